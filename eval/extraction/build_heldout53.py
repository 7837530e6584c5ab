"""Source of the fifty-third held-out set: writes heldout53.jsonl (split "heldout53").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
news reported from radio and TV interviews, talk shows and podcasts (politicians, union leaders,
bosses and experts on the morning programmes), with hosts' questions, same-day reactions from
opponents and exchanges between several speakers.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout53.py
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
    (  # 1 budget minister on morning radio: "a-t-elle affirmé" after, "selon lesquelles" trap,
        # rival before a colon
        "Invitée de la matinale de Radio Horizon ce jeudi, la ministre du Budget, Claire "
        "Montfaucon, a exclu toute hausse de la TVA dans le projet de loi de finances pour 2027, "
        "dont l'examen reprend lundi à l'Assemblée. « Je le dis clairement : il n'y aura pas "
        "d'augmentation de la TVA, ni cette année ni l'an prochain », a-t-elle affirmé.\n\n"
        "Pressée de questions sur la taxe sur les complémentaires santé, la ministre est restée "
        "évasive. Elle a en revanche balayé les informations de presse selon lesquelles Bercy "
        "préparerait un gel des pensions de retraite, sans toutefois fermer la porte à une "
        "sous-indexation.\n\n"
        "La réplique de l'opposition n'a pas tardé. Quelques minutes plus tard, sur l'antenne "
        "concurrente de Radio Cité, le député écologiste Mathis Guérande a ironisé : « La ministre "
        "jure qu'elle ne touchera pas à la TVA. Très bien. Mais quand on taxe les mutuelles, ce "
        "sont encore les malades qui paient. »",
        [
            (
                D,
                [
                    "Je le dis clairement : il n'y aura pas d'augmentation de la TVA, ni cette "
                    "année ni l'an prochain"
                ],
                "Claire Montfaucon",
            ),
            (
                D,
                [
                    "La ministre jure qu'elle ne touchera pas à la TVA. Très bien. Mais quand on "
                    "taxe les mutuelles, ce sont encore les malades qui paient."
                ],
                "Mathis Guérande",
            ),
        ],
    ),
    (  # 2 rail union leader on TV: "a prévenu que", quote over two paragraphs (no-break spaces),
        # company partial
        "Le conflit social chez Ferrovia pourrait gâcher les vacances de Noël. Invitée dimanche "
        "soir de BFX TV, la secrétaire générale de l'Union syndicale des cheminots (USC), "
        "Sandrine Le Goff-Arnaud, a prévenu que la grève pourrait s'étendre aux fêtes de fin "
        "d'année si la direction ne rouvrait pas les négociations salariales.\n\n"
        "«\u00a0Les cheminots ne sont pas des otages, ce sont des salariés qui n'arrivent plus à "
        "boucler leurs fins de mois. Nous avons proposé trois dates de rencontre en octobre. "
        "Trois\u00a0! Aucune réponse.\n\n"
        "«\u00a0Alors oui, si rien ne bouge, les trains ne rouleront pas à Noël\u00a0», a-t-elle "
        "martelé face à l'animateur, Yann Keraudren.\n\n"
        "Ferrovia a fait savoir lundi matin qu'une table ronde pourrait être organisée «\u00a0dans "
        "les prochains jours\u00a0», sans avancer de date. Le trafic était quasi normal ce "
        "week-end, mais les contrôleurs de trois régions ont déjà déposé un préavis couvrant la "
        "période du 20 décembre au 2 janvier.",
        [
            (
                I,
                [
                    "la grève pourrait s'étendre aux fêtes de fin d'année si la direction ne "
                    "rouvrait pas les négociations salariales"
                ],
                "Sandrine Le Goff-Arnaud",
            ),
            (
                D,
                [
                    "Les cheminots ne sont pas des otages, ce sont des salariés qui n'arrivent "
                    "plus "
                    "à boucler leurs fins de mois. Nous avons proposé trois dates de rencontre en "
                    "octobre. Trois\u00a0! Aucune réponse.",
                    "Alors oui, si rien ne bouge, les trains ne rouleront pas à Noël",
                ],
                "Sandrine Le Goff-Arnaud",
            ),
            (P, ["dans les prochains jours"], "Ferrovia"),
        ],
    ),
    (  # 3 retail boss on radio: nickname trap, "a annoncé vouloir", unattributed dialogue-dash
        # exchange
        "Celui que la grande distribution surnomme « le Tsar des hypermarchés » est sorti de sa "
        "réserve. Invité mardi de la matinale de Radio Nationale, le PDG du groupe Valméric, "
        "Antoine de Sercey, a annoncé vouloir fermer onze magasins en 2027 et supprimer 900 "
        "postes, principalement dans l'est du pays.\n\n"
        "L'échange avec la journaliste Maud Perrichon a été tendu.\n\n"
        "— Vous avez versé 300 millions d'euros de dividendes l'an dernier. Comment "
        "l'expliquez-vous aux caissières qui vont perdre leur emploi ?\n"
        "— Je l'assume. Sans actionnaires, il n'y a pas d'entreprise, et sans entreprise, il n'y "
        "a pas d'emplois du tout.\n\n"
        "À la mi-journée, l'Alliance des salariés du commerce a appelé à un rassemblement samedi "
        "devant le siège du groupe, à Villiers-la-Garenne. Le PDG doit recevoir les "
        "représentants du personnel avant la fin du mois.",
        [
            (
                I,
                [
                    "vouloir fermer onze magasins en 2027 et supprimer 900 postes, principalement "
                    "dans l'est du pays"
                ],
                "Antoine de Sercey",
            ),
            (
                D,
                [
                    "Vous avez versé 300 millions d'euros de dividendes l'an dernier. Comment "
                    "l'expliquez-vous aux caissières qui vont perdre leur emploi ?"
                ],
                "Maud Perrichon",
            ),
            (
                D,
                [
                    "Je l'assume. Sans actionnaires, il n'y a pas d'entreprise, et sans "
                    "entreprise, "
                    "il n'y a pas d'emplois du tout."
                ],
                "Antoine de Sercey",
            ),
        ],
    ),
    (  # 4 epidemiologist on TV (ould): narrow no-break spaces, "a-t-elle averti", host's question,
        # role "la chercheuse"
        "L'épidémie de grippe a trois semaines d'avance cette année, et les hôpitaux commencent "
        "à le sentir : près de 2\u202f300 passages aux urgences pour syndrome grippal ont été "
        "recensés la semaine dernière. Sur le plateau de Canal Info, lundi soir, l'épidémiologiste "
        "Salma Ould Abdallah, chercheuse à l'Institut de santé publique de Montclar, a tiré la "
        "sonnette d'alarme.\n\n"
        "«\u202fSi les gens attendent Noël pour se faire vacciner, ce sera trop tard. Il faut deux "
        "semaines pour être protégé, et le virus, lui, n'attend pas\u202f», a-t-elle averti.\n\n"
        "«\u202fFaut-il revenir au masque obligatoire dans les transports\u202f?\u202f», a demandé "
        "le présentateur, Julien Castagnède. «\u202fNon, pas à ce stade. Mais je conseille de le "
        "porter dès qu'on a le nez qui coule\u202f», a répondu la chercheuse.\n\n"
        "La campagne de vaccination, ouverte le 14 octobre, se poursuivra jusqu'au 31 janvier "
        "dans les pharmacies et les cabinets médicaux.",
        [
            (
                D,
                [
                    "Si les gens attendent Noël pour se faire vacciner, ce sera trop tard. Il faut "
                    "deux semaines pour être protégé, et le virus, lui, n'attend pas"
                ],
                "Salma Ould Abdallah",
            ),
            (
                D,
                ["Faut-il revenir au masque obligatoire dans les transports\u202f?"],
                "Julien Castagnède",
            ),
            (
                D,
                [
                    "Non, pas à ce stade. Mais je conseille de le porter dès qu'on a le nez qui "
                    "coule"
                ],
                "Salma Ould Abdallah",
            ),
        ],
    ),
    (  # 5 TV debate: show title trap, guillemets without spaces, incise "a ironisé la sénatrice",
        # "l'intéressé" partial
        "Le ton est monté dimanche sur le plateau de «Dimanche en face», l'émission politique de "
        "Télé Horizon, entre le député Romain Vasseur-Lénart, rapporteur du projet de loi sur "
        "l'assurance chômage, et la sénatrice d'opposition Inès Benhamou.\n\n"
        "«Cette réforme est la première qui remet les gens au travail au lieu de les payer à "
        "attendre», a lancé le député dès les premières minutes. Le texte prévoit de réduire de "
        "six mois la durée maximale d'indemnisation des demandeurs d'emploi.\n\n"
        "«Je veux bien qu'on me donne des leçons de travail, a ironisé la sénatrice, mais pas de "
        "la part de quelqu'un qui n'a jamais mis les pieds dans une agence pour l'emploi.»\n\n"
        "Piqué au vif, l'intéressé a assuré avoir «passé deux ans au chômage» après ses études. "
        "L'animatrice, Chloé Marchetti, a dû intervenir à plusieurs reprises pour ramener le "
        "calme sur le plateau, avant de passer au sujet suivant, la fin de vie.",
        [
            (
                D,
                [
                    "Cette réforme est la première qui remet les gens au travail au lieu de les "
                    "payer à attendre"
                ],
                "Romain Vasseur-Lénart",
            ),
            (
                D,
                [
                    "Je veux bien qu'on me donne des leçons de travail",
                    "mais pas de la part de quelqu'un qui n'a jamais mis les pieds dans une agence "
                    "pour l'emploi.",
                ],
                "Inès Benhamou",
            ),
            (P, ["passé deux ans au chômage"], "Romain Vasseur-Lénart"),
        ],
    ),
    (  # 6 farmers' leader (Van) on radio: "a annoncé que", dashes as parentheses, "M. X" before a
        # colon
        "Les agriculteurs wallons reviendront manifester dans la capitale. Invité jeudi de la "
        "matinale de Radio Wallonie 1, Marc Van Hoorde, président de la Fédération wallonne des "
        "exploitants agricoles (FWEA), a annoncé que les tracteurs convergeraient vers le "
        "quartier des ministères mardi prochain, pour la troisième fois depuis janvier.\n\n"
        "Le mouvement — qui avait bloqué le périphérique pendant deux jours en mars — réclame un "
        "moratoire sur les nouvelles normes environnementales et des prix planchers pour le "
        "lait.\n\n"
        "Interrogé sur le risque de débordements, M. Van Hoorde a voulu rassurer : « Nous ne "
        "sommes pas des casseurs. Nous venons avec nos bêtes, nos enfants et nos factures "
        "impayées. »\n\n"
        "La ministre de l'Agriculture, Sophie Deltenre, recevra les représentants du secteur "
        "lundi, à la veille de la manifestation.",
        [
            (
                I,
                [
                    "les tracteurs convergeraient vers le quartier des ministères mardi prochain, "
                    "pour la troisième fois depuis janvier"
                ],
                "Marc Van Hoorde",
            ),
            (
                D,
                [
                    "Nous ne sommes pas des casseurs. Nous venons avec nos bêtes, nos enfants et "
                    "nos factures impayées."
                ],
                "Marc Van Hoorde",
            ),
        ],
    ),
    (  # 7 sacked coach on a podcast: “ ” in French, podcast title trap, "reconnaît le technicien" +
        # "qui affirme que", pundit after a colon
        "Trois semaines après son limogeage, Frédéric Aubenas-Roy sort du silence. Dans un long "
        "entretien accordé au podcast “Vestiaire ouvert”, mis en ligne mercredi, l'ancien "
        "entraîneur de l'Olympique de Castelnau revient sans détour sur les derniers mois de son "
        "mandat, conclus par une série de sept défaites consécutives.\n\n"
        "“On m'a demandé de jouer le maintien avec un effectif de deuxième division. J'ai dit oui "
        "parce que j'aime ce club. C'était sans doute une erreur”, reconnaît le technicien de "
        "52 ans, qui affirme que le président, Lionel Gastaldi, lui avait promis trois recrues "
        "au mercato d'hiver. Aucune n'est arrivée.\n\n"
        "Contacté, le club n'a pas souhaité réagir. Sur Radio Sport, l'ancien international "
        "Hervé Mallet s'est montré moins indulgent envers son ancien coéquipier : “Il a perdu le "
        "vestiaire bien avant de perdre son poste.”",
        [
            (
                D,
                [
                    "On m'a demandé de jouer le maintien avec un effectif de deuxième division. "
                    "J'ai dit oui parce que j'aime ce club. C'était sans doute une erreur"
                ],
                "Frédéric Aubenas-Roy",
            ),
            (
                I,
                [
                    "le président, Lionel Gastaldi, lui avait promis trois recrues au mercato "
                    "d'hiver"
                ],
                "Frédéric Aubenas-Roy",
            ),
            (D, ["Il a perdu le vestiaire bien avant de perdre son poste."], "Hervé Mallet"),
        ],
    ),
    (  # 8 mayor on local radio: narrow no-break spaces, "a déclaré l'élue", "D'après Mme X",
        # unnamed "une habitante"
        "La maire de Saint-Aubin-des-Prés, Hélène Castaing-Roussel, a défendu jeudi sur Radio "
        "Bocage sa décision de préempter l'ancienne caserne des pompiers pour y construire 120 "
        "logements sociaux, un projet qui divise la commune depuis l'été.\n\n"
        "«\u202fOn a des infirmières et des pompiers qui dorment dans leur voiture faute de "
        "logement\u202f: ce n'est pas une image, c'est la réalité de notre ville\u202f», a déclaré "
        "l'élue, qui brigue un troisième mandat en mars.\n\n"
        "D'après Mme Castaing-Roussel, les premiers locataires pourraient emménager à l'automne "
        "2028. Son principal opposant, le conseiller municipal Gérard Lhermitte, réclame pour sa "
        "part un référendum local sur le projet.\n\n"
        "Au marché du samedi, les avis restent partagés. «\u202fDes logements, oui, mais il faudra "
        "aussi des places de parking\u202f», glisse une habitante du quartier de la gare.",
        [
            (
                D,
                [
                    "On a des infirmières et des pompiers qui dorment dans leur voiture faute de "
                    "logement\u202f: ce n'est pas une image, c'est la réalité de notre ville"
                ],
                "Hélène Castaing-Roussel",
            ),
            (
                I,
                ["les premiers locataires pourraient emménager à l'automne 2028"],
                "Hélène Castaing-Roussel",
            ),
            (
                D,
                ["Des logements, oui, mais il faudra aussi des places de parking"],
                "habitante",
            ),
        ],
    ),
    (  # 9 economist (el-) on radio: show title trap, partial inside "a estimé que", "M. X" after,
        # "Selon <institute>"
        "Invité mardi de l'émission «\u00a0Les Clés de l'éco\u00a0» sur Radio Continentale, "
        "l'économiste Karim el-Haddad, professeur à l'université de Lorvane, a estimé que la "
        "banque centrale avait «\u00a0fini le travail\u00a0» sur l'inflation et devait désormais "
        "baisser ses taux.\n\n"
        "«\u00a0Les prix ralentissent depuis huit mois. Les salaires, eux, commencent à peine à "
        "rattraper leur retard. Si on maintient les taux à ce niveau, on casse la reprise avant "
        "même qu'elle ait commencé\u00a0», a expliqué M. el-Haddad.\n\n"
        "Selon l'Institut national de la conjoncture, la hausse des prix a ralenti à "
        "2,1\u00a0% sur un an en octobre, son plus bas niveau depuis trois ans. Le conseil des "
        "gouverneurs de la banque centrale se réunira le 11 décembre pour fixer le niveau des "
        "taux directeurs.",
        [
            (P, ["fini le travail"], "Karim el-Haddad"),
            (
                D,
                [
                    "Les prix ralentissent depuis huit mois. Les salaires, eux, commencent à peine "
                    "à rattraper leur retard. Si on maintient les taux à ce niveau, on casse la "
                    "reprise avant même qu'elle ait commencé"
                ],
                "Karim el-Haddad",
            ),
            (
                I,
                [
                    "la hausse des prix a ralenti à 2,1\u00a0% sur un an en octobre, son plus bas "
                    "niveau depuis trois ans"
                ],
                "Institut national de la conjoncture",
            ),
        ],
    ),
    (  # 10 factory closure: "selon lesquelles" trap, union delegate before a colon, spokesman by
        # apposition partial, minister "a dit qu'il"
        "La direction de Textilor a confirmé mardi la fermeture de son usine "
        "d'Hallennes-sur-Deûle, "
        "qui emploie 340 salariés. Des rumeurs selon lesquelles un repreneur belge serait "
        "intéressé circulaient pourtant depuis plusieurs semaines dans les ateliers.\n\n"
        "Invité de Radio Nord Info, le délégué de la Confédération des travailleurs du Nord "
        "(CTN), Didier Wattebled, n'a pas caché sa colère\u00a0: «\u00a0On nous a menti pendant "
        "deux ans. On nous disait que les commandes allaient repartir, que l'usine avait un "
        "avenir. Aujourd'hui, on apprend la fermeture par un courriel.\u00a0»\n\n"
        "Le groupe, par la voix de son porte-parole, Olivier Renaudin, a expliqué sur la même "
        "antenne que le site perdait «\u00a04\u00a0millions d'euros par an\u00a0» depuis 2022. "
        "Le ministre de l'Industrie, Paul-Henri Savigny, a dit qu'il recevrait les syndicats "
        "vendredi au ministère, avec les élus de la région.",
        [
            (
                D,
                [
                    "On nous a menti pendant deux ans. On nous disait que les commandes allaient "
                    "repartir, que l'usine avait un avenir. Aujourd'hui, on apprend la fermeture "
                    "par un courriel."
                ],
                "Didier Wattebled",
            ),
            (P, ["4\u00a0millions d'euros par an"], "Olivier Renaudin"),
            (
                I,
                ["il recevrait les syndicats vendredi au ministère, avec les élus de la région"],
                "Paul-Henri Savigny",
            ),
        ],
    ),
    (  # 11 candidate on a TV show: show title trap, dialogue dashes with "a demandé l'animateur" /
        # "a répondu la candidate", rival's partial
        "La candidate écologiste à l'élection présidentielle, Léa Bonnefoy-Ndiaye, était mercredi "
        "soir l'invitée du «\u00a0Grand Oral\u00a0» de Télé 7, face à l'animateur Mathieu "
        "Deschanel et à un panel de téléspectateurs. Pendant près de deux heures, elle a détaillé "
        "son programme, de la rénovation des logements à la semaine de quatre jours.\n\n"
        "L'échange sur l'automobile a été le plus vif.\n\n"
        "— Vous voulez interdire les SUV ? a demandé l'animateur.\n"
        "— Je veux qu'on arrête de les subventionner, ce n'est pas la même chose, a répondu la "
        "candidate.\n\n"
        "Dans la soirée, le porte-parole du Rassemblement républicain, Fabrice Dulac, a raillé "
        "sur Radio Horizon une candidate «\u00a0qui découvre la vie réelle sur un plateau de "
        "télévision\u00a0». La candidate, créditée de 9\u00a0% des intentions de vote, tiendra "
        "son premier grand meeting samedi à Villeurval.",
        [
            (D, ["Vous voulez interdire les SUV ?"], "Mathieu Deschanel"),
            (
                D,
                ["Je veux qu'on arrête de les subventionner, ce n'est pas la même chose"],
                "Léa Bonnefoy-Ndiaye",
            ),
            (
                P,
                ["qui découvre la vie réelle sur un plateau de télévision"],
                "Fabrice Dulac",
            ),
        ],
    ),
    (  # 12 emergency doctors (ben): quote first, speaker in the next sentence ("le docteur"),
        # ministry "a répondu que"
        "«\u00a0Cet hiver, des patients vont mourir sur des brancards.\u00a0» La phrase, prononcée "
        "lundi sur Radio Cité par le docteur Yacine ben Slimane, président de l'Association des "
        "médecins urgentistes (AMU), a fait réagir jusqu'au gouvernement.\n\n"
        "L'AMU revendique 4\u00a0000 adhérents, soit près d'un urgentiste sur deux. Depuis le "
        "début du mois, trois services d'urgences de la région de Montclar ont dû fermer la nuit, "
        "faute de médecins, et les patients sont redirigés vers le centre hospitalier "
        "universitaire, à 60 kilomètres.\n\n"
        "Le ministère de la Santé a répondu dans la soirée que 2\u00a0000 postes d'internes "
        "supplémentaires seraient ouverts à la rentrée prochaine. Une annonce qui n'a pas "
        "convaincu les syndicats de soignants, qui appellent à une journée de mobilisation le "
        "16 décembre.",
        [
            (
                D,
                ["Cet hiver, des patients vont mourir sur des brancards."],
                "Yacine ben Slimane",
            ),
            (
                I,
                [
                    "2\u00a0000 postes d'internes supplémentaires seraient ouverts à la rentrée "
                    "prochaine"
                ],
                "ministère de la Santé",
            ),
        ],
    ),
    (  # 13 prime minister (ould) on radio: "a-t-il déclaré au micro de", dashes as parentheses,
        # spokesman (el-) by apposition + partial
        "TIDJARA — Le Premier ministre, Mohamed Lemine ould Bah, a fermé la porte dimanche à tout "
        "report des élections législatives prévues le 8 février. « Le calendrier sera tenu, quoi "
        "qu'en disent ceux qui ont peur des urnes », a-t-il déclaré au micro de Radio Sahel "
        "Internationale, interrogé par le journaliste Abdoulaye Sow sur les accusations de fraude "
        "lors du recensement électoral.\n\n"
        "Ces accusations — portées depuis septembre par une coalition de onze partis — visent "
        "notamment la radiation de quelque 80 000 électeurs des listes dans les régions du "
        "Sud.\n\n"
        "L'opposition a aussitôt réagi. Son porte-parole, Cheikh Sidi el-Moctar, a dénoncé lors "
        "d'une conférence de presse un « passage en force » du gouvernement, avant d'annoncer "
        "une marche dans les rues de la capitale le 14 décembre.",
        [
            (
                D,
                ["Le calendrier sera tenu, quoi qu'en disent ceux qui ont peur des urnes"],
                "Mohamed Lemine ould Bah",
            ),
            (P, ["passage en force"], "Cheikh Sidi el-Moctar"),
        ],
    ),
    (  # 14 start-up boss on radio: noun object "a annoncé une levée" not a quote, incise splitting
        # a quote (narrow nbsp), rival's partial
        "Camille Martin-Dufresne, cofondatrice de Vélocia, une jeune entreprise de vélos cargos "
        "électriques installée à Montrevel, a annoncé mercredi sur Radio Entreprendre une levée "
        "de fonds de 45\u202fmillions d'euros, la plus importante du secteur cette année.\n\n"
        "«\u202fCet argent, a-t-elle souligné, servira d'abord à relocaliser la fabrication des "
        "batteries. Nous voulons qu'en 2028, 80\u202f% de la valeur d'un vélo soit produite en "
        "France.\u202f»\n\n"
        "Son concurrent direct, le patron de Cargoline, Benoît Aldebert, interrogé un peu plus "
        "tard sur la même antenne, a salué une «\u202fbonne nouvelle pour toute la filière\u202f», "
        "tout en doutant publiquement des délais annoncés. Vélocia, qui emploie 210 personnes, "
        "n'est pas encore rentable. La société, fondée en 2019 par deux anciens ingénieurs de "
        "l'automobile, a vendu 14\u202f000 vélos l'an dernier, surtout à des artisans et à des "
        "livreurs.",
        [
            (
                D,
                [
                    "Cet argent",
                    "servira d'abord à relocaliser la fabrication des batteries. Nous voulons "
                    "qu'en 2028, 80\u202f% de la valeur d'un vélo soit produite en France.",
                ],
                "Camille Martin-Dufresne",
            ),
            (P, ["bonne nouvelle pour toute la filière"], "Benoît Aldebert"),
        ],
    ),
    (  # 15 education minister and union leader: host's question (nbsp), "l'intéressée", union
        # leader's quote over two paragraphs
        "La ministre de l'Éducation nationale, Agnès Rouvière-Delpech, a confirmé lundi sur Radio "
        "Horizon la suppression de 1\u00a0800 postes d'enseignants à la rentrée 2027, en raison de "
        "la baisse de la natalité.\n\n"
        "«\u00a0Madame la ministre, comment allez-vous l'expliquer aux parents dont les enfants "
        "sont dans des classes de trente\u00a0?\u00a0» lui a demandé la journaliste Nathalie "
        "Gourdon. «\u00a0Il n'y aura pas une classe de plus de vingt-sept élèves en primaire, je "
        "m'y engage\u00a0», a répondu l'intéressée.\n\n"
        "Une promesse qui laisse sceptique Fatima Zerrouki, secrétaire générale du Syndicat "
        "national des professeurs des écoles (SNPE), invitée quelques heures plus tard de BFX TV. "
        "«\u00a0On nous a fait la même promesse il y a deux ans. Résultat\u00a0: dans mon "
        "département, il y a des CP à vingt-neuf.\n\n"
        "«\u00a0Les parents ne sont pas dupes, et nous non plus\u00a0», a-t-elle lancé. Le SNPE "
        "appelle à une journée de grève le 12 décembre.",
        [
            (
                D,
                [
                    "Madame la ministre, comment allez-vous l'expliquer aux parents dont les "
                    "enfants sont dans des classes de trente\u00a0?"
                ],
                "Nathalie Gourdon",
            ),
            (
                D,
                [
                    "Il n'y aura pas une classe de plus de vingt-sept élèves en primaire, je m'y "
                    "engage"
                ],
                "Agnès Rouvière-Delpech",
            ),
            (
                D,
                [
                    "On nous a fait la même promesse il y a deux ans. Résultat\u00a0: dans mon "
                    "département, il y a des CP à vingt-neuf.",
                    "Les parents ne sont pas dupes, et nous non plus",
                ],
                "Fatima Zerrouki",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 finance secretary on morning radio: "Ms X said:" before, dashes as parentheses, partial
        # after "say that", rival "described ... as"
        "Finance Secretary Margaret Ellery has ruled out raising income tax in next month's "
        "budget, but repeatedly refused to be drawn on national insurance contributions. The "
        "budget will be presented "
        "to parliament on December 12.\n\n"
        "Speaking on Radio Albion's Morning Report on Thursday, Ms Ellery said: \u201cI have been "
        "very clear, and I will be clear again. Working people will not pay more income tax under "
        "this government.\u201d\n\n"
        "Pressed by the presenter, Colin Ashdown \u2014 who put the question to her four times "
        "\u2014 she would only say that \u201call options on national insurance remain under "
        "review\u201d.\n\n"
        "Within the hour, the shadow finance secretary, Daniel Okonjo-Reyes, described the "
        "interview on the same programme as \u201ca masterclass in saying nothing\u201d. The "
        "Treasury needs to find almost "
        "\u00a320 billion to balance the books by the end of the decade.",
        [
            (
                D,
                [
                    "I have been very clear, and I will be clear again. Working people will not "
                    "pay more income tax under this government."
                ],
                "Margaret Ellery",
            ),
            (P, ["all options on national insurance remain under review"], "Margaret Ellery"),
            (P, ["a masterclass in saying nothing"], "Daniel Okonjo-Reyes"),
        ],
    ),
    (  # 2 nurses' union on a Sunday show: clause before "X announced", straight quotes over two
        # paragraphs, minister "said" indirect
        "Nurses in the Northern Counties Health Trust will strike for 48 hours from December 9, "
        "the general secretary of the Allied Nursing Union, Bernadette O'Rourke, announced on "
        "Sunday.\n\n"
        "Appearing on Channel 6's Sunday Politics, Ms O'Rourke was in combative mood after the "
        "trust's board rejected a revised pay claim on Friday. Union members voted by 84 per cent "
        "in favour of industrial action last month.\n\n"
        '"We have nurses using food banks. We have nurses stacking supermarket shelves at night '
        "after a twelve-hour shift. Nobody takes this decision lightly.\n\n"
        '"But if ministers think we will blink first, they have badly misjudged the mood on the '
        'wards," she said.\n\n'
        "Health Secretary Graham Pilcher, speaking to reporters outside his department, said the "
        "offer on the table was fair and there would be no more money this financial year.",
        [
            (
                I,
                [
                    "Nurses in the Northern Counties Health Trust will strike for 48 hours from "
                    "December 9"
                ],
                "Bernadette O'Rourke",
            ),
            (
                D,
                [
                    "We have nurses using food banks. We have nurses stacking supermarket shelves "
                    "at night after a twelve-hour shift. Nobody takes this decision lightly.",
                    "But if ministers think we will blink first, they have badly misjudged the "
                    "mood on the wards",
                ],
                "Bernadette O'Rourke",
            ),
            (
                I,
                [
                    "the offer on the table was fair and there would be no more money this "
                    "financial year"
                ],
                "Graham Pilcher",
            ),
        ],
    ),
    (  # 3 tech boss (van) on a podcast: podcast title trap, "said" indirect, nested ‘ ’, host's
        # question after a colon
        "The chief executive of the ride-hailing app Zoomr, Joost van Leeuwen, has lost patience "
        "with city regulators, and he is no longer hiding it.\n\n"
        "In a two-hour interview on the technology podcast \u201cDisrupted\u201d, released on "
        "Tuesday, the Dutch-born executive said the company would pull out of three cities next "
        "year unless licensing rules for drivers were relaxed.\n\n"
        "\u201cPeople keep telling me, \u2018Joost, be patient, the rules will change.\u2019 I "
        "have "
        "been patient for six years. At some point patience stops being a virtue and becomes a "
        "business model, and not a good one,\u201d he said.\n\n"
        "The host, Nisha Varadarajan, pushed back: \u201cIsn't that just a threat to get your "
        "way?\u201d Mr van Leeuwen laughed the question off and moved on to the company's plans "
        "for electric scooters.",
        [
            (
                I,
                [
                    "the company would pull out of three cities next year unless licensing rules "
                    "for drivers were relaxed"
                ],
                "Joost van Leeuwen",
            ),
            (
                D,
                [
                    "People keep telling me, \u2018Joost, be patient, the rules will "
                    "change.\u2019 I "
                    "have been patient for six years. At some point patience stops being a virtue "
                    "and becomes a business model, and not a good one"
                ],
                "Joost van Leeuwen",
            ),
            (D, ["Isn't that just a threat to get your way?"], "Nisha Varadarajan"),
        ],
    ),
    (  # 4 hurricane expert on cable news: "according to" with a trailing clause, '"A," she said,
        # "b."' one quote
        "Hurricane Delphine could make landfall on the Gulf coast as a Category 4 storm late on "
        "Thursday, according to the National Storm Center, which has issued evacuation orders "
        "for six coastal counties. Delphine was upgraded overnight after passing over unusually "
        "warm water in the Gulf.\n\n"
        "Speaking on CNX's Morning Desk, the climate scientist Dr Amara Osei-Bonsu, of Carvell "
        "University, was blunt about where the danger lay.\n\n"
        '"The water is what kills people," she said, "not the wind. Most of the deaths in storms '
        'like this happen in neighborhoods that flood within an hour, often at night."\n\n'
        "Up to 20 inches of rain could fall in some areas. Shelters have opened in "
        "school gymnasiums across the region, and the state's governor has activated 2,000 "
        "members of the National Guard.",
        [
            (
                I,
                [
                    "Hurricane Delphine could make landfall on the Gulf coast as a Category 4 "
                    "storm late on Thursday"
                ],
                "National Storm Center",
            ),
            (
                D,
                [
                    "The water is what kills people",
                    "not the wind. Most of the deaths in storms like this happen in neighborhoods "
                    "that flood within an hour, often at night.",
                ],
                "Amara Osei-Bonsu",
            ),
        ],
    ),
    (  # 5 TV clash (al-): "Ms X said" after, "shot back that" + partial, presenter before a colon
        "Tempers flared on Meridian TV's Sunday Forum as the home affairs minister, Rashid "
        "al-Amin, and the opposition MP Fiona Blackwood clashed over government plans to process "
        "asylum claims on the island of Carrick Rock, 400 miles offshore.\n\n"
        '"This policy is cruel, it is expensive and it will not work," Ms Blackwood said, '
        "pointing to a parliamentary estimate that each claim would cost more than \u00a3180,000 "
        "to process. The first flights to the island are planned for March.\n\n"
        'Mr al-Amin shot back that the opposition had "no plan at all, just slogans".\n\n'
        "After several minutes of crosstalk, the presenter, Tom Haverstock, cut in: \"I'm going "
        "to stop you both there, because nobody watching can hear a word either of you is "
        'saying." The bill returns to parliament for its final reading on Tuesday.',
        [
            (
                D,
                ["This policy is cruel, it is expensive and it will not work"],
                "Fiona Blackwood",
            ),
            (P, ["no plan at all, just slogans"], "Rashid al-Amin"),
            (
                D,
                [
                    "I'm going to stop you both there, because nobody watching can hear a word "
                    "either of you is saying."
                ],
                "Tom Haverstock",
            ),
        ],
    ),
    (  # 6 airline boss on breakfast radio: '"…," said X, the airline's chief executive', guild
        # spokesman -> organisation partial
        "SkyLink will cancel around 400 flights over the Christmas period because of a shortage "
        "of air traffic controllers, affecting an estimated 60,000 passengers. Those booked on "
        "cancelled flights will be contacted by text message before the weekend. It is the second "
        "winter in a row that the airline has had to cut its schedule.\n\n"
        "\u201cI am deeply sorry for every family whose plans we are ruining. But I would rather "
        "cancel now than leave people stranded at the gate on Christmas Eve,\u201d said Siobhan "
        "Kearney, the budget airline's chief executive, speaking on Radio Caledon's Breakfast "
        "Hour on Tuesday.\n\n"
        "A spokesman for the Air Traffic Controllers' Guild said the shortage had been "
        "\u201centirely predictable\u201d and blamed a decade of underinvestment in training. "
        "Staffing at three regional control centres has been below the required level since the "
        "summer.",
        [
            (
                D,
                [
                    "I am deeply sorry for every family whose plans we are ruining. But I would "
                    "rather cancel now than leave people stranded at the gate on Christmas Eve"
                ],
                "Siobhan Kearney",
            ),
            (P, ["entirely predictable"], "Air Traffic Controllers' Guild"),
        ],
    ),
    (  # 7 police chief on community radio: nickname inside reported clause, "he said", "They told
        # reporters" -> council officials
        "Police in Hartwell believe a single burglar, nicknamed the \u201cNight Fox\u201d by "
        "residents, is behind more than 60 break-ins across the city since August, Chief "
        "Constable Andrew MacAllister said on Monday. Most of the targets have been terraced "
        "houses "
        "with rear alleys, and in most cases jewellery and cash were taken while the owners slept "
        "upstairs.\n\n"
        "Speaking on Hartwell Community Radio, the chief constable appealed directly to anyone "
        "buying stolen goods. \u201cSomebody out there is buying this jewellery. Somebody knows "
        "who this man is,\u201d he said. A team of twelve detectives has been assigned to the "
        "case.\n\n"
        "Council officials met worried residents in the Eastgate district that evening. They "
        "told reporters afterwards that extra street lighting would be installed in the "
        "worst-hit streets before Christmas.",
        [
            (
                I,
                [
                    "Police in Hartwell believe a single burglar, nicknamed the \u201cNight "
                    "Fox\u201d "
                    "by residents, is behind more than 60 break-ins across the city since August"
                ],
                "Andrew MacAllister",
            ),
            (
                D,
                ["Somebody out there is buying this jewellery. Somebody knows who this man is"],
                "Andrew MacAllister",
            ),
            (
                I,
                [
                    "extra street lighting would be installed in the worst-hit streets before "
                    "Christmas"
                ],
                "council officials",
            ),
        ],
    ),
    (  # 8 football manager (de) on sports radio: "the Italian" before a colon, pundit "called ...
        # “…”" partial
        "Dunmore City manager Marco de Luca is staying put, despite a run of seven defeats in "
        "eight matches that has left the club one place above the relegation zone. De Luca, 47, "
        "arrived from Italy in the summer on a three-year contract and has spent \u00a314 million "
        "on new players.\n\n"
        "Speaking to SportsTalk 990 after Saturday's 3-0 home defeat by Ravensmoor, the Italian "
        "was defiant: \u201cI did not come here to run away when it gets difficult. The players "
        "are with me. I see it in training every day.\u201d\n\n"
        "Not everyone is convinced. The club's former striker Dean Coldwell, now a pundit on the "
        "station, called the performance \u201cthe worst I have seen from a City side in twenty "
        "years\u201d. The board is due to meet on Thursday.",
        [
            (
                D,
                [
                    "I did not come here to run away when it gets difficult. The players are with "
                    "me. I see it in training every day."
                ],
                "Marco de Luca",
            ),
            (
                P,
                ["the worst I have seen from a City side in twenty years"],
                "Dean Coldwell",
            ),
        ],
    ),
    (  # 9 nutrition scientist on a podcast: "called for" noun object, podcast title trap, ‘ ’
        # inside " ", "asked the host, X"
        "A leading nutrition scientist has called for mandatory warning labels on ultra-processed "
        "food, comparing the industry's marketing to that of tobacco companies in the 1970s. "
        "Such products now make up more than half of the calories in the average adult diet, and "
        "a growing share of what children eat at school.\n\n"
        'Appearing on the health podcast "Inside Out" this week, Dr Hannah Lindqvist of the '
        'Northfield Institute said: "When a packet says \u2018natural\u2019 or '
        "\u2018wholesome\u2019, people believe it. We need the same honesty on the other side of "
        'the box."\n\n'
        '"Isn\'t that the nanny state?" asked the host, Gareth Pryce-Jones.\n\n'
        "Dr Lindqvist has spent fifteen years studying the eating habits of schoolchildren. The "
        "Food and Drink Council, which represents manufacturers, said on Wednesday that warning "
        "labels would confuse shoppers and push up prices.",
        [
            (
                D,
                [
                    "When a packet says \u2018natural\u2019 or \u2018wholesome\u2019, people "
                    "believe "
                    "it. We need the same honesty on the other side of the box."
                ],
                "Hannah Lindqvist",
            ),
            (D, ["Isn't that the nanny state?"], "Gareth Pryce-Jones"),
            (
                I,
                ["warning labels would confuse shoppers and push up prices"],
                "Food and Drink Council",
            ),
        ],
    ),
    (  # 10 senator on a Sunday show: "said on Sunday that", "the two-term senator told X", rival's
        # one-word partial
        "Senator Carmen Delacroix-Webb said on Sunday that she would vote against the defense "
        "spending bill unless it included new oversight of private contractors, putting its "
        "passage in doubt. The $870 billion package has already been delayed twice this "
        "autumn.\n\n"
        "\u201cI'm not going to sign a blank check for companies that can't tell us where the "
        "last one went,\u201d the two-term senator told Bill Trask, host of Meet the Nation.\n\n"
        "The measure needs 60 votes to clear the Senate, and party leaders had hoped to pass it "
        "before the holiday recess. The bill's sponsor, Senator Hal Brenner, dismissed her "
        "demands as \u201cgrandstanding\u201d in a statement released shortly after the "
        "broadcast. Delacroix-Webb, who sits on the armed services committee, has clashed with "
        "her own party's leadership before.",
        [
            (
                I,
                [
                    "she would vote against the defense spending bill unless it included new "
                    "oversight of private contractors"
                ],
                "Carmen Delacroix-Webb",
            ),
            (
                D,
                [
                    "I'm not going to sign a blank check for companies that can't tell us where "
                    "the last one went"
                ],
                "Carmen Delacroix-Webb",
            ),
            (P, ["grandstanding"], "Hal Brenner"),
        ],
    ),
    (  # 11 bank economist (ben) on business TV: "according to" mid-sentence, several sentences then
        # "Mr X said"
        "House prices fell for a fourth consecutive month in October, according to the Lenders' "
        "Association, with the sharpest falls in the south-east and in university towns. The "
        "average home now costs \u00a3271,400, about \u00a39,000 less than in the spring. Mortgage "
        "rates have eased slightly since the summer, and the number of homes for sale is at its "
        "highest level for six years.\n\n"
        "Samir ben Youssef, chief economist at Harcourt Bank, was relaxed about the figures when "
        "he appeared on Channel 6's Business Tonight. His bank is one of the country's five "
        "largest mortgage lenders.\n\n"
        "\u201cPrices went up far too fast during the pandemic. What we are seeing now is the "
        "market catching its breath. If you are a first-time buyer, frankly, this is good "
        "news,\u201d Mr ben Youssef said.",
        [
            (
                I,
                ["House prices fell for a fourth consecutive month in October"],
                "Lenders' Association",
            ),
            (
                D,
                [
                    "Prices went up far too fast during the pandemic. What we are seeing now is "
                    "the "
                    "market catching its breath. If you are a first-time buyer, frankly, this is "
                    "good news"
                ],
                "Samir ben Youssef",
            ),
        ],
    ),
    (  # 12 mayor's phone-in: caller "told the mayor that", '"A," the mayor replied. "B."' two
        # quotes
        "Mayor Olusegun Adeyemi-Clarke faced an hour of questions from listeners on Radio "
        "Kestrel's weekly phone-in on Thursday, most of them about the low-traffic zones "
        "introduced in three districts in September. The scheme closes 14 residential streets to "
        "through traffic at peak times.\n\n"
        "One caller, a taxi driver who gave his name only as Terry, told the mayor that a journey "
        "that used to take him ten minutes now took forty.\n\n"
        "\u201cI hear you, Terry, and I'm not going to pretend it has been perfect,\u201d the "
        "mayor replied. \u201cBut air pollution outside our schools is down by a third. I think "
        "that is worth a bit of traffic.\u201d\n\n"
        "The zones will be reviewed by the council's transport committee in January, after a "
        "six-month consultation that drew more than 9,000 responses.",
        [
            (I, ["a journey that used to take him ten minutes now took forty"], "Terry"),
            (
                D,
                ["I hear you, Terry, and I'm not going to pretend it has been perfect"],
                "Olusegun Adeyemi-Clarke",
            ),
            (
                D,
                [
                    "But air pollution outside our schools is down by a third. I think that is "
                    "worth a bit of traffic."
                ],
                "Olusegun Adeyemi-Clarke",
            ),
        ],
    ),
    (  # 13 foreign minister (al-) on radio: "said ... that", dashes as parentheses + "accused ...
        # of" partial, spokeswoman by apposition
        "The foreign minister of Qadira, Tariq al-Mansouri, said on Wednesday that his government "
        "was ready to reopen the Bab el-Salam border crossing to aid convoys within days if the "
        "ceasefire held. The truce, agreed on Sunday, has largely held despite sporadic shelling "
        "in the north. Talks on a permanent settlement are due to resume next week.\n\n"
        "In an interview with Radio Levant International, Mr al-Mansouri \u2014 who has led his "
        "country's delegation at the talks in Port Aleron since October \u2014 accused the rebel "
        "alliance of \u201cplaying games with people's lives\u201d.\n\n"
        "A spokeswoman for the World Relief Agency, Ingrid Solberg, said: \u201cWe have 300 trucks "
        "waiting at the border. Every day of delay costs lives.\u201d More than 200,000 people "
        "have been displaced by the fighting since the spring.",
        [
            (
                I,
                [
                    "his government was ready to reopen the Bab el-Salam border crossing to aid "
                    "convoys within days if the ceasefire held"
                ],
                "Tariq al-Mansouri",
            ),
            (P, ["playing games with people's lives"], "Tariq al-Mansouri"),
            (
                D,
                ["We have 300 trucks waiting at the border. Every day of delay costs lives."],
                "Ingrid Solberg",
            ),
        ],
    ),
    (  # 14 facial recognition on TV news: "it said" -> organisation, director by apposition before
        # a colon, police reply after
        "Open Rights Watch, a privacy group, has been monitoring a facial recognition trial by "
        "Ashbury police since March. The trial uses cameras mounted on vans parked in busy "
        "shopping streets. In a report published on Monday, it said the system wrongly "
        "flagged black men at five times the rate of white men.\n\n"
        "Appearing on Channel 6 News alongside Deputy Chief Constable Paul Renshaw, the group's "
        "director, Amira Hassan-Doyle, said: \u201cThis is not a glitch. It is a system that was "
        "tested on the wrong people, and now the wrong people are paying for it.\u201d\n\n"
        "\u201cIf there is a problem, we will find it and we will fix it,\u201d Mr Renshaw "
        "replied. The trial is due to end in February, when the force will decide whether to "
        "extend the cameras to the rest of the county.",
        [
            (
                I,
                ["the system wrongly flagged black men at five times the rate of white men"],
                "Open Rights Watch",
            ),
            (
                D,
                [
                    "This is not a glitch. It is a system that was tested on the wrong people, and "
                    "now the wrong people are paying for it."
                ],
                "Amira Hassan-Doyle",
            ),
            (D, ["If there is a problem, we will find it and we will fix it"], "Paul Renshaw"),
        ],
    ),
    (  # 15 steel boss and union on the same programme: "told X that", '"A," he said, "b."' one
        # quote, "she said" after
        "Dieter Ostrowski, the chief executive of Caldor Steel, told Radio Caledon's Business "
        "Hour on Tuesday that the blast furnace in Port Tavy would close by the end of next year. "
        "About 1,100 jobs are at risk at the site and among its suppliers. The plant has been "
        "making steel since 1927.\n\n"
        '"Nobody wants this," he said, "but we lose a million pounds a week on that site, and '
        'no business can survive that for long."\n\n'
        "Hours later, on the same programme, the general secretary of the Steelworkers' "
        'Federation, Gwen Pritchard-Lloyd, was scathing. "They have had ten years to invest in '
        'that furnace. They chose to pay dividends instead," she said. A government taskforce '
        "will meet in Port Tavy on Friday to discuss support for workers and local "
        "businesses.",
        [
            (
                I,
                ["the blast furnace in Port Tavy would close by the end of next year"],
                "Dieter Ostrowski",
            ),
            (
                D,
                [
                    "Nobody wants this",
                    "but we lose a million pounds a week on that site, and no business can survive "
                    "that for long.",
                ],
                "Dieter Ostrowski",
            ),
            (
                D,
                [
                    "They have had ten years to invest in that furnace. They chose to pay "
                    "dividends instead"
                ],
                "Gwen Pritchard-Lloyd",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout53.jsonl"),
        "heldout53",
        "h53",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
