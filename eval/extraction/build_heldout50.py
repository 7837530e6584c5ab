"""Source of the fiftieth held-out set: writes heldout50.jsonl (split "heldout50").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like regional and national news copy on immigration, religion and society: asylum cases,
integration, places of worship, secularism debates and demonstrations.
Measured once before (extractor 0.3.0) and with extractors 0.18.0, 0.19.0 and 0.20.0
(docs/EXTRACTION.md); not read when 0.20.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout50.py
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
# narrow no-break spaces (\u202f), none, “ ”, and dialogue dashes.
FR: list[Item] = [
    (  # 1 asylum, baker's apprentice: nbsp, "son avocate, Me X" after quote, org indirect,
        # speaker named in the previous sentence then "l'artisan", banner slogan not speech
        "Grenay-sur-Loire — Le tribunal administratif de Vernoux a suspendu mardi l'obligation "
        "de quitter le territoire visant Hamid Sarwari, un Afghan de 24 ans arrivé en France en "
        "2022 et employé depuis deux ans dans une boulangerie du centre-ville.\n\n"
        "«\u00a0C'est un soulagement immense, mais rien n'est réglé\u00a0», a réagi son avocate, "
        "Me Lucie Bernadac, à la sortie de l'audience. Le juge doit examiner le fond du dossier "
        "d'ici trois mois.\n\n"
        "La préfecture de la Haute-Sorne a fait savoir qu'elle ne ferait pas appel de "
        "l'ordonnance. La demande d'asile du jeune homme avait été rejetée à deux reprises.\n\n"
        "Son patron, Gérard Moulinot, avait lancé une pétition qui a recueilli plus de 4 300 "
        "signatures en trois semaines. «\u00a0Hamid se lève à trois heures du matin depuis deux "
        "ans, six jours sur sept. Qu'on me dise qui va le remplacer\u00a0», lance l'artisan, qui "
        "a accroché sur sa vitrine une banderole «\u00a0Hamid doit rester\u00a0».",
        [
            (D, ["C'est un soulagement immense, mais rien n'est réglé"], "Lucie Bernadac"),
            (I, ["elle ne ferait pas appel de l'ordonnance"], "préfecture de la Haute-Sorne"),
            (
                D,
                [
                    "Hamid se lève à trois heures du matin depuis deux ans, six jours sur sept. "
                    "Qu'on me dise qui va le remplacer"
                ],
                "Gérard Moulinot",
            ),
        ],
    ),
    (  # 2 mosque land sale: narrow nbsp, partial after "a défendu", then "a-t-il insisté";
        # opponent with noun-object speech only (not annotated)
        "À Saint-Aubrac-les-Pins, le projet de mosquée porté par l'Association culturelle des "
        "musulmans du Val-d'Orne (ACMVO) a franchi une étape décisive : le conseil municipal a "
        "approuvé lundi soir, par 21 voix contre 8, la cession d'un terrain de 2 000 mètres "
        "carrés en bordure de la zone artisanale.\n\n"
        "Le maire (divers centre), Patrice Aubertin, a défendu «\u202fune décision d'égalité, "
        "rien de plus\u202f». «\u202fLes catholiques ont leurs églises, les protestants leur "
        "temple. Je ne vois pas au nom de quoi les 1 500 musulmans de la commune prieraient "
        "encore dans un ancien garage\u202f», a-t-il insisté devant les élus.\n\n"
        "Dans l'opposition, Martine Ségurel a jugé le prix de vente, 90 000 euros, trop bas et "
        "a annoncé un recours devant le tribunal administratif.\n\n"
        "Le président de l'ACMVO, Karim Benhadji, promet un lieu ouvert à tous, avec une salle "
        "de conférences et une bibliothèque. Les travaux, financés par les dons des fidèles, "
        "pourraient débuter au printemps prochain.",
        [
            (P, ["une décision d'égalité, rien de plus"], "Patrice Aubertin"),
            (
                D,
                [
                    "Les catholiques ont leurs églises, les protestants leur temple. Je ne vois "
                    "pas au nom de quoi les 1 500 musulmans de la commune prieraient encore dans "
                    "un ancien garage"
                ],
                "Patrice Aubertin",
            ),
        ],
    ),
    (  # 3 demonstration at a detention centre: no spaces in « », banner slogan, incise
        # with an unnamed woman demonstrator splitting a quote, "D'après les organisateurs"
        "Plusieurs centaines de personnes ont manifesté samedi devant le centre de rétention "
        "administrative de Maubrac, à l'appel d'un collectif d'une vingtaine d'associations, "
        "pour dénoncer les conditions d'enfermement des étrangers en attente d'expulsion.\n\n"
        "Derrière une banderole proclamant «Des droits, pas des barreaux», le cortège a défilé "
        "dans le calme jusqu'à la sous-préfecture. «On enferme ici des familles avec des "
        "enfants de quatre ans, a lancé une manifestante, bénévole au Réseau Solidarité Exilés "
        "depuis quinze ans. Et on voudrait que nous nous taisions?»\n\n"
        "D'après les organisateurs, 1 200 personnes ont participé au rassemblement. La police "
        "en a compté 450. Une délégation a été reçue en fin d'après-midi par la sous-préfète, "
        "Anne-Laure Verdier, qui n'a pas souhaité s'exprimer à l'issue de l'entrevue. Le "
        "collectif prévoit un nouveau rassemblement le mois prochain.",
        [
            (
                D,
                [
                    "On enferme ici des familles avec des enfants de quatre ans",
                    "Et on voudrait que nous nous taisions?",
                ],
                "manifestante",
            ),
            (I, ["1 200 personnes ont participé au rassemblement"], "organisateurs"),
        ],
    ),
    (  # 4 secularism, school outings: book title not speech, quote over two paragraphs
        # (unclosed at the first paragraph's end), "ajoute-t-elle", one-word partial
        "Faut-il interdire les signes religieux aux parents qui accompagnent les sorties "
        "scolaires ? La question revient devant le conseil départemental de la Dorvonne, où "
        "une motion en ce sens doit être examinée le 12 décembre.\n\n"
        "La sociologue Nadia Ferhat-Laurent, chercheuse à l'université de Castelbourg et "
        "autrice de « La laïcité au quotidien », y voit un faux débat. « La loi de 1905 impose "
        "la neutralité à l'État et à ses agents, pas aux usagers. Une mère qui accompagne une "
        "classe au musée n'est pas une fonctionnaire.\n\n"
        "« Chaque fois que ce sujet revient, ce sont les mêmes femmes qui se retirent de la vie "
        "de l'école, et ce sont leurs enfants qui en paient le prix », ajoute-t-elle.\n\n"
        "L'auteur de la motion, le conseiller départemental Hervé Castagnède, assume au "
        "contraire de vouloir « sanctuariser » l'école, y compris hors de ses murs. Le texte "
        "n'a toutefois guère de chances d'être adopté : la majorité départementale a prévu de "
        "voter contre.",
        [
            (
                D,
                [
                    "La loi de 1905 impose la neutralité à l'État et à ses agents, pas aux "
                    "usagers. Une mère qui accompagne une classe au musée n'est pas une "
                    "fonctionnaire.",
                    "Chaque fois que ce sujet revient, ce sont les mêmes femmes qui se retirent "
                    "de la vie de l'école, et ce sont leurs enfants qui en paient le prix",
                ],
                "Nadia Ferhat-Laurent",
            ),
            (P, ["sanctuariser"], "Hervé Castagnède"),
        ],
    ),
    (  # 5 antisemitic tags: dialogue dashes, roles alone ("le rabbin", "l'imam"),
        # "Selon le parquet", nbsp partial for a woman named with Mme
        "Au lendemain des inscriptions antisémites découvertes sur la façade de la synagogue de "
        "Pontverre, le grand rabbin de la ville, Élie Azoulan, et l'imam de la mosquée du "
        "quartier des Tilleuls, Mourad Tayebi, se sont rendus ensemble sur place dimanche "
        "matin.\n\n"
        "Devant une cinquantaine de fidèles des deux communautés, le rabbin a pris la parole le "
        "premier :\n"
        "— Ces inscriptions visaient les juifs de Pontverre. Elles nous ont tous blessés.\n"
        "— Quand on touche à une synagogue, on touche à ma maison, a poursuivi l'imam.\n\n"
        "Le maire, Christian Lévêque-Morin, a annoncé le dépôt d'une plainte et l'installation "
        "de deux caméras supplémentaires dans la rue. Selon le parquet, une enquête a été "
        "ouverte pour dégradation aggravée en raison de l'appartenance religieuse.\n\n"
        "Mme Jacqueline Rivaud, présidente de l'association Amitié judéo-musulmane de "
        "Pontverre, a pour sa part regretté «\u00a0un climat qui se dégrade depuis des "
        "mois\u00a0».",
        [
            (
                D,
                ["Ces inscriptions visaient les juifs de Pontverre. Elles nous ont tous blessés."],
                "Élie Azoulan",
            ),
            (D, ["Quand on touche à une synagogue, on touche à ma maison"], "Mourad Tayebi"),
            (
                I,
                [
                    "une enquête a été ouverte pour dégradation aggravée en raison de "
                    "l'appartenance religieuse"
                ],
                "parquet",
            ),
            (P, ["un climat qui se dégrade depuis des mois"], "Jacqueline Rivaud"),
        ],
    ),
    (  # 6 integration campus: name of a programme in quotes not speech, "la préfète" +
        # colon, first-name-only refugee with "sourit-il", narrow nbsp
        "La préfète de la région Val-de-Marnière, Sophie Delacroix-Amrani, a inauguré jeudi à "
        "Lorvannes le premier « campus de l'intégration », qui réunit sous un même toit cours "
        "de français, accompagnement vers l'emploi et démarches administratives pour les "
        "réfugiés statutaires.\n\n"
        "La préfète s'est montrée ambitieuse : « D'ici deux ans, je veux qu'aucun réfugié de ce "
        "département n'attende plus de six semaines avant son premier cours de français. »\n\n"
        "Parmi les premiers inscrits, Tesfaye, un Érythréen de 31 ans, ancien instituteur, suit "
        "déjà le module intensif de vingt heures par semaine. «\u202fJe comprends les lettres "
        "de l'administration, maintenant. Avant, je devais demander à mes voisins\u202f», "
        "sourit-il.\n\n"
        "Les associations restent prudentes. Le directeur de France Accueil Solidaire, Bruno "
        "Kieffer, a salué l'initiative, tout en regrettant la baisse des crédits consacrés à "
        "l'apprentissage du français depuis deux ans.",
        [
            (
                D,
                [
                    "D'ici deux ans, je veux qu'aucun réfugié de ce département n'attende plus "
                    "de six semaines avant son premier cours de français."
                ],
                "Sophie Delacroix-Amrani",
            ),
            (
                D,
                [
                    "Je comprends les lettres de l'administration, maintenant. Avant, je devais "
                    "demander à mes voisins"
                ],
                "Tesfaye",
            ),
        ],
    ),
    (  # 7 camp evacuation: operation name not speech, "a martelé" + "précisant que",
        # "selon lesquelles" (not a source), "prédit" with speaker after the quote
        "Quelque 230 exilés qui campaient depuis l'été sous le pont de la Garenne, à Vireuil, "
        "ont été évacués mardi à l'aube, lors d'une opération baptisée «Horizon» par la "
        "préfecture.\n\n"
        "«Il s'agit d'une mise à l'abri, pas d'une expulsion», a martelé le secrétaire général "
        "de la préfecture, Olivier Brassac, précisant que tous les occupants s'étaient vu "
        "proposer une place d'hébergement dans la région.\n\n"
        "Les associations présentes sur place, selon lesquelles une soixantaine de personnes "
        "ont refusé de monter dans les bus, contestent ce bilan.\n\n"
        "«Ils les envoient à 200 kilomètres, dans des hôtels sans cuisine, loin de toute école "
        "pour les enfants. Dans trois semaines, ils seront de retour sous ce pont», prédit "
        "Camille Roussel-Diallo, coordinatrice de l'association Abri Commun, qui distribue "
        "chaque soir des repas sur le campement.",
        [
            (D, ["Il s'agit d'une mise à l'abri, pas d'une expulsion"], "Olivier Brassac"),
            (
                I,
                ["tous les occupants s'étaient vu proposer une place d'hébergement dans la région"],
                "Olivier Brassac",
            ),
            (
                D,
                [
                    "Ils les envoient à 200 kilomètres, dans des hôtels sans cuisine, loin de "
                    "toute école pour les enfants. Dans trois semaines, ils seront de retour "
                    "sous ce pont"
                ],
                "Camille Roussel-Diallo",
            ),
        ],
    ),
    (  # 8 youth and religion survey: report title not speech, "D'après l'Observatoire"
        # (short form of the organisation), "observe" after a three-sentence quote
        "Les jeunes Français reviennent-ils à la religion ? C'est la question que pose "
        "l'Observatoire des croyances contemporaines dans son rapport annuel, intitulé « Croire "
        "à vingt ans », publié lundi.\n\n"
        "D'après l'Observatoire, 27 % des 18-25 ans se disent aujourd'hui croyants et "
        "pratiquants, contre 19 % il y a dix ans.\n\n"
        "« Ce n'est pas un réveil religieux au sens où l'entendaient les années 1950. Ces jeunes "
        "bricolent, empruntent, changent parfois de tradition. Mais ils ne supportent plus "
        "qu'on leur dise que la foi est une affaire de vieux », observe Thomas Guérande, "
        "sociologue des religions et coauteur du rapport.\n\n"
        "Une lecture que conteste en partie Hélène Marsac, de l'Institut Lumière et Raison, qui "
        "voit surtout dans ces chiffres un besoin d'appartenance plus qu'une conversion. "
        "L'enquête a été menée en ligne auprès de 3 000 personnes.",
        [
            (
                I,
                [
                    "27 % des 18-25 ans se disent aujourd'hui croyants et pratiquants, contre "
                    "19 % il y a dix ans"
                ],
                "Observatoire des croyances contemporaines",
            ),
            (
                D,
                [
                    "Ce n'est pas un réveil religieux au sens où l'entendaient les années 1950. "
                    "Ces jeunes bricolent, empruntent, changent parfois de tradition. Mais ils "
                    "ne supportent plus qu'on leur dise que la foi est une affaire de vieux"
                ],
                "Thomas Guérande",
            ),
        ],
    ),
    (  # 9 church for sale: incise "a confié l'évêque de X, Y." splitting a quote over two
        # sentences, partial after "dénonce"; mayor with no quote
        "Le diocèse de Saint-Brévin a confirmé vendredi la mise en vente de l'église "
        "Saint-Fiacre de Kerlouan-Bas, fermée au culte depuis 2019 faute de fidèles et de "
        "prêtres.\n\n"
        "« Vendre une église est toujours un crève-cœur, a confié l'évêque de Saint-Brévin, "
        "Jean-Paul Maréchal. Mais nous ne pouvons plus chauffer, entretenir et assurer des "
        "bâtiments où plus personne ne vient prier. »\n\n"
        "Dans ce village de 640 habitants, l'annonce passe mal. Une association, Les Amis de "
        "Saint-Fiacre, s'est constituée pour tenter de racheter l'édifice. Sa présidente, "
        "Maryvonne Le Goff, dénonce « un abandon pur et simple » de la part de l'Église.\n\n"
        "Le maire, Yannick Pennec, a écarté l'idée d'un rachat par la commune : la toiture "
        "seule nécessiterait 800 000 euros de travaux, soit près de deux ans de budget "
        "d'investissement.",
        [
            (
                D,
                [
                    "Vendre une église est toujours un crève-cœur",
                    "Mais nous ne pouvons plus chauffer, entretenir et assurer des bâtiments où "
                    "plus personne ne vient prier.",
                ],
                "Jean-Paul Maréchal",
            ),
            (P, ["un abandon pur et simple"], "Maryvonne Le Goff"),
        ],
    ),
    (  # 10 imam's expulsion order: partial after "qui lui reproche", “ ” in French,
        # "a plaidé son avocat, Me X", "M. Surname" then "a-t-il déclaré"
        "Le tribunal administratif de Castelbourg a examiné lundi le recours de l'imam "
        "Abdelhakim Zerrouki contre l'arrêté d'expulsion pris à son encontre par le préfet du "
        "Haut-Vernois, Laurent Chassagne, qui lui reproche des prêches « contraires aux valeurs "
        "de la République ».\n\n"
        "“Mon client n'a jamais appelé à la haine. On lui reproche des phrases sorties de leur "
        "contexte, traduites à la hâte par un service qui ne parle pas l'arabe”, a plaidé son "
        "avocat, Me Damien Orsoni.\n\n"
        "Le représentant de la préfecture a, lui, cité plusieurs extraits de sermons enregistrés "
        "en 2025 dans la salle de prière de la rue des Tanneurs.\n\n"
        "M. Zerrouki, présent à l'audience, a pris brièvement la parole. “Je suis en France "
        "depuis vingt-deux ans. Mes quatre enfants sont nés ici”, a-t-il déclaré d'une voix "
        "calme. La décision a été mise en délibéré au 4 décembre.",
        [
            (P, ["contraires aux valeurs de la République"], "Laurent Chassagne"),
            (
                D,
                [
                    "Mon client n'a jamais appelé à la haine. On lui reproche des phrases sorties "
                    "de leur contexte, traduites à la hâte par un service qui ne parle pas "
                    "l'arabe"
                ],
                "Damien Orsoni",
            ),
            (
                D,
                ["Je suis en France depuis vingt-deux ans. Mes quatre enfants sont nés ici"],
                "Abdelhakim Zerrouki",
            ),
        ],
    ),
    (  # 11 undocumented workers' strike: incise with a woman union official splitting a
        # quote, intention phrase "ont fait part de leur volonté de", first-name speaker + colon
        "Depuis douze jours, 46 travailleurs sans papiers occupent l'entrepôt de la société "
        "LogiNord à Brévillers pour réclamer leur régularisation. La plupart sont employés "
        "depuis plus de trois ans par des agences d'intérim, sous des identités d'emprunt.\n\n"
        "« Ils paient des impôts, ils cotisent, ils font tourner cet entrepôt jour et nuit, a "
        "dit Fatoumata Keïta, secrétaire départementale de l'Union syndicale des travailleurs "
        "(UST). Tout ce qu'ils demandent, c'est un titre de séjour. »\n\n"
        "La direction de LogiNord n'a pas répondu à nos sollicitations. Reçus mercredi à la "
        "préfecture, les délégués des grévistes ont fait part de leur volonté de poursuivre le "
        "mouvement jusqu'à l'examen de tous les dossiers.\n\n"
        "Parmi eux, Moussa, 34 ans, manutentionnaire, garde le sourire : «\u00a0On a attendu "
        "six ans. On peut bien attendre encore quelques semaines.\u00a0»",
        [
            (
                D,
                [
                    "Ils paient des impôts, ils cotisent, ils font tourner cet entrepôt jour et "
                    "nuit",
                    "Tout ce qu'ils demandent, c'est un titre de séjour.",
                ],
                "Fatoumata Keïta",
            ),
            (
                I,
                ["poursuivre le mouvement jusqu'à l'examen de tous les dossiers"],
                "délégués des grévistes",
            ),
            (
                D,
                ["On a attendu six ans. On peut bien attendre encore quelques semaines."],
                "Moussa",
            ),
        ],
    ),
    (  # 12 swimming pools: scare quotes not speech, "a-t-elle ironisé" (woman named in the
        # previous sentence), "a estimé que" for the opposition leader
        "Le conseil municipal de Roqueval a adopté jeudi un nouveau règlement intérieur pour "
        "ses deux piscines, qui autorise désormais les maillots couvrants, parfois appelés "
        "« burkinis », au même titre que les combinaisons de plongée.\n\n"
        "L'adjointe aux sports, Inès Charbonnel, a défendu une mesure d'abord pratique, prise "
        "après plusieurs incidents à l'entrée des bassins cet été. « On m'a demandé s'il "
        "fallait désormais vérifier la religion des nageurs à l'accueil. Non : on vérifie que "
        "le maillot est un maillot », a-t-elle ironisé.\n\n"
        "L'opposition de droite a voté contre. Son chef de file, Bernard Touzet, a estimé que "
        "la ville avait cédé à une pression communautariste et qu'elle créait un précédent pour "
        "les cantines scolaires. La préfecture, destinataire du règlement, dispose de deux mois "
        "pour en contrôler la légalité.",
        [
            (
                D,
                [
                    "On m'a demandé s'il fallait désormais vérifier la religion des nageurs à "
                    "l'accueil. Non : on vérifie que le maillot est un maillot"
                ],
                "Inès Charbonnel",
            ),
            (
                I,
                [
                    "la ville avait cédé à une pression communautariste et qu'elle créait un "
                    "précédent pour les cantines scolaires"
                ],
                "Bernard Touzet",
            ),
        ],
    ),
    (  # 13 unaccompanied minors: quote first, speaker in the next sentence ("Le constat est
        # dressé par"), "Mme Surname a indiqué que", "s'indigne" after the quote
        "« Nos foyers sont pleins, nos éducateurs épuisés, et les jeunes continuent d'arriver "
        "chaque semaine. » Le constat est dressé par Marie-Claude Fontenay, présidente du "
        "conseil départemental de l'Aubrenne, qui a réclamé lundi une aide d'urgence de l'État "
        "pour la prise en charge des mineurs non accompagnés.\n\n"
        "Le département accueille actuellement 612 jeunes étrangers isolés, contre 240 il y a "
        "trois ans. Mme Fontenay a indiqué que la facture dépasserait 31 millions d'euros en "
        "2026.\n\n"
        "Les associations, elles, mettent en cause l'évaluation de l'âge des jeunes, jugée "
        "expéditive. « Un entretien de quarante minutes, parfois sans interprète, décide de "
        "l'avenir d'un adolescent », s'indigne Paul Vasseur, juriste au Collectif Enfance Exil, "
        "qui accompagne une trentaine de recours devant le juge des enfants.",
        [
            (
                D,
                [
                    "Nos foyers sont pleins, nos éducateurs épuisés, et les jeunes continuent "
                    "d'arriver chaque semaine."
                ],
                "Marie-Claude Fontenay",
            ),
            (
                I,
                ["la facture dépasserait 31 millions d'euros en 2026"],
                "Marie-Claude Fontenay",
            ),
            (
                D,
                [
                    "Un entretien de quarante minutes, parfois sans interprète, décide de "
                    "l'avenir d'un adolescent"
                ],
                "Paul Vasseur",
            ),
        ],
    ),
    (  # 14 Eid prayer in a stadium: no spaces in « », "a-t-elle expliqué", partial inside
        # "a promis que", slogan not speech, "soutient son président, X"
        "Pour la première fois, la grande prière de l'Aïd se tiendra cette année au stade "
        "municipal de Mérignolles, faute de place dans les trois salles de prière de la "
        "ville.\n\n"
        "La maire, Évelyne Dutertre, a signé l'autorisation après plusieurs semaines de "
        "discussions avec le conseil des mosquées locales. «Un stade est un équipement public. "
        "Il a accueilli des concerts, une messe en plein air pour la fête patronale, des "
        "meetings politiques. Je ne vois pas pourquoi une prière poserait plus de problèmes», "
        "a-t-elle expliqué.\n\n"
        "Le recteur de la mosquée Al-Nour, Abdallah Mesbahi, a promis que la pelouse serait "
        "«rendue propre dans l'heure». Il attend près de 4 000 fidèles.\n\n"
        "Le Comité laïque de Mérignolles, qui avait organisé un rassemblement sous le mot "
        "d'ordre «Le stade à tous, la foi chez soi», s'oppose à la décision. «La laïcité, ce "
        "n'est pas l'égalité des prières dans l'espace public, c'est leur absence», soutient "
        "son président, Marc-Antoine Giraudel.",
        [
            (
                D,
                [
                    "Un stade est un équipement public. Il a accueilli des concerts, une messe en "
                    "plein air pour la fête patronale, des meetings politiques. Je ne vois pas "
                    "pourquoi une prière poserait plus de problèmes"
                ],
                "Évelyne Dutertre",
            ),
            (P, ["rendue propre dans l'heure"], "Abdallah Mesbahi"),
            (
                D,
                [
                    "La laïcité, ce n'est pas l'égalité des prières dans l'espace public, c'est "
                    "leur absence"
                ],
                "Marc-Antoine Giraudel",
            ),
        ],
    ),
    (  # 15 refugee doctor: "confie-t-elle" after a quote (woman named in the first
        # paragraph), "…, selon l'association X", "le Dr X" + "parle d'un « … »"
        "Arrivée en France en 2017, Rima Haddad exerçait comme anesthésiste dans un hôpital de "
        "sa ville natale avant la guerre. Huit ans plus tard, elle travaille comme "
        "aide-soignante au centre hospitalier de Villemarne, en attendant la reconnaissance de "
        "son diplôme.\n\n"
        "« Je prépare les patients que j'endormais moi-même autrefois. Parfois, un chirurgien "
        "me demande mon avis, discrètement, dans le couloir », confie-t-elle avec un sourire "
        "las.\n\n"
        "Près de 300 médecins réfugiés attendent de passer les épreuves de vérification des "
        "connaissances dans la région, selon l'association Médecins d'ailleurs. Son fondateur, "
        "le Dr Karim Oussedik, parle d'un « gâchis humain et financier » alors que les "
        "hôpitaux de la région manquent d'anesthésistes.\n\n"
        "Le ministère de la Santé n'a pas donné suite à nos questions.",
        [
            (
                D,
                [
                    "Je prépare les patients que j'endormais moi-même autrefois. Parfois, un "
                    "chirurgien me demande mon avis, discrètement, dans le couloir"
                ],
                "Rima Haddad",
            ),
            (
                I,
                [
                    "Près de 300 médecins réfugiés attendent de passer les épreuves de "
                    "vérification des connaissances dans la région"
                ],
                "Médecins d'ailleurs",
            ),
            (P, ["gâchis humain et financier"], "Karim Oussedik"),
        ],
    ),
]

# English typography varies on purpose: “ ” and straight " ", ‘ ’ for a quote inside a quote.
EN: list[Item] = [
    (  # 1 protest at an asylum hotel: placard and banner slogans not speech, "Police said",
        # "said X" after the quote, speaker introduced in the previous sentence ("was blunter")
        "About 300 people gathered outside the Harbour View Hotel in Carnmouth on Saturday, "
        "where 140 asylum seekers have been housed since March, in the third protest in as many "
        "weeks.\n\n"
        'Demonstrators carried placards reading "Our town, our say", while a smaller '
        "counter-protest organised by Carnmouth Welcomes stood across the road behind a banner "
        'declaring "Refugees welcome here". Police said two men had been arrested for public '
        "order offences and one officer had suffered minor injuries.\n\n"
        "\u201cMost people here are not racist. They are worried about a town that has lost its "
        "bus station, its maternity ward and now its only hotel,\u201d said Derek Hollis, a "
        "local councillor who addressed the crowd from the back of a van.\n\n"
        "Amira Soltani, a volunteer who teaches English at the hotel twice a week, was blunter. "
        "\u201cSome of the children inside are eight or nine. They understand exactly what is "
        "being shouted at them.\u201d",
        [
            (
                I,
                [
                    "two men had been arrested for public order offences and one officer had "
                    "suffered minor injuries"
                ],
                "police",
            ),
            (
                D,
                [
                    "Most people here are not racist. They are worried about a town that has lost "
                    "its bus station, its maternity ward and now its only hotel"
                ],
                "Derek Hollis",
            ),
            (
                D,
                [
                    "Some of the children inside are eight or nine. They understand exactly what "
                    "is being shouted at them."
                ],
                "Amira Soltani",
            ),
        ],
    ),
    (  # 2 asylum appeal won: partial after "found that", "Mr Surname said", "told the court"
        # without "that", barrister with Ms
        "A Kurdish teacher who spent four years waiting for a decision on his asylum claim has "
        "won his appeal, after immigration judge Fiona Rackham found that the Department for "
        'Borders had "misread" key evidence about his arrests.\n\n'
        "Rezan Aziz, 38, left his home country in 2021 after being detained twice for teaching "
        "children in Kurdish. His claim was refused in 2024.\n\n"
        '"I have spent four years unable to work, unable to plan, unable to sleep properly. '
        'Today I can finally start my life again," Mr Aziz said outside the tribunal in '
        "Bradwell on Tuesday, surrounded by colleagues from the community school where he "
        "volunteers.\n\n"
        "His barrister, Ms Helen Okafor-Reid, told the court the department had relied on a "
        "translation that confused two villages with similar names. The Department for Borders "
        "has 14 days to seek permission to appeal.",
        [
            (P, ["misread"], "Fiona Rackham"),
            (
                D,
                [
                    "I have spent four years unable to work, unable to plan, unable to sleep "
                    "properly. Today I can finally start my life again"
                ],
                "Rezan Aziz",
            ),
            (
                I,
                [
                    "the department had relied on a translation that confused two villages with "
                    "similar names"
                ],
                "Helen Okafor-Reid",
            ),
        ],
    ),
    (  # 3 church as night shelter: "said Canon X, who…", an unnamed guest splitting a quote
        # with a comma incise (one quote, two spans)
        "For more than a century, St Brannoc's in the Calder Heights district of Morlow held "
        "Sunday services for a congregation that once filled its 400 seats. Since October, its "
        "pews have been pushed against the walls to make room for 30 camp beds.\n\n"
        "\u201cWe had a choice between a beautiful empty building and a useful one,\u201d said "
        "Canon Ruth Abernethy, who has led the parish for eleven years.\n\n"
        "The night shelter, run with the Morlow Housing Trust, has so far taken in 212 people, "
        "many of them refused asylum seekers who are barred from working and from most "
        "benefits. Volunteers from two mosques and a gurdwara cook the evening meal on "
        "alternate nights.\n\n"
        "\u201cWithout this place,\u201d said one guest, a 41-year-old Eritrean who asked not to "
        "be named, \u201cI would be sleeping in the car park behind the station.\u201d\n\n"
        "The shelter will stay open until the end of March, when the parish hopes to find "
        "funding for a permanent day centre.",
        [
            (
                D,
                ["We had a choice between a beautiful empty building and a useful one"],
                "Ruth Abernethy",
            ),
            (
                D,
                ["Without this place", "I would be sleeping in the car park behind the station."],
                "guest",
            ),
        ],
    ),
    (  # 4 study on work rights: report title not speech, partial inside "said the findings
        # were", quote over two paragraphs with "Dr Surname added" at the end
        "Refugees who are allowed to work within six months of arriving are almost twice as "
        "likely to be in stable employment five years later as those made to wait, a study of "
        "2,400 refugees in the Aldermoor region has found.\n\n"
        'The report, titled "Waiting Rooms", was published on Monday by the University of '
        "Hallamby. Its lead author, Dr Priya Raghunathan, a sociologist, said the findings were "
        '"stark".\n\n'
        "\"When you keep someone out of work for two or three years, you don't just lose their "
        "skills. You lose their confidence, their language practice, their contacts. Some of "
        "them never make up that ground.\n\n"
        '"The irony is that the policy is meant to discourage people from coming, and there is '
        'no evidence that it does," Dr Raghunathan added.\n\n'
        "Tom Averill, of the think tank Borders First, has questioned the study's methodology. "
        "The government is due to review the waiting period next spring.",
        [
            (P, ["stark"], "Priya Raghunathan"),
            (
                D,
                [
                    "When you keep someone out of work for two or three years, you don't just "
                    "lose their skills. You lose their confidence, their language practice, their "
                    "contacts. Some of them never make up that ground.",
                    "The irony is that the policy is meant to discourage people from coming, and "
                    "there is no evidence that it does",
                ],
                "Priya Raghunathan",
            ),
        ],
    ),
    (  # 5 human chain round a mosque: "said the mosque's chairman, X, as…" then a second
        # quotation opening a new sentence (two quotes), "Police said"
        "Hundreds of people formed a human chain around the Al-Huda mosque in Grantley on "
        "Friday, a week after a pig's head was left on its steps before dawn prayers.\n\n"
        "Worshippers, neighbours, a brass band and pupils from three local schools linked arms "
        "around the red-brick building as the call to prayer sounded at lunchtime.\n\n"
        "\u201cThis is what Grantley really looks like,\u201d said the mosque's chairman, Yusuf "
        "Mahmood, as the chain closed around the building. \u201cNot one coward with a carrier "
        "bag at two in the morning.\u201d\n\n"
        "Police said a suspect had been identified from CCTV footage and officers were "
        "confident of making an arrest. The incident is being treated as a hate crime.\n\n"
        "The chain was organised in less than 48 hours by the Grantley Interfaith Forum, which "
        "plans to repeat it every year.",
        [
            (D, ["This is what Grantley really looks like"], "Yusuf Mahmood"),
            (
                D,
                ["Not one coward with a carrier bag at two in the morning."],
                "Yusuf Mahmood",
            ),
            (
                I,
                [
                    "a suspect had been identified from CCTV footage and officers were confident "
                    "of making an arrest"
                ],
                "police",
            ),
        ],
    ),
    (  # 6 faith-school admissions: "told the chamber that", ‘ ’ inside “ ”, role alone ("the
        # councillor said") then a second quote, partial after "warned", Father X
        "Councillors in Ellesford have voted to ask the government to end religious selection "
        "in the borough's state-funded faith schools, after a heated two-hour debate on "
        "Thursday night.\n\n"
        "The motion was tabled by Councillor Megan Draycott, who told the chamber that one in "
        "three local parents could not get their child into the nearest primary school because "
        "of its admissions criteria.\n\n"
        "\u201cI have had mothers in my surgery in tears because a priest would not sign a form "
        "saying they were \u2018regular worshippers\u2019,\u201d the councillor said. \u201cThat "
        "is not how a public service should work.\u201d\n\n"
        "Father Declan Moriarty, parish priest of St Joseph's, warned the change would \"tear "
        'the heart out" of schools that had served the town for generations. Church schools '
        "educate 41 per cent of primary pupils in the borough.\n\n"
        "The motion is not binding, and any change would require national legislation.",
        [
            (
                I,
                [
                    "one in three local parents could not get their child into the nearest "
                    "primary school because of its admissions criteria"
                ],
                "Megan Draycott",
            ),
            (
                D,
                [
                    "I have had mothers in my surgery in tears because a priest would not sign a "
                    "form saying they were \u2018regular worshippers\u2019"
                ],
                "Megan Draycott",
            ),
            (D, ["That is not how a public service should work."], "Megan Draycott"),
            (P, ["tear the heart out"], "Declan Moriarty"),
        ],
    ),
    (  # 7 halted deportation flight: "wrote on social media" after a role + name, a solicitor
        # with "said X, of the firm Y"
        "A charter flight due to deport 46 people was halted at the last minute on Wednesday "
        "night after a High Court judge granted injunctions to 19 of the passengers.\n\n"
        "The aircraft, which had been due to leave Stanmere airfield at 10pm, was still on the "
        "tarmac at midnight when the last of the passengers were taken off and returned to "
        "detention.\n\n"
        '"We will not be deterred by activist lawyers," the immigration minister, Graham '
        "Felton, wrote on social media shortly afterwards.\n\n"
        'Lawyers for the passengers reject that label. "Every single one of these injunctions '
        'was granted by a judge on the merits of the case," said Aisha Brennan, of the firm '
        "Brennan Lowe Solicitors, which represents 11 of them.\n\n"
        "It is the second time since July that a removal flight from Stanmere has been "
        "cancelled. The cost of chartering the aircraft has not been disclosed.",
        [
            (D, ["We will not be deterred by activist lawyers"], "Graham Felton"),
            (
                D,
                [
                    "Every single one of these injunctions was granted by a judge on the merits "
                    "of the case"
                ],
                "Aisha Brennan",
            ),
        ],
    ),
    (  # 8 gurdwara planning: "beamed" after a quote, "Mr Surname said", a spokeswoman with a
        # partial after "said … but feared"
        "Plans for a new gurdwara on the site of a former carpet warehouse in Hexley were "
        "approved by the borough's planning committee on Tuesday, ending a three-year dispute "
        "over parking.\n\n"
        "\"This is the happiest day our community has had since my father's generation arrived "
        'in this town," beamed Harjit Singh Bassi, secretary of the Hexley Sikh Temple '
        "Trust.\n\n"
        "Mr Bassi said the trust had agreed to fund a 120-space car park and a free shuttle bus "
        "on festival days.\n\n"
        "Residents of nearby Orchard Lane had lodged 214 objections. Their spokeswoman, Pauline "
        'Greaves, said neighbours had nothing against the Sikh community but feared "chaos '
        'every Sunday".\n\n'
        "Building work is expected to start next summer and to take around two years. The "
        "current temple, a converted terraced house, can hold fewer than 150 people.",
        [
            (
                D,
                [
                    "This is the happiest day our community has had since my father's generation "
                    "arrived in this town"
                ],
                "Harjit Singh Bassi",
            ),
            (
                I,
                [
                    "the trust had agreed to fund a 120-space car park and a free shuttle bus on "
                    "festival days"
                ],
                "Harjit Singh Bassi",
            ),
            (P, ["chaos every Sunday"], "Pauline Greaves"),
        ],
    ),
    (  # 9 refugee family in a village: first name alone after "said, laughing", partial after
        # "says the model works because", "Mr Surname acknowledged"
        "When Noor and Samer Al-Khatib arrived in the hill village of Pennick Cross with their "
        "three children in 2023, they were the first Arabic speakers most of its 600 residents "
        "had ever met. Two years on, Samer runs the bakery counter in the village shop and Noor "
        "sits on the parent-teacher association.\n\n"
        "\u201cPeople were polite but careful at first. Then my daughter started school, and "
        "suddenly everyone knew my name because their children kept saying it at home,\u201d "
        "Noor said, laughing.\n\n"
        "The scheme that brought them, run by the charity Open Hearth, places refugee families "
        "in small communities where at least five volunteers have pledged support for two "
        "years. Its director, Colin Marsh, says the model works because \u201cnobody is "
        "anonymous in a village, for better and for worse\u201d.\n\n"
        "Not every placement has gone so well. \u201cSome families have been placed with "
        "volunteers who gave up after six months,\u201d Mr Marsh acknowledged.",
        [
            (
                D,
                [
                    "People were polite but careful at first. Then my daughter started school, and "
                    "suddenly everyone knew my name because their children kept saying it at home"
                ],
                "Noor Al-Khatib",
            ),
            (P, ["nobody is anonymous in a village, for better and for worse"], "Colin Marsh"),
            (
                D,
                ["Some families have been placed with volunteers who gave up after six months"],
                "Colin Marsh",
            ),
        ],
    ),
    (  # 10 council prayers ruling: "said outside the court:" + quote, role + name then "said
        # the council would", "she said" after a quote
        "A town council in Dunmore has been told to stop opening its meetings with Christian "
        "prayers, after the High Court on Friday upheld a complaint from a former councillor.\n\n"
        "Clive Ashdown, who brought the case with the backing of the Civic Secular Alliance, "
        'said outside the court: "I have nothing against prayer. I have something against '
        'being made to sit through it before I can do my job as an elected representative."\n\n'
        "The mayor, Janet Prewitt, said the council would study the ruling before deciding "
        'whether to appeal. "Prayers have been said in this chamber since 1874, and nobody has '
        'ever been forced to join in," she said.\n\n'
        "The judgment could affect dozens of parish and town councils that still hold prayers "
        "as a formal item on the agenda.",
        [
            (
                D,
                [
                    "I have nothing against prayer. I have something against being made to sit "
                    "through it before I can do my job as an elected representative."
                ],
                "Clive Ashdown",
            ),
            (
                I,
                ["the council would study the ruling before deciding whether to appeal"],
                "Janet Prewitt",
            ),
            (
                D,
                [
                    "Prayers have been said in this chamber since 1874, and nobody has ever been "
                    "forced to join in"
                ],
                "Janet Prewitt",
            ),
        ],
    ),
    (  # 11 accommodation barge: nickname not speech, quote over two paragraphs introduced by
        # "put it simply." with no cue verb after it, Ms X "said most locals had"
        "The first asylum seekers moved on to the Ardent Star, a converted accommodation barge "
        "moored in Kilhaven harbour, in August. Dockworkers have nicknamed it \u201cthe "
        "Ark\u201d.\n\n"
        "Jawad, a 26-year-old from Afghanistan who has lived on board since September, put it "
        "simply.\n\n"
        "\u201cYou share a cabin with five strangers. The walls are metal, so at night you hear "
        "every phone call and every nightmare.\n\n"
        "\u201cIn the morning there are 300 people and four washing machines. I came here to be "
        "safe, and I am safe. But this is not a life.\u201d\n\n"
        "Ms Eleanor Fitch, chair of the Kilhaven Harbour Residents' Association, said most "
        "locals had no quarrel with the men on board but resented never having been consulted. "
        "The barge's contract runs until 2028.",
        [
            (
                D,
                [
                    "You share a cabin with five strangers. The walls are metal, so at night you "
                    "hear every phone call and every nightmare.",
                    "In the morning there are 300 people and four washing machines. I came here "
                    "to be safe, and I am safe. But this is not a life.",
                ],
                "Jawad",
            ),
            (
                I,
                [
                    "most locals had no quarrel with the men on board but resented never having "
                    "been consulted"
                ],
                "Eleanor Fitch",
            ),
        ],
    ),
    (  # 12 hate-crime figures: "…, according to figures released by X", Rabbi X then "she
        # said", Dr X with a partial after "said Muslims and Jews … faced"
        "Antisemitic incidents in the Merrowby area have risen by 38 per cent in a year, "
        "according to figures released by Merrowby Police on Thursday. Anti-Muslim incidents "
        "rose by 22 per cent over the same period.\n\n"
        "Rabbi Deborah Saltzman, of the Merrowby Reform Synagogue, spoke first at a joint press "
        "conference with the city's faith leaders. \u201cParents are asking me whether their "
        "sons should wear a cap over their kippah on the bus. That is a question I never "
        "thought I would hear in this city,\u201d she said.\n\n"
        "Dr Imran Qadir, imam of the Eastgate mosque, who stood beside her, said Muslims and "
        "Jews in Merrowby faced \u201cthe same enemy, with the same spray can\u201d.\n\n"
        "The city council has promised extra funding for security at places of worship, and "
        "police will step up patrols around synagogues and mosques during religious festivals.",
        [
            (
                I,
                ["Antisemitic incidents in the Merrowby area have risen by 38 per cent in a year"],
                "Merrowby Police",
            ),
            (
                D,
                [
                    "Parents are asking me whether their sons should wear a cap over their kippah "
                    "on the bus. That is a question I never thought I would hear in this city"
                ],
                "Deborah Saltzman",
            ),
            (P, ["the same enemy, with the same spray can"], "Imran Qadir"),
        ],
    ),
    (  # 13 lifeboat rescue: "told reporters" after role + name, then a quote with no cue at
        # all continuing the same speaker (surname alone in the sentence before)
        "Lifeboat crews in Seahollow rescued 63 people, including 11 children, from an "
        "overcrowded dinghy in the early hours of Sunday, the third such rescue this month.\n\n"
        '"The boat was taking on water and the engine had cut out. Another twenty minutes and '
        "we would have been recovering bodies,\" the station's coxswain, Gareth Pryce, told "
        "reporters on the quayside.\n\n"
        "Those rescued were taken to a reception centre in Holmport, where two were treated for "
        "hypothermia.\n\n"
        "Pryce, a fisherman who has volunteered with the lifeboat for 22 years, has little "
        "patience with critics of the crews' work. \"We don't ask people their nationality "
        'before we pull them out of the sea. We never have and we never will."\n\n'
        "The station has received more than 400 messages of support since Sunday, and a "
        "handful of abusive calls.",
        [
            (
                D,
                [
                    "The boat was taking on water and the engine had cut out. Another twenty "
                    "minutes and we would have been recovering bodies"
                ],
                "Gareth Pryce",
            ),
            (
                D,
                [
                    "We don't ask people their nationality before we pull them out of the sea. We "
                    "never have and we never will."
                ],
                "Gareth Pryce",
            ),
        ],
    ),
    (  # 14 citizenship ceremony: woman with partial then "she joked", mayor with
        # "Councillor" title and "told the new citizens:"
        "Forty-two people from 19 countries became British citizens at a ceremony in Lindhurst "
        "Town Hall on Wednesday, the largest the borough has ever held.\n\n"
        "The oldest, Marguerite Obi, 81, a retired nurse who came to the town in 1968, said she "
        'had waited "far too long" to make it official.\n\n'
        '"I have paid my taxes here for fifty years. Today I finally get to complain about '
        'them as a citizen," she joked, to laughter from the front rows.\n\n'
        "The borough's mayor, Councillor Ravi Chaudhry, himself the son of immigrants, told the "
        'new citizens: "This country is not something you join. It is something you help to '
        'build."\n\n'
        "Applications for citizenship in the borough have doubled in three years, a rise "
        "council officers link to the cost of renewing residence permits.",
        [
            (P, ["far too long"], "Marguerite Obi"),
            (
                D,
                [
                    "I have paid my taxes here for fifty years. Today I finally get to complain "
                    "about them as a citizen"
                ],
                "Marguerite Obi",
            ),
            (
                D,
                ["This country is not something you join. It is something you help to build."],
                "Ravi Chaudhry",
            ),
        ],
    ),
    (  # 15 headscarf ban in a women's league: "she said", role alone ("the coach said"),
        # Dr X "said such bans tended to"
        "A regional football league's decision to bar players from wearing headscarves in "
        "matches has drawn criticism from players, clubs and an equality watchdog. The Northern "
        "Counties Women's League has defended its kit rules as neutral.\n\n"
        "Salma Rahim, 19, the top scorer at Brookfield Ladies, has not played since September. "
        "\u201cI've worn a hijab on the pitch since I was eleven. Nobody ever said a word until "
        "this season,\u201d she said.\n\n"
        "Her coach, Kevin Doyle, has threatened to withdraw the team from the league. \u201cIf "
        "Salma can't play, none of us play,\u201d the coach said.\n\n"
        "Dr Lena Vasquez, a sociologist of sport at Dunhaven University, said such bans tended "
        "to push young Muslim women out of organised sport altogether. The league's board is due "
        "to meet clubs next month.",
        [
            (
                D,
                [
                    "I've worn a hijab on the pitch since I was eleven. Nobody ever said a word "
                    "until this season"
                ],
                "Salma Rahim",
            ),
            (D, ["If Salma can't play, none of us play"], "Kevin Doyle"),
            (
                I,
                ["such bans tended to push young Muslim women out of organised sport altogether"],
                "Lena Vasquez",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout50.jsonl"),
        "heldout50",
        "h50",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
