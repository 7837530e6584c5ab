"""Source of the twenty-fifth held-out set: writes heldout25.jsonl (split "heldout25").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like the national news pages of a daily in France, Belgium, Switzerland or Quebec
(French) and the UK, US, Canada or Ireland (English): parliament debates, ministers and
opposition, party congresses, pensions, immigration, education reform, police, housing, energy
prices and polls. Not a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.14.0 (docs/EXTRACTION.md), then
read: fixes from its errors are in 0.15.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout25.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-28"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 pensions bill, Assemblée: no-break spaces, "a-t-elle estimé", "la ministre a assuré que"
        "Paris — Les députés ont entamé lundi l'examen du projet de loi sur le financement des "
        "retraites, qui prévoit de porter progressivement la durée de cotisation à 43 ans et "
        "demi d'ici à 2032. Plus de 4 800 amendements ont été déposés, pour l'essentiel par "
        "les groupes de gauche.\n\n"
        "Ouvrant les débats, la ministre du Travail, Hélène Castagnède, a longuement défendu le "
        "calendrier retenu par le gouvernement. «\u00a0Si nous ne faisons rien, ce sont nos "
        "enfants qui paieront deux fois\u00a0: pour nos pensions et pour les leurs\u00a0», "
        "a-t-elle estimé à la tribune.\n\n"
        "Sur les bancs de l'opposition, le député Julien Marsac (Front populaire écologiste) a "
        "accusé l'exécutif de vouloir «\u00a0faire travailler plus longtemps ceux qui ont "
        "commencé le plus tôt\u00a0». Plusieurs élus ont brandi des pancartes, provoquant une "
        "suspension de séance d'une vingtaine de minutes.\n\n"
        "À la reprise, la ministre a assuré que le dispositif carrières longues serait maintenu "
        "dans son intégralité. Le vote solennel est prévu le 4 février.",
        [
            (
                D,
                [
                    "Si nous ne faisons rien, ce sont nos enfants qui paieront deux fois\u00a0: "
                    "pour nos pensions et pour les leurs"
                ],
                "Hélène Castagnède",
            ),
            (
                P,
                ["faire travailler plus longtemps ceux qui ont commencé le plus tôt"],
                "Julien Marsac",
            ),
            (
                I,
                ["le dispositif carrières longues serait maintenu dans son intégralité"],
                "Hélène Castagnède",
            ),
        ],
    ),
    (  # 2 Belgian asylum plan: "la secrétaire d'État" after the quote, party spokesman, -t-il
        "Bruxelles — La secrétaire d'État à l'Asile et à la Migration, Annelies "
        "Verhoeven-Dumont, a présenté mardi en commission de l'Intérieur de la Chambre son plan "
        "de réorganisation de l'accueil des demandeurs d'asile. Il prévoit l'ouverture de 2 500 "
        "places supplémentaires d'ici l'été, principalement dans d'anciennes casernes.\n\n"
        "« Nous sortons enfin de la gestion de crise permanente. Pour la première fois depuis "
        "trois ans, nous avons un calendrier et un budget », a déclaré la secrétaire d'État "
        "devant les députés.\n\n"
        "L'opposition reste sceptique. Le porte-parole du parti Renouveau social, Mathieu "
        "Lannoy, a jugé le plan « tardif et sous-financé ». « On annonce des places, mais on ne "
        "dit pas avec quel personnel on va les ouvrir », a-t-il insisté.\n\n"
        "Près de 3 000 hommes seuls attendent actuellement une place d'hébergement, et "
        "plusieurs centaines dorment dans la rue à Bruxelles. L'État belge a été condamné à des "
        "milliers de reprises par les tribunaux du travail pour ne pas les avoir hébergés.",
        [
            (
                D,
                [
                    "Nous sortons enfin de la gestion de crise permanente. Pour la première fois "
                    "depuis trois ans, nous avons un calendrier et un budget"
                ],
                "Annelies Verhoeven-Dumont",
            ),
            (P, ["tardif et sous-financé"], "Mathieu Lannoy"),
            (
                D,
                ["On annonce des places, mais on ne dit pas avec quel personnel on va les ouvrir"],
                "Mathieu Lannoy",
            ),
        ],
    ),
    (  # 3 march after a death at a traffic stop: no spaces, "un manifestant", unnamed ministry
        "Lyon — Plusieurs milliers de personnes ont défilé samedi dans le centre de Lyon, une "
        "semaine après la mort d'un jeune homme de 19 ans lors d'un contrôle routier à "
        "Vaulx-en-Velin. Le cortège s'est déroulé dans le calme jusqu'en fin d'après-midi, "
        "avant des heurts place Bellecour.\n\n"
        "«On veut la vérité, pas des communiqués», a lancé un manifestant, venu avec une photo "
        "de la victime imprimée sur son tee-shirt.\n\n"
        "Dans la soirée, un porte-parole du ministère de l'Intérieur a indiqué que douze "
        "personnes avaient été interpellées et que quatre policiers avaient été légèrement "
        "blessés.\n\n"
        "L'avocate de la famille, Me Samira Belkacem, réclame la nomination d'un juge "
        "d'instruction. «La famille ne demande ni vengeance ni faveur. Elle demande qu'on lui "
        "dise ce qui s'est passé dans cette voiture», a-t-elle déclaré avant le départ du "
        "cortège.\n\n"
        "Le parquet de Lyon a ouvert une enquête pour homicide involontaire, confiée à "
        "l'Inspection générale de la police nationale.",
        [
            (D, ["On veut la vérité, pas des communiqués"], "manifestant"),
            (
                I,
                [
                    "douze personnes avaient été interpellées et que quatre policiers avaient "
                    "été légèrement blessés"
                ],
                "ministère de l'Intérieur",
            ),
            (
                D,
                [
                    "La famille ne demande ni vengeance ni faveur. Elle demande qu'on lui dise "
                    "ce qui s'est passé dans cette voiture"
                ],
                "Samira Belkacem",
            ),
        ],
    ),
    (  # 4 Quebec rent bill: "a fait valoir le ministre", opposition critic partial
        "QUÉBEC — Le ministre de l'Habitation, François Thibodeau-Roy, a déposé jeudi un projet "
        "de loi qui obligera les propriétaires à inscrire dans tout nouveau bail le loyer payé "
        "par l'ancien locataire, une mesure réclamée depuis des années par les groupes de "
        "défense des locataires.\n\n"
        "«\u00a0Le locataire a le droit de savoir s'il paie 300\u00a0$ de plus que la personne "
        "qui vivait là avant lui\u00a0», a fait valoir le ministre en mêlée de presse, à la "
        "sortie du Salon rouge.\n\n"
        "La porte-parole de l'opposition officielle en matière d'habitation, Marie-Ève "
        "Lachapelle, a salué «\u00a0un pas dans la bonne direction\u00a0», mais son parti aurait "
        "préféré un registre public des loyers, comme en réclament les comités logement de "
        "Montréal.\n\n"
        "Le taux d'inoccupation des logements locatifs s'établissait à 1,6 % dans la région de "
        "Montréal en octobre, son plus bas niveau depuis 2019. Le projet de loi pourrait être "
        "adopté avant la fin de la session parlementaire, en juin.",
        [
            (
                D,
                [
                    "Le locataire a le droit de savoir s'il paie 300\u00a0$ de plus que la "
                    "personne qui vivait là avant lui"
                ],
                "François Thibodeau-Roy",
            ),
            (P, ["un pas dans la bonne direction"], "Marie-Ève Lachapelle"),
        ],
    ),
    (  # 5 Swiss power tariffs: narrow spaces, inverted "a annoncé la Commission", "une retraitée"
        "Berne — Les tarifs de l'électricité baisseront en moyenne de 7\u202f% l'an prochain "
        "pour les ménages suisses, a annoncé mardi la Commission fédérale des tarifs de "
        "l'énergie. Après deux années de fortes hausses, la facture annuelle d'un ménage type "
        "de quatre personnes reculera d'environ 90 francs.\n\n"
        "Le conseiller fédéral chargé de l'énergie, Reto Bernasconi, a estimé que les "
        "gestionnaires de réseau devaient répercuter cette baisse «\u202fsans délai et sans "
        "artifice comptable\u202f». Plusieurs distributeurs cantonaux avaient été épinglés l'an "
        "dernier pour avoir tardé à le faire.\n\n"
        "Dans les rues de Lausanne, l'accueil est mitigé. «\u202fSept pour cent, c'est bien. "
        "Mais ma facture a pris 40\u202f% en deux ans, alors je ne vais pas sabrer le "
        "champagne\u202f», relève une retraitée croisée devant la gare.\n\n"
        "Les écarts restent importants d'une commune à l'autre: certains ménages paieront "
        "encore deux fois plus que d'autres pour la même consommation.",
        [
            (
                I,
                [
                    "Les tarifs de l'électricité baisseront en moyenne de 7\u202f% l'an prochain "
                    "pour les ménages suisses"
                ],
                "Commission fédérale des tarifs de l'énergie",
            ),
            (P, ["sans délai et sans artifice comptable"], "Reto Bernasconi"),
            (
                D,
                [
                    "Sept pour cent, c'est bien. Mais ma facture a pris 40\u202f% en deux ans, "
                    "alors je ne vais pas sabrer le champagne"
                ],
                "retraitée",
            ),
        ],
    ),
    (  # 6 collège ability groups: “ ” quotes, "a-t-il martelé", union leader partial
        "Le ministre de l'Éducation nationale, Pascal Roussillon, a confirmé mercredi la "
        "généralisation des groupes de niveau en français et en mathématiques à toutes les "
        "classes de collège à la rentrée 2027, malgré l'hostilité d'une large partie des "
        "enseignants.\n\n"
        "“Les élèves en difficulté ont besoin d'un enseignement à leur rythme, pas de grands "
        "discours sur l'égalité”, a-t-il martelé sur le plateau de la chaîne Info 24.\n\n"
        "Le syndicat Unité-Enseignement, majoritaire dans le second degré, a appelé à une "
        "journée de grève le 12 mars. Sa secrétaire générale, Nadia Ferhat, a dénoncé “un tri "
        "social qui ne dit pas son nom”.\n\n"
        "La mesure, expérimentée depuis deux ans en sixième et en cinquième, n'a pas encore "
        "fait l'objet d'une évaluation nationale. Les principaux de collège redoutent surtout "
        "des casse-tête d'emploi du temps.",
        [
            (
                D,
                [
                    "Les élèves en difficulté ont besoin d'un enseignement à leur rythme, pas de "
                    "grands discours sur l'égalité"
                ],
                "Pascal Roussillon",
            ),
            (P, ["un tri social qui ne dit pas son nom"], "Nadia Ferhat"),
        ],
    ),
    (  # 7 party congress: quote over two paragraphs, "M. X", rival partial, "un militant"
        "Namur — Réunis en congrès dimanche à Namur, les militants du Mouvement démocrate "
        "wallon (MDW) ont reconduit leur président, Olivier Delvaux, pour un troisième mandat, "
        "avec 81 % des voix.\n\n"
        "Devant quelque 1 500 militants, M. Delvaux a fixé le cap des élections communales de "
        "2030. « Nous ne serons pas le parti qui gère le déclin de la Wallonie. Nous serons "
        "celui qui la relance.\n\n"
        "« Ceux qui nous prédisaient la disparition il y a cinq ans sont aujourd'hui dans "
        "l'opposition », a-t-il lancé, sous les applaudissements.\n\n"
        "Seule candidate face à lui, la députée liégeoise Caroline Maréchal a regretté « un "
        "congrès sans vrai débat ».\n\n"
        "À la sortie, un militant venu de Charleroi se montrait plus enthousiaste : « Olivier, "
        "c'est le seul qui parle encore aux gens des usines. »",
        [
            (
                D,
                [
                    "Nous ne serons pas le parti qui gère le déclin de la Wallonie. Nous serons "
                    "celui qui la relance.",
                    "Ceux qui nous prédisaient la disparition il y a cinq ans sont aujourd'hui "
                    "dans l'opposition",
                ],
                "Olivier Delvaux",
            ),
            (P, ["un congrès sans vrai débat"], "Caroline Maréchal"),
            (D, ["Olivier, c'est le seul qui parle encore aux gens des usines."], "militant"),
        ],
    ),
    (  # 8 energy voucher: government spokeswoman after the quote, senator partial + "Selon lui"
        "Le gouvernement a annoncé jeudi la reconduction du chèque énergie pour l'hiver 2027. "
        "Son montant moyen passera de 150 à 190 euros pour les 5,6 millions de ménages "
        "bénéficiaires, soit un coût estimé à 1,1 milliard d'euros.\n\n"
        "«\u202fPersonne ne doit avoir à choisir entre se chauffer et se nourrir\u202f», a "
        "déclaré la porte-parole du gouvernement, Aurélie Sempé, à l'issue du Conseil des "
        "ministres.\n\n"
        "Au Sénat, le président de la commission des affaires économiques, Gérard Pallier "
        "(Union de la droite), a jugé la hausse «\u202fbienvenue mais très insuffisante\u202f». "
        "Selon lui, la facture moyenne de chauffage au gaz a augmenté de 38\u202f% depuis 2022 "
        "pour les ménages modestes.\n\n"
        "Les associations de consommateurs réclament depuis l'automne un bouclier tarifaire sur "
        "le gaz, supprimé en 2023. Le gouvernement a écarté cette piste, jugée trop coûteuse.",
        [
            (
                D,
                ["Personne ne doit avoir à choisir entre se chauffer et se nourrir"],
                "Aurélie Sempé",
            ),
            (P, ["bienvenue mais très insuffisante"], "Gérard Pallier"),
            (
                I,
                [
                    "la facture moyenne de chauffage au gaz a augmenté de 38\u202f% depuis 2022 "
                    "pour les ménages modestes"
                ],
                "Gérard Pallier",
            ),
        ],
    ),
    (  # 9 Quebec poll: "Selon la firme X", "M. X", "Le premier ministre" + "a-t-il ironisé"
        "MONTRÉAL — À moins d'un an des élections générales, l'Alliance nationale creuse l'écart "
        "dans les intentions de vote. Selon la firme Sondagex, la formation de Sylvain Dufresne "
        "recueille 34 % des appuis, contre 24 % pour le Parti progressiste du premier ministre "
        "Denis Gagnon-Pelletier.\n\n"
        "Le coup de sonde a été mené en ligne du 12 au 15 novembre auprès de 1 040 "
        "électeurs.\n\n"
        "« Les Québécois ont le goût de tourner la page, et ils le disent de plus en plus "
        "fort », a réagi M. Dufresne en point de presse à Trois-Rivières.\n\n"
        "Le premier ministre a balayé ces chiffres du revers de la main. « Un sondage, c'est une "
        "photo. Une élection, c'est un film », a-t-il ironisé à son arrivée au conseil général "
        "de son parti, à Sherbrooke.\n\n"
        "Les progressistes avaient remonté un retard comparable lors de la campagne de 2022.",
        [
            (
                I,
                [
                    "la formation de Sylvain Dufresne recueille 34 % des appuis, contre 24 % pour "
                    "le Parti progressiste du premier ministre Denis Gagnon-Pelletier"
                ],
                "Sondagex",
            ),
            (
                D,
                [
                    "Les Québécois ont le goût de tourner la page, et ils le disent de plus en plus fort"
                ],
                "Sylvain Dufresne",
            ),
            (
                D,
                ["Un sondage, c'est une photo. Une élection, c'est un film"],
                "Denis Gagnon-Pelletier",
            ),
        ],
    ),
    (  # 10 riot police sent to a suburb: "Le maire, X" + -t-il, "D'après la préfecture", resident
        "Montauban — Après une série de rixes entre bandes rivales qui ont fait trois blessés "
        "depuis début octobre dans le quartier de Sapiac, une compagnie de CRS a été déployée "
        "vendredi pour trois semaines dans la ville.\n\n"
        "Le maire, Christian Lafforgue, réclamait ces renforts depuis l'été. « On a trente "
        "policiers municipaux pour 62 000 habitants. On fait ce qu'on peut, mais on n'est pas "
        "la police nationale », a-t-il déploré.\n\n"
        "D'après la préfecture de Tarn-et-Garonne, quatorze personnes ont été interpellées "
        "depuis le début de l'opération lancée le 2 novembre, dont cinq mineurs.\n\n"
        "Dans le quartier, les habitants oscillent entre soulagement et lassitude. « Tous les "
        "ans, on nous envoie des CRS pour trois semaines, et après on nous oublie », soupire "
        "une habitante, mère de trois enfants, qui vit à Sapiac depuis vingt ans.",
        [
            (
                D,
                [
                    "On a trente policiers municipaux pour 62 000 habitants. On fait ce qu'on "
                    "peut, mais on n'est pas la police nationale"
                ],
                "Christian Lafforgue",
            ),
            (
                I,
                [
                    "quatorze personnes ont été interpellées depuis le début de l'opération "
                    "lancée le 2 novembre, dont cinq mineurs"
                ],
                "préfecture de Tarn-et-Garonne",
            ),
            (
                D,
                [
                    "Tous les ans, on nous envoie des CRS pour trois semaines, et après on nous "
                    "oublie"
                ],
                "habitante",
            ),
        ],
    ),
    (  # 11 Swiss pension funding vote: no spaces, speaker after the cue, "a rappelé que"
        "Berne — Le Conseil national a approuvé mercredi, par 104 voix contre 88, le "
        "financement de la 13e rente AVS par une hausse de 0,7 point de la TVA, au terme d'un "
        "débat tendu qui s'est prolongé tard dans la soirée.\n\n"
        "«Le peuple a voté cette rente. Il serait indécent de lui dire aujourd'hui que nous ne "
        "savons pas la payer», a lancé la socialiste genevoise Isabelle Rochat-Nguyen.\n\n"
        "La droite aurait préféré des économies dans le budget de la Confédération plutôt "
        "qu'une hausse d'impôt. La conseillère fédérale chargée de l'Intérieur, Monika "
        "Studer-Favre, a rappelé que le fonds AVS afficherait un déficit de plus de 4 "
        "milliards de francs dès 2030 sans recettes supplémentaires.\n\n"
        "Le dossier passe maintenant au Conseil des États, qui devrait l'examiner lors de la "
        "session de printemps. Un référendum est probable.",
        [
            (
                D,
                [
                    "Le peuple a voté cette rente. Il serait indécent de lui dire aujourd'hui "
                    "que nous ne savons pas la payer"
                ],
                "Isabelle Rochat-Nguyen",
            ),
            (
                I,
                [
                    "le fonds AVS afficherait un déficit de plus de 4 milliards de francs dès "
                    "2030 sans recettes supplémentaires"
                ],
                "Monika Studer-Favre",
            ),
        ],
    ),
    (  # 12 popularity poll: "…, selon l'institut X.", unnamed party spokesman = the party
        "Seuls 24\u00a0% des Français se disent satisfaits de l'action du président de la "
        "République, soit trois points de moins qu'en octobre, selon l'institut Opinéo. Le "
        "baromètre, publié dimanche, place le chef de l'État à son plus bas niveau depuis son "
        "élection.\n\n"
        "À La Voix populaire, principal parti d'opposition, on savoure. «\u00a0Les Français ont "
        "compris que ce pouvoir ne les écoutait plus. Ils attendent maintenant une "
        "alternative\u00a0», a déclaré un porte-parole du parti, en annonçant un grand meeting "
        "à Marseille le 14 décembre.\n\n"
        "L'Élysée n'a pas souhaité commenter ces chiffres. Le président doit s'exprimer à la "
        "télévision avant les fêtes, pour la première fois depuis la rentrée.",
        [
            (
                I,
                [
                    "Seuls 24\u00a0% des Français se disent satisfaits de l'action du président "
                    "de la République, soit trois points de moins qu'en octobre"
                ],
                "Opinéo",
            ),
            (
                D,
                [
                    "Les Français ont compris que ce pouvoir ne les écoutait plus. Ils attendent "
                    "maintenant une alternative"
                ],
                "La Voix populaire",
            ),
        ],
    ),
    (  # 13 Quebec teacher shortage: partial then direct with "a-t-elle soutenu"
        "QUÉBEC — Plus de 2 300 postes d'enseignants restaient vacants dans les écoles "
        "publiques du Québec au 1er novembre, soit environ 600 de moins qu'à la même date l'an "
        "dernier.\n\n"
        "La ministre de l'Éducation, Josée Lavallée-Côté, a reconnu lundi une situation "
        "«\u00a0préoccupante\u00a0», sans toutefois parler de crise. «\u00a0Je ne dis pas que "
        "c'est réglé. Je dis que ça s'améliore, et que les mesures de l'an dernier commencent "
        "à donner des résultats\u00a0», a-t-elle soutenu en marge d'une annonce dans une école "
        "de Lévis.\n\n"
        "Dans plusieurs centres de services scolaires de la région de Montréal, des classes ont "
        "commencé l'année avec un suppléant différent chaque semaine. Un assouplissement des "
        "règles fiscales doit permettre, dès janvier, d'attirer des enseignants retraités vers "
        "la suppléance.",
        [
            (P, ["préoccupante"], "Josée Lavallée-Côté"),
            (
                D,
                [
                    "Je ne dis pas que c'est réglé. Je dis que ça s'améliore, et que les mesures "
                    "de l'an dernier commencent à donner des résultats"
                ],
                "Josée Lavallée-Côté",
            ),
        ],
    ),
    (  # 14 Belgian reactors: minister named after quote, "le ministre" + -t-il, "Pour X, le …"
        "Bruxelles — La Chambre a adopté jeudi soir, par 82 voix contre 53, le projet de loi "
        "prolongeant de dix ans l'exploitation de deux réacteurs de la centrale nucléaire de "
        "Tihange, au terme de plus de huit heures de débat.\n\n"
        "«\u202fSans ces deux réacteurs, nous aurions dû importer massivement de l'électricité "
        "produite au gaz, et les factures auraient suivi\u202f», a déclaré le ministre de "
        "l'Énergie, Koen Vandamme-Lefèvre.\n\n"
        "Interrogé sur les microfissures détectées il y a plusieurs années dans les cuves, le "
        "ministre s'est voulu rassurant. «\u202fL'Agence de contrôle nucléaire aura le dernier "
        "mot. La sécurité ne fera l'objet d'aucun compromis\u202f», a-t-il insisté.\n\n"
        "Pour la cheffe de groupe écologiste, Sarah Vanhecke, le gouvernement «\u202frepousse le "
        "problème des déchets à la génération suivante\u202f». Son groupe a voté contre, comme "
        "les deux formations de la gauche radicale.",
        [
            (
                D,
                [
                    "Sans ces deux réacteurs, nous aurions dû importer massivement de "
                    "l'électricité produite au gaz, et les factures auraient suivi"
                ],
                "Koen Vandamme-Lefèvre",
            ),
            (
                D,
                [
                    "L'Agence de contrôle nucléaire aura le dernier mot. La sécurité ne fera "
                    "l'objet d'aucun compromis"
                ],
                "Koen Vandamme-Lefèvre",
            ),
            (
                P,
                ["repousse le problème des déchets à la génération suivante"],
                "Sarah Vanhecke",
            ),
        ],
    ),
    (  # 15 substandard housing: "a promis que", incise inside « » (one quote), "un locataire"
        "Marseille — En visite jeudi dans une copropriété dégradée du 3e arrondissement, le "
        "ministre du Logement, Thierry Balmossière, a promis que l'État financerait la "
        "rénovation complète de 1 200 logements insalubres dans la ville d'ici à 2030.\n\n"
        "« Ce que j'ai vu ce matin, a-t-il dit après avoir visité trois appartements, n'est pas "
        "digne de la deuxième ville de France. »\n\n"
        "Dans la cage d'escalier, un locataire montre les fissures qui zèbrent le plafond et "
        "les fils électriques à nu. « Ça fait six ans qu'on écrit au syndic. Ils viennent, ils "
        "prennent des photos, et rien ne bouge », raconte-t-il.\n\n"
        "La ville compte encore des dizaines de milliers de logements considérés comme "
        "indignes, concentrés pour l'essentiel dans les arrondissements du centre et du nord.",
        [
            (
                I,
                [
                    "l'État financerait la rénovation complète de 1 200 logements insalubres "
                    "dans la ville d'ici à 2030"
                ],
                "Thierry Balmossière",
            ),
            (
                D,
                [
                    "Ce que j'ai vu ce matin",
                    "n'est pas digne de la deuxième ville de France.",
                ],
                "Thierry Balmossière",
            ),
            (
                D,
                [
                    "Ça fait six ans qu'on écrit au syndic. Ils viennent, ils prennent des "
                    "photos, et rien ne bouge"
                ],
                "locataire",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 visa salary threshold: "telling MPs", "she said:", shadow minister partial
        "The Home Secretary, Rachel Okafor-Lynn, has defended plans to double the minimum "
        "salary threshold for skilled worker visas, telling MPs the change would cut net "
        "migration by around 90,000 a year.\n\n"
        'Opening the second reading debate in the Commons on Tuesday, she said: "For too long, '
        "employers have reached for the overseas recruitment button instead of training people "
        'here. That ends now."\n\n'
        'The shadow home secretary, Alistair Penhaligon, called the bill "a recipe for empty '
        'care homes and unstaffed wards".\n\n'
        "Care providers in England currently rely on overseas recruits for roughly one in five "
        "new hires. The bill is expected to pass its second reading comfortably on "
        "Wednesday.",
        [
            (
                I,
                ["the change would cut net migration by around 90,000 a year"],
                "Rachel Okafor-Lynn",
            ),
            (
                D,
                [
                    "For too long, employers have reached for the overseas recruitment button "
                    "instead of training people here. That ends now."
                ],
                "Rachel Okafor-Lynn",
            ),
            (
                P,
                ["a recipe for empty care homes and unstaffed wards"],
                "Alistair Penhaligon",
            ),
        ],
    ),
    (  # 2 Senate hearing on power bills: “A,” the senator said. “B.” = two; partial in indirect
        "WASHINGTON — Senators from both parties pressed the head of the Federal Power "
        "Regulatory Board on Thursday over rising electricity bills, which have climbed 14 "
        "percent nationally over the past two years.\n\n"
        "Senator Dana Whitcomb, an Ohio Democrat, held up a constituent's bill during the "
        "hearing. “People in my state are opening their bills and thinking there's been a "
        "mistake,” the senator said. “There hasn't been. This is the new normal, and it's "
        "unacceptable.”\n\n"
        "The board's chairman, Russell Ebersole, told the committee that new transmission lines "
        "approved this year would begin to bring prices down “within three to five years” as "
        "additional capacity came online.\n\n"
        "Several Republicans on the panel blamed the retirement of coal plants for the "
        "increases.",
        [
            (
                D,
                ["People in my state are opening their bills and thinking there's been a mistake"],
                "Dana Whitcomb",
            ),
            (
                D,
                ["There hasn't been. This is the new normal, and it's unacceptable."],
                "Dana Whitcomb",
            ),
            (P, ["within three to five years"], "Russell Ebersole"),
        ],
    ),
    (  # 3 Irish housing target: indirect + partial in reported speech, spokeswoman after verb
        "DUBLIN — The Minister for Housing, Ciarán Mulqueen, has said the Government will miss "
        "its target of 50,000 new homes this year, but insisted that completions were "
        '"heading firmly in the right direction".\n\n'
        "Figures published on Thursday put completions in the first ten months of the year at "
        "41,200, up 9 per cent on the same period last year.\n\n"
        '"Every month this Government misses a target, another few thousand young people give '
        'up and book a flight to Sydney," said Opposition housing spokeswoman Orla Keaveney '
        "during Leaders' Questions in the Dáil.\n\n"
        "Average rents for new tenancies in Dublin now exceed €2,300 a month.",
        [
            (
                I,
                ["the Government will miss its target of 50,000 new homes this year"],
                "Ciarán Mulqueen",
            ),
            (P, ["heading firmly in the right direction"], "Ciarán Mulqueen"),
            (
                D,
                [
                    "Every month this Government misses a target, another few thousand young "
                    "people give up and book a flight to Sydney"
                ],
                "Orla Keaveney",
            ),
        ],
    ),
    (  # 4 Canadian pension top-up: "…, Finance Minister X announced", surname after quote
        "OTTAWA — The federal government will raise the Old Age Security pension by 6 per cent "
        "for seniors aged 65 to 74, Finance Minister Leah Kowalczyk announced on Monday, "
        "extending an increase that until now applied only to those 75 and older.\n\n"
        "The change takes effect in July and will be worth about $52 a month to a senior "
        "receiving the full pension. It is expected to cost roughly $3.1 billion a year.\n\n"
        '"Nobody who worked their whole life should have to choose between rent and groceries '
        'at 68," Kowalczyk told reporters in Ottawa.\n\n'
        "Seniors' groups had lobbied for the change since 2022, when the increase for older "
        "pensioners first came into force.",
        [
            (
                I,
                [
                    "The federal government will raise the Old Age Security pension by 6 per "
                    "cent for seniors aged 65 to 74"
                ],
                "Leah Kowalczyk",
            ),
            (
                D,
                [
                    "Nobody who worked their whole life should have to choose between rent and "
                    "groceries at 68"
                ],
                "Leah Kowalczyk",
            ),
        ],
    ),
    (  # 5 party conference: partial, quote over two paragraphs after a colon, "one delegate"
        "MANCHESTER — Megan Ashworth-Price used her first conference speech as leader of the "
        'Unity Party on Wednesday to promise a "national home-building drive" of 1.5 million '
        "homes in a single parliament.\n\n"
        "She told delegates in Manchester: \"I didn't come into politics to manage decline. I "
        "came in because I grew up in a town where every young person I knew was planning "
        "their escape.\n\n"
        '"Our job is to give them a reason to stay."\n\n'
        "The speech won a standing ovation, though the party is still polling below 12% "
        "nationally.\n\n"
        "Outside the hall, one delegate, a retired teacher from Stockport, was less convinced. "
        "\"It's a good speech. I've heard a lot of good speeches,\" he said.",
        [
            (P, ["national home-building drive"], "Megan Ashworth-Price"),
            (
                D,
                [
                    "I didn't come into politics to manage decline. I came in because I grew up "
                    "in a town where every young person I knew was planning their escape.",
                    "Our job is to give them a reason to stay.",
                ],
                "Megan Ashworth-Price",
            ),
            (D, ["It's a good speech. I've heard a lot of good speeches"], "delegate"),
        ],
    ),
    (  # 6 body cameras: "said on Tuesday that", surname alone after the quote
        "Millbrook Police Chief Teresa Alvarado said on Tuesday that all patrol officers would "
        "be required to keep their body cameras switched on during every traffic stop, "
        "starting in January.\n\n"
        "The announcement follows an internal review of last year's use-of-force incidents, "
        "ordered after the arrest of a 17-year-old during a stop on Route 9 in March was "
        "captured only on a bystander's phone.\n\n"
        '"If the camera is off, the public is entitled to assume the worst, and frankly so am '
        'I," Alvarado said at a news conference.\n\n'
        "The department has 212 sworn officers. City council members are expected to vote next "
        "week on funding for 80 new cameras.",
        [
            (
                I,
                [
                    "all patrol officers would be required to keep their body cameras switched "
                    "on during every traffic stop, starting in January"
                ],
                "Teresa Alvarado",
            ),
            (
                D,
                [
                    "If the camera is off, the public is entitled to assume the worst, and "
                    "frankly so am I"
                ],
                "Teresa Alvarado",
            ),
        ],
    ),
    (  # 7 shorter exams: ‘ ’ quotes, "has announced that", "Mr X said", partial in indirect
        "The Education Secretary, Graham Oduya, has announced that GCSE exams in England will "
        "be shortened by around a quarter from 2029, with fewer papers in most subjects.\n\n"
        "‘Sixteen-year-olds are sitting more than 30 hours of exams. That's not rigour, that's "
        "endurance,’ Mr Oduya said on a visit to a school in Leicester.\n\n"
        "Coursework will not return, but schools will be able to offer a new spoken "
        "presentation in English.\n\n"
        "The general secretary of the Secondary Heads' Union, Joanne Pritchard, welcomed the "
        "move but said schools needed ‘clarity by the spring at the latest’ to plan their "
        "timetables.",
        [
            (
                I,
                [
                    "GCSE exams in England will be shortened by around a quarter from 2029, with "
                    "fewer papers in most subjects"
                ],
                "Graham Oduya",
            ),
            (
                D,
                [
                    "Sixteen-year-olds are sitting more than 30 hours of exams. That's not "
                    "rigour, that's endurance"
                ],
                "Graham Oduya",
            ),
            (P, ["clarity by the spring at the latest"], "Joanne Pritchard"),
        ],
    ),
    (  # 8 Ontario poll: "…, according to X.", premier's partial inside reported speech
        "TORONTO — Support for Premier Brian Lachance's government has fallen to its lowest "
        "level since the 2022 election, according to Northbridge Research.\n\n"
        "The firm's online survey of 1,200 Ontarians was conducted Nov. 14 to 17. The governing "
        "Ontario Forward party stands at 31 per cent, six points behind the Liberals, with "
        "the New Democrats at 22 per cent.\n\n"
        "Asked about the numbers at Queen's Park, Lachance said he was \"not governing for the "
        "pollsters\" and would press ahead with his plan to sell off the province's liquor "
        "stores.\n\n"
        "The next provincial election must be held by June 2028.",
        [
            (
                I,
                [
                    "Support for Premier Brian Lachance's government has fallen to its lowest "
                    "level since the 2022 election"
                ],
                "Northbridge Research",
            ),
            (P, ["not governing for the pollsters"], "Brian Lachance"),
        ],
    ),
    (  # 9 energy bills: "…, the company said", "A," said X. "B." = two directs
        "Electricity and gas customers of Eirlec will see their bills rise by 9 per cent from "
        "January, the company said on Wednesday, making it the third supplier to announce an "
        "increase this month.\n\n"
        "The rise will add about €190 a year to the average household's dual-fuel bill. Eirlec "
        "blamed higher wholesale gas prices and network charges.\n\n"
        '"People are genuinely frightened of the winter," said Bríd Ní Chonaill, of the '
        'charity Warm Homes Ireland. "We are taking calls from pensioners who are sitting in '
        'one room with a blanket."\n\n'
        "The energy regulator is due to publish its review of standing charges in the new "
        "year.",
        [
            (
                I,
                [
                    "Electricity and gas customers of Eirlec will see their bills rise by 9 per "
                    "cent from January"
                ],
                "Eirlec",
            ),
            (D, ["People are genuinely frightened of the winter"], "Bríd Ní Chonaill"),
            (
                D,
                ["We are taking calls from pensioners who are sitting in one room with a blanket."],
                "Bríd Ní Chonaill",
            ),
        ],
    ),
    (  # 10 school vouchers: “ ” quote, "Gov." + surname, "Democrats … said"
        "Gov. Patricia Hollings on Friday signed a bill creating the state's first universal "
        "school voucher program, giving families up to $7,500 a year toward private school "
        "tuition from the fall of 2027.\n\n"
        "“Every parent in this state now has a choice that used to belong only to the "
        "wealthy,” Hollings said at a signing ceremony at a charter school in the capital.\n\n"
        "Democrats, who fought the measure for two sessions, said the program would drain "
        "money from rural public schools that have no private competitor within an hour's "
        "drive.\n\n"
        "About 41,000 students already attend private schools in the state. The program is "
        "capped at $320 million in its first year.",
        [
            (
                D,
                [
                    "Every parent in this state now has a choice that used to belong only to the "
                    "wealthy"
                ],
                "Patricia Hollings",
            ),
            (
                I,
                [
                    "the program would drain money from rural public schools that have no "
                    "private competitor within an hour's drive"
                ],
                "Democrats",
            ),
        ],
    ),
    (  # 11 stop and search: partial in reported speech, "said Dr X", Home Office spokesperson
        "Stop and search by the Metropolitan Police fell by 18% last year, but black Londoners "
        "were still more than three times as likely to be stopped as white Londoners.\n\n"
        'Deputy Assistant Commissioner Helen Marsh-Tobin said the force was "using the power '
        'more carefully, not less".\n\n'
        "\"The numbers have come down, and that's welcome. The disproportionality hasn't moved "
        'an inch," said Dr Desmond Achebe-Clarke, a criminologist who founded the group Fair '
        "Streets after his nephew was stopped 11 times in a year.\n\n"
        "A Home Office spokesperson said new national guidance on the use of stop and search "
        "would be published in the spring.",
        [
            (P, ["using the power more carefully, not less"], "Helen Marsh-Tobin"),
            (
                D,
                [
                    "The numbers have come down, and that's welcome. The disproportionality "
                    "hasn't moved an inch"
                ],
                "Desmond Achebe-Clarke",
            ),
            (
                I,
                [
                    "new national guidance on the use of stop and search would be published in "
                    "the spring"
                ],
                "Home Office",
            ),
        ],
    ),
    (  # 12 immigration levels: "…, Minister X said", incise → one quote two spans, "the minister"
        "OTTAWA — Canada will admit 365,000 new permanent residents next year, down from "
        "395,000 this year, Immigration Minister Aniket Deshmane said on Friday as he tabled "
        "the government's annual levels plan.\n\n"
        "The plan also lowers the cap on new study permits for a second year in a row.\n\n"
        '"We heard Canadians clearly," the minister told reporters, "and housing and health '
        'care have to keep pace with population growth."\n\n'
        "Business groups in the construction and agriculture sectors have lobbied against "
        "further cuts, warning of labour shortages. Economic immigrants will still make up "
        "about 60 per cent of admissions.",
        [
            (
                I,
                [
                    "Canada will admit 365,000 new permanent residents next year, down from "
                    "395,000 this year"
                ],
                "Aniket Deshmane",
            ),
            (
                D,
                [
                    "We heard Canadians clearly",
                    "and housing and health care have to keep pace with population growth.",
                ],
                "Aniket Deshmane",
            ),
        ],
    ),
    (  # 13 state pension uprating: "…, the Chancellor, X, confirmed", institute partial
        "The state pension will rise by 4.6% next April, the Chancellor, Fiona Redgrave, "
        "confirmed in her autumn statement on Wednesday.\n\n"
        "The increase, worth about £560 a year to those on the full new state pension, is "
        "driven by the triple lock, which guarantees a rise in line with earnings, inflation "
        "or 2.5%, whichever is highest.\n\n"
        'The Institute for Retirement Studies said the triple lock had become "unaffordable in '
        'its current form" as the number of people over 66 continues to grow.\n\n'
        "Ms Redgrave has ruled out any change to the policy before the next general "
        "election.",
        [
            (I, ["The state pension will rise by 4.6% next April"], "Fiona Redgrave"),
            (
                P,
                ["unaffordable in its current form"],
                "Institute for Retirement Studies",
            ),
        ],
    ),
    (  # 14 rent cap rally: "a protester", mayor's partial with period inside, director after
        "Hundreds of tenants rallied outside City Hall on Saturday ahead of a council vote on "
        "a proposal to cap annual rent increases at 5 percent.\n\n"
        '"My rent went up $640 in one year. I work two jobs and I still can\'t make it," said '
        "a protester holding a hand-lettered sign.\n\n"
        'Mayor Luis Arredondo, who has backed the cap, called it "a floor of fairness, not a '
        'ceiling on investment."\n\n'
        'The proposal faces stiff opposition from property owners. "Developers will simply '
        'build somewhere else," said Karen Whitlock, executive director of the Greater Metro '
        "Rental Housing Association.\n\n"
        "The council is expected to vote on Dec. 9.",
        [
            (
                D,
                ["My rent went up $640 in one year. I work two jobs and I still can't make it"],
                "protester",
            ),
            (P, ["a floor of fairness, not a ceiling on investment."], "Luis Arredondo"),
            (D, ["Developers will simply build somewhere else"], "Karen Whitlock"),
        ],
    ),
    (  # 15 by-election: "Mr X said", unnamed party spokesman = the party, partial
        "The Civic Party has won the Hartfield and Stour by-election, overturning a National "
        "Party majority of more than 9,000 on a turnout of 38.2%.\n\n"
        "Tom Ellery-Baines took 14,377 votes, a majority of 4,812 over the National Party "
        "candidate, Susan Gregor.\n\n"
        '"Tonight the people of Hartfield have sent a message that will be heard in every '
        'corner of Westminster," Mr Ellery-Baines said in his victory speech shortly after '
        "3am.\n\n"
        'A spokesman for the National Party said the result was "disappointing but not '
        'surprising" for a governing party at mid-term.',
        [
            (
                D,
                [
                    "Tonight the people of Hartfield have sent a message that will be heard in "
                    "every corner of Westminster"
                ],
                "Tom Ellery-Baines",
            ),
            (P, ["disappointing but not surprising"], "National Party"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout25.jsonl"),
        "heldout25",
        "h25",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
