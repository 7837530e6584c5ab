"""Source of the ninety-sixth held-out set: writes heldout96.jsonl (split "heldout96").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
technology, schools and universities news: cyberattacks on hospitals and towns, data leaks,
start-ups and layoffs, AI regulation, school reforms, exams, university strikes and student
housing, with ministers, company founders, security researchers, teachers, head teachers,
students and parents quoted.
Measured once with 0.29.0 and 0.30.0 on 2026-12-02, unread when measured (the same output:
docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout96.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-30"
Item = GoldItem

FR: list[Item] = [
    (  # 1 hospital ransomware: unnamed "La direction a indiqué lundi que" (two clauses joined
        # by "mais que"), direct + "a expliqué le directeur de l'hôpital, Name" after, partial
        # "Il n'est « pas question de payer », a assuré M. Surname"; agency mentioned, silent
        "Le centre hospitalier de Bréval-les-Sources fonctionne en mode dégradé depuis dimanche "
        "soir, après une attaque par rançongiciel qui a paralysé l'ensemble de son système "
        "informatique. La direction a indiqué lundi que les urgences restaient ouvertes, mais que "
        "les patients non urgents étaient réorientés vers les établissements voisins.\n\n"
        "«\u00a0Nous avons tout débranché en quelques minutes pour éviter la propagation. Depuis, "
        "on travaille au papier et au crayon, comme il y a trente ans\u00a0», a expliqué le "
        "directeur de l'hôpital, Gaëtan Morvillier, lors d'un point presse organisé dans le hall."
        "\n\n"
        "Les pirates, qui se présentent sous le nom de Nox Ledger, réclament une rançon de deux "
        "millions d'euros en cryptomonnaie. Il n'est «\u00a0pas question de payer\u00a0», a assuré "
        "M. Morvillier, qui a déposé plainte dimanche.\n\n"
        "Dans les services, les soignants recopient à la main les prescriptions et les résultats "
        "d'analyses, acheminés d'un bâtiment à l'autre par des coursiers. L'Agence nationale de "
        "cybersécurité a dépêché une équipe de six experts sur place. Le retour à la normale "
        "pourrait prendre plusieurs semaines.",
        [
            (
                I,
                [
                    "les urgences restaient ouvertes, mais que les patients non urgents étaient "
                    "réorientés vers les établissements voisins"
                ],
                "direction",
            ),
            (
                D,
                [
                    "Nous avons tout débranché en quelques minutes pour éviter la propagation. "
                    "Depuis, on travaille au papier et au crayon, comme il y a trente ans"
                ],
                "Gaëtan Morvillier",
            ),
            (P, ["pas question de payer"], "Gaëtan Morvillier"),
        ],
    ),
    (  # 2 exam calendar reform: "La ministre de X, Name, a annoncé mercredi que", direct +
        # "a-t-elle déclaré" (pronoun), "Pour Name, role, « … »" direct; parents' groups
        # mentioned but not speaking
        "La ministre de l'Éducation nationale, Hélène Castagnier, a annoncé mercredi que les "
        "épreuves écrites du diplôme national du brevet seraient avancées à la mi-juin dès la "
        "session 2027.\n\n"
        "«\u00a0Le mois de juin est devenu un mois perdu pour les élèves de troisième. Je veux "
        "qu'on y fasse à nouveau cours\u00a0», a-t-elle déclaré devant la presse, dans un collège "
        "de Sainte-Luce-du-Val.\n\n"
        "Chaque année, les collèges servant de centres d'examen ferment leurs portes plusieurs "
        "jours pour accueillir les épreuves, et beaucoup d'élèves cessent de venir en classe dès "
        "la fin du mois de mai.\n\n"
        "Les syndicats d'enseignants sont partagés. Pour Rachid Benslimane, secrétaire général du "
        "SNPC, le premier syndicat des personnels de collège, «\u00a0on déplace le problème sans "
        "le régler\u00a0». Les fédérations de parents d'élèves, qui n'ont pas été consultées, "
        "doivent être reçues au ministère la semaine prochaine.",
        [
            (
                I,
                [
                    "les épreuves écrites du diplôme national du brevet seraient avancées à la "
                    "mi-juin dès la session 2027"
                ],
                "Hélène Castagnier",
            ),
            (
                D,
                [
                    "Le mois de juin est devenu un mois perdu pour les élèves de troisième. "
                    "Je veux qu'on y fasse à nouveau cours"
                ],
                "Hélène Castagnier",
            ),
            (D, ["on déplace le problème sans le régler"], "Rachid Benslimane"),
        ],
    ),
    (  # 3 university strike: intention phrase "Le syndicat X a fait part de sa volonté de"
        # (generic noun dropped), direct + "lance Name, role" after, partial inside "assure que"
        # (only the partial)
        "Les personnels de l'université de Montclaire-Sud sont en grève depuis lundi pour "
        "protester contre la suppression annoncée de 120 postes, dont 45 d'enseignants-chercheurs. "
        "Le syndicat SUP-Avenir a fait part de sa volonté de bloquer l'établissement jusqu'au "
        "retrait du plan.\n\n"
        "Devant le bâtiment de la présidence, une centaine de grévistes et d'étudiants se sont "
        "rassemblés mardi midi, banderoles déployées sous la pluie. «\u00a0On nous demande de "
        "faire plus avec moins depuis dix ans. Là, on ne peut plus\u00a0», lance Mathilde "
        "Rougerie, maîtresse de conférences en sociologie, entre deux prises de parole au "
        "mégaphone.\n\n"
        "Le président de l'université, Bernard Aït-Kaci, assure que ce plan est «\u00a0la seule "
        "solution pour éviter la mise sous tutelle\u00a0» de l'établissement, dont le déficit "
        "atteint 14 millions d'euros. Les examens du premier semestre, prévus début janvier, "
        "pourraient être reportés si le mouvement se prolonge.",
        [
            (I, ["bloquer l'établissement jusqu'au retrait du plan"], "SUP-Avenir"),
            (
                D,
                ["On nous demande de faire plus avec moins depuis dix ans. Là, on ne peut plus"],
                "Mathilde Rougerie",
            ),
            (P, ["la seule solution pour éviter la mise sous tutelle"], "Bernard Aït-Kaci"),
        ],
    ),
    (  # 4 student housing: "L'association X, qui …, estime que" (generic noun dropped),
        # first-name-only student + "raconte-t-elle", "a promis la construction de" (noun
        # object, not annotated), direct + "a rétorqué Name, role"
        "À Lorvannes, ville universitaire de 90\u00a0000 habitants, la rentrée a encore laissé "
        "des centaines d'étudiants sans toit. L'association Logétud, qui gère une plateforme de "
        "colocation, estime que 1\u00a0400 demandes de chambre sont restées sans réponse depuis "
        "juillet.\n\n"
        "Inès, 19 ans, inscrite en première année de droit, dort depuis trois semaines sur le "
        "canapé d'une amie. «\u00a0J'ai visité onze studios. À chaque fois, il y avait trente "
        "personnes devant moi avec des garants plus solides que les miens\u00a0», raconte-t-elle."
        "\n\n"
        "La maire de Lorvannes, Françoise Lemarquis-Bay, a promis la construction de 600 "
        "logements étudiants d'ici à 2029 sur l'ancien site de la caserne Vauquelin. «\u00a0C'est "
        "bien, mais c'est trop tard pour toute une génération d'étudiants\u00a0», a rétorqué Yohan "
        "Berthelot, président de l'Union étudiante de Lorvannes, qui réclame la réquisition des "
        "logements vacants du centre-ville.",
        [
            (
                I,
                ["1\u00a0400 demandes de chambre sont restées sans réponse depuis juillet"],
                "Logétud",
            ),
            (
                D,
                [
                    "J'ai visité onze studios. À chaque fois, il y avait trente personnes devant "
                    "moi avec des garants plus solides que les miens"
                ],
                "Inès",
            ),
            (
                D,
                ["C'est bien, mais c'est trop tard pour toute une génération d'étudiants"],
                "Yohan Berthelot",
            ),
        ],
    ),
    (  # 5 ed-tech layoffs: "l'a annoncé" (pronoun object, not annotated), direct + "a écrit
        # M. Surname", unclosed « ended by the incise "raconte une développeuse" (unnamed),
        # "Selon le cabinet d'études X," (generic noun dropped, rest of the sentence)
        "La jeune pousse Tutorama, qui proposait des cours particuliers en ligne assistés par "
        "intelligence artificielle, va supprimer 140 de ses 230 postes. Son fondateur, Maxime "
        "Delorme-Saint-Cyr, l'a annoncé jeudi aux salariés lors d'une visioconférence d'une "
        "vingtaine de minutes.\n\n"
        "«\u00a0Nous avons grandi trop vite, sur la promesse d'un marché qui ne s'est pas "
        "matérialisé. J'en porte l'entière responsabilité\u00a0», a écrit M. Delorme-Saint-Cyr "
        "quelques heures plus tard sur un réseau social professionnel.\n\n"
        "Plusieurs salariés dénoncent la méthode. «\u00a0On a été convoqués à 9\u00a0heures, et à "
        "9\u00a0h\u00a030 on n'avait plus accès à nos ordinateurs, raconte une développeuse "
        "embauchée il y a dix-huit mois.\n\n"
        "Selon le cabinet d'études Finéo, plus de quarante start-up françaises de l'éducation ont "
        "réduit leurs effectifs depuis le début de l'année, après l'effondrement des levées de "
        "fonds dans le secteur.",
        [
            (
                D,
                [
                    "Nous avons grandi trop vite, sur la promesse d'un marché qui ne s'est pas "
                    "matérialisé. J'en porte l'entière responsabilité"
                ],
                "Maxime Delorme-Saint-Cyr",
            ),
            (
                D,
                [
                    "On a été convoqués à 9\u00a0heures, et à 9\u00a0h\u00a030 on n'avait plus "
                    "accès à nos ordinateurs"
                ],
                "développeuse",
            ),
            (
                I,
                [
                    "plus de quarante start-up françaises de l'éducation ont réduit leurs "
                    "effectifs depuis le début de l'année, après l'effondrement des levées de "
                    "fonds dans le secteur"
                ],
                "Finéo",
            ),
        ],
    ),
    (  # 6 AI-in-hiring bill: direct + "a plaidé l'élue" (role alone), book title « … » and a
        # sociologist mentioned but not speaking, partial "a jugé le texte « … »" by "Son
        # rapporteur, Name", "a indiqué qu'un" (elided que)
        "Les députés ont adopté mardi en première lecture une proposition de loi encadrant "
        "l'usage de l'intelligence artificielle dans le recrutement. Le texte, porté par la "
        "députée Amandine Roux-Falguière, oblige les employeurs à prévenir les candidats "
        "lorsqu'un logiciel trie leur CV ou analyse leurs entretiens vidéo.\n\n"
        "«\u00a0Un candidat a le droit de savoir si c'est une machine qui l'a écarté, et "
        "pourquoi\u00a0», a plaidé l'élue dans l'hémicycle. Elle s'appuie notamment sur les "
        "travaux de la sociologue Claire Anthéaume, autrice de «\u00a0Les Machines à trier\u00a0», "
        "paru en 2024.\n\n"
        "L'opposition a voté contre. Son rapporteur, Jean-Baptiste Kerhervé, a jugé le texte "
        "«\u00a0bavard et inapplicable\u00a0» pour les petites entreprises, qui n'ont souvent "
        "aucune idée des logiciels utilisés par leurs prestataires.\n\n"
        "La secrétaire d'État chargée de l'intelligence artificielle, Léa Morcant, a indiqué "
        "qu'un décret préciserait le montant des sanctions avant l'été. Le texte doit maintenant "
        "être examiné par le Sénat.",
        [
            (
                D,
                [
                    "Un candidat a le droit de savoir si c'est une machine qui l'a écarté, et "
                    "pourquoi"
                ],
                "Amandine Roux-Falguière",
            ),
            (P, ["bavard et inapplicable"], "Jean-Baptiste Kerhervé"),
            (
                I,
                ["un décret préciserait le montant des sanctions avant l'été"],
                "Léa Morcant",
            ),
        ],
    ),
    (  # 7 school platform data leak: "a confirmé l'intrusion" (noun object, not annotated),
        # "D'après le chercheur en sécurité Name, qui …," (rest of the sentence), direct +
        # "tranche-t-il", company partial "évoque un « … »"
        "Les données personnelles de près de 300\u00a0000 élèves et parents ont été dérobées sur "
        "Scolanet, l'espace numérique de travail utilisé par les collèges de trois départements. "
        "L'éditeur du logiciel, la société Educasoft, a confirmé vendredi l'intrusion.\n\n"
        "D'après le chercheur en sécurité Victor Lanzmann-Oudin, qui a repéré le fichier mis en "
        "vente sur un forum, celui-ci contient des noms, des adresses, des numéros de téléphone "
        "et parfois des informations médicales. «\u00a0Les mots de passe étaient stockés en "
        "clair. En 2026, c'est inexcusable\u00a0», tranche-t-il.\n\n"
        "Educasoft conteste cette version et évoque un «\u00a0accès frauduleux à un serveur de "
        "test\u00a0», isolé du reste de son infrastructure. Les familles concernées ont été "
        "invitées à changer leurs identifiants. Une plainte a été déposée auprès du parquet de "
        "Castelbrune.",
        [
            (
                I,
                [
                    "celui-ci contient des noms, des adresses, des numéros de téléphone et parfois "
                    "des informations médicales"
                ],
                "Victor Lanzmann-Oudin",
            ),
            (
                D,
                ["Les mots de passe étaient stockés en clair. En 2026, c'est inexcusable"],
                "Victor Lanzmann-Oudin",
            ),
            (P, ["accès frauduleux à un serveur de test"], "Educasoft"),
        ],
    ),
    (  # 8 phone ban in a collège: head teacher named with role, then direct + "observe-t-elle";
        # a parent's quoted questions (no-break spaces before "?") + "s'interroge Name, role"
        "Depuis la rentrée, les 640 élèves du collège Jean-Giraudel de Vassieux-en-Plaine "
        "déposent leur téléphone dans un casier à l'entrée de l'établissement, qu'ils ne "
        "récupèrent qu'à la sortie. L'expérience, menée dans une centaine de collèges, doit être "
        "évaluée au printemps.\n\n"
        "La principale, Odile Marchetti, en est convaincue. «\u00a0Les cours de récréation sont "
        "redevenues bruyantes. Les élèves jouent au ballon, ils se parlent, ils se disputent "
        "aussi\u00a0», observe-t-elle.\n\n"
        "Tous les parents ne partagent pas cet enthousiasme. «\u00a0Et si mon fils a un problème "
        "sur le trajet\u00a0? Comment il m'appelle\u00a0?\u00a0», s'interroge Karim Haddou, père "
        "d'un élève de cinquième qui fait chaque jour quarante minutes de car pour rejoindre le "
        "collège.",
        [
            (
                D,
                [
                    "Les cours de récréation sont redevenues bruyantes. Les élèves jouent au "
                    "ballon, ils se parlent, ils se disputent aussi"
                ],
                "Odile Marchetti",
            ),
            (
                D,
                ["Et si mon fils a un problème sur le trajet\u00a0? Comment il m'appelle\u00a0?"],
                "Karim Haddou",
            ),
        ],
    ),
    (  # 9 AI cheating at the bac: indirect with the cue after ("…, a indiqué jeudi le rectorat
        # de l'académie de X"), direct + "a reconnu le recteur, Name", partial "dénonce une
        # « … »" by a lawyer (Me title dropped)
        "Une quarantaine de candidats au baccalauréat ont été surpris en train d'utiliser des "
        "oreillettes reliées à un assistant d'intelligence artificielle pendant l'épreuve de "
        "philosophie, a indiqué jeudi le rectorat de l'académie de Valdouce.\n\n"
        "«\u00a0Le dispositif tenait dans une branche de lunettes. Les surveillants n'avaient "
        "pratiquement aucune chance de le repérer\u00a0», a reconnu le recteur, Denis "
        "Auvray-Lhomme, qui a saisi la justice.\n\n"
        "Les candidats concernés, dont les copies ont été annulées, risquent jusqu'à cinq ans "
        "d'interdiction de se présenter à un examen public. Leur avocate, Me Juliette "
        "Sarr-Delaunay, dénonce une «\u00a0chasse aux sorcières\u00a0» visant des adolescents de "
        "dix-sept ans. Le ministère envisage d'équiper les centres d'examen de détecteurs d'ondes "
        "dès la session 2027.",
        [
            (
                I,
                [
                    "Une quarantaine de candidats au baccalauréat ont été surpris en train "
                    "d'utiliser des oreillettes reliées à un assistant d'intelligence artificielle "
                    "pendant l'épreuve de philosophie"
                ],
                "rectorat de l'académie de Valdouce",
            ),
            (
                D,
                [
                    "Le dispositif tenait dans une branche de lunettes. Les surveillants n'avaient "
                    "pratiquement aucune chance de le repérer"
                ],
                "Denis Auvray-Lhomme",
            ),
            (P, ["chasse aux sorcières"], "Juliette Sarr-Delaunay"),
        ],
    ),
    (  # 10 town hall cyberattack: "Le maire, Name, a reconnu … que" (no marks), direct +
        # "a-t-il plaidé", "qui réclame un audit" (noun object, not annotated), unnamed
        # "un retraité" after "soupire"
        "La commune de Saint-Péran-sur-Lorme, 12\u00a0000 habitants, est privée de la plupart de "
        "ses services en ligne depuis une semaine. Des pirates ont chiffré les serveurs de la "
        "mairie, puis publié samedi une partie des fichiers de l'état civil sur un site "
        "clandestin.\n\n"
        "Le maire, Alain Crozel-Mabire, a reconnu lundi soir en conseil municipal que la commune "
        "n'avait jamais organisé le moindre exercice de crise. «\u00a0Nous sommes une petite "
        "ville, avec deux informaticiens pour quatre cents postes. On ne peut pas lutter seuls "
        "contre des groupes criminels organisés\u00a0», a-t-il plaidé face à l'opposition, qui "
        "réclame un audit.\n\n"
        "En attendant, les habitants doivent se déplacer au guichet pour la moindre démarche. "
        "«\u00a0J'ai attendu une heure et demie pour un acte de naissance\u00a0», soupire un "
        "retraité croisé devant l'accueil.",
        [
            (
                I,
                ["la commune n'avait jamais organisé le moindre exercice de crise"],
                "Alain Crozel-Mabire",
            ),
            (
                D,
                [
                    "Nous sommes une petite ville, avec deux informaticiens pour quatre cents "
                    "postes. On ne peut pas lutter seuls contre des groupes criminels organisés"
                ],
                "Alain Crozel-Mabire",
            ),
            (D, ["J'ai attendu une heure et demie pour un acte de naissance"], "retraité"),
        ],
    ),
    (  # 11 teacher recruitment reform: direct + "a défendu le Premier ministre, Name", a
        # teacher's quote after a colon ("Elle est catégorique :") continued over two
        # paragraphs (one span per paragraph, the second opening with «)
        "Le concours de recrutement des professeurs des écoles pourra être passé dès la troisième "
        "année de licence à partir de 2027. Le gouvernement espère ainsi enrayer la chute du "
        "nombre de candidats, qui a atteint un niveau historiquement bas cette année.\n\n"
        "«\u00a0On ne peut plus attendre que des jeunes de 23 ou 24 ans se décident. Il faut "
        "aller les chercher plus tôt\u00a0», a défendu le Premier ministre, Étienne "
        "Gallardo-Ruiz, en visite dans une école primaire de Bellecombe-le-Haut.\n\n"
        "Nathalie Pérignon, qui enseigne en CM2 dans cette école depuis dix-neuf ans, l'a écouté "
        "sans applaudir. Elle est catégorique\u00a0: «\u00a0Le problème, ce n'est pas l'âge du "
        "concours. C'est le salaire et les conditions de travail.\n\n"
        "«\u00a0Mes anciens élèves me disent qu'ils ne feront jamais ce métier, parce qu'ils ont "
        "vu comment on le fait.\u00a0»",
        [
            (
                D,
                [
                    "On ne peut plus attendre que des jeunes de 23 ou 24 ans se décident. Il faut "
                    "aller les chercher plus tôt"
                ],
                "Étienne Gallardo-Ruiz",
            ),
            (
                D,
                [
                    "Le problème, ce n'est pas l'âge du concours. C'est le salaire et les "
                    "conditions de travail.",
                    "Mes anciens élèves me disent qu'ils ne feront jamais ce métier, parce qu'ils "
                    "ont vu comment on le fait.",
                ],
                "Nathalie Pérignon",
            ),
        ],
    ),
    (  # 12 cybersecurity start-up bought: "a annoncé le rachat de" (noun object, not
        # annotated), direct + "assure sa cofondatrice, Name" (particle "Le"), "Son associé,
        # Name, a précisé que … et que …"
        "Le géant américain des logiciels Corvane a annoncé lundi le rachat de Kerlock, une "
        "start-up de cybersécurité installée à Pont-Méven, dans le Finistère. Le montant de la "
        "transaction n'a pas été dévoilé.\n\n"
        "Fondée en 2019 par deux anciens chercheurs, Kerlock développe des outils de détection "
        "d'intrusion destinés aux hôpitaux et aux collectivités, cibles privilégiées des "
        "rançongiciels. «\u00a0On a refusé trois offres avant celle-ci. Corvane est le seul à nous "
        "avoir promis de garder l'équipe ici\u00a0», assure sa cofondatrice, Gwenaëlle Le "
        "Bihan-Tanguy.\n\n"
        "Son associé, Lucas Ferrand, a précisé que les 85 salariés conserveraient leur poste et "
        "que le siège resterait en Bretagne au moins cinq ans. L'opération doit encore recevoir "
        "le feu vert des autorités de la concurrence européennes.",
        [
            (
                D,
                [
                    "On a refusé trois offres avant celle-ci. Corvane est le seul à nous avoir "
                    "promis de garder l'équipe ici"
                ],
                "Gwenaëlle Le Bihan-Tanguy",
            ),
            (
                I,
                [
                    "les 85 salariés conserveraient leur poste et que le siège resterait en "
                    "Bretagne au moins cinq ans"
                ],
                "Lucas Ferrand",
            ),
        ],
    ),
    (  # 13 anti-bullying app: indirect with the cue after ("…, a annoncé mardi le ministère de
        # X"), app name « Parle-moi » not speech, direct + "explique sa fondatrice, Name"
        # (possessive referring to the company); associations mentioned, no speech
        "Une application permettant aux élèves de signaler anonymement des faits de harcèlement "
        "sera testée dans 200 collèges à partir de janvier, a annoncé mardi le ministère de "
        "l'Éducation nationale. Baptisée «\u00a0Parle-moi\u00a0», elle a été conçue par Ludivia, "
        "une jeune entreprise de Nantes, avec des psychologues scolaires.\n\n"
        "«\u00a0Beaucoup d'enfants n'osent pas aller voir un adulte. Un téléphone, en revanche, "
        "ils savent tous s'en servir\u00a0», explique sa fondatrice, Clémence Aubertin-Diallo, "
        "ancienne conseillère principale d'éducation dans un collège de la banlieue nantaise.\n\n"
        "Les associations de protection de l'enfance, elles, attendent de voir. Un poste "
        "d'infirmière scolaire sur cinq reste vacant dans le pays, et les signalements devront "
        "bien être traités par quelqu'un.",
        [
            (
                I,
                [
                    "Une application permettant aux élèves de signaler anonymement des faits de "
                    "harcèlement sera testée dans 200 collèges à partir de janvier"
                ],
                "ministère de l'Éducation nationale",
            ),
            (
                D,
                [
                    "Beaucoup d'enfants n'osent pas aller voir un adulte. Un téléphone, en "
                    "revanche, ils savent tous s'en servir"
                ],
                "Clémence Aubertin-Diallo",
            ),
        ],
    ),
    (  # 14 university admissions platform: a student's quote split by the incise "a lancé
        # Prénom, role" (one quote, two spans, speaker introduced inside the incise), partial
        # "a appelé les familles à « … »", "Elle a assuré que", organisation speaker after
        "Plus de 90\u00a0000 lycéens n'avaient toujours reçu aucune proposition d'admission mardi "
        "soir sur Orientsup, la plateforme d'affectation dans l'enseignement supérieur, à trois "
        "jours de la fin de la première phase.\n\n"
        "«\u00a0J'ai 17 de moyenne et je suis en attente partout. On nous explique que c'est "
        "normal, a lancé Baptiste, élève de terminale à Rochefort-la-Vieille, mais personne ne "
        "nous dit pourquoi.\u00a0»\n\n"
        "La ministre de l'Enseignement supérieur, Agnès Ribeiro-Vallat, a appelé les familles à "
        "«\u00a0ne pas céder à la panique\u00a0». Elle a assuré que des places supplémentaires "
        "seraient ouvertes d'ici à la fin du mois dans les filières les plus demandées, notamment "
        "en santé et en informatique.\n\n"
        "«\u00a0Chaque année, on nous promet que ce sera mieux\u00a0», a réagi la Fédération "
        "indépendante des lycéens dans un communiqué.",
        [
            (
                D,
                [
                    "J'ai 17 de moyenne et je suis en attente partout. On nous explique que c'est "
                    "normal",
                    "mais personne ne nous dit pourquoi.",
                ],
                "Baptiste",
            ),
            (P, ["ne pas céder à la panique"], "Agnès Ribeiro-Vallat"),
            (
                I,
                [
                    "des places supplémentaires seraient ouvertes d'ici à la fin du mois dans les "
                    "filières les plus demandées, notamment en santé et en informatique"
                ],
                "Agnès Ribeiro-Vallat",
            ),
            (
                D,
                ["Chaque année, on nous promet que ce sera mieux"],
                "Fédération indépendante des lycéens",
            ),
        ],
    ),
    (  # 15 AI at university, typographic apostrophes: direct after a colon with its final
        # period kept, book title « … » in an apposition (not speech), "Selon lui," (pronoun,
        # rest of the sentence), first-name-only student + "sourit"
        "L’université Val-de-Sorne autorisera dès janvier ses étudiants à utiliser des "
        "assistants d’intelligence artificielle pour rédiger leurs mémoires, à condition de le "
        "déclarer et de joindre leurs échanges avec la machine.\n\n"
        "Son vice-président chargé de la formation, Hugo Marchal-Tessier, a justifié ce choix "
        "devant le conseil d’administration\u00a0: «\u00a0Interdire ces outils, c’est comme "
        "interdire la calculatrice en 1985. Nos étudiants s’en servent de toute façon.\u00a0»\n\n"
        "Le philosophe Raphaël Ostrowski, auteur de «\u00a0La Pensée déléguée\u00a0» et "
        "professeur dans l’établissement, est beaucoup plus sévère. Selon lui, les étudiants "
        "risquent de perdre peu à peu la capacité de construire un raisonnement long sans aide."
        "\n\n"
        "Sur le campus, la décision fait plutôt hausser les épaules. «\u00a0Franchement, ça ne "
        "change rien pour nous\u00a0», sourit Léna, étudiante en master d’histoire.",
        [
            (
                D,
                [
                    "Interdire ces outils, c’est comme interdire la calculatrice en 1985. Nos "
                    "étudiants s’en servent de toute façon."
                ],
                "Hugo Marchal-Tessier",
            ),
            (
                I,
                [
                    "les étudiants risquent de perdre peu à peu la capacité de construire un "
                    "raisonnement long sans aide"
                ],
                "Raphaël Ostrowski",
            ),
            (D, ["Franchement, ça ne change rien pour nous"], "Léna"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 hospital ransomware: "The hospital's chief executive, Dr Name, said … and that …",
        # "she said." then an unattributed continuation after a full stop (two directs)
        "Northbrook General Hospital declared a critical incident on Sunday after a ransomware "
        "attack took down its electronic patient records, forcing staff to cancel more than 200 "
        "operations and divert ambulances to neighbouring towns.\n\n"
        "The hospital's chief executive, Dr Amara Lindqvist, said the attack had been detected in "
        "the early hours of Saturday and that all systems had been taken offline as a "
        "precaution.\n\n"
        "“We are prioritising the sickest patients,” she said. “If you have an appointment this "
        "week and have not heard from us, please come in as planned.”\n\n"
        "The gang behind the attack, which calls itself GreyLantern, has been linked to at least "
        "six other hospital breaches this year. Investigators from the national cyber response "
        "unit arrived on Sunday afternoon, and GPs in the area have been told to avoid referring "
        "non-urgent cases to Northbrook until further notice.",
        [
            (
                I,
                [
                    "the attack had been detected in the early hours of Saturday and that all "
                    "systems had been taken offline as a precaution"
                ],
                "Amara Lindqvist",
            ),
            (D, ["We are prioritising the sickest patients"], "Amara Lindqvist"),
            (
                D,
                [
                    "If you have an appointment this week and have not heard from us, please come "
                    "in as planned."
                ],
                "Amara Lindqvist",
            ),
        ],
    ),
    (  # 2 university data leak: "…, according to security researcher Name." (the part before),
        # surname-only second mention + direct "she told this newspaper", partial inside the
        # university's reported speech ("The university said it had found "no evidence" that")
        "An unsecured database belonging to Calder University exposed the personal details of "
        "about 48,000 current and former students, including passport scans and visa records, "
        "according to security researcher Hana Petrović.\n\n"
        "Petrović, who runs the independent research group OpenShield, came across the database "
        'last month while scanning the internet for misconfigured cloud servers. "It was sitting '
        "there with no password at all. Anyone with a web browser could have downloaded the "
        'whole thing," she told this newspaper.\n\n'
        'The university said it had found "no evidence" that the data had been misused and that '
        "the server had been secured within hours of the warning. It has reported the incident to "
        "the data protection regulator and written to everyone affected.\n\n"
        "International students, whose visa details were among the exposed files, have been "
        "offered two years of free identity monitoring.",
        [
            (
                I,
                [
                    "An unsecured database belonging to Calder University exposed the personal "
                    "details of about 48,000 current and former students, including passport "
                    "scans and visa records"
                ],
                "Hana Petrović",
            ),
            (
                D,
                [
                    "It was sitting there with no password at all. Anyone with a web browser could "
                    "have downloaded the whole thing"
                ],
                "Hana Petrović",
            ),
            (P, ["no evidence"], "Calder University"),
        ],
    ),
    (  # 3 fintech layoffs: indirect with the cue after ("…, its co-founder and chief executive
        # Name told employees in a memo"), "Mr Surname wrote." then a second sentence-quote
        # (two directs, same speaker)
        "Fintech start-up Pennyweight is cutting 30% of its workforce, about 210 jobs, its "
        "co-founder and chief executive Daniel Achterberg told employees in a memo on Tuesday.\n\n"
        "The company, which offers savings accounts through a smartphone app, raised $120 million "
        "two years ago at a valuation of more than $1 billion. Since then, rising interest rates "
        "have made new customers far harder to win.\n\n"
        '"We hired for a world that did not arrive," Mr Achterberg wrote. "That was my mistake, '
        'not yours, and I am sorry."\n\n'
        "Departing staff will receive four months' pay and keep their laptops. The cuts fall "
        "mostly on the marketing and customer support teams in Dublin and Lisbon.",
        [
            (
                I,
                ["Fintech start-up Pennyweight is cutting 30% of its workforce, about 210 jobs"],
                "Daniel Achterberg",
            ),
            (D, ["We hired for a world that did not arrive"], "Daniel Achterberg"),
            (D, ["That was my mistake, not yours, and I am sorry."], "Daniel Achterberg"),
        ],
    ),
    (  # 4 AI labelling law: indirect with the cue after ("…, the technology secretary, Name,
        # announced"), surname-only + "said:" with a two-sentence direct (final period kept),
        # organisation partial inside "warned that" (only the partial)
        "The government will introduce legislation requiring companies to label AI-generated "
        "images, audio and video, the technology secretary, Rebecca Ashworth-Hale, announced on "
        "Thursday.\n\n"
        'Speaking at a technology conference in Manchester, Ashworth-Hale said: "People have a '
        "right to know whether what they are looking at is real. That should not be a "
        'controversial idea."\n\n'
        "Platforms that fail to remove unlabelled synthetic content within 48 hours could face "
        "fines of up to 6% of their global turnover under the plans, which will be set out in a "
        "consultation paper next month.\n\n"
        "Industry groups were more cautious. TechForward, which represents more than 400 software "
        'firms, warned that the rules could "push smaller developers out of the market" if they '
        "were introduced too quickly.",
        [
            (
                I,
                [
                    "The government will introduce legislation requiring companies to label "
                    "AI-generated images, audio and video"
                ],
                "Rebecca Ashworth-Hale",
            ),
            (
                D,
                [
                    "People have a right to know whether what they are looking at is real. That "
                    "should not be a controversial idea."
                ],
                "Rebecca Ashworth-Hale",
            ),
            (P, ["push smaller developers out of the market"], "TechForward"),
        ],
    ),
    (  # 5 exam reform: minister named in the lead without speaking, "Surname told the Commons."
        # then a continuation sentence (two directs), head teacher's partial inside "said the
        # change would …" (only the partial)
        "Secondary school pupils will spend almost a quarter fewer hours in exam halls from 2028 "
        "under reforms unveiled by the education minister, Graham Oduya, on Monday. Several "
        "subjects will lose one written paper, replaced by projects marked by teachers.\n\n"
        '"Sixteen-year-olds are spending weeks sitting what are little more than memory tests," '
        'Oduya told the Commons. "We can find out what they know without putting them through '
        'that."\n\n'
        "Headteachers broadly welcomed the plans. Siobhan Carraway, head of Millbrook Academy in "
        'Leeds, said the change would free up "at least a month of real teaching" every summer '
        "term.\n\n"
        "The reforms will be phased in subject by subject, starting with history, geography and "
        "religious studies. Exam boards will have until next September to submit revised "
        "specifications.",
        [
            (
                D,
                [
                    "Sixteen-year-olds are spending weeks sitting what are little more than "
                    "memory tests"
                ],
                "Graham Oduya",
            ),
            (
                D,
                ["We can find out what they know without putting them through that."],
                "Graham Oduya",
            ),
            (P, ["at least a month of real teaching"], "Siobhan Carraway"),
        ],
    ),
    (  # 6 university strike: indirect with the cue after ("…, the X Union announced"),
        # two-sentence direct + "said the union's general secretary, Name", student direct with
        # typographic apostrophes + "said Name, a law student at X"
        "Lecturers at 14 universities will walk out for ten days next month in a dispute over pay "
        "and pensions, the University and College Staff Union announced on Wednesday.\n\n"
        "“Our members have taken a real-terms pay cut of 20% in a decade. Nobody takes strike "
        "action lightly, but they have been left with no choice,” said the union’s general "
        "secretary, Patrick Mulvaney-Shaw.\n\n"
        "Talks with employers broke down last week after an offer of 2.5% was rejected by members "
        "in a ballot.\n\n"
        "Students, many of whom lost weeks of teaching to strikes in 2023 and 2024, are bracing "
        "for more disruption. “I’ve already lost a month of lectures in my second year. Now it’s "
        "my final year and it’s happening again,” said Aaliyah Brennan, a law student at Dunmore "
        "University.",
        [
            (
                I,
                [
                    "Lecturers at 14 universities will walk out for ten days next month in a "
                    "dispute over pay and pensions"
                ],
                "University and College Staff Union",
            ),
            (
                D,
                [
                    "Our members have taken a real-terms pay cut of 20% in a decade. Nobody takes "
                    "strike action lightly, but they have been left with no choice"
                ],
                "Patrick Mulvaney-Shaw",
            ),
            (
                D,
                [
                    "I’ve already lost a month of lectures in my second year. Now it’s my final "
                    "year and it’s happening again"
                ],
                "Aaliyah Brennan",
            ),
        ],
    ),
    (  # 7 student housing: "The university blamed a late surge" (noun object, not annotated),
        # direct + "said Name, 18, who …", "His mother, Name, said" (apposition)
        "Dozens of first-year students at Harwick University are being housed in a budget hotel "
        "40 minutes from campus because of a shortage of rooms in halls of residence. The "
        "university blamed a late surge in applications and the closure of an ageing tower block "
        "over fire safety concerns.\n\n"
        '"We were promised a room in halls. Now I get up at six to catch two buses, and the hotel '
        'kitchen closes at eight," said Oliver Tsang, 18, who is studying mechanical engineering.'
        "\n\n"
        "His mother, Grace Tsang, said she had written to the vice-chancellor three times since "
        "September without receiving a reply.\n\n"
        "Private rents in the city have risen by 18% in two years, and a new 600-bed development "
        "near the campus will not open before 2028.",
        [
            (
                D,
                [
                    "We were promised a room in halls. Now I get up at six to catch two buses, and "
                    "the hotel kitchen closes at eight"
                ],
                "Oliver Tsang",
            ),
            (
                I,
                [
                    "she had written to the vice-chancellor three times since September without "
                    "receiving a reply"
                ],
                "Grace Tsang",
            ),
        ],
    ),
    (  # 8 town council cyberattack: "Council leader Name said … that" with a partial inside
        # (only the partial), direct + "she said" (pronoun), unnamed "Police said" (no "that")
        "The town of Eastfield has been unable to process parking permits, planning applications "
        "or council tax payments for nine days after hackers broke into its computer network.\n\n"
        'Council leader Margaret Olabode said on Friday that staff were working "around the '
        'clock" to restore services.\n\n'
        "\"We have to assume the worst, which is that some residents' data has been stolen, and "
        'plan for it," she said.\n\n'
        "Police said they were investigating the attack with the help of national cybercrime "
        "specialists and had not yet identified those responsible.\n\n"
        "Residents needing urgent help with housing or social care have been asked to visit the "
        "town hall in person, where extra staff have been placed on the front desk.",
        [
            (P, ["around the clock"], "Margaret Olabode"),
            (
                D,
                [
                    "We have to assume the worst, which is that some residents' data has been "
                    "stolen, and plan for it"
                ],
                "Margaret Olabode",
            ),
            (
                I,
                [
                    "they were investigating the attack with the help of national cybercrime "
                    "specialists and had not yet identified those responsible"
                ],
                "police",
            ),
        ],
    ),
    (  # 9 AI marking start-up: one quote split by the incise "said co-founder Name, a former
        # English teacher," (two spans), sceptic's two-sentence direct + "said Dr Name, who …"
        "London start-up Quillmark, which builds software that helps teachers mark essays, has "
        "raised $40 million in a funding round led by Brightwater Ventures. The three-year-old "
        "company plans to use the money to expand into the United States and Australia.\n\n"
        '"Teachers spend something like eight hours a week marking," said co-founder Priya '
        'Nandakumar, a former English teacher, "and most of them would much rather spend that '
        'time teaching."\n\n'
        "The software suggests a grade and written comments, which the teacher can accept, change "
        "or reject. It is already used in about 350 schools.\n\n"
        'Not everyone is convinced. "Feedback is a conversation. I am not sure a machine can hold '
        'up its end of it," said Dr Felix Amankwah, who studies assessment at Westbury '
        "University.",
        [
            (
                D,
                [
                    "Teachers spend something like eight hours a week marking",
                    "and most of them would much rather spend that time teaching.",
                ],
                "Priya Nandakumar",
            ),
            (
                D,
                ["Feedback is a conversation. I am not sure a machine can hold up its end of it"],
                "Felix Amankwah",
            ),
        ],
    ),
    (  # 10 teacher shortage: indirect with the cue after by "its headteacher" (named only in
        # the next paragraph), "the headteacher, Name, wrote:" with a quote continued over two
        # paragraphs (one span each), parent's partial inside "said the decision had been …"
        "Ridgeway High School in Portmoor will send pupils home at lunchtime on Fridays from "
        "January because it cannot recruit enough teachers, its headteacher has told parents.\n\n"
        "In a letter sent home on Monday, the headteacher, Helen Marchbank, wrote: “We have "
        "advertised for a maths teacher five times since June and received two applications. One "
        "candidate withdrew on the morning of the interview.\n\n"
        "“I am not prepared to put unqualified staff in front of exam classes.”\n\n"
        "Parents reacted angrily on social media. Daniel Forsythe, whose twin daughters are in "
        "Year 10, said the decision had been taken “without any consultation whatsoever”. A "
        "meeting with parents is planned for next Thursday.",
        [
            (
                I,
                [
                    "Ridgeway High School in Portmoor will send pupils home at lunchtime on "
                    "Fridays from January because it cannot recruit enough teachers"
                ],
                "Helen Marchbank",
            ),
            (
                D,
                [
                    "We have advertised for a maths teacher five times since June and received two "
                    "applications. One candidate withdrew on the morning of the interview.",
                    "I am not prepared to put unqualified staff in front of exam classes.",
                ],
                "Helen Marchbank",
            ),
            (P, ["without any consultation whatsoever"], "Daniel Forsythe"),
        ],
    ),
    (  # 11 chatbot age checks: "The regulator said" (role standing for the office named
        # before), direct containing nested ‘…’ (a mention, not a quote) + "the office's
        # commissioner, Name, told reporters", "In a statement, founder Name said:" + direct
        "The Information Rights Office on Tuesday ordered chatbot maker Lumora to stop processing "
        "the personal data of users under 16. The regulator said the company had made no "
        "meaningful effort to check how old its users were.\n\n"
        "“A box that says ‘I am over 16’ is not age verification,” the office’s commissioner, "
        "Jonathan Eze, told reporters in London.\n\n"
        "Lumora, founded four years ago, has about 9 million users in Europe, many of them "
        "teenagers who use its chatbot for homework and revision.\n\n"
        "In a statement, founder Sofia Brandt-Malik said: “We have always taken child safety "
        "seriously, and we will demonstrate that in court.”",
        [
            (
                I,
                ["the company had made no meaningful effort to check how old its users were"],
                "Information Rights Office",
            ),
            (
                D,
                ["A box that says ‘I am over 16’ is not age verification"],
                "Jonathan Eze",
            ),
            (
                D,
                [
                    "We have always taken child safety seriously, and we will demonstrate that in "
                    "court."
                ],
                "Sofia Brandt-Malik",
            ),
        ],
    ),
    (  # 12 leaked exam paper: indirect with the cue "it said" after (pronoun for the board),
        # direct + "said the board's chief executive, Name." then a continuation sentence (two
        # directs), scare quotes "secure" with no speaker (not annotated)
        "The Northern Examinations Board has cancelled a chemistry paper sat by 60,000 students "
        "after the questions were leaked on a messaging app the night before the exam, it said "
        "on Wednesday.\n\n"
        'Students will resit the paper on July 2. "This is not a decision we took lightly," said '
        "the board's chief executive, Ruth Adebanjo-Kerr. \"But the integrity of the "
        'qualification has to come first."\n\n'
        'The leak has revived debate about moving exams onto "secure" laptops, an idea several '
        "boards are already testing. Police are trying to establish how the papers, which were "
        "printed three months ago, were obtained.",
        [
            (
                I,
                [
                    "The Northern Examinations Board has cancelled a chemistry paper sat by 60,000 "
                    "students after the questions were leaked on a messaging app the night before "
                    "the exam"
                ],
                "Northern Examinations Board",
            ),
            (D, ["This is not a decision we took lightly"], "Ruth Adebanjo-Kerr"),
            (
                D,
                ["But the integrity of the qualification has to come first."],
                "Ruth Adebanjo-Kerr",
            ),
        ],
    ),
    (  # 13 researcher and school app: researcher introduced without speaking, direct + "he
        # said" (pronoun), "X's chief technology officer, Name, said … and that …"
        "A 24-year-old security researcher who found a serious flaw in a popular school messaging "
        "app received a letter from the company's lawyers instead of a thank-you.\n\n"
        "Ethan Moreau-Kimani discovered in September that the Schoolbell app, used by about 3,000 "
        "schools to contact parents, let any user read other families' messages simply by "
        "changing a number in a web address.\n\n"
        '"I reported it privately and gave them ninety days to fix it. Their answer was a letter '
        'threatening to sue me," he said.\n\n'
        "Schoolbell's chief technology officer, Lars Wennberg, said the flaw had been fixed in "
        "October and that no messages had been accessed by anyone other than the researcher.",
        [
            (
                D,
                [
                    "I reported it privately and gave them ninety days to fix it. Their answer was "
                    "a letter threatening to sue me"
                ],
                "Ethan Moreau-Kimani",
            ),
            (
                I,
                [
                    "the flaw had been fixed in October and that no messages had been accessed by "
                    "anyone other than the researcher"
                ],
                "Lars Wennberg",
            ),
        ],
    ),
    (  # 14 university cuts: partial inside "told staff in an email that" by "The
        # vice-chancellor, Professor Name" (title dropped), "He blamed a sharp fall" (noun
        # object, not annotated), direct + "said Dr Name, who …", "Student union president Name
        # said" (role before the name, no comma)
        "Westhaven University is to close its modern languages department and cut 180 jobs as it "
        "tries to fill a £30 million hole in its budget.\n\n"
        "The vice-chancellor, Professor Alan Whitcombe, told staff in an email that the university "
        'faced "the most serious financial situation in its history". He blamed a sharp fall in '
        "the number of international students since visa rules were tightened.\n\n"
        '"Languages are not a luxury. A university that cannot teach German or Spanish is not '
        'really a university," said Dr Catrin Howells, who has taught French at Westhaven for 22 '
        "years.\n\n"
        "Student union president Jamal Petersen-Ade said students had not been consulted about "
        "the plans. The proposals will go to a vote of the governing council in January.",
        [
            (P, ["the most serious financial situation in its history"], "Alan Whitcombe"),
            (
                D,
                [
                    "Languages are not a luxury. A university that cannot teach German or Spanish "
                    "is not really a university"
                ],
                "Catrin Howells",
            ),
            (I, ["students had not been consulted about the plans"], "Jamal Petersen-Ade"),
        ],
    ),
    (  # 15 facial recognition in canteens: quoted question + "asked councillor Name, who …"
        # (question mark kept), "X, the company that …, said" (apposition after the name)
        "Councillors in Brackenford voted on Tuesday to ban facial recognition cameras from the "
        "town's school canteens, where they had been used for two years to let pupils pay for "
        "lunch without cards or cash.\n\n"
        '"Why does a twelve-year-old need to hand their face to a private company to buy a '
        'sandwich?" asked councillor Ingrid Castellano, who proposed the ban.\n\n'
        "FaceServe, the company that supplied the cameras, said its system stored no photographs "
        "and had been approved by parents at every school where it was installed.\n\n"
        "The six schools involved will go back to a card system after the Easter holidays, at a "
        "cost to the council of about £40,000.",
        [
            (
                D,
                [
                    "Why does a twelve-year-old need to hand their face to a private company to "
                    "buy a sandwich?"
                ],
                "Ingrid Castellano",
            ),
            (
                I,
                [
                    "its system stored no photographs and had been approved by parents at every "
                    "school where it was installed"
                ],
                "FaceServe",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout96.jsonl"),
        "heldout96",
        "h96",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
