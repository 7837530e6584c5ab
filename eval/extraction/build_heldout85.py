"""Source of the eighty-fifth held-out set: writes heldout85.jsonl (split "heldout85").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like religion, immigration and society news: places of worship, secularism debates, asylum
seekers and reception centres, integration programmes, charities and food banks, with clerics,
mayors, NGO workers, migrants, prefects and ministers quoted.
Measured once with 0.3.0, 0.27.1 and 0.28.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout85.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-01"
Item = GoldItem

FR: list[Item] = [
    (  # 1 mosque opening: direct + "a déclaré le maire, Name," after (apposition), indirect
        # "a rappelé que" by "L'imam de la mosquée, Name", partial "a qualifié … de « … »"
        # by the pronoun "Il", campaign slogan in « » (not a quote), "promis des visites"
        # (noun object, not annotated)
        "La nouvelle mosquée de Saint-Aubin-sur-Lère a ouvert ses portes vendredi après-midi, au "
        "terme de huit ans de procédure et de deux recours devant le tribunal administratif. "
        "L'édifice de briques claires, coiffé d'une coupole verte, peut accueillir 600 fidèles et "
        "abrite aussi une bibliothèque et deux salles de classe.\n\n"
        "«\u00a0C'est un jour de fierté pour toute la ville, pas seulement pour les "
        "musulmans\u00a0», a déclaré le maire, Gérard Poulain-Mestre, en coupant le ruban devant "
        "une centaine d'invités, parmi lesquels le curé de la paroisse voisine et plusieurs élus "
        "de l'opposition.\n\n"
        "L'imam de la mosquée, Abdelkrim Ould-Hamadi, a rappelé que le chantier, estimé à 2,3 "
        "millions d'euros, avait été entièrement financé par les dons des fidèles, sans un "
        "centime d'argent public. Il a qualifié la salle de prière de «\u00a0maison "
        "ouverte\u00a0» et promis des visites pour les écoles du quartier dès la rentrée de "
        "janvier.\n\n"
        "Le collectif d'opposants, qui avait fait campagne sous le slogan «\u00a0Pas de minaret à "
        "Saint-Aubin\u00a0», ne s'est pas manifesté vendredi. Son dernier recours a été rejeté en "
        "juin par la cour administrative d'appel.",
        [
            (
                D,
                ["C'est un jour de fierté pour toute la ville, pas seulement pour les musulmans"],
                "Gérard Poulain-Mestre",
            ),
            (
                I,
                [
                    "le chantier, estimé à 2,3 millions d'euros, avait été entièrement financé par "
                    "les dons des fidèles, sans un centime d'argent public"
                ],
                "Abdelkrim Ould-Hamadi",
            ),
            (P, ["maison ouverte"], "Abdelkrim Ould-Hamadi"),
        ],
    ),
    (  # 2 asylum centre in a village: indirect BEFORE "a annoncé mardi la préfète du
        # département, Name" (inverted), group "Les riverains" → pronoun "ils" with a partial,
        # "réclamé un référendum" (noun object), two women: "a-t-elle lancé" after an
        # apposition "Name, coordinatrice de X," (plain spaces inside « »)
        "Un centre d'accueil pour demandeurs d'asile de 80 places ouvrira en janvier dans "
        "l'ancienne gendarmerie de Montferrand-le-Haut, a annoncé mardi la préfète du "
        "département, Claire Vasseur-Ndiaye, lors d'une réunion publique tendue qui a rassemblé "
        "près de 300 habitants à la salle des fêtes.\n\n"
        "Les riverains restent partagés. Réunis en association depuis l'été, ils ont dénoncé une "
        "décision «\u00a0prise dans le dos des habitants\u00a0» et réclamé un référendum local. "
        "Une pétition a recueilli 900 signatures en deux semaines, dans une commune qui compte "
        "à peine 2 400 habitants.\n\n"
        "Samia Berrada, coordinatrice de l'association Terre d'Accueil, qui gérera le centre, "
        "avait fait le déplacement avec deux familles syriennes hébergées dans une commune "
        "voisine. « Nous accueillons des familles qui ont fui la guerre, pas une menace. Venez "
        "nous voir, la porte sera ouverte », a-t-elle lancé à la salle, sous quelques "
        "applaudissements.\n\n"
        "Les premiers résidents, principalement des familles, doivent arriver après les fêtes. "
        "Une douzaine de salariés seront recrutés pour les accompagner dans leurs démarches.",
        [
            (
                I,
                [
                    "Un centre d'accueil pour demandeurs d'asile de 80 places ouvrira en janvier "
                    "dans l'ancienne gendarmerie de Montferrand-le-Haut"
                ],
                "Claire Vasseur-Ndiaye",
            ),
            (P, ["prise dans le dos des habitants"], "riverains"),
            (
                D,
                [
                    "Nous accueillons des familles qui ont fui la guerre, pas une menace. Venez "
                    "nous voir, la porte sera ouverte"
                ],
                "Samia Berrada",
            ),
        ],
    ),
    (  # 3 food bank interview: organisation "L'association a indiqué … que" (→ Secours
        # fraternel), "selon lesquelles" figures trap (not a quote), question-and-answer with
        # unmarked questions and answers opened by a dialogue dash (speaker from the intro)
        "À l'épicerie solidaire que le Secours fraternel tient à Villeneuve-la-Rivière, la file "
        "d'attente s'allonge chaque mardi un peu plus. L'association a indiqué la semaine "
        "dernière que le nombre de foyers inscrits avait augmenté de 38 % en un an. Ces chiffres "
        "rejoignent ceux de l'Observatoire régional de la précarité, selon lesquels un "
        "bénéficiaire sur quatre occupe désormais un emploi.\n\n"
        "Sa responsable, Martine Koffi-Delaunay, bénévole depuis douze ans, a répondu à nos "
        "questions entre deux livraisons.\n\n"
        "Vous attendiez-vous à une telle affluence\u00a0?\n\n"
        "— Non. L'an dernier, nous accueillions une soixantaine de familles par semaine\u00a0; "
        "nous en sommes à cent dix. Ce sont des retraités, des mères seules, des étudiants, et de "
        "plus en plus de travailleurs.\n\n"
        "Les dons suivent-ils\u00a0?\n\n"
        "— Les particuliers restent généreux, mais les supermarchés donnent moins, parce qu'ils "
        "gaspillent moins. C'est une bonne nouvelle pour la planète, une mauvaise pour nous.",
        [
            (
                I,
                ["le nombre de foyers inscrits avait augmenté de 38 % en un an"],
                "Secours fraternel",
            ),
            (
                D,
                [
                    "Non. L'an dernier, nous accueillions une soixantaine de familles par "
                    "semaine\u00a0; nous en sommes à cent dix. Ce sont des retraités, des mères "
                    "seules, des étudiants, et de plus en plus de travailleurs."
                ],
                "Martine Koffi-Delaunay",
            ),
            (
                D,
                [
                    "Les particuliers restent généreux, mais les supermarchés donnent moins, parce "
                    "qu'ils gaspillent moins. C'est une bonne nouvelle pour la planète, une "
                    "mauvaise pour nous."
                ],
                "Martine Koffi-Delaunay",
            ),
        ],
    ),
    (  # 4 nativity scene in a town hall: "L'élu" + "Il a qualifié … de « … »" (partial),
        # "l'association Raison laïque" (generic noun dropped) then "L'association a
        # répliqué … :" with a two-sentence direct quote, final period kept; "D'après la
        # préfecture," (the rest of the sentence)
        "Pour la troisième année consécutive, le maire de Castelnau-des-Prés, Bernard Azaïs, a "
        "installé une crèche de Noël dans le hall de l'hôtel de ville, avec ses santons, son âne "
        "et son bœuf. Et pour la troisième année, l'association Raison laïque a saisi le "
        "tribunal administratif, qui doit se prononcer avant le 20 décembre.\n\n"
        "L'élu assume pleinement. Il a qualifié le recours de «\u00a0croisade d'un autre "
        "âge\u00a0». La crèche est pourtant installée chaque hiver par un club de retraités de "
        "la commune, sans un euro d'argent public.\n\n"
        "L'association a répliqué dans un communiqué\u00a0: «\u00a0La loi de 1905 ne connaît pas "
        "d'exception régionale. Un santon reste un symbole religieux, même en Provence.\u00a0»\n\n"
        "D'après la préfecture, une vingtaine de communes du département exposent une crèche dans "
        "un bâtiment public cette année. Le Conseil d'État admet ces installations lorsqu'elles "
        "présentent un caractère culturel, artistique ou festif, et non l'expression d'une "
        "préférence religieuse.",
        [
            (P, ["croisade d'un autre âge"], "Bernard Azaïs"),
            (
                D,
                [
                    "La loi de 1905 ne connaît pas d'exception régionale. Un santon reste un "
                    "symbole religieux, même en Provence."
                ],
                "Raison laïque",
            ),
            (
                I,
                [
                    "une vingtaine de communes du département exposent une crèche dans un bâtiment "
                    "public cette année"
                ],
                "préfecture",
            ),
        ],
    ),
    (  # 5 French courses for newcomers: apposition "La ministre déléguée …, Name," then a
        # quote split by the incise "a-t-elle insisté" (two pieces, final period kept),
        # direct + "raconte cet ancien instituteur" (role noun → the refugee), then an
        # unattributed continuation after a full stop (second direct, same speaker)
        "Le gouvernement veut doubler le nombre d'heures de français proposées aux étrangers "
        "signataires du contrat d'intégration républicaine. La ministre déléguée chargée de "
        "l'Intégration, Hélène Marchal-Oyono, a présenté jeudi un plan de 120 millions d'euros "
        "dans une école de langue de Lyon où se pressaient une quarantaine d'élèves.\n\n"
        "«\u00a0Sans la langue, a-t-elle insisté, il n'y a ni emploi, ni logement, ni "
        "amitiés.\u00a0» Les cours, aujourd'hui plafonnés à 600 heures, pourront aller jusqu'à "
        "1 200 heures pour les personnes qui n'ont jamais été scolarisées.\n\n"
        "Parmi les élèves, Tesfay Gebremedhin, un Érythréen de 31 ans arrivé il y a deux ans, "
        "suit quatre matinées de cours par semaine. «\u00a0Au début, je ne comprenais même pas "
        "les lettres de la préfecture\u00a0», raconte cet ancien instituteur, qui travaille "
        "aujourd'hui dans une boulangerie de la Croix-Rousse. «\u00a0Maintenant, c'est moi qui "
        "les lis pour mes voisins.\u00a0»\n\n"
        "Sur le terrain, l'accueil est plus réservé\u00a0: les organismes de formation peinent "
        "déjà à recruter des enseignants qualifiés, et les listes d'attente dépassent souvent "
        "trois mois dans les grandes villes.",
        [
            (
                D,
                ["Sans la langue", "il n'y a ni emploi, ni logement, ni amitiés."],
                "Hélène Marchal-Oyono",
            ),
            (
                D,
                ["Au début, je ne comprenais même pas les lettres de la préfecture"],
                "Tesfay Gebremedhin",
            ),
            (
                D,
                ["Maintenant, c'est moi qui les lis pour mes voisins."],
                "Tesfay Gebremedhin",
            ),
        ],
    ),
    (  # 6 church closure: "Mgr Name" confirms (noun object, not annotated), a letter quoted
        # over two paragraphs (second paragraph reopens «, one span per paragraph) with
        # "écrit-il" after; group "Les paroissiens" intention phrase "ont fait part de leur
        # volonté de"; "Leur porte-parole, Name," with a partial
        "L'église Saint-Médard de Vaux-sur-Aisne ne rouvrira pas. Fermée depuis 2019 pour des "
        "raisons de sécurité, elle sera désacralisée au printemps puis vendue à la commune, qui "
        "envisage d'y installer une médiathèque. L'évêque de Soissons-Nord, Mgr Philippe "
        "Armand-Lefort, a confirmé la décision dimanche dans une lettre lue dans toutes les "
        "paroisses du secteur.\n\n"
        "«\u00a0Je mesure la peine que cette annonce causera. Beaucoup d'entre vous ont été "
        "baptisés, se sont mariés, ont enterré leurs parents dans cette église.\n\n"
        "«\u00a0Mais nous ne pouvons plus demander à une centaine de fidèles de financer une "
        "toiture à 1,8 million d'euros\u00a0», écrit-il.\n\n"
        "Les paroissiens, réunis en collectif, ont fait part de leur volonté de racheter le "
        "bâtiment avec l'aide de la Fondation du patrimoine. Leur porte-parole, Jeanne Delcourt, "
        "a dénoncé «\u00a0un abandon\u00a0» de la part du diocèse, qui possède encore 212 "
        "églises dans le département.",
        [
            (
                D,
                [
                    "Je mesure la peine que cette annonce causera. Beaucoup d'entre vous ont été "
                    "baptisés, se sont mariés, ont enterré leurs parents dans cette église.",
                    "Mais nous ne pouvons plus demander à une centaine de fidèles de financer une "
                    "toiture à 1,8 million d'euros",
                ],
                "Philippe Armand-Lefort",
            ),
            (
                I,
                ["racheter le bâtiment avec l'aide de la Fondation du patrimoine"],
                "paroissiens",
            ),
            (P, ["un abandon"], "Jeanne Delcourt"),
        ],
    ),
    (  # 7 synagogue vandalised: rabbi "a-t-il confié" after, a word in "…" nested inside the
        # quote (not a separate quote), minister's partial "Il a promis une « … »" (pronoun),
        # "annoncé le renforcement" (noun object), two clerics: rector with a colon before
        "Des inscriptions antisémites ont été découvertes dimanche matin sur la façade de la "
        "synagogue de Montreuil-sur-Brèche, la seule de cette ville de 40 000 habitants. Une "
        "enquête pour dégradation aggravée a été ouverte et les images des caméras de la rue "
        "sont en cours d'exploitation.\n\n"
        "Le rabbin de la communauté, David Benhamou, a découvert les tags en arrivant pour "
        "l'office. «\u00a0Ce n'est pas la première fois, mais c'est la première fois qu'on écrit "
        'le mot "dehors"\u00a0», a-t-il confié, la voix nouée.\n\n'
        "Le ministre de l'Intérieur, Laurent Séverin-Mbaye, s'est rendu sur place dans "
        "l'après-midi. Il a promis une «\u00a0réponse implacable\u00a0» et annoncé le "
        "renforcement des patrouilles devant les lieux de culte de la ville.\n\n"
        "Le recteur de la mosquée voisine, Hocine Belkacem, est venu lui aussi apporter son "
        "soutien à la communauté juive\u00a0: «\u00a0Quand on s'attaque à une synagogue, on "
        "s'attaque à nous tous.\u00a0»",
        [
            (
                D,
                [
                    "Ce n'est pas la première fois, mais c'est la première fois qu'on écrit le "
                    'mot "dehors"'
                ],
                "David Benhamou",
            ),
            (P, ["réponse implacable"], "Laurent Séverin-Mbaye"),
            (
                D,
                ["Quand on s'attaque à une synagogue, on s'attaque à nous tous."],
                "Hocine Belkacem",
            ),
        ],
    ),
    (  # 8 student facing expulsion: union "Le syndicat Éducation solidaire" (no quote of its
        # own), direct + "a résumé son secrétaire départemental, Name,",
        # unnamed spokesperson of the prefecture: partial inside "a indiqué que" (only the
        # partial, speaker → préfecture)
        "Plus de 200 personnes se sont rassemblées samedi devant la préfecture de "
        "Saint-Germain-la-Forêt pour demander la régularisation d'Aminata Sow, une lycéenne "
        "guinéenne de 18 ans visée par une obligation de quitter le territoire français (OQTF). "
        "Arrivée mineure en 2022, elle prépare un CAP de cuisine et vient de signer un contrat "
        "d'apprentissage dans un restaurant du centre-ville.\n\n"
        "Le syndicat Éducation solidaire avait appelé au rassemblement, banderoles et "
        "sifflets à l'appui. «\u00a0On expulse une élève que l'État a formée pendant trois ans, et "
        "qu'un employeur attend\u00a0», a résumé son secrétaire départemental, Yves Le Gall, "
        "au micro.\n\n"
        "Un porte-parole de la préfecture a indiqué que le dossier serait «\u00a0réexaminé avec "
        "attention\u00a0» si de nouveaux éléments étaient produits. Les avocats de la jeune "
        "femme ont déposé un recours devant le tribunal administratif, qui doit l'examiner le "
        "15 décembre.\n\n"
        "Aminata Sow, elle, s'est contentée de remercier la foule, très émue, avant de "
        "repartir avec ses camarades de classe.",
        [
            (
                D,
                [
                    "On expulse une élève que l'État a formée pendant trois ans, et qu'un "
                    "employeur attend"
                ],
                "Yves Le Gall",
            ),
            (P, ["réexaminé avec attention"], "préfecture"),
        ],
    ),
    (  # 9 pagoda anniversary: two deputy mayors (two women): "Pour la première, Name, …,
        # « … »" (direct), "Sa collègue …, Name, a annoncé vouloir …" (indirect, the part
        # after "vouloir"), then "a-t-elle souligné" → the second one
        "La pagode Linh Quang de Vitry-les-Saules a fêté dimanche ses trente ans en présence de "
        "près de 3 000 visiteurs, venus de toute la région pour la fête du Vesak, qui célèbre la "
        "naissance du Bouddha. Le lieu a été bâti à la fin des années 1980 par des réfugiés "
        "arrivés du Vietnam, qui avaient acheté à l'époque un ancien entrepôt de meubles.\n\n"
        "Deux adjointes au maire avaient fait le déplacement. Pour la première, Nathalie Chen, "
        "chargée de la vie associative, «\u00a0la pagode fait partie de l'histoire de la ville "
        "autant que la mairie\u00a0».\n\n"
        "Sa collègue chargée de la culture, Fatoumata Keïta, a annoncé vouloir inscrire le "
        "bâtiment à l'inventaire du patrimoine communal dès l'an prochain. «\u00a0Peu de villes "
        "ont un temple comme celui-ci, et beaucoup d'habitants ne savent même pas qu'il "
        "existe\u00a0», a-t-elle souligné.\n\n"
        "La journée s'est achevée par un lâcher de lanternes au-dessus du parc voisin, sous "
        "l'œil d'une centaine de moines et de nonnes venus de plusieurs pays d'Europe.",
        [
            (
                D,
                ["la pagode fait partie de l'histoire de la ville autant que la mairie"],
                "Nathalie Chen",
            ),
            (
                I,
                ["inscrire le bâtiment à l'inventaire du patrimoine communal dès l'an prochain"],
                "Fatoumata Keïta",
            ),
            (
                D,
                [
                    "Peu de villes ont un temple comme celui-ci, et beaucoup d'habitants ne savent "
                    "même pas qu'il existe"
                ],
                "Fatoumata Keïta",
            ),
        ],
    ),
    (  # 10 asylum bill debate: minister introduced by apposition then "a plaidé le ministre"
        # (role alone), opposition MP partial "a qualifié … de « gabegie »" then "Selon elle,"
        # (indirect, rest of the sentence)
        "Les députés ont entamé mardi l'examen du projet de loi sur l'asile et l'intégration, "
        "qui prévoit notamment de ramener à six mois le délai d'instruction des demandes. Le "
        "texte, porté par le ministre de l'Intérieur, Raphaël Guérin-Sall, doit être voté "
        "d'ici à la fin du mois, après plus de 3 000 amendements.\n\n"
        "«\u00a0Nous voulons des décisions rapides, parce qu'une attente de deux ans n'est "
        "humaine pour personne\u00a0», a plaidé le ministre à la tribune, sous les "
        "applaudissements de la majorité.\n\n"
        "Dans l'opposition, la députée écologiste Inès Karadeniz a qualifié le dispositif "
        "d'hébergement prévu de «\u00a0gabegie\u00a0». Selon elle, les nouveaux centres "
        "régionaux coûteront trois fois plus cher que l'accompagnement actuel par les "
        "associations.\n\n"
        "Le texte crée également un titre de séjour pour les métiers en tension, une mesure "
        "réclamée depuis des années par les organisations patronales du bâtiment et de "
        "l'hôtellerie-restauration. Les débats doivent se poursuivre jusqu'à jeudi soir.",
        [
            (
                D,
                [
                    "Nous voulons des décisions rapides, parce qu'une attente de deux ans n'est "
                    "humaine pour personne"
                ],
                "Raphaël Guérin-Sall",
            ),
            (P, ["gabegie"], "Inès Karadeniz"),
            (
                I,
                [
                    "les nouveaux centres régionaux coûteront trois fois plus cher que "
                    "l'accompagnement actuel par les associations"
                ],
                "Inès Karadeniz",
            ),
        ],
    ),
    (  # 11 night outreach patrol: dialogue-dash lines with "demande-t-elle" (→ the team
        # leader) and "répond Name, un Serbe de 52 ans" (first name only); "Ils ont dit"
        # inside a quote is not a separate quote
        "Il est 22 heures quand le camion de la Maraude du Cœur se gare sous le pont de la "
        "rocade, à Rives-sur-Orne. Trois bénévoles descendent avec des thermos de soupe, des "
        "couvertures et des chaussettes. Ce soir-là, le thermomètre affiche −4 °C.\n\n"
        "Sous une tente, un homme se redresse. La responsable de l'équipe, Lucie "
        "Fontaine-Abena, s'accroupit à sa hauteur.\n\n"
        "— Vous avez pu joindre le 115 aujourd'hui\u00a0? demande-t-elle.\n\n"
        "— Ils ont dit qu'il n'y avait plus de place. Je rappellerai demain, répond Dragan, un "
        "Serbe de 52 ans qui dort ici depuis octobre.\n\n"
        "Faute de lits, le numéro d'urgence a refusé plus de 600 demandes la semaine dernière "
        "dans le département. L'équipe repartira vers 1 heure du matin, après une dizaine "
        "d'arrêts, et reviendra sous le pont jeudi avec des duvets neufs offerts par une "
        "entreprise de la zone industrielle.",
        [
            (D, ["Vous avez pu joindre le 115 aujourd'hui\u00a0?"], "Lucie Fontaine-Abena"),
            (
                D,
                ["Ils ont dit qu'il n'y avait plus de place. Je rappellerai demain"],
                "Dragan",
            ),
        ],
    ),
    (  # 12 camp evacuation: "Selon la préfecture," (indirect), "Le préfet, Name, a assuré
        # vouloir « … »" (partial inside reported speech: only the partial), "l'association
        # Passerelles" then direct + "prédit son coordinateur, Name"
        "Les forces de l'ordre ont évacué mercredi à l'aube un campement de près de 400 exilés "
        "installé depuis l'été le long du canal, à Grand-Marais. Selon la préfecture, 312 "
        "personnes ont accepté une mise à l'abri dans des centres d'hébergement de la "
        "région.\n\n"
        "Le préfet, Jean-Baptiste Okafor, a assuré vouloir «\u00a0mettre fin à une situation "
        "indigne\u00a0». Des engins de chantier ont commencé à clôturer le site dans la journée "
        "pour empêcher toute réinstallation.\n\n"
        "Sur place, l'association Passerelles, qui distribue des repas le long du canal depuis "
        "trois ans, n'y croit guère. «\u00a0Dans trois jours, ils seront de retour, un kilomètre "
        "plus loin, sans tentes et sans sacs de couchage\u00a0», prédit son coordinateur, "
        "Baptiste Morel.\n\n"
        "La plupart des exilés tentent de rejoindre le Royaume-Uni. Depuis janvier, c'est la "
        "onzième évacuation de ce type dans le secteur.",
        [
            (
                I,
                [
                    "312 personnes ont accepté une mise à l'abri dans des centres d'hébergement "
                    "de la région"
                ],
                "préfecture",
            ),
            (P, ["mettre fin à une situation indigne"], "Jean-Baptiste Okafor"),
            (
                D,
                [
                    "Dans trois jours, ils seront de retour, un kilomètre plus loin, sans tentes et "
                    "sans sacs de couchage"
                ],
                "Baptiste Morel",
            ),
        ],
    ),
    (  # 13 headscarf in PE class: indirect "a expliqué qu'il avait …" by "Le proviseur,
        # Name", direct ending with "?" and no comma + "interroge Name, mère de …",
        # partial "a appelé à « … »" by the minister (apposition), « » without inner spaces
        "La polémique enfle au lycée Paul-Éluard de Port-Vallon depuis que trois élèves ont été "
        "privées de cours d'éducation physique pour avoir refusé de retirer leur foulard pendant "
        "les séances. Le proviseur, Alain Dumortier, a expliqué qu'il avait simplement appliqué "
        "la loi de 2004 sur les signes religieux à l'école.\n\n"
        "Une quarantaine de parents se sont réunis mardi devant l'établissement. «Le foulard "
        "n'était pas interdit en sport l'an dernier. Qu'est-ce qui a changé\u00a0?» interroge "
        "Khadija Zerrouki, mère d'une des trois élèves.\n\n"
        "Interrogée jeudi sur une radio nationale, la ministre de l'Éducation, Véronique "
        "Lambert-Sy, a appelé à «l'apaisement» et promis une circulaire d'ici à la fin de "
        "l'année pour harmoniser les pratiques des établissements.\n\n"
        "Le sujet divise jusqu'au sein des équipes enseignantes. Plusieurs professeurs "
        "d'éducation physique du lycée ont signé une tribune dans la presse locale, intitulée "
        "«Le sport pour toutes», qui a recueilli plus de 1 500 signatures.",
        [
            (
                I,
                ["il avait simplement appliqué la loi de 2004 sur les signes religieux à l'école"],
                "Alain Dumortier",
            ),
            (
                D,
                [
                    "Le foulard n'était pas interdit en sport l'an dernier. Qu'est-ce qui a "
                    "changé\u00a0?"
                ],
                "Khadija Zerrouki",
            ),
            (P, ["l'apaisement"], "Véronique Lambert-Sy"),
        ],
    ),
    (  # 14 interfaith iftar: three clerics; "a plaisanté l'imam Name" after the quote,
        # "le père Name, a salué « … »" (partial, title "père"), "Le père Kaboré a indiqué
        # que … et que …" (title + surname later, one span), "réciter une bénédiction" (noun
        # object, not annotated)
        "Pour la quatrième année, la ville de Belmont-sur-Saône a organisé samedi un iftar "
        "interreligieux dans le gymnase municipal. Près de 500 convives, musulmans, chrétiens, "
        "juifs et non-croyants, ont rompu le jeûne ensemble autour de longues tables dressées "
        "par une soixantaine de bénévoles.\n\n"
        "«\u00a0On se parle beaucoup plus facilement la bouche pleine\u00a0», a plaisanté l'imam "
        "Youssef Ait-Benali, à l'origine de l'initiative. Le curé de la paroisse Saint-Joseph, "
        "le père Emmanuel Kaboré, a salué «\u00a0une fraternité qui ne se décrète pas, mais se "
        "cuisine\u00a0».\n\n"
        "Assis entre eux, le rabbin Élie Sebbag a partagé la chorba et les dattes, avant de "
        "réciter une courte bénédiction en hébreu, traduite en français pour l'assistance.\n\n"
        "Le père Kaboré a indiqué que la prochaine rencontre aurait lieu à Noël, dans la salle "
        "paroissiale, et qu'elle serait ouverte aux familles des quartiers nord.",
        [
            (
                D,
                ["On se parle beaucoup plus facilement la bouche pleine"],
                "Youssef Ait-Benali",
            ),
            (
                P,
                ["une fraternité qui ne se décrète pas, mais se cuisine"],
                "Emmanuel Kaboré",
            ),
            (
                I,
                [
                    "la prochaine rencontre aurait lieu à Noël, dans la salle paroissiale, et "
                    "qu'elle serait ouverte aux familles des quartiers nord"
                ],
                "Emmanuel Kaboré",
            ),
        ],
    ),
    (  # 15 unaccompanied minors: indirect "a affirmé que … et que …" (one span) by "Son
        # président, Name", "a-t-il déploré" after, "selon lesquels" trap, partial in "Pour
        # Name, …, la décision est « … »" then direct + "insiste-t-elle"
        "Le conseil départemental de la Haute-Varenne a suspendu lundi l'accueil de nouveaux "
        "mineurs non accompagnés, faute de places. Son président, Francis Lemoine-Achour, a "
        "affirmé que les 14 foyers du département étaient pleins et que des adolescents "
        "dormaient déjà dans des chambres d'hôtel.\n\n"
        "«\u00a0Nous avons alerté l'État à six reprises depuis janvier. Aucune de nos lettres "
        "n'a reçu de réponse\u00a0», a-t-il déploré.\n\n"
        "Les derniers chiffres de la protection judiciaire de la jeunesse, selon lesquels le "
        "nombre d'arrivées a doublé en deux ans dans le département, alimentent la "
        "controverse.\n\n"
        "Pour Maëlle Guillou, juriste à l'association Droits d'enfance, la décision est "
        "«\u00a0tout simplement illégale\u00a0». «\u00a0La protection de l'enfance est une "
        "obligation, pas une option\u00a0», insiste-t-elle. L'association a saisi le juge des "
        "référés.",
        [
            (
                I,
                [
                    "les 14 foyers du département étaient pleins et que des adolescents dormaient "
                    "déjà dans des chambres d'hôtel"
                ],
                "Francis Lemoine-Achour",
            ),
            (
                D,
                [
                    "Nous avons alerté l'État à six reprises depuis janvier. Aucune de nos "
                    "lettres n'a reçu de réponse"
                ],
                "Francis Lemoine-Achour",
            ),
            (P, ["tout simplement illégale"], "Maëlle Guillou"),
            (
                D,
                ["La protection de l'enfance est une obligation, pas une option"],
                "Maëlle Guillou",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 church-hall food bank: "The vicar, the Rev Name, said:" (colon, title dropped),
        # then '"A," she added. "B."' (two direct quotes, both hers), "According to figures
        # from the last census" (not a quote)
        "Demand at the food bank run from the hall of St Aldhelm's Church in Northfield Green "
        "has almost doubled since the spring, with more than 300 households now collecting "
        "parcels every week. Volunteers have added a second weekly session on Saturday "
        "mornings.\n\n"
        'The vicar, the Rev Margaret Osei-Bonsu, said: "We used to see people in crisis. Now we '
        'see people who simply cannot make their wages stretch to the end of the month."\n\n'
        '"Some of our own volunteers have started using the food bank," she added. "Nobody '
        'should be ashamed of that."\n\n'
        "The Harvest Table Network, which supplies more than 90 food banks in the region, has "
        "had to buy food for the first time in its history this year, as donations from "
        "supermarkets have fallen.\n\n"
        "According to figures from the last census, the ward has one of the lowest median "
        "household incomes in the county.",
        [
            (
                D,
                [
                    "We used to see people in crisis. Now we see people who simply cannot make "
                    "their wages stretch to the end of the month."
                ],
                "Margaret Osei-Bonsu",
            ),
            (
                D,
                ["Some of our own volunteers have started using the food bank"],
                "Margaret Osei-Bonsu",
            ),
            (D, ["Nobody should be ashamed of that."], "Margaret Osei-Bonsu"),
        ],
    ),
    (  # 2 asylum hotel protest: partial "called the use of
        # the hotel “…”" by "The leader of the district council, Name,", unnamed spokesman
        # → Home Office (colon), direct + "he said" after a new speaker's apposition
        "About 150 people protested on Saturday outside the Marlowe Hotel in Ashby Carrow, "
        "which has housed asylum seekers since March, while a smaller counter-demonstration "
        "gathered across the road. Two people were arrested for public order offences.\n\n"
        "The leader of the district council, Graham Pettifer, called the use of the hotel "
        "“a failure of planning, not of compassion” and has written to the Home Office asking "
        "for a closure date.\n\n"
        "A spokesman for the Home Office said: “We are committed to ending the use of hotels as "
        "quickly as possible, and the number in use has fallen by a third this year.”\n\n"
        "Among the counter-protesters was Yusuf Adeyemi, a retired teacher who volunteers at a "
        "drop-in centre for the hotel's 180 residents. “These are men who fled the Taliban and "
        "the war in Sudan. They are not the enemy,” he said.",
        [
            (P, ["a failure of planning, not of compassion"], "Graham Pettifer"),
            (
                D,
                [
                    "We are committed to ending the use of hotels as quickly as possible, and the "
                    "number in use has fallen by a third this year."
                ],
                "Home Office",
            ),
            (
                D,
                ["These are men who fled the Taliban and the war in Sudan. They are not the enemy"],
                "Yusuf Adeyemi",
            ),
        ],
    ),
    (  # 3 mosque planning approval: two councillors; partial "described … as “…”" by
        # "Councillor Name, who chairs", direct + "Mr Surname said" (second councillor),
        # "The chairman of X, Name, said:" (colon)
        "Plans for a three-storey mosque and community centre on the site of a former carpet "
        "warehouse in Eastleigh Vale were approved on Tuesday night by the city's planning "
        "committee, after a four-hour meeting attended by more than 200 people.\n\n"
        "Councillor Helen Braithwaite, who chairs the committee, described some of the 1,100 "
        "written objections as “thinly disguised prejudice”.\n\n"
        "A second councillor, Derek Holloway, voted against the scheme, citing parking. “Friday "
        "prayers will bring hundreds of cars into streets that are already full,” Mr Holloway "
        "said.\n\n"
        "The chairman of the Eastleigh Vale Islamic Association, Tariq Rahman, said: “We have "
        "been praying in a rented hall for 22 years. Tonight, for the first time, we feel at "
        "home.”\n\n"
        "Work on the £6m building is due to start next summer and should take two years. The "
        "centre will include a library, a gym and a room for wedding receptions.",
        [
            (P, ["thinly disguised prejudice"], "Helen Braithwaite"),
            (
                D,
                ["Friday prayers will bring hundreds of cars into streets that are already full"],
                "Derek Holloway",
            ),
            (
                D,
                [
                    "We have been praying in a rented hall for 22 years. Tonight, for the first "
                    "time, we feel at home."
                ],
                "Tariq Rahman",
            ),
        ],
    ),
    (  # 4 refugee sponsorship: '"A," said Name, who …, "b."' (one quote, two pieces),
        # "told reporters … that" by "The immigration minister, Name,", "Asked what …, she
        # answered …:" (colon, question-and-answer)
        "Forty-two Afghan refugees arrived in Port Keswick on Thursday under the government's "
        "community sponsorship scheme, the largest group the town has welcomed since the "
        "programme began in 2021. Most are women and children who had been living in temporary "
        "camps for more than two years.\n\n"
        '"Every family has a house, a school place and a mentor waiting for them," said Rosa '
        'Villanueva-Ortiz, who coordinates the scheme for the charity Open Doors Alliance, "but '
        'the hardest part, finding work, is still ahead."\n\n'
        "The immigration minister, Daniel Achterberg, told reporters at the airport that the "
        "scheme would be extended to 15 more towns next year.\n\n"
        "Among the new arrivals was Farida Noorzai, a former midwife from Herat. Asked what she "
        'hoped for, she answered without hesitation: "To work again. I delivered hundreds of '
        'babies. I want to be useful here too."',
        [
            (
                D,
                [
                    "Every family has a house, a school place and a mentor waiting for them",
                    "but the hardest part, finding work, is still ahead.",
                ],
                "Rosa Villanueva-Ortiz",
            ),
            (
                I,
                ["the scheme would be extended to 15 more towns next year"],
                "Daniel Achterberg",
            ),
            (
                D,
                ["To work again. I delivered hundreds of babies. I want to be useful here too."],
                "Farida Noorzai",
            ),
        ],
    ),
    (  # 5 retiring rabbi interview: "Asked whether …, he paused." then a direct quote with
        # no speech verb (speaker from context), a second Q&A, "He said … but that …"
        # (indirect, one span); "spoke to the Courier about" (not a quote)
        "Rabbi Jonathan Aldridge-Cohen has led the Westgate Hebrew Congregation for 27 years. "
        "As he prepares to retire next month, he spoke to the Courier about faith, fear and the "
        "future of a community that has shrunk but refuses to disappear.\n\n"
        "Asked whether he felt safer today than when he arrived, he paused for a long time. "
        '"No. We have guards at the door on Saturday mornings now. When I started, the door was '
        'simply open."\n\n'
        "Asked what advice he would give his successor, he laughed. \"Learn everyone's name in "
        'the first month. After that, it is too late."\n\n'
        "He said the congregation had shrunk from 600 members to about 380, but that its youth "
        "group was growing again for the first time in a decade. His farewell service will be "
        "held on December 20.",
        [
            (
                D,
                [
                    "No. We have guards at the door on Saturday mornings now. When I started, the "
                    "door was simply open."
                ],
                "Jonathan Aldridge-Cohen",
            ),
            (
                D,
                ["Learn everyone's name in the first month. After that, it is too late."],
                "Jonathan Aldridge-Cohen",
            ),
            (
                I,
                [
                    "the congregation had shrunk from 600 members to about 380, but that its "
                    "youth group was growing again for the first time in a decade"
                ],
                "Jonathan Aldridge-Cohen",
            ),
        ],
    ),
    (  # 6 school prayer room: partial inside "wrote … that" (only the partial), organisation
        # partial "calling it “…”", direct ending with "?" + "she asked" after (apposition
        # "Name, whose son …,")
        "A secondary school in Harwick has withdrawn permission for pupils to use an empty "
        "classroom for Friday prayers, after complaints from a group of parents. About 30 "
        "pupils had used the room at lunchtime since January.\n\n"
        "The headteacher, Simon Okonkwo-Reid, wrote in a letter to families that the school "
        "“must remain a neutral space for pupils of all faiths and none”.\n\n"
        "The National Secular Forum welcomed the decision, calling it “a sensible return to "
        "first principles”.\n\n"
        "Aisha Mahmood, whose 14-year-old son used the room, was less impressed. “They let the "
        "chess club have a room. They let the Christian Union have a room. Why not them?” she "
        "asked. She has started a petition and wants the school governors to review the "
        "decision in January.",
        [
            (
                P,
                ["must remain a neutral space for pupils of all faiths and none"],
                "Simon Okonkwo-Reid",
            ),
            (P, ["a sensible return to first principles"], "National Secular Forum"),
            (
                D,
                [
                    "They let the chess club have a room. They let the Christian Union have a "
                    "room. Why not them?"
                ],
                "Aisha Mahmood",
            ),
        ],
    ),
    (  # 7 small-boat crossings: "…, officials said." (indirect before, speaker "officials"),
        # "…, according to the French coastguard." (the part before), partial inside "said
        # the death was" by the minister (apposition), charity with no quote
        "More than 600 people crossed the Channel in small boats on Sunday, the highest daily "
        "total this year, officials said.\n\n"
        "At least one man died when a dinghy carrying 70 people began to sink off the beach at "
        "Sainte-Grève, according to the French coastguard. Fourteen people were taken to "
        "hospital in Boulogne.\n\n"
        'The border security minister, Patricia Nwosu-Hale, said the death was "a brutal '
        "reminder of what the smuggling gangs are willing to risk with other people's lives\". "
        "Her department is due to publish new figures on returns next week.\n\n"
        "The charity Safe Passage Now, which runs a helpline for people in distress at sea, "
        "received more than 40 calls during the night, most of them from boats that had lost "
        "their engines or taken on water within sight of the French coast.",
        [
            (
                I,
                [
                    "More than 600 people crossed the Channel in small boats on Sunday, the "
                    "highest daily total this year"
                ],
                "officials",
            ),
            (
                I,
                [
                    "At least one man died when a dinghy carrying 70 people began to sink off the "
                    "beach at Sainte-Grève"
                ],
                "French coastguard",
            ),
            (
                P,
                [
                    "a brutal reminder of what the smuggling gangs are willing to risk with other "
                    "people's lives"
                ],
                "Patricia Nwosu-Hale",
            ),
        ],
    ),
    (  # 8 English classes for refugees: two teachers (two women): "One of the teachers,
        # Name, said" (indirect), "Her colleague, Name, …, described … as “…”" (partial),
        # then direct + "she said" (→ the second teacher)
        "At the Riverside Learning Centre in Lowbridge, two evening classes of English for newly "
        "arrived refugees have been running at full capacity since September, with 40 people on "
        "a waiting list.\n\n"
        "One of the teachers, Ewa Kowalczyk, said most of her students had been doctors, "
        "engineers or shopkeepers in Syria, Ukraine and Eritrea.\n\n"
        "Her colleague, Grace Mbeki-Turner, who teaches the beginners' class, described the "
        "funding cut announced by the council last month as “a false economy”. “If they cannot "
        "speak English, they cannot work, and if they cannot work, they need benefits,” she "
        "said.\n\n"
        "Lowbridge Borough Council faces a £12m shortfall in its budget this year. The centre's "
        "classes will stop at Easter unless another funder is found, and the waiting list has "
        "already been closed.",
        [
            (
                I,
                [
                    "most of her students had been doctors, engineers or shopkeepers in Syria, "
                    "Ukraine and Eritrea"
                ],
                "Ewa Kowalczyk",
            ),
            (P, ["a false economy"], "Grace Mbeki-Turner"),
            (
                D,
                [
                    "If they cannot speak English, they cannot work, and if they cannot work, they "
                    "need benefits"
                ],
                "Grace Mbeki-Turner",
            ),
        ],
    ),
    (  # 9 gurdwara free kitchen: nickname in quotation marks (not a quote), direct + "said
        # Name, the secretary of …" after, surname-only "Dhaliwal said" (indirect)
        "The gurdwara on Carlton Road in Kingsmere now serves more than 1,500 free hot meals a "
        'week, up from about 600 before the pandemic. Its langar kitchen, nicknamed "the '
        'Carlton Road canteen" by local taxi drivers, has started opening on weekday evenings '
        "as well as at weekends.\n\n"
        '"We do not ask anyone who they are or why they came. That is the whole point of '
        "langar,\" said Harjit Singh Dhaliwal, the secretary of the gurdwara's management "
        "committee.\n\n"
        "Volunteers arrive from 5am to prepare dal, rice and chapatis, and a rota of 200 "
        "families takes turns to wash up. On Saturdays the queue stretches past the bus stop at "
        "the end of the road. Dhaliwal said donations of flour and lentils had "
        "fallen sharply this autumn as families struggled with their own bills.",
        [
            (
                D,
                [
                    "We do not ask anyone who they are or why they came. That is the whole point "
                    "of langar"
                ],
                "Harjit Singh Dhaliwal",
            ),
            (
                I,
                [
                    "donations of flour and lentils had fallen sharply this autumn as families "
                    "struggled with their own bills"
                ],
                "Harjit Singh Dhaliwal",
            ),
        ],
    ),
    (  # 10 cathedral entry fee: partial inside "said the decision had been" with the title
        # "the Very Rev" (dropped), direct + "he said", "The Friends of St Cuthbert's, a
        # volunteer group, said it feared" (indirect), "calling for" with a noun (not a quote)
        "St Cuthbert's Cathedral in Dunmere will begin charging visitors an entry fee of £8 "
        "from January, becoming the latest cathedral in the country to do so as the cost of "
        "maintaining its medieval fabric soars. About 180,000 people visited last year, most of "
        "them tourists on coach tours of the northern abbeys.\n\n"
        "The Dean of Dunmere, the Very Rev Alasdair McKinnon, said the decision had been "
        '"agonising".\n\n'
        '"We spend £4,000 a day just to keep the doors open, and the roof alone needs £11m," '
        "he said.\n\n"
        "Worshippers will continue to enter for free. The Friends of St Cuthbert's, a volunteer "
        "group, said it feared the charge would deter local families, and has collected 2,000 "
        "signatures calling for one free day each month.",
        [
            (P, ["agonising"], "Alasdair McKinnon"),
            (
                D,
                [
                    "We spend £4,000 a day just to keep the doors open, and the roof alone needs "
                    "£11m"
                ],
                "Alasdair McKinnon",
            ),
            (
                I,
                ["it feared the charge would deter local families"],
                "Friends of St Cuthbert's",
            ),
        ],
    ),
    (  # 11 deportation flight: organisation partial inside "said all those … had" (only the
        # partial), "Lawyers for … told reporters … that" (unnamed group), colon after
        # "Her partner, Name, spoke … :" (two-sentence direct)
        "A charter flight carrying 46 people whose asylum claims had been rejected left "
        "Farnham Air Base for Lagos early on Wednesday, despite a last-minute legal "
        "challenge. It was the fourth such flight this year, and the largest.\n\n"
        "The Home Office said all those on board had “exhausted every avenue of appeal”.\n\n"
        "Lawyers for several passengers told reporters outside the High Court that at least "
        "three of them had been victims of trafficking and should never have been detained.\n\n"
        "Among them was Chiamaka Obi-Lawson, a care worker who had lived in Britain for nine "
        "years. Her partner, Martin Hughes, spoke on the phone from the airport gates: “She "
        "looked after other people's parents through the whole pandemic. This is how we thank "
        "her.”",
        [
            (P, ["exhausted every avenue of appeal"], "Home Office"),
            (
                I,
                [
                    "at least three of them had been victims of trafficking and should never have "
                    "been detained"
                ],
                "lawyers",
            ),
            (
                D,
                [
                    "She looked after other people's parents through the whole pandemic. This is "
                    "how we thank her."
                ],
                "Martin Hughes",
            ),
        ],
    ),
    (  # 12 reception centre vote: "Mayor Name (particle van der), who …, said:" (colon),
        # "Opponents say" (indirect, unnamed group), "A spokeswoman for X said … and that …"
        # (indirect, one span, speaker the agency)
        "The town council of Oosterwolde-aan-Zee voted narrowly on Monday night to host a "
        "reception centre for up to 250 asylum seekers on the site of a former naval barracks. "
        "The motion passed by 11 votes to 10.\n\n"
        'Mayor Pieter van der Berg-Smit, who had backed the plan, said: "This was not an easy '
        'vote, but it was the right one. Every town must do its part."\n\n'
        "Opponents say the village of 4,000 people lacks the doctors and school places to "
        "absorb the newcomers.\n\n"
        "A spokeswoman for the Central Agency for Reception said the first residents would "
        "arrive in March and that the centre would be staffed around the clock. The agency "
        "currently houses about 64,000 people, many of them in emergency shelters.",
        [
            (
                D,
                [
                    "This was not an easy vote, but it was the right one. Every town must do its "
                    "part."
                ],
                "Pieter van der Berg-Smit",
            ),
            (
                I,
                [
                    "the village of 4,000 people lacks the doctors and school places to absorb "
                    "the newcomers"
                ],
                "opponents",
            ),
            (
                I,
                [
                    "the first residents would arrive in March and that the centre would be "
                    "staffed around the clock"
                ],
                "Central Agency for Reception",
            ),
        ],
    ),
    (  # 13 temple Diwali: "residents … complained that … “…”" (partial inside reported
        # speech: only the partial, speaker residents), "The temple's president, Name, said"
        # (indirect), then direct + "she said"
        "Thousands of people gathered at the Shree Lakshmi Narayan Mandir in Wexbury on Sunday "
        "for Diwali celebrations, the first since the temple reopened after a £2m restoration "
        "of its carved stone front.\n\n"
        "The evening passed off without incident. Last year, residents of neighbouring Elm "
        "Grove complained that the fireworks, which went on past midnight, had turned their "
        "street into “a war zone”.\n\n"
        "The temple's president, Anjali Raghunathan, said this year's display had ended at 9pm "
        "on the dot. “We listened. We are neighbours too, and we want to stay good neighbours,” "
        "she said.\n\n"
        "Food stalls run by volunteers raised more than £9,000 for a local hospice, and the "
        "temple plans to open its kitchen to homeless people every Sunday from January.",
        [
            (P, ["a war zone"], "residents"),
            (
                I,
                ["this year's display had ended at 9pm on the dot"],
                "Anjali Raghunathan",
            ),
            (
                D,
                ["We listened. We are neighbours too, and we want to stay good neighbours"],
                "Anjali Raghunathan",
            ),
        ],
    ),
    (  # 14 soup kitchen closure: "Sister Name, 71, who …, said:" (title dropped), council
        # partial "said it \"deeply regrets\"" (only the partial), deputy leader apposition
        # with colon
        "A soup kitchen run by the Sisters of Mercy in Holbeck Moor for 41 years will close at "
        "Christmas after Leeford City Council withdrew its annual grant of £60,000.\n\n"
        'Sister Bernadette Nyambura, 71, who has worked in the kitchen since 1989, said: "We '
        'feed 120 people a day. I do not know where they will go on the 27th of December."\n\n'
        'The council said it "deeply regrets" the closure but had to find £30m of savings '
        "this year.\n\n"
        "The council's deputy leader, Ravi Chaudhry-Banks, said: \"No one in this building "
        'wanted to make this cut." Later on Tuesday, Mr Chaudhry-Banks visited the kitchen, '
        "where he spent an hour with the sisters and their volunteers over a bowl of leek and "
        "potato soup.\n\n"
        "The kitchen opened in 1985 in a former presbytery and serves breakfast and lunch six "
        "days a week.",
        [
            (
                D,
                [
                    "We feed 120 people a day. I do not know where they will go on the 27th of "
                    "December."
                ],
                "Bernadette Nyambura",
            ),
            (P, ["deeply regrets"], "Leeford City Council"),
            (D, ["No one in this building wanted to make this cut."], "Ravi Chaudhry-Banks"),
        ],
    ),
    (  # 15 religious symbols bill: "The justice minister, Name, …, told deputies:" (colon),
        # second minister "He said he feared … “…”" (only the partial), chanted slogan in
        # quotation marks (not a quote)
        "A bill that would ban religious symbols from the uniforms of public employees cleared "
        "its first reading in the National Assembly of Valdoria on Wednesday by 212 votes to "
        "187, after three days of heated debate.\n\n"
        "The justice minister, Carmen Ibáñez-Roldán, who drafted the bill, told deputies: “The "
        "state has no religion. Those who serve it in its name should show none either.”\n\n"
        "Her cabinet colleague, the labour minister Kwame Asante-Boateng, abstained. He said he "
        "feared the law would “push thousands of nurses and teachers out of public service”.\n\n"
        "Outside parliament, several hundred protesters chanted “Our faith, our jobs” as the "
        "result was announced.\n\n"
        "The Federation of Muslim Associations, which represents 140 mosques, has hired a team "
        "of lawyers to prepare a challenge before the constitutional court.",
        [
            (
                D,
                [
                    "The state has no religion. Those who serve it in its name should show none "
                    "either."
                ],
                "Carmen Ibáñez-Roldán",
            ),
            (
                P,
                ["push thousands of nurses and teachers out of public service"],
                "Kwame Asante-Boateng",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout85.jsonl"),
        "heldout85",
        "h85",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
