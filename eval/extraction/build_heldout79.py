"""Source of the seventy-ninth held-out set: writes heldout79.jsonl (split "heldout79").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, countries, organisations and figures invented. The
texts read like war, conflict and security reporting: front-line dispatches, shelling and drone
strikes, armed groups' statements, army spokesmen, humanitarian agencies, displaced civilians,
prisoner exchanges and ceasefire talks, some with wire datelines.
Measured once with 0.3.0 and 0.27.1 on 2026-12-02, then read for extractor 0.28.0
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout79.py
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
    (  # 1 shelling, AFP dateline: direct + "a raconté Name, infirmière" after (no-break
        # spaces, two sentences), unnamed "Un porte-parole du X (sigle)" → organisation, colon
        # then a two-sentence quote with its final period kept
        "DORVANE (Varanie) (AFP) – Au moins onze civils ont été tués et une trentaine blessés "
        "dans la nuit de samedi à dimanche par des tirs d'artillerie sur Dorvane, une ville de "
        "l'est de la Varanie située à une quinzaine de kilomètres de la ligne de front. Plusieurs "
        "immeubles du quartier de la gare ont été éventrés et une école a pris feu.\n\n"
        "«\u00a0Les obus sont tombés vers deux heures du matin, les gens dormaient. On a sorti "
        "des enfants des gravats jusqu'à l'aube\u00a0», a raconté Amina Traoré-Lemoine, "
        "infirmière à l'hôpital municipal, où les blessés continuaient d'affluer dimanche midi."
        "\n\n"
        "Les collines de Vessel, d'où partent régulièrement des tirs vers la ville, sont tenues "
        "par les rebelles depuis le printemps. Dorvane, qui comptait 40\u00a0000 habitants avant "
        "la guerre, n'en abrite plus qu'un tiers.\n\n"
        "Un porte-parole du Comité international d'aide médicale (CIAM), joint par téléphone, a "
        "décrit une situation critique\u00a0: «\u00a0Nos équipes manquent de sang, de pansements "
        "et de carburant pour les groupes électrogènes. Sans couloir sécurisé d'ici à mardi, nous "
        "ne pourrons plus opérer.\u00a0»\n\n"
        "Dimanche soir, de nouvelles explosions étaient entendues au nord de la ville.",
        [
            (
                D,
                [
                    "Les obus sont tombés vers deux heures du matin, les gens dormaient. On a "
                    "sorti des enfants des gravats jusqu'à l'aube"
                ],
                "Amina Traoré-Lemoine",
            ),
            (
                D,
                [
                    "Nos équipes manquent de sang, de pansements et de carburant pour les groupes "
                    "électrogènes. Sans couloir sécurisé d'ici à mardi, nous ne pourrons plus "
                    "opérer."
                ],
                "Comité international d'aide médicale",
            ),
        ],
    ),
    (  # 2 armed group claim: partial "le mouvement a qualifié … de « riposte légitime »"
        # (group, not the commander named just before), slogan « Terre et dignité » not a
        # quote, army spokesman apposition + colon, "selon lesquelles" trap, "Une source
        # sécuritaire … a assuré à l'AFP que" (unnamed noun)
        "Le Front de libération du Haut-Kessa (FLHK) a revendiqué lundi l'attaque qui a visé la "
        "veille la caserne de Mbéla, dans le nord-est du Mbéland. Dans un communiqué diffusé sur "
        "les réseaux sociaux et signé de son chef militaire, Ibrahim Ag Assalat, le mouvement a "
        "qualifié l'opération de «\u00a0riposte légitime\u00a0» aux bombardements aériens visant "
        "ses bases.\n\n"
        "Le texte se termine par le mot d'ordre du groupe, «\u00a0Terre et dignité\u00a0», que "
        "ses combattants peignent sur les murs des villages qu'ils contrôlent depuis deux ans.\n\n"
        "Le porte-parole de l'armée mbélandaise, le colonel Moussa Diakité-Ballo, a démenti toute "
        "percée rebelle\u00a0: «\u00a0L'assaut a été repoussé en moins d'une heure. Nos hommes "
        "tiennent la caserne et les pertes de l'ennemi sont lourdes.\u00a0»\n\n"
        "L'officier a en revanche rejeté les informations selon lesquelles plusieurs soldats "
        "auraient été faits prisonniers. Une source sécuritaire, sous couvert d'anonymat, a "
        "pourtant assuré à l'AFP que quatre militaires manquaient toujours à l'appel lundi soir."
        "\n\n"
        "Le FLHK, apparu en 2019, réclame l'autonomie de cette région aurifère, où l'armée a "
        "déployé des renforts au printemps.",
        [
            (P, ["riposte légitime"], "Front de libération du Haut-Kessa"),
            (
                D,
                [
                    "L'assaut a été repoussé en moins d'une heure. Nos hommes tiennent la caserne "
                    "et les pertes de l'ennemi sont lourdes."
                ],
                "Moussa Diakité-Ballo",
            ),
            (
                I,
                ["quatre militaires manquaient toujours à l'appel lundi soir"],
                "source sécuritaire",
            ),
        ],
    ),
    (  # 3 displaced camp: "Selon le Bureau … (sigle), …" (rest of the sentence), apposition
        # "La responsable du camp pour l'ONG X, Name," then a quote running over two
        # paragraphs (unclosed, next paragraph reopens) closed by "poursuit-elle";
        # "a promis l'ouverture" (noun object) not annotated
        "Sous les bâches du camp de Tindouma, dans la province du Bas-Nyaré, les familles "
        "arrivées cette semaine dorment à même le sol, faute de tentes. Selon le Bureau de "
        "coordination des affaires humanitaires (BCAH), plus de 38\u00a0000 personnes ont fui "
        "les combats entre l'armée et les groupes jihadistes depuis le début du mois.\n\n"
        "Beaucoup ont marché plusieurs jours à travers la brousse, avec quelques sacs de mil et "
        "des bidons d'eau. Des enfants arrivent seuls, séparés de leurs parents lors de l'attaque "
        "de leur village.\n\n"
        "La responsable du camp pour l'ONG Terres solidaires, Claire Montagnon-Ba, s'inquiète "
        "surtout de l'eau. «\u00a0Nous avons deux forages pour 12\u00a0000 personnes. Si rien "
        "ne change, le choléra reviendra avant la saison des pluies.\n\n"
        "«\u00a0Les promesses de financement sont là, mais l'argent n'arrive pas. Nous "
        "rationnons déjà le savon\u00a0», poursuit-elle.\n\n"
        "Le gouvernement a promis l'ouverture d'un deuxième site à une trentaine de kilomètres, "
        "mais aucun terrain n'a encore été attribué.",
        [
            (
                I,
                [
                    "plus de 38\u00a0000 personnes ont fui les combats entre l'armée et les "
                    "groupes jihadistes depuis le début du mois"
                ],
                "Bureau de coordination des affaires humanitaires",
            ),
            (
                D,
                [
                    "Nous avons deux forages pour 12\u00a0000 personnes. Si rien ne change, le "
                    "choléra reviendra avant la saison des pluies.",
                    "Les promesses de financement sont là, mais l'argent n'arrive pas. Nous "
                    "rationnons déjà le savon",
                ],
                "Claire Montagnon-Ba",
            ),
        ],
    ),
    (  # 4 ceasefire talks, AFP dateline: partial inside "a assuré vouloir «…»" (only the
        # partial), two delegation heads, "a-t-il martelé" = the second one, "Le médiateur"
        # alone then incise "a-t-il déclaré" splitting one quote, "M. X a annoncé qu'"
        "ARNAVIK (AFP) – Les pourparlers entre le gouvernement varanien et l'Alliance des forces "
        "de l'Est (AFE) ont repris mercredi à Arnavik, après trois semaines de suspension. Ils "
        "sont conduits par le diplomate Sidi Ould-Hamadi, médiateur de l'Union des États "
        "riverains.\n\n"
        "Le chef de la délégation gouvernementale, Piotr Zelenko-Ravel, a assuré vouloir "
        "«\u00a0un cessez-le-feu vérifiable\u00a0» avant la fin de l'année. Son homologue de "
        "l'AFE, Karim Benslimane, a pour sa part exigé la libération de 200 prisonniers détenus à "
        "Sorvik. «\u00a0Sans ce geste, il n'y aura pas de signature\u00a0», a-t-il martelé "
        "devant la presse.\n\n"
        "Le médiateur s'est montré prudent à l'issue de la première journée. «\u00a0Nous sommes, "
        "a-t-il déclaré, plus près d'un accord qu'en septembre, mais rien n'est acquis.\u00a0»"
        "\n\n"
        "M. Ould-Hamadi a annoncé qu'une nouvelle session se tiendrait le 15\u00a0décembre, cette "
        "fois en présence d'observateurs militaires. Le conflit, qui oppose depuis 2023 Sorvik "
        "aux insurgés de l'Est, a fait plus de 9\u00a0000 morts.",
        [
            (P, ["un cessez-le-feu vérifiable"], "Piotr Zelenko-Ravel"),
            (D, ["Sans ce geste, il n'y aura pas de signature"], "Karim Benslimane"),
            (
                D,
                ["Nous sommes", "plus près d'un accord qu'en septembre, mais rien n'est acquis."],
                "Sidi Ould-Hamadi",
            ),
            (
                I,
                [
                    "une nouvelle session se tiendrait le 15\u00a0décembre, cette fois en "
                    "présence d'observateurs militaires"
                ],
                "Sidi Ould-Hamadi",
            ),
        ],
    ),
    (  # 5 checkpoint reportage: two dialogue dash lines (question with no-break space before
        # "?", then "répond le chauffeur, …"), unnamed speakers keep their noun; "Le capitaine
        # Name, qui commande le poste, affirme que" (title dropped)
        "Au poste de contrôle de Sarakène, sur la route qui mène à Kessa, la file de véhicules "
        "s'étire sur près de deux kilomètres. Les soldats fouillent chaque camion, chaque "
        "valise, chaque sac de riz. Un minibus bondé finit par s'arrêter devant la barrière.\n\n"
        "— Vous venez d'où\u00a0? demande un sergent en tendant la main vers les papiers du "
        "chauffeur.\n\n"
        "— De Kessa. Il n'y a plus rien là-bas, répond le chauffeur, un quinquagénaire aux traits "
        "tirés.\n\n"
        "Le sergent fait descendre les passagers et les aligne le long du fossé. Une femme serre "
        "contre elle un nourrisson enveloppé dans un pagne, un vieil homme s'assoit sur sa "
        "valise.\n\n"
        "Le capitaine Ilyes Mansouri, qui commande le poste, affirme que des insurgés tentent "
        "régulièrement de s'infiltrer parmi les déplacés pour gagner le sud. Les contrôles "
        "peuvent durer jusqu'à quatre heures par véhicule, sous un soleil de plomb, et plusieurs "
        "passagers ont été refoulés depuis le début de la semaine.",
        [
            (D, ["Vous venez d'où\u00a0?"], "sergent"),
            (D, ["De Kessa. Il n'y a plus rien là-bas"], "chauffeur"),
            (
                I,
                [
                    "des insurgés tentent régulièrement de s'infiltrer parmi les déplacés pour "
                    "gagner le sud"
                ],
                "Ilyes Mansouri",
            ),
        ],
    ),
    (  # 6 drone strike on a convoy: "L'état-major kandari a affirmé mercredi que" (unnamed
        # institution keeps its noun), partial "a qualifié … de «…»" then direct with
        # "a-t-il déclaré à l'AFP"; "a réclamé une enquête" (noun object) not annotated
        "Une frappe de drone a détruit mardi un convoi de six camions-citernes près de Wadi "
        "Simra, dans le sud du Kandar. Sept chauffeurs ont été tués et trois autres grièvement "
        "brûlés.\n\n"
        "L'état-major kandari a affirmé mercredi que le convoi transportait du carburant destiné "
        "aux milices de la Coalition du Sud.\n\n"
        "Le directeur de la société de transport, Hassan el-Tayeb, a qualifié ces accusations de "
        "«\u00a0mensonge pur et simple\u00a0». «\u00a0Mes chauffeurs livraient le gazole de "
        "l'hôpital de Mersa. J'ai les bons de livraison, tamponnés par le ministère de la Santé "
        "lui-même\u00a0», a-t-il déclaré à l'AFP.\n\n"
        "Le Croissant-Vert kandari a réclamé une enquête indépendante. Depuis le début de "
        "l'année, les frappes de drones ont fait plus de 300 morts dans le sud du pays, où "
        "l'armée tente de reprendre le contrôle des routes commerciales qui relient les ports "
        "aux oasis de l'intérieur.",
        [
            (
                I,
                ["le convoi transportait du carburant destiné aux milices de la Coalition du Sud"],
                "état-major kandari",
            ),
            (P, ["mensonge pur et simple"], "Hassan el-Tayeb"),
            (
                D,
                [
                    "Mes chauffeurs livraient le gazole de l'hôpital de Mersa. J'ai les bons de "
                    "livraison, tamponnés par le ministère de la Santé lui-même"
                ],
                "Hassan el-Tayeb",
            ),
        ],
    ),
    (  # 7 hostages freed: partial inside "a affirmé les avoir relâchés «…»" (group), two
        # spokeswomen (government / families); "a démenti tout versement" (noun object) not
        # annotated; later "La porte-parole du gouvernement a indiqué que" → the first one
        "Deux travailleurs humanitaires de l'ONG Horizons Santé, enlevés en juin dans l'ouest du "
        "Salbé, ont été libérés dimanche et remis aux autorités à Tassara, une ville proche de "
        "la frontière.\n\n"
        "Dans un message audio authentifié par les services de renseignement, le groupe armé "
        "Katiba Nour a affirmé les avoir relâchés «\u00a0par geste de bonne volonté\u00a0», sans "
        "évoquer de contrepartie. La porte-parole du gouvernement, Nadia Belkacem-Roy, a démenti "
        "tout versement de rançon.\n\n"
        "«\u00a0Nous avons passé cinq mois sans savoir s'ils étaient vivants. Ce matin, ma sœur a "
        "pu entendre la voix de son fils\u00a0», a confié Inès Rabemananjara, porte-parole du "
        "collectif des familles d'otages.\n\n"
        "La porte-parole du gouvernement a indiqué que les deux anciens otages seraient "
        "rapatriés mardi après des examens médicaux. Katiba Nour détiendrait encore au moins six "
        "étrangers dans la région.",
        [
            (P, ["par geste de bonne volonté"], "Katiba Nour"),
            (
                D,
                [
                    "Nous avons passé cinq mois sans savoir s'ils étaient vivants. Ce matin, ma "
                    "sœur a pu entendre la voix de son fils"
                ],
                "Inès Rabemananjara",
            ),
            (
                I,
                ["les deux anciens otages seraient rapatriés mardi après des examens médicaux"],
                "Nadia Belkacem-Roy",
            ),
        ],
    ),
    (  # 8 hospital bombed: partial "a défendu une frappe «…»", press-conference Q&A: a
        # question « … ? », lui a demandé une journaliste (question mark kept), answer with
        # "a répondu le ministre" (role alone); "a annoncé la suspension" not annotated
        "Le bombardement de l'hôpital de district de Koubri, dans le centre de la Tessalie, a "
        "fait au moins quatorze morts jeudi, dont deux médecins et une sage-femme. "
        "L'établissement, soutenu par l'ONG Médecins de l'urgence, était le seul à fonctionner "
        "dans un rayon de 80 kilomètres.\n\n"
        "Le ministre tessalien de la Défense, Viktor Amaral-Simões, a défendu vendredi une frappe "
        "«\u00a0ciblée et proportionnée\u00a0» contre un poste de commandement rebelle.\n\n"
        "Lors d'une conférence de presse tendue, il a été pressé de questions. «\u00a0Avez-vous "
        "la preuve que l'hôpital abritait des combattants\u00a0?\u00a0», lui a demandé une "
        "journaliste. «\u00a0Nous avons des images, et nous les montrerons le moment venu\u00a0», "
        "a répondu le ministre.\n\n"
        "Médecins de l'urgence a annoncé la suspension de ses activités dans la province. Le "
        "Conseil des droits humains doit examiner la question la semaine prochaine, à la demande "
        "de plusieurs États membres.",
        [
            (P, ["ciblée et proportionnée"], "Viktor Amaral-Simões"),
            (
                D,
                ["Avez-vous la preuve que l'hôpital abritait des combattants\u00a0?"],
                "journaliste",
            ),
            (
                D,
                ["Nous avons des images, et nous les montrerons le moment venu"],
                "Viktor Amaral-Simões",
            ),
        ],
    ),
    (  # 9 envoy's report: title «…» not a quote, "Selon lui, …", incise "a insisté l'envoyé
        # spécial" (role alone) splitting a two-sentence quote, partial "a jugé … «gonflés»"
        # by a second official; "demandé à consulter les listes" not annotated
        "L'envoyé spécial de l'Organisation des États du Sahel pour la crise du Liptako, "
        "Jean-Baptiste Kaboré, a présenté lundi au conseil de l'organisation un rapport intitulé "
        "«\u00a0Une génération sous les armes\u00a0», consacré aux enfants enrôlés par les "
        "groupes armés.\n\n"
        "Selon lui, au moins 2\u00a0300 mineurs ont été recrutés depuis janvier dans la zone des "
        "trois frontières, certains âgés de neuf ans à peine. «\u00a0Ces enfants, a insisté "
        "l'envoyé spécial, ne sont pas des combattants. Ce sont des victimes, et ils doivent être "
        "traités comme telles.\u00a0»\n\n"
        "Le représentant du Mbéland, Aboubacar Keïta, a jugé les chiffres du rapport "
        "«\u00a0gonflés\u00a0» et demandé à consulter les listes nominatives.\n\n"
        "Le document recommande la création de centres de réinsertion dans chacun des pays "
        "concernés. Une résolution pourrait être soumise au vote en février, mais plusieurs "
        "délégations doutent de son financement.",
        [
            (
                I,
                [
                    "au moins 2\u00a0300 mineurs ont été recrutés depuis janvier dans la zone des "
                    "trois frontières, certains âgés de neuf ans à peine"
                ],
                "Jean-Baptiste Kaboré",
            ),
            (
                D,
                [
                    "Ces enfants",
                    "ne sont pas des combattants. Ce sont des victimes, et ils doivent être "
                    "traités comme telles.",
                ],
                "Jean-Baptiste Kaboré",
            ),
            (P, ["gonflés"], "Aboubacar Keïta"),
        ],
    ),
    (  # 10 mines after the war: intention phrase "ont fait part de leur volonté de" (group
        # noun "villageois"), apposition "La directrice de X, Name," + colon and a
        # two-sentence quote with its final period
        "Deux ans après la fin des combats, les champs de la plaine de Vessel restent truffés de "
        "mines antipersonnel et d'obus non explosés. Trois agriculteurs ont été tués depuis "
        "septembre en labourant leurs parcelles, et un berger de douze ans a perdu une jambe le "
        "mois dernier.\n\n"
        "Réunis dimanche dans la salle communale de Bresk, les villageois ont fait part de leur "
        "volonté de reprendre les semis au printemps, avec ou sans déminage. Beaucoup n'ont plus "
        "d'autre source de revenus.\n\n"
        "La directrice de l'Agence nationale de déminage, Olena Savchuk-Moreau, reconnaît des "
        "retards\u00a0: «\u00a0Nous avons dépollué 4\u00a0000 hectares cette année. Il en reste "
        "plus de 30\u00a0000, et je n'ai que 260 démineurs.\u00a0»\n\n"
        "Un contingent de démineurs formés par l'association Champs libres doit arriver en "
        "janvier. Les autorités prévoient aussi d'utiliser des chiens détecteurs et des drones "
        "équipés de caméras thermiques.",
        [
            (I, ["reprendre les semis au printemps, avec ou sans déminage"], "villageois"),
            (
                D,
                [
                    "Nous avons dépollué 4\u00a0000 hectares cette année. Il en reste plus de "
                    "30\u00a0000, et je n'ai que 260 démineurs."
                ],
                "Olena Savchuk-Moreau",
            ),
        ],
    ),
    (  # 11 prisoner exchange: «» without inner spaces; partial "a salué «un premier pas»",
        # "a-t-elle toutefois averti" after a direct quote, first-name-only speaker with
        # apposition "Svitlana, la mère d'un fantassin"
        "Quelque 140 prisonniers ont été échangés samedi sur le pont de Mirna entre les forces "
        "gouvernementales varaniennes et les séparatistes de la Ligue de Zalesk. L'opération, "
        "négociée pendant quatre mois, s'est déroulée sous la supervision du Comité humanitaire "
        "international (CHI).\n\n"
        "La cheffe de délégation du CHI, Maren Holmqvist, a salué «un premier pas» vers le "
        "rétablissement de la confiance. «Il faudra des dizaines d'échanges comme celui-ci pour "
        "ramener tout le monde chez soi», a-t-elle toutefois averti.\n\n"
        "Sur le quai de la gare de Mirna, les familles attendaient depuis l'aube, des photos à "
        "la main. «Je ne l'ai pas reconnu tout de suite. Il a perdu vingt kilos», a soufflé "
        "Svitlana, la mère d'un fantassin de 22 ans capturé au printemps.\n\n"
        "Les prisonniers libérés doivent passer plusieurs semaines dans un centre de "
        "réadaptation près de la capitale. Plus de 3\u00a0000 soldats varaniens seraient encore "
        "détenus par les séparatistes.",
        [
            (P, ["un premier pas"], "Maren Holmqvist"),
            (
                D,
                [
                    "Il faudra des dizaines d'échanges comme celui-ci pour ramener tout le monde chez "
                    "soi"
                ],
                "Maren Holmqvist",
            ),
            (D, ["Je ne l'ai pas reconnu tout de suite. Il a perdu vingt kilos"], "Svitlana"),
        ],
    ),
    (  # 12 curfew, AFP dateline: indirect before ", a annoncé samedi le gouverneur de la
        # province, Name" (no "que"), « » with plain spaces: partial "Ils dénoncent une « … »"
        # (riverains) and a direct by "un boulanger"
        "PORT-SABIR (AFP) – Le couvre-feu décrété jeudi à Port-Sabir après deux nuits "
        "d'affrontements entre milices rivales a été prolongé d'une semaine, a annoncé samedi le "
        "gouverneur de la province, Ahmed Zerrouki. Les heurts ont fait au moins dix-neuf morts, "
        "dont quatre civils.\n\n"
        "Les blindés de la garde nationale stationnent désormais aux principaux carrefours et le "
        "port reste fermé aux navires marchands.\n\n"
        "Dans le quartier de Bab Sidi Hmed, les riverains se disent épuisés. Ils dénoncent une "
        "« punition collective » qui les prive de leurs revenus sans empêcher les miliciens de "
        "circuler. « Eux se promènent la nuit avec leurs kalachnikovs, et nous, on ne peut même "
        "pas aller à la pharmacie », lance un boulanger qui a dû fermer sa boutique.\n\n"
        "Les deux milices, issues d'anciennes brigades révolutionnaires, se disputent le contrôle "
        "des quais et des recettes douanières depuis l'été.",
        [
            (
                I,
                [
                    "Le couvre-feu décrété jeudi à Port-Sabir après deux nuits d'affrontements "
                    "entre milices rivales a été prolongé d'une semaine"
                ],
                "Ahmed Zerrouki",
            ),
            (P, ["punition collective"], "riverains"),
            (
                D,
                [
                    "Eux se promènent la nuit avec leurs kalachnikovs, et nous, on ne peut même "
                    "pas aller à la pharmacie"
                ],
                "boulanger",
            ),
        ],
    ),
    (  # 13 refugees at the border: "D'après le commandant de X, Name, …" (rest of the
        # sentence), unclosed quotation mark ended by the incise "dit-elle" (pronoun);
        # "ont demandé une aide d'urgence" not annotated
        "Plusieurs milliers de personnes fuyant les combats dans la région du Haut-Ngandu ont "
        "franchi ce week-end la frontière du Bakari voisin. Les nouveaux arrivants sont regroupés "
        "dans une école et un stade de la ville de Mboko, en attendant l'ouverture d'un camp.\n\n"
        "D'après le commandant de la police des frontières, Léopold Nkurunziza-Obi, ses hommes "
        "enregistrent près de 900 arrivées par jour depuis jeudi, contre une cinquantaine le mois "
        "dernier.\n\n"
        "Sous un manguier, Esther Mwamba, une enseignante de 41 ans, raconte sa fuite avec ses "
        "trois enfants. «\u00a0On a entendu les tirs se rapprocher pendant deux jours. Le "
        "troisième, on est partis sans rien prendre, dit-elle en montrant ses pieds nus, couverts "
        "de plaies.\n\n"
        "Les autorités du Bakari ont demandé une aide d'urgence à leurs partenaires "
        "internationaux. Le gouvernement du Haut-Ngandu n'a pas réagi.",
        [
            (
                I,
                [
                    "ses hommes enregistrent près de 900 arrivées par jour depuis jeudi, contre "
                    "une cinquantaine le mois dernier"
                ],
                "Léopold Nkurunziza-Obi",
            ),
            (
                D,
                [
                    "On a entendu les tirs se rapprocher pendant deux jours. Le troisième, on est "
                    "partis sans rien prendre"
                ],
                "Esther Mwamba",
            ),
        ],
    ),
    (  # 14 massacre report: "affirme dans un rapport publié mardi que" (NGO), "a démenti ces
        # accusations" not annotated, partial "a évoqué des «…»" by a general (title dropped),
        # "selon lesquels" trap, apposition "La chercheuse qui …, Name," + colon
        "L'organisation Vigie des droits humains (VDH) affirme dans un rapport publié mardi que "
        "des soldats kandaris ont exécuté au moins 26 civils en octobre dans le village d'Oum "
        "Tala, dans l'ouest du pays. Parmi les victimes figurent onze adolescents.\n\n"
        "Le ministère de la Défense a démenti ces accusations mercredi. Son porte-parole, le "
        "général Tarek Bouazza, a évoqué des «\u00a0affrontements avec des éléments "
        "terroristes\u00a0» et a rejeté les témoignages selon lesquels des blindés auraient "
        "encerclé le village avant l'aube.\n\n"
        "La chercheuse qui a coordonné l'enquête, Sofia Lindqvist-Aziz, maintient ses "
        "conclusions\u00a0: «\u00a0Nous avons recueilli 41 témoignages concordants et analysé "
        "des images satellites. Les faits sont établis.\u00a0»\n\n"
        "Le rapport a été transmis au procureur général, qui n'a pas donné suite. Le village "
        "d'Oum Tala, qui comptait quelque 600 habitants, est aujourd'hui déserté.",
        [
            (
                I,
                [
                    "des soldats kandaris ont exécuté au moins 26 civils en octobre dans le "
                    "village d'Oum Tala, dans l'ouest du pays"
                ],
                "Vigie des droits humains",
            ),
            (P, ["affrontements avec des éléments terroristes"], "Tarek Bouazza"),
            (
                D,
                [
                    "Nous avons recueilli 41 témoignages concordants et analysé des images "
                    "satellites. Les faits sont établis."
                ],
                "Sofia Lindqvist-Aziz",
            ),
        ],
    ),
    (  # 15 air raid shelter, AFP dateline: dialogue dashes; the second line is cut by the
        # incise "soupire une retraitée …." which ends its sentence, so two quotes; the
        # retraitée is named in the next paragraph; partial "a dénoncé … une «…»"
        "SORVIK (AFP) – Les sirènes ont retenti peu après minuit. En quelques minutes, le quai de "
        "la station Université s'est rempli de familles en pyjama, de matelas et de chiens tenus "
        "en laisse. Au-dessus, les défenses antiaériennes tiraient sans relâche.\n\n"
        "— Ils visent encore la centrale\u00a0? demande un jeune homme, les yeux rivés sur son "
        "téléphone.\n\n"
        "— Comme chaque nuit, soupire une retraitée emmitouflée dans un manteau. La peur, on s'y "
        "habitue. C'est la fatigue qui nous tue.\n\n"
        "Cette ancienne professeure de chimie, Daria Kovalenko-Brun, 68 ans, descend ici presque "
        "chaque soir depuis l'été, avec un thermos de thé et des biscuits pour les enfants des "
        "voisins.\n\n"
        "Au matin, le maire de Sorvik, Andrzej Wiśniewski-Hallé, a dénoncé sur les réseaux "
        "sociaux une «\u00a0terreur méthodique\u00a0» visant les infrastructures civiles. Deux "
        "sous-stations électriques ont été touchées et une partie de la rive gauche reste privée "
        "de chauffage.",
        [
            (D, ["Ils visent encore la centrale\u00a0?"], "jeune homme"),
            (D, ["Comme chaque nuit"], "Daria Kovalenko-Brun"),
            (
                D,
                ["La peur, on s'y habitue. C'est la fatigue qui nous tue."],
                "Daria Kovalenko-Brun",
            ),
            (P, ["terreur méthodique"], "Andrzej Wiśniewski-Hallé"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 market shelled, Reuters dateline: "…," said Name, a shopkeeper … . "…" (the
        # attribution ends its sentence: two direct quotes, same speaker); "blamed each
        # other" (noun object) and "according to the last census" not quotes
        "NAHR AL-SAFI, Qadira (Reuters) - Artillery shells slammed into the market district of "
        "Nahr al-Safi on Sunday morning, killing at least nine people and wounding dozens more in "
        "the deadliest attack on the town since the summer. Several stalls caught fire and a "
        "mosque lost part of its roof.\n\n"
        "“We heard the whistle and then everything was dust,” said Yusuf Haddad-Karim, a "
        "52-year-old shopkeeper whose stall was destroyed. “My nephew was standing right next to "
        "me. He is still in surgery.”\n\n"
        "The Qadiri army and the Southern Liberation Brigades, which have held the hills east of "
        "the town since March, blamed each other for the attack. Neither side offered evidence."
        "\n\n"
        "Nahr al-Safi had a population of about 60,000 according to the last census, taken in "
        "2019, but fewer than half are thought to remain. Residents queued on Sunday afternoon "
        "to give blood at the town's only hospital, where generators were running low on fuel.",
        [
            (D, ["We heard the whistle and then everything was dust"], "Yusuf Haddad-Karim"),
            (
                D,
                ["My nephew was standing right next to me. He is still in surgery."],
                "Yusuf Haddad-Karim",
            ),
        ],
    ),
    (  # 2 rebels take a town, AFP dateline: group "said on Tuesday it had …" (acronym),
        # army spokesman apposition "Name, a spokesman for X, told reporters … that" with a
        # partial (only the partial), a second spokesman (rebels) with "he said"
        "DALMAR, Arkessa (AFP) - The Movement for a Free Arkessa (MFA) said on Tuesday it had "
        "taken control of the border town of Dalmar after two days of fighting with government "
        "forces. The army swiftly rejected the claim.\n\n"
        "Colonel Rashid Okonkwo-Bell, a spokesman for the Arkessan armed forces, told reporters "
        "in the capital that the town remained “fully under state control”.\n\n"
        "The MFA's own spokesman, Daniel Ayele, dismissed the army's account. “Our flag is flying "
        "over the town hall. Anyone who doubts it can come and see,” he said in a voice message "
        "sent to journalists.\n\n"
        "Residents reached by telephone described heavy shelling overnight. Dalmar sits on the "
        "main trade route to the coast, and its capture would give the rebels control of customs "
        "revenue worth millions of dollars a year.",
        [
            (
                I,
                [
                    "it had taken control of the border town of Dalmar after two days of "
                    "fighting with government forces"
                ],
                "Movement for a Free Arkessa",
            ),
            (P, ["fully under state control"], "Rashid Okonkwo-Bell"),
            (
                D,
                ["Our flag is flying over the town hall. Anyone who doubts it can come and see"],
                "Daniel Ayele",
            ),
        ],
    ),
    (  # 3 ceasefire talks, AFP dateline: "A," the mediator, Name, said …, "b." (one quote,
        # two spans), two delegation heads, partial "accused X of “…”", "Ms Surname said"
        # without "that"
        "LAKEPORT (AFP) - Government and rebel negotiators ended a fourth round of talks in "
        "Lakeport on Friday without agreeing on a ceasefire in the eastern provinces of "
        "Mabura.\n\n"
        "“We have narrowed the gaps on prisoners and on humanitarian access,” the mediator, Ruth "
        "Adebayo-Sands, said at a closing news conference, “but the map is still the problem.”"
        "\n\n"
        "The two delegations remain divided over where a ceasefire line would run, particularly "
        "around the mining town of Okaro, which has changed hands twice this year.\n\n"
        "The head of the rebel delegation, Tomás Villanueva, accused the government of "
        "“negotiating with one hand and bombing with the other”. The government's chief "
        "negotiator, Edward Mensah, left without speaking to reporters.\n\n"
        "Ms Adebayo-Sands said the two sides had agreed to meet again in January. Fighting in "
        "Mabura has killed more than 12,000 people since 2022.",
        [
            (
                D,
                [
                    "We have narrowed the gaps on prisoners and on humanitarian access",
                    "but the map is still the problem.",
                ],
                "Ruth Adebayo-Sands",
            ),
            (
                P,
                ["negotiating with one hand and bombing with the other"],
                "Tomás Villanueva",
            ),
            (I, ["the two sides had agreed to meet again in January"], "Ruth Adebayo-Sands"),
        ],
    ),
    (  # 4 aid convoy blocked: two-sentence direct + "said Name, a spokeswoman for the
        # agency", unnamed "A spokesman for the X, the militia that …, said the group “deeply
        # regrets” …" → organisation, partial only; "have reported dozens of cases" not annotated
        "A convoy of 32 lorries carrying flour, fuel and medicine has been stuck for five days at "
        "the Ghazir checkpoint, unable to reach the besieged city of Tel Marun. The convoy was "
        "organised by the Relief Coordination Agency (RCA) and paid for by a group of private "
        "donors.\n\n"
        "“Every day we wait, people in Tel Marun are eating less. Some families are down to one "
        "meal every two days,” said Amira Nasrallah, a spokeswoman for the agency.\n\n"
        "A spokesman for the Ghazir Defence Brigade, the militia that controls the checkpoint, "
        "said the group “deeply regrets” the delay but needed to inspect every lorry for "
        "weapons.\n\n"
        "Tel Marun, once a city of 200,000, has been encircled since July. Doctors there have "
        "reported dozens of cases of acute malnutrition among children under five.",
        [
            (
                D,
                [
                    "Every day we wait, people in Tel Marun are eating less. Some families are "
                    "down to one meal every two days"
                ],
                "Amira Nasrallah",
            ),
            (P, ["deeply regrets"], "Ghazir Defence Brigade"),
        ],
    ),
    (  # 5 drone strike on a house: "…, according to the village's mayor, Name." (the part
        # before), Q&A "Asked whether …, she said: “…”" (spokeswoman, rank dropped), then
        # "Mr Surname was unconvinced. “…,” he told Reuters"
        "At least five people, including two children, were killed when a drone struck a house "
        "in the village of Kafr Dunya late on Monday, according to the village's mayor, Samir "
        "Aboud.\n\n"
        "The strike was the third on the district this month. Vessaran forces have been fighting "
        "the Black Crescent militia in the surrounding hills since April.\n\n"
        "At a briefing in the capital, the defence ministry's spokeswoman, Major Helena "
        "Kowalczyk, was pressed on the civilian toll. Asked whether the army had known that "
        "children were inside, she said: “We take every report of civilian harm seriously, and "
        "this one will be investigated.”\n\n"
        "Mr Aboud was unconvinced. “They knew this was a family home. Everyone in the village "
        "knew,” he told Reuters by phone. The Black Crescent has not commented on the strike.",
        [
            (
                I,
                [
                    "At least five people, including two children, were killed when a drone "
                    "struck a house in the village of Kafr Dunya late on Monday"
                ],
                "Samir Aboud",
            ),
            (
                D,
                [
                    "We take every report of civilian harm seriously, and this one will be "
                    "investigated."
                ],
                "Helena Kowalczyk",
            ),
            (
                D,
                ["They knew this was a family home. Everyone in the village knew"],
                "Samir Aboud",
            ),
        ],
    ),
    (  # 6 displacement camp: a quote over two paragraphs (first left open, second reopened)
        # with the attribution "said Name, a … mother of four" at the end; "Camp manager Name
        # told reporters" without "that"
        "Behind the wire fence of the Al-Rimal camp, in the desert south of Sadra, new tents go "
        "up every morning. The camp, built for 8,000 people, now shelters more than 21,000, most "
        "of them women and children who fled the fighting in the city in October.\n\n"
        "“The tent leaks when it rains, and at night the children cough until morning. We have "
        "one blanket for the five of us.\n\n"
        "“I do not want to go back to a house without a roof. I want to go back to a town where "
        "nobody is shooting,” said Fatima Zahra Belhaj, a 29-year-old mother of four who arrived "
        "last week from the Old City.\n\n"
        "Camp manager Ahmed Said told reporters the water supply would run out within a week "
        "unless donors released new funds. Trucks bring water from a borehole 40 kilometres "
        "away, and the road is regularly cut by fighting.",
        [
            (
                D,
                [
                    "The tent leaks when it rains, and at night the children cough until "
                    "morning. We have one blanket for the five of us.",
                    "I do not want to go back to a house without a roof. I want to go back to a "
                    "town where nobody is shooting",
                ],
                "Fatima Zahra Belhaj",
            ),
            (
                I,
                ["the water supply would run out within a week unless donors released new funds"],
                "Ahmed Said",
            ),
        ],
    ),
    (  # 7 market bomb, Reuters dateline: "Police said two men had been arrested …",
        # direct + "Inspector Name, a spokesman for X, told a news conference" (rank dropped),
        # partial "has in the past described markets as “…”" (armed group)
        "MARISCO (Reuters) - A bomb hidden in a fruit cart exploded in a crowded market in the "
        "northern city of Marisco on Saturday, killing six people and wounding at least 30, in "
        "the third such attack in the region this year.\n\n"
        "Police said two men had been arrested near the scene shortly after the blast.\n\n"
        "“This was designed to kill as many shoppers as possible,” Inspector Kwame Asante-Doyle, "
        "a spokesman for the Marisco Metropolitan Police, told a news conference.\n\n"
        "No group has claimed the attack. The Northern Covenant, an armed group behind two "
        "earlier bombings in the province, has in the past described markets as “legitimate "
        "economic targets”.\n\n"
        "Traders began clearing the rubble on Sunday morning under the eyes of armed soldiers. "
        "Most stalls were expected to reopen within days.",
        [
            (I, ["two men had been arrested near the scene shortly after the blast"], "police"),
            (
                D,
                ["This was designed to kill as many shoppers as possible"],
                "Kwame Asante-Doyle",
            ),
            (P, ["legitimate economic targets"], "Northern Covenant"),
        ],
    ),
    (  # 8 private military contractor leaves: company "said on Wednesday it was …",
        # "Its chief executive, Name, was blunt." then straight quotes + "he told the X",
        # partial "called the decision "…"" with the comma outside
        "Ironvale Security, the private military contractor hired by the government of Lomara "
        "to guard its gold mines, said on Wednesday it was withdrawing its 400 personnel from the "
        "country after three of its employees were killed in an ambush last week.\n\n"
        'Its chief executive, Gregory Halloran, was blunt. "We are not an army. We will not stay '
        'where the government itself will not go," he told the Financial Ledger.\n\n'
        "The ambush, near the Kolo mine, was claimed by the Sons of the Savannah, a militia that "
        "has been fighting for control of the gold fields since 2021.\n\n"
        "Lomara's information minister, Fatou Ndiaye-Camara, called the decision \"a commercial "
        'choice, not a security one". Soldiers are expected to replace the contractors at the '
        "three largest mines before the end of the month.",
        [
            (
                I,
                [
                    "it was withdrawing its 400 personnel from the country after three of its "
                    "employees were killed in an ambush last week"
                ],
                "Ironvale Security",
            ),
            (
                D,
                ["We are not an army. We will not stay where the government itself will not go"],
                "Gregory Halloran",
            ),
            (P, ["a commercial choice, not a security one"], "Fatou Ndiaye-Camara"),
        ],
    ),
    (  # 9 peacekeepers hit a bomb: "“…,” a spokesman for the mission said" → the mission's
        # full name; nickname “the Devil's Corridor” not a quote; partial "condemned what he
        # called a “…”" (commander, rank dropped)
        "Two peacekeepers serving with the Joint Stabilisation Mission in Kasiru (JSMK) were "
        "wounded on Thursday when their armoured vehicle hit a roadside bomb near the town of "
        "Ndolé, in the north-west of the country. The mission, which has about 9,000 troops in "
        "Kasiru, has lost 14 peacekeepers since it was deployed in 2020.\n\n"
        "“The patrol was escorting a water tanker to a site for displaced families. Both soldiers "
        "are in stable condition,” a spokesman for the mission said.\n\n"
        "The road, known locally as “the Devil's Corridor”, has seen at least nine such attacks "
        "since the rainy season ended.\n\n"
        "The mission's force commander, Lieutenant General Anil Chaudhary-Reyes, condemned what "
        "he called a “cowardly and criminal act”. Patrols in the area have since been doubled, "
        "and engineers are sweeping the road every morning before convoys set off.",
        [
            (
                D,
                [
                    "The patrol was escorting a water tanker to a site for displaced families. "
                    "Both soldiers are in stable condition"
                ],
                "Joint Stabilisation Mission in Kasiru",
            ),
            (P, ["cowardly and criminal act"], "Anil Chaudhary-Reyes"),
        ],
    ),
    (  # 10 reporter killed: programme title “…” not a quote, "“A,” said Name, his editor …,
        # “b.”" one quote two spans, organisation with acronym "said he was …"
        "Joseph Mutua-Leclerc, a reporter for the community station Radio Umoja, was shot dead "
        "on Thursday evening outside his home in Kiboga, in the country's restive east. Two "
        "gunmen on a motorcycle fled the scene. Neighbours found him lying beside his car.\n\n"
        "His weekly programme, “Voices of the Valley”, had investigated land seizures by militia "
        "commanders and the disappearance of several farmers who refused to sell.\n\n"
        "“Joseph knew he was on a list,” said Grace Wanjiru, his editor at Radio Umoja, “and he "
        "kept working anyway, because he thought people deserved to know.”\n\n"
        "The Committee for Free Reporting (CFR) said he was the fourth journalist killed in the "
        "region this year. None of the earlier killings has been solved. Mutua-Leclerc, 38, leaves "
        "a wife and three young children.",
        [
            (
                D,
                [
                    "Joseph knew he was on a list",
                    "and he kept working anyway, because he thought people deserved to know.",
                ],
                "Grace Wanjiru",
            ),
            (
                I,
                ["he was the fourth journalist killed in the region this year"],
                "Committee for Free Reporting",
            ),
        ],
    ),
    (  # 11 demining: "Dr Name, director of X, said …" (title dropped), then "the director
        # said" (role alone) after a direct quote
        "Three years after the guns fell silent in the Velez valley, farmers still walk their "
        "fields in single file. Mine clearance teams have destroyed more than 11,000 explosive "
        "devices in the valley since January, and thousands more are believed to remain "
        "buried.\n\n"
        "Dr Ines Carvalho-Mendes, director of the National Mine Action Centre, said the work "
        "would take at least another decade at the current pace. Her teams number fewer than "
        "300 deminers for an area larger than the capital.\n\n"
        "Heavy rains make the task harder, washing mines out of riverbanks and carrying them "
        "into fields that had already been cleared. Each deminer clears about 20 square metres "
        "a day, on hands and knees, with a prodder and a metal detector.\n\n"
        "“We clear a field, and the next rain brings up something new,” the director said.",
        [
            (
                I,
                ["the work would take at least another decade at the current pace"],
                "Ines Carvalho-Mendes",
            ),
            (
                D,
                ["We clear a field, and the next rain brings up something new"],
                "Ines Carvalho-Mendes",
            ),
        ],
    ),
    (  # 12 prisoner swap: indirect before ", officials on both sides said" (unnamed plural),
        # straight quotes "A," said Name, who heads …, "b." (one quote, two spans), partial
        # inside reported speech "said another exchange was "…"" by a second woman official
        "The governments of Dravia and Ostrevo exchanged 212 prisoners of war on Saturday at a "
        "border crossing near Volnik, in the largest swap since the war began, officials on both "
        "sides said.\n\n"
        "Buses carrying the freed men drove slowly through the checkpoint, watched by relatives "
        "who had waited since dawn with flags and flowers. The freed Dravian soldiers were taken "
        "to a military hospital in Volnik for medical checks. Many had been captured during the "
        "siege of Kresna in the first months of the war.\n\n"
        '"Some of them had not seen daylight for months," said Marta Kovač, who heads Dravia\'s '
        'commission for prisoners of war, "and several will need long hospital treatment."\n\n'
        "Ostrevo's human rights ombudsman, Yelena Sorokina, said another exchange was \"possible "
        'before the new year". Both sides still hold thousands of prisoners.',
        [
            (
                I,
                [
                    "The governments of Dravia and Ostrevo exchanged 212 prisoners of war on "
                    "Saturday at a border crossing near Volnik, in the largest swap since the war "
                    "began"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Some of them had not seen daylight for months",
                    "and several will need long hospital treatment.",
                ],
                "Marta Kovač",
            ),
            (P, ["possible before the new year"], "Yelena Sorokina"),
        ],
    ),
    (  # 13 defence budget: "Defence Minister Name told parliament … that" (role before the
        # name), "the minister said" (role alone), partial by "Opposition defence spokeswoman
        # Name"; "demanded an independent audit" (noun object) not annotated
        "Defence Minister Rafael Domínguez-Obi told parliament on Tuesday that the army needed an "
        "extra 2.4 billion crowns next year to replace artillery and air-defence systems lost in "
        "the eastern campaign.\n\n"
        "“Our soldiers are firing shells faster than our factories can make them,” the minister "
        "said during a heated debate that ran late into the night.\n\n"
        "Opposition defence spokeswoman Karin Lindahl accused the government of waging a "
        "“blank-cheque war” and demanded an independent audit of existing contracts.\n\n"
        "Military spending has already doubled since the start of the war, to almost 4% of "
        "national output. The budget vote is expected next week, and the governing coalition "
        "holds a majority of only three seats. Polls show voters split on whether the war should "
        "be paid for with new taxes or with borrowing.",
        [
            (
                I,
                [
                    "the army needed an extra 2.4 billion crowns next year to replace artillery "
                    "and air-defence systems lost in the eastern campaign"
                ],
                "Rafael Domínguez-Obi",
            ),
            (
                D,
                ["Our soldiers are firing shells faster than our factories can make them"],
                "Rafael Domínguez-Obi",
            ),
            (P, ["blank-cheque war"], "Karin Lindahl"),
        ],
    ),
    (  # 14 grid cyberattack: nickname “Grey Lynx” not a quote, "The grid operator, Name, said
        # the attackers had …" (no "that"), direct + "said Name, a researcher at …", partial
        # "dismissed the accusation as “…”" (ministry)
        "Hackers linked to Tarva's military intelligence service, a group known to researchers "
        "as “Grey Lynx”, cut power to about 300,000 homes in northern Velmark on Sunday night, as "
        "temperatures fell to minus 12C.\n\n"
        "The grid operator, Northline Energy, said the attackers had disabled remote control "
        "systems at 14 substations, forcing engineers to restore power by hand.\n\n"
        "“This was not a random attack. It was timed to hit when people needed heating most,” "
        "said Sanjay Mehta-Olsen, a researcher at the cybersecurity firm Brightwall.\n\n"
        "The Tarvan Foreign Ministry dismissed the accusation as “a baseless fantasy” invented to "
        "justify new sanctions. Power had been restored to most homes by Monday afternoon, but "
        "schools in three towns stayed closed. Velmark's energy regulator has opened an inquiry "
        "into the resilience of the network.",
        [
            (
                I,
                [
                    "the attackers had disabled remote control systems at 14 substations, forcing "
                    "engineers to restore power by hand"
                ],
                "Northline Energy",
            ),
            (
                D,
                [
                    "This was not a random attack. It was timed to hit when people needed heating "
                    "most"
                ],
                "Sanjay Mehta-Olsen",
            ),
            (P, ["a baseless fantasy"], "Tarvan Foreign Ministry"),
        ],
    ),
    (  # 15 siege interview, Reuters dateline: name in an apposition, Q&A "Asked whether …,
        # Mr al-Mansour said: “…”" (title + particle surname), then
        # "he said, “b.”" incise (one quote, two spans); "reports that" not a quote; partial by
        # the mayor "has described life … as “…”"
        "QASR ADIM (Reuters) - The commander of the Eastern Shield militia, Khalil al-Mansour, "
        "whose fighters have encircled the city of Qasr Adim since August, received Reuters at a "
        "farmhouse ten kilometres from the front line.\n\n"
        "Asked whether his fighters would allow civilians to leave the city, Mr al-Mansour "
        "said: “The road south is open to anyone who is not carrying a weapon.”\n\n"
        "Asked about reports that his men had fired on a bus carrying families last week, he "
        "paused. “If my men did that, they will be judged,” he said, “but I have seen no "
        "proof.”\n\n"
        "The city's mayor, Nour el-Hassan, who escaped in October, has described life under the "
        "siege as “a slow execution”. Aid agencies have not been able to enter Qasr Adim for "
        "eleven weeks.",
        [
            (
                D,
                ["The road south is open to anyone who is not carrying a weapon."],
                "Khalil al-Mansour",
            ),
            (
                D,
                ["If my men did that, they will be judged", "but I have seen no proof."],
                "Khalil al-Mansour",
            ),
            (P, ["a slow execution"], "Nour el-Hassan"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout79.jsonl"),
        "heldout79",
        "h79",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
