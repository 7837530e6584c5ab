"""Source of the fifteenth held-out set: writes heldout15.jsonl (split "heldout15").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like wire copy, regional and overseas press (La Réunion, Guadeloupe,
Nouvelle-Calédonie, Monaco, Luxembourg; New Zealand, South Africa, Scotland, Wales, Kenya,
Singapore, the Caribbean), not like a list of edge cases: Q&A-style interviews, long features
with many voices, short wire briefs and court reports.
Measured once before (extractor 0.3.0) and once after extractor 0.11.0 (docs/EXTRACTION.md); not
read when this was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout15.py
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
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 Réunion volcano alert, wire: apposition after the cue, unnamed hiker after the cue
        "Saint-Pierre (La Réunion) — Le Piton des Cendres est entré en éruption mercredi peu "
        "après 4 heures, au terme d'une crise sismique de près de trois heures. Une fissure "
        "d'environ 600 mètres s'est ouverte sur le flanc sud-est, dans l'enclos inhabité. La "
        "préfecture a déclenché l'alerte 2-2 et fermé l'accès à l'enclos ainsi que les sentiers "
        "du Pas-de-Bellevue.\n\n"
        "«\u202fLa lave progresse lentement et ne menace aucune zone habitée à ce stade\u202f», "
        "a précisé le directeur de l'Observatoire volcanologique de Bois-Court, Hervé "
        "Lacoste-Tamby, qui devait survoler le site en hélicoptère dans l'après-midi.\n\n"
        "Au gîte du volcan, une vingtaine de randonneurs avaient été réveillés par les "
        "secousses. «\u202fOn a senti le lit bouger, puis on a vu la lueur orange derrière la "
        "crête\u202f», raconte un randonneur venu de Lyon, qui comptait atteindre le cratère à "
        "l'aube.\n\n"
        "Il s'agit de la troisième éruption de l'année. La route des Laves n'est pas concernée "
        "à ce stade.",
        [
            (
                D,
                ["La lave progresse lentement et ne menace aucune zone habitée à ce stade"],
                "Hervé Lacoste-Tamby",
            ),
            (
                D,
                ["On a senti le lit bouger, puis on a vu la lueur orange derrière la crête"],
                "randonneur",
            ),
        ],
    ),
    (  # 2 Guadeloupe fishermen, Q&A flow: colon quote after "Il", incise lâche-t-il, no spaces
        "Port-Louis-Bas (Guadeloupe) — Depuis que l'interdiction de la pêche au casier a été "
        "prolongée jusqu'en 2029 dans la baie des Trois-Mornes, les marins-pêcheurs du nord de "
        "la Grande-Terre disent leur inquiétude. Rencontre avec Joël Monrose-Céleste, président "
        "de l'association des pêcheurs de Port-Louis-Bas, sur le quai où il débarque chaque "
        "matin ses vivaneaux.\n\n"
        "Combien de bateaux sont concernés ? Il compte sur ses doigts : « Trente-deux unités. "
        "Et derrière, presque cent familles. »\n\n"
        "Et la relève ? Le ton se durcit. «Mon fils a vendu sa yole l'an dernier pour "
        "travailler à l'aéroport, lâche-t-il. Qui va le lui reprocher ?»\n\n"
        "De son côté, la direction de la mer a fait savoir qu'un bilan scientifique de la zone "
        "serait présenté aux professionnels avant la fin du premier semestre.",
        [
            (
                D,
                ["Trente-deux unités. Et derrière, presque cent familles."],
                "Joël Monrose-Céleste",
            ),
            (
                D,
                [
                    "Mon fils a vendu sa yole l'an dernier pour travailler à l'aéroport",
                    "Qui va le lui reprocher ?",
                ],
                "Joël Monrose-Céleste",
            ),
            (
                I,
                [
                    "un bilan scientifique de la zone serait présenté aux professionnels avant "
                    "la fin du premier semestre"
                ],
                "direction de la mer",
            ),
        ],
    ),
    (  # 3 Monaco museum: exhibition title in “ ” (not a quote), “ ” direct, partial
        "Monaco — Le Nouveau Musée de la Condamine inaugure samedi “Marées lentes”, une "
        "exposition consacrée aux peintres de la côte ligure entre 1880 et 1930. "
        "Quatre-vingt-dix toiles, dont une trentaine jamais montrées au public, ont été prêtées "
        "par des collections privées de la Principauté et d'Italie.\n\n"
        "“C'est le fruit de quatre ans de recherche dans des greniers et des salons de la "
        "Riviera”, a expliqué jeudi la commissaire de l'exposition, Ornella Fassio-Brun, lors "
        "d'une visite réservée à la presse.\n\n"
        "Le directeur du musée, Marc-Henri Vial, a reconnu que le budget, fixé à 1,4 million "
        "d'euros, avait été “largement dépassé” en raison des frais d'assurance et de transport "
        "des œuvres.\n\n"
        "L'exposition est visible jusqu'au 4 janvier, tous les jours sauf le lundi.",
        [
            (
                D,
                [
                    "C'est le fruit de quatre ans de recherche dans des greniers et des salons "
                    "de la Riviera"
                ],
                "Ornella Fassio-Brun",
            ),
            (P, ["largement dépassé"], "Marc-Henri Vial"),
        ],
    ),
    (  # 4 Luxembourg communal election: two women alternating, "Sa rivale", -t-elle, role
        "Wellenbach — Coup de tonnerre dans cette commune de 6 800 habitants de la Moselle "
        "luxembourgeoise : la bourgmestre sortante, Nathalie Kieffer-Weis, a perdu dimanche la "
        "majorité qu'elle détenait depuis douze ans au conseil communal. Sa liste, Ensemble pour "
        "Wellenbach, n'obtient que 5 sièges sur 13, contre 7 pour Wellenbach Demain, menée par "
        "Sandra Lommel, une enseignante de 41 ans.\n\n"
        "«\u00a0Les électeurs ont voulu tourner la page, je le respecte\u00a0», a réagi Mme "
        "Kieffer-Weis dans la soirée, entourée de ses colistiers à la mairie.\n\n"
        "Sa rivale a promis que le projet de lotissement du Kiemberg, porté par l'ancienne "
        "majorité, serait «\u00a0remis à plat\u00a0» dès les premières semaines. «\u00a0Nous "
        "allons d'abord ouvrir les dossiers et regarder les chiffres\u00a0», a-t-elle ajouté.\n\n"
        "L'ancienne bourgmestre a indiqué qu'elle siégerait dans l'opposition «\u00a0sans esprit "
        "de revanche\u00a0». La participation, en légère baisse, s'établit à 88,2\u00a0%, le "
        "vote étant obligatoire.",
        [
            (
                D,
                ["Les électeurs ont voulu tourner la page, je le respecte"],
                "Nathalie Kieffer-Weis",
            ),
            (P, ["remis à plat"], "Sandra Lommel"),
            (
                D,
                ["Nous allons d'abord ouvrir les dossiers et regarder les chiffres"],
                "Sandra Lommel",
            ),
            (P, ["sans esprit de revanche"], "Nathalie Kieffer-Weis"),
        ],
    ),
    (  # 5 Nouvelle-Calédonie cyclone alert: "D'après X, …"; -t-il after a non-speech sentence
        "Nouméa — Le haut-commissariat a placé dimanche soir les communes de la côte Est en "
        "alerte cyclonique de niveau 1, à l'approche de la dépression tropicale forte Kalani, "
        "qui pourrait devenir un cyclone dans les vingt-quatre heures.\n\n"
        "D'après Météo-Calédonie, le centre du phénomène pourrait passer à moins de 80 "
        "kilomètres de Touho-Sud lundi après-midi, avec des cumuls de pluie dépassant 300 "
        "millimètres sur les reliefs.\n\n"
        "Le maire de Touho-Sud, Gilbert Wahoupa, a fait ouvrir trois abris dès dimanche soir, "
        "dans les écoles de la commune. «\u202fOn a encore en mémoire les crues d'il y a trois "
        "ans. Personne ne doit rester seul chez lui, surtout pas les anciens\u202f», a-t-il "
        "insisté.\n\n"
        "La compagnie Air Loyauté-Sud a annoncé l'annulation de toutes ses rotations vers les "
        "îles lundi. Les établissements scolaires de la côte Est resteront fermés.",
        [
            (
                I,
                [
                    "le centre du phénomène pourrait passer à moins de 80 kilomètres de "
                    "Touho-Sud lundi après-midi, avec des cumuls de pluie dépassant 300 "
                    "millimètres sur les reliefs"
                ],
                "Météo-Calédonie",
            ),
            (
                D,
                [
                    "On a encore en mémoire les crues d'il y a trois ans. Personne ne doit "
                    "rester seul chez lui, surtout pas les anciens"
                ],
                "Gilbert Wahoupa",
            ),
        ],
    ),
    (  # 6 tennis Challenger: "le vainqueur" after a long quote; dash-introduced quote
        "Angoulême — Il a fallu près de trois heures à Théo Marchetti pour venir à bout de "
        "l'Argentin Tomás Echeverri-Ruiz (6-7, 7-6, 7-5), samedi, en demi-finale de l'Open de "
        "la Charente-Limousine. Le Niçois de 22 ans, 187e mondial, disputera dimanche la "
        "première finale de sa carrière sur le circuit Challenger.\n\n"
        "Balle de match sauvée au deuxième set, crampes au troisième : le scénario avait tout "
        "d'un piège. « À 5-5 dans le dernier set, je ne sentais plus mes jambes. J'ai décidé de "
        "tout jouer en coup droit et de ne plus réfléchir. Je ne sais pas trop comment, mais ça "
        "a tenu », a soufflé en conférence de presse le vainqueur, une poche de glace sur la "
        "cuisse.\n\n"
        "Son adversaire ne cachait pas son amertume envers l'arbitrage — « Deux balles faute "
        "annoncées bonnes sur les points importants, ça fait beaucoup. »\n\n"
        "Le directeur du tournoi, Bernard Lachaise, a annoncé une affluence record de 11 400 "
        "spectateurs sur la semaine.",
        [
            (
                D,
                [
                    "À 5-5 dans le dernier set, je ne sentais plus mes jambes. J'ai décidé de "
                    "tout jouer en coup droit et de ne plus réfléchir. Je ne sais pas trop "
                    "comment, mais ça a tenu"
                ],
                "Théo Marchetti",
            ),
            (
                D,
                ["Deux balles faute annoncées bonnes sur les points importants, ça fait beaucoup."],
                "Tomás Echeverri-Ruiz",
            ),
        ],
    ),
    (  # 7 handball: two coaches alternating, "Le technicien saint-lois" then -t-il
        "Saint-Lô — Le HBC Vallée-de-l'Orne a arraché le nul (29-29) sur le parquet de l'AS "
        "Saint-Lô-Agneaux, samedi soir, lors de la 9e journée de Nationale 1. Menés de cinq buts "
        "à dix minutes de la fin, les Ornais sont revenus grâce à une défense avancée et aux "
        "arrêts de leur gardien, Kévin Lemarié, auteur de 14 parades.\n\n"
        "« On n'a rien lâché, c'est la seule chose que je retiens ce soir », a réagi "
        "l'entraîneur ornais, Patrice Guérard. En face, son homologue Yannick Dorval "
        "fulminait : « On a joué cinquante minutes et on s'est arrêtés. C'est inacceptable à ce "
        "niveau. »\n\n"
        "M. Guérard savait son équipe chanceuse sur le dernier jet franc, repoussé par le "
        "poteau. Le technicien saint-lois, lui, refusait de s'en prendre à l'arbitrage. « Je "
        "vais avoir des mots avec certains joueurs cette semaine », a-t-il prévenu.",
        [
            (
                D,
                ["On n'a rien lâché, c'est la seule chose que je retiens ce soir"],
                "Patrice Guérard",
            ),
            (
                D,
                [
                    "On a joué cinquante minutes et on s'est arrêtés. C'est inacceptable à ce "
                    "niveau."
                ],
                "Yannick Dorval",
            ),
            (
                D,
                ["Je vais avoir des mots avec certains joueurs cette semaine"],
                "Yannick Dorval",
            ),
        ],
    ),
    (  # 8 court report, consumer fraud: procureure partial, "le cadet", quote over paragraphs
        "Montreval — Deux frères, Kevin Ferrand, 29 ans, et Dylan Ferrand, 33 ans, ont été "
        "condamnés jeudi par le tribunal correctionnel de Montreval à dix-huit mois de prison, "
        "dont six avec sursis, pour des escroqueries au dépannage à domicile. Entre janvier et "
        "mai, ils avaient facturé jusqu'à 2\u00a0400 euros le remplacement d'une serrure ou d'un "
        "joint de robinet à des personnes âgées.\n\n"
        "La procureure, Émilie Sarrazin-Delmas, a dénoncé à l'audience «\u00a0une prédation "
        "organisée\u00a0» et requis deux ans ferme.\n\n"
        "À la barre, le cadet a tenté de minimiser\u00a0: «\u00a0On faisait le travail. Les "
        "prix, c'était ceux du marché.\u00a0» Une ligne de défense qui a fait bondir Jeanne "
        "Castaing, venue témoigner pour sa mère, partie civile\u00a0:\n\n"
        "«\u00a0Ma mère a attendu trois heures dans le froid pendant qu'ils changeaient une pièce "
        "à 12 euros. Ils lui ont fait signer une facture de 1\u00a0900 euros.\n\n"
        "«\u00a0Depuis, elle n'ose plus ouvrir sa porte à personne.\u00a0»\n\n"
        "L'avocat des prévenus, Me Alain Brousse, avait plaidé la relaxe pour l'aîné.",
        [
            (P, ["une prédation organisée"], "Émilie Sarrazin-Delmas"),
            (
                D,
                ["On faisait le travail. Les prix, c'était ceux du marché."],
                "Kevin Ferrand",
            ),
            (
                D,
                [
                    "Ma mère a attendu trois heures dans le froid pendant qu'ils changeaient une "
                    "pièce à 12 euros. Ils lui ont fait signer une facture de 1\u00a0900 euros.",
                    "Depuis, elle n'ose plus ouvrir sa porte à personne.",
                ],
                "Jeanne Castaing",
            ),
        ],
    ),
    (  # 9 consumer prices: "…, selon l'association de consommateurs X"; «» without spaces
        "Le Mans — Le prix d'un panier de 35 produits de base a augmenté de 6,8 % en un an dans "
        "les hypermarchés du département, contre 3,1 % dans les magasins de proximité, selon "
        "l'association de consommateurs Consom'Action Val-de-Loir, qui publiait lundi son "
        "relevé trimestriel.\n\n"
        "Sa présidente, Monique Hardouin, pointe en particulier les produits d'hygiène et le "
        "café. «Sur certains shampooings, on a relevé des hausses de 20 % sans la moindre "
        "explication. Les gens achètent moins, ou se tournent vers les premiers prix», observe "
        "cette ancienne comptable, qui coordonne une équipe de quatorze bénévoles.\n\n"
        "L'association demande un affichage obligatoire des marges sur les produits de première "
        "nécessité. Deux enseignes sollicitées n'ont pas donné suite.",
        [
            (
                I,
                [
                    "Le prix d'un panier de 35 produits de base a augmenté de 6,8 % en un an "
                    "dans les hypermarchés du département, contre 3,1 % dans les magasins de "
                    "proximité"
                ],
                "Consom'Action Val-de-Loir",
            ),
            (
                D,
                [
                    "Sur certains shampooings, on a relevé des hausses de 20 % sans la moindre "
                    "explication. Les gens achètent moins, ou se tournent vers les premiers prix"
                ],
                "Monique Hardouin",
            ),
        ],
    ),
    (  # 10 tourism feature, many voices: colon quote, "explique que" + continuing quote, "l'élu"
        "Vallon-des-Gorges — La saison touristique s'achève en demi-teinte dans les gorges de la "
        "Sévenne. Les nuitées marchandes ont reculé de 4 % en juillet-août par rapport à l'an "
        "dernier, et les professionnels ne cachent pas leur déception.\n\n"
        "Au camping des Trois-Chênes, Fabienne Roux a fait ses comptes : « Les étrangers sont "
        "revenus, les Néerlandais surtout. Ce sont les familles françaises qui ont manqué. Elles "
        "ont raccourci leurs séjours, parfois de moitié. »\n\n"
        "Même constat chez les loueurs de canoës. Didier Ponsard, installé au pont de "
        "Salavas-Vieux depuis 1994, explique que la rivière a été trop basse pendant trois "
        "semaines en août. « On a dû fermer le parcours de 24 kilomètres. Ça, les clients ne le "
        "comprennent pas toujours. »\n\n"
        "À la mairie, on s'inquiète surtout pour les commerces du centre, dont trois ont baissé "
        "le rideau depuis le printemps.\n\n"
        "Le président de l'agence départementale d'attractivité, le conseiller départemental "
        "Henri Chabal, mise désormais sur l'arrière-saison et sur une clientèle belge et suisse, "
        "ciblée par une campagne d'affichage en octobre. « La vallée en septembre, c'est le "
        "secret le mieux gardé du pays », sourit l'élu.",
        [
            (
                D,
                [
                    "Les étrangers sont revenus, les Néerlandais surtout. Ce sont les familles "
                    "françaises qui ont manqué. Elles ont raccourci leurs séjours, parfois de "
                    "moitié."
                ],
                "Fabienne Roux",
            ),
            (
                I,
                ["la rivière a été trop basse pendant trois semaines en août"],
                "Didier Ponsard",
            ),
            (
                D,
                [
                    "On a dû fermer le parcours de 24 kilomètres. Ça, les clients ne le "
                    "comprennent pas toujours."
                ],
                "Didier Ponsard",
            ),
            (
                D,
                ["La vallée en septembre, c'est le secret le mieux gardé du pays"],
                "Henri Chabal",
            ),
        ],
    ),
    (  # 11 scallop season: partial in postposed reported clause, speaker after the cue
        "Port-Kerhallec — La campagne de pêche à la coquille Saint-Jacques s'ouvrira le 2 "
        "décembre dans la baie de Kerhallec, avec un quota réduit de 15 % par rapport à l'an "
        "dernier. Quelque 210 navires sont autorisés à pêcher sur le gisement, deux fois par "
        "semaine, quarante-cinq minutes par sortie.\n\n"
        "Les campagnes de prospection scientifique ont révélé une biomasse «\u202fen net "
        "recul\u202f» sur la partie ouest du gisement, a expliqué jeudi le président du comité "
        "départemental des pêches, Yann Le Goaziou, à l'issue d'une réunion avec les patrons "
        "pêcheurs à la criée.\n\n"
        "Côté mareyeurs, on redoute une flambée des prix à l'approche des fêtes. «\u202fAvec "
        "moins de coquilles, le kilo pourrait dépasser les 9 euros au débarquement. Et ça, le "
        "client le verra sur l'étal\u202f», prévient Lénaïg Morvan, qui dirige une entreprise "
        "de mareyage à Saint-Quay-Haut.",
        [
            (P, ["en net recul"], "Yann Le Goaziou"),
            (
                D,
                [
                    "Avec moins de coquilles, le kilo pourrait dépasser les 9 euros au "
                    "débarquement. Et ça, le client le verra sur l'étal"
                ],
                "Lénaïg Morvan",
            ),
        ],
    ),
    (  # 12 museum reopening: partial from a report, speaker after cue, founder's 1887 letter
        "Bar-sur-Ornain — Fermé depuis quatre ans, le musée départemental de la Faïence de "
        "Vaucourt rouvre ses portes samedi, après un chantier de 8,7 millions d'euros. Les "
        "travaux avaient été retardés par la découverte, en 2023, d'importantes infiltrations "
        "d'eau dans les réserves.\n\n"
        "Un rapport de l'inspection des patrimoines, consulté à l'époque par notre rédaction, "
        "décrivait des collections «\u00a0en danger immédiat\u00a0». Près de 3\u00a0000 pièces "
        "avaient dû être transférées en urgence vers un entrepôt de la zone industrielle.\n\n"
        "«\u00a0Aujourd'hui, tout est au sec, sous hygrométrie contrôlée, et enfin "
        "visible\u00a0», assure la conservatrice en chef, Hélène Margueritte-Duval, qui a conçu "
        "le nouveau parcours.\n\n"
        "Celui-ci s'ouvre sur une phrase du fondateur de la manufacture, Auguste Vaucourt, tirée "
        "d'une lettre de 1887\u00a0: «\u00a0Que ces faïences soient vues par tous, et d'abord "
        "par ceux qui les ont faites.\u00a0» L'entrée sera gratuite pour les moins de 26 ans.",
        [
            (P, ["en danger immédiat"], "inspection des patrimoines"),
            (
                D,
                ["Aujourd'hui, tout est au sec, sous hygrométrie contrôlée, et enfin visible"],
                "Hélène Margueritte-Duval",
            ),
            (
                D,
                ["Que ces faïences soient vues par tous, et d'abord par ceux qui les ont faites."],
                "Auguste Vaucourt",
            ),
        ],
    ),
    (  # 13 product recall brief: brand name in « » (not a quote), organisation, "l'un de ses associés"
        "Chambéry — Une tomme au lait cru, vendue sous la marque « Les Alpages de Bellecombe », "
        "fait l'objet d'un rappel dans toute la France en raison d'une possible contamination à "
        "la listeria. Les consommateurs qui en détiennent sont invités à ne pas la consommer et à "
        "la rapporter en magasin, où elle sera remboursée.\n\n"
        "Le producteur, le Gaec du Col-Rouge, a fait savoir qu'aucun cas d'intoxication n'avait "
        "été signalé à ce jour. « C'est nous qui avons détecté la bactérie, lors d'un "
        "autocontrôle de routine », a précisé l'un de ses associés, Rémi Gachet, joint par "
        "téléphone.\n\n"
        "Les lots concernés portent une date limite comprise entre le 18 novembre et le 9 "
        "décembre.",
        [
            (
                I,
                ["aucun cas d'intoxication n'avait été signalé à ce jour"],
                "Gaec du Col-Rouge",
            ),
            (
                D,
                ["C'est nous qui avons détecté la bactérie, lors d'un autocontrôle de routine"],
                "Rémi Gachet",
            ),
        ],
    ),
    (  # 14 Luxembourg housing debate: partial inside "a estimé que", two men, -t-il
        "Luxembourg — Le prix moyen des appartements anciens a reculé de 9,4 % sur un an au "
        "troisième trimestre, une baisse inédite depuis 2003 au Grand-Duché.\n\n"
        "Interpellé mardi à la Chambre des députés, le ministre du Logement, Claude "
        "Reuter-Bintz, a estimé que ce recul ne suffirait pas à “rendre le logement abordable” "
        "pour les jeunes ménages, tant que les taux d'intérêt resteraient élevés.\n\n"
        "Le député d'opposition Marc Thill n'a pas été plus tendre. “Les taux ont fait baisser "
        "les prix, pas le gouvernement. Qu'on ne vienne pas nous parler de résultats”, a-t-il "
        "lancé depuis son banc, sous les applaudissements de son groupe.\n\n"
        "Le gouvernement prévoit la livraison de 1\u202f200 logements abordables d'ici à la fin "
        "de 2027, principalement dans le sud du pays.",
        [
            (P, ["rendre le logement abordable"], "Claude Reuter-Bintz"),
            (
                D,
                [
                    "Les taux ont fait baisser les prix, pas le gouvernement. Qu'on ne vienne "
                    "pas nous parler de résultats"
                ],
                "Marc Thill",
            ),
        ],
    ),
    (  # 15 NC election annulled: judgment quoted after "relève que", -t-il, postposed organisation
        "Nouméa — Le tribunal administratif de Nouvelle-Calédonie a annulé jeudi les élections "
        "municipales de mars dans la commune de Néavaï, où la liste du maire sortant l'avait "
        "emporté avec quatre voix d'avance.\n\n"
        "Dans son jugement, le tribunal relève que «\u00a0des procurations ont été établies dans "
        "des conditions qui ne permettent pas d'en garantir la sincérité\u00a0». Dix-sept "
        "d'entre elles avaient été signées le même jour, au domicile d'un conseiller "
        "municipal.\n\n"
        "Le maire sortant, Jean-Baptiste Naouna, conteste toute fraude. «\u00a0Je n'ai rien à "
        "me reprocher. Les électeurs de Néavaï vont revoter, et ils confirmeront leur "
        "choix\u00a0», a-t-il déclaré à la sortie de l'audience. Il dispose d'un mois pour "
        "saisir le Conseil d'État.\n\n"
        "Un nouveau scrutin doit être organisé dans un délai de trois mois, a précisé le "
        "haut-commissariat.",
        [
            (
                P,
                [
                    "des procurations ont été établies dans des conditions qui ne permettent pas "
                    "d'en garantir la sincérité"
                ],
                "tribunal administratif de Nouvelle-Calédonie",
            ),
            (
                D,
                [
                    "Je n'ai rien à me reprocher. Les électeurs de Néavaï vont revoter, et ils "
                    "confirmeront leur choix"
                ],
                "Jean-Baptiste Naouna",
            ),
            (
                I,
                ["Un nouveau scrutin doit être organisé dans un délai de trois mois"],
                "haut-commissariat",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 NZ port stoppages: two men alternating, incise, Mr X said
        "PORT TAWHIRI — Container ships are waiting up to nine days for a berth at Port Tawhiri "
        "after a fortnight of rolling stoppages by crane drivers, and fruit exporters have begun "
        "diverting cargo to Anakiwa, 300km to the south.\n\n"
        "Tawhiri Port Company chief executive Graham Pettigrew said the delays were costing the "
        'region\'s exporters "well over a million dollars a week".\n\n'
        "The Maritime Workers' Collective's local organiser, Hemi Walker, was unapologetic. "
        '"Nobody walks off a crane for fun," he said. "Our members have been on twelve-hour '
        'shifts since March, and the company knows it."\n\n'
        "Mr Pettigrew said talks would resume on Thursday with an independent facilitator. Mr "
        "Walker did not say whether the union would attend.",
        [
            (P, ["well over a million dollars a week"], "Graham Pettigrew"),
            (
                D,
                [
                    "Nobody walks off a crane for fun",
                    "Our members have been on twelve-hour shifts since March, and the company "
                    "knows it.",
                ],
                "Hemi Walker",
            ),
            (
                I,
                ["talks would resume on Thursday with an independent facilitator"],
                "Graham Pettigrew",
            ),
        ],
    ),
    (  # 2 South African rugby: "said Du Preez" between two quote sentences, "the coach"
        "KIMBERDALE — The Karoo Stallions booked a home semi-final in the Protea Cup with a "
        "bruising 27-24 win over the Coastal Kingfishers at Brandvlei Park on Saturday, flyhalf "
        "Ruan du Preez landing a 48-metre penalty with the last kick of the match.\n\n"
        "“I just told myself it was a practice kick on a Tuesday,” said Du Preez, 21, who had "
        "missed two easier attempts in the first half. “The forwards had earned it. I couldn’t "
        "let them down.”\n\n"
        "Stallions coach Pieter Oosthuysen was less pleased with his side’s discipline. The "
        "hosts conceded 16 penalties, and the coach said the breakdown had been “a lottery” for "
        "most of the second half.\n\n"
        "The semi-finals will be played on November 29.",
        [
            (
                D,
                [
                    "I just told myself it was a practice kick on a Tuesday",
                    "The forwards had earned it. I couldn’t let them down.",
                ],
                "Ruan du Preez",
            ),
            (P, ["a lottery"], "Pieter Oosthuysen"),
        ],
    ),
    (  # 3 Welsh inquest: "A coroner has warned" before the name, unnamed diver in an incise
        "CAERNEWYDD — A coroner has warned that a flooded former slate quarry above Cwm Tawel "
        "will claim more lives unless its fencing is repaired, after an inquest into the death "
        "of a 17-year-old swimmer.\n\n"
        "Rhys Ellis-Pugh drowned in July after jumping from a ledge into the quarry lake with "
        "friends on the hottest day of the year. The water, a police diver told the hearing, was "
        '"bitterly cold" below two metres.\n\n'
        "Recording a conclusion of misadventure, senior coroner Gareth Lloyd-Bevan said: "
        '"Cold water shock can disable a strong swimmer within a minute. Rhys was a fit young '
        'man, and it still took him."\n\n'
        "A prevention of future deaths report will be sent to the landowner, Cwm Tawel Estates, "
        "and to the county council, which have 56 days to respond.",
        [
            (
                I,
                [
                    "a flooded former slate quarry above Cwm Tawel will claim more lives unless "
                    "its fencing is repaired"
                ],
                "Gareth Lloyd-Bevan",
            ),
            (P, ["bitterly cold"], "police diver"),
            (
                D,
                [
                    "Cold water shock can disable a strong swimmer within a minute. Rhys was a "
                    "fit young man, and it still took him."
                ],
                "Gareth Lloyd-Bevan",
            ),
        ],
    ),
    (  # 4 Scottish book festival: "organisers said", title in ‘ ’, speaker after a long quote
        "KIRKBRAE — The Kirkbrae Book Festival closed on Sunday with record ticket sales of "
        "31,000, up a fifth on last year, organisers said.\n\n"
        "The longest queue of the ten days formed for Morag Sinclair, whose debut novel ‘The "
        "Salt Wives’ is on the shortlist for the Hebridean Fiction Prize, to be announced next "
        "month.\n\n"
        "‘I wrote most of it in a caravan at Achnabeg with a baby asleep on my chest. I honestly "
        "didn’t think anyone outside my family would read it, never mind stand in the rain for "
        "an hour to get it signed,’ said Sinclair, who stayed at the signing table for more "
        "than three hours.\n\n"
        "Festival director Alasdair Crombie conceded that online ticketing had been ‘a shambles’ "
        "on the opening day, when the booking site crashed for four hours. The festival will "
        "stay in its marquees on the town green next year.",
        [
            (
                I,
                [
                    "The Kirkbrae Book Festival closed on Sunday with record ticket sales of "
                    "31,000, up a fifth on last year"
                ],
                "organisers",
            ),
            (
                D,
                [
                    "I wrote most of it in a caravan at Achnabeg with a baby asleep on my chest. "
                    "I honestly didn’t think anyone outside my family would read it, never mind "
                    "stand in the rain for an hour to get it signed"
                ],
                "Morag Sinclair",
            ),
            (P, ["a shambles"], "Alasdair Crombie"),
        ],
    ),
    (  # 5 Kenyan airline brief: speaker after the quote, "according to the airline"
        "NAIROBI — Kenyan carrier Savanna Skyways will suspend its flights to Kisoro Bay from "
        "December 1, citing a shortage of spare parts for its turboprop fleet. Two of its five "
        "aircraft have been grounded since September.\n\n"
        '"We will not fly an aircraft that we cannot maintain properly. That is not '
        'negotiable," chief executive Wanjiru Kamau-Odhiambo told reporters on Thursday.\n\n'
        "Passengers holding bookings will be offered refunds or rerouting via Kisumu, according "
        "to the airline. The Civil Aviation Board did not respond to a request for comment.",
        [
            (
                D,
                [
                    "We will not fly an aircraft that we cannot maintain properly. That is not "
                    "negotiable"
                ],
                "Wanjiru Kamau-Odhiambo",
            ),
            (
                I,
                ["Passengers holding bookings will be offered refunds or rerouting via Kisumu"],
                "Savanna Skyways",
            ),
        ],
    ),
    (  # 6 Singapore bank results: "warned that", quote then role+name, "according to X, a …"
        "SINGAPORE — Straits Meridian Bank reported a 12 per cent rise in third-quarter net "
        "profit to S$1.46 billion on Wednesday, helped by record wealth management fees, but "
        "warned that net interest margins would narrow further next year.\n\n"
        '"We are seeing clients move money back into Singapore from across the region, and '
        "they are staying,\" chief executive Tan Siew Ling told an analysts' briefing. Ms Tan "
        "gave no figure for the bank's exposure to commercial property in China.\n\n"
        "The bank's shares rose 2.1 per cent by the close.\n\n"
        "The margin squeeze is likely to shave about S$300 million off earnings in 2027, "
        "according to Rajesh Nair-Menon, a banking analyst at Harbourfront Securities.",
        [
            (
                I,
                ["net interest margins would narrow further next year"],
                "Straits Meridian Bank",
            ),
            (
                D,
                [
                    "We are seeing clients move money back into Singapore from across the "
                    "region, and they are staying"
                ],
                "Tan Siew Ling",
            ),
            (
                I,
                ["The margin squeeze is likely to shave about S$300 million off earnings in 2027"],
                "Rajesh Nair-Menon",
            ),
        ],
    ),
    (  # 7 Caribbean netball: surname alone, "she" after a quote naming another woman, partial
        "PORT CASSIA — St Verene are Caribbean netball champions for the first time after a "
        "58-55 win over the holders, the Marlin Islands, in Sunday's final at the Harbourside "
        "Arena.\n\n"
        "Goal shooter Keisha Alleyne-Brathwaite scored 41 of her 43 attempts and was named "
        "player of the tournament. “My mum has been driving me to training since I was nine. "
        "This one’s hers,” Alleyne-Brathwaite said, holding the trophy above her head.\n\n"
        "Coach Dionne Harewood credited a half-time switch that moved Tamika Jordan to goal "
        "keeper. “Tamika took their shooter out of the game,” she said. “We had been far too "
        "polite in the first half.”\n\n"
        "Marlin Islands captain Shontelle Gumbs said her side had looked “flat” after a "
        "late-night semi-final and a short turnaround.",
        [
            (
                D,
                ["My mum has been driving me to training since I was nine. This one’s hers"],
                "Keisha Alleyne-Brathwaite",
            ),
            (
                D,
                [
                    "Tamika took their shooter out of the game",
                    "We had been far too polite in the first half.",
                ],
                "Dionne Harewood",
            ),
            (P, ["flat"], "Shontelle Gumbs"),
        ],
    ),
    (  # 8 NZ rezoning hearing, long feature: many residents, quote over two paragraphs
        "WAIRERE — More than 200 people packed the Wairere War Memorial Hall on Monday night as "
        "an independent hearings panel began considering a plan to rezone 46 hectares of dairy "
        "land on the town's northern edge for 380 houses.\n\n"
        "The developer, Kōwhai Ridge Ltd, had sent its planning consultant, Fiona McCready. "
        '"Wairere has effectively run out of land. The young people who grew up here are '
        'leaving because there is nowhere for them to live," she told the panel.\n\n'
        "Opponents lined up for almost three hours. Dairy farmer Colin Ashby, whose family has "
        'farmed next to the site since 1921, said the soils were "some of the best in the '
        'district".\n\n'
        "Retired teacher Margaret Hooper worried about traffic on the one-lane Kahu Road "
        'bridge. "The school buses already queue there every morning. Put another 700 cars on '
        "it and someone will get hurt.\n\n"
        '"I have lived here forty years. I am not against young families — I taught half of '
        'them."\n\n'
        "Not everyone in the hall was opposed. Aroha Tīpene, 29, who rents a two-bedroom "
        "cottage with her partner and their two children, drew applause when she said she had "
        "been trying to buy a house for four years.\n\n"
        "The panel's recommendation is expected in February.",
        [
            (
                D,
                [
                    "Wairere has effectively run out of land. The young people who grew up here "
                    "are leaving because there is nowhere for them to live"
                ],
                "Fiona McCready",
            ),
            (P, ["some of the best in the district"], "Colin Ashby"),
            (
                D,
                [
                    "The school buses already queue there every morning. Put another 700 cars "
                    "on it and someone will get hurt.",
                    "I have lived here forty years. I am not against young families — I taught "
                    "half of them.",
                ],
                "Margaret Hooper",
            ),
            (
                I,
                ["she had been trying to buy a house for four years"],
                "Aroha Tīpene",
            ),
        ],
    ),
    (  # 9 South African banking ombud: org said in report, nested ‘approve’, association partial
        "JOHANNESBURG — Complaints about card and app fraud rose by 38 per cent in the year to "
        "June, the Banking Complaints Ombud said in its annual report on Tuesday.\n\n"
        "Ombud Thandeka Mokoena-Roux singled out so-called approval scams, in which fraudsters "
        "posing as a bank's call centre talk customers into authorising payments themselves. "
        "“Once the client has pressed ‘approve’, many banks simply refuse to refund. We think "
        "that is often unfair,” she said.\n\n"
        "The office resolved 9,412 cases during the year and recovered R61 million for "
        "consumers.\n\n"
        "The Association of Retail Lenders said its members were “working closely” with the "
        "ombud and would launch a shared fraud-reporting line in January.",
        [
            (
                I,
                ["Complaints about card and app fraud rose by 38 per cent in the year to June"],
                "Banking Complaints Ombud",
            ),
            (
                D,
                [
                    "Once the client has pressed ‘approve’, many banks simply refuse to refund. "
                    "We think that is often unfair"
                ],
                "Thandeka Mokoena-Roux",
            ),
            (P, ["working closely"], "Association of Retail Lenders"),
        ],
    ),
    (  # 10 Scottish harbourmaster, Q&A flow: unattributed answers, "He doesn't think so", says
        "PORT ARDMEANACH — The harbour trust here will double its passenger levy on cruise "
        "ships from next April, to £6 a head. We asked the harbourmaster, Captain Iain "
        "MacAskill, why.\n\n"
        'Why now? "Because the pier is fifty years old and the cruise lines send bigger ships '
        "every year. Somebody has to pay for the fenders and the dredging, and it shouldn't be "
        'the fishermen."\n\n'
        "Won't the lines simply go elsewhere? He doesn't think so. \"Eighty per cent of the "
        "people who come ashore are here for the distillery and the standing stones. You can't "
        'move those to Orkney."\n\n'
        "And the village? Some residents complained this summer about 4,000 visitors arriving "
        "on a single day. MacAskill says the trust will cap calls at two ships a week in July "
        "and August from next year.",
        [
            (
                D,
                [
                    "Because the pier is fifty years old and the cruise lines send bigger ships "
                    "every year. Somebody has to pay for the fenders and the dredging, and it "
                    "shouldn't be the fishermen."
                ],
                "Iain MacAskill",
            ),
            (
                D,
                [
                    "Eighty per cent of the people who come ashore are here for the distillery "
                    "and the standing stones. You can't move those to Orkney."
                ],
                "Iain MacAskill",
            ),
            (
                I,
                ["the trust will cap calls at two ships a week in July and August from next year"],
                "Iain MacAskill",
            ),
        ],
    ),
    (  # 11 Mombasa court: magistrate partial, "The prosecution told the court" without that
        "MOMBASA — A former treasurer of the Mtwapa-Kusini Fishermen's Cooperative was on "
        "Monday jailed for four years for stealing Sh14.2 million of members' savings.\n\n"
        "Senior Principal Magistrate Grace Wanjiku Muthoni said Hassan Abdalla Bakari, 52, had "
        '"betrayed people who trusted him with everything they had", and ordered him to repay '
        "the money within two years of his release.\n\n"
        "The prosecution told the court the money was moved through 37 mobile money transfers to "
        "accounts held by Bakari's relatives between 2022 and 2024.\n\n"
        "In mitigation, his lawyer, Khalid Mazrui-Ahmed, had asked for a non-custodial "
        "sentence.\n\n"
        "Outside court, the cooperative's chairman, Juma Karisa, wiped away tears. \"Some of our "
        'people died before they could see this day," he said.',
        [
            (
                P,
                ["betrayed people who trusted him with everything they had"],
                "Grace Wanjiku Muthoni",
            ),
            (
                I,
                [
                    "the money was moved through 37 mobile money transfers to accounts held by "
                    "Bakari's relatives between 2022 and 2024"
                ],
                "prosecution",
            ),
            (
                D,
                ["Some of our people died before they could see this day"],
                "Juma Karisa",
            ),
        ],
    ),
    (  # 12 Singapore coroner brief: "ruled that", "The coroner said:"
        "SINGAPORE — State Coroner Evelyn Sim ruled on Friday that the death of a shipyard "
        "worker who fell 14 metres from scaffolding at Kranji Marine Yard in March was an "
        "unfortunate workplace misadventure.\n\n"
        "Mr Karthik Rajendran, 34, had been painting a hull when he stepped back onto a section "
        "where a guard rail had been removed by another team to move equipment.\n\n"
        'The coroner said: "Safety barriers are not optional fittings to be taken down whenever '
        'they are inconvenient."\n\n'
        "Kranji Marine Yard has since introduced a permit system for any change to scaffolding.",
        [
            (
                I,
                [
                    "the death of a shipyard worker who fell 14 metres from scaffolding at "
                    "Kranji Marine Yard in March was an unfortunate workplace misadventure"
                ],
                "Evelyn Sim",
            ),
            (
                D,
                [
                    "Safety barriers are not optional fittings to be taken down whenever they "
                    "are inconvenient."
                ],
                "Evelyn Sim",
            ),
        ],
    ),
    (  # 13 Welsh rugby: partial after "admitted", colon quote "was blunt:", "the club said"
        'LLANDEWI — Teifi Warriors head coach Owain Price-Morgan admitted his side had "got '
        'what we deserved" after a 31-10 home defeat by the Lothian Thistles on Friday night '
        "left them bottom of the Celtic Shield table.\n\n"
        "The Warriors lost three lineouts on their own throw in the first quarter and conceded "
        "two tries from driving mauls.\n\n"
        "Asked whether his job was under threat, Price-Morgan was blunt: \"That's not for me to "
        "decide. I'll be in on Monday morning doing the same job until somebody tells me "
        'otherwise."\n\n'
        "Wing Dafydd Rees left the field with a shoulder injury and will have a scan on "
        "Saturday, the club said.",
        [
            (P, ["got what we deserved"], "Owain Price-Morgan"),
            (
                D,
                [
                    "That's not for me to decide. I'll be in on Monday morning doing the same job "
                    "until somebody tells me otherwise."
                ],
                "Owain Price-Morgan",
            ),
            (
                I,
                [
                    "Wing Dafydd Rees left the field with a shoulder injury and will have a scan "
                    "on Saturday"
                ],
                "Teifi Warriors",
            ),
        ],
    ),
    (  # 14 NZ regional airline: "the airline said" two clauses, ‘ ’ quotes, mayor then GP
        "TE AWAHURI — Tasman Wings will end its flights between Te Awahuri and Wellington in "
        "March, leaving the town without a scheduled air service for the first time since "
        "1962.\n\n"
        "In a statement, the airline said the route had lost money in six of the past seven "
        "years and that its 19-seat aircraft were needed on busier routes.\n\n"
        "Mayor Lorraine Whitcombe learned of the decision from a journalist. ‘I found out on "
        "the phone to a reporter at seven in the morning. That tells you how much they value "
        "this town,’ she said.\n\n"
        "Dr Samuel Tuhiwai, the town's only GP, has patients who fly to Wellington for cancer "
        "treatment every week. ‘For some of them, it will mean a six-hour drive each way,’ he "
        "said.",
        [
            (
                I,
                [
                    "the route had lost money in six of the past seven years and that its "
                    "19-seat aircraft were needed on busier routes"
                ],
                "Tasman Wings",
            ),
            (
                D,
                [
                    "I found out on the phone to a reporter at seven in the morning. That tells "
                    "you how much they value this town"
                ],
                "Lorraine Whitcombe",
            ),
            (
                D,
                ["For some of them, it will mean a six-hour drive each way"],
                "Samuel Tuhiwai",
            ),
        ],
    ),
    (  # 15 Caribbean central bank: partial after "saying", document quoting another body
        "ST AUREL — The Central Bank of St Aurel left its policy rate unchanged at 5.25 per cent "
        'on Thursday, saying inflation remained "stubbornly high" in food and transport.\n\n'
        "The bank's statement cited a recent assessment by the Caribbean Development Council, "
        'which described rising import costs as "the single largest threat to price stability '
        'in the smaller island economies".\n\n'
        'Governor Marcus Delacroix-James told a press conference: "We would rather be late than '
        'wrong. Households here remember 2022 very well."\n\n'
        "Economists polled by the St Aurel Gazette expect a first cut in the second half of "
        "2027.",
        [
            (P, ["stubbornly high"], "Central Bank of St Aurel"),
            (
                P,
                ["the single largest threat to price stability in the smaller island economies"],
                "Caribbean Development Council",
            ),
            (
                D,
                ["We would rather be late than wrong. Households here remember 2022 very well."],
                "Marcus Delacroix-James",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout15.jsonl"),
        "heldout15",
        "h15",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
