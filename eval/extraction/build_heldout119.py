"""Source of the 119th held-out set: writes heldout119.jsonl (split "heldout119").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like science, technology and space news: launch failures and satellite constellations, a
lunar mission postponed, an astronaut's return, a debris collision in orbit, a Mars mission
abandoned, AI regulation (a hiring-algorithm bill, a frontier-model bill, fines and warnings to
chatbot firms), data breaches and a hospital ransomware attack, telecom outages and cut subsea
cables, medical trials (fibrosis antibody, Alzheimer's blood test, infant vaccine), physics
results (neutrino signal, fusion record), climate reports on glaciers and ocean heat, start-up
products (sleep headband, sodium-ion cell), antitrust cases and blocked mergers against tech
firms; with researchers, engineers, CEOs, regulators, agency spokespeople, ministers, consumer
groups, companies and agencies speaking as organisations and unnamed speakers quoted (in French
one press conference rendered with dialogue dashes); speakers are referred back to by surname,
pronoun, role or epithet ("la chercheuse", "la Bretonne", "the physicist", "the 34-year-old"),
and some statements are sourced with "selon X", "d'après X" or "according to X".
Measured once with 0.3.0, 0.34.0, 0.35.0 and 0.36.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout119.py
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
    (  # 1 launch failure: direct + "a déclaré le PDG d'Astrelle, Name", "Le dirigeant a
        # précisé qu'une" (role referring back), partial after "a fait part de sa" by "Son
        # opérateur, la société Name" (generic noun dropped)
        "Le lanceur Altaïr 3 de la société Astrelle a échoué mardi à placer en orbite le "
        "satellite d'observation Sentinelle-K, perdu environ huit minutes après le décollage "
        "depuis la base de Port-Lazare. Une anomalie de pression dans le deuxième étage aurait "
        "provoqué l'arrêt prématuré du moteur.\n\n"
        "«\u00a0C'est un coup dur pour nos équipes, mais nous comprendrons ce qui s'est "
        "passé\u00a0», a déclaré le PDG d'Astrelle, Laurent Mercadier-Haas, lors d'une "
        "conférence de presse. Le dirigeant a précisé qu'une commission d'enquête indépendante "
        "serait constituée d'ici à vendredi.\n\n"
        "Le satellite, d'une valeur de 240 millions d'euros, était assuré. Son opérateur, la "
        "société Géovista, a fait part de sa «\u00a0profonde déception\u00a0». Le prochain vol "
        "d'Altaïr 3 était prévu en février.",
        [
            (
                D,
                ["C'est un coup dur pour nos équipes, mais nous comprendrons ce qui s'est passé"],
                "Laurent Mercadier-Haas",
            ),
            (
                I,
                ["une commission d'enquête indépendante serait constituée d'ici à vendredi"],
                "Laurent Mercadier-Haas",
            ),
            (P, ["profonde déception"], "Géovista"),
        ],
    ),
    (  # 2 AI in hiring bill: a quote split by "a expliqué la ministre déléguée …, Name,"
        # (one quote two spans, final period kept), partial after "L'association de
        # consommateurs Name juge pourtant le texte" (generic noun dropped), "Son président,
        # Name, vise … : « … »" (direct after a colon, noun object not annotated)
        "Le gouvernement a présenté mercredi en Conseil des ministres son projet de loi "
        "encadrant l'usage de l'intelligence artificielle dans le recrutement. Le texte "
        "interdit notamment aux employeurs d'écarter une candidature sur la seule décision d'un "
        "algorithme.\n\n"
        "«\u00a0Une machine peut aider à trier, a expliqué la ministre déléguée au Numérique, "
        "Hélène Vasseur-Tran, mais elle ne doit jamais décider seule du sort d'un "
        "candidat.\u00a0»\n\n"
        "L'association de consommateurs Choix public juge pourtant le texte «\u00a0timide\u00a0». "
        "Son président, Arnaud Keller, vise en particulier le plafond des amendes, fixé à "
        "2\u00a0% du chiffre d'affaires\u00a0: «\u00a0Pour un géant du secteur, c'est une ligne "
        "comptable, pas une sanction.\u00a0»\n\n"
        "Le projet de loi sera examiné au Sénat en mars.",
        [
            (
                D,
                [
                    "Une machine peut aider à trier",
                    "mais elle ne doit jamais décider seule du sort d'un candidat.",
                ],
                "Hélène Vasseur-Tran",
            ),
            (P, ["timide"], "Choix public"),
            (
                D,
                ["Pour un géant du secteur, c'est une ligne comptable, pas une sanction."],
                "Arnaud Keller",
            ),
        ],
    ),
    (  # 3 telecom data breach, straight quotes: "…, d'après l'entreprise." (the part
        # before, generic noun for the named operator), direct + "a assuré son directeur de la
        # sécurité informatique, Name", "Pour l'avocate Name, qui …, "…"" (direct), an inquiry
        # announced (noun object, not annotated)
        "L'opérateur télécom Néolink a été la cible d'une cyberattaque d'ampleur, révélée lundi. "
        "Noms, adresses, numéros de téléphone et, pour une partie des 4,2 millions de clients "
        "concernés, coordonnées bancaires partielles ont été dérobés, d'après l'entreprise.\n\n"
        '"Aucun mot de passe n\'a été compromis", a assuré son directeur de la sécurité '
        "informatique, Karim Oudjani.\n\n"
        "La Commission nationale de l'informatique et des réseaux a annoncé l'ouverture d'une "
        "enquête. Pour l'avocate Sandrine Lefort-Abadie, qui représente une quarantaine de "
        'clients, "l\'entreprise savait depuis des mois que ses serveurs étaient vulnérables".',
        [
            (
                I,
                [
                    "Noms, adresses, numéros de téléphone et, pour une partie des 4,2 millions "
                    "de clients concernés, coordonnées bancaires partielles ont été dérobés"
                ],
                "Néolink",
            ),
            (D, ["Aucun mot de passe n'a été compromis"], "Karim Oudjani"),
            (
                D,
                ["l'entreprise savait depuis des mois que ses serveurs étaient vulnérables"],
                "Sandrine Lefort-Abadie",
            ),
        ],
    ),
    (  # 4 fibrosis antibody trial: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "souligne la pneumologue Name", "La chercheuse précise
        # que" (role referring back), "D'après le laboratoire Name, qui …, " (rest of the
        # sentence, generic noun dropped)
        "Un anticorps expérimental a ralenti de 38\u00a0% la progression d'une forme rare de "
        "fibrose pulmonaire chez 412 patients suivis pendant dix-huit mois par l'Institut de "
        "recherche biomédicale de Montferrand. Les résultats de l'essai ont été publiés jeudi "
        "dans la revue Clinical Pulmonology Letters.\n\n"
        "«\u00a0Nous ne parlons pas de guérison. Mais pour des malades à qui l'on n'avait rien à "
        "proposer, gagner du temps, c'est énorme.\n\n"
        "«\u00a0Il faudra maintenant confirmer ces résultats sur un plus grand nombre de "
        "patients\u00a0», souligne la pneumologue Claire Dumoulin-Ito, qui a coordonné "
        "l'essai.\n\n"
        "La chercheuse précise que des effets secondaires digestifs ont été observés chez un "
        "patient sur cinq. D'après le laboratoire Pharmelis, qui finance l'étude, un essai de "
        "phase 3 pourrait débuter à l'automne.",
        [
            (
                D,
                [
                    "Nous ne parlons pas de guérison. Mais pour des malades à qui l'on n'avait "
                    "rien à proposer, gagner du temps, c'est énorme.",
                    "Il faudra maintenant confirmer ces résultats sur un plus grand nombre de "
                    "patients",
                ],
                "Claire Dumoulin-Ito",
            ),
            (
                I,
                ["des effets secondaires digestifs ont été observés chez un patient sur cinq"],
                "Claire Dumoulin-Ito",
            ),
            (I, ["un essai de phase 3 pourrait débuter à l'automne"], "Pharmelis"),
        ],
    ),
    (  # 5 mobile network outage: partial after "l'opérateur a attribué l'incident à" (role
        # noun for the named operator), two-sentence direct + "a réagi le ministre de
        # l'Industrie, Name, qui a convoqué …", "une commerçante raconte avoir dû" (unnamed,
        # infinitive clause)
        "Une panne du réseau mobile d'Ondalis a privé de téléphone et d'internet près de onze "
        "millions d'abonnés pendant plus de neuf heures, jeudi, dans tout le sud du pays. Les "
        "numéros d'urgence sont restés injoignables dans plusieurs départements.\n\n"
        "Dans un communiqué publié dans la soirée, l'opérateur a attribué l'incident à "
        "«\u00a0une erreur lors d'une mise à jour logicielle\u00a0» sur un équipement "
        "central.\n\n"
        "«\u00a0C'est inacceptable. Quand on ne peut plus appeler le Samu, ce n'est plus une "
        "panne, c'est un problème de sécurité publique\u00a0», a réagi le ministre de "
        "l'Industrie, Paul-Henri Desjardins, qui a convoqué vendredi la direction d'Ondalis.\n\n"
        "À Montpellier, une commerçante raconte avoir dû fermer sa boutique tout l'après-midi, "
        "faute de pouvoir encaisser les cartes bancaires.",
        [
            (P, ["une erreur lors d'une mise à jour logicielle"], "Ondalis"),
            (
                D,
                [
                    "C'est inacceptable. Quand on ne peut plus appeler le Samu, ce n'est plus une "
                    "panne, c'est un problème de sécurité publique"
                ],
                "Paul-Henri Desjardins",
            ),
            (
                I,
                [
                    "avoir dû fermer sa boutique tout l'après-midi, faute de pouvoir encaisser "
                    "les cartes bancaires"
                ],
                "commerçante",
            ),
        ],
    ),
    (  # 6 competition fine on a search engine, curly quotes: direct + "a estimé la présidente
        # de l'Autorité, Name", "La société américaine a … fait part de son intention de"
        # (epithet, intention phrase), partial after "Un porte-parole de Name a qualifié la
        # sanction de" (unnamed spokesperson speaks for the company)
        "L'Autorité de la concurrence a infligé mardi une amende de 312 millions d'euros au "
        "moteur de recherche Quarrix pour avoir favorisé ses propres services de réservation "
        "hôtelière dans ses résultats. L'enquête avait été ouverte en 2023 après une plainte de "
        "plusieurs agences de voyage en ligne.\n\n"
        "“Pendant quatre ans, Quarrix a faussé le jeu en sa faveur, au détriment des "
        "consommateurs comme de ses concurrents”, a estimé la présidente de l'Autorité, "
        "Béatrice Lamarque-Nguyen.\n\n"
        "La société américaine a aussitôt fait part de son intention de saisir la cour d'appel "
        "de Paris. Un porte-parole de Quarrix a qualifié la sanction de “profondément "
        "erronée”.\n\n"
        "L'amende est la plus élevée jamais prononcée par l'Autorité contre une entreprise du "
        "numérique.",
        [
            (
                D,
                [
                    "Pendant quatre ans, Quarrix a faussé le jeu en sa faveur, au détriment des "
                    "consommateurs comme de ses concurrents"
                ],
                "Béatrice Lamarque-Nguyen",
            ),
            (I, ["saisir la cour d'appel de Paris"], "Quarrix"),
            (P, ["profondément erronée"], "Quarrix"),
        ],
    ),
    (  # 7 lunar mission postponed, dialogue dashes: a dash line attributed by the sentence
        # before it ("le directeur du programme, Name, s'est voulu franc … :"), a question line
        # + "a demandé une journaliste" (unnamed, mark kept), a dash line split by "a répondu
        # l'ingénieur," (epithet, one quote two spans), a postponement announced (noun object)
        "Le Centre national d'études orbitales (CNEO) a annoncé lundi le report de dix-huit mois "
        "de la mission Séléné-2, qui devait déposer un petit robot près du pôle Sud de la Lune "
        "en 2027. En cause, des fissures découvertes sur le bouclier thermique de l'atterrisseur "
        "lors d'essais au sol.\n\n"
        "Lors d'une conférence de presse à Toulouse, le directeur du programme, Julien Abensour, "
        "s'est voulu franc sur le coût de ce retard\u00a0:\n\n"
        "— Il se chiffrera en dizaines de millions d'euros, je ne vais pas vous mentir. Mais "
        "lancer un engin que nous savons défaillant coûterait bien plus cher.\n\n"
        "— Le calendrier de la future station lunaire est-il menacé\u00a0? a demandé une "
        "journaliste.\n\n"
        "— Non, a répondu l'ingénieur, les deux projets sont totalement indépendants.\n\n"
        "Le budget de la mission atteint désormais 1,1 milliard d'euros.",
        [
            (
                D,
                [
                    "Il se chiffrera en dizaines de millions d'euros, je ne vais pas vous mentir. "
                    "Mais lancer un engin que nous savons défaillant coûterait bien plus cher."
                ],
                "Julien Abensour",
            ),
            (
                D,
                ["Le calendrier de la future station lunaire est-il menacé\u00a0?"],
                "journaliste",
            ),
            (
                D,
                ["Non", "les deux projets sont totalement indépendants."],
                "Julien Abensour",
            ),
        ],
    ),
    (  # 8 Alpine glaciers report: "…, selon l'Observatoire Name, qui …" (the part before),
        # direct + "résume le glaciologue Name, coauteur du rapport", "Le scientifique estime
        # que" (epithet)
        "Les glaciers des Alpes ont perdu 4,1\u00a0% de leur volume en 2026, la deuxième plus "
        "forte baisse jamais mesurée, selon l'Observatoire alpin du climat, qui a publié mercredi "
        "son bilan annuel.\n\n"
        "«\u00a0Ce qui nous inquiète, ce n'est pas une année exceptionnelle, c'est que les années "
        "exceptionnelles deviennent la norme\u00a0», résume le glaciologue Matthieu Rochebrune, "
        "coauteur du rapport.\n\n"
        "Le scientifique estime que la moitié des glaciers français de moins d'un kilomètre "
        "carré auront disparu d'ici à 2040. En cause, un hiver pauvre en neige suivi de deux "
        "vagues de chaleur, en juin puis en août.\n\n"
        "Le gouvernement doit présenter en janvier un plan d'adaptation pour les stations de "
        "moyenne montagne.",
        [
            (
                I,
                [
                    "Les glaciers des Alpes ont perdu 4,1\u00a0% de leur volume en 2026, la "
                    "deuxième plus forte baisse jamais mesurée"
                ],
                "Observatoire alpin du climat",
            ),
            (
                D,
                [
                    "Ce qui nous inquiète, ce n'est pas une année exceptionnelle, c'est que les "
                    "années exceptionnelles deviennent la norme"
                ],
                "Matthieu Rochebrune",
            ),
            (
                I,
                [
                    "la moitié des glaciers français de moins d'un kilomètre carré auront disparu "
                    "d'ici à 2040"
                ],
                "Matthieu Rochebrune",
            ),
        ],
    ),
    (  # 9 sleep-apnoea headband start-up: two-sentence direct + "explique sa cofondatrice,
        # Name, 33 ans, …", "La trentenaire assure que" (epithet), "Selon lui, l'outil … mais
        # « … »" (pronoun for "Le pneumologue Name"; quoted words inside the "selon" clause,
        # only the partial)
        "La jeune pousse nantaise Somnéa a dévoilé mardi un bandeau connecté censé détecter les "
        "apnées du sommeil sans passer par une nuit à l'hôpital. L'appareil, vendu 249 euros, a "
        "obtenu en octobre son marquage médical européen.\n\n"
        "«\u00a0Aujourd'hui, il faut attendre huit mois pour un examen du sommeil. Nous voulons "
        "que le diagnostic commence à la maison\u00a0», explique sa cofondatrice, Léa "
        "Bouchard-Salmi, 33 ans, ingénieure passée par l'aéronautique. La trentenaire assure que "
        "l'algorithme a été validé sur 1\u00a0800 nuits d'enregistrement.\n\n"
        "Le pneumologue Vincent Arnaud-Leclerc, spécialiste du sommeil au CHU de Rivemont, se "
        "montre plus réservé. Selon lui, l'outil peut servir au dépistage mais «\u00a0ne "
        "remplacera pas un examen complet\u00a0».",
        [
            (
                D,
                [
                    "Aujourd'hui, il faut attendre huit mois pour un examen du sommeil. Nous "
                    "voulons que le diagnostic commence à la maison"
                ],
                "Léa Bouchard-Salmi",
            ),
            (
                I,
                ["l'algorithme a été validé sur 1\u00a0800 nuits d'enregistrement"],
                "Léa Bouchard-Salmi",
            ),
            (P, ["ne remplacera pas un examen complet"], "Vincent Arnaud-Leclerc"),
        ],
    ),
    (  # 10 neutrino signal: "Le Laboratoire Name a annoncé lundi avoir observé" (the lab as
        # an organisation, infinitive clause), a quote split by "a reconnu le porte-parole de
        # la collaboration, Name," (one quote two spans, final period kept), "Pour la
        # théoricienne Name, de …, « … »" (two-sentence direct)
        "Le Laboratoire souterrain de Valbrune a annoncé lundi avoir observé un signal "
        "compatible avec la désintégration double bêta sans neutrino du germanium 76. Ce "
        "phénomène n'a jamais été détecté\u00a0; s'il était confirmé, il prouverait que le "
        "neutrino est sa propre antiparticule.\n\n"
        "«\u00a0Nous avons un excès de sept événements là où nous en attendions moins de deux. "
        "C'est intrigant, a reconnu le porte-parole de la collaboration, Ruben Esteve-Marchal, "
        "mais ce n'est pas encore une découverte.\u00a0»\n\n"
        "La significativité statistique du signal atteint 3,4 sigmas, loin des 5 sigmas "
        "qu'exigent les physiciens pour parler de découverte.\n\n"
        "Pour la théoricienne Amandine Kessler-Roy, de l'université de Clairval, «\u00a0la "
        "prudence s'impose. Plusieurs signaux de ce genre se sont évanouis par le "
        "passé\u00a0».",
        [
            (
                I,
                [
                    "avoir observé un signal compatible avec la désintégration double bêta sans "
                    "neutrino du germanium 76"
                ],
                "Laboratoire souterrain de Valbrune",
            ),
            (
                D,
                [
                    "Nous avons un excès de sept événements là où nous en attendions moins de "
                    "deux. C'est intrigant",
                    "mais ce n'est pas encore une découverte.",
                ],
                "Ruben Esteve-Marchal",
            ),
            (
                D,
                [
                    "la prudence s'impose. Plusieurs signaux de ce genre se sont évanouis par le "
                    "passé"
                ],
                "Amandine Kessler-Roy",
            ),
        ],
    ),
    (  # 11 no quote: constellation launch, "a confirmé … la mise en service" (noun object,
        # not annotated), astronomers' worries (no speech verb)
        "La fusée Horizon Lourd de la société Kestrel Dynamics a placé jeudi 48 satellites de la "
        "constellation Maillnet en orbite basse, portant à 612 le nombre d'engins déployés par "
        "l'opérateur. Le lancement, depuis la base de Punta Serena, s'est déroulé sans "
        "incident.\n\n"
        "L'opérateur a confirmé dans la soirée la mise en service des premiers satellites. Le "
        "premier étage du lanceur, réutilisé pour la neuvième fois, s'est posé sur une barge en "
        "mer.\n\n"
        "Les astronomes s'inquiètent depuis plusieurs années de la luminosité de ces "
        "constellations, qui laissent des traînées sur les images des télescopes. Un atelier "
        "international consacré à ce sujet doit se tenir en février à Genève.",
        [],
    ),
    (  # 12 hospital ransomware: an unclosed quotation mark ended by "a lancé lundi matin le
        # directeur de l'hôpital, Name." then "Il a précisé qu'" (pronoun), "Le groupe de
        # pirates Name a revendiqué l'attaque … et affirme avoir dérobé" (noun object not
        # annotated; generic noun dropped, infinitive clause)
        "Le centre hospitalier de Saint-Aurèle fonctionne en mode dégradé depuis samedi, après "
        "une attaque par rançongiciel qui a paralysé son système informatique. Les urgences ont "
        "dû réorienter une partie des patients vers les établissements voisins.\n\n"
        "«\u00a0Nous sommes revenus au papier et au crayon, a lancé lundi matin le directeur de "
        "l'hôpital, Philippe Garrigues-Lenoir. Il a précisé qu'aucune rançon ne serait "
        "versée.\n\n"
        "Le groupe de pirates BlackVesper a revendiqué l'attaque sur son site et affirme avoir "
        "dérobé 80 gigaoctets de données, dont des dossiers médicaux. L'Agence nationale de "
        "cybersécurité, qui accompagne l'hôpital, n'a pas confirmé cette information.",
        [
            (D, ["Nous sommes revenus au papier et au crayon"], "Philippe Garrigues-Lenoir"),
            (I, ["aucune rançon ne serait versée"], "Philippe Garrigues-Lenoir"),
            (
                I,
                ["avoir dérobé 80 gigaoctets de données, dont des dossiers médicaux"],
                "BlackVesper",
            ),
        ],
    ),
    (  # 13 chatbot trained on users' chats: two-sentence direct + "a martelé la présidente
        # de la CCDP, Name", "a reconnu une erreur" (noun object) then "Selon lui, … mais était
        # « … »" (only the partial), partial after "Son avocat, Name, juge"
        "La Commission de contrôle des données personnelles (CCDP) a adressé jeudi un "
        "avertissement public à la start-up Parlœil, éditrice d'un assistant conversationnel "
        "utilisé par trois millions de Français, pour avoir entraîné ses modèles sur les "
        "conversations de ses utilisateurs sans leur consentement explicite.\n\n"
        "«\u00a0Les utilisateurs confient à ces outils leurs soucis de santé, leurs difficultés "
        "financières, leurs peines de cœur. Ils doivent savoir ce qu'il advient de ces "
        "confidences\u00a0», a martelé la présidente de la CCDP, Nathalie Ferreira-Boulanger.\n\n"
        "Le cofondateur de Parlœil, Adrien Machefert, a reconnu une erreur. Selon lui, l'option "
        "permettant de refuser cette utilisation existait depuis juin mais était «\u00a0sans "
        "doute trop discrète\u00a0».\n\n"
        "L'association Vie privée d'abord aurait voulu une amende. Son avocat, Thomas "
        "Guénolé-Vartan, juge «\u00a0incompréhensible\u00a0» que la commission se contente d'un "
        "simple avertissement.",
        [
            (
                D,
                [
                    "Les utilisateurs confient à ces outils leurs soucis de santé, leurs "
                    "difficultés financières, leurs peines de cœur. Ils doivent savoir ce qu'il "
                    "advient de ces confidences"
                ],
                "Nathalie Ferreira-Boulanger",
            ),
            (P, ["sans doute trop discrète"], "Adrien Machefert"),
            (P, ["incompréhensible"], "Thomas Guénolé-Vartan"),
        ],
    ),
    (  # 14 astronaut back on Earth, curly quotes: direct + "a plaisanté la Bretonne"
        # (epithet, "originaire de Quimperlé"), "D'après le médecin de vol de la mission, Name,"
        # (rest of the sentence), "Il a indiqué que" (pronoun)
        "L'astronaute Margaux Delaunay-Petit, originaire de Quimperlé, a regagné la Terre "
        "dimanche après 186 jours passés à bord de la Station orbitale internationale. Sa "
        "capsule s'est posée à 5\u00a0h\u00a012 au large des Açores, où l'attendait un navire de "
        "récupération.\n\n"
        "“Le plus dur, ce n'est pas de partir, c'est de réapprendre à marcher”, a plaisanté la "
        "Bretonne quelques heures plus tard, depuis le centre médical de l'agence.\n\n"
        "D'après le médecin de vol de la mission, Olivier Tchamba, elle a perdu environ "
        "7\u00a0% de sa masse osseuse au niveau des hanches, un chiffre conforme aux prévisions. "
        "Il a indiqué que sa rééducation durerait au moins six semaines.\n\n"
        "Pendant son séjour, l'ingénieure a mené plus de 200 expériences, dont une étude sur la "
        "croissance de cristaux de protéines en apesanteur.",
        [
            (
                D,
                ["Le plus dur, ce n'est pas de partir, c'est de réapprendre à marcher"],
                "Margaux Delaunay-Petit",
            ),
            (
                I,
                [
                    "elle a perdu environ 7\u00a0% de sa masse osseuse au niveau des hanches, un "
                    "chiffre conforme aux prévisions"
                ],
                "Olivier Tchamba",
            ),
            (I, ["sa rééducation durerait au moins six semaines"], "Olivier Tchamba"),
        ],
    ),
    (  # 15 telecom merger: two-sentence direct + "affirme Name, chargée … à l'association
        # Name", "promet … des investissements" (noun object) then a quote split by "a-t-il
        # assuré," (pronoun, one quote two spans), "Selon un haut fonctionnaire du ministère
        # …," (unnamed, rest of the sentence)
        "Le projet de rachat de l'opérateur Télécéa par son concurrent Fibréo, annoncé en juin "
        "pour 6,8 milliards d'euros, se heurte à l'hostilité des associations de consommateurs. "
        "La fusion ramènerait de quatre à trois le nombre d'opérateurs mobiles dans le pays.\n\n"
        "«\u00a0Chaque fois qu'un marché perd un acteur, les prix montent. Ce n'est pas une "
        "opinion, c'est ce qu'on a observé partout en Europe\u00a0», affirme Julie "
        "Marchetti-Ollier, chargée des questions numériques à l'association Consommateurs "
        "unis.\n\n"
        "Le PDG de Fibréo, Stéphane Aubrac-Ménard, promet au contraire des investissements "
        "massifs dans la fibre. «\u00a0Nous nous engagerons par écrit, a-t-il assuré, à ne pas "
        "augmenter nos forfaits pendant trois ans.\u00a0»\n\n"
        "Selon un haut fonctionnaire du ministère de l'Économie, le gouvernement ne s'opposera "
        "pas à l'opération si ces engagements sont jugés contraignants. L'Autorité de la "
        "concurrence doit rendre son avis au printemps.",
        [
            (
                D,
                [
                    "Chaque fois qu'un marché perd un acteur, les prix montent. Ce n'est pas une "
                    "opinion, c'est ce qu'on a observé partout en Europe"
                ],
                "Julie Marchetti-Ollier",
            ),
            (
                D,
                [
                    "Nous nous engagerons par écrit",
                    "à ne pas augmenter nos forfaits pendant trois ans.",
                ],
                "Stéphane Aubrac-Ménard",
            ),
            (
                I,
                [
                    "le gouvernement ne s'opposera pas à l'opération si ces engagements sont "
                    "jugés contraignants"
                ],
                "haut fonctionnaire",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rocket explodes after lift-off: two-sentence direct + "Vantor's chief executive,
        # Name, said in a video …", "She said the company would" (pronoun), an agency
        # overseeing the investigation (not speech)
        "A Vantor Aerospace rocket carrying a weather satellite for the National Oceanic Survey "
        "exploded about 70 seconds after lifting off from the Cape Halloran spaceport on "
        "Wednesday, scattering debris over the Atlantic.\n\n"
        '"We lost the vehicle and the payload. We are heartbroken for the team that built that '
        "satellite,\" Vantor's chief executive, Dana Whitfield-Cho, said in a video posted on "
        "social media. She said the company would not fly again until investigators had "
        "identified the cause.\n\n"
        "The Office of Commercial Spaceflight is overseeing the investigation. The $410 million "
        "satellite was meant to replace an ageing forecaster that has been operating beyond its "
        "design life since 2021.",
        [
            (
                D,
                [
                    "We lost the vehicle and the payload. We are heartbroken for the team that "
                    "built that satellite"
                ],
                "Dana Whitfield-Cho",
            ),
            (
                I,
                ["the company would not fly again until investigators had identified the cause"],
                "Dana Whitfield-Cho",
            ),
        ],
    ),
    (  # 2 state AI safety bill, curly quotes: two-sentence direct + "said state senator
        # Name, who …", "has not said whether" (not annotated), partial inside the reported
        # speech of "A spokeswoman for the governor said he would" (speaks for the governor),
        # a quote split by "he said," (one quote two spans, final period kept)
        "Lawmakers in the state of New Carlisle passed a bill on Thursday requiring developers "
        "of the most powerful artificial intelligence models to publish safety tests before "
        "releasing them, setting up a clash with some of the industry's biggest names.\n\n"
        "“Nobody is asking these companies to stop building. We are asking them to show their "
        "homework,” said state senator Marisol Quintero, who wrote the bill.\n\n"
        "Governor Patrick Devlin has not said whether he will sign it. A spokeswoman for the "
        "governor said he would “review the legislation carefully” over the coming weeks.\n\n"
        "The chief executive of the AI start-up Lumora, Kenji Albrecht, was unmoved. “If you "
        "make it harder to build here,” he said, “people will simply build somewhere else.”",
        [
            (
                D,
                [
                    "Nobody is asking these companies to stop building. We are asking them to "
                    "show their homework"
                ],
                "Marisol Quintero",
            ),
            (P, ["review the legislation carefully"], "Patrick Devlin"),
            (
                D,
                ["If you make it harder to build here", "people will simply build somewhere else."],
                "Kenji Albrecht",
            ),
        ],
    ),
    (  # 3 fitness app breach: "Fitness app maker Name said on Monday that" (generic noun
        # dropped), direct + "the company said in a statement" (generic noun for the named
        # firm), direct + "said Name, director of the campaign group Name"
        "Fitness app maker PulseTrack said on Monday that hackers had accessed the names, email "
        "addresses and workout location histories of about 9 million users. Passwords and "
        "payment details were stored separately and were not affected.\n\n"
        "\"We take the security of our members' data extremely seriously, and we are deeply "
        'sorry," the company said in a statement.\n\n'
        '"If you run the same route every morning, someone now knows where you live and when '
        'you leave the house," said Imogen Strand, director of the campaign group Digital '
        "Rights Watch.",
        [
            (
                I,
                [
                    "hackers had accessed the names, email addresses and workout location "
                    "histories of about 9 million users"
                ],
                "PulseTrack",
            ),
            (
                D,
                [
                    "We take the security of our members' data extremely seriously, and we are "
                    "deeply sorry"
                ],
                "PulseTrack",
            ),
            (
                D,
                [
                    "If you run the same route every morning, someone now knows where you live "
                    "and when you leave the house"
                ],
                "Imogen Strand",
            ),
        ],
    ),
    (  # 4 mobile network outage: partial after "what the carrier described as" (role noun
        # for the named operator), a quote continued over two paragraphs (one span each,
        # first one's period kept) + "he said" (pronoun for "Brightwave's chief executive,
        # Name"), direct + "said a mother in Tulsa, who …" (unnamed)
        "Millions of Brightwave Mobile customers were left without phone or data service for up "
        'to 14 hours on Tuesday after what the carrier described as "a failed configuration '
        'change" in its core network.\n\n'
        "Brightwave's chief executive, Aaron Mbeki-Lund, apologised on Wednesday morning. \"We "
        "let you down, and there is no excuse for it. Every affected customer will receive a "
        "full month's credit on their next bill.\n\n"
        '"We are also reviewing every step of how this change was approved, so that it cannot '
        'happen again," he said.\n\n'
        "The Federal Communications Board has opened an investigation, after emergency calls "
        "reportedly failed in at least six states.\n\n"
        '"My daughter had an asthma attack and I couldn\'t call anyone," said a mother in '
        "Tulsa, who asked not to be named.",
        [
            (P, ["a failed configuration change"], "Brightwave Mobile"),
            (
                D,
                [
                    "We let you down, and there is no excuse for it. Every affected customer will "
                    "receive a full month's credit on their next bill.",
                    "We are also reviewing every step of how this change was approved, so that "
                    "it cannot happen again",
                ],
                "Aaron Mbeki-Lund",
            ),
            (D, ["My daughter had an asthma attack and I couldn't call anyone"], "mother"),
        ],
    ),
    (  # 5 Alzheimer's blood test, curly quotes: two-sentence direct + "said Dr Name, the
        # … neurologist who led the study", partial inside the reported speech of "Professor
        # Name, a dementia specialist …, said the results were" (only the partial), direct +
        # "he said"
        "A simple blood test identified early Alzheimer's disease with 91% accuracy in a study "
        "of 2,300 patients at eleven clinics, published on Thursday in the Journal of Clinical "
        "Neurology Research.\n\n"
        "“For twenty years the only reliable tools have been an expensive brain scan or a lumbar "
        "puncture. This could change who gets diagnosed, and how early,” said Dr Farah "
        "Quraishi-Benton, the Holloway University neurologist who led the study.\n\n"
        "Not everyone is convinced. Professor Malcolm Aird, a dementia specialist who was not "
        "involved in the research, said the results were “genuinely promising”. Most of the "
        "participants, however, were white and over 65. “We need to know it works for everybody "
        "before we roll it out,” he said.",
        [
            (
                D,
                [
                    "For twenty years the only reliable tools have been an expensive brain scan "
                    "or a lumbar puncture. This could change who gets diagnosed, and how early"
                ],
                "Farah Quraishi-Benton",
            ),
            (P, ["genuinely promising"], "Malcolm Aird"),
            (
                D,
                ["We need to know it works for everybody before we roll it out"],
                "Malcolm Aird",
            ),
        ],
    ),
    (  # 6 antitrust suit against a cloud firm: direct + "Assistant Attorney General Name told
        # a news conference", "She said the government would" (pronoun), "did not respond to
        # requests for comment" (not speech)
        "The Justice Department and 22 states sued Corvana on Tuesday in a case centred on the "
        "cloud computing giant's practice of bundling its dominant database software with its "
        "cloud services.\n\n"
        '"Corvana built a moat, and then it charged everyone a toll to cross it," Assistant '
        "Attorney General Lydia Okonkwo-Hart told a news conference in Washington. She said the "
        "government would ask the court to force the company to sell its database division if "
        "necessary.\n\n"
        "Corvana did not respond to requests for comment. Its shares fell 6% in after-hours "
        "trading.",
        [
            (
                D,
                ["Corvana built a moat, and then it charged everyone a toll to cross it"],
                "Lydia Okonkwo-Hart",
            ),
            (
                I,
                [
                    "the government would ask the court to force the company to sell its "
                    "database division if necessary"
                ],
                "Lydia Okonkwo-Hart",
            ),
        ],
    ),
    (  # 7 Mars sample mission abandoned, curly quotes: direct + "Administrator Name said at a
        # briefing on Monday." then a second quotation opening a new sentence (two direct
        # quotes, both hers), partial after "Dr. Name, a geochemist …, called the decision"
        # (final period inside the marks kept)
        "The United Space Administration is abandoning its Mars sample retrieval mission, ending "
        "a 15-year effort to bring back to Earth the rocks collected by the Pathfinder II "
        "rover.\n\n"
        "“We cannot spend eleven billion dollars on one mission and still fly everything else "
        "our scientists need,” Administrator Joan Petrakis-Lowe said at a briefing on Monday. "
        "“This was the hardest decision I have made in this job.”\n\n"
        "The samples, sealed in 38 titanium tubes, will remain on the Martian surface for "
        "now.\n\n"
        "Planetary scientists reacted with dismay. Dr. Esteban Moravec, a geochemist at the "
        "Lakeshore Institute of Technology, called the decision “a historic mistake.”",
        [
            (
                D,
                [
                    "We cannot spend eleven billion dollars on one mission and still fly "
                    "everything else our scientists need"
                ],
                "Joan Petrakis-Lowe",
            ),
            (D, ["This was the hardest decision I have made in this job."], "Joan Petrakis-Lowe"),
            (P, ["a historic mistake."], "Esteban Moravec"),
        ],
    ),
    (  # 8 ocean heat report: "…, the Name said in its annual report on Wednesday." (the
        # clause before), two-sentence direct + "said Name, a climatologist at …", "The
        # climatologist said" (epithet, no "that")
        "Last year was the hottest on record for the world's oceans, with average sea surface "
        "temperatures 0.31C above the previous high set in 2024, the Global Climate Monitoring "
        "Network said in its annual report on Wednesday.\n\n"
        '"The oceans have absorbed about 90 percent of the excess heat we have trapped. They are '
        'now sending us the bill," said Ingrid Solheim-Barros, a climatologist at the University '
        "of Vestfold and one of the report's lead authors.\n\n"
        "The climatologist said marine heatwaves now lasted an average of 41 days longer than in "
        "the 1990s. Coral bleaching was recorded on reefs in 74 countries.",
        [
            (
                I,
                [
                    "Last year was the hottest on record for the world's oceans, with average sea "
                    "surface temperatures 0.31C above the previous high set in 2024"
                ],
                "Global Climate Monitoring Network",
            ),
            (
                D,
                [
                    "The oceans have absorbed about 90 percent of the excess heat we have "
                    "trapped. They are now sending us the bill"
                ],
                "Ingrid Solheim-Barros",
            ),
            (
                I,
                ["marine heatwaves now lasted an average of 41 days longer than in the 1990s"],
                "Ingrid Solheim-Barros",
            ),
        ],
    ),
    (  # 9 sodium-ion battery start-up: three-sentence direct + "said co-founder and chief
        # executive Name", "The 34-year-old said the company had" (epithet), "…, according to
        # Name." (the part before)
        "Voltaine, a battery start-up founded by two former university researchers, unveiled a "
        "sodium-ion cell on Tuesday designed for electric scooters and delivery bikes.\n\n"
        "\"Lithium isn't going away. But for small vehicles, it's overkill, and it's "
        'expensive," said co-founder and chief executive Priya Venkataraman-Holt. The '
        "34-year-old said the company had signed supply deals with two scooter makers in "
        "Southeast Asia.\n\n"
        "The cells store about 160 watt-hours per kilogram, roughly a third less than the "
        "lithium-ion cells in most electric cars, according to Voltaine.",
        [
            (
                D,
                [
                    "Lithium isn't going away. But for small vehicles, it's overkill, and it's "
                    "expensive"
                ],
                "Priya Venkataraman-Holt",
            ),
            (
                I,
                ["the company had signed supply deals with two scooter makers in Southeast Asia"],
                "Priya Venkataraman-Holt",
            ),
            (
                I,
                [
                    "The cells store about 160 watt-hours per kilogram, roughly a third less than "
                    "the lithium-ion cells in most electric cars"
                ],
                "Voltaine",
            ),
        ],
    ),
    (  # 10 fusion record: a quote split by "said the lab's director, Name," (one quote two
        # spans, final period kept), "The physicist cautioned that" (epithet), partial after
        # "Name, a plasma physicist at …, called the result"
        "The Meridian Fusion Laboratory's experimental reactor has sustained a plasma at more "
        "than 100 million degrees Celsius for 22 minutes, nearly twice as long as the previous "
        "record, set in 2025.\n\n"
        '"This is the first time anyone has held a plasma this hot for this long," said the '
        'lab\'s director, Hannah Oyelaran, "and we did it with magnets we built ourselves."\n\n'
        "The physicist cautioned that the reactor still consumed far more energy than it "
        "produced.\n\n"
        "James Treadwell, a plasma physicist at Corrigan University who was not involved in the "
        'work, called the result "an engineering milestone rather than a physics one".',
        [
            (
                D,
                [
                    "This is the first time anyone has held a plasma this hot for this long",
                    "and we did it with magnets we built ourselves.",
                ],
                "Hannah Oyelaran",
            ),
            (
                I,
                ["the reactor still consumed far more energy than it produced"],
                "Hannah Oyelaran",
            ),
            (P, ["an engineering milestone rather than a physics one"], "James Treadwell"),
        ],
    ),
    (  # 11 collision in orbit: "…, according to the tracking company Name." (the part
        # before, generic noun dropped), direct + "said the company's chief technology officer,
        # Name", "An official at …, who …, said" (unnamed, no "that")
        "A defunct weather satellite and a fragment of an old rocket stage collided about 780 "
        "kilometres above the Arctic on Saturday, creating a cloud of debris that could threaten "
        "other spacecraft for decades, according to the tracking company OrbitSense.\n\n"
        '"This is exactly the scenario we have been warning about for years," said the '
        "company's chief technology officer, Ravi Sandhu-Moreau.\n\n"
        "An official at the Space Traffic Coordination Office, who was not authorised to speak "
        "publicly, said none of the crewed stations was thought to be in immediate danger. The "
        "satellite, launched in 1998, had been switched off in 2013.",
        [
            (
                I,
                [
                    "A defunct weather satellite and a fragment of an old rocket stage collided "
                    "about 780 kilometres above the Arctic on Saturday, creating a cloud of "
                    "debris that could threaten other spacecraft for decades"
                ],
                "OrbitSense",
            ),
            (
                D,
                ["This is exactly the scenario we have been warning about for years"],
                "Ravi Sandhu-Moreau",
            ),
            (
                I,
                ["none of the crewed stations was thought to be in immediate danger"],
                "official",
            ),
        ],
    ),
    (  # 12 chatbot fined, curly quotes with a nested ‘ ’ (not a quote of its own): direct +
        # "said the authority's chief executive, Name", partial inside the reported speech of
        # "A Name spokesperson said the company had" (speaks for the company), "The technology
        # minister, Name, told Radio … that"
        "The Online Safety Authority fined the chatbot company Talkwise £18 million on Thursday "
        "after its investigators, posing as 14-year-olds, were repeatedly given advice on buying "
        "alcohol and vapes online.\n\n"
        "“Talkwise told parents its product was ‘safe by design’. Our investigation found that "
        "was simply not true,” said the authority's chief executive, Gemma Rowntree.\n\n"
        "A Talkwise spokesperson said the company had “already fixed the issues identified” and "
        "would not appeal.\n\n"
        "The technology minister, Alistair Kwame-Doyle, told Radio Five Counties that the "
        "government would consider making company directors personally liable for repeated "
        "breaches.",
        [
            (
                D,
                [
                    "Talkwise told parents its product was ‘safe by design’. Our investigation "
                    "found that was simply not true"
                ],
                "Gemma Rowntree",
            ),
            (P, ["already fixed the issues identified"], "Talkwise"),
            (
                I,
                [
                    "the government would consider making company directors personally liable "
                    "for repeated breaches"
                ],
                "Alistair Kwame-Doyle",
            ),
        ],
    ),
    (  # 13 infant vaccine: "…, the company said." (the clause before, generic noun for the
        # named drugmaker), direct + "said Dr Name, a paediatrician …" then a second quotation
        # opening a new sentence (two direct quotes, both hers), "recommended approval" (noun
        # object, not annotated)
        "European regulators on Wednesday recommended approval of the first vaccine against the "
        "respiratory virus RSV-B for children under two, after a trial showed it cut hospital "
        "admissions by 72%.\n\n"
        "The vaccine, made by the Danish drugmaker Holbeck Pharma, could be available in clinics "
        "by next winter, the company said.\n\n"
        "\"Every winter we see paediatric wards overflowing with babies who can't breathe "
        'properly," said Dr Anneke Vos, a paediatrician in Rotterdam who took part in the trial. '
        '"This could empty a lot of those beds."\n\n'
        "Holbeck Pharma has not disclosed the price.",
        [
            (
                I,
                [
                    "The vaccine, made by the Danish drugmaker Holbeck Pharma, could be available "
                    "in clinics by next winter"
                ],
                "Holbeck Pharma",
            ),
            (
                D,
                [
                    "Every winter we see paediatric wards overflowing with babies who can't breathe "
                    "properly"
                ],
                "Anneke Vos",
            ),
            (D, ["This could empty a lot of those beds."], "Anneke Vos"),
        ],
    ),
    (  # 14 subsea cables cut: "…, the country's telecoms regulator said." (unnamed, the
        # clause before), "…, according to Name, which operates both cables." (the part
        # before), direct + "the minister told reporters when asked …" (role referring back)
        "Internet traffic between the island nation of Port Amara and the mainland slowed to a "
        "crawl on Sunday after two undersea cables were severed within hours of each other, the "
        "country's telecoms regulator said.\n\n"
        "Banks and government websites are relying on a backup satellite link with about 5% of "
        "normal capacity until a repair ship reaches the site, according to SeaLink Consortium, "
        "which operates both cables.\n\n"
        "The digital affairs minister, Leilani Moana-Reyes, visited the regulator's offices on "
        'Monday. "We are not ruling anything out," the minister told reporters when asked '
        "whether the damage was deliberate.",
        [
            (
                I,
                [
                    "Internet traffic between the island nation of Port Amara and the mainland "
                    "slowed to a crawl on Sunday after two undersea cables were severed within "
                    "hours of each other"
                ],
                "telecoms regulator",
            ),
            (
                I,
                [
                    "Banks and government websites are relying on a backup satellite link with "
                    "about 5% of normal capacity until a repair ship reaches the site"
                ],
                "SeaLink Consortium",
            ),
            (D, ["We are not ruling anything out"], "Leilani Moana-Reyes"),
        ],
    ),
    (  # 15 takeover blocked, curly quotes: "…, saying the deal would" (participle speech
        # verb), a quote continued over two paragraphs (one span each, first one's period
        # kept) + "said Name, who chaired …", partial inside the reported speech of "Framely's
        # founder, Name, wrote on social media that" (only the partial)
        "The Competition and Markets Board blocked the $3.2 billion takeover of the "
        "design-software start-up Framely by the tech giant Astrion on Monday, saying the deal "
        "would remove Astrion's most dangerous young rival.\n\n"
        "“Framely was growing fast precisely because it offered something Astrion did not. "
        "Buying it would have been the easiest way to make that problem go away.\n\n"
        "“Customers would have paid for that in higher prices and fewer new features,” said "
        "Vikram Oduya-Lang, who chaired the inquiry panel.\n\n"
        "Astrion declined to comment. Framely's founder, Chloe Brandt, wrote on social media "
        "that the company would “keep building, on our own”.",
        [
            (
                I,
                ["the deal would remove Astrion's most dangerous young rival"],
                "Competition and Markets Board",
            ),
            (
                D,
                [
                    "Framely was growing fast precisely because it offered something Astrion did "
                    "not. Buying it would have been the easiest way to make that problem go away.",
                    "Customers would have paid for that in higher prices and fewer new features",
                ],
                "Vikram Oduya-Lang",
            ),
            (P, ["keep building, on our own"], "Chloe Brandt"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout119.jsonl"),
        "heldout119",
        "h119",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
