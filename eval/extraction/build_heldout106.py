"""Source of the hundred-and-sixth held-out set: writes heldout106.jsonl (split "heldout106").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, clubs, organisations, places and figures invented. The
texts read like sport news: football, rugby, cycling, tennis and athletics, with coaches,
players, club presidents, federations, referees, race organisers, fans and doping agencies
quoted, clubs and agencies speaking as such, and people referred back to by pronoun, surname or
role.
Measured once with 0.3.0, 0.31.0 and 0.32.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout106.py
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
    (  # 1 football coach after a home defeat: two-sentence direct + "a reconnu l'entraîneur
        # valbonnais, Name, en conférence de presse", partial inside the reported speech of
        # "Le technicien a assuré qu'il" (only the partial, role back-reference),
        # "ont réclamé le départ du président" (noun object) not annotated, first-name fan
        # with a question mark kept inside the marks
        "L'US Valbonnet a concédé samedi sa quatrième défaite consécutive en championnat, battue "
        "3-0 sur sa pelouse du stade des Tilleuls par l'Olympique de Carsac. Le club pointe "
        "désormais à la seizième place, à deux points de la zone de relégation.\n\n"
        "«\u00a0On a été en dessous dans tous les domaines. Je suis le premier responsable, et je "
        "l'assume\u00a0», a reconnu l'entraîneur valbonnais, Patrick Lemaire-Dufour, en "
        "conférence de presse.\n\n"
        "Le technicien a assuré qu'il n'avait «\u00a0aucune intention de démissionner\u00a0». "
        "Dans les tribunes, une centaine de supporters ont pourtant réclamé le départ du "
        "président à la fin de la rencontre.\n\n"
        "«\u00a0Ça fait trois ans qu'on nous promet la montée. On paie nos abonnements pour voir "
        "ça\u00a0?\u00a0» s'agace Kévin, abonné depuis 2009, en quittant le stade.",
        [
            (
                D,
                [
                    "On a été en dessous dans tous les domaines. Je suis le premier responsable, "
                    "et je l'assume"
                ],
                "Patrick Lemaire-Dufour",
            ),
            (P, ["aucune intention de démissionner"], "Patrick Lemaire-Dufour"),
            (
                D,
                [
                    "Ça fait trois ans qu'on nous promet la montée. On paie nos abonnements pour "
                    "voir ça\u00a0?"
                ],
                "Kévin",
            ),
        ],
    ),
    (  # 2 rugby club in financial trouble: "Selon son président, Name," (rest of the
        # sentence), incise "a-t-il martelé mardi devant les actionnaires," splitting one quote
        # with its final period kept, captain partial after "a évoqué un vestiaire" (apposition
        # with two roles)
        "Le Racing Club de Brancourt traverse la plus grave crise financière de son histoire. Le "
        "club de rugby, pensionnaire de deuxième division, accuse un déficit de 4,2 millions "
        "d'euros et doit présenter avant le 15 janvier un plan de redressement à la commission "
        "de contrôle de la Ligue.\n\n"
        "Selon son président, Jean-Marc Estrade, le départ de deux partenaires historiques "
        "explique à lui seul la moitié du trou.\n\n"
        "«\u00a0Nous n'allons pas vendre nos meilleurs joueurs, a-t-il martelé mardi devant les "
        "actionnaires, mais tout le monde va devoir faire des efforts, moi le premier.\u00a0»\n\n"
        "Plusieurs joueurs ont déjà accepté une baisse de salaire de 15\u00a0%. Le talonneur et "
        "capitaine, Romain Etcheverry, a évoqué un vestiaire «\u00a0soudé comme jamais\u00a0» "
        "malgré les rumeurs de départ.",
        [
            (
                I,
                ["le départ de deux partenaires historiques explique à lui seul la moitié du trou"],
                "Jean-Marc Estrade",
            ),
            (
                D,
                [
                    "Nous n'allons pas vendre nos meilleurs joueurs",
                    "mais tout le monde va devoir faire des efforts, moi le premier.",
                ],
                "Jean-Marc Estrade",
            ),
            (P, ["soudé comme jamais"], "Romain Etcheverry"),
        ],
    ),
    (  # 3 cyclist tests positive: agency "a annoncé jeudi que", rider's statement after a
        # colon (two sentences, final period kept, "le grimpeur de 27 ans" for the rider),
        # direct + "a déclaré le manager général d'X, Name", "M. Surname n'a pas voulu dire"
        # not annotated
        "Le coureur de l'équipe Arvéa-Cycles Thibault Mercadier a été suspendu à titre provisoire "
        "après un contrôle positif à l'EPO lors du Tour du Haut-Verdon, en juin. L'Agence de "
        "loyauté sportive a annoncé jeudi que l'analyse de l'échantillon B avait confirmé la "
        "présence de la substance.\n\n"
        "Dans un texte transmis par son avocat, le grimpeur de 27 ans clame son innocence\u00a0: "
        "«\u00a0Je n'ai jamais triché. Je me battrai jusqu'au bout pour prouver que ce résultat "
        "est une erreur.\u00a0»\n\n"
        "Son équipe a réagi plus sèchement. «\u00a0Nous appliquons une politique de tolérance "
        "zéro, et elle vaut pour tout le monde\u00a0», a déclaré le manager général "
        "d'Arvéa-Cycles, Olivier Brissac. M. Brissac n'a pas voulu dire si le contrat du coureur "
        "serait rompu.\n\n"
        "Mercadier risque quatre ans de suspension. Il avait terminé deuxième du classement "
        "général, derrière l'Espagnol Iker Zubeldia, qui pourrait récupérer la victoire.",
        [
            (
                I,
                ["l'analyse de l'échantillon B avait confirmé la présence de la substance"],
                "Agence de loyauté sportive",
            ),
            (
                D,
                [
                    "Je n'ai jamais triché. Je me battrai jusqu'au bout pour prouver que ce "
                    "résultat est une erreur."
                ],
                "Thibault Mercadier",
            ),
            (
                D,
                [
                    "Nous appliquons une politique de tolérance zéro, et elle vaut pour tout le "
                    "monde"
                ],
                "Olivier Brissac",
            ),
        ],
    ),
    (  # 4 first WTA-style title: direct + "a-t-elle confié au micro" (pronoun for the
        # player), partial inside the coach's reported speech ("a estimé qu'elle … à condition
        # de « … »": only the partial), beaten finalist's direct after a colon following a
        # noun object ("a dénoncé l'état du court :")
        "À 19 ans, Léa Fontanier a remporté dimanche le premier titre de sa carrière sur le "
        "circuit principal, en battant en finale du tournoi de Port-Saint-Aubin la tête de série "
        "numéro 2, l'Ukrainienne Daria Kovalenko, 6-4, 3-6, 7-5.\n\n"
        "«\u00a0Je ne réalise pas encore. Il y a deux ans, je jouais des tournois à 15\u00a0000 "
        "dollars devant mes parents et trois spectateurs\u00a0», a-t-elle confié au micro, les "
        "larmes aux yeux.\n\n"
        "La Française, qui avait sauvé deux balles de match au deuxième tour, gagnera une "
        "quarantaine de places au classement mondial lundi. Son entraîneur, Marc Olivetti, a "
        "estimé qu'elle pouvait intégrer le top 50 avant l'été, à condition de «\u00a0rester "
        "humble\u00a0».\n\n"
        "Beaucoup moins souriante, Daria Kovalenko a dénoncé l'état du court central\u00a0: "
        "«\u00a0Les rebonds étaient impossibles à lire. Ce n'est pas digne d'un tournoi de ce "
        "niveau.\u00a0»",
        [
            (
                D,
                [
                    "Je ne réalise pas encore. Il y a deux ans, je jouais des tournois à "
                    "15\u00a0000 dollars devant mes parents et trois spectateurs"
                ],
                "Léa Fontanier",
            ),
            (P, ["rester humble"], "Marc Olivetti"),
            (
                D,
                [
                    "Les rebonds étaient impossibles à lire. Ce n'est pas digne d'un tournoi de ce "
                    "niveau."
                ],
                "Daria Kovalenko",
            ),
        ],
    ),
    (  # 5 city marathon in the heat: winner's direct + "a-t-il déclaré à l'arrivée, par
        # l'intermédiaire d'un interprète", "a confirmé sa participation" (noun object) not
        # annotated, unnamed "un coureur amateur de 61 ans" with an
        # exclamation mark inside the quote
        "Le Kényan Daniel Kiprotich a remporté dimanche le marathon de Vérignac en 2\u00a0h\u00a0"
        "08\u00a0min\u00a041\u00a0s, nouveau record de l'épreuve, malgré une chaleur inhabituelle "
        "pour un mois d'octobre. Les secours ont pris en charge une quarantaine de coureurs le "
        "long du parcours.\n\n"
        "«\u00a0À partir du 30e kilomètre, j'ai couru seul contre le chrono. Le public m'a "
        "porté\u00a0», a-t-il déclaré à l'arrivée, par l'intermédiaire d'un interprète. Le "
        "vainqueur a confirmé sa participation au marathon de Lisbrac, en avril.\n\n"
        "Derrière les élites, plus de 14\u00a0000 anonymes se sont élancés du cours Gambetta. "
        "«\u00a0J'ai mis cinq heures, mais je l'ai fini\u00a0! Le plus dur, c'était le faux plat "
        "du pont de la Sauve\u00a0», souffle un coureur amateur de 61 ans, sa médaille autour du "
        "cou.",
        [
            (
                D,
                [
                    "À partir du 30e kilomètre, j'ai couru seul contre le chrono. Le public m'a "
                    "porté"
                ],
                "Daniel Kiprotich",
            ),
            (
                D,
                [
                    "J'ai mis cinq heures, mais je l'ai fini\u00a0! Le plus dur, c'était le faux "
                    "plat du pont de la Sauve"
                ],
                "coureur",
            ),
        ],
    ),
    (  # 6 refereeing error acknowledged: commission partial after "a reconnu une", partial
        # inside its reported speech ("précise que l'arbitre … sera « … »": only the partial,
        # generic "la commission"), coach direct + "a lancé Name", then an unattributed
        # second quote after a full stop (same speaker), "L'arbitre … n'a pas souhaité
        # s'exprimer" not annotated
        "La Commission régionale de l'arbitrage a reconnu lundi une «\u00a0erreur "
        "manifeste\u00a0» lors du derby entre l'AS Mirbel et le FC Saint-Rambert, samedi. Le "
        "penalty accordé à Saint-Rambert dans le temps additionnel, pour une faute commise "
        "hors de la surface, avait offert la victoire aux visiteurs (2-1).\n\n"
        "Dans un communiqué, la commission précise que l'arbitre, qui ne disposait pas de "
        "l'assistance vidéo, sera «\u00a0mis au repos\u00a0» pendant deux journées.\n\n"
        "«\u00a0On nous vole un match, et on nous répond par un communiqué\u00a0», a lancé "
        "l'entraîneur de Mirbel, Sébastien Garrigou. «\u00a0Les excuses ne rendent pas les "
        "points.\u00a0»\n\n"
        "L'arbitre de la rencontre, contacté lundi, n'a pas souhaité s'exprimer.",
        [
            (P, ["erreur manifeste"], "Commission régionale de l'arbitrage"),
            (P, ["mis au repos"], "Commission régionale de l'arbitrage"),
            (
                D,
                ["On nous vole un match, et on nous répond par un communiqué"],
                "Sébastien Garrigou",
            ),
            (D, ["Les excuses ne rendent pas les points."], "Sébastien Garrigou"),
        ],
    ),
    (  # 7 away fans banned, « » without inner spaces: préfecture partial after "a justifié
        # sa décision par", ultras group partial (generic "Le groupe de supporters" dropped)
        # with "appelle au boycott" (noun object) not annotated, fan direct + "regrette
        # Name, 42 ans", club "a dit « comprendre »" partial (generic "Le club" → club name)
        "Les supporters du FC Lorvennes ne pourront pas se rendre à Carsac samedi pour le match "
        "de la 14e journée. La préfecture a pris mardi un arrêté interdisant tout déplacement de "
        "supporters lorvennais dans la commune pendant vingt-quatre heures.\n\n"
        "La préfecture a justifié sa décision par «des risques sérieux de troubles à l'ordre "
        "public», après les incidents survenus lors du match aller, en août.\n\n"
        "Le groupe de supporters Les Loups Gris dénonce une «punition collective» et appelle au "
        "boycott des deux prochains matches à domicile. «On paie pour une poignée d'imbéciles. "
        "Moi, je n'ai jamais lancé un fumigène de ma vie», regrette Yannick, 42 ans, abonné en "
        "tribune Nord depuis vingt ans.\n\n"
        "Le club, lui, a dit «comprendre» la décision des autorités.",
        [
            (P, ["des risques sérieux de troubles à l'ordre public"], "préfecture"),
            (P, ["punition collective"], "Les Loups Gris"),
            (
                D,
                [
                    "On paie pour une poignée d'imbéciles. Moi, je n'ai jamais lancé un fumigène "
                    "de ma vie"
                ],
                "Yannick",
            ),
            (P, ["comprendre"], "FC Lorvennes"),
        ],
    ),
    (  # 8 stage race finish in a small town: direct + "s'enthousiasme le maire, Name, qui
        # …", local rider direct + "sourit Name, le régional de l'étape", collective
        # "a réclamé la publication du budget" (noun object) not annotated, race name in « »
        # not speech
        "Saint-Aurèle-en-Vaux, 1\u00a0900 habitants, accueillera le 14 juillet l'arrivée de la "
        "onzième étape de la Ronde de France. Les organisateurs ont retenu la montée dite "
        "«\u00a0des Chapelles\u00a0», 3,2 kilomètres à 9\u00a0% de moyenne, au-dessus du "
        "village.\n\n"
        "«\u00a0C'est la plus belle vitrine dont une petite commune puisse rêver. Des millions de "
        "téléspectateurs vont découvrir nos vignes\u00a0», s'enthousiasme le maire, Gilbert "
        "Anselme, qui a signé un chèque de 110\u00a0000 euros aux organisateurs.\n\n"
        "«\u00a0Ce sera une arrivée pour puncheurs, pas pour grimpeurs purs. Je la connais par "
        "cœur, je m'y entraîne tout l'hiver\u00a0», sourit Quentin Ravel, le régional de "
        "l'étape, qui habite à dix kilomètres.\n\n"
        "Le collectif Vaux Autrement, qui juge la dépense excessive, a réclamé la publication du "
        "budget détaillé de l'opération.",
        [
            (
                D,
                [
                    "C'est la plus belle vitrine dont une petite commune puisse rêver. Des "
                    "millions de téléspectateurs vont découvrir nos vignes"
                ],
                "Gilbert Anselme",
            ),
            (
                D,
                [
                    "Ce sera une arrivée pour puncheurs, pas pour grimpeurs purs. Je la connais "
                    "par cœur, je m'y entraîne tout l'hiver"
                ],
                "Quentin Ravel",
            ),
        ],
    ),
    (  # 9 rugby player's knee injury: indirect with the cue after ("…, a annoncé le club
        # lundi": the part before, generic "le club" → club name), direct + "a assuré le
        # médecin du club, le docteur Name" (title dropped), manager introduced by name then
        # "a-t-il soupiré" after his quote
        "Le trois-quarts centre de l'Aviron Castelmorin Mathis Daguerre sera absent au moins six "
        "mois. Touché au genou droit samedi face à Bordières, l'international de 24 ans souffre "
        "d'une rupture du ligament croisé antérieur, a annoncé le club lundi.\n\n"
        "«\u00a0L'opération aura lieu jeudi à Montauzet. Mathis est un garçon solide, il "
        "reviendra plus fort\u00a0», a assuré le médecin du club, le docteur Alain Peyrusse.\n\n"
        "Un coup dur pour le manager Francis Larrouy, qui perd son troisième centre depuis "
        "septembre. «\u00a0On va devoir bricoler avec les jeunes\u00a0», a-t-il soupiré, sans "
        "exclure l'arrivée d'un joker médical.",
        [
            (
                I,
                [
                    "Touché au genou droit samedi face à Bordières, l'international de 24 ans "
                    "souffre d'une rupture du ligament croisé antérieur"
                ],
                "Aviron Castelmorin",
            ),
            (
                D,
                [
                    "L'opération aura lieu jeudi à Montauzet. Mathis est un garçon solide, il "
                    "reviendra plus fort"
                ],
                "Alain Peyrusse",
            ),
            (D, ["On va devoir bricoler avec les jeunes"], "Francis Larrouy"),
        ],
    ),
    (  # 10 athletics league election: "La nouvelle présidente a annoncé qu'elle" (role
        # back-reference), "Selon la ligue," (generic noun → league's name, rest of the
        # sentence), an unclosed « ending at the attribution "a lancé un dirigeant de …",
        # "a quitté la salle sans faire de déclaration" not annotated
        "Nathalie Vergnes a été élue samedi présidente de la Ligue d'athlétisme du Val-d'Aurelle, "
        "avec 58\u00a0% des voix des clubs, face au président sortant, Bernard Coustou. Ancienne "
        "spécialiste du 400\u00a0mètres haies, elle devient la première femme à diriger "
        "l'instance.\n\n"
        "Dans son discours, la nouvelle présidente a annoncé qu'elle ferait rénover en priorité "
        "les pistes de Lanvic et de Saint-Geniès, fermées depuis deux ans. Selon la ligue, le "
        "nombre de licenciés a progressé de 9\u00a0% en un an, pour atteindre 21\u00a0400.\n\n"
        "À la sortie de la salle, les délégués des petits clubs affichaient leur satisfaction. "
        "«\u00a0Enfin quelqu'un qui connaît le terrain, a lancé un dirigeant de l'AC "
        "Rivesalte.\n\n"
        "Bernard Coustou, qui dirigeait la ligue depuis 2013, a quitté la salle sans faire de "
        "déclaration.",
        [
            (
                I,
                [
                    "elle ferait rénover en priorité les pistes de Lanvic et de Saint-Geniès, "
                    "fermées depuis deux ans"
                ],
                "Nathalie Vergnes",
            ),
            (
                I,
                [
                    "le nombre de licenciés a progressé de 9\u00a0% en un an, pour atteindre "
                    "21\u00a0400"
                ],
                "Ligue d'athlétisme du Val-d'Aurelle",
            ),
            (D, ["Enfin quelqu'un qui connaît le terrain"], "dirigeant"),
        ],
    ),
    (  # 11 women's football transfer, « » without inner spaces: nickname «la Boussole» not
        # speech, direct + "a confié la joueuse de 26 ans" (role for the player), "Elle a
        # précisé qu'elle" (pronoun), club president partial after "a regretté"
        "La milieu de terrain internationale Camille Ferrand quitte l'Olympique Vaudrey pour "
        "rejoindre le club anglais de Hollingbrook. Surnommée «la Boussole» par ses coéquipières, "
        "elle a disputé 212 matches sous le maillot vaudreysien. Le montant du transfert n'a pas "
        "été communiqué.\n\n"
        "«C'était le bon moment pour partir. J'ai tout gagné ici, il me manquait l'expérience de "
        "l'étranger», a confié la joueuse de 26 ans lors d'une conférence de presse d'adieu. Elle "
        "a précisé qu'elle resterait disponible pour l'équipe de France lors des prochains "
        "rassemblements.\n\n"
        "Le président de l'Olympique Vaudrey, Gérard Lhomme, a regretté «une perte énorme pour le "
        "club», tout en promettant un recrutement rapide au milieu de terrain.",
        [
            (
                D,
                [
                    "C'était le bon moment pour partir. J'ai tout gagné ici, il me manquait "
                    "l'expérience de l'étranger"
                ],
                "Camille Ferrand",
            ),
            (
                I,
                [
                    "elle resterait disponible pour l'équipe de France lors des prochains "
                    "rassemblements"
                ],
                "Camille Ferrand",
            ),
            (P, ["une perte énorme pour le club"], "Gérard Lhomme"),
        ],
    ),
    (  # 12 sprinter banned for whereabouts failures: "Selon l'Agence …," (rest of the
        # sentence), a quote continued over two paragraphs (one span each) with the
        # attribution "poursuit le technicien" after the second, "annonce un recours"
        # (noun object) not annotated
        "Le sprinteur Yanis Bellamine, champion de France du 200\u00a0mètres, a été suspendu "
        "dix-huit mois pour trois manquements à ses obligations de localisation en douze mois. "
        "Selon l'Agence de loyauté sportive, l'athlète était absent de son domicile lors de trois "
        "contrôles inopinés, en mars, en juin et en novembre.\n\n"
        "Son entraîneur, Jean-Pierre Mabiala, ne décolère pas. «\u00a0Yanis n'a jamais été "
        "contrôlé positif de sa vie. Il a oublié de mettre à jour une application, voilà son "
        "crime.\n\n"
        "«\u00a0On parle d'un garçon de 23 ans qui va manquer les championnats d'Europe pour une "
        "erreur administrative\u00a0», poursuit le technicien, qui annonce un recours devant le "
        "tribunal arbitral du sport.\n\n"
        "L'athlète, lui, n'a pas souhaité s'exprimer.",
        [
            (
                I,
                [
                    "l'athlète était absent de son domicile lors de trois contrôles inopinés, en "
                    "mars, en juin et en novembre"
                ],
                "Agence de loyauté sportive",
            ),
            (
                D,
                [
                    "Yanis n'a jamais été contrôlé positif de sa vie. Il a oublié de mettre à jour "
                    "une application, voilà son crime.",
                    "On parle d'un garçon de 23 ans qui va manquer les championnats d'Europe pour "
                    "une erreur administrative",
                ],
                "Jean-Pierre Mabiala",
            ),
        ],
    ),
    (  # 13 shortage of youth referees: "Name, président de …, a indiqué que" (name before
        # role), a line opened by a dialogue dash + "avoue-t-il en riant" (pronoun for a
        # father introduced by name), young referee direct + "raconte Name, 17 ans, qui …"
        # with "un parent" inside the quote not a speaker
        "Le district de football du Haut-Lévezou manque cruellement d'arbitres. Serge Malbec, "
        "président de la commission départementale des arbitres, a indiqué lundi que près d'un "
        "match de jeunes sur trois s'était joué cette saison sans arbitre officiel.\n\n"
        "Dimanche matin, au stade municipal de Lunac, c'est Didier Vaysse, père d'un des joueurs, "
        "qui tenait le sifflet pour le match des moins de 13 ans.\n\n"
        "— Je ne connais même pas toutes les règles du hors-jeu, mais sans moi, les gamins "
        "rentraient chez eux, avoue-t-il en riant.\n\n"
        "Les insultes au bord des terrains n'arrangent rien. «\u00a0J'ai arrêté le jour où un "
        "parent m'a attendu sur le parking après le match\u00a0», raconte Lucie, 17 ans, qui "
        "arbitrait depuis trois saisons.",
        [
            (
                I,
                [
                    "près d'un match de jeunes sur trois s'était joué cette saison sans arbitre "
                    "officiel"
                ],
                "Serge Malbec",
            ),
            (
                D,
                [
                    "Je ne connais même pas toutes les règles du hors-jeu, mais sans moi, les "
                    "gamins rentraient chez eux"
                ],
                "Didier Vaysse",
            ),
            (
                D,
                ["J'ai arrêté le jour où un parent m'a attendu sur le parking après le match"],
                "Lucie",
            ),
        ],
    ),
    (  # 14 tennis club turns courts into padel: president introduced, then direct +
        # "justifie Mme Surname" (title + surname), former president's partial after
        # "qualifie le projet de", "réclame une assemblée générale" (noun object) not
        # annotated, his direct with "!" inside and "rappelle-t-il"
        "Le Tennis Club de Sainte-Orse va transformer deux de ses six courts en terrains de padel "
        "d'ici au printemps, une décision qui divise ses 340 adhérents. La présidente du club, "
        "Martine Escaffre, assume pleinement ce choix.\n\n"
        "«\u00a0Le padel, c'est ce qui fait revenir les jeunes et les familles. On ne peut pas "
        "passer à côté\u00a0», justifie Mme Escaffre. Le club a perdu soixante licenciés en cinq "
        "ans.\n\n"
        "L'ancien président Roger Castanié, qui mène la fronde des joueurs historiques, qualifie "
        "le projet de «\u00a0trahison\u00a0» et réclame une assemblée générale extraordinaire. "
        "«\u00a0On a construit ces courts de nos mains, en 1976\u00a0!\u00a0» rappelle-t-il.",
        [
            (
                D,
                [
                    "Le padel, c'est ce qui fait revenir les jeunes et les familles. On ne peut "
                    "pas passer à côté"
                ],
                "Martine Escaffre",
            ),
            (P, ["trahison"], "Roger Castanié"),
            (D, ["On a construit ces courts de nos mains, en 1976\u00a0!"], "Roger Castanié"),
        ],
    ),
    (  # 15 amateur race crash: "Selon les gendarmes," (unnamed plural, rest of the
        # sentence), "…, d'après les pompiers, selon lesquels …" (the part before; "selon
        # lesquels" not a source), organiser direct + "a expliqué l'organisateur, Name,
        # président du …"
        "La 42e édition du Grand Prix cycliste de Montferrier-le-Haut a été interrompue dimanche "
        "après la chute d'une quinzaine de coureurs dans la descente du col de la Baraque. Selon "
        "les gendarmes, un spectateur aurait traversé la chaussée au passage du peloton.\n\n"
        "Trois coureurs ont été hospitalisés à Rodelle, d'après les pompiers, selon lesquels "
        "aucun pronostic vital n'est engagé.\n\n"
        "«\u00a0En quarante ans d'organisation, nous n'avions jamais vécu ça. Nous avons arrêté la "
        "course immédiatement, c'était la seule décision possible\u00a0», a expliqué "
        "l'organisateur, Michel Fabre, président du Vélo Club montferrinois.",
        [
            (
                I,
                ["un spectateur aurait traversé la chaussée au passage du peloton"],
                "gendarmes",
            ),
            (I, ["Trois coureurs ont été hospitalisés à Rodelle"], "pompiers"),
            (
                D,
                [
                    "En quarante ans d'organisation, nous n'avions jamais vécu ça. Nous avons "
                    "arrêté la course immédiatement, c'était la seule décision possible"
                ],
                "Michel Fabre",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 manager sacked, curly quotes: club "said in a statement that", partial inside the
        # chairman's reported speech ("said the decision had been “…”": only the partial),
        # then a direct + "Oakridge added" (surname)
        "Harwick Rovers sacked manager Gary Stenton on Monday after a run of seven league games "
        "without a win left the club 21st in the Second Division, two points above the "
        "relegation places.\n\n"
        "The club said in a statement that first-team coach Lee Marsh would take charge on an "
        "interim basis, starting with Saturday’s trip to Elmbridge.\n\n"
        "Chairman Peter Oakridge said the decision had been “the hardest of my time at the "
        "club”. “Gary has given everything to Harwick. But results are results, and we owe it "
        "to the supporters to act,” Oakridge added.",
        [
            (
                I,
                [
                    "first-team coach Lee Marsh would take charge on an interim basis, starting "
                    "with Saturday’s trip to Elmbridge"
                ],
                "Harwick Rovers",
            ),
            (P, ["the hardest of my time at the club"], "Peter Oakridge"),
            (
                D,
                [
                    "Gary has given everything to Harwick. But results are results, and we owe it "
                    "to the supporters to act"
                ],
                "Peter Oakridge",
            ),
        ],
    ),
    (  # 2 flanker retires after concussions, straight quotes: indirect with the cue after
        # ("…, Blackwater Warriors confirmed on Thursday": the part before), direct + "the
        # 29-year-old said in a video …" then an unattributed second quote after a full
        # stop (two quotes, same speaker), union "has repeatedly called for" (noun object)
        "Sione Taufa will miss the rest of the season after suffering his third concussion in "
        "eight months, Blackwater Warriors confirmed on Thursday. The flanker has won 31 caps for "
        "his country.\n\n"
        '"I love this game. But I want to play with my kids when I\'m 50," the 29-year-old said '
        "in a video posted on the club's website. \"Rugby gave me everything, but it can't have "
        'my brain."\n\n'
        "The players' union has repeatedly called for stricter return-to-play rules since a "
        "study last year linked repeated head knocks to early memory loss.",
        [
            (
                I,
                [
                    "Sione Taufa will miss the rest of the season after suffering his third "
                    "concussion in eight months"
                ],
                "Blackwater Warriors",
            ),
            (
                D,
                ["I love this game. But I want to play with my kids when I'm 50"],
                "Sione Taufa",
            ),
            (D, ["Rugby gave me everything, but it can't have my brain."], "Sione Taufa"),
        ],
    ),
    (  # 3 tennis retirement, curly quotes: "announced her retirement" (noun object) not
        # annotated, a quote split by "she told a news conference in X," (one quote, two
        # spans), a quote over two paragraphs + "she said, laughing", coach "said she had"
        "Elena Marković, the former world No. 4, announced her retirement on Wednesday at the age "
        "of 31, ending a career hampered by a chronic wrist injury.\n\n"
        "“I tried everything, surgery, rest, a different racket,” she told a news conference in "
        "Novi Dravac, “but my body decided before I did.”\n\n"
        "“I will miss the noise of a full stadium and the nerves before a final. I won’t miss "
        "the airports.\n\n"
        "“I’d like to coach one day, maybe juniors. But first I’m going to learn to sleep past "
        "seven,” she said, laughing.\n\n"
        "Her longtime coach, Dragan Ilić, said she had been playing through pain since the spring "
        "of 2023.",
        [
            (
                D,
                [
                    "I tried everything, surgery, rest, a different racket",
                    "but my body decided before I did.",
                ],
                "Elena Marković",
            ),
            (
                D,
                [
                    "I will miss the noise of a full stadium and the nerves before a final. I "
                    "won’t miss the airports.",
                    "I’d like to coach one day, maybe juniors. But first I’m going to learn to "
                    "sleep past seven",
                ],
                "Elena Marković",
            ),
            (I, ["she had been playing through pain since the spring of 2023"], "Dragan Ilić"),
        ],
    ),
    (  # 4 indoor hurdles world record, straight quotes: direct + "said Surname, 24, who …",
        # "According to the organisers," (rest of the sentence), "must still be ratified"
        # not speech
        "Kezia Barnaby broke the world indoor record in the women's 60 metres hurdles on "
        "Saturday, clocking 7.58 seconds at the Northfield Indoor Grand Prix.\n\n"
        '"I saw the clock and I didn\'t believe it. I thought it was the wind reading," said '
        "Barnaby, 24, who switched from the heptathlon only two years ago.\n\n"
        "According to the organisers, the track had been relaid in October with a faster "
        "surface imported from Italy. The record must still be ratified by the International "
        "Athletics Council.",
        [
            (
                D,
                ["I saw the clock and I didn't believe it. I thought it was the wind reading"],
                "Kezia Barnaby",
            ),
            (
                I,
                ["the track had been relaid in October with a faster surface imported from Italy"],
                "organisers",
            ),
        ],
    ),
    (  # 5 cyclist suspended, curly quotes: agency with the cue after ("…, the X said on
        # Tuesday"), "…, according to the agency." (the part before, generic noun → agency's
        # name), "denied wrongdoing" (noun object) then direct + "he wrote on social media"
        "The Belgian rider Pieter Van Damme has been provisionally suspended after testing "
        "positive for a banned blood booster, the Independent Cycling Integrity Agency said on "
        "Tuesday.\n\n"
        "The sample was collected during an out-of-competition test at his home in August, "
        "according to the agency. His team, Noordkust-Veldmann, has withdrawn him from all "
        "races.\n\n"
        "Van Damme, 26, denied any wrongdoing. “I have never taken anything. I will ask for the "
        "B sample to be opened and I will clear my name,” he wrote on social media.",
        [
            (
                I,
                [
                    "The Belgian rider Pieter Van Damme has been provisionally suspended after "
                    "testing positive for a banned blood booster"
                ],
                "Independent Cycling Integrity Agency",
            ),
            (
                I,
                [
                    "The sample was collected during an out-of-competition test at his home in "
                    "August"
                ],
                "Independent Cycling Integrity Agency",
            ),
            (
                D,
                [
                    "I have never taken anything. I will ask for the B sample to be opened and I "
                    "will clear my name"
                ],
                "Pieter Van Damme",
            ),
        ],
    ),
    (  # 6 season ticket protest, straight quotes: trust "said the increase would", fan direct
        # + "said one fan, Name, 67," with a banner in quotes (not speech), partial inside
        # the reported speech of "A spokesman for X said" (spokesman → club)
        "Around 2,000 Kingsmere United supporters protested outside Ashgrove Park before "
        "Saturday's home game against Dunmore, after the club raised the price of its cheapest "
        "season ticket by 18%.\n\n"
        "The Kingsmere Supporters' Trust said the increase would price out young fans and "
        "pensioners who had followed the club for decades.\n\n"
        "\"I've had a season ticket since I was eight. My grandson can't afford to come with me "
        'any more," said one fan, Derek Holloway, 67, holding a banner that read "Football '
        'Without Fans Is Nothing".\n\n'
        "A spokesman for Kingsmere United said rising wages and stadium costs had left the club "
        '"no choice".',
        [
            (
                I,
                [
                    "the increase would price out young fans and pensioners who had followed the "
                    "club for decades"
                ],
                "Kingsmere Supporters' Trust",
            ),
            (
                D,
                [
                    "I've had a season ticket since I was eight. My grandson can't afford to come "
                    "with me any more"
                ],
                "Derek Holloway",
            ),
            (P, ["no choice"], "Kingsmere United"),
        ],
    ),
    (  # 7 referee assaulted, curly quotes: "Officials said" (unnamed plural), direct +
        # "the referee, Name, told the X Gazette", an unquoted question and "Foyle thinks
        # not" not annotated
        "A grassroots referee in the Ellesmere Valley has given up the whistle after being "
        "assaulted by a spectator during an under-16 match, and the county football association "
        "has cancelled all youth fixtures this weekend.\n\n"
        "Officials said the 19-year-old had been pushed to the ground and kicked after awarding "
        "a late penalty.\n\n"
        "“I’m done. I love football, but nobody should go out on a Sunday morning and come home "
        "with a broken rib,” the referee, Callum Foyle, told the Ellesmere Gazette.\n\n"
        "Is the game doing enough to protect the people who officiate it? Foyle thinks not.",
        [
            (
                I,
                [
                    "the 19-year-old had been pushed to the ground and kicked after awarding a "
                    "late penalty"
                ],
                "officials",
            ),
            (
                D,
                [
                    "I’m done. I love football, but nobody should go out on a Sunday morning and "
                    "come home with a broken rib"
                ],
                "Callum Foyle",
            ),
        ],
    ),
    (  # 8 rugby league club in administration, straight quotes: firm "said it was" (named in
        # front of an apposition), captain direct + "said the captain, Name", mayor partial
        # inside reported speech ("Mayor Name … said the town "…"": only the partial)
        "Castlebridge Knights, one of the oldest clubs in rugby league, went into administration "
        "on Friday with debts of around £3.4 million.\n\n"
        "Hale & Brewster, the firm appointed as administrators, said it was confident of finding "
        "a buyer before the new season starts in February.\n\n"
        "\"We haven't been paid for November. Lads are working night shifts at the depot to cover "
        'their mortgages," said the captain, Tom Rigby.\n\n'
        'Mayor Linda Okafor, who met the players on Saturday, said the town "cannot imagine a '
        'winter without the Knights".',
        [
            (
                I,
                ["it was confident of finding a buyer before the new season starts in February"],
                "Hale & Brewster",
            ),
            (
                D,
                [
                    "We haven't been paid for November. Lads are working night shifts at the "
                    "depot to cover their mortgages"
                ],
                "Tom Rigby",
            ),
            (P, ["cannot imagine a winter without the Knights"], "Linda Okafor"),
        ],
    ),
    (  # 9 marathon moves its start, curly quotes: direct + "said Dr. Name, the race’s
        # medical director" (title dropped), "Race director Name said … and that …", unnamed
        # "a runner from X wrote on …"
        "Organisers of the Port Elwyn Marathon will move next year’s start forward by two hours "
        "after 61 runners needed medical treatment in Sunday’s heat, with temperatures reaching "
        "31C by midday.\n\n"
        "“We saw people collapsing in the last five kilometres. We cannot ask anyone to race in "
        "that,” said Dr. Miriam Achterberg, the race’s medical director.\n\n"
        "Race director Owen Pryce said the start would move to 7 a.m. and that two extra water "
        "stations would be added after the 30-kilometre mark.\n\n"
        "Some runners were less forgiving. “There was one water station between 30K and the "
        "finish, and it ran out,” a runner from Llanmoor wrote on the event’s Facebook page.",
        [
            (
                D,
                [
                    "We saw people collapsing in the last five kilometres. We cannot ask anyone "
                    "to race in that"
                ],
                "Miriam Achterberg",
            ),
            (
                I,
                [
                    "the start would move to 7 a.m. and that two extra water stations would be "
                    "added after the 30-kilometre mark"
                ],
                "Owen Pryce",
            ),
            (
                D,
                ["There was one water station between 30K and the finish, and it ran out"],
                "runner",
            ),
        ],
    ),
    (  # 10 women's football crowd record, straight quotes: "…, according to the X." (the
        # part before), captain partial in reported speech ("said she had "…"": only the
        # partial), then direct + "Grant told the Redfield Echo" (surname)
        "A crowd of 41,280 watched Redfield City beat Harrowgate Ladies 2-1 on Sunday, a record "
        "for a women's league match in the country, according to the Women's National League.\n\n"
        "Redfield captain Alisha Grant, who headed the winner in the 88th minute, said she had "
        '"never heard noise like it".\n\n'
        '"When I was a kid we played in front of our parents and a dog. Today my nieces were in '
        'the stand with my name on their shirts," Grant told the Redfield Echo.',
        [
            (
                I,
                [
                    "A crowd of 41,280 watched Redfield City beat Harrowgate Ladies 2-1 on Sunday, "
                    "a record for a women's league match in the country"
                ],
                "Women's National League",
            ),
            (P, ["never heard noise like it"], "Alisha Grant"),
            (
                D,
                [
                    "When I was a kid we played in front of our parents and a dog. Today my nieces "
                    "were in the stand with my name on their shirts"
                ],
                "Alisha Grant",
            ),
        ],
    ),
    (  # 11 tennis player fined for an outburst, curly quotes: "confirmed the fine" (noun
        # object) not annotated, partial after "called the line judge", direct + "he said in
        # a statement." then an unattributed second quote (two quotes, same speaker)
        "Tomás Ferreyra was fined $15,000 on Monday for his behaviour during his second-round "
        "defeat at the Halvern Open, and tournament officials confirmed the fine in a short "
        "statement.\n\n"
        "The Argentine, who smashed two rackets, called a line judge “a disgrace to the sport” "
        "during the third set. He apologised on Tuesday.\n\n"
        "“I crossed a line. She was doing her job and I made her the target of my frustration,” "
        "he said in a statement. “I have written to her personally.”",
        [
            (P, ["a disgrace to the sport"], "Tomás Ferreyra"),
            (
                D,
                [
                    "I crossed a line. She was doing her job and I made her the target of my "
                    "frustration"
                ],
                "Tomás Ferreyra",
            ),
            (D, ["I have written to her personally."], "Tomás Ferreyra"),
        ],
    ),
    (  # 12 new stadium plan, straight quotes: "unveiled plans" not speech, direct + "Delgado
        # said" (surname of a club president), unnamed "a resident of X, who asked not to be
        # named", "Councillor Name, who chairs …, said the club would"
        "Bayside FC president Marco Delgado unveiled plans on Thursday for a 22,000-seat stadium "
        "on the former Grainger steelworks site, ending years of uncertainty over the club's "
        "future at Harbour Road.\n\n"
        '"Harbour Road has been our home for 104 years, and leaving it will hurt. But a club '
        "that can't grow dies slowly,\" Delgado said.\n\n"
        "People living near the proposed site fear the traffic. \"On match days we'll be "
        'prisoners in our own homes," said a resident of Foundry Lane, who asked not to be '
        "named.\n\n"
        "Councillor Joan Whitaker, who chairs the planning committee, said the club would have to "
        "pay for a new railway halt as a condition of approval.",
        [
            (
                D,
                [
                    "Harbour Road has been our home for 104 years, and leaving it will hurt. But a "
                    "club that can't grow dies slowly"
                ],
                "Marco Delgado",
            ),
            (D, ["On match days we'll be prisoners in our own homes"], "resident"),
            (
                I,
                ["the club would have to pay for a new railway halt as a condition of approval"],
                "Joan Whitaker",
            ),
        ],
    ),
    (  # 13 cobbled finish in a stage race, curly quotes: direct + "said race director Name"
        # (role before name), sports director's partial in reported speech ("said the climb
        # was “…”": only the partial), "under a route unveiled" not speech
        "The final stage of next summer’s Tour of the Dales will finish on the cobbled climb of "
        "Kettle Bank for the first time, under a route unveiled in Skelby on Wednesday.\n\n"
        "“It’s 900 metres at 11%, on stones laid in the 1800s. Whoever wins up there will have "
        "earned it,” said race director Fiona McAllister.\n\n"
        "Not all teams are convinced. Ruben Castell, sports director of the Helix-Marani team, "
        "said the climb was “a lottery, not a test”.",
        [
            (
                D,
                [
                    "It’s 900 metres at 11%, on stones laid in the 1800s. Whoever wins up there "
                    "will have earned it"
                ],
                "Fiona McAllister",
            ),
            (P, ["a lottery, not a test"], "Ruben Castell"),
        ],
    ),
    (  # 14 selection appeal, curly quotes: "has lodged an appeal" (noun object) not
        # annotated, three-sentence direct + "she said on Monday" (pronoun), federation
        # partial after "said it", "According to her agent, Name," (rest of the sentence)
        "Sprinter Naomi Achebe-Hart has lodged an appeal against her omission from the national "
        "team for the European Championships, despite running the second-fastest 400 metres in "
        "the country this season.\n\n"
        "“I met the standard twice. I finished second at the trials. I don’t know what more they "
        "wanted,” she said on Monday.\n\n"
        "The National Athletics Federation said it “stands by” its selection. According to her "
        "agent, Carla Benedetti, the appeal will be heard by an independent panel within ten "
        "days.",
        [
            (
                D,
                [
                    "I met the standard twice. I finished second at the trials. I don’t know what "
                    "more they wanted"
                ],
                "Naomi Achebe-Hart",
            ),
            (P, ["stands by"], "National Athletics Federation"),
            (
                I,
                ["the appeal will be heard by an independent panel within ten days"],
                "Carla Benedetti",
            ),
        ],
    ),
    (  # 15 goal-line technology failure, straight quotes: "called for an urgent review" (noun
        # object) not annotated, three-sentence direct + "Keane said", league partial inside
        # its reported speech ("said in a statement that … "…"": only the partial), opposing
        # manager direct + "he said"
        "Northgate Albion manager Stuart Keane called for an urgent review of goal-line "
        "technology after a shot that replays showed had crossed the line by half a metre was "
        "not given in Saturday's 1-1 draw at Penrose Athletic.\n\n"
        "\"Everybody in the ground saw it. Everybody at home saw it. The only thing that didn't "
        'see it was a system that costs millions," Keane said.\n\n'
        "The Federal Football League said in a statement that a camera had been obstructed by a "
        'steward and that the error was "deeply regrettable".\n\n'
        'Penrose manager Ian Collier was more philosophical. "Over a season, these things even '
        'out," he said.',
        [
            (
                D,
                [
                    "Everybody in the ground saw it. Everybody at home saw it. The only thing that "
                    "didn't see it was a system that costs millions"
                ],
                "Stuart Keane",
            ),
            (P, ["deeply regrettable"], "Federal Football League"),
            (D, ["Over a season, these things even out"], "Ian Collier"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout106.jsonl"),
        "heldout106",
        "h106",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
