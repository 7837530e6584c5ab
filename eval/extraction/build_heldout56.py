"""Source of the fifty-sixth held-out set: writes heldout56.jsonl (split "heldout56").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
Middle East, North Africa and Sahel news as French and English dailies report it: juntas and
transitions, militias and armed groups, ministries and army communiqués, tribal and religious
leaders and UN envoys, with Arabic, Berber and Sahelian names carrying particles and titles.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout56.py
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
    (  # 1 junta calendar: partial after 'par', role after quote, 'annoncé vouloir', ould
        "TILLAMÉ – La junte au pouvoir au Barkana a présenté jeudi soir un nouveau "
        "calendrier de transition, qui repousse à 2029 l'élection présidentielle promise "
        "pour l'an prochain. Dans une allocution diffusée par la télévision d'État, le chef "
        "de la junte, le général Seydou Kamissoko, a justifié ce report par « la situation "
        "sécuritaire qui prévaut dans le Nord ».\n\n"
        "« Nous ne remettrons pas le pouvoir tant que l'intégrité du territoire ne sera pas "
        "garantie. Aucun calendrier ne vaut la vie d'un seul soldat », a déclaré l'officier, "
        "en treillis, entouré des membres du Conseil national pour le redressement (CNR).\n\n"
        "Son porte-parole, le capitaine Bakary Sanogho, a ensuite annoncé vouloir organiser "
        "des assises nationales réunissant partis, chefs coutumiers et organisations de la "
        "société civile. Il a démenti les informations selon lesquelles plusieurs ministres "
        "civils auraient remis leur démission.\n\n"
        "La plateforme d'opposition « Barkana Debout » a aussitôt dénoncé ce report. Son "
        "coordinateur, Me Oumar ould Cheikhna, a estimé que les militaires « confisquent la "
        "souveraineté du peuple ». Joint par téléphone, il a indiqué que la plateforme "
        "saisirait la Cour constitutionnelle dès lundi.\n\n"
        "Les partenaires régionaux du Barkana doivent se réunir la semaine prochaine à "
        "Port-Ardent pour examiner d'éventuelles sanctions.",
        [
            (P, ["la situation sécuritaire qui prévaut dans le Nord"], "Seydou Kamissoko"),
            (
                D,
                [
                    "Nous ne remettrons pas le pouvoir tant que l'intégrité du territoire ne "
                    "sera pas garantie. Aucun calendrier ne vaut la vie d'un seul soldat"
                ],
                "Seydou Kamissoko",
            ),
            (
                I,
                [
                    "vouloir organiser des assises nationales réunissant partis, chefs "
                    "coutumiers et organisations de la société civile"
                ],
                "Bakary Sanogho",
            ),
            (P, ["confisquent la souveraineté du peuple"], "Oumar ould Cheikhna"),
            (
                I,
                ["la plateforme saisirait la Cour constitutionnelle dès lundi"],
                "Oumar ould Cheikhna",
            ),
        ],
    ),
    (  # 2 UN envoy: narrow nbsp, incise splits one quote, 'D'après l'émissaire', 'M. Dabbagh'
        "QASR AL-NOUR – Pour la première fois depuis le début de la guerre civile, il y a "
        "trois ans, des délégués des deux gouvernements rivaux du Haddar se sont assis mardi "
        "à la même table, dans un hôtel de la capitale placé sous la protection des Casques "
        "bleus.\n\n"
        "«\u202fLes deux camps ont accepté de se parler, a affirmé l'émissaire des Nations "
        "unies, Maren Tveit-Haddad, à l'issue de la séance, mais personne ne doit confondre "
        "une poignée de main avec un accord.\u202f»\n\n"
        "D'après l'émissaire, une première réunion technique consacrée aux échanges de "
        "prisonniers pourrait se tenir avant la fin du mois. La diplomate norvégienne, qui "
        "multiplie depuis juin les navettes entre la capitale et l'Est, se garde toutefois "
        "de tout triomphalisme.\n\n"
        "Le gouvernement de l'Est, dirigé par Khalil al-Dabbagh, s'est montré nettement plus "
        "réservé. Dans un communiqué, son ministère des Affaires étrangères a posé trois "
        "conditions à toute nouvelle rencontre, dont le désarmement des milices qui tiennent "
        "les faubourgs sud de Qasr al-Nour.\n\n"
        "«\u202fNous avons déjà été trahis deux fois. Nous ne tendrons pas la main une "
        "troisième fois sans garanties\u202f», a lancé M. Dabbagh mercredi, lors d'un "
        "rassemblement de partisans à Wadi Sirran.",
        [
            (
                D,
                [
                    "Les deux camps ont accepté de se parler",
                    "mais personne ne doit confondre une poignée de main avec un accord.",
                ],
                "Maren Tveit-Haddad",
            ),
            (
                I,
                [
                    "une première réunion technique consacrée aux échanges de prisonniers "
                    "pourrait se tenir avant la fin du mois"
                ],
                "Maren Tveit-Haddad",
            ),
            (
                D,
                [
                    "Nous avons déjà été trahis deux fois. Nous ne tendrons pas la main une "
                    "troisième fois sans garanties"
                ],
                "Khalil al-Dabbagh",
            ),
        ],
    ),
    (  # 3 camp attack: dashes as parentheses, état-major partial, 'Selon une source', habitant
        "KESSIRA – Au moins dix-sept soldats ont été tués dimanche à l'aube dans l'attaque "
        "d'un camp militaire à Inkadawane, dans la région d'Irzaman, au nord du Daoura. Le "
        "camp — l'un des derniers encore tenus par l'armée dans cette zone frontalière — "
        "avait déjà été visé en mars.\n\n"
        "Dans un communiqué lu lundi soir à la télévision nationale, l'état-major général "
        "des armées a indiqué que l'assaut avait été mené par « plusieurs dizaines de "
        "terroristes à moto ». Les renforts sont arrivés en milieu de matinée, appuyés par "
        "des drones.\n\n"
        "Selon une source sécuritaire jointe par notre correspondant, le bilan pourrait "
        "encore s'alourdir, une dizaine de militaires étant toujours portés disparus lundi "
        "soir.\n\n"
        "« On a entendu les tirs pendant trois heures. Personne n'est venu nous dire quoi "
        "faire. Ce matin, les femmes sont parties à pied vers Tassalit », raconte un "
        "habitant d'Inkadawane joint par téléphone, qui a requis l'anonymat.\n\n"
        "L'attaque a été revendiquée mardi par la Katiba Nour al-Sahra, un groupe dirigé par "
        "Abou Hamza al-Irzamani et actif depuis 2021 dans les trois pays de la zone.",
        [
            (P, ["plusieurs dizaines de terroristes à moto"], "état-major général des armées"),
            (
                I,
                [
                    "le bilan pourrait encore s'alourdir, une dizaine de militaires étant "
                    "toujours portés disparus lundi soir"
                ],
                "source sécuritaire",
            ),
            (
                D,
                [
                    "On a entendu les tirs pendant trois heures. Personne n'est venu nous dire "
                    "quoi faire. Ce matin, les femmes sont parties à pied vers Tassalit"
                ],
                "habitant",
            ),
        ],
    ),
    (  # 4 border migrants: dialogue dashes, unnamed journalist, 'le ministre', 'D'après' + acronym
        "TAGRIRT – Le ministre tazritien de l'Intérieur, Mohand Aït Ouaret, a défendu jeudi "
        "devant la presse la politique de son gouvernement à la frontière sud, théâtre "
        "depuis des mois d'accusations d'abandons de migrants en plein désert. Le ton est "
        "monté dès la première question.\n\n"
        "— Combien de personnes ont été reconduites dans le désert depuis janvier ? demande "
        "un journaliste.\n— Aucune. Nous appliquons la loi, rien que la loi, et nous "
        "raccompagnons les gens aux postes-frontières officiels, répond le ministre.\n\n"
        "D'après l'Association tazritienne des droits de l'homme (ATDH), au moins 2 300 "
        "personnes, dont des femmes enceintes et des mineurs, ont pourtant été déposées "
        "depuis le début de l'année près du poste d'In Tafouk, à plus de quarante kilomètres "
        "du premier village. Plusieurs corps ont été retrouvés en octobre par des bergers.\n"
        "\nM. Aït Ouaret a balayé ces accusations d'un revers de main, avant d'écourter la "
        "conférence de presse. Une délégation parlementaire doit se rendre à In Tafouk avant "
        "la fin de l'année.",
        [
            (
                D,
                ["Combien de personnes ont été reconduites dans le désert depuis janvier ?"],
                "journaliste",
            ),
            (
                D,
                [
                    "Aucune. Nous appliquons la loi, rien que la loi, et nous raccompagnons "
                    "les gens aux postes-frontières officiels"
                ],
                "Mohand Aït Ouaret",
            ),
            (
                I,
                [
                    "au moins 2 300 personnes, dont des femmes enceintes et des mineurs, ont "
                    "pourtant été déposées depuis le début de l'année près du poste d'In "
                    "Tafouk, à plus de quarante kilomètres du premier village"
                ],
                "Association tazritienne des droits de l'homme",
            ),
        ],
    ),
    (  # 5 Tuareg chief: quote over two paragraphs, 'estime-t-il', 'le vieux chef affirme avoir'
        "TAKELLOUT (Daoura) – Sous une tente dressée à l'ombre d'un acacia, Intalla ag "
        "Mohamed Elmehdi reçoit ses visiteurs assis sur un tapis, le visage à demi couvert "
        "d'un chèche indigo. Depuis que l'armée a quitté la ville, en août, c'est vers "
        "l'amenokal des Kel Tadrart que se tournent les habitants, les commerçants et même "
        "les hommes en armes.\n\n"
        "« Je ne suis ni un militaire ni un politicien. Je suis le gardien d'un équilibre "
        "fragile entre les familles, les tribus et ceux qui portent des fusils.\n\n"
        "« Si cet équilibre se rompt, il n'y aura plus personne pour enterrer les morts », "
        "estime-t-il en servant lui-même le thé, très sucré, dans de petits verres.\n\n"
        "Le vieux chef, 78 ans, affirme avoir obtenu la semaine dernière la libération de "
        "quatre chauffeurs routiers enlevés sur la route de Kessira. Il ne dira rien des "
        "conditions de cet accord. Son neveu, Alhousseini ag Intalla, qui lui sert de "
        "secrétaire, tient dans un cahier d'écolier la liste des visiteurs et de leurs "
        "doléances.\n\n"
        "À Kessira, le gouvernement n'a pas souhaité commenter.",
        [
            (
                D,
                [
                    "Je ne suis ni un militaire ni un politicien. Je suis le gardien d'un "
                    "équilibre fragile entre les familles, les tribus et ceux qui portent des "
                    "fusils.",
                    "Si cet équilibre se rompt, il n'y aura plus personne pour enterrer les morts",
                ],
                "Intalla ag Mohamed Elmehdi",
            ),
            (
                I,
                [
                    "avoir obtenu la semaine dernière la libération de quatre chauffeurs "
                    "routiers enlevés sur la route de Kessira"
                ],
                "Intalla ag Mohamed Elmehdi",
            ),
        ],
    ),
    (  # 6 militia strikes: «» without spaces, nickname, colon quote, 'a-t-il ajouté', Washington
        "Les Brigades du Serment, l'une des principales milices progouvernementales du "
        "Haddar, ont revendiqué vendredi une série de frappes de drones contre des positions "
        "rebelles autour de Wadi Sirran. Au moins neuf civils, dont quatre enfants, ont été "
        "tués sur un marché de la périphérie de la ville.\n\n"
        "Leur commandant, Abou Ali al-Kindi, surnommé «le Faucon de Sirran» par ses hommes, "
        "a justifié l'opération dans une vidéo publiée sur les réseaux sociaux :«Nous avons "
        "frappé ceux qui bombardent nos quartiers depuis des mois. Nous recommencerons "
        "chaque fois qu'il le faudra.»\n\n"
        "Le porte-parole du gouvernement, Firas al-Naqib, a assuré que les Brigades avaient "
        "agi «de leur propre initiative», sans ordre de l'état-major. Une enquête a été "
        "confiée à la justice militaire, a-t-il ajouté.\n\n"
        "Dans un communiqué, Washington a jugé «inacceptables» ces frappes et appelé toutes "
        "les parties à la retenue. C'est la première fois que l'administration américaine "
        "critique aussi ouvertement un allié du gouvernement de Qasr al-Nour.",
        [
            (
                D,
                [
                    "Nous avons frappé ceux qui bombardent nos quartiers depuis des mois. Nous "
                    "recommencerons chaque fois qu'il le faudra."
                ],
                "Abou Ali al-Kindi",
            ),
            (P, ["de leur propre initiative"], "Firas al-Naqib"),
            (I, ["Une enquête a été confiée à la justice militaire"], "Firas al-Naqib"),
            (P, ["inacceptables"], "Washington"),
        ],
    ),
    (  # 7 journalist's trial: charge in «» not speech, unclosed «, 'Me' + ben, '-t-il' after
        "TAGRIRT – Le journaliste tazritien Nabil ben Aïssa, poursuivi pour « atteinte à "
        "l'unité nationale » après une enquête sur les marchés publics de l'armée, a été "
        "condamné mardi à deux ans de prison ferme par le tribunal de première instance de "
        "Tagrirt.\n\n"
        "Debout dans le box, amaigri après six mois de détention provisoire, le "
        "quinquagénaire a pris la parole une dernière fois avant que la cour ne se retire. « "
        "Je n'ai fait que mon métier, a lancé l'intéressé d'une voix calme. Les juges ont "
        "délibéré moins d'une heure.\n\n"
        "Son avocat, Me Karim ben Slimane, a annoncé qu'il ferait appel dès mercredi. « Ce "
        "dossier est vide. On juge un article, pas un délit », a-t-il déclaré à la sortie de "
        "l'audience, entouré d'une trentaine de confrères venus en robe.\n\n"
        "Le parquet avait requis cinq ans de prison. Depuis 2024, au moins six journalistes "
        "ont été condamnés au Tazrit pour des articles consacrés à l'armée ou aux services "
        "de sécurité.",
        [
            (D, ["Je n'ai fait que mon métier"], "Nabil ben Aïssa"),
            (I, ["il ferait appel dès mercredi"], "Karim ben Slimane"),
            (D, ["Ce dossier est vide. On juge un article, pas un délit"], "Karim ben Slimane"),
        ],
    ),
    (  # 8 gold mine: curly quotes in French, ministry indirect, role + name after, 'a dit que'
        "KESSIRA – Le gouvernement de transition du Daoura a suspendu lundi le permis "
        "d'exploitation de la mine d'or de Fadama, exploitée depuis 2014 par la société "
        "Aurelis Mining, à laquelle il réclame plus de 90 milliards de francs CFA d'arriérés "
        "fiscaux.\n\n"
        "Le ministère des Mines et de la Géologie a précisé dans un communiqué qu'un "
        "administrateur provisoire serait nommé d'ici à la fin de la semaine et que la "
        "production ne serait pas interrompue.\n\n"
        "\u201cL'or du Daoura appartient aux Daouriens. L'époque où l'on signait des "
        "conventions minières dans des bureaux à l'étranger est révolue\u201d, a martelé le "
        "ministre, le colonel Boubacar Dembélé-Kanouté, lors d'une conférence de presse.\n\n"
        "Un porte-parole d'Aurelis Mining, joint par téléphone, a dit que le groupe "
        "contestait ces montants et envisageait un recours devant un tribunal arbitral "
        "international. À Fadama, les quelque 1 400 salariés du site attendent de savoir qui "
        "les paiera à la fin du mois.",
        [
            (
                I,
                [
                    "un administrateur provisoire serait nommé d'ici à la fin de la semaine et "
                    "que la production ne serait pas interrompue"
                ],
                "ministère des Mines et de la Géologie",
            ),
            (
                D,
                [
                    "L'or du Daoura appartient aux Daouriens. L'époque où l'on signait des "
                    "conventions minières dans des bureaux à l'étranger est révolue"
                ],
                "Boubacar Dembélé-Kanouté",
            ),
            (
                I,
                [
                    "le groupe contestait ces montants et envisageait un recours devant un "
                    "tribunal arbitral international"
                ],
                "Aurelis Mining",
            ),
        ],
    ),
    (  # 9 oil blockade: speaker before a colon, el- name, 'a promis que', 'M. el-Mabrouk' + -t-il
        "Les terminaux pétroliers de Ras Hilal et de Marsa Barqa restaient fermés samedi, au "
        "huitième jour d'un blocus imposé par des notables tribaux du Sud tazritien qui "
        "réclament une part des revenus des hydrocarbures.\n\n"
        "Le porte-parole du Conseil des notables de Wadi Ghadir, Abdelhamid el-Mabrouk, a "
        "posé ses conditions : « Les vannes resteront fermées tant que nos villes n'auront "
        "ni hôpital ni électricité. Nous ne sommes pas des mendiants, nous sommes les "
        "propriétaires de ce pétrole. »\n\n"
        "La Compagnie nationale des hydrocarbures (CNH) a déclaré l'état de force majeure "
        "sur l'ensemble de ses exportations, une première depuis 2016.\n\n"
        "Le Premier ministre, Salah Eddine bel Hadj, a promis mardi soir que 200 millions de "
        "dinars seraient débloqués pour la région dès janvier. Une annonce accueillie avec "
        "scepticisme par M. el-Mabrouk. « On nous a déjà promis un hôpital en 2019. On "
        "attend toujours », a-t-il rappelé.",
        [
            (
                D,
                [
                    "Les vannes resteront fermées tant que nos villes n'auront ni hôpital ni "
                    "électricité. Nous ne sommes pas des mendiants, nous sommes les "
                    "propriétaires de ce pétrole."
                ],
                "Abdelhamid el-Mabrouk",
            ),
            (
                I,
                ["200 millions de dinars seraient débloqués pour la région dès janvier"],
                "Salah Eddine bel Hadj",
            ),
            (
                D,
                ["On nous a déjà promis un hôpital en 2019. On attend toujours"],
                "Abdelhamid el-Mabrouk",
            ),
        ],
    ),
    (  # 10 displaced camp: nbsp, 'une mère de famille', 'D'après elle', 'Mme Walet Ahmed'
        "BOUNDÉ (Daoura) – Sous les bâches blanches du site de déplacés de Boundé, les files "
        "d'attente se forment dès 5 heures devant le point d'eau. Plus de 38\u00a0000 "
        "personnes, chassées par les combats dans la région d'Irzaman, s'y entassent "
        "désormais, deux fois plus qu'il y a six mois.\n\n"
        "«\u00a0Nous avons fui avec ce que nous pouvions porter. Mes deux plus jeunes ont la "
        "diarrhée depuis une semaine et le centre de santé n'a plus de médicaments\u00a0», "
        "raconte une mère de famille arrivée en septembre de Tinfaradj, un bébé sur le dos.\n"
        "\nLa coordinatrice de l'ONG Sahel Secours sur le site, Aïssata Walet Ahmed, tire la "
        "sonnette d'alarme. D'après elle, les stocks alimentaires ne couvriront pas les "
        "besoins au-delà de la mi-décembre.\n\n"
        "«\u00a0Nous distribuons des demi-rations depuis octobre. Si rien ne bouge, nous "
        "devrons choisir qui mange\u00a0», prévient Mme Walet Ahmed. Le Haut-Commissariat "
        "aux déplacés n'a pas donné suite à nos sollicitations.",
        [
            (
                D,
                [
                    "Nous avons fui avec ce que nous pouvions porter. Mes deux plus jeunes ont "
                    "la diarrhée depuis une semaine et le centre de santé n'a plus de "
                    "médicaments"
                ],
                "mère de famille",
            ),
            (
                I,
                ["les stocks alimentaires ne couvriront pas les besoins au-delà de la mi-décembre"],
                "Aïssata Walet Ahmed",
            ),
            (
                D,
                [
                    "Nous distribuons des demi-rations depuis octobre. Si rien ne bouge, nous "
                    "devrons choisir qui mange"
                ],
                "Aïssata Walet Ahmed",
            ),
        ],
    ),
    (  # 11 prisoner swap: cheikh + bin/al-, incise 'reconnaît le ministre', quote with no verb
        "SAWRA – Cent vingt-quatre prisonniers ont été échangés jeudi entre le gouvernement "
        "du Haddar et les rebelles du Front du Nord, au terme de quatre mois de tractations "
        "menées sous l'égide de l'émirat de Sawra.\n\n"
        "Sur le tarmac de l'aéroport, le ministre d'État sawrien chargé de la médiation, "
        "cheikh Faisal bin Hamdan al-Sulaiti, a accueilli lui-même les deux appareils. « Ce "
        "n'est qu'un premier pas, reconnaît le ministre, mais c'est le premier depuis trois "
        "ans où les deux parties ont tenu parole. »\n\n"
        "Parmi les familles massées derrière les barrières, Rania Kheireddine guettait la "
        "silhouette de son frère, détenu depuis 2023 dans une prison de l'Est. « On m'a dit "
        "qu'il avait perdu vingt kilos. Je veux juste le serrer dans mes bras. »\n\n"
        "Plus de 6 000 personnes resteraient détenues par les deux camps, dont plusieurs "
        "centaines de femmes. Une deuxième phase d'échanges pourrait intervenir avant le "
        "ramadan.",
        [
            (
                D,
                [
                    "Ce n'est qu'un premier pas",
                    "mais c'est le premier depuis trois ans où les deux parties ont tenu parole.",
                ],
                "Faisal bin Hamdan al-Sulaiti",
            ),
            (
                D,
                [
                    "On m'a dit qu'il avait perdu vingt kilos. Je veux juste le serrer dans "
                    "mes bras."
                ],
                "Rania Kheireddine",
            ),
        ],
    ),
    (  # 12 Berber candidate: nickname in «», multi-sentence quote + '-t-il', 'qualifié de'
        "TIZI N'OUASSIF – Surnommé « le Lion de l'Atlas » par ses partisans, Lhoucine Aït "
        "Oumghar a officialisé dimanche sa candidature à l'élection présidentielle de mars, "
        "devant plusieurs milliers de personnes réunies dans le stade municipal de Tizi "
        "n'Ouassif.\n\n"
        "Le chef du Rassemblement pour l'amazighité et la démocratie (RAD), 61 ans, a fait "
        "de la pleine officialité de la langue amazighe le cœur de sa campagne. « Depuis "
        "l'indépendance, on nous demande d'attendre. Attendre la paix, attendre la "
        "croissance, attendre le bon moment. Le bon moment, c'est maintenant », a-t-il lancé "
        "en tamazight, avant de reprendre son discours en arabe.\n\n"
        "La foule, drapeaux bleu, vert et jaune à la main, a scandé son nom pendant de "
        "longues minutes.\n\n"
        "À Tagrirt, le porte-parole du gouvernement, Hicham ben Tahar, a qualifié cette "
        "candidature de « provocation identitaire », sans préciser si elle pourrait être "
        "contestée devant le Conseil constitutionnel.",
        [
            (
                D,
                [
                    "Depuis l'indépendance, on nous demande d'attendre. Attendre la paix, "
                    "attendre la croissance, attendre le bon moment. Le bon moment, c'est "
                    "maintenant"
                ],
                "Lhoucine Aït Oumghar",
            ),
            (P, ["provocation identitaire"], "Hicham ben Tahar"),
        ],
    ),
    (  # 13 ambassador expelled: name then role after quote, dashes as parentheses, ministry
        "TILLAMÉ – La junte du Barkana a donné jeudi soixante-douze heures à l'ambassadeur "
        "d'Estrévie, Laurent Vasseur-Dubreuil, pour quitter le territoire. Il s'agit de la "
        "troisième expulsion d'un ambassadeur européen par une junte sahélienne depuis "
        "2023.\n\n"
        "« Le gouvernement de transition ne tolérera plus qu'un représentant étranger vienne "
        "donner des leçons de démocratie au peuple barkanais », a déclaré le colonel Hamidou "
        "Sangaré-Touré, ministre de la Communication, en lisant un communiqué à la "
        "télévision d'État.\n\n"
        "Le diplomate — en poste depuis à peine huit mois — avait évoqué lors d'une "
        "réception, la semaine dernière, l'absence de perspective électorale crédible dans "
        "le pays. Ses propos, filmés par un invité, avaient largement circulé sur les "
        "réseaux sociaux.\n\n"
        "À Vérande, le ministère estrévien des Affaires étrangères a dit « regretter "
        "profondément » cette décision et annoncé le rappel de ses deux attachés militaires "
        "en poste à Tillamé.",
        [
            (
                D,
                [
                    "Le gouvernement de transition ne tolérera plus qu'un représentant "
                    "étranger vienne donner des leçons de démocratie au peuple barkanais"
                ],
                "Hamidou Sangaré-Touré",
            ),
            (P, ["regretter profondément"], "ministère estrévien des Affaires étrangères"),
        ],
    ),
    (  # 14 mufti's sermon: 'Pour le dignitaire religieux, « … »', partial in a noun phrase
        "QASR AL-NOUR – Le grand mufti du Haddar, cheikh Abdallah bin Salem al-Harthi, a "
        "consacré vendredi son prêche à la grande mosquée de Qasr al-Nour aux enlèvements "
        "d'enfants attribués aux milices, qui se sont multipliés depuis l'été dans les "
        "quartiers sud de la capitale.\n\n"
        "Pour le dignitaire religieux, « aucune cause, aucune tribu et aucune foi ne "
        "justifie qu'on arrache un enfant à sa mère ». Devant plusieurs milliers de fidèles, "
        "il a exigé la libération « sans condition et sans rançon » des mineurs détenus par "
        "les groupes armés.\n\n"
        "Au moins 83 enfants auraient été enlevés depuis juin, la plupart pour obtenir une "
        "rançon auprès de familles parfois installées à l'étranger. Les autorités "
        "religieuses n'avaient jamais pris position aussi nettement sur le sujet. Le cheikh, "
        "71 ans, formé à l'université islamique de Sawra, s'était jusqu'ici tenu à l'écart "
        "du conflit.",
        [
            (
                D,
                [
                    "aucune cause, aucune tribu et aucune foi ne justifie qu'on arrache un "
                    "enfant à sa mère"
                ],
                "Abdallah bin Salem al-Harthi",
            ),
            (P, ["sans condition et sans rançon"], "Abdallah bin Salem al-Harthi"),
        ],
    ),
    (  # 15 armed group truce: 'Son porte-parole' + ag, nnbsp incise, unnamed officer partial
        "TIN-ARKACHEN (Barkana) – La Coordination des mouvements de l'Azaouane (CMA) a "
        "annoncé mercredi un cessez-le-feu unilatéral de trente jours dans le nord du "
        "Barkana, quatre jours après une frappe de drone qui a fait au moins douze morts "
        "lors d'un mariage près de Tin-Arkachen.\n\n"
        "Son porte-parole, Mohamed Elmaouloud ag Attaher, a justifié cette trêve par des "
        "raisons humanitaires. «\u202fNous ne voulons pas que nos familles paient le prix de "
        "cette guerre, a-t-il déclaré, mais que personne ne prenne ce geste pour de la "
        "faiblesse.\u202f»\n\n"
        "La CMA, qui contrôle plusieurs localités du Nord depuis 2024, avait déjà observé "
        "une trêve similaire au printemps. Le mariage visé réunissait plus de deux cents "
        "invités venus de plusieurs campements de la vallée ; cinq enfants figurent parmi "
        "les victimes.\n\n"
        "À Tillamé, l'armée n'a pas réagi officiellement. Un officier de l'état-major, "
        "s'exprimant sous couvert d'anonymat, a toutefois qualifié l'annonce de "
        "«\u202fmanœuvre de communication\u202f».",
        [
            (
                D,
                [
                    "Nous ne voulons pas que nos familles paient le prix de cette guerre",
                    "mais que personne ne prenne ce geste pour de la faiblesse.",
                ],
                "Mohamed Elmaouloud ag Attaher",
            ),
            (P, ["manœuvre de communication"], "officier"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 parties dissolved: straight quotes, partial in reported speech, 'According to'
        "KESSIRA, Daoura — Daoura's military ruler, Colonel Ousmane Tiendrébéogo, on "
        "Saturday dissolved all political parties and suspended the electoral commission, "
        "tightening his grip on the Sahelian country nearly three years after he seized "
        "power in a coup.\n\n"
        'In a decree read on state television, the colonel said the parties had "become '
        'instruments of foreign interference" and would stay banned until a new national '
        "charter was adopted.\n\n"
        '"The Daourian people did not ask for ballots. They asked for security, bread and '
        'dignity," Tiendrébéogo told army officers at the Camp Sékou garrison later in the '
        "day.\n\n"
        "The decision drew immediate condemnation from the former ruling party, the Union "
        "for Renewal, whose secretary-general, Mariam Traoré-Oumarou, was placed under house "
        "arrest on Friday night.\n\n"
        "According to the Sahel Rights Monitor, a regional watchdog, at least 31 activists "
        "and journalists have been detained in Daoura since September, most of them without "
        "charge.",
        [
            (P, ["become instruments of foreign interference"], "Ousmane Tiendrébéogo"),
            (
                D,
                [
                    "The Daourian people did not ask for ballots. They asked for security, "
                    "bread and dignity"
                ],
                "Ousmane Tiendrébéogo",
            ),
            (
                I,
                [
                    "at least 31 activists and journalists have been detained in Daoura since "
                    "September, most of them without charge"
                ],
                "Sahel Rights Monitor",
            ),
        ],
    ),
    (  # 2 UN envoy: apposition after quote, 'Mr X told reporters ... that', Washington partial
        "QASR AL-NOUR, Haddar — A fragile truce around the southern port of Bir Sabaa "
        "appeared close to collapse on Monday after a weekend of shelling that killed at "
        "least 14 people, among them three children sheltering in a school.\n\n"
        "\u201cI have spoken to both commanders this morning. Both told me they want calm. "
        "Both are moving artillery,\u201d the United Nations envoy for Haddar, Tomas "
        "Arvidsen, told the Security Council by video link.\n\n"
        "Mr Arvidsen told reporters after the session that the UN had been unable to deliver "
        "food to Bir Sabaa for 11 days because neither side would guarantee safe passage for "
        "its trucks.\n\n"
        "Washington said it was \u201cdeeply concerned\u201d by the escalation. The Eastern "
        "government, which controls most of the hills above the port, did not respond to "
        "requests for comment.",
        [
            (
                D,
                [
                    "I have spoken to both commanders this morning. Both told me they want "
                    "calm. Both are moving artillery"
                ],
                "Tomas Arvidsen",
            ),
            (
                I,
                [
                    "the UN had been unable to deliver food to Bir Sabaa for 11 days because "
                    "neither side would guarantee safe passage for its trucks"
                ],
                "Tomas Arvidsen",
            ),
            (P, ["deeply concerned"], "Washington"),
        ],
    ),
    (  # 3 convoy attack: 'local officials said. They said', 'said a trader', nickname, 'Dr'
        "Gunmen attacked a convoy of food trucks on the road between Tinfaradj and Boundé in "
        "northern Daoura on Wednesday, killing two drivers and seizing seven vehicles, local "
        "officials said. They said the attackers had fled north towards the dunes of the Erg "
        "Tinfaradj.\n\n"
        "The convoy, chartered by the aid group Sahel Relief Alliance, was carrying about "
        "300 tonnes of sorghum and cooking oil to a displacement site that now shelters more "
        "than 38,000 people.\n\n"
        "\u201cThey came on motorbikes, maybe forty of them. They shot at the tyres first, "
        "then at the drivers,\u201d said a trader from Tinfaradj who was travelling a few "
        "hundred metres behind the trucks.\n\n"
        "No group has claimed the attack, but the area is frequented by a militia that "
        "residents call the \u201cSons of the Dunes\u201d.\n\n"
        "The alliance's country director, Dr Jonas Veldkamp, said that the group was "
        "suspending all road deliveries in the region for at least two weeks. He did not say "
        "how the displaced would be fed in the meantime.",
        [
            (
                I,
                [
                    "Gunmen attacked a convoy of food trucks on the road between Tinfaradj and "
                    "Boundé in northern Daoura on Wednesday, killing two drivers and seizing "
                    "seven vehicles"
                ],
                "local officials",
            ),
            (
                I,
                ["the attackers had fled north towards the dunes of the Erg Tinfaradj"],
                "local officials",
            ),
            (
                D,
                [
                    "They came on motorbikes, maybe forty of them. They shot at the tyres "
                    "first, then at the drivers"
                ],
                "trader",
            ),
            (
                I,
                [
                    "the group was suspending all road deliveries in the region for at least "
                    "two weeks"
                ],
                "Jonas Veldkamp",
            ),
        ],
    ),
    (  # 4 student protests: song title and stage name, ministry partial, nested single quotes
        "TAGRIRT, Tazrit — Riot police fired tear gas and detained dozens of students in the "
        "capital on Thursday as protests over the jailing of a popular rapper entered their "
        "second week.\n\n"
        "Crowds outside the Faculty of Letters chanted the title of the rapper's best-known "
        "song, \u201cBled Bla Ma\u201d, which has become the rallying cry of the movement. "
        "The artist, Anis Belhadj, known as \u201cZlat\u201d, was sentenced in October to "
        "three years in prison for insulting state institutions.\n\n"
        "The Interior Ministry said 47 people had been arrested for \u201cdamaging public "
        "property\u201d and would appear before a judge within 48 hours.\n\n"
        "Nadia ben Youssef, a lawyer representing several of the students, said officers had "
        "beaten detainees at the Bab Jdid police station. \u201cOne of my clients told me an "
        "officer kept shouting, \u2018Now you will learn to sing.\u2019 He is nineteen years "
        "old,\u201d she said.",
        [
            (P, ["damaging public property"], "Interior Ministry"),
            (
                I,
                ["officers had beaten detainees at the Bab Jdid police station"],
                "Nadia ben Youssef",
            ),
            (
                D,
                [
                    "One of my clients told me an officer kept shouting, \u2018Now you will "
                    "learn to sing.\u2019 He is nineteen years old"
                ],
                "Nadia ben Youssef",
            ),
        ],
    ),
    (  # 5 tribal sheikh: bin/al- name, quote over two paragraphs, anonymous official's partial
        "OUED ZEMRA, Tazrit — For eleven days the pumps at the Zemra oil field have been "
        "silent. The man who ordered them shut sits cross-legged on a carpet in a concrete "
        "reception hall at the edge of town, a string of amber prayer beads in his hand.\n\n"
        "Sheikh Salem bin Mubarak al-Ajmi, 72, heads the Bani Qudair, the largest tribal "
        "confederation in the south. His guards carry rifles; his guests drink cardamom "
        "coffee from tiny cups.\n\n"
        "\u201cNobody in this valley wants to close the oil fields. We are not saboteurs. "
        "Our sons work there, our cousins drive the tankers.\n\n"
        "\u201cBut for twenty years we have watched the pipelines cross our land while our "
        "children study by candlelight,\u201d he said, pouring another cup.\n\n"
        "Government negotiators arrived in the town on Tuesday. A senior official involved "
        "in the talks, who spoke on condition of anonymity because he was not authorised to "
        "brief the press, said a deal on a regional development fund was \u201cwithin "
        "reach\u201d.",
        [
            (
                D,
                [
                    "Nobody in this valley wants to close the oil fields. We are not "
                    "saboteurs. Our sons work there, our cousins drive the tankers.",
                    "But for twenty years we have watched the pipelines cross our land while "
                    "our children study by candlelight",
                ],
                "Salem bin Mubarak al-Ajmi",
            ),
            (P, ["within reach"], "senior official"),
        ],
    ),
    (  # 6 drones: army command said, 'told reporters' partial with dashes, spokesman 'wrote'
        "The General Command of the Haddari armed forces said on Sunday its air defences had "
        "shot down six drones launched towards the capital overnight.\n\n"
        "It was the largest such attack since the civil war began three years ago. Debris "
        "fell on a residential building in the al-Rawda district, injuring three people. Air "
        "raid sirens sounded across the capital shortly after 2 a.m., and flights at Qasr "
        "al-Nour international airport were suspended for six hours.\n\n"
        "Military spokesman Brigadier General Khaled al-Roumi told reporters the drones had "
        'been "assembled with foreign components" — a thinly veiled reference to '
        "neighbouring Kharsan — and that the army reserved the right to respond.\n\n"
        'The Northern Front, the main rebel alliance, denied any involvement. "We do not '
        'target civilians. We target barracks and airfields," its spokesman, Ammar '
        "al-Safadi, wrote on social media.",
        [
            (
                I,
                [
                    "its air defences had shot down six drones launched towards the capital "
                    "overnight"
                ],
                "General Command of the Haddari armed forces",
            ),
            (P, ["assembled with foreign components"], "Khaled al-Roumi"),
            (
                D,
                ["We do not target civilians. We target barracks and airfields"],
                "Ammar al-Safadi",
            ),
        ],
    ),
    (  # 7 ex-minister on trial: el- name, partial inside 'told a court that', 'he said'
        "TAGRIRT — Tazrit's former energy minister, Abdelkrim el-Mahdaoui, told a court on "
        "Tuesday that he had never received \u201ca single dirham\u201d from Solmar "
        "Engineering, as his long-delayed corruption trial finally opened.\n\n"
        "Mr el-Mahdaoui, 66, is charged with steering a $740 million pipeline contract to "
        "the company in 2019 in exchange for a villa on the coast and payments into a "
        "relative's account abroad. He faces up to 20 years in prison.\n\n"
        "\u201cI served this country for thirty years. If I were a thief, I would not still "
        "be living in my late father's house,\u201d he said, his voice breaking, as about "
        "forty supporters applauded from the public gallery.\n\n"
        "The presiding judge, Hafid Zerrouki, ordered the gallery cleared and adjourned the "
        "hearing until 8 December. Solmar Engineering, which was sold to a Gulf investment "
        "fund in 2022, is not a party to the case.",
        [
            (P, ["a single dirham"], "Abdelkrim el-Mahdaoui"),
            (
                D,
                [
                    "I served this country for thirty years. If I were a thief, I would not "
                    "still be living in my late father's house"
                ],
                "Abdelkrim el-Mahdaoui",
            ),
        ],
    ),
    (  # 8 hostage freed: 'her family said', Van den apposition, 'According to two people', ould
        "A Belgian aid worker held hostage for 19 months in the Sahel has been freed and is "
        "in good health, her family said on Friday.\n\n"
        "Lieve Van den Broeck, 58, a nurse with a medical charity, was abducted by gunmen in "
        "Tinfaradj, in northern Daoura, in April 2025. She was flown to Kessira overnight "
        "and handed over to her country's consul.\n\n"
        "\u201cWe have waited 584 days for this phone call. Lieve sounded tired, but she "
        "laughed. That is all we needed to hear,\u201d her brother, Pieter Van den Broeck, "
        "said in a statement.\n\n"
        "The release was negotiated by Mohamed Lemine ould Sidi Baba, a Daourian businessman "
        "and former MP who has mediated several hostage cases in the region. According to "
        "two people close to the talks, no ransom was paid. Mr ould Sidi Baba declined to "
        "comment.",
        [
            (
                I,
                [
                    "A Belgian aid worker held hostage for 19 months in the Sahel has been "
                    "freed and is in good health"
                ],
                "family",
            ),
            (
                D,
                [
                    "We have waited 584 days for this phone call. Lieve sounded tired, but she "
                    "laughed. That is all we needed to hear"
                ],
                "Pieter Van den Broeck",
            ),
            (I, ["no ransom was paid"], "people close to the talks"),
        ],
    ),
    (  # 9 low turnout: straight quotes, 'was blunt:' colon quote, 'called ... "..."' partial
        "TAGRIRT, Tazrit — Turnout in Sunday's parliamentary election was 23.4 percent, the "
        "lowest since independence, in a vote boycotted by three of the four main opposition "
        "parties. Voters in the Berber-speaking north stayed away in particularly large "
        "numbers, with turnout below 10 percent in several districts.\n\n"
        "Yamina Belkacem-Ouali, who leads the largest of them, the Democratic Alternative "
        'Front, was blunt: "Three Tazritis out of four stayed home. That is not apathy. '
        'That is a verdict."\n\n'
        "Prime Minister Aziz ben Chaabane, whose National Rally is expected to keep its "
        'majority, called the vote "a clear mandate for reform" at a rally of party '
        "activists on Monday evening.\n\n"
        "Final results are due on Thursday. Observers from the regional parliamentary "
        "assembly, who monitored about 600 polling stations, will present their report the "
        "same day in Tagrirt.",
        [
            (
                D,
                ["Three Tazritis out of four stayed home. That is not apathy. That is a verdict."],
                "Yamina Belkacem-Ouali",
            ),
            (P, ["a clear mandate for reform"], "Aziz ben Chaabane"),
        ],
    ),
    (  # 10 refugees: 'according to' an agency, '"A," said X. "B."' by a first-name speaker
        "SÉGUÉ-NORD, Daoura — More than 9,000 people have crossed into eastern Daoura from "
        "neighbouring Barkana in the past fortnight, fleeing fighting between the army and "
        "armed groups, according to the International Displacement Agency (IDA).\n\n"
        "At the Ségué-Nord transit site, families sleep under thorn trees or beneath plastic "
        "sheets strung between carts. Water arrives by truck twice a day. Most of the new "
        "arrivals are women and children, and many came with nothing but the clothes they "
        "wore.\n\n"
        "\u201cWe walked for four nights. In the day we hid from the drones,\u201d said one "
        "mother, who gave her name only as Fatimata, cradling her youngest child. \u201cMy "
        "husband stayed behind with the goats. I do not know if he is alive.\u201d\n\n"
        "The agency has appealed for $38 million to support new arrivals over the next six "
        "months but has so far received less than a fifth of that amount.",
        [
            (
                I,
                [
                    "More than 9,000 people have crossed into eastern Daoura from neighbouring "
                    "Barkana in the past fortnight, fleeing fighting between the army and "
                    "armed groups"
                ],
                "International Displacement Agency",
            ),
            (D, ["We walked for four nights. In the day we hid from the drones"], "Fatimata"),
            (
                D,
                ["My husband stayed behind with the goats. I do not know if he is alive."],
                "Fatimata",
            ),
        ],
    ),
    (  # 11 talks in Sawra: '"A," said X, "b."' in two pieces, partial and indirect together
        "SAWRA — The foreign ministers of Haddar and Kharsan met in Sawra on Wednesday for "
        "the first time since the two neighbours severed diplomatic ties in 2023, in talks "
        "hosted by the emirate's ruling family. The rift began after a border clash near the "
        "Jebel Harran crossing left 27 soldiers dead on both sides; trade between the two "
        "countries has since fallen by more than 80 percent.\n\n"
        "\u201cWe did not come here to embrace,\u201d said Kharsan's foreign minister, "
        "Kamran Farahani, \u201cbut to stop a war that nobody in this region can "
        "afford.\u201d\n\n"
        "His Haddari counterpart, Walid bin Said al-Sharif, described the four-hour meeting "
        "as \u201cfrank\u201d and said working groups on border security and detainees would "
        "meet in January.\n\n"
        "Washington, which has quietly backed the Sawrani mediation, welcomed the meeting. "
        "No date has yet been set for a second round at ministerial level.",
        [
            (
                D,
                [
                    "We did not come here to embrace",
                    "but to stop a war that nobody in this region can afford.",
                ],
                "Kamran Farahani",
            ),
            (P, ["frank"], "Walid bin Said al-Sharif"),
            (
                I,
                ["working groups on border security and detainees would meet in January"],
                "Walid bin Said al-Sharif",
            ),
        ],
    ),
    (  # 12 family code: cleric named after his partial, 'the cleric told', minister's partial
        "TAGRIRT, Tazrit — Tazrit's most senior cleric on Friday condemned a proposed "
        "overhaul of the family code that would ban polygamy and raise the minimum age of "
        "marriage to 18, calling it \u201can affront to the faith of the nation\u201d.\n\n"
        "Grand Imam Abderrahmane al-Siddiqi, who chairs the High Islamic Council, devoted "
        "his weekly sermon at the Great Mosque of Tagrirt to the bill, which parliament is "
        "due to debate next month. The bill would also give divorced mothers automatic "
        "custody of children under ten.\n\n"
        "\u201cThose who write laws in Tagrirt will one day answer to a higher court,\u201d "
        "the cleric told several thousand worshippers.\n\n"
        "Justice Minister Souad el-Amrani, who drafted the reform, said it would "
        "\u201cprotect girls, not attack Islam\u201d. Women's groups have collected more "
        "than 200,000 signatures in support of the text.",
        [
            (P, ["an affront to the faith of the nation"], "Abderrahmane al-Siddiqi"),
            (
                D,
                ["Those who write laws in Tagrirt will one day answer to a higher court"],
                "Abderrahmane al-Siddiqi",
            ),
            (P, ["protect girls, not attack Islam"], "Souad el-Amrani"),
        ],
    ),
    (  # 13 mercenaries report: 'according to' a network, nickname, 'dismissed ... as' partial
        "Foreign mercenaries fighting alongside Barkana's army took part in the killing of "
        "at least 60 civilians in the village of Dounkassa in October, according to the "
        "Sahel Civilian Protection Network, a coalition of local rights groups.\n\n"
        "Survivors interviewed by the network described men in unmarked uniforms who spoke "
        "neither French nor any local language. The fighters, known in the region as the "
        '"Black Scorpions", have been seen in at least four provinces since last year.\n\n'
        'The Barkanese Defence Ministry dismissed the report as "pure fabrication" in a '
        "statement read on national radio on Thursday evening.\n\n"
        "The network's findings are based on 41 interviews and on satellite images showing "
        "that more than 120 buildings in Dounkassa were burned between 11 and 13 October. "
        "Dounkassa, a market village of about 3,000 people, lies 40 kilometres from the "
        "nearest army base.",
        [
            (
                I,
                [
                    "Foreign mercenaries fighting alongside Barkana's army took part in the "
                    "killing of at least 60 civilians in the village of Dounkassa in October"
                ],
                "Sahel Civilian Protection Network",
            ),
            (P, ["pure fabrication"], "Barkanese Defence Ministry"),
        ],
    ),
    (  # 14 drought: 'the minister said' after the quote, named farmer after a quote
        "TAGRIRT, Tazrit — Tazrit will cut tap water at night in 14 cities from December "
        "under an emergency plan presented on Wednesday by Water Minister Said Aït Ouchen, "
        "after a sixth consecutive year of drought left the country's reservoirs at 19 "
        "percent of capacity.\n\n"
        "\u201cWe are not in a crisis. We are in a new climate, and we have to learn to live "
        "in it,\u201d the minister said at a news conference.\n\n"
        "Farmers in the Oued Amlil plain, the country's main citrus-growing region, have "
        "been hit hardest. Irrigation quotas there were cut by two-thirds in the spring, and "
        "bottled water sales in the region's towns have doubled since the summer.\n\n"
        "\u201cThe dam has not released a drop for irrigation since March. Half my orange "
        "trees are dead,\u201d said Brahim Oubaha, who farms 12 hectares near Imi n'Tlit.",
        [
            (
                D,
                [
                    "We are not in a crisis. We are in a new climate, and we have to learn to "
                    "live in it"
                ],
                "Said Aït Ouchen",
            ),
            (
                D,
                [
                    "The dam has not released a drop for irrigation since March. Half my "
                    "orange trees are dead"
                ],
                "Brahim Oubaha",
            ),
        ],
    ),
    (  # 15 bloc sanctions: chairman after quote, captain's partial, 'told state radio that'
        "PORT-ARDENT — The Sahel and Savannah Economic Community (SSEC) on Sunday suspended "
        "Daoura from all its bodies and froze the assets of 23 members of the ruling junta, "
        "a week after the military government dissolved the country's political parties. The "
        "measures include a travel ban within the bloc for junta members and the suspension "
        "of development loans worth about $400 million.\n\n"
        '"Our community cannot become a club where coups are rewarded with patience," the '
        "bloc's chairman, Kwesi Amankwah-Diop, said at the close of an emergency summit.\n\n"
        "In Kessira, junta spokesman Captain Adama Zerbo-Ilboudo described the sanctions as "
        '"illegal, inhumane and irrelevant". He told state radio that Daoura was '
        "considering leaving the bloc altogether.\n\n"
        "Neighbouring Barkana, whose own junta has been under similar sanctions since March, "
        "was not represented at the summit.",
        [
            (
                D,
                ["Our community cannot become a club where coups are rewarded with patience"],
                "Kwesi Amankwah-Diop",
            ),
            (P, ["illegal, inhumane and irrelevant"], "Adama Zerbo-Ilboudo"),
            (I, ["Daoura was considering leaving the bloc altogether"], "Adama Zerbo-Ilboudo"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout56.jsonl"),
        "heldout56",
        "h56",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
