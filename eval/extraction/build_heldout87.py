"""Source of the eighty-seventh held-out set: writes heldout87.jsonl (split "heldout87").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
regional and overseas news: francophone Africa, the Caribbean, Quebec, Belgium and Switzerland in
French; Ireland, India, Australia, Canada and South Africa in English. Local elections, water and
power cuts, storms, mining and land disputes, with local officials, chiefs, activists, residents
and company representatives quoted.
Measured once with 0.3.0, 0.27.1 and 0.28.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout87.py
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
    (  # 1 municipal election in Casamance: "selon les résultats provisoires" (not a source),
        # direct + "a lancé le nouveau maire, Name" after, partial "a dénoncé des « … »",
        # "réclame l'annulation" (noun object, not annotated)
        "La liste Kandiala Debout a remporté dimanche les élections municipales de Kandiala, en "
        "Casamance, avec 54,2 % des suffrages exprimés, selon les résultats provisoires publiés "
        "lundi. Le taux de participation a atteint 61 %, un record pour cette commune de 90 000 "
        "habitants.\n\n"
        "«\u00a0Ce soir, ce n'est pas ma victoire, c'est celle des quartiers qu'on avait "
        "oubliés\u00a0», a lancé le nouveau maire, Ousmane Badji-Sagna, devant plusieurs centaines "
        "de partisans réunis sur la place du marché. Cet ancien instituteur de 47 ans a fait "
        "campagne sur l'assainissement et sur les coupures d'eau qui frappent les quartiers "
        "périphériques depuis des années.\n\n"
        "Le maire sortant, Lamine Diatta, n'a pas reconnu sa défaite. Il a dénoncé des "
        "«\u00a0irrégularités massives\u00a0» dans au moins neuf bureaux de vote et réclame "
        "l'annulation du scrutin dans ces quartiers.\n\n"
        "La cour d'appel de Ziguinchor doit se prononcer sur les recours d'ici à trois semaines. "
        "L'installation du nouveau conseil municipal, initialement prévue le 15 décembre, pourrait "
        "être reportée.",
        [
            (
                D,
                [
                    "Ce soir, ce n'est pas ma victoire, c'est celle des quartiers qu'on avait "
                    "oubliés"
                ],
                "Ousmane Badji-Sagna",
            ),
            (P, ["irrégularités massives"], "Lamine Diatta"),
        ],
    ),
    (  # 2 water cut in Guadeloupe: dialogue-dash exchange (two unnamed speakers, no-break space
        # before "!"), organisation "attribue … à" (not speech), partial "a dénoncé un réseau
        # « … »", "réclame un plan" (noun object)
        "Depuis onze jours, les robinets restent à sec dans plusieurs quartiers d'Anse-Caraïbe, "
        "sur la côte nord de la Basse-Terre. Près de 4 000 foyers sont privés d'eau courante, et "
        "les camions-citernes ne passent qu'un jour sur deux dans les sections les plus hautes de "
        "la commune.\n\n"
        "Devant la mairie, mardi matin, une cinquantaine d'habitants attendaient la distribution "
        "de packs d'eau. Une retraitée, un seau vide à la main, a interpellé un agent "
        "municipal\u00a0:\n"
        "— Onze jours sans une goutte, et personne ne nous dit quand ça va revenir\u00a0!\n"
        "— On fait ce qu'on peut, madame. Le camion arrive à midi.\n\n"
        "Le Syndicat intercommunal des eaux du Nord attribue la pénurie à la rupture d'une "
        "canalisation principale, emportée par un glissement de terrain après les fortes pluies de "
        "la fin octobre. Les travaux de réparation ont commencé lundi.\n\n"
        "Le maire, Joël Bourgeois-Lacroix, a dénoncé de son côté un réseau «\u00a0à bout de "
        "souffle\u00a0», dont la moitié de l'eau se perd dans les fuites avant d'arriver au "
        "robinet. Il réclame depuis deux ans un plan d'urgence de l'État pour les canalisations de "
        "l'archipel.",
        [
            (
                D,
                ["Onze jours sans une goutte, et personne ne nous dit quand ça va revenir\u00a0!"],
                "retraitée",
            ),
            (D, ["On fait ce qu'on peut, madame. Le camion arrive à midi."], "agent municipal"),
            (P, ["à bout de souffle"], "Joël Bourgeois-Lacroix"),
        ],
    ),
    (  # 3 Quebec ice storm: two mayors introduced by apposition, "a-t-il martelé" after,
        # incise "a-t-elle souligné" splitting one quote (final period kept), "la mairesse a
        # demandé une aide" (noun object), "Selon l'agence MétéoNord, …" (generic noun dropped)
        "Près de 180 000 clients d'Hydro-Laurentides étaient toujours privés d'électricité "
        "mercredi soir, deux jours après la tempête de verglas qui a frappé les Laurentides et la "
        "Mauricie. Dans les secteurs boisés, le rétablissement complet pourrait prendre jusqu'à "
        "une semaine.\n\n"
        "À Saint-Anselme-du-Lac, où des centaines d'arbres se sont effondrés sur les lignes, le "
        "maire, Réjean Tremblay-Ouellet, a ouvert le centre communautaire aux sinistrés. "
        "«\u00a0On a des aînés qui dorment dans des maisons à 8 degrés. On ne peut pas attendre une "
        "semaine\u00a0», a-t-il martelé.\n\n"
        "Sa voisine, la mairesse de Val-Brûlé, Chantal Nadeau, a pour sa part salué le travail des "
        "monteurs de lignes venus de l'Ontario et du Nouveau-Brunswick. «\u00a0Ils travaillent "
        "seize heures par jour dans des conditions épouvantables, a-t-elle souligné, mais la "
        "patience des gens a ses limites.\u00a0» La mairesse a par ailleurs demandé à Québec une "
        "aide d'urgence pour les municipalités touchées.\n\n"
        "Selon l'agence MétéoNord, de nouvelles précipitations verglaçantes sont possibles jeudi "
        "sur le nord de la région.",
        [
            (
                D,
                [
                    "On a des aînés qui dorment dans des maisons à 8 degrés. On ne peut pas "
                    "attendre une semaine"
                ],
                "Réjean Tremblay-Ouellet",
            ),
            (
                D,
                [
                    "Ils travaillent seize heures par jour dans des conditions épouvantables",
                    "mais la patience des gens a ses limites.",
                ],
                "Chantal Nadeau",
            ),
            (
                I,
                [
                    "de nouvelles précipitations verglaçantes sont possibles jeudi sur le nord de "
                    "la région"
                ],
                "MétéoNord",
            ),
        ],
    ),
    (  # 4 Belgian flood: « » with plain spaces, partial "a parlé d'une « … »", direct after a
        # colon with two sentences and final period kept, "selon lesquels" trap, company that
        # "n'avait pas réagi" (not a quote)
        "La Vesdrette est sortie de son lit dans la nuit de dimanche à lundi, inondant une "
        "soixantaine d'habitations du centre de Foncheval, dans la province de Liège. Les pompiers "
        "de la zone Hesbaye-Ardenne ont procédé à une quarantaine d'évacuations, sans faire de "
        "blessé.\n\n"
        "Le bourgmestre, Didier Vanhoutte, a parlé d'une « nuit d'angoisse » pour les riverains, "
        "dont beaucoup avaient déjà tout perdu lors des inondations de juillet 2021. Il a "
        "déclenché la phase communale de gestion de crise dès 2 heures du matin.\n\n"
        "L'échevine des Travaux, Nathalie Kabongo-Mertens, s'est montrée plus directe : « Les "
        "bassins d'orage promis après 2021 n'ont jamais été construits. La Région doit maintenant "
        "prendre ses responsabilités. »\n\n"
        "Des messages selon lesquels le barrage de la Gileppe-Haute aurait été ouvert trop tard "
        "circulaient lundi sur les réseaux sociaux. Le gestionnaire de l'ouvrage, la société "
        "Aqualis, n'avait pas réagi lundi soir. Le CPAS a ouvert une salle de sport pour héberger "
        "les familles sinistrées, et les écoles de la commune ont organisé une collecte de "
        "vêtements.",
        [
            (P, ["nuit d'angoisse"], "Didier Vanhoutte"),
            (
                D,
                [
                    "Les bassins d'orage promis après 2021 n'ont jamais été construits. La Région "
                    "doit maintenant prendre ses responsabilités."
                ],
                "Nathalie Kabongo-Mertens",
            ),
        ],
    ),
    (  # 5 Swiss rockfall: partial inside reported speech ("a indiqué que … « sans hésiter »",
        # only the partial), interview with questions (not quotes) and dialogue-dash answers
        # by the geologist introduced by apposition
        "Les 140 habitants de Montagnon-d'en-Haut, dans le val d'Hérens, ont été priés jeudi de se "
        "tenir prêts à quitter leur domicile. Une masse rocheuse estimée à 300 000 mètres cubes se "
        "détache lentement de la paroi qui surplombe le hameau, au rythme de plusieurs centimètres "
        "par jour.\n\n"
        "Le président de la commune, Stéphane Fournier-Zufferey, a indiqué que l'évacuation serait "
        "ordonnée «\u00a0sans hésiter\u00a0» si la vitesse du glissement dépassait dix centimètres "
        "par jour. Un abri a été préparé à la salle polyvalente d'Evolène.\n\n"
        "La géologue cantonale, Ursula Meier-Roth, suit cette instabilité depuis le printemps. "
        "Nous l'avons interrogée.\n\n"
        "Le village est-il en danger immédiat\u00a0?\n"
        "— Pas aujourd'hui. Nos radars mesurent le moindre mouvement, jour et nuit, et nous "
        "aurions plusieurs heures d'avance.\n\n"
        "Le réchauffement climatique est-il en cause\u00a0?\n"
        "— Très probablement. Le pergélisol qui cimentait cette paroi est en train de fondre, et "
        "ce n'est pas un cas isolé dans le canton.",
        [
            (P, ["sans hésiter"], "Stéphane Fournier-Zufferey"),
            (
                D,
                [
                    "Pas aujourd'hui. Nos radars mesurent le moindre mouvement, jour et nuit, et "
                    "nous aurions plusieurs heures d'avance."
                ],
                "Ursula Meier-Roth",
            ),
            (
                D,
                [
                    "Très probablement. Le pergélisol qui cimentait cette paroi est en train de "
                    "fondre, et ce n'est pas un cas isolé dans le canton."
                ],
                "Ursula Meier-Roth",
            ),
        ],
    ),
    (  # 6 bauxite mine in Guinea: chief introduced by role apposition after the quote, NGO
        # coordinator partial "a qualifié ce barème de « … »", company representative with a
        # long role ("a assuré que"), organisation acronym CMRK
        "À Dabiss-Kouré, dans la préfecture de Télimanya, les bulldozers de la Compagnie minière "
        "du Rio Kogon (CMRK) sont à l'arrêt depuis lundi. Une centaine de villageois bloquent la "
        "piste d'accès au nouveau gisement de bauxite pour protester contre l'expropriation de "
        "leurs champs de manioc et d'arachide.\n\n"
        "«\u00a0Ces terres nous viennent de nos grands-parents. On ne peut pas les vendre pour le "
        "prix d'une moto\u00a0», a déclaré le chef coutumier du village, Fodé Camara-Soumah, "
        "entouré des anciens. La compagnie propose 2 millions de francs guinéens par hectare, soit "
        "environ 200 euros.\n\n"
        "La coordinatrice de l'ONG Terre et Droits, Aïssatou Diallo, a qualifié ce barème de "
        "«\u00a0dérisoire\u00a0». Son organisation a recensé une quinzaine d'accords signés par des "
        "familles qui ne lisent pas le français.\n\n"
        "Joint par téléphone, le directeur des relations communautaires de la CMRK, Pierre-Yves "
        "Lemaître, a assuré que les indemnisations respectaient le barème national. Le préfet de "
        "Télimanya doit recevoir les deux parties vendredi.",
        [
            (
                D,
                [
                    "Ces terres nous viennent de nos grands-parents. On ne peut pas les vendre pour "
                    "le prix d'une moto"
                ],
                "Fodé Camara-Soumah",
            ),
            (P, ["dérisoire"], "Aïssatou Diallo"),
            (I, ["les indemnisations respectaient le barème national"], "Pierre-Yves Lemaître"),
        ],
    ),
    (  # 7 power cuts in Douala: slogan on placards in « » (not a quote), direct + "raconte
        # Name" with a compound surname, unattributed follow-up quote after a full stop (second
        # direct, same speaker), unnamed spokesman for Enelit, "a demandé un audit" (noun object)
        "Depuis le début du mois, les habitants de Nkolbassa, un quartier populaire de Douala, ne "
        "reçoivent plus le courant que six à huit heures par jour. Samedi, plusieurs dizaines de "
        "commerçants ont défilé jusqu'à l'agence locale d'Enelit, le distributeur d'électricité, en "
        "brandissant des pancartes «\u00a0Pas de courant, pas de facture\u00a0».\n\n"
        "«\u00a0Mon congélateur ne sert plus à rien. J'ai jeté pour 80 000 francs de poisson la "
        "semaine dernière\u00a0», raconte Bernadette Ngo Nyemb, qui tient un étal au marché "
        "central. «\u00a0Et on nous envoie quand même des factures qui augmentent.\u00a0»\n\n"
        "Un porte-parole d'Enelit a expliqué que la baisse du niveau du barrage de Lom-Ndjock "
        "privait le réseau de près de 200 mégawatts en pleine saison sèche. L'entreprise prévoit "
        "un retour à la normale avec les premières pluies, attendues en mars.\n\n"
        "L'Association des consommateurs du Littoral a demandé un audit indépendant du "
        "distributeur et la suspension des factures estimées.",
        [
            (
                D,
                [
                    "Mon congélateur ne sert plus à rien. J'ai jeté pour 80 000 francs de poisson "
                    "la semaine dernière"
                ],
                "Bernadette Ngo Nyemb",
            ),
            (
                D,
                ["Et on nous envoie quand même des factures qui augmentent."],
                "Bernadette Ngo Nyemb",
            ),
            (
                I,
                [
                    "la baisse du niveau du barrage de Lom-Ndjock privait le réseau de près de 200 "
                    "mégawatts en pleine saison sèche"
                ],
                "Enelit",
            ),
        ],
    ),
    (  # 8 cyclone in Madagascar: "D'après <organisation> (ACRONYM), …", partial "a évoqué une
        # ville « … »" followed by a no-break space and colon, minister by apposition then
        # "a-t-elle déclaré", "a annoncé l'envoi" (noun object), "selon lesquels" trap
        "Le cyclone tropical intense Tsiory a touché terre mardi à l'aube près de Mahavelona, sur "
        "la côte est de Madagascar, avec des rafales dépassant 200 km/h. D'après le Bureau "
        "national de gestion des catastrophes (BNGC), au moins neuf personnes ont perdu la vie et "
        "plus de 22 000 sont sinistrées.\n\n"
        "À Mahavelona, le préfet, Hery Rakotondrabe, a évoqué une ville «\u00a0coupée du "
        "monde\u00a0»\u00a0: les routes sont impraticables et le réseau téléphonique ne fonctionne "
        "que par intermittence.\n\n"
        "La ministre de la Population, Voahangy Andriamanjato-Rabe, s'est rendue sur place "
        "mercredi. «\u00a0L'urgence, c'est l'eau potable. Les puits sont contaminés et nous "
        "craignons le choléra\u00a0», a-t-elle déclaré à la presse. La ministre a annoncé l'envoi "
        "de 40 tonnes de riz et de kits de purification d'eau.\n\n"
        "Des messages selon lesquels le barrage de Mandraka-Sud menacerait de céder ont semé la "
        "panique dans plusieurs villages en amont. Les autorités les ont formellement démentis.",
        [
            (
                I,
                ["au moins neuf personnes ont perdu la vie et plus de 22 000 sont sinistrées"],
                "Bureau national de gestion des catastrophes",
            ),
            (P, ["coupée du monde"], "Hery Rakotondrabe"),
            (
                D,
                [
                    "L'urgence, c'est l'eau potable. Les puits sont contaminés et nous craignons "
                    "le choléra"
                ],
                "Voahangy Andriamanjato-Rabe",
            ),
        ],
    ),
    (  # 9 land dispute in Haiti: direct quote over two paragraphs (first one left open, the
        # next opening with «), "a-t-il lancé", lawyer with "Me" title and "soutient que",
        # then "Il a qualifié … d'« … »" (partial after elided d'), "réclamé l'intervention"
        "Dans la plaine de l'Artibonite, un conflit foncier oppose depuis six mois quelque 300 "
        "familles paysannes à une société agro-industrielle, Agrivert Caraïbes, qui revendique la "
        "propriété de 1 200 hectares de rizières. Les paysans cultivent ces terres depuis trois "
        "générations, sans titre officiel.\n\n"
        "Le porte-parole du Mouvement paysan de Pont-Sondé, Jean-Robert Estimé, a pris la parole "
        "dimanche devant quelque 500 personnes réunies sous un manguier. «\u00a0Nos pères ont "
        "défriché cette terre à la houe. L'État ne leur a jamais donné de papier, mais il n'a "
        "jamais contesté qu'elle était à eux.\n\n"
        "«\u00a0Aujourd'hui, des gens arrivent de Port-au-Prince avec un notaire et des gardes "
        "armés. Nous ne partirons pas\u00a0», a-t-il lancé, sous les applaudissements.\n\n"
        "L'avocat d'Agrivert Caraïbes, Me Frantz Duvalsaint, soutient que la société a acquis les "
        "terrains en toute légalité auprès de l'État en 2019. Il a qualifié l'occupation des "
        "parcelles d'«\u00a0illégale\u00a0» et réclamé l'intervention de la police.",
        [
            (
                D,
                [
                    "Nos pères ont défriché cette terre à la houe. L'État ne leur a jamais donné de "
                    "papier, mais il n'a jamais contesté qu'elle était à eux.",
                    "Aujourd'hui, des gens arrivent de Port-au-Prince avec un notaire et des gardes "
                    "armés. Nous ne partirons pas",
                ],
                "Jean-Robert Estimé",
            ),
            (
                I,
                ["la société a acquis les terrains en toute légalité auprès de l'État en 2019"],
                "Frantz Duvalsaint",
            ),
            (P, ["illégale"], "Frantz Duvalsaint"),
        ],
    ),
    (  # 10 cobalt site in DR Congo: governor and provincial minister (two officials by
        # apposition), "a précisé que", company representative "a confirmé cette cession" (noun
        # object), "Pour Name, de l'ONG X, la fermeture est « … »" (partial)
        "Les autorités de la province du Haut-Kasuku ont ordonné lundi l'évacuation du site minier "
        "artisanal de Kalonga, où plus de 6 000 creuseurs extraient du cobalt à la main, parfois "
        "à quarante mètres de profondeur. Un effondrement y a coûté la vie à douze personnes la "
        "semaine dernière.\n\n"
        "«\u00a0Nous ne pouvons plus laisser des enfants descendre dans ces trous. Le site est "
        "fermé jusqu'à nouvel ordre\u00a0», a déclaré le gouverneur de la province, Albert Mukendi "
        "Tshibangu, lors d'un point de presse à Kalonga.\n\n"
        "Le ministre provincial des Mines, Patrice Ilunga, a précisé que les creuseurs seraient "
        "réinstallés sur une zone d'exploitation artisanale de 300 hectares, cédée par la société "
        "Kasuku Copper. Un représentant de l'entreprise a confirmé cette cession, sans en préciser "
        "le calendrier.\n\n"
        "Sur le site, la décision passe mal\u00a0: beaucoup de familles n'ont pas d'autre source "
        "de revenus. Pour Nadège Mbuyi, de l'ONG Justice pour les mines, la fermeture est "
        "«\u00a0un aveu d'échec\u00a0» d'un État qui a toléré le site pendant des années.",
        [
            (
                D,
                [
                    "Nous ne pouvons plus laisser des enfants descendre dans ces trous. Le site est "
                    "fermé jusqu'à nouvel ordre"
                ],
                "Albert Mukendi Tshibangu",
            ),
            (
                I,
                [
                    "les creuseurs seraient réinstallés sur une zone d'exploitation artisanale de "
                    "300 hectares, cédée par la société Kasuku Copper"
                ],
                "Patrice Ilunga",
            ),
            (P, ["un aveu d'échec"], "Nadège Mbuyi"),
        ],
    ),
    (  # 11 Quebec municipal election: plain spaces in « », two women candidates, "selon les
        # chiffres publiés par la municipalité" (figures, not a source), role alone "la nouvelle
        # mairesse", nickname « le quai de la discorde » (not a quote), "Mme Gagnon a indiqué
        # qu'elle …" then "a-t-elle expliqué" (Gagnon, not the winner)
        "Geneviève Bouchard-Lapointe a été élue dimanche mairesse de Saint-Rémi-des-Battures, sur "
        "la Côte-du-Sud, avec seulement 41 voix d'avance sur sa rivale, la conseillère sortante "
        "Marie-Claude Gagnon. Le taux de participation a atteint 58 %, selon les chiffres publiés "
        "par la municipalité.\n\n"
        "« C'est une victoire de la transparence. Les citoyens ont dit non aux décisions prises "
        "derrière des portes closes », a affirmé la nouvelle mairesse devant ses partisans, réunis "
        "au sous-sol de l'église. Le projet de nouveau quai, surnommé « le quai de la discorde » "
        "par ses opposants, a dominé la campagne.\n\n"
        "Mme Gagnon a indiqué qu'elle demanderait un recomptage judiciaire, compte tenu de "
        "l'écart. « Quarante et une voix, c'est un autobus scolaire. Je dois bien ça aux gens qui "
        "ont voté pour moi », a-t-elle expliqué.\n\n"
        "Le nouveau conseil municipal sera assermenté le 12 décembre. Quatre des six conseillers "
        "élus sont issus de l'équipe de Mme Bouchard-Lapointe.",
        [
            (
                D,
                [
                    "C'est une victoire de la transparence. Les citoyens ont dit non aux décisions "
                    "prises derrière des portes closes"
                ],
                "Geneviève Bouchard-Lapointe",
            ),
            (
                I,
                ["elle demanderait un recomptage judiciaire, compte tenu de l'écart"],
                "Marie-Claude Gagnon",
            ),
            (
                D,
                [
                    "Quarante et une voix, c'est un autobus scolaire. Je dois bien ça aux gens qui "
                    "ont voté pour moi"
                ],
                "Marie-Claude Gagnon",
            ),
        ],
    ),
    (  # 12 nickel mine in New Caledonia: « » without inner spaces, customary chief with a long
        # role apposition after the quote, "a exigé la suspension" (noun object), company by
        # acronym "La SMN assure … que … «…»" (only the partial), conditional without a source
        "La tribu de Wéhou, sur la côte est de la Grande Terre, s'oppose depuis l'été au projet "
        "d'extension de la mine de nickel du massif de Kouarou, exploitée par la Société minière "
        "du Nord (SMN). En cause\u00a0: une rivière qui alimente en eau trois tribus et qui a viré "
        "au rouge à plusieurs reprises depuis le début des travaux de terrassement.\n\n"
        "«Cette rivière, c'est notre sang. Quand elle devient rouge, c'est notre vie qui s'en "
        "va», a déclaré samedi le grand chef du district de Wéhou, Paul Wahéo-Goa, à l'issue d'une "
        "réunion du conseil coutumier. Il a exigé la suspension des travaux jusqu'à une expertise "
        "indépendante.\n\n"
        "La SMN assure, dans un communiqué, que ses bassins de décantation sont «conformes aux "
        "normes provinciales». La coloration de l'eau serait liée aux fortes pluies du mois "
        "dernier.\n\n"
        "Le gouvernement provincial a mandaté un laboratoire de Nouméa pour analyser des "
        "prélèvements. Les résultats sont attendus avant Noël.",
        [
            (
                D,
                [
                    "Cette rivière, c'est notre sang. Quand elle devient rouge, c'est notre vie qui "
                    "s'en va"
                ],
                "Paul Wahéo-Goa",
            ),
            (P, ["conformes aux normes provinciales"], "Société minière du Nord"),
        ],
    ),
    (  # 13 land dispute near Cotonou: direct + "s'indigne Name, une enseignante", lawyer with
        # "Me" title, "estime que … « … »" (only the partial), "D'après lui, …" (pronoun),
        # "a annoncé la création" (noun object)
        "Une quarantaine de maisons ont été démolies jeudi à Zoundja-Kpota, un quartier en pleine "
        "expansion de la commune d'Abomey-Calavi, en exécution d'une décision de justice rendue en "
        "faveur de la collectivité familiale Hounkpè. Les occupants, pour la plupart munis de "
        "reçus de vente, se retrouvent à la rue.\n\n"
        "«\u00a0J'ai tout payé, j'ai un reçu du vendeur et une attestation du chef de quartier. Et "
        "aujourd'hui, on me dit que je n'ai rien\u00a0», s'indigne Rachidatou Saka, une enseignante "
        "qui vivait là depuis huit ans avec ses trois enfants.\n\n"
        "L'avocat de la collectivité, Me Gilles Akplogan, estime que ses clients ont été "
        "«\u00a0spoliés pendant vingt ans\u00a0» par des revendeurs sans scrupules. D'après lui, la "
        "même parcelle a parfois été vendue à trois acquéreurs différents.\n\n"
        "Le préfet de l'Atlantique a annoncé la création d'une cellule d'accueil pour les familles "
        "expulsées. Les litiges fonciers représentent plus de la moitié des affaires civiles "
        "jugées dans le département.",
        [
            (
                D,
                [
                    "J'ai tout payé, j'ai un reçu du vendeur et une attestation du chef de quartier. "
                    "Et aujourd'hui, on me dit que je n'ai rien"
                ],
                "Rachidatou Saka",
            ),
            (P, ["spoliés pendant vingt ans"], "Gilles Akplogan"),
            (
                I,
                ["la même parcelle a parfois été vendue à trois acquéreurs différents"],
                "Gilles Akplogan",
            ),
        ],
    ),
    (  # 14 Swiss wind-farm vote: company "la société Éoljura SA" salue « … » (partial, generic
        # noun dropped), its director "a précisé que", committee name in « » (not a quote),
        # incise "a réagi sa présidente, Name," splitting one quote
        "Les citoyens de La Chaux-des-Breuleux ont accepté dimanche, par 612 voix contre 498, "
        "l'implantation de sept éoliennes sur les crêtes qui dominent le village jurassien. La "
        "participation a atteint 71 %, un niveau rarement observé pour un scrutin communal.\n\n"
        "Le promoteur, la société Éoljura SA, a salué «\u00a0un vote de raison\u00a0» dans un "
        "communiqué. Son directeur, Matthias Küng-Berset, a précisé que les travaux pourraient "
        "débuter à l'automne 2028, une fois les éventuels recours purgés.\n\n"
        "Le comité «\u00a0Nos crêtes sans hélices\u00a0» ne désarme pas pour autant. «\u00a0Nous "
        "avons perdu une bataille, a réagi sa présidente, Odile Monnerat, mais pas la "
        "guerre.\u00a0» Le comité étudie un recours au Tribunal fédéral.\n\n"
        "Le parc devrait produire l'équivalent de la consommation de 9 000 ménages. La commune "
        "touchera une redevance annuelle d'environ 180 000 francs.",
        [
            (P, ["un vote de raison"], "Éoljura SA"),
            (
                I,
                [
                    "les travaux pourraient débuter à l'automne 2028, une fois les éventuels "
                    "recours purgés"
                ],
                "Matthias Küng-Berset",
            ),
            (
                D,
                ["Nous avons perdu une bataille", "mais pas la guerre."],
                "Odile Monnerat",
            ),
        ],
    ),
    (  # 15 water rationing in southern Morocco: « » with plain spaces, "a justifié ce
        # rationnement par" (noun object), direct + "a lancé Name, un jeune enseignant",
        # "Selon les manifestants, …" (group), partial "a qualifié la situation de « … »" then
        # "promis une station" (noun object)
        "Depuis trois semaines, l'eau n'est plus distribuée que de 6 heures à 10 heures du matin à "
        "Tafraout-el-Jadida, dans le sud du Maroc. La Régie de distribution d'eau et d'électricité "
        "de l'Anti-Atlas (RDEA) a justifié ce rationnement par le niveau historiquement bas du "
        "barrage d'Aït Ouazzou, rempli à moins de 9 %.\n\n"
        "Vendredi soir, plusieurs centaines d'habitants ont manifesté devant le siège du cercle. "
        "« Les hôtels de la route touristique ont de l'eau pour leurs piscines, nous, on remplit "
        "des bidons », a lancé Youssef El Amrani, un jeune enseignant, sous les applaudissements. "
        "Selon les manifestants, plusieurs exploitations de pastèques continuent de pomper dans la "
        "nappe sans autorisation.\n\n"
        "Le gouverneur de la province, Abdelkrim Benslimane, a reçu une délégation samedi matin. "
        "Il a qualifié la situation de « préoccupante mais maîtrisée » et promis une station de "
        "dessalement d'ici à 2029.\n\n"
        "Les militants de l'association Eau et Oasis restent sceptiques\u00a0: un premier projet "
        "de station, présenté en 2017, n'a jamais dépassé le stade des études.",
        [
            (
                D,
                [
                    "Les hôtels de la route touristique ont de l'eau pour leurs piscines, nous, on "
                    "remplit des bidons"
                ],
                "Youssef El Amrani",
            ),
            (
                I,
                [
                    "plusieurs exploitations de pastèques continuent de pomper dans la nappe sans "
                    "autorisation"
                ],
                "manifestants",
            ),
            (P, ["préoccupante mais maîtrisée"], "Abdelkrim Benslimane"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Irish local election count: "according to figures from the count centre" (not a
        # source), '"A," Ms X said, "b."' (one quote, two spans), "He told local radio that",
        # '"…," Mr Moriarty said.' with surname only
        "Independent candidate Siobhán Ní Bhriain topped the poll in the Ballykeeran local "
        "electoral area on Saturday, taking the first seat on the first count with 2,341 votes, "
        "almost 400 above the quota. Turnout was 54 per cent, according to figures from the count "
        "centre in Castlebar.\n\n"
        '"People here have been waiting eleven years for a proper water scheme," Ms Ní Bhriain '
        'said, "and they voted for someone who will not stop talking about it."\n\n'
        "Her success came at the expense of the Rural Alliance, which lost two of its three seats "
        "in the area. Outgoing councillor Declan Moriarty, who had held his seat since 2009, was "
        "eliminated on the sixth count. He told local radio that his party had been punished for "
        "the closure of the night-time emergency department at Ballykeeran District Hospital, a "
        "decision taken in Dublin.\n\n"
        '"I\'m not going to make excuses. The people have spoken, and I respect that," Mr '
        "Moriarty said. Counting was expected to continue until Monday evening.",
        [
            (
                D,
                [
                    "People here have been waiting eleven years for a proper water scheme",
                    "and they voted for someone who will not stop talking about it.",
                ],
                "Siobhán Ní Bhriain",
            ),
            (
                I,
                [
                    "his party had been punished for the closure of the night-time emergency "
                    "department at Ballykeeran District Hospital, a decision taken in Dublin"
                ],
                "Declan Moriarty",
            ),
            (
                D,
                ["I'm not going to make excuses. The people have spoken, and I respect that"],
                "Declan Moriarty",
            ),
        ],
    ),
    (  # 2 Indian city water shortage: direct of two sentences + "said Name, secretary of X",
        # nickname "tanker lobby" in quotes (not a quote, passive "accused"), board chairman by
        # apposition "told reporters … that", "He described … as \"…\"," (comma outside)
        "Residents of several apartment complexes in eastern Channapura have been buying water "
        "from private tankers for a fourth straight week, as borewells run dry and piped supply "
        "from the city's water board arrives only twice a week.\n\n"
        '"We pay 2,200 rupees for a 6,000-litre tanker, and the price goes up every Monday. '
        'Families are rationing bath water for their children," said Lakshmi Venkataraman, '
        "secretary of the Green Meadows Residents' Welfare Association.\n\n"
        'Private operators, known locally as the "tanker lobby", have long been accused of '
        "drawing groundwater illegally from farmland on the city's fringes.\n\n"
        "The chairman of the Channapura Water Supply and Sewerage Board, Ravi Shankar Gowda, told "
        "reporters on Tuesday that the board would cap tanker prices from next month and "
        "prosecute operators drawing water without permits. He described the situation as "
        '"serious but temporary", blaming a weak monsoon that left the Doddakere reservoir at 18 '
        "per cent of capacity.",
        [
            (
                D,
                [
                    "We pay 2,200 rupees for a 6,000-litre tanker, and the price goes up every "
                    "Monday. Families are rationing bath water for their children"
                ],
                "Lakshmi Venkataraman",
            ),
            (
                I,
                [
                    "the board would cap tanker prices from next month and prosecute operators "
                    "drawing water without permits"
                ],
                "Ravi Shankar Gowda",
            ),
            (P, ["serious but temporary"], "Ravi Shankar Gowda"),
        ],
    ),
    (  # 3 Queensland storm: unnamed spokeswoman for a company (-> company), controller
        # introduced by apposition then a colon before a two-sentence quote (final period kept),
        # MP "described the damage as \"…\"" (partial)
        "More than 62,000 homes and businesses across the Fraser Coast were still without power "
        "on Thursday night after a severe thunderstorm tore through the region, bringing down "
        "hundreds of trees and dumping hail the size of golf balls on the seaside town of "
        "Kalbarrin Heads.\n\n"
        "A spokeswoman for Coastline Energy said crews from across the state had been sent to the "
        "region and some customers could be without electricity until the weekend.\n\n"
        "State Emergency Service volunteers responded to more than 900 calls for help overnight, "
        "mostly for damaged roofs. The service's regional controller, Aisha Rahman, urged "
        "residents to stay away from fallen lines: \"Treat every wire as live. We'd rather you "
        'call us ten times than touch one once."\n\n'
        "Local MP Bronwyn Taylor-Gibbs, who toured Kalbarrin Heads on Thursday afternoon, "
        'described the damage as "the worst in a generation". Several schools will stay closed '
        "until Monday while roofs are inspected.",
        [
            (
                I,
                [
                    "crews from across the state had been sent to the region and some customers "
                    "could be without electricity until the weekend"
                ],
                "Coastline Energy",
            ),
            (
                D,
                [
                    "Treat every wire as live. We'd rather you call us ten times than touch one "
                    "once."
                ],
                "Aisha Rahman",
            ),
            (P, ["the worst in a generation"], "Bronwyn Taylor-Gibbs"),
        ],
    ),
    (  # 4 First Nation blockade in Ontario: direct + "Chief Name told reporters" (title
        # dropped), role alone "The chief said", vice-president by apposition "said in a
        # statement that … \"…\"" (only the partial), "did not respond" (not a quote)
        "Members of the Namegos Lake First Nation have blockaded a gravel road leading to "
        "Ridgeback Minerals' proposed open-pit gold mine north of Pickerel Falls, Ont., in a "
        "dispute over the province's approval of drilling permits on land the community uses for "
        "hunting and trapping.\n\n"
        '"This is our trapline. My grandfather taught me to set snares on that hill, and nobody '
        'from Toronto asked us before they started drilling," Chief Darlene Keeshig told '
        "reporters at the barricade on Tuesday.\n\n"
        "The chief said the community would keep the blockade in place until the province agreed "
        "to a new consultation process.\n\n"
        "Ridgeback's vice-president of Indigenous relations, Marc Tremblay-Hughes, said in a "
        'statement that the company remained "fully committed to a partnership" with the '
        "community. The province's mines ministry did not respond to a request for comment.",
        [
            (
                D,
                [
                    "This is our trapline. My grandfather taught me to set snares on that hill, and "
                    "nobody from Toronto asked us before they started drilling"
                ],
                "Darlene Keeshig",
            ),
            (
                I,
                [
                    "the community would keep the blockade in place until the province agreed to a "
                    "new consultation process"
                ],
                "Darlene Keeshig",
            ),
            (P, ["fully committed to a partnership"], "Marc Tremblay-Hughes"),
        ],
    ),
    (  # 5 South African township water outage: "According to <municipality>, …" (rest of the
        # sentence), spokesperson "promised that … \"…\"" (only the partial), direct + "said
        # Name, 52, who …", "has called a public meeting" (noun object)
        "Parts of Kagisanong township, west of Johannesburg, have been without running water for "
        "nine days after a pump station failed during a prolonged power outage, leaving about "
        "40,000 residents queuing at water tankers sent by the municipality.\n\n"
        "According to the Tshiamo Local Municipality, the pumps at the Kagisanong reservoir were "
        "damaged by a power surge when electricity was restored after a 14-hour outage. Municipal "
        'spokesperson Kabelo Mokoena promised that repairs would be completed "by Friday at the '
        'latest".\n\n'
        'Residents are sceptical. "They said Friday last week too. We are carrying buckets up '
        'three floors for an old woman who cannot walk," said Nomvula Dube, 52, who lives in '
        "Extension 4.\n\n"
        "Ward councillor Themba Nkosi has called a public meeting for Sunday. The municipality "
        "has faced repeated protests over service delivery this year.",
        [
            (
                I,
                [
                    "the pumps at the Kagisanong reservoir were damaged by a power surge when "
                    "electricity was restored after a 14-hour outage"
                ],
                "Tshiamo Local Municipality",
            ),
            (P, ["by Friday at the latest"], "Kabelo Mokoena"),
            (
                D,
                [
                    "They said Friday last week too. We are carrying buckets up three floors for an "
                    "old woman who cannot walk"
                ],
                "Nomvula Dube",
            ),
        ],
    ),
    (  # 6 Irish storm outages: curly quotes, '"A," said Name, the company's head of …' then an
        # unattributed follow-up after a full stop (second direct), a second woman: "she said"
        # as an incise inside reported speech with a partial quote (only the partial)
        "Storm Odhrán left about 190,000 homes, farms and businesses without electricity on "
        "Sunday, most of them in Connacht and west Munster, after gusts of up to 140 km/h brought "
        "down lines across the region. Lumen Networks, which operates the grid, expects to "
        "restore power to most customers by Tuesday night.\n\n"
        "“We have 2,000 people in the field today, including crews from Scotland and France,” "
        "said Fiona Gallagher, the company's head of operations. “But there are lines down in "
        "places our trucks simply can't reach yet.”\n\n"
        "In Kilcrohane, Co Cork, dairy farmer Maeve O'Sullivan-Hart had borrowed a generator from "
        "a neighbour to run her milking parlour. The cows, she said, needed milking “at six, power "
        "or no power”.\n\n"
        "Several schools in Co Kerry and Co Clare will remain closed on Monday. The national "
        "forecaster has issued a further yellow wind warning for the west coast.",
        [
            (
                D,
                [
                    "We have 2,000 people in the field today, including crews from Scotland and "
                    "France"
                ],
                "Fiona Gallagher",
            ),
            (
                D,
                ["But there are lines down in places our trucks simply can't reach yet."],
                "Fiona Gallagher",
            ),
            (P, ["at six, power or no power"], "Maeve O'Sullivan-Hart"),
        ],
    ),
    (  # 7 Indian coal-mine protest: slogan in quotes (not a quote), direct + "said Name, 61,
        # the traditional village head of X", company offer (not speech), collector introduced
        # without speech then "According to her, …" (pronoun, rest of the sentence)
        "Hundreds of Adivasi villagers from 14 hamlets in Barkagarh district marched 22 km to the "
        'district headquarters on Monday, chanting "Jal, jangal, zameen" (water, forest, land) '
        "to protest against the acquisition of 1,100 hectares for an open-cast coal mine.\n\n"
        '"The gram sabha never gave its consent. The signatures on the resolution are forged," '
        "said Sukhram Munda, 61, the traditional village head of Hesatu, holding up a photocopy of "
        "the document.\n\n"
        "The mining lease is held by Eastern Coalfields Infrastructure Ltd, which has offered "
        "compensation at four times the market rate. District collector Anjali Mehra-Sood met a "
        "delegation of protesters in the afternoon. According to her, a report on the disputed "
        "resolution would be submitted to the state government within 30 days.\n\n"
        "Several hundred protesters spent the night outside the collectorate, cooking rice on "
        "wood fires under the watch of armed police.",
        [
            (
                D,
                [
                    "The gram sabha never gave its consent. The signatures on the resolution are "
                    "forged"
                ],
                "Sukhram Munda",
            ),
            (
                I,
                [
                    "a report on the disputed resolution would be submitted to the state government "
                    "within 30 days"
                ],
                "Anjali Mehra-Sood",
            ),
        ],
    ),
    (  # 8 Pilbara rock art: speaker introduced without speech, '"A," she said.' then a quote
        # continued over two paragraphs (first left open, next opening with a mark: one quote,
        # two spans), company "said in a statement it had \"…\"" (only the partial)
        "Traditional owners in the western Pilbara have lodged an urgent application with the "
        "Federal Court to stop Redrock Iron from blasting near a rock shelter containing "
        "engravings believed to be 20,000 years old. The shelter sits 300 metres from the edge of "
        "the company's planned Warrigal pit.\n\n"
        "Lorraine Cooper-Walley, who chairs the Yinjarra Aboriginal Corporation, spoke outside "
        'the court in Perth on Wednesday. "Our old people put those marks on the rock before the '
        'sea came up," she said. "If they blow it up, there is no second chance. It is not a '
        "building you can put back.\n\n"
        '"We are not against mining. We have worked with these companies for thirty years. But '
        'this is the line."\n\n'
        'Redrock Iron said in a statement it had "complied with every condition" of its state '
        "heritage approval. A hearing has been set for Friday.",
        [
            (
                D,
                ["Our old people put those marks on the rock before the sea came up"],
                "Lorraine Cooper-Walley",
            ),
            (
                D,
                [
                    "If they blow it up, there is no second chance. It is not a building you can "
                    "put back.",
                    "We are not against mining. We have worked with these companies for thirty "
                    "years. But this is the line.",
                ],
                "Lorraine Cooper-Walley",
            ),
            (P, ["complied with every condition"], "Redrock Iron"),
        ],
    ),
    (  # 9 Nova Scotia ice storm: premier introduced without speech, then "the premier" (role
        # alone) asked a question and '"…," he said.', utility president by apposition,
        # '"…," she said, adding that …' (direct, then indirect)
        "More than 110,000 Maritime Power customers in Nova Scotia remained in the dark on "
        "Friday, three days after freezing rain coated lines and trees across the Annapolis "
        "Valley and the South Shore. The province has opened 46 warming centres.\n\n"
        "Premier Alasdair MacNeil visited one of them, in Kentville, on Friday morning. Asked at a "
        "news conference afterwards whether the utility should face penalties, the premier did "
        'not hold back. "People were promised a more resilient grid after the last storm. I '
        "don't see it,\" he said.\n\n"
        "Maritime Power's president, Sandra Oduya, defended the company's response. \"This was "
        'the heaviest ice accumulation we have recorded in 30 years," she said, adding that some '
        "customers in remote areas might not be reconnected until Tuesday.\n\n"
        "Soldiers from the Canadian Armed Forces began clearing fallen trees from rural roads on "
        "Thursday.",
        [
            (
                D,
                ["People were promised a more resilient grid after the last storm. I don't see it"],
                "Alasdair MacNeil",
            ),
            (
                D,
                ["This was the heaviest ice accumulation we have recorded in 30 years"],
                "Sandra Oduya",
            ),
            (
                I,
                ["some customers in remote areas might not be reconnected until Tuesday"],
                "Sandra Oduya",
            ),
        ],
    ),
    (  # 10 South African ward by-election: "according to preliminary results" (not a
        # source), '"…," Ms X told supporters', "conceded defeat" (noun object), "He said the
        # party would \"…\"" (only the partial), "Residents … said" (group, indirect)
        "The Alliance for Change (AfC) won a closely watched by-election in Ward 17 of the "
        "Kgorong Local Municipality on Wednesday, taking a seat the People's Progress Congress "
        "(PPC) had held since 2000. The AfC's candidate, Lerato Mahlangu, won 52 per cent of the "
        "vote, according to preliminary results.\n\n"
        '"This ward has had no street lights for two years and sewage running in the streets. '
        'People voted for working toilets, not for a party," Ms Mahlangu told supporters outside '
        "the community hall.\n\n"
        "PPC regional secretary Sipho Zulu-Khumalo conceded defeat but blamed a low turnout of 31 "
        'per cent. He said the party would "go back to the drawing board" before next year\'s '
        "municipal elections.\n\n"
        "Residents interviewed by this newspaper said water cuts and broken sewers had been the "
        "main issue of the campaign.",
        [
            (
                D,
                [
                    "This ward has had no street lights for two years and sewage running in the "
                    "streets. People voted for working toilets, not for a party"
                ],
                "Lerato Mahlangu",
            ),
            (P, ["go back to the drawing board"], "Sipho Zulu-Khumalo"),
            (
                I,
                ["water cuts and broken sewers had been the main issue of the campaign"],
                "residents",
            ),
        ],
    ),
    (  # 11 Odisha cyclone: "…, according to the state's special relief commissioner, Name."
        # (the part before), question then "He replied: \"…\"" (colon, final period kept),
        # fisherman's wife '"…," she said, her voice breaking'
        "Cyclone Meghna made landfall near Kaliapatna on the Odisha coast early on Thursday with "
        "wind speeds of 165 km/h, uprooting thousands of trees and flattening thatched homes "
        "across three districts. More than 480,000 people had been moved to cyclone shelters, "
        "according to the state's special relief commissioner, Pradeep Kumar Sahoo.\n\n"
        "Speaking to reporters in Bhubaneswar, Mr Sahoo was asked whether fishermen who had "
        'ignored the warnings were still at sea. He replied: "Seven boats are unaccounted for. '
        'The Coast Guard is searching, and we have not lost hope."\n\n'
        'In Kaliapatna harbour, Basanti Behera waited for news of her husband and two sons. "They '
        'went out on Monday for pomfret. The radio stopped working on Tuesday night," she said, '
        "her voice breaking.\n\n"
        "Power supply has been suspended in the coastal districts as a precaution, and trains "
        "between Bhubaneswar and Visakhapatnam have been cancelled until Saturday.",
        [
            (
                I,
                ["More than 480,000 people had been moved to cyclone shelters"],
                "Pradeep Kumar Sahoo",
            ),
            (
                D,
                [
                    "Seven boats are unaccounted for. The Coast Guard is searching, and we have not "
                    "lost hope."
                ],
                "Pradeep Kumar Sahoo",
            ),
            (
                D,
                ["They went out on Monday for pomfret. The radio stopped working on Tuesday night"],
                "Basanti Behera",
            ),
        ],
    ),
    (  # 12 Irish boil-water notice: unnamed spokesman for a utility (-> utility) "said the",
        # advice without a source (not a quote), TD "called it \"…\"" (partial), "demanded
        # funding" (noun object)
        "About 23,000 people in Kilcullen Bridge and surrounding villages in Co Meath have been "
        "told to boil their water before drinking it after cryptosporidium was detected at the "
        "Rathbeggan treatment plant on Friday.\n\n"
        "A spokesman for Water Services Ireland said the parasite had probably entered the plant's "
        "raw water supply after heavy rain last week. Infants, older people and anyone with a "
        "weakened immune system are advised to use bottled water.\n\n"
        'Local TD Caoimhe Brennan-Walsh called it "the third boil notice in four years" and '
        "demanded funding for a new treatment plant.\n\n"
        "At a supermarket in Kilcullen Bridge, shelves of bottled water had been emptied by "
        "lunchtime on Saturday. The local GAA club has begun delivering packs to elderly "
        "residents who live alone.",
        [
            (
                I,
                [
                    "the parasite had probably entered the plant's raw water supply after heavy "
                    "rain last week"
                ],
                "Water Services Ireland",
            ),
            (P, ["the third boil notice in four years"], "Caoimhe Brennan-Walsh"),
        ],
    ),
    (  # 13 Australian shire mayoral election: nickname "the Puddle" (not a quote), '"A," Ms
        # Nair said. "B."' (two directs), defeated rival "warned that … \"…\"" (only the
        # partial), "He has not said whether" (not a quote)
        "Former nurse Priya Nair has been elected mayor of Murrumbilla Shire, ending 16 years of "
        "leadership by veteran councillor Graham Whitfield, after postal votes were counted on "
        "Monday.\n\n"
        "Ms Nair, who campaigned on fixing the shire's ageing water mains and reopening the "
        'Tallong swimming pool, known to locals as "the Puddle", won 53.6 per cent of the '
        "two-candidate preferred vote. The count had been delayed by a week after floods cut the "
        "only road into Tallong.\n\n"
        '"I knocked on 4,000 doors. Almost every one of them asked me about water pressure or the '
        'pool," Ms Nair said. "That\'s the job now."\n\n'
        "Mr Whitfield congratulated his opponent but warned that the shire's finances would make "
        'her promises "very hard to keep". He has not said whether he will stand again at the '
        "next election.",
        [
            (
                D,
                [
                    "I knocked on 4,000 doors. Almost every one of them asked me about water "
                    "pressure or the pool"
                ],
                "Priya Nair",
            ),
            (D, ["That's the job now."], "Priya Nair"),
            (P, ["very hard to keep"], "Graham Whitfield"),
        ],
    ),
    (  # 14 platinum mine blockade: "Police said …" (police as speaker), traditional leader
        # after the quote with a role apposition, company spokeswoman with particle "van der"
        # "described the blockade as \"…\"" (partial)
        "Police fired rubber bullets to disperse about 600 residents of Mabaleng village, near "
        "Rustenburg, who blocked the main access road to Tshwenyane Platinum's No 4 shaft on "
        "Tuesday, demanding jobs and a share of the mine's royalties.\n\n"
        "Police said three people had been arrested for public violence and a mine vehicle had "
        "been set alight.\n\n"
        '"The platinum is under our feet, but our children have no work and no water. We have '
        'written letters for five years," said Mothibi Sekete, the traditional leader of the '
        "Bamaleng community.\n\n"
        "Tshwenyane Platinum's spokeswoman, Charlotte van der Merwe, described the blockade as "
        '"unlawful and dangerous". The company employs about 1,800 people from surrounding '
        "villages and pays royalties into a community trust set up in 2011.",
        [
            (
                I,
                [
                    "three people had been arrested for public violence and a mine vehicle had been "
                    "set alight"
                ],
                "police",
            ),
            (
                D,
                [
                    "The platinum is under our feet, but our children have no work and no water. "
                    "We have written letters for five years"
                ],
                "Mothibi Sekete",
            ),
            (P, ["unlawful and dangerous"], "Charlotte van der Merwe"),
        ],
    ),
    (  # 15 British Columbia flood: nickname "the Big Water" (not a quote), "Mayor Name said
        # the …" (title dropped), curly '“A,” she said, “b.”' (one quote, two spans)
        "About 3,500 residents of Coldwater Crossing, B.C., were ordered to leave their homes on "
        "Sunday after an atmospheric river pushed the Wessun River over its banks for the second "
        "time in four years. Many had only just finished repairing the damage from the 2022 "
        'flood, still remembered in the valley as "the Big Water".\n\n'
        "Mayor Helen Kowalczyk said the town's dike had been breached in two places overnight. "
        "“We built it back higher after 2022,” she said, “and the water simply came over the "
        "top.”\n\n"
        "Evacuees were being registered at a reception centre in the neighbouring town of "
        "Merrimount, where the curling rink has been turned into a dormitory. The province's "
        "minister of emergency management, Ravinder Gill, is expected to visit on Monday.",
        [
            (
                I,
                ["the town's dike had been breached in two places overnight"],
                "Helen Kowalczyk",
            ),
            (
                D,
                ["We built it back higher after 2022", "and the water simply came over the top."],
                "Helen Kowalczyk",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout87.jsonl"),
        "heldout87",
        "h87",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
