"""Source of the thirty-fifth held-out set: writes heldout35.jsonl (split "heldout35").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like economy, environment, science and technology copy from business dailies,
wire services and science magazines (company results, central banks, energy and climate
reports, research studies, unions and employers), not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractors 0.16.0 and 0.17.0
(docs/EXTRACTION.md); not read when 0.17.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout35.py
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
    (  # 1 industrial services results: "a annoncé que", quote split by an incise
        "Le groupe de services industriels Altévia a publié jeudi un bénéfice net de 412 "
        "millions d'euros pour le premier semestre, en hausse de 18 % sur un an, porté par la "
        "maintenance des réseaux électriques et la demande des centres de données.\n\n"
        "Son directeur général, Laurent Mervaux-Tissier, a annoncé que l'objectif d'une marge "
        "opérationnelle de 11 % serait atteint dès cette année, soit un an plus tôt que prévu. "
        "Le chiffre d'affaires a progressé de 7,4 %, à 5,9 milliards d'euros.\n\n"
        "Le dirigeant s'est toutefois montré prudent sur l'Allemagne, où les commandes de "
        "l'industrie chimique ont encore reculé au printemps. « Le marché allemand ne "
        "repartira pas avant la fin de l'année prochaine, a prévenu M. Mervaux-Tissier lors "
        "d'une conférence téléphonique avec les analystes, et nous avons donc gelé les "
        "recrutements là-bas. »\n\n"
        "En Bourse, le titre gagnait 5,2 % en fin de matinée, signant la plus forte hausse du "
        "secteur.",
        [
            (
                I,
                [
                    "l'objectif d'une marge opérationnelle de 11 % serait atteint dès cette "
                    "année, soit un an plus tôt que prévu"
                ],
                "Laurent Mervaux-Tissier",
            ),
            (
                D,
                [
                    "Le marché allemand ne repartira pas avant la fin de l'année prochaine",
                    "et nous avons donc gelé les recrutements là-bas.",
                ],
                "Laurent Mervaux-Tissier",
            ),
        ],
    ),
    (  # 2 central bank: no-break spaces, inverted subject, "Elle a expliqué que"
        "La Banque centrale de Valdorie (BCV) a maintenu mardi son principal taux directeur à "
        "3,25 %, pour la quatrième réunion consécutive, malgré le ralentissement de "
        "l'inflation à 2,6 % en octobre.\n\n"
        "«\u00a0Baisser les taux trop tôt serait la pire erreur que nous puissions "
        "commettre\u00a0», a déclaré sa gouverneure, Hélène Castagnier, devant la presse. Elle "
        "a expliqué que le comité voulait s'assurer que la hausse des salaires ne relancerait "
        "pas les prix dans les services.\n\n"
        "La BCV a par ailleurs relevé sa prévision de croissance pour cette année à 0,9 %, "
        "contre 0,7 % en septembre. Les marchés, qui avaient largement anticipé ce statu quo, "
        "ont peu réagi : la devise valdorienne restait stable face à l'euro en fin de "
        "journée.\n\n"
        "«\u00a0La BCV joue la montre, mais le crédit immobilier est déjà à l'arrêt\u00a0», "
        "estime Bruno Lefaucheux, économiste chez Cordane Gestion. Il table sur une première "
        "baisse des taux au printemps.",
        [
            (
                D,
                ["Baisser les taux trop tôt serait la pire erreur que nous puissions commettre"],
                "Hélène Castagnier",
            ),
            (
                I,
                [
                    "le comité voulait s'assurer que la hausse des salaires ne relancerait pas "
                    "les prix dans les services"
                ],
                "Hélène Castagnier",
            ),
            (
                D,
                ["La BCV joue la montre, mais le crédit immobilier est déjà à l'arrêt"],
                "Bruno Lefaucheux",
            ),
        ],
    ),
    (  # 3 building emissions report: "selon un rapport publié par", partial without spaces
        "Les émissions de gaz à effet de serre du secteur du bâtiment ont reculé de 4,8 % "
        "l'an dernier en France, mais ce rythme reste deux fois trop lent pour tenir les "
        "objectifs de 2030, selon un rapport publié mercredi par l'Observatoire de la "
        "transition énergétique (OTE).\n\n"
        "Le document pointe en particulier la rénovation des maisons individuelles, dont le "
        "nombre de chantiers a baissé de 12 % en un an. « On fait surtout des petits "
        "travaux : des fenêtres, une chaudière. Les rénovations complètes restent "
        "l'exception », résume la directrice de l'OTE, Marion Quérel-Bastide.\n\n"
        "Les aides publiques ont pourtant atteint 3,4 milliards d'euros, un record. Mais leurs "
        "règles ont changé trois fois en deux ans, et la Fédération des artisans du bâtiment "
        "a dénoncé mercredi «un stop-and-go permanent» qui décourage les entreprises "
        "d'embaucher et de former des apprentis.\n\n"
        "Le ministère du Logement n'a pas souhaité réagir dans l'immédiat.",
        [
            (
                I,
                [
                    "Les émissions de gaz à effet de serre du secteur du bâtiment ont reculé de "
                    "4,8 % l'an dernier en France, mais ce rythme reste deux fois trop lent "
                    "pour tenir les objectifs de 2030"
                ],
                "Observatoire de la transition énergétique",
            ),
            (
                D,
                [
                    "On fait surtout des petits travaux : des fenêtres, une chaudière. Les "
                    "rénovations complètes restent l'exception"
                ],
                "Marion Quérel-Bastide",
            ),
            (P, ["un stop-and-go permanent"], "Fédération des artisans du bâtiment"),
        ],
    ),
    (  # 4 photonics start-up: “ ” quotes, "a annoncé avoir levé", incise, partial
        "La jeune pousse lyonnaise Quantelys, qui développe des puces photoniques pour les "
        "centres de données, a annoncé lundi avoir levé 85 millions d'euros auprès d'un "
        "groupe d'investisseurs mené par le fonds Orpal Capital.\n\n"
        "“Cette levée nous permet de passer du laboratoire à l'usine”, a déclaré son "
        "cofondateur et président, Julien Abdelnour-Faure. L'entreprise ouvrira en 2028 une "
        "ligne de production pilote près de Grenoble, qui emploiera environ 140 personnes.\n\n"
        "Les puces de Quantelys transmettent les données sous forme de lumière plutôt que "
        "d'électrons, ce qui réduit fortement la chaleur dégagée. “Les centres de données "
        "sont en train de buter sur un mur énergétique, a souligné M. Abdelnour-Faure, et la "
        "lumière est l'un des rares moyens de le franchir.”\n\n"
        "Chez Orpal Capital, l'associée Sabine Verhaegen a évoqué « une des rares "
        "technologies européennes capables de rivaliser avec les géants américains ». Le "
        "marché de l'optique pour centres de données est estimé à 20 milliards de dollars "
        "à l'horizon 2030.",
        [
            (
                I,
                [
                    "avoir levé 85 millions d'euros auprès d'un groupe d'investisseurs mené par "
                    "le fonds Orpal Capital"
                ],
                "Quantelys",
            ),
            (
                D,
                ["Cette levée nous permet de passer du laboratoire à l'usine"],
                "Julien Abdelnour-Faure",
            ),
            (
                D,
                [
                    "Les centres de données sont en train de buter sur un mur énergétique",
                    "et la lumière est l'un des rares moyens de le franchir.",
                ],
                "Julien Abdelnour-Faure",
            ),
            (
                P,
                [
                    "une des rares technologies européennes capables de rivaliser avec les "
                    "géants américains"
                ],
                "Sabine Verhaegen",
            ),
        ],
    ),
    (  # 5 wage talks: narrow no-break spaces, union and management, "la direction"
        "Les négociations salariales annuelles chez l'équipementier automobile "
        "Ferrand-Kessler ont échoué jeudi soir, après une troisième séance de discussions au "
        "siège du groupe, à Montbéliard.\n\n"
        "La direction proposait une hausse générale de 2,1 %, assortie d'une prime de 600 "
        "euros. «\u202fC'est une provocation, quand on voit les dividendes versés cette "
        "année\u202f», a réagi le délégué syndical central de l'Union syndicale de la "
        "métallurgie (USM), Thierry Gaudemard. Il a annoncé qu'un appel à la grève serait "
        "lancé sur les quatre sites français du groupe à partir du 9 décembre.\n\n"
        "La direction a dit «\u202fregretter\u202f» cette décision. «\u202fNotre proposition "
        "est l'une des plus élevées du secteur, et nous restons ouverts au dialogue\u202f», a "
        "assuré sa directrice des ressources humaines, Nathalie Obertin, dans un "
        "communiqué.\n\n"
        "Le deuxième syndicat de l'entreprise, la Fédération autonome du travail, n'a pas "
        "encore fait connaître sa position. Ferrand-Kessler emploie 6 300 salariés en France.",
        [
            (
                D,
                ["C'est une provocation, quand on voit les dividendes versés cette année"],
                "Thierry Gaudemard",
            ),
            (
                I,
                [
                    "un appel à la grève serait lancé sur les quatre sites français du groupe à "
                    "partir du 9 décembre"
                ],
                "Thierry Gaudemard",
            ),
            (P, ["regretter"], "Ferrand-Kessler"),
            (
                D,
                [
                    "Notre proposition est l'une des plus élevées du secteur, et nous restons "
                    "ouverts au dialogue"
                ],
                "Nathalie Obertin",
            ),
        ],
    ),
    (  # 6 plastic-eating bacterium: researcher, "La chercheuse a précisé que", "Pour X, « »"
        "Des chercheurs de l'université de Montclair décrivent, dans une étude publiée "
        "mercredi par la revue Biocatalyse appliquée, une bactérie capable de dégrader en "
        "quelques jours certains plastiques réputés indestructibles.\n\n"
        "L'équipe a modifié une enzyme naturellement présente dans les sols pour qu'elle "
        "s'attaque au polyuréthane, utilisé dans les mousses des matelas et les semelles de "
        "chaussures. En laboratoire, 70 % d'un échantillon a été décomposé en six jours, à "
        "25 °C.\n\n"
        "« Nous sommes encore loin d'une solution industrielle, mais c'est la première fois "
        "qu'on obtient une dégradation aussi rapide à température ambiante », explique la "
        "biochimiste Agnès Rouvillois, qui a dirigé les travaux.\n\n"
        "La chercheuse a précisé que les résidus de la dégradation avaient été testés et ne "
        "présentaient pas de toxicité pour les micro-organismes du sol. Son équipe cherche "
        "désormais un partenaire industriel pour construire un premier réacteur de "
        "démonstration.\n\n"
        "Pour Didier Namouni, spécialiste des polymères au Centre national d'études des "
        "matériaux, qui n'a pas participé à l'étude, « le résultat est spectaculaire, mais le "
        "passage à l'échelle sera le vrai juge de paix ».",
        [
            (
                D,
                [
                    "Nous sommes encore loin d'une solution industrielle, mais c'est la "
                    "première fois qu'on obtient une dégradation aussi rapide à température "
                    "ambiante"
                ],
                "Agnès Rouvillois",
            ),
            (
                I,
                [
                    "les résidus de la dégradation avaient été testés et ne présentaient pas de "
                    "toxicité pour les micro-organismes du sol"
                ],
                "Agnès Rouvillois",
            ),
            (
                D,
                [
                    "le résultat est spectaculaire, mais le passage à l'échelle sera le vrai "
                    "juge de paix"
                ],
                "Didier Namouni",
            ),
        ],
    ),
    (  # 7 winter grid outlook: organisation speaks, partial, unnamed spokesperson
        "Le gestionnaire du réseau électrique, Transelec France, a averti mardi que le pays "
        "pourrait connaître des tensions sur l'approvisionnement en cas de vague de froid "
        "prolongée en janvier, en raison de retards dans la maintenance de plusieurs "
        "réacteurs nucléaires.\n\n"
        "Dans son bilan prévisionnel pour l'hiver, l'entreprise estime que « le risque reste "
        "modéré » pour les ménages. « Nous ne prévoyons pas de coupures pour les "
        "particuliers, mais nous demandons aux gros consommateurs industriels de se tenir "
        "prêts à réduire leur consommation lors des pics », a déclaré le président du "
        "directoire, Olivier Sarrazin-Lemoine.\n\n"
        "Trois réacteurs du producteur Énergies du Rhône doivent être reconnectés au réseau "
        "avant Noël. «\u00a0Le calendrier est tenu à ce stade\u00a0», a indiqué un "
        "porte-parole du groupe.\n\n"
        "Les importations d'électricité depuis les pays voisins pourraient être sollicitées "
        "lors des pics de consommation du soir, entre 18 heures et 20 heures.",
        [
            (
                I,
                [
                    "le pays pourrait connaître des tensions sur l'approvisionnement en cas de "
                    "vague de froid prolongée en janvier, en raison de retards dans la "
                    "maintenance de plusieurs réacteurs nucléaires"
                ],
                "Transelec France",
            ),
            (P, ["le risque reste modéré"], "Transelec France"),
            (
                D,
                [
                    "Nous ne prévoyons pas de coupures pour les particuliers, mais nous "
                    "demandons aux gros consommateurs industriels de se tenir prêts à réduire "
                    "leur consommation lors des pics"
                ],
                "Olivier Sarrazin-Lemoine",
            ),
            (D, ["Le calendrier est tenu à ce stade"], "Énergies du Rhône"),
        ],
    ),
    (  # 8 groundwater: indirect before the attribution, farmers' union, NGO partial
        "Près des deux tiers des nappes phréatiques du bassin de la Loire restent sous leurs "
        "niveaux normaux malgré les fortes pluies d'octobre, a annoncé vendredi l'Agence de "
        "l'eau Loire-Océan.\n\n"
        "«\u00a0Il faudra plusieurs hivers pluvieux pour reconstituer les réserves "
        "profondes\u00a0», a expliqué son directeur, Patrick Lendormy, en présentant le bilan "
        "annuel de l'établissement. Des restrictions d'irrigation pourraient être reconduites "
        "dès le printemps dans une trentaine de communes.\n\n"
        "Une perspective que rejette la Coordination agricole de l'Ouest. «\u00a0On nous "
        "demande de produire plus, avec moins d'eau et moins de pesticides, et on s'étonne "
        "que les jeunes ne veuillent plus s'installer\u00a0», s'est agacée sa présidente, "
        "Véronique Baudrier-Lamy.\n\n"
        "L'organisation réclame la construction de nouvelles retenues d'eau, un dossier qui "
        "divise la région depuis plusieurs années. L'association Loire vivante y voit, elle, "
        "«\u00a0une fuite en avant\u00a0» aux dépens des rivières.",
        [
            (
                I,
                [
                    "Près des deux tiers des nappes phréatiques du bassin de la Loire restent "
                    "sous leurs niveaux normaux malgré les fortes pluies d'octobre"
                ],
                "Agence de l'eau Loire-Océan",
            ),
            (
                D,
                ["Il faudra plusieurs hivers pluvieux pour reconstituer les réserves profondes"],
                "Patrick Lendormy",
            ),
            (
                D,
                [
                    "On nous demande de produire plus, avec moins d'eau et moins de pesticides, "
                    "et on s'étonne que les jeunes ne veuillent plus s'installer"
                ],
                "Véronique Baudrier-Lamy",
            ),
            (P, ["une fuite en avant"], "Loire vivante"),
        ],
    ),
    (  # 9 telecom operator results: plain spaces, inverted subject, "M. X" second quote
        "Le troisième opérateur télécoms du pays, Orvéa, a vu son chiffre d'affaires reculer "
        "de 1,8 % au troisième trimestre, à 2,37 milliards d'euros, pénalisé par la guerre "
        "des prix sur les forfaits mobiles.\n\n"
        "« La concurrence sur les offres à bas prix a atteint un niveau qui n'est plus "
        "soutenable pour personne », a déclaré jeudi le directeur général d'Orvéa, "
        "Christophe Dambreville, en présentant les comptes. Le groupe a perdu 94 000 abonnés "
        "mobiles sur la période, mais en a gagné 41 000 dans la fibre.\n\n"
        "L'opérateur maintient son objectif de dividende pour l'exercice. « Nous ne "
        "sacrifierons pas nos investissements dans les réseaux pour gagner quelques points "
        "de part de marché », a ajouté M. Dambreville, qui n'a pas voulu commenter les "
        "rumeurs de rapprochement avec un concurrent.\n\n"
        "Le titre cédait 3,4 % à la Bourse de Paris en début d'après-midi.",
        [
            (
                D,
                [
                    "La concurrence sur les offres à bas prix a atteint un niveau qui n'est "
                    "plus soutenable pour personne"
                ],
                "Christophe Dambreville",
            ),
            (
                D,
                [
                    "Nous ne sacrifierons pas nos investissements dans les réseaux pour gagner "
                    "quelques points de part de marché"
                ],
                "Christophe Dambreville",
            ),
        ],
    ),
    (  # 10 employers' federation: two-sentence quote, "D'après une enquête de", minister
        "La Confédération des petites et moyennes industries (CPMI) est vent debout contre la "
        "hausse de la taxe sur les consommations énergétiques prévue dans le projet de loi "
        "de finances pour 2027.\n\n"
        "«\u00a0Nos adhérents ont vu leur facture d'électricité doubler en trois ans. Leur "
        "demander un effort supplémentaire, c'est les pousser à délocaliser\u00a0», a affirmé "
        "mardi son président, Gérard Pellissier-Coste, lors de l'assemblée générale de "
        "l'organisation à Lyon.\n\n"
        "D'après une enquête de la CPMI menée auprès de 1 200 entreprises, près d'une PME "
        "industrielle sur cinq envisage de réduire ses effectifs d'ici à l'été. Les secteurs "
        "de la chimie, du verre et de la fonderie sont les plus exposés.\n\n"
        "Le ministre de l'Industrie, présent dans la salle, a défendu «\u00a0une mesure juste "
        "et temporaire\u00a0», sans donner de calendrier pour sa suppression. Le texte doit "
        "être examiné au Sénat à partir du 2 décembre.",
        [
            (
                D,
                [
                    "Nos adhérents ont vu leur facture d'électricité doubler en trois ans. Leur "
                    "demander un effort supplémentaire, c'est les pousser à délocaliser"
                ],
                "Gérard Pellissier-Coste",
            ),
            (
                I,
                [
                    "près d'une PME industrielle sur cinq envisage de réduire ses effectifs "
                    "d'ici à l'été"
                ],
                "Confédération des petites et moyennes industries",
            ),
            (P, ["une mesure juste et temporaire"], "ministre de l'Industrie"),
        ],
    ),
    (  # 11 exoplanet water: "s'est réjouie l'astrophysicienne", outside expert, "Mme X a indiqué que"
        "Une équipe de l'Institut d'astrophysique de Castelnau a détecté de la vapeur d'eau "
        "dans l'atmosphère d'une exoplanète rocheuse située à 48 années-lumière de la Terre, "
        "grâce au télescope spatial européen Héliade.\n\n"
        "« C'est la première fois que l'on mesure de l'eau sur une planète de cette taille "
        "avec un tel degré de confiance », s'est réjouie l'astrophysicienne Léa Montferrand, "
        "premier auteur de l'étude publiée lundi dans la revue Astronomie & Planètes.\n\n"
        "La planète, baptisée Héliade-14 b, fait environ 1,6 fois la taille de la Terre et "
        "boucle son orbite en onze jours. Sa température de surface dépasse vraisemblablement "
        "les 200 °C, ce qui exclut toute forme de vie connue.\n\n"
        "« Il faudra confirmer ce signal avec d'autres instruments avant de parler "
        "d'océans », juge prudemment Marc-Antoine Vidalenc, de l'Observatoire de "
        "Sainte-Aure, qui n'a pas participé aux travaux. Mme Montferrand a indiqué que de "
        "nouvelles observations étaient prévues au printemps.",
        [
            (
                D,
                [
                    "C'est la première fois que l'on mesure de l'eau sur une planète de cette "
                    "taille avec un tel degré de confiance"
                ],
                "Léa Montferrand",
            ),
            (
                D,
                [
                    "Il faudra confirmer ce signal avec d'autres instruments avant de parler "
                    "d'océans"
                ],
                "Marc-Antoine Vidalenc",
            ),
            (
                I,
                ["de nouvelles observations étaient prévues au printemps"],
                "Léa Montferrand",
            ),
        ],
    ),
    (  # 12 luxury sales: narrow no-break spaces, quote split by a long incise, analyst
        "Le groupe de luxe Maison Derval a publié mardi des ventes en repli de 4 % à taux de "
        "change constants au troisième trimestre, à 3,1 milliards d'euros, plombées par la "
        "chute de la demande en Asie.\n\n"
        "«\u202fLa clientèle chinoise n'a pas disparu, a assuré la directrice financière, "
        "Isabelle Kervarec, lors d'une conférence avec les analystes, elle achète simplement "
        "davantage à Paris et à Milan qu'à Shanghai.\u202f»\n\n"
        "La maroquinerie, qui représente près de la moitié des ventes, a mieux résisté que "
        "les montres et la joaillerie. Le groupe n'a pas modifié ses prévisions annuelles, "
        "qui tablent sur une marge opérationnelle stable.\n\n"
        "«\u202fLes chiffres sont un peu meilleurs que ce que craignait le marché\u202f», note "
        "Romain Oukhellou, analyste chez Berthier Securities. L'action bondissait de 6 % à "
        "l'ouverture.",
        [
            (
                D,
                [
                    "La clientèle chinoise n'a pas disparu",
                    "elle achète simplement davantage à Paris et à Milan qu'à Shanghai.",
                ],
                "Isabelle Kervarec",
            ),
            (
                D,
                ["Les chiffres sont un peu meilleurs que ce que craignait le marché"],
                "Romain Oukhellou",
            ),
        ],
    ),
    (  # 13 airline and sustainable fuel: "a annoncé qu'elle", “ ” quotes, "son PDG"
        "La compagnie à bas coûts Alizé Airlines a annoncé mercredi qu'elle répercuterait sur "
        "le prix de ses billets le surcoût des carburants d'aviation durables, dont "
        "l'incorporation devient obligatoire à hauteur de 6 % l'an prochain.\n\n"
        "“Ce sont nos passagers qui vont payer la transition, il faut le dire honnêtement”, a "
        "déclaré son PDG, Frédéric Anselmi, lors d'une conférence de presse à Toulouse. La "
        "hausse devrait atteindre en moyenne 4 euros par billet en 2027, puis davantage à "
        "mesure que les obligations se durciront.\n\n"
        "Les carburants durables, fabriqués à partir d'huiles usagées ou de déchets "
        "agricoles, coûtent aujourd'hui trois à quatre fois plus cher que le kérosène. La "
        "compagnie, qui a transporté 19 millions de passagers l'an dernier, exploite 140 "
        "lignes au départ de la France.",
        [
            (
                I,
                [
                    "elle répercuterait sur le prix de ses billets le surcoût des carburants "
                    "d'aviation durables, dont l'incorporation devient obligatoire à hauteur de "
                    "6 % l'an prochain"
                ],
                "Alizé Airlines",
            ),
            (
                D,
                ["Ce sont nos passagers qui vont payer la transition, il faut le dire honnêtement"],
                "Frédéric Anselmi",
            ),
        ],
    ),
    (  # 14 inflation estimate: "selon l'estimation publiée par", quote without spaces
        "L'inflation a ralenti à 1,9 % sur un an en novembre en France, contre 2,2 % en "
        "octobre, selon l'estimation provisoire publiée vendredi par l'Institut national de "
        "la conjoncture (INC).\n\n"
        "Ce recul s'explique surtout par la baisse des prix de l'énergie, en repli de 5,3 % "
        "sur un an, tandis que ceux de l'alimentation progressent encore de 2,8 %. Les prix "
        "des services, qui pèsent près de la moitié du panier, augmentent de 2,9 %.\n\n"
        "«Les ménages ne le ressentent pas encore dans leur caddie, mais la désinflation est "
        "bel et bien là», observe Claire Hautecœur, économiste chez Banque Varenne.\n\n"
        "Sur un mois, les prix à la consommation sont restés stables. Dans la zone euro, la "
        "hausse des prix s'est établie à 2,0 % en octobre. L'estimation définitive pour la "
        "France sera publiée le 15 décembre.",
        [
            (
                I,
                [
                    "L'inflation a ralenti à 1,9 % sur un an en novembre en France, contre "
                    "2,2 % en octobre"
                ],
                "Institut national de la conjoncture",
            ),
            (
                D,
                [
                    "Les ménages ne le ressentent pas encore dans leur caddie, mais la "
                    "désinflation est bel et bien là"
                ],
                "Claire Hautecœur",
            ),
        ],
    ),
    (  # 15 hydrogen start-up liquidation: partial, then a quote over two paragraphs
        "La start-up grenobloise Hydrovia, qui promettait de produire de l'hydrogène vert à "
        "bas coût, a été placée lundi en liquidation judiciaire par le tribunal de commerce, "
        "faute de repreneur. Ses 212 salariés seront licenciés.\n\n"
        "Dans un message publié sur un réseau social, son fondateur, Arnaud Teyssèdre, a "
        "reconnu « des erreurs de calendrier ».\n\n"
        "« Nous avons construit une usine pour un marché qui n'existait pas encore. Les "
        "clients industriels que nous attendions ont repoussé leurs projets les uns après "
        "les autres.\n\n"
        "« Je pense à nos équipes, qui ont tout donné pendant six ans. Je reste convaincu que "
        "l'hydrogène aura sa place, mais pas au rythme que nous avions imaginé. »\n\n"
        "Les collectivités locales, qui avaient apporté 18 millions d'euros d'aides "
        "publiques au projet, n'ont pas souhaité commenter.",
        [
            (P, ["des erreurs de calendrier"], "Arnaud Teyssèdre"),
            (
                D,
                [
                    "Nous avons construit une usine pour un marché qui n'existait pas encore. "
                    "Les clients industriels que nous attendions ont repoussé leurs projets les "
                    "uns après les autres.",
                    "Je pense à nos équipes, qui ont tout donné pendant six ans. Je reste "
                    "convaincu que l'hydrogène aura sa place, mais pas au rythme que nous "
                    "avions imaginé.",
                ],
                "Arnaud Teyssèdre",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 bank results: '"A," X told reporters. "B."' is two quotes, "X said the bank expected"
        "LONDON — Harwood & Bligh, Britain's fifth-largest lender by assets, reported a 22% "
        "rise in third-quarter pre-tax profit on Thursday, helped by higher interest income "
        "and a sharp fall in charges for bad loans.\n\n"
        '"We have had the best quarter in our mortgage book for a decade," chief executive '
        "Fiona Castellane told reporters on a call. \"But I'm not going to pretend the "
        'consumer is out of the woods."\n\n'
        "Pre-tax profit rose to 1.84 billion pounds, above the 1.71 billion pounds expected "
        "by analysts in a poll compiled by the company. The bank also unveiled a 500 million "
        "pound share buyback.\n\n"
        "Castellane said the bank expected its net interest margin to hold at around 3.1% "
        "next year, even if the central bank cut rates twice. Shares in Harwood & Bligh were "
        "up 4.2% by midday, making them the best performers among British banks.",
        [
            (
                D,
                ["We have had the best quarter in our mortgage book for a decade"],
                "Fiona Castellane",
            ),
            (
                D,
                ["But I'm not going to pretend the consumer is out of the woods."],
                "Fiona Castellane",
            ),
            (
                I,
                [
                    "the bank expected its net interest margin to hold at around 3.1% next "
                    "year, even if the central bank cut rates twice"
                ],
                "Fiona Castellane",
            ),
        ],
    ),
    (  # 2 central bank: institution "said", governor's partial inside reported speech, direct
        "PORT ADAIR — The Reserve Bank of Castland left its benchmark interest rate unchanged "
        "at 4.5% on Wednesday and said borrowing costs would probably stay high for longer "
        "than markets had expected.\n\n"
        "Governor Samuel Okafor-Reid said wage growth remained “uncomfortably strong” even "
        "though inflation eased to 3.2% in October, its lowest level in two years. The bank's "
        "new forecasts put economic growth next year at 1.4%, down from 1.7% in August.\n\n"
        "“We would rather be a little late than have to reverse course,” Okafor-Reid told a "
        "news conference after the decision, which was backed by all seven members of the "
        "monetary policy committee.\n\n"
        "The Castland dollar rose 0.4% against the U.S. currency after the announcement. "
        "Money markets now price the first rate cut in May rather than February.",
        [
            (
                I,
                ["borrowing costs would probably stay high for longer than markets had expected"],
                "Reserve Bank of Castland",
            ),
            (P, ["uncomfortably strong"], "Samuel Okafor-Reid"),
            (
                D,
                ["We would rather be a little late than have to reverse course"],
                "Samuel Okafor-Reid",
            ),
        ],
    ),
    (  # 3 marine heatwaves: science-magazine present tense "says", two quotes, partial
        "Marine heatwaves in the North Atlantic have become four times more frequent since "
        "the early 1980s, and the longest now last more than 200 days.\n\n"
        "A team at the Bremerton Institute for Ocean Studies reached that conclusion after "
        "analysing 40 years of satellite records of sea surface temperature, combined with "
        "readings from more than 3,000 floating sensors. The work is published in Ocean "
        "Climate Letters.\n\n"
        "“What surprised us was not the peaks but how long the heat lingers,” says Tamsin "
        "Okonedo, who led the work. “Some patches of ocean never really cooled down between "
        "one summer and the next.”\n\n"
        "The longest events coincided with steep declines in kelp forests and in catches of "
        "young cod off Newfoundland.\n\n"
        "Mark Ellery at the University of Kestrel, who wasn't involved in the study, calls "
        "the findings “sobering”, particularly for fisheries that depend on cold water.",
        [
            (
                D,
                ["What surprised us was not the peaks but how long the heat lingers"],
                "Tamsin Okonedo",
            ),
            (
                D,
                ["Some patches of ocean never really cooled down between one summer and the next."],
                "Tamsin Okonedo",
            ),
            (P, ["sobering"], "Mark Ellery"),
        ],
    ),
    (  # 4 software layoffs: "it said", straight quotes split by an incise, unnamed engineer
        "SAN FRANCISCO — Veltrix, the cloud software company, will cut about 1,800 jobs, or "
        "9% of its workforce, as it shifts spending towards data centres for artificial "
        "intelligence, it said on Tuesday.\n\n"
        '"This is the hardest decision I have made at this company," chief executive Daniel '
        'Marchetti-Cole wrote in a memo to staff, "and it is not a reflection of the work '
        'any of you have done."\n\n'
        "The restructuring will cost between 240 million and 280 million dollars, most of it "
        "booked in the fourth quarter. Veltrix's capital spending next year is set to reach "
        "about 6 billion dollars, nearly double this year's budget.\n\n"
        '"They are cutting the people who built the product to pay for chips," said one '
        "engineer, who asked not to be named because he was not authorised to speak to the "
        "media.\n\n"
        "Veltrix shares rose 2.7% in after-hours trading.",
        [
            (
                I,
                [
                    "Veltrix, the cloud software company, will cut about 1,800 jobs, or 9% of "
                    "its workforce, as it shifts spending towards data centres for artificial "
                    "intelligence"
                ],
                "Veltrix",
            ),
            (
                D,
                [
                    "This is the hardest decision I have made at this company",
                    "and it is not a reflection of the work any of you have done.",
                ],
                "Daniel Marchetti-Cole",
            ),
            (
                D,
                ["They are cutting the people who built the product to pay for chips"],
                "engineer",
            ),
        ],
    ),
    (  # 5 port strike: union said, organiser, operator's partial, "its chief executive"
        "KELMOUTH — Dockworkers at the port of Kelmouth will walk out for 72 hours from "
        "Monday after talks over pay and automation broke down, the Maritime and Transport "
        "Workers' Union said on Friday.\n\n"
        "“Our members are not against new technology. They are against being thrown on the "
        "scrapheap by it,” said Gail Pennock, the union's regional organiser. The port is "
        "introducing remote-controlled cranes at two of its four container terminals next "
        "year.\n\n"
        "Kelmouth Harbour Holdings, which operates the port, called the walkout “deeply "
        "disappointing”. “We have put a fair offer on the table, including a guarantee of no "
        "compulsory redundancies until 2029,” its chief executive, Roger Haldane, said in a "
        "statement.\n\n"
        "The port handles about a fifth of the country's container traffic, and shipping "
        "lines have already begun diverting vessels to rival terminals.",
        [
            (
                I,
                [
                    "Dockworkers at the port of Kelmouth will walk out for 72 hours from Monday "
                    "after talks over pay and automation broke down"
                ],
                "Maritime and Transport Workers' Union",
            ),
            (
                D,
                [
                    "Our members are not against new technology. They are against being thrown "
                    "on the scrapheap by it"
                ],
                "Gail Pennock",
            ),
            (P, ["deeply disappointing"], "Kelmouth Harbour Holdings"),
            (
                D,
                [
                    "We have put a fair offer on the table, including a guarantee of no "
                    "compulsory redundancies until 2029"
                ],
                "Roger Haldane",
            ),
        ],
    ),
    (  # 6 grid investment report: "according to a report by", straight quotes
        "Global investment in electricity grids will need to double to about 600 billion "
        "dollars a year by 2030 if countries are to meet their renewable energy targets, "
        "according to a report by the International Power Council published on Tuesday.\n\n"
        "More than 1,500 gigawatts of solar and wind projects are currently waiting to be "
        "connected worldwide, roughly three times the capacity installed last year. In some "
        "countries, developers now wait up to eight years for a connection.\n\n"
        '"We are building power plants faster than we are building the wires to carry their '
        "electricity, and that gap is now the single biggest bottleneck in the energy "
        "transition,\" said Ingrid Solberg-Amato, the council's executive director.\n\n"
        "Shortages of transformers and high-voltage cables have pushed up equipment prices by "
        "about 60% since 2021, while permitting rules in many countries still treat new power "
        "lines like motorways.",
        [
            (
                I,
                [
                    "Global investment in electricity grids will need to double to about 600 "
                    "billion dollars a year by 2030 if countries are to meet their renewable "
                    "energy targets"
                ],
                "International Power Council",
            ),
            (
                D,
                [
                    "We are building power plants faster than we are building the wires to "
                    "carry their electricity, and that gap is now the single biggest "
                    "bottleneck in the energy transition"
                ],
                "Ingrid Solberg-Amato",
            ),
        ],
    ),
    (  # 7 cancer blood test: "Dr X", two quotes, "She cautioned that"
        "A blood test picked up early signs of pancreatic cancer up to two years before "
        "symptoms appeared, in a study of 14,000 patients published on Wednesday in the "
        "journal Clinical Oncology Research.\n\n"
        "The test, developed at the Ashcombe Medical Research Centre, looks for a combination "
        "of six proteins shed by tumours. It correctly identified 81% of cancers, while "
        "producing false alarms in about 3% of healthy people.\n\n"
        '"Pancreatic cancer is usually found far too late for surgery to help," said Dr '
        'Helena Varga-Moss, who led the research. "If we can move diagnosis earlier, we can '
        'change the odds for thousands of patients a year."\n\n'
        "She cautioned that the test would first have to be validated in larger and more "
        "diverse groups before it could be offered in clinics. Fewer than one in ten patients "
        "survive five years after a diagnosis of pancreatic cancer.",
        [
            (
                D,
                ["Pancreatic cancer is usually found far too late for surgery to help"],
                "Helena Varga-Moss",
            ),
            (
                D,
                [
                    "If we can move diagnosis earlier, we can change the odds for thousands of "
                    "patients a year."
                ],
                "Helena Varga-Moss",
            ),
            (
                I,
                [
                    "the test would first have to be validated in larger and more diverse "
                    "groups before it could be offered in clinics"
                ],
                "Helena Varga-Moss",
            ),
        ],
    ),
    (  # 8 copper miner results: one quote, title before the name, speaker after the quote
        "SYDNEY — Kallista Resources, the Australian-listed copper miner, posted a 31% jump "
        "in half-year underlying earnings on Monday as copper prices hovered near record "
        "highs, and raised its interim dividend to 42 cents a share.\n\n"
        "The company produced 212,000 tonnes of copper in the six months to September, up 9% "
        "from a year earlier, thanks largely to the expansion of its Tarrawin mine in Western "
        "Australia. Costs at the mine rose 14%, mainly because of higher wages and diesel "
        "prices.\n\n"
        "“Demand from power grids and electric vehicles is running ahead of what the industry "
        "can supply, and we don't see that changing this decade,” managing director Rebecca "
        "Thornquist said.\n\n"
        "Underlying earnings reached 1.26 billion Australian dollars. The miner is studying a "
        "second expansion at Tarrawin that would lift output by a further 60,000 tonnes a "
        "year from 2030. Shares in Kallista closed 3.1% higher.",
        [
            (
                D,
                [
                    "Demand from power grids and electric vehicles is running ahead of what the "
                    "industry can supply, and we don't see that changing this decade"
                ],
                "Rebecca Thornquist",
            ),
        ],
    ),
    (  # 9 carmaker and tariffs: "the company said", possessive apposition
        "Strand Motors will delay the launch of its cheapest electric car in Europe by at "
        "least a year, the company said on Thursday, blaming new tariffs on imported "
        "batteries.\n\n"
        "The Arrow, a compact hatchback that was due to go on sale next spring for under "
        "25,000 euros, will now arrive in 2028 at the earliest. It was designed around "
        "battery cells made at a supplier's plant in South Korea.\n\n"
        "“The tariffs add roughly 2,400 euros to the cost of every car we build here, and we "
        "are not going to sell the Arrow at a loss,” Strand's European president, Luc Van "
        "Hoeydonck, told reporters in Brussels.\n\n"
        "The carmaker is in talks with two European battery makers about local supply, but "
        "neither factory will be ready before 2027.",
        [
            (
                I,
                [
                    "Strand Motors will delay the launch of its cheapest electric car in Europe by at least a year"
                ],
                "Strand Motors",
            ),
            (
                D,
                [
                    "The tariffs add roughly 2,400 euros to the cost of every car we build "
                    "here, and we are not going to sell the Arrow at a loss"
                ],
                "Luc Van Hoeydonck",
            ),
        ],
    ),
    (  # 10 failed drug trial: company partial, chief medical officer
        "Shares in Merrow Therapeutics fell 38% on Monday after its experimental Alzheimer's "
        "drug failed to slow cognitive decline in a late-stage trial of 1,900 patients.\n\n"
        "Patients who received the drug, known as MRW-114, declined at almost exactly the "
        "same rate over 18 months as those given a placebo. The company called the results "
        "“clearly disappointing”.\n\n"
        "“We designed this trial to give a clear answer, and it has given us one, even if it "
        "is not the answer we hoped for,” chief medical officer Dr Priya Castellanos said on "
        "a call with investors.\n\n"
        "Merrow had spent about 900 million dollars developing the drug, its most advanced "
        "programme, and had 1.2 billion dollars in cash at the end of September. The company "
        "will present the full results at a medical congress in March.",
        [
            (P, ["clearly disappointing"], "Merrow Therapeutics"),
            (
                D,
                [
                    "We designed this trial to give a clear answer, and it has given us one, "
                    "even if it is not the answer we hoped for"
                ],
                "Priya Castellanos",
            ),
        ],
    ),
    (  # 11 deforestation report: NGO director, trade body partial
        "Forest clearance in the supply chains of 38 large meat and soy traders rose 11% last "
        "year, reversing two years of decline. The figures come from a report published on "
        "Tuesday by the environmental group Verdant Watch, which tracked the companies' "
        "suppliers using satellite imagery.\n\n"
        "“Companies made promises in 2021 and most of them have quietly walked away from "
        "them,” said Carla Mendonça-Rees, the group's campaigns director. Only four of the 38 "
        "companies had met their own deadlines for ending deforestation.\n\n"
        "The trade body Meat & Feed Europe called the report's methodology “seriously "
        "flawed”.\n\n"
        "European rules banning imports linked to deforestation are due to apply from the end "
        "of next year, after two delays. Verdant Watch's figures cover Brazil, Paraguay and "
        "Bolivia, which together account for most of the region's soy exports.",
        [
            (
                D,
                [
                    "Companies made promises in 2021 and most of them have quietly walked away "
                    "from them"
                ],
                "Carla Mendonça-Rees",
            ),
            (P, ["seriously flawed"], "Meat & Feed Europe"),
        ],
    ),
    (  # 12 house prices: chief economist with possessive apposition after the quote
        "Fairbridge Building Society's house price index fell 0.6% in October from "
        "September, the third monthly decline in a row, pushing annual growth down to "
        "1.1%.\n\n"
        "The average price of a home in Britain now stands at 271,400 pounds. Prices fell "
        "most sharply in London and the south-east, while Scotland and Northern Ireland "
        "still recorded small gains.\n\n"
        "“Buyers are still adjusting to mortgage rates that are roughly double what they "
        "were three years ago, and many first-time buyers have simply stepped back from the "
        "market,” said Fairbridge's chief economist, Nadia Holloway-Brent.\n\n"
        "More homes are now coming onto the market, giving buyers more room to negotiate, "
        "and the share of listings with reduced asking prices is the highest since 2019. "
        "Mortgage approvals fell to 54,000 in October, the lowest level since January.",
        [
            (
                D,
                [
                    "Buyers are still adjusting to mortgage rates that are roughly double what "
                    "they were three years ago, and many first-time buyers have simply stepped "
                    "back from the market"
                ],
                "Nadia Holloway-Brent",
            ),
        ],
    ),
    (  # 13 chief executive steps down: partial, then a quote over two paragraphs
        "Arkwright Foods on Wednesday named its finance director, Julia Penhaligon, as its "
        "next chief executive, replacing Gordon Vellacott, who is stepping down in March "
        "after 17 years in the job.\n\n"
        'In a letter to employees, Vellacott, 63, said he was leaving the business "in the '
        'strongest shape it has ever been in".\n\n'
        '"When I joined, we had two factories and a great deal of debt. Today we sell in 30 '
        "countries, and we have not closed a single site.\n\n"
        '"Julia knows this company better than anyone, and I could not be leaving it in '
        'safer hands."\n\n'
        "Penhaligon, 48, joined Arkwright in 2015 from the drinks group Coldharbour Brands, "
        "where she ran the European business. Arkwright's shares were little changed in "
        "London.",
        [
            (P, ["in the strongest shape it has ever been in"], "Gordon Vellacott"),
            (
                D,
                [
                    "When I joined, we had two factories and a great deal of debt. Today we "
                    "sell in 30 countries, and we have not closed a single site.",
                    "Julia knows this company better than anyone, and I could not be leaving "
                    "it in safer hands.",
                ],
                "Gordon Vellacott",
            ),
        ],
    ),
    (  # 14 supermarket sales: '"A," X said. "B."', straight quotes
        "Hollins, the supermarket chain, reported a 3.8% rise in like-for-like sales in the "
        "12 weeks to Nov. 23, beating analysts' forecasts, as bargain-hunting shoppers "
        "switched from more expensive rivals.\n\n"
        '"Shoppers are trading down, but they are trading down to us," chief executive '
        'Meera Calloway said on Tuesday. "Our own-label ranges grew twice as fast as branded '
        'products."\n\n'
        "Food price inflation in Hollins stores slowed to about 2.5%, from 4.1% in the "
        "summer. The chain opened 14 stores during the period and now has 612 across the "
        "country.\n\n"
        "The group's market share rose to 9.4%, its highest on record, while its two largest "
        "competitors both lost ground. Hollins shares were up 1.8% in early trading, "
        "extending their gain since the start of the year to 23%.",
        [
            (
                D,
                ["Shoppers are trading down, but they are trading down to us"],
                "Meera Calloway",
            ),
            (
                D,
                ["Our own-label ranges grew twice as fast as branded products."],
                "Meera Calloway",
            ),
        ],
    ),
    (  # 15 fusion record: one quote, "Dr X, the company's chief scientist"
        "Corvane Fusion, a British start-up, has held a plasma at 100 million degrees Celsius "
        "for 12 seconds in a test at its site near Didcot, a record for a privately built "
        "reactor.\n\n"
        "The company's spherical tokamak, which cost 180 million pounds to build, uses "
        "high-temperature superconducting magnets that are smaller and cheaper than those in "
        "earlier machines.\n\n"
        "“Twelve seconds may not sound like much, but it is long enough to show that the "
        "physics works at this scale,” said Dr Elliot Fairweather, the company's chief "
        "scientist.\n\n"
        "Independent physicists welcomed the result, though the plasma still produced far "
        "less energy than was needed to heat it. Corvane has raised 420 million pounds from "
        "investors since 2019 and is building a larger machine in Oxfordshire.",
        [
            (
                D,
                [
                    "Twelve seconds may not sound like much, but it is long enough to show that "
                    "the physics works at this scale"
                ],
                "Elliot Fairweather",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout35.jsonl"),
        "heldout35",
        "h35",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
