"""Source of the thirteenth held-out set: writes heldout13.jsonl (split "heldout13").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like wire copy and regional press (Belgian, Swiss, Québec and French regional
papers; Australian, Irish, Canadian and UK regional papers), not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after the round-9 changes of extractor 0.11.0
(docs/EXTRACTION.md); not read when this was written. Run from the
repository root:
    .venv/bin/python eval/extraction/build_heldout13.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-27"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, “ ”, and dialogue dashes.
FR: list[Item] = [
    (  # 1 Namur assize court: dialogue dashes (présidente / accusé), partial of avocate générale
        "Namur — Au deuxième jour de son procès devant la cour d'assises de Namur, Kevin "
        "Dethier, 34 ans, a maintenu sa version d'une bagarre qui aurait mal tourné. Il est "
        "accusé d'avoir tué son associé, Thierry Bouvy, dans le garage qu'ils exploitaient "
        "ensemble à Jambes-Plateau, en mars 2025.\n\n"
        "La présidente, Véronique Hanse, l'a longuement interrogé sur les heures qui ont suivi "
        "les faits.\n"
        "— Pourquoi avez-vous nettoyé l'atelier avant d'appeler les secours ? a-t-elle "
        "demandé.\n"
        "— J'ai paniqué. Je ne savais plus ce que je faisais, a répondu l'accusé, la voix "
        "cassée.\n\n"
        "L'avocate générale, Christine Maréchal, a relevé « une panique étonnamment "
        "méthodique ». Les images de vidéosurveillance montrent l'accusé quitter les lieux à "
        "deux reprises, un sac de sport à la main, avant de revenir une heure plus tard.\n\n"
        "Me Olivier Bastogne, qui défend Kevin Dethier, plaidera jeudi l'acquittement du chef "
        "de meurtre. Le verdict est attendu vendredi.",
        [
            (
                D,
                ["Pourquoi avez-vous nettoyé l'atelier avant d'appeler les secours ?"],
                "Véronique Hanse",
            ),
            (D, ["J'ai paniqué. Je ne savais plus ce que je faisais"], "Kevin Dethier"),
            (P, ["une panique étonnamment méthodique"], "Christine Maréchal"),
        ],
    ),
    (  # 2 Jura hospital night closure: apposition after "a détaillé", unnamed farmer
        "Delémont — Les urgences du site hospitalier de Saignelégier-les-Bois fermeront "
        "chaque nuit à partir du 1er février. Faute de médecins, l'Hôpital interjurassien ne "
        "parvient plus à assurer une présence médicale entre 22 heures et 7 heures dans "
        "l'établissement du haut-plateau.\n\n"
        "«\u00a0Nous avons tenté de recruter pendant dix-huit mois. Nous avons eu deux "
        "candidatures, dont une seule recevable\u00a0», a détaillé mardi devant les médias sa "
        "directrice générale, Anne-Laure Chappuis. Les patients seront réorientés vers "
        "Delémont, où le service d'urgences sera renforcé de deux infirmières.\n\n"
        "Le Syndicat des services publics dénonce une fermeture déguisée. De nuit, certains "
        "habitants du plateau devront désormais rouler jusqu'à quarante minutes pour être "
        "soignés.\n\n"
        "À Saignelégier-les-Bois, une pétition a déjà recueilli 4200 signatures. «\u00a0On "
        "nous prend pour des citoyens de seconde zone\u00a0», lâche un agriculteur venu la "
        "signer à la laiterie du village.",
        [
            (
                D,
                [
                    "Nous avons tenté de recruter pendant dix-huit mois. Nous avons eu deux "
                    "candidatures, dont une seule recevable"
                ],
                "Anne-Laure Chappuis",
            ),
            (D, ["On nous prend pour des citoyens de seconde zone"], "agriculteur"),
        ],
    ),
    (  # 3 Québec town budget: mairesse and conseillère alternate, "Mme Therrien" reply
        "Saint-Eustache-des-Monts — Le conseil municipal a adopté lundi soir un budget de "
        "48,6 millions de dollars pour 2027, assorti d'une hausse de 4,9 % du compte de taxes "
        "résidentiel moyen, qui passera à 3412 $.\n\n"
        "La mairesse, Johanne Therrien, a défendu une hausse destinée d'abord aux conduites "
        "d'eau, dont certaines datent des années 1950. «\u00a0On ne peut plus repousser ça. "
        "Chaque hiver, on a des bris sur la rue Principale et on ferme des commerces pendant "
        "deux jours\u00a0», a-t-elle plaidé.\n\n"
        "La conseillère de l'opposition Isabelle Brochu a voté contre. Elle reproche à "
        "l'administration la hausse de 11 % de la masse salariale de l'hôtel de ville en deux "
        "ans. «\u00a0Les citoyens paient pour des cadres, pas pour des tuyaux\u00a0», a-t-elle "
        "lancé sous les applaudissements d'une partie de la salle.\n\n"
        "Mme Therrien a répliqué que les nouveaux postes étaient ceux de deux ingénieurs "
        "chargés précisément des travaux d'aqueduc. Le budget a été adopté à cinq voix contre "
        "deux.",
        [
            (
                D,
                [
                    "On ne peut plus repousser ça. Chaque hiver, on a des bris sur la rue "
                    "Principale et on ferme des commerces pendant deux jours"
                ],
                "Johanne Therrien",
            ),
            (D, ["Les citoyens paient pour des cadres, pas pour des tuyaux"], "Isabelle Brochu"),
            (
                I,
                [
                    "les nouveaux postes étaient ceux de deux ingénieurs chargés précisément "
                    "des travaux d'aqueduc"
                ],
                "Johanne Therrien",
            ),
        ],
    ),
    (  # 4 Finistère pig farmers: direct + explique, partial inside "a prévenu que", silent firm
        "Landivisiau (Finistère) — Près de 300 éleveurs de porcs ont bloqué jeudi matin "
        "l'entrée du site d'Armor Porc Découpe, premier abattoir du Léon, pour protester "
        "contre la baisse du prix payé au producteur, tombé à 1,52 euro le kilo en trois "
        "mois.\n\n"
        "« À ce prix-là, chaque cochon qui sort de mes bâtiments me coûte de l'argent », "
        "explique Yannick Le Goff, qui élève 2000 porcs charcutiers à Plounéventer-Bihan. "
        "Comme beaucoup, le quinquagénaire a repoussé la rénovation de sa porcherie.\n\n"
        "Le syndicat Éleveurs de l'Ouest réclame un prix plancher de 1,80 euro. Son président, "
        "Gwénaël Tanguy, a prévenu que les blocages continueraient « tant que la grande "
        "distribution fera la sourde oreille ».\n\n"
        "La direction d'Armor Porc Découpe n'a pas souhaité s'exprimer. Une réunion doit se "
        "tenir lundi à la préfecture de Quimper.",
        [
            (
                D,
                ["À ce prix-là, chaque cochon qui sort de mes bâtiments me coûte de l'argent"],
                "Yannick Le Goff",
            ),
            (P, ["tant que la grande distribution fera la sourde oreille"], "Gwénaël Tanguy"),
        ],
    ),
    (  # 5 Vaud stage race: incise split quote, no-space «», speaker named after a long quote
        "Le Néerlandais Bram Veltkamp a remporté mardi la troisième étape du Tour du Jorat, "
        "176 km entre Moudon et Les Diablerets-Village, au terme d'une ascension finale "
        "disputée sous une pluie battante. Il s'empare du maillot jaune avec 14 secondes "
        "d'avance sur le Vaudois Loïc Perrottet.\n\n"
        "« J'ai attaqué à trois kilomètres parce que je sentais que les autres étaient à la "
        "limite, a expliqué le coureur de 24 ans. Honnêtement, je ne pensais pas tenir "
        "jusqu'en haut. »\n\n"
        "Perrottet, lui, a perdu une vingtaine de secondes dans la descente détrempée du col "
        "de la Croix-d'Arpille. «Je n'ai pris aucun risque. Avec une femme et deux enfants à "
        "la maison, on réfléchit à deux fois», a-t-il confié.\n\n"
        "« Le maillot peut encore changer d'épaules dix fois. Samedi, le contre-la-montre "
        "fera des écarts énormes, et Loïc est meilleur que Bram dans l'exercice », a estimé "
        "pour sa part Sandrine Aebischer, directrice sportive de l'équipe Léman Cycling, qui "
        "aligne Perrottet.",
        [
            (
                D,
                [
                    "J'ai attaqué à trois kilomètres parce que je sentais que les autres étaient "
                    "à la limite",
                    "Honnêtement, je ne pensais pas tenir jusqu'en haut.",
                ],
                "Bram Veltkamp",
            ),
            (
                D,
                [
                    "Je n'ai pris aucun risque. Avec une femme et deux enfants à la maison, on "
                    "réfléchit à deux fois"
                ],
                "Loïc Perrottet",
            ),
            (
                D,
                [
                    "Le maillot peut encore changer d'épaules dix fois. Samedi, le "
                    "contre-la-montre fera des écarts énormes, et Loïc est meilleur que Bram "
                    "dans l'exercice"
                ],
                "Sandrine Aebischer",
            ),
        ],
    ),
    (  # 6 Nationale rugby: colon quote over two paragraphs, rival captain -t-il
        "Le Stade castelvinois est allé chercher samedi un match nul (22-22) sur la pelouse "
        "de l'US Montbaranne, grâce à une pénalité de l'ouvreur Mathieu Lacombe à la 79e "
        "minute. Un résultat qui permet aux Castelvinois de rester dans le top 6.\n\n"
        "L'entraîneur castelvinois, Patrice Darrigade, n'a pas caché son soulagement en "
        "conférence de presse : « On a été dominés en mêlée pendant une heure. On a pris trois "
        "cartons jaunes, dont deux évitables.\n\n"
        "« Mais ce groupe ne lâche jamais. Je ne sais pas combien d'équipes seraient revenues "
        "de dix points à l'extérieur. »\n\n"
        "Sorti sur blessure à la demi-heure, le pilier Jean-Baptiste Etcheverry passera une "
        "IRM lundi.\n\n"
        "En face, le capitaine montbarannais Florian Caussade ne digérait pas le scénario. "
        "« On leur a offert le match. Trois fautes bêtes dans notre camp en fin de match, à ce "
        "niveau, ça se paie », a-t-il pesté.",
        [
            (
                D,
                [
                    "On a été dominés en mêlée pendant une heure. On a pris trois cartons "
                    "jaunes, dont deux évitables.",
                    "Mais ce groupe ne lâche jamais. Je ne sais pas combien d'équipes seraient "
                    "revenues de dix points à l'extérieur.",
                ],
                "Patrice Darrigade",
            ),
            (
                D,
                [
                    "On leur a offert le match. Trois fautes bêtes dans notre camp en fin de "
                    "match, à ce niveau, ça se paie"
                ],
                "Florian Caussade",
            ),
        ],
    ),
    (  # 7 Ixelles theatre: two titles in « » (not quotes), -t-elle, "L'autrice" + colon
        "Bruxelles — Il aura fallu trois ans pour que «\u202fLes Veilleuses de Fontaine\u202f» "
        "arrive sur une scène. La pièce de Nadia Benhaddou, qui retrace la grève des "
        "ouvrières d'une filature du Hainaut en 1962, est créée ce jeudi au Théâtre du "
        "Rempart, à Ixelles.\n\n"
        "La metteuse en scène, Claire Vandevelde, a travaillé à partir d'entretiens "
        "enregistrés avec d'anciennes ouvrières, aujourd'hui nonagénaires. «\u202fJe voulais "
        "qu'on entende leurs voix, pas la mienne. Certaines répliques sont reprises mot pour "
        "mot des cassettes\u202f», explique-t-elle.\n\n"
        "Le projet a failli ne jamais voir le jour : la commission d'aide aux projets "
        "théâtraux avait refusé deux fois de le soutenir, malgré le succès de "
        "«\u202fLa Cour des glycines\u202f», le premier texte de Nadia Benhaddou. L'autrice ne "
        "s'en cache pas : «\u202fOn m'a dit que c'était un sujet pour un documentaire, pas "
        "pour un théâtre.\u202f»\n\n"
        "Le spectacle, d'une durée de 1 h 40, est à l'affiche jusqu'au 14 décembre. Une "
        "tournée en Wallonie est prévue au printemps.",
        [
            (
                D,
                [
                    "Je voulais qu'on entende leurs voix, pas la mienne. Certaines répliques "
                    "sont reprises mot pour mot des cassettes"
                ],
                "Claire Vandevelde",
            ),
            (
                D,
                ["On m'a dit que c'était un sujet pour un documentaire, pas pour un théâtre."],
                "Nadia Benhaddou",
            ),
        ],
    ),
    (  # 8 Lausanne embezzlement: judgment quoted (tribunal), e-mail read out (author), "a annoncé qu'il"
        "Lausanne — L'ancien boursier communal de Villars-le-Comtal, Gérald Pittet, 61 ans, "
        "a été condamné lundi par le Tribunal correctionnel de Lausanne à 30 mois de prison, "
        "dont 8 ferme, pour abus de confiance et faux dans les titres. Il avait détourné "
        "412\u00a0000 francs en onze ans.\n\n"
        "Dans son jugement, le tribunal relève que le prévenu a agi «\u00a0avec un sang-froid "
        "et une constance remarquables\u00a0», profitant de l'absence de tout contrôle. La "
        "procureure, Valérie Cuendet, avait requis 36 mois.\n\n"
        "Pendant les débats, elle avait lu un courriel adressé par le prévenu à la "
        "municipalité en 2019, alors que des questions commençaient à se poser\u00a0: "
        "«\u00a0Les comptes sont parfaitement tenus, je reste à votre disposition pour toute "
        "vérification.\u00a0»\n\n"
        "Son défenseur, Me Alain Rochat, a annoncé qu'il ferait appel. La commune a déjà "
        "récupéré 150\u00a0000 francs grâce à l'assurance.",
        [
            (
                P,
                ["avec un sang-froid et une constance remarquables"],
                "Tribunal correctionnel de Lausanne",
            ),
            (
                D,
                [
                    "Les comptes sont parfaitement tenus, je reste à votre disposition pour "
                    "toute vérification."
                ],
                "Gérald Pittet",
            ),
            (I, ["il ferait appel"], "Alain Rochat"),
        ],
    ),
    (  # 9 Québec coroner report: partial in "écrit que", named spokeswoman, daughter -t-elle
        "La coroner Marie-Ève Lapointe a rendu public mercredi son rapport sur la mort d'un "
        "homme de 71 ans qui avait attendu plus de neuf heures à l'urgence de l'Hôpital "
        "régional de Baie-des-Sables sans être réévalué, en février dernier.\n\n"
        "Dans ce document de 38 pages, Me Lapointe écrit que Réjean Gauthier "
        "«\u00a0présentait des signes clairs de détérioration\u00a0» dès la quatrième heure "
        "d'attente. Le Centre intégré de santé du Bas-Fleuve, qui gère l'établissement, a "
        "depuis embauché quatre infirmières de triage.\n\n"
        "«\u00a0Nous accueillons le rapport avec humilité et nous appliquerons l'ensemble des "
        "recommandations\u00a0», a déclaré sa porte-parole, Geneviève Ouellet.\n\n"
        "La fille du défunt, Lyne Gauthier, a appris la nouvelle par un journaliste. "
        "«\u00a0Mon père s'excusait de déranger. Il est mort poliment, dans une chaise\u00a0», "
        "a-t-elle confié.",
        [
            (P, ["présentait des signes clairs de détérioration"], "Marie-Ève Lapointe"),
            (
                D,
                [
                    "Nous accueillons le rapport avec humilité et nous appliquerons l'ensemble "
                    "des recommandations"
                ],
                "Geneviève Ouellet",
            ),
            (
                D,
                ["Mon père s'excusait de déranger. Il est mort poliment, dans une chaise"],
                "Lyne Gauthier",
            ),
        ],
    ),
    (  # 10 Tarn-et-Garonne budget: speaker after indirect, partial, dash-introduced quote, «» no spaces
        "Villeneuve-d'Auzonne (Tarn-et-Garonne) — Le conseil municipal a voté mardi soir un "
        "budget primitif de 31,2 millions d'euros, sans hausse des taux d'imposition pour la "
        "cinquième année consécutive.\n\n"
        "La commune doit absorber une hausse de 38 % de sa facture d'énergie depuis 2022. "
        "L'éclairage public sera coupé de minuit à 5 heures dans tous les quartiers dès le "
        "1er mars, a annoncé le maire, Henri Pujol, qui en attend 180 000 euros d'économies "
        "par an.\n\n"
        "L'opposition a voté contre. Son chef de file, Karim Benali, y voit le budget d'une "
        "ville «qui se contente de gérer la pénurie» et regrette l'abandon de la rénovation "
        "de la piscine Jean-Bouin, fermée depuis l'été.\n\n"
        "Le maire a balayé la critique d'une phrase — «On ne dépense pas l'argent qu'on n'a "
        "pas.» Le budget a été adopté par 25 voix contre 8.",
        [
            (
                I,
                [
                    "L'éclairage public sera coupé de minuit à 5 heures dans tous les quartiers "
                    "dès le 1er mars"
                ],
                "Henri Pujol",
            ),
            (P, ["qui se contente de gérer la pénurie"], "Karim Benali"),
            (D, ["On ne dépense pas l'argent qu'on n'a pas."], "Henri Pujol"),
        ],
    ),
    (  # 11 Fribourg dairy farms: "…, selon l'Office", "l'intéressé", d'après + apposition
        "Fribourg — Le nombre d'exploitations laitières du canton a encore reculé l'an "
        "dernier, passant sous la barre des 1400, selon l'Office cantonal de l'agriculture. "
        "Elles étaient plus de 2100 il y a quinze ans.\n\n"
        "À Vuisternens-les-Prés, Martin Kolly a vendu ses 38 vaches en septembre. «\u202fJe "
        "me levais à 4 h 30 sept jours sur sept pour un salaire horaire de 9 francs. À un "
        "moment, il faut être honnête avec soi-même\u202f», résume l'intéressé, qui s'est "
        "reconverti dans l'engraissement de génisses.\n\n"
        "D'après la présidente de l'Union des paysannes fribourgeoises, Monique Gendre, la "
        "relève est d'abord découragée par la charge administrative, bien plus que par le "
        "prix du lait.\n\n"
        "Le Conseil d'État doit présenter un plan d'allègement administratif d'ici 2028.",
        [
            (
                I,
                [
                    "Le nombre d'exploitations laitières du canton a encore reculé l'an dernier, "
                    "passant sous la barre des 1400"
                ],
                "Office cantonal de l'agriculture",
            ),
            (
                D,
                [
                    "Je me levais à 4 h 30 sept jours sur sept pour un salaire horaire de 9 "
                    "francs. À un moment, il faut être honnête avec soi-même"
                ],
                "Martin Kolly",
            ),
            (
                I,
                [
                    "la relève est d'abord découragée par la charge administrative, bien plus "
                    "que par le prix du lait"
                ],
                "Monique Gendre",
            ),
        ],
    ),
    (  # 12 Hainaut pedestrian zone: échevin, unnamed florist, "Selon lui" for the bourgmestre
        "Le piétonnier du centre de Fontaine-sur-Haine, inauguré en grande pompe il y a un "
        "an, n'a pas tenu ses promesses. Une étude présentée lundi au conseil communal montre "
        "une baisse de 18 % de la fréquentation des commerces de la rue de la Station.\n\n"
        "L'échevin de la Mobilité, Didier Lempereur, refuse pourtant de faire machine "
        "arrière. «Il faut laisser trois à cinq ans à un piétonnier. Partout où on a tenu "
        "bon, les commerces sont revenus», a-t-il assuré.\n\n"
        "Un avis que ne partagent pas les commerçants. «Mes clients habitent les villages "
        "autour. Ils ne viennent plus parce qu'ils ne savent pas où se garer», soupire une "
        "fleuriste installée depuis 22 ans rue de la Station.\n\n"
        "Le bourgmestre, Philippe Dujardin, a annoncé la création de 120 places de parking "
        "gratuites d'ici l'été. Selon lui, le piétonnier sera malgré tout prolongé jusqu'à la "
        "gare en 2028.",
        [
            (
                D,
                [
                    "Il faut laisser trois à cinq ans à un piétonnier. Partout où on a tenu bon, "
                    "les commerces sont revenus"
                ],
                "Didier Lempereur",
            ),
            (
                D,
                [
                    "Mes clients habitent les villages autour. Ils ne viennent plus parce "
                    "qu'ils ne savent pas où se garer"
                ],
                "fleuriste",
            ),
            (
                I,
                ["le piétonnier sera malgré tout prolongé jusqu'à la gare en 2028"],
                "Philippe Dujardin",
            ),
        ],
    ),
    (  # 13 Cambrésis cobbles: “ ” in French, speaker after with apposition, unnamed resident
        "Cambrai — Le secteur pavé de Haucourt-Bois, 1,8 km de gros pavés de grès emprunté "
        "chaque printemps par la course Cambrai-Valenciennes, ne sera finalement pas "
        "goudronné. Le conseil départemental a renoncé mercredi à son projet de réfection, "
        "face à la mobilisation des amateurs de vélo.\n\n"
        "“C'est un morceau de patrimoine. On ne goudronne pas une cathédrale parce que les "
        "pierres sont inégales”, s'est réjoui Hervé Delattre, président de l'association Les "
        "Pavés du Cambrésis, qui avait recueilli plus de 11 000 signatures.\n\n"
        "Le secteur sera restauré à l'identique, pavé par pavé, pour un coût de 640 000 "
        "euros.\n\n"
        "Les riverains, eux, réclamaient surtout la fin des nids-de-poule. “On est contents "
        "pour les coureurs, mais nous, on y passe tous les jours en voiture”, a glissé une "
        "habitante de Haucourt. Les travaux doivent commencer en juin, après le passage de la "
        "course.",
        [
            (
                D,
                [
                    "C'est un morceau de patrimoine. On ne goudronne pas une cathédrale parce "
                    "que les pierres sont inégales"
                ],
                "Hervé Delattre",
            ),
            (
                D,
                [
                    "On est contents pour les coureurs, mais nous, on y passe tous les jours en "
                    "voiture"
                ],
                "habitante",
            ),
        ],
    ),
    (  # 14 amateur rugby, referee struck: league communiqué partial, referee, "Le club a fait savoir"
        "Toulouse — La commission de discipline de la Ligue Pyrénées-Garonne de rugby a "
        "suspendu pour dix ans un troisième-ligne de l'Entente Lannemezan-Nestier, reconnu "
        "coupable d'avoir frappé l'arbitre lors d'un match de Régionale 1, le 9 novembre.\n\n"
        "Dans un communiqué publié lundi, la Ligue condamne « un geste d'une gravité "
        "exceptionnelle, qui n'a pas sa place sur un terrain de rugby ni ailleurs ».\n\n"
        "L'arbitre, Julien Sabathé, 26 ans, souffre d'une double fracture de la mâchoire. "
        "« Je ne vais pas laisser un type décider à ma place. Mais je comprends les collègues "
        "qui hésitent à repartir le dimanche », a-t-il confié, joint par téléphone.\n\n"
        "Le club a fait savoir qu'il ne ferait pas appel et que le joueur avait été exclu de "
        "l'effectif. Le nombre d'arbitres en activité dans la région a chuté de 15 % en trois "
        "saisons.",
        [
            (
                P,
                [
                    "un geste d'une gravité exceptionnelle, qui n'a pas sa place sur un terrain "
                    "de rugby ni ailleurs"
                ],
                "Ligue Pyrénées-Garonne de rugby",
            ),
            (
                D,
                [
                    "Je ne vais pas laisser un type décider à ma place. Mais je comprends les "
                    "collègues qui hésitent à repartir le dimanche"
                ],
                "Julien Sabathé",
            ),
            (
                I,
                ["il ne ferait pas appel et que le joueur avait été exclu de l'effectif"],
                "Entente Lannemezan-Nestier",
            ),
        ],
    ),
    (  # 15 Mauricie theatre company: indirect with speaker after, direct -t-il, one-word partial, title
        "Trois-Rivières — Le Théâtre des Quatre-Vents, fondé en 1979, suspend ses activités "
        "après la perte de sa subvention de fonctionnement, a annoncé mardi son directeur "
        "artistique, Alexandre Bélanger-Roy.\n\n"
        "«\u202fOn a monté 94 créations en 47 ans. On ne ferme pas parce que le public nous a "
        "quittés, on ferme parce qu'il nous manque 180\u202f000 dollars\u202f», a-t-il dit, "
        "visiblement ému, devant une trentaine de comédiens réunis dans le foyer.\n\n"
        "Le Conseil régional des arts de la Mauricie n'a pas donné suite à nos demandes "
        "d'entrevue.\n\n"
        "La comédienne Josée Gingras, qui a joué dans une vingtaine de productions de la "
        "troupe, parle d'un «\u202fgâchis\u202f». Le dernier spectacle, «\u202fLa Maison des "
        "Lefebvre\u202f», devait partir en tournée en février dans six villes du Québec.",
        [
            (
                I,
                [
                    "Le Théâtre des Quatre-Vents, fondé en 1979, suspend ses activités après la "
                    "perte de sa subvention de fonctionnement"
                ],
                "Alexandre Bélanger-Roy",
            ),
            (
                D,
                [
                    "On a monté 94 créations en 47 ans. On ne ferme pas parce que le public nous "
                    "a quittés, on ferme parce qu'il nous manque 180\u202f000 dollars"
                ],
                "Alexandre Bélanger-Roy",
            ),
            (P, ["gâchis"], "Josée Gingras"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 WA lithium mine: "its owner X said", partial, role + name after direct
        "Perth — Production at the Mallee Springs lithium mine will be suspended from "
        "January, its owner Redgum Minerals said on Thursday, blaming a 60 per cent slide in "
        "spodumene prices over two years.\n\n"
        "About 340 workers and contractors will lose their jobs. Managing director Fiona "
        "Kettering described the decision as “painful but unavoidable”. The site will be kept "
        "on care and maintenance.\n\n"
        "Union organisers met workers in the crib room on Thursday afternoon.\n\n"
        "“We've been through boom and bust before, but this one came very fast. Half the "
        "houses on my street are rented by the mine,” said the shire president, Karen "
        "Whitlock.",
        [
            (
                I,
                ["Production at the Mallee Springs lithium mine will be suspended from January"],
                "Redgum Minerals",
            ),
            (P, ["painful but unavoidable"], "Fiona Kettering"),
            (
                D,
                [
                    "We've been through boom and bust before, but this one came very fast. Half "
                    "the houses on my street are rented by the mine"
                ],
                "Karen Whitlock",
            ),
        ],
    ),
    (  # 2 Irish county council LPT: two male councillors alternating, "Mr Furlong replied that"
        "Carrigmore County Council has voted to raise the local property tax by 10 per cent "
        "above the base rate for the first time, after a heated two-hour debate on Monday.\n\n"
        "Cllr Declan Furlong, who proposed the increase, wants the extra €1.4 million spent "
        'on road repairs and longer library opening hours. "People keep asking me why the '
        "potholes are getting worse. This is the honest answer: there's no money,\" he told "
        "the chamber.\n\n"
        'Cllr Martin Keogh said he could not support "a tax on people who are already '
        'stretched to breaking point". Council accounts show €900,000 was spent on '
        "consultants last year.\n\n"
        "Mr Furlong replied that much of that spending had been required by national "
        "regulations. The motion passed by 21 votes to 12.",
        [
            (
                D,
                [
                    "People keep asking me why the potholes are getting worse. This is the "
                    "honest answer: there's no money"
                ],
                "Declan Furlong",
            ),
            (
                P,
                ["a tax on people who are already stretched to breaking point"],
                "Martin Keogh",
            ),
            (
                I,
                ["much of that spending had been required by national regulations"],
                "Declan Furlong",
            ),
        ],
    ),
    (  # 3 Manitoba four-day school week: superintendent direct, trustee "warned that", partial with period
        "Prairie Rose School Division trustees voted 6-3 on Tuesday night to move 11 rural "
        "schools to a four-day week from next September, a response to a shortage of bus "
        "drivers that has left some routes cancelled for days at a time. The division is "
        "short 14 drivers out of 62.\n\n"
        '"We are not doing this because we think it is good for kids. We are doing it because '
        'we cannot get them to school five days a week," said superintendent Darren Hlady.\n\n'
        "Trustee Angela Fehr, who voted against, warned that working parents would be left "
        "scrambling for Friday childcare in towns that have none.\n\n"
        "Kim Sawatzky, whose two children attend Oakbluff Collegiate, called the plan “a "
        "four-day week for a five-day job market.”",
        [
            (
                D,
                [
                    "We are not doing this because we think it is good for kids. We are doing it "
                    "because we cannot get them to school five days a week"
                ],
                "Darren Hlady",
            ),
            (
                I,
                [
                    "working parents would be left scrambling for Friday childcare in towns that "
                    "have none"
                ],
                "Angela Fehr",
            ),
            (P, ["a four-day week for a five-day job market."], "Kim Sawatzky"),
        ],
    ),
    (  # 4 county cricket: incise-split quotes in straight single quotes with apostrophes
        "Severnvale sealed promotion to the first division of the County Championship with a "
        "day to spare on Wednesday, bowling out Kentmere for 187 to win by an innings and 42 "
        "runs at Riverside Lane.\n\n"
        "Seamer Owen Pritchard took six for 51, his best figures in first-class cricket. 'I've "
        "had a few seasons where I wondered if it would ever click,' the 27-year-old said, "
        "'and today it did.'\n\n"
        "Promotion is a reward for a squad that lost three senior players to retirement last "
        "winter.\n\n"
        "Director of cricket Graham Sutcliffe was more cautious. 'Division one is a different "
        "animal,' he said. 'We'll need at least one overseas bowler, and we haven't got the "
        "budget for a big name.'",
        [
            (
                D,
                [
                    "I've had a few seasons where I wondered if it would ever click",
                    "and today it did.",
                ],
                "Owen Pritchard",
            ),
            (
                D,
                [
                    "Division one is a different animal",
                    "We'll need at least one overseas bowler, and we haven't got the budget for "
                    "a big name.",
                ],
                "Graham Sutcliffe",
            ),
        ],
    ),
    (  # 5 Cumbria storm: "Forecasters said", resident after quote, council spokeswoman
        "Kendal — Hundreds of homes in south Cumbria were still without power on Sunday night "
        "after Storm Imelda brought gusts of 84mph to exposed coasts and more than 120mm of "
        "rain to parts of the fells in 36 hours.\n\n"
        "Forecasters said a second band of heavy rain would arrive on Tuesday, falling on "
        "already saturated ground.\n\n"
        "In Stavelholme, where the River Leeth burst its banks for the third time in five "
        'years, volunteers filled sandbags in the village hall car park. "We know the drill '
        "by now, which is a sad thing to say. The water was at my second step by six "
        "o'clock,\" said Margaret Ellwood, 71, who has lived on Mill Row since 1979.\n\n"
        "A spokeswoman for Westmorland Vale Council said rest centres had been opened in two "
        "schools and that 14 households had used them overnight.",
        [
            (
                I,
                [
                    "a second band of heavy rain would arrive on Tuesday, falling on already "
                    "saturated ground"
                ],
                "forecasters",
            ),
            (
                D,
                [
                    "We know the drill by now, which is a sad thing to say. The water was at my "
                    "second step by six o'clock"
                ],
                "Margaret Ellwood",
            ),
            (
                I,
                [
                    "rest centres had been opened in two schools and that 14 households had used "
                    "them overnight"
                ],
                "Westmorland Vale Council",
            ),
        ],
    ),
    (  # 6 Yorkshire inquest: coroner partial, firm's risk assessment quoted, mother after quote
        "A coroner has criticised a building services firm for failing to protect a fragile "
        "skylight through which a teenage apprentice fell to his death at a warehouse near "
        "Barnsley.\n\n"
        "Liam Horrocks, 19, fell nine metres onto a concrete floor in April last year while "
        "fitting cable trays for Pennine Mechanical Services on the Denholm Park estate.\n\n"
        "Recording a conclusion of accidental death on Friday, assistant coroner Rebecca "
        'Oyelaran said the risk "should have been obvious to anyone who walked onto that '
        'roof". The firm\'s own risk assessment, read out at the hearing, stated: "All roof '
        "lights to be "
        'treated as fragile and protected before work begins." No barriers had been '
        "fitted.\n\n"
        "\"He was so proud of that job. He'd only been there six weeks and he rang me every "
        "dinner time,\" Liam's mother, Joanne Horrocks, said after the hearing.",
        [
            (
                P,
                ["should have been obvious to anyone who walked onto that roof"],
                "Rebecca Oyelaran",
            ),
            (
                D,
                ["All roof lights to be treated as fragile and protected before work begins."],
                "Pennine Mechanical Services",
            ),
            (
                D,
                [
                    "He was so proud of that job. He'd only been there six weeks and he rang me "
                    "every dinner time"
                ],
                "Joanne Horrocks",
            ),
        ],
    ),
    (  # 7 Galway start-up: "she said", podcast title in “ ” (not a quote), investor partial
        "Galway — Tideline Analytics, a Galway start-up that uses satellite data to spot "
        "illegal fishing, has raised €6.5 million in a seed round led by Harbourgate "
        "Ventures.\n\n"
        "The money will pay for a team of 30, double the current headcount, and an office in "
        "Lisbon. Co-founder and chief executive Aoife Brennan is a former marine "
        "biologist.\n\n"
        "“Most of the ocean is effectively unpoliced. We can't put a patrol boat everywhere, "
        "but we can put an algorithm everywhere,” she said.\n\n"
        "The company came to wider attention last year after Ms Brennan appeared on the "
        "podcast “Founders at Sea” and described tracking a trawler that had switched off its "
        "transponder for 19 days.\n\n"
        "Harbourgate partner Colm Fitzgibbon said Tideline had “a real shot at becoming the "
        "default tool” for fisheries regulators in Europe.",
        [
            (
                D,
                [
                    "Most of the ocean is effectively unpoliced. We can't put a patrol boat "
                    "everywhere, but we can put an algorithm everywhere"
                ],
                "Aoife Brennan",
            ),
            (P, ["a real shot at becoming the default tool"], "Colm Fitzgibbon"),
        ],
    ),
    (  # 8 SA leg-spinner: long quote, speaker named after; father named by first name only
        "Adelaide — Seventeen-year-old leg-spinner Jayden Kowalczyk has been named in South "
        "Australia's squad for next week's four-day match in Hobart, less than two years "
        "after he was playing under-16s cricket in Port Lincoln.\n\n"
        "Kowalczyk took 41 wickets at 14.3 in grade cricket this season, including nine in a "
        "single innings for Glenelg Park.\n\n"
        "“He bowls a proper leg-break, he's not afraid to toss it up, and he's got a wrong'un "
        "that some of our senior batters still can't pick in the nets. We're not going to "
        "throw him in and expect miracles, but he's earned this,” said the state's chair of "
        "selectors, Bernadette Howlett.\n\n"
        "Kowalczyk's father, Greg, said the family had found out by text message while "
        "driving back from a junior carnival. “He just screamed. I nearly put the ute in a "
        "ditch,” he said.",
        [
            (
                D,
                [
                    "He bowls a proper leg-break, he's not afraid to toss it up, and he's got a "
                    "wrong'un that some of our senior batters still can't pick in the nets. "
                    "We're not going to throw him in and expect miracles, but he's earned this"
                ],
                "Bernadette Howlett",
            ),
            (
                I,
                [
                    "the family had found out by text message while driving back from a junior "
                    "carnival"
                ],
                "Greg Kowalczyk",
            ),
            (D, ["He just screamed. I nearly put the ute in a ditch"], "Greg Kowalczyk"),
        ],
    ),
    (  # 9 Ontario gold mine: unnamed company spokesperson, mayor partial, worker "he said"
        "Red Pine Lake, Ont. — The only large employer in this northwestern Ontario town of "
        "3,800 will close its underground gold mine next spring, four years earlier than "
        "planned. About 410 people work at Borealis Gold Corp.'s Moose Ridge mine.\n\n"
        "\"We had a mine plan to 2031. Then we drilled the deeper zones and the grades weren't "
        'there," a company spokesperson said in an email.\n\n'
        'Mayor Lorraine Bouchard-Kitts called the news "a gut punch". Council will ask the '
        "province for emergency money to retrain workers.\n\n"
        "Some workers are already looking west. Dale Ostrowski, a 22-year veteran of the "
        "mine, has applied for jobs in Alberta. \"My kids are in high school here. I don't "
        "want to go, but I'm not going to sit around waiting,\" he said.",
        [
            (
                D,
                [
                    "We had a mine plan to 2031. Then we drilled the deeper zones and the grades "
                    "weren't there"
                ],
                "Borealis Gold Corp.",
            ),
            (P, ["a gut punch"], "Lorraine Bouchard-Kitts"),
            (
                D,
                [
                    "My kids are in high school here. I don't want to go, but I'm not going to "
                    "sit around waiting"
                ],
                "Dale Ostrowski",
            ),
        ],
    ),
    (  # 10 Lancashire borough bins: curly single quotes, leader named after quote, opposition leader
        "Three-weekly bin collections will be introduced across Harrowfield from April under "
        "budget plans approved by the borough council on Tuesday night.\n\n"
        "The change is expected to save £1.1m a year. ‘Every council "
        "that has done this has seen people recycle more, because there is simply less room "
        "in the black bin,’ said council leader Sue Pemberton.\n\n"
        "Opposition leader Tom Rainford said residents had been ‘taken for granted’. ‘Ask "
        "anyone on a terraced street where they are supposed to keep three weeks of "
        "rubbish,’ he said.\n\n"
        "Council tax will rise by 4.99 per cent, the maximum allowed without a referendum. The "
        "budget was approved by 31 votes to 22.",
        [
            (
                D,
                [
                    "Every council that has done this has seen people recycle more, because "
                    "there is simply less room in the black bin"
                ],
                "Sue Pemberton",
            ),
            (P, ["taken for granted"], "Tom Rainford"),
            (
                D,
                [
                    "Ask anyone on a terraced street where they are supposed to keep three weeks "
                    "of rubbish"
                ],
                "Tom Rainford",
            ),
        ],
    ),
    (  # 11 Queensland flood: forecaster indirect, inspector named after quote, evacuee first name only
        "Residents of low-lying streets in Bellbrae Crossing were told to leave their homes on "
        "Saturday night as the Carrow River rose towards a predicted peak of 9.4 metres, the "
        "highest since 2013.\n\n"
        "Senior forecaster Priya Nandakumar said another 150mm could fall across the "
        "catchment before the system moved offshore on Monday.\n\n"
        "Crews have carried out 23 flood rescues since Friday, most of them involving drivers "
        "who ignored road closures. \"If it's flooded, forget it. I don't know how many more "
        'times we can say it," local disaster coordinator Inspector Craig Mulvihill '
        "said.\n\n"
        "At the evacuation centre in the showgrounds, a woman who gave her name only as Shaz "
        'said she had left with "the dog, the meds and the photo albums".',
        [
            (
                I,
                [
                    "another 150mm could fall across the catchment before the system moved "
                    "offshore on Monday"
                ],
                "Priya Nandakumar",
            ),
            (
                D,
                ["If it's flooded, forget it. I don't know how many more times we can say it"],
                "Craig Mulvihill",
            ),
            (P, ["the dog, the meds and the photo albums"], "Shaz"),
        ],
    ),
    (  # 12 Mayo school mould: principal direct, "According to the X ETB", partial in reported speech
        "More than 400 students at Knockaderry Community College will spend the rest of the "
        "school year in prefabricated classrooms after mould was found in the walls of the "
        "main building during the mid-term break.\n\n"
        'Staff had noticed a musty smell in several classrooms for more than a year. "We '
        'reported it three times. Each time we were told it was condensation," said '
        "principal Siobhán Ní Riada.\n\n"
        "According to the Corrib and Moy Education and Training Board, the affected wing will "
        "need to be stripped back to the blockwork, and the work is unlikely to be finished "
        "before September.\n\n"
        "Parents' council chairman Fergal Hession said families accepted the prefabs were "
        '"the least bad option" but wanted a written timeline from the board.',
        [
            (
                D,
                ["We reported it three times. Each time we were told it was condensation"],
                "Siobhán Ní Riada",
            ),
            (
                I,
                [
                    "the affected wing will need to be stripped back to the blockwork, and the "
                    "work is unlikely to be finished before September"
                ],
                "Corrib and Moy Education and Training Board",
            ),
            (P, ["the least bad option"], "Fergal Hession"),
        ],
    ),
    (  # 13 Saskatoon agtech layoffs: memo ("told employees in a memo that", "she wrote")
        "Saskatoon — FieldNorth Robotics, a company building autonomous weeding machines for "
        "prairie farms, has laid off a third of its staff weeks after a planned funding round "
        "fell through.\n\n"
        "Chief executive Mireille Dufresne-Okafor told employees in a memo on Monday that 27 "
        "of the company's 80 jobs would be cut. “None of this reflects on the quality of your "
        "work. It reflects a funding market that has stopped believing in hardware,” she "
        "wrote.\n\n"
        "FieldNorth had been in talks to raise $18 million from a group led by a U.S. "
        "agricultural fund. Those talks ended in October.\n\n"
        "The company's machines, which use cameras to identify weeds and pull them out "
        "mechanically, were tested on 14 farms last summer, mostly on canola and lentils.",
        [
            (
                I,
                ["27 of the company's 80 jobs would be cut"],
                "Mireille Dufresne-Okafor",
            ),
            (
                D,
                [
                    "None of this reflects on the quality of your work. It reflects a funding "
                    "market that has stopped believing in hardware"
                ],
                "Mireille Dufresne-Okafor",
            ),
        ],
    ),
    (  # 14 Clare inquest: garda sergeant "told the hearing that", coroner named after quote
        "An inquest in Ennisbeg on Thursday returned a verdict of death by misadventure in the "
        "case of a 38-year-old kayaker who went missing off Carrigaholt Point last July.\n\n"
        "Garda Sergeant Niamh Cullinane told the hearing that Padraig Moloney, from Limerick, "
        "had launched from a slipway at around 7pm and had not told anyone where he was "
        "going. His kayak was found capsized the following morning.\n\n"
        "The sea had been calm, but the water was around 13 degrees.\n\n"
        "\"The sea doesn't give second chances. A €10 waterproof pouch for his phone would "
        'have given Padraig one," coroner Dr Enda McGirl said.\n\n'
        "Mr Moloney's sister thanked the coast guard volunteers who searched through the "
        "night.",
        [
            (
                I,
                [
                    "Padraig Moloney, from Limerick, had launched from a slipway at around 7pm "
                    "and had not told anyone where he was going"
                ],
                "Niamh Cullinane",
            ),
            (
                D,
                [
                    "The sea doesn't give second chances. A €10 waterproof pouch for his phone "
                    "would have given Padraig one"
                ],
                "Enda McGirl",
            ),
        ],
    ),
    (  # 15 Welsh quarry appeal: decision letter partial, one-word group partial, chair colon quote
        "A planning inspector has approved a 15-year extension to the Pant-y-Garreg limestone "
        "quarry, overturning Dyfnant County Council, which refused permission last year.\n\n"
        "In her decision letter, inspector Helen Prydderch wrote that the need for aggregates "
        'for road-building in south Wales "outweighs the harm to residential amenity", '
        "subject to 42 conditions on noise, dust and blasting hours.\n\n"
        'Campaign group Save Our Cwm said it was "devastated" and would consider a legal '
        "challenge. Its chair, Rhian Bowen, who lives 400 metres from the quarry edge, said: "
        '"Our windows already rattle twice a day. Now our grandchildren will grow up with it '
        'too."\n\n'
        "The quarry employs 65 people. The council declined to comment.",
        [
            (P, ["outweighs the harm to residential amenity"], "Helen Prydderch"),
            (P, ["devastated"], "Save Our Cwm"),
            (
                D,
                [
                    "Our windows already rattle twice a day. Now our grandchildren will grow up "
                    "with it too."
                ],
                "Rhian Bowen",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout13.jsonl"),
        "heldout13",
        "h13",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
