"""Source of the 138th held-out set: writes heldout138.jsonl (split "heldout138").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, clubs, federations, races and figures invented. The
texts read like sports news: football transfers, match reports and pre-match press conferences,
refereeing and VAR rows, fan protests and violence, rugby injuries and federation elections,
tennis upsets and team selections, cycling stage wins and doping cases, athletics records and
suspensions, marathons, basketball sackings, trades and injuries, ocean racing and a sailing
cup final, with players, coaches, managers, club presidents and chairmen, referees' bodies,
federations, agents, lawyers, team doctors and unnamed fans, stewards and officials speaking;
speakers are referred back to by surname, pronoun, nationality ("l'Ivoirien", "the Jamaican"),
age ("le dirigeant, 66 ans", "the 22-year-old"), position ("le flanker", "the lock"), club or
region ("le Breton", "the Venetian") and role, and some statements are sourced with "selon X",
"d'après X" or "according to X". Press-conference answers in French are given with dialogue
dashes.
Measured once with 0.3.0, 0.41.0 and 0.42.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout138.py
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
    (  # 1 football transfer: "…, selon le quotidien Name." (the part before, generic noun
        # dropped), two-sentence direct + "a déclaré le président du club, Name, lors de …",
        # the Ivorian referred back to by nationality (no speech)
        "Le FC Rochebrune a officialisé mardi l'arrivée de l'attaquant ivoirien Yannick "
        "Koffi-Assalé, 24 ans, en provenance du Sporting Clube de Ribadouro. Le montant de "
        "l'opération avoisinerait 18 millions d'euros, bonus compris, selon le quotidien La "
        "Dépêche sportive.\n\n"
        "«\u00a0Yannick était notre priorité depuis le mois de juin. Il a refusé deux offres plus "
        "élevées pour venir chez nous\u00a0», a déclaré le président du club, Thierry "
        "Bonnefoy-Larrieu, lors de la présentation du joueur au stade des Tanneurs.\n\n"
        "L'Ivoirien, qui a signé jusqu'en 2030, devrait être qualifié pour le déplacement à "
        "Valmont samedi. Il portera le numéro 9, laissé libre depuis le départ de l'ancien "
        "capitaine Florian Mazet.",
        [
            (
                I,
                ["Le montant de l'opération avoisinerait 18 millions d'euros, bonus compris"],
                "La Dépêche sportive",
            ),
            (
                D,
                [
                    "Yannick était notre priorité depuis le mois de juin. Il a refusé deux offres "
                    "plus élevées pour venir chez nous"
                ],
                "Thierry Bonnefoy-Larrieu",
            ),
        ],
    ),
    (  # 2 rugby injury: a long clause before ", a annoncé le club lundi" (indirect, the club
        # as speaker), a quote split by "a reconnu le manager Name," (one quote two spans,
        # final period kept), "a publié … un court message" (noun object, not annotated)
        "Coup dur pour le Rugby Club d'Aurignac. Le troisième-ligne Mathieu "
        "Etcheverry-Lacoste, victime d'une rupture du ligament croisé du genou droit samedi à "
        "Castres, sera absent au moins six mois, a annoncé le club lundi.\n\n"
        "«\u00a0C'est un joueur qu'on ne remplace pas, a reconnu le manager Pascal Dufourcq, mais "
        "le groupe a de la ressource. On va devoir être plus malins.\u00a0»\n\n"
        "L'opération aura lieu jeudi à Bordeaux. Le flanker de 28 ans, qui devait honorer sa "
        "première sélection en novembre, a publié dimanche soir sur les réseaux sociaux un court "
        "message à l'adresse des supporters.",
        [
            (
                I,
                [
                    "Le troisième-ligne Mathieu Etcheverry-Lacoste, victime d'une rupture du "
                    "ligament croisé du genou droit samedi à Castres, sera absent au moins "
                    "six mois"
                ],
                "Rugby Club d'Aurignac",
            ),
            (
                D,
                [
                    "C'est un joueur qu'on ne remplace pas",
                    "mais le groupe a de la ressource. On va devoir être plus malins.",
                ],
                "Pascal Dufourcq",
            ),
        ],
    ),
    (  # 3 cycling doping case: "L'instance a indiqué dans un communiqué que" (generic noun
        # for the named federation), two-sentence direct + "a-t-il écrit" (pronoun for the
        # Belgian rider), partial after "Son avocat, Me Name, dénonce", "évoque une possible
        # contamination" (noun object, not annotated)
        "Le coureur belge Jonas Verhaegen-Dumont, 27 ans, a été suspendu provisoirement par "
        "l'Union cycliste mondiale après un contrôle positif à l'EPO lors du Tour du Jura, "
        "a-t-on appris mercredi. L'instance a indiqué dans un communiqué que l'échantillon B "
        "serait analysé d'ici à la fin du mois.\n\n"
        "Le grimpeur de l'équipe Altitude-Varenne conteste les faits. «\u00a0Je n'ai jamais "
        "triché. Je demanderai l'analyse de l'échantillon B et je prouverai mon "
        "innocence\u00a0», a-t-il écrit sur son compte Instagram.\n\n"
        "Son avocat, Me Laurent Sicard, dénonce «\u00a0une procédure bâclée\u00a0» et évoque une "
        "possible contamination alimentaire lors d'un stage en altitude. L'équipe a suspendu le "
        "coureur jusqu'aux résultats de la contre-expertise.",
        [
            (
                I,
                ["l'échantillon B serait analysé d'ici à la fin du mois"],
                "Union cycliste mondiale",
            ),
            (
                D,
                [
                    "Je n'ai jamais triché. Je demanderai l'analyse de l'échantillon B et je "
                    "prouverai mon innocence"
                ],
                "Jonas Verhaegen-Dumont",
            ),
            (P, ["une procédure bâclée"], "Laurent Sicard"),
        ],
    ),
    (  # 4 tennis press conference in dialogue dashes: "Son entraîneur, Name, a indiqué
        # qu'elle", a dash line attributed by the sentence before it ("la Vaudoise n'a pas
        # cherché d'excuses :", epithet for the Swiss player), a dash line after "elle a balayé
        # la question … :" with "a-t-elle assuré," (one quote two spans)
        "Éliminée dès le deuxième tour du tournoi de Lyon par une qualifiée de 19 ans, la "
        "Suissesse Léa Brunner-Favre, tête de série numéro 2, va s'accorder une pause. Son "
        "entraîneur, Marc Oberholzer, a indiqué qu'elle renoncerait au tournoi de Tokyo pour se "
        "reposer avant la fin de saison. En conférence de presse, la Vaudoise n'a pas cherché "
        "d'excuses\u00a0:\n\n"
        "— J'ai mal servi, j'ai mal retourné, j'ai mal bougé. À part ça, tout allait bien.\n\n"
        "Interrogée sur la douleur à l'épaule qui l'avait contrainte à l'abandon à Stuttgart, "
        "elle a balayé la question d'un revers de la main\u00a0:\n\n"
        "— L'épaule va bien, a-t-elle assuré, c'est la tête qui n'y était pas.",
        [
            (
                I,
                ["elle renoncerait au tournoi de Tokyo pour se reposer avant la fin de saison"],
                "Marc Oberholzer",
            ),
            (
                D,
                ["J'ai mal servi, j'ai mal retourné, j'ai mal bougé. À part ça, tout allait bien."],
                "Léa Brunner-Favre",
            ),
            (
                D,
                ["L'épaule va bien", "c'est la tête qui n'y était pas."],
                "Léa Brunner-Favre",
            ),
        ],
    ),
    (  # 5 refereeing row: "s'en est pris à l'arbitre" (no speech), three-sentence direct +
        # "a tempêté le dirigeant, 66 ans," (role and age for the named president), partial
        # after "a reconnu lundi une" by the refereeing body, "Le club cassagnais a annoncé
        # qu'il" (the club by its adjective)
        "Le penalty accordé à l'Olympique de Saint-Aurèle dans le temps additionnel, dimanche "
        "face à l'AS Cassagne (2-1), continue de faire polémique. Le président cassagnais, "
        "Roland Peyrefitte-Moreau, s'en est pris violemment à l'arbitre de la rencontre, Julien "
        "Maréchal.\n\n"
        "«\u00a0Il n'y a jamais faute. Le VAR était là pour ça, et personne n'a bougé. On se moque "
        "de nous\u00a0», a tempêté le dirigeant, 66 ans, devant les caméras.\n\n"
        "La Direction nationale de l'arbitrage a reconnu lundi une «\u00a0erreur "
        "d'appréciation\u00a0». M. Maréchal ne sera pas désigné la semaine prochaine. Le club "
        "cassagnais a annoncé qu'il saisirait la commission de discipline de la Ligue.",
        [
            (
                D,
                [
                    "Il n'y a jamais faute. Le VAR était là pour ça, et personne n'a bougé. On se "
                    "moque de nous"
                ],
                "Roland Peyrefitte-Moreau",
            ),
            (P, ["erreur d'appréciation"], "Direction nationale de l'arbitrage"),
            (I, ["il saisirait la commission de discipline de la Ligue"], "AS Cassagne"),
        ],
    ),
    (  # 6 marathon record: a quote continued over two paragraphs (one span each, the first
        # one's period kept) + "a raconté la lauréate" (descriptive noun for the Ethiopian),
        # "Selon les organisateurs," (unnamed plural, rest of the sentence), "Son manager,
        # l'Italien Name, a confirmé qu'elle"
        "L'Éthiopienne Meseret Haile-Gebru a remporté dimanche le marathon de Lyon en "
        "2\u00a0h\u00a018\u00a0min\u00a042\u00a0s, améliorant de plus d'une minute le record de "
        "l'épreuve. La coureuse de 23 ans disputait seulement son deuxième marathon.\n\n"
        "«\u00a0Au 30e kilomètre, j'ai cru que j'allais abandonner. Mes jambes ne répondaient "
        "plus.\n\n"
        "«\u00a0Puis j'ai pensé à ma mère, qui regardait la course à Addis-Abeba, et j'ai "
        "accéléré\u00a0», a raconté la lauréate, par l'intermédiaire d'un interprète.\n\n"
        "Selon les organisateurs, 14\u00a0300 coureurs ont pris le départ, un chiffre record. Son "
        "manager, l'Italien Paolo Ferrante, a confirmé qu'elle s'alignerait aux championnats du "
        "monde l'été prochain.",
        [
            (
                D,
                [
                    "Au 30e kilomètre, j'ai cru que j'allais abandonner. Mes jambes ne répondaient "
                    "plus.",
                    "Puis j'ai pensé à ma mère, qui regardait la course à Addis-Abeba, et j'ai "
                    "accéléré",
                ],
                "Meseret Haile-Gebru",
            ),
            (I, ["14\u00a0300 coureurs ont pris le départ, un chiffre record"], "organisateurs"),
            (
                I,
                ["elle s'alignerait aux championnats du monde l'été prochain"],
                "Paolo Ferrante",
            ),
        ],
    ),
    (  # 7 basketball coach sacked: partial inside "le club explique avoir pris cette
        # décision" (only the partial, the club as speaker), two-sentence direct + "glisse-t-il"
        # (pronoun for "Le technicien camerounais"), "D'après le Name, le président Name
        # aurait …" (rest of the sentence, article dropped)
        "Le Vierzon Basket Club a limogé jeudi son entraîneur, Serge Nkoulou, au lendemain d'une "
        "septième défaite consécutive en championnat. Dans un communiqué, le club explique avoir "
        "pris cette décision «\u00a0pour créer un électrochoc\u00a0». L'assistant, Karim "
        "Benhaddou, assurera l'intérim.\n\n"
        "Le technicien camerounais, arrivé en 2023, ne cache pas son amertume. «\u00a0On m'avait "
        "promis du temps et deux renforts. Je n'ai eu ni l'un ni l'autre\u00a0», glisse-t-il.\n\n"
        "D'après le Courrier du Cher, le président Alain Robichon aurait déjà contacté l'ancienne "
        "sélectionneuse de l'équipe de France féminine, Denise Carvalho.",
        [
            (P, ["pour créer un électrochoc"], "Vierzon Basket Club"),
            (
                D,
                ["On m'avait promis du temps et deux renforts. Je n'ai eu ni l'un ni l'autre"],
                "Serge Nkoulou",
            ),
            (
                I,
                [
                    "le président Alain Robichon aurait déjà contacté l'ancienne sélectionneuse "
                    "de l'équipe de France féminine, Denise Carvalho"
                ],
                "Courrier du Cher",
            ),
        ],
    ),
    (  # 8 ocean race finish: an unclosed quotation mark ended by "a confié le marin sur le
        # ponton," (descriptive noun for the Finistère skipper), "avait … remercié son équipe"
        # (noun object), "Selon la direction de course," (rest of the sentence), partial after
        # "Il a qualifié la performance de Surname d'" (pronoun for the New Zealander)
        "Après 74 jours, 6 heures et 12 minutes de mer, le skipper Corentin Le Bihan a coupé "
        "mardi à l'aube la ligne d'arrivée du Tour du monde en solitaire, aux Sables-d'Olonne, à "
        "la quatrième place. Le Finistérien, 41 ans, a bouclé la course avec une quille "
        "endommagée depuis le cap Horn.\n\n"
        "«\u00a0Les dix derniers jours, j'ai dormi par tranches de vingt minutes, a confié le "
        "marin sur le ponton, les yeux rougis. Il avait longuement remercié son équipe technique "
        "par radio la veille.\n\n"
        "Selon la direction de course, onze bateaux sont encore en mer. Le vainqueur, le "
        "Néo-Zélandais Sam Whitford, est arrivé il y a six jours. Il a qualifié la performance de "
        "Le Bihan d'«\u00a0exploit de marin\u00a0».",
        [
            (
                D,
                ["Les dix derniers jours, j'ai dormi par tranches de vingt minutes"],
                "Corentin Le Bihan",
            ),
            (I, ["onze bateaux sont encore en mer"], "direction de course"),
            (P, ["exploit de marin"], "Sam Whitford"),
        ],
    ),
    (  # 9 football match report: two-sentence direct + "reconnaissait l'entraîneur
        # montferrandais, Name, en zone mixte", "Pour le capitaine trégorrois, Name, « … »"
        # (direct), the referee named without speaking
        "Le Racing Club de Montferrand a concédé le match nul (1-1) vendredi soir sur la pelouse "
        "de l'Entente Trégor, au terme d'une rencontre hachée par 43 fautes. Menés dès la 12e "
        "minute sur un but de Medhi Aït-Kaci, les Auvergnats ont égalisé à dix minutes de la fin "
        "par leur défenseur Hugo Rispal, 31 ans.\n\n"
        "«\u00a0On a couru après le score toute la soirée. Ce point, on le prend, mais on ne peut "
        "pas s'en contenter\u00a0», reconnaissait l'entraîneur montferrandais, Didier Lachaume, "
        "en zone mixte.\n\n"
        "Pour le capitaine trégorrois, Anthony Le Roux, «\u00a0le plus frustrant, c'est qu'on "
        "avait le match en main\u00a0». L'arbitre, M. Christophe Vidal, a distribué huit cartons "
        "jaunes.",
        [
            (
                D,
                [
                    "On a couru après le score toute la soirée. Ce point, on le prend, mais on ne "
                    "peut pas s'en contenter"
                ],
                "Didier Lachaume",
            ),
            (
                D,
                ["le plus frustrant, c'est qu'on avait le match en main"],
                "Anthony Le Roux",
            ),
        ],
    ),
    (  # 10 rugby federation election: partial inside "a fait part de sa volonté de" (only the
        # partial), "a promis une enveloppe" and "a réclamé un recomptage" (noun objects, not
        # annotated), two-sentence direct + "a-t-il lancé", partial inside "estimant que" after
        # "a salué l'élection" (noun object)
        "Réélu samedi à la tête de la Fédération nationale de rugby avec 58\u00a0% des voix, "
        "Bernard Lasserre-Puyo a fait part de sa volonté de «\u00a0remettre les clubs amateurs au "
        "centre du jeu\u00a0». L'ancien pilier, 63 ans, a promis une enveloppe de 12 millions "
        "d'euros pour les écoles de rugby.\n\n"
        "Son adversaire malheureux, Philippe Aguerre, a réclamé un recomptage des voix de la "
        "ligue Occitanie. «\u00a0Trois cents bulletins ont disparu entre le dépouillement et la "
        "proclamation. Je n'accuse personne, je pose une question\u00a0», a-t-il lancé.\n\n"
        "Le sélectionneur du XV national, Fabien Cazaux, a salué l'élection, estimant que la "
        "stabilité était «\u00a0une bonne nouvelle à un an de la Coupe du monde\u00a0».",
        [
            (P, ["remettre les clubs amateurs au centre du jeu"], "Bernard Lasserre-Puyo"),
            (
                D,
                [
                    "Trois cents bulletins ont disparu entre le dépouillement et la proclamation. "
                    "Je n'accuse personne, je pose une question"
                ],
                "Philippe Aguerre",
            ),
            (P, ["une bonne nouvelle à un an de la Coupe du monde"], "Fabien Cazaux"),
        ],
    ),
    (  # 11 fans protest against the owner: a long sentence ending ", selon la préfecture de
        # X." (the part before), direct + "lançait un abonné de la tribune Nord" (unnamed),
        # "Le collectif Name, …, a annoncé que" (generic noun dropped), "n'a pas souhaité
        # réagir" and "selon lesquels" (not sources)
        "Près de 2\u00a0000 supporters de l'US Valdrôme se sont rassemblés samedi devant le "
        "siège du club pour réclamer le départ de l'actionnaire majoritaire, l'homme d'affaires "
        "luxembourgeois Marc Wiltgen, selon la préfecture de la Drôme.\n\n"
        "«\u00a0On ne veut pas de son argent, on veut un projet. Ce club appartient à la ville, "
        "pas à un fonds d'investissement\u00a0», lançait un abonné de la tribune Nord, écharpe "
        "rouge et noire autour du cou.\n\n"
        "Le collectif Valdrôme Debout, à l'origine du rassemblement, a annoncé que d'autres "
        "actions suivraient si aucune réponse n'était apportée avant la fin du mois. Contacté, "
        "M.\u00a0Wiltgen n'a pas souhaité réagir. Les groupes d'ultras, selon lesquels la "
        "direction a menti sur l'état des finances, envisagent de boycotter le prochain match à "
        "domicile.",
        [
            (
                I,
                [
                    "Près de 2\u00a0000 supporters de l'US Valdrôme se sont rassemblés samedi "
                    "devant le siège du club pour réclamer le départ de l'actionnaire majoritaire, "
                    "l'homme d'affaires luxembourgeois Marc Wiltgen"
                ],
                "préfecture de la Drôme",
            ),
            (
                D,
                [
                    "On ne veut pas de son argent, on veut un projet. Ce club appartient à la "
                    "ville, pas à un fonds d'investissement"
                ],
                "abonné",
            ),
            (
                I,
                [
                    "d'autres actions suivraient si aucune réponse n'était apportée avant la fin "
                    "du mois"
                ],
                "Valdrôme Debout",
            ),
        ],
    ),
    (  # 12 cycling stage win, « » without inner spaces: three-sentence direct +
        # "confiait-il, encore essoufflé," (pronoun for "Le Breton"), partial inside "a estimé
        # que son coureur avait" (only the partial), the Danish leader named without speaking
        "À 21 ans, Titouan Marzin a levé les bras pour la première fois chez les "
        "professionnels, mercredi, au sommet du col de la Croix-Morand, terme de la 4e étape du "
        "Tour d'Auvergne. Le Breton de l'équipe Kermor Cycling a faussé compagnie à ses "
        "compagnons d'échappée à trois kilomètres de l'arrivée.\n\n"
        "«Je n'y croyais plus. Dans le dernier virage, je me suis retourné et il n'y avait "
        "personne. Alors j'ai pleuré avant même la ligne», confiait-il, encore essoufflé, au "
        "micro de la télévision régionale.\n\n"
        "Son directeur sportif, Erwan Caradec, a estimé que son coureur avait «le moteur pour "
        "jouer le général» dans les années à venir. Le maillot jaune reste sur les épaules du "
        "Danois Rasmus Holm-Larsen avant le contre-la-montre de samedi.",
        [
            (
                D,
                [
                    "Je n'y croyais plus. Dans le dernier virage, je me suis retourné et il n'y "
                    "avait personne. Alors j'ai pleuré avant même la ligne"
                ],
                "Titouan Marzin",
            ),
            (P, ["le moteur pour jouer le général"], "Erwan Caradec"),
        ],
    ),
    (  # 13 tennis team selection: partial inside "Il a expliqué ne pas vouloir" (only the
        # partial), partial after "L'intéressé, 25 ans, s'est dit" (role and age for the
        # named player), direct + "a insisté Surname, qui …"
        "Le capitaine de l'équipe de France de tennis, Olivier Ducasse, a dévoilé lundi sa "
        "sélection pour la phase finale de la Coupe des nations, à Malaga, sans le numéro un "
        "français, Arthur Lemoine-Batz. Il a expliqué ne pas vouloir «\u00a0prendre de "
        "risque\u00a0» avec un joueur qui relève d'une blessure au poignet.\n\n"
        "L'intéressé, 25 ans, s'est dit «\u00a0très déçu\u00a0» sur les réseaux sociaux.\n\n"
        "«\u00a0Je préfère un Arthur à 100\u00a0% en janvier qu'un Arthur à 60\u00a0% en "
        "novembre\u00a0», a insisté Ducasse, qui a retenu le jeune Noah Bellanger, 20 ans, pour "
        "sa première sélection.",
        [
            (P, ["prendre de risque"], "Olivier Ducasse"),
            (P, ["très déçu"], "Arthur Lemoine-Batz"),
            (
                D,
                [
                    "Je préfère un Arthur à 100\u00a0% en janvier qu'un Arthur à 60\u00a0% en "
                    "novembre"
                ],
                "Olivier Ducasse",
            ),
        ],
    ),
    (  # 14 sprinter banned for whereabouts failures: the agency as subject of "a suspendu"
        # (no speech), "D'après son entourage, l'athlète de 26 ans …" (unnamed, rest of the
        # sentence), partial after "a dénoncé" by "Son agent, Name", two-sentence direct + "a
        # rappelé la présidente de …, l'ancienne perchiste Name"
        "L'Agence mondiale d'intégrité en athlétisme a suspendu jeudi pour quatre ans le "
        "sprinteur français Kevin Adjanohoun, médaillé de bronze du 200 m aux derniers "
        "championnats d'Europe, pour un manquement à ses obligations de localisation. Il avait "
        "manqué trois contrôles inopinés en douze mois.\n\n"
        "D'après son entourage, l'athlète de 26 ans envisage de faire appel. Son agent, Stéphane "
        "Morvan, a dénoncé «\u00a0un acharnement\u00a0» contre un sportif qui n'a jamais été "
        "contrôlé positif.\n\n"
        "«\u00a0Les règles sont les mêmes pour tous. Un sportif de haut niveau connaît ses "
        "obligations\u00a0», a rappelé la présidente de la commission des athlètes, l'ancienne "
        "perchiste Aurélie Vasseur.",
        [
            (I, ["l'athlète de 26 ans envisage de faire appel"], "entourage"),
            (P, ["un acharnement"], "Stéphane Morvan"),
            (
                D,
                [
                    "Les règles sont les mêmes pour tous. Un sportif de haut niveau connaît ses "
                    "obligations"
                ],
                "Aurélie Vasseur",
            ),
        ],
    ),
    (  # 15 pre-derby press conference, « » without inner spaces: a direct after "le
        # technicien de 52 ans a répondu :" (age for the Argentine coach, final period kept),
        # two-sentence direct + "a-t-il assuré", partial in "Une décision jugée « … » par le
        # président de Name, Name"
        "À deux jours du derby face au FC Portanel, l'entraîneur de l'Union sportive de "
        "Castelvieil, l'Argentin Gustavo Ibarrola, a tenté de faire baisser la pression. "
        "Interrogé sur les tensions entre supporters, le technicien de 52 ans a répondu\u00a0: "
        "«Le derby se joue sur le terrain, pas dans les tribunes ni sur les réseaux sociaux.»\n\n"
        "Son gardien, Rémi Castagné, blessé à la cuisse, sera forfait. «On a travaillé avec le "
        "petit Diallo toute la semaine. Il est prêt», a-t-il assuré.\n\n"
        "La préfecture a limité à 500 le nombre de supporters visiteurs. Une décision jugée "
        "«incompréhensible» par le président de Portanel, Jean-Marc Sarrail.",
        [
            (
                D,
                [
                    "Le derby se joue sur le terrain, pas dans les tribunes ni sur les réseaux "
                    "sociaux."
                ],
                "Gustavo Ibarrola",
            ),
            (
                D,
                ["On a travaillé avec le petit Diallo toute la semaine. Il est prêt"],
                "Gustavo Ibarrola",
            ),
            (P, ["incompréhensible"], "Jean-Marc Sarrail"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 football transfer, straight quotes: "The club said in a statement that" (the club
        # as an organisation), partial after "called him" by "Manager Name, who …", an
        # unsourced fee figure (no speech)
        "Harbourside United have signed the Brazilian midfielder Thiago Vasconcelos from Estrela "
        "Paulista for a club-record £42 million, with the 22-year-old agreeing a five-year "
        "contract. The club said in a statement that the deal was subject to a work permit, "
        "which it expected to receive within days.\n\n"
        "Manager Colin Ashworth, who watched Vasconcelos in person three times last season, "
        'called him "the most complete young midfielder I\'ve seen in years".\n\n'
        "The fee could rise to £50 million with add-ons. Vasconcelos is expected to be in the "
        "squad for Saturday's trip to Norbridge.",
        [
            (
                I,
                ["the deal was subject to a work permit, which it expected to receive within days"],
                "Harbourside United",
            ),
            (
                P,
                ["the most complete young midfielder I've seen in years"],
                "Colin Ashworth",
            ),
        ],
    ),
    (  # 2 rugby captain injured, curly quotes: a quote split by "head coach Name told
        # reporters in Cardiff," (one quote two spans, final period kept), "The Welshman
        # confirmed that" (nationality for the coach), "named three uncapped players" (noun
        # object, not annotated)
        "Wales will be without their captain, Rhys Pritchard-Evans, for the rest of the "
        "championship after scans confirmed a fractured cheekbone sustained in Saturday's "
        "defeat to Scotland.\n\n"
        "“It's a massive blow, there's no point pretending otherwise,” head coach Alun Bevan "
        "told reporters in Cardiff, “but we've got leaders all over that squad.”\n\n"
        "The Welshman confirmed that Gethin Morgan, the 24-year-old lock, would take over the "
        "captaincy for the trip to Rome. Bevan also named three uncapped players in a "
        "reshuffled squad. Pritchard-Evans, 31, is expected to need surgery.",
        [
            (
                D,
                [
                    "It's a massive blow, there's no point pretending otherwise",
                    "but we've got leaders all over that squad.",
                ],
                "Alun Bevan",
            ),
            (
                I,
                [
                    "Gethin Morgan, the 24-year-old lock, would take over the captaincy for the "
                    "trip to Rome"
                ],
                "Alun Bevan",
            ),
        ],
    ),
    (  # 3 tennis upset, straight quotes: "A," Surname said. "B." (the attribution ends its
        # sentence: two direct quotes, the second keeping its period), "The Pole" (nationality,
        # no speech), "Surname, who …, said she had … but would not"
        "The 19-year-old qualifier Zoe Kalinowski knocked out the second seed, Daria Voronina, "
        "6-4, 3-6, 7-5 in the second round of the Auckland Open on Wednesday, the biggest win of "
        "her career.\n\n"
        '"I honestly didn\'t think I could win when I walked on court," Kalinowski said. "At 5-5 '
        'in the third I just told myself to keep swinging."\n\n'
        "The Pole, ranked 187th in the world, will face the American Jordan Pike in the third "
        "round. Voronina, who needed treatment on her back in the second set, said she had been "
        "struggling with the injury since the summer but would not withdraw from next month's "
        "events.",
        [
            (
                D,
                ["I honestly didn't think I could win when I walked on court"],
                "Zoe Kalinowski",
            ),
            (
                D,
                ["At 5-5 in the third I just told myself to keep swinging."],
                "Zoe Kalinowski",
            ),
            (
                I,
                [
                    "she had been struggling with the injury since the summer but would not "
                    "withdraw from next month's events"
                ],
                "Daria Voronina",
            ),
        ],
    ),
    (  # 4 cycling doping case: a long clause before ", the International Cycling Integrity
        # Agency announced on Monday" (indirect), the team suspending the rider (no speech),
        # two partials inside "Surname said he was … and had …" (only the partials)
        "The Colombian climber Andrés Villamizar has been provisionally suspended after testing "
        "positive for a banned blood booster during the Tour of the Dolomites, the International "
        "Cycling Integrity Agency announced on Monday.\n\n"
        "The sample was collected in an out-of-competition test in May, and the 29-year-old has "
        "the right to request analysis of his B sample. His team, Cumbre Pro Cycling, suspended "
        "him with immediate effect.\n\n"
        "In a short statement released through his lawyer, Villamizar said he was "
        '"devastated" and had "never knowingly taken a prohibited substance".',
        [
            (
                I,
                [
                    "The Colombian climber Andrés Villamizar has been provisionally suspended "
                    "after testing positive for a banned blood booster during the Tour of the "
                    "Dolomites"
                ],
                "International Cycling Integrity Agency",
            ),
            (P, ["devastated"], "Andrés Villamizar"),
            (P, ["never knowingly taken a prohibited substance"], "Andrés Villamizar"),
        ],
    ),
    (  # 5 athletics title, curly quotes: a quote opened in a paragraph about "The Jamaican"
        # and continued in the next (one span each, first one's period kept) + "the
        # 27-year-old said", "Botswana's Name" + "he said", partial inside "His coach, Name,
        # said Surname had" (only the partial)
        "Kemar Blackwood ran the fastest 400 metres of the year to win gold at the "
        "Pan-Atlantic Championships in Lisbon on Thursday night, clocking 43.71 seconds.\n\n"
        "The Jamaican, who missed last season with a torn hamstring, broke down in tears on the "
        "track. “Eighteen months ago I couldn't walk to the shops without pain. People were "
        "telling me to retire.\n\n"
        "“So this one is for everybody who kept believing,” the 27-year-old said.\n\n"
        "Silver went to Botswana's Tumelo Kgosi. “I gave everything. He was just better "
        "tonight,” he said. His coach, Marcia Thompson-Reid, said Blackwood had been “ready to "
        "go faster” but eased up in the final ten metres.",
        [
            (
                D,
                [
                    "Eighteen months ago I couldn't walk to the shops without pain. People were "
                    "telling me to retire.",
                    "So this one is for everybody who kept believing",
                ],
                "Kemar Blackwood",
            ),
            (D, ["I gave everything. He was just better tonight"], "Tumelo Kgosi"),
            (P, ["ready to go faster"], "Marcia Thompson-Reid"),
        ],
    ),
    (  # 6 basketball trade, straight quotes: partial inside "Mariners general manager Name
        # said the decision had been" (only the partial), two-sentence direct + "she added",
        # "…, according to his agent, Name." (the part before)
        "The Bayview Mariners traded their All-Star point guard Devon Maddox to the Carolina "
        "Foxes on Tuesday for two first-round picks and the forward Luka Stanić.\n\n"
        'Mariners general manager Renee Castellano said the decision had been "the hardest of '
        'my career". "Devon gave this city seven great years. But we had to think about the '
        'next seven," she added.\n\n'
        "Maddox, 30, had asked to be traded in October, according to his agent, Paul Whitaker. "
        "The Foxes host Denver on Friday, when the veteran is expected to make his debut.",
        [
            (P, ["the hardest of my career"], "Renee Castellano"),
            (
                D,
                [
                    "Devon gave this city seven great years. But we had to think about the next "
                    "seven"
                ],
                "Renee Castellano",
            ),
            (I, ["Maddox, 30, had asked to be traded in October"], "Paul Whitaker"),
        ],
    ),
    (  # 7 sailing cup final, single curly quotes: 'A,' said helmsman Name, 34. 'B.' (two
        # direct quotes), "blamed a faulty hydraulic system" (noun object), a direct after
        # "The Venetian insisted his crew could still come back:" (epithet, final period kept)
        "Southern Cross Racing moved within one win of retaining the Meridian Cup on Sunday, "
        "beating the Italian challenger Vela Serenissima in both of the day's races on the "
        "Hauraki Gulf to lead 6-3.\n\n"
        "‘We sailed a clean day. No mistakes at the start, good decisions upwind,’ said helmsman "
        "Nathan Kereama, 34. ‘But nobody on this boat is counting to seven yet.’\n\n"
        "The New Zealander's opposite number, Matteo Grimani, blamed a faulty hydraulic system "
        "for a slow manoeuvre in the second race. The Venetian insisted his crew could still "
        "come back: ‘We have been 5-2 down before and we won four in a row.’",
        [
            (
                D,
                ["We sailed a clean day. No mistakes at the start, good decisions upwind"],
                "Nathan Kereama",
            ),
            (D, ["But nobody on this boat is counting to seven yet."], "Nathan Kereama"),
            (
                D,
                ["We have been 5-2 down before and we won four in a row."],
                "Matteo Grimani",
            ),
        ],
    ),
    (  # 8 VAR row, straight quotes: partial after "described the refereeing … as" by
        # "Northgate Athletic manager Name", direct + "a spokesperson for the board said" (the
        # named board speaking), two-sentence direct + "said one supporter" (unnamed)
        "Northgate Athletic manager Steve Harrower described the refereeing in Saturday's 2-1 "
        'defeat at Millbrook as "an embarrassment to the game" after his side had two goals '
        "disallowed by the video assistant referee.\n\n"
        "The second decision, for an offside against striker Kwame Boateng-Hall, was reviewed on "
        'Sunday by the Professional Match Officials Board. "The on-field decision of a goal '
        'should have stood," a spokesperson for the board said.\n\n'
        "\"Every week it's something. We pay £800 for a season ticket to watch a bloke in a van "
        'decide the game," said one supporter outside the ground.',
        [
            (P, ["an embarrassment to the game"], "Steve Harrower"),
            (
                D,
                ["The on-field decision of a goal should have stood"],
                "Professional Match Officials Board",
            ),
            (
                D,
                [
                    "Every week it's something. We pay £800 for a season ticket to watch a bloke "
                    "in a van decide the game"
                ],
                "supporter",
            ),
        ],
    ),
    (  # 9 women's national coach appointed, straight quotes: direct + "the federation's chief
        # executive, Name, said" (attribution after the quote), partial inside "Surname, who
        # …, said her first priority would be to" (only the partial), "The 41-year-old" (age,
        # no speech)
        "The Irish Football Federation has appointed the former international Niamh Gallagher "
        "as head coach of the women's national team on a four-year contract, ending a "
        "five-month search. The 41-year-old, who won 96 caps as a defender, replaces the "
        "Dutchman Rob van Eijk, who left in June.\n\n"
        '"Niamh knows this group, she knows this country, and she has a clear plan to get us to '
        "a major tournament,\" the federation's chief executive, Declan Furlong, said.\n\n"
        "Gallagher, who led Ballycross Rovers to two league titles, said her first priority would "
        'be to "get the players enjoying their football again". She will name her first squad '
        "next month.",
        [
            (
                D,
                [
                    "Niamh knows this group, she knows this country, and she has a clear plan to "
                    "get us to a major tournament"
                ],
                "Declan Furlong",
            ),
            (
                P,
                ["get the players enjoying their football again"],
                "Niamh Gallagher",
            ),
        ],
    ),
    (  # 10 marathon death, straight quotes: "Police said the man … had been" (unnamed
        # body), two-sentence direct + "she said" (pronoun for "The race director, Name"), "A
        # race official, who asked not to be named, said" (unnamed)
        "A 52-year-old runner died after collapsing near the 23-mile mark of the Northern "
        "Cities Marathon in Manchester on Sunday. Police said the man, from Stockport, had been "
        "treated at the scene by paramedics but was pronounced dead in hospital.\n\n"
        'The race director, Helen Oduya, went to the hospital on Sunday evening. "Our thoughts '
        'are with his family and friends. We will support them in any way we can," she '
        "said.\n\n"
        "A race official, who asked not to be named, said temperatures had reached 24C by late "
        "morning, well above the forecast. The men's race was won by Kenya's Daniel Rotich "
        "Kiplagat in 2:07:55.",
        [
            (
                I,
                [
                    "the man, from Stockport, had been treated at the scene by paramedics but was "
                    "pronounced dead in hospital"
                ],
                "police",
            ),
            (
                D,
                [
                    "Our thoughts are with his family and friends. We will support them in any way "
                    "we can"
                ],
                "Helen Oduya",
            ),
            (
                I,
                ["temperatures had reached 24C by late morning, well above the forecast"],
                "race official",
            ),
        ],
    ),
    (  # 11 track cycling coach resigns, curly quotes: partial inside "Surname wrote that he
        # could no longer" (only the partial), "He denied the allegations" (noun object),
        # "Its chief executive, Name, told a press conference … that" (indirect), direct +
        # "said Olympic sprint champion Name, 26, who …"
        "The head coach of Australia's track cycling team, Brett Donnelly, has resigned with "
        "immediate effect, a week after a review into the team's culture found evidence of "
        "bullying.\n\n"
        "In a letter to staff seen by this newspaper, Donnelly wrote that he could no longer "
        "“lead a programme whose trust I have lost”. He denied the allegations.\n\n"
        "The national federation, Velo Australia, accepted the resignation on Wednesday. Its chief "
        "executive, Karen Lowe, told a press conference in Adelaide that an interim coach would "
        "be named before the national championships in January.\n\n"
        "“The riders deserve a fresh start,” said Olympic sprint champion Jess Farrant, 26, who "
        "gave evidence to the review.",
        [
            (P, ["lead a programme whose trust I have lost"], "Brett Donnelly"),
            (
                I,
                ["an interim coach would be named before the national championships in January"],
                "Karen Lowe",
            ),
            (D, ["The riders deserve a fresh start"], "Jess Farrant"),
        ],
    ),
    (  # 12 fan violence, straight quotes: partial inside "Name said it was … and would ban"
        # (the club as speaker, only the partial), direct + "the chairman, Name, said", partial
        # inside "A steward … said the trouble started" (unnamed, only the partial)
        "Twelve people were arrested after rival fans clashed outside a pub in Dunmore before "
        "Saturday's cup tie between Dunmore Thistle and Port Avon. Two police officers were "
        "treated for minor injuries.\n\n"
        'Dunmore Thistle said it was "appalled" by the scenes and would ban anyone found to '
        'have been involved. "These people are not supporters of this club," the chairman, '
        "Alasdair McPhee, said.\n\n"
        'A steward who was working at the ground said the trouble started "before the gates '
        'had even opened". The match went ahead and finished 1-1.',
        [
            (P, ["appalled"], "Dunmore Thistle"),
            (D, ["These people are not supporters of this club"], "Alasdair McPhee"),
            (P, ["before the gates had even opened"], "steward"),
        ],
    ),
    (  # 13 college basketball injury, straight quotes: partial inside "Coach Name said the
        # mood … was" (only the partial), direct + "Surname said", "Team physician Dr. Name
        # said … and that" (one indirect, courtesy title dropped)
        "Lakeshore State guard Malik Okafor will miss the rest of the season after tearing his "
        "Achilles tendon in Saturday's win over Riverton.\n\n"
        "The 22-year-old, who was averaging 19.4 points a game, is the conference's leading "
        'scorer. Coach Tom Brannigan said the mood in the locker room was "like a funeral". '
        "\"Malik is the heart of this team. We'll have to find a way to win without him, and "
        'that starts on Wednesday," Brannigan said.\n\n'
        "Team physician Dr. Anita Rao said the surgery had gone well and that Okafor should "
        "make a full recovery in time for the draft.",
        [
            (P, ["like a funeral"], "Tom Brannigan"),
            (
                D,
                [
                    "Malik is the heart of this team. We'll have to find a way to win without "
                    "him, and that starts on Wednesday"
                ],
                "Tom Brannigan",
            ),
            (
                I,
                [
                    "the surgery had gone well and that Okafor should make a full recovery in time "
                    "for the draft"
                ],
                "Anita Rao",
            ),
        ],
    ),
    (  # 14 steeplechaser banned, curly quotes: partial inside "The tribunal said in its
        # written decision that" (the named tribunal, only the partial), "confirmed an appeal"
        # (noun object, not annotated), two-sentence direct + "Surname said" (the lawyer)
        "The Athletics Integrity Tribunal has banned the Moroccan steeplechaser Youssef El "
        "Amrani for four years for using testosterone.\n\n"
        "The tribunal said in its written decision that El Amrani's explanation, that the "
        "substance came from a contaminated supplement, was “not credible”. The 28-year-old "
        "will lose the silver medal he won at last year's continental championships.\n\n"
        "His lawyer, Karim Benali, confirmed an appeal. “Youssef has been tested more than 40 "
        "times in his career and never failed once. This ruling ignores the science,” Benali "
        "said.",
        [
            (P, ["not credible"], "Athletics Integrity Tribunal"),
            (
                D,
                [
                    "Youssef has been tested more than 40 times in his career and never failed "
                    "once. This ruling ignores the science"
                ],
                "Karim Benali",
            ),
        ],
    ),
    (  # 15 manager's press conference before a cup final, curly quotes: "Name insisted on
        # Friday that" (the clause up to the final, not the journalist's "despite reports"), a
        # direct after "the Portuguese replied:" (nationality, final period kept), two-sentence
        # direct + "he said" after an unsourced team-news sentence
        "Rafael Moreira insisted on Friday that his future at Eastbridge City would not be "
        "decided by Sunday's League Cup final against Ashford Rovers, despite reports that the "
        "club's owners have already approached his replacement.\n\n"
        "Asked about those reports, the Portuguese replied: “I have a contract until 2028 and I "
        "have the trust of the people who matter. The rest is noise.”\n\n"
        "Moreira, 47, will have his captain, Liam Docherty, back from a calf problem. “He "
        "trained fully today. He will start,” he said.",
        [
            (
                I,
                [
                    "his future at Eastbridge City would not be decided by Sunday's League Cup "
                    "final against Ashford Rovers"
                ],
                "Rafael Moreira",
            ),
            (
                D,
                [
                    "I have a contract until 2028 and I have the trust of the people who matter. "
                    "The rest is noise."
                ],
                "Rafael Moreira",
            ),
            (D, ["He trained fully today. He will start"], "Rafael Moreira"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout138.jsonl"),
        "heldout138",
        "h138",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
