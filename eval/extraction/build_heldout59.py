"""Source of the fifty-ninth held-out set: writes heldout59.jsonl (split "heldout59").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
frontline war reporting from an invented country (Vestria, at war with Karsk): soldiers known by
first names or call signs, commanders, medics, civilians in shelters, local officials and army
statements, with translated words, people who ask not to be named and scenes between the quotes.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout59.py
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
    (  # 1 dugout: call sign and gloss in « » not speech, "lâche-t-il" = call sign, "L'officier
        # parle de" partial, incise "explique-t-il"
        "Le trou fait à peine deux mètres de profondeur, tapissé de planches et de sacs de sable. "
        "Les fantassins de la 54e brigade l'appellent « nora », le terrier. C'est là que vit, "
        "depuis trois semaines, un soldat de 31 ans dont l'indicatif radio est « Borsuk », le "
        "blaireau.\n\n"
        "« Le jour, on dort. La nuit, on écoute. Les drones, on les entend avant de les voir », "
        "lâche-t-il en remontant le col de sa veste. Dehors, à moins de deux kilomètres, les "
        "positions karskes tirent par intermittence sur la lisière du bois.\n\n"
        "Son commandant de compagnie, le capitaine Danylo Sverko, passe en fin d'après-midi avec "
        "deux caisses de munitions. L'officier parle de « quatre assauts en dix jours » repoussés "
        "par ses hommes depuis le début du mois. « Ils envoient des petits groupes de trois ou "
        "quatre hommes, explique-t-il, pour tester nos réactions. Nous, on tient, mais on n'a pas "
        "dormi une nuit entière depuis octobre. »\n\n"
        "Borsuk, lui, ne pense pas si loin. À la lumière rouge d'une lampe frontale, il montre sur "
        "son téléphone la photo d'une fillette de six ans, qui croit que son père construit des "
        "maisons.",
        [
            (
                D,
                [
                    "Le jour, on dort. La nuit, on écoute. Les drones, on les entend avant de les "
                    "voir"
                ],
                "Borsuk",
            ),
            (P, ["quatre assauts en dix jours"], "Danylo Sverko"),
            (
                D,
                [
                    "Ils envoient des petits groupes de trois ou quatre hommes",
                    "pour tester nos réactions. Nous, on tient, mais on n'a pas dormi une nuit "
                    "entière depuis octobre.",
                ],
                "Danylo Sverko",
            ),
        ],
    ),
    (  # 2 shelter under a school: narrow no-break spaces, unnamed "habitant" + "assure que", mayor
        # "a annoncé vouloir", Mme + colon
        "Sous l'école n°\u00a04 de Pavrosk, l'ancien abri antiaérien sent l'humidité et le thé "
        "froid. Une quarantaine de personnes y dorment depuis que les frappes ont repris sur le "
        "quartier nord, lundi soir. Des matelas s'alignent contre les murs, un poêle à bois "
        "ronronne dans un coin, et une télévision sans le son diffuse les informations en "
        "continu.\n\n"
        "Un habitant d'une quarantaine d'années, qui demande à ne pas être nommé parce que son "
        "frère sert dans l'armée, assure que l'électricité n'est revenue que deux heures en quatre "
        "jours dans le quartier. Les générateurs sont réservés à l'hôpital et à la station de "
        "pompage.\n\n"
        "Le maire de Pavrosk, Ihor Lessyk, a annoncé mardi vouloir évacuer en priorité les "
        "familles avec enfants et les personnes âgées vers Solvitsa, à 80\u00a0kilomètres à "
        "l'ouest. Des bus doivent partir jeudi matin de la gare routière.\n\n"
        "Halyna Ostrovska, 68\u00a0ans, ancienne institutrice, tient sur ses genoux un chat roux "
        "qu'elle a refusé d'abandonner. Mme\u00a0Ostrovska n'a pas l'intention de monter dans un "
        "de ces bus\u202f: «\u202fJ'ai enterré mon mari ici, au cimetière derrière l'église. Je ne "
        "vais pas le laisser seul.\u202f»",
        [
            (
                I,
                ["l'électricité n'est revenue que deux heures en quatre jours dans le quartier"],
                "habitant",
            ),
            (
                I,
                [
                    "vouloir évacuer en priorité les familles avec enfants et les personnes âgées "
                    "vers Solvitsa, à 80\u00a0kilomètres à l'ouest"
                ],
                "Ihor Lessyk",
            ),
            (
                D,
                [
                    "J'ai enterré mon mari ici, au cimetière derrière l'église. Je ne vais pas le "
                    "laisser seul."
                ],
                "Halyna Ostrovska",
            ),
        ],
    ),
    (  # 3 withdrawal: indirect with speaker after ("a reconnu l'état-major"), "son porte-parole, le
        # colonel X", "selon lesquelles" trap, partial after "affirmé avoir"
        "Les forces vestriennes se sont retirées du village de Hradovy, sur la rive est de la "
        "Velna, après neuf jours de combats, a reconnu jeudi l'état-major général.\n\n"
        "« Préserver la vie de nos soldats reste la priorité absolue. Le village n'avait plus de "
        "valeur militaire : il n'en reste que des ruines », a déclaré son porte-parole, le colonel "
        "Andriy Kostel, lors d'un point presse à Ustmar. L'officier a démenti les informations, "
        "relayées par des blogueurs militaires karskes, selon lesquelles une brigade entière "
        "aurait été encerclée pendant le repli.\n\n"
        "Le ministère karske de la Défense a affirmé de son côté avoir « pris le contrôle total » "
        "de la localité et éliminé plus de 300 combattants. Aucune de ces affirmations n'a pu être "
        "vérifiée de manière indépendante.\n\n"
        "À Kelmitsa, à une trentaine de kilomètres, les premiers déplacés de Hradovy sont arrivés "
        "dans la nuit, entassés dans des camions militaires. Une vieille femme, un sac de pommes "
        "de terre à la main, cherchait son fils parmi les soldats du convoi.",
        [
            (
                I,
                [
                    "Les forces vestriennes se sont retirées du village de Hradovy, sur la rive "
                    "est de la Velna, après neuf jours de combats"
                ],
                "état-major général",
            ),
            (
                D,
                [
                    "Préserver la vie de nos soldats reste la priorité absolue. Le village n'avait "
                    "plus de valeur militaire : il n'en reste que des ruines"
                ],
                "Andriy Kostel",
            ),
            (P, ["pris le contrôle total"], "ministère karske de la Défense"),
        ],
    ),
    (  # 4 stabilisation point: first name only + "dit-elle", Dr with "al-", "D'après lui"
        "Le point de stabilisation est installé dans l'ancienne cave d'une coopérative agricole, "
        "à une dizaine de kilomètres du front. Quand la radio grésille, tout le monde se lève.\n\n"
        "L'infirmière de combat qui dirige l'équipe de nuit, 26 ans, ne donne que son prénom, "
        "Oksana. Elle a rejoint l'armée au deuxième mois de la guerre, après des études de "
        "pédiatrie à Ustmar. « Ici, on n'a pas le temps d'avoir peur. La peur vient après, dans la "
        "voiture, quand on rentre », dit-elle en enfilant des gants, alors qu'un blindé "
        "d'évacuation recule jusqu'à l'entrée.\n\n"
        "Le Dr Karim al-Masri, chirurgien venu d'Amman avec l'ONG Médecins sans trêve, opère ici "
        "deux semaines par mois. D'après lui, la plupart des blessures sont désormais causées par "
        "des drones, et non plus par l'artillerie, avec des éclats plus petits et plus nombreux "
        "qu'il faut parfois chercher pendant des heures.\n\n"
        "Vers minuit, le blindé repart vers l'hôpital de Solvitsa avec deux soldats stabilisés. "
        "L'un d'eux, blessé au bras, lève le pouce à travers la vitre.",
        [
            (
                D,
                [
                    "Ici, on n'a pas le temps d'avoir peur. La peur vient après, dans la voiture, "
                    "quand on rentre"
                ],
                "Oksana",
            ),
            (
                I,
                [
                    "la plupart des blessures sont désormais causées par des drones, et non plus "
                    "par l'artillerie, avec des éclats plus petits et plus nombreux qu'il faut "
                    "parfois chercher pendant des heures"
                ],
                "Karim al-Masri",
            ),
        ],
    ),
    (  # 5 aid convoy: «» without spaces, "estime le chef …, X" after, Mme + "ould", "a dit que",
        # "L'intéressée" + colon
        "Devant la mairie de Vilsany, la file d'attente commence avant l'aube. Ce mardi, un camion "
        "de l'Agence internationale pour les déplacés livre 600 colis de nourriture, des "
        "couvertures et des bâches pour les toits soufflés par les explosions.\n\n"
        "«Nous avons 2300 habitants sur les registres, mais en réalité il en reste peut-être 900», "
        "estime le chef de l'administration militaire du village, Petro Holovach, un ancien "
        "agronome qui tient la liste à jour dans un cahier d'écolier.\n\n"
        "La coordinatrice de l'agence pour la région, Mme Mariem ould Cheikh, a dit mardi que "
        "trois autres convois étaient prévus avant l'hiver si les routes restaient praticables. "
        "L'intéressée, qui a travaillé au Sahel pendant dix ans, le reconnaît volontiers: «Ici, "
        "les gens ont des maisons, des voitures, des potagers. Ils ne veulent pas partir. Ils "
        "veulent réparer.»\n\n"
        "Dans la file, une vieille femme serre contre elle une boîte d'insuline pour son mari. "
        "Elle l'attendait depuis trois semaines.",
        [
            (
                D,
                [
                    "Nous avons 2300 habitants sur les registres, mais en réalité il en reste "
                    "peut-être 900"
                ],
                "Petro Holovach",
            ),
            (
                I,
                [
                    "trois autres convois étaient prévus avant l'hiver si les routes restaient "
                    "praticables"
                ],
                "Mariem ould Cheikh",
            ),
            (
                D,
                [
                    "Ici, les gens ont des maisons, des voitures, des potagers. Ils ne veulent pas "
                    "partir. Ils veulent réparer."
                ],
                "Mariem ould Cheikh",
            ),
        ],
    ),
    (  # 6 power cut: no-break spaces, partial + "a indiqué l'opérateur X", "son porte-parole, X",
        # "points d'invincibilité" not speech
        "Une frappe de missiles a privé d'électricité, dans la nuit de samedi à dimanche, près de "
        "140\u00a0000 foyers de la région de Kelmitsa. La centrale thermique de Lysets, déjà "
        "touchée en mars, a été «\u00a0gravement endommagée\u00a0», a indiqué l'opérateur "
        "Vestrenergo dans un communiqué.\n\n"
        "«\u00a0Nous avons rétabli le courant pour les hôpitaux et les stations de pompage. Pour "
        "le reste, il faudra plusieurs jours, peut-être plusieurs semaines\u00a0», a précisé son "
        "porte-parole, Mykola Dzyuba.\n\n"
        "Dans la ville, les feux de circulation sont éteints et les trams immobiles. Le gouverneur "
        "de la région, Viktor Harasym, a annoncé l'ouverture de 60\u00a0«\u00a0points "
        "d'invincibilité\u00a0», des tentes chauffées où l'on peut recharger son téléphone et "
        "boire un thé. Devant celle de la place de la Gare, une vingtaine de personnes attendent, "
        "rallonges et batteries à la main.\n\n"
        "À la boulangerie de la rue des Tilleuls, la gérante fait tourner son four sur un "
        "générateur diesel loué à prix d'or. La file s'allonge jusqu'au coin de la rue.",
        [
            (P, ["gravement endommagée"], "Vestrenergo"),
            (
                D,
                [
                    "Nous avons rétabli le courant pour les hôpitaux et les stations de pompage. "
                    "Pour le reste, il faudra plusieurs jours, peut-être plusieurs semaines"
                ],
                "Mykola Dzyuba",
            ),
        ],
    ),
    (  # 7 gun crew: nickname « Dido » not speech, quote over two paragraphs, first name + "dit-il"
        "Le canon est caché sous un filet, au bord d'une haie de peupliers, à une quinzaine de "
        "kilomètres de Zorenets. Les cinq hommes de l'équipage vivent dans une maison abandonnée à "
        "cent mètres de là, dont ils ont renforcé la cave avec des rondins.\n\n"
        "Le chef de pièce, un sergent de 52 ans, se fait appeler « Dido », grand-père, en "
        "vestrien. Avant la guerre, il conduisait des bus à Ustmar.\n\n"
        "« Au début, on tirait trente, quarante obus par jour. Maintenant, on nous en donne huit, "
        "parfois dix. Alors chaque obus doit compter.\n\n"
        "« Les jeunes veulent tirer tout de suite, dès qu'un drone signale quelque chose. Moi, je "
        "leur apprends à attendre, à vérifier deux fois. Un obus, c'est un mois de salaire d'un "
        "ouvrier », explique Dido en essuyant la culasse avec un chiffon.\n\n"
        "Le plus jeune, Maksym, 23 ans, est arrivé en juin, après trois mois de formation. « On "
        "passe des jours sans rien faire, et puis, en dix minutes, tout se joue. Le plus dur, "
        "c'est l'attente », dit-il en haussant les épaules.",
        [
            (
                D,
                [
                    "Au début, on tirait trente, quarante obus par jour. Maintenant, on nous en "
                    "donne huit, parfois dix. Alors chaque obus doit compter.",
                    "Les jeunes veulent tirer tout de suite, dès qu'un drone signale quelque "
                    "chose. Moi, je leur apprends à attendre, à vérifier deux fois. Un obus, c'est "
                    "un mois de salaire d'un ouvrier",
                ],
                "Dido",
            ),
            (
                D,
                [
                    "On passe des jours sans rien faire, et puis, en dix minutes, tout se joue. Le "
                    "plus dur, c'est l'attente"
                ],
                "Maksym",
            ),
        ],
    ),
    (  # 8 evacuation minibus: "van" + "dit M. van Hoeck", "Selon les autorités locales", unnamed
        # "policier" + colon
        "Le minibus blanc franchit le pont provisoire sur la Velna à 7\u00a0h\u00a015, tous phares "
        "éteints. À l'arrière, onze passagers, dont une femme de 91\u00a0ans enveloppée dans une "
        "couverture et un garçon de huit ans qui serre contre lui une cage à hamster.\n\n"
        "Au volant, Joris van Hoeck, un Belge de 58\u00a0ans, ancien chauffeur routier, fait ce "
        "trajet trois fois par semaine depuis dix-huit mois. «\u00a0Je ne suis pas un héros. Je "
        "conduis, c'est tout ce que je sais faire\u00a0», dit M.\u00a0van Hoeck sans quitter la "
        "route des yeux.\n\n"
        "Selon les autorités locales, quelque 1\u00a0800 civils vivent encore dans les villages "
        "situés à moins de cinq kilomètres de la ligne de front. Beaucoup refusent de partir. Au "
        "dernier check-point, un policier vérifie les papiers et se penche vers la vitre\u00a0: "
        "«\u00a0Vous avez de la chance, ils ont tiré sur cette route il y a une heure.\u00a0»\n\n"
        "Le garçon, Artem, n'a pas dit un mot depuis le départ. Sa grand-mère caresse ses cheveux "
        "en regardant défiler les champs brûlés.",
        [
            (
                D,
                ["Je ne suis pas un héros. Je conduis, c'est tout ce que je sais faire"],
                "Joris van Hoeck",
            ),
            (
                I,
                [
                    "quelque 1\u00a0800 civils vivent encore dans les villages situés à moins de "
                    "cinq kilomètres de la ligne de front"
                ],
                "autorités locales",
            ),
            (
                D,
                ["Vous avez de la chance, ils ont tiré sur cette route il y a une heure."],
                "policier",
            ),
        ],
    ),
    (  # 9 road retaken: "a annoncé avoir repris" by a brigade, dashes as parentheses (not speech),
        # colon quote with speaker in previous sentence
        "La 31e brigade d'assaut a annoncé lundi avoir repris le contrôle de la route entre "
        "Orlenka et Brezany, coupée depuis trois semaines par l'avancée karske. Des images "
        "diffusées par l'unité montrent des soldats hissant le drapeau vestrien sur un silo à "
        "grain.\n\n"
        "Son commandant, le colonel Roman Tkachyk — un ancien professeur d'histoire qui refuse les "
        "interviews depuis le début de la guerre — a fait une exception pour quelques "
        "journalistes, dans un hangar à l'arrière du front. Le message est simple : « Nous "
        "n'avons pas gagné une bataille. Nous avons rouvert une route. C'est très différent, et "
        "l'hiver sera long. »\n\n"
        "Plus à l'est, à Brezany, les premiers habitants sortent des caves en clignant des yeux "
        "dans la lumière. Sur la place centrale, une épicière de 57 ans distribue des bonbons aux "
        "soldats qui passent, les yeux rouges.",
        [
            (
                I,
                [
                    "avoir repris le contrôle de la route entre Orlenka et Brezany, coupée depuis "
                    "trois semaines par l'avancée karske"
                ],
                "31e brigade d'assaut",
            ),
            (
                D,
                [
                    "Nous n'avons pas gagné une bataille. Nous avons rouvert une route. C'est très "
                    "différent, et l'hiver sera long."
                ],
                "Roman Tkachyk",
            ),
        ],
    ),
    (  # 10 night patrol: call sign in « », dialogue dashes with "rappelle-t-il" and "souffle X",
        # third line unattributed
        "La patrouille part à 23\u00a0heures, à pied, le long d'une voie ferrée désaffectée. Trois "
        "hommes, des lunettes de vision nocturne, une radio. Le chef du groupe, indicatif "
        "« Fizik », enseignait la physique dans un lycée de Kelmitsa avant la guerre.\n\n"
        "— Pas de lumière, pas de cigarette, pas de téléphone, rappelle-t-il à voix basse avant le "
        "départ.\n"
        "— On sait, on sait, souffle Kobra, le plus jeune.\n"
        "— Tu sais, mais je le redis quand même.\n\n"
        "Sur trois kilomètres, le groupe avance par bonds de cinquante mètres, en s'arrêtant au "
        "moindre craquement. Vers 1\u00a0heure, un bourdonnement au-dessus des arbres fait "
        "s'immobiliser tout le monde. Fizik lève la main, attend une longue minute, puis fait "
        "signe de repartir. Au retour, à l'aube, Kobra allume enfin une cigarette et s'assoit sur "
        "un rail, le visage gris de fatigue.",
        [
            (D, ["Pas de lumière, pas de cigarette, pas de téléphone"], "Fizik"),
            (D, ["On sait, on sait"], "Kobra"),
            (D, ["Tu sais, mais je le redis quand même."], "Fizik"),
        ],
    ),
    (  # 11 market strike: "…, selon le bilan de la police régionale" at the end, noun-object verb,
        # particle "de" + "a-t-elle déclaré"
        "Au moins onze personnes ont été tuées et 34\u00a0blessées mercredi matin par une frappe "
        "sur le marché couvert de Solvitsa, selon le bilan provisoire de la police régionale. Vers "
        "10\u00a0heures, les étals de légumes étaient bondés.\n\n"
        "Le maire, Oleh Zarudny, a décrété trois jours de deuil et fait mettre les drapeaux en "
        "berne sur tous les bâtiments publics.\n\n"
        "Arrivée sur place dans l'après-midi, la cheffe de la Mission internationale "
        "d'observation, Hélène de Montbrison, a annoncé l'ouverture d'une enquête. «\u202fNous "
        "documenterons chaque élément. Il est trop tôt pour dire quel type de munition a été "
        "utilisé\u202f», a-t-elle déclaré aux journalistes devant les restes calcinés du toit.\n\n"
        "Sur le parking, des bénévoles distribuent de l'eau et des couvertures de survie. Un "
        "vendeur de miel, le bras en écharpe, ramasse un par un ses bocaux intacts.",
        [
            (
                I,
                [
                    "Au moins onze personnes ont été tuées et 34\u00a0blessées mercredi matin par "
                    "une frappe sur le marché couvert de Solvitsa"
                ],
                "police régionale",
            ),
            (
                D,
                [
                    "Nous documenterons chaque élément. Il est trop tôt pour dire quel type de "
                    "munition a été utilisé"
                ],
                "Hélène de Montbrison",
            ),
        ],
    ),
    (  # 12 drone pilot: gloss between dashes not speech, incise "sourit-il", partial after "estime
        # que", "selon le major"
        "Dans la cave d'une ferme, trois écrans éclairent des visages fatigués. Sova — «\u202fla "
        "chouette\u202f» en vestrien — pilote des drones de reconnaissance depuis dix-neuf mois. "
        "Il a 29\u00a0ans, une barbe rousse et un thermos de café qui ne le quitte jamais.\n\n"
        "«\u202fAvant, je développais des jeux vidéo, sourit-il, et les gens pensent que c'est "
        "pareil. Ce n'est pas pareil du tout. Dans un jeu, personne ne meurt vraiment.\u202f»\n\n"
        "Sur l'écran, deux blindés karskes avancent sur un chemin de terre. Sova transmet les "
        "coordonnées à l'artillerie et attend. Son supérieur, le major Ilko Vasylenko, estime que "
        "les drones ont «\u202fchangé cette guerre plus que n'importe quelle arme depuis un "
        "siècle\u202f». Mais, selon le major, l'unité manque de tout\u202f: batteries, antennes, "
        "pièces détachées. La moitié du matériel est achetée grâce à des collectes en ligne "
        "organisées par des volontaires.",
        [
            (
                D,
                [
                    "Avant, je développais des jeux vidéo",
                    "et les gens pensent que c'est pareil. Ce n'est pas pareil du tout. Dans un "
                    "jeu, personne ne meurt vraiment.",
                ],
                "Sova",
            ),
            (
                P,
                ["changé cette guerre plus que n'importe quelle arme depuis un siècle"],
                "Ilko Vasylenko",
            ),
            (
                I,
                ["l'unité manque de tout\u202f: batteries, antennes, pièces détachées"],
                "Ilko Vasylenko",
            ),
        ],
    ),
    (  # 13 foreign volunteers: "ben", "Pour lui, « … »", instructor's nickname not speech,
        # translated words "lance-t-il en vestrien"
        "Ils viennent de Géorgie, du Canada, du Brésil ou de Tunisie. Dans une base "
        "d'entraînement dont la localisation ne peut être révélée, une quarantaine de volontaires "
        "étrangers de la Légion internationale apprennent à manier des mortiers sous une pluie "
        "glacée.\n\n"
        "Youssef ben Salah, 34\u00a0ans, a quitté son poste d'informaticien à Lyon il y a huit "
        "mois. Pour lui, «\u00a0ce n'est pas la guerre de quelqu'un d'autre. Si on laisse faire "
        "ici, ça recommencera ailleurs\u00a0». Sa mère ne lui parle plus depuis son départ.\n\n"
        "Son instructeur, un ancien sous-officier vestrien qui se fait appeler «\u00a0Lis\u00a0», "
        "le renard, ne le ménage pas. «\u00a0Trop court. Encore. Et plus vite\u00a0!\u00a0», "
        "lance-t-il en vestrien, aussitôt traduit par un interprète.\n\n"
        "Au bout de deux heures, les hommes rentrent au baraquement, trempés. Le Brésilien sort "
        "un paquet de café, le Géorgien une bouteille, et ben Salah une boîte de dattes envoyée "
        "par une cousine.",
        [
            (
                D,
                [
                    "ce n'est pas la guerre de quelqu'un d'autre. Si on laisse faire ici, ça "
                    "recommencera ailleurs"
                ],
                "Youssef ben Salah",
            ),
            (D, ["Trop court. Encore. Et plus vite\u00a0!"], "Lis"),
        ],
    ),
    (  # 14 basement maternity: "résume la docteure X" after, "a fait savoir que" by a ministry,
        # unclosed « with unnamed speaker
        "À la maternité de Kelmitsa, les accouchements ont lieu au sous-sol depuis février. Les "
        "couveuses ont été descendues par l'ascenseur de service, les lits alignés dans un couloir "
        "aux murs peints de girafes.\n\n"
        "« Le bébé ne choisit pas son heure. Les sirènes non plus », résume la docteure Larysa "
        "Hnatiuk, cheffe du service d'obstétrique, qui a fait naître 212 enfants depuis le début "
        "de l'année. Dans le couloir, une jeune mère berce sa fille, née la veille pendant une "
        "alerte.\n\n"
        "Le ministère de la Santé a fait savoir jeudi que 37 établissements de santé de la région "
        "avaient été endommagés depuis le début de l'année, dont quatre maternités.\n\n"
        "« Tous ces chiffres ne disent rien de nos nuits, soupire un anesthésiste qui demande à ne "
        "pas être nommé. Il allume une cigarette sur le seuil de l'escalier de secours, regarde le "
        "ciel, puis redescend.",
        [
            (D, ["Le bébé ne choisit pas son heure. Les sirènes non plus"], "Larysa Hnatiuk"),
            (
                I,
                [
                    "37 établissements de santé de la région avaient été endommagés depuis le "
                    "début de l'année, dont quatre maternités"
                ],
                "ministère de la Santé",
            ),
            (D, ["Tous ces chiffres ne disent rien de nos nuits"], "anesthésiste"),
        ],
    ),
    (  # 15 school reopens: curly quotes in French, "Le ministre a promis que" + partial, nickname
        # not speech, unnamed "père de famille"
        "Six mois après le départ des troupes karskes, l'école de Marintsy a rouvert lundi ses "
        "portes à 43 élèves. Les fenêtres sont encore en contreplaqué, mais le chauffage "
        "fonctionne et la cantine sert une soupe chaude à midi.\n\n"
        "Venu couper le ruban, le ministre de la Reconstruction, Stepan Levytsky, a visité les "
        "classes une à une. Le ministre a promis que les 300 maisons détruites du village seraient "
        "“reconstruites ou indemnisées d'ici deux ans”.\n\n"
        "La directrice, Olha Savchuk, est restée au village pendant toute l'occupation. Ses élèves "
        "l'appellent toujours “pani Olha”, madame Olha. “Ils ont brûlé les manuels de vestrien "
        "dans la cour. On a continué les cours en cachette, dans les cuisines, avec trois ou "
        "quatre enfants à la fois”, raconte-t-elle.\n\n"
        "Un père de famille, qui ne souhaite pas donner son nom, reste prudent : “Tant que le "
        "front est à trente kilomètres, personne ici ne se sent vraiment libéré.”",
        [
            (P, ["reconstruites ou indemnisées d'ici deux ans"], "Stepan Levytsky"),
            (
                D,
                [
                    "Ils ont brûlé les manuels de vestrien dans la cour. On a continué les cours "
                    "en cachette, dans les cuisines, avec trois ou quatre enfants à la fois"
                ],
                "Olha Savchuk",
            ),
            (
                D,
                [
                    "Tant que le front est à trente kilomètres, personne ici ne se sent vraiment "
                    "libéré."
                ],
                "père de famille",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 dugout: name of the dugout in quotes not speech, '"A," said X. "B."' two quotes by a call
        # sign, "said Lieutenant X, the platoon commander"
        "The dugout is four metres long and smells of wet earth and diesel. Its occupants, four "
        "infantrymen from Vestria's 92nd Mechanised Brigade, call it \u201cthe Hotel\u201d, and a "
        "hand-painted sign nailed above the entrance promises five stars.\n\n"
        "\u201cRoom service is terrible,\u201d said a 27-year-old machine-gunner whose call sign "
        "is Moth. \u201cBut the view is unforgettable.\u201d\n\n"
        "The view, through a slit between sandbags, is a grey field pocked with craters and, 800 "
        "metres away, a treeline held by Karskian troops. Drones buzz overhead most of the day. "
        "The platoon has beaten back three assaults in the past week, each by small groups of "
        "infantry moving on foot.\n\n"
        "\u201cThey come at dawn, when the fog is thickest. We have learned to sleep in the "
        "afternoon, like old men,\u201d said Lieutenant Ivan Dorosh, the platoon commander, who "
        "spent the previous winter in the same trench line.",
        [
            (D, ["Room service is terrible"], "Moth"),
            (D, ["But the view is unforgettable."], "Moth"),
            (
                D,
                [
                    "They come at dawn, when the fog is thickest. We have learned to sleep in the "
                    "afternoon, like old men"
                ],
                "Ivan Dorosh",
            ),
        ],
    ),
    (  # 2 metro shelter: "says Mrs X" after, "…, according to the city council", unnamed woman who
        # asked not to be named + colon
        "Platform two of Drevnoye's Central station has become a dormitory. Camp beds stand in "
        "rows beneath the departure board, which has shown the same train, the 18:40 to Solvitsa, "
        "since the line was cut in March.\n\n"
        "\u201cThe children think it is an adventure. For the first week, so did I. Now I just "
        "want my own pillow,\u201d says Mrs Zoya Pavlenko, 71, who has slept here every night "
        "since the windows of her flat on Lakeside Avenue were blown in.\n\n"
        "About 1,200 people use the station as a shelter each night, according to the city "
        "council, which has installed showers and a field kitchen on the concourse. Volunteers "
        "hand out tea from a samovar at 10pm.\n\n"
        "A woman in her thirties, who asked not to be named because her husband is serving at the "
        "front, described the nights: \u201cYou listen for the explosions, and then you count. "
        "Then you call everyone you love, one by one.\u201d",
        [
            (
                D,
                [
                    "The children think it is an adventure. For the first week, so did I. Now I "
                    "just want my own pillow"
                ],
                "Zoya Pavlenko",
            ),
            (
                I,
                ["About 1,200 people use the station as a shelter each night"],
                "city council",
            ),
            (
                D,
                [
                    "You listen for the explosions, and then you count. Then you call everyone you "
                    "love, one by one."
                ],
                "woman",
            ),
        ],
    ),
    (  # 3 rail junction strike: "X said it had…", "its spokesman, Colonel X, told reporters" after,
        # indirect split by "he said"
        "The Vestrian Air Force said it had shot down 31 of the 40 missiles and drones launched "
        "overnight at the rail junction of Tarvel, the main supply route for troops in the "
        "east.\n\n"
        "\u201cThe ones that got through hit the marshalling yard and a fuel depot. No trains were "
        "moving at the time, and the line will reopen within days,\u201d its spokesman, Colonel "
        "Dmytro Halenko, told reporters in Ustmar.\n\n"
        "Smoke was still rising from the depot on Tuesday afternoon, and firefighters from three "
        "towns were working to stop the blaze spreading to a row of wooden houses. Two railway "
        "workers were lightly injured. The head of the Tarvel military administration, Ruslan "
        "Kovach, visited the site in the morning. Residents of the streets near the depot, he "
        "said, should stay away until sappers had checked the area for unexploded munitions.",
        [
            (
                I,
                [
                    "it had shot down 31 of the 40 missiles and drones launched overnight at the "
                    "rail junction of Tarvel, the main supply route for troops in the east"
                ],
                "Vestrian Air Force",
            ),
            (
                D,
                [
                    "The ones that got through hit the marshalling yard and a fuel depot. No "
                    "trains were moving at the time, and the line will reopen within days"
                ],
                "Dmytro Halenko",
            ),
            (
                I,
                [
                    "Residents of the streets near the depot",
                    "should stay away until sappers had checked the area for unexploded munitions",
                ],
                "Ruslan Kovach",
            ),
        ],
    ),
    (  # 4 casualty evacuation: first name only + "she said", track name in quotes not speech,
        # "according to its commander, Major X", Dr with "el-"
        "The call comes at 4.12am: one soldier wounded by a drone-dropped grenade, bleeding from "
        "the leg, two kilometres away. Nadia, a 29-year-old combat medic who gives only her first "
        "name, is already pulling on her helmet.\n\n"
        "\u201cThe tourniquet is on, they say. Good. Then we have maybe forty minutes,\u201d she "
        "said, climbing into the back of the armoured ambulance.\n\n"
        "The driver, a former taxi driver from Orlenka who goes by the call sign Schumacher, "
        "drives without headlights along a track the crews call \u201cthe Highway of Death\u201d. "
        "The battalion has lost two vehicles on it since the summer, according to its commander, "
        "Major Oleksandr Frey.\n\n"
        "Twenty minutes later the wounded man is on a table at the stabilisation point, where an "
        "anaesthetist, Dr Omar el-Sayed, takes over. \u201cNadia's team did the hard part. I just "
        "do the paperwork,\u201d he joked, as the soldier, pale but conscious, asked for a "
        "cigarette.",
        [
            (
                D,
                ["The tourniquet is on, they say. Good. Then we have maybe forty minutes"],
                "Nadia",
            ),
            (
                I,
                ["The battalion has lost two vehicles on it since the summer"],
                "Oleksandr Frey",
            ),
            (D, ["Nadia's team did the hard part. I just do the paperwork"], "Omar el-Sayed"),
        ],
    ),
    (  # 5 prisoner exchange: straight quotes, "…, officials in Ustmar said", partial inside "said",
        # '"…," said X' after
        "Forty-two Vestrian soldiers came home on Saturday in the largest prisoner exchange in "
        "five months, officials in Ustmar said. The men, some of them captured in the first weeks "
        "of the war, stepped off two buses at a checkpoint near the northern border, wrapped in "
        "national flags. Several knelt to touch the ground.\n\n"
        "Iryna Vakulenko, who heads the government's coordination office for prisoners of war, "
        'said the exchange had been negotiated with the help of "a third country" she declined '
        "to name.\n\n"
        'Outside, families of those still held lined the road with photographs. "Every exchange, '
        'I come, and every exchange, he is not on the bus. But I will keep coming," said '
        "Valentyna Zhuk, whose son, a marine, has been missing since the siege of Lismar.",
        [
            (
                I,
                [
                    "Forty-two Vestrian soldiers came home on Saturday in the largest prisoner "
                    "exchange in five months"
                ],
                "officials",
            ),
            (P, ["a third country"], "Iryna Vakulenko"),
            (
                D,
                [
                    "Every exchange, I come, and every exchange, he is not on the bus. But I will "
                    "keep coming"
                ],
                "Valentyna Zhuk",
            ),
        ],
    ),
    (  # 6 evacuation order: dashes as parentheses (not speech), "said that", "The governor was
        # blunt:", unnamed pensioner "she said"
        "Authorities in the eastern region of Kelmitsa on Tuesday ordered the mandatory "
        "evacuation of families with children from eleven villages along the Velna river, as "
        "Karskian forces pressed their advance.\n\n"
        "The regional governor, Anatoliy Sirko \u2014 who has himself moved his office twice this "
        "year \u2014 said that about 3,400 people, including 600 children, were affected.\n\n"
        "The governor was blunt: \u201cStaying is no longer a matter of courage. It is a matter "
        "of survival.\u201d\n\n"
        "In Hlibne, one of the villages on the list, a pensioner was loading sacks of potatoes "
        "into a neighbour's car while her cat watched from the porch. \u201cI have lived through "
        "two wars here. This one is the worst. I am leaving only because my grandchildren begged "
        "me,\u201d she said, asking that her name not be used.",
        [
            (
                I,
                ["about 3,400 people, including 600 children, were affected"],
                "Anatoliy Sirko",
            ),
            (
                D,
                ["Staying is no longer a matter of courage. It is a matter of survival."],
                "Anatoliy Sirko",
            ),
            (
                D,
                [
                    "I have lived through two wars here. This one is the worst. I am leaving only "
                    "because my grandchildren begged me"
                ],
                "pensioner",
            ),
        ],
    ),
    (  # 7 tank workshop: Warrant Officer X, quote over two paragraphs, "he said with a grin" after
        # a question
        "In a barn that still smells of hay, mechanics from the 17th Tank Brigade are stripping "
        "down a Karskian tank captured intact in September. Its crew abandoned it with the engine "
        "running, and the brigade's painters have already covered the enemy markings with a blue "
        "stripe.\n\n"
        "The workshop chief, Warrant Officer Pavlo Hrytsenko, 49, repaired tractors on a "
        "collective farm before the war.\n\n"
        "\u201cTractor, tank, it is the same idea. Big engine, heavy metal, and something always "
        "leaks.\n\n"
        "\u201cThe difference is that nobody used to drop grenades on me while I fixed a "
        "tractor,\u201d he said, wiping oil from his hands with a rag.\n\n"
        "The brigade has put five captured tanks back into service this year. Its commander, "
        "Colonel Artur Bilyk, was asked whether that was enough. \u201cIt is never enough. But "
        "these are five tanks the enemy paid for,\u201d he said with a grin.",
        [
            (
                D,
                [
                    "Tractor, tank, it is the same idea. Big engine, heavy metal, and something "
                    "always leaks.",
                    "The difference is that nobody used to drop grenades on me while I fixed a "
                    "tractor",
                ],
                "Pavlo Hrytsenko",
            ),
            (
                D,
                ["It is never enough. But these are five tanks the enemy paid for"],
                "Artur Bilyk",
            ),
        ],
    ),
    (  # 8 demining: "said Dr X van der Y, technical director of …" after, farmer as "he" two
        # paragraphs later
        "Before the wheat, the mines. On a field outside the village of Sarnitz, a team of eight "
        "deminers walks in single file behind a metal detector, planting small red flags wherever "
        "it beeps. By noon the field looks as if it is covered in poppies.\n\n"
        "\u201cAt this pace, we are talking about decades, not years,\u201d said Dr Hendrik van "
        "der Meulen, technical director of the International Demining Council, a Geneva-based "
        "charity whose teams have worked in Vestria since the first winter of the war.\n\n"
        "The land belongs to Mykhailo Savka, 63, who has farmed it for thirty years. Last spring a "
        "neighbour's tractor hit an anti-tank mine two fields away, killing the driver. Mr Savka "
        "now grows vegetables in his garden, sells a few to soldiers, and waits.\n\n"
        "\u201cThey tell me next year. They told me that last year too,\u201d he said, watching "
        "the flags go up.",
        [
            (
                D,
                ["At this pace, we are talking about decades, not years"],
                "Hendrik van der Meulen",
            ),
            (D, ["They tell me next year. They told me that last year too"], "Mykhailo Savka"),
        ],
    ),
    (  # 9 drone team: '"…," Kit said', "came the reply from the artillery post", nested ‘ ’, call
        # sign given by a captain
        "The drone team works from a basement under a collapsed shop in the frontline town of "
        "Orlenka. Three screens, a car battery, a kettle. The operator, a 24-year-old former "
        "architecture student with the call sign Kit, flies a quadcopter fitted with a thermal "
        "camera over the Karskian lines.\n\n"
        "\u201cTwo of them, by the blue fence. They are carrying something heavy,\u201d Kit said "
        "into the radio.\n\n"
        "\u201cCopy. Keep eyes on them,\u201d came the reply from the artillery post.\n\n"
        "Ninety seconds later, a flash blooms on the screen. Nobody cheers. Kit's commander, a "
        "captain who asked to be identified only by his call sign, Granite, has run the team "
        "since the spring.\n\n"
        "\u201cMy grandmother used to say, \u2018Whoever sees first lives longest.\u2019 She was "
        "talking about wolves, but it works for drones,\u201d he said.",
        [
            (D, ["Two of them, by the blue fence. They are carrying something heavy"], "Kit"),
            (D, ["Copy. Keep eyes on them"], "artillery post"),
            (
                D,
                [
                    "My grandmother used to say, \u2018Whoever sees first lives longest.\u2019 She "
                    "was talking about wolves, but it works for drones"
                ],
                "Granite",
            ),
        ],
    ),
    (  # 10 mass grave: Ms + "told reporters that", "the prosecutor said" (role alone), "has denied
        # that" by a ministry
        "Investigators began exhuming bodies on Monday from a mass grave in a pine forest outside "
        "Lysets, the town recaptured by Vestrian forces last month. The regional prosecutor, Ms "
        "Natalia Dmytruk, told reporters that 58 graves had been identified so far, most marked "
        "only with wooden crosses and numbers.\n\n"
        "\u201cSome of the victims have their hands tied. We will document every one of them, and "
        "we will identify every one of them,\u201d the prosecutor said.\n\n"
        "At the edge of the forest, Mykola Tereshko, 66, was waiting for news of his son-in-law, "
        "detained at a checkpoint in April. He held the young man's jacket folded over his arm and "
        "did not take his eyes off the white tents.\n\n"
        "The Karskian Foreign Ministry has denied that its troops committed abuses in Lysets.",
        [
            (
                I,
                [
                    "58 graves had been identified so far, most marked only with wooden crosses "
                    "and numbers"
                ],
                "Natalia Dmytruk",
            ),
            (
                D,
                [
                    "Some of the victims have their hands tied. We will document every one of "
                    "them, and we will identify every one of them"
                ],
                "Natalia Dmytruk",
            ),
            (I, ["its troops committed abuses in Lysets"], "Karskian Foreign Ministry"),
        ],
    ),
    (  # 11 troop rotation: indirect with "Defence Minister X announced" after, "described … as"
        # partial, "they said they would" partial by a group
        "Vestria will begin rotating soldiers who have served more than 18 months at the front out "
        "of combat units from January, Defence Minister Lidia Marchuk announced on Wednesday, in a "
        "move long demanded by soldiers' families.\n\n"
        "The minister described the plan as \u201ca debt we owe to those who have carried the "
        "heaviest weight\u201d. Infantry brigades in the east will be the first to benefit.\n\n"
        "The Mothers of the Velna, a group representing about 4,000 families of serving soldiers, "
        "welcomed the decision. But they said they would \u201cbelieve it when the buses "
        "arrive\u201d.\n\n"
        "At a training ground near Ustmar, a corporal who gave only his first name, Denys, "
        "shrugged at the news and went back to cleaning his rifle. Some of the men in his company "
        "have been at the front since the first day of the war.",
        [
            (
                I,
                [
                    "Vestria will begin rotating soldiers who have served more than 18 months at "
                    "the front out of combat units from January"
                ],
                "Lidia Marchuk",
            ),
            (
                P,
                ["a debt we owe to those who have carried the heaviest weight"],
                "Lidia Marchuk",
            ),
            (P, ["believe it when the buses arrive"], "Mothers of the Velna"),
        ],
    ),
    (  # 12 water truck: straight quotes, "said the mayor, X", Mr + question marks kept, "he asked"
        "The water in Bresk comes from a tanker truck now, twice a week, parked outside the town "
        "hall. The town, six kilometres from the Karskian border, has been shelled almost every "
        "day since the spring, and its pumping station was destroyed in August.\n\n"
        '"People ask me when the pipes will work again. I tell them the truth: I don\'t know," '
        "said the mayor, Hanna Bondar, who still sleeps on a camp bed in her office. Of the "
        "town's 9,000 pre-war residents, about 1,100 remain, most of them elderly.\n\n"
        'Mr Vasyl Kozak, 78, filled two plastic canisters and loaded them onto an old pram. "My '
        "wife is buried here, my house is here. Where would I go? To a dormitory in the west, to "
        'die among strangers?" he asked.\n\n'
        "A soldier guarding the truck checked his watch. It had been quiet all morning, which in "
        "Bresk rarely lasts.",
        [
            (
                D,
                [
                    "People ask me when the pipes will work again. I tell them the truth: I don't "
                    "know"
                ],
                "Hanna Bondar",
            ),
            (
                D,
                [
                    "My wife is buried here, my house is here. Where would I go? To a dormitory in "
                    "the west, to die among strangers?"
                ],
                "Vasyl Kozak",
            ),
        ],
    ),
    (  # 13 funeral: nickname in quotes not speech, '"A," said X, "b."' one quote two spans, Father
        # X "said" indirect, mother "she said"
        "The coffin arrived in Ternivka on Thursday afternoon, in the back of a military van, and "
        "the whole village came out to kneel along the road. Staff Sergeant Roman Lytvyn, 33, "
        "known to his comrades as \u201cPilot\u201d because he had once dreamed of flying, was "
        "killed by an artillery strike near Zorenets last week.\n\n"
        "\u201cHe was the one who made the tea at three in the morning,\u201d said Sergeant Ostap "
        "Melnyk, who served with him for two years, \u201cand the one who wrote to everyone's "
        "mothers.\u201d\n\n"
        "The battalion's chaplain, Father Andriy Kutsyk, said Lytvyn had asked him, a week before "
        "he died, to bless a photograph of his daughter.\n\n"
        "His mother, Nina Lytvyn, stood by the grave long after the others had left. \u201cThey "
        "keep telling me he is a hero. I did not want a hero. I wanted my son,\u201d she said.",
        [
            (
                D,
                [
                    "He was the one who made the tea at three in the morning",
                    "and the one who wrote to everyone's mothers.",
                ],
                "Ostap Melnyk",
            ),
            (
                I,
                [
                    "Lytvyn had asked him, a week before he died, to bless a photograph of his "
                    "daughter"
                ],
                "Andriy Kutsyk",
            ),
            (
                D,
                ["They keep telling me he is a hero. I did not want a hero. I wanted my son"],
                "Nina Lytvyn",
            ),
        ],
    ),
    (  # 14 failed corridor: straight quotes, "ould" + "told reporters" after, partial after
        # "accused … of"
        "A planned humanitarian corridor out of the besieged port of Lismar collapsed on Sunday "
        "before the first bus could leave, with each side blaming the other for the shelling that "
        "closed the road.\n\n"
        '"We had guarantees, in writing, from both sides. Those guarantees lasted less than an '
        'hour," Mohamed Lemine ould Ahmed, head of the International Monitoring Mission in '
        "Vestria, told reporters in Ustmar. His team recorded shelling along the agreed route from "
        "8.40am, twenty minutes before the convoy was due to set off.\n\n"
        "A Karskian military spokesman, Major General Igor Lanskoy, accused Vestrian units of "
        'using the pause to "reposition heavy weapons", a claim that could not be independently '
        "verified. Seventeen buses and four ambulances remain on standby at the edge of the "
        "city.\n\n"
        "About 40,000 civilians are still in Lismar, many of them without heating or running "
        "water.",
        [
            (
                D,
                [
                    "We had guarantees, in writing, from both sides. Those guarantees lasted less "
                    "than an hour"
                ],
                "Mohamed Lemine ould Ahmed",
            ),
            (P, ["reposition heavy weapons"], "Igor Lanskoy"),
        ],
    ),
    (  # 15 liberated village: "she said through an interpreter", street name in quotes not speech,
        # "the old man said"
        "When Vestrian troops entered Staryi Brid in October, the first thing Olena Kyrylenko did "
        "was bake bread. For seven months she had kept a sack of flour hidden under the "
        "floorboards of her kitchen, beneath a rug and a sleeping dog.\n\n"
        "\u201cI told myself: when ours come back, they will be hungry,\u201d she said through an "
        "interpreter, laughing, as she lifted the boards to show the hiding place.\n\n"
        "During the occupation, soldiers turned the village school into a barracks, and the new "
        "authorities renamed the main street \u201cVictory Avenue\u201d. The old sign, with its "
        "original name, Cherry Street, has been nailed back up by a neighbour.\n\n"
        "That neighbour, Petro, 80, is less sure the war has left for good. \u201cThe front is 20 "
        "kilometres away. They left once. They can come back,\u201d the old man said, leaning on "
        "his stick.",
        [
            (D, ["I told myself: when ours come back, they will be hungry"], "Olena Kyrylenko"),
            (
                D,
                ["The front is 20 kilometres away. They left once. They can come back"],
                "Petro",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout59.jsonl"),
        "heldout59",
        "h59",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
