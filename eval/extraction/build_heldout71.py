"""Source of the seventy-first held-out set: writes heldout71.jsonl (split "heldout71").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
business and labour news: company results, layoffs and plant closures, mergers and the regulators
who review them, CEO departures, unions and strikes, analysts' notes and consumer prices, with
quotes of executives, union officials, workers, ministers, economists and companies.
Measured once with 0.3.0, 0.24.0 and 0.25.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout71.py
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
    (  # 1 dairy group results: plain spaces in « », cue after with role in apposition ("le
        # directeur général, X"), "Le dirigeant a annoncé que", "a confirmé la fermeture" (noun
        # object, not annotated), quote split by "a-t-il reconnu" (two pieces, final period kept)
        "Le groupe laitier Valbrenne a publié mardi des résultats trimestriels en net recul, "
        "plombés par la flambée du prix du lait payé aux producteurs. Son chiffre d'affaires a "
        "reculé de 4,2 % sur un an, à 1,37 milliard d'euros, et sa marge opérationnelle est tombée "
        "à 5,1 %, contre 6,8 % un an plus tôt.\n\n"
        "« Nous avons traversé le trimestre le plus difficile depuis dix ans, mais nos volumes "
        "tiennent », a déclaré le directeur général, Thibault Marchal-Ory, lors d'une conférence "
        "téléphonique avec les analystes.\n\n"
        "Le dirigeant a annoncé que le groupe renonçait à son objectif de marge pour l'ensemble de "
        "l'année. Il a également confirmé la fermeture du site de Pont-Aubert, qui emploie 212 "
        "salariés, d'ici à l'été.\n\n"
        "« C'est une décision douloureuse, a-t-il reconnu, mais l'usine tourne à moins de la "
        "moitié de ses capacités depuis deux ans. »\n\n"
        "À la Bourse de Paris, le titre a perdu 7,8 % en séance. Les analystes de Berthier "
        "Securities ont abaissé leur objectif de cours de 52 à 44 euros.",
        [
            (
                D,
                [
                    "Nous avons traversé le trimestre le plus difficile depuis dix ans, mais nos "
                    "volumes tiennent"
                ],
                "Thibault Marchal-Ory",
            ),
            (
                I,
                ["le groupe renonçait à son objectif de marge pour l'ensemble de l'année"],
                "Thibault Marchal-Ory",
            ),
            (
                D,
                [
                    "C'est une décision douloureuse",
                    "mais l'usine tourne à moins de la moitié de ses capacités depuis deux ans.",
                ],
                "Thibault Marchal-Ory",
            ),
        ],
    ),
    (  # 2 strike at a gearbox plant: no-break spaces, slogan on banners in « » (not speech),
        # unnamed worker "lance un ouvrier de l'atelier peinture", partial "a qualifié de « … »"
        # with union delegate in apposition, "a proposé ses services" (noun object)
        "Les chaînes de montage de l'usine Stelmar de Saint-Rémy-sur-Aulne sont à l'arrêt depuis "
        "lundi matin. Près de 600 salariés, sur les 1\u00a0450 que compte le site, ont cessé le "
        "travail à l'appel de l'intersyndicale pour réclamer une hausse générale des salaires de "
        "6\u00a0%.\n\n"
        "Sur les banderoles accrochées aux grilles, un seul mot d'ordre\u00a0: «\u00a0Pas un euro "
        "de moins\u00a0». Devant les braseros, la colère est palpable. «\u00a0On nous parle de "
        "compétitivité tous les ans, et tous les ans ce sont les mêmes qui se serrent la "
        "ceinture\u00a0», lance un ouvrier de l'atelier peinture, vingt-deux ans d'ancienneté.\n\n"
        "Le délégué de la CGT-Métallurgie, Farid Benslimane, a qualifié de "
        "«\u00a0provocation\u00a0» la proposition de 2,1\u00a0% faite par la direction lors de la "
        "dernière réunion de négociation, le 14\u00a0novembre. Le site, qui produit des boîtes de "
        "vitesses pour plusieurs constructeurs européens, a pourtant enregistré l'an dernier un "
        "bénéfice record.\n\n"
        "Aucune nouvelle réunion n'était programmée mardi soir. La préfecture a proposé ses "
        "services pour organiser une médiation.",
        [
            (
                D,
                [
                    "On nous parle de compétitivité tous les ans, et tous les ans ce sont les mêmes "
                    "qui se serrent la ceinture"
                ],
                "ouvrier",
            ),
            (P, ["provocation"], "Farid Benslimane"),
        ],
    ),
    (  # 3 consumer prices: « » without spaces, "…, selon l'estimation publiée par <office>
        # (SIGLE)." after, quote over two sentences with "analyse X" after, "D'après la
        # fédération des distributeurs <Name>, …" (generic noun dropped)
        "Les prix à la consommation ont augmenté de 2,9 % sur un an en octobre, selon "
        "l'estimation définitive publiée jeudi par l'Office national de la statistique (ONS). "
        "L'alimentation reste le principal moteur de la hausse, avec une progression de 5,4 % en "
        "un an, tirée par le café, le chocolat et l'huile d'olive. Les prix de l'énergie ont en "
        "revanche reculé de 3,1 %.\n\n"
        "«Les ménages ont l'impression que l'inflation ne ralentit pas, et ils n'ont pas tort pour "
        "leur panier de courses. La baisse de l'énergie masque le phénomène dans l'indice global», "
        "analyse Sandrine Abitbol, économiste à l'Observatoire des revenus et de la "
        "consommation.\n\n"
        "D'après la fédération des distributeurs Commerce & Enseignes, les négociations annuelles "
        "avec les industriels, qui s'ouvrent en décembre, devraient se traduire par de nouvelles "
        "hausses en rayon au printemps. Les grandes marques réclament des augmentations de 4 à 7 % "
        "pour compenser le coût des matières premières.\n\n"
        "Le gouvernement doit réunir distributeurs et industriels le 9 décembre.",
        [
            (
                I,
                ["Les prix à la consommation ont augmenté de 2,9 % sur un an en octobre"],
                "Office national de la statistique",
            ),
            (
                D,
                [
                    "Les ménages ont l'impression que l'inflation ne ralentit pas, et ils n'ont pas "
                    "tort pour leur panier de courses. La baisse de l'énergie masque le phénomène "
                    "dans l'indice global"
                ],
                "Sandrine Abitbol",
            ),
            (
                I,
                [
                    "les négociations annuelles avec les industriels, qui s'ouvrent en décembre, "
                    "devraient se traduire par de nouvelles hausses en rayon au printemps"
                ],
                "Commerce & Enseignes",
            ),
        ],
    ),
    (  # 4 bank merger: narrow no-break spaces, quote over two sentences with "a expliqué la
        # présidente de la BMO, Hélène de X" (particle), "Mme de X a assuré qu'", union official
        # after "a réagi", "réclame un accord de méthode" (noun object)
        "La Banque mutualiste de l'Ouest (BMO) et le Crédit rhénan ont officialisé lundi leur "
        "projet de rapprochement, qui donnerait naissance au cinquième groupe bancaire du pays, "
        "avec 14\u202fmillions de clients et 41\u202f000 salariés. L'opération, évaluée à "
        "6,3\u202fmilliards d'euros, doit encore être autorisée par l'Autorité de la "
        "concurrence.\n\n"
        "«\u202fCe n'est pas une fusion défensive. Nous voulons construire une banque capable "
        "d'investir massivement dans le numérique sans renoncer à ses agences\u202f», a expliqué "
        "la présidente de la BMO, Hélène de Villeroy-Kassab, lors d'une conférence de presse "
        "commune à Nantes.\n\n"
        "Mme de Villeroy-Kassab a assuré qu'aucun licenciement sec n'était prévu. Les syndicats "
        "restent sceptiques\u202f: le projet prévoit la fermeture de 180 agences en trois ans, là "
        "où les deux réseaux se chevauchent.\n\n"
        "«\u202fOn connaît la chanson. On commence par les agences, on finit par les services "
        "d'appui\u202f», a réagi Martine Olivier-Sow, secrétaire nationale de la CFDT-Banques, qui "
        "réclame un accord de méthode avant toute signature.",
        [
            (
                D,
                [
                    "Ce n'est pas une fusion défensive. Nous voulons construire une banque capable "
                    "d'investir massivement dans le numérique sans renoncer à ses agences"
                ],
                "Hélène de Villeroy-Kassab",
            ),
            (I, ["aucun licenciement sec n'était prévu"], "Hélène de Villeroy-Kassab"),
            (
                D,
                [
                    "On connaît la chanson. On commence par les agences, on finit par les services "
                    "d'appui"
                ],
                "Martine Olivier-Sow",
            ),
        ],
    ),
    (  # 5 DIY chain job cuts: narrow no-break spaces, indirect before ", a annoncé mercredi sa
        # direction" (company), plan name in « » (not speech), unnamed cashier with a quote ending
        # in "!", partial after "a justifié ces mesures par"
        "L'enseigne de bricolage Maxibrico va supprimer 1\u202f150 postes en France et fermer ou "
        "céder vingt-trois magasins d'ici à la fin de 2027, a annoncé mercredi sa direction aux "
        "représentants du personnel, réunis en comité social et économique central au siège de "
        "Villeneuve-d'Orge.\n\n"
        "Ces suppressions s'inscrivent dans le plan de transformation «\u202fCap 2028\u202f», "
        "présenté aux investisseurs en septembre. Les magasins concernés sont pour la plupart "
        "situés dans des villes moyennes.\n\n"
        "«\u202fJ'ai appris la fermeture de mon magasin par un texto de ma responsable. Après "
        "dix-neuf ans\u202f!\u202f», s'indigne une caissière du magasin de Vernay-le-Haut, venue "
        "manifester devant le siège avec une cinquantaine de collègues.\n\n"
        "Le directeur général de Maxibrico, Olivier Ndiaye, a justifié ces mesures par «\u202fun "
        "marché qui s'est effondré depuis la fin des confinements\u202f». Les ventes de l'enseigne "
        "ont reculé de 18\u202f% en trois ans. Le groupe emploie encore 9\u202f400 personnes dans "
        "ses 131 magasins français et réalise un quart de son chiffre d'affaires en Espagne et au "
        "Portugal.",
        [
            (
                I,
                [
                    "L'enseigne de bricolage Maxibrico va supprimer 1\u202f150 postes en France et "
                    "fermer ou céder vingt-trois magasins d'ici à la fin de 2027"
                ],
                "Maxibrico",
            ),
            (
                D,
                [
                    "J'ai appris la fermeture de mon magasin par un texto de ma responsable. Après "
                    "dix-neuf ans\u202f!"
                ],
                "caissière",
            ),
            (
                P,
                ["un marché qui s'est effondré depuis la fin des confinements"],
                "Olivier Ndiaye",
            ),
        ],
    ),
    (  # 6 CEO departure: no-break spaces, "a annoncé le départ" and "évoque des divergences"
        # (noun objects, not annotated), "M. X, lui, s'est dit « … »" partial, unnamed fund
        # manager after a two-sentence quote ("observe un gérant de fonds")
        "Coup de théâtre chez Orvane. Le fabricant de pneumatiques a annoncé vendredi soir le "
        "départ avec effet immédiat de son directeur général, Mathias Krüger, en poste depuis "
        "2021. L'intérim sera assuré par la directrice financière, Nour El-Khatib, le temps de "
        "trouver un successeur.\n\n"
        "Dans un message adressé aux 9\u00a0000 salariés du groupe, que nous avons pu consulter, "
        "le président du conseil d'administration, Bernard Lhermitte, évoque des divergences sur "
        "la stratégie industrielle, sans plus de précisions.\n\n"
        "M.\u00a0Krüger, lui, s'est dit «\u00a0fier du chemin parcouru\u00a0» dans une brève "
        "déclaration transmise à la presse.\n\n"
        "Les marchés ont mal accueilli la nouvelle\u00a0: l'action a perdu 5,6\u00a0% lundi à "
        "l'ouverture. «\u00a0Le départ brutal d'un patron en pleine restructuration n'est jamais "
        "un bon signal. Les investisseurs vont exiger de la visibilité, et vite\u00a0», observe un "
        "gérant de fonds, qui a requis l'anonymat.\n\n"
        "Orvane, qui emploie 31\u00a0000 personnes dans le monde, avait lancé au printemps un "
        "plan d'économies de 400\u00a0millions d'euros, accompagné de la fermeture de deux "
        "usines en Europe centrale.",
        [
            (P, ["fier du chemin parcouru"], "Mathias Krüger"),
            (
                D,
                [
                    "Le départ brutal d'un patron en pleine restructuration n'est jamais un bon "
                    "signal. Les investisseurs vont exiger de la visibilité, et vite"
                ],
                "gérant de fonds",
            ),
        ],
    ),
    (  # 7 regional rail strike: plain spaces, quote over two paragraphs (first paragraph left
        # open, second reopened with «) closed by "a martelé mardi X, secrétaire régional de Y"
        # (two pieces), minister partial "a dénoncé une « … »", "Selon la direction de <Name>, …"
        "Le trafic sera très perturbé jeudi et vendredi sur le réseau régional Transval. Les "
        "contrôleurs et une partie des conducteurs, appelés à la grève par SUD-Rail et l'Unsa "
        "ferroviaire, protestent contre la suppression des contrôleurs à bord des trains circulant "
        "après 20 heures, prévue au 1er janvier.\n\n"
        "« Un train sans contrôleur le soir, c'est un train où l'on laisse les voyageurs seuls "
        "face aux agressions. Nous l'avons dit et répété à la direction depuis le printemps.\n\n"
        "« Nous ne bougerons pas tant que la mesure ne sera pas retirée », a martelé mardi Anthony "
        "Keita, secrétaire régional de SUD-Rail, lors d'une conférence de presse à "
        "Valençay-sur-Doubs.\n\n"
        "Le ministre des Transports, Régis Aubertin, a dénoncé mercredi une « prise d'otages » des "
        "usagers à l'approche des fêtes. Selon la direction de Transval, seul un train sur trois "
        "circulera jeudi sur les lignes de la vallée, et aucun car de substitution ne pourra être "
        "mis en place.",
        [
            (
                D,
                [
                    "Un train sans contrôleur le soir, c'est un train où l'on laisse les voyageurs "
                    "seuls face aux agressions. Nous l'avons dit et répété à la direction depuis le "
                    "printemps.",
                    "Nous ne bougerons pas tant que la mesure ne sera pas retirée",
                ],
                "Anthony Keita",
            ),
            (P, ["prise d'otages"], "Régis Aubertin"),
            (
                I,
                [
                    "seul un train sur trois circulera jeudi sur les lignes de la vallée, et aucun "
                    "car de substitution ne pourra être mis en place"
                ],
                "Transval",
            ),
        ],
    ),
    (  # 8 paper mill closure: « » without spaces, mayor after "ne décolère pas :" with a final
        # period inside the marks, "Selon l'intersyndicale, …" (unnamed collective), unnamed
        # spokeswoman speaking for the company ("une porte-parole de <company>")
        "La papeterie de Lussac-les-Moulins fermera définitivement ses portes le 31 mars. Le "
        "groupe finlandais Kovala Paper, propriétaire du site depuis 2016, a confirmé mardi l'arrêt "
        "de la production, faute de repreneur. Les 174 salariés recevront leur lettre de "
        "licenciement en janvier.\n\n"
        "Le maire de la commune, Jean-Baptiste Ferrandi, ne décolère pas : «On a déroulé le tapis "
        "rouge à ces gens-là. Subventions, terrains, allègements fiscaux : ils ont tout pris, et "
        "maintenant ils partent.»\n\n"
        "Selon l'intersyndicale, deux offres de reprise ont été écartées par Kovala au cours de "
        "l'été, dont l'une émanait d'un cartonnier italien prêt à conserver une centaine "
        "d'emplois.\n\n"
        "Le groupe dément. «Aucune offre ferme et financée ne nous a été présentée», a indiqué à "
        "notre journal une porte-parole de Kovala Paper, jointe par téléphone à Helsinki.\n\n"
        "Fondée en 1887, la papeterie a longtemps été le premier employeur du canton. Elle "
        "produisait encore l'an dernier 90 000 tonnes de papier pour magazines, un marché en "
        "recul de près de 8 % par an depuis une décennie.",
        [
            (
                D,
                [
                    "On a déroulé le tapis rouge à ces gens-là. Subventions, terrains, allègements "
                    "fiscaux : ils ont tout pris, et maintenant ils partent."
                ],
                "Jean-Baptiste Ferrandi",
            ),
            (
                I,
                [
                    "deux offres de reprise ont été écartées par Kovala au cours de l'été, dont "
                    "l'une émanait d'un cartonnier italien prêt à conserver une centaine d'emplois"
                ],
                "intersyndicale",
            ),
            (
                D,
                ["Aucune offre ferme et financée ne nous a été présentée"],
                "Kovala Paper",
            ),
        ],
    ),
    (  # 9 shrinkflation survey: no-break spaces, nickname in « » (not speech), quote with
        # "dénonce X" after, "D'après elle, …" (pronoun), partial after "a attribué … à" by a
        # federation named with its acronym
        "Même prix, moins de produit. L'association Familles & Consommation a recensé dans les "
        "rayons de cinq grandes enseignes 312 références dont le contenu a diminué depuis janvier "
        "sans baisse de prix, des produits que ses bénévoles ont surnommés les "
        "«\u00a0rétrécis\u00a0». Paquets de biscuits allégés de 25\u00a0grammes, bouteilles de "
        "lessive passées de 2 à 1,8\u00a0litre\u00a0: la liste, publiée lundi, est longue.\n\n"
        "«\u00a0Les industriels comptent sur le fait que personne ne lit le poids inscrit en tout "
        "petit sur l'emballage\u00a0», dénonce Leïla Ben Amor, chargée d'études de l'association. "
        "D'après elle, la hausse de prix cachée atteint en moyenne 11\u00a0% sur les produits "
        "concernés.\n\n"
        "La Fédération des entreprises alimentaires (FEA), qui représente les industriels, a "
        "attribué ces changements de format à «\u00a0l'envolée du coût des matières premières et "
        "de l'énergie\u00a0» dans un communiqué publié mardi.\n\n"
        "Depuis le 1er\u00a0juillet, un arrêté impose aux distributeurs de signaler en rayon les "
        "produits concernés par une baisse de quantité.",
        [
            (
                D,
                [
                    "Les industriels comptent sur le fait que personne ne lit le poids inscrit en "
                    "tout petit sur l'emballage"
                ],
                "Leïla Ben Amor",
            ),
            (
                I,
                [
                    "la hausse de prix cachée atteint en moyenne 11\u00a0% sur les produits concernés"
                ],
                "Leïla Ben Amor",
            ),
            (
                P,
                ["l'envolée du coût des matières premières et de l'énergie"],
                "Fédération des entreprises alimentaires",
            ),
        ],
    ),
    (  # 10 pilots' strike vote: no-break spaces, "résume le commandant X" (rank dropped, name
        # with particle "Le"), "Pour la direction d'<airline>, « … »." (company speaker), HR
        # director partial inside "s'est dite prête à"
        "Les pilotes de la compagnie régionale Air Armor ont voté lundi à 87\u00a0% en faveur "
        "d'une grève de cinq jours pendant les vacances de Noël, du 21 au 26\u00a0décembre. En "
        "cause\u00a0: des plannings communiqués de plus en plus tard et des journées de vol "
        "allongées depuis la suppression de deux bases, à Kerlouan-Plage et à Saint-Ivy.\n\n"
        "«\u00a0Nous ne demandons pas la lune. Nous demandons que nos plannings soient connus plus "
        "de trois jours à l'avance\u00a0», résume le commandant Yannick Le Goff, représentant du "
        "Syndicat national des pilotes au sein de la compagnie.\n\n"
        "Pour la direction d'Air Armor, «\u00a0le moment choisi est irresponsable\u00a0». Une "
        "grève à Noël coûterait près de 9\u00a0millions d'euros à l'entreprise, soit l'équivalent "
        "de son bénéfice de l'an dernier.\n\n"
        "La directrice des ressources humaines, Aïssatou Diallo-Ferrand, s'est dite prête à "
        "rouvrir les discussions «\u00a0sans tabou\u00a0» dès mercredi. Le syndicat n'a pas encore "
        "répondu à l'invitation.",
        [
            (
                D,
                [
                    "Nous ne demandons pas la lune. Nous demandons que nos plannings soient connus "
                    "plus de trois jours à l'avance"
                ],
                "Yannick Le Goff",
            ),
            (D, ["le moment choisi est irresponsable"], "Air Armor"),
            (P, ["sans tabou"], "Aïssatou Diallo-Ferrand"),
        ],
    ),
    (  # 11 start-up layoffs: “ ” in French, CEO quote after "l'a annoncé … :" with a final period
        # inside the marks, unnamed developer after "raconte", investor who declines to comment
        # (no quote)
        "La start-up lyonnaise de livraison Kolis se sépare de 140 de ses 460 salariés, soit près "
        "d'un tiers de ses effectifs. Son cofondateur et PDG, Raphaël Zerbib, l'a annoncé lundi "
        "dans un long message publié sur LinkedIn : “Nous avons grandi trop vite, en pariant sur "
        "une levée de fonds qui n'est jamais venue. J'en porte l'entière responsabilité.”\n\n"
        "Les salariés concernés ont été convoqués en visioconférence à des entretiens de quinze "
        "minutes. “On a eu droit à un PowerPoint et à une carte cadeau. Voilà pour trois ans de "
        "boulot”, raconte un développeur, qui souhaite rester anonyme.\n\n"
        "Kolis avait levé 38 millions d'euros en 2023 auprès du fonds Aldebaran Ventures, dont "
        "l'associée Ingrid Van der Meulen siège au conseil d'administration. Contactée, celle-ci "
        "n'a pas souhaité s'exprimer. La société, qui livre 1,2 million de colis par mois, vise "
        "désormais l'équilibre financier à la fin de 2026. Elle conservera ses entrepôts de "
        "Vénissieux et de Villeurbanne, mais abandonne ses activités à Marseille et à Bordeaux.",
        [
            (
                D,
                [
                    "Nous avons grandi trop vite, en pariant sur une levée de fonds qui n'est jamais "
                    "venue. J'en porte l'entière responsabilité."
                ],
                "Raphaël Zerbib",
            ),
            (
                D,
                [
                    "On a eu droit à un PowerPoint et à une carte cadeau. Voilà pour trois ans de "
                    "boulot"
                ],
                "développeur",
            ),
        ],
    ),
    (  # 12 minimum wage: plain spaces, indirect before ", a annoncé vendredi la ministre du
        # Travail, X", "a justifié Mme X" after a two-sentence quote, unnamed plural speaker
        # ("Les syndicats ont … dénoncé une décision « … »")
        "Le salaire minimum augmentera de 1,8 % au 1er janvier, a annoncé vendredi la ministre du "
        "Travail, Corinne Abadie-Lemoine, à l'issue de la réunion de la commission nationale de la "
        "négociation collective. Le smic horaire brut passera ainsi à 12,21 euros.\n\n"
        "Le gouvernement n'accordera pas de coup de pouce au-delà de la revalorisation "
        "automatique, contrairement à ce que réclamaient les organisations de salariés.\n\n"
        "« Un coup de pouce aurait pénalisé les petites entreprises, qui sortent à peine de deux "
        "années très difficiles. Notre priorité, c'est que les branches renégocient leurs grilles "
        "salariales », a justifié Mme Abadie-Lemoine.\n\n"
        "Les syndicats ont unanimement dénoncé une décision « hors sol ». Près de 3,1 millions de "
        "personnes sont payées au salaire minimum, soit 17 % des salariés du secteur privé.\n\n"
        "Une quarantaine de branches professionnelles, du commerce de détail à la propreté, "
        "affichent encore des minima conventionnels inférieurs au nouveau montant du salaire "
        "minimum. La commission de suivi des négociations se réunira de nouveau en mars.",
        [
            (
                I,
                ["Le salaire minimum augmentera de 1,8 % au 1er janvier"],
                "Corinne Abadie-Lemoine",
            ),
            (
                D,
                [
                    "Un coup de pouce aurait pénalisé les petites entreprises, qui sortent à peine "
                    "de deux années très difficiles. Notre priorité, c'est que les branches "
                    "renégocient leurs grilles salariales"
                ],
                "Corinne Abadie-Lemoine",
            ),
            (P, ["hors sol"], "syndicats"),
        ],
    ),
    (  # 13 foundry takeover: « » without spaces, lawyer "Me X" with particle "ben" after "a
        # commenté", intention phrase "a promis d'investir …", worker named by first name only
        # ("souffle Dominique, mouleur")
        "Le tribunal des activités économiques de Sarrebourg-la-Forêt a retenu mercredi l'offre "
        "de reprise du groupe belge Vandamme Industries pour la fonderie Métallor, en redressement "
        "judiciaire depuis juin. Sur les 386 salariés, 251 seront conservés.\n\n"
        "«C'est la moins mauvaise des solutions. Sans cette offre, c'était la liquidation pure et "
        "simple», a commenté à la sortie de l'audience Me Karim ben Youssef, l'avocat du comité "
        "social et économique.\n\n"
        "Le directeur général de Vandamme Industries, Pieter Verhoeven, a promis d'investir 12 "
        "millions d'euros en trois ans dans la modernisation des fours et de la ligne de moulage. "
        "Le groupe, qui possède déjà trois fonderies en Wallonie, vise les marchés du ferroviaire "
        "et de l'éolien.\n\n"
        "Parmi les 135 salariés licenciés, l'amertume domine. «Trente ans de maison, et je finis "
        "dans la mauvaise colonne du tableau», souffle Dominique, mouleur, devant les grilles de "
        "l'usine. Une cellule de reclassement doit ouvrir ses portes dans les locaux de la mairie "
        "à partir du 8 décembre.",
        [
            (
                D,
                [
                    "C'est la moins mauvaise des solutions. Sans cette offre, c'était la "
                    "liquidation pure et simple"
                ],
                "Karim ben Youssef",
            ),
            (
                I,
                [
                    "investir 12 millions d'euros en trois ans dans la modernisation des fours et "
                    "de la ligne de moulage"
                ],
                "Pieter Verhoeven",
            ),
            (
                D,
                ["Trente ans de maison, et je finis dans la mauvaise colonne du tableau"],
                "Dominique",
            ),
        ],
    ),
    (  # 14 telecom results: no-break spaces, quote split by "a résumé M. X devant la presse"
        # (two pieces, final period kept), "envisage de" (no speech verb), "D'après X, analyste
        # chez Y, …"
        "L'opérateur télécoms Fibéa a dégagé un bénéfice net de 412\u00a0millions d'euros sur ses "
        "neuf premiers mois, en hausse de 12\u00a0%, porté par l'essor de la fibre dans les zones "
        "rurales. Son directeur financier, Stéphane Okonkwo, a présenté ces comptes jeudi matin au "
        "siège du groupe.\n\n"
        "«\u00a0Nous avons fini de construire, a résumé M.\u00a0Okonkwo devant la presse, "
        "maintenant nous récoltons.\u00a0» Le groupe a raccordé 1,3\u00a0million de nouveaux "
        "foyers depuis janvier.\n\n"
        "Le chiffre d'affaires a progressé de 3,4\u00a0%, à 9,8\u00a0milliards d'euros. Le nombre "
        "d'abonnés mobiles a en revanche légèrement reculé, sous la pression des offres à bas prix "
        "de ses concurrents.\n\n"
        "Fibéa envisage par ailleurs de céder une partie de ses pylônes à un fonds "
        "d'infrastructures d'ici à l'été. D'après Bérénice Lacombe, analyste chez Harcourt & Fils, "
        "cette cession pourrait rapporter entre 2 et 2,5\u00a0milliards d'euros, de quoi réduire "
        "sensiblement la dette du groupe. Celle-ci atteignait 14,2\u00a0milliards d'euros à la "
        "fin de septembre.",
        [
            (
                D,
                ["Nous avons fini de construire", "maintenant nous récoltons."],
                "Stéphane Okonkwo",
            ),
            (
                I,
                [
                    "cette cession pourrait rapporter entre 2 et 2,5\u00a0milliards d'euros, de "
                    "quoi réduire sensiblement la dette du groupe"
                ],
                "Bérénice Lacombe",
            ),
        ],
    ),
    (  # 15 fuel prices: no-break spaces, "…, d'après les relevés publiés par le site
        # gouvernemental <Name>." after, taxi driver by first name after "calcule", "cite des
        # chiffres … selon lesquels" (not a source), unnamed minister partial "a promis de « … »"
        "Le gazole a dépassé lundi la barre des 2\u00a0euros le litre dans plus d'une station sur "
        "cinq, d'après les relevés publiés par le site gouvernemental Prix-Carburants. Une "
        "première depuis l'automne 2022.\n\n"
        "À la station de la zone commerciale des Glycines, à Montbrison-le-Vieux, les "
        "automobilistes font grise mine. «\u00a0Je fais 250\u00a0kilomètres par jour avec mon "
        "taxi. À ce prix-là, je travaille une matinée par semaine pour payer le plein\u00a0», "
        "calcule Hassan, chauffeur depuis douze ans.\n\n"
        "Les distributeurs invoquent la remontée des cours du pétrole et la faiblesse de l'euro. "
        "Le président de l'Union des indépendants du pétrole, Christophe Marquet-Ibarra, cite des "
        "chiffres de la profession selon lesquels 600 stations ont fermé en zone rurale depuis "
        "deux ans.\n\n"
        "Le gouvernement a exclu toute baisse des taxes, mais le ministre de l'Économie a promis "
        "de «\u00a0surveiller de près\u00a0» les marges des raffineurs. Le prix moyen du litre de "
        "gazole s'établissait lundi à 1,96\u00a0euro, contre 1,71\u00a0euro au début de "
        "l'année.",
        [
            (
                I,
                [
                    "Le gazole a dépassé lundi la barre des 2\u00a0euros le litre dans plus d'une "
                    "station sur cinq"
                ],
                "Prix-Carburants",
            ),
            (
                D,
                [
                    "Je fais 250\u00a0kilomètres par jour avec mon taxi. À ce prix-là, je travaille "
                    "une matinée par semaine pour payer le plein"
                ],
                "Hassan",
            ),
            (P, ["surveiller de près"], "ministre de l'Économie"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 DIY chain results: straight quotes, quote split by "chief executive X said on a
        # call with reporters," (one quote, two pieces, final period kept), company as speaker
        # of a partial inside "said in a note to clients that"
        "Harlow Brothers, the UK's third-largest DIY chain, reported a 31 per cent fall in "
        "half-year pre-tax profit on Tuesday, to £84 million, as cautious shoppers put off kitchen "
        "and bathroom projects. Like-for-like sales fell 4.6 per cent in the six months to the end "
        "of September.\n\n"
        '"We are not going to pretend this was a good half," chief executive Martin Okafor said '
        'on a call with reporters, "but we have gained market share in every category that '
        'matters."\n\n'
        "The company kept its interim dividend unchanged at 4.2p a share and has no plans to close "
        "stores, although it will cut around 300 head-office roles as part of a £40 million "
        "savings programme.\n\n"
        "Shares fell 6 per cent in early trading in London. Penrose Capital said in a note to "
        'clients that the figures were "weaker than feared" and cut its target price to 310p. '
        "The stock has now lost about a quarter of its value since January.",
        [
            (
                D,
                [
                    "We are not going to pretend this was a good half",
                    "but we have gained market share in every category that matters.",
                ],
                "Martin Okafor",
            ),
            (P, ["weaker than feared"], "Penrose Capital"),
        ],
    ),
    (  # 2 payments company layoffs: curly quotes, partial inside "said the company had", the
        # same CEO as "she wrote" after a two-sentence quote, unnamed "A company spokesperson"
        # speaking for the company
        "Cobaltline, the Austin-based payments software company, is cutting 1,200 jobs, or about "
        "14% of its workforce, in its second round of layoffs this year.\n\n"
        "In a memo to staff on Monday, chief executive Dana Whitfield-Ruiz said the company had "
        "“over-hired for a world that did not arrive” and would fold its consumer app into its "
        "business division.\n\n"
        "“This is the hardest message I have had to write. I know that many of you will read it "
        "with anger, and I understand why,” she wrote.\n\n"
        "A company spokesperson said affected employees in the United States would receive 16 "
        "weeks of severance pay and six months of health coverage.\n\n"
        "Cobaltline's shares, which have lost more than half their value since the start of the "
        "year, rose 3% in after-hours trading.\n\n"
        "The company, founded in 2014, processes payments for about 60,000 small businesses, "
        "mostly restaurants and independent shops. It cut 700 jobs in March and closed offices in "
        "Denver and Toronto in the summer.",
        [
            (P, ["over-hired for a world that did not arrive"], "Dana Whitfield-Ruiz"),
            (
                D,
                [
                    "This is the hardest message I have had to write. I know that many of you will "
                    "read it with anger, and I understand why"
                ],
                "Dana Whitfield-Ruiz",
            ),
            (
                I,
                [
                    "affected employees in the United States would receive 16 weeks of severance "
                    "pay and six months of health coverage"
                ],
                "Cobaltline",
            ),
        ],
    ),
    (  # 3 dock strike ballot: straight quotes, two-sentence quote with "said the union's general
        # secretary, X" after, unnamed crane driver with the full-stop form ("A," said one crane
        # driver, … . "B.") = two quotes, both his
        "Dock workers at the Port of Kessington have voted overwhelmingly to strike over pay in a "
        "ballot organised by the Transport and Dock Workers' Union, raising the prospect of the "
        "first stoppage at Britain's second-busiest container terminal in four decades. "
        "Ninety-one per cent of members who took part backed walkouts, on a turnout of 78 per "
        "cent.\n\n"
        '"Our members kept this port running through the pandemic, through the supply chain '
        'crisis, through everything. They are not going to accept a real-terms pay cut," said the '
        "union's general secretary, Siobhan McAllister.\n\n"
        "\"I've worked here nineteen years and I've never voted for a strike before,\" said one "
        'crane driver, who did not want to be named. "This time it felt like we had no '
        'choice."\n\n'
        "Kessington Port Holdings has offered a 4.5 per cent rise, below inflation of 5.1 per "
        "cent. The first walkouts could begin on December 12. The terminal handles about a fifth of "
        "the country's container imports.",
        [
            (
                D,
                [
                    "Our members kept this port running through the pandemic, through the supply "
                    "chain crisis, through everything. They are not going to accept a real-terms "
                    "pay cut"
                ],
                "Siobhan McAllister",
            ),
            (
                D,
                ["I've worked here nineteen years and I've never voted for a strike before"],
                "crane driver",
            ),
            (D, ["This time it felt like we had no choice."], "crane driver"),
        ],
    ),
    (  # 4 vet chains merger: straight quotes, partial after "said the merger would allow the
        # group to" with the full stop outside the marks, CEO with "al-" particle then surname
        # alone ("al-Hashimi told"), regulator "said in a statement that"
        "Two of Britain's biggest veterinary groups, PetWell and Ardmore Animal Health, have "
        "agreed to merge in a £2.1 billion all-share deal that would create a chain of more than "
        "900 clinics.\n\n"
        "PetWell's chief executive, Tariq al-Hashimi, who will lead the combined company, said the "
        'merger would allow the group to "invest in specialist care that neither of us could '
        'afford alone".\n\n'
        '"Pet owners will not see higher bills as a result of this deal. If anything, scale will '
        'help us hold prices down," al-Hashimi told the Financial Ledger.\n\n'
        "The deal is likely to face close scrutiny. The Competition Review Board, which has been "
        "investigating vet prices since last year, said in a statement that it would examine "
        "whether the merger reduced choice in towns where the two chains were the only options.\n\n"
        "PetWell shareholders will own 58 per cent of the combined group, which will keep its "
        "headquarters in Reading. The two companies employ about 14,000 people between them, "
        "including 3,500 vets.",
        [
            (
                P,
                ["invest in specialist care that neither of us could afford alone"],
                "Tariq al-Hashimi",
            ),
            (
                D,
                [
                    "Pet owners will not see higher bills as a result of this deal. If anything, "
                    "scale will help us hold prices down"
                ],
                "Tariq al-Hashimi",
            ),
            (
                I,
                [
                    "it would examine whether the merger reduced choice in towns where the two "
                    "chains were the only options"
                ],
                "Competition Review Board",
            ),
        ],
    ),
    (  # 5 inflation figures: straight quotes, indirect before ", the National Statistics Bureau
        # said on Wednesday.", economist "said Dr. X, chief economist at Y" after, "Treasurer X
        # said the figures were "…"" (partial only)
        "Consumer prices in Westland rose 3.4% in the year to October, up from 3.1% in September, "
        "the National Statistics Bureau said on Wednesday. Food prices alone climbed 6.2%, with "
        "coffee, beef and chocolate leading the increases.\n\n"
        '"The headline number is bad, but the detail is worse. Services inflation, which the '
        'central bank watches most closely, has not budged in six months," said Dr. Miriam '
        "Achterberg, chief economist at Lindqvist Bank.\n\n"
        "Markets now expect the Reserve Bank of Westland to hold rates at 4.25% at its December "
        "meeting rather than cut them, a shift from last week.\n\n"
        'Treasurer Paul Mbeki said the figures were "disappointing but not surprising" and '
        "pointed to a temporary rise in electricity tariffs that will drop out of the index in the "
        "spring.\n\n"
        "Inflation has stayed above the central bank's 2% target for four years. Wages rose 3.9% "
        "in the year to September, barely ahead of prices, and retail sales have fallen in three "
        "of the last four months.",
        [
            (
                I,
                [
                    "Consumer prices in Westland rose 3.4% in the year to October, up from 3.1% in September"
                ],
                "National Statistics Bureau",
            ),
            (
                D,
                [
                    "The headline number is bad, but the detail is worse. Services inflation, which "
                    "the central bank watches most closely, has not budged in six months"
                ],
                "Miriam Achterberg",
            ),
            (P, ["disappointing but not surprising"], "Paul Mbeki"),
        ],
    ),
    (  # 6 axle plant closure: straight quotes, indirect before ", the company announced
        # Thursday.", radio show title in quotes (not speech), "Millbrook Mayor X called the
        # decision "…."" (partial, period inside the marks), "Ortiz said" after
        "Brennan Axle will close its 62-year-old plant in Millbrook by the end of next year, "
        "eliminating 740 jobs, the company announced Thursday. The company, which also has plants "
        "in Tennessee and northern Mexico, employs about 9,000 people.\n\n"
        'Speaking on the local radio program "Morning Drive" on Friday, Millbrook Mayor '
        'Guadalupe Ortiz called the decision "a gut punch to every family in this valley."\n\n'
        '"We will fight for every one of these jobs. Brennan got tax breaks from this city for '
        'twenty years, and we expect them to remember that," Ortiz said.\n\n'
        "The plant, which makes axles for pickup trucks, once employed more than 2,000 people. "
        "Workers were told of the closure at a shift meeting on Thursday morning, less than an "
        "hour before the announcement. Millbrook, a town of about 18,000, lost a glass factory and "
        "a furniture plant in the past decade, and the axle plant is its largest remaining "
        "private employer.",
        [
            (
                I,
                [
                    "Brennan Axle will close its 62-year-old plant in Millbrook by the end of next "
                    "year, eliminating 740 jobs"
                ],
                "Brennan Axle",
            ),
            (P, ["a gut punch to every family in this valley."], "Guadalupe Ortiz"),
            (
                D,
                [
                    "We will fight for every one of these jobs. Brennan got tax breaks from this "
                    "city for twenty years, and we expect them to remember that"
                ],
                "Guadalupe Ortiz",
            ),
        ],
    ),
    (  # 7 airline CEO resigns: curly quotes, "In a statement, van Houten said:" (lower-case
        # particle) with a final period inside, chair partial "thanked Mr van Houten for his
        # "…"", "A spokesman for the authority said" (organisation speaker)
        "The chief executive of Northern Skies Airways, Gerrit van Houten, resigned on Sunday, "
        "three weeks after a computer outage stranded 90,000 passengers over a holiday "
        "weekend.\n\n"
        "In a statement, van Houten said: “The outage happened on my watch. Our customers deserve "
        "a fresh start, and so does this company.”\n\n"
        "The airline's chair, Rosalind Achebe, thanked Mr van Houten for his “eight years of "
        "dedicated service”. An interim chief executive will be named within days.\n\n"
        "The Civil Aviation Authority is still investigating the outage, which forced the "
        "cancellation of more than 600 flights. A spokesman for the authority said its findings "
        "would be published early next year.\n\n"
        "The outage began on a Friday evening in late October, when a failed software update "
        "took down the airline's check-in and crew scheduling systems. Flights did not return to "
        "normal until the following Tuesday, and the airline has so far paid out more than £30 "
        "million in refunds and compensation. Its shares have fallen 17 per cent since the "
        "incident.",
        [
            (
                D,
                [
                    "The outage happened on my watch. Our customers deserve a fresh start, and so "
                    "does this company."
                ],
                "Gerrit van Houten",
            ),
            (P, ["eight years of dedicated service"], "Rosalind Achebe"),
            (
                I,
                ["its findings would be published early next year"],
                "Civil Aviation Authority",
            ),
        ],
    ),
    (  # 8 fast-food union vote: straight quotes, slogan on signs (not speech), shift lead named
        # after "said" with a relative clause, company partial "would "bargain in good faith.""
        # inside reported speech (period inside the marks)
        "Workers at a Burger Barn restaurant in East Halvering voted 23 to 9 on Friday to join the "
        "Service Employees Alliance, making it the first unionized location of the 1,400-outlet "
        "chain.\n\n"
        'Outside the restaurant, supporters held up signs reading "Twenty and a Union" and '
        "cheered as the result was read out by a labor board official.\n\n"
        '"Nobody here wanted to make history. We wanted fixed schedules and a break room that '
        "isn't the walk-in freezer,\" said Keisha Borrero, a shift lead who has worked at the "
        "restaurant for six years.\n\n"
        "Burger Barn said in a statement that it respected its employees' right to choose and "
        'would "bargain in good faith." The company has 60 days to begin negotiations.\n\n'
        "Similar campaigns have been launched at about a dozen other fast-food outlets in the "
        "state this year, but none had reached a vote until now. Crew members at the restaurant "
        "currently earn between $15.50 and $17 an hour.",
        [
            (
                D,
                [
                    "Nobody here wanted to make history. We wanted fixed schedules and a break room "
                    "that isn't the walk-in freezer"
                ],
                "Keisha Borrero",
            ),
            (P, ["bargain in good faith."], "Burger Barn"),
        ],
    ),
    (  # 9 failed drug trial: straight quotes, "after the company said" (indirect, company),
        # "Dr. X told analysts … that the company would "…"" (partial only), analyst "was
        # blunt:" with a two-sentence quote and its final period
        "Shares of Halvorsen Pharma plunged 22% on Monday after the company said its experimental "
        "Alzheimer's drug had failed to slow cognitive decline in a large late-stage trial. The "
        "result wiped roughly $9 billion off the company's market value.\n\n"
        "Halvorsen's head of research, Dr. Anjali Venkataraman, told analysts on a conference call "
        'that the company would "study the data carefully" before deciding whether to continue '
        "development.\n\n"
        "Analysts were largely unconvinced. Lucas Ferreira, an analyst at Broadmoor Securities, "
        'was blunt: "This is not a delay. This is a failure, and the market is pricing it '
        'correctly."\n\n'
        "The drug, known as HLV-204, had been expected to generate annual sales of up to $3 "
        "billion by 2030.\n\n"
        "The trial enrolled about 1,800 patients with early-stage disease in 14 countries and "
        "lasted 18 months. Halvorsen had spent more than $2 billion developing the drug, and it "
        "was the company's only late-stage candidate outside cancer. The shares are now trading "
        "at their lowest level since 2016.",
        [
            (
                I,
                [
                    "its experimental Alzheimer's drug had failed to slow cognitive decline in a "
                    "large late-stage trial"
                ],
                "Halvorsen Pharma",
            ),
            (P, ["study the data carefully"], "Anjali Venkataraman"),
            (
                D,
                ["This is not a delay. This is a failure, and the market is pricing it correctly."],
                "Lucas Ferreira",
            ),
        ],
    ),
    (  # 10 department store bankruptcy: straight quotes, "filed for bankruptcy … and said it
        # would" (indirect, company), shopper with age and job in apposition, full-stop form
        # ("A," said X, … . "B.") = two quotes, both hers
        "Fenwick & Lowe, the 140-year-old department store chain, filed for bankruptcy protection "
        "on Tuesday and said it would close 38 of its 61 stores by March. About 2,900 employees "
        "are expected to lose their jobs.\n\n"
        "The chain has struggled since the pandemic, as shoppers moved online and rents in city "
        "centers rose. It lost $112 million in its last financial year.\n\n"
        "At the flagship store in Carrowmore, shoppers and staff were coming to terms with the "
        'news. "My grandmother bought her wedding dress here," said Ellen Fitzgibbon, 67, a '
        'retired teacher. "It feels like the town is losing a piece of itself."\n\n'
        "The company's remaining stores will stay open during the restructuring. Fenwick & Lowe "
        "opened its first shop in Carrowmore in 1885 and grew to more than 90 stores at its peak "
        "in the 1990s. It was bought by a private equity firm in 2017 and has changed chief "
        "executive three times since. Its pension scheme, which covers about 11,000 current and "
        "former staff, has a deficit of around $240 million.",
        [
            (I, ["it would close 38 of its 61 stores by March"], "Fenwick & Lowe"),
            (D, ["My grandmother bought her wedding dress here"], "Ellen Fitzgibbon"),
            (D, ["It feels like the town is losing a piece of itself."], "Ellen Fitzgibbon"),
        ],
    ),
    (  # 11 nurses' strike: straight quotes, quote split by "said X, an intensive-care nurse and
        # president of the nurses' union," (one quote, two pieces), hospital CEO ("Its chief
        # executive, X") with an indirect and a partial in one sentence (period inside marks)
        "About 3,000 nurses at St. Aldric's Medical Center walked off the job at 7 a.m. Wednesday, "
        "beginning a three-day strike over staffing levels.\n\n"
        '"We are not striking for ourselves," said Oluwaseun Adeyemi, an intensive-care nurse '
        "and president of the nurses' union, \"we are striking because one nurse cannot safely "
        'look after six patients."\n\n'
        "The hospital has brought in 1,100 replacement nurses from a staffing agency. Its chief "
        "executive, Howard Lindqvist-Barnes, said patient care would not be affected and accused "
        'the union of "playing politics with patients\' lives."\n\n'
        "Negotiations broke down on Sunday after eleven months of talks. No new dates have been "
        "set.\n\n"
        "St. Aldric's, the largest hospital in the region, has 820 beds and a level one trauma "
        "center. Several planned surgeries were postponed on Wednesday, and ambulances were "
        "diverted to two smaller hospitals for part of the morning. It is the first strike at the "
        "hospital since 2008, when nurses walked out for a single day over pensions.",
        [
            (
                D,
                [
                    "We are not striking for ourselves",
                    "we are striking because one nurse cannot safely look after six patients.",
                ],
                "Oluwaseun Adeyemi",
            ),
            (I, ["patient care would not be affected"], "Howard Lindqvist-Barnes"),
            (P, ["playing politics with patients' lives."], "Howard Lindqvist-Barnes"),
        ],
    ),
    (  # 12 energy price cap: straight quotes, "The regulator said" (role alone for the named
        # regulator), quote over two paragraphs (first left open, second reopened) closed by
        # "said X, director of the charity Y" (two pieces)
        "Household energy bills will rise by an average of £96 a year from January after the "
        "Energy Market Regulator raised its price cap by 5.8 per cent, the third increase in a "
        "row.\n\n"
        "The regulator said the rise reflected higher wholesale gas prices and the cost of "
        "upgrading the electricity network.\n\n"
        '"We are hearing from people who are already rationing their heating in November, before '
        "the cold has even started. Some are choosing between a hot meal and a warm room.\n\n"
        '"Another rise in January is the last thing they need," said Priti Ramaswamy, director '
        "of the charity Warm Homes Alliance.\n\n"
        "The new cap will apply until the end of March.\n\n"
        "A typical household using gas and electricity will now pay £1,751 a year, still below "
        "the peak reached three winters ago but about 40 per cent more than before the energy "
        "crisis. Standing charges, the fixed daily fee paid regardless of use, will also rise, "
        "by 3p a day for electricity.",
        [
            (
                I,
                [
                    "the rise reflected higher wholesale gas prices and the cost of upgrading the "
                    "electricity network"
                ],
                "Energy Market Regulator",
            ),
            (
                D,
                [
                    "We are hearing from people who are already rationing their heating in "
                    "November, before the cold has even started. Some are choosing between a hot "
                    "meal and a warm room.",
                    "Another rise in January is the last thing they need",
                ],
                "Priti Ramaswamy",
            ),
        ],
    ),
    (  # 13 copper mine strike: straight quotes, "union president X told reporters" after (role
        # dropped), company "said in a statement that", "According to <commission>, …" before
        "Workers at the Cerro Blanco copper mine in northern Chile began an indefinite strike on "
        "Monday after talks over a new collective contract broke down, halting output at one of "
        "the world's ten largest copper operations.\n\n"
        '"The company made record profits last year and is offering us crumbs," union president '
        "Ignacio Fuenzalida told reporters outside the mine gates.\n\n"
        "Andes Austral Mining, which operates the mine, said in a statement that its final offer "
        "included an 8% raise and a one-off bonus of 9 million pesos per worker.\n\n"
        "According to the Chilean Copper Commission, the mine produced about 410,000 tonnes of "
        "copper last year. Copper prices rose 2.1% in London on news of the stoppage.\n\n"
        "The union represents about 2,400 of the mine's 3,100 permanent employees. Under Chilean "
        "law, the company may hire replacement workers after 15 days if its offer meets certain "
        "legal conditions. The last strike at Cerro Blanco, in 2019, lasted 38 days.",
        [
            (
                D,
                ["The company made record profits last year and is offering us crumbs"],
                "Ignacio Fuenzalida",
            ),
            (
                I,
                [
                    "its final offer included an 8% raise and a one-off bonus of 9 million pesos "
                    "per worker"
                ],
                "Andes Austral Mining",
            ),
            (
                I,
                ["the mine produced about 410,000 tonnes of copper last year"],
                "Chilean Copper Commission",
            ),
        ],
    ),
    (  # 14 egg prices: curly quotes, farmer introduced without a speech verb then "she said"
        # (pronoun) after a quote with an en dash, "Mrs X said that was "…"" (partial only)
        "Egg prices in Britain's supermarkets have risen by more than a third in a year, after a "
        "wave of bird flu outbreaks cut flocks and several large producers left the industry.\n\n"
        "At Hollins Farm near Kettleby, which supplies three regional chains, Margaret Oduya "
        "keeps 12,000 hens, half as many as two years ago. “Feed, electricity, vet bills, "
        "insurance – everything has gone up except what the supermarkets pay us,” she said.\n\n"
        "Retailers have agreed to raise the price paid to farmers by 8p a dozen from December. "
        "Mrs Oduya said that was “nowhere near enough” to cover her costs.\n\n"
        "A dozen medium free-range eggs now costs an average of £3.45, compared with £2.55 a year "
        "ago.\n\n"
        "The number of laying hens in Britain has fallen by about 4 million in two years. Some "
        "supermarkets have limited purchases to two boxes per customer, and imports from Spain and "
        "Poland have risen sharply since the summer.",
        [
            (
                D,
                [
                    "Feed, electricity, vet bills, insurance – everything has gone up except what "
                    "the supermarkets pay us"
                ],
                "Margaret Oduya",
            ),
            (P, ["nowhere near enough"], "Margaret Oduya"),
        ],
    ),
    (  # 15 video game acquisition: straight quotes, game title in quotes (not speech), quote
        # with "Lumenforge's chief executive, X, said in an interview" after, senator partial
        # after "called the deal", "called for a regulatory review" (noun object)
        "Lumenforge Inc. agreed on Thursday to buy the video game publisher Pixelhaven Studios for "
        "$4.8 billion in cash, its largest acquisition to date, betting that hit franchises such "
        'as "Starfall Legends" will draw more subscribers to its streaming service.\n\n'
        '"Pixelhaven makes the games our subscribers ask for most. Owning them outright means we '
        "can plan five years ahead instead of five months,\" Lumenforge's chief executive, Rahul "
        "Deshpande, said in an interview.\n\n"
        "Some lawmakers were quick to raise concerns. Senator Elaine Brody-Castillo, who chairs a "
        'subcommittee on competition, called the deal "another step toward a handful of '
        'companies owning everything we watch and play" and called for a regulatory review.\n\n'
        "Pixelhaven's shares jumped 31% on the news.\n\n"
        "Pixelhaven, founded in Montreal in 2006, employs about 2,300 people in six studios. Its "
        "last three games sold a combined 40 million copies. Lumenforge's streaming service has "
        "about 28 million subscribers, up from 19 million a year ago.",
        [
            (
                D,
                [
                    "Pixelhaven makes the games our subscribers ask for most. Owning them outright "
                    "means we can plan five years ahead instead of five months"
                ],
                "Rahul Deshpande",
            ),
            (
                P,
                ["another step toward a handful of companies owning everything we watch and play"],
                "Elaine Brody-Castillo",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout71.jsonl"),
        "heldout71",
        "h71",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
