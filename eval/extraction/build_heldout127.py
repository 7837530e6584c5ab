"""Source of the 127th held-out set: writes heldout127.jsonl (split "heldout127").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like environment, farming, fishing, energy and climate news: droughts and water
restrictions, pesticide studies, bans and court cases, offshore and onshore energy projects,
nuclear plants, fishing quotas and dolphin bycatch, wolves and bears, floods, protests by
farmers and climate activists, and scientists and agencies publishing figures. Speakers include
scientists introduced with their institution and referred back to by surname or role ("la
climatologue", "l'écologue", "the oceanographer", "the entomologist"), activists' groups,
farmers' and fishermen's unions and companies speaking as organisations (also through a
pronoun or an unnamed spokeswoman), unnamed farmers, fishermen, residents and protesters, and
figures sourced with "selon X", "d'après X" or "according to X"; some speech verbs take only a
noun object (not annotated), and some quotes are split by an incise, continued over
paragraphs, left unclosed, written as dialogue dashes, or continued in an unattributed
sentence.
Measured once with 0.3.0, 0.38.0 and 0.39.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout127.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-03"
Item = GoldItem

FR: list[Item] = [
    (  # 1 drought restrictions in a département: direct + "a averti le préfet, Name," (role +
        # name), "Name, hydrologue à l'université de X" introduced then "L'hydrologue rappelle que"
        # (role referring back), two-sentence direct + "soupire un maraîcher de X" (unnamed)
        "Le préfet de la Vionne a placé jeudi l'ensemble du département en alerte renforcée "
        "sécheresse. L'arrosage des jardins, le lavage des voitures et le remplissage des piscines "
        "sont interdits jusqu'au 30 septembre, et les irrigants devront réduire leurs prélèvements "
        "de moitié.\n\n"
        "«\u00a0Nous ne sommes plus dans une sécheresse ponctuelle, mais dans une sécheresse qui "
        "s'installe d'année en année\u00a0», a averti le préfet, Laurent Miquelon, lors d'une "
        "conférence de presse à Saint-Aubin-sur-Vionne.\n\n"
        "Le débit de la Vionne est tombé à 0,8 m³ par seconde à la station de Port-Bréau, quatre "
        "fois moins que la normale de saison. Hélène Brissac, hydrologue à l'université de "
        "Valdoine, suit la rivière depuis quinze ans. L'hydrologue rappelle que les nappes "
        "phréatiques n'ont été rechargées qu'à 30\u00a0% cet hiver.\n\n"
        "Chez les maraîchers, on s'adapte comme on peut. «\u00a0On arrose la nuit, tant qu'on en a "
        "encore le droit. Après, on verra\u00a0», soupire un maraîcher de Saint-Vrain.",
        [
            (
                D,
                [
                    "Nous ne sommes plus dans une sécheresse ponctuelle, mais dans une sécheresse "
                    "qui s'installe d'année en année"
                ],
                "Laurent Miquelon",
            ),
            (
                I,
                ["les nappes phréatiques n'ont été rechargées qu'à 30\u00a0% cet hiver"],
                "Hélène Brissac",
            ),
            (
                D,
                ["On arrose la nuit, tant qu'on en a encore le droit. Après, on verra"],
                "maraîcher",
            ),
        ],
    ),
    (  # 2 pesticide study near vineyards: "…, selon l'Institut Name (ACRONYM), qui a publié …"
        # (the part before), direct + "explique Name, épidémiologiste à l'ACRONYM et …",
        # "L'épidémiologiste appelle … à la prudence" (noun object, not annotated), a federation
        # that "conteste la méthodologie" (noun object) then "Elle assure que" (pronoun for the
        # federation)
        "Les enfants qui vivent à moins de 200 mètres d'une vigne présentent dans leurs urines des "
        "concentrations de fongicides deux fois plus élevées que les autres, selon l'Institut "
        "national de santé environnementale (INSE), qui a publié mercredi les résultats d'une "
        "vaste campagne de mesures.\n\n"
        "Au total, 1\u00a0240 enfants de 3 à 11 ans ont été suivis pendant deux ans dans trois "
        "bassins viticoles, à raison de quatre prélèvements par an.\n\n"
        "«\u00a0Ce n'est pas une surprise, mais c'est la première fois qu'on le mesure à cette "
        "échelle\u00a0», explique Marc Olivetti, épidémiologiste à l'INSE et coordinateur de "
        "l'étude. L'épidémiologiste appelle toutefois à la prudence sur les effets sanitaires, que "
        "l'étude ne permet pas d'évaluer.\n\n"
        "La Fédération des vignerons du Val-de-Lèze conteste la méthodologie retenue. Elle assure "
        "que les viticulteurs ont réduit de 30\u00a0% leurs traitements depuis 2018.",
        [
            (
                I,
                [
                    "Les enfants qui vivent à moins de 200 mètres d'une vigne présentent dans "
                    "leurs urines des concentrations de fongicides deux fois plus élevées que les "
                    "autres"
                ],
                "Institut national de santé environnementale",
            ),
            (
                D,
                [
                    "Ce n'est pas une surprise, mais c'est la première fois qu'on le mesure à "
                    "cette échelle"
                ],
                "Marc Olivetti",
            ),
            (
                I,
                ["les viticulteurs ont réduit de 30\u00a0% leurs traitements depuis 2018"],
                "Fédération des vignerons du Val-de-Lèze",
            ),
        ],
    ),
    (  # 3 offshore wind farm public debate: direct + "s'emporte Name, président du comité local
        # des pêches", "L'énergéticien Name, qui porte le projet, affirme de son côté que" (generic
        # noun dropped), an unclosed quotation mark ended by "a ironisé un patron de chalutier"
        # (unnamed)
        "Le débat public sur le projet de parc éolien en mer au large de l'île de Kervoën s'est "
        "achevé mercredi soir à Port-Maël dans une ambiance électrique. Le projet prévoit "
        "l'installation de 62 éoliennes flottantes à 25 kilomètres des côtes, pour une mise en "
        "service en 2033.\n\n"
        "«\u00a0On nous prend notre zone de pêche la plus riche pour y planter des pylônes\u00a0», "
        "s'emporte Yannick Le Bihan, président du comité local des pêches, qui représente 140 "
        "bateaux.\n\n"
        "L'énergéticien Néovent, qui porte le projet, affirme de son côté que la pêche restera "
        "autorisée entre les machines, à l'exception des chaluts de fond.\n\n"
        "«\u00a0Pêcher au milieu des câbles à haute tension, allez-y, vous, a ironisé un patron de "
        "chalutier à la sortie de la salle. La Commission nationale du débat public rendra son "
        "bilan en février.",
        [
            (
                D,
                ["On nous prend notre zone de pêche la plus riche pour y planter des pylônes"],
                "Yannick Le Bihan",
            ),
            (
                I,
                [
                    "la pêche restera autorisée entre les machines, à l'exception des chaluts de "
                    "fond"
                ],
                "Néovent",
            ),
            (
                D,
                ["Pêcher au milieu des câbles à haute tension, allez-y, vous"],
                "patron de chalutier",
            ),
        ],
    ),
    (  # 4 wolf attack on a flock: two-sentence direct + "raconte Name, 54 ans, qui …", "L'éleveur
        # réclame des tirs" (noun object, not annotated), "D'après l'Office Name," (rest of the
        # sentence), an association that "dénonce par avance toute autorisation de tir" (noun
        # object)
        "Vingt-trois brebis tuées et onze blessées\u00a0: l'attaque survenue dans la nuit de "
        "samedi à dimanche sur l'alpage du Grand Clot, au-dessus de Saint-Martin-d'Arbonne, est la "
        "plus lourde recensée dans le massif depuis le début de l'année.\n\n"
        "«\u00a0J'ai trouvé les bêtes au petit matin, au fond du ravin. Certaines respiraient "
        "encore\u00a0», raconte Gilles Rouvière, 54 ans, qui fait pâturer 800 moutons sur "
        "l'estive. L'éleveur réclame des tirs de prélèvement et a écrit au préfet.\n\n"
        "D'après l'Office régional de la biodiversité alpine, la meute installée dans le massif "
        "compte désormais au moins neuf individus. L'association Canis Libre, elle, dénonce par "
        "avance toute autorisation de tir.",
        [
            (
                D,
                [
                    "J'ai trouvé les bêtes au petit matin, au fond du ravin. Certaines respiraient "
                    "encore"
                ],
                "Gilles Rouvière",
            ),
            (
                I,
                ["la meute installée dans le massif compte désormais au moins neuf individus"],
                "Office régional de la biodiversité alpine",
            ),
        ],
    ),
    (  # 5 EU fishing quotas: "a proposé une baisse" (noun object, not annotated), a quote split by
        # the incise "prévient Name, directrice de l'organisation de producteurs Name," (one quote,
        # two spans, final period kept), "Selon l'Institut Name," (rest of the sentence), partial
        # inside "Le ministre de la Mer, Name, a assuré qu'il" (only the partial)
        "Les ministres européens de la pêche se retrouvent lundi et mardi à Bruxelles pour fixer "
        "les quotas de 2027. Pour la sole du golfe de Gascogne, la Commission européenne a proposé "
        "une baisse de 22\u00a0% des captures autorisées.\n\n"
        "«\u00a0Une baisse de cette ampleur, prévient Sylvie Garrec, directrice de l'organisation "
        "de producteurs Cap Atlantique, c'est la mort de la moitié de nos chalutiers.\u00a0»\n\n"
        "Selon l'Institut halieutique de l'Atlantique, la biomasse de soles en âge de se "
        "reproduire a chuté de 40\u00a0% en dix ans. Le ministre de la Mer, Bertrand Ollivro, a "
        "assuré qu'il se battrait «\u00a0jusqu'au bout de la nuit\u00a0» pour limiter la baisse à "
        "10\u00a0%.",
        [
            (
                D,
                ["Une baisse de cette ampleur", "c'est la mort de la moitié de nos chalutiers."],
                "Sylvie Garrec",
            ),
            (
                I,
                ["la biomasse de soles en âge de se reproduire a chuté de 40\u00a0% en dix ans"],
                "Institut halieutique de l'Atlantique",
            ),
            (P, ["jusqu'au bout de la nuit"], "Bertrand Ollivro"),
        ],
    ),
    (  # 6 farmers' tractor protest: "Selon la préfecture," (unnamed body, rest of the sentence),
        # "Les organisateurs revendiquent plus du double" (noun object, not annotated), two-sentence
        # direct + "a lancé au micro Name, le président départemental d'Name", "un céréalier de 27
        # ans, installé …, explique qu'il" (unnamed) followed by an unattributed quote continuing
        # his words (same speaker, period kept), partial after "La Coordination paysanne, qui …,
        # dénonce pour sa part"
        "Klaxons, fumier et pneus brûlés\u00a0: plusieurs centaines d'agriculteurs ont convergé "
        "mardi vers le centre de Valmeuse à l'appel du syndicat Agri-Avenir et des Jeunes "
        "exploitants, pour protester contre l'empilement des normes et la chute des prix du "
        "lait.\n\n"
        "Selon la préfecture, 420 tracteurs et environ 900 manifestants étaient présents à la "
        "mi-journée. Les organisateurs revendiquent plus du double.\n\n"
        "«\u00a0On ne demande pas l'aumône. On demande à vivre de notre travail\u00a0», a lancé au "
        "micro Damien Charrier, le président départemental d'Agri-Avenir, devant les grilles de la "
        "préfecture.\n\n"
        "Au volant d'un tracteur de 1982, un céréalier de 27 ans, installé depuis trois ans à "
        "Bellefonds, explique qu'il a perdu 18\u00a0000 euros l'an dernier. «\u00a0Si rien ne "
        "change, je rends les clés en 2028.\u00a0»\n\n"
        "La Coordination paysanne, qui n'avait pas appelé à manifester, dénonce pour sa part "
        "«\u00a0une colère récupérée par l'agro-industrie\u00a0». Le préfet a reçu une délégation "
        "en fin d'après-midi.",
        [
            (
                I,
                ["420 tracteurs et environ 900 manifestants étaient présents à la mi-journée"],
                "préfecture",
            ),
            (
                D,
                ["On ne demande pas l'aumône. On demande à vivre de notre travail"],
                "Damien Charrier",
            ),
            (I, ["il a perdu 18\u00a0000 euros l'an dernier"], "céréalier"),
            (D, ["Si rien ne change, je rends les clés en 2028."], "céréalier"),
            (P, ["une colère récupérée par l'agro-industrie"], "Coordination paysanne"),
        ],
    ),
    (  # 7 no quote: flood warning bulletin, "Les services de la préfecture ont annoncé la
        # fermeture … et l'ouverture …" (noun objects, not annotated)
        "Le département de la Sarve a été placé en vigilance orange crues jeudi à 16 heures, en "
        "raison des fortes pluies attendues dans la nuit sur les contreforts du massif des "
        "Cévarènes. Jusqu'à 120 millimètres d'eau pourraient tomber en moins de douze heures.\n\n"
        "Le niveau de la Sarve à Montréjac a déjà atteint 3,40 mètres en fin de journée, contre "
        "1,10 mètre en temps normal. Les services de la préfecture ont annoncé la fermeture de "
        "onze routes départementales et l'ouverture d'un centre d'hébergement au gymnase "
        "municipal.\n\n"
        "Les transports scolaires seront suspendus vendredi dans quarante communes. La mairie de "
        "Montréjac a mis le parking du stade à la disposition des riverains des quais.",
        [],
    ),
    (  # 8 nuclear plant lifetime extension: partial inside "l'autorité estime que l'exploitant"
        # (only the partial, "l'autorité" = the named authority), "exige le remplacement" (noun
        # object), "« A », s'est félicité le directeur de la centrale, Name. « B. »" (two direct
        # quotes, the second's period kept), "Le collectif Name, qui …, a fait part de son intention
        # de" (intention phrase, generic noun dropped)
        "L'Autorité de contrôle nucléaire (ACN) a donné mercredi son feu vert à la poursuite du "
        "fonctionnement des réacteurs 1 et 2 de la centrale de Saint-Hilaire-sur-Lorve pour dix "
        "années supplémentaires, au-delà de leurs quarante ans.\n\n"
        "Dans son avis, l'autorité estime que l'exploitant «\u00a0a démontré sa capacité à "
        "maintenir un niveau de sûreté satisfaisant\u00a0», mais elle exige le remplacement de "
        "deux générateurs de vapeur d'ici à 2029.\n\n"
        "«\u00a0C'est une excellente nouvelle pour les 1\u00a0300 salariés du site\u00a0», s'est "
        "félicité le directeur de la centrale, Pascal Verdier. «\u00a0Nos équipes ont mené plus de "
        "2\u00a0000 contrôles depuis 2022.\u00a0»\n\n"
        "Le collectif Stop Lorve, qui milite depuis 1979 pour la fermeture de la centrale, a fait "
        "part de son intention de saisir le Conseil d'État.",
        [
            (
                P,
                ["a démontré sa capacité à maintenir un niveau de sûreté satisfaisant"],
                "Autorité de contrôle nucléaire",
            ),
            (
                D,
                ["C'est une excellente nouvelle pour les 1\u00a0300 salariés du site"],
                "Pascal Verdier",
            ),
            (
                D,
                ["Nos équipes ont mené plus de 2\u00a0000 contrôles depuis 2022."],
                "Pascal Verdier",
            ),
            (I, ["saisir le Conseil d'État"], "Stop Lorve"),
        ],
    ),
    (  # 9 bear shot in the Pyrenees: "Selon le parquet de X," (rest of the sentence), "Le
        # procureur, Name, a annoncé l'ouverture d'une enquête" (noun object, not annotated),
        # partial after "L'association Name a condamné" (generic noun dropped)
        "Une ourse de six ans, baptisée Nhera par les agents qui la suivaient depuis sa naissance, "
        "a été retrouvée morte lundi dans une forêt domaniale au-dessus d'Aulos-de-Sorbès, dans "
        "les Pyrénées.\n\n"
        "Selon le parquet de Sorbès, l'animal a été tué par balle, probablement dans la nuit de "
        "samedi à dimanche. Le procureur, Thierry Lansac, a annoncé l'ouverture d'une enquête pour "
        "destruction d'espèce protégée, un délit passible de trois ans d'emprisonnement.\n\n"
        "L'association Pyrène Vivante a condamné «\u00a0un acte lâche et prémédité\u00a0» et se "
        "portera partie civile. Il reste une soixantaine d'ours dans le massif.",
        [
            (
                I,
                ["l'animal a été tué par balle, probablement dans la nuit de samedi à dimanche"],
                "parquet de Sorbès",
            ),
            (P, ["un acte lâche et prémédité"], "Pyrène Vivante"),
        ],
    ),
    (  # 10 river flood in a northern town: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "a confié le maire, Name,", "Une habitante de la rue X raconte
        # avoir passé" (unnamed, infinitive clause), "Selon la fédération Name," (generic noun
        # dropped), "Pour Name, hydrologue au Centre X, « … »" (direct)
        "À Béthencourt-sur-Lenne, l'eau commence tout juste à se retirer. Lundi, la Lenne est "
        "sortie de son lit après quatre jours de pluies ininterrompues, inondant près de 600 "
        "habitations.\n\n"
        "«\u00a0L'eau est montée d'un mètre en deux heures. Je n'avais jamais vu ça en trente ans "
        "de mandat.\n\n"
        "«\u00a0Il faudra des mois avant que tout le monde puisse rentrer chez soi\u00a0», a "
        "confié le maire, Michel Dewaele, mercredi, en bottes devant la salle des fêtes "
        "transformée en dépôt de vêtements.\n\n"
        "Une habitante de la rue des Tanneurs raconte avoir passé la nuit sur le toit de son "
        "garage avec ses deux enfants, avant d'être évacuée en barque par les pompiers.\n\n"
        "Selon la fédération Assurances Solidaires, le coût des dégâts pourrait dépasser 80 "
        "millions d'euros pour l'ensemble du département. Pour Julien Carpentier, hydrologue au "
        "Centre d'études des bassins du Nord, «\u00a0ces crues vont devenir la norme, pas "
        "l'exception\u00a0».",
        [
            (
                D,
                [
                    "L'eau est montée d'un mètre en deux heures. Je n'avais jamais vu ça en trente "
                    "ans de mandat.",
                    "Il faudra des mois avant que tout le monde puisse rentrer chez soi",
                ],
                "Michel Dewaele",
            ),
            (
                I,
                [
                    "avoir passé la nuit sur le toit de son garage avec ses deux enfants, avant "
                    "d'être évacuée en barque par les pompiers"
                ],
                "habitante",
            ),
            (
                I,
                [
                    "le coût des dégâts pourrait dépasser 80 millions d'euros pour l'ensemble du "
                    "département"
                ],
                "Assurances Solidaires",
            ),
            (D, ["ces crues vont devenir la norme, pas l'exception"], "Julien Carpentier"),
        ],
    ),
    (  # 11 fungicide withdrawn: partial inside "l'agence explique que des" (only the partial,
        # "l'agence" = the named agency), two-sentence direct + "a réagi l'Union Name" (organisation
        # speaking), "La ministre …, Name, a promis une enveloppe" (noun object, not annotated)
        "L'Agence nationale d'évaluation des produits phytosanitaires (ANEP) a retiré mardi "
        "l'autorisation de mise sur le marché de la captadine, un fongicide utilisé dans 70\u00a0% "
        "des vergers de pommiers du pays. Les stocks pourront être écoulés jusqu'en juin.\n\n"
        "Dans un communiqué, l'agence explique que des «\u00a0incertitudes majeures\u00a0» "
        "subsistent sur les effets de la molécule sur le système hormonal.\n\n"
        "La décision a provoqué la colère des producteurs. «\u00a0Sans solution de remplacement, "
        "on condamne nos vergers à la tavelure. C'est une décision prise dans un bureau, loin des "
        "champs\u00a0», a réagi l'Union des arboriculteurs de France.\n\n"
        "La ministre de l'Agriculture, Aurélie Fontanel, a promis une enveloppe d'accompagnement, "
        "sans en préciser le montant.",
        [
            (
                P,
                ["incertitudes majeures"],
                "Agence nationale d'évaluation des produits phytosanitaires",
            ),
            (
                D,
                [
                    "Sans solution de remplacement, on condamne nos vergers à la tavelure. C'est "
                    "une décision prise dans un bureau, loin des champs"
                ],
                "Union des arboriculteurs de France",
            ),
        ],
    ),
    (  # 12 annual climate report: "…, selon le Comité Name (ACRONYM), qui …" (the part before),
        # direct + "a déclaré … sa présidente, Name, climatologue au Laboratoire X", partial after
        # "La climatologue pointe … le secteur des transports, dont les émissions" (role referring
        # back), a ministry that "a défendu son bilan" (noun object)
        "La France n'a réduit ses émissions de gaz à effet de serre que de 1,8\u00a0% en 2025, "
        "selon le Comité indépendant pour le climat (CIC), qui a remis jeudi son rapport annuel au "
        "gouvernement. Il faudrait aller deux fois plus vite pour tenir l'objectif fixé pour "
        "2030.\n\n"
        "«\u00a0Le rythme est deux fois trop lent, et le retard pris ne se rattrapera pas en une "
        "année\u00a0», a déclaré devant la presse sa présidente, Nathalie Vergès, climatologue au "
        "Laboratoire de physique de l'atmosphère de Valdrôme.\n\n"
        "La climatologue pointe en particulier le secteur des transports, dont les émissions "
        "«\u00a0n'ont quasiment pas bougé depuis 1990\u00a0». Le ministère de la Transition "
        "écologique a défendu son bilan dans un communiqué.",
        [
            (
                I,
                [
                    "La France n'a réduit ses émissions de gaz à effet de serre que de 1,8\u00a0% "
                    "en 2025"
                ],
                "Comité indépendant pour le climat",
            ),
            (
                D,
                [
                    "Le rythme est deux fois trop lent, et le retard pris ne se rattrapera pas en "
                    "une année"
                ],
                "Nathalie Vergès",
            ),
            (P, ["n'ont quasiment pas bougé depuis 1990"], "Nathalie Vergès"),
        ],
    ),
    (  # 13 irrigation reservoirs voted in dialogue dashes: a question line attributed by the
        # sentence before it ("L'élue écologiste Name a interpellé le président …, Name :"), a line
        # with "a rétorqué M. Surname :" (one quote, two spans, final period kept), "Selon
        # l'Association Name," (rest of the sentence)
        "Le ton est monté lundi soir au conseil communautaire de la Plaine de Sèvre-Vive, appelé à "
        "se prononcer sur la construction de quatre réserves d'eau destinées à l'irrigation. "
        "L'élue écologiste Coralie Massé a interpellé le président de l'intercommunalité, Bernard "
        "Tixier\u00a0:\n\n"
        "— Vous allez pomper la nappe en hiver pour arroser du maïs en été. Et quand la nappe sera "
        "vide, vous ferez quoi\u00a0?\n\n"
        "— On fera ce qu'on a toujours fait, madame Massé, a rétorqué M. Tixier\u00a0: on fera "
        "confiance aux agriculteurs.\n\n"
        "Le projet a finalement été adopté par 31 voix contre 12. Selon l'Association des "
        "irrigants de Sèvre-Vive, les réserves permettront de sécuriser l'activité de 60 "
        "exploitations.",
        [
            (
                D,
                [
                    "Vous allez pomper la nappe en hiver pour arroser du maïs en été. Et quand la "
                    "nappe sera vide, vous ferez quoi\u00a0?"
                ],
                "Coralie Massé",
            ),
            (
                D,
                [
                    "On fera ce qu'on a toujours fait, madame Massé",
                    "on fera confiance aux agriculteurs.",
                ],
                "Bernard Tixier",
            ),
            (
                I,
                ["les réserves permettront de sécuriser l'activité de 60 exploitations"],
                "Association des irrigants de Sèvre-Vive",
            ),
        ],
    ),
    (  # 14 dolphin strandings and net fishing: "…, selon l'Observatoire Name, qui …" (the part
        # before), direct with a colon inside + "détaille Name, écologue marine à l'Observatoire",
        # "L'écologue estime que" (role referring back), "s'oppose à cette mesure" (noun object),
        # direct + "tranche son président, Name" ("son" = the committee)
        "Au moins 870 dauphins communs se sont échoués sur les côtes atlantiques depuis le 1er "
        "janvier, selon l'Observatoire des mammifères marins de Port-Lazare, qui tient ce décompte "
        "depuis 1990.\n\n"
        "«\u00a0La plupart portent des traces de capture dans des filets\u00a0: nageoires "
        "sectionnées, becs fracturés, marques de mailles sur la peau\u00a0», détaille Solène "
        "Abgrall, écologue marine à l'Observatoire. L'écologue estime que seule une fermeture de "
        "la pêche au filet pendant un mois, en plein hiver, permettrait d'enrayer l'hécatombe.\n\n"
        "Le comité régional des pêches s'oppose à cette mesure. «\u00a0Fermer un mois, c'est 300 "
        "bateaux à quai et des familles sans revenus\u00a0», tranche son président, Jean-Louis "
        "Kerdoncuff.",
        [
            (
                I,
                [
                    "Au moins 870 dauphins communs se sont échoués sur les côtes atlantiques "
                    "depuis le 1er janvier"
                ],
                "Observatoire des mammifères marins de Port-Lazare",
            ),
            (
                D,
                [
                    "La plupart portent des traces de capture dans des filets\u00a0: nageoires "
                    "sectionnées, becs fracturés, marques de mailles sur la peau"
                ],
                "Solène Abgrall",
            ),
            (
                I,
                [
                    "seule une fermeture de la pêche au filet pendant un mois, en plein hiver, "
                    "permettrait d'enrayer l'hécatombe"
                ],
                "Solène Abgrall",
            ),
            (
                D,
                ["Fermer un mois, c'est 300 bateaux à quai et des familles sans revenus"],
                "Jean-Louis Kerdoncuff",
            ),
        ],
    ),
    (  # 15 solar farm on farmland, « » without inner spaces: direct + "justifie le propriétaire,
        # Name, 61 ans", "La chambre d'agriculture a rendu un avis défavorable" (noun object),
        # partial inside "Son président, Name, dit craindre" (only the partial)
        "Le projet de centrale solaire de 120 hectares sur les terres de la ferme des Grandes "
        "Noues divise Champvallon, 800 habitants. Une réunion publique a rassemblé plus de 200 "
        "personnes vendredi soir à la salle polyvalente.\n\n"
        "«Ça me rapporte trois fois plus que le blé, et les moutons continueront de pâturer sous "
        "les panneaux», justifie le propriétaire, Hervé Dauchez, 61 ans.\n\n"
        "La chambre d'agriculture a rendu un avis défavorable. Son président, Régis Morlot, dit "
        "craindre «une spéculation foncière qui chassera les jeunes installés». Le préfet doit "
        "trancher avant l'été.",
        [
            (
                D,
                [
                    "Ça me rapporte trois fois plus que le blé, et les moutons continueront de "
                    "pâturer sous les panneaux"
                ],
                "Hervé Dauchez",
            ),
            (P, ["une spéculation foncière qui chassera les jeunes installés"], "Régis Morlot"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 hosepipe ban: "after Name said its reservoirs had" (indirect in a subordinate clause,
        # the company speaking), direct + "said the company's chief executive, Name", "…, according
        # to the Name." (the part before), "criticised the timing" and "reported record profits"
        # (noun objects, not annotated)
        "Around 2.3 million households in the south-east of England will face a hosepipe ban from "
        "Friday, after Wessex Vale Water said its reservoirs had fallen to 41% of capacity.\n\n"
        '"We know this is frustrating, but every litre saved now is a litre we can supply in '
        "September,\" said the company's chief executive, Rebecca Hallam.\n\n"
        "Rainfall across the region was 58% below average between May and August, according to the "
        "National Water Authority. The campaign group River Watch Southern criticised the timing "
        "of the ban, which comes weeks after the company reported record profits.",
        [
            (I, ["its reservoirs had fallen to 41% of capacity"], "Wessex Vale Water"),
            (
                D,
                [
                    "We know this is frustrating, but every litre saved now is a litre we can "
                    "supply in September"
                ],
                "Rebecca Hallam",
            ),
            (
                I,
                ["Rainfall across the region was 58% below average between May and August"],
                "National Water Authority",
            ),
        ],
    ),
    (  # 2 neonicotinoid authorisation: "defended the decision" and "welcomed it" (noun objects,
        # not annotated), two-sentence direct + "said Dr Name, an entomologist at the University of
        # X" (title dropped), "The entomologist said" (role referring back)
        "The government has granted an emergency authorisation for the neonicotinoid thiaclorex on "
        "sugar beet for the third year running, despite advice from its own expert panel.\n\n"
        "The farming minister, Tom Ashworth, defended the decision in the Commons on Tuesday. The "
        "National Beet Growers' Association welcomed it.\n\n"
        '"Every study tells us the same thing. These chemicals kill bees, and they kill them at '
        'doses far below what ends up in the fields," said Dr Fiona Maclaren, an entomologist at '
        "the University of Northbridge. The entomologist said traces of the chemical could persist "
        "in soil for up to three years.",
        [
            (
                D,
                [
                    "Every study tells us the same thing. These chemicals kill bees, and they kill "
                    "them at doses far below what ends up in the fields"
                ],
                "Fiona Maclaren",
            ),
            (
                I,
                ["traces of the chemical could persist in soil for up to three years"],
                "Fiona Maclaren",
            ),
        ],
    ),
    (  # 3 offshore wind farm approved, curly quotes: a quote split by "said the energy secretary,
        # Name," (one quote, two spans, final period kept), "The Name Federation said it had"
        # (organisation), partial inside "Its chief executive, Name, warned that" (only the partial)
        "Scottish ministers on Wednesday approved the Breckness Bank offshore wind farm, a "
        "1.4-gigawatt development of 95 turbines some 30 miles off the north-east coast.\n\n"
        "“This project will power every home in the north-east twice over,” said the energy "
        "secretary, Alasdair Munro, “and it will bring 900 jobs to Inverbrae and Kilcairn.”\n\n"
        "The North Sea Fishermen's Federation said it had not been properly consulted. Its chief "
        "executive, Elspeth Gow, warned that the turbines would close off “some of the most "
        "productive prawn grounds in the country”.",
        [
            (
                D,
                [
                    "This project will power every home in the north-east twice over",
                    "and it will bring 900 jobs to Inverbrae and Kilcairn.",
                ],
                "Alasdair Munro",
            ),
            (I, ["it had not been properly consulted"], "North Sea Fishermen's Federation"),
            (P, ["some of the most productive prawn grounds in the country"], "Elspeth Gow"),
        ],
    ),
    (  # 4 nuclear cost overrun, wire style: "…, its developer Name said on Tuesday." (unquoted
        # report with the attribution after it: the part before), direct + "Name chief executive
        # Name told analysts", "Surname added that", partial after "Name's policy director, Name,
        # called the project"
        "The cost of building the Hartsea C nuclear power station has risen to £41 billion, up "
        "from £33 billion two years ago, its developer Meridian Nuclear said on Tuesday.\n\n"
        '"We have been open about the challenges of building the first reactor of its kind in '
        'this country for a generation," Meridian chief executive Paul Dunmore told analysts on a '
        "conference call. Dunmore added that the first unit would now begin generating in 2033, "
        "two years later than planned.\n\n"
        "Atomwatch UK's policy director, Sunita Rao, called the project \"a monument to wishful "
        "thinking\". Shares in Meridian's parent company fell 3.2% in London.",
        [
            (
                I,
                [
                    "The cost of building the Hartsea C nuclear power station has risen to £41 "
                    "billion, up from £33 billion two years ago"
                ],
                "Meridian Nuclear",
            ),
            (
                D,
                [
                    "We have been open about the challenges of building the first reactor of its "
                    "kind in this country for a generation"
                ],
                "Paul Dunmore",
            ),
            (
                I,
                ["the first unit would now begin generating in 2033, two years later than planned"],
                "Paul Dunmore",
            ),
            (P, ["a monument to wishful thinking"], "Sunita Rao"),
        ],
    ),
    (  # 5 wolf hunting quota raised, curly quotes: two-sentence direct + "said commissioner Name,
        # who …" (role dropped), "Name, a wolf biologist at the University of X who …, said",
        # partial after "The biologist called the vote" (role referring back)
        "Wildlife commissioners in Wyoming voted 4-1 on Thursday to double the number of wolves "
        "that hunters may kill in the state's north-western trophy zone, to 96 this season.\n\n"
        "“Ranchers in this valley lost more than 200 head of cattle last year. That's not a "
        "statistic, that's people's livelihoods,” said commissioner Ray Dempsey, who runs cattle "
        "near Cold Spring.\n\n"
        "Dana Whitfield, a wolf biologist at the University of Lakeland who has tracked the "
        "region's packs since 2009, said the cull could break up established packs and push young "
        "wolves towards livestock. The biologist called the vote “politics dressed up as science”.",
        [
            (
                D,
                [
                    "Ranchers in this valley lost more than 200 head of cattle last year. That's "
                    "not a statistic, that's people's livelihoods"
                ],
                "Ray Dempsey",
            ),
            (
                I,
                [
                    "the cull could break up established packs and push young wolves towards "
                    "livestock"
                ],
                "Dana Whitfield",
            ),
            (P, ["politics dressed up as science"], "Dana Whitfield"),
        ],
    ),
    (  # 6 farmers' protest in Brussels: "Police said" (unnamed plural), direct + "said a dairy
        # farmer from X, who …" (unnamed), partial inside the reported speech of "The Name Council,
        # which represents …, said the deal would" (only the partial)
        "Hundreds of tractors brought central Brussels to a standstill on Monday as farmers from "
        "across Europe protested against a trade agreement with South American countries that EU "
        "ministers are due to sign next week.\n\n"
        "Police said around 1,300 tractors had entered the city. Protesters threw eggs and set "
        "fire to straw bales near the Council building.\n\n"
        '"We feed Europe and they treat us like a bargaining chip," said a dairy farmer from the '
        "Ardennes, who had driven for five hours to reach the capital.\n\n"
        "The European Farmers' Council, which represents 22 million farmers, said the deal would "
        'expose them to "unfair competition" from producers held to lower environmental '
        "standards.",
        [
            (I, ["around 1,300 tractors had entered the city"], "police"),
            (D, ["We feed Europe and they treat us like a bargaining chip"], "dairy farmer"),
            (P, ["unfair competition"], "European Farmers' Council"),
        ],
    ),
    (  # 7 mackerel quota deal, curly quotes: "had recommended a cut" (noun object, not annotated),
        # "“A,” said Name, chief executive of X. “B.”" (two direct quotes, the second's period
        # kept), partial after "The fisheries minister, Name, said the agreement"
        "Britain and Norway have agreed a 2027 mackerel quota of 228,000 tonnes between them, 9% "
        "less than this year, after talks in Bergen ran through the night.\n\n"
        "Marine scientists at the Atlantic Fisheries Institute had recommended a cut of 22%.\n\n"
        "“It's a better deal than we feared, but it's still a bad deal,” said Ian Tulloch, chief "
        "executive of the Northern Isles Fishermen's Association. “Some of our boats will be tied "
        "up by October.”\n\n"
        "The fisheries minister, Hannah Pryce, said the agreement “secures the future” of the "
        "pelagic fleet.",
        [
            (D, ["It's a better deal than we feared, but it's still a bad deal"], "Ian Tulloch"),
            (D, ["Some of our boats will be tied up by October."], "Ian Tulloch"),
            (P, ["secures the future"], "Hannah Pryce"),
        ],
    ),
    (  # 8 no quote: flood warnings, evacuations and closures, "has announced the closure" (noun
        # object, not annotated)
        "Flood warnings were in force along the River Wenn on Thursday after a second night of "
        "heavy rain, with the river at Wennford Mill reaching 3.8 metres, its highest level since "
        "2015.\n\n"
        "Around 40 homes in the village of Ashby Dale were evacuated overnight, and the A698 was "
        "closed between Kelbridge and Norham Cross. A rest centre has been opened at Kelbridge "
        "High School.\n\n"
        "The county council has announced the closure of eleven schools on Friday. Further rain is "
        "expected over the weekend.",
        [],
    ),
    (  # 9 flooded street, curly quotes: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "said Name, 52, whose …", "The Name Agency said"
        # (organisation), "The local MP, Name, said he had"
        "Residents of Mill Lane in Brackworth were clearing mud and ruined furniture from their "
        "homes on Wednesday, two days after the River Arbeck burst its banks.\n\n"
        "“We had forty minutes' warning. Forty minutes to get my mum out and carry everything "
        "upstairs.\n\n"
        "“The council keeps telling us the new defences are coming. We've heard that for ten "
        "years,” said Karen Doyle, 52, whose house was under a metre of water.\n\n"
        "The Northern Rivers Agency said 340 properties had been flooded in the town. The local "
        "MP, Simon Okafor, said he had written to the environment secretary to demand an urgent "
        "meeting.",
        [
            (
                D,
                [
                    "We had forty minutes' warning. Forty minutes to get my mum out and carry "
                    "everything upstairs.",
                    "The council keeps telling us the new defences are coming. We've heard that "
                    "for ten years",
                ],
                "Karen Doyle",
            ),
            (I, ["340 properties had been flooded in the town"], "Northern Rivers Agency"),
            (
                I,
                ["he had written to the environment secretary to demand an urgent meeting"],
                "Simon Okafor",
            ),
        ],
    ),
    (  # 10 record ocean temperatures: "…, according to the Name." (the part before), direct +
        # "said Prof Name, an oceanographer at the X Institute" (title dropped), "The oceanographer
        # warned that" (role referring back), partial inside "But Surname said the findings were"
        # (only the partial)
        "Global average sea surface temperatures reached a record 21.3C in August, according to "
        "the Global Ocean Monitoring Service. It is the third year in a row that the record has "
        "been broken.\n\n"
        '"We are seeing numbers that our models said we would not see until the 2040s," said '
        "Prof Amara Nwosu, an oceanographer at the Halden Institute for Marine Research.\n\n"
        "The oceanographer warned that marine heatwaves were already pushing cod and herring "
        "stocks northwards, with consequences for fishing fleets from Scotland to Norway. But "
        'Nwosu said the findings were "a wake-up call, not a death sentence".',
        [
            (
                I,
                ["Global average sea surface temperatures reached a record 21.3C in August"],
                "Global Ocean Monitoring Service",
            ),
            (
                D,
                ["We are seeing numbers that our models said we would not see until the 2040s"],
                "Amara Nwosu",
            ),
            (
                I,
                [
                    "marine heatwaves were already pushing cod and herring stocks northwards, with "
                    "consequences for fishing fleets from Scotland to Norway"
                ],
                "Amara Nwosu",
            ),
            (P, ["a wake-up call, not a death sentence"], "Amara Nwosu"),
        ],
    ),
    (  # 11 bird flu housing order: "backed the housing order" (not speech), direct + "it said in a
        # statement" (pronoun for the union), "One free-range egg producer in X, who asked not to be
        # named, said" (unnamed)
        "All poultry and captive birds in England must be kept indoors from Monday, after avian "
        "influenza was confirmed at eleven farms in the past fortnight.\n\n"
        "The Poultry Farmers' Union backed the housing order. \"Nobody wants to keep birds inside, "
        'but nobody wants to cull a whole flock either," it said in a statement.\n\n'
        "One free-range egg producer in Cumbria, who asked not to be named, said the order would "
        "cost him about £4,000 a week in extra feed and bedding.",
        [
            (
                D,
                [
                    "Nobody wants to keep birds inside, but nobody wants to cull a whole flock "
                    "either"
                ],
                "Poultry Farmers' Union",
            ),
            (
                I,
                ["the order would cost him about £4,000 a week in extra feed and bedding"],
                "free-range egg producer",
            ),
        ],
    ),
    (  # 12 weedkiller verdict: "a former school groundskeeper, Name, who said" (relative clause),
        # direct + "a company spokeswoman said" (speaks for the company), partial inside "Surname's
        # lawyer, Name, said the verdict showed" (only the partial)
        "A jury in San Bernal County, California, on Tuesday ordered Halvorsen Agrochemicals to "
        "pay $2.1 million to a former school groundskeeper, Luis Ortega, who said the company's "
        "weedkiller Clearfield had caused his cancer.\n\n"
        '"The science is on our side, and we are confident the verdict will be overturned on '
        'appeal," a company spokeswoman said.\n\n'
        'Ortega\'s lawyer, Michelle Tran, said the verdict showed juries were "no longer buying" '
        "the company's story. Halvorsen faces more than 4,000 similar lawsuits.",
        [
            (I, ["the company's weedkiller Clearfield had caused his cancer"], "Luis Ortega"),
            (
                D,
                [
                    "The science is on our side, and we are confident the verdict will be "
                    "overturned on appeal"
                ],
                "Halvorsen Agrochemicals",
            ),
            (P, ["no longer buying"], "Michelle Tran"),
        ],
    ),
    (  # 13 bear cull voted: two-sentence direct + "said Name, the mayor of X, where …", "The
        # conservation group Name said" (generic noun dropped)
        "Bears have been involved in 41 attacks on people in the Carpathian county of Valcoria "
        "since January, two of them fatal, and on Wednesday the regional parliament voted to allow "
        "the culling of up to 220 animals.\n\n"
        '"People here are afraid to walk their children to school. Something had to be done," '
        "said Ion Drăgan, the mayor of Sălișteni, where a shepherd was killed in October.\n\n"
        "The conservation group Carpathian Wild said culling would not address the real cause of "
        "the problem, rubbish left in open bins on the edge of villages.",
        [
            (
                D,
                [
                    "People here are afraid to walk their children to school. Something had to be "
                    "done"
                ],
                "Ion Drăgan",
            ),
            (
                I,
                [
                    "culling would not address the real cause of the problem, rubbish left in open "
                    "bins on the edge of villages"
                ],
                "Carpathian Wild",
            ),
        ],
    ),
    (  # 14 solar panels on a family farm: two-sentence direct + "he said" (pronoun for the farmer
        # named only in a possessive), "The 58-year-old said" (epithet), partial inside "the
        # campaign group Name argued that the scheme would" (only the partial)
        "John Hadley's family has farmed at Lower Brook for four generations. Now he wants to "
        "cover 180 acres of it with solar panels.\n\n"
        '"Wheat pays me £90 an acre in a good year. The solar company will pay me £1,000," he '
        "said, leaning on a gate above the fields in question.\n\n"
        "The 58-year-old said sheep would continue to graze between the rows of panels. But the "
        'campaign group Save Marston Fields argued that the scheme would turn "prime farmland '
        'into an industrial estate". The district council is expected to decide in January.',
        [
            (
                D,
                ["Wheat pays me £90 an acre in a good year. The solar company will pay me £1,000"],
                "John Hadley",
            ),
            (I, ["sheep would continue to graze between the rows of panels"], "John Hadley"),
            (P, ["prime farmland into an industrial estate"], "Save Marston Fields"),
        ],
    ),
    (  # 15 oil terminal blockade, curly quotes: "Name Police said" (a long reported clause),
        # direct + "shouted one protester, aged 71," (unnamed), partial inside "In a statement, Name
        # said the blockades would continue" (only the partial), "has obtained an injunction" (not
        # speech)
        "Kentmere Police said 27 people had been arrested after climate activists from the group "
        "Last Harvest blocked the entrance to the Thamesmouth oil terminal for more than eight "
        "hours on Saturday.\n\n"
        "“I'm a grandmother, not a criminal,” shouted one protester, aged 71, as she was led to a "
        "police van.\n\n"
        "In a statement, Last Harvest said the blockades would continue “until the government "
        "stops licensing new oil and gas fields”. The terminal's operator, Estuary Fuels, has "
        "obtained an injunction banning protests within 200 metres of the site.",
        [
            (
                I,
                [
                    "27 people had been arrested after climate activists from the group Last "
                    "Harvest blocked the entrance to the Thamesmouth oil terminal for more than "
                    "eight hours on Saturday"
                ],
                "Kentmere Police",
            ),
            (D, ["I'm a grandmother, not a criminal"], "protester"),
            (P, ["until the government stops licensing new oil and gas fields"], "Last Harvest"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout127.jsonl"),
        "heldout127",
        "h127",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
