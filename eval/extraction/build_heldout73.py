"""Source of the seventy-third held-out set: writes heldout73.jsonl (split "heldout73").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
sports news: match reports and post-match press conferences, transfers, coaches and players,
federation officials, doping cases and referees' decisions, with quotes of players, coaches,
agents, officials, organisations and anonymous supporters.
Measured once with 0.3.0, 0.25.0 and 0.26.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout73.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-29"
Item = GoldItem

FR: list[Item] = [
    (  # 1 football match report: no-break spaces, nickname « Canaris » not speech, coach in
        # apposition after the quote ("a déclaré l'entraîneur montarlien, X"), "a-t-il ajouté",
        # partial after "a dénoncé un penalty"
        "Le FC Montarlier a renversé l'Union sportive de Pravelle (2-1) samedi soir au stade des "
        "Tanneurs, grâce à un doublé de son attaquant Yanis Belkacem en seconde période. Menés à "
        "la pause après une tête de Loïc Perrault, les «\u00a0Canaris\u00a0» ont longtemps buté "
        "sur le gardien adverse, Anthony Leclercq, avant de trouver la faille à la 71e puis à la "
        "88e minute.\n\n"
        "«\u00a0On a montré du caractère. À la mi-temps, je leur ai dit que le match n'était pas "
        "fini et qu'on allait le gagner à l'usure\u00a0», a déclaré l'entraîneur montarlien, Régis "
        "Vautrin, en conférence de presse.\n\n"
        "Le technicien n'a pas pour autant occulté une première période très pauvre dans le jeu. "
        "«\u00a0On ne peut pas se permettre de rater nos débuts de match comme ça face à des "
        "équipes du haut de tableau\u00a0», a-t-il ajouté.\n\n"
        "Du côté de Pravelle, l'entraîneur Sandro Ferreira a dénoncé un penalty "
        "«\u00a0imaginaire\u00a0» accordé à Montarlier sur l'égalisation, après une chute de "
        "Belkacem dans la surface. Avec ce succès, Montarlier remonte à la quatrième place du "
        "classement, à trois points du podium, avant un déplacement délicat à Saint-Gervin.",
        [
            (
                D,
                [
                    "On a montré du caractère. À la mi-temps, je leur ai dit que le match n'était "
                    "pas fini et qu'on allait le gagner à l'usure"
                ],
                "Régis Vautrin",
            ),
            (
                D,
                [
                    "On ne peut pas se permettre de rater nos débuts de match comme ça face à des "
                    "équipes du haut de tableau"
                ],
                "Régis Vautrin",
            ),
            (P, ["imaginaire"], "Sandro Ferreira"),
        ],
    ),
    (  # 2 transfer: plain spaces, "Selon son agent, X, ..." (rest of the sentence), player
        # quoted with "a expliqué le joueur" (role alone) after a two-sentence quote
        "L'Olympique de Varenne a officialisé mardi l'arrivée du milieu de terrain ivoirien Koffi "
        "N'Guessan, en provenance du Sporting de Lagos-Neto, au Portugal. Le joueur de 24 ans "
        "s'est engagé pour quatre saisons, et le montant du transfert atteindrait 18 millions "
        "d'euros, bonus compris, ce qui en fait la recrue la plus chère de l'histoire du club.\n\n"
        "Selon son agent, Marc-Antoine Delorme, plusieurs clubs anglais avaient formulé des offres "
        "supérieures au cours de l'été.\n\n"
        "« Je connais le championnat, j'ai grandi en regardant ses matches. Varenne, c'est le club "
        "qui m'a appelé en premier et qui m'a montré qu'il me voulait vraiment », a expliqué le "
        "joueur lors de sa présentation à la presse, au centre d'entraînement de la "
        "Croix-Blanche.\n\n"
        "Formé à l'académie d'Abidjan-Plateau, N'Guessan avait rejoint le Portugal à 19 ans. Il "
        "devrait effectuer ses débuts dimanche face à Rochebrune, où l'Olympique tentera de mettre "
        "fin à une série de trois matches sans victoire. Son arrivée porte à cinq le nombre de "
        "recrues estivales de l'Olympique.",
        [
            (
                I,
                [
                    "plusieurs clubs anglais avaient formulé des offres supérieures au cours de "
                    "l'été"
                ],
                "Marc-Antoine Delorme",
            ),
            (
                D,
                [
                    "Je connais le championnat, j'ai grandi en regardant ses matches. Varenne, "
                    "c'est le club qui m'a appelé en premier et qui m'a montré qu'il me voulait "
                    "vraiment"
                ],
                "Koffi N'Guessan",
            ),
        ],
    ),
    (  # 3 doping case: narrow no-break spaces, "D'après la fédération" (organisation, named
        # earlier with its acronym), lawyer "Me X" then "a-t-il affirmé", "le docteur X" with a
        # partial inside reported speech ("a assuré que ... « ... »")
        "La Fédération française de cyclisme sur route (FFCR) a confirmé jeudi la suspension "
        "provisoire du coureur Damien Lessard, contrôlé positif à l'EPO lors du Tour du Limousin "
        "en août. Le Berrichon, 29 ans, risque jusqu'à quatre ans de suspension.\n\n"
        "D'après la fédération, l'analyse de l'échantillon B, réclamée par le coureur, a confirmé "
        "la présence de la substance interdite.\n\n"
        "Son avocat, Me Pierre-Yves Santoni, conteste la régularité de la procédure. «\u202fMon "
        "client n'a jamais triché. Nous apporterons la preuve que la chaîne de conservation des "
        "échantillons n'a pas été respectée\u202f», a-t-il affirmé à l'agence Sport Presse.\n\n"
        "Le médecin de l'équipe Vélo-Sud, le docteur Hélène Marchal, a assuré de son côté que le "
        "staff médical n'avait «\u202fjamais eu connaissance\u202f» d'un quelconque traitement. "
        "L'équipe a suspendu le coureur à titre conservatoire et annulé sa participation aux "
        "critériums de fin de saison. Lessard, passé professionnel en 2019, avait signé l'an "
        "dernier la meilleure saison de sa carrière, avec trois victoires et une neuvième place au "
        "Tour de Catalogne.",
        [
            (
                I,
                [
                    "l'analyse de l'échantillon B, réclamée par le coureur, a confirmé la présence "
                    "de la substance interdite"
                ],
                "Fédération française de cyclisme sur route",
            ),
            (
                D,
                [
                    "Mon client n'a jamais triché. Nous apporterons la preuve que la chaîne de "
                    "conservation des échantillons n'a pas été respectée"
                ],
                "Pierre-Yves Santoni",
            ),
            (P, ["jamais eu connaissance"], "Hélène Marchal"),
        ],
    ),
    (  # 4 rugby press conference: « » without inner spaces, quote split by an incise
        # ("a-t-il regretté") over two sentences (one quote, two pieces), name with particle
        # "de" later "De Ravenel", coach in apposition with "a annoncé que"
        "Le capitaine du Stade cévenol, Thibault de Ravenel, n'a pas caché sa frustration après la "
        "défaite concédée à domicile face à l'Aviron de Lormont (18-23), dimanche, lors de la 9e "
        "journée de championnat.\n\n"
        "«Nous avons eu le ballon pendant soixante minutes, a-t-il regretté en conférence de "
        "presse, mais nous n'avons jamais su quoi en faire. C'est un problème de lucidité, pas de "
        "physique.»\n\n"
        "Le troisième-ligne a aussi pointé l'indiscipline de son équipe, pénalisée à quatorze "
        "reprises par l'arbitre, Grégory Lafitte. «On offre trois points à l'adversaire à chaque "
        "fois qu'il entre dans nos quarante mètres», a lâché De Ravenel.\n\n"
        "Son entraîneur, Jean-Baptiste Oyarzun, a annoncé que le demi d'ouverture Tevita Fonua, "
        "touché à l'épaule en première période, serait absent au moins trois semaines. Le Stade "
        "cévenol, dixième, se déplacera samedi prochain à Bayonnette, où il n'a plus gagné depuis "
        "2019. Les Cévenols ne comptent plus que six points d'avance sur la zone de relégation, et "
        "leur calendrier de décembre, avec trois déplacements en quatre matches, s'annonce "
        "particulièrement chargé.",
        [
            (
                D,
                [
                    "Nous avons eu le ballon pendant soixante minutes",
                    "mais nous n'avons jamais su quoi en faire. C'est un problème de lucidité, pas "
                    "de physique.",
                ],
                "Thibault de Ravenel",
            ),
            (
                D,
                [
                    "On offre trois points à l'adversaire à chaque fois qu'il entre dans nos "
                    "quarante mètres"
                ],
                "Thibault de Ravenel",
            ),
            (
                I,
                [
                    "le demi d'ouverture Tevita Fonua, touché à l'épaule en première période, "
                    "serait absent au moins trois semaines"
                ],
                "Jean-Baptiste Oyarzun",
            ),
        ],
    ),
    (  # 5 referees' decision: plain spaces, "a reconnu une erreur" (noun object, not
        # annotated), "a déclaré la présidente de la commission, X", then "Mme X a précisé que",
        # partial after "a qualifié l'épisode de"
        "La commission de l'arbitrage de la Ligue nationale de football a reconnu lundi une erreur "
        "dans la gestion du but refusé à l'AS Castelmoron face au Racing de Vireux (0-0), samedi. "
        "Sur l'action, l'arbitre vidéo avait signalé une position de hors-jeu que les images "
        "diffusées depuis ne permettent pas d'établir.\n\n"
        "« La ligne a été tracée à partir d'une image qui n'était pas la bonne. C'est une erreur "
        "humaine, et nous l'assumons », a déclaré la présidente de la commission, Martine "
        "Aubertin-Lacaze, lors d'un point presse au siège de la Ligue.\n\n"
        "Mme Aubertin-Lacaze a précisé que l'arbitre vidéo concerné ne serait pas désigné lors de "
        "la prochaine journée. L'arbitre central, Nicolas Brévent, n'est en revanche pas mis en "
        "cause.\n\n"
        "À Castelmoron, le président Gilles Fabre-Tissot a qualifié l'épisode de « scandale ». Son "
        "club, qui aurait pris la tête du championnat en cas de victoire, compte désormais deux "
        "points de retard sur Vireux. Les deux équipes se retrouveront en Coupe de France en "
        "janvier.",
        [
            (
                D,
                [
                    "La ligne a été tracée à partir d'une image qui n'était pas la bonne. C'est "
                    "une "
                    "erreur humaine, et nous l'assumons"
                ],
                "Martine Aubertin-Lacaze",
            ),
            (
                I,
                ["l'arbitre vidéo concerné ne serait pas désigné lors de la prochaine journée"],
                "Martine Aubertin-Lacaze",
            ),
            (P, ["scandale"], "Gilles Fabre-Tissot"),
        ],
    ),
    (  # 6 tennis: plain spaces, cue before with a colon and a two-sentence quote keeping its
        # final period, Arabic name later by surname ("Ben Salah a reconnu qu'")
        "Qualifié pour sa première demi-finale de Masters 1000, Ibrahim Ben Salah a savouré "
        "vendredi sa victoire en trois sets face au numéro 4 mondial, l'Australien Lachlan "
        "Whitmore (6-4, 3-6, 7-5), au terme de près de trois heures de jeu.\n\n"
        "Le Tunisien de 22 ans, 31e au classement ATP, a résumé son état d'esprit en conférence de "
        "presse : « J'ai joué chaque point comme si c'était le dernier. Il y a un an, je perdais "
        "au premier tour des qualifications, alors je profite. »\n\n"
        "Ben Salah a reconnu qu'il avait ressenti des crampes au début du troisième set. Son "
        "entraîneur, l'Espagnol Iker Etxeberria, a passé la soirée avec le kinésithérapeute pour "
        "qu'il soit prêt à affronter samedi le vainqueur du match entre Ruud Halvorsen et Mateo "
        "Quiroga.\n\n"
        "Battu, Whitmore, qui disputait son premier tournoi depuis une blessure au poignet, "
        "quittera la tournée pour quelques semaines. L'Australien, tête de série numéro 3, s'était "
        "imposé ici même il y a deux ans.",
        [
            (
                D,
                [
                    "J'ai joué chaque point comme si c'était le dernier. Il y a un an, je perdais "
                    "au premier tour des qualifications, alors je profite."
                ],
                "Ibrahim Ben Salah",
            ),
            (
                I,
                ["il avait ressenti des crampes au début du troisième set"],
                "Ibrahim Ben Salah",
            ),
        ],
    ),
    (  # 7 cycling: no-break spaces, banner slogan in « » not speech, organiser introduced in
        # apposition then "a-t-il détaillé", Belgian winner then "le Flamand", unnamed rider
        # ("un coureur" -> "coureur")
        "Le peloton du Grand Prix de Sarrance s'est élancé dimanche sous une pluie battante, au "
        "milieu de supporters brandissant une banderole «\u00a0Sauvez notre course\u00a0», alors "
        "que l'épreuve, créée en 1952, pourrait disparaître faute de financement.\n\n"
        "L'organisateur, Bernard Couturier, ne cache pas son inquiétude. «\u00a0Nous avons perdu "
        "notre sponsor historique en juin. Sans un apport d'au moins 300\u00a0000\u00a0euros, nous "
        "ne pourrons pas organiser la course l'an prochain\u00a0», a-t-il détaillé.\n\n"
        "La victoire est revenue au Belge Wouter Claes (Team Horizon), vainqueur au sprint d'un "
        "petit groupe de cinq coureurs après 187 kilomètres. «\u00a0C'était une course d'hommes, "
        "avec ce froid et ce vent. Je suis fier d'inscrire mon nom ici\u00a0», a déclaré le "
        "Flamand.\n\n"
        "«\u00a0Ce serait un crime de la supprimer\u00a0», a glissé un coureur, sous couvert "
        "d'anonymat, avant de rejoindre le bus de son équipe. Le conseil départemental, qui "
        "finance déjà un quart du budget de l'épreuve, doit se prononcer sur une rallonge lors de "
        "sa séance du 12 décembre.",
        [
            (
                D,
                [
                    "Nous avons perdu notre sponsor historique en juin. Sans un apport d'au moins "
                    "300\u00a0000\u00a0euros, nous ne pourrons pas organiser la course l'an "
                    "prochain"
                ],
                "Bernard Couturier",
            ),
            (
                D,
                [
                    "C'était une course d'hommes, avec ce froid et ce vent. Je suis fier "
                    "d'inscrire mon nom ici"
                ],
                "Wouter Claes",
            ),
            (D, ["Ce serait un crime de la supprimer"], "coureur"),
        ],
    ),
    (  # 8 handball: plain spaces, Serbian name with diacritics, "a annoncé ... qu'il", quote
        # over two paragraphs (one quote, one piece per paragraph), partial inside reported
        # speech of the club president
        "Après quatre défaites consécutives, l'entraîneur du Handball Club de Saint-Aubrac, Dragan "
        "Milosavljević, a annoncé mercredi qu'il quitterait ses fonctions à la fin de la saison. "
        "Le technicien serbe, arrivé en 2021, avait mené le club à la deuxième place du "
        "championnat l'an dernier.\n\n"
        "« J'ai le sentiment d'avoir tout donné à ce groupe. Les joueurs ont besoin d'entendre une "
        "autre voix, c'est aussi simple que ça.\n\n"
        "« Je ne pars pas fâché. Je resterai jusqu'en juin et je ferai tout pour qu'on termine "
        "dans les cinq premiers », a-t-il expliqué lors d'une conférence de presse convoquée en "
        "urgence.\n\n"
        "Le président du club, Alain Roussillon, a indiqué que son successeur serait désigné « "
        "avant la fin de l'hiver ». L'ancien international Julien Abadie, qui entraîne "
        "actuellement la réserve, fait figure de favori. Fondé en 1964, le club n'a connu que "
        "quatre entraîneurs en soixante ans. Septième du championnat, il reçoit samedi le leader, "
        "l'Entente de Mirebel, au palais des sports Henri-Lestrade, qui affiche déjà complet.",
        [
            (
                I,
                ["il quitterait ses fonctions à la fin de la saison"],
                "Dragan Milosavljević",
            ),
            (
                D,
                [
                    "J'ai le sentiment d'avoir tout donné à ce groupe. Les joueurs ont besoin "
                    "d'entendre une autre voix, c'est aussi simple que ça.",
                    "Je ne pars pas fâché. Je resterai jusqu'en juin et je ferai tout pour qu'on "
                    "termine dans les cinq premiers",
                ],
                "Dragan Milosavljević",
            ),
            (P, ["avant la fin de l'hiver"], "Alain Roussillon"),
        ],
    ),
    (  # 9 athletics doping: plain spaces, agency as speaker of a direct quote ("souligne
        # l'ANAD", cue after), hyphenated name then "L'athlète ... a annoncé qu'elle"
        "L'Agence nationale antidopage (ANAD) a suspendu pour deux ans la sprinteuse Aïssatou "
        "Diallo-Fermin, vice-championne de France du 200 m, pour trois manquements à ses "
        "obligations de localisation en l'espace de douze mois.\n\n"
        "Ces manquements sont assimilés à une violation des règles antidopage, même en l'absence "
        "de contrôle positif. « Le système de localisation est la condition même de l'efficacité "
        "des contrôles inopinés. Il s'applique à tous les athlètes, quel que soit leur palmarès », "
        "souligne l'ANAD dans un communiqué publié mardi.\n\n"
        "L'athlète de 26 ans, qui n'a jamais été contrôlée positive, a annoncé qu'elle ferait "
        "appel devant le Tribunal arbitral du sport. Sa suspension la prive des championnats "
        "d'Europe en salle, prévus en mars à Vilnius, et pourrait compromettre sa participation "
        "aux relais de l'équipe de France l'été prochain.\n\n"
        "Diallo-Fermin avait décroché l'argent du 200 m aux championnats de France de Montbrison "
        "en juillet, en 22 s 71, son record personnel. Elle est la troisième athlète française "
        "sanctionnée pour des manquements de localisation depuis le début de l'année.",
        [
            (
                D,
                [
                    "Le système de localisation est la condition même de l'efficacité des "
                    "contrôles inopinés. Il s'applique à tous les athlètes, quel que soit leur "
                    "palmarès"
                ],
                "Agence nationale antidopage",
            ),
            (
                I,
                ["elle ferait appel devant le Tribunal arbitral du sport"],
                "Aïssatou Diallo-Fermin",
            ),
        ],
    ),
    (  # 10 basketball: straight " " and curly “ ” quotes in a French text, "a-t-il souri",
        # coach in apposition then "a-t-il pesté", "Selon le club" (organisation), nickname
        # "le Mur" not speech
        "Auteur de 34 points et 11 rebonds, Moussa Diakité a porté l'Élan de Castelnau vers sa "
        "septième victoire de suite, samedi, face à la JA Vierzonnaise (88-79). Le pivot malien, "
        "arrivé l'été dernier des États-Unis, s'impose comme l'un des meilleurs joueurs du "
        "championnat.\n\n"
        '"Je me sens bien dans ce système. Le coach me donne de la liberté, et les meneurs me '
        'trouvent toujours au bon moment", a-t-il souri après la rencontre.\n\n'
        "Son entraîneur, Frédéric Nguyen-Hoà, a tempéré l'enthousiasme. “On a encaissé 29 points "
        "dans le dernier quart-temps, ce n'est pas acceptable pour une équipe qui veut jouer le "
        "titre”, a-t-il pesté.\n\n"
        "Selon le club, la salle de 4 200 places affichait complet pour la cinquième fois cette "
        'saison. Les supporters, qui surnomment désormais Diakité "le Mur", ont réservé une '
        "ovation à leur pivot à sa sortie, à deux minutes de la fin. L'Élan recevra mardi le "
        "leader, l'ASC Bressanne, invaincue depuis le début de la saison. Diakité, 26 ans, tourne "
        "à 21,4 points de moyenne depuis la reprise.",
        [
            (
                D,
                [
                    "Je me sens bien dans ce système. Le coach me donne de la liberté, et les "
                    "meneurs me trouvent toujours au bon moment"
                ],
                "Moussa Diakité",
            ),
            (
                D,
                [
                    "On a encaissé 29 points dans le dernier quart-temps, ce n'est pas acceptable "
                    "pour une équipe qui veut jouer le titre"
                ],
                "Frédéric Nguyen-Hoà",
            ),
            (
                I,
                ["la salle de 4 200 places affichait complet pour la cinquième fois cette saison"],
                "Élan de Castelnau",
            ),
        ],
    ),
    (  # 11 skiing: no-break spaces, federation president in apposition then "Mme X" after the
        # quote, champion with hyphenated name "a indiqué qu'elle", "a-t-elle rappelé", "a
        # annoncé une hausse" (noun object, not annotated)
        "La Fédération française des sports de neige (FFSN) a présenté jeudi à Annecy ses "
        "ambitions pour la saison de Coupe du monde, qui débute ce week-end en Autriche. La "
        "présidente de l'instance, Catherine Vuillermoz, vise au moins dix podiums en ski "
        "alpin.\n\n"
        "«\u00a0Nous avons une génération qui arrive à maturité. Ce serait une erreur de ne pas "
        "afficher nos ambitions\u00a0», a affirmé Mme Vuillermoz.\n\n"
        "La championne du monde de descente, Léna Bouvier-Chaix, opérée du genou en mars, a "
        "indiqué qu'elle ne serait pas au départ avant janvier. «\u00a0Mon genou va bien, mais je "
        "ne veux pas brûler les étapes. Les Jeux, c'est dans quinze mois\u00a0», a-t-elle "
        "rappelé.\n\n"
        "Le directeur technique national, Rémi Jacquier, a annoncé une hausse de 12\u00a0% du "
        "budget consacré aux équipes de France, financée en partie par un nouveau partenaire, le "
        "fabricant de skis Altirex. Les équipes de France de ski alpin compteront cette saison 22 "
        "athlètes, dont neuf de moins de 23 ans.",
        [
            (
                D,
                [
                    "Nous avons une génération qui arrive à maturité. Ce serait une erreur de ne "
                    "pas afficher nos ambitions"
                ],
                "Catherine Vuillermoz",
            ),
            (
                I,
                ["elle ne serait pas au départ avant janvier"],
                "Léna Bouvier-Chaix",
            ),
            (
                D,
                [
                    "Mon genou va bien, mais je ne veux pas brûler les étapes. Les Jeux, c'est "
                    "dans quinze mois"
                ],
                "Léna Bouvier-Chaix",
            ),
        ],
    ),
    (  # 12 women's football: plain spaces, "a justifié la sélectionneuse" (role alone),
        # "Pour X, « ... »" as a direct quote ending mid-sentence
        "Sélectionneuse de l'équipe de France féminine depuis trois ans, Nadia Benhamou a dévoilé "
        "lundi sa liste de 23 joueuses pour les matches de qualification à l'Euro face à l'Islande "
        "et à la Slovénie. Elle y a appelé pour la première fois la gardienne de Saint-Véran, Inès "
        "Moreau-Lavallée, 19 ans.\n\n"
        "« Inès a une maturité rare pour son âge. Elle mérite cette chance, et je ne l'appelle pas "
        "pour faire du nombre », a justifié la sélectionneuse.\n\n"
        "L'absence de l'attaquante Chloé Vasquez, meilleure buteuse du championnat avec onze buts, "
        "a en revanche surpris, la joueuse ayant repris la compétition il y a un mois après une "
        "blessure à la cheville.\n\n"
        "Pour l'ancienne internationale Sabine Rouquette, désormais consultante, « c'est un choix "
        "courageux, mais risqué, parce que personne ne marque autant qu'elle en ce moment ». Les "
        "Bleues affronteront l'Islande le 4 décembre à Reims. Deuxièmes de leur groupe, elles "
        "doivent gagner ces deux rencontres pour espérer une qualification directe.",
        [
            (
                D,
                [
                    "Inès a une maturité rare pour son âge. Elle mérite cette chance, et je ne "
                    "l'appelle pas pour faire du nombre"
                ],
                "Nadia Benhamou",
            ),
            (
                D,
                [
                    "c'est un choix courageux, mais risqué, parce que personne ne marque autant "
                    "qu'elle en ce moment"
                ],
                "Sabine Rouquette",
            ),
        ],
    ),
    (  # 13 judo: curly apostrophes, Japanese name then surname after the quote ("a confié
        # Morimoto"), unnamed club official in a direct quote ("ce dirigeant" -> "dirigeant du
        # club"), whose quote goes on after the attribution's full stop (two quotes)
        "Le judoka Kenji Morimoto, installé en France depuis 2019, a remporté dimanche le Grand "
        "Chelem de Valdrôme dans la catégorie des moins de 81 kg, sa première victoire sur le "
        "circuit mondial depuis sa naturalisation. En finale, il a battu le Géorgien Levan "
        "Kapanadze sur un ippon à vingt secondes du gong.\n\n"
        "« Je dédie cette médaille à mon père, qui m’a mis sur un tatami à quatre ans. "
        "Aujourd’hui, je me suis battu pour lui », a confié Morimoto, les larmes aux yeux.\n\n"
        "La fédération a pourtant refusé de l’intégrer au pôle France cette saison, une décision "
        "mal vécue à l’Étoile de Ferrières, son club. « On a un médaillé de Grand Chelem et on le "
        "laisse s’entraîner dans un dojo municipal », a regretté un dirigeant du club, qui a "
        "souhaité rester anonyme. « Qu’on nous explique la logique. »\n\n"
        "La fédération n’a pas répondu à nos sollicitations. Morimoto disputera en décembre le "
        "Masters de fin d’année, à Doha.",
        [
            (
                D,
                [
                    "Je dédie cette médaille à mon père, qui m’a mis sur un tatami à quatre ans. "
                    "Aujourd’hui, je me suis battu pour lui"
                ],
                "Kenji Morimoto",
            ),
            (
                D,
                [
                    "On a un médaillé de Grand Chelem et on le laisse s’entraîner dans un dojo "
                    "municipal"
                ],
                "dirigeant du club",
            ),
            (D, ["Qu’on nous explique la logique."], "dirigeant du club"),
        ],
    ),
    (  # 14 sports minister: plain spaces, "La ministre des Sports, X, a annoncé mardi que",
        # programme name « Tous à l'eau » not speech, "a déclaré la ministre" (role alone),
        # judgement without a speech clause ("juge l'enveloppe bien maigre :", not annotated),
        # "M. X" in a quote split by an incise ("a calculé M. X")
        "La ministre des Sports, Florence Achour-Lebrun, a annoncé mardi que l'État consacrerait "
        "45 millions d'euros sur trois ans à la rénovation des piscines municipales. Près d'un "
        "tiers des bassins du pays ont plus de quarante ans. Le plan, baptisé « Tous à l'eau », "
        "doit aussi permettre de réduire le nombre de noyades chez les enfants.\n\n"
        "« Aujourd'hui, un élève sur cinq entre en sixième sans savoir nager. C'est inacceptable "
        "dans un pays comme le nôtre », a déclaré la ministre lors d'un déplacement à "
        "Vierzon-les-Bains.\n\n"
        "Les élus locaux restent sceptiques. Le président de l'Association des maires ruraux, "
        "Gérard Pellissier, juge l'enveloppe bien maigre : les besoins du pays sont estimés à plus "
        "d'un milliard d'euros. « Avec 45 millions, a calculé M. Pellissier, on rénove trente "
        "piscines, pas une de plus. »\n\n"
        "Les premières subventions seront versées au printemps. Les communes de moins de 10 000 "
        "habitants seront prioritaires et devront déposer leur projet avant la fin du mois de "
        "mars.",
        [
            (
                I,
                [
                    "l'État consacrerait 45 millions d'euros sur trois ans à la rénovation des "
                    "piscines municipales"
                ],
                "Florence Achour-Lebrun",
            ),
            (
                D,
                [
                    "Aujourd'hui, un élève sur cinq entre en sixième sans savoir nager. C'est "
                    "inacceptable dans un pays comme le nôtre"
                ],
                "Florence Achour-Lebrun",
            ),
            (
                D,
                ["Avec 45 millions", "on rénove trente piscines, pas une de plus."],
                "Gérard Pellissier",
            ),
        ],
    ),
    (  # 15 supporters banned: no-break spaces, prefect in apposition after the quote ("a
        # justifié le préfet, X"), club statement with a partial, unnamed supporter ("un
        # supporter" -> "supporter") with "a-t-il lancé"
        "Le préfet du Val-d'Arvenne a interdit le déplacement des supporters du Racing club de "
        "Beaulac pour le derby prévu samedi à Sainte-Ferréole, après les incidents qui avaient "
        "émaillé la rencontre aller, en avril. L'arrêté, publié mercredi, interdit à toute "
        "personne se prévalant de la qualité de supporter du club de circuler aux abords du "
        "stade.\n\n"
        "«\u00a0Les conditions de sécurité ne sont pas réunies. Je ne prendrai pas le risque de "
        "revoir les scènes du printemps\u00a0», a justifié le préfet, Hervé Mangin-Delattre, dans "
        "un entretien au Courrier de l'Arvenne.\n\n"
        "Dans un communiqué, le Racing club de Beaulac a dénoncé une mesure qui «\u00a0punit "
        "collectivement des milliers de supporters pour les agissements de quelques-uns\u00a0».\n\n"
        "Devant le siège du club, un supporter, abonné depuis trente ans, ne décolérait pas. "
        "«\u00a0On nous traite comme des délinquants. Moi, j'ai soixante-deux ans et je n'ai "
        "jamais lancé un fumigène de ma vie\u00a0», a-t-il lancé. Le derby se jouera à guichets "
        "fermés, devant quelque 14\u00a0000 spectateurs.",
        [
            (
                D,
                [
                    "Les conditions de sécurité ne sont pas réunies. Je ne prendrai pas le risque "
                    "de revoir les scènes du printemps"
                ],
                "Hervé Mangin-Delattre",
            ),
            (
                P,
                [
                    "punit collectivement des milliers de supporters pour les agissements de "
                    "quelques-uns"
                ],
                "Racing club de Beaulac",
            ),
            (
                D,
                [
                    "On nous traite comme des délinquants. Moi, j'ai soixante-deux ans et je n'ai "
                    "jamais lancé un fumigène de ma vie"
                ],
                "supporter",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 football match report: curly quotes and apostrophes, "said the Harbridge manager,
        # X" after the quote, "he added", partial inside reported speech of the rival coach
        "Harbridge City came from two goals down to draw 2-2 with Kelsey Rovers at the Millfield "
        "Stadium on Saturday, the substitute Tomasz Wierzbicki heading the equaliser in the fourth "
        "minute of stoppage time.\n\n"
        "Rovers had looked comfortable after first-half goals from Dele Adeyemi and Craig Munro, "
        "and Harbridge’s supporters greeted the half-time whistle with loud boos.\n\n"
        "“We were nowhere near it in the first half, and I told the players that at the break in "
        "words I won’t repeat here,” said the Harbridge manager, Owen Castlereagh.\n\n"
        "“The reaction was what I expect from this group. But we can’t keep giving teams a "
        "two-goal start,” he added.\n\n"
        "The Rovers head coach, Stefan Lindqvist, said his side had been “naive” in the closing "
        "stages, when they dropped deeper and deeper. The draw leaves Harbridge ninth, four points "
        "off the play-off places, while Rovers slip to sixth. Wierzbicki, signed from the Polish "
        "club Górnik Zalesie in August, has now scored three times in four appearances off the "
        "bench.",
        [
            (
                D,
                [
                    "We were nowhere near it in the first half, and I told the players that at the "
                    "break in words I won’t repeat here"
                ],
                "Owen Castlereagh",
            ),
            (
                D,
                [
                    "The reaction was what I expect from this group. But we can’t keep giving "
                    "teams a two-goal start"
                ],
                "Owen Castlereagh",
            ),
            (P, ["naive"], "Stefan Lindqvist"),
        ],
    ),
    (  # 2 transfer: straight quotes, player quote with "he said" after an explaining sentence,
        # unnamed spokesman speaking for a club ("A spokesman for X said" -> X)
        "Portwell Athletic have completed the signing of the Brazilian forward Caio Nascimento "
        "from Estrela do Vale for a club-record fee of £32 million, ending a saga that ran for "
        "most of the summer transfer window. The 23-year-old has signed a five-year contract with "
        "the option of a further year.\n\n"
        "Nascimento, who scored 19 goals in the Brazilian top flight last season, explained his "
        'choice at his unveiling on Wednesday. "The manager, Gareth Pryce, flew to São Paulo to '
        "meet my family. He told me exactly how I would fit into the team, and that conversation "
        'decided everything," he said.\n\n'
        "A spokesman for Estrela do Vale said the Brazilian club would use part of the fee to "
        "rebuild its youth academy. The deal is understood to include a 15 per cent sell-on "
        "clause.\n\n"
        "Portwell, who finished fourth last season, have now spent more than £80 million this "
        "summer, and Pryce is expected to hand Nascimento his debut against Kirkby Town on "
        "Saturday.",
        [
            (
                D,
                [
                    "The manager, Gareth Pryce, flew to São Paulo to meet my family. He told me "
                    "exactly how I would fit into the team, and that conversation decided "
                    "everything"
                ],
                "Caio Nascimento",
            ),
            (
                I,
                ["the Brazilian club would use part of the fee to rebuild its youth academy"],
                "Estrela do Vale",
            ),
        ],
    ),
    (  # 3 doping: straight quotes, authority as speaker of a partial inside reported speech,
        # coach "Dr X" in apposition, then "Dr X said" after a two-sentence quote
        "The Anti-Doping Commission of Great Britain has banned the middle-distance runner Callum "
        "Fairweather for four years after he tested positive for the blood booster CERA at a "
        "meeting in Loughmoor in May.\n\n"
        'In a statement, the commission said the 27-year-old had failed to provide "any credible '
        'explanation" for the presence of the substance. Fairweather, a European indoor silver '
        "medallist in 2025, has 21 days to appeal.\n\n"
        'His coach, Dr Miriam Osei-Bonsu, was stunned by the result. "I have worked with Callum '
        "for nine years and I never saw anything that made me suspicious. I will co-operate fully "
        'with any investigation," Dr Osei-Bonsu said.\n\n'
        "All of Fairweather's results since May will be annulled, including his fifth place at the "
        "national championships in Carlisle, and he will have to return the prize money he won "
        "over the summer. Fairweather, who had never previously failed a test, is the third "
        "British distance runner banned for a blood booster in the past eighteen months.",
        [
            (P, ["any credible explanation"], "Anti-Doping Commission of Great Britain"),
            (
                D,
                [
                    "I have worked with Callum for nine years and I never saw anything that made "
                    "me "
                    "suspicious. I will co-operate fully with any investigation"
                ],
                "Miriam Osei-Bonsu",
            ),
        ],
    ),
    (  # 4 pre-match press conference: straight quotes, quote split by an attribution set off
        # by commas inside one sentence (one quote, two pieces) with the role "the Wrexford
        # manager" (named in apposition before), "X confirmed that" with the pronoun "her"
        "Wrexford Ladies face the holders, Dunmore United, in the Women's Cup final at Stanbridge "
        "on Sunday, and their manager, Amara Okonkwo-Hale, is in a confident mood.\n\n"
        '"We have beaten every team in this league at least once over the past two seasons," the '
        "Wrexford manager said at the club's training ground on Thursday, \"so there is no reason "
        'to fear anybody."\n\n'
        "Okonkwo-Hale confirmed that her captain, Freya Lindholm, had recovered from a hamstring "
        "strain and would start. The club has received more than 6,000 ticket requests, three "
        "times its allocation, and will show the match on a big screen at its home ground.\n\n"
        "Dunmore, who have won the competition three times in the past five years, beat Wrexford "
        "4-1 when the sides met in the league in October.\n\n"
        "Dunmore's squad includes five members of the national team, and their captain, Lucy "
        "Farrant, scored twice in last season's final against Ashby. Kick-off at Stanbridge is at "
        "3pm.",
        [
            (
                D,
                [
                    "We have beaten every team in this league at least once over the past two "
                    "seasons",
                    "so there is no reason to fear anybody.",
                ],
                "Amara Okonkwo-Hale",
            ),
            (
                I,
                [
                    "her captain, Freya Lindholm, had recovered from a hamstring strain and would "
                    "start"
                ],
                "Amara Okonkwo-Hale",
            ),
        ],
    ),
    (  # 5 cricket: straight quotes, name with particle "van" later "Van Wyk", full-stop form
        # ("A," X said. "B.") as two direct quotes, director in apposition with a partial inside
        # reported speech (full stop outside the marks)
        "Pieter van Wyk struck an unbeaten 148 as Eastmoor chased down 311 on the final day to "
        "beat Holbrook by six wickets at Castle Lane on Friday.\n\n"
        '"I just tried to bat time and let the runs come," Van Wyk said. "The pitch was still '
        'good, and once we got past lunch without losing a wicket, I felt we were favourites."\n\n'
        "The Dutch-born batter, who qualified for county cricket through his grandmother, has now "
        "scored four centuries this season. Eastmoor's director of cricket, Sanjay Raghunathan, "
        'said Van Wyk was "the best player of spin in the country at the moment".\n\n'
        "Holbrook's captain, Ewan McTavish, was left to rue a dropped catch at slip when Van Wyk "
        "had 23. The defeat leaves Holbrook bottom of the table with two rounds remaining. "
        "Eastmoor climb to third, and Van Wyk now has 1,112 first-class runs this season at an "
        "average of 74, the highest in the division. Holbrook host Ridley next week.",
        [
            (D, ["I just tried to bat time and let the runs come"], "Pieter van Wyk"),
            (
                D,
                [
                    "The pitch was still good, and once we got past lunch without losing a wicket, "
                    "I felt we were favourites."
                ],
                "Pieter van Wyk",
            ),
            (
                P,
                ["the best player of spin in the country at the moment"],
                "Sanjay Raghunathan",
            ),
        ],
    ),
    (  # 6 referees' decision: straight quotes, "has apologised to" (not annotated), officials'
        # board as speaker of a partial inside reported speech, Spanish double surname, "said
        # the apology was" then "he said"
        "The Professional Match Officials Board has apologised to Castleford Vale after the video "
        "assistant referee failed to recommend a penalty in their 1-0 defeat by Redmarsh on "
        "Sunday.\n\n"
        "In a statement on Monday, the board said the challenge by the Redmarsh defender Jonas "
        'Ekholm on the striker Marcus Bellamy-Price "met the threshold for a clear and obvious '
        'error" and should have led to an on-field review.\n\n'
        "Castleford Vale's manager, Luis Ortega Blanco, said the apology was of little use to his "
        "club. \"An apology doesn't give us the points back. We have lost three points and maybe "
        "our place in Europe because somebody in a room could not see what millions of people saw "
        'at home," he said.\n\n'
        "The referee, Daniel Prior, is expected to take charge of a second-tier match next "
        "weekend. Castleford Vale, who have not won in five league games, travel to Linwood on "
        "Saturday. Prior has refereed eleven top-flight matches this season and had not previously "
        "been involved in a major controversy.",
        [
            (
                P,
                ["met the threshold for a clear and obvious error"],
                "Professional Match Officials Board",
            ),
            (I, ["the apology was of little use to his club"], "Luis Ortega Blanco"),
            (
                D,
                [
                    "An apology doesn't give us the points back. We have lost three points and "
                    "maybe our place in Europe because somebody in a room could not see what "
                    "millions of people saw at home"
                ],
                "Luis Ortega Blanco",
            ),
        ],
    ),
    (  # 7 basketball: straight quotes, name with particle "al-" later "Al-Mansouri" after a
        # quote, head coach in apposition then a quote split by "she said," (one quote, two
        # pieces)
        "Khalid al-Mansouri scored 31 points as the Dunhaven Harriers beat the Calder Bay Mariners "
        "104-97 in overtime on Tuesday to level the semi-final series at 2-2.\n\n"
        "The Emirati guard missed the first two games of the series with a sprained ankle and "
        'played the opening minutes with his foot heavily strapped. "The medical staff did an '
        'incredible job. Three days ago I could barely walk," Al-Mansouri said.\n\n'
        "The Harriers' head coach, Rebecca Strand, praised her side's resilience after they "
        'trailed by eleven points with six minutes left in regulation. "We were down eleven in '
        'the fourth quarter and nobody panicked," she said, "and that tells you everything about '
        'this locker room."\n\n'
        "The Mariners were without their leading scorer, Jamal Whitfield, who sat out with a knee "
        "problem. Game five is on Thursday in Calder Bay, where the home side have won fourteen "
        "straight. Strand's side had lost the first two games of the series at home.",
        [
            (
                D,
                ["The medical staff did an incredible job. Three days ago I could barely walk"],
                "Khalid al-Mansouri",
            ),
            (
                D,
                [
                    "We were down eleven in the fourth quarter and nobody panicked",
                    "and that tells you everything about this locker room.",
                ],
                "Rebecca Strand",
            ),
        ],
    ),
    (  # 8 tennis: straight quotes, Colombian double name with "she told reporters", coach in
        # apposition with "said in a brief statement that", unnamed spectator ("said one
        # spectator" -> "spectator"), TV show title in quotes not speech
        "Ana Lucía Restrepo saved three match points before beating the second seed, Daria "
        "Volkova, 4-6, 7-6, 7-5 in a quarter-final lasting more than three hours at the "
        "Harbourside Open on Thursday night.\n\n"
        'The Colombian, ranked 58th in the world, had looked beaten. "At 5-2 down in the second '
        'set I was already thinking about my flight home," she told reporters.\n\n'
        "Volkova, who has now lost four of her last five matches, did not attend the post-match "
        "press conference. Her coach, Ilya Petrenko, said in a brief statement that she had been "
        "suffering from a stomach bug since Tuesday.\n\n"
        "The crowd, most of it behind the underdog, stayed until well after midnight. \"I've been "
        "coming here for twenty years and I've never heard noise like that,\" said one spectator, "
        "a retired teacher from Eastleigh.\n\n"
        'Restrepo will appear on the tournament\'s nightly show "Court Side" on Friday before her '
        "semi-final against the Canadian Élodie Marchand. Marchand has not dropped a set all week.",
        [
            (
                D,
                ["At 5-2 down in the second set I was already thinking about my flight home"],
                "Ana Lucía Restrepo",
            ),
            (
                I,
                ["she had been suffering from a stomach bug since Tuesday"],
                "Ilya Petrenko",
            ),
            (
                D,
                ["I've been coming here for twenty years and I've never heard noise like that"],
                "spectator",
            ),
        ],
    ),
    (  # 9 rugby federation governance: straight quotes, "Mr X said he took" with a partial,
        # "he said" after a two-sentence quote
        "The chairman of the Northern Rugby Federation, Graham Whitlock, has resigned with "
        "immediate effect after an independent review criticised the governing body's handling of "
        "complaints in its women's programme.\n\n"
        "The review, led by the barrister Adaeze Nwachukwu, was commissioned in March after three "
        "former players went public with their accounts. In a statement, Mr Whitlock said he took "
        '"full responsibility" for the failings that happened on his watch.\n\n'
        '"I have let down people who trusted this organisation. Stepping aside is the only '
        'honourable course," he said.\n\n'
        "The federation's interim chair, Priya Raman-Shaw, will oversee the appointment of a new "
        "safeguarding officer before Christmas. The federation will also publish the review in "
        "full next month, with the names of the complainants removed.\n\n"
        "Whitlock, a former international prop who won 31 caps, had led the federation since 2019. "
        "During his tenure the women's programme doubled in size, and the national team reached "
        "the semi-finals of the European championship for the first time in 2025.",
        [
            (P, ["full responsibility"], "Graham Whitlock"),
            (
                D,
                [
                    "I have let down people who trusted this organisation. Stepping aside is the "
                    "only honourable course"
                ],
                "Graham Whitlock",
            ),
        ],
    ),
    (  # 10 marathon withdrawal: straight quotes, indirect with the attribution after it
        # ("..., the race's organisers, X, announced"), quote over two paragraphs with "he
        # wrote" (one quote, two pieces), manager with particle "de" and "said ... would"
        "Yohannes Gebremedhin has pulled out of next month's Valmont Marathon after failing to "
        "recover from a foot injury, the race's organisers, Northgate Events, announced on "
        "Wednesday.\n\n"
        "The Ethiopian, who won the race in 2024 in a course record of 2:04:51, posted a long "
        "message to his supporters on social media.\n\n"
        '"I have tried everything over the past six weeks, but my body is telling me to stop. I '
        "would rather miss one race than miss a whole season.\n\n"
        '"I will be back in Valmont next year, and I will be stronger," he wrote.\n\n'
        "His manager, Joost de Graaf, said Gebremedhin would return to training in January. The "
        "men's race will now be led by Kenya's Daniel Kiprotich, second last year. Gebremedhin had "
        "also been due to lead a group of young Ethiopian runners who train with his club in Addis "
        "Ababa. The race, now in its 31st year, expects around 22,000 starters. Kiprotich has run "
        "2:05:37 this year, the fastest time in the field.",
        [
            (
                I,
                [
                    "Yohannes Gebremedhin has pulled out of next month's Valmont Marathon after "
                    "failing to recover from a foot injury"
                ],
                "Northgate Events",
            ),
            (
                D,
                [
                    "I have tried everything over the past six weeks, but my body is telling me to "
                    "stop. I would rather miss one race than miss a whole season.",
                    "I will be back in Valmont next year, and I will be stronger",
                ],
                "Yohannes Gebremedhin",
            ),
            (
                I,
                ["Gebremedhin would return to training in January"],
                "Joost de Graaf",
            ),
        ],
    ),
    (  # 11 golf: straight quotes, Korean name (family name first) with a partial after
        # "described ... as", later "Park said", tournament director in apposition with "said"
        'Park Ji-hoon described the greens at Blackwater Links as "borderline unplayable" after '
        "a third-round 74 left him five shots behind the leader, Sweden's Oskar Lindgren, going "
        "into the final day of the Northern Open.\n\n"
        "Gusts of up to 40mph swept the exposed links course on Saturday afternoon, and only four "
        "players in the field broke par. \"I've played in wind before, but when the ball won't "
        'stay still on the green, it stops being golf," Park said.\n\n'
        "The tournament director, Fiona MacLeod, said the greens had been cut and rolled according "
        "to the usual schedule. Lindgren, who carded a 69 despite a double bogey on the 17th, will "
        "play in the final group with the Australian Mitch Carver.\n\n"
        "Lindgren, 31, is chasing his first win on the tour since 2022. A victory would also lift "
        "him into the top 50 of the world rankings and secure his place at the first major of next "
        "season.",
        [
            (P, ["borderline unplayable"], "Park Ji-hoon"),
            (
                D,
                [
                    "I've played in wind before, but when the ball won't stay still on the green, "
                    "it stops being golf"
                ],
                "Park Ji-hoon",
            ),
            (
                I,
                ["the greens had been cut and rolled according to the usual schedule"],
                "Fiona MacLeod",
            ),
        ],
    ),
    (  # 12 motor racing: single curly quotes ‘ ’, Danish name in apposition, full-stop form
        # ("‘A,’ X said after the race. ‘B.’") as two direct quotes, "He later told reporters
        # that"
        "Meridian Racing's team principal, Henrik Sørensen, has defended his decision to order "
        "Luca Bertolini to let his team-mate through in the closing laps of the Grand Prix of "
        "Navarra on Sunday.\n\n"
        "‘It was not an easy call, but the championship is decided over twenty-three races, not "
        "one,’ Sørensen said after the race. ‘Luca understands that, even if he is not happy "
        "tonight.’\n\n"
        "Bertolini, who had led for 41 laps, made no attempt to hide his anger on the team radio. "
        "He later told reporters that he would speak to the team's owners before deciding on his "
        "future.\n\n"
        "The order handed the win to Kenta Hayashi, who moves to within six points of the "
        "championship leader with five races remaining. Hayashi, in his second season with "
        "Meridian, has won three races this year, one more than Bertolini. The next round takes "
        "place in two weeks at the Circuit of Alvarenga, where Bertolini won last season.",
        [
            (
                D,
                [
                    "It was not an easy call, but the championship is decided over twenty-three "
                    "races, not one"
                ],
                "Henrik Sørensen",
            ),
            (
                D,
                ["Luca understands that, even if he is not happy tonight."],
                "Henrik Sørensen",
            ),
            (
                I,
                ["he would speak to the team's owners before deciding on his future"],
                "Luca Bertolini",
            ),
        ],
    ),
    (  # 13 federation official: straight quotes, indirect with the attribution after it and
        # the speaker in apposition ("the federation's general secretary, X, announced"), then
        # surname after a two-sentence quote
        "The Football Association of Eastland will introduce a salary cap in its women's top "
        "division from the 2027-28 season, the federation's general secretary, Ngozi "
        "Okafor-Mensah, announced on Monday.\n\n"
        "Under the plan, clubs will be allowed to spend no more than 40 per cent of their turnover "
        'on player wages. "We have seen two clubs go into administration in three years. We '
        'cannot wait for a third," Okafor-Mensah said.\n\n'
        "Several club owners, who fear losing their best players to richer leagues abroad, have "
        "opposed the measure. The cap will be reviewed after two seasons, and clubs that break it "
        "will face points deductions.\n\n"
        "The women's top division has grown quickly since it turned fully professional in 2023, "
        "with average attendances rising from 1,900 to more than 4,500. Two clubs, Harlow Vale and "
        "Mersey Park, went into administration in 2024 and 2025, leaving their players unpaid for "
        "several months. The league's twelve clubs will vote on the final details in February.",
        [
            (
                I,
                [
                    "The Football Association of Eastland will introduce a salary cap in its "
                    "women's top division from the 2027-28 season"
                ],
                "Ngozi Okafor-Mensah",
            ),
            (
                D,
                [
                    "We have seen two clubs go into administration in three years. We cannot wait "
                    "for a third"
                ],
                "Ngozi Okafor-Mensah",
            ),
        ],
    ),
    (  # 14 swimming: straight quotes, "Officials said on Tuesday that" (-> "officials"),
        # slogan on T-shirts not speech, Irish name with "Ó" then "he said", unnamed coach with a
        # partial ("One coach ... said" -> "coach")
        "Officials said on Tuesday that the pool at the Glenmore Aquatic Centre would remain "
        "closed until at least Friday after a fault in its filtration system forced the "
        "postponement of the national short-course championships.\n\n"
        'More than 400 swimmers, some wearing T-shirts bearing the slogan "Fix Our Pools", had '
        "travelled to Glenmore for the meet, which also serves as a trial for next year's world "
        "championships.\n\n"
        "Swimming Eastland's performance director, Tomás Ó Briain, apologised to the athletes. "
        '"Nobody wanted this, least of all the swimmers who have tapered for weeks for this '
        'meet," he said.\n\n'
        "One coach, who asked not to be named, said the federation had known about problems with "
        'the pool "for months". The remaining events are expected to be held over the weekend. '
        "The Glenmore centre, opened in 1998, was already due to close for a full refurbishment in "
        "2028. Swimmers from 46 clubs had entered the championships, which Glenmore last hosted in "
        "2019.",
        [
            (
                I,
                [
                    "the pool at the Glenmore Aquatic Centre would remain closed until at least "
                    "Friday after a fault in its filtration system forced the postponement of the "
                    "national short-course championships"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Nobody wanted this, least of all the swimmers who have tapered for weeks for "
                    "this meet"
                ],
                "Tomás Ó Briain",
            ),
            (P, ["for months"], "coach"),
        ],
    ),
    (  # 15 boxing: straight quotes, "..., according to the promoter X." (the part before),
        # trainer in apposition then surname after the quote
        "The heavyweight title fight between Isaac Mwangi and Dmitri Orlov scheduled for December "
        "12 in Eastport has been postponed after Orlov injured his shoulder in sparring, according "
        "to the promoter Vince Dellacroce.\n\n"
        "The bout, which had been expected to fill the 18,000-seat Harbour Arena, is now "
        "provisionally set for March. Tickets already sold will remain valid for the new date.\n\n"
        "Mwangi's trainer, Elijah Banda, did not hide his frustration. \"We turned down two other "
        "fights to keep this date, and now we are told to wait three more months. My fighter is "
        'thirty-four. He does not have time to waste," Banda said.\n\n'
        "Orlov, the unbeaten Russian-born champion, has not fought for eleven months and has "
        "already pulled out of one defence this year with a hand injury. Mwangi, a Commonwealth "
        "Games silver medallist in 2014, has won 27 of his 28 professional fights, 22 of them "
        "inside the distance. The Harbour Arena has hosted four world title fights since it opened "
        "in 2019.",
        [
            (
                I,
                [
                    "The heavyweight title fight between Isaac Mwangi and Dmitri Orlov scheduled "
                    "for December 12 in Eastport has been postponed after Orlov injured his "
                    "shoulder in sparring"
                ],
                "Vince Dellacroce",
            ),
            (
                D,
                [
                    "We turned down two other fights to keep this date, and now we are told to "
                    "wait three more months. My fighter is thirty-four. He does not have time to "
                    "waste"
                ],
                "Elijah Banda",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout73.jsonl"),
        "heldout73",
        "h73",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
