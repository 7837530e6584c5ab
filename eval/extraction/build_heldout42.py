"""Source of the forty-second held-out set: writes heldout42.jsonl (split "heldout42").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
regional and national health, science and environment news: studies and their authors, hospitals,
health agencies, heatwaves, floods, pollution and energy projects.
Measured once before (extractor 0.3.0) and once after extractors 0.17.0 and 0.18.0
(docs/EXTRACTION.md); not read when 0.18.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout42.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-29"
Item = GoldItem

# Findings of studies and reports ("l'étude montre", "the study found") are not speech and are
# not annotated; titles of journals, books and films, nicknames and scare quotes are not quotes.
FR: list[Item] = [
    (  # 1 canicule, urgences: no-break spaces, speaker in the next sentence
        "Vallorge — Au quatrième jour de la vague de chaleur qui frappe le sud-est du pays, les "
        "urgences du centre hospitalier universitaire de Vallorge affichent complet. Mardi, plus de "
        "310 passages y ont été enregistrés, un record pour un mois de juillet. Douze lits "
        "supplémentaires ont été ouverts en urgence dans l'unité de court séjour gériatrique.\n\n"
        "«\u00a0Nous avons vu arriver des patients de plus de 85 ans déshydratés, parfois seuls chez "
        "eux depuis plusieurs jours\u00a0», a raconté le chef du service, Mathieu Lorrain-Castel.\n\n"
        "L'Agence régionale de santé Rhône-Vercors a fait savoir que trois décès survenus depuis "
        "samedi pourraient être liés à la chaleur, sans donner plus de détails à ce stade.\n\n"
        "«\u00a0Il faut appeler ses voisins, ses parents, une fois par jour au moins. C'est un geste "
        "simple qui sauve des vies.\u00a0» Le message vient de la directrice générale de l'agence, "
        "Hélène Barruel, qui multiplie depuis lundi les appels aux mairies pour qu'elles "
        "rouvrent leurs registres des personnes vulnérables.\n\n"
        "Météo-France prévoit un pic jeudi, avec 41 °C attendus à Vallorge et des nuits qui ne "
        "descendront pas sous les 25 °C.",
        [
            (
                D,
                [
                    "Nous avons vu arriver des patients de plus de 85 ans déshydratés, parfois seuls "
                    "chez eux depuis plusieurs jours"
                ],
                "Mathieu Lorrain-Castel",
            ),
            (
                I,
                [
                    "trois décès survenus depuis samedi pourraient être liés à la chaleur, sans "
                    "donner plus de détails à ce stade"
                ],
                "Agence régionale de santé Rhône-Vercors",
            ),
            (
                D,
                [
                    "Il faut appeler ses voisins, ses parents, une fois par jour au moins. C'est un "
                    "geste simple qui sauve des vies."
                ],
                "Hélène Barruel",
            ),
        ],
    ),
    (  # 2 étude pollution routière: narrow no-break spaces, journal title, "Selon elle"
        "Vivre à moins de 200 mètres d'un axe routier très fréquenté augmenterait de 18 % le risque "
        "d'asthme chez l'enfant. C'est la principale conclusion d'une étude publiée lundi dans la "
        "revue «\u202fSanté & Territoires\u202f», menée pendant six ans auprès de 4\u202f200 "
        "enfants de l'agglomération de Marsanne.\n\n"
        "«\u202fL'effet est net, et il apparaît dès les premières années de vie\u202f», résume "
        "l'épidémiologiste Claire Vauban-Roux, de l'Institut national de la recherche médicale, "
        "qui a coordonné les travaux. Selon elle, les particules fines issues de l'usure des freins "
        "et des pneus jouent un rôle aussi important que les gaz d'échappement.\n\n"
        "L'association Respire Marsanne, qui réclame depuis des années une zone à faibles "
        "émissions, a salué des résultats qui «\u202fconfirment ce que les parents savent "
        "déjà\u202f». La métropole n'a pas réagi dans l'immédiat ; son plan de circulation doit "
        "être révisé au printemps.\n\n"
        "L'exposition à l'intérieur des logements et des écoles n'a pas pu être mesurée, une "
        "limite qu'une seconde phase de l'étude, prévue en 2027, devra "
        "combler.",
        [
            (
                D,
                ["L'effet est net, et il apparaît dès les premières années de vie"],
                "Claire Vauban-Roux",
            ),
            (
                I,
                [
                    "les particules fines issues de l'usure des freins et des pneus jouent un rôle "
                    "aussi important que les gaz d'échappement"
                ],
                "Claire Vauban-Roux",
            ),
            (P, ["confirment ce que les parents savent déjà"], "Respire Marsanne"),
        ],
    ),
    (  # 3 inondation: no spaces inside « », resident, mayor's quote over two paragraphs with incise
        "Saint-Aubrac-sur-Lèze — L'eau a commencé à refluer jeudi matin dans les rues basses de "
        "Saint-Aubrac-sur-Lèze, où la rivière est montée de 2,40 mètres en moins de six heures dans "
        "la nuit de mardi à mercredi. Près de 300 habitants ont été évacués.\n\n"
        "«Je n'avais jamais vu ça en cinquante ans. À deux heures du matin, l'eau arrivait déjà aux "
        "fenêtres du rez-de-chaussée», témoigne Josiane Perrichon, 71 ans, hébergée depuis au "
        "gymnase municipal.\n\n"
        "Le maire, Gilles Sarrazin-Debat, a demandé la reconnaissance de l'état de catastrophe "
        "naturelle dès mercredi midi.\n\n"
        "«Nous avons eu de la chance qu'il n'y ait aucune victime, a souligné l'élu. Mais la "
        "moitié des commerces du centre sont sinistrés, et certains ne rouvriront pas.\n\n"
        "«Il faudra aussi se poser la question des constructions en zone inondable. On a laissé "
        "bâtir là où il ne fallait pas.»\n\n"
        "Les routes départementales 12 et 27 restaient fermées jeudi soir, et les pompiers "
        "poursuivaient le pompage des caves.",
        [
            (
                D,
                [
                    "Je n'avais jamais vu ça en cinquante ans. À deux heures du matin, l'eau arrivait "
                    "déjà aux fenêtres du rez-de-chaussée"
                ],
                "Josiane Perrichon",
            ),
            (
                D,
                [
                    "Nous avons eu de la chance qu'il n'y ait aucune victime",
                    "Mais la moitié des commerces du centre sont sinistrés, et certains ne "
                    "rouvriront pas.",
                    "Il faudra aussi se poser la question des constructions en zone inondable. On a "
                    "laissé bâtir là où il ne fallait pas.",
                ],
                "Gilles Sarrazin-Debat",
            ),
        ],
    ),
    (  # 4 éolien en mer: “ ” in French, scare quote, incise "a-t-il lâché"
        "Le projet de parc éolien en mer au large de l'île de Gravelle franchit une nouvelle étape. "
        "La commission particulière du débat public a rendu mardi son bilan de la concertation, "
        "qui a réuni plus de 2 000 participants en quatre mois.\n\n"
        "“Le message est clair : les habitants ne sont pas opposés à l'éolien, ils veulent être "
        "associés”, a résumé sa présidente, Nadège Fourcroy-Lam.\n\n"
        "Le consortium Mistral Atlantique prévoit 52 éoliennes d'une puissance totale de 780 "
        "mégawatts, de quoi alimenter environ 800 000 foyers. Reste le raccordement au réseau, ce "
        "“détail” qui a fait capoter deux projets voisins ces dix dernières années.\n\n"
        "Les pêcheurs, eux, restent méfiants. Le président du comité local des pêches, Hervé "
        "Quéméner, réclame une cartographie précise des zones où le chalutage restera autorisé. "
        "“On nous promet des compensations depuis trois ans, a-t-il lâché. On attend toujours de "
        "voir la couleur de l'argent.”\n\n"
        "La décision de l'État sur la poursuite du projet est attendue d'ici à trois mois.",
        [
            (
                D,
                [
                    "Le message est clair : les habitants ne sont pas opposés à l'éolien, ils veulent "
                    "être associés"
                ],
                "Nadège Fourcroy-Lam",
            ),
            (
                D,
                [
                    "On nous promet des compensations depuis trois ans",
                    "On attend toujours de voir la couleur de l'argent.",
                ],
                "Hervé Quéméner",
            ),
        ],
    ),
    (  # 5 maternité fermée: quote first, speaker next sentence, "Elle a assuré que", "a-t-il fait valoir"
        "La maternité de l'hôpital de Corbières fermera ses portes le 1er mars, faute de pédiatres "
        "et d'anesthésistes en nombre suffisant. L'annonce, faite vendredi par la direction du "
        "groupement hospitalier, a provoqué la colère des élus du territoire.\n\n"
        "« Les femmes devront faire 70 kilomètres pour accoucher. En hiver, avec la neige sur le "
        "col, c'est plus d'une heure de route. » La sénatrice Martine Oudard-Belin, qui a "
        "longtemps exercé comme sage-femme dans l'établissement, ne décolère pas. Elle a assuré "
        "qu'elle saisirait le ministre de la Santé dès la semaine prochaine.\n\n"
        "Le directeur du groupement, Philippe Aubanel, a défendu sa décision devant le conseil de "
        "surveillance. « Nous ne pouvons pas garantir la sécurité des naissances avec des "
        "remplaçants qui changent chaque semaine », a-t-il fait valoir. Un centre périnatal de "
        "proximité sera maintenu pour les consultations et les échographies.\n\n"
        "Un collectif de parents a lancé une pétition, qui a recueilli plus de 6 000 signatures "
        "en deux jours.",
        [
            (
                D,
                [
                    "Les femmes devront faire 70 kilomètres pour accoucher. En hiver, avec la neige "
                    "sur le col, c'est plus d'une heure de route."
                ],
                "Martine Oudard-Belin",
            ),
            (
                I,
                ["elle saisirait le ministre de la Santé dès la semaine prochaine"],
                "Martine Oudard-Belin",
            ),
            (
                D,
                [
                    "Nous ne pouvons pas garantir la sécurité des naissances avec des remplaçants "
                    "qui changent chaque semaine"
                ],
                "Philippe Aubanel",
            ),
        ],
    ),
    (  # 6 papillons: book title in « », "D'après la chercheuse", "L'auteure de" resolves
        "Les populations de papillons de jour ont reculé de 37 % en vingt ans dans les prairies du "
        "plateau de l'Orvèze. C'est ce que montre un suivi mené depuis 2005 par 140 bénévoles et "
        "les chercheurs du Muséum d'histoire naturelle de Lurçay, dont les résultats ont été "
        "rendus publics mercredi.\n\n"
        "«\u00a0Ce n'est pas une lente érosion, c'est un effondrement, et il s'accélère depuis "
        "2015\u00a0», alerte l'entomologiste Sophie Marquez-Ténier, qui a piloté l'analyse. "
        "D'après la chercheuse, la disparition des haies, la fauche précoce et les sécheresses à "
        "répétition en sont les principales causes.\n\n"
        "L'auteure de «\u00a0L'Été sans ailes\u00a0», un essai remarqué paru l'an dernier, se veut "
        "pourtant optimiste. «\u00a0Là où les agriculteurs ont retardé la fauche de trois semaines, "
        "les effectifs sont repartis à la hausse en deux saisons. Rien n'est perdu.\u00a0»\n\n"
        "Une soixantaine d'exploitations du plateau ont déjà signé des contrats de gestion des "
        "prairies avec le parc naturel régional.",
        [
            (
                D,
                [
                    "Ce n'est pas une lente érosion, c'est un effondrement, et il s'accélère depuis 2015"
                ],
                "Sophie Marquez-Ténier",
            ),
            (
                I,
                [
                    "la disparition des haies, la fauche précoce et les sécheresses à répétition en "
                    "sont les principales causes"
                ],
                "Sophie Marquez-Ténier",
            ),
            (
                D,
                [
                    "Là où les agriculteurs ont retardé la fauche de trois semaines, les effectifs "
                    "sont repartis à la hausse en deux saisons. Rien n'est perdu."
                ],
                "Sophie Marquez-Ténier",
            ),
        ],
    ),
    (  # 7 PFAS: label in « » not a quote, "la représentante de l'État", "Pour X, « »"
        "Les habitants de six communes de la vallée du Sarlon ne doivent plus boire l'eau du "
        "robinet. La préfète de la Basse-Sarre, Anne-Laure Demazière, a pris jeudi un arrêté en "
        "ce sens, après la détection de PFAS, ces «\u202fpolluants éternels\u202f», à des "
        "concentrations jusqu'à quatre fois supérieures à la limite réglementaire.\n\n"
        "«\u202fIl s'agit d'une mesure de précaution, il n'y a pas de danger immédiat pour la "
        "santé\u202f», a tenu à rassurer la représentante de l'État lors d'un point presse. Des "
        "bouteilles d'eau seront distribuées à partir de vendredi dans les mairies.\n\n"
        "Les regards se tournent vers l'usine Chimitex, installée en amont depuis 1968. Dans un "
        "communiqué, l'industriel a assuré respecter strictement ses autorisations de rejet.\n\n"
        "Pour Karim Benhaddou, porte-parole de l'association Eau Claire Sarlon, «\u202fl'État "
        "savait depuis au moins deux ans et n'a rien fait\u202f». L'association a déposé plainte "
        "contre X mercredi.",
        [
            (
                D,
                [
                    "Il s'agit d'une mesure de précaution, il n'y a pas de danger immédiat pour la "
                    "santé"
                ],
                "Anne-Laure Demazière",
            ),
            (I, ["respecter strictement ses autorisations de rejet"], "Chimitex"),
            (
                D,
                ["l'État savait depuis au moins deux ans et n'a rien fait"],
                "Karim Benhaddou",
            ),
        ],
    ),
    (  # 8 grippe: quote then speaker in next sentence, "L'infectiologue a rappelé que", partial
        "La campagne de vaccination contre la grippe saisonnière démarre mardi, avec un objectif "
        "affiché : atteindre 65 % de couverture chez les plus de 65 ans, contre 54 % l'hiver "
        "dernier.\n\n"
        "« Chaque année, la grippe tue entre 8 000 et 10 000 personnes dans le pays. La plupart de "
        "ces décès pourraient être évités. » Ces chiffres, le professeur Arnaud Vellerin les répète "
        "inlassablement depuis qu'il a pris la tête de la Société d'infectiologie clinique, en "
        "janvier. L'infectiologue a aussi rappelé que la vaccination des soignants plafonnait à "
        "35 % dans les hôpitaux publics.\n\n"
        "Les pharmaciens, qui réalisent désormais près de la moitié des injections, sont en "
        "première ligne. Fatoumata Diallo-Berger, titulaire d'une officine à Rennac, observe que "
        "les jeunes retraités repoussent souvent la démarche, « comme si la grippe, c'était pour "
        "les autres ». Les premières doses sont arrivées vendredi dans son officine.",
        [
            (
                D,
                [
                    "Chaque année, la grippe tue entre 8 000 et 10 000 personnes dans le pays. La "
                    "plupart de ces décès pourraient être évités."
                ],
                "Arnaud Vellerin",
            ),
            (
                I,
                ["la vaccination des soignants plafonnait à 35 % dans les hôpitaux publics"],
                "Arnaud Vellerin",
            ),
            (P, ["comme si la grippe, c'était pour les autres"], "Fatoumata Diallo-Berger"),
        ],
    ),
    (  # 9 EPR: mayor partial, "Selon lui", film title, org's partial inside reported speech
        "Le conseil municipal de Bréval-sur-Loire a voté lundi soir, par 19 voix contre 8, un avis "
        "favorable à la construction de deux nouveaux réacteurs sur le site de la centrale "
        "existante.\n\n"
        "Le maire, Jean-Pierre Coudray, y voit « une chance historique pour le territoire ». Selon "
        "lui, le chantier mobilisera jusqu'à 7 000 personnes au plus fort des travaux, à partir de "
        "2029.\n\n"
        "Dans la salle, une centaine d'opposants avaient pris place. Beaucoup avaient assisté la "
        "veille à la projection du documentaire « Le Fleuve chaud », consacré au réchauffement de "
        "la Loire en aval des centrales. « On nous parle d'emplois, mais personne ne nous dit où "
        "iront les déchets, ni ce qui se passera quand le fleuve sera trop chaud pour refroidir "
        "les réacteurs », a lancé Odile Perchaud, du collectif Loire Vivante.\n\n"
        "L'exploitant, Électricité Nationale, a répondu par écrit que « toutes les études "
        "d'impact seront rendues publiques » avant l'enquête publique, prévue à l'automne 2027.",
        [
            (P, ["une chance historique pour le territoire"], "Jean-Pierre Coudray"),
            (
                I,
                [
                    "le chantier mobilisera jusqu'à 7 000 personnes au plus fort des travaux, à "
                    "partir de 2029"
                ],
                "Jean-Pierre Coudray",
            ),
            (
                D,
                [
                    "On nous parle d'emplois, mais personne ne nous dit où iront les déchets, ni ce "
                    "qui se passera quand le fleuve sera trop chaud pour refroidir les réacteurs"
                ],
                "Odile Perchaud",
            ),
            (P, ["toutes les études d'impact seront rendues publiques"], "Électricité Nationale"),
        ],
    ),
    (  # 10 santé mentale des adolescents: “ ” in French, colon-introduced quote, noun-object cue
        "Un adolescent sur quatre présente des symptômes dépressifs modérés à sévères : c'est le "
        "constat d'une enquête de l'Observatoire régional de la santé menée au printemps auprès "
        "de 9 000 collégiens et lycéens de la région.\n\n"
        "“Les chiffres ont doublé depuis 2019, et ce n'est pas seulement l'effet du "
        "confinement”, estime le pédopsychiatre Bastien Roquefeuil, qui dirige la maison des "
        "adolescents de Limeray, où il faut désormais attendre huit mois pour une première "
        "consultation.\n\n"
        "La directrice de l'Observatoire, Laurence Etchegaray, insiste sur un autre résultat : "
        "“Les filles sont deux fois plus touchées que les garçons, et l'écart se creuse à partir "
        "de 14 ans.” Elle a indiqué que l'enquête serait désormais reconduite tous les deux ans, "
        "avec un volet consacré aux réseaux sociaux.\n\n"
        "Le rectorat a annoncé mardi le recrutement de douze psychologues scolaires "
        "supplémentaires d'ici à la rentrée de septembre.",
        [
            (
                D,
                [
                    "Les chiffres ont doublé depuis 2019, et ce n'est pas seulement l'effet du "
                    "confinement"
                ],
                "Bastien Roquefeuil",
            ),
            (
                D,
                [
                    "Les filles sont deux fois plus touchées que les garçons, et l'écart se creuse à "
                    "partir de 14 ans."
                ],
                "Laurence Etchegaray",
            ),
            (
                I,
                [
                    "l'enquête serait désormais reconduite tous les deux ans, avec un volet consacré "
                    "aux réseaux sociaux"
                ],
                "Laurence Etchegaray",
            ),
        ],
    ),
    (  # 11 sécheresse: incise "a calculé X", "rappelle que", "prévient-elle"
        "Arrêtés de restriction, rivières à sec, maïs grillé sur pied : dans le Lauragais-Sud, la "
        "sécheresse s'installe pour le troisième été consécutif. Depuis vendredi, l'irrigation est "
        "interdite en journée dans 140 communes du département.\n\n"
        "«\u00a0Je perds déjà un tiers de ma récolte, a calculé Bernard Estrade, céréalier à "
        "Montgiscard-le-Haut. Si on m'interdit d'arroser la nuit aussi, je mets la clé sous la "
        "porte.\u00a0»\n\n"
        "L'hydrologue Inès Carbonnel, de l'université de Tolosane, rappelle que les nappes "
        "phréatiques du secteur n'ont pas retrouvé leur niveau normal depuis 2022. Les pluies de "
        "mai, abondantes, ont surtout ruisselé sur des sols trop secs pour les absorber. "
        "«\u00a0Un hiver pluvieux ne suffira pas. Il en faudrait trois d'affilée\u00a0», "
        "prévient-elle.\n\n"
        "Une réunion entre la chambre d'agriculture et les services de l'État est prévue lundi "
        "pour examiner d'éventuelles dérogations pour les cultures maraîchères.",
        [
            (
                D,
                [
                    "Je perds déjà un tiers de ma récolte",
                    "Si on m'interdit d'arroser la nuit aussi, je mets la clé sous la porte.",
                ],
                "Bernard Estrade",
            ),
            (
                I,
                [
                    "les nappes phréatiques du secteur n'ont pas retrouvé leur niveau normal depuis "
                    "2022"
                ],
                "Inès Carbonnel",
            ),
            (
                D,
                ["Un hiver pluvieux ne suffira pas. Il en faudrait trois d'affilée"],
                "Inès Carbonnel",
            ),
        ],
    ),
    (  # 12 essai clinique: "ont annoncé des résultats" (noun object), partial in reported speech
        "Des chercheurs du CHU de Lanvaux ont présenté mardi des résultats encourageants pour un "
        "traitement expérimental de la mucoviscidose chez les enfants de moins de six ans. Sur "
        "les 48 enfants inclus dans l'essai, 41 ont vu leur fonction respiratoire s'améliorer de "
        "façon significative en douze semaines.\n\n"
        "«\u202fC'est la première fois qu'on obtient un tel effet aussi tôt dans la maladie. Pour "
        "ces familles, cela peut changer une vie entière\u202f», s'enthousiasme la pneumopédiatre "
        "Agnès Morvan-Duclos, investigatrice principale de l'étude.\n\n"
        "Prudente, elle souligne toutefois qu'il faudra «\u202fau moins deux ans\u202f» avant une "
        "éventuelle autorisation de mise sur le marché. Le laboratoire Biovalen, qui fabrique la "
        "molécule, n'a pas souhaité communiquer sur son prix.\n\n"
        "La présidente de l'association Vaincre le Souffle, Nathalie Guerric, dont le fils de "
        "quatre ans a participé à l'essai, a confié son émotion : «\u202fIl court avec les autres "
        "dans la cour de l'école. Il y a un an, je n'osais même pas l'imaginer.\u202f»",
        [
            (
                D,
                [
                    "C'est la première fois qu'on obtient un tel effet aussi tôt dans la maladie. "
                    "Pour ces familles, cela peut changer une vie entière"
                ],
                "Agnès Morvan-Duclos",
            ),
            (P, ["au moins deux ans"], "Agnès Morvan-Duclos"),
            (
                D,
                [
                    "Il court avec les autres dans la cour de l'école. Il y a un an, je n'osais même "
                    "pas l'imaginer."
                ],
                "Nathalie Guerric",
            ),
        ],
    ),
    (  # 13 trait de côte: "le ministre", partial, resident "dit-elle", neighbour indirect
        "Le ministre de la Transition écologique, Romain Delattre-Fabre, s'est rendu samedi à "
        "Port-Sable, où la tempête Ginette a emporté fin octobre une partie de la dune et menacé "
        "une trentaine de maisons du front de mer.\n\n"
        "Face aux habitants réunis sur la digue, il a promis que l'État prendrait en charge "
        "« l'intégralité » des frais de démolition des logements les plus exposés. « Nous ne "
        "pouvons plus faire semblant de croire que le trait de côte va rester où il est », a "
        "reconnu le ministre, évoquant un recul de 40 mètres d'ici à 2050 sur ce secteur.\n\n"
        "Colette Arnaudin, 68 ans, vit dans l'une des maisons concernées. « On m'a proposé 120 000 "
        "euros. Avec ça, je ne retrouverai rien à moins de vingt kilomètres », dit-elle, les yeux "
        "rougis. Son voisin, Didier Lasserre, affirme que personne ne leur a jamais expliqué "
        "comment la valeur des biens avait été calculée.\n\n"
        "La commune a engagé une étude sur la relocalisation du camping municipal et du poste de "
        "secours, dont les conclusions sont attendues au printemps.",
        [
            (P, ["l'intégralité"], "Romain Delattre-Fabre"),
            (
                D,
                [
                    "Nous ne pouvons plus faire semblant de croire que le trait de côte va rester où "
                    "il est"
                ],
                "Romain Delattre-Fabre",
            ),
            (
                D,
                [
                    "On m'a proposé 120 000 euros. Avec ça, je ne retrouverai rien à moins de vingt "
                    "kilomètres"
                ],
                "Colette Arnaudin",
            ),
            (
                I,
                [
                    "personne ne leur a jamais expliqué comment la valeur des biens avait été "
                    "calculée"
                ],
                "Didier Lasserre",
            ),
        ],
    ),
    (  # 14 chaleur sur les chantiers: quote over two paragraphs before the speaker, org partial
        "« Sur les toits, à 15 heures, on dépasse les 50 degrés. Les gars boivent six litres d'eau "
        "et ils ont encore des vertiges.\n\n"
        "« On ne demande pas la lune : juste le droit d'arrêter quand ça devient dangereux, sans "
        "perdre une journée de salaire. »\n\n"
        "Délégué syndical sur un chantier de Vérignac, Franck Tessier résume ainsi la "
        "revendication portée par la Fédération unitaire du bâtiment, qui appelait mercredi à une "
        "journée de mobilisation dans toute la région.\n\n"
        "La ministre du Travail, Élodie Charvet, a rappelé que les employeurs étaient déjà tenus "
        "d'adapter les horaires en cas de vigilance orange canicule. Elle a par ailleurs annoncé un "
        "décret sur l'arrêt des travaux en extérieur au-delà d'un certain seuil de température, "
        "sans préciser lequel.\n\n"
        "Côté patronal, la Fédération régionale des entreprises du bâtiment juge le dispositif "
        "« inapplicable » sur les petits chantiers. « Qui va payer les journées perdues ? Nos marges "
        "sont déjà au plancher », s'interroge son président, Alain Royer-Mas.",
        [
            (
                D,
                [
                    "Sur les toits, à 15 heures, on dépasse les 50 degrés. Les gars boivent six "
                    "litres d'eau et ils ont encore des vertiges.",
                    "On ne demande pas la lune : juste le droit d'arrêter quand ça devient "
                    "dangereux, sans perdre une journée de salaire.",
                ],
                "Franck Tessier",
            ),
            (
                I,
                [
                    "les employeurs étaient déjà tenus d'adapter les horaires en cas de vigilance "
                    "orange canicule"
                ],
                "Élodie Charvet",
            ),
            (P, ["inapplicable"], "Fédération régionale des entreprises du bâtiment"),
            (
                D,
                ["Qui va payer les journées perdues ? Nos marges sont déjà au plancher"],
                "Alain Royer-Mas",
            ),
        ],
    ),
    (  # 15 microplastiques: “ ” with incise, "estime que", partial inside reported speech
        "Le lac de Serrelonge, réputé pour la pureté de ses eaux, contient en moyenne 2 600 "
        "particules de microplastiques par mètre cube, autant que certains grands lacs urbains. Ce "
        "résultat inattendu figure dans une étude de l'université des Alpes du Nord publiée "
        "jeudi.\n\n"
        "“Nous pensions trouver un site de référence, presque vierge, a reconnu la limnologue "
        "Hélène Sauvageot, coautrice des travaux. Nous avons trouvé des fibres textiles partout, "
        "jusqu'à 300 mètres de profondeur.”\n\n"
        "Son collègue Thomas Reverchon estime que l'essentiel de cette pollution arrive par voie "
        "atmosphérique, portée par les vents depuis les vallées industrielles voisines.\n\n"
        "Le Syndicat mixte du lac de Serrelonge, qui gère l'eau potable de 40 000 habitants, a "
        "voulu rassurer : il a précisé que les filtres de son usine de traitement retenaient "
        "« plus de 99 % » des particules. Des analyses complémentaires seront menées cet hiver "
        "sur les poissons du lac.",
        [
            (
                D,
                [
                    "Nous pensions trouver un site de référence, presque vierge",
                    "Nous avons trouvé des fibres textiles partout, jusqu'à 300 mètres de "
                    "profondeur.",
                ],
                "Hélène Sauvageot",
            ),
            (
                I,
                [
                    "l'essentiel de cette pollution arrive par voie atmosphérique, portée par les "
                    "vents depuis les vallées industrielles voisines"
                ],
                "Thomas Reverchon",
            ),
            (P, ["plus de 99 %"], "Syndicat mixte du lac de Serrelonge"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 heatwave, A&E: nickname in “ ”, one quote with a said-incise
        "Hospitals across the Severn valley declared critical incidents on Tuesday as temperatures "
        "reached 38.4C at Ashcombe, the highest reading in the region since records began. "
        "Forecasters have taken to calling the high-pressure system parked over western Europe "
        "“the Anvil”, after its shape on weather charts.\n\n"
        "At Ashcombe General, ambulances queued outside the emergency department for up to five "
        "hours. “We are seeing elderly patients who have been lying on the floor of a hot flat "
        "for a day or more before anyone found them,” said Dr Priya Nandakumar, a consultant in "
        "emergency medicine, “and some of them arrive with body temperatures above 40 degrees.”\n\n"
        "The hospital has cancelled 140 planned operations since Monday to free up beds, and "
        "volunteers have been handing out water to patients waiting in the car park.\n\n"
        "The Met Office expects temperatures to ease slightly from Thursday, although nights are "
        "forecast to remain above 20C for the rest of the week.",
        [
            (
                D,
                [
                    "We are seeing elderly patients who have been lying on the floor of a hot flat "
                    "for a day or more before anyone found them",
                    "and some of them arrive with body temperatures above 40 degrees.",
                ],
                "Priya Nandakumar",
            ),
        ],
    ),
    (  # 2 flood: straight quotes, "A," X said. "B." = two quotes; partial after "called it"
        "Residents of Marlow Bridge spent Sunday shovelling mud out of their homes after the "
        "River Tesk burst its banks for the second time in three winters, flooding 210 "
        "properties.\n\n"
        '"We\'d only just got the new kitchen in," said Gail Whitcombe, 54, standing in what '
        'remained of her ground floor. "The insurance has gone up four times since the last '
        "flood, and now I don't know if anyone will cover us at all.\"\n\n"
        "The flood wall completed in 2023 held, but water came up through the drains and across "
        "the fields behind the Meadowside estate, where 60 new homes were finished last year.\n\n"
        'Local councillor Tom Reddish called it "a scandal" that houses were still being '
        "approved on the floodplain. The Rivers and Coast Agency will review whether a second "
        "barrier is needed on the northern side of the village, with a decision due in March.",
        [
            (D, ["We'd only just got the new kitchen in"], "Gail Whitcombe"),
            (
                D,
                [
                    "The insurance has gone up four times since the last flood, and now I don't know "
                    "if anyone will cover us at all."
                ],
                "Gail Whitcombe",
            ),
            (P, ["a scandal"], "Tom Reddish"),
        ],
    ),
    (  # 3 study on sleep and pollution: "has found"/"showed" not annotated, incise, partial
        "Children who grow up in neighbourhoods with high levels of nitrogen dioxide sleep on "
        "average 23 minutes less a night than those in cleaner areas, a large study published on "
        "Wednesday has found.\n\n"
        "The research, which followed 11,000 children in five cities for eight years, appears in "
        "the journal Environmental Paediatrics. It showed that the effect was strongest in "
        "children with asthma.\n\n"
        "“Twenty-three minutes doesn't sound like much,” said the lead author, Professor Daniel "
        "Okafor of Northgate University, “but over a childhood that adds up to months of lost "
        "sleep, with knock-on effects on concentration and mood.”\n\n"
        "Dr Helen Marsh, a sleep specialist who was not involved in the study, described the "
        "findings as “plausible but not yet conclusive”. Families in polluted areas also tend to "
        "live with more traffic noise and in smaller homes, which the authors tried to account "
        "for.",
        [
            (
                D,
                [
                    "Twenty-three minutes doesn't sound like much",
                    "but over a childhood that adds up to months of lost sleep, with knock-on effects "
                    "on concentration and mood.",
                ],
                "Daniel Okafor",
            ),
            (P, ["plausible but not yet conclusive"], "Helen Marsh"),
        ],
    ),
    (  # 4 solar farm: "was blunt:", spokeswoman speaks for the company
        "Plans for one of the largest solar farms in the south-west, covering 340 hectares of "
        "farmland near Hollins Cross, were approved by Westmoor District Council on Thursday night "
        "after a five-hour meeting.\n\n"
        'Councillor Ruth Abernethy, who chairs the planning committee, was blunt: "We cannot say '
        "we support net zero and then refuse every project that is visible from someone's "
        'window."\n\n'
        "The scheme has divided the village, where many fear the loss of good farmland for a "
        "generation. "
        "Derek Pallister, whose farm borders the site, spoke against it at the meeting and is "
        "considering a legal challenge.\n\n"
        'A spokeswoman for Brightfield Renewables, the developer, said: "Sheep will graze '
        "between the panels, and the land will return to full agricultural use when the farm is "
        'decommissioned in 40 years."\n\n'
        "The farm is expected to generate enough electricity for about 90,000 homes and to "
        "connect to the grid in 2029.",
        [
            (
                D,
                [
                    "We cannot say we support net zero and then refuse every project that is "
                    "visible from someone's window."
                ],
                "Ruth Abernethy",
            ),
            (
                D,
                [
                    "Sheep will graze between the panels, and the land will return to full "
                    "agricultural use when the farm is decommissioned in 40 years."
                ],
                "Brightfield Renewables",
            ),
        ],
    ),
    (  # 5 waiting lists: "the minister told staff", "pointed out that", "she said"
        "The number of people waiting more than a year for hospital treatment has fallen below "
        "100,000 for the first time in five years, figures published on Thursday show.\n\n"
        "Health Minister Caroline Ashdown visited a surgical hub in Redfield on Thursday morning "
        "to mark the figures. “Two years ago, people were told to wait eighteen months for a hip "
        "replacement. Today, in most of the country, it is under six,” the minister told staff.\n\n"
        "Patient groups were more cautious. Mariam Siddiqui, chief executive of the charity "
        "Patients First, pointed out that waits for mental health services had grown over the "
        "same period. “We should celebrate progress, but not by looking only at the numbers that "
        "are improving,” she said.\n\n"
        "The government is expected to publish new targets for community care in the spring.",
        [
            (
                D,
                [
                    "Two years ago, people were told to wait eighteen months for a hip replacement. "
                    "Today, in most of the country, it is under six"
                ],
                "Caroline Ashdown",
            ),
            (
                I,
                ["waits for mental health services had grown over the same period"],
                "Mariam Siddiqui",
            ),
            (
                D,
                [
                    "We should celebrate progress, but not by looking only at the numbers that are "
                    "improving"
                ],
                "Mariam Siddiqui",
            ),
        ],
    ),
    (  # 6 wildfire smoke: indirect, then a straight-quoted quote over two paragraphs
        "Smoke from wildfires burning across the Caldera Ranges drifted over Port Elwood on "
        "Monday, pushing air quality to its worst level since monitoring began in 2009. Fine "
        "particle concentrations are expected to stay in the hazardous band until at least "
        "Thursday.\n\n"
        "Dr Samuel Whitford, a respiratory physician at Port Elwood Hospital, said admissions for "
        "asthma had tripled over the weekend.\n\n"
        '"What worries me most is not the acute cases we see in the emergency department. It is '
        "the cumulative exposure, week after week, summer after summer.\n\n"
        '"We are only starting to understand what that does to children\'s lungs," he said.\n\n'
        "Schools in the city will keep pupils indoors during breaks, and several outdoor sporting "
        "events planned for the weekend have been postponed.",
        [
            (I, ["admissions for asthma had tripled over the weekend"], "Samuel Whitford"),
            (
                D,
                [
                    "What worries me most is not the acute cases we see in the emergency "
                    "department. It is the cumulative exposure, week after week, summer after "
                    "summer.",
                    "We are only starting to understand what that does to children's lungs",
                ],
                "Samuel Whitford",
            ),
        ],
    ),
    (  # 7 sewage fine: judge's partial, chief executive after the quote
        "Aldwater Water has been fined £4.2 million after pumping untreated sewage into the River "
        "Cale on 312 days over three years, including during dry weather, when such discharges "
        "are illegal.\n\n"
        "Sentencing the company at Kingsmead Crown Court, Judge Miriam Holt described its conduct "
        "as “a sustained and cynical disregard” for the law. The prosecution was brought after "
        "volunteers from a local angling club logged the discharges with their own cameras.\n\n"
        "“We have let our customers and the river down, and we are sorry,” said Aldwater's chief "
        "executive, Graham Pike, who was in court for the hearing. The company plans to "
        "spend £90 million on storm tanks at its three largest treatment works by 2030.\n\n"
        "Bathing in the lower Cale remains inadvisable, and the angling club has suspended "
        "competitions for the rest of the season.",
        [
            (P, ["a sustained and cynical disregard"], "Miriam Holt"),
            (D, ["We have let our customers and the river down, and we are sorry"], "Graham Pike"),
        ],
    ),
    (  # 8 measles: "..., the agency said" at the end, pronoun and "she added:"
        "An outbreak of measles in Granford has grown to 47 confirmed cases, most of them in "
        "unvaccinated children under ten, the Northern Health Protection Agency said on Friday. "
        "Seven children have been admitted to hospital, two of them to intensive care.\n\n"
        "“Measles is not a mild childhood illness. It is one of the most contagious diseases we "
        "know, and it can kill,” said Dr Aisha Rahman, the agency's consultant in health "
        "protection.\n\n"
        "Uptake of the second dose of the vaccine in Granford stands at 78%, well below the 95% "
        "needed to stop the virus spreading. Pop-up clinics will open at three schools from "
        "Monday.\n\n"
        "Speaking to reporters outside the town's health centre later in the day, she added: "
        "“Nobody is judging anyone. We just want to get these children protected before "
        "Christmas.”",
        [
            (
                I,
                [
                    "An outbreak of measles in Granford has grown to 47 confirmed cases, most of them "
                    "in unvaccinated children under ten"
                ],
                "Northern Health Protection Agency",
            ),
            (
                D,
                [
                    "Measles is not a mild childhood illness. It is one of the most contagious "
                    "diseases we know, and it can kill"
                ],
                "Aisha Rahman",
            ),
            (
                D,
                [
                    "Nobody is judging anyone. We just want to get these children protected before "
                    "Christmas."
                ],
                "Aisha Rahman",
            ),
        ],
    ),
    (  # 9 glaciers: "reported", book title in “ ”, incise "she said,"
        "The glaciers of the Vordal massif lost 4% of their remaining volume in a single summer, "
        "the Alpine Glacier Survey reported on Tuesday, the second-worst year since its records "
        "began in 1950.\n\n"
        "Glaciologist Ingrid Solberg, whose book “The Last Ice” was shortlisted for a science "
        "writing prize last year, has measured the Hesse glacier every September since 2004. "
        "“When I started, you stepped onto the ice from the door of the hut,” she said, “and now "
        "it is a forty-minute scramble over bare rock to reach it.”\n\n"
        "The survey's figures show that even if warming stopped today, around half of the "
        "massif's remaining ice would disappear by 2060. Meltwater from the Vordal glaciers feeds "
        "three hydroelectric dams and the irrigation canals of the valley below, where farmers "
        "already reported shortages in August.",
        [
            (
                I,
                [
                    "The glaciers of the Vordal massif lost 4% of their remaining volume in a single "
                    "summer"
                ],
                "Alpine Glacier Survey",
            ),
            (
                D,
                [
                    "When I started, you stepped onto the ice from the door of the hut",
                    "and now it is a forty-minute scramble over bare rock to reach it.",
                ],
                "Ingrid Solberg",
            ),
        ],
    ),
    (  # 10 lithium mine: campaigner "she said", director "told a public meeting that"
        "Kestrel Minerals hopes to begin digging next year at Tarn Howe, on the edge of the "
        "Brannock moors, where it has found one of the richest lithium deposits in Europe. The "
        "company wants to extract enough of the metal for 300,000 electric car batteries a "
        "year.\n\n"
        "Jenny Calloway, who founded the campaign group Keep Brannock Wild, is unconvinced. "
        '"They talk about green jobs, but this is an open pit the size of forty football '
        'pitches, half a mile from a river full of salmon," she said.\n\n'
        "The company's operations director, Martin Osei, told a public meeting in Brannock "
        "village hall on Tuesday that water used on the site would be treated and recycled in a "
        "closed loop. About 250 people attended, many holding home-made placards.\n\n"
        "The county council is due to rule on the planning application in February.",
        [
            (
                D,
                [
                    "They talk about green jobs, but this is an open pit the size of forty football "
                    "pitches, half a mile from a river full of salmon"
                ],
                "Jenny Calloway",
            ),
            (
                I,
                ["water used on the site would be treated and recycled in a closed loop"],
                "Martin Osei",
            ),
        ],
    ),
    (  # 11 classroom air: speaker resolved by a pronoun several sentences later
        "Carbon dioxide levels in more than half of the classrooms tested at 40 primary schools "
        "in Eastleigh Vale exceeded recommended limits for at least part of the school day, a "
        "year of monitoring by engineers at Redbourne University has found.\n\n"
        "“By early afternoon, in some rooms, the air was so stale that children were effectively "
        "working at half capacity,” said Dr Fiona Garside, who led the project.\n\n"
        "Most of the schools were built in the 1960s and 1970s, with windows that open only a few "
        "centimetres. Sensors costing around £60 a room can alert teachers when levels rise, and "
        "simply opening doors during breaks made a measurable difference in the trial. Several "
        "head teachers have already ordered them.\n\n"
        "“Ventilation is always the first thing to be cut when a refurbishment goes over budget. "
        "It shouldn't be,” she argued.",
        [
            (
                D,
                [
                    "By early afternoon, in some rooms, the air was so stale that children were "
                    "effectively working at half capacity"
                ],
                "Fiona Garside",
            ),
            (
                D,
                [
                    "Ventilation is always the first thing to be cut when a refurbishment goes over "
                    "budget. It shouldn't be"
                ],
                "Fiona Garside",
            ),
        ],
    ),
    (  # 12 drought: company indirect, nickname in “ ”, resident quote before "she said"
        "Hosepipe bans will come into force across Kentmoor from next Friday after the county's "
        "largest reservoir, Linbrook Water, fell to 31% of capacity, its lowest level for the "
        "time of year since 1976.\n\n"
        "Southvale Water said the restrictions were likely to stay in place until the spring, "
        "even if the autumn turns out to be wet.\n\n"
        "At Linbrook, the ruins of a village drowned when the valley was flooded in the 1950s "
        "have re-emerged from the water, drawing sightseers. Its church tower, known locally as "
        "“the Ghost Steeple”, is now fully visible for the first time in decades.\n\n"
        "Anna Kowalczyk, who runs the sailing club on the reservoir, has cancelled every event "
        'since July. "The boats are sitting on mud a hundred metres from where the shoreline '
        'used to be," she said.',
        [
            (
                I,
                [
                    "the restrictions were likely to stay in place until the spring, even if the "
                    "autumn turns out to be wet"
                ],
                "Southvale Water",
            ),
            (
                D,
                [
                    "The boats are sitting on mud a hundred metres from where the shoreline used to "
                    "be"
                ],
                "Anna Kowalczyk",
            ),
        ],
    ),
    (  # 13 AI screening trial: nickname in “ ”, union's partial
        "An artificial intelligence system used to read breast screening mammograms picked up 17% "
        "more cancers than the usual double reading by two radiologists, without increasing the "
        "number of false alarms, in a two-year trial at four hospitals in the Mersey region.\n\n"
        "Staff at Wirral Bay Hospital, where the trial began, have nicknamed the software “the "
        "Third Reader”.\n\n"
        "“It doesn't replace us. It is a very good extra pair of eyes, and it never gets tired at "
        "the end of a long shift,” said consultant radiologist Dr Olu Adeyemi, who led the "
        "trial.\n\n"
        "The Radiography Workers' Union welcomed the results but warned against using them as “an "
        "excuse to cut staff” in a service already short of more than 400 specialists. The "
        "software will now be tested in ten more screening centres before any decision on a "
        "national roll-out.",
        [
            (
                D,
                [
                    "It doesn't replace us. It is a very good extra pair of eyes, and it never gets "
                    "tired at the end of a long shift"
                ],
                "Olu Adeyemi",
            ),
            (P, ["an excuse to cut staff"], "Radiography Workers' Union"),
        ],
    ),
    (  # 14 coral bleaching: "..., the institute said on Monday", marine biologist
        "Nearly two-thirds of the corals surveyed on the Tamsin Reef showed signs of bleaching "
        "this year, the worst episode since surveys began in 1998, the Coral Sea Marine Institute "
        "said on Monday. Divers recorded water temperatures of 31.2C at a depth of ten metres in "
        "March.\n\n"
        "Marine biologist Lena Haraldsen, who has dived on the reef for 25 years, was on one of "
        'the survey boats. "On some sites it looked like a snowfield. You could swim for ten '
        'minutes and not see a single healthy colony," she recalled.\n\n'
        "Bleached corals are not dead, and many can recover if the water cools quickly enough. "
        "But repeated heatwaves leave them little time: the Tamsin Reef has now bleached four "
        "times in eight years. Tour operators in Port Alder, who depend on the reef for most of "
        "their trade, have started offering trips to volunteers who help monitor it.",
        [
            (
                I,
                [
                    "Nearly two-thirds of the corals surveyed on the Tamsin Reef showed signs of "
                    "bleaching this year, the worst episode since surveys began in 1998"
                ],
                "Coral Sea Marine Institute",
            ),
            (
                D,
                [
                    "On some sites it looked like a snowfield. You could swim for ten minutes and "
                    "not see a single healthy colony"
                ],
                "Lena Haraldsen",
            ),
        ],
    ),
    (  # 15 heat pumps: announcement with the speaker after, "he said:"
        "The government will double the grant available to households installing heat pumps, to "
        "£15,000, Energy Secretary Jonathan Reeve-Aldous announced on Wednesday.\n\n"
        "Speaking on a housing estate in Wexcombe where 200 homes have been fitted with the "
        'pumps, he said: "For too long, the upfront cost has been the barrier. We are removing '
        'it."\n\n'
        "Fewer than 70,000 heat pumps were installed last year, against a target of 300,000. "
        "Installers welcomed the announcement, though the sector will need around 20,000 more "
        "trained engineers by the end of the decade to meet demand. Training colleges in the "
        "north-east already report waiting lists for their courses.\n\n"
        "The higher grant will be available from April and will be funded from the existing "
        "energy efficiency budget rather than new borrowing.",
        [
            (
                I,
                [
                    "The government will double the grant available to households installing heat "
                    "pumps, to £15,000"
                ],
                "Jonathan Reeve-Aldous",
            ),
            (
                D,
                ["For too long, the upfront cost has been the barrier. We are removing it."],
                "Jonathan Reeve-Aldous",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout42.jsonl"),
        "heldout42",
        "h42",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
