"""Source of the seventeenth held-out set: writes heldout17.jsonl (split "heldout17").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like regional dailies and local papers (town councils, schools, fires,
harvests, ski resorts, local sport, obituaries, courts, hospitals, floods, farming), not like a
list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.11.0 (docs/EXTRACTION.md); not
read when this was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout17.py
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
# narrow no-break spaces (\u202f), none, “ ”, and a dialogue dash.
FR: list[Item] = [
    (  # 1 Breton village school closure: maire apposition, porte-parole partial + -t-elle
        "Plouzelec — L'école publique de Kervadec fermera ses portes à la rentrée de "
        "septembre. Le conseil municipal a voté mardi soir la fermeture de l'établissement, qui "
        "ne comptait plus que 23 élèves, par quinze voix contre quatre.\n\n"
        "«\u00a0Personne n'a pris cette décision de gaieté de cœur\u00a0», a assuré le maire, "
        "Yannick Le Goff, à l'issue d'une séance tendue. Les élèves seront accueillis au groupe "
        "scolaire du bourg, à quatre kilomètres, et un car gratuit sera mis en place.\n\n"
        "Dans le public, une quarantaine de parents avaient déployé des banderoles. Leur "
        "porte-parole, Gwenaëlle Tanguy, a dénoncé un «\u00a0abandon des hameaux\u00a0». "
        "«\u00a0On nous parle d'économies, mais qui va venir s'installer ici sans "
        "école\u00a0?\u00a0», a-t-elle interrogé.\n\n"
        "Les quatre élus d'opposition ont voté contre.",
        [
            (D, ["Personne n'a pris cette décision de gaieté de cœur"], "Yannick Le Goff"),
            (P, ["abandon des hameaux"], "Gwenaëlle Tanguy"),
            (
                D,
                ["On nous parle d'économies, mais qui va venir s'installer ici sans école\u00a0?"],
                "Gwenaëlle Tanguy",
            ),
        ],
    ),
    (  # 2 warehouse fire in the Nord: "selon les sapeurs-pompiers", unnamed riverain, partial
        "Un violent incendie a ravagé dans la nuit de samedi à dimanche un entrepôt de "
        "pneumatiques de la zone d'activités du Pont-Rouge, à Wattrelieu. Aucune victime n'est "
        "à déplorer, selon les sapeurs-pompiers du Nord, qui ont engagé jusqu'à 85 hommes.\n\n"
        "Le feu s'est déclaré vers 2 h 30. Une épaisse fumée noire était visible à plusieurs "
        "kilomètres. « On a été réveillés par les explosions, on aurait dit des coups de "
        "canon », raconte un riverain de la rue des Tisserands.\n\n"
        "Le commandant des opérations de secours, le lieutenant-colonel Franck Dewaele, a "
        "expliqué que le bâtiment, d'environ 4 000 m², était « entièrement perdu ». Les "
        "pompiers se sont attachés à protéger une entreprise de transport voisine.\n\n"
        "Par précaution, les habitants des quartiers sud sont "
        "invités à garder leurs fenêtres fermées jusqu'à lundi midi. Une enquête a été ouverte "
        "pour déterminer l'origine du sinistre.",
        [
            (I, ["Aucune victime n'est à déplorer"], "sapeurs-pompiers du Nord"),
            (
                D,
                ["On a été réveillés par les explosions, on aurait dit des coups de canon"],
                "riverain",
            ),
            (P, ["entièrement perdu"], "Franck Dewaele"),
        ],
    ),
    (  # 3 ski resort opening delayed: incise -t-il split quote, colon quote, "Selon lui"
        "Faute de neige, la station de La Combe-Barral, dans le massif de Belledonne, repousse "
        "d'une semaine l'ouverture de son domaine skiable, initialement prévue le 13 décembre. "
        "Les enneigeurs n'ont pu fonctionner que trois nuits depuis début novembre, les "
        "températures restant trop douces.\n\n"
        "«\u202fNous ne voulons pas ouvrir avec deux pistes et décevoir les gens, a justifié le "
        "directeur de la régie des remontées mécaniques, Christophe Arnaud-Goddet. Mieux vaut "
        "attendre quelques jours et proposer un vrai produit.\u202f»\n\n"
        "Du côté des commerçants, l'inquiétude monte. Patricia Rochas, qui loue des skis au "
        "pied des pistes depuis vingt ans, fait ses comptes\u202f: «\u202fUne semaine de "
        "décalage, c'est entre 15 et 20 % de mon chiffre de décembre. Mais l'an dernier, on "
        "avait tenu.\u202f»\n\n"
        "Le directeur s'est toutefois voulu rassurant. Selon lui, les prévisionnistes annoncent "
        "un net refroidissement et des chutes de neige à partir de 1 200 mètres dès mardi "
        "prochain.",
        [
            (
                D,
                [
                    "Nous ne voulons pas ouvrir avec deux pistes et décevoir les gens",
                    "Mieux vaut attendre quelques jours et proposer un vrai produit.",
                ],
                "Christophe Arnaud-Goddet",
            ),
            (
                D,
                [
                    "Une semaine de décalage, c'est entre 15 et 20 % de mon chiffre de "
                    "décembre. Mais l'an dernier, on avait tenu."
                ],
                "Patricia Rochas",
            ),
            (
                I,
                [
                    "les prévisionnistes annoncent un net refroidissement et des chutes de "
                    "neige à partir de 1 200 mètres dès mardi prochain"
                ],
                "Christophe Arnaud-Goddet",
            ),
        ],
    ),
    (  # 4 Neuchâtel grape harvest: two women alternating, "la vigneronne", surname alone
        "Les vendanges touchent à leur fin sur le littoral neuchâtelois, et les vignerons ont "
        "le sourire. Après deux années marquées par la grêle et le mildiou, le millésime 2026 "
        "s'annonce «généreux et très sain», selon l'Office cantonal de la viticulture.\n\n"
        "À Sornens-sur-Lac, Anne-Laure Perrochet rentrait mardi ses dernières caisses de pinot "
        "noir. «Les raisins sont magnifiques, les sondages tournent autour de 95 degrés "
        "Oechslé», se félicite la vigneronne, qui exploite sept hectares avec son frère.\n\n"
        "La cheffe de l'office, Martine Jacot-Descombes, tempère toutefois l'enthousiasme. Elle "
        "rappelle que les stocks de chasselas restent élevés dans les caves et que les prix "
        "payés aux producteurs ne devraient pas augmenter.\n\n"
        "Perrochet le sait bien. «On fait du bon vin, mais il faut encore le vendre», "
        "sourit-elle. Jacot-Descombes, elle, plaide pour une promotion commune des appellations "
        "du canton auprès des restaurateurs alémaniques.",
        [
            (P, ["généreux et très sain"], "Office cantonal de la viticulture"),
            (
                D,
                ["Les raisins sont magnifiques, les sondages tournent autour de 95 degrés Oechslé"],
                "Anne-Laure Perrochet",
            ),
            (
                I,
                [
                    "les stocks de chasselas restent élevés dans les caves et que les prix payés "
                    "aux producteurs ne devraient pas augmenter"
                ],
                "Martine Jacot-Descombes",
            ),
            (D, ["On fait du bon vin, mais il faut encore le vendre"], "Anne-Laure Perrochet"),
        ],
    ),
    (  # 5 Liège provincial football: "le joueur de 24 ans" after a long quote, coach -t-il
        "Le Royal Entente Ferrières-Lorcé a signé dimanche sa cinquième victoire d'affilée en P1 "
        "liégeoise en s'imposant 3-1 sur le terrain de l'US Hodimont-Thier. Les Verts pointent "
        "désormais à deux longueurs du leader, le FC Warnoux.\n\n"
        "Auteur d'un doublé, l'attaquant Kevin Lambrecht ne boudait pas son plaisir au coup de "
        "sifflet final. « Au repos, le coach nous a secoués. On jouait trop court, on avait "
        "peur de perdre le ballon. En deuxième mi-temps, on s'est lâchés », expliquait le "
        "joueur de 24 ans, arrivé de Malmedy l'été dernier.\n\n"
        "L'entraîneur, Didier Paquay, préférait rester prudent. Son équipe restait sur une "
        "lourde défaite à domicile il y a un mois. « La montée ? On en reparlera en avril », "
        "a-t-il coupé.\n\n"
        "Hodimont-Thier, qui a joué à dix pendant une demi-heure, reste quatrième.",
        [
            (
                D,
                [
                    "Au repos, le coach nous a secoués. On jouait trop court, on avait peur de "
                    "perdre le ballon. En deuxième mi-temps, on s'est lâchés"
                ],
                "Kevin Lambrecht",
            ),
            (D, ["La montée ? On en reparlera en avril"], "Didier Paquay"),
        ],
    ),
    (  # 6 Acadian school reprieve: three women, partial after "d'", minister indirect
        "Pointe-à-Bouleau (N.-B.) — Les parents de l'École Notre-Dame-des-Flots ont obtenu un "
        "sursis. Le conseil d'éducation du District scolaire francophone des Marées a reporté "
        "jeudi soir à l'an prochain le vote sur la fermeture de l'établissement de 61 "
        "élèves.\n\n"
        "«\u00a0On respire un peu, mais on n'a rien gagné\u00a0», a réagi Josée Arsenault, "
        "mère de deux enfants et présidente du comité de parents.\n\n"
        "La présidente du conseil d'éducation, Huguette LeBlanc-Robichaud, a justifié le report "
        "par la nécessité d'«\u00a0écouter jusqu'au bout\u00a0» les familles. Le district "
        "prévoit toutefois un déficit de 2,4 millions de dollars l'an prochain.\n\n"
        "Jointe vendredi, la ministre de l'Éducation, Claudette Savoie, a fait savoir par "
        "courriel qu'elle respecterait la décision du conseil, quelle qu'elle soit.",
        [
            (D, ["On respire un peu, mais on n'a rien gagné"], "Josée Arsenault"),
            (P, ["écouter jusqu'au bout"], "Huguette LeBlanc-Robichaud"),
            (
                I,
                ["elle respecterait la décision du conseil, quelle qu'elle soit"],
                "Claudette Savoie",
            ),
        ],
    ),
    (  # 7 obituary of a former mayor: "l'actuelle maire" after the quote, daughter partial
        "Figure de la vie locale pendant plus de trente ans, Bernard Jolivet s'est éteint "
        "samedi à l'âge de 86 ans, à Saint-Aubin-des-Marais (Vendée). Agriculteur de métier, il "
        "avait été élu maire en 1977 et avait effectué cinq mandats, avant de passer la main en "
        "2008.\n\n"
        "On lui doit notamment la salle omnisports et le lotissement des Ajoncs, qui a permis à "
        "la commune de passer de 900 à plus de 1 600 habitants. « C'était un homme de terrain, "
        "qui connaissait chaque famille par son prénom », témoigne l'actuelle maire, Nathalie "
        "Girard, qui fut sa première adjointe.\n\n"
        "Sa fille, Catherine Mercier, se souvient d'un père « souvent absent, parce que la "
        "mairie passait avant tout », mais toujours là pour les grandes occasions.\n\n"
        "Un registre de condoléances est ouvert en mairie. Les obsèques seront célébrées "
        "mercredi à 14 h 30 en l'église Saint-Aubin.",
        [
            (
                D,
                ["C'était un homme de terrain, qui connaissait chaque famille par son prénom"],
                "Nathalie Girard",
            ),
            (
                P,
                ["souvent absent, parce que la mairie passait avant tout"],
                "Catherine Mercier",
            ),
        ],
    ),
    (  # 8 drunk school-bus driver: procureure and avocate alternating, unnamed prévenu
        "Un an de prison, dont six mois avec sursis : c'est la peine requise jeudi devant le "
        "tribunal correctionnel de Montvallon contre un chauffeur de car de 52 ans, jugé pour "
        "avoir conduit un bus scolaire avec 1,1 gramme d'alcool dans le sang, en mars dernier, "
        "sur la route des Gorges.\n\n"
        "Vingt-huit collégiens se trouvaient à bord. Aucun n'a été blessé, mais le véhicule "
        "avait terminé sa course contre un parapet. « Vous aviez la vie de vingt-huit enfants "
        "entre les mains, monsieur », a lancé la procureure, Élodie Marchetti, au prévenu.\n\n"
        "Celui-ci, qui a depuis été licencié, a reconnu les faits. Il a expliqué à la barre "
        "qu'il traversait alors une période de deuil et qu'il suivait désormais des soins.\n\n"
        "Son avocate, Me Aurélie Fontaine, a plaidé contre une peine de prison ferme. « Mon "
        "client n'est pas un délinquant de la route. C'est un homme qui s'est effondré et qui "
        "l'a reconnu », a-t-elle soutenu.\n\n"
        "Le jugement a été mis en délibéré au 8 janvier.",
        [
            (
                D,
                ["Vous aviez la vie de vingt-huit enfants entre les mains, monsieur"],
                "Élodie Marchetti",
            ),
            (
                I,
                ["il traversait alors une période de deuil et qu'il suivait désormais des soins"],
                "prévenu",
            ),
            (
                D,
                [
                    "Mon client n'est pas un délinquant de la route. C'est un homme qui s'est "
                    "effondré et qui l'a reconnu"
                ],
                "Aurélie Fontaine",
            ),
        ],
    ),
    (  # 9 amateur theatre anniversary: play and newsletter titles in « » are not quotes
        "Pour ses quarante ans, la troupe amateur des Tréteaux du Lévrier, à "
        "Castelnau-les-Prés, remonte la pièce qui l'avait fait connaître en 1986, «\u00a0Le Bal "
        "des sardinières\u00a0», une comédie écrite par son fondateur, le regretté Jean-Paul "
        "Issartel. Six représentations sont prévues à la salle des fêtes, du 5 au 14 "
        "décembre.\n\n"
        "Sur scène, quinze comédiens de 12 à 78 ans. Parmi eux, Odette Vialaret, qui faisait "
        "déjà partie de la distribution lors de la création. «\u00a0À l'époque, je jouais la "
        "fille de la tenancière. Maintenant, je joue la tenancière, et c'est beaucoup plus "
        "drôle\u00a0», s'amuse-t-elle.\n\n"
        "Le metteur en scène, Julien Carrère, 34 ans, a conservé le texte d'origine mais a "
        "modernisé les décors et la musique. Il assure que la troupe n'a «\u00a0jamais eu "
        "autant de jeunes\u00a0» depuis sa création.\n\n"
        "Le bulletin de l'association, «\u00a0Le Petit Lévrier\u00a0», consacre un numéro "
        "spécial à l'anniversaire. Réservations à l'office de tourisme.",
        [
            (
                D,
                [
                    "À l'époque, je jouais la fille de la tenancière. Maintenant, je joue la "
                    "tenancière, et c'est beaucoup plus drôle"
                ],
                "Odette Vialaret",
            ),
            (P, ["jamais eu autant de jeunes"], "Julien Carrère"),
        ],
    ),
    (  # 10 night closure of an A&E: hospital group's communiqué, maire, collectif president
        "Le service des urgences de l'hôpital de Pontcroix-sur-Odet fermera la nuit, de 20 "
        "heures à 8 heures, du 15 décembre au 4 janvier. Dans un communiqué publié lundi, les "
        "Hôpitaux de Cornouaille-Odet, dont dépend l'établissement, font état d'une "
        "“tension inédite sur les effectifs médicaux”. Les patients seront orientés vers le "
        "centre hospitalier de Lannevez, à 35 kilomètres.\n\n"
        "La nouvelle a provoqué la colère des élus du secteur. “Trente-cinq kilomètres, la "
        "nuit, sur des routes de campagne, quand on fait un infarctus, c'est une perte de "
        "chance”, a tonné le maire de Pontcroix-sur-Odet, Hervé Le Bihan, qui appelle à un "
        "rassemblement samedi devant l'hôpital.\n\n"
        "Le collectif de défense de l'hôpital, créé en 2023, a déjà réuni plus de 6 000 "
        "signatures. Sa présidente, Maryvonne Cloarec, infirmière à la retraite, a affirmé "
        "que “la fermeture temporaire finit toujours par devenir définitive”.",
        [
            (P, ["tension inédite sur les effectifs médicaux"], "Hôpitaux de Cornouaille-Odet"),
            (
                D,
                [
                    "Trente-cinq kilomètres, la nuit, sur des routes de campagne, quand on fait "
                    "un infarctus, c'est une perte de chance"
                ],
                "Hervé Le Bihan",
            ),
            (
                P,
                ["la fermeture temporaire finit toujours par devenir définitive"],
                "Maryvonne Cloarec",
            ),
        ],
    ),
    (  # 11 Ardennes milk price: "d'après l'Union", "l'éleveur" after quote, co-op noun object
        "Le prix du lait payé aux producteurs wallons a encore reculé en novembre, à 38 cents "
        "le litre, d'après l'Union des éleveurs de l'Ardenne. C'est sept cents de moins qu'il y "
        "a un an.\n\n"
        "À Bovigny-la-Haute, Thierry Gérardy trait 90 vaches avec son fils. « Avec ce prix-là, "
        "on couvre à peine nos coûts. Le gasoil, les aliments, le vétérinaire, tout a augmenté "
        "sauf ce qu'on nous paie », résume l'éleveur, qui a renoncé cette année à remplacer son "
        "tracteur.\n\n"
        "Le président de l'Union, Philippe Collard, doit rencontrer les laiteries avant la fin "
        "de l'année.\n\n"
        "Contactée, la coopérative LaitArdenne, principal collecteur de la région, a renvoyé "
        "vers la baisse des cours mondiaux du beurre et de la poudre de lait.",
        [
            (
                I,
                [
                    "Le prix du lait payé aux producteurs wallons a encore reculé en novembre, "
                    "à 38 cents le litre"
                ],
                "Union des éleveurs de l'Ardenne",
            ),
            (
                D,
                [
                    "Avec ce prix-là, on couvre à peine nos coûts. Le gasoil, les aliments, le "
                    "vétérinaire, tout a augmenté sauf ce qu'on nous paie"
                ],
                "Thierry Gérardy",
            ),
        ],
    ),
    (  # 12 Fribourg pool credit: syndic partial; group leader named only after long quote
        "Le Conseil général de Châtel-sur-Broye a accepté lundi soir, par 31 voix contre 14, un "
        "crédit de 8,6 millions de francs pour la rénovation de la piscine couverte des "
        "Planches, fermée depuis l'été 2025 pour des raisons de sécurité.\n\n"
        "Le syndic, Jean-Daniel Pittet, a défendu un investissement «indispensable pour les "
        "écoles et les clubs». Près de 1 200 écoliers de la région y suivaient des cours de "
        "natation chaque année.\n\n"
        "Le groupe Entente villageoise s'y est opposé. Son chef de groupe a dénoncé un «gouffre "
        "financier» et réclamé un référendum. «On nous présente la facture d'aujourd'hui, mais "
        "qui paiera le chauffage, le personnel et les prochaines rénovations? Pas le Conseil "
        "communal: les contribuables», a lancé Gilles Overney, sous les applaudissements d'une "
        "partie du public.\n\n"
        "Si aucun référendum n'aboutit, les travaux pourraient débuter au printemps 2027.",
        [
            (P, ["indispensable pour les écoles et les clubs"], "Jean-Daniel Pittet"),
            (P, ["gouffre financier"], "Gilles Overney"),
            (
                D,
                [
                    "On nous présente la facture d'aujourd'hui, mais qui paiera le chauffage, le "
                    "personnel et les prochaines rénovations? Pas le Conseil communal: les "
                    "contribuables"
                ],
                "Gilles Overney",
            ),
        ],
    ),
    (  # 13 Acadian lobster season: dialogue-dash quote, "selon l'Association", captain -t-il
        "Anse-aux-Loutres (N.-B.) — Il était à peine 6 h, mardi, quand les premiers bateaux "
        "ont quitté le quai pour le jour du largage, qui marque l'ouverture de la saison du "
        "homard dans le sud-est du Nouveau-Brunswick. Plus de 140 pêcheurs ont chargé leurs "
        "casiers sous un ciel dégagé.\n\n"
        "Sur le quai, Réjean Cormier regardait partir le bateau de son petit-fils.\n"
        "— J'ai fait quarante-deux saisons. Ça me serre encore le cœur chaque fois, a-t-il "
        "confié.\n\n"
        "Les prix au débarquement devraient tourner autour de 7,50 $ la livre, selon "
        "l'Association des pêcheurs côtiers acadiens, un peu moins qu'au printemps.\n\n"
        "Le capitaine Luc Gallant, 38 ans, était surtout soulagé que la météo coopère. « L'an "
        "passé, on avait dû reporter de trois jours à cause des vents. Cette année, tout le "
        "monde est prêt », a-t-il dit avant de larguer les amarres.",
        [
            (
                D,
                ["J'ai fait quarante-deux saisons. Ça me serre encore le cœur chaque fois"],
                "Réjean Cormier",
            ),
            (
                I,
                ["Les prix au débarquement devraient tourner autour de 7,50 $ la livre"],
                "Association des pêcheurs côtiers acadiens",
            ),
            (
                D,
                [
                    "L'an passé, on avait dû reporter de trois jours à cause des vents. Cette "
                    "année, tout le monde est prêt"
                ],
                "Luc Gallant",
            ),
        ],
    ),
    (  # 14 Drôme flash flood rescue: "Selon la gendarmerie", maire incise, préfecture partial
        "Une automobiliste de 67 ans a été secourue de justesse dimanche soir aux "
        "Granges-de-Rochebrune, après que sa voiture a été emportée par la crue du torrent du "
        "Merdaret alors qu'elle tentait de franchir un gué submergé.\n\n"
        "Selon la gendarmerie, la conductrice a pu s'extraire de son véhicule par la vitre et "
        "s'agripper à un arbre, où elle est restée près d'une heure avant l'arrivée des "
        "secours. Elle a été transportée en hypothermie à l'hôpital.\n\n"
        "Le maire, Régis Faure-Brac, ne cache pas son exaspération. «\u202fCe gué est fermé par "
        "une barrière dès que la vigilance orange est déclenchée. Les gens la contournent, "
        "a-t-il soupiré. On ne peut pas mettre un gendarme derrière chaque barrière.\u202f»\n\n"
        "La préfecture de la Drôme a rappelé dans un communiqué que «\u202f30 centimètres d'eau "
        "suffisent à emporter une voiture\u202f» et a prolongé la vigilance orange "
        "pluie-inondation jusqu'à mardi matin.",
        [
            (
                I,
                [
                    "la conductrice a pu s'extraire de son véhicule par la vitre et s'agripper à "
                    "un arbre, où elle est restée près d'une heure avant l'arrivée des secours"
                ],
                "gendarmerie",
            ),
            (
                D,
                [
                    "Ce gué est fermé par une barrière dès que la vigilance orange est "
                    "déclenchée. Les gens la contournent",
                    "On ne peut pas mettre un gendarme derrière chaque barrière.",
                ],
                "Régis Faure-Brac",
            ),
            (
                P,
                ["30 centimètres d'eau suffisent à emporter une voiture"],
                "préfecture de la Drôme",
            ),
        ],
    ),
    (  # 15 Walloon bin-bag price: échevine named once then by role, quote over two paragraphs
        "Les habitants d'Ermeton-les-Bois paieront leurs sacs-poubelle plus cher à partir du 1er "
        "janvier. Le conseil communal a approuvé mardi soir une hausse de 20 centimes du prix "
        "du sac de 60 litres, qui passera à 1,60 euro.\n\n"
        "L'échevine de l'Environnement, Valérie Dethier, a justifié cette décision par "
        "l'augmentation des coûts de traitement facturés par l'intercommunale. « Nous ne faisons "
        "que répercuter une facture qui a grimpé de 14 % en deux ans. La commune ne gagne pas "
        "un centime sur ces sacs.\n\n"
        "« Et je rappelle que le premier rouleau reste gratuit pour les familles nombreuses et "
        "les personnes isolées de plus de 70 ans. »\n\n"
        "L'opposition a voté contre. Selon le conseiller Maxime Hubert, la majorité aurait dû "
        "s'attaquer d'abord aux dépôts clandestins, qui coûtent « des dizaines de milliers "
        "d'euros » chaque année en nettoyage. L'échevine a répondu que trois caméras "
        "supplémentaires seraient installées au printemps.",
        [
            (
                D,
                [
                    "Nous ne faisons que répercuter une facture qui a grimpé de 14 % en deux ans. "
                    "La commune ne gagne pas un centime sur ces sacs.",
                    "Et je rappelle que le premier rouleau reste gratuit pour les familles "
                    "nombreuses et les personnes isolées de plus de 70 ans.",
                ],
                "Valérie Dethier",
            ),
            (P, ["des dizaines de milliers d'euros"], "Maxime Hubert"),
            (
                I,
                ["trois caméras supplémentaires seraient installées au printemps"],
                "Valérie Dethier",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 housing scheme approved: campaigner partial then "she said", developer statement
        "Plans for 240 homes on farmland on the edge of Ashby Wolds have been approved despite "
        "more than 600 objections.\n\n"
        "Members of Harrowdale District Council's planning committee voted six to four on "
        "Wednesday to back the scheme by Greywell Homes, which includes land for a new primary "
        "school and a GP surgery.\n\n"
        "Sue Castleton, who chairs the Save Hollins Meadow campaign, said residents were "
        '"gutted but not finished". The group is considering a legal challenge.\n\n'
        '"The roads here were built for horses and carts. Nobody on that committee has tried '
        'to get out of Mill Lane at half eight in the morning," she said.\n\n'
        "Greywell Homes said in a statement that it had listened to local concerns and would "
        "fund £1.4m of highway improvements before the first homes were occupied.",
        [
            (P, ["gutted but not finished"], "Sue Castleton"),
            (
                D,
                [
                    "The roads here were built for horses and carts. Nobody on that committee "
                    "has tried to get out of Mill Lane at half eight in the morning"
                ],
                "Sue Castleton",
            ),
            (
                I,
                [
                    "it had listened to local concerns and would fund £1.4m of highway "
                    "improvements before the first homes were occupied"
                ],
                "Greywell Homes",
            ),
        ],
    ),
    (  # 2 Ohio high-school football: quote then new sentence quote, "the coach said," incise
        "MILLBROOK, Ohio — For the first time since 1994, the Millbrook Central Lancers are "
        "going to the state semifinals.\n\n"
        "Senior quarterback Devin Okafor threw for 212 yards and ran for two touchdowns Friday "
        "night as Millbrook beat Tri-County North 28-21 in front of a packed home crowd at "
        "Halvorsen Field. The defense sealed it with a goal-line stand with 1:40 left.\n\n"
        "\u201cI told the guys at halftime, this is the night people are going to talk about for "
        "30 years,\u201d Okafor said. \u201cI didn\u2019t want to be the team that let it "
        "slip.\u201d\n\n"
        "Coach Rick Dunleavy, in his 11th season, estimated the crowd at more than 4,000.\n\n"
        "\u201cThis town has waited a long time,\u201d the coach said, \u201cand they deserved "
        "this one.\u201d\n\n"
        "The Lancers will face Eastgate in the semifinal next Friday.",
        [
            (
                D,
                [
                    "I told the guys at halftime, this is the night people are going to talk "
                    "about for 30 years"
                ],
                "Devin Okafor",
            ),
            (D, ["I didn\u2019t want to be the team that let it slip."], "Devin Okafor"),
            (
                D,
                ["This town has waited a long time", "and they deserved this one."],
                "Rick Dunleavy",
            ),
        ],
    ),
    (  # 3 NSW river flood: SES controller indirect then "Ms", farmer "he said" after quote
        "Residents of Carrabin Creek in western New South Wales have been told to prepare to "
        "evacuate, with the Mulgoa River expected to peak at 9.4 metres on Thursday.\n\n"
        "About 300 homes in the low-lying east of the town could be affected. State Emergency "
        "Service incident controller Narelle Fitzgibbon has had crews door-knocking since "
        "Tuesday.\n\n"
        "\"If you're in that area and you have somewhere else to go, go today. Don't wait for "
        'the knock on the door," Ms Fitzgibbon said.\n\n'
        "At the Carrabin showgrounds, farmer Graham Tully was moving 40 head of cattle onto "
        "higher ground.\n\n"
        '"We had the big one in 2022, we had last year, and now this. You start to wonder how '
        'many more of these you can take," he said.\n\n'
        "An evacuation centre has opened at Carrabin Creek High School.",
        [
            (
                D,
                [
                    "If you're in that area and you have somewhere else to go, go today. Don't "
                    "wait for the knock on the door"
                ],
                "Narelle Fitzgibbon",
            ),
            (
                D,
                [
                    "We had the big one in 2022, we had last year, and now this. You start to "
                    "wonder how many more of these you can take"
                ],
                "Graham Tully",
            ),
        ],
    ),
    (  # 4 Irish trolley figures: "according to", union official partial, health region partial
        "Some 118 patients were waiting for beds at University Hospital Ballinacourt on Tuesday "
        "morning, the highest figure recorded at a single hospital this year, according to the "
        "Nurses and Midwives Alliance.\n\n"
        "The alliance's industrial relations officer for the west, Siobhán Keaveney, said staff "
        "were \u2018working in conditions that would not be tolerated in any other "
        "workplace\u2019. Over the weekend, some elderly patients spent more than 30 hours on "
        "trolleys in corridors.\n\n"
        "In a statement, the Western Health Region said the hospital had seen \u2018exceptionally "
        "high attendances\u2019, with 412 people presenting to the emergency department on "
        "Monday alone. Additional beds will open at a community nursing unit in Kiltormer next "
        "month.",
        [
            (
                I,
                [
                    "Some 118 patients were waiting for beds at University Hospital Ballinacourt "
                    "on Tuesday morning, the highest figure recorded at a single hospital this "
                    "year"
                ],
                "Nurses and Midwives Alliance",
            ),
            (
                P,
                ["working in conditions that would not be tolerated in any other workplace"],
                "Siobhán Keaveney",
            ),
            (P, ["exceptionally high attendances"], "Western Health Region"),
        ],
    ),
    (  # 5 publican obituary: daughter via apposition, parish council chairman partial
        "Tributes have been paid to Frank Haddock, who ran the Plough Inn at Lower Staunton "
        "for 43 years, after his death at the age of 81.\n\n"
        "Mr Haddock took over the village pub from his father in 1979 and was known across the "
        "county for his Sunday night quiz, which raised thousands of pounds for the Staunton "
        "Vale air ambulance.\n\n"
        "He pulled his last pint only a fortnight before he fell ill. His daughter, Karen "
        'Ellery, said: "Dad never took a holiday. He used to say the pub was his holiday."\n\n'
        'Parish council chairman Alan Pettifer said the village had lost "its memory and its '
        'heart".\n\n'
        "Mr Haddock is survived by his wife, Joan, three children and seven grandchildren.",
        [
            (
                D,
                ["Dad never took a holiday. He used to say the pub was his holiday."],
                "Karen Ellery",
            ),
            (P, ["its memory and its heart"], "Alan Pettifer"),
        ],
    ),
    (  # 6 Kansas fire-department embezzlement: prosecutor after the quote, judge by surname
        "ELK PRAIRIE, Kan. — A former treasurer of the Elk Prairie Volunteer Fire Department "
        "was sentenced Monday to 18 months in prison for embezzling nearly $210,000 from the "
        "department over six years.\n\n"
        "Gary Wendt, 58, pleaded guilty in August to one count of theft. He has since sold the "
        "bass boat he bought with part of the money.\n\n"
        '"These were volunteers who held bake sales to buy turnout gear. He was stealing from '
        'the people who run into burning buildings for this town," Assistant County Attorney '
        "Mark Delaney told the court.\n\n"
        "Wendt's attorney, Paul Strickland, asked District Judge Raymond Kohler for probation. "
        "Wendt has already repaid $40,000. Kohler was unmoved. He said the breach "
        'of trust was "about as serious as it gets in a small community."\n\n'
        "Wendt apologized briefly before he was taken into custody.",
        [
            (
                D,
                [
                    "These were volunteers who held bake sales to buy turnout gear. He was "
                    "stealing from the people who run into burning buildings for this town"
                ],
                "Mark Delaney",
            ),
            (
                P,
                ["about as serious as it gets in a small community."],
                "Raymond Kohler",
            ),
        ],
    ),
    (  # 7 Irish co-op milk price: CEO partial, farmer quote "he said to", unnamed spokeswoman
        "Slieve Aughty Co-op has held its October milk price at 44 cent per litre, despite "
        "pressure from suppliers for an increase after a difficult autumn.\n\n"
        "The co-op's chief executive, Noel Fahy, said global dairy markets remained "
        '"fragile". The board did not want to pay out money it might have to claw back in the '
        "spring.\n\n"
        "But at a packed meeting in Ballyderrig on Thursday night, suppliers were in no mood "
        "for caution. Tom Keane, who milks 110 cows near Derrylea, has seen his feed bill "
        "double since August because of the wet weather.\n\n"
        "\"We're not asking for a bonus. We're asking to be paid what the milk is worth,\" he "
        "told the meeting to loud applause.\n\n"
        "The price will be reviewed again in December, a spokeswoman for the co-op said.",
        [
            (P, ["fragile"], "Noel Fahy"),
            (
                D,
                ["We're not asking for a bonus. We're asking to be paid what the milk is worth"],
                "Tom Keane",
            ),
            (I, ["The price will be reviewed again in December"], "Slieve Aughty Co-op"),
        ],
    ),
    (  # 8 family bakery closing: owner named in narrative then "she said", association partial
        "PORT AUBREY, Mich. — After 52 years, Kowalczyk's Bakery on Third Street will sell its "
        "last loaf on Saturday.\n\n"
        "Rising costs and the difficulty of finding anyone willing to start work at 3 a.m. "
        "wore down owner Linda Kowalczyk-Reyes, 63, whose grandparents opened the shop in "
        "1974.\n\n"
        "\u201cPeople keep asking me who\u2019s going to take it over. I wish I had an "
        "answer,\u201d she said Tuesday, boxing up rye bread for a regular.\n\n"
        "Earl Whitcomb, 79, has bought a loaf there every Saturday since he came home from the "
        "Army. He was in line before the doors opened.\n\n"
        "The Port Aubrey Downtown Association said it was \u201cheartbroken\u201d by the news.",
        [
            (
                D,
                ["People keep asking me who\u2019s going to take it over. I wish I had an answer"],
                "Linda Kowalczyk-Reyes",
            ),
            (P, ["heartbroken"], "Port Aubrey Downtown Association"),
        ],
    ),
    (  # 9 water rates: consultant study title in quotes is not a quote; director, mayor
        "GREENLEY, Wash. — Water bills in Greenley will rise about 9 percent a year for the next "
        "five years under a rate plan the City Council approved 5-2 Monday night.\n\n"
        "The increases will pay to replace roughly 14 miles of cast-iron mains, some laid in "
        "the 1920s, identified in a consultant's study titled \"Under Our Streets: Greenley "
        'Water System Plan 2026."\n\n'
        "Public Works Director Anita Sorensen showed council members a map of last year's 61 "
        'main breaks, up from 23 a decade ago. "We are fixing the same pipes over and '
        'over again. At some point you have to replace them," she said.\n\n'
        "Two council members voted no over the lack of help for low-income seniors. "
        "Mayor Patricia Alvarado said staff would bring a discount proposal to the council in "
        "February.",
        [
            (
                D,
                [
                    "We are fixing the same pipes over and over again. At some point you have to "
                    "replace them"
                ],
                "Anita Sorensen",
            ),
            (
                I,
                ["staff would bring a discount proposal to the council in February"],
                "Patricia Alvarado",
            ),
        ],
    ),
    (  # 10 van tool thefts: "…, police said", detective "she said", unattributed victim quote
        "Police are appealing for witnesses after a string of thefts of tools from vans in "
        "Kettleby and surrounding villages.\n\n"
        "Eleven vans were broken into between 2 and 9 November, with power tools worth more "
        "than £30,000 taken, Northdale Police said.\n\n"
        'Detective Constable Hannah Briggs is leading the investigation. "For a tradesperson, '
        "losing their tools means losing their income for weeks. We would urge anyone with "
        'doorbell or dashcam footage from those nights to get in touch," she said.\n\n'
        "Plumber Jason Ryder's van was hit twice in a week. He now carries his tools into the "
        'house every night. "It adds half an hour to my day, but what choice have I got?"',
        [
            (
                I,
                [
                    "Eleven vans were broken into between 2 and 9 November, with power tools "
                    "worth more than £30,000 taken"
                ],
                "Northdale Police",
            ),
            (
                D,
                [
                    "For a tradesperson, losing their tools means losing their income for weeks. "
                    "We would urge anyone with doorbell or dashcam footage from those nights to "
                    "get in touch"
                ],
                "Hannah Briggs",
            ),
            (
                D,
                ["It adds half an hour to my day, but what choice have I got?"],
                "Jason Ryder",
            ),
        ],
    ),
    (  # 11 Queensland water restrictions: mayor named then "the mayor", club president
        "Households in Tambrook will face level-four water restrictions from Monday, with the "
        "town's main storage, Cobb's Weir, down to 18 per cent after the driest winter on "
        "record.\n\n"
        "Hoses are banned for garden watering and residents are asked to keep their use below "
        "150 litres a person a day.\n\n"
        "Tambrook Shire Mayor Joanne Pell has been warning about the weir since winter. \"We've "
        "watched that weir drop a few centimetres every week since June. Unless we get decent "
        "rain by Christmas, we'll be carting water in,\" the mayor said.\n\n"
        "Tambrook Junior Cricket Club president Shane Duggan said the club had been told the "
        "town's ovals would not be watered after next month.\n\n"
        "Forecasters give only a 30 per cent chance of above-average rain over summer.",
        [
            (
                D,
                [
                    "We've watched that weir drop a few centimetres every week since June. Unless "
                    "we get decent rain by Christmas, we'll be carting water in"
                ],
                "Joanne Pell",
            ),
            (
                I,
                ["the club had been told the town's ovals would not be watered after next month"],
                "Shane Duggan",
            ),
        ],
    ),
    (  # 12 school transport review: quoted document with a named author, colon quote
        "An independent review of Marlow Vale Council's home-to-school transport service has "
        "been published after a year in which taxis failed to turn up for children with special "
        "educational needs on more than 200 occasions.\n\n"
        'The review, led by former headteacher Carol Ainsworth, said the service had been "run '
        'on goodwill and spreadsheets". It makes 19 recommendations, including a single point '
        "of contact for every family.\n\n"
        "The council has accepted all of the findings. Its cabinet member for children's "
        "services, Cllr Priya Nair, will report on progress in the spring.\n\n"
        "Donna Kettering, whose 11-year-old son has autism, said: \"Some mornings I'd be stood "
        "on the doorstep with him in his uniform at nine o'clock, ringing a number nobody "
        "answered. You can't explain that to a child like mine.\"",
        [
            (P, ["run on goodwill and spreadsheets"], "Carol Ainsworth"),
            (
                D,
                [
                    "Some mornings I'd be stood on the doorstep with him in his uniform at nine "
                    "o'clock, ringing a number nobody answered. You can't explain that to a "
                    "child like mine."
                ],
                "Donna Kettering",
            ),
        ],
    ),
    (  # 13 hurling county final: manager and captain, both "he", "he added"
        "Kilcarrig Gaels are county intermediate hurling champions for the first time in the "
        "club's 96-year history after a 1-17 to 0-16 win over Ballyroe at St Fintan's Park on "
        "Sunday.\n\n"
        "Full-forward Eoin Brophy scored the only goal of the game in the 48th minute, flicking "
        "to the net from a Cathal Dunne delivery.\n\n"
        "Manager Pádraig Tobin played on the last Kilcarrig side to reach a final, in 1991. He "
        "said he had thought about that defeat every single day since.\n\n"
        "\u201cWhen the final whistle went, I looked up at the stand and saw men I hurled with "
        "crying. That\u2019s what this means,\u201d he said.\n\n"
        "Dunne, the captain, lifted the cup with his left arm in a sling after a first-half "
        "collision. \u201cWe\u2019ll enjoy tonight. Tomorrow too, probably,\u201d he added with a "
        "grin.",
        [
            (
                I,
                ["he had thought about that defeat every single day since"],
                "Pádraig Tobin",
            ),
            (
                D,
                [
                    "When the final whistle went, I looked up at the stand and saw men I hurled "
                    "with crying. That\u2019s what this means"
                ],
                "Pádraig Tobin",
            ),
            (D, ["We\u2019ll enjoy tonight. Tomorrow too, probably"], "Cathal Dunne"),
        ],
    ),
    (  # 14 rural birthing unit closing: hospital announced, CEO statement, obstetrician incise
        "PINE RIDGE, Neb. — The only hospital birthing unit in Dorrance County will close at "
        "the end of January, Pine Ridge Memorial Hospital announced Wednesday.\n\n"
        "The unit delivered 96 babies last year, too few to keep staff on call around the "
        'clock. "This is not a decision about money alone. It is about safety," hospital CEO '
        "Brenda Holloway said in a statement.\n\n"
        "Dr. Marcus Feld has delivered babies at Pine Ridge for 22 years. Expectant mothers "
        "will now face a drive of more than an hour to Kearney Falls.\n\n"
        '"Winter roads out here are no joke," he said, "and we are going to see babies born '
        'in ambulances."',
        [
            (
                I,
                [
                    "The only hospital birthing unit in Dorrance County will close at the end of "
                    "January"
                ],
                "Pine Ridge Memorial Hospital",
            ),
            (
                D,
                ["This is not a decision about money alone. It is about safety"],
                "Brenda Holloway",
            ),
            (
                D,
                [
                    "Winter roads out here are no joke",
                    "and we are going to see babies born in ambulances",
                ],
                "Marcus Feld",
            ),
        ],
    ),
    (  # 15 flood scheme delay: project manager "told the meeting", resident partial
        "Work on a £6.8m flood defence scheme for Lowbridge will not start until 2028, two "
        "years later than promised.\n\n"
        "More than 150 people packed into St Aldhelm's church hall on Monday to hear from the "
        "Western Rivers Authority, which is responsible for the scheme.\n\n"
        "Project manager Ian Caddick said costs had risen sharply since the plans were drawn up "
        'and a new funding bid had to be made. "I understand the frustration in this room. I '
        'would feel the same," he told the meeting.\n\n'
        "Beverley Shaw, whose home on Riverside Terrace flooded in 2020 and again in 2024, said "
        'residents had been "strung along for six years".',
        [
            (
                I,
                [
                    "costs had risen sharply since the plans were drawn up and a new funding bid "
                    "had to be made"
                ],
                "Ian Caddick",
            ),
            (
                D,
                ["I understand the frustration in this room. I would feel the same"],
                "Ian Caddick",
            ),
            (P, ["strung along for six years"], "Beverley Shaw"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout17.jsonl"),
        "heldout17",
        "h17",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
