"""Source of the seventy-second held-out set: writes heldout72.jsonl (split "heldout72").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
environment and weather news: storms, floods, wildfires, heatwaves, pollution and the energy
transition, with prefects, civil protection, climate scientists, NGOs, companies and local
residents' testimonies.
Measured once with 0.3.0, 0.24.0 and 0.25.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout72.py
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
    (  # 1 storm: storm name in « » not speech, two-sentence quote with cue after and "la
        # préfète X" (role dropped), "La préfète a indiqué que A et que B" (one indirect), unnamed
        # "un ostréiculteur" with "soufflait" after
        "La tempête « Ombeline » a balayé dans la nuit de jeudi à vendredi le littoral charentais, "
        "avec des rafales mesurées à 148 km/h à la pointe de Serlac. Vendredi midi, plus de 62 000 "
        "foyers étaient toujours privés d'électricité et de nombreuses routes restaient coupées par "
        "des arbres tombés.\n\n"
        "« Nous avons frôlé le pire. Sans l'évacuation des campings de la côte, nous aurions sans "
        "doute des victimes à déplorer », a déclaré la préfète Sandrine Lacombe-Héraud lors d'un "
        "point presse à Rochemer.\n\n"
        "La préfète a indiqué que 340 sapeurs-pompiers restaient mobilisés et que les écoles de "
        "l'île de Brénac resteraient fermées lundi. Les services de l'État recensaient en fin de "
        "matinée une quarantaine de toitures arrachées et deux blessés légers, dont un automobiliste "
        "heurté par une branche.\n\n"
        "À Saint-Trojan-la-Mer, les parcs à huîtres ont été retournés par la houle, et des tables "
        "entières gisaient sur le sable à marée basse. « Trente ans de métier et je n'ai jamais vu "
        "ça », soufflait un ostréiculteur, bottes aux pieds, devant ses poches d'huîtres éventrées.",
        [
            (
                D,
                [
                    "Nous avons frôlé le pire. Sans l'évacuation des campings de la côte, nous "
                    "aurions sans doute des victimes à déplorer"
                ],
                "Sandrine Lacombe-Héraud",
            ),
            (
                I,
                [
                    "340 sapeurs-pompiers restaient mobilisés et que les écoles de l'île de Brénac "
                    "resteraient fermées lundi"
                ],
                "Sandrine Lacombe-Héraud",
            ),
            (D, ["Trente ans de métier et je n'ai jamais vu ça"], "ostréiculteur"),
        ],
    ),
    (  # 2 flash flood: quote split by an incise naming the mayor in apposition ("explique le
        # maire de X, Gérard Dufresne, et ..."), "M. Dufresne a qualifié ... de « ... »" partial,
        # "Pour l'hydrologue X, « ... »" direct; "réclame une commission d'enquête" not annotated
        "Pont-sur-Aulne panse ses plaies. Mardi soir, après des pluies diluviennes tombées sur les "
        "contreforts du massif, l'Aulne est sortie de son lit en quelques heures, inondant le centre "
        "de cette commune ardéchoise de 3 200 habitants. Mercredi matin, une couche de boue de "
        "plusieurs centimètres recouvrait encore les rues commerçantes.\n\n"
        "« L'eau est montée de 1,80 mètre en moins de trois heures, explique le maire de "
        "Pont-sur-Aulne, Gérard Dufresne, et les gens n'ont eu le temps de rien sauver. » Une "
        "soixantaine de personnes ont passé la nuit au gymnase municipal.\n\n"
        "M. Dufresne a qualifié la réponse de l'État de « lente et désordonnée ». Les premiers "
        "renforts ne sont arrivés qu'à l'aube, faute de routes praticables.\n\n"
        "Pour l'hydrologue Margaux Téllez-Arnaud, du laboratoire Eau et Territoires de l'université "
        "de Valcourt, « ces crues éclair vont se multiplier sur des bassins où les sols, "
        "artificialisés ou desséchés, n'absorbent plus rien ».\n\n"
        "L'association des sinistrés de l'Aulne, créée après les inondations de 2019, réclame de son "
        "côté une commission d'enquête indépendante sur l'entretien des digues.",
        [
            (
                D,
                [
                    "L'eau est montée de 1,80 mètre en moins de trois heures",
                    "et les gens n'ont eu le temps de rien sauver.",
                ],
                "Gérard Dufresne",
            ),
            (P, ["lente et désordonnée"], "Gérard Dufresne"),
            (
                D,
                [
                    "ces crues éclair vont se multiplier sur des bassins où les sols, "
                    "artificialisés ou desséchés, n'absorbent plus rien"
                ],
                "Margaux Téllez-Arnaud",
            ),
        ],
    ),
    (  # 3 wildfire: "Selon les pompiers, ..." (rest of the sentence, unnamed plural), cue before
        # with a colon and a two-sentence quote keeping its final period, partial inside
        # "raconte avoir vu « ... »" by an unnamed "habitante"
        "Le feu qui ravage depuis dimanche la forêt de pins des Landes-de-Vergne n'était toujours "
        "pas maîtrisé lundi soir. Selon les pompiers, 2 300 hectares ont déjà brûlé et plus de 4 000 "
        "personnes ont été évacuées de trois communes, dont la station balnéaire de "
        "Sablons-Océan.\n\n"
        "Le colonel Hervé Santoni, qui dirige les opérations, a résumé la situation en fin "
        "d'après-midi : « Le feu n'est pas fixé. Le vent doit tourner cette nuit et nous redoutons "
        "une reprise vers les lotissements. » Plus de 900 sapeurs-pompiers, appuyés par six "
        "bombardiers d'eau, sont engagés sur le terrain.\n\n"
        "Évacuée avec ses deux enfants, une habitante de Sablons-Océan raconte avoir vu « des "
        "flammes hautes comme des immeubles » au bout de sa rue avant de prendre la route. Elle a "
        "passé la nuit dans un gymnase de la ville voisine, avec quelques affaires jetées à la hâte "
        "dans le coffre.\n\n"
        "Une enquête a été ouverte par le parquet pour déterminer l'origine de l'incendie, qui "
        "pourrait être accidentelle.",
        [
            (
                I,
                [
                    "2 300 hectares ont déjà brûlé et plus de 4 000 personnes ont été évacuées de "
                    "trois communes, dont la station balnéaire de Sablons-Océan"
                ],
                "pompiers",
            ),
            (
                D,
                [
                    "Le feu n'est pas fixé. Le vent doit tourner cette nuit et nous redoutons une "
                    "reprise vers les lotissements."
                ],
                "Hervé Santoni",
            ),
            (P, ["des flammes hautes comme des immeubles"], "habitante"),
        ],
    ),
    (  # 4 ozone pollution: no-break spaces, organisation speaker named after the quote with an
        # apposition ("a précisé mardi AirVallée, l'association ..."), plan name in « » not speech,
        # "observe-t-il" for "le docteur X" (title dropped)
        "L'épisode de pollution à l'ozone qui touche l'agglomération de Valmière depuis samedi "
        "devrait se prolonger jusqu'à jeudi. «\u00a0Les concentrations dépassent 240 microgrammes "
        "par mètre cube sur la majeure partie de la cuvette, et la chaleur attendue ne permettra pas "
        "d'amélioration rapide\u00a0», a précisé mardi AirVallée, l'association agréée de "
        "surveillance de la qualité de l'air, dans un communiqué.\n\n"
        "Le préfet a abaissé de 20 km/h les vitesses maximales autorisées sur les autoroutes et les "
        "voies rapides, et interdit la circulation des véhicules les plus polluants. Les bus et les "
        "tramways sont gratuits jusqu'à la fin de l'épisode, dans le cadre du plan «\u00a0Respirer "
        "mieux\u00a0».\n\n"
        "Au CHU de Valmière, le docteur Karim Benslimane, pneumologue, voit les effets de ces pics "
        "se répéter chaque été. Les passages aux urgences pour des crises d'asthme ont doublé depuis "
        "samedi chez les moins de quinze ans. «\u00a0Ce n'est plus un phénomène exceptionnel. Nous "
        "devrions traiter l'ozone comme un problème de santé publique permanent\u00a0», "
        "observe-t-il.",
        [
            (
                D,
                [
                    "Les concentrations dépassent 240 microgrammes par mètre cube sur la majeure "
                    "partie de la cuvette, et la chaleur attendue ne permettra pas d'amélioration "
                    "rapide"
                ],
                "AirVallée",
            ),
            (
                D,
                [
                    "Ce n'est plus un phénomène exceptionnel. Nous devrions traiter l'ozone comme un "
                    "problème de santé publique permanent"
                ],
                "Karim Benslimane",
            ),
        ],
    ),
    (  # 5 offshore wind: minister in apposition with a particle name ("Claire de
        # Montalembert-Vidal"), "a annoncé que", then "a-t-elle ajouté" after a quote; "Son
        # président, X, dénonce un « ... »" partial
        "La ministre de la Transition énergétique, Claire de Montalembert-Vidal, a annoncé mercredi "
        "que le parc éolien en mer du banc de Gravelle serait étendu de 40 turbines supplémentaires "
        "d'ici 2031, portant sa puissance à 1,5 gigawatt. L'annonce a été faite à "
        "Saint-Gildas-sur-Mer, où doit être construite la future base de maintenance.\n\n"
        "« C'est la plus grosse décision d'investissement dans les énergies marines depuis dix ans, "
        "et elle créera plusieurs centaines d'emplois sur la côte », a-t-elle ajouté devant les élus "
        "locaux.\n\n"
        "Le projet est loin de faire l'unanimité parmi les pêcheurs. Le comité régional des pêches, "
        "qui représente quelque 600 navires, a voté la semaine dernière une motion contre "
        "l'extension. Son président, Yannick Le Goff, dénonce un « passage en force ». Lors de la "
        "construction du premier parc, les chalutiers avaient déjà dû renoncer à une partie de leurs "
        "zones de pêche.\n\n"
        "Une concertation doit s'ouvrir en janvier, sous l'égide de la Commission nationale du débat "
        "public.",
        [
            (
                I,
                [
                    "le parc éolien en mer du banc de Gravelle serait étendu de 40 turbines "
                    "supplémentaires d'ici 2031, portant sa puissance à 1,5 gigawatt"
                ],
                "Claire de Montalembert-Vidal",
            ),
            (
                D,
                [
                    "C'est la plus grosse décision d'investissement dans les énergies marines depuis "
                    "dix ans, et elle créera plusieurs centaines d'emplois sur la côte"
                ],
                "Claire de Montalembert-Vidal",
            ),
            (P, ["passage en force"], "Yannick Le Goff"),
        ],
    ),
    (  # 6 drought: "D'après la chambre d'agriculture du Gers, ..." (rest of the sentence),
        # no-break spaces, two-sentence quote with "prévient X, céréalier à ..." after
        "Dans le Gers, les orages tant attendus n'ont pas eu lieu. D'après la chambre d'agriculture "
        "du Gers, 40 % des surfaces de maïs non irriguées sont d'ores et déjà perdues, après deux "
        "mois sans pluie significative.\n\n"
        "«\u00a0On a perdu presque la moitié de la récolte. Si les restrictions durent encore un "
        "mois, certaines exploitations ne passeront pas l'hiver\u00a0», prévient Joël Marchand, "
        "céréalier à Lectourne, en arpentant une parcelle aux épis rabougris.\n\n"
        "Le préfet a placé mardi 180 communes en situation de crise. L'arrosage des jardins, le "
        "lavage des voitures et le remplissage des piscines y sont interdits jusqu'au 30 septembre, "
        "et les prélèvements agricoles sont réduits de moitié. Des contrôles seront menés par les "
        "agents de l'Office de l'eau et de la biodiversité.\n\n"
        "Dans les villages, les maires s'inquiètent désormais pour l'eau potable : à Castéra-Bas, la "
        "commune est ravitaillée par camion-citerne depuis le 12 août, une première depuis la "
        "sécheresse de 1976.",
        [
            (
                I,
                [
                    "40 % des surfaces de maïs non irriguées sont d'ores et déjà perdues, après deux "
                    "mois sans pluie significative"
                ],
                "chambre d'agriculture du Gers",
            ),
            (
                D,
                [
                    "On a perdu presque la moitié de la récolte. Si les restrictions durent encore "
                    "un mois, certaines exploitations ne passeront pas l'hiver"
                ],
                "Joël Marchand",
            ),
        ],
    ),
    (  # 7 PFAS: « » without inner spaces; nickname « polluants éternels » not speech; NGO partial
        # ("L'ONG X ... évoque une contamination «...»"); unnamed spokesperson -> company; partial
        # inside "Selon la toxicologue X, ..." (only the partial), name with "Ben"
        "Des prélèvements réalisés en aval de la plateforme chimique de Saint-Ambroix-sur-Veyle "
        "révèlent des concentrations élevées de PFAS, ces «polluants éternels» utilisés dans de "
        "nombreux procédés industriels.\n\n"
        "L'ONG Rivières vivantes, qui a fait analyser l'eau et les sédiments de la Veyle sur douze "
        "kilomètres, évoque une contamination «cinquante fois supérieure» aux valeurs de référence "
        "européennes. Elle a déposé plainte contre X mardi.\n\n"
        "«Nous respectons strictement les seuils de rejet fixés par l'arrêté préfectoral et nos "
        "installations sont contrôlées chaque trimestre», a assuré un porte-parole du groupe "
        "Chimalp, qui exploite le site depuis 1987.\n\n"
        "Selon la toxicologue Aïcha Ben Amor, de l'université de Nancéa, ces composés «ne se "
        "dégradent pratiquement pas dans l'environnement» et s'accumulent dans les organismes "
        "vivants.\n\n"
        "Les riverains, eux, attendent des réponses depuis des mois. Beaucoup cultivent un potager ou élèvent des "
        "poules à quelques centaines de mètres de la rivière. Une réunion publique est prévue jeudi "
        "à la salle des fêtes.",
        [
            (P, ["cinquante fois supérieure"], "Rivières vivantes"),
            (
                D,
                [
                    "Nous respectons strictement les seuils de rejet fixés par l'arrêté préfectoral "
                    "et nos installations sont contrôlées chaque trimestre"
                ],
                "Chimalp",
            ),
            (P, ["ne se dégradent pratiquement pas dans l'environnement"], "Aïcha Ben Amor"),
        ],
    ),
    (  # 8 heatwave: French text with “ ” marks; "la directrice, X," then "explique-t-elle";
        # unnamed "Un résident de 88 ans" with the cue before a colon (final period kept);
        # "a annoncé le passage en vigilance rouge" not annotated; "Pour la climatologue X, “...”"
        "Le thermomètre a atteint 41,2 °C mardi après-midi à la station de Bron-les-Ifs, un record "
        "absolu depuis son ouverture en 1921. Dans toute l'agglomération de Lyrac, les services "
        "d'urgence ont multiplié les interventions pour des malaises liés à la chaleur.\n\n"
        "Dans l'Ehpad Les Tilleuls, la directrice, Fatoumata Diallo, a fait installer des "
        "brumisateurs dans tous les couloirs et ouvert une salle climatisée jour et nuit. “On "
        "hydrate les résidents toutes les heures, y compris la nuit, et on surveille leur "
        "température deux fois par jour”, explique-t-elle.\n\n"
        "Un résident de 88 ans, assis près d'un ventilateur, hausse les épaules : “J'ai connu 2003. "
        "Là, c'est pire.”\n\n"
        "Le ministre de la Santé a annoncé mardi soir le passage en vigilance rouge canicule de seize "
        "départements.\n\n"
        "Pour la climatologue Inès Rouvière, du Centre de recherche sur l'atmosphère de Lyrac, “ce "
        "type d'épisode, exceptionnel il y a trente ans, sera banal d'ici 2050 si les émissions ne "
        "baissent pas”.",
        [
            (
                D,
                [
                    "On hydrate les résidents toutes les heures, y compris la nuit, et on surveille "
                    "leur température deux fois par jour"
                ],
                "Fatoumata Diallo",
            ),
            (D, ["J'ai connu 2003. Là, c'est pire."], "résident"),
            (
                D,
                [
                    "ce type d'épisode, exceptionnel il y a trente ans, sera banal d'ici 2050 si les "
                    "émissions ne baissent pas"
                ],
                "Inès Rouvière",
            ),
        ],
    ),
    (  # 9 glacier: two-sentence quote with "justifie-t-il" after; quote split by the incise
        # "dit-il" (one quote, two pieces) for a name with "van der"; "a relevé une perte" and
        # "a interdit l'accès" not annotated
        "Sur le glacier de la Sérenne, dans le massif des Aiguilles-Blanches, la saison d'alpinisme "
        "s'est arrêtée net fin juillet. Des chutes de pierres quasi continues balaient désormais le "
        "couloir qui mène au refuge du Col-Noir, et la mairie de Val-Séranne a interdit l'accès à "
        "l'itinéraire jusqu'à nouvel ordre.\n\n"
        "Le guide Bastien Reynaud a décidé de ne plus emmener de clients sur cette voie en été. "
        "« C'est devenu une loterie. On entend les blocs partir toute la journée », justifie-t-il.\n\n"
        "Le glaciologue néerlandais Pieter van der Meulen, qui mesure le glacier depuis 2009 pour "
        "l'Institut des géosciences alpines, a relevé une perte d'épaisseur de 12 mètres en deux "
        "étés. « Ce que nous observons cette année, dit-il, dépasse nos scénarios les plus "
        "pessimistes. »\n\n"
        "Le permafrost qui cimente les parois fond lui aussi, ce qui explique la multiplication des "
        "éboulements. Le refuge, qui accueillait 4 000 nuitées par an, a fermé ses portes.",
        [
            (
                D,
                ["C'est devenu une loterie. On entend les blocs partir toute la journée"],
                "Bastien Reynaud",
            ),
            (
                D,
                [
                    "Ce que nous observons cette année",
                    "dépasse nos scénarios les plus pessimistes.",
                ],
                "Pieter van der Meulen",
            ),
        ],
    ),
    (  # 10 plastic pellets: partial inside "a indiqué que ... « ... »" by an authority; unclosed
        # quotation mark ended by "a lancé une bénévole"; partial inside "a réclamé que" for "Le
        # maire de X, Loïc Kerbrat,"
        "Des millions de granulés de plastique se sont échoués depuis dimanche sur les plages de la "
        "baie de Kervaliou, dans le Finistère. La préfecture maritime de l'Atlantique a indiqué "
        "mardi qu'un conteneur tombé d'un navire au large de l'île de Kéméner lors de la tempête "
        "était « très probablement » à l'origine de cette pollution.\n\n"
        "Sur la plage de Porz-Meur, une cinquantaine de bénévoles de l'association Océan propre "
        "ramassaient les billes à l'aide de tamis et de passoires. « On en retire des seaux entiers, "
        "et la marée suivante en ramène autant, a lancé une bénévole, les mains rougies par le "
        "froid.\n\n"
        "Ces granulés, qui servent de matière première à l'industrie plastique, sont souvent ingérés "
        "par les oiseaux marins et les poissons, qui les confondent avec des œufs.\n\n"
        "Le maire de Plouzennec, Loïc Kerbrat, a réclamé que l'armateur soit « mis face à ses "
        "responsabilités » et prenne en charge le coût du nettoyage. Une cellule de crise a été "
        "installée en mairie.",
        [
            (P, ["très probablement"], "préfecture maritime de l'Atlantique"),
            (
                D,
                ["On en retire des seaux entiers, et la marée suivante en ramène autant"],
                "bénévole",
            ),
            (P, ["mis face à ses responsabilités"], "Loïc Kerbrat"),
        ],
    ),
    (  # 11 climate report: report title in « » not speech; "Son président, le climatologue X,"
        # with the cue before a colon and a two-sentence quote (no-break spaces, final period
        # kept); "M. N'Diaye a estimé que ... « ... »" (only the partial)
        "Le rapport «\u00a0Trajectoires 2050\u00a0», publié lundi par le Haut Conseil pour "
        "l'adaptation climatique (HCAC), dresse un tableau sombre de la préparation du pays à un "
        "réchauffement de 4 °C d'ici la fin du siècle. Canicules plus longues, sécheresses à "
        "répétition, recul du trait de côte : aucun secteur n'est épargné.\n\n"
        "Son président, le climatologue Jean-Baptiste N'Diaye, n'a pas mâché ses mots lors de la "
        "présentation du document : «\u00a0Nous ne sommes pas prêts. Ni nos routes, ni nos "
        "hôpitaux, ni nos logements ne sont conçus pour le climat qui vient.\u00a0»\n\n"
        "Interrogé mardi sur Radio Cité, M. N'Diaye a estimé que l'État devrait consacrer "
        "«\u00a0au moins 2,5 milliards d'euros par an\u00a0» à l'adaptation, soit près du double "
        "des montants actuels. Le document pointe notamment le retard pris dans la rénovation des "
        "écoles, dont un tiers connaissent des températures supérieures à 35 °C en juin.\n\n"
        "Le gouvernement doit présenter au printemps une version révisée du plan national "
        "d'adaptation.",
        [
            (
                D,
                [
                    "Nous ne sommes pas prêts. Ni nos routes, ni nos hôpitaux, ni nos logements ne "
                    "sont conçus pour le climat qui vient."
                ],
                "Jean-Baptiste N'Diaye",
            ),
            (P, ["au moins 2,5 milliards d'euros par an"], "Jean-Baptiste N'Diaye"),
        ],
    ),
    (  # 12 coastal submersion: narrow no-break spaces; Vietnamese name order with "confie-t-elle";
        # partial inside "a estimé que" for "le colonel X" (role dropped); "selon laquelle" not a
        # source; "a déploré sa présidente, X" (association president)
        "Dans le quartier des Salines, à Port-Lanvic, l'eau de mer a envahi une centaine de maisons "
        "lors de la grande marée de samedi soir, poussée par de forts vents de sud-ouest. Dimanche, "
        "les habitants sortaient sur les trottoirs meubles, matelas et appareils électroménagers "
        "hors d'usage.\n\n"
        "Nguyen Thi Lan, qui tient une épicerie sur le front de mer depuis vingt ans, a passé la "
        "nuit à écoper. «\u202fLe magasin est fichu. Je ne sais même pas si l'assurance "
        "suivra\u202f», confie-t-elle.\n\n"
        "Le directeur départemental de la sécurité civile, le colonel Philippe Aubertin, a estimé "
        "que le dispositif d'alerte avait «\u202fparfaitement fonctionné\u202f». Une affirmation "
        "contestée par l'association Littoral en danger, qui s'appuie sur une enquête de voisinage "
        "selon laquelle près d'un tiers des habitants n'auraient reçu aucun SMS d'alerte.\n\n"
        "«\u202fOn nous parle de résilience à longueur de réunions, mais personne n'est venu "
        "frapper aux portes\u202f», a déploré sa présidente, Odile Marchetti-Bras.",
        [
            (
                D,
                ["Le magasin est fichu. Je ne sais même pas si l'assurance suivra"],
                "Nguyen Thi Lan",
            ),
            (P, ["parfaitement fonctionné"], "Philippe Aubertin"),
            (
                D,
                [
                    "On nous parle de résilience à longueur de réunions, mais personne n'est venu "
                    "frapper aux portes"
                ],
                "Odile Marchetti-Bras",
            ),
        ],
    ),
    (  # 13 biogas plant: banner slogan in « » not speech; « » without inner spaces, "s'inquiète
        # Mme Ferrand" (title dropped); company partial inside "affirme que"; "D'après son
        # directeur du développement, X, ..." (rest of the sentence); "n'a pas souhaité
        # s'exprimer" not annotated
        "Le projet de méthaniseur porté par la société Agrigaz à Bréville-les-Monts divise ce village "
        "de 900 habitants de l'Eure. Une banderole barrée du slogan «Pas d'usine à gaz dans nos "
        "champs» a été accrochée aux grilles de la mairie.\n\n"
        "Monique Ferrand, 71 ans, habite à 400 mètres du terrain retenu, au bout d'un chemin "
        "communal. «Ça va sentir tous les jours, et nos petites routes vont voir passer trente "
        "camions de plus par semaine», s'inquiète Mme Ferrand, qui a rejoint le collectif "
        "d'opposants.\n\n"
        "La société Agrigaz affirme que les odeurs seront «confinées» grâce à un bâtiment de "
        "réception entièrement fermé. D'après son directeur du développement, Samuel Osei, "
        "l'installation produira l'équivalent de la consommation de gaz de 4 000 foyers à partir "
        "des effluents de douze exploitations voisines.\n\n"
        "L'enquête publique s'ouvre le 3 février et durera un mois. Le dossier prévoit un digesteur "
        "de 5 000 mètres cubes et deux cuves de stockage couvertes. Le maire, Didier Lemoine, n'a pas souhaité "
        "s'exprimer avant ses conclusions.",
        [
            (
                D,
                [
                    "Ça va sentir tous les jours, et nos petites routes vont voir passer trente "
                    "camions de plus par semaine"
                ],
                "Monique Ferrand",
            ),
            (P, ["confinées"], "Agrigaz"),
            (
                I,
                [
                    "l'installation produira l'équivalent de la consommation de gaz de 4 000 foyers "
                    "à partir des effluents de douze exploitations voisines"
                ],
                "Samuel Osei",
            ),
        ],
    ),
    (  # 14 hail: "résume X, viticulteur à ..." after a quote; partial inside "Il ajoute que"
        # (pronoun); "a demandé la reconnaissance de ..." (noun object) not annotated; "Pour le
        # prévisionniste X, « ... »" with an Arabic name
        "Des grêlons de la taille d'une balle de golf se sont abattus dimanche en fin d'après-midi "
        "sur le vignoble de la côte de Méruzan, détruisant en quelques minutes jusqu'à 80 % de la "
        "récolte sur certaines parcelles, à trois semaines des vendanges.\n\n"
        "« En dix minutes, on a perdu une année de travail », résume Antoine Bélanger, viticulteur à "
        "Saint-Vérand-le-Haut, en montrant des grappes éclatées. Il ajoute que ses filets "
        "anti-grêle, installés l'an dernier pour 30 000 euros, ont été « déchirés comme du "
        "papier ».\n\n"
        "Le président de l'interprofession des vins de Méruzan, Gilles Arnaud-Perret, a demandé "
        "lundi la reconnaissance de l'état de calamité agricole pour une trentaine de communes.\n\n"
        "Pour le prévisionniste Youssef El Amrani, de la société Kéraunos Conseil, « les orages de "
        "grêle ne sont pas forcément plus fréquents qu'avant, mais ils sont nettement plus "
        "violents ». La Méditerranée, dont la surface a atteint 27 °C début septembre, fournit une "
        "énergie considérable aux cellules orageuses.",
        [
            (D, ["En dix minutes, on a perdu une année de travail"], "Antoine Bélanger"),
            (P, ["déchirés comme du papier"], "Antoine Bélanger"),
            (
                D,
                [
                    "les orages de grêle ne sont pas forcément plus fréquents qu'avant, mais ils "
                    "sont nettement plus violents"
                ],
                "Youssef El Amrani",
            ),
        ],
    ),
    (  # 15 low-emission zone: "a confirmé l'entrée en vigueur" (noun object) not annotated;
        # two-sentence quote with "a plaidé la vice-présidente chargée de X, Rachida Bouzid";
        # intention phrase "a fait part de sa volonté de" by a group ("Le groupe d'opposition X"
        # -> X); unnamed "Un artisan plombier" with the cue before a colon, quote ending in " ?"
        "La métropole de Valbrune a confirmé jeudi l'entrée en vigueur au 1er janvier de sa zone à "
        "faibles émissions (ZFE), qui interdira aux véhicules classés Crit'Air 3 et au-delà de "
        "circuler dans les douze communes du cœur de l'agglomération.\n\n"
        "« Chaque année, la pollution de l'air cause près de 400 décès prématurés sur notre "
        "territoire. Nous ne pouvons plus attendre », a plaidé la vice-présidente chargée des "
        "mobilités, Rachida Bouzid, lors du conseil métropolitain.\n\n"
        "Le groupe d'opposition Valbrune d'abord a fait part de sa volonté de saisir le tribunal "
        "administratif. Quelque 38 000 véhicules immatriculés dans la métropole sont concernés, et "
        "des aides à l'achat allant jusqu'à 6 000 euros sont prévues pour les foyers les plus "
        "modestes.\n\n"
        "Un artisan plombier rencontré place du Marché s'interroge : « Ma camionnette a douze ans et "
        "elle roule très bien. Qui va me payer la nouvelle ? »\n\n"
        "La ZFE sera d'abord contrôlée par des agents de police municipale, avant l'installation de "
        "caméras de lecture de plaques prévue pour 2028.",
        [
            (
                D,
                [
                    "Chaque année, la pollution de l'air cause près de 400 décès prématurés sur "
                    "notre territoire. Nous ne pouvons plus attendre"
                ],
                "Rachida Bouzid",
            ),
            (I, ["saisir le tribunal administratif"], "Valbrune d'abord"),
            (
                D,
                [
                    "Ma camionnette a douze ans et elle roule très bien. Qui va me payer la nouvelle ?"
                ],
                "artisan plombier",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 hurricane: "A," X said at a briefing. "B." (two direct quotes, both X) with "the
        # county's director of emergency management, X," in apposition; surname later with "said"
        # + clause; campaign name in " " not speech; "is expected to weaken" not speech
        "Hurricane Celestine made landfall near Port Ellery early Thursday as a Category 3 storm, "
        "pushing a surge of up to nine feet into low-lying neighborhoods along Marrow Bay and "
        "knocking out power to more than 200,000 customers across Tasker County.\n\n"
        '"If you are still in Zone A, this is your last chance to leave," the county\'s director of '
        'emergency management, Darnell Whitaker, said at a 6 a.m. briefing. "After noon, we cannot '
        'send crews in to get you."\n\n'
        "Whitaker said about 14,000 residents had ignored the mandatory evacuation order issued on "
        'Tuesday. Over the summer, the county had mailed every household a leaflet headed "Know '
        'Your Zone," with a color-coded map of flood risk.\n\n'
        "At the Harmon Street shelter, which opened with 600 cots, volunteers were handing out water "
        "and phone chargers. Many of those arriving had waited until the wind picked up before "
        "leaving home. The storm is expected to weaken as it moves inland, but heavy rain is "
        "forecast over the next two days.",
        [
            (
                D,
                ["If you are still in Zone A, this is your last chance to leave"],
                "Darnell Whitaker",
            ),
            (D, ["After noon, we cannot send crews in to get you."], "Darnell Whitaker"),
            (
                I,
                [
                    "about 14,000 residents had ignored the mandatory evacuation order issued on "
                    "Tuesday"
                ],
                "Darnell Whitaker",
            ),
        ],
    ),
    (  # 2 bushfire: curly quotes and apostrophes; unnamed spokeswoman speaks for the authority,
        # full-stop form (two direct quotes); resident named in narrative, then "she said" after
        # a two-sentence quote
        "A bushfire that has burned through more than 31,000 hectares of forest west of Cardell was "
        "still out of control on Monday, with temperatures forecast to climb above 42C by Wednesday "
        "and gusty northerly winds expected.\n\n"
        "“We are asking people in Yarrin Creek and Bellmount to leave now, not when they see "
        "smoke,” a spokeswoman for the Hallam Valley Fire Authority said. “The roads out of those "
        "towns could close without warning.”\n\n"
        "At least 46 homes have been destroyed since the fire jumped the Corran River on Saturday "
        "night. More than 700 firefighters, many of them volunteers, are on the ground, supported by "
        "nine water-bombing aircraft, and a total fire ban is in place across the region.\n\n"
        "In Bellmount, Priya Raghunathan spent Sunday hosing down the roof of her stables. She has "
        "eleven horses and a float that carries two. “I’ve made my peace with losing the house. I "
        "just can’t leave any of them behind,” she said, her voice breaking.",
        [
            (
                D,
                [
                    "We are asking people in Yarrin Creek and Bellmount to leave now, not when they "
                    "see smoke"
                ],
                "Hallam Valley Fire Authority",
            ),
            (
                D,
                ["The roads out of those towns could close without warning."],
                "Hallam Valley Fire Authority",
            ),
            (
                D,
                ["I’ve made my peace with losing the house. I just can’t leave any of them behind"],
                "Priya Raghunathan",
            ),
        ],
    ),
    (  # 3 river flood: "X, the local MP, described ... as "..."" partial (period outside);
        # agency partial "said it "..."'; "Mr Pryce told reporters that" (title dropped)
        "Residents of Lower Brinkford spent a third night away from their homes on Saturday after "
        "the River Sowle burst its banks, flooding more than 200 properties and cutting the village "
        "off from the main road to Hexley.\n\n"
        "Gareth Pryce, the local MP, described the flood defences completed in 2021 at a cost of "
        '£18 million as "a very expensive failure". The walls were built to withstand a '
        "one-in-75-year flood; Thursday's peak exceeded that level by 40 centimetres.\n\n"
        'The Waterways Agency said it "fully understands the frustration" of residents. Pumps '
        "brought in from neighbouring counties were working through the night to lower the water "
        "in the high street.\n\n"
        "At the village hall, which has become a makeshift drop-in centre, volunteers were sorting "
        "donated clothes and bedding. Some residents had only just finished repairs from the last "
        "flood, in February 2024. Mr Pryce told reporters that he would raise the matter with "
        "the environment secretary on Monday.",
        [
            (P, ["a very expensive failure"], "Gareth Pryce"),
            (P, ["fully understands the frustration"], "Waterways Agency"),
            (
                I,
                ["he would raise the matter with the environment secretary on Monday"],
                "Gareth Pryce",
            ),
        ],
    ),
    (  # 4 air pollution: "Dr X, a respiratory consultant, said:" before a two-sentence quote
        # (final period kept); partial inside "said a ... would be "..."" for "Cllr X" (title
        # dropped); unnamed "A taxi driver" then "he said"
        "Nitrogen dioxide levels on Hadley Road, the busiest street in central Wexham, exceeded the "
        "legal annual limit for the eighth year running in 2025, figures published on Tuesday show. "
        "The average concentration recorded by the roadside monitor was 51 micrograms per cubic "
        "metre, against a limit of 40. The monitor sits outside a primary school.\n\n"
        "Dr Amara Okonkwo, a respiratory consultant at St Ann's Hospital, said: \"We see children "
        "in this city whose lungs will never fully develop. That is not a statistic, it is a "
        'diagnosis."\n\n'
        "The council's cabinet member for transport, Cllr Hugh Bellamy, said a charging clean air "
        'zone would be "on the table" when the cabinet meets in January. Similar schemes in other '
        "cities charge older diesel vans and lorries up to £50 a day.\n\n"
        "A taxi driver waiting at the rank outside Wexham Central station was unconvinced. \"They'll "
        'charge us, and the lorries will keep coming straight through," he said.',
        [
            (
                D,
                [
                    "We see children in this city whose lungs will never fully develop. That is not "
                    "a statistic, it is a diagnosis."
                ],
                "Amara Okonkwo",
            ),
            (P, ["on the table"], "Hugh Bellamy"),
            (
                D,
                ["They'll charge us, and the lorries will keep coming straight through"],
                "taxi driver",
            ),
        ],
    ),
    (  # 5 coal closure: indirect with the cue after ("..., its owner, X, confirmed"); "A," said
        # X, "b." (one quote, two pieces) with a union organiser; "X's chief executive, Y, said
        # A, and that B" (one indirect)
        "The last coal-fired power station in the Kessock valley will close in March, its owner, "
        "Northmere Energy, confirmed on Wednesday.\n\n"
        "About 320 people work at the Ardlair plant, which has been generating electricity since "
        "1956 and once employed more than 1,500. Its two chimneys, visible from across the valley, "
        "are due to be demolished in 2028. The site also supplies steam to a neighbouring paper mill, "
        "which will have to install its own gas boilers.\n\n"
        '"These are good jobs, skilled jobs," said Callum Baird, a regional organiser for the '
        'Allied Energy Workers union, "and nobody has yet shown us where the replacements are going '
        'to come from."\n\n'
        "Northmere's chief executive, Ingrid Solberg, said 140 workers would be offered positions at "
        "the company's new battery storage site at Drumlee, twelve miles away, and that others would "
        "receive retraining support. Local councillors have asked the government for a dedicated "
        "transition fund for the valley.",
        [
            (
                I,
                ["The last coal-fired power station in the Kessock valley will close in March"],
                "Northmere Energy",
            ),
            (
                D,
                [
                    "These are good jobs, skilled jobs",
                    "and nobody has yet shown us where the replacements are going to come from.",
                ],
                "Callum Baird",
            ),
            (
                I,
                [
                    "140 workers would be offered positions at the company's new battery storage "
                    "site at Drumlee, twelve miles away, and that others would receive retraining "
                    "support"
                ],
                "Ingrid Solberg",
            ),
        ],
    ),
    (  # 6 heatwave: "..., according to Dr. X, the provincial health secretary." (part before,
        # name with "al-"); single-name worker, two-sentence quote then "he said"; "has ordered
        # outdoor work to stop" not annotated
        "Temperatures in Rahimabad reached 49.6C on Sunday, the highest reading in the city since "
        "records began in 1931, and little relief is forecast before the end of the week.\n\n"
        "Hospitals across the province have treated more than 3,100 people for heatstroke since "
        "Thursday, according to Dr. Farhan al-Qadri, the provincial health secretary. Government "
        "offices and schools have been closed, and the provincial administration has ordered "
        "outdoor work to stop between 11 a.m. and 4 p.m.\n\n"
        "The order is widely ignored. On a half-built apartment block on the city's ring road, "
        "dozens of laborers were still carrying bricks at midday. Imran, 34, who has worked on "
        'construction sites since he was a teenager, wiped his face with a scarf. "If I do not '
        'work, my children do not eat. The heat does not change that," he said.\n\n'
        "Power cuts of up to ten hours a day have added to the misery, leaving fans and air coolers "
        "idle in many homes.",
        [
            (
                I,
                [
                    "Hospitals across the province have treated more than 3,100 people for "
                    "heatstroke since Thursday"
                ],
                "Farhan al-Qadri",
            ),
            (
                D,
                ["If I do not work, my children do not eat. The heat does not change that"],
                "Imran",
            ),
        ],
    ),
    (  # 7 sea ice: report title in " " not speech; "The report's lead author, Professor X,
        # called the figures "..."" partial (name with "de la"); "A," she said. "B." (two direct
        # quotes, pronoun)
        "Arctic sea ice shrank to its smallest September extent on record this year, covering just "
        "3.4 million square kilometres at its minimum on September 14. The figures appear in the "
        'Polar Observation Network\'s annual report, "Thin Ice, Open Water", released in Tromsvik '
        "on Monday.\n\n"
        "The report's lead author, Professor Lucía de la Fuente, called the figures \"a warning we "
        'can no longer file away for later".\n\n'
        '"What worries us most is not one bad year," she said. "It is that the bad years are now '
        'the normal ones."\n\n'
        "The loss of reflective ice allows the dark ocean to absorb more heat, which in turn speeds "
        "up melting, a feedback loop that has long been modelled but is now visible year after "
        "year. Ice thickness, which is harder to measure from space, has fallen by roughly a third "
        "since the 1980s. Shipping companies, meanwhile, are already planning more summer voyages through the "
        "northern passages.",
        [
            (P, ["a warning we can no longer file away for later"], "Lucía de la Fuente"),
            (D, ["What worries us most is not one bad year"], "Lucía de la Fuente"),
            (
                D,
                ["It is that the bad years are now the normal ones."],
                "Lucía de la Fuente",
            ),
        ],
    ),
    (  # 8 coastal erosion: cue before a colon, quote continued over two paragraphs (one span per
        # paragraph, the first without a closing mark); unnamed spokesman -> the council
        "The cliff edge at Marsh End has retreated by almost eleven metres since January, leaving "
        "three more bungalows on Cliff Lane within a few metres of a sheer drop to the beach. Two "
        "houses on the same road were demolished in the spring. The lane's eleven remaining "
        "households are mostly retired couples who moved there in the 1990s.\n\n"
        "Ruth Adeyemi, who chairs the Marsh End residents' association, was blunt: \"We were "
        "promised a new sea wall in 2019. We are still waiting, and every winter the water comes a "
        "little further up the lane.\n\n"
        '"Some of my neighbours can no longer get insurance. They are stuck in houses nobody will '
        'buy."\n\n'
        "A spokesman for East Wenlow District Council said the authority had applied for £6.4 "
        "million in national coastal funding and expected a decision by the spring. The beach below "
        "is littered with brick and broken tarmac from the old coastal footpath, closed since last "
        "winter.",
        [
            (
                D,
                [
                    "We were promised a new sea wall in 2019. We are still waiting, and every winter "
                    "the water comes a little further up the lane.",
                    "Some of my neighbours can no longer get insurance. They are stuck in houses "
                    "nobody will buy.",
                ],
                "Ruth Adeyemi",
            ),
            (
                I,
                [
                    "the authority had applied for £6.4 million in national coastal funding and "
                    "expected a decision by the spring"
                ],
                "East Wenlow District Council",
            ),
        ],
    ),
    (  # 9 chemical spill: company partial inside "said it was "..." and would ..." (only the
        # partial); resident named in narrative, then "Mr. X said" after the quote
        "Thousands of dead fish have washed up along a 12-mile stretch of the Tallow River since a "
        "chemical spill at a fertilizer plant near Greer's Crossing on Friday. Investigators traced "
        "the leak to a failed valve that released about 40,000 gallons of ammonium nitrate solution "
        "into a drainage ditch that feeds the river. More than 60,000 fish have died, among them "
        "several protected paddlefish.\n\n"
        'The plant\'s operator, Corvane Agri, said it was "cooperating fully" with state and '
        "federal investigators and would pay for the cleanup.\n\n"
        "Downstream, Dale Pruitt has run a bait and tackle shop on the riverbank for 31 years. "
        "Catfish, bass and bluegill lay rotting in the shallows behind his store on Sunday. \"It's "
        'like the whole river just stopped breathing," Mr. Pruitt said.\n\n'
        "Swimming and fishing have been banned on the river until further notice, and several "
        "farms downstream have stopped drawing irrigation water. The plant, which employs about 90 "
        "people, has been shut since Saturday.",
        [
            (P, ["cooperating fully"], "Corvane Agri"),
            (D, ["It's like the whole river just stopped breathing"], "Dale Pruitt"),
        ],
    ),
    (  # 10 solar farm: "According to the county planning office, ..." (rest of the sentence);
        # two-sentence quote with "said X, who ..." after; partial inside "said she was not
        # against solar "..."" (only the partial); "raised concerns about" not annotated
        "A 300-acre solar farm proposed on former tobacco land outside Millbrook won preliminary "
        "approval on Tuesday night after a four-hour public hearing that packed the high school "
        "gym.\n\n"
        "According to the county planning office, the project would generate enough electricity "
        "for about 22,000 homes and bring in $1.1 million a year in local taxes over its 35-year "
        "life.\n\n"
        '"This land fed my family for four generations. Now it can power everybody else\'s," said '
        "Tomás Villanueva, who is leasing 180 acres to the developer, Brightacre Renewables.\n\n"
        "Not everyone was persuaded. Grace Whitfield, whose house backs onto the site, said she was "
        'not against solar "but against living next to a sea of glass". Several speakers raised '
        "concerns about drainage and the loss of farmland. The developer plans to graze sheep between "
        "the rows of panels and to plant a buffer of native trees along the road.\n\n"
        "The county commission will take a final vote in February.",
        [
            (
                I,
                [
                    "the project would generate enough electricity for about 22,000 homes and bring "
                    "in $1.1 million a year in local taxes over its 35-year life"
                ],
                "county planning office",
            ),
            (
                D,
                ["This land fed my family for four generations. Now it can power everybody else's"],
                "Tomás Villanueva",
            ),
            (P, ["but against living next to a sea of glass"], "Grace Whitfield"),
        ],
    ),
    (  # 11 flash floods: "The mayor of X, Y, said" + clause; role alone "the mayor" after a
        # quote; minister in apposition, then "the minister told a local radio station"
        "At least nine people have died after torrential rain sent flash floods tearing through "
        "towns in the Alcarria Baja region overnight, sweeping away cars and flooding ground-floor "
        "homes. Rescue teams were still searching for four people on Wednesday afternoon. Roads into "
        "three villages remained blocked by mud and uprooted trees, and about 12,000 homes were "
        "without electricity.\n\n"
        "The mayor of Villaseca del Río, Mercedes Ibarra, said more than 300 litres of rain per "
        "square metre had fallen on the town in six hours, about half of what it normally receives "
        "in a year.\n\n"
        '"We did not get the phone alert until the water was already in the streets," the mayor '
        "said, standing in front of the mud-filled town hall.\n\n"
        "The regional interior minister, Joaquín Sastre, defended the alert system and the timing "
        'of the warning. "The protocol was followed to the letter," the minister told a local '
        "radio station. Opposition parties have called for his resignation.",
        [
            (
                I,
                [
                    "more than 300 litres of rain per square metre had fallen on the town in six "
                    "hours, about half of what it normally receives in a year"
                ],
                "Mercedes Ibarra",
            ),
            (
                D,
                ["We did not get the phone alert until the water was already in the streets"],
                "Mercedes Ibarra",
            ),
            (D, ["The protocol was followed to the letter"], "Joaquín Sastre"),
        ],
    ),
    (  # 12 plastic packaging: report title in " " not speech; "The group's campaigns director,
        # X, told journalists:" before a two-sentence quote; unnamed spokeswoman -> company,
        # partial inside "said the figures were "..."" (only the partial)
        "Three of Europe's largest supermarket chains have missed their own targets for cutting "
        'single-use plastic packaging. The finding comes from "Wrapped Up", a report published on '
        "Thursday by the campaign group Clearwater Alliance, which ranks twelve retailers on the "
        "share of their products sold in reusable or plastic-free packaging. Two hypermarket groups "
        "came bottom, with less than 2 percent of their ranges sold without single-use plastic.\n\n"
        "The group's campaigns director, Kwame Asante-Boateng, told journalists in Brussels: "
        '"Voluntary pledges have failed. It is time for binding law."\n\n'
        "A spokeswoman for Maxivente, one of the chains named in the report, said the figures were "
        '"out of date" and did not reflect changes introduced this year, including refill '
        "stations in 140 stores.\n\n"
        "European lawmakers are due to vote next spring on a packaging regulation that would set "
        "mandatory reuse quotas for drinks and takeaway food. The quotas would be phased in over five "
        "years from 2028, with exemptions for small shops.",
        [
            (
                D,
                ["Voluntary pledges have failed. It is time for binding law."],
                "Kwame Asante-Boateng",
            ),
            (P, ["out of date"], "Maxivente"),
        ],
    ),
    (  # 13 drought: herder named in narrative, "she said" after the quote; "The county's drought
        # coordinator, X, said" + clause
        "In the villages around Lake Odeni, a second failed rainy season in a row has left wells dry "
        "and grazing land bare. Cattle carcasses line the dirt road north of Kalabo, and the lake "
        "itself has shrunk by a third since 2023.\n\n"
        'Amina Warsame, a herder from Kalabo, has lost 40 of her 60 goats since June. "We walk six '
        'hours for water now, and the animals die on the way," she said, sitting in the shade of an '
        "acacia with her youngest daughter.\n\n"
        "The county's drought coordinator, Joseph Kiprono, said emergency water trucking would "
        "reach 18 more villages by the end of the month. Diesel prices have nearly doubled since "
        "January, and each tanker can make only two trips a day on the rutted roads.\n\n"
        "Aid agencies have appealed for $48 million to cover food, water and livestock feed until "
        "the next rains, expected in March. Many families have already moved with their remaining "
        "animals towards the hills, where some pasture remains.",
        [
            (
                D,
                ["We walk six hours for water now, and the animals die on the way"],
                "Amina Warsame",
            ),
            (
                I,
                ["emergency water trucking would reach 18 more villages by the end of the month"],
                "Joseph Kiprono",
            ),
        ],
    ),
    (  # 14 wildfire smoke: "district spokesman X said" after the quote (a named spokesman keeps
        # his name); unnamed "A parent ..." with "said" + clause
        "Smoke from wildfires burning hundreds of kilometres to the north pushed the air quality "
        "index in Fort Aldous above 400 on Tuesday, a level classified as hazardous for everyone. "
        "Visibility on the main highway dropped to less than a kilometre, and the sun hung over the "
        "city as a dull orange disc.\n\n"
        'The Fort Aldous School District closed all 37 of its schools for the day. "Keeping kids '
        'at home, indoors, is the safest option we have right now," district spokesman Raj '
        "Malhotra said.\n\n"
        "A parent waiting outside Lakeview Elementary to collect a forgotten backpack said the "
        "decision had come too late, after many children had already boarded buses.\n\n"
        "More than 130 fires are burning in the northern half of the province, 40 of them classed "
        "as out of control. Smoke is expected to linger until at least Thursday. Public libraries and "
        "community centres with filtered air stayed open late for residents without air "
        "conditioning.",
        [
            (
                D,
                ["Keeping kids at home, indoors, is the safest option we have right now"],
                "Raj Malhotra",
            ),
            (
                I,
                ["the decision had come too late, after many children had already boarded buses"],
                "parent",
            ),
        ],
    ),
    (  # 15 tornado: "Sheriff X confirmed two deaths" (noun object) not annotated, then role alone
        # "the sheriff said"; "A," X said. "B." (two direct quotes) by a resident named in full
        "A tornado with winds estimated at 165 mph tore a 14-mile path through rural Dunmore County "
        "late Saturday, flattening at least 80 homes, a church and the only grocery store in Harlan "
        "Springs.\n\n"
        'Sheriff Wanda Kowalczyk confirmed two deaths on Sunday morning. "Honestly, looking at '
        "what's left of some of these houses, it's a miracle the number isn't higher,\" the sheriff "
        "said. Eleven people were taken to hospital, three of them in serious condition.\n\n"
        "Ben and Lorna Huckaby rode out the storm in the basement of their farmhouse on Pike Road "
        'with their two dogs. "We heard it coming like a freight train," Lorna Huckaby said. '
        '"When we came up the stairs, the roof was just gone."\n\n'
        "Volunteers from neighboring counties arrived with chainsaws and trailers on Sunday to help "
        "clear debris, while power crews worked to restore electricity to more than 5,000 "
        "customers. It was the strongest tornado to hit the county since 1974.",
        [
            (
                D,
                [
                    "Honestly, looking at what's left of some of these houses, it's a miracle the "
                    "number isn't higher"
                ],
                "Wanda Kowalczyk",
            ),
            (D, ["We heard it coming like a freight train"], "Lorna Huckaby"),
            (D, ["When we came up the stairs, the roof was just gone."], "Lorna Huckaby"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout72.jsonl"),
        "heldout72",
        "h72",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
