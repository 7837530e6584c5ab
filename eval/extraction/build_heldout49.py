"""Source of the forty-ninth held-out set: writes heldout49.jsonl (split "heldout49").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like science, technology and space reporting: research results, AI and data, satellites and
launches, start-ups and regulators, quoting scientists, engineers, founders, ministers and critics.
Measured once before (extractor 0.3.0) and with extractors 0.18.0, 0.19.0 and 0.20.0
(docs/EXTRACTION.md); not read when 0.20.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout49.py
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
    (  # 1 launch: no-break spaces, speaker role + name after cue, partial after "a salué", nickname not speech
        "Kourou — Le lanceur léger Vespera-2 a placé en orbite jeudi soir le satellite "
        "d'observation Argos-7, après deux reports liés à la météo. L'engin, conçu par la jeune "
        "pousse toulousaine Orbitale Néréis, doit photographier les côtes de l'Atlantique à une "
        "résolution de 80 centimètres.\n\n"
        "«\u00a0Les quarante premières minutes ont été les plus longues de ma vie. Quand le "
        "premier signal est arrivé, toute la salle s'est levée\u00a0», a confié la directrice "
        "technique de l'entreprise, Hélène Marchadier, peu après la séparation du satellite.\n\n"
        "Le ministre délégué à l'Espace, Rodolphe Saint-Aubin, a salué sur les réseaux sociaux "
        "«\u00a0une étape décisive pour l'autonomie européenne\u00a0». L'État a déjà réservé "
        "trois places sur les prochains vols de Vespera, que les ingénieurs de Kourou ont "
        "surnommée «\u00a0la petite sœur\u00a0».\n\n"
        "Orbitale Néréis, qui emploie 140 personnes, vise une constellation de douze satellites "
        "d'ici à 2029. Elle devra pour cela lever au moins 90 millions d'euros supplémentaires.",
        [
            (
                D,
                [
                    "Les quarante premières minutes ont été les plus longues de ma vie. Quand le "
                    "premier signal est arrivé, toute la salle s'est levée"
                ],
                "Hélène Marchadier",
            ),
            (P, ["une étape décisive pour l'autonomie européenne"], "Rodolphe Saint-Aubin"),
        ],
    ),
    (  # 2 AI for proteins: narrow no-break spaces, colon-introduced quote, "Selon elle", name of a model not speech
        "Un modèle d'intelligence artificielle développé à l'Institut Dorval de Lyon parvient à "
        "prédire la forme de certaines protéines membranaires avec une précision inédite. Les "
        "travaux ont été publiés mercredi dans la revue Cellula.\n\n"
        "La responsable du projet, Sabine Orlowski, ne cache pas sa surprise\u202f: «\u202fNous "
        "espérions gagner quelques points de précision. Nous avons divisé l'erreur par "
        "trois.\u202f»\n\n"
        "Le modèle, baptisé «\u202fPliage\u202f» par l'équipe, a été entraîné sur 1,2 million de "
        "structures connues, en six semaines de calcul sur le supercalculateur régional. Selon "
        "elle, il pourrait faire gagner plusieurs mois dans la mise au point de certains "
        "médicaments contre la mucoviscidose.\n\n"
        "Des chercheurs extérieurs appellent toutefois à la prudence. «\u202fLes protéines "
        "testées restent très proches de celles qui ont servi à l'entraînement\u202f», observe "
        "Denis Faure-Lagarde, biologiste structural à l'université de Brévannes. L'institut "
        "prévoit de rendre le code public au printemps.",
        [
            (
                D,
                [
                    "Nous espérions gagner quelques points de précision. Nous avons divisé "
                    "l'erreur par trois."
                ],
                "Sabine Orlowski",
            ),
            (
                I,
                [
                    "il pourrait faire gagner plusieurs mois dans la mise au point de certains "
                    "médicaments contre la mucoviscidose"
                ],
                "Sabine Orlowski",
            ),
            (
                D,
                [
                    "Les protéines testées restent très proches de celles qui ont servi à "
                    "l'entraînement"
                ],
                "Denis Faure-Lagarde",
            ),
        ],
    ),
    (  # 3 data regulator fine: no spaces inside « », "A », X. « B »" = two quotes, "Il a annoncé qu'il"
        "La Commission nationale des données numériques (CNDN) a infligé mardi une amende de "
        "4,5 millions d'euros à la start-up parisienne Facélys, spécialisée dans l'analyse "
        "vidéo pour les commerces. En cause : des images de clients conservées sans leur "
        "consentement pendant plus de deux ans, dans une soixantaine de magasins.\n\n"
        "«Ces manquements sont graves et répétés», a souligné la présidente de la commission, "
        "Agnès Vercoutre. «Les personnes filmées n'en savaient rien, et certaines images ont été "
        "transmises à un prestataire hors de l'Union européenne.»\n\n"
        "Le fondateur de Facélys, Malik Benhaddou, conteste la sanction. Il a annoncé qu'il "
        "saisirait le Conseil d'État dans les deux mois. L'entreprise, qui a levé 22 millions "
        "d'euros l'an dernier, compte parmi ses clients deux grandes chaînes de supermarchés, "
        "qui n'ont pas souhaité réagir.\n\n"
        "C'est la troisième sanction de ce montant prononcée par la CNDN depuis le début de "
        "l'année.",
        [
            (D, ["Ces manquements sont graves et répétés"], "Agnès Vercoutre"),
            (
                D,
                [
                    "Les personnes filmées n'en savaient rien, et certaines images ont été "
                    "transmises à un prestataire hors de l'Union européenne."
                ],
                "Agnès Vercoutre",
            ),
            (I, ["il saisirait le Conseil d'État dans les deux mois"], "Malik Benhaddou"),
        ],
    ),
    (  # 4 ice cores: quote over two paragraphs (one span each), partial after "salue", indirect "rappelle que", report title not speech
        "« Les carottes de glace que nous avons remontées couvrent 180 000 ans. C'est la "
        "première fois qu'on dispose d'un tel enregistrement pour cette partie du Groenland.\n\n"
        "« Ce qu'elles montrent, c'est que la calotte a déjà reculé très vite, en quelques "
        "siècles, lors d'un réchauffement comparable à celui que nous vivons », explique la "
        "glaciologue Maëlle Quintard, de retour d'une campagne de dix semaines sur la "
        "calotte.\n\n"
        "Son équipe, qui réunit des chercheurs de quatre pays, publie ses résultats ce jeudi "
        "dans la revue Terra Borealis. Ils prolongent le rapport « Glaces et rivages », publié "
        "l'an dernier par le même laboratoire.\n\n"
        "Le climatologue Olivier Bastide, qui n'a pas participé à l'étude, salue « un travail "
        "de terrain considérable ». Il rappelle cependant que les températures de l'époque "
        "étaient dues à des variations de l'orbite terrestre, et non aux gaz à effet de serre.",
        [
            (
                D,
                [
                    "Les carottes de glace que nous avons remontées couvrent 180 000 ans. C'est "
                    "la première fois qu'on dispose d'un tel enregistrement pour cette partie du "
                    "Groenland.",
                    "Ce qu'elles montrent, c'est que la calotte a déjà reculé très vite, en "
                    "quelques siècles, lors d'un réchauffement comparable à celui que nous vivons",
                ],
                "Maëlle Quintard",
            ),
            (P, ["un travail de terrain considérable"], "Olivier Bastide"),
            (
                I,
                [
                    "les températures de l'époque étaient dues à des variations de l'orbite "
                    "terrestre, et non aux gaz à effet de serre"
                ],
                "Olivier Bastide",
            ),
        ],
    ),
    (  # 5 AI compute plan: incise ending a sentence inside one « » pair (one quote, two spans), role alone, partial in "juge qu'il"
        "La ministre du Numérique, Clarisse Hennequin, a présenté lundi un plan de 2,3 "
        "milliards d'euros pour construire des centres de calcul publics consacrés à "
        "l'intelligence artificielle. Cinq sites doivent ouvrir d'ici à 2030, dont le premier à "
        "Saint-Lizier-sur-Aude.\n\n"
        "«\u202fNos chercheurs partent parce qu'ils n'ont pas accès aux machines, a expliqué la "
        "ministre. Nous voulons qu'ils restent, et que d'autres viennent.\u202f»\n\n"
        "Elle a précisé que les laboratoires universitaires disposeraient d'un accès prioritaire "
        "à la moitié des capacités. Les entreprises pourront louer le reste.\n\n"
        "Le plan, que l'on surnomme déjà «\u202fCalcul pour tous\u202f» dans les couloirs du "
        "ministère, est accueilli avec réserve par les organisations de chercheurs. Le syndicat "
        "Sud-Recherche unie juge qu'il «\u202farrive avec cinq ans de retard\u202f» et réclame "
        "des postes plutôt que des serveurs.",
        [
            (
                D,
                [
                    "Nos chercheurs partent parce qu'ils n'ont pas accès aux machines",
                    "Nous voulons qu'ils restent, et que d'autres viennent.",
                ],
                "Clarisse Hennequin",
            ),
            (
                I,
                [
                    "les laboratoires universitaires disposeraient d'un accès prioritaire à la "
                    "moitié des capacités"
                ],
                "Clarisse Hennequin",
            ),
            (P, ["arrive avec cinq ans de retard"], "Sud-Recherche unie"),
        ],
    ),
    (  # 6 battery start-up: opening quote attributed in the next sentence, role alone, partial via investor fund
        "« On nous a dit cent fois que c'était impossible. » Dans les locaux de Lithéa, à "
        "Grenoble, Bastien Carrel-Oudin sourit en repensant aux débuts de la société qu'il a "
        "fondée en 2021 avec deux anciens camarades de laboratoire.\n\n"
        "La jeune pousse annonce ce mardi une levée de fonds de 38 millions d'euros pour "
        "industrialiser une batterie sodium-ion sans cobalt ni lithium, destinée au stockage de "
        "l'électricité solaire. Une première ligne de production doit ouvrir en 2028 près de "
        "Voiron.\n\n"
        "L'investisseur principal, le fonds Capella Ventures, estime que le marché du stockage "
        "stationnaire « va exploser d'ici à dix ans ». Plusieurs concurrents chinois disposent "
        "toutefois déjà de lignes comparables, et les prix des cellules lithium continuent de "
        "baisser.\n\n"
        "Lithéa emploie aujourd'hui 45 personnes et prévoit d'en recruter une centaine d'ici à "
        "la fin de 2027.",
        [
            (D, ["On nous a dit cent fois que c'était impossible."], "Bastien Carrel-Oudin"),
            (P, ["va exploser d'ici à dix ans"], "Capella Ventures"),
        ],
    ),
    (  # 7 asteroid probe: inverted indirect "…, a annoncé l'ASC", quote with incise-adjective then role+name, quote attributed by previous sentence, partial after "qui jugeait"
        "La sonde Héliade a transmis ses premières images rapprochées de l'astéroïde 2019 KT4, "
        "a annoncé vendredi l'Agence spatiale continentale (ASC). L'engin, lancé il y a quatre "
        "ans, se trouve désormais à moins de 30 kilomètres de sa cible.\n\n"
        "«\u00a0On voit des blocs de la taille d'une maison posés sur une surface presque "
        "lisse. Personne ne s'attendait à ça\u00a0», a raconté, visiblement ému, le responsable "
        "scientifique de la mission, Théo Vasseur-Lambert, lors d'une conférence de presse à "
        "Darmstein.\n\n"
        "La sonde doit se poser sur l'astéroïde en mars pour y prélever une vingtaine de "
        "grammes de poussière, qui seront rapportés sur Terre en 2029. La directrice des "
        "opérations, Inès Gaudry, s'est montrée plus prudente que son collègue. «\u00a0L'atterrissage "
        "reste la phase la plus risquée. Nous n'aurons droit qu'à une seule tentative.\u00a0»\n\n"
        "Le coût de la mission, 620 millions d'euros, avait été critiqué en 2022 par la Cour "
        "des comptes continentale, qui jugeait son calendrier «\u00a0irréaliste\u00a0».",
        [
            (
                I,
                [
                    "La sonde Héliade a transmis ses premières images rapprochées de l'astéroïde "
                    "2019 KT4"
                ],
                "Agence spatiale continentale",
            ),
            (
                D,
                [
                    "On voit des blocs de la taille d'une maison posés sur une surface presque "
                    "lisse. Personne ne s'attendait à ça"
                ],
                "Théo Vasseur-Lambert",
            ),
            (
                D,
                [
                    "L'atterrissage reste la phase la plus risquée. Nous n'aurons droit qu'à une "
                    "seule tentative."
                ],
                "Inès Gaudry",
            ),
            (P, ["irréaliste"], "Cour des comptes continentale"),
        ],
    ),
    (  # 8 video analytics in stations: unnamed spokeswoman = organisation, "a-t-elle insisté", petition title not speech, "prévient son président"
        "Le réseau ferré Transalpin a commencé lundi à tester, dans trois gares de Lyrac, un "
        "logiciel d'analyse vidéo capable de repérer les bagages abandonnés et les chutes sur "
        "les voies. L'expérimentation doit durer six mois.\n\n"
        "Une porte-parole de Transalpin a assuré que le système ne permettait pas de reconnaître "
        "les visages. « Il s'agit de sécurité, pas de surveillance », a-t-elle insisté.\n\n"
        "Ces garanties ne convainquent pas l'association Libertés numériques, qui a lancé une "
        "pétition intitulée « Pas d'yeux sur nos quais ». Elle avait déjà recueilli 18 000 "
        "signatures dimanche soir.\n\n"
        "« Aujourd'hui, on détecte des valises. Demain, ce seront des comportements jugés "
        "suspects », prévient son président, Gérald Momplaisir. Le député Rémi Tardivel a, "
        "lui, demandé la publication des résultats de l'expérimentation avant toute extension "
        "à d'autres gares.",
        [
            (I, ["le système ne permettait pas de reconnaître les visages"], "Transalpin"),
            (D, ["Il s'agit de sécurité, pas de surveillance"], "Transalpin"),
            (
                D,
                [
                    "Aujourd'hui, on détecte des valises. Demain, ce seront des comportements "
                    "jugés suspects"
                ],
                "Gérald Momplaisir",
            ),
        ],
    ),
    (  # 9 Senate hearing: dialogue dashes, question by senator, answer with attribution, follow-up exchange without attribution
        "Au Sénat, l'audition du patron de Stellanet, Karim Oudjane, a tourné mercredi à "
        "l'affrontement. Sa constellation de 3 000 satellites doit fournir un accès à Internet "
        "haut débit aux zones rurales dès 2028. La sénatrice Véronique Dastugue l'a longuement "
        "interrogé sur les débris spatiaux.\n\n"
        "— Que se passera-t-il quand vos satellites tomberont en panne\u00a0?\n\n"
        "— Ils seront désorbités en moins de cinq ans et se consumeront dans l'atmosphère, a "
        "répondu M. Oudjane.\n\n"
        "— Et s'ils ne répondent plus aux commandes\u00a0?\n\n"
        "— Ce cas est prévu. Chaque satellite dispose d'un système de secours indépendant.\n\n"
        "À l'issue de l'audition, Mme Dastugue n'a pas souhaité s'exprimer devant la presse. La "
        "commission doit rendre son rapport en février, avant l'attribution définitive des "
        "fréquences à Stellanet.",
        [
            (
                D,
                ["Que se passera-t-il quand vos satellites tomberont en panne\u00a0?"],
                "Véronique Dastugue",
            ),
            (
                D,
                ["Ils seront désorbités en moins de cinq ans et se consumeront dans l'atmosphère"],
                "Karim Oudjane",
            ),
            (D, ["Et s'ils ne répondent plus aux commandes\u00a0?"], "Véronique Dastugue"),
            (
                D,
                ["Ce cas est prévu. Chaque satellite dispose d'un système de secours indépendant."],
                "Karim Oudjane",
            ),
        ],
    ),
    (  # 10 AI in mammography: Dr + name after "résume", "Il reconnaît que", "Pour X" without marks not a quote, first name only speaker
        "À l'hôpital Saint-Roch de Montalbec, un logiciel d'intelligence artificielle relit "
        "depuis un an toutes les mammographies, en complément des radiologues. Les résultats, "
        "présentés jeudi lors d'un congrès à Bordeaux, montrent une hausse de 14 % des cancers "
        "détectés dès le premier dépistage.\n\n"
        "«\u00a0La machine ne remplace personne. Elle attire notre attention sur des images "
        "qu'on aurait peut-être lues trop vite en fin de journée\u00a0», résume le Dr Arnaud "
        "Plessis, chef du service d'imagerie. Il reconnaît toutefois que le logiciel a produit "
        "davantage de fausses alertes que prévu.\n\n"
        "La Société de radiologie clinique plaide pour un essai à l'échelle nationale avant "
        "toute généralisation.\n\n"
        "Du côté des patientes, l'accueil est plus mitigé. «\u00a0Je veux savoir qui a lu mes "
        "clichés, un humain ou un programme\u00a0», lâche Nadia, 52 ans, venue pour un "
        "contrôle.",
        [
            (
                D,
                [
                    "La machine ne remplace personne. Elle attire notre attention sur des images "
                    "qu'on aurait peut-être lues trop vite en fin de journée"
                ],
                "Arnaud Plessis",
            ),
            (I, ["le logiciel a produit davantage de fausses alertes que prévu"], "Arnaud Plessis"),
            (D, ["Je veux savoir qui a lu mes clichés, un humain ou un programme"], "Nadia"),
        ],
    ),
    (  # 11 rocket failure: quote paragraph attributed in the next paragraph, "D'après plusieurs ingénieurs", partial after "a jugé que"
        "Le troisième vol de la fusée Orka, développée par la société Altaïr Lanceurs, s'est "
        "achevé samedi par une explosion 47 secondes après le décollage depuis la base de "
        "Santa Maura. Aucun blessé n'est à déplorer.\n\n"
        "«\u202fC'est dur, évidemment. Mais chaque vol nous apprend quelque chose, et celui-ci "
        "nous a beaucoup appris.\u202f»\n\n"
        "Ce sont les mots du PDG d'Altaïr, Franck Delmotte-Ruiz, quelques heures après "
        "l'accident, dans un message adressé aux 600 salariés de l'entreprise. Les données de "
        "télémétrie sont en cours d'analyse.\n\n"
        "D'après plusieurs ingénieurs interrogés par notre rédaction, une fuite sur une vanne du "
        "deuxième étage pourrait être en cause. Le prochain vol, prévu en juin, sera "
        "vraisemblablement repoussé.\n\n"
        "L'ancien astronaute Paul-Henri Berthelot a jugé sur une radio que l'entreprise avait "
        "«\u202fvoulu aller trop vite\u202f» pour satisfaire ses investisseurs.",
        [
            (
                D,
                [
                    "C'est dur, évidemment. Mais chaque vol nous apprend quelque chose, et "
                    "celui-ci nous a beaucoup appris."
                ],
                "Franck Delmotte-Ruiz",
            ),
            (
                I,
                ["une fuite sur une vanne du deuxième étage pourrait être en cause"],
                "ingénieurs",
            ),
            (P, ["voulu aller trop vite"], "Paul-Henri Berthelot"),
        ],
    ),
    (  # 12 quantum processor: “ ” in French, cofounder after cue, partial after "juge le chiffre", "appelle à" + noun not annotated
        "La société Qubitalis, installée à Saclette, a fait fonctionner un processeur quantique "
        "de 100 qubits avec un taux d'erreur inférieur à 0,1 %. Les résultats ont été présentés "
        "mardi devant la presse, sans publication scientifique pour l'instant.\n\n"
        "“Ce n'est pas encore un ordinateur utile, mais c'est la brique qui manquait”, a "
        "déclaré sa cofondatrice, Elsa Morvan-Tchang, ancienne chercheuse au Centre de physique "
        "de Vallières. La start-up vise une machine de 1 000 qubits en 2030.\n\n"
        "Le physicien Grégoire Anselme, qui dirige une équipe concurrente à Rennac, appelle à "
        "la publication d'un article relu par des pairs. Il juge le chiffre de 0,1 % "
        "“plausible mais invérifiable en l'état”.\n\n"
        "L'entreprise a reçu l'an dernier 12 millions d'euros de subventions publiques et "
        "compte ouvrir un bureau à Munich.",
        [
            (
                D,
                ["Ce n'est pas encore un ordinateur utile, mais c'est la brique qui manquait"],
                "Elsa Morvan-Tchang",
            ),
            (P, ["plausible mais invérifiable en l'état"], "Grégoire Anselme"),
        ],
    ),
    (  # 13 drone deliveries: no spaces in « », quote split by incise with role+name, "Selon Volantis"
        "Depuis septembre, des drones livrent des médicaments aux villages isolés de la vallée "
        "de l'Orbe-Haute, dans le cadre d'une expérimentation menée par la start-up Volantis "
        "et l'agence régionale de santé. Les appareils, qui emportent jusqu'à trois kilos, "
        "décollent d'une pharmacie de Vernay-le-Bas.\n\n"
        "«Avant, quand un patient avait besoin d'un antibiotique un dimanche, a raconté le "
        "maire de Saint-Ferjus, Jean-Baptiste Roussel, il fallait faire une heure de route. "
        "Maintenant, c'est vingt minutes.»\n\n"
        "Selon Volantis, plus de 1 200 livraisons ont été effectuées depuis le début de "
        "l'expérimentation, sans aucun incident. La Direction de l'aviation civile doit décider "
        "en janvier si le dispositif peut être étendu à d'autres vallées.\n\n"
        "Les riverains restent partagés : certains se plaignent du bruit des hélices, d'autres "
        "ont pris l'habitude de saluer les drones depuis leur jardin.",
        [
            (
                D,
                [
                    "Avant, quand un patient avait besoin d'un antibiotique un dimanche",
                    "il fallait faire une heure de route. Maintenant, c'est vingt minutes.",
                ],
                "Jean-Baptiste Roussel",
            ),
            (
                I,
                [
                    "plus de 1 200 livraisons ont été effectuées depuis le début de "
                    "l'expérimentation, sans aucun incident"
                ],
                "Volantis",
            ),
        ],
    ),
    (  # 14 gene-edited wheat: agency partial after "estime que", quote paragraph attributed by previous paragraph, spokesman named
        "L'Agence de sûreté alimentaire et environnementale (Asae) a rendu lundi un avis "
        "favorable à la culture en plein champ d'un blé modifié par édition génomique, "
        "résistant à la sécheresse. C'est une première en France.\n\n"
        "Dans son avis, l'agence estime que cette variété «\u00a0ne présente pas de risque "
        "supérieur à celui d'un blé obtenu par sélection classique\u00a0».\n\n"
        "La chercheuse qui l'a mise au point, Camille Drouard-Ndiaye, de l'Institut "
        "agronomique de Montferrand, a accueilli la nouvelle avec soulagement.\n\n"
        "«\u00a0Nous avons travaillé huit ans sur ce blé. Dans les essais sous serre, il a "
        "conservé 85\u00a0% de son rendement avec deux fois moins d'eau.\u00a0»\n\n"
        "L'Union paysanne des Causses a déjà déposé un recours contre l'avis devant la justice "
        "administrative. "
        "Les premiers semis pourraient avoir lieu à l'automne 2027 sur une dizaine de parcelles "
        "expérimentales.",
        [
            (
                P,
                [
                    "ne présente pas de risque supérieur à celui d'un blé obtenu par sélection "
                    "classique"
                ],
                "Agence de sûreté alimentaire et environnementale",
            ),
            (
                D,
                [
                    "Nous avons travaillé huit ans sur ce blé. Dans les essais sous serre, il a "
                    "conservé 85\u00a0% de son rendement avec deux fois moins d'eau."
                ],
                "Camille Drouard-Ndiaye",
            ),
        ],
    ),
    (  # 15 exoplanet water: "raconte-t-elle", "Ce dernier" + name introducing next quote, "insiste-t-il", "Il estime que"
        "Une équipe internationale menée par l'observatoire du Pic-Sarrant a détecté de la "
        "vapeur d'eau dans l'atmosphère d'une planète située à 120 années-lumière, baptisée "
        "Kessa-b.\n\n"
        "C'est une doctorante de 27 ans, Léa Fontanel, qui a repéré le signal en analysant des "
        "données du télescope spatial Lumen. «\u202fJ'ai d'abord cru à une erreur de "
        "calibration. J'ai refait les calculs trois fois avant d'oser en parler à mon "
        "directeur\u202f», raconte-t-elle.\n\n"
        "Ce dernier, l'astrophysicien Marc-Antoine Revel, refuse de parler de planète "
        "habitable. «\u202fDe la vapeur d'eau, ce n'est pas de la vie. Kessa-b est bien trop "
        "chaude pour ça\u202f», insiste-t-il. Il estime néanmoins que la méthode mise au point "
        "par son équipe pourra servir pour des planètes plus tempérées.\n\n"
        "Le futur télescope Aurora doit en observer plusieurs dizaines à partir de 2031.",
        [
            (
                D,
                [
                    "J'ai d'abord cru à une erreur de calibration. J'ai refait les calculs trois "
                    "fois avant d'oser en parler à mon directeur"
                ],
                "Léa Fontanel",
            ),
            (
                D,
                [
                    "De la vapeur d'eau, ce n'est pas de la vie. Kessa-b est bien trop chaude pour ça"
                ],
                "Marc-Antoine Revel",
            ),
            (
                I,
                [
                    "la méthode mise au point par son équipe pourra servir pour des planètes plus "
                    "tempérées"
                ],
                "Marc-Antoine Revel",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 satellite brightness: speaker after quote with role, partial after "called", organisation "noted that"
        "The Telecommunications Standards Authority has ordered Brightorbit to cut the "
        "brightness of its 1,800 broadband satellites, after astronomers complained for years "
        "about streaks across their long-exposure images.\n\n"
        "“We have given the company eighteen months. After that, we will start refusing new "
        "launch licences,” said Priya Ramaswamy, the authority's director of spectrum and "
        "space.\n\n"
        "Brightorbit's chief executive, Conrad Leahy-Voss, called the deadline “ambitious but "
        "achievable”. The firm's next generation of satellites, due to start launching in "
        "March, will carry a dark coating and sunshades that fold out once in orbit.\n\n"
        "The International Astronomical Forum, which has campaigned on the issue since 2021, "
        "welcomed the decision but noted that three other operators planned constellations of "
        "similar size. Observatories in the southern hemisphere are among the worst affected, "
        "with up to a fifth of images spoiled on some nights.",
        [
            (
                D,
                [
                    "We have given the company eighteen months. After that, we will start "
                    "refusing new launch licences"
                ],
                "Priya Ramaswamy",
            ),
            (P, ["ambitious but achievable"], "Conrad Leahy-Voss"),
            (
                I,
                ["three other operators planned constellations of similar size"],
                "International Astronomical Forum",
            ),
        ],
    ),
    (  # 2 Alzheimer blood test: straight quotes over two paragraphs, Dr + later surname, indirect, "warned" after quote
        "A blood test developed at the University of Northmere picked up early signs of "
        "Alzheimer's disease up to ten years before symptoms appeared, in a study of 4,200 "
        "volunteers published on Wednesday in the journal Neurology Frontiers.\n\n"
        '"This is not a diagnosis, and I want to be very clear about that. What the test tells '
        "you is that something is changing in the brain.\n\n"
        '"What to do with that information is a question we haven\'t answered yet," said Dr '
        "Miriam Achterberg, the neurologist who led the work.\n\n"
        "Dr Achterberg said the test could cost less than £50 once it was produced at scale. "
        "The team now plans a larger trial with GPs in three regions.\n\n"
        '"Telling healthy people they are at risk, with no treatment to offer them, can do real '
        'harm," warned Harold Pemberton, of the charity the Memory Trust.',
        [
            (
                D,
                [
                    "This is not a diagnosis, and I want to be very clear about that. What the "
                    "test tells you is that something is changing in the brain.",
                    "What to do with that information is a question we haven't answered yet",
                ],
                "Miriam Achterberg",
            ),
            (
                I,
                ["the test could cost less than £50 once it was produced at scale"],
                "Miriam Achterberg",
            ),
            (
                D,
                [
                    "Telling healthy people they are at risk, with no treatment to offer them, can "
                    "do real harm"
                ],
                "Harold Pemberton",
            ),
        ],
    ),
    (  # 3 launch scrub: ‘ ’ inside “ ”, "told reporters", "She said", banner slogan not speech
        "The maiden flight of the Skerra-1 rocket was called off 40 seconds before lift-off on "
        "Tuesday, when a sensor on the first stage reported an unexpected pressure reading.\n\n"
        "“Our software did exactly what it was built to do. It looked at the data, said ‘not "
        "today’, and stopped the count,” Fiona Drummond-Ure, the founder of Hebrides Launch, "
        "told reporters at the Cairnmor spaceport.\n\n"
        "She said a new attempt could be made within a week if the fault turned out to lie in "
        "the sensor itself rather than in the tank.\n\n"
        "Around 300 spectators had gathered on the headland since dawn, some holding a banner "
        "reading “Go Skerra Go”. Many drifted away in the rain after the announcement.\n\n"
        "Hebrides Launch, which employs 230 people, hopes to fly six times next year, carrying "
        "small satellites for weather and shipping companies.",
        [
            (
                D,
                [
                    "Our software did exactly what it was built to do. It looked at the data, "
                    "said ‘not today’, and stopped the count"
                ],
                "Fiona Drummond-Ure",
            ),
            (
                I,
                [
                    "a new attempt could be made within a week if the fault turned out to lie in "
                    "the sensor itself rather than in the tank"
                ],
                "Fiona Drummond-Ure",
            ),
        ],
    ),
    (  # 4 AI safety rules: inverted indirect "…, the minister announced", quote split by incise (one quote, two spans), role alone, nickname not speech
        "Companies that release large artificial intelligence models will have to publish the "
        "results of safety tests before launch, the digital minister, Rebecca Oyelaran, "
        "announced on Monday.\n\n"
        '"We are not trying to slow anyone down," the minister said, "but people have a right '
        'to know what these systems can and cannot do."\n\n'
        'The rules, dubbed the "glass box" regime in Whitehall, will apply only to models '
        "trained with more than a set amount of computing power. Firms that fail to comply "
        "could be fined up to 4% of their global turnover.\n\n"
        'Industry groups gave a guarded welcome, but some warned about the detail. "The '
        'threshold will be out of date within a year," said Tomasz Wierzbicki, director of the '
        'Coalition for Open Innovation. "By then, small labs will be caught by rules written '
        'for giants."',
        [
            (
                I,
                [
                    "Companies that release large artificial intelligence models will have to "
                    "publish the results of safety tests before launch"
                ],
                "Rebecca Oyelaran",
            ),
            (
                D,
                [
                    "We are not trying to slow anyone down",
                    "but people have a right to know what these systems can and cannot do.",
                ],
                "Rebecca Oyelaran",
            ),
            (D, ["The threshold will be out of date within a year"], "Tomasz Wierzbicki"),
            (
                D,
                ["By then, small labs will be caught by rules written for giants."],
                "Tomasz Wierzbicki",
            ),
        ],
    ),
    (  # 5 methane leak: '"A," X said. "B."' two quotes, operator "said in a statement that", "blamed" + noun not annotated
        "A European satellite has detected a methane leak of roughly 90 tonnes an hour from a "
        "gas pipeline in the Karsk basin, one of the largest ever observed from space. The "
        "plume was visible on images taken over eleven consecutive days.\n\n"
        "“You do not need any special equipment to see this one. It is enormous,” said Dr Lukas "
        "Brenner, an atmospheric physicist at the Helsvik Institute who analysed the images. "
        "“What worries me is how long it went unnoticed.”\n\n"
        "The pipeline's operator, Karskgaz, said in a statement that the leak had been "
        "repaired on Friday, and blamed a faulty valve at a compressor station.\n\n"
        "Methane traps far more heat than carbon dioxide over its first two decades in the "
        "atmosphere, and cutting leaks is seen as one of the cheapest ways to slow warming.",
        [
            (
                D,
                ["You do not need any special equipment to see this one. It is enormous"],
                "Lukas Brenner",
            ),
            (D, ["What worries me is how long it went unnoticed."], "Lukas Brenner"),
            (I, ["the leak had been repaired on Friday"], "Karskgaz"),
        ],
    ),
    (  # 6 agritech founder: Ms + surname, quote paragraph attributed by the previous paragraph, nickname not speech
        "When Amara Osei-Bonsu left her job as a software engineer at a large bank, her friends "
        "thought she had lost her mind. Four years later, her company, Furrowbot, builds "
        "solar-powered robots that pull weeds without chemicals, and it has just raised $41 "
        "million from investors led by Greenhill Partners.\n\n"
        "Ms Osei-Bonsu is unapologetic about the risk she took.\n\n"
        '"I was bored. I could see the parts were finally cheap enough to do something real for '
        'farmers, and nobody was doing it. So I did."\n\n'
        'The robots, nicknamed "beetles" by farmers in the Vale of Corran, move at walking pace '
        "and use cameras to tell crops from weeds. Each costs about £28,000, roughly the price "
        "of a second-hand tractor, and demand has outstripped production since the spring. A "
        "second assembly line is due to open in January.",
        [
            (
                D,
                [
                    "I was bored. I could see the parts were finally cheap enough to do something "
                    "real for farmers, and nobody was doing it. So I did."
                ],
                "Amara Osei-Bonsu",
            ),
        ],
    ),
    (  # 7 health data sharing: "according to X" after the clause, director after quote, partial inside reported speech
        "Patient records from 1.3 million people in the Westmarch region were shared with an "
        "American technology company without their knowledge, according to Health Data Watch, "
        "a campaign group.\n\n"
        "The records were passed to Cerulean Analytics under a contract signed in 2024 to build "
        "a tool that predicts emergency admissions. The group obtained the contract under "
        "freedom of information rules.\n\n"
        '"People were told their data would stay inside the health service. That promise has '
        "been broken,\" said Joanna Whitlock, the group's director.\n\n"
        'The Westmarch Health Board insisted that the data had been "fully pseudonymised" and '
        "had never left servers in the region. Cerulean declined to comment.\n\n"
        "The regional data protection office has opened an inquiry and is expected to report "
        "in the spring. Around 4,000 people have already asked for their records to be removed.",
        [
            (
                I,
                [
                    "Patient records from 1.3 million people in the Westmarch region were shared "
                    "with an American technology company without their knowledge"
                ],
                "Health Data Watch",
            ),
            (
                D,
                [
                    "People were told their data would stay inside the health service. That "
                    "promise has been broken"
                ],
                "Joanna Whitlock",
            ),
            (P, ["fully pseudonymised"], "Westmarch Health Board"),
        ],
    ),
    (  # 8 distant galaxy: colon-introduced quote after "He was blunt", Professor + inverted indirect "…, noted X"
        "Astronomers using the Halcyon space telescope have found the most distant galaxy yet "
        "observed, whose light set out just 290 million years after the Big Bang.\n\n"
        "The discovery was led by Dr Tomás Echeverría of the Andean Centre for Astrophysics, "
        "and is described in a paper accepted by the Astrophysical Letters. He was blunt about "
        "what it means: “Our models did not predict galaxies this bright this early. Something "
        "in them is wrong, and we need to find out what.”\n\n"
        "Other researchers urged patience. The galaxy's distance still has to be confirmed by a "
        "second instrument, noted Professor Ingrid Solberg, who sits on the telescope's science "
        "committee. Two similar claims made in 2023 were later withdrawn after follow-up "
        "observations.\n\n"
        "Halcyon, launched four years ago, has already exceeded its planned lifetime.",
        [
            (
                D,
                [
                    "Our models did not predict galaxies this bright this early. Something in them "
                    "is wrong, and we need to find out what."
                ],
                "Tomás Echeverría",
            ),
            (
                I,
                ["The galaxy's distance still has to be confirmed by a second instrument"],
                "Ingrid Solberg",
            ),
        ],
    ),
    (  # 9 spaceport opening: opening quote attributed in the next paragraph ("With those words"), slogan not speech, spokeswoman named, "she added"
        "“For twenty years we have been sending our satellites abroad to be launched. That ends "
        "now.”\n\n"
        "With those words, Science Minister David Okonkwo-Hale opened the Port Elvan spaceport "
        "on Thursday, the first in the country able to send rockets into polar orbit. The site, "
        "on a windswept peninsula in the far north, cost £310 million to build.\n\n"
        "Residents who campaigned against the project under the slogan “Save the Machair” held a "
        "silent protest outside the gates during the ceremony, which was attended by 400 guests. They fear that noise and fuel "
        "spills will harm nesting seabirds.\n\n"
        "Their spokeswoman, Eilidh Rankin, stood at the front with a hand-painted placard. “We "
        "lost the argument, but we are not going away,” she said. “Every launch will be "
        "watched.”",
        [
            (
                D,
                [
                    "For twenty years we have been sending our satellites abroad to be launched. "
                    "That ends now."
                ],
                "David Okonkwo-Hale",
            ),
            (D, ["We lost the argument, but we are not going away"], "Eilidh Rankin"),
            (D, ["Every launch will be watched."], "Eilidh Rankin"),
        ],
    ),
    (  # 10 ransomware at a university hospital: "a spokesman for X" = X, pronoun "he" for the spokesman, gang name not speech, partial by unnamed staff
        "A ransomware attack has shut down the computer systems of Larkfield University's "
        "research hospital for a third day, forcing staff to return to paper records and "
        "postponing more than 200 operations.\n\n"
        "A spokesman for Larkfield University said there was so far no evidence that patient "
        "data had been stolen.\n\n"
        '"We are working around the clock with the national cyber security centre, and we '
        'expect to restore the most critical systems by the weekend," he said.\n\n'
        'The attack was claimed on Thursday by a group calling itself "Night Ledger", which '
        'has targeted at least four hospitals this year. Staff described scenes of "organised '
        'chaos" on some wards, with nurses carrying printed test results between buildings. '
        "Ambulances are being diverted to neighbouring hospitals.",
        [
            (
                I,
                ["there was so far no evidence that patient data had been stolen"],
                "Larkfield University",
            ),
            (
                D,
                [
                    "We are working around the clock with the national cyber security centre, and "
                    "we expect to restore the most critical systems by the weekend"
                ],
                "Larkfield University",
            ),
            (P, ["organised chaos"], "staff"),
        ],
    ),
    (  # 11 AI coding agent: co-founder after quote with blog-post title (not speech), Dr + quote attributed by the previous sentence
        "Sundial Labs, a start-up based in Harrowgate, on Tuesday released Meridian, an "
        "artificial intelligence system designed to write and test software with little human "
        "supervision.\n\n"
        "“It is like having a tireless junior engineer who never gets bored of writing tests,” "
        "co-founder Felix Nakashima-Grant wrote in a blog post titled “The End of Boring Code”. "
        "Forty businesses tried the system before its release.\n\n"
        "Security researchers were less enthusiastic. Within hours, Dr Hannah Liebermann of "
        "Corvid Security had published examples in which Meridian inserted code with well-known "
        "vulnerabilities into a banking application. She did not mince her words. “A junior "
        "engineer who makes a mistake learns from it. This thing repeats it thousands of times "
        "a day.”\n\n"
        "Sundial Labs did not respond to requests for comment on Wednesday.",
        [
            (
                D,
                [
                    "It is like having a tireless junior engineer who never gets bored of writing "
                    "tests"
                ],
                "Felix Nakashima-Grant",
            ),
            (
                D,
                [
                    "A junior engineer who makes a mistake learns from it. This thing repeats it "
                    "thousands of times a day."
                ],
                "Hannah Liebermann",
            ),
        ],
    ),
    (  # 12 deep-sea mining plumes: "according to Dr X" after the clause, "she said", company declined
        "Sediment plumes stirred up by a deep-sea mining trial in the Pacific travelled more "
        "than 40 kilometres, three times farther than the operator's models predicted, "
        "according to Dr Keziah Mbeki, the marine geologist who led the independent monitoring "
        "of the trial.\n\n"
        "Her team used underwater gliders to follow the clouds of fine mud for six weeks after "
        "a collector vehicle spent ten days on the seabed, 4,200 metres down.\n\n"
        "“The seafloor out there is one of the quietest places on Earth. The animals that live "
        "there are not adapted to being buried, even by a few millimetres,” she said.\n\n"
        "Abyssal Resources, which ran the trial, declined to comment before the findings are "
        "published. The International Seabed Council is due to debate rules for commercial "
        "mining in March.",
        [
            (
                I,
                [
                    "Sediment plumes stirred up by a deep-sea mining trial in the Pacific "
                    "travelled more than 40 kilometres, three times farther than the operator's "
                    "models predicted"
                ],
                "Keziah Mbeki",
            ),
            (
                D,
                [
                    "The seafloor out there is one of the quietest places on Earth. The animals "
                    "that live there are not adapted to being buried, even by a few millimetres"
                ],
                "Keziah Mbeki",
            ),
        ],
    ),
    (  # 13 post-quantum encryption: partial after "described the move as", "he told a conference", jargon in scare quotes not speech
        "The national cyber agency has set banks a 2031 deadline to switch to new encryption "
        "standards designed to resist future quantum computers.\n\n"
        'Its director, Marcus Oduya, described the move as "insurance, not panic".\n\n'
        '"Nobody knows when a machine powerful enough will exist. What we do know is that data '
        'stolen today can be decrypted later," he told a conference in Dunmore on Tuesday.\n\n'
        "Large banks have been preparing for several years. Smaller lenders, however, worry "
        'about the cost of becoming "quantum-ready", which can mean '
        "replacing hardware in thousands of cash machines and card terminals. The agency has "
        "published a guide for them and will run workshops from January. The cost for the "
        "sector as a whole has been put at several billion pounds.",
        [
            (P, ["insurance, not panic"], "Marcus Oduya"),
            (
                D,
                [
                    "Nobody knows when a machine powerful enough will exist. What we do know is "
                    "that data stolen today can be decrypted later"
                ],
                "Marcus Oduya",
            ),
        ],
    ),
    (  # 14 driverless shuttles: chief engineer after quote with possessive org, critic chair after quote, straight quotes
        "Driverless shuttles will carry passengers on public roads in Norbridge from next "
        "month, after the Road Safety Regulator approved a six-month trial on Friday.\n\n"
        "The vehicles, built by the local start-up Autonomo, will run without a safety driver "
        "on a four-kilometre route between the railway station and the university campus, "
        "every ten minutes from 7am to 8pm.\n\n"
        "\"We've driven 200,000 kilometres in testing without a single injury. We're ready,\" "
        "said Autonomo's chief engineer, Grace Adeyemi-Lund.\n\n"
        "The city's cycling campaign is less sure. \"The Mill Street roundabout is going to be "
        'the real test, and cyclists will be the ones taking it," said its chair, Peter '
        "Haldane. Each shuttle will be watched by a remote operator able to stop it, and the "
        "trial can be suspended at any time.",
        [
            (
                D,
                ["We've driven 200,000 kilometres in testing without a single injury. We're ready"],
                "Grace Adeyemi-Lund",
            ),
            (
                D,
                [
                    "The Mill Street roundabout is going to be the real test, and cyclists will be "
                    "the ones taking it"
                ],
                "Peter Haldane",
            ),
        ],
    ),
    (  # 15 retracted papers: quote split by incise with Dr + role (one quote, two spans), "denied" + noun not annotated
        "A leading chemistry journal has retracted four papers by a prominent battery "
        "researcher after an inquiry found that images in them had been manipulated.\n\n"
        "The papers, by Professor Alan Whitcombe of Eastholme University, had been cited more "
        "than 3,000 times and helped attract millions in funding for his laboratory. Professor "
        "Whitcombe, who left the university in June, denied any wrongdoing in a statement "
        "released through his lawyers.\n\n"
        "For some scientists, the retractions come too late. “I spent two years trying to "
        "reproduce those results,” said Dr Ruth Kovalenko, a chemist at Brennan College who "
        "first raised concerns in 2022, “and for most of that time I thought the problem was "
        "me.”\n\n"
        "The journal is now reviewing its procedures for checking images, and two other "
        "publishers have opened their own inquiries into papers from the same laboratory.",
        [
            (
                D,
                [
                    "I spent two years trying to reproduce those results",
                    "and for most of that time I thought the problem was me.",
                ],
                "Ruth Kovalenko",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout49.jsonl"),
        "heldout49",
        "h49",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
