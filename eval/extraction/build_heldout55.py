"""Source of the fifty-fifth held-out set: writes heldout55.jsonl (split "heldout55").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
obituaries, tributes and culture-industry news (deaths of artists, athletes and public figures
with the tributes of family, colleagues, clubs and fans; a newspaper sold, a TV host leaving, a
literary prize), where many people speak about one person who is also quoted from the past.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout55.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-29"
Item = GoldItem

FR: list[Item] = [
    (  # 1 singer's death: nickname and song title not speech, daughter in apposition after, past
        # quote after "il confiait :", "a pour sa part indiqué que", minister with noun object
        "Le chanteur Lucien Ferrandi, que toute une génération surnommait « le Gardien des "
        "quais », est mort dimanche à Portévieille, à l'âge de 84 ans. Sa famille a annoncé son "
        "décès lundi matin dans un bref communiqué, sans préciser les causes de sa disparition.\n\n"
        "« Papa est parti comme il a vécu : doucement, en fredonnant. Nous remercions tous ceux "
        "qui l'ont aimé », a écrit sa fille, Clara Ferrandi, sur les réseaux sociaux.\n\n"
        "Né en 1942 dans le quartier de la Rode, fils d'un docker, Lucien Ferrandi avait connu le "
        "succès en 1968 avec « Les Grues du matin », vendu à plus d'un million d'exemplaires. "
        "Suivront une quarantaine d'albums et des tournées jusqu'en Amérique du Sud. En 2004, il "
        "confiait à un journaliste : « Je n'ai jamais su écrire autre chose que le port. Le jour "
        "où je partirai, qu'on m'y jette. »\n\n"
        "La ministre de la Culture, Hélène Marchais-Delorme, a salué sa mémoire dans un message "
        "publié en fin de matinée. Son producteur historique, Bernard Oudinot, a pour sa part "
        "indiqué que le chanteur travaillait encore à un dernier disque, dont la sortie reste "
        "incertaine.",
        [
            (
                D,
                [
                    "Papa est parti comme il a vécu : doucement, en fredonnant. Nous remercions "
                    "tous ceux qui l'ont aimé"
                ],
                "Clara Ferrandi",
            ),
            (
                D,
                [
                    "Je n'ai jamais su écrire autre chose que le port. Le jour où je partirai, "
                    "qu'on m'y jette."
                ],
                "Lucien Ferrandi",
            ),
            (
                I,
                [
                    "le chanteur travaillait encore à un dernier disque, dont la sortie reste "
                    "incertaine"
                ],
                "Bernard Oudinot",
            ),
        ],
    ),
    (  # 2 footballer's death: "ould" particle, narrow no-break spaces, "a réagi le président du
        # club, X", club with noun object, closed-and-reopened quote = two quotes
        "Le football portenais est en deuil. Ahmed ould Taleb, meilleur buteur de l'histoire du "
        "FC Portenay avec 147 buts, est décédé mercredi des suites d'une longue maladie. Il avait "
        "61 ans.\n\n"
        "«\u202fAhmed n'était pas seulement un buteur. Il était l'âme de ce vestiaire, et il le "
        "restera\u202f», a réagi le président du club, Frédéric Lamothe-Vidal, dans la soirée. Le "
        "club a annoncé une minute de silence samedi, avant la réception de l'AS Saint-Aubin, et "
        "les joueurs porteront un brassard noir.\n\n"
        "Arrivé à 19 ans avec une simple valise, l'attaquant avait porté le brassard de capitaine "
        "de 1989 à 1995 et refusé à deux reprises les offres de clubs plus fortunés.\n\n"
        "Son ancien coéquipier Yannick Berthomieu, joint par téléphone, peine à trouver ses mots. "
        "«\u202fOn partageait la même chambre en déplacement pendant six ans\u202f», raconte-t-il. "
        "«\u202fIl lisait de la poésie avant chaque match et se moquait de moi parce que je "
        "dormais.\u202f»\n\n"
        "Les obsèques auront lieu mardi à la mosquée de la Croix-Verte, puis au stade municipal, "
        "où un hommage public est prévu.",
        [
            (
                D,
                [
                    "Ahmed n'était pas seulement un buteur. Il était l'âme de ce vestiaire, et il "
                    "le "
                    "restera"
                ],
                "Frédéric Lamothe-Vidal",
            ),
            (
                D,
                ["On partageait la même chambre en déplacement pendant six ans"],
                "Yannick Berthomieu",
            ),
            (
                D,
                [
                    "Il lisait de la poésie avant chaque match et se moquait de moi parce que je "
                    "dormais."
                ],
                "Yannick Berthomieu",
            ),
        ],
    ),
    (  # 3 regional daily sold: "Ben" particle, no-break spaces, "a-t-il déclaré", organisation
        # before colon, "selon lesquelles" trap, "D'après X" with partial only
        "Le quotidien régional L'Écho du Val, fondé en 1919 et tiré aujourd'hui à 38\u00a0000 "
        "exemplaires, passe sous le contrôle du groupe Médiaterre. La vente a été conclue "
        "vendredi pour un montant qui n'a pas été rendu public. La famille Ravier, propriétaire "
        "du titre depuis trois générations, s'en sépare faute de repreneur en son sein.\n\n"
        "Le PDG de Médiaterre, Nadir Ben Amara, s'est voulu rassurant. «\u00a0Nous n'achetons pas "
        "un journal pour le faire taire, mais pour qu'il survive\u00a0», a-t-il déclaré lors "
        "d'une conférence de presse à Valdrôme.\n\n"
        "Dans la rédaction, l'inquiétude domine. La Société des journalistes a publié un "
        "communiqué dans la foulée\u00a0: «\u00a0Nous serons vigilants. La ligne éditoriale n'est "
        "pas à vendre.\u00a0» Des rumeurs selon lesquelles une quinzaine de postes seraient "
        "supprimés circulent depuis plusieurs semaines dans les couloirs.\n\n"
        "D'après le directeur de la rédaction sortant, Patrice Lhermitte, aucun plan social "
        "n'était «\u00a0sur la table à ce stade\u00a0». Il quittera ses fonctions à la fin de "
        "l'année, après vingt-deux ans à la tête du journal.",
        [
            (
                D,
                ["Nous n'achetons pas un journal pour le faire taire, mais pour qu'il survive"],
                "Nadir Ben Amara",
            ),
            (
                D,
                ["Nous serons vigilants. La ligne éditoriale n'est pas à vendre."],
                "Société des journalistes",
            ),
            (P, ["sur la table à ce stade"], "Patrice Lhermitte"),
        ],
    ),
    (  # 4 TV host leaving: "Van" particle, guillemets without spaces, show title not speech,
        # "a-t-elle expliqué", incise with commas, unnamed "une internaute" after "?"
        "C'est la fin d'une époque sur Canal Horizon. Sophie Van Ackere, 58 ans, présentera le "
        "19 décembre son dernier numéro de «Midi pile», l'émission culinaire qu'elle anime depuis "
        "2007. L'animatrice l'a annoncé elle-même jeudi, en fin d'émission, la voix nouée, devant "
        "une équipe visiblement prise de court. Ancienne professeure de cuisine à Lorvennes, elle "
        "avait été repérée en 2006 lors d'un concours amateur.\n\n"
        "«J'ai eu envie de partir avant qu'on me demande de partir. C'est un luxe rare dans ce "
        "métier», a-t-elle expliqué face caméra.\n\n"
        "Le chef Marc-Antoine Dufresnoy, invité régulier de l'émission, ne cache pas son émotion. "
        "«Elle m'a donné ma chance quand personne ne me connaissait, se souvient-il, et je lui "
        "dois une bonne partie de ma carrière.»\n\n"
        "Sur les réseaux sociaux, les messages de téléspectateurs se comptent par milliers. «Qui "
        "va me tenir compagnie à midi maintenant ?» s'interroge une internaute. La chaîne n'a pas "
        "encore désigné de successeur.",
        [
            (
                D,
                [
                    "J'ai eu envie de partir avant qu'on me demande de partir. C'est un luxe rare "
                    "dans ce métier"
                ],
                "Sophie Van Ackere",
            ),
            (
                D,
                [
                    "Elle m'a donné ma chance quand personne ne me connaissait",
                    "et je lui dois une bonne partie de ma carrière.",
                ],
                "Marc-Antoine Dufresnoy",
            ),
            (D, ["Qui va me tenir compagnie à midi maintenant ?"], "internaute"),
        ],
    ),
    (  # 5 literary prize: "El" particle, novel title not speech, "se disait" partial, quote
        # opened mid-paragraph and continued over a paragraph, "Selon lui", noun objects
        "Le prix Méridien 2026 a été attribué mardi à Yasmina El Fassi pour « La Maison aux "
        "volets bleus » (éditions du Quai), au deuxième tour de scrutin, par six voix contre "
        "quatre. Il s'agit du deuxième roman de cette ancienne professeure de lettres de "
        "Corbenay.\n\n"
        "Jointe par téléphone quelques minutes après l'annonce, la romancière de 44 ans se disait "
        "« encore sous le choc ». « J'ai écrit ce livre pour ma grand-mère, qui ne savait pas "
        "lire. Elle aurait trouvé tout cela très drôle.\n\n"
        "« Je pense aussi aux libraires, qui ont porté ce roman depuis août alors que personne "
        "n'en parlait », a-t-elle ajouté.\n\n"
        "Le président du jury, l'académicien Gérard Montclar, a salué un texte exigeant et "
        "populaire à la fois. Selon lui, les délibérations ont été plus courtes que prévu. Les "
        "éditions du Quai ont annoncé un nouveau tirage de 80 000 exemplaires, qui sera en "
        "librairie dès la semaine prochaine.",
        [
            (P, ["encore sous le choc"], "Yasmina El Fassi"),
            (
                D,
                [
                    "J'ai écrit ce livre pour ma grand-mère, qui ne savait pas lire. Elle aurait "
                    "trouvé tout cela très drôle.",
                    "Je pense aussi aux libraires, qui ont porté ce roman depuis août alors que "
                    "personne n'en parlait",
                ],
                "Yasmina El Fassi",
            ),
            (I, ["les délibérations ont été plus courtes que prévu"], "Gérard Montclar"),
        ],
    ),
    (  # 6 actress's death: archive exchange in dialogue dashes (journalist's question, her
        # answer), play title not speech, "raconte-t-il" after, theatre with noun object
        "La comédienne Madeleine Aubrac-Sorel est morte samedi à Valbonne, à 91 ans. Elle avait "
        "joué plus de cent vingt rôles, de Racine à Beckett, et dirigé pendant quinze ans le "
        "Théâtre-Neuf, une salle de quartier qu'elle avait sauvée de la démolition en 1979.\n\n"
        "En 1997, au micro de Radio Cité, elle avait eu cet échange resté célèbre avec le "
        "journaliste Alain Pujade :\n"
        "— Avez-vous peur de vieillir sur scène ?\n"
        "— Mon cher, sur scène, je n'ai jamais eu d'âge. C'est en coulisses que je vieillis.\n\n"
        "Le metteur en scène Julien Castaing l'avait dirigée dans « La Cerisaie » en 2011, alors "
        "qu'elle avait 76 ans. « Elle connaissait le texte de tout le monde, le sien et celui des "
        "autres. Gare à celui qui oubliait une virgule », raconte-t-il en souriant.\n\n"
        "Le Théâtre-Neuf a annoncé un hommage public le 12 décembre, jour de son anniversaire. "
        "Ses obsèques seront célébrées dans l'intimité.",
        [
            (D, ["Avez-vous peur de vieillir sur scène ?"], "Alain Pujade"),
            (
                D,
                [
                    "Mon cher, sur scène, je n'ai jamais eu d'âge. C'est en coulisses que je "
                    "vieillis."
                ],
                "Madeleine Aubrac-Sorel",
            ),
            (
                D,
                [
                    "Elle connaissait le texte de tout le monde, le sien et celui des autres. "
                    "Gare à "
                    "celui qui oubliait une virgule"
                ],
                "Julien Castaing",
            ),
        ],
    ),
    (  # 7 cyclist killed on the road: en dashes as parentheses, son in apposition after,
        # "l'intéressé" with partial inside reported speech, "D'après la gendarmerie"
        "Raymond Kerbrat – trois victoires d'étape sur le Tour, un titre national en 1979 – "
        "roulait encore chaque matin sur les routes de Plouzénec. C'est là que l'ancien coureur, "
        "72 ans, a été percuté jeudi par une camionnette. Il est mort sur le coup.\n\n"
        "«\u00a0Il faisait encore 200 kilomètres par semaine. Il disait que le vélo l'empêchait "
        "de vieillir\u00a0», a confié son fils, Erwan Kerbrat, au quotidien La Vigie d'Armor.\n\n"
        "Fils de maraîchers, Raymond Kerbrat était passé professionnel à 21 ans et avait couru "
        "onze saisons, presque toujours au service de ses leaders. En 2019, l'intéressé "
        "expliquait au même journal qu'il ne regrettait «\u00a0rien, pas même les "
        "chutes\u00a0».\n\n"
        "D'après la gendarmerie, le conducteur de la camionnette, un homme de 34 ans, a été placé "
        "en garde à vue. Une enquête pour homicide involontaire a été ouverte.",
        [
            (
                D,
                [
                    "Il faisait encore 200 kilomètres par semaine. Il disait que le vélo "
                    "l'empêchait de vieillir"
                ],
                "Erwan Kerbrat",
            ),
            (P, ["rien, pas même les chutes"], "Raymond Kerbrat"),
            (
                I,
                ["le conducteur de la camionnette, un homme de 34 ans, a été placé en garde à vue"],
                "gendarmerie",
            ),
        ],
    ),
    (  # 8 press cartoonist's death: signature in guillemets not speech, newspaper's staff as
        # speaker, partial after "se souvient d'un homme", intention phrase by "ses proches"
        "Le dessinateur de presse Paul-Henri Desmarets, qui signait ses caricatures d'un simple "
        "«\u202fPHD\u202f», est mort vendredi à 79 ans. Pendant quarante ans, il avait croqué les "
        "puissants en une du Courrier des Landes, au rythme d'un dessin par jour, dimanches "
        "compris.\n\n"
        "«\u202fIl nous faisait rire de ce qui nous faisait peur. C'est la plus belle définition "
        "du métier\u202f», écrit la rédaction du Courrier des Landes dans un éditorial publié "
        "samedi, barré d'un bandeau noir.\n\n"
        "Son confrère et ami Thierry Bouvard se souvient d'un homme «\u202fincapable de dessiner "
        "sans un cigare éteint au coin des lèvres\u202f». Les deux hommes avaient cosigné trois "
        "albums dans les années 1990.\n\n"
        "Devant le kiosque de la place du Marché, où ses dessins étaient affichés chaque matin, "
        "des lecteurs ont déposé des crayons et des roses. Ses proches ont fait part de leur "
        "volonté de réunir ses 12\u202f000 dessins originaux dans un musée, à Mont-Sabran, sa "
        "ville natale.",
        [
            (
                D,
                [
                    "Il nous faisait rire de ce qui nous faisait peur. C'est la plus belle "
                    "définition "
                    "du métier"
                ],
                "Courrier des Landes",
            ),
            (
                P,
                ["incapable de dessiner sans un cigare éteint au coin des lèvres"],
                "Thierry Bouvard",
            ),
            (
                I,
                [
                    "réunir ses 12\u202f000 dessins originaux dans un musée, à Mont-Sabran, sa "
                    "ville natale"
                ],
                "proches",
            ),
        ],
    ),
    (  # 9 film director's death: film title not speech, actress named before, "a-t-elle dit"
        # after, "a annoncé que"
        "Le cinéaste Jean-Baptiste Morvan-Lécuyer est mort mardi à Saint-Ambroise-sur-Ouche, à "
        "77 ans. Auteur d'une vingtaine de longs métrages, il avait reçu en 1988 le Grand Prix du "
        "festival de Lorvane pour «\u202fL'Hiver des autres\u202f», chronique d'une famille "
        "d'agriculteurs en faillite devenue un classique des ciné-clubs.\n\n"
        "L'actrice Inès Delacroix-Barre, qu'il avait révélée à 19 ans dans ce film, lui a rendu "
        "hommage mercredi matin à la radio. «\u202fIl m'a appris à ne rien jouer. À me contenter "
        "d'être là, devant la caméra, et à faire confiance au silence\u202f», a-t-elle dit, la "
        "voix tremblante.\n\n"
        "Le délégué général du festival, Matthieu Sorgue, a annoncé qu'une rétrospective "
        "intégrale lui serait consacrée lors de la prochaine édition, en mai. Le réalisateur "
        "travaillait depuis deux ans à un documentaire sur son village natal, resté inachevé.",
        [
            (
                D,
                [
                    "Il m'a appris à ne rien jouer. À me contenter d'être là, devant la caméra, "
                    "et à "
                    "faire confiance au silence"
                ],
                "Inès Delacroix-Barre",
            ),
            (
                I,
                [
                    "une rétrospective intégrale lui serait consacrée lors de la prochaine "
                    "édition, "
                    "en mai"
                ],
                "Matthieu Sorgue",
            ),
        ],
    ),
    (  # 10 publisher bought: collection title not speech, "estime-t-elle", "ben" particle with
        # partial after "dit craindre que", "M." with no quote
        "Les éditions du Roseau, maison indépendante fondée en 1972 à Brévannes, rejoignent le "
        "groupe Lettres & Cie. Le rachat, annoncé lundi, met fin à un demi-siècle d'indépendance "
        "pour cet éditeur de poésie, connu pour sa collection de poche «\u00a0Petite Lune\u00a0» "
        "et ses couvertures cousues main.\n\n"
        "Sa fondatrice, Geneviève Aumont-Lacaze, 81 ans, assume ce choix. «\u00a0Je n'ai pas "
        "d'héritier, et je refusais de voir le catalogue partir en morceaux. Mieux vaut un grand "
        "groupe qu'une liquidation\u00a0», estime-t-elle.\n\n"
        "Plusieurs auteurs de la maison se sont toutefois émus de la nouvelle. Le poète Hamid ben "
        "Larbi, publié au Roseau depuis 1985, dit craindre que «\u00a0la poésie devienne une ligne "
        "dans un tableur\u00a0». Le directeur général de Lettres & Cie, M. Stéphane Vidal-Orsini, "
        "n'a pas répondu à nos sollicitations.\n\n"
        "Le montant de la transaction n'a pas été communiqué. Les éditions du Roseau publient une "
        "douzaine de titres par an, tirés en moyenne à 1\u00a0500 exemplaires.",
        [
            (
                D,
                [
                    "Je n'ai pas d'héritier, et je refusais de voir le catalogue partir en "
                    "morceaux. "
                    "Mieux vaut un grand groupe qu'une liquidation"
                ],
                "Geneviève Aumont-Lacaze",
            ),
            (P, ["la poésie devienne une ligne dans un tableur"], "Hamid ben Larbi"),
        ],
    ),
    (  # 11 boxer's death: unclosed guillemet ended by the attribution, unnamed "un ancien
        # voisin", "Pour X, « … »", mayor "a annoncé vouloir"
        "Le boxeur Kader Benhamou-Rius, ancien champion d'Europe des poids moyens, est mort "
        "samedi à 58 ans des suites d'une maladie neurologique. Sacré en 1993 face à Marco "
        "Ferrucci, il avait défendu son titre à quatre reprises avant de raccrocher les gants en "
        "1997.\n\n"
        "Dans sa ville natale de Fontclair, la salle municipale où il avait enfilé ses premiers "
        "gants à 12 ans a ouvert ses portes dimanche pour permettre aux habitants de se "
        "recueillir. Toute la journée, une file silencieuse s'est étirée devant le registre de "
        "condoléances. « Il n'a jamais oublié d'où il venait, a lancé un ancien voisin en signant "
        "le cahier.\n\n"
        "Pour son entraîneur de toujours, Lucien Marquet, 83 ans, « c'était le plus doué de tous, "
        "mais surtout le plus têtu ». Le vieil homme a tenu à rester assis au bord du ring "
        "jusqu'au soir.\n\n"
        "Le maire, Didier Aït-Hamou, a annoncé vouloir donner le nom du champion à la salle dès "
        "le mois de janvier.",
        [
            (D, ["Il n'a jamais oublié d'où il venait"], "ancien voisin"),
            (D, ["c'était le plus doué de tous, mais surtout le plus têtu"], "Lucien Marquet"),
            (
                I,
                ["vouloir donner le nom du champion à la salle dès le mois de janvier"],
                "Didier Aït-Hamou",
            ),
        ],
    ),
    (  # 12 radio host leaving: guillemets without spaces, "a annoncé son départ" noun object,
        # "a-t-elle déclaré", spokesman in apposition with a one-word partial
        "Coup de tonnerre à Radio Méridienne. Frédérique Salomé-Bertin, la voix de la matinale "
        "de la station depuis 2011, a annoncé jeudi son départ, à la suite d'un désaccord avec la "
        "nouvelle direction sur la durée de son émission, ramenée de trois heures à "
        "quatre-vingt-dix minutes.\n\n"
        "«Je pars la tête haute. On m'a proposé de faire la même émission en deux fois moins de "
        "temps: ça s'appelle une disparition, pas une réforme», a-t-elle déclaré à l'antenne, "
        "juste avant le journal de 9 heures.\n\n"
        "Du côté de la station, son porte-parole, Loïc Tessandier, a dit «regretter» ce départ, "
        "sans commenter davantage. La matinale réunissait chaque jour 1,2 million d'auditeurs, un "
        "record pour une radio régionale.\n\n"
        "Aucun remplaçant n'a été nommé. Dès lundi, l'émission sera présentée par intérim par le "
        "journaliste Cyril Mabon, qui assurait jusqu'ici les remplacements de l'été.",
        [
            (
                D,
                [
                    "Je pars la tête haute. On m'a proposé de faire la même émission en deux fois "
                    "moins de temps: ça s'appelle une disparition, pas une réforme"
                ],
                "Frédérique Salomé-Bertin",
            ),
            (P, ["regretter"], "Loïc Tessandier"),
        ],
    ),
    (  # 13 jazz pianist's death: "de" particle, curly “ ” in French, archive quote after a colon
        # continued over a paragraph, partial after "salue"
        "Le pianiste de jazz Armand de Vaucelles est mort lundi à l'âge de 88 ans, dans sa "
        "maison de Saint-Loup-des-Prés. Figure des caves de la rive gauche dans les années 1960, "
        "il avait accompagné la plupart des grands solistes de passage et enregistré une "
        "trentaine de disques sous son nom.\n\n"
        "Dans un entretien accordé en 2015 à la revue Swing Moderne, il racontait ses débuts : "
        "\u201cJ'ai appris sur le piano désaccordé d'un bistrot de la gare. Le patron me payait "
        "en soupe, et j'étais très content comme ça.\n\n"
        "\u201cQuand j'ai entendu mon premier disque de bebop, j'ai su que je ne ferais rien "
        "d'autre de ma vie.\u201d\n\n"
        "Le contrebassiste Samuel Ndiaye-Kourouma, qui a joué à ses côtés pendant vingt ans, "
        "salue \u201cun musicien qui écoutait plus qu'il ne jouait\u201d. Une soirée d'hommage "
        "est prévue le 15 décembre au club Le Sous-Sol, où le pianiste se produisait encore il y "
        "a deux ans.",
        [
            (
                D,
                [
                    "J'ai appris sur le piano désaccordé d'un bistrot de la gare. Le patron me "
                    "payait "
                    "en soupe, et j'étais très content comme ça.",
                    "Quand j'ai entendu mon premier disque de bebop, j'ai su que je ne ferais rien "
                    "d'autre de ma vie.",
                ],
                "Armand de Vaucelles",
            ),
            (P, ["un musicien qui écoutait plus qu'il ne jouait"], "Samuel Ndiaye-Kourouma"),
        ],
    ),
    (  # 14 ski champion's death: rival before a colon, guillemets without spaces, federation
        # with noun object, archive quote with "disait-elle" (role "l'ancienne championne")
        "L'ancienne skieuse Odile Chapuis-Ferrand, double médaillée olympique de descente, est "
        "morte vendredi à Combe-Noire, le village de montagne où elle était née, à l'âge de 73 "
        "ans. La Fédération nationale de ski a fait part de sa tristesse dans un communiqué.\n\n"
        "Sa grande rivale des années 1970, l'Autrichienne Greta Hollweger, a réagi dans un "
        "message transmis à l'agence Alpresse: «Nous nous sommes battues pendant dix ans pour "
        "quelques centièmes. Puis nous sommes devenues amies pour la vie.»\n\n"
        "Après sa retraite sportive, en 1980, l'ancienne championne avait choisi de revenir au "
        "village pour y enseigner le ski aux enfants, refusant les postes d'entraîneuse nationale "
        "qu'on lui proposait. «Le plus beau, c'était d'apprendre aux petits à tomber», "
        "disait-elle en 2018 dans un documentaire consacré à sa carrière.\n\n"
        "Une messe sera célébrée mercredi dans l'église de Combe-Noire, où un registre de "
        "condoléances est ouvert depuis samedi.",
        [
            (
                D,
                [
                    "Nous nous sommes battues pendant dix ans pour quelques centièmes. Puis nous "
                    "sommes devenues amies pour la vie."
                ],
                "Greta Hollweger",
            ),
            (
                D,
                ["Le plus beau, c'était d'apprendre aux petits à tomber"],
                "Odile Chapuis-Ferrand",
            ),
        ],
    ),
    (  # 15 weekly magazine closing: "Selon <group>", en dashes as parentheses, "regrette Mme X"
        # after, unnamed "une abonnée" with partial inside reported speech
        "Après soixante-deux ans d'existence, l'hebdomadaire Les Veillées publiera son dernier "
        "numéro le 17 décembre. Son propriétaire, le groupe Presse Horizon, a confirmé lundi la "
        "fermeture du titre, dont la diffusion est passée de 400\u00a0000 exemplaires en 1990 à "
        "moins de 45\u00a0000 aujourd'hui.\n\n"
        "Selon Presse Horizon, le magazine perdait près de trois millions d'euros par an depuis "
        "2021.\n\n"
        "La rédactrice en chef, Anne-Sophie Guérineau, a appris la nouvelle – comme ses onze "
        "journalistes – lors d'une réunion d'une demi-heure. «\u00a0On nous a remerciés "
        "poliment, comme on ferme une boutique. Soixante-deux ans d'histoire, et pas un mot pour "
        "les lecteurs\u00a0», regrette Mme Guérineau.\n\n"
        "Dans le courrier des lecteurs du dernier numéro, une abonnée de Roncelles écrit qu'elle "
        "lisait le magazine «\u00a0depuis son mariage, en 1964\u00a0».",
        [
            (
                I,
                ["le magazine perdait près de trois millions d'euros par an depuis 2021"],
                "Presse Horizon",
            ),
            (
                D,
                [
                    "On nous a remerciés poliment, comme on ferme une boutique. Soixante-deux ans "
                    "d'histoire, et pas un mot pour les lecteurs"
                ],
                "Anne-Sophie Guérineau",
            ),
            (P, ["depuis son mariage, en 1964"], "abonnée"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 guitarist's death: song title and nickname not speech, family with noun object, '"A,"
        # said X, role. "B."' = two quotes
        "Mick Treloar, the guitarist whose opening riff on \u201cHarbour Lights\u201d became a "
        "jukebox staple in every pub from Dunmere to the coast, has died at his home in "
        "Penmarrow. He was 76. His family announced his death on Sunday evening and asked for "
        "privacy.\n\n"
        "Known to fans as \u201cthe Professor\u201d because of his wire-rimmed spectacles and his "
        "habit of tuning up between every song, Treloar co-founded the Drift in 1968 with two "
        "school friends. The band sold more than 20 million records and played its last show in "
        "2019.\n\n"
        "\u201cMick could make one chord sound like a whole argument,\u201d said Dave Pellow, the "
        "band's drummer for three decades. \u201cHe never played a note he didn't mean, and he "
        "never let the rest of us get away with it either.\u201d\n\n"
        "The band's longtime manager, Sandra Okafor-Leigh, is organising a memorial concert for "
        "the spring, with proceeds going to a music school in Penmarrow.",
        [
            (D, ["Mick could make one chord sound like a whole argument"], "Dave Pellow"),
            (
                D,
                [
                    "He never played a note he didn't mean, and he never let the rest of us get "
                    "away "
                    "with it either."
                ],
                "Dave Pellow",
            ),
        ],
    ),
    (  # 2 cricketer's death: straight quotes, "the club said:" resolved to the club's name,
        # partial inside reported speech
        "Arthur Blaydes, who captained Hollingford County Cricket Club to three championships in "
        "the 1960s, has died aged 88. The club announced his death on Tuesday and lowered the "
        "flag above the pavilion to half-mast.\n\n"
        "A stylish opening batsman, Blaydes scored more than 21,000 first-class runs, a county "
        "record that still stands, and was famous for batting without a cap in any weather. He "
        "later spent twenty years as the club's head groundsman, refusing any salary above the "
        "minimum.\n\n"
        'In a statement, the club said: "Arthur was the finest batsman of his generation and the '
        "kindest man ever to wear our cap. Our thoughts are with Margaret and the whole "
        'family."\n\n'
        'His former opening partner, Ken Dawlish, now 86, said Blaydes had taught him to "leave '
        'the ball outside off stump and leave the ego in the pavilion". The two men spoke on the '
        "telephone every Sunday for sixty years.",
        [
            (
                D,
                [
                    "Arthur was the finest batsman of his generation and the kindest man ever to "
                    "wear our cap. Our thoughts are with Margaret and the whole family."
                ],
                "Hollingford County Cricket Club",
            ),
            (
                P,
                ["leave the ball outside off stump and leave the ego in the pavilion"],
                "Ken Dawlish",
            ),
        ],
    ),
    (  # 3 regional paper sold: "said" without "that", nested ‘ ’, unnamed "one senior reporter",
        # trailing "according to"
        "The Eastbridge Gazette, one of the country's oldest regional newspapers, has been sold "
        "to Calloway Media Holdings for an undisclosed sum, ending 140 years of ownership by the "
        "Pemberton family.\n\n"
        "Calloway's chief executive, Nathan Ferris-Odum, said the group would invest heavily in "
        "the paper's website and had no plans to close its newsroom on Quay Street.\n\n"
        "Staff were less convinced. \u201cWe've heard \u2018no plans\u2019 before, from three "
        "different owners, and every time the building got smaller,\u201d said one senior "
        "reporter, who asked not to be named because she had not been authorised to speak.\n\n"
        "The paper's print circulation has fallen from 64,000 in 2000 to just over 11,000, "
        "according to the Audit Bureau of Regional Press. Its website, launched in 2009, now "
        "attracts around 300,000 readers a month.\n\n"
        "The sale is expected to be completed by the end of January.",
        [
            (
                I,
                [
                    "the group would invest heavily in the paper's website and had no plans to "
                    "close its newsroom on Quay Street"
                ],
                "Nathan Ferris-Odum",
            ),
            (
                D,
                [
                    "We've heard \u2018no plans\u2019 before, from three different owners, and "
                    "every "
                    "time the building got smaller"
                ],
                "senior reporter",
            ),
            (
                I,
                [
                    "The paper's print circulation has fallen from 64,000 in 2000 to just over "
                    "11,000"
                ],
                "Audit Bureau of Regional Press",
            ),
        ],
    ),
    (  # 4 newsreader retiring: "she said" then a second sentence-quote (two quotes), partial
        # after "described her as"
        "After 31 years reading the evening news on Channel Nine West, Helen Marchbank will "
        "present her final bulletin on Friday. The 63-year-old announced her retirement live on "
        "air on Monday night, to the surprise of many of her own colleagues.\n\n"
        "\u201cI have told viewers about wars, elections, royal weddings and a great many "
        "floods,\u201d she said at the end of the programme. \u201cIt is time someone else had the "
        "privilege.\u201d\n\n"
        "Marchbank joined the channel as a researcher in 1989 and became its main anchor five "
        "years later. She was the first woman to present its flagship bulletin alone, and "
        "missed only four programmes in three decades, all of them for the birth of her "
        "children or the death of her father.\n\n"
        "Her long-time co-presenter, Rajiv Menon, described her as \u201cthe calmest person in "
        "any room, including the ones that were on fire\u201d. A successor has not yet been "
        "named.",
        [
            (
                D,
                [
                    "I have told viewers about wars, elections, royal weddings and a great many "
                    "floods"
                ],
                "Helen Marchbank",
            ),
            (D, ["It is time someone else had the privilege."], "Helen Marchbank"),
            (
                P,
                ["the calmest person in any room, including the ones that were on fire"],
                "Rajiv Menon",
            ),
        ],
    ),
    (  # 5 literary prize: "al-" particle, partial keeping its final period, indirect without
        # "that", quote over two paragraphs with "Mr X added"
        "Samira al-Haddad has won the \u00a350,000 Calder Prize for Fiction with her debut novel, "
        "The Salt Orchard, becoming the youngest winner in the award's 38-year history.\n\n"
        "Accepting the prize at a ceremony in Ellesmere Hall on Wednesday night, the 29-year-old "
        "thanked her mother, \u201cwho read every draft and hated most of them.\u201d\n\n"
        "The chair of the judges, the critic Alan Whitcombe, said the panel had reached a "
        "unanimous decision in under an hour, a first in the prize's history.\n\n"
        "\u201cThis is a novel about what families refuse to say to each other. It is angry, "
        "funny and, in its last thirty pages, almost unbearable.\n\n"
        "\u201cWe read it twice, and the second time it was better,\u201d Mr Whitcombe added.\n\n"
        "Al-Haddad, who works part-time in a bookshop in Harlow Cross, was born in Port Agnes "
        "and wrote most of the novel on the night bus home from her shifts.",
        [
            (P, ["who read every draft and hated most of them."], "Samira al-Haddad"),
            (
                I,
                [
                    "the panel had reached a unanimous decision in under an hour, a first in the "
                    "prize's history"
                ],
                "Alan Whitcombe",
            ),
            (
                D,
                [
                    "This is a novel about what families refuse to say to each other. It is angry, "
                    "funny and, in its last thirty pages, almost unbearable.",
                    "We read it twice, and the second time it was better",
                ],
                "Alan Whitcombe",
            ),
        ],
    ),
    (  # 6 actor's death: series title not speech, wife in apposition with partial inside
        # reported speech, "said X" after, archive quote after a colon
        "Bernard Ashcombe-Hale, the actor best known as the gruff Inspector Morrow in the "
        "long-running detective series \u201cUnder the Bridges\u201d, has died at the age of "
        "81.\n\n"
        "His wife, the actress June Carraway, said he had died at home on Saturday \u201cafter a "
        "long and stubborn fight, which is the only kind he knew.\u201d\n\n"
        "Ashcombe-Hale spent two decades in repertory theatre before television made him famous "
        "at 52. The series ran for fourteen years and was sold to more than forty countries.\n\n"
        "\u201cHe was the most generous actor I ever shared a scene with. He'd give you the "
        "close-up and take the wide shot, every single time,\u201d said Tessa Okonjo, who played "
        "his sergeant for nine series.\n\n"
        "In a 2012 interview, Ashcombe-Hale laughed off talk of typecasting: \u201cTypecast? I "
        "was cast. At my age, that is the whole miracle.\u201d",
        [
            (
                P,
                ["after a long and stubborn fight, which is the only kind he knew."],
                "June Carraway",
            ),
            (
                D,
                [
                    "He was the most generous actor I ever shared a scene with. He'd give you the "
                    "close-up and take the wide shot, every single time"
                ],
                "Tessa Okonjo",
            ),
            (
                D,
                ["Typecast? I was cast. At my age, that is the whole miracle."],
                "Bernard Ashcombe-Hale",
            ),
        ],
    ),
    (  # 7 boxer's death: nickname in ‘ ’ not speech, "Police said on Thursday that", "X told
        # reporters." between two quotes
        "Danny \u2018The Docker\u2019 Mulcahy, the former national middleweight champion who "
        "fought 41 times and was never knocked down, has died aged 67.\n\n"
        "Kessington Police said on Thursday that there were no suspicious circumstances "
        "surrounding his death at his flat in the town's Marsh End.\n\n"
        "His promoter for twenty years, Frankie Dwyer, was in tears at the gym where Mulcahy had "
        "trained until last summer. \u201cDanny fought like he had a bus to catch. In and out, no "
        "messing,\u201d Dwyer told reporters. \u201cOutside the ring, he was a soft touch for "
        "every kid on the estate.\u201d\n\n"
        "Mulcahy won the national title in 1982 and defended it five times. After retiring he ran "
        "a boxing club for teenagers on the estate where he grew up, and never charged a penny.",
        [
            (
                I,
                [
                    "there were no suspicious circumstances surrounding his death at his flat in "
                    "the "
                    "town's Marsh End"
                ],
                "Kessington Police",
            ),
            (
                D,
                ["Danny fought like he had a bus to catch. In and out, no messing"],
                "Frankie Dwyer",
            ),
            (
                D,
                ["Outside the ring, he was a soft touch for every kid on the estate."],
                "Frankie Dwyer",
            ),
        ],
    ),
    (  # 8 poet's death: straight quotes, publisher partial, "Dr" biographer partial, archive
        # quote after "she replied:"
        "The poet Agnes Rutherford-Kaye, whose collection Weather for Widows won every major "
        "prize in 1994, has died in Aldmere at the age of 90.\n\n"
        'Her publisher, Greyfold Press, said she had continued to write "almost daily" until the '
        "autumn.\n\n"
        "Born in a mining village, Rutherford-Kaye left school at fifteen and published her first "
        "poems at 47, after raising four children. Her plain, unsentimental verse found an "
        "unusually wide readership, and her books were taught in schools long before she had "
        "stopped writing them.\n\n"
        'Dr Owen Pryce-Mather, who wrote her biography, said she was "suspicious of fame and '
        'entirely unbothered by it". She turned down a national honour twice.\n\n'
        'Asked once by a student what poetry was for, she replied: "To make the ordinary stand '
        'still long enough to be looked at."',
        [
            (P, ["almost daily"], "Greyfold Press"),
            (P, ["suspicious of fame and entirely unbothered by it"], "Owen Pryce-Mather"),
            (
                D,
                ["To make the ordinary stand still long enough to be looked at."],
                "Agnes Rutherford-Kaye",
            ),
        ],
    ),
    (  # 9 football manager's death: chairman in apposition after, "said one fan, X, 58", "The
        # club said" without "that"
        "Tributes have poured in for Ronnie Bellweather, who managed Dunmore Athletic for 17 "
        "years and took the club from the fourth tier to the top flight. He died on Monday, aged "
        "79.\n\n"
        "A former centre-half whose playing career was ended by a knee injury at 27, Bellweather "
        "was appointed at 38 with the club bottom of the league and \u00a3200 in the bank.\n\n"
        "\u201cRonnie was Dunmore Athletic. Every brick of this stadium has his fingerprints on "
        "it,\u201d the club's chairman, Peter Lindqvist, said in a statement.\n\n"
        "By the afternoon, hundreds of supporters had tied scarves to the gates of Furnace Lane. "
        "\u201cHe gave us the best days of our lives, and he never charged extra for them,\u201d "
        "said one fan, Gary Tomlin, 58, who has held a season ticket since 1971.\n\n"
        "The club said the north stand would be renamed in his honour before Saturday's home game "
        "against Castlebury Town.",
        [
            (
                D,
                [
                    "Ronnie was Dunmore Athletic. Every brick of this stadium has his fingerprints "
                    "on it"
                ],
                "Peter Lindqvist",
            ),
            (
                D,
                ["He gave us the best days of our lives, and he never charged extra for them"],
                "Gary Tomlin",
            ),
            (
                I,
                [
                    "the north stand would be renamed in his honour before Saturday's home game "
                    "against Castlebury Town"
                ],
                "Dunmore Athletic",
            ),
        ],
    ),
    (  # 10 late-night DJ leaving: unnamed "Officials" with indirect, straight quotes, "she told
        # listeners"
        "Carla Mendes, whose late-night show on Radio Wexham has kept insomniacs, lorry drivers "
        "and night nurses company since 2004, has left the station after 22 years.\n\n"
        "Officials at the station said the decision to end the programme was mutual and had been "
        "taken after a review of the evening schedule.\n\n"
        'Mendes did not see it that way. "Mutual is a lovely word. It means they decided and I '
        'agreed not to shout about it," she told listeners during her final show on Sunday '
        "night, before playing the same Nina Carroll record she had opened with in 2004.\n\n"
        "The show, which ran from midnight to 3am, was known for obscure soul records and for "
        "Mendes's habit of reading out listeners' letters in full, however long they were. Its "
        "audience peaked at 400,000 in 2015.",
        [
            (
                I,
                [
                    "the decision to end the programme was mutual and had been taken after a "
                    "review "
                    "of the evening schedule"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Mutual is a lovely word. It means they decided and I agreed not to shout "
                    "about it"
                ],
                "Carla Mendes",
            ),
        ],
    ),
    (  # 11 designer's death: "van" particle, label with noun object, "said X, her business
        # partner" after, "Dr" curator partial, exhibition title not speech
        "Ingrid van Houten, the Dutch-born designer whose tailored coats were worn by three "
        "generations of politicians, actresses and newsreaders, has died in Marlow Heath aged 87. "
        "Her label, House of Van Houten, confirmed her death on Wednesday.\n\n"
        "Van Houten opened her first shop above a launderette in 1961 with a borrowed sewing "
        "machine. By 1980 she employed 200 people, and she never once paid for an "
        "advertisement.\n\n"
        "\u201cIngrid believed a coat should outlive its owner. In her case, I suspect the coats "
        "will be fine and the rest of us will not,\u201d said Marcus Delaney, her business partner "
        "of forty years.\n\n"
        "Dr Hannah Lowe, curator of fashion at the Marlow Museum, called her \u201cthe last of the "
        "great cutters\u201d. A retrospective of her work, \u201cCut and Cloth\u201d, opens at the "
        "museum next March.",
        [
            (
                D,
                [
                    "Ingrid believed a coat should outlive its owner. In her case, I suspect the "
                    "coats "
                    "will be fine and the rest of us will not"
                ],
                "Marcus Delaney",
            ),
            (P, ["the last of the great cutters"], "Hannah Lowe"),
        ],
    ),
    (  # 12 jockey's death: "said that" by an authority, trainer named before, quote of several
        # sentences closed by "the trainer said"
        "Jockey Callum Reddy died on Saturday after a fall in the third race at Elbury Park. He "
        "was 24. The race was abandoned and the rest of the meeting cancelled.\n\n"
        "The Racing Standards Authority said that an investigation into the fall had been "
        "opened.\n\n"
        "Reddy, who rode his first winner at 17, had been one of the most promising young riders "
        "in the north, with 61 winners this season.\n\n"
        "His trainer, Maureen Hatchard-Gill, fought back tears as she spoke outside the weighing "
        "room. \u201cHe rode every horse as if it were the best one in the world. Even the useless "
        "ones. Especially the useless ones,\u201d the trainer said.\n\n"
        "A minute's silence will be held at all meetings on Sunday, and jockeys will wear black "
        "armbands for the rest of the week.",
        [
            (I, ["an investigation into the fall had been opened"], "Racing Standards Authority"),
            (
                D,
                [
                    "He rode every horse as if it were the best one in the world. Even the useless "
                    "ones. Especially the useless ones"
                ],
                "Maureen Hatchard-Gill",
            ),
        ],
    ),
    (  # 13 monthly magazine closing: partial after "wrote that", unnamed group then "They said",
        # deputy editor in apposition after
        "Field & Hearth, the monthly magazine of country cooking and rural life, will close after "
        "71 years. Its publisher, Brackwater Media, confirmed the closure on Friday.\n\n"
        "In an email to staff seen by this newspaper, Brackwater's managing director, Felicity "
        "Oduya, wrote that the title had \u201clost money in every one of the last nine "
        "years\u201d.\n\n"
        "Staff representatives were furious. They said they had been given less than a day's "
        "notice of the decision. \u201cWe found out at 9am and were told to clear our desks by "
        "five. Seventy-one years, and they gave us eight hours,\u201d said the magazine's deputy "
        "editor, Colin Ashworth-Rae.\n\n"
        "At its peak in the 1970s, the magazine sold 350,000 copies a month. Its recipe for a "
        "Sunday lamb pie is still the most requested item in its archive.",
        [
            (P, ["lost money in every one of the last nine years"], "Felicity Oduya"),
            (
                I,
                ["they had been given less than a day's notice of the decision"],
                "staff representatives",
            ),
            (
                D,
                [
                    "We found out at 9am and were told to clear our desks by five. Seventy-one "
                    "years, and they gave us eight hours"
                ],
                "Colin Ashworth-Rae",
            ),
        ],
    ),
    (  # 14 sculptor's death: "el-" particle, reported words inside the quote, "said his
        # daughter, Dr X" after, fronted "According to X,"
        "The sculptor Youssef el-Amrani, whose bronze figures stand in squares and parks from "
        "Harlow Cross to Port Agnes, has died at the age of 84.\n\n"
        "El-Amrani trained as a blacksmith and turned to sculpture only in his thirties. His "
        "best-known work, a group of six life-size dockers on the quay at Port Agnes, was "
        "unveiled in 1991 and has been polished smooth at the knees by children climbing on "
        "it.\n\n"
        "\u201cHe worked in the studio until the week before he died. He used to say the bronze "
        "didn't care how old he was, so neither would he,\u201d said his daughter, Dr Leila "
        "el-Amrani.\n\n"
        "According to the Corran Gallery, which represented him for three decades, two "
        "unfinished pieces found in his studio will be cast and shown next year.",
        [
            (
                D,
                [
                    "He worked in the studio until the week before he died. He used to say the "
                    "bronze didn't care how old he was, so neither would he"
                ],
                "Leila el-Amrani",
            ),
            (
                I,
                ["two unfinished pieces found in his studio will be cast and shown next year"],
                "Corran Gallery",
            ),
        ],
    ),
    (  # 15 comedian's death: en dashes as parentheses, catchphrase not speech, archive partial,
        # '"A," said X, "b."' one quote in two pieces, "told reporters that"
        "Barry Fenwick \u2013 for four decades the undisputed king of the end-of-pier summer "
        "season \u2013 has died aged 83. His agent, Lorraine Beck, confirmed the news on "
        "Monday. Born above his parents' fish shop in Saltby, he first performed at fourteen, "
        "doing impressions of his teachers at a talent contest on the pier.\n\n"
        "Fenwick's catchphrase, \u201cMind the gulls!\u201d, was shouted back at him by three "
        "generations of holidaymakers. He once told an interviewer he had \u201cnever had a bad "
        "audience, only a cold one\u201d.\n\n"
        "\u201cBarry didn't tell jokes,\u201d said fellow comedian Sunil Varma, \u201che told you "
        "about your own family and let you work out that it was funny.\u201d\n\n"
        "Pauline Stirk, who ran the Pavilion Theatre in Saltby where he played thirty summers, "
        "told reporters that the theatre would dim its lights at 8pm on Friday, the time his "
        "show always began.",
        [
            (P, ["never had a bad audience, only a cold one"], "Barry Fenwick"),
            (
                D,
                [
                    "Barry didn't tell jokes",
                    "he told you about your own family and let you work out that it was funny.",
                ],
                "Sunil Varma",
            ),
            (
                I,
                [
                    "the theatre would dim its lights at 8pm on Friday, the time his show always "
                    "began"
                ],
                "Pauline Stirk",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout55.jsonl"),
        "heldout55",
        "h55",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
