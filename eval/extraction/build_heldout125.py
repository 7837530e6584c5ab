"""Source of the 125th held-out set: writes heldout125.jsonl (split "heldout125").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like sports news: football, rugby, cycling, tennis, athletics, sailing and basketball;
post-match press conferences, transfers, contract extensions, injuries, doping cases, sackings,
referees and disciplinary panels, supporters' protests, with coaches, managers, players, club
presidents and chairmen, leagues, referees' chiefs and anti-doping bodies, clubs and teams
speaking as organisations, race organisers and unnamed fans quoted; speakers are referred back to by
surname, pronoun, role, position or nationality ("l'Argentin", "le demi de mêlée", "the
Dutchman", "the goalkeeper"), age epithets ("le trentenaire", "the 31-year-old"), and two
speakers of the same gender answer each other; some statements are sourced with "selon X" or
"according to X", some attributions trail the reported clause ("…, the club said").
Measured once with 0.3.0, 0.37.0 and 0.38.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout125.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-03"
Item = GoldItem

FR: list[Item] = [
    (  # 1 football post-match press conference: two-sentence direct with a colon inside +
        # "a reconnu l'Argentin" (nationality epithet), "le technicien a assuré qu'il" (role),
        # partial after "a évoqué" by "Son capitaine, le défenseur central Name", a quote split
        # by "a expliqué Name, l'entraîneur …," (one quote two spans, final period kept)
        "L'AS Montbrison-Forez a concédé dimanche sa quatrième défaite consécutive en "
        "championnat, battue 3-0 à domicile par le Racing Club de Saint-Aubert devant 6\u00a0200 "
        "spectateurs médusés. Pour Esteban Carrizo, l'entraîneur argentin de l'ASM, la soirée a "
        "viré au cauchemar.\n\n"
        "«\u00a0Nous avons manqué de tout ce soir\u00a0: d'intensité, de courage, d'idées. Je "
        "suis le premier responsable\u00a0», a reconnu l'Argentin en conférence de presse. "
        "Interrogé sur son avenir, le technicien a assuré qu'il ne démissionnerait pas.\n\n"
        "Son capitaine, le défenseur central Jordan Méliès, a évoqué un vestiaire «\u00a0touché "
        "dans son orgueil\u00a0». Les joueurs ont été longuement sifflés à leur retour au "
        "vestiaire.\n\n"
        "En face, on savourait. «\u00a0On a été patients, a expliqué Franck Delaunoy, "
        "l'entraîneur saint-aubertin, et on a puni chacune de leurs erreurs.\u00a0» Le Racing "
        "remonte à la quatrième place.",
        [
            (
                D,
                [
                    "Nous avons manqué de tout ce soir\u00a0: d'intensité, de courage, d'idées. "
                    "Je suis le premier responsable"
                ],
                "Esteban Carrizo",
            ),
            (I, ["il ne démissionnerait pas"], "Esteban Carrizo"),
            (P, ["touché dans son orgueil"], "Jordan Méliès"),
            (
                D,
                ["On a été patients", "et on a puni chacune de leurs erreurs."],
                "Franck Delaunoy",
            ),
        ],
    ),
    (  # 2 rugby fly-half injured: "Le club basque a annoncé … que" (the club speaking as an
        # organisation, referred back by a generic noun), "…, selon le club." (the part
        # before), two-sentence direct + "a réagi le manager, Name, qui …", partial after "Le
        # demi d'ouverture a promis … de" (position epithet)
        "Coup dur pour le Stade olympique de Bayonnac. Le club basque a annoncé lundi que son "
        "demi d'ouverture, Mathis Larralde, souffrait d'une rupture du ligament croisé antérieur "
        "du genou gauche, contractée samedi face à l'Union Cerdagne. Le joueur de 24 ans, "
        "meilleur réalisateur du championnat, sera absent au moins six mois, selon le club.\n\n"
        "«\u00a0C'est un coup dur, on ne va pas se mentir. Mais ce groupe a de la "
        "ressource\u00a0», a réagi le manager, Pierre-Henri Etcheverry, qui devrait confier les "
        "clés du jeu au jeune Ethan Bidart, 19 ans.\n\n"
        "Le demi d'ouverture a promis sur les réseaux sociaux de «\u00a0revenir plus "
        "fort\u00a0». Le Stade olympique recevra le leader, Montauban-Quercy, samedi.",
        [
            (
                I,
                [
                    "son demi d'ouverture, Mathis Larralde, souffrait d'une rupture du ligament "
                    "croisé antérieur du genou gauche, contractée samedi face à l'Union Cerdagne"
                ],
                "Stade olympique de Bayonnac",
            ),
            (
                I,
                [
                    "Le joueur de 24 ans, meilleur réalisateur du championnat, sera absent au "
                    "moins six mois"
                ],
                "Stade olympique de Bayonnac",
            ),
            (
                D,
                ["C'est un coup dur, on ne va pas se mentir. Mais ce groupe a de la ressource"],
                "Pierre-Henri Etcheverry",
            ),
            (P, ["revenir plus fort"], "Mathis Larralde"),
        ],
    ),
    (  # 3 cycling doping case: "L'Agence Name (ACRONYM) a annoncé … que le grimpeur de 27
        # ans" (the agency speaking), an unclosed quotation mark ended by "a réagi le
        # Colombien" (nationality epithet), "a demandé l'analyse" (noun object, not
        # annotated), partial after "a dit" by "Son équipe, la formation Name," (generic noun
        # dropped)
        "Le cycliste colombien Julián Arbeláez Toro, vainqueur en août du Tour des "
        "Hautes-Vallées, a été suspendu à titre provisoire. L'Agence nationale antidopage "
        "(ANAD) a annoncé mardi que le grimpeur de 27 ans avait été contrôlé positif à l'EPO le "
        "14 juillet, au soir de l'étape reine.\n\n"
        "«\u00a0Je n'ai jamais rien pris de ma vie et je le prouverai, a réagi le Colombien dans "
        "une vidéo publiée sur les réseaux sociaux. Il y apparaît la voix brisée, entouré de sa "
        "femme et de ses deux enfants.\n\n"
        "Son avocate, Me Laure Cassagne, a demandé l'analyse de l'échantillon B. Son équipe, la "
        "formation Vélocia-Durance, a dit «\u00a0prendre acte\u00a0» de la suspension et a "
        "retiré le coureur de son effectif jusqu'à nouvel ordre.",
        [
            (
                I,
                [
                    "le grimpeur de 27 ans avait été contrôlé positif à l'EPO le 14 juillet, au "
                    "soir de l'étape reine"
                ],
                "Agence nationale antidopage",
            ),
            (D, ["Je n'ai jamais rien pris de ma vie et je le prouverai"], "Julián Arbeláez Toro"),
            (P, ["prendre acte"], "Vélocia-Durance"),
        ],
    ),
    (  # 4 tennis quarter-final: a question quote (mark kept) + "a lancé le trentenaire" (age
        # epithet), "Il a indiqué qu'il" (pronoun), partial after "Le Norvégien, 22 ans, a
        # salué" (nationality epithet)
        "Clément Varenne n'ira pas plus loin. Le Nordiste s'est incliné vendredi en quarts de "
        "finale de l'Open de la Côte d'Opale face au Norvégien Henrik Søvold (6-4, 3-6, 7-6), "
        "au terme d'un combat de près de trois heures.\n\n"
        "À 31 ans, et malgré une saison perturbée par une blessure au dos, Varenne a balayé les "
        "questions sur une éventuelle retraite. «\u00a0J'ai encore envie, le corps suit, "
        "pourquoi arrêter\u00a0?\u00a0», a lancé le trentenaire, tout sourire. Il a indiqué "
        "qu'il disputerait l'intégralité de la saison sur gazon.\n\n"
        "Le Norvégien, 22 ans, a salué «\u00a0un adversaire qui ne lâche jamais rien\u00a0». Il "
        "affrontera samedi en demi-finale le tenant du titre, l'Espagnol Álvaro Cienfuegos.",
        [
            (
                D,
                ["J'ai encore envie, le corps suit, pourquoi arrêter\u00a0?"],
                "Clément Varenne",
            ),
            (I, ["il disputerait l'intégralité de la saison sur gazon"], "Clément Varenne"),
            (P, ["un adversaire qui ne lâche jamais rien"], "Henrik Søvold"),
        ],
    ),
    (  # 5 football transfer: two-sentence direct + "a justifié le président du club …, Name,",
        # partial inside an intention phrase "le Sénégalais a fait part de sa volonté de"
        # (nationality epithet, only the partial), "a remercié les supporters" (noun object,
        # not annotated)
        "C'est le plus gros transfert de l'histoire du FC Ardèche-Vivarais. L'attaquant "
        "sénégalais Ousmane Diagne-Fall, 22 ans, s'est engagé jeudi pour cinq saisons avec le "
        "club anglais de Wexley City, contre 38 millions d'euros hors bonus.\n\n"
        "«\u00a0Nous n'avions pas le choix. Une offre pareille, ça ne se refuse pas quand on a "
        "notre budget\u00a0», a justifié le président du club ardéchois, Gilbert Mourguès, lors "
        "d'une conférence de presse organisée dans l'urgence.\n\n"
        "Auteur de 19 buts la saison dernière, le Sénégalais a fait part de sa volonté de "
        "«\u00a0franchir un cap\u00a0» dans un championnat plus exigeant. Il a remercié les "
        "supporters dans une lettre ouverte.",
        [
            (
                D,
                [
                    "Nous n'avions pas le choix. Une offre pareille, ça ne se refuse pas quand on "
                    "a notre budget"
                ],
                "Gilbert Mourguès",
            ),
            (P, ["franchir un cap"], "Ousmane Diagne-Fall"),
        ],
    ),
    (  # 6 video-refereeing row, two men answering each other: two-sentence direct + "a
        # martelé son entraîneur, Name, qui a réclamé la publication …" (noun object, not
        # annotated), "Le responsable …, Name, lui a répondu … : « … »" (final period kept),
        # "Piquemal a aussitôt rétorqué qu'il" then "a-t-il ajouté" (pronoun for the coach,
        # not for the other man)
        "L'arbitrage vidéo est de nouveau au cœur d'une polémique. Battue 2-1 samedi à "
        "Chambéry-Savoie sur un penalty accordé à la 94e minute après visionnage des images, "
        "l'US Clamecy-Morvan crie au scandale.\n\n"
        "«\u00a0On nous a volé ce match. Je pèse mes mots\u00a0», a martelé son entraîneur, "
        "Laurent Piquemal, qui a réclamé la publication des échanges audio entre l'arbitre et "
        "l'assistant vidéo.\n\n"
        "Le responsable des arbitres de la Ligue, Thierry Gaubert, lui a répondu dès "
        "lundi\u00a0: «\u00a0L'arbitre a appliqué le règlement. Je comprends la frustration, pas "
        "les insultes.\u00a0»\n\n"
        "Piquemal a aussitôt rétorqué qu'il n'avait insulté personne. «\u00a0Qu'il me cite un "
        "seul mot\u00a0», a-t-il ajouté, avant de quitter la salle de presse.",
        [
            (D, ["On nous a volé ce match. Je pèse mes mots"], "Laurent Piquemal"),
            (
                D,
                [
                    "L'arbitre a appliqué le règlement. Je comprends la frustration, pas les "
                    "insultes."
                ],
                "Thierry Gaubert",
            ),
            (I, ["il n'avait insulté personne"], "Laurent Piquemal"),
            (D, ["Qu'il me cite un seul mot"], "Laurent Piquemal"),
        ],
    ),
    (  # 7 athletics national title, two women answering each other: direct + "a déclaré la
        # sprinteuse" (role, after "La Martiniquaise de 27 ans"), partial inside the reported
        # speech of "Son entraîneuse, Name, estime qu'elle peut" (only the partial), direct +
        # "a souri l'athlète" (role, not the coach just named)
        "Léa Dormoy-Sainte-Rose a survolé la finale du 100 m des championnats nationaux, "
        "dimanche à Montgeron-Val. La Martiniquaise de 27 ans s'est imposée en 11 s 02, "
        "meilleure performance européenne de l'année.\n\n"
        "«\u00a0Je suis venue chercher le chrono, pas seulement le titre\u00a0», a déclaré la "
        "sprinteuse au micro du stade.\n\n"
        "Son entraîneuse, Sylvie Arnoult, estime qu'elle peut «\u00a0descendre sous les onze "
        "secondes dès l'été prochain\u00a0». «\u00a0Sylvie voit toujours plus loin que "
        "moi\u00a0», a souri l'athlète un peu plus tard, en zone mixte.\n\n"
        "Derrière elle, la Bordelaise Maëlle Costes (11 s 31) a pris la deuxième place.",
        [
            (
                D,
                ["Je suis venue chercher le chrono, pas seulement le titre"],
                "Léa Dormoy-Sainte-Rose",
            ),
            (P, ["descendre sous les onze secondes dès l'été prochain"], "Sylvie Arnoult"),
            (D, ["Sylvie voit toujours plus loin que moi"], "Léa Dormoy-Sainte-Rose"),
        ],
    ),
    (  # 8 sailing, dismasted skipper: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "a raconté le navigateur de 44 ans" (age epithet), "La
        # direction de course a indiqué qu'il" (unnamed body), partial after "Son équipe, le
        # team Name, a qualifié l'avarie d'" (generic noun dropped)
        "Le rêve s'est brisé en pleine nuit. Le skipper finistérien Yann Kerbiriou, qui occupait "
        "la troisième place de la Transat des Alizés, a démâté mercredi à 600 milles au "
        "sud-ouest des Açores.\n\n"
        "«\u00a0J'ai entendu un grand craquement vers 3\u00a0heures du matin. Quand je suis "
        "sorti sur le pont, le mât était déjà dans l'eau.\n\n"
        "«\u00a0Je suis sain et sauf, c'est l'essentiel\u00a0», a raconté le navigateur de 44 "
        "ans lors d'une vacation radio avec son équipe.\n\n"
        "La direction de course a indiqué qu'il tentait de rejoindre les Açores sous gréement de "
        "fortune. Son équipe, le team Armor-Lin, a qualifié l'avarie d'«\u00a0incompréhensible"
        "\u00a0», le mât ayant été entièrement contrôlé avant le départ.",
        [
            (
                D,
                [
                    "J'ai entendu un grand craquement vers 3\u00a0heures du matin. Quand je suis "
                    "sorti sur le pont, le mât était déjà dans l'eau.",
                    "Je suis sain et sauf, c'est l'essentiel",
                ],
                "Yann Kerbiriou",
            ),
            (
                I,
                ["il tentait de rejoindre les Açores sous gréement de fortune"],
                "direction de course",
            ),
            (P, ["incompréhensible"], "Armor-Lin"),
        ],
    ),
    (  # 9 basketball point guard injured: "…, a précisé le club dans un communiqué lundi."
        # (trailing attribution, the part before, the club speaking as an organisation),
        # two-sentence direct + "a reconnu l'entraîneur, le Serbe Name, qui …"
        "La JA Sorel devra se passer de son meneur pendant au moins trois semaines. L'Américain "
        "Tyrell Haskins s'est tordu la cheville droite samedi soir lors de la victoire contre "
        "Mulhouse-Rhin (84-79), a précisé le club dans un communiqué lundi.\n\n"
        "«\u00a0Perdre Tyrell, c'est perdre notre cerveau. Mais on a déjà gagné sans "
        "lui\u00a0», a reconnu l'entraîneur, le Serbe Dragan Vukadinović, qui devra composer "
        "sans joker médical, faute de budget.\n\n"
        "Le meneur de 29 ans tournait à 17,4 points et 6,1 passes décisives par match.",
        [
            (
                I,
                [
                    "L'Américain Tyrell Haskins s'est tordu la cheville droite samedi soir lors de "
                    "la victoire contre Mulhouse-Rhin (84-79)"
                ],
                "JA Sorel",
            ),
            (
                D,
                ["Perdre Tyrell, c'est perdre notre cerveau. Mais on a déjà gagné sans lui"],
                "Dragan Vukadinović",
            ),
        ],
    ),
    (  # 10 no quote: rugby results, "a annoncé sa retraite" and "a demandé des explications"
        # (noun objects, not annotated)
        "Le Rugby Club de Vic-Armagnac a conservé la tête de la troisième division après sa "
        "victoire bonifiée (38-12) contre l'Avenir de Lourdan, samedi, devant 3\u00a0100 "
        "spectateurs. Les Gersois ont inscrit cinq essais, dont un doublé de leur ailier fidjien "
        "Semi Rokotuiveikau.\n\n"
        "Le deuxième-ligne Hugo Dartiguelongue, 35 ans, a annoncé sa retraite à l'issue de la "
        "saison. Le club de Lourdan a demandé des explications à la commission des arbitres sur "
        "le carton rouge infligé à son talonneur à la 52e minute.\n\n"
        "Prochaine journée le 13 décembre, avec un déplacement du leader à Oloron-Baïse.",
        [],
    ),
    (  # 11 stadium closure after pyrotechnics: "Le club a fait savoir qu'il" (the club as an
        # organisation), partial after "a dénoncé" by "Son président, Name,", direct + "peste
        # un abonné de la tribune nord, qui …" (unnamed)
        "La commission de discipline de la Ligue a frappé fort. Après l'utilisation massive "
        "d'engins pyrotechniques lors du derby contre l'AS Kerlouan, le 22 novembre, l'US "
        "Pontivy-Blavet disputera ses deux prochains matchs à domicile à huis clos.\n\n"
        "Le club a fait savoir qu'il ferait appel de la décision. Son président, Jean-Yves Le "
        "Bihan, a dénoncé «\u00a0une sanction collective qui punit des milliers de familles pour "
        "les fautes de quelques-uns\u00a0».\n\n"
        "Devant la billetterie, mardi, la colère était palpable. «\u00a0On paie pour trois "
        "fumigènes, c'est délirant\u00a0», peste un abonné de la tribune nord, qui suit le club "
        "depuis 1987.\n\n"
        "Les deux rencontres concernées doivent avoir lieu les 6 et 20 décembre.",
        [
            (I, ["il ferait appel de la décision"], "US Pontivy-Blavet"),
            (
                P,
                [
                    "une sanction collective qui punit des milliers de familles pour les fautes "
                    "de quelques-uns"
                ],
                "Jean-Yves Le Bihan",
            ),
            (D, ["On paie pour trois fumigènes, c'est délirant"], "abonné"),
        ],
    ),
    (  # 12 rugby contract extension: "L'USM Name a annoncé … avoir prolongé" (infinitive
        # clause, the club speaking), a quote split by "a expliqué le demi de mêlée lors d'un
        # point presse," (position epithet, one quote two spans, final period kept), "n'a pas
        # été communiqué" (not speech)
        "L'USM Salers a annoncé mardi avoir prolongé son demi de mêlée et capitaine, Baptiste "
        "Lafarge, jusqu'en juin 2030. Le Cantalien, formé au club, était courtisé par plusieurs "
        "formations de l'élite.\n\n"
        "«\u00a0Je n'ai jamais vraiment pensé partir, a expliqué le demi de mêlée lors d'un "
        "point presse, parce qu'ici, c'est chez moi et que le projet me parle.\u00a0»\n\n"
        "Le montant de la revalorisation n'a pas été communiqué.",
        [
            (
                I,
                [
                    "avoir prolongé son demi de mêlée et capitaine, Baptiste Lafarge, jusqu'en "
                    "juin 2030"
                ],
                "USM Salers",
            ),
            (
                D,
                [
                    "Je n'ai jamais vraiment pensé partir",
                    "parce qu'ici, c'est chez moi et que le projet me parle.",
                ],
                "Baptiste Lafarge",
            ),
        ],
    ),
    (  # 13 women's football, two women answering each other: "Selon le club hôte," (rest of
        # the sentence, the host club named before), two-sentence direct + "a regretté
        # l'entraîneuse caladoise, Name", "La capitaine …, la gardienne Name, lui a répondu
        # sèchement : « … »" (final period kept), partial inside "La gardienne de 33 ans a
        # ajouté qu'elle n'avait" (position and age epithet, only the partial)
        "Le choc au sommet de la première division féminine a accouché d'un 0-0 frustrant, "
        "dimanche, entre le FC Val-de-Saône et l'Olympique de Villefranche-Beaujolais. Selon le "
        "club hôte, 4\u00a0812 spectateurs avaient pris place dans les tribunes, un record pour "
        "une rencontre de championnat féminin dans la région.\n\n"
        "«\u00a0Elles ont joué la montre pendant quarante minutes. Ce n'est pas ma conception du "
        "football\u00a0», a regretté l'entraîneuse caladoise, Nathalie Guérin-Sabatier.\n\n"
        "La capitaine du Val-de-Saône, la gardienne Inès Belhadj, lui a répondu "
        "sèchement\u00a0: «\u00a0Qu'elle regarde les statistiques. On a eu deux fois plus "
        "d'occasions qu'elles.\u00a0» La gardienne de 33 ans a ajouté qu'elle n'avait "
        "«\u00a0jamais vu une équipe aussi mauvaise perdante\u00a0».\n\n"
        "Les deux équipes restent à égalité de points en tête du classement.",
        [
            (
                I,
                [
                    "4\u00a0812 spectateurs avaient pris place dans les tribunes, un record pour "
                    "une rencontre de championnat féminin dans la région"
                ],
                "FC Val-de-Saône",
            ),
            (
                D,
                [
                    "Elles ont joué la montre pendant quarante minutes. Ce n'est pas ma "
                    "conception du football"
                ],
                "Nathalie Guérin-Sabatier",
            ),
            (
                D,
                ["Qu'elle regarde les statistiques. On a eu deux fois plus d'occasions qu'elles."],
                "Inès Belhadj",
            ),
            (P, ["jamais vu une équipe aussi mauvaise perdante"], "Inès Belhadj"),
        ],
    ),
    (  # 14 cycling signing: "a confirmé … l'arrivée" (noun object, not annotated), "Selon le
        # quotidien néerlandais Name," (rest of the sentence, generic noun dropped), direct
        # with a colon inside + "s'est réjoui M. Surname", "Le Néerlandais, 26 ans, a
        # expliqué avoir choisi" (nationality epithet, infinitive clause)
        "L'équipe Ardennes-Cycles tient enfin son sprinteur. Son directeur sportif, Vincent "
        "Poulain, a confirmé mercredi l'arrivée du Néerlandais Joost van der Heijden, en "
        "provenance de la formation belge Kempenland Pro. Selon le quotidien néerlandais "
        "Wielerpost, son salaire avoisinerait 1,2 million d'euros par saison.\n\n"
        "«\u00a0Joost, c'est le chaînon manquant\u00a0: on avait le train, il nous manquait la "
        "locomotive\u00a0», s'est réjoui M.\u00a0Poulain.\n\n"
        "Le Néerlandais, 26 ans, a expliqué avoir choisi la formation française pour son "
        "programme centré sur les classiques flandriennes. Il a signé jusqu'en 2028.",
        [
            (I, ["son salaire avoisinerait 1,2 million d'euros par saison"], "Wielerpost"),
            (
                D,
                [
                    "Joost, c'est le chaînon manquant\u00a0: on avait le train, il nous manquait "
                    "la locomotive"
                ],
                "Vincent Poulain",
            ),
            (
                I,
                [
                    "avoir choisi la formation française pour son programme centré sur les "
                    "classiques flandriennes"
                ],
                "Joost van der Heijden",
            ),
        ],
    ),
    (  # 15 coach sacked: "L'Olympique de Name a annoncé … avoir mis fin" (infinitive clause),
        # two-sentence direct + "a justifié le club dans un communiqué" (the club speaking),
        # partial after "le quinquagénaire, ancien international, s'est dit" (age epithet)
        "L'Olympique de Saint-Maixent a annoncé lundi soir avoir mis fin au contrat de son "
        "entraîneur, Patrice Vigouroux, au lendemain d'une sixième défaite en sept matchs. "
        "L'équipe pointe à la dix-septième place du championnat.\n\n"
        "«\u00a0Les résultats ne correspondent pas aux objectifs fixés en début de saison. Un "
        "électrochoc était nécessaire\u00a0», a justifié le club dans un communiqué, sans "
        "dévoiler le nom du successeur.\n\n"
        "Joint par téléphone, le quinquagénaire, ancien international, s'est dit «\u00a0déçu, "
        "mais pas surpris\u00a0». L'intérim sera assuré par son adjoint, Mickaël Tessier.",
        [
            (
                I,
                [
                    "avoir mis fin au contrat de son entraîneur, Patrice Vigouroux, au lendemain "
                    "d'une sixième défaite en sept matchs"
                ],
                "Olympique de Saint-Maixent",
            ),
            (
                D,
                [
                    "Les résultats ne correspondent pas aux objectifs fixés en début de saison. "
                    "Un électrochoc était nécessaire"
                ],
                "Olympique de Saint-Maixent",
            ),
            (P, ["déçu, mais pas surpris"], "Patrice Vigouroux"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 football post-match, two men answering each other: partial after "manager Name
        # described the … pitch as", "The Dutchman, who …, said" (nationality epithet), direct
        # + "Surname said" by "His opposite number, Name", "He added that" (pronoun for the
        # second man, not the first)
        'Kingsbridge United manager Marten Hoogland described the Riverside Park pitch as "a '
        "disgrace\" after his side's 2-0 defeat at Wexcombe City on Saturday, which leaves them "
        "fourth from bottom of the table.\n\n"
        "The Dutchman, who took charge in August, said the club would write to the league about "
        "the state of the surface.\n\n"
        'His opposite number, Gary Pendleton, was unimpressed. "Marten should look at his own '
        'defending before he blames the grass," Pendleton said. He added that the pitch had '
        "passed a league inspection on Friday morning.\n\n"
        "Wexcombe climb to sixth.",
        [
            (P, ["a disgrace"], "Marten Hoogland"),
            (
                I,
                ["the club would write to the league about the state of the surface"],
                "Marten Hoogland",
            ),
            (
                D,
                ["Marten should look at his own defending before he blames the grass"],
                "Gary Pendleton",
            ),
            (
                I,
                ["the pitch had passed a league inspection on Friday morning"],
                "Gary Pendleton",
            ),
        ],
    ),
    (  # 2 rugby fly-half injured: "Name said on Tuesday that fly-half Name had" (the club
        # speaking), two-sentence direct + "said director of rugby Name, whose …", partial
        # inside "The 31-year-old, capped …, wrote … that he would" (age epithet, only the
        # partial)
        "Northbay Warriors said on Tuesday that fly-half Callum Reddaway had ruptured his "
        "Achilles tendon in training and would miss the rest of the season.\n\n"
        "\"It's brutal for Callum, who was playing the best rugby of his career. We'll wrap our "
        'arms around him," said director of rugby Siân Prothero, whose side sit second in the '
        "table.\n\n"
        'The 31-year-old, capped 42 times by Wales, wrote on social media that he would "be '
        'back for the World Cup". He is due to undergo surgery in Cardiff on Thursday.',
        [
            (
                I,
                [
                    "fly-half Callum Reddaway had ruptured his Achilles tendon in training and "
                    "would miss the rest of the season"
                ],
                "Northbay Warriors",
            ),
            (
                D,
                [
                    "It's brutal for Callum, who was playing the best rugby of his career. We'll "
                    "wrap our arms around him"
                ],
                "Siân Prothero",
            ),
            (P, ["be back for the World Cup"], "Callum Reddaway"),
        ],
    ),
    (  # 3 cycling doping case: "…, the Name said in a statement on Monday." (trailing
        # attribution, the part before), "…, according to the foundation, which …" (the part
        # before), a quote split by "the Belgian said in a statement released by his lawyer,"
        # (nationality epithet, one quote two spans, final period kept), "has requested an
        # analysis" (noun object, not annotated)
        "Belgian rider Pieter-Jan Moens has been provisionally suspended after testing positive "
        "for a banned blood booster, the Cycling Integrity Foundation said in a statement on "
        "Monday.\n\n"
        "The sample was taken at the Flanders Hills Classic on April 4, according to the "
        "foundation, which did not name the substance.\n\n"
        '"I have never cheated in my life," the Belgian said in a statement released by his '
        'lawyer, "and I will prove it." The 29-year-old has requested an analysis of his B '
        "sample. His team, Lowland-Proxis, has withdrawn him from all races.",
        [
            (
                I,
                [
                    "Belgian rider Pieter-Jan Moens has been provisionally suspended after "
                    "testing positive for a banned blood booster"
                ],
                "Cycling Integrity Foundation",
            ),
            (
                I,
                ["The sample was taken at the Flanders Hills Classic on April 4"],
                "Cycling Integrity Foundation",
            ),
            (
                D,
                ["I have never cheated in my life", "and I will prove it."],
                "Pieter-Jan Moens",
            ),
        ],
    ),
    (  # 4 tennis semi-final, two women answering each other: "accused … of gamesmanship"
        # (noun object, not annotated), two-sentence direct + "said Surname, 24, the world No
        # 3", direct + "Surname told reporters", "She said her physio had" (pronoun for the
        # second woman), partial inside "The Bulgarian later said … that she" (nationality
        # epithet, only the partial)
        "Bulgaria's Katya Marinova accused Dana Whitfield of gamesmanship after the American "
        "came from a set down to beat her 4-6 6-3 6-2 in the semi-finals of the Harbour City "
        "Open on Friday.\n\n"
        'Whitfield took a medical timeout for treatment on her right hip at 4-6 1-2. "She took '
        'a medical timeout when she was losing. Draw your own conclusions," said Marinova, 24, '
        "the world No 3.\n\n"
        '"I don\'t owe anyone an explanation about my body," Whitfield told reporters. She said '
        "her physio had treated a hip problem that had troubled her since the start of the "
        "clay-court season.\n\n"
        'The Bulgarian later said in a post on social media that she "regretted the tone" of '
        "her remarks, but not their substance.",
        [
            (
                D,
                ["She took a medical timeout when she was losing. Draw your own conclusions"],
                "Katya Marinova",
            ),
            (D, ["I don't owe anyone an explanation about my body"], "Dana Whitfield"),
            (
                I,
                [
                    "her physio had treated a hip problem that had troubled her since the start "
                    "of the clay-court season"
                ],
                "Dana Whitfield",
            ),
            (P, ["regretted the tone"], "Katya Marinova"),
        ],
    ),
    (  # 5 football transfer: "…, the club said on Thursday." (trailing attribution, the part
        # before, the club speaking), "…, according to his agent, Name." (the part before,
        # "The 23-year-old" age epithet in the clause), partial after "Rovers chairman Name
        # called the signing"
        "Ashworth Rovers have agreed a club-record £34m fee with Sporting Algarve for Brazilian "
        "striker Thiago Lemos Bastos, the club said on Thursday.\n\n"
        "The 23-year-old will sign a five-year contract once he has completed a medical, "
        "according to his agent, Marcelo Ruas.\n\n"
        'Rovers chairman Derek Haslam called the signing "a statement of intent" from a club '
        "that finished ninth in May. Lemos Bastos scored 21 goals in the Portuguese top flight "
        "last season.",
        [
            (
                I,
                [
                    "Ashworth Rovers have agreed a club-record £34m fee with Sporting Algarve for "
                    "Brazilian striker Thiago Lemos Bastos"
                ],
                "Ashworth Rovers",
            ),
            (
                I,
                ["The 23-year-old will sign a five-year contract once he has completed a medical"],
                "Marcelo Ruas",
            ),
            (P, ["a statement of intent"], "Derek Haslam"),
        ],
    ),
    (  # 6 manager fined: partial inside the reported speech of "The Name League said" (only
        # the partial, generic noun part of the name), two-sentence direct + "Surname said on
        # Friday"
        "Hollins Vale manager Steve Hallworth has been fined £8,000 and banned from the "
        "touchline for three matches for confronting the referee after last month's defeat at "
        "Brackley Park.\n\n"
        'The Southern Counties League said Hallworth had used "abusive and insulting language" '
        "towards the match officials in the tunnel.\n\n"
        '"I accept the fine. I don\'t accept that I was wrong," Hallworth said on Friday. The '
        "47-year-old has 14 days to appeal.",
        [
            (P, ["abusive and insulting language"], "Southern Counties League"),
            (D, ["I accept the fine. I don't accept that I was wrong"], "Steve Hallworth"),
        ],
    ),
    (  # 7 marathon: two-sentence direct + "the 38-year-old said through an interpreter" (age
        # epithet), "…, according to organisers." (the part before, unnamed plural)
        "Kenya's Daniel Kiprotich Rono won the Lakeshore Marathon on Sunday in 2hr 6min 41sec, "
        "breaking the course record by 48 seconds at the age of 38.\n\n"
        '"I ran for my daughter. She was born three weeks ago and I have not slept since," the '
        "38-year-old said through an interpreter, laughing.\n\n"
        "The temperature at the start was 4C, with a strong headwind along the lakefront for the "
        "final 10km, according to organisers. Britain's Tom Ashdown was the first European home, "
        "in ninth.",
        [
            (
                D,
                ["I ran for my daughter. She was born three weeks ago and I have not slept since"],
                "Daniel Kiprotich Rono",
            ),
            (
                I,
                [
                    "The temperature at the start was 4C, with a strong headwind along the "
                    "lakefront for the final 10km"
                ],
                "organisers",
            ),
        ],
    ),
    (  # 8 ocean race, broken rudder: "…, race organisers said on Wednesday." (trailing
        # attribution, the part before, unnamed plural), multi-sentence direct + "Surname told
        # the race media team", "The New Zealander said his" (nationality epithet)
        "A boat in the Ocean Meridian Race is limping towards the Falkland Islands with a broken "
        "rudder, race organisers said on Wednesday.\n\n"
        "Southern Arrow, skippered by New Zealander Tane Whaanga, hit a submerged object 1,200 "
        "miles west of Cape Horn on Monday night.\n\n"
        "\"We're not in danger. We're slow, we're wet and we're annoyed, but we're not in "
        'danger," Whaanga told the race media team by satellite phone. The New Zealander said '
        "his 10-strong crew had rigged an emergency rudder from a spinnaker pole.",
        [
            (
                I,
                [
                    "A boat in the Ocean Meridian Race is limping towards the Falkland Islands "
                    "with a broken rudder"
                ],
                "race organisers",
            ),
            (
                D,
                [
                    "We're not in danger. We're slow, we're wet and we're annoyed, but we're not "
                    "in danger"
                ],
                "Tane Whaanga",
            ),
            (
                I,
                ["his 10-strong crew had rigged an emergency rudder from a spinnaker pole"],
                "Tane Whaanga",
            ),
        ],
    ),
    (  # 9 basketball: direct + "said the Lithuanian point guard, who …" (nationality and
        # position epithet), partial inside "Thunder coach Name said afterwards that Surname
        # had" (only the partial)
        "Marius Žemaitis scored 34 points as Thameside Thunder beat Pennine Falcons 91-84 on "
        "Saturday to stay top of the league.\n\n"
        '"I just tried to take what the defence gave me," said the Lithuanian point guard, who '
        "also had nine assists.\n\n"
        'Thunder coach Darnell Briggs said afterwards that Žemaitis had "carried us on his back" '
        "in the fourth quarter, when his side trailed by 11.",
        [
            (D, ["I just tried to take what the defence gave me"], "Marius Žemaitis"),
            (P, ["carried us on his back"], "Darnell Briggs"),
        ],
    ),
    (  # 10 no quote: football results, "announced his retirement" and "has demanded a
        # meeting" (noun objects, not annotated)
        "Halden Park Rangers completed a league double over Corbridge Miners with a 3-1 win at "
        "the Pit Lane ground on Saturday, Jordan Akinola scoring twice in the second half.\n\n"
        "Corbridge captain Lee Farrant, 36, announced his retirement after the match, ending a "
        "17-year career spent entirely with the club. The Miners' chairman has demanded a "
        "meeting with league officials over the scheduling of the fixture, which kicked off at "
        "11am.\n\n"
        "Rangers move up to third, two points behind the leaders.",
        [],
    ),
    (  # 11 supporters' sit-in: direct + "said Name, chair of the …, who …", partial inside
        # "The club said in a statement that it" (the club speaking, only the partial), partial
        # inside "A steward, who asked not to be named, said" (unnamed, only the partial)
        "More than 2,000 Dewsford Town supporters staged a sit-in after Saturday's 1-1 draw with "
        "Hexley, in protest at the club's plan to sell its Mill Lane ground to a property "
        "developer and move to a new stadium outside the town.\n\n"
        '"We will not be bullied off our own terraces," said Lorraine Pickering, chair of the '
        "Dewsford Supporters' Trust, who addressed the crowd through a megaphone.\n\n"
        'The club said in a statement that it "respects the right to peaceful protest" but that '
        "the move was essential to its long-term survival. Its American owner, Carl Brenneman, "
        "did not attend the match.\n\n"
        'A steward, who asked not to be named, said the protest had been "noisy but '
        'good-natured".',
        [
            (D, ["We will not be bullied off our own terraces"], "Lorraine Pickering"),
            (P, ["respects the right to peaceful protest"], "Dewsford Town"),
            (P, ["noisy but good-natured"], "steward"),
        ],
    ),
    (  # 12 rugby squad announcement: two-sentence direct + "Surname said at the squad
        # announcement", "The former hooker, who …, confirmed that" (epithet for the coach),
        # "The 33-year-old lock told reporters he" (age and position epithet, no "that")
        "Scotland head coach Alasdair Munro named three uncapped players on Monday in his "
        "36-man squad for the autumn Tests.\n\n"
        "\"They've earned it. I don't pick on reputation and I never will,\" Munro said at the "
        "squad announcement in Edinburgh.\n\n"
        "The former hooker, who won 58 caps, confirmed that captain Rory Baillie would lead the "
        "side despite a knee injury. The 33-year-old lock told reporters he expected to train "
        "fully on Wednesday.",
        [
            (
                D,
                ["They've earned it. I don't pick on reputation and I never will"],
                "Alasdair Munro",
            ),
            (
                I,
                ["captain Rory Baillie would lead the side despite a knee injury"],
                "Alasdair Munro",
            ),
            (I, ["he expected to train fully on Wednesday"], "Rory Baillie"),
        ],
    ),
    (  # 13 women's cycling sprint row, two women answering each other: two-sentence direct +
        # "said Name of the Netherlands, who …", "The race jury said it had" (unnamed body),
        # direct + "the Frenchwoman replied" (nationality epithet), "The Dutchwoman later said
        # she would" (nationality epithet)
        "French rider Camille Roussel-Baptiste won the Hampshire Downs Classic on Sunday after "
        "a sprint finish that left her nearest rival furious.\n\n"
        '"She moved across the road twice. Everyone saw it except the judges," said Femke '
        "Dijkhuis of the Netherlands, who finished second by half a wheel.\n\n"
        "The race jury said it had reviewed the footage and found no irregularity.\n\n"
        '"Femke is a great rider, but she\'s a bad loser," the Frenchwoman replied when told of '
        "the comments. The Dutchwoman later said she would not lodge an appeal.",
        [
            (
                D,
                ["She moved across the road twice. Everyone saw it except the judges"],
                "Femke Dijkhuis",
            ),
            (
                I,
                ["it had reviewed the footage and found no irregularity"],
                "race jury",
            ),
            (
                D,
                ["Femke is a great rider, but she's a bad loser"],
                "Camille Roussel-Baptiste",
            ),
            (I, ["she would not lodge an appeal"], "Femke Dijkhuis"),
        ],
    ),
    (  # 14 hurdler retires: a quote continued over two paragraphs (one span each, first one's
        # period kept) + "the 36-year-old wrote on Instagram" (age epithet), "He said he would"
        # (pronoun), partial inside the reported speech of "His long-time coach, Name, said he
        # had been" (only the partial)
        "Marcus Adeyemi-Clarke, the former European 110m hurdles champion, has retired at the "
        "age of 36.\n\n"
        '"Twenty years ago I walked into a draughty sports hall in Gateshead and fell over the '
        "first hurdle I ever tried. I've been getting up ever since.\n\n"
        '"I leave with no regrets and a lot of gratitude," the 36-year-old wrote on Instagram on '
        "Tuesday.\n\n"
        "He said he would stay in the sport as a coach at his first club, Tyneside Harriers. His "
        'long-time coach, Bev Otunga, said he had been "the most stubborn athlete I have ever '
        'worked with, in the best possible way".',
        [
            (
                D,
                [
                    "Twenty years ago I walked into a draughty sports hall in Gateshead and fell "
                    "over the first hurdle I ever tried. I've been getting up ever since.",
                    "I leave with no regrets and a lot of gratitude",
                ],
                "Marcus Adeyemi-Clarke",
            ),
            (
                I,
                ["he would stay in the sport as a coach at his first club, Tyneside Harriers"],
                "Marcus Adeyemi-Clarke",
            ),
            (
                P,
                ["the most stubborn athlete I have ever worked with, in the best possible way"],
                "Bev Otunga",
            ),
        ],
    ),
    (  # 15 goalkeeper injured: "…, Name confirmed on Wednesday." (trailing attribution, the
        # part before, the club speaking), "“A,” manager Name said. “B.”" (two direct quotes,
        # the second one's period kept), partial inside "The goalkeeper said … he was" (position
        # epithet, only the partial)
        "Goalkeeper Sam Okonkwo-Reid will be out for up to four months after surgery on a "
        "broken finger, Millbrook Albion confirmed on Wednesday.\n\n"
        "The 27-year-old was injured in training on Monday, days after keeping a sixth clean "
        "sheet of the season.\n\n"
        "“It's a big blow,” manager Ray Dunmore said. “Sam has been our most consistent player "
        "since August, and you don't replace that overnight.”\n\n"
        "The goalkeeper said on social media he was “gutted” but determined to return before the "
        "end of the season.",
        [
            (
                I,
                [
                    "Goalkeeper Sam Okonkwo-Reid will be out for up to four months after surgery "
                    "on a broken finger"
                ],
                "Millbrook Albion",
            ),
            (D, ["It's a big blow"], "Ray Dunmore"),
            (
                D,
                [
                    "Sam has been our most consistent player since August, and you don't replace "
                    "that overnight."
                ],
                "Ray Dunmore",
            ),
            (P, ["gutted"], "Sam Okonkwo-Reid"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout125.jsonl"),
        "heldout125",
        "h125",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
