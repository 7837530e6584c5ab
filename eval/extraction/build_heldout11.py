"""Source of the eleventh held-out set: writes heldout11.jsonl (split "heldout11").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh set for
the next measurement. Same format and rules as GUIDE.md; names, places (apart from a few
well-known towns and regions) and figures invented. The texts are meant to read like wire copy
and regional press, not like a list of edge cases. Measured once before and once after the
speaker changes of that day (docs/EXTRACTION.md); read afterwards. Run from
the repository root:
    .venv/bin/python eval/extraction/build_heldout11.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-22"

Item = GoldItem

# French typography varies on purpose, as it does between newsrooms: « » with plain spaces,
# with no-break spaces (\u00a0), with narrow no-break spaces (\u202f), with none, or “ ”.
FR: list[Item] = [
    (  # 1 Valais apricots: "selon" after the clause; name then role after the cue; partial
        "Les gelées tardives de la mi-avril ont détruit près de 60 % de la récolte d'abricots "
        "en Valais, selon une première estimation publiée jeudi par l'Office cantonal de "
        "l'agriculture. Dans certains vergers de la plaine du Rhône, entre Saxon et Fully, "
        "aucun fruit n'a survécu.\n\n"
        "«\u00a0En trente ans de métier, je n'ai jamais vu ça. Des familles vont devoir vendre "
        "leurs terres\u00a0», a déploré Raphaël Zufferey-Bonvin, président de l'Interprofession "
        "des fruits et légumes du Valais, lors d'une visite de vergers à Saxon.\n\n"
        "La conseillère d'État chargée de l'économie, Sabine Roduit-Fellay, a qualifié la "
        "situation de «\u00a0catastrophe silencieuse\u00a0» et a promis un fonds d'urgence de "
        "4 millions de francs. Les producteurs réclament le double. L'an dernier, le canton "
        "avait produit 7 800 tonnes d'abricots, soit la quasi-totalité de la production "
        "suisse.",
        [
            (
                I,
                [
                    "Les gelées tardives de la mi-avril ont détruit près de 60 % de la récolte "
                    "d'abricots en Valais"
                ],
                "Office cantonal de l'agriculture",
            ),
            (
                D,
                [
                    "En trente ans de métier, je n'ai jamais vu ça. Des familles vont devoir "
                    "vendre leurs terres"
                ],
                "Raphaël Zufferey-Bonvin",
            ),
            (P, ["catastrophe silencieuse"], "Sabine Roduit-Fellay"),
        ],
    ),
    (  # 2 Dakar trial: partial after "a décrit"; "a affirmé n'avoir"; Me + colon quote
        "Le tribunal de grande instance de Dakar a renvoyé au 14 janvier son délibéré dans le "
        "procès de l'ancien directeur général de la Société nationale des travaux routiers "
        "(Sonatrar), Ousmane Kane-Diallo, poursuivi pour le détournement de 2,3 milliards de "
        "francs CFA.\n\n"
        "Dans son réquisitoire, le procureur de la République, Abdoulaye Fall, a décrit « un "
        "pillage organisé, méthodique, au sommet d'une entreprise publique » et requis sept ans "
        "de prison ferme.\n\n"
        "À la barre, l'ancien dirigeant a affirmé n'avoir jamais signé les bons de commande "
        "incriminés. Il met en cause son ancien directeur financier, en fuite depuis 2023.\n\n"
        "Son avocate, Me Aminata Diop-Sarr, a plaidé la relaxe : « Mon client paie pour un "
        "système qu'il a tenté de réformer. On ne trouvera pas un franc sur ses comptes. »\n\n"
        "Une vingtaine de salariés de la Sonatrar s'étaient rassemblés devant le palais de "
        "justice dans la matinée.",
        [
            (
                P,
                ["un pillage organisé, méthodique, au sommet d'une entreprise publique"],
                "Abdoulaye Fall",
            ),
            (I, ["n'avoir jamais signé les bons de commande incriminés"], "Ousmane Kane-Diallo"),
            (
                D,
                [
                    "Mon client paie pour un système qu'il a tenté de réformer. On ne trouvera "
                    "pas un franc sur ses comptes."
                ],
                "Aminata Diop-Sarr",
            ),
        ],
    ),
    (  # 3 Guadeloupe water cuts: first name only, "soupire"; partial; "Il a promis que"
        "À Sainte-Rose, en Guadeloupe, certains quartiers n'ont pas eu d'eau au robinet depuis "
        "onze jours. Les coupures programmées, censées répartir la pénurie entre les communes "
        "du nord Basse-Terre, ne sont plus respectées depuis la fin octobre.\n\n"
        "«\u202fJe remplis des bidons à la citerne de la mairie à 5 heures du matin avant "
        "d'aller travailler. Mes enfants se lavent à la bouteille\u202f», soupire Josiane, mère "
        "de trois enfants, rencontrée devant la citerne.\n\n"
        "Le président du syndicat mixte de gestion de l'eau, Félix Désiré-Bérard, reconnaît "
        "une situation «\u202finacceptable\u202f». Il a promis que le renouvellement de 14 "
        "kilomètres de canalisations serait achevé avant la fin de l'année prochaine. Près de "
        "60 % de l'eau produite sur l'île se perd aujourd'hui dans des fuites.",
        [
            (
                D,
                [
                    "Je remplis des bidons à la citerne de la mairie à 5 heures du matin avant "
                    "d'aller travailler. Mes enfants se lavent à la bouteille"
                ],
                "Josiane",
            ),
            (P, ["inacceptable"], "Félix Désiré-Bérard"),
            (
                I,
                [
                    "le renouvellement de 14 kilomètres de canalisations serait achevé avant la "
                    "fin de l'année prochaine"
                ],
                "Félix Désiré-Bérard",
            ),
        ],
    ),
    (  # 4 cyclo-cross in Namur: marks without spaces, incise "a-t-elle glissé"; coach indirect
        "La Namuroise Manon Dethier a remporté dimanche la manche de Coupe du monde de "
        "cyclo-cross disputée sur les pentes de la Citadelle, devant la Néerlandaise Fem van "
        "Rijn et la Belge Lotte Peeters. C'est sa deuxième victoire de la saison, la première "
        "devant son public.\n\n"
        "«Dans le dernier tour, a-t-elle glissé au micro de la RTBF, j'ai senti que Fem était à "
        "bout. Je n'ai pas réfléchi, j'ai attaqué dans la montée des pavés.»\n\n"
        "Son entraîneur, Benoît Lambotte, a indiqué qu'elle ferait l'impasse sur les manches "
        "espagnoles pour préparer les championnats de Belgique, prévus le 10 janvier à "
        "Meulebeke. À 24 ans, la Namuroise pointe désormais à la troisième place du classement "
        "général.",
        [
            (
                D,
                [
                    "Dans le dernier tour",
                    "j'ai senti que Fem était à bout. Je n'ai pas réfléchi, j'ai attaqué dans la "
                    "montée des pavés.",
                ],
                "Manon Dethier",
            ),
            (
                I,
                [
                    "elle ferait l'impasse sur les manches espagnoles pour préparer les "
                    "championnats de Belgique, prévus le 10 janvier à Meulebeke"
                ],
                "Benoît Lambotte",
            ),
        ],
    ),
    (  # 5 Quebec caribou: "d'après" a ministry; "Pour la biologiste X, “…”"; "soutient que"
        "Les hardes de caribous forestiers de la Côte-Nord ont perdu près du tiers de leurs "
        "effectifs en quinze ans, d'après un inventaire aérien dévoilé mardi par le ministère "
        "de l'Environnement du Québec. On dénombre aujourd'hui environ 1 100 bêtes entre "
        "Baie-Comeau et Sept-Îles.\n\n"
        "Pour la biologiste Geneviève Tremblay-Ouellet, de l'Université Laval, qui a participé "
        "aux travaux, “la coupe forestière reste le premier facteur de déclin, bien avant les "
        "prédateurs. Chaque nouveau chemin forestier est une autoroute pour les loups”.\n\n"
        "L'industrie forestière conteste cette lecture. Le porte-parole du Conseil de "
        "l'industrie forestière du Québec, Martin Bélanger, soutient que les entreprises ont "
        "déjà réduit de moitié la construction de nouveaux chemins depuis 2020. Un plan de "
        "rétablissement doit être présenté au printemps.",
        [
            (
                I,
                [
                    "Les hardes de caribous forestiers de la Côte-Nord ont perdu près du tiers "
                    "de leurs effectifs en quinze ans"
                ],
                "ministère de l'Environnement du Québec",
            ),
            (
                D,
                [
                    "la coupe forestière reste le premier facteur de déclin, bien avant les "
                    "prédateurs. Chaque nouveau chemin forestier est une autoroute pour les loups"
                ],
                "Geneviève Tremblay-Ouellet",
            ),
            (
                I,
                [
                    "les entreprises ont déjà réduit de moitié la construction de nouveaux "
                    "chemins depuis 2020"
                ],
                "Martin Bélanger",
            ),
        ],
    ),
    (  # 6 rural school: name after a fronted role, colon quote; "fait valoir que"; partial
        "Une soixantaine de parents d'élèves ont occupé mardi matin le collège Jean-Zay de "
        "Bourganeuf (Creuse), pour protester contre la suppression d'une classe de sixième à la "
        "rentrée prochaine. Avec 19 élèves attendus au lieu de 26, l'établissement perdrait "
        "aussi deux postes d'enseignants.\n\n"
        "Porte-parole du collectif, Élodie Marchetti résume l'inquiétude des familles : « Si on "
        "ferme une classe cette année, ce sera le collège entier dans cinq ans. Et nos enfants "
        "feront une heure de bus matin et soir. »\n\n"
        "Le rectorat de l'académie de Limoges fait valoir que les effectifs du département ont "
        "baissé de 12 % en dix ans.\n\n"
        "Le maire, Bernard Chaumeil, a dénoncé « un mauvais coup de plus porté à la ruralité » "
        "et sollicité un rendez-vous avec la rectrice.",
        [
            (
                D,
                [
                    "Si on ferme une classe cette année, ce sera le collège entier dans cinq ans. "
                    "Et nos enfants feront une heure de bus matin et soir."
                ],
                "Élodie Marchetti",
            ),
            (
                I,
                ["les effectifs du département ont baissé de 12 % en dix ans"],
                "rectorat de l'académie de Limoges",
            ),
            (P, ["un mauvais coup de plus porté à la ruralité"], "Bernard Chaumeil"),
        ],
    ),
    (  # 7 Lake Geneva steamers: role + name after "a justifié"; association fustige (partial)
        "La Compagnie générale de navigation sur le lac Léman (CGN) va réduire de moitié les "
        "sorties de ses bateaux à vapeur l'été prochain. Sur les huit unités de la flotte Belle "
        "Époque, trois resteront à quai, faute de mécaniciens qualifiés.\n\n"
        "«\u00a0Nous formons des jeunes, mais il faut quatre ans pour conduire une machine à "
        "vapeur. Nous ne pouvons pas prendre de risques avec la sécurité des "
        "passagers\u00a0», a justifié mercredi le directeur de la CGN, Pascal Vuilleumier.\n\n"
        "L'association des Amis des bateaux à vapeur du Léman, qui compte 12 000 membres, a "
        "fustigé «\u00a0un non-sens patrimonial et touristique\u00a0». Elle réclame un "
        "programme d'apprentissage accéléré, financé par le canton de Vaud.",
        [
            (
                D,
                [
                    "Nous formons des jeunes, mais il faut quatre ans pour conduire une machine à "
                    "vapeur. Nous ne pouvons pas prendre de risques avec la sécurité des "
                    "passagers"
                ],
                "Pascal Vuilleumier",
            ),
            (
                P,
                ["un non-sens patrimonial et touristique"],
                "Amis des bateaux à vapeur du Léman",
            ),
        ],
    ),
    (  # 8 school bus accident in the Jura: "Selon la gendarmerie"; unnamed farmer, "raconte-t-il"
        "Un car transportant 38 collégiens de Lons-le-Saunier a quitté la route mercredi matin "
        "dans un virage de la RD 470, près de Clairvaux-les-Lacs (Jura), avant de s'immobiliser "
        "sur le flanc en contrebas. Quatre élèves et le chauffeur ont été hospitalisés, sans "
        "que leurs jours soient en danger.\n\n"
        "Selon la gendarmerie, la chaussée était verglacée sur plusieurs centaines de mètres "
        "et le car circulait à une vitesse adaptée. Une cellule d'écoute psychologique a été "
        "ouverte au collège.\n\n"
        "Un agriculteur qui suivait le car a été le premier à porter secours. «\u202fJ'ai vu "
        "l'arrière chasser, puis plus rien. J'ai couru, j'entendais les gamins crier. Ils sont "
        "sortis par la vitre arrière, un par un, calmement\u202f», raconte-t-il.",
        [
            (
                I,
                [
                    "la chaussée était verglacée sur plusieurs centaines de mètres et le car "
                    "circulait à une vitesse adaptée"
                ],
                "gendarmerie",
            ),
            (
                D,
                [
                    "J'ai vu l'arrière chasser, puis plus rien. J'ai couru, j'entendais les "
                    "gamins crier. Ils sont sortis par la vitre arrière, un par un, calmement"
                ],
                "agriculteur",
            ),
        ],
    ),
    (  # 9 obituary, Douala: partial inside reported speech; song title; "Selon sa fille"; colon
        "Le chanteur camerounais Emmanuel Ekambi Moukoko, figure du makossa des années 1980, "
        "est mort samedi à Douala à l'âge de 79 ans. Sa fille, Christelle Ekambi, a annoncé "
        "qu'il s'était éteint « paisiblement, entouré des siens », des suites d'une longue "
        "maladie.\n\n"
        "Auteur d'une trentaine d'albums, il avait connu le succès international en 1984 avec "
        "« Mboa na Mboa », vendu à plus de 400 000 exemplaires. Selon sa fille, il avait "
        "enregistré l'été dernier un ultime album, qui doit sortir au printemps.\n\n"
        "Le guitariste Roger Din Ebongue, qui l'a accompagné pendant quinze ans, se souvient "
        "d'un patron exigeant : « Il nous faisait répéter le même morceau jusqu'à minuit. Mais "
        "sur scène, il nous laissait toute la place. »\n\n"
        "Les obsèques auront lieu le 6 décembre à Deïdo.",
        [
            (P, ["paisiblement, entouré des siens"], "Christelle Ekambi"),
            (
                I,
                ["il avait enregistré l'été dernier un ultime album, qui doit sortir au printemps"],
                "Christelle Ekambi",
            ),
            (
                D,
                [
                    "Il nous faisait répéter le même morceau jusqu'à minuit. Mais sur scène, il "
                    "nous laissait toute la place."
                ],
                "Roger Din Ebongue",
            ),
        ],
    ),
    (  # 10 Belgian brewery takeover: incise splitting the quote with the name inside; union
        "La brasserie familiale Dubuisson-Lerat, installée à Baileux depuis 1898, passe sous "
        "le contrôle du groupe néerlandais Hoogland Dranken, qui rachète 70 % de son capital "
        "pour un montant non divulgué. Les 85 emplois du site sont maintenus.\n\n"
        "«\u00a0Sans un partenaire industriel, a reconnu l'administrateur délégué, Olivier "
        "Dubuisson, nous n'aurions pas pu financer la nouvelle ligne d'embouteillage. Nous "
        "gardons la recette, l'eau et les gens.\u00a0»\n\n"
        "Le syndicat chrétien CNE se montre plus circonspect. Son secrétaire régional, Luc "
        "Hanquet, a rappelé que les garanties d'emploi ne couraient que sur trois ans. Il dit "
        "craindre «\u00a0une délocalisation par petites touches\u00a0» vers les Pays-Bas.",
        [
            (
                D,
                [
                    "Sans un partenaire industriel",
                    "nous n'aurions pas pu financer la nouvelle ligne d'embouteillage. Nous "
                    "gardons la recette, l'eau et les gens.",
                ],
                "Olivier Dubuisson",
            ),
            (I, ["les garanties d'emploi ne couraient que sur trois ans"], "Luc Hanquet"),
            (P, ["une délocalisation par petites touches"], "Luc Hanquet"),
        ],
    ),
    (  # 11 ski lift vote: mayor and opposition councillor in turn; "a-t-elle insisté"; roles
        "Le conseil municipal de Montvernier-les-Neiges (Haute-Savoie) a voté jeudi soir, par "
        "15 voix contre 8, le remplacement du télésiège des Crêts, pour 9,4 millions d'euros. "
        "L'appareil, mis en service en 1986, arrive en fin de vie.\n\n"
        "« Sans ce télésiège, c'est la moitié du domaine qui ferme, et avec lui les commerces "
        "du village », a fait valoir le maire, Jean-Pierre Burnet-Merlin.\n\n"
        "Sur les bancs de l'opposition, Claire Anthonioz a dénoncé « une fuite en avant ». « Il "
        "est tombé quarante centimètres de neige à 1 200 mètres l'hiver dernier. On investit "
        "pour trente ans sur un modèle qui n'en a peut-être pas dix », a-t-elle insisté. L'élue "
        "réclame un référendum local.\n\n"
        "Le maire a balayé ce qu'il a qualifié de « procès d'intention ». Les travaux doivent "
        "commencer en avril.",
        [
            (
                D,
                [
                    "Sans ce télésiège, c'est la moitié du domaine qui ferme, et avec lui les "
                    "commerces du village"
                ],
                "Jean-Pierre Burnet-Merlin",
            ),
            (P, ["une fuite en avant"], "Claire Anthonioz"),
            (
                D,
                [
                    "Il est tombé quarante centimètres de neige à 1 200 mètres l'hiver dernier. "
                    "On investit pour trente ans sur un modèle qui n'en a peut-être pas dix"
                ],
                "Claire Anthonioz",
            ),
            (P, ["procès d'intention"], "Jean-Pierre Burnet-Merlin"),
        ],
    ),
    (  # 12 measles in Benin: "Selon l'Unicef"; "la docteure" + "plaide-t-elle"
        "Le Bénin lance lundi une campagne de vaccination contre la rougeole visant 3,2 "
        "millions d'enfants de 9 mois à 14 ans, après une flambée de cas dans le nord du pays. "
        "Selon l'Unicef, plus de 2 400 cas suspects et 37 décès ont été signalés depuis août, "
        "principalement dans l'Alibori et l'Atacora.\n\n"
        "Des équipes mobiles doivent sillonner les villages pendant trois semaines, y compris "
        "les jours de marché.\n\n"
        "À l'hôpital de zone de Kandi, la docteure Rachidatou Adéoti, pédiatre, voit arriver "
        "des enfants déjà très affaiblis. «\u202fBeaucoup de parents pensent encore que la "
        "rougeole est une maladie normale de l'enfance, qu'il faut laisser passer. Nous devons "
        "casser cette idée\u202f», plaide-t-elle.",
        [
            (
                I,
                [
                    "plus de 2 400 cas suspects et 37 décès ont été signalés depuis août, "
                    "principalement dans l'Alibori et l'Atacora"
                ],
                "Unicef",
            ),
            (
                D,
                [
                    "Beaucoup de parents pensent encore que la rougeole est une maladie normale "
                    "de l'enfance, qu'il faut laisser passer. Nous devons casser cette idée"
                ],
                "Rachidatou Adéoti",
            ),
        ],
    ),
    (  # 13 Liège puppet theatre: quote over two paragraphs, "poursuit-elle"; partial (échevin)
        "Après quatre ans de travaux, le théâtre de marionnettes Al Cwène, dans le quartier "
        "d’Outremeuse, à Liège, rouvre ses portes samedi. La rénovation, qui a coûté 2,1 "
        "millions d’euros, a permis de sauver plus de 300 marionnettes en bois, dont certaines "
        "datent de 1880.\n\n"
        "Sa directrice, Nathalie Grosjean, ne cache pas son émotion. «Quand nous avons ouvert "
        "les caisses après les inondations de 2021, la moitié des marionnettes étaient "
        "couvertes de boue. Des bénévoles les ont nettoyées une par une, pendant des mois.\n\n"
        "«Sans eux, ce théâtre ne serait plus qu’un souvenir», poursuit-elle.\n\n"
        "L’échevin de la Culture, Jean-Marc Delvaux, a salué le retour d’«un morceau de l’âme "
        "liégeoise». La première représentation, consacrée aux aventures de Tchantchès, affiche "
        "déjà complet.",
        [
            (
                D,
                [
                    "Quand nous avons ouvert les caisses après les inondations de 2021, la moitié "
                    "des marionnettes étaient couvertes de boue. Des bénévoles les ont nettoyées "
                    "une par une, pendant des mois.",
                    "Sans eux, ce théâtre ne serait plus qu’un souvenir",
                ],
                "Nathalie Grosjean",
            ),
            (P, ["un morceau de l’âme liégeoise"], "Jean-Marc Delvaux"),
        ],
    ),
    (  # 14 wind farm ruling: association colon quote; company "a fait savoir"; unnamed retiree
        "Le tribunal administratif de Toulouse a annulé mardi le permis de construire de six "
        "éoliennes sur le causse de Sévérac (Aveyron), en raison de leur impact sur le paysage "
        "et sur un site de nidification de l'aigle royal.\n\n"
        "L'association Causses sans pylônes, à l'origine du recours, s'est félicitée dans un "
        "communiqué\u00a0: «\u00a0C'est la preuve qu'une poignée d'habitants déterminés peut "
        "faire entendre raison à un industriel. Le causse n'est pas une zone "
        "industrielle.\u00a0»\n\n"
        "La société Ventadour Énergies, qui avait investi près de 3 millions d'euros dans les "
        "études, a fait savoir qu'elle ferait appel de la décision.\n\n"
        "Au hameau du Bruel-Haut, un retraité, opposant de la première heure, parle "
        "d'«\u00a0une victoire de David contre Goliath\u00a0».",
        [
            (
                D,
                [
                    "C'est la preuve qu'une poignée d'habitants déterminés peut faire entendre "
                    "raison à un industriel. Le causse n'est pas une zone industrielle."
                ],
                "Causses sans pylônes",
            ),
            (I, ["elle ferait appel de la décision"], "Ventadour Énergies"),
            (P, ["une victoire de David contre Goliath"], "retraité"),
        ],
    ),
    (  # 15 women's football: coach (man) then "le technicien"; captain (woman) "a-t-elle lancé"
        "Menée 2-0 à la pause, l'AS Val-de-Garonne a arraché le match nul (2-2) dimanche sur la "
        "pelouse de l'Olympique de Saint-Priest, grâce à un doublé de sa capitaine, Laura "
        "Mendy, dans le dernier quart d'heure.\n\n"
        "«\u202fEn première période, on n'existait pas. J'ai dit aux filles à la mi-temps que "
        "je ne voulais plus voir ça\u202f», a pesté l'entraîneur, Stéphane Roux-Dalmas.\n\n"
        "Le technicien a reconnu que ce point ne suffirait pas à sortir son équipe de la zone "
        "rouge. Neuvième avec 11 points, Val-de-Garonne ne compte que deux longueurs d'avance "
        "sur le premier relégable.\n\n"
        "Buteuse à la 78e puis dans le temps additionnel, la capitaine préférait voir le verre "
        "à moitié plein. «\u202fOn ne lâche rien, c'est notre ADN depuis le début de "
        "saison\u202f», a-t-elle lancé.",
        [
            (
                D,
                [
                    "En première période, on n'existait pas. J'ai dit aux filles à la mi-temps "
                    "que je ne voulais plus voir ça"
                ],
                "Stéphane Roux-Dalmas",
            ),
            (
                I,
                ["ce point ne suffirait pas à sortir son équipe de la zone rouge"],
                "Stéphane Roux-Dalmas",
            ),
            (
                D,
                ["On ne lâche rien, c'est notre ADN depuis le début de saison"],
                "Laura Mendy",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Queensland flying foxes: resident after "said"; mayor indirect
        "MAROOCHY HEADS, Qld — A colony of about 20,000 grey-headed flying foxes will be left "
        "alone in Tallowwood Park after Coral Coast Regional Council voted 7-4 on Wednesday "
        "against a $1.2 million plan to move it on.\n\n"
        "Residents of the streets backing onto the park have complained for years about the "
        "noise and the smell. “My kids can't sleep with the windows open from October to "
        "March. We've been told to wait and wait and wait,” said Kerri-Anne Dwyer, who has "
        "lived on Banksia Crescent for 14 years.\n\n"
        "Mayor Rhonda Pascoe said previous dispersal attempts elsewhere in Queensland had "
        "simply pushed the bats a few streets away, at great cost. The council will instead "
        "pay for double glazing and high-pressure cleaning at the 38 worst-affected homes.\n\n"
        "Grey-headed flying foxes are listed as a vulnerable species under federal law.",
        [
            (
                D,
                [
                    "My kids can't sleep with the windows open from October to March. We've been "
                    "told to wait and wait and wait"
                ],
                "Kerri-Anne Dwyer",
            ),
            (
                I,
                [
                    "previous dispersal attempts elsewhere in Queensland had simply pushed the "
                    "bats a few streets away, at great cost"
                ],
                "Rhonda Pascoe",
            ),
        ],
    ),
    (  # 2 Crown Court fraud: Ms. + colon quote; partial inside reported speech; judge partial
        "A former treasurer who stole more than £86,000 from a village hall charity in North "
        "Yorkshire has been jailed for two years and eight months.\n\n"
        "Graham Pettifer, 61, of Ashby Fellside, admitted fraud by abuse of position at York "
        "Crown Court. Over six years he moved money from the village hall's account into his "
        "own, using it to pay off gambling debts.\n\n"
        'Prosecuting, Ms. Helen Whitlock told the court: "The hall committee trusted him '
        "completely. When the roof needed repairing, there was nothing left in the "
        'account."\n\n'
        'Mitigating, Daniel Okafor said his client was "deeply ashamed" and had sold his car '
        "to begin repaying the money.\n\n"
        'Sentencing him, Judge Margaret Ellory said the offence had "torn the heart out of a '
        'small community". The hall has since reopened after a crowdfunding appeal raised '
        "£40,000.",
        [
            (
                D,
                [
                    "The hall committee trusted him completely. When the roof needed repairing, "
                    "there was nothing left in the account."
                ],
                "Helen Whitlock",
            ),
            (P, ["deeply ashamed"], "Daniel Okafor"),
            (P, ["torn the heart out of a small community"], "Margaret Ellory"),
        ],
    ),
    (  # 3 Maine ticks: "according to" an institute; Dr. + said after the quote
        "Blacklegged ticks are now established in every county in Maine, including the far "
        "north of Aroostook County, where they were almost unknown two decades ago, according "
        "to a survey published on Monday by the Maine Center for Vector Research. The team "
        "collected more than 14,000 ticks at 212 sites over three summers.\n\n"
        "\"Winters just aren't cold enough or long enough anymore to knock the population "
        'back," said Dr. Anita Raghunathan, the entomologist who led the study.\n\n'
        "Cases of Lyme disease reported to the state have risen fivefold since 2010. "
        "Raghunathan recommends daily tick checks from April through November, even for "
        "people who never leave town.",
        [
            (
                I,
                [
                    "Blacklegged ticks are now established in every county in Maine, including "
                    "the far north of Aroostook County, where they were almost unknown two "
                    "decades ago"
                ],
                "Maine Center for Vector Research",
            ),
            (
                D,
                [
                    "Winters just aren't cold enough or long enough anymore to knock the "
                    "population back"
                ],
                "Anita Raghunathan",
            ),
        ],
    ),
    (  # 4 Nunavut food prices: resident; MLA "called … “…”"; company statement
        "IQALUIT — In Kimmirut, a four-litre jug of milk costs $17.49 and a bag of apples close "
        "to $15. Many of the community's 400 residents now fly to Iqaluit once a year with "
        "empty suitcases to stock up.\n\n"
        "“I buy flour and lard and I make bannock. Fresh fruit is for birthdays,” said Leesee "
        "Akavak, a mother of four who works at the community health centre.\n\n"
        "On Wednesday, MLA Joe Qaqqasiq called the federal Northern Food Support subsidy “a "
        "program for retailers, not for families” and demanded an independent audit.\n\n"
        "In a statement, Arctic Trading Co., which runs stores in 14 Nunavut communities, said "
        "the subsidy was passed on to customers in full. It blamed freight and energy costs "
        "for the prices.",
        [
            (
                D,
                ["I buy flour and lard and I make bannock. Fresh fruit is for birthdays"],
                "Leesee Akavak",
            ),
            (P, ["a program for retailers, not for families"], "Joe Qaqqasiq"),
            (I, ["the subsidy was passed on to customers in full"], "Arctic Trading Co."),
        ],
    ),
    (  # 5 women's rugby: coach (man) split quote, "The coach said"; captain (woman) "she said"
        "Ellsworth Vale slipped to a fourth straight defeat on Saturday, beaten 31-12 at home "
        "by Tynemouth Saints in the Women's Championship North.\n\n"
        "“We gave them three tries from our own mistakes,” head coach Martin Greaves said, "
        "“and you can't do that against a side with their pace.”\n\n"
        "The coach said flanker Abbie Longstaff, who left the field with a knee injury after "
        "20 minutes, would have a scan on Monday.\n\n"
        "Captain Jess Ridley was more upbeat. “The girls never stopped running. If we defend "
        "like that in the second half every week, the wins will come,” she said.\n\n"
        "Ellsworth Vale travel to Hexham next Sunday.",
        [
            (
                D,
                [
                    "We gave them three tries from our own mistakes",
                    "and you can't do that against a side with their pace.",
                ],
                "Martin Greaves",
            ),
            (
                I,
                [
                    "flanker Abbie Longstaff, who left the field with a knee injury after 20 "
                    "minutes, would have a scan on Monday"
                ],
                "Martin Greaves",
            ),
            (
                D,
                [
                    "The girls never stopped running. If we defend like that in the second half "
                    "every week, the wins will come"
                ],
                "Jess Ridley",
            ),
        ],
    ),
    (  # 6 Islay distillery: "said:" colon quote; community council chair "described … as"
        "Ardmhor Distillery is to double production at its site on Islay, creating 28 jobs, "
        "after securing £14 million from a Japanese drinks group. Construction of a second "
        "still house will begin in the spring and take about 18 months.\n\n"
        "Managing director Fiona MacLeod-Hayes said: “This is the biggest investment on the "
        "island in a generation. We want the young people who leave for Glasgow to have a "
        "reason to come back.”\n\n"
        "Not everyone is convinced. The island's ferries are already struggling with lorries "
        "carrying barley in and whisky out, and Calum Brodie, who chairs the local community "
        "council, described the single-track road to the distillery as “barely fit for a "
        "tractor”.",
        [
            (
                D,
                [
                    "This is the biggest investment on the island in a generation. We want the "
                    "young people who leave for Glasgow to have a reason to come back."
                ],
                "Fiona MacLeod-Hayes",
            ),
            (P, ["barely fit for a tractor"], "Calum Brodie"),
        ],
    ),
    (  # 7 B.C. ferry aground: company as speaker; passenger after "said", relative clause
        "NANAIMO, B.C. — A ferry carrying 212 passengers and 64 vehicles ran aground on a reef "
        "in Kessock Passage on Sunday evening. No one was hurt, and all passengers were taken "
        "off by water taxis and coast guard vessels within four hours.\n\n"
        "Coastline Ferries said the vessel, the Queen of Tsawout, had suffered a steering "
        "failure shortly after leaving the Kessock terminal.\n\n"
        "\"There was a big shudder, then a grinding noise, and everybody's coffee went flying. "
        'The crew were amazing. Nobody panicked," said Priya Sandhu, who was travelling to '
        "Vancouver with her two daughters.\n\n"
        "The vessel was refloated at high tide on Monday morning and towed to a shipyard in "
        "Esquimalt.",
        [
            (
                I,
                [
                    "the vessel, the Queen of Tsawout, had suffered a steering failure shortly "
                    "after leaving the Kessock terminal"
                ],
                "Coastline Ferries",
            ),
            (
                D,
                [
                    "There was a big shudder, then a grinding noise, and everybody's coffee went "
                    "flying. The crew were amazing. Nobody panicked"
                ],
                "Priya Sandhu",
            ),
        ],
    ),
    (  # 8 obituary, Tasmania: nickname in marks; son indirect; professor after the quote
        "HOBART — Margaret “Peg” Halloran, the marine biologist who spent four decades "
        "documenting the decline of Tasmania's giant kelp forests, has died aged 84.\n\n"
        "Her son, Tom Halloran, said she had died peacefully at home in Kettering on Thursday, "
        "with a view of the D'Entrecasteaux Channel from her bed.\n\n"
        "Born in Launceston in 1942, Halloran joined the Tasmanian Marine Institute in 1968. "
        "Her 1995 survey showing that nine-tenths of the state's giant kelp had vanished was "
        "at first dismissed by fisheries officials.\n\n"
        "“Peg was measuring this when nobody wanted to hear about it. She was right, and she "
        "was right early,” said Professor Liam Chu, who succeeded her as head of the "
        "institute's kelp program.\n\n"
        "She is survived by her son and two granddaughters.",
        [
            (
                I,
                [
                    "she had died peacefully at home in Kettering on Thursday, with a view of the "
                    "D'Entrecasteaux Channel from her bed"
                ],
                "Tom Halloran",
            ),
            (
                D,
                [
                    "Peg was measuring this when nobody wanted to hear about it. She was right, "
                    "and she was right early"
                ],
                "Liam Chu",
            ),
        ],
    ),
    (  # 9 Cornwall hospital waits: "was blunt:" colon quote; "He said" indirect
        "Patients at West Penwith General Hospital waited an average of 14 hours for a bed "
        "after being admitted through the emergency department last month, new figures "
        "show.\n\n"
        "The trust's chief executive, Andrew Polglase, was blunt: \"These waits are not "
        "acceptable, and I apologise to every patient and family who has been through "
        'them."\n\n'
        "He said 60 patients who were medically fit to leave were stuck on wards because no "
        "care home places were available. The county council has promised 45 extra "
        "short-stay beds by February.",
        [
            (
                D,
                [
                    "These waits are not acceptable, and I apologise to every patient and family "
                    "who has been through them."
                ],
                "Andrew Polglase",
            ),
            (
                I,
                [
                    "60 patients who were medically fit to leave were stuck on wards because no "
                    "care home places were available"
                ],
                "Andrew Polglase",
            ),
        ],
    ),
    (  # 10 Ohio school board: Superintendent Dr. "told the board that"; "he asked"
        "The Wyandot Hills Local School District board voted 3-2 on Monday night to move to a "
        "four-day school week from next August, the first district in the county to do so.\n\n"
        "Superintendent Dr. Carla Jennings-Ruiz told the board that the change would save about "
        "$410,000 a year in transport and utility costs and help the district hire teachers "
        "in a tight market. Neighboring districts have hired away 11 of its teachers in two "
        "years.\n\n"
        'Board member Gary Lindqvist, who voted against, was unconvinced. "Who is going to '
        'watch a seven-year-old every Friday? Not everyone has a grandma down the road," he '
        "asked.\n\n"
        "Several parents in the packed gym applauded.",
        [
            (
                I,
                [
                    "the change would save about $410,000 a year in transport and utility costs "
                    "and help the district hire teachers in a tight market"
                ],
                "Carla Jennings-Ruiz",
            ),
            (
                D,
                [
                    "Who is going to watch a seven-year-old every Friday? Not everyone has a "
                    "grandma down the road"
                ],
                "Gary Lindqvist",
            ),
        ],
    ),
    (  # 11 Newfoundland outport feature: quote over two paragraphs; spokeswoman; daughter
        "LITTLE GANNET ISLAND, N.L. — When the provincial ferry stops calling here at the end "
        "of the month, Walter Strickland will be the last one left. The other 11 residents of "
        "this outport have accepted the government's relocation offer of $270,000 per "
        "household.\n\n"
        "Strickland, 77, has not. “My father built this house with timber he floated over "
        "from the mainland. I was born in the back bedroom. I'm not leaving it to the gulls.\n\n"
        "“People think I'm stubborn. Maybe I am. But I've got a generator, a boat and a "
        "freezer full of moose, and that's more than most have in St. John's,” he said, "
        "laughing.\n\n"
        "A spokeswoman for the Department of Transportation and Infrastructure said the "
        "province could not legally force anyone to leave. No services will be provided on "
        "the island after Nov. 30.\n\n"
        "His daughter, Donna Strickland-Pike, who lives in Gander, has stopped trying to "
        "change his mind. “He'd rather die out there than in a home in town,” she said.",
        [
            (
                D,
                [
                    "My father built this house with timber he floated over from the mainland. I "
                    "was born in the back bedroom. I'm not leaving it to the gulls.",
                    "People think I'm stubborn. Maybe I am. But I've got a generator, a boat and "
                    "a freezer full of moose, and that's more than most have in St. John's",
                ],
                "Walter Strickland",
            ),
            (
                I,
                ["the province could not legally force anyone to leave"],
                "Department of Transportation and Infrastructure",
            ),
            (
                D,
                ["He'd rather die out there than in a home in town"],
                "Donna Strickland-Pike",
            ),
        ],
    ),
    (  # 12 Kenya land court: Justice + said; "The judge also noted that"; resident after "said"
        "NAKURU, Kenya — The Environment and Land Court on Thursday halted the planned "
        "eviction of about 3,000 families from the Chebirir settlement, on the edge of a "
        "forest reserve in Nakuru County.\n\n"
        "Justice Grace Wanjiru Mathenge said the government had failed to show that the "
        "residents had been consulted before the eviction notices were posted in September.\n\n"
        "The judge also noted that many of the families held title deeds issued by the land "
        "ministry in the 1990s.\n\n"
        "“We have lived here for 30 years. My children were born here. Where do they want us "
        "to go?” said Esther Chelangat, 58, who grows maize and potatoes on two acres.\n\n"
        "The case returns to court in February.",
        [
            (
                I,
                [
                    "the government had failed to show that the residents had been consulted "
                    "before the eviction notices were posted in September"
                ],
                "Grace Wanjiru Mathenge",
            ),
            (
                I,
                ["many of the families held title deeds issued by the land ministry in the 1990s"],
                "Grace Wanjiru Mathenge",
            ),
            (
                D,
                [
                    "We have lived here for 30 years. My children were born here. Where do they "
                    "want us to go?"
                ],
                "Esther Chelangat",
            ),
        ],
    ),
    (  # 13 Pennsylvania bridge closure: unnamed officials after the clause; haulier quote
        "The Dunmore Street Bridge over the Conewago River in Halverton will close to all "
        "traffic on Dec. 8 for at least 14 months, forcing a 19-mile detour, state "
        "transportation officials said Tuesday. Inspectors found advanced corrosion in two of "
        "the bridge's main beams during a routine check in September.\n\n"
        '"Every day that bridge is closed costs me about two hours and $300 in diesel. '
        'Multiply that by 14 months and tell me how a small outfit survives," said Ray '
        "Kowalczyk, who runs a gravel hauling business on the east bank.\n\n"
        "About 9,000 vehicles cross the bridge each day.",
        [
            (
                I,
                [
                    "The Dunmore Street Bridge over the Conewago River in Halverton will close to "
                    "all traffic on Dec. 8 for at least 14 months, forcing a 19-mile detour"
                ],
                "state transportation officials",
            ),
            (
                D,
                [
                    "Every day that bridge is closed costs me about two hours and $300 in diesel. "
                    "Multiply that by 14 months and tell me how a small outfit survives"
                ],
                "Ray Kowalczyk",
            ),
        ],
    ),
    (  # 14 Darwin art prize: surname "said she had"; "she told reporters"; judges partial
        "DARWIN — A painting of a dry riverbed by a 24-year-old artist from Ngukurr has won "
        "this year's $60,000 Top End Indigenous Art Award, making her the youngest winner in "
        "the prize's 31-year history.\n\n"
        "Tahlia Roberts, who learned to paint from her grandmother, said she had almost not "
        "entered. “I thought my work was too quiet for a big prize like this. My nan would be "
        "laughing at me right now,” she told reporters at the Arafura Gallery.\n\n"
        "The judges described the work as “restrained, patient and completely assured”. It "
        "will join the gallery's permanent collection.",
        [
            (I, ["she had almost not entered"], "Tahlia Roberts"),
            (
                D,
                [
                    "I thought my work was too quiet for a big prize like this. My nan would be "
                    "laughing at me right now"
                ],
                "Tahlia Roberts",
            ),
            (P, ["restrained, patient and completely assured"], "judges"),
        ],
    ),
    (  # 15 Saskatchewan meteorite: farmer after "said"; curator Dr. then "she said"
        "DUNMARA, Sask. — A dark, fist-sized rock that a grain farmer used as a doorstop for "
        "nine years has been confirmed as a meteorite by the Prairie Museum of Natural "
        "History in Regina.\n\n"
        '"I hit it with the cultivator in 2017 and it nearly took out a shank. It was heavier '
        'than any rock that size has a right to be," said Doug Harnett, who farms 3,200 acres '
        "of wheat and canola.\n\n"
        "The 1.4-kilogram stone is an ordinary chondrite, the most common type of meteorite, "
        "but only a few dozen have ever been found in the province. Curator Dr. Amira "
        'Fotheringham was not surprised it had sat unnoticed for so long. "People assume '
        "meteorites look spectacular. Most of them look like a lump you'd throw out of the "
        'field," she said.',
        [
            (
                D,
                [
                    "I hit it with the cultivator in 2017 and it nearly took out a shank. It was "
                    "heavier than any rock that size has a right to be"
                ],
                "Doug Harnett",
            ),
            (
                D,
                [
                    "People assume meteorites look spectacular. Most of them look like a lump "
                    "you'd throw out of the field"
                ],
                "Amira Fotheringham",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout11.jsonl"),
        "heldout11",
        "11",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
