"""Source of the 134th held-out set: writes heldout134.jsonl (split "heldout134").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like national politics and parliament news: budget votes in the Assemblée nationale, the
Commons, the Bundestag, the Walloon Parliament and the Swiss Conseil national, ministers'
resignations and scandals, a Senate inquiry, coalition talks in Belgium, Luxembourg and Ireland,
party congresses and conferences, election campaigns and debates in Quebec, France, Ohio,
Australia and a Hexley by-election, opinion polls, a vote of no confidence at Holyrood, a US
shutdown vote and a confirmation hearing, with ministers, MPs, députés, senators, party leaders,
spokespeople, pollsters, political scientists, parties, ministries and unnamed delegates and
voters speaking; speakers are referred back to by pronoun, surname, role, nationality or
regional epithet ("la Bruxelloise", "le Bernois", "the Queenslander"), age ("Vandermolen, 61")
or descriptive noun ("le septuagénaire", "l'ancien chirurgien de 52 ans", "the nominee"), and
some statements are sourced with "selon X", "d'après X", "pour X" or "according to X".
Measured once with 0.3.0, 0.40.0 and 0.41.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout134.py
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
    (  # 1 budget vote in the Assemblée: "Le ministre …, Name, a fait valoir que" (indirect),
        # direct + "a-t-il martelé" (pronoun), partial after "a jugé ces prévisions" by "Le
        # rapporteur général …, le député … Name"
        "L'Assemblée nationale a adopté mardi en première lecture la partie recettes du projet "
        "de loi de finances pour 2027, par 289 voix contre 262. Le texte prévoit une hausse de "
        "2\u00a0% de la taxe sur les billets d'avion et un gel du barème de l'impôt sur le "
        "revenu.\n\n"
        "Le ministre des Comptes publics, Laurent Besnier-Faure, a fait valoir que le déficit "
        "serait ramené à 4,1\u00a0% du produit intérieur brut l'an prochain. «\u00a0C'est un "
        "budget de sérieux, pas un budget d'austérité\u00a0», a-t-il martelé dans "
        "l'hémicycle.\n\n"
        "Le rapporteur général de la commission des finances, le député socialiste de la Nièvre "
        "Pierre-Alain Gouzy, a jugé ces prévisions «\u00a0optimistes, pour ne pas dire "
        "fantaisistes\u00a0». Le vote solennel sur l'ensemble du texte est prévu le 16 "
        "décembre.",
        [
            (
                I,
                ["le déficit serait ramené à 4,1\u00a0% du produit intérieur brut l'an prochain"],
                "Laurent Besnier-Faure",
            ),
            (
                D,
                ["C'est un budget de sérieux, pas un budget d'austérité"],
                "Laurent Besnier-Faure",
            ),
            (P, ["optimistes, pour ne pas dire fantaisistes"], "Pierre-Alain Gouzy"),
        ],
    ),
    (  # 2 Belgian minister resigns: two-sentence direct + "écrit la Bruxelloise dans une
        # lettre" (regional epithet), "Son parti, Les Engagés démocrates, a fait savoir qu'il"
        # (the party as an organisation), "réclame une commission d'enquête" (noun object, not
        # annotated), "Pour lui, « … »" (direct, pronoun)
        "La ministre fédérale de la Mobilité, Anne-Sophie Verhaegen, députée de Bruxelles "
        "depuis 2014, a présenté jeudi sa démission au Premier ministre, trois jours après la "
        "publication par l'hebdomadaire L'Écho mosan de 38\u00a0000 euros de notes de "
        "restaurant réglées avec la carte bancaire de son cabinet.\n\n"
        "«\u00a0Je n'ai commis aucune infraction. Mais je ne veux pas que cette affaire paralyse "
        "le gouvernement\u00a0», écrit la Bruxelloise dans une lettre transmise à la presse.\n\n"
        "Son parti, Les Engagés démocrates, a fait savoir qu'il proposerait un successeur dès "
        "lundi. Dans l'opposition, le chef de groupe écologiste à la Chambre, Kristof Deman, "
        "réclame une commission d'enquête parlementaire. Pour lui, «\u00a0d'autres cabinets ont "
        "exactement les mêmes pratiques\u00a0».",
        [
            (
                D,
                [
                    "Je n'ai commis aucune infraction. Mais je ne veux pas que cette affaire "
                    "paralyse le gouvernement"
                ],
                "Anne-Sophie Verhaegen",
            ),
            (I, ["il proposerait un successeur dès lundi"], "Engagés démocrates"),
            (D, ["d'autres cabinets ont exactement les mêmes pratiques"], "Kristof Deman"),
        ],
    ),
    (  # 3 Swiss Conseil national votes the army budget: direct + "a plaidé …, le Bernois
        # Name, conseiller fédéral …" (speaker after the cue with epithet and role), "Il a
        # précisé que" (pronoun), partial after "a parlé d'un" by "La conseillère nationale …
        # Name", "a annoncé le lancement d'un référendum" (noun object, not annotated)
        "Le Conseil national a approuvé mercredi, par 104 voix contre 88, le relèvement "
        "progressif du budget de l'armée à 1\u00a0% du produit intérieur brut d'ici à 2030. Le "
        "dossier retourne au Conseil des États, qui avait adopté en juin une version moins "
        "ambitieuse.\n\n"
        "«\u00a0La sécurité a un prix, et ce prix, nous l'avons trop longtemps "
        "sous-estimé\u00a0», a plaidé devant la Chambre du peuple le Bernois Urs "
        "Wüthrich-Baumann, conseiller fédéral chargé de la Défense. Il a précisé que les "
        "économies seraient réalisées en priorité dans l'aide au développement.\n\n"
        "Une annonce qui a fait bondir la gauche. La conseillère nationale socialiste vaudoise "
        "Nathalie Perroud a parlé d'un «\u00a0choix indigne d'un pays riche\u00a0». Son parti a "
        "d'ores et déjà annoncé le lancement d'un référendum.",
        [
            (
                D,
                ["La sécurité a un prix, et ce prix, nous l'avons trop longtemps sous-estimé"],
                "Urs Wüthrich-Baumann",
            ),
            (
                I,
                ["les économies seraient réalisées en priorité dans l'aide au développement"],
                "Urs Wüthrich-Baumann",
            ),
            (P, ["choix indigne d'un pays riche"], "Nathalie Perroud"),
        ],
    ),
    (  # 4 Quebec election campaign: "a promis une réduction" (noun object, not annotated),
        # two-sentence direct + "a lancé l'ancien chirurgien de 52 ans" (descriptive noun and
        # age), partial after "a ironisé sur" by "Le premier ministre sortant, Name", "…, selon
        # un sondage de la firme Name publié dimanche." (the part before, generic noun dropped)
        "En campagne à Trois-Rivières lundi, le chef du Parti renouveau québécois, Mathieu "
        "Gagné-Thibodeau, a promis une réduction de moitié des listes d'attente en chirurgie "
        "d'ici à la fin de son mandat.\n\n"
        "«\u00a0Les Québécois ne veulent plus de promesses, ils veulent des résultats. Moi, je "
        "vais leur en donner\u00a0», a lancé l'ancien chirurgien de 52 ans devant quelques "
        "centaines de militants réunis dans un gymnase.\n\n"
        "Le premier ministre sortant, Réjean Lapointe, a ironisé quelques heures plus tard sur "
        "«\u00a0le docteur miracle\u00a0» de l'opposition. Sa formation, l'Union libérale du "
        "Québec, reste en tête avec 33\u00a0% des intentions de vote, contre 29\u00a0% pour le "
        "Parti renouveau, selon un sondage de la firme Sondagex publié dimanche. Le scrutin aura "
        "lieu le 14 décembre.",
        [
            (
                D,
                [
                    "Les Québécois ne veulent plus de promesses, ils veulent des résultats. Moi, "
                    "je vais leur en donner"
                ],
                "Mathieu Gagné-Thibodeau",
            ),
            (P, ["le docteur miracle"], "Réjean Lapointe"),
            (
                I,
                [
                    "Sa formation, l'Union libérale du Québec, reste en tête avec 33\u00a0% des "
                    "intentions de vote, contre 29\u00a0% pour le Parti renouveau"
                ],
                "Sondagex",
            ),
        ],
    ),
    (  # 5 party congress: a quote continued over two paragraphs (one span each, the first
        # one's period kept) + "a-t-elle lancé" (pronoun for "La sénatrice de la Drôme", i.e.
        # the named president), "un délégué de l'Isère estimait … que" (unnamed), direct +
        # "glissait-il" (pronoun for the unnamed delegate)
        "Réunis en congrès à Villeurbanne ce week-end, les adhérents du Mouvement radical et "
        "social ont reconduit Jeanne Albertini-Roux à la présidence du parti, avec 91\u00a0% "
        "des voix. La sénatrice de la Drôme était seule candidate.\n\n"
        "Dans son discours de clôture, dimanche, elle a fermé la porte à toute alliance avec la "
        "droite. «\u00a0Nous ne serons jamais la roue de secours de qui que ce soit. Nous avons "
        "nos idées, nos élus, notre histoire.\n\n"
        "«\u00a0Aux municipales, nous présenterons nos propres listes partout où nous le "
        "pourrons\u00a0», a-t-elle lancé sous les applaudissements.\n\n"
        "En marge du congrès, un délégué de l'Isère estimait pourtant que le parti n'avait plus "
        "les moyens de ses ambitions. «\u00a0On n'a plus d'argent, plus de militants dans la "
        "moitié des départements\u00a0», glissait-il.",
        [
            (
                D,
                [
                    "Nous ne serons jamais la roue de secours de qui que ce soit. Nous avons nos "
                    "idées, nos élus, notre histoire.",
                    "Aux municipales, nous présenterons nos propres listes partout où nous le "
                    "pourrons",
                ],
                "Jeanne Albertini-Roux",
            ),
            (I, ["le parti n'avait plus les moyens de ses ambitions"], "délégué"),
            (
                D,
                ["On n'a plus d'argent, plus de militants dans la moitié des départements"],
                "délégué",
            ),
        ],
    ),
    (  # 6 housing minister resigns over a conflict of interest: a dialogue-dash line
        # attributed by the sentence before it ("l'élu du Gard s'est défendu … :", role
        # epithet), partial after "dénonce" by "Son avocate, Name", "Matignon a précisé que"
        # (institution speaking)
        "Le ministre délégué au Logement, Cédric Marvejols, a remis jeudi sa démission au "
        "Premier ministre, qui l'a acceptée. Le parquet national financier avait ouvert la "
        "veille une enquête préliminaire pour prise illégale d'intérêts visant une société "
        "immobilière dont son épouse est actionnaire.\n\n"
        "Invité vendredi matin de Radio Horizon, l'élu du Gard s'est défendu pied à pied\u00a0:"
        "\n\n"
        "— Je n'ai jamais pris la moindre décision concernant cette société. Jamais. Je pars "
        "pour protéger le gouvernement, pas parce que je suis coupable.\n\n"
        "Son avocate, Laure Chassagne, dénonce «\u00a0un acharnement\u00a0» contre son client. "
        "Matignon a précisé que l'intérim serait assuré par la ministre de la Transition "
        "écologique, Hélène Vasseur-Pradel.",
        [
            (
                D,
                [
                    "Je n'ai jamais pris la moindre décision concernant cette société. Jamais. "
                    "Je pars pour protéger le gouvernement, pas parce que je suis coupable."
                ],
                "Cédric Marvejols",
            ),
            (P, ["un acharnement"], "Laure Chassagne"),
            (
                I,
                [
                    "l'intérim serait assuré par la ministre de la Transition écologique, Hélène "
                    "Vasseur-Pradel"
                ],
                "Matignon",
            ),
        ],
    ),
    (  # 7 no quote: election to the Swiss Federal Council, "a remercié les parlementaires",
        # "a félicité la gagnante" and "a demandé une séance de clarification" (noun objects
        # and addressees, not annotated)
        "L'Assemblée fédérale a élu mercredi au Conseil fédéral la Valaisanne Sophie "
        "Crettaz-Bonvin, au deuxième tour de scrutin, avec 131 voix sur 244 bulletins valables. "
        "Elle succède au Tessinois Fabio Lurati, qui quitte le gouvernement après douze ans.\n\n"
        "La nouvelle conseillère fédérale, âgée de 49 ans, a remercié les parlementaires et sa "
        "famille, présente dans la tribune. Son adversaire malheureux, le conseiller aux États "
        "zurichois Daniel Hürlimann, a félicité la gagnante avant de quitter la salle.\n\n"
        "La répartition des départements sera décidée vendredi lors d'une séance extraordinaire "
        "du collège gouvernemental. Le groupe de l'Entente centriste a demandé une séance de "
        "clarification sur la formule magique.",
        [],
    ),
    (  # 8 poll on a dissolution: "…, selon une enquête de l'institut Name publiée …" (the
        # part before, generic noun dropped), two-sentence direct + "observe Name, qui dirige
        # …", a reported clause before its cue "…, assure son entourage." (unnamed)
        "Plus d'un Français sur deux (54\u00a0%) souhaite une dissolution de l'Assemblée "
        "nationale, selon une enquête de l'institut Vigie Opinion publiée samedi par Le "
        "Quotidien de l'Ouest. Ils n'étaient que 38\u00a0% en septembre.\n\n"
        "«\u00a0L'idée de dissolution n'est plus un tabou. Elle est devenue, pour beaucoup, une "
        "forme de recours face au blocage\u00a0», observe Sandrine Mahé-Lucas, qui dirige le "
        "pôle politique de l'institut.\n\n"
        "Le chef de l'État, Paul-Émile Ranchin, n'a pas l'intention de dissoudre avant l'été, "
        "assure son entourage. L'enquête a été réalisée en ligne auprès de 1\u00a0007 "
        "personnes.",
        [
            (
                I,
                [
                    "Plus d'un Français sur deux (54\u00a0%) souhaite une dissolution de l'Assemblée nationale"
                ],
                "Vigie Opinion",
            ),
            (
                D,
                [
                    "L'idée de dissolution n'est plus un tabou. Elle est devenue, pour beaucoup, "
                    "une forme de recours face au blocage"
                ],
                "Sandrine Mahé-Lucas",
            ),
            (
                I,
                [
                    "Le chef de l'État, Paul-Émile Ranchin, n'a pas l'intention de dissoudre avant l'été"
                ],
                "entourage",
            ),
        ],
    ),
    (  # 9 Walloon budget: partial after "a défendu un effort" by "Le ministre-président,
        # Name", an exclamation (mark kept) + "s'est emportée … la cheffe de file …, Name"
        # (speaker after the cue), "Selon elle," (pronoun, rest of the sentence), "ont annoncé
        # une journée de grève" (noun object, not annotated)
        "Le Parlement de Wallonie a adopté dans la nuit de mercredi à jeudi le budget régional "
        "pour 2027, qui prévoit 1,2 milliard d'euros d'économies. Les 41 élus de la majorité ont "
        "voté pour, l'opposition contre.\n\n"
        "Le ministre-président, Jean-Luc Mathy, a défendu un effort «\u00a0douloureux mais "
        "indispensable\u00a0» pour éviter une nouvelle dégradation de la note de la Région par "
        "les agences de notation.\n\n"
        "«\u00a0Vous faites payer la crise aux enseignants et aux malades\u00a0!\u00a0» s'est "
        "emportée en fin de débat la cheffe de file socialiste, Delphine Lemaire. Selon elle, "
        "près de 3\u00a0000 postes disparaîtront dans l'enseignement d'ici à 2029.\n\n"
        "Les syndicats ont annoncé une journée de grève le 14 décembre.",
        [
            (P, ["douloureux mais indispensable"], "Jean-Luc Mathy"),
            (
                D,
                ["Vous faites payer la crise aux enseignants et aux malades\u00a0!"],
                "Delphine Lemaire",
            ),
            (
                I,
                ["près de 3\u00a0000 postes disparaîtront dans l'enseignement d'ici à 2029"],
                "Delphine Lemaire",
            ),
        ],
    ),
    (  # 10 centrist leader resigns: "a annoncé sa démission" (noun object, not annotated), a
        # quote split by "a déclaré l'ancien ministre de l'Agriculture …," (role epithet, one
        # quote two spans, final period kept), "Pour le politologue Name, de …, « … »" (direct),
        # a reported clause before "a précisé l'Union du centre dans un communiqué"
        "Au lendemain de la déroute de son parti aux législatives partielles, le président de "
        "l'Union du centre, François-Xavier Pellegrin, a annoncé lundi sa démission. Sa "
        "formation n'a conservé aucun des quatre sièges qu'elle défendait.\n\n"
        "«\u00a0J'assume pleinement cet échec, a déclaré l'ancien ministre de l'Agriculture lors "
        "d'une conférence de presse au siège du parti, mais je refuse que le centre disparaisse "
        "avec moi.\u00a0»\n\n"
        "Pour le politologue Antoine Sérignac, de l'université de Bordeaux, «\u00a0le centre "
        "paie des années d'hésitation entre la gauche et la droite\u00a0».\n\n"
        "Le vice-président du parti, Thibault Nguyen, assurera l'intérim jusqu'au congrès "
        "extraordinaire prévu en février, a précisé l'Union du centre dans un communiqué.",
        [
            (
                D,
                [
                    "J'assume pleinement cet échec",
                    "mais je refuse que le centre disparaisse avec moi.",
                ],
                "François-Xavier Pellegrin",
            ),
            (
                D,
                ["le centre paie des années d'hésitation entre la gauche et la droite"],
                "Antoine Sérignac",
            ),
            (
                I,
                [
                    "Le vice-président du parti, Thibault Nguyen, assurera l'intérim jusqu'au "
                    "congrès extraordinaire prévu en février"
                ],
                "Union du centre",
            ),
        ],
    ),
    (  # 11 Swiss Conseil des États rejects early retirement, « » without inner spaces: direct
        # + "a réagi l'auteure du texte, la sénatrice genevoise Name," (speaker after the cue),
        # partial inside "avait fait valoir … que" by "Le chef du groupe libéral, le Zougois
        # Name" (only the partial), two-sentence direct + "lâchait-elle" (pronoun for an
        # unnamed nurse)
        "Le Conseil des États a rejeté lundi, par 25 voix contre 19, l'initiative parlementaire "
        "qui visait à permettre une retraite à 63 ans dans les métiers pénibles.\n\n"
        "«C'est une gifle pour les maçons et les infirmières», a réagi l'auteure du texte, la "
        "sénatrice genevoise Carla Menghini-Favre, à la sortie de la salle. Le chef du groupe "
        "libéral, le Zougois Beat Imhof, avait fait valoir pendant le débat que la mesure aurait "
        "coûté «près de 900 millions de francs par an» à l'assurance vieillesse.\n\n"
        "Devant le Palais fédéral, une infirmière venue de Fribourg, badge syndical au revers, "
        "ne cachait pas sa colère. «On nous applaudissait aux fenêtres pendant la pandémie. "
        "Aujourd'hui, on nous oublie», lâchait-elle.",
        [
            (
                D,
                ["C'est une gifle pour les maçons et les infirmières"],
                "Carla Menghini-Favre",
            ),
            (P, ["près de 900 millions de francs par an"], "Beat Imhof"),
            (
                D,
                [
                    "On nous applaudissait aux fenêtres pendant la pandémie. Aujourd'hui, on "
                    "nous oublie"
                ],
                "infirmière",
            ),
        ],
    ),
    (  # 12 Senate inquiry into campaign finance: "le septuagénaire a affirmé n'avoir …"
        # (descriptive noun, infinitive clause), two-sentence direct + "a-t-il répété"
        # (pronoun), "D'après le rapporteur de la commission, le sénateur … Name," (rest of the
        # sentence), "Le parti conteste ces chiffres" (no clause, not annotated)
        "La commission d'enquête sénatoriale sur le financement des campagnes électorales a "
        "auditionné mardi l'ancien trésorier du Parti populaire républicain, Gérard "
        "Mounier-Lacaze. Pendant trois heures, le septuagénaire a affirmé n'avoir jamais eu "
        "connaissance de versements en espèces.\n\n"
        "«\u00a0Je signais ce qu'on me présentait. J'avais confiance\u00a0», a-t-il répété à "
        "plusieurs reprises, le regard fixé sur ses notes.\n\n"
        "D'après le rapporteur de la commission, le sénateur écologiste Paul-Henri Daoudi, au "
        "moins 1,8 million d'euros ont transité par des comptes non déclarés entre 2017 et 2022. "
        "Le parti conteste ces chiffres.",
        [
            (
                I,
                ["n'avoir jamais eu connaissance de versements en espèces"],
                "Gérard Mounier-Lacaze",
            ),
            (
                D,
                ["Je signais ce qu'on me présentait. J'avais confiance"],
                "Gérard Mounier-Lacaze",
            ),
            (
                I,
                [
                    "au moins 1,8 million d'euros ont transité par des comptes non déclarés "
                    "entre 2017 et 2022"
                ],
                "Paul-Henri Daoudi",
            ),
        ],
    ),
    (  # 13 Luxembourg coalition talks: "« A », a déclaré M. Surname …. « B. »" (the
        # attribution ends its sentence: two direct quotes, both his, the second one's period
        # kept), "Son partenaire, le président du …, Name, a confirmé qu'" (indirect), "ont mis
        # en garde contre" (noun object, not annotated)
        "Les négociations pour former le prochain gouvernement luxembourgeois ont franchi une "
        "étape décisive lundi, sept semaines après les élections législatives. Le formateur, le "
        "chrétien-social Marc Schaack, a réuni pendant neuf heures les délégations des deux "
        "partis pressentis pour gouverner ensemble.\n\n"
        "«\u00a0Nous avons un accord sur le logement et sur la fiscalité\u00a0», a déclaré "
        "M.\u00a0Schaack à l'issue de la réunion. «\u00a0Reste la question des pensions, qui "
        "n'est pas la plus simple.\u00a0»\n\n"
        "Son partenaire, le président du Parti démocrate-libéral, Gilles Reuter, a confirmé "
        "qu'un accord de coalition pourrait être signé avant Noël. Les syndicats ont mis en "
        "garde contre tout allongement de la durée de cotisation.",
        [
            (D, ["Nous avons un accord sur le logement et sur la fiscalité"], "Marc Schaack"),
            (D, ["Reste la question des pensions, qui n'est pas la plus simple."], "Marc Schaack"),
            (
                I,
                ["un accord de coalition pourrait être signé avant Noël"],
                "Gilles Reuter",
            ),
        ],
    ),
    (  # 14 assisted dying bill: "Pour sa rapporteure, la députée de X Name, « … »" (direct),
        # "a remercié les associations" (noun object, not annotated), partial after "a regretté
        # un débat" by "Le député de X Name", partial inside "La Fédération … a jugé … que" (the
        # organisation speaking, only the partial)
        "Les députés ont adopté mardi, par 305 voix contre 199, la proposition de loi ouvrant une "
        "aide à mourir aux malades atteints d'une affection incurable en phase terminale. Le "
        "texte doit encore être examiné par le Sénat.\n\n"
        "Pour sa rapporteure, la députée de la Gironde Marion Estrade-Lafon, «\u00a0c'est une "
        "loi de liberté, qui n'oblige personne\u00a0». Visiblement émue, l'ancienne infirmière a "
        "remercié les associations de patients présentes dans les tribunes.\n\n"
        "Le député de la Vendée Gaëtan Richomme, opposé au texte, a regretté un débat "
        "«\u00a0mené au pas de charge\u00a0». La Fédération des soins palliatifs a jugé dans un "
        "communiqué que la loi envoyait «\u00a0un signal désastreux\u00a0» aux soignants.",
        [
            (
                D,
                ["c'est une loi de liberté, qui n'oblige personne"],
                "Marion Estrade-Lafon",
            ),
            (P, ["mené au pas de charge"], "Gaëtan Richomme"),
            (P, ["un signal désastreux"], "Fédération des soins palliatifs"),
        ],
    ),
    (  # 15 presidential campaign rally: "Ses équipes ont revendiqué 7 000 participants" (noun
        # object, not annotated), two-sentence direct + "a lancé l'ancien officier de marine"
        # (descriptive noun), direct + "assure Josiane, 67 ans, …" (first name only), partial
        # inside "Un étudiant de X dit être venu" (unnamed, only the partial)
        "Le candidat souverainiste à l'élection présidentielle, Régis Vautrin-Delattre, a tenu "
        "dimanche à Perpignan le plus grand meeting de sa campagne. Ses équipes ont revendiqué "
        "7\u00a0000 participants.\n\n"
        "«\u00a0On nous dit que la France est trop petite pour décider seule. Moi, je dis "
        "qu'elle est trop grande pour obéir\u00a0», a lancé l'ancien officier de marine, ovationné "
        "par la salle.\n\n"
        "«\u00a0Il dit tout haut ce qu'on pense tout bas\u00a0», assure Josiane, 67 ans, "
        "ancienne cheminote venue de Narbonne. Un étudiant de Béziers dit être venu «\u00a0par "
        "curiosité\u00a0» et n'avoir pas encore fait son choix.\n\n"
        "Le candidat doit tenir un second grand rassemblement à Marseille en mars.",
        [
            (
                D,
                [
                    "On nous dit que la France est trop petite pour décider seule. Moi, je dis "
                    "qu'elle est trop grande pour obéir"
                ],
                "Régis Vautrin-Delattre",
            ),
            (D, ["Il dit tout haut ce qu'on pense tout bas"], "Josiane"),
            (P, ["par curiosité"], "étudiant"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 UK budget: partial after "a budget she described as" (the Chancellor, named just
        # before), "she told MPs that" (pronoun), two-sentence direct + "he said" (pronoun for
        # "The shadow chancellor, Name"), "will publish its own assessment" (not speech)
        "The Chancellor, Imogen Barraclough, froze fuel duty for a third year and raised the "
        'threshold for the top rate of income tax in a budget she described as "built for '
        'growers, not grumblers".\n\n'
        "Delivering her first budget to a packed Commons on Wednesday, she told MPs that "
        "borrowing would fall to 2.9% of GDP by the end of the parliament.\n\n"
        'The shadow chancellor, Marcus Oyelaran, was unimpressed. "This is a budget of smoke '
        'and mirrors. Strip away the rhetoric and working families are £600 a year worse off," '
        "he said.\n\n"
        "The independent Fiscal Watch Institute will publish its own assessment of the "
        "forecasts on Friday.",
        [
            (P, ["built for growers, not grumblers"], "Imogen Barraclough"),
            (
                I,
                ["borrowing would fall to 2.9% of GDP by the end of the parliament"],
                "Imogen Barraclough",
            ),
            (
                D,
                [
                    "This is a budget of smoke and mirrors. Strip away the rhetoric and working "
                    "families are £600 a year worse off"
                ],
                "Marcus Oyelaran",
            ),
        ],
    ),
    (  # 2 US shutdown averted: two-sentence direct + "House Speaker Name, a Louisiana
        # Republican, told reporters" (speaker after the quote, title dropped), partial inside
        # "She said Republicans had cut" (pronoun, only the partial), "A White House spokesman
        # said" (the spokesman speaks for the White House)
        "The House of Representatives narrowly passed a $1.2 trillion spending package late on "
        "Thursday, averting a partial government shutdown hours before a midnight deadline. The "
        "vote was 214-211.\n\n"
        '"We did our job. Now the Senate needs to do theirs," House Speaker Ray Castellano, a '
        "Louisiana Republican, told reporters outside the chamber.\n\n"
        "Representative Denise Whitaker of Michigan, the top Democrat on the Appropriations "
        'Committee, voted against the package. She said Republicans had cut "every single '
        "dollar\" of new funding for veterans' mental health care.\n\n"
        "A White House spokesman said President Harlan Mercer would sign the bill as soon as it "
        "reached his desk.",
        [
            (D, ["We did our job. Now the Senate needs to do theirs"], "Ray Castellano"),
            (P, ["every single dollar"], "Denise Whitaker"),
            (
                I,
                ["President Harlan Mercer would sign the bill as soon as it reached his desk"],
                "White House",
            ),
        ],
    ),
    (  # 3 Australian minister resigns over grants: two partials inside "the Queenslander,
        # who holds the seat of X, said he had … but would …" (regional epithet, only the
        # partials), direct + "she told a press conference" (pronoun for "Prime Minister
        # Name"), "called for a royal commission" (noun object, not annotated)
        "Australia's Minister for Regional Development, Craig Halloran, resigned on Monday "
        "after an audit of A$38 million in community grants, most of which went to marginal "
        "seats held by the government.\n\n"
        "In a brief statement, the Queenslander, who holds the seat of Burdekin, said he had "
        '"never acted improperly" but would step aside to avoid becoming "a distraction".\n\n'
        'Prime Minister Alison Tregear accepted the resignation. "Standards matter in my '
        'government, and Craig has done the right thing," she told a press conference in '
        "Canberra.\n\n"
        "The opposition's integrity spokesperson, Senator Lachlan Petrakis, called for a royal "
        "commission.",
        [
            (P, ["never acted improperly"], "Craig Halloran"),
            (P, ["a distraction"], "Craig Halloran"),
            (
                D,
                ["Standards matter in my government, and Craig has done the right thing"],
                "Alison Tregear",
            ),
        ],
    ),
    (  # 4 Irish coalition talks, curly quotes: "Name's leader, Name, a TD for X who …, said
        # the two parties had … but were …" (one indirect), "“A,” a Name spokeswoman told
        # reporters. “B.”" (the attribution ends its sentence: two direct quotes, both the
        # party's, the second one's period kept)
        "Talks on a programme for government between Comhar and the Social Left resumed at "
        "Government Buildings in Dublin on Tuesday, almost seven weeks after a general election "
        "that left no party close to a majority in the Dáil.\n\n"
        "Comhar's leader, Aoife Brennan-Walsh, a TD for Kerry who is expected to become "
        "taoiseach if a deal is reached, said the two parties had settled their differences on "
        "housing but were still apart on tax.\n\n"
        "“Nobody should expect white smoke this week,” a Social Left spokeswoman told "
        "reporters. “But nobody should be planning for another election either.”",
        [
            (
                I,
                [
                    "the two parties had settled their differences on housing but were still "
                    "apart on tax"
                ],
                "Aoife Brennan-Walsh",
            ),
            (D, ["Nobody should expect white smoke this week"], "Social Left"),
            (
                D,
                ["But nobody should be planning for another election either."],
                "Social Left",
            ),
        ],
    ),
    (  # 5 no quote: Canadian federal by-election result, "thanked her volunteers", "conceded
        # defeat" and "congratulated his opponent" (noun objects and addressees, not
        # annotated)
        "Voters in the Ontario riding of Kenmore–Lakeshore elected Priya Sandhu-Kerr of the "
        "Centre Party in Monday's federal by-election, ending 22 years of Heritage Party "
        "representation. She won 44.2% of the vote, ahead of the Heritage candidate, Doug "
        "Emberley, on 39.8%.\n\n"
        "Sandhu-Kerr, a former school principal, thanked her volunteers at a victory party in a "
        "community hall. Emberley conceded defeat shortly after midnight and congratulated his "
        "opponent.\n\n"
        "Turnout was 31%, the lowest in the riding's history. The result narrows the "
        "government's deficit in the House of Commons to four seats.",
        [],
    ),
    (  # 6 Canadian fall economic statement, curly quotes: a quote split by "the minister
        # said," (role, one quote two spans, final period kept), partial after "accused the
        # government of" by "Name, the finance critic for …", "According to a senior
        # government official," (unnamed, rest of the sentence)
        "Finance Minister Raj Dhillon-Moore tabled the fall economic statement in the House of "
        "Commons on Monday, projecting a deficit of C$38.4 billion for the current fiscal year, "
        "C$6 billion more than forecast in the spring budget.\n\n"
        "“We are making choices, not cuts,” the minister said, “and every one of those choices "
        "protects the middle class.”\n\n"
        "Shannon McIvor, the finance critic for the opposition Heritage Party, accused the "
        "government of “maxing out the national credit card”. According to a senior government "
        "official, the statement also includes C$2 billion for housing that had not been "
        "previously announced.",
        [
            (
                D,
                [
                    "We are making choices, not cuts",
                    "and every one of those choices protects the middle class.",
                ],
                "Raj Dhillon-Moore",
            ),
            (P, ["maxing out the national credit card"], "Shannon McIvor"),
            (
                I,
                [
                    "the statement also includes C$2 billion for housing that had not been "
                    "previously announced"
                ],
                "senior government official",
            ),
        ],
    ),
    (  # 7 Ohio Senate debate: partial after "accused her Republican opponent of wanting to"
        # by "Name, a former … prosecutor", "flatly denied the charge" (noun object), direct +
        # "the congressman shot back" (role, for "Name, 48, a two-term congressman"), "…,
        # according to a Name survey released …" (the part before, generic noun dropped)
        "The two candidates for Ohio's open Senate seat met on Sunday for their only televised "
        "debate, a bad-tempered hour dominated by pensions and immigration.\n\n"
        "Kendra Maddox, a former Cuyahoga County prosecutor running as a Democrat, accused her "
        'Republican opponent of wanting to "gut Social Security". Bo Ashcraft, 48, a two-term '
        "congressman from Dayton, flatly denied the charge.\n\n"
        '"I have never said that, I have never voted for that, and I never will," the '
        "congressman shot back.\n\n"
        "The race is a dead heat, according to a Buckeye Polling survey released on Friday that "
        "put both candidates on 46%.",
        [
            (P, ["gut Social Security"], "Kendra Maddox"),
            (
                D,
                ["I have never said that, I have never voted for that, and I never will"],
                "Bo Ashcraft",
            ),
            (I, ["The race is a dead heat"], "Buckeye Polling"),
        ],
    ),
    (  # 8 party conference speech: a quote continued over two paragraphs (one span each, the
        # first one's period kept) + "she told a packed hall" (pronoun), "A delegate from X
        # said afterwards that" (unnamed), partial after "dismissed the speech as" by "The
        # governing Name" (the party as an organisation)
        "Closing her party's annual conference in Bournemouth on Wednesday, the leader of the "
        "Alliance for Britain, Harriet Okonkwo-Price, set out a plan to build a million homes "
        "in five years.\n\n"
        '"For too long, this country has been run for the few who own things, not the many who '
        "make things. That ends with us.\n\n"
        '"We will build those homes, and we will build them where people actually want to '
        'live," she told a packed hall.\n\n'
        "A delegate from Sunderland said afterwards that he had never seen the party so united. "
        'The governing National Party dismissed the speech as "a wish list with no price '
        'tags".',
        [
            (
                D,
                [
                    "For too long, this country has been run for the few who own things, not the "
                    "many who make things. That ends with us.",
                    "We will build those homes, and we will build them where people actually "
                    "want to live",
                ],
                "Harriet Okonkwo-Price",
            ),
            (I, ["he had never seen the party so united"], "delegate"),
            (P, ["a wish list with no price tags"], "National Party"),
        ],
    ),
    (  # 9 New Zealand election night, curly quotes: "…, according to the Name." (the part
        # before), "“A,” the party's leader, Name, told …. “B.”" (two direct quotes, both his,
        # the second one's period kept), "conceded … and congratulated his rival" (not
        # annotated)
        "The centre-left Common Ground party won New Zealand's general election on Saturday, "
        "ending nine years in opposition. With 94% of votes counted, it had 44.7% of the party "
        "vote, according to the Electoral Returns Office.\n\n"
        "“Tonight New Zealand chose hope over fear,” the party's leader, Hemi Tautahi-Clarke, "
        "told cheering supporters in Auckland. “Tomorrow we start work.”\n\n"
        "The outgoing prime minister, Gregor Lindsay, conceded shortly before midnight and "
        "congratulated his rival. Coalition talks with the smaller Green Future party are "
        "expected to begin on Monday.",
        [
            (
                I,
                ["With 94% of votes counted, it had 44.7% of the party vote"],
                "Electoral Returns Office",
            ),
            (D, ["Tonight New Zealand chose hope over fear"], "Hemi Tautahi-Clarke"),
            (D, ["Tomorrow we start work."], "Hemi Tautahi-Clarke"),
        ],
    ),
    (  # 10 US governor resigns: "Prosecutors said the aide, Name, had …" (unnamed plural),
        # two-sentence direct + "Vandermolen, 61, said in a video" (surname and age), partial
        # inside "Lieutenant Governor Name, who …, said in a statement that she was" (only the
        # partial), "did not respond to a request for comment" (not a quote)
        "Wisconsin Governor Pete Vandermolen announced his resignation on Friday, two days after "
        "federal prosecutors charged his former chief of staff with wire fraud.\n\n"
        "Prosecutors said the aide, Colin Brandt, had diverted more than $700,000 from a state "
        "tourism fund into a consulting firm he controlled.\n\n"
        '"I have done nothing wrong. But this state deserves a governor whose full attention is '
        'on its people, not on a courtroom," Vandermolen, 61, said in a video posted on social '
        "media.\n\n"
        "Lieutenant Governor Alicia Fuentes, who will be sworn in on Monday, said in a statement "
        'that she was "ready to lead from day one". Brandt\'s lawyer did not respond to a '
        "request for comment.",
        [
            (
                I,
                [
                    "the aide, Colin Brandt, had diverted more than $700,000 from a state "
                    "tourism fund into a consulting firm he controlled"
                ],
                "prosecutors",
            ),
            (
                D,
                [
                    "I have done nothing wrong. But this state deserves a governor whose full "
                    "attention is on its people, not on a courtroom"
                ],
                "Pete Vandermolen",
            ),
            (P, ["ready to lead from day one"], "Alicia Fuentes"),
        ],
    ),
    (  # 11 by-election doorstep: direct + "said a retired teacher" (unnamed, after the
        # cue), "A younger man, who gave his name only as Dean, said he would" (first name
        # only), two-sentence direct + "she said" (pronoun for "Name, 31, the Green
        # candidate,")
        "Campaigners from four parties knocked on doors in the drizzle in Hexley on Saturday, "
        "five days before a by-election triggered by the death of the town's long-serving MP, "
        "Sir Alan Brewster.\n\n"
        "\"I've voted the same way all my life, and look where it's got us,\" said a retired "
        "teacher outside the Co-op on the high street. A younger man, who gave his name only as "
        "Dean, said he would not bother voting at all.\n\n"
        'Lucy Tanaka-Briggs, 31, the Green candidate, was upbeat. "People are telling us on '
        'the doorstep that they want change. We are the change," she said. She is the youngest '
        "of the seven candidates on the ballot.",
        [
            (
                D,
                ["I've voted the same way all my life, and look where it's got us"],
                "retired teacher",
            ),
            (I, ["he would not bother voting at all"], "Dean"),
            (
                D,
                ["People are telling us on the doorstep that they want change. We are the change"],
                "Lucy Tanaka-Briggs",
            ),
        ],
    ),
    (  # 12 German budget vote, curly quotes: direct + "said Chancellor Name, whose …"
        # (speaker after the cue, title dropped), partial after "called it" by "Name, who
        # leads …", "The finance ministry said" (unnamed institution)
        "Germany's three-party coalition survived a Bundestag vote on its 2027 budget on "
        "Friday, with 371 members voting in favour and 334 against.\n\n"
        "“This budget keeps our promises on defence without breaking our promises on "
        "pensions,” said Chancellor Katrin Oberhauser, whose government had looked close to "
        "collapse over the summer.\n\n"
        "Florian Weidenbach, who leads the opposition Greens in the Bundestag, called it “a "
        "budget of tanks and IOUs”. The finance ministry said net new borrowing would reach €61 "
        "billion next year, the highest level since 2021.",
        [
            (
                D,
                [
                    "This budget keeps our promises on defence without breaking our promises on "
                    "pensions"
                ],
                "Katrin Oberhauser",
            ),
            (P, ["a budget of tanks and IOUs"], "Florian Weidenbach"),
            (
                I,
                [
                    "net new borrowing would reach €61 billion next year, the highest level since 2021"
                ],
                "finance ministry",
            ),
        ],
    ),
    (  # 13 confirmation hearing: a question (mark kept) + "asked Senator Name, a Vermont
        # Democrat" (after the cue), '"A," the nominee replied. "B."' (descriptive noun; the
        # attribution ends its sentence: two direct quotes, the second one's period kept)
        "The Senate Judiciary Committee questioned Warren Pike, the president's nominee for "
        "attorney general, for more than seven hours on Tuesday. Pike, 58, is a former federal "
        "appeals judge from Texas.\n\n"
        '"Will you commit, here and now, to recusing yourself from any investigation involving '
        'the president?" asked Senator Rosalind Achterberg, a Vermont Democrat.\n\n'
        '"I will follow the law and the advice of career ethics officials," the nominee '
        'replied. "That is the commitment I can make."\n\n'
        "The committee is expected to vote on the nomination next week.",
        [
            (
                D,
                [
                    "Will you commit, here and now, to recusing yourself from any investigation "
                    "involving the president?"
                ],
                "Rosalind Achterberg",
            ),
            (
                D,
                ["I will follow the law and the advice of career ethics officials"],
                "Warren Pike",
            ),
            (D, ["That is the commitment I can make."], "Warren Pike"),
        ],
    ),
    (  # 14 Australian campaign launch: direct after a colon ("The former nurse was blunt:",
        # descriptive noun, final period kept), "…, according to the latest Name." (the part
        # before), "A spokesman for the Coalition said" (speaks for the party, named in full
        # earlier)
        "Opposition leader Bronwyn Kiely launched the Australian Progressive Party's election "
        "campaign in Perth on Sunday, three weeks before polling day.\n\n"
        'The former nurse was blunt: "Three more years of this government is three more years '
        'of rents going up and wages going nowhere."\n\n'
        "Her party leads the governing National Liberal Coalition by 52% to 48% on a "
        "two-party-preferred basis, according to the latest Southern Cross Poll. A spokesman "
        "for the Coalition said the Prime Minister, Neil Carrodus, would launch its campaign in "
        "Brisbane next weekend.",
        [
            (
                D,
                [
                    "Three more years of this government is three more years of rents going up "
                    "and wages going nowhere."
                ],
                "Bronwyn Kiely",
            ),
            (
                I,
                [
                    "Her party leads the governing National Liberal Coalition by 52% to 48% on a "
                    "two-party-preferred basis"
                ],
                "Southern Cross Poll",
            ),
            (
                I,
                [
                    "the Prime Minister, Neil Carrodus, would launch its campaign in Brisbane "
                    "next weekend"
                ],
                "National Liberal Coalition",
            ),
        ],
    ),
    (  # 15 Holyrood no-confidence vote, curly quotes: "“A,” Ms Surname said. “B.”" (two
        # direct quotes, both hers), "MacAskill, 57, told MSPs he would … and that …" (one
        # indirect, no "that" at the start), "left the chamber without speaking to reporters"
        # (not a quote)
        "Scotland's First Minister, Ewan MacAskill, survived a vote of no confidence at "
        "Holyrood on Thursday by 65 votes to 62, after the four members of the Scottish Green "
        "Alliance abstained. The motion was tabled by the Scottish Unionist leader, Morag "
        "Cunningham, over the cost of two new ferries, which has tripled to £410 million.\n\n"
        "“The First Minister has lost the confidence of the islands, of the shipyard workers "
        "and of this parliament,” Ms Cunningham said. “He should go with what little dignity he "
        "has left.”\n\n"
        "MacAskill, 57, told MSPs he would not resign and that an independent review of the "
        "contract would report by March.\n\n"
        "The Green Alliance's co-leader, Isla Rennie, left the chamber without speaking to "
        "reporters.",
        [
            (
                D,
                [
                    "The First Minister has lost the confidence of the islands, of the shipyard "
                    "workers and of this parliament"
                ],
                "Morag Cunningham",
            ),
            (D, ["He should go with what little dignity he has left."], "Morag Cunningham"),
            (
                I,
                [
                    "he would not resign and that an independent review of the contract would "
                    "report by March"
                ],
                "Ewan MacAskill",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout134.jsonl"),
        "heldout134",
        "h134",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
