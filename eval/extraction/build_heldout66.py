"""Source of the sixty-sixth held-out set: writes heldout66.jsonl (split "heldout66").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
agriculture and rural news: farmers' protests and blockades, drought and irrigation bans,
harvests, subsidies and farm aid, livestock disease, farmers' unions and young farmers' groups,
rural councils, cooperatives and food prices, with quotes of farmers, union leaders, officials,
cooperatives and experts.
Measured once before (extractor 0.23.1) and once with 0.24.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout66.py
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
    (  # 1 tractors at the prefecture: plain spaces, banner slogan in « » not speech, union
        # president in apposition after "a lancé", question ending "?" before the frame comma,
        # later "M. X a salué « un premier pas »" (partial)
        "Plus de 300 tracteurs ont convergé mardi matin vers la préfecture de "
        "Saint-Aubrac-sur-Lenne, à l'appel de la Fédération départementale des exploitants "
        "agricoles (FDEA) et des Jeunes Exploitants. Des bottes de paille ont été déversées devant "
        "les grilles, et une banderole « Pas de paysans, pas de pain » a été accrochée aux "
        "barrières.\n\n"
        "« Nous ne repartirons pas tant que le préfet ne nous aura pas reçus », a lancé au micro "
        "le président de la FDEA, Gérard Lacombe-Rivière, éleveur de bovins à Marsac. Les "
        "manifestants dénoncent notamment le retard de versement des aides de la politique "
        "agricole commune, qui atteint parfois huit mois dans le département.\n\n"
        "« On nous demande d'avancer l'argent à l'État. Avec quelle trésorerie ? », s'interroge "
        "Maëlle Quéré, 29 ans, installée en maraîchage bio depuis 2023 sur quatre hectares à "
        "Vernhes. Comme elle, plusieurs jeunes agriculteurs ont dû contracter un prêt de court "
        "terme pour payer leurs semences.\n\n"
        "En fin de matinée, une délégation de huit responsables syndicaux a été reçue par le "
        "préfet pendant près de deux heures. À la sortie, M. Lacombe-Rivière a salué « un premier "
        "pas », sans pour autant lever les barrages filtrants installés sur la RN 88.",
        [
            (
                D,
                ["Nous ne repartirons pas tant que le préfet ne nous aura pas reçus"],
                "Gérard Lacombe-Rivière",
            ),
            (
                D,
                ["On nous demande d'avancer l'argent à l'État. Avec quelle trésorerie ?"],
                "Maëlle Quéré",
            ),
            (P, ["un premier pas"], "Gérard Lacombe-Rivière"),
        ],
    ),
    (  # 2 irrigation ban: no-break spaces, anonymous grower ("un céréalier") after the quote,
        # "réclame un dispositif" (noun object, not annotated), quote after "tempère :" over two
        # sentences with its final period inside the marks, name with an apostrophe (N'Diaye)
        "Pour la troisième année consécutive, l'irrigation est interdite depuis lundi sur "
        "l'ensemble du bassin de la Sérène. L'arrêté préfectoral, qui place 212 communes en "
        "niveau de crise, prive d'eau près de 1\u00a0400 exploitations au moment où le maïs entre "
        "en floraison.\n\n"
        "«\u00a0Sans eau dans les quinze prochains jours, je perds la moitié de ma récolte, "
        "peut-être plus\u00a0», calcule un céréalier de Villefranche-d'Orbe, qui a préféré garder "
        "l'anonymat. Sur ses 90 hectares de maïs, un tiers n'a reçu qu'un seul tour d'arrosage "
        "depuis juin.\n\n"
        "La chambre d'agriculture de la Haute-Sérène chiffre déjà les pertes à plus de 40 millions "
        "d'euros pour le département. Son président, Armand Teyssier-Lafon, réclame un dispositif "
        "d'indemnisation dès cet automne.\n\n"
        "L'hydrologue Sophie N'Diaye, de l'université de Montclar, tempère\u00a0: «\u00a0Les "
        "nappes sont à leur plus bas niveau depuis 1976. Même si l'on ouvrait les vannes, il n'y "
        "aurait tout simplement rien à pomper.\u00a0»",
        [
            (
                D,
                [
                    "Sans eau dans les quinze prochains jours, je perds la moitié de ma récolte, "
                    "peut-être plus"
                ],
                "céréalier",
            ),
            (
                D,
                [
                    "Les nappes sont à leur plus bas niveau depuis 1976. Même si l'on ouvrait les "
                    "vannes, il n'y aurait tout simplement rien à pomper."
                ],
                "Sophie N'Diaye",
            ),
        ],
    ),
    (  # 3 cattle disease: « » without inner spaces, minister in apposition then "a-t-elle
        # déclaré", quote split by an incise ending in a period ("lâche X, dont ... .") inside
        # one pair of marks (two pieces), vet with a particle (de Villaret) and a partial
        "Un deuxième foyer de dermatose nodulaire contagieuse a été confirmé jeudi dans un élevage "
        "de Blanc-Rocher, à une vingtaine de kilomètres du premier. Les 85 vaches du troupeau "
        "doivent être abattues d'ici samedi, conformément au protocole sanitaire national.\n\n"
        "La ministre de l'Agriculture, Claire Ambrosini-Vidal, a réuni dans la soirée une cellule "
        "de crise avec les représentants de la filière. «Nous n'avons pas d'autre choix si nous "
        "voulons éviter que la maladie ne s'installe», a-t-elle déclaré à l'issue de la "
        "réunion.\n\n"
        "Sur place, la colère domine. «On a mis trente ans à construire ce troupeau, lâche "
        "Josiane Carrère, dont l'exploitation jouxte l'élevage touché. Et on voudrait nous faire "
        "croire qu'abattre les bêtes saines est la seule solution ?»\n\n"
        "La vétérinaire Hélène de Villaret, qui suit plusieurs élevages du secteur, juge au "
        "contraire la mesure «\u00a0douloureuse mais indispensable\u00a0». Le virus se transmet "
        "principalement par les insectes piqueurs, qui peuvent parcourir plusieurs kilomètres.",
        [
            (
                D,
                [
                    "Nous n'avons pas d'autre choix si nous voulons éviter que la maladie ne "
                    "s'installe"
                ],
                "Claire Ambrosini-Vidal",
            ),
            (
                D,
                [
                    "On a mis trente ans à construire ce troupeau",
                    "Et on voudrait nous faire croire qu'abattre les bêtes saines est la seule "
                    "solution ?",
                ],
                "Josiane Carrère",
            ),
            (P, ["douloureuse mais indispensable"], "Hélène de Villaret"),
        ],
    ),
    (  # 4 milk price cut: cooperative as speaker ("La coopérative laitière Terres d'Ancre" ->
        # name, "elle invoque « ... »" partial), "a annoncé une baisse" (noun object), union
        # president after the quote, silent director (no quote), unnamed producer after a colon
        "La coopérative laitière Terres d'Ancre, qui collecte le lait de 1 150 exploitations dans "
        "l'Ouest, a annoncé mardi une baisse de 18 euros par 1 000 litres du prix payé aux "
        "producteurs à partir de janvier. Dans un communiqué, elle invoque « un effondrement des "
        "cours du beurre et de la poudre de lait sur les marchés mondiaux ».\n\n"
        "La décision passe mal. « C'est la troisième baisse en un an. À ce prix-là, on travaille "
        "pour rembourser la banque », résume Karim Benhaddou, président des Jeunes Exploitants de "
        "Loire-Vilaine. Son syndicat appelle les adhérents à une assemblée extraordinaire le "
        "12 décembre.\n\n"
        "Le prix de base de Terres d'Ancre reste toutefois supérieur de 6 euros à la moyenne "
        "nationale. Joint par téléphone, le directeur général de la coopérative, Yannick Le Gall, "
        "n'a pas souhaité s'exprimer.\n\n"
        "Un producteur de Saint-Méen-des-Prés, adhérent depuis vingt-deux ans, ne cache pas sa "
        "lassitude : « Si rien ne change d'ici le printemps, je vends mes vaches. »",
        [
            (
                P,
                [
                    "un effondrement des cours du beurre et de la poudre de lait sur les marchés "
                    "mondiaux"
                ],
                "Terres d'Ancre",
            ),
            (
                D,
                [
                    "C'est la troisième baisse en un an. À ce prix-là, on travaille pour "
                    "rembourser la banque"
                ],
                "Karim Benhaddou",
            ),
            (D, ["Si rien ne change d'ici le printemps, je vends mes vaches."], "producteur"),
        ],
    ),
    (  # 5 regional aid for young farmers: vice-president in apposition with "a indiqué que"
        # (indirect), then "a plaidé Mme X" after a two-sentence quote, "Pour son chef de file,
        # X, « ... »" (direct)
        "Le conseil régional des Pays-de-Sérène a voté vendredi une enveloppe de 24 millions "
        "d'euros destinée à l'installation des jeunes agriculteurs, soit une hausse de 30 % par "
        "rapport à 2026. Le texte a été adopté par 61 voix contre 12.\n\n"
        "La vice-présidente chargée de l'agriculture, Nadège Oyono-Mercier, a indiqué que le "
        "montant de la dotation pourrait atteindre 45 000 euros pour un projet en élevage. « Un "
        "agriculteur sur deux partira à la retraite dans les dix ans. Si on ne facilite pas les "
        "reprises, ce sont des fermes entières qui seront rachetées par des fonds », a plaidé "
        "Mme Oyono-Mercier devant l'assemblée.\n\n"
        "L'opposition a voté contre. Pour son chef de file, Bertrand Aucoin, « cet argent arrive "
        "trop tard et ne règle en rien la question du foncier ».\n\n"
        "L'an dernier, 2 300 exploitations ont changé de main dans la région, dont moins de la "
        "moitié au profit d'un jeune installé.",
        [
            (
                I,
                [
                    "le montant de la dotation pourrait atteindre 45 000 euros pour un projet en élevage"
                ],
                "Nadège Oyono-Mercier",
            ),
            (
                D,
                [
                    "Un agriculteur sur deux partira à la retraite dans les dix ans. Si on ne "
                    "facilite pas les reprises, ce sont des fermes entières qui seront rachetées "
                    "par des fonds"
                ],
                "Nadège Oyono-Mercier",
            ),
            (
                D,
                ["cet argent arrive trop tard et ne règle en rien la question du foncier"],
                "Bertrand Aucoin",
            ),
        ],
    ),
    (  # 6 hail and wine harvest: straight " " in French, name with a particle (da Silva),
        # "a demandé la reconnaissance" (noun object), director in apposition at the end
        "Les vendanges se sont achevées cette semaine dans le vignoble de "
        "Sainte-Colombe-des-Aspres sur un bilan amer : 38 000 hectolitres récoltés, contre "
        "61 000 en année normale. L'orage de grêle du 14 juillet a détruit en vingt minutes une "
        "bonne partie des vignes des coteaux nord.\n\n"
        '"Je n\'ai jamais vu ça en quarante ans de métier", confie Joaquim Ferreira da Silva, '
        "vigneron à Montjoux. Sur ses 12 hectares, il n'a vendangé que trois parcelles, et son "
        "chai est aux trois quarts vide.\n\n"
        "Le syndicat des vignerons des Aspres a demandé la reconnaissance de l'état de calamité "
        "agricole. La moitié des exploitants touchés n'étaient pas assurés contre la grêle, les "
        "primes ayant doublé en cinq ans.\n\n"
        "La cave coopérative de Montjoux, qui vinifie le raisin de 140 adhérents, puisera pour sa "
        'part dans ses stocks pour honorer ses contrats. "Nous tiendrons cette année. Une '
        'deuxième comme celle-là, personne ne peut la garantir", prévient son directeur, Patrice '
        "Oulmi.",
        [
            (D, ["Je n'ai jamais vu ça en quarante ans de métier"], "Joaquim Ferreira da Silva"),
            (
                D,
                [
                    "Nous tiendrons cette année. Une deuxième comme celle-là, personne ne peut la "
                    "garantir"
                ],
                "Patrice Oulmi",
            ),
        ],
    ),
    (  # 7 food prices and trade talks: partial inside "a prévenu qu'il refuserait « ... »"
        # (only the partial), question quote with "interroge X" after, association as speaker
        # ("L'association de consommateurs Panier Juste" -> name) with a partial after "redoute que"
        "Le prix du panier de courses a encore augmenté de 2,4 % sur un an en novembre. Les "
        "produits laitiers et la viande bovine tirent la hausse, tandis que les fruits et légumes "
        "reculent légèrement. Le beurre et le bœuf haché ont progressé de plus de 5 % en un an.\n\n"
        "Ouvertes le 1er décembre, les négociations commerciales annuelles entre industriels et "
        "distributeurs s'annoncent tendues. Le patron de l'enseigne Marché Plus, Vincent "
        "Delaroche-Morin, a prévenu qu'il refuserait « toute hausse de tarif non justifiée par "
        "les coûts agricoles ».\n\n"
        "Côté producteurs, la colère monte. « Sur un litre de lait vendu 1,15 euro en rayon, "
        "l'éleveur touche à peine 48 centimes. Où va le reste ? », interroge Ousmane Diallo, "
        "secrétaire général de la Fédération des producteurs laitiers du Nord-Ouest.\n\n"
        "L'association de consommateurs Panier Juste, elle, redoute que les ménages modestes ne "
        "soient « une nouvelle fois les premières victimes » de ce bras de fer.",
        [
            (
                P,
                ["toute hausse de tarif non justifiée par les coûts agricoles"],
                "Vincent Delaroche-Morin",
            ),
            (
                D,
                [
                    "Sur un litre de lait vendu 1,15 euro en rayon, l'éleveur touche à peine "
                    "48 centimes. Où va le reste ?"
                ],
                "Ousmane Diallo",
            ),
            (P, ["une nouvelle fois les premières victimes"], "Panier Juste"),
        ],
    ),
    (  # 8 wolf attacks: no-break spaces, "dénonce X" after, an unattributed quote continuing
        # the same speaker in a new sentence (two quotes, both his), prefect named in
        # apposition then "a assuré la préfète" (role alone)
        "Une centaine d'éleveurs ont manifesté samedi à Castelvert après une nouvelle attaque de "
        "loup qui a coûté la vie à 27 brebis dans la nuit de mercredi à jeudi. C'est la "
        "quatorzième attaque recensée depuis le printemps dans le massif du Haut-Verdon.\n\n"
        "«\u00a0On nous demande de protéger nos troupeaux avec des chiens et des clôtures, mais "
        "le loup passe quand même\u00a0», dénonce Rémi Baptistin, président des Jeunes Paysans du "
        "Haut-Verdon. «\u00a0Les jeunes ne s'installeront plus en montagne si ça "
        "continue.\u00a0»\n\n"
        "Les bergers de la vallée d'Escoulès, venus avec leurs chiens, ont déposé devant la "
        "sous-préfecture les carcasses de deux brebis. Depuis janvier, plus de 300 animaux ont été "
        "tués ou blessés dans le département, un record.\n\n"
        "Reçue en fin de journée, une délégation a obtenu de la préfète, Anne-Sophie Kervella, "
        "l'autorisation d'un tir de défense renforcé. «\u00a0L'État sera aux côtés des "
        "éleveurs\u00a0», a assuré la préfète. Le tir pourra être effectué pendant trois mois par "
        "des louvetiers.",
        [
            (
                D,
                [
                    "On nous demande de protéger nos troupeaux avec des chiens et des clôtures, "
                    "mais le loup passe quand même"
                ],
                "Rémi Baptistin",
            ),
            (
                D,
                ["Les jeunes ne s'installeront plus en montagne si ça continue."],
                "Rémi Baptistin",
            ),
            (D, ["L'État sera aux côtés des éleveurs"], "Anne-Sophie Kervella"),
        ],
    ),
    (  # 9 municipal council and a water reserve: “ ” in French, slogan on placards not speech,
        # mayor with a particle (du Plessis) then "a-t-il lancé", "a annoncé qu'elle" (indirect),
        # collective as speaker ("Le collectif Bocage Vivant" -> name) with a partial
        "Le conseil municipal de Lussac-en-Bocage a approuvé jeudi soir, par 11 voix contre 8, la "
        "cession d'un terrain communal de 6 hectares pour la construction d'une réserve d'eau "
        "destinée à l'irrigation de neuf exploitations. Une cinquantaine d'opposants, brandissant "
        "des pancartes “L'eau est un bien commun”, s'étaient massés devant la mairie.\n\n"
        "Le maire, Jean-Baptiste du Plessis, a longuement défendu le projet. “Sans cette réserve, "
        "deux de ces exploitations auront fermé d'ici cinq ans. Je préfère l'assumer devant vous "
        "que devant leurs enfants”, a-t-il lancé aux conseillers.\n\n"
        "Élue d'opposition, Fatoumata Sissoko a annoncé qu'elle déposerait un recours devant le "
        "tribunal administratif. Le collectif Bocage Vivant, à l'origine du rassemblement, estime "
        "de son côté que le projet “privatise une ressource qui appartient à tous”.\n\n"
        "La réserve, d'une capacité de 180 000 mètres cubes, serait remplie l'hiver par pompage "
        "dans la nappe. Son coût, estimé à 1,4 million d'euros, serait financé à 70 % par "
        "l'agence de l'eau et le département. Les travaux pourraient débuter au printemps 2028.",
        [
            (
                D,
                [
                    "Sans cette réserve, deux de ces exploitations auront fermé d'ici cinq ans. Je "
                    "préfère l'assumer devant vous que devant leurs enfants"
                ],
                "Jean-Baptiste du Plessis",
            ),
            (
                I,
                ["elle déposerait un recours devant le tribunal administratif"],
                "Fatoumata Sissoko",
            ),
            (P, ["privatise une ressource qui appartient à tous"], "Bocage Vivant"),
        ],
    ),
    (  # 10 sugar factory closure: "La direction invoque une surcapacité" (noun object), quote
        # with an inner "?" (no-break spaces), "Selon X, ..." (indirect, rest of the sentence),
        # "Le syndicaliste réclame « ... »" (partial, role alone)
        "Le groupe sucrier Cristalis a confirmé mercredi la fermeture, à l'issue de la campagne "
        "en cours, de sa sucrerie d'Aulnoy-sur-Somme, qui emploie 128 salariés permanents et "
        "transforme les betteraves de 650 planteurs. La direction invoque une surcapacité "
        "structurelle en Europe.\n\n"
        "Pour les planteurs, le coup est rude. «\u00a0La prochaine sucrerie est à 140 kilomètres. "
        "Qui va payer le transport\u00a0? Pas Cristalis, évidemment\u00a0», ironise Thibault "
        "Vandermeersch, président de l'Association des betteraviers de la Somme-Aval.\n\n"
        "Selon Dominique Achour, délégué du syndicat Solidarité ouvrière sur le site, une "
        "quarantaine de salariés seulement se verraient proposer un reclassement dans une autre "
        "usine du groupe. Le syndicaliste réclame «\u00a0un vrai plan de revitalisation, pas une "
        "plaquette\u00a0».\n\n"
        "La campagne betteravière doit s'achever à la mi-janvier. Les planteurs devront ensuite "
        "livrer à l'usine de Fresnoy-le-Grand. Le site d'Aulnoy, ouvert en 1874, était l'un des "
        "plus anciens de la région. Il avait déjà perdu une soixantaine d'emplois lors d'une "
        "première restructuration en 2019.",
        [
            (
                D,
                [
                    "La prochaine sucrerie est à 140 kilomètres. Qui va payer le transport\u00a0? "
                    "Pas Cristalis, évidemment"
                ],
                "Thibault Vandermeersch",
            ),
            (
                I,
                [
                    "une quarantaine de salariés seulement se verraient proposer un reclassement "
                    "dans une autre usine du groupe"
                ],
                "Dominique Achour",
            ),
            (P, ["un vrai plan de revitalisation, pas une plaquette"], "Dominique Achour"),
        ],
    ),
    (  # 11 motorway blockade against a trade deal: "s'emporte X" after, long apposition,
        # surname alone later with "prévient que le blocage durera « ... »" (partial only)
        "Des agriculteurs bloquaient toujours dimanche soir l'autoroute A 71 à hauteur de "
        "Vierzac, au troisième jour d'une mobilisation contre l'accord commercial entre l'Union "
        "européenne et les pays du Mercosur. Des pneus et des palettes ont été incendiés sur la "
        "chaussée dans la nuit. Le barrage mobilise en permanence une cinquantaine de tracteurs.\n\n"
        "«\u00a0Ils veulent faire entrer du bœuf nourri aux antibiotiques qu'on nous interdit "
        "ici. C'est de la concurrence déloyale, point\u00a0», s'emporte Benoît Hardouin, éleveur "
        "de charolaises et responsable local de la Coordination des paysans libres, en "
        "réchauffant ses mains près d'un brasero.\n\n"
        "Les forces de l'ordre, présentes en nombre aux deux extrémités du barrage, ne sont pas "
        "intervenues. Une déviation a été mise en place par la RN 9.\n\n"
        "Hardouin prévient que le blocage durera «\u00a0aussi longtemps qu'il le "
        "faudra\u00a0». Une assemblée générale est prévue lundi matin pour décider de la suite du "
        "mouvement. Plusieurs centaines de camions sont bloqués sur l'aire de service voisine "
        "depuis vendredi.",
        [
            (
                D,
                [
                    "Ils veulent faire entrer du bœuf nourri aux antibiotiques qu'on nous interdit "
                    "ici. C'est de la concurrence déloyale, point"
                ],
                "Benoît Hardouin",
            ),
            (P, ["aussi longtemps qu'il le faudra"], "Benoît Hardouin"),
        ],
    ),
    (  # 12 avian flu in ducks: "D'après <administration>, ..." (indirect), « » without spaces,
        # "témoigne X" after, then a quote split by "a-t-elle ajouté" (two pieces, final period
        # kept), name with "Ben"
        "L'influenza aviaire refait surface dans le Sud-Ouest. Un foyer a été détecté lundi dans "
        "un élevage de 6 000 canards à Lasserre-d'Arros, et les services vétérinaires ont "
        "instauré une zone de surveillance de 20 kilomètres autour de l'exploitation.\n\n"
        "D'après la direction départementale de la protection des populations, tous les canards "
        "de l'élevage ont été euthanasiés dès mardi. Les 74 élevages de la zone ont interdiction "
        "de déplacer leurs animaux pendant au moins trois semaines.\n\n"
        "«Nous avons vacciné tous nos canetons depuis l'an dernier, et malgré ça, l'angoisse "
        "revient à chaque automne», témoigne Leïla Ben Amor, qui élève 4 000 canards avec son "
        "mari à Castetbon. «Si la zone est prolongée, a-t-elle ajouté, nous ne pourrons pas "
        "livrer pour les fêtes.»\n\n"
        "Le président de l'interprofession du foie gras, Jean-Michel Laborde, doit être reçu la "
        "semaine prochaine au ministère de l'Agriculture. Il y a trois ans, une épizootie similaire "
        "avait entraîné l'abattage de plus de deux millions de volailles dans la région.",
        [
            (
                I,
                ["tous les canards de l'élevage ont été euthanasiés dès mardi"],
                "direction départementale de la protection des populations",
            ),
            (
                D,
                [
                    "Nous avons vacciné tous nos canetons depuis l'an dernier, et malgré ça, "
                    "l'angoisse revient à chaque automne"
                ],
                "Leïla Ben Amor",
            ),
            (
                D,
                ["Si la zone est prolongée", "nous ne pourrons pas livrer pour les fêtes."],
                "Leïla Ben Amor",
            ),
        ],
    ),
    (  # 13 cooperative merger: cue after with the president in apposition, "M. X ... a promis
        # qu'aucun" (indirect), quote with an inner "?", unnamed member ("une adhérente")
        "Les adhérents des coopératives Agrival et Céréalis Sud ont approuvé vendredi, à 78 % des "
        "voix, la fusion des deux groupes. La nouvelle entité, qui prendra le nom d'Alliance "
        "Grains du Sud, rassemblera 9 200 agriculteurs et pèsera près de 1,9 milliard d'euros de "
        "chiffre d'affaires.\n\n"
        "« Seuls, nous n'avions plus la taille pour peser face aux négociants internationaux », a "
        "expliqué à la tribune le président d'Agrival, Hervé Castagnède. M. Castagnède, qui "
        "prendra la présidence du nouvel ensemble, a promis qu'aucun silo ne serait fermé avant "
        "2029.\n\n"
        "Toutes les voix n'étaient pas aussi enthousiastes. « On nous vend une coopérative plus "
        "forte, mais qui décidera vraiment ? Certainement pas le petit producteur de Lomagne », a "
        "regretté une adhérente de Saint-Clar, venue avec son fils.\n\n"
        "Le siège d'Alliance Grains du Sud sera installé à Montauban-de-Garonne. Les deux "
        "coopératives emploient ensemble 1 450 salariés. Les deux conseils d'administration seront "
        "fusionnés à compter du 1er juillet.",
        [
            (
                D,
                [
                    "Seuls, nous n'avions plus la taille pour peser face aux négociants internationaux"
                ],
                "Hervé Castagnède",
            ),
            (I, ["aucun silo ne serait fermé avant 2029"], "Hervé Castagnède"),
            (
                D,
                [
                    "On nous vend une coopérative plus forte, mais qui décidera vraiment ? "
                    "Certainement pas le petit producteur de Lomagne"
                ],
                "adhérente",
            ),
        ],
    ),
    (  # 14 egg prices: wholesaler after the quote, a journalist's question with "va-t-il" (not a
        # cue), then "estime-t-il" after a second quote (same speaker)
        "Les rayons d'œufs se vident dans plusieurs enseignes du Grand Ouest, et les prix "
        "s'envolent : la boîte de douze œufs de plein air se vend désormais 4,60 euros en "
        "moyenne, contre 3,40 euros il y a un an.\n\n"
        "La production nationale a reculé de 7 % en 2026, sous l'effet combiné de la grippe "
        "aviaire et de la fin programmée des élevages en cage, que les enseignes ont cessé de "
        "référencer. Les éleveurs n'en profitent guère : le prix payé à la ferme n'a progressé "
        "que de 9 % sur la même période.\n\n"
        "« On se bat tous les matins pour obtenir quelques palettes. Certains clients repartent "
        "les mains vides », raconte Mathurin Le Bihan, grossiste au marché d'intérêt régional de "
        "Kerlouan. Combien de temps cela va-t-il durer ? « Au moins jusqu'au printemps, sans "
        "doute davantage », estime-t-il.\n\n"
        "Une vingtaine de nouveaux bâtiments d'élevage doivent entrer en production au premier "
        "semestre dans la région.",
        [
            (
                D,
                [
                    "On se bat tous les matins pour obtenir quelques palettes. Certains clients "
                    "repartent les mains vides"
                ],
                "Mathurin Le Bihan",
            ),
            (D, ["Au moins jusqu'au printemps, sans doute davantage"], "Mathurin Le Bihan"),
        ],
    ),
    (  # 15 straw for drought-hit herds: operation name in « » not speech, a quote over two
        # paragraphs (second opening with «, one piece per paragraph) closed by "confie X",
        # coordinator in apposition then "a-t-il averti" two sentences later
        "Près de 9 000 tonnes de paille ont été acheminées depuis septembre vers les élevages "
        "bretons touchés par la sécheresse, dans le cadre de l'opération « Paille solidaire » "
        "lancée par les syndicats agricoles de Beauce et du Finistère-Nord. Une centaine de "
        "semi-remorques ont fait le trajet, parfois deux fois par semaine.\n\n"
        "« Cet été, j'ai dû vendre quarante bêtes faute de fourrage. Le foin se vendait trois "
        "fois son prix habituel, et encore, quand on en trouvait.\n\n"
        "« Sans la paille des céréaliers, je crois que j'aurais arrêté le métier », confie "
        "Corentin Abgrall, éleveur laitier à Plouvern, qui a reçu quatre camions depuis la fin "
        "août.\n\n"
        "Le coordinateur de l'opération, Youssef El Amrani, est lui-même céréalier à Janville. "
        "Les transports ont été financés pour moitié par la région. « Ce que nous avons fait cet "
        "automne, il faudra l'organiser chaque année si les étés continuent comme ça », a-t-il "
        "averti.",
        [
            (
                D,
                [
                    "Cet été, j'ai dû vendre quarante bêtes faute de fourrage. Le foin se vendait "
                    "trois fois son prix habituel, et encore, quand on en trouvait.",
                    "Sans la paille des céréaliers, je crois que j'aurais arrêté le métier",
                ],
                "Corentin Abgrall",
            ),
            (
                D,
                [
                    "Ce que nous avons fait cet automne, il faudra l'organiser chaque année si les "
                    "étés continuent comme ça"
                ],
                "Youssef El Amrani",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 tractor rally on inheritance tax: placard slogan in " " not speech, "said X,
        # president of ..." after a two-sentence quote (frame comma dropped), unnamed farmer
        # after a colon, police force as speaker with two "that" clauses (one indirect)
        "More than 400 tractors rolled into the centre of Castlebridge on Saturday as farmers "
        "protested against changes to agricultural property relief which could force families to "
        'sell land to pay inheritance tax. Placards reading "No Farmers, No Food" lined the route '
        "from the ring road to County Hall.\n\n"
        '"This tax will finish off the family farm. It is as simple as that," said Margaret '
        "Ellery-Hughes, president of the Farmers' Alliance of England, addressing the crowd from a "
        "trailer parked outside the building.\n\n"
        'A dairy farmer from Upper Mellock, who asked not to be named, was more personal: "My '
        'father is 81. If he dies next year, we sell half the herd to pay the bill."\n\n'
        "Around 500 estates a year are expected to be affected by the change, which takes effect "
        "in April. Organisers had expected around 250 tractors. Wessex Constabulary said the rally "
        "had passed off peacefully and that no "
        "arrests had been made.",
        [
            (
                D,
                ["This tax will finish off the family farm. It is as simple as that"],
                "Margaret Ellery-Hughes",
            ),
            (
                D,
                ["My father is 81. If he dies next year, we sell half the herd to pay the bill."],
                "dairy farmer",
            ),
            (
                I,
                ["the rally had passed off peacefully and that no arrests had been made"],
                "Wessex Constabulary",
            ),
        ],
    ),
    (  # 2 irrigation ban: “ ”, "A spokeswoman for <agency> said the restrictions were “...”"
        # (partial only, speaker the agency), "he said" after, then "Mr van der Berg said"
        # splitting one quote inside one sentence (two pieces), Dutch particle
        "Farmers across the Fenmoor catchment have been told to stop drawing water from rivers for "
        "irrigation from Monday, after flows in the River Lode fell to their lowest level for the "
        "time of year since records began in 1961.\n\n"
        "A spokeswoman for the National Rivers Authority said the restrictions were “a last "
        "resort” and would be reviewed every week. About 230 abstraction licences are "
        "affected.\n\n"
        "Pieter van der Berg, who grows potatoes and onions on 800 acres near Wickham Fen, has "
        "watched the river drop for a month. “The crop is bulking up right now. Take the water "
        "away for three weeks and you lose a third of your yield, maybe more,” he said.\n\n"
        "His family came from the Netherlands in the 1950s and has farmed the same land since. Two "
        "years ago it spent £400,000 on a reservoir filled in winter, which is already half "
        "empty. “We did everything we were told to do,” Mr van der Berg said, “and it still isn't "
        "enough.”",
        [
            (P, ["a last resort"], "National Rivers Authority"),
            (
                D,
                [
                    "The crop is bulking up right now. Take the water away for three weeks and you "
                    "lose a third of your yield, maybe more"
                ],
                "Pieter van der Berg",
            ),
            (
                D,
                ["We did everything we were told to do", "and it still isn't enough."],
                "Pieter van der Berg",
            ),
        ],
    ),
    (  # 3 bovine TB: "..., according to figures published by <agency>" (indirect, part before),
        # chief vet in apposition with "Dr", "pointed to" a noun (not annotated), "she told
        # reporters", "He described ... as "..."" (partial)
        "Cases of bovine tuberculosis in the county of Glaswen rose by 14% last year, according to "
        "figures published on Thursday by the Glaswen Animal Health Agency. More than 9,000 cattle "
        "were slaughtered after testing positive, the highest number in a decade.\n\n"
        "The region's chief veterinary officer, Dr Anjali Raman, pointed to a handful of parishes "
        'along the Tarrow valley where herds keep breaking down. "We are seeing the same farms go '
        "down again and again. That tells us the infection is sitting somewhere in the "
        'environment," she told reporters.\n\n'
        "For Gareth Pryce-Morgan, whose herd of 220 Welsh Blacks has been under movement "
        "restrictions for 19 months, the figures came as no surprise. He described the testing "
        'regime as "a slow-motion bereavement".\n\n'
        "A targeted badger vaccination programme is due to begin in the spring in the "
        "worst-affected parishes. Farmers are compensated for each animal slaughtered, but the "
        "payments rarely cover the full value of pedigree stock.",
        [
            (
                I,
                ["Cases of bovine tuberculosis in the county of Glaswen rose by 14% last year"],
                "Glaswen Animal Health Agency",
            ),
            (
                D,
                [
                    "We are seeing the same farms go down again and again. That tells us the "
                    "infection is sitting somewhere in the environment"
                ],
                "Anjali Raman",
            ),
            (P, ["a slow-motion bereavement"], "Gareth Pryce-Morgan"),
        ],
    ),
    (  # 4 food inflation: "..., the <bureau> said on Wednesday" (indirect, part before), economist
        # introduced with "expects" (not speech) then "Ms X said" after a two-sentence quote,
        # "A spokesman for <chain>" -> the chain (indirect)
        "Food prices rose by 5.1% in the year to October, the fastest rate in almost two years, "
        "driven by sharp increases in the cost of beef, butter and chocolate, the National "
        "Statistics Bureau said on Wednesday. Overall inflation held steady at 3.2%. Chocolate "
        "prices have risen by a third since last winter.\n\n"
        "Folake Adeyemi, chief economist at the Harcourt Institute, a think tank, expects the "
        'pressure to last. "Shoppers will feel this well into next year. Cocoa and coffee prices '
        'have not come down, and beef herds take years to rebuild," Ms Adeyemi said.\n\n'
        "Producers are not the ones getting richer, however. The farm-gate price of beef has risen "
        "by about 12% this year, while retail prices for steak are up by nearly a quarter. Bread "
        "and milk prices were broadly stable over the month.\n\n"
        "A spokesman for Greenfields, the country's third-largest supermarket chain, said it had "
        "frozen the price of 500 staple lines until the end of January.",
        [
            (
                I,
                [
                    "Food prices rose by 5.1% in the year to October, the fastest rate in almost "
                    "two years, driven by sharp increases in the cost of beef, butter and chocolate"
                ],
                "National Statistics Bureau",
            ),
            (
                D,
                [
                    "Shoppers will feel this well into next year. Cocoa and coffee prices have not "
                    "come down, and beef herds take years to rebuild"
                ],
                "Folake Adeyemi",
            ),
            (
                I,
                ["it had frozen the price of 500 staple lines until the end of January"],
                "Greenfields",
            ),
        ],
    ),
    (  # 5 farm aid package: "said X, who ..." after, then a second quote in a new sentence with
        # no cue (two quotes, same speaker), surname alone (no quote), senator with a partial
        # after "called the package" and an indirect "said he would" in the same sentence
        "Soybean growers in the Upper Plains will receive an average of $38 per acre under a "
        "$9 billion emergency aid package announced on Tuesday by the Department of Agriculture, "
        "intended to offset losses from the collapse of exports to Asia. Soybean exports to Asia "
        "fell by more than 60% this year.\n\n"
        '"It\'s a band-aid on a broken leg," said Dale Kowalczyk, who farms 2,400 acres near '
        "Harmon Falls and chairs the Northern Soybean Growers Association. \"We don't want a check "
        'from Washington. We want our markets back."\n\n'
        "Kowalczyk has stored about half of this year's crop in bins on his farm, hoping for a "
        "rebound in prices that has yet to come. Local elevators were paying $9.40 a bushel last "
        "week, almost $2 below the cost of production.\n\n"
        "Senator Harlan Whitcomb, who sits on the agriculture committee, called the package "
        '"necessary but nowhere near sufficient" and said he would push for the payments to be '
        "extended into 2028.",
        [
            (D, ["It's a band-aid on a broken leg"], "Dale Kowalczyk"),
            (
                D,
                ["We don't want a check from Washington. We want our markets back."],
                "Dale Kowalczyk",
            ),
            (P, ["necessary but nowhere near sufficient"], "Harlan Whitcomb"),
            (
                I,
                ["he would push for the payments to be extended into 2028"],
                "Harlan Whitcomb",
            ),
        ],
    ),
    (  # 6 record wheat crop, low prices: cooperative as speaker ("The Prairie Pool
        # Co-operative, which ..., said on Monday that"), Sikh name, "said X, who ..." after
        "Farmers across the southern prairies brought in one of the largest wheat crops on record "
        "this autumn, but many will struggle to turn a profit on it.\n\n"
        "The Prairie Pool Co-operative, which handles about a third of the region's grain, said on "
        "Monday that deliveries to its elevators were up 22% on last year. The price it pays for "
        "milling wheat, however, has fallen to its lowest level since 2019.\n\n"
        '"Big crop, small cheque. That\'s the story of this year," said Jaswinder Singh Gill, who '
        "grows wheat and canola on 5,000 acres near Dunmore Crossing with his two brothers. His "
        "fertiliser bill per acre has nearly doubled in four years.\n\n"
        "Many growers are now holding back grain in the hope of better prices in the spring, a "
        "gamble that depends largely on the size of the harvests in Argentina and Australia. "
        "Canola prices have held up better, thanks to strong demand from biodiesel plants.",
        [
            (
                I,
                ["deliveries to its elevators were up 22% on last year"],
                "Prairie Pool Co-operative",
            ),
            (
                D,
                ["Big crop, small cheque. That's the story of this year"],
                "Jaswinder Singh Gill",
            ),
        ],
    ),
    (  # 7 county farms sale: petition title in " " not speech, cabinet member in apposition who
        # "told a meeting ... that the sales were "..."" (partial only), tenant then "he said"
        "Tenant farmers on Marlshire County Council's farm estate have reacted with anger to plans "
        "to sell off 14 of its 62 holdings to help close a £31 million budget gap. A petition "
        'titled "Save Our County Farms" had gathered more than 6,000 signatures by Friday.\n\n'
        "The council's cabinet member for resources, Joanna Whitlock, told a meeting of the full "
        'council that the sales were "painful but unavoidable" given the pressure on adult social '
        "care. The estate, built up after the First World War to give returning soldiers a start "
        "in farming, covers 9,400 acres.\n\n"
        "Tom Ashby, 34, rents a 180-acre dairy holding at Little Brenton, one of the farms on the "
        'list. "County farms are the only way someone like me gets a foot on the ladder. Sell '
        'them and that ladder is gone," he said.\n\n'
        "The estate generates about £1.8 million a year in rent. A final decision is expected in "
        "February, after a public consultation.",
        [
            (P, ["painful but unavoidable"], "Joanna Whitlock"),
            (
                D,
                [
                    "County farms are the only way someone like me gets a foot on the ladder. Sell "
                    "them and that ladder is gone"
                ],
                "Tom Ashby",
            ),
        ],
    ),
    (  # 8 bird flu cull: "..., officials said." (indirect, unnamed plural speaker), a named
        # farmer introduced without a quote, then "she said" after a quote over three sentences
        "About 1.2 million laying hens will be culled at an egg farm in Dalton County after a "
        "highly pathogenic strain of bird flu was confirmed there on Sunday, officials said. The "
        "farm supplies about a tenth of the eggs sold in the state. Workers in protective suits "
        "began removing birds on Monday evening.\n\n"
        "It is the third outbreak in the state since September, and the largest. A "
        "10-kilometre control zone has been set up around the site, and poultry movements within "
        "it are banned.\n\n"
        "Rosa Elena Villalobos, whose family runs a smaller layer operation 15 kilometres away, "
        'has doubled the disinfection routine for her staff and vehicles. "We shower in, we '
        "shower out, we change boots at every barn. And still, every morning, I check the birds "
        'with my heart in my mouth," she said.\n\n'
        "Egg prices in the region's supermarkets have already risen by about 30% since the "
        "summer.",
        [
            (
                I,
                [
                    "About 1.2 million laying hens will be culled at an egg farm in Dalton County "
                    "after a highly pathogenic strain of bird flu was confirmed there on Sunday"
                ],
                "officials",
            ),
            (
                D,
                [
                    "We shower in, we shower out, we change boots at every barn. And still, every "
                    "morning, I check the birds with my heart in my mouth"
                ],
                "Rosa Elena Villalobos",
            ),
        ],
    ),
    (  # 9 dairy co-op price cut: chairman in apposition with "said the board had "..."" (partial
        # only), "he added:" before a quote, later "The chairman insisted" (role alone, indirect)
        "Dairy farmers supplying Southern Cross Milk will be paid less next season after the "
        "cooperative cut its forecast price by 40 cents to $8.60 per kilogram of milk solids, "
        "blaming weaker demand from China. The cut will take roughly $90,000 off the income of an "
        "average farm. Southern Cross collects milk from about 4,300 farms, most of them in the "
        "central North region.\n\n"
        "The co-op's chairman, Hemi Tawhiri, said the board had \"not taken the decision "
        'lightly". Speaking to farmers at a meeting in Te Arowai on Thursday, he added: "Our job '
        'is to tell you the truth early, so you can plan. This is the truth."\n\n'
        "Some in the room were unconvinced. Southern Cross has spent heavily on a new cheese plant "
        "at Rangiwhenua, a sore point for many shareholders. Many farmers borrowed heavily last "
        "year to cope with a wet spring and high feed costs.\n\n"
        "The chairman insisted the plant would pay for itself within six years.",
        [
            (P, ["not taken the decision lightly"], "Hemi Tawhiri"),
            (
                D,
                ["Our job is to tell you the truth early, so you can plan. This is the truth."],
                "Hemi Tawhiri",
            ),
            (I, ["the plant would pay for itself within six years"], "Hemi Tawhiri"),
        ],
    ),
    (  # 10 farmers in Brussels: "said X, a beef farmer ..." after, Irish name with an apostrophe
        # and a fada, "said Polish farmers could not compete ... "..."" (partial only),
        # "A spokeswoman for the Brussels police" -> organisation (indirect)
        "Police in Brussels fired water cannon and tear gas on Wednesday as thousands of farmers "
        "from across Europe converged on the European quarter to protest against the trade "
        "agreement with the Mercosur bloc. Several hundred tractors blocked the main roads around "
        "the Commission's headquarters for most of the day. Farm organisations from eleven "
        "countries took part, and many protesters had driven through the night.\n\n"
        '"We are not here to break things. We are here because nobody in that building is '
        "listening,\" said Seán O'Donoghue, a beef farmer from County Killane who travelled with a "
        "delegation of 60 Irish farmers.\n\n"
        "Tomasz Wierzbicki, who grows sugar beet near Borowice Dolne, said Polish farmers could not "
        'compete with imports produced "under rules that would be illegal here".\n\n'
        "A spokeswoman for the Brussels police said 14 people had been detained and two officers "
        "slightly injured. The agreement still needs the approval of the European Parliament.",
        [
            (
                D,
                [
                    "We are not here to break things. We are here because nobody in that building "
                    "is listening"
                ],
                "Seán O'Donoghue",
            ),
            (P, ["under rules that would be illegal here"], "Tomasz Wierzbicki"),
            (
                I,
                ["14 people had been detained and two officers slightly injured"],
                "Brussels police",
            ),
        ],
    ),
    (  # 11 subsidy audit: "..., according to a report published by <court>" (indirect, part
        # before), "said X, the member of the court ..." after, name with "al-"
        "Almost €210 million in farm subsidies was paid out last year for land that was not being "
        "farmed, or did not exist, according to a report published on Monday by the Court of Rural "
        "Accounts.\n\n"
        "The auditors examined 1,800 claims in six member states and found errors in one in eight. "
        "In the worst cases, satellite images showed forest, car parks or even a golf course on "
        "plots declared as pasture. Checks on the ground have fallen by almost half since 2019, as "
        "paying agencies rely more on satellite monitoring. Some of the money went to companies "
        "with no link to "
        "farming.\n\n"
        '"The controls exist on paper. In practice, some paying agencies are simply not looking," '
        "said Rania al-Haddad, the member of the court responsible for the report.\n\n"
        "The six countries concerned have two months to respond before the findings are sent to "
        "the budget committee. The largest single error concerned 4,000 hectares of mountain "
        "grazing.",
        [
            (
                I,
                [
                    "Almost €210 million in farm subsidies was paid out last year for land that was "
                    "not being farmed, or did not exist"
                ],
                "Court of Rural Accounts",
            ),
            (
                D,
                [
                    "The controls exist on paper. In practice, some paying agencies are simply not "
                    "looking"
                ],
                "Rania al-Haddad",
            ),
        ],
    ),
    (  # 12 maize flour prices: "said X, a mother of four ..." after, millers' union as speaker
        # ("said its members were"), "has promised a decision" (noun object, not annotated)
        "The price of a two-kilogram packet of maize flour has climbed to 245 shillings in "
        "Nairobi supermarkets, up from 180 shillings in June, after a poor long-rains harvest in "
        "the west of the country cut supplies to millers. Maize flour is the main staple for most "
        "households, and its price weighs heavily on the budgets of poor families. Rains in the "
        "western counties arrived late and stopped early, and yields fell by about a third.\n\n"
        '"I used to buy two packets a week. Now it is one, and we eat less ugali," said Wanjiru '
        "Kamau, a mother of four who sells vegetables at the Mwiki Road market.\n\n"
        "The Cereal Millers' Union said its members were running at barely half their capacity. "
        "It wants the government to allow duty-free imports of maize from neighbouring "
        "countries.\n\n"
        "The agriculture ministry has promised a decision before Christmas. Traders expect prices "
        "to stay high at least until the short-rains harvest comes in.",
        [
            (
                D,
                ["I used to buy two packets a week. Now it is one, and we eat less ugali"],
                "Wanjiru Kamau",
            ),
            (
                I,
                ["its members were running at barely half their capacity"],
                "Cereal Millers' Union",
            ),
        ],
    ),
    (  # 13 drought cattle sell-off: "said X, who runs ..." after, "..., according to the
        # <bureau>." (indirect, part before)
        "Graziers in the far west of the state are selling off breeding cattle at record rates as "
        "the drought enters its third year, with more than 40,000 head sold through the "
        "Burrangong saleyards since July.\n\n"
        "\"You sell the cows you spent twenty years breeding, and you know you'll never get that "
        'genetics back," said Bridget McAlister, who runs 3,000 head on Kilcowra Station, '
        "180 kilometres north of Burrangong. She has already sold two-thirds of her herd.\n\n"
        "Rainfall across the region has been less than half the long-term average for 26 of the "
        "past 30 months, according to the Bureau of Climate Outlook. Its latest seasonal "
        "forecast gives only a 35% chance of above-average rain before March.\n\n"
        "Hay is being trucked in from the south at up to $650 a tonne, more than double the price "
        "of two years ago. Cattle prices have fallen by a third since the start of the year.",
        [
            (
                D,
                [
                    "You sell the cows you spent twenty years breeding, and you know you'll never "
                    "get that genetics back"
                ],
                "Bridget McAlister",
            ),
            (
                I,
                [
                    "Rainfall across the region has been less than half the long-term average for "
                    "26 of the past 30 months"
                ],
                "Bureau of Climate Outlook",
            ),
        ],
    ),
    (  # 14 fruit rotting for lack of pickers: named grower then "she said", union as speaker
        # (indirect), then "the union's general secretary, X, said" after the quote
        "Strawberries are rotting in the fields of the Vale of Arden as growers struggle to find "
        "enough pickers. Up to a fifth of this year's crop could go unharvested. The industry "
        "relies on about 45,000 seasonal workers a year, most of them from abroad.\n\n"
        "Priya Nandakumar, who grows strawberries and raspberries on 120 acres near Kingsford, has "
        '85 pickers this season against the 140 she needs. "We have fruit that is perfect, '
        'ready, and it is just falling off the plants. It breaks your heart," she said.\n\n'
        "The Seasonal Workers' Union said many of the workers who came last year had chosen to go "
        'to the Netherlands and Germany instead, where wages are higher. "Growers want to blame '
        "visas, but the real problem is pay,\" the union's general secretary, Kofi Mensah-Bright, "
        "said.\n\n"
        "The minimum hourly rate for seasonal pickers rose by 4% in April. Some farms have opened "
        "their unpicked fields to the public for pick-your-own.",
        [
            (
                D,
                [
                    "We have fruit that is perfect, ready, and it is just falling off the plants. "
                    "It breaks your heart"
                ],
                "Priya Nandakumar",
            ),
            (
                I,
                [
                    "many of the workers who came last year had chosen to go to the Netherlands and "
                    "Germany instead, where wages are higher"
                ],
                "Seasonal Workers' Union",
            ),
            (D, ["Growers want to blame visas, but the real problem is pay"], "Kofi Mensah-Bright"),
        ],
    ),
    (  # 15 young farmers' rally: "to demand help" (noun object), unnamed speaker ("one
        # shepherd"), chairwoman in apposition with "said young people were "..."" (partial only)
        "Around 700 young farmers gathered in Alderby on Saturday for a rally organised by the "
        "National Federation of Young Farmers' Groups to demand help with the soaring price of "
        "farmland, which has doubled in a decade in parts of the north. Around 40 tractors "
        "decorated with banners led a march through the town centre, and many of those present "
        "had travelled for hours by coach.\n\n"
        "\"I've grown up on a farm, I've got a degree in agriculture, and I still can't afford a "
        'single field," said one shepherd from Raskell Fell, to loud applause.\n\n'
        "The federation's chairwoman, Eilidh MacLeod, said young people were \"being priced out of "
        'their own industry" by investment funds and solar developers. The federation has drawn '
        "up a plan for a starter-farm scheme funded from the sale of public land.\n\n"
        "Only 3% of farm holders in the region are under 35, against 11% two decades ago. The "
        "average price of an acre of farmland there now exceeds £12,000.",
        [
            (
                D,
                [
                    "I've grown up on a farm, I've got a degree in agriculture, and I still can't "
                    "afford a single field"
                ],
                "shepherd",
            ),
            (P, ["being priced out of their own industry"], "Eilidh MacLeod"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout66.jsonl"),
        "heldout66",
        "h66",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
