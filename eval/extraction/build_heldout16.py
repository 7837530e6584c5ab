"""Source of the sixteenth held-out set: writes heldout16.jsonl (split "heldout16").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like wire copy, national press and radio reports (Maghreb, Lebanon, Haiti,
France; Pakistan, Ghana, the Philippines, Canada, US wire), not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.11.0 (docs/EXTRACTION.md); not
read when this was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout16.py
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
# narrow no-break spaces (\u202f), none, “ ”, and a dialogue dash.
FR: list[Item] = [
    (  # 1 Haut-Atlas earthquake: seismologist named once then by role; unnamed villager, -t-il
        "Taroudant (Maroc) — Une secousse de magnitude 5,8 a frappé dans la nuit de mardi à "
        "mercredi la région d'Aït Ouzzine, dans le Haut-Atlas, faisant au moins onze morts et "
        "une soixantaine de blessés. Des équipes de la Protection civile ont été dépêchées dans "
        "les douars les plus isolés, dont certains ne sont accessibles qu'à dos de mulet.\n\n"
        "Le directeur de l'Institut national de géophysique, Karim Bensalah, a situé "
        "l'épicentre à une dizaine de kilomètres de profondeur. «\u00a0Des répliques sont "
        "attendues dans les prochains jours, certaines pourraient être ressenties jusqu'à "
        "Agadir\u00a0», a averti le sismologue lors d'un point de presse à Rabat.\n\n"
        "À Tizi n'Ouzzine, où la plupart des maisons sont en pisé, un habitant montrait les "
        "décombres de l'école coranique. «\u00a0On a dormi dehors, sous les oliviers. "
        "Personne n'ose rentrer\u00a0», a-t-il confié.\n\n"
        "Des tentes et des couvertures devaient être acheminées jeudi depuis Marrakech.",
        [
            (
                D,
                [
                    "Des répliques sont attendues dans les prochains jours, certaines "
                    "pourraient être ressenties jusqu'à Agadir"
                ],
                "Karim Bensalah",
            ),
            (D, ["On a dormi dehors, sous les oliviers. Personne n'ose rentrer"], "habitant"),
        ],
    ),
    (  # 2 Tunis transport strike: two men alternating, "le syndicaliste", "M. Ben Romdhane"
        "Tunis — Aucun bus ni métro léger n'a circulé jeudi sur le réseau de la Société "
        "régionale de transport de Tunis-Sud (SRTS), au premier jour d'une grève de "
        "quarante-huit heures décrétée par la Fédération générale des transports.\n\n"
        "Les grévistes réclament le versement de primes promises depuis 2024. «Nous avons "
        "attendu deux ans, nous avons signé trois procès-verbaux, et rien n'a été appliqué», "
        "a dénoncé le secrétaire général de la fédération, Mongi Ayari, devant le dépôt de "
        "Ben Arous.\n\n"
        "Le PDG de la SRTS, Hédi Ben Romdhane, a jugé la grève «disproportionnée» dans un "
        "contexte budgétaire tendu, après deux années de pertes.\n\n"
        "Réplique du syndicaliste en fin de journée: «La direction trouve de l'argent pour "
        "acheter des voitures de fonction, mais pas pour payer les chauffeurs.» M. Ben "
        "Romdhane, lui, a assuré que la porte restait «ouverte» au dialogue.\n\n"
        "Des milliers d'usagers se sont rabattus sur les taxis collectifs, dont les tarifs ont "
        "parfois doublé.",
        [
            (
                D,
                [
                    "Nous avons attendu deux ans, nous avons signé trois procès-verbaux, et rien "
                    "n'a été appliqué"
                ],
                "Mongi Ayari",
            ),
            (P, ["disproportionnée"], "Hédi Ben Romdhane"),
            (
                D,
                [
                    "La direction trouve de l'argent pour acheter des voitures de fonction, mais "
                    "pas pour payer les chauffeurs."
                ],
                "Mongi Ayari",
            ),
            (P, ["ouverte"], "Hédi Ben Romdhane"),
        ],
    ),
    (  # 3 Oran university floods: "a annoncé le report" (noun object, not a quote); student
        "Oran — Le recteur de l'Université des sciences et de la technologie d'Es-Sénia, le "
        "professeur Abdelkader Mebarki, a annoncé dimanche le report de trois semaines des "
        "examens du premier semestre, après les inondations qui ont endommagé deux "
        "amphithéâtres et la bibliothèque centrale.\n\n"
        "« Nous ne ferons pas composer des étudiants dans des salles où l'eau ruisselle encore "
        "sur les murs », a déclaré M. Mebarki lors d'une conférence de presse.\n\n"
        "Les travaux de réhabilitation devraient durer au moins deux mois.\n\n"
        "Côté étudiants, la décision est accueillie avec soulagement, mais aussi avec "
        "inquiétude pour le calendrier des stages. « Si les examens glissent, nos stages en "
        "entreprise, eux, ne glisseront pas », résume Lamia Boukhari, étudiante en master de "
        "génie civil. Selon elle, plusieurs entreprises partenaires ont déjà refusé de décaler "
        "les dates d'accueil.",
        [
            (
                D,
                [
                    "Nous ne ferons pas composer des étudiants dans des salles où l'eau ruisselle "
                    "encore sur les murs"
                ],
                "Abdelkader Mebarki",
            ),
            (
                D,
                ["Si les examens glissent, nos stages en entreprise, eux, ne glisseront pas"],
                "Lamia Boukhari",
            ),
            (
                I,
                [
                    "plusieurs entreprises partenaires ont déjà refusé de décaler les dates "
                    "d'accueil"
                ],
                "Lamia Boukhari",
            ),
        ],
    ),
    (  # 4 Beirut diplomacy: two women, "La ministre", "L'émissaire", joint communiqué quoted
        "Beyrouth — La ministre des Affaires étrangères, Rana Haddad, a reçu lundi l'envoyée "
        "spéciale de l'Union européenne pour la Méditerranée orientale, Ingrid Solvang, pour "
        "des entretiens consacrés au retour des déplacés du Sud et au financement de la "
        "reconstruction.\n\n"
        "À l'issue de la rencontre, Mme Solvang a annoncé une aide supplémentaire de 40 "
        "millions d'euros, «\u202fà condition que les mécanismes de contrôle soient "
        "renforcés\u202f». La ministre a aussitôt nuancé\u202f: «\u202fLe Liban n'a pas de "
        "leçons de transparence à recevoir. Nous accueillons toute aide qui arrive vraiment "
        "aux familles.\u202f»\n\n"
        "L'émissaire a insisté sur le calendrier. Elle a indiqué que les premiers versements "
        "pourraient intervenir avant l'été et qu'une conférence des donateurs était envisagée "
        "à Bruxelles en mars.\n\n"
        "Le communiqué conjoint publié en soirée évoque «\u202fune convergence de vues sur "
        "l'essentiel\u202f», sans mentionner les réformes bancaires réclamées par les "
        "Européens.",
        [
            (P, ["à condition que les mécanismes de contrôle soient renforcés"], "Ingrid Solvang"),
            (
                D,
                [
                    "Le Liban n'a pas de leçons de transparence à recevoir. Nous accueillons "
                    "toute aide qui arrive vraiment aux familles."
                ],
                "Rana Haddad",
            ),
            (
                I,
                [
                    "les premiers versements pourraient intervenir avant l'été et qu'une "
                    "conférence des donateurs était envisagée à Bruxelles en mars"
                ],
                "Ingrid Solvang",
            ),
            (P, ["une convergence de vues sur l'essentiel"], "communiqué conjoint"),
        ],
    ),
    (  # 5 Haiti cholera: ministry communiqué partial, doctor -t-elle, unnamed official
        "Jérémie — Le ministère de la Santé publique et de la Population (MSPP) a confirmé "
        "mardi une recrudescence des cas de choléra dans la commune de Roseaux-Marines, dans "
        "la Grand'Anse, où 64 cas suspects et quatre décès ont été recensés en dix jours.\n\n"
        "Dans un communiqué, le MSPP « exhorte la population à ne consommer que de l'eau "
        "traitée ou bouillie » et annonce l'ouverture d'un centre de traitement à l'entrée de "
        "la ville.\n\n"
        "Sur place, la docteure Wislande Pierre-Louis, qui coordonne la riposte pour l'ONG "
        "Santé Lakay, décrit une situation tendue. « Les gens arrivent trop tard, parfois "
        "après deux jours de diarrhée, parce que la route est coupée depuis les pluies », "
        "explique-t-elle.\n\n"
        "Un responsable de la mairie, qui a requis l'anonymat, a reconnu que trois des cinq "
        "fontaines publiques étaient hors service depuis le mois d'août.",
        [
            (
                P,
                ["exhorte la population à ne consommer que de l'eau traitée ou bouillie"],
                "ministère de la Santé publique et de la Population",
            ),
            (
                D,
                [
                    "Les gens arrivent trop tard, parfois après deux jours de diarrhée, parce que "
                    "la route est coupée depuis les pluies"
                ],
                "Wislande Pierre-Louis",
            ),
            (
                I,
                ["trois des cinq fontaines publiques étaient hors service depuis le mois d'août"],
                "responsable de la mairie",
            ),
        ],
    ),
    (  # 6 Brittany rail strike, radio style: dialogue dash, company statement indirect, colon
        "Journée noire pour les usagers du réseau régional Lignes d'Armor : un train sur trois "
        "seulement a circulé ce mardi entre Brest, Morlaix et Saint-Brieuc, à l'appel de "
        "l'intersyndicale qui conteste la suppression de 42 postes de contrôleurs.\n\n"
        "En gare de Guingamp, notre reporter a croisé Gwenaëlle Le Bihan, infirmière, qui "
        "attendait depuis plus d'une heure sur le quai.\n"
        "— Je comprends les cheminots, mais moi, si j'arrive en retard, ce sont des patients "
        "qui attendent.\n\n"
        "Lignes d'Armor assure, dans un communiqué, que la réorganisation n'entraînera aucun "
        "licenciement et que les agents concernés seront reclassés au sol. Un "
        "argument qui ne convainc pas Yann Quéré, délégué de l'intersyndicale : « Un train sans "
        "contrôleur, c'est un train où plus personne ne vient en aide à une personne âgée ou à "
        "un voyageur agressé. »\n\n"
        "Le mouvement est reconduit jusqu'à jeudi. Une rencontre avec la vice-présidente de la "
        "région chargée des transports est prévue mercredi matin.",
        [
            (
                D,
                [
                    "Je comprends les cheminots, mais moi, si j'arrive en retard, ce sont des "
                    "patients qui attendent."
                ],
                "Gwenaëlle Le Bihan",
            ),
            (
                I,
                [
                    "la réorganisation n'entraînera aucun licenciement et que les agents "
                    "concernés seront reclassés au sol"
                ],
                "Lignes d'Armor",
            ),
            (
                D,
                [
                    "Un train sans contrôleur, c'est un train où plus personne ne vient en aide à "
                    "une personne âgée ou à un voyageur agressé."
                ],
                "Yann Quéré",
            ),
        ],
    ),
    (  # 7 Tétouan film festival: film titles in « » (not quotes), "la cinéaste", jury partial
        "Tétouan — Le long métrage « Les Heures de sel », de la réalisatrice Nawal Chraïbi, a "
        "remporté samedi soir le Grand Prix du Festival méditerranéen du film de "
        "Tétouan-Martil, au terme d'une édition marquée par une forte présence des premiers "
        "films.\n\n"
        "Tourné en six semaines dans les salines d'Oualidia-Sud avec des acteurs non "
        "professionnels, le film suit trois sœurs qui tentent de sauver l'exploitation "
        "familiale. « J'ai voulu filmer des femmes qui travaillent, pas des femmes qui "
        "attendent », a lancé la cinéaste en recevant son trophée, très applaudie.\n\n"
        "Le président du jury, le comédien tunisien Slim Ben Achour, a salué « une mise en "
        "scène d'une rigueur rare pour un premier film ». Le prix d'interprétation masculine "
        "est revenu à Youssef Amrani pour son rôle dans « Le Dernier Train pour Oujda », qui "
        "sortira en salles au Maroc en janvier.\n\n"
        "La fréquentation a progressé de 15 % par rapport à l'an dernier, avec près de 40 000 "
        "entrées en huit jours.",
        [
            (
                D,
                ["J'ai voulu filmer des femmes qui travaillent, pas des femmes qui attendent"],
                "Nawal Chraïbi",
            ),
            (
                P,
                ["une mise en scène d'une rigueur rare pour un premier film"],
                "Slim Ben Achour",
            ),
        ],
    ),
    (  # 8 North African athletics: two women, "la championne", "la Marocaine"
        "Sétif — La demi-fondeuse algérienne Sarah Benkhelifa a remporté dimanche le 1 500 m "
        "des Championnats d'Afrique du Nord d'athlétisme en 4 min 03 s 41, nouveau record "
        "national, devant la Marocaine Hind Ouazzani et la Tunisienne Amira Trabelsi.\n\n"
        "«Je savais que j'avais les jambes pour courir sous les 4 min 05, mais pas à ce "
        "point», a confié la championne de 22 ans, qui s'entraîne depuis deux ans à Ifrane. "
        "Elle a placé son attaque à 300 mètres de l'arrivée, à la sortie du dernier "
        "virage.\n\n"
        "Battue pour six centièmes, Hind Ouazzani ne cachait pas sa déception. «Elle a été "
        "plus forte dans la dernière ligne droite, il n'y a rien à dire», a reconnu la "
        "Marocaine, qui visait un troisième titre consécutif.\n\n"
        "La Fédération algérienne d'athlétisme a prévu une réception en l'honneur de la "
        "médaillée mardi à Alger.",
        [
            (
                D,
                [
                    "Je savais que j'avais les jambes pour courir sous les 4 min 05, mais pas à "
                    "ce point"
                ],
                "Sarah Benkhelifa",
            ),
            (
                D,
                ["Elle a été plus forte dans la dernière ligne droite, il n'y a rien à dire"],
                "Hind Ouazzani",
            ),
        ],
    ),
    (  # 9 Tunisian olive harvest: "d'après les estimations de l'Office", president after quote
        "Sfax — La récolte d'olives de la campagne 2026-2027 devrait atteindre 1,1 million de "
        "tonnes, en recul de près d'un tiers sur un an, d'après les estimations de l'Office "
        "national de l'huile publiées lundi.\n\n"
        "La sécheresse du printemps, suivie de vents chauds en juin, a fait chuter les "
        "rendements dans les oliveraies du Sahel et de la région de Sfax, où certains arbres "
        "n'ont pas porté un seul fruit.\n\n"
        "Les stocks de la saison précédente, estimés à 160 000 tonnes, devraient toutefois "
        "permettre d'honorer les contrats déjà signés à l'export.\n\n"
        "L'Union régionale de l'agriculture réclame, elle, un report des échéances de crédit "
        "pour les petits exploitants. «\u00a0Sans cela, beaucoup vont vendre leurs terres "
        "avant la prochaine récolte\u00a0», prévient son président, Moncef Triki.",
        [
            (
                I,
                [
                    "La récolte d'olives de la campagne 2026-2027 devrait atteindre 1,1 million "
                    "de tonnes, en recul de près d'un tiers sur un an"
                ],
                "Office national de l'huile",
            ),
            (
                D,
                ["Sans cela, beaucoup vont vendre leurs terres avant la prochaine récolte"],
                "Moncef Triki",
            ),
        ],
    ),
    (  # 10 Beirut tuition fees: students' text read aloud over two paragraphs; university
        "Beyrouth — Plusieurs centaines d'étudiants de l'Université Saint-Maron de Beyrouth ont "
        "manifesté mercredi devant le rectorat, à Achrafieh, contre une hausse de 35 % des "
        "frais de scolarité annoncée pour le second semestre, désormais facturés en dollars "
        "frais.\n\n"
        "Le comité des étudiants a lu devant les grilles un texte adressé au recteur : « Nos "
        "parents sont payés en livres, parfois en dollars bancaires bloqués. Vous nous "
        "demandez de payer dans une monnaie que la plupart des familles n'ont pas.\n\n"
        "« Nous ne demandons pas la gratuité, nous demandons un échéancier. »\n\n"
        "Dans un communiqué, l'université affirme que la hausse est « indispensable » pour "
        "retenir ses enseignants, dont près d'un quart sont partis à l'étranger depuis 2020. "
        "Le recteur, le père Joseph Abi Nader, doit recevoir une délégation lundi.\n\n"
        "Des bourses partielles couvrent aujourd'hui environ 1 200 des 9 000 étudiants de "
        "l'établissement.",
        [
            (
                D,
                [
                    "Nos parents sont payés en livres, parfois en dollars bancaires bloqués. Vous "
                    "nous demandez de payer dans une monnaie que la plupart des familles n'ont "
                    "pas.",
                    "Nous ne demandons pas la gratuité, nous demandons un échéancier.",
                ],
                "comité des étudiants",
            ),
            (P, ["indispensable"], "Université Saint-Maron de Beyrouth"),
        ],
    ),
    (  # 11 Haiti earthquake: two men alternating, "l'édile", "M. Alexis"
        "Les Cayes — Un séisme de magnitude 5,2 a secoué vendredi matin le département du Sud, "
        "provoquant l'effondrement partiel d'une église et de plusieurs maisons à "
        "Port-Salut-Bas. Au moins deux personnes ont été tuées et 27 blessées.\n\n"
        "Le coordonnateur départemental de la Direction de la protection civile, Jean-Robert "
        "Alexis, a demandé la fermeture des écoles jusqu'à nouvel ordre. « Nous demandons aux "
        "parents de ne pas envoyer les enfants tant que les bâtiments n'ont pas été inspectés », "
        "a-t-il insisté.\n\n"
        "Le maire de Port-Salut-Bas, Fritznel Joseph, a déploré le manque de matériel. « Nous "
        "dégageons les gravats à la main, avec des pioches et des seaux. Il nous faut des "
        "engins », a déclaré l'édile, qui réclame l'envoi de camions depuis Port-au-Prince.\n\n"
        "M. Alexis a assuré en fin d'après-midi que deux pelleteuses étaient en route depuis "
        "Aquin. Plusieurs répliques ont été ressenties dans la journée, sans faire de nouveaux "
        "dégâts.",
        [
            (
                D,
                [
                    "Nous demandons aux parents de ne pas envoyer les enfants tant que les "
                    "bâtiments n'ont pas été inspectés"
                ],
                "Jean-Robert Alexis",
            ),
            (
                D,
                [
                    "Nous dégageons les gravats à la main, avec des pioches et des seaux. Il nous "
                    "faut des engins"
                ],
                "Fritznel Joseph",
            ),
            (I, ["deux pelleteuses étaient en route depuis Aquin"], "Jean-Robert Alexis"),
        ],
    ),
    (  # 12 night closure of an A&E, radio style: two women, incise, "la directrice"
        "Les urgences de l'hôpital de Montrevel-sur-Lèze fermeront la nuit à partir du "
        "1er décembre, faute de médecins. Les patients devront composer le 15 avant de se "
        "déplacer.\n\n"
        "“C'est une décision temporaire, assure la directrice de l'établissement, Claire "
        "Vidalenc. Nous avons trois postes d'urgentistes vacants sur sept. Dès que nous aurons "
        "recruté, nous rouvrirons.”\n\n"
        "Une promesse à laquelle ne croit guère Sandrine Arnal, infirmière et déléguée "
        "syndicale. “On nous dit temporaire depuis 2023. Le temporaire, ici, ça dure”, "
        "ironise-t-elle au micro de notre correspondante.\n\n"
        "La directrice rappelle que le Samu restera joignable jour et nuit et qu'une ligne de "
        "garde sera maintenue à Pamiers-Nord, à 35 minutes de route. Une pétition pour le "
        "maintien des urgences de nuit a déjà recueilli plus de 8 000 signatures.",
        [
            (
                D,
                [
                    "C'est une décision temporaire",
                    "Nous avons trois postes d'urgentistes vacants sur sept. Dès que nous aurons "
                    "recruté, nous rouvrirons.",
                ],
                "Claire Vidalenc",
            ),
            (
                D,
                ["On nous dit temporaire depuis 2023. Le temporaire, ici, ça dure"],
                "Sandrine Arnal",
            ),
            (
                I,
                [
                    "le Samu restera joignable jour et nuit et qu'une ligne de garde sera "
                    "maintenue à Pamiers-Nord, à 35 minutes de route"
                ],
                "Claire Vidalenc",
            ),
        ],
    ),
    (  # 13 Morocco-Mauritania fisheries: the agreement's text quoted, speaker after the quote
        "Rabat — Le Maroc et la Mauritanie ont signé mardi un protocole d'accord sur la pêche "
        "artisanale et la surveillance conjointe des côtes, au terme de deux jours de "
        "discussions au ministère des Affaires étrangères.\n\n"
        "Le texte, dont notre rédaction a obtenu une copie, prévoit que «\u202fles deux "
        "parties échangent en temps réel les données de localisation des navires opérant dans "
        "la zone frontalière\u202f». Il fixe également un quota annuel de 12 000 tonnes pour "
        "les pêcheurs artisanaux de Dakhla autorisés à travailler dans les eaux "
        "mauritaniennes.\n\n"
        "«\u202fC'est la fin d'un malentendu qui a coûté cher à des milliers de familles de "
        "pêcheurs\u202f», a déclaré le secrétaire d'État marocain chargé de la Pêche maritime, "
        "Driss Alaoui-Mrani, lors d'un point de presse.\n\n"
        "Son homologue mauritanien, Cheikh Ould Mahmoud, doit se rendre à Dakhla en janvier "
        "pour installer la commission mixte prévue par l'accord, qui se réunira tous les six "
        "mois.",
        [
            (
                P,
                [
                    "les deux parties échangent en temps réel les données de localisation des "
                    "navires opérant dans la zone frontalière"
                ],
                "protocole d'accord",
            ),
            (
                D,
                [
                    "C'est la fin d'un malentendu qui a coûté cher à des milliers de familles de "
                    "pêcheurs"
                ],
                "Driss Alaoui-Mrani",
            ),
        ],
    ),
    (  # 14 tramway suspended: operator partial, wali -t-il, unclosed mark, "selon la wilaya"
        "Sidi Mansour — Le tramway de Sidi Mansour ne circule plus qu'entre la gare routière "
        "et la cité universitaire depuis lundi, après la découverte de fissures sur le viaduc "
        "de l'oued Rhiou. L'entreprise exploitante, Metraz, a fait savoir que des bus de "
        "substitution seraient mis en place « dans les meilleurs délais ».\n\n"
        "Le wali, Noureddine Bouchareb, s'est rendu sur le site mardi matin en compagnie "
        "d'ingénieurs du Contrôle technique de la construction. « Aucune rame ne passera sur "
        "cet ouvrage tant que je n'aurai pas un rapport signé », a-t-il tranché.\n\n"
        "À la station Émir-Abdelkader, les usagers prenaient leur mal en patience. « Ça fait "
        "trois jours que je marche quarante minutes pour aller au lycée, a soufflé une "
        "lycéenne. Les taxis clandestins ont doublé leurs tarifs depuis lundi.\n\n"
        "Les résultats de l'expertise sont attendus d'ici à la fin du mois, selon la wilaya.",
        [
            (P, ["dans les meilleurs délais"], "Metraz"),
            (
                D,
                ["Aucune rame ne passera sur cet ouvrage tant que je n'aurai pas un rapport signé"],
                "Noureddine Bouchareb",
            ),
            (
                D,
                ["Ça fait trois jours que je marche quarante minutes pour aller au lycée"],
                "lycéenne",
            ),
            (I, ["Les résultats de l'expertise sont attendus d'ici à la fin du mois"], "wilaya"),
        ],
    ),
    (  # 15 hail in the vineyards, radio style: long quote then the speaker; selon + indirect
        "Un orage de grêle d'une rare violence a ravagé dimanche soir une partie du vignoble "
        "de la Côte de Vérargues, dans l'Hérault, à trois semaines des vendanges. Des grêlons "
        "de la taille d'une balle de golf sont tombés pendant près de vingt minutes.\n\n"
        "«J'ai vu vingt ans de travail couchés en un quart d'heure. Les grappes sont éclatées, "
        "les feuilles hachées, et sur certaines parcelles il ne reste que les sarments. On ne "
        "récoltera rien cette année, rien», raconte, la voix nouée, Élodie Marcoux, qui "
        "exploite quinze hectares à Saint-Christol-le-Haut.\n\n"
        "Selon la chambre d'agriculture, près de 1 200 hectares ont été touchés, dont 400 à "
        "plus de 80 %. Le préfet doit se rendre sur place mardi.\n\n"
        "La cave coopérative du village regroupe 140 adhérents, dont une trentaine de jeunes "
        "installés depuis moins de cinq ans, souvent sans trésorerie.",
        [
            (
                D,
                [
                    "J'ai vu vingt ans de travail couchés en un quart d'heure. Les grappes sont "
                    "éclatées, les feuilles hachées, et sur certaines parcelles il ne reste que "
                    "les sarments. On ne récoltera rien cette année, rien"
                ],
                "Élodie Marcoux",
            ),
            (
                I,
                ["près de 1 200 hectares ont été touchés, dont 400 à plus de 80 %"],
                "chambre d'agriculture",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Sindh floods, Pakistani press style: single quotes, indirect then direct, "she said"
        "HYDERABAD: Floodwaters from the swollen Indus breached a protective embankment near "
        "Khairpur Nathan early on Tuesday, submerging at least 14 villages and forcing "
        "thousands of families onto higher ground.\n\n"
        "Relief camps have been set up in 23 government schools across the district, and boats "
        "have been requisitioned from local fishermen.\n\n"
        "Deputy Commissioner Sana Qureshi, who visited the breach by boat, said the gap was "
        "widening by the hour. 'Our priority is to get the elderly and pregnant women out "
        "first. Livestock will have to wait,' she said.\n\n"
        "At a camp on the Dadu road, farmer Ghulam Rasool, 58, pointed to the water where his "
        "cotton crop had stood a week ago. 'Every time, they promise a stronger bund. Every "
        "time, the water comes through,' he said.",
        [
            (I, ["the gap was widening by the hour"], "Sana Qureshi"),
            (
                D,
                [
                    "Our priority is to get the elderly and pregnant women out first. Livestock "
                    "will have to wait"
                ],
                "Sana Qureshi",
            ),
            (
                D,
                ["Every time, they promise a stronger bund. Every time, the water comes through"],
                "Ghulam Rasool",
            ),
        ],
    ),
    (  # 2 Ghana blackouts: minister vs opposition spokesman, two men alternating, surnames
        "ACCRA, Ghana — Energy Minister Yaw Darko-Mensah on Monday blamed a shortfall in gas "
        "supply from the Western Corridor pipeline for the rolling blackouts that have hit "
        "Accra, Kumasi and Takoradi for nine straight days.\n\n"
        '"We are not hiding anything. The gas simply did not arrive in the volumes we '
        'contracted," Darko-Mensah told a press briefing.\n\n'
        "The minority spokesman on energy in Parliament, Kofi Amponsah-Nyarko, dismissed the "
        'explanation as "the same excuse we heard in March" and put the government\'s debts to '
        "independent power producers at more than $1.2 billion.\n\n"
        "Darko-Mensah rejected that figure, saying the arrears stood at about half that "
        "amount.\n\n"
        "Cold store operators in Tema have started renting diesel generators to save stocks of "
        "fish and poultry.",
        [
            (
                D,
                [
                    "We are not hiding anything. The gas simply did not arrive in the volumes we "
                    "contracted"
                ],
                "Yaw Darko-Mensah",
            ),
            (P, ["the same excuse we heard in March"], "Kofi Amponsah-Nyarko"),
            (I, ["the arrears stood at about half that amount"], "Yaw Darko-Mensah"),
        ],
    ),
    (  # 3 Philippine Senate, lending apps: two women senators, surname then "she"
        "MANILA, Philippines — Senator Teresa Villafuerte on Wednesday called for a ban on "
        "online lending apps that access borrowers' phone contacts, after a hearing featuring "
        "three women shamed in messages sent to their relatives and employers.\n\n"
        '"These apps are not lenders. They are extortion machines with a download button," '
        "Villafuerte said at the hearing of the Senate committee on banks.\n\n"
        "Senator Josefina Dumlao-Reyes, who chairs the committee, was more cautious. \u201cIf we "
        "close the door, borrowers will go straight back to the loan sharks in the public "
        "market,\u201d she said.\n\n"
        "The number of registered lending apps has grown from 60 to more than 300 since "
        "2021.\n\n"
        "The committee will resume hearings next week with representatives of the country's "
        "largest digital lenders.",
        [
            (
                D,
                ["These apps are not lenders. They are extortion machines with a download button"],
                "Teresa Villafuerte",
            ),
            (
                D,
                [
                    "If we close the door, borrowers will go straight back to the loan sharks in "
                    "the public market"
                ],
                "Josefina Dumlao-Reyes",
            ),
        ],
    ),
    (  # 4 junior hockey, Canadian press: coach named after a long quote, opposing captain
        "SWIFT CURRENT, Sask. — Nolan Brassard scored twice in the third period and the Swift "
        "Current Pronghorns rallied from three goals down to beat the Medicine Hat Talons 5-4 "
        "on Friday night, snapping a seven-game losing streak.\n\n"
        "\"We've been a team that folds when it gets hard. Tonight nobody folded. Guys were "
        "blocking shots with their faces in the last two minutes, and that's the only way you "
        'climb out of a hole like this," Pronghorns head coach Darren Whitecalf said after '
        "the game.\n\n"
        "Goaltender Jakob Lindqvist made 38 saves, including a glove stop on Talons captain "
        "Ryder McAllister with 11 seconds left. McAllister called it \"the best save anyone's "
        'made on me this year."\n\n'
        "The Pronghorns visit Lethbridge on Sunday.",
        [
            (
                D,
                [
                    "We've been a team that folds when it gets hard. Tonight nobody folded. Guys "
                    "were blocking shots with their faces in the last two minutes, and that's the "
                    "only way you climb out of a hole like this"
                ],
                "Darren Whitecalf",
            ),
            (P, ["the best save anyone's made on me this year."], "Ryder McAllister"),
        ],
    ),
    (  # 5 billing-fraud trial, US wire: the defendant's own email quoted; lawyer partial
        "NEW HAVEN, Conn. — Federal prosecutors on Tuesday showed jurors an email in which a "
        "former executive of a Connecticut medical-billing company appeared to instruct staff "
        'to "upcode everything you can get away with," on the second day of his fraud '
        "trial.\n\n"
        "Gregory Albanese, 54, the former chief operating officer of Northfield Claims "
        "Solutions, is accused of overbilling Medicare by more than $31 million between 2019 "
        "and 2023. He has pleaded not guilty.\n\n"
        '"Targets are targets. If a visit can be billed as level 5, it\'s level 5," Albanese '
        "wrote in the 2021 email, which Assistant U.S. Attorney Karen Whitlock read aloud to "
        "the jury.\n\n"
        "Albanese's lawyer, Michael Stroud, told jurors that the email had been \"ripped out "
        'of context." He is expected to call two outside compliance consultants as '
        "witnesses.\n\n"
        "The trial is expected to last three weeks.",
        [
            (P, ["upcode everything you can get away with"], "Gregory Albanese"),
            (
                D,
                ["Targets are targets. If a visit can be billed as level 5, it's level 5"],
                "Gregory Albanese",
            ),
            (P, ["ripped out of context."], "Michael Stroud"),
        ],
    ),
    (  # 6 minor-league baseball: incise quote, manager partial, club statement, "the Ironclads"
        "DES MOINES, Iowa — Tomás Irizarry struck out 11 in seven scoreless innings, Caleb "
        "Fenwick homered, and the Des Moines Ironclads beat the Tulsa Roughnecks 3-0 on "
        "Saturday to clinch the Plains League title.\n\n"
        "Irizarry, who missed most of last season after elbow surgery, allowed two hits and "
        'walked one. "A year ago I couldn\'t throw a ball across my kitchen," he said, "so '
        'yeah, this one means a little more."\n\n'
        "Manager Bud Kessler said he had thought about pulling Irizarry after six innings but "
        'changed his mind when the pitcher "looked at me like I\'d insulted his mother."\n\n'
        "Before the game, the Ironclads said in a statement that outfielder Dante Royce had "
        "been placed on the seven-day injured list with a strained hamstring. Royce was hitting "
        ".291 with 14 home runs.",
        [
            (
                D,
                [
                    "A year ago I couldn't throw a ball across my kitchen",
                    "so yeah, this one means a little more.",
                ],
                "Tomás Irizarry",
            ),
            (P, ["looked at me like I'd insulted his mother."], "Bud Kessler"),
            (
                I,
                [
                    "outfielder Dante Royce had been placed on the seven-day injured list with a "
                    "strained hamstring"
                ],
                "Des Moines Ironclads",
            ),
        ],
    ),
    (  # 7 West Coast port strike, Canadian press: union statement, employers' president
        "PORT ALDER, B.C. — Container traffic at Port Alder ground to a halt Thursday after "
        "1,400 longshore workers walked off the job, the first strike at the West Coast "
        "terminal in 18 years.\n\n"
        "The Coastal Longshore Workers Union said in a statement that members had voted 94 per "
        'cent in favour of strike action after the employer "refused to put automation on the '
        'table."\n\n'
        "The Northern Terminals Employers Association has offered wage increases of 14 per "
        "cent over four years. Its president, Lorraine Beaudoin, told reporters the "
        'association was ready to return to mediation "tonight, if the union is."\n\n'
        "Federal Labour Minister Priya Sandhu met representatives of both sides in Ottawa on "
        "Thursday afternoon.\n\n"
        "Grain cars were already backing up at rail yards in the Interior on Thursday night.",
        [
            (P, ["refused to put automation on the table."], "Coastal Longshore Workers Union"),
            (P, ["tonight, if the union is."], "Lorraine Beaudoin"),
        ],
    ),
    (  # 8 Foreign Office briefing, Pakistani press: FO indirect, spokesperson partial + direct
        "ISLAMABAD: The Foreign Office on Thursday said Pakistan would send a delegation to "
        "Dushanbe next week to finalise a long-delayed agreement on cross-border electricity "
        "trade, dismissing reports that the talks had stalled.\n\n"
        "Addressing the weekly press briefing, Foreign Office spokesperson Mehreen Baloch "
        "termed the reports 'speculative and mischievous'. 'The negotiations are on track. "
        "Technical teams have resolved the pricing issue, and what remains is largely legal "
        "drafting,' she said.\n\n"
        "The agreement would allow Pakistan to import up to 1,000 megawatts of hydropower "
        "during the summer months, when demand peaks.",
        [
            (
                I,
                [
                    "Pakistan would send a delegation to Dushanbe next week to finalise a "
                    "long-delayed agreement on cross-border electricity trade"
                ],
                "Foreign Office",
            ),
            (P, ["speculative and mischievous"], "Mehreen Baloch"),
            (
                D,
                [
                    "The negotiations are on track. Technical teams have resolved the pricing "
                    "issue, and what remains is largely legal drafting"
                ],
                "Mehreen Baloch",
            ),
        ],
    ),
    (  # 9 Ghana clinics fraud case: charge sheet quoted, defence counsel, judge (two women)
        "KOFORIDUA — The Eastern Regional High Court on Wednesday remanded a former district "
        "chief executive and two contractors in custody over the alleged diversion of "
        "GH\u00a26.4 million meant for the construction of rural clinics.\n\n"
        "According to the charge sheet, Emmanuel Osei-Kuffour, who headed the Akwadum "
        'District Assembly until January, "caused payment to be made for works that were '
        'never executed" at four sites.\n\n'
        "Counsel for the accused, Akua Frimpong-Boateng, told the court her clients would "
        '"vigorously contest every count". The former DCE, who has '
        "surrendered his passport, was led out by prison officers.\n\n"
        'The trial judge, Justice Abena Sarpong-Wiredu, said the court could not ignore "the '
        'gravity of the allegations" and adjourned the case to December 14.',
        [
            (
                P,
                ["caused payment to be made for works that were never executed"],
                "charge sheet",
            ),
            (P, ["vigorously contest every count"], "Akua Frimpong-Boateng"),
            (P, ["the gravity of the allegations"], "Abena Sarpong-Wiredu"),
        ],
    ),
    (  # 10 coal plant protest, Philippine press: mayor named once then "the mayor", developer
        "SAN ISIDRO, Batangas — Residents of this coastal town staged a noise barrage on "
        "Sunday against a planned 600-megawatt coal-fired power plant, days after the "
        "national government endorsed the project as a priority for the Luzon grid.\n\n"
        "Mayor Rogelio Macaraeg, who won re-election last year on a promise to block the plant, "
        'joined the protest outside the municipal hall. "I did not sign anything, and I will '
        'not sign anything," the mayor told the crowd.\n\n'
        "Lighthouse Power Corp., the developer, said in a statement that the plant would use "
        '"the cleanest available combustion technology" and create 1,800 jobs during '
        "construction.\n\n"
        "Fisherfolk leader Dolores Abacan pointed to the bay, where a jetty for the project "
        'was built last year. "The fish know before the government does," she said.',
        [
            (
                D,
                ["I did not sign anything, and I will not sign anything"],
                "Rogelio Macaraeg",
            ),
            (P, ["the cleanest available combustion technology"], "Lighthouse Power Corp."),
            (D, ["The fish know before the government does"], "Dolores Abacan"),
        ],
    ),
    (  # 11 state sues teen messaging app: internal memo quoted via complaint, AG, company
        "SALEM, Ore. — Oregon sued the maker of a popular teen messaging app on Monday over "
        "features built to keep children scrolling late into the night and over the way its "
        "safety tools were presented to parents.\n\n"
        "The lawsuit against Cirrus Social Inc., filed in Marion County Circuit Court, quotes "
        "a 2024 internal memo in which a product manager wrote: \u201cWe know streaks hurt "
        "sleep. We also know they drive retention.\u201d\n\n"
        "\u201cThey knew, and they shipped it anyway,\u201d Attorney General Denise Calloway "
        "said at a news conference.\n\n"
        "Cirrus said in a statement that the lawsuit \u201cmischaracterizes years of work on "
        "teen safety\u201d and that it would defend itself in court.\n\n"
        "Oregon is the ninth state to sue the company this year.",
        [
            (
                D,
                ["We know streaks hurt sleep. We also know they drive retention."],
                "product manager",
            ),
            (D, ["They knew, and they shipped it anyway"], "Denise Calloway"),
            (P, ["mischaracterizes years of work on teen safety"], "Cirrus Social Inc."),
        ],
    ),
    (  # 12 Red River flood, reeve after the quote, resident's quote split by "he said."
        "STE. AGATHE-NORD, Man. — Crews worked through the night to reinforce a ring dike "
        "around this community south of Winnipeg as the Red River rose another 30 centimetres "
        "on Wednesday, with a crest not expected until the weekend.\n\n"
        'About 60 homes outside the dike have been ordered evacuated. "People here have done '
        "this before. They know the drill, but they're tired,\" said Reeve Gordon Hiebert.\n\n"
        "About 200 Canadian Armed Forces members are due to arrive Thursday to help with "
        "sandbagging.\n\n"
        "Resident Marcel Gauthier, who has lived on the river for 40 years, was moving "
        'furniture to his second floor. "You don\'t fight the Red," he said. "You just try to '
        'stay out of its way."',
        [
            (
                D,
                ["People here have done this before. They know the drill, but they're tired"],
                "Gordon Hiebert",
            ),
            (D, ["You don't fight the Red"], "Marcel Gauthier"),
            (D, ["You just try to stay out of its way."], "Marcel Gauthier"),
        ],
    ),
    (  # 13 young doctors' strike, Pakistani press: indirect split by "he said", health secretary
        "LAHORE: Outpatient departments at five teaching hospitals in Lahore remained shut for "
        "a third consecutive day on Monday as the Young Medics Alliance (YMA) continued its "
        "strike against a government plan to hand over the management of district hospitals "
        "to private operators.\n\n"
        "YMA president Dr Faizan Tariq said the strike would go on until the notification was "
        "withdrawn in writing. Emergency wards, he said, were functioning normally.\n\n"
        "Punjab Health Secretary Ali Raza Gondal said the plan was aimed at improving "
        "services, not privatising them.\n\n"
        "Patients who had travelled from Kasur and Sheikhupura were turned away at the gates, "
        "and private clinics in the city reported long queues.",
        [
            (
                I,
                ["the strike would go on until the notification was withdrawn in writing"],
                "Faizan Tariq",
            ),
            (I, ["Emergency wards", "were functioning normally"], "Faizan Tariq"),
            (
                I,
                ["the plan was aimed at improving services, not privatising them"],
                "Ali Raza Gondal",
            ),
        ],
    ),
    (  # 14 border report, Ghanaian press: report title in quotes (not a quote), ministry
        "ACCRA — Ghana should reopen three northern border crossings closed since 2024, the "
        "Centre for Regional Policy Studies recommended in a report launched on Tuesday.\n\n"
        'The 64-page report, titled "Open Roads, Safe Roads: Trade and Security on the '
        'Northern Frontier," draws on interviews with more than 300 traders in the Upper East '
        "region.\n\n"
        '"Closing a border does not stop smugglers. It stops the women who sell shea butter '
        "and onions,\" the centre's executive director, Dr Kwame Adu-Gyamfi, said at the "
        "launch.\n\n"
        "The Ministry of Foreign Affairs and Regional Integration said in a statement that the "
        'closures remained "a temporary security measure" under constant review.',
        [
            (
                I,
                ["Ghana should reopen three northern border crossings closed since 2024"],
                "Centre for Regional Policy Studies",
            ),
            (
                D,
                [
                    "Closing a border does not stop smugglers. It stops the women who sell shea "
                    "butter and onions"
                ],
                "Kwame Adu-Gyamfi",
            ),
            (
                P,
                ["a temporary security measure"],
                "Ministry of Foreign Affairs and Regional Integration",
            ),
        ],
    ),
    (  # 15 Rizal floods, Philippine wire: weather bureau, colon quote, dash-introduced quote
        "SANTA LUCIA, Rizal — Floodwaters reached chest level in low-lying villages of this "
        "city east of Manila on Saturday as a tropical storm dumped more than 300 millimetres "
        "of rain in 24 hours, forcing about 18,000 people into evacuation centres.\n\n"
        "The state weather bureau said the storm would leave the Philippine area of "
        "responsibility by Monday.\n\n"
        'City disaster officer Arnel Cabrera gave a blunt assessment: "The river went up two '
        'metres in three hours. We have never seen it rise that fast."\n\n'
        "At a school turned evacuation centre, Remedios Santiago, 67, sat on a plastic mat "
        "with three of her grandchildren. She had waited on her roof for five hours before a "
        'rubber boat reached her. Her message to city hall was simple \u2014 "Give us a dike, '
        'not relief goods."',
        [
            (
                I,
                ["the storm would leave the Philippine area of responsibility by Monday"],
                "state weather bureau",
            ),
            (
                D,
                [
                    "The river went up two metres in three hours. We have never seen it rise "
                    "that fast."
                ],
                "Arnel Cabrera",
            ),
            (D, ["Give us a dike, not relief goods."], "Remedios Santiago"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout16.jsonl"),
        "heldout16",
        "h16",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
