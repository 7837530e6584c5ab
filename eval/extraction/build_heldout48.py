"""Source of the forty-eighth held-out set: writes heldout48.jsonl (split "heldout48").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like regional and consumer news on agriculture, food and weather: harvests, farm-gate and
shop prices, product recalls, droughts, storms and floods.
Measured once before (extractor 0.3.0) and with extractors 0.18.0 and 0.19.0 before it was
read; read to write 0.20.0 (docs/EXTRACTION.md). Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout48.py
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
# narrow no-break spaces (\u202f), none, “ ” and dialogue dashes.
FR: list[Item] = [
    (  # 1 harvest after hail: speaker after cue with relative clause, indirect "a précisé que", noun-object cue not annotated
        "Saint-Aubert-des-Vignes — Les vendanges se sont achevées mardi dans le vignoble du "
        "Haut-Lirac, avec des volumes en recul de près de 30 % par rapport à la moyenne des cinq "
        "dernières années, après l'orage de grêle qui a frappé le secteur le 3 juillet.\n\n"
        "« On a perdu la moitié de nos grappes en vingt minutes. Je n'avais jamais vu ça en "
        "quarante ans de métier », raconte Jean-Marc Delorge, qui exploite 18 hectares sur les "
        "coteaux de la commune. Les raisins épargnés sont sains, et les premiers jus prometteurs.\n\n"
        "La présidente de la chambre d'agriculture, Hélène Vasseur-Pradel, a annoncé mardi la "
        "création d'un fonds d'urgence de 2,5 millions d'euros pour les exploitations les plus "
        "touchées. Elle a précisé que les premières aides seraient versées avant la fin de "
        "l'année, sur présentation d'un constat d'expert.\n\n"
        "Plusieurs caves coopératives réclament de leur côté un report des cotisations sociales "
        "et un prêt bonifié pour financer les filets paragrêle, dont l'installation coûte "
        "environ 8 000 euros par hectare.",
        [
            (
                D,
                [
                    "On a perdu la moitié de nos grappes en vingt minutes. Je n'avais jamais vu ça "
                    "en quarante ans de métier"
                ],
                "Jean-Marc Delorge",
            ),
            (
                I,
                [
                    "les premières aides seraient versées avant la fin de l'année, sur présentation "
                    "d'un constat d'expert"
                ],
                "Hélène Vasseur-Pradel",
            ),
        ],
    ),
    (  # 2 cheese recall: no-break spaces, site name in quotes (not speech), unnamed spokesperson -> org, "Selon l'agence", question mark inside
        "L'enseigne de supermarchés Primavert a lancé jeudi le rappel de plusieurs lots de tomme "
        "de brebis vendus dans ses 212 magasins entre le 2 et le 16 novembre, en raison d'une "
        "possible contamination à la listeria.\n\n"
        "Les produits concernés, dont les numéros de lot sont consultables sur le site public "
        "«\u00a0Alerte Assiette\u00a0», ne doivent pas être consommés. «\u00a0Par mesure de "
        "précaution, nous invitons nos clients à les rapporter en magasin, où ils seront "
        "intégralement remboursés\u00a0», a indiqué un porte-parole de Primavert.\n\n"
        "Selon l'agence régionale de santé, trois personnes ont été hospitalisées dans le Cantal "
        "et en Lozère, sans que le lien avec le fromage soit à ce stade établi.\n\n"
        "L'association de consommateurs Vigiconso s'est étonnée du délai. «\u00a0Les premières "
        "analyses positives datent du 12\u00a0novembre. Pourquoi a-t-il fallu une semaine pour "
        "prévenir le public\u00a0?\u00a0», s'interroge sa présidente, Martine Oyharçabal. Le "
        "fabricant, la fromagerie Lasbordes, avait déjà rappelé deux lots de fromage frais au "
        "printemps.",
        [
            (
                D,
                [
                    "Par mesure de précaution, nous invitons nos clients à les rapporter en "
                    "magasin, où ils seront intégralement remboursés"
                ],
                "Primavert",
            ),
            (
                I,
                [
                    "trois personnes ont été hospitalisées dans le Cantal et en Lozère, sans que le "
                    "lien avec le fromage soit à ce stade établi"
                ],
                "agence régionale de santé",
            ),
            (
                D,
                [
                    "Les premières analyses positives datent du 12\u00a0novembre. Pourquoi a-t-il "
                    "fallu une semaine pour prévenir le public\u00a0?"
                ],
                "Martine Oyharçabal",
            ),
        ],
    ),
    (  # 3 drought, water trucks: narrow no-break spaces, label «crise» not speech, quote over two paragraphs, speaker "la maire" after second
        "Combelongue — Pour la troisième année consécutive, la commune vit au rythme des "
        "camions-citernes. Le forage qui alimente ses 1\u202f400 habitants est descendu sous le "
        "seuil d'alerte début août, et le préfet a placé le bassin de la Sèvre haute en "
        "«\u202fcrise\u202f», le niveau le plus élevé de restriction.\n\n"
        "«\u202fNous livrons chaque jour 90\u202fmètres cubes d'eau potable, à la charge de la "
        "commune. Notre budget ne tiendra pas un hiver de plus à ce régime.\n\n"
        "«\u202fIl faut que l'État prenne ses responsabilités\u202f», martèle la maire, Sylvie "
        "Arnaudet, qui a écrit à deux reprises au ministère de la Transition écologique.\n\n"
        "Dans les exploitations, l'inquiétude grandit aussi. Thierry Bonnefous, éleveur de "
        "vaches limousines, a dû vendre une vingtaine de bêtes faute de fourrage, et achète "
        "désormais du foin venu d'Espagne. Les nappes, mesurées chaque semaine par le syndicat "
        "des eaux Aquasèvre, sont à leur plus bas niveau depuis 1976.",
        [
            (
                D,
                [
                    "Nous livrons chaque jour 90\u202fmètres cubes d'eau potable, à la charge de la "
                    "commune. Notre budget ne tiendra pas un hiver de plus à ce régime.",
                    "Il faut que l'État prenne ses responsabilités",
                ],
                "Sylvie Arnaudet",
            ),
        ],
    ),
    (  # 4 milk price talks: « » without spaces, "a fait valoir son directeur général", partial after "a appelé les deux parties"
        "Rennes — Les négociations sur le prix du lait pour 2027 se sont soldées vendredi par un "
        "échec entre la laiterie Guéradec et l'organisation de producteurs Lait d'Armor, qui "
        "représente 640 élevages bretons.\n\n"
        "«Nous demandions 480 euros les mille litres, on nous en propose 445. C'est en dessous "
        "de nos coûts de production», a expliqué Didier Kermarrec, président de Lait d'Armor, à "
        "la sortie de la réunion. Les producteurs envisagent de bloquer les livraisons dès la "
        "semaine prochaine.\n\n"
        "Du côté de la laiterie, on invoque la chute des cours du beurre et de la poudre de lait "
        "sur les marchés mondiaux. «Nous ne pouvons pas payer plus que ce que le marché nous "
        "rend», a fait valoir son directeur général, Philippe Le Goaziou.\n\n"
        "Interrogée jeudi à l'Assemblée, la ministre de l'Agriculture, Nathalie Ferrière-Sabran, "
        "a appelé les deux parties «à revenir à la table». Un médiateur pourrait être nommé si "
        "aucun accord n'est trouvé d'ici à la fin du mois.",
        [
            (
                D,
                [
                    "Nous demandions 480 euros les mille litres, on nous en propose 445. C'est en "
                    "dessous de nos coûts de production"
                ],
                "Didier Kermarrec",
            ),
            (
                D,
                ["Nous ne pouvons pas payer plus que ce que le marché nous rend"],
                "Philippe Le Goaziou",
            ),
            (P, ["à revenir à la table"], "Nathalie Ferrière-Sabran"),
        ],
    ),
    (  # 5 storm: "…, selon X." part before, incise with rank "lieutenant-colonel", operation name not speech
        "La tempête Orane a balayé dans la nuit de dimanche à lundi la façade atlantique, avec "
        "des rafales mesurées à 158 km/h à la pointe de Kerlaouen. Quelque 86 000 foyers "
        "étaient encore privés d'électricité lundi midi, selon le gestionnaire du réseau.\n\n"
        "Les pompiers du Finistère-Sud sont intervenus plus de 1 100 fois. « Essentiellement "
        "pour des arbres tombés sur les routes et des toitures arrachées, a détaillé le "
        "lieutenant-colonel Yannick Morvézen, qui dirigeait les opérations. Nous n'avons aucune "
        "victime grave à déplorer, et c'est presque un miracle. »\n\n"
        "Le préfet avait déclenché dès samedi l'opération « Littoral sûr », qui prévoyait la "
        "fermeture des plages et des ports de plaisance, une décision critiquée par certains "
        "commerçants.\n\n"
        "Chez Météo-Littoral, le prévisionniste Gaël Quéméner met en garde : « Une nouvelle "
        "dépression arrive jeudi. Elle sera moins violente, mais les sols sont gorgés d'eau et "
        "le risque d'inondation est réel. »",
        [
            (
                I,
                ["Quelque 86 000 foyers étaient encore privés d'électricité lundi midi"],
                "gestionnaire du réseau",
            ),
            (
                D,
                [
                    "Essentiellement pour des arbres tombés sur les routes et des toitures arrachées",
                    "Nous n'avons aucune victime grave à déplorer, et c'est presque un miracle.",
                ],
                "Yannick Morvézen",
            ),
            (
                D,
                [
                    "Une nouvelle dépression arrive jeudi. Elle sera moins violente, mais les sols "
                    "sont gorgés d'eau et le risque d'inondation est réel."
                ],
                "Gaël Quéméner",
            ),
        ],
    ),
    (  # 6 flood reportage: dialogue dashes, speaker in previous sentence, unnamed "son voisin", "Il affirme que"
        "Valbrune-sur-Loue — L'eau est montée d'un mètre vingt en quelques heures dans la nuit "
        "de mardi, submergeant la place du village et une trentaine de maisons. Mercredi matin, "
        "les habitants évaluaient les dégâts, bottes aux pieds.\n\n"
        "Devant sa boulangerie, Corinne Vuillemin racle la boue à la pelle. Le four est hors "
        "d'usage, les sacs de farine sont perdus.\n\n"
        "— Trois semaines de fermeture, au moins. Et l'assurance, je ne sais pas encore ce "
        "qu'elle prendra.\n\n"
        "Son voisin, un retraité qui vit là depuis cinquante ans, hausse les épaules.\n\n"
        "— En 1999, c'était pire. Mais à l'époque, on n'avait pas bétonné tout le haut de la "
        "vallée.\n\n"
        "Le maire, Gérard Pourchet, a demandé la reconnaissance de l'état de catastrophe "
        "naturelle. Il affirme que la commune a alerté à plusieurs reprises sur l'entretien des "
        "berges, sans réponse du syndicat de rivière. Ce dernier, contacté, n'a pas souhaité "
        "commenter.",
        [
            (
                D,
                [
                    "Trois semaines de fermeture, au moins. Et l'assurance, je ne sais pas encore "
                    "ce qu'elle prendra."
                ],
                "Corinne Vuillemin",
            ),
            (
                D,
                [
                    "En 1999, c'était pire. Mais à l'époque, on n'avait pas bétonné tout le haut "
                    "de la vallée."
                ],
                "voisin",
            ),
            (
                I,
                [
                    "la commune a alerté à plusieurs reprises sur l'entretien des berges, sans "
                    "réponse du syndicat de rivière"
                ],
                "Gérard Pourchet",
            ),
        ],
    ),
    (  # 7 grocery prices: report title not speech, "accuse sa déléguée générale", “ ” typography, "Pour X, « … »"
        "Le prix du panier de courses a encore augmenté de 4,2 % sur un an en octobre. "
        "L'association Consomm'Action, qui suit 120 produits de grande consommation dans 300 "
        "magasins, a publié mardi son rapport annuel, intitulé « Le panier sous tension ».\n\n"
        "Elle y pointe surtout la hausse des produits d'hygiène et des conserves. « Les "
        "industriels ont répercuté bien plus que la hausse de leurs coûts », accuse sa déléguée "
        "générale, Agathe Rivoallan.\n\n"
        "L'Association nationale des fabricants alimentaires, qui représente quelque 400 "
        "entreprises, conteste ces chiffres. “Nos marges nettes sont inférieures à 2 %. Parler de "
        "profiteurs, c'est ignorer la réalité de nos usines”, a répliqué son président, Bernard "
        "Castagnet, dans un communiqué.\n\n"
        "Pour l'économiste Laurent Mézières, chercheur à l'Institut Terroirs et Marchés, « la "
        "hausse ralentit, mais les prix ne redescendront pas ». Le ministre de l'Économie doit "
        "réunir industriels et distributeurs le 8 décembre.",
        [
            (
                D,
                ["Les industriels ont répercuté bien plus que la hausse de leurs coûts"],
                "Agathe Rivoallan",
            ),
            (
                D,
                [
                    "Nos marges nettes sont inférieures à 2 %. Parler de profiteurs, c'est ignorer "
                    "la réalité de nos usines"
                ],
                "Bernard Castagnet",
            ),
            (D, ["la hausse ralentit, mais les prix ne redescendront pas"], "Laurent Mézières"),
        ],
    ),
    (  # 8 apple prices: narrow nbsp, "poursuit l'arboricultrice" incise (one quote, two pieces), scare quotes «moches», "l'intéressée" partial
        "Dans le Val de Cérane, la récolte de pommes s'annonce abondante cette année, mais les "
        "arboriculteurs n'ont pas le cœur à la fête. Les cours se sont effondrés à 0,28 euro le "
        "kilo payé au producteur, contre 0,41 l'an dernier.\n\n"
        "«\u202fOn va vendre à perte, c'est certain\u202f», soupire Élodie Marchal-Brun, qui "
        "cultive 25 hectares de vergers à Saint-Pons-de-Cérane. «\u202fLa main-d'œuvre, "
        "l'énergie pour les chambres froides, tout a augmenté, poursuit l'arboricultrice. Et en "
        "face, les centrales d'achat ne bougent pas d'un centime.\u202f»\n\n"
        "Pour écouler les fruits trop petits ou tachés, plusieurs coopératives misent sur la "
        "vente de pommes «\u202fmoches\u202f» à prix réduit en grande surface. L'intéressée y "
        "voit «\u202fun pansement, pas une solution\u202f». Près de 15 % de la production "
        "pourrait rester sur les arbres faute de débouchés.",
        [
            (D, ["On va vendre à perte, c'est certain"], "Élodie Marchal-Brun"),
            (
                D,
                [
                    "La main-d'œuvre, l'énergie pour les chambres froides, tout a augmenté",
                    "Et en face, les centrales d'achat ne bougent pas d'un centime.",
                ],
                "Élodie Marchal-Brun",
            ),
            (P, ["un pansement, pas une solution"], "Élodie Marchal-Brun"),
        ],
    ),
    (  # 9 wildfire: speaker in previous sentence (colonel), "a ironisé", partial inside reported speech of "la préfète"
        "Près de 640 hectares de garrigue et de pinède ont brûlé entre samedi et lundi sur les "
        "communes de Roquebelle et de Montagnac-le-Vieux, dans l'incendie le plus important de "
        "l'année dans le département. Le feu, parti d'une moissonneuse-batteuse en bordure de "
        "champ, est désormais fixé.\n\n"
        "Le colonel Fabrice Aldebert, qui commande le service départemental d'incendie et de "
        "secours, dresse un constat sévère. « Avec des vents à 70 km/h et une végétation aussi "
        "sèche, une simple étincelle suffit. Nous avons engagé 420 sapeurs-pompiers et quatre "
        "avions bombardiers d'eau. Sans eux, le village de Roquebelle aurait été touché. »\n\n"
        "La préfète, Anne-Laure Ribeyrolles, a interdit les travaux agricoles mécanisés aux "
        "heures les plus chaudes jusqu'à nouvel ordre. Une mesure mal reçue par les céréaliers. "
        "« On nous demande de moissonner la nuit, avec des salariés qu'on ne trouve déjà pas le "
        "jour », a ironisé Bastien Roumanille, président des Jeunes Agriculteurs du canton.\n\n"
        "La préfète a assuré qu'un dispositif de dérogation serait étudié « au cas par cas » "
        "avec la chambre d'agriculture.",
        [
            (
                D,
                [
                    "Avec des vents à 70 km/h et une végétation aussi sèche, une simple étincelle "
                    "suffit. Nous avons engagé 420 sapeurs-pompiers et quatre avions bombardiers "
                    "d'eau. Sans eux, le village de Roquebelle aurait été touché."
                ],
                "Fabrice Aldebert",
            ),
            (
                D,
                [
                    "On nous demande de moissonner la nuit, avec des salariés qu'on ne trouve déjà "
                    "pas le jour"
                ],
                "Bastien Roumanille",
            ),
            (P, ["au cas par cas"], "Anne-Laure Ribeyrolles"),
        ],
    ),
    (  # 10 wheat harvest: "Selon le cabinet X" (generic noun dropped), no-break spaces, "a-t-il souligné" incise
        "Selon le cabinet d'études Agrimétrie, la récolte de blé tendre devrait atteindre 29,8 "
        "millions de tonnes cette année, en hausse de 18 % sur un an, après une campagne 2025 "
        "catastrophique.\n\n"
        "Mais l'abondance ne fait pas la fortune. «\u00a0Avec un prix autour de 170\u00a0euros "
        "la tonne, la plupart des exploitations ne couvrent pas leurs charges\u00a0», estime "
        "Mathilde Garnier-Lacombe, céréalière dans la Beauce drouaise et vice-présidente de "
        "l'Union des producteurs de grains.\n\n"
        "Le président de la coopérative Céréalis Centre, Hervé Dutheil, se veut plus nuancé. "
        "«\u00a0La qualité est excellente, les taux de protéines sont bons, a-t-il souligné. "
        "Nous avons des acheteurs en Afrique du Nord qui attendent nos bateaux.\u00a0»\n\n"
        "Les exportations vers le Maghreb avaient chuté de moitié l'an dernier, faute de "
        "volumes. Le port de Rouen prévoit de charger une quarantaine de navires d'ici à mars.",
        [
            (
                I,
                [
                    "la récolte de blé tendre devrait atteindre 29,8 millions de tonnes cette "
                    "année, en hausse de 18 % sur un an, après une campagne 2025 catastrophique"
                ],
                "Agrimétrie",
            ),
            (
                D,
                [
                    "Avec un prix autour de 170\u00a0euros la tonne, la plupart des exploitations "
                    "ne couvrent pas leurs charges"
                ],
                "Mathilde Garnier-Lacombe",
            ),
            (
                D,
                [
                    "La qualité est excellente, les taux de protéines sont bons",
                    "Nous avons des acheteurs en Afrique du Nord qui attendent nos bateaux.",
                ],
                "Hervé Dutheil",
            ),
        ],
    ),
    (  # 11 heatwave: woman forecaster after cue "a prévenu", plan name not speech, "a-t-il expliqué" pronoun for mayor
        "Des températures de 38 à 41 °C sont attendues jeudi et vendredi dans la vallée du Rhône "
        "et le Sud-Est, en pleine période de récolte des abricots et des melons. Le service de "
        "prévision Météo-Horizon a placé onze départements en vigilance orange canicule.\n\n"
        "« Ce qui nous inquiète, c'est la durée. Les nuits ne descendront pas sous les 24 degrés, "
        "et les organismes, humains comme végétaux, ne récupèrent pas », a prévenu la "
        "prévisionniste Inès Balestrier.\n\n"
        "À Cavaillargues, le maire, Raymond Sabatier, a activé le « plan Chaleur Plus », qui "
        "ouvre la salle des fêtes climatisée aux personnes âgées. Il a par ailleurs avancé les "
        "horaires du marché de producteurs à 6 heures. « Les maraîchers ne peuvent pas rester "
        "sous le soleil avec leurs salades jusqu'à midi. C'est du bon sens », a-t-il expliqué.\n\n"
        "Dans les vergers, les cueilleurs commencent désormais à 5 heures et s'arrêtent avant "
        "13 heures.",
        [
            (
                D,
                [
                    "Ce qui nous inquiète, c'est la durée. Les nuits ne descendront pas sous les 24 "
                    "degrés, et les organismes, humains comme végétaux, ne récupèrent pas"
                ],
                "Inès Balestrier",
            ),
            (
                D,
                [
                    "Les maraîchers ne peuvent pas rester sous le soleil avec leurs salades jusqu'à "
                    "midi. C'est du bon sens"
                ],
                "Raymond Sabatier",
            ),
        ],
    ),
    (  # 12 honey labelling: “ ” nested in « », label «récolté en France» not speech, agency "a fait savoir que", partial of unnamed group
        "Un pot de miel sur trois vendu en grande surface ne correspond pas à ce qu'annonce son "
        "étiquette. C'est la conclusion d'une enquête publiée lundi par l'association Familles "
        "Consommatrices, qui a fait analyser 64 miels achetés dans une quinzaine d'enseignes.\n\n"
        "« Sur l'étiquette, il est écrit “miel de montagne”, mais l'analyse pollinique montre un "
        "assemblage de miels d'importation », détaille Sébastien Ortolan, chargé des études à "
        "l'association. Un pot vendu 11,90 euros le kilo, étiqueté « récolté en France », "
        "contenait même des sirops de sucre.\n\n"
        "Les apiculteurs, eux, ne sont pas surpris. « Ça fait des années qu'on le dit. On se bat "
        "contre des prix impossibles », lâche Josiane Peyrelongue, qui produit une vingtaine de "
        "tonnes par an en Ariège.\n\n"
        "La Direction de la protection des consommateurs a fait savoir qu'elle avait engagé des "
        "contrôles chez quatre conditionneurs. Les fédérations de la distribution ont assuré, "
        "dans un communiqué commun, qu'elles « coopéreraient pleinement » avec les enquêteurs.",
        [
            (
                D,
                [
                    "Sur l'étiquette, il est écrit “miel de montagne”, mais l'analyse pollinique "
                    "montre un assemblage de miels d'importation"
                ],
                "Sébastien Ortolan",
            ),
            (
                D,
                ["Ça fait des années qu'on le dit. On se bat contre des prix impossibles"],
                "Josiane Peyrelongue",
            ),
            (
                I,
                ["elle avait engagé des contrôles chez quatre conditionneurs"],
                "Direction de la protection des consommateurs",
            ),
            (P, ["coopéreraient pleinement"], "fédérations de la distribution"),
        ],
    ),
    (  # 13 flash flood: woman captain, cue "raconte :" then quote over two paragraphs, partial in reported speech, "D'après la préfecture"
        "Saint-Léger-des-Prés — En moins de deux heures, il est tombé samedi soir l'équivalent "
        "de deux mois de pluie sur ce bourg de 3 000 habitants. Le ruisseau du Moulinet, "
        "d'ordinaire à sec en septembre, a débordé dans la rue principale, emportant une "
        "dizaine de voitures.\n\n"
        "Les sapeurs-pompiers ont procédé à 47 mises en sécurité, dont plusieurs par "
        "hélicoptère. La capitaine Christelle Fournival, qui coordonnait les secours, raconte :\n\n"
        "« Nous avons hélitreuillé un couple âgé réfugié sur le toit de sa véranda. L'eau "
        "arrivait à hauteur des fenêtres du rez-de-chaussée.\n\n"
        "« Les gens ont eu le bon réflexe de monter à l'étage. C'est ce qui a évité un drame. »\n\n"
        "Le maire, Jean-Pierre Casteran, a reconnu que le réseau d'évacuation des eaux pluviales "
        "était « sous-dimensionné depuis des décennies ». M. Casteran a promis des travaux dès le "
        "printemps, chiffrés à 1,2 million d'euros.\n\n"
        "D'après la préfecture, la demande de reconnaissance de catastrophe naturelle sera "
        "examinée en commission le mois prochain.",
        [
            (
                D,
                [
                    "Nous avons hélitreuillé un couple âgé réfugié sur le toit de sa véranda. L'eau "
                    "arrivait à hauteur des fenêtres du rez-de-chaussée.",
                    "Les gens ont eu le bon réflexe de monter à l'étage. C'est ce qui a évité un "
                    "drame.",
                ],
                "Christelle Fournival",
            ),
            (P, ["sous-dimensionné depuis des décennies"], "Jean-Pierre Casteran"),
            (
                I,
                [
                    "la demande de reconnaissance de catastrophe naturelle sera examinée en "
                    "commission le mois prochain"
                ],
                "préfecture",
            ),
        ],
    ),
    (  # 14 egg shortage: quote first, speaker named in next sentence, "Selon l'interprofession des œufs, Ovinter", «» no spaces, partial after "accuse … d'avoir"
        "« Les rayons d'œufs sont vides dès le samedi midi, et on ne sait pas quand on sera "
        "livrés la semaine suivante. » Le constat est celui de Karim Bensalah, qui gère un "
        "supermarché de l'enseigne Marché Plus à Villefranche-de-Sorgues. Depuis début octobre, "
        "la France manque d'œufs, et les prix s'envolent : la boîte de douze œufs de plein air "
        "coûte en moyenne 4,35 euros, contre 3,60 il y a un an.\n\n"
        "Selon l'interprofession des œufs, Ovinter, la consommation a progressé de 6 % en deux "
        "ans, tandis que la production a reculé en raison des épisodes de grippe aviaire.\n\n"
        "Les éleveurs, de leur côté, réclament du temps. «Construire un nouveau bâtiment, c'est "
        "deux ans de démarches et 800 000 euros d'investissement», rappelle Gaëlle "
        "Tanguy-Ropars, qui élève 30 000 poules dans les Côtes-d'Armor. Elle accuse les "
        "distributeurs d'avoir «trop longtemps tiré les prix vers le bas».\n\n"
        "Plusieurs enseignes ont instauré une limite de deux boîtes par client.",
        [
            (
                D,
                [
                    "Les rayons d'œufs sont vides dès le samedi midi, et on ne sait pas quand on "
                    "sera livrés la semaine suivante."
                ],
                "Karim Bensalah",
            ),
            (
                I,
                [
                    "la consommation a progressé de 6 % en deux ans, tandis que la production a "
                    "reculé en raison des épisodes de grippe aviaire"
                ],
                "Ovinter",
            ),
            (
                D,
                [
                    "Construire un nouveau bâtiment, c'est deux ans de démarches et 800 000 euros "
                    "d'investissement"
                ],
                "Gaëlle Tanguy-Ropars",
            ),
            (P, ["trop longtemps tiré les prix vers le bas"], "Gaëlle Tanguy-Ropars"),
        ],
    ),
    (  # 15 Mediterranean rain episode: climatologist, colon cue "appelle … à la prudence :", role alone "le commandant" for indirect
        "Un nouvel épisode méditerranéen doit toucher à partir de mercredi soir le Gard, "
        "l'Hérault et l'Ardèche, avec des cumuls de pluie pouvant dépasser 300 millimètres en "
        "vingt-quatre heures sur les reliefs.\n\n"
        "«\u202fLa Méditerranée est encore à 24\u202fdegrés fin octobre, c'est exceptionnel. "
        "Cette chaleur alimente les orages, qui restent bloqués sur les Cévennes\u202f», "
        "explique Julie Ambrosino, climatologue à l'université de Montbrison.\n\n"
        "Les pompiers ont prépositionné des moyens de sauvetage aquatique dans quatre casernes. "
        "Le commandant Lionel Espitalier appelle la population à la prudence : «\u202fNe prenez "
        "pas votre voiture pour aller voir la crue. Chaque année, des gens meurent en voulant "
        "traverser un pont submergé.\u202f»\n\n"
        "Dans les vignes, les vendanges sont heureusement terminées, mais les viticulteurs "
        "craignent le ravinement des parcelles en pente. Le commandant a indiqué que les écoles "
        "des communes les plus exposées resteraient fermées jeudi.",
        [
            (
                D,
                [
                    "La Méditerranée est encore à 24\u202fdegrés fin octobre, c'est exceptionnel. "
                    "Cette chaleur alimente les orages, qui restent bloqués sur les Cévennes"
                ],
                "Julie Ambrosino",
            ),
            (
                D,
                [
                    "Ne prenez pas votre voiture pour aller voir la crue. Chaque année, des gens "
                    "meurent en voulant traverser un pont submergé."
                ],
                "Lionel Espitalier",
            ),
            (
                I,
                ["les écoles des communes les plus exposées resteraient fermées jeudi"],
                "Lionel Espitalier",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 potato harvest: `"A," X said. "B."` = two direct quotes, Ms + surname indirect without "that", partial after "described … as"
        "Waterlogged fields across the Fenmoor lowlands have left thousands of tonnes of potatoes "
        "in the ground, with the wettest October in forty years turning headlands into mud.\n\n"
        '"We\'ve had harvesters stuck to the axles three times this month," said Rachel '
        "Thornbury, who farms 400 acres near Castle Widdon. \"You can't dig in this. You just "
        'have to wait and hope the frost holds off."\n\n'
        "Ms Thornbury said prices for the potatoes already lifted were up by around 30 per cent "
        "on last year, but that would not make up for the lost volume.\n\n"
        "The Fenmoor Growers' Association has asked the government for emergency storage "
        'grants. Its chairman, Colin Hatherley, described the autumn as "the worst lifting '
        'season since 2012". Chip shops in the region have already been warned to expect '
        "higher prices from wholesalers after Christmas.",
        [
            (
                D,
                ["We've had harvesters stuck to the axles three times this month"],
                "Rachel Thornbury",
            ),
            (
                D,
                ["You can't dig in this. You just have to wait and hope the frost holds off."],
                "Rachel Thornbury",
            ),
            (
                I,
                [
                    "prices for the potatoes already lifted were up by around 30 per cent on last "
                    "year, but that would not make up for the lost volume"
                ],
                "Rachel Thornbury",
            ),
            (P, ["the worst lifting season since 2012"], "Colin Hatherley"),
        ],
    ),
    (  # 2 allergen recall: product name in quotes (not speech), comma incise = one quote two pieces, spokeswoman -> company, "according to", Dr partial
        "Supermarket chain Harlow & Vane has recalled its own-brand granola bars after some "
        "packs were found to contain peanuts that are not listed on the label.\n\n"
        "The recall covers 200g \u201cNutty Morning\u201d multipacks with best-before dates from "
        "March to May 2027. \u201cWe are very sorry for any worry this may cause,\u201d a "
        "spokeswoman for Harlow & Vane said, \u201cand we are contacting every customer who "
        "bought the bars with a loyalty card.\u201d\n\n"
        "Two children were treated in hospital last week after eating the bars, according to "
        "the Food Safety Directorate. Neither is thought to be seriously ill.\n\n"
        "Dr Priya Raman, a consultant allergist at St Aldric's Hospital in Kennet, said the case "
        "showed how \u201cone mislabelled batch can put lives at risk\u201d. The allergy charity "
        "Safe Plate has set up a helpline for worried parents.",
        [
            (
                D,
                [
                    "We are very sorry for any worry this may cause",
                    "and we are contacting every customer who bought the bars with a loyalty card.",
                ],
                "Harlow & Vane",
            ),
            (
                I,
                ["Two children were treated in hospital last week after eating the bars"],
                "Food Safety Directorate",
            ),
            (P, ["one mislabelled batch can put lives at risk"], "Priya Raman"),
        ],
    ),
    (  # 3 river flood: partial in reported speech, quote over two paragraphs closed by "he added", mayor "was blunt:", authority indirect
        "Pellbridge \u2014 Floodwater reached the first-floor windows of homes along Mill Lane on "
        "Sunday after the River Aske burst its banks for the second time in three weeks.\n\n"
        "Fire crews rescued 23 people by boat overnight. Station commander Dave Oakes, who led "
        'the operation, said his teams had worked "flat out" since 10pm.\n\n'
        '"The water came up faster than anyone expected. At one point we were pulling people '
        "out through bedroom windows.\n\n"
        '"What worries me now is the people who refused to leave," he added.\n\n'
        "The town's mayor, Councillor Janet Ruddock, was blunt: \"We were promised flood "
        'defences in 2019. We are still waiting." The Northern Rivers Authority said work on a '
        "new embankment would begin in the spring. Sandbags are being handed out at the fire "
        "station until midnight.",
        [
            (P, ["flat out"], "Dave Oakes"),
            (
                D,
                [
                    "The water came up faster than anyone expected. At one point we were pulling "
                    "people out through bedroom windows.",
                    "What worries me now is the people who refused to leave",
                ],
                "Dave Oakes",
            ),
            (
                D,
                ["We were promised flood defences in 2019. We are still waiting."],
                "Janet Ruddock",
            ),
            (
                I,
                ["work on a new embankment would begin in the spring"],
                "Northern Rivers Authority",
            ),
        ],
    ),
    (  # 4 hosepipe ban: "told a press briefing that", ‘ ’ inside “ ”, "conceded", speaker named in previous sentence
        "Southvale Water will introduce a hosepipe ban across three counties from Friday, after "
        "the driest summer on record left its reservoirs at 38 per cent of capacity.\n\n"
        "The company's operations director, Mark Penrose, told a press briefing that demand had "
        "hit 2.1 billion litres a day during the July heatwave, far above what the network "
        "could supply.\n\n"
        "\u201cWe know people will say, \u2018Fix the leaks first,\u2019 and they have a "
        "point,\u201d Mr Penrose conceded. \u201cWe lose about a fifth of our water through the "
        "pipes. That figure has to come down.\u201d\n\n"
        "Farmers are exempt from the ban but face their own abstraction limits. Helen "
        "Gascoigne, who grows salad leaves near Orbury, has already cut her irrigation by half. "
        "\u201cThe lettuces bolt, the quality drops, and the supermarkets reject them. It's a "
        "spiral.\u201d",
        [
            (
                I,
                [
                    "demand had hit 2.1 billion litres a day during the July heatwave, far above "
                    "what the network could supply"
                ],
                "Mark Penrose",
            ),
            (
                D,
                ["We know people will say, \u2018Fix the leaks first,\u2019 and they have a point"],
                "Mark Penrose",
            ),
            (
                D,
                [
                    "We lose about a fifth of our water through the pipes. That figure has to come down."
                ],
                "Mark Penrose",
            ),
            (
                D,
                [
                    "The lettuces bolt, the quality drops, and the supermarkets reject them. It's a spiral."
                ],
                "Helen Gascoigne",
            ),
        ],
    ),
    (  # 5 farmers' blockade: banner slogan not speech, unnamed farmer, "accused … of" partial, statement partial in reported speech
        "About 150 tractors blocked the entrance to Grantley Foods' main distribution centre "
        "near Ashcombe on Tuesday, in a protest over the prices the supermarket pays for beef "
        "and lamb.\n\n"
        'Banners reading "Fair Prices Or No Food" hung from the cabs as drivers sounded their '
        'horns. "We\'re not here for fun. I lost money on every lamb I sold this year," said a '
        "sheep farmer from the Haddon valley.\n\n"
        "The organiser, Tom Vickery, of the campaign group Farm Fair, accused the chain of "
        '"squeezing producers while posting record profits". He said the blockade would '
        "continue until managers agreed to meet the group.\n\n"
        "Grantley Foods declined to comment on the protest but said in a statement that it paid "
        '"fair and sustainable prices" to its suppliers. Deliveries to around 90 stores were '
        "delayed.",
        [
            (
                D,
                ["We're not here for fun. I lost money on every lamb I sold this year"],
                "sheep farmer",
            ),
            (P, ["squeezing producers while posting record profits"], "Tom Vickery"),
            (
                I,
                ["the blockade would continue until managers agreed to meet the group"],
                "Tom Vickery",
            ),
            (P, ["fair and sustainable prices"], "Grantley Foods"),
        ],
    ),
    (  # 6 storm warning: "…, according to X." part before, woman Dr, quote then "she said"
        "An amber warning for wind has been issued for the western coast from Thursday evening, "
        "as Storm Hollis, the eighth named storm of the season, moves in from the Atlantic.\n\n"
        "Gusts of 80 to 90mph are possible on exposed headlands, according to the National "
        "Weather Service. The agency's chief forecaster, Dr Amara Okafor, is most concerned "
        "about the timing.\n\n"
        '"It arrives right at the evening rush hour, when roads are busiest and the light is '
        "going. If you don't need to travel on Thursday night, don't,\" she said.\n\n"
        "Ferry operator Westline has cancelled all Friday sailings, and several schools in the "
        "Carrick hills will close at lunchtime on Thursday. Power companies have put extra "
        "repair crews on standby, and the coastguard has urged people to stay away from sea "
        "walls.",
        [
            (
                I,
                ["Gusts of 80 to 90mph are possible on exposed headlands"],
                "National Weather Service",
            ),
            (
                D,
                [
                    "It arrives right at the evening rush hour, when roads are busiest and the "
                    "light is going. If you don't need to travel on Thursday night, don't"
                ],
                "Amara Okafor",
            ),
        ],
    ),
    (  # 7 shrinkflation: "according to the consumer group X", report title not speech, "A," X said. "B." two directs, "insisted that" partial only
        "Chocolate bars, crisps and breakfast cereals are among the products that have shrunk "
        "the most over the past year while their prices stayed the same or rose, according to "
        "the consumer group Shopper's Voice.\n\n"
        "Its report, titled \u201cLess in the Bag\u201d, lists 41 items among the 300 it tracks "
        "that have been reduced in size since last autumn.\n\n"
        "\u201cShrinkflation is a price rise in disguise,\u201d said Lucy Carmody, the group's "
        "head of campaigns. \u201cIf a bag of crisps goes from 150 grams to 130, shoppers "
        "deserve to be told, in large print, on the shelf.\u201d\n\n"
        "The Food and Drink Makers' Council insisted that manufacturers faced \u201cgenuine and "
        "sustained\u201d increases in ingredient and packaging costs. Ministers are considering "
        "rules that would require unit prices to be displayed in larger type.",
        [
            (
                I,
                [
                    "Chocolate bars, crisps and breakfast cereals are among the products that have "
                    "shrunk the most over the past year while their prices stayed the same or rose"
                ],
                "Shopper's Voice",
            ),
            (D, ["Shrinkflation is a price rise in disguise"], "Lucy Carmody"),
            (
                D,
                [
                    "If a bag of crisps goes from 150 grams to 130, shoppers deserve to be told, in "
                    "large print, on the shelf."
                ],
                "Lucy Carmody",
            ),
            (P, ["genuine and sustained"], "Food and Drink Makers' Council"),
        ],
    ),
    (  # 8 apple pickers: nickname in quotes (not speech), Mr + surname after quote, daughter "she admitted"
        "Hundreds of tonnes of apples could go unpicked in the Wenham Vale this autumn because "
        "growers cannot find enough seasonal workers.\n\n"
        'Frank Albright, known across the valley as "the Cider Baron" for the 60 acres of '
        "orchards he has run since 1987, has 14 pickers this year, against the 40 he needs.\n\n"
        "\"I've put adverts up in three languages, I've raised the hourly rate twice, and still "
        "nobody comes. Some of these trees won't be touched,\" Mr Albright said, walking between "
        "rows of Bramleys heavy with fruit.\n\n"
        "His daughter, Megan Albright, who manages the farm shop, has started pick-your-own "
        "weekends to salvage some of the crop. \"People love it, but it's not a business "
        'model," she admitted. The family plans to grub up a third of the orchard next winter '
        "and plant cherries, which need fewer hands.",
        [
            (
                D,
                [
                    "I've put adverts up in three languages, I've raised the hourly rate twice, "
                    "and still nobody comes. Some of these trees won't be touched"
                ],
                "Frank Albright",
            ),
            (D, ["People love it, but it's not a business model"], "Megan Albright"),
        ],
    ),
    (  # 9 listeria withdrawal: "Officials at X said" (generic group), "said:" with colon, chief executive title
        "Frozen-food maker Polar Harvest has withdrawn 14 lines of sweetcorn and mixed "
        "vegetables from sale after routine tests at its factory in Dunmere detected "
        "listeria.\n\n"
        "Officials at the Food Safety Directorate said the risk to the public was low. Pregnant "
        "women and people over 65 are advised to check their freezers and return any affected "
        "packs, which carry a best-before date of August 2027.\n\n"
        "In a statement, Polar Harvest's chief executive, Neil Brannigan, said: \u201cWe have "
        "stopped production on the affected line and called in independent experts. We will not "
        "restart until we are certain the problem has been found.\u201d\n\n"
        "The recall is the second at the Dunmere plant in two years. The company was fined "
        "\u00a3250,000 in 2025 after frozen peas from the same site were linked to an outbreak "
        "that left eleven people ill.",
        [
            (I, ["the risk to the public was low"], "officials"),
            (
                D,
                [
                    "We have stopped production on the affected line and called in independent "
                    "experts. We will not restart until we are certain the problem has been found."
                ],
                "Neil Brannigan",
            ),
        ],
    ),
    (  # 10 moorland fire: "the area manager said" role alone, slogan on signs not speech
        "Firefighters spent a third night battling a moorland blaze above Crossley on "
        "Wednesday, as the region's long dry spell left heather and peat tinder-dry.\n\n"
        "Around 9 sq km had burned by Wednesday evening, and crews from four counties were "
        "working in shifts under the command of area manager Sarah Kenning of Dalehead Fire and "
        "Rescue Service.\n\n"
        "\u201cPeat fires are the hardest we deal with. You think you've put it out, and two "
        "days later it's smouldering again a metre down,\u201d the area manager said.\n\n"
        "Barbecues have been banned on the moor until further notice, and the Crossley Estate's "
        "rangers have put up signs reading \u201cOne Spark, Whole Hillside\u201d at every car "
        "park. A helicopter dropping water from the Ridley reservoir was expected to return "
        "at first light.",
        [
            (
                D,
                [
                    "Peat fires are the hardest we deal with. You think you've put it out, and two "
                    "days later it's smouldering again a metre down"
                ],
                "Sarah Kenning",
            ),
        ],
    ),
    (  # 11 cocoa prices: speaker after quote with relative clause, analyst "he said", scare quotes "mini-treats"
        "Shoppers will pay up to a third more for chocolate this Christmas after poor cocoa "
        "harvests pushed the price of beans to a record high.\n\n"
        "\"Cocoa used to be the cheap bit. Now it's the most expensive thing in the building, "
        'more than the rent," said Anita Castellane, who runs a chocolate workshop on Harrow '
        "Street in Bellford. She has cut her range from 40 products to 25.\n\n"
        "Commodities analyst James Okonjo-Reed, of Tallis Markets, sees little sign of relief "
        'before the 2027 harvest. "Even if the weather is kind next year, the trees that died '
        "won't come back overnight,\" he said.\n\n"
        'Supermarkets have started promoting smaller selection boxes, sold as "mini-treats" '
        "in one chain's advertising, at prices that would have bought a full-size tin two years "
        "ago.",
        [
            (
                D,
                [
                    "Cocoa used to be the cheap bit. Now it's the most expensive thing in the "
                    "building, more than the rent"
                ],
                "Anita Castellane",
            ),
            (
                D,
                [
                    "Even if the weather is kind next year, the trees that died won't come back "
                    "overnight"
                ],
                "James Okonjo-Reed",
            ),
        ],
    ),
    (  # 12 cattle drowned: Mrs + surname, "told the Courier", two directs; indirect of regional director
        "Dairy farmer Gwen Pritchard lost 60 of her herd when the River Lowry broke through a "
        "flood bank at Marsham on Saturday night, sending water across 300 acres of pasture.\n\n"
        '"I heard them bellowing in the dark and there was nothing I could do," Mrs Pritchard '
        'told the Marsham Courier. "You never forget that sound."\n\n'
        "Neighbours with boats and the local lifeboat crew saved around 200 cattle and 400 sheep "
        "over the weekend. The Farmers' Mutual Network has opened a fund to help the worst-hit "
        "families replace livestock and fodder.\n\n"
        "Its regional director, Alun Rees-Morgan, said the flood bank had been reported as "
        "damaged in April and never repaired. The drainage board responsible for it has been "
        "approached for comment.",
        [
            (
                D,
                ["I heard them bellowing in the dark and there was nothing I could do"],
                "Gwen Pritchard",
            ),
            (D, ["You never forget that sound."], "Gwen Pritchard"),
            (
                I,
                ["the flood bank had been reported as damaged in April and never repaired"],
                "Alun Rees-Morgan",
            ),
        ],
    ),
    (  # 13 loyalty pricing probe: chief executive after quote "said in a statement", unnamed spokesman -> federation
        "The Competition and Markets Board has opened an investigation into loyalty-card "
        "pricing at the country's four biggest supermarket chains, amid concern that shoppers "
        "without cards are paying well over the odds.\n\n"
        '"Loyalty discounts can be good for consumers. But a discount has to be a real '
        "discount, measured against a real price,\" the board's chief executive, Sandra "
        "Whitcombe, said in a statement.\n\n"
        'In a preliminary review, some "member prices" had been compared with shelf prices '
        "charged for as little as two weeks. A family spending £120 a week without a card could "
        "be paying around £400 a year more. Initial findings are due in March.\n\n"
        "The Retail Grocers' Federation welcomed the inquiry. \"Our members have nothing to "
        'hide," a spokesman said.',
        [
            (
                D,
                [
                    "Loyalty discounts can be good for consumers. But a discount has to be a real "
                    "discount, measured against a real price"
                ],
                "Sandra Whitcombe",
            ),
            (D, ["Our members have nothing to hide"], "Retail Grocers' Federation"),
        ],
    ),
    (  # 14 hurricane evacuation: US style, Mayor title, surname alone after cue, shrimper "he said with a laugh"
        "Mayor Linda Farrow of Port Calloway ordered the evacuation of low-lying neighborhoods "
        "on Tuesday as Hurricane Delia strengthened over the Gulf, with forecasters predicting "
        "a storm surge of up to 12 feet.\n\n"
        '"This is not a storm to ride out. If you are in Zone A, leave tonight," Farrow said '
        "at a news conference at City Hall.\n\n"
        "Shelters opened at three high schools, and city buses were running free to inland "
        "shelters until midnight. Several gas stations had run out of fuel by mid-afternoon.\n\n"
        "At the Gulfway Marina, shrimp boat captain Raymond Tibbs was tying down his vessel. He "
        'has lived through four hurricanes and does not plan to leave. "My boat is my living. '
        'If she goes, I go with her. Well, not literally," he said with a laugh.',
        [
            (
                D,
                ["This is not a storm to ride out. If you are in Zone A, leave tonight"],
                "Linda Farrow",
            ),
            (
                D,
                ["My boat is my living. If she goes, I go with her. Well, not literally"],
                "Raymond Tibbs",
            ),
        ],
    ),
    (  # 15 record wine harvest: "according to the trade body X", "enthused Dr X", "Dr Marsh added"
        "English winemakers are celebrating what could be their largest harvest on record, after "
        "a warm, dry September ripened grapes across the south of the country.\n\n"
        "Output is expected to reach 21 million bottles, according to the trade body Vineyards "
        "of England, up from 15 million in the previous best year.\n\n"
        "\u201cWe've never picked Pinot Noir this ripe. The sugar levels are more like Burgundy "
        "than Sussex,\u201d enthused Dr Helena Marsh, head winemaker at Coldharbour Estate near "
        "Wickford.\n\n"
        "Bigger harvests bring their own problems, though. Several estates have hired extra "
        "tanks from breweries, and some growers have sold surplus grapes to rivals at "
        "knock-down prices. \u201cThere simply isn't enough tank space in the county,\u201d Dr "
        "Marsh added. The first sparkling wines from this vintage will not reach the shops until "
        "2030.",
        [
            (I, ["Output is expected to reach 21 million bottles"], "Vineyards of England"),
            (
                D,
                [
                    "We've never picked Pinot Noir this ripe. The sugar levels are more like "
                    "Burgundy than Sussex"
                ],
                "Helena Marsh",
            ),
            (D, ["There simply isn't enough tank space in the county"], "Helena Marsh"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout48.jsonl"),
        "heldout48",
        "h48",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
