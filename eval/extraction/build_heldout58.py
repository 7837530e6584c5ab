"""Source of the fifty-eighth held-out set: writes heldout58.jsonl (split "heldout58").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
food, wine, restaurant and tourism news (guide awards and lost stars, harvests and wine prices,
chefs and sommeliers, hotel and tourism figures, a village festival), with chefs, producers,
tourists, mayors and industry bodies speaking; dish and wine names in quotation marks are names.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout58.py
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
    (  # 1 lost star: "a réagi le chef" after, partial after "justifié par", "Selon lui", dish name
        "Coup de tonnerre dans la gastronomie auvergnate. Le Guide Castellane, dont le palmarès "
        "2027 a été dévoilé lundi soir à Lyon, retire sa deuxième étoile à La Table de Marcillac, "
        "le restaurant du chef Bertrand Vigouroux à Saint-Flour-des-Monts. L'établissement, "
        "distingué sans interruption depuis 2009, conserve toutefois une étoile.\n\n"
        "« C'est une claque, je ne vais pas vous mentir. Mais une claque, ça réveille », a réagi "
        "le chef de 52 ans, joint par téléphone au lendemain de l'annonce. Dans sa cuisine, la "
        "brigade de quatorze personnes a appris la nouvelle en même temps que lui, sur les "
        "réseaux sociaux.\n\n"
        "Le directeur international du guide, Olivier Dampierre, a justifié la décision par "
        "« une irrégularité constatée lors de plusieurs visites ». Selon lui, les inspecteurs "
        "sont passés à cinq reprises en dix-huit mois, à des saisons différentes.\n\n"
        "Le plat signature de la maison, le « Pigeon en croûte de lentilles vertes », restera à "
        "la carte, tout comme le menu déjeuner à 68 euros. « On ne change pas une équipe qui perd "
        "une étoile, on la muscle », assure Bertrand Vigouroux, qui reçoit depuis lundi de "
        "nombreux messages de soutien de ses confrères.",
        [
            (
                D,
                ["C'est une claque, je ne vais pas vous mentir. Mais une claque, ça réveille"],
                "Bertrand Vigouroux",
            ),
            (P, ["une irrégularité constatée lors de plusieurs visites"], "Olivier Dampierre"),
            (
                I,
                [
                    "les inspecteurs sont passés à cinq reprises en dix-huit mois, à des saisons "
                    "différentes"
                ],
                "Olivier Dampierre",
            ),
            (
                D,
                ["On ne change pas une équipe qui perd une étoile, on la muscle"],
                "Bertrand Vigouroux",
            ),
        ],
    ),
    (  # 2 poor harvest: narrow nbsp, "D'après" + acronym, colon quote, apposition after quote
        "Les vendanges se sont achevées la semaine dernière dans le vignoble des Coteaux de "
        "l'Aubrac-Sud, et le bilan est amer. D'après l'Interprofession des vins des Coteaux de "
        "l'Aubrac-Sud (IVCAS), la récolte 2026 devrait plafonner à 212\u202f000 hectolitres, soit "
        "31\u202f% de moins que la moyenne des cinq dernières années.\n\n"
        "En cause, un gel tardif fin avril, puis deux épisodes de grêle en juillet. Au domaine de "
        "la Combe-Rousse, à Villeneuve-d'Olt, Mathieu Escoffier a perdu près de la moitié de ses "
        "raisins. Le vigneron de 39 ans ne cache pas son inquiétude\u202f: «\u202fOn a vendangé en "
        "une semaine ce qu'on vendange d'habitude en trois. Certaines parcelles, on n'y est même "
        "pas allés.\u202f»\n\n"
        "Des prêts de trésorerie à taux zéro seront proposés aux exploitations les plus touchées, "
        "financés par la région et par les banques mutualistes. «\u202fLa qualité est là, les "
        "volumes non. Il faudra que les prix suivent, sinon certains ne passeront pas "
        "l'hiver\u202f», a prévenu le président de l'interprofession, Jean-Louis Barascud, lors de "
        "l'assemblée générale de jeudi à Espalion-le-Bas.\n\n"
        "Les premiers vins, encore en cuve, présentent une belle fraîcheur malgré la faiblesse des "
        "rendements. La fête des vendanges, prévue le 8 novembre, est maintenue.",
        [
            (
                I,
                [
                    "la récolte 2026 devrait plafonner à 212\u202f000 hectolitres, soit "
                    "31\u202f% de moins que la moyenne des cinq dernières années"
                ],
                "Interprofession des vins des Coteaux de l'Aubrac-Sud",
            ),
            (
                D,
                [
                    "On a vendangé en une semaine ce qu'on vendange d'habitude en trois. Certaines "
                    "parcelles, on n'y est même pas allés."
                ],
                "Mathieu Escoffier",
            ),
            (
                D,
                [
                    "La qualité est là, les volumes non. Il faudra que les prix suivent, sinon "
                    "certains ne passeront pas l'hiver"
                ],
                "Jean-Louis Barascud",
            ),
        ],
    ),
    (  # 3 wine auction: cuvée name, incise ending in a period splits a quote, "Pour X, « … »"
        "La 118e vente des vins des Hospices de Montbrison-le-Vieux a rapporté dimanche 14,2 "
        "millions d'euros, un record. La pièce de charité, un fût de 228 litres de la cuvée "
        "« Clos des Aubépines », a été adjugée 640 000 euros à un collectionneur taïwanais qui "
        "enchérissait par téléphone.\n\n"
        "« Le marché des grands vins traverse une zone de turbulences, a reconnu le "
        "commissaire-priseur, Ghislain Verdier-Mazel, à l'issue de la vacation. Mais quand la "
        "qualité est là et que la cause est belle, les acheteurs répondent présent. »\n\n"
        "Le prix moyen de la pièce de vin rouge recule pourtant de 9 % par rapport à 2025, et "
        "plusieurs lots de blanc sont partis sous l'estimation basse. Pour Aurélie Ponsard, "
        "courtière en vins installée à Beaune-les-Pins, « les acheteurs étrangers ont fait le "
        "prix, les négociants locaux ont été beaucoup plus prudents ».\n\n"
        "Les bénéfices financeront la rénovation du service de gériatrie de l'hôpital de "
        "Montbrison. Sa directrice, Claire Béthenod, assistait à la vente depuis le premier rang, "
        "aux côtés d'une dizaine de soignants.",
        [
            (
                D,
                [
                    "Le marché des grands vins traverse une zone de turbulences",
                    "Mais quand la qualité est là et que la cause est belle, les acheteurs "
                    "répondent présent.",
                ],
                "Ghislain Verdier-Mazel",
            ),
            (
                D,
                [
                    "les acheteurs étrangers ont fait le prix, les négociants locaux ont été "
                    "beaucoup plus prudents"
                ],
                "Aurélie Ponsard",
            ),
        ],
    ),
    (  # 4 chestnut festival: dish name, two dialogue dashes, partial after "la preuve que"
        "La 41e Fête de la châtaigne de Saint-Vérand-des-Combes a attiré plus de 12\u00a0000 "
        "visiteurs ce week-end, un record pour ce village ardéchois de 780 habitants où tout le "
        "monde, ou presque, met la main à la pâte.\n\n"
        "Sous le chapiteau dressé sur la place de l'église, les bénévoles ont grillé huit tonnes "
        "de châtaignes et servi 3\u00a0500 assiettes de «\u00a0bajana\u00a0», la soupe de "
        "châtaignes sèches au lait que l'on mangeait autrefois à la veillée. Devant les grandes "
        "poêles percées, les visages sont noirs de suie.\n\n"
        "— On commence à 6 heures, on finit quand il n'y a plus de braises, plaisante Odile "
        "Brunel, 67 ans, qui n'a pas manqué une édition depuis 1985.\n"
        "— Et le lundi, on a mal au dos jusqu'au jeudi\u00a0! ajoute son voisin de grill, Marcel "
        "Teyssier, sans lâcher sa pelle.\n\n"
        "Les producteurs locaux, eux, ont écoulé l'essentiel de leur récolte en deux jours, à 6 "
        "euros le kilo. Le maire, Gérard Chambonnet, voit dans ce succès la preuve que "
        "«\u00a0la ruralité a encore de beaux jours devant elle\u00a0». Pour l'édition 2027, des "
        "navettes gratuites relieront Aubenas-Haute au village, le parking improvisé dans les "
        "prés ayant montré ses limites dimanche après-midi.",
        [
            (
                D,
                ["On commence à 6 heures, on finit quand il n'y a plus de braises"],
                "Odile Brunel",
            ),
            (D, ["Et le lundi, on a mal au dos jusqu'au jeudi\u00a0!"], "Marcel Teyssier"),
            (P, ["la ruralité a encore de beaux jours devant elle"], "Gérard Chambonnet"),
        ],
    ),
    (  # 5 tourism figures: "D'après" + acronym, nbsp, quote over 2 paragraphs, "estime que"
        "La saison estivale 2026 restera comme l'une des meilleures de la décennie sur la côte de "
        "Cornouaille-Sud. D'après le Comité régional du tourisme de Bretagne-Ouest (CRT), le "
        "nombre de nuitées marchandes a progressé de 6,4\u00a0% entre juin et septembre, porté "
        "par la clientèle étrangère, allemande et néerlandaise en tête.\n\n"
        "«\u00a0Nous avons eu la météo, nous avons eu les événements, et nous avons surtout eu des "
        "visiteurs qui restent plus longtemps. La durée moyenne de séjour repasse au-dessus de "
        "cinq nuits, une première depuis 2019.\n\n"
        "«\u00a0Ce qui nous inquiète davantage, c'est l'arrière-saison. Octobre a été décevant "
        "dans l'hôtellerie indépendante\u00a0», nuance Sandrine Le Goff, directrice du CRT, qui "
        "présentait le bilan mardi à Quimperlé-Plage.\n\n"
        "Les campings tirent leur épingle du jeu, avec un taux d'occupation de 81\u00a0%, mais "
        "les petits hôtels souffrent de la hausse des charges. Yannick Pellen, qui dirige un "
        "établissement de 40 chambres à Bénodet-les-Pins, estime que ses marges ont fondu "
        "«\u00a0comme neige au soleil\u00a0» depuis la flambée des prix de l'énergie.",
        [
            (
                I,
                [
                    "le nombre de nuitées marchandes a progressé de 6,4\u00a0% entre juin et "
                    "septembre, porté par la clientèle étrangère, allemande et néerlandaise en "
                    "tête"
                ],
                "Comité régional du tourisme de Bretagne-Ouest",
            ),
            (
                D,
                [
                    "Nous avons eu la météo, nous avons eu les événements, et nous avons surtout "
                    "eu des visiteurs qui restent plus longtemps. La durée moyenne de séjour "
                    "repasse au-dessus de cinq nuits, une première depuis 2019.",
                    "Ce qui nous inquiète davantage, c'est l'arrière-saison. Octobre a été "
                    "décevant dans l'hôtellerie indépendante",
                ],
                "Sandrine Le Goff",
            ),
            (P, ["comme neige au soleil"], "Yannick Pellen"),
        ],
    ),
    (  # 6 best sommelier: «» without spaces, title in quotes, particle "de", "estime-t-elle"
        "C'est une Lyonnaise de 29 ans, Inès de Valombre, qui a décroché samedi à Reims le titre "
        "de «Meilleur sommelier de France», devant 41 candidats venus de toutes les régions. "
        "Cheffe sommelière du restaurant Le Sarment, dans le quartier de la Croix-Rousse, elle a "
        "notamment identifié à l'aveugle un chenin de 2014, au millésime près, lors de l'épreuve "
        "finale.\n\n"
        "«Je n'ai pas dormi la nuit dernière. Je me suis récité les appellations de la Loire "
        "comme une poésie», a confié la lauréate, encore émue, à l'issue de la proclamation des "
        "résultats.\n\n"
        "La jeune femme représentera la France au concours européen, en mai prochain, à Porto. Le "
        "programme de l'épreuve, dévoilé la semaine dernière, fait la part belle aux vins de la "
        "péninsule Ibérique. «Il faut que je m'attaque aux vins portugais, je les connais mal», "
        "estime-t-elle.\n\n"
        "Son employeur, le chef Hugo Marsal, lui libérera deux semaines pour un voyage d'étude "
        "dans la vallée du Douro. Il y a trois ans, c'est lui qui l'avait recrutée comme commis "
        "de salle.",
        [
            (
                D,
                [
                    "Je n'ai pas dormi la nuit dernière. Je me suis récité les appellations de la "
                    "Loire comme une poésie"
                ],
                "Inès de Valombre",
            ),
            (
                D,
                ["Il faut que je m'attaque aux vins portugais, je les connais mal"],
                "Inès de Valombre",
            ),
        ],
    ),
    (  # 7 new restaurant: "a-t-elle déclaré", "ben" apposition, incise "reconnaît M. X", "vouloir"
        "Après quinze ans passés dans les cuisines des palaces parisiens, Samia Benyahia rentre "
        "dans le Nord. La cheffe de 44 ans a présenté lundi son premier restaurant, qui ouvrira "
        "au printemps dans une ancienne filature de Roubaix-Lannoy, avec une quarantaine de "
        "couverts et un menu unique qui changera chaque semaine.\n\n"
        "« Je veux cuisiner ce que ma mère cuisinait, avec les légumes des maraîchers d'ici. Pas "
        "de caviar, pas de homard », a-t-elle déclaré lors d'une visite du chantier. Son associé, "
        "Karim ben Salah, ancien directeur de salle du Grand Hôtel Voltaire, s'occupera de "
        "l'accueil et de la cave, qui fera la part belle aux vins nature.\n\n"
        "« Nous avons mis toutes nos économies dans ce projet, reconnaît M. ben Salah. Si ça ne "
        "marche pas, on retournera travailler pour les autres, voilà tout. »\n\n"
        "La cheffe a également annoncé vouloir former chaque année deux apprentis issus du "
        "quartier de l'Épeule, où elle a grandi. La ville, propriétaire du bâtiment, lui loue les "
        "murs pour un euro symbolique la première année.",
        [
            (
                D,
                [
                    "Je veux cuisiner ce que ma mère cuisinait, avec les légumes des maraîchers "
                    "d'ici. Pas de caviar, pas de homard"
                ],
                "Samia Benyahia",
            ),
            (
                D,
                [
                    "Nous avons mis toutes nos économies dans ce projet",
                    "Si ça ne marche pas, on retournera travailler pour les autres, voilà tout.",
                ],
                "Karim ben Salah",
            ),
            (
                I,
                [
                    "vouloir former chaque année deux apprentis issus du quartier de l'Épeule, où "
                    "elle a grandi"
                ],
                "Samia Benyahia",
            ),
        ],
    ),
    (  # 8 staff shortage: "son président" after, noun object, "selon lesquels", "Pour X", "a dit"
        "À deux semaines de l'ouverture de la saison d'hiver, les hôtels et restaurants des "
        "stations de la vallée de la Clarée-Haute cherchent encore près de 600 saisonniers. Le "
        "syndicat patronal Union des métiers de l'hôtellerie alpine (UMHA) tire la sonnette "
        "d'alarme.\n\n"
        "« Nous avons des établissements qui vont ouvrir avec un service sur deux, faute de "
        "cuisiniers. Certains renoncent tout simplement à servir le midi », a déclaré vendredi "
        "son président, Florian Carrez, lors d'une conférence de presse à Briançon-les-Granges. "
        "Le syndicat réclame la construction de 300 logements pour les saisonniers d'ici à "
        "2028.\n\n"
        "Les chiffres de l'Agence alpine pour l'emploi, selon lesquels 40 % des offres publiées "
        "en septembre n'ont reçu aucune candidature, confirment la tendance.\n\n"
        "Côté salariés, le ton est différent. Pour Léa Ribeyre, déléguée du collectif "
        "Saisonniers debout, « le problème n'est pas seulement le logement, ce sont les salaires "
        "et les coupures de quatre heures en plein après-midi ». Elle a dit que son organisation "
        "appellerait à une journée de mobilisation le 20 décembre, en pleine période de "
        "réservations.",
        [
            (
                D,
                [
                    "Nous avons des établissements qui vont ouvrir avec un service sur deux, faute "
                    "de cuisiniers. Certains renoncent tout simplement à servir le midi"
                ],
                "Florian Carrez",
            ),
            (
                D,
                [
                    "le problème n'est pas seulement le logement, ce sont les salaires et les "
                    "coupures de quatre heures en plein après-midi"
                ],
                "Léa Ribeyre",
            ),
            (
                I,
                [
                    "son organisation appellerait à une journée de mobilisation le 20 décembre, en "
                    "pleine période de réservations"
                ],
                "Léa Ribeyre",
            ),
        ],
    ),
    (  # 9 cheese milk price: cheese name, “ ” partial after "qualifie d'", "un affineur" + colon
        "Le prix du lait destiné au fromage d'appellation « Tome des Escoulès » augmentera de 4 "
        "centimes par litre au 1er janvier. L'accord a été signé jeudi soir par les représentants "
        "des 230 producteurs et des onze fromageries de la filière, au terme de six mois de "
        "négociations tendues.\n\n"
        "Le président du syndicat de défense de l'appellation, Bernard Couderc, qualifie l'accord "
        "d'“historique”. Depuis 2006, le prix payé aux éleveurs n'avait progressé que de 11 %, "
        "quand leurs charges doublaient.\n\n"
        "Dans sa cave de Laguiole-Basse, où vieillissent 9 000 meules, un affineur qui a préféré "
        "garder l'anonymat se montre plus réservé : « Les fromageries vont répercuter la hausse "
        "sur nos prix d'achat. Au bout de la chaîne, c'est le client qui paiera. »\n\n"
        "La production de Tome des Escoulès a atteint 4 100 tonnes en 2025, en hausse de 3 % sur "
        "un an. Un tiers est vendu hors de la région, principalement dans les grandes surfaces "
        "d'Île-de-France.",
        [
            (P, ["historique"], "Bernard Couderc"),
            (
                D,
                [
                    "Les fromageries vont répercuter la hausse sur nos prix d'achat. Au bout de la "
                    "chaîne, c'est le client qui paiera."
                ],
                "affineur",
            ),
        ],
    ),
    (  # 10 truffle market: «» no spaces, "explique Mme X", menu name, "D'après un courtier"
        "Le premier marché aux truffes de la saison s'est tenu samedi matin à "
        "Richerenches-sur-Lez, et les prix ont fait grimacer les acheteurs. La truffe noire s'y "
        "est négociée entre 900 et 1 100 euros le kilo, contre 750 euros l'an dernier à la même "
        "époque.\n\n"
        "«La sécheresse de l'été a fait très mal. Sous mes chênes, je n'ai presque rien trouvé "
        "avant la mi-novembre», explique Mme Josette Arnaud-Faure, trufficultrice depuis trente "
        "ans, qui n'a apporté que 800 grammes. Sur la place, les chiens truffiers attendent "
        "sagement à l'ombre des platanes.\n\n"
        "Les restaurateurs font grise mine. Le chef étoilé Pascal Reboul, qui propose chaque "
        "hiver un menu «Tout truffe» à 290 euros, devra sans doute réduire les portions plutôt "
        "que d'augmenter encore ses tarifs.\n\n"
        "D'après un courtier présent sur le marché depuis l'aube, les volumes devraient nettement "
        "augmenter en janvier si les pluies de novembre se confirment.",
        [
            (
                D,
                [
                    "La sécheresse de l'été a fait très mal. Sous mes chênes, je n'ai presque rien "
                    "trouvé avant la mi-novembre"
                ],
                "Josette Arnaud-Faure",
            ),
            (
                I,
                [
                    "les volumes devraient nettement augmenter en janvier si les pluies de "
                    "novembre se confirment"
                ],
                "courtier",
            ),
        ],
    ),
    (  # 11 wine tourism: dialogue dashes with "demande-t-il" / "répond la guide", "résume X" after
        "Dans le Val de Sorgues, le tourisme viticole ne connaît pas la crise. Le domaine des "
        "Trois Fontaines, propriété de la famille Roumanille depuis quatre générations, a "
        "accueilli cette année 18 000 visiteurs à Montcalm-d'Aigues, deux fois plus qu'en "
        "2019.\n\n"
        "Dans le chai, une famille venue de Gand écoute la guide, Charlotte Issartel, détailler "
        "l'élevage des vins en amphore de terre cuite. Le plus jeune, Lander, 8 ans, lève la "
        "main.\n\n"
        "— Pourquoi on ne met pas le vin dans des bouteilles tout de suite ? demande-t-il.\n"
        "— Parce que le vin, comme toi, a besoin de grandir avant de sortir, répond la guide.\n\n"
        "Le domaine facture désormais 25 euros la visite avec dégustation et propose depuis juin "
        "des nuits en cabane au milieu des vignes. « Le vin seul ne suffit plus à faire vivre "
        "une exploitation de notre taille. Le tourisme, c'est notre deuxième récolte », résume "
        "Vincent Roumanille, qui a repris la propriété en 2015.\n\n"
        "La famille belge, elle, a déjà réservé une cabane pour les vendanges 2027.",
        [
            (
                D,
                ["Pourquoi on ne met pas le vin dans des bouteilles tout de suite ?"],
                "Lander",
            ),
            (
                D,
                ["Parce que le vin, comme toi, a besoin de grandir avant de sortir"],
                "Charlotte Issartel",
            ),
            (
                D,
                [
                    "Le vin seul ne suffit plus à faire vivre une exploitation de notre taille. Le "
                    "tourisme, c'est notre deuxième récolte"
                ],
                "Vincent Roumanille",
            ),
        ],
    ),
    (  # 12 best croissant: dashes as parentheses, narrow nbsp, role before name, "assure qu'il"
        "Le meilleur croissant au beurre de Haute-Garonne se trouve à Muret-sur-Ariège. Au terme "
        "d'une dégustation à l'aveugle de 63 viennoiseries — un record de participation —, le "
        "jury du concours départemental a désigné lundi la boulangerie de Jérémy Castex, "
        "installée depuis 2021 sur la place du marché.\n\n"
        "«\u202fJe n'y croyais pas du tout. J'ai présenté le croissant de tous les jours, celui "
        "que je fais à 4\u202fheures du matin\u202f», a réagi l'artisan de 31 ans, qui emploie "
        "trois salariés et un apprenti.\n\n"
        "Les candidats étaient jugés sur cinq critères\u202f: l'aspect, le feuilletage, l'odeur, "
        "le goût et le croustillant. «\u202fUn bon croissant, ça chante quand on le "
        "casse\u202f», a expliqué le président du jury, le Meilleur ouvrier de France Alain "
        "Sicard, sourire aux lèvres.\n\n"
        "Le prix moyen d'un croissant dans le département atteint désormais 1,35\u202feuro, en "
        "hausse de 12\u202f% en deux ans. Jérémy Castex, lui, assure qu'il n'augmentera pas son "
        "tarif de 1,10\u202feuro.",
        [
            (
                D,
                [
                    "Je n'y croyais pas du tout. J'ai présenté le croissant de tous les jours, "
                    "celui que je fais à 4\u202fheures du matin"
                ],
                "Jérémy Castex",
            ),
            (D, ["Un bon croissant, ça chante quand on le casse"], "Alain Sicard"),
            (I, ["il n'augmentera pas son tarif de 1,10\u202feuro"], "Jérémy Castex"),
        ],
    ),
    (  # 13 crémant exports: “ ” in French, cuvée name, "affirme-t-elle", "son intention de"
        "Les expéditions de crémant de Limoux-Haut ont reculé de 7 % sur les neuf premiers mois "
        "de l'année. Le marché américain, premier débouché à l'export, accuse une chute de 19 %, "
        "conséquence directe des nouveaux droits de douane entrés en vigueur au printemps.\n\n"
        "“On ne peut pas vendre du rêve avec 20 % de taxe en plus sur l'étiquette”, a résumé le "
        "président de la Fédération des producteurs de crémant de Limoux-Haut, Henri Puigcerver, "
        "lors de l'assemblée générale réunie mercredi à Carcassonne-la-Cité.\n\n"
        "Chez Delorme-Vautrin, maison familiale fondée en 1872, la cheffe de cave, Manon Delorme, "
        "préfère voir le verre à moitié plein. Sa nouvelle cuvée, “Perle d'Automne”, vient "
        "d'être référencée par deux compagnies aériennes asiatiques. “Il faut aller chercher les "
        "buveurs là où ils sont. L'Asie boit encore peu de bulles, mais elle boit de mieux en "
        "mieux”, affirme-t-elle.\n\n"
        "La fédération a fait part de son intention de consacrer 2 millions d'euros à la "
        "promotion de l'appellation en Corée du Sud et au Japon dès 2027.",
        [
            (
                D,
                ["On ne peut pas vendre du rêve avec 20 % de taxe en plus sur l'étiquette"],
                "Henri Puigcerver",
            ),
            (
                D,
                [
                    "Il faut aller chercher les buveurs là où ils sont. L'Asie boit encore peu de "
                    "bulles, mais elle boit de mieux en mieux"
                ],
                "Manon Delorme",
            ),
            (
                I,
                [
                    "consacrer 2 millions d'euros à la promotion de l'appellation en Corée du Sud "
                    "et au Japon dès 2027"
                ],
                "Fédération des producteurs de crémant de Limoux-Haut",
            ),
        ],
    ),
    (  # 14 spa town: "a prévenu l'élu", "déplore l'intéressé", "ould", "M. X a indiqué avoir"
        "Fin de saison contrastée à Lac-des-Ormeaux. La station thermale et lacustre du sud des "
        "Vosges a enregistré 212 000 nuitées cet été, un chiffre stable, mais la fréquentation "
        "des thermes recule pour la troisième année consécutive.\n\n"
        "Le maire, Pierre-Alain Grosjean, a présenté mardi en conseil municipal un plan de 9 "
        "millions d'euros pour rénover l'établissement thermal. « Nos curistes ont en moyenne 71 "
        "ans. Si nous ne rajeunissons pas l'offre, dans dix ans, il n'y aura plus de thermes à "
        "Lac-des-Ormeaux », a prévenu l'élu.\n\n"
        "Propriétaire depuis 2018 de l'Hôtel du Grand Lac, 54 chambres, Mokhtar ould Sidi "
        "Mahmoud soutient le projet, mais aurait aimé être associé plus tôt. « On apprend les "
        "choses dans le journal. Les hôteliers sont pourtant les premiers concernés », déplore "
        "l'intéressé.\n\n"
        "M. ould Sidi Mahmoud a par ailleurs indiqué avoir investi 400 000 euros dans un spa "
        "ouvert aux non-résidents, qui attire une clientèle plus jeune venue de Mulhouse et de "
        "Bâle.",
        [
            (
                D,
                [
                    "Nos curistes ont en moyenne 71 ans. Si nous ne rajeunissons pas l'offre, dans "
                    "dix ans, il n'y aura plus de thermes à Lac-des-Ormeaux"
                ],
                "Pierre-Alain Grosjean",
            ),
            (
                D,
                [
                    "On apprend les choses dans le journal. Les hôteliers sont pourtant les "
                    "premiers concernés"
                ],
                "Mokhtar ould Sidi Mahmoud",
            ),
            (
                I,
                [
                    "avoir investi 400 000 euros dans un spa ouvert aux non-résidents, qui attire "
                    "une clientèle plus jeune venue de Mulhouse et de Bâle"
                ],
                "Mokhtar ould Sidi Mahmoud",
            ),
        ],
    ),
    (  # 15 chef retires: quote over 2 paragraphs (nbsp), "écrit-il", "van", "évoque" + partial
        "Rideau pour L'Écume, à Wimereux-sur-Mer. Après dix-sept ans d'activité et une étoile "
        "conservée sans interruption depuis 2012, le chef belge Lucas van Hoorebeke servira son "
        "dernier dîner le 31 décembre. Il en a informé ses clients dimanche par une lettre "
        "publiée sur le site du restaurant.\n\n"
        "«\u00a0Je ne pars pas fâché, ni ruiné, ni malade. Je pars parce que j'ai 63 ans et que "
        "mes mains me le demandent.\n\n"
        "«\u00a0Je remercie mes équipes, mes fournisseurs et les pêcheurs du port, sans qui rien "
        "n'aurait été possible\u00a0», écrit-il.\n\n"
        "La nouvelle a surpris jusqu'aux inspecteurs. Interrogée, la rédactrice en chef du Guide "
        "Mirabeau pour le Nord, Patricia Lemaire-Duval, évoque «\u00a0une cuisine de la mer "
        "d'une sincérité totale\u00a0». Son second depuis neuf ans, Thibault Caron, reprendra les "
        "murs au printemps sous un autre nom.",
        [
            (
                D,
                [
                    "Je ne pars pas fâché, ni ruiné, ni malade. Je pars parce que j'ai 63 ans et "
                    "que mes mains me le demandent.",
                    "Je remercie mes équipes, mes fournisseurs et les pêcheurs du port, sans qui "
                    "rien n'aurait été possible",
                ],
                "Lucas van Hoorebeke",
            ),
            (
                P,
                ["une cuisine de la mer d'une sincérité totale"],
                "Patricia Lemaire-Duval",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 lost star: straight quotes, '"A," X said. "B."' two quotes, "described as", dish name
        "The Harrowgate Guide handed out its 2027 stars at a ceremony in Manchester on Monday "
        "night, and for one of the north's best-known kitchens it was a bruising evening. The "
        "Mill at Ashcombe, run by chef Daniel Okafor-Reid since 2014, lost the second star it "
        "had held for six years, though it keeps one.\n\n"
        '"I\'m gutted, obviously. My team worked every single day for this," Okafor-Reid said '
        "in a statement posted on the restaurant's Instagram page on Tuesday morning. \"But we "
        'cook for the people in the dining room, not for inspectors."\n\n'
        "The guide's director for Britain and Ireland, Marianne Colquhoun, described the "
        'decision as "difficult and carefully considered" and declined to comment on individual '
        "restaurants. Twenty-three kitchens across the country gained a first star this year, a "
        "record.\n\n"
        'The Mill\'s tasting menu, which includes its signature "Smoked Eel and Burnt Apple", '
        "costs £165 a head. Bookings for December are already full.",
        [
            (
                D,
                ["I'm gutted, obviously. My team worked every single day for this"],
                "Daniel Okafor-Reid",
            ),
            (
                D,
                ["But we cook for the people in the dining room, not for inspectors."],
                "Daniel Okafor-Reid",
            ),
            (P, ["difficult and carefully considered"], "Marianne Colquhoun"),
        ],
    ),
    (  # 2 frost-hit harvest: "said X, who", partial after "praised ... as", "According to Dr X"
        "Vineyards across the south of England are reporting one of their smallest harvests in a "
        "decade after a wet spring and a hard frost in the first week of May. The 2026 crop is "
        "expected to come in at around 7.5 million bottles, down from 12 million last year.\n\n"
        "“Anyone who planted on a frost pocket got hammered. We lost the lot on the lower "
        "slopes, every bud, in one night,” said Gareth Pennington, who farms 40 acres of "
        "chardonnay and pinot noir near Lewes Down.\n\n"
        "The chief executive of the Wine Growers’ Association of England, Dr Fiona Haldane, "
        "praised growers as “remarkably resilient” after three difficult years. According to Dr "
        "Haldane, most producers hold enough reserve wine to keep shelves stocked until at least "
        "2028, because English sparkling wine spends years ageing in the bottle before "
        "release.\n\n"
        "Prices, however, are expected to rise. Several estates have already increased the cost "
        "of their non-vintage cuvées by £2 to £3 a bottle.",
        [
            (
                D,
                [
                    "Anyone who planted on a frost pocket got hammered. We lost the lot on the "
                    "lower slopes, every bud, in one night"
                ],
                "Gareth Pennington",
            ),
            (P, ["remarkably resilient"], "Fiona Haldane"),
            (
                I,
                [
                    "most producers hold enough reserve wine to keep shelves stocked until at "
                    "least 2028, because English sparkling wine spends years ageing in the bottle "
                    "before release"
                ],
                "Fiona Haldane",
            ),
        ],
    ),
    (  # 3 en primeur: "..., according to figures compiled by X", partial, nested ‘ ’
        "The 2025 en primeur campaign in the Gironde-sur-Mer region closed this week with "
        "average release prices down 14 per cent on last year, the steepest fall since 2011, "
        "according to figures compiled by the London merchant Hartley & Voss.\n\n"
        "Several leading estates cut prices by a fifth or more. Château Lamothe-Bellac released "
        "its grand vin at €96 a bottle, against €128 for the 2024. Even so, Hartley & Voss’s "
        "head of fine wine, Oliver Pridham, described demand as “patchy at best”.\n\n"
        "“Collectors have cellars full of wine they bought at the top of the market. When I ring "
        "clients, the first thing half of them say is ‘I’m selling, not buying.’ That tells you "
        "everything,” Pridham said.\n\n"
        "Estate owners are more upbeat about the wines themselves, which critics have compared "
        "to the celebrated 2016 vintage. Château Lamothe-Bellac, owned by the Castéran family "
        "since 1921, has sold its entire allocation to merchants.",
        [
            (
                I,
                [
                    "The 2025 en primeur campaign in the Gironde-sur-Mer region closed this week "
                    "with average release prices down 14 per cent on last year, the steepest fall "
                    "since 2011"
                ],
                "Hartley & Voss",
            ),
            (P, ["patchy at best"], "Oliver Pridham"),
            (
                D,
                [
                    "Collectors have cellars full of wine they bought at the top of the market. "
                    "When I ring clients, the first thing half of them say is ‘I’m selling, not "
                    "buying.’ That tells you everything"
                ],
                "Oliver Pridham",
            ),
        ],
    ),
    (  # 4 marrow show: "Mr X said" after, "One stallholder" partial, dashes as parentheses
        "More than 9,000 people descended on the Somerset village of Nether Brampton on Saturday "
        "for the 63rd Great Marrow Show, a record crowd for an event that began as a dare "
        "between two rival allotment holders.\n\n"
        "This year's winning marrow, grown by retired postman Colin Ashdown, weighed in at "
        "68.4kg, beating last year's champion by almost four kilos. \"I talk to them every "
        "morning. My wife thinks I've lost it, but look at the size of him,\" Mr Ashdown said, "
        "patting his prize.\n\n"
        "Not everyone was celebrating. One stallholder, who sells cider from a converted "
        "horsebox, said the queue for the village's only car park had stretched back \"nearly to "
        'the motorway" by mid-morning.\n\n'
        "The show — run entirely by volunteers since 1963 — raised £22,000 for the village "
        "school and the local air ambulance. A park-and-ride from Brampton Cross is planned for "
        "next year, and the marrows will be weighed on a certified scale for the first time.",
        [
            (
                D,
                [
                    "I talk to them every morning. My wife thinks I've lost it, but look at the "
                    "size of him"
                ],
                "Colin Ashdown",
            ),
            (P, ["nearly to the motorway"], "stallholder"),
        ],
    ),
    (  # 5 hotel occupancy: "X said on Thursday" after indirect, colon quote, "Mr X" in narrative
        "Hotels in Port Alder filled 84 per cent of their rooms between June and September, the "
        "highest summer rate on record, the Port Alder Hoteliers' Association said on Thursday. "
        "Average room rates rose to £171 a night, up 9 per cent on 2025. The city's August arts "
        "festival, which drew 1.1 million visitors, accounted for almost a third of the summer's "
        "bookings.\n\n"
        "The association's chairman, Rajesh Kumaraswamy, who runs the 120-room Harbourview "
        "Hotel, was unapologetic about prices: “We are paying more for energy, more for food and "
        "more for staff than ever before. Nobody in this industry is getting rich.”\n\n"
        "The figures come weeks before the city council votes on a proposed visitor levy of 5 "
        "per cent per night, which would raise an estimated £14 million a year for street "
        "cleaning and public transport. Mr Kumaraswamy's members have lobbied councillors for "
        "months for a cap on the levy.",
        [
            (
                I,
                [
                    "Hotels in Port Alder filled 84 per cent of their rooms between June and "
                    "September, the highest summer rate on record"
                ],
                "Port Alder Hoteliers' Association",
            ),
            (
                D,
                [
                    "We are paying more for energy, more for food and more for staff than ever "
                    "before. Nobody in this industry is getting rich."
                ],
                "Rajesh Kumaraswamy",
            ),
        ],
    ),
    (  # 6 vineyards uphill: "according to a study by X", quote over 2 paragraphs, "Dr" + "van der"
        "Climate change is pushing vineyards uphill faster than growers expected, according to a "
        "study published this week by the Institute of Viticulture at Stellendam University.\n\n"
        "Over the past twenty years, the average altitude of newly planted vines in the Breede "
        "Uplands has risen by 140 metres, and sauvignon blanc now grows on slopes once used only "
        "for sheep.\n\n"
        "“Twenty years ago, nobody would have planted sauvignon blanc up there. It was too cold, "
        "too windy, too far from anything.\n\n"
        "“Now it is where the freshest wines are coming from,” said Dr Annelie van der Berg, the "
        "soil scientist who led the study.\n\n"
        "Growers on the valley floor face harder choices. Many are grafting heat-tolerant "
        "varieties such as grenache and mourvèdre onto old rootstock, and some have replaced "
        "their vines with citrus. Land prices on the higher slopes have tripled since 2015.",
        [
            (
                I,
                ["Climate change is pushing vineyards uphill faster than growers expected"],
                "Institute of Viticulture at Stellendam University",
            ),
            (
                D,
                [
                    "Twenty years ago, nobody would have planted sauvignon blanc up there. It was "
                    "too cold, too windy, too far from anything.",
                    "Now it is where the freshest wines are coming from",
                ],
                "Annelie van der Berg",
            ),
        ],
    ),
    (  # 7 chef leaves: "its owners confirmed" = the group, partial in a statement, colon quote
        "Chef Tomasz Wielgosz is to leave Ember, the London restaurant he opened in 2019 and "
        "took to two Harrowgate stars, at the end of January, its owners confirmed on "
        "Wednesday.\n\n"
        "In a statement, Marlowe Hospitality Group said it was “immensely grateful” to "
        "Wielgosz. His sous-chef of six years, Abigail Thorne, will take over the kitchen, and "
        "the restaurant will keep its name.\n\n"
        "Wielgosz, 41, explained his reasons in an interview with the trade magazine Caterer’s "
        "Table: “I’ve been cooking fourteen hours a day since I was seventeen. I want to see my "
        "kids before they leave home.”\n\n"
        "Ember’s final four weeks under its founder sold out within two hours of the "
        "announcement. The chef, who grew up in Gdańsk and trained in Copenhagen, is expected to "
        "spend part of next year teaching at a cookery school in Kraków.",
        [
            (
                I,
                [
                    "Chef Tomasz Wielgosz is to leave Ember, the London restaurant he opened in "
                    "2019 and took to two Harrowgate stars, at the end of January"
                ],
                "Marlowe Hospitality Group",
            ),
            (P, ["immensely grateful"], "Marlowe Hospitality Group"),
            (
                D,
                [
                    "I’ve been cooking fourteen hours a day since I was seventeen. I want to see "
                    "my kids before they leave home."
                ],
                "Tomasz Wielgosz",
            ),
        ],
    ),
    (  # 8 island tourist tax: "said council leader X", "they argue that" for an organisation
        "Visitors staying overnight on the Isle of Carrick will pay a £3-a-night tourist tax "
        "from April, after the island council voted 14 to 5 in favour on Tuesday.\n\n"
        "“This is not about punishing visitors. It is about making sure the ferry, the roads and "
        "the bins can cope with them,” said council leader Morag MacIsaac after the vote.\n\n"
        "The island, population 4,200, received 310,000 visitors last year, most of them "
        "between May and September. Its bed-and-breakfast owners are split. The Carrick Guest "
        "House Network, which represents 70 small businesses, opposed the levy; they argue that "
        "it will push budget travellers towards day trips. Ewan Drummond, who runs a six-room "
        "guest house in Portnacrag, backs the tax as long as the money goes on a second "
        "ferry.\n\n"
        "The levy is expected to raise about £900,000 a year, and the council will review it "
        "after two seasons.",
        [
            (
                D,
                [
                    "This is not about punishing visitors. It is about making sure the ferry, the "
                    "roads and the bins can cope with them"
                ],
                "Morag MacIsaac",
            ),
            (
                I,
                ["it will push budget travellers towards day trips"],
                "Carrick Guest House Network",
            ),
        ],
    ),
    (  # 9 falafel van: nickname not speech, dashes as parentheses, "al-" name, '"A," he said. "B."'
        "Samir al-Haddad has been selling falafel from the same green van on Quayside Street for "
        "eleven years. Regulars call him “the Falafel Professor” — he has a doctorate in "
        "chemistry — and on a Friday lunchtime the queue stretches past the fishmonger’s. A "
        "wrap still costs £6.50, the same price as in 2021.\n\n"
        "This month his stall was named Street Food Vendor of the Year at the Northern Food "
        "Awards in Leeds, ahead of 140 other traders. The judges praised the crunch of his "
        "falafel and the generosity of his portions.\n\n"
        "“I still don’t really understand it. I make the same thing every day, the way my "
        "mother made it in Aleppo,” al-Haddad said, wiping down the counter.\n\n"
        "He has turned down two offers to open a restaurant in the city centre. “A restaurant "
        "has walls,” he said. “I like the street.”",
        [
            (
                D,
                [
                    "I still don’t really understand it. I make the same thing every day, the way "
                    "my mother made it in Aleppo"
                ],
                "Samir al-Haddad",
            ),
            (D, ["A restaurant has walls"], "Samir al-Haddad"),
            (D, ["I like the street."], "Samir al-Haddad"),
        ],
    ),
    (  # 10 distillery: straight quotes over 2 paragraphs, whisky name, "According to"
        "Glenardair Distillery opened its new £6 million visitor centre on Friday, with its "
        "owners hoping to double visitor numbers to 80,000 a year by 2030.\n\n"
        "The centre includes a tasting room built into the old malting floor, a café and a shop "
        "selling bottlings available nowhere else, including a 25-year-old single malt called "
        '"Ardair Storm", priced at £1,450.\n\n'
        "\"Whisky tourism has changed completely. People don't just want to see the stills, they "
        "want to meet the people who make it and understand why it tastes the way it does.\n\n"
        '"We\'re a small team, so that means our distillers will be out front a lot more," said '
        "Fraser McCallum, the distillery manager, who joined Glenardair as a cask filler in "
        "1994.\n\n"
        "According to the Scotch Spirits Visitor Trust, distillery visits across Scotland rose "
        "by 11 per cent last year, to 2.6 million. Hotels and cafés in the glen are already "
        "extending their opening hours into the winter.",
        [
            (
                D,
                [
                    "Whisky tourism has changed completely. People don't just want to see the "
                    "stills, they want to meet the people who make it and understand why it "
                    "tastes the way it does.",
                    "We're a small team, so that means our distillers will be out front a lot more",
                ],
                "Fraser McCallum",
            ),
            (
                I,
                ["distillery visits across Scotland rose by 11 per cent last year, to 2.6 million"],
                "Scotch Spirits Visitor Trust",
            ),
        ],
    ),
    (  # 11 olive oil harvest: "el-" name, "warned X, an analyst", "adding that"
        "Olive oil prices are set to fall for the first time in four years after a bumper "
        "harvest across the Mediterranean. Production in the 2026-27 season is forecast at 3.4 "
        "million tonnes, up almost a third, with Spain, Tunisia and Greece all recovering from "
        "drought.\n\n"
        "In the groves around Beni Karim, in northern Tunisia, pickers began work this week. "
        "“After two years of drought, the trees are finally heavy. My sons and I will be picking "
        "until February,” said Youssef el-Mansouri, 58, who farms 900 trees inherited from his "
        "grandfather.\n\n"
        "Consumers should not expect immediate relief, however. “Supermarket prices do not come "
        "down as fast as they go up,” warned Lucia Ferrante, an analyst at the Milan-based "
        "consultancy Oleum Data, adding that bottlers were still using stock bought at last "
        "year’s peak.\n\n"
        "Wholesale prices for extra virgin oil have already fallen from €9 to €5.60 a kilo since "
        "June.",
        [
            (
                D,
                [
                    "After two years of drought, the trees are finally heavy. My sons and I will "
                    "be picking until February"
                ],
                "Youssef el-Mansouri",
            ),
            (
                D,
                ["Supermarket prices do not come down as fast as they go up"],
                "Lucia Ferrante",
            ),
            (
                I,
                ["bottlers were still using stock bought at last year’s peak"],
                "Lucia Ferrante",
            ),
        ],
    ),
    (  # 12 pub reopens: '"A," said the chef, X, "b."' one quote, "Mr X said", "one regular", beer
        "The Anchor at Saltmere reopened on Thursday after an eight-month refurbishment, with a "
        "new kitchen, a new chef and, for the first time in its 300-year history, no chips on "
        "the menu.\n\n"
        '"People have been very vocal about the chips," said the chef, Ruairi Costello, who '
        "previously ran the kitchen at the Bell in Harrowfield, \"but I'd rather they came for "
        'the cod."\n\n'
        "The pub's landlord, Geoffrey Pimm, spent £1.2 million on the work, including a new "
        'roof and a rebuilt cellar. "We had to do something. The roof was leaking onto the '
        'barrels and the kitchen was older than me," Mr Pimm said.\n\n'
        "Not all the regulars are convinced. \"It's lovely, but it's not a pub any more, it's a "
        'restaurant with a dartboard," said one regular, nursing a pint of "Saltmere Gold" at '
        "the bar.",
        [
            (
                D,
                [
                    "People have been very vocal about the chips",
                    "but I'd rather they came for the cod.",
                ],
                "Ruairi Costello",
            ),
            (
                D,
                [
                    "We had to do something. The roof was leaking onto the barrels and the kitchen "
                    "was older than me"
                ],
                "Geoffrey Pimm",
            ),
            (
                D,
                ["It's lovely, but it's not a pub any more, it's a restaurant with a dartboard"],
                "regular",
            ),
        ],
    ),
    (  # 13 cruise ships: "X said on Monday" after indirect, "Officials said", "said:" colon quote
        "A record 212 cruise ships called at Kelmouth this year, bringing 410,000 passengers "
        "ashore, the Kelmouth Harbour Authority said on Monday. Officials said passengers had "
        "spent an estimated £38 million in the town’s shops, cafés and attractions, supporting "
        "around 600 jobs.\n\n"
        "Not everyone is pleased. The residents’ group Quiet Quays has campaigned since 2024 for "
        "a cap on arrivals. Its spokeswoman, Helen Abernethy-Cole, said: “We love visitors. What "
        "we don’t love is 6,000 people arriving at nine and leaving at four, having bought a "
        "fridge magnet.”\n\n"
        "The harbour authority plans to limit calls to two ships a day from 2028, and to charge "
        "operators a new passenger fee of £4 a head. The port’s cruise season runs from April to "
        "October, with the busiest weeks in late August.",
        [
            (
                I,
                [
                    "A record 212 cruise ships called at Kelmouth this year, bringing 410,000 "
                    "passengers ashore"
                ],
                "Kelmouth Harbour Authority",
            ),
            (
                I,
                [
                    "passengers had spent an estimated £38 million in the town’s shops, cafés and "
                    "attractions, supporting around 600 jobs"
                ],
                "officials",
            ),
            (
                D,
                [
                    "We love visitors. What we don’t love is 6,000 people arriving at nine and "
                    "leaving at four, having bought a fridge magnet."
                ],
                "Helen Abernethy-Cole",
            ),
        ],
    ),
    (  # 14 beer festival: "says" + clause, straight quotes with ‘ ’ inside, beer name, "said that"
        "The Tollbridge Beer Festival sold all 6,000 tickets for its 28th edition, which closed "
        "on Sunday after three days and more than 400 beers, ciders and perries.\n\n"
        "Organiser Dave Whitcombe, a retired maths teacher who launched the event in a church "
        'hall, says the audience has changed beyond recognition. "When we started in 1998, '
        "people asked me ‘Where's the lager?’ Now they ask what hops are in the hazy pale,\" he "
        "said.\n\n"
        'The Champion Beer award went to "Lantern Stout", brewed by the four-person Kestrel Yard '
        "Brewery in a railway arch in Darnford. Its head brewer, Priya Chandrasekar, said that "
        "the recipe had taken two years and 31 test batches to get right.\n\n"
        "Next year's festival will move to the town's former corn exchange, which can hold "
        "twice as many drinkers.",
        [
            (I, ["the audience has changed beyond recognition"], "Dave Whitcombe"),
            (
                D,
                [
                    "When we started in 1998, people asked me ‘Where's the lager?’ Now they ask "
                    "what hops are in the hazy pale"
                ],
                "Dave Whitcombe",
            ),
            (
                I,
                ["the recipe had taken two years and 31 test batches to get right"],
                "Priya Chandrasekar",
            ),
        ],
    ),
    (  # 15 young chef: award title in quotes, "said X, whose", "She told reporters ... that"
        "Aisha Bello-Hargreaves, 26, was named the Harrowgate Guide’s “Young Chef of the Year” "
        "at its ceremony in Manchester on Monday, eighteen months after opening her first "
        "restaurant, Okra, in a former bookmaker’s in Salford.\n\n"
        "“I cried when they read my name out. Then I panicked, because I had a lunch service the "
        "next day and nobody to cover me,” said Bello-Hargreaves, whose parents run a Nigerian "
        "grocery two streets from the restaurant.\n\n"
        "Okra serves a six-course menu at £58, built around West African ingredients and "
        "vegetables from a community farm in Eccles. Its best-known dish, a smoked jollof rice "
        "with charred mackerel, has been on the menu since opening day.\n\n"
        "She told reporters after the ceremony that she had no plans to raise prices and would "
        "use the prize money to pay for two apprentices.",
        [
            (
                D,
                [
                    "I cried when they read my name out. Then I panicked, because I had a lunch "
                    "service the next day and nobody to cover me"
                ],
                "Aisha Bello-Hargreaves",
            ),
            (
                I,
                [
                    "she had no plans to raise prices and would use the prize money to pay for two "
                    "apprentices"
                ],
                "Aisha Bello-Hargreaves",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout58.jsonl"),
        "heldout58",
        "h58",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
