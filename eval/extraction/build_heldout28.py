"""Source of the twenty-eighth held-out set: writes heldout28.jsonl (split "heldout28").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like foreign and economic wire copy (AFP, Reuters, AP, Belga, ATS, The Canadian
Press): diplomacy, conflicts, migration, trade disputes, energy, farming, tech companies,
labour disputes, elections, NGO and UN reports. Not a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractors 0.14.0 and 0.15.0
(docs/EXTRACTION.md); not read when 0.15.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout28.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-28"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 diplomacy, border talks: plain spaces, partial then "a-t-elle lancé"
        "Vienne — Les ministres des Affaires étrangères du Valdrane et de la Morénie se sont "
        "rencontrés lundi pour la première fois depuis la fermeture de leur frontière commune, "
        "il y a dix-huit mois, sans parvenir à un accord sur sa réouverture.\n\n"
        "« Nous avons eu une discussion franche, parfois difficile, mais nous nous parlons de "
        "nouveau », a déclaré à l'issue de la rencontre le chef de la diplomatie valdranaise, "
        "Teodor Marinescu-Vlad. Son gouvernement conditionne la réouverture de deux points de "
        "passage au retrait des troupes moréniennes de la zone tampon établie en 2024.\n\n"
        "Son homologue morénienne, Ilse Kavran, a jugé ces conditions « inacceptables en "
        "l'état ». « On ne peut pas nous demander de désarmer notre frontière pendant que "
        "l'autre camp y construit des routes militaires », a-t-elle lancé devant la presse.\n\n"
        "Une nouvelle rencontre est prévue en janvier, sous l'égide de la médiation suisse. Le "
        "commerce entre les deux pays, qui dépassait 3 milliards d'euros par an avant la crise, "
        "s'est pratiquement effondré.",
        [
            (
                D,
                [
                    "Nous avons eu une discussion franche, parfois difficile, mais nous nous "
                    "parlons de nouveau"
                ],
                "Teodor Marinescu-Vlad",
            ),
            (P, ["inacceptables en l'état"], "Ilse Kavran"),
            (
                D,
                [
                    "On ne peut pas nous demander de désarmer notre frontière pendant que "
                    "l'autre camp y construit des routes militaires"
                ],
                "Ilse Kavran",
            ),
        ],
    ),
    (  # 2 conflict, army vs NGO: no-break spaces, army colonel after the verb, "Elle" = NGO
        "Kessara — Les Forces armées karouniennes (FAK) ont mené mardi une série de frappes "
        "aériennes contre des positions rebelles dans la province de Tamlit, dans le nord-est "
        "du pays, où une trentaine de combattants auraient été tués.\n\n"
        "«\u00a0Aucun civil ne se trouvait dans la zone au moment des opérations\u00a0», a "
        "déclaré à la télévision publique le porte-parole de l'armée, le colonel Bakary "
        "Sissodé.\n\n"
        "L'ONG Veille humanitaire conteste cette version. Elle a affirmé mercredi qu'au moins "
        "14 habitants avaient été tués dans le marché de Dioulé, une localité proche de la "
        "frontière, touché en pleine matinée.\n\n"
        "«\u00a0Nos équipes ont vu des corps de femmes et d'enfants. Nous demandons une enquête "
        "indépendante, et nous la demandons maintenant\u00a0», a insisté sa directrice "
        "régionale, Fatou Kéita-Bamba, jointe par téléphone depuis Dakar.\n\n"
        "Le gouvernement karounien n'a pas réagi à ces accusations. Les FAK combattent depuis "
        "2023 une insurrection qui contrôle une partie des zones rurales du Tamlit.",
        [
            (
                D,
                ["Aucun civil ne se trouvait dans la zone au moment des opérations"],
                "Bakary Sissodé",
            ),
            (
                I,
                [
                    "au moins 14 habitants avaient été tués dans le marché de Dioulé, une "
                    "localité proche de la frontière, touché en pleine matinée"
                ],
                "Veille humanitaire",
            ),
            (
                D,
                [
                    "Nos équipes ont vu des corps de femmes et d'enfants. Nous demandons une "
                    "enquête indépendante, et nous la demandons maintenant"
                ],
                "Fatou Kéita-Bamba",
            ),
        ],
    ),
    (  # 3 migration, shipwreck: narrow no-break spaces, « A », X. « B. » = two directs
        "L'ONG Solidamar a annoncé jeudi la mort d'au moins 23 migrants dans le naufrage de "
        "leur embarcation au large de l'île de Santa Brisa. Une quarantaine de personnes sont "
        "portées disparues et 61 ont été secourues par le navire de l'organisation, le Stella "
        "Maris.\n\n"
        "«\u202fLes survivants nous ont raconté qu'ils avaient dérivé pendant trois jours sans "
        "eau ni carburant\u202f», a déclaré à l'AFP la coordinatrice des opérations à bord, "
        "Marta Olivieri. «\u202fCe drame était évitable. Nous avions signalé le bateau aux "
        "autorités dès mardi soir.\u202f»\n\n"
        "Les garde-côtes de Santa Brisa n'ont pas répondu aux sollicitations de l'AFP.\n\n"
        "Le ministre de l'Intérieur, Renato Gallizzi, a de son côté estimé que les ONG "
        "«\u202fencourageaient les départs\u202f» en patrouillant près des côtes, et annoncé un "
        "durcissement des règles d'accostage pour leurs navires.",
        [
            (
                D,
                [
                    "Les survivants nous ont raconté qu'ils avaient dérivé pendant trois jours "
                    "sans eau ni carburant"
                ],
                "Marta Olivieri",
            ),
            (
                D,
                [
                    "Ce drame était évitable. Nous avions signalé le bateau aux autorités dès "
                    "mardi soir."
                ],
                "Marta Olivieri",
            ),
            (P, ["encourageaient les départs"], "Renato Gallizzi"),
        ],
    ),
    (  # 4 trade dispute, Belga: no spaces inside «», ministry communiqué as partial
        "BRUXELLES (Belga) — La Commission européenne a ouvert mercredi une enquête "
        "antidumping sur les importations de vélos électriques en provenance de Tessarie, "
        "accusée de subventionner massivement ses fabricants. En trois ans, la part de marché "
        "des marques tessariennes en Europe est passée de 8 à 31%.\n\n"
        "«Nous ne laisserons pas notre industrie être balayée par une concurrence déloyale. "
        "Nous voulons le libre-échange, pas la naïveté», a déclaré le porte-parole de la "
        "Commission pour le commerce, Joris Van Lierde, lors du briefing de midi.\n\n"
        "La mesure était réclamée depuis deux ans par les assembleurs européens, dont "
        "plusieurs ont fermé des usines en Wallonie et en Flandre.\n\n"
        "Le ministère tessarien du Commerce a dénoncé dans un communiqué «une mesure "
        "protectionniste déguisée». La Tessarie avait déjà surtaxé les produits laitiers "
        "européens lors d'un précédent différend, en 2022. Des droits provisoires pourraient "
        "être imposés dès le mois de juin.",
        [
            (
                D,
                [
                    "Nous ne laisserons pas notre industrie être balayée par une concurrence "
                    "déloyale. Nous voulons le libre-échange, pas la naïveté"
                ],
                "Joris Van Lierde",
            ),
            (P, ["une mesure protectionniste déguisée"], "ministère tessarien du Commerce"),
        ],
    ),
    (  # 5 energy, ATS: “ ”, "D'après elle", "Pour l'association X, “…”"
        "Berne (ATS) — Le groupe énergétique Alpenstrom a annoncé lundi un report de trois ans "
        "de la mise en service de sa centrale de pompage-turbinage du val de Roseire, en "
        "Valais, dont le coût a grimpé à 2,4 milliards de francs.\n\n"
        "“Les conditions géologiques se sont révélées bien plus complexes que prévu, et nous "
        "avons préféré la sécurité à la vitesse”, a expliqué le directeur général d'Alpenstrom, "
        "Urs Ammann-Berger, devant la presse à Berne. La centrale doit fournir l'équivalent de "
        "la consommation hivernale de 400 000 ménages.\n\n"
        "La conseillère fédérale chargée de l'énergie, Martine Rochat-Favre, a pris acte de ce "
        "nouveau retard. D'après elle, la Confédération n'a pas l'intention d'augmenter sa "
        "garantie de prêt, fixée à 800 millions de francs.\n\n"
        "Les opposants, qui avaient combattu le projet jusqu'au Tribunal fédéral, ne cachent pas "
        "leur amertume. Pour l'association Sauvegarde des Alpes, “ce fiasco était prévisible "
        "depuis le premier coup de pioche”.",
        [
            (
                D,
                [
                    "Les conditions géologiques se sont révélées bien plus complexes que prévu, "
                    "et nous avons préféré la sécurité à la vitesse"
                ],
                "Urs Ammann-Berger",
            ),
            (
                I,
                [
                    "la Confédération n'a pas l'intention d'augmenter sa garantie de prêt, "
                    "fixée à 800 millions de francs"
                ],
                "Martine Rochat-Favre",
            ),
            (
                D,
                ["ce fiasco était prévisible depuis le premier coup de pioche"],
                "Sauvegarde des Alpes",
            ),
        ],
    ),
    (  # 6 farming protest, Belga: narrow no-break spaces, farmer named after quote, minister partial
        "BRUXELLES (Belga) — Plus de 2.000 agriculteurs venus de Belgique, de France et des "
        "Pays-Bas ont manifesté jeudi dans le quartier européen, avec quelque 600 tracteurs, "
        "contre l'accord de libre-échange en cours de négociation avec les pays de l'Alliance "
        "australe.\n\n"
        "«\u202fOn nous impose des normes toujours plus strictes, et en même temps on ouvre la "
        "porte à de la viande produite sans aucune de ces règles\u202f», a dénoncé Hendrik "
        "Claeys, éleveur laitier près de Roulers et vice-président de l'Union des fermiers "
        "flamands.\n\n"
        "Les ministres de l'Agriculture des Vingt-Sept étaient réunis au même moment à quelques "
        "centaines de mètres de là. Le ministre wallon de l'Agriculture, Benoît Lemaire-Dufour, "
        "a assuré à son arrivée que la Belgique ne soutiendrait pas un texte «\u202fqui "
        "sacrifie nos éleveurs\u202f».\n\n"
        "La manifestation s'est déroulée dans le calme, hormis quelques ballots de paille "
        "incendiés devant le Parlement européen. La circulation a été fortement perturbée sur "
        "la petite ceinture jusqu'en fin d'après-midi.",
        [
            (
                D,
                [
                    "On nous impose des normes toujours plus strictes, et en même temps on ouvre "
                    "la porte à de la viande produite sans aucune de ces règles"
                ],
                "Hendrik Claeys",
            ),
            (P, ["qui sacrifie nos éleveurs"], "Benoît Lemaire-Dufour"),
        ],
    ),
    (  # 7 tech layoffs: no-break spaces (also in figures), "…, a annoncé X", "écrit-elle", union partial
        "San Francisco — Le géant des logiciels Corvane va supprimer environ 4\u00a0500 emplois, "
        "soit 7\u00a0% de ses effectifs, a annoncé mardi sa directrice générale, Priya "
        "Natarajan-Holt, dans un message adressé aux salariés.\n\n"
        "«\u00a0Ce sont des décisions douloureuses, mais nécessaires pour que nous restions à la "
        "pointe de l'intelligence artificielle\u00a0», écrit-elle. Le groupe entend réorienter "
        "plusieurs milliards de dollars vers la construction de centres de données.\n\n"
        "L'Alliance des salariés de la tech (AST), qui tente depuis un an de syndiquer les "
        "employés de Corvane, a dénoncé des licenciements «\u00a0annoncés par courriel, un "
        "mardi matin, après un trimestre record\u00a0». Le bénéfice net du groupe a atteint "
        "6,8 milliards de dollars entre juillet et septembre.\n\n"
        "Le titre Corvane a pris 3,2\u00a0% à Wall Street après l'annonce.",
        [
            (
                I,
                [
                    "Le géant des logiciels Corvane va supprimer environ 4\u00a0500 emplois, soit "
                    "7\u00a0% de ses effectifs"
                ],
                "Priya Natarajan-Holt",
            ),
            (
                D,
                [
                    "Ce sont des décisions douloureuses, mais nécessaires pour que nous restions "
                    "à la pointe de l'intelligence artificielle"
                ],
                "Priya Natarajan-Holt",
            ),
            (
                P,
                ["annoncés par courriel, un mardi matin, après un trimestre record"],
                "Alliance des salariés de la tech",
            ),
        ],
    ),
    (  # 8 port strike, La Presse Canadienne: no spaces, union leader, employers' partial d'«…»
        "MONTRÉAL — Les quelque 1100 débardeurs du port de Montréal ont déclenché lundi une "
        "grève générale illimitée, paralysant le transbordement des conteneurs dans le deuxième "
        "port du pays.\n\n"
        "«Nos membres n'ont pas eu d'augmentation réelle depuis six ans. On ne reculera pas», a "
        "lancé le président du Syndicat des débardeurs du Saint-Laurent, Marc-André "
        "Tremblay-Gosselin, devant les grilles du terminal Racine.\n\n"
        "L'Association patronale des terminaux du Saint-Laurent a qualifié la grève "
        "d'«irresponsable». Sa dernière offre prévoyait des hausses de 17% sur quatre ans et le "
        "maintien du régime de retraite.\n\n"
        "La ministre fédérale du Travail, Nathalie Ouimet-Laforest, a convoqué les deux parties "
        "à Ottawa mardi. Une loi spéciale n'est pas exclue si le conflit devait s'éterniser, "
        "comme lors de la grève de 2024.",
        [
            (
                D,
                [
                    "Nos membres n'ont pas eu d'augmentation réelle depuis six ans. On ne "
                    "reculera pas"
                ],
                "Marc-André Tremblay-Gosselin",
            ),
            (P, ["irresponsable"], "Association patronale des terminaux du Saint-Laurent"),
        ],
    ),
    (  # 9 election: no-break spaces, "…, selon les résultats … de la CENI", candidate, spokesman
        "Mbéla — Le président sortant du Belmonte, Augustin Ndoumbé-Essoh, a été réélu dès le "
        "premier tour avec 58,3\u00a0% des voix, selon les résultats provisoires publiés jeudi "
        "soir par la Commission électorale nationale indépendante (CENI).\n\n"
        "Son principal adversaire, l'ancien Premier ministre Joseph Mbarga-Tsala, crédité de "
        "34,1\u00a0%, a rejeté ces chiffres. «\u00a0Le peuple a voté pour le changement, et on "
        "lui vole sa victoire sous nos yeux\u00a0», a-t-il déclaré devant ses partisans réunis "
        "à son domicile.\n\n"
        "Le porte-parole du gouvernement, Hervé Ossomba, a appelé l'opposition au calme et au "
        "respect des institutions. La participation s'est établie à 61\u00a0%, en hausse de six points par rapport "
        "à 2021.\n\n"
        "Des échauffourées ont opposé jeudi soir des partisans de l'opposition aux forces de "
        "l'ordre dans deux quartiers de la capitale.",
        [
            (
                I,
                [
                    "Le président sortant du Belmonte, Augustin Ndoumbé-Essoh, a été réélu dès le "
                    "premier tour avec 58,3\u00a0% des voix"
                ],
                "Commission électorale nationale indépendante",
            ),
            (
                D,
                ["Le peuple a voté pour le changement, et on lui vole sa victoire sous nos yeux"],
                "Joseph Mbarga-Tsala",
            ),
        ],
    ),
    (  # 10 NGO report on child labour: report as the NGO's voice, minister's partial
        "Plus de 40\u202f000 enfants travaillent dans les mines d'étain artisanales de la "
        "province du Haut-Sambéa, affirme un rapport de l'ONG Terre d'enfance publié mercredi, "
        "qui met en cause plusieurs négociants fournissant l'industrie électronique.\n\n"
        "«\u202fCertains ont à peine huit ans et descendent dans des puits de trente mètres sans "
        "casque ni lampe\u202f», souligne le document, fruit de dix mois d'enquête auprès de "
        "312 mineurs.\n\n"
        "Le ministre des Mines du Sambéa, Théodore Kalenga-Mwamba, a jugé que le rapport "
        "«\u202fexagérait\u202f» l'ampleur du phénomène. Son ministère a lancé l'an dernier un "
        "programme de scolarisation destiné aux enfants des zones minières.\n\n"
        "Le groupe d'électronique Valtronic, cité dans le rapport, n'a pas donné suite aux "
        "demandes de commentaires de l'AFP.",
        [
            (
                I,
                [
                    "Plus de 40\u202f000 enfants travaillent dans les mines d'étain artisanales "
                    "de la province du Haut-Sambéa"
                ],
                "Terre d'enfance",
            ),
            (
                D,
                [
                    "Certains ont à peine huit ans et descendent dans des puits de trente mètres "
                    "sans casque ni lampe"
                ],
                "Terre d'enfance",
            ),
            (P, ["exagérait"], "Théodore Kalenga-Mwamba"),
        ],
    ),
    (  # 11 dairy trade talks, La Presse Canadienne: « A, a déclaré M. X, B » (one quote, two spans)
        "OTTAWA — Le ministre du Commerce international, Philippe Giroux-Lavallée, a exclu "
        "mercredi toute concession sur la gestion de l'offre dans le secteur laitier, à la "
        "veille d'une nouvelle ronde de négociations commerciales avec Washington.\n\n"
        "« Nos producteurs de lait, a déclaré M. Giroux-Lavallée en mêlée de presse, ne seront "
        "pas la monnaie d'échange de cet accord. Point à la ligne. »\n\n"
        "L'administration américaine réclame depuis des mois un accès élargi au marché canadien "
        "du lait, du fromage et de la volaille. Le représentant américain au Commerce, Grant "
        "Whitaker, a de nouveau accusé mardi le Canada de « fausser la concurrence » au "
        "détriment des fermiers du Wisconsin et du Vermont.\n\n"
        "Le pays compte environ 9400 fermes laitières, dont près de la moitié au Québec.",
        [
            (
                D,
                [
                    "Nos producteurs de lait",
                    "ne seront pas la monnaie d'échange de cet accord. Point à la ligne.",
                ],
                "Philippe Giroux-Lavallée",
            ),
            (P, ["fausser la concurrence"], "Grant Whitaker"),
        ],
    ),
    (  # 12 ceasefire talks: UN envoy, general's quote over two paragraphs, rebel partial
        "Genève — Les délégations du gouvernement du Sahrel et des rebelles du Front de "
        "libération de l'Est (FLE) ont accepté mardi une trêve humanitaire de 72 heures pour "
        "permettre l'évacuation des blessés de la ville assiégée de Bir Tazout.\n\n"
        "«\u00a0Ce n'est pas encore un cessez-le-feu, mais c'est la première fois en deux ans "
        "que les deux parties signent le même document\u00a0», a souligné l'émissaire de l'ONU "
        "pour le Sahrel, Kristina Halvorsen, à l'issue de cinq jours de pourparlers.\n\n"
        "Le chef de la délégation gouvernementale, le général Omar Ben Slimane, s'est montré "
        "plus offensif devant la presse. «\u00a0Nous respecterons la trêve, mais toute attaque "
        "contre nos positions recevra une réponse immédiate. Les terroristes du FLE se servent "
        "des civils comme de boucliers humains.\n\n"
        "«\u00a0Le monde doit savoir qui a violé les accords précédents\u00a0», a-t-il "
        "ajouté.\n\n"
        "Le porte-parole du FLE, Idris Wad Hamdan, a assuré que ses combattants «\u00a0n'ont "
        "jamais pris pour cible la population\u00a0». Quelque 80\u00a0000 civils sont toujours "
        "bloqués dans la ville, privés d'eau courante depuis septembre.",
        [
            (
                D,
                [
                    "Ce n'est pas encore un cessez-le-feu, mais c'est la première fois en deux "
                    "ans que les deux parties signent le même document"
                ],
                "Kristina Halvorsen",
            ),
            (
                D,
                [
                    "Nous respecterons la trêve, mais toute attaque contre nos positions recevra "
                    "une réponse immédiate. Les terroristes du FLE se servent des civils comme "
                    "de boucliers humains.",
                    "Le monde doit savoir qui a violé les accords précédents",
                ],
                "Omar Ben Slimane",
            ),
            (P, ["n'ont jamais pris pour cible la population"], "Idris Wad Hamdan"),
        ],
    ),
    (  # 13 watch exports, ATS: no spaces, association figures ("a indiqué"), president after quote
        "Genève (ATS) — Les exportations horlogères suisses ont reculé de 9,4% en octobre sur "
        "un an, plombées par la chute des ventes aux États-Unis, a indiqué jeudi l'Association "
        "des horlogers suisses (AHS). Les livraisons vers le marché américain, frappé depuis "
        "juillet par des droits de douane de 31%, ont plongé de près d'un quart.\n\n"
        "«Les petites et moyennes marques sont en première ligne. Certaines n'ont plus aucune "
        "visibilité au-delà de Noël», a averti le président de l'AHS, Jean-Claude Perrenoud, "
        "interrogé par Keystone-ATS.\n\n"
        "À Berne, le Département fédéral de l'économie poursuit ses discussions avec "
        "Washington, sans calendrier précis. La Chine et Hong Kong, deuxième et troisième "
        "débouchés de la branche, ont également reculé, de 4,1% et 2,7% respectivement.",
        [
            (
                I,
                [
                    "Les exportations horlogères suisses ont reculé de 9,4% en octobre sur un "
                    "an, plombées par la chute des ventes aux États-Unis"
                ],
                "Association des horlogers suisses",
            ),
            (
                D,
                [
                    "Les petites et moyennes marques sont en première ligne. Certaines n'ont plus "
                    "aucune visibilité au-delà de Noël"
                ],
                "Jean-Claude Perrenoud",
            ),
        ],
    ),
    (  # 14 UN hunger report: "…, selon un rapport … du PNUSA", director, "Il a indiqué que"
        "Rome — Le nombre de personnes en situation d'insécurité alimentaire aiguë a atteint "
        "312 millions en 2026, un record, selon un rapport publié lundi par le Programme des "
        "Nations unies pour la sécurité alimentaire (PNUSA). Les conflits restent le premier "
        "facteur de faim, devant les chocs climatiques et économiques.\n\n"
        "«\u202fNous assistons à une normalisation de la faim extrême, et c'est peut-être ce qui "
        "m'inquiète le plus\u202f», a déclaré le directeur exécutif de l'agence, Samuel "
        "Otieno-Brandt, lors de la présentation du rapport.\n\n"
        "Il a indiqué que l'agence avait dû réduire de moitié les rations distribuées dans six "
        "pays, dont le Sahrel et le Karoun, faute de financements suffisants. Les contributions "
        "des principaux donateurs ont baissé de 38\u202f% en deux ans.\n\n"
        "Le document recense 19 pays où des poches de famine sont avérées ou redoutées, contre "
        "12 un an plus tôt.",
        [
            (
                I,
                [
                    "Le nombre de personnes en situation d'insécurité alimentaire aiguë a atteint "
                    "312 millions en 2026, un record"
                ],
                "Programme des Nations unies pour la sécurité alimentaire",
            ),
            (
                D,
                [
                    "Nous assistons à une normalisation de la faim extrême, et c'est peut-être ce "
                    "qui m'inquiète le plus"
                ],
                "Samuel Otieno-Brandt",
            ),
            (
                I,
                [
                    "l'agence avait dû réduire de moitié les rations distribuées dans six pays, "
                    "dont le Sahrel et le Karoun, faute de financements suffisants"
                ],
                "Samuel Otieno-Brandt",
            ),
        ],
    ),
    (  # 15 border controls: “ ”, minister "a-t-il déclaré", mayor partial + "Selon lui"
        "Nice — Le ministre de l'Intérieur, Laurent Vasseur-Maillard, a annoncé jeudi l'envoi "
        "de 300 gendarmes et policiers supplémentaires à la frontière franco-italienne, dans "
        "les Alpes-Maritimes, où les passages ont doublé depuis l'été.\n\n"
        "“Nous ne pouvons pas laisser des réseaux de passeurs décider de qui entre sur notre "
        "territoire”, a-t-il déclaré lors d'un déplacement au poste frontière de "
        "Menton-Saint-Louis.\n\n"
        "Le maire de Breil-sur-Roya, Gérard Pellegrino, s'est montré beaucoup plus sceptique. "
        "Selon lui, chaque renforcement des contrôles pousse les migrants vers "
        "des sentiers de montagne plus dangereux, où des corps sont retrouvés chaque "
        "printemps.\n\n"
        "Quelque 1 200 personnes ont été refoulées depuis septembre, dont une cinquantaine de "
        "mineurs non accompagnés.",
        [
            (
                D,
                [
                    "Nous ne pouvons pas laisser des réseaux de passeurs décider de qui entre sur "
                    "notre territoire"
                ],
                "Laurent Vasseur-Maillard",
            ),
            (
                I,
                [
                    "chaque renforcement des contrôles pousse les migrants vers des sentiers de "
                    "montagne plus dangereux, où des corps sont retrouvés chaque printemps"
                ],
                "Gérard Pellegrino",
            ),
        ],
    ),
]

# English typography: straight quotes, curly “ ” and, twice, single ‘ ’.
EN: list[Item] = [
    (  # 1 steel duties, Reuters: "A," X told reporters. "B." = two directs; "said … and that …"
        "LUNDBERG, Nov 26 (Reuters) - The Lundavian Trade Ministry on Wednesday announced "
        "provisional duties of up to 38% on steel imports from Qarsan, escalating a dispute "
        "that has simmered between the two neighbours for more than a year.\n\n"
        '"Qarsani mills have been dumping subsidised steel on our market while our own plants '
        'sit idle," ministry spokeswoman Helga Brandvold told reporters. "This is not '
        'protectionism. It is self-defence."\n\n'
        "Steel imports from Qarsan rose 64% in the first nine months of the year, and two of "
        "Lundavia's five blast furnaces have been shut since the spring.\n\n"
        "Qarsan's commerce minister, Tariq Al-Mansouri, said the duties breached World Trade "
        "Organization rules and that his government would file a complaint in Geneva. The "
        "duties take effect on Dec. 15 and will be reviewed after six months.",
        [
            (
                D,
                [
                    "Qarsani mills have been dumping subsidised steel on our market while our "
                    "own plants sit idle"
                ],
                "Helga Brandvold",
            ),
            (D, ["This is not protectionism. It is self-defence."], "Helga Brandvold"),
            (
                I,
                [
                    "the duties breached World Trade Organization rules and that his government "
                    "would file a complaint in Geneva"
                ],
                "Tariq Al-Mansouri",
            ),
        ],
    ),
    (  # 2 drone attack, AP: curly quotes, army spokesman (Col.), rebel spokesman's partial
        "SORAVA, Darvesh (AP) — Air defenses shot down 11 drones over the eastern city of Kalat "
        "overnight, and falling debris injured three civilians and damaged a primary school. "
        "Residents described a series of loud explosions shortly after 2 a.m.\n\n"
        "“Our air defenses performed exactly as designed,” Defense Ministry spokesman Col. "
        "Rustam Yildar said at a news briefing in the capital. He blamed the separatist Kalat "
        "Liberation Movement for the attack.\n\n"
        "The movement has not claimed any attack on Kalat since a cease-fire collapsed in "
        "March. Its spokesman, Ferhat Oglan, told The Associated Press by phone that the "
        "government had staged the incident “to justify the next offensive.”\n\n"
        "Fighting in the region has displaced more than 200,000 people since 2022.",
        [
            (D, ["Our air defenses performed exactly as designed"], "Rustam Yildar"),
            (P, ["to justify the next offensive."], "Ferhat Oglan"),
        ],
    ),
    (  # 3 refugees: single quotes ‘ ’, NGO spokeswoman named after the verb, two directs, minister's partial
        "Some 4,000 people have crossed into Velmora from neighbouring Ardistan in the past "
        "week, fleeing fighting around the border town of Karsh. Most are women and children, "
        "and many arrive with little more than the clothes they are wearing.\n\n"
        "‘We are seeing families who walked for three days through the mountains,’ said Amira "
        "Solberg, a spokeswoman for the aid group Open Borders Relief, which runs a reception "
        "centre near the Dravik crossing. ‘Some of the children have frostbite.’\n\n"
        "Velmora's interior minister, Dragan Petrescu, said the country could not absorb ‘an "
        "unlimited number’ of arrivals. He is due in Brussels on Monday to seek emergency "
        "funding.\n\n"
        "The United Nations has appealed for $85 million to help the displaced through the "
        "winter.",
        [
            (
                D,
                ["We are seeing families who walked for three days through the mountains"],
                "Amira Solberg",
            ),
            (D, ["Some of the children have frostbite."], "Amira Solberg"),
            (P, ["an unlimited number"], "Dragan Petrescu"),
        ],
    ),
    (  # 4 gas supply cut, Reuters: company "said … it would", CEO in a statement, industry partial
        "OSLAND, Nov 24 (Reuters) - Norvik Energy, Maresia's state-controlled gas company, said "
        "on Monday it would cut deliveries to industrial customers by 15% this winter after a "
        "fire at its largest processing plant.\n\n"
        '"Households will not be affected. That is our absolute priority," Chief Executive '
        "Lars-Erik Hovland said in a statement.\n\n"
        "The fire broke out on Nov. 19 at the Skarholm plant, which processes about a third of "
        "the country's gas. Repairs are expected to take at least four months.\n\n"
        "The Maresian Chemical Industry Association warned that the cuts could force fertiliser "
        'and glass plants to halt production, putting "thousands of jobs" at risk. Benchmark '
        "gas prices rose 6% on the news.",
        [
            (
                I,
                [
                    "it would cut deliveries to industrial customers by 15% this winter after a "
                    "fire at its largest processing plant"
                ],
                "Norvik Energy",
            ),
            (
                D,
                ["Households will not be affected. That is our absolute priority"],
                "Lars-Erik Hovland",
            ),
            (P, ["thousands of jobs"], "Maresian Chemical Industry Association"),
        ],
    ),
    (  # 5 chip export rules: company statement as direct, government spokesman's partial
        "Shares in Halcyon Microsystems fell 8% in after-hours trading on Thursday after the "
        "chipmaker put the cost of new U.S. export restrictions at about $1.2 billion in lost "
        "revenue next year.\n\n"
        "“We will comply fully with the rules, but we believe they will hand market share to "
        "competitors who face no such constraints,” the company said in a statement. Halcyon, "
        "based in Austin, Texas, made about a fifth of its sales in the affected markets last "
        "year.\n\n"
        "Commerce Department spokesman Kevin Albright said the measures were “narrowly "
        "targeted” at chips that could be used in weapons systems and would leave most consumer "
        "products untouched.\n\n"
        "The rules take effect in 60 days and also cover the machine tools used to make "
        "advanced processors.",
        [
            (
                D,
                [
                    "We will comply fully with the rules, but we believe they will hand market "
                    "share to competitors who face no such constraints"
                ],
                "Halcyon Microsystems",
            ),
            (P, ["narrowly targeted"], "Kevin Albright"),
        ],
    ),
    (  # 6 auto strike, AP: local president named after "said", company statement with partial only
        "DETROIT (AP) — About 9,000 workers at three Ridgeway Motors plants in Michigan and Ohio "
        "walked off the job early Saturday after contract talks broke down over pensions and "
        "the use of temporary workers.\n\n"
        '"They made billions off our backs during the good years, and now they want us to give '
        'back our pensions," said Denise Carrow, president of United Assembly Workers Local '
        "412, on a picket line outside the Flat Rock plant.\n\n"
        "Ridgeway said in a statement that its final offer included a 21% raise over four years "
        'and was "the richest in the company\'s history."\n\n'
        "The three plants build the company's best-selling pickup truck and two SUV models. No "
        "new talks were scheduled, and dealers have about 50 days of inventory on their lots.",
        [
            (
                D,
                [
                    "They made billions off our backs during the good years, and now they want us "
                    "to give back our pensions"
                ],
                "Denise Carrow",
            ),
            (P, ["the richest in the company's history."], "Ridgeway Motors"),
        ],
    ),
    (  # 7 runoff election, AFP: "…, the council said", loser "he told", winner "she said"
        "PUERTO ALCAZAR, Esteria (AFP) - Opposition candidate Valeria Montalbán won Sunday's "
        "presidential runoff in Esteria with 51.8 percent of the vote, the National Electoral "
        "Council said Tuesday. She narrowly defeated Héctor Ruiz-Camacho, a former finance "
        "minister backed by the ruling party.\n\n"
        'Ruiz-Camacho refused to concede. "We will not accept results that were cooked in the '
        'dark," he told supporters gathered outside his campaign headquarters.\n\n'
        'Montalbán, a 47-year-old former judge, called for calm. "Esteria has spoken, and it '
        'has spoken peacefully. Let us keep it that way," she said in a televised address late '
        "Tuesday.\n\n"
        "Her inauguration is scheduled for January 10. Turnout was 68 percent, the highest in "
        "two decades.",
        [
            (
                I,
                [
                    "Opposition candidate Valeria Montalbán won Sunday's presidential runoff in "
                    "Esteria with 51.8 percent of the vote"
                ],
                "National Electoral Council",
            ),
            (
                D,
                ["We will not accept results that were cooked in the dark"],
                "Héctor Ruiz-Camacho",
            ),
            (
                D,
                ["Esteria has spoken, and it has spoken peacefully. Let us keep it that way"],
                "Valeria Montalbán",
            ),
        ],
    ),
    (  # 8 drought, The Canadian Press: farmer "A," said X. "B."; minister's indirect
        "REGINA — Prairie wheat production has fallen to its lowest level in 14 years after a "
        "summer drought scorched crops across southern Saskatchewan and Alberta. The Prairie "
        "Grain Commission's final estimate, released Thursday, puts the crop at 21.3 million "
        "tonnes, down 27 per cent from last year.\n\n"
        "\"I've been farming this land for 38 years and I've never seen the soil this dry in "
        'July," said Gordon Feist, who grows durum and canola near Swift Current. "Some of my '
        "fields didn't yield enough to cover the seed.\"\n\n"
        "Federal Agriculture Minister Claire Doucet-Ward said relief payments under a joint "
        "federal-provincial disaster program would begin flowing in January. Producer groups "
        "had asked for the money before Christmas.\n\n"
        "Canola fared slightly better, with output down 18 per cent.",
        [
            (
                D,
                [
                    "I've been farming this land for 38 years and I've never seen the soil this "
                    "dry in July"
                ],
                "Gordon Feist",
            ),
            (D, ["Some of my fields didn't yield enough to cover the seed."], "Gordon Feist"),
            (
                I,
                [
                    "relief payments under a joint federal-provincial disaster program would "
                    "begin flowing in January"
                ],
                "Claire Doucet-Ward",
            ),
        ],
    ),
    (  # 9 pipeline, The Canadian Press: chief's indirect and direct, company spokesperson partial
        "VANCOUVER — Chief Marlene Quill of the Kinnear Lake First Nation said Tuesday her "
        "community would go to court to stop a natural gas pipeline approved last week by the "
        "federal cabinet.\n\n"
        "“They consulted us the way you consult a weather forecast — they looked, and then they "
        "did what they'd planned anyway,” Quill told The Canadian Press.\n\n"
        "The 640-kilometre line, to be built by Calgary-based Northern Shield Pipelines, would "
        "cross the nation's traditional territory for about 90 kilometres, including two "
        "salmon-bearing rivers.\n\n"
        "Northern Shield spokesperson Ryan Koval said the company had held more than 140 "
        "meetings with Indigenous communities along the route and remained “open to further "
        "dialogue.”",
        [
            (
                I,
                [
                    "her community would go to court to stop a natural gas pipeline approved "
                    "last week by the federal cabinet"
                ],
                "Marlene Quill",
            ),
            (
                D,
                [
                    "They consulted us the way you consult a weather forecast — they looked, and "
                    "then they did what they'd planned anyway"
                ],
                "Marlene Quill",
            ),
            (P, ["open to further dialogue."], "Ryan Koval"),
        ],
    ),
    (  # 10 UN displacement report: the office's report as its voice, "according to the report"
        "GENEVA, Nov 27 (Reuters) - A record 131 million people were forcibly displaced "
        "worldwide by the end of June, the International Displacement Monitoring Office said in "
        "a report published on Thursday. The figure is up 6 million from a year earlier, driven "
        "by wars in Sahrel, Karoun and Ardistan.\n\n"
        '"Behind every one of these numbers is a family that has lost its home, its livelihood '
        'and often its hope of return," the report said.\n\n'
        "More than two-thirds of the displaced remain inside their own countries, according to "
        "the report. Funding for humanitarian agencies, meanwhile, has fallen for a third "
        "consecutive year.",
        [
            (
                I,
                [
                    "A record 131 million people were forcibly displaced worldwide by the end of "
                    "June"
                ],
                "International Displacement Monitoring Office",
            ),
            (
                D,
                [
                    "Behind every one of these numbers is a family that has lost its home, its "
                    "livelihood and often its hope of return"
                ],
                "International Displacement Monitoring Office",
            ),
            (
                I,
                ["More than two-thirds of the displaced remain inside their own countries"],
                "International Displacement Monitoring Office",
            ),
        ],
    ),
    (  # 11 diplomatic thaw, Reuters: "said on Friday that", direct, opposition leader's partial
        "VALLETTA, Nov 28 (Reuters) - Maresian Foreign Minister Anders Lykke said on Friday that "
        "his country would reopen its embassy in Qarsan early next year, four years after "
        "relations were severed over a disputed offshore gas field.\n\n"
        '"We have not solved every problem, but we have agreed to solve them at a table rather '
        'than at sea," Lykke said after meeting his Qarsani counterpart in the Maltese '
        "capital.\n\n"
        "Under the deal, the gas field dispute will be referred to international arbitration.\n\n"
        "At home, the agreement drew fierce criticism. Opposition leader Karin Vestby called it "
        '"a surrender dressed up as diplomacy" and demanded a parliamentary vote.',
        [
            (
                I,
                [
                    "his country would reopen its embassy in Qarsan early next year, four years "
                    "after relations were severed over a disputed offshore gas field"
                ],
                "Anders Lykke",
            ),
            (
                D,
                [
                    "We have not solved every problem, but we have agreed to solve them at a "
                    "table rather than at sea"
                ],
                "Anders Lykke",
            ),
            (P, ["a surrender dressed up as diplomacy"], "Karin Vestby"),
        ],
    ),
    (  # 12 platform fined: regulator's chair in a statement, company "said it “…”"
        "Maresia's data protection regulator fined the social media platform Loopr 310 million "
        "euros on Wednesday for failing to protect the personal data of users aged 13 to 17, "
        "the largest penalty it has ever imposed.\n\n"
        "“Loopr treated teenagers' personal data as a raw material to be mined,” the "
        "regulator's chair, Sofie Lindqvist-Aro, said in a statement. Until mid-2025, the app "
        "made young users' profiles public by default.\n\n"
        "Loopr said it “strongly disagrees” with the decision and would appeal. The company "
        "has 4.2 million users in Maresia, about a third of them under 18.",
        [
            (
                D,
                ["Loopr treated teenagers' personal data as a raw material to be mined"],
                "Sofie Lindqvist-Aro",
            ),
            (P, ["strongly disagrees"], "Loopr"),
        ],
    ),
    (  # 13 pilots' strike, AFP: colon quote over two paragraphs, airline indirect, COO partial
        "STOCKHOLM (AFP) - Pilots at Nordair will stage a 48-hour strike from Friday, grounding "
        "most of the Scandinavian carrier's fleet at the start of the Christmas holiday "
        "season.\n\n"
        "Pilots voted 96 percent in favour of the walkout after talks on rest periods and pay "
        "broke down last week. Erik Dahlqvist, chairman of the Nordic Pilots Association, said "
        "in a statement: \"Our pilots are flying more hours than at any point in the airline's "
        "history. Fatigue is no longer an occasional complaint; it is the norm.\n\n"
        '"Management has had eight months to address this. It chose not to."\n\n'
        "Nordair expects to cancel about 600 flights, affecting some 70,000 passengers. Chief operating officer Maja Holm called the union's demands "
        '"disconnected from reality."',
        [
            (
                D,
                [
                    "Our pilots are flying more hours than at any point in the airline's "
                    "history. Fatigue is no longer an occasional complaint; it is the norm.",
                    "Management has had eight months to address this. It chose not to.",
                ],
                "Erik Dahlqvist",
            ),
            (P, ["disconnected from reality."], "Maja Holm"),
        ],
    ),
    (  # 14 NGO mining report: "…, the group said in a report", unnamed company spokesman
        "Workers at the Mbeli cobalt mine in southern Kanjara were exposed to dust levels up to "
        "30 times the legal limit, the human rights group Fair Extraction Watch said in a report "
        "on Tuesday.\n\n"
        "The group interviewed 84 current and former miners and took air samples at the site "
        "over six months. Several workers described chronic coughs and a lack of protective "
        "masks.\n\n"
        'Kessler Mining, which operates the site, rejected the findings. "The report relies on '
        'anonymous testimony and on measurements we have not been able to verify," a company '
        "spokesman said.\n\n"
        "The mine exports most of its output to refiners in Asia. Kanjara's mines ministry did "
        "not respond to a request for comment.",
        [
            (
                I,
                [
                    "Workers at the Mbeli cobalt mine in southern Kanjara were exposed to dust "
                    "levels up to 30 times the legal limit"
                ],
                "Fair Extraction Watch",
            ),
            (
                D,
                [
                    "The report relies on anonymous testimony and on measurements we have not "
                    "been able to verify"
                ],
                "Kessler Mining",
            ),
        ],
    ),
    (  # 15 mackerel row: ‘ ’, "…, minister X said", ‘A,’ X told Y, ‘b’ (one quote, two spans)
        "Vestmark will bar Aldrian trawlers from its waters from January unless a new quota "
        "deal is reached, fisheries minister Olav Strand said on Monday, in the latest twist "
        "in a long-running row over North Atlantic mackerel.\n\n"
        "‘Our mackerel stocks are not a bottomless well,’ Strand told the national broadcaster "
        "VRK, ‘and Aldria has been taking far more than its fair share for five years.’\n\n"
        "His Aldrian counterpart, Fiona Gallagher-Reid, said the threat amounted to ‘blackmail "
        "by another name’. Aldrian vessels land about 140,000 tonnes of mackerel a year, a "
        "quarter of it caught in Vestmark's waters.",
        [
            (
                I,
                [
                    "Vestmark will bar Aldrian trawlers from its waters from January unless a new "
                    "quota deal is reached"
                ],
                "Olav Strand",
            ),
            (
                D,
                [
                    "Our mackerel stocks are not a bottomless well",
                    "and Aldria has been taking far more than its fair share for five years.",
                ],
                "Olav Strand",
            ),
            (P, ["blackmail by another name"], "Fiona Gallagher-Reid"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout28.jsonl"),
        "heldout28",
        "h28",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
