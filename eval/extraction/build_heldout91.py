"""Source of the ninety-first held-out set: writes heldout91.jsonl (split "heldout91").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
sport news: football, rugby, cycling, tennis, athletics and handball match reports, press
conferences, transfers, injuries, federation decisions and doping cases, with coaches, players,
club presidents, referees, federation officials and fans quoted; nicknames, titles of works and
fundraiser names in quotation marks that are not quotes.
Measured once with 0.3.0, 0.28.0 and 0.29.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout91.py
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
    (  # 1 football match report: nickname « le Lynx » not speech, direct + "a estimé
        # l'entraîneur de X, Name" after, unattributed follow-up after a full stop (second
        # direct, same speaker), partial "a dénoncé un arbitrage « … »" by the other coach
        "Le FC Valmorin a enchaîné une quatrième victoire consécutive samedi soir en battant "
        "l'Olympique de Castelnau (3-1) au stade des Tanneries, devant 21\u00a0400 spectateurs. "
        "Son attaquant Moussa Traoré-Bakayoko, surnommé «\u00a0le Lynx\u00a0» par les supporters, "
        "a inscrit un doublé en première période.\n\n"
        "«\u00a0On a joué avec beaucoup d'intensité pendant quarante-cinq minutes, puis on a su "
        "souffrir\u00a0», a estimé l'entraîneur de Valmorin, Rachid Benchekroun, en conférence "
        "de presse. «\u00a0Je ne vais pas bouder mon plaisir. Ce groupe a faim.\u00a0»\n\n"
        "Castelnau avait pourtant réduit l'écart juste après la pause sur un penalty de Jonas "
        "Eklund. Mais l'exclusion de son défenseur central Théo Marchal, à la 61e minute, a tout "
        "changé. L'entraîneur castelnaudais, Paulo Ferreira-Lima, a dénoncé un arbitrage "
        "«\u00a0à sens unique\u00a0». Le club envisage de saisir la commission fédérale de "
        "l'arbitrage.\n\n"
        "Valmorin remonte à la troisième place du classement, à deux points du leader. Il "
        "recevra l'AS Montbrune dimanche prochain, avant un déplacement délicat à Port-Lavigne.",
        [
            (
                D,
                [
                    "On a joué avec beaucoup d'intensité pendant quarante-cinq minutes, puis on a "
                    "su souffrir"
                ],
                "Rachid Benchekroun",
            ),
            (D, ["Je ne vais pas bouder mon plaisir. Ce groupe a faim."], "Rachid Benchekroun"),
            (P, ["à sens unique"], "Paulo Ferreira-Lima"),
        ],
    ),
    (  # 2 transfer: "a assuré que" (indirect), "selon lesquelles" trap (not a source),
        # colon-introduced direct with final period by "Le dirigeant" (role alone)
        "L'AS Montbrune a officialisé mardi l'arrivée du milieu de terrain ghanéen Kwame "
        "Asante-Boateng, en provenance du club belge de Lierbeek, pour un montant estimé à 14 "
        "millions d'euros, bonus compris. Le joueur de 23 ans s'est engagé pour cinq saisons.\n\n"
        "Le président de Montbrune, Gérard Castaing-Ruiz, a assuré que l'opération ne mettait "
        "pas en danger les finances du club. Des informations selon lesquelles la direction "
        "nationale du contrôle de gestion aurait récemment réclamé des garanties circulent "
        "pourtant depuis plusieurs jours.\n\n"
        "Le dirigeant a résumé sa pensée\u00a0: «\u00a0On ne construit pas une équipe européenne "
        "avec des joueurs en fin de contrat.\u00a0»\n\n"
        "Formé au Ghana, Asante-Boateng avait disputé 41 matchs la saison dernière avec "
        "Lierbeek, pour six buts et neuf passes décisives. Il devrait être qualifié pour le "
        "déplacement à Lorval samedi.",
        [
            (
                I,
                ["l'opération ne mettait pas en danger les finances du club"],
                "Gérard Castaing-Ruiz",
            ),
            (
                D,
                ["On ne construit pas une équipe européenne avec des joueurs en fin de contrat."],
                "Gérard Castaing-Ruiz",
            ),
        ],
    ),
    (  # 3 cycling doping: agency with acronym "a annoncé que", partial inside reported
        # speech ("affirme n'avoir « jamais triché »"), "évoque une contamination" (noun object,
        # not annotated), incise "a-t-elle expliqué," splitting one quote (two spans)
        "L'Agence nationale antidopage (ANAD) a annoncé jeudi que le coureur polonais Dawid "
        "Sobczak, de l'équipe Velorex-Arvelle, avait été contrôlé positif à un diurétique lors "
        "de la dernière étape du Tour de l'Ardenne-Sud, en septembre. Le coureur de 27 ans est "
        "provisoirement suspendu.\n\n"
        "Dans un message publié sur les réseaux sociaux, Sobczak affirme n'avoir «\u00a0jamais "
        "triché\u00a0» et demande l'analyse de l'échantillon B.\n\n"
        "Son avocate, Claire Augendre-Mbaye, évoque une contamination alimentaire. «\u00a0Nous "
        "avons identifié un complément vendu en pharmacie dont l'étiquette ne mentionnait pas "
        "cette substance, a-t-elle expliqué, et nous le ferons analyser par un laboratoire "
        "indépendant.\u00a0»\n\n"
        "L'équipe Velorex-Arvelle a écarté le coureur de toute compétition en attendant la fin "
        "de la procédure. Sobczak risque jusqu'à quatre ans de suspension.",
        [
            (
                I,
                [
                    "le coureur polonais Dawid Sobczak, de l'équipe Velorex-Arvelle, avait été "
                    "contrôlé positif à un diurétique lors de la dernière étape du Tour de "
                    "l'Ardenne-Sud, en septembre"
                ],
                "Agence nationale antidopage",
            ),
            (P, ["jamais triché"], "Dawid Sobczak"),
            (
                D,
                [
                    "Nous avons identifié un complément vendu en pharmacie dont l'étiquette ne "
                    "mentionnait pas cette substance",
                    "et nous le ferons analyser par un laboratoire indépendant.",
                ],
                "Claire Augendre-Mbaye",
            ),
        ],
    ),
    (  # 4 rugby press conference: two dialogue-dash answers (no attribution on the line),
        # speaker from the narration (apposition "son manager, Name", then "il"); "n'a pas
        # souhaité s'exprimer" and "évoquent le nom" not annotated
        "Battue à domicile par le Racing Saint-Aubin (18-27), l'Union sportive de Belcastel "
        "reste scotchée à la dernière place du championnat après neuf journées. En conférence "
        "de presse, son manager, Peio Arrieta-Larralde, n'a pas cherché d'excuses.\n\n"
        "— On a été dominés en mêlée pendant quatre-vingts minutes. Quand tu perds ce "
        "secteur-là, tu ne gagnes pas un match de rugby.\n\n"
        "Interrogé sur son avenir, alors que plusieurs médias évoquent déjà le nom de son "
        "successeur, il a répondu sans détour\u00a0:\n\n"
        "— Je n'ai reçu aucun appel du président. Tant que j'ai la confiance des joueurs, je "
        "reste.\n\n"
        "Le président du club, Jean-Baptiste Sarrailh, n'a pas souhaité s'exprimer. Le "
        "capitaine, le troisième-ligne tongien Viliami Fonua-Latu, touché aux côtes, sera absent "
        "pour le déplacement à Lescarre samedi.",
        [
            (
                D,
                [
                    "On a été dominés en mêlée pendant quatre-vingts minutes. Quand tu perds ce "
                    "secteur-là, tu ne gagnes pas un match de rugby."
                ],
                "Peio Arrieta-Larralde",
            ),
            (
                D,
                [
                    "Je n'ai reçu aucun appel du président. Tant que j'ai la confiance des "
                    "joueurs, je reste."
                ],
                "Peio Arrieta-Larralde",
            ),
        ],
    ),
    (  # 5 tennis: colon-introduced quote over two paragraphs (one span per paragraph) by
        # "la Française de 22 ans", partial "a reconnu avoir « … »", nickname « la Fusée » not
        # speech, "Pour son entraîneur, Name, « … »"
        "Inès Bouazza s'est qualifiée dimanche pour la première finale de sa carrière sur le "
        "circuit principal en dominant l'Ukrainienne Yulia Morozenko en trois sets (6-4, 3-6, "
        "7-5), au terme de près de trois heures de jeu à l'Open de Valdières.\n\n"
        "Après la rencontre, la Française de 22 ans avait encore du mal à réaliser\u00a0: "
        "«\u00a0J'ai longtemps cru que je n'y arriverais pas. À 5-2 contre moi dans le troisième "
        "set, je me suis simplement dit qu'il fallait jouer chaque point comme le dernier.\n\n"
        "«\u00a0Toute la semaine, mon entraîneur m'a répété que j'avais le niveau. Aujourd'hui, "
        "je commence à le croire.\u00a0»\n\n"
        "Morozenko, tête de série numéro 3, a reconnu avoir «\u00a0manqué de lucidité\u00a0» "
        "dans les moments importants. Elle a commis onze doubles fautes.\n\n"
        "Surnommée «\u00a0la Fusée\u00a0» sur le circuit pour sa vitesse de déplacement, Bouazza "
        "affrontera lundi la Chinoise Lin Xiaoyu. Pour son entraîneur, Marc-Olivier Dufresne, "
        "«\u00a0elle a franchi un cap mental cette semaine\u00a0».",
        [
            (
                D,
                [
                    "J'ai longtemps cru que je n'y arriverais pas. À 5-2 contre moi dans le "
                    "troisième set, je me suis simplement dit qu'il fallait jouer chaque point "
                    "comme le dernier.",
                    "Toute la semaine, mon entraîneur m'a répété que j'avais le niveau. "
                    "Aujourd'hui, je commence à le croire.",
                ],
                "Inès Bouazza",
            ),
            (P, ["manqué de lucidité"], "Yulia Morozenko"),
            (D, ["elle a franchi un cap mental cette semaine"], "Marc-Olivier Dufresne"),
        ],
    ),
    (  # 6 marathon: "Selon le chronométrage officiel" (timing, not a speaker: not annotated),
        # direct + "a expliqué le vainqueur" (role), "a déclaré vouloir" (indirect),
        # partial "a évoqué un « … »" by the coach in apposition
        "Le Kényan Elias Kiptanui Rono a remporté dimanche le marathon de Lorvenne en "
        "2\u00a0h\u00a004\u00a0min\u00a012\u00a0s, nouveau record de l'épreuve. Selon le "
        "chronométrage officiel, il a couvert la seconde moitié du parcours en moins d'une heure "
        "et deux minutes.\n\n"
        "«\u00a0Le vent nous a gênés entre le 25e et le 30e kilomètre, mais j'avais prévu "
        "d'attaquer là, alors j'ai attaqué\u00a0», a expliqué le vainqueur, tout sourire, à "
        "l'arrivée.\n\n"
        "Chez les femmes, l'Éthiopienne Meseret Alemu s'est imposée en "
        "2\u00a0h\u00a021\u00a0min\u00a040\u00a0s. Elle a déclaré vouloir désormais se consacrer "
        "à la préparation des championnats du monde de l'été prochain. Son entraîneur, le "
        "Marocain Ahmed Ould Brahim, a évoqué un «\u00a0test grandeur nature\u00a0» parfaitement "
        "réussi.\n\n"
        "Plus de 31\u00a0000 coureurs avaient pris le départ, un record de participation. Le "
        "parcours, modifié cette année, évitait pour la première fois le centre historique.",
        [
            (
                D,
                [
                    "Le vent nous a gênés entre le 25e et le 30e kilomètre, mais j'avais prévu "
                    "d'attaquer là, alors j'ai attaqué"
                ],
                "Elias Kiptanui Rono",
            ),
            (
                I,
                [
                    "vouloir désormais se consacrer à la préparation des championnats du monde de "
                    "l'été prochain"
                ],
                "Meseret Alemu",
            ),
            (P, ["test grandeur nature"], "Ahmed Ould Brahim"),
        ],
    ),
    (  # 7 handball squad: two new players of the same kind introduced, "Le technicien a
        # expliqué que" (role alone → coach), colon-introduced directs by the first player
        # (named) and by "Le pivot" (role alone → the second player)
        "Le sélectionneur de l'équipe nationale de handball, Guillaume Marchetti, a dévoilé "
        "mercredi la liste des dix-huit joueurs retenus pour le championnat d'Europe de janvier. "
        "Deux nouveaux venus y figurent\u00a0: l'arrière gauche Kevin Nyembo, du HBC Rochemaure, "
        "et le pivot Lucas Haddad, de l'Entente Val-d'Orge.\n\n"
        "Le technicien a expliqué que les deux joueurs avaient été les plus réguliers à leur "
        "poste depuis le début de la saison. Grand absent de la liste, le demi-centre Yanis "
        "Belhadj, blessé à une cheville, pourrait être rappelé pour le tour principal.\n\n"
        "Joint par téléphone, Kevin Nyembo ne cachait pas sa joie\u00a0: «\u00a0J'ai appris la "
        "nouvelle en sortant de l'entraînement. J'ai appelé ma mère tout de suite.\u00a0»\n\n"
        "Le pivot, lui, a préféré rester prudent\u00a0: «\u00a0Être dans la liste, c'est bien. "
        "Jouer, c'est mieux.\u00a0» Les Bleus entameront leur préparation le 28 décembre à "
        "Vernonville.",
        [
            (
                I,
                [
                    "les deux joueurs avaient été les plus réguliers à leur poste depuis le début "
                    "de la saison"
                ],
                "Guillaume Marchetti",
            ),
            (
                D,
                [
                    "J'ai appris la nouvelle en sortant de l'entraînement. J'ai appelé ma mère "
                    "tout de suite."
                ],
                "Kevin Nyembo",
            ),
            (D, ["Être dans la liste, c'est bien. Jouer, c'est mieux."], "Lucas Haddad"),
        ],
    ),
    (  # 8 football injury: indirect with the cue after ("…, a annoncé le club", generic noun
        # → club name), direct + "a-t-il déclaré" after "le docteur Name" (title dropped)
        "Coup dur pour le Racing Club de Saint-Varent\u00a0: son défenseur brésilien Thiago "
        "Nascimento-Reis souffre d'une rupture du ligament croisé du genou droit et sera absent "
        "au moins six mois, a annoncé le club lundi dans un communiqué.\n\n"
        "Le joueur de 26 ans s'est blessé seul samedi, en retombant d'un duel aérien lors de la "
        "réception de Bréval. Il a dû quitter la pelouse sur une civière, sous les "
        "applaudissements du public.\n\n"
        "Le médecin du club, le docteur Karim Zeroual, se veut pourtant rassurant sur la suite. "
        "«\u00a0Le reste du genou est intact, ce qui est une bonne nouvelle pour la rééducation. "
        "Thiago a un mental hors norme\u00a0», a-t-il déclaré.\n\n"
        "L'opération aura lieu jeudi à Clermenville. Privé de trois titulaires, l'entraîneur "
        "Sylvain Koffi devra revoir sa défense pour le derby de dimanche.",
        [
            (
                I,
                [
                    "son défenseur brésilien Thiago Nascimento-Reis souffre d'une rupture du "
                    "ligament croisé du genou droit et sera absent au moins six mois"
                ],
                "Racing Club de Saint-Varent",
            ),
            (
                D,
                [
                    "Le reste du genou est intact, ce qui est une bonne nouvelle pour la "
                    "rééducation. Thiago a un mental hors norme"
                ],
                "Karim Zeroual",
            ),
        ],
    ),
    (  # 9 federation sanction: "la Ligue estime que" (organisation, indirect), fan group
        # named in apposition with a partial, direct ending with "\u00a0?" inside the marks
        # then ", a-t-il lancé"
        "La Ligue nationale de football (LNF) a condamné jeudi le Sporting de Carvaux à disputer "
        "trois matchs à huis clos, après les incidents qui avaient émaillé la réception de l'US "
        "Brévanne le 8 novembre. Des fumigènes avaient été lancés sur la pelouse et un arbitre "
        "assistant avait été touché à l'épaule.\n\n"
        "Dans sa décision, la Ligue estime que le club n'a pas pris les mesures de sécurité "
        "élémentaires malgré plusieurs avertissements adressés depuis le début de la saison.\n\n"
        "Le principal groupe de supporters, la Brigade Carvaux 1994, a dénoncé une "
        "«\u00a0punition collective\u00a0» infligée à des milliers d'abonnés qui n'y sont pour "
        "rien.\n\n"
        "Le président du Sporting, Alain Mbemba-Rousseau, ne décolère pas. «\u00a0Nous avons "
        "identifié les auteurs et ils sont interdits de stade à vie. Que faut-il faire de "
        "plus\u00a0?\u00a0», a-t-il lancé vendredi.",
        [
            (
                I,
                [
                    "le club n'a pas pris les mesures de sécurité élémentaires malgré plusieurs "
                    "avertissements adressés depuis le début de la saison"
                ],
                "Ligue nationale de football",
            ),
            (P, ["punition collective"], "Brigade Carvaux 1994"),
            (
                D,
                [
                    "Nous avons identifié les auteurs et ils sont interdits de stade à vie. Que "
                    "faut-il faire de plus\u00a0?"
                ],
                "Alain Mbemba-Rousseau",
            ),
        ],
    ),
    (  # 10 cycling stage: direct + "a confié le grimpeur de 24 ans" (role), two sports
        # directors of the same kind; partial by the first; incise "a reconnu le directeur
        # sportif de Norvane," splitting one quote (role alone → the second director)
        "Le Colombien Andrés Felipe Montoya a remporté en solitaire la quatorzième étape du Tour "
        "des Cévennes-Sud, samedi, au sommet du col de Peyrelade. Il s'empare du même coup du "
        "maillot de leader.\n\n"
        "«\u00a0J'ai attaqué à six kilomètres parce que je sentais que les autres souffraient. "
        "Après, il n'y avait plus que la douleur et le bruit du public\u00a0», a confié le "
        "grimpeur de 24 ans, les larmes aux yeux.\n\n"
        "Son directeur sportif chez Andalu-Tech, Iñaki Bengoetxea, a salué une victoire "
        "«\u00a0construite depuis le départ\u00a0» par toute l'équipe. Chez Norvane, le directeur "
        "sportif Sébastien Guerrier-Fall faisait grise mine après la défaillance de son leader, "
        "le Danois Mads Kjærgaard, lâché dès le pied de l'ascension.\n\n"
        "«\u00a0Mads n'avait pas de jambes aujourd'hui, a reconnu le directeur sportif de "
        "Norvane, et il ne faut pas chercher plus loin.\u00a0» Kjærgaard pointe désormais à plus "
        "de quatre minutes au classement général, à une semaine de l'arrivée.",
        [
            (
                D,
                [
                    "J'ai attaqué à six kilomètres parce que je sentais que les autres "
                    "souffraient. Après, il n'y avait plus que la douleur et le bruit du public"
                ],
                "Andrés Felipe Montoya",
            ),
            (P, ["construite depuis le départ"], "Iñaki Bengoetxea"),
            (
                D,
                [
                    "Mads n'avait pas de jambes aujourd'hui",
                    "et il ne faut pas chercher plus loin.",
                ],
                "Sébastien Guerrier-Fall",
            ),
        ],
    ),
    (  # 11 rugby referee: apposition "l'arbitre de la rencontre, Name", direct + "a-t-il
        # expliqué", "Selon lui," (pronoun, rest of the sentence), partial "a qualifié la
        # décision de « … »", "réclame la publication" (noun object), documentary title not
        # speech
        "L'essai refusé au Stade valloirin à la dernière minute de la demi-finale continue de "
        "faire débat. Dimanche soir, l'arbitre de la rencontre, Benoît Lacombe-Diallo, a accepté "
        "de s'expliquer devant quelques journalistes, ce qui est rare.\n\n"
        "«\u00a0J'ai vu un en-avant du porteur du ballon, et la vidéo ne m'a donné aucune image "
        "qui me contredise\u00a0», a-t-il expliqué. Selon lui, l'arbitre vidéo disposait de "
        "quatre angles de caméra, dont aucun ne montrait clairement le ballon au moment de "
        "l'impact.\n\n"
        "Le président du Stade valloirin, Michel Ouédraogo, n'en démord pas. Il a qualifié la "
        "décision de «\u00a0hold-up\u00a0» et réclame la publication des échanges entre les "
        "arbitres.\n\n"
        "L'affaire rappelle celle de 2019, racontée dans le documentaire «\u00a0Quatre-vingts "
        "minutes de trop\u00a0», diffusé l'an dernier sur une chaîne publique. Un rapport de la "
        "Direction nationale de l'arbitrage est attendu d'ici à mercredi.",
        [
            (
                D,
                [
                    "J'ai vu un en-avant du porteur du ballon, et la vidéo ne m'a donné aucune "
                    "image qui me contredise"
                ],
                "Benoît Lacombe-Diallo",
            ),
            (
                I,
                [
                    "l'arbitre vidéo disposait de quatre angles de caméra, dont aucun ne montrait "
                    "clairement le ballon au moment de l'impact"
                ],
                "Benoît Lacombe-Diallo",
            ),
            (P, ["hold-up"], "Michel Ouédraogo"),
        ],
    ),
    (  # 12 women's football, « » without inner spaces: direct + "a assuré l'attaquante"
        # (role alone), incise "a-t-elle estimé," splitting one quote after an apposition,
        # partial "a regretté «…»" by a captain
        "L'AS Kervenec a pris seule la tête du championnat de première division féminine en "
        "s'imposant 2-0 à Port-Lavigne, dimanche. Les deux buts ont été inscrits par la "
        "Sénégalaise Aïssatou Ndiaye, désormais meilleure buteuse du championnat avec onze "
        "réalisations.\n\n"
        "«Je ne regarde pas le classement des buteuses. Ce qui compte, c'est la première "
        "place», a assuré l'attaquante au micro de la chaîne qui diffusait la rencontre.\n\n"
        "Son entraîneuse, Hélène Vasseur-Nakamura, s'est montrée plus mesurée. «Nous avons "
        "encore trop de déchet technique, a-t-elle estimé, mais l'état d'esprit est "
        "irréprochable.» L'équipe avait terminé huitième la saison passée.\n\n"
        "Côté Port-Lavigne, la capitaine Justine Roblot a regretté «une entame catastrophique», "
        "avec deux buts encaissés en moins de vingt minutes. Kervenec, qui n'a plus perdu depuis "
        "la deuxième journée, recevra Lanvéoc samedi prochain.",
        [
            (
                D,
                [
                    "Je ne regarde pas le classement des buteuses. Ce qui compte, c'est la "
                    "première place"
                ],
                "Aïssatou Ndiaye",
            ),
            (
                D,
                [
                    "Nous avons encore trop de déchet technique",
                    "mais l'état d'esprit est irréprochable.",
                ],
                "Hélène Vasseur-Nakamura",
            ),
            (P, ["une entame catastrophique"], "Justine Roblot"),
        ],
    ),
    (  # 13 athletics whereabouts case: "Selon la CMIA," (acronym → full name), direct +
        # "a-t-elle écrit" after "La hurdleuse" (role), partial "dénonce un « … »";
        # "n'a pas souhaité commenter" not annotated
        "La Commission mondiale d'intégrité de l'athlétisme (CMIA) a suspendu à titre "
        "provisoire la Française Nadia Belkacem-Moreau, vice-championne d'Europe du 100 m haies, "
        "pour trois manquements à ses obligations de localisation en douze mois.\n\n"
        "Selon la CMIA, l'athlète n'était pas présente à son domicile lors d'un contrôle "
        "inopiné effectué le 3 octobre à 6 heures du matin, sur le créneau qu'elle avait "
        "elle-même choisi.\n\n"
        "La hurdleuse a réagi dans la soirée sur les réseaux sociaux. «\u00a0J'étais aux "
        "urgences pédiatriques avec mon fils cette nuit-là. J'ai les documents de l'hôpital et "
        "je les fournirai\u00a0», a-t-elle écrit.\n\n"
        "Son entraîneur, Franck Oyelaran, dénonce un «\u00a0acharnement administratif\u00a0» "
        "contre une athlète qui n'a jamais été contrôlée positive. La Fédération nationale "
        "d'athlétisme n'a pas souhaité commenter la décision.",
        [
            (
                I,
                [
                    "l'athlète n'était pas présente à son domicile lors d'un contrôle inopiné "
                    "effectué le 3 octobre à 6 heures du matin, sur le créneau qu'elle avait "
                    "elle-même choisi"
                ],
                "Commission mondiale d'intégrité de l'athlétisme",
            ),
            (
                D,
                [
                    "J'étais aux urgences pédiatriques avec mon fils cette nuit-là. J'ai les "
                    "documents de l'hôpital et je les fournirai"
                ],
                "Nadia Belkacem-Moreau",
            ),
            (P, ["acharnement administratif"], "Franck Oyelaran"),
        ],
    ),
    (  # 14 tennis press conference: two dialogue-dash answers (speaker from the narration,
        # "il"), a question paraphrased without a speech verb, "Takeda, lui, a expliqué
        # qu'il" (indirect)
        "Le Français Lucas Ferrand-Ibáñez, 14e mondial, a été éliminé mercredi au deuxième tour "
        "du Masters de Montclair par le Japonais Hiroshi Takeda (7-6, 6-2). Touché au dos depuis "
        "le début de la semaine, il a laissé planer le doute sur la suite de sa saison.\n\n"
        "En conférence de presse, il est longuement revenu sur cette douleur qui le handicape au "
        "service.\n\n"
        "— Je ne peux plus servir à plus de 180 km/h sans avoir mal. Je vais passer une IRM "
        "demain et on décidera avec mon équipe.\n\n"
        "Sur un éventuel forfait pour la finale de la coupe des nations, sa réponse a "
        "fusé\u00a0:\n\n"
        "— Si je ne suis pas à 100\u00a0%, je laisserai ma place. L'équipe passe avant moi.\n\n"
        "Takeda, lui, a expliqué qu'il avait cherché à allonger les échanges pour user "
        "physiquement son adversaire.",
        [
            (
                D,
                [
                    "Je ne peux plus servir à plus de 180 km/h sans avoir mal. Je vais passer une "
                    "IRM demain et on décidera avec mon équipe."
                ],
                "Lucas Ferrand-Ibáñez",
            ),
            (
                D,
                [
                    "Si je ne suis pas à 100\u00a0%, je laisserai ma place. L'équipe passe avant "
                    "moi."
                ],
                "Lucas Ferrand-Ibáñez",
            ),
            (
                I,
                ["il avait cherché à allonger les échanges pour user physiquement son adversaire"],
                "Hiroshi Takeda",
            ),
        ],
    ),
    (  # 15 handball club crisis: "a reconnu un déficit" (noun object, not annotated),
        # intention phrase "ont fait part de leur volonté de" (unnamed group), unclosed « with
        # the attribution inside, fundraiser name « … » not speech, direct + "explique Name,
        # role" after
        "Le Saint-Ferréol Handball, sextuple champion national, traverse la plus grave crise "
        "financière de son histoire. Le club a reconnu lundi un déficit de 2,3 millions d'euros "
        "et pourrait être rétrogradé administrativement si aucun repreneur ne se manifeste avant "
        "la fin du mois.\n\n"
        "Les joueurs ont fait part de leur volonté de terminer la saison quoi qu'il arrive. Ils "
        "n'ont pourtant pas été payés depuis trois mois. «\u00a0On ne lâchera pas ce maillot, a "
        "lancé le gardien serbe Milan Radetić, capitaine de l'équipe, à l'issue de "
        "l'entraînement de mardi.\n\n"
        "La municipalité, qui verse déjà 900\u00a0000 euros de subvention par saison, ne pourra "
        "pas faire davantage. Le maire, Bernard Tchakounté, doit recevoir les dirigeants "
        "vendredi.\n\n"
        "Les supporters, eux, ont lancé une cagnotte en ligne baptisée «\u00a0Tous pour le "
        "Ferréol\u00a0», qui a déjà récolté 180\u00a0000 euros. «\u00a0C'est notre club, on ne "
        "le laissera pas mourir\u00a0», explique Sandrine Morel-Abadie, présidente de "
        "l'association des supporters.",
        [
            (I, ["terminer la saison quoi qu'il arrive"], "joueurs"),
            (D, ["On ne lâchera pas ce maillot"], "Milan Radetić"),
            (D, ["C'est notre club, on ne le laissera pas mourir"], "Sandrine Morel-Abadie"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 match report: direct + "said Ashworth manager Name" (inversion), unattributed
        # follow-up after a full stop (second direct), two coaches, partial "called the
        # collapse "…"", nickname "the Postman" not speech
        "Ashworth United came from two goals down to beat Kingsbridge City 3-2 at Millfield Park "
        "on Saturday, with substitute Dele Okonkwo scoring the winner in the fourth minute of "
        "stoppage time.\n\n"
        '"At half-time I told them nobody was leaving this ground with their heads down," said '
        'Ashworth manager Graham Pilkington. "They listened."\n\n'
        "Kingsbridge had led through goals from Rafael Quintero and captain Sam Adebayo-Hughes, "
        "and have now dropped 11 points from winning positions this season. Their head coach, "
        'Mirela Dumitrescu, called the collapse "unacceptable at this level".\n\n'
        'Okonkwo, nicknamed "the Postman" by supporters because he always delivers late, had '
        "been on the pitch for only six minutes. It was his fourth goal from the bench this "
        "season. Ashworth move up to fifth, two points off the play-off places.",
        [
            (
                D,
                ["At half-time I told them nobody was leaving this ground with their heads down"],
                "Graham Pilkington",
            ),
            (D, ["They listened."], "Graham Pilkington"),
            (P, ["unacceptable at this level"], "Mirela Dumitrescu"),
        ],
    ),
    (  # 2 transfer: "…, a spokesman for the club said" (cue after → club name), "according
        # to figures in its latest annual accounts" (not a speaker, not annotated), partial
        # inside "told reporters … that", direct + "he said" after an apposition
        "Harcourt Athletic have agreed a club-record fee of £38 million for Portuguese striker "
        "Tiago Mendes-Carvalho, a spokesman for the club said on Wednesday. The 24-year-old is "
        "expected to undergo a medical on Thursday and sign a five-year contract, "
        "with the option of a further year.\n\n"
        "The club's wage bill has already risen by 40% in two years, according to figures in "
        "its latest annual accounts, and the signing will add to concerns among some "
        "shareholders.\n\n"
        "Mendes-Carvalho's agent, Luis Ferrando, told reporters in Vilarinho that his client had "
        '"dreamed of English football since he was a boy".\n\n'
        "Harcourt's chairman, Nigel Ashcombe, was more cautious. \"Nothing is done until it's "
        'signed," he said. Mendes-Carvalho scored 19 league goals last season and has won four '
        "caps for his country.",
        [
            (
                I,
                [
                    "Harcourt Athletic have agreed a club-record fee of £38 million for Portuguese "
                    "striker Tiago Mendes-Carvalho"
                ],
                "Harcourt Athletic",
            ),
            (P, ["dreamed of English football since he was a boy"], "Luis Ferrando"),
            (D, ["Nothing is done until it's signed"], "Nigel Ashcombe"),
        ],
    ),
    (  # 3 rugby injury: "…, the club confirmed" (cue after, generic noun → club), partial
        # inside reported speech by "Dr Name" (title dropped), two head coaches, direct +
        # "the Carrow Vale coach said" (role alone, must resolve to the right coach)
        "Carrow Vale fly-half Jonah Whitfield will miss the rest of the season after tearing a "
        "hamstring in Saturday's win over Dunmore, the club confirmed on Monday. Whitfield, 24, "
        "has kicked 96 points in nine games this season.\n\n"
        "The club's medical director, Dr Aisha Rahman, said it was \"one of the worst injuries "
        'of its kind" she had seen in 15 years. Whitfield will have surgery on Wednesday.\n\n'
        "Dunmore's head coach, Tevita Mahe, whose side lost 31-12, was charged on Monday by the "
        "league's disciplinary panel over his post-match comments about the referee. Carrow "
        "Vale's head coach, Brendan Doyle, now has to find a new playmaker for the trip to "
        "Elmbridge Park.\n\n"
        '"We have two young tens who are ready for this, and it is their time," the Carrow Vale '
        "coach said.",
        [
            (
                I,
                [
                    "Carrow Vale fly-half Jonah Whitfield will miss the rest of the season after "
                    "tearing a hamstring in Saturday's win over Dunmore"
                ],
                "Carrow Vale",
            ),
            (P, ["one of the worst injuries of its kind"], "Aisha Rahman"),
            (
                D,
                ["We have two young tens who are ready for this, and it is their time"],
                "Brendan Doyle",
            ),
        ],
    ),
    (  # 4 cycling doping, curly quotes: partial inside "said in a statement that", direct +
        # "the team's general manager, Name, told a Swiss newspaper", "According to the
        # agency," (generic noun → agency name, rest of the sentence)
        "The International Cycling Integrity Agency (ICIA) has opened disciplinary proceedings "
        "against Belgian rider Jens Van Acker after an out-of-competition sample showed traces "
        "of a banned blood-boosting drug.\n\n"
        "Van Acker, who won two stages of the Tour of the Fjords this summer, said in a "
        "statement that he was “shocked and devastated” and had never knowingly taken a "
        "prohibited substance.\n\n"
        "His team, Helvetia-Nordcap, has suspended him with immediate effect. “We have a "
        "zero-tolerance policy, and it applies to everyone, whatever their results,” the team’s "
        "general manager, Urs Brändli, told a Swiss newspaper.\n\n"
        "According to the agency, the sample was collected at the rider’s home in Heulegem on "
        "August 29. Van Acker has 20 days to request analysis of the B sample. If the result is "
        "confirmed, he faces a ban of up to four years.",
        [
            (P, ["shocked and devastated"], "Jens Van Acker"),
            (
                D,
                [
                    "We have a zero-tolerance policy, and it applies to everyone, whatever their "
                    "results"
                ],
                "Urs Brändli",
            ),
            (
                I,
                ["the sample was collected at the rider’s home in Heulegem on August 29"],
                "International Cycling Integrity Agency",
            ),
        ],
    ),
    (  # 5 tennis final: nickname "the Wall" not speech, "She said afterwards:" + a quote
        # continued over two paragraphs (one span per paragraph), partial "said she had "…""
        "Spain's Lucía Ortega-Salvat beat top seed Anastasia Belova 7-5, 6-7, 6-3 to win the "
        "Harbourside Open on Sunday, her first title in almost three years and the ninth of her "
        "career.\n\n"
        'Ortega-Salvat, known on tour as "the Wall" for her relentless defence, spent eight '
        'months out of the game last year with a wrist injury. She said afterwards: "There were '
        "days I couldn't hold a toothbrush, let alone a racket. I thought about stopping many "
        "times.\n\n"
        "\"My physio, my coach and my mother are the reason I'm standing here with this "
        'trophy."\n\n'
        'Belova, who served for the second set at 5-4 before letting it slip, said she had "no '
        'regrets" about the way she played. She will rise to second in the world rankings on '
        "Monday.",
        [
            (
                D,
                [
                    "There were days I couldn't hold a toothbrush, let alone a racket. I thought "
                    "about stopping many times.",
                    "My physio, my coach and my mother are the reason I'm standing here with this "
                    "trophy.",
                ],
                "Lucía Ortega-Salvat",
            ),
            (P, ["no regrets"], "Anastasia Belova"),
        ],
    ),
    (  # 6 athletics: one quote split by ", she told reporters after the race," (two spans),
        # partial by "Its performance director, Name,", "…, according to the organisers."
        # (unnamed group, the part before)
        "Hurdler Keisha Bramwell-Osei set a national record of 52.61 seconds in the 400m hurdles "
        "at the Crestwood Grand Prix on Friday night, then used her moment in the spotlight to "
        "criticise the governing body's funding cuts.\n\n"
        '"I trained in a car park for three months this spring because the track was closed," '
        'she told reporters after the race, "and that should not happen to anyone wearing this '
        'vest."\n\n'
        "The national federation, Athletics Albion, cut its funding for hurdles and sprint relays "
        "by a third in March. Its performance director, Colin Mwangi, said the decision had been "
        '"painful but necessary".\n\n'
        "Ticket sales for the meeting were the highest in a decade, according to the organisers. "
        "The next round of the series takes place in Lunford in two weeks.",
        [
            (
                D,
                [
                    "I trained in a car park for three months this spring because the track was "
                    "closed",
                    "and that should not happen to anyone wearing this vest.",
                ],
                "Keisha Bramwell-Osei",
            ),
            (P, ["painful but necessary"], "Colin Mwangi"),
            (I, ["Ticket sales for the meeting were the highest in a decade"], "organisers"),
        ],
    ),
    (  # 7 handball: indirect with the cue after ("…, head coach Name announced"), Q&A form
        # "Asked whether …, Name replied:" + direct, "The captain" (role alone) then one
        # quote split by ", she said,"
        "The national women's handball team will travel to next month's World Championship "
        "without captain Marta Kowalczyk-Brown, who has been ruled out with a knee injury, head "
        "coach Ingrid Solberg announced on Tuesday.\n\n"
        "Kowalczyk-Brown, 31, has scored more than 400 goals in 120 internationals and was voted "
        "the tournament's best left back two years ago. She missed only one match at the last "
        "European Championship, when her side finished fourth.\n\n"
        "Asked whether the team could still reach the quarter-finals without her, Solberg "
        'replied: "Yes. We have lost a leader, not our ambition."\n\n'
        "The captain posted a video from her hospital bed on Tuesday evening. \"I'll be the "
        'loudest fan in the building," she said, "even if it\'s from my sofa." The squad leaves '
        "for its training camp on Thursday.",
        [
            (
                I,
                [
                    "The national women's handball team will travel to next month's World "
                    "Championship without captain Marta Kowalczyk-Brown, who has been ruled out "
                    "with a knee injury"
                ],
                "Ingrid Solberg",
            ),
            (D, ["Yes. We have lost a leader, not our ambition."], "Ingrid Solberg"),
            (
                D,
                ["I'll be the loudest fan in the building", "even if it's from my sofa."],
                "Marta Kowalczyk-Brown",
            ),
        ],
    ),
    (  # 8 federation sanction: partial inside "the association said" (generic noun → full
        # name), direct + "she said" after an apposition, "welcomed the decision" (noun object,
        # not annotated), unnamed "one resident"
        "The Football Association of Westmarch has ordered Brackley Town to play their next two "
        "home games behind closed doors after a pitch invasion during last month's derby against "
        "Ferrisford.\n\n"
        "In its written decision, the association said the club's stewarding had been \"wholly "
        'inadequate" and fined it £45,000. Two Ferrisford players were struck by objects thrown '
        "from the stands. About 300 fans ran onto the pitch after Ferrisford's late equaliser.\n\n"
        "Brackley's chief executive, Fiona McAllister, did not contest the ruling. The two "
        'matches concerned are against Thornbury and Castle Wick. "We let our '
        'own supporters down that day, and we are sorry," she said.\n\n'
        "Residents living near the ground, who have long complained about match-day disorder, "
        'welcomed the decision. "Maybe now they\'ll take it seriously," said one resident, who '
        "did not want to be named.",
        [
            (P, ["wholly inadequate"], "Football Association of Westmarch"),
            (
                D,
                ["We let our own supporters down that day, and we are sorry"],
                "Fiona McAllister",
            ),
            (D, ["Maybe now they'll take it seriously"], "resident"),
        ],
    ),
    (  # 9 women's cup: partial inside "said the squad had been", direct + "she said" after
        # an apposition, "Ms Reyes" later + "she laughed:" with a colon (Q&A form)
        "Northgate Women reached the National Cup final for the first time on Sunday, beating "
        "holders Easton Harriers 2-1 after extra time in front of a record crowd of 9,300.\n\n"
        "Captain Chloe Reyes, who scored the winner with a header in the 112th minute, said the "
        'squad had been "written off by everyone" before the tournament.\n\n'
        'Their manager, Amara Nwosu-Bell, was in tears at the final whistle. "Three years ago we '
        'were training on a school pitch with no floodlights. Now we are going to the final," '
        "she said. The final will be played at the Riverside Stadium on May 17 against Kelham "
        "Rovers or Saltmarsh United.\n\n"
        "Ms Reyes, 29, works part-time as a physiotherapist. Asked how she would celebrate, she "
        'laughed: "I\'m on shift at seven tomorrow morning."',
        [
            (P, ["written off by everyone"], "Chloe Reyes"),
            (
                D,
                [
                    "Three years ago we were training on a school pitch with no floodlights. Now "
                    "we are going to the final"
                ],
                "Amara Nwosu-Bell",
            ),
            (D, ["I'm on shift at seven tomorrow morning."], "Chloe Reyes"),
        ],
    ),
    (  # 10 referee controversy: "has admitted that" (organisation), "Replays showed that"
        # (not speech), partial "described the decision as "…"", "called for an urgent
        # review" (noun object), "A spokesman for X said" → X
        "The Professional Referees' Board has admitted that a penalty awarded to Castleford "
        "Rangers in Saturday's 1-0 win over Milbury should not have been given.\n\n"
        "Replays showed that Rangers winger Kofi Mensah-Darko went down without any contact from "
        "Milbury defender Oisín Gallagher. Mensah-Darko converted the penalty himself in the 78th "
        "minute. "
        "The referee, Martin Cole, did not consult the video "
        "assistant. Cole has refereed 14 top-flight matches this season.\n\n"
        'Milbury manager Stuart Kerr described the decision as "a disgrace" after the match and '
        "called for an urgent review of how the video system is used.\n\n"
        "A spokesman for Castleford Rangers said the club had no comment to make on refereeing "
        "decisions. The result leaves Milbury in the relegation places, with only two wins from "
        "their 15 league games.",
        [
            (
                I,
                [
                    "a penalty awarded to Castleford Rangers in Saturday's 1-0 win over Milbury "
                    "should not have been given"
                ],
                "Professional Referees' Board",
            ),
            (P, ["a disgrace"], "Stuart Kerr"),
            (
                I,
                ["the club had no comment to make on refereeing decisions"],
                "Castleford Rangers",
            ),
        ],
    ),
    (  # 11 rugby takeover protest, curly quotes: two-sentence direct + "said Name, chairman
        # of X, who …", partial at the end of reported speech ("has said the firm wants to …
        # and “…”")
        "Around 2,000 supporters of Ellesmere Warriors marched through the town on Saturday in "
        "protest at the proposed sale of the rugby club to US investment firm Granite Peak "
        "Capital.\n\n"
        "“This club has been here for 140 years. It is not a product,” said Dave Hollins, "
        "chairman of the Warriors Supporters’ Trust, who led the march.\n\n"
        "Granite Peak’s managing director, Rebecca Tan, has said the firm wants to build a "
        "15,000-seat stadium and “bring the Warriors to a global audience”. The location of the "
        "new ground has not been disclosed.\n\n"
        "The club’s owner, Harold Brigstock, 78, is expected to make a decision before "
        "Christmas. The Warriors finished third in the league last season and have reached two "
        "cup finals in five years.",
        [
            (
                D,
                ["This club has been here for 140 years. It is not a product"],
                "Dave Hollins",
            ),
            (P, ["bring the Warriors to a global audience"], "Rebecca Tan"),
        ],
    ),
    (  # 12 cycling stage cancelled: "…, the organisers said" (cue after, unnamed group),
        # "admitted to mixed feelings:" + direct, union "said riders had been consulted"
        "The final stage of the Tour of the Highlands was cancelled on Sunday morning after "
        "overnight snowfall made two mountain passes impassable, the organisers said.\n\n"
        "That meant Colombian rider Sergio Patiño-Ruiz took the overall title without turning a "
        "pedal on the last day, 38 seconds ahead of Briton Tom Ashdown. "
        "Patiño-Ruiz, 26, had taken the leader's jersey "
        "with a solo win on the third stage and defended it on two summit finishes.\n\n"
        'Patiño-Ruiz admitted to mixed feelings: "I would have preferred to win it on the road, '
        'but I earned this jersey in the first five days."\n\n'
        "The Union of Professional Cyclists said riders had been consulted before the decision "
        "was taken and had backed it unanimously. Several teams had already left for the airport "
        "by midday.",
        [
            (
                I,
                [
                    "The final stage of the Tour of the Highlands was cancelled on Sunday morning "
                    "after overnight snowfall made two mountain passes impassable"
                ],
                "organisers",
            ),
            (
                D,
                [
                    "I would have preferred to win it on the road, but I earned this jersey in "
                    "the first five days."
                ],
                "Sergio Patiño-Ruiz",
            ),
            (
                I,
                [
                    "riders had been consulted before the decision was taken and had backed it "
                    "unanimously"
                ],
                "Union of Professional Cyclists",
            ),
        ],
    ),
    (  # 13 javelin retirement: "has announced his retirement" (noun object, not annotated),
        # direct + "Mehta wrote" (surname), partial inside "said Mehta had been", "…,
        # according to his management company, Name." (the part before, "Mr" inside it)
        "Olympic javelin silver medallist Arjun Mehta has announced his retirement at the age of "
        "33, ending a career in which he won 11 national titles and two Commonwealth medals. His "
        "best throw, 89.40 metres, remains the national record. He competed at three Olympic "
        "Games and finished in the top eight of every global final between 2019 and 2025.\n\n"
        '"My elbow has been telling me for two years that it was time. This summer, I finally '
        'listened," Mehta wrote in a post on social media.\n\n'
        'His long-time coach, Viktor Horvath, said Mehta had been "the most professional '
        'athlete" he had ever worked with.\n\n'
        "Mr Mehta will stay in the sport as a coach, working with junior throwers at the "
        "national centre from January, according to his management company, Elevate Sports.",
        [
            (
                D,
                [
                    "My elbow has been telling me for two years that it was time. This summer, I "
                    "finally listened"
                ],
                "Arjun Mehta",
            ),
            (P, ["the most professional athlete"], "Viktor Horvath"),
            (
                I,
                [
                    "Mr Mehta will stay in the sport as a coach, working with junior throwers at "
                    "the national centre from January"
                ],
                "Elevate Sports",
            ),
        ],
    ),
    (  # 14 manager under pressure: direct + "he said, before …", "did insist that"
        # (indirect, surname), book title in quotes not speech, partial in a statement by the
        # owners (generic noun dropped)
        "Dunford County manager Jorge Almeida-Costa refused to discuss his future at a tense "
        "press conference on Friday, a day after reports that the club's owners were lining up a "
        "replacement.\n\n"
        "\"I'm here to talk about Saturday's game, and that's all I'm going to talk about,\" he "
        "said, before the club's press officer ended the session after six minutes.\n\n"
        "Almeida-Costa, whose side have lost seven of their last nine league games, did insist "
        'that he still had the backing of the dressing room. His autobiography, "Nothing Left on '
        'the Pitch", was published in the summer.\n\n'
        "The club's owners, the Halvard Group, said in a statement on Friday evening that the "
        'manager\'s position was "under review". Dunford sit 19th in the table, two points '
        "above the relegation zone, and face the leaders, Marlow City, on Saturday.",
        [
            (
                D,
                ["I'm here to talk about Saturday's game, and that's all I'm going to talk about"],
                "Jorge Almeida-Costa",
            ),
            (I, ["he still had the backing of the dressing room"], "Jorge Almeida-Costa"),
            (P, ["under review"], "Halvard Group"),
        ],
    ),
    (  # 15 tennis match-fixing ban, curly quotes: "The commission said" (generic noun → full
        # name), "denies the charges" (noun object), one quote split by ", he told a Bulgarian
        # television channel,", partial "said the ruling relied on “…”"
        "The Tennis Integrity Commission has banned Bulgarian player Stefan Petrov-Ilchev for "
        "six years after finding him guilty of fixing matches at lower-level tournaments between "
        "2021 and 2023.\n\n"
        "The commission said Petrov-Ilchev had deliberately lost sets in exchange for payments "
        "of up to $3,000 from a betting syndicate. Investigators identified suspicious betting "
        "patterns on 14 matches in three countries.\n\n"
        "The 28-year-old, who reached a career-high ranking of 112, denies the charges. “I have "
        "never sold a match in my life,” he told a Bulgarian television channel, “and I will "
        "prove it in court.”\n\n"
        "His lawyer, Milena Dragova, said the ruling relied on “circumstantial evidence and "
        "nothing else”. The player has 21 days to lodge an appeal with the Sports Appeals "
        "Tribunal. It is the longest ban imposed on a player this year.",
        [
            (
                I,
                [
                    "Petrov-Ilchev had deliberately lost sets in exchange for payments of up to "
                    "$3,000 from a betting syndicate"
                ],
                "Tennis Integrity Commission",
            ),
            (
                D,
                ["I have never sold a match in my life", "and I will prove it in court."],
                "Stefan Petrov-Ilchev",
            ),
            (P, ["circumstantial evidence and nothing else"], "Milena Dragova"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout91.jsonl"),
        "heldout91",
        "h91",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
