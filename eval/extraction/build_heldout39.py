"""Source of the thirty-ninth held-out set: writes heldout39.jsonl (split "heldout39").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
business, labour and technology wire copy: company results, strikes and wage talks, layoffs and
plant closures, product launches, regulators and court rulings on companies.
Measured once before (extractor 0.3.0) and once with extractor 0.17.0 (docs/EXTRACTION.md),
unread; then read for 0.18.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout39.py
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
    (  # 1 half-year results, food group: nbsp, "Elle a précisé que", "Selon lui"
        "Lyon — Le groupe agroalimentaire Valdrôme a publié mardi un bénéfice net de 212 "
        "millions d'euros pour le premier semestre, en hausse de 14 % sur un an, porté par ses "
        "marques de produits laitiers et par la baisse de sa facture énergétique.\n\n"
        "«\u00a0Nous récoltons les fruits de deux années de réorganisation\u00a0», s'est "
        "félicitée la directrice générale, Hélène Marsac-Tiberti, lors d'une conférence "
        "téléphonique avec les analystes. Elle a précisé que le groupe relevait son objectif de "
        "marge opérationnelle à 9,5 % pour l'ensemble de l'exercice.\n\n"
        "Le chiffre d'affaires, lui, a progressé de 3,2 %, à 4,1 milliards d'euros, un peu en "
        "deçà des attentes, les volumes restant atones en Europe du Sud et en Amérique "
        "latine.\n\n"
        "Chez Berthon Securities, l'analyste Marc-Antoine Delhaye juge la publication "
        "«\u00a0solide mais sans surprise\u00a0». Selon lui, la flambée du prix du lait payé aux "
        "producteurs bretons pourrait toutefois peser sur les comptes du second semestre.\n\n"
        "L'action Valdrôme a terminé la séance en hausse de 2,8 % à la Bourse de Paris.",
        [
            (
                D,
                ["Nous récoltons les fruits de deux années de réorganisation"],
                "Hélène Marsac-Tiberti",
            ),
            (
                I,
                [
                    "le groupe relevait son objectif de marge opérationnelle à 9,5 % pour "
                    "l'ensemble de l'exercice"
                ],
                "Hélène Marsac-Tiberti",
            ),
            (P, ["solide mais sans surprise"], "Marc-Antoine Delhaye"),
            (
                I,
                [
                    "la flambée du prix du lait payé aux producteurs bretons pourrait toutefois "
                    "peser sur les comptes du second semestre"
                ],
                "Marc-Antoine Delhaye",
            ),
        ],
    ),
    (  # 2 dockers' strike: quote over two paragraphs, "selon le ministère des Transports"
        "Marseille — Le trafic était quasiment à l'arrêt jeudi sur les terminaux à conteneurs "
        "de Port-Saint-Aurèle, au troisième jour d'une grève des dockers contre le projet "
        "d'automatisation des portiques présenté en septembre par l'exploitant, la société "
        "Mistral Terminaux.\n\n"
        "Devant quelque 400 grévistes rassemblés aux grilles du môle B, le secrétaire général "
        "du syndicat des dockers CGT, Rachid Benhamou, a pris la parole : « On nous parle de "
        "modernisation. Ce que nous voyons, nous, c'est 240 postes qui disparaissent d'ici à "
        "2029.\n\n"
        "« Nous ne reprendrons pas le travail tant que la direction n'aura pas mis un plan de "
        "reclassement sur la table. Pas des promesses : un document signé. »\n\n"
        "Mistral Terminaux a assuré dans un communiqué qu'aucun licenciement sec n'était "
        "envisagé et que les salariés concernés se verraient proposer une formation à la "
        "conduite des nouveaux équipements.\n\n"
        "Une cinquantaine de navires attendaient au large jeudi soir. Un médiateur doit être "
        "nommé d'ici à lundi, selon le ministère des Transports.",
        [
            (
                D,
                [
                    "On nous parle de modernisation. Ce que nous voyons, nous, c'est 240 postes "
                    "qui disparaissent d'ici à 2029.",
                    "Nous ne reprendrons pas le travail tant que la direction n'aura pas mis un "
                    "plan de reclassement sur la table. Pas des promesses : un document signé.",
                ],
                "Rachid Benhamou",
            ),
            (
                I,
                [
                    "aucun licenciement sec n'était envisagé et que les salariés concernés se "
                    "verraient proposer une formation à la conduite des nouveaux équipements"
                ],
                "Mistral Terminaux",
            ),
            (I, ["Un médiateur doit être nommé d'ici à lundi"], "ministère des Transports"),
        ],
    ),
    (  # 3 software layoffs: narrow nbsp, plan name in marks (not a quote), incise a-t-il admis
        "Toulouse — L'éditeur de logiciels Qantis a annoncé lundi aux représentants du "
        "personnel la suppression de 380 postes en France, soit près d'un emploi sur six, dans "
        "le cadre de son plan de transformation baptisé «\u202fCap 2028\u202f».\n\n"
        "Le directeur général, Olivier Rambert-Sauze, a justifié ces coupes par le "
        "ralentissement des commandes des collectivités locales, son premier marché. "
        "«\u202fNous avons recruté trop vite en 2022 et en 2023, sur des hypothèses de "
        "croissance qui ne se sont pas matérialisées, a-t-il admis. Je l'assume "
        "pleinement.\u202f» Il a indiqué que les départs se feraient «\u202fen priorité sur la "
        "base du volontariat\u202f».\n\n"
        "Une lecture que conteste Nadia Ferchichi, déléguée syndicale CFDT. «\u202fLa direction "
        "a versé 40 millions d'euros de dividendes l'an dernier. Qu'on ne vienne pas nous dire "
        "que l'entreprise va mal\u202f», a-t-elle réagi. L'intersyndicale appelle à un "
        "débrayage jeudi sur les sites de Toulouse, Rennes et Lille.\n\n"
        "À Paris, le ministère de l'Industrie a fait savoir qu'il veillerait au respect des "
        "engagements pris par Qantis en échange des aides publiques perçues en 2021.",
        [
            (
                D,
                [
                    "Nous avons recruté trop vite en 2022 et en 2023, sur des hypothèses de "
                    "croissance qui ne se sont pas matérialisées",
                    "Je l'assume pleinement.",
                ],
                "Olivier Rambert-Sauze",
            ),
            (P, ["en priorité sur la base du volontariat"], "Olivier Rambert-Sauze"),
            (
                D,
                [
                    "La direction a versé 40 millions d'euros de dividendes l'an dernier. Qu'on "
                    "ne vienne pas nous dire que l'entreprise va mal"
                ],
                "Nadia Ferchichi",
            ),
            (
                I,
                [
                    "il veillerait au respect des engagements pris par Qantis en échange des "
                    "aides publiques perçues en 2021"
                ],
                "ministère de l'Industrie",
            ),
        ],
    ),
    (  # 4 competition authority fine: no spaces, term in marks (not a quote), Pour X, spokesman
        "L'Autorité de la concurrence a infligé mercredi une amende de 87 millions d'euros au "
        "distributeur Marchéplus pour avoir exigé de ses fournisseurs, entre 2018 et 2024, des "
        "«remises de fin d'année» sans contrepartie commerciale. Dans sa décision, l'Autorité "
        "estime que l'enseigne a «abusé de la dépendance économique» de plusieurs centaines de "
        "PME.\n\n"
        "«C'est une sanction lourde, à la mesure de la durée des pratiques», a commenté sa "
        "présidente, Bénédicte Orsoni-Lamy. Elle a rappelé que les entreprises concernées "
        "réalisaient souvent plus de la moitié de leur chiffre d'affaires avec le "
        "distributeur.\n\n"
        "«Nous contestons fermement tant l'analyse que le montant», a réagi un porte-parole de "
        "Marchéplus. Le groupe dispose d'un mois pour saisir la cour d'appel de Paris.\n\n"
        "Pour la Fédération des entreprises alimentaires indépendantes, qui avait saisi "
        "l'Autorité en 2022, «cette décision doit faire jurisprudence dans les négociations "
        "commerciales qui s'ouvrent en décembre».",
        [
            (P, ["abusé de la dépendance économique"], "Autorité de la concurrence"),
            (
                D,
                ["C'est une sanction lourde, à la mesure de la durée des pratiques"],
                "Bénédicte Orsoni-Lamy",
            ),
            (
                I,
                [
                    "les entreprises concernées réalisaient souvent plus de la moitié de leur "
                    "chiffre d'affaires avec le distributeur"
                ],
                "Bénédicte Orsoni-Lamy",
            ),
            (D, ["Nous contestons fermement tant l'analyse que le montant"], "Marchéplus"),
            (
                D,
                [
                    "cette décision doit faire jurisprudence dans les négociations commerciales "
                    "qui s'ouvrent en décembre"
                ],
                "Fédération des entreprises alimentaires indépendantes",
            ),
        ],
    ),
    (  # 5 battery launch: “ ”, speaker in the next sentence, nickname (not a quote), Mme X incise
        "Grenoble — Après quatre ans de développement, la start-up Voltane a présenté mardi sa "
        "première batterie domestique au sodium, destinée aux maisons équipées de panneaux "
        "solaires. Commercialisée à partir de mars au prix de 4 900 euros, elle promet une "
        "durée de vie de quinze ans.\n\n"
        "“Le lithium, c'est formidable pour une voiture. Pour une maison qui ne bouge pas, "
        "c'est surdimensionné et trop cher.” Camille Audouard, cofondatrice et présidente de "
        "Voltane, ne manque pas une occasion de rappeler le pari de son entreprise. Elle assure "
        "que l'usine d'Échirolles produira 20 000 unités par an dès 2028.\n\n"
        "Le boîtier gris, que les ingénieurs ont surnommé “la boîte à sel”, pèse 90 kilos. La "
        "société a levé 35 millions d'euros l'an dernier auprès de fonds français et allemands, "
        "dont Alpes Capital, dont le directeur associé, Thibault Grangier, évoque “un marché "
        "qui n'existait pas il y a cinq ans”.\n\n"
        "Reste la concurrence asiatique. “Les fabricants chinois arriveront sur ce créneau, "
        "c'est certain, reconnaît Mme Audouard. Notre avance, c'est l'installation et le "
        "service après-vente.”",
        [
            (
                D,
                [
                    "Le lithium, c'est formidable pour une voiture. Pour une maison qui ne bouge "
                    "pas, c'est surdimensionné et trop cher."
                ],
                "Camille Audouard",
            ),
            (
                I,
                ["l'usine d'Échirolles produira 20 000 unités par an dès 2028"],
                "Camille Audouard",
            ),
            (P, ["un marché qui n'existait pas il y a cinq ans"], "Thibault Grangier"),
            (
                D,
                [
                    "Les fabricants chinois arriveront sur ce créneau, c'est certain",
                    "Notre avance, c'est l'installation et le service après-vente.",
                ],
                "Camille Audouard",
            ),
        ],
    ),
    (  # 6 pilots' wage talks: nbsp, partial in reported speech, "la ministre" resolved
        "Les négociations salariales entre la compagnie Air Azuréa et le Syndicat national des "
        "pilotes de ligne indépendants (SNPLI) ont échoué dans la nuit de mardi à mercredi, "
        "après quatorze heures de discussions. Le syndicat a aussitôt déposé un préavis de "
        "grève pour les 20 et 21 décembre.\n\n"
        "La direction proposait une augmentation de 4,5 % étalée sur deux ans ; les pilotes "
        "réclament 7 %. «\u00a0L'écart n'est pas insurmontable, mais la direction a choisi de "
        "jouer la montre\u00a0», a regretté Julien Vasseur, commandant de bord et président du "
        "SNPLI.\n\n"
        "La directrice des ressources humaines d'Air Azuréa, Sophie Kerjean, a affirmé de son "
        "côté que l'offre était «\u00a0la plus généreuse depuis dix ans\u00a0».\n\n"
        "La ministre chargée des Transports, Marie-Laure Castagnède, a reçu les deux parties "
        "jeudi matin. À l'issue de la rencontre, la ministre a lancé un avertissement : "
        "«\u00a0Personne n'a intérêt à clouer les avions au sol en pleine période des fêtes. "
        "J'attends des deux parties qu'elles reviennent à la table dès lundi.\u00a0»\n\n"
        "Air Azuréa transporte environ 60 000 passagers par jour en décembre.",
        [
            (
                D,
                ["L'écart n'est pas insurmontable, mais la direction a choisi de jouer la montre"],
                "Julien Vasseur",
            ),
            (P, ["la plus généreuse depuis dix ans"], "Sophie Kerjean"),
            (
                D,
                [
                    "Personne n'a intérêt à clouer les avions au sol en pleine période des fêtes. "
                    "J'attends des deux parties qu'elles reviennent à la table dès lundi."
                ],
                "Marie-Laure Castagnède",
            ),
        ],
    ),
    (  # 7 plant closure: pronoun several sentences later, "le maire"/"l'élu" resolved
        "L'équipementier automobile Ferrandet a confirmé jeudi la fermeture, d'ici à juin 2027, "
        "de son usine de Vaudricourt-sur-Aisne, qui emploie 312 salariés. Dans un communiqué, "
        "le groupe assure que chaque salarié recevra une proposition de reclassement au sein "
        "de ses autres sites.\n\n"
        "Karine Lemaître, déléguée Force ouvrière, est sortie du comité social et économique "
        "les yeux rougis. Entrée à l'usine à dix-neuf ans, elle y a fait toute sa carrière, "
        "comme son père avant elle. Les postes proposés se trouvent pour la plupart en Pologne "
        "et au Maroc. « Ils se moquent de nous. Qui va partir à Poznań avec un salaire "
        "polonais ? » a-t-elle lancé devant les grilles.\n\n"
        "Le maire de Vaudricourt, Patrice Loubier, a appris la nouvelle par la presse. "
        "Dans une lettre au ministre de l'Industrie, l'élu demande que l'État suspende tout "
        "nouveau soutien public au groupe tant qu'une solution de reprise n'a pas été "
        "cherchée.\n\n"
        "« Ferrandet a touché 11 millions d'euros de crédit d'impôt en cinq ans. On ne peut pas "
        "prendre l'argent et fermer la porte », a martelé le maire.",
        [
            (
                I,
                [
                    "chaque salarié recevra une proposition de reclassement au sein de ses "
                    "autres sites"
                ],
                "Ferrandet",
            ),
            (
                D,
                ["Ils se moquent de nous. Qui va partir à Poznań avec un salaire polonais ?"],
                "Karine Lemaître",
            ),
            (
                I,
                [
                    "l'État suspende tout nouveau soutien public au groupe tant qu'une solution "
                    "de reprise n'a pas été cherchée"
                ],
                "Patrice Loubier",
            ),
            (
                D,
                [
                    "Ferrandet a touché 11 millions d'euros de crédit d'impôt en cinq ans. On ne "
                    "peut pas prendre l'argent et fermer la porte"
                ],
                "Patrice Loubier",
            ),
        ],
    ),
    (  # 8 bank results: narrow nbsp, "selon un communiqué", "D'après X", souligne-t-elle
        "Nantes — La Banque mutualiste de l'Ouest (BMO) a vu son bénéfice net reculer de 18 % "
        "au troisième trimestre, à 412 millions d'euros, pénalisée par la hausse des "
        "défaillances d'entreprises dans le bâtiment et le commerce.\n\n"
        "Le groupe a par ailleurs confirmé la fermeture de 60 de ses 540 agences d'ici à la fin "
        "de 2028, sans licenciement.\n\n"
        "«\u202fLe réseau physique reste notre colonne vertébrale, mais nos clients viennent "
        "trois fois moins en agence qu'en 2019\u202f», a fait valoir le directeur général, "
        "Yannick Le Goff, sur une radio locale.\n\n"
        "D'après Anne-Sophie Verdier, analyste chez Kellner & Roux, le marché avait anticipé un "
        "recul plus marqué, et la solidité du bilan n'est pas en cause.\n\n"
        "Les syndicats, eux, s'inquiètent. La CFE-CGC a dénoncé dans un tract «\u202fune "
        "saignée silencieuse\u202f» du réseau, qui a déjà perdu une centaine d'agences depuis "
        "2020.",
        [
            (
                D,
                [
                    "Le réseau physique reste notre colonne vertébrale, mais nos clients viennent "
                    "trois fois moins en agence qu'en 2019"
                ],
                "Yannick Le Goff",
            ),
            (
                I,
                [
                    "le marché avait anticipé un recul plus marqué, et la solidité du bilan "
                    "n'est pas en cause"
                ],
                "Anne-Sophie Verdier",
            ),
            (P, ["une saignée silencieuse"], "CFE-CGC"),
        ],
    ),
    (  # 9 riders requalified by appeal court: plain « », colon intro, company statement
        "Bordeaux — La cour d'appel de Bordeaux a requalifié jeudi en contrats de travail les "
        "relations entre la plateforme de livraison de repas Livrezo et 47 coursiers, qui "
        "réclamaient le paiement de leurs heures d'attente et de leurs congés. La société est "
        "condamnée à leur verser au total 1,3 million d'euros.\n\n"
        "L'avocate des livreurs, Laure Pagès-Dumont, n'a pas caché sa satisfaction à la sortie "
        "de l'audience : « La cour a regardé la réalité du travail, pas l'étiquette collée sur "
        "le contrat. Mes clients recevaient des ordres, des horaires et des sanctions. C'était "
        "un emploi salarié, point. »\n\n"
        "Parmi les plaignants, beaucoup ont livré pendant plusieurs années dans le centre de "
        "Bordeaux avant d'être déconnectés de l'application du jour au lendemain, sans "
        "explication.\n\n"
        "« Cette décision ne concerne que des situations individuelles anciennes et ne remet "
        "pas en cause notre modèle », a réagi Livrezo dans un communiqué, en annonçant un "
        "pourvoi en cassation. La plateforme revendique 6 000 livreurs indépendants en France "
        "et a relevé de 12 % la rémunération minimale par course en janvier.",
        [
            (
                D,
                [
                    "La cour a regardé la réalité du travail, pas l'étiquette collée sur le "
                    "contrat. Mes clients recevaient des ordres, des horaires et des sanctions. "
                    "C'était un emploi salarié, point."
                ],
                "Laure Pagès-Dumont",
            ),
            (
                D,
                [
                    "Cette décision ne concerne que des situations individuelles anciennes et ne "
                    "remet pas en cause notre modèle"
                ],
                "Livrezo",
            ),
        ],
    ),
    (  # 10 repairable phone: nbsp, book title in marks (not a quote), explique-t-il incise
        "Brest — Le fabricant breton Orsane a lancé mercredi son troisième smartphone, "
        "l'Orsane 3, conçu pour être démonté avec un simple tournevis. Vendu 549 euros, il est "
        "garanti sept ans, et ses pièces détachées seront disponibles jusqu'en 2036.\n\n"
        "Son fondateur, Gaël Morvan, auteur en 2024 d'un essai remarqué, «\u00a0Réparer plutôt "
        "que jeter\u00a0», ne cherche pas à jouer dans la même cour que les géants du secteur. "
        "«\u00a0On ne va pas concurrencer Apple ou Samsung sur la puissance de l'appareil photo, "
        "explique-t-il. On leur prend les clients qui en ont assez de changer de téléphone "
        "tous les deux ans.\u00a0»\n\n"
        "L'entreprise, qui emploie 140 personnes, a vendu 85 000 téléphones l'an dernier et "
        "vise 150 000 unités en 2027, notamment grâce à un accord de distribution avec "
        "l'opérateur Télivia.\n\n"
        "Éloïse Tran, analyste au cabinet Médiacom Études, se montre plus prudente. "
        "«\u00a0La réparabilité est un argument fort pour une minorité engagée. Pour le grand "
        "public, le prix reste le premier critère\u00a0», observe-t-elle.",
        [
            (
                D,
                [
                    "On ne va pas concurrencer Apple ou Samsung sur la puissance de l'appareil "
                    "photo",
                    "On leur prend les clients qui en ont assez de changer de téléphone tous les "
                    "deux ans.",
                ],
                "Gaël Morvan",
            ),
            (
                D,
                [
                    "La réparabilité est un argument fort pour une minorité engagée. Pour le "
                    "grand public, le prix reste le premier critère"
                ],
                "Éloïse Tran",
            ),
        ],
    ),
    (  # 11 Sunday opening strike: no spaces, speaker in next sentence, "le PDG" resolved
        "Les caisses sont restées fermées samedi dans une quarantaine de magasins de bricolage "
        "Bricoval, à l'appel de l'intersyndicale, qui conteste le projet d'ouverture le "
        "dimanche matin dans toutes les agglomérations de plus de 100 000 habitants.\n\n"
        "«On nous demande de sacrifier nos week-ends pour 20 euros de prime. C'est non.» "
        "Sylvie Carrère, caissière depuis quinze ans au magasin de Lattes et déléguée CGT, "
        "résume ainsi la colère de ses collègues, massés devant l'entrée du parking.\n\n"
        "Le PDG de Bricoval, Frédéric Anquetil, avait défendu le projet la semaine dernière "
        "devant les cadres du groupe, en promettant que le travail dominical resterait fondé "
        "sur le volontariat.\n\n"
        "Samedi, le PDG a maintenu le cap. «Nos clients nous le demandent, et nos concurrents "
        "ouvrent déjà. Si nous restons fermés, ce sont des emplois que nous perdrons», a-t-il "
        "déclaré au Journal du Midi.\n\n"
        "Une nouvelle réunion avec les organisations syndicales est prévue le 9 décembre au "
        "siège du groupe, à Montpellier.",
        [
            (
                D,
                ["On nous demande de sacrifier nos week-ends pour 20 euros de prime. C'est non."],
                "Sylvie Carrère",
            ),
            (
                I,
                ["le travail dominical resterait fondé sur le volontariat"],
                "Frédéric Anquetil",
            ),
            (
                D,
                [
                    "Nos clients nous le demandent, et nos concurrents ouvrent déjà. Si nous "
                    "restons fermés, ce sont des emplois que nous perdrons"
                ],
                "Frédéric Anquetil",
            ),
        ],
    ),
    (  # 12 cyberattack at cloud host: nbsp, colon intro, partial with "M. X"
        "Roubaix — Le fournisseur d'hébergement informatique Nubéo a été victime le week-end "
        "dernier d'une cyberattaque qui a exposé les données de quelque 200 000 clients "
        "professionnels, dont des cabinets médicaux et des collectivités. La Commission "
        "nationale de l'informatique et des libertés a ouvert une procédure de contrôle.\n\n"
        "«\u00a0Nous avons détecté l'intrusion vendredi soir et coupé les accès dans "
        "l'heure\u00a0», a assuré lundi le directeur technique de Nubéo, Benoît Laferrière.\n\n"
        "Chez Pharmadis, un grossiste en médicaments hébergé par Nubéo, la directrice des "
        "systèmes d'information, Agnès Roucher, ne décolère pas : «\u00a0Nous l'avons appris "
        "par un client, samedi midi. Personne chez notre prestataire n'avait jugé utile de "
        "nous prévenir.\u00a0»\n\n"
        "Interrogé sur ce point, M. Laferrière a concédé «\u00a0un raté dans la "
        "communication\u00a0» et promis une cellule d'assistance ouverte jour et nuit.\n\n"
        "Nubéo, qui emploie 900 personnes à Roubaix et à Strasbourg, a vu son action chuter "
        "de 11 % à l'ouverture de la Bourse.",
        [
            (
                D,
                ["Nous avons détecté l'intrusion vendredi soir et coupé les accès dans l'heure"],
                "Benoît Laferrière",
            ),
            (
                D,
                [
                    "Nous l'avons appris par un client, samedi midi. Personne chez notre "
                    "prestataire n'avait jugé utile de nous prévenir."
                ],
                "Agnès Roucher",
            ),
            (P, ["un raté dans la communication"], "Benoît Laferrière"),
        ],
    ),
    (  # 13 clothing chain in receivership: plain « », incise a-t-il poursuivi, TV title
        "Lille — Le tribunal de commerce de Lille a placé mardi en redressement judiciaire "
        "l'enseigne de prêt-à-porter Maëlys, qui compte 164 magasins et 1 250 salariés en "
        "France. Une période d'observation de six mois s'ouvre.\n\n"
        "« Nous avons subi en même temps la hausse des loyers, la concurrence des plateformes "
        "asiatiques et un automne beaucoup trop doux, a expliqué à l'audience le président de "
        "l'enseigne, Jean-Baptiste Cordier. Mais la marque est saine : trois repreneurs se "
        "sont déjà manifestés. »\n\n"
        "Dans les boutiques, l'inquiétude domine. Au magasin de la rue Nationale, une "
        "vendeuse qui a requis l'anonymat confie : « On l'a appris sur les réseaux sociaux. "
        "On ne sait même pas si nos salaires de décembre seront versés. »\n\n"
        "L'administrateur judiciaire, Hervé Santoni, a indiqué que les salaires seraient pris "
        "en charge par le régime de garantie des salaires si nécessaire.\n\n"
        "Maëlys avait connu son heure de gloire dans les années 2000, quand ses vitrines "
        "servaient de décor à la série « Les Filles du Nord ».",
        [
            (
                D,
                [
                    "Nous avons subi en même temps la hausse des loyers, la concurrence des "
                    "plateformes asiatiques et un automne beaucoup trop doux",
                    "Mais la marque est saine : trois repreneurs se sont déjà manifestés.",
                ],
                "Jean-Baptiste Cordier",
            ),
            (
                D,
                [
                    "On l'a appris sur les réseaux sociaux. On ne sait même pas si nos salaires "
                    "de décembre seront versés."
                ],
                "vendeuse",
            ),
            (
                I,
                [
                    "les salaires seraient pris en charge par le régime de garantie des salaires "
                    "si nécessaire"
                ],
                "Hervé Santoni",
            ),
        ],
    ),
    (  # 14 video game results: narrow nbsp, game title (not a quote), tranche, a-t-elle répété
        "Montpellier — L'éditeur de jeux vidéo Pixelune a doublé son chiffre d'affaires au "
        "premier semestre de son exercice décalé, à 96 millions d'euros, grâce au succès de "
        "«\u202fLes Brumes d'Ardor\u202f», vendu à 2,4 millions d'exemplaires depuis sa sortie "
        "en juin.\n\n"
        "Le studio a pourtant confirmé mercredi le report à 2028 de son prochain titre. "
        "«\u202fNous préférons décevoir les joueurs pendant six mois plutôt que pendant dix "
        "ans\u202f», a justifié la présidente de Pixelune, Inès Belkacem, devant les "
        "investisseurs.\n\n"
        "La nouvelle a été mal accueillie en Bourse, où le titre a perdu 9 % dans la matinée "
        "avant de réduire ses pertes, les investisseurs s'inquiétant d'un exercice 2027 sans "
        "grande sortie.\n\n"
        "La dirigeante a par ailleurs écarté toute cession du studio, objet de rumeurs "
        "insistantes depuis l'été. «\u202fPixelune n'est pas à vendre\u202f», a-t-elle "
        "répété, à deux reprises.",
        [
            (
                D,
                ["Nous préférons décevoir les joueurs pendant six mois plutôt que pendant dix ans"],
                "Inès Belkacem",
            ),
            (D, ["Pixelune n'est pas à vendre"], "Inès Belkacem"),
        ],
    ),
    (  # 15 unemployment insurance deal: plain « », org speaker, minister after quote
        "Paris — Les partenaires sociaux ont conclu dans la nuit de jeudi à vendredi un accord "
        "sur la nouvelle convention d'assurance chômage, après six semaines de discussions. Le "
        "texte prévoit notamment un bonus pour les entreprises qui limitent le recours aux "
        "contrats courts et un durcissement des règles pour les démissionnaires.\n\n"
        "« C'est un bon accord, parce que personne n'en sort complètement satisfait », a "
        "résumé la négociatrice de la Confédération des entreprises de France (CEF), Valérie "
        "Hamon-Descamps, au petit matin.\n\n"
        "La CFDT a fait savoir qu'elle soumettrait le texte à son bureau national dès lundi, "
        "avec un avis favorable. La CGT a quitté la séance avant la fin.\n\n"
        "Le ministre du Travail, Laurent Pichereau, s'est réjoui sur le réseau social X de cette "
        "issue. L'accord doit encore être agréé par le gouvernement pour entrer en vigueur le 1er "
        "avril.",
        [
            (
                D,
                ["C'est un bon accord, parce que personne n'en sort complètement satisfait"],
                "Valérie Hamon-Descamps",
            ),
            (
                I,
                [
                    "elle soumettrait le texte à son bureau national dès lundi, avec un avis "
                    "favorable"
                ],
                "CFDT",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 chipmaker results: “ ”, "A," X told analysts. "B." = two quotes, partial "called"
        "SAN JOSE, Calif. — Halvorsen Semiconductor reported a 31% jump in third-quarter "
        "revenue on Tuesday, to $4.2 billion, as demand for its data-center chips kept "
        "outstripping supply, but its shares fell 6% in after-hours trading on a cautious "
        "outlook.\n\n"
        "“We are shipping everything we can make,” Chief Executive Priya Raghunathan told "
        "analysts on a conference call. “The constraint is not demand. It is packaging "
        "capacity, and that will not ease until the second half of next year.”\n\n"
        "The company forecast fourth-quarter revenue of $4.3 billion to $4.5 billion, below "
        "the $4.7 billion consensus. Gross margin narrowed to 58.4% from 61% a year earlier, "
        "weighed down by the cost of bringing a new plant in Arizona online.\n\n"
        "Dana Whitlock, an analyst at Mercer Fairbanks, called the guidance “conservative by "
        "design” in a note to clients. Halvorsen has beaten its own forecasts in each of the "
        "past seven quarters.\n\n"
        "Halvorsen, which employs 28,000 people, also approved a $5 billion share buyback.",
        [
            (D, ["We are shipping everything we can make"], "Priya Raghunathan"),
            (
                D,
                [
                    "The constraint is not demand. It is packaging capacity, and that will not "
                    "ease until the second half of next year."
                ],
                "Priya Raghunathan",
            ),
            (P, ["conservative by design"], "Dana Whitlock"),
        ],
    ),
    (  # 2 auto strike: straight quotes, statement over two paragraphs, nickname (not a quote)
        "MARLOW HEIGHTS, Ohio — About 3,800 workers walked off the job at Corrigan Motors' "
        "pickup truck plant here early Monday after talks on a new four-year contract "
        "collapsed over the weekend.\n\n"
        "Standing at the plant gate in freezing rain, Teresa Okafor, president of Local 219 of "
        'the Allied Autoworkers Union, read a statement to reporters: "For three years we '
        "built record trucks for record profits while our wages fell behind the grocery bill. "
        "We asked for our fair share, and the company answered with a slideshow.\n\n"
        '"So we will stay out as long as it takes. Not one truck leaves this plant until '
        'there is a deal our members can vote for."\n\n'
        "Corrigan said in a statement that its offer, which includes a 14% raise over four "
        'years and a $6,000 signing bonus, was "fair, competitive and final".\n\n'
        "The plant builds the Corrigan Ridgeback, a full-size pickup its dealers have "
        'nicknamed "the Ohio Cadillac", which accounts for roughly a third of the company\'s '
        "profit. Each week of stoppage could cost Corrigan about $90 million in lost earnings.",
        [
            (
                D,
                [
                    "For three years we built record trucks for record profits while our wages "
                    "fell behind the grocery bill. We asked for our fair share, and the company "
                    "answered with a slideshow.",
                    "So we will stay out as long as it takes. Not one truck leaves this plant "
                    "until there is a deal our members can vote for.",
                ],
                "Teresa Okafor",
            ),
            (P, ["fair, competitive and final"], "Corrigan Motors"),
        ],
    ),
    (  # 3 app maker layoffs: memo "wrote", code name (not a quote), indirect "said she"
        "SAN FRANCISCO — Quillfeather, the maker of the note-taking app of the same name, is "
        "cutting 22% of its workforce, or about 640 jobs, as it shifts spending toward "
        "artificial intelligence.\n\n"
        "“This is the hardest decision I have made since we started the company in a spare "
        "bedroom,” chief executive Marcus Oyelaran wrote in a memo to staff on Wednesday. “I "
        "want to be honest with you: many of the people leaving today did nothing wrong.”\n\n"
        "Departing employees will receive 16 weeks of severance and six months of health "
        "coverage. Much of the savings will go to an AI assistant, code-named “Lantern,” that "
        "the company plans to release in the spring.\n\n"
        "Elise Vandermeer, a product designer who had been with Quillfeather for five years, "
        "said she learned of her dismissal when her laptop locked itself at six in the "
        "morning. Several former colleagues posted similar accounts on social media.\n\n"
        "The company, last valued at $4.8 billion in a 2023 funding round, has never turned a "
        "profit.",
        [
            (
                D,
                [
                    "This is the hardest decision I have made since we started the company in a "
                    "spare bedroom"
                ],
                "Marcus Oyelaran",
            ),
            (
                D,
                [
                    "I want to be honest with you: many of the people leaving today did nothing "
                    "wrong."
                ],
                "Marcus Oyelaran",
            ),
            (
                I,
                [
                    "she learned of her dismissal when her laptop locked itself at six in the "
                    "morning"
                ],
                "Elise Vandermeer",
            ),
        ],
    ),
    (  # 4 merger blocked on appeal: British ‘ ’, "the judge" resolved, partial in reported speech
        "LONDON — The Competition Appeal Tribunal on Thursday upheld the regulator's decision "
        "to block the £3.1bn takeover of Brantwell Foods by the Dutch dairy group Verhoek, "
        "ending a deal first announced almost two years ago.\n\n"
        "The three-member panel, chaired by Judge Rosalind Achterberg, rejected all five of "
        "Verhoek's grounds of appeal against the Competition and Markets Board, which had "
        "blocked the deal over fears of higher prices for own-label cheese in British "
        "supermarkets.\n\n"
        "‘The board's reasoning was careful and its evidence was sound,’ the judge wrote in the "
        "48-page ruling. ‘Nothing in the appeal persuades us otherwise.’\n\n"
        "Verhoek said it was ‘deeply disappointed’ by the outcome and would not take the "
        "matter further.\n\n"
        "Brantwell's shares fell 4% in London. The company, which makes cheese, butter and "
        "yoghurt under the Dalebrook brand, employs 2,900 people at four dairies in Cumbria "
        "and Yorkshire.",
        [
            (
                D,
                ["The board's reasoning was careful and its evidence was sound"],
                "Rosalind Achterberg",
            ),
            (D, ["Nothing in the appeal persuades us otherwise."], "Rosalind Achterberg"),
            (P, ["deeply disappointed"], "Verhoek"),
        ],
    ),
    (  # 5 cargo e-bike launch: “ ”, "She added that", scare quotes (not a quote)
        "BERLIN — Corvane Mobility unveiled a cargo e-bike on Wednesday designed to carry two "
        "children and a week's shopping up a steep hill without leaving the rider out of "
        "breath. The Velo C2 goes on sale in Germany and the Netherlands in March for "
        "€3,990.\n\n"
        "“Parents don't want a gadget. They want a second car that fits in the hallway,” "
        "co-founder Hannah Lindqvist said at the launch, held in a converted tram depot in "
        "Kreuzberg. She added that the company had already taken 7,000 pre-orders, most of "
        "them from families in Amsterdam, Utrecht and Hamburg.\n\n"
        "A 140-kilometer battery is meant to put an end to the “range anxiety” that has long "
        "held back the category, and the frame is welded at Corvane's own factory near "
        "Leipzig.\n\n"
        "The price may prove a harder sell: at nearly €4,000, the Velo C2 costs more than many "
        "second-hand cars, and the bike-leasing schemes offered by German employers cap their "
        "subsidies at €3,500.",
        [
            (
                D,
                ["Parents don't want a gadget. They want a second car that fits in the hallway"],
                "Hannah Lindqvist",
            ),
            (
                I,
                [
                    "the company had already taken 7,000 pre-orders, most of them from families "
                    "in Amsterdam, Utrecht and Hamburg"
                ],
                "Hannah Lindqvist",
            ),
        ],
    ),
    (  # 6 minimum wage: straight quotes, "the minister" resolved, partial in reported speech
        "DUBLIN — The national minimum wage will rise by 80 cents to €14.35 an hour from "
        "January 1, after Enterprise Minister Aoife Kinsella on Tuesday accepted in full the "
        "recommendation of the Low Pay Commission.\n\n"
        "About 190,000 workers, most of them in retail and hospitality, are expected to "
        'benefit. "Nobody working full time in this country should have to choose between '
        'heating the house and feeding the children," the minister told parliament.\n\n'
        "Business groups were quick to object. The Small Firms Alliance said the increase, the "
        'fourth in three years, would be "the final straw" for many rural shops and pubs '
        "already struggling with energy bills and higher commercial rates.\n\n"
        "Unions, which had campaigned for a rate of €15.50, called the increase a step in the "
        "right direction. The commission is due to publish its next recommendation in July, "
        "when it will also review the lower rates paid to workers under 20.",
        [
            (
                D,
                [
                    "Nobody working full time in this country should have to choose between "
                    "heating the house and feeding the children"
                ],
                "Aoife Kinsella",
            ),
            (P, ["the final straw"], "Small Firms Alliance"),
        ],
    ),
    (  # 7 airline profit: "A," X said, "b." = one quote two spans; partial "dismissed as"; according to
        "Skyrest Airways, the low-cost carrier, posted a record first-half profit of €1.1 "
        "billion on Monday, but passengers should brace for higher fares next summer as delays "
        "in aircraft deliveries bite.\n\n"
        '"We simply don\'t have the planes," chief executive Declan Moriarty said, "and when '
        "seats are scarce, prices go up. That's not greed, that's arithmetic.\"\n\n"
        "Mr Moriarty, known for his running feuds with airports and regulators, also took aim "
        'at a proposed European tax on short-haul flights, which he dismissed as "a gift to '
        'the railways paid for by pensioners".\n\n'
        "Passenger numbers rose 9% to 61 million in the six months to September, while average "
        "fares climbed 7%, according to the company. The airline now expects to receive only "
        "22 of the 40 new jets it had been promised for next year.\n\n"
        "Shares in Skyrest rose 3% in Dublin.",
        [
            (
                D,
                [
                    "We simply don't have the planes",
                    "and when seats are scarce, prices go up. That's not greed, that's arithmetic.",
                ],
                "Declan Moriarty",
            ),
            (P, ["a gift to the railways paid for by pensioners"], "Declan Moriarty"),
            (
                I,
                [
                    "Passenger numbers rose 9% to 61 million in the six months to September, "
                    "while average fares climbed 7%"
                ],
                "Skyrest Airways",
            ),
        ],
    ),
    (  # 8 bank fined over outage: colon intro, organisation speaks "in a statement"
        "LONDON — The Financial Conduct Office fined Harrowgate Bank £48.6m on Thursday over an "
        "IT failure that locked 2.3 million customers out of their accounts for up to four "
        "days last February.\n\n"
        "The regulator's chief executive, Nkechi Adebayo-Hart, said in a statement: "
        '"Customers could not pay rent, buy food or get their wages. Banks must treat their '
        'systems as seriously as their balance sheets, and Harrowgate did not."\n\n'
        "The outage began during a botched overnight software update. Call centres were "
        "overwhelmed within minutes, and some customers waited more than six hours to speak "
        "to anyone.\n\n"
        "Harrowgate, which did not contest the findings and received a 30% discount for "
        'settling early, apologised again on Thursday. "We let our customers down, and we '
        'are sorry," the bank said in a statement, adding that it had since spent £200m on '
        "its systems.",
        [
            (
                D,
                [
                    "Customers could not pay rent, buy food or get their wages. Banks must treat "
                    "their systems as seriously as their balance sheets, and Harrowgate did not."
                ],
                "Nkechi Adebayo-Hart",
            ),
            (D, ["We let our customers down, and we are sorry"], "Harrowgate Bank"),
            (I, ["it had since spent £200m on its systems"], "Harrowgate Bank"),
        ],
    ),
    (  # 9 warehouse union vote: speaker as "she" several sentences later
        "FAIRVALE, Tenn. — Workers at the Parcelon fulfillment center in Fairvale voted 1,412 "
        "to 1,088 to join the Warehouse and Logistics Workers Union, the first successful "
        "union election at any of the online retailer's 140 U.S. sites. The National Labor "
        "Relations Board certified the count late Friday.\n\n"
        "Dolores Ybarra, a 52-year-old picker who spent two years organizing her co-workers in "
        "the break room and the parking lot, watched the tally on a phone outside the hall. "
        "When the final number came up, the crowd around her began to chant. Some had driven "
        'in straight from the night shift, still in their orange vests. "Nobody gave us this. '
        'We took it, one conversation at a time," she said, her voice hoarse.\n\n'
        "Parcelon did not respond to requests for comment on Friday night. The company has "
        "seven days to file objections with the board, and it has challenged the results of "
        "two earlier elections, in Kansas and in Georgia.",
        [
            (
                D,
                ["Nobody gave us this. We took it, one conversation at a time"],
                "Dolores Ybarra",
            ),
        ],
    ),
    (  # 10 patent ruling: "ruled that", "said it would", analyst after the quote
        "WILMINGTON, Del. — A federal judge on Monday invalidated two patents protecting "
        "Veridane Therapeutics' best-selling arthritis drug, Solvexa, opening the way for "
        "cheaper generic versions as early as next year.\n\n"
        "U.S. District Judge Harold Ennis ruled that the once-weekly dosing schedule covered "
        "by the patents had already been described in research published in 2009. Veridane "
        "said it would appeal.\n\n"
        "Solvexa brought in $6.3 billion last year, nearly half of the company's revenue, and "
        "Veridane shares fell 14% on the news.\n\n"
        '"This is the cliff investors have been dreading, and it has arrived two years '
        'early," said Ruth Castellanos, a health care analyst at Pinebrook Capital. Three '
        "generic manufacturers, including India's Sunmedh Labs, have already filed for "
        "approval with the Food and Drug Administration.",
        [
            (
                I,
                [
                    "the once-weekly dosing schedule covered by the patents had already been "
                    "described in research published in 2009"
                ],
                "Harold Ennis",
            ),
            (I, ["it would appeal"], "Veridane Therapeutics"),
            (
                D,
                [
                    "This is the cliff investors have been dreading, and it has arrived two "
                    "years early"
                ],
                "Ruth Castellanos",
            ),
        ],
    ),
    (  # 11 smart glasses: colon intro, code nickname (not a quote)
        "AUSTIN, Texas — Lumora, the consumer electronics group, on Thursday unveiled its first "
        "pair of smart glasses, a $499 device that translates conversations in real time and "
        "displays the translation on the inside of the lens.\n\n"
        "At a packed launch event, chief executive Wendell Park held the glasses up to the "
        'crowd: "The phone took our eyes off the world. We want to give them back."\n\n'
        'The glasses, which engineers nicknamed "Owl" during development, weigh 41 grams '
        "and pair with any recent smartphone. They will ship in the United States and South "
        "Korea in February, with Europe to follow later in the year.\n\n"
        "Lumora is entering a crowded field: at least four rivals have launched similar "
        "devices in the past 18 months, and none has sold more than a few hundred thousand "
        "units. Early reviews have praised the translation feature but criticized a battery "
        "life of about three hours.",
        [
            (
                D,
                ["The phone took our eyes off the world. We want to give them back."],
                "Wendell Park",
            ),
        ],
    ),
    (  # 12 profit warning: “ ” quote running over two paragraphs
        "LONDON — Fenwick & Hale, the department store chain, cut its full-year profit "
        "forecast for the second time in three months on Wednesday, blaming weak spending on "
        "homeware and a wet October that kept shoppers away from its 38 stores. Its shares "
        "fell 17%.\n\n"
        "On a call with journalists, finance director Claire Ashdown was unusually candid. “We "
        "got the autumn wrong. We bought too much stock for a season that never came, and we "
        "are now paying for it in markdowns.\n\n"
        "“I would rather say that plainly today than come back in January with another "
        "surprise.”\n\n"
        "The company now expects pre-tax profit of £41m to £46m, down from a previous range of "
        "£58m to £64m. Analysts at Dunmore Securities cut their target price to 140p from "
        "185p. Fenwick & Hale, founded in Bath in 1874, closed five stores last year.",
        [
            (
                D,
                [
                    "We got the autumn wrong. We bought too much stock for a season that never "
                    "came, and we are now paying for it in markdowns.",
                    "I would rather say that plainly today than come back in January with "
                    "another surprise.",
                ],
                "Claire Ashdown",
            ),
        ],
    ),
    (  # 13 steelworks rescue: "the minister" resolved, union convenor
        "CARDIFF — Business Secretary Rhiannon Pryce on Monday announced a £900m rescue of the "
        "Port Talwyn steelworks, under which the government will take a 40% stake in the plant "
        "and keep its last blast furnace running until at least 2030.\n\n"
        '"Steel is not a nostalgia project. It is national security," the minister said on '
        "a visit to the site, where she was greeted by workers in hard hats and high-visibility "
        "jackets.\n\n"
        "The owner, Sarvat Metals, will keep the remaining 60% and invest £350m of its own in "
        "an electric arc furnace, which needs far fewer workers to run. About 2,700 people "
        "work at Port Talwyn, and thousands more jobs at suppliers depend on it.\n\n"
        'In the union office across the road, the mood was one of guarded relief. "Tonight '
        "people will sleep a bit better. But we've heard promises before, and we'll be "
        "watching every penny,\" said Gareth Llewellyn, the Community Steel Union's convenor "
        "at the plant.",
        [
            (
                D,
                ["Steel is not a nostalgia project. It is national security"],
                "Rhiannon Pryce",
            ),
            (
                D,
                [
                    "Tonight people will sleep a bit better. But we've heard promises before, "
                    "and we'll be watching every penny"
                ],
                "Gareth Llewellyn",
            ),
        ],
    ),
    (  # 14 newspaper cuts: "announced that", memo "wrote", film title (not a quote)
        "Halden Media Group announced on Tuesday that the Chronicle-Dispatch, its 160-year-old "
        "daily, would stop printing on weekdays from February and cut 85 newsroom jobs, "
        "about a third of the total.\n\n"
        "“Print is not dying here because readers stopped caring. It is dying because the "
        "trucks, the paper and the presses cost more every single year,” editor-in-chief "
        "Margaret Oduya wrote in a note to staff.\n\n"
        "The paper will keep a Sunday print edition and publish online the rest of the week. "
        "Its print circulation has fallen to 41,000 from more than 200,000 in 2005, while "
        "digital subscriptions have grown to 63,000.\n\n"
        "The Chronicle-Dispatch is best known for its 1978 investigation into the city's water "
        "board, which inspired the film “Clear Water” and won the paper a Pulitzer Prize.",
        [
            (
                I,
                [
                    "the Chronicle-Dispatch, its 160-year-old daily, would stop printing on "
                    "weekdays from February and cut 85 newsroom jobs, about a third of the total"
                ],
                "Halden Media Group",
            ),
            (
                D,
                [
                    "Print is not dying here because readers stopped caring. It is dying because "
                    "the trucks, the paper and the presses cost more every single year"
                ],
                "Margaret Oduya",
            ),
        ],
    ),
    (  # 15 port strike ends: "A," said X. "B." = two quotes
        "KELLERTON, Wash. — Dockworkers at the Port of Kellerton returned to work on Saturday "
        "after their union and the port's terminal operators reached a tentative agreement, "
        "ending a nine-day strike that had left more than 70 container ships waiting "
        "offshore.\n\n"
        "The deal, which must still be ratified by members, includes a 19% pay rise over five "
        "years and a ban on fully automated cranes until 2031.\n\n"
        '"It took nine days and a lot of cold nights on the picket line," said Luis '
        "Ferreira-Banks, president of Local 7 of the International Dockworkers Alliance. "
        '"But the machines will not replace us, and now that is in writing."\n\n'
        "The stoppage had threatened holiday deliveries and left apple exports worth $40 "
        "million stranded on the docks. The Kellerton Terminal "
        "Operators Association expects the backlog to take about three weeks to clear.",
        [
            (
                D,
                ["It took nine days and a lot of cold nights on the picket line"],
                "Luis Ferreira-Banks",
            ),
            (
                D,
                ["But the machines will not replace us, and now that is in writing."],
                "Luis Ferreira-Banks",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout39.jsonl"),
        "heldout39",
        "h39",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
