"""Source of the twenty-first held-out set: writes heldout21.jsonl (split "heldout21").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like ordinary local and regional news (mairies, hospitals, schools, farms,
fires, clubs, courts, councils, weather, shop openings and closures), not like a list of edge
cases.
Measured once before (extractor 0.3.0) and once after extractor 0.13.0 (docs/EXTRACTION.md), then
read: fixes from its errors are in 0.14.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout21.py
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
# narrow no-break spaces (\u202f), none, and dialogue dashes.
FR: list[Item] = [
    (  # 1 Finistère school class closure: maire apposition after cue; parent rep indirect
        "Plouvénec — Le conseil municipal de Plouvénec a voté lundi soir, à l'unanimité, une "
        "motion contre la fermeture d'une classe à l'école publique des Hortensias, annoncée "
        "pour la rentrée de septembre. L'établissement compte 71 élèves, contre 84 il y a "
        "trois ans.\n\n"
        "« On nous demande de faire toujours plus avec toujours moins. Une classe en moins, "
        "c'est des cours triples pour les petits », a regretté le maire, Yannick Le Goff, en "
        "ouverture de séance.\n\n"
        "Présente dans le public, la représentante des parents d'élèves, Gaëlle Morvan, a "
        "annoncé qu'une chaîne humaine serait organisée devant l'école samedi matin. Les "
        "parents ont déjà rédigé un courrier à l'inspection académique, resté sans réponse.",
        [
            (
                D,
                [
                    "On nous demande de faire toujours plus avec toujours moins. Une classe en "
                    "moins, c'est des cours triples pour les petits"
                ],
                "Yannick Le Goff",
            ),
            (
                I,
                ["une chaîne humaine serait organisée devant l'école samedi matin"],
                "Gaëlle Morvan",
            ),
        ],
    ),
    (  # 2 farm shed fire: selon + rank; exploitant after cue; full-stop form, 2nd quote alone
        "Locmélar-Izel — Un incendie a détruit dans la nuit de mardi à mercredi un hangar de "
        "800 m² au lieu-dit Kerhuel, où étaient stockées quelque 400 bottes de paille et "
        "plusieurs machines agricoles. L'alerte a été donnée vers 2 h 30 par un voisin.\n\n"
        "Une quarantaine de sapeurs-pompiers venus de cinq centres de secours ont lutté "
        "pendant plus de six heures. Selon le lieutenant Erwan Quéméner, qui dirigeait les "
        "opérations, les flammes ont menacé un moment la stabulation voisine, où se trouvaient "
        "120 vaches laitières.\n\n"
        "Les bêtes ont pu être évacuées vers un champ. «\u00a0Sans les voisins qui sont venus "
        "ouvrir les barrières, je ne sais pas comment on aurait fait\u00a0», confie "
        "l'exploitant, Hervé Le Bras, encore sous le choc. «\u00a0Trente ans de travail partis "
        "en fumée en une nuit.\u00a0»\n\n"
        "Les gendarmes de la brigade de Landivisiau-Est ont ouvert une enquête. La piste "
        "accidentelle est privilégiée.",
        [
            (
                I,
                [
                    "les flammes ont menacé un moment la stabulation voisine, où se trouvaient "
                    "120 vaches laitières"
                ],
                "Erwan Quéméner",
            ),
            (
                D,
                [
                    "Sans les voisins qui sont venus ouvrir les barrières, je ne sais pas "
                    "comment on aurait fait"
                ],
                "Hervé Le Bras",
            ),
            (D, ["Trente ans de travail partis en fumée en une nuit."], "Hervé Le Bras"),
        ],
    ),
    (  # 3 maternity night closure: two women; -t-elle; quote with no cue; "Elle affirme"
        "Ambrac — La maternité du centre hospitalier d'Ambrac fermera ses portes la nuit à "
        "partir du 1er mars, faute de pédiatres et d'anesthésistes en nombre suffisant. Les "
        "accouchements programmés seront orientés vers Saint-Géraud, à 70 km.\n\n"
        "La directrice de l'établissement, Claire Vigier, a défendu jeudi la décision devant le "
        "conseil de surveillance. « Nous ne pouvons plus "
        "garantir la sécurité des mamans entre 20 heures et 8 heures. Je préfère le dire "
        "clairement », a-t-elle déclaré.\n\n"
        "Sage-femme dans le service depuis dix-neuf ans, Élodie Barrat ne décolère pas. « On "
        "nous parle de sécurité, mais qui va accoucher sur le bord de la nationale en plein "
        "hiver ? » Elle affirme que trois naissances ont déjà eu lieu dans un véhicule de "
        "pompiers l'an dernier.\n\n"
        "Une manifestation est prévue samedi devant l'hôpital.",
        [
            (
                D,
                [
                    "Nous ne pouvons plus garantir la sécurité des mamans entre 20 heures et 8 "
                    "heures. Je préfère le dire clairement"
                ],
                "Claire Vigier",
            ),
            (
                D,
                [
                    "On nous parle de sécurité, mais qui va accoucher sur le bord de la "
                    "nationale en plein hiver ?"
                ],
                "Élodie Barrat",
            ),
            (
                I,
                ["trois naissances ont déjà eu lieu dans un véhicule de pompiers l'an dernier"],
                "Élodie Barrat",
            ),
        ],
    ),
    (  # 4 drink-driving trial: unnamed prévenu, colon quote; procureure partial; "Pour son avocat"
        "Un conducteur de 34 ans, domicilié à Blâmont-la-Côte, a été condamné mardi par le "
        "tribunal correctionnel à dix-huit mois de prison, dont six avec sursis, pour avoir "
        "percuté un cycliste en juillet sur la départementale 400 avec 1,6 g d'alcool dans le "
        "sang. La victime, un retraité de 67 ans, garde de lourdes séquelles.\n\n"
        "À la barre, le prévenu a tenté de s'expliquer : «Je ne l'ai pas vu. Je sais que "
        "j'avais bu, je ne cherche pas d'excuse.»\n\n"
        "La procureure, Anne-Sophie Kieffer, a dénoncé « une inconscience totale » chez un "
        "homme déjà condamné deux fois pour conduite en état d'ivresse. Elle a "
        "requis deux ans ferme.\n\n"
        "Pour son avocat, Me Julien Adam, «\u202fla prison ne réparera rien\u202f». Il a plaidé "
        "en vain pour un aménagement de peine sous bracelet électronique.",
        [
            (
                D,
                ["Je ne l'ai pas vu. Je sais que j'avais bu, je ne cherche pas d'excuse."],
                "prévenu",
            ),
            (P, ["une inconscience totale"], "Anne-Sophie Kieffer"),
            (D, ["la prison ne réparera rien"], "Julien Adam"),
        ],
    ),
    (  # 5 Belgian pool closure: bourgmestre, no-space guillemets; "Le bourgmestre a indiqué"
        "Le conseil communal de Fexhe-Vierset a approuvé lundi soir, par 14 voix contre 9, la "
        "fermeture définitive de la piscine communale, construite en 1974 et jugée trop "
        "coûteuse à rénover. La remise aux normes était estimée à 6,2 millions d'euros.\n\n"
        "«Nous n'avons tout simplement pas cet argent. Je préfère fermer un bassin que fermer "
        "une école», a tranché le bourgmestre, Didier Houbart.\n\n"
        "La cheffe de file de l'opposition, Véronique Lallemand, a dénoncé un choix «\u00a0à "
        "courte vue\u00a0». Une pétition a déjà recueilli 2 100 signatures.\n\n"
        "Le bourgmestre a indiqué que des accords étaient en discussion avec la piscine de "
        "Huy-Nord pour accueillir les classes dès septembre.",
        [
            (
                D,
                [
                    "Nous n'avons tout simplement pas cet argent. Je préfère fermer un bassin "
                    "que fermer une école"
                ],
                "Didier Houbart",
            ),
            (P, ["à courte vue"], "Véronique Lallemand"),
            (
                I,
                [
                    "des accords étaient en discussion avec la piscine de Huy-Nord pour "
                    "accueillir les classes dès septembre"
                ],
                "Didier Houbart",
            ),
        ],
    ),
    (  # 6 Vaud theatre: two titles in guillemets (not quotes); metteuse en scène; selon
        "Lausanne — La compagnie Le Cri du Tilleul présente dès jeudi, au Théâtre des "
        "Trois-Sapins, «La Dernière Saison de l'ours», une création sur l'exode des jeunes des "
        "villages de montagne. Le spectacle s'inspire d'entretiens menés pendant deux ans dans "
        "la vallée de la Torneuse.\n\n"
        "«On a recueilli plus de soixante témoignages. Certains habitants nous ont raconté des "
        "choses qu'ils n'avaient jamais dites à leurs propres enfants», explique la metteuse en "
        "scène, Léa Jaquier-Rossel.\n\n"
        "Le titre reprend un vers du recueil «Les ours ne redescendent plus», d'une poétesse "
        "de la vallée, dont des extraits sont lus sur scène par une comédienne de 82 ans.\n\n"
        "Selon le directeur du théâtre, Yves Perrottet, la moitié des dix représentations "
        "affiche déjà complet. Une tournée dans les salles communales de la région est prévue "
        "au printemps.",
        [
            (
                D,
                [
                    "On a recueilli plus de soixante témoignages. Certains habitants nous ont "
                    "raconté des choses qu'ils n'avaient jamais dites à leurs propres enfants"
                ],
                "Léa Jaquier-Rossel",
            ),
            (
                I,
                ["la moitié des dix représentations affiche déjà complet"],
                "Yves Perrottet",
            ),
        ],
    ),
    (  # 7 Quebec triplex fire: selon + apposition; -t-il; unnamed voisin
        "Une quinzaine de locataires se retrouvent à la rue après qu'un incendie a ravagé un "
        "triplex de la rue des Érables-Rouges, à Sainte-Adèle-du-Lac, dans la nuit de samedi à "
        "dimanche. Personne n'a été blessé.\n\n"
        "Selon le porte-parole du Service de sécurité incendie, Marc-André Dufresne, le feu "
        "aurait pris naissance sur un balcon du deuxième étage, possiblement à cause d'un "
        "mégot de cigarette. « Quand nos premiers pompiers sont arrivés, les flammes sortaient "
        "déjà par le toit », a-t-il précisé.\n\n"
        "Un voisin, qui a préféré taire son nom, a frappé à toutes les portes pour réveiller "
        "les occupants. « J'ai vu de la lumière orange, pis j'ai compris tout de suite. Il y "
        "avait une madame avec un bébé au troisième », a-t-il raconté.\n\n"
        "La Croix-Rouge a pris en charge les sinistrés, relogés temporairement dans un hôtel "
        "de la région.",
        [
            (
                I,
                [
                    "le feu aurait pris naissance sur un balcon du deuxième étage, possiblement "
                    "à cause d'un mégot de cigarette"
                ],
                "Marc-André Dufresne",
            ),
            (
                D,
                [
                    "Quand nos premiers pompiers sont arrivés, les flammes sortaient déjà par le toit"
                ],
                "Marc-André Dufresne",
            ),
            (
                D,
                [
                    "J'ai vu de la lumière orange, pis j'ai compris tout de suite. Il y avait "
                    "une madame avec un bébé au troisième"
                ],
                "voisin",
            ),
        ],
    ),
    (  # 8 Coupe de France village club: speaker named after long quote; incise -t-il
        "Il y avait plus de 1 800 spectateurs, dimanche, autour du stade municipal de "
        "Saint-Privat-des-Prés, soit quatre fois la population du village. Pensionnaire de "
        "Régional 2, l'AS Saint-Privat a tenu tête pendant 120 minutes à l'US Vallée-de-l'Isle, "
        "club de National 3, avant de s'incliner aux tirs au but (0-0, 4 t.a.b. à 5) au 7e tour "
        "de la Coupe de France.\n\n"
        "« On n'a pas à rougir. Mes joueurs sont tous des bénévoles, ils travaillent le lundi "
        "matin, certains à l'usine, d'autres à la ferme. Ce qu'ils ont fait aujourd'hui, "
        "personne ne pourra le leur enlever. Le village s'en souviendra longtemps », a savouré, "
        "la voix cassée, l'entraîneur de Saint-Privat, Francis Delmas.\n\n"
        "En face, le coach de l'US Vallée-de-l'Isle, Karim Benhaddou, a reconnu que son équipe "
        "avait « beaucoup souffert » sur un terrain gras. « Honnêtement, on aurait pu sortir, "
        "a-t-il admis. Leur gardien a fait un match énorme. »\n\n"
        "Le tirage du 8e tour aura lieu mercredi.",
        [
            (
                D,
                [
                    "On n'a pas à rougir. Mes joueurs sont tous des bénévoles, ils travaillent "
                    "le lundi matin, certains à l'usine, d'autres à la ferme. Ce qu'ils ont fait "
                    "aujourd'hui, personne ne pourra le leur enlever. Le village s'en souviendra "
                    "longtemps"
                ],
                "Francis Delmas",
            ),
            (P, ["beaucoup souffert"], "Karim Benhaddou"),
            (
                D,
                ["Honnêtement, on aurait pu sortir", "Leur gardien a fait un match énorme."],
                "Karim Benhaddou",
            ),
        ],
    ),
    (  # 9 farmers at sous-préfecture: "son président"; sous-préfète partial; ministry letter
        "Saint-Aubin-la-Marche — Près de 150 agriculteurs et une soixantaine de tracteurs se "
        "sont rassemblés mardi devant la sous-préfecture pour dénoncer le retard des "
        "indemnités promises après la sécheresse de l'été.\n\n"
        "À l'appel de la Coordination paysanne du Haut-Limousin, les manifestants ont déversé "
        "du fumier et des pneus devant les grilles. « Certains d'entre nous n'ont pas touché un "
        "centime depuis juillet. Les banques, elles, n'attendent pas », a lancé au micro son "
        "président, Jean-Baptiste Mazeaud.\n\n"
        "Reçue par une délégation, la sous-préfète, Hélène Rigaud, a assuré que les premiers "
        "versements interviendraient «\u00a0avant la fin du mois\u00a0». Un courrier du "
        "ministère de l'Agriculture, lu devant les manifestants, évoque pourtant « des délais "
        "de traitement incompressibles ».",
        [
            (
                D,
                [
                    "Certains d'entre nous n'ont pas touché un centime depuis juillet. Les "
                    "banques, elles, n'attendent pas"
                ],
                "Jean-Baptiste Mazeaud",
            ),
            (P, ["avant la fin du mois"], "Hélène Rigaud"),
            (P, ["des délais de traitement incompressibles"], "ministère de l'Agriculture"),
        ],
    ),
    (  # 10 school bus delays: dialogue dashes (named mother, unnamed mother); gérant
        "Depuis la rentrée, le car qui doit conduire une trentaine d'élèves de Vernines-le-Haut "
        "au collège Louise-Michel arrive en retard un jour sur deux. Mardi, il n'est jamais "
        "venu.\n\n"
        "Devant l'abribus, les parents ont fini par s'organiser en covoiturage.\n"
        "— On a écrit trois fois à la Région, personne ne répond, soupire Sandrine Bouchet, "
        "mère de deux collégiens.\n"
        "— Et quand le car arrive, il est plein, ajoute une autre mère.\n\n"
        "Le transporteur, les Autocars Fayolle, explique ces retards par une pénurie de "
        "chauffeurs. « Il nous manque quatre conducteurs sur le secteur. On recrute, mais "
        "personne ne veut faire des services de 6 h 45 », reconnaît son gérant, Thierry "
        "Fayolle.",
        [
            (D, ["On a écrit trois fois à la Région, personne ne répond"], "Sandrine Bouchet"),
            (D, ["Et quand le car arrive, il est plein"], "mère"),
            (
                D,
                [
                    "Il nous manque quatre conducteurs sur le secteur. On recrute, mais personne "
                    "ne veut faire des services de 6 h 45"
                ],
                "Thierry Fayolle",
            ),
        ],
    ),
    (  # 11 Breton festival record: quote over two paragraphs; d'après + apposition
        "Pont-Kerlan — Le festival Kan ar Mor a refermé ses portes dimanche soir sur un record : "
        "42 000 entrées en trois jours, contre 35 000 l'an passé. Une quarantaine de groupes se "
        "sont succédé sur les trois scènes installées au bord de l'estuaire.\n\n"
        "Son directeur, Loïc Tanguy, ne cachait pas son soulagement au moment du bilan : « Il y "
        "a deux ans, on se demandait si le festival allait survivre. On avait perdu deux "
        "partenaires et la météo nous avait achevés.\n\n"
        "« Cette année, tout s'est aligné. Les bénévoles ont été extraordinaires. »\n\n"
        "L'équilibre reste fragile. D'après le trésorier de l'association, Guénolé Le Du, le "
        "budget de 1,4 million d'euros ne tient que grâce aux subventions de la communauté de "
        "communes.",
        [
            (
                D,
                [
                    "Il y a deux ans, on se demandait si le festival allait survivre. On avait "
                    "perdu deux partenaires et la météo nous avait achevés.",
                    "Cette année, tout s'est aligné. Les bénévoles ont été extraordinaires.",
                ],
                "Loïc Tanguy",
            ),
            (
                I,
                [
                    "le budget de 1,4 million d'euros ne tient que grâce aux subventions de la "
                    "communauté de communes"
                ],
                "Guénolé Le Du",
            ),
        ],
    ),
    (  # 12 audit report on a commune: document quoted twice; maire replies, -t-il
        "Épinal — La chambre régionale des comptes a rendu public lundi un rapport sévère sur "
        "la gestion de la commune de Rupt-les-Forges entre 2019 et 2024. Les magistrats y "
        "relèvent « une absence quasi totale de mise en concurrence » pour des travaux de voirie "
        "d'un montant cumulé de 2,3 millions d'euros.\n\n"
        "Le document pointe également un endettement par habitant « deux fois supérieur à la "
        "moyenne des communes comparables ».\n\n"
        "Le maire, Gérard Thiébaut, élu depuis 2008, conteste ces conclusions. « Nous avons "
        "toujours travaillé avec des entreprises locales, parce qu'elles sont les seules à "
        "répondre. Ce n'est pas du favoritisme, c'est la ruralité », a-t-il réagi mardi.\n\n"
        "L'opposition municipale demande la tenue d'un conseil extraordinaire.",
        [
            (
                P,
                ["une absence quasi totale de mise en concurrence"],
                "chambre régionale des comptes",
            ),
            (
                P,
                ["deux fois supérieur à la moyenne des communes comparables"],
                "chambre régionale des comptes",
            ),
            (
                D,
                [
                    "Nous avons toujours travaillé avec des entreprises locales, parce qu'elles "
                    "sont les seules à répondre. Ce n'est pas du favoritisme, c'est la ruralité"
                ],
                "Gérard Thiébaut",
            ),
        ],
    ),
    (  # 13 Belgian A&E overload: Dr + lâché; anonymous nurse; porte-parole indirect
        "Les urgences du Centre hospitalier régional de Haute-Senne ont connu le week-end "
        "dernier une affluence record : 412 patients en 48 heures. Certains ont attendu plus "
        "de neuf heures avant d'être pris en charge.\n\n"
        "Le médecin-chef du service, le Dr Pierre-Yves Lambert, évoque une conjonction de "
        "facteurs, dont l'épidémie de grippe et le manque de lits en gériatrie. «\u202fOn a "
        "soigné des gens sur des brancards dans le couloir. Ce n'est pas digne\u202f», a-t-il "
        "lâché.\n\n"
        "Une infirmière, qui a requis l'anonymat, a enchaîné quatorze heures sans pause "
        "dimanche. «\u202fOn tient pour les patients, pas pour la direction\u202f», dit-elle.\n\n"
        "Le porte-parole de l'hôpital, Michaël Dessy, a indiqué que douze lits supplémentaires "
        "seraient ouverts dès lundi.",
        [
            (
                D,
                ["On a soigné des gens sur des brancards dans le couloir. Ce n'est pas digne"],
                "Pierre-Yves Lambert",
            ),
            (D, ["On tient pour les patients, pas pour la direction"], "infirmière"),
            (
                I,
                ["douze lits supplémentaires seraient ouverts dès lundi"],
                "Michaël Dessy",
            ),
        ],
    ),
    (  # 14 cheese-dairy closure: group communiqué, "Il affirme"; ? before s'indigne
        "La fromagerie Bréchaud, installée à Lavaurs-sur-Couze depuis 1952, fermera "
        "définitivement fin juin. Le groupe Laitalp, propriétaire du site depuis 2017, l'a "
        "annoncé jeudi aux 63 salariés lors d'un comité social et économique extraordinaire.\n\n"
        "Dans un communiqué, le groupe invoque une baisse durable des volumes et des coûts "
        "de mise aux normes trop élevés. Il affirme que des postes seront proposés aux "
        "salariés dans son usine de Montbrison-le-Vieux.\n\n"
        "« Montbrison, c'est à 140 kilomètres. Qui va faire ça avec des enfants à l'école ? » "
        "s'indigne Nadine Chassagne, déléguée syndicale, vingt-deux ans d'ancienneté. Le "
        "syndicat envisage un recours sur le plan social.",
        [
            (
                I,
                ["des postes seront proposés aux salariés dans son usine de Montbrison-le-Vieux"],
                "Laitalp",
            ),
            (
                D,
                [
                    "Montbrison, c'est à 140 kilomètres. Qui va faire ça avec des enfants à "
                    "l'école ?"
                ],
                "Nadine Chassagne",
            ),
        ],
    ),
    (  # 15 river flood: maire and adjoint (two men); "M. Brossard"; "Le premier magistrat"
        "La Vère est sortie de son lit dans la nuit de jeudi à vendredi à Saint-Julien-sur-Vère, "
        "inondant une quarantaine d'habitations du bas du bourg. L'eau a atteint 1,20 m par "
        "endroits.\n\n"
        "Le maire, Alain Brossard, était sur le terrain dès 3 heures du matin avec son premier "
        "adjoint, Michel Tessier. « On n'avait pas vu ça depuis 1999 », a constaté M. Brossard. "
        "Son adjoint, lui, pointe l'état des digues : « Ça fait dix ans qu'on réclame des "
        "travaux. On nous répond toujours que ce n'est pas prioritaire. »\n\n"
        "Le premier magistrat a annoncé qu'il demanderait la reconnaissance de l'état de "
        "catastrophe naturelle. La salle des fêtes reste ouverte pour accueillir les "
        "sinistrés.",
        [
            (D, ["On n'avait pas vu ça depuis 1999"], "Alain Brossard"),
            (
                D,
                [
                    "Ça fait dix ans qu'on réclame des travaux. On nous répond toujours que ce "
                    "n'est pas prioritaire."
                ],
                "Michel Tessier",
            ),
            (
                I,
                ["il demanderait la reconnaissance de l'état de catastrophe naturelle"],
                "Alain Brossard",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 UK parking charges: single curly quotes and curly apostrophes; full-stop form; partial
        "Drivers in Hexley will pay up to £1.80 an hour more to park in the town centre from "
        "April after councillors approved new charges on Tuesday night.\n\n"
        "The leader of Hexley Borough Council, Cllr Janet Pryce, defended the increase, which "
        "will raise about £2.4m a year. ‘Nobody comes into politics to "
        "put up parking charges,’ she said. ‘But the alternative was cutting the library "
        "service, and I wasn’t prepared to do that.’\n\n"
        "Opposition leader Cllr Raj Mistry called the decision ‘a kick in the teeth for our "
        "high street’.\n\n"
        "The new tariffs take effect on April 6.",
        [
            (D, ["Nobody comes into politics to put up parking charges"], "Janet Pryce"),
            (
                D,
                [
                    "But the alternative was cutting the library service, and I wasn’t "
                    "prepared to do that."
                ],
                "Janet Pryce",
            ),
            (P, ["a kick in the teeth for our high street"], "Raj Mistry"),
        ],
    ),
    (  # 2 US car break-ins: "police said" at end of sentence; Lt., full-stop form
        "Two teenagers have been arrested after a string of car break-ins in the Maple Ridge "
        "neighborhood of Danforth, police said Thursday.\n\n"
        "Officers found stolen wallets, a laptop and two handguns in a vehicle stopped on "
        "Route 9 early Wednesday. The suspects, ages 16 and 17, were taken to a juvenile "
        "detention center.\n\n"
        "\"This is a neighborhood that looks out for each other, and that's exactly how we "
        'caught them," Lt. Monica Reyes said at a news conference. "Residents sent us '
        'doorbell camera footage within minutes."\n\n'
        "Both teens are due in juvenile court next week.",
        [
            (
                I,
                [
                    "Two teenagers have been arrested after a string of car break-ins in the "
                    "Maple Ridge neighborhood of Danforth"
                ],
                "police",
            ),
            (
                D,
                [
                    "This is a neighborhood that looks out for each other, and that's exactly "
                    "how we caught them"
                ],
                "Monica Reyes",
            ),
            (D, ["Residents sent us doorbell camera footage within minutes."], "Monica Reyes"),
        ],
    ),
    (  # 3 school inspection report (quoted document) -> inspectors; head teacher colon quote
        "Holmfield Primary School in Ashby Cross has been placed in special measures after "
        'inspectors found that pupils\' safety was "not sufficiently prioritised".\n\n'
        "The report, published on Friday, says staff had not been properly trained in "
        "safeguarding.\n\n"
        'Headteacher Sarah Collings, who joined in September, said: "I accept the findings in '
        "full. Some of these issues pre-date my arrival, but they are now my responsibility to "
        'fix."\n\n'
        "An interim executive board will be appointed next month. The school, which has 212 "
        "pupils, was rated good at its previous inspection in 2019.",
        [
            (P, ["not sufficiently prioritised"], "inspectors"),
            (I, ["staff had not been properly trained in safeguarding"], "inspectors"),
            (
                D,
                [
                    "I accept the findings in full. Some of these issues pre-date my arrival, "
                    "but they are now my responsibility to fix."
                ],
                "Sarah Collings",
            ),
        ],
    ),
    (  # 4 Saskatchewan boil-water advisory: partial; surname + day; "He said"
        "Residents of Carrow Lake, Sask., have been told to boil their tap water until further "
        "notice after a routine test found E. coli bacteria in the town's system.\n\n"
        'Mayor Dwayne Kowalchuk said the advisory could last "at least a week" while crews '
        "flush the lines and the treatment plant is inspected.\n\n"
        '"We know it\'s a big inconvenience, especially for families with little ones," '
        "Kowalchuk said Monday. He said bottled water would be handed out at the curling rink "
        "starting Tuesday afternoon.\n\n"
        "No illnesses linked to the contamination have been reported.",
        [
            (P, ["at least a week"], "Dwayne Kowalchuk"),
            (
                D,
                ["We know it's a big inconvenience, especially for families with little ones"],
                "Dwayne Kowalchuk",
            ),
            (
                I,
                [
                    "bottled water would be handed out at the curling rink starting Tuesday afternoon"
                ],
                "Dwayne Kowalchuk",
            ),
        ],
    ),
    (  # 5 Australian grass fire: incident controller; "he said"; farmer quote with no cue
        "Fire crews were still battling a blaze near Wattle Gully on Sunday night after it "
        "jumped containment lines and destroyed two sheds on Kellerman Road.\n\n"
        "Incident controller Greg Doyle said the fire had burnt through more than 1200 "
        "hectares since Friday and was likely to flare again when winds swung to the "
        "south-west on Monday afternoon.\n\n"
        "\"If you're in Wattle Gully or Bellbird Flat and you don't have a plan, leave now. "
        "Don't wait for a knock on the door,\" he said.\n\n"
        "Cattle farmer Trish Neumann moved her herd to the river flats on Saturday. \"We've been "
        'through this before. You never get used to it."',
        [
            (
                I,
                [
                    "the fire had burnt through more than 1200 hectares since Friday and was "
                    "likely to flare again when winds swung to the south-west on Monday "
                    "afternoon"
                ],
                "Greg Doyle",
            ),
            (
                D,
                [
                    "If you're in Wattle Gully or Bellbird Flat and you don't have a plan, leave "
                    "now. Don't wait for a knock on the door"
                ],
                "Greg Doyle",
            ),
            (
                D,
                ["We've been through this before. You never get used to it."],
                "Trish Neumann",
            ),
        ],
    ),
    (  # 6 high-school football: coach, comma incise (one quote two spans); player indirect
        "Millbrook Central is heading to the state semifinals for the first time since 1998 "
        "after a 28-24 win over Pike Valley on Friday night, sealed by a fourth-down stop with "
        "41 seconds left.\n\n"
        '"We talked all week about finishing," coach Dale Hammond said, "and that\'s exactly '
        'what they did."\n\n'
        "Senior linebacker Marcus Bell, who made the final tackle, said he had seen the play "
        "coming from the way the offense lined up.\n\n"
        "Millbrook will face top-seeded Lakeshore Academy next Friday at a neutral site.",
        [
            (
                D,
                ["We talked all week about finishing", "and that's exactly what they did."],
                "Dale Hammond",
            ),
            (
                I,
                ["he had seen the play coming from the way the offense lined up"],
                "Marcus Bell",
            ),
        ],
    ),
    (  # 7 diner closure: Facebook post "she wrote" (full-stop form); customer "he told"
        "A Main Street diner that has served breakfast in Ridgeport for 42 years will close its "
        "doors at the end of the month.\n\n"
        "Owner Linda Petrakis, who ran the Sunrise Grill with her late husband, Tom, announced "
        "the closure in a Facebook post Tuesday, citing rising costs and a lack of staff.\n\n"
        "\"After 42 years, thousands of pancakes and more coffee than we can count, it's time "
        'for me to rest," she wrote. "Thank you for letting us be part of your mornings."\n\n'
        "Regular customer Earl Johnson, 81, has eaten at the same corner booth almost every day "
        "since 1990. \"I don't know where I'll go now,\" he told News 8.",
        [
            (
                D,
                [
                    "After 42 years, thousands of pancakes and more coffee than we can count, "
                    "it's time for me to rest"
                ],
                "Linda Petrakis",
            ),
            (D, ["Thank you for letting us be part of your mornings."], "Linda Petrakis"),
            (D, ["I don't know where I'll go now"], "Earl Johnson"),
        ],
    ),
    (  # 8 college women's basketball: player and coach (two women) alternate
        "The Bramwell College women's basketball team clinched the Great Lakes Athletic "
        "Conference regular-season title on Saturday with a 71-58 win over Huron Tech, its "
        "14th straight victory.\n\n"
        'Junior guard Keisha Monroe led all scorers with 26 points. "Coach kept telling us to '
        'trust the extra pass, and tonight we finally did it for 40 minutes," Monroe said.\n\n'
        "Head coach Ellen Marsh, in her third season, said her team had grown up after a 2-6 "
        'start. "Keisha is the engine of this team," she said. "But what I love is that '
        'nobody cares who gets the credit."',
        [
            (
                D,
                [
                    "Coach kept telling us to trust the extra pass, and tonight we finally did "
                    "it for 40 minutes"
                ],
                "Keisha Monroe",
            ),
            (I, ["her team had grown up after a 2-6 start"], "Ellen Marsh"),
            (D, ["Keisha is the engine of this team"], "Ellen Marsh"),
            (
                D,
                ["But what I love is that nobody cares who gets the credit."],
                "Ellen Marsh",
            ),
        ],
    ),
    (  # 9 hospital A&E waits: chief executive apposition; UK single quotes; union partial
        "Patients at Kingsmere General Hospital's emergency department waited an average of "
        "seven hours and 12 minutes to be admitted last month, the worst figure in the "
        "region.\n\n"
        "Ruth Oyelaran, chief executive of Kingsmere and Fenwick Hospitals NHS Trust, "
        "apologised to patients on Thursday.\n\n"
        "‘Our staff are working incredibly hard in very difficult circumstances,’ she said. "
        "‘Nobody wants to see people waiting on trolleys.’\n\n"
        "Dave Harker, regional organiser for the Health Service Workers' Union, said nurses "
        "were ‘at breaking point’ and warned of industrial action in the new year.",
        [
            (
                D,
                ["Our staff are working incredibly hard in very difficult circumstances"],
                "Ruth Oyelaran",
            ),
            (D, ["Nobody wants to see people waiting on trolleys."], "Ruth Oyelaran"),
            (P, ["at breaking point"], "Dave Harker"),
        ],
    ),
    (  # 10 snowstorm: TV meteorologist indirect, then surname-only direct
        "A winter storm is expected to bring 8 to 12 inches of snow to the Ashford Valley from "
        "Tuesday night into Wednesday.\n\n"
        "Channel 6 chief meteorologist Dana Kowalski said the heaviest snow would fall between "
        "2 a.m. and 9 a.m. Wednesday, right in time for the morning commute.\n\n"
        "\"This is the kind of storm where, if you don't have to be on the road, don't be,\" "
        "Kowalski said.\n\n"
        "Ashford County Schools will hold all classes online Wednesday because of the state of "
        "unplowed rural roads.",
        [
            (
                I,
                [
                    "the heaviest snow would fall between 2 a.m. and 9 a.m. Wednesday, right in "
                    "time for the morning commute"
                ],
                "Dana Kowalski",
            ),
            (
                D,
                ["This is the kind of storm where, if you don't have to be on the road, don't be"],
                "Dana Kowalski",
            ),
        ],
    ),
    (  # 11 Crown Court fraud: prosecutor "told the court"; judge colon quote; mitigation
        "A builder who took more than £60,000 from elderly customers for roof repairs that were "
        "never carried out has been jailed for four years.\n\n"
        "Kevin Ashdown, 52, of Lower Marlow, admitted 11 counts of fraud at Wexbury Crown "
        "Court.\n\n"
        "Prosecutor Emma Linford told the court Ashdown had targeted homeowners in their "
        "eighties, often cold-calling and claiming to have spotted loose tiles from the "
        "street.\n\n"
        "Sentencing him, Judge Nicholas Ferrar said: ‘You chose your victims because you "
        "thought they would not notice or would be too embarrassed to complain. That is "
        "despicable.’\n\n"
        "Mitigating, Sarah Quinn said her client had gambling debts and was ‘genuinely "
        "ashamed’.",
        [
            (
                I,
                [
                    "Ashdown had targeted homeowners in their eighties, often cold-calling and "
                    "claiming to have spotted loose tiles from the street"
                ],
                "Emma Linford",
            ),
            (
                D,
                [
                    "You chose your victims because you thought they would not notice or would "
                    "be too embarrassed to complain. That is despicable."
                ],
                "Nicholas Ferrar",
            ),
            (P, ["genuinely ashamed"], "Sarah Quinn"),
        ],
    ),
    (  # 12 Ontario grocery opening: curly double quotes; owner surname; Coun. partial
        "A new grocery store opened its doors in downtown Pembury Falls on Saturday, ending a "
        "three-year stretch in which residents had to drive 40 minutes to buy fresh "
        "produce.\n\n"
        "Fresh Harvest Market, owned by Amrit Sandhu, occupies the former hardware store on "
        "Queen Street and employs 32 people.\n\n"
        "“People were literally begging us. Every time I went to the post office, someone asked "
        "me when we were opening,” Sandhu said.\n\n"
        "Coun. Beth Lafleur, who chairs the town's economic development committee, called the "
        "opening “a huge day for this community”.",
        [
            (
                D,
                [
                    "People were literally begging us. Every time I went to the post office, "
                    "someone asked me when we were opening"
                ],
                "Amrit Sandhu",
            ),
            (P, ["a huge day for this community"], "Beth Lafleur"),
        ],
    ),
    (  # 13 amateur theatre: play title in quotes twice (not quotes); director "he said"; partial
        'The Harbour Players will open their 50th anniversary season next week with "The Long '
        'Field," a new play set on a dairy farm during the 1967 bushfires.\n\n'
        "Director Colin Pritchard, who has run the company since 2009, wanted a local "
        'story for the milestone. "Half our cast grew up on farms around here. Some of them had '
        'grandparents who fought those fires," he said.\n\n'
        "The play's author, Meredith Vance, 34, wrote the first draft after finding her "
        "grandmother's diaries in a shed. She described the writing as \"like having a "
        'conversation with someone I never met."\n\n'
        '"The Long Field" runs at the Stanley Street Hall from March 6 to 15.',
        [
            (
                D,
                [
                    "Half our cast grew up on farms around here. Some of them had grandparents "
                    "who fought those fires"
                ],
                "Colin Pritchard",
            ),
            (
                P,
                ["like having a conversation with someone I never met."],
                "Meredith Vance",
            ),
        ],
    ),
    (  # 14 planning refusal: officers "saying"; colon after "was blunt"; developer partial
        "Plans for 240 homes on farmland north of Little Abberley were rejected by Southvale "
        "District Council's planning committee on Wednesday, against the advice of its own "
        "officers.\n\n"
        "Officers had recommended approval, saying the site was allocated for housing in the "
        "local plan.\n\n"
        "But committee members sided with residents, more than 600 of whom had objected. Cllr "
        "Peter Oakes was blunt: \"The roads can't cope now. Put another 500 cars on them and "
        "you'll have gridlock every morning.\"\n\n"
        'Developer Larkspur Homes said it was "disappointed" and would consider an appeal.',
        [
            (I, ["the site was allocated for housing in the local plan"], "officers"),
            (
                D,
                [
                    "The roads can't cope now. Put another 500 cars on them and you'll have "
                    "gridlock every morning."
                ],
                "Peter Oakes",
            ),
            (P, ["disappointed"], "Larkspur Homes"),
        ],
    ),
    (  # 15 WA shire rates: quote over two paragraphs, named by role after; dash-led quote
        "Ratepayers in the Shire of Kellerup will face a 4.5 per cent rise in general rates "
        "from July, after councillors voted 6-3 to adopt the draft budget on Tuesday night.\n\n"
        "Shire president Rhonda Keogh said the increase reflected soaring costs for road "
        "maintenance after last summer's floods.\n\n"
        "\"We've had to rebuild roads we only finished sealing three years ago. Insurance "
        "doesn't cover most of it.\n\n"
        "\"I'd love to tell people rates are going down, but I won't make promises I can't "
        'keep," the shire president said.\n\n'
        "Cr Glenn Hardwick, who voted against the budget, had a simple message for the chamber "
        '— "Tighten the belt before you reach into people\'s pockets."',
        [
            (
                I,
                [
                    "the increase reflected soaring costs for road maintenance after last "
                    "summer's floods"
                ],
                "Rhonda Keogh",
            ),
            (
                D,
                [
                    "We've had to rebuild roads we only finished sealing three years ago. "
                    "Insurance doesn't cover most of it.",
                    "I'd love to tell people rates are going down, but I won't make promises I "
                    "can't keep",
                ],
                "Rhonda Keogh",
            ),
            (
                D,
                ["Tighten the belt before you reach into people's pockets."],
                "Glenn Hardwick",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout21.jsonl"),
        "heldout21",
        "h21",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
