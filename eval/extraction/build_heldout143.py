"""Source of the 143rd held-out set: writes heldout143.jsonl (split "heldout143").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like sports news: football match reports, a coach sacked, transfers and a mercato signing,
rugby Tests and a salary-cap sanction, cycling classics, stage races and doping cases, tennis
defeats, a retirement and a fine, athletics records, marathons and a shoe-rule row, basketball
games, and governance rows in federations; coaches, players, club presidents, sporting
directors, agents, lawyers, ministers, federations, teams and leagues speaking as
organisations, and unnamed supporters, stewards and officials are quoted. Speakers are referred
back to by surname, pronoun ("il", "elle", "-t-il", "he", "she"), role ("le technicien
serbe", "the sports minister"), nationality ("l'Italien", "the Dane", "the Colombian"), age
("le sexagénaire", "le joueur de 24 ans", "the 52-year-old") or epithet ("la Niçoise", "le
Bâlois"); some statements are sourced with "selon X", "d'après X" or "according to X". French
texts use « » with and without inner spaces, “ ” and dialogue dashes; English texts use
straight, curly and single quotation marks. Titles of works in quotation marks are not quotes.
Measured once with 0.3.0 and 0.43.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout143.py
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
    (  # 1 football match report: two-sentence direct + "a tranché l'entraîneur valmontais,
        # Name," (apposition after the quote), partial after "a évoqué", a quote split by
        # "confie le joueur de 24 ans," (age, one quote two spans, final period kept), "a
        # salué le caractère" (noun object, not annotated)
        "L'Olympique de Valmont a concédé le match nul (2-2) face au Stade morvanais, samedi "
        "soir, après avoir mené de deux buts à la pause. Les Valmontais restent quatrièmes du "
        "championnat, à cinq points du leader.\n\n"
        "«\u00a0On a arrêté de jouer à la mi-temps. C'est inacceptable à ce niveau\u00a0», a "
        "tranché l'entraîneur valmontais, Patrice Orliac, en conférence de presse.\n\n"
        "Auteur du premier but, le milieu de terrain Yanis Bekhti a évoqué «\u00a0une soirée "
        "frustrante\u00a0». «\u00a0On doit apprendre à tuer les matchs, confie le joueur de 24 "
        "ans, sinon on ne jouera jamais la Ligue des champions.\u00a0»\n\n"
        "Côté morvanais, l'entraîneur Ruben Castellanos a salué le caractère de son équipe, "
        "privée de trois titulaires.",
        [
            (
                D,
                ["On a arrêté de jouer à la mi-temps. C'est inacceptable à ce niveau"],
                "Patrice Orliac",
            ),
            (P, ["une soirée frustrante"], "Yanis Bekhti"),
            (
                D,
                [
                    "On doit apprendre à tuer les matchs",
                    "sinon on ne jouera jamais la Ligue des champions.",
                ],
                "Yanis Bekhti",
            ),
        ],
    ),
    (  # 2 rugby transfer: "Selon le quotidien Name," (rest of the sentence, generic noun
        # dropped), partial inside the reported speech of "l'USM a confirmé que" (the club by
        # its initials, only the partial), colon-introduced two-sentence direct (final period
        # kept) by "Le président montbracois, Name", "n'a pas souhaité s'exprimer" (not a quote)
        "Le troisième-ligne international fidjien Josaia Naivalu quittera l'Union sportive de "
        "Montbrac à la fin de la saison. Selon le quotidien Midi Ovale, le joueur de 27 ans "
        "s'est engagé pour trois saisons avec le Racing Club de Sablières, pour un salaire "
        "annuel proche de 900\u00a0000 euros.\n\n"
        "Dans un communiqué publié mardi soir, l'USM a confirmé que des discussions étaient en "
        "cours avec «\u00a0plusieurs clubs\u00a0», sans citer Sablières.\n\n"
        "Le président montbracois, Gérard Lacombe-Estève, s'est montré amer\u00a0: «\u00a0On "
        "l'a fait venir à 19 ans, on l'a formé, on l'a soigné. Aujourd'hui, l'argent parle plus "
        "fort que la reconnaissance.\u00a0»\n\n"
        "Le Fidjien n'a pas souhaité s'exprimer.",
        [
            (
                I,
                [
                    "le joueur de 27 ans s'est engagé pour trois saisons avec le Racing Club de "
                    "Sablières, pour un salaire annuel proche de 900\u00a0000 euros"
                ],
                "Midi Ovale",
            ),
            (P, ["plusieurs clubs"], "Union sportive de Montbrac"),
            (
                D,
                [
                    "On l'a fait venir à 19 ans, on l'a formé, on l'a soigné. Aujourd'hui, "
                    "l'argent parle plus fort que la reconnaissance."
                ],
                "Gérard Lacombe-Estève",
            ),
        ],
    ),
    (  # 3 cycling doping case: "L'Union cycliste mondiale a annoncé … que" (organisation),
        # an unclosed quotation mark ended by "a martelé l'Italien" (nationality), "a demandé
        # l'analyse" (noun object, not annotated), partial after "a dénoncé" by "Son avocat,
        # Name,", "D'après lui," (pronoun, rest of the sentence), a team suspending (not speech)
        "Le coureur italien Matteo Sangalli, vainqueur d'étape sur le dernier Tour de l'Avenir, "
        "a été contrôlé positif à l'EPO lors d'un contrôle inopiné le 14 octobre. L'Union "
        "cycliste mondiale a annoncé jeudi que le grimpeur de 23 ans était provisoirement "
        "suspendu.\n\n"
        "«\u00a0Je n'ai jamais pris de produit interdit de ma vie, a martelé l'Italien lors "
        "d'une conférence de presse à Bergame. Il a demandé l'analyse de l'échantillon B.\n\n"
        "Son avocat, Lorenzo Fabbri, a dénoncé des «\u00a0irrégularités graves\u00a0» dans la "
        "chaîne de conservation des échantillons. D'après lui, le flacon est resté plus de "
        "trente heures sans surveillance dans un véhicule de l'agence de contrôle.\n\n"
        "Son équipe, Velotech-Aurora, l'a suspendu jusqu'à nouvel ordre.",
        [
            (
                I,
                ["le grimpeur de 23 ans était provisoirement suspendu"],
                "Union cycliste mondiale",
            ),
            (D, ["Je n'ai jamais pris de produit interdit de ma vie"], "Matteo Sangalli"),
            (P, ["irrégularités graves"], "Lorenzo Fabbri"),
            (
                I,
                [
                    "le flacon est resté plus de trente heures sans surveillance dans un "
                    "véhicule de l'agence de contrôle"
                ],
                "Lorenzo Fabbri",
            ),
        ],
    ),
    (  # 4 tennis defeat, press conference in dialogue dashes: a dash line attributed by the
        # sentence before it ("la Niçoise est revenue sur … :", epithet), a dash line after
        # "elle a coupé court :" (pronoun), partial after "La jeune Ukrainienne a dit avoir"
        # (nationality, only the partial)
        "La Française Clémence Vautrin, tête de série numéro 3, a été éliminée jeudi en quarts "
        "de finale de l'Open de Mérignac par la qualifiée ukrainienne Oksana Melnychuk (6-4, "
        "3-6, 7-6). Une défaite qui la prive sans doute du Masters de fin de saison.\n\n"
        "En conférence de presse, la Niçoise est revenue sur le tie-break décisif\u00a0:\n\n"
        "— J'ai eu deux balles de match et j'ai joué petit bras. Je me suis regardée jouer, "
        "c'est impardonnable.\n\n"
        "Interrogée sur son avenir avec son entraîneur, Stéphane Guéry, elle a coupé "
        "court\u00a0:\n\n"
        "— On en parlera à tête reposée, pas ce soir.\n\n"
        "Melnychuk, 19 ans, disputera samedi sa première demi-finale sur le circuit principal. "
        "La jeune Ukrainienne a dit avoir «\u00a0rêvé de ce moment depuis l'enfance\u00a0».",
        [
            (
                D,
                [
                    "J'ai eu deux balles de match et j'ai joué petit bras. Je me suis regardée "
                    "jouer, c'est impardonnable."
                ],
                "Clémence Vautrin",
            ),
            (D, ["On en parlera à tête reposée, pas ce soir."], "Clémence Vautrin"),
            (P, ["rêvé de ce moment depuis l'enfance"], "Oksana Melnychuk"),
        ],
    ),
    (  # 5 marathon: "Selon les organisateurs," (unnamed plural, rest of the sentence), direct
        # with figures + "a souri le Kényan de 31 ans" (nationality and age), "Son entraîneur,
        # Name, a expliqué qu'elle" (apposition, indirect)
        "Le Kényan Daniel Kiprono a remporté dimanche le marathon de Valbonne-sur-Mer en "
        "2\u00a0h\u00a004\u00a0min\u00a012\u00a0s, record de l'épreuve. Selon les "
        "organisateurs, plus de 18\u00a0000 coureurs ont pris le départ, un chiffre jamais "
        "atteint.\n\n"
        "«\u00a0Le vent m'a gêné dans les dix derniers kilomètres, sinon j'aurais pu descendre "
        "sous les 2\u00a0h\u00a004\u00a0», a souri le Kényan de 31 ans à l'arrivée, sur la "
        "promenade du front de mer.\n\n"
        "Chez les femmes, l'Éthiopienne Tigist Alemayehu s'est imposée en "
        "2\u00a0h\u00a021\u00a0min\u00a040\u00a0s. Son entraîneur, Abebe Worku, a expliqué "
        "qu'elle courait avec une douleur au tendon d'Achille depuis trois semaines.",
        [
            (
                I,
                ["plus de 18\u00a0000 coureurs ont pris le départ, un chiffre jamais atteint"],
                "organisateurs",
            ),
            (
                D,
                [
                    "Le vent m'a gêné dans les dix derniers kilomètres, sinon j'aurais pu "
                    "descendre sous les 2\u00a0h\u00a004"
                ],
                "Daniel Kiprono",
            ),
            (
                I,
                ["elle courait avec une douleur au tendon d'Achille depuis trois semaines"],
                "Abebe Worku",
            ),
        ],
    ),
    (  # 6 basketball: two-sentence direct + "a-t-il lâché" (pronoun for "Le technicien
        # serbe", itself the named coach), "La Ligue … a annoncé l'ouverture" (noun object, not
        # annotated), partial after "a préféré retenir", direct + "a insisté le joueur de 26
        # ans" (age)
        "L'Élan de Saint-Aurèle a battu l'ASVB Roanne-Loire 88-85 après prolongation, mardi "
        "soir, dans une fin de match électrique marquée par l'exclusion de l'entraîneur "
        "roannais, Dragan Petković.\n\n"
        "Le technicien serbe, sanctionné de deux fautes techniques à 40 secondes de la fin du "
        "temps réglementaire, a quitté le parquet sous les sifflets. «\u00a0Je respecte les "
        "arbitres. Mais ce soir, ils ont décidé du match, pas les joueurs\u00a0», a-t-il lâché "
        "devant les journalistes.\n\n"
        "La Ligue nationale de basket a annoncé l'ouverture d'une procédure disciplinaire.\n\n"
        "Meilleur marqueur de la rencontre avec 27 points, le meneur américain de Saint-Aurèle, "
        "Jalen Whitfield, a préféré retenir «\u00a0la réaction collective\u00a0». «\u00a0On "
        "était menés de 14 points à la pause. Personne n'a lâché\u00a0», a insisté le joueur "
        "de 26 ans.",
        [
            (
                D,
                [
                    "Je respecte les arbitres. Mais ce soir, ils ont décidé du match, pas les "
                    "joueurs"
                ],
                "Dragan Petković",
            ),
            (P, ["la réaction collective"], "Jalen Whitfield"),
            (
                D,
                ["On était menés de 14 points à la pause. Personne n'a lâché"],
                "Jalen Whitfield",
            ),
        ],
    ),
    (  # 7 federation governance row: "Selon l'Inspection générale des sports," (rest of the
        # sentence), "a réclamé … la démission" (noun object, not annotated), partial inside
        # "Elle a estimé que" (pronoun, only the partial), two-sentence direct + "a répliqué le
        # sexagénaire" (epithet), an intention phrase by unnamed plural speakers
        "Le président de la Fédération française de padel et sports de raquette (FFPSR), "
        "Bernard Ollivier-Sauvat, est sous le feu des critiques après la publication, lundi, "
        "d'un rapport accablant. Selon l'Inspection générale des sports, la fédération a versé "
        "1,2 million d'euros à des sociétés de conseil sans appel d'offres entre 2022 et "
        "2025.\n\n"
        "La ministre des Sports, Nathalie Kerdoncuff, a réclamé mardi la démission du "
        "dirigeant. Elle a estimé que «\u00a0la confiance était rompue\u00a0» entre l'État et "
        "la fédération.\n\n"
        "«\u00a0Je ne démissionnerai pas. J'ai été élu par les clubs, et c'est devant eux que je "
        "rendrai des comptes\u00a0», a répliqué le sexagénaire dans un entretien à L'Écho "
        "sportif.\n\n"
        "Plusieurs présidents de ligue régionale ont fait part de leur intention de convoquer "
        "une assemblée générale extraordinaire.",
        [
            (
                I,
                [
                    "la fédération a versé 1,2 million d'euros à des sociétés de conseil sans "
                    "appel d'offres entre 2022 et 2025"
                ],
                "Inspection générale des sports",
            ),
            (P, ["la confiance était rompue"], "Nathalie Kerdoncuff"),
            (
                D,
                [
                    "Je ne démissionnerai pas. J'ai été élu par les clubs, et c'est devant eux "
                    "que je rendrai des comptes"
                ],
                "Bernard Ollivier-Sauvat",
            ),
            (
                I,
                ["convoquer une assemblée générale extraordinaire"],
                "présidents de ligue régionale",
            ),
        ],
    ),
    (  # 8 football transfer: two-sentence direct + "a expliqué le directeur sportif, Name"
        # (role and name after the quote), "D'après son agent, Name," (rest of the sentence), a
        # documentary's title in « » (not a quote)
        "Le FC Grandval a officialisé lundi l'arrivée de l'attaquant sénégalais Ousmane "
        "Diallo-Ndiaye, en provenance du Sporting Hasselt, pour un montant estimé à 14 millions "
        "d'euros, bonus compris. Il s'agit du transfert le plus cher de l'histoire du club.\n\n"
        "«\u00a0C'est un joueur que nous suivions depuis deux ans. Il a la profondeur, la "
        "vitesse et la faim qui nous manquaient\u00a0», a expliqué le directeur sportif, Julien "
        "Marchetti.\n\n"
        "D'après son agent, Karim Benslimane, le buteur de 22 ans a refusé deux offres plus "
        "élevées venues d'Arabie saoudite.\n\n"
        "Le Sénégalais, révélé au grand public par le documentaire «\u00a0Les Enfants de "
        "Thiès\u00a0», a signé jusqu'en 2031.",
        [
            (
                D,
                [
                    "C'est un joueur que nous suivions depuis deux ans. Il a la profondeur, la "
                    "vitesse et la faim qui nous manquaient"
                ],
                "Julien Marchetti",
            ),
            (
                I,
                ["le buteur de 22 ans a refusé deux offres plus élevées venues d'Arabie saoudite"],
                "Karim Benslimane",
            ),
        ],
    ),
    (  # 9 rugby Test defeat: a quote continued over two paragraphs (one span each, first
        # one's period kept) + "a-t-il prévenu" (pronoun for "Le sélectionneur, Name"), partial
        # inside "a reconnu que" by "Le capitaine, le talonneur toulousain Name", colon-
        # introduced direct by an unnamed supporter (final period kept)
        "Battu 19-24 par l'Irlande, samedi à Saint-Denis, le XV de France a laissé filer ses "
        "chances de grand chelem. Le sélectionneur, Laurent Bessière, n'a pas cherché "
        "d'excuses.\n\n"
        "«\u00a0On a été dominés dans le combat, dans les rucks, en conquête. On n'a pas le "
        "droit de perdre autant de ballons à ce niveau.\n\n"
        "«\u00a0Maintenant, il faut digérer vite, parce que l'Angleterre arrive dans huit "
        "jours\u00a0», a-t-il prévenu.\n\n"
        "Le capitaine, le talonneur toulousain Antoine Ferrandou, a reconnu que l'équipe avait "
        "«\u00a0manqué de lucidité\u00a0» dans les dix dernières minutes. Dans les tribunes, un "
        "supporter venu de Bayonne résumait l'ambiance\u00a0: «\u00a0On y croyait "
        "tellement.\u00a0»",
        [
            (
                D,
                [
                    "On a été dominés dans le combat, dans les rucks, en conquête. On n'a pas le "
                    "droit de perdre autant de ballons à ce niveau.",
                    "Maintenant, il faut digérer vite, parce que l'Angleterre arrive dans huit "
                    "jours",
                ],
                "Laurent Bessière",
            ),
            (P, ["manqué de lucidité"], "Antoine Ferrandou"),
            (D, ["On y croyait tellement."], "supporter"),
        ],
    ),
    (  # 10 cycling classic, “ ” in French: two-sentence direct + "a raconté le Flamand, 28
        # ans," (epithet), "D'après les commissaires," (unnamed plural, rest of the sentence),
        # "Son équipe, Name, a fait savoir qu'il" (team as organisation)
        "Le Belge Jens Verhaegen a remporté dimanche le Grand Prix de l'Escaut, au terme d'une "
        "échappée solitaire de 42 kilomètres. Le coureur de l'équipe Vandael-Meerbeke devance "
        "de 38 secondes le Néerlandais Joris Kuipers.\n\n"
        "“J'ai attaqué dans le secteur pavé de Moregem parce que je sentais les autres à la "
        "limite. Après, il fallait juste serrer les dents”, a raconté le Flamand, 28 ans, qui "
        "signe la plus belle victoire de sa carrière.\n\n"
        "La course a été neutralisée pendant un quart d'heure après une chute massive à 110 "
        "kilomètres de l'arrivée. D'après les commissaires, une vingtaine de coureurs ont été "
        "impliqués, dont le Français Hugo Darrieussecq, évacué vers l'hôpital de Tournai avec "
        "une fracture de la clavicule.\n\n"
        "Son équipe, Cofidor-Lumen, a fait savoir qu'il serait opéré lundi à Lille.",
        [
            (
                D,
                [
                    "J'ai attaqué dans le secteur pavé de Moregem parce que je sentais les autres "
                    "à la limite. Après, il fallait juste serrer les dents"
                ],
                "Jens Verhaegen",
            ),
            (
                I,
                [
                    "une vingtaine de coureurs ont été impliqués, dont le Français Hugo "
                    "Darrieussecq, évacué vers l'hôpital de Tournai avec une fracture de la "
                    "clavicule"
                ],
                "commissaires",
            ),
            (I, ["il serait opéré lundi à Lille"], "Cofidor-Lumen"),
        ],
    ),
    (  # 11 no quote: a stage race's route presented, "a demandé un rendez-vous" (noun
        # object, not annotated), a poster's title in « » (not a quote)
        "Les organisateurs du Critérium des Cimes ont dévoilé jeudi, à Annecy, le parcours de "
        "l'édition 2027. La course partira de Chambéry le 6 juin et s'achèvera huit jours plus "
        "tard au sommet du col de la Madeleine, après 1\u00a0240 kilomètres et 27\u00a0000 "
        "mètres de dénivelé positif.\n\n"
        "Une étape contre-la-montre de 32 kilomètres est prévue autour du lac du Bourget. La "
        "municipalité d'Albertville, écartée du tracé, a demandé un rendez-vous aux "
        "organisateurs.\n\n"
        "L'affiche officielle, intitulée «\u00a0Plus haut que les nuages\u00a0», a été "
        "dévoilée en fin de cérémonie. Dix-huit équipes sont attendues au départ.",
        [],
    ),
    (  # 12 coach sacked: direct + "a indiqué le club dans un communiqué" (generic noun for
        # the named club), partial after "Le technicien de 58 ans, …, a dénoncé auprès de
        # l'agence Name" (age), "Selon plusieurs sources internes," (unnamed plural, rest of
        # the sentence)
        "Le Racing Club de Pontvallier a limogé mercredi son entraîneur, Serge Audouard, au "
        "lendemain d'une cinquième défaite consécutive en Ligue 2. «\u00a0Les résultats ne "
        "correspondent pas aux ambitions fixées en début de saison\u00a0», a indiqué le club "
        "dans un communiqué.\n\n"
        "Le technicien de 58 ans, arrivé en juin 2024, a dénoncé auprès de l'agence "
        "Sportpresse «\u00a0une décision prise depuis des semaines\u00a0».\n\n"
        "Son adjoint, Mickaël Tardieu, assurera l'intérim. Selon plusieurs sources internes, le "
        "président Franck Lemarié-Dupuy a déjà contacté l'ancien sélectionneur du Cameroun "
        "Jean-Marc Essomba.",
        [
            (
                D,
                ["Les résultats ne correspondent pas aux ambitions fixées en début de saison"],
                "Racing Club de Pontvallier",
            ),
            (P, ["une décision prise depuis des semaines"], "Serge Audouard"),
            (
                I,
                [
                    "le président Franck Lemarié-Dupuy a déjà contacté l'ancien sélectionneur du "
                    "Cameroun Jean-Marc Essomba"
                ],
                "sources internes",
            ),
        ],
    ),
    (  # 13 sprinter suspended for a missed test: colon-introduced three-sentence direct
        # (final period kept) by "l'athlète de 25 ans" (age, named sprinter), partial inside
        # "a rappelé que" by "Le directeur de l'ANLD, Name", direct + "a-t-il tranché"
        # (pronoun)
        "La sprinteuse française Maëlys Théodore-Bernard a été suspendue quatre ans par la "
        "commission des sanctions de l'Agence nationale de lutte contre le dopage (ANLD) pour "
        "soustraction à un contrôle. La Guadeloupéenne, médaillée de bronze européenne sur 200 "
        "m, n'avait pas ouvert sa porte aux contrôleurs venus à son domicile le 3 mars.\n\n"
        "Dans un communiqué transmis par son avocat, l'athlète de 25 ans a contesté la "
        "sanction\u00a0: «\u00a0J'étais à l'hôpital au chevet de ma mère ce matin-là. J'ai "
        "fourni tous les justificatifs. Je ferai appel.\u00a0»\n\n"
        "Le directeur de l'ANLD, Philippe Ravenel, a rappelé que les règles étaient «\u00a0les "
        "mêmes pour tous\u00a0». «\u00a0Un contrôle manqué reste un contrôle manqué\u00a0», "
        "a-t-il tranché.",
        [
            (
                D,
                [
                    "J'étais à l'hôpital au chevet de ma mère ce matin-là. J'ai fourni tous les "
                    "justificatifs. Je ferai appel."
                ],
                "Maëlys Théodore-Bernard",
            ),
            (P, ["les mêmes pour tous"], "Philippe Ravenel"),
            (D, ["Un contrôle manqué reste un contrôle manqué"], "Philippe Ravenel"),
        ],
    ),
    (  # 14 tennis retirement, « » without inner spaces: "a annoncé … qu'il" (indirect),
        # written two-sentence direct + "a écrit le Bâlois de 35 ans" (epithet and age), a
        # book's title in « » (not a quote), partial after "a salué" by "Son grand rival …,
        # l'Espagnol Name"
        "Le Suisse Luca Brändli, ancien numéro 4 mondial, a annoncé mardi qu'il mettrait un "
        "terme à sa carrière à l'issue de l'Open de Bâle, en octobre prochain.\n\n"
        "«Mon corps m'a envoyé des messages pendant deux ans. Cette fois, je l'ai écouté», a "
        "écrit le Bâlois de 35 ans sur les réseaux sociaux. Il publiera au printemps son "
        "autobiographie, «Le Revers de la médaille», coécrite avec le journaliste Marc "
        "Schaller.\n\n"
        "Son grand rival des années 2010, l'Espagnol Álvaro Recasens, a salué «un gentleman du "
        "circuit, qui n'a jamais triché avec personne».",
        [
            (
                I,
                [
                    "il mettrait un terme à sa carrière à l'issue de l'Open de Bâle, en octobre "
                    "prochain"
                ],
                "Luca Brändli",
            ),
            (
                D,
                ["Mon corps m'a envoyé des messages pendant deux ans. Cette fois, je l'ai écouté"],
                "Luca Brändli",
            ),
            (
                P,
                ["un gentleman du circuit, qui n'a jamais triché avec personne"],
                "Álvaro Recasens",
            ),
        ],
    ),
    (  # 15 women's basketball: two-sentence direct + "s'est félicitée l'entraîneuse, Name"
        # (role and name after the quote), direct + "a glissé la Malienne" (nationality), a
        # candidacy (not speech), "D'après la fédération européenne," (unnamed body, rest of
        # the sentence)
        "Les Flammes de Carnoux se sont qualifiées jeudi pour le Final Four de l'Euroligue "
        "féminine en dominant les Turques de Kadıköy Spor (79-64) lors de la belle de leur "
        "quart de finale.\n\n"
        "«\u00a0Ce groupe a une âme. On l'a vu ce soir quand ça tanguait au troisième "
        "quart-temps\u00a0», s'est félicitée l'entraîneuse, Sandrine Moutet-Leroy.\n\n"
        "L'intérieure malienne Aminata Koné, 21 points et 12 rebonds, a été désignée meilleure "
        "joueuse de la rencontre. «\u00a0Je joue pour ma mère, qui est venue de Bamako pour me "
        "voir pour la première fois\u00a0», a glissé la Malienne, les larmes aux yeux.\n\n"
        "Le club est candidat à l'organisation du Final Four. D'après la fédération européenne, "
        "la décision sera rendue le 12 janvier.",
        [
            (
                D,
                [
                    "Ce groupe a une âme. On l'a vu ce soir quand ça tanguait au troisième "
                    "quart-temps"
                ],
                "Sandrine Moutet-Leroy",
            ),
            (
                D,
                [
                    "Je joue pour ma mère, qui est venue de Bamako pour me voir pour la première "
                    "fois"
                ],
                "Aminata Koné",
            ),
            (I, ["la décision sera rendue le 12 janvier"], "fédération européenne"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 football match report: '"A," manager Name said. "B."' (two direct quotes, the
        # second one's period kept), a dedication (not speech), two-sentence direct + "the
        # Italian said" (nationality for "Rovers' manager, Name")
        "Harcastle United moved up to third in the table with a 3-1 win over Brimley Rovers at "
        "Fenwick Park on Saturday, with Nigerian striker Chidi Okonkwo scoring twice in the "
        "second half.\n\n"
        '"We were sloppy for an hour, and then Chidi decided the game on his own," Harcastle '
        'manager Stuart Pendleford said. "That\'s what top strikers do."\n\n'
        "Okonkwo, who had not scored in six matches, dedicated both goals to his late "
        "grandfather.\n\n"
        "Rovers' manager, Gianluca Ferrante, was less impressed with the officials. \"The "
        "second goal is offside by a metre. Everybody in the stadium saw it except the people "
        'who are paid to see it," the Italian said.',
        [
            (
                D,
                ["We were sloppy for an hour, and then Chidi decided the game on his own"],
                "Stuart Pendleford",
            ),
            (D, ["That's what top strikers do."], "Stuart Pendleford"),
            (
                D,
                [
                    "The second goal is offside by a metre. Everybody in the stadium saw it "
                    "except the people who are paid to see it"
                ],
                "Gianluca Ferrante",
            ),
        ],
    ),
    (  # 2 transfer, curly quotes: "…, according to the Evening Ledger." (the part before,
        # newspaper), partial after "A spokesman for Name said the club" (the spokesman
        # speaks for the club), two-sentence direct + "said Kelbridge captain Name" (speaker
        # after the quote)
        "Midfielder Tomás Arriaga is set to complete a £62 million move from Kelbridge City to "
        "Northvale Athletic, according to the Evening Ledger. The 24-year-old Uruguayan is "
        "expected to undergo a medical on Tuesday.\n\n"
        "A spokesman for Kelbridge City said the club “does not comment on speculation”. "
        "Arriaga's agent, Rodrigo Paz, was seen at Northvale's training ground on Monday.\n\n"
        "“Tomás has given everything to this club. If he leaves, he leaves with our thanks,” "
        "said Kelbridge captain Owen Maddox.",
        [
            (
                I,
                [
                    "Midfielder Tomás Arriaga is set to complete a £62 million move from "
                    "Kelbridge City to Northvale Athletic"
                ],
                "Evening Ledger",
            ),
            (P, ["does not comment on speculation"], "Kelbridge City"),
            (
                D,
                [
                    "Tomás has given everything to this club. If he leaves, he leaves with our "
                    "thanks"
                ],
                "Owen Maddox",
            ),
        ],
    ),
    (  # 3 doping ban for a team doctor: partial inside "The authority said in a statement
        # that" (generic noun for the named body, only the partial), "denied the allegations"
        # (noun object), two-sentence direct + "the 52-year-old told the broadcaster NRV"
        # (age for "The Norwegian", the named doctor), "said the team had" by "Name's general
        # manager, Name"
        "A former team doctor at the Altavia cycling team, Dr Henrik Solberg, has been banned "
        "for twelve years by the International Testing Authority for supplying riders with a "
        "banned blood-boosting substance between 2021 and 2024.\n\n"
        'The authority said in a statement that Solberg had kept "a parallel medical file" for '
        "at least seven riders, whose names have not been made public.\n\n"
        "The Norwegian, who now works at a private clinic in Bergen, denied the allegations. "
        '"I have never given an athlete anything that was not on the authorised list. I will '
        'appeal, and I will win," the 52-year-old told the broadcaster NRV.\n\n'
        "Altavia's general manager, Fabio Santini, said the team had cooperated fully with "
        "investigators.",
        [
            (P, ["a parallel medical file"], "International Testing Authority"),
            (
                D,
                [
                    "I have never given an athlete anything that was not on the authorised list. "
                    "I will appeal, and I will win"
                ],
                "Henrik Solberg",
            ),
            (
                I,
                ["the team had cooperated fully with investigators"],
                "Fabio Santini",
            ),
        ],
    ),
    (  # 4 tennis semi-final: a quote continued over two paragraphs (one span each, first
        # one's period kept) + "the 20-year-old said" (age), "Tan, the world No 2, said she"
        # (indirect), two-sentence direct + "the Singaporean told reporters" (nationality)
        "Anastasia Volkova saved three match points before beating the defending champion, Mei "
        "Lin Tan, 4-6 7-6 (9) 6-3 to reach the final of the Pacific Open in Auckland on "
        "Friday.\n\n"
        '"I honestly thought I was going home. At 5-4 in the second set I was already thinking '
        "about my flight.\n\n"
        '"Then she missed one easy forehand and something changed in my head," the 20-year-old '
        "said.\n\n"
        'Tan, the world No 2, said she had no regrets. "She played the big points better. '
        "That's tennis,\" the Singaporean told reporters.",
        [
            (
                D,
                [
                    "I honestly thought I was going home. At 5-4 in the second set I was already "
                    "thinking about my flight.",
                    "Then she missed one easy forehand and something changed in my head",
                ],
                "Anastasia Volkova",
            ),
            (I, ["she had no regrets"], "Mei Lin Tan"),
            (D, ["She played the big points better. That's tennis"], "Mei Lin Tan"),
        ],
    ),
    (  # 5 rugby Test: a quote split by "head coach Name said," (one quote, two spans, final
        # period kept), "…, according to the team doctor." (unnamed, the part before), partial
        # after "Surname, 21, …, called it"
        "Wales ended a run of nine straight Test defeats with a 27-20 win over Argentina in "
        "Cardiff on Saturday, thanks to two late tries from replacement wing Rhodri "
        "Meredith.\n\n"
        '"We\'ve been through some dark days," head coach Gareth Llewellyn-Hughes said, "but '
        'this group never stopped believing."\n\n'
        "Argentina's captain, Facundo Ibarguren, was carried off on a stretcher in the 58th "
        "minute. He has a suspected fractured ankle, according to the team doctor.\n\n"
        'Meredith, 21, winning only his third cap, called it "the best day of my life by a '
        'mile".',
        [
            (
                D,
                ["We've been through some dark days", "but this group never stopped believing."],
                "Gareth Llewellyn-Hughes",
            ),
            (I, ["He has a suspected fractured ankle"], "team doctor"),
            (P, ["the best day of my life by a mile"], "Rhodri Meredith"),
        ],
    ),
    (  # 6 athletics shoe rule: direct + "the union's president, Name, told a news
        # conference" (apposition after the quote), partial after "described the decision as"
        # by "The chair of …, the Ethiopian distance runner Name", "Officials said" (unnamed
        # plural)
        "The council of the International Athletics Union voted on Thursday to ban shoes with "
        "soles thicker than 25mm from all road races from 2028, extending a rule that already "
        "applies on the track.\n\n"
        '"Athletes should win races, not shoe companies," the union\'s president, Sebastian '
        "Koenig, told a news conference in Monaco.\n\n"
        "The chair of the athletes' commission, the Ethiopian distance runner Meseret Haile, "
        'described the decision as "rushed and badly explained".\n\n'
        "Officials said the rule would be reviewed after the 2028 Olympic Games.",
        [
            (D, ["Athletes should win races, not shoe companies"], "Sebastian Koenig"),
            (P, ["rushed and badly explained"], "Meseret Haile"),
            (I, ["the rule would be reviewed after the 2028 Olympic Games"], "officials"),
        ],
    ),
    (  # 7 basketball game: two-sentence direct + "Surname said", "…, according to people
        # familiar with the talks." (unnamed, the part before), partial inside the reported
        # speech of "Harriers coach Name said" (only the partial)
        "Marcus Delaney scored 41 points, including the go-ahead three-pointer with 2.4 seconds "
        "left, as the Portland Harriers beat the Denver Summit 118-115 on Tuesday night.\n\n"
        '"I wanted the ball. I\'ve wanted that ball since I was eight years old," Delaney '
        "said.\n\n"
        "The 34-year-old guard, who is in the final year of his contract, has been linked with "
        "a move to a contender before the trade deadline. The Harriers have rejected two offers "
        "for him, according to people familiar with the talks.\n\n"
        'Harriers coach Vivian Okafor said Delaney was "playing the best basketball of his '
        'career".',
        [
            (
                D,
                ["I wanted the ball. I've wanted that ball since I was eight years old"],
                "Marcus Delaney",
            ),
            (
                I,
                ["The Harriers have rejected two offers for him"],
                "people familiar with the talks",
            ),
            (P, ["playing the best basketball of his career"], "Vivian Okafor"),
        ],
    ),
    (  # 8 football federation president resigns: a documentary's title in quotation marks
        # (not a quote), two partials inside one reported speech of "Surname said he had"
        # (only the partials), "welcomed the decision" (noun object) then direct + "she said"
        # (pronoun for "The sports minister, Name")
        "Kwame Asante-Boateng resigned as president of the Ghana Premier Football Federation on "
        'Wednesday, two weeks after the broadcast of "The Final Whistle", a documentary '
        "alleging that referees had been paid to influence league matches.\n\n"
        "In a letter to the federation's executive committee, Asante-Boateng said he had "
        '"done nothing wrong" but was stepping down "so that the game can heal".\n\n'
        'The sports minister, Abena Owusu, welcomed the decision. "Nobody is above the law, '
        'and nobody is above football," she said.',
        [
            (P, ["done nothing wrong"], "Kwame Asante-Boateng"),
            (P, ["so that the game can heal"], "Kwame Asante-Boateng"),
            (
                D,
                ["Nobody is above the law, and nobody is above football"],
                "Abena Owusu",
            ),
        ],
    ),
    (  # 9 no quote: a stage race's route, "have asked for a meeting" (noun object, not
        # annotated), a promotional film's title in quotation marks (not a quote)
        "The organisers of the Tour of the Highlands on Wednesday unveiled the route for next "
        "year's race, which will start in Inverness on May 14 and finish six days later in "
        "Edinburgh after 1,050km of racing.\n\n"
        "The queen stage, on day four, includes three categorised climbs and a summit finish "
        "at the Bealach na Bà, one of the steepest roads in Britain.\n\n"
        "Twenty teams have been invited. Two British Continental teams that were left out have "
        "asked for a meeting with the organisers, and the race's promotional film, \"Roads Less "
        'Travelled", will be screened at the team presentation in March.',
        [],
    ),
    (  # 10 indoor record, single quotation marks and curly apostrophes: two-sentence direct
        # with an apostrophe inside + "said the 23-year-old from Stockport" (age, speaker
        # after the quote), partial inside "Her coach, Name, said the record had come" (only
        # the partial), "He added that" (pronoun, indirect)
        "Britain’s Ellie Marchbank broke the European indoor 1500m record at the Glasgow Grand "
        "Prix on Saturday, running 3min 58.21sec to beat a mark that had stood since 2014.\n\n"
        "‘I knew the pace was on from the first lap. With 200 to go I just thought, don’t look "
        "at the clock,’ said the 23-year-old from Stockport.\n\n"
        "Her coach, Martin Dacre, said the record had come ‘a year earlier than we planned’. He "
        "added that she would now skip the world indoor championships to focus on the outdoor "
        "season.",
        [
            (
                D,
                [
                    "I knew the pace was on from the first lap. With 200 to go I just thought, "
                    "don’t look at the clock"
                ],
                "Ellie Marchbank",
            ),
            (P, ["a year earlier than we planned"], "Martin Dacre"),
            (
                I,
                [
                    "she would now skip the world indoor championships to focus on the outdoor "
                    "season"
                ],
                "Martin Dacre",
            ),
        ],
    ),
    (  # 11 women's cup final, curly quotes: colon-introduced two-sentence direct (final
        # period kept) after "The Dane was typically modest afterwards" (nationality), partial
        # inside "admitted his side had been" by "…'s head coach, Name", direct + "said one
        # fan, Name, 67," (a named fan)
        "Holmbury Women won the League Cup for the first time on Sunday, beating Castlegate 2-0 "
        "in front of a sold-out crowd at the Redbrook Stadium.\n\n"
        "Danish forward Freja Kristensen opened the scoring after 12 minutes and set up the "
        "second for captain Jodie Harrower early in the second half. The Dane was typically "
        "modest afterwards: “The goal is for the whole team. I just had to put my foot on "
        "it.”\n\n"
        "Castlegate's head coach, Paul Verity, admitted his side had been “second best all over "
        "the pitch”.\n\n"
        "“I've supported this club for forty years and I never thought I'd see this,” said one "
        "fan, Margaret Lowe, 67, outside the ground.",
        [
            (
                D,
                ["The goal is for the whole team. I just had to put my foot on it."],
                "Freja Kristensen",
            ),
            (P, ["second best all over the pitch"], "Paul Verity"),
            (
                D,
                ["I've supported this club for forty years and I never thought I'd see this"],
                "Margaret Lowe",
            ),
        ],
    ),
    (  # 12 rugby salary-cap breach: "…, according to the disciplinary panel." (unnamed body,
        # the part before), a quote split by "Falcons chairman Name said in a statement," (one
        # quote, two spans, final period kept), "The club said it would" (generic noun for the
        # named club)
        "Premiership club Thornbury Falcons have been docked 20 points and fined £450,000 for "
        "breaching the salary cap in two consecutive seasons.\n\n"
        "The club paid three players through image-rights companies to hide £1.3 million in "
        "wages, according to the disciplinary panel.\n\n"
        '"We accept that mistakes were made," Falcons chairman Nigel Ashdown said in a '
        'statement, "but a 20-point deduction for an administrative error is grossly '
        'disproportionate." The club said it would appeal.\n\n'
        "The penalty leaves Thornbury bottom of the table, nine points from safety.",
        [
            (
                I,
                [
                    "The club paid three players through image-rights companies to hide £1.3 "
                    "million in wages"
                ],
                "disciplinary panel",
            ),
            (
                D,
                [
                    "We accept that mistakes were made",
                    "but a 20-point deduction for an administrative error is grossly "
                    "disproportionate.",
                ],
                "Nigel Ashdown",
            ),
            (I, ["it would appeal"], "Thornbury Falcons"),
        ],
    ),
    (  # 13 tennis player fined: "The … Council said the 27-year-old had" (organisation),
        # partial after "called the umpire", "posted an apology" (noun object) then a written
        # three-sentence direct + "he wrote" (pronoun)
        "Australian Jack Cavanagh was fined $25,000 on Monday for his outburst at a chair "
        "umpire during his second-round defeat at the Lakeshore Open in Chicago.\n\n"
        "The Men's Professional Tennis Council said the 27-year-old had also been given a "
        "suspended two-tournament ban. Cavanagh smashed two rackets during the third set and "
        'called the umpire "a disgrace to the sport".\n\n'
        'Cavanagh later posted an apology on social media. "I let myself down and I let the '
        'kids watching down. No excuses," he wrote.\n\n'
        "The umpire, Inês Carvalho of Portugal, has officiated on the tour for eleven years.",
        [
            (
                I,
                ["the 27-year-old had also been given a suspended two-tournament ban"],
                "Men's Professional Tennis Council",
            ),
            (P, ["a disgrace to the sport"], "Jack Cavanagh"),
            (
                D,
                ["I let myself down and I let the kids watching down. No excuses"],
                "Jack Cavanagh",
            ),
        ],
    ),
    (  # 14 stage race: two-sentence direct + "the Colombian said at the finish"
        # (nationality), "A spokeswoman for his team, Name, said he" (the spokeswoman speaks
        # for the team), "Race organisers said" (unnamed plural)
        "Colombia's Julián Restrepo soloed to victory on the summit finish at Alto de la Sierra "
        "on Thursday to take the leader's jersey at the Vuelta a Castilla, with two stages "
        "remaining.\n\n"
        '"My legs were screaming in the last three kilometres. I thought only of my daughter, '
        'who was born two weeks ago," the Colombian said at the finish.\n\n'
        "The previous leader, Dutchman Sven van der Berg, lost more than four minutes. A "
        "spokeswoman for his team, Orbis-Kappa, said he had been suffering from a stomach bug "
        "since Tuesday night.\n\n"
        "Race organisers said Friday's stage would be shortened by 30km because of forecast "
        "snow on the final climb.",
        [
            (
                D,
                [
                    "My legs were screaming in the last three kilometres. I thought only of my "
                    "daughter, who was born two weeks ago"
                ],
                "Julián Restrepo",
            ),
            (
                I,
                ["he had been suffering from a stomach bug since Tuesday night"],
                "Orbis-Kappa",
            ),
            (
                I,
                [
                    "Friday's stage would be shortened by 30km because of forecast snow on the "
                    "final climb"
                ],
                "race organisers",
            ),
        ],
    ),
    (  # 15 derby abandoned: "Police said … and …" (unnamed plural, one indirect), two-
        # sentence direct + "Milltown chief executive Name said", direct + "one steward said"
        # (unnamed)
        "The derby between Milltown FC and Ashgrove Rangers was abandoned after 63 minutes on "
        "Sunday when fans invaded the pitch after a flare was thrown at the visiting "
        "goalkeeper, Marek Szulc.\n\n"
        "Police said 14 people had been arrested and two officers had been treated for minor "
        "injuries.\n\n"
        '"What happened today has no place in football. Those responsible will be banned for '
        'life," Milltown chief executive Deborah Quayle said.\n\n'
        "\"I've been a steward here for eleven years and I've never seen anything like it,\" "
        "one steward said.",
        [
            (
                I,
                [
                    "14 people had been arrested and two officers had been treated for minor "
                    "injuries"
                ],
                "police",
            ),
            (
                D,
                [
                    "What happened today has no place in football. Those responsible will be "
                    "banned for life"
                ],
                "Deborah Quayle",
            ),
            (
                D,
                ["I've been a steward here for eleven years and I've never seen anything like it"],
                "steward",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout143.jsonl"),
        "heldout143",
        "h143",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
