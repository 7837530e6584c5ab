"""Source of the hundred-and-fifth held-out set: writes heldout105.jsonl (split "heldout105").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like energy and climate news: nuclear, coal, hydro, geothermal and tidal plants, wind and
solar farms, fuel and electricity prices, grid outages after storms and heatwaves, climate
marches and blockades, with energy ministers, utility companies and their executives, engineers,
union delegates, activists, scientists and local residents quoted, companies, regulators and
associations speaking as such, and people referred back to by pronoun, surname or role.
Measured once with 0.3.0 and 0.31.0 on 2026-12-02, unread when measured (docs/EXTRACTION.md,
"Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout105.py
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
    (  # 1 nuclear reactor stopped: operator partial inside reported speech ("L'exploitant, Name,
        # assure qu'il n'y a eu « … »": only the partial), two-sentence direct + "a expliqué le
        # directeur de la centrale, Name,", "n'a pas voulu s'avancer sur" (no clause) not annotated,
        # unnamed "une habitante" after her quote
        "La centrale nucléaire de Vercheny-sur-Rhône a mis à l'arrêt mardi son réacteur "
        "numéro\u00a03, après la découverte d'une fissure sur une tuyauterie du circuit de "
        "refroidissement. L'exploitant, Électrinova, assure qu'il n'y a eu «\u00a0aucun "
        "rejet\u00a0» dans l'environnement.\n\n"
        "«\u00a0La fissure mesure quelques millimètres. Nous avons préféré arrêter le réacteur "
        "plutôt que de prendre le moindre risque\u00a0», a expliqué le directeur de la centrale, "
        "Jean-Baptiste Ferrandier, lors d'une conférence de presse. Il n'a pas voulu s'avancer "
        "sur la durée de l'arrêt.\n\n"
        "L'Autorité de sûreté nucléaire doit publier son classement de l'incident dans la "
        "semaine.\n\n"
        "Dans le village voisin, l'inquiétude reste mesurée. «\u00a0On vit avec la centrale "
        "depuis quarante ans, on a l'habitude de ces annonces\u00a0», glisse une habitante, qui "
        "travaille à la boulangerie de la place.",
        [
            (P, ["aucun rejet"], "Électrinova"),
            (
                D,
                [
                    "La fissure mesure quelques millimètres. Nous avons préféré arrêter le "
                    "réacteur plutôt que de prendre le moindre risque"
                ],
                "Jean-Baptiste Ferrandier",
            ),
            (
                D,
                ["On vit avec la centrale depuis quarante ans, on a l'habitude de ces annonces"],
                "habitante",
            ),
        ],
    ),
    (  # 2 offshore wind farm: minister named in an apposition then one quote split by the
        # inversion incise "a-t-elle souligné depuis le quai," (final period kept), committee
        # partial after "a dénoncé … une « … »" (no proper name, the noun stays), fisherman direct +
        # "s'insurge Name, patron du chalutier …"
        "Le parc éolien en mer des Roches-Blanches, au large de Port-Méjan, produira ses "
        "premiers kilowattheures en 2029. La ministre de la Transition énergétique, Clémence "
        "Aubertin-Roy, a signé jeudi le décret d'autorisation, au terme de six ans de "
        "procédure.\n\n"
        "«\u00a0Ces 62 éoliennes fourniront l'équivalent de la consommation d'un million "
        "d'habitants, a-t-elle souligné depuis le quai, et près de 400 emplois seront créés pour "
        "leur maintenance.\u00a0»\n\n"
        "Les pêcheurs, eux, ne décolèrent pas. Le comité départemental des pêches maritimes a "
        "dénoncé dans un communiqué une «\u00a0confiscation de la mer\u00a0» au profit des "
        "industriels.\n\n"
        "«\u00a0Sur cette zone, je fais un tiers de mon chiffre d'affaires. Demain, on "
        "m'interdira d'y jeter un filet\u00a0», s'insurge Erwan Guillou, patron du chalutier Ker "
        "Avel, amarré à quelques mètres de l'estrade officielle.",
        [
            (
                D,
                [
                    "Ces 62 éoliennes fourniront l'équivalent de la consommation d'un million "
                    "d'habitants",
                    "et près de 400 emplois seront créés pour leur maintenance.",
                ],
                "Clémence Aubertin-Roy",
            ),
            (P, ["confiscation de la mer"], "comité départemental des pêches maritimes"),
            (
                D,
                [
                    "Sur cette zone, je fais un tiers de mon chiffre d'affaires. Demain, on "
                    "m'interdira d'y jeter un filet"
                ],
                "Erwan Guillou",
            ),
        ],
    ),
    (  # 3 diesel above 2.10 euros: "D'après la Fédération …," (rest of the sentence), an unclosed
        # « ended by the attribution "soupire un routier" (unnamed), the manager named in an
        # apposition before his two-sentence quote, then "assure-t-il", "a annoncé une remise" (noun
        # object) and "selon lesquelles" not annotated
        "Le litre de gazole a franchi lundi la barre des 2,10\u00a0euros dans plusieurs stations "
        "de l'agglomération de Brévannes. D'après la Fédération des distributeurs indépendants, "
        "le prix moyen a augmenté de 18\u00a0centimes en trois semaines, sous l'effet de la "
        "hausse du baril et d'un euro affaibli.\n\n"
        "À la station du rond-point de la Garenne, les automobilistes font le plein à "
        "contrecœur. «\u00a0Vingt euros, c'est tout ce que je mets maintenant, soupire un "
        "routier en raccrochant le pistolet. Il repart sans attendre son ticket.\n\n"
        "Derrière sa caisse, le gérant, Patrick Lemonnier, qui tient la station depuis 2009, "
        "hausse les épaules. «\u00a0Les gens pensent que je m'enrichis. Certains jours, je vends "
        "à perte pour garder mes clients\u00a0», assure-t-il.\n\n"
        "Le gouvernement a annoncé une remise de 10\u00a0centimes à la pompe à partir du 1er "
        "janvier, une mesure critiquée par les associations d'automobilistes, selon lesquelles "
        "elle arrive bien trop tard.",
        [
            (
                I,
                [
                    "le prix moyen a augmenté de 18\u00a0centimes en trois semaines, sous l'effet "
                    "de la hausse du baril et d'un euro affaibli"
                ],
                "Fédération des distributeurs indépendants",
            ),
            (D, ["Vingt euros, c'est tout ce que je mets maintenant"], "routier"),
            (
                D,
                [
                    "Les gens pensent que je m'enrichis. Certains jours, je vends à perte pour "
                    "garder mes clients"
                ],
                "Patrick Lemonnier",
            ),
        ],
    ),
    (  # 4 refinery blockade: direct + "a déclaré leur porte-parole, Name, 24 ans, étudiante …",
        # "La jeune femme a affirmé que … « … »" (role back-reference, only the partial), operator
        # partial after "a dénoncé … une action « … »" with the operator in an apposition
        "Une centaine de militants du collectif Dernier Souffle ont bloqué pendant sept heures, "
        "mercredi, l'accès à la raffinerie de Port-Saint-Louvent, où l'exploitant prévoit "
        "d'agrandir ses capacités de stockage. Quatre-vingt-sept personnes ont été interpellées "
        "dans l'après-midi.\n\n"
        "«\u00a0On ne peut pas continuer à agrandir des installations pétrolières quand les "
        "canicules tuent des milliers de personnes chaque été\u00a0», a déclaré leur "
        "porte-parole, Léa Marchetti-Vidal, 24\u00a0ans, étudiante en climatologie, avant d'être "
        "emmenée par les gendarmes.\n\n"
        "La jeune femme a affirmé que le collectif reviendrait «\u00a0autant de fois qu'il le "
        "faudra\u00a0».\n\n"
        "L'exploitant, Pétrolys, a dénoncé dans un communiqué une action «\u00a0irresponsable et "
        "dangereuse\u00a0», menée à quelques mètres de cuves d'hydrocarbures.",
        [
            (
                D,
                [
                    "On ne peut pas continuer à agrandir des installations pétrolières quand les "
                    "canicules tuent des milliers de personnes chaque été"
                ],
                "Léa Marchetti-Vidal",
            ),
            (P, ["autant de fois qu'il le faudra"], "Léa Marchetti-Vidal"),
            (P, ["irresponsable et dangereuse"], "Pétrolys"),
        ],
    ),
    (  # 5 storm blackout: grid operator in an apposition "a indiqué lundi midi que …, et que …", a
        # quote continued over two paragraphs (one span each) with "a expliqué Name, chef de …"
        # after the second, a resident named before her quote then "raconte Mme Surname"
        "Près de 140\u00a0000 foyers ont été privés d'électricité dans la nuit de dimanche à "
        "lundi dans le nord du Valmorain, après le passage de la tempête Ophélie et de ses "
        "rafales à 150\u00a0km/h. Le gestionnaire du réseau de distribution, Linéa Réseaux, a "
        "indiqué lundi midi que 38\u00a0000 clients restaient sans courant et que le retour à la "
        "normale n'était pas attendu avant mercredi.\n\n"
        "«\u00a0Des arbres entiers sont tombés sur les lignes moyenne tension. Sur certains "
        "tronçons, il faut d'abord dégager la route avant même de pouvoir accéder aux "
        "poteaux.\n\n"
        "«\u00a0Nos équipes travaillent jour et nuit, avec des renforts venus de quatre "
        "régions\u00a0», a expliqué Samir Belkacem, chef de l'agence d'intervention de "
        "Saint-Ovide.\n\n"
        "À Fontvieille-les-Prés, Lucienne Fabre, 84\u00a0ans, a passé deux nuits à la lueur des "
        "bougies. «\u00a0Heureusement, mes voisins m'ont apporté de la soupe chaude. Le "
        "congélateur, lui, est perdu\u00a0», raconte Mme Fabre.",
        [
            (
                I,
                [
                    "38\u00a0000 clients restaient sans courant et que le retour à la normale "
                    "n'était pas attendu avant mercredi"
                ],
                "Linéa Réseaux",
            ),
            (
                D,
                [
                    "Des arbres entiers sont tombés sur les lignes moyenne tension. Sur certains "
                    "tronçons, il faut d'abord dégager la route avant même de pouvoir accéder aux "
                    "poteaux.",
                    "Nos équipes travaillent jour et nuit, avec des renforts venus de quatre "
                    "régions",
                ],
                "Samir Belkacem",
            ),
            (
                D,
                [
                    "Heureusement, mes voisins m'ont apporté de la soupe chaude. Le congélateur, "
                    "lui, est perdu"
                ],
                "Lucienne Fabre",
            ),
        ],
    ),
    (  # 6 solar farm on pasture: scare quotes « agrivoltaïsme » with no speaker, "Pour le maire,
        # Name, « … »" (direct, period outside the marks), "D'après l'élu," (role back-reference,
        # rest of the sentence), association partial "a qualifié le projet de « … »" (generic
        # "L'association" dropped), "lancé une pétition" not annotated
        "Sur les hauteurs de Roumagnac, 48\u00a0hectares de prairies pourraient bientôt se "
        "couvrir de panneaux photovoltaïques. Le projet, porté par la société Solvéo, prévoit de "
        "laisser paître des moutons sous les installations, une formule dite "
        "d'«\u00a0agrivoltaïsme\u00a0».\n\n"
        "Pour le maire, Henri Castagnède, «\u00a0c'est une chance pour une commune qui perd des "
        "habitants chaque année\u00a0». D'après l'élu, les loyers versés par Solvéo "
        "rapporteraient 90\u00a0000\u00a0euros par an au budget municipal, soit l'équivalent de "
        "la rénovation complète de l'école.\n\n"
        "L'association Causses Vivants a qualifié le projet de «\u00a0bétonnage déguisé\u00a0» "
        "et lancé une pétition, qui a recueilli 3\u00a0200 signatures en dix jours. L'enquête "
        "publique s'ouvrira le 12\u00a0janvier.",
        [
            (
                D,
                ["c'est une chance pour une commune qui perd des habitants chaque année"],
                "Henri Castagnède",
            ),
            (
                I,
                [
                    "les loyers versés par Solvéo rapporteraient 90\u00a0000\u00a0euros par an au "
                    "budget municipal, soit l'équivalent de la rénovation complète de l'école"
                ],
                "Henri Castagnède",
            ),
            (P, ["bétonnage déguisé"], "Causses Vivants"),
        ],
    ),
    (  # 7 electricity tariff: "comme le préconisait la Commission …" (no clause) not annotated,
        # direct + "a promis le ministre de …, Name, invité de l'émission « … »" (programme title
        # not speech), "M. Surname a assuré que", MP partial "a fustigé un « … »", "la droite
        # réclame une baisse" (noun object) not annotated
        "Le tarif réglementé de l'électricité augmentera de 4\u00a0% au 1er février, et non de "
        "9\u00a0% comme le préconisait la Commission de régulation de l'énergie. Le gouvernement "
        "a tranché dimanche, au terme de plusieurs semaines d'arbitrages.\n\n"
        "«\u00a0Nous ne laisserons pas les factures exploser une troisième année de "
        "suite\u00a0», a promis le ministre de l'Économie et de l'Énergie, Raphaël Dunand-Ségur, "
        "invité de l'émission «\u00a0Questions directes\u00a0». M. Dunand-Ségur a assuré que le "
        "coût de ce gel partiel, estimé à 2,3\u00a0milliards d'euros, serait couvert par une "
        "taxe sur les superprofits des producteurs.\n\n"
        "À l'Assemblée, la députée écologiste Margaux Ternier a fustigé un «\u00a0pansement sur "
        "une jambe de bois\u00a0», tandis que la droite réclame une baisse de la TVA sur "
        "l'énergie.",
        [
            (
                D,
                ["Nous ne laisserons pas les factures exploser une troisième année de suite"],
                "Raphaël Dunand-Ségur",
            ),
            (
                I,
                [
                    "le coût de ce gel partiel, estimé à 2,3\u00a0milliards d'euros, serait "
                    "couvert par une taxe sur les superprofits des producteurs"
                ],
                "Raphaël Dunand-Ségur",
            ),
            (P, ["pansement sur une jambe de bois"], "Margaux Ternier"),
        ],
    ),
    (  # 8 drought and hydropower: direct + "résume Name, hydrologue à …", "Selon la chercheuse,"
        # (role back-reference, rest of the sentence, no-break space before %), unnamed "un pêcheur"
        # introduced before his quote then "confie-t-il"
        "Le niveau du lac de retenue de Montbrisson est descendu à 23\u00a0mètres sous sa cote "
        "normale, du jamais-vu depuis la mise en service du barrage, en 1961. Deux des quatre "
        "turbines de la centrale hydroélectrique sont à l'arrêt faute de débit suffisant.\n\n"
        "«\u00a0L'eau qui manque cet automne, c'est l'électricité qui manquera cet hiver\u00a0», "
        "résume Nathalie Fourcade, hydrologue à l'université de Castelrouge. Selon la "
        "chercheuse, les précipitations sur le bassin versant ont été inférieures de 45\u00a0% à "
        "la normale depuis le mois de mars.\n\n"
        "Sur les berges, désormais à nu, un pêcheur contemple les souches d'une ancienne forêt "
        "engloutie. «\u00a0Mon père m'avait parlé de ces arbres. Je ne pensais pas les voir un "
        "jour\u00a0», confie-t-il.",
        [
            (
                D,
                ["L'eau qui manque cet automne, c'est l'électricité qui manquera cet hiver"],
                "Nathalie Fourcade",
            ),
            (
                I,
                [
                    "les précipitations sur le bassin versant ont été inférieures de 45\u00a0% à "
                    "la normale depuis le mois de mars"
                ],
                "Nathalie Fourcade",
            ),
            (
                D,
                ["Mon père m'avait parlé de ces arbres. Je ne pensais pas les voir un jour"],
                "pêcheur",
            ),
        ],
    ),
    (  # 9 coal plant closing: inverted indirect "…, a confirmé mardi son propriétaire, le groupe
        # X." (the part before, generic "le groupe" dropped), direct + "a lancé Name, délégué du
        # syndicat …", "Le syndicat réclame un plan" (noun object) not annotated, "Pour Name, 58
        # ans, …, « … »"
        "La centrale à charbon de Hombreuil fermera définitivement ses portes le 31\u00a0mars, a "
        "confirmé mardi son propriétaire, le groupe Thermelec. Ses 212 salariés se verront "
        "proposer un reclassement ou un départ anticipé à la retraite.\n\n"
        "«\u00a0On nous a promis des emplois dans l'hydrogène il y a cinq ans. On attend "
        "toujours\u00a0», a lancé Didier Kowalczyk, délégué du syndicat Force Énergie, devant "
        "les grilles de l'usine, où une cinquantaine de salariés s'étaient rassemblés. Le "
        "syndicat réclame un plan de revitalisation du site.\n\n"
        "Pour Gilbert Hoffmann, 58\u00a0ans, dont trente-deux passés à la chaufferie, «\u00a0le "
        "charbon, c'était sale, mais c'était toute notre vie\u00a0».",
        [
            (
                I,
                [
                    "La centrale à charbon de Hombreuil fermera définitivement ses portes le "
                    "31\u00a0mars"
                ],
                "Thermelec",
            ),
            (
                D,
                [
                    "On nous a promis des emplois dans l'hydrogène il y a cinq ans. On attend "
                    "toujours"
                ],
                "Didier Kowalczyk",
            ),
            (D, ["le charbon, c'était sale, mais c'était toute notre vie"], "Gilbert Hoffmann"),
        ],
    ),
    (  # 10 heatwave and the grid: "Selon le gestionnaire …, Transélec," (apposition, rest of the
        # sentence), one quote split by "explique la climatologue Name, du laboratoire X," (final
        # period kept), unnamed "une aide-soignante" after
        "La vague de chaleur qui frappe le sud-est du pays depuis dix jours met le réseau "
        "électrique sous tension. Selon le gestionnaire du réseau de transport, Transélec, la "
        "consommation a atteint mardi à 14\u00a0heures un record estival de 61\u00a0gigawatts, "
        "tirée par les climatiseurs.\n\n"
        "«\u00a0Ce qui passait pour un scénario extrême il y a vingt ans, explique la "
        "climatologue Irène Sauvageot, du laboratoire Clima-Sud, sera un été ordinaire en "
        "2050.\u00a0»\n\n"
        "Dans une maison de retraite de Villeneuve-d'Aurel, le personnel jongle avec les prises. "
        "«\u00a0On a installé des ventilateurs partout, mais on n'ose pas tous les allumer en "
        "même temps\u00a0», reconnaît une aide-soignante.",
        [
            (
                I,
                [
                    "la consommation a atteint mardi à 14\u00a0heures un record estival de "
                    "61\u00a0gigawatts, tirée par les climatiseurs"
                ],
                "Transélec",
            ),
            (
                D,
                [
                    "Ce qui passait pour un scénario extrême il y a vingt ans",
                    "sera un été ordinaire en 2050.",
                ],
                "Irène Sauvageot",
            ),
            (
                D,
                [
                    "On a installé des ventilateurs partout, mais on n'ose pas tous les allumer "
                    "en même temps"
                ],
                "aide-soignante",
            ),
        ],
    ),
    (  # 11 wood-fired heating network, « » without inner spaces: direct + "a fait valoir le maire,
        # Name,", a question quote (question mark kept) + "interroge sa présidente, Name"
        # (association's chair), "D'après l'Observatoire …," (rest of the sentence)
        "La chaufferie au bois de Lanvezac alimentera dès cet hiver 2\u00a0300 logements, trois "
        "écoles et la piscine municipale, grâce à onze kilomètres de canalisations enterrées.\n\n"
        "«Nous remplaçons le gaz importé par des plaquettes de bois qui viennent de moins de "
        "cinquante kilomètres d'ici», a fait valoir le maire, Loïc Kerjean, lors de "
        "l'inauguration, samedi.\n\n"
        "Tout le monde ne partage pas cet enthousiasme. Les riverains, regroupés dans "
        "l'association Air de Lanvezac, redoutent les fumées et le ballet des camions. «Trente "
        "poids lourds par semaine devant une école, vous appelez ça écologique\u00a0?» interroge "
        "sa présidente, Martine Le Dréau.\n\n"
        "D'après l'Observatoire régional de l'énergie, une chaufferie de cette taille émet "
        "pourtant moins de particules que les 800 poêles individuels qu'elle remplace.",
        [
            (
                D,
                [
                    "Nous remplaçons le gaz importé par des plaquettes de bois qui viennent de "
                    "moins de cinquante kilomètres d'ici"
                ],
                "Loïc Kerjean",
            ),
            (
                D,
                [
                    "Trente poids lourds par semaine devant une école, vous appelez ça "
                    "écologique\u00a0?"
                ],
                "Martine Le Dréau",
            ),
            (
                I,
                [
                    "une chaufferie de cette taille émet pourtant moins de particules que les 800 "
                    "poêles individuels qu'elle remplace"
                ],
                "Observatoire régional de l'énergie",
            ),
        ],
    ),
    (  # 12 hydrogen buses grounded: direct + "a reconnu le vice-président chargé des mobilités,
        # Name." then an unattributed quote after the full stop (second direct, same speaker),
        # "l'intéressé a répondu qu'il n'était « … »" (only the partial)
        "Les quatorze bus à hydrogène de l'agglomération de Vesnières sont immobilisés depuis "
        "trois semaines au dépôt de la Croix-Verte, faute de carburant. Leur unique fournisseur, "
        "la société Hydronéo, a suspendu ses livraisons après une panne de son électrolyseur.\n\n"
        "«\u00a0Nous avons été pionniers, et nous payons aujourd'hui le prix de ce pari\u00a0», "
        "a reconnu le vice-président chargé des mobilités, Fabrice Tessandier. «\u00a0Mais je ne "
        "regrette pas ce choix.\u00a0»\n\n"
        "Interrogé sur un éventuel retour au diesel, l'intéressé a répondu qu'il n'était "
        "«\u00a0pas question de faire marche arrière\u00a0». En attendant, des cars loués à une "
        "entreprise privée assurent les lignes les plus fréquentées.",
        [
            (
                D,
                ["Nous avons été pionniers, et nous payons aujourd'hui le prix de ce pari"],
                "Fabrice Tessandier",
            ),
            (D, ["Mais je ne regrette pas ce choix."], "Fabrice Tessandier"),
            (P, ["pas question de faire marche arrière"], "Fabrice Tessandier"),
        ],
    ),
    (  # 13 climate march: "…, selon la police." (the part before), "en revendiquaient le double"
        # (noun object) not annotated, unnamed "une lycéenne" after her quote, a glaciologist
        # introduced in an inverted sentence then "justifie-t-il", "ont annoncé une nouvelle
        # journée" (noun object) not annotated
        "Environ 6\u00a0000 personnes ont défilé samedi dans les rues de Montvallon pour "
        "réclamer la sortie des énergies fossiles, selon la police. Les organisateurs, une "
        "vingtaine d'associations et de syndicats lycéens, en revendiquaient le double.\n\n"
        "«\u00a0J'ai seize ans et je suis déjà fatiguée d'avoir peur\u00a0», lance une lycéenne, "
        "la voix couverte par les tambours.\n\n"
        "Dans le cortège marchait aussi le glaciologue Marc-Antoine Reyssier, directeur de "
        "recherche au Centre alpin d'études du climat, une pancarte à la main. «\u00a0Nous "
        "publions des rapports depuis trente ans. À un moment, il faut aussi descendre dans la "
        "rue\u00a0», justifie-t-il.\n\n"
        "Les organisateurs ont annoncé une nouvelle journée de mobilisation le 14\u00a0mars.",
        [
            (
                I,
                [
                    "Environ 6\u00a0000 personnes ont défilé samedi dans les rues de Montvallon "
                    "pour réclamer la sortie des énergies fossiles"
                ],
                "police",
            ),
            (D, ["J'ai seize ans et je suis déjà fatiguée d'avoir peur"], "lycéenne"),
            (
                D,
                [
                    "Nous publions des rapports depuis trente ans. À un moment, il faut aussi "
                    "descendre dans la rue"
                ],
                "Marc-Antoine Reyssier",
            ),
        ],
    ),
    (  # 14 utility's record profit: CEO partial "s'est félicité de « … »" (apposition "Son PDG,
        # Name,"), direct + "a-t-il ajouté" (pronoun), "Pour l'économiste Name, de l'institut X, ces
        # profits « … »" (partial, the syntax runs through), union "a réclamé une hausse" (noun
        # object) not annotated
        "Le fournisseur d'énergie Énerlia a publié jeudi un bénéfice net record de "
        "3,4\u00a0milliards d'euros pour l'exercice 2026, en hausse de 41\u00a0%. Son PDG, "
        "Olivier Mercadier, s'est félicité de «\u00a0résultats solides dans un contexte "
        "exigeant\u00a0».\n\n"
        "«\u00a0Nous allons consacrer deux euros sur trois aux renouvelables d'ici à "
        "2030\u00a0», a-t-il ajouté devant les analystes, réunis au siège du groupe.\n\n"
        "Pour l'économiste Sandrine Lavigne-Roux, de l'institut Cepremo, ces profits "
        "«\u00a0posent une vraie question politique\u00a0» au moment où un ménage sur cinq peine "
        "à payer ses factures. Le syndicat Énergie Unie a réclamé une hausse générale des "
        "salaires de 6\u00a0%.",
        [
            (P, ["résultats solides dans un contexte exigeant"], "Olivier Mercadier"),
            (
                D,
                ["Nous allons consacrer deux euros sur trois aux renouvelables d'ici à 2030"],
                "Olivier Mercadier",
            ),
            (P, ["posent une vraie question politique"], "Sandrine Lavigne-Roux"),
        ],
    ),
    (  # 15 geothermal quake: "selon toute probabilité" not a source, direct + "raconte Name, qui
        # habite …", seismologist "a expliqué que", one quote split by "a assuré le directeur
        # technique de X, Name," (final period kept), "a réclamé l'arrêt" (noun object) not
        # annotated
        "Une secousse de magnitude 3,1 a été ressentie dimanche soir par les habitants de "
        "Kerlenbach et des villages voisins. Le forage géothermique profond exploité par la "
        "société Géotherma, à deux kilomètres de là, est selon toute probabilité à l'origine du "
        "séisme.\n\n"
        "«\u00a0Les tasses sont tombées de l'étagère. J'ai cru qu'un camion avait percuté la "
        "maison\u00a0», raconte Francine Wetzel, qui habite rue des Vergers.\n\n"
        "Le sismologue Pierre-Yves Haenel, de l'observatoire de Grandmont, a expliqué que "
        "l'injection d'eau sous pression pouvait réactiver des failles anciennes, parfois à "
        "plusieurs kilomètres du puits.\n\n"
        "«\u00a0Nous ne reprendrons pas les injections, a assuré le directeur technique de "
        "Géotherma, Alain Scheidecker, tant que nous n'aurons pas compris ce qui s'est "
        "passé.\u00a0» Le maire, Jean-Luc Ostermann, a réclamé l'arrêt définitif du projet.",
        [
            (
                D,
                [
                    "Les tasses sont tombées de l'étagère. J'ai cru qu'un camion avait percuté la "
                    "maison"
                ],
                "Francine Wetzel",
            ),
            (
                I,
                [
                    "l'injection d'eau sous pression pouvait réactiver des failles anciennes, "
                    "parfois à plusieurs kilomètres du puits"
                ],
                "Pierre-Yves Haenel",
            ),
            (
                D,
                [
                    "Nous ne reprendrons pas les injections",
                    "tant que nous n'aurons pas compris ce qui s'est passé.",
                ],
                "Alain Scheidecker",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 turbine blade breaks off: inverted indirect "No one was injured, the operator, Name,
        # said." (the part before), direct + "said Name, Northwind's head of …", fisherman direct +
        # "said Name, who skippers …"
        "A 107-metre blade broke off one of the turbines at the Dunmore Bank offshore wind farm "
        "on Thursday, scattering fibreglass debris across two kilometres of sea. No one was "
        "injured, the operator, Northwind Energy, said.\n\n"
        '"We have shut down all 84 turbines of the same model as a precaution until we '
        "understand exactly what happened,\" said Karen Aldous, Northwind's head of offshore "
        "operations. The manufacturer has sent a team of engineers to inspect the broken hub.\n\n"
        'Fishermen in nearby Saltby were less forgiving. "They told us these things were built '
        'to last thirty years. This one lasted four," said Gary Penhale, who skippers a crab '
        "boat out of the harbour.",
        [
            (I, ["No one was injured"], "Northwind Energy"),
            (
                D,
                [
                    "We have shut down all 84 turbines of the same model as a precaution until we "
                    "understand exactly what happened"
                ],
                "Karen Aldous",
            ),
            (
                D,
                ["They told us these things were built to last thirty years. This one lasted four"],
                "Gary Penhale",
            ),
        ],
    ),
    (  # 2 diesel prices, curly quotes: "…, according to the X." (the part before), a haulier's
        # two-sentence direct + "said Name, who runs …", "has ruled out a cut" (noun object) not
        # annotated
        "The average price of diesel rose above £1.85 a litre on Monday for the first time since "
        "2022, according to the Motorists’ Alliance. Petrol followed close behind at £1.71.\n\n"
        "Hauliers have been hit hardest. “Every time I fill a lorry it’s £1,400. I can’t pass "
        "that on to my customers overnight,” said Dev Malhotra, who runs a fleet of nine lorries "
        "from a yard in Kelsford.\n\n"
        "The Treasury has ruled out a cut in fuel duty before the spring budget.",
        [
            (
                I,
                [
                    "The average price of diesel rose above £1.85 a litre on Monday for the first "
                    "time since 2022"
                ],
                "Motorists’ Alliance",
            ),
            (
                D,
                [
                    "Every time I fill a lorry it’s £1,400. I can’t pass that on to my customers "
                    "overnight"
                ],
                "Dev Malhotra",
            ),
        ],
    ),
    (  # 3 heatwave blackout: "A spokesperson for X said" (the organisation speaks), "apologised at
        # a news conference" (no clause) not annotated then "he said" after the CEO's quote, unnamed
        # "one resident, an 87-year-old …"
        "More than 200,000 homes and businesses across Harlan Valley lost power on Tuesday "
        "afternoon as temperatures climbed to 43C, in the region's worst blackout in two "
        "decades.\n\n"
        "A spokesperson for Tri-County Electric said a transformer fire at its Redmond Creek "
        "substation had triggered a cascade of failures across the network. By Wednesday "
        "morning, about 30,000 customers were still without electricity.\n\n"
        "The utility's chief executive, Raymond Okafor, apologised at a news conference. \"We "
        'failed the people who depend on us, and I take full responsibility for that," he '
        "said.\n\n"
        "In a retirement complex on the east side, residents sat in the lobby, where a generator "
        'powered a handful of fans. "At my age, heat like this can kill you. They should have '
        'been ready," said one resident, an 87-year-old former schoolteacher.',
        [
            (
                I,
                [
                    "a transformer fire at its Redmond Creek substation had triggered a cascade "
                    "of failures across the network"
                ],
                "Tri-County Electric",
            ),
            (
                D,
                ["We failed the people who depend on us, and I take full responsibility for that"],
                "Raymond Okafor",
            ),
            (
                D,
                ["At my age, heat like this can kill you. They should have been ready"],
                "resident",
            ),
        ],
    ),
    (  # 4 road blockade: "Police said" (unnamed), a quote continued over two paragraphs (one span
        # each) with "said Name, a spokeswoman for the group X, who …" after the second, minister
        # partial "described the protest as "…"", "demanded tougher sentences" (noun object) not
        # annotated
        "Twenty-three people were arrested on Saturday after climate activists sat down across "
        "the Kingsbridge ring road during the morning rush hour, bringing traffic to a "
        "standstill for almost three hours. Police said most of those arrested had glued their "
        "hands to the tarmac.\n\n"
        '"We are not doing this because we enjoy it. Nobody wants to spend their Saturday in a '
        "police cell.\n\n"
        '"But the government is still licensing new oil fields, and polite letters have not '
        'stopped it," said Hannah Ferris, a spokeswoman for the group Last Harvest, who was '
        "among those detained.\n\n"
        'The transport secretary, Philip Harcastle, described the protest as "selfish and '
        'dangerous" and demanded tougher sentences for road blockers.',
        [
            (I, ["most of those arrested had glued their hands to the tarmac"], "police"),
            (
                D,
                [
                    "We are not doing this because we enjoy it. Nobody wants to spend their "
                    "Saturday in a police cell.",
                    "But the government is still licensing new oil fields, and polite letters "
                    "have not stopped it",
                ],
                "Hannah Ferris",
            ),
            (P, ["selfish and dangerous"], "Philip Harcastle"),
        ],
    ),
    (  # 5 solar farm approved, curly quotes: "were approved by" and "expects the panels to power"
        # not speech, direct + "said Name, who chairs …", "Dr Name, an ecologist at …, said"
        # (indirect) then "she said" after her two-sentence quote
        "Plans for one of England’s largest solar farms, covering 1,200 acres of farmland near "
        "the village of Upper Wexcombe, were approved by the planning inspectorate on Friday. "
        "The developer, Helios Fields, expects the panels to power around 115,000 homes.\n\n"
        "“It’s a field of glass where there used to be barley. Nobody asked us,” said Julia "
        "Brennan, who chairs the Wexcombe Vale Action Group.\n\n"
        "Dr Amelia Quist, an ecologist at the University of Harrowgate, said well-managed solar "
        "farms could in fact increase biodiversity. “Arable land is often a desert for insects. "
        "Put wildflowers under the panels and you get more bees, not fewer,” she said.",
        [
            (
                D,
                ["It’s a field of glass where there used to be barley. Nobody asked us"],
                "Julia Brennan",
            ),
            (I, ["well-managed solar farms could in fact increase biodiversity"], "Amelia Quist"),
            (
                D,
                [
                    "Arable land is often a desert for insects. Put wildflowers under the panels "
                    "and you get more bees, not fewer"
                ],
                "Amelia Quist",
            ),
        ],
    ),
    (  # 6 nuclear life extension: one quote split by "the energy minister, Name, told MPs," (final
        # period kept), campaign partial "called the decision "…"" (generic "The campaign group"
        # dropped), operator in an apposition "said it would"
        "The Ravensholm nuclear power station will keep running until 2037, ten years beyond its "
        "planned closure date, after the government approved a life extension on Wednesday.\n\n"
        '"Ravensholm has been inspected more thoroughly than any building in this country," the '
        'energy minister, Gareth Lloyd-Pryce, told MPs, "and it will keep the lights on for two '
        'million homes."\n\n'
        'The campaign group Stop Ravensholm called the decision "a gamble with ageing concrete". '
        "The plant's operator, Albion Nuclear, said it would invest £800 million in new steam "
        "generators and safety systems before 2030.",
        [
            (
                D,
                [
                    "Ravensholm has been inspected more thoroughly than any building in this "
                    "country",
                    "and it will keep the lights on for two million homes.",
                ],
                "Gareth Lloyd-Pryce",
            ),
            (P, ["a gamble with ageing concrete"], "Stop Ravensholm"),
            (
                I,
                [
                    "it would invest £800 million in new steam generators and safety systems "
                    "before 2030"
                ],
                "Albion Nuclear",
            ),
        ],
    ),
    (  # 7 price cap rise: "The regulator said" (role back-reference to the authority), pensioner's
        # direct + "said Name, a 79-year-old widow from …", chief executive partial after "urged
        # customers … to contact their supplier"
        "Household energy bills will rise by an average of £142 a year from January, after the "
        "Energy Markets Authority raised its price cap by 9%. The regulator said the increase "
        "reflected higher wholesale gas prices and the cost of upgrading the grid.\n\n"
        "\"I already sit in my coat in the evenings. I don't know what else I'm supposed to "
        'cut," said Maureen Tilley, a 79-year-old widow from Amblethorpe.\n\n'
        "Brightway Energy's chief executive, Susan Marchbank, urged customers who are struggling "
        'to pay to contact their supplier "sooner rather than later".',
        [
            (
                I,
                [
                    "the increase reflected higher wholesale gas prices and the cost of upgrading "
                    "the grid"
                ],
                "Energy Markets Authority",
            ),
            (
                D,
                [
                    "I already sit in my coat in the evenings. I don't know what else I'm "
                    "supposed to cut"
                ],
                "Maureen Tilley",
            ),
            (P, ["sooner rather than later"], "Susan Marchbank"),
        ],
    ),
    (  # 8 heatwave attribution, curly quotes: partial inside "according to an analysis … by the X"
        # (only the partial), "The group said" (indirect, no "that"), "Dr Name, who led …, was
        # blunt: "…"" (colon, final period kept)
        "Last month’s heatwave across southern Europe would have been “virtually impossible” "
        "without human-caused climate change, according to an analysis published on Thursday by "
        "the Climate Attribution Network.\n\n"
        "The group said temperatures recorded in several cities, including a peak of 46C in "
        "Valdoria, were about 2.5C higher than they would have been before industrialisation.\n\n"
        "Dr Lena Vossberg, who led the analysis, was blunt: “Every fraction of a degree matters. "
        "We are seeing heat that the human body simply was not built for.”",
        [
            (P, ["virtually impossible"], "Climate Attribution Network"),
            (
                I,
                [
                    "temperatures recorded in several cities, including a peak of 46C in "
                    "Valdoria, were about 2.5C higher than they would have been before "
                    "industrialisation"
                ],
                "Climate Attribution Network",
            ),
            (
                D,
                [
                    "Every fraction of a degree matters. We are seeing heat that the human body "
                    "simply was not built for."
                ],
                "Lena Vossberg",
            ),
        ],
    ),
    (  # 9 colliery closing: company "said on Tuesday that", partial inside "Union leader Name told
        # reporters that …" (only the partial), unnamed "one miner, who asked not to be named"
        "Caradoc Mining said on Tuesday that it would close the Glenbarrow colliery, the last "
        "deep coal mine in the valley, in March, with the loss of 340 jobs.\n\n"
        'Union leader Owen Prothero told reporters that the workers had been "treated like spare '
        'parts" and that nobody from the company had come to explain the decision in person.\n\n'
        "\"My grandfather went down that pit, and my father. I thought I'd finish it on my own "
        'terms, not read about it in a letter," said one miner, who asked not to be named.',
        [
            (
                I,
                [
                    "it would close the Glenbarrow colliery, the last deep coal mine in the "
                    "valley, in March, with the loss of 340 jobs"
                ],
                "Caradoc Mining",
            ),
            (P, ["treated like spare parts"], "Owen Prothero"),
            (
                D,
                [
                    "My grandfather went down that pit, and my father. I thought I'd finish it on "
                    "my own terms, not read about it in a letter"
                ],
                "miner",
            ),
        ],
    ),
    (  # 10 pipeline halted: "landowners sued over" not speech, farmer's direct + "said Name, whose
        # family …", company partial inside "said in a statement it was "…" … and would appeal"
        # (only the partial)
        "A judge in Marlow County has halted construction of the Prairie Link gas pipeline for "
        "60 days, after a group of landowners sued over the risk to groundwater.\n\n"
        "\"We're not against energy. We're against a 36-inch pipe under the well my kids drink "
        'from," said Carla Mendes, whose family farms 600 acres along the proposed route.\n\n'
        'Prairie Link Partners said in a statement it was "disappointed" by the ruling and would '
        "appeal. Construction crews had already cleared 40 miles of the route.",
        [
            (
                D,
                [
                    "We're not against energy. We're against a 36-inch pipe under the well my "
                    "kids drink from"
                ],
                "Carla Mendes",
            ),
            (P, ["disappointed"], "Prairie Link Partners"),
        ],
    ),
    (  # 11 battery site fire: "…, fire officials said." (the part before, unnamed), direct + "said
        # Name, the county's fire chief." then an unattributed quote after the full stop (second
        # direct, same speaker), "has not said what caused" not annotated
        "A fire at a grid battery storage site outside Pellham burned for 19 hours before it was "
        "brought under control on Sunday, fire officials said.\n\n"
        "\"Lithium battery fires don't behave like anything else. You can't just put water on "
        'them and walk away," said Darren Whitlow, the county\'s fire chief. "We had to let '
        'some of the modules burn themselves out."\n\n'
        "The site's owner, GridStore Energy, has not said what caused the blaze.",
        [
            (
                I,
                [
                    "A fire at a grid battery storage site outside Pellham burned for 19 hours "
                    "before it was brought under control on Sunday"
                ],
                "fire officials",
            ),
            (
                D,
                [
                    "Lithium battery fires don't behave like anything else. You can't just put "
                    "water on them and walk away"
                ],
                "Darren Whitlow",
            ),
            (D, ["We had to let some of the modules burn themselves out."], "Darren Whitlow"),
        ],
    ),
    (  # 12 community turbine dividend, curly quotes: direct + present-tense "says Name, who chairs
        # the X, which …", "Ms Surname said" (title + surname, indirect without "that")
        "The community-owned wind turbine on the island of Skerra has paid out its first "
        "dividend: £310 to each of the island’s 212 households.\n\n"
        "“People used to laugh when we said we’d build our own turbine. Now they come over from "
        "the mainland to ask how we did it,” says Morven MacAskill, who chairs the Skerra "
        "Development Trust, which owns the machine.\n\n"
        "Ms MacAskill said the rest of last year’s £480,000 profit would go towards insulating "
        "older homes and a new waiting room at the ferry pier.",
        [
            (
                D,
                [
                    "People used to laugh when we said we’d build our own turbine. Now they come "
                    "over from the mainland to ask how we did it"
                ],
                "Morven MacAskill",
            ),
            (
                I,
                [
                    "the rest of last year’s £480,000 profit would go towards insulating older "
                    "homes and a new waiting room at the ferry pier"
                ],
                "Morven MacAskill",
            ),
        ],
    ),
    (  # 13 oil company AGM, curly quotes: one quote split by "the company’s chair, Name, told
        # shareholders once …," (final period kept), "A resolution calling on" not speech, "One of
        # the protesters, Name, 26, said" (indirect)
        "Climate protesters interrupted the annual meeting of oil producer Meridian Petroleum in "
        "Calder on Thursday, chanting and unfurling banners before security staff escorted them "
        "out.\n\n"
        "“We hear your concerns,” the company’s chair, Rosalind Achterberg, told shareholders "
        "once the room had quietened, “but walking away from oil and gas tomorrow would leave "
        "this country colder and poorer.”\n\n"
        "A resolution calling on Meridian to stop exploring for new fields won 21% of the vote. "
        "One of the protesters, Tom Okonjo, 26, said he had bought a single share so that he "
        "could get into the meeting.",
        [
            (
                D,
                [
                    "We hear your concerns",
                    "but walking away from oil and gas tomorrow would leave this country colder "
                    "and poorer.",
                ],
                "Rosalind Achterberg",
            ),
            (
                I,
                ["he had bought a single share so that he could get into the meeting"],
                "Tom Okonjo",
            ),
        ],
    ),
    (  # 14 hurricane outages: inverted indirect "…, Gulf Shore Power warned." (the part before),
        # lineman's direct + "said Name, a lineman from …", mayor partial "called the recovery
        # effort "…"" with "urged patience" (noun object) not annotated
        "Crews from 14 states are working to restore power to around 410,000 customers in "
        "coastal Delmont after Hurricane Teodora tore down transmission lines on Monday. Some "
        "rural areas could be without electricity for two weeks, Gulf Shore Power warned.\n\n"
        "\"I've done this job for 22 years and I've never seen poles snapped like matchsticks "
        'over this many miles," said Luis Ortega, a lineman from Carver City who arrived with a '
        "convoy of 60 bucket trucks.\n\n"
        'Mayor Denise Pruitt called the recovery effort "heroic" and urged patience.',
        [
            (
                I,
                ["Some rural areas could be without electricity for two weeks"],
                "Gulf Shore Power",
            ),
            (
                D,
                [
                    "I've done this job for 22 years and I've never seen poles snapped like "
                    "matchsticks over this many miles"
                ],
                "Luis Ortega",
            ),
            (P, ["heroic"], "Denise Pruitt"),
        ],
    ),
    (  # 15 tidal turbine milestone, curly quotes: direct + "said the project’s lead engineer,
        # Name.", "Surname said" (surname alone, indirect), "According to Dr Name, a marine
        # biologist who …," (rest of the sentence), "hopes to install" not speech
        "A prototype tidal turbine anchored in the Sound of Carrick has produced electricity for "
        "a full year without a breakdown, a first for the technology in these waters.\n\n"
        "“The sea is the harshest workplace there is. Getting through a winter of storms with no "
        "major repairs is the milestone we needed,” said the project’s lead engineer, Fiona "
        "Drummond. Drummond said the next step was to halve the cost of each machine.\n\n"
        "According to Dr Rhys Penberthy, a marine biologist who has monitored the site since "
        "2024, seals and porpoises have learned to steer clear of the turbine’s blades. The "
        "developer, TideForge, hopes to install 30 more turbines by 2030.",
        [
            (
                D,
                [
                    "The sea is the harshest workplace there is. Getting through a winter of "
                    "storms with no major repairs is the milestone we needed"
                ],
                "Fiona Drummond",
            ),
            (I, ["the next step was to halve the cost of each machine"], "Fiona Drummond"),
            (
                I,
                ["seals and porpoises have learned to steer clear of the turbine’s blades"],
                "Rhys Penberthy",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout105.jsonl"),
        "heldout105",
        "h105",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
