"""Source of the ninth held-out set: writes heldout9.jsonl (split "heldout9").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh set of texts
nobody on the team has seen. Same format and rules as eval/extraction/GUIDE.md; names, places
and figures invented. The texts are meant to read like wire copy and regional press, not like
a list of edge cases. Measured once before and once after the speaker changes of that day
(docs/EXTRACTION.md), read afterwards. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout9.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-24"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), no spaces, and curly “ ”.
FR: list[Item] = [
    (  # 1 Québec maple syrup: incise inside the marks; indirect with apposition
        "La récolte de sirop d'érable a chuté de près de 30 % cette année en Beauce. Un "
        "printemps trop chaud et des nuits sans gel ont écourté la saison des sucres de près "
        "de trois semaines, et plusieurs érablières de la région ont fermé leurs cabanes dès la "
        "mi-avril.\n\n"
        "« On a entaillé comme d'habitude, mais l'eau d'érable n'a jamais vraiment coulé, "
        "raconte Ghislaine Poulin, acéricultrice à Saint-Prosper depuis 1994. Certains jours, "
        "on ramassait à peine le quart de ce qu'on fait normalement. »\n\n"
        "Le président des Producteurs acéricoles de la Beauce, Réjean Lachance, a assuré mardi "
        "que la réserve stratégique, constituée lors des années d'abondance, suffirait à "
        "approvisionner les acheteurs jusqu'à la prochaine saison. Le programme d'assurance "
        "récolte, conçu dans les années 1990, ne couvre toutefois pas ce type de pertes.\n\n"
        "Le ministère de l'Agriculture n'avait pas donné suite aux demandes d'entrevue "
        "mercredi.",
        [
            (
                D,
                [
                    "On a entaillé comme d'habitude, mais l'eau d'érable n'a jamais vraiment coulé",
                    "Certains jours, on ramassait à peine le quart de ce qu'on fait normalement.",
                ],
                "Ghislaine Poulin",
            ),
            (
                I,
                [
                    "la réserve stratégique, constituée lors des années d'abondance, suffirait "
                    "à approvisionner les acheteurs jusqu'à la prochaine saison"
                ],
                "Réjean Lachance",
            ),
        ],
    ),
    (  # 2 Liège court: partial after "qualifié de"; Me + -t-elle
        "Le tribunal correctionnel de Liège a condamné jeudi à quatre ans de prison ferme deux "
        "frères de Seraing, reconnus coupables d'une série de vols de câbles de cuivre le long "
        "des voies ferrées entre Liège et Namur. Les faits, commis entre octobre 2024 et mars "
        "2025, avaient provoqué plus de 1 200 heures de retard cumulé sur le réseau.\n\n"
        "À l'audience, le substitut du procureur du Roi, Benoît Lemaire, avait qualifié les "
        "prévenus de «\u00a0pilleurs professionnels\u00a0». Les deux hommes revendaient le "
        "métal à un ferrailleur de la région de Charleroi, qui sera jugé séparément.\n\n"
        "Leur avocate, Me Sophie Vandermeulen, avait plaidé l'acquittement pour une partie des "
        "faits. «\u00a0Mes clients ont reconnu plusieurs vols, mais on leur en impute d'autres "
        "commis alors que l'un d'eux se trouvait au Maroc\u00a0», a-t-elle soutenu à la sortie "
        "de l'audience, sans préciser si elle comptait faire appel.\n\n"
        "Infrarail, le gestionnaire du réseau ferroviaire, s'était constitué partie civile et "
        "obtient 870\u00a0000 euros de dommages et intérêts.",
        [
            (P, ["pilleurs professionnels"], "Benoît Lemaire"),
            (
                D,
                [
                    "Mes clients ont reconnu plusieurs vols, mais on leur en impute d'autres "
                    "commis alors que l'un d'eux se trouvait au Maroc"
                ],
                "Sophie Vandermeulen",
            ),
        ],
    ),
    (  # 3 Vaud vote: apposition after the cue; partial; role alone ("la conseillère d'État")
        "Les électeurs vaudois ont accepté dimanche, à 54,3 % des voix, le crédit de 410 "
        "millions de francs destiné au prolongement du tram entre Renens et Cheseaux. La "
        "participation s'est élevée à 46 %.\n\n"
        "«\u202fC'est un signal clair\u202f: la population veut des transports publics dignes "
        "de ce nom dans le nord de l'agglomération\u202f», s'est réjouie la conseillère d'État "
        "chargée de la mobilité, Nathalie Perrottet, devant la presse réunie au château "
        "Saint-Maire.\n\n"
        "Le comité référendaire, emmené par le député UDC Marc-Olivier Jaquier, n'a pas caché "
        "sa déception. Ce dernier a jugé le projet «\u202fsurdimensionné pour une ligne de "
        "banlieue\u202f» et entend déposer une interpellation au Grand Conseil dès la session "
        "de décembre.\n\n"
        "Les travaux doivent débuter en 2028 pour une mise en service prévue fin 2031. "
        "«\u202fNous tiendrons le calendrier et le budget\u202f», a promis la conseillère "
        "d'État.",
        [
            (
                D,
                [
                    "C'est un signal clair\u202f: la population veut des transports publics "
                    "dignes de ce nom dans le nord de l'agglomération"
                ],
                "Nathalie Perrottet",
            ),
            (P, ["surdimensionné pour une ligne de banlieue"], "Marc-Olivier Jaquier"),
            (D, ["Nous tiendrons le calendrier et le budget"], "Nathalie Perrottet"),
        ],
    ),
    (  # 4 Réunion dengue: "Selon l'ARS"; Dr + quote over two paragraphs, -t-il
        "Les cas de dengue repartent à la hausse à La Réunion. Selon l'agence régionale de "
        "santé (ARS), 1\u00a0340 cas ont été confirmés depuis début octobre, dont 412 la "
        "semaine dernière, principalement dans l'ouest de l'île.\n\n"
        "Médecin généraliste à Saint-Paul, le Dr Jean-Hugues Payet voit défiler les patients "
        "fiévreux depuis trois semaines. «\u00a0Certains jours, la moitié de mes consultations "
        "concernent la dengue. Les gens attendent trop avant de venir, surtout les personnes "
        "âgées.\n\n"
        "«\u00a0Il faut vider les soucoupes, les pneus, tout ce qui retient l'eau. Ce n'est pas "
        "spectaculaire, mais c'est ce qui marche\u00a0», insiste-t-il.\n\n"
        "La préfecture a annoncé le renforcement des opérations de démoustication dans six "
        "communes, dont Saint-Paul, Le Port et La Possession. Les équipes interviendront de "
        "nuit pendant au moins un mois.",
        [
            (
                I,
                [
                    "1\u00a0340 cas ont été confirmés depuis début octobre, dont 412 la semaine "
                    "dernière, principalement dans l'ouest de l'île"
                ],
                "agence régionale de santé",
            ),
            (
                D,
                [
                    "Certains jours, la moitié de mes consultations concernent la dengue. Les "
                    "gens attendent trop avant de venir, surtout les personnes âgées.",
                    "Il faut vider les soucoupes, les pneus, tout ce qui retient l'eau. Ce "
                    "n'est pas spectaculaire, mais c'est ce qui marche",
                ],
                "Jean-Hugues Payet",
            ),
        ],
    ),
    (  # 5 Senegal fishing: speaker after "témoigne"; minister indirect; woman after "soupire"
        "À Joal-Fadiouth, premier port de pêche artisanale du Sénégal, les pirogues restent de "
        "plus en plus souvent à quai. Les captures de sardinelles y ont reculé de 40 % en cinq "
        "ans.\n\n"
        "« Avant, on partait une nuit et on revenait chargés. Aujourd'hui, on reste trois "
        "jours en mer pour remplir la pirogue à moitié », témoigne Moustapha Diouf, 52 ans, "
        "capitaine d'une embarcation de vingt-deux hommes.\n\n"
        "Les pêcheurs accusent les chalutiers étrangers et les usines de farine de poisson "
        "installées sur la côte. En visite au port vendredi, le ministre des Pêches, Alioune "
        "Badara Sarr, a promis que les licences accordées aux navires étrangers seraient "
        "réexaminées une par une d'ici à la fin de l'année.\n\n"
        "L'annonce a été accueillie avec prudence par les mareyeuses, qui achètent et revendent "
        "le poisson sur la plage. « On a déjà entendu ça sous trois ministres différents », "
        "soupire Awa Ndiaye, dans le métier depuis trente ans.",
        [
            (
                D,
                [
                    "Avant, on partait une nuit et on revenait chargés. Aujourd'hui, on reste "
                    "trois jours en mer pour remplir la pirogue à moitié"
                ],
                "Moustapha Diouf",
            ),
            (
                I,
                [
                    "les licences accordées aux navires étrangers seraient réexaminées une par "
                    "une d'ici à la fin de l'année"
                ],
                "Alioune Badara Sarr",
            ),
            (D, ["On a déjà entendu ça sous trois ministres différents"], "Awa Ndiaye"),
        ],
    ),
    (  # 6 women's cycling: -t-elle incise without spaces; partial after "a salué"; indirect
        "La Bretonne Maëlys Le Guennec a remporté dimanche la Classique des Monts d'Arrée, en "
        "devançant au sprint la Néerlandaise Femke Brouwer et l'Italienne Giulia Ferraresi. À "
        "21 ans, la coureuse de l'équipe Armor Cyclisme signe sa première victoire chez les "
        "professionnelles.\n\n"
        "«Je n'y croyais plus à deux kilomètres de l'arrivée, a-t-elle confié, encore "
        "essoufflée. Femke était plus forte dans la dernière bosse, mais j'ai gardé un peu de "
        "jus pour le sprint.»\n\n"
        "Son directeur sportif, Yannick Morvan, a salué «une coureuse qui ne lâche jamais "
        "rien».\n\n"
        "Deuxième pour la deuxième année consécutive, Femke Brouwer a reconnu qu'elle avait "
        "lancé son sprint trop tôt. La course, longue de 132 kilomètres, a réuni 118 "
        "concurrentes.",
        [
            (
                D,
                [
                    "Je n'y croyais plus à deux kilomètres de l'arrivée",
                    "Femke était plus forte dans la dernière bosse, mais j'ai gardé un peu de "
                    "jus pour le sprint.",
                ],
                "Maëlys Le Guennec",
            ),
            (P, ["une coureuse qui ne lâche jamais rien"], "Yannick Morvan"),
            (I, ["elle avait lancé son sprint trop tôt"], "Femke Brouwer"),
        ],
    ),
    (  # 7 Rimouski bookshop: curly quotes; -t-elle; partial after "parle d'"
        "Après soixante-deux ans d'existence, la librairie Le Vieux-Quai, à Rimouski, fermera "
        "définitivement ses portes le 31 janvier. Sa propriétaire, Francine Bérubé, 71 ans, "
        "n'a pas trouvé de repreneur.\n\n"
        "“J'ai cherché pendant deux ans. Les jeunes libraires veulent s'installer à Montréal "
        "ou à Québec, pas dans le Bas-Saint-Laurent”, explique-t-elle, assise derrière le "
        "comptoir en bois que son père avait posé en 1964.\n\n"
        "La nouvelle a ému les habitués. Professeur de littérature au cégep, Martin Gagnon, "
        "qui fréquente la boutique depuis l'enfance, parle d'“une perte immense pour la "
        "ville”. Une pétition lancée par des lecteurs a recueilli plus de 2 000 signatures en "
        "une semaine.\n\n"
        "La municipalité étudie la possibilité de confier le local à un organisme "
        "communautaire, qui pourrait y maintenir un rayon de livres neufs.",
        [
            (
                D,
                [
                    "J'ai cherché pendant deux ans. Les jeunes libraires veulent s'installer à "
                    "Montréal ou à Québec, pas dans le Bas-Saint-Laurent"
                ],
                "Francine Bérubé",
            ),
            (P, ["une perte immense pour la ville"], "Martin Gagnon"),
        ],
    ),
    (  # 8 school bus crash: gendarmerie indirect; unnamed mother after "a fustigé"
        "Un car scolaire transportant 34 collégiens a quitté la route mardi matin dans une "
        "descente de la RD 909, entre Thônes et Les Villards-sur-Thônes (Haute-Savoie). Sept "
        "élèves ont été légèrement blessés, ainsi que le chauffeur, âgé de 58 ans.\n\n"
        "La gendarmerie a indiqué que le véhicule avait glissé sur une plaque de verglas avant "
        "de s'immobiliser contre un talus, à quelques mètres d'un ravin. Le chauffeur a été "
        "soumis à un dépistage d'alcool et de stupéfiants, qui s'est révélé négatif.\n\n"
        "Le président du conseil départemental, Bernard Rey-Millet, s'est rendu sur place en "
        "fin de matinée. Deux accidents avaient déjà eu lieu au même endroit l'hiver "
        "dernier.\n\n"
        "Les parents d'élèves réclament depuis des années un salage plus précoce de cette "
        "portion de route. « On nous répond toujours que c'est une question de budget », a "
        "fustigé une mère venue chercher son fils à la mairie de Thônes, où une cellule "
        "d'écoute avait été ouverte.",
        [
            (
                I,
                [
                    "le véhicule avait glissé sur une plaque de verglas avant de s'immobiliser "
                    "contre un talus, à quelques mètres d'un ravin"
                ],
                "gendarmerie",
            ),
            (D, ["On nous répond toujours que c'est une question de budget"], "mère"),
        ],
    ),
    (  # 9 obituary luthier: long incise inside marks; partial after "rendu hommage à"; "L'élu"
        "Le luthier Henri Vuillaume-Petit est mort samedi à Mirecourt (Vosges), à l'âge de 88 "
        "ans. Formé dans l'atelier de son grand-père, il avait fabriqué plus de 600 violons et "
        "violoncelles, joués aussi bien à l'Orchestre de Paris qu'au Concertgebouw "
        "d'Amsterdam.\n\n"
        "«Il écoutait le bois comme d'autres écoutent la musique, se souvient sa fille, Claire "
        "Vuillaume, qui a repris l'atelier en 2010. Jusqu'au mois dernier, il descendait tous "
        "les matins vérifier les vernis.»\n\n"
        "Le maire de Mirecourt, Yves Thiébaut, a rendu hommage à «un artisan d'exception qui a "
        "porté le nom de la ville dans le monde entier». L'élu a annoncé qu'une salle du musée "
        "de la Lutherie porterait son nom dès l'an prochain.\n\n"
        "Les obsèques seront célébrées mercredi en la basilique Notre-Dame de Mirecourt.",
        [
            (
                D,
                [
                    "Il écoutait le bois comme d'autres écoutent la musique",
                    "Jusqu'au mois dernier, il descendait tous les matins vérifier les vernis.",
                ],
                "Claire Vuillaume",
            ),
            (
                P,
                ["un artisan d'exception qui a porté le nom de la ville dans le monde entier"],
                "Yves Thiébaut",
            ),
            (
                I,
                ["une salle du musée de la Lutherie porterait son nom dès l'an prochain"],
                "Yves Thiébaut",
            ),
        ],
    ),
    (  # 10 glacier science: "prévient la glaciologue X"; "Selon elle"; "Pour le chercheur, « »"
        "Le glacier de la Pointe-Noire, dans le massif des Écrins, a perdu 2,4 mètres "
        "d'épaisseur en moyenne cet été, un record depuis le début des mesures en 1957. Les "
        "chiffres ont été présentés jeudi à Grenoble par l'Institut des géosciences "
        "alpines.\n\n"
        "«\u202fÀ ce rythme, il n'y aura plus de glace sur la Pointe-Noire vers 2045, peut-être "
        "avant\u202f», prévient la glaciologue Émilie Roussel-Bonnet, qui coordonne le suivi "
        "depuis douze ans. Selon elle, la faible couverture neigeuse de l'hiver dernier a "
        "laissé la glace exposée dès le mois de juin.\n\n"
        "Le glacier alimente en partie le torrent du Vénéon, utilisé pour l'irrigation et "
        "l'hydroélectricité en aval. Hydrologue au sein de la même équipe, Thomas Achard "
        "insiste sur l'importance des relevés de terrain, réalisés chaque automne à la sonde "
        "et au GPS. Pour le chercheur, «\u202fles satellites voient la surface, pas ce qui se "
        "passe dessous\u202f».",
        [
            (
                D,
                [
                    "À ce rythme, il n'y aura plus de glace sur la Pointe-Noire vers 2045, "
                    "peut-être avant"
                ],
                "Émilie Roussel-Bonnet",
            ),
            (
                I,
                [
                    "la faible couverture neigeuse de l'hiver dernier a laissé la glace exposée "
                    "dès le mois de juin"
                ],
                "Émilie Roussel-Bonnet",
            ),
            (
                D,
                ["les satellites voient la surface, pas ce qui se passe dessous"],
                "Thomas Achard",
            ),
        ],
    ),
    (  # 11 Breton water price: partial then direct by the same man; woman indirect, "L'élue"
        "Le conseil communautaire de Kreiz-Arvor a voté jeudi soir une hausse de 12\u00a0% du "
        "prix de l'eau potable à partir du 1er janvier, pour financer la rénovation de l'usine "
        "de traitement de Plounévez, qui date de 1978.\n\n"
        "Le vice-président chargé de l'eau, Erwan Le Bihan, a défendu une augmentation "
        "«\u00a0douloureuse mais indispensable\u00a0». «\u00a0Si on ne fait rien, on risque des "
        "coupures dès l'été 2028. Je préfère assumer aujourd'hui plutôt que de m'excuser "
        "demain\u00a0», a-t-il plaidé.\n\n"
        "Dans l'opposition, Gwenaëlle Tanguy a estimé que la majorité avait laissé vieillir "
        "les équipements pendant quinze ans. L'élue a réclamé une tarification sociale pour "
        "les foyers modestes, sans obtenir gain de cause.\n\n"
        "Pour une famille de quatre personnes, la facture annuelle passera de 410 à 459 euros.",
        [
            (P, ["douloureuse mais indispensable"], "Erwan Le Bihan"),
            (
                D,
                [
                    "Si on ne fait rien, on risque des coupures dès l'été 2028. Je préfère "
                    "assumer aujourd'hui plutôt que de m'excuser demain"
                ],
                "Erwan Le Bihan",
            ),
            (
                I,
                ["la majorité avait laissé vieillir les équipements pendant quinze ans"],
                "Gwenaëlle Tanguy",
            ),
        ],
    ),
    (  # 12 New Caledonia school calendar: indirect; union partial; -t-elle
        "Le gouvernement de la Nouvelle-Calédonie a adopté mardi un nouveau calendrier "
        "scolaire qui raccourcit de deux semaines les grandes vacances australes à partir de "
        "2027. La rentrée sera avancée à la mi-février.\n\n"
        "Le membre du gouvernement chargé de l'enseignement, Paul Waheo, a expliqué que la "
        "réforme visait à réduire le décrochage en fin d'année et à aligner le territoire sur "
        "les calendriers de l'Australie et de la Nouvelle-Zélande.\n\n"
        "Le Syndicat des enseignants calédoniens s'est dit « consterné » par une décision "
        "prise en quelques semaines. Sa secrétaire générale, Sandrine Lepeu, ne décolère pas. "
        "« Aux îles Loyauté, les familles organisent leurs congés autour de la récolte des "
        "ignames. On ne change pas un calendrier calé sur la vie coutumière par un simple "
        "arrêté », tranche-t-elle.\n\n"
        "Le syndicat n'exclut pas un mouvement de grève à la rentrée.",
        [
            (
                I,
                [
                    "la réforme visait à réduire le décrochage en fin d'année et à aligner le "
                    "territoire sur les calendriers de l'Australie et de la Nouvelle-Zélande"
                ],
                "Paul Waheo",
            ),
            (P, ["consterné"], "Syndicat des enseignants calédoniens"),
            (
                D,
                [
                    "Aux îles Loyauté, les familles organisent leurs congés autour de la récolte "
                    "des ignames. On ne change pas un calendrier calé sur la vie coutumière par "
                    "un simple arrêté"
                ],
                "Sandrine Lepeu",
            ),
        ],
    ),
    (  # 13 Lozère rail line: organisation after "a annoncé"; "lâche-t-il"; woman indirect
        "La circulation des trains sera suspendue pendant au moins dix-huit mois entre Mende "
        "et La Bastide-Puylaurent (Lozère), a annoncé vendredi SNCF Réseau, qui invoque l'état "
        "de plusieurs ouvrages d'art. Des cars de substitution seront mis en place dès le 5 "
        "janvier.\n\n"
        "L'association d'usagers Lozère Rail dénonce un abandon programmé. Son président, "
        "Didier Astruc, est amer. «\u202fQuand on laisse pourrir une voie pendant trente ans, "
        "il ne faut pas s'étonner qu'elle ne tienne plus\u202f», lâche-t-il.\n\n"
        "La vice-présidente de la région chargée des transports, Corinne Malaval, a assuré que "
        "la collectivité était prête à financer la moitié des travaux, estimés à 38 millions "
        "d'euros, à condition que l'État apporte le reste.",
        [
            (
                I,
                [
                    "La circulation des trains sera suspendue pendant au moins dix-huit mois "
                    "entre Mende et La Bastide-Puylaurent (Lozère)"
                ],
                "SNCF Réseau",
            ),
            (
                D,
                [
                    "Quand on laisse pourrir une voie pendant trente ans, il ne faut pas "
                    "s'étonner qu'elle ne tienne plus"
                ],
                "Didier Astruc",
            ),
            (
                I,
                [
                    "la collectivité était prête à financer la moitié des travaux, estimés à 38 "
                    "millions d'euros, à condition que l'État apporte le reste"
                ],
                "Corinne Malaval",
            ),
        ],
    ),
    (  # 14 Comté cooperative: role + name after the cue; "D'après M."; unnamed farmer
        "La coopérative fromagère du Haut-Doubs, qui regroupe 140 producteurs de lait à comté, "
        "va investir 22 millions d'euros dans une nouvelle cave d'affinage à Mouthe, d'une "
        "capacité de 90 000 meules. Les travaux doivent commencer au printemps.\n\n"
        "« Nos caves actuelles sont saturées. Aujourd'hui, nous louons de la place à des "
        "affineurs privés, ce qui nous coûte près d'un million par an », a détaillé mercredi "
        "le directeur général, Laurent Cuenot, lors de l'assemblée générale.\n\n"
        "L'investissement sera financé pour moitié par un emprunt et pour moitié par les "
        "réserves de la coopérative. D'après M. Cuenot, le prix du lait payé aux producteurs "
        "ne devrait pas en être affecté.\n\n"
        "Certains adhérents restent sceptiques. « On nous demande de valider un projet énorme "
        "en une seule réunion », a regretté un éleveur de Chapelle-des-Bois, qui a requis "
        "l'anonymat.",
        [
            (
                D,
                [
                    "Nos caves actuelles sont saturées. Aujourd'hui, nous louons de la place à "
                    "des affineurs privés, ce qui nous coûte près d'un million par an"
                ],
                "Laurent Cuenot",
            ),
            (
                I,
                ["le prix du lait payé aux producteurs ne devrait pas en être affecté"],
                "Laurent Cuenot",
            ),
            (D, ["On nous demande de valider un projet énorme en une seule réunion"], "éleveur"),
        ],
    ),
    (  # 15 Abidjan fake medicines: partial after "avait évoqué"; woman after the cue; Me
        "Le tribunal de première instance d'Abidjan-Plateau a condamné lundi à dix ans de "
        "prison ferme trois hommes reconnus coupables d'avoir importé et revendu plus de 12 "
        "tonnes de médicaments contrefaits, saisis en 2024 dans un entrepôt d'Adjamé.\n\n"
        "Dans son réquisitoire, le procureur Koffi Adou N'Guessan avait évoqué «\u00a0un "
        "commerce de la mort\u00a0» visant d'abord les familles les plus pauvres.\n\n"
        "«\u00a0Certains de ces produits ne contenaient aucun principe actif. Des enfants sont "
        "morts faute d'avoir reçu un vrai traitement\u00a0», a rappelé à la barre la "
        "présidente de l'ordre des pharmaciens, Aya Konan-Brou, qui s'était constituée partie "
        "civile.\n\n"
        "Me Séraphin Kouadio, qui défendait deux des prévenus, a indiqué qu'il ferait appel.",
        [
            (P, ["un commerce de la mort"], "Koffi Adou N'Guessan"),
            (
                D,
                [
                    "Certains de ces produits ne contenaient aucun principe actif. Des enfants "
                    "sont morts faute d'avoir reçu un vrai traitement"
                ],
                "Aya Konan-Brou",
            ),
            (I, ["il ferait appel"], "Séraphin Kouadio"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 NSW frost: quote over two paragraphs, speaker at the end; minister indirect
        "Frost has wiped out up to half of the wheat crop on some farms around Condobolin in "
        "central-west New South Wales, just weeks before harvest was due to begin. Two nights "
        "of minus four degrees in mid-October hit crops at flowering, the stage at which they "
        "are most vulnerable.\n\n"
        "“You walk into a paddock that looks perfect from the road, you rub a head between "
        "your fingers and there's nothing in it.\n\n"
        "“We'll harvest what's there, but a fair bit of it will be cut for hay,” said Darren "
        "Kilby, who farms 3,200 hectares west of the town with his brother.\n\n"
        "Agriculture Minister Fiona Catterall said on Tuesday that frost-affected growers "
        "would be eligible for low-interest loans of up to A$250,000. Grain traders expect the "
        "state's total harvest to come in about 15 per cent below last year.",
        [
            (
                D,
                [
                    "You walk into a paddock that looks perfect from the road, you rub a head "
                    "between your fingers and there's nothing in it.",
                    "We'll harvest what's there, but a fair bit of it will be cut for hay",
                ],
                "Darren Kilby",
            ),
            (
                I,
                [
                    "frost-affected growers would be eligible for low-interest loans of up to "
                    "A$250,000"
                ],
                "Fiona Catterall",
            ),
        ],
    ),
    (  # 2 parish clerk fraud: judge partial inside reported speech; "defending"; colon quote
        "A former parish clerk who stole more than £86,000 from a Shropshire village council "
        "to fund an online gambling habit has been jailed for two years and eight months.\n\n"
        "Pauline Hesketh, 61, of Church Stretton, had admitted fraud by abuse of position at "
        "an earlier hearing. She was clerk to Longnor Parish Council for fourteen years.\n\n"
        "Sentencing her at Shrewsbury Crown Court on Friday, Judge Anthony Marsh-Pryce said "
        'she had shown "a cynical disregard" for the villagers who trusted her.\n\n'
        "In mitigation, Owen Pritchard, defending, said his client had sought treatment for "
        "her addiction and had sold her home to repay part of the money.\n\n"
        "Speaking outside court, the council's chairman, Geoff Allsop, said: \"We're a tiny "
        "parish. That money was meant for the playground and the village hall roof, and it "
        'will take us years to get it back."',
        [
            (P, ["a cynical disregard"], "Anthony Marsh-Pryce"),
            (
                I,
                [
                    "his client had sought treatment for her addiction and had sold her home to "
                    "repay part of the money"
                ],
                "Owen Pritchard",
            ),
            (
                D,
                [
                    "We're a tiny parish. That money was meant for the playground and the "
                    "village hall roof, and it will take us years to get it back."
                ],
                "Geoff Allsop",
            ),
        ],
    ),
    (  # 3 Ohio school board: "told the board" without "that"; Ms.; "called it"
        "The Pike Hollow Local School District board voted 3-2 on Monday night to move its "
        "four schools to a four-day week from next August, making it the first district in "
        "southeast Ohio to do so.\n\n"
        "Superintendent Dana Whitcomb told the board the change would save about $340,000 a "
        "year in transportation and utility costs.\n\n"
        "\"We lost eleven teachers last year to districts that pay more. We can't match their "
        'salaries, but we can offer a schedule people actually want," Ms. Whitcomb said after '
        "the vote.\n\n"
        "Not everyone was convinced. Board member Ray Osterhout, who voted against the plan, "
        'called it "a gamble with our kids\' education." The district will offer optional '
        "Friday programs at the elementary school for families who need childcare.",
        [
            (
                I,
                ["the change would save about $340,000 a year in transportation and utility costs"],
                "Dana Whitcomb",
            ),
            (
                D,
                [
                    "We lost eleven teachers last year to districts that pay more. We can't "
                    "match their salaries, but we can offer a schedule people actually want"
                ],
                "Dana Whitcomb",
            ),
            (P, ["a gamble with our kids' education."], "Ray Osterhout"),
        ],
    ),
    (  # 4 Highland League: "the manager said"; surname alone for a player's indirect speech
        "Inverlochy Athletic slipped eight points adrift at the bottom of the Highland League "
        "after a 3-0 home defeat to Buckie Rovers on Saturday, their sixth loss in a row.\n\n"
        "Kieran Baillie scored twice before half-time for the visitors, and substitute Ross "
        "Menzies added a third in stoppage time.\n\n"
        "Manager Craig Dunsmore cut a frustrated figure at full time. \"We didn't win a tackle "
        "in the first half. I've told the players that's not acceptable, and I'll take my "
        'share of the blame as well," the manager said.\n\n'
        "Baillie said the win was for Rovers' former captain Stuart Reid, who is recovering "
        "from heart surgery in Aberdeen. Inverlochy travel to Forres next weekend.",
        [
            (
                D,
                [
                    "We didn't win a tackle in the first half. I've told the players that's not "
                    "acceptable, and I'll take my share of the blame as well"
                ],
                "Craig Dunsmore",
            ),
            (
                I,
                [
                    "the win was for Rovers' former captain Stuart Reid, who is recovering from "
                    "heart surgery in Aberdeen"
                ],
                "Kieran Baillie",
            ),
        ],
    ),
    (  # 5 coral spawning: Dr after "said the study's lead author"; partial + "cautioned that"
        "Corals on the southern Great Barrier Reef now spawn up to two weeks earlier than they "
        "did in the 1990s. The finding comes from a survey of 14 reefs, monitored every "
        "November since 1994, published on Wednesday by the Capricorn Marine Research "
        "Station.\n\n"
        '"Spawning is cued by water temperature and by the moon. If it drifts out of step '
        'with the plankton and currents the larvae depend on, fewer of them will survive," '
        "said the study's lead author, Dr Hamish Tregear.\n\n"
        "Professor Ngaire Walden, a reef ecologist at the University of the Sunshine Coast "
        'who was not involved in the research, called the findings "a warning light on the '
        'dashboard" but cautioned that spawning was notoriously hard to observe and '
        "record.\n\n"
        "The researchers plan to extend their survey to reefs in the Coral Sea next year.",
        [
            (
                D,
                [
                    "Spawning is cued by water temperature and by the moon. If it drifts out of "
                    "step with the plankton and currents the larvae depend on, fewer of them "
                    "will survive"
                ],
                "Hamish Tregear",
            ),
            (P, ["a warning light on the dashboard"], "Ngaire Walden"),
            (I, ["spawning was notoriously hard to observe and record"], "Ngaire Walden"),
        ],
    ),
    (  # 6 Ontario nickel mine: "the company said" at the end; union president after "said"
        "Operations at the Redstone Nickel mine near Kapuskasing in northern Ontario will be "
        "suspended from January, putting 380 jobs at risk, the company said on Thursday.\n\n"
        "In a statement, the company blamed a slump in nickel prices, which have fallen by "
        "nearly a third since March as output from Indonesia has surged. The mine will be "
        "kept on care and maintenance.\n\n"
        "“People found out from the radio this morning. That tells you everything about how "
        "this company treats the families who built it,” said Tammy Larocque, president of "
        "the local steelworkers' union.\n\n"
        "The mine is the town's largest private employer.",
        [
            (
                I,
                [
                    "Operations at the Redstone Nickel mine near Kapuskasing in northern Ontario "
                    "will be suspended from January, putting 380 jobs at risk"
                ],
                "Redstone Nickel",
            ),
            (
                D,
                [
                    "People found out from the radio this morning. That tells you everything "
                    "about how this company treats the families who built it"
                ],
                "Tammy Larocque",
            ),
        ],
    ),
    (  # 7 obituary fiddler: "His family said"; niece with apposition after "said"
        "Cape Breton fiddler Angus MacIsaac, whose recordings carried the island's Gaelic "
        "dance tunes to festivals from Glasgow to Tokyo, has died at 84.\n\n"
        "His family said he died peacefully on Sunday at his home in Mabou, with a fiddle at "
        "the foot of the bed.\n\n"
        "Born into a family of ten, MacIsaac learned to play by ear from his mother and was "
        "performing at square dances by the age of twelve. He recorded 19 albums and taught "
        "hundreds of young players at summer schools across Nova Scotia.\n\n"
        "“He never played a tune the same way twice. He used to say the dancers told him what "
        "to do,” said his niece, the pianist Mairi Beaton, who toured with him for two "
        "decades.\n\n"
        "A funeral will be held on Friday at St Mary's Church in Mabou.",
        [
            (
                I,
                [
                    "he died peacefully on Sunday at his home in Mabou, with a fiddle at the "
                    "foot of the bed"
                ],
                "family",
            ),
            (
                D,
                [
                    "He never played a tune the same way twice. He used to say the dancers told "
                    "him what to do"
                ],
                "Mairi Beaton",
            ),
        ],
    ),
    (  # 8 ferry grounding: coastguard indirect; passenger partial then "she said"
        "More than 140 passengers were evacuated on Friday evening after a ferry ran aground "
        "while approaching the harbour at Lochboisdale, in South Uist.\n\n"
        "HM Coastguard said all passengers had been brought ashore by lifeboat and no injuries "
        "had been reported.\n\n"
        "Passenger Morag Steele, who was travelling home from Oban with her two children, said "
        'there had been "a horrible grinding noise" shortly before the lights went out.\n\n'
        '"The crew were brilliant. Nobody panicked, and they had the kids in life jackets '
        'within minutes," she said.\n\n'
        "The vessel, the MV Eilean Dubh, was refloated on the morning tide. The Marine "
        "Accident Investigation Branch has opened an inquiry.",
        [
            (
                I,
                [
                    "all passengers had been brought ashore by lifeboat and no injuries had "
                    "been reported"
                ],
                "HM Coastguard",
            ),
            (P, ["a horrible grinding noise"], "Morag Steele"),
            (
                D,
                [
                    "The crew were brilliant. Nobody panicked, and they had the kids in life "
                    "jackets within minutes"
                ],
                "Morag Steele",
            ),
        ],
    ),
    (  # 9 Leitrim GP closure: "she told the Leitrim Herald"; HSE indirect
        "Patients in north Leitrim face a 40-minute drive to see a doctor after the only GP "
        "practice in Drumkeeran closed its doors on Friday.\n\n"
        "Dr Siobhán Carty had run the practice alone for nine years and advertised for a "
        "partner four times without a single applicant.\n\n"
        "\"I was working seventy hours a week. Something had to give, and I wasn't going to "
        'let it be patient safety," she told the Leitrim Herald.\n\n'
        "About 2,300 patients were registered with the practice, many of them elderly farmers "
        "living alone.\n\n"
        "The Health Service Executive said it was in talks with two doctors about taking over "
        "the premises and hoped to restore a service in the town by the spring.",
        [
            (
                D,
                [
                    "I was working seventy hours a week. Something had to give, and I wasn't "
                    "going to let it be patient safety"
                ],
                "Siobhán Carty",
            ),
            (
                I,
                [
                    "it was in talks with two doctors about taking over the premises and hoped "
                    "to restore a service in the town by the spring"
                ],
                "Health Service Executive",
            ),
        ],
    ),
    (  # 10 Wolds theatre: a title in quotes (not a quote); partial after "described ... as"
        "A small theatre in the Yorkshire Wolds has landed the premiere of a new play by the "
        "award-winning writer Jess Oduya, about the women who kept the region's farms running "
        "during the Second World War.\n\n"
        '"Land Girls of Garton" will open at the Wolds Playhouse in Driffield on 14 March '
        "before transferring to Leeds and York.\n\n"
        '"Jess could have taken it anywhere. She chose us because her grandmother worked on a '
        "farm five miles from here,\" said the playhouse's artistic director, Tom Brierley.\n\n"
        "Oduya, who wrote much of the play in the reading room of Driffield library, described "
        'the town as "the only possible home" for the production. Tickets go on sale next '
        "week.",
        [
            (
                D,
                [
                    "Jess could have taken it anywhere. She chose us because her grandmother "
                    "worked on a farm five miles from here"
                ],
                "Tom Brierley",
            ),
            (P, ["the only possible home"], "Jess Oduya"),
        ],
    ),
    (  # 11 Kenya forest ruling: judge partial; Mr + "told reporters"; ministry spokesman
        "The High Court in Nakuru on Tuesday blocked the eviction of some 2,000 families from "
        "the Lariak forest, in a case brought by community elders in 2023.\n\n"
        "In her judgment, Justice Grace Achieng Odhiambo said the Kenya Forest Service had "
        'acted "in flagrant disregard" of a 2022 order protecting the community.\n\n'
        "Lawyer Peter Kiprono Langat, who represented the families, welcomed the ruling. "
        '"These people have lived in this forest for generations. They are not squatters, and '
        'today the court has said so," Mr Langat told reporters outside the courthouse.\n\n'
        "A spokesman for the Ministry of Environment said the government would study the "
        "judgment before deciding whether to appeal.",
        [
            (P, ["in flagrant disregard"], "Grace Achieng Odhiambo"),
            (
                D,
                [
                    "These people have lived in this forest for generations. They are not "
                    "squatters, and today the court has said so"
                ],
                "Peter Kiprono Langat",
            ),
            (
                I,
                ["the government would study the judgment before deciding whether to appeal"],
                "Ministry of Environment",
            ),
        ],
    ),
    (  # 12 Welsh branch line: minister indirect; campaigner "she said with a laugh"
        "Passenger trains will run to Llanfyllin in Powys for the first time since 1965 after "
        "the Welsh Government approved £94m to rebuild the branch line from Llanymynech.\n\n"
        "Transport Secretary Gareth Prosser said the line would open in 2030 and was expected "
        "to carry around 300,000 passengers a year.\n\n"
        "Campaigner Eirlys Vaughan, 79, has lobbied for the reopening since the 1980s and "
        "heard the news on the radio while feeding her hens.\n\n"
        "\"My father was a signalman on that line. I'd like to ride the first train, if my "
        'knees allow it," she said with a laugh.',
        [
            (
                I,
                [
                    "the line would open in 2030 and was expected to carry around 300,000 "
                    "passengers a year"
                ],
                "Gareth Prosser",
            ),
            (
                D,
                [
                    "My father was a signalman on that line. I'd like to ride the first train, "
                    "if my knees allow it"
                ],
                "Eirlys Vaughan",
            ),
        ],
    ),
    (  # 13 Vermont bees feature: "she says"; husband "He says"; Dr. after "said"
        "On a hillside farm outside Bristol, Vermont, Lena Hartwell lifts the lid from a hive "
        "and frowns. Half of her sixty colonies died over the winter, the worst losses in her "
        "22 years of keeping bees.\n\n"
        '"You get used to losing ten, fifteen percent. Losing half is something else," she '
        "says.\n\n"
        "Her husband and business partner, Joel Hartwell, blames the varroa mite and a wet "
        "autumn that kept the bees confined for weeks. He says the couple spent nearly $9,000 "
        "restocking this spring, money they will not recover until next year's honey is "
        "sold.\n\n"
        'The picture is similar across the state. "Bees are telling us something about the '
        "landscape, and we should be listening,\" said Dr. Priya Raman, Vermont's state "
        "apiarist, who puts average winter losses at 48 percent.",
        [
            (
                D,
                ["You get used to losing ten, fifteen percent. Losing half is something else"],
                "Lena Hartwell",
            ),
            (
                I,
                [
                    "the couple spent nearly $9,000 restocking this spring, money they will not "
                    "recover until next year's honey is sold"
                ],
                "Joel Hartwell",
            ),
            (
                D,
                ["Bees are telling us something about the landscape, and we should be listening"],
                "Priya Raman",
            ),
        ],
    ),
    (  # 14 Cumbria flood: resident after "said"; agency indirect; chair partial "called ..."
        "Dozens of homes in Kirkby Thore were flooded overnight on Wednesday after the River "
        "Eden burst its banks following 36 hours of continuous rain.\n\n"
        '"The water came up through the floorboards in about twenty minutes. We got the dog '
        'and the photo albums upstairs, and that was it," said retired teacher Alan Bewley, '
        "74.\n\n"
        "The Environment Agency said river levels had peaked shortly after 3am and were now "
        "falling slowly.\n\n"
        "Parish council chair Sandra Teasdale, whose own kitchen was under a foot of water, "
        'called the agency\'s response "too little, far too late." Villagers have been asking '
        "for flood defences since 2015.",
        [
            (
                D,
                [
                    "The water came up through the floorboards in about twenty minutes. We got "
                    "the dog and the photo albums upstairs, and that was it"
                ],
                "Alan Bewley",
            ),
            (
                I,
                ["river levels had peaked shortly after 3am and were now falling slowly"],
                "Environment Agency",
            ),
            (P, ["too little, far too late."], "Sandra Teasdale"),
        ],
    ),
    (  # 15 Tasmanian devils: university indirect; vet with Dr after "said"
        "The University of Tasmania said on Monday that an experimental vaccine had protected "
        "wild Tasmanian devils against facial tumour disease for up to two years in a field "
        "trial on the Forestier Peninsula.\n\n"
        "The disease, a contagious cancer spread by biting, has killed an estimated 80 per "
        "cent of the species since it was first identified in 1996.\n\n"
        "“It's the first time we've seen immunity last beyond a single breeding season. That's "
        "the threshold we needed to cross,” said wildlife veterinarian Dr Kate Mulvaney, who "
        "led the trial.\n\n"
        "The trial involved only 52 animals, and a wider rollout is at least three years "
        "away.",
        [
            (
                I,
                [
                    "an experimental vaccine had protected wild Tasmanian devils against facial "
                    "tumour disease for up to two years in a field trial on the Forestier "
                    "Peninsula"
                ],
                "University of Tasmania",
            ),
            (
                D,
                [
                    "It's the first time we've seen immunity last beyond a single breeding "
                    "season. That's the threshold we needed to cross"
                ],
                "Kate Mulvaney",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout9.jsonl"),
        "heldout9",
        "9",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
