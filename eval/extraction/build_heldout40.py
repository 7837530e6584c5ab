"""Source of the fortieth held-out set: writes heldout40.jsonl (split "heldout40").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like foreign-desk wire copy: ceasefires, summits, sanctions, elections abroad, army statements
and humanitarian agencies, with ministries, spokespeople, militias, NGOs and UN agencies speaking.
Measured once before (extractor 0.3.0) and once with extractor 0.17.0 (docs/EXTRACTION.md),
unread; then read for 0.18.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout40.py
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
    (  # 1 ceasefire: no-break spaces, "Le diplomate a précisé que", l'état-major partial
        "Korvath — Un cessez-le-feu de soixante-douze heures est entré en vigueur dimanche à "
        "minuit dans la province de Varessa, après trois semaines de combats entre l'armée "
        "régulière et les Brigades du Levant-Nord qui ont fait au moins 340 morts.\n\n"
        "«\u00a0Les armes se sont tues sur l'ensemble de la ligne de front, et nous espérons que "
        "ce silence durera au-delà de mercredi\u00a0», a déclaré lundi matin le médiateur de "
        "l'Union sahélo-méditerranéenne, Ousmane Kéita-Brault, depuis la capitale. Le diplomate "
        "a précisé que des observateurs seraient déployés dans six localités d'ici jeudi.\n\n"
        "Le porte-parole des Brigades du Levant-Nord, Hamid Zerrouki, a toutefois affirmé que "
        "l'armée avait bombardé un village proche de Tell Assar quelques minutes après minuit. "
        "L'état-major a démenti, évoquant dans un communiqué «\u00a0des tirs isolés de groupes "
        "incontrôlés\u00a0».\n\n"
        "Les agences humanitaires attendent l'ouverture de deux corridors pour acheminer de la "
        "nourriture vers quelque 90\u00a0000 déplacés, dont un tiers d'enfants.",
        [
            (
                D,
                [
                    "Les armes se sont tues sur l'ensemble de la ligne de front, et nous espérons "
                    "que ce silence durera au-delà de mercredi"
                ],
                "Ousmane Kéita-Brault",
            ),
            (
                I,
                ["des observateurs seraient déployés dans six localités d'ici jeudi"],
                "Ousmane Kéita-Brault",
            ),
            (
                I,
                [
                    "l'armée avait bombardé un village proche de Tell Assar quelques minutes après minuit"
                ],
                "Hamid Zerrouki",
            ),
            (P, ["des tirs isolés de groupes incontrôlés"], "état-major"),
        ],
    ),
    (  # 2 summit: narrow no-break spaces, nickname in marks, speaker in the next sentence
        "Lenvar — Le sommet de l'Alliance du bassin oriental s'est achevé mardi soir sans accord "
        "sur le partage des eaux de la Mérane, ce fleuve que la presse régionale surnomme depuis "
        "des années «\u202fle fleuve de la discorde\u202f».\n\n"
        "«\u202fNous avons rapproché nos positions sur les débits d'été, mais pas sur la gestion "
        "des barrages. Il faudra revenir à la table avant la saison sèche.\u202f»\n\n"
        "C'est en ces termes que la ministre des Affaires étrangères de l'Ostrévie, Lidia "
        "Maranescu, a résumé les discussions devant la presse. Son homologue du Kesmir, pays "
        "situé en aval, s'est montré plus sévère\u202f: Tomas Vialek a reproché à l'Ostrévie de "
        "«\u202fconfisquer une ressource commune\u202f».\n\n"
        "«\u202fL'Ostrévie n'a pas construit ses barrages contre qui que ce soit, a rétorqué "
        "Mme Maranescu en fin de soirée. Elle les a construits pour éclairer ses villes.\u202f»\n\n"
        "Selon un diplomate présent à Lenvar, une nouvelle réunion technique pourrait se tenir "
        "en février, sous l'égide de la Banque régionale de développement.",
        [
            (
                D,
                [
                    "Nous avons rapproché nos positions sur les débits d'été, mais pas sur la "
                    "gestion des barrages. Il faudra revenir à la table avant la saison sèche."
                ],
                "Lidia Maranescu",
            ),
            (P, ["confisquer une ressource commune"], "Tomas Vialek"),
            (
                D,
                [
                    "L'Ostrévie n'a pas construit ses barrages contre qui que ce soit",
                    "Elle les a construits pour éclairer ses villes.",
                ],
                "Lidia Maranescu",
            ),
            (
                I,
                [
                    "une nouvelle réunion technique pourrait se tenir en février, sous l'égide de "
                    "la Banque régionale de développement"
                ],
                "diplomate",
            ),
        ],
    ),
    (  # 3 sanctions: « » without spaces, "Elle a fait savoir que", "D'après" an institute
        "Le Conseil des ministres de la Ligue atlantique-sud a adopté vendredi un nouveau train "
        "de sanctions contre le régime de Dastan, visant quarante-deux responsables militaires et "
        "trois banques publiques accusées de financer l'achat de drones.\n\n"
        "«Ces mesures ne visent pas le peuple dastanais, mais ceux qui l'affament pour s'armer», "
        "a insisté la haute représentante de la Ligue, Marguerite Oyono-Delval, en annonçant la "
        "décision. Elle a fait savoir que des exemptions seraient maintenues pour les "
        "importations de médicaments et de céréales.\n\n"
        "À Dastan, le ministère des Affaires étrangères a dénoncé dans la soirée un «acte de "
        "guerre économique» et promis des représailles."
        "\n\n"
        "D'après l'Observatoire des embargos, un institut indépendant basé à Lisvane, il s'agit "
        "du onzième paquet de mesures adopté depuis 2023. Les avoirs gelés atteindraient "
        "désormais 6,8 milliards de dollars.",
        [
            (
                D,
                [
                    "Ces mesures ne visent pas le peuple dastanais, mais ceux qui l'affament pour s'armer"
                ],
                "Marguerite Oyono-Delval",
            ),
            (
                I,
                [
                    "des exemptions seraient maintenues pour les importations de médicaments et de céréales"
                ],
                "Marguerite Oyono-Delval",
            ),
            (P, ["acte de guerre économique"], "ministère des Affaires étrangères"),
            (
                I,
                ["il s'agit du onzième paquet de mesures adopté depuis 2023"],
                "Observatoire des embargos",
            ),
        ],
    ),
    (  # 4 election: “ ” in French, quote over two paragraphs, "le chef de l'État", pronoun
        "Morvane — La commission électorale du Saldor a proclamé jeudi la réélection du "
        "président sortant, Anselme Dakouo, avec 58,3 % des voix au premier tour, un score "
        "aussitôt contesté par l'opposition.\n\n"
        "“Ce scrutin a été volé dans les bureaux de vote de l'intérieur du pays, où nos "
        "assesseurs ont été chassés avant le dépouillement. Nous avons des photos, des "
        "procès-verbaux, des témoins.\n\n"
        "“Nous les déposerons lundi devant la Cour constitutionnelle”, a affirmé la candidate "
        "arrivée deuxième, Fatoumata Sissoko-Ravel, lors d'une conférence de presse au siège de "
        "son parti.\n\n"
        "La Communauté des États riverains (CER), qui avait déployé 120 observateurs, a relevé "
        "pour sa part “des irrégularités qui ne remettent pas en cause l'issue du vote”.\n\n"
        "Dans un bref message à la nation, le chef de l'État a appelé ses compatriotes au calme. "
        "“Le Saldor a voté, le Saldor doit maintenant travailler”, a-t-il lancé. Il a assuré "
        "que les dirigeants de l'opposition seraient reçus au palais la semaine prochaine.",
        [
            (
                D,
                [
                    "Ce scrutin a été volé dans les bureaux de vote de l'intérieur du pays, où nos "
                    "assesseurs ont été chassés avant le dépouillement. Nous avons des photos, des "
                    "procès-verbaux, des témoins.",
                    "Nous les déposerons lundi devant la Cour constitutionnelle",
                ],
                "Fatoumata Sissoko-Ravel",
            ),
            (
                P,
                ["des irrégularités qui ne remettent pas en cause l'issue du vote"],
                "Communauté des États riverains",
            ),
            (D, ["Le Saldor a voté, le Saldor doit maintenant travailler"], "Anselme Dakouo"),
            (
                I,
                ["les dirigeants de l'opposition seraient reçus au palais la semaine prochaine"],
                "Anselme Dakouo",
            ),
        ],
    ),
    (  # 5 army retakes a town: "a affirmé avoir", colonel, NGO coordinator after the quote
        "Le ministère de la Défense du Tarkhan a affirmé mercredi avoir repris le contrôle de la "
        "ville frontalière d'Ouzal, tombée aux mains des rebelles du Front de l'Aube en juin.\n\n"
        "« Ouzal est libre. Nos unités sécurisent désormais les quartiers nord, où des mines ont "
        "été posées jusque dans les écoles », a indiqué le porte-parole de l'armée, le colonel "
        "Bakhtiyar Osmonov, lors d'un point de presse retransmis à la télévision.\n\n"
        "Le Front de l'Aube n'a pas réagi dans l'immédiat. Sur les réseaux sociaux, un de ses "
        "commandants a parlé d'un « repli tactique ».\n\n"
        "L'ONG Médecins de l'urgence, qui gère le seul hôpital encore ouvert de la ville, "
        "s'inquiète du sort des civils. « Nous n'avons reçu aucun blessé depuis trois jours, ce "
        "qui n'est pas une bonne nouvelle : cela veut dire que personne ne peut venir jusqu'à "
        "nous », explique sa coordinatrice, Hélène Vasseur-Ndiaye. Elle réclame l'ouverture d'un "
        "couloir sanitaire sous l'égide de la Croix-Verte internationale.",
        [
            (
                I,
                [
                    "avoir repris le contrôle de la ville frontalière d'Ouzal, tombée aux mains des "
                    "rebelles du Front de l'Aube en juin"
                ],
                "ministère de la Défense du Tarkhan",
            ),
            (
                D,
                [
                    "Ouzal est libre. Nos unités sécurisent désormais les quartiers nord, où des "
                    "mines ont été posées jusque dans les écoles"
                ],
                "Bakhtiyar Osmonov",
            ),
            (P, ["repli tactique"], "commandant"),
            (
                D,
                [
                    "Nous n'avons reçu aucun blessé depuis trois jours, ce qui n'est pas une bonne "
                    "nouvelle : cela veut dire que personne ne peut venir jusqu'à nous"
                ],
                "Hélène Vasseur-Ndiaye",
            ),
        ],
    ),
    (  # 6 famine warning: agency "a averti que", colon intro, incise without marks + partial
        "Tessalie — L'Agence des Nations unies pour l'alimentation d'urgence (ANUAU) a averti "
        "lundi que près de 1,2\u00a0million de personnes risquaient la famine d'ici au printemps "
        "dans l'est du Karvan. Les convois n'y passent plus depuis septembre.\n\n"
        "Sa directrice régionale, Ingrid Solberg-Amadou, a été sans détour\u00a0: «\u00a0Nous "
        "avons les stocks, nous avons les camions, il ne nous manque que l'autorisation de "
        "passer. Chaque semaine perdue se paiera en vies d'enfants.\u00a0»\n\n"
        "Interrogé par notre correspondant, le vice-ministre karvanais de l'Intérieur, Dmitri "
        "Oreshkin, a rejeté toute responsabilité. Les restrictions, a-t-il dit, visent "
        "uniquement à empêcher «\u00a0l'infiltration d'armes sous couvert d'aide\u00a0». Il a "
        "ajouté que le gouvernement était prêt à escorter lui-même les convois à partir de la "
        "mi-décembre.\n\n"
        "Le Conseil de sécurité doit se réunir jeudi à huis clos pour examiner la situation.",
        [
            (
                I,
                [
                    "près de 1,2\u00a0million de personnes risquaient la famine d'ici au printemps "
                    "dans l'est du Karvan"
                ],
                "Agence des Nations unies pour l'alimentation d'urgence",
            ),
            (
                D,
                [
                    "Nous avons les stocks, nous avons les camions, il ne nous manque que "
                    "l'autorisation de passer. Chaque semaine perdue se paiera en vies d'enfants."
                ],
                "Ingrid Solberg-Amadou",
            ),
            (P, ["l'infiltration d'armes sous couvert d'aide"], "Dmitri Oreshkin"),
            (
                I,
                [
                    "le gouvernement était prêt à escorter lui-même les convois à partir de la mi-décembre"
                ],
                "Dmitri Oreshkin",
            ),
        ],
    ),
    (  # 7 hostages freed: two separate quotes same speaker, book title, partial after qu'
        "Les quatre humanitaires enlevés en mars dans le nord du Baïral ont été libérés dans la "
        "nuit de samedi à dimanche et sont arrivés à l'aéroport de Sidra en fin de matinée. "
        "Parmi eux figure le photographe Julien Mercadier, auteur de «Les Routes du sel», un "
        "recueil remarqué sur les caravanes du désert.\n\n"
        "«Ils sont fatigués, amaigris, mais en bonne santé», a confié à la presse le ministre "
        "baïrien des Affaires étrangères, Youssef Benhalima. «Je veux remercier tous ceux qui, "
        "dans l'ombre, ont travaillé à ce dénouement.»\n\n"
        "Le ministre s'est refusé à tout commentaire sur une éventuelle rançon. Le porte-parole "
        "du gouvernement, Karim Aït-Lounès, a assuré dimanche soir à la télévision publique "
        "qu'«aucun argent public» n'avait été versé.\n\n"
        "L'organisation qui employait les otages, Solidarités Sahel, a exprimé dans un "
        "communiqué son soulagement : «Nous retrouvons nos collègues après 211 jours "
        "d'angoisse.» Elle a annoncé la suspension de ses activités dans la région.",
        [
            (D, ["Ils sont fatigués, amaigris, mais en bonne santé"], "Youssef Benhalima"),
            (
                D,
                ["Je veux remercier tous ceux qui, dans l'ombre, ont travaillé à ce dénouement."],
                "Youssef Benhalima",
            ),
            (P, ["aucun argent public"], "Karim Aït-Lounès"),
            (D, ["Nous retrouvons nos collègues après 211 jours d'angoisse."], "Solidarités Sahel"),
        ],
    ),
    (  # 8 junta timetable: "Pour X, « … »", event name in marks, "a fait savoir qu'"
        "Kessoum — La junte au pouvoir au Dembara depuis le coup d'État de février a présenté "
        "mardi un calendrier de transition prévoyant une élection présidentielle en octobre "
        "2028, soit deux ans plus tard que promis.\n\n"
        "«\u00a0La sécurité passe avant les urnes. On ne vote pas sous les balles\u00a0», a "
        "martelé le chef de la junte, le général Issa Kountché-Bâ, devant les ambassadeurs "
        "réunis au palais. Les «\u00a0assises de la refondation\u00a0», présentées par le pouvoir "
        "comme une vaste consultation populaire, se sont tenues sans les principaux partis.\n\n"
        "Pour l'ancien Premier ministre Moussa Diabaté, aujourd'hui en exil, «\u00a0ce "
        "calendrier n'est qu'un bail de plus accordé aux militaires\u00a0».\n\n"
        "L'Union des États de la Volta (UEV) a fait savoir qu'elle examinerait le calendrier "
        "lors de son sommet du 12 décembre, sans exclure de nouvelles sanctions. Le ministre de "
        "la Communication, Abdoulaye Sanogo-Tall, a rétorqué que le Dembara ne se laisserait pas "
        "dicter son agenda par ses voisins.",
        [
            (
                D,
                ["La sécurité passe avant les urnes. On ne vote pas sous les balles"],
                "Issa Kountché-Bâ",
            ),
            (
                D,
                ["ce calendrier n'est qu'un bail de plus accordé aux militaires"],
                "Moussa Diabaté",
            ),
            (
                I,
                [
                    "elle examinerait le calendrier lors de son sommet du 12 décembre, sans exclure "
                    "de nouvelles sanctions"
                ],
                "Union des États de la Volta",
            ),
            (
                I,
                ["le Dembara ne se laisserait pas dicter son agenda par ses voisins"],
                "Abdoulaye Sanogo-Tall",
            ),
        ],
    ),
    (  # 9 peace talks: colon intro, quote over two paragraphs (narrow nbsp), "a-t-elle tranché"
        "Dorvik — Les pourparlers entre le gouvernement du Lessany et les milices de l'Alliance "
        "des collines ont repris jeudi dans la station balnéaire de Port-Amaury, après une "
        "interruption de six semaines. Les deux camps se sont entendus sur un ordre du jour en "
        "trois points\u202f: le retrait des armes lourdes, le sort des prisonniers et le retour "
        "des déplacés.\n\n"
        "À l'issue de la première séance, le négociateur en chef des milices, Gabriel "
        "Nkurunziza-Lambert, s'est adressé aux journalistes massés devant l'hôtel\u202f: "
        "«\u202fNous ne sommes pas venus ici pour signer n'importe quoi. Nos combattants "
        "n'abandonneront pas les collines tant que leurs villages resteront sous la menace des "
        "drones.\n\n"
        "«\u202fMais je le dis clairement\u202f: si le gouvernement tient parole sur les "
        "prisonniers, nous ferons un geste dès la semaine prochaine.\u202f»\n\n"
        "Côté gouvernemental, la délégation est conduite par la ministre de la Réconciliation, "
        "Aïssatou Mbemba. «\u202fLe temps des préalables est passé\u202f», a-t-elle tranché, "
        "avant de regagner la capitale en hélicoptère.\n\n"
        "Les médiateurs espèrent un premier accord écrit d'ici à la fin du mois.",
        [
            (
                D,
                [
                    "Nous ne sommes pas venus ici pour signer n'importe quoi. Nos combattants "
                    "n'abandonneront pas les collines tant que leurs villages resteront sous la "
                    "menace des drones.",
                    "Mais je le dis clairement\u202f: si le gouvernement tient parole sur les "
                    "prisonniers, nous ferons un geste dès la semaine prochaine.",
                ],
                "Gabriel Nkurunziza-Lambert",
            ),
            (D, ["Le temps des préalables est passé"], "Aïssatou Mbemba"),
        ],
    ),
    (  # 10 peacekeepers killed: « A, a souligné X. B. », militia name in marks
        "Bangassi — La Mission des Nations unies pour la stabilisation du Haut-Ménou (Minuhm) a "
        "confirmé samedi la mort de deux casques bleus, tués la veille par l'explosion d'un "
        "engin artisanal au passage de leur convoi près de Kalembo.\n\n"
        "«\u00a0Nos collègues escortaient un chargement de vaccins. Ils sont morts en protégeant "
        "des civils, a souligné la porte-parole de la Mission, Nadia Ferhat-Okonjo, lors d'un "
        "point de presse. Rien ne justifie une telle attaque.\u00a0»\n\n"
        "Aucun groupe n'a revendiqué l'attentat. Les autorités locales accusent depuis des mois "
        "les «\u00a0Fils du fleuve\u00a0», une milice implantée dans la zone, de poser des mines "
        "sur les routes de la province.\n\n"
        "Le gouverneur de la province, Albert Mabiala, a décrété trois jours de deuil. "
        "«\u00a0Kalembo ne se laissera pas terroriser\u00a0», a-t-il écrit sur son compte "
        "officiel. Depuis le début de l'année, onze soldats de la paix ont été tués dans le "
        "Haut-Ménou.",
        [
            (
                D,
                [
                    "Nos collègues escortaient un chargement de vaccins. Ils sont morts en "
                    "protégeant des civils",
                    "Rien ne justifie une telle attaque.",
                ],
                "Nadia Ferhat-Okonjo",
            ),
            (D, ["Kalembo ne se laissera pas terroriser"], "Albert Mabiala"),
        ],
    ),
    (  # 11 refugees: noun-object trap, "a-t-elle poursuivi" a sentence later, ministry indirect
        "Plus de 14\u00a0000 personnes ont franchi en une semaine la frontière entre le Sarvan "
        "et la Moldérie, fuyant l'offensive lancée par l'armée sarvane contre la région "
        "autonome de Tazrit. Dans le camp de transit d'Ilva, prévu pour 3\u00a0000 réfugiés, "
        "les tentes manquent et la température tombe sous zéro la nuit.\n\n"
        "La responsable de l'ONG Refuge sans frontières en Moldérie, Katarina Domić, y est "
        "arrivée mercredi avec une équipe médicale. Elle décrit des familles épuisées, des "
        "enfants souffrant de gelures, des personnes âgées portées sur des brancards de "
        "fortune. «Ce que nous voyons ici dépasse tout ce que nous avions prévu. Il nous faut "
        "des couvertures, du carburant pour les poêles, et il nous les faut avant le "
        "week-end», a-t-elle poursuivi.\n\n"
        "Le ministère moldère de l'Intérieur a indiqué qu'un second camp serait ouvert lundi "
        "près de la ville de Brezno. «Nous accueillerons tous ceux qui fuient, sans exception», "
        "a assuré de son côté le Premier ministre, Viktor Salnikas.",
        [
            (
                D,
                [
                    "Ce que nous voyons ici dépasse tout ce que nous avions prévu. Il nous faut des "
                    "couvertures, du carburant pour les poêles, et il nous les faut avant le "
                    "week-end"
                ],
                "Katarina Domić",
            ),
            (
                I,
                ["un second camp serait ouvert lundi près de la ville de Brezno"],
                "ministère moldère de l'Intérieur",
            ),
            (D, ["Nous accueillerons tous ceux qui fuient, sans exception"], "Viktor Salnikas"),
        ],
    ),
    (  # 12 diplomats expelled: ministry speaks in a communiqué, film title in marks
        "Le ministère des Affaires étrangères du Valdren a annoncé mardi l'expulsion de trois "
        "diplomates de l'ambassade du Korsland, accusés d'avoir recruté des informateurs au "
        "sein de l'administration portuaire.\n\n"
        "« Ces agissements sont incompatibles avec leur statut et constituent une ingérence "
        "caractérisée dans nos affaires intérieures », indique le ministère dans un "
        "communiqué. Les intéressés ont soixante-douze heures pour quitter le territoire.\n\n"
        "L'affaire a fait sourire dans la capitale, où le thriller d'espionnage « Le Port des "
        "ombres » remplit les salles depuis un mois.\n\n"
        "À Korsgrad, l'ambassadeur du Valdren a été convoqué dans la soirée. « Nous répondrons "
        "de manière symétrique. Ce n'est pas nous qui avons choisi l'escalade », a déclaré le "
        "vice-ministre korslandais des Affaires étrangères, Piotr Zamoyski, cité par l'agence "
        "officielle. Les deux pays avaient déjà échangé des expulsions en 2024, à la suite "
        "d'une affaire de câbles sous-marins endommagés.",
        [
            (
                D,
                [
                    "Ces agissements sont incompatibles avec leur statut et constituent une "
                    "ingérence caractérisée dans nos affaires intérieures"
                ],
                "ministère des Affaires étrangères du Valdren",
            ),
            (
                D,
                [
                    "Nous répondrons de manière symétrique. Ce n'est pas nous qui avons choisi "
                    "l'escalade"
                ],
                "Piotr Zamoyski",
            ),
        ],
    ),
    (  # 13 referendum: "l'élu", "le maire" resolved, noun-object trap
        "Les électeurs de la région de Haute-Calvéa se prononcent dimanche par référendum sur "
        "un statut d'autonomie élargie, un scrutin que le gouvernement central juge illégal.\n\n"
        "Le maire de Sarnay, Joan Ferrater-Puig, figure de proue du camp autonomiste, a tenu "
        "samedi son dernier meeting devant plusieurs milliers de personnes. «\u00a0Demain, "
        "personne ne votera contre quelqu'un. Nous voterons pour nous-mêmes\u00a0», a lancé "
        "l'élu sous les applaudissements.\n\n"
        "Le ministre de la Justice, Ramón Escrivá, a rappelé vendredi l'existence de sanctions "
        "pénales pour tout fonctionnaire participant à l'organisation du vote.\n\n"
        "Plus tard dans la soirée, le maire a répondu aux menaces de poursuites\u00a0: "
        "«\u00a0Qu'ils viennent me chercher à la mairie. Je serai à mon bureau lundi matin, "
        "comme tous les lundis.\u00a0»\n\n"
        "Les premiers résultats sont attendus dimanche vers 22 heures.",
        [
            (
                D,
                ["Demain, personne ne votera contre quelqu'un. Nous voterons pour nous-mêmes"],
                "Joan Ferrater-Puig",
            ),
            (
                D,
                [
                    "Qu'ils viennent me chercher à la mairie. Je serai à mon bureau lundi matin, "
                    "comme tous les lundis."
                ],
                "Joan Ferrater-Puig",
            ),
        ],
    ),
    (  # 14 naval standoff: organisation speakers, "Réponse de X : « … »"
        "Un patrouilleur de la garde côtière d'Aldérie et une frégate montavienne se sont "
        "brièvement fait face dimanche dans le détroit de Sélinunte, où les deux pays se "
        "disputent depuis des décennies un chapelet d'îlots inhabités.\n\n"
        "«Notre bâtiment a été approché à moins de 300 mètres, de manière dangereuse et sans "
        "aucune sommation», a dénoncé lundi la Garde côtière aldérienne dans un communiqué "
        "accompagné d'une vidéo de l'incident.\n\n"
        "Réponse des Forces navales de Montavie quelques heures plus tard : «Nos marins ont agi "
        "conformément au droit international, dans nos eaux territoriales, et continueront de "
        "le faire.»\n\n"
        "L'incident, le troisième depuis le printemps, intervient alors que les deux capitales "
        "doivent reprendre en janvier des discussions sur la délimitation de leurs frontières "
        "maritimes. Les pêcheurs de la région, eux, évitent désormais la zone.",
        [
            (
                D,
                [
                    "Notre bâtiment a été approché à moins de 300 mètres, de manière dangereuse et "
                    "sans aucune sommation"
                ],
                "Garde côtière aldérienne",
            ),
            (
                D,
                [
                    "Nos marins ont agi conformément au droit international, dans nos eaux "
                    "territoriales, et continueront de le faire."
                ],
                "Forces navales de Montavie",
            ),
        ],
    ),
    (  # 15 prisoner exchange: “ ” in French, relative's colon intro
        "Deux cent douze prisonniers ont été échangés vendredi entre la Montavie et les "
        "séparatistes de la République du Drezan, lors de la plus importante opération de ce "
        "type depuis le début du conflit. Les bus ont franchi la ligne de démarcation au poste "
        "de Kalnik peu avant midi, sous la supervision du Comité international de secours.\n\n"
        "“Certains de ces hommes étaient détenus depuis quatre ans sans que leurs familles "
        "sachent s'ils étaient vivants”, a rappelé le chef de délégation du Comité, Matthias "
        "Erlenbach.\n\n"
        "Les familles attendaient depuis l'aube derrière les barrières. Parmi elles, Olena "
        "Vasylivna, venue de Rivno pour retrouver son fils\u00a0: “Je ne l'ai reconnu qu'à sa "
        "démarche. Il a perdu vingt kilos.”\n\n"
        "Un nouvel échange pourrait avoir lieu avant la fin de l'année.",
        [
            (
                D,
                [
                    "Certains de ces hommes étaient détenus depuis quatre ans sans que leurs "
                    "familles sachent s'ils étaient vivants"
                ],
                "Matthias Erlenbach",
            ),
            (
                D,
                ["Je ne l'ai reconnu qu'à sa démarche. Il a perdu vingt kilos."],
                "Olena Vasylivna",
            ),
        ],
    ),
]
EN: list[Item] = [
    (  # 1 truce breached: army indirect, "A," X told. "B." two quotes
        "TELVANA — Heavy shelling resumed overnight along the northern front in Qaradesh, less "
        "than 48 hours after a truce brokered by the Coastal States Forum was meant to take "
        "effect.\n\n"
        "The National Defence Army said its positions near the town of Harran had come under "
        "rocket fire shortly after 2 a.m. on Tuesday.\n\n"
        "“We did not fire first, and we will not be the last to stop,” its spokesman, "
        "Brigadier General Tarek Haddad, told reporters in the capital. “The other side has "
        "used the truce to move its artillery forward.”\n\n"
        "The rebel Free Hills Movement did not respond to requests for comment. More than "
        "1,300 people have been killed since fighting broke out in March, and the Forum's "
        "envoys were due to meet both sides in Telvana on Thursday in an attempt to salvage "
        "the agreement.",
        [
            (
                I,
                [
                    "its positions near the town of Harran had come under rocket fire shortly after 2 a.m. on Tuesday"
                ],
                "National Defence Army",
            ),
            (D, ["We did not fire first, and we will not be the last to stop"], "Tarek Haddad"),
            (
                D,
                ["The other side has used the truce to move its artillery forward."],
                "Tarek Haddad",
            ),
        ],
    ),
    (  # 2 summit: communiqué partial, host's colon-introduced quote
        "ARDMORE — Leaders of the nine-nation Northern Rim Council ended a two-day summit on "
        "Friday without condemning outright Velgrad's troop build-up on its western border. The "
        'council\'s final communiqué said member states were "deeply concerned" by the '
        "deployments, wording that was a concession to two members whose economies depend "
        "heavily on Velgrad gas.\n\n"
        "The summit's host, Prime Minister Ingrid Halvorsen of Norrland, was more direct when "
        'she met reporters afterwards: "Nobody in this room believes those soldiers are there '
        'for exercises. We have said so to Velgrad, in private and now in public."\n\n'
        "Velgrad's foreign ministry did not immediately comment. Satellite images published "
        "this week show at least 40,000 troops within 50 kilometres of the frontier. The "
        "council is due to meet again in Ardmore in March.",
        [
            (P, ["deeply concerned"], "Northern Rim Council"),
            (
                D,
                [
                    "Nobody in this room believes those soldiers are there for exercises. We have "
                    "said so to Velgrad, in private and now in public."
                ],
                "Ingrid Halvorsen",
            ),
        ],
    ),
    (  # 3 sanctions: one quote split by an incise, ambassador indirect
        "The Treasury of the Republic of Calder on Tuesday froze the assets of fourteen "
        "companies it accuses of helping the government of Osmara evade an oil embargo by "
        "shipping crude through a web of shell firms in the free port of Zaria.\n\n"
        '"These are not innocent middlemen," Treasury Secretary Miriam Okafor-Lund said, '
        '"they are the plumbing of a war economy, and we intend to shut it off."\n\n'
        "Osmara's ambassador to the Council of Nations, Farid Alizadeh, called the measures "
        "illegal and said his country would challenge them before the council's trade "
        "tribunal.\n\n"
        "Shipping data compiled by brokers nonetheless suggests that Osmaran exports have risen "
        "by a fifth since January, much of the oil ending up in refineries on the eastern "
        "coast.",
        [
            (
                D,
                [
                    "These are not innocent middlemen",
                    "they are the plumbing of a war economy, and we intend to shut it off.",
                ],
                "Miriam Okafor-Lund",
            ),
            (
                I,
                ["his country would challenge them before the council's trade tribunal"],
                "Farid Alizadeh",
            ),
        ],
    ),
    (  # 4 run-off: partial "a farce", nickname in marks, quote over two paragraphs
        "PORT SAVIN — Opposition leader Daniel Mwangaza on Sunday called the presidential "
        'run-off "a farce", hours before polls opened across Kivara.\n\n'
        'President Célestin Mbarga, known to his supporters as "the Old Lion", is seeking a '
        "third term. He cast his ballot in his home village of Ekondo and spoke to state "
        "television afterwards.\n\n"
        '"The people of Kivara are not afraid of elections. They have voted in peace today, as '
        "they always have, whatever those who sit in hotels abroad may say.\n\n"
        '"This boycott exists only on the internet," he said.\n\n'
        "Election officials put turnout at midday at 31 percent, against 44 percent at the "
        "same point in the first round. Results are expected on Wednesday, and the electoral "
        "commission has banned the publication of partial counts before then.",
        [
            (P, ["a farce"], "Daniel Mwangaza"),
            (
                D,
                [
                    "The people of Kivara are not afraid of elections. They have voted in peace "
                    "today, as they always have, whatever those who sit in hotels abroad may say.",
                    "This boycott exists only on the internet",
                ],
                "Célestin Mbarga",
            ),
        ],
    ),
    (  # 5 cholera: agency "warned that", quote first, speaker in the next sentence
        "VESSANY — The UN Relief Coordination Office warned on Wednesday that cholera was "
        "spreading through displacement camps around the besieged city of Ambor, with 2,400 "
        "suspected cases recorded in three weeks.\n\n"
        "“We are running out of chlorine tablets, oral rehydration salts and, frankly, time. If "
        "the siege road does not open this week, we will be counting deaths rather than "
        "cases.”\n\n"
        "That was the assessment of Dr Amara Konaté-Wills, the office's health coordinator for "
        "the region, speaking by phone from a field clinic outside the city.\n\n"
        "Neither the government nor the militia holding the road commented. Ambor has been cut "
        "off since late August, when the militia blew up the bridge on the main highway. The "
        "city had some 200,000 inhabitants before the war.",
        [
            (
                I,
                [
                    "cholera was spreading through displacement camps around the besieged city of "
                    "Ambor, with 2,400 suspected cases recorded in three weeks"
                ],
                "UN Relief Coordination Office",
            ),
            (
                D,
                [
                    "We are running out of chlorine tablets, oral rehydration salts and, frankly, "
                    "time. If the siege road does not open this week, we will be counting deaths "
                    "rather than cases."
                ],
                "Amara Konaté-Wills",
            ),
        ],
    ),
    (  # 6 militia frees workers: "the group said in a statement", "It described … as", nickname
        "BANDAR LESSA — The Sons of Arvand, the militia that has controlled the southern "
        "oilfields of Tessar since the spring, released eleven contract workers on Monday who "
        "had been held for five weeks.\n\n"
        '"Our fight is not with engineers who came here to feed their families," the group said '
        'in a statement posted online. It described the release as "a gesture of good faith" '
        "towards the mediators.\n\n"
        'The militia\'s leader, Qasim al-Tamimi, known across the region as "the Engineer" '
        "because of his training in petroleum engineering, has not been seen in public since a "
        "drone strike in June.\n\n"
        "The workers, from three countries, were flown to Bandar Lessa and appeared to be in "
        "good health. Six others, all local drivers, are still being held.",
        [
            (
                D,
                ["Our fight is not with engineers who came here to feed their families"],
                "Sons of Arvand",
            ),
            (P, ["a gesture of good faith"], "Sons of Arvand"),
        ],
    ),
    (  # 7 hospital closes: speaker named, then "she" two sentences later; "A," she said. "B."
        "KIRAVO — The last functioning hospital in the northern district of Maru has closed "
        "after three nights of fighting destroyed its generators and cut the only road to the "
        "wards. The medical charity Open Hands, which ran the 90-bed facility, evacuated its "
        "last twenty patients by truck on Saturday.\n\n"
        "Its head of mission in the country, Sofia Marchetti-Brandt, had spent the week trying "
        "to negotiate safe passage with both sides. Her team had treated more than 600 wounded "
        "since August, most of them women and children caught in crossfire. Back in Kiravo on "
        "Saturday evening, she did not hide her anger.\n\n"
        "“We were given guarantees on Monday and shelled on Tuesday,” she said. “I don't know "
        "what a guarantee means any more in this war.”\n\n"
        "The regional governor's office has not commented on the closure.",
        [
            (
                D,
                ["We were given guarantees on Monday and shelled on Tuesday"],
                "Sofia Marchetti-Brandt",
            ),
            (
                D,
                ["I don't know what a guarantee means any more in this war."],
                "Sofia Marchetti-Brandt",
            ),
        ],
    ),
    (  # 8 hostages: "the minister" resolved, father's quote introduced by a colon
        "ORLEN — Foreign Minister Henrik Dahlqvist flew to the emirate of Ras Hamar on "
        "Thursday for talks on the release of two Ostmark aid workers held by an armed group "
        "in southern Yarabia since July.\n\n"
        '"I am not going to negotiate in public, and I would ask everyone else not to either," '
        "the minister told journalists before boarding his plane.\n\n"
        "The families of the two women, nurses Lena Brandt and Ida Kjellström, have criticised "
        "what they describe as months of silence from the government. Speaking outside "
        "parliament on Wednesday, Brandt's father, Tomas Brandt, struck a different tone from "
        'the minister: "Every week they tell us it is delicate. Every week my daughter spends '
        'another week in a hole in the desert."\n\n'
        "Ras Hamar has mediated several hostage releases in the region in recent years.",
        [
            (
                D,
                [
                    "I am not going to negotiate in public, and I would ask everyone else not to either"
                ],
                "Henrik Dahlqvist",
            ),
            (
                D,
                [
                    "Every week they tell us it is delicate. Every week my daughter spends another "
                    "week in a hole in the desert."
                ],
                "Tomas Brandt",
            ),
        ],
    ),
    (  # 9 peacekeepers leave: "told reporters … that", "she wrote"
        "The Security Council voted on Tuesday to wind up the UN mission in Halvar, whose last "
        "1,800 peacekeepers must leave by the end of March after the host government refused "
        "to renew their mandate.\n\n"
        "The mission's chief, Kofi Asante-Moreau, told reporters in the capital, Brennik, that "
        "he feared a security vacuum in the eastern provinces. At least four armed groups "
        "operate there, and two of them have attacked army posts since the summer.\n\n"
        "Halvar's defence minister, Greta Lindqvist-Obi, was unmoved. \"Our army has been "
        'trained, equipped and tested. It does not need foreign babysitters," she wrote on '
        "social media.\n\n"
        "The mission, deployed in 2011, has lost 63 personnel in the country. Its withdrawal will "
        "begin with the closure of three bases in the south in January.",
        [
            (I, ["he feared a security vacuum in the eastern provinces"], "Kofi Asante-Moreau"),
            (
                D,
                [
                    "Our army has been trained, equipped and tested. It does not need foreign "
                    "babysitters"
                ],
                "Greta Lindqvist-Obi",
            ),
        ],
    ),
    (  # 10 coup attempt: the Presidency in a statement, "she vowed"
        "SANTA MERA — Soldiers loyal to the government of Ostrada regained control of the state "
        "broadcaster early on Sunday, after a group of junior officers seized the building and "
        "interrupted programmes for several hours.\n\n"
        "“The situation is under control. The republic's institutions are functioning normally "
        "and the president is at work,” the Presidency said in a statement read on the same "
        "channel shortly before 6 a.m.\n\n"
        "Interior Minister Rosa Villalba later appeared alongside the army chief. “Those who "
        "tried to drag this country backwards will answer to the courts, every one of them,” "
        "she vowed.\n\n"
        "The whereabouts of the officers' presumed leader, a captain from the presidential "
        "guard, were unknown on Sunday night. Flights at the capital's airport resumed at "
        "noon.",
        [
            (
                D,
                [
                    "The situation is under control. The republic's institutions are functioning "
                    "normally and the president is at work"
                ],
                "Presidency",
            ),
            (
                D,
                [
                    "Those who tried to drag this country backwards will answer to the courts, every one of them"
                ],
                "Rosa Villalba",
            ),
        ],
    ),
    (  # 11 aid convoy: partial inside reported speech, "A," said X. "B." two quotes
        "Forty trucks loaded with flour and medical supplies have now been stuck for nine days "
        "at the Dalmi crossing between Khoran and Sefid, where customs officers on the Sefid "
        "side are demanding fresh paperwork for every load.\n\n"
        "Sefid's deputy foreign minister, Nadir Qureshi, insisted on Monday that the delays "
        'were "purely technical" and would be resolved within days.\n\n'
        "The World Food Relief Agency, which chartered the trucks, sees things differently. "
        '"Purely technical delays do not last nine days," said its country director, Lucia '
        'Ferreira-Hahn. "Somebody has decided these trucks should wait, and people in Khoran '
        'are paying for that decision."\n\n'
        "The agency estimates that 300,000 people in western Khoran depend on food aid, a figure "
        "that has doubled since the harvest failed in the spring.",
        [
            (P, ["purely technical"], "Nadir Qureshi"),
            (D, ["Purely technical delays do not last nine days"], "Lucia Ferreira-Hahn"),
            (
                D,
                [
                    "Somebody has decided these trucks should wait, and people in Khoran are "
                    "paying for that decision."
                ],
                "Lucia Ferreira-Hahn",
            ),
        ],
    ),
    (  # 12 refugee returns: "declared", "according to" a survey by an observatory
        "The governments of Lusitra and the neighbouring republic of Kamor signed an agreement "
        "on Thursday allowing some 60,000 refugees to return home over the next two years, "
        "under a plan financed largely by the Southern Development Bank.\n\n"
        "“Nobody will be put on a bus against their will. Return must be voluntary, or it is "
        "not return,” Kamor's minister for refugees, Esther Nyirenda, declared at the signing "
        "ceremony in the border town of Makasi.\n\n"
        "Rights groups remain sceptical. Around a third of the refugees' home villages have "
        "been destroyed or occupied, according to a survey published last month by the Lusitra "
        "Human Rights Observatory. Many of those who fled in 2021 have also lost the documents "
        "proving they own their land.",
        [
            (
                D,
                [
                    "Nobody will be put on a bus against their will. Return must be voluntary, or "
                    "it is not return"
                ],
                "Esther Nyirenda",
            ),
            (
                I,
                ["Around a third of the refugees' home villages have been destroyed or occupied"],
                "Lusitra Human Rights Observatory",
            ),
        ],
    ),
    (  # 13 arms purchase: curly quote split by "told the assembly", "she argued"
        "Lawmakers in Bresnia approved a $2.4 billion purchase of air-defence systems from the "
        "Tamarind Republic late on Wednesday, despite objections that the deal had been "
        "negotiated without a tender. The vote was 112 to 87.\n\n"
        "“This is the most important decision this chamber has taken in a decade,” Defence "
        "Minister Pavel Horák told the assembly before the vote, “and I will not apologise for "
        "taking it quickly.”\n\n"
        "Opposition deputy Marta Ilić was unconvinced. “Speed is the friend of corruption. We "
        "will be paying for this haste long after these missiles are obsolete,” she argued "
        "during a debate that ran past midnight.\n\n"
        "The first batteries are due to be delivered in 2028, and training of the crews will take "
        "place in the Tamarind Republic.",
        [
            (
                D,
                [
                    "This is the most important decision this chamber has taken in a decade",
                    "and I will not apologise for taking it quickly.",
                ],
                "Pavel Horák",
            ),
            (
                D,
                [
                    "Speed is the friend of corruption. We will be paying for this haste long "
                    "after these missiles are obsolete"
                ],
                "Marta Ilić",
            ),
        ],
    ),
    (  # 14 drone strike: armed forces' partial, stallholder direct, noun-object trap
        "A drone strike on the market of the frontier town of Sadek killed at least 17 people "
        "on Thursday morning, among them four children. Dozens more were taken to the "
        "district hospital, where doctors appealed for blood donors.\n\n"
        "The Yarvik armed forces confirmed the strike but described the target "
        'as "a logistics hub of the terrorist Crescent Front".\n\n'
        '"There was no logistics hub. There were tomatoes, onions and people buying them," '
        "said Halima Barre, who runs a stall at the market and lost her brother in the "
        "attack.\n\n"
        "The UN Human Rights Bureau has asked for an independent inquiry. It is the fourth "
        "strike on a civilian area in the province this year. Funerals were held on Friday "
        "afternoon in the town's only cemetery, under a heavy military presence.",
        [
            (P, ["a logistics hub of the terrorist Crescent Front"], "Yarvik armed forces"),
            (
                D,
                ["There was no logistics hub. There were tomatoes, onions and people buying them"],
                "Halima Barre",
            ),
        ],
    ),
    (  # 15 border treaty: nickname in marks, counterpart's indirect
        "Ministers from Aldoria and Kessel signed a treaty on Monday settling a border dispute "
        "that triggered a brief war in 1998, ending nearly three decades of contested maps, "
        'closed crossings and periodic skirmishes. The text, already dubbed "the Orsino '
        'accord" after the neutral city where it was negotiated, must still be ratified by '
        "both parliaments.\n\n"
        '"Our grandchildren will not have to learn the names of villages where their '
        "grandfathers died fighting each other,\" Aldoria's foreign minister, Nikola Stanev, "
        "said after the ceremony.\n\n"
        "His Kesseli counterpart, Leyla Demir-Hollis, said the first crossing point would "
        "reopen to civilian traffic in January, with a joint commission overseeing the "
        "demarcation. Some 4,000 families separated by the front line since 1998 are expected "
        "to be among the first to cross.",
        [
            (
                D,
                [
                    "Our grandchildren will not have to learn the names of villages where their "
                    "grandfathers died fighting each other"
                ],
                "Nikola Stanev",
            ),
            (
                I,
                [
                    "the first crossing point would reopen to civilian traffic in January, with a "
                    "joint commission overseeing the demarcation"
                ],
                "Leyla Demir-Hollis",
            ),
        ],
    ),
]
if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout40.jsonl"),
        "heldout40",
        "h40",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
