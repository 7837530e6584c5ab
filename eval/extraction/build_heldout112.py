"""Source of the 112th held-out set: writes heldout112.jsonl (split "heldout112").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like education news: school and exam reforms, teachers' and support staff's strikes, exam
results and leaked papers, teacher shortages, school closures and mergers, university deficits,
job cuts, rent strikes and occupations, resigning vice-chancellors, with ministers of
education, rectors, deans, presidents and vice-chancellors, headteachers and principals,
researchers introduced by their university, parents' associations, unions and student unions
speaking as organisations, and named and unnamed pupils and students quoted, some referred back
to by an epithet ("la rectrice", "the headteacher", "the 17-year-old"), some quotes split by
an incise.
Measured once with 0.3.0, 0.33.0 and 0.34.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout112.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-02"
Item = GoldItem

FR: list[Item] = [
    (  # 1 baccalauréat reform: "Le ministre …, Name, a annoncé mardi vouloir" (infinitive
        # clause), a quote split by "a-t-il expliqué …," (one quote, two spans, final period
        # kept), union partial after "a dénoncé une" (full name, acronym dropped), "Il a demandé
        # le report" (noun object, not annotated)
        "Le ministre de l'Éducation nationale, Arnaud Vercelli, a annoncé mardi vouloir supprimer "
        "le grand oral du baccalauréat dès la session 2028. L'épreuve, introduite en 2021, compte "
        "aujourd'hui pour 10\u00a0% de la note finale.\n\n"
        "«\u00a0Le grand oral, a-t-il expliqué devant la commission des affaires culturelles de "
        "l'Assemblée, favorise surtout ceux qui ont déjà les codes à la maison.\u00a0» Un dossier "
        "écrit, préparé en classe, pourrait le remplacer.\n\n"
        "Le Syndicat national des personnels de lycée (SNPL) a dénoncé une «\u00a0réforme de plus, "
        "décidée sans la moindre concertation\u00a0». Il a demandé le report de toute modification "
        "à 2029.\n\n"
        "Les fédérations de parents d'élèves doivent être reçues au ministère la semaine "
        "prochaine.",
        [
            (
                I,
                ["vouloir supprimer le grand oral du baccalauréat dès la session 2028"],
                "Arnaud Vercelli",
            ),
            (
                D,
                [
                    "Le grand oral",
                    "favorise surtout ceux qui ont déjà les codes à la maison.",
                ],
                "Arnaud Vercelli",
            ),
            (
                P,
                ["réforme de plus, décidée sans la moindre concertation"],
                "Syndicat national des personnels de lycée",
            ),
        ],
    ),
    (  # 2 collège strike: two-sentence direct + "explique Name, professeure …", "La principale,
        # Name, dit comprendre" (infinitive clause), direct + "ajoute la principale" (epithet
        # referring back), "a transmis leurs demandes" (noun object)
        "Les enseignants du collège Louise-Michel de Saint-Florent-sur-Lys ont cessé le travail "
        "jeudi matin, pour la troisième fois depuis la rentrée. En cause\u00a0: la suppression de "
        "42 heures de cours dans la dotation de l'établissement pour l'an prochain.\n\n"
        "«\u00a0On nous annonce des classes de trente-deux élèves en sixième. Avec des enfants qui "
        "arrivent sans savoir lire correctement, c'est intenable\u00a0», explique Sophie "
        "Garnier-Lacombe, professeure de lettres depuis quinze ans dans l'établissement.\n\n"
        "La principale, Isabelle Moreau-Tissier, dit comprendre la colère de ses équipes. "
        "«\u00a0Mais je n'ai pas la main sur la dotation horaire\u00a0», ajoute la principale, qui "
        "a transmis leurs demandes au rectorat.",
        [
            (
                D,
                [
                    "On nous annonce des classes de trente-deux élèves en sixième. Avec des enfants "
                    "qui arrivent sans savoir lire correctement, c'est intenable"
                ],
                "Sophie Garnier-Lacombe",
            ),
            (I, ["comprendre la colère de ses équipes"], "Isabelle Moreau-Tissier"),
            (
                D,
                ["Mais je n'ai pas la main sur la dotation horaire"],
                "Isabelle Moreau-Tissier",
            ),
        ],
    ),
    (  # 3 bac results: unquoted figures + ", a annoncé vendredi le ministère …" (indirect,
        # inverted subject after), exclamations (marks kept) + "s'exclame Name, 18 ans", partial
        # after "Le jeune homme assure qu'il n'a" (epithet, only the partial), "Pour la
        # sociologue Name, de l'université de X, « … »" (direct, affiliation)
        "Le taux de réussite au baccalauréat s'établit à 91,2\u00a0% cette année, en légère "
        "hausse par rapport à 2025, a annoncé vendredi le ministère de l'Éducation nationale. "
        "Les résultats de la voie professionnelle restent en retrait, à 83,4\u00a0%.\n\n"
        "Devant le lycée Marie-Curie de Vaulnay, les cris de joie se mêlaient aux larmes. "
        "«\u00a0Mention très bien\u00a0! Je n'y crois toujours pas\u00a0!\u00a0» s'exclame Yanis "
        "Belkacem, 18 ans, en serrant sa mère dans ses bras. Le jeune homme assure qu'il n'a "
        "«\u00a0pas dormi de la nuit\u00a0».\n\n"
        "Pour la sociologue Claire Almeida-Roux, de l'université de Valmorel, «\u00a0ces moyennes "
        "nationales masquent des écarts considérables entre établissements\u00a0».",
        [
            (
                I,
                [
                    "Le taux de réussite au baccalauréat s'établit à 91,2\u00a0% cette année, en "
                    "légère hausse par rapport à 2025"
                ],
                "ministère de l'Éducation nationale",
            ),
            (
                D,
                ["Mention très bien\u00a0! Je n'y crois toujours pas\u00a0!"],
                "Yanis Belkacem",
            ),
            (P, ["pas dormi de la nuit"], "Yanis Belkacem"),
            (
                D,
                ["ces moyennes nationales masquent des écarts considérables entre établissements"],
                "Claire Almeida-Roux",
            ),
        ],
    ),
    (  # 4 university deficit: "Son président, Name, a averti … que" (indirect), two-sentence
        # direct + "a-t-il reconnu", student union partial after "a dénoncé" and "appelle à un
        # rassemblement" (noun object), "n'a pas souhaité réagir" not annotated
        "L'université de Haute-Loirance sera en déficit pour la deuxième année consécutive. Son "
        "président, Bernard Cazalis, a averti jeudi devant le conseil d'administration que le "
        "trou atteindrait 11 millions d'euros en 2027, en raison notamment de la hausse des "
        "cotisations de retraite des fonctionnaires, non compensée par l'État.\n\n"
        "«\u00a0Nous allons devoir geler les recrutements et fermer certaines formations à faibles "
        "effectifs. Je ne vois pas d'autre issue\u00a0», a-t-il reconnu.\n\n"
        "L'Union étudiante de Haute-Loirance a dénoncé «\u00a0la casse méthodique du service "
        "public universitaire\u00a0» et appelle à un rassemblement mardi devant la présidence. Le "
        "ministère de l'Enseignement supérieur n'a pas souhaité réagir.",
        [
            (
                I,
                [
                    "le trou atteindrait 11 millions d'euros en 2027, en raison notamment de la "
                    "hausse des cotisations de retraite des fonctionnaires, non compensée par "
                    "l'État"
                ],
                "Bernard Cazalis",
            ),
            (
                D,
                [
                    "Nous allons devoir geler les recrutements et fermer certaines formations à "
                    "faibles effectifs. Je ne vois pas d'autre issue"
                ],
                "Bernard Cazalis",
            ),
            (
                P,
                ["la casse méthodique du service public universitaire"],
                "Union étudiante de Haute-Loirance",
            ),
        ],
    ),
    (  # 5 lecture hall occupied: a line opened by a dialogue dash + "lance une étudiante"
        # (unnamed), "La doyenne …, Name, a indiqué qu'elle" (indirect), a quote split by
        # "a-t-elle ajouté," (one quote, two spans, final period kept)
        "Une centaine d'étudiants occupent depuis lundi l'amphithéâtre Condorcet de la faculté "
        "des lettres de Montclar-sur-Vienne. Ils protestent contre la fermeture annoncée de la "
        "licence de lettres classiques et du master d'études germaniques.\n\n"
        "Mardi soir, des sacs de couchage s'alignaient entre les rangées de sièges.\n\n"
        "— On restera tant qu'il le faudra, lance une étudiante, un thermos à la main.\n\n"
        "La doyenne de la faculté, Hélène Marchal-Brun, a indiqué qu'elle ne demanderait pas "
        "l'intervention des forces de l'ordre. «\u00a0Le dialogue reste possible, a-t-elle "
        "ajouté, à condition que les cours puissent reprendre lundi.\u00a0»",
        [
            (D, ["On restera tant qu'il le faudra"], "étudiante"),
            (
                I,
                ["elle ne demanderait pas l'intervention des forces de l'ordre"],
                "Hélène Marchal-Brun",
            ),
            (
                D,
                [
                    "Le dialogue reste possible",
                    "à condition que les cours puissent reprendre lundi.",
                ],
                "Hélène Marchal-Brun",
            ),
        ],
    ),
    (  # 6 four-day school week: "L'adjointe à l'éducation, Name, a assuré que" (indirect),
        # parents' federation partial after "a jugé la décision" (full name, acronym dropped),
        # direct + "ironise son président local, Name", "réclame une étude" (noun object)
        "La ville de Lorvignac repassera à la semaine de quatre jours à la rentrée 2027. Le "
        "conseil municipal a voté la mesure lundi soir, au terme d'une consultation en ligne à "
        "laquelle ont participé 1\u00a0900 familles.\n\n"
        "L'adjointe à l'éducation, Nadia Benslimane, a assuré que les activités périscolaires du "
        "mercredi matin seraient maintenues et resteraient gratuites. Mais la Fédération des "
        "parents d'élèves indépendants (FPEI) a jugé la décision «\u00a0précipitée\u00a0».\n\n"
        "«\u00a0Nous avons été consultés un mercredi pour une décision prise le jeudi\u00a0», "
        "ironise son président local, Thierry Lagrange. La fédération réclame une étude sur la "
        "fatigue des élèves.",
        [
            (
                I,
                [
                    "les activités périscolaires du mercredi matin seraient maintenues et "
                    "resteraient gratuites"
                ],
                "Nadia Benslimane",
            ),
            (P, ["précipitée"], "Fédération des parents d'élèves indépendants"),
            (
                D,
                ["Nous avons été consultés un mercredi pour une décision prise le jeudi"],
                "Thierry Lagrange",
            ),
        ],
    ),
    (  # 7 school holiday calendar, no quote: "selon le découpage habituel" (not a source),
        # "avaient réclamé un allongement" and "ont plaidé pour des vacances" (noun objects),
        # "des rumeurs selon lesquelles" (not a source)
        "Le ministère de l'Éducation nationale a publié mercredi le calendrier des vacances "
        "scolaires pour les années 2027-2028 et 2028-2029. Les vacances d'hiver s'étaleront sur "
        "quatre semaines, du 5 février au 6 mars 2028, selon le découpage habituel en trois "
        "zones.\n\n"
        "Les professionnels de la montagne avaient réclamé un allongement de la période, afin de "
        "mieux répartir la fréquentation des stations. Les associations de parents, elles, ont "
        "plaidé pour des vacances de printemps plus tôt dans l'année.\n\n"
        "Le texte met fin aux rumeurs selon lesquelles la zone C serait scindée en deux. La "
        "rentrée des enseignants est fixée au 30 août 2027.",
        [],
    ),
    (  # 8 school closures map: "Selon le rectorat," (rest of the sentence), two-sentence
        # direct + "a fait valoir la rectrice" (epithet referring back), "Pour Name,
        # secrétaire … du Syndicat …, la rectrice « … »" (syntax runs through: partial),
        # "a appelé à la grève" (noun object)
        "La rectrice de l'académie de Bressane, Martine Oudinot-Falk, a présenté lundi aux "
        "syndicats la carte scolaire de la rentrée 2027 pour le premier degré. Selon le rectorat, "
        "37 classes fermeront dans le département du Haut-Armançon, pour 9 ouvertures.\n\n"
        "«\u00a0Nous perdrons 1\u00a0400 élèves à la rentrée. Il serait irresponsable de ne pas en "
        "tenir compte\u00a0», a fait valoir la rectrice à l'issue de la réunion.\n\n"
        "Pour Jérôme Castagné, secrétaire départemental du Syndicat des enseignants du primaire "
        "(SEP), la rectrice «\u00a0sacrifie les écoles rurales pour tenir ses objectifs "
        "comptables\u00a0». L'intersyndicale a appelé à la grève le 14 janvier.",
        [
            (
                I,
                ["37 classes fermeront dans le département du Haut-Armançon, pour 9 ouvertures"],
                "rectorat",
            ),
            (
                D,
                [
                    "Nous perdrons 1\u00a0400 élèves à la rentrée. Il serait irresponsable de ne "
                    "pas en tenir compte"
                ],
                "Martine Oudinot-Falk",
            ),
            (
                P,
                ["sacrifie les écoles rurales pour tenir ses objectifs comptables"],
                "Jérôme Castagné",
            ),
        ],
    ),
    (  # 9 Belgian common-core reform: two-sentence direct + "a déclaré la ministre de
        # l'Éducation, Name," (inverted, apposition), intention phrase "ont fait part de leur
        # volonté de" (unnamed plural), two-sentence direct + "soupire Name, directeur de …"
        "Plusieurs milliers d'enseignants ont manifesté mercredi à Valmeuse contre le calendrier "
        "de la réforme du tronc commun, qui doit prolonger jusqu'à quinze ans la formation "
        "commune de tous les élèves.\n\n"
        "«\u00a0Le tronc commun n'est pas négociable. Le calendrier, lui, peut être "
        "discuté\u00a0», a déclaré la ministre de l'Éducation, Valérie Lemmens, devant le "
        "Parlement de la Communauté.\n\n"
        "Les syndicats enseignants ont fait part de leur volonté de poursuivre le mouvement "
        "jusqu'aux congés d'hiver. «\u00a0Mes professeurs sont épuisés. On leur demande de tout "
        "changer en deux ans, avec les mêmes moyens\u00a0», soupire Patrick Delvaux, directeur de "
        "l'athénée royal de Hautfays.",
        [
            (
                D,
                ["Le tronc commun n'est pas négociable. Le calendrier, lui, peut être discuté"],
                "Valérie Lemmens",
            ),
            (I, ["poursuivre le mouvement jusqu'aux congés d'hiver"], "syndicats enseignants"),
            (
                D,
                [
                    "Mes professeurs sont épuisés. On leur demande de tout changer en deux ans, "
                    "avec les mêmes moyens"
                ],
                "Patrick Delvaux",
            ),
        ],
    ),
    (  # 10 Quebec lecturers' strike: "réclame une hausse" (noun object), direct + "a résumé la
        # présidente du syndicat, Name,", partial after "Le recteur, Name, a affirmé que …
        # n'avait" (only the partial), "D'après l'Université de X," (rest of the sentence)
        "Les chargés de cours de l'Université de Trois-Rivages sont en grève depuis lundi. Leur "
        "syndicat réclame une hausse de 12\u00a0% de la rémunération par cours, gelée depuis "
        "2022.\n\n"
        "«\u00a0On donne 60\u00a0% des cours de premier cycle et on est payés à la pièce, sans "
        "aucune sécurité d'emploi\u00a0», a résumé la présidente du syndicat, Geneviève "
        "Pelletier, devant le pavillon principal.\n\n"
        "Le recteur, Marc-André Boisvert, a affirmé que l'établissement n'avait «\u00a0aucune "
        "marge de manœuvre\u00a0» tant que Québec n'aurait pas annoncé son financement pour l'an "
        "prochain. D'après l'Université de Trois-Rivages, 340 cours sont touchés par la grève, "
        "soit près de 9\u00a0000 étudiants.",
        [
            (
                D,
                [
                    "On donne 60\u00a0% des cours de premier cycle et on est payés à la pièce, sans "
                    "aucune sécurité d'emploi"
                ],
                "Geneviève Pelletier",
            ),
            (P, ["aucune marge de manœuvre"], "Marc-André Boisvert"),
            (
                I,
                ["340 cours sont touchés par la grève, soit près de 9\u00a0000 étudiants"],
                "Université de Trois-Rivages",
            ),
        ],
    ),
    (  # 11 lycée blockade: two-sentence direct + "explique Name, élève de terminale", partial
        # after "La lycéenne assure que le blocage a été" (epithet, only the partial), "a porté
        # plainte" (not speech)
        "Une cinquantaine d'élèves ont bloqué mardi matin l'entrée du lycée Jean-Jaurès de "
        "Montbarrey avec des poubelles et des barrières de chantier, pour protester contre la "
        "réforme de l'accès à l'enseignement supérieur.\n\n"
        "«\u00a0On a 17 ans et on nous demande de choisir notre vie sur une plateforme. On veut "
        "juste être entendus\u00a0», explique Inès Haddad, élève de terminale. La lycéenne assure "
        "que le blocage a été «\u00a0voté en assemblée générale\u00a0» la veille.\n\n"
        "Le proviseur, Alain Ferrand, a porté plainte après l'incendie d'une poubelle devant le "
        "portail. Les cours ont repris normalement à 10 heures.",
        [
            (
                D,
                [
                    "On a 17 ans et on nous demande de choisir notre vie sur une plateforme. On "
                    "veut juste être entendus"
                ],
                "Inès Haddad",
            ),
            (P, ["voté en assemblée générale"], "Inès Haddad"),
        ],
    ),
    (  # 12 teacher recruitment crisis: "D'après le ministère …," (rest of the sentence),
        # researcher introduced by his laboratory and university, partial after "estime que"
        # (the whole clause quoted: only the partial), a quote continued over two paragraphs
        # (one span each, first one's period kept) + "raconte Name, 26 ans, …"
        "D'après le ministère de l'Éducation nationale, 1\u00a0240 postes de professeurs des "
        "écoles sont restés vacants à l'issue des concours 2026, un record. Dans l'académie de "
        "Pontreuil, un poste sur cinq n'a pas trouvé preneur.\n\n"
        "Le chercheur Paul-Henri Sauvageot, du laboratoire Éducation et Sociétés de l'université "
        "de Rive-Gauche, estime que «\u00a0le métier a perdu son attractivité bien avant la "
        "question des salaires\u00a0».\n\n"
        "«\u00a0J'ai fait un an de remplacements sans formation. On m'a confié une classe de CM2 "
        "le lundi pour le mardi.\n\n"
        "«\u00a0Au bout de six mois, j'ai démissionné\u00a0», raconte Camille Verdier, 26 ans, "
        "aujourd'hui reconvertie dans la communication.",
        [
            (
                I,
                [
                    "1\u00a0240 postes de professeurs des écoles sont restés vacants à l'issue des "
                    "concours 2026, un record"
                ],
                "ministère de l'Éducation nationale",
            ),
            (
                P,
                ["le métier a perdu son attractivité bien avant la question des salaires"],
                "Paul-Henri Sauvageot",
            ),
            (
                D,
                [
                    "J'ai fait un an de remplacements sans formation. On m'a confié une classe de "
                    "CM2 le lundi pour le mardi.",
                    "Au bout de six mois, j'ai démissionné",
                ],
                "Camille Verdier",
            ),
        ],
    ),
    (  # 13 school bullying: "La ministre déléguée …, Name, a dit jeudi que" (indirect), direct
        # + "a martelé Mme\u00a0Surname" (title with a no-break space), unnamed "Une mère, dont
        # …, a confié que « … »" (only the partial)
        "La ministre déléguée chargée de la Réussite scolaire, Sandrine Koffi-Lambert, a dit "
        "jeudi que chaque collège disposerait d'un référent harcèlement formé dès le mois de "
        "janvier.\n\n"
        "«\u00a0Aucun enfant ne doit avoir peur de franchir le portail de son école\u00a0», a "
        "martelé Mme\u00a0Koffi-Lambert lors d'une visite au collège Simone-Veil de "
        "Crémieu-la-Forêt.\n\n"
        "Les familles restent sceptiques. Une mère, dont la fille a changé deux fois "
        "d'établissement en un an, a confié que «\u00a0rien n'avait bougé\u00a0» malgré ses "
        "signalements répétés.",
        [
            (
                I,
                [
                    "chaque collège disposerait d'un référent harcèlement formé dès le mois de "
                    "janvier"
                ],
                "Sandrine Koffi-Lambert",
            ),
            (
                D,
                ["Aucun enfant ne doit avoir peur de franchir le portail de son école"],
                "Sandrine Koffi-Lambert",
            ),
            (P, ["rien n'avait bougé"], "mère"),
        ],
    ),
    (  # 14 university presidents' op-ed, « » without no-break spaces: "réclament une loi"
        # (noun object), two-sentence direct + "écrivent les signataires" (unnamed plural),
        # "Parmi eux, la présidente de …, Name, estime que" (indirect), ministry partial inside
        # "a fait savoir qu'une «…» serait ouverte" (only the partial)
        "Dans une tribune publiée dimanche, vingt-deux présidents d'université réclament une loi "
        "de programmation pour l'enseignement supérieur. «Nous refusons de choisir entre la "
        "recherche et la formation des étudiants. C'est pourtant ce que l'on nous demande», "
        "écrivent les signataires.\n\n"
        "Parmi eux, la présidente de l'université de Port-Lévrier, Anne-Claire Dubreuil, estime "
        "que la moitié des établissements seront en déficit à la fin de 2027.\n\n"
        "Le ministère de l'Enseignement supérieur a fait savoir qu'une «concertation» serait "
        "ouverte en janvier.",
        [
            (
                D,
                [
                    "Nous refusons de choisir entre la recherche et la formation des étudiants. "
                    "C'est pourtant ce que l'on nous demande"
                ],
                "signataires",
            ),
            (
                I,
                ["la moitié des établissements seront en déficit à la fin de 2027"],
                "Anne-Claire Dubreuil",
            ),
            (P, ["concertation"], "ministère de l'Enseignement supérieur"),
        ],
    ),
    (  # 15 special-needs assistants' strike: "réclament un statut" (noun object), a question
        # (mark kept) + "interroge Name" (first name only), "Le collectif X a annoncé qu'il"
        # (generic noun dropped), ministry partial after "assure, lui, que des" (only the
        # partial)
        "Les accompagnants d'élèves en situation de handicap (AESH) étaient de nouveau en grève "
        "mardi dans le département de l'Orbe-et-Sarne. Ils réclament un statut de fonctionnaire "
        "et un temps plein.\n\n"
        "«\u00a0Je gagne 850 euros par mois pour 24 heures par semaine. Comment voulez-vous vivre "
        "avec ça\u00a0?\u00a0» interroge Nadège, AESH depuis huit ans dans une école de "
        "Villefranche-sur-Orbe.\n\n"
        "Le collectif AESH Solidaires Orbe a annoncé qu'il déposerait un nouveau préavis de grève "
        "pour le 3 février. Le ministère de l'Éducation nationale assure, lui, que des "
        "«\u00a0discussions sont en cours\u00a0» sur la revalorisation de ces personnels.",
        [
            (
                D,
                [
                    "Je gagne 850 euros par mois pour 24 heures par semaine. Comment voulez-vous "
                    "vivre avec ça\u00a0?"
                ],
                "Nadège",
            ),
            (
                I,
                ["il déposerait un nouveau préavis de grève pour le 3 février"],
                "AESH Solidaires Orbe",
            ),
            (P, ["discussions sont en cours"], "ministère de l'Éducation nationale"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 teachers' strike: "The union said" (indirect, the union by its full name), a quote
        # split by "the union's general secretary, Name, told a rally …," set off by commas (one
        # quote, two spans, final period kept), partial after "Education Secretary Name said
        # the strike was" (only the partial)
        "Hundreds of schools across Hartmoor closed or sent pupils home early on Tuesday as "
        "members of the Teachers' and Lecturers' Alliance walked out in a dispute over pay. The "
        "union said 84% of members who voted had backed the action.\n\n"
        '"We did not want to be standing outside our schools in the rain," the union\'s general '
        'secretary, Ruth Calloway, told a rally in Moorbridge, "but the government has left us '
        'no choice."\n\n'
        'Education Secretary Martin Pryde said the strike was "unjustified and unnecessary". The '
        "government has offered a 3% rise from September.",
        [
            (
                I,
                ["84% of members who voted had backed the action"],
                "Teachers' and Lecturers' Alliance",
            ),
            (
                D,
                [
                    "We did not want to be standing outside our schools in the rain",
                    "but the government has left us no choice.",
                ],
                "Ruth Calloway",
            ),
            (P, ["unjustified and unnecessary"], "Martin Pryde"),
        ],
    ),
    (  # 2 A-level results: two-sentence direct + "he said" (pronoun for "Name, 17"), "The
        # 17-year-old said he would" (epithet referring back), "Headteacher Name, who …, said:"
        # + a two-sentence direct (final period kept)
        "Pupils at Fernside Academy in Wexley celebrated the school's best A-level results on "
        "record on Thursday, with 41% of grades at A* or A.\n\n"
        "Jacob Ellery, 17, who sat his exams a year early after skipping a year in primary "
        'school, achieved four A* grades. "I opened the email and just screamed. My mum thought '
        'something awful had happened," he said. The 17-year-old said he would study medicine '
        "at Kingsbridge University from September.\n\n"
        'Headteacher Diane Oduya, who has led the school since 2018, said: "Many of these '
        "students lost months of schooling when they were children. What they have achieved is "
        'remarkable."',
        [
            (
                D,
                [
                    "I opened the email and just screamed. My mum thought something awful had "
                    "happened"
                ],
                "Jacob Ellery",
            ),
            (
                I,
                ["he would study medicine at Kingsbridge University from September"],
                "Jacob Ellery",
            ),
            (
                D,
                [
                    "Many of these students lost months of schooling when they were children. What "
                    "they have achieved is remarkable."
                ],
                "Diane Oduya",
            ),
        ],
    ),
    (  # 3 university job cuts: "the vice-chancellor, Prof. Name, said the" (indirect, title
        # dropped), partial after "Prof. Name of X University, a physicist who …, called the
        # plan" (affiliation), "The vice-chancellor insisted that" (epithet referring back), a
        # union that "will ballot" (not speech)
        "Castlegate University is to cut up to 400 jobs over the next two years, including 160 "
        "academic posts. In an email to staff on Monday, the vice-chancellor, Prof. Helen Stroud, "
        "said the university faced a deficit of £38m this year, driven by a sharp fall in "
        "international student numbers.\n\n"
        "Prof. Alan Reddington of Castlegate University, a physicist who sits on the university "
        'senate, called the plan "an act of academic vandalism".\n\n'
        "The vice-chancellor insisted that no department would close. The University and College "
        "Staff Union will ballot its members at Castlegate for strike action before Christmas.",
        [
            (
                I,
                [
                    "the university faced a deficit of £38m this year, driven by a sharp fall in "
                    "international student numbers"
                ],
                "Helen Stroud",
            ),
            (P, ["an act of academic vandalism"], "Alan Reddington"),
            (I, ["no department would close"], "Helen Stroud"),
        ],
    ),
    (  # 4 fee protest occupation: direct + "said one protester, a …" (unnamed), a spokeswoman
        # for the university speaking for it (partial at the end of her reported speech, only
        # the partial), "According to campus police," (rest of the sentence)
        "About 150 students occupied the administration building at the University of Northern "
        "Marlow on Wednesday in protest at a 9% rise in tuition fees for next year.\n\n"
        "\"We're paying $41,000 a year to sit in lecture halls where there aren't enough seats,\" "
        "said one protester, a third-year economics student who asked not to be named.\n\n"
        'A spokeswoman for the university said the occupation was disrupting "the work of '
        'hundreds of staff who have nothing to do with setting fees". According to campus '
        "police, three students were arrested overnight for refusing to leave the building.",
        [
            (
                D,
                [
                    "We're paying $41,000 a year to sit in lecture halls where there aren't enough "
                    "seats"
                ],
                "protester",
            ),
            (
                P,
                ["the work of hundreds of staff who have nothing to do with setting fees"],
                "University of Northern Marlow",
            ),
            (
                I,
                ["three students were arrested overnight for refusing to leave the building"],
                "campus police",
            ),
        ],
    ),
    (  # 5 new primary school, no quote: "had campaigned for the school" (not speech), "has
        # asked officers for a review" (noun object)
        "A new primary school has opened its doors on the Thornfield estate in Dunmere, the "
        "first to be built in the town for more than thirty years.\n\n"
        "Thornfield Primary, which cost £11.4m, has places for 420 children and a nursery for 52 "
        "more. Its playground is built on the site of a former bus garage, and the school hall "
        "doubles as a community centre in the evenings and at weekends.\n\n"
        "Parents on the estate had campaigned for the school since 2019. The council's cabinet "
        "member for education has asked officers for a review of catchment areas across the town "
        "before admissions open in January.",
        [],
    ),
    (  # 6 primary school merger: parents' association "said the" (indirect), two-sentence
        # direct + "said Name, who …", two-sentence direct + "the headteacher said" (epithet
        # for "The headteacher, Name," introduced before)
        "Parents at Holmwood Primary School in Penrose have launched a petition against plans to "
        "merge it with St Clement's Infant School, half a mile away, from September 2027.\n\n"
        "The Holmwood Parents' Association said the merger would mean classes of up to 34 "
        'pupils. "Nobody asked us. We found out from a letter in a book bag," said Laura '
        "Penhaligon, who has two children at the school.\n\n"
        'The headteacher, Mark Treloar, met parents on Monday evening. "I understand why parents '
        'are upset. But standing still is not an option for a school with 90 empty places," the '
        "headteacher said.",
        [
            (
                I,
                ["the merger would mean classes of up to 34 pupils"],
                "Holmwood Parents' Association",
            ),
            (
                D,
                ["Nobody asked us. We found out from a letter in a book bag"],
                "Laura Penhaligon",
            ),
            (
                D,
                [
                    "I understand why parents are upset. But standing still is not an option for a "
                    "school with 90 empty places"
                ],
                "Mark Treloar",
            ),
        ],
    ),
    (  # 7 phonics check: unquoted report + ", the state government announced on Sunday."
        # (indirect, the part before), a quote split by "Education Minister Name said," set off
        # by commas (one quote, two spans), partial after "Dr. Name of the University of X, who
        # …, said the evidence … was" (affiliation, title dropped, only the partial), "has
        # called for extra funding" (noun object)
        "Every child in New South Esk will sit a phonics check at the end of Year 1 from next "
        "year, the state government announced on Sunday.\n\n"
        '"Every child deserves to be able to read by the age of seven," Education Minister Kate '
        'Lindqvist said, "and right now one in four cannot."\n\n'
        "Dr. Samuel Osei of the University of Port Harlow, who studies early literacy, said the "
        'evidence for such checks was "mixed at best". The Teachers Federation of New South Esk '
        "has called for extra funding for reading specialists instead.",
        [
            (
                I,
                [
                    "Every child in New South Esk will sit a phonics check at the end of Year 1 "
                    "from next year"
                ],
                "state government",
            ),
            (
                D,
                [
                    "Every child deserves to be able to read by the age of seven",
                    "and right now one in four cannot.",
                ],
                "Kate Lindqvist",
            ),
            (P, ["mixed at best"], "Samuel Osei"),
        ],
    ),
    (  # 8 rent strike: "Students' union president Name said" (indirect), a quote continued
        # over two paragraphs (one span each, first one's period kept) + "Surname said",
        # university partial after "In a statement, the university said the increase
        # reflected" (only the partial)
        "Students at the University of Ballymor have begun a rent strike after the university "
        "raised the cost of a room in its halls of residence by 14%, to €9,800 a year.\n\n"
        "Students' union president Orla Keane said more than 600 students had stopped "
        "paying.\n\n"
        '"Some of our members are sleeping in cars. Others commute three hours a day from their '
        "parents' homes.\n\n"
        '"The university has to stop treating accommodation as a profit centre," Keane said.\n\n'
        'In a statement, the university said the increase reflected "rising energy and '
        'maintenance costs". A hardship fund of €500,000 is available to students in '
        "difficulty.",
        [
            (I, ["more than 600 students had stopped paying"], "Orla Keane"),
            (
                D,
                [
                    "Some of our members are sleeping in cars. Others commute three hours a day "
                    "from their parents' homes.",
                    "The university has to stop treating accommodation as a profit centre",
                ],
                "Orla Keane",
            ),
            (P, ["rising energy and maintenance costs"], "University of Ballymor"),
        ],
    ),
    (  # 9 teacher shortage: "…, according to the X Department of …." (the part before),
        # "Superintendent Name told reporters that" (indirect), two-sentence direct +
        # "Surname said." then a second quotation opening a new sentence (two direct quotes)
        "More than 600 teaching positions remain unfilled across the state two weeks into the "
        "school year, according to the Ridgeland Department of Public Instruction.\n\n"
        "In the Cotter Valley School District, the worst affected, Superintendent Gloria Vance "
        "told reporters that the district would hire 40 teachers from overseas by January.\n\n"
        '"We are recruiting in Manila, in Accra, in Kingston. We have to," Vance said. "Our kids '
        "can't wait for the pipeline to fix itself.\"",
        [
            (
                I,
                [
                    "More than 600 teaching positions remain unfilled across the state two weeks "
                    "into the school year"
                ],
                "Ridgeland Department of Public Instruction",
            ),
            (
                I,
                ["the district would hire 40 teachers from overseas by January"],
                "Gloria Vance",
            ),
            (
                D,
                ["We are recruiting in Manila, in Accra, in Kingston. We have to"],
                "Gloria Vance",
            ),
            (D, ["Our kids can't wait for the pipeline to fix itself."], "Gloria Vance"),
        ],
    ),
    (  # 10 climate walkout: "Name, 17, …, who said she had" (indirect inside a relative
        # clause), direct + "the 17-year-old said" (epithet), a spokesman for the city council
        # speaking for it ("said pupils …", indirect)
        "Hundreds of pupils from six secondary schools in Bristow walked out of lessons on "
        "Friday morning to join a climate protest outside the city's Guildhall.\n\n"
        "The protest was organised by Maya Trent, 17, a sixth-former at Abbeyfield School, who "
        'said she had emailed her headteacher a week in advance. "They tell us to stay in school '
        'and study for a future they are busy burning," the 17-year-old said.\n\n'
        "A spokesman for Bristow City Council said pupils who missed lessons without permission "
        "would be recorded as having an unauthorised absence.",
        [
            (I, ["she had emailed her headteacher a week in advance"], "Maya Trent"),
            (
                D,
                ["They tell us to stay in school and study for a future they are busy burning"],
                "Maya Trent",
            ),
            (
                I,
                [
                    "pupils who missed lessons without permission would be recorded as having an "
                    "unauthorised absence"
                ],
                "Bristow City Council",
            ),
        ],
    ),
    (  # 11 school bus cuts, curly quotes: "The council said" (indirect, the council by its full
        # name), a question (mark kept) + "asked Name, whose …", partial after "described the
        # decision as" by "Councillor Name, the cabinet member for …,"
        "Westmarch County Council will stop providing free school buses for around 1,100 "
        "children from September, under changes approved on Wednesday. The council said the "
        "change would save £1.2m a year.\n\n"
        "“How is a seven-year-old supposed to walk three miles along a road with no pavement?” "
        "asked Gemma Holt, whose son attends Ashcombe Primary.\n\n"
        "Councillor Peter Ambrose, the cabinet member for children’s services, described the "
        "decision as “regrettable but necessary”. Families on low incomes will still qualify for "
        "help with transport.",
        [
            (I, ["the change would save £1.2m a year"], "Westmarch County Council"),
            (
                D,
                [
                    "How is a seven-year-old supposed to walk three miles along a road with no "
                    "pavement?"
                ],
                "Gemma Holt",
            ),
            (P, ["regrettable but necessary"], "Peter Ambrose"),
        ],
    ),
    (  # 12 vice-chancellor resigns: direct + "Surname wrote in a letter to staff" (first
        # mention "The vice-chancellor of X, Prof. Name,"), "The chair of …, Name, said an"
        # (indirect), "Dr. Name, a senior lecturer … and president of …, said:" + a
        # two-sentence direct (final period kept)
        "The vice-chancellor of Elmswick University, Prof. Richard Haldane, resigned on Friday, a "
        "week after staff passed a motion of no confidence in his leadership by 412 votes to "
        "37.\n\n"
        '"I have concluded that the university needs a fresh start, and that I am not the person '
        'to lead it," Haldane wrote in a letter to staff.\n\n'
        "The chair of the university council, Fiona Graves, said an interim vice-chancellor "
        "would be appointed within weeks. Dr. Kwame Asante, a senior lecturer in history and "
        'president of the local branch of the University Staff Union, said: "This is not about '
        'one man. It is about a culture of secrecy at the top of this institution."',
        [
            (
                D,
                [
                    "I have concluded that the university needs a fresh start, and that I am not "
                    "the person to lead it"
                ],
                "Richard Haldane",
            ),
            (
                I,
                ["an interim vice-chancellor would be appointed within weeks"],
                "Fiona Graves",
            ),
            (
                D,
                [
                    "This is not about one man. It is about a culture of secrecy at the top of "
                    "this institution."
                ],
                "Kwame Asante",
            ),
        ],
    ),
    (  # 13 school meals programme: "Officials said on Monday that" (unnamed plural),
        # two-sentence direct + "said Name, head teacher of X" (role after), partial after
        # "The opposition's education spokesman, Name, claimed that contracts … had gone to"
        # (only the partial), "denied the allegation" (noun object)
        "Officials said on Monday that Tandara's national school meals programme would reach 1.2 "
        "million children by March, double the number it fed a year ago.\n\n"
        '"Attendance has gone up since the meals started. Children come because they know they '
        'will eat," said Grace Wanjiru, head teacher of Mbaruk Primary School in Lakeside '
        "County.\n\n"
        "The opposition's education spokesman, Daniel Otieno, claimed that contracts to supply "
        'the food had gone to "friends of the government". The Ministry of Education denied the '
        "allegation.",
        [
            (
                I,
                [
                    "Tandara's national school meals programme would reach 1.2 million children by "
                    "March, double the number it fed a year ago"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Attendance has gone up since the meals started. Children come because they "
                    "know they will eat"
                ],
                "Grace Wanjiru",
            ),
            (P, ["friends of the government"], "Daniel Otieno"),
        ],
    ),
    (  # 14 leaked exam paper: partial after "The exam board, the X, said in a statement that
        # it" (apposition, only the partial), three-sentence direct + "said Name, 16, a pupil
        # at …", "The head of X, Name, said she would" (indirect)
        "About 14,000 students will have to resit a GCSE chemistry paper after the questions were "
        "posted on social media the night before the exam.\n\n"
        'The exam board, the Northern Assessment Council, said in a statement that it "deeply '
        'regrets" the distress caused to students and families.\n\n'
        "\"It's not fair. We didn't do anything wrong, and now we have to sit it again in the "
        'middle of our other exams," said Tom Baptiste, 16, a pupil at Greyfriars School in '
        "Lanchester. The head of Greyfriars, Anita Rowe, said she would write to the board to ask "
        "for the resit to be moved to July.",
        [
            (P, ["deeply regrets"], "Northern Assessment Council"),
            (
                D,
                [
                    "It's not fair. We didn't do anything wrong, and now we have to sit it again in "
                    "the middle of our other exams"
                ],
                "Tom Baptiste",
            ),
            (
                I,
                ["she would write to the board to ask for the resit to be moved to July"],
                "Anita Rowe",
            ),
        ],
    ),
    (  # 15 international student cap: unquoted report + ", Higher Education Minister Name
        # announced on Tuesday." (the part before), '"A," Surname said. "B."' (two direct
        # quotes), partial after "Prof. Name of X University, who …, said many colleges had
        # become" (affiliation, only the partial)
        "The federal government will cut the number of study permits for international students "
        "by 30% next year, Higher Education Minister Gordon Blackwood announced on Tuesday.\n\n"
        '"The system grew too fast," Blackwood said. "Some colleges were enrolling thousands of '
        'students they had no room to house and no jobs to offer."\n\n'
        "Prof. Leila Moradi of Bayview University, who studies higher-education finance, said "
        'many colleges had become "dangerously dependent" on international fees.',
        [
            (
                I,
                [
                    "The federal government will cut the number of study permits for "
                    "international students by 30% next year"
                ],
                "Gordon Blackwood",
            ),
            (D, ["The system grew too fast"], "Gordon Blackwood"),
            (
                D,
                [
                    "Some colleges were enrolling thousands of students they had no room to house "
                    "and no jobs to offer."
                ],
                "Gordon Blackwood",
            ),
            (P, ["dangerously dependent"], "Leila Moradi"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout112.jsonl"),
        "heldout112",
        "h112",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
