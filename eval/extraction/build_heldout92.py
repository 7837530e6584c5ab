"""Source of the ninety-second held-out set: writes heldout92.jsonl (split "heldout92").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
science, climate and environment news: research results, expeditions, pollution incidents,
climate summits, biodiversity, the energy transition and local environmental disputes, with
scientists, NGO campaigners, ministers, company executives, farmers and residents quoted.
Measured once with 0.3.0, 0.28.0 and 0.29.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout92.py
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
    (  # 1 fuel-oil leak in an estuary: direct + "a raconté le maire de la commune, Name"
        # (apposition), partial "a dénoncé une « … »" by a second man, participle "rappelant
        # que" (indirect, same speaker), then "a-t-il ajouté"
        # (il = the last man introduced, not the mayor), "Armoric Stockage" not a speaker
        "Une nappe de fioul lourd d'environ quatre kilomètres de long s'est échappée dimanche "
        "d'une canalisation du dépôt pétrolier de Port-Lénic, dans l'estuaire du Lairon. Le site "
        "est exploité par la société Armoric Stockage. Une vanne défectueuse serait à l'origine "
        "de la fuite, estimée à 38 mètres cubes.\n\n"
        "«\u00a0Nous avons vu arriver la nappe sur les vasières en quelques heures. Les oiseaux "
        "étaient englués jusqu'aux ailes\u00a0», a raconté le maire de la commune, Gwenaël "
        "Le Bihan, qui a fait fermer les plages et interdire la pêche à pied jusqu'à nouvel "
        "ordre.\n\n"
        "Le président de l'association Estuaire vivant, Karim Benslimane, a dénoncé une "
        "«\u00a0négligence inacceptable\u00a0» de l'industriel, rappelant que la même "
        "canalisation avait déjà fui en 2021. «\u00a0On nous promet des contrôles à chaque "
        "incident, et rien ne change\u00a0», a-t-il ajouté.\n\n"
        "Une cinquantaine de bénévoles ont commencé mardi à nettoyer les rives, encadrés par les "
        "pompiers. Des prélèvements ont été confiés à un laboratoire de Brest, et la commune a "
        "déposé plainte contre l'exploitant.",
        [
            (
                D,
                [
                    "Nous avons vu arriver la nappe sur les vasières en quelques heures. Les "
                    "oiseaux étaient englués jusqu'aux ailes"
                ],
                "Gwenaël Le Bihan",
            ),
            (P, ["négligence inacceptable"], "Karim Benslimane"),
            (I, ["la même canalisation avait déjà fui en 2021"], "Karim Benslimane"),
            (
                D,
                ["On nous promet des contrôles à chaque incident, et rien ne change"],
                "Karim Benslimane",
            ),
        ],
    ),
    (  # 2 climate summit: partial "a salué « … »" by a minister introduced by apposition,
        # direct + "a estimé la ministre" (role alone), second woman introduced by apposition
        # then "a-t-elle lancé" (elle = the negotiator, the nearer woman)
        "Après deux semaines de négociations et une nuit blanche, la conférence des Nations unies "
        "sur le climat s'est achevée samedi à Port-Sélim par l'adoption d'un accord sur le "
        "financement de l'adaptation. Les pays riches s'engagent à mobiliser 180 milliards de "
        "dollars par an d'ici à 2032, loin des 400 milliards réclamés par les États les plus "
        "vulnérables.\n\n"
        "La ministre française de la Transition écologique, Claire Montagnac-Vidal, a salué "
        "«\u00a0un compromis fragile mais réel\u00a0». «\u00a0Personne ne repart pleinement "
        "satisfait, et c'est souvent le signe d'un accord possible\u00a0», a estimé la ministre "
        "devant la presse.\n\n"
        "La négociatrice en chef du groupe des petits États insulaires, Mele Tupou-Fifita, ne "
        "partage pas cet optimisme. «\u00a0Nous sommes venus demander de quoi survivre. On nous "
        "offre de quoi patienter\u00a0», a-t-elle lancé en séance plénière, sous les "
        "applaudissements d'une partie de la salle.\n\n"
        "Les montants promis devront encore être précisés pays par pays lors d'une réunion "
        "technique prévue en juin à Bonn. La prochaine conférence se tiendra à Bogota.",
        [
            (P, ["un compromis fragile mais réel"], "Claire Montagnac-Vidal"),
            (
                D,
                [
                    "Personne ne repart pleinement satisfait, et c'est souvent le signe d'un "
                    "accord possible"
                ],
                "Claire Montagnac-Vidal",
            ),
            (
                D,
                ["Nous sommes venus demander de quoi survivre. On nous offre de quoi patienter"],
                "Mele Tupou-Fifita",
            ),
        ],
    ),
    (  # 3 biogas plant dispute: slogan on banners «…» (not a quote), dialogue dash lines
        # with an unnamed resident ("une riveraine") and a farmer named after the line,
        # intention phrase "a fait part de sa volonté de" by "Le collectif X" (noun dropped)
        "À Saint-Aubin-des-Landes, le projet de méthaniseur porté par six exploitants agricoles "
        "divise la commune de 1 200 habitants. L'unité doit transformer chaque année 25 000 "
        "tonnes d'effluents d'élevage et de résidus de culture en biogaz injecté dans le "
        "réseau.\n\n"
        "Mardi soir, la réunion publique organisée à la salle des fêtes a tourné à "
        "l'affrontement. Sur les banderoles des opposants, on pouvait lire «\u00a0Pas d'usine à "
        "gaz dans nos champs\u00a0».\n\n"
        "— Vous nous promettez zéro odeur, mais personne ici ne vous croit, a lancé une riveraine "
        "depuis le fond de la salle.\n\n"
        "— Nous vivrons à 800 mètres des cuves comme vous, et nous n'avons aucun intérêt à "
        "empoisonner nos propres familles, a répondu Jean-Marc Thébault, éleveur laitier et "
        "président de la société de projet.\n\n"
        "Le collectif Landes sans gaz, qui revendique 300 adhérents, a fait part de sa volonté de "
        "saisir le tribunal administratif si le permis de construire était accordé. Le préfet "
        "doit rendre sa décision au printemps.",
        [
            (
                D,
                ["Vous nous promettez zéro odeur, mais personne ici ne vous croit"],
                "riveraine",
            ),
            (
                D,
                [
                    "Nous vivrons à 800 mètres des cuves comme vous, et nous n'avons aucun intérêt "
                    "à empoisonner nos propres familles"
                ],
                "Jean-Marc Thébault",
            ),
            (
                I,
                ["saisir le tribunal administratif si le permis de construire était accordé"],
                "Landes sans gaz",
            ),
        ],
    ),
    (  # 4 coral bleaching study: "selon lesquels" (not a source), « » with plain spaces,
        # direct + "a souligné l'auteure principale de l'étude, la biologiste Name", partial
        # "a qualifié la situation de « … »" by a second researcher, unattributed continuation
        # (same speaker), title of the study «…» not a quote
        "Une équipe de l'Institut océanographique de Nouméa a publié jeudi une étude montrant que "
        "43 % des coraux du lagon sud ont blanchi lors de la vague de chaleur marine de l'été "
        "austral. Les chercheurs s'appuient sur des relevés selon lesquels l'eau a dépassé 30 °C "
        "pendant trente-deux jours consécutifs.\n\n"
        "« C'est l'épisode le plus long jamais mesuré dans la région », a souligné l'auteure "
        "principale de l'étude, la biologiste Hina Teriitehau. Une partie des récifs pourrait "
        "encore récupérer si les températures redescendent durablement.\n\n"
        "Son collègue Mathieu Ravelonjato, coauteur de l'étude, se montre plus prudent. Il a "
        "qualifié la situation de « point de bascule » pour les espèces les plus sensibles, comme "
        "les coraux branchus. « Un récif met dix à quinze ans à se reconstituer. Or les vagues de "
        "chaleur reviennent désormais tous les trois ou quatre ans. »\n\n"
        "L'étude, intitulée « Chaleur sous le lagon », recommande d'étendre les zones de "
        "protection et de limiter la pêche dans les secteurs touchés.",
        [
            (D, ["C'est l'épisode le plus long jamais mesuré dans la région"], "Hina Teriitehau"),
            (P, ["point de bascule"], "Mathieu Ravelonjato"),
            (
                D,
                [
                    "Un récif met dix à quinze ans à se reconstituer. Or les vagues de chaleur "
                    "reviennent désormais tous les trois ou quatre ans."
                ],
                "Mathieu Ravelonjato",
            ),
        ],
    ),
    (  # 5 bear attacks on sheep: partial "a promis des indemnisations « … »" by a minister
        # interviewed on the radio, then a question-and-answer turn "il a répondu : « … »"
        # with the final period inside, indirect "a estimé que" by "La porte-parole de X, Name"
        "Trois attaques en dix jours\u00a0: dans la haute vallée de l'Ossau, les éleveurs ovins "
        "ne décolèrent pas. Une quarantaine de brebis ont été tuées depuis début août, et au "
        "moins deux des attaques sont attribuées à un ours.\n\n"
        "Pierre Etcheverry, berger à Laruns-le-Haut depuis trente ans, a perdu onze bêtes dans la "
        "nuit de samedi. Il a retrouvé les carcasses au petit matin, au pied de sa cabane.\n\n"
        "Interrogé mercredi sur une radio locale, le ministre de l'Agriculture, Antoine "
        "Delacroix-Sarr, a promis des indemnisations «\u00a0sous trente jours\u00a0». À la "
        "question de savoir si des tirs d'effarouchement seraient autorisés, il a "
        "répondu\u00a0: «\u00a0Tout est sur la table, mais la protection de l'espèce reste une "
        "obligation européenne.\u00a0»\n\n"
        "La porte-parole de l'association Pays de l'ours, Inès Arrieta, a estimé que les aides "
        "aux chiens de protection devaient être doublées. Dans la vallée, seuls un tiers des "
        "troupeaux en sont équipés.",
        [
            (P, ["sous trente jours"], "Antoine Delacroix-Sarr"),
            (
                D,
                [
                    "Tout est sur la table, mais la protection de l'espèce reste une obligation "
                    "européenne."
                ],
                "Antoine Delacroix-Sarr",
            ),
            (
                I,
                ["les aides aux chiens de protection devaient être doublées"],
                "Inès Arrieta",
            ),
        ],
    ),
    (  # 6 coal plant closure: indirect "a confirmé que" by "Son directeur général, Name",
        # direct + "a assuré le dirigeant" (role alone), partial "a qualifié … de « gabegie »"
        # by a union delegate, "Le syndicat X ne l'entend pas ainsi" (not speech)
        "La dernière centrale à charbon du groupe Énergéa, à Montreval-sur-Orne, cessera de "
        "produire le 31 mars. Son directeur général, Olivier Saint-Clair, a confirmé mardi que le "
        "site serait reconverti en unité de production d'hydrogène d'ici à 2029, avec 140 "
        "emplois à la clé contre 310 aujourd'hui.\n\n"
        "«\u00a0Nous tournons une page de soixante ans d'histoire industrielle, et nous la "
        "tournons avec les salariés\u00a0», a assuré le dirigeant lors d'une visite sur "
        "place.\n\n"
        "Le syndicat Énergie solidaire ne l'entend pas ainsi. Son délégué central, Rachid "
        "Bouzidi, a qualifié le projet de reconversion de «\u00a0gabegie\u00a0» devant les grilles "
        "du site, où une centaine de salariés s'étaient rassemblés.\n\n"
        "Près de 400 emplois chez les sous-traitants sont également menacés. Les élus de la "
        "région doivent être reçus au ministère de l'Industrie avant la fin du mois.",
        [
            (
                I,
                [
                    "le site serait reconverti en unité de production d'hydrogène d'ici à 2029, "
                    "avec 140 emplois à la clé contre 310 aujourd'hui"
                ],
                "Olivier Saint-Clair",
            ),
            (
                D,
                [
                    "Nous tournons une page de soixante ans d'histoire industrielle, et nous la "
                    "tournons avec les salariés"
                ],
                "Olivier Saint-Clair",
            ),
            (P, ["gabegie"], "Rachid Bouzidi"),
        ],
    ),
    (  # 7 Greenland ice-core expedition: one quote split by the incise "a confié le chef de
        # l'expédition, le glaciologue Name," and continued over two paragraphs (three spans),
        # indirect "a indiqué que", partial "Elle espère « … »"
        "Après 61 jours sur la calotte glaciaire, les six membres de l'expédition Inlandsis 2026 "
        "ont rejoint lundi la base de Kangerlussuaq, au Groenland. Ils ont prélevé une carotte de "
        "glace de 420 mètres qui doit permettre de reconstituer le climat des deux derniers "
        "millénaires.\n\n"
        "«\u00a0Les dix derniers jours, a confié le chef de l'expédition, le glaciologue Lukas "
        "Nowacki-Berthier, ont été les plus durs. Le vent soufflait à 90 km/h et nous avons dû "
        "dégager trois fois la tente de forage.\n\n"
        "«\u00a0Mais la carotte est intacte, et c'est tout ce qui compte. Nous avons déjà repéré à "
        "180 mètres une couche de cendres qui pourrait correspondre à une grande éruption du "
        "Moyen Âge.\u00a0»\n\n"
        "La paléoclimatologue Aïcha Benmansour, qui analysera les échantillons à Grenoble, a "
        "indiqué que les premiers résultats étaient attendus d'ici à l'automne. Elle espère "
        "«\u00a0lire année après année\u00a0» les variations de température de l'Arctique.",
        [
            (
                D,
                [
                    "Les dix derniers jours",
                    "ont été les plus durs. Le vent soufflait à 90 km/h et nous avons dû dégager "
                    "trois fois la tente de forage.",
                    "Mais la carotte est intacte, et c'est tout ce qui compte. Nous avons déjà "
                    "repéré à 180 mètres une couche de cendres qui pourrait correspondre à une "
                    "grande éruption du Moyen Âge.",
                ],
                "Lukas Nowacki-Berthier",
            ),
            (
                I,
                ["les premiers résultats étaient attendus d'ici à l'automne"],
                "Aïcha Benmansour",
            ),
            (P, ["lire année après année"], "Aïcha Benmansour"),
        ],
    ),
    (  # 8 tyre warehouse fire: group speaker "Les riverains … disent" (indirect), direct +
        # "s'indigne Name, mère de deux enfants", partial inside "a assuré … vouloir « … »"
        # (only the partial), company name first then "le propriétaire du site"
        "Un épais nuage de fumée noire s'est élevé jeudi après-midi au-dessus de la zone "
        "industrielle de Vénissac, après l'incendie d'un entrepôt de pneumatiques. Les habitants "
        "de six communes sont restés confinés, fenêtres fermées, jusqu'au lendemain matin.\n\n"
        "Les riverains, eux, disent ne plus supporter ces incidents à répétition. «\u00a0C'est le "
        "troisième incendie en deux ans. Nos enfants respirent ça et on nous répond qu'il n'y a "
        "pas de danger\u00a0», s'indigne Sonia Ferreira, mère de deux enfants, qui vit à 500 "
        "mètres de l'entrepôt.\n\n"
        "Pneumalia, le propriétaire du site, a assuré dans un communiqué vouloir «\u00a0faire "
        "toute la lumière\u00a0» sur l'origine du sinistre. L'entreprise avait déjà été mise en "
        "demeure en 2024 pour un stockage non conforme.\n\n"
        "Des capteurs supplémentaires ont été installés autour du site, et les premières mesures "
        "devraient être publiées lundi.",
        [
            (I, ["ne plus supporter ces incidents à répétition"], "riverains"),
            (
                D,
                [
                    "C'est le troisième incendie en deux ans. Nos enfants respirent ça et on nous "
                    "répond qu'il n'y a pas de danger"
                ],
                "Sonia Ferreira",
            ),
            (P, ["faire toute la lumière"], "Pneumalia"),
        ],
    ),
    (  # 9 irrigation reservoir protest: institution "La gendarmerie a indiqué que", an unclosed
        # « ending at the attribution "a lancé au micro Name, porte-parole du collectif X",
        # "Pour Name, qui …, « … »" (direct)
        "Des centaines d'opposants ont défilé samedi à Saint-Hilaire-la-Palud contre le chantier "
        "d'une réserve d'eau de 12 hectares destinée à l'irrigation de dix-sept exploitations. La "
        "gendarmerie a indiqué que deux personnes avaient été interpellées en fin de journée pour "
        "des dégradations.\n\n"
        "«\u00a0L'eau est un bien commun, pas la propriété de quelques céréaliers, a lancé au "
        "micro Maëlle Guerrand, porte-parole du collectif Bassines en question. Le cortège s'est "
        "ensuite dirigé vers le chantier, protégé par des grilles et une centaine de "
        "gendarmes.\n\n"
        "Les agriculteurs concernés, eux, ont passé l'après-midi dans leurs cours de ferme. Pour "
        "Bertrand Lemoine-Aubry, qui cultive 180 hectares à la sortie du village, «\u00a0sans "
        "cette réserve, la moitié des exploitations du secteur ne passeront pas les cinq "
        "prochaines années\u00a0».\n\n"
        "Le chantier, suspendu deux fois par la justice, doit s'achever à l'automne 2027.",
        [
            (
                I,
                ["deux personnes avaient été interpellées en fin de journée pour des dégradations"],
                "gendarmerie",
            ),
            (
                D,
                ["L'eau est un bien commun, pas la propriété de quelques céréaliers"],
                "Maëlle Guerrand",
            ),
            (
                D,
                [
                    "sans cette réserve, la moitié des exploitations du secteur ne passeront pas "
                    "les cinq prochaines années"
                ],
                "Bertrand Lemoine-Aubry",
            ),
        ],
    ),
    (  # 10 interview on a solar plan: programme name «…» (not a quote), questions of the
        # journalist (not quotes) and answers in « » with no attribution (the interviewee),
        # a no-break space before a colon inside the second answer
        "Le plan régional «\u00a0Mille toits solaires\u00a0», lancé en 2024 dans le Val-de-Lize, "
        "ne tiendra pas ses objectifs\u00a0: seules 410 installations ont été raccordées à ce "
        "jour, sur les 2 000 prévues d'ici à la fin de 2026 sur des bâtiments publics et "
        "agricoles. Nous avons interrogé Nathalie Okafor-Lemaire, directrice de l'Agence "
        "régionale de l'énergie.\n\n"
        "Pourquoi un tel retard\u00a0?\n\n"
        "«\u00a0Les raccordements au réseau sont le vrai goulet d'étranglement. Certains porteurs "
        "de projet attendent dix-huit mois une simple visite technique.\u00a0»\n\n"
        "Les aides financières sont-elles suffisantes\u00a0?\n\n"
        "«\u00a0Oui, l'argent n'est pas le problème. Ce qui manque, ce sont des installateurs "
        "qualifiés\u00a0: il en faudrait deux fois plus dans la région.\u00a0»\n\n"
        "Le gestionnaire du réseau, Réseaulis, doit présenter en janvier un nouveau calendrier de "
        "raccordement, assorti d'objectifs chiffrés pour chaque département.",
        [
            (
                D,
                [
                    "Les raccordements au réseau sont le vrai goulet d'étranglement. Certains "
                    "porteurs de projet attendent dix-huit mois une simple visite technique."
                ],
                "Nathalie Okafor-Lemaire",
            ),
            (
                D,
                [
                    "Oui, l'argent n'est pas le problème. Ce qui manque, ce sont des installateurs "
                    "qualifiés\u00a0: il en faudrait deux fois plus dans la région."
                ],
                "Nathalie Okafor-Lemaire",
            ),
        ],
    ),
    (  # 11 plastic pellets on beaches: nickname «larmes de sirène» (not a quote), « » with no
        # inner spaces, direct + "a déploré Name, de l'ONG X", "D'après lui, …" (indirect, the
        # rest of the sentence), partial "Le militant a réclamé «…»" (role alone)
        "Des granulés de plastique par millions\u00a0: depuis dix jours, les plages de la côte "
        "des Légendes sont jonchées de petites billes blanches, surnommées «larmes de sirène» "
        "par les bénévoles. Elles proviendraient d'un conteneur tombé d'un cargo au large "
        "d'Ouessant début novembre.\n\n"
        "L'armateur, la compagnie maltaise Meridian Lines, n'a pas répondu aux sollicitations de "
        "la presse.\n\n"
        "«Ce sont des milliards de microplastiques qui vont rester dans le sable pendant des "
        "décennies», a déploré Erwan Kerhervé, de l'ONG Océans propres. D'après lui, seule une "
        "fraction pourra être ramassée à la main. Le militant a réclamé «un vrai fonds "
        "d'indemnisation» pour les communes touchées.\n\n"
        "Un arrêté municipal interdit désormais la baignade sur trois plages de Plouzévet, et "
        "les chiens y sont tenus en laisse.",
        [
            (
                D,
                [
                    "Ce sont des milliards de microplastiques qui vont rester dans le sable "
                    "pendant des décennies"
                ],
                "Erwan Kerhervé",
            ),
            (I, ["seule une fraction pourra être ramassée à la main"], "Erwan Kerhervé"),
            (P, ["un vrai fonds d'indemnisation"], "Erwan Kerhervé"),
        ],
    ),
    (  # 12 Alpine glaciers: "a relevé des pertes" (noun object, not annotated), incise
        # "a-t-elle insisté" splitting one quote, "a annoncé vouloir" by a second woman
        # introduced by apposition, "Mme Surname" later (not speech)
        "Les glaciers des Alpes françaises ont perdu 6 % de leur volume en un seul été, un record "
        "mis en évidence par le bilan annuel publié mercredi par le réseau d'observation "
        "GlacioAlp.\n\n"
        "La responsable scientifique du réseau, Élodie Marchetti-Roux, a relevé des pertes "
        "d'épaisseur de quatre mètres sur certaines langues glaciaires. Le glacier de la "
        "Pierre-Blanche, en Vanoise, pourrait avoir entièrement disparu avant 2040. «\u00a0Ce "
        "n'est plus une hypothèse, a-t-elle insisté, c'est une trajectoire.\u00a0»\n\n"
        "La secrétaire d'État chargée de la Montagne, Fatou Ndiaye-Carrel, a annoncé vouloir "
        "créer un fonds de 50 millions d'euros pour adapter les stations de moyenne altitude. "
        "Mme Ndiaye-Carrel doit se rendre la semaine prochaine à Bourg-Saint-Maurice.\n\n"
        "Dans plusieurs stations situées sous 1 500 mètres, l'enneigement naturel n'a pas permis "
        "d'ouvrir les pistes plus de quarante jours l'hiver dernier.",
        [
            (
                D,
                ["Ce n'est plus une hypothèse", "c'est une trajectoire."],
                "Élodie Marchetti-Roux",
            ),
            (
                I,
                [
                    "créer un fonds de 50 millions d'euros pour adapter les stations de moyenne "
                    "altitude"
                ],
                "Fatou Ndiaye-Carrel",
            ),
        ],
    ),
    (  # 13 quarry suspended by a court: direct + "s'est réjoui Name, président de X"
        # (name before role), partial inside "a fait savoir qu'il étudiait « … »" by "Le groupe
        # X" (only the partial), "selon lesquels" (not a source), direct ending in "?" +
        # "a estimé le maire de X, Name"
        "Le tribunal administratif de Rennes a suspendu jeudi l'autorisation d'exploiter la "
        "carrière de granit de Kervallon, dont l'extension menaçait une zone humide de 14 "
        "hectares. Le jugement pointe des lacunes dans l'étude d'impact.\n\n"
        "«\u00a0C'est une victoire pour tous ceux qu'on traitait d'irresponsables\u00a0», s'est "
        "réjoui Loïc Marzin, président de l'association Sauvons le Kervallon, à la sortie de "
        "l'audience.\n\n"
        "Le groupe Granitec, qui emploie 45 personnes sur le site, a fait savoir qu'il étudiait "
        "«\u00a0toutes les voies de recours\u00a0». Son directeur régional, Stéphane Aubertin, "
        "invoque des rapports d'experts selon lesquels la zone humide ne serait pas affectée par "
        "l'extension.\n\n"
        "«\u00a0Si la carrière ferme, ce sont des camions qui iront chercher le granit en Espagne. "
        "Où est le bénéfice pour la planète\u00a0?\u00a0», a estimé le maire de Kervallon, Joseph "
        "Le Moal.",
        [
            (
                D,
                ["C'est une victoire pour tous ceux qu'on traitait d'irresponsables"],
                "Loïc Marzin",
            ),
            (P, ["toutes les voies de recours"], "Granitec"),
            (
                D,
                [
                    "Si la carrière ferme, ce sont des camions qui iront chercher le granit en "
                    "Espagne. Où est le bénéfice pour la planète\u00a0?"
                ],
                "Joseph Le Moal",
            ),
        ],
    ),
    (  # 14 rediscovered frog: « » without inner spaces + "raconte le chercheur" (role alone),
        # "Pour la biologiste Name, …, cette redécouverte est « … »" (partial), indirect
        # "Elle a demandé que" (pronoun)
        "Une petite grenouille brune que l'on croyait éteinte depuis 1987 a été redécouverte "
        "dans les forêts d'altitude du massif de l'Adélé, à la frontière entre le Togo et le "
        "Ghana. L'équipe de l'herpétologue Kossi Agbodjan, de l'université de Kpalimé, a "
        "photographié trois individus lors d'une mission nocturne en septembre.\n\n"
        "«C'était la dernière nuit de la mission, il pleuvait depuis des heures, et on l'a "
        "entendue chanter avant de la voir», raconte le chercheur. Des analyses génétiques "
        "réalisées à Montpellier ont depuis confirmé l'identification.\n\n"
        "Pour la biologiste Mariam Osei-Bonsu, qui coordonne un programme de conservation des "
        "amphibiens en Afrique de l'Ouest, cette redécouverte est «\u00a0une lueur d'espoir\u00a0» "
        "dans un contexte très sombre\u00a0: près de 40 % des amphibiens sont menacés "
        "d'extinction dans le monde. Elle a demandé que la forêt de l'Adélé soit classée en "
        "réserve intégrale.",
        [
            (
                D,
                [
                    "C'était la dernière nuit de la mission, il pleuvait depuis des heures, et on "
                    "l'a entendue chanter avant de la voir"
                ],
                "Kossi Agbodjan",
            ),
            (P, ["une lueur d'espoir"], "Mariam Osei-Bonsu"),
            (
                I,
                ["la forêt de l'Adélé soit classée en réserve intégrale"],
                "Mariam Osei-Bonsu",
            ),
        ],
    ),
    (  # 15 fish kill in a river: "L'Agence régionale de santé a annoncé que" (organisation),
        # two dialogue dash lines (a named angler with "soupire Name, président de …", then
        # "ajoute un retraité", unnamed), "La coopérative X" mentioned but not speaking
        "Des milliers de poissons morts ont été retrouvés depuis vendredi sur une dizaine de "
        "kilomètres de la Sarthelle, entre Montbrison-sur-Loir et Vaudelay. L'Agence régionale "
        "de santé a annoncé lundi que l'eau du robinet restait potable dans les communes "
        "concernées. La pêche et la baignade sont interdites jusqu'à nouvel ordre sur tout le "
        "tronçon.\n\n"
        "Sur les berges, les pêcheurs ramassent les carcasses à l'épuisette.\n\n"
        "— Des brochets de dix kilos, des sandres, tout y est passé, soupire Daniel Rocher, "
        "président de l'association de pêche de Vaudelay.\n\n"
        "— Et personne ne sait encore ce qui s'est passé, ajoute un retraité venu constater les "
        "dégâts.\n\n"
        "Les premières analyses orientent vers un rejet d'effluents agricoles\u00a0: un bassin "
        "de stockage de la coopérative Terres du Loir a débordé jeudi, à trois kilomètres en "
        "amont de Vaudelay.",
        [
            (
                I,
                ["l'eau du robinet restait potable dans les communes concernées"],
                "Agence régionale de santé",
            ),
            (
                D,
                ["Des brochets de dix kilos, des sandres, tout y est passé"],
                "Daniel Rocher",
            ),
            (D, ["Et personne ne sait encore ce qui s'est passé"], "retraité"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 forest fund at a summit: direct + "said the conference president, Name" (frame
        # comma dropped), partial "called the pledge “…”" by an organisation, one quote split
        # by "said Name, a campaigner for the group," (two pieces, the speaker is the person)
        "Delegates from 190 countries agreed early on Sunday to set up a fund for protecting "
        "tropical forests, after talks in Santa Marta ran almost twenty hours past their "
        "deadline. Rich nations pledged $24 billion over five years, less than half of what "
        "forest countries had asked for.\n\n"
        "“This is not the deal we wanted, but it is a deal we can build on,” said the conference "
        "president, Rafael Ortega Lindqvist, as exhausted delegates applauded.\n\n"
        "Environmental groups were less generous. Greenwatch International called the pledge "
        "“a rounding error” compared with what governments spend every year subsidising fossil "
        "fuels.\n\n"
        "“Forests don't burn on a five-year schedule,” said Adaeze Nwosu, a campaigner for the "
        "group, “and the money shouldn't arrive on one either.”\n\n"
        "The fund will be hosted by the World Bank and should start disbursing grants in 2028.",
        [
            (
                D,
                ["This is not the deal we wanted, but it is a deal we can build on"],
                "Rafael Ortega Lindqvist",
            ),
            (P, ["a rounding error"], "Greenwatch International"),
            (
                D,
                [
                    "Forests don't burn on a five-year schedule",
                    "and the money shouldn't arrive on one either.",
                ],
                "Adaeze Nwosu",
            ),
        ],
    ),
    (  # 2 solvent spill: "…, the Rivers Authority said on Friday." (the part before),
        # "A spokesman for X … said" (organisation speaker), then "he said" after a straight
        # quote (he = the unnamed spokesman, so the organisation)
        "Thousands of fish died along a 12-mile stretch of the River Wendle after a chemical "
        "spill at a paint factory near Ashcombe on Thursday night, the Rivers Authority said on "
        "Friday.\n\n"
        "A spokesman for Harrowgate Coatings, which owns the factory, said a storage tank had "
        "cracked during routine maintenance, releasing about 9,000 litres of solvent into a "
        'drainage ditch. "We are deeply sorry and we will pay for the clean-up," he said.\n\n'
        "Walkers on the riverbank on Friday morning found dead trout piled against the weir at "
        "Lower Mill, and a sweet chemical smell hung over the water for most of the day.\n\n"
        "The authority is testing water samples from six points along the river, and results "
        "are expected early next week.",
        [
            (
                I,
                [
                    "Thousands of fish died along a 12-mile stretch of the River Wendle after a "
                    "chemical spill at a paint factory near Ashcombe on Thursday night"
                ],
                "Rivers Authority",
            ),
            (
                I,
                [
                    "a storage tank had cracked during routine maintenance, releasing about 9,000 "
                    "litres of solvent into a drainage ditch"
                ],
                "Harrowgate Coatings",
            ),
            (D, ["We are deeply sorry and we will pay for the clean-up"], "Harrowgate Coatings"),
        ],
    ),
    (  # 3 offshore wind farm: "The project's chief executive, Name, told reporters … that"
        # (indirect), two-sentence direct + "she said", banner slogan “…” (not a quote),
        # fisherman quoted + "said Name, who …"
        "Construction began on Monday on Kestrel Bank, a 1.2-gigawatt offshore wind farm 30 "
        "miles off the Northumberland coast that is expected to power about 1.1 million homes "
        "when it is completed in 2029.\n\n"
        "The project's chief executive, Helen Achterberg, told reporters in Blyth that the first "
        "turbines would be generating electricity within two years. “We have the ships, we have "
        "the steel and we have the grid connection. What we need now is a calm winter,” she "
        "said.\n\n"
        "Not everyone is celebrating. About forty fishing boats staged a protest in the harbour "
        "on Saturday, flying banners that read “No Fish, No Future”.\n\n"
        "“They keep telling us there's room for everyone out there. There isn't, not on our crab "
        "grounds,” said Callum Drummond, who skippers a 12-metre boat out of Amble.\n\n"
        "The developer has offered compensation to affected skippers and will fund a three-year "
        "study of crab stocks along the cable route.",
        [
            (
                I,
                ["the first turbines would be generating electricity within two years"],
                "Helen Achterberg",
            ),
            (
                D,
                [
                    "We have the ships, we have the steel and we have the grid connection. What "
                    "we need now is a calm winter"
                ],
                "Helen Achterberg",
            ),
            (
                D,
                [
                    "They keep telling us there's room for everyone out there. There isn't, not "
                    "on our crab grounds"
                ],
                "Callum Drummond",
            ),
        ],
    ),
    (  # 4 insect decline, interview: "according to figures compiled from …" (not a source),
        # partial inside "said the fall was "…"" (only the partial), question-and-answer turns
        # with unattributed answers in straight quotes (the interviewee, "Dr" dropped)
        "Flying insects in British farmland have declined by 58% in twenty years, according to "
        "figures compiled from a citizen survey that asks drivers to count the bugs squashed on "
        "their number plates after a journey.\n\n"
        "The lead author of the analysis, Dr Siobhan McAllister of the University of Eastmoor, "
        'said the fall was "steeper than anything we expected". We asked her about the '
        "findings.\n\n"
        "Is a number plate really a scientific instrument?\n\n"
        "\"It's a crude one, but it's consistent. The same plates, the same roads, the same "
        "months, year after year. That's what makes the trend so hard to argue with.\"\n\n"
        "What is driving the decline?\n\n"
        '"Habitat loss and pesticides, mostly. Climate change is making it worse, especially for '
        "species that can't move north fast enough.\"",
        [
            (P, ["steeper than anything we expected"], "Siobhan McAllister"),
            (
                D,
                [
                    "It's a crude one, but it's consistent. The same plates, the same roads, the "
                    "same months, year after year. That's what makes the trend so hard to argue "
                    "with."
                ],
                "Siobhan McAllister",
            ),
            (
                D,
                [
                    "Habitat loss and pesticides, mostly. Climate change is making it worse, "
                    "especially for species that can't move north fast enough."
                ],
                "Siobhan McAllister",
            ),
        ],
    ),
    (  # 5 deep-sea expedition: "Name described the dives: “…" continued over two paragraphs
        # (first paragraph left open, one span per paragraph, nested ‘…’ inside), "…,
        # according to Name, a microbiologist on board." (the part before), "He called it “…”"
        "The research vessel Meridian Star docked in Auckland on Tuesday after a six-week "
        "expedition to the Kermadec Trench, carrying what scientists believe are at least 30 "
        "animal species never described before, among them a translucent sea cucumber and two "
        "kinds of snailfish.\n\n"
        "The expedition's chief scientist, Dr Aroha Ngata-Whitcombe, described the dives: “We "
        "filmed a snailfish at 7,900 metres, which is as deep as a fish has ever been recorded "
        "in this part of the Pacific.\n\n"
        "“Every time the lander came back up, there was something on the camera that none of us "
        "could name. By the third week we had stopped saying ‘new species’ out loud, because it "
        "happened every day.”\n\n"
        "Not all the news was good. Plastic fragments turned up in the guts of amphipods "
        "collected at the bottom of the trench, according to Tomasz Wierzbicki, a microbiologist "
        "on board. He called it “a depressing reminder that nowhere is out of reach”.",
        [
            (
                D,
                [
                    "We filmed a snailfish at 7,900 metres, which is as deep as a fish has ever "
                    "been recorded in this part of the Pacific.",
                    "Every time the lander came back up, there was something on the camera that "
                    "none of us could name. By the third week we had stopped saying ‘new "
                    "species’ out loud, because it happened every day.",
                ],
                "Aroha Ngata-Whitcombe",
            ),
            (
                I,
                [
                    "Plastic fragments turned up in the guts of amphipods collected at the bottom "
                    "of the trench"
                ],
                "Tomasz Wierzbicki",
            ),
            (P, ["a depressing reminder that nowhere is out of reach"], "Tomasz Wierzbicki"),
        ],
    ),
    (  # 6 data centre and water: "which they fear will …" (not speech), two-sentence direct +
        # "said Name, who chairs X", partial inside "A spokeswoman for X … said" (only the
        # partial, organisation speaker), partial "told the packed hall he had "…""
        "Residents of Millbrook packed a council meeting on Thursday night to oppose plans for a "
        "90-megawatt data centre on the edge of the town, which they fear will drain the local "
        "aquifer.\n\n"
        '"Nobody asked us whether we wanted a building that drinks as much water as a town of '
        "20,000 people. Once the wells run dry, they don't come back,\" said Priya "
        "Chandrasekhar, who chairs the Millbrook Water Watch group.\n\n"
        "A spokeswoman for Northvale Digital, the company behind the project, said the site "
        'would use a closed-loop cooling system needing "a fraction" of the water residents '
        "feared.\n\n"
        "The council's planning chair, Gareth Pryce-Owen, told the packed hall he had \"heard "
        'the strength of feeling in this room", drawing ironic applause. A decision is expected '
        "in March.",
        [
            (
                D,
                [
                    "Nobody asked us whether we wanted a building that drinks as much water as a "
                    "town of 20,000 people. Once the wells run dry, they don't come back"
                ],
                "Priya Chandrasekhar",
            ),
            (P, ["a fraction"], "Northvale Digital"),
            (P, ["heard the strength of feeling in this room"], "Gareth Pryce-Owen"),
        ],
    ),
    (  # 7 gas boiler ban delayed: indirect before "the energy secretary, Name, announced on
        # Tuesday," (the part before), partial inside "saying households needed “…”", direct +
        # "said Name, of the campaign group X"
        "The government will push back its ban on new gas boilers by three years to 2033, the "
        "energy secretary, Nadia Rahimi-Clarke, announced on Tuesday, saying households needed "
        "“more time and more help” to switch to heat pumps.\n\n"
        "Heat pumps still cost roughly three times as much as a gas boiler to install, even "
        "after a £7,500 government grant. The original cut-off date of 2030 had been set only "
        "two years ago.\n\n"
        "Climate campaigners were scathing. “This is a gift to the gas industry dressed up as "
        "compassion,” said Tom Ashdown, of the campaign group Warm Homes Now.\n\n"
        "Around 60,000 heat pumps were fitted last year, far short of the target of 600,000 a "
        "year by 2028. Installers, who had been hiring ahead of the original deadline, now face "
        "two lean years.",
        [
            (
                I,
                ["The government will push back its ban on new gas boilers by three years to 2033"],
                "Nadia Rahimi-Clarke",
            ),
            (P, ["more time and more help"], "Nadia Rahimi-Clarke"),
            (
                D,
                ["This is a gift to the gas industry dressed up as compassion"],
                "Tom Ashdown",
            ),
        ],
    ),
    (  # 8 beavers and farmers: direct + "said Name, who farms …", partial inside "The X Trust
        # … said it had … and would …" (only the partial, organisation), "Its director, Name,
        # called … "…"" (partial, the person)
        "Beavers released into the River Tallow catchment two years ago have built 14 dams and "
        "created almost 40 acres of new wetland, and not everyone downstream is pleased.\n\n"
        "\"I've lost two acres of winter wheat and a row of apple trees my father planted, and "
        'nobody is compensating me for that," said Owen Bracegirdle, who farms 300 acres near '
        "Lower Tallow.\n\n"
        "The Tallowdale Wildlife Trust, which ran the release, said it had fitted flow devices on "
        'four dams and would pay for damage "where it can be shown that beavers were '
        'responsible". Its director, Femi Adeyemi-Walsh, called the new wetlands "the best flood '
        'defence this valley has ever had".\n\n'
        "A review of the programme is due in the spring, when the trust will decide whether to "
        "release a further six animals.",
        [
            (
                D,
                [
                    "I've lost two acres of winter wheat and a row of apple trees my father "
                    "planted, and nobody is compensating me for that"
                ],
                "Owen Bracegirdle",
            ),
            (
                P,
                ["where it can be shown that beavers were responsible"],
                "Tallowdale Wildlife Trust",
            ),
            (
                P,
                ["the best flood defence this valley has ever had"],
                "Femi Adeyemi-Walsh",
            ),
        ],
    ),
    (  # 9 clean air zone: "figures … show" (not speech), direct + "the mayor, Name, said"
        # (quote first, no inversion), "told the Harwick Echo that" (indirect), one quote
        # split by "he said," (two pieces)
        "Nitrogen dioxide levels in central Harwick fell by a quarter in the first year of the "
        "city's clean air zone, figures published by the city council on Wednesday show. The "
        "zone charges older diesel vans and cars £12 a day to enter the ring road.\n\n"
        "“The air our children breathe on the way to school is cleaner than it has been in a "
        "generation,” the mayor, Sandra Okafor, said.\n\n"
        "Small businesses remain unconvinced. Kevin Doyle, who runs a plumbing firm with six "
        "vans, told the Harwick Echo that the charge had cost him more than £9,000 since "
        "January. “I'm all for clean air,” he said, “but I can't buy a new fleet just because "
        "the council says so.”\n\n"
        "The council is considering extending its scrappage grants to sole traders next year.",
        [
            (
                D,
                [
                    "The air our children breathe on the way to school is cleaner than it has "
                    "been in a generation"
                ],
                "Sandra Okafor",
            ),
            (I, ["the charge had cost him more than £9,000 since January"], "Kevin Doyle"),
            (
                D,
                [
                    "I'm all for clean air",
                    "but I can't buy a new fleet just because the council says so.",
                ],
                "Kevin Doyle",
            ),
        ],
    ),
    (  # 10 oil major AGM: partial inside "told the annual meeting … that Caldera would "…""
        # (only the partial), chant "…" (not a quote), direct + "said Name, of the group X",
        # "the chief executive said … were "…"" (role alone, partial)
        "Shareholders of Caldera Energy on Thursday voted down a resolution that would have "
        "required the oil company to cut its production by 2035, but 31% backed it, the largest "
        "protest vote in the company's history.\n\n"
        "The chief executive, Marcus Villeneuve-Hart, told the annual meeting in Aberdeen that "
        'Caldera would "not apologise for producing the energy the world still needs". Outside, '
        'about 200 protesters chanted "Keep it in the ground".\n\n'
        '"A third of the owners of this company are telling the board it is on the wrong side '
        'of history. Next year it will be half," said Yasmin Haddad, of the investor campaign '
        "group ClearShare, which filed the resolution.\n\n"
        "Asked whether Caldera would revisit its targets, the chief executive said the "
        'company\'s plans were "under constant review".',
        [
            (
                P,
                ["not apologise for producing the energy the world still needs"],
                "Marcus Villeneuve-Hart",
            ),
            (
                D,
                [
                    "A third of the owners of this company are telling the board it is on the "
                    "wrong side of history. Next year it will be half"
                ],
                "Yasmin Haddad",
            ),
            (P, ["under constant review"], "Marcus Villeneuve-Hart"),
        ],
    ),
    (  # 11 Antarctic sea ice: "data … show" (not speech), direct + "said Dr Name, a …",
        # a second woman scientist introduced by apposition, "pointed to" + noun (not
        # annotated), partial "She described … as “…”", "Dr Surname" then a quote split by
        # "she said," (she = Solberg)
        "Sea ice around Antarctica reached its lowest winter maximum on record in September, 2.1 "
        "million square kilometres below the long-term average, data from the Polar Observation "
        "Network show. The ice normally peaks in late September before retreating through the "
        "southern summer.\n\n"
        "“Five years ago we would have called this a freak event. Now it is the third record in "
        "four years,” said Dr Ingrid Solberg, a sea ice physicist at the network.\n\n"
        "Another researcher, Dr Mei-Ling Zhou, an oceanographer at the University of Westhaven, "
        "pointed to warmer water circulating beneath the ice. She described the Southern Ocean "
        "as “a heat sink that is starting to overflow”.\n\n"
        "Dr Solberg was blunter about what comes next. “It's a feedback loop,” she said, “and we "
        "are only beginning to measure how fast it runs.”",
        [
            (
                D,
                [
                    "Five years ago we would have called this a freak event. Now it is the third "
                    "record in four years"
                ],
                "Ingrid Solberg",
            ),
            (P, ["a heat sink that is starting to overflow"], "Mei-Ling Zhou"),
            (
                D,
                ["It's a feedback loop", "and we are only beginning to measure how fast it runs."],
                "Ingrid Solberg",
            ),
        ],
    ),
    (  # 12 deposit return scheme: partial inside "A spokesman for the X said the scheme should
        # recycle "…"" (only the partial, organisation), direct + "said Name, who owns …",
        # indirect split by the incise "she said" (two pieces)
        "From Saturday, shoppers in Wales will pay a 20p deposit on every plastic bottle and "
        "drinks can, refundable when the empty container is returned to one of 4,500 collection "
        "points.\n\n"
        "A spokesman for the Welsh Department for Climate and Rural Affairs said the scheme "
        'should recycle "at least nine in every ten containers" within three years, taking about '
        "1.2 billion items a year out of bins and landfill.\n\n"
        'Retailers are less enthusiastic. "We have been asked to turn our shop floors into '
        "recycling depots with three months' notice,\" said Rhiannon Pugh-Davies, who owns two "
        "convenience stores in Llanelli. Small shops, she said, would struggle to find room for "
        "the reverse vending machines.\n\n"
        "The machines cost about £30,000 each, although retailers can opt for manual returns if "
        "their premises are under 100 square metres.",
        [
            (
                P,
                ["at least nine in every ten containers"],
                "Welsh Department for Climate and Rural Affairs",
            ),
            (
                D,
                [
                    "We have been asked to turn our shop floors into recycling depots with three "
                    "months' notice"
                ],
                "Rhiannon Pugh-Davies",
            ),
            (
                I,
                ["Small shops", "would struggle to find room for the reverse vending machines"],
                "Rhiannon Pugh-Davies",
            ),
        ],
    ),
    (  # 13 Himalayan glacial lake: "scientists fear could …" (not speech), "…, according to
        # Name, a hydrologist with X." (the part before), direct + "Mr Surname said"
        "Engineers in Nepal have begun draining a glacial lake high in the Khumbu region that "
        "scientists fear could burst through its moraine dam and flood villages in the valley "
        "below.\n\n"
        "The lake, known as Dhungri Tsho, has grown sixfold since 1990, according to Pasang "
        "Dorje Sherpa, a hydrologist with the Himalayan Water Institute in Kathmandu. “When I "
        "first came here as a student, you could walk across the ice in ten minutes. Now you "
        "need a boat,” Mr Sherpa said.\n\n"
        "The project, funded partly by the Asia Resilience Fund, aims to lower the water level "
        "by three metres over two years, using siphons and a concrete outlet channel.\n\n"
        "In Phuleri, eight kilometres below the lake, Lhakpa Diki keeps a packed bag by the door "
        "of her teahouse. Early-warning sirens have been installed in eleven villages along the "
        "river.",
        [
            (
                I,
                ["The lake, known as Dhungri Tsho, has grown sixfold since 1990"],
                "Pasang Dorje Sherpa",
            ),
            (
                D,
                [
                    "When I first came here as a student, you could walk across the ice in ten "
                    "minutes. Now you need a boat"
                ],
                "Pasang Dorje Sherpa",
            ),
        ],
    ),
    (  # 14 solar farm on farmland: "He was blunt: "…"" (colon, two sentences, final period
        # kept), "The X campaign argues that" (organisation, trailing generic noun)
        "Plans for a 500-acre solar farm on farmland near Little Hensby were approved by "
        "Wexcombe County Council on Wednesday, despite more than 600 objections from local "
        "people.\n\n"
        "The landowner, farmer Richard Ambrose-Kent, makes no secret of the economics. He was "
        'blunt: "Farming this land barely covers the diesel. The sun pays better than the grain '
        'merchants ever did, and sheep can still graze between the rows."\n\n'
        "The Save Hensby Fields campaign argues that good farmland should be growing food, not "
        "electricity. It has collected 2,300 signatures from residents of the surrounding "
        "villages.\n\n"
        "Construction could start next summer, with the first panels connected to the grid by "
        "2028. The developer, Brightacre Renewables, expects about 150 people to work on the "
        "site during the build.",
        [
            (
                D,
                [
                    "Farming this land barely covers the diesel. The sun pays better than the "
                    "grain merchants ever did, and sheep can still graze between the rows."
                ],
                "Richard Ambrose-Kent",
            ),
            (
                I,
                ["good farmland should be growing food, not electricity"],
                "Save Hensby Fields",
            ),
        ],
    ),
    (  # 15 illegal logging arrest: nickname “…” inside "…, police said on Friday." (the part
        # before; nickname not a quote), direct + "the state's forestry director, Name, told
        # reporters", partial inside "…, she said" (only the partial), direct + "said Name of
        # the group X"
        "Police in the Malaysian state of Sabah have arrested a timber businessman accused of "
        "running an illegal logging network that cleared more than 3,000 hectares of protected "
        "rainforest.\n\n"
        "The suspect, a 58-year-old known locally as “the Sawmill King”, was detained at his "
        "home in Sandakan along with two associates, police said on Friday.\n\n"
        "“This is the biggest case of forest crime we have seen in this state in ten years,” the "
        "state's forestry director, Aminah binti Yusof, told reporters. Satellite images had "
        "shown the clearing spreading “like a stain” across the reserve since 2023, she said."
        "\n\n"
        "Conservationists welcomed the arrests. “Arresting the man with the chainsaw is easy. "
        "Follow the money, and you find people who never get their boots dirty,” said Rizal "
        "Hamdan of the group Borneo Forest Watch.",
        [
            (
                I,
                [
                    "The suspect, a 58-year-old known locally as “the Sawmill King”, was detained "
                    "at his home in Sandakan along with two associates"
                ],
                "police",
            ),
            (
                D,
                [
                    "This is the biggest case of forest crime we have seen in this state in ten "
                    "years"
                ],
                "Aminah binti Yusof",
            ),
            (P, ["like a stain"], "Aminah binti Yusof"),
            (
                D,
                [
                    "Arresting the man with the chainsaw is easy. Follow the money, and you find "
                    "people who never get their boots dirty"
                ],
                "Rizal Hamdan",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout92.jsonl"),
        "heldout92",
        "h92",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
