"""Source of the 139th held-out set: writes heldout139.jsonl (split "heldout139").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, clubs, teams, organisations and figures invented. The
texts read like sport news in French and English: football, rugby, cycling, tennis, handball,
athletics and skiing match and race reports, post-match reactions, transfers and signings,
injuries, sackings, retirements, squad selections, a doping ban and a disciplinary hearing,
with players, coaches, captains, club presidents and chairmen, agents, team doctors, clubs and
federations speaking as organisations and unnamed fans quoted; speakers are referred back to by
surname, pronoun, nationality ("le Danois", "l'Argentin", "the Scot", "the Belgian"), age ("le
joueur de 24 ans", "the 31-year-old"), position or role ("le technicien", "the fly-half") or
regional epithet ("le Lyonnais", "le Haut-Savoyard"), and some statements are sourced with
"selon X", "d'après X" or "according to X". One French text has no quote.
Measured once with 0.3.0, 0.42.0 and 0.43.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout139.py
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
    (  # 1 football match report: two-sentence direct + "a raconté l'entraîneur valmontois,
        # Name," (role before the name), "a reconnu un début de match difficile" (noun object,
        # not annotated) by "Le Danois, 27 ans," then direct + "a-t-il expliqué" (pronoun),
        # partial inside "a estimé que son équipe avait" (only the partial)
        "L'Olympique de Valmont a renversé le Stade lavallois (2-1) dimanche soir, grâce à un "
        "doublé de son attaquant danois Mikkel Thorsager, entré en jeu à la 60e minute. Menés à "
        "la pause après un but de Yanis Okonkwo, les Valmontois restent invaincus à domicile "
        "depuis le mois d'août.\n\n"
        "«\u00a0On a manqué de tout en première période. À la mi-temps, j'ai demandé aux joueurs "
        "de se regarder dans les yeux\u00a0», a raconté l'entraîneur valmontois, Patrice "
        "Lemarchand, en conférence de presse.\n\n"
        "Le Danois, 27 ans, a lui aussi reconnu un début de match difficile. «\u00a0Quand on "
        "entre à 0-1, on n'a rien à perdre. J'ai juste essayé d'attaquer la profondeur\u00a0», "
        "a-t-il expliqué au micro de Canal Stade.\n\n"
        "Côté lavallois, l'entraîneur Didier Fauconnet a estimé que son équipe avait «\u00a0payé "
        "cher\u00a0» deux erreurs de concentration.",
        [
            (
                D,
                [
                    "On a manqué de tout en première période. À la mi-temps, j'ai demandé aux "
                    "joueurs de se regarder dans les yeux"
                ],
                "Patrice Lemarchand",
            ),
            (
                D,
                [
                    "Quand on entre à 0-1, on n'a rien à perdre. J'ai juste essayé d'attaquer la "
                    "profondeur"
                ],
                "Mikkel Thorsager",
            ),
            (P, ["payé cher"], "Didier Fauconnet"),
        ],
    ),
    (  # 2 rugby signing: "a officialisé l'arrivée" (noun object, not annotated), two-sentence
        # direct + "s'est félicité le président du club, Name", "Le joueur de 24 ans a confié
        # avoir …" (age, infinitive clause), direct + "a ajouté l'Argentin" (nationality)
        "L'Union sportive de Montcalm a officialisé mardi l'arrivée du demi d'ouverture argentin "
        "Tomás Echeverría Ruiz, 24 ans, en provenance du club de Mendoza Los Andes. Le joueur a "
        "signé un contrat de trois saisons, assorti d'une année optionnelle.\n\n"
        "«\u00a0Tomás a le jeu au pied et la vision qui nous manquaient. Il peut devenir l'un des "
        "meilleurs ouvreurs du championnat\u00a0», s'est félicité le président du club, Gérard "
        "Castaing.\n\n"
        "Le joueur de 24 ans a confié avoir longtemps hésité avec une offre venue d'Angleterre. "
        "«\u00a0Mais quand le manager m'a appelé, j'ai senti qu'on me voulait vraiment "
        "ici\u00a0», a ajouté l'Argentin, qui pourrait disputer son premier match dès le 14 "
        "décembre.",
        [
            (
                D,
                [
                    "Tomás a le jeu au pied et la vision qui nous manquaient. Il peut devenir l'un "
                    "des meilleurs ouvreurs du championnat"
                ],
                "Gérard Castaing",
            ),
            (
                I,
                ["avoir longtemps hésité avec une offre venue d'Angleterre"],
                "Tomás Echeverría Ruiz",
            ),
            (
                D,
                ["Mais quand le manager m'a appelé, j'ai senti qu'on me voulait vraiment ici"],
                "Tomás Echeverría Ruiz",
            ),
        ],
    ),
    (  # 3 cyclist injured in a training camp: "l'équipe Name a précisé que" (the team as an
        # organisation, generic noun dropped), direct + "assure le médecin de la formation,
        # Name" (present tense), "Surname s'est voulu rassurant … : « … »" (direct after a
        # colon, exclamation mark kept)
        "Victime d'une lourde chute lors d'un stage d'entraînement près d'Alicante, le grimpeur "
        "de l'équipe Horizon-Ventoux Bastien Morvan souffre d'une fracture de la clavicule "
        "gauche. Le Savoyard de 29 ans a été opéré mercredi à Valence.\n\n"
        "Dans un communiqué, l'équipe Horizon-Ventoux a précisé que son coureur pourrait "
        "reprendre l'entraînement sur home-trainer d'ici trois semaines. «\u00a0Son objectif du "
        "printemps, Paris-Nice, n'est pas remis en cause\u00a0», assure le médecin de la "
        "formation, Laurent Guibert.\n\n"
        "Morvan s'est voulu rassurant sur les réseaux sociaux\u00a0: «\u00a0Plus de peur que de "
        "mal. La clavicule, c'est le métier qui rentre\u00a0!\u00a0»\n\n"
        "Le coureur avait pris la 11e place du dernier Tour de France.",
        [
            (
                I,
                [
                    "son coureur pourrait reprendre l'entraînement sur home-trainer d'ici trois "
                    "semaines"
                ],
                "Horizon-Ventoux",
            ),
            (
                D,
                ["Son objectif du printemps, Paris-Nice, n'est pas remis en cause"],
                "Laurent Guibert",
            ),
            (
                D,
                ["Plus de peur que de mal. La clavicule, c'est le métier qui rentre\u00a0!"],
                "Bastien Morvan",
            ),
        ],
    ),
    (  # 4 handball squad announcement: "a dévoilé la liste" (noun object, not annotated),
        # direct + "a reconnu le technicien, qui a dit avoir …" (role referring back; the
        # relative clause is an indirect quote), partial inside "Son club a … fait savoir qu'il"
        # (the club as an organisation, only the partial)
        "Le sélectionneur de l'équipe de France féminine de handball, Sébastien Carrère, a "
        "dévoilé jeudi la liste des 18 joueuses retenues pour le championnat d'Europe, qui "
        "débute le 12 décembre à Innsbruck. Principale surprise\u00a0: l'absence de la gardienne "
        "de Val-de-Loire Handball, Clarisse Ndiaye.\n\n"
        "«\u00a0C'est le choix le plus dur que j'ai eu à faire depuis que je suis en "
        "poste\u00a0», a reconnu le technicien, qui a dit avoir appelé la joueuse mercredi soir "
        "pour l'en informer.\n\n"
        "La gardienne de 31 ans n'a pas souhaité s'exprimer. Son club a en revanche fait savoir "
        "qu'il «\u00a0respectait sans la comprendre\u00a0» la décision du sélectionneur.",
        [
            (
                D,
                ["C'est le choix le plus dur que j'ai eu à faire depuis que je suis en poste"],
                "Sébastien Carrère",
            ),
            (
                I,
                ["avoir appelé la joueuse mercredi soir pour l'en informer"],
                "Sébastien Carrère",
            ),
            (P, ["respectait sans la comprendre"], "Val-de-Loire Handball"),
        ],
    ),
    (  # 5 tennis player retires: "Name a annoncé … qu'il" (indirect), a quote continued over
        # two paragraphs (one span each, first one's period kept) + "a écrit le Lyonnais"
        # (epithet), partial after "a salué" by "Son entraîneur de toujours, Name"
        "Hugo Berthier a annoncé mardi qu'il mettrait un terme à sa carrière à l'issue de l'Open "
        "de Montpellier, en février. Le joueur de 34 ans, ancien 12e mondial, était gêné depuis "
        "deux saisons par des douleurs chroniques au dos.\n\n"
        "«\u00a0J'ai longtemps repoussé ce moment. Mon corps m'envoyait des messages que je "
        "refusais d'entendre.\n\n"
        "«\u00a0Aujourd'hui, je veux partir debout, devant mon public\u00a0», a écrit le "
        "Lyonnais dans un message publié sur ses réseaux sociaux.\n\n"
        "Son entraîneur de toujours, Michel Aznavourian, a salué «\u00a0un compétiteur hors "
        "norme, qui n'a jamais triché avec son sport\u00a0». Berthier compte 14 sélections en "
        "Coupe Davis.",
        [
            (
                I,
                [
                    "il mettrait un terme à sa carrière à l'issue de l'Open de Montpellier, en "
                    "février"
                ],
                "Hugo Berthier",
            ),
            (
                D,
                [
                    "J'ai longtemps repoussé ce moment. Mon corps m'envoyait des messages que je "
                    "refusais d'entendre.",
                    "Aujourd'hui, je veux partir debout, devant mon public",
                ],
                "Hugo Berthier",
            ),
            (
                P,
                ["un compétiteur hors norme, qui n'a jamais triché avec son sport"],
                "Michel Aznavourian",
            ),
        ],
    ),
    (  # 6 marathon: direct + "a assuré le vainqueur, âgé de 23 ans," (role referring back to
        # "Le Kényan Name"), partial inside "Le Brestois a expliqué avoir" (epithet, only the
        # partial), "Selon les organisateurs," (unnamed plural, rest of the sentence)
        "Le Kényan Joseph Kipkemoi Rotich a remporté dimanche le marathon de La Rochelle en "
        "2 h 05 min 41 s, nouveau record de l'épreuve. Chez les femmes, l'Éthiopienne Almaz "
        "Tesfaye s'est imposée en 2 h 21 min 08 s.\n\n"
        "«\u00a0Le vent m'a gêné dans les dix derniers kilomètres, sinon j'aurais pu courir "
        "encore plus vite\u00a0», a assuré le vainqueur, âgé de 23 ans, qui ne disputait que son "
        "deuxième marathon.\n\n"
        "Le premier Français, Romain Le Bihan, a pris la 9e place. Le Brestois a expliqué avoir "
        "«\u00a0explosé\u00a0» au 35e kilomètre, victime de crampes.\n\n"
        "Selon les organisateurs, 14\u00a0200 coureurs ont franchi la ligne d'arrivée, un record "
        "de participation.",
        [
            (
                D,
                [
                    "Le vent m'a gêné dans les dix derniers kilomètres, sinon j'aurais pu courir "
                    "encore plus vite"
                ],
                "Joseph Kipkemoi Rotich",
            ),
            (P, ["explosé"], "Romain Le Bihan"),
            (
                I,
                ["14\u00a0200 coureurs ont franchi la ligne d'arrivée, un record de participation"],
                "organisateurs",
            ),
        ],
    ),
    (  # 7 skier's knee injury: "Le médecin de l'équipe de France, Name, a confirmé … que la
        # Savoyarde" (indirect), two-sentence direct + "a raconté la skieuse" (role referring
        # back to "La descendeuse de 26 ans"), "Pour l'entraîneur des descendeuses, Name, « … »"
        # (direct)
        "Manon Berthod-Gaillard a vu sa saison s'arrêter brutalement samedi à Val-d'Isère. La "
        "descendeuse de 26 ans a lourdement chuté à la réception d'un saut, à près de 110 km/h, "
        "avant d'être évacuée par hélicoptère.\n\n"
        "Le médecin de l'équipe de France, Hervé Lachenal, a confirmé dimanche que la Savoyarde "
        "souffrait d'une rupture du ligament croisé antérieur du genou droit. Elle sera opérée "
        "mardi à Lyon.\n\n"
        "«\u00a0J'ai senti le genou partir tout de suite. Je savais que c'était fini pour cet "
        "hiver\u00a0», a raconté la skieuse, la voix nouée, dans une vidéo diffusée par la "
        "fédération.\n\n"
        "Pour l'entraîneur des descendeuses, Fabien Rosset, «\u00a0c'est un coup dur pour tout le "
        "groupe, mais Manon reviendra plus forte\u00a0». La course a été remportée par "
        "l'Autrichienne Lena Hofstätter.",
        [
            (
                I,
                [
                    "la Savoyarde souffrait d'une rupture du ligament croisé antérieur du genou "
                    "droit"
                ],
                "Hervé Lachenal",
            ),
            (
                D,
                [
                    "J'ai senti le genou partir tout de suite. Je savais que c'était fini pour cet "
                    "hiver"
                ],
                "Manon Berthod-Gaillard",
            ),
            (
                D,
                ["c'est un coup dur pour tout le groupe, mais Manon reviendra plus forte"],
                "Fabien Rosset",
            ),
        ],
    ),
    (  # 8 transfer rumour: "a démenti … tout accord" (noun object, not annotated), "Selon le
        # quotidien Name," (rest of the sentence, generic noun dropped), two-sentence direct +
        # "a tranché M.\u00a0Surname", direct + "a-t-il déclaré" (pronoun for "L'agent du
        # joueur, Name")
        "Le président du Racing Club de Montbrison, Jean-Marc Delattre, a démenti mercredi tout "
        "accord pour le transfert de son milieu de terrain Ibrahim Sangaré vers l'Angleterre. "
        "Selon le quotidien Ouest-Sports, le club de Premier League de Hartley United aurait "
        "proposé 18 millions d'euros pour le Malien de 22 ans.\n\n"
        "«\u00a0Je lis beaucoup de choses. Ibrahim est sous contrat jusqu'en 2029 et personne ne "
        "nous a appelés\u00a0», a tranché M.\u00a0Delattre en marge de l'assemblée générale du "
        "club.\n\n"
        "L'agent du joueur, Karim Benhadja, s'est montré moins catégorique. «\u00a0Il y a des "
        "discussions, comme chaque hiver. Ibrahim veut jouer la Ligue des champions, ce n'est un "
        "secret pour personne\u00a0», a-t-il déclaré à la radio Sud Antenne.\n\n"
        "Le milieu malien n'a pas souhaité s'exprimer.",
        [
            (
                I,
                [
                    "le club de Premier League de Hartley United aurait proposé 18 millions "
                    "d'euros pour le Malien de 22 ans"
                ],
                "Ouest-Sports",
            ),
            (
                D,
                [
                    "Je lis beaucoup de choses. Ibrahim est sous contrat jusqu'en 2029 et personne "
                    "ne nous a appelés"
                ],
                "Jean-Marc Delattre",
            ),
            (
                D,
                [
                    "Il y a des discussions, comme chaque hiver. Ibrahim veut jouer la Ligue des "
                    "champions, ce n'est un secret pour personne"
                ],
                "Karim Benhadja",
            ),
        ],
    ),
    (  # 9 rugby test lost: a quote split by "a regretté le capitaine, le talonneur Name," (one
        # quote two spans, final period kept), "a refusé d'accabler l'arbitre" (not speech),
        # partial inside "Il a estimé que ses joueurs avaient" (pronoun for "Le sélectionneur,
        # Name"), partial after "a salué" by "le demi de mêlée Name"
        "Le XV de France a concédé samedi sa première défaite de la tournée d'automne, battu "
        "24-27 par l'Afrique du Sud au Stade de France sur un essai en coin inscrit à la "
        "dernière minute.\n\n"
        "«\u00a0On les tenait, a regretté le capitaine, le talonneur Maxime Darrigrand, et on les "
        "a laissés revenir sur une seule action.\u00a0»\n\n"
        "Le sélectionneur, Olivier Larrouy, a refusé d'accabler l'arbitre malgré un en-avant "
        "litigieux avant l'essai décisif. Il a estimé que ses joueurs avaient «\u00a0rivalisé "
        "avec les champions du monde pendant 79 minutes\u00a0».\n\n"
        "Côté sud-africain, le demi de mêlée Sipho Mahlangu, élu homme du match, a salué "
        "«\u00a0une ambiance incroyable\u00a0». Les Springboks affronteront l'Écosse samedi "
        "prochain.",
        [
            (
                D,
                ["On les tenait", "et on les a laissés revenir sur une seule action."],
                "Maxime Darrigrand",
            ),
            (
                P,
                ["rivalisé avec les champions du monde pendant 79 minutes"],
                "Olivier Larrouy",
            ),
            (P, ["une ambiance incroyable"], "Sipho Mahlangu"),
        ],
    ),
    (  # 10 coach sacked: "a annoncé le limogeage" (noun object, not annotated), partial inside
        # "le club a estimé que" (the club as an organisation, only the partial), an unclosed
        # quotation mark ended by "a lâché l'ancien défenseur de 47 ans," (age), direct +
        # "soupirait un abonné" (unnamed)
        "L'AS Pontarlier a annoncé lundi le limogeage de son entraîneur, Frédéric Vassal, au "
        "lendemain d'une sixième défaite consécutive en Ligue 2. L'intérim sera assuré par "
        "l'adjoint, Cédric Mangin, jusqu'à la trêve.\n\n"
        "Dans un communiqué, le club a estimé que «\u00a0les résultats ne correspondaient plus "
        "aux ambitions affichées en début de saison\u00a0».\n\n"
        "«\u00a0On m'avait promis du temps, on m'a donné trois mois, a lâché l'ancien défenseur "
        "de 47 ans, joint par téléphone. Vassal avait été nommé en juin, après la descente du "
        "club.\n\n"
        "«\u00a0Il fallait faire quelque chose, on va droit en National\u00a0», soupirait un "
        "abonné devant la boutique du club.",
        [
            (
                P,
                [
                    "les résultats ne correspondaient plus aux ambitions affichées en début de saison"
                ],
                "AS Pontarlier",
            ),
            (D, ["On m'avait promis du temps, on m'a donné trois mois"], "Frédéric Vassal"),
            (D, ["Il fallait faire quelque chose, on va droit en National"], "abonné"),
        ],
    ),
    (  # 11 cycling transfer: "Le manager de Name, Name, a assuré que" (indirect with an
        # incise inside the clause), two-sentence direct + "a résumé Surname", "D'après le site
        # spécialisé Name," (rest of the sentence, generic noun dropped)
        "L'équipe cycliste Azur-Pyrénées a enregistré jeudi la signature du sprinteur belge Jens "
        "Vercauteren, 28 ans, pour deux saisons. Le Flamand, vainqueur de trois étapes sur le "
        "dernier Tour d'Espagne, quitte la formation néerlandaise Oranje-Delta après six ans.\n\n"
        "Le manager d'Azur-Pyrénées, Christophe Ducasse, a assuré que le budget de l'équipe, en "
        "hausse de 20\u00a0%, permettrait aussi de recruter deux poissons-pilotes pour "
        "l'épauler.\n\n"
        "«\u00a0Je voulais un projet construit autour de moi. Ici, on me promet un vrai train "
        "pour les sprints\u00a0», a résumé Vercauteren lors de sa présentation à Pau.\n\n"
        "D'après le site spécialisé Peloton Info, son salaire annuel dépasserait 1,2 million "
        "d'euros.",
        [
            (
                I,
                [
                    "le budget de l'équipe, en hausse de 20\u00a0%, permettrait aussi de recruter "
                    "deux poissons-pilotes pour l'épauler"
                ],
                "Christophe Ducasse",
            ),
            (
                D,
                [
                    "Je voulais un projet construit autour de moi. Ici, on me promet un vrai train "
                    "pour les sprints"
                ],
                "Jens Vercauteren",
            ),
            (I, ["son salaire annuel dépasserait 1,2 million d'euros"], "Peloton Info"),
        ],
    ),
    (  # 12 pre-derby press conference in dialogue dashes: "Selon son entraîneur, Name, le
        # portier … « … »" (quoted words inside the "selon" clause, only the partial), a dash
        # line attributed by the sentence before it ("Il a répondu sans détour :", pronoun for
        # "Le technicien de 52 ans"), a second dash line introduced by "Puis, à propos du
        # derby :" (same speaker)
        "À deux jours du derby face à l'US Camargue, c'est le jeune Malik Traoré qui devrait "
        "garder les buts du Sporting Club d'Alès. Selon son entraîneur, Rachid Benali, le "
        "portier de 19 ans «\u00a0a les épaules\u00a0» pour ce genre de rendez-vous. Le "
        "technicien de 52 ans a longuement été interrogé vendredi sur le cas du titulaire "
        "habituel, Lucas Ferrand, écarté du groupe depuis une semaine pour des raisons "
        "disciplinaires. Il a répondu sans détour\u00a0:\n\n"
        "— Rien n'est définitif dans le football. Lucas connaît mes exigences, il sait ce qu'il "
        "doit faire.\n\n"
        "Puis, à propos du derby\u00a0:\n\n"
        "— On sait ce que ce match représente pour la ville. Mais on ne le jouera pas avec le "
        "cœur, on le jouera avec la tête.",
        [
            (P, ["a les épaules"], "Rachid Benali"),
            (
                D,
                [
                    "Rien n'est définitif dans le football. Lucas connaît mes exigences, il sait ce "
                    "qu'il doit faire."
                ],
                "Rachid Benali",
            ),
            (
                D,
                [
                    "On sait ce que ce match représente pour la ville. Mais on ne le jouera pas "
                    "avec le cœur, on le jouera avec la tête."
                ],
                "Rachid Benali",
            ),
        ],
    ),
    (  # 13 slalom World Cup: two-sentence direct + "a souri le skieur de 21 ans" (age,
        # referring back to "Le jeune Norvégien Name"), partial inside "Le Haut-Savoyard a
        # confié … qu'il avait" (epithet, only the partial), direct + "s'est félicité le
        # directeur des équipes de France, Name,"
        "Le jeune Norvégien Sondre Haugland a remporté dimanche à Levi, en Finlande, le premier "
        "slalom de Coupe du monde de sa carrière, devant l'Autrichien Lukas Brandstätter et le "
        "Français Théo Mercier-Lacombe.\n\n"
        "«\u00a0Je ne réalise pas. Il y a deux ans, je regardais ces gars à la "
        "télévision\u00a0», a souri le skieur de 21 ans dans l'aire d'arrivée.\n\n"
        "Troisième, Mercier-Lacombe signe son premier podium depuis sa blessure au dos l'hiver "
        "dernier. Le Haut-Savoyard a confié au micro d'Alpes Télévision qu'il avait "
        "«\u00a0beaucoup douté\u00a0» pendant sa rééducation.\n\n"
        "«\u00a0Théo revient à son meilleur niveau au bon moment\u00a0», s'est félicité le "
        "directeur des équipes de France, Patrick Gaudin, avant les deux slaloms de "
        "Val-d'Isère.",
        [
            (
                D,
                ["Je ne réalise pas. Il y a deux ans, je regardais ces gars à la télévision"],
                "Sondre Haugland",
            ),
            (P, ["beaucoup douté"], "Théo Mercier-Lacombe"),
            (D, ["Théo revient à son meilleur niveau au bon moment"], "Patrick Gaudin"),
        ],
    ),
    (  # 14 no quote: rugby disciplinary hearing, "avait présenté ses excuses à son
        # adversaire" (noun object, not annotated), the committee's sanction (not speech)
        "La commission de discipline de la ligue a suspendu mardi pour quatre semaines le "
        "troisième-ligne de l'US Montcalm Baptiste Irigoyen, exclu samedi pour un plaquage à "
        "hauteur de la tête sur l'ailier fidjien de l'Aviron côtier, Semi Naivalu.\n\n"
        "Le joueur de 27 ans, qui avait présenté ses excuses à son adversaire dès la fin du "
        "match, manquera les deux rencontres de Coupe d'Europe de décembre. Son club dispose de "
        "sept jours pour faire appel.\n\n"
        "Naivalu, touché à la mâchoire, a passé la nuit en observation à l'hôpital de Toulon. "
        "L'ailier a repris la course lundi et pourrait être aligné dès le week-end prochain.",
        [],
    ),
    (  # 15 handball Champions League draw: two-sentence direct + "a plaisanté le Norvégien"
        # (nationality, referring back to "son arrière droit norvégien, Name"), partial inside
        # the intention phrase "a fait part de sa volonté de" (only the partial), "Selon le
        # club," (the club as an organisation, rest of the sentence)
        "Loire Océan Handball a arraché mercredi le match nul (31-31) face aux Hongrois du "
        "Balaton KC, en Ligue des champions, grâce à un jet de 7 mètres de son arrière droit "
        "norvégien, Eirik Solbakken, à deux secondes de la fin.\n\n"
        "«\u00a0D'habitude, je ne tremble jamais. Là, j'avoue que mes jambes étaient un peu "
        "lourdes\u00a0», a plaisanté le Norvégien, auteur de neuf buts.\n\n"
        "L'entraîneur nantais, Stéphane Le Guen, a fait part de sa volonté de «\u00a0faire "
        "tourner davantage\u00a0» son effectif lors des prochaines rencontres de championnat. "
        "Son demi-centre, Yanis Brahimi, est sorti sur blessure en seconde période.\n\n"
        "Selon le club, l'entorse de la cheville de Brahimi devrait l'éloigner des terrains "
        "pendant trois semaines.",
        [
            (
                D,
                [
                    "D'habitude, je ne tremble jamais. Là, j'avoue que mes jambes étaient un peu lourdes"
                ],
                "Eirik Solbakken",
            ),
            (P, ["faire tourner davantage"], "Stéphane Le Guen"),
            (
                I,
                [
                    "l'entorse de la cheville de Brahimi devrait l'éloigner des terrains pendant "
                    "trois semaines"
                ],
                "Loire Océan Handball",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 football match report: '"A," United manager Name said. "B."' (two direct quotes,
        # the second one's period kept), "The Argentine said he was" (nationality, referring
        # back to "the Argentine forward Name"; no "that")
        "Wexford United climbed to third in the table with a 3-1 win over Harlow Rovers on "
        "Saturday, the Argentine forward Matías Quiroga scoring twice before half-time.\n\n"
        '"We pressed them high and they couldn\'t cope," United manager Neil Ashworth said. '
        '"Matías was outstanding, but this was a team performance."\n\n'
        "Quiroga, 25, joined from the Rosario side Atlético Paraná for a club-record £32 "
        "million in the summer and now has nine league goals. The Argentine said he was finally "
        "feeling at home in England.\n\n"
        "Harlow's manager, Declan Fry, did not attend the post-match press conference.",
        [
            (D, ["We pressed them high and they couldn't cope"], "Neil Ashworth"),
            (
                D,
                ["Matías was outstanding, but this was a team performance."],
                "Neil Ashworth",
            ),
            (I, ["he was finally feeling at home in England"], "Matías Quiroga"),
        ],
    ),
    (  # 2 rugby signing: direct + "Surname said in a statement released by the club"
        # (referring back to "the Wales fly-half Name" and "The 31-year-old"), partial after
        # "described the fly-half as" by "Saints' director of rugby, Name"
        "Northgate Saints have signed the Wales fly-half Rhys Pritchard on a two-year deal from "
        "next season. The 31-year-old, capped 58 times, will leave Cardiff Corsairs when his "
        "contract expires in June.\n\n"
        '"I have unfinished business in England, and Northgate gave me the clearest picture of '
        'where they want to go," Pritchard said in a statement released by the club.\n\n'
        "Saints' director of rugby, Alan Whitlock, described the fly-half as \"the best game "
        'manager in the northern hemisphere". Northgate sit fourth in the Premiership after '
        "nine rounds.",
        [
            (
                D,
                [
                    "I have unfinished business in England, and Northgate gave me the clearest "
                    "picture of where they want to go"
                ],
                "Rhys Pritchard",
            ),
            (
                P,
                ["the best game manager in the northern hemisphere"],
                "Alan Whitlock",
            ),
        ],
    ),
    (  # 3 tennis withdrawal, curly quotes: a quote split by "the 23-year-old Canadian said in
        # a video …," (age and nationality; one quote, two spans, final period kept), "Her
        # coach, Name, told the Toronto Courier that" (indirect), partial inside "said
        # organisers were" (only the partial)
        "Olivia Marchetti has pulled out of next month's Auckland Classic with a wrist injury, "
        "putting her participation in the Australian Open in doubt.\n\n"
        "“It's frustrating, because I felt the best I've felt in years,” the 23-year-old "
        "Canadian said in a video posted on social media, “but my team and I have decided not "
        "to take any risks.”\n\n"
        "Her coach, Benoît Lavallée, told the Toronto Courier that scans had revealed "
        "inflammation of a tendon. The tournament director, Grant Hollis, said organisers were "
        "“disappointed but understanding”.",
        [
            (
                D,
                [
                    "It's frustrating, because I felt the best I've felt in years",
                    "but my team and I have decided not to take any risks.",
                ],
                "Olivia Marchetti",
            ),
            (I, ["scans had revealed inflammation of a tendon"], "Benoît Lavallée"),
            (P, ["disappointed but understanding"], "Grant Hollis"),
        ],
    ),
    (  # 4 cycling team folds: "A spokeswoman for Name said the team had "…"" (unnamed
        # spokesperson speaks for the team, only the partial), two-sentence direct + "he
        # said" (pronoun for "The team's general manager, Name"), "is understood to be"
        # (not speech)
        "The Irish cycling team Harbour-Velo will fold at the end of the year after its title "
        "sponsor pulled out, leaving 27 riders and 40 staff looking for work.\n\n"
        'A spokeswoman for Harbour-Velo said the team had "exhausted every option" in its '
        "search for a new backer.\n\n"
        "The team's general manager, Fergal Donnelly, was more emotional. \"We built this from "
        "nothing, in a garage in Cork, fifteen years ago. Telling the riders was the hardest "
        'day of my career," he said.\n\n'
        "The team's leader, the Dane Kasper Holmgaard, is understood to be close to joining a "
        "rival squad.",
        [
            (P, ["exhausted every option"], "Harbour-Velo"),
            (
                D,
                [
                    "We built this from nothing, in a garage in Cork, fifteen years ago. Telling "
                    "the riders was the hardest day of my career"
                ],
                "Fergal Donnelly",
            ),
        ],
    ),
    (  # 5 sprinter banned: "In its decision, the panel said the 28-year-old had" (generic
        # noun for the named body; no "that"), "has always denied wrongdoing" (noun object),
        # "His lawyer, Name, said: "…"" (direct after a colon, final period kept), "According
        # to the panel," (rest of the sentence)
        "The Athletics Integrity Panel on Thursday banned the Jamaican sprinter Andre Whitfield "
        "for four years after he tested positive for a prohibited steroid at a meeting in "
        "Zurich in June.\n\n"
        "In its decision, the panel said the 28-year-old had failed to explain how the "
        "substance had entered his system. Whitfield, the world 100m silver medallist in 2025, "
        "has always denied wrongdoing.\n\n"
        'His lawyer, Camille Okafor, said: "We will take this to the Court of Arbitration for '
        'Sport. Andre has never knowingly taken anything."\n\n'
        "According to the panel, all of Whitfield's results since June will be annulled, "
        "including his victory at the Continental Tour final in Brussels.",
        [
            (
                I,
                ["the 28-year-old had failed to explain how the substance had entered his system"],
                "Athletics Integrity Panel",
            ),
            (
                D,
                [
                    "We will take this to the Court of Arbitration for Sport. Andre has never "
                    "knowingly taken anything."
                ],
                "Camille Okafor",
            ),
            (
                I,
                [
                    "all of Whitfield's results since June will be annulled, including his "
                    "victory at the Continental Tour final in Brussels"
                ],
                "Athletics Integrity Panel",
            ),
        ],
    ),
    (  # 6 downhill win, curly quotes: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "the 30-year-old American said" (age and nationality),
        # partial inside "Bachmann, who …, said she had made" (only the partial)
        "Madison Keller won her first World Cup downhill in four years at Beaver Creek on "
        "Saturday, beating Switzerland's Noemi Bachmann by 0.18 seconds.\n\n"
        "“I honestly thought this day wasn't going to come again. After the crash in Cortina, "
        "there were mornings I couldn't walk down the stairs.\n\n"
        "“So yeah, this one means a lot,” the 30-year-old American said, wiping away tears in "
        "the finish area.\n\n"
        "Bachmann, who leads the overall standings, said she had made “one small mistake too "
        "many” on the lower section of the course.",
        [
            (
                D,
                [
                    "I honestly thought this day wasn't going to come again. After the crash in "
                    "Cortina, there were mornings I couldn't walk down the stairs.",
                    "So yeah, this one means a lot",
                ],
                "Madison Keller",
            ),
            (P, ["one small mistake too many"], "Noemi Bachmann"),
        ],
    ),
    (  # 7 manager sacked: '"A," the club said in a statement. "B."' (the club as an
        # organisation, two direct quotes, the second one's period kept), "The Scot, 44," (not
        # speech), "Chairman Name told Radio Midlands he hoped" (indirect, no "that")
        "Ashby Athletic have sacked their manager, Craig McLeish, after a run of one win in 12 "
        "Championship matches.\n\n"
        '"The board would like to thank Craig for his hard work and commitment," the club said '
        'in a statement. "However, results have fallen well short of expectations."\n\n'
        "The Scot, 44, was appointed in May on a three-year contract. Fans had chanted for his "
        "dismissal during Saturday's 3-0 home defeat by Carlow Town.\n\n"
        "Chairman Victor Okonedo told Radio Midlands he hoped to have a new manager in place "
        "before the January transfer window opens.",
        [
            (
                D,
                ["The board would like to thank Craig for his hard work and commitment"],
                "Ashby Athletic",
            ),
            (
                D,
                ["However, results have fallen well short of expectations."],
                "Ashby Athletic",
            ),
            (
                I,
                [
                    "he hoped to have a new manager in place before the January transfer window "
                    "opens"
                ],
                "Victor Okonedo",
            ),
        ],
    ),
    (  # 8 rugby test, curly quotes: "“A,” said the Scotland captain, flanker Name. “B.”" (two
        # direct quotes, speaker after the verb), "Australia coach Name said his side had"
        # (indirect, no "that")
        "Scotland ended their autumn series with a 30-22 win over Australia at Murrayfield on "
        "Saturday, their first victory over the Wallabies in three years.\n\n"
        "“The lads showed real character after the break,” said the Scotland captain, flanker "
        "Euan MacRitchie. “We were poor in the first half and we knew it.”\n\n"
        "Australia coach Brent Hollaway said his side had conceded too many penalties to win a "
        "Test match in Edinburgh. MacRitchie, 26, was named player of the match, and Scotland "
        "will climb to fifth in the world rankings on Monday.",
        [
            (D, ["The lads showed real character after the break"], "Euan MacRitchie"),
            (D, ["We were poor in the first half and we knew it."], "Euan MacRitchie"),
            (
                I,
                ["his side had conceded too many penalties to win a Test match in Edinburgh"],
                "Brent Hollaway",
            ),
        ],
    ),
    (  # 9 tennis coaching split: two-sentence direct + "the world No 7 wrote on Instagram"
        # (ranking as an epithet), "Montero, 58, told the Madrid sports daily Name that"
        # (addressee, not a speaker), "is expected to" (not speech)
        "Poland's Tomasz Wieczorek has split from his long-time coach, the Spaniard Javier "
        "Montero, weeks before the start of the new season.\n\n"
        '"It was a mutual decision. Javier gave me everything, and I will always be grateful," '
        "the world No 7 wrote on Instagram on Tuesday.\n\n"
        "Montero, 58, told the Madrid sports daily Diario Raqueta that he planned to take a "
        "break from the tour to spend time with his family. The 27-year-old Pole is expected to "
        "announce a new coach before travelling to Australia.",
        [
            (
                D,
                [
                    "It was a mutual decision. Javier gave me everything, and I will always be "
                    "grateful"
                ],
                "Tomasz Wieczorek",
            ),
            (
                I,
                ["he planned to take a break from the tour to spend time with his family"],
                "Javier Montero",
            ),
        ],
    ),
    (  # 10 handball European Championship: two-sentence direct + "Norway coach Name told
        # reporters", "Surname, 34, who announced … that" (indirect in a relative clause), then
        # "said she was trying to "…"" (only the partial)
        "Norway began the defence of their European Championship title with a 34-21 win over "
        "Romania in Innsbruck on Thursday, goalkeeper Ingrid Solheim making 17 saves.\n\n"
        '"We were a bit nervous in the first ten minutes. After that, Ingrid closed the door," '
        "Norway coach Terje Haugen told reporters.\n\n"
        "Solheim, 34, who announced before the tournament that this would be her last "
        'championship, said she was trying to "enjoy every minute". Norway face Hungary on '
        "Saturday in their second group match, before meeting Spain on Monday.",
        [
            (
                D,
                [
                    "We were a bit nervous in the first ten minutes. After that, Ingrid closed the door"
                ],
                "Terje Haugen",
            ),
            (I, ["this would be her last championship"], "Ingrid Solheim"),
            (P, ["enjoy every minute"], "Ingrid Solheim"),
        ],
    ),
    (  # 11 transfer bid rejected: "…, according to a club source." (unnamed, the part
        # before), "refused to discuss the bid" (noun object) then two-sentence direct +
        # "Surname said", partial after "said the family would" by "Surname's father and agent,
        # Name" (only the partial)
        "Castlebridge City have rejected a £40m bid from Real Valdeiras for their Brazilian "
        "winger Caio Mendonça, according to a club source.\n\n"
        "The 19-year-old, who joined from the São Paulo side Paulistano Esporte in 2024, has "
        "scored seven goals this season.\n\n"
        "City manager Graham Tolley refused to discuss the bid at his pre-match press "
        "conference. \"Caio is our player and he's happy here. That's all I'm going to say,\" "
        "Tolley said.\n\n"
        "Mendonça's father and agent, Rogério Mendonça, said the family would \"listen to every "
        'proposal" in January.',
        [
            (
                I,
                [
                    "Castlebridge City have rejected a £40m bid from Real Valdeiras for their "
                    "Brazilian winger Caio Mendonça"
                ],
                "club source",
            ),
            (
                D,
                ["Caio is our player and he's happy here. That's all I'm going to say"],
                "Graham Tolley",
            ),
            (P, ["listen to every proposal"], "Rogério Mendonça"),
        ],
    ),
    (  # 12 world champion skips the classics, single curly quotes: "the world road race
        # champion, Name, revealed that" (indirect), two-sentence direct + "the Belgian said"
        # (nationality), partial after "called the decision" by "Her team manager at Name, Name"
        "At her team's media day in Calpe on Wednesday, the world road race champion, Lotte "
        "Verhaegen, revealed that she would not defend her Tour of Flanders title next "
        "spring.\n\n"
        "‘I've won Flanders twice. What I haven't won is a Grand Tour, and at 29 I don't have "
        "many chances left,’ the Belgian said.\n\n"
        "Her team manager at Kempen Cycling, Dirk Wouters, called the decision ‘brave and "
        "logical’. Verhaegen will instead build her season around the Giro in May, and the team "
        "will announce its full race programme in January.",
        [
            (
                I,
                ["she would not defend her Tour of Flanders title next spring"],
                "Lotte Verhaegen",
            ),
            (
                D,
                [
                    "I've won Flanders twice. What I haven't won is a Grand Tour, and at 29 I "
                    "don't have many chances left"
                ],
                "Lotte Verhaegen",
            ),
            (P, ["brave and logical"], "Dirk Wouters"),
        ],
    ),
    (  # 13 half-marathon world record: two-sentence direct + "said the Kenyan, who …"
        # (nationality, speaker after the verb), "Race director Name said the record … but
        # that" (one indirect), direct + "said a spectator" (unnamed)
        "Mercy Jepkorir Tanui broke the women's half-marathon world record in Lisbon on "
        "Sunday, clocking 1:02:18 to take 34 seconds off the previous mark.\n\n"
        '"I knew at 15 kilometres that the record was possible. My pacemakers did a fantastic '
        'job, and the crowd carried me to the line," said the Kenyan, who turned 24 on '
        "Friday.\n\n"
        "Race director Paulo Serrano said the record still had to be ratified but that the "
        "course had been measured twice in October.\n\n"
        "\"I've been coming here for twenty years and I've never heard noise like that,\" said "
        "a spectator near the finish line.",
        [
            (
                D,
                [
                    "I knew at 15 kilometres that the record was possible. My pacemakers did a "
                    "fantastic job, and the crowd carried me to the line"
                ],
                "Mercy Jepkorir Tanui",
            ),
            (
                I,
                [
                    "the record still had to be ratified but that the course had been measured "
                    "twice in October"
                ],
                "Paulo Serrano",
            ),
            (
                D,
                ["I've been coming here for twenty years and I've never heard noise like that"],
                "spectator",
            ),
        ],
    ),
    (  # 14 skier's funding row: "Name says he will" (present tense, no "that"), '"A," the
        # New Zealand slalom specialist told Radio Southern. "B."' (epithet, two direct
        # quotes, the second one's period kept), "defended its funding criteria" (noun
        # object), "The federation said its chief executive, Name, would" (generic noun for
        # the named federation)
        "Hamish Barclay says he will have to pay for his own World Cup season after his "
        "national federation, Snow Sports Aotearoa, cut his grant by two-thirds.\n\n"
        "\"I'm 26, I'm ranked 19th in the world, and I'm driving a rented van around Austria "
        'with my dad," the New Zealand slalom specialist told Radio Southern. "It\'s '
        'embarrassing."\n\n'
        "In a statement, Snow Sports Aotearoa defended its funding criteria. The federation "
        "said its chief executive, Moana Tipene, would meet Barclay in Innsbruck next week.",
        [
            (
                I,
                [
                    "he will have to pay for his own World Cup season after his national "
                    "federation, Snow Sports Aotearoa, cut his grant by two-thirds"
                ],
                "Hamish Barclay",
            ),
            (
                D,
                [
                    "I'm 26, I'm ranked 19th in the world, and I'm driving a rented van around "
                    "Austria with my dad"
                ],
                "Hamish Barclay",
            ),
            (D, ["It's embarrassing."], "Hamish Barclay"),
            (
                I,
                ["its chief executive, Moana Tipene, would meet Barclay in Innsbruck next week"],
                "Snow Sports Aotearoa",
            ),
        ],
    ),
    (  # 15 women's football squad: "named a 25-player squad" (noun object), two-sentence
        # direct + "Surname said", "Surname said the 32-year-old had" (age, referring to
        # "Captain Name"; no "that")
        "The Republic of Ireland women's coach, Siobhan Carty, named a 25-player squad on "
        "Friday for February's Nations League play-off against Portugal, with the uncapped "
        "Galway defender Aoife Brennan, 18, the only new face.\n\n"
        "\"Aoife has been the best centre-back in the league this season. Age doesn't come "
        'into it," Carty said.\n\n'
        "Captain Niamh Doherty is included despite missing the last two months with a "
        "hamstring injury. Carty said the 32-year-old had trained fully this week.\n\n"
        "The first leg will be played in Dublin on February 24.",
        [
            (
                D,
                [
                    "Aoife has been the best centre-back in the league this season. Age doesn't "
                    "come into it"
                ],
                "Siobhan Carty",
            ),
            (I, ["the 32-year-old had trained fully this week"], "Siobhan Carty"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout139.jsonl"),
        "heldout139",
        "h139",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
