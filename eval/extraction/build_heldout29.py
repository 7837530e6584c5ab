"""Source of the twenty-ninth held-out set: writes heldout29.jsonl (split "heldout29").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like regional and local news (French regional dailies; UK, Irish, Australian and
Canadian local papers): town councils, courts, schools, hospitals, sport clubs, festivals,
farming, weather damage, local businesses and police appeals, not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractors 0.15.0 and 0.16.0
(docs/EXTRACTION.md); not read when 0.16.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout29.py
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
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 town council, swimming pool: plain spaces, "Il a précisé que", incise "a-t-elle insisté"
        "Plouvenec — Le conseil municipal de Plouvenec a voté lundi soir, par 21 voix contre 6, "
        "la fermeture de la piscine Jean-Kerlann pour dix-huit mois de travaux, à compter du "
        "1er mars.\n\n"
        "« Nous n'avions plus le choix. La toiture fuit, les pompes datent de 1987 et la facture "
        "d'énergie a doublé en trois ans », a expliqué le maire, Yannick Le Bihan-Caradec. Il a "
        "précisé que les scolaires seraient accueillis pendant le chantier à la piscine "
        "intercommunale de Lanvoren, à quatorze kilomètres.\n\n"
        "L'opposition a voté contre. Sa cheffe de file, Morgane Quéré, a dénoncé « un chantier "
        "mal préparé, au coût qui ne cesse de grimper ». Le montant des travaux est passé de 3,2 "
        "à 4,7 millions d'euros depuis le premier devis, en raison notamment de la hausse du prix "
        "de l'acier et d'un désamiantage qui n'avait pas été prévu.\n\n"
        "« Les familles vont payer le prix du retard, a-t-elle insisté, car dix-huit mois sans "
        "bassin, c'est une génération d'enfants qui apprendra à nager plus tard. »\n\n"
        "Le maire a promis une réunion publique en janvier. Les clubs de natation et d'aquagym, "
        "qui comptent près de 400 adhérents, doivent être reçus en mairie d'ici là.",
        [
            (
                D,
                [
                    "Nous n'avions plus le choix. La toiture fuit, les pompes datent de 1987 et "
                    "la facture d'énergie a doublé en trois ans"
                ],
                "Yannick Le Bihan-Caradec",
            ),
            (
                I,
                [
                    "les scolaires seraient accueillis pendant le chantier à la piscine "
                    "intercommunale de Lanvoren, à quatorze kilomètres"
                ],
                "Yannick Le Bihan-Caradec",
            ),
            (P, ["un chantier mal préparé, au coût qui ne cesse de grimper"], "Morgane Quéré"),
            (
                D,
                [
                    "Les familles vont payer le prix du retard",
                    "car dix-huit mois sans bassin, c'est une génération d'enfants qui apprendra "
                    "à nager plus tard.",
                ],
                "Morgane Quéré",
            ),
        ],
    ),
    (  # 2 court, club treasurer: no-break spaces, "-t-il", "-t-elle", lawyer "a rappelé que"
        "L'ancien trésorier de l'Étoile sportive de Pontivenne a été condamné mardi par le "
        "tribunal correctionnel de Lorvennec à dix-huit mois de prison avec sursis pour avoir "
        "détourné 62\u00a0400 euros des caisses du club de football entre 2021 et 2024.\n\n"
        "À la barre, Gilles Tanguérec, 58 ans, a reconnu les faits. «\u00a0J'ai emprunté pour "
        "boucher des trous, je pensais tout rembourser avant l'assemblée générale\u00a0», "
        "a-t-il expliqué d'une voix basse, les mains croisées derrière le dos.\n\n"
        "Une explication qui n'a pas convaincu la procureure, Hélène Vasseur-Brignac. «\u00a0Il "
        "ne s'agit pas d'un emprunt\u00a0: il y a eu des faux, des factures inventées, des "
        "signatures imitées\u00a0», a-t-elle souligné, avant de requérir deux ans avec sursis.\n\n"
        "L'avocat du club, Me Romain Ducasse, a rappelé que plusieurs équipes de jeunes avaient "
        "dû renoncer à des tournois faute de moyens pendant ces trois saisons. Le club, qui "
        "compte 310 licenciés, s'était constitué partie civile.\n\n"
        "M. Tanguérec devra rembourser l'intégralité des sommes détournées et a interdiction "
        "d'exercer toute fonction de trésorier dans une association pendant cinq ans.",
        [
            (
                D,
                [
                    "J'ai emprunté pour boucher des trous, je pensais tout rembourser avant "
                    "l'assemblée générale"
                ],
                "Gilles Tanguérec",
            ),
            (
                D,
                [
                    "Il ne s'agit pas d'un emprunt\u00a0: il y a eu des faux, des factures "
                    "inventées, des signatures imitées"
                ],
                "Hélène Vasseur-Brignac",
            ),
            (
                I,
                [
                    "plusieurs équipes de jeunes avaient dû renoncer à des tournois faute de "
                    "moyens pendant ces trois saisons"
                ],
                "Romain Ducasse",
            ),
        ],
    ),
    (  # 3 hospital A&E closing at night: narrow no-break spaces, hospital as speaker
        "Le centre hospitalier de Morlanne a annoncé vendredi que ses urgences seraient fermées "
        "la nuit, de 20\u202fheures à 8\u202fheures, du 15 décembre au 15 janvier, faute de "
        "médecins pour assurer les gardes.\n\n"
        "«\u202fC'est une décision que nous prenons à contrecœur, mais nous ne pouvons pas "
        "garantir la sécurité des patients avec un seul médecin pour tout le secteur\u202f», "
        "justifie son directeur, Patrice Olivennes. Sur les neuf postes d'urgentistes, quatre "
        "sont vacants depuis l'été.\n\n"
        "Le docteur Anne-Sophie Kerdraon, urgentiste depuis vingt ans à Morlanne, parle d'un "
        "«\u202fsentiment d'abandon\u202f» chez ses collègues, qui enchaînent les gardes de "
        "vingt-quatre heures depuis des mois.\n\n"
        "Pendant la fermeture, les patients sont invités à composer le 15, qui orientera les "
        "cas graves vers l'hôpital de Kerbrat, à quarante minutes de route. Le collectif de "
        "défense de l'hôpital appelle à un rassemblement samedi matin devant l'établissement.\n\n"
        "«\u202fOn nous promet des solutions depuis cinq ans et, à chaque fois, c'est un service "
        "de plus qui ferme\u202f», a réagi la présidente du collectif, Josiane Le Meur.",
        [
            (
                I,
                [
                    "ses urgences seraient fermées la nuit, de 20\u202fheures à 8\u202fheures, du "
                    "15 décembre au 15 janvier, faute de médecins pour assurer les gardes"
                ],
                "centre hospitalier de Morlanne",
            ),
            (
                D,
                [
                    "C'est une décision que nous prenons à contrecœur, mais nous ne pouvons pas "
                    "garantir la sécurité des patients avec un seul médecin pour tout le secteur"
                ],
                "Patrice Olivennes",
            ),
            (P, ["sentiment d'abandon"], "Anne-Sophie Kerdraon"),
            (
                D,
                [
                    "On nous promet des solutions depuis cinq ans et, à chaque fois, c'est un "
                    "service de plus qui ferme"
                ],
                "Josiane Le Meur",
            ),
        ],
    ),
    (  # 4 rugby: no spaces in « », partial inside reported speech, "a-t-il ajouté"
        "Le Stade olympique de Castelmaur a signé dimanche sa huitième victoire consécutive en "
        "Fédérale 1 en s'imposant 27-13 face à Lézignac, devant 2 300 spectateurs réunis au "
        "stade Pierre-Cazalens malgré le vent.\n\n"
        "Menés 3-10 à la pause, les Castelmaurois ont inscrit trois essais en deuxième période, "
        "dont deux par leur capitaine. «On a souffert pendant une mi-temps, puis le pack a pris "
        "le dessus», résumait l'entraîneur Didier Carrère-Lafont au coup de sifflet final.\n\n"
        "Le capitaine, Bastien Pujol, a estimé que l'équipe «n'avait encore rien gagné». «La "
        "montée, on n'en parle pas dans le vestiaire. On prend les matchs les uns après les "
        "autres», a-t-il ajouté, alors que le club compte désormais six points d'avance sur "
        "son dauphin.\n\n"
        "Côté Lézignac, on retiendra surtout le carton jaune reçu par le pilier gauche à la 48e "
        "minute, qui a laissé les visiteurs à quatorze pendant le temps fort adverse.\n\n"
        "Prochain rendez-vous le 7 décembre à Montbrac, pour le derby.",
        [
            (
                D,
                ["On a souffert pendant une mi-temps, puis le pack a pris le dessus"],
                "Didier Carrère-Lafont",
            ),
            (P, ["n'avait encore rien gagné"], "Bastien Pujol"),
            (
                D,
                [
                    "La montée, on n'en parle pas dans le vestiaire. On prend les matchs les uns "
                    "après les autres"
                ],
                "Bastien Pujol",
            ),
        ],
    ),
    (  # 5 music festival: “ ” in French, two sentences with attribution between, selon
        "L'association Vents d'Ouest, qui organise le festival Les Nuits du Port à Ploumarec, a "
        "annoncé dimanche soir un record de 41 000 entrées pour sa onzième édition, soit 6 000 "
        "de plus que l'an dernier.\n\n"
        "“C'est au-delà de tout ce qu'on espérait”, confie sa présidente, Lénaïg Morvan. “Il y "
        "a dix ans, on montait la scène avec trois bénévoles et un tracteur.” Cette année, ils "
        "étaient 520 à se relayer sur les quais, de la buvette au tri des déchets.\n\n"
        "Le préfet avait imposé des mesures de sécurité renforcées après l'orage qui avait "
        "interrompu la soirée du samedi l'an dernier. Selon la gendarmerie, aucun incident "
        "majeur n'a été signalé, hormis quelques vols de téléphones.\n\n"
        "Les riverains restent partagés. Un riverain, lui, a déploré “trois nuits sans dormir”, "
        "tandis que les restaurateurs du port affichent des terrasses pleines jusqu'à la "
        "fermeture.\n\n"
        "La programmation de la douzième édition sera dévoilée en mars.",
        [
            (D, ["C'est au-delà de tout ce qu'on espérait"], "Lénaïg Morvan"),
            (
                D,
                ["Il y a dix ans, on montait la scène avec trois bénévoles et un tracteur."],
                "Lénaïg Morvan",
            ),
            (
                I,
                ["aucun incident majeur n'a été signalé, hormis quelques vols de téléphones"],
                "gendarmerie",
            ),
            (P, ["trois nuits sans dormir"], "riverain"),
        ],
    ),
    (  # 6 farmers' drought protest: inverted "a déclaré le président …, X", "Selon lui"
        "Une cinquantaine d'éleveurs ont bloqué jeudi matin le rond-point de la zone de "
        "Kerhallet, à l'entrée de Landivran, pour réclamer des aides d'urgence après un été "
        "marqué par la sécheresse. Une vingtaine de tracteurs et plusieurs bottes de paille "
        "barraient les accès jusqu'à midi.\n\n"
        "« On a commencé à taper dans les stocks de foin d'hiver dès le mois d'août. Certains "
        "n'ont plus rien pour nourrir leurs bêtes jusqu'au printemps », a déclaré le président "
        "de la Fédération des éleveurs du pays de Landivran, Erwan Guillou. Selon lui, les "
        "pertes de fourrage atteignent 40 % dans certaines exploitations du nord du "
        "département.\n\n"
        "Reçue en préfecture en fin de matinée, une délégation a obtenu la promesse d'une "
        "cellule de crise réunissant les banques, la chambre d'agriculture et la mutualité "
        "sociale agricole.\n\n"
        "« C'est un premier pas, mais les banques doivent suivre », a commenté Sylvie Le "
        "Dantec, éleveuse laitière à Trégonval, à sa sortie. Avec son mari, elle élève "
        "soixante vaches et a dû acheter du fourrage dès septembre, à un prix qui a presque "
        "doublé en un an.",
        [
            (
                D,
                [
                    "On a commencé à taper dans les stocks de foin d'hiver dès le mois d'août. "
                    "Certains n'ont plus rien pour nourrir leurs bêtes jusqu'au printemps"
                ],
                "Erwan Guillou",
            ),
            (
                I,
                [
                    "les pertes de fourrage atteignent 40 % dans certaines exploitations du nord "
                    "du département"
                ],
                "Erwan Guillou",
            ),
            (D, ["C'est un premier pas, mais les banques doivent suivre"], "Sylvie Le Dantec"),
        ],
    ),
    (  # 7 storm damage: narrow nbsp, "…, selon le distributeur X.", "Pour le maire …, X, « »"
        "La tempête Élouan a balayé la côte dans la nuit de mardi à mercredi, avec des rafales "
        "mesurées à 146\u202fkm/h à la pointe de Kerlazec. Des centaines d'arbres sont tombés "
        "sur les routes du littoral. Mercredi soir, 12\u202f000 foyers étaient toujours privés "
        "d'électricité, selon le distributeur Enerlis Réseaux.\n\n"
        "À Porz-Meur, le toit de la salle omnisports s'est en partie envolé. «\u202fOn a entendu "
        "un bruit de train vers 3\u202fheures du matin, et au lever du jour il manquait la "
        "moitié des tôles\u202f», raconte le gardien, Hervé Nicol.\n\n"
        "Pour le maire de la commune, Jean-Yves Calvez, «\u202fc'est un miracle qu'il n'y ait "
        "eu aucun blessé\u202f». La salle accueillait encore un tournoi de badminton la veille au "
        "soir. M. Calvez a indiqué que la commune demanderait la reconnaissance de l'état de "
        "catastrophe naturelle dès la semaine prochaine.\n\n"
        "Les pompiers ont effectué plus de 600 interventions en vingt-quatre heures, "
        "principalement pour des chutes d'arbres et des toitures endommagées.",
        [
            (
                I,
                ["Mercredi soir, 12\u202f000 foyers étaient toujours privés d'électricité"],
                "Enerlis Réseaux",
            ),
            (
                D,
                [
                    "On a entendu un bruit de train vers 3\u202fheures du matin, et au lever du "
                    "jour il manquait la moitié des tôles"
                ],
                "Hervé Nicol",
            ),
            (D, ["c'est un miracle qu'il n'y ait eu aucun blessé"], "Jean-Yves Calvez"),
            (
                I,
                [
                    "la commune demanderait la reconnaissance de l'état de catastrophe naturelle "
                    "dès la semaine prochaine"
                ],
                "Jean-Yves Calvez",
            ),
        ],
    ),
    (  # 8 school class closure: no-break spaces, body as speaker, direct + partial in one sentence
        "Les parents d'élèves de l'école Les Tilleuls, à Saint-Aubrac-sur-Dordane, ont occupé "
        "l'établissement mardi soir pour protester contre la fermeture annoncée d'une classe à "
        "la rentrée prochaine. Une quarantaine d'adultes et leurs enfants ont dormi sur place, "
        "avec des duvets et des thermos de soupe.\n\n"
        "«\u00a0Avec 27 élèves par classe en maternelle, on ne fait plus de la pédagogie, on "
        "fait de la garderie\u00a0», s'agace Caroline Fabre-Delmas, représentante des parents "
        "au conseil d'école.\n\n"
        "L'inspection académique fait valoir que 96 enfants seulement sont attendus en "
        "septembre, contre 118 il y a trois ans.\n\n"
        "«\u00a0Les chiffres sont les chiffres\u00a0», reconnaît le maire, Bernard Lacombe, qui "
        "se dit néanmoins «\u00a0prêt à mettre des locaux à disposition\u00a0» pour maintenir "
        "un accueil des tout-petits dès deux ans. La commune a déjà investi 80\u00a0000 euros "
        "dans la rénovation du préau et de la cantine.\n\n"
        "Les parents comptent occuper l'école chaque mardi jusqu'à la réunion du conseil "
        "départemental de l'Éducation nationale, prévue le 14 janvier.",
        [
            (
                D,
                [
                    "Avec 27 élèves par classe en maternelle, on ne fait plus de la pédagogie, on "
                    "fait de la garderie"
                ],
                "Caroline Fabre-Delmas",
            ),
            (
                I,
                ["96 enfants seulement sont attendus en septembre, contre 118 il y a trois ans"],
                "inspection académique",
            ),
            (D, ["Les chiffres sont les chiffres"], "Bernard Lacombe"),
            (P, ["prêt à mettre des locaux à disposition"], "Bernard Lacombe"),
        ],
    ),
    (  # 9 missing person appeal: no-break spaces, "l'officier", incise set off by commas
        "La gendarmerie lance un appel à témoins après la disparition de Mathilde Rouzic, 71 "
        "ans, qui n'a plus donné signe de vie depuis samedi après-midi. La septuagénaire a été "
        "vue pour la dernière fois vers 15 heures sur le chemin de halage, entre Pont-Kerlo et "
        "l'écluse de Guernevez.\n\n"
        "«\u00a0Elle connaît parfaitement le secteur et marche tous les jours, ce qui rend cette "
        "absence d'autant plus inquiétante\u00a0», souligne le commandant de la compagnie de "
        "Rostrenac, Loïc Bellec.\n\n"
        "Plus de quatre-vingts personnes, dont des plongeurs et une équipe cynophile, ont "
        "participé aux recherches dimanche, sans résultat. Un hélicoptère a survolé les berges "
        "et les bois voisins jusqu'à la tombée de la nuit.\n\n"
        "«\u00a0Toute information, même minime, peut nous aider, insiste l'officier, qu'il "
        "s'agisse d'une voiture garée, d'un promeneur croisé ou d'un détail "
        "vestimentaire.\u00a0»\n\n"
        "Mathilde Rouzic mesure 1,60 m, a les cheveux gris coupés court et portait un anorak "
        "rouge et des chaussures de marche. Tout renseignement peut être communiqué au 17 ou à "
        "la brigade de Rostrenac.",
        [
            (
                D,
                [
                    "Elle connaît parfaitement le secteur et marche tous les jours, ce qui rend "
                    "cette absence d'autant plus inquiétante"
                ],
                "Loïc Bellec",
            ),
            (
                D,
                [
                    "Toute information, même minime, peut nous aider",
                    "qu'il s'agisse d'une voiture garée, d'un promeneur croisé ou d'un détail "
                    "vestimentaire.",
                ],
                "Loïc Bellec",
            ),
        ],
    ),
    (  # 10 village bakery reopens: plain spaces, "raconte X", "estime le maire, X"
        "Fermée depuis le départ à la retraite de ses anciens propriétaires en juin, la "
        "boulangerie de la place de l'Église, à Lannidour, rouvrira ses portes le 6 décembre. "
        "Elle a été reprise par Julien Perrotin, 34 ans, et sa compagne, Amandine Serre, venus "
        "de la région lyonnaise.\n\n"
        "« Quand on a vu l'annonce, on est venus un dimanche, il y avait du soleil sur la place "
        "et des gens qui discutaient devant la mairie. On a signé trois semaines plus tard », "
        "raconte Julien Perrotin, ancien ingénieur reconverti après un CAP de boulanger.\n\n"
        "Pour la commune, qui a racheté les murs 185 000 euros et refait le fournil, l'enjeu "
        "dépassait le simple commerce. Depuis l'été, les 1 400 habitants devaient faire huit "
        "kilomètres pour acheter une baguette, ou attendre le passage du camion du mardi.\n\n"
        "« Sans pain, un bourg meurt à petit feu », estime le maire, Gérard Le Floch, qui "
        "espère voir rouvrir l'épicerie voisine dans la foulée.\n\n"
        "Le couple prévoit d'embaucher un apprenti au printemps et de proposer un dépôt de pain "
        "dans les deux hameaux de la commune.",
        [
            (
                D,
                [
                    "Quand on a vu l'annonce, on est venus un dimanche, il y avait du soleil sur "
                    "la place et des gens qui discutaient devant la mairie. On a signé trois "
                    "semaines plus tard"
                ],
                "Julien Perrotin",
            ),
            (D, ["Sans pain, un bourg meurt à petit feu"], "Gérard Le Floch"),
        ],
    ),
    (  # 11 fish auction: narrow nbsp, "a annoncé qu'"
        "La criée de Port-Tudual a vu ses apports reculer de 18\u202f% sur les dix premiers mois "
        "de l'année, à 6\u202f200 tonnes, son plus bas niveau depuis sa création en 1974.\n\n"
        "Les pêcheurs mettent en cause la hausse du gazole et la fermeture de plusieurs zones au "
        "large pendant un mois l'hiver dernier pour protéger les dauphins. Trois chalutiers ont "
        "été vendus depuis le printemps, et un quatrième est à quai, faute d'équipage.\n\n"
        "«\u202fÀ 1,10\u202feuro le litre, un chalutier qui sort quatre jours dépense plus en "
        "carburant qu'il ne ramène en poisson certains mois\u202f», résume Yvon Cariou, patron "
        "du Sterenn-Vor et président de l'association des armateurs du port.\n\n"
        "Le directeur de la criée, Laurent Pichavant, a annoncé qu'un plan d'investissement de "
        "2,4 millions d'euros serait soumis au conseil portuaire en février pour moderniser la "
        "halle à marée et attirer des bateaux d'autres ports. Les travaux pourraient débuter à "
        "l'automne prochain si les financements de la région sont confirmés.",
        [
            (
                D,
                [
                    "À 1,10\u202feuro le litre, un chalutier qui sort quatre jours dépense plus en "
                    "carburant qu'il ne ramène en poisson certains mois"
                ],
                "Yvon Cariou",
            ),
            (
                I,
                [
                    "un plan d'investissement de 2,4 millions d'euros serait soumis au conseil "
                    "portuaire en février pour moderniser la halle à marée et attirer des "
                    "bateaux d'autres ports"
                ],
                "Laurent Pichavant",
            ),
        ],
    ),
    (  # 12 trail race: two quotes around "a raconté la lauréate." ending its sentence
        "Sous une pluie battante, Élodie Campistron a remporté dimanche le Trail des Crêtes de "
        "Montsalvy-d'Olt, 42 kilomètres et 2 100 mètres de dénivelé positif, en 4 h 12 min. La "
        "coureuse de 31 ans, licenciée à l'Athlé Causses Vallées, devance de onze minutes la "
        "tenante du titre, Karine Aubespin.\n\n"
        "« Dans la dernière descente, je ne voyais plus mes pieds tellement il y avait de "
        "boue », a raconté la lauréate à l'arrivée, enroulée dans une couverture de survie. "
        "« J'ai pensé à ma fille qui m'attendait en bas, ça m'a fait oublier les crampes. »\n\n"
        "Chez les hommes, victoire de Thibault Ribes, déjà vainqueur en 2023, qui a bouclé le "
        "parcours en 3 h 41 min malgré une chute au vingtième kilomètre.\n\n"
        "Les organisateurs comptaient 640 partants, dont une centaine sur la version courte de "
        "18 kilomètres. Une trentaine d'abandons ont été enregistrés, en raison notamment du "
        "froid sur les crêtes.",
        [
            (
                D,
                [
                    "Dans la dernière descente, je ne voyais plus mes pieds tellement il y avait "
                    "de boue"
                ],
                "Élodie Campistron",
            ),
            (
                D,
                ["J'ai pensé à ma fille qui m'attendait en bas, ça m'a fait oublier les crampes."],
                "Élodie Campistron",
            ),
        ],
    ),
    (  # 13 media library opening: no-break spaces, partial after "a salué", role apposition
        "La nouvelle médiathèque de Villefranche-d'Ourdan, installée dans l'ancienne gare, a été "
        "inaugurée samedi en présence de plusieurs centaines d'habitants. Le bâtiment de "
        "900\u00a0m², dont la rénovation a coûté 2,8 millions d'euros, abrite 24\u00a0000 "
        "documents, un espace de jeux vidéo et un atelier de couture partagé.\n\n"
        "La présidente de la communauté de communes, Martine Escudié, a salué «\u00a0un lieu "
        "ouvert à tous, y compris à ceux qui n'ont jamais poussé la porte d'une "
        "bibliothèque\u00a0». L'inscription y sera gratuite pour tous les habitants du "
        "territoire, quel que soit leur âge.\n\n"
        "«\u00a0Ici, on pourra venir emprunter un roman, imprimer un CV ou simplement se mettre "
        "au chaud\u00a0», a ajouté la responsable de l'équipement, Nadia Berthomieu, en poste "
        "depuis le printemps.\n\n"
        "La médiathèque sera ouverte six jours sur sept, y compris le dimanche matin, une "
        "première dans le département. Quatre agents et une quinzaine de bénévoles assureront "
        "l'accueil.",
        [
            (
                P,
                [
                    "un lieu ouvert à tous, y compris à ceux qui n'ont jamais poussé la porte "
                    "d'une bibliothèque"
                ],
                "Martine Escudié",
            ),
            (
                D,
                [
                    "Ici, on pourra venir emprunter un roman, imprimer un CV ou simplement se "
                    "mettre au chaud"
                ],
                "Nadia Berthomieu",
            ),
        ],
    ),
    (  # 14 bridge closed: departmental council as speaker, shop owner
        "Le conseil départemental de la Haute-Lézère a annoncé mardi que le pont de Roquebrune, "
        "sur la route départementale 38, resterait fermé à la circulation jusqu'à la fin du "
        "mois de mars, après la découverte de fissures sur deux de ses piles lors d'une "
        "inspection de routine.\n\n"
        "Une déviation de 23 kilomètres a été mise en place par Saint-Fréjoux et "
        "Lagarde-Vieille. Les poids lourds sont invités à emprunter la route nationale, plus à "
        "l'ouest. Le ramassage scolaire a été réorganisé, et les collégiens partent désormais "
        "vingt minutes plus tôt le matin.\n\n"
        "Les commerçants de Lagarde-Vieille s'inquiètent. «\u00a0Depuis la fermeture, on a "
        "perdu un tiers de la clientèle de passage. Si ça dure jusqu'au printemps, certains ne "
        "passeront pas l'hiver\u00a0», prévient Sandrine Vialle, qui tient le bar-tabac du "
        "village depuis douze ans.\n\n"
        "Le coût des réparations n'est pas encore chiffré. L'ouvrage, construit en 1932, avait "
        "déjà fait l'objet de travaux de consolidation en 2009.",
        [
            (
                I,
                [
                    "le pont de Roquebrune, sur la route départementale 38, resterait fermé à la "
                    "circulation jusqu'à la fin du mois de mars, après la découverte de "
                    "fissures sur deux de ses piles lors d'une inspection de routine"
                ],
                "conseil départemental de la Haute-Lézère",
            ),
            (
                D,
                [
                    "Depuis la fermeture, on a perdu un tiers de la clientèle de passage. Si ça "
                    "dure jusqu'au printemps, certains ne passeront pas l'hiver"
                ],
                "Sandrine Vialle",
            ),
        ],
    ),
    (  # 15 village doctor retires: quote over two paragraphs, "le médecin", colon + question
        "Après quarante et un ans d'exercice, le docteur Michel Arhan a reçu ses derniers "
        "patients vendredi dans son cabinet de Kerlouan-Bihan, entre deux bouquets de fleurs "
        "et une boîte de galettes laissée par une fidèle.\n\n"
        "«\u202fJ'ai soigné trois générations dans certaines familles. J'ai vu naître des "
        "enfants dont j'avais recousu le genou de la mère quand elle avait dix ans.\n\n"
        "«\u202fCe qui me pèse, c'est de partir sans successeur. J'ai passé des annonces pendant "
        "quatre ans, je suis allé dans les facultés, rien\u202f», confie le médecin de 68 ans.\n\n"
        "Ses 1\u202f900 patients devront se tourner vers la maison de santé de Plouzévet, à "
        "vingt minutes de voiture, qui a déjà fermé sa liste d'attente. Sa voisine, "
        "Marie-Thérèse Le Coz, 84 ans, n'a pas caché son inquiétude\u202f: «\u202fJe n'ai pas de "
        "voiture. Qui va venir me voir quand j'aurai mal au dos\u202f?\u202f»\n\n"
        "La mairie met gratuitement le cabinet à la disposition d'un éventuel repreneur.",
        [
            (
                D,
                [
                    "J'ai soigné trois générations dans certaines familles. J'ai vu naître des "
                    "enfants dont j'avais recousu le genou de la mère quand elle avait dix ans.",
                    "Ce qui me pèse, c'est de partir sans successeur. J'ai passé des annonces "
                    "pendant quatre ans, je suis allé dans les facultés, rien",
                ],
                "Michel Arhan",
            ),
            (
                D,
                ["Je n'ai pas de voiture. Qui va venir me voir quand j'aurai mal au dos\u202f?"],
                "Marie-Thérèse Le Coz",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 town council, parking charges: straight quotes, "told … that", "he said." two quotes
        "Haverleigh — Councillors in Haverleigh have voted to introduce parking charges at the "
        "town's three seafront car parks from April, despite a petition against the plan signed "
        "by more than 4,000 residents.\n\n"
        "The cabinet member for transport, Cllr Dominic Ashworth, told Tuesday's meeting that "
        "the charges would raise about £310,000 a year for road repairs.\n\n"
        '"Nobody likes paying to park, and I understand that," he said. "But the alternative is '
        'potholes we simply cannot afford to fix."\n\n'
        'Opposition leader Janet Fairbrother called the decision "a tax on the people who keep '
        'our high street alive". Her group had tabled an amendment to delay the charges by a '
        "year, which was defeated by 26 votes to 19.\n\n"
        "The traders' association Haverleigh First said it would consider a legal challenge. The "
        "charges, set at £1.20 an hour, will apply between 9am and 6pm, with the first 30 minutes "
        "free. Blue badge holders will be exempt.",
        [
            (
                I,
                ["the charges would raise about £310,000 a year for road repairs"],
                "Dominic Ashworth",
            ),
            (D, ["Nobody likes paying to park, and I understand that"], "Dominic Ashworth"),
            (
                D,
                ["But the alternative is potholes we simply cannot afford to fix."],
                "Dominic Ashworth",
            ),
            (P, ["a tax on the people who keep our high street alive"], "Janet Fairbrother"),
            (I, ["it would consider a legal challenge"], "Haverleigh First"),
        ],
    ),
    (  # 2 Irish district court: “ ”, garda "told the court that", partials, judge "she told"
        "A 24-year-old man who drove at more than twice the speed limit through the village of "
        "Ballyconnor while being pursued by gardaí has been jailed for eight months.\n\n"
        "Shane Mulrooney, of Cluain Ard, Kilmaddock, pleaded guilty at Kilmaddock District Court "
        "to dangerous driving on the night of March 3rd.\n\n"
        "Garda Niamh Rafferty told the court that the defendant's car had been clocked at "
        "112km/h in a 50km/h zone outside the national school, shortly after 11pm.\n\n"
        "His solicitor, Declan Furey, said his client had been “in a very bad place” following "
        "the death of his father last year.\n\n"
        "Judge Orla Considine said it was “sheer luck” that nobody had been killed. “You drove "
        "past a school, a church and a row of houses at a speed that gave nobody any chance to "
        "get out of your way,” she told Mulrooney.\n\n"
        "She also disqualified him from driving for six years. The sentence will be backdated to "
        "September, when he was first taken into custody.",
        [
            (
                I,
                [
                    "the defendant's car had been clocked at 112km/h in a 50km/h zone outside the "
                    "national school, shortly after 11pm"
                ],
                "Niamh Rafferty",
            ),
            (P, ["in a very bad place"], "Declan Furey"),
            (P, ["sheer luck"], "Orla Considine"),
            (
                D,
                [
                    "You drove past a school, a church and a row of houses at a speed that gave "
                    "nobody any chance to get out of your way"
                ],
                "Orla Considine",
            ),
        ],
    ),
    (  # 3 Australian flood: straight quotes, "Cr Dunstan said", "According to X, …"
        "Residents of Coorabin are counting the cost after the Merridale River peaked at 11.4 "
        "metres overnight on Thursday, inundating more than 60 homes in the town's low-lying "
        "eastern streets.\n\n"
        'Warrinup Shire mayor Kerry Dunstan said the water had come up "faster than anyone had '
        'predicted".\n\n'
        '"We had people on their roofs at two in the morning waiting for boats," Cr Dunstan '
        'said. "Some of them have lost everything for the second time in three years."\n\n'
        "An evacuation centre at the Coorabin showgrounds housed about 140 people on Thursday "
        "night. Dairy farms along Ridge Road were cut off for two days, and several farmers lost "
        "stock.\n\n"
        "According to the Merridale Catchment Authority, the river is expected to fall below the "
        "moderate flood level by Sunday. Clean-up crews and volunteers have begun clearing mud "
        "from homes in Wattle Street and Bridge Street.",
        [
            (P, ["faster than anyone had predicted"], "Kerry Dunstan"),
            (
                D,
                ["We had people on their roofs at two in the morning waiting for boats"],
                "Kerry Dunstan",
            ),
            (
                D,
                ["Some of them have lost everything for the second time in three years."],
                "Kerry Dunstan",
            ),
            (
                I,
                ["the river is expected to fall below the moderate flood level by Sunday"],
                "Merridale Catchment Authority",
            ),
        ],
    ),
    (  # 4 Canadian junior hockey: club as speaker, “ ”, "said team president X"
        "The Prairie Hollow Hawks announced Monday that they will play their remaining home "
        "games of the season at the Lindvale Community Centre after a refrigeration failure at "
        "the Gordon Pyle Memorial Arena.\n\n"
        "The junior A club has 14 home dates left, the first of them against the Moose Bend "
        "Miners on Friday night.\n\n"
        "“It's a 40-minute bus ride for our fans, and we know that's a big ask in January,” said "
        "team president Carol Widdowson. The club will run a free shuttle bus from the Main "
        "Street lot for every game, and season-ticket holders will keep their seats.\n\n"
        "Town recreation director Luc Beaudry said the compressor, installed in 1994, would cost "
        "about $280,000 to replace. A new unit is not expected before spring, and minor hockey "
        "and figure skating have been moved to the outdoor rink behind the school.",
        [
            (
                I,
                [
                    "they will play their remaining home games of the season at the Lindvale "
                    "Community Centre after a refrigeration failure at the Gordon Pyle Memorial "
                    "Arena"
                ],
                "Prairie Hollow Hawks",
            ),
            (
                D,
                ["It's a 40-minute bus ride for our fans, and we know that's a big ask in January"],
                "Carol Widdowson",
            ),
            (
                I,
                ["the compressor, installed in 1994, would cost about $280,000 to replace"],
                "Luc Beaudry",
            ),
        ],
    ),
    (  # 5 maternity unit: spokeswoman for the trust, partial inside reported speech, MP
        "A midwife-led maternity unit at Eastbridge General Hospital will stop delivering babies "
        "overnight from next month because of a shortage of staff.\n\n"
        'A spokeswoman for Eastbridge and Wyre Hospitals Trust said the change was "temporary" '
        "and would be reviewed in March. Expectant mothers going into labour between 8pm and 8am "
        "will instead be directed to Wyrebrook, 26 miles away.\n\n"
        "\"I'm due in February and I don't drive,\" said Hannah Sorensen, 29, from Millbeck. "
        '"If it happens at night, what am I supposed to do, call a taxi?"\n\n'
        "Local MP Rupert Kingsley-Hale said he had written to the health secretary to demand a "
        "timetable for reopening.\n\n"
        "The unit delivered 1,150 babies last year. Nine of its 31 midwife posts are currently "
        "vacant, and agency staff have covered most night shifts since the summer.",
        [
            (P, ["temporary"], "Eastbridge and Wyre Hospitals Trust"),
            (D, ["I'm due in February and I don't drive"], "Hannah Sorensen"),
            (
                D,
                ["If it happens at night, what am I supposed to do, call a taxi?"],
                "Hannah Sorensen",
            ),
            (
                I,
                ["he had written to the health secretary to demand a timetable for reopening"],
                "Rupert Kingsley-Hale",
            ),
        ],
    ),
    (  # 6 police appeal, hit-and-run: straight quotes, "X, of Y Police, said:"
        "Police are appealing for witnesses after a cyclist was seriously injured in a "
        "hit-and-run on the B4172 near Upper Stanbridge on Saturday evening.\n\n"
        "The 52-year-old man was found in a ditch by a passing motorist shortly after 7pm and "
        "taken to Harcourt Royal Infirmary, where he remains in a critical condition.\n\n"
        'Detective Sergeant Imran Chaudry, of Wessmoor Police, said: "The driver will know they '
        "hit something. I would urge them to do the right thing and come forward before we come "
        'to them."\n\n'
        "Officers are particularly keen to hear from anyone with dashcam footage of the road "
        "between 6.30pm and 7.15pm. The vehicle, possibly a dark-coloured van, is likely to have "
        "damage to its nearside wing and mirror.\n\n"
        "Anyone with information can call 101, quoting incident 0417, or report it online.",
        [
            (
                D,
                [
                    "The driver will know they hit something. I would urge them to do the right "
                    "thing and come forward before we come to them."
                ],
                "Imran Chaudry",
            ),
        ],
    ),
    (  # 7 village pub closes: “ ”, "she said." between two quotes
        "The Drover's Rest, which has stood on the square in Kilcarrig for 170 years, will pour "
        "its last pint on Sunday night.\n\n"
        "Owner Bernie Colgan, whose grandfather bought the pub in 1951, blamed rising energy "
        "bills and a steady fall in evening trade since the bypass opened four years ago.\n\n"
        "“People think a pub closes because nobody goes to it,” she said. “We're busy every "
        "Friday and Saturday. It's the Tuesdays that kill you.”\n\n"
        "Her electricity bill for the last quarter came to €6,800, more than double what it was "
        "in 2021. The building has been sold to a local family, who plan to convert the upstairs "
        "rooms into apartments.\n\n"
        "A farewell session with traditional musicians from across the county is planned for "
        "Sunday afternoon, and regulars have been invited to bring photographs for a display on "
        "the wall of the snug.",
        [
            (D, ["People think a pub closes because nobody goes to it"], "Bernie Colgan"),
            (
                D,
                ["We're busy every Friday and Saturday. It's the Tuesdays that kill you."],
                "Bernie Colgan",
            ),
        ],
    ),
    (  # 8 hail-damaged school: straight quotes, one quote split by a comma incise; office
        "Students at Yallambee Primary School will learn in demountable classrooms until at "
        "least the middle of next year after a hailstorm tore through the town on Sunday "
        "afternoon.\n\n"
        '"The hail was the size of golf balls," principal Fiona Gattenby said, "and it came '
        'through the roof like it was paper."\n\n'
        "Six classrooms, the library and the staff room were flooded, and much of the artwork "
        "the children had produced this year was destroyed.\n\n"
        "A spokesman for the Western Districts Education Office said the demountables would be "
        "on site within a fortnight. Until then, the school's 210 students will share the "
        "community hall and the church hall across the road.\n\n"
        "Repairs to the main building, which dates from 1962, are expected to cost about $1.8 "
        "million. Parents have organised a working bee for Saturday to salvage books and "
        "furniture.",
        [
            (
                D,
                [
                    "The hail was the size of golf balls",
                    "and it came through the roof like it was paper.",
                ],
                "Fiona Gattenby",
            ),
            (
                I,
                ["the demountables would be on site within a fortnight"],
                "Western Districts Education Office",
            ),
        ],
    ),
    (  # 9 Gaelic football final: “ ”, colon after a non-speech frame, captain by surname
        "Ballinmore Gaels are county junior football champions for the first time since 1988 "
        "after a 1-14 to 0-12 win over St Fintan's at O'Dowd Park on Sunday.\n\n"
        "Two late points from captain Ciarán Tierney sealed the victory in front of a crowd of "
        "almost 3,000, many of whom had travelled from the village in a convoy of tractors and "
        "buses.\n\n"
        "Manager Paddy Gorman was emotional afterwards: “There are men in that dressing room "
        "whose fathers played in '88. This is for every one of them, and for everyone who kept "
        "this club going when we couldn't field a team.”\n\n"
        "Tierney, who was named man of the match, said the team would “enjoy tonight” before "
        "turning its attention to the provincial championship in January.\n\n"
        "St Fintan's led by three points at half-time but failed to score in the last 19 "
        "minutes.",
        [
            (
                D,
                [
                    "There are men in that dressing room whose fathers played in '88. This is for "
                    "every one of them, and for everyone who kept this club going when we "
                    "couldn't field a team."
                ],
                "Paddy Gorman",
            ),
            (P, ["enjoy tonight"], "Ciarán Tierney"),
        ],
    ),
    (  # 10 winter carnival: straight quotes, speaker after the cue with role, two quotes
        "Organizers of the Pinecrest Winter Carnival are pressing ahead with this year's ice "
        "sculpture competition despite a stretch of unusually mild weather.\n\n"
        "\"We've moved the carving tents into the shade behind the arena and we're bringing in "
        'ice by truck from Lac Verdier," festival director Anne-Marie Gosselin said Wednesday. '
        '"If we have to, we\'ll carve at night."\n\n'
        "Temperatures have hovered above freezing for most of the past ten days, and the outdoor "
        "skating loop on the river remains closed. Twelve teams have registered for the "
        "competition, which begins on January 23.\n\n"
        "The carnival, now in its 42nd year, draws about 25,000 visitors and is the town's "
        "biggest event of the winter. Its snowshoe race and pancake breakfast have already been "
        "moved indoors.",
        [
            (
                D,
                [
                    "We've moved the carving tents into the shade behind the arena and we're "
                    "bringing in ice by truck from Lac Verdier"
                ],
                "Anne-Marie Gosselin",
            ),
            (D, ["If we have to, we'll carve at night."], "Anne-Marie Gosselin"),
        ],
    ),
    (  # 11 wind farm objections: “ ”, farmer named then "he said", council spokesperson
        "Plans for a 14-turbine wind farm on Slievecarra mountain have drawn more than 900 "
        "objections, the highest number ever lodged against a single planning application in "
        "County Ardlough.\n\n"
        "The developer, Carrowglen Renewables, has applied for permission to build turbines up "
        "to 180 metres tall on forestry land above the villages of Drumlish Bridge and "
        "Corrabeg.\n\n"
        "Sheep farmer Michael Hanratty, whose land borders the site, is among the objectors. "
        "“I'm not against wind energy. I'm against 180-metre turbines 600 metres from my kitchen "
        "window,” he said.\n\n"
        "A spokesperson for Ardlough County Council said: “All submissions will be considered in "
        "full, and a decision is expected by the end of February.”\n\n"
        "A public meeting organised by residents will take place in Corrabeg community hall on "
        "Thursday evening.",
        [
            (
                D,
                [
                    "I'm not against wind energy. I'm against 180-metre turbines 600 metres from my "
                    "kitchen window"
                ],
                "Michael Hanratty",
            ),
            (
                D,
                [
                    "All submissions will be considered in full, and a decision is expected by "
                    "the end of February."
                ],
                "Ardlough County Council",
            ),
        ],
    ),
    (  # 12 lifeboat rescue: straight quotes, one quote over two paragraphs
        "Two fishermen were rescued off Carrick Head on Tuesday night after their boat lost "
        "power and drifted towards rocks in a heavy swell.\n\n"
        "Volunteers from Portmellan lifeboat station reached the nine-metre crabber within 25 "
        "minutes of the alarm being raised at 9.40pm and towed it back to harbour.\n\n"
        'Coxswain Gareth Pengelly said: "The sea was breaking right over the rocks and we had '
        "only a few minutes before she would have been holed. The crew did a brilliant job "
        "getting a tow line across in those conditions.\n\n"
        '"The two men were cold and shaken but unhurt, and they had their lifejackets on, which '
        'is exactly what we want to see."\n\n'
        "Both men were checked by paramedics on the quay. It was the station's 38th call-out of "
        "the year, its busiest since 2015.",
        [
            (
                D,
                [
                    "The sea was breaking right over the rocks and we had only a few minutes "
                    "before she would have been holed. The crew did a brilliant job getting a "
                    "tow line across in those conditions.",
                    "The two men were cold and shaken but unhurt, and they had their lifejackets "
                    "on, which is exactly what we want to see.",
                ],
                "Gareth Pengelly",
            ),
        ],
    ),
    (  # 13 rural school closure vote: straight quotes, "board chair X said after the vote"
        "The Red Pine District School Board voted 7-4 on Tuesday night to close Alder Creek "
        "Elementary at the end of the school year, ending more than a century of classes in the "
        "hamlet.\n\n"
        '"These are not easy decisions, and nobody at this table wanted to make this one," '
        "board chair Linda Okafor said after the vote.\n\n"
        "Enrolment at the school has fallen to 48 students, in a building designed for 220. Its "
        "pupils will be bused to Millstone Public School, 19 kilometres away, from September.\n\n"
        "More than 150 parents and residents packed the meeting room, and several wept as the "
        "result was read out. A group of families has begun raising money to take over the "
        "building as a community centre.\n\n"
        "The closure is expected to save the board about $640,000 a year in maintenance and "
        "staffing costs.",
        [
            (
                D,
                ["These are not easy decisions, and nobody at this table wanted to make this one"],
                "Linda Okafor",
            ),
        ],
    ),
    (  # 14 drought harvest: “ ”, "said X, who …", "Mr Henderson", partial after "described it as"
        "Grain growers around Birchup are facing their smallest harvest in a decade after the "
        "driest winter on record, with some paddocks not worth stripping at all.\n\n"
        "“I've got 1,200 hectares of wheat out there and I'll be lucky to get a third of a "
        "normal crop off it,” said Col Henderson, who farms 20 kilometres north of town.\n\n"
        "Mr Henderson has already sold half of his flock to cut feed costs, and his son has taken "
        "a job at the mine in Carlow Springs for the summer.\n\n"
        "Rural financial counsellor Deb Kowalczyk described it as “the third tough year in a "
        "row” for many families in the district. Her service has taken on 35 new clients since "
        "August.\n\n"
        "The local grain receival site, which handled 410,000 tonnes last season, will open for "
        "only three days a week this harvest.",
        [
            (
                D,
                [
                    "I've got 1,200 hectares of wheat out there and I'll be lucky to get a third "
                    "of a normal crop off it"
                ],
                "Col Henderson",
            ),
            (P, ["the third tough year in a row"], "Deb Kowalczyk"),
        ],
    ),
    (  # 15 landslip: “ ”, resident named then "she said." between two quotes
        "Residents of eight homes in Cwm Tarren were evacuated on Friday after a landslip above "
        "the village brought mud, rocks and trees down onto the main road.\n\n"
        "Elin Rowlands, 67, was woken by the noise at about 5am. “It sounded like a lorry "
        "tipping a load of stones outside the bedroom window,” she said. “By the time I got "
        "downstairs, the mud was up to the front step.”\n\n"
        "Engineers from Glaslyn Valley Council are assessing the slope, and the road through the "
        "village is expected to remain closed for at least a week. Several days of heavy rain "
        "had fallen on already saturated ground.\n\n"
        "Families have been offered rooms at a hotel in the nearby town of Penrhosfa, and a "
        "temporary footpath has been opened so that children can reach the primary school.",
        [
            (
                D,
                ["It sounded like a lorry tipping a load of stones outside the bedroom window"],
                "Elin Rowlands",
            ),
            (
                D,
                ["By the time I got downstairs, the mud was up to the front step."],
                "Elin Rowlands",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout29.jsonl"),
        "heldout29",
        "h29",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
