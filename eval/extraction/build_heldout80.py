"""Source of the eightieth held-out set: writes heldout80.jsonl (split "heldout80").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, parties, organisations and figures invented. The texts
read like national politics and parliament news: debates in the Assemblée nationale, the Sénat
and the Commons, motions of censure and votes of no confidence, reshuffles, party congresses and
leadership contests, budget votes, committee hearings and campaign rallies, with MPs, ministers,
party leaders, spokespeople, trade unionists and political analysts quoted, and some interview
question-and-answer passages.
Measured once with 0.3.0 and 0.27.1 on 2026-12-02, then read for extractor 0.28.0
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout80.py
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
    (  # 1 motion de censure: direct with "a lancé … la présidente du groupe X, Name" after,
        # partial "a qualifié … de « … »" with "Elle", "le Premier ministre" (role alone,
        # named earlier as "le Premier ministre Name"), incise "a-t-il ajouté" splitting one
        # quote with its final period kept
        "La motion de censure déposée par les trois groupes de gauche contre le gouvernement du "
        "Premier ministre Bertrand Malaterre a été rejetée mercredi soir à l'Assemblée "
        "nationale. Elle n'a recueilli que 251 voix, loin des 289 nécessaires pour faire tomber "
        "l'exécutif.\n\n"
        "«\u00a0Ce gouvernement gouverne contre le pays et sans le pays\u00a0», a lancé à la "
        "tribune la présidente du groupe Gauche unie, Odile Ferrand-Kassab, sous les "
        "applaudissements de ses collègues. Elle a qualifié le recours répété à l'article 49.3 "
        "de «\u00a0mépris du Parlement\u00a0».\n\n"
        "Au banc du gouvernement, le Premier ministre a défendu son budget, qui prévoit "
        "14 milliards d'euros d'économies et un gel partiel des prestations sociales. "
        "«\u00a0Nous n'avons pas choisi la facilité, a-t-il ajouté, nous avons choisi la "
        "sincérité des comptes.\u00a0»\n\n"
        "Le groupe centriste Alliance démocrate, dont les 34 députés se sont abstenus, reste "
        "l'arbitre de la législature. Une nouvelle motion est d'ores et déjà attendue lors de la "
        "lecture définitive du texte, prévue à la mi-décembre.",
        [
            (
                D,
                ["Ce gouvernement gouverne contre le pays et sans le pays"],
                "Odile Ferrand-Kassab",
            ),
            (P, ["mépris du Parlement"], "Odile Ferrand-Kassab"),
            (
                D,
                [
                    "Nous n'avons pas choisi la facilité",
                    "nous avons choisi la sincérité des comptes.",
                ],
                "Bertrand Malaterre",
            ),
        ],
    ),
    (  # 2 remaniement: two porte-parole of the same kind introduced by apposition, each
        # followed by "-t-elle" (resolution to the nearest one), partial "a dénoncé un « … »",
        # "a défendu la nouvelle équipe" (noun object, not annotated)
        "Le président de la République a procédé lundi au remaniement attendu depuis la "
        "rentrée. Sept ministres quittent le gouvernement, dont celui de l'Intérieur, Gaspard "
        "Vendôme, remplacé par la préfète Nadia Belkacemi-Roux, 52 ans, qui fait son entrée en "
        "politique.\n\n"
        "La porte-parole du gouvernement, Claire Aubertin, a défendu la nouvelle équipe dans la "
        "cour de l'Élysée. «\u00a0C'est une équipe resserrée, une équipe de combat, qui doit "
        "tenir jusqu'à la fin du quinquennat\u00a0», a-t-elle affirmé.\n\n"
        "Dans l'opposition, le ton est tout autre. La porte-parole du parti Renouveau social, "
        "Mélanie Oyono, a dénoncé un «\u00a0jeu de chaises musicales\u00a0» sans cap ni méthode. "
        "«\u00a0Les visages changent, la politique reste la même\u00a0», a-t-elle ajouté sur "
        "l'antenne de Radio Cité.\n\n"
        "Le ministre sortant a quitté la place Beauvau sans un mot pour la presse. Sa "
        "successeure devra gérer dès la semaine prochaine l'examen au Sénat du projet de loi sur "
        "la sécurité intérieure, qui divise jusque dans les rangs de la majorité.",
        [
            (
                D,
                [
                    "C'est une équipe resserrée, une équipe de combat, qui doit tenir jusqu'à la "
                    "fin du quinquennat"
                ],
                "Claire Aubertin",
            ),
            (P, ["jeu de chaises musicales"], "Mélanie Oyono"),
            (D, ["Les visages changent, la politique reste la même"], "Mélanie Oyono"),
        ],
    ),
    (  # 3 Sénat budget vote: dialogue dash lines with "a attaqué le rapporteur général" and
        # "a rétorqué la ministre" (roles alone, named earlier by apposition), organisation
        # indirect "Le groupe X a annoncé qu'il…" (generic noun dropped), "a défendu un
        # amendement" not annotated
        "Le Sénat a adopté mardi, par 198 voix contre 121, la première partie du projet de loi "
        "de finances pour 2027, après une nuit de débats tendus sur la surtaxe d'impôt sur les "
        "sociétés imposée aux grandes entreprises.\n\n"
        "Le rapporteur général de la commission des finances, Jean-Baptiste Koné, a défendu un "
        "amendement supprimant cette surtaxe dès l'an prochain. L'échange avec la ministre des "
        "Comptes publics, Sophie Delacourt-Mbaye, a été vif.\n\n"
        "— Vous faites payer aux entreprises l'incapacité de l'État à tenir ses dépenses, a "
        "attaqué le rapporteur général.\n\n"
        "— Et vous, vous leur offrez 8 milliards sans la moindre contrepartie, a rétorqué la "
        "ministre.\n\n"
        "L'amendement a finalement été adopté à une courte majorité. Le groupe Gauche "
        "républicaine a annoncé qu'il saisirait le Conseil constitutionnel si la suppression "
        "était maintenue dans la version définitive du texte.",
        [
            (
                D,
                ["Vous faites payer aux entreprises l'incapacité de l'État à tenir ses dépenses"],
                "Jean-Baptiste Koné",
            ),
            (
                D,
                ["Et vous, vous leur offrez 8 milliards sans la moindre contrepartie"],
                "Sophie Delacourt-Mbaye",
            ),
            (
                I,
                [
                    "il saisirait le Conseil constitutionnel si la suppression était maintenue "
                    "dans la version définitive du texte"
                ],
                "Gauche républicaine",
            ),
        ],
    ),
    (  # 4 party congress: slogan and motion title in « » (not quotes), speaker before a colon,
        # one quote over two paragraphs (first left open, second reopened), partial
        # "a appelé les militants à « … »" by a rival named with apposition
        "Réunis ce week-end à Clermont-Ferrand, les 3\u00a0000 délégués du Mouvement populaire "
        "européen (MPE) ont élu leur nouveau premier secrétaire, Karim Benhadj-Lefort, avec "
        "61\u00a0% des suffrages. Sous une banderole frappée du slogan «\u00a0La France qui se "
        "lève\u00a0», le député de la Loire a livré un discours offensif.\n\n"
        "Le nouveau dirigeant a fixé le cap dès ses premiers mots\u00a0: «\u00a0Nous ne serons "
        "plus le parti des occasions manquées. Dans dix-huit mois, nous serons prêts à "
        "gouverner.\n\n"
        "«\u00a0Et nous gouvernerons avec tous ceux qui refusent le repli, sans exclusive et sans "
        "naïveté.\u00a0»\n\n"
        "Battue au second tour, sa rivale, la sénatrice Hélène Vasseur, a appelé les militants à "
        "«\u00a0l'unité\u00a0», mais n'a pas caché sa déception. Le congrès a ensuite adopté à "
        "78\u00a0% une motion d'orientation intitulée «\u00a0Réparer la République\u00a0», qui "
        "servira de base au programme du parti pour les prochaines élections législatives.",
        [
            (
                D,
                [
                    "Nous ne serons plus le parti des occasions manquées. Dans dix-huit mois, nous "
                    "serons prêts à gouverner.",
                    "Et nous gouvernerons avec tous ceux qui refusent le repli, sans exclusive et "
                    "sans naïveté.",
                ],
                "Karim Benhadj-Lefort",
            ),
            (P, ["l'unité"], "Hélène Vasseur"),
        ],
    ),
    (  # 5 radio interview Q&A: programme title in « » (not a quote), "Interrogée sur…, elle a
        # répondu : « … »", a journalist's question without marks then "a-t-elle tranché",
        # indirect "Mme X a par ailleurs assuré que", partial "a évoqué une « … »" by a union
        # leader
        "Invitée dimanche du «\u00a0Grand Rendez-vous politique\u00a0» de Radio Cité, la "
        "ministre du Travail, Fatou Diarra-Lemaire, a exclu tout recul sur la réforme de "
        "l'assurance chômage, dont le décret doit paraître avant Noël.\n\n"
        "Interrogée sur la menace d'une motion de censure brandie par une partie de la majorité, "
        "elle a répondu sans détour\u00a0: «\u00a0Je ne gouverne pas avec un sondage dans une "
        "main et un calendrier électoral dans l'autre.\u00a0»\n\n"
        "Et si les syndicats appellent à la grève\u00a0? «\u00a0Le dialogue reste ouvert, mais "
        "le texte ne sera pas réécrit\u00a0», a-t-elle tranché. Mme Diarra-Lemaire a par "
        "ailleurs assuré que les demandeurs d'emploi de plus de 55 ans seraient exemptés des "
        "nouvelles règles d'indemnisation.\n\n"
        "Ces propos ont aussitôt fait réagir le secrétaire général de l'Union syndicale du "
        "travail (UST), Patrick Ozanne, qui a évoqué une «\u00a0provocation\u00a0» et appelé à "
        "une journée de mobilisation le 12 décembre.",
        [
            (
                D,
                [
                    "Je ne gouverne pas avec un sondage dans une main et un calendrier électoral "
                    "dans l'autre."
                ],
                "Fatou Diarra-Lemaire",
            ),
            (
                D,
                ["Le dialogue reste ouvert, mais le texte ne sera pas réécrit"],
                "Fatou Diarra-Lemaire",
            ),
            (
                I,
                [
                    "les demandeurs d'emploi de plus de 55 ans seraient exemptés des nouvelles "
                    "règles d'indemnisation"
                ],
                "Fatou Diarra-Lemaire",
            ),
            (P, ["provocation"], "Patrick Ozanne"),
        ],
    ),
    (  # 6 campaign rally: "Selon les organisateurs, …" (indirect, unnamed group), direct with
        # "a martelé la candidate" (role alone), "sondages selon lesquels" (not a source),
        # a supporter named by first name only with "confie-t-elle"
        "Ils étaient plusieurs milliers, samedi, sous la halle Tony-Garnier à Lyon, pour le "
        "premier grand meeting de campagne d'Élise Marchetti-Diop, candidate de l'Union des "
        "écologistes à l'élection présidentielle. Selon les organisateurs, 9\u00a0000 personnes "
        "ont assisté au discours.\n\n"
        "«\u00a0On nous dit que l'écologie est punitive. Ce qui est punitif, c'est la canicule, "
        "c'est la facture de chauffage, c'est la sécheresse\u00a0», a martelé la candidate, "
        "longuement applaudie.\n\n"
        "L'ancienne maire de Grenoble s'appuie sur des sondages récents selon lesquels près d'un "
        "électeur sur deux placerait le climat parmi ses trois priorités. Son équipe de "
        "campagne veut y voir le signe d'une dynamique, même si elle reste créditée de moins de "
        "10\u00a0% des intentions de vote.\n\n"
        "Dans le public, Nadège, enseignante de 41 ans venue de Villeurbanne, a applaudi à tout "
        "rompre. «\u00a0Pour une fois, quelqu'un parle de nous sans nous mépriser\u00a0», "
        "confie-t-elle.",
        [
            (I, ["9\u00a0000 personnes ont assisté au discours"], "organisateurs"),
            (
                D,
                [
                    "On nous dit que l'écologie est punitive. Ce qui est punitif, c'est la "
                    "canicule, c'est la facture de chauffage, c'est la sécheresse"
                ],
                "Élise Marchetti-Diop",
            ),
            (D, ["Pour une fois, quelqu'un parle de nous sans nous mépriser"], "Nadège"),
        ],
    ),
    (  # 7 pensions bill: union intention phrase "a fait part de sa volonté d'…" (indirect,
        # "Le syndicat" = the confederation named by acronym), direct with "sa secrétaire
        # générale, Name" after, "Selon lui, …" (indirect) after a minister's apposition,
        # "a promis des mesures" not annotated
        "L'examen du projet de loi sur le financement des retraites a débuté lundi à l'Assemblée "
        "nationale dans un climat électrique. Plus de 4\u00a0000 amendements ont été déposés, "
        "dont les trois quarts par les groupes d'opposition.\n\n"
        "Devant le Palais-Bourbon, quelques centaines de manifestants s'étaient rassemblés à "
        "l'appel de la Confédération des travailleurs unis (CTU). Le syndicat a fait part de sa "
        "volonté d'organiser une nouvelle journée de grève avant le vote solennel. "
        "«\u00a0Travailler deux ans de plus pour financer les erreurs des autres, c'est "
        "non\u00a0», a résumé sa secrétaire générale, Rachida Ouedraogo, au micro de plusieurs "
        "radios.\n\n"
        "Dans l'hémicycle, le ministre délégué aux Retraites, Vincent Lhermitte, a promis des "
        "mesures pour les carrières longues. Selon lui, l'équilibre du système ne peut être "
        "atteint sans mesure d'âge. Le vote solennel est prévu le 16 décembre.",
        [
            (
                I,
                ["organiser une nouvelle journée de grève avant le vote solennel"],
                "Confédération des travailleurs unis",
            ),
            (
                D,
                ["Travailler deux ans de plus pour financer les erreurs des autres, c'est non"],
                "Rachida Ouedraogo",
            ),
            (
                I,
                ["l'équilibre du système ne peut être atteint sans mesure d'âge"],
                "Vincent Lhermitte",
            ),
        ],
    ),
    (  # 8 questions au gouvernement: « » with plain spaces, a question ending the quote
        # ("? » a interrogé l'élu du Cantal"), partial "en accusant … de « … »", incise
        # "a-t-il affirmé" splitting one quote
        "La séance des questions au gouvernement a tourné à l'affrontement, mardi, entre le "
        "ministre de l'Intérieur, Nadir Chaouch, et le député indépendant du Cantal Lucien "
        "Perrot-Mallet, à propos de la fermeture de plusieurs commissariats en zone rurale.\n\n"
        "« Vous avez fermé onze commissariats en deux ans dans mon seul département. Qui viendra "
        "quand on appellera la nuit ? » a interrogé l'élu du Cantal, applaudi sur les bancs de "
        "l'opposition.\n\n"
        "Le ministre a répliqué en accusant le député de « caricaturer » la réforme de la carte "
        "policière. « Aucun territoire ne sera abandonné, a-t-il affirmé, et les effectifs de "
        "gendarmerie augmenteront de 6 % l'an prochain. »\n\n"
        "À la sortie de l'hémicycle, M. Perrot-Mallet n'avait pas désarmé. Les maires de sa "
        "circonscription doivent être reçus place Beauvau au début du mois de janvier.",
        [
            (
                D,
                [
                    "Vous avez fermé onze commissariats en deux ans dans mon seul département. Qui "
                    "viendra quand on appellera la nuit ?"
                ],
                "Lucien Perrot-Mallet",
            ),
            (P, ["caricaturer"], "Nadir Chaouch"),
            (
                D,
                [
                    "Aucun territoire ne sera abandonné",
                    "et les effectifs de gendarmerie augmenteront de 6 % l'an prochain.",
                ],
                "Nadir Chaouch",
            ),
        ],
    ),
    (  # 9 commission d'enquête: "l'ancien trésorier a estimé que … « … »" (only the partial),
        # "reconnu des erreurs" and "niant tout enrichissement" not annotated, direct with
        # "a-t-elle ironisé" after a rapporteure's apposition, "D'après la Commission X, …"
        "La commission d'enquête de l'Assemblée nationale sur le financement des campagnes "
        "électorales a auditionné jeudi l'ancien trésorier du parti Avenir commun, Marc-Antoine "
        "Desrosiers, pendant près de quatre heures.\n\n"
        "Sous serment, l'ancien trésorier a estimé que les règles de plafonnement étaient "
        "«\u00a0inapplicables en l'état\u00a0» et reconnu des erreurs de procédure, tout en "
        "niant tout enrichissement personnel.\n\n"
        "Ses explications n'ont pas convaincu la rapporteure, Amina Touré-Bellec. «\u00a0On nous "
        "décrit un système où personne ne savait rien et où tout le monde signait\u00a0», "
        "a-t-elle ironisé.\n\n"
        "D'après la Commission nationale des comptes de campagne, plus de 1,2 million d'euros de "
        "dépenses n'auraient pas été déclarées lors des législatives de 2024. La commission "
        "d'enquête doit rendre son rapport au mois de mars, avant un éventuel signalement à la "
        "justice.",
        [
            (P, ["inapplicables en l'état"], "Marc-Antoine Desrosiers"),
            (
                D,
                [
                    "On nous décrit un système où personne ne savait rien et où tout le monde "
                    "signait"
                ],
                "Amina Touré-Bellec",
            ),
            (
                I,
                [
                    "plus de 1,2 million d'euros de dépenses n'auraient pas été déclarées lors des "
                    "législatives de 2024"
                ],
                "Commission nationale des comptes de campagne",
            ),
        ],
    ),
    (  # 10 leadership race: nickname «le Hussard» (not a quote), « » without inner spaces,
        # particle name "Paul-Henri de Kervasdoué", "Il a promis de …" (indirect), partial
        # "a jugé cette candidature «…»" by the outgoing president
        "Surnommé «le Hussard» par ses adversaires pour ses charges répétées contre la "
        "direction, le sénateur de la Manche Paul-Henri de Kervasdoué a officialisé jeudi sa "
        "candidature à la présidence des Républicains indépendants (RI).\n\n"
        "«Notre famille politique s'est endormie. Je veux la réveiller avant qu'il ne soit trop "
        "tard», a-t-il déclaré depuis sa permanence de Saint-Lô. Il a promis de soumettre le "
        "programme du parti à un vote de tous les adhérents.\n\n"
        "Face à lui, la présidente sortante, Ludivine Ramassamy, a jugé cette candidature "
        "«tardive». Depuis son arrivée à la tête du parti il y a trois ans, elle a remporté "
        "quatre élections législatives partielles.\n\n"
        "Le vote des adhérents aura lieu en ligne du 8 au 10 février. Un éventuel second tour "
        "opposerait les deux candidats arrivés en tête une semaine plus tard.",
        [
            (
                D,
                [
                    "Notre famille politique s'est endormie. Je veux la réveiller avant qu'il ne "
                    "soit trop tard"
                ],
                "Paul-Henri de Kervasdoué",
            ),
            (
                I,
                ["soumettre le programme du parti à un vote de tous les adhérents"],
                "Paul-Henri de Kervasdoué",
            ),
            (P, ["tardive"], "Ludivine Ramassamy"),
        ],
    ),
    (  # 11 dissolution rumours: two political analysts (same kind), "Pour le politologue X,
        # … « … »" (partial), "explique-t-il", direct with "avance Mme X" (title + surname),
        # "L'Élysée n'a ni confirmé ni démenti" and "sondage selon lequel" not quotes
        "La rumeur d'une dissolution de l'Assemblée nationale au printemps agite les couloirs du "
        "Palais-Bourbon depuis plusieurs jours. L'Élysée n'a ni confirmé ni démenti.\n\n"
        "Pour le politologue Sébastien Ahanda, professeur à Sciences Po Bordeaux, une telle "
        "décision serait «\u00a0un pari à très haut risque\u00a0». «\u00a0Le président n'a "
        "aucune garantie d'obtenir une majorité plus confortable. Il pourrait même perdre la "
        "sienne\u00a0», explique-t-il.\n\n"
        "Sa collègue Marion Lefebvre-Tran, chercheuse au Centre d'études de la vie politique, "
        "n'est pas de cet avis. «\u00a0Une dissolution permettrait de sortir du blocage "
        "budgétaire, et le chef de l'État le sait\u00a0», avance Mme Lefebvre-Tran.\n\n"
        "Un sondage publié mardi, selon lequel 58\u00a0% des Français seraient favorables à de "
        "nouvelles élections législatives, a relancé les spéculations. Le chef de l'État doit s'exprimer à la télévision avant la fin "
        "de l'année.",
        [
            (P, ["un pari à très haut risque"], "Sébastien Ahanda"),
            (
                D,
                [
                    "Le président n'a aucune garantie d'obtenir une majorité plus confortable. Il "
                    "pourrait même perdre la sienne"
                ],
                "Sébastien Ahanda",
            ),
            (
                D,
                [
                    "Une dissolution permettrait de sortir du blocage budgétaire, et le chef de "
                    "l'État le sait"
                ],
                "Marion Lefebvre-Tran",
            ),
        ],
    ),
    (  # 12 49.3 on social security budget: "a assuré vouloir …" (indirect), direct with
        # "a-t-il justifié", partial "a fustigé un « … »" after an apposition
        "Le gouvernement a engagé jeudi sa responsabilité sur le projet de loi de financement "
        "de la Sécurité sociale, en recourant pour la troisième fois cet automne à l'article "
        "49.3 de la Constitution.\n\n"
        "Le ministre de la Santé, Olivier Benattar, a assuré vouloir préserver l'enveloppe des "
        "hôpitaux publics, en hausse de 3,1\u00a0%. «\u00a0Ce n'est pas un choix de confort. "
        "C'est le seul moyen de doter le pays d'un budget avant le 31 décembre\u00a0», a-t-il "
        "justifié devant les députés.\n\n"
        "Le déficit de la Sécurité sociale devrait atteindre 16,4 milliards d'euros l'an "
        "prochain, un niveau inédit hors période de crise.\n\n"
        "Du côté de l'opposition, le président du groupe Nation et territoires, Guillaume "
        "Sabatier, a fustigé un «\u00a0passage en force permanent\u00a0». Son groupe déposera "
        "une motion de censure dès vendredi, qui sera examinée lundi.",
        [
            (
                I,
                ["préserver l'enveloppe des hôpitaux publics, en hausse de 3,1\u00a0%"],
                "Olivier Benattar",
            ),
            (
                D,
                [
                    "Ce n'est pas un choix de confort. C'est le seul moyen de doter le pays d'un "
                    "budget avant le 31 décembre"
                ],
                "Olivier Benattar",
            ),
            (P, ["passage en force permanent"], "Guillaume Sabatier"),
        ],
    ),
    (  # 13 TV debate: dialogue dash lines with "a attaqué M. X", "a répliqué l'ancienne
        # ministre" (role given earlier by apposition) and "a insisté son rival", then
        # indirect "Mme X a annoncé qu'elle …"
        "Le débat télévisé entre les deux finalistes de la primaire de la droite, mercredi soir "
        "sur Canal 9, a été marqué par un échange particulièrement vif sur la dette. Face à "
        "face, le député Arnaud Lebreton-Saïdi et Véronique Castagnède, ancienne ministre du "
        "Budget, ne se sont rien épargné.\n\n"
        "— Vous avez voté toutes les hausses d'impôts de ces dix dernières années, a attaqué "
        "M. Lebreton-Saïdi.\n\n"
        "— C'est faux, et vous le savez, a répliqué l'ancienne ministre, avant de brandir le "
        "compte rendu des scrutins.\n\n"
        "— Alors publiez-les, tous, a insisté son rival.\n\n"
        "Au lendemain de l'émission, Mme Castagnède a annoncé qu'elle publierait dès jeudi "
        "l'intégralité de ses votes depuis 2014. Le second tour de la primaire aura lieu le "
        "14 décembre, et près de 400\u00a0000 électeurs se sont déjà inscrits.",
        [
            (
                D,
                ["Vous avez voté toutes les hausses d'impôts de ces dix dernières années"],
                "Arnaud Lebreton-Saïdi",
            ),
            (D, ["C'est faux, et vous le savez"], "Véronique Castagnède"),
            (D, ["Alors publiez-les, tous"], "Arnaud Lebreton-Saïdi"),
            (
                I,
                ["elle publierait dès jeudi l'intégralité de ses votes depuis 2014"],
                "Véronique Castagnède",
            ),
        ],
    ),
    (  # 14 election of the Senate president: partial "a promis une chambre « … »" with "le
        # nouveau président", "a-t-il lancé", essay title in « » (not a quote), "Selon lui"
        # (indirect) after "l'élu alsacien"
        "Le sénateur du Bas-Rhin Frédéric Wendling-Amrani a été élu mercredi président du Sénat "
        "au deuxième tour de scrutin, avec 181 voix, succédant à Jacqueline Mourier, qui ne se "
        "représentait pas.\n\n"
        "Dans son premier discours au plateau, le nouveau président a promis une chambre "
        "«\u00a0exigeante mais jamais obstructive\u00a0» face au gouvernement. «\u00a0Le Sénat "
        "n'est pas une chambre d'enregistrement, et il ne sera pas non plus une chambre de "
        "blocage\u00a0», a-t-il lancé sous les applaudissements.\n\n"
        "Auteur d'un essai remarqué, «\u00a0Le Temps long de la République\u00a0», l'élu "
        "alsacien défend depuis des années une réforme du bicamérisme. Selon lui, le Sénat "
        "devrait disposer d'un droit de veto sur les lois touchant aux collectivités locales.\n\n"
        "Sa rivale malheureuse, la centriste Isabelle Fontaine-Aziz, a félicité le vainqueur "
        "depuis son banc avant de quitter l'hémicycle.",
        [
            (P, ["exigeante mais jamais obstructive"], "Frédéric Wendling-Amrani"),
            (
                D,
                [
                    "Le Sénat n'est pas une chambre d'enregistrement, et il ne sera pas non plus "
                    "une chambre de blocage"
                ],
                "Frédéric Wendling-Amrani",
            ),
            (
                I,
                [
                    "le Sénat devrait disposer d'un droit de veto sur les lois touchant aux "
                    "collectivités locales"
                ],
                "Frédéric Wendling-Amrani",
            ),
        ],
    ),
    (  # 15 rebels in the majority group: anonymous MP ("peste un député de la majorité" ->
        # "député"), partial after elision "d'« … »" with "Il" for the group president
        "La fronde couve au sein du groupe majoritaire. Vingt-trois députés de Cap commun ont "
        "refusé mardi de voter l'article 12 du projet de loi sur l'immigration, qui durcit les "
        "conditions du regroupement familial.\n\n"
        "«\u00a0On ne nous a jamais consultés. On découvre les amendements du gouvernement dans "
        "la presse\u00a0», peste un député de la majorité, sous couvert d'anonymat.\n\n"
        "Le président du groupe, Ibrahim Sy-Lachaud, s'est efforcé de minimiser l'incident "
        "devant la presse parlementaire. Il a qualifié les frondeurs d'«\u00a0amis "
        "exigeants\u00a0», sans exclure de futures sanctions en cas de récidive.\n\n"
        "Sur le terrain, ces divisions tombent mal, à six mois des élections municipales. "
        "L'article 12 a néanmoins été adopté grâce aux voix d'une partie de l'opposition de "
        "droite, au terme d'un scrutin serré.",
        [
            (
                D,
                [
                    "On ne nous a jamais consultés. On découvre les amendements du gouvernement "
                    "dans la presse"
                ],
                "député",
            ),
            (P, ["amis exigeants"], "Ibrahim Sy-Lachaud"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 PMQs: partial "accused the government of "…"", one quote split by "she told the
        # Commons," (two spans, final period kept), indirect "replied that" after a role +
        # apposition
        "Prime Minister's Questions descended into a shouting match on Wednesday as the Leader "
        'of the Opposition, Gwendolyn Ashcroft-Obi, accused the government of "losing control" '
        "of hospital waiting lists.\n\n"
        '"Seven million people are waiting for treatment," she told the Commons, "and the '
        'Prime Minister wants a round of applause."\n\n'
        "The Prime Minister, Richard Hale, replied that waiting lists had fallen for four "
        "consecutive months and that the backlog would be cleared by the end of the parliament. "
        "The Speaker twice had to intervene to restore order as backbenchers on both sides "
        "heckled.\n\n"
        "The exchange came a day after the publication of a leaked memo on the health "
        "service's winter plans. Ministers have set aside £2.1bn for "
        "extra beds and overnight clinics this winter and "
        "into the spring.",
        [
            (P, ["losing control"], "Gwendolyn Ashcroft-Obi"),
            (
                D,
                [
                    "Seven million people are waiting for treatment",
                    "and the Prime Minister wants a round of applause.",
                ],
                "Gwendolyn Ashcroft-Obi",
            ),
            (
                I,
                [
                    "waiting lists had fallen for four consecutive months and that the backlog "
                    "would be cleared by the end of the parliament"
                ],
                "Richard Hale",
            ),
        ],
    ),
    (  # 2 reshuffle: two ministers of the same kind, unnamed "A spokesman for Downing Street"
        # (-> Downing Street) with a partial inside reported speech (only the partial), direct
        # with "he told reporters" resolving to "Mr Qadir" (title + surname)
        "The Prime Minister carried out a sweeping reshuffle on Monday, moving the Home "
        "Secretary, Imran Qadir, to the Foreign Office and promoting the little-known housing "
        "minister Bethany Lowther to the Treasury as Chief Secretary.\n\n"
        "A spokesman for Downing Street said the changes would \u201csharpen delivery\u201d "
        "ahead of the spring budget.\n\n"
        "Mr Qadir, who had clashed with colleagues over immigration targets, appeared relaxed "
        "as he arrived at his new department. \u201cI asked for this job. The Foreign Office is "
        "where the big fights are now,\u201d he told reporters on the steps of King Charles "
        "Street.\n\n"
        "Ms Lowther, 38, becomes one of the youngest Treasury ministers in a generation. She "
        "will be responsible for negotiating spending settlements with every department, a "
        "role that has ended more careers than it has made.",
        [
            (P, ["sharpen delivery"], "Downing Street"),
            (
                D,
                ["I asked for this job. The Foreign Office is where the big fights are now"],
                "Imran Qadir",
            ),
        ],
    ),
    (  # 3 budget: partial inside "telling MPs it was "…"" (only the partial), "…, according to
        # the Office for Budget Responsibility, which…" (indirect, part before), "he said"
        # after a shadow role's apposition, "according to which" trap (not a source)
        "The Chancellor, Margaret Oyelaran, unveiled \u00a318bn of tax rises and spending cuts in "
        "her autumn budget on Wednesday, telling MPs it was \u201cthe responsible choice, not the "
        "easy one\u201d.\n\n"
        "The package includes a freeze on income tax thresholds until 2030 and a new levy on "
        "private jets. Growth will be weaker than expected next year, according to the Office "
        "for Budget Responsibility, which cut its forecast to 0.9%.\n\n"
        "The shadow chancellor, Declan Moriarty, was scathing. \u201cThis is a budget that taxes "
        "work, punishes saving and calls it stability,\u201d he said.\n\n"
        "Figures published alongside the statement, according to which average household "
        "incomes will not recover their 2022 level until 2028, were quickly seized upon by "
        "opposition MPs. The Finance Bill will be debated in the Commons next week.",
        [
            (P, ["the responsible choice, not the easy one"], "Margaret Oyelaran"),
            (
                I,
                ["Growth will be weaker than expected next year"],
                "Office for Budget Responsibility",
            ),
            (
                D,
                ["This is a budget that taxes work, punishes saving and calls it stability"],
                "Declan Moriarty",
            ),
        ],
    ),
    (  # 4 party conference: slogan in quotes (not a quote), "Mr X told delegates: "…" over two
        # paragraphs (one quote, one span per paragraph), partial "described the speech as
        # "…"" by a deputy introduced with "His deputy, Name,"
        "Delegates packed the main hall in Manchester on Tuesday for the closing speech of the "
        'Liberal Alliance conference, held under the slogan "Fair Shares, Fair Chances". The '
        "party leader, Tomasz Wilczek, used it to set out his conditions for any future "
        "coalition.\n\n"
        'Mr Wilczek told delegates: "We will not prop up a government that has run out of '
        "ideas. We will not trade our principles for ministerial cars.\n\n"
        '"What we will do is demand a fair voting system, and we will not blink first."\n\n'
        'His deputy, Aisha Rahman-Cole, later described the speech as "a line in the sand". '
        "The party, which holds 41 seats, is polling at 14%, its best showing in a decade, and "
        "hopes to hold the balance of power after the next general election.",
        [
            (
                D,
                [
                    "We will not prop up a government that has run out of ideas. We will not "
                    "trade our principles for ministerial cars.",
                    "What we will do is demand a fair voting system, and we will not blink first.",
                ],
                "Tomasz Wilczek",
            ),
            (P, ["a line in the sand"], "Aisha Rahman-Cole"),
        ],
    ),
    (  # 5 newspaper interview Q&A: "Asked whether…, she replied: "…"" (direct), "Pressed on
        # reports that…, Ms X said she was listening … but would not be "…"" (only the partial),
        # "defended her plans" not annotated
        "In an interview with the Sunday Herald, the Work and Pensions Secretary, Nkechi "
        "Adeyemi-Hart, defended her plans to tighten eligibility for disability benefits, which "
        "have provoked a rebellion on the government's own benches.\n\n"
        "Asked whether she would resign if the bill were defeated, she replied: \u201cNo. I did "
        "not come into politics to walk away when it gets difficult.\u201d\n\n"
        "Pressed on reports that as many as 60 government MPs could vote against the bill at its "
        "second reading, Ms Adeyemi-Hart said she was listening carefully but would not be "
        "\u201cbullied into a U-turn\u201d.\n\n"
        "The bill would save an estimated \u00a33.4bn a year by 2030. Disability charities have "
        "organised a lobby of Parliament for the day of the vote, which is expected before the "
        "Christmas recess.",
        [
            (
                D,
                ["No. I did not come into politics to walk away when it gets difficult."],
                "Nkechi Adeyemi-Hart",
            ),
            (P, ["bullied into a U-turn"], "Nkechi Adeyemi-Hart"),
        ],
    ),
    (  # 6 by-election rally: single curly quotes, "'A,' he told the crowd. 'B.'" (two direct
        # quotes, the second unattributed continuing the same speaker), indirect with
        # "residents said" (unnamed group)
        "With two days to go before the Thornbury North by-election, the Democratic Union "
        "candidate, Gareth Pryce-Jones, held a rally in a packed community hall on Friday "
        "night.\n\n"
        "\u2018We have been taken for granted for forty years,\u2019 he told the crowd of about "
        "400. \u2018On Thursday, that ends.\u2019\n\n"
        "Outside, some residents said the closure of the local hospital's maternity unit "
        "mattered more to them than any party. The seat has been held by the governing party "
        "since 1983, but its majority fell to just over 2,000 at the last general election.\n\n"
        "The by-election was triggered by the resignation of the sitting MP, who is standing "
        "down for health reasons. Five candidates are on the ballot paper, and polls open at 7am on Thursday. "
        "The result is expected overnight.",
        [
            (D, ["We have been taken for granted for forty years"], "Gareth Pryce-Jones"),
            (D, ["On Thursday, that ends."], "Gareth Pryce-Jones"),
            (
                I,
                [
                    "the closure of the local hospital's maternity unit mattered more to them "
                    "than any party"
                ],
                "residents",
            ),
        ],
    ),
    (  # 7 leadership race: nickname in quotes inside dashes (not a quote), "said in a statement
        # that" (indirect), direct with "she said" after "His closest rival, Name,"
        "Nominations closed on Thursday in the race to lead the Progressive Conservative Party, "
        "with three candidates clearing the threshold of 35 MPs.\n\n"
        "The frontrunner, former defence secretary Alistair Munro \u2014 known at Westminster as "
        "\u201cthe Quiet Man\u201d \u2014 said in a statement that he would publish a full policy "
        "platform within a fortnight.\n\n"
        "His closest rival, Priya Venkataraman, who has never served in cabinet, is pitching "
        "herself as the outsider. \u201cThe party does not need another safe pair of hands. It "
        "needs a new pair of eyes,\u201d she said at her campaign launch in Leeds.\n\n"
        "The third candidate, the former chief whip Owen Breckenridge, is seen as a long shot. "
        "Party members will vote by post and online, with the result announced on 3 March.",
        [
            (
                I,
                ["he would publish a full policy platform within a fortnight"],
                "Alistair Munro",
            ),
            (
                D,
                ["The party does not need another safe pair of hands. It needs a new pair of eyes"],
                "Priya Venkataraman",
            ),
        ],
    ),
    (  # 8 vote of no confidence: straight quotes with inversion ""…," said the Chief Whip,
        # Name,", "told reporters that" (indirect) after an apposition
        "The government survived a vote of no confidence in the Commons on Tuesday night by 312 "
        "votes to 297, a narrower margin than ministers had privately expected.\n\n"
        '"The result speaks for itself. This government has a majority and a mandate," said '
        "the Chief Whip, Colin Abernethy, as MPs filed out of the division lobbies.\n\n"
        "The leader of the Scottish Progressives at Westminster, Fiona MacAulay, told reporters "
        "that her 14 MPs had voted against the government after being refused a meeting with the "
        "Prime Minister.\n\n"
        "It was the first confidence vote to be held since 1979. The opposition had tabled the "
        "motion after the government lost two votes on its flagship planning bill last month. Several government backbenchers abstained rather than vote "
        "with the opposition.",
        [
            (
                D,
                ["The result speaks for itself. This government has a majority and a mandate"],
                "Colin Abernethy",
            ),
            (
                I,
                [
                    "her 14 MPs had voted against the government after being refused a meeting "
                    "with the Prime Minister"
                ],
                "Fiona MacAulay",
            ),
        ],
    ),
    (  # 9 select committee: "told MPs the … had been "…"" (only the partial), direct question
        # with "he asked" after "The committee's chair, Name,", indirect "Ms X said she would"
        "The most senior civil servant at the Department for Transport faced a grilling from "
        "the Public Accounts Committee on Monday over the \u00a34.2bn overspend on the Northern "
        "Rail Link, a project once billed as the centrepiece of the government's regional "
        "strategy.\n\n"
        "The permanent secretary, Helen Okafor-Lind, told MPs the original budget had been "
        "\u201cfiction from day one\u201d.\n\n"
        "The committee's chair, Rupert Daneshvar, was unimpressed. \u201cSo who wrote the "
        "fiction, and why did nobody stop them?\u201d he asked.\n\n"
        "Ms Okafor-Lind said she would send the committee a full timeline of the decisions by "
        "the end of the month. The line, first approved in 2019, is now not expected to open "
        "before 2033, seven years later than planned. The committee will publish its report in "
        "the new year.",
        [
            (P, ["fiction from day one"], "Helen Okafor-Lind"),
            (
                D,
                ["So who wrote the fiction, and why did nobody stop them?"],
                "Rupert Daneshvar",
            ),
            (
                I,
                [
                    "she would send the committee a full timeline of the decisions by the end of "
                    "the month"
                ],
                "Helen Okafor-Lind",
            ),
        ],
    ),
    (  # 10 House of Lords: direct "she told peers" after "tabled by … Name, who…", unnamed
        # "A spokeswoman for the Home Office said" (-> Home Office)
        "The House of Lords inflicted a fresh defeat on the government on Wednesday, voting by "
        "241 to 187 to strip out the asylum bill's powers to detain people indefinitely.\n\n"
        "The amendment was tabled by the former judge Eleanor Whitcombe, who sits as a "
        "crossbencher. \u201cA country that locks people up without limit has lost its "
        "way,\u201d she told peers.\n\n"
        "A spokeswoman for the Home Office said the government would seek to overturn the "
        "amendment when the bill returns to the Commons next week.\n\n"
        "It is the ninth defeat for the government in the upper house since the summer, and the "
        "most significant of the session. The bill was a central manifesto commitment, and "
        "a further clash between the two houses is expected before Christmas.",
        [
            (
                D,
                ["A country that locks people up without limit has lost its way"],
                "Eleanor Whitcombe",
            ),
            (
                I,
                [
                    "the government would seek to overturn the amendment when the bill returns to "
                    "the Commons next week"
                ],
                "Home Office",
            ),
        ],
    ),
    (  # 11 strike legislation: organisation indirect "The X Union said it would…", partial
        # "called the bill "…"" by "Its general secretary, Name,", direct "he said" after a
        # minister's apposition
        "Ministers on Thursday published legislation requiring minimum service levels during "
        "strikes in the fire and ambulance services, setting up a fresh confrontation with the "
        "unions barely a month after a national walkout by ambulance crews.\n\n"
        "The Fire and Rescue Workers' Union said it would challenge the law in the courts. Its "
        'general secretary, Shona Kilbride, called the bill "an attack on the right to withdraw '
        'labour".\n\n'
        'The business secretary, Anthony Zammit, defended the measure. "Nobody should be left '
        'waiting for an ambulance because of a dispute over pay," he said.\n\n'
        "The bill is expected to clear the Commons before Easter, but faces a difficult passage "
        "through the Lords, where several crossbenchers have already tabled amendments. Around "
        "40,000 firefighters and paramedics would be covered by the new rules.",
        [
            (I, ["it would challenge the law in the courts"], "Fire and Rescue Workers' Union"),
            (P, ["an attack on the right to withdraw labour"], "Shona Kilbride"),
            (
                D,
                ["Nobody should be left waiting for an ambulance because of a dispute over pay"],
                "Anthony Zammit",
            ),
        ],
    ),
    (  # 12 defection: direct with "Mr X told the BBC" after the quote, indirect "He said he
        # had…" (pronoun)
        "The MP for Harwick and Dale, Daniel Osei-Bonsu, has defected from the government "
        "benches to the opposition Liberal Alliance, cutting the government's working majority "
        "to 11. He will sit with his new party on the opposition benches from Monday.\n\n"
        "\u201cI did not leave my party. My party left the people who sent me here,\u201d Mr "
        "Osei-Bonsu told the BBC on Sunday morning.\n\n"
        "He said he had informed the chief whip by text message an hour before the "
        "announcement.\n\n"
        "The defection is the third this year and comes as the government prepares for a "
        "series of difficult votes on housing and planning. Mr Osei-Bonsu, first elected in "
        "2019, had been a junior minister until the summer, when he was "
        "sacked in the last reshuffle.",
        [
            (
                D,
                ["I did not leave my party. My party left the people who sent me here"],
                "Daniel Osei-Bonsu",
            ),
            (
                I,
                ["he had informed the chief whip by text message an hour before the announcement"],
                "Daniel Osei-Bonsu",
            ),
        ],
    ),
    (  # 13 pollsters: two academics (same kind, Dr + name), partial inside reported speech
        # "said the lead was "…" and could…" (only the partial), ""A," she said. "B."" (two
        # direct quotes, the second unattributed), poll named but not a speaker
        "With a general election expected next autumn, the opposition holds a nine-point lead "
        "in the latest Harbour Research poll, published on Monday, "
        "the largest gap recorded by the firm since the last general election.\n\n"
        "Dr Samuel Achterberg, a political scientist at the University of Kent, said the lead "
        "was \u201csoft\u201d and could evaporate once the campaign began.\n\n"
        "Dr Lucia Ferreira-G\u00f3mez, of the Centre for Electoral Studies, disagreed. \u201cLeads "
        "of this size, this late in a parliament, almost never vanish entirely,\u201d she said. "
        "\u201cHistory is not on the government's side.\u201d\n\n"
        "The poll of 2,104 adults was carried out online between Thursday and Saturday. The "
        "government's own rating has not risen above 30% since the spring, when the "
        "row over the winter fuel payments began.",
        [
            (P, ["soft"], "Samuel Achterberg"),
            (
                D,
                ["Leads of this size, this late in a parliament, almost never vanish entirely"],
                "Lucia Ferreira-G\u00f3mez",
            ),
            (D, ["History is not on the government's side."], "Lucia Ferreira-G\u00f3mez"),
        ],
    ),
    (  # 14 Senedd budget: direct with ""…," the First Minister, Name, said" (role + name after),
        # partial "described the agreement as "…"" by "Its finance spokesman, Name,",
        # "…, according to Mr X." (indirect, part before, surname only)
        "The Welsh government's budget passed its first vote in the Senedd on Tuesday after a "
        "last-minute deal with the sole Liberal member, Owain Gethin-Parry, who secured \u00a340m "
        "for rural bus services and free travel for under-22s.\n\n"
        "\u201cThis is what grown-up politics looks like,\u201d the First Minister, Carys "
        "Pritchard-Ali, said after the vote.\n\n"
        "The opposition was less impressed. Its finance spokesman, Mark Devereux, described the "
        "agreement as \u201ca bus ticket to nowhere\u201d.\n\n"
        "The deal was struck in the early hours of Tuesday, according to Mr Gethin-Parry. The "
        "final budget vote is scheduled for February, when the government will again need at "
        "least one opposition member to abstain or vote in favour. The government holds exactly half of "
        "the seats in the chamber.",
        [
            (D, ["This is what grown-up politics looks like"], "Carys Pritchard-Ali"),
            (P, ["a bus ticket to nowhere"], "Mark Devereux"),
            (I, ["The deal was struck in the early hours of Tuesday"], "Owain Gethin-Parry"),
        ],
    ),
    (  # 15 whip's resignation: partial in a letter "he wrote that he could "…"" (only the
        # partial), unnamed "A Downing Street spokeswoman said" (-> Downing Street), memoir
        # title in quotes (not a quote)
        "The deputy chief whip, Jonathan Mbeki-Shaw, resigned on Friday in protest at the "
        "government's decision to scrap the planned high-speed rail line to the north-east, "
        "the latest in a string of departures from the whips' office this year.\n\n"
        'In a letter to the Prime Minister, he wrote that he could "no longer look my '
        'constituents in the eye" while defending the decision in the Commons.\n\n'
        "A Downing Street spokeswoman said the Prime Minister had accepted the resignation with "
        "regret and thanked him for his work.\n\n"
        'Mr Mbeki-Shaw, whose memoir "Counting Heads" was published last year, is expected to '
        "return to the backbenches, where he is likely to become a focal point for regional "
        "discontent. His constituency lies on the route of the cancelled line, "
        "which had been promised in three successive manifestos.",
        [
            (P, ["no longer look my constituents in the eye"], "Jonathan Mbeki-Shaw"),
            (
                I,
                [
                    "the Prime Minister had accepted the resignation with regret and thanked him "
                    "for his work"
                ],
                "Downing Street",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout80.jsonl"),
        "heldout80",
        "h80",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
