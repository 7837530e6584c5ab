"""Source of the sixth held-out set: writes heldout6.jsonl (split "heldout6").

Written on 2026-11-30 by a person who had not read the extraction code, as a fresh set
nobody had tuned on. Same format and rules as GUIDE.md; names, figures and most places
invented. The texts are meant to read like wire copy and regional press, not like a list of
edge cases. Measured once before and once after the speaker changes of that day
(docs/EXTRACTION.md), read afterwards. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout6.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-27"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f) or none, and “ ” in one text.
FR: list[Item] = [
    (  # 1 hail in Valais vineyards: speaker after the cue; "Selon elle"; partial after qualifier de
        "SION – Un violent orage de grêle a dévasté mardi en fin d'après-midi une partie du "
        "vignoble valaisan, entre Montorge et Chervaz. En moins de vingt minutes, des grêlons de "
        "la taille d'une noix ont haché les feuilles et les grappes, à trois semaines du début "
        "des vendanges.\n\n"
        "Dans ses parchets de Chervaz, Raphaël Crettenand-Michellod contemple des ceps nus. "
        "«\u00a0Mon père a connu la grêle de 1983. Il m'a toujours dit que je n'en verrais "
        "jamais une pareille. Il avait tort\u00a0», lâche le vigneron de 46 ans, dont les six "
        "hectares ont tous été touchés.\n\n"
        "La conseillère d'État chargée de l'économie, Valérie Zufferey-Bonvin, s'est rendue sur "
        "place mercredi matin. Selon elle, près de 400 hectares ont été endommagés, dont une "
        "centaine à plus de 80 %. Elle a qualifié l'épisode de «\u00a0catastrophe pour toute une "
        "génération de vignerons\u00a0» et a promis une aide d'urgence, dont le montant reste à "
        "définir. Les pertes pourraient dépasser 15 millions de francs.",
        [
            (
                D,
                [
                    "Mon père a connu la grêle de 1983. Il m'a toujours dit que je n'en verrais "
                    "jamais une pareille. Il avait tort"
                ],
                "Raphaël Crettenand-Michellod",
            ),
            (
                I,
                ["près de 400 hectares ont été endommagés, dont une centaine à plus de 80 %"],
                "Valérie Zufferey-Bonvin",
            ),
            (
                P,
                ["catastrophe pour toute une génération de vignerons"],
                "Valérie Zufferey-Bonvin",
            ),
        ],
    ),
    (  # 2 fake medicines trial in Dakar: "le prévenu a soutenu que"; Me + colon-introduced quote
        "DAKAR – Le tribunal de grande instance de Dakar a condamné jeudi à cinq ans de prison "
        "ferme Mamadou Lamine Sarr-Diagne, 51 ans, grossiste en produits pharmaceutiques, pour "
        "la vente de faux antipaludiques dans plusieurs marchés de la capitale sénégalaise. Deux "
        "de ses employés ont écopé de deux ans avec sursis.\n\n"
        "Les comprimés saisis, analysés par le laboratoire national de contrôle des "
        "médicaments, ne contenaient aucun principe actif. Le parquet avait requis sept ans "
        "d'emprisonnement.\n\n"
        "À la barre, le prévenu a soutenu qu'il ignorait tout de la provenance des cartons, "
        "achetés à un intermédiaire venu de Guinée. Son avocat, Me Ousmane Faye, a plaidé en "
        "vain la relaxe : « Mon client est un commerçant, pas un chimiste. On le juge pour un "
        "réseau dont il n'est qu'un maillon. »\n\n"
        "L'Ordre des pharmaciens, qui s'était constitué partie civile, obtient un franc "
        "symbolique de dommages et intérêts.",
        [
            (
                I,
                [
                    "il ignorait tout de la provenance des cartons, achetés à un intermédiaire "
                    "venu de Guinée"
                ],
                "Mamadou Lamine Sarr-Diagne",
            ),
            (
                D,
                [
                    "Mon client est un commerçant, pas un chimiste. On le juge pour un réseau "
                    "dont il n'est qu'un maillon."
                ],
                "Ousmane Faye",
            ),
        ],
    ),
    (  # 3 Quebec emergency room: Dr + quote over two paragraphs; "la ministre" apposition
        "Les urgences de l'hôpital de Saint-Ulric-des-Anses, dans le Bas-Saint-Laurent, "
        "fermeront la nuit pendant tout le mois de décembre, faute d'infirmières. Le centre "
        "intégré de santé de la région a confirmé la nouvelle mardi, au lendemain d'une "
        "rencontre houleuse avec le personnel.\n\n"
        "Urgentologue à Saint-Ulric depuis vingt ans, le Dr Mathieu Bérubé-Gagnon assiste, "
        "impuissant, à l'épuisement de ses collègues. «\u202fOn fonctionne à moitié "
        "d'effectifs depuis l'été. Les infirmières font des doubles quarts trois fois par "
        "semaine, et on leur demande encore de tenir.\n\n"
        "«\u202fLe patient qui fait un infarctus à 3 h du matin devra faire 45 minutes "
        "d'ambulance. Tout le monde ici sait ce que ça veut dire\u202f», prévient le "
        "médecin.\n\n"
        "À Québec, la ministre de la Santé, Geneviève Thibodeau, a indiqué que des infirmières "
        "d'agences privées seraient dépêchées dans la région dès janvier. Le syndicat local, "
        "lui, réclame des primes de rétention pour le personnel des petits hôpitaux.",
        [
            (
                D,
                [
                    "On fonctionne à moitié d'effectifs depuis l'été. Les infirmières font des "
                    "doubles quarts trois fois par semaine, et on leur demande encore de tenir.",
                    "Le patient qui fait un infarctus à 3 h du matin devra faire 45 minutes "
                    "d'ambulance. Tout le monde ici sait ce que ça veut dire",
                ],
                "Mathieu Bérubé-Gagnon",
            ),
            (
                I,
                ["des infirmières d'agences privées seraient dépêchées dans la région dès janvier"],
                "Geneviève Thibodeau",
            ),
        ],
    ),
    (  # 4 Belgian bus line: marks without spaces, incise -t-il; company as "la société"
        "Les habitants de Sart-lez-Fagnes, dans l'arrondissement de Verviers, devront se passer "
        "de bus le dimanche à partir du 5 janvier. La société TransArdenne a confirmé la "
        "suppression de la ligne 394 le week-end, jugée trop peu fréquentée : une quinzaine de "
        "voyageurs par jour en moyenne.\n\n"
        "Le bourgmestre, Luc Hansenne, ne décolère pas. «Pour une commune comme la nôtre, c'est "
        "une double peine, a-t-il tonné lundi devant le conseil communal. On nous a déjà fermé "
        "la gare en 2014.»\n\n"
        "La société a fait savoir qu'un service de taxi à la demande serait proposé en "
        "remplacement, au prix d'un ticket de bus, à condition de réserver la veille avant 16 "
        "heures. Une pétition a déjà recueilli 1 200 signatures en dix jours. Elle sera remise "
        "jeudi au ministre wallon de la Mobilité.",
        [
            (
                D,
                [
                    "Pour une commune comme la nôtre, c'est une double peine",
                    "On nous a déjà fermé la gare en 2014.",
                ],
                "Luc Hansenne",
            ),
            (
                I,
                [
                    "un service de taxi à la demande serait proposé en remplacement, au prix "
                    "d'un ticket de bus, à condition de réserver la veille avant 16 heures"
                ],
                "TransArdenne",
            ),
        ],
    ),
    (  # 5 Réunion school year after a cyclone: "a annoncé vouloir"; union via "qui dénonce"
        "SAINT-DENIS (La Réunion) – Après le passage du cyclone Ismaël, qui a privé "
        "d'électricité plus de 90 000 foyers la semaine dernière, la rentrée des élèves est "
        "repoussée au jeudi 22 janvier dans une trentaine d'écoles des Hauts de l'île. "
        "Plusieurs établissements ont encore leurs toits bâchés et des cantines hors "
        "d'usage.\n\n"
        "Le recteur de l'académie, Philippe Hoarau-Lebon, a annoncé vouloir rattraper les jours "
        "perdus pendant les vacances de mars. Une décision accueillie fraîchement par le "
        "syndicat Unité-Éducation 974, qui dénonce «\u00a0une mesure prise dans la "
        "précipitation, sans consulter personne\u00a0». Les enseignants devront malgré tout être "
        "présents dès lundi pour préparer l'accueil des élèves.\n\n"
        "Devant l'école de la Plaine-des-Grègues, une mère de famille s'inquiète pour ses trois "
        "enfants\u00a0: «\u00a0Moi, je travaille à l'hôpital, je n'ai pas le droit de repousser "
        "ma rentrée. Qui va les garder\u00a0?\u00a0»",
        [
            (
                I,
                ["vouloir rattraper les jours perdus pendant les vacances de mars"],
                "Philippe Hoarau-Lebon",
            ),
            (
                P,
                ["une mesure prise dans la précipitation, sans consulter personne"],
                "Unité-Éducation 974",
            ),
            (
                D,
                [
                    "Moi, je travaille à l'hôpital, je n'ai pas le droit de repousser ma "
                    "rentrée. Qui va les garder\u00a0?"
                ],
                "mère de famille",
            ),
        ],
    ),
    (  # 6 museum reopening: possessive role + name after the cue; "Elle a précisé"; partial object
        "Fermé depuis près de quatre ans pour travaux, le musée Joseph-Vialle de "
        "Millau-les-Causses rouvrira ses portes le 14 février. Le chantier, qui a coûté 11,4 "
        "millions d'euros, a permis de doubler les surfaces d'exposition et de mettre enfin aux "
        "normes les réserves, inondées à deux reprises.\n\n"
        "«\u202fPendant des années, on a gardé des tableaux du XVIIe siècle dans une cave où "
        "l'on mesurait 90 % d'humidité. C'était une honte\u202f», reconnaît sans détour sa "
        "directrice, Laure Maffre-Delmas, arrivée en 2022. Elle a précisé que 300 œuvres "
        "sortiraient des réserves pour la première fois depuis un demi-siècle, dont un ensemble "
        "de faïences de Moustiers.\n\n"
        "Le projet n'a pas fait l'unanimité. Le peintre Bertrand Causse, qui avait fait don de "
        "quarante toiles à la ville en 2009, a longtemps reproché à la municipalité un "
        "«\u202fmépris pour l'art vivant\u202f». Il a finalement accepté l'invitation au "
        "vernissage. L'entrée sera gratuite le premier week-end.",
        [
            (
                D,
                [
                    "Pendant des années, on a gardé des tableaux du XVIIe siècle dans une cave où "
                    "l'on mesurait 90 % d'humidité. C'était une honte"
                ],
                "Laure Maffre-Delmas",
            ),
            (
                I,
                [
                    "300 œuvres sortiraient des réserves pour la première fois depuis un "
                    "demi-siècle, dont un ensemble de faïences de Moustiers"
                ],
                "Laure Maffre-Delmas",
            ),
            (P, ["mépris pour l'art vivant"], "Bertrand Causse"),
        ],
    ),
    (  # 7 sargassum study: "selon X" at the end of the sentence; "Pour la chercheuse, « … »"
        "Les échouements massifs de sargasses sur les côtes antillaises pourraient devenir la "
        "norme d'ici 2040, selon l'océanographe Josiane Landreau-Pierre, qui a coordonné une "
        "étude publiée lundi par l'Observatoire caribéen des littoraux. Son équipe a analysé "
        "vingt ans d'images satellites de l'Atlantique tropical.\n\n"
        "En cause, l'apport croissant de nutriments par les grands fleuves, notamment "
        "l'Amazone, et le réchauffement des eaux de surface. Pour la chercheuse, «\u00a0il ne "
        "s'agit plus d'épisodes exceptionnels mais d'un régime permanent auquel il faudra "
        "s'adapter\u00a0».\n\n"
        "À Sainte-Rose-des-Îles, en Martinique, où les algues en décomposition ont forcé la "
        "fermeture d'une école l'an dernier, le maire a une nouvelle fois réclamé la création "
        "d'un fonds national d'indemnisation. Les communes touchées dépensent chacune plusieurs "
        "centaines de milliers d'euros par an pour le ramassage.",
        [
            (
                I,
                [
                    "Les échouements massifs de sargasses sur les côtes antillaises pourraient "
                    "devenir la norme d'ici 2040"
                ],
                "Josiane Landreau-Pierre",
            ),
            (
                D,
                [
                    "il ne s'agit plus d'épisodes exceptionnels mais d'un régime permanent "
                    "auquel il faudra s'adapter"
                ],
                "Josiane Landreau-Pierre",
            ),
        ],
    ),
    (  # 8 women's handball: “ ” with an incise; captain then "Elle"; "Le coach" + partial
        "Les handballeuses de l'ES Val-de-Sambre ont laissé filer samedi une qualification qui "
        "leur tendait les bras. Battues de cinq buts à l'aller au Danemark, les Nordistes ne se "
        "sont imposées que 31-27 face à Holstebrovig en huitième de finale retour de la Ligue "
        "européenne, alors qu'elles menaient de sept longueurs à dix minutes de la fin.\n\n"
        "“On a arrêté de jouer, tout simplement, a pesté l'entraîneur, Stéphane "
        "Lecomte-Bailly. À 28-21, on doit gérer le ballon, pas tenter des passes dans le "
        "dos.”\n\n"
        "La capitaine, Aminata Koné, auteure de neuf buts, a refusé d'accabler ses "
        "coéquipières. Elle a assuré que le groupe avait tout donné et qu'il restait un "
        "championnat à aller chercher. Le coach, lui, a promis une “explication franche” dès la "
        "reprise de l'entraînement, mardi.",
        [
            (
                D,
                [
                    "On a arrêté de jouer, tout simplement",
                    "À 28-21, on doit gérer le ballon, pas tenter des passes dans le dos.",
                ],
                "Stéphane Lecomte-Bailly",
            ),
            (
                I,
                ["le groupe avait tout donné et qu'il restait un championnat à aller chercher"],
                "Aminata Koné",
            ),
            (P, ["explication franche"], "Stéphane Lecomte-Bailly"),
        ],
    ),
    (  # 9 post office closure: colon-introduced quote; La Poste "explique ... que"; -t-elle
        "La Poste a confirmé la fermeture, au 31 mars, du bureau de Plouguernével-sur-Blavet, "
        "dans le Centre-Bretagne. Il sera remplacé par un point de contact installé dans la "
        "supérette du bourg, ouverte sept jours sur sept.\n\n"
        "Le maire, Yannick Le Bihan-Quéré, a pris la parole lors du conseil municipal de "
        "jeudi\u00a0: «\u00a0On nous parle d'un meilleur service parce que les horaires seront "
        "plus larges. Mais la gérante ne pourra ni ouvrir un livret A, ni aider une personne "
        "âgée à remplir un formulaire.\u00a0»\n\n"
        "La Poste explique, dans un courrier adressé aux élus, que la fréquentation du bureau a "
        "chuté de 60 % en dix ans, avec moins de vingt opérations par jour.\n\n"
        "À la sortie de la messe, dimanche, une retraitée résume le sentiment général. "
        "«\u00a0Après l'école et la boulangerie, c'est la poste. Bientôt il ne restera que le "
        "cimetière\u00a0», soupire-t-elle.",
        [
            (
                D,
                [
                    "On nous parle d'un meilleur service parce que les horaires seront plus "
                    "larges. Mais la gérante ne pourra ni ouvrir un livret A, ni aider une "
                    "personne âgée à remplir un formulaire."
                ],
                "Yannick Le Bihan-Quéré",
            ),
            (
                I,
                [
                    "la fréquentation du bureau a chuté de 60 % en dix ans, avec moins de vingt "
                    "opérations par jour"
                ],
                "La Poste",
            ),
            (
                D,
                [
                    "Après l'école et la boulangerie, c'est la poste. Bientôt il ne restera que "
                    "le cimetière"
                ],
                "retraitée",
            ),
        ],
    ),
    (  # 10 Ivorian cocoa price: minister "a affirmé que"; farmer after "tempère"; "Pour X, … « … »"
        "ABIDJAN – Le gouvernement ivoirien a relevé mercredi le prix garanti du cacao payé "
        "aux planteurs, porté à 2 400 francs CFA le kilo pour la campagne intermédiaire, contre "
        "1 800 francs jusqu'ici. Une hausse sans précédent, portée par l'envolée des cours "
        "mondiaux.\n\n"
        "Le ministre de l'Agriculture, Kouassi N'Guessan-Brou, a affirmé que la mesure "
        "profiterait à près d'un million de planteurs et à leurs familles.\n\n"
        "À Soubré, dans le Sud-Ouest, les producteurs restent prudents. « Le prix augmente, mais "
        "les engrais ont doublé et nos vergers sont vieux. Ce qui compte, c'est ce qui reste dans "
        "la poche à la fin », tempère Lassina Koffi-Doumbia, président d'une coopérative de 800 "
        "membres.\n\n"
        "Pour l'économiste Mariam Yao-Kouamé, la hausse reste « en deçà de ce que "
        "permettraient les cours actuels », l'État conservant une large part des recettes "
        "d'exportation.",
        [
            (
                I,
                ["la mesure profiterait à près d'un million de planteurs et à leurs familles"],
                "Kouassi N'Guessan-Brou",
            ),
            (
                D,
                [
                    "Le prix augmente, mais les engrais ont doublé et nos vergers sont vieux. Ce "
                    "qui compte, c'est ce qui reste dans la poche à la fin"
                ],
                "Lassina Koffi-Doumbia",
            ),
            (P, ["en deçà de ce que permettraient les cours actuels"], "Mariam Yao-Kouamé"),
        ],
    ),
    (  # 11 Polynesian budget: role + name after the cue; "Selon M. X"; opposition leader -t-elle
        "PAPEETE – L'assemblée de la Polynésie française a adopté jeudi, par 38 voix contre 19, "
        "le budget 2027 du Pays, qui prévoit une hausse de 8 % des crédits consacrés au "
        "logement social.\n\n"
        "«\u202fNous avons fait le choix des familles qui vivent encore à six dans une pièce, à "
        "Faa'a comme à Taravao\u202f», a plaidé le président du gouvernement, Teva Maraetaata, à "
        "la tribune. Selon M. Maraetaata, 600 logements sortiront de terre chaque année d'ici à "
        "la fin de la mandature.\n\n"
        "L'opposition a voté contre. Sa cheffe de file, Heirani Tauotaha-Marlier, a dénoncé un "
        "budget insincère. «\u202fVous nous promettez 600 logements par an, vous n'en avez livré "
        "que 212 l'an dernier\u202f», a-t-elle lancé au président, sous les applaudissements de "
        "ses élus.",
        [
            (
                D,
                [
                    "Nous avons fait le choix des familles qui vivent encore à six dans une "
                    "pièce, à Faa'a comme à Taravao"
                ],
                "Teva Maraetaata",
            ),
            (
                I,
                ["600 logements sortiront de terre chaque année d'ici à la fin de la mandature"],
                "Teva Maraetaata",
            ),
            (
                D,
                [
                    "Vous nous promettez 600 logements par an, vous n'en avez livré que 212 l'an "
                    "dernier"
                ],
                "Heirani Tauotaha-Marlier",
            ),
        ],
    ),
    (  # 12 river pollution trial: partial inside "avait estimé que"; director then -t-il
        "Le tribunal judiciaire de Saint-Claude-des-Monts a condamné mercredi la fromagerie "
        "coopérative des Hautes-Combes à 80 000 euros d'amende, dont la moitié avec sursis, pour "
        "la pollution de la Sirène en juillet 2024. Un déversement accidentel de lactosérum "
        "avait provoqué la mort de plusieurs tonnes de truites sur près de six kilomètres.\n\n"
        "Lors de l'audience, la procureure, Delphine Roussel-Vuillet, avait estimé que la "
        "coopérative avait « ignoré pendant des années » les alertes de ses propres salariés "
        "sur l'état de la cuve.\n\n"
        "Son directeur, Jean-Marc Cuenot, a présenté des excuses à la barre. « Nous avons commis "
        "une faute, et nous la payons. La cuve a été remplacée et un bassin de rétention "
        "construit », a-t-il détaillé.\n\n"
        "La fédération de pêche, partie civile, a obtenu 25 000 euros de dommages et intérêts. "
        "Elle dispose de dix jours pour faire appel.",
        [
            (P, ["ignoré pendant des années"], "Delphine Roussel-Vuillet"),
            (
                D,
                [
                    "Nous avons commis une faute, et nous la payons. La cuve a été remplacée et un "
                    "bassin de rétention construit"
                ],
                "Jean-Marc Cuenot",
            ),
        ],
    ),
    (  # 13 Belgian drug shortage: "raconte la pharmacienne"; minister "a assuré que"
        "BRUXELLES – Une quarantaine de médicaments courants, dont plusieurs sirops "
        "d'amoxicilline pour enfants, sont actuellement introuvables dans les pharmacies "
        "belges. Les grossistes évoquent des retards de production en Asie et une demande "
        "inhabituellement forte en ce début d'hiver.\n\n"
        "À Namur, Sophie Delvaux-Lambert passe une partie de ses journées au téléphone avec ses "
        "fournisseurs. «\u00a0Hier, une maman est repartie sans rien pour son bébé de huit mois. "
        "On lui a conseillé d'aller voir aux Pays-Bas\u00a0», raconte la pharmacienne.\n\n"
        "Interpellé mardi à la Chambre, le ministre fédéral de la Santé, Koen Verhaegen, a "
        "assuré que les stocks seraient reconstitués d'ici à la mi-décembre. Il a aussi évoqué "
        "la création d'une réserve stratégique pour une dizaine de molécules essentielles.",
        [
            (
                D,
                [
                    "Hier, une maman est repartie sans rien pour son bébé de huit mois. On lui a "
                    "conseillé d'aller voir aux Pays-Bas"
                ],
                "Sophie Delvaux-Lambert",
            ),
            (
                I,
                ["les stocks seraient reconstitués d'ici à la mi-décembre"],
                "Koen Verhaegen",
            ),
        ],
    ),
    (  # 14 shepherd and bear: nickname in marks (not a quote); "la bergère"; Mme + "a rappelé que"
        "Sur l'estive d'Arréou, à 1 800 mètres d'altitude, Clémence Pujol-Baylac redescend son "
        "troupeau un mois plus tôt que prévu. Depuis juin, l'ourse que les bergers de la vallée "
        "surnomment «\u00a0la Grise\u00a0» a tué dix-sept de ses brebis.\n\n"
        "«\u00a0La première fois, on pleure. La dixième, on ne dort plus. Je passe mes nuits "
        "dans la voiture avec une lampe et un klaxon\u00a0», souffle la bergère de 34 ans, en "
        "poussant ses bêtes vers la piste.\n\n"
        "La préfète des Hautes-Pyrénées, Catherine Morvan-Dessalles, a annoncé mardi le renfort "
        "de deux brigades d'effarouchement. Mme Morvan-Dessalles a rappelé que l'espèce restait "
        "strictement protégée et que tout tir létal était exclu.\n\n"
        "La jeune femme, qui garde seule 450 bêtes, redescendra dans la vallée de Campan d'ici "
        "la fin de la semaine.",
        [
            (
                D,
                [
                    "La première fois, on pleure. La dixième, on ne dort plus. Je passe mes nuits "
                    "dans la voiture avec une lampe et un klaxon"
                ],
                "Clémence Pujol-Baylac",
            ),
            (
                I,
                ["l'espèce restait strictement protégée et que tout tir létal était exclu"],
                "Catherine Morvan-Dessalles",
            ),
        ],
    ),
    (  # 15 Yaoundé marathon: marks without spaces; "la lauréate"; coach "a glissé qu'"
        "YAOUNDÉ – Sous une chaleur étouffante, la Camerounaise Florence Mbarga-Nkoulou a "
        "remporté dimanche le marathon international de Yaoundé en 2 h 31 min 12 s, devançant "
        "deux Kényanes. Aucune athlète du pays ne s'était imposée dans l'épreuve depuis "
        "2011.\n\n"
        "«Je courais pour ma mère, qui m'attendait au kilomètre 30 avec tout le quartier. Quand "
        "je l'ai vue, j'ai oublié mes crampes», a confié la lauréate, enveloppée dans un "
        "drapeau.\n\n"
        "Son entraîneur, Joseph Eyenga, a glissé qu'elle visait désormais les minima pour les "
        "championnats du monde, fixés à 2 h 28. Chez les hommes, la victoire est revenue à "
        "l'Éthiopien Getachew Worku-Bekele, en 2 h 14 min.",
        [
            (
                D,
                [
                    "Je courais pour ma mère, qui m'attendait au kilomètre 30 avec tout le "
                    "quartier. Quand je l'ai vue, j'ai oublié mes crampes"
                ],
                "Florence Mbarga-Nkoulou",
            ),
            (
                I,
                ["elle visait désormais les minima pour les championnats du monde, fixés à 2 h 28"],
                "Joseph Eyenga",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 public toilets: British single quotes; partial inside "told the meeting"; said + name
        "Public toilets in Hebden Marsh's market square will close for good at the end of "
        "January after Calder Moor District Council voted to stop funding them.\n\n"
        "The block costs £38,000 a year to run and has been vandalised eleven times since 2023. "
        "The council must find £4.2m of savings next year.\n\n"
        "Councillor Janet Ormerod, the cabinet member for finance, told the meeting the "
        "decision had been ‘agonising’ but that the authority had run out of options. Traders "
        "fear the closure will hurt the Saturday market, which draws coach parties from across "
        "the north of England.\n\n"
        "‘People will spend an hour here instead of a day. You can’t ask a coach full of "
        "pensioners to hold it in,’ said Barry Sutcliffe, who has run a cheese stall in the "
        "square for 26 years.\n\n"
        "A petition calling for the decision to be reversed has gathered 3,100 signatures.",
        [
            (P, ["agonising"], "Janet Ormerod"),
            (
                D,
                [
                    "People will spend an hour here instead of a day. You can’t ask a coach full "
                    "of pensioners to hold it in"
                ],
                "Barry Sutcliffe",
            ),
        ],
    ),
    (  # 2 conviction overturned: partial inside "wrote that"; surname before "said"
        "A state appeals court on Thursday overturned the murder conviction of Darnell "
        "Whitfield, who has spent 14 years in prison for the 2012 shooting of a gas station "
        "clerk in Sandoval Springs.\n\n"
        "In a unanimous opinion, Judge Rosalind Ortega-Marsh wrote that a police report "
        'pointing to another suspect, never disclosed to the defense, was "precisely the kind '
        'of evidence a jury must hear" and ordered a new trial.\n\n'
        "Whitfield's attorney, Caleb Monroe of the Ozark Innocence Project, spoke to his client "
        "by phone shortly after the ruling.\n\n"
        '"Darnell has lost his twenties and most of his thirties. The least the state can do '
        'now is let him go home," Monroe said.\n\n'
        "The Osage Bend County District Attorney's Office did not respond to a request for "
        "comment.",
        [
            (P, ["precisely the kind of evidence a jury must hear"], "Rosalind Ortega-Marsh"),
            (
                D,
                [
                    "Darnell has lost his twenties and most of his thirties. The least the state "
                    "can do now is let him go home"
                ],
                "Caleb Monroe",
            ),
        ],
    ),
    (  # 3 drought: "according to" at the end; "she said"; Ms + surname + "called the package"
        "Graziers in the Central West of NSW are selling breeding stock at record rates as the "
        "region heads into a third straight dry summer.\n\n"
        "Rainfall in the Warrabin district has been less than half the long-term average since "
        "January 2025, according to the Bureau of Meteorology.\n\n"
        "At the Tallimba saleyards on Wednesday, fourth-generation farmer Kylie Hannaford sold "
        "300 of her 900 merino ewes.\n\n"
        '"You spend thirty years building up a flock and it goes on a truck in an afternoon. '
        "I couldn't watch,\" she said.\n\n"
        "The state government doubled its drought freight subsidy last week. Ms Hannaford "
        'called the package "a Band-Aid on a broken leg".',
        [
            (
                I,
                [
                    "Rainfall in the Warrabin district has been less than half the long-term "
                    "average since January 2025"
                ],
                "Bureau of Meteorology",
            ),
            (
                D,
                [
                    "You spend thirty years building up a flock and it goes on a truck in an "
                    "afternoon. I couldn't watch"
                ],
                "Kylie Hannaford",
            ),
            (P, ["a Band-Aid on a broken leg"], "Kylie Hannaford"),
        ],
    ),
    (  # 4 comet: quote split by "she said,"; Dr. + apposition, "described … as"
        "An amateur astronomer in rural Canterbury has become the first New Zealander in more "
        "than 40 years to have a comet named after her.\n\n"
        "Ruth Kereama-Lowe, a retired maths teacher, spotted the faint smudge of light on "
        "images taken from her backyard observatory near Waihora Downs on October 3.\n\n"
        "“I thought it was dust on the lens, to be honest,” she said, “so I cleaned it twice "
        "before I believed it.”\n\n"
        "The comet, now designated C/2026 T3 (Kereama-Lowe), will pass closest to the Sun in "
        "April but is unlikely to be visible to the naked eye.\n\n"
        "Dr. Simon Achterberg, director of the Mount Hallam University Observatory, described "
        "the discovery as “a triumph of patience over equipment”. Kereama-Lowe uses a "
        "30-centimetre telescope she assembled herself from a kit.",
        [
            (
                D,
                [
                    "I thought it was dust on the lens, to be honest",
                    "so I cleaned it twice before I believed it.",
                ],
                "Ruth Kereama-Lowe",
            ),
            (P, ["a triumph of patience over equipment"], "Simon Achterberg"),
        ],
    ),
    (  # 5 mine layoffs: "told analysts … that"; Mayor + name after "said"; surname + partial
        "TIMBERLAKE, Ont. — Northcrest Nickel is to lay off 340 workers at its Kessler Lake "
        "mine by March after a collapse in nickel prices driven by surging output from "
        "Indonesia.\n\n"
        "Chief executive Paul Desrochers told analysts on Tuesday that the mine would be kept "
        "on standby until prices recovered. For Timberlake, a town of 6,000, it is by far the "
        "largest employer.\n\n"
        "\"It's not just 340 jobs. It's the hockey arena, the grocery store, the school bus "
        'drivers," said Mayor Linda Carrière-Hughes.\n\n'
        "Carrière-Hughes, who learned of the layoffs from the local radio station, called the "
        'company\'s handling of the news "shameful" and asked for a meeting with the provincial '
        "mines minister.",
        [
            (
                I,
                ["the mine would be kept on standby until prices recovered"],
                "Paul Desrochers",
            ),
            (
                D,
                [
                    "It's not just 340 jobs. It's the hockey arena, the grocery store, the school "
                    "bus drivers"
                ],
                "Linda Carrière-Hughes",
            ),
            (P, ["shameful"], "Linda Carrière-Hughes"),
        ],
    ),
    (  # 6 women's cup tie: striker "she said"; manager then "the manager said"
        "Glenholm Thistle booked their place in the semi-finals of the Women's Scottish Cup "
        "with a 2-1 extra-time win over Dunmore Rovers on Sunday, thanks to two goals from "
        "19-year-old striker Ellie McBride.\n\n"
        "McBride, who returned from a broken foot only three weeks ago, headed the winner in "
        "the 112th minute in front of a crowd of 1,870.\n\n"
        '"I\'ve waited a long time for a night like this," she said.\n\n'
        "Thistle manager Gary Lennox, who handed McBride her debut at 16, was just as "
        "emotional. \"She's the best finisher I've worked with, and she's still a kid,\" the "
        "manager said.\n\n"
        "The semi-final draw will be made on Tuesday.",
        [
            (D, ["I've waited a long time for a night like this"], "Ellie McBride"),
            (
                D,
                ["She's the best finisher I've worked with, and she's still a kid"],
                "Gary Lennox",
            ),
        ],
    ),
    (  # 7 measles: "Officials said"; Dr. + quote over two paragraphs closed by "she said"
        "Health officials in Tamarack County have confirmed 14 cases of measles, all among "
        "unvaccinated children, in the state's largest outbreak in more than a decade.\n\n"
        "Officials said nine of the children were under five and two had been "
        "hospitalized.\n\n"
        "The county health officer, Dr. Anita Raghunathan, spoke at a briefing on Monday "
        "afternoon.\n\n"
        '"Measles is not a mild childhood illness. One in five unvaccinated children who catch '
        "it ends up in the hospital.\n\n"
        '"If your child has a fever and a rash, please call before you come to the clinic, so '
        "they don't infect a waiting room full of babies,\" she said.\n\n"
        "Free vaccination clinics will be held at three county libraries this weekend.",
        [
            (
                I,
                ["nine of the children were under five and two had been hospitalized"],
                "officials",
            ),
            (
                D,
                [
                    "Measles is not a mild childhood illness. One in five unvaccinated children "
                    "who catch it ends up in the hospital.",
                    "If your child has a fever and a rash, please call before you come to the "
                    "clinic, so they don't infect a waiting room full of babies",
                ],
                "Anita Raghunathan",
            ),
        ],
    ),
    (  # 8 island ferry: operator as apposition; said + name + relative; "described … as"
        "Islanders on Eilean Ròin have been without a reliable ferry service for a third week "
        "after the only vessel on the route was withdrawn for emergency engine repairs.\n\n"
        "The operator, Caledonian Island Ferries, said a replacement would not be available "
        "until mid-December at the earliest. A passenger-only boat is running twice a day, but "
        "it cannot carry vehicles or freight, and shelves at the island's only shop were "
        "half-empty on Friday.\n\n"
        "“We’ve got a lifeboat volunteer who can’t get his van across for work and a pensioner "
        "who missed her chemotherapy appointment. This isn’t an inconvenience. It’s a crisis,” "
        "said Morag Ferguson, who chairs the community council.\n\n"
        "The local MSP, Alasdair Munro-Kerr, described the situation as “a national "
        "embarrassment” and demanded an urgent meeting with the transport secretary.",
        [
            (
                I,
                ["a replacement would not be available until mid-December at the earliest"],
                "Caledonian Island Ferries",
            ),
            (
                D,
                [
                    "We’ve got a lifeboat volunteer who can’t get his van across for work and a "
                    "pensioner who missed her chemotherapy appointment. This isn’t an "
                    "inconvenience. It’s a crisis"
                ],
                "Morag Ferguson",
            ),
            (P, ["a national embarrassment"], "Alasdair Munro-Kerr"),
        ],
    ),
    (  # 9 phone ban: "according to a survey by"; partial after "said the change had been"
        "PERTH — A year after mobile phones were banned in the state's public high schools, "
        "principals report fewer fights and more noise in the playground at lunchtime, "
        "according to a survey by the Secondary Principals' Association.\n\n"
        "At Marrinup Bay Senior High School, principal Deborah Nakamura said the change had been "
        "“bigger than anything we tried in twenty years”.\n\n"
        "“Kids are playing handball again. They’re actually talking to each other,” she "
        "said.\n\n"
        "Of the 212 principals who answered the survey, 87 per cent want the ban to stay. "
        "Students will still be allowed to carry phones for medical reasons.",
        [
            (
                I,
                [
                    "A year after mobile phones were banned in the state's public high schools, "
                    "principals report fewer fights and more noise in the playground at "
                    "lunchtime"
                ],
                "Secondary Principals' Association",
            ),
            (P, ["bigger than anything we tried in twenty years"], "Deborah Nakamura"),
            (
                D,
                ["Kids are playing handball again. They’re actually talking to each other"],
                "Deborah Nakamura",
            ),
        ],
    ),
    (  # 10 restitution: colon-introduced quote; deputy minister "called … and said he hoped"
        "A museum in West Yorkshire has returned eleven gold and brass objects taken from the "
        "Asante kingdom in the 19th century, at a ceremony in Kumasi on Saturday.\n\n"
        "The objects, including a gold badge once worn by a royal official and a set of brass "
        "weights for measuring gold dust, were looted by British soldiers in 1874 and later "
        "bought at auction by a local mill owner, who left them to the town.\n\n"
        "The director of the Wyvern Museum in Castleford, Fiona Catterall, was frank: “These "
        "objects were never ours to keep. Returning them is not generosity. It is the least we "
        "owe.”\n\n"
        "Ghana's deputy culture minister, Kwabena Asamoah-Boakye, called the return “a healing "
        "of history” and said he hoped other British institutions would follow.",
        [
            (
                D,
                [
                    "These objects were never ours to keep. Returning them is not generosity. It "
                    "is the least we owe."
                ],
                "Fiona Catterall",
            ),
            (P, ["a healing of history"], "Kwabena Asamoah-Boakye"),
            (
                I,
                ["he hoped other British institutions would follow"],
                "Kwabena Asamoah-Boakye",
            ),
        ],
    ),
    (  # 11 Kenyan eviction ruling: judge partial then "She said"; elder's question after "said"
        "NAIROBI — A Kenyan court on Wednesday halted the planned eviction of about 3,000 "
        "families from a settlement on the edge of the Kiboko Hills forest reserve.\n\n"
        "In her ruling, Justice Mercy Achieng-Wafula described the eviction notices, nailed to "
        "trees and doors in August, as “unlawful and inhumane”. She said the government had "
        "failed to show that the families had been consulted or offered alternative land.\n\n"
        "“We were born here. Our parents are buried here. Where did they expect us to go?” said "
        "Peter Kamau Njoroge, 62, a community elder, outside the court in Nakuru.\n\n"
        "The government has 14 days to appeal.",
        [
            (P, ["unlawful and inhumane"], "Mercy Achieng-Wafula"),
            (
                I,
                [
                    "the government had failed to show that the families had been consulted or "
                    "offered alternative land"
                ],
                "Mercy Achieng-Wafula",
            ),
            (
                D,
                ["We were born here. Our parents are buried here. Where did they expect us to go?"],
                "Peter Kamau Njoroge",
            ),
        ],
    ),
    (  # 12 boil-water notice: City Manager + said; "according to" a named person; surname said
        "Residents of Millbrook Falls have been told to boil their tap water until at least "
        "Friday after a water main burst under Route 9 on Sunday night, flooding two "
        "streets.\n\n"
        "City Manager Dale Hutchins said crews had isolated the break but needed to flush the "
        "system and wait for two clean samples before lifting the notice. The main was laid in "
        "1958.\n\n"
        "At the Dollar Saver on Main Street, bottled water sold out by mid-morning on Monday, "
        "according to store manager Tracy Lund.\n\n"
        "\"I've got customers driving to Bellmont for water. That's forty minutes round trip, "
        'and half of them are seniors," Lund said.',
        [
            (
                I,
                [
                    "crews had isolated the break but needed to flush the system and wait for two "
                    "clean samples before lifting the notice"
                ],
                "Dale Hutchins",
            ),
            (
                I,
                [
                    "At the Dollar Saver on Main Street, bottled water sold out by mid-morning on Monday"
                ],
                "Tracy Lund",
            ),
            (
                D,
                [
                    "I've got customers driving to Bellmont for water. That's forty minutes round "
                    "trip, and half of them are seniors"
                ],
                "Tracy Lund",
            ),
        ],
    ),
    (  # 13 by-election: "told supporters"; Mr. + surname "said"; "He called … "
        "HALIFAX — Liberal candidate Amira Haddad-Boudreau won Monday's by-election in Fundy "
        "Shore–Bear River by 412 votes, taking a seat the Progressive Conservatives had held "
        "since 2006.\n\n"
        "“At every door, people told me they want an emergency room that’s open at night. "
        "That’s the job, and I intend to do it,” Haddad-Boudreau told supporters at a fire hall "
        "in Bear River.\n\n"
        "Her Conservative opponent, former school principal Wayne MacIsaac, conceded shortly "
        "before 11 p.m. Mr. MacIsaac said he had called Haddad-Boudreau to congratulate her and "
        "would not rule out running again. He called the result “a message my party needs to "
        "hear”.\n\n"
        "Turnout was 41 per cent.",
        [
            (
                D,
                [
                    "At every door, people told me they want an emergency room that’s open at "
                    "night. That’s the job, and I intend to do it"
                ],
                "Amira Haddad-Boudreau",
            ),
            (
                I,
                [
                    "he had called Haddad-Boudreau to congratulate her and would not rule out "
                    "running again"
                ],
                "Wayne MacIsaac",
            ),
            (P, ["a message my party needs to hear"], "Wayne MacIsaac"),
        ],
    ),
    (  # 14 lighthouse keeper: quote split by "Doucette recalled,"; Coast Guard spokeswoman
        "For 31 years, Margaret Doucette has climbed the 74 steps of the Crane Ledge Light every "
        "morning to check the lamp. Next month, the 68-year-old will hand the keys to the Coast "
        "Guard, which is fully automating the station.\n\n"
        "Her late husband, Roland, kept the light for 22 years before her. She took over after "
        "his death in 1995, and has missed only four mornings since, all of them in hospital.\n\n"
        "“The night of the ’98 ice storm,” Doucette recalled, “the generator quit and I wound the "
        "old clockwork by hand until dawn. My arms ached for a week.”\n\n"
        "A Coast Guard spokeswoman said the keeper’s house would be offered to the Crane Harbor "
        "Historical Society on a long-term lease.",
        [
            (
                D,
                [
                    "The night of the ’98 ice storm",
                    "the generator quit and I wound the old clockwork by hand until dawn. My arms "
                    "ached for a week.",
                ],
                "Margaret Doucette",
            ),
            (
                I,
                [
                    "the keeper’s house would be offered to the Crane Harbor Historical Society "
                    "on a long-term lease"
                ],
                "Coast Guard",
            ),
        ],
    ),
    (  # 15 typhoon: "according to" the weather service; resident after "said"
        "HAGÅTÑA, Guam — Typhoon Lusa passed about 30 miles north of Guam early Thursday with "
        "sustained winds of 120 mph, according to the National Weather Service. The storm tore "
        "roofs from homes, uprooted breadfruit trees and knocked out power to nearly 80 percent "
        "of customers.\n\n"
        "Gov. Rosalind Aflague-Santos declared a state of emergency and ordered government "
        "offices closed until Monday.\n\n"
        "\"Forty years I've lived in this house. Pongsona, Paka, now this one. The roof always "
        'goes first," said Frank Manibusan, 71, as he swept broken glass from his porch in the '
        "village of Yigo.\n\n"
        "Schools will remain closed through the weekend.",
        [
            (
                I,
                [
                    "Typhoon Lusa passed about 30 miles north of Guam early Thursday with "
                    "sustained winds of 120 mph"
                ],
                "National Weather Service",
            ),
            (
                D,
                [
                    "Forty years I've lived in this house. Pongsona, Paka, now this one. The roof "
                    "always goes first"
                ],
                "Frank Manibusan",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout6.jsonl"),
        "heldout6",
        "6",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
