"""Source of the seventy-sixth held-out set: writes heldout76.jsonl (split "heldout76").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
science, technology and digital news: research results, space missions, AI and tech companies,
data breaches, telecom outages and regulators, with researchers, engineers, executives, officials
and users quoted.
Measured once with 0.3.0, 0.25.0 and 0.26.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout76.py
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
    (  # 1 Venus probe: organisation speaker with acronym ("a annoncé que"), direct before
        # "a raconté" + apposition with role, two sentences in one quote, no-break spaces,
        # incise "a-t-elle reconnu" splitting one quote with its final period kept
        "La sonde Hélicon, lancée en mars depuis Kourou, s'est placée mardi soir en orbite autour "
        "de Vénus après sept mois de croisière et 410 millions de kilomètres parcourus. Le Centre "
        "national d'études orbitales (CNEO) a annoncé que les trois spectromètres de bord seraient "
        "mis en service d'ici à la fin du mois.\n\n"
        "«\u00a0Nous avons retenu notre souffle pendant les vingt-huit minutes de freinage. Quand "
        "le signal est revenu, toute la salle s'est levée\u00a0», a raconté la directrice de la "
        "mission, Ingrid Lavergne-Dufay, lors d'une conférence de presse au centre de contrôle de "
        "Toulouse.\n\n"
        "La manœuvre était délicate\u00a0: le moteur principal devait fonctionner sans "
        "interruption, sans aucune possibilité de correction depuis la Terre, le signal mettant "
        "plus de six minutes à parvenir aux ingénieurs. «\u00a0C'était, a-t-elle reconnu, l'étape "
        "qui nous empêchait de dormir depuis deux ans.\u00a0»\n\n"
        "Les données d'Hélicon pourraient trancher un vieux débat\u00a0: la planète "
        "connaît-elle encore une activité volcanique\u00a0? Plusieurs coulées de lave récentes "
        "ont été repérées en 2024 sur des images radar, mais leur âge reste discuté. La mission "
        "doit durer au moins quatre ans.",
        [
            (
                I,
                ["les trois spectromètres de bord seraient mis en service d'ici à la fin du mois"],
                "Centre national d'études orbitales",
            ),
            (
                D,
                [
                    "Nous avons retenu notre souffle pendant les vingt-huit minutes de freinage. "
                    "Quand le signal est revenu, toute la salle s'est levée"
                ],
                "Ingrid Lavergne-Dufay",
            ),
            (
                D,
                ["C'était", "l'étape qui nous empêchait de dormir depuis deux ans."],
                "Ingrid Lavergne-Dufay",
            ),
        ],
    ),
    (  # 2 data breach at a mutual insurer: "La mutuelle Solvéa a reconnu que" (generic noun
        # dropped), indirect with a no-break space before a colon, direct with plain spaces
        # and "a déclaré à l'AFP le directeur général de X, Name" after, unnamed "une adhérente"
        "La mutuelle Solvéa a reconnu lundi qu'une cyberattaque avait exposé les données de près "
        "de 1,4 million d'adhérents\u00a0: noms, adresses, numéros de sécurité sociale et, pour "
        "une partie d'entre eux, coordonnées bancaires. L'intrusion remonte au début du mois, "
        "mais elle n'a été découverte que la semaine dernière.\n\n"
        "Les pirates ont exploité une faille dans un logiciel de gestion fourni par un prestataire "
        "extérieur, la société Datalinq. « Nous avons coupé l'accès dès que l'intrusion a été "
        "détectée, mais les fichiers avaient déjà été copiés », a déclaré à l'AFP le directeur "
        "général de Solvéa, Thierry Ngo-Van. Les adhérents concernés doivent être prévenus par "
        "courrier d'ici à vendredi.\n\n"
        "Depuis samedi, les messages frauduleux se multiplient. « J'ai reçu trois SMS qui me "
        "demandaient mes coordonnées bancaires. On se sent complètement démunis », témoigne une "
        "adhérente de Limoges, qui a fait opposition sur sa carte par précaution.\n\n"
        "La Commission nationale de l'informatique et des libertés (CNIL) a été saisie. Elle "
        "pourrait infliger à la mutuelle une amende allant jusqu'à 4 % de son chiffre d'affaires.",
        [
            (
                I,
                [
                    "une cyberattaque avait exposé les données de près de 1,4 million "
                    "d'adhérents\u00a0: noms, adresses, numéros de sécurité sociale et, pour une "
                    "partie d'entre eux, coordonnées bancaires"
                ],
                "Solvéa",
            ),
            (
                D,
                [
                    "Nous avons coupé l'accès dès que l'intrusion a été détectée, mais les "
                    "fichiers avaient déjà été copiés"
                ],
                "Thierry Ngo-Van",
            ),
            (
                D,
                [
                    "J'ai reçu trois SMS qui me demandaient mes coordonnées bancaires. On se sent "
                    "complètement démunis"
                ],
                "adhérente",
            ),
        ],
    ),
    (  # 3 AI start-up funding: « » without inner spaces, partial "a qualifié de «tournant»",
        # "a-t-il précisé" after, product name «Lex» not speech, "Pour la chercheuse X, «…»"
        "La jeune pousse parisienne Verbalis, qui développe des modèles de langage spécialisés "
        "dans le droit, a levé 85 millions d'euros auprès de plusieurs fonds américains et "
        "européens. Son cofondateur, Yanis El Ouardi, a qualifié l'opération de «tournant» pour "
        "l'entreprise, créée il y a moins de trois ans dans un appartement du 11e arrondissement."
        "\n\n"
        "«Nous allons doubler nos effectifs d'ici à l'été et ouvrir un bureau à Munich», a-t-il "
        "précisé. Le produit phare de la société, un assistant baptisé «Lex», est déjà utilisé "
        "par une quarantaine de cabinets d'avocats et par deux directions juridiques de grands "
        "groupes. La société revendique un chiffre d'affaires de 6 millions d'euros cette "
        "année.\n\n"
        "Cette levée intervient alors que le règlement européen sur l'intelligence artificielle "
        "impose de nouvelles obligations de transparence aux fournisseurs de modèles. Pour la "
        "chercheuse Sabine Koulibaly, spécialiste de l'éthique des algorithmes à l'Institut "
        "national du numérique, «la question n'est plus de savoir si ces outils se tromperont, "
        "mais qui en portera la responsabilité».",
        [
            (P, ["tournant"], "Yanis El Ouardi"),
            (
                D,
                ["Nous allons doubler nos effectifs d'ici à l'été et ouvrir un bureau à Munich"],
                "Yanis El Ouardi",
            ),
            (
                D,
                [
                    "la question n'est plus de savoir si ces outils se tromperont, mais qui en "
                    "portera la responsabilité"
                ],
                "Sabine Koulibaly",
            ),
        ],
    ),
    (  # 4 telecom outage: partial inside reported speech of "L'opérateur" (only the partial),
        # direct + "a insisté … la présidente de Nordtel, Name", unattributed continuation
        # after a full stop (second direct, same speaker), "a demandé un rapport" not annotated
        "Des centaines de milliers d'abonnés de l'opérateur Nordtel ont été privés d'internet et "
        "de téléphone mobile pendant près de neuf heures jeudi, dans une large moitié nord du "
        "pays. Les appels vers les numéros d'urgence ont également été perturbés dans plusieurs "
        "départements, obligeant les préfectures à diffuser des numéros de secours.\n\n"
        "L'opérateur a expliqué dans un communiqué que la panne provenait d'une « mise à jour "
        "logicielle défectueuse » déployée dans la nuit sur son cœur de réseau.\n\n"
        "« Il ne s'agit en aucun cas d'une cyberattaque », a insisté vendredi matin sur une radio "
        "la présidente de Nordtel, Marie-Hélène Dubreuil. « Nous présentons nos excuses à tous nos "
        "clients, et en particulier aux professionnels qui ont perdu une journée de travail. »\n\n"
        "Le ministre délégué au numérique, Olivier Ravanel, a demandé à l'opérateur un rapport "
        "détaillé sous quinze jours. Nordtel avait déjà connu une panne d'ampleur comparable en "
        "2023, à la suite d'un incident sur un centre de données de la région lilloise.",
        [
            (P, ["mise à jour logicielle défectueuse"], "Nordtel"),
            (D, ["Il ne s'agit en aucun cas d'une cyberattaque"], "Marie-Hélène Dubreuil"),
            (
                D,
                [
                    "Nous présentons nos excuses à tous nos clients, et en particulier aux "
                    "professionnels qui ont perdu une journée de travail."
                ],
                "Marie-Hélène Dubreuil",
            ),
        ],
    ),
    (  # 5 bee study, typographic apostrophes: journal title in « » not speech, "résume la
        # biologiste Aurore de Montbrison" (particle), incise "plaisante Mme de Montbrison"
        # splitting one quote, organisation partial after "a estimé que"
        "Dans une étude publiée mercredi dans la revue «\u00a0Apis Research\u00a0», une équipe de "
        "l’université de Valcourt a mesuré l’effet de faibles doses d’un insecticide courant sur "
        "plus de 6\u00a0000 abeilles domestiques, suivies une à une pendant tout un été.\n\n"
        "«\u00a0Même à des concentrations dix fois inférieures aux seuils autorisés, près d’un "
        "tiers des butineuses ne rentraient pas à la ruche\u00a0», résume la biologiste Aurore de "
        "Montbrison, qui a dirigé les travaux.\n\n"
        "Pour obtenir ces résultats, les chercheurs ont collé sur le thorax des insectes des puces "
        "de radio-identification d’un millimètre carré, lues à chaque passage devant l’entrée de "
        "la ruche. «\u00a0C’est un travail de fourmi, plaisante Mme de Montbrison, mais c’est le "
        "seul moyen de suivre chaque individu.\u00a0»\n\n"
        "L’Union des producteurs phytosanitaires a estimé dans un communiqué que ces expériences "
        "en conditions contrôlées «\u00a0ne reflètent pas la réalité des champs\u00a0». Les "
        "auteurs prévoient de répéter l’expérience en plein air dès le printemps prochain.",
        [
            (
                D,
                [
                    "Même à des concentrations dix fois inférieures aux seuils autorisés, près "
                    "d’un tiers des butineuses ne rentraient pas à la ruche"
                ],
                "Aurore de Montbrison",
            ),
            (
                D,
                [
                    "C’est un travail de fourmi",
                    "mais c’est le seul moyen de suivre chaque individu.",
                ],
                "Aurore de Montbrison",
            ),
            (
                P,
                ["ne reflètent pas la réalité des champs"],
                "Union des producteurs phytosanitaires",
            ),
        ],
    ),
    (  # 6 competition fine: direct + "a déclaré la présidente de l'Autorité, Name", "Selon
        # elle," (pronoun, rest of the sentence), company partial "qualifie la sanction de"
        # with "le groupe californien" standing for Orbix
        "L'Autorité de la concurrence a infligé mardi une amende de 212 millions d'euros au "
        "groupe américain Orbix, accusé d'avoir favorisé ses propres services de cartographie "
        "dans les résultats de son moteur de recherche entre 2018 et 2024.\n\n"
        "« Pendant six ans, Orbix a verrouillé un marché entier au détriment de concurrents plus "
        "petits et plus innovants », a déclaré la présidente de l'Autorité, Nadège "
        "Fournier-Lacaze, en présentant la décision à la presse.\n\n"
        "Selon elle, une dizaine d'entreprises françaises ont vu leur trafic chuter de plus de "
        "moitié pendant la période examinée, et au moins deux d'entre elles ont dû déposer le "
        "bilan.\n\n"
        "Dans un communiqué, le groupe californien qualifie la sanction de « disproportionnée ». "
        "Il dispose d'un mois pour saisir la cour d'appel de Paris. L'Autorité avait déjà "
        "sanctionné Orbix en 2021 pour des pratiques publicitaires, pour un montant de 48 "
        "millions d'euros. Le groupe emploie environ 900 personnes en France.",
        [
            (
                D,
                [
                    "Pendant six ans, Orbix a verrouillé un marché entier au détriment de "
                    "concurrents plus petits et plus innovants"
                ],
                "Nadège Fournier-Lacaze",
            ),
            (
                I,
                [
                    "une dizaine d'entreprises françaises ont vu leur trafic chuter de plus de "
                    "moitié pendant la période examinée, et au moins deux d'entre elles ont dû "
                    "déposer le bilan"
                ],
                "Nadège Fournier-Lacaze",
            ),
            (P, ["disproportionnée"], "Orbix"),
        ],
    ),
    (  # 7 AI in dermatology: software name « DermaScan » not speech, two-sentence direct +
        # "explique le docteur Name" (title dropped), "D'après le médecin," (role alone)
        "Au CHU de Montreval, un logiciel d'intelligence artificielle analyse désormais les photos "
        "de grains de beauté envoyées par les médecins généralistes de la région. En un an, plus "
        "de 11 000 images ont été examinées par l'outil, baptisé « DermaScan » par ses "
        "concepteurs, une équipe de quatre ingénieurs installée dans l'hôpital même.\n\n"
        "« L'algorithme ne remplace pas le dermatologue. Il nous aide à trier les urgences, ce qui "
        "n'est pas rien quand le délai d'attente dépasse six mois », explique le docteur Théo "
        "Vandermeulen, chef du service de dermatologie.\n\n"
        "D'après le médecin, une trentaine de mélanomes ont ainsi été détectés plusieurs semaines "
        "plus tôt qu'ils ne l'auraient été autrement. Chaque image jugée suspecte par le logiciel "
        "est ensuite examinée par un spécialiste, qui rappelle le patient dans les quarante-huit "
        "heures.\n\n"
        "Le dispositif, financé par l'agence régionale de santé à hauteur de 600 000 euros, doit "
        "être étendu l'an prochain à deux hôpitaux voisins.",
        [
            (
                D,
                [
                    "L'algorithme ne remplace pas le dermatologue. Il nous aide à trier les "
                    "urgences, ce qui n'est pas rien quand le délai d'attente dépasse six mois"
                ],
                "Théo Vandermeulen",
            ),
            (
                I,
                [
                    "une trentaine de mélanomes ont ainsi été détectés plusieurs semaines plus tôt "
                    "qu'ils ne l'auraient été autrement"
                ],
                "Théo Vandermeulen",
            ),
        ],
    ),
    (  # 8 glaciers: ", selon le bilan publié par X (RSG)" after (part before), narrow
        # no-break spaces, "s'inquiète le glaciologue Name", "Pour la climatologue X, «…»"
        # with a colon inside the quote
        "Les glaciers alpins ont perdu 4,1\u202f% de leur volume en 2026, la deuxième pire année "
        "jamais mesurée, selon le bilan annuel publié lundi par le Réseau de surveillance "
        "glaciaire (RSG). Seule l'année 2022 avait fait pire, avec une perte de 5,8\u202f%.\n\n"
        "«\u202fOn pensait que 2022 resterait une exception. Elle est en train de devenir la "
        "norme\u202f», s'inquiète le glaciologue Matthias Brunner-Okafor, qui coordonne les "
        "mesures sur une vingtaine de sites entre la Savoie et les Grisons.\n\n"
        "Sur le glacier de la Dent-Rousse, les équipes ont dû abandonner deux balises de mesure "
        "emportées par l'eau de fonte au mois d'août. Plusieurs refuges d'altitude ont par "
        "ailleurs fermé plus tôt que prévu, faute d'eau potable. Les mesures combinent des "
        "relevés de balises, des images satellitaires et des survols par drone.\n\n"
        "Pour la climatologue Leïla Ben Amor, «\u202fces chiffres ne sont plus des "
        "projections\u202f: ce sont des relevés de terrain\u202f».",
        [
            (
                I,
                [
                    "Les glaciers alpins ont perdu 4,1\u202f% de leur volume en 2026, la deuxième "
                    "pire année jamais mesurée"
                ],
                "Réseau de surveillance glaciaire",
            ),
            (
                D,
                [
                    "On pensait que 2022 resterait une exception. Elle est en train de devenir la "
                    "norme"
                ],
                "Matthias Brunner-Okafor",
            ),
            (
                D,
                ["ces chiffres ne sont plus des projections\u202f: ce sont des relevés de terrain"],
                "Leïla Ben Amor",
            ),
        ],
    ),
    (  # 9 repairable phone: cue before with a colon and final period inside, slogan in « »
        # not speech, direct + "raconte l'ingénieure en chef du projet, Name", "Selon le
        # cabinet d'études Marketwise," (generic noun dropped)
        "Le fabricant breton de smartphones Kerphone a présenté mercredi à Rennes son nouveau "
        "modèle, dont la batterie et l'écran peuvent être changés en quelques minutes avec un "
        "simple tournevis. Le directeur général, Gwenaël Le Bihan, a résumé l'ambition de "
        "l'entreprise\u00a0: «\u00a0Un téléphone doit durer dix ans, pas deux.\u00a0»\n\n"
        "L'appareil, vendu 449 euros, obtient la note de 9,5 sur 10 à l'indice de réparabilité. "
        "Le slogan de la campagne publicitaire, «\u00a0Réparez-moi\u00a0», s'affiche déjà sur "
        "les abribus de plusieurs grandes villes.\n\n"
        "«\u00a0On a pris le problème à l'envers\u00a0: on a d'abord dessiné les pièces qui "
        "cassent, puis le reste du téléphone\u00a0», raconte l'ingénieure en chef du projet, "
        "Soizic Tanguy.\n\n"
        "Des analystes restent sceptiques. Selon le cabinet d'études Marketwise, Kerphone devra "
        "vendre au moins 300\u00a0000 appareils par an pour atteindre l'équilibre, dans un marché "
        "dominé par deux géants asiatiques et un américain. L'entreprise emploie 140 "
        "personnes à Lannion.",
        [
            (D, ["Un téléphone doit durer dix ans, pas deux."], "Gwenaël Le Bihan"),
            (
                D,
                [
                    "On a pris le problème à l'envers\u00a0: on a d'abord dessiné les pièces qui "
                    "cassent, puis le reste du téléphone"
                ],
                "Soizic Tanguy",
            ),
            (
                I,
                [
                    "Kerphone devra vendre au moins 300\u00a0000 appareils par an pour atteindre "
                    "l'équilibre, dans un marché dominé par deux géants asiatiques et un américain"
                ],
                "Marketwise",
            ),
        ],
    ),
    (  # 10 rocket failure: direct + "a réagi … le fondateur de Stellaris, Name", indirect
        # with the cue after ("…, a indiqué l'entreprise"), one quote split by an incise that
        # ends its sentence inside the same marks ("assure M. Oyelaran.")
        "Le deuxième vol du lanceur Aurore-1, développé par la société toulousaine Stellaris, "
        "s'est soldé par un échec samedi\u00a0: la fusée a explosé 74 secondes après son "
        "décollage depuis la base suédoise de Vittangi. Aucun blessé n'est à déplorer, la zone "
        "ayant été évacuée plusieurs heures avant le tir.\n\n"
        "«\u00a0C'est une déception, évidemment, mais un vol d'essai sert précisément à "
        "apprendre\u00a0», a réagi sur les réseaux sociaux le fondateur de Stellaris, Raphaël "
        "Oyelaran.\n\n"
        "Les premières données télémétriques pointent vers une surpression dans un réservoir du "
        "deuxième étage, a indiqué l'entreprise dans la soirée. Une commission d'enquête "
        "interne doit rendre ses conclusions d'ici à la mi-janvier. Le premier vol, en avril, "
        "avait été interrompu par une panne de moteur au bout de quarante secondes.\n\n"
        "Ce revers tombe mal\u00a0: Stellaris espérait décrocher l'an prochain un contrat européen "
        "pour le lancement de petits satellites d'observation. «\u00a0Nous avons encore largement "
        "le temps de convaincre, assure M.\u00a0Oyelaran. Le troisième vol aura lieu avant "
        "l'été.\u00a0»",
        [
            (
                D,
                [
                    "C'est une déception, évidemment, mais un vol d'essai sert précisément à "
                    "apprendre"
                ],
                "Raphaël Oyelaran",
            ),
            (
                I,
                [
                    "Les premières données télémétriques pointent vers une surpression dans un "
                    "réservoir du deuxième étage"
                ],
                "Stellaris",
            ),
            (
                D,
                [
                    "Nous avons encore largement le temps de convaincre",
                    "Le troisième vol aura lieu avant l'été.",
                ],
                "Raphaël Oyelaran",
            ),
        ],
    ),
    (  # 11 ransomware at a town hall: "La maire, Name, a annoncé que", direct + "a martelé
        # l'élue" (role), partial after "confie avoir" by an unnamed municipal employee
        "La mairie de Saint-Aubin-des-Prés fonctionne au ralenti depuis une semaine. Un "
        "rançongiciel a chiffré l'ensemble de ses serveurs dans la nuit du 20 au 21 novembre, "
        "paralysant l'état civil, les inscriptions à la cantine scolaire et la facturation de "
        "l'eau.\n\n"
        "La maire, Françoise Owusu-Bertin, a annoncé mardi qu'elle ne paierait pas la rançon "
        "réclamée par les pirates, soit 400 000 dollars en cryptomonnaie. « On ne négocie pas avec "
        "des criminels. Et rien ne garantit qu'ils nous rendraient nos données », a martelé l'élue "
        "devant le conseil municipal.\n\n"
        "En attendant, les services s'organisent comme ils peuvent. Un agent municipal confie "
        "avoir « tout refait à la main, comme dans les années 1980 » pour délivrer les actes de "
        "naissance et de décès. Les gendarmes de la section de lutte contre la cybercriminalité "
        "ont ouvert une enquête. La commune, qui compte 9 000 habitants, avait renouvelé son "
        "contrat de maintenance informatique au printemps, sans prévoir de sauvegarde hors "
        "ligne.",
        [
            (
                I,
                [
                    "elle ne paierait pas la rançon réclamée par les pirates, soit 400 000 dollars "
                    "en cryptomonnaie"
                ],
                "Françoise Owusu-Bertin",
            ),
            (
                D,
                [
                    "On ne négocie pas avec des criminels. Et rien ne garantit qu'ils nous "
                    "rendraient nos données"
                ],
                "Françoise Owusu-Bertin",
            ),
            (P, ["tout refait à la main, comme dans les années 1980"], "agent municipal"),
        ],
    ),
    (  # 12 chatbots inventing case law: direct + "observe Pieter van Damme" (particle),
        # "Son collègue Samir al-Khatib a averti que", company partial after "dit"
        "Des chercheurs de l'Institut bruxellois d'informatique ont soumis 2 000 questions "
        "juridiques à cinq assistants conversationnels grand public. Résultat\u00a0: près d'une "
        "réponse sur cinq citait une décision de justice qui n'existe pas, avec un numéro de rôle "
        "et une date parfaitement plausibles.\n\n"
        "«\u00a0Le plus inquiétant, ce n'est pas l'erreur elle-même, c'est l'aplomb avec lequel "
        "elle est présentée\u00a0», observe Pieter van Damme, qui a codirigé l'étude.\n\n"
        "Son collègue Samir al-Khatib a averti que des avocats avaient déjà été sanctionnés, à "
        "l'étranger, pour avoir déposé des conclusions truffées de références imaginaires.\n\n"
        "Interrogée, l'entreprise éditrice de l'un des assistants testés, Quillon AI, dit "
        "«\u00a0prendre très au sérieux\u00a0» ces résultats. Les quatre autres n'avaient pas "
        "répondu jeudi soir. L'étude, qui n'a pas encore été relue par des pairs, a été mise "
        "en ligne sur un serveur de prépublications. Ses auteurs comptent répéter le test en "
        "néerlandais et en allemand au début de l'année prochaine.",
        [
            (
                D,
                [
                    "Le plus inquiétant, ce n'est pas l'erreur elle-même, c'est l'aplomb avec "
                    "lequel elle est présentée"
                ],
                "Pieter van Damme",
            ),
            (
                I,
                [
                    "des avocats avaient déjà été sanctionnés, à l'étranger, pour avoir déposé des "
                    "conclusions truffées de références imaginaires"
                ],
                "Samir al-Khatib",
            ),
            (P, ["prendre très au sérieux"], "Quillon AI"),
        ],
    ),
    (  # 13 superconductor claim: Chinese name order, "décrit" with a noun object not
        # annotated, "Le professeur Zhou a déclaré : “…”" (English-style marks, final period),
        # direct in “ ” + "rappelle Name, du laboratoire …"
        "Dans un article publié vendredi, une équipe dirigée par le physicien Zhou Wenjie, de "
        "l'université de Hefei, et la chimiste Hélène Marchal-Petit décrit une supraconductivité "
        "observée à –23 °C, sous une pression modérée, dans un composé à base de lanthane et de "
        "nickel. Si le résultat se confirme, ce serait un record pour un matériau de ce type.\n\n"
        "Le professeur Zhou a déclaré\u00a0: “Nous avons répété la mesure sur quatorze "
        "échantillons différents, avec le même résultat à chaque fois.”\n\n"
        "D'autres spécialistes appellent à la prudence. “Ces deux dernières années, trois "
        "annonces similaires se sont effondrées en quelques semaines”, rappelle Bruno Taillefer, "
        "du laboratoire de physique des solides de Vernay. Plusieurs équipes, en Europe et aux "
        "États-Unis, ont déjà commencé à synthétiser le composé pour tenter de reproduire "
        "l'expérience. Les premiers résultats de ces réplications sont attendus d'ici à la fin "
        "du mois de janvier. Les auteurs ont mis leurs données brutes en libre accès pour "
        "faciliter ce travail de vérification.",
        [
            (
                D,
                [
                    "Nous avons répété la mesure sur quatorze échantillons différents, avec le "
                    "même résultat à chaque fois."
                ],
                "Zhou Wenjie",
            ),
            (
                D,
                [
                    "Ces deux dernières années, trois annonces similaires se sont effondrées en "
                    "quelques semaines"
                ],
                "Bruno Taillefer",
            ),
        ],
    ),
    (  # 14 mobile mast: petition title in « » not speech, unnamed "un riverain" after a
        # two-sentence direct, "Le maire, Jean-Baptiste N'Diaye, a indiqué que"
        "À Lignac, petite commune de 1 800 habitants, l'installation d'une antenne de téléphonie "
        "mobile de 36 mètres divise les habitants. Une pétition intitulée « Pas d'antenne sous "
        "nos fenêtres » a recueilli plus de 600 signatures en trois semaines, et une réunion "
        "publique a dû être organisée en urgence jeudi soir.\n\n"
        "« Personne ne nous a consultés. On a découvert le chantier un matin en emmenant les "
        "enfants à l'école », raconte un riverain, père de trois enfants, qui habite à moins de "
        "cent mètres du pylône.\n\n"
        "Le maire, Jean-Baptiste N'Diaye, a indiqué qu'il avait demandé à l'Office national des "
        "fréquences une campagne de mesures avant et après la mise en service. L'antenne, que "
        "l'opérateur Celtis doit allumer en janvier, permettra de couvrir trois hameaux "
        "aujourd'hui privés de réseau. Dans ces hameaux, les habitants doivent encore monter "
        "au bout d'un chemin pour capter un signal suffisant pour passer un appel. Une "
        "deuxième réunion publique est prévue le 12 décembre.",
        [
            (
                D,
                [
                    "Personne ne nous a consultés. On a découvert le chantier un matin en emmenant "
                    "les enfants à l'école"
                ],
                "riverain",
            ),
            (
                I,
                [
                    "il avait demandé à l'Office national des fréquences une campagne de mesures "
                    "avant et après la mise en service"
                ],
                "Jean-Baptiste N'Diaye",
            ),
        ],
    ),
    (  # 15 driverless shuttles: « » without inner spaces, direct + "a prévenu la
        # vice-présidente …, Ana Paula da Silva" then an unattributed continuation after a
        # full stop (second direct), intention phrase "a fait part de sa volonté de"
        "Depuis lundi, trois navettes sans chauffeur transportent des passagers entre la gare et "
        "le parc technologique de Bellerive, sur un parcours de 4,2 kilomètres. Une première en "
        "France sur une route ouverte à la circulation, sans opérateur de sécurité à bord. "
        "Chaque véhicule peut accueillir douze voyageurs, dont quatre debout, et circule de 6 "
        "heures à 22 heures.\n\n"
        "«C'est un saut important, mais nous avançons pas à pas», a prévenu la vice-présidente de "
        "la métropole chargée des mobilités, Ana Paula da Silva, lors de l'inauguration. «La "
        "vitesse est limitée à 25 km/h et chaque véhicule est surveillé à distance en "
        "permanence.»\n\n"
        "Le constructeur, la société lyonnaise Mobilio, a fait part de sa volonté de déployer une "
        "cinquantaine de navettes dans quatre autres villes d'ici à 2028. Le service de Bellerive "
        "reste gratuit jusqu'à la fin de l'année, et les premiers usagers semblaient conquis, "
        "lundi, malgré quelques freinages un peu brusques aux abords des ronds-points.",
        [
            (D, ["C'est un saut important, mais nous avançons pas à pas"], "Ana Paula da Silva"),
            (
                D,
                [
                    "La vitesse est limitée à 25 km/h et chaque véhicule est surveillé à distance "
                    "en permanence."
                ],
                "Ana Paula da Silva",
            ),
            (
                I,
                ["déployer une cinquantaine de navettes dans quatre autres villes d'ici à 2028"],
                "Mobilio",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 asteroid lander: direct + "said the mission's principal investigator, Dr. Name"
        # (frame comma dropped), then an unattributed continuation after a full stop
        "A small probe built by the Pacific Space Consortium touched down on the near-Earth "
        "asteroid 2019 KT4 on Tuesday, becoming the first privately funded mission to land on an "
        "asteroid. The Lark probe, roughly the size of a washing machine, will spend six weeks "
        "drilling into the surface and analysing what it brings up.\n\n"
        "The landing was fully automatic: at a distance of 140 million kilometres, radio signals "
        "take almost eight minutes each way, far too long for controllers in Pasadena to "
        "intervene.\n\n"
        '"We saw the legs compress, the dust go up, and then nothing for eleven minutes," said '
        "the mission's principal investigator, Dr. Amara Okonkwo-Reyes. \"Those were the longest "
        'eleven minutes of my career."\n\n'
        "The consortium, which brings together three universities and a mining start-up, spent "
        "$310 million on the mission, a fraction of what a government agency would typically "
        "spend. Its backers hope the asteroid holds enough nickel and platinum-group metals to "
        "justify a second, larger mission before the end of the decade. Engineers will now check "
        "whether the drill survived the landing.",
        [
            (
                D,
                ["We saw the legs compress, the dust go up, and then nothing for eleven minutes"],
                "Amara Okonkwo-Reyes",
            ),
            (D, ["Those were the longest eleven minutes of my career."], "Amara Okonkwo-Reyes"),
        ],
    ),
    (  # 2 fitness-app breach: company "said on Monday that", partial "deeply regrets" inside
        # the reported speech of "A spokeswoman for Pulsewise" (only the partial, organisation
        # speaker), "was blunt: “…”" with two sentences and a final period
        "Fitness app maker Pulsewise said on Monday that hackers had accessed the personal data "
        "of about 3.2 million users, including names, email addresses and, in some cases, the GPS "
        "traces of their runs and bike rides.\n\n"
        "The breach dates back to early October but was only detected last week, when a batch of "
        "the stolen records was offered for sale on a criminal forum for $40,000. A spokeswoman "
        'for Pulsewise said the company "deeply regrets" the incident and had hired an outside '
        "forensic firm.\n\n"
        "Security researcher Tobias Lindqvist, who first spotted the listing, was blunt: "
        "“Location data is the worst thing you can lose. It tells someone where you live and when "
        "you're not home.”\n\n"
        "Users have been asked to reset their passwords and to check their privacy settings, "
        "which by default made the start and end points of every recorded activity visible to "
        "other members. The company, based in Dublin, has around 11 million registered users "
        "worldwide.",
        [
            (
                I,
                [
                    "hackers had accessed the personal data of about 3.2 million users, including "
                    "names, email addresses and, in some cases, the GPS traces of their runs and "
                    "bike rides"
                ],
                "Pulsewise",
            ),
            (P, ["deeply regrets"], "Pulsewise"),
            (
                D,
                [
                    "Location data is the worst thing you can lose. It tells someone where you "
                    "live and when you're not home."
                ],
                "Tobias Lindqvist",
            ),
        ],
    ),
    (  # 3 mobile network outage: direct + "said Name, the chair of X" (name before role),
        # "…, according to Meridian Mobile." (the part before)
        "Emergency calls failed across large parts of the northern region for almost four hours "
        "on Saturday after an outage on the network of Meridian Mobile, the country's "
        "second-largest carrier. Around 2.7 million customers lost all service, and landline "
        "users trying to reach mobile numbers heard only a busy tone.\n\n"
        '"This is completely unacceptable," said Harriet Osei-Bonsu, the chair of the '
        "Communications Standards Authority, which has opened an investigation and can impose "
        "fines of up to 10% of a company's annual turnover.\n\n"
        "The outage was caused by a faulty configuration change made during routine overnight "
        "maintenance, according to Meridian Mobile. The carrier has promised customers a credit "
        "equal to one week of their monthly bill.\n\n"
        "Ambulance services in at least four counties reported a sharp drop in calls during the "
        "outage, and one hospital trust sent staff to supermarkets and petrol stations to tell "
        "the public how to reach help. Service was fully restored shortly after 9 p.m.",
        [
            (D, ["This is completely unacceptable"], "Harriet Osei-Bonsu"),
            (
                I,
                [
                    "The outage was caused by a faulty configuration change made during routine "
                    "overnight maintenance"
                ],
                "Meridian Mobile",
            ),
        ],
    ),
    (  # 4 AI copyright suit: one quote split by "Arclight's chief executive, Name, told
        # reporters on Thursday," (two pieces), "She proposed a fund" (noun object, not
        # annotated), partial with the period inside the marks, "Mr. Surname said"
        "Arclight Labs, the artificial intelligence start-up behind the popular Scribe "
        "assistant, has been sued by a group of 14 novelists over the use of their books to train "
        "its language models. The suit, filed in federal court in Seattle, seeks class-action "
        "status on behalf of thousands of authors.\n\n"
        "\"We did not set out to take anyone's work,\" Arclight's chief executive, Devika Raman, "
        'told reporters on Thursday, "but we accept that the rules around training data need to '
        'be clearer." She proposed an industry fund to compensate writers.\n\n'
        "The novelists' lawyer, Gareth Llewellyn-Moss, called the idea \"a confession dressed up "
        'as a policy." Mr. Llewellyn-Moss said his clients were seeking damages and the '
        "destruction of any models trained on their work.\n\n"
        "Arclight, valued at $9 billion in its last funding round, has licensed material from two "
        "news agencies and a stock photo library, but has never disclosed the full list of books "
        "in its training data. The case is one of more than 30 similar lawsuits filed against AI "
        "developers in the past two years.",
        [
            (
                D,
                [
                    "We did not set out to take anyone's work",
                    "but we accept that the rules around training data need to be clearer.",
                ],
                "Devika Raman",
            ),
            (P, ["a confession dressed up as a policy."], "Gareth Llewellyn-Moss"),
            (
                I,
                [
                    "his clients were seeking damages and the destruction of any models trained "
                    "on their work"
                ],
                "Gareth Llewellyn-Moss",
            ),
        ],
    ),
    (  # 5 ancient dogs: two-sentence direct in “ ” + "said Dr. Layla bin Rashid, the
        # excavation's lead archaeologist" (particle bin), "according to Dr. bin Rashid"
        "Archaeologists digging at a rock shelter in Wadi Sahm have identified the bones of at "
        "least four dogs buried alongside human remains some 8,000 years ago, about two millennia "
        "earlier than any comparable find in the region. The team, from the Gulf Heritage "
        "Institute and two European universities, has been excavating the site since 2021.\n\n"
        "“These animals were not scavengers hanging around a camp. They were buried with care, "
        "some of them next to children,” said Dr. Layla bin Rashid, the excavation's lead "
        "archaeologist.\n\n"
        "Genetic analysis carried out in Copenhagen suggests the dogs were closely related to "
        "modern Saluki-type hounds, according to Dr. bin Rashid. The results were published on "
        "Wednesday in the Journal of Desert Archaeology.\n\n"
        "Rock art found in the same valley shows hunters accompanied by animals with curled tails "
        "and long legs, but until now it had been impossible to date. Radiocarbon dating of "
        "charcoal from the burial layer puts the graves between 6200 and 5900 BC. The team plans "
        "to return in February to excavate a second chamber.",
        [
            (
                D,
                [
                    "These animals were not scavengers hanging around a camp. They were buried "
                    "with care, some of them next to children"
                ],
                "Layla bin Rashid",
            ),
            (
                I,
                [
                    "Genetic analysis carried out in Copenhagen suggests the dogs were closely "
                    "related to modern Saluki-type hounds"
                ],
                "Layla bin Rashid",
            ),
        ],
    ),
    (  # 6 children's data fine: partial inside the reported speech of "the regulator" (only
        # the partial, the office's name), company "said it disagreed …"
        "The Information Rights Office has fined the video-sharing platform Zoomly £18.5 million "
        "for processing the personal data of children under 13 without their parents' consent. "
        "The investigation, opened in 2024, found that around 1.1 million British children had "
        "accounts on the app, despite its terms of service setting a minimum age of 13.\n\n"
        'In a statement, the regulator said Zoomly had "failed in its most basic duty" to young '
        "users for more than three years.\n\n"
        "Zoomly said it disagreed with the findings and was considering an appeal. The company "
        "has 28 days to lodge one.\n\n"
        "The fine is the largest ever imposed by the office on a social media company, though it "
        "amounts to less than two days of Zoomly's global revenue. Children's charities have long "
        "campaigned for compulsory age checks on platforms that are popular with teenagers, and "
        "several of them welcomed the penalty as overdue. Zoomly has 41 million users in Europe.",
        [
            (P, ["failed in its most basic duty"], "Information Rights Office"),
            (I, ["it disagreed with the findings and was considering an appeal"], "Zoomly"),
        ],
    ),
    (  # 7 satellite collision: direct + "the agency's spokesman, Name, said at a briefing"
        # (Portuguese double surname), "The spokesman said" (role alone)
        "Ground controllers lost contact on Friday with Terrasat-7, a weather satellite operated "
        "by the National Meteorological Service, in what appears to have been a collision with a "
        "fragment of orbital debris. Tracking stations recorded a sudden change in the "
        "satellite's orbit at 04:12 GMT, followed by a burst of new debris.\n\n"
        '"We are still receiving a faint signal, so the satellite is not dead," the agency\'s '
        "spokesman, Luis Ferreira Mota, said at a briefing in Reading.\n\n"
        "The spokesman said forecasts would not be affected in the short term because two older "
        "satellites could take over its observations.\n\n"
        "Launched in 2021 at a cost of £240 million, Terrasat-7 orbits at an altitude of about "
        "830 kilometres, one of the most crowded bands around the Earth. Debris from old rocket "
        "stages and defunct satellites has made such collisions steadily more likely over the "
        "past decade. The cloud of fragments created on Friday is now being tracked by military "
        "radars.",
        [
            (
                D,
                ["We are still receiving a faint signal, so the satellite is not dead"],
                "Luis Ferreira Mota",
            ),
            (
                I,
                [
                    "forecasts would not be affected in the short term because two older "
                    "satellites could take over its observations"
                ],
                "Luis Ferreira Mota",
            ),
        ],
    ),
    (  # 8 quantum chip: "Its head of quantum research, Name, put it simply: “…”" (final period
        # inside), "Name, a physicist at X, said the company had …"
        "Tech group Halvorsen Systems unveiled a 1,200-qubit quantum processor on Wednesday, "
        "presenting it as a breakthrough in the error correction that has held back the field for "
        "two decades. The chip, called Fjord, is cooled to a hundredth of a degree above absolute "
        "zero in a refrigerator the size of a small car.\n\n"
        "Its head of quantum research, Kenji Watanabe-Hill, put it simply: “For the first time, "
        "the error correction is winning the race against the errors.”\n\n"
        "Independent experts were more measured. Rosa Delgado-Pérez, a physicist at the Institute "
        "for Advanced Computing in Madrid, said the company had not yet published enough data for "
        "outsiders to check its claims.\n\n"
        "Halvorsen's shares rose 7% in New York trading after the announcement. Researchers will "
        "be able to use the processor through the company's cloud service from next spring. "
        "Commercially useful applications, such as simulating new drugs or batteries, are still "
        "thought to be several years away.",
        [
            (
                D,
                [
                    "For the first time, the error correction is winning the race against the "
                    "errors."
                ],
                "Kenji Watanabe-Hill",
            ),
            (
                I,
                ["the company had not yet published enough data for outsiders to check its claims"],
                "Rosa Delgado-Pérez",
            ),
        ],
    ),
    (  # 9 hospital ransomware: "Officials said" (unnamed plural, no "that"), direct + "said
        # Riverside's chief medical officer, Dr. Name", partial inside the reported speech of an
        # anonymous nurse
        "Hospitals in the Riverside Health network were diverting ambulances for a third day on "
        "Wednesday after a ransomware attack crippled their computer systems. Officials said more "
        "than 300 planned operations and 1,800 outpatient appointments had been postponed.\n\n"
        '"Our staff have gone back to pen and paper, and they are doing an extraordinary job," '
        "said Riverside's chief medical officer, Dr. Chinedu Okafor. Blood test results are being "
        "carried between buildings by porters, and pharmacists are checking prescriptions by "
        "hand.\n\n"
        "A nurse at one of the hospitals, who asked not to be named because she was not "
        'authorised to speak to the press, said colleagues were "exhausted and frightened" of '
        "making mistakes.\n\n"
        "A group calling itself BlackHarbor listed the network on its leak site on Tuesday, "
        "alongside a countdown clock. It is not known whether a ransom will be paid. The FBI and "
        "state authorities are investigating, and the network's insurers have sent a team of "
        "specialists to help restore the systems.",
        [
            (
                I,
                [
                    "more than 300 planned operations and 1,800 outpatient appointments had been "
                    "postponed"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Our staff have gone back to pen and paper, and they are doing an "
                    "extraordinary job"
                ],
                "Chinedu Okafor",
            ),
            (P, ["exhausted and frightened"], "nurse"),
        ],
    ),
    (  # 10 teenagers' sleep: indirect with the cue after ("…, psychologist Name of X told a
        # conference"), "he said" then an unattributed continuation after a full stop, scare
        # quotes "curfews" not speech
        "Teenagers who use their phones in bed sleep on average 38 minutes less per night than "
        "those who leave them outside the bedroom, psychologist Marcus Adeyemi of the University "
        "of Eastbourne told a conference in Bristol on Monday.\n\n"
        "The study followed 2,400 pupils aged 13 to 17 at 19 secondary schools for a full school "
        "year. Each wore a wrist-mounted sensor that recorded movement and heart rate during the "
        "night, and filled in a short questionnaire every morning.\n\n"
        '"The effect was not just on how long they slept, but on how well," he said. "Many of '
        'them were waking up several times a night to check notifications."\n\n'
        "The team found no significant difference between boys and girls, but the gap was widest "
        "among the youngest pupils. Several of the schools taking part have since introduced "
        'evening phone "curfews" for boarders, with lockers in each dormitory corridor. The '
        "full results are due to be published early next year.",
        [
            (
                I,
                [
                    "Teenagers who use their phones in bed sleep on average 38 minutes less per "
                    "night than those who leave them outside the bedroom"
                ],
                "Marcus Adeyemi",
            ),
            (
                D,
                ["The effect was not just on how long they slept, but on how well"],
                "Marcus Adeyemi",
            ),
            (
                D,
                ["Many of them were waking up several times a night to check notifications."],
                "Marcus Adeyemi",
            ),
        ],
    ),
    (  # 11 rural satellite internet: "The council's director of digital services, Eleanor van
        # der Berg, said" (particle), direct + "said Name, 81, who …", service name in “ ” not
        # speech, partial in ‘ ’ by surname with capitalised particle
        "For years, the 900 residents of the Glenmorra valley have had to drive to the nearest "
        "town to make a video call or submit a tax return online. That changed this month, when "
        "the county council switched on a community satellite internet service funded with a "
        "£2.1 million grant.\n\n"
        "The council's director of digital services, Eleanor van der Berg, said the network would "
        "reach every household in the valley by March.\n\n"
        "“My grandchildren can finally see me on a screen instead of hearing me on a crackling "
        "line,” said Moira Fraser, 81, who runs the village shop. The service, marketed under the "
        "name “Glen Connect”, costs £15 a month, with free installation for pensioners.\n\n"
        "Van der Berg described the project as ‘a template for the whole of rural Scotland’. Two "
        "neighbouring councils have already sent engineers to study the installation, which uses "
        "receiving dishes mounted on the roof of the village hall and a small radio mast on the "
        "hill above the school.",
        [
            (
                I,
                ["the network would reach every household in the valley by March"],
                "Eleanor van der Berg",
            ),
            (
                D,
                [
                    "My grandchildren can finally see me on a screen instead of hearing me on a "
                    "crackling line"
                ],
                "Moira Fraser",
            ),
            (P, ["a template for the whole of rural Scotland"], "Eleanor van der Berg"),
        ],
    ),
    (  # 12 EV recall: indirect with the cue after ("…, the National Road Safety Agency said"),
        # two-sentence direct + "the agency's deputy administrator, Name, said in an interview"
        "Carmaker Vantor is recalling 62,000 electric SUVs over a battery defect that can cause "
        "fires while the vehicles are charging, the National Road Safety Agency said on Thursday. "
        "The recall covers the Ridge and Ridge Plus models built between March 2024 and June "
        "2025.\n\n"
        '"We know of eleven fires so far. Thankfully, nobody has been hurt," the agency\'s deputy '
        "administrator, Samuel Ortiz-Kane, said in an interview. Three of the fires happened in "
        "residential garages, and one destroyed a family home in Ohio.\n\n"
        "Owners will be able to have the affected battery modules replaced free of charge at any "
        "dealership, starting in January. Until then, they are advised to park the cars outdoors "
        "and to limit charging to 80% of capacity. The fault has been traced to a supplier in "
        "South Korea, whose cells are also used by two other manufacturers. Vantor's shares fell "
        "4% on the news, wiping almost $900 million off its market value.",
        [
            (
                I,
                [
                    "Carmaker Vantor is recalling 62,000 electric SUVs over a battery defect that "
                    "can cause fires while the vehicles are charging"
                ],
                "National Road Safety Agency",
            ),
            (
                D,
                ["We know of eleven fires so far. Thankfully, nobody has been hurt"],
                "Samuel Ortiz-Kane",
            ),
        ],
    ),
    (  # 13 open-source flaw: "…, its maintainers warned" (unnamed plural, cue after), direct
        # + "Cardoso said" (surname), a quote continued over two paragraphs (one span each)
        "A flaw in a widely used open-source compression library could allow attackers to take "
        "control of millions of servers, its maintainers warned on Tuesday. A corrected version "
        "was released the same day, and major Linux distributions began pushing it to users "
        "within hours.\n\n"
        "The bug was discovered by Ines Cardoso, a security engineer at the Lisbon firm Tagus "
        "Security, during a routine audit of code used by one of the company's banking clients."
        "\n\n"
        "“It is the kind of code nobody looks at, because it has worked for twenty years,” "
        "Cardoso said in an interview. “The people who maintain these libraries are often "
        "unpaid. They fix things in the evening after their real job.\n\n"
        "“If companies depend on this software, they have to start paying for it.”\n\n"
        "The library is maintained by three volunteers in their spare time. It is embedded in web "
        "servers, routers and even some medical devices, which may take months to update.",
        [
            (
                I,
                [
                    "A flaw in a widely used open-source compression library could allow attackers "
                    "to take control of millions of servers"
                ],
                "maintainers",
            ),
            (
                D,
                ["It is the kind of code nobody looks at, because it has worked for twenty years"],
                "Ines Cardoso",
            ),
            (
                D,
                [
                    "The people who maintain these libraries are often unpaid. They fix things in "
                    "the evening after their real job.",
                    "If companies depend on this software, they have to start paying for it.",
                ],
                "Ines Cardoso",
            ),
        ],
    ),
    (  # 14 crewed flight delay: "…, the Aerospace Directorate announced" (cue after), partial
        # inside "told reporters that" by "Commander Name" (rank dropped), "she said" after
        "The first crewed flight of the Kestrel capsule has been postponed until at least "
        "February after engineers found cracks in a heat shield tile, the Aerospace Directorate "
        "announced on Monday. The capsule had been due to carry four astronauts to the orbital "
        "research station on December 14.\n\n"
        "Commander Yasmin Haddad, who will lead the four-person crew, told reporters that she was "
        '"disappointed but not surprised".\n\n'
        '"I would much rather wait on the ground than discover a problem at 25,000 kilometres an '
        'hour," she said.\n\n'
        "The cracks were spotted during a final inspection at the launch site and have been "
        "traced to a batch of tiles made by a subcontractor in Toulouse. All 42 tiles from that "
        "batch will be replaced. It is the third delay for the Kestrel programme, which is already "
        "two years behind schedule and about $1.4 billion over its original budget. The crew "
        "will continue training in the simulator in the meantime.",
        [
            (
                I,
                [
                    "The first crewed flight of the Kestrel capsule has been postponed until at "
                    "least February after engineers found cracks in a heat shield tile"
                ],
                "Aerospace Directorate",
            ),
            (P, ["disappointed but not surprised"], "Yasmin Haddad"),
            (
                D,
                [
                    "I would much rather wait on the ground than discover a problem at 25,000 "
                    "kilometres an hour"
                ],
                "Yasmin Haddad",
            ),
        ],
    ),
    (  # 15 deepfakes hearing: "Mr Surname told MPs that" (British title without a period),
        # one quote split by "she said," (two pieces), TV programme title in quotes not speech
        "The chief executive of social media company Brightloop, Oliver Chang-Mensah, faced three "
        "hours of questioning by parliament's science and technology committee on Wednesday over "
        "the spread of AI-generated deepfakes on the platform during last month's regional "
        "elections.\n\n"
        "Mr Chang-Mensah told MPs that the company had removed 1.4 million manipulated videos in "
        "the past six months, most of them before anyone had seen them.\n\n"
        "The committee's chair, Priya Kothari, was unimpressed. \"Removing them after they have "
        'been seen ten million times is not moderation," she said, "it is tidying up."\n\n'
        'Clips from the hearing were later shown on the late-night programme "The Feed", where '
        "a panel of technology journalists debated whether platforms should be legally liable for "
        "synthetic content. The committee is expected to publish its report on online election "
        "integrity in the spring. Brightloop has around 60 million monthly users, a third of them "
        "under 25, and has been fined twice before for failing to remove illegal content.",
        [
            (
                I,
                [
                    "the company had removed 1.4 million manipulated videos in the past six "
                    "months, most of them before anyone had seen them"
                ],
                "Oliver Chang-Mensah",
            ),
            (
                D,
                [
                    "Removing them after they have been seen ten million times is not moderation",
                    "it is tidying up.",
                ],
                "Priya Kothari",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout76.jsonl"),
        "heldout76",
        "h76",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
