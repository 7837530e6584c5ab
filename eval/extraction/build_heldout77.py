"""Source of the seventy-seventh held-out set: writes heldout77.jsonl (split "heldout77").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like culture and arts news: film festivals, book prizes, theatre and music, museums and
restitution of artworks, public broadcasters and media, with artists, directors, juries,
ministers of culture, critics, performers' unions and audiences quoted.
Measured once with 0.3.0 and 0.27.1 on 2026-12-02, then read for extractor 0.28.0
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout77.py
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
    (  # 1 film festival prize: film titles in « » not speech, direct before "a déclaré la
        # présidente du jury, l'actrice croate Name" (apposition with role), incise "a-t-il dit"
        # splitting one quote (final period kept), pronoun "Il a ajouté qu'" (indirect)
        "Le réalisateur sénégalais Ousmane Ndiaye-Faye a remporté samedi soir la Vague d'or du "
        "41e Festival international du film de Port-Lazare pour «\u00a0Les Heures salées\u00a0», "
        "une chronique de pêcheurs de la Petite-Côte tournée avec des acteurs non "
        "professionnels. Le film, produit avec un budget de 900 000 euros, avait été refusé par "
        "deux commissions d'aide avant de trouver un coproducteur belge.\n\n"
        "«\u00a0Nous avons été bouleversés par la justesse de chaque regard. Ce film ne ressemble "
        "à rien de ce que nous avons vu cette année\u00a0», a déclaré la présidente du jury, "
        "l'actrice croate Mirela Kovačević, en remettant le trophée.\n\n"
        "Visiblement ému, le lauréat a dédié son prix aux habitants de Joal. «\u00a0Ils m'ont "
        "ouvert leurs maisons, a-t-il dit, sans jamais me demander ce que j'allais en "
        "faire.\u00a0» Il a ajouté qu'il reverserait une partie de la dotation, 50 000 euros, à "
        "une école de cinéma de Saint-Louis.\n\n"
        "Le prix de la mise en scène est revenu à la Coréenne Park Ji-won pour «\u00a0Neige "
        "tardive\u00a0», tandis que le prix d'interprétation a couronné le jeune Ilyes Zeroual.",
        [
            (
                D,
                [
                    "Nous avons été bouleversés par la justesse de chaque regard. Ce film ne "
                    "ressemble à rien de ce que nous avons vu cette année"
                ],
                "Mirela Kovačević",
            ),
            (
                D,
                [
                    "Ils m'ont ouvert leurs maisons",
                    "sans jamais me demander ce que j'allais en faire.",
                ],
                "Ousmane Ndiaye-Faye",
            ),
            (
                I,
                [
                    "il reverserait une partie de la dotation, 50 000 euros, à une école de cinéma "
                    "de Saint-Louis"
                ],
                "Ousmane Ndiaye-Faye",
            ),
        ],
    ),
    (  # 2 restitution of royal objects: "La ministre de la Culture, Name, a annoncé mardi que"
        # (indirect), a second official introduced by apposition who only "a salué
        # l'aboutissement" (noun object, not annotated), direct + "a insisté la ministre"
        # (role alone later)
        "La ministre de la Culture, Hélène Marchetti-Rouvier, a annoncé mardi que vingt-six "
        "objets royaux conservés au musée des Arts lointains de Vallemont seraient restitués au "
        "royaume d'Abomey-Nou avant l'été. Le projet de loi dérogeant au principe "
        "d'inaliénabilité des collections publiques doit être examiné au Sénat en janvier.\n\n"
        "Parmi ces pièces, saisies en 1892 lors d'une expédition militaire, figurent un trône "
        "sculpté, quatre statues anthropomorphes et deux portes de palais. Le directeur du musée, "
        "Karim Benhaddou, a salué l'aboutissement d'un travail d'inventaire mené depuis 2019 avec "
        "les conservateurs d'Abomey-Nou.\n\n"
        "«\u00a0Il ne s'agit pas d'un geste de repentance mais d'un acte de justice\u00a0», a "
        "insisté la ministre devant la presse, aux côtés de son homologue d'Abomey-Nou, venu "
        "spécialement à Paris pour l'occasion.\n\n"
        "Plus de trois mille objets venus de la région restent conservés dans les musées "
        "français, dont près de la moitié n'ont jamais été exposés.",
        [
            (
                I,
                [
                    "vingt-six objets royaux conservés au musée des Arts lointains de Vallemont "
                    "seraient restitués au royaume d'Abomey-Nou avant l'été"
                ],
                "Hélène Marchetti-Rouvier",
            ),
            (
                D,
                ["Il ne s'agit pas d'un geste de repentance mais d'un acte de justice"],
                "Hélène Marchetti-Rouvier",
            ),
        ],
    ),
    (  # 3 public radio strike: "rumeurs selon lesquelles" (not a source), union partial with
        # acronym, "réclame un moratoire" (noun object, not annotated), two dialogue-dash lines
        # with the speaker after ("a lancé Name, délégué", "a répondu Name, le directeur")
        "Les antennes de la Radiodiffusion nationale (RDN) ont diffusé jeudi de la musique en "
        "continu à la place des journaux du matin, à l'appel de l'intersyndicale qui conteste le "
        "projet de fusion avec la télévision publique. Le texte, qui doit être présenté au "
        "Parlement le mois prochain, nourrit depuis des semaines des rumeurs selon lesquelles "
        "quatre stations locales pourraient fermer.\n\n"
        "Le Syndicat national des journalistes de l'audiovisuel (SNJA) dénonce une réforme "
        "«\u00a0menée à la hussarde\u00a0» et réclame un moratoire d'un an. La grève est "
        "reconductible jusqu'à dimanche.\n\n"
        "Devant la Maison de la radio, l'assemblée générale a tourné au dialogue de sourds entre "
        "les grévistes et le directeur des antennes, venu s'expliquer\u00a0:\n\n"
        "— Vous nous demandez d'écrire notre propre avis de décès, a lancé Julien "
        "Moreau-Tchakarov, délégué du SNJA.\n\n"
        "— Personne ne fermera de station sans concertation, a répondu Frédéric Al-Amine, le "
        "directeur des antennes, sous les sifflets d'une partie de la salle.",
        [
            (P, ["menée à la hussarde"], "Syndicat national des journalistes de l'audiovisuel"),
            (
                D,
                ["Vous nous demandez d'écrire notre propre avis de décès"],
                "Julien Moreau-Tchakarov",
            ),
            (D, ["Personne ne fermera de station sans concertation"], "Frédéric Al-Amine"),
        ],
    ),
    (  # 4 literary prize + interview: "Le jury a salué la précision" (noun object, not
        # annotated), indirect "Son éditrice, Name, a indiqué que", then question-and-answer
        # passage: unquoted questions, answers in « » with no attribution (the laureate)
        "La romancière franco-algérienne Leïla Benslimane a reçu mercredi le prix Méridien pour "
        "«\u00a0La Maison aux volets bleus\u00a0», au quatrième tour de scrutin, par six voix "
        "contre quatre à Gaspard Veyrac. Le jury a salué la précision de sa langue et la lenteur "
        "assumée de son récit. Son éditrice, Margaux Deschênes-Valois, a indiqué que le tirage "
        "serait porté à 300 000 exemplaires. Au lendemain de sa victoire, l'autrice a répondu à "
        "nos questions.\n\n"
        "Vous attendiez-vous à ce prix\u00a0?\n\n"
        "«\u00a0Pas du tout. J'étais dans un train pour Marseille quand mon éditrice m'a appelée, "
        "et j'ai cru à une blague.\u00a0»\n\n"
        "Votre roman parle beaucoup de votre grand-mère. Est-ce un livre sur l'exil\u00a0?\n\n"
        "«\u00a0C'est un livre sur ce qu'on ne dit pas, sur les silences qui se transmettent "
        "d'une génération à l'autre. L'exil n'en est que le décor.\u00a0»\n\n"
        "Le prix Méridien, doté symboliquement de dix euros, fait en moyenne vendre plus de "
        "200 000 exemplaires à son lauréat.",
        [
            (
                I,
                ["le tirage serait porté à 300 000 exemplaires"],
                "Margaux Deschênes-Valois",
            ),
            (
                D,
                [
                    "Pas du tout. J'étais dans un train pour Marseille quand mon éditrice m'a "
                    "appelée, et j'ai cru à une blague."
                ],
                "Leïla Benslimane",
            ),
            (
                D,
                [
                    "C'est un livre sur ce qu'on ne dit pas, sur les silences qui se transmettent "
                    "d'une génération à l'autre. L'exil n'en est que le décor."
                ],
                "Leïla Benslimane",
            ),
        ],
    ),
    (  # 5 theatre cancellation: play title in « », "a-t-il expliqué" (pronoun), two stage
        # directors, the second before a colon with final period kept, "a regretté cette
        # décision" (noun object), "la directrice a assuré que « … »" (role alone, partial only)
        "Le metteur en scène belge Pieter Van den Broeck renonce à monter sa version de "
        "«\u00a0Bérénice\u00a0» au Théâtre de la Citadelle, à Grenelle-sur-Loire, après "
        "l'annulation de trois représentations pour des raisons de sécurité. Sa mise en scène, "
        "qui transposait la tragédie de Racine dans un centre de rétention, avait suscité "
        "plusieurs rassemblements hostiles devant le théâtre.\n\n"
        "«\u00a0On ne peut pas jouer Racine entouré de vigiles. Le théâtre doit rester un lieu "
        "d'hospitalité, pas une forteresse\u00a0», a-t-il expliqué lundi dans un communiqué.\n\n"
        "La directrice du Théâtre de la Citadelle, Sophie Lambert-Nakamura, a regretté cette "
        "décision. Le metteur en scène Rachid Bellakhdar, qui doit présenter sa propre création "
        "en mars sur la même scène, s'est montré plus sévère\u00a0: «\u00a0Chaque fois qu'un "
        "spectacle recule, la censure avance d'un pas.\u00a0»\n\n"
        "Interrogée sur une éventuelle reprise la saison prochaine, la directrice a assuré que "
        "«\u00a0la porte reste ouverte\u00a0», sans avancer de date.",
        [
            (
                D,
                [
                    "On ne peut pas jouer Racine entouré de vigiles. Le théâtre doit rester un "
                    "lieu d'hospitalité, pas une forteresse"
                ],
                "Pieter Van den Broeck",
            ),
            (
                D,
                ["Chaque fois qu'un spectacle recule, la censure avance d'un pas."],
                "Rachid Bellakhdar",
            ),
            (P, ["la porte reste ouverte"], "Sophie Lambert-Nakamura"),
        ],
    ),
    (  # 6 museum strike: « » without inner spaces, "explique Name, agente ... et déléguée du
        # syndicat X", "réclame la création" (noun object), "Le musée a fait savoir que"
        # (generic noun for the museum), unnamed "un visiteur" in an incise splitting one quote
        "Le musée national des Beaux-Arts de Valcourt est resté fermé dimanche, en pleine "
        "exposition consacrée au peintre flamand Joos Verhaeghe, en raison d'une grève des "
        "agents d'accueil et de surveillance. Quelque 4 000 visiteurs munis de billets ont été "
        "refoulés.\n\n"
        "«Nous sommes vingt-deux pour surveiller quarante salles. Ce n'est plus tenable», "
        "explique Nadia Haddad-Morel, agente de surveillance depuis quinze ans et déléguée du "
        "syndicat Sud-Patrimoine. Le syndicat réclame la création de douze postes.\n\n"
        "Le musée a fait savoir que des discussions reprendraient mardi avec les représentants "
        "du personnel. L'exposition, qui a déjà attiré 180 000 visiteurs, doit fermer le 12 "
        "janvier.\n\n"
        "Devant les grilles, la colère le disputait à la résignation. «\u00a0On est venus de "
        "Lille exprès, a soupiré un visiteur, et personne ne nous a prévenus.\u00a0»",
        [
            (
                D,
                ["Nous sommes vingt-deux pour surveiller quarante salles. Ce n'est plus tenable"],
                "Nadia Haddad-Morel",
            ),
            (
                I,
                ["des discussions reprendraient mardi avec les représentants du personnel"],
                "musée national des Beaux-Arts de Valcourt",
            ),
            (
                D,
                ["On est venus de Lille exprès", "et personne ne nous a prévenus."],
                "visiteur",
            ),
        ],
    ),
    (  # 7 music festival cancelled: "a annoncé l'annulation" (noun object, not annotated),
        # a quote over two paragraphs (first left open, second reopened) with "a-t-il
        # poursuivi", regional vice-president's partial "a défendu des « … »"
        "Le festival de musiques du monde Les Escales de Saint-Aubin n'aura pas lieu l'été "
        "prochain. Son directeur, Malik Traoré, a annoncé jeudi l'annulation de la 19e édition, "
        "après la suppression de la subvention de la région, soit 420 000 euros sur un budget de "
        "1,6 million.\n\n"
        "«\u00a0Nous avons appris la nouvelle par un courrier de trois lignes, sans le moindre "
        "rendez-vous. Vingt ans de travail balayés par une ligne budgétaire.\n\n"
        "«\u00a0Ce sont les artistes, les bénévoles, les commerçants du bourg qui vont "
        "payer\u00a0», a-t-il poursuivi devant une centaine de festivaliers réunis sur la place "
        "de la mairie.\n\n"
        "La vice-présidente de la région chargée de la culture, Agnès Delmas-Okafor, a défendu "
        "des «\u00a0choix difficiles mais assumés\u00a0» dans un budget culturel en baisse de "
        "12 %. Une pétition de soutien au festival a recueilli 15 000 signatures en deux jours.",
        [
            (
                D,
                [
                    "Nous avons appris la nouvelle par un courrier de trois lignes, sans le "
                    "moindre rendez-vous. Vingt ans de travail balayés par une ligne budgétaire.",
                    "Ce sont les artistes, les bénévoles, les commerçants du bourg qui vont payer",
                ],
                "Malik Traoré",
            ),
            (P, ["choix difficiles mais assumés"], "Agnès Delmas-Okafor"),
        ],
    ),
    (  # 8 public television head appointed: « » with plain spaces, "a-t-elle déclaré"
        # (pronoun after a paragraph naming two women), partial inside "Elle a ajouté qu'"
        # (only the partial), "D'après l'ARM," (acronym of an organisation named earlier)
        "L'Autorité de régulation des médias (ARM) a désigné mardi Samia Oukacha-Bernard à la "
        "présidence de France Horizons, le groupe de télévision publique, pour un mandat de cinq "
        "ans. Âgée de 52 ans, l'ancienne directrice de l'information de la chaîne régionale "
        "Télé-Armor succède à Bernard Lecoq, dont le mandat n'a pas été renouvelé.\n\n"
        "« Le service public n'a pas à courir après les audiences des plateformes. Il doit rester "
        "le lieu où le pays se parle », a-t-elle déclaré à sa sortie de l'audition. Elle a ajouté "
        "qu'elle présenterait un projet stratégique « dans les cent jours ».\n\n"
        "D'après l'ARM, sa candidature l'a emporté par cinq voix contre deux face à celle du "
        "producteur norvégien Henrik Solberg. Les syndicats de l'entreprise attendent désormais "
        "un calendrier de négociations sur l'emploi.",
        [
            (
                D,
                [
                    "Le service public n'a pas à courir après les audiences des plateformes. Il "
                    "doit rester le lieu où le pays se parle"
                ],
                "Samia Oukacha-Bernard",
            ),
            (P, ["dans les cent jours"], "Samia Oukacha-Bernard"),
            (
                I,
                [
                    "sa candidature l'a emporté par cinq voix contre deux face à celle du "
                    "producteur norvégien Henrik Solberg"
                ],
                "Autorité de régulation des médias",
            ),
        ],
    ),
    (  # 9 cinema attendance: "Selon les chiffres de la billetterie" and "selon laquelle"
        # (not sources), federation partial, "Son président, Name, a averti que" (indirect),
        # direct question with "?" inside the marks and "interroge M. Surname" after
        "Selon les chiffres de la billetterie publiés lundi, la fréquentation des salles de "
        "cinéma a reculé de 8 % en novembre par rapport à l'an dernier, malgré la sortie de deux "
        "grosses productions américaines. Une étude récente, selon laquelle un spectateur sur "
        "trois ne va plus au cinéma qu'une fois par an, avait déjà alimenté les inquiétudes.\n\n"
        "La Fédération des exploitants indépendants (FEI) s'alarme d'une «\u00a0désaffection "
        "durable\u00a0» du jeune public. Son président, Gérard Nkemelu, a averti que plusieurs "
        "dizaines de salles de village pourraient fermer d'ici à 2028.\n\n"
        "«\u00a0Un film qui sort le mercredi est sur une plateforme six semaines plus tard. "
        "Pourquoi voulez-vous que les gens se déplacent\u00a0?\u00a0» interroge M. Nkemelu.\n\n"
        "La fédération doit être reçue au ministère de la Culture le 15 décembre, avec les "
        "représentants des distributeurs.",
        [
            (P, ["désaffection durable"], "Fédération des exploitants indépendants"),
            (
                I,
                ["plusieurs dizaines de salles de village pourraient fermer d'ici à 2028"],
                "Gérard Nkemelu",
            ),
            (
                D,
                [
                    "Un film qui sort le mercredi est sur une plateforme six semaines plus tard. "
                    "Pourquoi voulez-vous que les gens se déplacent\u00a0?"
                ],
                "Gérard Nkemelu",
            ),
        ],
    ),
    (  # 10 opera season cut: « » without inner spaces, direct after a colon (final period
        # kept), opera title «Tosca» not speech, "celle-ci" + "dit-elle" (pronoun), "Le
        # directeur général assure que «…»" (role alone, partial), "a demandé une réunion"
        "L'Opéra de Lorvance a dévoilé mercredi une saison 2027 réduite à six productions, "
        "contre neuf cette année. Son directeur général, Vincent Aubertin-Kaya, a justifié ces "
        "coupes par la hausse des cachets et de l'énergie\u00a0: «Chaque soir de représentation "
        "nous coûte 40 % de plus qu'en 2021.»\n\n"
        "Parmi les productions sacrifiées figure une nouvelle «Tosca» confiée à la cheffe "
        "d'orchestre japonaise Yuki Tanabe-Rossi. Jointe par téléphone, celle-ci ne cache pas sa "
        "déception. «On m'a prévenue par un courriel de deux phrases, après deux ans de "
        "préparation», dit-elle.\n\n"
        "Le directeur général assure de son côté que l'artiste «sera dédommagée selon les termes "
        "du contrat». Les abonnés ont été informés par lettre, et leur association a demandé une "
        "réunion publique avant la fin de l'année.",
        [
            (
                D,
                ["Chaque soir de représentation nous coûte 40 % de plus qu'en 2021."],
                "Vincent Aubertin-Kaya",
            ),
            (
                D,
                ["On m'a prévenue par un courriel de deux phrases, après deux ans de préparation"],
                "Yuki Tanabe-Rossi",
            ),
            (P, ["sera dédommagée selon les termes du contrat"], "Vincent Aubertin-Kaya"),
        ],
    ),
    (  # 11 book fair boycott: "Le collectif X, qui réunit…, a annoncé que" (generic noun
        # dropped), direct + "résume l'écrivaine Name", "a regretté ce boycott" (noun object),
        # "Selon lui," (pronoun, indirect), "a appelé … au dialogue" (not annotated)
        "Le collectif Plumes libres, qui réunit une trentaine d'auteurs, a annoncé que ses "
        "membres boycotteraient le Salon du livre de Mervent, prévu en février, pour protester "
        "contre l'arrivée d'un nouveau sponsor, le groupe pétrolier Vektra.\n\n"
        "«\u00a0On ne peut pas écrire sur l'effondrement du vivant le matin et dédicacer sous le "
        "logo d'une major pétrolière l'après-midi\u00a0», résume l'écrivaine Claire-Anne "
        "Dubreuil, lauréate du prix des lecteurs l'an dernier.\n\n"
        "Le commissaire général du Salon, Bastien Lefort-Ibáñez, a regretté ce boycott. Selon "
        "lui, le partenariat ne représente que 5 % du budget de la manifestation et permet de "
        "maintenir l'entrée gratuite pour les scolaires.\n\n"
        "Le Syndicat national de l'édition indépendante a appelé les deux parties au dialogue. "
        "L'an dernier, le Salon avait accueilli 92 000 visiteurs et près de 400 auteurs.",
        [
            (
                I,
                [
                    "ses membres boycotteraient le Salon du livre de Mervent, prévu en février, "
                    "pour protester contre l'arrivée d'un nouveau sponsor, le groupe pétrolier "
                    "Vektra"
                ],
                "Plumes libres",
            ),
            (
                D,
                [
                    "On ne peut pas écrire sur l'effondrement du vivant le matin et dédicacer "
                    "sous le logo d'une major pétrolière l'après-midi"
                ],
                "Claire-Anne Dubreuil",
            ),
            (
                I,
                [
                    "le partenariat ne représente que 5 % du budget de la manifestation et permet "
                    "de maintenir l'entrée gratuite pour les scolaires"
                ],
                "Bastien Lefort-Ibáñez",
            ),
        ],
    ),
    (  # 12 jury resignation: "Elle reproche à X, Name, d'avoir voulu « … »" (partial, pronoun),
        # press-conference exchange in dialogue-dash lines: a question by an unnamed journalist
        # ("?" kept) and the answer, then "a indiqué que" (indirect, jury president)
        "Coup de théâtre au Festival du film de Castelrosso\u00a0: l'actrice marocaine Salma "
        "Bennani a quitté jeudi le jury de la compétition officielle, à trois jours du palmarès. "
        "Elle reproche au délégué général du festival, Armand Deville, d'avoir voulu "
        "«\u00a0orienter les délibérations\u00a0» en faveur d'un film coproduit par l'un des "
        "mécènes de la manifestation.\n\n"
        "Lors de la conférence de presse convoquée en urgence vendredi matin, l'échange a été "
        "tendu\u00a0:\n\n"
        "— Avez-vous, oui ou non, fait pression sur le jury\u00a0? a demandé une journaliste.\n\n"
        "— Jamais. Je n'ai pas assisté à une seule délibération, et je n'ai parlé à aucun juré "
        "depuis l'ouverture, a répondu Armand Deville.\n\n"
        "Le président du jury, le cinéaste argentin Tomás Echeverría, a indiqué que les "
        "délibérations se poursuivraient avec les huit membres restants.",
        [
            (P, ["orienter les délibérations"], "Salma Bennani"),
            (D, ["Avez-vous, oui ou non, fait pression sur le jury\u00a0?"], "journaliste"),
            (
                D,
                [
                    "Jamais. Je n'ai pas assisté à une seule délibération, et je n'ai parlé à "
                    "aucun juré depuis l'ouverture"
                ],
                "Armand Deville",
            ),
            (
                I,
                ["les délibérations se poursuivraient avec les huit membres restants"],
                "Tomás Echeverría",
            ),
        ],
    ),
    (  # 13 rap concert ban: nickname «K-Lion» not speech, "Le maire, Name, avait invoqué des
        # « … »" (partial), "a-t-il réagi" (pronoun), "n'a pas souhaité s'exprimer" (nothing),
        # resident "affirme l'un d'eux, Name, qui préside …"
        "Le tribunal administratif de Villeneuve-sur-Orbe a suspendu vendredi l'arrêté du maire "
        "interdisant le concert du rappeur Kemal Aydın, alias «\u00a0K-Lion\u00a0», prévu samedi "
        "au parc des expositions.\n\n"
        "Le maire, Jean-Pierre Castagnet, avait invoqué des «\u00a0risques de troubles à l'ordre "
        "public\u00a0» liés aux paroles de certains morceaux. «\u00a0Je prends acte de la "
        "décision, mais je maintiens que ce concert n'a pas sa place dans notre ville\u00a0», "
        "a-t-il réagi vendredi soir. L'avocate de l'artiste, Fatoumata Keïta, n'a pas souhaité "
        "s'exprimer.\n\n"
        "Les riverains du parc, eux, restent inquiets. «\u00a0La dernière fois, on a retrouvé des "
        "bouteilles cassées jusque dans nos jardins\u00a0», affirme l'un d'eux, Gilles Marchal, "
        "qui préside l'association de quartier des Tilleuls.\n\n"
        "Quelque 6 000 billets ont été vendus pour ce concert, le seul de l'artiste dans la "
        "région cette année.",
        [
            (P, ["risques de troubles à l'ordre public"], "Jean-Pierre Castagnet"),
            (
                D,
                [
                    "Je prends acte de la décision, mais je maintiens que ce concert n'a pas sa "
                    "place dans notre ville"
                ],
                "Jean-Pierre Castagnet",
            ),
            (
                D,
                ["La dernière fois, on a retrouvé des bouteilles cassées jusque dans nos jardins"],
                "Gilles Marchal",
            ),
        ],
    ),
    (  # 14 looted painting returned: painting title in « », "a confié, la voix nouée, Name,
        # petite-fille de …" (inversion with an inserted phrase), long incise with the role and
        # name splitting one quote, "…, selon l'avocat de la famille, Name." (the part before)
        "Un tableau du peintre impressionniste Armand Delorme, spolié en 1942 à une famille de "
        "marchands d'art parisiens, a été restitué lundi à ses ayants droit lors d'une cérémonie "
        "au ministère de la Culture. La toile, «\u00a0Le Pont de Chatou sous la neige\u00a0», "
        "avait réapparu en 2023 dans une vente aux enchères à Genève.\n\n"
        "«\u00a0Ma grand-mère a passé sa vie à chercher ce tableau. Elle n'aura pas vu ce jour, "
        "mais nous le lui devions\u00a0», a confié, la voix nouée, Rachel Lévy-Hartmann, "
        "petite-fille du collectionneur Samuel Lévy.\n\n"
        "Plus de 100 000 œuvres ont été pillées en France sous l'Occupation, et plusieurs "
        "milliers n'ont jamais été retrouvées. «\u00a0Chaque restitution est une victoire, a "
        "souligné la présidente de la Commission pour l'indemnisation des victimes de "
        "spoliations, Marie-Thérèse Okonkwo, mais aussi le rappel de tout ce qui manque "
        "encore.\u00a0»\n\n"
        "Le détenteur suisse de la toile, qui l'avait acquise de bonne foi, a accepté de la "
        "rendre sans contrepartie, selon l'avocat de la famille, Olivier Strauss-Ndong.",
        [
            (
                D,
                [
                    "Ma grand-mère a passé sa vie à chercher ce tableau. Elle n'aura pas vu ce "
                    "jour, mais nous le lui devions"
                ],
                "Rachel Lévy-Hartmann",
            ),
            (
                D,
                [
                    "Chaque restitution est une victoire",
                    "mais aussi le rappel de tout ce qui manque encore.",
                ],
                "Marie-Thérèse Okonkwo",
            ),
            (
                I,
                [
                    "Le détenteur suisse de la toile, qui l'avait acquise de bonne foi, a accepté "
                    "de la rendre sans contrepartie"
                ],
                "Olivier Strauss-Ndong",
            ),
        ],
    ),
    (  # 15 radio host suspended: unnamed spokesperson "Un porte-parole de la station"
        # (→ the station), "l'intéressé" before a colon (final period kept), "Il a dénoncé le
        # « … »" (partial), federation "a jugé la sanction insuffisante et réclame des excuses"
        # (no clause, not annotated)
        "L'animateur vedette de Radio Cœur, Didier Hamoudi, a été suspendu pour deux semaines "
        "après des propos jugés insultants envers les agriculteurs, tenus mercredi matin à "
        "l'antenne. Un porte-parole de la station a indiqué que la décision avait été prise d'un "
        "commun accord avec l'animateur.\n\n"
        "Dans une vidéo publiée jeudi sur les réseaux sociaux, l'intéressé a présenté ses "
        "excuses\u00a0: «\u00a0J'ai dit une bêtise, une vraie. Je la regrette sincèrement et je "
        "la regretterai longtemps.\u00a0» Il a toutefois dénoncé le «\u00a0tribunal "
        "médiatique\u00a0» qui s'est abattu sur sa famille.\n\n"
        "La Fédération nationale des jeunes agriculteurs a jugé la sanction insuffisante et "
        "réclame des excuses publiques de la direction. L'émission, diffusée chaque matin de 6 "
        "heures à 9 heures, réunit 1,3 million d'auditeurs.",
        [
            (
                I,
                ["la décision avait été prise d'un commun accord avec l'animateur"],
                "Radio Cœur",
            ),
            (
                D,
                [
                    "J'ai dit une bêtise, une vraie. Je la regrette sincèrement et je la "
                    "regretterai longtemps."
                ],
                "Didier Hamoudi",
            ),
            (P, ["tribunal médiatique"], "Didier Hamoudi"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 festival audience award: film title opening the text (not speech), "said Surname"
        # after, unattributed follow-up after a full stop (second direct), "told reporters
        # that", "according to figures compiled by" (not a source)
        "“Marrow Street,” the debut feature of the British-Nigerian director Adaeze "
        "Okafor-Lynch, won the audience award at the Halden International Film Festival on "
        "Sunday, ahead of two studio productions backed by far larger marketing budgets. The film "
        "follows three sisters running a hair salon in south London during a heatwave.\n\n"
        "“I made this film with my cousins, my neighbours and a borrowed camera,” said "
        "Okafor-Lynch, who collected the prize wearing a borrowed suit. “If it can win here, "
        "anyone's story can.”\n\n"
        "The festival's artistic director, Tobias Wren, told reporters that attendance had risen "
        "by 14 percent this year, with more than 210,000 tickets sold across eleven days.\n\n"
        "The award has often foreshadowed success at the Oscars: four of the last ten winners "
        "went on to earn a best picture nomination, according to figures compiled by the trade "
        "magazine Reel Ledger.",
        [
            (
                D,
                ["I made this film with my cousins, my neighbours and a borrowed camera"],
                "Adaeze Okafor-Lynch",
            ),
            (D, ["If it can win here, anyone's story can."], "Adaeze Okafor-Lynch"),
            (
                I,
                [
                    "attendance had risen by 14 percent this year, with more than 210,000 "
                    "tickets sold across eleven days"
                ],
                "Tobias Wren",
            ),
        ],
    ),
    (  # 2 fiction prize: book title in “ ”, "A," the chair of the judges, the historian Name,
        # said …, "b." (one quote, two spans), surname-only "Lim" + "called the win “…”" with
        # the period inside the marks
        "The Ashworth Prize for Fiction was awarded on Tuesday night to the Malaysian novelist "
        "Lim Wei Ling for “The Salt Ledger,” a multigenerational saga set in a Penang shipping "
        "house. The prize carries £50,000 and a guaranteed translation into eleven languages.\n\n"
        "“This is a book that trusts its readers,” the chair of the judges, the historian "
        "Margaret O'Donnell-Shah, said at the ceremony in London, “and rewards every ounce of "
        "that trust.”\n\n"
        "Lim, who wrote the novel over nine years while working as a court translator, called "
        "the win “completely absurd, in the best possible way.” Her publisher has ordered a "
        "reprint of 80,000 copies.\n\n"
        "The other shortlisted authors included the Irish poet-turned-novelist Cathal Brennan "
        "and the Kenyan writer Wanjiru Kamau, whose debut had been the bookmakers' favourite.",
        [
            (
                D,
                [
                    "This is a book that trusts its readers",
                    "and rewards every ounce of that trust.",
                ],
                "Margaret O'Donnell-Shah",
            ),
            (P, ["completely absurd, in the best possible way."], "Lim Wei Ling"),
        ],
    ),
    (  # 3 restitution of bronzes: "said the museum's director, Dr Name," (title dropped),
        # minister's partial "what he called “…”", unnamed "A spokesman for the Department for
        # Culture said" (→ the department)
        "The Harrowgate Museum of World Cultures will return thirty-one bronze and ivory objects "
        "taken from the royal palace of Kessu during a British punitive expedition in 1897 to "
        "the West African republic of Tamboura.\n\n"
        "“These objects were taken by force, and no amount of careful conservation changes "
        "that,” said the museum's director, Dr Helena Marsh-Okoro, at a ceremony attended by a "
        "delegation from Tamboura.\n\n"
        "Tamboura's culture minister, Kwabena Asante-Mensah, welcomed what he called “a "
        "homecoming long overdue.” A new national museum under construction in Kessu is due to "
        "display the collection from 2028.\n\n"
        "A spokesman for the Department for Culture said the government would not oppose the "
        "transfer. Under a 2024 law, it still requires the approval of the museum's trustees, "
        "who meet in February.",
        [
            (
                D,
                [
                    "These objects were taken by force, and no amount of careful conservation "
                    "changes that"
                ],
                "Helena Marsh-Okoro",
            ),
            (P, ["a homecoming long overdue."], "Kwabena Asante-Mensah"),
            (I, ["the government would not oppose the transfer"], "Department for Culture"),
        ],
    ),
    (  # 4 public broadcaster cuts: reported clause with the attribution after ("…, its chief
        # executive, Name, announced"), "A," Surname told staff …, "but b." (one quote, two
        # spans), union partial with the period inside, "according to the latest audience
        # figures" (not a source)
        "The Northland Broadcasting Service will cut 450 jobs over the next two years and close "
        "its classical music station, its chief executive, Daniel Achterberg, announced on "
        "Monday.\n\n"
        "“Nobody at this organisation wanted to be standing here today,” Achterberg told staff "
        "at the broadcaster's headquarters, “but the licence fee has been frozen for six years, "
        "and the arithmetic is brutal.”\n\n"
        "The Broadcasting and Entertainment Workers' Union described the plan as “cultural "
        "vandalism.” Northland Classic has around 1.2 million weekly listeners, according to the "
        "latest audience figures, and a petition to save it had gathered 90,000 signatures by "
        "Monday evening.\n\n"
        "The station, launched in 1994, broadcasts live concerts from eleven regional halls and "
        "employs its own choir of 36 singers. Its breakfast show won a national radio award last "
        "year.",
        [
            (
                I,
                [
                    "The Northland Broadcasting Service will cut 450 jobs over the next two years "
                    "and close its classical music station"
                ],
                "Daniel Achterberg",
            ),
            (
                D,
                [
                    "Nobody at this organisation wanted to be standing here today",
                    "but the licence fee has been frozen for six years, and the arithmetic is "
                    "brutal.",
                ],
                "Daniel Achterberg",
            ),
            (P, ["cultural vandalism."], "Broadcasting and Entertainment Workers' Union"),
        ],
    ),
    (  # 5 theatre closure: "Name, the theatre's artistic director, was blunt:" (colon),
        # actor's partial inside "said losing the venue would “…”" (only the partial),
        # "Ms Surname said" later (courtesy title, indirect)
        "The Old Quay Theatre in Marbridge will close its doors in March after 112 years, hit by "
        "rising energy bills and a £600,000 shortfall in ticket sales since the pandemic.\n\n"
        "Imogen Farrow-Adeyemi, the theatre's artistic director since 2015, was blunt: “We have "
        "run out of road. We have cut everything we could cut without cutting the art "
        "itself.”\n\n"
        "The actor Benedict Okonjo, who made his stage debut at the Old Quay in 1989, said losing "
        "the venue would “tear the heart out of the city's cultural life.”\n\n"
        "Ms Farrow-Adeyemi said talks with Marbridge City Council over a rescue package had "
        "broken down last month. The council has not commented. The theatre's final production, "
        "a revival of a 1950s farce, opens on January 9.",
        [
            (
                D,
                [
                    "We have run out of road. We have cut everything we could cut without cutting "
                    "the art itself."
                ],
                "Imogen Farrow-Adeyemi",
            ),
            (P, ["tear the heart out of the city's cultural life."], "Benedict Okonjo"),
            (
                I,
                [
                    "talks with Marbridge City Council over a rescue package had broken down last "
                    "month"
                ],
                "Imogen Farrow-Adeyemi",
            ),
        ],
    ),
    (  # 6 orchestra strike, straight quotes: "said principal cellist Name, who chairs …",
        # unattributed follow-up after a full stop, "The orchestra's management said it was
        # "…"" (generic noun → the orchestra, partial only)
        "Musicians of the Eastfield Philharmonic walked out on Friday night minutes before a "
        "sold-out performance of Mahler's Fifth Symphony, the first strike in the orchestra's "
        "90-year history.\n\n"
        '"We did not take this decision lightly," said principal cellist Ana Lucía Ferreira, '
        "who chairs the players' committee. \"But we have gone eleven years without a real pay "
        'rise, and our best young players are leaving for Berlin and Amsterdam."\n\n'
        'The orchestra\'s management said it was "deeply disappointed" by the walkout. Ticket '
        "holders will be offered full refunds or seats at a later concert.\n\n"
        "Talks are due to resume on Tuesday under the supervision of an independent mediator, "
        "the third since negotiations began in the spring. The orchestra receives about a third "
        "of its income from the city.",
        [
            (D, ["We did not take this decision lightly"], "Ana Lucía Ferreira"),
            (
                D,
                [
                    "But we have gone eleven years without a real pay rise, and our best young "
                    "players are leaving for Berlin and Amsterdam."
                ],
                "Ana Lucía Ferreira",
            ),
            (P, ["deeply disappointed"], "Eastfield Philharmonic"),
        ],
    ),
    (  # 7 interview with a filmmaker (compound surname with "de la"): film title not speech,
        # "We asked her about …" (noun object), unquoted questions, answers in “ ” with no
        # attribution (the interviewee)
        "The Spanish filmmaker Inés Carvajal de la Torre, whose film “The Quiet Harbour” opens in "
        "cinemas this week, spent four years raising money for a story about dockworkers in "
        "Cádiz. Her previous feature, a comedy set in a fish market, was seen by more than a "
        "million people in Spain. We asked her about funding, censorship and her next project.\n\n"
        "Was it hard to get the film financed?\n\n"
        "“Impossible, at first. Three producers told me nobody wanted to watch a film about "
        "dockworkers. Then a pension fund in Bilbao put in the first 200,000 euros, and suddenly "
        "everyone was interested.”\n\n"
        "Are you worried about the new rules on state funding for cinema?\n\n"
        "“Worried is a small word. If the ministry decides which stories deserve public money, "
        "we are no longer making cinema, we are making brochures.”",
        [
            (
                D,
                [
                    "Impossible, at first. Three producers told me nobody wanted to watch a film "
                    "about dockworkers. Then a pension fund in Bilbao put in the first 200,000 "
                    "euros, and suddenly everyone was interested."
                ],
                "Inés Carvajal de la Torre",
            ),
            (
                D,
                [
                    "Worried is a small word. If the ministry decides which stories deserve "
                    "public money, we are no longer making cinema, we are making brochures."
                ],
                "Inés Carvajal de la Torre",
            ),
        ],
    ),
    (  # 8 actors' union AI deal: "…, according to the guild." (the part before), direct +
        # "the guild's president, Name, told a news conference", voice actor's partial
        # "called the consent clause “a fig leaf.”"
        "The Screen Performers Guild reached a tentative agreement with the major studios on "
        "Saturday on the use of artificial intelligence to replicate actors' voices and faces, "
        "ending a four-month dispute that had halted dozens of productions.\n\n"
        "Under the deal, studios must obtain written consent and pay performers each time a "
        "digital replica is used, according to the guild. Members will vote on the contract in "
        "January. The dispute had cost the industry an estimated $2.1 billion.\n\n"
        "“This is the first contract anywhere in the world that treats a performer's likeness as "
        "their property,” the guild's president, Rosa Delgado-Whitfield, told a news conference "
        "in Los Angeles.\n\n"
        "Not everyone was persuaded. The voice actor Tomasz Wierzbicki, who has campaigned "
        "against synthetic voices since 2023, called the consent clause “a fig leaf.”",
        [
            (
                I,
                [
                    "Under the deal, studios must obtain written consent and pay performers each "
                    "time a digital replica is used"
                ],
                "Screen Performers Guild",
            ),
            (
                D,
                [
                    "This is the first contract anywhere in the world that treats a performer's "
                    "likeness as their property"
                ],
                "Rosa Delgado-Whitfield",
            ),
            (P, ["a fig leaf."], "Tomasz Wierzbicki"),
        ],
    ),
    (  # 9 record exhibition: "…, officials said on Monday." (unnamed → officials), a curator
        # named but not quoted, resident "said Name, who lives …", unnamed "A spokeswoman for
        # Dunmore City Council said" (→ the council)
        "The Corran Modern gallery in Dunmore drew a record 412,000 visitors to its Haruki "
        "Mizoguchi retrospective, officials said on Monday. It is the most visited exhibition in "
        "the gallery's 40-year history, and its curator, Fiona McAllister-Diop, is now preparing "
        "a touring version for Tokyo and Seoul.\n\n"
        "Residents of the streets around the gallery have been less enthusiastic. “On weekends "
        "you can't get out of your own driveway,” said Colin Hartley, who lives opposite the "
        "main entrance.\n\n"
        "A spokeswoman for Dunmore City Council said new parking restrictions would come into "
        "force in January, with coaches directed to a park-and-ride site on the ring road.\n\n"
        "The retrospective brought together 140 works, including the artist's celebrated series "
        "of paper lanterns, lent by museums in nine countries.",
        [
            (
                I,
                [
                    "The Corran Modern gallery in Dunmore drew a record 412,000 visitors to its "
                    "Haruki Mizoguchi retrospective"
                ],
                "officials",
            ),
            (D, ["On weekends you can't get out of your own driveway"], "Colin Hartley"),
            (
                I,
                [
                    "new parking restrictions would come into force in January, with coaches "
                    "directed to a park-and-ride site on the ring road"
                ],
                "Dunmore City Council",
            ),
        ],
    ),
    (  # 10 music prize, straight quotes: nickname and album title in quotes (not speech),
        # "he said, holding …" (pronoun) with an unattributed follow-up after a full stop,
        # partial inside "said the album was "…"" (only the partial), streaming figures trap
        'Rapper Kofi Mensah-Baptiste, known to fans as "Small Axe," won the Halcyon Music Prize '
        'on Thursday for his album "Tenement Psalms," beating favourites including the folk '
        "duo Harrow & Vine.\n\n"
        '"I wrote half of this record on night buses between shifts," he said, holding the '
        'trophy above his head. "This one is for every kid in Eastgate who was told music was '
        'not a job."\n\n'
        'The chair of the judging panel, Rebecca Thornbury, said the album was "furious, funny '
        'and impossible to ignore."\n\n'
        "Sales of the record rose by 600 percent overnight, according to streaming figures "
        "published on Friday. Mensah-Baptiste, 27, released the album on his own label after "
        "three major companies turned it down. The prize comes with £25,000.",
        [
            (
                D,
                ["I wrote half of this record on night buses between shifts"],
                "Kofi Mensah-Baptiste",
            ),
            (
                D,
                ["This one is for every kid in Eastgate who was told music was not a job."],
                "Kofi Mensah-Baptiste",
            ),
            (P, ["furious, funny and impossible to ignore."], "Rebecca Thornbury"),
        ],
    ),
    (  # 11 broadcaster bill: minister's partial inside "saying it would make … “…”" (only
        # the partial), critic "said Name, director of X", "declined to comment" (nothing),
        # "The minister told parliament that" (role alone, indirect)
        "Culture Minister Viktor Hrabal on Wednesday defended a bill that would give parliament "
        "the power to appoint the board of the public broadcaster RTN, saying it would make the "
        "institution “more accountable to the people who pay for it.”\n\n"
        "Critics see it differently. “This is not accountability, it is capture,” said Zuzana "
        "Horváthová, director of the Independent Journalism Centre, which monitors press "
        "freedom in the region.\n\n"
        "RTN's director general, Pavel Novotný-Ruiz, declined to comment. The minister told "
        "parliament that the bill was modelled on existing laws in two other European countries. "
        "A first vote is expected before Christmas. RTN runs four television channels and six "
        "radio stations and is funded by a household levy of 9 euros a month. Its board is "
        "currently chosen by an independent panel of judges and academics.",
        [
            (P, ["more accountable to the people who pay for it."], "Viktor Hrabal"),
            (D, ["This is not accountability, it is capture"], "Zuzana Horváthová"),
            (
                I,
                ["the bill was modelled on existing laws in two other European countries"],
                "Viktor Hrabal",
            ),
        ],
    ),
    (  # 12 festival sponsor row: open letter "against" a sponsor (no speech, not annotated),
        # a quote over two paragraphs (first left open, second reopened) with "Surname said"
        # after, "Name, the festival's director, said" (indirect), incise "she added" in
        # reported speech with a partial (only the partial)
        "More than 300 filmmakers have signed an open letter against the new main sponsor of the "
        "Alcarra Film Festival, the cryptocurrency exchange Coinvault. The letter's lead "
        "signatory is the Chilean documentary maker Matías Aravena. Coinvault, which signed a "
        "three-year deal in October, will have its logo on every screening and on the "
        "festival's red carpet.\n\n"
        "“Festivals need money, and we need festivals. Nobody here is naive about that.\n\n"
        "“But there is a difference between being funded and being bought, and this deal is on "
        "the wrong side of that line,” Aravena said in an interview on Friday.\n\n"
        "Lucía Fernández-Gil, the festival's director, said the sponsorship covered less than 8 "
        "percent of the budget. Coinvault, she added, would have “no say whatsoever” over "
        "programming.",
        [
            (
                D,
                [
                    "Festivals need money, and we need festivals. Nobody here is naive about that.",
                    "But there is a difference between being funded and being bought, and this "
                    "deal is on the wrong side of that line",
                ],
                "Matías Aravena",
            ),
            (
                I,
                ["the sponsorship covered less than 8 percent of the budget"],
                "Lucía Fernández-Gil",
            ),
            (P, ["no say whatsoever"], "Lucía Fernández-Gil"),
        ],
    ),
    (  # 13 ancestral remains returned: "said Dr Name, the university's vice-chancellor" then
        # an unattributed follow-up after a full stop, "The Kallari Land Council said it would"
        "The University of Westbury has agreed to hand back the remains of 42 ancestors of the "
        "Kallari people, held in its anatomy collection since the 1880s, to their community in "
        "the north of the country.\n\n"
        "“They were taken without consent, studied without respect and stored for a century in "
        "cardboard boxes,” said Dr Samuel Okeke-Brandt, the university's vice-chancellor. “We "
        "owe the Kallari more than an apology, but an apology is where it starts.”\n\n"
        "The Kallari Land Council said it would send a delegation of elders to Westbury in March "
        "to accompany the remains home. A ceremony is planned at the university chapel before "
        "their departure. The university holds about 1,200 sets of human remains from around "
        "the world, most of them acquired in the nineteenth century, and a review of the whole "
        "collection is due to be completed in 2028.",
        [
            (
                D,
                [
                    "They were taken without consent, studied without respect and stored for a "
                    "century in cardboard boxes"
                ],
                "Samuel Okeke-Brandt",
            ),
            (
                D,
                ["We owe the Kallari more than an apology, but an apology is where it starts."],
                "Samuel Okeke-Brandt",
            ),
            (
                I,
                [
                    "it would send a delegation of elders to Westbury in March to accompany the "
                    "remains home"
                ],
                "Kallari Land Council",
            ),
        ],
    ),
    (  # 14 critic barred: play title “Hamlet” (not speech), partial from a review ("his review
        # … described … as “…”", → the critic), unnamed "a spokeswoman for the theatre" (→ the
        # theatre), "said its president, Name," splitting one quote (two spans), "Mr Surname"
        "The Royal Vale Theatre has barred the critic Jonathan Pike from its press nights after "
        "his review of its new “Hamlet” described the lead actor's performance as “a hostage "
        "video with better lighting.”\n\n"
        "“Criticism is welcome here. Cruelty for clicks is not,” a spokeswoman for the theatre "
        "said on Tuesday.\n\n"
        "The Critics' Circle condemned the ban. “Theatres do not get to choose their reviewers,” "
        "said its president, Anjali Raman, “any more than politicians get to choose their "
        "journalists.”\n\n"
        "Mr Pike has written for the Evening Courier for 22 years and has reviewed more than "
        "3,000 productions. His review was shared more than 40,000 times on social media within "
        "a day. The production, directed by the Australian Lara Whitcombe, has sold out until "
        "February.",
        [
            (P, ["a hostage video with better lighting."], "Jonathan Pike"),
            (
                D,
                ["Criticism is welcome here. Cruelty for clicks is not"],
                "Royal Vale Theatre",
            ),
            (
                D,
                [
                    "Theatres do not get to choose their reviewers",
                    "any more than politicians get to choose their journalists.",
                ],
                "Anjali Raman",
            ),
        ],
    ),
    (  # 15 song contest withdrawal: "…, according to the broadcaster." (generic noun → BTV),
        # partial inside "said she was “…”" (only the partial), then a direct with "she told
        # the newspaper X" (pronoun); head of entertainment "said" (indirect)
        "Belmark's public broadcaster, BTV, will not take part in next year's Eurosong contest "
        "after its budget was cut by 20 million euros. The decision means the country will miss "
        "the competition for the first time since 1971, according to the broadcaster.\n\n"
        "Singer Elif Demir-Larsen, who represented Belmark in 2019, said she was "
        "“heartbroken.” “For a small country, it is the one night when the whole of Europe is "
        "listening to us,” she told the newspaper Dagsposten.\n\n"
        "BTV's head of entertainment, Jonas Kvist, said the decision could be reviewed if "
        "funding was restored before the spring. Belmark has won the contest twice, in 1984 and "
        "2003. Eurosong is watched by some 160 million viewers each year, and the host city for "
        "next year's edition has not yet been chosen.",
        [
            (
                I,
                [
                    "The decision means the country will miss the competition for the first time "
                    "since 1971"
                ],
                "BTV",
            ),
            (P, ["heartbroken."], "Elif Demir-Larsen"),
            (
                D,
                [
                    "For a small country, it is the one night when the whole of Europe is "
                    "listening to us"
                ],
                "Elif Demir-Larsen",
            ),
            (
                I,
                ["the decision could be reviewed if funding was restored before the spring"],
                "Jonas Kvist",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout77.jsonl"),
        "heldout77",
        "h77",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
