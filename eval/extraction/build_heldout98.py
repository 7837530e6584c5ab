"""Source of the ninety-eighth held-out set: writes heldout98.jsonl (split "heldout98").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
economy, business and labour news: factory closures and takeovers, wage negotiations and
strikes, quarterly results, central bank decisions, trade disputes and small businesses, with
CEOs, union leaders, economists, finance ministers, analysts and workers quoted, and companies
and institutions speaking as organisations.
Measured once with 0.29.0 and 0.30.0 on 2026-12-02, unread when measured (the same output:
docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout98.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-30"
Item = GoldItem

FR: list[Item] = [
    (  # 1 plant closure: "La direction a annoncé mardi, lors de …, que" (generic noun for the
        # company, cue separated from "que"), direct + "a lancé … Name, délégué de X (USM)"
        # after, "Selon lui," (pronoun), "a demandé un rendez-vous" (noun object, not annotated)
        "L'équipementier automobile Ferlane va fermer son usine de Saint-Aubry-sur-Loire d'ici à "
        "la fin du mois de juin, supprimant 340 emplois. La direction a annoncé mardi, lors d'un "
        "comité social et économique extraordinaire, que la production de colonnes de direction "
        "serait transférée vers son site de Kelmarsk, en Pologne.\n\n"
        "«\u00a0On nous a annoncé la mort de l'usine en vingt minutes, sans un mot pour les "
        "familles\u00a0», a lancé à la sortie de la réunion Patrick Lemercier, délégué de l'Union "
        "syndicale des métaux (USM), qui travaille sur le site depuis 1994.\n\n"
        "Selon lui, les carnets de commandes étaient pourtant pleins jusqu'en 2028. Les salariés "
        "ont voté la grève dès l'après-midi et bloquaient encore mercredi matin l'entrée des "
        "camions.\n\n"
        "Le président de la région, Alain Bertholet-Ruiz, a demandé un rendez-vous au PDG du "
        "groupe. Ferlane, qui a réalisé l'an dernier un bénéfice de 112 millions d'euros, emploie "
        "4\u00a0200 personnes en France.",
        [
            (
                I,
                [
                    "la production de colonnes de direction serait transférée vers son site de "
                    "Kelmarsk, en Pologne"
                ],
                "Ferlane",
            ),
            (
                D,
                [
                    "On nous a annoncé la mort de l'usine en vingt minutes, sans un mot pour les "
                    "familles"
                ],
                "Patrick Lemercier",
            ),
            (
                I,
                ["les carnets de commandes étaient pourtant pleins jusqu'en 2028"],
                "Patrick Lemercier",
            ),
        ],
    ),
    (  # 2 wage talks in retail: partial "a qualifié cette proposition d'« aumône »" (elided
        # "d'" before the mark), direct of two sentences after a colon with role + name
        # apposition, intention phrase "ont fait part de leur intention d'" by an unnamed group
        "Les négociations annuelles sur les salaires ont tourné court jeudi chez Primaval, "
        "l'enseigne de supermarchés aux 280 magasins. Les quatre syndicats représentatifs "
        "réclamaient une hausse générale de 5\u00a0%, la direction n'en propose que 2,1\u00a0%."
        "\n\n"
        "La déléguée centrale de Force commune, Nadia Benaïssa, a qualifié cette proposition "
        "d'«\u00a0aumône\u00a0» adressée à des employés qui gagnent à peine plus que le smic.\n\n"
        "La directrice des ressources humaines du groupe, Claire Vasseur, a défendu sa "
        "copie\u00a0: «\u00a0Nous faisons un effort réel dans un contexte où nos marges ont fondu "
        "de moitié en deux ans. Aller au-delà mettrait des magasins en danger.\u00a0»\n\n"
        "Les syndicats ont fait part de leur intention d'appeler à un débrayage dans tous les "
        "magasins samedi, jour de plus forte affluence. Une nouvelle réunion est prévue le 12 "
        "décembre au siège de l'enseigne, à Orvilliers.",
        [
            (P, ["aumône"], "Nadia Benaïssa"),
            (
                D,
                [
                    "Nous faisons un effort réel dans un contexte où nos marges ont fondu de "
                    "moitié en deux ans. Aller au-delà mettrait des magasins en danger."
                ],
                "Claire Vasseur",
            ),
            (
                I,
                [
                    "appeler à un débrayage dans tous les magasins samedi, jour de plus forte "
                    "affluence"
                ],
                "syndicats",
            ),
        ],
    ),
    (  # 3 central bank: incise "a prévenu le gouverneur, Name," splitting one quote (two
        # spans, final period kept), "D'après Name, économiste en chef de X," (rest of the
        # sentence), partial "s'est dit « … »" by a finance minister; the bank itself not quoted
        "La Banque centrale de Valdésie a maintenu jeudi son principal taux directeur à "
        "3,75\u00a0%, pour la quatrième réunion consécutive, malgré les appels du gouvernement à "
        "un geste en faveur du crédit immobilier.\n\n"
        "«\u00a0L'inflation recule, a prévenu le gouverneur, Marc-Olivier Dumesnil, mais pas assez "
        "vite pour que nous baissions la garde.\u00a0» Les prix des services, en particulier, "
        "progressent encore de 4,2\u00a0% sur un an.\n\n"
        "D'après Hélène Carrasco, économiste en chef de la banque Orvane, la première baisse des "
        "taux n'interviendra pas avant l'été. Les marchés, qui l'attendaient dès mars, ont fait "
        "monter la devise de 0,8\u00a0% dans la foulée de l'annonce.\n\n"
        "Le ministre des Finances, Julien Aubrac, s'est dit «\u00a0déçu mais respectueux\u00a0» de "
        "l'indépendance de l'institution, qui doit se réunir de nouveau le 29 janvier.",
        [
            (
                D,
                ["L'inflation recule", "mais pas assez vite pour que nous baissions la garde."],
                "Marc-Olivier Dumesnil",
            ),
            (I, ["la première baisse des taux n'interviendra pas avant l'été"], "Hélène Carrasco"),
            (P, ["déçu mais respectueux"], "Julien Aubrac"),
        ],
    ),
    (  # 4 quarterly sales: two-sentence direct + "a reconnu la directrice financière, Name,"
        # after, organisation "Le groupe a confirmé viser" (infinitive clause, no "que")
        "Le groupe agroalimentaire Bellerive a publié mercredi un chiffre d'affaires de 3,2 "
        "milliards d'euros pour le troisième trimestre, en hausse de 4,6\u00a0% sur un an. La "
        "croissance tient aux hausses de prix\u00a0: les volumes, eux, reculent de 1,8\u00a0%."
        "\n\n"
        "«\u00a0Les consommateurs arbitrent davantage, ils passent aux marques de distributeur. "
        "Nous devons regagner leur confiance produit par produit\u00a0», a reconnu la directrice "
        "financière, Sophie Lestrade-Mével, lors d'une conférence téléphonique avec les "
        "analystes.\n\n"
        "Le groupe a confirmé viser une marge opérationnelle d'environ 11\u00a0% sur l'ensemble "
        "de l'année, grâce notamment à un plan d'économies de 150 millions d'euros.\n\n"
        "En Bourse, le titre a cédé 3\u00a0% à la mi-séance, les investisseurs s'inquiétant du "
        "recul des ventes en Europe du Sud.",
        [
            (
                D,
                [
                    "Les consommateurs arbitrent davantage, ils passent aux marques de "
                    "distributeur. Nous devons regagner leur confiance produit par produit"
                ],
                "Sophie Lestrade-Mével",
            ),
            (
                I,
                [
                    "viser une marge opérationnelle d'environ 11\u00a0% sur l'ensemble de "
                    "l'année, grâce notamment à un plan d'économies de 150 millions d'euros"
                ],
                "Bellerive",
            ),
        ],
    ),
    (  # 5 bakery and energy bills: direct ending in a question + "demande l'artisan" (role
        # noun), the journalist's own question not a quote, "M. Surname … : « … »" (title
        # dropped), organisation "estime qu'" with elided que
        "À Villefranche-sur-Ardre, la boulangerie de Mathieu Caradec ouvre désormais à 7 heures "
        "au lieu de 6. Raison\u00a0: sa facture d'électricité a presque triplé depuis la fin de "
        "son contrat à prix fixe, en septembre.\n\n"
        "«\u00a0Je paie 2\u00a0900 euros par mois pour faire tourner les fours. Qui peut tenir à "
        "ce rythme\u00a0?\u00a0», demande l'artisan, qui emploie quatre salariés.\n\n"
        "Faut-il pour autant augmenter le prix de la baguette\u00a0? M. Caradec s'y refuse "
        "encore\u00a0: «\u00a0Si je la passe à 1,50 euro, je perds mes clients du matin, et "
        "ceux-là ne reviennent jamais.\u00a0»\n\n"
        "La Chambre de métiers de l'Ardre estime qu'une boulangerie sur dix pourrait fermer dans "
        "le département d'ici à l'été si les tarifs de l'énergie ne baissent pas.",
        [
            (
                D,
                [
                    "Je paie 2\u00a0900 euros par mois pour faire tourner les fours. Qui peut "
                    "tenir à ce rythme\u00a0?"
                ],
                "Mathieu Caradec",
            ),
            (
                D,
                [
                    "Si je la passe à 1,50 euro, je perds mes clients du matin, et ceux-là ne "
                    "reviennent jamais."
                ],
                "Mathieu Caradec",
            ),
            (
                I,
                [
                    "une boulangerie sur dix pourrait fermer dans le département d'ici à l'été si "
                    "les tarifs de l'énergie ne baissent pas"
                ],
                "Chambre de métiers de l'Ardre",
            ),
        ],
    ),
    (  # 6 regional rail strike: direct + "s'agace un conducteur" (unnamed), partial "a
        # dénoncé … une « grève de confort »" by a minister, "Il a exclu toute intervention"
        # (noun object, not annotated), "Le syndicat X a répondu que" (generic noun dropped)
        "Le trafic des trains régionaux était quasi nul lundi dans la région Val-de-Sorne, au "
        "troisième jour d'une grève des conducteurs de la Compagnie régionale de transport (CRT). "
        "Ils réclament une prime de 150 euros par mois pour compenser les horaires décalés.\n\n"
        "«\u00a0On commence à 4 h 30, on finit parfois à 23 heures, et on nous parle de "
        "modération salariale\u00a0», s'agace un conducteur rencontré sur le piquet de grève de "
        "la gare de Montsorbier.\n\n"
        "Le ministre des Transports, Hugo Marchetti, a dénoncé sur une chaîne d'information une "
        "«\u00a0grève de confort\u00a0» qui pénalise d'abord ceux qui n'ont pas de voiture. Il a "
        "exclu toute intervention de l'État dans la négociation.\n\n"
        "Le syndicat Traction unie a répondu que les conducteurs reprendraient le travail dès que "
        "la direction ouvrirait une véritable négociation. La CRT, elle, n'a pas souhaité "
        "commenter.",
        [
            (
                D,
                [
                    "On commence à 4 h 30, on finit parfois à 23 heures, et on nous parle de "
                    "modération salariale"
                ],
                "conducteur",
            ),
            (P, ["grève de confort"], "Hugo Marchetti"),
            (
                I,
                [
                    "les conducteurs reprendraient le travail dès que la direction ouvrirait une "
                    "véritable négociation"
                ],
                "Traction unie",
            ),
        ],
    ),
    (  # 7 takeover bid: "Le PDG de X, Name, a défendu l'opération devant la presse : « …"
        # continued over two paragraphs (first left open, second reopened: one span each),
        # partial by the target's board ("Le conseil d'administration de Delcour" = company)
        "Le groupe de logistique Transmaris a déposé lundi une offre publique d'achat de 1,8 "
        "milliard d'euros sur son concurrent Delcour Logistique, soit 42 euros par action, une "
        "prime de 31\u00a0% sur le dernier cours de Bourse.\n\n"
        "Le PDG de Transmaris, Frédéric Olinger, a défendu l'opération devant la presse\u00a0: "
        "«\u00a0Ensemble, nous serons le premier acteur de l'entreposage dans le sud de l'Europe. "
        "Aucun site ne fermera dans les trois ans qui viennent.\n\n"
        "«\u00a0Les équipes de Delcour ont un savoir-faire que nous n'avons pas, et nous n'avons "
        "aucune intention de le gaspiller.\u00a0»\n\n"
        "Le conseil d'administration de Delcour a jugé l'offre «\u00a0inamicale\u00a0». La "
        "famille fondatrice, qui détient 22\u00a0% du capital, ne s'est pas encore prononcée. "
        "L'opération devra aussi recevoir le feu vert de la Commission européenne.",
        [
            (
                D,
                [
                    "Ensemble, nous serons le premier acteur de l'entreposage dans le sud de "
                    "l'Europe. Aucun site ne fermera dans les trois ans qui viennent.",
                    "Les équipes de Delcour ont un savoir-faire que nous n'avons pas, et nous "
                    "n'avons aucune intention de le gaspiller.",
                ],
                "Frédéric Olinger",
            ),
            (P, ["inamicale"], "Delcour Logistique"),
        ],
    ),
    (  # 8 cheese tariffs: direct + "soupire son directeur, Name" (possessive role +
        # apposition), scare quotes « guerre du fromage » with no speaker (not annotated),
        # partial inside reported speech (only the partial), "a aussi annoncé une enveloppe"
        # (noun object, not annotated) then "et précisé que" governed by "Elle"
        "Les droits de douane de 25\u00a0% décidés par Washington sur les fromages européens à "
        "pâte dure entreront en vigueur le 1er janvier. Pour la coopérative fromagère de "
        "Sainte-Colombe-d'Ourne, qui exporte un tiers de sa production outre-Atlantique, le coup "
        "est rude.\n\n"
        "«\u00a0Nous avons mis quinze ans à construire ce marché. En une signature, on peut tout "
        "perdre\u00a0», soupire son directeur, Bernard Guillou, devant les caves où vieillissent "
        "40\u00a0000 meules.\n\n"
        "Cette «\u00a0guerre du fromage\u00a0», comme on l'appelle désormais dans la vallée, "
        "trouve son origine dans un différend sur les subventions à l'aéronautique. La ministre "
        "du Commerce extérieur, Anne-Sophie Kervella, a assuré mardi que l'Union européenne "
        "répondrait «\u00a0de manière proportionnée\u00a0». Elle a aussi annoncé une enveloppe de "
        "40 millions d'euros pour les filières touchées, et précisé que les premiers versements "
        "interviendraient au printemps.",
        [
            (
                D,
                [
                    "Nous avons mis quinze ans à construire ce marché. En une signature, on peut "
                    "tout perdre"
                ],
                "Bernard Guillou",
            ),
            (P, ["de manière proportionnée"], "Anne-Sophie Kervella"),
            (I, ["les premiers versements interviendraient au printemps"], "Anne-Sophie Kervella"),
        ],
    ),
    (  # 9 budget: direct + "a-t-il martelé" (pronoun back to the minister named in the lead),
        # book title « La Dette et nous » not speech, partial after "juge l'objectif",
        # institution "a estimé que" with a figure set off by commas; "L'opposition a dénoncé
        # un budget …" (noun object, not annotated)
        "Le ministre de l'Économie et des Finances, Laurent Descazeaux, a présenté mercredi en "
        "Conseil des ministres un projet de budget qui prévoit 18 milliards d'euros d'économies. "
        "Le déficit public serait ramené à 4,1\u00a0% du produit intérieur brut l'an prochain."
        "\n\n"
        "«\u00a0Ce budget ne touche ni aux impôts des ménages ni à ceux des entreprises. L'effort "
        "portera sur les dépenses de l'État et des collectivités\u00a0», a-t-il martelé devant la "
        "presse.\n\n"
        "L'économiste Julie Marchand-Oyelaran, autrice de «\u00a0La Dette et nous\u00a0», un essai "
        "remarqué paru au printemps, juge l'objectif «\u00a0atteignable, mais au prix d'un gel "
        "des investissements\u00a0».\n\n"
        "Dans son avis publié le même jour, le Conseil d'évaluation budgétaire a estimé que la "
        "prévision de croissance retenue par le gouvernement, 1,4\u00a0%, était un peu élevée. "
        "L'opposition a dénoncé un budget d'austérité déguisé.",
        [
            (
                D,
                [
                    "Ce budget ne touche ni aux impôts des ménages ni à ceux des entreprises. "
                    "L'effort portera sur les dépenses de l'État et des collectivités"
                ],
                "Laurent Descazeaux",
            ),
            (
                P,
                ["atteignable, mais au prix d'un gel des investissements"],
                "Julie Marchand-Oyelaran",
            ),
            (
                I,
                [
                    "la prévision de croissance retenue par le gouvernement, 1,4\u00a0%, était un "
                    "peu élevée"
                ],
                "Conseil d'évaluation budgétaire",
            ),
        ],
    ),
    (  # 10 unemployment figures: indirect with the cue after ("…, a indiqué jeudi l'Office
        # … (OCS)"), "Pour Name, économiste à X, « … »" (direct), direct + "a averti M. Surname"
        "Le taux de chômage a légèrement progressé au troisième trimestre, à 7,6\u00a0% de la "
        "population active, a indiqué jeudi l'Office central de la statistique (OCS). C'est la "
        "première hausse depuis deux ans. Les moins de 25 ans sont les plus touchés\u00a0: leur "
        "taux de chômage atteint 18,9\u00a0%.\n\n"
        "Pour Karim Haddouche, économiste à l'Observatoire des conjonctures, «\u00a0le marché du "
        "travail commence à payer le ralentissement de l'industrie et du bâtiment\u00a0». Les "
        "défaillances d'entreprises ont atteint dans ces deux secteurs un niveau inédit depuis "
        "2015.\n\n"
        "«\u00a0Nous pourrions dépasser 8\u00a0% à la mi-2027 si l'investissement ne repart "
        "pas\u00a0», a averti M. Haddouche. Le ministère du Travail n'a pas réagi à la "
        "publication de ces chiffres.",
        [
            (
                I,
                [
                    "Le taux de chômage a légèrement progressé au troisième trimestre, à "
                    "7,6\u00a0% de la population active"
                ],
                "Office central de la statistique",
            ),
            (
                D,
                [
                    "le marché du travail commence à payer le ralentissement de l'industrie et du "
                    "bâtiment"
                ],
                "Karim Haddouche",
            ),
            (
                D,
                ["Nous pourrions dépasser 8\u00a0% à la mi-2027 si l'investissement ne repart pas"],
                "Karim Haddouche",
            ),
        ],
    ),
    (  # 11 dairy farmers' protest: "Les éleveurs affirment qu'" (unnamed plural), unclosed
        # quotation mark ending at the incise "explique Name, qui …", "a justifié cette baisse
        # par …" (noun object, not annotated), partial after "a promis de"
        "Plusieurs centaines d'éleveurs ont déversé du fumier et des pneus devant le siège de la "
        "laiterie Valprés, vendredi à Pont-Kerlaz, pour protester contre la baisse de 6\u00a0% "
        "du prix du lait payé aux producteurs, annoncée pour janvier.\n\n"
        "Les éleveurs affirment qu'ils vendent déjà à perte depuis le printemps. «\u00a0Avec 380 "
        "euros les mille litres, je ne couvre même pas mes charges, explique Yannick Le Goff, qui "
        "élève 70 vaches laitières à Kernével. Son fils devait reprendre l'exploitation en 2027. "
        "Il n'en est plus si sûr.\n\n"
        "La laiterie a justifié cette baisse par l'effondrement des cours du beurre et de la "
        "poudre de lait sur les marchés mondiaux. Son directeur général, Pascal Roudaut, a promis "
        "de «\u00a0revoir la grille\u00a0» si les cours se redressaient au printemps.",
        [
            (I, ["ils vendent déjà à perte depuis le printemps"], "éleveurs"),
            (
                D,
                ["Avec 380 euros les mille litres, je ne couvre même pas mes charges"],
                "Yannick Le Goff",
            ),
            (P, ["revoir la grille"], "Pascal Roudaut"),
        ],
    ),
    (  # 12 start-up liquidation: direct + "raconte une salariée du service client" (unnamed),
        # "Le fondateur, Name, a publié un long message … : « … »" (no speech verb, colon),
        # "D'après le mandataire liquidateur," (unnamed role, rest of the sentence)
        "Le tribunal de commerce de Lyon a prononcé mardi la liquidation judiciaire de Cyclopop, "
        "une start-up de vélos électriques en libre-service qui employait 140 personnes. La "
        "société n'avait pas trouvé de repreneur malgré six mois de redressement judiciaire.\n\n"
        "«\u00a0On l'a appris par un courriel à 18 heures. Le lendemain, nos badges ne "
        "fonctionnaient plus\u00a0», raconte une salariée du service client, embauchée il y a un "
        "an.\n\n"
        "Le fondateur, Adrien Saint-Clair, a publié un long message sur un réseau social "
        "professionnel\u00a0: «\u00a0J'assume mes erreurs. Nous avons grandi trop vite, avec "
        "l'argent des autres, sur un marché qui n'était pas prêt.\u00a0»\n\n"
        "D'après le mandataire liquidateur, les dettes de l'entreprise dépassent 38 millions "
        "d'euros. Les 4\u00a0000 vélos de la flotte doivent être vendus aux enchères en janvier.",
        [
            (
                D,
                [
                    "On l'a appris par un courriel à 18 heures. Le lendemain, nos badges ne "
                    "fonctionnaient plus"
                ],
                "salariée",
            ),
            (
                D,
                [
                    "J'assume mes erreurs. Nous avons grandi trop vite, avec l'argent des autres, "
                    "sur un marché qui n'était pas prêt."
                ],
                "Adrien Saint-Clair",
            ),
            (
                I,
                ["les dettes de l'entreprise dépassent 38 millions d'euros"],
                "mandataire liquidateur",
            ),
        ],
    ),
    (  # 13 four-day week at a small firm: direct + "se félicite-t-elle" (pronoun back to "sa
        # dirigeante, Name"), incise "dit Name, menuisier …," splitting one quote (two spans),
        # "Mme Surname reconnaît toutefois que" (title dropped)
        "Depuis le 1er septembre, les 62 salariés de Menuiseries Aubertin, une PME de "
        "Saint-Rémy-des-Landes, ne travaillent plus que quatre jours par semaine, sans perte de "
        "salaire. Un pari pour sa dirigeante, Valérie Aubertin, qui a repris l'entreprise "
        "familiale en 2019.\n\n"
        "«\u00a0Nous n'arrivions plus à recruter. Aujourd'hui, j'ai une liste d'attente de "
        "candidats\u00a0», se félicite-t-elle.\n\n"
        "Pour compenser, les journées ont été allongées d'une heure. «\u00a0Le vendredi, je le "
        "passe avec mes enfants, dit Sébastien Morin, menuisier depuis douze ans dans l'atelier, "
        "et franchement je ne reviendrais pas en arrière.\u00a0»\n\n"
        "Mme Aubertin reconnaît toutefois que la productivité a baissé de 3\u00a0% les premiers "
        "mois, le temps de réorganiser les équipes. Le chiffre d'affaires, lui, a progressé de "
        "8\u00a0% sur l'année.",
        [
            (
                D,
                [
                    "Nous n'arrivions plus à recruter. Aujourd'hui, j'ai une liste d'attente de "
                    "candidats"
                ],
                "Valérie Aubertin",
            ),
            (
                D,
                [
                    "Le vendredi, je le passe avec mes enfants",
                    "et franchement je ne reviendrais pas en arrière.",
                ],
                "Sébastien Morin",
            ),
            (
                I,
                [
                    "la productivité a baissé de 3\u00a0% les premiers mois, le temps de "
                    "réorganiser les équipes"
                ],
                "Valérie Aubertin",
            ),
        ],
    ),
    (  # 14 dockers' strike: direct + "a prévenu le secrétaire général du syndicat des dockers,
        # Name" then an unattributed quote after the full stop (second direct, same speaker),
        # organisation by apposition "L'autorité portuaire, Name, a fait savoir qu'… et que …"
        "Les dockers du port de Saint-Malvert ont entamé mercredi une grève de 72 heures contre le "
        "projet d'automatisation du terminal à conteneurs, qui pourrait supprimer près de 200 "
        "postes. Une quinzaine de navires attendaient jeudi au large.\n\n"
        "«\u00a0Nous reviendrons chaque semaine jusqu'au retrait du projet\u00a0», a prévenu le "
        "secrétaire général du syndicat des dockers, Joël Kerhervé. «\u00a0Les grues "
        "automatiques, on nous les vend comme le progrès. Pour nous, c'est la fin d'un métier qui "
        "fait vivre des familles entières depuis trois générations.\u00a0»\n\n"
        "L'autorité portuaire, Malvert Ports, a fait savoir qu'aucun licenciement n'était prévu "
        "et que les agents concernés seraient formés à la conduite à distance des engins. Chaque "
        "jour de grève coûte près de 3 millions d'euros à l'économie locale.",
        [
            (D, ["Nous reviendrons chaque semaine jusqu'au retrait du projet"], "Joël Kerhervé"),
            (
                D,
                [
                    "Les grues automatiques, on nous les vend comme le progrès. Pour nous, "
                    "c'est la fin d'un métier qui fait vivre des familles entières depuis trois "
                    "générations."
                ],
                "Joël Kerhervé",
            ),
            (
                I,
                [
                    "aucun licenciement n'était prévu et que les agents concernés seraient "
                    "formés à la conduite à distance des engins"
                ],
                "Malvert Ports",
            ),
        ],
    ),
    (  # 15 truckers and diesel tax: "appelle ses adhérents à des opérations escargot" (noun
        # object, not annotated), "D'après la fédération," (generic noun for the federation
        # named with its acronym), direct + "résume son président, Name", whole clause after
        # "a estimé que « … »" is a partial, "Sa porte-parole, Name"
        "La Fédération des transporteurs routiers indépendants (FTRI) appelle ses adhérents à des "
        "opérations escargot lundi sur les principaux axes autour de Lyon, Bordeaux et Lille, "
        "pour réclamer une baisse de la taxe sur le gazole professionnel.\n\n"
        "D'après la fédération, le carburant représente désormais 38\u00a0% des coûts d'une "
        "entreprise de transport, contre 24\u00a0% il y a cinq ans. «\u00a0Nos marges sont de "
        "1\u00a0%. Au moindre imprévu, c'est le dépôt de bilan\u00a0», résume son président, "
        "Thierry Gallardo, à la tête d'une entreprise de trente camions dans la Drôme.\n\n"
        "Le gouvernement a exclu toute baisse de taxe. Sa porte-parole, Mathilde Rouvier, a "
        "estimé mardi que «\u00a0l'État ne peut pas compenser chaque hausse du prix du "
        "pétrole\u00a0». Une réunion avec la profession est prévue jeudi au ministère des "
        "Transports.",
        [
            (
                I,
                [
                    "le carburant représente désormais 38\u00a0% des coûts d'une entreprise de "
                    "transport, contre 24\u00a0% il y a cinq ans"
                ],
                "Fédération des transporteurs routiers indépendants",
            ),
            (
                D,
                ["Nos marges sont de 1\u00a0%. Au moindre imprévu, c'est le dépôt de bilan"],
                "Thierry Gallardo",
            ),
            (
                P,
                ["l'État ne peut pas compenser chaque hausse du prix du pétrole"],
                "Mathilde Rouvier",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 blast furnace closure: "The company blamed …" (noun object, not annotated), direct
        # + "said Name, regional secretary of X," after, surname-only "Pryce, whose …, said
        # the union would" then an unattributed quote after the full stop (same speaker)
        "Harwick Steel is to close the blast furnace at its Caldmouth works by the end of March, "
        "putting 1,150 jobs at risk in a town where one adult in eight works at the plant. The "
        "company blamed high energy prices and a flood of cheap imports.\n\n"
        '"This town was built around that furnace. Take it away and you take away the reason '
        'half of these streets exist," said Gareth Pryce, regional secretary of the Steel and '
        "Metal Workers' Union, outside the plant gates on Tuesday.\n\n"
        "Pryce, whose father and grandfather both worked at the site, said the union would fight "
        'to find a buyer for the furnace. "We have been here before, in 2016, and we found one. '
        'We will find one again."\n\n'
        "The works has lost money in eleven of the past fourteen quarters.",
        [
            (
                D,
                [
                    "This town was built around that furnace. Take it away and you take away the "
                    "reason half of these streets exist"
                ],
                "Gareth Pryce",
            ),
            (I, ["the union would fight to find a buyer for the furnace"], "Gareth Pryce"),
            (
                D,
                ["We have been here before, in 2016, and we found one. We will find one again."],
                "Gareth Pryce",
            ),
        ],
    ),
    (  # 2 central bank holds: partial after "saying inflation remained" (the bank as
        # organisation), "Governor Name defended …" then direct + "she said", economist direct
        # + "said Name, chief economist at X"
        "The Bank of Westmark left its benchmark interest rate unchanged at 4.25% on Thursday, "
        'saying inflation remained "too sticky" to justify a cut. Two of the seven members of its '
        "monetary policy committee voted for a quarter-point reduction.\n\n"
        'Governor Helena Strand defended the decision at a press conference. "We are not in a '
        'hurry. We would rather be late than have to reverse course," she said.\n\n'
        "Markets had priced in a roughly one-in-three chance of a cut, and the currency rose half "
        'a cent against the dollar after the announcement. "The door is open for February, but '
        'only just," said Tobias Lindqvist, chief economist at Harbour Bank.',
        [
            (P, ["too sticky"], "Bank of Westmark"),
            (
                D,
                ["We are not in a hurry. We would rather be late than have to reverse course"],
                "Helena Strand",
            ),
            (D, ["The door is open for February, but only just"], "Tobias Lindqvist"),
        ],
    ),
    (  # 3 retailer profit warning: "Chief executive Name struck a cautious note." then direct
        # + "she told analysts" (curly quotes), "cut its … forecast" (noun object), "…,
        # according to X." (the part before)
        "Homeward, the home furnishings chain, reported a 14% fall in third-quarter profit on "
        "Wednesday as shoppers put off big purchases such as sofas and fitted kitchens. Pre-tax "
        "profit came in at $212 million, below the $240 million analysts had expected.\n\n"
        "Chief executive Lorraine Obi struck a cautious note. “People are still coming through "
        "the doors, but they are buying a cushion instead of a couch,” she told analysts on a "
        "conference call. The company also cut its full-year sales forecast.\n\n"
        "Homeward's shares fell 9% in early trading, their steepest one-day drop in four years, "
        "according to Marlow Analytics.",
        [
            (
                D,
                [
                    "People are still coming through the doors, but they are buying a cushion "
                    "instead of a couch"
                ],
                "Lorraine Obi",
            ),
            (
                I,
                [
                    "Homeward's shares fell 9% in early trading, their steepest one-day drop in "
                    "four years"
                ],
                "Marlow Analytics",
            ),
        ],
    ),
    (  # 4 nurses' strike: direct + "said one nurse on the picket line" (unnamed), partial
        # "called the strike" by "Health secretary Name", "Name, was defiant." followed by a
        # quote with no speech verb (two sentences)
        "Nurses at four hospitals in the Tarrant Valley walked out for 48 hours on Monday after "
        "pay talks with the regional health board collapsed. The Nurses' and Midwives' Federation "
        "is seeking a 9% rise; the board has offered 4.5%.\n\n"
        '"I love this job, but I can\'t pay my rent with applause," said one nurse on the picket '
        "line, who has worked on the same cardiology ward for eleven years.\n\n"
        'Health secretary Daniel Okonkwo called the strike "regrettable and unnecessary" in a '
        "radio interview on Monday morning.\n\n"
        "The federation's general secretary, Maureen Kaye, was defiant. \"The board has found "
        "money for consultants and agency staff. It can find money for the nurses who actually "
        'turn up."\n\n'
        "Emergency and maternity services were maintained throughout the walkout.",
        [
            (D, ["I love this job, but I can't pay my rent with applause"], "nurse"),
            (P, ["regrettable and unnecessary"], "Daniel Okonkwo"),
            (
                D,
                [
                    "The board has found money for consultants and agency staff. It can find "
                    "money for the nurses who actually turn up."
                ],
                "Maureen Kaye",
            ),
        ],
    ),
    (  # 5 rejected takeover approach: partial after "saying the offer" (the board = the
        # company), one quote split by "chairman Name said," (two spans), "Lattimer said in a
        # statement that" (short form of the firm's name)
        "The board of Pennick Foods has rejected a £2.3 billion takeover approach from the "
        'private equity firm Lattimer Capital, saying the offer "significantly undervalues" the '
        "company and its prospects. Under takeover rules, Lattimer has until December 20 to make "
        "a firm offer or walk away.\n\n"
        '"We are not against a deal," chairman Richard Ashdown said, "but not at a price that '
        "hands our shareholders' future to someone else for a song.\"\n\n"
        "Lattimer said in a statement that it was considering its options. The firm, which bought "
        "the biscuit maker Crawley & Sons last year, is understood to have lined up financing "
        "from three banks.\n\n"
        "Pennick shares closed 18% higher at 412p.",
        [
            (P, ["significantly undervalues"], "Pennick Foods"),
            (
                D,
                [
                    "We are not against a deal",
                    "but not at a price that hands our shareholders' future to someone else for "
                    "a song.",
                ],
                "Richard Ashdown",
            ),
            (I, ["it was considering its options"], "Lattimer Capital"),
        ],
    ),
    (  # 6 lamb tariff: "Trade minister Name said … and that …" (one indirect over two
        # clauses), direct + "Ms Surname said", direct + "said Name, who keeps …" (curly)
        "Exports of chilled lamb to Varland have stopped after the country imposed a 40% tariff "
        "overnight, the latest escalation in a two-year dispute over steel subsidies.\n\n"
        "Trade minister Ruth Calloway said the tariff broke the terms of a bilateral agreement "
        "signed in 2019 and that the government would file a complaint with the World Trade "
        "Organization.\n\n"
        "“We will not be bullied into dropping a case we are entitled to bring,” Ms Calloway "
        "said.\n\n"
        "For sheep farmers, the timing could hardly be worse, with the lambing season only weeks "
        "away. “Half my income goes through that one market,” said Peter Dunmore, who keeps "
        "1,200 ewes near Ashby Marsh.",
        [
            (
                I,
                [
                    "the tariff broke the terms of a bilateral agreement signed in 2019 and that "
                    "the government would file a complaint with the World Trade Organization"
                ],
                "Ruth Calloway",
            ),
            (
                D,
                ["We will not be bullied into dropping a case we are entitled to bring"],
                "Ruth Calloway",
            ),
            (D, ["Half my income goes through that one market"], "Peter Dunmore"),
        ],
    ),
    (  # 7 café rent: "…," Ms Surname said. "…" (two direct quotes, the second unattributed
        # after the full stop), the journalist's own question not a quote, organisation
        # "said" without "that"
        "When Sunita Rao opened the Copper Kettle café on Marlowe Street in 2018, her rent was "
        "£1,400 a month. Her landlord now wants £2,600.\n\n"
        '"I did the maths three times, hoping I\'d got it wrong," Ms Rao said. "I hadn\'t."\n\n'
        "How many cafés can survive a near-doubling of their rent? Not many, judging by the "
        "street: four of its eleven shopfronts now stand empty, and a fifth, a florist, closes at "
        "Christmas.\n\n"
        "The Federation of Independent Retailers said one in five small hospitality businesses in "
        "the city expected to close within a year. Ms Rao plans to move to a smaller unit two "
        "streets away in the spring, and to cut her opening hours.",
        [
            (D, ["I did the maths three times, hoping I'd got it wrong"], "Sunita Rao"),
            (D, ["I hadn't."], "Sunita Rao"),
            (
                I,
                [
                    "one in five small hospitality businesses in the city expected to close "
                    "within a year"
                ],
                "Federation of Independent Retailers",
            ),
        ],
    ),
    (  # 8 warehouse union vote: direct + "said Name, a picker who …", partial inside the
        # company's reported speech (only the partial, period outside the marks), surname-only
        # second mention and direct + "she said"
        "Workers at the Quayside distribution centre of the online retailer Parcelo have voted "
        "by 612 to 488 to join the General Logistics Union, the first successful union drive at "
        "any of the company's 14 warehouses in the country.\n\n"
        '"Tonight we proved that you can organise in a place like this," said Kemi Adebayo, a '
        "picker who led the campaign, as colleagues cheered outside the gates.\n\n"
        "Parcelo said it respected the result but believed a direct relationship with employees "
        'was "the best way to improve conditions".\n\n'
        'Adebayo, 34, wants breaks to be the first issue raised at the bargaining table. "We get '
        "two fifteen-minute breaks in a ten-hour shift, and it takes seven minutes to walk to the "
        'canteen," she said.',
        [
            (D, ["Tonight we proved that you can organise in a place like this"], "Kemi Adebayo"),
            (P, ["the best way to improve conditions"], "Parcelo"),
            (
                D,
                [
                    "We get two fifteen-minute breaks in a ten-hour shift, and it takes seven "
                    "minutes to walk to the canteen"
                ],
                "Kemi Adebayo",
            ),
        ],
    ),
    (  # 9 airline results: direct + "chief executive Name said, adding that …" (direct and an
        # indirect from the same attribution), "…, according to X." (the part before)
        "Skylark Air posted record results for the summer quarter on Thursday, with net profit up "
        "22% to €486 million as 19.4 million passengers flew with the low-cost carrier between "
        "July and September.\n\n"
        '"Demand has been extraordinary, and we have not seen any sign of it slowing for next '
        'summer," chief executive Anders Holm said, adding that advance bookings were running 6% '
        "ahead of last year.\n\n"
        "Fuel costs and delays to aircraft deliveries could squeeze margins in 2027, according to "
        "Brightwater Securities. Skylark is still waiting for 11 jets from its order of 40.",
        [
            (
                D,
                [
                    "Demand has been extraordinary, and we have not seen any sign of it slowing "
                    "for next summer"
                ],
                "Anders Holm",
            ),
            (I, ["advance bookings were running 6% ahead of last year"], "Anders Holm"),
            (
                I,
                ["Fuel costs and delays to aircraft deliveries could squeeze margins in 2027"],
                "Brightwater Securities",
            ),
        ],
    ),
    (  # 10 budget: direct + "Mr Surname told parliament", so-called "growth guarantee" (scare
        # quotes, not annotated), partial "called the package a" by "Opposition finance
        # spokesman Name", direct + "said Name, … author of" a book title in quotes (not speech)
        "Finance minister Graham Whitlock unveiled a budget on Wednesday that raises the tax on "
        "bank profits by three percentage points and freezes income tax thresholds for a further "
        "two years.\n\n"
        '"Those with the broadest shoulders will carry the heaviest load," Mr Whitlock told '
        'parliament. The budget also includes a so-called "growth guarantee" for small firms, a '
        "state-backed loan scheme worth £4 billion.\n\n"
        'Opposition finance spokesman Clive Harrow called the package a "stealth tax raid on '
        'working families".\n\n'
        '"It is a budget for the next six months, not the next six years," said Fiona Mackay, an '
        'economist at the University of Dunmere and the author of "The Borrowed Decade", a '
        "history of public debt.",
        [
            (
                D,
                ["Those with the broadest shoulders will carry the heaviest load"],
                "Graham Whitlock",
            ),
            (P, ["stealth tax raid on working families"], "Clive Harrow"),
            (
                D,
                ["It is a budget for the next six months, not the next six years"],
                "Fiona Mackay",
            ),
        ],
    ),
    (  # 11 car plant rescue: direct + "the mayor of X, Name, said" (role + apposition),
        # "Zhenyu said it would" (short form of the company), "Workers were cautiously
        # relieved." (no speech) then direct + "said Name, a paint-shop technician"
        "The electric vehicle maker Zhenyu Motors has agreed to buy the former Belmont Autos "
        "plant in Hadleigh Cross, saving around 900 of its 1,400 jobs, eight months after "
        "Belmont shut it down.\n\n"
        "“This is the best news this town has had in a decade,” the mayor of Hadleigh Cross, "
        "Janet Ofori, said on Friday.\n\n"
        "Zhenyu said it would invest $650 million to retool the plant, with production of a "
        "compact SUV due to begin in 2028.\n\n"
        "Workers were cautiously relieved. “We've been told a lot of things over the years. I'll "
        "believe it when the first car rolls off the line,” said Dave Kowalczyk, a paint-shop "
        "technician who has spent 26 years at the plant.",
        [
            (D, ["This is the best news this town has had in a decade"], "Janet Ofori"),
            (
                I,
                [
                    "it would invest $650 million to retool the plant, with production of a "
                    "compact SUV due to begin in 2028"
                ],
                "Zhenyu Motors",
            ),
            (
                D,
                [
                    "We've been told a lot of things over the years. I'll believe it when the "
                    "first car rolls off the line"
                ],
                "Dave Kowalczyk",
            ),
        ],
    ),
    (  # 12 dock strike: "Police said" (unnamed, no "that") opening the article, direct +
        # "said Name, national officer for X", "A spokeswoman for X said" (the organisation),
        # "supermarkets have warned of shortages" (noun object, not annotated)
        "Police said three people had been arrested after scuffles outside the Fenwick container "
        "terminal on Friday, the fifth day of a strike by dock workers over pay.\n\n"
        "The union, Unified Dockers, wants a 12% rise over two years. The terminal's operator, "
        "Halcrow Ports, has offered 7%.\n\n"
        '"Every container that comes through this port is moved by our members. Without them, '
        'nothing moves," said Siobhan Carey, national officer for Unified Dockers.\n\n'
        "A spokeswoman for Halcrow Ports said the offer was the most generous in the company's "
        "history. More than 30 ships are waiting to unload, and supermarkets have warned of "
        "shortages of fresh fruit before Christmas.",
        [
            (
                I,
                [
                    "three people had been arrested after scuffles outside the Fenwick container "
                    "terminal on Friday, the fifth day of a strike by dock workers over pay"
                ],
                "police",
            ),
            (
                D,
                [
                    "Every container that comes through this port is moved by our members. "
                    "Without them, nothing moves"
                ],
                "Siobhan Carey",
            ),
            (
                I,
                ["the offer was the most generous in the company's history"],
                "Halcrow Ports",
            ),
        ],
    ),
    (  # 13 minimum wage: indirect with the cue after and a trailing participle ("…, the
        # government announced on Monday, benefiting …"), direct + "said Name, policy director
        # at X, which …"
        "The national minimum wage will rise by 6.8% to £13.10 an hour from April, the "
        "government announced on Monday, benefiting around 2.7 million workers. Cleaners, carers "
        "and hospitality staff will be among the biggest winners.\n\n"
        '"For a corner shop with six staff, that is another £9,000 a year, and something has to '
        'give," said Harriet Cole, policy director at the Small Business Alliance, which '
        "represents 40,000 firms.\n\n"
        "The rise is the fourth in a row above inflation. The hourly rate for 18- to 20-year-olds "
        "will go up by 9%, to £10.45.",
        [
            (
                I,
                ["The national minimum wage will rise by 6.8% to £13.10 an hour from April"],
                "government",
            ),
            (
                D,
                [
                    "For a corner shop with six staff, that is another £9,000 a year, and "
                    "something has to give"
                ],
                "Harriet Cole",
            ),
        ],
    ),
    (  # 14 brewery closure: "The family-owned firm … blamed" (noun object), direct + "said
        # Name, the managing director and …", then a quote continued over two paragraphs
        # (first left open, second reopened: one quote, one span per paragraph)
        "After 163 years, the Holloway Brewery in Kettering Vale will brew its last batch on "
        "Friday. The family-owned firm, which employs 38 people, blamed rising costs and the "
        "buying power of the big brewers.\n\n"
        "“My great-great-grandfather started this with one copper kettle and a horse and cart,” "
        "said Thomas Holloway, the managing director and the fifth generation of his family to "
        "run the business. “I never imagined I would be the one to turn the lights off.\n\n"
        "“We tried everything: new beers, a taproom, exports to Belgium. In the end the numbers "
        "simply did not add up.”\n\n"
        "The brewery's site has been sold to a housing developer. Its best-known beer, Old Vale "
        "Porter, will continue to be made under licence elsewhere.",
        [
            (
                D,
                [
                    "My great-great-grandfather started this with one copper kettle and a horse "
                    "and cart"
                ],
                "Thomas Holloway",
            ),
            (
                D,
                [
                    "I never imagined I would be the one to turn the lights off.",
                    "We tried everything: new beers, a taproom, exports to Belgium. In the end the "
                    "numbers simply did not add up.",
                ],
                "Thomas Holloway",
            ),
        ],
    ),
    (  # 15 bank branch closures: "residents said" (unnamed plural), direct + "said Name, who
        # has banked there since …", "The bank said" (generic noun for Lenfield Bank)
        "Lenfield Bank will close 46 branches next year, including the last bank in 19 towns, "
        "blaming a 60% fall in counter transactions since 2019.\n\n"
        "In Brackley Ford, where the High Street branch will shut in May, residents said elderly "
        "people would be left unable to manage their money.\n\n"
        "“I'm 79, I don't have a smartphone, and the nearest branch will now be a 40-minute bus "
        "ride away,” said Edna Marsh, who has banked there since 1968.\n\n"
        "The bank said customers would still be able to pay in cash and withdraw money at the "
        "post office, and that a mobile branch would visit the town once a week.",
        [
            (I, ["elderly people would be left unable to manage their money"], "residents"),
            (
                D,
                [
                    "I'm 79, I don't have a smartphone, and the nearest branch will now be a "
                    "40-minute bus ride away"
                ],
                "Edna Marsh",
            ),
            (
                I,
                [
                    "customers would still be able to pay in cash and withdraw money at the post "
                    "office, and that a mobile branch would visit the town once a week"
                ],
                "Lenfield Bank",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout98.jsonl"),
        "heldout98",
        "h98",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
