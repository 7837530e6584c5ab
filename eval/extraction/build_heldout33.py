"""Source of the thirty-third held-out set: writes heldout33.jsonl (split "heldout33").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented.
The texts are meant to read like the sport and culture pages of L'Équipe, Ouest-France, Le
Monde, The Guardian, The Irish Times and the Sydney Morning Herald (post-match reactions,
transfers, concerts, films, exhibitions, theatre and author interviews).
Measured once before (extractor 0.3.0) and once after extractors 0.16.0 and 0.17.0
(docs/EXTRACTION.md); not read when 0.17.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout33.py
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
    (  # 1 football draw: coach after the quote, "le buteur" + colon, partial
        "Kerlouan — L'Olympique de Kerlouan a arraché le match nul (2-2) samedi soir face au "
        "FC Saint-Arvel, grâce à une tête de Maxence Le Bihan dans le temps additionnel, au "
        "terme d'une rencontre longtemps dominée par les visiteurs.\n\n"
        "«\u00a0On a été mauvais pendant une heure, il n'y a pas d'autre mot. Mais ce groupe ne "
        "lâche jamais\u00a0», a reconnu l'entraîneur kerlouanais, Gwenaël Tanguy, en conférence "
        "de presse.\n\n"
        "Entré en jeu à la 75e minute, le buteur savourait\u00a0: «\u00a0Quand le ballon est "
        "entré, je n'ai plus rien entendu. Je crois que j'ai couru jusqu'au poteau de corner "
        "sans savoir pourquoi.\u00a0»\n\n"
        "En face, l'entraîneur de Saint-Arvel, Rodolphe Vasquez-Ménard, a estimé que ses "
        "joueurs avaient «\u00a0manqué de méchanceté\u00a0» pour tuer le match. Son défenseur "
        "central, Ibrahima Toungara-Lopes, sorti sur blessure peu avant l'heure de jeu, "
        "passera des examens lundi.\n\n"
        "Kerlouan reste quinzième du classement avec 14 points, à deux longueurs de la zone "
        "de relégation. Le club se déplace à Montérel vendredi.",
        [
            (
                D,
                [
                    "On a été mauvais pendant une heure, il n'y a pas d'autre mot. Mais ce "
                    "groupe ne lâche jamais"
                ],
                "Gwenaël Tanguy",
            ),
            (
                D,
                [
                    "Quand le ballon est entré, je n'ai plus rien entendu. Je crois que j'ai "
                    "couru jusqu'au poteau de corner sans savoir pourquoi."
                ],
                "Maxence Le Bihan",
            ),
            (P, ["manqué de méchanceté"], "Rodolphe Vasquez-Ménard"),
        ],
    ),
    (  # 2 transfer: club statement (indirect), player's farewell after a colon
        "Le milieu de terrain Anthony Berthaud, 22 ans, quitte le Racing Club de Vérenne pour "
        "rejoindre le club anglais de Harwick Albion, qui a déboursé 18 millions d'euros, "
        "bonus compris. Il s'agit du transfert le plus élevé de l'histoire du club normand.\n\n"
        "Dans un communiqué publié lundi soir, le Racing Club de Vérenne a précisé que 15 % de "
        "la somme reviendrait à l'US Pontillac, le club formateur du joueur.\n\n"
        "Arrivé à Vérenne à 16 ans, Berthaud a disputé 94 matchs sous le maillot rouge et "
        "blanc. Il s'est adressé aux supporteurs sur les réseaux sociaux : « Je suis arrivé "
        "ici gamin, avec un sac de sport et beaucoup de rêves. Je pars avec des amis pour la "
        "vie. Merci pour tout, et à bientôt au stade. »\n\n"
        "Le joueur doit passer sa visite médicale mercredi et signer un contrat de cinq ans. "
        "Vérenne, dixième du championnat, n'a pas encore trouvé de remplaçant.",
        [
            (
                I,
                ["15 % de la somme reviendrait à l'US Pontillac, le club formateur du joueur"],
                "Racing Club de Vérenne",
            ),
            (
                D,
                [
                    "Je suis arrivé ici gamin, avec un sac de sport et beaucoup de rêves. Je "
                    "pars avec des amis pour la vie. Merci pour tout, et à bientôt au stade."
                ],
                "Anthony Berthaud",
            ),
        ],
    ),
    (  # 3 singer portrait: "raconte la chanteuse", "Selon elle", "poursuit-elle" then a new quote
        "Dans sa loge de la Halle Saint-Rémy, à Lorvaux, quelques heures avant le premier de "
        "ses trois concerts complets, Jeanne Valory-Sicre feuillette un carnet couvert de "
        "ratures. Son quatrième album, Les Heures creuses, sorti en septembre, s'est déjà "
        "écoulé à 85 000 exemplaires.\n\n"
        "«\u202fJ'ai écrit ces chansons la nuit, pendant une année où je ne dormais plus. Je ne "
        "savais pas si elles étaient bonnes, je savais seulement qu'elles étaient "
        "vraies\u202f», raconte la chanteuse de 34 ans.\n\n"
        "Selon elle, le disque a failli ne jamais sortir, sa maison de disques le jugeant trop "
        "sombre pour les radios.\n\n"
        "«\u202fOn m'a demandé d'ajouter deux titres plus dansants. J'ai dit non\u202f», "
        "poursuit-elle. «\u202fC'est peut-être la seule fois de ma vie où j'ai su dire "
        "non.\u202f»\n\n"
        "Sur scène, accompagnée de quatre musiciens, elle alterne piano et guitare pendant "
        "près de deux heures, sans rappel. La tournée passera par 31 villes jusqu'en mai.",
        [
            (
                D,
                [
                    "J'ai écrit ces chansons la nuit, pendant une année où je ne dormais plus. "
                    "Je ne savais pas si elles étaient bonnes, je savais seulement qu'elles "
                    "étaient vraies"
                ],
                "Jeanne Valory-Sicre",
            ),
            (
                I,
                [
                    "le disque a failli ne jamais sortir, sa maison de disques le jugeant trop "
                    "sombre pour les radios"
                ],
                "Jeanne Valory-Sicre",
            ),
            (
                D,
                ["On m'a demandé d'ajouter deux titres plus dansants. J'ai dit non"],
                "Jeanne Valory-Sicre",
            ),
            (
                D,
                ["C'est peut-être la seule fois de ma vie où j'ai su dire non."],
                "Jeanne Valory-Sicre",
            ),
        ],
    ),
    (  # 4 cycling: no spaces inside « », "-t-il", surname then partial
        "Plouzévet — Le Breton Yann Kerhervé (Armor-Littoral) a remporté dimanche le Grand "
        "Prix de Plouzévet, devant le Belge Jens Van Roosbeke et le Normand Hugo Lemarchand, "
        "au terme de 178 kilomètres disputés sous une pluie battante.\n\n"
        "Kerhervé a attaqué seul à douze kilomètres de l'arrivée, dans la côte de Kergoff, et "
        "n'a plus jamais été revu. «Je connais chaque trou de cette route, je m'entraîne ici "
        "depuis que j'ai 14 ans. Aujourd'hui, j'étais chez moi», a-t-il lancé sur la ligne, "
        "encore essoufflé.\n\n"
        "Van Roosbeke, lui, regrettait d'avoir «trop attendu» dans le final, alors qu'il "
        "comptait deux coéquipiers dans le groupe de chasse.\n\n"
        "Cent douze coureurs avaient pris le départ, 61 ont terminé l'épreuve. La course, qui "
        "fêtera l'an prochain sa cinquantième édition, ouvre traditionnellement la saison "
        "régionale.",
        [
            (
                D,
                [
                    "Je connais chaque trou de cette route, je m'entraîne ici depuis que j'ai 14 "
                    "ans. Aujourd'hui, j'étais chez moi"
                ],
                "Yann Kerhervé",
            ),
            (P, ["trop attendu"], "Jens Van Roosbeke"),
        ],
    ),
    (  # 5 film festival: “ ” with an incise splitting the quote, jury president partial
        "Les Enfants du sel, premier long-métrage de la réalisatrice Maud Achterberg, a reçu "
        "samedi soir le Grand Prix du Festival du premier film de Saint-Brével, devant une "
        "salle restée debout près de cinq minutes.\n\n"
        "“Ce film, a-t-elle déclaré en recevant le trophée, je l'ai porté pendant sept ans. "
        "Il appartient désormais aux paludiers de l'île de Morlanne, qui m'ont ouvert leurs "
        "maisons.”\n\n"
        "Tourné avec des acteurs non professionnels, le film suit une famille de récoltants de "
        "sel menacée par la montée des eaux. Le président du jury, l'acteur Bernard "
        "Quélennec, a salué “un premier film d'une maturité rare, qui ne cède jamais au "
        "pittoresque”.\n\n"
        "Le distributeur, Films du Ressac, a annoncé une sortie en salles le 4 mars prochain. "
        "Le prix du public est revenu à Trois Hivers, de Julien Moreau-Duc.",
        [
            (
                D,
                [
                    "Ce film",
                    "je l'ai porté pendant sept ans. Il appartient désormais aux paludiers de "
                    "l'île de Morlanne, qui m'ont ouvert leurs maisons.",
                ],
                "Maud Achterberg",
            ),
            (
                P,
                ["un premier film d'une maturité rare, qui ne cède jamais au pittoresque"],
                "Bernard Quélennec",
            ),
        ],
    ),
    (  # 6 rugby: captain + colon, manager's noun-object criticism then "Il a annoncé que"
        "Montbrac — Il a fallu attendre la 79e minute et une pénalité de Julien Espitalier, "
        "tirée de près de 45 mètres, pour voir l'US Montbrac s'imposer (23-21) face au CA "
        "Lérins, samedi, au stade Marcel-Dubreuil.\n\n"
        "Le capitaine montbracois, Thibault Larrieu-Casset, ne cachait pas son "
        "soulagement\u00a0: «\u00a0On a joué avec la peur de perdre pendant quatre-vingts "
        "minutes. Ça ne peut pas durer comme ça jusqu'en juin.\u00a0»\n\n"
        "Côté lérinois, le manager Christophe Baradat a longuement critiqué l'arbitrage en "
        "mêlée fermée. Il a annoncé que le club adresserait un courrier à la commission des "
        "arbitres dès lundi.\n\n"
        "Avec cette troisième victoire consécutive à domicile, Montbrac remonte à la sixième "
        "place. Lérins, qui n'a plus gagné depuis le 12 octobre, glisse au onzième rang.",
        [
            (
                D,
                [
                    "On a joué avec la peur de perdre pendant quatre-vingts minutes. Ça ne peut "
                    "pas durer comme ça jusqu'en juin."
                ],
                "Thibault Larrieu-Casset",
            ),
            (
                I,
                ["le club adresserait un courrier à la commission des arbitres dès lundi"],
                "Christophe Baradat",
            ),
        ],
    ),
    (  # 7 exhibition: curator after the quote, "D'après elle", quote over two paragraphs
        "Le musée des Beaux-Arts de Corvenne consacre, jusqu'au 15 mars, une rétrospective à "
        "Adèle Farjon (1871-1938), peintre longtemps oubliée dont 112 œuvres sont réunies "
        "pour la première fois.\n\n"
        "« Elle a exposé aux côtés des plus grands, puis elle a disparu des livres d'histoire "
        "de l'art. Ce n'est pas un accident », affirme la commissaire de l'exposition, Hélène "
        "Borderie-Vasseur.\n\n"
        "D'après elle, cet effacement tient autant au marché de l'art de l'entre-deux-guerres "
        "qu'aux critiques de l'époque, qui ne prenaient pas au sérieux les paysages peints "
        "par une femme.\n\n"
        "« Quand nous avons commencé nos recherches, nous connaissions une vingtaine de "
        "tableaux. Des familles nous ont ensuite appelés de partout, certaines avaient une "
        "Farjon au-dessus du buffet sans le savoir.\n\n"
        "« Il a fallu tout authentifier, tout restaurer. Trois ans de travail », "
        "poursuit-elle.\n\n"
        "Le parcours s'achève sur les grandes marines des années 1920, prêtées pour moitié "
        "par des collectionneurs privés.",
        [
            (
                D,
                [
                    "Elle a exposé aux côtés des plus grands, puis elle a disparu des livres "
                    "d'histoire de l'art. Ce n'est pas un accident"
                ],
                "Hélène Borderie-Vasseur",
            ),
            (
                I,
                [
                    "cet effacement tient autant au marché de l'art de l'entre-deux-guerres "
                    "qu'aux critiques de l'époque, qui ne prenaient pas au sérieux les paysages "
                    "peints par une femme"
                ],
                "Hélène Borderie-Vasseur",
            ),
            (
                D,
                [
                    "Quand nous avons commencé nos recherches, nous connaissions une vingtaine "
                    "de tableaux. Des familles nous ont ensuite appelés de partout, certaines "
                    "avaient une Farjon au-dessus du buffet sans le savoir.",
                    "Il a fallu tout authentifier, tout restaurer. Trois ans de travail",
                ],
                "Hélène Borderie-Vasseur",
            ),
        ],
    ),
    (  # 8 tennis: surname after the cue, "a expliqué qu'il", coach after a colon
        "Le Français Arthur Delmotte a été éliminé mardi au deuxième tour du tournoi de "
        "Valdoria par l'Argentin Tomás Irigoyen-Paz (6-4, 3-6, 7-6), au terme d'un match de "
        "2 h 51 min.\n\n"
        "«\u202fJ'ai eu deux balles de match et je les ai jouées comme un gamin de 12 ans. "
        "C'est ça qui me reste en travers de la gorge\u202f», a lâché Delmotte, 23 ans, en "
        "conférence de presse.\n\n"
        "Le joueur, qui revient d'une blessure au poignet droit, a expliqué qu'il avait "
        "ressenti des douleurs au début du troisième set. Il n'a pas voulu en faire une "
        "excuse.\n\n"
        "Son entraîneur, Sébastien Rouvière, préférait relativiser\u202f: «\u202fIl y a six "
        "mois, il ne pouvait plus tenir une raquette. Ce soir, il a poussé un top 20 "
        "jusqu'au tie-break.\u202f»\n\n"
        "Delmotte, 54e mondial, doit disputer la semaine prochaine le tournoi de Castelbrune, "
        "où il avait atteint les demi-finales l'an dernier.",
        [
            (
                D,
                [
                    "J'ai eu deux balles de match et je les ai jouées comme un gamin de 12 ans. "
                    "C'est ça qui me reste en travers de la gorge"
                ],
                "Arthur Delmotte",
            ),
            (
                I,
                ["il avait ressenti des douleurs au début du troisième set"],
                "Arthur Delmotte",
            ),
            (
                D,
                [
                    "Il y a six mois, il ne pouvait plus tenir une raquette. Ce soir, il a "
                    "poussé un top 20 jusqu'au tie-break."
                ],
                "Sébastien Rouvière",
            ),
        ],
    ),
    (  # 9 women's basketball: "a soufflé la meneuse X", "estime-t-elle" incise inside « »
        "Pornel — Les basketteuses de l'Union Pornel Basket ont enfin décroché samedi leur "
        "première victoire de la saison, face à l'AS Montclar (71-64), après sept défaites "
        "consécutives.\n\n"
        "« Enfin ! On en avait besoin, pour la tête surtout », a soufflé la meneuse Clémence "
        "Abgrall, auteure de 19 points et 8 passes décisives.\n\n"
        "Pourquoi cela a-t-il tourné ce soir ? « On a arrêté de douter, tout simplement, "
        "estime-t-elle, et les tirs qu'on ratait en octobre, on les a mis. »\n\n"
        "Arrivée de Lanvern cet été, Abgrall a inscrit à elle seule onze points dans le "
        "dernier quart-temps, dont deux paniers à trois points dans la dernière minute.\n\n"
        "L'intérieure américaine Kiara Holloway, blessée à la cheville, a suivi la rencontre "
        "depuis le banc et devrait manquer encore trois semaines. Pornel se rend samedi "
        "prochain à Vasseuil, autre mal classé du championnat.",
        [
            (D, ["Enfin ! On en avait besoin, pour la tête surtout"], "Clémence Abgrall"),
            (
                D,
                [
                    "On a arrêté de douter, tout simplement",
                    "et les tirs qu'on ratait en octobre, on les a mis.",
                ],
                "Clémence Abgrall",
            ),
        ],
    ),
    (  # 10 author interview: "dit-il", "Selon lui", "poursuit-il"
        "Il a mis neuf ans à écrire La Maison des Tilleuls, un roman de 640 pages qui suit "
        "trois générations d'une famille de tanneurs dans le Haut-Vernois. À 58 ans, Étienne "
        "Marsollier figure sur la première sélection du prix Delorme, qui sera décerné le "
        "2 décembre.\n\n"
        "«\u00a0Je pensais écrire un livre court. Les personnages ont refusé\u00a0», dit-il en "
        "riant, attablé dans un café près de la gare de Vernes.\n\n"
        "Ancien professeur de lettres, l'auteur n'a rien publié avant 50 ans. Selon lui, ces "
        "années d'enseignement lui ont surtout appris à se méfier des phrases trop belles.\n\n"
        "«\u00a0On corrige des copies pendant trente ans, on finit par repérer tout de suite "
        "ce qui sonne faux. Chez les autres, et chez soi\u00a0», poursuit-il.\n\n"
        "Son éditrice, aux éditions du Quai Vert, revendique déjà 30 000 exemplaires vendus, "
        "et les droits de traduction ont été cédés dans six pays.",
        [
            (
                D,
                ["Je pensais écrire un livre court. Les personnages ont refusé"],
                "Étienne Marsollier",
            ),
            (
                I,
                [
                    "ces années d'enseignement lui ont surtout appris à se méfier des phrases "
                    "trop belles"
                ],
                "Étienne Marsollier",
            ),
            (
                D,
                [
                    "On corrige des copies pendant trente ans, on finit par repérer tout de "
                    "suite ce qui sonne faux. Chez les autres, et chez soi"
                ],
                "Étienne Marsollier",
            ),
        ],
    ),
    (  # 11 festival cancelled: organisation speaker, "son directeur, X", mayor's partial
        "Le festival Les Nuits de Kervarec a annoncé lundi que son édition 2027 n'aurait pas "
        "lieu, après un déficit de 640 000 euros l'été dernier.\n\n"
        "«\u202fC'est un crève-cœur. Nous avons tout essayé, mais les cachets des artistes "
        "ont doublé en cinq ans et les subventions, elles, n'ont pas bougé\u202f», a expliqué "
        "son directeur, Alain Prigent, dans un communiqué.\n\n"
        "La maire de Kervarec, Sophie Le Meur-Daniel, a regretté «\u202fune très mauvaise "
        "nouvelle pour les commerçants et les hôteliers\u202f», qui réalisaient pendant le "
        "festival une part importante de leur chiffre d'affaires.\n\n"
        "Créé en 1998 dans une prairie au bord de la Kerlenn, le festival avait accueilli "
        "52 000 spectateurs en quatre jours l'été dernier. Ses organisateurs n'excluent pas "
        "un retour en 2028, sous une forme plus modeste.",
        [
            (
                I,
                [
                    "son édition 2027 n'aurait pas lieu, après un déficit de 640 000 euros l'été dernier"
                ],
                "Les Nuits de Kervarec",
            ),
            (
                D,
                [
                    "C'est un crève-cœur. Nous avons tout essayé, mais les cachets des artistes "
                    "ont doublé en cinq ans et les subventions, elles, n'ont pas bougé"
                ],
                "Alain Prigent",
            ),
            (
                P,
                ["une très mauvaise nouvelle pour les commerçants et les hôteliers"],
                "Sophie Le Meur-Daniel",
            ),
        ],
    ),
    (  # 12 marathon: "a déclaré la lauréate", organisers as indirect speaker
        "Valbourg — La Kényane Mercy Jepkorir Oduya a remporté dimanche le marathon de "
        "Valbourg en 2 h 19 min 42 s, nouveau record de l'épreuve, devant l'Éthiopienne "
        "Tigist Alemu-Bekele et la Française Laure Cassagne.\n\n"
        "«\u00a0Je n'avais jamais couru aussi vite, et pourtant j'avais l'impression de me "
        "promener. Le public m'a portée jusqu'au bout\u00a0», a déclaré la lauréate, 27 ans, "
        "qui ne disputait que son deuxième marathon.\n\n"
        "Chez les hommes, la victoire est revenue à l'Éthiopien Dawit Tesfaye-Gebre en "
        "2 h 06 min 11 s. Les organisateurs ont indiqué que 31 500 coureurs avaient pris le "
        "départ, un record de participation.\n\n"
        "La course, disputée sous un ciel dégagé et par 9 degrés, n'a été marquée par aucun "
        "incident majeur.",
        [
            (
                D,
                [
                    "Je n'avais jamais couru aussi vite, et pourtant j'avais l'impression de me "
                    "promener. Le public m'a portée jusqu'au bout"
                ],
                "Mercy Jepkorir Oduya",
            ),
            (
                I,
                ["31 500 coureurs avaient pris le départ, un record de participation"],
                "organisateurs",
            ),
        ],
    ),
    (  # 13 theatre: “ ”, "confie la comédienne", partial in reported speech, "Mme Thébault"
        "À 71 ans, Ophélie Narbonne remonte sur scène pour la première fois depuis quinze ans, "
        "dans La Nuit de Solange, la pièce de Mathieu Crozet-Laval mise en scène par Inès "
        "Thébault, à l'affiche du Théâtre des Carmes de Vérlac jusqu'au 20 décembre.\n\n"
        "“J'avais juré que c'était fini. Et puis Inès m'a envoyé le texte, un dimanche, et je "
        "l'ai lu deux fois dans la journée”, confie la comédienne.\n\n"
        "La metteuse en scène explique qu'elle n'avait “personne d'autre” en tête pour le rôle "
        "de cette veuve qui refuse de quitter sa maison.\n\n"
        "“Elle a cette façon de se taire sur un plateau que plus personne n'a. Les jeunes "
        "comédiens de la troupe viennent la regarder depuis la coulisse”, poursuit Mme "
        "Thébault.\n\n"
        "Les représentations affichent complet jusqu'à la fin du mois, et une tournée est "
        "envisagée au printemps.",
        [
            (
                D,
                [
                    "J'avais juré que c'était fini. Et puis Inès m'a envoyé le texte, un "
                    "dimanche, et je l'ai lu deux fois dans la journée"
                ],
                "Ophélie Narbonne",
            ),
            (P, ["personne d'autre"], "Inès Thébault"),
            (
                D,
                [
                    "Elle a cette façon de se taire sur un plateau que plus personne n'a. Les "
                    "jeunes comédiens de la troupe viennent la regarder depuis la coulisse"
                ],
                "Inès Thébault",
            ),
        ],
    ),
    (  # 14 coach sacked: noun object not annotated, "le club a indiqué", "s'est dit", -t-il
        "Le FC Varennes-sur-Loue a annoncé mardi le limogeage de son entraîneur, Patrice "
        "Dumoulin, en poste depuis quatre saisons, au lendemain d'une défaite à domicile face "
        "à Saint-Gildran (0-3).\n\n"
        "Dans un communiqué, le club a indiqué que l'intérim serait assuré par l'entraîneur "
        "adjoint, Samir Haddouche, jusqu'à la trêve hivernale.\n\n"
        "Joint par téléphone, Patrice Dumoulin s'est dit «\u00a0surpris par la méthode, pas "
        "par la décision\u00a0». «\u00a0J'ai appris mon départ par un message vocal du "
        "directeur sportif. Après quatre saisons, je pensais mériter mieux\u00a0», a-t-il "
        "ajouté.\n\n"
        "Varennes, dix-septième du classement, n'a gagné qu'un seul de ses dix derniers "
        "matchs. Ancien milieu de terrain du club, Dumoulin l'avait fait remonter en 2023 "
        "avant de le maintenir deux saisons de suite. Le club reçoit Lanvaux samedi.",
        [
            (
                I,
                [
                    "l'intérim serait assuré par l'entraîneur adjoint, Samir Haddouche, jusqu'à "
                    "la trêve hivernale"
                ],
                "FC Varennes-sur-Loue",
            ),
            (P, ["surpris par la méthode, pas par la décision"], "Patrice Dumoulin"),
            (
                D,
                [
                    "J'ai appris mon départ par un message vocal du directeur sportif. Après "
                    "quatre saisons, je pensais mériter mieux"
                ],
                "Patrice Dumoulin",
            ),
        ],
    ),
    (  # 15 sailing: quote standing as its own paragraph, "Son routeur à terre, X, a expliqué que"
        "Port-Laurent — Le skipper breton Erwan Le Floch a remporté dans la nuit de jeudi à "
        "vendredi la Transat des Alizés en monocoque, après 12 jours, 4 heures et 37 minutes "
        "de course, à bord de Breizh Énergie.\n\n"
        "Sur le ponton, sous les projecteurs, le marin de 41 ans avait du mal à trouver ses "
        "mots.\n\n"
        "«J'ai cassé mon pilote automatique le cinquième jour. Depuis, j'ai barré presque "
        "tout le temps, en dormant par tranches de vingt minutes. Je ne sais même plus quel "
        "jour on est.»\n\n"
        "Son routeur à terre, Benoît Caradec, a expliqué que le skipper avait choisi une route "
        "beaucoup plus au sud que ses concurrents pour éviter une zone sans vent.\n\n"
        "Arrivé six heures plus tard, Thomas Guillou-Ferré a pris la deuxième place. "
        "Dix-neuf bateaux sont encore en mer.",
        [
            (
                D,
                [
                    "J'ai cassé mon pilote automatique le cinquième jour. Depuis, j'ai barré "
                    "presque tout le temps, en dormant par tranches de vingt minutes. Je ne sais "
                    "même plus quel jour on est."
                ],
                "Erwan Le Floch",
            ),
            (
                I,
                [
                    "le skipper avait choisi une route beaucoup plus au sud que ses concurrents "
                    "pour éviter une zone sans vent"
                ],
                "Benoît Caradec",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 football: "insisted" without that, manager later by role, "confirmed that"
        "Millbrook City moved into the top four with a third straight away win, but their "
        "manager, Declan Forsythe, insisted nobody at the club was looking at the table. Two "
        "goals in four second-half minutes from Tomi Adeyemi-Clarke turned a scrappy "
        "afternoon at Ashworth Rovers into a 3-1 victory.\n\n"
        "Jordan Pell had given Rovers a deserved lead before the break, and Millbrook's "
        "goalkeeper, Luca Ferrante, made three fine saves to keep the deficit at one.\n\n"
        "“We're not stupid. It's November, and November doesn't win you anything,” the "
        "Millbrook manager said.\n\n"
        "Adeyemi-Clarke, 20, had not scored in the league since August. “I've been sleeping "
        "badly, to be honest. The gaffer just kept telling me the goals would come, and I "
        "kept not believing him,” he said.\n\n"
        "Ashworth's manager, Phil Radcliffe, confirmed that the goalkeeper Sam Okafor-Wyatt "
        "would miss at least a month with a hamstring injury sustained in the warm-up. Rovers, "
        "who have won once since September, sit 17th.",
        [
            (I, ["nobody at the club was looking at the table"], "Declan Forsythe"),
            (
                D,
                ["We're not stupid. It's November, and November doesn't win you anything"],
                "Declan Forsythe",
            ),
            (
                D,
                [
                    "I've been sleeping badly, to be honest. The gaffer just kept telling me the "
                    "goals would come, and I kept not believing him"
                ],
                "Tomi Adeyemi-Clarke",
            ),
            (
                I,
                [
                    "the goalkeeper Sam Okafor-Wyatt would miss at least a month with a "
                    "hamstring injury sustained in the warm-up"
                ],
                "Phil Radcliffe",
            ),
        ],
    ),
    (  # 2 transfer: straight quotes, "A," X told. "B." = two quotes; partial after "described"
        "Kingsley Park Rangers have signed the Danish striker Mads Holmgaard from FC Vestby "
        "for a club-record £24m, ending a pursuit that began in the summer transfer window.\n\n"
        "The 24-year-old, who scored 19 goals in all competitions last season, has signed a "
        "five-year contract and could make his debut against Hallam on Saturday.\n\n"
        '"I spoke to the manager three times before I decided, and every time he talked about '
        'the same things: pressing, running, winning the ball back," Holmgaard told the '
        "club's website. \"That's the football I want to play.\"\n\n"
        "Rangers' chief executive, Hannah Greaves, described the deal as \"a statement of where "
        'this club wants to be". The fee will be paid in three instalments, with a further £3m '
        "in add-ons linked to appearances and European qualification.\n\n"
        "Holmgaard is the club's fourth signing of the season, after the arrivals of the "
        "defenders Callum Reid and Jonas Eklund in July.",
        [
            (
                D,
                [
                    "I spoke to the manager three times before I decided, and every time he "
                    "talked about the same things: pressing, running, winning the ball back"
                ],
                "Mads Holmgaard",
            ),
            (D, ["That's the football I want to play."], "Mads Holmgaard"),
            (P, ["a statement of where this club wants to be"], "Hannah Greaves"),
        ],
    ),
    (  # 3 author interview: present tense "she says", "says her mother", "she went on"
        "Orla Fitzmaurice wrote most of her third novel, The Salt Road, in the front seat of a "
        "parked car outside her mother's nursing home in Kilbarran, in the hour before "
        "visiting time.\n\n"
        "“It was the only hour of the day that was mine,” she says, stirring a coffee she "
        "will not drink.\n\n"
        "The book follows two sisters who stop speaking for 30 years after their father's "
        "funeral, and has been longlisted for the Brannock Prize for Irish Fiction. "
        "Fitzmaurice, who is 47 and taught music for two decades before she published "
        "anything, says her mother never knew she was writing it.\n\n"
        "“She'd have wanted to read it, and she'd have found herself in it. Every character "
        "in the book is a little bit of her, even the ones I don't like,” she went on.\n\n"
        "Her mother died in May, a fortnight before Fitzmaurice delivered the final draft to "
        "her publisher, Hazelwood Press. The novel has sold 14,000 copies in Ireland since "
        "September.",
        [
            (D, ["It was the only hour of the day that was mine"], "Orla Fitzmaurice"),
            (I, ["her mother never knew she was writing it"], "Orla Fitzmaurice"),
            (
                D,
                [
                    "She'd have wanted to read it, and she'd have found herself in it. Every "
                    "character in the book is a little bit of her, even the ones I don't like"
                ],
                "Orla Fitzmaurice",
            ),
        ],
    ),
    (  # 4 cricket: surname after the quote, partial after "described", "was blunt:"
        "Fast bowler Lachlan Pryce took 7-41 as Eastern Suburbs crushed Harbourside by an "
        "innings and 37 runs at Wilmot Oval on Sunday, wrapping up victory before tea on the "
        "third day.\n\n"
        "Pryce, who was left out of the state squad in October, bowled unchanged for 19 overs "
        "after lunch, taking five wickets for 11 runs in one spell.\n\n"
        "\"I just tried to hit the same spot over and over. It's not glamorous, but on a pitch "
        'like that it works," Pryce said.\n\n'
        'Eastern Suburbs captain Mitchell Barwick described the 26-year-old as "the most '
        'underrated bowler in the country", and the state selectors were at the ground for the '
        "second day running.\n\n"
        "Harbourside coach Dean Whitfield was blunt: \"We were beaten by a better side. There's "
        "no hiding from that, and there's no point pretending the pitch did it.\"\n\n"
        "The win moves Eastern Suburbs to the top of the table, two points clear of Kurrawong.",
        [
            (
                D,
                [
                    "I just tried to hit the same spot over and over. It's not glamorous, but on "
                    "a pitch like that it works"
                ],
                "Lachlan Pryce",
            ),
            (P, ["the most underrated bowler in the country"], "Mitchell Barwick"),
            (
                D,
                [
                    "We were beaten by a better side. There's no hiding from that, and there's "
                    "no point pretending the pitch did it."
                ],
                "Dean Whitfield",
            ),
        ],
    ),
    (  # 5 tour cancelled: "A spokesperson for the band" -> the band, singer's video
        "The indie band Glasshouse Saints have cancelled the remaining 11 dates of their UK "
        "tour after the singer Caitlin Mercer was admitted to hospital in Hallbridge with a "
        "throat infection on Monday night.\n\n"
        "A spokesperson for the band said Mercer was “recovering well” but had been told by "
        "doctors to rest her voice for at least six weeks. Ticket holders will be refunded "
        "automatically.\n\n"
        "The four-piece, whose second album, Paper Lanterns, reached No 3 in the charts in "
        "October, had been due to play two sold-out nights at the Corn Exchange in Wexley "
        "this weekend.\n\n"
        "In a video posted on social media on Tuesday, a visibly tired Mercer apologised to "
        "fans. “I hate letting people down more than anything. We'll be back, I promise, and "
        "we'll be louder than ever,” she said.\n\n"
        "Rescheduled dates are expected early in the new year.",
        [
            (P, ["recovering well"], "Glasshouse Saints"),
            (
                D,
                [
                    "I hate letting people down more than anything. We'll be back, I promise, "
                    "and we'll be louder than ever"
                ],
                "Caitlin Mercer",
            ),
        ],
    ),
    (  # 6 hurling: inverted "said the Ballymarra manager, X", "he said" after a quote
        "Ballymarra are provincial club hurling champions for the first time after a 2-17 to "
        "1-15 victory over Castlefinn at Tullagh Park on Sunday, a win built on a second-half "
        "display from full-forward Conor Hennessy-Byrne, who finished with 1-6.\n\n"
        '"There were lads out there today who were playing junior B five years ago. Nobody '
        "gave us a chance in this province, and I'd say they still don't,\" said the "
        "Ballymarra manager, Seán Ó Dálaigh.\n\n"
        "Hennessy-Byrne dedicated the win to the club's former chairman, Tom Keogh, who died "
        "in March. \"Tom drove half of us to training when we were under-12s. This one's for "
        'his family," he said.\n\n'
        "Castlefinn, who had led by four points at half-time, lost their captain, Eoin "
        "Madigan, to a second yellow card ten minutes after the restart. Their manager, "
        "Brendan Mulqueen, declined to speak to reporters.\n\n"
        "Ballymarra will face the winners of the eastern championship in the semi-final in "
        "January.",
        [
            (
                D,
                [
                    "There were lads out there today who were playing junior B five years ago. "
                    "Nobody gave us a chance in this province, and I'd say they still don't"
                ],
                "Seán Ó Dálaigh",
            ),
            (
                D,
                [
                    "Tom drove half of us to training when we were under-12s. This one's for "
                    "his family"
                ],
                "Conor Hennessy-Byrne",
            ),
        ],
    ),
    (  # 7 film prize: "said the film had", two quotes around "she said, holding…", partial
        "Priya Ramanathan-Hale's debut feature, Dry Season, won the top prize at the Kestrel "
        "Bay Film Festival on Saturday night, capping a remarkable year for a film shot in 24 "
        "days on a budget of $1.8 million.\n\n"
        "Ramanathan-Hale, who grew up on a sheep property near Coolabin, said the film had "
        "taken eight years to finance.\n\n"
        "“Every funding body in the country said no at least once,” she said, holding the "
        "award above her head. “Some of them said no three times. I'd like to thank them, "
        "because every no made the script better.”\n\n"
        "The jury president, the actor Graham Tolhurst, called Dry Season “quietly "
        "devastating” and singled out the performance of its 14-year-old lead, Matilda "
        "Crewe.\n\n"
        "The film opens in cinemas nationally on February 12.",
        [
            (I, ["the film had taken eight years to finance"], "Priya Ramanathan-Hale"),
            (
                D,
                ["Every funding body in the country said no at least once"],
                "Priya Ramanathan-Hale",
            ),
            (
                D,
                [
                    "Some of them said no three times. I'd like to thank them, because every no "
                    "made the script better."
                ],
                "Priya Ramanathan-Hale",
            ),
            (P, ["quietly devastating"], "Graham Tolhurst"),
        ],
    ),
    (  # 8 athletics: quote standing as its own paragraph, coach's partial in reported speech
        "Ellie Marchbank broke the British indoor 800m record on Saturday night, clocking "
        "1min 57.83sec at the Arden Indoor Arena to take four-tenths of a second off a mark "
        "that had stood since 2009.\n\n"
        "The 22-year-old, who was coached by her father until last year, led from the bell and "
        "held off the Irish champion, Aoife Brennan-Kerr, down the home straight. Afterwards "
        "she looked almost embarrassed by the fuss.\n\n"
        "\"I didn't see the clock until the last bend. I thought it said 1:58-something and I "
        'was a bit annoyed with myself, honestly. Then everyone started screaming."\n\n'
        'Her coach, Rob Ellingham, said the record had been "coming for months".\n\n'
        "Marchbank is expected to be selected for the European Indoor Championships in March, "
        "where she will be among the favourites.",
        [
            (
                D,
                [
                    "I didn't see the clock until the last bend. I thought it said 1:58-something "
                    "and I was a bit annoyed with myself, honestly. Then everyone started "
                    "screaming."
                ],
                "Ellie Marchbank",
            ),
            (P, ["coming for months"], "Rob Ellingham"),
        ],
    ),
    (  # 9 photography exhibition: "The gallery said", "Dr X said:" + colon
        "The Hartigan Gallery in Dunmore will next month show 60 previously unseen photographs "
        "by Maeve Costigan, whose pictures of Carrigmore's fishing families in the 1950s were "
        "found in a biscuit tin in an attic last year.\n\n"
        "The gallery said the negatives, more than 1,400 in all, had been donated by "
        "Costigan's grand-nephew and would be fully digitised by 2028.\n\n"
        "Costigan, who died in 1994, worked as a school secretary for most of her life and is "
        "not known to have sold a single print.\n\n"
        "The exhibition's curator, Dr Fiona Lenihan, said: “What strikes you is the trust. "
        "These are people who had never been photographed in their lives, and they look "
        "straight at her, as if she were a neighbour who happened to have a camera.”\n\n"
        "The exhibition runs from January 9th to April 26th, and admission is free.",
        [
            (
                I,
                [
                    "the negatives, more than 1,400 in all, had been donated by Costigan's "
                    "grand-nephew and would be fully digitised by 2028"
                ],
                "Hartigan Gallery",
            ),
            (
                D,
                [
                    "What strikes you is the trust. These are people who had never been "
                    "photographed in their lives, and they look straight at her, as if she were "
                    "a neighbour who happened to have a camera."
                ],
                "Fiona Lenihan",
            ),
        ],
    ),
    (  # 10 rugby league: "says" without "that", quote over two paragraphs, halfback "he said"
        "Western Falcons coach Ray Dunphy says Friday night's 40-12 loss to Northport was the "
        "worst performance of his four years at the club.\n\n"
        "“I'm embarrassed, and the players should be too. We missed 41 tackles. You can't miss "
        "41 tackles in this competition and expect to still be in the game at half-time.\n\n"
        "“I'll be looking at everything this week, including myself,” Dunphy said.\n\n"
        "The Falcons, who reached the preliminary final last year, have lost five of their "
        "past six matches and sit 13th.\n\n"
        "Halfback Jordan Tavita-Reeves, who was sin-binned for a professional foul in the "
        "22nd minute, fronted the media alongside his coach. “That's on me. I let the boys "
        "down and I'll cop whatever comes,” he said.\n\n"
        "Northport host the Falcons again in round 19.",
        [
            (
                I,
                [
                    "Friday night's 40-12 loss to Northport was the worst performance of his "
                    "four years at the club"
                ],
                "Ray Dunphy",
            ),
            (
                D,
                [
                    "I'm embarrassed, and the players should be too. We missed 41 tackles. You "
                    "can't miss 41 tackles in this competition and expect to still be in the "
                    "game at half-time.",
                    "I'll be looking at everything this week, including myself",
                ],
                "Ray Dunphy",
            ),
            (
                D,
                ["That's on me. I let the boys down and I'll cop whatever comes"],
                "Jordan Tavita-Reeves",
            ),
        ],
    ),
    (  # 11 golf: straight quotes, "A," said X. "B." = two quotes
        "Callum Rennie-Watt won the Carnmore Classic by two shots on Sunday, closing with a "
        "five-under 67 to overhaul the overnight leader, Tyler Brandt, and collect the biggest "
        "cheque of his career, £612,000.\n\n"
        "The 31-year-old Scot had finished runner-up at Carnmore in 2023 and 2025. \"I've "
        'finished second here twice, and both times I drove home feeling sick," said '
        'Rennie-Watt. "This time I might actually enjoy the drive."\n\n'
        "Brandt, who led by three after 54 holes, dropped four shots in five holes from the "
        "11th and signed for a 73. The American was the first to congratulate the winner on "
        "the 18th green.\n\n"
        "Rennie-Watt's victory lifts him to 38th in the world rankings and secures his place "
        "in the season-ending Tour Championship in Valmora next month.",
        [
            (
                D,
                ["I've finished second here twice, and both times I drove home feeling sick"],
                "Callum Rennie-Watt",
            ),
            (D, ["This time I might actually enjoy the drive."], "Callum Rennie-Watt"),
        ],
    ),
    (  # 12 concert hall: "The council said", conductor named with apposition, "she said"
        "Dunmore City Council has approved €2.4 million in funding for the restoration of the "
        "Assembly Rooms, the 19th-century concert hall that has been closed since part of its "
        "ceiling collapsed in 2023.\n\n"
        "The council said work would begin in February and the hall was expected to reopen in "
        "time for the 2028 Dunmore Festival of Music.\n\n"
        "The conductor Niamh Doherty-Sheehan, whose Dunmore Chamber Orchestra has been "
        "performing in a converted church since the closure, welcomed the decision. “We've "
        "been playing in a building where the heating works on Tuesdays and the piano gets "
        "tuned on Thursdays. Our audiences have been incredibly patient, and they deserve a "
        "proper hall,” she said.\n\n"
        "The restoration will include a new roof, improved acoustics and step-free access to "
        "the balcony. The total cost is estimated at €3.1 million, with the remainder to come "
        "from a national heritage fund.",
        [
            (
                I,
                [
                    "work would begin in February and the hall was expected to reopen in time "
                    "for the 2028 Dunmore Festival of Music"
                ],
                "Dunmore City Council",
            ),
            (
                D,
                [
                    "We've been playing in a building where the heating works on Tuesdays and "
                    "the piano gets tuned on Thursdays. Our audiences have been incredibly "
                    "patient, and they deserve a proper hall"
                ],
                "Niamh Doherty-Sheehan",
            ),
        ],
    ),
    (  # 13 swimming: colon quote after a narrative clause, coach's indirect
        "Relay gold medallist Jess Kowalczyk-Barnes has withdrawn from next month's national "
        "short-course championships in Port Alder with a shoulder injury.\n\n"
        "The 25-year-old, who won four national titles last year, broke the news on social "
        'media on Wednesday: "Gutted. My shoulder has been talking to me for a while and I '
        "finally listened. I'll be back stronger for the trials.\"\n\n"
        "Her coach, Warren Pettigrew, said the injury was not serious and surgery had been "
        "ruled out. Kowalczyk-Barnes is expected to return to the water in the first week of "
        "January.\n\n"
        "Her withdrawal leaves the women's 100m freestyle without its defending champion and "
        "without the two fastest swimmers in the country this year, after Bree Lanigan pulled "
        "out last week with glandular fever. The championships begin on December 14 and double "
        "as the first selection event for next year's world titles.",
        [
            (
                D,
                [
                    "Gutted. My shoulder has been talking to me for a while and I finally "
                    "listened. I'll be back stronger for the trials."
                ],
                "Jess Kowalczyk-Barnes",
            ),
            (
                I,
                ["the injury was not serious and surgery had been ruled out"],
                "Warren Pettigrew",
            ),
        ],
    ),
    (  # 14 literary prize: quote split by "she said in her acceptance speech," ; partial
        "The Scottish novelist Isla Mackendrick has won the £30,000 Fenwick prize for fiction "
        "for Low Tide at Ardnish, a novel about a lighthouse keeper's widow that was turned "
        "down by nine publishers before a small press in Glenmorven took it on.\n\n"
        "Mackendrick, 63, a retired district nurse, is the oldest winner in the prize's "
        "22-year history.\n\n"
        "“I wrote this book for my grandmother,” she said in her acceptance speech on Tuesday "
        "night, “who left school at 13 and read every book in the Ardnish library twice.”\n\n"
        "The chair of judges, the critic Adrian Pemberton-Lowe, called it “a novel that knows "
        "exactly how much to leave unsaid”. Sales of the book have risen more than tenfold "
        "since it appeared on the shortlist in September, and its publisher, Tarn & Wells, is "
        "reprinting 40,000 copies.",
        [
            (
                D,
                [
                    "I wrote this book for my grandmother",
                    "who left school at 13 and read every book in the Ardnish library twice.",
                ],
                "Isla Mackendrick",
            ),
            (
                P,
                ["a novel that knows exactly how much to leave unsaid"],
                "Adrian Pemberton-Lowe",
            ),
        ],
    ),
    (  # 15 women's football signing: ", the club announced", "Coach X said:"
        "Eastbay United have signed New Zealand international striker Aroha Tane-Whitfield on "
        "a two-year deal, the club announced on Thursday, in a major boost to their hopes of "
        "a first national title.\n\n"
        "Tane-Whitfield, 27, scored 14 goals in 20 games for Westvale last season and has 38 "
        "caps for her country.\n\n"
        "Coach Karen Whitlock said: \"She's the player every defender in this league hates "
        'playing against. She never stops running, and she never stops talking."\n\n'
        "The striker will wear the No 9 shirt and is expected to be available for the "
        "round-seven clash with her former club. Eastbay, who lost last season's grand final "
        "on penalties, are third on the ladder, a point behind the leaders, Southern Cross. "
        "Tane-Whitfield is the third New Zealander in the squad, joining the defenders Mere "
        "Paora and Lucy Hartnell.",
        [
            (
                I,
                [
                    "Eastbay United have signed New Zealand international striker Aroha "
                    "Tane-Whitfield on a two-year deal"
                ],
                "Eastbay United",
            ),
            (
                D,
                [
                    "She's the player every defender in this league hates playing against. She "
                    "never stops running, and she never stops talking."
                ],
                "Karen Whitlock",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout33.jsonl"),
        "heldout33",
        "h33",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
