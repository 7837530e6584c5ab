"""Source of the thirty-sixth held-out set: writes heldout36.jsonl (split "heldout36").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like general and international news copy (elections abroad, conflicts and refugees, migration,
health crises, protests, diplomacy), from short wire pieces to longer reports with several
speakers.
Measured once before (extractor 0.3.0) and once after extractors 0.16.0 and 0.17.0
(docs/EXTRACTION.md); not read when 0.17.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout36.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-29"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 presidential election abroad: electoral commission indirect, winner, spokesman partial
        "Varnek — Le candidat de l'opposition, Marek Solvany, a remporté dimanche l'élection "
        "présidentielle au Valdoria, mettant fin à quinze ans de pouvoir du Parti de l'unité. "
        "La Commission électorale centrale a annoncé lundi matin qu'il avait obtenu 54,3 % des "
        "voix, contre 43,9 % pour le président sortant, Dorin Kaleszy.\n\n"
        "«\u00a0Ce soir, ce n'est pas ma victoire. C'est celle de tous ceux qui ont fait la queue "
        "sous la pluie pour voter\u00a0», a lancé M. Solvany devant plusieurs milliers de "
        "partisans réunis sur la place de la Liberté, à Varnek.\n\n"
        "M. Kaleszy, qui briguait un troisième mandat, n'a pas reconnu sa défaite. Son "
        "porte-parole, Ilie Brantescu, a dénoncé «\u00a0des irrégularités massives dans les "
        "bureaux de vote de l'étranger\u00a0» et annoncé un recours devant la Cour "
        "constitutionnelle, qui dispose de dix jours pour statuer.\n\n"
        "La participation a atteint 61 %, un niveau inédit depuis 2009. La mission "
        "d'observation de l'Union des démocraties d'Europe centrale doit présenter ses "
        "conclusions mardi.",
        [
            (
                I,
                [
                    "il avait obtenu 54,3 % des voix, contre 43,9 % pour le président sortant, "
                    "Dorin Kaleszy"
                ],
                "Commission électorale centrale",
            ),
            (
                D,
                [
                    "Ce soir, ce n'est pas ma victoire. C'est celle de tous ceux qui ont fait la "
                    "queue sous la pluie pour voter"
                ],
                "Marek Solvany",
            ),
            (
                P,
                ["des irrégularités massives dans les bureaux de vote de l'étranger"],
                "Ilie Brantescu",
            ),
        ],
    ),
    (  # 2 refugees at the border, narrow no-break spaces, "-t-il", government spokesman partial
        "Doumza (Tchirval) — Ils arrivent par dizaines chaque matin au poste-frontière de "
        "Kel-Amrane, à pied ou entassés à l'arrière de camions, fuyant les combats qui opposent "
        "depuis trois semaines l'armée morandienne aux milices du Nord. Plus de 38 000 "
        "personnes ont franchi la frontière depuis le 2 novembre.\n\n"
        "«\u202fNous sommes partis avec ce que nous portions sur le dos. Mon mari est resté pour "
        "garder les bêtes, je n'ai plus de nouvelles depuis dix jours\u202f», raconte Halima "
        "Dersouk, 34 ans, assise avec ses quatre enfants sous une bâche en plastique.\n\n"
        "Le représentant du Haut-Commissariat aux déplacés au Tchirval, Johannes Velmaert, "
        "s'inquiète de la saturation du camp de Doumza, ouvert en urgence il y a deux "
        "semaines. «\u202fLe site a été conçu pour 15 000 personnes. Nous en accueillons déjà "
        "plus du double, et les financements promis n'arrivent pas\u202f», a-t-il expliqué "
        "jeudi.\n\n"
        "À Tessaline, la capitale morandienne, le ton est tout autre. Le porte-parole du "
        "gouvernement, Farid Oumzane, a qualifié les témoignages d'exactions contre des "
        "civils de «\u202fpropagande des milices\u202f». Aucune organisation indépendante n'a "
        "pu se rendre dans les zones de combat depuis le début de l'offensive.",
        [
            (
                D,
                [
                    "Nous sommes partis avec ce que nous portions sur le dos. Mon mari est resté "
                    "pour garder les bêtes, je n'ai plus de nouvelles depuis dix jours"
                ],
                "Halima Dersouk",
            ),
            (
                D,
                [
                    "Le site a été conçu pour 15 000 personnes. Nous en accueillons déjà plus du "
                    "double, et les financements promis n'arrivent pas"
                ],
                "Johannes Velmaert",
            ),
            (P, ["propagande des milices"], "Farid Oumzane"),
        ],
    ),
    (  # 3 shipwreck: inverted subject with apposition, "Selon les survivants"
        "Au moins 27 migrants sont morts dans le naufrage de leur embarcation au large de "
        "l'île de Sant'Oria, dans la nuit de mardi à mercredi. Quatorze personnes ont été "
        "secourues et transférées à l'hôpital de l'île.\n\n"
        "« Le bateau, un petit navire de pêche en bois, transportait au moins 45 personnes. "
        "La mer était très forte et nos vedettes ont mis plus d'une heure à l'atteindre », a "
        "déclaré à la radio publique le commandant des garde-côtes de l'île, Paolo "
        "Verdassi.\n\n"
        "Selon les survivants, l'embarcation avait quitté les côtes de la Zamirie trois jours "
        "plus tôt avec très peu d'eau à bord. La plupart des passagers étaient originaires de "
        "la Corne de l'Afrique.\n\n"
        "L'organisation Mer solidaire, qui affrète un navire de sauvetage dans la zone, a "
        "réclamé la reprise des patrouilles européennes, suspendues depuis le mois de mai. "
        "Depuis janvier, plus de 1 600 personnes sont mortes ou ont disparu sur cette route "
        "migratoire.",
        [
            (
                D,
                [
                    "Le bateau, un petit navire de pêche en bois, transportait au moins 45 "
                    "personnes. La mer était très forte et nos vedettes ont mis plus d'une heure "
                    "à l'atteindre"
                ],
                "Paolo Verdassi",
            ),
            (
                I,
                [
                    "l'embarcation avait quitté les côtes de la Zamirie trois jours plus tôt "
                    "avec très peu d'eau à bord"
                ],
                "survivants",
            ),
        ],
    ),
    (  # 4 cholera: “ ” quotes, minister then nurse, health organisation indirect
        "Le ministère de la Santé de Kombara a déclaré mardi l'état d'urgence sanitaire dans "
        "trois provinces de l'Est, où une épidémie de choléra a fait 112 morts depuis le début "
        "du mois d'octobre.\n\n"
        "“Nous faisons face à la flambée la plus grave depuis dix ans”, a reconnu le ministre, "
        "Aimé Nkoulou-Batsi, lors d'un point presse à Mbélé. Des centres de traitement "
        "supplémentaires doivent ouvrir d'ici la fin de la semaine, et 240 000 doses de vaccin "
        "oral sont attendues.\n\n"
        "Sur le terrain, les équipes manquent de tout. “On reçoit quarante malades par jour "
        "dans un centre prévu pour dix. Les gens dorment par terre, dans la cour”, témoigne "
        "Grâce Mibanda, infirmière-chef du centre de traitement de Lokossa.\n\n"
        "L'Organisation panafricaine de la santé a estimé que les pluies diluviennes de "
        "septembre, qui ont endommagé de nombreux puits, avaient favorisé la propagation de "
        "la maladie. Elle redoute une extension de l'épidémie aux pays voisins si la saison "
        "des pluies se prolonge.",
        [
            (
                D,
                ["Nous faisons face à la flambée la plus grave depuis dix ans"],
                "Aimé Nkoulou-Batsi",
            ),
            (
                D,
                [
                    "On reçoit quarante malades par jour dans un centre prévu pour dix. Les gens "
                    "dorment par terre, dans la cour"
                ],
                "Grâce Mibanda",
            ),
            (
                I,
                [
                    "les pluies diluviennes de septembre, qui ont endommagé de nombreux puits, "
                    "avaient favorisé la propagation de la maladie"
                ],
                "Organisation panafricaine de la santé",
            ),
        ],
    ),
    (  # 5 protest against electoral reform: quote split by an incise, ministry, PM partial
        "Sarvoni — Des dizaines de milliers de personnes ont de nouveau défilé samedi dans les "
        "rues de Sarvoni, la capitale de l'Estrélie, pour exiger le retrait de la réforme du "
        "code électoral adoptée la semaine dernière par le Parlement. Il s'agit de la "
        "quatrième journée de mobilisation en un mois.\n\n"
        "« On ne nous volera pas notre vote, a lancé au micro Lucia Ferrant, l'une des figures "
        "du mouvement étudiant. Ce gouvernement a peur des urnes. Nous, nous n'avons pas peur "
        "de la rue. »\n\n"
        "En fin d'après-midi, la police a fait usage de gaz lacrymogène aux abords du "
        "Parlement. Le ministère de l'Intérieur a affirmé que 23 policiers avaient été blessés "
        "lors des heurts. Une quarantaine de manifestants ont été interpellés.\n\n"
        "Le Premier ministre, Rafael Odrizzi, a de nouveau jugé la réforme « indispensable "
        "pour moderniser un système hérité d'un autre siècle ». L'opposition a déposé un "
        "recours devant la Cour constitutionnelle, qui doit se prononcer d'ici à la "
        "mi-décembre.",
        [
            (
                D,
                [
                    "On ne nous volera pas notre vote",
                    "Ce gouvernement a peur des urnes. Nous, nous n'avons pas peur de la rue.",
                ],
                "Lucia Ferrant",
            ),
            (
                I,
                ["23 policiers avaient été blessés lors des heurts"],
                "ministère de l'Intérieur",
            ),
            (
                P,
                ["indispensable pour moderniser un système hérité d'un autre siècle"],
                "Rafael Odrizzi",
            ),
        ],
    ),
    (  # 6 water talks in Geneva: no spaces inside « », mediator, ministry as speaker
        "Genève — Les négociations entre l'Ostravie et la Karvénie sur le partage des eaux du "
        "fleuve Ilm se sont achevées jeudi sans accord, après deux jours de discussions à huis "
        "clos dans un hôtel des bords du lac.\n\n"
        "«Les positions se sont rapprochées, mais il reste des points de blocage sérieux», a "
        "déclaré à la presse le médiateur désigné par l'Union des États riverains, Henrik "
        "Solberg-Maas. Une nouvelle session doit se tenir en janvier.\n\n"
        "La cheffe de la délégation karvénienne, Nadia Iskandrova, a reproché à la partie "
        "ostravienne de «vouloir gagner du temps» pendant que les réservoirs du barrage de "
        "Pelsk, en amont, continuent de se remplir. Les récoltes de coton karvéniennes ont "
        "chuté d'un tiers cet été, faute d'irrigation.\n\n"
        "«L'Ostravie respecte pleinement le droit international et n'a jamais réduit le débit "
        "du fleuve en dessous des seuils convenus», a répondu dans un communiqué le ministère "
        "ostravien des Affaires étrangères.",
        [
            (
                D,
                ["Les positions se sont rapprochées, mais il reste des points de blocage sérieux"],
                "Henrik Solberg-Maas",
            ),
            (P, ["vouloir gagner du temps"], "Nadia Iskandrova"),
            (
                D,
                [
                    "L'Ostravie respecte pleinement le droit international et n'a jamais réduit "
                    "le débit du fleuve en dessous des seuils convenus"
                ],
                "ministère ostravien des Affaires étrangères",
            ),
        ],
    ),
    (  # 7 legislative election: "Selon la Commission", M. X, incise with apposition
        "Oslava — L'Alliance civique du Premier ministre sortant, Viktor Hanneke, est arrivée "
        "en tête des élections législatives de dimanche en Sérévie, sans toutefois obtenir la "
        "majorité absolue. Avec 38,2 % des voix, elle devrait disposer de 71 sièges sur 160.\n\n"
        "Selon la Commission électorale, la participation a atteint 58 %, en hausse de six "
        "points par rapport au scrutin de 2022.\n\n"
        "« Les Séréviens nous ont confié la responsabilité de gouverner. Nous tendrons la main "
        "à tous ceux qui partagent nos valeurs », a déclaré M. Hanneke dans la nuit, devant ses "
        "partisans.\n\n"
        "Arrivé deuxième avec 31,5 % des voix, le Mouvement pour la justice sociale a exclu "
        "toute coalition. « Nous ne servirons pas de béquille à un gouvernement usé, a affirmé "
        "son dirigeant, Goran Pelikh. Notre place est dans l'opposition, ou à la tête du "
        "pays. »\n\n"
        "Le petit parti agrarien Terre et Villages, qui a franchi de justesse le seuil de 5 %, "
        "pourrait jouer les faiseurs de roi. Ses dirigeants doivent se réunir mercredi.",
        [
            (
                I,
                [
                    "la participation a atteint 58 %, en hausse de six points par rapport au "
                    "scrutin de 2022"
                ],
                "Commission électorale",
            ),
            (
                D,
                [
                    "Les Séréviens nous ont confié la responsabilité de gouverner. Nous tendrons "
                    "la main à tous ceux qui partagent nos valeurs"
                ],
                "Viktor Hanneke",
            ),
            (
                D,
                [
                    "Nous ne servirons pas de béquille à un gouvernement usé",
                    "Notre place est dans l'opposition, ou à la tête du pays.",
                ],
                "Goran Pelikh",
            ),
        ],
    ),
    (  # 8 migrants left in the desert: NGO indirect, coordinator, minister partial
        "L'ONG Alarme Désert a annoncé vendredi que ses équipes avaient secouru plus de 1 200 "
        "personnes en une semaine dans le désert du Harrak, à la frontière entre la Zamirie et "
        "le Tiyaret. La plupart de ces migrants, originaires d'Afrique de l'Ouest, avaient été "
        "arrêtés dans les villes côtières du Tiyaret puis conduits en camion jusqu'à la "
        "frontière.\n\n"
        "«\u00a0Ils sont abandonnés en plein désert, sans eau, parfois à quinze kilomètres du "
        "premier village. Certains marchent deux jours avant d'être retrouvés\u00a0», a "
        "expliqué par téléphone le coordinateur de l'ONG, Moussa Kanté-Diallo.\n\n"
        "Sollicité, le gouvernement tiyarétien n'a pas donné suite. Le ministre de "
        "l'Intérieur, Salem Bouazzaoui, avait assuré en septembre devant le Parlement que les "
        "reconduites se faisaient «\u00a0dans le respect des conventions "
        "internationales\u00a0».\n\n"
        "Au moins 60 personnes sont mortes dans cette zone depuis janvier.",
        [
            (
                I,
                [
                    "ses équipes avaient secouru plus de 1 200 personnes en une semaine dans le "
                    "désert du Harrak, à la frontière entre la Zamirie et le Tiyaret"
                ],
                "Alarme Désert",
            ),
            (
                D,
                [
                    "Ils sont abandonnés en plein désert, sans eau, parfois à quinze kilomètres "
                    "du premier village. Certains marchent deux jours avant d'être retrouvés"
                ],
                "Moussa Kanté-Diallo",
            ),
            (
                P,
                ["dans le respect des conventions internationales"],
                "Salem Bouazzaoui",
            ),
        ],
    ),
    (  # 9 haemorrhagic fever: minister indirect, doctor "confie-t-il"
        "Les autorités sanitaires de la Brévanie ont confirmé lundi un troisième décès lié au "
        "virus de Marenzo, une fièvre hémorragique apparue fin octobre dans la région "
        "forestière de Kaldo. Vingt-deux cas ont été recensés à ce jour.\n\n"
        "La ministre de la Santé, Irène Vassilaki-Dor, a annoncé que les écoles de la région "
        "resteraient fermées jusqu'au 15 décembre et que les rassemblements de plus de "
        "cinquante personnes y seraient interdits. Plus de 300 contacts des malades sont "
        "suivis quotidiennement.\n\n"
        "À l'hôpital de référence de Kaldo, le docteur Samuel Ebrin, qui dirige l'unité "
        "d'isolement, décrit des équipes à bout de forces. «\u00a0Nous travaillons en "
        "combinaison intégrale par 35\u00a0degrés. Certains collègues n'ont pas vu leur "
        "famille depuis trois semaines\u00a0», confie-t-il.\n\n"
        "Aucun cas n'a été signalé hors de la région de Kaldo. Le virus de Marenzo, transmis "
        "par des chauves-souris, provoque une fièvre brutale et des saignements.",
        [
            (
                I,
                [
                    "les écoles de la région resteraient fermées jusqu'au 15 décembre et que les "
                    "rassemblements de plus de cinquante personnes y seraient interdits"
                ],
                "Irène Vassilaki-Dor",
            ),
            (
                D,
                [
                    "Nous travaillons en combinaison intégrale par 35\u00a0degrés. Certains "
                    "collègues n'ont pas vu leur famille depuis trois semaines"
                ],
                "Samuel Ebrin",
            ),
        ],
    ),
    (  # 10 ceasefire violations, long report: army and rebel spokesmen, farmer, envoy
        "Bangassa (Ardanie) — Le fragile cessez-le-feu conclu le 18 novembre entre l'armée "
        "ardanienne et les rebelles du Front de libération de l'Ouest a été violé à plusieurs "
        "reprises ce week-end, faisant au moins neuf morts dans la région de Koulé.\n\n"
        "Le porte-parole de l'armée, le colonel Didier Massamba, a affirmé dimanche que les "
        "rebelles avaient attaqué un convoi de ravitaillement près du village de Bindi. "
        "« Nos soldats n'ont fait que riposter. L'armée respecte ses engagements », a-t-il "
        "insisté.\n\n"
        "Version opposée du côté du Front, dont le porte-parole, Abel Ngaïrou, rejette ces "
        "accusations. « Ce sont les militaires qui ont bombardé nos positions à l'aube. Nous "
        "avons des images », a-t-il assuré, joint par téléphone.\n\n"
        "Dans le camp de déplacés de Sokodé, la peur est revenue. « On croyait pouvoir rentrer "
        "chez nous pour les semis. Maintenant, plus personne ne bouge », soupire Théodore "
        "Yakété, un cultivateur de 52 ans.\n\n"
        "L'envoyée spéciale de l'Union continentale pour la région, Margarethe Olsson-Diop, "
        "est attendue mardi à Bangassa. Selon la diplomate, le mécanisme de surveillance prévu "
        "par l'accord n'est toujours pas opérationnel, faute de financement.",
        [
            (
                I,
                [
                    "les rebelles avaient attaqué un convoi de ravitaillement près du village de "
                    "Bindi"
                ],
                "Didier Massamba",
            ),
            (
                D,
                ["Nos soldats n'ont fait que riposter. L'armée respecte ses engagements"],
                "Didier Massamba",
            ),
            (
                D,
                [
                    "Ce sont les militaires qui ont bombardé nos positions à l'aube. Nous avons "
                    "des images"
                ],
                "Abel Ngaïrou",
            ),
            (
                D,
                [
                    "On croyait pouvoir rentrer chez nous pour les semis. Maintenant, plus "
                    "personne ne bouge"
                ],
                "Théodore Yakété",
            ),
            (
                I,
                [
                    "le mécanisme de surveillance prévu par l'accord n'est toujours pas "
                    "opérationnel, faute de financement"
                ],
                "Margarethe Olsson-Diop",
            ),
        ],
    ),
    (  # 11 regional summit: "s'est félicité" with double apposition, "Selon un diplomate"
        "Lomar — Les chefs d'État de la Communauté des pays du Grand Lac se sont entendus "
        "vendredi, au terme d'un sommet de deux jours à Lomar, sur la création d'une force "
        "commune de 3 000 hommes chargée de sécuriser les routes commerciales de la région.\n\n"
        "« C'est une journée historique pour notre communauté. Pour la première fois, nous "
        "prenons notre sécurité en main », s'est félicité le président en exercice de "
        "l'organisation, le chef de l'État ouvénien, Patrice Akondo.\n\n"
        "Le financement de cette force reste toutefois flou. Le secrétaire exécutif de la "
        "Communauté, Karim Ould-Bessa, a reconnu que seuls 40 % du budget nécessaire étaient "
        "pour l'instant réunis.\n\n"
        "Absent du sommet, le président du Maranda, Joseph Ekwele, s'est fait représenter par "
        "son ministre des Affaires étrangères. Selon un diplomate présent à Lomar, le Maranda "
        "craint que la force ne serve surtout les intérêts de ses voisins dans le conflit qui "
        "les oppose aux groupes armés du lac.",
        [
            (
                D,
                [
                    "C'est une journée historique pour notre communauté. Pour la première fois, "
                    "nous prenons notre sécurité en main"
                ],
                "Patrice Akondo",
            ),
            (
                I,
                ["seuls 40 % du budget nécessaire étaient pour l'instant réunis"],
                "Karim Ould-Bessa",
            ),
            (
                I,
                [
                    "le Maranda craint que la force ne serve surtout les intérêts de ses voisins "
                    "dans le conflit qui les oppose aux groupes armés du lac"
                ],
                "diplomate",
            ),
        ],
    ),
    (  # 12 return agreement: minister after the quote, "Pour X, « … »"
        "Le gouvernement de la Valdivie a signé mardi avec la Tarsanie un accord prévoyant le "
        "renvoi vers ce pays des demandeurs d'asile déboutés, y compris ceux qui n'en sont pas "
        "originaires, en échange d'une aide au développement de 150 millions d'euros sur trois "
        "ans.\n\n"
        "«\u202fCeux qui ont droit à la protection l'obtiendront. Ceux qui n'y ont pas droit "
        "doivent repartir\u202f», a résumé devant le Parlement la ministre de l'Intérieur, "
        "Ursula Brenndorf, dont le parti a fait de la baisse de l'immigration sa priorité.\n\n"
        "Les associations d'aide aux exilés dénoncent un texte contraire au droit d'asile. "
        "Pour Agnès Morvilliers, juriste à l'association Terre d'accueil, «\u202fon envoie des "
        "gens dans un pays où ils n'ont jamais mis les pieds et où ils ne connaissent "
        "personne\u202f».\n\n"
        "Le texte doit encore être ratifié par le Parlement tarsanien. Quelque 4 000 personnes "
        "pourraient être concernées dès la première année.",
        [
            (
                D,
                [
                    "Ceux qui ont droit à la protection l'obtiendront. Ceux qui n'y ont pas "
                    "droit doivent repartir"
                ],
                "Ursula Brenndorf",
            ),
            (
                D,
                [
                    "on envoie des gens dans un pays où ils n'ont jamais mis les pieds et où ils "
                    "ne connaissent personne"
                ],
                "Agnès Morvilliers",
            ),
        ],
    ),
    (  # 13 earthquake: governor, survivor "murmure-t-elle" with no spaces in « »
        "Un séisme de magnitude 6,8 a frappé dans la nuit de dimanche à lundi le sud-est de la "
        "Karmanie, faisant au moins 214 morts et plus de 900 blessés. Le bilan, encore "
        "provisoire, pourrait s'alourdir.\n\n"
        "« Des quartiers entiers de Derbend ont été rasés. Nous cherchons encore des "
        "survivants sous les décombres », a déclaré le gouverneur de la province, Arman "
        "Toghrulov, à la télévision publique.\n\n"
        "Le président, Ilkin Sadaev, a décrété trois jours de deuil national et s'est rendu "
        "sur place dans l'après-midi.\n\n"
        "Devant les ruines de l'immeuble où vivaient ses parents, Leyla Hasanli, 27 ans, "
        "attend depuis l'aube. «Les secouristes ont entendu des voix hier soir. Depuis, plus "
        "rien», murmure-t-elle.\n\n"
        "Plusieurs pays ont dépêché des équipes de recherche. Les premières sont "
        "attendues mardi à l'aéroport de Derbend, dont la piste a été légèrement endommagée.",
        [
            (
                D,
                [
                    "Des quartiers entiers de Derbend ont été rasés. Nous cherchons encore des "
                    "survivants sous les décombres"
                ],
                "Arman Toghrulov",
            ),
            (
                D,
                ["Les secouristes ont entendu des voix hier soir. Depuis, plus rien"],
                "Leyla Hasanli",
            ),
        ],
    ),
    (  # 14 refugee camp, long report: translated quote, minister named then "le ministre"
        "Mbalé (Ouvéna) — Depuis la signature d'un accord de paix dans le Kivara voisin, en "
        "août, les autorités ouvéniennes pressent les 86 000 réfugiés du camp de Mbalé de "
        "rentrer chez eux. Bien peu s'y résolvent.\n\n"
        "« Là-bas, nos maisons ont été brûlées et nos champs sont occupés par d'autres. "
        "Rentrer pour quoi faire ? », demande en swahili Espérance Nyiramana, mère de cinq "
        "enfants, par l'intermédiaire d'un interprète.\n\n"
        "Le ministre ouvénien chargé des réfugiés, Bernard Kayitare, a assuré mercredi que "
        "« personne ne sera renvoyé de force ». Mais d'après plusieurs responsables "
        "humanitaires, les rations alimentaires ont été réduites de moitié depuis septembre "
        "pour encourager les départs.\n\n"
        "Interrogé sur ce point, le ministre dément. « Les rations dépendent des donateurs, "
        "pas du gouvernement. Nous avons lancé un appel à l'aide internationale il y a deux "
        "mois », a-t-il répondu.\n\n"
        "Le camp, ouvert en 2019, est l'un des plus grands de la région. Ses écoles accueillent "
        "plus de 20 000 enfants.",
        [
            (
                D,
                [
                    "Là-bas, nos maisons ont été brûlées et nos champs sont occupés par d'autres. "
                    "Rentrer pour quoi faire ?"
                ],
                "Espérance Nyiramana",
            ),
            (P, ["personne ne sera renvoyé de force"], "Bernard Kayitare"),
            (
                I,
                [
                    "les rations alimentaires ont été réduites de moitié depuis septembre pour "
                    "encourager les départs"
                ],
                "responsables humanitaires",
            ),
            (
                D,
                [
                    "Les rations dépendent des donateurs, pas du gouvernement. Nous avons lancé "
                    "un appel à l'aide internationale il y a deux mois"
                ],
                "Bernard Kayitare",
            ),
        ],
    ),
    (  # 15 fuel-price protest: unnamed driver, government spokesman partial
        "Port-Elwyn (Tamarie) — La police a dispersé jeudi à coups de gaz lacrymogène "
        "plusieurs milliers de manifestants qui protestaient contre la hausse de 40 % du prix "
        "des carburants, décidée la veille par le gouvernement.\n\n"
        "«\u00a0Avec ce que je gagne, je ne peux plus faire le plein de ma moto. Comment je "
        "vais travailler\u00a0?\u00a0», s'emporte un chauffeur de moto-taxi, qui refuse de "
        "donner son nom.\n\n"
        "Le porte-parole du gouvernement, Célestin Adjavon, a justifié la mesure par "
        "«\u00a0l'état catastrophique des finances publiques\u00a0». Les subventions aux "
        "carburants ont coûté l'an dernier 600 millions de dollars à l'État, soit près d'un "
        "dixième de son budget.\n\n"
        "Les syndicats de transporteurs ont appelé à une grève générale à partir de lundi. Des "
        "magasins sont restés fermés dans plusieurs quartiers de la capitale.",
        [
            (
                D,
                [
                    "Avec ce que je gagne, je ne peux plus faire le plein de ma moto. Comment je "
                    "vais travailler\u00a0?"
                ],
                "chauffeur de moto-taxi",
            ),
            (
                P,
                ["l'état catastrophique des finances publiques"],
                "Célestin Adjavon",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 election abroad: electoral board indirect after the clause, "A," X told. "B."
        "Montselva — Voters in Calvera returned the centre-left Progress Party to power on "
        "Sunday, handing Prime Minister Inés Abarrategui a second four-year term after a "
        "campaign dominated by housing costs and migration.\n\n"
        "With almost all ballots counted, the Progress Party had won 44.1% of the vote and 162 "
        "of the 300 seats in parliament. Turnout was 68.4%, the National Electoral Board "
        "said.\n\n"
        '"Tonight the country chose stability over fear," Abarrategui told cheering supporters '
        'outside the party headquarters. "We will not waste this trust."\n\n'
        "Her main rival, the conservative leader Tomàs Vidreres, conceded defeat shortly "
        "before midnight. His party, which had led in the polls until the final fortnight, lost "
        "23 seats.\n\n"
        "The far-right Fatherland Front doubled its share of the vote to 11.2%, its best "
        "result since it was founded in 2014.",
        [
            (I, ["Turnout was 68.4%"], "National Electoral Board"),
            (D, ["Tonight the country chose stability over fear"], "Inés Abarrategui"),
            (D, ["We will not waste this trust."], "Inés Abarrategui"),
        ],
    ),
    (  # 2 besieged city, curly quotes: aid coordinator, council spokesman partial, doctor
        "Harran-Tel — A convoy of 40 lorries carrying food and medicine reached the besieged "
        "city of Harran-Tel on Tuesday, the first to get through in almost two months.\n\n"
        "“People were boiling grass to feed their children,” said Rania Mansour-Khalil, who "
        "coordinates the operation for the Relief Coalition for the North, an alliance of "
        "eleven charities. “This convoy buys us two weeks, no more.”\n\n"
        "The city of about 200,000 people has been encircled since September by forces loyal "
        "to the military council in Dassar. A spokesman for the council, Colonel Hamid "
        "El-Tayeb, said the lorries had been allowed through “as a gesture of goodwill”.\n\n"
        "At the city’s only functioning hospital, Dr Yusuf Qaddour said through an interpreter "
        "that more than 30 patients had died in recent weeks for lack of insulin and dialysis. "
        "Staff there have not been paid since the summer.\n\n"
        "The coalition is seeking guaranteed access for at least one convoy a week, and Ms "
        "Mansour-Khalil is due to travel to Dassar on Friday for talks with the council.",
        [
            (
                D,
                ["People were boiling grass to feed their children"],
                "Rania Mansour-Khalil",
            ),
            (D, ["This convoy buys us two weeks, no more."], "Rania Mansour-Khalil"),
            (P, ["as a gesture of goodwill"], "Hamid El-Tayeb"),
            (
                I,
                ["more than 30 patients had died in recent weeks for lack of insulin and dialysis"],
                "Yusuf Qaddour",
            ),
        ],
    ),
    (  # 3 Channel-style crossings: "according to" at the end, minister, charity worker
        "More than 600 people crossed the Strait of Vell in small boats on Saturday, the "
        "highest daily figure this year, according to the Border Security Directorate. Calm "
        "seas and light winds are thought to have encouraged smugglers to launch dozens of "
        "dinghies from beaches near Port Lissac.\n\n"
        '"We will not allow criminal gangs to decide who comes to this country," Interior '
        "Minister Callum Rennard said in a statement. He is under pressure from his own "
        "backbenchers to suspend asylum claims from people arriving by boat.\n\n"
        'Charities have long campaigned for safe and legal routes. "Every time the government '
        'talks tough, the crossings get more dangerous, not less," said Aisha Wendover of the '
        "charity Safe Passage Now.\n\n"
        "At least 41 people have died attempting the crossing since January, most of them "
        "in overcrowded boats that capsized within sight of the coast.",
        [
            (
                I,
                [
                    "More than 600 people crossed the Strait of Vell in small boats on Saturday, "
                    "the highest daily figure this year"
                ],
                "Border Security Directorate",
            ),
            (
                D,
                ["We will not allow criminal gangs to decide who comes to this country"],
                "Callum Rennard",
            ),
            (
                D,
                [
                    "Every time the government talks tough, the crossings get more dangerous, "
                    "not less"
                ],
                "Aisha Wendover",
            ),
        ],
    ),
    (  # 4 measles outbreak: Dr. X, "A," said X. "B." = two directs
        "A measles outbreak in rural Larkin County has grown to 94 cases, most of them in "
        "unvaccinated children, and has now spread to two neighboring counties.\n\n"
        '"This is the largest outbreak we have seen here in thirty years," said Dr. Monica '
        'Feldhaus, the county\'s health officer. "And we are not near the peak yet."\n\n'
        "Eleven children have been hospitalized, two of them in intensive care. Vaccination "
        "rates among kindergartners in the county have fallen from 93% to 81% in five "
        "years.\n\n"
        "At a pop-up clinic outside Dunmore Elementary School on Wednesday, dozens of parents "
        "lined up in the cold with their children, some of whom had missed two or three "
        "routine shots. Volunteers handed out coffee and paperwork while nurses worked through "
        "the line. The clinic will return every Wednesday until the end of January, and a "
        "second site is due to open in the county seat next week.",
        [
            (
                D,
                ["This is the largest outbreak we have seen here in thirty years"],
                "Monica Feldhaus",
            ),
            (D, ["And we are not near the peak yet."], "Monica Feldhaus"),
        ],
    ),
    (  # 5 protest for a jailed opposition leader: quote over two paragraphs, partial, "she said"
        "Kessandra — Tens of thousands of people marched through the capital of Mavoro on "
        "Friday to demand the release of the opposition leader Amadou Seck-Tiane, who has been "
        "held without trial since July.\n\n"
        "Police fired tear gas at protesters who tried to approach the presidential palace, "
        "and witnesses reported at least 30 arrests.\n\n"
        "Seck-Tiane’s lawyer, Mariam Toukara, told reporters outside the appeals court: “My "
        "client has been held for 140 days without seeing a judge. The file against him is "
        "empty.\n\n"
        "“If the authorities had any evidence, they would have presented it by now. They are "
        "keeping him in prison because they fear him at the ballot box.”\n\n"
        "Government spokesman Ibrahima Ndour said the march had been “hijacked by "
        "troublemakers paid by foreign interests”.\n\n"
        "In the crowd, a 23-year-old nursing student who gave her name only as Fatou had come "
        "with her mother and two sisters. “We are not afraid anymore,” she said.",
        [
            (
                D,
                [
                    "My client has been held for 140 days without seeing a judge. The file "
                    "against him is empty.",
                    "If the authorities had any evidence, they would have presented it by now. "
                    "They are keeping him in prison because they fear him at the ballot box.",
                ],
                "Mariam Toukara",
            ),
            (
                P,
                ["hijacked by troublemakers paid by foreign interests"],
                "Ibrahima Ndour",
            ),
            (D, ["We are not afraid anymore"], "Fatou"),
        ],
    ),
    (  # 6 prisoner swap: comma incise (one quote, two spans), "Ms X said", freed reporter
        "Haldor — Two journalists and a human rights lawyer were among 48 prisoners exchanged "
        "on Monday by Varosia and the Tembrian Republic, in a swap brokered over several "
        "months by Lisselund.\n\n"
        '"This is not the end of our work," Lisselund\'s foreign minister, Ebba Strandqvist, '
        'said on the tarmac at Haldor airport, "but today families are whole again."\n\n'
        "Ms Strandqvist said talks on a wider exchange, covering several hundred detainees, "
        "would resume in January.\n\n"
        '"For the first year I did not see the sky," said Piotr Adamek-Verne, one of the freed '
        "reporters, who spent 19 months in a Tembrian prison after being convicted of "
        "espionage.\n\n"
        "Neither Varosia nor the Tembrian Republic commented on the terms of the deal, which "
        "came three weeks after a meeting between their foreign ministers in Lisselund.",
        [
            (
                D,
                ["This is not the end of our work", "but today families are whole again."],
                "Ebba Strandqvist",
            ),
            (
                I,
                [
                    "talks on a wider exchange, covering several hundred detainees, would resume "
                    "in January"
                ],
                "Ebba Strandqvist",
            ),
            (D, ["For the first year I did not see the sky"], "Piotr Adamek-Verne"),
        ],
    ),
    (  # 7 dengue emergency: ministry as speaker, nurse
        "Tuvana — Authorities in the Maravi Islands declared a state of emergency on Wednesday "
        "after dengue cases tripled in a month, overwhelming hospitals on the main island.\n\n"
        "The health ministry said 3,870 cases and 21 deaths had been recorded since the start "
        "of October, more than in the whole of last year.\n\n"
        '"Every bed is taken. We have patients on drips in the corridors and in the car park," '
        "said Seini Fakalolo, a senior nurse at Tuvana General Hospital.\n\n"
        "Schools will close for two weeks while teams spray insecticide in residential areas. "
        "Heavy rains in September left pools of standing water across the capital, creating "
        "ideal breeding grounds for mosquitoes. Neighbouring island states have sent doctors "
        "and supplies of intravenous fluids.",
        [
            (
                I,
                [
                    "3,870 cases and 21 deaths had been recorded since the start of October, "
                    "more than in the whole of last year"
                ],
                "health ministry",
            ),
            (
                D,
                [
                    "Every bed is taken. We have patients on drips in the corridors and in the "
                    "car park"
                ],
                "Seini Fakalolo",
            ),
        ],
    ),
    (  # 8 city council shelter: partial then "she said" direct, council indirect
        "The Brenford City Council voted 7-2 on Tuesday night to turn a disused sports hall "
        "into a shelter for up to 300 asylum seekers, many of whom have been sleeping in and "
        "around the central station for weeks.\n\n"
        'Councillor Dana Okafor-Reyes, who proposed the measure, said it was "the bare minimum '
        'a decent city can do". "People are sleeping on cardboard in November. We could not '
        'wait for the national government any longer," she said.\n\n'
        "The two councillors who voted against cited the estimated £1.2m annual cost. The "
        "hall, on Mill Lane, has stood empty since a new leisure centre opened in 2021.\n\n"
        "The council said the shelter would open on December 8 and be run by the charity Open "
        "Door Brenford, with beds, showers and a canteen serving two meals a day.",
        [
            (P, ["the bare minimum a decent city can do"], "Dana Okafor-Reyes"),
            (
                D,
                [
                    "People are sleeping on cardboard in November. We could not wait for the "
                    "national government any longer"
                ],
                "Dana Okafor-Reyes",
            ),
            (
                I,
                [
                    "the shelter would open on December 8 and be run by the charity Open Door "
                    "Brenford, with beds, showers and a canteen serving two meals a day"
                ],
                "Brenford City Council",
            ),
        ],
    ),
    (  # 9 presidential runoff: curly quotes, colon after "told supporters"
        "Estany’s presidential election will go to a runoff on December 14 after neither of "
        "the two leading candidates won more than half of the vote in Sunday’s first "
        "round.\n\n"
        "“The people have asked for a real debate, and they will get one,” said Clara "
        "Montbrió, a former central bank governor who finished first with 41%.\n\n"
        "Her opponent, the nationalist senator Jordi Albesa, who took 36%, told supporters in "
        "the northern city of Vallfort: “The second round starts tonight, and we start it "
        "with momentum.”\n\n"
        "Eight other candidates shared the remaining votes. Turnout fell to 57%, the lowest "
        "since the return of democracy in 1991, and both finalists will now court the voters "
        "of the Green List, which came third with 9%.",
        [
            (
                D,
                ["The people have asked for a real debate, and they will get one"],
                "Clara Montbrió",
            ),
            (
                D,
                ["The second round starts tonight, and we start it with momentum."],
                "Jordi Albesa",
            ),
        ],
    ),
    (  # 10 drone strike on a market: "according to" a directorate, translated quote
        "At least 14 people were killed when a drone struck a crowded market in the town of "
        "Qasr Adim on Saturday morning, according to the Qasr Adim Health Directorate. Dozens "
        "more were wounded, many of them children.\n\n"
        "“I heard the sound above us, and then everything was dust,” said Mahmoud Al-Sayer, a "
        "vegetable seller, speaking in Arabic from his hospital bed. His brother was among the "
        "dead.\n\n"
        "No group has claimed responsibility for the attack. The town lies close to the front "
        "line between government forces and the Southern Alliance, which have traded "
        "accusations over a series of drone strikes since the collapse of a truce in "
        "August. Hospitals in the area are short of blood and anaesthetics, and the nearest "
        "surgical unit is a three-hour drive away.",
        [
            (
                I,
                [
                    "At least 14 people were killed when a drone struck a crowded market in the "
                    "town of Qasr Adim on Saturday morning"
                ],
                "Qasr Adim Health Directorate",
            ),
            (
                D,
                ["I heard the sound above us, and then everything was dust"],
                "Mahmoud Al-Sayer",
            ),
        ],
    ),
    (  # 11 ceasefire talks: envoy named once then "the envoy", deputy minister "he said"
        "Soreto — The international envoy for the Kelvar conflict, Marguerite Obi-Lindqvist, "
        'said on Thursday that a ceasefire agreement was "closer than ever" after five days of '
        "indirect talks in the Adrian capital.\n\n"
        '"Both delegations have shown flexibility on the questions that blocked us in the '
        'spring," the envoy told reporters. "What remains is difficult, but it is not '
        'impossible."\n\n'
        "The head of the government delegation, Deputy Foreign Minister Rustam Eshanov, was "
        'more cautious. "We will sign nothing that rewards aggression," he said.\n\n'
        "The exchange of prisoners and the return of displaced families to border villages "
        "are understood to be the main sticking points. Fighting along the Kelvar border has "
        "displaced some 90,000 people since March. The talks will resume after the new year.",
        [
            (P, ["closer than ever"], "Marguerite Obi-Lindqvist"),
            (
                D,
                [
                    "Both delegations have shown flexibility on the questions that blocked us in "
                    "the spring"
                ],
                "Marguerite Obi-Lindqvist",
            ),
            (
                D,
                ["What remains is difficult, but it is not impossible."],
                "Marguerite Obi-Lindqvist",
            ),
            (D, ["We will sign nothing that rewards aggression"], "Rustam Eshanov"),
        ],
    ),
    (  # 12 doctors' strike: comma incise with relative clause, minister partial, "Mr X"
        "Junior doctors in Felvania began a five-day strike on Monday over pay and staffing, "
        "forcing hospitals to cancel thousands of planned operations.\n\n"
        '"We have not had a pay rise in six years," said Dr Ana Prelić-Voss, who chairs the '
        "junior doctors' committee of the Felvanian Medical Union, \"and we are being asked "
        'to cover two wards at once."\n\n'
        'Health Minister Goran Stavrić said the walkout was "irresponsible" in the middle of '
        "the flu season. Mr Stavrić has offered a 4% rise, well below the 15% the union is "
        "seeking.\n\n"
        "Emergency departments and maternity wards remain open during the strike, but thousands "
        "of outpatient appointments have been postponed. About 11,000 junior doctors work in "
        "Felvania's public hospitals, and a second walkout is planned for January if no "
        "agreement is reached.",
        [
            (
                D,
                [
                    "We have not had a pay rise in six years",
                    "and we are being asked to cover two wards at once.",
                ],
                "Ana Prelić-Voss",
            ),
            (P, ["irresponsible"], "Goran Stavrić"),
        ],
    ),
    (  # 13 refugee resettlement: quote through an interpreter, attribution after two sentences
        "Brenmouth — After nine years in a camp in Terrasol, the Haddad family landed at "
        "Brenmouth airport on Tuesday, among the first 120 refugees to arrive under the "
        "government's new community sponsorship scheme.\n\n"
        '"My children have never seen a real school. Tomorrow they will," Karim Haddad said '
        "through an interpreter, holding his youngest daughter in his arms.\n\n"
        "The family will live in a rented house in the town of Ashcombe, where a group of "
        "local volunteers has spent the past six months raising money, furnishing rooms and "
        "finding school places for the four children.\n\n"
        "The scheme, launched in June, allows groups of residents to sponsor a refugee family "
        "directly, taking responsibility for housing and support during their first two "
        "years. Up to 2,000 refugees a year could arrive this way.",
        [
            (
                D,
                ["My children have never seen a real school. Tomorrow they will"],
                "Karim Haddad",
            ),
        ],
    ),
    (  # 14 student blockade: unnamed protester, "told the crowd:" colon quote
        "Velmora — Several thousand students blockaded the main campus of the National "
        "University of Drevia on Wednesday, the third day of protests against a plan to "
        "introduce tuition fees from next autumn.\n\n"
        '"They want us to pay for a degree that leads to unemployment," one protester, a '
        "20-year-old engineering student, said as classmates chained the gates shut.\n\n"
        "Under the draft law, which parliament is due to debate in January, fees would be "
        "capped at 900 euros a year. Until now, higher education in Drevia has been free for "
        "all citizens.\n\n"
        "Lectures were cancelled across the campus, and students at two other universities "
        "have voted to join the blockade on Thursday. Riot police were stationed near the "
        "main gate but did not intervene.",
        [
            (
                D,
                ["They want us to pay for a degree that leads to unemployment"],
                "protester",
            ),
        ],
    ),
    (  # 15 embassy reopening: foreign ministry as speaker of a direct quote
        "Arveland is to reopen its embassy in Tesmara next month, ten years after it was shut "
        "during the Tesmaran civil war, in the clearest sign yet of a thaw between the two "
        "countries.\n\n"
        '"Dialogue is not a reward. It is a necessity," the Arveland foreign ministry said in '
        "a statement on Friday.\n\n"
        "The decision follows a visit to Tesmara in October by a delegation of Arveland "
        "officials and the release of two Arveland aid workers detained there since 2023. A "
        "chargé d'affaires will run the mission until an ambassador is appointed.\n\n"
        "Exiled Tesmaran opposition groups condemned the move. Several other European "
        "governments are considering similar steps. Arveland was one of the last countries in "
        "the region to close its mission during the war, when fighting reached the outskirts "
        "of the Tesmaran capital.",
        [
            (
                D,
                ["Dialogue is not a reward. It is a necessity"],
                "Arveland foreign ministry",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout36.jsonl"),
        "heldout36",
        "h36",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
