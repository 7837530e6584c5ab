"""Source of the hundred-and-second held-out set: writes heldout102.jsonl (split "heldout102").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like tourism, leisure and local-life news: ski resorts, beaches, hotels and restaurants,
festivals and fairs, theme parks, hiking trails and overtourism disputes, with hoteliers,
tourism officials, restaurant owners, guides, tourists, mayors and residents quoted, companies
and associations speaking as such, and people referred back to by pronoun, surname or role.
Measured once with 0.3.0, 0.30.0 and 0.31.0 on 2026-12-02, unread when measured (0.30.0 and
0.31.0 the same: docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout102.py
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
    (  # 1 ski resort without snow: direct before "a reconnu le directeur de la régie …, Name"
        # (apposition with role), "M. Surname a indiqué que" (indirect, title + surname),
        # two-sentence direct by an unnamed "un moniteur" with a no-break space before "%",
        # "Les prévisionnistes annoncent des chutes de neige" (noun object) not annotated
        "Faute de neige, la station des Aiguillons, à Montcharvin, n'a ouvert samedi que quatre "
        "de ses vingt-deux pistes, à une semaine des vacances de Noël. Les canons à neige tournent "
        "toutes les nuits, mais les températures restent trop douces sur le bas du domaine.\n\n"
        "«\u00a0On n'a jamais connu un début de saison aussi compliqué depuis que je suis arrivé "
        "ici, en 1998\u00a0», a reconnu le directeur de la régie des remontées mécaniques, Gaspard "
        "Morel-Tissot.\n\n"
        "M. Morel-Tissot a indiqué que le forfait journée serait vendu à moitié prix tant que le "
        "domaine ne serait pas ouvert aux deux tiers. La commune, qui détient la régie, a déjà "
        "perdu près de 300\u00a0000 euros de recettes depuis le 1er décembre.\n\n"
        "Au pied des pistes, l'ambiance est morose. «\u00a0Nos réservations de cours ont chuté de "
        "40\u00a0%. Les familles attendent la dernière minute pour venir\u00a0», soupire un "
        "moniteur de l'école de ski locale, qui préfère garder l'anonymat. Les prévisionnistes "
        "annoncent des chutes de neige pour le milieu de la semaine prochaine.",
        [
            (
                D,
                [
                    "On n'a jamais connu un début de saison aussi compliqué depuis que je suis "
                    "arrivé ici, en 1998"
                ],
                "Gaspard Morel-Tissot",
            ),
            (
                I,
                [
                    "le forfait journée serait vendu à moitié prix tant que le domaine ne serait "
                    "pas ouvert aux deux tiers"
                ],
                "Gaspard Morel-Tissot",
            ),
            (
                D,
                [
                    "Nos réservations de cours ont chuté de 40\u00a0%. Les familles attendent la "
                    "dernière minute pour venir"
                ],
                "moniteur",
            ),
        ],
    ),
    (  # 2 overtourism in a hill village: "Sa maire, Name, a annoncé lundi que" (apposition
        # before the verb), association partial after "a salué"
        # (generic "collectif d'habitants" dropped), direct + "prévient Name, qui tient …",
        # then role-only "la restauratrice" after a second direct
        "Avec ses ruelles pavées et ses façades ocre, Roquebelle, 420 habitants, voit passer "
        "jusqu'à 9\u00a0000 visiteurs par jour en été. Sa maire, Hélène Casabianca, a annoncé "
        "lundi que l'accès au centre historique serait limité à 3\u00a0000 personnes par jour dès "
        "le mois de juin, avec une réservation obligatoire en ligne.\n\n"
        "Le collectif d'habitants Roquebelle Vivante, qui réclamait une telle mesure depuis trois "
        "ans, a salué «\u00a0un premier pas\u00a0» vers un tourisme plus supportable.\n\n"
        "Sur la place de l'Église, les commerçants sont plus partagés. «\u00a0Nos clients, ce "
        "sont ces visiteurs. Si on les divise par trois, je ferme en octobre au lieu de "
        "novembre\u00a0», prévient Josiane Pelletier, qui tient depuis vingt ans le restaurant "
        "Le Vieux Four.\n\n"
        "Le mois d'août, pourtant, est devenu éprouvant pour tout le monde. «\u00a0Certains "
        "jours, on ne peut même plus sortir les poubelles tellement la rue est pleine\u00a0», "
        "admet la restauratrice.",
        [
            (
                I,
                [
                    "l'accès au centre historique serait limité à 3\u00a0000 personnes par jour "
                    "dès le mois de juin, avec une réservation obligatoire en ligne"
                ],
                "Hélène Casabianca",
            ),
            (P, ["un premier pas"], "Roquebelle Vivante"),
            (
                D,
                [
                    "Nos clients, ce sont ces visiteurs. Si on les divise par trois, je ferme en "
                    "octobre au lieu de novembre"
                ],
                "Josiane Pelletier",
            ),
            (
                D,
                [
                    "Certains jours, on ne peut même plus sortir les poubelles tellement la rue "
                    "est pleine"
                ],
                "Josiane Pelletier",
            ),
        ],
    ),
    (  # 3 scallop festival: "…, selon les organisateurs, qui …" after (the part before,
        # unnamed plural), incise "explique le président du comité des fêtes, Name," splitting
        # one quote with its final period kept, book title in « » not speech, a chef mentioned
        # but not speaking, first-name-only visitor
        "Le week-end dernier, près de 65\u00a0000 personnes se sont pressées sur les quais de "
        "Port-Kerhoan pour la 31e Fête de la coquille, selon les organisateurs, qui revendiquent "
        "un record de fréquentation.\n\n"
        "«\u00a0Nous avons vendu douze tonnes de coquilles en deux jours, explique le président "
        "du comité des fêtes, Bernard Quéméner, et il a fallu faire venir des bateaux de "
        "Saint-Quay en renfort.\u00a0»\n\n"
        "Sur le stand du chef Yvon Le Bihan, qui dédicaçait son livre «\u00a0La Mer dans "
        "l'assiette\u00a0», la file d'attente n'a pas désempli de l'après-midi. «\u00a0On est "
        "venus pour les coquilles, on repart avec un livre et des souvenirs plein la tête\u00a0», "
        "sourit Maëlle, venue de Rennes avec ses deux enfants.\n\n"
        "La mairie envisage d'étendre la fête à trois jours l'an prochain, à condition de trouver "
        "assez de bénévoles pour tenir les buvettes.",
        [
            (
                I,
                [
                    "Le week-end dernier, près de 65\u00a0000 personnes se sont pressées sur les "
                    "quais de Port-Kerhoan pour la 31e Fête de la coquille"
                ],
                "organisateurs",
            ),
            (
                D,
                [
                    "Nous avons vendu douze tonnes de coquilles en deux jours",
                    "et il a fallu faire venir des bateaux de Saint-Quay en renfort.",
                ],
                "Bernard Quéméner",
            ),
            (
                D,
                [
                    "On est venus pour les coquilles, on repart avec un livre et des souvenirs "
                    "plein la tête"
                ],
                "Maëlle",
            ),
        ],
    ),
    (  # 4 palace hotel reopening, plain spaces inside « »: "Son directeur général, Name, ne
        # cache pas son enthousiasme : « … »" (colon, two sentences, final period kept),
        # "D'après lui," (pronoun, rest of the sentence), union partial "a jugé « … » les
        # salaires" (generic "Le syndicat" dropped)
        "Après deux ans de travaux et 48 millions d'euros d'investissement, l'Hôtel des Mouettes, "
        "palace Belle Époque de Port-Lanvic, rouvre ses portes vendredi. Ses 74 chambres ont été "
        "entièrement refaites et l'établissement s'est doté d'un spa de 1 200 mètres carrés.\n\n"
        "Son directeur général, Arnaud Lespinasse, ne cache pas son enthousiasme : « Nous voulons "
        "que les habitants de Port-Lanvic reviennent prendre un café au bar, comme leurs "
        "grands-parents le faisaient. Ce n'est pas un musée. »\n\n"
        "D'après lui, l'hôtel affiche déjà un taux de remplissage de 80 % pour les mois de "
        "juillet et d'août, malgré des chambres qui démarrent à 690 euros la nuit.\n\n"
        "Le recrutement a pourtant été laborieux. Le syndicat Sud Hôtellerie-Restauration a jugé "
        "« indignes » les salaires proposés aux femmes de chambre, et une trentaine de postes "
        "restaient vacants lundi.",
        [
            (
                D,
                [
                    "Nous voulons que les habitants de Port-Lanvic reviennent prendre un café au "
                    "bar, comme leurs grands-parents le faisaient. Ce n'est pas un musée."
                ],
                "Arnaud Lespinasse",
            ),
            (
                I,
                [
                    "l'hôtel affiche déjà un taux de remplissage de 80 % pour les mois de juillet "
                    "et d'août, malgré des chambres qui démarrent à 690 euros la nuit"
                ],
                "Arnaud Lespinasse",
            ),
            (P, ["indignes"], "Sud Hôtellerie-Restauration"),
        ],
    ),
    (  # 5 hiking trail closed by a rockfall: unnamed plural "Les gendarmes du peloton de
        # montagne ont indiqué qu'…, mais que …", direct + "raconte Name, guide de haute
        # montagne, qui …", then an unattributed continuation after a full stop (second
        # direct, same speaker), role-only "Le guide" with a noun object not annotated
        "Le sentier des Balcons, l'un des itinéraires les plus fréquentés de la vallée d'Aspiran, "
        "restera fermé au moins jusqu'à la fin du mois d'août. Un éboulement a emporté dimanche "
        "une soixantaine de mètres de chemin, quelques minutes après le passage d'un groupe de "
        "randonneurs.\n\n"
        "Les gendarmes du peloton de montagne ont indiqué qu'aucune victime n'était à déplorer, "
        "mais que plusieurs blocs menaçaient encore de tomber.\n\n"
        "«\u00a0J'ai entendu un grondement, puis un nuage de poussière a recouvert tout le "
        "versant\u00a0», raconte Lucas Berthier, guide de haute montagne, qui se trouvait sur le "
        "sentier d'en face avec quatre clients. «\u00a0Dix minutes plus tôt, nous étions "
        "exactement à cet endroit.\u00a0»\n\n"
        "Le guide a réclamé des contrôles plus réguliers de la paroi. La commune a balisé des "
        "itinéraires de remplacement, plus longs d'environ une heure.",
        [
            (
                I,
                [
                    "aucune victime n'était à déplorer, mais que plusieurs blocs menaçaient encore "
                    "de tomber"
                ],
                "gendarmes",
            ),
            (
                D,
                [
                    "J'ai entendu un grondement, puis un nuage de poussière a recouvert tout le "
                    "versant"
                ],
                "Lucas Berthier",
            ),
            (D, ["Dix minutes plus tôt, nous étions exactement à cet endroit."], "Lucas Berthier"),
        ],
    ),
    (  # 6 theme park hiring: company speaker "Le parc d'attractions Zéphyria … a annoncé
        # mardi qu'il" (generic noun dropped), two-sentence direct + "a déclaré sa directrice
        # générale, Name", "Mme Surname a … refusé tout commentaire" not annotated,
        # residents' association partial after "dénonce des"
        "Le parc d'attractions Zéphyria, installé depuis 2009 dans la forêt de Brennac, a annoncé "
        "mardi qu'il recruterait 450 saisonniers pour sa prochaine saison. Le parc doit inaugurer "
        "en avril un grand huit de 52 mètres de haut, présenté comme le plus rapide du pays.\n\n"
        "«\u00a0C'est l'investissement le plus important de notre histoire, 35 millions d'euros. "
        "Nous visons 1,8 million de visiteurs dès la première année\u00a0», a déclaré sa "
        "directrice générale, Carole Vasseur-Denain, lors d'une visite du chantier. Mme "
        "Vasseur-Denain a en revanche refusé tout commentaire sur le prix des billets.\n\n"
        "Le projet ne fait pas l'unanimité. L'association Les Riverains du Bois-Joli dénonce des "
        "«\u00a0nuisances sonores permanentes\u00a0» depuis l'ouverture d'une première montagne "
        "russe, en 2021, et a déposé un recours devant le tribunal administratif. Le jugement est "
        "attendu au printemps.",
        [
            (I, ["il recruterait 450 saisonniers pour sa prochaine saison"], "Zéphyria"),
            (
                D,
                [
                    "C'est l'investissement le plus important de notre histoire, 35 millions "
                    "d'euros. Nous visons 1,8 million de visiteurs dès la première année"
                ],
                "Carole Vasseur-Denain",
            ),
            (P, ["nuisances sonores permanentes"], "Les Riverains du Bois-Joli"),
        ],
    ),
    (  # 7 restaurant loses its star: guide title in « » not speech, direct + "confie le
        # chef, Name, 52 ans", "Il assure qu'il" (pronoun), apposition "Sa compagne et
        # associée, Name," then incise "glisse-t-elle," splitting one quote
        "Le couperet est tombé lundi soir\u00a0: La Table d'Orsane, à Vauclair-sur-Loire, a perdu "
        "l'étoile qu'elle détenait depuis 2011 dans l'édition 2027 du guide «\u00a0Vermeil\u00a0». "
        "Une surprise pour les habitués de cette maison de douze couverts, installée dans un "
        "ancien moulin.\n\n"
        "«\u00a0Je l'ai appris par le SMS d'un confrère, à 22\u00a0heures. Personne au guide ne "
        "m'a appelé\u00a0», confie le chef, Maxence Audibert, 52 ans.\n\n"
        "Il assure qu'il ne changera rien à sa carte, construite autour des poissons de Loire et "
        "des légumes de son potager.\n\n"
        "Sa compagne et associée, Inès Audibert, qui dirige la salle, se veut philosophe. "
        "«\u00a0Les clients, eux, n'ont pas changé d'avis, glisse-t-elle, et le téléphone n'a pas "
        "arrêté de sonner depuis mardi matin.\u00a0»",
        [
            (
                D,
                [
                    "Je l'ai appris par le SMS d'un confrère, à 22\u00a0heures. Personne au guide "
                    "ne m'a appelé"
                ],
                "Maxence Audibert",
            ),
            (
                I,
                [
                    "il ne changera rien à sa carte, construite autour des poissons de Loire et "
                    "des légumes de son potager"
                ],
                "Maxence Audibert",
            ),
            (
                D,
                [
                    "Les clients, eux, n'ont pas changé d'avis",
                    "et le téléphone n'a pas arrêté de sonner depuis mardi matin.",
                ],
                "Inès Audibert",
            ),
        ],
    ),
    (  # 8 beaches closed to swimmers: "Selon l'Agence régionale de santé," (rest of the
        # sentence), "selon toute vraisemblance" not a source, direct + "a déclaré le maire,
        # Name, devant …", "Le maire a promis un agrandissement" (noun object) not annotated,
        # unnamed "un vacancier lyonnais" after
        "La baignade est interdite depuis jeudi sur les trois plages de Saint-Gildas-sur-Mer. "
        "Selon l'Agence régionale de santé, les analyses réalisées mercredi ont révélé des "
        "concentrations de bactéries fécales quatre fois supérieures aux seuils autorisés. En "
        "cause, selon toute vraisemblance, les violents orages du week-end, qui ont saturé la "
        "station d'épuration.\n\n"
        "«\u00a0C'est la troisième fois cet été. Je comprends la colère des vacanciers, et je la "
        "partage\u00a0», a déclaré le maire, Yannick Le Floch, devant la plage du Moulin. Le maire "
        "a promis un agrandissement de la station avant la prochaine saison.\n\n"
        "Sur le sable, les familles ont dû se contenter de châteaux et de parties de volley. "
        "«\u00a0On a loué pour deux semaines, on ne va pas repartir pour autant\u00a0», lâche un "
        "vacancier lyonnais, les pieds au sec.",
        [
            (
                I,
                [
                    "les analyses réalisées mercredi ont révélé des concentrations de bactéries "
                    "fécales quatre fois supérieures aux seuils autorisés"
                ],
                "Agence régionale de santé",
            ),
            (
                D,
                [
                    "C'est la troisième fois cet été. Je comprends la colère des vacanciers, et je "
                    "la partage"
                ],
                "Yannick Le Floch",
            ),
            (
                D,
                ["On a loué pour deux semaines, on ne va pas repartir pour autant"],
                "vacancier",
            ),
        ],
    ),
    (  # 9 holiday lets capped, « » without inner spaces: partial "a évoqué une «…»" by
        # "L'adjoint au logement, Name", platform speaking as such ("La plateforme de location
        # Stayzy a estimé … que"), direct + "témoigne Name, aide-soignante de 34 ans"
        "Le conseil municipal de Montclar-les-Bains a voté jeudi soir un plafond de 90 nuitées "
        "par an pour les résidences principales louées aux touristes, et l'interdiction de toute "
        "nouvelle autorisation dans le centre ancien. En dix ans, la ville a perdu près de "
        "1\u00a0200 logements loués à l'année.\n\n"
        "L'adjoint au logement, Florent Delacroix-Maury, a évoqué une «hémorragie» qui chasse "
        "les familles vers les communes voisines.\n\n"
        "La plateforme de location Stayzy a estimé dans un communiqué que la mesure pénaliserait "
        "d'abord les petits propriétaires, qui louent leur appartement pour compléter leurs "
        "revenus.\n\n"
        "«Mon propriétaire m'a donné congé en mars pour louer aux vacanciers. J'ai mis sept mois "
        "à retrouver un deux-pièces», témoigne Nadia, aide-soignante de 34 ans, venue assister "
        "à la séance.",
        [
            (P, ["hémorragie"], "Florent Delacroix-Maury"),
            (
                I,
                [
                    "la mesure pénaliserait d'abord les petits propriétaires, qui louent leur "
                    "appartement pour compléter leurs revenus"
                ],
                "Stayzy",
            ),
            (
                D,
                [
                    "Mon propriétaire m'a donné congé en mars pour louer aux vacanciers. J'ai mis "
                    "sept mois à retrouver un deux-pièces"
                ],
                "Nadia",
            ),
        ],
    ),
    (  # 10 music festival: scare quotes «esprit village» with no speaker not annotated, a
        # quote continued over two paragraphs (one span each) with the attribution after the
        # second ("a expliqué la directrice du festival, Name"), "La préfecture a précisé
        # que", band partial (generic "Le groupe" dropped)
        "Le festival Les Nuits de Cassagne a refermé ses portes dimanche avec 112\u00a0000 "
        "spectateurs en quatre soirs, un chiffre stable par rapport à l'an dernier. Sur le site, "
        "rien n'a changé de l'«\u00a0esprit village\u00a0» qui a fait sa réputation\u00a0: "
        "buvettes tenues par des bénévoles et navettes gratuites depuis la gare.\n\n"
        "«\u00a0Nous avons refusé de grossir. On pourrait vendre 40\u00a0000 billets de plus par "
        "soir, mais le village ne le supporterait pas.\n\n"
        "«\u00a0Notre public vient aussi pour ça\u00a0: dormir chez l'habitant, manger au marché, "
        "croiser les artistes au café\u00a0», a expliqué la directrice du festival, Sophie "
        "Arnaud-Bellec, lors du bilan.\n\n"
        "La préfecture a précisé que onze personnes avaient été interpellées pour usage ou revente "
        "de stupéfiants, contre dix-neuf l'an dernier. Le groupe Les Vents Contraires, tête "
        "d'affiche de samedi, a remercié sur ses réseaux sociaux un public «\u00a0absolument "
        "incroyable\u00a0».",
        [
            (
                D,
                [
                    "Nous avons refusé de grossir. On pourrait vendre 40\u00a0000 billets de plus "
                    "par soir, mais le village ne le supporterait pas.",
                    "Notre public vient aussi pour ça\u00a0: dormir chez l'habitant, manger au "
                    "marché, croiser les artistes au café",
                ],
                "Sophie Arnaud-Bellec",
            ),
            (
                I,
                [
                    "onze personnes avaient été interpellées pour usage ou revente de stupéfiants, "
                    "contre dix-neuf l'an dernier"
                ],
                "préfecture",
            ),
            (P, ["absolument incroyable"], "Les Vents Contraires"),
        ],
    ),
    (  # 11 mountain hut full every night, typographic apostrophes: "Sa gardienne, Name, le
        # répète … : « … »" (colon, final period kept), "Selon elle," (pronoun), federation
        # partial after "appelle les randonneurs à" (generic "La fédération" dropped)
        "À 2\u00a0340 mètres d’altitude, le refuge du Lac Noir affiche complet tous les soirs de "
        "juillet et d’août depuis trois ans. Sa gardienne, Chantal Rey-Bouvier, le répète aux "
        "randonneurs qui arrivent sans réservation\u00a0: «\u00a0Je ne peux plus loger personne "
        "par terre. La sécurité d’abord, même si ça me brise le cœur de refuser du "
        "monde.\u00a0»\n\n"
        "Selon elle, la fréquentation du refuge a doublé depuis 2020, portée par les réseaux "
        "sociaux et les photos du lac au lever du soleil.\n\n"
        "Le refuge, accessible après quatre heures de marche, n’a ni douche ni réseau "
        "téléphonique, ce que certains visiteurs découvrent en arrivant. La fédération Montagne "
        "Partagée, qui gère une quarantaine de refuges dans le massif, appelle les randonneurs à "
        "«\u00a0réserver systématiquement\u00a0» et à prévoir une solution de repli.",
        [
            (
                D,
                [
                    "Je ne peux plus loger personne par terre. La sécurité d’abord, même si ça me "
                    "brise le cœur de refuser du monde."
                ],
                "Chantal Rey-Bouvier",
            ),
            (
                I,
                [
                    "la fréquentation du refuge a doublé depuis 2020, portée par les réseaux "
                    "sociaux et les photos du lac au lever du soleil"
                ],
                "Chantal Rey-Bouvier",
            ),
            (P, ["réserver systématiquement"], "Montagne Partagée"),
        ],
    ),
    (  # 12 Christmas market security: two-sentence direct + "explique l'adjoint au maire
        # chargé du tourisme, Name", partial inside reported speech of "M. Surname a reconnu
        # que" (only the partial), shopkeeper direct + "ironise Name, qui tient …"
        "Le marché de Noël de Haguenheim a ouvert vendredi sous haute surveillance. Cent trente "
        "chalets, deux millions de visiteurs attendus en cinq semaines et, pour la première fois, "
        "un accès filtré au centre historique, avec fouille des sacs à chacune des six "
        "entrées.\n\n"
        "«\u00a0Nous avons voulu un marché sûr sans en faire une forteresse. Les files d'attente ne "
        "devraient pas dépasser dix minutes\u00a0», explique l'adjoint au maire chargé du "
        "tourisme, Thierry Wendling.\n\n"
        "M. Wendling a reconnu que les premières heures avaient été «\u00a0un peu "
        "chaotiques\u00a0», faute de personnel à l'entrée de la place des Tanneurs.\n\n"
        "Dans les rues voisines, certains commerçants font grise mine. «\u00a0Les gens font la "
        "queue pour le vin chaud, pas pour acheter des chaussures\u00a0», ironise Gérard Kuntz, "
        "qui tient un magasin de chaussures rue des Orfèvres depuis 1994.",
        [
            (
                D,
                [
                    "Nous avons voulu un marché sûr sans en faire une forteresse. Les files "
                    "d'attente ne devraient pas dépasser dix minutes"
                ],
                "Thierry Wendling",
            ),
            (P, ["un peu chaotiques"], "Thierry Wendling"),
            (
                D,
                ["Les gens font la queue pour le vin chaud, pas pour acheter des chaussures"],
                "Gérard Kuntz",
            ),
        ],
    ),
    (  # 13 municipal campsite sale: "a déposé une offre" not speech, "Pour le maire, Name,
        # « … »" (direct), "Le groupe assure que" (generic noun for the company), a regular
        # introduced by name then "dit-il" after his quote
        "Le camping municipal des Pins, à Lestrac-Plage, pourrait bientôt changer de mains. Le "
        "groupe Azuréa, qui exploite déjà 38 campings sur la côte atlantique, a déposé une offre "
        "de 6,5 millions d'euros et prévoit d'y installer 120 mobile-homes haut de gamme.\n\n"
        "Pour le maire, Didier Campistron, «\u00a0il n'est pas question de vendre le dernier "
        "endroit où une famille modeste peut encore passer une semaine au bord de la mer\u00a0».\n\n"
        "Le groupe assure que les tarifs des emplacements pour tentes resteraient inchangés "
        "pendant au moins cinq ans.\n\n"
        "Au bureau d'accueil, Jean-Claude Mimouni, un habitué qui plante sa tente ici depuis "
        "1987, a déjà signé la pétition des campeurs. «\u00a0Ici, le voisin vous prête son "
        "barbecue. Chez eux, on vous vendra le charbon\u00a0», dit-il.",
        [
            (
                D,
                [
                    "il n'est pas question de vendre le dernier endroit où une famille modeste "
                    "peut encore passer une semaine au bord de la mer"
                ],
                "Didier Campistron",
            ),
            (
                I,
                [
                    "les tarifs des emplacements pour tentes resteraient inchangés pendant au "
                    "moins cinq ans"
                ],
                "Azuréa",
            ),
            (
                D,
                ["Ici, le voisin vous prête son barbecue. Chez eux, on vous vendra le charbon"],
                "Jean-Claude Mimouni",
            ),
        ],
    ),
    (  # 14 spa town: "D'après la fédération Thermalia, qui …," (generic noun dropped, rest of
        # the sentence), direct + "raconte Name, 78 ans", then incise "s'amuse Mme Surname,"
        # splitting one quote
        "Les Thermes de Bagnols-les-Sources ont accueilli 14\u00a0200 curistes cette année, leur "
        "meilleur résultat depuis la fermeture de 2020. D'après la fédération Thermalia, qui "
        "regroupe les stations du Massif central, la fréquentation des cures conventionnées a "
        "progressé de 6\u00a0% dans la région.\n\n"
        "«\u00a0Je viens depuis trente et un ans pour mes genoux. Sans les cures, je ne marcherais "
        "plus\u00a0», raconte Odette Marchal, 78 ans, installée comme chaque année à la pension "
        "Beau-Site.\n\n"
        "Le soir, les curistes se retrouvent au casino ou au bal du kiosque. «\u00a0On vient pour "
        "soigner ses articulations, s'amuse Mme Marchal, et on repart avec un carnet d'adresses "
        "plein.\u00a0»\n\n"
        "La commune espère désormais attirer une clientèle plus jeune grâce à un espace de "
        "bien-être dont l'ouverture est prévue en 2028.",
        [
            (
                I,
                [
                    "la fréquentation des cures conventionnées a progressé de 6\u00a0% dans la région"
                ],
                "Thermalia",
            ),
            (
                D,
                [
                    "Je viens depuis trente et un ans pour mes genoux. Sans les cures, je ne "
                    "marcherais plus"
                ],
                "Odette Marchal",
            ),
            (
                D,
                [
                    "On vient pour soigner ses articulations",
                    "et on repart avec un carnet d'adresses plein.",
                ],
                "Odette Marchal",
            ),
        ],
    ),
    (  # 15 château guides on strike: "réclament une revalorisation" (noun object) not
        # annotated, union "Le syndicat Guides Unis a annoncé … que", direct + "résume Name,
        # guide depuis …", public body partial "a jugé ces revendications « … »" named in an
        # apposition, unnamed "un touriste venu de Liège" with a colon and a question inside
        "Les visiteurs du château de Valenclos ont trouvé porte close samedi, pour le troisième "
        "week-end consécutif. Les guides-conférenciers réclament une revalorisation de leur "
        "rémunération, inchangée depuis 2017, et des contrats à l'année.\n\n"
        "Le syndicat Guides Unis a annoncé dimanche que le mouvement serait reconduit jusqu'à "
        "l'ouverture de négociations.\n\n"
        "«\u00a0Nous racontons six siècles d'histoire à des milliers de personnes par jour, et nous "
        "sommes payés à la visite, comme des intermittents\u00a0», résume Élodie Marchetti, guide "
        "depuis douze ans.\n\n"
        "L'établissement public qui gère le domaine, Valenclos Patrimoine, a jugé ces "
        "revendications «\u00a0irréalistes\u00a0» dans le contexte budgétaire actuel. Devant les "
        "grilles, un touriste venu de Liège se désole\u00a0: «\u00a0On a fait 600 kilomètres pour "
        "voir des portes fermées. Personne ne pouvait nous prévenir\u00a0?\u00a0»",
        [
            (
                I,
                ["le mouvement serait reconduit jusqu'à l'ouverture de négociations"],
                "Guides Unis",
            ),
            (
                D,
                [
                    "Nous racontons six siècles d'histoire à des milliers de personnes par jour, "
                    "et nous sommes payés à la visite, comme des intermittents"
                ],
                "Élodie Marchetti",
            ),
            (P, ["irréalistes"], "Valenclos Patrimoine"),
            (
                D,
                [
                    "On a fait 600 kilomètres pour voir des portes fermées. Personne ne pouvait "
                    "nous prévenir\u00a0?"
                ],
                "touriste",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 snowmaking water permit: indirect with the cue after ("…, the resort said on
        # Monday, after …"), direct + "said Name, the resort's general manager" (name before
        # role), campaign group partial after "called the permit", "has until January to file
        # an appeal" not speech
        "Silverpeak Mountain Resort will draw up to 40 million gallons of water from Arrow Creek "
        "this winter to make artificial snow, the resort said on Monday, after a state board "
        "approved its permit despite objections from anglers and environmental groups.\n\n"
        "Natural snowfall at the resort has fallen by almost a third over the past two decades, "
        "and the lower runs now rarely open before Christmas without help.\n\n"
        "\"Without snowmaking, we don't have a ski season, and without a ski season, this town "
        "doesn't have an economy,\" said Tom Kessler, the resort's general manager. The resort "
        "employs about 600 seasonal workers.\n\n"
        'The conservation group Friends of Arrow Creek called the permit "a straw in the river" '
        "and has until January to file an appeal. Water levels in the creek dropped to a record "
        "low last February, when the resort's pumps were running around the clock.",
        [
            (
                I,
                [
                    "Silverpeak Mountain Resort will draw up to 40 million gallons of water from "
                    "Arrow Creek this winter to make artificial snow"
                ],
                "Silverpeak Mountain Resort",
            ),
            (
                D,
                [
                    "Without snowmaking, we don't have a ski season, and without a ski season, "
                    "this town doesn't have an economy"
                ],
                "Tom Kessler",
            ),
            (P, ["a straw in the river"], "Friends of Arrow Creek"),
        ],
    ),
    (  # 2 day-tripper entry fee: "Mayor Name was blunt: "…"" (colon, two sentences, final
        # period kept, title dropped), "…, according to X, a research group …" (the part
        # before), surname-only "Ferrandi's opponents" not speaking
        "Day-trippers to the lagoon city of Portavella will have to pay a €10 entry fee on busy "
        "weekends from April, under a scheme approved by the city council on Thursday. Visitors "
        "staying overnight in hotels, who already pay a tourist tax, will be exempt.\n\n"
        'Mayor Lucia Ferrandi was blunt: "We are not trying to make money. We are trying to make '
        'sure there is still a city here for people to visit in thirty years."\n\n'
        "The historic centre had 49,000 permanent residents in 2025, down from 121,000 in 1970, "
        "according to the Observatory of Lagoon Cities, a research group based at the local "
        "university. On peak days it now receives more than 80,000 visitors.\n\n"
        "Ferrandi's opponents on the council voted against the scheme. Anyone caught without a "
        "ticket will face a fine of up to €300.",
        [
            (
                D,
                [
                    "We are not trying to make money. We are trying to make sure there is still a "
                    "city here for people to visit in thirty years."
                ],
                "Lucia Ferrandi",
            ),
            (
                I,
                [
                    "The historic centre had 49,000 permanent residents in 2025, down from "
                    "121,000 in 1970"
                ],
                "Observatory of Lagoon Cities",
            ),
        ],
    ),
    (  # 3 hotel strike: "Their union, Name, said" (apposition), direct + "said Name, who …"
        # ending its sentence, then an unattributed continuation (second direct, same
        # speaker), company that "did not respond" not speaking
        "About 1,300 housekeepers, cooks and bellhops walked off the job at four hotels in "
        "downtown Harborview on Friday, the first hotel strike in the city in more than thirty "
        "years. Their union, Hospitality Workers United, said the walkout would continue through "
        "the holiday weekend unless management returned to the bargaining table.\n\n"
        'Picket lines formed outside the Grand Meridian shortly after dawn. "I clean sixteen '
        "rooms a day. My knees are finished, and I still can't pay my rent,\" said Maria "
        "Alvarez, who has worked at the hotel for nineteen years. \"We're not asking for the "
        'moon."\n\n'
        "The hotels' owner, Crestline Hospitality, did not respond to requests for comment. Room "
        "rates in the city have risen by 40% since 2022, driven by a boom in conventions.",
        [
            (
                I,
                [
                    "the walkout would continue through the holiday weekend unless management "
                    "returned to the bargaining table"
                ],
                "Hospitality Workers United",
            ),
            (
                D,
                [
                    "I clean sixteen rooms a day. My knees are finished, and I still can't pay my "
                    "rent"
                ],
                "Maria Alvarez",
            ),
            (D, ["We're not asking for the moon."], "Maria Alvarez"),
        ],
    ),
    (  # 4 restaurant closing: "chef Name" introduced without speaking, one quote split by
        # "he said in a phone interview," (two pieces, pronoun), book title in quotes not
        # speech, role-only "The restaurateur" then "Okoro said, laughing" (surname)
        "After 22 years and one very famous cookbook, chef Daniel Okoro is closing Ember & Vine, "
        "the West Quay restaurant that helped turn the city's dockside into a dining destination. "
        "The last service will be on New Year's Eve.\n\n"
        '"Rent has tripled since we opened," he said in a phone interview, "and you can only run '
        'on love for so long."\n\n'
        'Okoro\'s 2014 book, "The Salt Road", sold more than 300,000 copies and was translated '
        "into eleven languages. Regulars have been queuing for tables since the announcement, "
        "some of them outside the door before 8 a.m.\n\n"
        "The restaurateur is not retiring, though. \"I'll cook again, maybe somewhere with "
        'twelve seats and no website," Okoro said, laughing.',
        [
            (
                D,
                ["Rent has tripled since we opened", "and you can only run on love for so long."],
                "Daniel Okoro",
            ),
            (
                D,
                ["I'll cook again, maybe somewhere with twelve seats and no website"],
                "Daniel Okoro",
            ),
        ],
    ),
    (  # 5 roller coaster stuck: "Firefighters said … , and that …" (unnamed plural), park
        # partial inside reported speech ("the park said it was "…" and would …": only the
        # partial), direct + "said Name, 17, who …"
        "Twenty-four riders were left stranded for almost three hours on Saturday when the "
        "Thunder Canyon roller coaster at Wonderbay Park stopped near the top of its 60-metre "
        "lift hill. Firefighters said all of the passengers had been brought down safely using "
        "an aerial ladder, and that two were treated for dehydration.\n\n"
        'In a statement, the park said it was "deeply sorry" and would offer every rider a '
        "season pass. The ride will remain closed while engineers inspect its braking system."
        "\n\n"
        '"The worst part was not knowing. Nobody told us anything for the first forty minutes," '
        "said Kayla Brennan, 17, who was sitting in the front car with her cousin.",
        [
            (
                I,
                [
                    "all of the passengers had been brought down safely using an aerial ladder, "
                    "and that two were treated for dehydration"
                ],
                "firefighters",
            ),
            (P, ["deeply sorry"], "Wonderbay Park"),
            (
                D,
                [
                    "The worst part was not knowing. Nobody told us anything for the first forty "
                    "minutes"
                ],
                "Kayla Brennan",
            ),
        ],
    ),
    (  # 6 summit permit lottery: "…, X National Park announced on Tuesday" (cue after),
        # direct + "said the park's superintendent, Dr. Name" (title dropped), "Sorensen said"
        # (surname) indirect, "Local outfitters worry" not speech
        "Hikers hoping to climb Mount Tallis next summer will have to win a permit in a lottery, "
        "Cascade Crest National Park announced on Tuesday. Only 300 permits a day will be issued "
        "for the summit trail, which drew more than 2,000 walkers on some weekends this year."
        "\n\n"
        "\"On a Saturday in July, you were queuing to stand on the summit. That's not a "
        "wilderness experience, and it's not safe,\" said the park's superintendent, Dr. Anita "
        "Sorensen.\n\n"
        "Rescue teams were called to the trail 41 times in August alone, mostly for exhausted or "
        "poorly equipped hikers. Sorensen said the park would also hire six additional rangers "
        "and close the summit car park to private vehicles.\n\n"
        "The lottery opens on March 1. Local outfitters worry that fewer hikers will mean fewer "
        "rentals of boots and poles.",
        [
            (
                I,
                [
                    "Hikers hoping to climb Mount Tallis next summer will have to win a permit in a "
                    "lottery"
                ],
                "Cascade Crest National Park",
            ),
            (
                D,
                [
                    "On a Saturday in July, you were queuing to stand on the summit. That's not a "
                    "wilderness experience, and it's not safe"
                ],
                "Anita Sorensen",
            ),
            (
                I,
                [
                    "the park would also hire six additional rangers and close the summit car park "
                    "to private vehicles"
                ],
                "Anita Sorensen",
            ),
        ],
    ),
    (  # 7 lifeguard shortage: direct + "said Name, the patrol captain at X", role-only "The
        # captain blamed rising rents" (noun object, not annotated) followed by an
        # unattributed quote that is still his
        "Only nine of Coral Bay shire's 23 patrolled beaches will have lifeguards on duty this "
        "summer, after the local surf clubs failed to recruit enough volunteers. The remaining "
        "beaches will be marked with red-and-yellow warning signs instead.\n\n"
        "\"People see the flags and think someone is watching them. If there's no one in the "
        "tower, that's when we lose people,\" said Jack Thornbury, the patrol captain at North "
        "Point Surf Life Saving Club.\n\n"
        "Two swimmers drowned at unpatrolled beaches in the shire last January. The captain "
        'blamed rising rents, which have pushed young families out of the coastal towns. "Our '
        "volunteers used to be the locals' kids. Now the locals' kids live two hours inland.\"",
        [
            (
                D,
                [
                    "People see the flags and think someone is watching them. If there's no one in "
                    "the tower, that's when we lose people"
                ],
                "Jack Thornbury",
            ),
            (
                D,
                [
                    "Our volunteers used to be the locals' kids. Now the locals' kids live two "
                    "hours inland."
                ],
                "Jack Thornbury",
            ),
        ],
    ),
    (  # 8 county fair pumpkin: "…, a record attendance, according to organisers." (the part
        # before, unnamed plural), surname + age then "he said" after a two-sentence quote
        # that itself reports someone else ("My wife says"), scare quotes "heavy veg" not speech
        "A 1,104-kilogram pumpkin grown by retired postman Walter Gibbs took first prize at the "
        "Marlow County Fair on Sunday, beating his own record from 2024. More than 95,000 people "
        "visited the fair over its five days, a record attendance, according to organisers.\n\n"
        "Gibbs, 71, feeds his plants a secret mixture of seaweed and fish emulsion and sleeps in "
        'his greenhouse during storms. "My wife says I talk to them more than I talk to her. '
        "She's probably right,\" he said.\n\n"
        "The giant vegetable will be carved into a lantern for the fair's closing parade. The "
        'county\'s agricultural society hopes to host a national "heavy veg" championship next '
        "year.",
        [
            (
                I,
                [
                    "More than 95,000 people visited the fair over its five days, a record "
                    "attendance"
                ],
                "organisers",
            ),
            (
                D,
                ["My wife says I talk to them more than I talk to her. She's probably right"],
                "Walter Gibbs",
            ),
        ],
    ),
    (  # 9 cruise ship ban: a quote continued over two paragraphs (one span each) with the
        # attribution "said the council leader, Name" after the second, trade body "said in a
        # statement that"
        "From 2028, cruise ships carrying more than 1,000 passengers will no longer be allowed to "
        "dock in St. Aldric, after the town council voted 11 to 4 on Wednesday to close its "
        "deep-water berth to large vessels.\n\n"
        '"On a cruise day, 6,000 people come ashore in a town of 4,000. They fill the lanes for '
        "five hours, buy an ice cream and leave.\n\n"
        "\"The fishermen can't get to their boats, and the bakery sells out by ten. We had to "
        'choose," said the council leader, Morag Tennant.\n\n'
        "The Cruise Lines Council said in a statement that the decision would cost the local "
        "economy about £9 million a year and put dozens of jobs at risk. Smaller expedition "
        "ships, which carry fewer than 200 passengers, will still be welcome.",
        [
            (
                D,
                [
                    "On a cruise day, 6,000 people come ashore in a town of 4,000. They fill the "
                    "lanes for five hours, buy an ice cream and leave.",
                    "The fishermen can't get to their boats, and the bakery sells out by ten. We "
                    "had to choose",
                ],
                "Morag Tennant",
            ),
            (
                I,
                [
                    "the decision would cost the local economy about £9 million a year and put "
                    "dozens of jobs at risk"
                ],
                "Cruise Lines Council",
            ),
        ],
    ),
    (  # 10 village pub closing: direct + "said landlady Name, who …" (role before name),
        # campaign partial "which describes the pub as "…"" (relative pronoun for the
        # campaign), "Mrs Surname said she would" (British title without a period)
        "The Plough Inn at Little Hensworth, which has served ale since 1682, will close its "
        "doors on Sunday after the brewery that owns it put the building up for sale as a "
        "private house.\n\n"
        "\"This is where people come when the baby's born and where they come after the funeral. "
        "You can't replace that with a Facebook group,\" said landlady Bev Hutchins, who has run "
        "the pub with her husband for sixteen years.\n\n"
        'Villagers have set up a campaign, Save the Plough, which describes the pub as "the '
        'last shared room in the village" and hopes to raise £650,000 to buy it as a community '
        "asset. Mrs Hutchins said she would stay on as a volunteer if the bid succeeded.\n\n"
        "The brewery, Harcourt & Sons, has given the campaign until March to make an offer.",
        [
            (
                D,
                [
                    "This is where people come when the baby's born and where they come after the "
                    "funeral. You can't replace that with a Facebook group"
                ],
                "Bev Hutchins",
            ),
            (P, ["the last shared room in the village"], "Save the Plough"),
            (I, ["she would stay on as a volunteer if the bid succeeded"], "Bev Hutchins"),
        ],
    ),
    (  # 11 tourist tax: trade association speaking as such ("The X Hoteliers' Association
        # said"), a guesthouse owner introduced by name before his quote, "Mr Surname said"
        # after it
        "Visitors to the Strathmore Highlands will pay an extra 5% on their accommodation bills "
        "from next October, after the regional council approved a tourist tax on Tuesday. The "
        "levy is expected to raise about £7 million a year for roads, public toilets and car "
        "parks on the busiest routes.\n\n"
        "The Glenshiel Hoteliers' Association said the tax would push families towards cheaper "
        "destinations abroad and hit small guesthouses hardest.\n\n"
        'Duncan Rennie, who runs a four-room bed and breakfast in Kinlarig, disagreed. "When '
        "the road to the glen is full of potholes and there's nowhere to stop, the visitors "
        "notice. I'd rather they pay £5 than we lose them,\" Mr Rennie said.",
        [
            (
                I,
                [
                    "the tax would push families towards cheaper destinations abroad and hit small "
                    "guesthouses hardest"
                ],
                "Glenshiel Hoteliers' Association",
            ),
            (
                D,
                [
                    "When the road to the glen is full of potholes and there's nowhere to stop, "
                    "the visitors notice. I'd rather they pay £5 than we lose them"
                ],
                "Duncan Rennie",
            ),
        ],
    ),
    (  # 12 tour guide licences: "rules announced by" not speech, "Police said … and that …"
        # (unnamed), direct + "said Name, who …", scare quotes "free tours" with no speaker
        "Tour guides in Castellara will need a municipal licence and a language exam from June, "
        "under rules announced by the city's culture department on Monday. Guides working "
        "without a licence face fines of up to €2,000.\n\n"
        "More than 200 guides marched through the old town on Tuesday against the rules. Police "
        "said the demonstration had been peaceful and that no arrests were made.\n\n"
        '"I have a history degree and fourteen years of experience. Now they want me to sit an '
        'exam set by people who have never led a tour," said Beatriz Lobo, who takes groups '
        "through the cathedral quarter in four languages.\n\n"
        'Unlicensed "free tours", paid only in tips, have multiplied since 2022 and now crowd the '
        "narrowest streets at peak hours.",
        [
            (
                I,
                ["the demonstration had been peaceful and that no arrests were made"],
                "police",
            ),
            (
                D,
                [
                    "I have a history degree and fourteen years of experience. Now they want me to "
                    "sit an exam set by people who have never led a tour"
                ],
                "Beatriz Lobo",
            ),
        ],
    ),
    (  # 13 lantern festival drone show cancelled: "The festival's director, Name," introduced
        # without speaking, direct + "Natarajan told reporters" (surname), an unquoted
        # question and "Organisers have not decided" not annotated, parent direct + "said
        # Name, who …"
        "High winds forced the cancellation of the drone show that was due to close the "
        "Riverside Lantern Festival on Saturday night, disappointing a crowd estimated at 30,000 "
        "along the embankment. The festival's director, Priya Natarajan, took the decision less "
        "than an hour before the start, on the advice of the drone operator.\n\n"
        '"Four hundred drones over a river in gusts of 60 kilometres an hour is not a risk I was '
        'willing to take," Natarajan told reporters. Will the show be rescheduled? Organisers '
        "have not decided.\n\n"
        'Many families stayed on for the lantern parade. "My daughter cried for five minutes, '
        'then she saw the giant paper whale and forgot all about it," said Tom Ashdown, who had '
        "travelled from Leeds with his two children.",
        [
            (
                D,
                [
                    "Four hundred drones over a river in gusts of 60 kilometres an hour is not a "
                    "risk I was willing to take"
                ],
                "Priya Natarajan",
            ),
            (
                D,
                [
                    "My daughter cried for five minutes, then she saw the giant paper whale and "
                    "forgot all about it"
                ],
                "Tom Ashdown",
            ),
        ],
    ),
    (  # 14 safari lodge boom: possessive first mention ("Name's lodge") then direct + "said
        # Surname, whose family …", partial inside the reported speech of a trust ("warned that
        # … "…"": only the partial), "Reserve managers plan" not speech
        "Themba Nkosi's lodge on the edge of the Mbali Game Reserve has just had its best season "
        'in a decade, with occupancy above 85% from June to October. "For the first time since '
        'the pandemic, I have had to turn people away," said Nkosi, whose family has run the '
        "lodge since 1991.\n\n"
        "But the surge in visitors has alarmed conservationists. The Wildlife Corridors Trust "
        'warned that game drives were becoming "a traffic jam around every lion", with up to '
        "fifteen vehicles gathering at a single sighting.\n\n"
        "Reserve managers plan to limit each sighting to five vehicles from January, and to ban "
        "off-road driving near dens.",
        [
            (
                D,
                ["For the first time since the pandemic, I have had to turn people away"],
                "Themba Nkosi",
            ),
            (P, ["a traffic jam around every lion"], "Wildlife Corridors Trust"),
        ],
    ),
    (  # 15 caravan park flooded: agency "said" with a second verb taking a noun object
        # ("and issued a … warning", not annotated), direct + "said Name, 68, from X, who …",
        # partial in the reported speech of "She said the family would return" (only the
        # partial, pronoun)
        "Around 400 holidaymakers were evacuated from the Sandy Haven caravan park near Porthwyn "
        "on Tuesday night after the River Tressel burst its banks. The Welsh Rivers Authority "
        "said water levels had risen by almost two metres in six hours, and issued a severe "
        "flood warning for the lower valley.\n\n"
        'Coastguard volunteers used boats to reach some of the caravans. "We woke up and the '
        'water was at the second step. We grabbed the dog and the car keys and that was it," '
        "said Sheila Carrow, 68, from Wolverhampton, who has holidayed at the park every summer "
        "since 1979.\n\n"
        "She said the family would return next year \"if there's still a park to come back "
        'to".',
        [
            (
                I,
                ["water levels had risen by almost two metres in six hours"],
                "Welsh Rivers Authority",
            ),
            (
                D,
                [
                    "We woke up and the water was at the second step. We grabbed the dog and the "
                    "car keys and that was it"
                ],
                "Sheila Carrow",
            ),
            (P, ["if there's still a park to come back to"], "Sheila Carrow"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout102.jsonl"),
        "heldout102",
        "h102",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
