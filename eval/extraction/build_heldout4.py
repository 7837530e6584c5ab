"""Source of the fourth held-out set: writes heldout4.jsonl (split "heldout4").

Written on 2026-11-30 by a person who had not read the extraction code, as the fourth fresh
set: heldout3.jsonl had been read after its measurements, so the next unseen measurement
needed new texts. Same format and rules as GUIDE.md; names, places and figures invented. The
texts are meant to read like wire copy and regional press, not like a list of edge cases.
Measured once before and once after the speaker changes of that day (docs/EXTRACTION.md);
read afterwards, so it is no longer unseen. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout4.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-29"

Item = GoldItem

# French typography varies on purpose, as it does between newsrooms: « » with plain spaces,
# with no-break spaces (\u00a0), with narrow no-break spaces (\u202f), with none, or “ ”.
FR: list[Item] = [
    (  # 1 wind farm: "dit avoir" + infinitive; M. + surname after the quote; association
        "La préfète de la Haute-Marne a autorisé vendredi la construction de sept éoliennes "
        "sur les hauteurs de Villiers-sous-Bois, malgré l'avis défavorable rendu en juin par le "
        "commissaire enquêteur. Hautes de 180 mètres en bout de pale, les machines devraient "
        "être mises en service à l'automne 2028.\n\n"
        "Le maire de Villiers-sous-Bois, Bernard Thiébaut, dit avoir appris la nouvelle par la "
        "presse. « On nous a consultés pour la forme. La moitié du village a signé la pétition, "
        "et personne ne nous a écoutés », regrette M. Thiébaut, qui n'exclut pas un recours "
        "devant le tribunal administratif de Châlons-en-Champagne.\n\n"
        "L'association Vents contraires, qui fédère une centaine d'opposants dans le canton, a "
        "annoncé qu'elle lancerait une souscription pour financer les frais d'avocat. Le "
        "promoteur, la société Aérowatt Est, n'a pas répondu à nos sollicitations.",
        [
            (I, ["avoir appris la nouvelle par la presse"], "Bernard Thiébaut"),
            (
                D,
                [
                    "On nous a consultés pour la forme. La moitié du village a signé la "
                    "pétition, et personne ne nous a écoutés"
                ],
                "Bernard Thiébaut",
            ),
            (
                I,
                ["elle lancerait une souscription pour financer les frais d'avocat"],
                "Vents contraires",
            ),
        ],
    ),
    (  # 2 appeal court: quote attributed by the previous sentence; Me; partial; "Elle a précisé"
        "La cour d'appel de Douai a confirmé mercredi la condamnation de deux anciens dirigeants "
        "de la société Héliodom, poursuivis pour pratiques commerciales trompeuses. Entre 2020 "
        "et 2022, leurs démarcheurs avaient vendu des panneaux solaires à 230 clients, souvent "
        "âgés, du Nord et du Pas-de-Calais, en leur promettant des factures d'électricité "
        "divisées par trois. Jérôme Castaing et Kevin Delattre écopent de trois ans de prison, "
        "dont deux avec sursis.\n\n"
        "Une retraitée, partie civile, avait témoigné à la barre lors de l'audience "
        "d'octobre. «\u00a0Ils sont restés quatre heures dans ma cuisine. J'aurais signé "
        "n'importe quoi pour qu'ils partent.\u00a0»\n\n"
        "Me Sabrina Ouali, qui défend une quarantaine de victimes, salue un arrêt qui "
        "«\u00a0envoie un message clair à toute la profession\u00a0». Elle a précisé que ses "
        "clients réclameraient désormais l'annulation de leurs crédits devant le tribunal "
        "judiciaire.",
        [
            (
                D,
                [
                    "Ils sont restés quatre heures dans ma cuisine. J'aurais signé n'importe quoi "
                    "pour qu'ils partent."
                ],
                "retraitée",
            ),
            (P, ["envoie un message clair à toute la profession"], "Sabrina Ouali"),
            (
                I,
                [
                    "ses clients réclameraient désormais l'annulation de leurs crédits devant le "
                    "tribunal judiciaire"
                ],
                "Sabrina Ouali",
            ),
        ],
    ),
    (  # 3 rugby: marks without spaces; incise with a role ("le buteur"); -t-il
        "Le Stade valréasien a arraché dimanche le match nul (23-23) sur la pelouse d'Aurillac, "
        "grâce à une pénalité de 45 mètres de son arrière Mathis Corbière dans la dernière "
        "minute.\n\n"
        "«Je ne l'aurais jamais tentée si le capitaine ne m'avait pas mis le ballon dans les "
        "mains, s'est amusé le buteur de 20 ans. Honnêtement, je ne voyais même pas les "
        "poteaux.»\n\n"
        "Son entraîneur, Pascal Ribeyrolles, se montrait nettement moins enthousiaste. «On mène "
        "de dix points à l'heure de jeu et on se fait rattraper. C'est la troisième fois cette "
        "saison. Il y a un vrai problème de gestion des fins de match», a-t-il pesté.\n\n"
        "Avec ce point, Valréas reste sixième de Pro D2, à égalité avec Nevers. Les Vauclusiens "
        "recevront Béziers samedi prochain.",
        [
            (
                D,
                [
                    "Je ne l'aurais jamais tentée si le capitaine ne m'avait pas mis le ballon "
                    "dans les mains",
                    "Honnêtement, je ne voyais même pas les poteaux.",
                ],
                "Mathis Corbière",
            ),
            (
                D,
                [
                    "On mène de dix points à l'heure de jeu et on se fait rattraper. C'est la "
                    "troisième fois cette saison. Il y a un vrai problème de gestion des fins "
                    "de match"
                ],
                "Pascal Ribeyrolles",
            ),
        ],
    ),
    (  # 4 glaciers: study without a speech verb; Mme + surname after the quote; role alone
        "Les glaciers des Pyrénées ont perdu près de 40 % de leur surface depuis 2011. C'est le "
        "principal enseignement d'une étude publiée jeudi par l'Observatoire pyrénéen du climat, "
        "qui a suivi les 23 glaciers encore recensés à cette date des deux côtés de la "
        "frontière : cinq ont totalement disparu.\n\n"
        "La glaciologue Mireia Puigdevall, qui a coordonné les relevés côté espagnol, ne se fait "
        "guère d'illusions. « Nous assistons probablement aux dernières décennies des glaciers "
        "pyrénéens. D'ici 2050, il n'en restera sans doute que quelques plaques de glace "
        "morte », prévient Mme Puigdevall.\n\n"
        "Le glacier d'Ossoue, sur le Vignemale, le plus grand du versant français, a perdu à "
        "lui seul douze mètres d'épaisseur en dix ans. La chercheuse estime qu'il pourrait se "
        "fragmenter avant 2040. Les chercheurs envisagent désormais "
        "d'étendre leurs mesures aux lacs d'altitude, dont la température moyenne a gagné près "
        "de 2 °C.",
        [
            (
                D,
                [
                    "Nous assistons probablement aux dernières décennies des glaciers pyrénéens. "
                    "D'ici 2050, il n'en restera sans doute que quelques plaques de glace morte"
                ],
                "Mireia Puigdevall",
            ),
            (I, ["il pourrait se fragmenter avant 2040"], "Mireia Puigdevall"),
        ],
    ),
    (  # 5 class closure: narrow no-break spaces, "!" inside; unnamed parent; partial; body
        "À la rentrée prochaine, l'école primaire de Lescure-d'Albigeois perdra l'une de ses "
        "cinq classes. La décision de la direction académique du Tarn a provoqué la colère des "
        "parents d'élèves, qui ont occupé l'établissement mardi matin avant l'ouverture des "
        "portes.\n\n"
        "«\u202fOn nous parle de baisse démographique, mais trois lotissements sortent de terre "
        "au bout de la rue\u202f!\u202f», s'agace une mère de famille venue avec ses deux "
        "enfants.\n\n"
        "Le maire, Jean-Paul Cabrol, a écrit à la rectrice pour demander un moratoire. Il estime "
        "que la commune a «\u202fjoué le jeu\u202f» en rénovant l'école pour 400 000 euros il y "
        "a trois ans.\n\n"
        "Contactée, la direction académique fait valoir que les effectifs sont passés de 131 à "
        "108 élèves en cinq ans. Une rencontre avec les élus est prévue le 12 décembre.",
        [
            (
                D,
                [
                    "On nous parle de baisse démographique, mais trois lotissements sortent de "
                    "terre au bout de la rue\u202f!"
                ],
                "mère de famille",
            ),
            (P, ["joué le jeu"], "Jean-Paul Cabrol"),
            (
                I,
                ["les effectifs sont passés de 131 à 108 élèves en cinq ans"],
                "direction académique du Tarn",
            ),
        ],
    ),
    (  # 6 takeover: role + name after the cue; "Il a promis que"; noun-object demand
        "Le groupe agroalimentaire Kerlann, basé à Landivisiau (Finistère), a annoncé lundi le "
        "rachat de la biscuiterie Maison Le Duff, à Quimperlé, pour un montant non divulgué. "
        "Fondée en 1921 et détenue depuis par la même famille, la biscuiterie emploie 85 "
        "salariés et a réalisé 14 millions d'euros de chiffre d'affaires l'an dernier.\n\n"
        "«\u202fMaison Le Duff a une histoire, un savoir-faire et une clientèle fidèle. Nous "
        "n'allons rien casser\u202f», a insisté le PDG de Kerlann, Erwan Le Bihan, lors d'une "
        "réunion avec le personnel. Il a promis qu'aucun des 85 emplois ne serait "
        "supprimé.\n\n"
        "Du côté des salariés, l'accueil reste prudent. La CFDT a demandé la réunion d'un "
        "comité social et économique "
        "extraordinaire d'ici à la fin du mois.",
        [
            (
                D,
                [
                    "Maison Le Duff a une histoire, un savoir-faire et une clientèle fidèle. Nous "
                    "n'allons rien casser"
                ],
                "Erwan Le Bihan",
            ),
            (I, ["aucun des 85 emplois ne serait supprimé"], "Erwan Le Bihan"),
        ],
    ),
    (  # 7 betting ads: colon-introduced quote by "l'élue"; partial after "a jugé"
        "L'Assemblée nationale a rejeté jeudi soir, à quatorze voix près, une proposition de loi "
        "visant à interdire la publicité pour les paris sportifs à la télévision avant 22 "
        "heures. Le texte était porté par la députée du Gers Lucie Darrigade (Horizons), "
        "soutenue par une partie de la gauche.\n\n"
        "Dans l'hémicycle, l'élue avait défendu sa proposition avec vigueur : « Chaque soir de "
        "match, on explique à des gamins de seize ans qu'ils vont devenir riches en misant sur "
        "un corner. Ce n'est pas du sport, c'est du racolage. »\n\n"
        "Le ministre délégué aux Sports, Thomas Bérard-Vidal, a jugé le dispositif "
        "« inapplicable en l'état », tout en reconnaissant l'existence d'un problème de santé "
        "publique. Les mises sur les paris sportifs ont atteint 9,1 milliards d'euros l'an "
        "dernier.",
        [
            (
                D,
                [
                    "Chaque soir de match, on explique à des gamins de seize ans qu'ils vont "
                    "devenir riches en misant sur un corner. Ce n'est pas du sport, c'est du "
                    "racolage."
                ],
                "Lucie Darrigade",
            ),
            (P, ["inapplicable en l'état"], "Thomas Bérard-Vidal"),
        ],
    ),
    (  # 8 mountain rescue: "D'après" + rank + name at the start; role alone after the quote
        "Un randonneur de 67 ans, porté disparu depuis samedi dans le massif des Écrins, a été "
        "retrouvé vivant lundi matin au fond d'un ravin, à 2 300 mètres d'altitude. Souffrant "
        "d'une fracture de la jambe et d'hypothermie, il a été héliporté vers le centre "
        "hospitalier de Briançon.\n\n"
        "D'après l'adjudant-chef Sébastien Morel, du peloton de gendarmerie de haute montagne de "
        "Briançon, l'homme, originaire de Lyon, avait quitté le sentier balisé pour rejoindre "
        "un lac par un raccourci. Il a "
        "survécu deux nuits avec un simple coupe-vent.\n\n"
        "«\u00a0Il nous a fait de grands signes avec son bâton quand il a entendu "
        "l'hélicoptère. Sans ça, on passait à côté\u00a0», a relaté le gendarme, qui a "
        "participé à l'opération.\n\n"
        "Chaque été, une vingtaine de randonneurs sont secourus dans ce secteur du massif.",
        [
            (
                I,
                [
                    "l'homme, originaire de Lyon, avait quitté le sentier balisé pour rejoindre "
                    "un lac par un raccourci"
                ],
                "Sébastien Morel",
            ),
            (
                D,
                [
                    "Il nous a fait de grands signes avec son bâton quand il a entendu "
                    "l'hélicoptère. Sans ça, on passait à côté"
                ],
                "Sébastien Morel",
            ),
        ],
    ),
    (  # 9 luthier: quote over two paragraphs, role alone; "Pour la jeune femme"; "a confié"
        "Dans son atelier de Mirecourt, au cœur des Vosges, Agnès Thiriet répare et fabrique "
        "des violons depuis trente-cinq ans. À 61 ans, la luthière s'apprête à passer la main à "
        "sa dernière apprentie, Chloé Barbier, 24 ans, diplômée de l'école de lutherie de la "
        "ville.\n\n"
        "«\u00a0Un violon bien entretenu peut vivre trois siècles. Celui-ci a été fabriqué à "
        "Mirecourt en 1780, et il joue encore chaque semaine dans un orchestre de "
        "Strasbourg.\n\n"
        "«\u00a0Ce métier demande une patience que plus personne n'a. Chloé, elle, l'a\u00a0», "
        "sourit l'artisane en reposant l'instrument dans son étui.\n\n"
        "La ville comptait une soixantaine d'ateliers au début du XXe siècle\u00a0; il n'en "
        "reste qu'une douzaine. Pour la jeune femme, reprendre l'atelier est «\u00a0une "
        "évidence et un vertige à la fois\u00a0». Elle a confié vouloir y accueillir des classes "
        "de collégiens dès le printemps.",
        [
            (
                D,
                [
                    "Un violon bien entretenu peut vivre trois siècles. Celui-ci a été fabriqué "
                    "à Mirecourt en 1780, et il joue encore chaque semaine dans un orchestre de "
                    "Strasbourg.",
                    "Ce métier demande une patience que plus personne n'a. Chloé, elle, l'a",
                ],
                "Agnès Thiriet",
            ),
            (P, ["une évidence et un vertige à la fois"], "Chloé Barbier"),
            (
                I,
                ["vouloir y accueillir des classes de collégiens dès le printemps"],
                "Chloé Barbier",
            ),
        ],
    ),
    (  # 10 anti-begging order: judge unnamed, partial; name + role apposition after the cue
        "Le tribunal administratif de Montpellier a suspendu mardi l'arrêté anti-mendicité pris "
        "cet été par le maire de Sète-les-Pins, qui interdisait de s'asseoir ou de s'allonger "
        "sur les trottoirs du centre-ville entre 9 heures et 21 heures.\n\n"
        "Dans son ordonnance, le juge des référés a estimé que la mesure portait une atteinte "
        "« grave et manifestement illégale » à la liberté d'aller et venir, la commune n'ayant "
        "apporté aucun élément sur les troubles allégués.\n\n"
        "« C'est une victoire pour les plus fragiles, et un avertissement pour tous les maires "
        "qui seraient tentés de l'imiter », s'est félicitée Maëlle Fontanier, présidente de "
        "l'association Droit de cité, à l'origine du recours.\n\n"
        "Le maire, Francis Orsoni (LR), n'avait pas réagi mardi soir. La commune peut se "
        "pourvoir devant le Conseil d'État dans un délai de quinze jours.",
        [
            (P, ["grave et manifestement illégale"], "juge des référés"),
            (
                D,
                [
                    "C'est une victoire pour les plus fragiles, et un avertissement pour tous les "
                    "maires qui seraient tentés de l'imiter"
                ],
                "Maëlle Fontanier",
            ),
        ],
    ),
    (  # 11 bronchiolitis: "Selon" + agency at the start; Dr + role after the name
        "L'épidémie de bronchiolite a atteint son pic en Bourgogne-Franche-Comté, où les "
        "services de pédiatrie fonctionnent à flux tendu depuis dix jours. Selon l'agence "
        "régionale de santé, 412 nourrissons ont été hospitalisés la semaine dernière, un "
        "niveau jamais atteint depuis 2019.\n\n"
        "Au CHU de Besançon, six enfants ont dû être transférés à Dijon ou à Lyon, faute de "
        "lits de réanimation disponibles. «\u00a0On fait des choix que personne ne devrait "
        "avoir à faire\u00a0», soupire le Dr Hakim Benali, chef du service de pédiatrie, qui "
        "réclame l'ouverture de lits supplémentaires chaque hiver.\n\n"
        "Les parents sont invités à limiter les visites aux bébés de moins de trois mois et à "
        "porter un masque en cas de rhume.",
        [
            (
                I,
                [
                    "412 nourrissons ont été hospitalisés la semaine dernière, un niveau jamais "
                    "atteint depuis 2019"
                ],
                "agence régionale de santé",
            ),
            (D, ["On fait des choix que personne ne devrait avoir à faire"], "Hakim Benali"),
        ],
    ),
    (  # 12 skiing: “ ” in French; colon quote after "la Française"; partial after "a salué"
        "La skieuse savoyarde Justine Perrollaz a pris dimanche la deuxième place du slalom "
        "géant de Sölden, en Autriche, à 18 centièmes de la Suissesse Lara Imboden. C'est son "
        "premier podium en Coupe du monde depuis sa rupture des ligaments croisés, en janvier "
        "dernier.\n\n"
        "Dans l'aire d'arrivée, la Française ne cachait pas son émotion : “Il y a dix mois, je "
        "ne pouvais même plus descendre un escalier. Alors ce podium, je le savoure comme une "
        "victoire.”\n\n"
        "Son entraîneur, Yannick Buisson, a salué “une deuxième manche quasi parfaite”, sur une "
        "piste pourtant rendue difficile par la neige fraîche.\n\n"
        "Prochain rendez-vous le 23 novembre à Levi, en Finlande, pour le premier slalom de la "
        "saison.",
        [
            (
                D,
                [
                    "Il y a dix mois, je ne pouvais même plus descendre un escalier. Alors ce "
                    "podium, je le savoure comme une victoire."
                ],
                "Justine Perrollaz",
            ),
            (P, ["une deuxième manche quasi parfaite"], "Yannick Buisson"),
        ],
    ),
    (  # 13 hailstorm: "Selon" + chamber; "lâche le viticulteur"; noun-object demand
        "Un violent orage de grêle s'est abattu samedi en fin d'après-midi sur le vignoble de "
        "l'Entre-deux-Mers, à trois semaines des vendanges. Selon la chambre d'agriculture de "
        "la Gironde, près de 1 800 hectares ont été touchés, dont 600 à plus de 80 %.\n\n"
        "À Sauveterre-de-Guyenne, Olivier Latreille contemple ses rangs de merlot hachés par "
        "les grêlons. « En dix minutes, on a perdu le travail d'une année. Et c'est la "
        "troisième fois en cinq ans », lâche le viticulteur de 47 ans, qui n'était assuré que "
        "pour la moitié de ses parcelles.\n\n"
        "Le président de la chambre, Jean-Marc Lafitte, a réclamé la reconnaissance de l'état "
        "de calamité agricole. Une mission d'évaluation du ministère de l'Agriculture est "
        "attendue sur place dès cette semaine.",
        [
            (
                I,
                ["près de 1 800 hectares ont été touchés, dont 600 à plus de 80 %"],
                "chambre d'agriculture de la Gironde",
            ),
            (
                D,
                [
                    "En dix minutes, on a perdu le travail d'une année. Et c'est la troisième "
                    "fois en cinq ans"
                ],
                "Olivier Latreille",
            ),
        ],
    ),
    (  # 14 tramway: partial after reported clause; "Selon lui"; unattributed continuation
        "Après dix-huit mois de travaux, la deuxième ligne de tramway de Clermont-Vallière sera "
        "mise en service le 14 décembre, avec trois semaines d'avance sur le calendrier. Longue "
        "de 9,4 kilomètres, elle reliera la gare au campus universitaire en 24 minutes.\n\n"
        "La vice-présidente de la métropole chargée des mobilités, Sandrine Goutaudier, a "
        "assuré que le budget de 310 millions d'euros avait été tenu, «\u202fà quelques "
        "centaines de milliers d'euros près\u202f».\n\n"
        "Sur l'avenue Léon-Blum, les commerçants ont vécu le chantier comme une épreuve. Patron "
        "d'une brasserie, Rachid Amrani a vu son chiffre d'affaires fondre de 30 % en 2025. "
        "Selon lui, au moins quatre boutiques de la rue ont fermé à cause des travaux. "
        "«\u202fMaintenant, il faut que les clients reviennent. Le tram, ce n'est pas "
        "magique.\u202f»\n\n"
        "La gratuité sera appliquée sur tout le réseau le week-end de l'inauguration.",
        [
            (P, ["à quelques centaines de milliers d'euros près"], "Sandrine Goutaudier"),
            (
                I,
                ["au moins quatre boutiques de la rue ont fermé à cause des travaux"],
                "Rachid Amrani",
            ),
            (
                D,
                ["Maintenant, il faut que les clients reviennent. Le tram, ce n'est pas magique."],
                "Rachid Amrani",
            ),
        ],
    ),
    (  # 15 Quebec rents: dateline; minister after the cue; organisation with "Selon lui"
        "MONTRÉAL — Le gouvernement du Québec a déposé mardi un projet de loi visant à plafonner "
        "à 3 % par an la hausse des loyers pendant deux ans, une mesure réclamée depuis des "
        "mois par les associations de locataires.\n\n"
        "«\u00a0Des familles entières consacrent aujourd'hui la moitié de leur revenu à se "
        "loger. Ça ne peut plus durer\u00a0», a fait valoir la ministre de l'Habitation, "
        "Geneviève Tremblay-Ouellet, en point de presse à Québec.\n\n"
        "Le Regroupement des propriétaires locatifs du Québec a aussitôt dénoncé une "
        "«\u00a0attaque frontale\u00a0» contre les petits propriétaires. Selon lui, nombre "
        "d'entre eux pourraient être tentés de vendre leurs immeubles ou de les transformer en "
        "condos.\n\n"
        "Le projet de loi doit être étudié en commission parlementaire au début de l'année "
        "prochaine.",
        [
            (
                D,
                [
                    "Des familles entières consacrent aujourd'hui la moitié de leur revenu à se "
                    "loger. Ça ne peut plus durer"
                ],
                "Geneviève Tremblay-Ouellet",
            ),
            (P, ["attaque frontale"], "Regroupement des propriétaires locatifs du Québec"),
            (
                I,
                [
                    "nombre d'entre eux pourraient être tentés de vendre leurs immeubles ou de "
                    "les transformer en condos"
                ],
                "Regroupement des propriétaires locatifs du Québec",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 leaf blowers: dateline; "said" + clause, then "she added"
        "SPRINGVALE — The Springvale City Council voted 6-3 on Tuesday night to ban "
        "gas-powered leaf blowers from April 2028, making the town of 48,000 the first in "
        "Harlan County to do so.\n\n"
        "Council member Teresa Okafor, who sponsored the measure, said the noise had become a "
        "public health issue in neighborhoods where landscaping crews work seven days a "
        "week.\n\n"
        "\"People are working from home now. They can't take a phone call without a machine "
        'screaming outside their window," she added.\n\n'
        "Owners of about 40 local landscaping firms signed a letter opposing the ban. The city "
        "plans to offer rebates of up to $500 per machine to help them switch to battery "
        "equipment.",
        [
            (
                I,
                [
                    "the noise had become a public health issue in neighborhoods where "
                    "landscaping crews work seven days a week"
                ],
                "Teresa Okafor",
            ),
            (
                D,
                [
                    "People are working from home now. They can't take a phone call without a "
                    "machine screaming outside their window"
                ],
                "Teresa Okafor",
            ),
        ],
    ),
    (  # 2 British court report: single curly quotes; partial in reported speech; colon quote
        "A man who set fire to his neighbour's shed after a long-running row over a leylandii "
        "hedge has been given a suspended prison sentence.\n\n"
        "Trevor Mallinson, 63, of Orchard Rise, Hampton Weir, admitted arson at Castlebridge "
        "Crown Court. He poured petrol over the shed in the early hours of 4 June, destroying "
        "garden tools and a vintage motorcycle worth about £9,000.\n\n"
        "Prosecutor Helen Adeyemi said the dispute had ‘festered for the best part of a decade’ "
        "before that night.\n\n"
        "Passing a sentence of 18 months suspended for two years, Recorder Janet Whitlow told "
        "Mallinson: ‘Whatever your grievances, you could have killed someone. You are lucky "
        "that you did not.’\n\n"
        "He was also ordered to pay £9,500 in compensation and banned from contacting his "
        "neighbour.",
        [
            (P, ["festered for the best part of a decade"], "Helen Adeyemi"),
            (
                D,
                [
                    "Whatever your grievances, you could have killed someone. You are lucky that "
                    "you did not."
                ],
                "Janet Whitlow",
            ),
        ],
    ),
    (  # 3 football: quote, attribution, then a second quote sentence by the same manager
        "Northfield Rovers' unbeaten run ended at 11 games on Saturday as they lost 2-1 at home "
        "to Calderwood, who scored twice in the last eight minutes.\n\n"
        '"We were in control for 80 minutes and then we switched off," manager Gary Whitcombe '
        "said. \"You can't do that at this level. You just can't.\"\n\n"
        "The Rovers had led through a first-half header from Kieran Doyle, the club's top "
        "scorer with nine goals this season, and hit the post twice before the break.\n\n"
        "Calderwood's winner came from 19-year-old substitute Tomás Reyes, his first goal for "
        "the club, a low shot that squeezed in at the near post.\n\n"
        "Northfield stay second, three points behind Ashby United.",
        [
            (D, ["We were in control for 80 minutes and then we switched off"], "Gary Whitcombe"),
            (D, ["You can't do that at this level. You just can't."], "Gary Whitcombe"),
        ],
    ),
    (  # 4 bee study: "according to" at the end; Dr. in a true incise; partial in statement
        "Honeybee colonies exposed to low doses of a widely used fungicide were 30 percent less "
        "likely to survive the winter, according to a study by Lindgren University published "
        "Wednesday.\n\n"
        "Researchers tracked 240 hives on farms in three states over two years. Hives near "
        "fields sprayed with the fungicide, sold under the brand name Korvex, raised less brood "
        "and lost more foragers.\n\n"
        '"Fungicides have largely flown under the radar," said Dr. Priya Raghunathan, the '
        "entomologist who led the research, \"because they aren't designed to kill insects. "
        "What we found is that they weaken the bees' ability to fight off everything "
        'else."\n\n'
        "Vernell Agrosciences, which makes Korvex, said in a statement that the product had "
        'been "extensively tested" and was safe when used as directed.',
        [
            (
                I,
                [
                    "Honeybee colonies exposed to low doses of a widely used fungicide were 30 "
                    "percent less likely to survive the winter"
                ],
                "Lindgren University",
            ),
            (
                D,
                [
                    "Fungicides have largely flown under the radar",
                    "because they aren't designed to kill insects. What we found is that they "
                    "weaken the bees' ability to fight off everything else.",
                ],
                "Priya Raghunathan",
            ),
            (P, ["extensively tested"], "Vernell Agrosciences"),
        ],
    ),
    (  # 5 plant closure: company "said on Thursday that"; Ms. after the quote; "called"
        "Brightwater Foods, the Ohio-based maker of frozen meals, said on Thursday that it "
        "would close its plant in Dalton Ridge by the end of March, eliminating 310 jobs.\n\n"
        "The company blamed rising ingredient costs and a shift in demand toward fresh and "
        "plant-based food. Production will move to its larger plant in Bowling Green, "
        "Kentucky.\n\n"
        "Chief executive Laura Benning drove to Dalton Ridge on Thursday morning to tell "
        'workers in person. "This was an extremely difficult decision, and it is in no way a '
        'reflection on the people who work here," Ms. Benning said afterwards.\n\n'
        "The plant is the town's second-largest employer. Mayor Ron Gilliard called the news "
        '"a gut punch" for a community of 9,000.',
        [
            (
                I,
                [
                    "it would close its plant in Dalton Ridge by the end of March, eliminating "
                    "310 jobs"
                ],
                "Brightwater Foods",
            ),
            (
                D,
                [
                    "This was an extremely difficult decision, and it is in no way a reflection "
                    "on the people who work here"
                ],
                "Laura Benning",
            ),
            (P, ["a gut punch"], "Ron Gilliard"),
        ],
    ),
    (  # 6 wildfire funding: "told reporters" without "that"; "she said"; surname + partial
        "WASHINGTON — Senate negotiators reached a tentative deal on Monday to extend federal "
        "wildfire relief funding for another 18 months, averting a lapse that would have hit "
        "firefighting budgets in a dozen Western states.\n\n"
        "Senator Maria Castellanos of New Mexico, who led the talks, told reporters the "
        "agreement would provide $4.2 billion, slightly less than Democrats had sought. "
        '"Nobody got everything they wanted, but the crews on the ground will get paid," she '
        "said.\n\n"
        'A vote is expected as early as Thursday. Castellanos called the deal "a floor, not a '
        'ceiling" for future wildfire budgets.',
        [
            (
                I,
                [
                    "the agreement would provide $4.2 billion, slightly less than Democrats had "
                    "sought"
                ],
                "Maria Castellanos",
            ),
            (
                D,
                ["Nobody got everything they wanted, but the crews on the ground will get paid"],
                "Maria Castellanos",
            ),
            (P, ["a floor, not a ceiling"], "Maria Castellanos"),
        ],
    ),
    (  # 7 road washout: county department; unnamed parent after "complained"
        "A stretch of Route 9 near Millbrook will stay closed for at least three weeks after "
        "heavy rain washed out a culvert on Friday night.\n\n"
        "The Carver County highway department said engineers were assessing whether one lane "
        "could be reopened while a permanent repair is designed. In the meantime, drivers are "
        "being sent through Hollis Gap, adding about 20 minutes to the trip between Millbrook "
        "and the county seat.\n\n"
        "\"My kids' school bus now leaves at 6:15, when it's still pitch dark, and nobody can "
        'tell us how long this will last," complained one parent who lives on the far side of '
        "the washout.\n\n"
        "The culvert had been rated in poor condition in a state inspection two years ago.",
        [
            (
                I,
                [
                    "engineers were assessing whether one lane could be reopened while a "
                    "permanent repair is designed"
                ],
                "Carver County highway department",
            ),
            (
                D,
                [
                    "My kids' school bus now leaves at 6:15, when it's still pitch dark, and "
                    "nobody can tell us how long this will last"
                ],
                "parent",
            ),
        ],
    ),
    (  # 8 embezzlement verdict: role + name + said; surname after the quote; "had argued that"
        "A Fairmont County jury on Wednesday found a former youth soccer coach guilty of "
        "stealing nearly $120,000 from the league he ran for more than a decade.\n\n"
        "Assistant District Attorney Rebecca Thorne said Darren Kowalczyk, 49, used league "
        "funds to pay off credit cards and "
        "buy a bass boat between 2017 and 2023. The theft came to light when a volunteer "
        "treasurer noticed that referees had gone unpaid for months.\n\n"
        "\"These were bake-sale dollars and registration fees paid by families who don't have "
        'much," Thorne told jurors in her closing argument.\n\n'
        "Kowalczyk's attorney, Samuel Briggs, had argued that his client kept poor records but "
        "never meant to steal. Mr. Briggs declined to comment after the verdict.\n\n"
        "Sentencing is set for Jan. 14. Kowalczyk faces up to 10 years in prison.",
        [
            (
                I,
                [
                    "Darren Kowalczyk, 49, used league funds to pay off credit cards and buy a "
                    "bass boat between 2017 and 2023"
                ],
                "Rebecca Thorne",
            ),
            (
                D,
                [
                    "These were bake-sale dollars and registration fees paid by families who "
                    "don't have much"
                ],
                "Rebecca Thorne",
            ),
            (
                I,
                ["his client kept poor records but never meant to steal"],
                "Samuel Briggs",
            ),
        ],
    ),
    (  # 9 diner feature: quote over two paragraphs with "she said"; surname + said
        "For 41 years, Dorothy Pelletier has unlocked the door of the Harbor Light Diner in "
        "Port Ellery at 5 a.m. sharp, six days a week. On Sunday, she will pour her last cup of "
        "coffee there.\n\n"
        "The 74-year-old has sold the diner to a couple from Boston who plan to keep the name, "
        "the menu and the blueberry pancakes.\n\n"
        "\"I've fed three generations of lobstermen in this room. Some of them I've known since "
        "they were in high chairs.\n\n"
        "\"But my knees are done, and I'd like to see a summer from the other side of the "
        'counter for once," she said, wiping down a table one more time.\n\n'
        "Regulars have organized a farewell breakfast for Saturday. Pelletier said she planned to "
        "spend her first free summer in decades on her sister's porch in Nova Scotia.",
        [
            (
                D,
                [
                    "I've fed three generations of lobstermen in this room. Some of them I've "
                    "known since they were in high chairs.",
                    "But my knees are done, and I'd like to see a summer from the other side of "
                    "the counter for once",
                ],
                "Dorothy Pelletier",
            ),
            (
                I,
                [
                    "she planned to spend her first free summer in decades on her sister's porch "
                    "in Nova Scotia"
                ],
                "Dorothy Pelletier",
            ),
        ],
    ),
    (  # 10 measles: "According to" at the start; colon quote after a role + Dr.
        "Health officials in Carrow County have confirmed nine cases of measles, all among "
        "unvaccinated children, in the largest outbreak the state has seen in more than a "
        "decade.\n\n"
        "According to the Carrow County Health Department, seven of the children attend the "
        "same private school in Linden Falls, which will stay closed until at least Dec. 8. Two "
        "have been admitted to hospital.\n\n"
        "The county's medical director, Dr. Anthony Ferreira, did not mince words: \"Measles is "
        "not a mild illness. It is one of the most contagious diseases we know, and the vaccine "
        'works."\n\n'
        "Free vaccination clinics will be held this weekend at the Linden Falls fire station.",
        [
            (
                I,
                [
                    "seven of the children attend the same private school in Linden Falls, "
                    "which will stay closed until at least Dec. 8"
                ],
                "Carrow County Health Department",
            ),
            (
                D,
                [
                    "Measles is not a mild illness. It is one of the most contagious diseases we "
                    "know, and the vaccine works."
                ],
                "Anthony Ferreira",
            ),
        ],
    ),
    (  # 11 marathon: "he told reporters"; "He said he would"
        "Kenyan runner Daniel Kiprotich won the Lakeshore Marathon on Sunday in 2 hours, 6 "
        "minutes and 41 seconds, breaking a course record that had stood for 14 years.\n\n"
        "Kiprotich, 26, pulled away from the lead pack at the 35-kilometer mark and crossed the "
        "line more than a minute ahead of Ethiopia's Abebe Tesfaye.\n\n"
        '"The wind was hard along the lake, but I felt strong the whole way. I was thinking of '
        'my daughter. She turned one yesterday," he told reporters. He said he would come back '
        "next year to try to lower the record again.\n\n"
        "In the women's race, American Kelsey Marchetti held off a late challenge to win her "
        "first major marathon, two months after a stress injury in her foot.",
        [
            (
                D,
                [
                    "The wind was hard along the lake, but I felt strong the whole way. I was "
                    "thinking of my daughter. She turned one yesterday"
                ],
                "Daniel Kiprotich",
            ),
            (
                I,
                ["he would come back next year to try to lower the record again"],
                "Daniel Kiprotich",
            ),
        ],
    ),
    (  # 12 rate case: partial after "arguing that"; "said commission chair X"
        "Customers of Tri-Valley Electric will see their monthly bills rise by an average of "
        "$11.40 from February after state regulators approved a scaled-back rate increase on "
        "Thursday.\n\n"
        'The utility had asked for $19 a month, arguing that it needed to replace "aging and '
        "storm-battered\" transmission lines after last winter's ice storms. The Public "
        "Utilities Commission cut that request by about 40 percent.\n\n"
        '"We heard loud and clear from customers who are already struggling to pay their '
        'bills, and we think this decision balances reliability with affordability," said '
        "commission chair Linda Okonkwo-Baptiste.\n\n"
        "About 620,000 homes and businesses are served by Tri-Valley in the state's central "
        "valley.",
        [
            (P, ["aging and storm-battered"], "Tri-Valley Electric"),
            (
                D,
                [
                    "We heard loud and clear from customers who are already struggling to pay "
                    "their bills, and we think this decision balances reliability with "
                    "affordability"
                ],
                "Linda Okonkwo-Baptiste",
            ),
        ],
    ),
    (  # 13 apartment fire: spokeswoman for a department; Mr. + "recalled" after the quote
        "Two teenagers were injured early Sunday when fire swept through an apartment building "
        "on Garland Street in East Wexford, forcing about 30 residents out into the cold.\n\n"
        "A spokeswoman for the East Wexford Fire Department said the blaze started in a "
        "ground-floor unit shortly after 3 a.m. and spread quickly through the attic. The two "
        "injured, aged 15 and 17, were treated for smoke inhalation.\n\n"
        "Luis Ortega, who lives across the hall, was woken by a neighbor pounding on his door. "
        '"I grabbed my dog and my shoes, nothing else. By the time I got outside, the roof was '
        'on fire," Mr. Ortega recalled.\n\n'
        "The cause of the fire is under investigation. Eleven families are being housed in a "
        "nearby hotel.",
        [
            (
                I,
                [
                    "the blaze started in a ground-floor unit shortly after 3 a.m. and spread "
                    "quickly through the attic"
                ],
                "East Wexford Fire Department",
            ),
            (
                D,
                [
                    "I grabbed my dog and my shoes, nothing else. By the time I got outside, the "
                    "roof was on fire"
                ],
                "Luis Ortega",
            ),
        ],
    ),
    (  # 14 payroll breach: company "said"; single quotes after "said:"; Mr + "insisted"
        "A Leeds-based payroll company has apologised after a cyber attack exposed the bank "
        "details and salaries of about 48,000 people working for its clients.\n\n"
        "Paydeck said the breach had been detected on 19 November. The company has informed "
        "the Information Commissioner's Office and the police.\n\n"
        "In a statement, chief executive Martin Ashworth said: ‘We deeply regret this incident. "
        "We are contacting every affected person directly and will pay for two years of credit "
        "monitoring.’\n\n"
        "Mr Ashworth insisted no passwords or pension details had been taken. The firm's systems "
        "were fully restored on Friday.",
        [
            (I, ["the breach had been detected on 19 November"], "Paydeck"),
            (
                D,
                [
                    "We deeply regret this incident. We are contacting every affected person "
                    "directly and will pay for two years of credit monitoring."
                ],
                "Martin Ashworth",
            ),
            (I, ["no passwords or pension details had been taken"], "Martin Ashworth"),
        ],
    ),
    (  # 15 Roman villa: "…," said Dr. X, role; developer "confirmed"; "According to" + surname
        "Archaeologists excavating ahead of a housing development near Thornbury St Mary have "
        "uncovered the remains of a Roman villa, including a mosaic floor thought to be among "
        "the finest found in the region.\n\n"
        "The site came to light in September when a digger struck a section of buried wall. "
        "Since then, a team from the Wessex Field Unit has exposed four rooms and a small bath "
        "house.\n\n"
        '"When we lifted the first layer of soil off the mosaic, people just stopped talking. '
        "You don't get many moments like that in a career,\" said Dr. Helen Marsh, the "
        "project's lead archaeologist.\n\n"
        "Developer Oakridge Homes confirmed it had agreed to redesign part of the estate so "
        "that the "
        "mosaic could be preserved where it lies. According to Marsh, the villa "
        "was probably occupied from the second to the late fourth century.",
        [
            (
                D,
                [
                    "When we lifted the first layer of soil off the mosaic, people just stopped "
                    "talking. You don't get many moments like that in a career"
                ],
                "Helen Marsh",
            ),
            (
                I,
                [
                    "it had agreed to redesign part of the estate so that the mosaic could be "
                    "preserved where it lies"
                ],
                "Oakridge Homes",
            ),
            (
                I,
                ["the villa was probably occupied from the second to the late fourth century"],
                "Helen Marsh",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout4.jsonl"),
        "heldout4",
        "4",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
