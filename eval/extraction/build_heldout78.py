"""Source of the seventy-eighth held-out set: writes heldout78.jsonl (split "heldout78").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like transport and energy news: rail strikes and timetables, airports and airlines, road
accidents and safety, fuel and electricity prices, nuclear, wind, hydro and solar projects, grid
operators, with ministers, chief executives, union leaders, regulators, commuters and residents
quoted.
Measured once with 0.3.0 and 0.27.1 on 2026-12-02, then read for extractor 0.28.0
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout78.py
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
    (  # 1 rail strike: organisation with acronym "a annoncé que" (two coordinated clauses,
        # "et qu'" kept inside), direct of two sentences before "a prévenu … la secrétaire
        # générale de X, Name", commuter with "soupire" inversion and apposition after the name
        "Le trafic ferroviaire sera fortement perturbé à partir de jeudi sur l'ensemble du réseau "
        "régional Rhône-Forez, où le syndicat Cheminots unis a appelé les conducteurs à une grève "
        "reconductible de quatre jours. La Compagnie ferroviaire nationale (CFN) a annoncé qu'un "
        "train express régional sur trois circulerait en moyenne et qu'aucune circulation ne "
        "serait assurée après 20\u00a0heures.\n\n"
        "«\u00a0Les conducteurs n'en peuvent plus des plannings modifiés la veille pour le "
        "lendemain. Nous ne lâcherons rien tant que la direction ne reviendra pas à la "
        "table\u00a0», a prévenu mercredi la secrétaire générale de Cheminots unis, Farida "
        "Benhamou, devant la gare de Valbrune-Perrache.\n\n"
        "Le conflit porte sur l'organisation des roulements, que la direction veut rendre plus "
        "flexibles pour faire face à la pénurie de personnel. Une précédente grève, en octobre, "
        "avait déjà privé de trains quelque 60\u00a0000 usagers quotidiens pendant trois jours."
        "\n\n"
        "Sur le quai de la gare de Montverdun, les voyageurs oscillent entre lassitude et "
        "résignation. «\u00a0C'est la troisième grève depuis la rentrée. Je vais encore devoir "
        "poser des jours de congé\u00a0», soupire Margaux Teyssier, aide-soignante qui fait "
        "chaque jour l'aller-retour vers Valbrune.",
        [
            (
                I,
                [
                    "un train express régional sur trois circulerait en moyenne et qu'aucune "
                    "circulation ne serait assurée après 20\u00a0heures"
                ],
                "Compagnie ferroviaire nationale",
            ),
            (
                D,
                [
                    "Les conducteurs n'en peuvent plus des plannings modifiés la veille pour le "
                    "lendemain. Nous ne lâcherons rien tant que la direction ne reviendra pas à "
                    "la table"
                ],
                "Farida Benhamou",
            ),
            (
                D,
                [
                    "C'est la troisième grève depuis la rentrée. Je vais encore devoir poser des "
                    "jours de congé"
                ],
                "Margaux Teyssier",
            ),
        ],
    ),
    (  # 2 airport extension: partial "a qualifié le projet de « gabegie climatique »" with
        # apposition (président de l'association X, Name), then "a-t-il ajouté" (pronoun);
        # a second person (directrice générale) named but not quoted
        "Le projet d'extension de l'aéroport de Montclar-Vézelin, qui prévoit un nouveau "
        "terminal capable d'accueillir quatre millions de passagers supplémentaires par an, a "
        "franchi mardi une étape décisive avec l'avis favorable du commissaire enquêteur. Les "
        "opposants ont déjà saisi le tribunal administratif à deux reprises.\n\n"
        "Le président de l'association Ciel calme, Bernard Okonkwo-Lefèvre, a qualifié le projet "
        "de «\u00a0gabegie climatique\u00a0» lors d'une conférence de presse devant la mairie. "
        "«\u00a0Nous déposerons un recours dès la publication de l'arrêté préfectoral\u00a0», "
        "a-t-il ajouté.\n\n"
        "La société gestionnaire, Aéroports du Val, investira 340 millions d'euros dans le "
        "chantier, qui doit débuter à l'automne 2027. Sa directrice générale, Hélène "
        "Vasseur-Ndiaye, mise sur des panneaux solaires et sur la géothermie pour limiter "
        "l'empreinte carbone du futur bâtiment.\n\n"
        "Les habitants de Vézelin-Bas, survolés à moins de 400 mètres d'altitude, restent "
        "sceptiques. Une réunion publique est prévue le 12 décembre à la salle des fêtes de la "
        "commune.",
        [
            (P, ["gabegie climatique"], "Bernard Okonkwo-Lefèvre"),
            (
                D,
                ["Nous déposerons un recours dès la publication de l'arrêté préfectoral"],
                "Bernard Okonkwo-Lefèvre",
            ),
        ],
    ),
    (  # 3 electricity tariff: indirect clause before an inverted "a annoncé … l'ARE",
        # direct with "a-t-elle déclaré" and a no-break space before a colon, "selon lesquels"
        # trap (not a quote), "Pour l'association X, « … »." (generic noun dropped)
        "Le tarif réglementé de l'électricité augmentera de 4,2\u00a0% au 1er février, a "
        "annoncé lundi l'Autorité de régulation de l'énergie (ARE). Cette hausse, moins forte "
        "que celle redoutée à l'automne, s'explique surtout par la baisse des prix sur les "
        "marchés de gros.\n\n"
        "La ministre de la Transition énergétique, Claire Nkounkou-Rousseau, s'est félicitée de "
        "cette évolution. «\u00a0Nous avons tenu notre engagement\u00a0: aucune famille ne verra "
        "sa facture bondir comme en 2023\u00a0», a-t-elle déclaré sur une radio publique.\n\n"
        "Le constat est contesté par les associations de consommateurs, qui s'appuient sur des "
        "relevés selon lesquels la facture moyenne d'un foyer chauffé à l'électricité a "
        "progressé de 38\u00a0% en trois ans.\n\n"
        "Pour l'association Consommateurs solidaires, «\u00a0le gouvernement se félicite d'une "
        "hausse qui s'ajoute à toutes les autres\u00a0». Un foyer moyen devrait payer environ "
        "70 euros de plus par an.",
        [
            (
                I,
                ["Le tarif réglementé de l'électricité augmentera de 4,2\u00a0% au 1er février"],
                "Autorité de régulation de l'énergie",
            ),
            (
                D,
                [
                    "Nous avons tenu notre engagement\u00a0: aucune famille ne verra sa facture "
                    "bondir comme en 2023"
                ],
                "Claire Nkounkou-Rousseau",
            ),
            (
                D,
                ["le gouvernement se félicite d'une hausse qui s'ajoute à toutes les autres"],
                "Consommateurs solidaires",
            ),
        ],
    ),
    (  # 4 road accident: "Selon la gendarmerie, …" (rest of the sentence), "a indiqué que"
        # then "a-t-il souligné" (pronoun → procureur), "D'après les chiffres de
        # l'observatoire" trap (figures, not a speaker)
        "Quatre personnes ont perdu la vie dans la nuit de samedi à dimanche dans une collision "
        "frontale sur la route départementale 917, près de Saint-Aubin-des-Landes. Selon la "
        "gendarmerie, le conducteur de l'un des deux véhicules circulait à contresens depuis "
        "plusieurs kilomètres.\n\n"
        "Le procureur de la République de Lavandières, Olivier Tran-Duc, a indiqué que des "
        "analyses toxicologiques avaient été ordonnées sur les deux conducteurs. «\u00a0Il est "
        "beaucoup trop tôt pour dire si l'alcool ou les stupéfiants ont joué un rôle\u00a0», "
        "a-t-il souligné lors d'un point presse dimanche après-midi.\n\n"
        "D'après les chiffres de l'observatoire départemental de la sécurité routière, 23 "
        "personnes sont mortes sur les routes du département depuis le début de l'année, contre "
        "17 sur la même période en 2025.\n\n"
        "Ce tronçon rectiligne, long de onze kilomètres, est connu des habitants pour les excès "
        "de vitesse qui s'y commettent. Une cellule d'aide psychologique a été ouverte au lycée "
        "de la commune, où étudiaient deux des victimes.",
        [
            (
                I,
                [
                    "le conducteur de l'un des deux véhicules circulait à contresens depuis "
                    "plusieurs kilomètres"
                ],
                "gendarmerie",
            ),
            (
                I,
                ["des analyses toxicologiques avaient été ordonnées sur les deux conducteurs"],
                "Olivier Tran-Duc",
            ),
            (
                D,
                [
                    "Il est beaucoup trop tôt pour dire si l'alcool ou les stupéfiants ont joué "
                    "un rôle"
                ],
                "Olivier Tran-Duc",
            ),
        ],
    ),
    (  # 5 offshore wind: two spokespeople (la porte-parole du consortium / le porte-parole des
        # pêcheurs), "a-t-elle expliqué", partial after "dénonce", role alone later
        # ("Le porte-parole des pêcheurs a … assuré que") → the second one
        "Le chantier du parc éolien en mer de la baie de Kervran, 62 turbines installées à une "
        "vingtaine de kilomètres des côtes, accuse désormais six mois de retard. La mise en "
        "service complète n'interviendra pas avant le printemps 2028.\n\n"
        "La porte-parole du consortium Vents d'Armor, Anne-Sophie Kervella, met en cause la "
        "météo de l'hiver dernier. «\u00a0Nous avons perdu quarante-trois jours de travail en mer "
        "à cause des tempêtes, et chaque jour d'immobilisation d'un navire d'installation coûte "
        "plus de 200\u00a0000 euros\u00a0», a-t-elle expliqué jeudi.\n\n"
        "Les pêcheurs, eux, ne décolèrent pas. Le porte-parole du comité local des pêches, "
        "Yannick Le Goff, dénonce «\u00a0une zone interdite grande comme une commune\u00a0» et "
        "des compensations jamais versées.\n\n"
        "Le porte-parole des pêcheurs a par ailleurs assuré que les chalutiers bloqueraient "
        "l'entrée du port de Douarven le 14 décembre si aucune réunion n'était organisée d'ici là "
        "avec la préfecture maritime.",
        [
            (
                D,
                [
                    "Nous avons perdu quarante-trois jours de travail en mer à cause des "
                    "tempêtes, et chaque jour d'immobilisation d'un navire d'installation coûte "
                    "plus de 200\u00a0000 euros"
                ],
                "Anne-Sophie Kervella",
            ),
            (P, ["une zone interdite grande comme une commune"], "Yannick Le Goff"),
            (
                I,
                [
                    "les chalutiers bloqueraient l'entrée du port de Douarven le 14 décembre si "
                    "aucune réunion n'était organisée d'ici là avec la préfecture maritime"
                ],
                "Yannick Le Goff",
            ),
        ],
    ),
    (  # 6 nuclear reactor delay: quote over two paragraphs (first paragraph left open, the
        # next opens with «), "a-t-il assuré"; "D'après l'Inspection … (ISN), …"; partial
        # "a dénoncé un « puits sans fond »"
        "Le réacteur de nouvelle génération de Grand-Veyrier ne produira pas ses premiers "
        "kilowattheures avant l'été 2028, soit dix-huit mois plus tard que prévu. Le PDG de "
        "l'exploitant Nucléa, Jean-Baptiste Ouédraogo, est venu s'en expliquer mardi devant la "
        "commission des affaires économiques de l'Assemblée nationale.\n\n"
        "«\u00a0Je ne vais pas vous dire que tout va bien. Les soudures du circuit secondaire "
        "doivent être reprises, et nous ne transigerons pas sur la qualité.\n\n"
        "«\u00a0Mais je veux être clair\u00a0: ce réacteur démarrera, et il fonctionnera soixante "
        "ans\u00a0», a-t-il assuré aux députés.\n\n"
        "D'après l'Inspection de la sûreté nucléaire (ISN), les défauts détectés ne présentent "
        "pas de risque immédiat mais imposent un contrôle complet des 1\u00a0200 soudures "
        "concernées. Le coût total du chantier atteint désormais 16,8 milliards d'euros.\n\n"
        "La députée écologiste Maëlle Dufresne-Akbar a dénoncé un «\u00a0puits sans fond\u00a0» "
        "pour les finances publiques.",
        [
            (
                D,
                [
                    "Je ne vais pas vous dire que tout va bien. Les soudures du circuit "
                    "secondaire doivent être reprises, et nous ne transigerons pas sur la "
                    "qualité.",
                    "Mais je veux être clair\u00a0: ce réacteur démarrera, et il fonctionnera "
                    "soixante ans",
                ],
                "Jean-Baptiste Ouédraogo",
            ),
            (
                I,
                [
                    "les défauts détectés ne présentent pas de risque immédiat mais imposent un "
                    "contrôle complet des 1\u00a0200 soudures concernées"
                ],
                "Inspection de la sûreté nucléaire",
            ),
            (P, ["puits sans fond"], "Maëlle Dufresne-Akbar"),
        ],
    ),
    (  # 7 low-cost airline base: question-and-answer passage (unquoted question, answer
        # attributed to "le dirigeant espagnol"), "Interrogé sur …, il a assuré que",
        # partial "a salué une « … »" by a second official
        "La compagnie à bas coût Azura Jet ouvrira en avril une base à l'aéroport de "
        "Port-Lauzet, avec six appareils et 240 emplois à la clé. Son président-directeur "
        "général, Javier Ortega Salcedo, est venu présenter le projet lundi à l'hôtel de "
        "région.\n\n"
        "Pourquoi Port-Lauzet\u00a0? «\u00a0Parce que la demande est là et que les redevances "
        "y restent raisonnables. Nous avons étudié douze villes avant de choisir\u00a0», a "
        "répondu le dirigeant espagnol.\n\n"
        "Interrogé sur les conditions de travail des personnels navigants, régulièrement "
        "critiquées par les syndicats, il a assuré que tous les contrats seraient de droit "
        "français.\n\n"
        "Le vice-président de la région chargé des transports, Karim Haddad, a salué une "
        "«\u00a0excellente nouvelle pour l'emploi\u00a0». La collectivité n'a versé aucune aide "
        "à la compagnie, mais elle financera la rénovation de l'aérogare à hauteur de 12 "
        "millions d'euros.",
        [
            (
                D,
                [
                    "Parce que la demande est là et que les redevances y restent raisonnables. "
                    "Nous avons étudié douze villes avant de choisir"
                ],
                "Javier Ortega Salcedo",
            ),
            (
                I,
                ["tous les contrats seraient de droit français"],
                "Javier Ortega Salcedo",
            ),
            (P, ["excellente nouvelle pour l'emploi"], "Karim Haddad"),
        ],
    ),
    (  # 8 diesel price: banner slogan in « » (not a
        # quote), direct with "prévient Name, apposition", partial inside "a estimé que",
        # "Selon lui, …" → minister
        "Le prix du gazole a franchi lundi la barre des 2 euros le litre dans près d'une "
        "station-service sur cinq. Le litre de sans-plomb 95 s'affiche en moyenne à 1,94 euro, "
        "un niveau inédit depuis l'été 2022.\n\n"
        "À Rodelle, une centaine de transporteurs routiers ont mené une opération escargot sur "
        "la rocade, derrière une banderole proclamant «\u00a0Pas un centime de plus\u00a0». "
        "«\u00a0Le carburant représente un tiers de nos coûts. À ce prix-là, les petites "
        "entreprises vont mettre la clé sous la porte\u00a0», prévient Sébastien Marchetti, "
        "patron d'une entreprise de douze camions.\n\n"
        "Le gouvernement exclut pour l'instant une baisse des taxes. Le ministre délégué aux "
        "Transports, Amadou Sy-Lambert, a estimé mardi qu'une telle mesure coûterait "
        "«\u00a0plusieurs milliards\u00a0» sans profiter réellement aux ménages. Selon lui, la "
        "remise de 15 centimes accordée aux professionnels depuis octobre suffit à amortir le "
        "choc.\n\n"
        "Les transporteurs ont prévu de nouveaux rassemblements vendredi devant les principaux "
        "dépôts pétroliers de la région.",
        [
            (
                D,
                [
                    "Le carburant représente un tiers de nos coûts. À ce prix-là, les petites "
                    "entreprises vont mettre la clé sous la porte"
                ],
                "Sébastien Marchetti",
            ),
            (P, ["plusieurs milliards"], "Amadou Sy-Lambert"),
            (
                I,
                [
                    "la remise de 15 centimes accordée aux professionnels depuis octobre suffit "
                    "à amortir le choc"
                ],
                "Amadou Sy-Lambert",
            ),
        ],
    ),
    (  # 9 grid operator winter outlook: direct before "a résumé le directeur exécutif de REN,
        # Name", app name in « » (not a quote), federation partial after "juge ces prévisions"
        "Le gestionnaire du réseau de transport d'électricité, Réseau électrique national "
        "(REN), a présenté jeudi ses prévisions pour l'hiver. La disponibilité du parc "
        "nucléaire s'est nettement améliorée et les stocks de gaz sont remplis à 97\u00a0%.\n\n"
        "«\u00a0Le risque de coupures est faible, mais il n'est pas nul. Une vague de froid de "
        "deux semaines en janvier nous obligerait à solliciter les pays voisins\u00a0», a "
        "résumé le directeur exécutif de REN, Laurent Baptiste-Moreau.\n\n"
        "En cas de tension, les consommateurs seront alertés par l'application "
        "«\u00a0Vigie-Réseau\u00a0», qui compte déjà 2,3 millions d'utilisateurs, et invités à "
        "décaler leurs usages les soirs de pic, entre 18 et 20 heures.\n\n"
        "La fédération Énergie solidaire juge ces prévisions «\u00a0trop optimistes\u00a0». "
        "Plusieurs réacteurs doivent encore subir des arrêts de maintenance prolongés d'ici au "
        "printemps.",
        [
            (
                D,
                [
                    "Le risque de coupures est faible, mais il n'est pas nul. Une vague de froid "
                    "de deux semaines en janvier nous obligerait à solliciter les pays voisins"
                ],
                "Laurent Baptiste-Moreau",
            ),
            (P, ["trop optimistes"], "Énergie solidaire"),
        ],
    ),
    (  # 10 tramway line: indirect clause before "a annoncé … la présidente de la métropole,
        # Name"; « » with plain spaces; "a-t-elle déclaré"; incise "a lancé Name, fleuriste,"
        # splitting one quote (two spans, final period kept)
        "La ligne T4 du tramway de Villeurmont sera mise en service le 15 décembre, avec trois "
        "mois d'avance sur le calendrier, a annoncé mercredi la présidente de la métropole, "
        "Sylvie Achour-Lemaire.\n\n"
        "« C'est rare qu'un chantier de cette taille se termine en avance. Je veux remercier les "
        "riverains pour leur patience », a-t-elle déclaré lors de l'inauguration du dépôt de "
        "Bellecombe. Les rames circuleront toutes les six minutes en heure de pointe, de 5 "
        "heures à minuit et demi.\n\n"
        "Les commerçants de l'avenue Jean-Moulin, qui ont subi deux ans de travaux, restent "
        "amers. « On a perdu 40 % de chiffre d'affaires, a lancé Rachid Benali, fleuriste, et "
        "les indemnités n'ont couvert que la moitié. »\n\n"
        "La nouvelle ligne, longue de 9,4 kilomètres, desservira dix-sept stations ainsi que le "
        "futur hôpital du nord de l'agglomération.",
        [
            (
                I,
                [
                    "La ligne T4 du tramway de Villeurmont sera mise en service le 15 décembre, "
                    "avec trois mois d'avance sur le calendrier"
                ],
                "Sylvie Achour-Lemaire",
            ),
            (
                D,
                [
                    "C'est rare qu'un chantier de cette taille se termine en avance. Je veux "
                    "remercier les riverains pour leur patience"
                ],
                "Sylvie Achour-Lemaire",
            ),
            (
                D,
                [
                    "On a perdu 40 % de chiffre d'affaires",
                    "et les indemnités n'ont couvert que la moitié.",
                ],
                "Rachid Benali",
            ),
        ],
    ),
    (  # 11 road safety figures: "selon lequel" trap, "a déclaré le ministre" (role alone),
        # radar nickname « tourelles » (not a quote), "déplore-t-elle", "Le ministre a promis
        # que" after another speaker (role → minister)
        "Le ministre de l'Intérieur, Mathieu Kowalczyk, a présenté lundi le bilan provisoire de "
        "la sécurité routière, selon lequel 2\u00a0614 personnes ont perdu la vie sur les routes "
        "depuis janvier, soit un recul de 6\u00a0% sur un an.\n\n"
        "«\u00a0Ces chiffres sont encourageants, mais chaque mort est une mort de trop\u00a0», a "
        "déclaré le ministre, qui a confirmé le déploiement de 400 radars dits "
        "«\u00a0tourelles\u00a0» d'ici à 2028.\n\n"
        "La présidente de l'association Routes sans deuil, Nathalie Abiteboul-Sané, s'inquiète "
        "de son côté de la hausse de la mortalité chez les cyclistes, en progression de "
        "11\u00a0%. «\u00a0On installe des radars, on ne construit pas de pistes "
        "cyclables\u00a0», déplore-t-elle.\n\n"
        "Le ministre a promis que l'enveloppe consacrée aux aménagements cyclables serait "
        "doublée dans le budget 2027.",
        [
            (
                D,
                ["Ces chiffres sont encourageants, mais chaque mort est une mort de trop"],
                "Mathieu Kowalczyk",
            ),
            (
                D,
                ["On installe des radars, on ne construit pas de pistes cyclables"],
                "Nathalie Abiteboul-Sané",
            ),
            (
                I,
                [
                    "l'enveloppe consacrée aux aménagements cyclables serait doublée dans le "
                    "budget 2027"
                ],
                "Mathieu Kowalczyk",
            ),
        ],
    ),
    (  # 12 air traffic controllers' strike: dialogue dash lines (exclamation kept, unnamed
        # "un agent d'escale"), "à la demande de" (not speech), partial inside "a prévenu que"
        "La grève des contrôleurs aériens a conduit mardi à l'annulation de près d'un vol sur "
        "deux à l'aéroport de Valmoré-Atlantique. Les compagnies ont dû alléger encore leurs "
        "programmes pour mercredi, à la demande de la Direction de la navigation aérienne.\n\n"
        "Devant le comptoir d'Air Océane, le ton monte vite.\n\n"
        "— Mon vol a été annulé trois fois depuis samedi, je vais perdre mon travail\u00a0! "
        "lance Véronique Adjovi, qui devait rejoindre Valbrune pour un entretien d'embauche.\n\n"
        "— Madame, nous n'avons aucune visibilité, nous subissons la grève comme vous, répond "
        "un agent d'escale.\n\n"
        "Le principal syndicat de contrôleurs, l'Union des aiguilleurs du ciel, réclame des "
        "recrutements et la révision du protocole sur le temps de travail. Son secrétaire "
        "général, Pierre-Yves Nzeza, a prévenu que le mouvement pourrait «\u00a0durer jusqu'aux "
        "fêtes\u00a0».",
        [
            (
                D,
                [
                    "Mon vol a été annulé trois fois depuis samedi, je vais perdre mon "
                    "travail\u00a0!"
                ],
                "Véronique Adjovi",
            ),
            (
                D,
                ["Madame, nous n'avons aucune visibilité, nous subissons la grève comme vous"],
                "agent d'escale",
            ),
            (P, ["durer jusqu'aux fêtes"], "Pierre-Yves Nzeza"),
        ],
    ),
    (  # 13 hydrogen train: "a-t-il lancé" (pronoun → président du conseil régional),
        # "Selon lui, …", partial "parle d'un train « vert en façade »" by a spokeswoman
        "Le premier train régional à hydrogène a effectué lundi son voyage inaugural entre "
        "Montbrac et Val-d'Olmes, sur une ligne de 74 kilomètres jamais électrifiée. Le "
        "président du conseil régional, Antoine Rakotomalala, était à bord.\n\n"
        "«\u00a0Nous prouvons qu'on peut décarboner les petites lignes sans poser une seule "
        "caténaire\u00a0», a-t-il lancé à l'arrivée, sous les applaudissements des élus. Selon "
        "lui, les quatre rames commandées pour 62 millions d'euros permettront d'éviter "
        "l'émission de 1\u00a0800 tonnes de CO2 par an.\n\n"
        "L'hydrogène utilisé est pourtant, pour l'instant, produit à partir de gaz naturel. La "
        "porte-parole de l'association Nature Ouest, Ludivine Caradec, parle d'un train "
        "«\u00a0vert en façade\u00a0» tant que l'électrolyseur promis par la région ne sera pas "
        "construit.\n\n"
        "Le service commercial débutera le 4 janvier, à raison de huit allers-retours par jour.",
        [
            (
                D,
                [
                    "Nous prouvons qu'on peut décarboner les petites lignes sans poser une seule "
                    "caténaire"
                ],
                "Antoine Rakotomalala",
            ),
            (
                I,
                [
                    "les quatre rames commandées pour 62 millions d'euros permettront d'éviter "
                    "l'émission de 1\u00a0800 tonnes de CO2 par an"
                ],
                "Antoine Rakotomalala",
            ),
            (P, ["vert en façade"], "Ludivine Caradec"),
        ],
    ),
    (  # 14 dam raising at a public meeting: dialogue dash lines (unnamed "un agriculteur",
        # then "rétorque le directeur du projet, Name"), group "Les riverains … Ils jugent que
        # … « dérisoires »" (only the partial)
        "Réunion publique houleuse, mardi soir, à Lescure-d'Aveyrou, où la société Hydro-Sud "
        "présentait son projet de rehaussement de quatre mètres du barrage de la Roque. Plus de "
        "trois cents personnes se pressaient dans la salle polyvalente.\n\n"
        "— Vous allez noyer nos terres et vous appelez ça de l'énergie propre, lance un "
        "agriculteur depuis le fond de la salle.\n\n"
        "— Ce projet produira l'équivalent de la consommation de 30\u00a0000 foyers, sans "
        "émettre un gramme de CO2, rétorque le directeur du projet, Mehdi Zerrouki.\n\n"
        "Les riverains du lac, eux, redoutent que la montée des eaux n'engloutisse la plage "
        "municipale et une partie du camping. Ils jugent que les indemnisations proposées sont "
        "«\u00a0dérisoires\u00a0» au regard de la perte de valeur de leurs maisons.\n\n"
        "La concertation doit se poursuivre jusqu'au 31 janvier, avant une enquête publique "
        "prévue au printemps.",
        [
            (
                D,
                ["Vous allez noyer nos terres et vous appelez ça de l'énergie propre"],
                "agriculteur",
            ),
            (
                D,
                [
                    "Ce projet produira l'équivalent de la consommation de 30\u00a0000 foyers, "
                    "sans émettre un gramme de CO2"
                ],
                "Mehdi Zerrouki",
            ),
            (P, ["dérisoires"], "riverains"),
        ],
    ),
    (  # 15 motorway tolls: nickname « le Goulot » (not a quote), direct before "s'indigne
        # Name, déléguée régionale de l'association X", partial "défend des investissements
        # « indispensables »" by the director named with acronym company
        "Les tarifs des péages autoroutiers augmenteront en moyenne de 3,1\u00a0% le 1er "
        "février. Sur l'autoroute A87, gérée par la société Autoroutes du Centre-Ouest (ACO), la "
        "hausse atteindra même 4,4\u00a0%, pour financer notamment l'élargissement du viaduc de "
        "la Sèvre, surnommé «\u00a0le Goulot\u00a0» par les automobilistes.\n\n"
        "«\u00a0Les usagers paient deux fois\u00a0: à la pompe et au péage\u00a0», s'indigne "
        "Patricia Lenoir-Mbeki, déléguée régionale de l'association Route libre, qui appelle à "
        "une manifestation samedi au péage de Montjean-Est.\n\n"
        "Le directeur général d'ACO, Stéphane Ivanov, défend des investissements "
        "«\u00a0indispensables\u00a0» pour un axe emprunté chaque jour par 48\u00a0000 "
        "véhicules, dont un sur cinq est un poids lourd.\n\n"
        "Les sociétés concessionnaires ont dégagé l'an dernier un bénéfice cumulé de 4,2 "
        "milliards d'euros, un record.",
        [
            (
                D,
                ["Les usagers paient deux fois\u00a0: à la pompe et au péage"],
                "Patricia Lenoir-Mbeki",
            ),
            (P, ["indispensables"], "Stéphane Ivanov"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rail drivers' strike: direct before "said Name, general secretary of X", partial
        # "called the strike “…”", commuter: "A," said X. "B." (full stop: two quotes)
        "Train services across the north-west will be cut by two-thirds next week after drivers "
        "voted to walk out for three consecutive days in a long-running dispute over rostering. "
        "Northern Link, the operator, will run a reduced timetable between 7am and 7pm, with no "
        "trains at all on several rural branch lines.\n\n"
        "“Our members have been patient for eighteen months. That patience has run out,” said "
        "Declan Murphy-Achebe, general secretary of the Amalgamated Rail Workers' Union. The "
        "union wants an end to rosters being changed at less than a week's notice.\n\n"
        "The Transport Secretary, Rebecca Hollis, called the strike “a cynical act of "
        "self-harm” on Monday evening.\n\n"
        "At Ashcombe Junction, commuters were weary. “I've already used half my annual leave on "
        "strike days,” said Joanne Fairweather, a nurse who travels to Carrington every morning. "
        "“Nobody is listening to us.”",
        [
            (
                D,
                ["Our members have been patient for eighteen months. That patience has run out"],
                "Declan Murphy-Achebe",
            ),
            (P, ["a cynical act of self-harm"], "Rebecca Hollis"),
            (D, ["I've already used half my annual leave on strike days"], "Joanne Fairweather"),
            (D, ["Nobody is listening to us."], "Joanne Fairweather"),
        ],
    ),
    (  # 2 second runway: "A spokeswoman for X said … “…”" (partial only, speaker the
        # organisation), residents as a group with "said they would", direct before
        # "said Name, who chairs …"
        "Plans for a second runway at Halbrook Airport were approved by the government on "
        "Thursday, ending a planning battle that has lasted more than a decade. Construction "
        "could begin in 2028.\n\n"
        "A spokeswoman for Halbrook Airport Holdings said the runway would create 9,000 jobs and "
        "allow “at least thirty new long-haul routes” within five years of opening.\n\n"
        "Residents of the villages under the future flight path said they would seek a judicial "
        "review. “We have been told for ten years that this was a consultation. It never was,” "
        "said Margaret Oyelaran, who chairs the campaign group Quiet Skies Halbrook.\n\n"
        "The airport handled 31 million passengers last year, close to its maximum capacity, "
        "and its owners have already spent £240m on land around the existing runway.",
        [
            (P, ["at least thirty new long-haul routes"], "Halbrook Airport Holdings"),
            (I, ["they would seek a judicial review"], "residents"),
            (
                D,
                ["We have been told for ten years that this was a consultation. It never was"],
                "Margaret Oyelaran",
            ),
        ],
    ),
    (  # 3 price cap: regulator "said the increase …", "According to figures from the charity
        # X" trap, "Its director, Dr Name, described the rise as “…”" (partial, title
        # dropped), "said:" colon before a two-sentence quote with its final period
        "Household energy bills will rise by 6 per cent from January after the price cap was "
        "raised, adding about £104 a year to a typical dual-fuel bill.\n\n"
        "The Energy Markets Authority said the increase reflected higher network costs rather "
        "than wholesale prices. Wholesale gas prices have in fact fallen since the summer.\n\n"
        "According to figures from the charity Warm Homes Now, 4.2 million households already "
        "spend more than a tenth of their income on energy. Its director, Dr Samuel "
        "Adeyemi-Clarke, described the rise as “a hammer blow for families who are already "
        "rationing their heating”. Charities have reported a sharp rise in calls from pensioners "
        "since the autumn.\n\n"
        "The Energy Minister, Fiona Strachan, said: “I understand the anxiety. That is why we "
        "are extending the warm home discount to a further 900,000 households.”",
        [
            (
                I,
                ["the increase reflected higher network costs rather than wholesale prices"],
                "Energy Markets Authority",
            ),
            (
                P,
                ["a hammer blow for families who are already rationing their heating"],
                "Samuel Adeyemi-Clarke",
            ),
            (
                D,
                [
                    "I understand the anxiety. That is why we are extending the warm home "
                    "discount to a further 900,000 households."
                ],
                "Fiona Strachan",
            ),
        ],
    ),
    (  # 4 fatal crash: police force partial inside "said the vehicle had been …" (partial
        # only), "Chief Inspector Name" then "he said", mother's statement "said in a
        # statement that he was “…”" (partial only)
        "Three teenagers died and a fourth was seriously injured when their car left the road "
        "and hit a tree on the B4120 near Little Marston late on Saturday night.\n\n"
        "Wessex Vale Police said the vehicle had been travelling at “significant speed” on a "
        "bend known locally as Devil's Elbow.\n\n"
        "Chief Inspector Aaron Whitlock appealed for dashcam footage from drivers who used the "
        "road that evening. “Somebody may have seen this car in the minutes before the "
        "collision, and anything they saw could help us,” he said.\n\n"
        "One of the victims was named as 17-year-old Callum Reyes. His mother, Lorraine Reyes, "
        "said in a statement that he was “a kind, funny boy who lit up every room”. A vigil "
        "will be held at St Anne's church on Tuesday evening.",
        [
            (P, ["significant speed"], "Wessex Vale Police"),
            (
                D,
                [
                    "Somebody may have seen this car in the minutes before the collision, and "
                    "anything they saw could help us"
                ],
                "Aaron Whitlock",
            ),
            (P, ["a kind, funny boy who lit up every room"], "Lorraine Reyes"),
        ],
    ),
    (  # 5 offshore wind pause: two spokespeople ("Name, a spokeswoman for the developer, X"
        # / "Name, a spokesman for Y"), partial inside reported speech, "The spokesman said"
        # (role alone → the man)
        "The developer of the Dunmore Bank offshore wind farm has paused work on the project's "
        "second phase, blaming soaring turbine costs and a shortage of installation vessels.\n\n"
        "“The economics of this phase no longer stack up at the price we agreed with the "
        "government,” said Ingrid Solberg, a spokeswoman for the developer, Nordsea Renewables. "
        "The first phase, 48 turbines off the Carrick coast, is already producing power.\n\n"
        "The decision puts about 1,100 construction jobs at risk. Tomasz Wieczorek, a spokesman "
        "for the Port Workers' Alliance, said members at the Carrick assembly yard were “angry "
        "and frankly bewildered”.\n\n"
        "The spokesman said the union would seek an urgent meeting with ministers before "
        "Christmas. Nordsea Renewables has not set a date for a decision on whether to resume "
        "work, and the yard's current order book runs out in March.",
        [
            (
                D,
                [
                    "The economics of this phase no longer stack up at the price we agreed with "
                    "the government"
                ],
                "Ingrid Solberg",
            ),
            (P, ["angry and frankly bewildered"], "Tomasz Wieczorek"),
            (
                I,
                ["the union would seek an urgent meeting with ministers before Christmas"],
                "Tomasz Wieczorek",
            ),
        ],
    ),
    (  # 6 small reactors: question-and-answer ("Asked whether …, she did not hesitate: “…”"),
        # "The chief executive said" (role alone), councillor with "said Name, a …"
        "Aldmoor Power wants to build six small modular reactors on the site of a former "
        "coal-fired power station at Kelbridge by the end of the next decade. Its chief "
        "executive, Priya Raghunathan, spoke to reporters on Tuesday after the company's "
        "reactor design was licensed.\n\n"
        "Asked whether the first unit could be running by 2032, she did not hesitate: “Yes. "
        "The design is licensed, the site is cleared and the supply chain is ready.”\n\n"
        "And the cost? The chief executive said each reactor would cost about £2.1bn, roughly a "
        "fifth of the price of a conventional large plant.\n\n"
        "Opposition in the town is small but vocal. “They call it small, but it is still a "
        "nuclear plant two miles from a primary school,” said Gareth Llewelyn-Price, a Kelbridge "
        "town councillor.",
        [
            (
                D,
                ["Yes. The design is licensed, the site is cleared and the supply chain is ready."],
                "Priya Raghunathan",
            ),
            (
                I,
                [
                    "each reactor would cost about £2.1bn, roughly a fifth of the price of a "
                    "conventional large plant"
                ],
                "Priya Raghunathan",
            ),
            (
                D,
                [
                    "They call it small, but it is still a nuclear plant two miles from a "
                    "primary school"
                ],
                "Gareth Llewelyn-Price",
            ),
        ],
    ),
    (  # 7 pilots' strike: company with two partials in one sentence ("said it “deeply
        # regrets” … accused … of rejecting “…”"), "Captain Name" (title dropped) then
        # "she said" after a two-sentence quote
        "Skyline Atlantic cancelled 230 flights on Friday as pilots began a 48-hour strike over "
        "pay, leaving about 35,000 passengers stranded at the start of the half-term "
        "holiday.\n\n"
        "The airline said it “deeply regrets” the disruption and accused the Aviators' Guild of "
        "rejecting “a generous and fair offer” worth 9 per cent over two years.\n\n"
        "Captain Helen O'Driscoll, who chairs the guild's Skyline council, was unapologetic. "
        "“Our pay has fallen by a fifth in real terms since 2019. We are not being greedy, we "
        "are catching up,” she said.\n\n"
        "At Wexley airport, queues hundreds of metres long formed at the rebooking desks before "
        "dawn, and hotels near the terminal were fully booked by midday. A second 48-hour strike "
        "is planned for the first weekend of December.",
        [
            (P, ["deeply regrets"], "Skyline Atlantic"),
            (P, ["a generous and fair offer"], "Skyline Atlantic"),
            (
                D,
                [
                    "Our pay has fallen by a fifth in real terms since 2019. We are not being "
                    "greedy, we are catching up"
                ],
                "Helen O'Driscoll",
            ),
        ],
    ),
    (  # 8 petrol prices, straight quotes: "…, according to the motoring group X" (part
        # before), "The group's spokesman, Name, said:" colon, taxi driver with "he said"
        "Petrol prices have climbed for the sixth week in a row, reaching an average of 158.4p "
        "a litre, according to the motoring group DriveWatch. Diesel now costs 164.9p on "
        "average, the highest level since the spring of 2023.\n\n"
        "The group's spokesman, Rob Kendrick-Osei, said: \"Retailers have been very quick to "
        'pass on rises and painfully slow to pass on cuts."\n\n'
        "At a forecourt in Tillingham, taxi driver Yusuf Demir was filling up before the "
        'evening shift. "Every time I fill the tank, I work the first two hours of the day for '
        'free," he said.\n\n'
        "The Treasury has ruled out a further cut in fuel duty before the spring budget. Rural "
        "drivers, who often have no public transport alternative, are the hardest hit by the "
        "increases.",
        [
            (
                I,
                [
                    "Petrol prices have climbed for the sixth week in a row, reaching an "
                    "average of 158.4p a litre"
                ],
                "DriveWatch",
            ),
            (
                D,
                [
                    "Retailers have been very quick to pass on rises and painfully slow to pass "
                    "on cuts."
                ],
                "Rob Kendrick-Osei",
            ),
            (
                D,
                ["Every time I fill the tank, I work the first two hours of the day for free"],
                "Yusuf Demir",
            ),
        ],
    ),
    (  # 9 blackout: "X, the grid operator, said a fault …", chief executive's quote over two
        # paragraphs (first left open, the next opens with “), regulator "said it had opened"
        "More than 400,000 homes lost power for up to five hours on Wednesday evening. National "
        "Transmission, the grid operator, said a fault at a substation in Corleigh had tripped "
        "two power stations within seconds.\n\n"
        "Its chief executive, Martin Osei-Bonsu, apologised in a televised statement. “What "
        "happened last night should not happen in a modern electricity system, and I am sorry "
        "for it.\n\n"
        "“We will publish a full report within four weeks. If we got something wrong, we will "
        "say so,” he said.\n\n"
        "The Grid Standards Commission said it had opened an investigation. Hospitals switched "
        "to back-up generators and several railway lines were closed as signalling failed. "
        "Thousands of commuters were stuck on trains for more than two hours, and traffic "
        "lights went dark across much of the city centre.",
        [
            (
                I,
                [
                    "a fault at a substation in Corleigh had tripped two power stations within "
                    "seconds"
                ],
                "National Transmission",
            ),
            (
                D,
                [
                    "What happened last night should not happen in a modern electricity system, "
                    "and I am sorry for it.",
                    "We will publish a full report within four weeks. If we got something "
                    "wrong, we will say so",
                ],
                "Martin Osei-Bonsu",
            ),
            (I, ["it had opened an investigation"], "Grid Standards Commission"),
        ],
    ),
    (  # 10 rural buses: "Councillor Name, the council's cabinet member …, said the authority
        # had “no choice”" (partial only), "she said", residents "said they felt …"
        "Dozens of rural bus routes in Westmoor will run only twice a day from January under a "
        "new timetable approved by the county council on Tuesday.\n\n"
        "Councillor Bridget Amankwah, the council's cabinet member for transport, said the "
        "authority had “no choice” after a £6m cut to its budget. “I know this is hard for "
        "people. I use these buses myself,” she said.\n\n"
        "Residents in Hollinsford, where the 47 service will drop from hourly to two journeys "
        "a day, said they felt abandoned by the council. Some have started organising lifts "
        "through a village messaging group.\n\n"
        "The county's bus network has shrunk by a third since 2015, and two operators have "
        "withdrawn from the area altogether. A community minibus scheme run by volunteers covers "
        "only four villages.",
        [
            (P, ["no choice"], "Bridget Amankwah"),
            (D, ["I know this is hard for people. I use these buses myself"], "Bridget Amankwah"),
            (I, ["they felt abandoned by the council"], "residents"),
        ],
    ),
    (  # 11 20mph limit, straight quotes: "announced on Tuesday that …", "Mr Farouk said"
        # after the quote, placard slogan in quotes (not a quote), partial "would add “…”"
        "Omar Farouk, the leader of Brackenford City Council, announced on Tuesday that the "
        "default speed limit would fall to 20mph on most residential streets from March.\n\n"
        '"Every serious study shows the same thing: slower streets save lives," Mr Farouk '
        "said. Nine pedestrians were killed on the city's roads last year, four of them "
        "children.\n\n"
        "About 200 protesters gathered outside the town hall, some holding placards reading "
        '"Stop the war on motorists". Phil Danvers, who organised the protest, said the scheme '
        'would add "at least ten minutes" to every journey across the city.\n\n'
        "Buses and main roads into the city centre will keep their current limits. Brackenford "
        "will be the largest city in the region to adopt the lower limit, which is already in "
        "force in three neighbouring towns.",
        [
            (
                I,
                [
                    "the default speed limit would fall to 20mph on most residential streets "
                    "from March"
                ],
                "Omar Farouk",
            ),
            (
                D,
                ["Every serious study shows the same thing: slower streets save lives"],
                "Omar Farouk",
            ),
            (P, ["at least ten minutes"], "Phil Danvers"),
        ],
    ),
    (  # 12 chargers: "A," she said. "B. C." (full stop after the attribution: two quotes,
        # both the chief executive's), "according to figures compiled by" trap
        "VoltPoint, the third-largest operator of public chargers for electric cars, plans to "
        "install 5,000 rapid chargers at motorway service areas by 2029, doubling the size of "
        "its network.\n\n"
        "Its chief executive, Lucy Chen-Whitaker, was speaking at the opening of the first of "
        "the new hubs, near Redfield. “Range anxiety is really charger anxiety,” she said. "
        "“People don't worry about the battery running out. They worry that the charger will be "
        "broken when they get there.”\n\n"
        "Faulty chargers remain a sore point for drivers: one public charger in ten is out of "
        "order at any given time, according to figures compiled by the EV Drivers' Club.\n\n"
        "The company, backed by two pension funds, expects to make a profit for the first time "
        "next year.",
        [
            (D, ["Range anxiety is really charger anxiety"], "Lucy Chen-Whitaker"),
            (
                D,
                [
                    "People don't worry about the battery running out. They worry that the "
                    "charger will be broken when they get there."
                ],
                "Lucy Chen-Whitaker",
            ),
        ],
    ),
    (  # 13 freight derailment: "The Rail Safety Investigation Branch said …" (organisation),
        # "A," said the branch's chief inspector, Dr Name, "b." (one quote, two spans, final
        # period kept),
        # company partial "described … as “good”"
        "A freight train derailed near Pennock Junction on Sunday night, spilling cement across "
        "both tracks and closing the main line between Carlow Vale and Easton Regis for at "
        "least a week.\n\n"
        "The Rail Safety Investigation Branch said early evidence pointed to "
        "a broken rail. No one was injured, but the driver was treated for shock.\n\n"
        "“We are looking closely at the inspection records for this stretch of track,” said "
        "the branch's chief inspector, Dr Nkechi Adebayo, “and at whether the defect could have "
        "been spotted earlier.”\n\n"
        "The infrastructure company Trackways described the line's condition as “good” at its "
        "last inspection in September. Replacement buses are running between the two towns, "
        "adding almost an hour to the journey, and freight is being diverted through Hexley.",
        [
            (I, ["early evidence pointed to a broken rail"], "Rail Safety Investigation Branch"),
            (
                D,
                [
                    "We are looking closely at the inspection records for this stretch of track",
                    "and at whether the defect could have been spotted earlier.",
                ],
                "Nkechi Adebayo",
            ),
            (P, ["good"], "Trackways"),
        ],
    ),
    (  # 14 air traffic failure: "X, which runs the centre, told reporters that … and that …"
        # (one clause), couple sharing a surname, "Mr Saleh said" → the husband
        "Thousands of passengers were stranded on Monday after a software failure at the "
        "Eastway air traffic control centre forced controllers to halve the number of flights "
        "for nearly six hours.\n\n"
        "NavAir, which runs the centre, told reporters that the fault had been fixed and that "
        "there was no evidence of a cyber-attack. More than 1,200 flights were cancelled or "
        "delayed across the country.\n\n"
        "At Belmont airport, Tariq and Hana Saleh, travelling to Lisbon with their three "
        "children, had been waiting since 6am. “Nobody from the airline has spoken to us. We "
        "found out from the news,” Mr Saleh said.\n\n"
        "Airlines expect the backlog to be cleared by Wednesday morning. It is the second "
        "failure at the Eastway centre in eighteen months; the previous one, in the summer of "
        "2025, grounded flights for three hours.",
        [
            (
                I,
                ["the fault had been fixed and that there was no evidence of a cyber-attack"],
                "NavAir",
            ),
            (
                D,
                ["Nobody from the airline has spoken to us. We found out from the news"],
                "Tariq Saleh",
            ),
        ],
    ),
    (  # 15 solar farm refused: "The developer, X, said it was “disappointed”" (partial),
        # farmer introduced by name and apposition before "said:" colon
        "Plans for a 400-acre solar farm near Ashby St Clement were rejected by district "
        "councillors on Wednesday evening after more than 600 objections from residents. The "
        "scheme would have powered about 90,000 homes.\n\n"
        "The developer, SunHarvest Energy, said it was “disappointed” by the decision.\n\n"
        "Edward Nakamura, the farmer who had leased the land to the company, said: “This field "
        "grows poor wheat and excellent sunshine. I'm disappointed, but I'm not giving up.”\n\n"
        "The district has approved four smaller solar schemes since 2022. SunHarvest has six "
        "months to lodge an appeal with the planning inspectorate. Dozens of residents packed "
        "the public gallery for the vote, and some applauded when the result was read out. The "
        "land will return to arable farming next spring.",
        [
            (P, ["disappointed"], "SunHarvest Energy"),
            (
                D,
                [
                    "This field grows poor wheat and excellent sunshine. I'm disappointed, but "
                    "I'm not giving up."
                ],
                "Edward Nakamura",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout78.jsonl"),
        "heldout78",
        "h78",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
