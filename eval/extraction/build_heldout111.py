"""Source of the 111th held-out set: writes heldout111.jsonl (split "heldout111").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like environment, climate and agriculture news: floods, droughts, heatwaves, storms and
melting glaciers, farmers' protests and struggling farms, offshore wind farms, gas and oil
pipelines, coal mines and solar farms, water reserves and sewage spills, with NGOs and charities
(named, and referred back to as "l'ONG", "the charity"), scientists, mayors, ministers, energy and
water companies speaking as organisations, and unnamed farmers, fishermen and residents quoted.
Quotes introduced by a colon or by a dialogue dash, "selon X" / "d'après X" / "according to X"
sources, quotes running over several paragraphs, and texts with no quote at all are included.
Measured once with 0.3.0, 0.32.0 and 0.33.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout111.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-02"
Item = GoldItem

FR: list[Item] = [
    (  # 1 flash flood: "Selon l'établissement public Name, qui …," (generic noun dropped, rest
        # of the sentence after the relative clause), mayor's two-sentence direct introduced by
        # a colon (final period kept), unnamed "une habitante" after the quote
        "Des pluies diluviennes se sont abattues dans la nuit de dimanche à lundi sur la vallée "
        "de la Lavèze, provoquant une crue éclair d'une violence inédite. Deux personnes sont "
        "portées disparues et plus de 600 habitations ont été inondées.\n\n"
        "Selon l'établissement public Hydréo, qui surveille les cours d'eau du bassin, il est "
        "tombé 310 millimètres de pluie en moins de six heures à Saint-Paul-de-Lavèze, soit "
        "l'équivalent de quatre mois de précipitations.\n\n"
        "Le maire de la commune, Henri Castagné, a résumé la situation devant la presse\u00a0: "
        "«\u00a0L'eau est montée d'un mètre cinquante en quarante minutes. Personne n'a rien pu "
        "faire.\u00a0»\n\n"
        "Dans la rue des Tanneurs, les habitants sortent leurs meubles détrempés sur le trottoir. "
        "«\u00a0J'ai tout perdu, les photos, la voiture, les papiers\u00a0», souffle une "
        "habitante, les bottes encore pleines de boue.",
        [
            (
                I,
                [
                    "il est tombé 310 millimètres de pluie en moins de six heures à "
                    "Saint-Paul-de-Lavèze, soit l'équivalent de quatre mois de précipitations"
                ],
                "Hydréo",
            ),
            (
                D,
                [
                    "L'eau est montée d'un mètre cinquante en quarante minutes. Personne n'a rien "
                    "pu faire."
                ],
                "Henri Castagné",
            ),
            (D, ["J'ai tout perdu, les photos, la voiture, les papiers"], "habitante"),
        ],
    ),
    (  # 2 tractors at the prefecture: two lines opened by a dialogue dash, each ended by an
        # incise with an unnamed speaker ("lâche un céréalier", "renchérit une éleveuse"), then a
        # « » quote split by "a insisté le président de Name, Name," (one quote, two spans,
        # final period kept), "a fait état de deux interpellations" (noun object)
        "Près de 300 tracteurs ont convergé jeudi matin vers la préfecture de "
        "Montbrison-sur-Loire, à l'appel du syndicat Jeunes Exploitants, pour dénoncer la baisse "
        "des prix du lait et la multiplication des normes environnementales.\n\n"
        "Devant les grilles, où des bottes de paille ont été incendiées, les agriculteurs ne "
        "cachent pas leur colère.\n\n"
        "— On travaille à perte depuis deux ans, lâche un céréalier, la casquette vissée sur la "
        "tête.\n\n"
        "— Moi, je me lève à cinq heures pour gagner moins que le smic, renchérit une éleveuse "
        "venue du Forez.\n\n"
        "«\u00a0Nous ne sommes pas des casseurs, a insisté le président de Jeunes Exploitants, "
        "Thibault Ravenel, nous sommes des gens qui nourrissent ce pays.\u00a0» La préfecture a "
        "fait état de deux interpellations pour des dégradations.",
        [
            (D, ["On travaille à perte depuis deux ans"], "céréalier"),
            (D, ["Moi, je me lève à cinq heures pour gagner moins que le smic"], "éleveuse"),
            (
                D,
                [
                    "Nous ne sommes pas des casseurs",
                    "nous sommes des gens qui nourrissent ce pays.",
                ],
                "Thibault Ravenel",
            ),
        ],
    ),
    (  # 3 offshore wind farm: an energy company speaking ("Alizéa Énergies a indiqué que … et
        # que …", one indirect), fishermen's quote over two paragraphs (one span each, first
        # one's period kept) with "a expliqué Name, président du …", "a réclamé un moratoire"
        # (noun object), "Pour sa porte-parole, Name, « … »" (direct)
        "Le débat public sur le futur parc éolien en mer au large de l'île de Kerhouarn s'est "
        "ouvert mardi à Port-Lannec dans une ambiance tendue. Le projet, porté par le groupe "
        "Alizéa Énergies, prévoit l'installation de 62 éoliennes flottantes à 25 kilomètres des "
        "côtes.\n\n"
        "Dans un communiqué, Alizéa Énergies a indiqué que le parc pourrait alimenter "
        "l'équivalent de 900\u00a0000 foyers et que les travaux débuteraient en 2029.\n\n"
        "Les pêcheurs, eux, redoutent de perdre leurs zones de chalutage. «\u00a0On nous explique "
        "que la mer est grande. Mais les coquilles Saint-Jacques, elles, ne sont pas partout.\n\n"
        "«\u00a0Si on nous ferme ce secteur, ce sont quarante bateaux qui resteront à "
        "quai\u00a0», a expliqué Yannick Le Goff, président du comité local des pêches, sous les "
        "applaudissements de la salle.\n\n"
        "L'association Kerhouarn Vivant a réclamé un moratoire. Pour sa porte-parole, Maëlle "
        "Guillou, «\u00a0personne n'a encore mesuré l'effet de ces machines sur les oiseaux "
        "migrateurs\u00a0».",
        [
            (
                I,
                [
                    "le parc pourrait alimenter l'équivalent de 900\u00a0000 foyers et que les "
                    "travaux débuteraient en 2029"
                ],
                "Alizéa Énergies",
            ),
            (
                D,
                [
                    "On nous explique que la mer est grande. Mais les coquilles Saint-Jacques, "
                    "elles, ne sont pas partout.",
                    "Si on nous ferme ce secteur, ce sont quarante bateaux qui resteront à quai",
                ],
                "Yannick Le Goff",
            ),
            (
                D,
                ["personne n'a encore mesuré l'effet de ces machines sur les oiseaux migrateurs"],
                "Maëlle Guillou",
            ),
        ],
    ),
    (  # 4 irrigation reservoirs: a word in « » with no speaker (not annotated), "D'après
        # l'hydrologue Name, chercheuse à …," (rest of the sentence), NGO partial after "dénonce
        # un" with "a annoncé une manifestation" (noun object), two-sentence direct + "a
        # répliqué le directeur de …, Name"
        "La préfète des Deux-Vallons, Sophie Arnaud-Kessler, a autorisé lundi la construction de "
        "quatre nouvelles réserves de substitution, ces «\u00a0bassines\u00a0» géantes "
        "destinées à stocker l'eau des nappes en hiver pour irriguer les cultures en été.\n\n"
        "D'après l'hydrologue Claire Vannier, chercheuse à l'université de Poitiers-Charente, ces "
        "ouvrages aggravent l'évaporation et privent les rivières d'une partie de leur débit "
        "hivernal.\n\n"
        "L'association Eau Commune dénonce un «\u00a0accaparement de l'eau\u00a0» au profit "
        "d'une trentaine d'exploitations et a annoncé une manifestation le 14 mars.\n\n"
        "«\u00a0Sans ces réserves, la moitié de nos adhérents arrêteront le maïs semence d'ici "
        "cinq ans. C'est aussi simple que ça\u00a0», a répliqué le directeur de la coopérative "
        "des Irrigants du Thouet, Serge Audoin.",
        [
            (
                I,
                [
                    "ces ouvrages aggravent l'évaporation et privent les rivières d'une partie de "
                    "leur débit hivernal"
                ],
                "Claire Vannier",
            ),
            (P, ["accaparement de l'eau"], "Eau Commune"),
            (
                D,
                [
                    "Sans ces réserves, la moitié de nos adhérents arrêteront le maïs semence "
                    "d'ici cinq ans. C'est aussi simple que ça"
                ],
                "Serge Audoin",
            ),
        ],
    ),
    (  # 5 poor wheat harvest: no quote at all; "a annoncé … une enveloppe" and "ont réclamé un
        # dispositif" have noun objects only (not annotated)
        "La moisson 2026 restera comme l'une des plus faibles du siècle. Un printemps "
        "exceptionnellement pluvieux, suivi de trois semaines de fortes chaleurs en juin, a "
        "réduit les rendements de blé tendre à 6,1 tonnes par hectare en moyenne, contre 7,2 "
        "tonnes l'an dernier.\n\n"
        "Les régions du nord et de l'est sont les plus touchées. Dans certaines exploitations de "
        "la plaine de Sennecey, les pertes dépassent 40\u00a0%. La qualité des grains, souvent "
        "trop pauvres en protéines, pèse aussi sur les prix.\n\n"
        "Le ministère de l'Agriculture a annoncé mercredi une enveloppe d'urgence de 60 millions "
        "d'euros et le report des cotisations sociales pour les exploitations les plus fragiles. "
        "Les chambres d'agriculture ont réclamé un dispositif d'assurance récolte plus "
        "protecteur.",
        [],
    ),
    (  # 6 gas pipeline approved: direct + "a déclaré le ministre de …, Name" (inversion with
        # apposition), mayor "a annoncé vouloir" (infinitive clause), two-sentence direct + "a
        # ajouté M.\u00a0Surname" (title with a no-break space)
        "Le gouvernement a donné mercredi son feu vert au gazoduc TransPyrène, qui doit relier "
        "sur 190 kilomètres le terminal méthanier de Port-Vendelle à la frontière espagnole en "
        "traversant trois vallées pyrénéennes.\n\n"
        "«\u00a0Ce projet est indispensable à la sécurité d'approvisionnement du pays pour les "
        "quinze prochaines années\u00a0», a déclaré le ministre de la Transition énergétique, "
        "Olivier Brassac, à l'issue du Conseil des ministres.\n\n"
        "Dans les vallées, l'annonce a été accueillie avec colère. Le maire de Lescun-d'Aure, "
        "Pierre Etchebarne, a annoncé vouloir saisir le tribunal administratif de Pau-Béarn dès "
        "la publication du décret. «\u00a0Nous ne sommes pas contre l'énergie. Nous sommes "
        "contre un tuyau qui coupe en deux nos estives\u00a0», a ajouté M.\u00a0Etchebarne.",
        [
            (
                D,
                [
                    "Ce projet est indispensable à la sécurité d'approvisionnement du pays pour "
                    "les quinze prochaines années"
                ],
                "Olivier Brassac",
            ),
            (
                I,
                [
                    "vouloir saisir le tribunal administratif de Pau-Béarn dès la publication du "
                    "décret"
                ],
                "Pierre Etchebarne",
            ),
            (
                D,
                [
                    "Nous ne sommes pas contre l'énergie. Nous sommes contre un tuyau qui coupe en "
                    "deux nos estives"
                ],
                "Pierre Etchebarne",
            ),
        ],
    ),
    (  # 7 heatwave: "Selon l'institut Name," (generic noun dropped), a partial inside the
        # reported speech of "La climatologue Name … estime que" (only the partial), mayor's
        # two-sentence direct introduced by "est formel\u00a0:" (final period kept)
        "Pour la troisième fois depuis juin, la ville de Valmorel-les-Bains a franchi la barre "
        "des 40\u00a0°C mardi. Selon l'institut Climatia, la température moyenne de juillet y a "
        "dépassé de 3,2 degrés la normale de saison.\n\n"
        "La climatologue Agnès Morvan, de l'université de Rennes-Armor, estime que ces épisodes "
        "deviendront «\u00a0la norme\u00a0» d'ici à 2050 dans la moitié sud du pays.\n\n"
        "Le maire, Didier Fontanel, est formel\u00a0: «\u00a0Il faut désimperméabiliser les "
        "cours d'école, planter, ombrager. Nous n'avons plus le choix.\u00a0» La ville a lancé "
        "un plan de 12 millions d'euros pour créer des îlots de fraîcheur dans chaque quartier.",
        [
            (
                I,
                [
                    "la température moyenne de juillet y a dépassé de 3,2 degrés la normale de "
                    "saison"
                ],
                "Climatia",
            ),
            (P, ["la norme"], "Agnès Morvan"),
            (
                D,
                [
                    "Il faut désimperméabiliser les cours d'école, planter, ombrager. Nous n'avons "
                    "plus le choix."
                ],
                "Didier Fontanel",
            ),
        ],
    ),
    (  # 8 climate lawsuit: "L'ONG Name a annoncé jeudi avoir déposé" (infinitive clause,
        # generic noun dropped), direct + "a déclaré sa juriste, Name", "L'ONG … qualifie le
        # plan d'« … »" (generic noun referring back, partial after an elided "d'"), ministry
        # "n'a pas souhaité réagir" (not annotated)
        "L'ONG Terre et Droit a annoncé jeudi avoir déposé un recours devant le Conseil d'État "
        "contre le troisième plan national d'adaptation au changement climatique.\n\n"
        "«\u00a0L'État s'est fixé des objectifs qu'il ne respecte pas lui-même. Nous lui "
        "demandons simplement d'appliquer sa propre loi\u00a0», a déclaré sa juriste, Inès "
        "Benali, lors d'une conférence de presse à Paris.\n\n"
        "Pour les communes littorales menacées par l'érosion, aucun financement nouveau n'est "
        "prévu. L'ONG qualifie le plan d'«\u00a0exercice de communication\u00a0».\n\n"
        "Sollicité, le ministère de la Transition écologique n'a pas souhaité réagir. Une "
        "décision n'est pas attendue avant l'automne 2027.",
        [
            (
                I,
                [
                    "avoir déposé un recours devant le Conseil d'État contre le troisième plan "
                    "national d'adaptation au changement climatique"
                ],
                "Terre et Droit",
            ),
            (
                D,
                [
                    "L'État s'est fixé des objectifs qu'il ne respecte pas lui-même. Nous lui "
                    "demandons simplement d'appliquer sa propre loi"
                ],
                "Inès Benali",
            ),
            (P, ["exercice de communication"], "Terre et Droit"),
        ],
    ),
    (  # 9 wolf attacks, « » without inner spaces: "D'après la direction départementale des
        # territoires," (rest of the sentence), unnamed "un berger de la vallée, qui …" after a
        # two-sentence direct, "réclament l'autorisation" (noun object), partial inside the
        # reported speech of "L'association Name rappelle … que" (only the partial)
        "Trois attaques de loup en une semaine\u00a0: les éleveurs du plateau de "
        "Valgaudemar-Haut n'en peuvent plus. D'après la direction départementale des "
        "territoires, 412 brebis ont été tuées dans le département depuis le 1er janvier, contre "
        "260 sur la même période l'an dernier.\n\n"
        "«Mes chiens de protection n'y suffisent plus. Le loup revient la nuit, toujours au même "
        "endroit», raconte un berger de la vallée, qui a perdu 37 bêtes en juillet.\n\n"
        "Les éleveurs réclament l'autorisation de tirs de défense supplémentaires. L'association "
        "Loup Alpin rappelle de son côté que l'espèce reste «strictement protégée» en Europe.\n\n"
        "Le préfet doit réunir le comité loup départemental le 3 octobre.",
        [
            (
                I,
                [
                    "412 brebis ont été tuées dans le département depuis le 1er janvier, contre "
                    "260 sur la même période l'an dernier"
                ],
                "direction départementale des territoires",
            ),
            (
                D,
                [
                    "Mes chiens de protection n'y suffisent plus. Le loup revient la nuit, "
                    "toujours au même endroit"
                ],
                "berger",
            ),
            (P, ["strictement protégée"], "Loup Alpin"),
        ],
    ),
    (  # 10 organic farmer: "le céréalier de … dit avoir perdu" (role referring back,
        # infinitive clause), a quote over three paragraphs (one span each, periods of the
        # first two kept) ended by "résume-t-il", "Selon l'Agence Name," (rest of the sentence),
        # "a demandé au gouvernement un fonds" (noun object)
        "Jean-Marc Delorme, 54 ans, a converti en 2021 ses 180 hectares de céréales à "
        "l'agriculture biologique. Cinq ans plus tard, le céréalier de Vauxcelles-sur-Aisne dit "
        "avoir perdu près d'un tiers de son chiffre d'affaires.\n\n"
        "«\u00a0La première année, on a eu de la chance, les prix du bio étaient hauts. Puis "
        "l'inflation est arrivée, et les consommateurs sont retournés vers le "
        "conventionnel.\n\n"
        "«\u00a0Aujourd'hui, je vends une partie de mon blé bio au prix du blé conventionnel, "
        "parce que personne n'en veut. C'est absurde.\n\n"
        "«\u00a0Je ne reviendrai pas en arrière, mais je comprends ceux qui le font\u00a0», "
        "résume-t-il.\n\n"
        "Selon l'Agence Bio-Territoires, près de 3\u00a0000 exploitations ont abandonné le "
        "label en France l'an dernier. La fédération régionale des agriculteurs bio a demandé au "
        "gouvernement un fonds de soutien d'urgence.",
        [
            (I, ["avoir perdu près d'un tiers de son chiffre d'affaires"], "Jean-Marc Delorme"),
            (
                D,
                [
                    "La première année, on a eu de la chance, les prix du bio étaient hauts. Puis "
                    "l'inflation est arrivée, et les consommateurs sont retournés vers le "
                    "conventionnel.",
                    "Aujourd'hui, je vends une partie de mon blé bio au prix du blé conventionnel, "
                    "parce que personne n'en veut. C'est absurde.",
                    "Je ne reviendrai pas en arrière, mais je comprends ceux qui le font",
                ],
                "Jean-Marc Delorme",
            ),
            (
                I,
                ["près de 3\u00a0000 exploitations ont abandonné le label en France l'an dernier"],
                "Agence Bio-Territoires",
            ),
        ],
    ),
    (  # 11 storm and power cuts: "Le gestionnaire de réseau Name a indiqué … que" (generic
        # noun dropped), direct + "a assuré l'entreprise" (generic noun for the company), « »
        # without inner spaces + "témoigne une mère de famille" (unnamed)
        "La tempête Ophélie a balayé la nuit dernière le littoral de la Cornouaille-Nord avec "
        "des rafales mesurées à 168\u00a0km/h à la pointe de Penmarvel. Un homme de 71 ans a été "
        "tué par la chute d'un arbre sur sa voiture, près de Quimerlé.\n\n"
        "Le gestionnaire de réseau Distrelec a indiqué vendredi matin que 118\u00a0000 foyers "
        "étaient encore privés d'électricité dans la région. «\u00a0Nos équipes et 400 "
        "techniciens venus d'autres régions travaillent jour et nuit pour rétablir le "
        "courant\u00a0», a assuré l'entreprise dans un communiqué.\n\n"
        "À Plouzévet, certains habitants n'ont plus de courant depuis mercredi. «Trois jours sans "
        "chauffage, avec un bébé de deux mois, c'est très long», témoigne une mère de famille, "
        "réfugiée chez ses parents.\n\n"
        "La préfecture a ouvert quatre gymnases pour accueillir les sinistrés.",
        [
            (
                I,
                ["118\u00a0000 foyers étaient encore privés d'électricité dans la région"],
                "Distrelec",
            ),
            (
                D,
                [
                    "Nos équipes et 400 techniciens venus d'autres régions travaillent jour et "
                    "nuit pour rétablir le courant"
                ],
                "Distrelec",
            ),
            (
                D,
                ["Trois jours sans chauffage, avec un bébé de deux mois, c'est très long"],
                "mère de famille",
            ),
        ],
    ),
    (  # 12 biogas plant: "Selon le collectif Name, qui …," (generic noun dropped, rest of the
        # sentence), two-sentence direct + "regrette un riverain, Name, dont …" (named by
        # apposition), partial after "défend au contraire une installation" by "l'agriculteur
        # Name"
        "Le projet de méthaniseur agricole de La Chapelle-Saint-Ouen divise la commune. Porté "
        "par six exploitants, il doit transformer chaque année 30\u00a0000 tonnes d'effluents "
        "d'élevage et de résidus de cultures en biogaz injecté dans le réseau.\n\n"
        "Selon le collectif Air Pur Chapelle, qui regroupe les opposants, l'installation "
        "générera le passage de quarante camions par jour sur des routes communales étroites. "
        "«\u00a0On a quitté la ville pour le calme. On va se retrouver à côté d'une "
        "usine\u00a0», regrette un riverain, Gérard Pinçon, dont la maison se trouve à 400 "
        "mètres du site.\n\n"
        "Le porte-parole des exploitants, l'agriculteur Baptiste Morin, défend au contraire une "
        "installation «\u00a0exemplaire\u00a0», qui réduira l'usage d'engrais chimiques sur les "
        "fermes associées. Une réunion publique est prévue le 12 février.",
        [
            (
                I,
                [
                    "l'installation générera le passage de quarante camions par jour sur des "
                    "routes communales étroites"
                ],
                "Air Pur Chapelle",
            ),
            (
                D,
                ["On a quitté la ville pour le calme. On va se retrouver à côté d'une usine"],
                "Gérard Pinçon",
            ),
            (P, ["exemplaire"], "Baptiste Morin"),
        ],
    ),
    (  # 13 Swiss glaciers: "…, selon le réseau de surveillance Name, qui …." (the part before,
        # generic noun dropped), a quote split by "explique le glaciologue Name, qui …," (one
        # quote, two spans, final period kept), noun objects ("a promis un nouveau programme",
        # "a écarté toute interdiction") then a partial in "jugeant qu'une telle mesure serait"
        "Les glaciers suisses ont perdu 4,1\u00a0% de leur volume cette année, la deuxième plus "
        "forte baisse jamais enregistrée, selon le réseau de surveillance Glacio-Alpes, qui a "
        "publié son bilan annuel lundi.\n\n"
        "«\u00a0Un hiver pauvre en neige suivi d'un été très chaud, c'est la combinaison la plus "
        "défavorable, explique le glaciologue Reto Caflisch, qui dirige le réseau, et elle risque "
        "de devenir la règle.\u00a0»\n\n"
        "Le conseiller fédéral chargé de l'environnement, Beat Steiner, a promis un nouveau "
        "programme de mesures. Il a toutefois écarté toute interdiction des canons à neige, "
        "jugeant qu'une telle mesure serait «\u00a0disproportionnée\u00a0» pour les stations de "
        "montagne.",
        [
            (
                I,
                [
                    "Les glaciers suisses ont perdu 4,1\u00a0% de leur volume cette année, la "
                    "deuxième plus forte baisse jamais enregistrée"
                ],
                "Glacio-Alpes",
            ),
            (
                D,
                [
                    "Un hiver pauvre en neige suivi d'un été très chaud, c'est la combinaison la "
                    "plus défavorable",
                    "et elle risque de devenir la règle.",
                ],
                "Reto Caflisch",
            ),
            (P, ["disproportionnée"], "Beat Steiner"),
        ],
    ),
    (  # 14 sargassum seaweed: "D'après l'agence régionale de santé," (rest of the sentence),
        # direct + "a déploré la maire, Name, qui réclame à l'État une barge" (noun object), a
        # line opened by a dialogue dash ended by "dit Name, patron pêcheur …"
        "Des tonnes d'algues sargasses s'accumulent depuis dix jours sur les plages de "
        "Pointe-aux-Cayes, sur la côte est de la Guadeloupe. En se décomposant, elles dégagent "
        "du sulfure d'hydrogène, un gaz toxique à l'odeur d'œuf pourri.\n\n"
        "D'après l'agence régionale de santé, les concentrations relevées près de l'école "
        "Bois-Jolan ont dépassé à plusieurs reprises le seuil d'alerte. L'établissement est "
        "fermé depuis lundi.\n\n"
        "«\u00a0Nous ramassons 200 tonnes par jour, et la mer en rapporte autant chaque "
        "nuit\u00a0», a déploré la maire, Josette Sainte-Rose, qui réclame à l'État une barge de "
        "collecte en mer.\n\n"
        "Sur le port, les pêcheurs sont à l'arrêt.\n\n"
        "— Les moteurs aspirent les algues, on ne peut plus sortir les bateaux, dit Ludovic "
        "Jean-Baptiste, patron pêcheur depuis vingt ans.",
        [
            (
                I,
                [
                    "les concentrations relevées près de l'école Bois-Jolan ont dépassé à "
                    "plusieurs reprises le seuil d'alerte"
                ],
                "agence régionale de santé",
            ),
            (
                D,
                ["Nous ramassons 200 tonnes par jour, et la mer en rapporte autant chaque nuit"],
                "Josette Sainte-Rose",
            ),
            (
                D,
                ["Les moteurs aspirent les algues, on ne peut plus sortir les bateaux"],
                "Ludovic Jean-Baptiste",
            ),
        ],
    ),
    (  # 15 farm bill: "a présenté … son projet de loi" (noun object), two-sentence direct +
        # "a-t-il lancé" (pronoun), unnamed "Le Premier ministre a assuré … que", "Pour
        # Name, une fédération …, « … »" (direct, organisation)
        "Le ministre de l'Agriculture, Arnaud Guérin-Lavaud, a présenté mercredi en Conseil des "
        "ministres son projet de loi d'orientation agricole, qui prévoit notamment d'assouplir "
        "les règles de stockage de l'eau et de simplifier l'installation des jeunes "
        "agriculteurs.\n\n"
        "«\u00a0Nos agriculteurs ne demandent pas l'aumône. Ils demandent qu'on les laisse "
        "travailler\u00a0», a-t-il lancé à la sortie de l'Élysée.\n\n"
        "Le Premier ministre a assuré mardi que le texte serait examiné à l'Assemblée nationale "
        "avant l'été, en procédure accélérée.\n\n"
        "Les associations environnementales sont vent debout. Pour France Biodiversité, une "
        "fédération d'une centaine d'associations, «\u00a0ce texte sacrifie la ressource en eau "
        "au profit d'un modèle agricole à bout de souffle\u00a0».",
        [
            (
                D,
                [
                    "Nos agriculteurs ne demandent pas l'aumône. Ils demandent qu'on les laisse "
                    "travailler"
                ],
                "Arnaud Guérin-Lavaud",
            ),
            (
                I,
                [
                    "le texte serait examiné à l'Assemblée nationale avant l'été, en procédure "
                    "accélérée"
                ],
                "Premier ministre",
            ),
            (
                D,
                [
                    "ce texte sacrifie la ressource en eau au profit d'un modèle agricole à bout "
                    "de souffle"
                ],
                "France Biodiversité",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 river flood: "…, according to the Name, which …." (the part before), two-sentence
        # direct + "said Name, the agency's area manager", unnamed "one pensioner" whose
        # direct is followed by "she said"
        "More than 400 homes in the market town of Hebbleton were evacuated overnight after the "
        "River Calder burst its banks for the second time in three months.\n\n"
        "The river peaked at 4.6 metres at the Millbridge gauge shortly before 3 a.m., according "
        "to the Northern Rivers Agency, which had issued a severe flood warning on Tuesday "
        "evening.\n\n"
        '"The defences did exactly what they were designed to do. The problem is that they were '
        "designed for a climate we no longer have,\" said Rachel Dunmore, the agency's area "
        "manager.\n\n"
        "At the rest centre in the town's leisure centre, one pensioner had been carried out of "
        "her flat by firefighters. \"I've lived on Canal Street for 50 years and I've never been "
        'frightened of the river until this year," she said.',
        [
            (
                I,
                ["The river peaked at 4.6 metres at the Millbridge gauge shortly before 3 a.m."],
                "Northern Rivers Agency",
            ),
            (
                D,
                [
                    "The defences did exactly what they were designed to do. The problem is that "
                    "they were designed for a climate we no longer have"
                ],
                "Rachel Dunmore",
            ),
            (
                D,
                [
                    "I've lived on Canal Street for 50 years and I've never been frightened of the "
                    "river until this year"
                ],
                "pensioner",
            ),
        ],
    ),
    (  # 2 tractor protest: a union "said that" (indirect), "Its president, Name, was blunt:"
        # + two-sentence direct (final period kept), a farmer named only by her first name
        # with "she said", the secretary's partial inside reported speech (only the partial)
        "Hundreds of farmers drove their tractors into the centre of Westbury on Saturday, "
        "bringing traffic to a standstill, in protest at government plans to cut direct "
        "payments to farms by 30% over four years.\n\n"
        "The National Growers' Union, which organised the protest, said that the cuts would "
        "push thousands of small family farms out of business by the end of the decade. Its "
        'president, Alun Pritchard, was blunt: "If this goes through, the next generation will '
        "not farm. It's as simple as that.\"\n\n"
        "One sheep farmer from the Brecon hills, who gave only her first name, Megan, had driven "
        "four hours to be there. \"We're not asking for handouts. We're asking for a fair "
        'price," she said.\n\n'
        "The environment secretary, Graham Osei, told the BBC the payments would be replaced by "
        'schemes rewarding farmers for "public goods" such as hedgerows and clean water.',
        [
            (
                I,
                [
                    "the cuts would push thousands of small family farms out of business by the "
                    "end of the decade"
                ],
                "National Growers' Union",
            ),
            (
                D,
                [
                    "If this goes through, the next generation will not farm. It's as simple as that."
                ],
                "Alun Pritchard",
            ),
            (D, ["We're not asking for handouts. We're asking for a fair price"], "Megan"),
            (P, ["public goods"], "Graham Osei"),
        ],
    ),
    (  # 3 offshore wind contract: "In a statement, the company said" (generic noun for the
        # energy company), a quote over two paragraphs (one span each, first one's period kept)
        # + "said chief executive Name", "have raised concerns about" (noun object), an
        # association "said it had not been consulted"
        "Northwind Power has won a government contract to build a 1.4-gigawatt floating wind "
        "farm off Saltmarsh Bay, the largest awarded in this year's renewables auction.\n\n"
        "In a statement, the company said the Dogger Reach project would create 1,200 "
        "construction jobs and power the equivalent of 1.5 million homes from 2031.\n\n"
        '"This is a landmark day for the North Sea. Five years ago, nobody believed floating '
        "foundations could compete on price with gas.\n\n"
        '"Today we have proved them wrong, and we intend to build most of the components here, '
        'in British ports," said chief executive Ingrid Halvorsen.\n\n'
        "Fishing organisations have raised concerns about the loss of fishing grounds. The "
        "Saltmarsh Fishermen's Association said it had not been consulted on the cable route.",
        [
            (
                I,
                [
                    "the Dogger Reach project would create 1,200 construction jobs and power the "
                    "equivalent of 1.5 million homes from 2031"
                ],
                "Northwind Power",
            ),
            (
                D,
                [
                    "This is a landmark day for the North Sea. Five years ago, nobody believed "
                    "floating foundations could compete on price with gas.",
                    "Today we have proved them wrong, and we intend to build most of the "
                    "components here, in British ports",
                ],
                "Ingrid Halvorsen",
            ),
            (
                I,
                ["it had not been consulted on the cable route"],
                "Saltmarsh Fishermen's Association",
            ),
        ],
    ),
    (  # 4 pipeline blockade: two-sentence direct + "said Chief Name" (role dropped), a company
        # spokeswoman speaking for the company with a partial inside her reported speech (only
        # the partial), "The province's energy minister, Name, told reporters that … but that
        # …" (one indirect)
        "Construction of the Prairie Link oil pipeline was halted on Wednesday after members of "
        "the Red Willow Cree Nation set up a blockade on a logging road north of Fort "
        "Dunmore.\n\n"
        '"This land was never surrendered. No one asked us whether a pipeline could cross the '
        'river where our grandparents fished," said Chief Marion Sinclair, speaking at the '
        "camp.\n\n"
        'A spokeswoman for Prairie Link said the route had been approved after "extensive '
        'consultation" with eleven Indigenous communities.\n\n'
        "The province's energy minister, Daniel Roy, told reporters that he respected the right "
        "to protest but that the blockade was illegal and would be removed.",
        [
            (
                D,
                [
                    "This land was never surrendered. No one asked us whether a pipeline could "
                    "cross the river where our grandparents fished"
                ],
                "Marion Sinclair",
            ),
            (P, ["extensive consultation"], "Prairie Link"),
            (
                I,
                [
                    "he respected the right to protest but that the blockade was illegal and would "
                    "be removed"
                ],
                "Daniel Roy",
            ),
        ],
    ),
    (  # 5 drought and water allocations: reported figures + "the state water agency, Name,
        # announced" after (indirect, the part before), unnamed "one dairy farmer … told the
        # Name", "Officials said … and that …" (one indirect)
        "Irrigators in the Murrumbee Valley will receive just 12% of their usual water "
        "allocation this season, the lowest in more than a decade, the state water agency, "
        "Murrumbee Water, announced on Monday.\n\n"
        "\"I've got 600 head of cattle and no feed left. I'll be selling half of them next week, "
        'at whatever price I can get," one dairy farmer near Kelvale told the Valley Herald.\n\n'
        "Officials said the dams feeding the valley were at 18% of capacity and that the "
        "allocation could be raised if there was significant rain in spring.",
        [
            (
                I,
                [
                    "Irrigators in the Murrumbee Valley will receive just 12% of their usual water "
                    "allocation this season, the lowest in more than a decade"
                ],
                "Murrumbee Water",
            ),
            (
                D,
                [
                    "I've got 600 head of cattle and no feed left. I'll be selling half of them "
                    "next week, at whatever price I can get"
                ],
                "dairy farmer",
            ),
            (
                I,
                [
                    "the dams feeding the valley were at 18% of capacity and that the allocation "
                    "could be raised if there was significant rain in spring"
                ],
                "officials",
            ),
        ],
    ),
    (  # 6 sewage spills: "…, according to the charity Name." (the part before, generic noun
        # dropped), "The charity's chief executive, Dr. Name, said:" + two-sentence direct
        # (title dropped, final period kept), a water company's partial after "described …
        # as", "called for criminal penalties" (noun object)
        "Water companies in England discharged raw sewage into rivers and seas for more than 3.2 "
        "million hours last year, a 40% increase on 2024, according to the charity Clear Rivers "
        "Trust. Its analysis, published on Thursday, is based on the companies' own monitoring "
        "data.\n\n"
        "The charity's chief executive, Dr. Hannah Webb, said: \"Every one of these hours is a "
        "choice. The companies have the money to fix this; they have chosen to pay dividends "
        'instead."\n\n'
        "Southvale Water, which recorded the highest number of spills, described last year's "
        'rainfall as "exceptional". The charity called for criminal penalties for water company '
        "executives.",
        [
            (
                I,
                [
                    "Water companies in England discharged raw sewage into rivers and seas for "
                    "more than 3.2 million hours last year, a 40% increase on 2024"
                ],
                "Clear Rivers Trust",
            ),
            (
                D,
                [
                    "Every one of these hours is a choice. The companies have the money to fix "
                    "this; they have chosen to pay dividends instead."
                ],
                "Hannah Webb",
            ),
            (P, ["exceptional"], "Southvale Water"),
        ],
    ),
    (  # 7 apple harvest after a frost: no quote at all; "announced a £15 million support
        # package" and "has requested a meeting" have noun objects only (not annotated)
        "Britain's apple harvest is expected to be the smallest in 20 years after a late April "
        "frost destroyed blossom across Kent, Herefordshire and the Vale of Evesham.\n\n"
        "Orchards in the south-east lost up to 70% of their crop in a single night, when "
        "temperatures fell to minus 5C. Cider makers have been buying fruit from France and "
        "Poland to keep production going.\n\n"
        "The government announced a £15 million support package for fruit growers on Tuesday, "
        "and the industry body, British Orchards, has requested a meeting with the farming "
        "minister.",
        [],
    ),
    (  # 8 coral bleaching: "…, according to the Name." (the part before), a partial inside the
        # reported speech of "Dr. Name, a marine biologist …, said the findings were" (only the
        # partial), then "A," she said. "B." (two direct quotes, both hers)
        "Two-thirds of the coral on the Meridian Reef off north-western Australia has bleached "
        "since January, the worst event recorded there, according to the Reef Monitoring "
        "Network.\n\n"
        "Dr. Priya Natarajan, a marine biologist at Westcoast University who led the latest "
        'survey, said the findings were "deeply alarming".\n\n'
        '"We dived sites that I have known for twenty years, and I could not recognise them. '
        'Whole slopes were white," she said. "Some of it will recover if the water cools. A lot '
        'of it will not."',
        [
            (
                I,
                [
                    "Two-thirds of the coral on the Meridian Reef off north-western Australia has "
                    "bleached since January, the worst event recorded there"
                ],
                "Reef Monitoring Network",
            ),
            (P, ["deeply alarming"], "Priya Natarajan"),
            (
                D,
                [
                    "We dived sites that I have known for twenty years, and I could not recognise "
                    "them. Whole slopes were white"
                ],
                "Priya Natarajan",
            ),
            (
                D,
                ["Some of it will recover if the water cools. A lot of it will not."],
                "Priya Natarajan",
            ),
        ],
    ),
    (  # 9 North Sea gas field: partial in "a decision campaigners called" (unnamed plural),
        # "Energy Secretary Name told reporters that … and that …" (role before the name, one
        # indirect), direct + "he said" (pronoun)
        "The government gave final approval on Tuesday to the Brenmoor gas field in the North "
        'Sea, a decision campaigners called "climate vandalism".\n\n'
        "Energy Secretary Tom Achebe told reporters that the field would supply 6% of the "
        "country's gas demand and that importing liquefied gas instead would produce higher "
        "emissions.\n\n"
        '"We will still need gas for decades, whether we like it or not. The only question is '
        'whether we produce it here or ship it in from the other side of the world," he said.\n\n'
        "The operator, Halcyon Energy, expects production to begin in 2029.",
        [
            (P, ["climate vandalism"], "campaigners"),
            (
                I,
                [
                    "the field would supply 6% of the country's gas demand and that importing "
                    "liquefied gas instead would produce higher emissions"
                ],
                "Tom Achebe",
            ),
            (
                D,
                [
                    "We will still need gas for decades, whether we like it or not. The only "
                    "question is whether we produce it here or ship it in from the other side of "
                    "the world"
                ],
                "Tom Achebe",
            ),
        ],
    ),
    (  # 10 urban trees, curly quotes and apostrophes: "unveiled a plan" (noun object), a quote
        # split by "Surname said," set off by commas (one quote, two spans, final period kept),
        # partial inside the reported speech of "Name, who chairs …, welcomed … but said it"
        # (only the partial), a named department "said it would"
        "Mayor Sofia Ramírez unveiled a plan on Monday to plant 50,000 trees across Brookhaven "
        "over the next decade, starting with the neighbourhoods where summer temperatures run "
        "highest.\n\n"
        "“In some of our poorest blocks, the pavement reaches 60 degrees in August,” Ramírez "
        "said, “and there is not a single tree to stand under.”\n\n"
        "Jerome Baptiste, who chairs the Eastside Tenants’ Council, welcomed the plan but said "
        "it should have come “ten years ago”. The Brookhaven Parks Department said it would need "
        "to hire 60 more arborists to look after the new trees.",
        [
            (
                D,
                [
                    "In some of our poorest blocks, the pavement reaches 60 degrees in August",
                    "and there is not a single tree to stand under.",
                ],
                "Sofia Ramírez",
            ),
            (P, ["ten years ago"], "Jerome Baptiste"),
            (
                I,
                ["it would need to hire 60 more arborists to look after the new trees"],
                "Brookhaven Parks Department",
            ),
        ],
    ),
    (  # 11 wildfires: "Officials said … and that …" (one indirect), two-sentence direct + "said
        # regional fire chief Name" (role before the name), unnamed "one man, whose …" after
        # a direct
        "Wildfires have burned more than 30,000 hectares in the hills above Santa Luzia since "
        "Friday, forcing 9,000 people from their homes.\n\n"
        "Officials said three firefighters had been injured, one seriously, and that strong "
        "winds were expected to continue until Wednesday.\n\n"
        "\"The fire is moving faster than anything I've seen in 28 years of service. We are "
        'defending homes, not forests, right now," said regional fire chief Carlos Mendes.\n\n'
        'At an evacuation centre in a school gym, families slept on camp beds. "We grabbed the '
        "dog and the passports, that's all,\" said one man, whose house in the village of "
        "Arrifes had burned down.",
        [
            (
                I,
                [
                    "three firefighters had been injured, one seriously, and that strong winds "
                    "were expected to continue until Wednesday"
                ],
                "officials",
            ),
            (
                D,
                [
                    "The fire is moving faster than anything I've seen in 28 years of service. We "
                    "are defending homes, not forests, right now"
                ],
                "Carlos Mendes",
            ),
            (D, ["We grabbed the dog and the passports, that's all"], "man"),
        ],
    ),
    (  # 12 farmland birds: reported figure + "the Name said on Wednesday in its annual
        # report" after (the part before), "The report's lead author, Dr. Name, said" (indirect),
        # a quote over two paragraphs (one span each, first one's period kept) + "he said"
        "Farmland bird populations in Britain have fallen by 61% since 1970, the Bird "
        "Conservation Alliance said on Wednesday in its annual report.\n\n"
        "The report's lead author, Dr. Martin Ashworth, said the disappearance of the turtle "
        "dove and the corn bunting from much of England was the clearest sign of the damage "
        "done by intensive farming.\n\n"
        '"When I started this work, you could hear turtle doves in every hedge in Suffolk. My '
        "children have never heard one.\n\n"
        '"This is not inevitable. Where farmers have been paid to leave field margins and winter '
        'stubble, the birds have come back within five years," he said.',
        [
            (
                I,
                ["Farmland bird populations in Britain have fallen by 61% since 1970"],
                "Bird Conservation Alliance",
            ),
            (
                I,
                [
                    "the disappearance of the turtle dove and the corn bunting from much of "
                    "England was the clearest sign of the damage done by intensive farming"
                ],
                "Martin Ashworth",
            ),
            (
                D,
                [
                    "When I started this work, you could hear turtle doves in every hedge in "
                    "Suffolk. My children have never heard one.",
                    "This is not inevitable. Where farmers have been paid to leave field margins "
                    "and winter stubble, the birds have come back within five years",
                ],
                "Martin Ashworth",
            ),
        ],
    ),
    (  # 13 coal mine occupation: "The activists, from the group Name, said they would"
        # (generic noun dropped), two-sentence direct + "said Name, 23, a student …", the
        # mine owner's partial after "described the protest as"
        "Police arrested 38 climate activists on Sunday after they occupied the site of a "
        "planned extension to the Glenhaven open-cast coal mine.\n\n"
        "The activists, from the group Last Seam, said they would return every weekend until the "
        "extension was cancelled.\n\n"
        '"They can arrest us. They cannot arrest the science," said Eilidh Fraser, 23, a student '
        "who was among those detained and later released.\n\n"
        'The mine\'s owner, Corran Coal, described the protest as "reckless and dangerous". The '
        "extension would allow 2.5 million tonnes of coal to be extracted over nine years.",
        [
            (
                I,
                ["they would return every weekend until the extension was cancelled"],
                "Last Seam",
            ),
            (
                D,
                ["They can arrest us. They cannot arrest the science"],
                "Eilidh Fraser",
            ),
            (P, ["reckless and dangerous"], "Corran Coal"),
        ],
    ),
    (  # 14 solar farm on farmland: "Farmer Name, who would lease …" then a three-sentence
        # direct + "he said", the MP's partial after "has called the scheme", "has objected"
        # and "did not respond to requests for comment" (not annotated)
        "Plans for a 400-acre solar farm on farmland near the village of Little Ashby have "
        "divided the community, with a public inquiry due to open next month.\n\n"
        "Farmer Richard Kell would lease the land to the developer, Sunfield Renewables, for 40 "
        'years. "The land is poor, it floods every winter, and it barely pays. Sheep can graze '
        "under the panels. Why shouldn't it produce electricity?\" he said.\n\n"
        'The local MP, Victoria Hale, has called the scheme "an industrialisation of the '
        'countryside". Little Ashby Parish Council has objected, and Sunfield Renewables did '
        "not respond to requests for comment.",
        [
            (
                D,
                [
                    "The land is poor, it floods every winter, and it barely pays. Sheep can graze "
                    "under the panels. Why shouldn't it produce electricity?"
                ],
                "Richard Kell",
            ),
            (P, ["an industrialisation of the countryside"], "Victoria Hale"),
        ],
    ),
    (  # 15 Antarctic ice: "…, according to the Name." (the part before), "Name, the
        # glaciologist who led the study, put it simply:" + direct (final period kept), a
        # partial inside the reported speech of "Dr. Name, a glaciologist …, said the findings
        # were" (only the partial)
        "The West Antarctic ice sheet is losing ice three times faster than it did in the 1990s, "
        "according to the Nordic Polar Institute.\n\n"
        "The institute's researchers combined 30 years of satellite measurements of the ice "
        "sheet's height and flow. Lars Eriksen, the glaciologist who led the study, put it "
        'simply: "The ice is not waiting for us to make up our minds."\n\n'
        "Dr. Amelia Brooks, a glaciologist at the University of Halden who was not involved in "
        'the research, said the findings were "consistent with what we see on the ground".',
        [
            (
                I,
                [
                    "The West Antarctic ice sheet is losing ice three times faster than it did in "
                    "the 1990s"
                ],
                "Nordic Polar Institute",
            ),
            (
                D,
                ["The ice is not waiting for us to make up our minds."],
                "Lars Eriksen",
            ),
            (P, ["consistent with what we see on the ground"], "Amelia Brooks"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout111.jsonl"),
        "heldout111",
        "h111",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
