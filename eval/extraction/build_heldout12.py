"""Source of the twelfth held-out set: writes heldout12.jsonl (split "heldout12").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like wire copy and regional press, not like a list of edge cases. Measured
once before and once after extractor 0.10.0 (docs/EXTRACTION.md); not read when this was
written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout12.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-21"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 Valais apricots, frost: apposition after the cue, "Elle a précisé", partial
        "Sion — Les arboriculteurs valaisans s'attendent à l'une des pires récoltes "
        "d'abricots de la décennie. Les gelées des 11 et 12 avril ont détruit jusqu'à 70 % "
        "des fleurs dans certains vergers du coteau, entre Saxon-Dessus et Charrat-les-Îles.\n\n"
        "«\u00a0Certains producteurs n'auront tout simplement rien à cueillir cet été\u00a0», "
        "a résumé jeudi la présidente de l'Interprofession des fruits et légumes du Valais, "
        "Corinne Zufferey-Bonvin, devant la presse réunie à Conthey. Elle a précisé que les "
        "pertes pourraient dépasser 25 millions de francs pour l'ensemble de la filière.\n\n"
        "Le conseiller d'État chargé de l'économie, Pascal Rey-Mermet, a promis un soutien "
        "cantonal «\u00a0rapide et ciblé\u00a0», sans en préciser le montant. Une enveloppe "
        "doit être soumise au Grand Conseil en juin.\n\n"
        "Les bougies antigel et les tours à vent, installées dans plusieurs vergers ces "
        "dernières années, n'ont pas suffi face à six heures de gel à moins quatre degrés.",
        [
            (
                D,
                ["Certains producteurs n'auront tout simplement rien à cueillir cet été"],
                "Corinne Zufferey-Bonvin",
            ),
            (
                I,
                [
                    "les pertes pourraient dépasser 25 millions de francs pour l'ensemble de "
                    "la filière"
                ],
                "Corinne Zufferey-Bonvin",
            ),
            (P, ["rapide et ciblé"], "Pascal Rey-Mermet"),
        ],
    ),
    (  # 2 Liège VAT fraud trial: partial in réquisitions; Me + colon quote, no spaces
        "Le tribunal correctionnel de Liège a condamné mercredi à quatre ans de prison ferme "
        "Fabrice Deltenre, 47 ans, considéré comme la cheville ouvrière d'un carrousel à la "
        "TVA portant sur la revente de téléphones portables. Le préjudice pour le Trésor belge "
        "est estimé à 9,3 millions d'euros.\n\n"
        "Lors de l'audience du mois dernier, le substitut du procureur du Roi, Thierry "
        "Lambotte, avait décrit «un système pensé dans ses moindres détails pour échapper au "
        "fisc». Il avait requis cinq ans.\n\n"
        "L'avocate du prévenu, Me Sophie Vandermeulen, ne cachait pas sa colère à la sortie "
        "de la salle: «Mon client a été un rouage, pas le cerveau. Les vrais organisateurs "
        "sont à Dubaï et personne ne les cherche.»\n\n"
        "Trois coprévenus ont écopé de peines allant de dix-huit mois avec sursis à trois ans. "
        "Le tribunal a également ordonné la confiscation de deux immeubles à Seraing.",
        [
            (
                P,
                ["un système pensé dans ses moindres détails pour échapper au fisc"],
                "Thierry Lambotte",
            ),
            (
                D,
                [
                    "Mon client a été un rouage, pas le cerveau. Les vrais organisateurs sont "
                    "à Dubaï et personne ne les cherche."
                ],
                "Sophie Vandermeulen",
            ),
        ],
    ),
    (  # 3 university women's hockey: "la joueuse", incise -t-il, selon + apposition
        "Les Harfangs de l'Université du Bas-Saint-Laurent ont remporté dimanche, à Rimouski, "
        "leur premier titre provincial de hockey féminin universitaire, en disposant des "
        "Faucons de Trois-Rivières-Ouest 3 à 2 en prolongation.\n\n"
        "C'est la défenseure Maude Pelletier qui a inscrit le but victorieux, à 4 min 12 s de "
        "la période supplémentaire. «\u202fJ'ai juste fermé les yeux et tiré. Je ne l'ai même "
        "pas vue entrer\u202f», a raconté en riant la joueuse de 21 ans, originaire de "
        "Matane.\n\n"
        "Derrière le banc, l'entraîneur-chef Sylvain Gagnon-Lavoie savourait. Il y a deux "
        "saisons, son équipe n'avait remporté que quatre matchs. «\u202fCes filles-là ont "
        "bâti quelque chose, a-t-il lancé. On ne parle plus d'un programme de "
        "développement.\u202f»\n\n"
        "Selon la directrice des sports de l'établissement, Nathalie Côté, le titre devrait "
        "aider au recrutement, notamment auprès des joueuses de l'Ontario et des Maritimes.",
        [
            (
                D,
                ["J'ai juste fermé les yeux et tiré. Je ne l'ai même pas vue entrer"],
                "Maude Pelletier",
            ),
            (
                D,
                [
                    "Ces filles-là ont bâti quelque chose",
                    "On ne parle plus d'un programme de développement.",
                ],
                "Sylvain Gagnon-Lavoie",
            ),
            (
                I,
                [
                    "le titre devrait aider au recrutement, notamment auprès des joueuses de "
                    "l'Ontario et des Maritimes"
                ],
                "Nathalie Côté",
            ),
        ],
    ),
    (  # 4 Réunion cyclone: "…, selon EDF Réunion", préfet indirect, unnamed-then-named resident
        "Saint-Denis (La Réunion) — Le cyclone Belna-Tia a balayé le sud de l'île dans la "
        "nuit de lundi à mardi, avec des rafales mesurées à 198 km/h à Saint-Joseph. Quelque "
        "38 000 foyers restaient privés d'électricité mardi soir, selon EDF Réunion.\n\n"
        "Le préfet, Laurent Mercadier, a indiqué qu'une personne était portée disparue à "
        "Saint-Philippe, où un homme a été emporté par une ravine en crue. Les recherches ont "
        "été suspendues à la tombée de la nuit.\n\n"
        "Dans le quartier de Vincendo, les habitants déblayaient les tôles arrachées. « On a "
        "passé la nuit dans la salle de bains avec les enfants, le toit s'envolait morceau par "
        "morceau », raconte une habitante, Marie-Josée Payet, 63 ans.\n\n"
        "La vigilance rouge a été maintenue sur quatre communes. Les écoles resteront fermées "
        "jeudi.",
        [
            (
                I,
                ["Quelque 38 000 foyers restaient privés d'électricité mardi soir"],
                "EDF Réunion",
            ),
            (
                I,
                [
                    "une personne était portée disparue à Saint-Philippe, où un homme a été "
                    "emporté par une ravine en crue"
                ],
                "Laurent Mercadier",
            ),
            (
                D,
                [
                    "On a passé la nuit dans la salle de bains avec les enfants, le toit "
                    "s'envolait morceau par morceau"
                ],
                "Marie-Josée Payet",
            ),
        ],
    ),
    (  # 5 New Brunswick school closure: woman then man, -t-elle, "l'a accusée d'avoir « … »"
        "Le District scolaire francophone du Nord-Est envisage de fermer l'école "
        "Sainte-Thérèse de Pokemouche-Ouest, qui ne compte plus que 46 élèves de la maternelle "
        "à la 8e année. Une consultation publique a réuni plus de 200 personnes mardi soir au "
        "centre communautaire.\n\n"
        "La directrice générale du district, Lise Arsenault, a fait valoir que le bâtiment "
        "nécessitait 3,2 millions de dollars de travaux, dont le remplacement complet de la "
        "toiture et du système de chauffage. « On ne ferme pas une école de gaieté de cœur. "
        "Mais on doit regarder les chiffres en face », a-t-elle plaidé.\n\n"
        "Le président du comité parental d'appui à l'école, Marc-André Doiron, l'a accusée "
        "d'avoir « déjà pris sa décision ». En cas de fermeture, les élèves devraient faire "
        "jusqu'à 50 minutes d'autobus matin et soir pour rejoindre Tracadie-Sud.\n\n"
        "La décision finale reviendra au conseil d'éducation, qui se prononcera en février.",
        [
            (
                I,
                [
                    "le bâtiment nécessitait 3,2 millions de dollars de travaux, dont le "
                    "remplacement complet de la toiture et du système de chauffage"
                ],
                "Lise Arsenault",
            ),
            (
                D,
                [
                    "On ne ferme pas une école de gaieté de cœur. Mais on doit regarder les "
                    "chiffres en face"
                ],
                "Lise Arsenault",
            ),
            (P, ["déjà pris sa décision"], "Marc-André Doiron"),
        ],
    ),
    (  # 6 Geneva exoplanet: incise after first sentence, quote over two paragraphs; Pr
        "Une équipe internationale pilotée par l'Université de Genève a détecté de la vapeur "
        "d'eau dans l'atmosphère d'une exoplanète tempérée située à 112 années-lumière, "
        "baptisée TOI-5871 b. Les résultats sont publiés cette semaine dans une revue "
        "spécialisée.\n\n"
        "« C'est la première fois qu'on observe aussi nettement de l'eau sur une planète de "
        "cette taille qui ne soit pas une géante brûlante, explique l'astrophysicienne Hélène "
        "Marquis-Dufour, première autrice de l'étude. Sa température d'équilibre avoisine les "
        "40 degrés.\n\n"
        "« Attention, cela ne veut pas dire qu'elle est habitable. Nous ne savons encore rien "
        "de sa surface. »\n\n"
        "Le Pr Stéphane Oberson, qui dirige le département d'astronomie, a souligné que les "
        "observations avaient nécessité 64 heures de temps d'un télescope spatial, un record "
        "pour l'équipe genevoise.",
        [
            (
                D,
                [
                    "C'est la première fois qu'on observe aussi nettement de l'eau sur une "
                    "planète de cette taille qui ne soit pas une géante brûlante",
                    "Sa température d'équilibre avoisine les 40 degrés.",
                    "Attention, cela ne veut pas dire qu'elle est habitable. Nous ne savons "
                    "encore rien de sa surface.",
                ],
                "Hélène Marquis-Dufour",
            ),
            (
                I,
                [
                    "les observations avaient nécessité 64 heures de temps d'un télescope "
                    "spatial, un record pour l'équipe genevoise"
                ],
                "Stéphane Oberson",
            ),
        ],
    ),
    (  # 7 Ivorian cocoa plant: speaker after cue with "son directeur général"; federation
        "Abidjan — Le groupe ivoirien Sotrabo-Cacao va investir 48 milliards de francs CFA "
        "dans une nouvelle usine de broyage à San-Pédro, qui devrait transformer 120 000 "
        "tonnes de fèves par an à partir de 2028.\n\n"
        "« Trop longtemps, nous avons exporté nos fèves brutes et racheté le chocolat au prix "
        "fort. Cette usine, c'est de la valeur ajoutée qui reste en Côte d'Ivoire », a affirmé "
        "son directeur général, Ibrahim Koné-Diabaté, lors de la pose de la première pierre, "
        "samedi. Le site doit créer 650 emplois directs.\n\n"
        "Les coopératives de la région restent prudentes. La Fédération des coopératives "
        "cacaoyères du Bas-Sassandra a fait savoir qu'elle attendait des engagements écrits "
        "sur les prix d'achat aux producteurs.\n\n"
        "La ministre du Commerce, Awa Sangaré-Traoré, a salué « un signal fort envoyé aux "
        "investisseurs ».",
        [
            (
                D,
                [
                    "Trop longtemps, nous avons exporté nos fèves brutes et racheté le chocolat "
                    "au prix fort. Cette usine, c'est de la valeur ajoutée qui reste en Côte "
                    "d'Ivoire"
                ],
                "Ibrahim Koné-Diabaté",
            ),
            (
                I,
                ["elle attendait des engagements écrits sur les prix d'achat aux producteurs"],
                "Fédération des coopératives cacaoyères du Bas-Sassandra",
            ),
            (P, ["un signal fort envoyé aux investisseurs"], "Awa Sangaré-Traoré"),
        ],
    ),
    (  # 8 obituary, Breton accordion maker: daughter; his own words from 2019 ("il confiait")
        "Le luthier et accordéoniste Yves-Marie Le Goff est mort dimanche à Quimperlé, à l'âge "
        "de 87 ans. Dans son atelier de la rue Savary, il avait fabriqué ou restauré plus de "
        "3 000 accordéons diatoniques, instruments prisés des sonneurs de fest-noz de toute la "
        "Bretagne.\n\n"
        "«\u00a0Il ne savait pas lire une partition, mais il entendait une anche fausse à dix "
        "mètres\u00a0», se souvient sa fille, Annaïg Le Goff, qui a repris l'atelier en "
        "2015.\n\n"
        "Fils de paysans de Clohars-Lanvénec, il avait appris le métier seul, en démontant les "
        "instruments de son oncle. En 2019, il confiait à notre journal\u00a0: «\u00a0Un "
        "accordéon, c'est comme un cheval. Il faut le comprendre avant de le dresser.\u00a0»"
        "\n\n"
        "Les obsèques seront célébrées jeudi à l'église Sainte-Croix.",
        [
            (
                D,
                [
                    "Il ne savait pas lire une partition, mais il entendait une anche fausse à "
                    "dix mètres"
                ],
                "Annaïg Le Goff",
            ),
            (
                D,
                ["Un accordéon, c'est comme un cheval. Il faut le comprendre avant de le dresser."],
                "Yves-Marie Le Goff",
            ),
        ],
    ),
    (  # 9 avalanche in Savoie: capitaine, indirect then "a-t-il insisté"
        "Deux skieurs de randonnée ont été tués jeudi par une avalanche dans le massif de la "
        "Lauzière, en Savoie, au-dessus du hameau des Granges-Bruyères. Un troisième membre du "
        "groupe, légèrement blessé, a pu donner l'alerte vers 11 h 30. Les victimes, deux "
        "hommes de 34 et 41 ans originaires de la région lyonnaise, progressaient dans une "
        "pente exposée au nord-est.\n\n"
        "Le commandant du peloton de gendarmerie de haute montagne de Modane, le capitaine "
        "Romain Ferrand, a rappelé que les chutes de neige de la semaine avaient formé des "
        "plaques fragiles sur les versants à l'ombre. « Ce sont des conditions piégeuses, même "
        "pour des pratiquants expérimentés. Le manteau paraît stable et il cède d'un coup », "
        "a-t-il insisté.\n\n"
        "Le risque d'avalanche était de niveau 3 sur une échelle de 5. Depuis le début de la "
        "saison, onze personnes ont perdu la vie dans des avalanches dans les Alpes "
        "françaises.",
        [
            (
                I,
                [
                    "les chutes de neige de la semaine avaient formé des plaques fragiles sur "
                    "les versants à l'ombre"
                ],
                "Romain Ferrand",
            ),
            (
                D,
                [
                    "Ce sont des conditions piégeuses, même pour des pratiquants expérimentés. "
                    "Le manteau paraît stable et il cède d'un coup"
                ],
                "Romain Ferrand",
            ),
        ],
    ),
    (  # 10 Walloon commune council: bourgmestre tranche; "a dénoncé « … »"; "ce dernier"
        "Le conseil communal de Beaufays-sur-Ourthe a voté lundi soir, par 13 voix contre 8, "
        "la vente du terrain de football désaffecté de la rue des Combattants à un promoteur, "
        "qui prévoit d'y construire 42 logements.\n\n"
        "Le bourgmestre, Olivier Dethier (MR), a défendu un projet destiné à enrayer le départ "
        "des jeunes ménages vers Liège. « Nous n'avons plus un seul terrain à bâtir disponible. "
        "Soit on construit, soit on vieillit », a-t-il tranché.\n\n"
        "L'échevine de l'Environnement, Catherine Lejeune-Halleux, pourtant membre de la "
        "majorité, s'est abstenue. Dans l'opposition, le chef de groupe Ecolo, Benoît Masson, "
        "a dénoncé « une opération immobilière déguisée en politique du logement ».\n\n"
        "Un recours devant le Conseil d'État n'est pas exclu, a prévenu ce dernier.",
        [
            (
                D,
                [
                    "Nous n'avons plus un seul terrain à bâtir disponible. Soit on construit, "
                    "soit on vieillit"
                ],
                "Olivier Dethier",
            ),
            (P, ["une opération immobilière déguisée en politique du logement"], "Benoît Masson"),
            (I, ["Un recours devant le Conseil d'État n'est pas exclu"], "Benoît Masson"),
        ],
    ),
    (  # 11 film festival, Bobo-Dioulasso: “ ” marks; dedication partial; jury president
        "Bobo-Dioulasso (Burkina Faso) — La réalisatrice sénégalaise Aminata Ndiaye-Fall a "
        "remporté samedi soir le Grand Prix du Festival des cinémas d'Afrique de l'Ouest pour "
        "son long métrage Les Filles du fleuve, tourné dans la région de Podor avec des "
        "actrices non professionnelles.\n\n"
        "Très émue, elle a dédié son prix “aux femmes qui attendent encore que le fleuve leur "
        "rende leurs maris”. Le film suit trois épouses de pêcheurs disparus en mer.\n\n"
        "Le président du jury, le cinéaste camerounais Paul-Henri Ekotto, a salué une œuvre "
        "d'une grande pudeur. “Elle filme le silence mieux que n'importe qui. On sort de la "
        "salle en ayant l'impression d'avoir vécu là-bas”, a-t-il ajouté.\n\n"
        "Faute de financement, la réalisatrice a confié avoir mis six ans à boucler le "
        "tournage.",
        [
            (
                P,
                ["aux femmes qui attendent encore que le fleuve leur rende leurs maris"],
                "Aminata Ndiaye-Fall",
            ),
            (
                D,
                [
                    "Elle filme le silence mieux que n'importe qui. On sort de la salle en "
                    "ayant l'impression d'avoir vécu là-bas"
                ],
                "Paul-Henri Ekotto",
            ),
            (I, ["avoir mis six ans à boucler le tournage"], "Aminata Ndiaye-Fall"),
        ],
    ),
    (  # 12 Gaspésie antibiotic shortage: speaker after verb "déplore"; la ministre déléguée
        "Les pharmacies de la Gaspésie peinent depuis trois semaines à s'approvisionner en "
        "amoxicilline pour enfants, l'antibiotique le plus prescrit contre les otites et les "
        "angines.\n\n"
        "«\u00a0On appelle les parents un par un pour leur proposer une autre molécule ou une "
        "autre forme. Certains jours, je passe plus de temps au téléphone qu'au "
        "comptoir\u00a0», déplore Geneviève Lapointe, pharmacienne propriétaire à "
        "Sainte-Anne-des-Monts-Est.\n\n"
        "L'Ordre des pharmaciens a autorisé ses membres à substituer temporairement certaines "
        "formulations sans nouvelle ordonnance. Le fabricant n'a pas donné suite à nos "
        "demandes.\n\n"
        "Interrogée à l'Assemblée nationale, la ministre déléguée à la Santé, Josée "
        "Bérubé-Landry, a assuré que la situation devrait se rétablir d'ici la mi-décembre.",
        [
            (
                D,
                [
                    "On appelle les parents un par un pour leur proposer une autre molécule ou "
                    "une autre forme. Certains jours, je passe plus de temps au téléphone "
                    "qu'au comptoir"
                ],
                "Geneviève Lapointe",
            ),
            (
                I,
                ["la situation devrait se rétablir d'ici la mi-décembre"],
                "Josée Bérubé-Landry",
            ),
        ],
    ),
    (  # 13 Polynesian pilots' strike notice: company indirect; union president; minister partial
        "Papeete — Les pilotes d'Air Moana ont déposé un préavis de grève à partir du 3 "
        "décembre, en pleine saison des fêtes, menaçant les liaisons vers une quarantaine "
        "d'îles de Polynésie française. Ils réclament une revalorisation des primes de "
        "découcher.\n\n"
        "Air Moana a assuré que les négociations restaient ouvertes. Les pilotes, eux, "
        "décrivent des plannings intenables depuis l'ouverture de la ligne vers les Marquises. "
        "« Certains collègues enchaînent six rotations par jour sur des pistes courtes. La "
        "sécurité finit par en pâtir », avertit le président du Syndicat des pilotes de ligne "
        "de Polynésie, le commandant Teiva Maraetefau.\n\n"
        "Le ministre des Transports du Pays, Heimana Tetuanui, a pour sa part appelé les deux "
        "parties à « trouver un terrain d'entente avant Noël ».",
        [
            (I, ["les négociations restaient ouvertes"], "Air Moana"),
            (
                D,
                [
                    "Certains collègues enchaînent six rotations par jour sur des pistes "
                    "courtes. La sécurité finit par en pâtir"
                ],
                "Teiva Maraetefau",
            ),
            (P, ["trouver un terrain d'entente avant Noël"], "Heimana Tetuanui"),
        ],
    ),
    (  # 14 feature, Vosges farrier: "sourit-il"; dialogue-dash line by the woman introduced
        "Au Ménil-sous-Ballon, dans les Vosges, le marteau de Bernard Colin résonne encore "
        "chaque matin à 7 heures. À 74 ans, le dernier maréchal-ferrant de la vallée ferre "
        "toujours une dizaine de chevaux par semaine, surtout des chevaux de trait utilisés "
        "pour le débardage en forêt.\n\n"
        "Le métier, il l'a appris à 14 ans auprès de son père. « À l'époque, il y avait une "
        "forge dans chaque village. Aujourd'hui, les jeunes viennent de Nancy pour me regarder "
        "travailler comme si j'étais au musée », sourit-il en attisant le charbon.\n\n"
        "Ce matin-là, Léa Humbert, débardeuse installée depuis trois ans dans la vallée, lui "
        "amène Quartz, un ardennais de 900 kilos. Elle a cherché un autre maréchal-ferrant "
        "pendant des mois, en vain.\n\n"
        "— Quand Bernard arrêtera, je ne sais pas ce qu'on fera. Il faudra aller jusqu'en "
        "Alsace.\n\n"
        "L'intéressé hausse les épaules et retourne à son enclume.",
        [
            (
                D,
                [
                    "À l'époque, il y avait une forge dans chaque village. Aujourd'hui, les "
                    "jeunes viennent de Nancy pour me regarder travailler comme si j'étais au "
                    "musée"
                ],
                "Bernard Colin",
            ),
            (
                D,
                [
                    "Quand Bernard arrêtera, je ne sais pas ce qu'on fera. Il faudra aller "
                    "jusqu'en Alsace."
                ],
                "Léa Humbert",
            ),
        ],
    ),
    (  # 15 Swiss Federal Tribunal, wolf cull: court as speaker ("la haute cour"); NGO partial
        "Lausanne — Le Tribunal fédéral a donné raison aux organisations de protection de la "
        "nature contre le canton des Grisons, qui avait autorisé l'été dernier l'abattage de "
        "six loups de la meute du Piz Varuna.\n\n"
        "Dans son arrêt publié vendredi, la haute cour a estimé que le canton n'avait pas "
        "démontré que les attaques contre les troupeaux ne pouvaient être évitées par des "
        "mesures de protection raisonnables. Le dossier est renvoyé à l'administration "
        "cantonale.\n\n"
        "L'association Pro Lupo Suisse a salué une décision qui «\u202frappelle que le loup "
        "reste une espèce protégée\u202f». Du côté des éleveurs, la colère domine. «\u202fCes "
        "juges n'ont jamais vu une brebis éventrée. Qu'ils viennent passer une nuit à "
        "l'alpage\u202f», s'emporte Gian-Reto Caduff, berger à Sumvitg-Dadora, qui a perdu 27 "
        "bêtes en deux ans.",
        [
            (
                I,
                [
                    "le canton n'avait pas démontré que les attaques contre les troupeaux ne "
                    "pouvaient être évitées par des mesures de protection raisonnables"
                ],
                "Tribunal fédéral",
            ),
            (P, ["rappelle que le loup reste une espèce protégée"], "Pro Lupo Suisse"),
            (
                D,
                [
                    "Ces juges n'ont jamais vu une brebis éventrée. Qu'ils viennent passer une "
                    "nuit à l'alpage"
                ],
                "Gian-Reto Caduff",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Cumbrian parking charges: Cllr indirect, "called the decision", "was more blunt."
        "Shoppers in Kirkby Holme will pay to park in the town centre for the first time from "
        "April after Westfell District Council approved new charges on Thursday night.\n\n"
        "Drivers will pay £1.20 an hour in the Market Street and Station Yard car parks, which "
        "have been free since they opened in 1978.\n\n"
        "Cllr Janet Oduya, the council's cabinet member for transport, said the charges would "
        "raise around £180,000 a year to maintain roads and car parks across the district.\n\n"
        "Independent councillor Robin Tattersall, who represents the town, called the decision "
        '"a slow death sentence for the high street".\n\n'
        "Maureen Pick, who has run a wool shop on Market Street for 31 years, was more blunt. "
        "\"Half my customers are pensioners. They'll go to the retail park at Thornleigh "
        "instead, where it's free.\"",
        [
            (
                I,
                [
                    "the charges would raise around £180,000 a year to maintain roads and car "
                    "parks across the district"
                ],
                "Janet Oduya",
            ),
            (P, ["a slow death sentence for the high street"], "Robin Tattersall"),
            (
                D,
                [
                    "Half my customers are pensioners. They'll go to the retail park at "
                    "Thornleigh instead, where it's free."
                ],
                "Maureen Pick",
            ),
        ],
    ),
    (  # 2 country women's cricket: "the 19-year-old said"; coach indirect; captain incise
        "The Wimmera Bluebirds have won their first Country Victoria women's cricket title, "
        "chasing down 187 with three balls to spare against Gippsland East at Horsham North "
        "Oval on Sunday.\n\n"
        "Opener Ella Whitford anchored the chase with an unbeaten 94, her highest score in "
        "senior cricket. \"I honestly didn't know the score for the last five overs. I just "
        'kept telling myself to watch the ball," the 19-year-old said.\n\n'
        "Coach Darren Moyes said the side had been written off after losing its first three "
        "matches of the season. The coach, a former state fast bowler, credited his captain, "
        "Tahlia Rennick, for holding the group together.\n\n"
        '"We had some honest conversations in November," Rennick said, "and since then '
        "nobody's dropped a catch that mattered.\"\n\n"
        "Whitford will join the state squad's development camp in Melbourne next month.",
        [
            (
                D,
                [
                    "I honestly didn't know the score for the last five overs. I just kept "
                    "telling myself to watch the ball"
                ],
                "Ella Whitford",
            ),
            (
                I,
                [
                    "the side had been written off after losing its first three matches of the "
                    "season"
                ],
                "Darren Moyes",
            ),
            (
                D,
                [
                    "We had some honest conversations in November",
                    "and since then nobody's dropped a catch that mattered.",
                ],
                "Tahlia Rennick",
            ),
        ],
    ),
    (  # 3 Montana water theft sentencing: "described the scheme as"; "told the court"
        "BRIDGER FORKS, Mont. — An Absaroka County rancher was sentenced Tuesday to 90 days in "
        "jail and ordered to pay $212,000 in restitution for illegally diverting water from "
        "Sweetgrass Creek during last summer's drought, leaving downstream neighbors with dry "
        "fields.\n\n"
        "Dale Everett Kinney, 61, pleaded guilty in September to three counts of water theft. "
        "He had installed a buried pipe and a hidden headgate that drew water long after state "
        "officials ordered irrigation to stop.\n\n"
        'Deputy County Attorney Rachel Lindqvist described the scheme as "calculated, not '
        'desperate" and asked for six months.\n\n'
        "Kinney's attorney, Mark Severson, asked for probation. \"He made a terrible decision "
        'in a terrible summer. He is not a criminal mastermind," Severson told the court.\n\n'
        "District Judge Anne Holloway also barred Kinney from holding a water commissioner "
        "post for five years.",
        [
            (P, ["calculated, not desperate"], "Rachel Lindqvist"),
            (
                D,
                [
                    "He made a terrible decision in a terrible summer. He is not a criminal "
                    "mastermind"
                ],
                "Mark Severson",
            ),
        ],
    ),
    (  # 4 NZ glaciers: "…, researchers reported"; Dr, quote over two paragraphs; Professor
        "Glaciers in New Zealand's Southern Alps have lost nearly a fifth of their remaining "
        "ice in just ten years, researchers at Te Waipounamu University reported on "
        "Wednesday.\n\n"
        "The team, led by glaciologist Dr Miriama Tane, combined annual aerial photographs of "
        "more than 400 glaciers with satellite measurements of surface height.\n\n"
        'Dr Tane did not mince her words. "We expected bad news, but not this bad. Some of the '
        "smaller glaciers we've been flying over since the 1980s are simply gone.\n\n"
        '"What worries me most is the speed. The losses in the last three summers alone were '
        'greater than in the whole of the 1990s."\n\n'
        "Professor Hamish Calder, a climate scientist at Lincoln Bay University who was not "
        "involved in the study, said the results matched what mountain guides and farmers had "
        "been seeing on the ground for years.",
        [
            (
                I,
                [
                    "Glaciers in New Zealand's Southern Alps have lost nearly a fifth of their "
                    "remaining ice in just ten years"
                ],
                "researchers",
            ),
            (
                D,
                [
                    "We expected bad news, but not this bad. Some of the smaller glaciers "
                    "we've been flying over since the 1980s are simply gone.",
                    "What worries me most is the speed. The losses in the last three summers "
                    "alone were greater than in the whole of the 1990s.",
                ],
                "Miriama Tane",
            ),
            (
                I,
                [
                    "the results matched what mountain guides and farmers had been seeing on "
                    "the ground for years"
                ],
                "Hamish Calder",
            ),
        ],
    ),
    (  # 5 Speyside distillery sale: chief executive "she said"; buyer's statement partial
        "Glenvarrick Distillery, one of the last family-owned whisky makers in Speyside, is to "
        "be sold to the French drinks group Maison Dorval-Lacroix in a deal worth about £140 "
        "million.\n\n"
        "Chief executive Fiona MacRath, whose great-grandfather founded the distillery in 1891, "
        "spoke to staff on Monday morning before the sale was made public.\n\n"
        '"We need investment that a family business can no longer provide on its own. They '
        "have promised that the whisky will still be made here, by the same people, in the "
        'same way," she said.\n\n'
        'In a statement, the French group said it was "deeply committed" to Speyside. The '
        "distillery employs 84 people and produces around two million litres of spirit a year.",
        [
            (
                D,
                [
                    "We need investment that a family business can no longer provide on its "
                    "own. They have promised that the whisky will still be made here, by the "
                    "same people, in the same way"
                ],
                "Fiona MacRath",
            ),
            (P, ["deeply committed"], "Maison Dorval-Lacroix"),
        ],
    ),
    (  # 6 obituary, Welsh choir conductor: son partial; former secretary "he recalled"
        "Gwilym Pryce-Davies, who conducted the Cwm Aderyn Male Voice Choir for 41 years and "
        "led it to three National Eisteddfod titles, has died at the age of 89.\n\n"
        "Born in a mining terrace in the valley in 1937, he worked underground at the Tŷ Gwyn "
        "colliery before training as a music teacher in Cardiff. He took over the choir in "
        "1972, when it had fewer than twenty members, and left it with more than ninety.\n\n"
        'His son, Rhodri Pryce-Davies, said his father had remained "fiercely proud" of the '
        "choir until the end.\n\n"
        "Former choir secretary Elwyn Harries remembered a demanding but generous conductor. "
        '"He would stop us twenty times on one bar until it was right, and then buy the whole '
        'bass section a pint," he recalled.\n\n'
        "The choir will sing at his funeral at Bethel Chapel on Friday.",
        [
            (P, ["fiercely proud"], "Rhodri Pryce-Davies"),
            (
                D,
                [
                    "He would stop us twenty times on one bar until it was right, and then buy "
                    "the whole bass section a pint"
                ],
                "Elwyn Harries",
            ),
        ],
    ),
    (  # 7 Iowa grain bin rescue: "…, the Sheriff's Office said"; Fire Chief after the quote
        "HARLAN SPRINGS, Iowa — A 17-year-old farmhand was pulled alive from a grain bin "
        "Saturday after being trapped up to his chest in shelled corn for nearly four hours, "
        "the Calder County Sheriff's Office said.\n\n"
        "Firefighters from four volunteer departments built a retaining wall around the teen "
        "with metal panels before cutting holes in the side of the bin to drain the grain.\n\n"
        '"Every minute he was in there, the corn was squeezing him a little harder. He stayed '
        "calm, and honestly that's what saved him,\" Fire Chief Lonnie Brandt said.\n\n"
        "The teen, whose name was not released, was flown to a hospital in Des Moines. His "
        "condition was not immediately known.",
        [
            (
                I,
                [
                    "A 17-year-old farmhand was pulled alive from a grain bin Saturday after "
                    "being trapped up to his chest in shelled corn for nearly four hours"
                ],
                "Calder County Sheriff's Office",
            ),
            (
                D,
                [
                    "Every minute he was in there, the corn was squeezing him a little harder. "
                    "He stayed calm, and honestly that's what saved him"
                ],
                "Lonnie Brandt",
            ),
        ],
    ),
    (  # 8 Cornwall ambulance waits: "officials said" at the end; Ms + chief executive
        "Patients in west Cornwall waited an average of 94 minutes for an ambulance after a "
        "suspected stroke or heart attack in October, more than five times the national "
        "target, figures published on Thursday show.\n\n"
        "Crews have been spending hours queued outside Penhallow General Hospital in Truro "
        "waiting to hand patients over. On one evening last month, 23 ambulances were lined "
        "up outside the emergency department, officials said.\n\n"
        "Andrea Kellow, chief executive of the hospital trust, told a board meeting that a new "
        '40-bed discharge unit would open in January. "We know what the queues mean for '
        'people waiting at home. We are not hiding from it," Ms Kellow said.',
        [
            (
                I,
                [
                    "On one evening last month, 23 ambulances were lined up outside the "
                    "emergency department"
                ],
                "officials",
            ),
            (
                I,
                ["a new 40-bed discharge unit would open in January"],
                "Andrea Kellow",
            ),
            (
                D,
                [
                    "We know what the queues mean for people waiting at home. We are not "
                    "hiding from it"
                ],
                "Andrea Kellow",
            ),
        ],
    ),
    (  # 9 Melbourne gallery repatriation: elder "told the crowd"; director partial + indirect
        "A Melbourne gallery has handed back 14 carved shields and message sticks to "
        "Traditional Owners from the Goulburn Valley, more than a century after they were sold "
        "to a private collector by a missionary.\n\n"
        "The objects were returned at a ceremony at Kinross Bend on Saturday, attended by about "
        "300 people.\n\n"
        '"These shields were made by our great-great-grandfathers. They were never meant to '
        'sit behind glass in the city," Aunty Doreen Marsh, a senior elder, told the '
        "crowd.\n\n"
        'The gallery\'s director, Simon Ashgrove, described the return as "long overdue" and '
        "said the institution was reviewing the origins of another 600 items in its "
        "collection.",
        [
            (
                D,
                [
                    "These shields were made by our great-great-grandfathers. They were never "
                    "meant to sit behind glass in the city"
                ],
                "Doreen Marsh",
            ),
            (P, ["long overdue"], "Simon Ashgrove"),
            (
                I,
                [
                    "the institution was reviewing the origins of another 600 items in its collection"
                ],
                "Simon Ashgrove",
            ),
        ],
    ),
    (  # 10 Oregon four-day week: superintendent (she) then union president (he), incise
        "The Juniper Flat School District in eastern Oregon will move to a four-day school "
        "week next fall after the school board voted 4-1 on Monday night.\n\n"
        "Superintendent Karen Oyelaran said the change was the district's best chance of "
        "keeping teachers, after losing 11 of its 58 classroom staff last year to larger "
        "districts.\n\n"
        '"We can\'t compete on salary. We can compete on quality of life," she told the '
        "board.\n\n"
        "Travis Holm, president of the Juniper Flat Education Association, is not convinced. "
        '"A six-year-old at 4:15 in the afternoon is not learning anything," he said, "no '
        'matter how good the teacher is."\n\n'
        "Fridays will be used for tutoring and for a free meal program run by volunteers.",
        [
            (
                I,
                [
                    "the change was the district's best chance of keeping teachers, after "
                    "losing 11 of its 58 classroom staff last year to larger districts"
                ],
                "Karen Oyelaran",
            ),
            (
                D,
                ["We can't compete on salary. We can compete on quality of life"],
                "Karen Oyelaran",
            ),
            (
                D,
                [
                    "A six-year-old at 4:15 in the afternoon is not learning anything",
                    "no matter how good the teacher is.",
                ],
                "Travis Holm",
            ),
        ],
    ),
    (  # 11 Irish rail reopening: minister partial inside reported speech + "predicted that"
        "Passenger trains will run between Ballinacross and Drumkeel for the first time in 63 "
        "years from next September, after the Government approved €96 million to reopen the "
        "38km line.\n\n"
        'Minister for Transport Siobhán Cleary-Walsh said the line would be "a spine for the '
        'whole region" and predicted that it would carry 600,000 passengers a year by '
        "2030.\n\n"
        "Local TD Pádraig Mulcahy, who has campaigned for the reopening for two decades, was "
        'emotional. "My grandfather took the last train out of Drumkeel in 1963 to go to '
        "England. I'd like to be on the first one back,\" he said.",
        [
            (P, ["a spine for the whole region"], "Siobhán Cleary-Walsh"),
            (
                I,
                ["it would carry 600,000 passengers a year by 2030"],
                "Siobhán Cleary-Walsh",
            ),
            (
                D,
                [
                    "My grandfather took the last train out of Drumkeel in 1963 to go to "
                    "England. I'd like to be on the first one back"
                ],
                "Pádraig Mulcahy",
            ),
        ],
    ),
    (  # 12 Nova Scotia wharf buy-back: mayor after quote; deputy mayor indirect + "called"
        "PORT ELLISTON, N.S. — Town council has voted to spend $2.4 million buying back the "
        "government wharf it handed to a private operator in 2009, after years of complaints "
        "from fishers about broken bollards and a crumbling deck.\n\n"
        '"The wharf is the reason this town exists. We should never have let it go," Mayor '
        "Linda Boudreau-Chiasson said after Tuesday's 5-2 vote.\n\n"
        "Deputy mayor Kevin Rafuse, who voted against the purchase, said he supported the idea "
        "but worried about repair costs that engineers have put at another $6 million. He "
        'called the price "a leap in the dark".',
        [
            (
                D,
                ["The wharf is the reason this town exists. We should never have let it go"],
                "Linda Boudreau-Chiasson",
            ),
            (
                I,
                [
                    "he supported the idea but worried about repair costs that engineers have "
                    "put at another $6 million"
                ],
                "Kevin Rafuse",
            ),
            (P, ["a leap in the dark"], "Kevin Rafuse"),
        ],
    ),
    (  # 13 feature, Tasmanian leatherwood honey: "she says" incise in present tense
        "Every December, when the leatherwood trees flower in Tasmania's south-west, "
        "Bernadette Quill loads 300 hives onto a truck and drives them up a gravel road into "
        "the rainforest.\n\n"
        '"It\'s the only honey in the world that tastes like this," she says, prising open a '
        'hive lid, "because the tree only grows here."\n\n'
        "Her family has kept bees in the valley since 1921. Bushfires in 2019 destroyed about "
        "a third of the leatherwood on her usual sites.\n\n"
        "Tasmanian Apiarists' Guild president Graham Lusk said access to old-growth forest had "
        "become the industry's biggest worry, ahead of disease and prices.",
        [
            (
                D,
                [
                    "It's the only honey in the world that tastes like this",
                    "because the tree only grows here.",
                ],
                "Bernadette Quill",
            ),
            (
                I,
                [
                    "access to old-growth forest had become the industry's biggest worry, "
                    "ahead of disease and prices"
                ],
                "Graham Lusk",
            ),
        ],
    ),
    (  # 14 non-league manager sacked: partial then direct; "A spokesman for" the club
        "Hexley Town have parted company with manager Gary Pilling after a run of nine league "
        "games without a win left the club bottom of the Northern Counties Premier "
        "Division.\n\n"
        "Pilling, 46, took charge in the summer of 2024 and led Hexley to a seventh-place "
        "finish last season. Speaking to the Hexley Courier on Sunday night, he said he was "
        '"gutted but not bitter". "I gave this club everything for two years. Football\'s a '
        'results business and I understand that," he said.\n\n'
        "A spokesman for Hexley Town said first-team coach Alan Redfern would take charge for "
        "Saturday's trip to Brigg Rovers.",
        [
            (P, ["gutted but not bitter"], "Gary Pilling"),
            (
                D,
                [
                    "I gave this club everything for two years. Football's a results business "
                    "and I understand that"
                ],
                "Gary Pilling",
            ),
            (
                I,
                [
                    "first-team coach Alan Redfern would take charge for Saturday's trip to "
                    "Brigg Rovers"
                ],
                "Hexley Town",
            ),
        ],
    ),
    (  # 15 level-crossing inquest: coroner indirect; family statement with colon; rail firm
        "An inquest into the death of a cyclist hit by a train at an unmanned level crossing "
        "in the Lincolnshire fens ended on Wednesday with a conclusion of accidental death.\n\n"
        "Thomas Ridley, 23, was struck by a passenger train at the Saxby Fen crossing in March "
        "as he rode home from a night shift at a food-packing plant.\n\n"
        "Senior coroner Dr Helen Marwood said the warning lights had been working but were "
        "partly hidden by overgrown hedges.\n\n"
        'In a statement read outside the court, his family said: "Tom was the kindest person '
        "we knew. We don't want another family to get the call we got.\"\n\n"
        "A spokesman for Fenline Rail, which manages the crossing, said the company was "
        '"reviewing the findings carefully".',
        [
            (
                I,
                ["the warning lights had been working but were partly hidden by overgrown hedges"],
                "Helen Marwood",
            ),
            (
                D,
                [
                    "Tom was the kindest person we knew. We don't want another family to get "
                    "the call we got."
                ],
                "family",
            ),
            (P, ["reviewing the findings carefully"], "Fenline Rail"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout12.jsonl"),
        "heldout12",
        "12",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
