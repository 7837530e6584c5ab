"""Source of the hundredth held-out set: writes heldout100.jsonl (split "heldout100").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
weather, natural-disaster and emergency news: storms, floods, wildfires, earthquakes, heatwaves,
avalanches, landslides, evacuations and rescues, with prefects, fire chiefs, meteorologists,
mayors, rescuers, insurers and residents quoted; unnamed speakers ("un sauveteur", "a
firefighter") and roles used alone ("le préfet", "the chief") often refer back to someone named
earlier.
Measured once with 0.3.0, 0.30.0 and 0.31.0 on 2026-12-02, unread when measured (0.30.0 and
0.31.0 the same: docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout100.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-01"
Item = GoldItem

FR: list[Item] = [
    (  # 1 Atlantic storm: direct + "a déclaré le préfet de X, Name" (apposition, title
        # dropped), role alone "Le préfet a appelé les habitants à «…»" (partial), unnamed
        # "sa voisine" (possessive dropped)
        "La tempête Hortense a balayé dans la nuit de mardi à mercredi le littoral de la "
        "Charente-Maritime, avec des rafales mesurées à 164 km/h à la pointe de Chassiron. Le vent "
        "devrait faiblir en fin de matinée, mais la mer restera très agitée jusqu'à jeudi.\n\n"
        "«\u00a0Nous avons recensé plus de 900 interventions en six heures, essentiellement pour "
        "des arbres tombés et des toitures arrachées\u00a0», a déclaré le préfet de la "
        "Charente-Maritime, Bertrand Lemasson-Roy, lors d'un point presse à La Rochelle.\n\n"
        "Quelque 48\u00a0000 foyers étaient encore privés d'électricité mercredi midi. Le préfet a "
        "appelé les habitants à «\u00a0ne pas jouer les curieux\u00a0» sur les digues, où plusieurs "
        "promeneurs ont été surpris par des paquets de mer.\n\n"
        "À Fouras, une septuagénaire a été légèrement blessée par la chute d'une cheminée. "
        "«\u00a0J'ai entendu un bruit de train, puis tout le plafond a tremblé\u00a0», raconte sa "
        "voisine, encore sous le choc.",
        [
            (
                D,
                [
                    "Nous avons recensé plus de 900 interventions en six heures, essentiellement "
                    "pour des arbres tombés et des toitures arrachées"
                ],
                "Bertrand Lemasson-Roy",
            ),
            (P, ["ne pas jouer les curieux"], "Bertrand Lemasson-Roy"),
            (
                D,
                ["J'ai entendu un bruit de train, puis tout le plafond a tremblé"],
                "voisine",
            ),
        ],
    ),
    (  # 2 river flood: mayor introduced in a sentence without speech, then a quote opened
        # with no attribution and continued over two paragraphs ("raconte-t-elle" at the end,
        # one span per paragraph), colon + unnamed "un retraité" with final period inside
        "Après trois jours de pluies diluviennes, la Vézère est sortie de son lit dans la nuit de "
        "samedi à dimanche, inondant une partie du centre de Saint-Aulaye-les-Prés. Plus de 300 "
        "habitants ont été évacués vers le gymnase municipal, où des lits de camp ont été "
        "installés.\n\n"
        "La maire de la commune, Josiane Peyrot-Delmas, a passé la nuit sur le terrain avec les "
        "pompiers. «\u00a0L'eau est montée de quarante centimètres en une heure dans les rues "
        "basses. Nous avons frappé à toutes les portes pour faire sortir les gens.\n\n"
        "«\u00a0Certains refusaient de partir, par peur des cambriolages. Il a fallu négocier "
        "jusqu'à trois heures du matin\u00a0», raconte-t-elle.\n\n"
        "La décrue ne devrait pas s'amorcer avant mardi. Installé sur un lit de camp, un retraité "
        "relativise\u00a0: «\u00a0En 1982, on avait eu un mètre de plus. On s'en remettra.\u00a0»",
        [
            (
                D,
                [
                    "L'eau est montée de quarante centimètres en une heure dans les rues basses. "
                    "Nous avons frappé à toutes les portes pour faire sortir les gens.",
                    "Certains refusaient de partir, par peur des cambriolages. Il a fallu "
                    "négocier jusqu'à trois heures du matin",
                ],
                "Josiane Peyrot-Delmas",
            ),
            (D, ["En 1982, on avait eu un mètre de plus. On s'en remettra."], "retraité"),
        ],
    ),
    (  # 3 forest fire: direct + "a expliqué le colonel Name, qui dirige …" (rank dropped),
        # "Selon lui, … «fixé» …" (partial inside reported speech: only the partial), unnamed
        # "Un pompier … confie :" with a two-sentence quote
        "L'incendie qui ravage depuis lundi le massif de la Sarrière, dans le Var, a déjà parcouru "
        "2\u00a0300 hectares de pinèdes et de garrigue. Plus de 1\u00a0200 pompiers, appuyés par "
        "six avions bombardiers d'eau, sont engagés, et 3\u00a0000 personnes ont été évacuées de "
        "campings et de lotissements.\n\n"
        "«\u00a0Le feu a sauté la départementale à deux reprises cette nuit, porté par un mistral à "
        "80 km/h\u00a0», a expliqué mercredi le colonel Hervé Castagnol, qui dirige le service "
        "départemental d'incendie et de secours. Selon lui, le front principal est désormais "
        "«\u00a0fixé\u00a0», mais des reprises restent possibles tant que le vent ne faiblit pas."
        "\n\n"
        "Un pompier venu des Bouches-du-Rhône, le visage noirci par la fumée, confie\u00a0: "
        "«\u00a0On dort deux heures par nuit, dans les camions. Mais tant que les maisons tiennent, "
        "on tient.\u00a0»\n\n"
        "Le parquet de Toulon a ouvert une enquête pour déterminer l'origine du sinistre. Trois "
        "pompiers ont été légèrement blessés depuis le début de l'intervention.",
        [
            (
                D,
                [
                    "Le feu a sauté la départementale à deux reprises cette nuit, porté par un "
                    "mistral à 80 km/h"
                ],
                "Hervé Castagnol",
            ),
            (P, ["fixé"], "Hervé Castagnol"),
            (
                D,
                [
                    "On dort deux heures par nuit, dans les camions. Mais tant que les maisons "
                    "tiennent, on tient."
                ],
                "pompier",
            ),
        ],
    ),
    (  # 4 Alpine earthquake: "D'après le Réseau sismologique alpin," (rest of the sentence),
        # incise "a souligné la sismologue Name, de …" splitting one quote (final period kept),
        # book title in « » not speech, "se souvient Name, le boulanger du village"
        "Un séisme de magnitude 4,9 a secoué dimanche, à 6\u00a0h\u00a012, la haute vallée du "
        "Valderon, dans les Alpes-de-Haute-Provence. Aucune victime n'est à déplorer, mais des "
        "fissures sont apparues sur une vingtaine de bâtiments, dont l'église de "
        "Saint-Véran-des-Eaux, fermée par précaution.\n\n"
        "D'après le Réseau sismologique alpin, l'épicentre se situait à une dizaine de kilomètres "
        "de profondeur, sous le col de la Blanche.\n\n"
        "«\u00a0C'est un séisme modéré, a souligné la sismologue Camille Oberlin, de l'université "
        "Grenoble-Est, mais il rappelle que les Alpes du Sud restent l'une des zones les plus "
        "actives de l'Hexagone.\u00a0» Mme Oberlin, autrice de «\u00a0La Terre qui gronde\u00a0», un "
        "ouvrage de vulgarisation paru en 2021, s'attend à de petites répliques dans les prochains "
        "jours.\n\n"
        "«\u00a0Les verres sont tombés des étagères et le chien hurlait\u00a0», se souvient Gérard "
        "Pellissier, le boulanger du village, qui a malgré tout ouvert sa boutique comme chaque "
        "matin.",
        [
            (
                I,
                [
                    "l'épicentre se situait à une dizaine de kilomètres de profondeur, sous le col "
                    "de la Blanche"
                ],
                "Réseau sismologique alpin",
            ),
            (
                D,
                [
                    "C'est un séisme modéré",
                    "mais il rappelle que les Alpes du Sud restent l'une des zones les plus "
                    "actives de l'Hexagone.",
                ],
                "Camille Oberlin",
            ),
            (
                D,
                ["Les verres sont tombés des étagères et le chien hurlait"],
                "Gérard Pellissier",
            ),
        ],
    ),
    (  # 5 heatwave: minister introduced by a visit, two-sentence direct + "a-t-elle insisté",
        # "La ministre a annoncé que" (role alone), question not speech, "Le syndicat Unis-Santé
        # a dénoncé des «…»" (partial, generic noun dropped)
        "La vigilance rouge canicule a été déclenchée jeudi pour quatorze départements du centre "
        "et de l'est du pays. Les températures pourraient atteindre 42\u00a0°C samedi dans la "
        "vallée de la Saône, un niveau jamais relevé aussi tôt dans l'été.\n\n"
        "La ministre de la Santé, Sandrine Aubertin-Klein, s'est rendue vendredi dans une maison "
        "de retraite de Bourg-Saint-Amand. «\u00a0Les trois prochains jours seront les plus "
        "dangereux. Il faut appeler ses proches âgés chaque jour et vérifier qu'ils boivent\u00a0», "
        "a-t-elle insisté. La ministre a annoncé que le plan blanc serait activé dans tous les "
        "hôpitaux des départements concernés.\n\n"
        "Faut-il fermer les écoles\u00a0? La question divise les élus locaux. Le syndicat "
        "Unis-Santé a dénoncé de son côté des «\u00a0effectifs squelettiques\u00a0» dans les "
        "services d'urgences, où les soignants travaillent parfois sans climatisation.",
        [
            (
                D,
                [
                    "Les trois prochains jours seront les plus dangereux. Il faut appeler ses "
                    "proches âgés chaque jour et vérifier qu'ils boivent"
                ],
                "Sandrine Aubertin-Klein",
            ),
            (
                I,
                ["le plan blanc serait activé dans tous les hôpitaux des départements concernés"],
                "Sandrine Aubertin-Klein",
            ),
            (P, ["effectifs squelettiques"], "Unis-Santé"),
        ],
    ),
    (  # 6 avalanche: two-sentence direct + "a précisé le capitaine Name, du peloton de …"
        # (rank dropped), "L'officier a rappelé que" (role alone), unnamed "un guide de la
        # station" after the quote
        "Deux skieurs ont été tués et un troisième grièvement blessé par une avalanche survenue "
        "samedi en début d'après-midi dans le couloir de la Pointe-Noire, au-dessus de la station "
        "de Val-Sorel. Le groupe évoluait hors piste alors que le risque d'avalanche était de "
        "niveau 4 sur une échelle de 5.\n\n"
        "«\u00a0Ils ont été dégagés en moins de quinze minutes, ce qui est très rapide. "
        "Malheureusement, deux d'entre eux étaient déjà en arrêt cardiaque\u00a0», a précisé le "
        "capitaine Loïc Berthaud, du peloton de gendarmerie de haute montagne, qui commandait "
        "l'opération. L'officier a rappelé que le bulletin du jour déconseillait toute sortie en "
        "dehors des pistes balisées.\n\n"
        "Les trois hommes, âgés de 28 à 35 ans, étaient pourtant des skieurs expérimentés et "
        "portaient tous un détecteur de victimes. «\u00a0Avec ce manteau neigeux, même les pentes "
        "douces peuvent partir\u00a0», prévient un guide de la station, qui a participé aux "
        "recherches.",
        [
            (
                D,
                [
                    "Ils ont été dégagés en moins de quinze minutes, ce qui est très rapide. "
                    "Malheureusement, deux d'entre eux étaient déjà en arrêt cardiaque"
                ],
                "Loïc Berthaud",
            ),
            (
                I,
                ["le bulletin du jour déconseillait toute sortie en dehors des pistes balisées"],
                "Loïc Berthaud",
            ),
            (
                D,
                ["Avec ce manteau neigeux, même les pentes douces peuvent partir"],
                "guide",
            ),
        ],
    ),
    (  # 7 insurers' bill: indirect with the cue after ("…, a estimé mardi l'Union des
        # assureurs de France (UAF)"), direct + "a averti son président, Name", term
        # «catastrophes naturelles» with no speaker, "Pour M. Surname, «…»." (period outside),
        # "réclame un fonds" (noun object, not annotated)
        "Les intempéries de l'automne coûteront au moins 1,8 milliard d'euros aux assureurs, a "
        "estimé mardi l'Union des assureurs de France (UAF), qui publiait son premier bilan. "
        "Inondations dans le Sud-Ouest, grêle en Bourgogne, tempête en Bretagne\u00a0: jamais "
        "autant de sinistres n'avaient été déclarés en un seul trimestre.\n\n"
        "«\u00a0Le modèle actuel ne tiendra pas dix ans de plus au rythme où vont les "
        "sinistres\u00a0», a averti son président, Philippe Ménardeau. La surprime "
        "«\u00a0catastrophes naturelles\u00a0», prélevée sur chaque contrat d'habitation, est passée "
        "de 12 à 20\u00a0% en 2025.\n\n"
        "Pour M. Ménardeau, «\u00a0la prévention coûte toujours moins cher que la "
        "reconstruction\u00a0». L'UAF réclame un fonds public pour financer la surélévation des "
        "maisons les plus exposées aux crues.",
        [
            (
                I,
                [
                    "Les intempéries de l'automne coûteront au moins 1,8 milliard d'euros aux assureurs"
                ],
                "Union des assureurs de France",
            ),
            (
                D,
                ["Le modèle actuel ne tiendra pas dix ans de plus au rythme où vont les sinistres"],
                "Philippe Ménardeau",
            ),
            (
                D,
                ["la prévention coûte toujours moins cher que la reconstruction"],
                "Philippe Ménardeau",
            ),
        ],
    ),
    (  # 8 hailstorm on vineyards: direct + "se désole Name, qui …", "a demandé la
        # reconnaissance" (noun object, not annotated), indirect with the cue after ("…,
        # explique Name, prévisionniste à X"), then an unattributed quote continuing him
        "Un violent orage de grêle s'est abattu lundi en fin d'après-midi sur les coteaux du "
        "Lizon, détruisant en vingt minutes une partie de la récolte à trois semaines des "
        "vendanges. Des grêlons de la taille d'une balle de golf ont été ramassés à "
        "Montagnac-le-Vieux.\n\n"
        "«\u00a0En vingt ans de métier, je n'ai jamais vu ça. Les grappes sont hachées, les "
        "feuilles arrachées\u00a0», se désole Antoine Verdier, qui exploite 14 hectares sur la "
        "commune. La chambre d'agriculture a demandé la reconnaissance de l'état de calamité "
        "agricole.\n\n"
        "Ce type d'épisode devient plus fréquent en fin d'été, explique Julien Marchetti, "
        "prévisionniste à Météo-Horizon. «\u00a0L'air chaud et humide remonte de la Méditerranée "
        "et rencontre une dégradation venue de l'ouest. C'est le scénario classique des "
        "supercellules.\u00a0»",
        [
            (
                D,
                [
                    "En vingt ans de métier, je n'ai jamais vu ça. Les grappes sont hachées, les "
                    "feuilles arrachées"
                ],
                "Antoine Verdier",
            ),
            (I, ["Ce type d'épisode devient plus fréquent en fin d'été"], "Julien Marchetti"),
            (
                D,
                [
                    "L'air chaud et humide remonte de la Méditerranée et rencontre une dégradation "
                    "venue de l'ouest. C'est le scénario classique des supercellules."
                ],
                "Julien Marchetti",
            ),
        ],
    ),
    (  # 9 landslide evacuation: "…, selon la préfecture." (part before), « » with plain
        # spaces + "raconte Name, 74 ans, …", "La sous-préfète, Name, a expliqué que"
        "Une cinquantaine d'habitants du hameau des Combes, à Roquefixe, ont été évacués mercredi "
        "soir en raison d'un glissement de terrain qui menace une dizaine de maisons. Le versant a "
        "glissé de près de deux mètres en quarante-huit heures, selon la préfecture.\n\n"
        "« On nous a donné une heure pour prendre l'essentiel. J'ai pris les papiers, les photos "
        "et le chat », raconte Monique Barral, 74 ans, hébergée chez sa fille dans la vallée.\n\n"
        "La sous-préfète, Amélie Tran-Duc, a expliqué que des géologues surveilleraient le site "
        "jour et nuit grâce à une dizaine de capteurs GPS. Aucune date de retour n'a été fixée "
        "pour les familles, qui pourront récupérer quelques affaires sous escorte des pompiers.",
        [
            (
                I,
                ["Le versant a glissé de près de deux mètres en quarante-huit heures"],
                "préfecture",
            ),
            (
                D,
                [
                    "On nous a donné une heure pour prendre l'essentiel. J'ai pris les papiers, "
                    "les photos et le chat"
                ],
                "Monique Barral",
            ),
            (
                I,
                [
                    "des géologues surveilleraient le site jour et nuit grâce à une dizaine de "
                    "capteurs GPS"
                ],
                "Amélie Tran-Duc",
            ),
        ],
    ),
    (  # 10 sea rescue: unnamed "un sauveteur de la station de X" after a two-sentence quote,
        # apposition "Le patron du canot, Name, a salué le «…» des naufragés" (partial), incise
        # "a-t-il souligné," splitting one quote
        "Quatre plaisanciers ont été secourus dans la nuit de vendredi à samedi au large de l'île "
        "de Kerbrac, après le chavirage de leur voilier dans une mer forte. L'alerte a été donnée "
        "vers 23\u00a0heures par l'une des passagères, qui avait réussi à garder son téléphone au "
        "sec.\n\n"
        "«\u00a0Les creux atteignaient cinq mètres. On les a repérés grâce à leurs lampes "
        "frontales, accrochés à la coque retournée\u00a0», a raconté un sauveteur de la station de "
        "Port-Gwenn, de retour au port au petit matin.\n\n"
        "Le patron du canot, Yannick Le Goff, a salué le «\u00a0sang-froid\u00a0» des naufragés. "
        "«\u00a0Ils avaient gardé leurs gilets, a-t-il souligné, et c'est ce qui les a "
        "sauvés.\u00a0» Deux d'entre eux, en hypothermie, ont été hospitalisés dans la matinée.",
        [
            (
                D,
                [
                    "Les creux atteignaient cinq mètres. On les a repérés grâce à leurs lampes "
                    "frontales, accrochés à la coque retournée"
                ],
                "sauveteur",
            ),
            (P, ["sang-froid"], "Yannick Le Goff"),
            (
                D,
                ["Ils avaient gardé leurs gilets", "et c'est ce qui les a sauvés."],
                "Yannick Le Goff",
            ),
        ],
    ),
    (  # 11 drought: "qualifiée d'«historique» par les hydrologues" (partial, unnamed plural
        # agent), direct + "a déclaré Mme Surname" (title dropped), "a réclamé des dérogations"
        # (noun object, not annotated), direct + "résume Name, agriculteur à X"
        "Face à une sécheresse qualifiée d'«\u00a0historique\u00a0» par les hydrologues, la préfète "
        "du Haut-Verdon, Catherine Molinier, a placé mardi l'ensemble du département en situation "
        "de crise. L'arrosage des jardins, le lavage des voitures et le remplissage des piscines "
        "sont désormais interdits.\n\n"
        "«\u00a0Nos nappes sont à leur plus bas niveau depuis que les relevés existent. Chaque litre "
        "compte\u00a0», a déclaré Mme Molinier lors d'un point presse. Une quinzaine de communes "
        "sont déjà alimentées par camions-citernes.\n\n"
        "Les irrigants, eux, s'inquiètent. La Coordination paysanne a réclamé des dérogations pour "
        "les cultures de semences. «\u00a0Si on n'arrose pas dans les dix jours, le maïs est "
        "perdu\u00a0», résume Fabrice Delorme, agriculteur à Saint-Pons-la-Rivière.",
        [
            (P, ["historique"], "hydrologues"),
            (
                D,
                [
                    "Nos nappes sont à leur plus bas niveau depuis que les relevés existent. "
                    "Chaque litre compte"
                ],
                "Catherine Molinier",
            ),
            (
                D,
                ["Si on n'arrose pas dans les dix jours, le maïs est perdu"],
                "Fabrice Delorme",
            ),
        ],
    ),
    (  # 12 tornado: "Le maire, Name, est encore sidéré :" + two-sentence quote with final
        # period inside, "Selon l'Observatoire des orages violents," (rest of the sentence)
        "Une tornade a frappé dimanche soir la commune de Bréval-sur-Orne, arrachant les toitures "
        "d'une quarantaine de maisons et couchant des dizaines d'arbres en quelques secondes. Un "
        "homme de 62 ans a été blessé à la tête par des débris.\n\n"
        "Le maire, Jean-Claude Pasquier, est encore sidéré\u00a0: «\u00a0Ça a duré moins d'une "
        "minute. Quand je suis sorti, la rue était méconnaissable.\u00a0» Une cellule d'aide "
        "psychologique a été installée dans la salle polyvalente.\n\n"
        "Selon l'Observatoire des orages violents, les vents ont atteint 190 km/h, ce qui classe la "
        "tornade au niveau EF2 sur une échelle qui en compte six. Une quinzaine de tornades sont "
        "recensées chaque année en France, le plus souvent en automne.",
        [
            (
                D,
                ["Ça a duré moins d'une minute. Quand je suis sorti, la rue était méconnaissable."],
                "Jean-Claude Pasquier",
            ),
            (
                I,
                [
                    "les vents ont atteint 190 km/h, ce qui classe la tornade au niveau EF2 sur "
                    "une échelle qui en compte six"
                ],
                "Observatoire des orages violents",
            ),
        ],
    ),
    (  # 13 drivers stuck in snow: direct + "s'indigne Name, une infirmière …", then an
        # unattributed question in its own quotation marks after a full stop (second direct,
        # same speaker, "?" kept), "Le ministre des Transports, Name, a annoncé … qu'"
        "Des centaines d'automobilistes ont passé la nuit de mardi à mercredi bloqués dans leur "
        "véhicule sur l'autoroute des Crêtes, après de fortes chutes de neige. Les derniers poids "
        "lourds n'ont été dégagés qu'en fin de matinée, et des couvertures ont été distribuées par "
        "des bénévoles.\n\n"
        "«\u00a0On est restés onze heures sans bouger, sans la moindre information. Personne n'est "
        "venu nous voir avant quatre heures du matin\u00a0», s'indigne Karima Bensaïd, une "
        "infirmière qui rentrait de son service. «\u00a0Pourquoi n'a-t-on pas fermé l'autoroute "
        "plus tôt\u00a0?\u00a0»\n\n"
        "Le ministre des Transports, Rémi Falconetti, a annoncé mercredi qu'une inspection serait "
        "menée sur la gestion de l'épisode. La société concessionnaire n'a pas souhaité réagir.",
        [
            (
                D,
                [
                    "On est restés onze heures sans bouger, sans la moindre information. Personne "
                    "n'est venu nous voir avant quatre heures du matin"
                ],
                "Karima Bensaïd",
            ),
            (
                D,
                ["Pourquoi n'a-t-on pas fermé l'autoroute plus tôt\u00a0?"],
                "Karima Bensaïd",
            ),
            (
                I,
                ["une inspection serait menée sur la gestion de l'épisode"],
                "Rémi Falconetti",
            ),
        ],
    ),
    (  # 14 cyclone overseas: indirect with the cue after ("…, a indiqué le préfet, Name"),
        # direct + "a-t-il prévenu" (pronoun), "L'association X … juge la situation «…»"
        # (partial, generic noun dropped)
        "Le cyclone Bérénice s'est éloigné jeudi de l'île de Sainte-Aurore après avoir provoqué "
        "des dégâts considérables sur la côte est. Trois personnes sont mortes, dont un pêcheur "
        "emporté par une vague, a indiqué le préfet, Olivier Dambreville-Saïd.\n\n"
        "«\u00a0Le réseau électrique est détruit à 60\u00a0%. Il faudra des semaines, pas des jours, "
        "pour tout rétablir\u00a0», a-t-il prévenu lors d'une conférence de presse retransmise à "
        "la radio. Des groupes électrogènes doivent arriver par avion dès samedi.\n\n"
        "L'association Secours solidaire, qui a déjà acheminé 40 tonnes d'eau potable, juge la "
        "situation «\u00a0critique\u00a0» dans les quartiers des hauteurs, encore coupés du reste "
        "de l'île par des éboulements.",
        [
            (
                I,
                ["Trois personnes sont mortes, dont un pêcheur emporté par une vague"],
                "Olivier Dambreville-Saïd",
            ),
            (
                D,
                [
                    "Le réseau électrique est détruit à 60\u00a0%. Il faudra des semaines, pas des "
                    "jours, pour tout rétablir"
                ],
                "Olivier Dambreville-Saïd",
            ),
            (P, ["critique"], "Secours solidaire"),
        ],
    ),
    (  # 15 SMS alert: direct + "reconnaît un habitant de X" (unnamed), book title in « »
        # not speech, "rappelle que" indirect, then an unattributed quote continuing the
        # geographer
        "Le système d'alerte par SMS a été déclenché pour la première fois dans la vallée de "
        "l'Orbe mardi soir, lorsqu'un barrage menacé par la crue a dû être partiellement vidé. "
        "Quelque 27\u00a0000 téléphones ont reçu le message en moins de deux minutes.\n\n"
        "«\u00a0Le téléphone a sonné comme une sirène, en pleine nuit. Sur le coup, j'ai cru à une "
        "blague\u00a0», reconnaît un habitant de Chaulnes-la-Rivière.\n\n"
        "Le géographe Étienne Vasseur-Blin, auteur de «\u00a0Quand l'eau monte\u00a0» (éditions du "
        "Delta), rappelle que l'alerte ne sert à rien si la population ne sait pas quoi faire. "
        "«\u00a0Il faut des exercices réguliers, comme au Japon. Une alerte sans consigne, c'est du "
        "bruit.\u00a0»",
        [
            (
                D,
                [
                    "Le téléphone a sonné comme une sirène, en pleine nuit. Sur le coup, j'ai cru "
                    "à une blague"
                ],
                "habitant",
            ),
            (
                I,
                ["l'alerte ne sert à rien si la population ne sait pas quoi faire"],
                "Étienne Vasseur-Blin",
            ),
            (
                D,
                [
                    "Il faut des exercices réguliers, comme au Japon. Une alerte sans consigne, "
                    "c'est du bruit."
                ],
                "Étienne Vasseur-Blin",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 hurricane landfall: "…, according to the state's largest utility, Name." (part
        # before, apposition), two-sentence direct + "Governor Name told a news conference"
        # (title dropped)
        "Hurricane Delphine made landfall near the fishing town of Port Ellery early on Tuesday "
        "as a Category 3 storm, pushing a surge of more than three metres into low-lying "
        "neighbourhoods. About 210,000 homes were without power by mid-morning, according to the "
        "state's largest utility, Coastline Energy.\n\n"
        "“We are still in the rescue phase. Our priority is to reach the people who ignored the "
        "evacuation order and are now trapped in their attics,” Governor Renée Castellanos told a "
        "news conference in the state capital.\n\n"
        "Some 1,400 National Guard troops have been deployed, and shelters in eleven counties "
        "remain open. Rainfall of up to 40 centimetres is expected as the storm weakens over land, "
        "raising the risk of river flooding later in the week.",
        [
            (I, ["About 210,000 homes were without power by mid-morning"], "Coastline Energy"),
            (
                D,
                [
                    "We are still in the rescue phase. Our priority is to reach the people who "
                    "ignored the evacuation order and are now trapped in their attics"
                ],
                "Renée Castellanos",
            ),
        ],
    ),
    (  # 2 wildfire: direct + "said Cedar Ridge fire chief Name" (role before the name),
        # "The chief said" (role alone), unnamed "a firefighter from …" after the quote
        "A wildfire driven by dry winds has destroyed at least 140 homes in the foothills above "
        "Cedar Ridge, forcing some 9,000 people to flee overnight. The fire had burned more than "
        "6,500 hectares by Thursday afternoon and was 15% contained.\n\n"
        "“This fire moved faster than anything I have seen in thirty years,” said Cedar Ridge "
        "fire chief Dale Hutchins. The chief said crews had been pulled back from two canyons "
        "after a water tanker overturned on a narrow road.\n\n"
        "“Embers were landing a mile ahead of the front,” said a firefighter from a neighbouring "
        "county, her face streaked with soot. The cause of the fire is under investigation, and "
        "evacuation orders remain in place for four more communities.",
        [
            (
                D,
                ["This fire moved faster than anything I have seen in thirty years"],
                "Dale Hutchins",
            ),
            (
                I,
                [
                    "crews had been pulled back from two canyons after a water tanker overturned "
                    "on a narrow road"
                ],
                "Dale Hutchins",
            ),
            (D, ["Embers were landing a mile ahead of the front"], "firefighter"),
        ],
    ),
    (  # 3 island earthquake: direct + "said Dr Name, a seismologist at …" (title dropped),
        # "Dr Surname warned that" (title + surname second mention)
        "A magnitude 6.1 earthquake struck the mountainous north of the island of Maravelle "
        "shortly after midnight on Sunday, killing at least 14 people and collapsing dozens of "
        "older stone houses. The quake was centred about 12 kilometres beneath the village of San "
        "Teodoro, and aftershocks were felt for several hours, including one of magnitude 4.8.\n\n"
        "“It was a shallow event, which is why the shaking was so violent so close to the "
        "epicentre,” said Dr Helena Marsh, a seismologist at the University of Westbury. Dr Marsh "
        "warned that damaged buildings could still collapse during further aftershocks.\n\n"
        "Rescue teams with sniffer dogs were searching the rubble of a school gym in San Teodoro "
        "on Sunday afternoon. The island's president has declared three days of national "
        "mourning.",
        [
            (
                D,
                [
                    "It was a shallow event, which is why the shaking was so violent so close to "
                    "the epicentre"
                ],
                "Helena Marsh",
            ),
            (
                I,
                ["damaged buildings could still collapse during further aftershocks"],
                "Helena Marsh",
            ),
        ],
    ),
    (  # 4 town flood, straight quotes: "The town's mayor, Name, called X "…"" (partial),
        # '"A," he said. "B."' (two directs, same speaker), "Residents said" (unnamed plural),
        # "has promised a review" (noun object, not annotated)
        "Floodwater began receding from the centre of Ashby Vale on Monday, three days after the "
        "River Marrow burst its banks and forced the evacuation of 600 homes. Dozens of "
        "shopkeepers returned to find their stock ruined under a layer of brown silt.\n\n"
        "The town's mayor, Gareth Pryce, called the flood defences built in 2019 \"a very "
        'expensive disappointment". "We were told this wall would protect us for a hundred '
        'years," he said. "It lasted six."\n\n'
        "Residents said the water had risen so quickly that many had no time to move cars or "
        "furniture. The Environment Office, which built the wall, has promised a review of its "
        "design.",
        [
            (P, ["a very expensive disappointment"], "Gareth Pryce"),
            (
                D,
                ["We were told this wall would protect us for a hundred years"],
                "Gareth Pryce",
            ),
            (D, ["It lasted six."], "Gareth Pryce"),
            (
                I,
                ["the water had risen so quickly that many had no time to move cars or furniture"],
                "residents",
            ),
        ],
    ),
    (  # 5 heatwave: one quote split by '"the city's chief medical officer, Dr Name, said,"'
        # (two spans), scare quotes "cool rooms" not speech, "According to Dr Surname," (rest
        # of the sentence)
        "Temperatures reached 44.2C in Valdosa on Wednesday, the highest ever recorded in the "
        "city, as a heatwave tightened its grip on much of the south. Hospitals reported a sharp "
        "rise in admissions for heatstroke, mostly among people over 75.\n\n"
        "“Heat is a silent killer,” the city's chief medical officer, Dr Anjali Rao, said, "
        "“because most of its victims die alone, indoors, without anyone noticing.”\n\n"
        "The council has opened 37 air-conditioned “cool rooms” in libraries and community "
        "centres. According to Dr Rao, fewer than one in five of them had been used by Wednesday "
        "evening.",
        [
            (
                D,
                [
                    "Heat is a silent killer",
                    "because most of its victims die alone, indoors, without anyone noticing.",
                ],
                "Anjali Rao",
            ),
            (
                I,
                ["fewer than one in five of them had been used by Wednesday evening"],
                "Anjali Rao",
            ),
        ],
    ),
    (  # 6 mountain rescue: direct with a colon inside + "said Name, who leads …", unnamed
        # "one rescuer said" after
        "Two climbers were rescued alive on Saturday after spending a night buried in a snow hole "
        "on the north face of Mount Carrick, hours after an avalanche swept away their tent. A "
        "third member of the party, a 41-year-old man, is still missing.\n\n"
        "Rescue teams reached the pair by helicopter at first light. “They had done everything "
        "right: they dug in, kept each other awake and waited,” said Fiona Baird, who leads the "
        "Carrick Valley Mountain Rescue Team.\n\n"
        "The search for the missing climber was suspended in the afternoon because of the risk of "
        "further slides. “We will go back up as soon as the slope is safe,” one rescuer said.",
        [
            (
                D,
                ["They had done everything right: they dug in, kept each other awake and waited"],
                "Fiona Baird",
            ),
            (D, ["We will go back up as soon as the slope is safe"], "rescuer"),
        ],
    ),
    (  # 7 hail claims: indirect with the cue after ("…, the Insurance Council of Westland
        # said"), partial inside "warned that" (only the partial), direct + "Mr Surname told
        # reporters"
        "Insurers expect to pay out more than $2.3 billion for damage caused by last week's "
        "hailstorms across the plains, the Insurance Council of Westland said on Tuesday. More "
        "than 85,000 claims have been lodged, most of them for damaged roofs and cars.\n\n"
        "The council's chief executive, Martin Oduya, warned that premiums in the worst-hit areas "
        "would “inevitably” rise next year.\n\n"
        "“Hail that used to come once in a generation is now turning up every few summers, and the "
        "pricing has to catch up,” Mr Oduya told reporters in Millbrook.",
        [
            (
                I,
                [
                    "Insurers expect to pay out more than $2.3 billion for damage caused by last "
                    "week's hailstorms across the plains"
                ],
                "Insurance Council of Westland",
            ),
            (P, ["inevitably"], "Martin Oduya"),
            (
                D,
                [
                    "Hail that used to come once in a generation is now turning up every few "
                    "summers, and the pricing has to catch up"
                ],
                "Martin Oduya",
            ),
        ],
    ),
    (  # 8 dam evacuation, straight quotes: "Police said" (no "that"), "County Sheriff Name was
        # blunt:" + two-sentence quote with final period inside (rank dropped)
        "Around 4,000 people were ordered to leave their homes below the Hollins Creek dam on "
        "Friday night after engineers spotted water seeping through the earth embankment. Police "
        "said the evacuation had been completed by 2 a.m. without incident.\n\n"
        'County Sheriff Walter Briggs was blunt: "If that dam goes, there will be no time to get '
        'out. I would rather have four thousand people angry at me than one person dead."\n\n'
        "Most evacuees spent the night in a high school gym in Fairmont, where volunteers served "
        "soup and set up camp beds. Engineers were pumping water from the reservoir to lower the "
        "pressure on the embankment.",
        [
            (I, ["the evacuation had been completed by 2 a.m. without incident"], "police"),
            (
                D,
                [
                    "If that dam goes, there will be no time to get out. I would rather have four "
                    "thousand people angry at me than one person dead."
                ],
                "Walter Briggs",
            ),
        ],
    ),
    (  # 9 snowstorm: "A spokesman for Kelby Airport said" (unnamed spokesman speaks for the
        # organisation), "defended the response" (noun object, not annotated), direct + "the
        # minister said" (role alone), "He admitted … that … “…”" (only the partial)
        "A late-season snowstorm brought much of the north to a standstill on Monday, closing two "
        "airports and stranding hundreds of drivers on the Northway motorway. Up to 45 "
        "centimetres of snow fell on high ground overnight.\n\n"
        "A spokesman for Kelby Airport said all flights had been cancelled until at least Tuesday "
        "morning.\n\n"
        "Transport Secretary Alan Whitcombe defended the response of road crews, who had spread "
        "more than 3,000 tonnes of grit since Sunday. “No country can keep every road open in "
        "conditions like these,” the minister said. He admitted, however, that the information "
        "given to stranded drivers had been “nowhere near good enough”.",
        [
            (
                I,
                ["all flights had been cancelled until at least Tuesday morning"],
                "Kelby Airport",
            ),
            (
                D,
                ["No country can keep every road open in conditions like these"],
                "Alan Whitcombe",
            ),
            (P, ["nowhere near good enough"], "Alan Whitcombe"),
        ],
    ),
    (  # 10 windstorm: "According to the Northern Weather Service," (rest of the sentence),
        # direct + "explained Name, a senior meteorologist at the service", programme title
        # in quotes not speech
        "Storm Imogen brought gusts of 150 km/h to the western isles on Thursday night, tearing "
        "roofs from homes and cutting ferry links to the mainland. According to the Northern "
        "Weather Service, it was the strongest storm to hit the region in more than a decade.\n\n"
        "“The pressure fell by more than 30 hectopascals in 24 hours, which makes this what we "
        "call a weather bomb,” explained Priya Natarajan, a senior meteorologist at the service. "
        "A second, weaker system is likely to bring more heavy rain by Sunday.\n\n"
        "Ferry services will resume once the harbour walls have been inspected. The storm was "
        "named last month by viewers of the regional television programme “Weather Watch”.",
        [
            (
                I,
                ["it was the strongest storm to hit the region in more than a decade"],
                "Northern Weather Service",
            ),
            (
                D,
                [
                    "The pressure fell by more than 30 hectopascals in 24 hours, which makes this "
                    "what we call a weather bomb"
                ],
                "Priya Natarajan",
            ),
        ],
    ),
    (  # 11 campsite flash flood: "said the river rose “…”" (partial only), then a quote with
        # no attribution continuing the same speaker over two paragraphs (one span each),
        # "A coastguard spokeswoman said" (organisation)
        "Rescuers pulled 23 people from a campsite on the banks of the River Arden on Sunday after "
        "a flash flood swept through the valley in the early hours. A man in his sixties is "
        "missing.\n\n"
        "Tom Reilly, who was camping with his two children, said the river rose “like someone had "
        "opened a tap”. “We heard a roar and the tent started floating. I grabbed the kids and we "
        "climbed on to the roof of the shower block.\n\n"
        "“We stayed there for three hours in the dark. The helicopter crew were incredible.”\n\n"
        "A coastguard spokeswoman said the search for the missing man would continue through the "
        "night.",
        [
            (P, ["like someone had opened a tap"], "Tom Reilly"),
            (
                D,
                [
                    "We heard a roar and the tent started floating. I grabbed the kids and we "
                    "climbed on to the roof of the shower block.",
                    "We stayed there for three hours in the dark. The helicopter crew were "
                    "incredible.",
                ],
                "Tom Reilly",
            ),
            (I, ["the search for the missing man would continue through the night"], "coastguard"),
        ],
    ),
    (  # 12 hosepipe ban: direct + "said the company's chief executive, Name" (apposition),
        # campaigner introduced without speech then "Madoc said" (surname only), question not
        # speech
        "Southvale Water has imposed a hosepipe ban on 1.8 million customers after the driest "
        "spring on record left its reservoirs at 41% of capacity. The ban, which takes effect on "
        "Friday, is the first in the region since 2012.\n\n"
        "“We do not take this step lightly, but we have to protect supplies for the summer "
        "ahead,” said the company's chief executive, Laura Benedetti. The company has cut leaks "
        "by a fifth over the past five years.\n\n"
        "Owen Madoc, of the campaign group River Watch, was unimpressed. “Customers are being asked "
        "to let their gardens die while the company still loses a quarter of its water through "
        "broken pipes,” Madoc said. Who should pay for the new reservoir Southvale wants to build? "
        "The question will go before regulators in the autumn.",
        [
            (
                D,
                [
                    "We do not take this step lightly, but we have to protect supplies for the "
                    "summer ahead"
                ],
                "Laura Benedetti",
            ),
            (
                D,
                [
                    "Customers are being asked to let their gardens die while the company still "
                    "loses a quarter of its water through broken pipes"
                ],
                "Owen Madoc",
            ),
        ],
    ),
    (  # 13 volcano: organisation "The Orlen Volcano Observatory said" then "It described the
        # eruption as “…”" (pronoun for the organisation, partial), direct + "said the
        # observatory's director, Dr Name", unattributed continuation after a full stop
        "The Mount Orlen volcano erupted on Wednesday evening, sending a column of ash eight "
        "kilometres into the sky and forcing the evacuation of 2,300 people from villages on its "
        "southern flank.\n\n"
        "The Orlen Volcano Observatory said lava was flowing slowly down an uninhabited valley and "
        "posed no immediate threat to homes. It described the eruption as “moderate but "
        "unpredictable”.\n\n"
        "“The main danger now is the ash,” said the observatory's director, Dr Kofi "
        "Mensah-Larsen. “A wind change could put it over the airport within hours.”\n\n"
        "Two airlines have already cancelled flights to the island, and schools in the nearest "
        "town will stay closed until Monday.",
        [
            (
                I,
                [
                    "lava was flowing slowly down an uninhabited valley and posed no immediate "
                    "threat to homes"
                ],
                "Orlen Volcano Observatory",
            ),
            (P, ["moderate but unpredictable"], "Orlen Volcano Observatory"),
            (D, ["The main danger now is the ash"], "Kofi Mensah-Larsen"),
            (
                D,
                ["A wind change could put it over the airport within hours."],
                "Kofi Mensah-Larsen",
            ),
        ],
    ),
    (  # 14 tsunami warning: "Officials said" (unnamed plural), one quote split by ", said
        # Mayor Name of X," (two spans, rank dropped)
        "Coastal towns along the Brennan Peninsula were evacuated for almost four hours on Tuesday "
        "after an offshore earthquake triggered a tsunami warning. The warning was lifted shortly "
        "after 3 p.m., when sea-level gauges showed waves of no more than 30 centimetres.\n\n"
        "Officials said about 18,000 people had moved to higher ground, many of them on foot. "
        "“People did exactly what they had practised,” said Mayor Colin Ashworth of Kettle Bay, "
        "“and that is the best news of the day.”\n\n"
        "Sirens in the harbour district failed to sound, and an investigation has been opened.",
        [
            (
                I,
                ["about 18,000 people had moved to higher ground, many of them on foot"],
                "officials",
            ),
            (
                D,
                [
                    "People did exactly what they had practised",
                    "and that is the best news of the day.",
                ],
                "Colin Ashworth",
            ),
        ],
    ),
    (  # 15 cave rescue: "led by Sergeant Name of …, who called it “…”" (partial, rank
        # dropped), '"A," she said. "B."' (two directs, pronoun), unnamed "A 23-year-old
        # student … told local radio" (no "that")
        "Six cavers trapped for two days by rising water in the Dunmore caves were brought to the "
        "surface on Saturday evening, tired but unhurt. The group had been exploring a lower "
        "gallery when heavy rain flooded the only passage back to the entrance.\n\n"
        "The rescue was led by Sergeant Megan Lloyd-Hughes of the regional cave rescue service, "
        "who called it “a textbook operation”. Divers had to pump water out of a narrow sump "
        "before the cavers could crawl through.\n\n"
        "“The hardest part was the waiting,” she said. “You know they are alive, you can hear them "
        "knocking, and you cannot reach them.”\n\n"
        "A 23-year-old student who was among the rescued told local radio the group had rationed "
        "chocolate and kept warm under survival blankets.",
        [
            (P, ["a textbook operation"], "Megan Lloyd-Hughes"),
            (D, ["The hardest part was the waiting"], "Megan Lloyd-Hughes"),
            (
                D,
                ["You know they are alive, you can hear them knocking, and you cannot reach them."],
                "Megan Lloyd-Hughes",
            ),
            (
                I,
                ["the group had rationed chocolate and kept warm under survival blankets"],
                "student",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout100.jsonl"),
        "heldout100",
        "h100",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
