"""Source of the 115th held-out set: writes heldout115.jsonl (split "heldout115").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, companies, places and figures invented (a few real
public bodies, such as central banks and regulators, appear with invented office-holders). The
texts read like business, economy and company news: quarterly results and earnings calls,
hostile takeover bids and mergers, factory closures, layoffs and voluntary-departure plans,
companies placed in receivership, central bank rate decisions and inflation figures,
supermarket and food prices, strikes at warehouses and airlines, dairy farmers' protests,
start-up fundraising and collapses, trade disputes and tariffs, fines by market regulators,
shareholder meetings with activist funds, house prices and stock-market reports (in French one
radio interview rendered with dialogue dashes), with chief executives, finance directors,
founders, union representatives, analysts, economists, ministers, regulators, companies and
unions speaking as organisations and unnamed workers and shoppers quoted; speakers are referred
back to by surname ("M. X", "X"), short company name, pronoun, role or epithet ("le
syndicaliste", "le gendarme de la Bourse", "the former investment banker"), and some
statements are sourced with "selon X", "d'après X" or "according to X".
Measured once with 0.3.0, 0.34.0 and 0.35.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout115.py
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
    (  # 1 cosmetics group's quarterly sales: "Selon le cabinet Name," (rest of the sentence,
        # generic noun dropped), direct + "a déclaré la directrice financière, Name,", a quote
        # split by "a-t-elle toutefois nuancé," (pronoun, one quote two spans, final period
        # kept), "a confirmé son objectif" (noun object, not annotated)
        "Le groupe de cosmétiques Maison Aurélane a publié mardi un chiffre d'affaires de 1,84 "
        "milliard d'euros pour le troisième trimestre, en hausse de 6,2\u00a0% sur un an, porté "
        "par les parfums et par l'Asie. Selon le cabinet Ombelle Data, les analystes tablaient "
        "en moyenne sur 1,79 milliard.\n\n"
        "«\u00a0Ce trimestre montre que nos marques résistent mieux que le marché, y compris en "
        "Europe\u00a0», a déclaré la directrice financière, Sophie Marchetti-Blanc, lors d'une "
        "conférence téléphonique avec les investisseurs.\n\n"
        "«\u00a0Nous restons prudents pour les fêtes, a-t-elle toutefois nuancé, car le "
        "consommateur chinois reste imprévisible.\u00a0»\n\n"
        "Le groupe a confirmé son objectif d'une marge opérationnelle de 19\u00a0% sur "
        "l'exercice. À la Bourse de Paris, l'action gagnait 4,1\u00a0% en fin de matinée.",
        [
            (I, ["les analystes tablaient en moyenne sur 1,79 milliard"], "Ombelle Data"),
            (
                D,
                [
                    "Ce trimestre montre que nos marques résistent mieux que le marché, y compris "
                    "en Europe"
                ],
                "Sophie Marchetti-Blanc",
            ),
            (
                D,
                [
                    "Nous restons prudents pour les fêtes",
                    "car le consommateur chinois reste imprévisible.",
                ],
                "Sophie Marchetti-Blanc",
            ),
        ],
    ),
    (  # 2 appliance factory closure: "a annoncé la fermeture" (noun object, not annotated),
        # two-sentence direct + "raconte Name, délégué CGT du site", partial after "Le
        # syndicaliste … a dénoncé" (epithet), "Dans un communiqué, Name a expliqué que", "Le
        # groupe invoque une surcapacité" (noun object, not annotated)
        "Le fabricant d'électroménager Brenval a annoncé jeudi la fermeture de son usine de "
        "Saint-Aubin-sur-Marne, en Haute-Marne, qui emploie 412 salariés. Le site, ouvert en "
        "1964, produit des lave-linge et des sèche-linge.\n\n"
        "«\u00a0C'est un coup de massue. On l'a appris par un courriel à 8\u00a0heures du matin, "
        "comme un avis de livraison\u00a0», raconte Patrick Leclerc-Dumas, délégué CGT du site. "
        "Le syndicaliste, entré à l'usine à 19 ans, a dénoncé «\u00a0un sabotage organisé\u00a0» "
        "par une direction qui n'a plus investi dans les chaînes depuis 2019.\n\n"
        "Dans un communiqué, Brenval a expliqué que la production serait transférée d'ici à la "
        "fin de 2027 vers son usine polonaise de Wrocław. Le groupe invoque une surcapacité de "
        "ses sites européens et la chute des ventes de gros électroménager.\n\n"
        "Le préfet de la Haute-Marne réunira les élus locaux lundi.",
        [
            (
                D,
                [
                    "C'est un coup de massue. On l'a appris par un courriel à 8\u00a0heures du "
                    "matin, comme un avis de livraison"
                ],
                "Patrick Leclerc-Dumas",
            ),
            (P, ["un sabotage organisé"], "Patrick Leclerc-Dumas"),
            (
                I,
                [
                    "la production serait transférée d'ici à la fin de 2027 vers son usine "
                    "polonaise de Wrocław"
                ],
                "Brenval",
            ),
        ],
    ),
    (  # 3 inflation and central bank: "…, d'après Name." at the end of a sentence (the part
        # before), partial inside "Le gouverneur de X, Name, a estimé … que" (only the
        # partial), "s'engager sur une nouvelle baisse" (not speech), two-sentence direct +
        # "tempère Name, économiste chez X"
        "L'inflation a ralenti à 2,1\u00a0% sur un an en novembre au Canada, contre 2,6\u00a0% "
        "en octobre, d'après Statistique Canada. C'est son plus bas niveau depuis le printemps "
        "2021.\n\n"
        "Le gouverneur de la Banque du Canada, Hervé Lacombe-Rostand, a estimé jeudi devant un "
        "parterre de chefs d'entreprise montréalais que «\u00a0le plus dur est derrière "
        "nous\u00a0». Il n'a toutefois pas voulu s'engager sur une nouvelle baisse des taux en "
        "janvier.\n\n"
        "«\u00a0La baisse est réelle, mais elle tient surtout à l'essence. Hors énergie, les prix "
        "progressent encore de 2,9\u00a0%, et les loyers de plus de 6\u00a0%\u00a0», tempère "
        "Julie Vasseur, économiste chez Altaïr Gestion privée.",
        [
            (
                I,
                [
                    "L'inflation a ralenti à 2,1\u00a0% sur un an en novembre au Canada, contre "
                    "2,6\u00a0% en octobre"
                ],
                "Statistique Canada",
            ),
            (P, ["le plus dur est derrière nous"], "Hervé Lacombe-Rostand"),
            (
                D,
                [
                    "La baisse est réelle, mais elle tient surtout à l'essence. Hors énergie, les "
                    "prix progressent encore de 2,9\u00a0%, et les loyers de plus de 6\u00a0%"
                ],
                "Julie Vasseur",
            ),
        ],
    ),
    (  # 4 hostile takeover bid: a quote split by "a expliqué le PDG de X, Name," (one quote
        # two spans, final period kept), partial after "Name a aussitôt jugé l'offre" (the
        # target company speaking), "D'après plusieurs analystes," (unnamed plural, rest of
        # the sentence)
        "Le groupe agroalimentaire Delmont a lancé lundi une offre publique d'achat hostile de "
        "3,2 milliards d'euros sur son concurrent breton Ker Avel, spécialiste des plats "
        "cuisinés, soit 41 euros par action et une prime de 28\u00a0% sur le dernier cours.\n\n"
        "«\u00a0Ensemble, nous serons le numéro un européen du frais, a expliqué le PDG de "
        "Delmont, Bertrand Olivier-Sauvage, et nous garderons toutes les usines en "
        "France.\u00a0»\n\n"
        "Ker Avel a aussitôt jugé l'offre «\u00a0opportuniste et très insuffisante\u00a0» et a "
        "convoqué son conseil d'administration pour mardi matin.\n\n"
        "D'après plusieurs analystes, Delmont pourrait devoir relever son offre au-delà de 45 "
        "euros pour convaincre la famille fondatrice, qui détient 22\u00a0% du capital.",
        [
            (
                D,
                [
                    "Ensemble, nous serons le numéro un européen du frais",
                    "et nous garderons toutes les usines en France.",
                ],
                "Bertrand Olivier-Sauvage",
            ),
            (P, ["opportuniste et très insuffisante"], "Ker Avel"),
            (
                I,
                [
                    "Delmont pourrait devoir relever son offre au-delà de 45 euros pour "
                    "convaincre la famille fondatrice, qui détient 22\u00a0% du capital"
                ],
                "analystes",
            ),
        ],
    ),
    (  # 5 warehouse strike: an unclosed quotation mark ended by "a lancé un cariste"
        # (unnamed), direct + "prévient Name, déléguée X", partial inside "La direction a
        # assuré … que" (the management speaks for the company; only the partial)
        "Le mouvement de grève entamé lundi à l'entrepôt de Transalpes Logistique à Corbas, "
        "près de Lyon, s'est durci mercredi. Près de 80\u00a0% des 600 salariés du site ont "
        "cessé le travail pour réclamer une hausse de salaire de 4\u00a0%.\n\n"
        "«\u00a0On charge des camions à 35 degrés l'été, à moins cinq l'hiver, et on nous "
        "propose 1,5\u00a0%, a lancé un cariste devant le piquet de grève. Autour de lui, une "
        "centaine de salariés bloquaient l'accès des poids lourds.\n\n"
        "«\u00a0Tant qu'il n'y aura pas 4\u00a0% sur la table, on ne bougera pas\u00a0», prévient "
        "Samira Benali, déléguée Sud-Logistique.\n\n"
        "La direction a assuré pour sa part que les livraisons des magasins clients étaient "
        "maintenues «\u00a0à plus de 90\u00a0%\u00a0» grâce aux autres entrepôts du groupe.",
        [
            (
                D,
                [
                    "On charge des camions à 35 degrés l'été, à moins cinq l'hiver, et on nous "
                    "propose 1,5\u00a0%"
                ],
                "cariste",
            ),
            (
                D,
                ["Tant qu'il n'y aura pas 4\u00a0% sur la table, on ne bougera pas"],
                "Samira Benali",
            ),
            (P, ["à plus de 90\u00a0%"], "Transalpes Logistique"),
        ],
    ),
    (  # 6 battery start-up raises funds: a quote continued over two paragraphs (one span
        # each, first one's period kept) + "raconte sa cofondatrice et présidente, Name, 34
        # ans", "L'ingénieure … a précisé que" (epithet), "Pour Name, X est « … »" (partial,
        # the fund speaking)
        "La jeune pousse grenobloise Nuvéo, qui développe des batteries au sodium pour le "
        "stockage d'électricité, a bouclé mardi une levée de fonds de 85 millions d'euros menée "
        "par le fonds Horizon Capital Partners.\n\n"
        "«\u00a0Il y a trois ans, nous étions quatre dans un garage de Fontaine, avec un "
        "prototype qui tenait dans une boîte à chaussures.\n\n"
        "«\u00a0Aujourd'hui, nous avons 140 salariés et des commandes fermes de deux énergéticiens "
        "européens\u00a0», raconte sa cofondatrice et présidente, Camille Thévenot-Arnaud, 34 "
        "ans.\n\n"
        "L'ingénieure, passée par le Commissariat à l'énergie atomique, a précisé que "
        "l'entreprise ouvrirait sa première usine en Isère en 2028. Pour Horizon Capital "
        "Partners, Nuvéo est «\u00a0le futur champion européen du stockage\u00a0».",
        [
            (
                D,
                [
                    "Il y a trois ans, nous étions quatre dans un garage de Fontaine, avec un "
                    "prototype qui tenait dans une boîte à chaussures.",
                    "Aujourd'hui, nous avons 140 salariés et des commandes fermes de deux "
                    "énergéticiens européens",
                ],
                "Camille Thévenot-Arnaud",
            ),
            (
                I,
                ["l'entreprise ouvrirait sa première usine en Isère en 2028"],
                "Camille Thévenot-Arnaud",
            ),
            (P, ["le futur champion européen du stockage"], "Horizon Capital Partners"),
        ],
    ),
    (  # 7 supermarket prices, curly quotes “ ”: two-sentence direct + "soupire une
        # retraitée" (unnamed), "D'après l'association de consommateurs Name," (rest of the
        # sentence, generic noun dropped), "rejette la faute sur" (noun object, not annotated)
        # then partial after "qu'il accuse de"
        "Dans les rayons de l'hypermarché Maxicoop de Villeneuve-d'Ascq, samedi matin, les "
        "chariots se remplissent lentement. “Le café, je n'en prends plus qu'un paquet par "
        "mois. Avant, c'était un par semaine”, soupire une retraitée, sa liste de courses à la "
        "main.\n\n"
        "D'après l'association de consommateurs Panier malin, le prix d'un chariot type de 35 "
        "produits a augmenté de 4,3\u00a0% en un an, et de 19\u00a0% depuis 2022.\n\n"
        "Le PDG de Maxicoop, Didier Fontanel, rejette la faute sur les industriels de "
        "l'agroalimentaire, qu'il accuse de “marges indécentes”. L'enseigne a gelé les prix de "
        "500 produits jusqu'en mars.",
        [
            (
                D,
                [
                    "Le café, je n'en prends plus qu'un paquet par mois. Avant, c'était un par "
                    "semaine"
                ],
                "retraitée",
            ),
            (
                I,
                [
                    "le prix d'un chariot type de 35 produits a augmenté de 4,3\u00a0% en un an, "
                    "et de 19\u00a0% depuis 2022"
                ],
                "Panier malin",
            ),
            (P, ["marges indécentes"], "Didier Fontanel"),
        ],
    ),
    (  # 8 cognac and Chinese tariffs: direct + "a déploré … le président de X, Name",
        # "Selon lui," (pronoun, rest of the sentence), partial inside "La ministre déléguée
        # …, Name, a affirmé que" (only the partial), "a annoncé … le dépôt d'une plainte"
        # (noun object, not annotated)
        "Les droits de douane de 35\u00a0% imposés depuis juillet par Pékin sur les eaux-de-vie "
        "européennes commencent à peser lourdement sur la filière du cognac.\n\n"
        "«\u00a0Nous sommes les otages d'un conflit commercial qui ne nous concerne pas\u00a0», "
        "a déploré jeudi à Jarnac le président de l'Union des maisons de Cognac, Jean-Marc "
        "Dubreuil. Selon lui, les expéditions vers la Chine ont chuté de 42\u00a0% sur les dix "
        "premiers mois de l'année, et 800 emplois saisonniers n'ont pas été renouvelés.\n\n"
        "La ministre déléguée au Commerce extérieur, Aurore Mesnil, a affirmé que la France "
        "«\u00a0ne céderait pas au chantage\u00a0». La Commission européenne a annoncé mercredi "
        "le dépôt d'une plainte devant l'Organisation mondiale du commerce.",
        [
            (
                D,
                ["Nous sommes les otages d'un conflit commercial qui ne nous concerne pas"],
                "Jean-Marc Dubreuil",
            ),
            (
                I,
                [
                    "les expéditions vers la Chine ont chuté de 42\u00a0% sur les dix premiers "
                    "mois de l'année, et 800 emplois saisonniers n'ont pas été renouvelés"
                ],
                "Jean-Marc Dubreuil",
            ),
            (P, ["ne céderait pas au chantage"], "Aurore Mesnil"),
        ],
    ),
    (  # 9 airline boss on the radio, dialogue dashes: "a défendu le plan" (noun object, not
        # annotated), a dash line attributed by the sentence before it ("Il a d'abord voulu
        # rassurer … :"), a question line + "a insisté le journaliste" (unnamed, mark kept),
        # a dash line split by "a répondu M. Surname," (one quote two spans), partial after
        # "Le Syndicat … (SNPA) a dénoncé" (union as organisation, full name)
        "Invité mercredi matin de Radio Cité, le PDG de la compagnie aérienne Aéralia, "
        "Frédéric Morand-Castel, a défendu le plan de 1\u00a0200 départs volontaires annoncé la "
        "veille. Il a d'abord voulu rassurer les 9\u00a0000 salariés du groupe\u00a0:\n\n"
        "— Personne ne sera licencié. Nous parlons de départs volontaires, accompagnés et "
        "financés.\n\n"
        "— Et si les volontaires ne sont pas assez nombreux\u00a0? a insisté le journaliste.\n\n"
        "— Nous n'en sommes pas là, a répondu M.\u00a0Morand-Castel, et je suis convaincu que "
        "nous n'y serons jamais.\n\n"
        "Le Syndicat national des pilotes d'Aéralia (SNPA) a dénoncé dans la foulée «\u00a0un "
        "plan social qui ne dit pas son nom\u00a0».",
        [
            (
                D,
                [
                    "Personne ne sera licencié. Nous parlons de départs volontaires, accompagnés "
                    "et financés."
                ],
                "Frédéric Morand-Castel",
            ),
            (D, ["Et si les volontaires ne sont pas assez nombreux\u00a0?"], "journaliste"),
            (
                D,
                [
                    "Nous n'en sommes pas là",
                    "et je suis convaincu que nous n'y serons jamais.",
                ],
                "Frédéric Morand-Castel",
            ),
            (
                P,
                ["un plan social qui ne dit pas son nom"],
                "Syndicat national des pilotes d'Aéralia",
            ),
        ],
    ),
    (  # 10 clothing chain in receivership: partial after "Le président de X, Name, a imputé
        # ces difficultés à", "Le Roubaisien … a assuré que" (epithet), two-sentence direct +
        # "confie une vendeuse …" (unnamed)
        "Le tribunal de commerce de Lille a placé mardi en redressement judiciaire l'enseigne "
        "de prêt-à-porter Jolimode, qui compte 184 magasins et 1\u00a0150 salariés en France. "
        "Une période d'observation de six mois a été ouverte.\n\n"
        "Le président de Jolimode, Stéphane Verhaeghe, a imputé ces difficultés à «\u00a0la "
        "concurrence déloyale des plateformes asiatiques\u00a0» et à la hausse des loyers "
        "commerciaux. Le Roubaisien, qui avait repris l'enseigne en 2019, a assuré que les "
        "salaires de décembre seraient versés.\n\n"
        "Au magasin de Roubaix, l'inquiétude domine. «\u00a0On a vu les rayons se vider depuis "
        "l'été. On savait, mais on espérait jusqu'au bout\u00a0», confie une vendeuse employée "
        "depuis douze ans dans l'enseigne.",
        [
            (
                P,
                ["la concurrence déloyale des plateformes asiatiques"],
                "Stéphane Verhaeghe",
            ),
            (I, ["les salaires de décembre seraient versés"], "Stéphane Verhaeghe"),
            (
                D,
                [
                    "On a vu les rayons se vider depuis l'été. On savait, mais on espérait "
                    "jusqu'au bout"
                ],
                "vendeuse",
            ),
        ],
    ),
    (  # 11 carmaker cuts jobs, straight quotes: "a annoncé la suppression" (noun object,
        # not annotated), direct with a colon inside + "a reconnu son directeur général, Name,",
        # "Le patron franco-allemand a précisé que" (epithet), "Pour Name, …, "…"" (direct)
        "Le constructeur automobile Rivalto a annoncé mercredi la suppression de 2\u00a0300 "
        "postes en Europe d'ici à 2028, après un troisième trimestre marqué par une perte "
        "opérationnelle de 412 millions d'euros.\n\n"
        "\"Nous devons être lucides\u00a0: le marché de l'électrique ne décolle pas au rythme "
        'que nous espérions", a reconnu son directeur général, Karl-Heinz Aubert, devant les '
        "analystes. Le patron franco-allemand a précisé que les usines de Douai et de "
        "Sarrelouis ne seraient pas touchées.\n\n"
        'Pour Marc Ferrand, secrétaire du comité social et économique central, "la direction '
        'fait payer aux salariés ses propres erreurs stratégiques". Les syndicats seront reçus '
        "au siège de Boulogne-Billancourt le 10 décembre.",
        [
            (
                D,
                [
                    "Nous devons être lucides\u00a0: le marché de l'électrique ne décolle pas au "
                    "rythme que nous espérions"
                ],
                "Karl-Heinz Aubert",
            ),
            (
                I,
                ["les usines de Douai et de Sarrelouis ne seraient pas touchées"],
                "Karl-Heinz Aubert",
            ),
            (
                D,
                ["la direction fait payer aux salariés ses propres erreurs stratégiques"],
                "Marc Ferrand",
            ),
        ],
    ),
    (  # 12 market regulator fines a bank: "a infligé … une amende" (not speech), partial
        # inside "le gendarme de la Bourse estime que" (epithet for the regulator; only the
        # partial), two-sentence direct + "rappelle Name, présidente de X", "Le Crédit Name a
        # annoncé qu'il" (the bank speaking)
        "L'Autorité des marchés financiers (AMF) a infligé jeudi une amende de 12 millions "
        "d'euros au Crédit Rouvière, une banque régionale du Sud-Ouest, pour avoir vendu entre "
        "2019 et 2022 des produits structurés complexes à des clients âgés.\n\n"
        "Dans sa décision, le gendarme de la Bourse estime que l'établissement a "
        "«\u00a0gravement et durablement manqué\u00a0» à son devoir de conseil.\n\n"
        "«\u00a0Des retraités ont perdu jusqu'à 60\u00a0% de leur épargne. Certains avaient 85 "
        "ans et ne savaient pas ce qu'était une option\u00a0», rappelle Hélène Marcadier, "
        "présidente de l'Association de défense des épargnants lésés, qui a porté l'affaire "
        "devant le régulateur.\n\n"
        "Le Crédit Rouvière a annoncé qu'il ferait appel de la sanction devant le Conseil "
        "d'État.",
        [
            (P, ["gravement et durablement manqué"], "Autorité des marchés financiers"),
            (
                D,
                [
                    "Des retraités ont perdu jusqu'à 60\u00a0% de leur épargne. Certains avaient "
                    "85 ans et ne savaient pas ce qu'était une option"
                ],
                "Hélène Marcadier",
            ),
            (
                I,
                ["il ferait appel de la sanction devant le Conseil d'État"],
                "Crédit Rouvière",
            ),
        ],
    ),
    (  # 13 dairy farmers block a plant: an exclamation quote (mark kept) + "s'emporte Name,
        # 46 ans,", "L'éleveur affirme qu'il" (epithet), "Name a fait savoir … qu'il" (the
        # company speaking), "a appelé au calme" (noun object, not annotated)
        "Plusieurs centaines d'éleveurs ont bloqué mardi soir l'accès à la laiterie du groupe "
        "Lactéa à Loudéac (Côtes-d'Armor), pour protester contre le prix du lait payé aux "
        "producteurs, fixé à 380 euros les 1\u00a0000 litres pour le premier trimestre.\n\n"
        "«\u00a0À ce prix-là, je perds de l'argent à chaque traite\u00a0!\u00a0» s'emporte "
        "Yannick Le Floch, 46 ans, qui élève 70 vaches à Plémet. L'éleveur affirme qu'il lui "
        "faudrait au moins 450 euros pour couvrir ses coûts de production.\n\n"
        "Lactéa a fait savoir dans la soirée qu'il était prêt à rouvrir les négociations, sans "
        "s'engager sur un montant. Le préfet a appelé au calme.",
        [
            (
                D,
                ["À ce prix-là, je perds de l'argent à chaque traite\u00a0!"],
                "Yannick Le Floch",
            ),
            (
                I,
                ["il lui faudrait au moins 450 euros pour couvrir ses coûts de production"],
                "Yannick Le Floch",
            ),
            (
                I,
                ["il était prêt à rouvrir les négociations, sans s'engager sur un montant"],
                "Lactéa",
            ),
        ],
    ),
    (  # 14 telecom merger cleared: a brand name in « » (not a quote), direct + "a assuré la
        # présidente de l'Autorité, Name", partial after "a qualifié la décision de", "Il a
        # annoncé un recours" (noun object, not annotated)
        "L'Autorité de la concurrence a autorisé jeudi, sous conditions, la fusion des "
        "opérateurs Telvia et Ondalis, qui donnera naissance au deuxième acteur du marché "
        "français de la téléphonie mobile, avec 24 millions d'abonnés. La nouvelle entité "
        "s'appellera «\u00a0Telvia Ondalis\u00a0» jusqu'au choix d'une marque commune, en "
        "2027.\n\n"
        "Les deux groupes devront céder 3\u00a0000 antennes-relais et 1,2 million d'abonnés à un "
        "quatrième opérateur. «\u00a0Les consommateurs ne paieront pas cette fusion\u00a0», a "
        "assuré la présidente de l'Autorité, Marianne Oudinot-Faye.\n\n"
        "Le PDG de Fréquence Mobile, Luc Hamadi, qui s'opposait à l'opération, a qualifié la "
        "décision de «\u00a0cadeau de Noël aux deux mastodontes\u00a0». Il a annoncé un recours "
        "devant le Conseil d'État.",
        [
            (D, ["Les consommateurs ne paieront pas cette fusion"], "Marianne Oudinot-Faye"),
            (P, ["cadeau de Noël aux deux mastodontes"], "Luc Hamadi"),
        ],
    ),
    (  # 15 shareholder meeting and activist fund, « » without inner spaces: direct + "a
        # attaqué le fondateur du fonds, Name,", "Selon Name, qui …, " (rest of the sentence),
        # a quote split by "a répliqué le président, Name," (one quote two spans, final period
        # kept; name with particle)
        "L'assemblée générale du groupe de transport maritime Saint-Clair a tourné à "
        "l'affrontement, vendredi à Marseille, entre la direction et le fonds activiste "
        "irlandais Wexford Partners, qui réclame la scission du conglomérat en trois sociétés "
        "cotées.\n\n"
        "«Ce groupe détruit de la valeur depuis dix ans», a attaqué le fondateur du fonds, Conor "
        "Whelan, sous les applaudissements d'une partie des actionnaires. Selon Wexford "
        "Partners, qui détient 4,8\u00a0% du capital, une scission ferait bondir le cours de "
        "40\u00a0%.\n\n"
        "«Notre modèle a traversé trois crises, a répliqué le président, Arnaud de "
        "Villeneuve-Saint-Clair, et il traversera aussi celle-ci.» La résolution du fonds n'a "
        "recueilli que 31\u00a0% des voix.",
        [
            (D, ["Ce groupe détruit de la valeur depuis dix ans"], "Conor Whelan"),
            (I, ["une scission ferait bondir le cours de 40\u00a0%"], "Wexford Partners"),
            (
                D,
                ["Notre modèle a traversé trois crises", "et il traversera aussi celle-ci."],
                "Arnaud de Villeneuve-Saint-Clair",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 software company misses estimates: "…, according to Name." (the part before),
        # two-sentence direct + "chief financial officer Name told analysts", "Surname said
        # the company" (no "that"), "announced a … buyback" (noun object, not annotated)
        "Shares in Brightwater Systems fell 11% in after-hours trading on Tuesday after the "
        "cloud software company reported third-quarter revenue of $2.31 billion. Analysts had "
        "expected revenue of $2.38 billion, according to Corvex Research.\n\n"
        '"We had a tough quarter in Europe, where several large customers delayed their '
        'renewals. That is timing, not demand," chief financial officer Dana Whitfield told '
        "analysts on a conference call.\n\n"
        "Whitfield said the company still expected full-year revenue of between $9.4 billion "
        "and $9.5 billion. Brightwater also announced a $1.5 billion share buyback.",
        [
            (I, ["Analysts had expected revenue of $2.38 billion"], "Corvex Research"),
            (
                D,
                [
                    "We had a tough quarter in Europe, where several large customers delayed "
                    "their renewals. That is timing, not demand"
                ],
                "Dana Whitfield",
            ),
            (
                I,
                [
                    "the company still expected full-year revenue of between $9.4 billion and "
                    "$9.5 billion"
                ],
                "Dana Whitfield",
            ),
        ],
    ),
    (  # 2 biscuit factory closure, curly quotes: partial inside "In a statement, Surname
        # said" (only the partial; short form of the company name), two-sentence direct with
        # nested ‘ ’ + "said Name, the site convenor for X", "A spokeswoman for Name said"
        # (the spokeswoman speaks for the company)
        "Harwick Foods is to close its biscuit factory in Carlow Bridge, Lancashire, next "
        "spring, with the loss of 530 jobs. The plant has made biscuits since 1951.\n\n"
        "In a statement, Harwick said the site was “no longer viable” after the loss of a "
        "supermarket own-label contract.\n\n"
        "“Two years ago they stood in this canteen and told us our jobs were ‘safe for a "
        "generation’. Now they want us gone by Easter,” said Kevin Doherty, the site convenor "
        "for the General Workers' Federation.\n\n"
        "A spokeswoman for Harwick Foods said staff would be offered jobs at its plant in "
        "Leicester, 120 miles away.",
        [
            (P, ["no longer viable"], "Harwick Foods"),
            (
                D,
                [
                    "Two years ago they stood in this canteen and told us our jobs were ‘safe for "
                    "a generation’. Now they want us gone by Easter"
                ],
                "Kevin Doherty",
            ),
            (
                I,
                ["staff would be offered jobs at its plant in Leicester, 120 miles away"],
                "Harwick Foods",
            ),
        ],
    ),
    (  # 3 central bank cuts rates, curly quotes: a quote split by "Governor Name told a news
        # conference in X," (one quote two spans, final period kept), "Surname said" (no
        # "that"), partial after "Name, chief economist at X, described the statement as"
        "The Reserve Bank of New Zealand cut its official cash rate by a quarter of a "
        "percentage point to 3.25% on Wednesday, its fourth cut this year.\n\n"
        "“Inflation is back inside our target band,” Governor Alistair Penrose told a news "
        "conference in Wellington, “but we are not declaring victory.”\n\n"
        "Penrose said further cuts would depend on how quickly wage growth slowed. Sarah Tane, "
        "chief economist at Kauri Bank, described the statement as “cautiously dovish”. She "
        "expects one more cut in February.",
        [
            (
                D,
                [
                    "Inflation is back inside our target band",
                    "but we are not declaring victory.",
                ],
                "Alistair Penrose",
            ),
            (
                I,
                ["further cuts would depend on how quickly wage growth slowed"],
                "Alistair Penrose",
            ),
            (P, ["cautiously dovish"], "Sarah Tane"),
        ],
    ),
    (  # 4 supermarket merger: two-sentence direct + "said Name, X's chief executive, who …",
        # "The regulator said it would" (role noun for the named regulator), partial inside
        # "Its chair, Name, said in September that" (only the partial)
        "Greenbarrow and Fairfield Stores, two of Britain's biggest regional supermarket "
        "chains, agreed on Monday to merge in an all-share deal that values the combined group "
        "at £6.8 billion.\n\n"
        '"Together we can finally compete on price with the national giants. Our customers '
        "will see the difference at the till within a year,\" said Marcus Feld, Greenbarrow's "
        "chief executive, who will lead the enlarged group.\n\n"
        "The deal still needs the approval of the Competition Commission. The regulator said "
        "it would examine whether the merger reduced choice in rural towns, where the two "
        "chains often have the only large stores. Its chair, Anjali Mehta, said in September "
        'that supermarket consolidation had gone "far enough".',
        [
            (
                D,
                [
                    "Together we can finally compete on price with the national giants. Our "
                    "customers will see the difference at the till within a year"
                ],
                "Marcus Feld",
            ),
            (
                I,
                [
                    "it would examine whether the merger reduced choice in rural towns, where the "
                    "two chains often have the only large stores"
                ],
                "Competition Commission",
            ),
            (P, ["far enough"], "Anjali Mehta"),
        ],
    ),
    (  # 5 warehouse walkout: "…, according to the union Name." (the part before, generic
        # noun dropped), two-sentence direct + "said one picker, who …" (unnamed), partial
        # inside "X spokesman Name said" (only the partial)
        "About 1,200 of the 1,800 workers at the Parcelline distribution centre in Joliet, "
        "Illinois, walked out on Monday, according to the union Warehouse Workers United. It "
        "is the first strike at one of the online retailer's American sites.\n\n"
        "\"We're not asking for the moon. We're asking for air conditioning and bathroom "
        'breaks," said one picker, who asked not to be named for fear of losing her job.\n\n'
        'Parcelline spokesman Tom Grady said the strike was having "minimal impact" on '
        "deliveries across the Midwest.",
        [
            (
                I,
                [
                    "About 1,200 of the 1,800 workers at the Parcelline distribution centre in "
                    "Joliet, Illinois, walked out on Monday"
                ],
                "Warehouse Workers United",
            ),
            (
                D,
                [
                    "We're not asking for the moon. We're asking for air conditioning and "
                    "bathroom breaks"
                ],
                "picker",
            ),
            (P, ["minimal impact"], "Tom Grady"),
        ],
    ),
    (  # 6 fintech funding round, curly quotes: a quote continued over two paragraphs (one
        # span each, first one's period kept) + "said co-founder Name", "The former
        # investment banker said" (epithet), partial after "Name said it had been tracking the
        # company" (the fund speaking)
        "Lagos-based payments start-up Kudipay has raised $48 million in a Series B round led "
        "by Northgate Ventures, the largest fundraising by a West African fintech company this "
        "year.\n\n"
        "“When we started, the banks would not even take our meetings. We were three people "
        "with a laptop and a spreadsheet.\n\n"
        "“Now four of them run their payments through us,” said co-founder Ifeoma Adeyemi.\n\n"
        "The former investment banker said the money would be used to expand into Ghana and "
        "Kenya next year. Northgate Ventures said it had been tracking the company “since its "
        "first line of code”.",
        [
            (
                D,
                [
                    "When we started, the banks would not even take our meetings. We were three "
                    "people with a laptop and a spreadsheet.",
                    "Now four of them run their payments through us",
                ],
                "Ifeoma Adeyemi",
            ),
            (
                I,
                ["the money would be used to expand into Ghana and Kenya next year"],
                "Ifeoma Adeyemi",
            ),
            (P, ["since its first line of code"], "Northgate Ventures"),
        ],
    ),
    (  # 7 consumer prices, curly quotes: "…, the Name said on Wednesday." (reporting clause
        # after the statement), two-sentence direct + "said Name, 71, a retired teacher",
        # partial inside "Treasury minister Name said" (only the partial), "pointed to falling
        # petrol prices" (noun object, not annotated)
        "Annual consumer price inflation rose to 3.4% in October from 3.1% in September, the "
        "National Statistics Bureau said on Wednesday. Food prices climbed 5.2%, the sharpest "
        "increase in eighteen months.\n\n"
        "At a discount supermarket in Swindon, the squeeze was plain to see. “I used to fill a "
        "trolley for £60. Now it's half a trolley,” said Margaret Ellery, 71, a retired "
        "teacher.\n\n"
        "Treasury minister Helen Achterberg said the rise was “a blip, not a trend”, and pointed "
        "to falling petrol prices.",
        [
            (
                I,
                ["Annual consumer price inflation rose to 3.4% in October from 3.1% in September"],
                "National Statistics Bureau",
            ),
            (
                D,
                ["I used to fill a trolley for £60. Now it's half a trolley"],
                "Margaret Ellery",
            ),
            (P, ["a blip, not a trend"], "Helen Achterberg"),
        ],
    ),
    (  # 8 steel tariffs, curly quotes: "“A,” X's trade minister, Name, said in Y. “B.”"
        # (two direct quotes, the second one's period kept), "The X Association said" (no
        # "that"), "According to the association," (generic noun for the named association,
        # rest of the sentence)
        "Washington's new 25% tariff on Canadian steel and aluminium came into force on "
        "Monday, reigniting a trade dispute between the two neighbours.\n\n"
        "“We will respond in a measured but firm way,” Canada's trade minister, Paul-André "
        "Tremblay, said in Ottawa. “Nothing is off the table.”\n\n"
        "The Canadian Steel Producers Association said the tariffs put 20,000 jobs at risk in "
        "Ontario and Quebec. According to the association, exports to the United States fell "
        "18% in the third quarter as buyers stockpiled ahead of the deadline.",
        [
            (D, ["We will respond in a measured but firm way"], "Paul-André Tremblay"),
            (D, ["Nothing is off the table."], "Paul-André Tremblay"),
            (
                I,
                ["the tariffs put 20,000 jobs at risk in Ontario and Quebec"],
                "Canadian Steel Producers Association",
            ),
            (
                I,
                [
                    "exports to the United States fell 18% in the third quarter as buyers "
                    "stockpiled ahead of the deadline"
                ],
                "Canadian Steel Producers Association",
            ),
        ],
    ),
    (  # 9 AI start-up layoffs, curly quotes: "chief executive Name wrote: “…”" (direct after
        # a colon, final period kept), "Surname, who …, said she would", "Several employees
        # said on social media that" (unnamed plural)
        "Veridian Labs, the San Francisco artificial intelligence start-up valued at $14 "
        "billion in the spring, is cutting 600 jobs, or about a fifth of its workforce.\n\n"
        "In a memo to staff, chief executive Rachel Okafor wrote: “We hired too fast for a "
        "future that arrived more slowly than we expected. That is on me, not on you.”\n\n"
        "Okafor, who co-founded the company in 2019, said she would take no salary next year. "
        "Several employees said on social media that they had learned of their dismissal when "
        "they were locked out of their laptops.",
        [
            (
                D,
                [
                    "We hired too fast for a future that arrived more slowly than we expected. "
                    "That is on me, not on you."
                ],
                "Rachel Okafor",
            ),
            (I, ["she would take no salary next year"], "Rachel Okafor"),
            (
                I,
                ["they had learned of their dismissal when they were locked out of their laptops"],
                "employees",
            ),
        ],
    ),
    (  # 10 no quote: European markets report, "investors bet that" (not speech), "announced a
        # … buyback" and "confirming its full-year targets" (noun objects, not annotated)
        "European stock markets closed higher on Friday, led by banks and carmakers, as "
        "investors bet that interest rates would fall faster than expected next year.\n\n"
        "The pan-European Euro Leaders 300 index rose 0.9%, its best day in three weeks. Shares "
        "in Dutch lender Hollandia Bank jumped 6% after it announced a €2 billion share "
        "buyback, while the Italian carmaker Moretti Motori gained 4% after confirming its "
        "full-year targets.\n\n"
        "Oil prices were little changed, with Brent crude at $74.10 a barrel. The euro slipped "
        "0.2% against the dollar to $1.087.",
        [],
    ),
    (  # 11 pilots' strike, curly quotes: "The Name said its members would" (union as
        # organisation), a quote split by "chief executive Name said," (one quote two spans,
        # final period kept), "He said" (pronoun), "The union has asked for 14%" (noun
        # object, not annotated)
        "Talks on pay between SkyCelt Airways and its pilots broke down on Monday. The Irish "
        "Airline Pilots' Guild said its members would strike for 48 hours from Friday. About "
        "300 flights are expected to be cancelled.\n\n"
        "“This strike is unnecessary,” chief executive Owen Gallagher said, “and it will hurt "
        "the very passengers who pay our pilots' wages.”\n\n"
        "He said the airline had offered a 9% rise over three years. The union has asked for "
        "14%. SkyCelt, which flies to 41 destinations from Dublin, Cork and Shannon, carried "
        "6.2 million passengers last year.",
        [
            (
                I,
                ["its members would strike for 48 hours from Friday"],
                "Irish Airline Pilots' Guild",
            ),
            (
                D,
                [
                    "This strike is unnecessary",
                    "and it will hurt the very passengers who pay our pilots' wages.",
                ],
                "Owen Gallagher",
            ),
            (I, ["the airline had offered a 9% rise over three years"], "Owen Gallagher"),
        ],
    ),
    (  # 12 regulator fines a bank, curly quotes: partial inside "The authority said"
        # (generic noun for the named regulator; only the partial), "According to the
        # regulator," (role noun, rest of the sentence), direct + "Surname said in a
        # statement" (short form of the bank's name)
        "Westmark Bank has been fined £38 million by the Prudential Markets Authority for "
        "mishandling complaints from customers who had been sold unsuitable payment protection "
        "insurance.\n\n"
        "The authority said Westmark had “failed its customers for years”. According to the "
        "regulator, some 46,000 complaints were rejected without proper review between 2018 "
        "and 2023.\n\n"
        "“We accept the findings in full and apologise unreservedly to the customers "
        "affected,” Westmark said in a statement. The bank has set aside a further £120 "
        "million to compensate customers, and its shares closed 1.4% lower in London.",
        [
            (P, ["failed its customers for years"], "Prudential Markets Authority"),
            (
                I,
                [
                    "some 46,000 complaints were rejected without proper review between 2018 and "
                    "2023"
                ],
                "Prudential Markets Authority",
            ),
            (
                D,
                [
                    "We accept the findings in full and apologise unreservedly to the customers "
                    "affected"
                ],
                "Westmark Bank",
            ),
        ],
    ),
    (  # 13 house prices: "…, according to the Name." (the part before), two-sentence direct
        # + "said Name, chief economist at the property consultancy X", "The former …
        # official said he expected" (epithet)
        "UK house prices fell 0.8% in November, the third monthly decline in a row, according "
        "to the Halden Building Society. The average home now costs £271,400, down 2.9% on a "
        "year earlier.\n\n"
        '"Buyers have simply run out of road. Mortgage rates above 5% and wages that have not '
        'kept pace mean that demand has dried up in much of the south," said Martin Oyelaran, '
        "chief economist at the property consultancy Brackley & Stone.\n\n"
        "The former Bank of England official said he expected prices to fall a further 3% next "
        "year before stabilising.",
        [
            (
                I,
                ["UK house prices fell 0.8% in November, the third monthly decline in a row"],
                "Halden Building Society",
            ),
            (
                D,
                [
                    "Buyers have simply run out of road. Mortgage rates above 5% and wages that "
                    "have not kept pace mean that demand has dried up in much of the south"
                ],
                "Martin Oyelaran",
            ),
            (
                I,
                ["he expected prices to fall a further 3% next year before stabilising"],
                "Martin Oyelaran",
            ),
        ],
    ),
    (  # 14 car plant rescued, curly quotes: "Surname said it would" (short form of the
        # buyer's name), two-sentence direct with a nested ‘ ’ + "said Name, 31, who …",
        # partial after "Business secretary Name called the deal"
        "The Kessington car plant in the West Midlands, which had been due to close in March, "
        "has been bought by the Japanese manufacturer Hoshida Motors, saving about 1,900 "
        "jobs.\n\n"
        "Hoshida said it would invest £400 million to build electric vans at the site from "
        "2028.\n\n"
        "“My dad worked here for 35 years. When they told us ‘closure’, I thought that was it "
        "for the town,” said Jodie Marsh, 31, who fits dashboards on the assembly line.\n\n"
        "Business secretary Tom Ashworth called the deal “a vote of confidence in British "
        "manufacturing”.",
        [
            (
                I,
                ["it would invest £400 million to build electric vans at the site from 2028"],
                "Hoshida Motors",
            ),
            (
                D,
                [
                    "My dad worked here for 35 years. When they told us ‘closure’, I thought that "
                    "was it for the town"
                ],
                "Jodie Marsh",
            ),
            (P, ["a vote of confidence in British manufacturing"], "Tom Ashworth"),
        ],
    ),
    (  # 15 scooter start-up collapses, curly quotes: partial inside "The administrators,
        # Name, said there was" (only the partial), direct + "founder Name wrote on LinkedIn",
        # "The Milan-born entrepreneur, who …, said he had" (epithet), "declined to comment"
        # (not annotated)
        "Zipt, the London electric scooter start-up once valued at £350 million, has collapsed "
        "into administration, putting 240 jobs at risk.\n\n"
        "The administrators, Keller Frost, said there was “little prospect” of finding a buyer "
        "for the business as a whole.\n\n"
        "“I built Zipt with everything I had, and I am sorry it was not enough,” founder Luca "
        "Bernardi wrote on LinkedIn on Tuesday night.\n\n"
        "The Milan-born entrepreneur, who left a hedge fund to start the company in 2020, said "
        "he had put £2 million of his own savings into it over the past year. Zipt's biggest "
        "investor, Osprey Capital, declined to comment.",
        [
            (P, ["little prospect"], "Keller Frost"),
            (
                D,
                ["I built Zipt with everything I had, and I am sorry it was not enough"],
                "Luca Bernardi",
            ),
            (
                I,
                ["he had put £2 million of his own savings into it over the past year"],
                "Luca Bernardi",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout115.jsonl"),
        "heldout115",
        "h115",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
