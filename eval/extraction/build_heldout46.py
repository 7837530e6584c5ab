"""Source of the forty-sixth held-out set: writes heldout46.jsonl (split "heldout46").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like regional and national transport, energy, housing and infrastructure coverage (rail and air
strikes, power plants and grids, building projects, rents), with operators, unions, residents,
regulators, mayors and engineers answering each other.
Measured once before (extractor 0.3.0) and with extractors 0.18.0 and 0.19.0 before it was
read; read to write 0.20.0 (docs/EXTRACTION.md). Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout46.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-29"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, “ ” inside « », and dialogue dashes.

FR: list[Item] = [
    (  # 1 regional rail strike: no-break spaces, speaker after cue with role; "a fait savoir qu'" indirect by organisation
        "Rennes — Le trafic des trains régionaux sera fortement perturbé à partir de jeudi dans "
        "l'ouest de la Bretagne, où trois syndicats de cheminots appellent à une grève "
        "reconductible contre la suppression de 46 postes de contrôleurs.\n\n"
        "«\u00a0On nous demande de faire rouler des trains sans personne à bord pour accueillir "
        "les voyageurs, les aider, les protéger. C'est non\u00a0», a tranché mardi Yannick Le "
        "Goff, secrétaire régional de l'Union des cheminots autonomes (UCA), lors d'un "
        "rassemblement devant la gare de Quimperlé-Haute.\n\n"
        "La direction régionale de Ferroviaire Atlantique a fait savoir qu'elle maintiendrait "
        "un train sur trois sur les lignes principales, mais aucun sur les petites lignes de "
        "l'intérieur. Les abonnés seront remboursés à hauteur de 50\u00a0% pour chaque jour de "
        "grève.\n\n"
        "Le conseil régional, qui finance le service, doit réunir les deux parties vendredi. "
        "Une première table ronde, en septembre, s'était soldée par un échec.",
        [
            (
                D,
                [
                    "On nous demande de faire rouler des trains sans personne à bord pour "
                    "accueillir les voyageurs, les aider, les protéger. C'est non"
                ],
                "Yannick Le Goff",
            ),
            (
                I,
                [
                    "elle maintiendrait un train sur trois sur les lignes principales, mais "
                    "aucun sur les petites lignes de l'intérieur"
                ],
                "Ferroviaire Atlantique",
            ),
        ],
    ),
    (  # 2 thermal plant closure: noun object not annotated, incise splitting a quote (one quote, two spans), "Selon la direction", narrow no-break spaces
        "L'exploitant Énergies du Val a confirmé lundi la fermeture définitive, le 31 mars "
        "2027, de la centrale thermique de Saint-Aubert-sur-Lève, la dernière du département "
        "à fonctionner au fioul lourd.\n\n"
        "« C'est un crève-cœur pour la commune, a réagi la maire, Josiane Ferrat-Lebrun. Cent "
        "quarante familles vivent directement de cette centrale, sans compter les "
        "sous-traitants. »\n\n"
        "Selon la direction du site, une centaine de salariés se verront proposer un "
        "reclassement dans le groupe, les autres bénéficiant d'un plan de départs "
        "volontaires.\n\n"
        "Le délégué syndical Maxime Orsoni (Fédération de l'énergie) doute de ces chiffres. "
        "«\u202fOn nous a déjà fait le coup en 2019 avec la fermeture de la tranche 2. Sur les "
        "quarante reclassements promis, il y en a eu onze\u202f», rappelle-t-il.",
        [
            (
                D,
                [
                    "C'est un crève-cœur pour la commune",
                    "Cent quarante familles vivent directement de cette centrale, sans compter "
                    "les sous-traitants.",
                ],
                "Josiane Ferrat-Lebrun",
            ),
            (
                I,
                [
                    "une centaine de salariés se verront proposer un reclassement dans le "
                    "groupe, les autres bénéficiant d'un plan de départs volontaires"
                ],
                "Énergies du Val",
            ),
            (
                D,
                [
                    "On nous a déjà fait le coup en 2019 avec la fermeture de la tranche 2. Sur "
                    "les quarante reclassements promis, il y en a eu onze"
                ],
                "Maxime Orsoni",
            ),
        ],
    ),
    (  # 3 rents: "d'après X" at end of sentence, report title in quotes (not speech), "Pour X, « … »", speaker after cue
        "Les loyers ont augmenté de 6,2\u00a0% en un an dans l'agglomération de Montclar, "
        "d'après l'Observatoire local des loyers, qui publiait jeudi son rapport annuel, "
        "intitulé cette année «\u00a0Habiter Montclar, mission impossible\u00a0?\u00a0». Les "
        "studios et les deux-pièces du centre-ville sont les plus touchés, avec des hausses "
        "dépassant parfois 10\u00a0% à la relocation.\n\n"
        "Pour Farida Bensalem, présidente de l'association Locataires en colère, «\u00a0l'encadrement "
        "des loyers n'est tout simplement pas appliqué\u00a0». Son association a recensé plus de "
        "trois cents annonces dépassant le plafond légal depuis janvier.\n\n"
        "Côté propriétaires, on rejette la faute sur la fiscalité locale. «\u00a0Quand la taxe "
        "foncière prend 30\u00a0% en trois ans, il ne faut pas s'étonner que les loyers "
        "suivent\u00a0», fait valoir Gérard Mouchotte, délégué départemental de l'Union des "
        "bailleurs privés. La mairie n'a pas souhaité réagir.",
        [
            (
                I,
                ["Les loyers ont augmenté de 6,2\u00a0% en un an dans l'agglomération de Montclar"],
                "Observatoire local des loyers",
            ),
            (
                D,
                ["l'encadrement des loyers n'est tout simplement pas appliqué"],
                "Farida Bensalem",
            ),
            (
                D,
                [
                    "Quand la taxe foncière prend 30\u00a0% en trois ans, il ne faut pas "
                    "s'étonner que les loyers suivent"
                ],
                "Gérard Mouchotte",
            ),
        ],
    ),
    (  # 4 air traffic controllers strike: displayed word in quotes (not speech), dialogue dashes, partial inside reported speech
        "À l'aéroport de Lorvenne-Atlantique, lundi matin, les écrans affichaient « annulé » "
        "pour près d'un vol sur deux. Au comptoir d'information, une agente tente de calmer un "
        "couple de retraités venus de Saumerac.\n\n"
        "— Je ne peux rien vous garantir avant demain midi, explique-t-elle.\n"
        "— Et notre correspondance pour Montréal ? s'inquiète le mari.\n"
        "— Il faudra voir directement avec la compagnie, je suis désolée.\n\n"
        "Le Syndicat national des contrôleurs aériens (SNCA) réclame depuis le printemps le "
        "recrutement de 120 aiguilleurs du ciel supplémentaires. Son secrétaire général, "
        "Thierry Balland, a prévenu que le mouvement pourrait être reconduit « jusqu'à Noël "
        "s'il le faut ».\n\n"
        "Les compagnies ont dû réduire de moitié leur programme jusqu'à mercredi soir. Une "
        "nouvelle réunion avec la direction de la navigation aérienne est prévue jeudi.",
        [
            (D, ["Je ne peux rien vous garantir avant demain midi"], "agente"),
            (D, ["Et notre correspondance pour Montréal ?"], "mari"),
            (D, ["Il faudra voir directement avec la compagnie, je suis désolée."], "agente"),
            (P, ["jusqu'à Noël s'il le faut"], "Thierry Balland"),
        ],
    ),
    (  # 5 grid blackout: quote over two paragraphs from an unnamed spokeswoman (organisation), "D'après les pompiers", mayor after cue
        "Près de 80 000 foyers ont été privés d'électricité pendant plus de six heures, samedi, "
        "dans le nord de la Sarlive, après l'incendie d'un poste de transformation à "
        "Belcourt.\n\n"
        "« L'incendie s'est déclaré vers 3 heures du matin dans un transformateur de 225 000 "
        "volts. Nos équipes ont dû attendre que les pompiers aient terminé pour intervenir.\n\n"
        "« Nous avons d'abord réalimenté les hôpitaux et les stations de pompage, puis les "
        "quartiers résidentiels, un par un », a détaillé dimanche une porte-parole de Lignes "
        "et Réseaux de l'Est (LRE), le gestionnaire du réseau.\n\n"
        "D'après les pompiers, un court-circuit serait à l'origine du sinistre. Une enquête "
        "technique a été ouverte.\n\n"
        "« Je veux savoir pourquoi un seul incendie peut plonger la moitié du département dans "
        "le noir », a réclamé le maire de Belcourt, Alain Vasseur, qui a écrit au préfet.",
        [
            (
                D,
                [
                    "L'incendie s'est déclaré vers 3 heures du matin dans un transformateur de "
                    "225 000 volts. Nos équipes ont dû attendre que les pompiers aient terminé "
                    "pour intervenir.",
                    "Nous avons d'abord réalimenté les hôpitaux et les stations de pompage, "
                    "puis les quartiers résidentiels, un par un",
                ],
                "Lignes et Réseaux de l'Est",
            ),
            (I, ["un court-circuit serait à l'origine du sinistre"], "pompiers"),
            (
                D,
                [
                    "Je veux savoir pourquoi un seul incendie peut plonger la moitié du "
                    "département dans le noir"
                ],
                "Alain Vasseur",
            ),
        ],
    ),
    (  # 6 tramway works: nickname in quotes (not speech), "confie", unnamed resident partial, speaker after quote with "promet"
        "Le « chantier du siècle », comme le surnomment les habitants, n'en finit plus "
        "d'exaspérer les commerçants de l'avenue Gambetta-Ouest, à Villefranc, où les travaux "
        "de la deuxième ligne de tramway ont débuté il y a dix-huit mois.\n\n"
        "«\u00a0Depuis le début, mon chiffre d'affaires a baissé de 40\u00a0%. Je tiens grâce à mes "
        "économies, mais plus pour longtemps\u00a0», confie Nadia Ferreira, fleuriste installée "
        "dans l'avenue depuis 2004.\n\n"
        "Une riveraine, qui n'a pas souhaité donner son nom, dénonce des nuisances «\u00a0jour et "
        "nuit\u00a0» et des camions de chantier garés sur les trottoirs.\n\n"
        "«\u00a0Nous savons que c'est dur. Mais la ligne sera en service au printemps 2027, et dans "
        "deux ans plus personne ne voudra revenir en arrière\u00a0», promet Luc Damiani, "
        "vice-président de la métropole chargé des transports. Une enveloppe de 2 millions "
        "d'euros a été débloquée pour indemniser les commerces les plus touchés.",
        [
            (
                D,
                [
                    "Depuis le début, mon chiffre d'affaires a baissé de 40\u00a0%. Je tiens grâce "
                    "à mes économies, mais plus pour longtemps"
                ],
                "Nadia Ferreira",
            ),
            (P, ["jour et nuit"], "riveraine"),
            (
                D,
                [
                    "Nous savons que c'est dur. Mais la ligne sera en service au printemps "
                    "2027, et dans deux ans plus personne ne voudra revenir en arrière"
                ],
                "Luc Damiani",
            ),
        ],
    ),
    (  # 7 dam drained: woman engineer named after role, "D'après Mme X", "s'alarme" after quote
        "Le barrage de la Combe-Noire, dans les Hautes-Vallées, va être entièrement vidé pour "
        "la première fois depuis sa mise en service en 1961. Le chantier, qui doit durer "
        "quatorze mois et coûter 38 millions d'euros, a été présenté mardi aux élus par "
        "l'exploitant, Hydro-Alpes Services.\n\n"
        "« Le béton est en bon état général, mais nous avons détecté des infiltrations au pied "
        "de l'ouvrage qu'il faut traiter avant qu'elles ne s'aggravent », a expliqué "
        "l'ingénieure responsable du projet, Élodie Marchand-Sirvent.\n\n"
        "D'après Mme Marchand-Sirvent, la production du barrage, qui alimente l'équivalent de "
        "60 000 foyers, sera compensée par les autres centrales du groupe pendant toute la "
        "durée des travaux.\n\n"
        "Les pêcheurs, eux, s'inquiètent pour les truites. « Une vidange, ce sont des tonnes "
        "de sédiments qui descendent la rivière. On l'a vu ailleurs : ça tue tout sur vingt "
        "kilomètres », s'alarme Bernard Joly, président de l'association de pêche de la "
        "vallée.",
        [
            (
                D,
                [
                    "Le béton est en bon état général, mais nous avons détecté des "
                    "infiltrations au pied de l'ouvrage qu'il faut traiter avant qu'elles ne "
                    "s'aggravent"
                ],
                "Élodie Marchand-Sirvent",
            ),
            (
                I,
                [
                    "la production du barrage, qui alimente l'équivalent de 60 000 foyers, sera "
                    "compensée par les autres centrales du groupe pendant toute la durée des "
                    "travaux"
                ],
                "Élodie Marchand-Sirvent",
            ),
            (
                D,
                [
                    "Une vidange, ce sont des tonnes de sédiments qui descendent la rivière. "
                    "On l'a vu ailleurs : ça tue tout sur vingt kilomètres"
                ],
                "Bernard Joly",
            ),
        ],
    ),
    (  # 8 social housing vote: narrow no-break spaces, banner slogan (not speech), spokeswoman "a annoncé que", "a-t-elle insisté"
        "Le conseil municipal de Pontbrune a approuvé lundi soir, après quatre heures de débats "
        "houleux, la construction de 212 logements sociaux sur l'ancien site des Papeteries "
        "Rivaud.\n\n"
        "«\u202fNous avons 1\u202f400 familles sur liste d'attente. Je ne peux pas leur dire "
        "d'attendre encore dix ans\u202f», a lancé la maire, Hélène Garcin, sous les huées d'une "
        "partie du public. Dans la salle, des pancartes proclamaient «\u202fDu vert, pas du "
        "béton\u202f».\n\n"
        "Le collectif Sauvons le parc Rivaud, qui revendique 800 adhérents, conteste la hauteur "
        "des immeubles prévus, jusqu'à sept étages. Sa porte-parole, Agnès Thibault, a annoncé "
        "qu'un recours serait déposé devant le tribunal administratif avant la fin de "
        "l'année.\n\n"
        "«\u202fOn ne s'oppose pas au logement social, on s'oppose à des barres de béton au "
        "milieu d'un parc\u202f», a-t-elle insisté à la sortie de la séance.",
        [
            (
                D,
                [
                    "Nous avons 1\u202f400 familles sur liste d'attente. Je ne peux pas leur dire "
                    "d'attendre encore dix ans"
                ],
                "Hélène Garcin",
            ),
            (
                I,
                [
                    "un recours serait déposé devant le tribunal administratif avant la fin de "
                    "l'année"
                ],
                "Agnès Thibault",
            ),
            (
                D,
                [
                    "On ne s'oppose pas au logement social, on s'oppose à des barres de béton "
                    "au milieu d'un parc"
                ],
                "Agnès Thibault",
            ),
        ],
    ),
]

FR += [
    (  # 9 offshore wind: partial from a commission ("la commission"), banner slogan, «» without spaces, "affirme avoir" indirect by consortium
        "Le parc éolien en mer des Roches-Grises, au large de Port-Lannec, a franchi mardi une "
        "étape décisive. Dans son avis, la Commission nationale des projets maritimes juge le "
        "projet «compatible avec la pêche côtière, sous réserve d'ajustements» sur "
        "l'emplacement de certaines machines.\n\n"
        "Sur le port, une trentaine de chalutiers étaient restés à quai, ornés de banderoles "
        "«Nos zones de pêche ne sont pas à vendre».\n\n"
        "«On nous parle de concertation depuis six ans. Personne n'a jamais bougé une seule "
        "éolienne pour nous», déplore Jean-Yves Le Bihan, président du comité local des "
        "pêches, qui représente 140 navires.\n\n"
        "Le consortium Vents du Large, qui porte le projet, affirme de son côté avoir déplacé "
        "douze éoliennes à la demande des pêcheurs lors de la dernière révision du plan. La "
        "mise en service des 62 machines est prévue pour 2031.",
        [
            (
                P,
                ["compatible avec la pêche côtière, sous réserve d'ajustements"],
                "Commission nationale des projets maritimes",
            ),
            (
                D,
                [
                    "On nous parle de concertation depuis six ans. Personne n'a jamais bougé "
                    "une seule éolienne pour nous"
                ],
                "Jean-Yves Le Bihan",
            ),
            (
                I,
                [
                    "avoir déplacé douze éoliennes à la demande des pêcheurs lors de la "
                    "dernière révision du plan"
                ],
                "Vents du Large",
            ),
        ],
    ),
    (  # 10 motorway tolls: noun object not annotated, partial after "qualifié d'", "la ministre" alone after quote, "ont fait part de leur intention de"
        "Le ministère des Transports a annoncé jeudi une hausse moyenne de 3,4\u00a0% des tarifs "
        "des péages au 1er février, la plus forte depuis quinze ans.\n\n"
        "L'Autorité de régulation des transports terrestres (ARTT) avait pourtant qualifié en "
        "septembre ces hausses d'«\u00a0excessives au regard des investissements réellement "
        "réalisés\u00a0» par les sociétés concessionnaires.\n\n"
        "La ministre des Transports, Catherine Vialle-Roux, était l'invitée de Radio Cité "
        "vendredi matin.\n\n"
        "«\u00a0Je ne vais pas déchirer des contrats signés il y a vingt ans. Si l'État les "
        "rompait, ce sont les contribuables qui paieraient l'indemnité, pas les "
        "automobilistes\u00a0», a justifié la ministre.\n\n"
        "Les associations d'automobilistes ont fait part de leur intention de saisir le "
        "Conseil d'État, estimant que les contrats permettent au gouvernement de geler les "
        "tarifs en cas de circonstances exceptionnelles.",
        [
            (
                P,
                ["excessives au regard des investissements réellement réalisés"],
                "Autorité de régulation des transports terrestres",
            ),
            (
                D,
                [
                    "Je ne vais pas déchirer des contrats signés il y a vingt ans. Si l'État les "
                    "rompait, ce sont les contribuables qui paieraient l'indemnité, pas les "
                    "automobilistes"
                ],
                "Catherine Vialle-Roux",
            ),
            (
                I,
                ["saisir le Conseil d'État"],
                "associations d'automobilistes",
            ),
        ],
    ),
    (  # 11 automated metro delay: speaker in the previous sentence, multi-sentence quote, "Selon un ingénieur" unnamed
        "La mise en service de la ligne B du métro automatique de Castelnau est repoussée à "
        "l'automne 2028, soit deux ans de retard sur le calendrier initial, a-t-on appris "
        "mercredi.\n\n"
        "Le président de la métropole, Frédéric Allègre, ne cache pas son agacement. « C'est "
        "inacceptable. Nous avons payé, nous avons attendu, et on nous annonce encore un report "
        "pour des questions de logiciel. J'exige un calendrier ferme avant la fin de "
        "l'année. »\n\n"
        "Le constructeur, Alstira Mobility, explique ces retards par des difficultés "
        "d'intégration entre le pilotage automatique et la signalisation.\n\n"
        "Selon un ingénieur qui a travaillé sur le projet et requiert l'anonymat, les essais ont "
        "révélé des arrêts intempestifs en tunnel dans près d'un cas sur cinq. Le constructeur "
        "n'a pas confirmé ce chiffre.",
        [
            (
                D,
                [
                    "C'est inacceptable. Nous avons payé, nous avons attendu, et on nous annonce "
                    "encore un report pour des questions de logiciel. J'exige un calendrier "
                    "ferme avant la fin de l'année."
                ],
                "Frédéric Allègre",
            ),
            (
                I,
                [
                    "les essais ont révélé des arrêts intempestifs en tunnel dans près d'un cas "
                    "sur cinq"
                ],
                "ingénieur",
            ),
        ],
    ),
    (  # 12 student rent strike: first name + surname then direct, intention phrase by unnamed group, partial by company ("Contactée,")
        "Depuis le 1er octobre, une soixantaine d'étudiants de la résidence Les Tilleuls, à "
        "Saint-Morand, refusent de payer leur loyer. Ils protestent contre une hausse de 9 % "
        "décidée par le gestionnaire, la société Campus Habitat, alors que les ascenseurs sont "
        "en panne depuis février et que plusieurs chambres sont infestées de punaises de lit.\n\n"
        "« On paie 540 euros pour neuf mètres carrés, avec des punaises et sept étages à pied. "
        "À un moment, il faut dire stop », résume Inès Ould-Amar, 23 ans, étudiante en master "
        "de chimie et membre du collectif des résidents.\n\n"
        "Les grévistes ont fait part de leur volonté de verser les loyers sur un compte "
        "séquestre jusqu'à la réalisation des travaux.\n\n"
        "Contactée, Campus Habitat assure que la réparation des ascenseurs est « commandée "
        "depuis l'été ». La société n'exclut pas d'engager des procédures de recouvrement "
        "contre les locataires qui ne paient plus.",
        [
            (
                D,
                [
                    "On paie 540 euros pour neuf mètres carrés, avec des punaises et sept étages "
                    "à pied. À un moment, il faut dire stop"
                ],
                "Inès Ould-Amar",
            ),
            (
                I,
                ["verser les loyers sur un compte séquestre jusqu'à la réalisation des travaux"],
                "grévistes",
            ),
            (P, ["commandée depuis l'été"], "Campus Habitat"),
        ],
    ),
    (  # 13 airport extension: project name in quotes (not speech), partial after "une décision qui", nested “ ” inside « », "Selon l'Autorité"
        "Le préfet a signé vendredi l'arrêté autorisant l'extension du terminal 2 de l'aéroport "
        "de Marveille-Provence, un projet de 410 millions d'euros baptisé « Horizon 2035 ».\n\n"
        "Le président du directoire de la société aéroportuaire, Pascal Dorléac, a salué une "
        "décision qui « permettra d'accueillir quatre millions de passagers supplémentaires par "
        "an » et de créer 1 500 emplois.\n\n"
        "L'association Riverains du ciel, qui fédère les habitants de six communes survolées, "
        "promet de se battre. « Le préfet nous avait promis “une concertation exemplaire”. Nous "
        "avons eu droit à deux réunions d'information d'une heure », a dénoncé sa présidente, "
        "Monique Casals.\n\n"
        "Selon l'Autorité de contrôle des nuisances aéroportuaires, le nombre de vols de nuit a "
        "déjà augmenté de 12 % à Marveille depuis 2024.",
        [
            (
                P,
                ["permettra d'accueillir quatre millions de passagers supplémentaires par an"],
                "Pascal Dorléac",
            ),
            (
                D,
                [
                    "Le préfet nous avait promis “une concertation exemplaire”. Nous avons eu "
                    "droit à deux réunions d'information d'une heure"
                ],
                "Monique Casals",
            ),
            (
                I,
                ["le nombre de vols de nuit a déjà augmenté de 12 % à Marveille depuis 2024"],
                "Autorité de contrôle des nuisances aéroportuaires",
            ),
        ],
    ),
    (  # 14 district heating bills: «» without spaces, "s'étrangle", incise with period splitting a quote ("grince"), partial inside reported speech, "Il a assuré que"
        "Les 9 000 abonnés du réseau de chaleur de Haut-Bréval vont voir leur facture de "
        "chauffage bondir de 35 % cet hiver. La régie municipale, qui exploite la chaufferie "
        "au gaz, invoque la fin du bouclier tarifaire.\n\n"
        "«Trente-cinq pour cent, pour des gens qui comptent déjà à l'euro près, c'est une "
        "catastrophe», s'étrangle Rachid Benali, président de l'Amicale des locataires du "
        "quartier des Érables.\n\n"
        "«On paie aujourd'hui les erreurs d'il y a dix ans, grince un élu d'opposition, Thomas "
        "Rivière. La chaufferie biomasse était prête, le dossier était bouclé, et la majorité "
        "a tout abandonné.»\n\n"
        "L'adjoint à l'énergie, Marc-Antoine Pujol, a reconnu que la conversion à la biomasse "
        "avait «pris du retard». Il a assuré que la nouvelle chaufferie serait opérationnelle "
        "au printemps 2028.",
        [
            (
                D,
                [
                    "Trente-cinq pour cent, pour des gens qui comptent déjà à l'euro près, "
                    "c'est une catastrophe"
                ],
                "Rachid Benali",
            ),
            (
                D,
                [
                    "On paie aujourd'hui les erreurs d'il y a dix ans",
                    "La chaufferie biomasse était prête, le dossier était bouclé, et la majorité "
                    "a tout abandonné.",
                ],
                "Thomas Rivière",
            ),
            (P, ["pris du retard"], "Marc-Antoine Pujol"),
            (
                I,
                ["la nouvelle chaufferie serait opérationnelle au printemps 2028"],
                "Marc-Antoine Pujol",
            ),
        ],
    ),
    (  # 15 suspension bridge closed: "a prévenu que" by a firm, engineer after quote then "M. Aubry", first name only speaker, noun object not annotated
        "Le pont suspendu de Saint-Cyprien-sur-Aure est fermé à la circulation depuis mardi, "
        "après la découverte de fissures sur deux câbles porteurs lors d'une inspection de "
        "routine.\n\n"
        "Le bureau d'études chargé du diagnostic, Structures & Ouvrages, table sur une "
        "fermeture d'au moins six mois.\n\n"
        "« Ce n'est pas une fissure qui nous inquiète, c'est leur nombre. Sur un ouvrage de "
        "1934, on ne prend aucun risque », a expliqué Stéphane Aubry, l'ingénieur qui dirige "
        "les expertises. M. Aubry n'exclut pas le remplacement complet des câbles.\n\n"
        "Pour les 3 000 automobilistes qui empruntent le pont chaque jour, la déviation impose "
        "un détour de 27 kilomètres. « Trois quarts d'heure de plus pour aller travailler. "
        "Matin et soir », soupire Chantal, aide-soignante à l'hôpital de Lurcy.\n\n"
        "Le président du département, Jean-Paul Mercadier, promet une navette gratuite d'ici "
        "la fin du mois.",
        [
            (
                D,
                [
                    "Ce n'est pas une fissure qui nous inquiète, c'est leur nombre. Sur un "
                    "ouvrage de 1934, on ne prend aucun risque"
                ],
                "Stéphane Aubry",
            ),
            (
                D,
                ["Trois quarts d'heure de plus pour aller travailler. Matin et soir"],
                "Chantal",
            ),
        ],
    ),
]

# English typography varies on purpose: straight " ", curly “ ”, and ‘ ’ inside quotes.
EN: list[Item] = [
    (  # 1 rail strike: "A," X said. "B." (two direct quotes), partial after "described … as"
        "Train drivers on the Northmoor Rail network will walk out for 48 hours from next "
        "Tuesday after talks over pay and rest days collapsed late on Friday.\n\n"
        '"We have been patient for eighteen months and we have nothing to show for it," said '
        'Colin Pardew, general secretary of the Associated Footplate Union. "Our members are '
        "not asking for the moon. They are asking to be able to plan a weekend with their "
        'children."\n\n'
        "Northmoor Rail's operations director, Janet Liddle, described the walkout as "
        '"deeply disappointing" and urged passengers to travel only if necessary. Around one '
        "service in five is expected to run on the main line between Carrow and Eastwick, "
        "with no trains at all on the branch lines.\n\n"
        "The two sides are due to meet again on Monday under the supervision of a mediator.",
        [
            (
                D,
                ["We have been patient for eighteen months and we have nothing to show for it"],
                "Colin Pardew",
            ),
            (
                D,
                [
                    "Our members are not asking for the moon. They are asking to be able to "
                    "plan a weekend with their children."
                ],
                "Colin Pardew",
            ),
            (P, ["deeply disappointing"], "Janet Liddle"),
        ],
    ),
    (  # 2 cabin crew strike: unnamed spokeswoman for an airline (organisation), union leader before a colon, curly quotes
        "Skyline Airways cancelled 214 flights on Saturday as cabin crew based at Halden "
        "International began a three-day strike over rosters.\n\n"
        "“We sincerely apologise to every customer whose plans have been disrupted. Passengers "
        "on cancelled flights can rebook free of charge or request a full refund,” a "
        "spokeswoman for Skyline Airways said.\n\n"
        "Outside the terminal, about sixty crew members in uniform handed leaflets to "
        "travellers. Marcus Obi, who represents them for the Cabin Crew Alliance, was unrepentant: “Crew are doing "
        "fourteen-hour days and being called in on their days off by text message. That is "
        "not a roster, that is chaos.”\n\n"
        "The strike is due to end on Tuesday morning, but the union has said further dates "
        "could be announced before Christmas.",
        [
            (
                D,
                [
                    "We sincerely apologise to every customer whose plans have been disrupted. "
                    "Passengers on cancelled flights can rebook free of charge or request a "
                    "full refund"
                ],
                "Skyline Airways",
            ),
            (
                D,
                [
                    "Crew are doing fourteen-hour days and being called in on their days off by "
                    "text message. That is not a roster, that is chaos."
                ],
                "Marcus Obi",
            ),
            (
                I,
                ["further dates could be announced before Christmas"],
                "Cabin Crew Alliance",
            ),
        ],
    ),
    (  # 3 power station closure: "according to X" at end, worker quote with "she said" after name
        "The coal-fired Brackenridge power station will close in September, two years earlier "
        "than planned, with the loss of 310 jobs, according to its owner, Carraway Energy.\n\n"
        "The plant, which has dominated the skyline of the Ulver valley since 1968, supplied "
        "about 4 per cent of the region's electricity last year.\n\n"
        "For many in the town of Brackenridge, the news came as a shock. Debbie Hallam, a "
        "control room technician who has worked at the station for 22 years, learned of "
        'the closure from a local radio bulletin. "My dad worked here, my uncle worked '
        "here. Nobody from the company has even had the decency to come and tell us to our "
        'faces," she said.\n\n'
        "The company has promised retraining for staff who want to move to its battery storage "
        "site at Felling, 40 miles away.",
        [
            (
                I,
                [
                    "The coal-fired Brackenridge power station will close in September, two "
                    "years earlier than planned, with the loss of 310 jobs"
                ],
                "Carraway Energy",
            ),
            (
                D,
                [
                    "My dad worked here, my uncle worked here. Nobody from the company has even "
                    "had the decency to come and tell us to our faces"
                ],
                "Debbie Hallam",
            ),
        ],
    ),
    (  # 4 grid connection queue: regulator partial, Ms developer then surname alone
        "A report published on Wednesday by the Office of Energy Networks puts at nine years "
        "the average wait for renewable energy developers hoping to connect new projects to "
        "the national grid.\n\n"
        'The regulator called the current first-come, first-served system "no longer fit for '
        'purpose" and said it would consult on new rules in the spring.\n\n'
        "Ms Priya Raman's company, the solar developer Brightfield, has been offered a "
        'connection date of 2037 for a farm it could build in eighteen months. "Half the projects ahead of us in the queue will never be built. They are '
        'speculative applications, and everyone knows it," Raman said.\n\n'
        "Grid operators have argued that the backlog reflects a shortage of engineers and "
        "transformers rather than the rules themselves.",
        [
            (P, ["no longer fit for purpose"], "Office of Energy Networks"),
            (
                I,
                ["it would consult on new rules in the spring"],
                "Office of Energy Networks",
            ),
            (
                D,
                [
                    "Half the projects ahead of us in the queue will never be built. They are "
                    "speculative applications, and everyone knows it"
                ],
                "Priya Raman",
            ),
        ],
    ),
]

EN += [
    (  # 5 housing scheme: report title in quotes (not speech), council leader quote over two paragraphs, "the council leader" role alone later
        "Plans for 1,800 homes on former railway land at Kestrel Yard were approved by "
        "Dunmere City Council's planning committee on Thursday night, despite more than 600 "
        "objections.\n\n"
        'The scheme is the largest in the council\'s housing strategy, "Homes for Tomorrow", '
        "published last year.\n\n"
        '"There are 11,000 households on our waiting list. Some of them have been on it since '
        "their children were in primary school, and those children now have children of their "
        "own.\n\n"
        '"I understand that people are worried about traffic and about school places. But '
        'doing nothing is not a neutral choice," said the council leader, Angela Moyo.\n\n'
        "Kevin Strachan, who chairs the Kestrel Residents' Association, said the group would "
        "ask the housing secretary to call in the decision. Forty per cent of the homes will "
        "be offered at social rent.",
        [
            (
                D,
                [
                    "There are 11,000 households on our waiting list. Some of them have been on "
                    "it since their children were in primary school, and those children now "
                    "have children of their own.",
                    "I understand that people are worried about traffic and about school "
                    "places. But doing nothing is not a neutral choice",
                ],
                "Angela Moyo",
            ),
            (
                I,
                ["the group would ask the housing secretary to call in the decision"],
                "Kevin Strachan",
            ),
        ],
    ),
    (  # 6 rents: scare quotes (not speech), tenants' union spokesperson with "argued", landlords' body with "insisted"
        "Average rents for new tenancies in Harlow Bay rose by 11 per cent in the year to "
        "October, the steepest increase of any city in the country.\n\n"
        'Even flats marketed as "affordable" under the city\'s planning rules now cost more '
        "than half of a nurse's take-home pay.\n\n"
        '"People are being priced out of the neighbourhoods they grew up in. We are seeing '
        'families split up, with the kids staying with grandparents so they can finish school," '
        "argued Leanne Carver, a spokesperson for the Harlow Bay Tenants Union.\n\n"
        'The Residential Landlords Forum insisted that its members were not to blame. "Our '
        "members' mortgage costs have doubled in two years. Rents follow costs,\" its "
        "chairman, Nigel Ashcombe, told the Courier.\n\n"
        "The city council will vote next month on a licensing scheme for private landlords "
        "in six central wards, which would cost owners £750 per property over five years.",
        [
            (
                D,
                [
                    "People are being priced out of the neighbourhoods they grew up in. We are "
                    "seeing families split up, with the kids staying with grandparents so they "
                    "can finish school"
                ],
                "Leanne Carver",
            ),
            (
                I,
                ["its members were not to blame"],
                "Residential Landlords Forum",
            ),
            (
                D,
                ["Our members' mortgage costs have doubled in two years. Rents follow costs"],
                "Nigel Ashcombe",
            ),
        ],
    ),
    (  # 7 airport runway: Dr engineer, incise inside one sentence (one quote, two spans), partial by campaign group
        "Resurfacing work on the main runway at Pellham airport will begin in January and close "
        "it every night for eleven weeks.\n\n"
        "Dr Fiona Leckie, the civil engineer leading the project, said the asphalt was reaching "
        'the end of its design life. "The surface is still safe, and we test it every week," '
        'she said, "but if we wait another two winters we will be patching it constantly."\n\n'
        "Night flights will be diverted to Corbridge during the works. The campaign group "
        'Quiet Skies Pellham welcomed what it called "eleven weeks of unbroken sleep" for '
        "residents under the flight path.\n\n"
        "The airport handled 3.2 million passengers last year, about a fifth of them on flights "
        "arriving or leaving between 11pm and 6am. Daytime schedules will not be affected, "
        "and airlines have been given until the end of the month to move their night "
        "departures.",
        [
            (
                I,
                ["the asphalt was reaching the end of its design life"],
                "Fiona Leckie",
            ),
            (
                D,
                [
                    "The surface is still safe, and we test it every week",
                    "but if we wait another two winters we will be patching it constantly.",
                ],
                "Fiona Leckie",
            ),
            (P, ["eleven weeks of unbroken sleep"], "Quiet Skies Pellham"),
        ],
    ),
    (  # 8 bridge weight limit: mayor named then "the mayor" alone, "told reporters that"
        "Lorries heavier than 7.5 tonnes have been banned from the Alder Street bridge in "
        "Tollerton after engineers found corrosion in its steel beams.\n\n"
        "The town's mayor, Gareth Pennock, told reporters that repairs would cost at least "
        "£4 million, money the town does not have. He has written to the transport department "
        "asking for emergency funding.\n\n"
        "The restriction adds up to forty minutes to deliveries at the industrial "
        "estate on the far side of the river, where some 900 people work. Buses and cars are "
        "not affected, and the footpath remains open. The bridge, opened in 1911, was last "
        "strengthened in the 1970s.\n\n"
        '"I would rather have angry drivers than a bridge in the river," the mayor said. "The '
        'engineers told us what they found, and we acted the same afternoon."',
        [
            (
                I,
                ["repairs would cost at least £4 million, money the town does not have"],
                "Gareth Pennock",
            ),
            (
                D,
                ["I would rather have angry drivers than a bridge in the river"],
                "Gareth Pennock",
            ),
            (
                D,
                ["The engineers told us what they found, and we acted the same afternoon."],
                "Gareth Pennock",
            ),
        ],
    ),
]

EN += [
    (  # 9 heat pump grants: curly quotes with ‘ ’ inside, Ms then surname, unnamed installer's quote attributed by "one installer"
        "Applications for the government's heat pump grant have fallen by a third since the "
        "payment was cut from £7,500 to £5,000 in July, figures from the Home Energy Agency "
        "show.\n\n"
        "“When the grant was cut, the minister told us ‘the market will adjust’. Well, it has "
        "adjusted: people have stopped buying,” said Ms Harriet Quayle, director of the "
        "Heating Installers Federation.\n\n"
        "Several of the federation's smaller members have already laid off staff. "
        "“I have lads I trained myself going back to fitting gas boilers because that is where "
        "the work is,” one installer in Carnforth said.\n\n"
        "The energy department said the scheme remained “one of the most generous in Europe”.\n\n"
        "About 1.6 million homes in the country are heated by oil or electric storage heaters, "
        "the households the grant was originally designed to reach. Installations had been "
        "rising steadily until the summer.",
        [
            (
                D,
                [
                    "When the grant was cut, the minister told us ‘the market will adjust’. "
                    "Well, it has adjusted: people have stopped buying"
                ],
                "Harriet Quayle",
            ),
            (
                D,
                [
                    "I have lads I trained myself going back to fitting gas boilers because that "
                    "is where the work is"
                ],
                "installer",
            ),
            (P, ["one of the most generous in Europe"], "energy department"),
        ],
    ),
    (  # 10 metro signal failure: "officials said" indirect by unnamed group, commuter quote with "grumbled"
        "Thousands of commuters were stranded on Monday morning when a signalling fault "
        "brought the whole of the Riverside line of the Granford Metro to a halt for almost "
        "three hours.\n\n"
        "Officials said a cable had been damaged overnight during maintenance work near "
        "Harbour Street station, and that a full service had resumed by 10.30am.\n\n"
        "\"Third time this month. I've stopped telling my boss it's the trains because he "
        "doesn't believe me any more,\" grumbled Tariq Hussein, a warehouse supervisor, as he "
        "queued for a replacement bus at Millbank.\n\n"
        "Passengers whose journeys were delayed by more than thirty minutes can claim "
        "compensation online. The Riverside line carries around 210,000 passengers on a "
        "typical weekday and is due to receive a new signalling system in 2029, two years "
        "later than first planned.",
        [
            (
                I,
                [
                    "a cable had been damaged overnight during maintenance work near Harbour "
                    "Street station, and that a full service had resumed by 10.30am"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Third time this month. I've stopped telling my boss it's the trains because "
                    "he doesn't believe me any more"
                ],
                "Tariq Hussein",
            ),
        ],
    ),
    (  # 11 nuclear plant life extension: nickname in quotes (not speech), regulator partial, station director before a colon
        'The Harrowby Point nuclear power station, known locally as "the Kettle" because of '
        "the steam that rises from its cooling towers, has been cleared to operate until 2036, "
        "ten years beyond its original closing date.\n\n"
        "The Nuclear Safety Directorate said the reactors' graphite cores were in \"better "
        'condition than modelling predicted" but imposed inspections every eighteen months '
        "instead of every three years.\n\n"
        "The station director, Robert Kinsella, welcomed the decision, which secures 900 jobs. "
        "He said: "
        '"This plant has been running since before most of our apprentices were born. With '
        'the right care, it has plenty left to give."\n\n'
        "Anti-nuclear campaigners are considering a legal challenge. Harrowby Point, which "
        "opened in 1976, produces enough electricity for about two million homes, and its "
        "two reactors were originally due to shut in 2026.",
        [
            (P, ["better condition than modelling predicted"], "Nuclear Safety Directorate"),
            (
                D,
                [
                    "This plant has been running since before most of our apprentices were born. "
                    "With the right care, it has plenty left to give."
                ],
                "Robert Kinsella",
            ),
        ],
    ),
]

EN += [
    (  # 12 offshore wind cable works: quote first, speaker identified in the next sentence; second quote after "she says"
        '"We were told this would be a quiet little cable trench. It has been eight months of '
        'pile drivers."\n\n'
        "Margaret Odell has lived on Ferry Lane in Saltcombe for 31 years, a few hundred yards "
        "from the spot where the export cable of the Dogger Ridge offshore wind farm comes "
        "ashore. The works were meant to finish in June; the developer, Northsea Wind "
        "Partners, now expects them to run into March.\n\n"
        '"I\'m not against wind power. My grandson works on the turbines," she says. "I just '
        'wish someone had been honest with us from the start."\n\n'
        "Northsea Wind Partners has offered residents of Ferry Lane a contribution towards "
        "double glazing. When complete, the 84-turbine wind farm will generate enough "
        "electricity for about 900,000 homes, making it the largest off the east coast.",
        [
            (
                D,
                [
                    "We were told this would be a quiet little cable trench. It has been eight "
                    "months of pile drivers."
                ],
                "Margaret Odell",
            ),
            (
                D,
                ["I'm not against wind power. My grandson works on the turbines"],
                "Margaret Odell",
            ),
            (
                D,
                ["I just wish someone had been honest with us from the start."],
                "Margaret Odell",
            ),
        ],
    ),
    (  # 13 port strike: "said Mr X" inversion, then "he warned" in the next paragraph, port authority partial
        "Container traffic at the port of Gresham came to a standstill on Wednesday as 1,200 "
        "dockers began an indefinite strike over automation plans.\n\n"
        '"They want to replace half the crane drivers with remote operators sitting in an '
        'office two hundred miles away," said Mr Declan Furey, convenor of the Gresham '
        'Dockers\' Committee. "We are not going to sign our own redundancy notices."\n\n'
        'Three ships were waiting at anchor by the evening. "Every day this goes on, cargo '
        'moves to other ports and some of it never comes back," he warned.\n\n'
        'The Gresham Port Authority said it remained "open to dialogue" but would not '
        "withdraw the plan. Gresham handles about 14 per cent of the country's container "
        "imports, and freight forwarders have begun rerouting shipments to Blyford and "
        "Port Alder.",
        [
            (
                D,
                [
                    "They want to replace half the crane drivers with remote operators sitting "
                    "in an office two hundred miles away"
                ],
                "Declan Furey",
            ),
            (
                D,
                ["We are not going to sign our own redundancy notices."],
                "Declan Furey",
            ),
            (
                D,
                [
                    "Every day this goes on, cargo moves to other ports and some of it never "
                    "comes back"
                ],
                "Declan Furey",
            ),
            (P, ["open to dialogue"], "Gresham Port Authority"),
        ],
    ),
    (  # 14 tower block cladding: unnamed resident, housing association partial, "admitted" after quote
        "Residents of Calder House, a 16-storey block in east Wexley, were told on Friday that "
        "work to remove flammable cladding from the building would not start until 2028.\n\n"
        "\"We've been sleeping with a fire blanket by the bed for six years. Now they tell us "
        'another two," said a resident of the eleventh floor, who asked not to be named.\n\n'
        'The owner, Wexley Homes, blamed the delay on a "protracted dispute" with the '
        'original contractor over who should pay. "We accept that this is not good enough, and '
        'we are sorry," admitted its chief executive, Sarah Penhaligon.\n\n'
        "Fire wardens will continue to patrol the building around the clock until the work is "
        "done. Calder House, built in 1971, has 94 flats and about 230 residents, many "
        "of them elderly. It is one of 41 blocks in the region still waiting for cladding to "
        "be removed.",
        [
            (
                D,
                [
                    "We've been sleeping with a fire blanket by the bed for six years. Now they "
                    "tell us another two"
                ],
                "resident",
            ),
            (P, ["protracted dispute"], "Wexley Homes"),
            (
                D,
                ["We accept that this is not good enough, and we are sorry"],
                "Sarah Penhaligon",
            ),
        ],
    ),
    (  # 15 electric bus depot: speaker before colon with straight quotes, quote continued after full stop, transport authority indirect
        "The first of 140 electric buses ordered by Westfold Transport entered service on "
        "Monday, running from a converted depot at Ainsley Road where 60 chargers have been "
        "installed.\n\n"
        "The depot's chief engineer, Owen Morgan, was candid about the conversion: "
        '"The old depot was built for diesel. We had to dig up the whole yard to lay new '
        "cables, and the local substation needed an upgrade before we could switch anything "
        'on."\n\n'
        "Drivers' representatives have complained about the buses' heating in cold weather. "
        "Westfold Transport said a software update due next month should resolve the problem.\n\n"
        "The £96 million programme is funded partly by a national grant for clean buses. The "
        "company plans to convert its two other depots, at Hensham and Crossgate, by 2029, "
        "when the last of its 310 diesel buses is due to be withdrawn.",
        [
            (
                D,
                [
                    "The old depot was built for diesel. We had to dig up the whole yard to lay "
                    "new cables, and the local substation needed an upgrade before we could "
                    "switch anything on."
                ],
                "Owen Morgan",
            ),
            (
                I,
                ["a software update due next month should resolve the problem"],
                "Westfold Transport",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout46.jsonl"),
        "heldout46",
        "h46",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
