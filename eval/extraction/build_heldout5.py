"""Source of the fifth held-out set: writes heldout5.jsonl (split "heldout5").

Written on 2026-11-30 by a person who had not read the extraction code, as a fifth fresh
set. Same format and rules as GUIDE.md; names, places (where not real cities or regions),
organisations and figures invented. The texts are meant to read like wire copy, regional
press, sports, courts, science and features, not like a list of edge cases. Measured once
before and once after the speaker changes of that day (docs/EXTRACTION.md), read afterwards.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout5.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-28"

Item = GoldItem

# French typography varies on purpose, as it does between newsrooms: « » with plain spaces,
# with no-break spaces (\u00a0), with narrow no-break spaces (\u202f), with none, or “ ”.
FR: list[Item] = [
    (  # 1 Québec maple syrup: trailing "selon" + organisation; quote then "résume" + name
        "SAINT-FÉLICIEN (Québec) — Les acériculteurs du Lac-Saint-Jean sortent de leur pire "
        "saison depuis vingt ans. La récolte régionale est tombée à 4,1 millions de livres de "
        "sirop, contre 6,8 millions l'an dernier, selon la Fédération des producteurs "
        "acéricoles du Nord-du-Québec.\n\n"
        "« Un redoux en février, puis trois semaines de gel en mars : les érables n'ont jamais "
        "coulé comme il faut », résume Réjean Tremblay-Côté, qui exploite 12 000 entailles à "
        "Normandin depuis 1994. Comme plusieurs voisins, il a dû puiser dans ses économies pour "
        "rembourser le prêt contracté pour sa nouvelle évaporatrice.\n\n"
        "La ministre québécoise de l'Agriculture, Geneviève Lapointe-Roy, doit rencontrer les "
        "producteurs de la région la semaine prochaine à Roberval. Un programme d'aide "
        "d'urgence pourrait être présenté d'ici la fin du mois.",
        [
            (
                I,
                [
                    "La récolte régionale est tombée à 4,1 millions de livres de sirop, contre "
                    "6,8 millions l'an dernier"
                ],
                "Fédération des producteurs acéricoles du Nord-du-Québec",
            ),
            (
                D,
                [
                    "Un redoux en février, puis trois semaines de gel en mars : les érables "
                    "n'ont jamais coulé comme il faut"
                ],
                "Réjean Tremblay-Côté",
            ),
        ],
    ),
    (  # 2 Belgian fraud trial: Me + "a annoncé que"; quote then "-t-elle soutenu"
        "NAMUR — Le tribunal correctionnel de Namur a condamné jeudi à trois ans de prison avec "
        "sursis l'ancien directeur d'une ASBL de formation pour demandeurs d'emploi, reconnu "
        "coupable d'avoir détourné près de 900 000 euros de subsides régionaux entre 2018 et "
        "2023.\n\n"
        "Luc Vandermeulen, 61 ans, avait organisé des formations fictives pour justifier les "
        "subventions versées par la Région wallonne. Le ministère public avait requis quatre "
        "ans ferme. Le tribunal a tenu compte de l'absence d'antécédents du prévenu et de son "
        "état de santé.\n\n"
        "Son avocate, Me Sophie Delvaux, a annoncé qu'elle interjetterait appel. «\u00a0Mon "
        "client a toujours contesté l'intention frauduleuse. Les formations ont bien eu lieu, "
        "même si les listes de présence étaient mal tenues\u00a0», a-t-elle soutenu à la "
        "sortie de l'audience.\n\n"
        "La Région wallonne, qui s'était constituée partie civile, récupérera 640 000 euros "
        "saisis sur les comptes de l'ancien directeur.",
        [
            (I, ["elle interjetterait appel"], "Sophie Delvaux"),
            (
                D,
                [
                    "Mon client a toujours contesté l'intention frauduleuse. Les formations ont "
                    "bien eu lieu, même si les listes de présence étaient mal tenues"
                ],
                "Sophie Delvaux",
            ),
        ],
    ),
    (  # 3 Swiss wind-farm vote: narrow no-break spaces; company after apposition
        "FRIBOURG — Les citoyens de Vuisternens-la-Côte ont rejeté dimanche, par 58 % des "
        "voix, le projet de parc éolien du Mont-Gibloux, qui prévoyait six turbines de 200 "
        "mètres de haut sur les crêtes dominant le village. La participation a atteint 71 %, "
        "un record pour un scrutin communal.\n\n"
        "«\u202fLes habitants ont dit non à des machines presque trois fois plus hautes que la "
        "tour de la cathédrale, à 800 mètres de leurs fenêtres. Il faut maintenant respecter ce "
        "choix\u202f», a réagi Pascal Jaquier, porte-parole du collectif Gibloux Vivant, qui "
        "menait campagne depuis quatre ans.\n\n"
        "La commune aurait touché environ 180 000 francs de redevances par an. Le promoteur, "
        "Énergies Sarine SA, a fait savoir qu'il étudierait d'autres sites dans le canton.\n\n"
        "Le Conseil d'État doit présenter au printemps sa nouvelle planification énergétique.",
        [
            (
                D,
                [
                    "Les habitants ont dit non à des machines presque trois fois plus hautes que "
                    "la tour de la cathédrale, à 800 mètres de leurs fenêtres. Il faut "
                    "maintenant respecter ce choix"
                ],
                "Pascal Jaquier",
            ),
            (I, ["il étudierait d'autres sites dans le canton"], "Énergies Sarine SA"),
        ],
    ),
    (  # 4 Abidjan bus line: “ ” marks; role alone after the quote; selon + relative clause
        "ABIDJAN — Le ministre ivoirien des Transports, Amadou Kouassi-Bamba, a inauguré samedi "
        "la première ligne de bus rapides de la capitale économique, longue de 20 kilomètres "
        "entre Yopougon et le Plateau, sur des voies réservées.\n\n"
        "“Un trajet qui prenait deux heures aux heures de pointe se fera désormais en quarante "
        "minutes”, a promis le ministre devant plusieurs centaines de personnes réunies au "
        "terminal de Siporex.\n\n"
        "Selon la Compagnie ivoirienne de mobilité urbaine (Cimu), qui exploite la ligne, 150 "
        "000 voyageurs devraient l'emprunter chaque jour d'ici la fin de l'année prochaine. Le "
        "ticket coûtera 300 francs CFA, le même prix qu'un trajet en gbaka, ces minibus privés "
        "qui assurent l'essentiel des déplacements.\n\n"
        "Les chauffeurs de gbaka ont déjà organisé deux grèves contre le projet, redoutant une "
        "perte de clientèle.",
        [
            (
                D,
                [
                    "Un trajet qui prenait deux heures aux heures de pointe se fera désormais en "
                    "quarante minutes"
                ],
                "Amadou Kouassi-Bamba",
            ),
            (
                I,
                [
                    "150 000 voyageurs devraient l'emprunter chaque jour d'ici la fin de "
                    "l'année prochaine"
                ],
                "Compagnie ivoirienne de mobilité urbaine",
            ),
        ],
    ),
    (  # 5 dengue in La Réunion: agency + "a indiqué que"; Dr, quote over two paragraphs
        "SAINT-PIERRE (La Réunion) — L'épidémie de dengue poursuit sa progression dans le sud "
        "de l'île. L'ARS La Réunion a indiqué mercredi que plus de 2 300 cas avaient été "
        "confirmés depuis début octobre, dont quatre mortels.\n\n"
        "Au centre hospitalier de Saint-Pierre, les urgences sont saturées. « Nous recevons "
        "chaque jour une soixantaine de patients avec de fortes fièvres, dont beaucoup "
        "d'enfants. Les lits de pédiatrie sont tous occupés.\n\n"
        "« Ce qui nous inquiète, c'est la saison des pluies qui arrive. Si rien n'est fait "
        "maintenant, janvier sera bien pire », prévient le Dr Laurent Hoarau, chef du service "
        "des urgences.\n\n"
        "La préfecture a mobilisé 120 agents supplémentaires pour les opérations de "
        "démoustication. Des équipes passent dans les quartiers pour vider les soucoupes, les "
        "pneus et tous les récipients où stagne l'eau de pluie.",
        [
            (
                I,
                [
                    "plus de 2 300 cas avaient été confirmés depuis début octobre, dont quatre "
                    "mortels"
                ],
                "ARS La Réunion",
            ),
            (
                D,
                [
                    "Nous recevons chaque jour une soixantaine de patients avec de fortes "
                    "fièvres, dont beaucoup d'enfants. Les lits de pédiatrie sont tous occupés.",
                    "Ce qui nous inquiète, c'est la saison des pluies qui arrive. Si rien n'est "
                    "fait maintenant, janvier sera bien pire",
                ],
                "Laurent Hoarau",
            ),
        ],
    ),
    (  # 6 rugby: incise with the name inside the marks; "-t-il glissé"
        "Le RC Sainte-Livrade a arraché samedi le match nul face au leader, l'Entente Côte "
        "d'Opale (19-19), grâce à une pénalité de son ouvreur Théo Larrieu à la dernière "
        "minute. Les Lot-et-Garonnais restent invaincus à domicile cette saison.\n\n"
        "«\u00a0On a montré du caractère, a estimé l'entraîneur Jean-Marc Lafitte. Il y a trois "
        "semaines, on aurait perdu ce match de dix points.\u00a0»\n\n"
        "Le technicien a toutefois regretté l'indiscipline de ses avants, pénalisés à quatorze "
        "reprises, et la blessure au genou du pilier Kevin Duprat, qui devrait manquer "
        "plusieurs semaines.\n\n"
        "Auteur de quatorze points, Théo Larrieu a dédié la pénalité à son grand-père, disparu "
        "dans la semaine. «\u00a0Il ne ratait jamais un match à domicile\u00a0», a-t-il glissé, "
        "la voix nouée.",
        [
            (
                D,
                [
                    "On a montré du caractère",
                    "Il y a trois semaines, on aurait perdu ce match de dix points.",
                ],
                "Jean-Marc Lafitte",
            ),
            (D, ["Il ne ratait jamais un match à domicile"], "Théo Larrieu"),
        ],
    ),
    (  # 7 Mayotte school: marks without spaces; unnamed parent and teacher; rector
        "MAMOUDZOU — Trois mois après la rentrée, quatorze postes d'enseignants restent "
        "vacants au collège de Kawéni-Hauts, le plus grand établissement de Mayotte avec 1 900 "
        "élèves. Certaines classes de quatrième n'ont toujours pas eu un seul cours de "
        "mathématiques.\n\n"
        "«Mon fils passe ses après-midi dans la cour. On nous parle d'égalité républicaine, "
        "mais ici c'est l'abandon», s'indigne une mère d'élève, venue manifester mardi devant "
        "le rectorat avec une cinquantaine de parents.\n\n"
        "Le recteur, Philippe Mercadier, a assuré que onze contractuels seraient recrutés "
        "d'ici janvier. Les logements manquent sur le territoire, et de nombreux postes restent "
        "sans candidat d'une année sur l'autre.\n\n"
        "Un professeur de français arrivé de l'Hexagone en septembre résume : «On fait ce "
        "qu'on peut avec des classes de trente-cinq élèves. Beaucoup de collègues repartent au "
        "bout d'un an.»",
        [
            (
                D,
                [
                    "Mon fils passe ses après-midi dans la cour. On nous parle d'égalité "
                    "républicaine, mais ici c'est l'abandon"
                ],
                "mère d'élève",
            ),
            (I, ["onze contractuels seraient recrutés d'ici janvier"], "Philippe Mercadier"),
            (
                D,
                [
                    "On fait ce qu'on peut avec des classes de trente-cinq élèves. Beaucoup de "
                    "collègues repartent au bout d'un an."
                ],
                "professeur de français",
            ),
        ],
    ),
    (  # 8 dinosaur tracks: "raconte la paléontologue X"; "Selon elle"
        "Des chercheurs de l'université Lyon-Rhône ont mis au jour, sur un plateau calcaire du "
        "sud de l'Ardèche, plus de 400 empreintes de dinosaures vieilles d'environ 200 "
        "millions d'années. Il s'agit de l'une des plus importantes concentrations connues en "
        "Europe pour cette période.\n\n"
        "La découverte, publiée lundi dans une revue internationale, doit beaucoup à un orage "
        "de l'été 2024 qui avait décapé une partie du site, près du village de "
        "Labastide-de-Vinzelles. Un randonneur avait signalé les premières traces à la "
        "mairie.\n\n"
        "«\u00a0On a d'abord cru à des trous creusés par l'érosion. Puis on a vu qu'ils allaient "
        "par trois, toujours dans la même direction\u00a0», raconte la paléontologue Aurélie "
        "Vignal-Bastide, qui a dirigé les fouilles.\n\n"
        "Selon elle, les animaux, des carnivores de trois à quatre mètres de long, se "
        "déplaçaient en groupe le long d'une ancienne lagune. Les fouilles reprendront l'été "
        "prochain, avec une vingtaine d'étudiants.",
        [
            (
                D,
                [
                    "On a d'abord cru à des trous creusés par l'érosion. Puis on a vu qu'ils "
                    "allaient par trois, toujours dans la même direction"
                ],
                "Aurélie Vignal-Bastide",
            ),
            (
                I,
                [
                    "les animaux, des carnivores de trois à quatre mètres de long, se "
                    "déplaçaient en groupe le long d'une ancienne lagune"
                ],
                "Aurélie Vignal-Bastide",
            ),
        ],
    ),
    (  # 9 Burkina theatre festival: colon + final period inside; "a ironisé sur"; infinitive
        "BOBO-DIOULASSO — La 12e édition des Rencontres théâtrales du Houet s'est ouverte "
        "vendredi soir avec un budget amputé de moitié, après le retrait de deux bailleurs "
        "européens. Seize compagnies venues de sept pays sont tout de même programmées "
        "jusqu'au 7 décembre.\n\n"
        "Sur la scène du théâtre de plein air, le directeur du festival, Issouf Sanou, a lancé "
        "au public : « Ils nous ont coupé les vivres, mais ils ne nous ont pas coupé la "
        "parole. »\n\n"
        "La metteuse en scène malienne Fatoumata Diarra, dont la pièce ouvrait le festival, a "
        "ironisé sur « ces partenaires qui aiment la culture africaine tant qu'elle ne coûte "
        "rien ». Elle a raconté avoir répété pendant trois mois avec sa troupe sans toucher le "
        "moindre cachet.\n\n"
        "Le ministère de la Culture a débloqué en urgence une enveloppe de 25 millions de "
        "francs CFA.",
        [
            (
                D,
                ["Ils nous ont coupé les vivres, mais ils ne nous ont pas coupé la parole."],
                "Issouf Sanou",
            ),
            (
                P,
                ["ces partenaires qui aiment la culture africaine tant qu'elle ne coûte rien"],
                "Fatoumata Diarra",
            ),
            (
                I,
                ["avoir répété pendant trois mois avec sa troupe sans toucher le moindre cachet"],
                "Fatoumata Diarra",
            ),
        ],
    ),
    (  # 10 paper mill closure: company partial in reported speech; question + "interroge"
        "La direction des Papeteries de la Mortagne a confirmé mercredi la fermeture de son "
        "usine de Rambervillers-le-Val (Vosges), qui emploie 214 salariés. La production de "
        "papier journal, en recul de 60 % en dix ans, s'arrêtera fin mars.\n\n"
        "Dans un communiqué, l'entreprise indique qu'elle proposera «\u202fun reclassement à "
        "chaque salarié\u202f» dans ses deux autres sites, à Épinal et en Belgique. Le syndicat "
        "CGT de l'usine a appelé à un rassemblement vendredi devant la sous-préfecture de "
        "Saint-Dié.\n\n"
        "«\u202fJ'ai 54 ans, dont 31 ici. Qui va m'embaucher\u202f?\u202f», interroge Sylvie "
        "Marchetti, conductrice de machine, en montrant la cheminée de l'usine. Dans la vallée, "
        "la papeterie est le dernier employeur industriel de plus de cent salariés.",
        [
            (P, ["un reclassement à chaque salarié"], "Papeteries de la Mortagne"),
            (D, ["J'ai 54 ans, dont 31 ici. Qui va m'embaucher\u202f?"], "Sylvie Marchetti"),
        ],
    ),
    (  # 11 Cameroon journalist trial: Me after the cue; "D'après Me X"; organisation partial
        "DOUALA — Le tribunal militaire de Douala a de nouveau renvoyé lundi, au 15 janvier, le "
        "procès du journaliste Blaise Ngando, détenu depuis huit mois. L'animateur de la radio "
        "privée Wouri Matin avait été arrêté en mars après une émission consacrée à des "
        "détournements présumés au port autonome.\n\n"
        "« C'est le sixième renvoi. Le dossier est vide, et tout le monde le sait dans cette "
        "salle », a déclaré à la presse son avocat, Me Alain-Roger Eboa.\n\n"
        "D'après Me Eboa, le parquet n'a toujours pas produit l'enregistrement de l'émission "
        "incriminée. L'Union des journalistes du Littoral, qui a organisé un sit-in devant le "
        "tribunal, estime que sa détention « n'a que trop duré ».",
        [
            (
                D,
                [
                    "C'est le sixième renvoi. Le dossier est vide, et tout le monde le sait dans "
                    "cette salle"
                ],
                "Alain-Roger Eboa",
            ),
            (
                I,
                ["le parquet n'a toujours pas produit l'enregistrement de l'émission incriminée"],
                "Alain-Roger Eboa",
            ),
            (P, ["n'a que trop duré"], "Union des journalistes du Littoral"),
        ],
    ),
    (  # 12 New Caledonia water cut: company partial; "soupire un riverain"; intention phrase
        "NOUMÉA — Plusieurs quartiers de Dumbéa-Rivière sont privés d'eau courante depuis "
        "samedi, après la rupture d'une canalisation principale sous la route territoriale. "
        "Près de 6 000 habitants sont concernés.\n\n"
        "La Société des eaux du Grand Nouméa a indiqué que la réparation prendrait «\u00a0au "
        "moins jusqu'à jeudi\u00a0», la conduite se trouvant à quatre mètres de profondeur.\n\n"
        "Des camions-citernes stationnent devant les écoles et la mairie. «\u00a0On fait la "
        "queue une heure pour vingt litres. Avec la chaleur, ce n'est pas tenable\u00a0», "
        "soupire un riverain, deux bidons à la main.\n\n"
        "Le maire, Joseph Wamytan-Poiwi, a fait part de sa volonté de revoir le contrat de "
        "délégation signé avec l'opérateur, qui arrive à échéance en 2028.",
        [
            (P, ["au moins jusqu'à jeudi"], "Société des eaux du Grand Nouméa"),
            (
                D,
                [
                    "On fait la queue une heure pour vingt litres. Avec la chaleur, ce n'est pas "
                    "tenable"
                ],
                "riverain",
            ),
            (
                I,
                [
                    "revoir le contrat de délégation signé avec l'opérateur, qui arrive à "
                    "échéance en 2028"
                ],
                "Joseph Wamytan-Poiwi",
            ),
        ],
    ),
    (  # 13 Acadian ER closure: Dre + "a expliqué que"; "-t-elle insisté"; "voit dans"
        "MONCTON — Le Réseau de santé Péninsule fermera temporairement la nuit les urgences de "
        "l'hôpital de Caraquet-Est à compter du 5 décembre, faute d'infirmières.\n\n"
        "La présidente-directrice générale du réseau, la Dre Nathalie Robichaud, a expliqué "
        "jeudi que 23 postes d'infirmières étaient vacants dans l'établissement. «\u00a0Nous ne "
        "pouvons plus garantir la sécurité des patients avec les équipes actuelles\u00a0», "
        "a-t-elle insisté.\n\n"
        "Le Syndicat des infirmières de l'Acadie voit dans cette fermeture «\u00a0le résultat "
        "de dix ans d'inaction\u00a0». Entre 20 h et 8 h, les patients devront se rendre à "
        "Bathurst, à 70 kilomètres. Le conseil municipal de Caraquet-Est a convoqué une séance "
        "extraordinaire lundi.",
        [
            (
                I,
                ["23 postes d'infirmières étaient vacants dans l'établissement"],
                "Nathalie Robichaud",
            ),
            (
                D,
                [
                    "Nous ne pouvons plus garantir la sécurité des patients avec les équipes "
                    "actuelles"
                ],
                "Nathalie Robichaud",
            ),
            (P, ["le résultat de dix ans d'inaction"], "Syndicat des infirmières de l'Acadie"),
        ],
    ),
    (  # 14 Belgian education reform: "-t-elle martelé"; "Pour X, la réforme « … »"; role alone
        "BRUXELLES — La ministre de l'Éducation de la Fédération Wallonie-Bruxelles, Caroline "
        "Dessart, a défendu mardi devant le Parlement sa réforme de l'évaluation des "
        "enseignants, qui prévoit un entretien tous les trois ans pour chaque professeur.\n\n"
        "«\u202fIl ne s'agit pas de sanctionner qui que ce soit, mais d'accompagner ceux qui "
        "débutent et ceux qui doutent\u202f», a-t-elle martelé face aux députés de "
        "l'opposition.\n\n"
        "Pour le chef de groupe de la Gauche unie, Kevin Lambotte, la réforme «\u202fajoute de la "
        "paperasse à des profs déjà épuisés\u202f». Les syndicats enseignants, qui ont mené deux "
        "journées de grève cet automne, ont annoncé une nouvelle action le 12 décembre.\n\n"
        "La ministre a répété que le texte serait voté avant l'été.",
        [
            (
                D,
                [
                    "Il ne s'agit pas de sanctionner qui que ce soit, mais d'accompagner ceux "
                    "qui débutent et ceux qui doutent"
                ],
                "Caroline Dessart",
            ),
            (P, ["ajoute de la paperasse à des profs déjà épuisés"], "Kevin Lambotte"),
            (I, ["le texte serait voté avant l'été"], "Caroline Dessart"),
        ],
    ),
    (  # 15 rural railway line: "Selon SNCF Réseau"; unclosed quotation mark
        "Le dernier train de voyageurs entre Marcenat-le-Haut et Lanobre-Gare circulera le 13 "
        "décembre. La Région Auvergne-Rhône-Alpes a confirmé vendredi la suspension de la "
        "ligne, dont les rails, posés en 1908, ne permettent plus de rouler à plus de 40 "
        "km/h.\n\n"
        "Selon SNCF Réseau, la remise en état des 62 kilomètres de voie coûterait 118 millions "
        "d'euros. Des cars remplaceront les trains, avec un temps de parcours allongé d'une "
        "vingtaine de minutes.\n\n"
        "Une quarantaine d'usagers se sont rassemblés samedi matin sur le quai de "
        "Marcenat-le-Haut, banderoles déployées. « On nous enlève le train aujourd'hui, demain "
        "ce sera la poste et après-demain l'école, a lancé une habitante, institutrice à la "
        "retraite.\n\n"
        "Aucune date de réouverture n'a été fixée.",
        [
            (
                I,
                ["la remise en état des 62 kilomètres de voie coûterait 118 millions d'euros"],
                "SNCF Réseau",
            ),
            (
                D,
                [
                    "On nous enlève le train aujourd'hui, demain ce sera la poste et "
                    "après-demain l'école"
                ],
                "habitante",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Queensland crocodile: title-as-label + "said"; "she told reporters"; partial
        "CAIRNS — A popular swimming beach north of Cairns will stay closed through the weekend "
        "after a 3.8-metre saltwater crocodile was spotted in the shallows on Tuesday "
        "morning.\n\n"
        "Senior wildlife ranger Kylie Anderton said the animal had been seen at Wattle Point "
        "three times since Sunday and would be trapped and moved if it did not leave on its "
        "own.\n\n"
        "\"It's a big, confident male, and it's not at all bothered by people. That's exactly "
        'the kind of croc we worry about," she told reporters.\n\n'
        "The beach, lined with cafes and holiday apartments, draws up to 2,000 swimmers a day "
        'in summer. Coral Coast Mayor Bruce McInally described the closure as "a nuisance, '
        'but a sensible one" in the busiest month of the year for local businesses.',
        [
            (
                I,
                [
                    "the animal had been seen at Wattle Point three times since Sunday and would "
                    "be trapped and moved if it did not leave on its own"
                ],
                "Kylie Anderton",
            ),
            (
                D,
                [
                    "It's a big, confident male, and it's not at all bothered by people. That's "
                    "exactly the kind of croc we worry about"
                ],
                "Kylie Anderton",
            ),
            (P, ["a nuisance, but a sensible one"], "Bruce McInally"),
        ],
    ),
    (  # 2 Yorkshire library: curly quotes split around "said X, 78, who …"; spokesman
        "Campaigners in the North Yorkshire village of Thornby Bridge have handed a petition "
        "with 2,300 signatures to the county council in a last-ditch attempt to save their "
        "library, which is due to close in February.\n\n"
        "The library, housed in a former Methodist chapel on Mill Lane, opens three days a week "
        "and lends about 9,000 books a year.\n\n"
        "“For a lot of older people here, it’s the only place they talk to anyone all week,” "
        "said Margaret Holroyd, 78, who started the petition, “and for the children, it’s the "
        "only place with books at all.”\n\n"
        "A spokesman for Hambleton Moors County Council said the authority had to find £14m of "
        "savings next year and could no longer justify keeping small branches open. A mobile "
        "library will visit the village every fortnight.",
        [
            (
                D,
                [
                    "For a lot of older people here, it’s the only place they talk to anyone "
                    "all week",
                    "and for the children, it’s the only place with books at all.",
                ],
                "Margaret Holroyd",
            ),
            (
                I,
                [
                    "the authority had to find £14m of savings next year and could no longer "
                    "justify keeping small branches open"
                ],
                "Hambleton Moors County Council",
            ),
        ],
    ),
    (  # 3 Ohio trucking verdict: apposition after the quote; statement + "calling … "
        "COLUMBUS, Ohio — A Franklin County jury on Thursday ordered Midstate Freight Lines to "
        "pay $31 million to the family of a nurse killed when one of the company's "
        "tractor-trailers crossed the median of Interstate 70 in 2023.\n\n"
        "Rachel Dunmore, 34, was driving home from a night shift at St. Brendan's Hospital when "
        "the truck hit her car head-on. The driver had been cited for three safety violations "
        "in the year before the crash.\n\n"
        "\"Rachel spent her life taking care of strangers. This company couldn't be bothered to "
        "take care of the people sharing the road with its trucks,\" the family's attorney, "
        "Leonard Vasquez-Hill, said after the verdict.\n\n"
        'Midstate Freight said in a statement it would appeal, calling the award "grossly '
        'excessive".',
        [
            (
                D,
                [
                    "Rachel spent her life taking care of strangers. This company couldn't be "
                    "bothered to take care of the people sharing the road with its trucks"
                ],
                "Leonard Vasquez-Hill",
            ),
            (I, ["it would appeal"], "Midstate Freight Lines"),
            (P, ["grossly excessive"], "Midstate Freight Lines"),
        ],
    ),
    (  # 4 exoplanet: "according to Dr. X, …" at the end; "cautioned"; "She noted that"
        "Astronomers using a telescope at Mount Kowhai Observatory in New Zealand's South "
        "Island have found a planet about three times the mass of Earth orbiting a nearby red "
        "dwarf, in the zone where liquid water could in principle exist on its surface.\n\n"
        "The star lies 41 light-years away, in the constellation Pictor. The planet takes 19 "
        "days to complete an orbit, according to Dr. Aroha Tipene, the Aoraki University "
        "astrophysicist who led the study, published on Wednesday in The Astronomical "
        "Journal.\n\n"
        '"We can\'t say yet whether it has an atmosphere, let alone water," Dr. Tipene '
        "cautioned. She noted that the star was unusually quiet, with few of the violent flares "
        "that can strip a young planet of its air.\n\n"
        "The team has applied for observing time on the James Webb Space Telescope next year.",
        [
            (I, ["The planet takes 19 days to complete an orbit"], "Aroha Tipene"),
            (
                D,
                ["We can't say yet whether it has an atmosphere, let alone water"],
                "Aroha Tipene",
            ),
            (
                I,
                [
                    "the star was unusually quiet, with few of the violent flares that can "
                    "strip a young planet of its air"
                ],
                "Aroha Tipene",
            ),
        ],
    ),
    (  # 5 Sheffield Shield: surname + "quipped"; coach partial
        "HOBART — Tasmania held their nerve to beat Western Australia by 14 runs at Bellerive "
        "Oval on Friday, fast bowler Jake Pennington taking 6-41 on a tense final "
        "afternoon.\n\n"
        "Chasing 212, the visitors were cruising at 174 for 3 before losing seven wickets for "
        "23 runs in just over an hour.\n\n"
        '"My legs were gone by about the third over of that spell, so I just kept running in '
        'and hoping," Pennington quipped.\n\n'
        'Western Australia coach Darren Pike called the collapse "unacceptable at this '
        'level", but refused to single out his young top order, three of whom are playing '
        "their first Sheffield Shield season.\n\n"
        "The win lifts Tasmania to third on the table.",
        [
            (
                D,
                [
                    "My legs were gone by about the third over of that spell, so I just kept "
                    "running in and hoping"
                ],
                "Jake Pennington",
            ),
            (P, ["unacceptable at this level"], "Darren Pike"),
        ],
    ),
    (  # 6 Nova Scotia lobster: "said" + name with particle d'; "told the Courier that"
        "YARMOUTH, N.S. — Lobster fishermen in southwestern Nova Scotia opened their season on "
        "Monday with shore prices of about $7 a pound, well below the $9.50 paid at the start "
        "of last year.\n\n"
        "Buyers blamed weaker demand in China and the United States, where tariffs have pushed "
        "up retail prices.\n\n"
        "\"Bait's up, fuel's up, insurance is up, and now the price is down. You do the math,\" "
        "said Curtis d'Entremont, who fishes out of Wedgeport with his two sons.\n\n"
        "Louise Comeau, executive director of the Southwest Harvesters Association, told the "
        "Tri-County Courier that several younger captains were already talking about selling "
        "their licences. Some licences changed hands for more than $1 million during the boom "
        "years.",
        [
            (
                D,
                [
                    "Bait's up, fuel's up, insurance is up, and now the price is down. You do "
                    "the math"
                ],
                "Curtis d'Entremont",
            ),
            (
                I,
                ["several younger captains were already talking about selling their licences"],
                "Louise Comeau",
            ),
        ],
    ),
    (  # 7 measles: unnamed officials; Dr. + apposition; quote over two paragraphs, "she said"
        "Calder County confirmed 11 more cases of measles on Tuesday, bringing the total in an "
        "outbreak that began at an elementary school in October to 47. Health officials said "
        "nearly all of those infected were unvaccinated children, and six had been admitted to "
        "hospital.\n\n"
        "The county's public health director, Dr. Marisol Ortega, said vaccination rates at "
        "some schools had fallen below 80 percent.\n\n"
        '"Measles is one of the most contagious diseases we know. One case in a classroom can '
        "become twenty in two weeks.\n\n"
        '"We are offering free shots at every county clinic this week, no appointment '
        'needed," she said.',
        [
            (
                I,
                [
                    "nearly all of those infected were unvaccinated children, and six had been "
                    "admitted to hospital"
                ],
                "health officials",
            ),
            (
                I,
                ["vaccination rates at some schools had fallen below 80 percent"],
                "Marisol Ortega",
            ),
            (
                D,
                [
                    "Measles is one of the most contagious diseases we know. One case in a "
                    "classroom can become twenty in two weeks.",
                    "We are offering free shots at every county clinic this week, no "
                    "appointment needed",
                ],
                "Marisol Ortega",
            ),
        ],
    ),
    (  # 8 drought: "according to the Bureau"; split quote "he said, …"; surname + partial
        "Grain growers across South Australia's Eyre Peninsula are bracing for their smallest "
        "harvest in 15 years after one of the driest winters on record.\n\n"
        "Rainfall between May and October was less than half the long-term average at Kimba "
        "West, according to the Bureau of Meteorology.\n\n"
        "On his 3,000-hectare property near the town, fourth-generation farmer Tom Kretschmer "
        "has already sold half his sheep because he can no longer afford to buy feed.\n\n"
        '"You can\'t keep a flock alive on hope," he said, "and Dad went through the 1982 '
        "drought. Even he hasn't seen anything like this.\"\n\n"
        "The state government announced a $12 million support package on Wednesday, including "
        'freight subsidies for fodder. Kretschmer called it "a drop in the ocean".',
        [
            (
                I,
                [
                    "Rainfall between May and October was less than half the long-term average "
                    "at Kimba West"
                ],
                "Bureau of Meteorology",
            ),
            (
                D,
                [
                    "You can't keep a flock alive on hope",
                    "and Dad went through the 1982 drought. Even he hasn't seen anything like "
                    "this.",
                ],
                "Tom Kretschmer",
            ),
            (P, ["a drop in the ocean"], "Tom Kretschmer"),
        ],
    ),
    (  # 9 Scottish strike: Dr + long apposition; continuation quote; spokesperson partial
        "GLASGOW — Lecturers at the University of Inverallan walked out on Monday at the start "
        "of a five-day strike over plans to cut 180 jobs, the first industrial action at the "
        "university in more than a decade.\n\n"
        'Pickets gathered at the main gates from 7am despite sleet. "Nobody here wants to be '
        'standing in the cold instead of teaching," said Dr Fiona MacLeod, a senior lecturer '
        "in chemistry and president of the local branch of the University and College Union. "
        '"But they are cutting the heart out of this place."\n\n'
        'A spokesperson for the university said it "regretted" the disruption to students '
        "but faced a £22m deficit and had no choice but to act.",
        [
            (
                D,
                ["Nobody here wants to be standing in the cold instead of teaching"],
                "Fiona MacLeod",
            ),
            (D, ["But they are cutting the heart out of this place."], "Fiona MacLeod"),
            (P, ["regretted"], "University of Inverallan"),
        ],
    ),
    (  # 10 bus network redesign: "according to the authority's own estimates"; "argued"
        "The Port Calloway Regional Transit Authority will scrap 14 of its 38 bus routes in "
        "March and run most of the remaining ones every 15 minutes, under a network redesign "
        "approved by its board on Thursday.\n\n"
        "About 6,000 daily riders will have to walk farther to reach a stop, according to the "
        "authority's own estimates. Fares will not change.\n\n"
        "\"Frequency is freedom. If the bus comes every 15 minutes, you don't need a "
        'timetable," board chair Denise Okafor argued before the 7-2 vote.\n\n'
        "The two members who voted against the plan pointed to the longer walks facing elderly "
        "and disabled riders in the hillside neighborhoods east of downtown.",
        [
            (
                I,
                ["About 6,000 daily riders will have to walk farther to reach a stop"],
                "Port Calloway Regional Transit Authority",
            ),
            (
                D,
                [
                    "Frequency is freedom. If the bus comes every 15 minutes, you don't need a "
                    "timetable"
                ],
                "Denise Okafor",
            ),
        ],
    ),
    (  # 11 restitution: "acknowledged they had been \"…\""; "welcomed the decision:"
        "A museum in the English city of Norbridge has agreed to return 32 gold and brass "
        "objects taken from the Asante kingdom during a British military expedition in "
        "1874.\n\n"
        "The items, including a ceremonial sword and dozens of weights used to measure gold "
        "dust, will travel to Kumasi in the spring on a renewable long-term loan. The Norbridge "
        "Museum's director, Helen Ashcombe, acknowledged they had been \"acquired through "
        'violence" and should never have been shown without that context.\n\n'
        "In Kumasi, Kwabena Osei-Mensah, a spokesman for the Manhyia Palace, welcomed the "
        'decision: "Our grandchildren will see these pieces where they were made, not behind '
        'glass five thousand kilometres away."',
        [
            (P, ["acquired through violence"], "Helen Ashcombe"),
            (
                D,
                [
                    "Our grandchildren will see these pieces where they were made, not behind "
                    "glass five thousand kilometres away."
                ],
                "Kwabena Osei-Mensah",
            ),
        ],
    ),
    (  # 12 by-election: "according to" after a clause containing Ms; "she told supporters"
        "Independent candidate Grace Tindall has won the state by-election in the rural seat "
        "of Murrumbat, ending 64 years of Nationals control.\n\n"
        "With 82 percent of votes counted, Ms Tindall, a former hospital pharmacist, held 54.6 "
        "percent of the two-candidate-preferred vote, according to the NSW Electoral "
        "Commission.\n\n"
        '"People here felt taken for granted, and tonight they\'ve said so," she told '
        "cheering supporters at the Murrumbat bowling club on Saturday night.\n\n"
        "Nationals candidate Phil Garrity conceded defeat shortly after 9pm. Ms Tindall "
        "campaigned on the closure of the maternity ward at Murrumbat hospital and the state "
        "of regional roads.",
        [
            (
                I,
                [
                    "With 82 percent of votes counted, Ms Tindall, a former hospital "
                    "pharmacist, held 54.6 percent of the two-candidate-preferred vote"
                ],
                "NSW Electoral Commission",
            ),
            (
                D,
                ["People here felt taken for granted, and tonight they've said so"],
                "Grace Tindall",
            ),
        ],
    ),
    (  # 13 Kenyan eviction ruling: court + "saying"; judge "wrote that" + partial
        "NAIROBI — Kenya's Environment and Land Court on Tuesday ordered the government to "
        "halt the eviction of about 1,200 families from a forest settlement in Nakuru County, "
        "saying officials had failed to consult them before sending in bulldozers.\n\n"
        'In her ruling, Justice Wanjiru Mbugua wrote that the right to housing "does not '
        'evaporate because the state changes its mind about a piece of land".\n\n'
        "The families, many of whom were settled on the land under a government programme in "
        "the 1990s, had been given 14 days to leave in September. Residents held a prayer "
        "meeting outside the court after the ruling.",
        [
            (
                I,
                ["officials had failed to consult them before sending in bulldozers"],
                "Environment and Land Court",
            ),
            (
                P,
                ["does not evaporate because the state changes its mind about a piece of land"],
                "Wanjiru Mbugua",
            ),
        ],
    ),
    (  # 14 Yukon outage: utility "said"; resident quote ending with "she said"
        "WHITEHORSE — About 4,800 homes and businesses in Whitehorse lost power for up to nine "
        "hours on Wednesday as the temperature dropped to -31 C.\n\n"
        "Northern Lights Power said crews had traced the outage to a failed transformer at its "
        "Takhini substation, north of the city.\n\n"
        "Anita Sjoberg spent the afternoon with her two children at a warming centre set up in "
        'the Riverdale community hall. "By noon you could see your breath in the kitchen. The '
        "kids thought it was an adventure. I didn't,\" she said.\n\n"
        "The city has asked the utility for a full report on the incident by the end of the "
        "month.",
        [
            (
                I,
                [
                    "crews had traced the outage to a failed transformer at its Takhini "
                    "substation, north of the city"
                ],
                "Northern Lights Power",
            ),
            (
                D,
                [
                    "By noon you could see your breath in the kitchen. The kids thought it was "
                    "an adventure. I didn't"
                ],
                "Anita Sjoberg",
            ),
        ],
    ),
    (  # 15 Cornish shopkeeper feature: single curly quotes over two paragraphs, "he says"
        "ST KERRAN, Cornwall — After 61 years behind the counter, Walter Penhaligon is closing "
        "the hardware shop his father opened on Fore Street in 1949.\n\n"
        "The 83-year-old still knows the price of every nail, hinge and paraffin lamp on his "
        "shelves, and most of his customers by name. He sold his first mousetrap at the age of "
        "nine, standing on a crate to reach the till.\n\n"
        "‘People come in for one screw and stay for an hour. That’s the job, really. The "
        "screws are just the excuse.\n\n"
        "‘But my knees have had enough, and neither of my daughters wants the shop, which I "
        "understand,’ he says.\n\n"
        "The building has been sold to a bakery chain. Town mayor Jenna Trewin called his "
        "retirement ‘the end of an era’.",
        [
            (
                D,
                [
                    "People come in for one screw and stay for an hour. That’s the job, really. "
                    "The screws are just the excuse.",
                    "But my knees have had enough, and neither of my daughters wants the shop, "
                    "which I understand",
                ],
                "Walter Penhaligon",
            ),
            (P, ["the end of an era"], "Jenna Trewin"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout5.jsonl"),
        "heldout5",
        "5",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
