"""Source of the forty-fifth held-out set: writes heldout45.jsonl (split "heldout45").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like world news wire dispatches: agency copy with datelines, statements, press briefings,
translated words of foreign leaders, ministries, rebels, UN agencies and eyewitnesses.
Measured once before (extractor 0.3.0) and with extractors 0.18.0 and 0.19.0 before it was
read; read to write 0.20.0 (docs/EXTRACTION.md). Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout45.py
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
    (  # 1 rebels' ceasefire: spokesman by phone, "Il a précisé que", minister with rank
        "BALANGO (Haut-Sirré) — Les rebelles du Front de libération du Haut-Sirré (FLHS) ont "
        "décrété samedi un cessez-le-feu unilatéral de trente jours dans l'est du pays, quelques "
        "heures après la reprise de la ville de Korondi par l'armée gouvernementale.\n\n"
        "« Nous déposons les armes pour permettre aux civils de quitter les zones de combat », a "
        "déclaré par téléphone leur porte-parole, Idrissa Mbaye-Kolo. Il a précisé que les "
        "combattants resteraient sur leurs positions et riposteraient en cas d'attaque.\n\n"
        "À Balango, le gouvernement a accueilli l'annonce avec scepticisme. « Ce n'est pas la "
        "première fois que ces gens promettent la paix pour mieux se réarmer », a réagi le "
        "ministre de la Défense, le général Oumarou Tessi, devant la presse.\n\n"
        "Les combats, qui ont repris en septembre après deux ans d'accalmie relative, ont poussé "
        "plus de 40 000 personnes à fuir vers les pays voisins. Les agences humanitaires "
        "réclament depuis des semaines l'ouverture d'un couloir vers Korondi, où l'eau potable "
        "manque.",
        [
            (
                D,
                [
                    "Nous déposons les armes pour permettre aux civils de quitter les zones de combat"
                ],
                "Idrissa Mbaye-Kolo",
            ),
            (
                I,
                [
                    "les combattants resteraient sur leurs positions et riposteraient en cas d'attaque"
                ],
                "Idrissa Mbaye-Kolo",
            ),
            (
                D,
                [
                    "Ce n'est pas la première fois que ces gens promettent la paix pour mieux se "
                    "réarmer"
                ],
                "Oumarou Tessi",
            ),
        ],
    ),
    (  # 2 earthquake: no-break spaces, eyewitness "raconte" then unattributed continuation
        # (two quotes), partial after "a promis"
        "TAZRIT (Morvanie) — Un séisme de magnitude 6,4 a frappé dans la nuit de mardi à "
        "mercredi le nord de la Morvanie, faisant au moins 87 morts et plusieurs centaines de "
        "blessés. Des villages entiers de la vallée de l'Oued Seffa ont été rayés de la carte.\n\n"
        "«\u00a0Tout s'est mis à trembler, les murs sont tombés sur nous\u00a0», raconte Samira "
        "Belkhadi, 34 ans, qui a passé quatre heures sous les décombres de sa maison avec ses "
        "deux enfants. «\u00a0Ce sont les voisins qui nous ont sortis, à mains nues.\u00a0»\n\n"
        "Le Premier ministre, Hakim Zenaoui, s'est rendu sur place dans la matinée. Il a promis "
        "«\u00a0une aide immédiate à chaque famille sinistrée\u00a0» et décrété trois jours de "
        "deuil national.\n\n"
        "Dans le village voisin d'Aït Lenna, des habitants ont passé la nuit dehors, enveloppés "
        "dans des couvertures, par crainte des répliques. Les routes de montagne, coupées par des "
        "éboulements, compliquent l'acheminement des secours, et des hélicoptères de l'armée ont "
        "été dépêchés pour évacuer les blessés les plus graves vers l'hôpital de Tazrit.",
        [
            (D, ["Tout s'est mis à trembler, les murs sont tombés sur nous"], "Samira Belkhadi"),
            (D, ["Ce sont les voisins qui nous ont sortis, à mains nues."], "Samira Belkhadi"),
            (P, ["une aide immédiate à chaque famille sinistrée"], "Hakim Zenaoui"),
        ],
    ),
    (  # 3 UN food agency: "a averti que", report title in narrow no-break spaces (not speech),
        # "a déploré sa directrice régionale"
        "GENÈVE — Le Programme mondial pour l'alimentation des Nations unies (PMAN) a averti "
        "jeudi que près de 2,3 millions de personnes risquaient la famine dans le sud du Darenne "
        "d'ici au printemps, faute de financements suffisants.\n\n"
        "Dans son rapport annuel, intitulé «\u202fLa faim en silence\u202f», l'agence décrit des "
        "familles réduites à un seul repas par jour et des marchés où le prix du sorgho a triplé "
        "en un an.\n\n"
        "«\u202fNous sommes contraints de choisir qui nous nourrissons et qui nous laissons de "
        "côté\u202f», a déploré sa directrice régionale, Ingrid Solvang, lors d'un point de "
        "presse. Seuls 18\u202f% des 640 millions de dollars demandés pour la région ont été "
        "versés à ce jour.\n\n"
        "Le gouvernement darennais, qui conteste régulièrement les estimations des agences "
        "onusiennes, n'avait pas réagi jeudi soir. La saison sèche, qui commence en décembre, "
        "devrait encore aggraver la situation dans les camps de déplacés de la province de Mirou.",
        [
            (
                I,
                [
                    "près de 2,3 millions de personnes risquaient la famine dans le sud du Darenne "
                    "d'ici au printemps, faute de financements suffisants"
                ],
                "Programme mondial pour l'alimentation des Nations unies",
            ),
            (
                D,
                [
                    "Nous sommes contraints de choisir qui nous nourrissons et qui nous laissons "
                    "de côté"
                ],
                "Ingrid Solvang",
            ),
        ],
    ),
    (  # 4 disputed election: woman candidate, Mme + surname, quote continued over a paragraph
        # (two spans), partial inside reported speech, "D'après" an organisation
        "PORT-SALVAN — La candidate de l'opposition à la présidentielle en Tervanie, Aïcha "
        "Moréno-Diallo, a rejeté lundi les résultats provisoires publiés par la commission "
        "électorale, qui donnent la victoire au président sortant avec 58,2 % des voix.\n\n"
        "« Ces chiffres ont été fabriqués dans un bureau, pas dans les urnes », a lancé Mme "
        "Moréno-Diallo devant plusieurs centaines de partisans réunis à son quartier général. "
        "« Nous avons nos propres procès-verbaux, et ils disent tout autre chose.\n\n"
        "« Je demande à chacun de rester calme. Mais nous ne laisserons personne voler la voix "
        "du peuple. »\n\n"
        "Le président de la commission électorale, Fabrice Ondoua, a assuré que le scrutin "
        "s'était déroulé « dans la transparence la plus totale ». D'après la Communauté des "
        "États côtiers (CEC), qui avait déployé 120 observateurs, des irrégularités ont été "
        "relevées dans une vingtaine de bureaux de vote, notamment dans la capitale.\n\n"
        "La Cour constitutionnelle dispose de dix jours pour proclamer les résultats définitifs.",
        [
            (
                D,
                ["Ces chiffres ont été fabriqués dans un bureau, pas dans les urnes"],
                "Aïcha Moréno-Diallo",
            ),
            (
                D,
                [
                    "Nous avons nos propres procès-verbaux, et ils disent tout autre chose.",
                    "Je demande à chacun de rester calme. Mais nous ne laisserons personne voler "
                    "la voix du peuple.",
                ],
                "Aïcha Moréno-Diallo",
            ),
            (P, ["dans la transparence la plus totale"], "Fabrice Ondoua"),
            (
                I,
                [
                    "des irrégularités ont été relevées dans une vingtaine de bureaux de vote, "
                    "notamment dans la capitale"
                ],
                "Communauté des États côtiers",
            ),
        ],
    ),
    (  # 5 border tension: «» without spaces, translated televised address, operation name
        # (not speech), ministry partial then "il a indiqué que"
        "VARENSK — Le président kalovien, Dmitri Orlanov, a mis en garde vendredi la Brélie "
        "voisine contre toute provocation à leur frontière commune, où les incidents se "
        "multiplient depuis l'été.\n\n"
        "«Nous ne répondrons pas aux menaces par des menaces, mais nous sommes prêts à défendre "
        "chaque mètre de notre territoire», a-t-il affirmé dans une allocution télévisée, dont la "
        "présidence a diffusé une traduction.\n\n"
        "Depuis le lancement de l'opération «Rempart d'hiver», en octobre, l'armée kalovienne a "
        "déployé plusieurs milliers d'hommes dans la région de Sovka.\n\n"
        "À Brelsk, le ministère brélien des Affaires étrangères a rejeté des accusations qu'il a "
        "qualifiées de «totalement infondées». Dans un communiqué, il a indiqué que des blindés "
        "kaloviens avaient été observés à moins de cinq kilomètres de la frontière, en violation "
        "d'un accord de 2019.\n\n"
        "L'Union des États du Nord a appelé les deux capitales à la retenue et proposé d'envoyer "
        "une mission d'observation dans la zone.",
        [
            (
                D,
                [
                    "Nous ne répondrons pas aux menaces par des menaces, mais nous sommes prêts à "
                    "défendre chaque mètre de notre territoire"
                ],
                "Dmitri Orlanov",
            ),
            (P, ["totalement infondées"], "ministère brélien des Affaires étrangères"),
            (
                I,
                [
                    "des blindés kaloviens avaient été observés à moins de cinq kilomètres de la "
                    "frontière, en violation d'un accord de 2019"
                ],
                "ministère brélien des Affaires étrangères",
            ),
        ],
    ),
    (  # 6 freed hostage: "a-t-elle confié", group nickname in quotes (not speech),
        # role alone "la ministre"
        "SAINT-AUBRAC — Libérée après quatorze mois de captivité au Sahel, la travailleuse "
        "humanitaire Hélène Vasseur a été accueillie dimanche sur la base aérienne de "
        "Saint-Aubrac par sa famille et par la ministre des Affaires étrangères, Corinne "
        "Lamarque-Ndiaye.\n\n"
        "« Je pensais tous les jours à ce moment, et puis j'ai arrêté d'y croire », a-t-elle "
        "confié aux journalistes, visiblement émue, au pied de la passerelle. Amaigrie, elle "
        "s'est ensuite éclipsée sans répondre aux questions.\n\n"
        "Mme Vasseur, qui travaillait pour l'ONG Puits solidaires, avait été enlevée en "
        "septembre 2025 près de la ville de Doukara par un groupe armé se faisant appeler les "
        "« Fils du sable ».\n\n"
        "« Aucune rançon n'a été versée », a assuré la ministre, qui a remercié les autorités "
        "locales pour leur médiation. Elle n'a donné aucun détail sur les conditions de la "
        "libération, intervenue samedi.",
        [
            (
                D,
                ["Je pensais tous les jours à ce moment, et puis j'ai arrêté d'y croire"],
                "Hélène Vasseur",
            ),
            (D, ["Aucune rançon n'a été versée"], "Corinne Lamarque-Ndiaye"),
        ],
    ),
    (  # 7 fuel protest: banner slogans (not speech), "témoigne", dialogue dash with first
        # name only, partial after "a jugé la hausse"
        "LISVARA — Des dizaines de milliers de personnes ont défilé samedi dans les rues de "
        "Lisvara contre la hausse du prix des carburants, pour le troisième week-end consécutif. "
        "Sur les banderoles, on pouvait lire « Le pain avant les palais » ou « Varela, rends "
        "l'essence ».\n\n"
        "« On ne peut plus remplir le réservoir pour aller travailler. À la fin du mois, il ne "
        "reste rien », témoigne Rosa Quintela, une infirmière de 41 ans venue de la banlieue nord "
        "avec ses collègues.\n\n"
        "Place des Arcades, les étudiants formaient le cortège le plus bruyant.\n\n"
        "— Ils finiront par céder, parce que nous sommes plus nombreux qu'eux, assure Iñigo, "
        "20 ans, le visage peint aux couleurs du drapeau.\n\n"
        "La police a fait état de 23 interpellations et de onze agents blessés. Le porte-parole "
        "du gouvernement, Tomás Arrieta, a jugé la hausse « inévitable » au vu des cours "
        "mondiaux, tout en promettant une aide ciblée pour les ménages modestes. Les principaux "
        "syndicats ont appelé à une grève générale mardi.",
        [
            (
                D,
                [
                    "On ne peut plus remplir le réservoir pour aller travailler. À la fin du mois, "
                    "il ne reste rien"
                ],
                "Rosa Quintela",
            ),
            (D, ["Ils finiront par céder, parce que nous sommes plus nombreux qu'eux"], "Iñigo"),
            (P, ["inévitable"], "Tomás Arrieta"),
        ],
    ),
    (  # 8 war-crimes verdict: judge quoted over two sentences, lawyer "a fait savoir que",
        # victim's widow "a soufflé"
        "ARNHEL — La Cour de justice des États côtiers a condamné mercredi l'ancien chef de "
        "milice Bakary Toumani à 25 ans de prison pour crimes contre l'humanité, pour son rôle "
        "dans le massacre de Sindou, en mars 2015.\n\n"
        "« Les victimes de Sindou ont attendu ce jour pendant onze ans. Leur attente n'aura pas "
        "été vaine », a déclaré la présidente de la chambre, la juge Margarethe Olsen, en lisant "
        "le verdict devant un accusé impassible.\n\n"
        "L'avocat de la défense, Me Pascal Ebanda, a fait savoir à la sortie de l'audience que "
        "son client ferait appel, sans autre commentaire.\n\n"
        "Devant le bâtiment, une centaine de proches de victimes s'étaient rassemblés dès l'aube. "
        "« Justice est faite, enfin », a soufflé Mariam Kouyaté, dont le mari a été tué lors de "
        "l'attaque du village.\n\n"
        "L'accusation avait requis la réclusion à perpétuité. Deux autres anciens commandants de "
        "la milice doivent être jugés l'an prochain.",
        [
            (
                D,
                [
                    "Les victimes de Sindou ont attendu ce jour pendant onze ans. Leur attente "
                    "n'aura pas été vaine"
                ],
                "Margarethe Olsen",
            ),
            (I, ["son client ferait appel, sans autre commentaire"], "Pascal Ebanda"),
            (D, ["Justice est faite, enfin"], "Mariam Kouyaté"),
        ],
    ),
    (  # 9 cholera: "a déclaré … :" then quote with final period (narrow no-break spaces),
        # "Il a précisé que"
        "KESSOU (Lamarin) — L'Organisation internationale de santé publique (OISP) a relevé "
        "mercredi son niveau d'alerte pour le Lamarin, où une épidémie de choléra s'étend "
        "depuis trois semaines dans le nord du pays.\n\n"
        "Son directeur général, le Dr Anselme Kaboré, a déclaré lors d'un point de presse à "
        "Kessou : «\u202fLe risque de propagation régionale est élevé, mais il n'est pas trop "
        "tard pour contenir l'épidémie.\u202f»\n\n"
        "Il a précisé que 412 cas, dont 37 mortels, avaient été recensés depuis le 2 novembre "
        "dans trois provinces.\n\n"
        "Dans les hôpitaux de Kessou, les stocks de perfusions et de solutions de réhydratation "
        "s'épuisent, et plusieurs quartiers périphériques sont privés d'eau courante depuis les "
        "inondations d'octobre. Le ministre lamarinois de la Santé n'a pas souhaité s'exprimer. "
        "Une campagne de vaccination doit débuter la semaine prochaine, avec 600 000 doses "
        "fournies par l'organisation.",
        [
            (
                D,
                [
                    "Le risque de propagation régionale est élevé, mais il n'est pas trop tard pour "
                    "contenir l'épidémie."
                ],
                "Anselme Kaboré",
            ),
            (
                I,
                [
                    "412 cas, dont 37 mortels, avaient été recensés depuis le 2 novembre dans trois "
                    "provinces"
                ],
                "Anselme Kaboré",
            ),
        ],
    ),
    (  # 10 shipwreck: clause before "a annoncé l'ONG …", rescuer and unnamed survivor
        "SANTA LEIRA — Au moins 31 personnes ont péri dans le naufrage d'une embarcation de "
        "migrants au large de l'île de Santa Leira, dans la nuit de vendredi à samedi, a annoncé "
        "l'ONG de sauvetage Mer ouverte, dont le navire a recueilli 58 survivants.\n\n"
        "« Le bateau s'est retourné en quelques secondes. Les gens criaient dans le noir, on ne "
        "voyait rien », a raconté le coordinateur des secours à bord, Lukas Brenner, joint par "
        "téléphone.\n\n"
        "« J'ai perdu mon cousin. Il était juste à côté de moi dans l'eau », a confié un rescapé "
        "de 17 ans, originaire du Kadoro, dont le témoignage a été recueilli par l'équipe "
        "médicale.\n\n"
        "Les garde-côtes de Santa Leira, mis en cause pour leur lenteur par plusieurs "
        "associations, n'ont pas commenté. Depuis janvier, plus de 1 400 migrants ont disparu "
        "sur cette route maritime, l'une des plus meurtrières au monde.",
        [
            (
                I,
                [
                    "Au moins 31 personnes ont péri dans le naufrage d'une embarcation de migrants "
                    "au large de l'île de Santa Leira, dans la nuit de vendredi à samedi"
                ],
                "Mer ouverte",
            ),
            (
                D,
                [
                    "Le bateau s'est retourné en quelques secondes. Les gens criaient dans le noir, "
                    "on ne voyait rien"
                ],
                "Lukas Brenner",
            ),
            (D, ["J'ai perdu mon cousin. Il était juste à côté de moi dans l'eau"], "rescapé"),
        ],
    ),
    (  # 11 central bank: “ ” in French, "Il a reconnu que", "Pour X, “…”"
        "OSLEN — La banque centrale de Norvalie a relevé jeudi son taux directeur de 75 points "
        "de base, à 14,5 %, pour tenter d'enrayer la chute de la monnaie nationale, le kron, qui "
        "a perdu un tiers de sa valeur face au dollar depuis janvier.\n\n"
        "“La stabilité des prix est notre seule boussole”, a déclaré son gouverneur, Halvard "
        "Strøm, lors d'une conférence de presse. Il a reconnu que la décision pèserait sur "
        "l'activité au moins jusqu'à l'été prochain.\n\n"
        "L'inflation a atteint 11,8 % sur un an en octobre, un record depuis 1994, et les "
        "ménages consacrent désormais plus du tiers de leurs revenus à l'alimentation.\n\n"
        "Pour Birgit Almqvist, économiste chez Halden & Rook, “la banque centrale a agi tard, "
        "mais elle a frappé fort”. Les marchés ont salué la décision : le kron a regagné 3 % "
        "dans la journée.",
        [
            (D, ["La stabilité des prix est notre seule boussole"], "Halvard Strøm"),
            (
                I,
                ["la décision pèserait sur l'activité au moins jusqu'à l'été prochain"],
                "Halvard Strøm",
            ),
            (D, ["la banque centrale a agi tard, mais elle a frappé fort"], "Birgit Almqvist"),
        ],
    ),
    (  # 12 rebel ambush: "selon une source sécuritaire", partial in an audio message
        # ("affirme que"), army spokesman after the cue
        "WARA (Nord-Kivali) — Le Mouvement pour la justice au Nord-Kivali (MJNK) a revendiqué "
        "mardi l'embuscade tendue la veille contre un convoi militaire sur la route de Wara. Au "
        "moins douze soldats ont été tués, selon une source sécuritaire.\n\n"
        "Dans un enregistrement audio diffusé sur les réseaux sociaux, le chef du mouvement, "
        "Abdou Karim Sylla, affirme que ses hommes « ne cesseront pas le combat tant que l'armée "
        "occupera nos terres ».\n\n"
        "L'état-major a démenti un bilan aussi lourd. « Les terroristes gonflent les chiffres "
        "pour exister médiatiquement », a déclaré à la presse le colonel Serge Mabiala, "
        "porte-parole de l'armée, sans fournir de bilan officiel.\n\n"
        "Des habitants de Wara, joints par téléphone, décrivaient mardi une ville quadrillée "
        "par les militaires et des commerces restés fermés.",
        [
            (I, ["Au moins douze soldats ont été tués"], "source sécuritaire"),
            (
                P,
                ["ne cesseront pas le combat tant que l'armée occupera nos terres"],
                "Abdou Karim Sylla",
            ),
            (
                D,
                ["Les terroristes gonflent les chiffres pour exister médiatiquement"],
                "Serge Mabiala",
            ),
        ],
    ),
    (  # 13 summit: quote split by an incise ending in a period (one quote, two spans),
        # woman leader through an interpreter, "Elle a toutefois souligné que"
        "PORTO LINDO — Le Valmoro et la Kessarie ont signé vendredi à Porto Lindo un accord "
        "prévoyant la réouverture de leur frontière commune, fermée depuis quatre ans à la suite "
        "d'un différend sur le partage des eaux du fleuve Arno.\n\n"
        "« Nous avons perdu trop de temps, a déclaré le président valmorien, Rui Tavares-Lobo, "
        "lors d'une conférence de presse commune. Nos peuples commercent ensemble depuis des "
        "siècles, et aucune querelle de dirigeants ne devrait les en empêcher. »\n\n"
        "S'exprimant par la voix d'une interprète, son homologue kessarienne, Nadia El-Amrani, a "
        "salué « une page nouvelle » dans les relations entre les deux pays. Elle a toutefois "
        "souligné que le sort des quelque 80 000 réfugiés kessariens installés au Valmoro restait "
        "à régler.\n\n"
        "Les premiers postes frontières doivent rouvrir le 15 janvier.",
        [
            (
                D,
                [
                    "Nous avons perdu trop de temps",
                    "Nos peuples commercent ensemble depuis des siècles, et aucune querelle de "
                    "dirigeants ne devrait les en empêcher.",
                ],
                "Rui Tavares-Lobo",
            ),
            (P, ["une page nouvelle"], "Nadia El-Amrani"),
            (
                I,
                [
                    "le sort des quelque 80 000 réfugiés kessariens installés au Valmoro restait à "
                    "régler"
                ],
                "Nadia El-Amrani",
            ),
        ],
    ),
    (  # 14 wildfire: scare quotes (not speech), "selon" at the end, speaker named in the
        # previous sentence with no cue
        "KALLIO (Cardanie) — Des centaines de pompiers luttaient toujours lundi contre un "
        "gigantesque incendie de forêt dans le sud de la Cardanie, où la « saison des feux » "
        "s'étire désormais de mai à novembre. Les flammes ont parcouru plus de 18 000 hectares "
        "depuis jeudi, selon la Protection civile cardanaise.\n\n"
        "Le maire de Kallio, Aurelio Santi, ne cache pas son inquiétude. « Si le vent tourne "
        "cette nuit, nous devrons évacuer tout le centre-ville. Nous avons déjà préparé les "
        "bus. »\n\n"
        "Quelque 1 200 pompiers et neuf avions bombardiers d'eau, dont trois prêtés par des pays "
        "voisins, sont mobilisés sous les ordres de la commandante Elena Ruscu.\n\n"
        "Aucune victime n'est à déplorer, mais quatre villages ont été évacués par précaution et "
        "plusieurs routes régionales restent fermées à la circulation.",
        [
            (
                I,
                ["Les flammes ont parcouru plus de 18 000 hectares depuis jeudi"],
                "Protection civile cardanaise",
            ),
            (
                D,
                [
                    "Si le vent tourne cette nuit, nous devrons évacuer tout le centre-ville. Nous "
                    "avons déjà préparé les bus."
                ],
                "Aurelio Santi",
            ),
        ],
    ),
    (  # 15 UN envoy at the Security Council: "a-t-il martelé." then a second quote (two
        # quotes), ambassador "a répondu que"
        "NEW YORK (Nations unies) — L'envoyé spécial des Nations unies pour le Sirré, Tobias "
        "Lindqvist, a plaidé mardi devant le Conseil de sécurité pour une trêve humanitaire "
        "immédiate dans la province de Gamba, où les combats ont repris il y a deux semaines.\n\n"
        "«\u202fChaque jour qui passe coûte des vies. Les convois sont bloqués, les hôpitaux "
        "sont à court de tout\u202f», a-t-il martelé. «\u202fJe demande aux deux parties de "
        "laisser passer l'aide, sans conditions et sans délai.\u202f»\n\n"
        "L'ambassadrice du Valmoro auprès de l'ONU, Ana Beatriz Coelho, a répondu que son "
        "gouvernement était prêt à discuter d'une pause dans les combats, à condition que les "
        "rebelles libèrent les otages qu'ils détiennent.\n\n"
        "Quelque 210 000 personnes ont été déplacées depuis octobre dans la province, où les "
        "convois humanitaires n'ont plus accès aux principales villes.",
        [
            (
                D,
                [
                    "Chaque jour qui passe coûte des vies. Les convois sont bloqués, les hôpitaux "
                    "sont à court de tout"
                ],
                "Tobias Lindqvist",
            ),
            (
                D,
                [
                    "Je demande aux deux parties de laisser passer l'aide, sans conditions et sans délai."
                ],
                "Tobias Lindqvist",
            ),
            (
                I,
                [
                    "son gouvernement était prêt à discuter d'une pause dans les combats, à "
                    "condition que les rebelles libèrent les otages qu'ils détiennent"
                ],
                "Ana Beatriz Coelho",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 drone crash: straight quotes, ministry "said in a statement", farmer after the cue
        "KARSA, Morvane — The Morvanian Foreign Ministry on Tuesday summoned the ambassador of "
        "neighbouring Taldria after a Taldrian military drone crashed in a farming village near "
        "the border, injuring two people.\n\n"
        '"This is a grave violation of our sovereignty, and it will not go unanswered," the '
        "ministry said in a statement. Taldria's envoy was handed a formal note of protest.\n\n"
        "The drone came down shortly after dawn in Velik, a village of about 600 people some "
        "three kilometres from the frontier. Two people working in a nearby field were treated "
        "for burns.\n\n"
        '"It came down like a stone, twenty metres from my kitchen. My grandson was playing '
        'outside," said Goran Melko, a 63-year-old farmer.\n\n'
        "Taldria, which has been fighting separatist militias along its southern flank for two "
        "years, did not immediately comment. Its drones have strayed into Morvanian airspace at "
        "least four times since March.",
        [
            (
                D,
                ["This is a grave violation of our sovereignty, and it will not go unanswered"],
                "Morvanian Foreign Ministry",
            ),
            (
                D,
                [
                    "It came down like a stone, twenty metres from my kitchen. My grandson was "
                    "playing outside"
                ],
                "Goran Melko",
            ),
        ],
    ),
    (  # 2 refugees: "according to" a UN office, Dr. + "A," X said. "B." (two quotes)
        "AMMARA, Sudrania — More than 12,000 people have crossed into Sudrania over the past "
        "week to escape fighting in northern Kessaro, according to the U.N. Office for "
        "Displaced Persons.\n\n"
        "Long lines of trucks, donkey carts and people on foot stretched for several kilometres "
        "at the Ammara crossing on Friday, as border guards struggled to register the new "
        "arrivals.\n\n"
        '"Most of them are women and children, and many arrive with nothing but the clothes '
        'they are wearing," said Dr. Leila Haddaoui, who runs a clinic at the Ammara transit '
        'camp. "We are seeing cases of severe malnutrition that we had not seen here in '
        'years."\n\n'
        "The camp, built for 5,000 people, now holds nearly three times that number. The coming "
        "rainy season is expected to bring flooding and disease to its crowded lanes.",
        [
            (
                I,
                [
                    "More than 12,000 people have crossed into Sudrania over the past week to "
                    "escape fighting in northern Kessaro"
                ],
                "U.N. Office for Displaced Persons",
            ),
            (
                D,
                [
                    "Most of them are women and children, and many arrive with nothing but the "
                    "clothes they are wearing"
                ],
                "Leila Haddaoui",
            ),
            (
                D,
                ["We are seeing cases of severe malnutrition that we had not seen here in years."],
                "Leila Haddaoui",
            ),
        ],
    ),
    (  # 3 prisoner release: rebel group "said it had", spokesman "told journalists by
        # telephone", minister with ‘ ’ inside “ ”
        "MARRAK — The Sirran Liberation Army (SLA) said on Thursday it had freed 14 government "
        "soldiers captured during clashes in the Oldor hills last month. The men were handed "
        "over to a team from the International Relief Committee in the town of Ousso.\n\n"
        "“We have no quarrel with the soldiers. Our quarrel is with those who send them to burn "
        "our villages,” SLA spokesman Yusuf Adeyemi-Kane told journalists by telephone. The "
        "release comes a week before peace talks are due to open in Tarsa.\n\n"
        "The government was dismissive. “The so-called ‘humanitarian gesture’ of these "
        "criminals will not buy them an amnesty,” Information Minister Clara Ndorwe said in a "
        "statement.\n\n"
        "The SLA has fought government forces in Marrak for more than a decade, demanding "
        "autonomy for the region's herding communities.",
        [
            (
                I,
                [
                    "it had freed 14 government soldiers captured during clashes in the Oldor "
                    "hills last month"
                ],
                "Sirran Liberation Army",
            ),
            (
                D,
                [
                    "We have no quarrel with the soldiers. Our quarrel is with those who send "
                    "them to burn our villages"
                ],
                "Yusuf Adeyemi-Kane",
            ),
            (
                D,
                [
                    "The so-called ‘humanitarian gesture’ of these criminals will not buy them an "
                    "amnesty"
                ],
                "Clara Ndorwe",
            ),
        ],
    ),
    (  # 4 confidence vote: Ms. + surname, quote continued over a paragraph (two spans),
        # partial after "accused … of"
        "VELMORE — Prime Minister Johanna Reis survived a confidence vote in parliament on "
        "Wednesday by a margin of just four votes, ending a week of turmoil that had threatened "
        "to bring down her three-party coalition.\n\n"
        '"Tonight parliament chose stability over chaos," Ms. Reis told lawmakers after the '
        'result was announced. "We now have a duty to deliver on the promises we made.\n\n'
        '"The budget will be presented next month, as planned, and it will protect '
        'pensions."\n\n'
        'Opposition leader Anton Skarvik accused the government of surviving "by buying '
        'votes" with promises of new roads for the constituencies of three independent '
        "lawmakers. His Freedom Party had forced the vote after two ministers resigned over a "
        "procurement scandal.\n\n"
        "Markets, which had fallen sharply during the crisis, recovered some of their losses on "
        "Thursday morning.",
        [
            (D, ["Tonight parliament chose stability over chaos"], "Johanna Reis"),
            (
                D,
                [
                    "We now have a duty to deliver on the promises we made.",
                    "The budget will be presented next month, as planned, and it will protect "
                    "pensions.",
                ],
                "Johanna Reis",
            ),
            (P, ["by buying votes"], "Anton Skarvik"),
        ],
    ),
    (  # 5 floods: "officials said" after the clause, market trader, partial inside reported
        # speech, role alone "the governor"
        "PORT ELIM — Flash floods swept through the coastal province of Dalassa overnight, "
        "killing at least 46 people and leaving dozens missing, officials said on Sunday.\n\n"
        "Torrential rain fell for more than ten hours, sending rivers of mud through low-lying "
        "neighbourhoods of the provincial capital and washing away a bridge on the main highway "
        "north.\n\n"
        '"The water came up to the roof in less than an hour," said Mariam Osei-Tutu, a '
        "market trader who spent the night on the top floor of a neighbour's house with her "
        "three children.\n\n"
        'Provincial governor Daniel Okorafor told reporters the death toll was "certain to '
        'rise" as rescue teams reached villages cut off by landslides. "We have boats, we have '
        'helicopters, but we do not have enough hands," the governor said.',
        [
            (
                I,
                [
                    "Flash floods swept through the coastal province of Dalassa overnight, killing "
                    "at least 46 people and leaving dozens missing"
                ],
                "officials",
            ),
            (D, ["The water came up to the roof in less than an hour"], "Mariam Osei-Tutu"),
            (P, ["certain to rise"], "Daniel Okorafor"),
            (
                D,
                ["We have boats, we have helicopters, but we do not have enough hands"],
                "Daniel Okorafor",
            ),
        ],
    ),
    (  # 6 gas-field talks: quote split by a comma incise (one quote, two spans), man
        # introduced in the previous sentence then "he told a news conference"
        "GENEVA — Talks between Ostravia and the Republic of Keld over a disputed offshore gas "
        "field ended without agreement on Friday after three days of closed-door negotiations, "
        "though a new round has been scheduled for January.\n\n"
        "“We have narrowed the gaps,” Ostravian Foreign Minister Ilse Brandauer said, “but on "
        "the question of revenue sharing we are still very far apart.”\n\n"
        "Her Keldish counterpart, Tomasz Varga, was more upbeat. “For the first time in six "
        "years, we are talking about numbers and not about principles,” he told a news "
        "conference.\n\n"
        "The Lidra field, discovered in 2017, is believed to hold enough gas to supply both "
        "countries for three decades. Ostravia briefly sent warships into the area in 2022, "
        "prompting the Council of Northern States to step in as mediator.",
        [
            (
                D,
                [
                    "We have narrowed the gaps",
                    "but on the question of revenue sharing we are still very far apart.",
                ],
                "Ilse Brandauer",
            ),
            (
                D,
                [
                    "For the first time in six years, we are talking about numbers and not about "
                    "principles"
                ],
                "Tomasz Varga",
            ),
        ],
    ),
    (  # 7 cargo plane crash: "according to" an authority, aircraft nickname (not speech),
        # eyewitness after the cue
        "LOMBARA — A cargo plane crashed shortly after take-off from Lombara's international "
        "airport on Monday, killing all five crew members, according to the country's Civil "
        "Aviation Authority.\n\n"
        "The Antonel-32, an ageing twin-engine freighter known among local pilots as the "
        '"flying brick," was carrying mining equipment to the northern city of Gara.\n\n'
        '"I saw it bank sharply to the left, then there was a huge ball of fire," said Ibrahim '
        "Kone, who works at a fuel depot near the end of the runway.\n\n"
        "The flight recorders have been recovered and will be analysed abroad. Lombara has "
        "recorded four fatal air accidents in the past three years, all of them involving cargo "
        "aircraft operated by small private companies. The airport reopened to traffic late on "
        "Monday evening.",
        [
            (
                I,
                [
                    "A cargo plane crashed shortly after take-off from Lombara's international "
                    "airport on Monday, killing all five crew members"
                ],
                "Civil Aviation Authority",
            ),
            (
                D,
                ["I saw it bank sharply to the left, then there was a huge ball of fire"],
                "Ibrahim Kone",
            ),
        ],
    ),
    (  # 8 measles: Dr. + "warned that", then "he said" in the next paragraph
        "KALINDA — Health authorities in Osmara have declared a measles outbreak in three "
        "northern districts after recording 212 suspected cases and nine deaths among children "
        "under five since early October.\n\n"
        "Health Minister Dr. Peter Lwanga-Obi warned that vaccination rates in the affected "
        "districts had fallen below 50 percent. Many families stopped attending clinics during "
        "the pandemic and never came back.\n\n"
        '"These are deaths that we know how to prevent. That is what makes them so hard to '
        'accept," he said at a briefing in the capital.\n\n'
        "A vaccination campaign targeting 1.4 million children is due to start on Monday, backed "
        "by the Global Child Immunisation Fund. At Kalinda District Hospital, the paediatric "
        "ward was full on Wednesday, with mothers sleeping on mats in the corridors beside their "
        "children.",
        [
            (
                I,
                ["vaccination rates in the affected districts had fallen below 50 percent"],
                "Peter Lwanga-Obi",
            ),
            (
                D,
                [
                    "These are deaths that we know how to prevent. That is what makes them so hard "
                    "to accept"
                ],
                "Peter Lwanga-Obi",
            ),
        ],
    ),
    (  # 9 opposition leader jailed: woman, Ms. + surname, lawyer partial, UN spokeswoman
        # "said:" with two sentences
        "DREVNO — A court in Taldria on Tuesday sentenced opposition leader Katarina Holm to nine "
        "years in prison for inciting mass unrest, in a case widely seen as an attempt to keep "
        "her out of next year's presidential election.\n\n"
        '"I am not afraid, and I ask you not to be afraid either," Ms. Holm told supporters '
        "from the glass cage in the courtroom as the verdict was read. Dozens of them chanted "
        "her name outside, under the eyes of riot police.\n\n"
        'Her lawyer, Viktor Pahl, said the ruling had been "written before the trial even '
        'began". He has ten days to file an appeal.\n\n'
        "In Geneva, a spokeswoman for the U.N. High Commissioner for Human Rights, Ruth Amsel, "
        'said: "This trial fell far short of international standards. Ms. Holm should be '
        'released immediately."',
        [
            (D, ["I am not afraid, and I ask you not to be afraid either"], "Katarina Holm"),
            (P, ["written before the trial even began"], "Viktor Pahl"),
            (
                D,
                [
                    "This trial fell far short of international standards. Ms. Holm should be "
                    "released immediately."
                ],
                "Ruth Amsel",
            ),
        ],
    ),
    (  # 10 peace talks: translated president, surname alone, nom de guerre in quotes (not
        # speech) then a partial, shopkeeper "she said"
        "SAN TELMO — President Ramiro Estrada of Vallenca on Sunday announced the opening of "
        "formal peace talks with the Movement of the Rural Poor (MRP), the country's last active "
        "guerrilla group, in a televised address to the nation.\n\n"
        "“Sixty years of war is enough. Sixty years of funerals is enough,” Estrada said, "
        "speaking in Spanish. The first round is due to take place next month in a neutral "
        "country.\n\n"
        "In a written statement, the MRP's commander, who goes by the nom de guerre “Comandante "
        "Sierra,” welcomed the announcement but said the rebels would not lay down their arms "
        "“as a precondition for anything”.\n\n"
        "In Piedra Alta, a former rebel stronghold where the army and the guerrillas fought for "
        "control of the coca fields for decades, shopkeeper Luz Marina Ocampo was cautious. “We "
        "have heard all this before,” she said.",
        [
            (
                D,
                ["Sixty years of war is enough. Sixty years of funerals is enough"],
                "Ramiro Estrada",
            ),
            (P, ["as a precondition for anything"], "Comandante Sierra"),
            (D, ["We have heard all this before"], "Luz Marina Ocampo"),
        ],
    ),
    (  # 11 oil output cut: clause before "the company said", unnamed spokesman for the
        # company, ministry partial with a noun-object verb after it
        "ORLANDA — Petrovena, Sudrania's state oil company, will cut crude output by 15 percent "
        "from January after a wave of attacks on its pipelines in the south of the country, the "
        "company said on Wednesday.\n\n"
        '"We cannot pump oil into pipelines that are being blown up every week," a spokesman '
        "for Petrovena told reporters in Orlanda.\n\n"
        "At least nine sabotage attacks have hit the southern network since August. No group has "
        "claimed responsibility for them, and repair crews now need armed escorts to reach the "
        "damaged sections in the swamps of the Lower Vessa.\n\n"
        'The Energy Ministry called the attacks "economic terrorism" and announced the '
        "deployment of additional troops along the pipeline corridor. Oil accounts for roughly "
        "70 percent of Sudrania's export earnings.",
        [
            (
                I,
                [
                    "Petrovena, Sudrania's state oil company, will cut crude output by 15 percent "
                    "from January after a wave of attacks on its pipelines in the south of the "
                    "country"
                ],
                "Petrovena",
            ),
            (
                D,
                ["We cannot pump oil into pipelines that are being blown up every week"],
                "Petrovena",
            ),
            (P, ["economic terrorism"], "Energy Ministry"),
        ],
    ),
    (  # 12 mine rescue: speaker after "said", then an unattributed second quote (two quotes)
        "KORVA, Belgora — Rescuers on Thursday pulled 11 miners alive from a collapsed gold mine "
        "in western Belgora, three days after part of a tunnel caved in some 300 metres "
        "underground.\n\n"
        "Crowds of relatives who had waited at the pithead since Monday cheered as the men were "
        "brought to the surface one by one, wrapped in foil blankets.\n\n"
        "“They were sitting together in the dark, sharing the last of their water,” said rescue "
        "team leader Ana Petrescu. “When our lights reached them, one of them started to "
        "sing.”\n\n"
        "Four other miners are still missing. The mine's owner, Aurum Belgora, has not commented "
        "on the cause of the collapse, which came two months after labour inspectors ordered "
        "repairs to the ventilation system.",
        [
            (
                D,
                ["They were sitting together in the dark, sharing the last of their water"],
                "Ana Petrescu",
            ),
            (D, ["When our lights reached them, one of them started to sing."], "Ana Petrescu"),
        ],
    ),
    (  # 13 volcano: farmer known by first name only
        "VILLA ROCA — Authorities ordered the evacuation of some 9,000 people living on the "
        "slopes of Mount Orcala on Tuesday after the volcano spewed a column of ash eight "
        "kilometres into the sky.\n\n"
        "Ash fell as far as the regional capital, 60 kilometres away, where schools were closed "
        "and the airport suspended all flights.\n\n"
        '"The mountain has been rumbling for days. This morning the sky went black at ten '
        "o'clock,\" said a farmer from the village of San Isidro who gave only his first name, "
        "Esteban.\n\n"
        "Civil Protection teams went from door to door through the afternoon, and buses were "
        "lined up in the main square of each village. The National Volcanology Institute raised "
        "its alert to the second-highest level, the first time it has done so since 1998.",
        [
            (
                D,
                [
                    "The mountain has been rumbling for days. This morning the sky went black at "
                    "ten o'clock"
                ],
                "Esteban",
            ),
        ],
    ),
    (  # 14 regional summit: quote opening the story, speaker in the next paragraph, partial
        # after "accused … of", summit theme on banners (not speech)
        'KAZEL — "Our country will not be dictated to, not by its neighbours and not by distant '
        'powers."\n\n'
        "With those words, President Omar Haidari of Ravastan opened a summit of regional leaders "
        "in the capital on Monday, a day after a bomb attack on a border post killed seven of his "
        "soldiers.\n\n"
        "Speaking through an interpreter, Haidari accused unnamed foreign governments of "
        '"stirring up trouble" along Ravastan\'s western frontier.\n\n'
        'Leaders from five countries are attending the two-day meeting, whose theme, "Roads of '
        'Friendship", was painted on banners lining the main avenue. Ravastan hopes it will '
        "produce agreements on trade corridors and water sharing, two issues that have poisoned "
        "relations in the region since the end of the civil war in 2009. Security in Kazel was "
        "tight, with armoured vehicles posted at every crossroads near the conference centre.",
        [
            (
                D,
                [
                    "Our country will not be dictated to, not by its neighbours and not by distant "
                    "powers."
                ],
                "Omar Haidari",
            ),
            (P, ["stirring up trouble"], "Omar Haidari"),
        ],
    ),
    (  # 15 Security Council veto: woman ambassador after "said", operation name (not
        # speech), "Ms. Kvist later told reporters" + partial
        "UNITED NATIONS — The U.N. Security Council failed on Thursday to adopt a resolution "
        "demanding a ceasefire in the Gamba province of Sirre, after Taldria used its veto.\n\n"
        "“Every day this Council does nothing, the people of Gamba pay the price,” said "
        "Ambassador Helena Kvist of Nordland, whose delegation drafted the text. Twelve of the "
        "15 members voted in favour.\n\n"
        "Fighting in Gamba intensified this month after government forces launched “Operation "
        "Iron Dawn” to retake the provincial capital. Taldria's envoy left the chamber without "
        "speaking to reporters.\n\n"
        "More than 300,000 people have fled the province since the start of the year, many of "
        "them on foot, to overcrowded camps along the border.\n\n"
        "Ms. Kvist later told reporters she was “disappointed but not surprised”.",
        [
            (
                D,
                ["Every day this Council does nothing, the people of Gamba pay the price"],
                "Helena Kvist",
            ),
            (P, ["disappointed but not surprised"], "Helena Kvist"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout45.jsonl"),
        "heldout45",
        "h45",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
