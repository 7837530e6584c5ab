"""Source of the eighty-sixth held-out set: writes heldout86.jsonl (split "heldout86").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
consumer affairs and retail news: product recalls, food safety alerts, supermarket price rises,
consumer associations, scams and frauds, delivery and e-commerce companies, with consumer
advocates, company spokespeople, regulators, shop owners and shoppers quoted.
Measured once with 0.3.0, 0.27.1 and 0.28.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout86.py
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
    (  # 1 minced beef recall: ministry "a annoncé que" (indirect), direct + "a expliqué la
        # porte-parole de X, Name" after, association partial "a dénoncé un « … »" (generic
        # noun "L'association de consommateurs" dropped), no-break spaces
        "Le groupe de distribution Carrelia a lancé samedi le rappel de plus de 60\u00a0000 "
        "barquettes de steaks hachés surgelés vendus sous sa marque propre, après la détection "
        "d'une bactérie E. coli dans un lot fabriqué dans l'Orne. Quatre enfants ont été "
        "hospitalisés à Caen et à Alençon, dont un dans un état jugé sérieux.\n\n"
        "Le ministère de l'Agriculture a annoncé que des prélèvements complémentaires étaient en "
        "cours dans l'usine du fournisseur, la société Normaviande, dont la production a été "
        "suspendue à titre conservatoire.\n\n"
        "«\u00a0Dès la première alerte, nous avons retiré les produits de nos rayons et bloqué les "
        "caisses pour empêcher toute vente\u00a0», a expliqué la porte-parole de Carrelia, "
        "Mathilde Vasseur-Kaboré. Les clients peuvent rapporter les barquettes dans n'importe "
        "quel magasin, même sans ticket de caisse.\n\n"
        "L'association de consommateurs Consomm'Action a pour sa part dénoncé un «\u00a0manque "
        "de réactivité\u00a0» de l'enseigne, qui aurait été informée des premiers cas dès mardi."
        "\n\n"
        "Les lots concernés portent les numéros 24-118 à 24-131 et une date limite de "
        "consommation fixée à mars 2027.",
        [
            (
                I,
                [
                    "des prélèvements complémentaires étaient en cours dans l'usine du "
                    "fournisseur, la société Normaviande, dont la production a été suspendue à "
                    "titre conservatoire"
                ],
                "ministère de l'Agriculture",
            ),
            (
                D,
                [
                    "Dès la première alerte, nous avons retiré les produits de nos rayons et "
                    "bloqué les caisses pour empêcher toute vente"
                ],
                "Mathilde Vasseur-Kaboré",
            ),
            (P, ["manque de réactivité"], "Consomm'Action"),
        ],
    ),
    (  # 2 supermarket prices, vox pop: « » without inner spaces, two-sentence direct +
        # "soupire la retraitée" (role alone), incise "reconnaît-il" splitting one quote,
        # "selon lesquels" trap (not a source)
        "Devant les rayons du magasin Primavia de Montauban, Huguette Larrieu, 74 ans, compare "
        "les étiquettes des paquets de café. «Le paquet que je prenais à 3,20 euros est passé à "
        "4,10 euros en un an. Je n'en achète plus qu'un par mois», soupire la retraitée.\n\n"
        "Les derniers relevés de l'Observatoire citoyen des prix, selon lesquels le panier moyen "
        "a augmenté de 7 % depuis janvier, ont relancé le débat sur les marges de la grande "
        "distribution. Le café, le chocolat et l'huile d'olive figurent parmi les produits les "
        "plus touchés.\n\n"
        "Le directeur du magasin, Karim Benslimane, ne cache pas son embarras. «Nous subissons "
        "les hausses de nos fournisseurs, reconnaît-il, et nos marges sur ces produits sont déjà "
        "très faibles.» Une cinquantaine de produits de première nécessité affichent pourtant le "
        "même prix qu'il y a un an, grâce à un accord passé avec la centrale d'achat du "
        "groupe.\n\n"
        "Dans les allées, les chariots se remplissent de produits de marque distributeur, et les "
        "promotions partent dès le matin.",
        [
            (
                D,
                [
                    "Le paquet que je prenais à 3,20 euros est passé à 4,10 euros en un an. Je "
                    "n'en achète plus qu'un par mois"
                ],
                "Huguette Larrieu",
            ),
            (
                D,
                [
                    "Nous subissons les hausses de nos fournisseurs",
                    "et nos marges sur ces produits sont déjà très faibles.",
                ],
                "Karim Benslimane",
            ),
        ],
    ),
    (  # 3 fake parcel SMS scam: scare quotes «frais de réexpédition» not speech, direct over
        # two paragraphs (first left open, plain spaces) + "raconte-t-elle", colon cue before
        # "le capitaine Name" (rank dropped) with final period kept, "Selon lui," indirect
        "Un SMS annonçant un colis en attente, un lien, quelques euros de « frais de "
        "réexpédition » à régler : l'arnaque est connue, mais elle fait encore des dizaines de "
        "victimes chaque semaine dans le Finistère. Plus de 230 plaintes ont été enregistrées "
        "depuis septembre dans le département.\n\n"
        "Jacqueline Morvan, 71 ans, habitante de Quimperlé, a perdu 2 300 euros en octobre. "
        "« J'attendais vraiment un paquet de ma fille, alors je n'ai pas réfléchi. J'ai tapé mon "
        "numéro de carte, puis le code reçu par SMS.\n\n"
        "« Le lendemain, mon conseiller m'a appelée : trois virements étaient partis vers "
        "l'étranger. J'ai eu honte, je n'ai rien dit à personne pendant une semaine », "
        "raconte-t-elle.\n\n"
        "Le commandant de la compagnie de gendarmerie de Quimper, le capitaine Loïc Ferrand, est "
        "catégorique : « Aucun transporteur ne vous demandera jamais de payer des frais par SMS. "
        "Au moindre doute, il faut appeler directement sa banque. »\n\n"
        "Selon lui, les escrocs utilisent désormais des numéros de téléphone français, ce qui "
        "rend les messages beaucoup plus crédibles.",
        [
            (
                D,
                [
                    "J'attendais vraiment un paquet de ma fille, alors je n'ai pas réfléchi. J'ai "
                    "tapé mon numéro de carte, puis le code reçu par SMS.",
                    "Le lendemain, mon conseiller m'a appelée : trois virements étaient partis "
                    "vers l'étranger. J'ai eu honte, je n'ai rien dit à personne pendant une "
                    "semaine",
                ],
                "Jacqueline Morvan",
            ),
            (
                D,
                [
                    "Aucun transporteur ne vous demandera jamais de payer des frais par SMS. Au "
                    "moindre doute, il faut appeler directement sa banque."
                ],
                "Loïc Ferrand",
            ),
            (
                I,
                [
                    "les escrocs utilisent désormais des numéros de téléphone français, ce qui "
                    "rend les messages beaucoup plus crédibles"
                ],
                "Loïc Ferrand",
            ),
        ],
    ),
    (  # 4 delivery riders' protest: dialogue dash line + "lance Name, role", union "réclame
        # l'ouverture de négociations" (noun object, not annotated), unnamed "Un porte-parole
        # de Colivia" → Colivia with "a-t-il ajouté" two sentences later
        "Ils étaient une soixantaine, mercredi midi, rassemblés devant l'entrepôt de la "
        "plateforme de livraison Colivia à Villeurbanne, pour protester contre la baisse de la "
        "rémunération par course, passée de 4,50 à 3,80 euros le mois dernier.\n\n"
        "— On roule sous la pluie, on prend des risques, et on nous retire encore de l'argent, "
        "lance Moussa Traoré, livreur à vélo depuis quatre ans.\n\n"
        "Le syndicat SUD-Coursiers réclame l'ouverture de négociations sur un tarif minimum "
        "garanti. Un nouveau rassemblement est prévu samedi devant le siège lyonnais de "
        "l'entreprise.\n\n"
        "Un porte-parole de Colivia a confirmé la nouvelle grille, appliquée depuis le 1er "
        "novembre dans toutes les villes. «\u00a0Les livreurs restent libres de choisir leurs "
        "créneaux et leurs courses. Nous sommes ouverts au dialogue, mais pas sous la "
        "pression\u00a0», a-t-il ajouté.",
        [
            (
                D,
                [
                    "On roule sous la pluie, on prend des risques, et on nous retire encore de "
                    "l'argent"
                ],
                "Moussa Traoré",
            ),
            (
                D,
                [
                    "Les livreurs restent libres de choisir leurs créneaux et leurs courses. Nous "
                    "sommes ouverts au dialogue, mais pas sous la pression"
                ],
                "Colivia",
            ),
        ],
    ),
    (  # 5 interview of a consumer advocate: questions in plain paragraphs (not quotes),
        # answers on dialogue-dash lines (interviewee named only in the intro), a company's
        # claim reported inside a question ("affirme que", indirect)
        "Les achats en ligne de fin d'année ont commencé, et avec eux les mauvaises surprises. "
        "Présidente de l'association Clic-Conso, qui défend les acheteurs sur internet, Nadia "
        "Belkacem répond à nos questions.\n\n"
        "Quels sont les pièges les plus fréquents\u00a0?\n\n"
        "— Les frais qui apparaissent à la dernière étape de la commande. Le prix affiché est "
        "attractif, puis s'ajoutent la livraison, l'emballage, parfois une assurance cochée par "
        "défaut.\n\n"
        "La plateforme Achetix, que votre association a mise en demeure, affirme que toutes ses "
        "offres respectent la réglementation. Que lui répondez-vous\u00a0?\n\n"
        "— Qu'elle le prouve. Nous avons reçu plus de 300 réclamations en six mois, et la moitié "
        "concernent des frais qui n'apparaissaient nulle part sur la fiche du produit.\n\n"
        "L'association a mis en ligne un guide gratuit pour les achats de fin d'année, avec "
        "des modèles de lettres de réclamation.",
        [
            (
                D,
                [
                    "Les frais qui apparaissent à la dernière étape de la commande. Le prix "
                    "affiché est attractif, puis s'ajoutent la livraison, l'emballage, parfois "
                    "une assurance cochée par défaut."
                ],
                "Nadia Belkacem",
            ),
            (I, ["toutes ses offres respectent la réglementation"], "Achetix"),
            (
                D,
                [
                    "Qu'elle le prouve. Nous avons reçu plus de 300 réclamations en six mois, et "
                    "la moitié concernent des frais qui n'apparaissaient nulle part sur la fiche "
                    "du produit."
                ],
                "Nadia Belkacem",
            ),
        ],
    ),
    (  # 6 raw-milk cheese listeria: apposition "Le gérant de la fromagerie, Name," with
        # "dit ne pas comprendre" (indirect, infinitive), then direct + "a-t-il déclaré au
        # <newspaper>", mayor partial "a appelé à « … »",
        # campaign slogan in « » not speech
        "La préfecture de la Haute-Savoie a ordonné jeudi le retrait de la vente de tous les "
        "fromages au lait cru de la fromagerie Berthollet-Sarr, à Thônes, après la mise en "
        "évidence de listeria dans plusieurs reblochons. Deux cas de listériose, chez des "
        "personnes âgées, font l'objet d'une enquête. Les symptômes peuvent apparaître jusqu'à "
        "huit semaines après la consommation du produit.\n\n"
        "Le gérant de la fromagerie, Florian Berthollet-Sarr, dit ne pas comprendre. «\u00a0Mon "
        "grand-père a fondé cette maison en 1962. Nous n'avons jamais eu le moindre problème, et "
        "nous faisons analyser chaque lot\u00a0», a-t-il déclaré au Courrier des Aravis.\n\n"
        "Au marché de Thônes, où les produits de la fromagerie étaient vendus chaque samedi, "
        "l'inquiétude est palpable. Le maire, Gérard Pellissier, a appelé à «\u00a0ne pas jeter "
        "l'opprobre sur toute une filière\u00a0». La campagne «\u00a0Mangez savoyard\u00a0», "
        "lancée au printemps par le département, devait justement mettre en avant les "
        "producteurs locaux cet hiver.",
        [
            (
                I,
                ["ne pas comprendre"],
                "Florian Berthollet-Sarr",
            ),
            (
                D,
                [
                    "Mon grand-père a fondé cette maison en 1962. Nous n'avons jamais eu le "
                    "moindre problème, et nous faisons analyser chaque lot"
                ],
                "Florian Berthollet-Sarr",
            ),
            (P, ["ne pas jeter l'opprobre sur toute une filière"], "Gérard Pellissier"),
        ],
    ),
    (  # 7 bank fees: direct + "a dénoncé la secrétaire générale de X, Name" after, then an
        # unattributed continuation after a full stop (second direct, same speaker), "demande
        # un plafonnement" (noun object, not annotated), "D'après X, …, mais « … »" (only the
        # partial is annotated)
        "L'association Vigie Conso a publié mardi son étude annuelle sur les frais d'incidents "
        "bancaires. En moyenne, un client en difficulté paie 312 euros par an de commissions "
        "d'intervention et de rejets de prélèvement, contre 287 euros l'an dernier.\n\n"
        "«\u00a0Ce sont toujours les mêmes qui paient\u00a0: les ménages les plus fragiles, ceux "
        "qui sont à découvert le 20 du mois\u00a0», a dénoncé la secrétaire générale de "
        "l'association, Lucie Okonkwo-Martin. «\u00a0Les banques ont pris des engagements en "
        "2018. Elles ne les tiennent pas.\u00a0»\n\n"
        "L'association demande un plafonnement global de ces frais à 200 euros par an pour "
        "l'ensemble des clients.\n\n"
        "D'après la Fédération bancaire nationale, les établissements proposent déjà une offre "
        "spécifique à petit prix aux clients fragiles, mais «\u00a0trop peu de personnes "
        "éligibles en font la demande\u00a0». Environ 900\u00a0000 personnes en bénéficient "
        "aujourd'hui.",
        [
            (
                D,
                [
                    "Ce sont toujours les mêmes qui paient\u00a0: les ménages les plus fragiles, "
                    "ceux qui sont à découvert le 20 du mois"
                ],
                "Lucie Okonkwo-Martin",
            ),
            (
                D,
                ["Les banques ont pris des engagements en 2018. Elles ne les tiennent pas."],
                "Lucie Okonkwo-Martin",
            ),
            (
                P,
                ["trop peu de personnes éligibles en font la demande"],
                "Fédération bancaire nationale",
            ),
        ],
    ),
    (  # 8 e-commerce fine: event name « Black Friday » not speech, company partial
        # "Bazarix « conteste fermement »", minister "a assuré vouloir" (indirect) then
        # "a insisté la ministre" (role alone) after a direct
        "L'Autorité de protection des consommateurs (APC) a infligé une amende de 12 millions "
        "d'euros à la plateforme de vente en ligne Bazarix, sanctionnée pour de fausses "
        "réductions affichées lors du dernier «\u00a0Black Friday\u00a0». Près de 40 % des prix "
        "barrés relevés par les enquêteurs ne correspondaient à aucun prix pratiqué "
        "auparavant.\n\n"
        "Dans un communiqué, Bazarix «\u00a0conteste fermement\u00a0» cette analyse. La "
        "plateforme, qui revendique 9 millions de clients en France, dispose de deux mois pour "
        "saisir le Conseil d'État.\n\n"
        "La ministre déléguée au Commerce, Farida Hamdaoui, a assuré vouloir renforcer les "
        "contrôles avant les fêtes. «\u00a0Une réduction affichée doit être une vraie réduction. "
        "C'est une question de confiance\u00a0», a insisté la ministre, en déplacement dans un "
        "entrepôt de Roissy.",
        [
            (P, ["conteste fermement"], "Bazarix"),
            (
                I,
                ["vouloir renforcer les contrôles avant les fêtes"],
                "Farida Hamdaoui",
            ),
            (
                D,
                [
                    "Une réduction affichée doit être une vraie réduction. C'est une question de "
                    "confiance"
                ],
                "Farida Hamdaoui",
            ),
        ],
    ),
    (  # 9 butter prices and bakers: two shop owners of the same kind, "confie-t-il" after,
        # partial in "reconnaît que", colon cues before with "M. Lemoine" / "Mme Diop, elle,"
        "Le prix du beurre a bondi de 35 % en un an, et les artisans boulangers de Rennes en "
        "font les frais. Jean-Baptiste Lemoine, qui tient une boulangerie rue de Saint-Malo, a dû "
        "faire passer ses croissants de 1,10 à 1,35 euro. «\u00a0Je l'ai fait à contrecœur. "
        "Certains clients fidèles ne viennent plus que le dimanche\u00a0», confie-t-il.\n\n"
        "À quelques rues de là, la pâtissière Aïcha Diop a choisi une autre voie\u00a0: réduire "
        "la taille de certaines pièces plutôt que d'en relever le prix. Elle reconnaît que la "
        "solution «\u00a0n'est pas idéale\u00a0».\n\n"
        "La Chambre de métiers d'Ille-et-Vilaine a recensé douze fermetures de boulangeries "
        "depuis janvier dans le département.\n\n"
        "M. Lemoine pointe aussi la grande distribution\u00a0: «\u00a0Les supermarchés vendent "
        "des viennoiseries industrielles à perte pour attirer les clients. Nous, on ne peut pas "
        "suivre.\u00a0»\n\n"
        "Mme Diop, elle, se veut optimiste\u00a0: «\u00a0Les gens reviennent vers l'artisanat "
        "quand ils goûtent la différence.\u00a0»",
        [
            (
                D,
                [
                    "Je l'ai fait à contrecœur. Certains clients fidèles ne viennent plus que le "
                    "dimanche"
                ],
                "Jean-Baptiste Lemoine",
            ),
            (P, ["n'est pas idéale"], "Aïcha Diop"),
            (
                D,
                [
                    "Les supermarchés vendent des viennoiseries industrielles à perte pour "
                    "attirer les clients. Nous, on ne peut pas suivre."
                ],
                "Jean-Baptiste Lemoine",
            ),
            (
                D,
                ["Les gens reviennent vers l'artisanat quand ils goûtent la différence."],
                "Aïcha Diop",
            ),
        ],
    ),
    (  # 10 toy recall: product name « Petit Chef » not speech, unnamed "Une porte-parole de
        # Ludorama a indiqué que" → Ludorama, mother's direct + "raconte-t-elle"
        "Le fabricant de jouets Ludorama rappelle 18\u00a0000 exemplaires de sa dînette en bois "
        "«\u00a0Petit Chef\u00a0», dont certaines pièces peuvent se détacher et présenter un "
        "risque d'étouffement pour les jeunes enfants. Le jouet, vendu 39,90 euros, figurait "
        "parmi les meilleures ventes de l'enseigne à Noël dernier.\n\n"
        "Une porte-parole de Ludorama a indiqué que le défaut concernait uniquement les lots "
        "fabriqués entre mai et août dans une usine sous-traitante au Portugal, et qu'aucun "
        "accident n'avait été signalé.\n\n"
        "Sabrina Petrovic, mère de deux enfants à Lille, avait offert la dînette à sa fille de "
        "deux ans pour son anniversaire. «\u00a0Une roue de la casserole s'est détachée au bout "
        "de deux jours. J'ai cru que c'était un hasard, et je l'ai recollée\u00a0», "
        "raconte-t-elle.\n\n"
        "Les parents peuvent rapporter le jouet en magasin pour un remboursement intégral, "
        "même sans emballage. Le rappel a été publié sur le site officiel des rappels de "
        "produits.",
        [
            (
                I,
                [
                    "le défaut concernait uniquement les lots fabriqués entre mai et août dans une "
                    "usine sous-traitante au Portugal, et qu'aucun accident n'avait été signalé"
                ],
                "Ludorama",
            ),
            (
                D,
                [
                    "Une roue de la casserole s'est détachée au bout de deux jours. J'ai cru que "
                    "c'était un hasard, et je l'ai recollée"
                ],
                "Sabrina Petrovic",
            ),
        ],
    ),
    (  # 11 doorstep energy fraud trial: two lawyers of the same kind introduced by
        # apposition (Me dropped), "a requis" / "a plaidé la relaxe" (noun objects, not
        # annotated), "Selon elle," indirect, partial inside "estimant que", "a-t-il soutenu"
        "Le tribunal correctionnel de Bourges a jugé mardi quatre anciens dirigeants de la "
        "société Énergiflex, soupçonnés d'avoir fait signer des contrats d'électricité à plus de "
        "3\u00a0000 personnes âgées lors de démarchages à domicile, en se présentant comme des "
        "agents d'un service public. Le parquet a requis trois ans de prison, dont un ferme, "
        "contre le principal prévenu.\n\n"
        "L'avocate des parties civiles, Me Claire Rousset-Abadie, a décrit une véritable "
        "industrie de la tromperie. Selon elle, certains clients payaient jusqu'à trois fois le "
        "prix du marché sans le savoir.\n\n"
        "L'avocat de la défense, Me Antoine Leclerc, a plaidé la relaxe, estimant que son client "
        "avait «\u00a0tout ignoré des dérives de certains commerciaux\u00a0». «\u00a0Il n'a "
        "jamais donné la moindre consigne de mentir à qui que ce soit\u00a0», a-t-il soutenu.\n\n"
        "Le jugement sera rendu le 14 janvier.",
        [
            (
                I,
                ["certains clients payaient jusqu'à trois fois le prix du marché sans le savoir"],
                "Claire Rousset-Abadie",
            ),
            (P, ["tout ignoré des dérives de certains commerciaux"], "Antoine Leclerc"),
            (
                D,
                ["Il n'a jamais donné la moindre consigne de mentir à qui que ce soit"],
                "Antoine Leclerc",
            ),
        ],
    ),
    (  # 12 annual retail negotiations: "a affirmé que" (indirect), federation partial "a
        # qualifié cette position de « chantage »", "Le patron d'Hexamarché" (role alone
        # later) with a colon cue before
        "Les négociations annuelles entre la grande distribution et ses fournisseurs "
        "s'annoncent tendues. Le PDG du groupe Hexamarché, Bertrand Fauvel-Nakamura, a affirmé "
        "lundi que son enseigne refuserait toute hausse de tarif supérieure à 2 %.\n\n"
        "Du côté des producteurs, la colère monte. La Fédération nationale des éleveurs laitiers "
        "a qualifié cette position de «\u00a0chantage\u00a0». Ses adhérents ont vu leurs coûts "
        "de production grimper de 18 % en deux ans, et plusieurs centaines d'exploitations ont "
        "cessé leur activité depuis 2024.\n\n"
        "Le patron d'Hexamarché assume\u00a0: «\u00a0Mon rôle est de défendre le pouvoir d'achat "
        "de nos clients. Je ne signerai pas des hausses que les consommateurs ne peuvent plus "
        "payer.\u00a0»\n\n"
        "Le ministre de l'Économie doit réunir les deux parties la semaine prochaine à Bercy.",
        [
            (
                I,
                ["son enseigne refuserait toute hausse de tarif supérieure à 2 %"],
                "Bertrand Fauvel-Nakamura",
            ),
            (P, ["chantage"], "Fédération nationale des éleveurs laitiers"),
            (
                D,
                [
                    "Mon rôle est de défendre le pouvoir d'achat de nos clients. Je ne signerai "
                    "pas des hausses que les consommateurs ne peuvent plus payer."
                ],
                "Bertrand Fauvel-Nakamura",
            ),
        ],
    ),
    (  # 13 fake bank adviser fraud: « » without inner spaces, direct + "explique-t-il",
        # the bank's partial inside "estimant que" (only the partial), "Pour Name, role,
        # cette position est «…»" (partial), surname later not speaking
        "Un appel qui affiche le numéro de l'agence, une voix qui signale des paiements suspects, "
        "puis une demande de valider des opérations sur son téléphone\u00a0: Rémi Castagnet, 48 "
        "ans, artisan à Pau, a perdu 9\u00a0800 euros en vingt minutes au mois d'octobre.\n\n"
        "«Il connaissait mon nom, mon adresse, le nom de ma conseillère. Je n'ai pas eu le "
        "moindre doute», explique-t-il.\n\n"
        "Sa banque, le Crédit pyrénéen, a d'abord refusé de le rembourser, estimant qu'il avait "
        "commis une «négligence grave» en validant lui-même les paiements.\n\n"
        "Pour Samia Bouzid, juriste à l'association Familles et Consommation, cette position est "
        "«intenable» au regard de la jurisprudence. Après l'intervention de l'association, la "
        "banque a finalement remboursé M. Castagnet, sans reconnaître de faute. Une dizaine "
        "d'autres dossiers similaires sont en cours d'examen.",
        [
            (
                D,
                [
                    "Il connaissait mon nom, mon adresse, le nom de ma conseillère. Je n'ai pas eu "
                    "le moindre doute"
                ],
                "Rémi Castagnet",
            ),
            (P, ["négligence grave"], "Crédit pyrénéen"),
            (P, ["intenable"], "Samia Bouzid"),
        ],
    ),
    (  # 14 logistics warehouse: residents as a group ("Les riverains affirment que"),
        # collective's name in « » not speech, incise "a-t-il fait valoir" splitting the
        # mayor's quote, company "a assuré … que … et que" (indirect, one span)
        "À Saint-Priest-en-Jarez, le projet d'entrepôt géant de la société de logistique "
        "Logivance, destiné à approvisionner plusieurs sites de commerce en ligne, divise la "
        "commune. Le bâtiment de 90\u00a0000 mètres carrés doit accueillir jusqu'à 400 camions "
        "par jour.\n\n"
        "Les riverains affirment que l'enquête publique s'est tenue en plein mois d'août, quand "
        "la moitié d'entre eux étaient en vacances. Regroupés au sein du collectif "
        "«\u00a0Laissez-nous respirer\u00a0», ils ont déposé un recours devant le tribunal "
        "administratif.\n\n"
        "Le maire, Patrick Soulier, défend un projet qui doit créer 350 emplois. «\u00a0Nous avons "
        "obtenu que les camions empruntent un accès direct à l'autoroute, a-t-il fait valoir, et "
        "aucun ne traversera le centre-bourg.\u00a0»\n\n"
        "Logivance a assuré, dans un communiqué, que le site serait certifié haute qualité "
        "environnementale et que des panneaux solaires couvriraient l'intégralité de la "
        "toiture. Une réunion publique est prévue le 9 décembre.",
        [
            (
                I,
                [
                    "l'enquête publique s'est tenue en plein mois d'août, quand la moitié d'entre "
                    "eux étaient en vacances"
                ],
                "riverains",
            ),
            (
                D,
                [
                    "Nous avons obtenu que les camions empruntent un accès direct à l'autoroute",
                    "et aucun ne traversera le centre-bourg.",
                ],
                "Patrick Soulier",
            ),
            (
                I,
                [
                    "le site serait certifié haute qualité environnementale et que des panneaux "
                    "solaires couvriraient l'intégralité de la toiture"
                ],
                "Logivance",
            ),
        ],
    ),
    (  # 15 microplastics in bottled water: agency with acronym, "Selon l'agence," (generic
        # noun for the agency), industry body partial "juge l'avis « rassurant »", expert
        # colon cue with "invite à la prudence" (noun object) and final period kept
        "L'Agence nationale de sécurité sanitaire des aliments (ANSSA) a publié jeudi un avis sur "
        "la présence de microplastiques dans les eaux en bouteille vendues en France. Selon "
        "l'agence, les concentrations mesurées ne présentent pas de risque sanitaire avéré, mais "
        "les données restent insuffisantes pour conclure sur les effets à long terme.\n\n"
        "Sur les 42 références analysées, neuf dépassaient le seuil de vigilance fixé par les "
        "experts. Le rapport ne cite pas les marques concernées.\n\n"
        "Du côté des industriels, la Maison des eaux minérales juge l'avis «\u00a0rassurant\u00a0» "
        "pour les consommateurs.\n\n"
        "Le toxicologue Arnaud Mbemba, qui n'a pas participé aux travaux, invite à la "
        "prudence\u00a0: «\u00a0On retrouve aussi des microplastiques dans l'eau du robinet, le "
        "sel "
        "ou le poisson. L'eau en bouteille n'est qu'une source parmi d'autres.\u00a0»",
        [
            (
                I,
                [
                    "les concentrations mesurées ne présentent pas de risque sanitaire avéré, mais "
                    "les données restent insuffisantes pour conclure sur les effets à long terme"
                ],
                "Agence nationale de sécurité sanitaire des aliments",
            ),
            (P, ["rassurant"], "Maison des eaux minérales"),
            (
                D,
                [
                    "On retrouve aussi des microplastiques dans l'eau du robinet, le sel ou le "
                    "poisson. L'eau en bouteille n'est qu'une source parmi d'autres."
                ],
                "Arnaud Mbemba",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 infant formula recall: agency "said" without "that" (indirect), curly direct +
        # "said Name, a spokeswoman for X" (named person speaks), shopper's direct + "she said"
        "Nutrilac, one of the country’s largest makers of infant formula, has recalled three "
        "batches of its Stage 1 powder after tests found traces of Cronobacter bacteria at its "
        "plant in Wrexham.\n\n"
        "The National Food Safety Agency said no illnesses had been linked to the affected tins, "
        "which were sold at major supermarkets and pharmacies between August and October.\n\n"
        "“We took the decision to recall as soon as the first positive result came back. The "
        "safety of babies comes before everything else,” said Helen Okafor, a spokeswoman for "
        "Nutrilac. Parents can return the tins to any store for a full refund.\n\n"
        "Rachel Adeyemi, a mother of twins from Chester, found out about the recall on social "
        "media. “Nobody from the shop told me anything. I’d fed them from that tin for a week,” "
        "she said.\n\n"
        "The batch numbers are printed on the base of each tin.",
        [
            (
                I,
                [
                    "no illnesses had been linked to the affected tins, which were sold at major "
                    "supermarkets and pharmacies between August and October"
                ],
                "National Food Safety Agency",
            ),
            (
                D,
                [
                    "We took the decision to recall as soon as the first positive result came "
                    "back. The safety of babies comes before everything else"
                ],
                "Helen Okafor",
            ),
            (
                D,
                ["Nobody from the shop told me anything. I’d fed them from that tin for a week"],
                "Rachel Adeyemi",
            ),
        ],
    ),
    (  # 2 supermarket price rises: "according to figures from" trap (not annotated), partial
        # inside "told reporters the increases were “…”", shopper's direct, "the chief
        # executive said" (role alone) after a direct
        "Shoppers at Fairway supermarkets will pay more for bread, milk and eggs from Monday "
        "after the chain raised prices on more than 400 everyday items, blaming higher energy and "
        "wage costs.\n\n"
        "The rises come as food inflation reached 6.8 per cent in October, according to figures "
        "from the Office for Retail Statistics.\n\n"
        "Fairway’s chief executive, Simon Achterberg, told reporters the increases were “the "
        "smallest we could get away with”.\n\n"
        "At the Fairway store in Leyton, Dorota Kowalczyk was filling her basket with own-brand "
        "products. “I come here for two or three things now. Everything else I buy at the "
        "discount place down the road,” she said.\n\n"
        "“We know families are struggling, but if we don’t pass on some of our costs, we put "
        "jobs at risk,” the chief executive said. Fairway employs 38,000 people in 410 stores.",
        [
            (P, ["the smallest we could get away with"], "Simon Achterberg"),
            (
                D,
                [
                    "I come here for two or three things now. Everything else I buy at the "
                    "discount place down the road"
                ],
                "Dorota Kowalczyk",
            ),
            (
                D,
                [
                    "We know families are struggling, but if we don’t pass on some of our costs, "
                    "we put jobs at risk"
                ],
                "Simon Achterberg",
            ),
        ],
    ),
    (  # 3 parcel text scam: police force said (no "that"), scare quotes “redelivery fee” not
        # speech, colon cue with a direct running over two paragraphs (first left open), son's
        # partial inside reported speech
        "Lancashire Police said more than 600 people had reported fake delivery texts in the "
        "past month, with losses totalling £210,000.\n\n"
        "Each message contains a link to a fake courier website asking for a small “redelivery "
        "fee”. Victims who enter their card details are then called by fraudsters posing as bank "
        "staff.\n\n"
        "Detective Inspector Gareth Owusu, who leads the force’s economic crime unit, said: "
        "“These gangs are organised and they are patient. They will wait days before they use "
        "your details, so people don’t connect the two.\n\n"
        "“If you get a text like this, don’t click the link. Delete it and report it.”\n\n"
        "Among the victims is Beryl Thwaite, 79, from Preston, who lost £3,400. Her son, Martin "
        "Thwaite, said his mother had been “too embarrassed to tell anyone” for almost a week.",
        [
            (
                I,
                [
                    "more than 600 people had reported fake delivery texts in the past month, "
                    "with losses totalling £210,000"
                ],
                "Lancashire Police",
            ),
            (
                D,
                [
                    "These gangs are organised and they are patient. They will wait days before "
                    "they use your details, so people don’t connect the two.",
                    "If you get a text like this, don’t click the link. Delete it and report it.",
                ],
                "Gareth Owusu",
            ),
            (P, ["too embarrassed to tell anyone"], "Martin Thwaite"),
        ],
    ),
    (  # 4 delivery job cuts: reported clause before "its chief executive, Name, announced"
        # (indirect, the part before), press-conference question with a noun ("Asked about")
        # and "she replied" (Ms + surname earlier), union partial "called … “…”"
        "Swiftbox, the same-day delivery company, will cut 1,200 jobs across its UK depots and "
        "close its Bristol hub, its chief executive, Priya Nair-Baxter, announced on Tuesday.\n\n"
        "The company has struggled since the pandemic boom in online orders came to an end, and "
        "lost £74 million in the year to March. Its vans now make around 90,000 deliveries a "
        "day, down from 160,000 at the peak.\n\n"
        "At a press conference in Reading, Ms Nair-Baxter took questions for almost an hour. "
        "Asked about redundancy pay for drivers, she replied: “Every employee will receive at "
        "least the statutory amount, and most will get considerably more.”\n\n"
        "The Independent Couriers’ Union called the announcement “a betrayal of the people who "
        "kept the country fed during lockdown”. The union is balloting its members on strike "
        "action.",
        [
            (
                I,
                [
                    "Swiftbox, the same-day delivery company, will cut 1,200 jobs across its UK "
                    "depots and close its Bristol hub"
                ],
                "Priya Nair-Baxter",
            ),
            (
                D,
                [
                    "Every employee will receive at least the statutory amount, and most will get "
                    "considerably more."
                ],
                "Priya Nair-Baxter",
            ),
            (
                P,
                ["a betrayal of the people who kept the country fed during lockdown"],
                "Independent Couriers’ Union",
            ),
        ],
    ),
    (  # 5 drip pricing: partial "described the practice as “…”" after an apposition, one
        # direct split by "she said," (two spans), unnamed spokeswoman → organisation with a
        # colon cue and final period kept
        "Of the 50 ticketing and travel websites examined by the consumer group Shopper Watch, 31 "
        "added compulsory charges only at the final step of checkout, including booking fees, "
        "service charges and seat reservation costs.\n\n"
        "The group’s director of policy, Amara Lindqvist, described the practice as “drip "
        "pricing at its most cynical”.\n\n"
        "“You think you’re paying £40 for a concert ticket,” she said, “and by the time you "
        "reach the checkout you’re paying £58. By then you’ve spent twenty minutes on the site, "
        "so you just click buy.”\n\n"
        "A ban on hidden compulsory fees is due to come into force in April under new consumer "
        "legislation, with fines of up to 10 per cent of global turnover.\n\n"
        "A spokeswoman for the Fair Trading Office said: “Businesses should not wait for the law "
        "to change before they start treating customers fairly.”",
        [
            (P, ["drip pricing at its most cynical"], "Amara Lindqvist"),
            (
                D,
                [
                    "You think you’re paying £40 for a concert ticket",
                    "and by the time you reach the checkout you’re paying £58. By then you’ve "
                    "spent twenty minutes on the site, so you just click buy.",
                ],
                "Amara Lindqvist",
            ),
            (
                D,
                [
                    "Businesses should not wait for the law to change before they start treating "
                    "customers fairly."
                ],
                "Fair Trading Office",
            ),
        ],
    ),
    (  # 6 airbag recall: "…, the agency said." (indirect, the part before), company partial
        # "said it was “…”", garage owner's direct + "Mr Surname said" (title + surname)
        "Carmaker Veltra is recalling 84,000 vehicles in Britain over a fault that can stop the "
        "front passenger airbag from deploying in a crash. The recall covers Orbis and Orbis "
        "Sport models built between 2021 and 2023.\n\n"
        "Owners should contact their dealer to book a free repair, which takes around an hour, "
        "the Vehicle Safety Standards Agency said.\n\n"
        "In a statement, Veltra said it was “deeply sorry for the inconvenience” caused to its "
        "customers.\n\n"
        "Kwame Asante-Boateng runs an independent garage in Luton, where the phone has not "
        "stopped ringing since the recall was made public. “People are worried, and rightly so. "
        "But the dealers are going to be swamped — some are already quoting February for "
        "appointments,” Mr Asante-Boateng said. Veltra dealers will open on Saturdays until "
        "the end of January to cope with demand.",
        [
            (
                I,
                [
                    "Owners should contact their dealer to book a free repair, which takes around "
                    "an hour"
                ],
                "Vehicle Safety Standards Agency",
            ),
            (P, ["deeply sorry for the inconvenience"], "Veltra"),
            (
                D,
                [
                    "People are worried, and rightly so. But the dealers are going to be swamped "
                    "— some are already quoting February for appointments"
                ],
                "Kwame Asante-Boateng",
            ),
        ],
    ),
    (  # 7 energy price cap, straight quotes: "pointed to" + noun (not annotated), "A," she
        # said. "B." (two directs, same speaker, Dr dropped), campaigner's partial "called the
        # rise "…""
        "From January, household energy bills will rise by an average of £96 a year under the "
        "new price cap set by the regulator Powerwatch, taking the typical annual bill to "
        "£1,834.\n\n"
        "The regulator's chief executive, Dr Fiona McAllister, pointed to higher wholesale gas "
        'prices over the autumn. "We understand this is unwelcome news, especially going into '
        'winter," she said. "Support is available, and we want every supplier to make sure '
        'customers know about it."\n\n'
        "Campaigners reacted angrily. Tom Brannigan, of the charity Fuel Justice, called the "
        'rise "another kick in the teeth for families already rationing their heating".\n\n'
        "Suppliers must publish their new tariffs by December 15, and customers on fixed deals "
        "will not be affected until their contracts end. The cap is reviewed every three months.",
        [
            (
                D,
                ["We understand this is unwelcome news, especially going into winter"],
                "Fiona McAllister",
            ),
            (
                D,
                [
                    "Support is available, and we want every supplier to make sure customers "
                    "know about it."
                ],
                "Fiona McAllister",
            ),
            (
                P,
                ["another kick in the teeth for families already rationing their heating"],
                "Tom Brannigan",
            ),
        ],
    ),
    (  # 8 salmonella outbreak: unnamed "a spokesman for X said" after → X, "Residents … said"
        # (group, indirect), parent's direct after a colon cue
        "Health officials in Leicester are investigating an outbreak of salmonella linked to "
        "three branches of the fried chicken chain Crispy Junction, after 27 people fell ill last "
        "week. Eleven of them were treated in hospital. Environmental health inspectors visited "
        "all three kitchens on Monday and took samples.\n\n"
        "The chain has voluntarily closed the three branches while the investigation continues. "
        "“We are cooperating fully with the authorities and have brought in independent food "
        "safety experts,” a spokesman for Crispy Junction said.\n\n"
        "Residents near the Narborough Road branch said they had complained to the council about "
        "hygiene at the restaurant for months.\n\n"
        "Yusuf Patel, 34, whose daughter was among those taken to hospital, said: “She was on a "
        "drip for two days. I just want to know how this was allowed to happen.”",
        [
            (
                D,
                [
                    "We are cooperating fully with the authorities and have brought in "
                    "independent food safety experts"
                ],
                "Crispy Junction",
            ),
            (
                I,
                ["they had complained to the council about hygiene at the restaurant for months"],
                "residents",
            ),
            (
                D,
                [
                    "She was on a drip for two days. I just want to know how this was allowed to "
                    "happen."
                ],
                "Yusuf Patel",
            ),
        ],
    ),
    (  # 9 counterfeit goods: operation nickname in quotes not speech, relative "which said in
        # a statement that" (indirect), "singled out" + noun (not annotated) then direct + "she
        # said", partial "described … as “…”"
        "Trading standards officers seized more than 9,000 counterfeit items, including fake "
        "phone chargers, perfumes and children’s toys, in a series of raids in Birmingham as part "
        "of an investigation nicknamed “Operation Mirror”.\n\n"
        "The goods had been sold through listings on the online marketplace Tradely, which said "
        "in a statement that it had removed 1,400 listings and suspended 37 sellers.\n\n"
        "Lead officer Sunita Ramaswamy singled out the chargers. “Some of these have no fuse at "
        "all. Plug one in overnight next to a child’s bed and you have a genuine fire risk,” she "
        "said.\n\n"
        "Mark Delaney, of the Electrical Safety Trust, described online marketplaces as “the "
        "wild west of product safety”. Officers also found boxes of counterfeit skin creams with "
        "no list of ingredients, which can cause serious allergic reactions.",
        [
            (I, ["it had removed 1,400 listings and suspended 37 sellers"], "Tradely"),
            (
                D,
                [
                    "Some of these have no fuse at all. Plug one in overnight next to a child’s "
                    "bed and you have a genuine fire risk"
                ],
                "Sunita Ramaswamy",
            ),
            (P, ["the wild west of product safety"], "Mark Delaney"),
        ],
    ),
    (  # 10 buy now, pay later: "…, according to the debt charity X." (the part before,
        # generic noun dropped), colon cue with a direct over two paragraphs
        "Almost one in five users of buy-now-pay-later services missed a payment in the past "
        "year, according to the debt charity StepAhead. Around 11 million people in Britain "
        "have used such a service at least once.\n\n"
        "The charity’s chief executive, Grace Mwangi, said: “These products are sold as "
        "harmless, interest-free convenience. For many young people they have become a way of "
        "paying for groceries.\n\n"
        "“When you are using credit to buy food, something has gone badly wrong.”\n\n"
        "Paylo, the market leader, charged late fees to fewer than 2 per cent of its customers "
        "last year. Its app has been downloaded more than eight million times in Britain.\n\n"
        "Regulation of the sector, first announced in 2023, is expected to come into force next "
        "year, with lenders required to run affordability checks.",
        [
            (
                I,
                [
                    "Almost one in five users of buy-now-pay-later services missed a payment in "
                    "the past year"
                ],
                "StepAhead",
            ),
            (
                D,
                [
                    "These products are sold as harmless, interest-free convenience. For many "
                    "young people they have become a way of paying for groceries.",
                    "When you are using credit to buy food, something has gone badly wrong.",
                ],
                "Grace Mwangi",
            ),
        ],
    ),
    (  # 11 shrinkflation: scare-quoted term not speech, "blames" + noun (not annotated),
        # unnamed "a Kestrel spokeswoman" → Kestrel Foods, partial "said she felt “…”" then
        # a direct + "she said"
        "The chocolate bar that used to weigh 200g now weighs 180g, but costs the same £2.10. "
        "Welcome to the world of so-called “shrinkflation”, which has spread to hundreds of "
        "products on supermarket shelves over the past two years. Crisps, coffee and washing "
        "powder have all been affected.\n\n"
        "Kestrel Foods, which makes the Duo bar, blames cocoa prices, which have tripled since "
        "2024. “We had a choice between raising the price and reducing the size. We think most "
        "customers prefer the second option,” a Kestrel spokeswoman said.\n\n"
        "Not everyone agrees. Bernadette O’Sullivan, 66, a retired teacher shopping in Cork, "
        "said she felt “cheated”. “They think we won’t notice. We notice,” she said.\n\n"
        "Under rules introduced in Ireland last year, shops must display the price per kilo on "
        "every shelf label.",
        [
            (
                D,
                [
                    "We had a choice between raising the price and reducing the size. We think "
                    "most customers prefer the second option"
                ],
                "Kestrel Foods",
            ),
            (P, ["cheated"], "Bernadette O’Sullivan"),
            (D, ["They think we won’t notice. We notice"], "Bernadette O’Sullivan"),
        ],
    ),
    (  # 12 paid returns: "told investors on Wednesday that" (indirect), shopper's direct with
        # inversion "said Name, a …"
        "Online fashion retailer Modalia will start charging customers £2.95 to return items "
        "bought online, becoming the latest retailer to end free returns. The charge will not "
        "apply to faulty goods or to members of its £9.99-a-year delivery club.\n\n"
        "Modalia’s chief operating officer, Lars Henriksen, told investors on Wednesday that "
        "returns had cost the business £46 million last year, much of it in shipping and "
        "repackaging.\n\n"
        "Returns made up almost a third of Modalia’s online orders in 2025, one of the highest "
        "rates in the sector, as customers ordered several sizes of the same item and sent most "
        "of them back.\n\n"
        "Outside the company’s flagship store in Manchester, shoppers were less enthusiastic. "
        "“I’ll just go back to buying in store, or I’ll shop somewhere else,” said Chloe "
        "Baptiste, a 24-year-old student.",
        [
            (
                I,
                [
                    "returns had cost the business £46 million last year, much of it in shipping "
                    "and repackaging"
                ],
                "Lars Henriksen",
            ),
            (
                D,
                ["I’ll just go back to buying in store, or I’ll shop somewhere else"],
                "Chloe Baptiste",
            ),
        ],
    ),
    (  # 13 dog food recall: vet's direct + "Dr Surname said" (Dr dropped), "The company said
        # it had … and that …" (one indirect span, generic noun → company name)
        "Barkwell Pet Foods has recalled two varieties of its dry dog food after dozens of dogs "
        "fell ill with vitamin D poisoning across East Anglia.\n\n"
        "Dr Anjali Sethi, a vet at the Riverside Animal Hospital in Norwich, has treated six "
        "dogs in a fortnight. “They came in vomiting and refusing food. Two needed several days "
        "on a drip,” Dr Sethi said.\n\n"
        "The company said it had traced the problem to a vitamin premix supplied by a third "
        "party, and that all remaining stock had been withdrawn from sale.\n\n"
        "Affected bags carry best-before dates between March and May 2027. Owners can return "
        "them to the shop where they were bought, with or without a receipt, and should contact "
        "a vet if their dog shows signs of thirst, vomiting or weight loss.",
        [
            (
                D,
                ["They came in vomiting and refusing food. Two needed several days on a drip"],
                "Anjali Sethi",
            ),
            (
                I,
                [
                    "it had traced the problem to a vitamin premix supplied by a third party, and "
                    "that all remaining stock had been withdrawn from sale"
                ],
                "Barkwell Pet Foods",
            ),
        ],
    ),
    (  # 14 travel agent collapse, straight quotes: "A," said Name. "B." (two directs, particle
        # al-), ombudsman's partial inside "said the case showed "…""
        "Thousands of holidaymakers are trying to recover their money after the online travel "
        "agent SunSeeker Direct collapsed on Thursday, cancelling all future bookings. Around "
        "38,000 customers had trips booked with the firm, which had been trading for eleven "
        "years.\n\n"
        "Many paid by bank transfer and are not covered by card protection. "
        '"We paid £4,600 for a family trip to Crete in August. The money is just gone," said '
        'Ahmed al-Rashid, from Bradford. "Nobody answers the phone, and the website has '
        'disappeared."\n\n'
        "The travel ombudsman, Patricia Nwosu-Kent, said the case showed "
        '"exactly why people should never pay a travel company by transfer".\n\n'
        "Customers who paid by credit card can claim a refund from their card provider, and "
        "package holidays are protected by the industry bond scheme.",
        [
            (
                D,
                ["We paid £4,600 for a family trip to Crete in August. The money is just gone"],
                "Ahmed al-Rashid",
            ),
            (
                D,
                ["Nobody answers the phone, and the website has disappeared."],
                "Ahmed al-Rashid",
            ),
            (
                P,
                ["exactly why people should never pay a travel company by transfer"],
                "Patricia Nwosu-Kent",
            ),
        ],
    ),
    (  # 15 loyalty card data: "The commission said" (generic noun → full name), two
        # spokespeople of the same kind introduced by apposition after the quote / before
        # a partial
        "The Information Standards Commission has opened an inquiry into how two of the "
        "country’s biggest supermarket chains, Harvest Foods and Greenlane, share loyalty card "
        "data with advertisers. The commission said it had received more than 200 complaints "
        "since the summer.\n\n"
        "Both chains sell anonymised purchase histories to food and drink brands, which use them "
        "to target promotions at individual shoppers.\n\n"
        "“No customer can be identified from the data we share, and customers can opt out at "
        "any time,” said Joanne Pereira, a spokeswoman for Harvest Foods.\n\n"
        "Tobias Klein, a spokesman for Greenlane, said the chain had “always gone beyond what "
        "the law requires”.\n\n"
        "Harvest Foods has around 14 million loyalty card holders, Greenlane about nine million. "
        "The inquiry is expected to report next spring and could lead to fines.",
        [
            (
                I,
                ["it had received more than 200 complaints since the summer"],
                "Information Standards Commission",
            ),
            (
                D,
                [
                    "No customer can be identified from the data we share, and customers can opt "
                    "out at any time"
                ],
                "Joanne Pereira",
            ),
            (P, ["always gone beyond what the law requires"], "Tobias Klein"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout86.jsonl"),
        "heldout86",
        "h86",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
