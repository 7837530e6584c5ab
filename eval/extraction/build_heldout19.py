"""Source of the nineteenth held-out set: writes heldout19.jsonl (split "heldout19").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like regional and local press (French: Sud-Ouest, Lyon, Nice, Paris suburbs,
Québec; English: UK regional, Canadian, US metro, New Zealand), not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.12.0 (docs/EXTRACTION.md); not
read when this was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout19.py
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
# narrow no-break spaces (\u202f), none, “ ” and a dialogue dash.
FR: list[Item] = [
    (  # 1 night closure of an A&E: directrice after the quote, union delegate partial
        "Villeneuve-sur-Dronne — Faute de médecins, le service des urgences du centre "
        "hospitalier de Villeneuve-sur-Dronne fermera ses portes la nuit, de 20 heures à "
        "8 heures, à partir du 1er décembre et au moins jusqu'à la fin de janvier. Les patients "
        "seront orientés vers l'hôpital de Périgueux-Sud, à 45 kilomètres.\n\n"
        "« Nous n'avons pas trouvé d'autre solution. Sur les quatorze gardes de nuit du mois, "
        "neuf restent sans médecin », a reconnu mardi la directrice de l'établissement, Hélène "
        "Castagnet, lors d'une conférence de presse. Le Samu reste joignable par le 15 et une "
        "équipe du SMUR sera maintenue sur place.\n\n"
        "Du côté des soignants, la colère monte. Le délégué du Syndicat autonome des "
        "hospitaliers, Romain Lafargue, parle d'une « décision prise dans le dos du "
        "personnel ». Une quarantaine d'infirmiers et d'aides-soignants ont quitté l'hôpital "
        "depuis l'été.\n\n"
        "Le maire, Jean-Claude Mouliérac, a convoqué un conseil municipal extraordinaire "
        "vendredi soir.",
        [
            (
                D,
                [
                    "Nous n'avons pas trouvé d'autre solution. Sur les quatorze gardes de nuit "
                    "du mois, neuf restent sans médecin"
                ],
                "Hélène Castagnet",
            ),
            (P, ["décision prise dans le dos du personnel"], "Romain Lafargue"),
        ],
    ),
    (  # 2 Pro D2 home defeat: coach -t-il, captain colon quote, president indirect
        "Castelbrac — L'US Castelbrac a concédé samedi sa troisième défaite de suite à "
        "domicile, battue 19-24 par l'Avenir Saint-Ferréol devant 4 200 spectateurs au stade "
        "Marcel-Bousquet. Menés 3-17 à la pause, les Castelbracois ont couru après le score "
        "jusqu'au bout.\n\n"
        "L'entraîneur principal, Didier Escoula, ne cherchait pas d'excuses en conférence de "
        "presse. «\u00a0En première période, on n'a rien fait de ce qu'on avait préparé. Rien. "
        "On a pris l'eau en mêlée et on a offert deux essais\u00a0», a-t-il lâché.\n\n"
        "Le capitaine, le talonneur Mathieu Soubiran, a pris la parole à son tour devant les "
        "micros\u00a0: «\u00a0Il faut qu'on se regarde dans les yeux. Ce n'est pas le staff "
        "qui rate les plaquages.\u00a0»\n\n"
        "Désormais onzième, Castelbrac se déplace à Vannes-le-Haut samedi prochain. Le "
        "président du club, Gilbert Fourcade, a fait savoir qu'aucun changement d'encadrement "
        "n'était à l'ordre du jour.",
        [
            (
                D,
                [
                    "En première période, on n'a rien fait de ce qu'on avait préparé. Rien. On "
                    "a pris l'eau en mêlée et on a offert deux essais"
                ],
                "Didier Escoula",
            ),
            (
                D,
                [
                    "Il faut qu'on se regarde dans les yeux. Ce n'est pas le staff qui rate les "
                    "plaquages."
                ],
                "Mathieu Soubiran",
            ),
            (
                I,
                ["aucun changement d'encadrement n'était à l'ordre du jour"],
                "Gilbert Fourcade",
            ),
        ],
    ),
    (  # 3 Québec tramway cost: mairesse and cheffe de l'opposition alternate; "Mme X" colon
        "Le coût du futur tramway de Val-des-Cèdres a grimpé à 2,8 milliards de dollars, près "
        "de 600 millions de plus que l'estimation présentée au printemps.\n\n"
        "La mairesse, Josée Bergeron-Lapointe, a défendu le projet jeudi soir devant le conseil "
        "municipal. « Chaque année de retard nous coûte plus cher que la hausse qu'on annonce "
        "aujourd'hui », a-t-elle fait valoir. Les travaux préparatoires doivent commencer en "
        "2027.\n\n"
        "La cheffe de l'opposition, Karine Dufresne, n'est pas convaincue. Elle a accusé "
        "l'administration d'avoir « caché les chiffres jusqu'au dernier moment » et réclame une "
        "vérification indépendante.\n\n"
        "Mme Bergeron-Lapointe a répliqué sèchement : « Le rapport de la firme est public depuis "
        "lundi. Personne ne peut sérieusement prétendre avoir découvert ça ce soir. »\n\n"
        "Le gouvernement du Québec finance 60 % du projet. Une nouvelle demande d'aide devra "
        "être déposée d'ici l'été.",
        [
            (
                D,
                [
                    "Chaque année de retard nous coûte plus cher que la hausse qu'on annonce "
                    "aujourd'hui"
                ],
                "Josée Bergeron-Lapointe",
            ),
            (P, ["caché les chiffres jusqu'au dernier moment"], "Karine Dufresne"),
            (
                D,
                [
                    "Le rapport de la firme est public depuis lundi. Personne ne peut "
                    "sérieusement prétendre avoir découvert ça ce soir."
                ],
                "Josée Bergeron-Lapointe",
            ),
        ],
    ),
    (  # 4 roofer fraud trial: "l'homme" indirect, procureure named once then "elle"
        "Bourg-en-Bresse — Le tribunal correctionnel a condamné lundi un artisan couvreur de "
        "52 ans, Patrick Vuillermoz, à dix-huit mois de prison dont six ferme pour avoir "
        "escroqué une dizaine de retraités de la Bresse et du Revermont entre 2022 et 2024.\n\n"
        "Le prévenu encaissait des acomptes pour des réfections de toiture qu'il ne réalisait "
        "jamais, ou seulement en partie. Le préjudice dépasse 140 000 euros.\n\n"
        "À la barre, l'homme a assuré qu'il avait été débordé par les commandes et n'avait "
        "jamais voulu voler personne.\n\n"
        "La procureure, Claire Mathevon, a balayé l'argument. «\u202fQuand on prend 12 000 "
        "euros à une veuve de 84 ans et qu'on ne revient jamais, ce n'est pas de la gestion, "
        "c'est de l'escroquerie\u202f», a-t-elle lancé, avant de requérir deux ans dont un "
        "ferme.\n\n"
        "L'avocat du prévenu, Me Olivier Brunet-Gaillard, avait plaidé la relaxe partielle. "
        "Les victimes devront être indemnisées d'ici un an.",
        [
            (
                I,
                ["il avait été débordé par les commandes et n'avait jamais voulu voler personne"],
                "Patrick Vuillermoz",
            ),
            (
                D,
                [
                    "Quand on prend 12 000 euros à une veuve de 84 ans et qu'on ne revient "
                    "jamais, ce n'est pas de la gestion, c'est de l'escroquerie"
                ],
                "Claire Mathevon",
            ),
        ],
    ),
    (  # 5 Mediterranean storm: "…, d'après Météo-France"; mayor after "confie", no spaces
        "Nice — Après les orages de la nuit, l'arrière-pays comptait ses dégâts dimanche "
        "matin. Il est tombé jusqu'à 230 millimètres de pluie en douze heures sur les hauteurs "
        "de Roquebrune-d'Estéron, d'après Météo-France.\n\n"
        "Les pompiers ont mené plus de 180 interventions, essentiellement pour des caves "
        "inondées et des chutes d'arbres. Aucune victime n'est à déplorer.\n\n"
        "À Saint-Aubert, la route départementale qui relie le village à la vallée a été "
        "emportée sur une centaine de mètres. «Nous sommes de nouveau isolés, comme en 2020. "
        "Les gens sont fatigués, ils ont l'impression que ça ne finira jamais», confie le "
        "maire, Bernard Giordan, joint par téléphone.\n\n"
        "Une piste provisoire doit être ouverte d'ici dix jours. Un nouvel épisode pluvieux "
        "est attendu mardi sur l'est du département, placé en vigilance jaune.",
        [
            (
                I,
                [
                    "Il est tombé jusqu'à 230 millimètres de pluie en douze heures sur les "
                    "hauteurs de Roquebrune-d'Estéron"
                ],
                "Météo-France",
            ),
            (
                D,
                [
                    "Nous sommes de nouveau isolés, comme en 2020. Les gens sont fatigués, ils "
                    "ont l'impression que ça ne finira jamais"
                ],
                "Bernard Giordan",
            ),
        ],
    ),
    (  # 6 tower demolition: two neighbours (women), speaker after "s'inquiète"; colon quote
        "Noisy-les-Aulnes (Seine-Saint-Denis) — Les 312 logements de la résidence des "
        "Tilleuls seront démolis d'ici 2030. Le bailleur social Habitat Est-Francilien, "
        "propriétaire de l'ensemble construit en 1968, a officialisé mercredi son projet de "
        "rénovation.\n\n"
        "Les locataires l'ont appris par un courrier glissé sous leur porte. «\u00a0On nous "
        "parle de relogement, mais personne ne nous dit où ni quand\u00a0», s'inquiète "
        "Fatoumata Diallo, qui vit depuis vingt-deux ans au septième étage du bâtiment C avec "
        "ses trois enfants. Sa voisine de palier, Sylvie Marchetti, est plus résignée\u00a0: "
        "«\u00a0Les ascenseurs sont en panne un mois sur deux. Franchement, je ne vais pas "
        "pleurer ces murs.\u00a0»\n\n"
        "Le projet, estimé à 86 millions d'euros, prévoit la construction de 280 logements "
        "neufs sur le site, dont une partie en accession à la propriété. Une réunion publique "
        "est prévue le 14 janvier au gymnase Jean-Moulin.",
        [
            (
                D,
                ["On nous parle de relogement, mais personne ne nous dit où ni quand"],
                "Fatoumata Diallo",
            ),
            (
                D,
                [
                    "Les ascenseurs sont en panne un mois sur deux. Franchement, je ne vais pas "
                    "pleurer ces murs."
                ],
                "Sylvie Marchetti",
            ),
        ],
    ),
    (  # 7 storytelling festival: quote over two paragraphs; mayor partial; a show's title
        "Rivière-aux-Outardes — Après deux années déficitaires, le Festival du conte de "
        "Rivière-aux-Outardes termine sa 24e édition dans le vert. L'événement a vendu 18 400 "
        "billets en dix jours, un record.\n\n"
        "«\u202fOn a eu peur, l'an dernier, de ne pas pouvoir revenir. On a coupé partout, on a "
        "changé de site, on a misé sur les familles\u202f», raconte la directrice générale, "
        "Marie-Ève Thibodeau.\n\n"
        "«\u202fEt les familles sont venues. Certains soirs, on refusait du monde sous le "
        "chapiteau.\u202f»\n\n"
        "Le maire, Réjean Lavallée, a salué «\u202fune bouffée d'air\u202f» pour les "
        "commerçants du centre-ville, qui sortent de deux hivers difficiles.\n\n"
        "Le spectacle de clôture, «\u202fLa nuit où le fleuve a gelé\u202f», a fait salle "
        "comble samedi. Le conteur gaspésien Normand Arsenault y a remplacé au pied levé un "
        "collègue malade.",
        [
            (
                D,
                [
                    "On a eu peur, l'an dernier, de ne pas pouvoir revenir. On a coupé partout, "
                    "on a changé de site, on a misé sur les familles",
                    "Et les familles sont venues. Certains soirs, on refusait du monde sous le "
                    "chapiteau.",
                ],
                "Marie-Ève Thibodeau",
            ),
            (P, ["une bouffée d'air"], "Réjean Lavallée"),
        ],
    ),
    (  # 8 cycling stage: "le vainqueur", speaker after the quote, "a indiqué son équipe"
        "Fleurance-Haute — Le Gersois Théo Darrigade (Armagnac Cyclisme) a remporté mardi en "
        "solitaire la troisième étape du Tour de Gascogne-Lomagne, 176 km entre "
        "Mauvezin-d'Armagnac et Fleurance-Haute, et s'empare du maillot jaune à deux jours de "
        "l'arrivée.\n\n"
        "Parti dans la dernière ascension, à 9 km du but, le coureur de 22 ans a résisté au "
        "retour du peloton pour s'imposer avec onze secondes d'avance. « Je connais cette côte "
        "par cœur, je m'y entraîne tous les hivers. Je savais qu'il fallait attaquer au pied », "
        "a expliqué le vainqueur, les larmes aux yeux.\n\n"
        "« Théo a écouté les consignes à la lettre, pour une fois », s'est amusé son directeur "
        "sportif, Laurent Cazaubon.\n\n"
        "L'étape a été marquée par une chute collective à 40 km de l'arrivée. Le Belge Pieter "
        "Claessens (Flandria-Kempen), leader au départ, a été transporté à l'hôpital de "
        "Castelviel pour une suspicion de fracture de la clavicule, a indiqué son équipe en fin "
        "de journée.",
        [
            (
                D,
                [
                    "Je connais cette côte par cœur, je m'y entraîne tous les hivers. Je savais "
                    "qu'il fallait attaquer au pied"
                ],
                "Théo Darrigade",
            ),
            (
                D,
                ["Théo a écouté les consignes à la lettre, pour une fois"],
                "Laurent Cazaubon",
            ),
            (
                I,
                [
                    "Le Belge Pieter Claessens (Flandria-Kempen), leader au départ, a été "
                    "transporté à l'hôpital de Castelviel pour une suspicion de fracture de la "
                    "clavicule"
                ],
                "Flandria-Kempen",
            ),
        ],
    ),
    (  # 9 farmers' protest: president indirect, unnamed grower, sous-préfète partial
        "Montclar-sur-Baïse — Près de 250 tracteurs ont convergé jeudi matin vers la "
        "sous-préfecture à l'appel de l'Alliance paysanne du Sud-Ouest. Les manifestants "
        "dénoncent la chute des prix payés aux producteurs de prunes et de noisettes et le "
        "retard de versement des aides européennes.\n\n"
        "Au micro, le président de l'Alliance, Francis Labadie, éleveur à Nérac-Saint-Jean, a "
        "expliqué que certains adhérents n'avaient rien touché depuis quatorze mois et "
        "empruntaient pour rembourser leurs emprunts.\n\n"
        "Un arboriculteur de 34 ans, venu avec son père, résumait la colère ambiante\u00a0: "
        "«\u00a0On ne veut pas des primes, on veut des prix.\u00a0»\n\n"
        "Une délégation a été reçue en fin de matinée. La sous-préfète, Anne-Sophie "
        "Roussel-Dumas, a reconnu des retards, limités selon elle à «\u00a0des cas "
        "particuliers\u00a0».\n\n"
        "Les tracteurs ont quitté le centre-ville vers 15 heures, sans incident.",
        [
            (
                I,
                [
                    "certains adhérents n'avaient rien touché depuis quatorze mois et "
                    "empruntaient pour rembourser leurs emprunts"
                ],
                "Francis Labadie",
            ),
            (D, ["On ne veut pas des primes, on veut des prix."], "arboriculteur"),
            (P, ["des cas particuliers"], "Anne-Sophie Roussel-Dumas"),
        ],
    ),
    (  # 10 municipal by-election: "la future maire", "M. X" partial, postposed "a-t-il annoncé"
        "Saint-Genis-les-Monts — Il aura fallu deux tours. La liste divers gauche menée par "
        "Sandrine Perrichon a remporté dimanche l'élection municipale partielle organisée après "
        "la démission de la moitié du conseil en septembre. Elle obtient 53,8 % des voix face à "
        "la liste du maire sortant, Alain Grosjean. La participation s'est établie à 47,2 %.\n\n"
        "«Les habitants ont voulu tourner la page des querelles. Maintenant, il faut travailler, "
        "et vite: le budget doit être voté avant le 15 avril», a déclaré la future maire devant "
        "la salle des fêtes, sous les applaudissements de ses colistiers.\n\n"
        "Battu, M. Grosjean a félicité son adversaire. Il a toutefois estimé que la campagne "
        "avait été «d'une violence rare». Il siégera dans l'opposition, a-t-il annoncé.\n\n"
        "Le nouveau conseil élira le maire et ses adjoints samedi prochain.",
        [
            (
                D,
                [
                    "Les habitants ont voulu tourner la page des querelles. Maintenant, il faut "
                    "travailler, et vite: le budget doit être voté avant le 15 avril"
                ],
                "Sandrine Perrichon",
            ),
            (P, ["d'une violence rare"], "Alain Grosjean"),
            (I, ["Il siégera dans l'opposition"], "Alain Grosjean"),
        ],
    ),
    (  # 11 coroner's report: partial then the report's words ("écrit Me X"); CISSS "a dit"
        "Mont-Laurier-Nord — La mort d'un homme de 71 ans dans la salle d'attente de "
        "l'urgence de l'hôpital régional, en février, « aurait pu être évitée », conclut la "
        "coroner Geneviève Lacasse dans un rapport rendu public mardi.\n\n"
        "Gilles Charbonneau avait attendu près de neuf heures sans être réévalué alors qu'il se "
        "plaignait de douleurs à la poitrine. « Les signes d'une détérioration étaient visibles "
        "et ont été notés par le personnel, mais personne n'avait le temps de revoir le "
        "patient », écrit Me Lacasse. Elle recommande l'ajout d'une infirmière dédiée à la "
        "réévaluation durant les périodes d'achalandage.\n\n"
        "Le CISSS des Hautes-Laurentides a dit prendre acte du rapport et étudier ses "
        "recommandations. Deux infirmières supplémentaires ont été affectées à l'urgence depuis "
        "le printemps.\n\n"
        "La famille de M. Charbonneau n'exclut pas de poursuivre l'établissement.",
        [
            (P, ["aurait pu être évitée"], "Geneviève Lacasse"),
            (
                D,
                [
                    "Les signes d'une détérioration étaient visibles et ont été notés par le "
                    "personnel, mais personne n'avait le temps de revoir le patient"
                ],
                "Geneviève Lacasse",
            ),
            (
                I,
                ["prendre acte du rapport et étudier ses recommandations"],
                "CISSS des Hautes-Laurentides",
            ),
        ],
    ),
    (  # 12 bus driver shortage: "Son porte-parole" apposition, -t-il; "D'après elle"
        "Les usagers de la ligne de bus 493 Express vont devoir s'armer de patience. Faute de "
        "conducteurs, l'exploitant, Mobilis Val-de-Marne, supprimera un bus sur trois aux "
        "heures de pointe à partir du 6 janvier.\n\n"
        "Son porte-parole, Thomas Lenglet, reconnaît un manque de 42 conducteurs au dépôt de "
        "Bonneuil-Saint-Marc. «\u202fNous formons une promotion de quinze personnes par mois, "
        "mais il faut six mois pour qu'un conducteur soit pleinement opérationnel\u202f», "
        "a-t-il détaillé.\n\n"
        "Pour l'association d'usagers Plus de bus 94, c'est la goutte d'eau. Sa présidente, "
        "Nadia Ferreira, dénonce un service «\u202fdéjà dégradé depuis deux ans\u202f». D'après "
        "elle, l'attente atteint régulièrement vingt-cinq minutes à l'arrêt "
        "Préfecture-Université, contre dix minutes affichées.\n\n"
        "L'association a lancé une pétition en ligne, qui avait recueilli 3 100 signatures "
        "lundi soir.",
        [
            (
                D,
                [
                    "Nous formons une promotion de quinze personnes par mois, mais il faut six "
                    "mois pour qu'un conducteur soit pleinement opérationnel"
                ],
                "Thomas Lenglet",
            ),
            (P, ["déjà dégradé depuis deux ans"], "Nadia Ferreira"),
            (
                I,
                [
                    "l'attente atteint régulièrement vingt-cinq minutes à l'arrêt "
                    "Préfecture-Université, contre dix minutes affichées"
                ],
                "Nadia Ferreira",
            ),
        ],
    ),
    (  # 13 Québec embezzlement sentence: defence lawyer, then "Le juge … a-t-il tranché"
        "Saint-Aimé-des-Bois — L'ancien directeur général de la municipalité, Denis Lachance, "
        "a été condamné vendredi à 20 mois de prison à purger dans la collectivité pour avoir "
        "détourné 212 000 $ entre 2019 et 2023.\n\n"
        "Dans sa décision, le juge Pierre-Luc Gendron souligne la gravité des gestes, commis "
        "pendant quatre ans au détriment d'une municipalité de 2 300 habitants.\n\n"
        "L'avocat de la défense, Me François Bédard, a fait valoir que cette peine permettrait à "
        "son client de continuer à travailler pour rembourser la municipalité.\n\n"
        "Le juge a toutefois rejeté l'argument selon lequel le jeu compulsif expliquait les "
        "gestes de l'accusé. «\u00a0Rien dans la preuve ne démontre que cette dépendance "
        "existait avant 2022\u00a0», a-t-il tranché.\n\n"
        "La municipalité a déjà récupéré environ 60 000 $ grâce à son assureur.",
        [
            (
                I,
                [
                    "cette peine permettrait à son client de continuer à travailler pour "
                    "rembourser la municipalité"
                ],
                "François Bédard",
            ),
            (
                D,
                ["Rien dans la preuve ne démontre que cette dépendance existait avant 2022"],
                "Pierre-Luc Gendron",
            ),
        ],
    ),
    (  # 14 village school feature: dialogue-dash line by the teacher; mayor "Il affirme"
        "Saint-Martial-d'Olt — Dans la classe unique de Saint-Martial-d'Olt, ils sont onze "
        "élèves, du CP au CM2. À la rentrée prochaine, ils ne seront plus que huit, et la "
        "direction académique envisage de fermer l'école.\n\n"
        "L'institutrice, Christine Vayssettes, enseigne ici depuis dix-sept ans. Elle montre "
        "les dessins accrochés au mur, le potager derrière le préau, les bottes alignées sous "
        "le portemanteau.\n\n"
        "— Si l'école ferme, les familles partiront. Personne ne s'installe dans un village "
        "sans école.\n\n"
        "Le maire, Henri Bousquet, a écrit au recteur et à la députée. Il affirme que deux "
        "familles ont signé des compromis de vente pour des maisons du bourg et que les "
        "effectifs remonteront dès 2028.\n\n"
        "Aucune décision ne sera prise avant la carte scolaire de février.",
        [
            (
                D,
                [
                    "Si l'école ferme, les familles partiront. Personne ne s'installe dans un "
                    "village sans école."
                ],
                "Christine Vayssettes",
            ),
            (
                I,
                [
                    "deux familles ont signé des compromis de vente pour des maisons du bourg "
                    "et que les effectifs remonteront dès 2028"
                ],
                "Henri Bousquet",
            ),
        ],
    ),
    (  # 15 Montréal rents: “ ” marks, speaker named after a long quote; landlords' VP
        "Montréal — Le Regroupement des locataires du Québec-Métropole a publié mercredi sa "
        "compilation annuelle des hausses de loyer : 7,4 % en moyenne dans la région de "
        "Montréal, un sommet depuis trente ans.\n\n"
        "“Ce qu'on voit, ce sont des ménages qui consacrent maintenant plus de la moitié de "
        "leur revenu au loyer, qui coupent dans l'épicerie et qui n'osent plus contester une "
        "hausse de peur de se retrouver à la rue”, a déploré la porte-parole du regroupement, "
        "Annie Bouchard-Mailloux, en conférence de presse.\n\n"
        "La Corporation des propriétaires immobiliers de l'Est, qui représente quelque 9 000 "
        "bailleurs, conteste cette lecture. Son vice-président, Stéphane Marcotte, a soutenu "
        "que les taxes municipales et les primes d'assurance avaient bondi de plus de 10 % en "
        "deux ans. “On n'est pas des profiteurs, on est des gestionnaires qui essaient de "
        "boucler leur budget”, a-t-il dit.\n\n"
        "Le cabinet de la ministre de l'Habitation n'avait pas donné suite à nos demandes "
        "mercredi soir.",
        [
            (
                D,
                [
                    "Ce qu'on voit, ce sont des ménages qui consacrent maintenant plus de la "
                    "moitié de leur revenu au loyer, qui coupent dans l'épicerie et qui n'osent "
                    "plus contester une hausse de peur de se retrouver à la rue"
                ],
                "Annie Bouchard-Mailloux",
            ),
            (
                I,
                [
                    "les taxes municipales et les primes d'assurance avaient bondi de plus de "
                    "10 % en deux ans"
                ],
                "Stéphane Marcotte",
            ),
            (
                D,
                [
                    "On n'est pas des profiteurs, on est des gestionnaires qui essaient de "
                    "boucler leur budget"
                ],
                "Stéphane Marcotte",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 school in special measures: inspectors partial; head's quote continued after "she said."
        "A secondary school in north Shropshire has been placed in special measures after "
        "inspectors raised serious concerns about behaviour and bullying.\n\n"
        "Oakhurst Academy in Ellesby, which has 940 pupils, was rated inadequate in a report "
        'published on Tuesday. Inspectors said leaders had "lost sight" of what was happening '
        "on the site at lunchtime. Supply teachers were covering nearly a third of lessons.\n\n"
        "Headteacher Joanne Pritchard, who joined the school in September, wrote to parents on "
        'Tuesday afternoon. "Families deserve better than what this report describes, and I '
        'am sorry," she said. "Some of the changes are already visible, and there will be '
        'more before Christmas."\n\n'
        "The Meridian Learning Trust, which runs the academy, will appoint an interim executive "
        "board by January.",
        [
            (P, ["lost sight"], "inspectors"),
            (
                D,
                ["Families deserve better than what this report describes, and I am sorry"],
                "Joanne Pritchard",
            ),
            (
                D,
                [
                    "Some of the changes are already visible, and there will be more before "
                    "Christmas."
                ],
                "Joanne Pritchard",
            ),
        ],
    ),
    (  # 2 bus route cuts: Coun. direct; transit director partial + "he told council"
        "Transit riders in Kestrel Bay will see six bus routes cut or merged next spring under "
        "a plan approved by city council Tuesday night in an 8-3 vote.\n\n"
        "The changes will save about $2.1 million a year and shift service toward the hospital "
        "and the college campus on the city's east side.\n\n"
        "Coun. Marisa Okafor, who voted against the plan, represents much of the north end, "
        "where several routes will disappear. \"We're telling people who don't drive that their "
        "bus stop is now a 20-minute walk away, in January. That's not a detail,\" she said.\n\n"
        'Transit director Paul Henning called the plan "a reset, not a retreat." Ridership on '
        "the affected routes had fallen below eight passengers per trip, he told council.\n\n"
        "The new network takes effect April 6.",
        [
            (
                D,
                [
                    "We're telling people who don't drive that their bus stop is now a "
                    "20-minute walk away, in January. That's not a detail"
                ],
                "Marisa Okafor",
            ),
            (P, ["a reset, not a retreat."], "Paul Henning"),
            (
                I,
                ["Ridership on the affected routes had fallen below eight passengers per trip"],
                "Paul Henning",
            ),
        ],
    ),
    (  # 3 league treasurer sentenced: prosecutor named after the quote; "noting that"; "the judge"
        "A former youth baseball league treasurer was sentenced Thursday to three years in "
        "state prison for stealing more than $180,000 from the league over six years.\n\n"
        "Kevin Daugherty, 46, of Millbrook Township, pleaded guilty in August to theft and "
        "forgery. He spent most of the money on sports betting and a pickup truck.\n\n"
        '"Every dollar he took came from bake sales, car washes and parents who work two jobs. '
        'These kids went without new helmets so he could gamble," Assistant District Attorney '
        "Renee Castillo told Washtaw County Judge Harold Finch.\n\n"
        "Daugherty apologized to the families in court. His lawyer, Michael Ostrowski, asked "
        "for probation, noting that his client had already repaid $40,000.\n\n"
        'Finch was unmoved. "Restitution is not a favor to the court. It is the least you '
        'owe," the judge said.',
        [
            (
                D,
                [
                    "Every dollar he took came from bake sales, car washes and parents who work "
                    "two jobs. These kids went without new helmets so he could gamble"
                ],
                "Renee Castillo",
            ),
            (I, ["his client had already repaid $40,000"], "Michael Ostrowski"),
            (
                D,
                ["Restitution is not a favor to the court. It is the least you owe"],
                "Harold Finch",
            ),
        ],
    ),
    (  # 4 NZ emergency department waits: delegate colon quote; minister's spokeswoman
        "Patients at Tawanui Hospital's emergency department waited an average of 7.4 hours to "
        "be admitted to a ward in October, the longest delays of any hospital in the region.\n\n"
        "The figures were obtained under the Official Information Act by the Nurses' "
        "Collective of Aotearoa. Hemi Rāwiri, the collective's delegate at Tawanui, said: "
        "\"We've got patients on trolleys next to the vending machines, every single night. "
        'Nurses are going home in tears."\n\n'
        "A 24-bed short-stay unit is due to open at the hospital in March, a year later than "
        "first planned.\n\n"
        "A spokeswoman for Health Minister Claire Donnelly said the minister had asked officials "
        "for an urgent report on patient flow at Tawanui.",
        [
            (
                D,
                [
                    "We've got patients on trolleys next to the vending machines, every single "
                    "night. Nurses are going home in tears."
                ],
                "Hemi Rāwiri",
            ),
            (
                I,
                [
                    "the minister had asked officials for an urgent report on patient flow at "
                    "Tawanui"
                ],
                "Claire Donnelly",
            ),
        ],
    ),
    (  # 5 rugby league semi-final: match-winner "he said"; coach with incise "Tansey said, …"
        "Wexbridge Warriors will play in their first Championship Grand Final for 11 years after "
        "an 18-16 win over Ravensmoor on Sunday, sealed by Ashton Kerr's penalty two minutes "
        "from time.\n\n"
        'Kerr, 20, had not expected to take the kick. "Our captain just handed me the ball and '
        "walked off. I didn't have time to get nervous,\" he said.\n\n"
        "The Warriors lost prop Danny Oyelaran to a shoulder injury in the first half and "
        "trailed 6-14 at the break.\n\n"
        "\"We weren't great, and I'm not going to pretend we were,\" coach Lee Tansey said, "
        "\"but the lads never stopped, and that's what this club has been about all "
        'season."\n\n'
        "Oyelaran will see a specialist this week. The final is at the Ferrybridge Road stadium "
        "on October 4.",
        [
            (
                D,
                [
                    "Our captain just handed me the ball and walked off. I didn't have time to "
                    "get nervous"
                ],
                "Ashton Kerr",
            ),
            (
                D,
                [
                    "We weren't great, and I'm not going to pretend we were",
                    "but the lads never stopped, and that's what this club has been about all "
                    "season.",
                ],
                "Lee Tansey",
            ),
        ],
    ),
    (  # 6 short-term rental cap: "according to the planning department"; "said Councilmember"
        "Harbor Springs City Council voted 5-2 on Monday night to cap short-term rentals at 4% "
        "of the city's housing units, a measure aimed at returning hundreds of homes to "
        "long-term renters.\n\n"
        "About 1,150 short-term rental permits, roughly 7% of housing units, are currently "
        "active in the city, according to the planning department. The cap takes effect in "
        "July.\n\n"
        "\"When a family making $60,000 a year can't find a two-bedroom apartment within twenty "
        'miles of where they work, we have to act," said Councilmember Teresa Nguyen, who '
        "sponsored the ordinance. Mayor Dan Whitcombe voted against.\n\n"
        "Harbor Springs Homeshare Alliance, which represents about 300 hosts, said in a "
        'statement that it was "reviewing all legal options."',
        [
            (
                I,
                [
                    "About 1,150 short-term rental permits, roughly 7% of housing units, are "
                    "currently active in the city"
                ],
                "planning department",
            ),
            (
                D,
                [
                    "When a family making $60,000 a year can't find a two-bedroom apartment "
                    "within twenty miles of where they work, we have to act"
                ],
                "Teresa Nguyen",
            ),
            (P, ["reviewing all legal options."], "Harbor Springs Homeshare Alliance"),
        ],
    ),
    (  # 7 sawmill closure: "the company announced"; union local president after a narrative line
        "Pinecrest Forest Products will permanently close its sawmill in Dunmore Falls, B.C., "
        "in February, putting 165 people out of work, the company announced Wednesday.\n\n"
        "In a statement, chief executive Graham Sutter blamed high log costs and U.S. softwood "
        "lumber duties.\n\n"
        "Workers were told at a 7 a.m. meeting. Gord Halvorsen, president of the union local "
        'that represents them, has worked at the mill since 1994. "Some of these guys have been '
        'on that floor for 30 years. They got a 20-minute meeting and a pamphlet," he said.\n\n'
        "The mill is the largest private employer in Dunmore Falls, a town of 3,400. Mayor Beth "
        "Arseneau has called an emergency council meeting for Friday.",
        [
            (
                I,
                [
                    "Pinecrest Forest Products will permanently close its sawmill in Dunmore "
                    "Falls, B.C., in February, putting 165 people out of work"
                ],
                "Pinecrest Forest Products",
            ),
            (
                D,
                [
                    "Some of these guys have been on that floor for 30 years. They got a "
                    "20-minute meeting and a pamphlet"
                ],
                "Gord Halvorsen",
            ),
        ],
    ),
    (  # 8 river flooding: "…, the Fire and Rescue Service said"; publican with curly quotes
        "About 40 homes in Ashby Bridge were evacuated overnight after the River Wend rose more "
        "than two metres in six hours following a night of heavy rain.\n\n"
        "Fire crews used boats to reach several elderly residents on Mill Lane. Nobody was "
        "injured, North Wendshire Fire and Rescue Service said.\n\n"
        "Gareth Pryce, who runs the Ferry Inn on the riverbank, watched the water come up "
        "through the floorboards just after midnight. “You can sandbag the door all you like, "
        "but it comes in underneath. We only reopened in June after the last one,” he said.\n\n"
        "More rain is forecast for Thursday. The council has opened a rest centre at Ashby "
        "Bridge Community Hall.",
        [
            (I, ["Nobody was injured"], "North Wendshire Fire and Rescue Service"),
            (
                D,
                [
                    "You can sandbag the door all you like, but it comes in underneath. We only "
                    "reopened in June after the last one"
                ],
                "Gareth Pryce",
            ),
        ],
    ),
    (  # 9 school buses: superintendent and a mother alternate ("she said"), then "Dyck said"
        "Parents in the Prairie Rose School Division are scrambling after the division "
        "cancelled 11 bus routes indefinitely because of a shortage of drivers.\n\n"
        "The division has advertised for drivers since August and received four applications. "
        '"We are not in a position to put a bus on the road without a qualified driver. That '
        'is the bottom line," superintendent Carla Dyck said.\n\n'
        "Amanda Friesen, whose two children attend Steinfeld Elementary, now drives 45 minutes "
        "each way before starting her shift at a care home. \"I'm lucky my boss is flexible. A "
        "lot of people's aren't,\" she said.\n\n"
        "Dyck said the division would raise the drivers' hourly wage to $26 and cover the cost "
        "of licence training.",
        [
            (
                D,
                [
                    "We are not in a position to put a bus on the road without a qualified "
                    "driver. That is the bottom line"
                ],
                "Carla Dyck",
            ),
            (D, ["I'm lucky my boss is flexible. A lot of people's aren't"], "Amanda Friesen"),
            (
                I,
                [
                    "the division would raise the drivers' hourly wage to $26 and cover the cost "
                    "of licence training"
                ],
                "Carla Dyck",
            ),
        ],
    ),
    (  # 10 NZ careless driving sentence: victim statement colon quote; judge partial + indirect
        "A truck driver who fell asleep at the wheel and killed a motorcyclist on State Highway "
        "3 near Kaiwhenua has been sentenced to 10 months' home detention.\n\n"
        "Ryan Te Huia, 39, appeared in the Palmerton District Court on Friday after pleading "
        "guilty to careless driving causing death. He had been working 15-hour days for two "
        "weeks.\n\n"
        "In a victim impact statement, the motorcyclist's wife, Leanne Moffat, wrote: \"I hear "
        "the phone ring and I'm back on that Tuesday. I haven't slept through a night since.\"\n\n"
        'Judge Anaru Whaanga said Te Huia\'s employer bore "some responsibility" for the hours '
        "he had been allowed to work. That did not excuse the decision to keep driving when he "
        "was exhausted, the judge said.\n\n"
        "Te Huia was also disqualified from driving for two years.",
        [
            (
                D,
                [
                    "I hear the phone ring and I'm back on that Tuesday. I haven't slept through "
                    "a night since."
                ],
                "Leanne Moffat",
            ),
            (P, ["some responsibility"], "Anaru Whaanga"),
            (
                I,
                ["That did not excuse the decision to keep driving when he was exhausted"],
                "Anaru Whaanga",
            ),
        ],
    ),
    (  # 11 brownfield housing approval: ‘ ’ marks; residents' group "says"; spokesman partial
        "Plans for 420 homes on the former Dunstall paper mill site in Kelthorpe have been "
        "approved, despite more than 600 objections from residents.\n\n"
        "Members of Pendlebrook Borough Council's planning committee voted seven to four in "
        "favour on Tuesday evening. The scheme includes 84 affordable homes.\n\n"
        "Councillor Anne Hargreaves, who chairs the committee, backed the plans. ‘We cannot "
        "keep turning down housing on brownfield land and then complain when green fields are "
        "built on,’ she said.\n\n"
        "Residents' group Save Kelthorpe Vale, which led the opposition, says local roads and "
        "the village's only primary school cannot cope. Its spokesman, Neil Ashworth, described "
        "the decision as ‘a disgrace’.\n\n"
        "Developer Calder Homes hopes to start work next autumn.",
        [
            (
                D,
                [
                    "We cannot keep turning down housing on brownfield land and then complain "
                    "when green fields are built on"
                ],
                "Anne Hargreaves",
            ),
            (
                I,
                ["local roads and the village's only primary school cannot cope"],
                "Save Kelthorpe Vale",
            ),
            (P, ["a disgrace"], "Neil Ashworth"),
        ],
    ),
    (  # 12 girls basketball state final: player by surname after quote, coach "Bell said"
        "Lincoln Heights won its first girls basketball state championship Saturday, beating "
        "Cedar Grove 61-54 in the Class 4A final at Riverside Arena.\n\n"
        "Senior guard Maya Robinson scored 24 points, including four 3-pointers in the fourth "
        "quarter. \"I told myself in warmups, if I'm open, I'm shooting. Coach doesn't pay me to "
        'pass," Robinson said, laughing.\n\n'
        'Coach Terrence Bell is in his ninth season. His team went 3-20 four years ago. "Those '
        'kids came to practice when nobody came to our games. Today the whole town was here," '
        "Bell said.\n\n"
        "Cedar Grove's players lingered on the court after the final buzzer, and their coach, "
        "Janet Albright, hugged each of them on the way to the locker room.",
        [
            (
                D,
                [
                    "I told myself in warmups, if I'm open, I'm shooting. Coach doesn't pay me "
                    "to pass"
                ],
                "Maya Robinson",
            ),
            (
                D,
                [
                    "Those kids came to practice when nobody came to our games. Today the whole "
                    "town was here"
                ],
                "Terrence Bell",
            ),
        ],
    ),
    (  # 13 maternity unit suspended: trust letter partial; chief nursing officer colon quote
        "Births at the midwife-led unit at Fenwick Community Hospital will be suspended from "
        "January because of staff shortages.\n\n"
        "In a letter sent to expectant mothers last week, Hollins Valley NHS Trust said it could "
        '"no longer guarantee safe staffing levels". Women will instead be offered care at '
        "Castlemere General Hospital, 28 miles away.\n\n"
        "Campaigner Rachel Dunn, who gave birth at Fenwick in 2021, has started a petition that "
        "had gathered 4,800 signatures by Sunday evening.\n\n"
        "The trust's chief nursing officer, Dr Priya Raman, said: \"This is a temporary "
        "measure. We have recruited four midwives who will start in the spring, and we fully "
        'intend to reopen the unit."',
        [
            (P, ["no longer guarantee safe staffing levels"], "Hollins Valley NHS Trust"),
            (
                D,
                [
                    "This is a temporary measure. We have recruited four midwives who will start "
                    "in the spring, and we fully intend to reopen the unit."
                ],
                "Priya Raman",
            ),
        ],
    ),
    (  # 14 dairy payout: chief executive partial in reported speech; economist "estimates"; farmer
        "Dairy co-operative Southfield Milk has lifted its forecast milk price to $9.40 per "
        "kilogram of milk solids for the season, citing strong demand from Southeast Asia.\n\n"
        "Chief executive Mark Hollis told farmers at the co-op's annual meeting in Ashgrove on "
        "Thursday that the outlook was “the best we've seen in three years”.\n\n"
        "Kauri Bank senior economist Sophie Tan estimates the upgrade will put about $900 "
        "million more into regional economies, much of it spent in rural towns.\n\n"
        "Bruce Coleman, who milks 420 cows near Ashgrove, was more cautious. “It's a good "
        "number. But my fertiliser bill has doubled in two years, so I'll believe it when it's "
        "in the bank.”",
        [
            (P, ["the best we've seen in three years"], "Mark Hollis"),
            (
                I,
                [
                    "the upgrade will put about $900 million more into regional economies, much "
                    "of it spent in rural towns"
                ],
                "Sophie Tan",
            ),
            (
                D,
                [
                    "It's a good number. But my fertiliser bill has doubled in two years, so "
                    "I'll believe it when it's in the bank."
                ],
                "Bruce Coleman",
            ),
        ],
    ),
    (  # 15 theatre grant restored: a play's title in quotes (not a quote); Coun. partial
        'The Harbourview Players\' production of "The Last Ferry to Gannet Island" will go '
        "ahead at the Regent Theatre next month after city council reversed a decision to pull "
        "its $15,000 grant.\n\n"
        "Council voted last week to withdraw the money after Coun. Rick Dempsey objected to "
        'scenes he described as "mocking the fishery." On Monday, councillors voted 6-4 to '
        "restore it.\n\n"
        "Playwright Moira Keane grew up in Harbourview, where her father fished for 40 years. "
        "\"It's a love letter to this place. I'd invite anyone who thinks otherwise to come and "
        'see it," she said.\n\n'
        "Dempsey, who has not seen the play, told reporters he stood by his concerns but would "
        "respect the vote.\n\n"
        "Tickets go on sale Friday at the Regent box office.",
        [
            (P, ["mocking the fishery."], "Rick Dempsey"),
            (
                D,
                [
                    "It's a love letter to this place. I'd invite anyone who thinks otherwise to "
                    "come and see it"
                ],
                "Moira Keane",
            ),
            (
                I,
                ["he stood by his concerns but would respect the vote"],
                "Rick Dempsey",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout19.jsonl"),
        "heldout19",
        "h19",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
