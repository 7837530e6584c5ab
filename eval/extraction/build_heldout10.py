"""Source of the tenth held-out set: writes heldout10.jsonl (split "heldout10").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh set nobody
has tuned on. Same format and rules as GUIDE.md; names, places and figures invented. The texts
are meant to read like wire copy, regional press and features, not like a list of edge cases.
Measured once before and once after the speaker changes of that day (docs/EXTRACTION.md);
read afterwards. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout10.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-23"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f) or none; “ ” in one text.
FR: list[Item] = [
    (  # 1 hail in Valais vineyards: verb "soupire" after quote, apposition; indirect
        "Un violent orage de grêle a ravagé dimanche en fin d'après-midi une partie du vignoble "
        "de la rive droite du Rhône, entre Saillon et Leytron (VS). Sur certaines parcelles, les "
        "pertes atteignent 80 % de la récolte, à trois semaines des vendanges. Des grêlons de "
        "quatre centimètres de diamètre sont tombés pendant une vingtaine de minutes.\n\n"
        "«En trente-deux ans de métier, je n'ai jamais vu ça. Les grappes sont hachées, les "
        "feuilles arrachées, il ne reste que le bois», soupire Jean-Daniel Cretton, "
        "vigneron-encaveur à Leytron, qui exploite six hectares de chasselas et de petite "
        "arvine.\n\n"
        "Le chef de l'Office cantonal de la viticulture, Pierre-Alain Moret, a indiqué lundi "
        "qu'une cellule d'évaluation passerait dans les domaines touchés d'ici à la fin de la "
        "semaine. Moins d'un exploitant sur deux est assuré contre la grêle dans le canton.",
        [
            (
                D,
                [
                    "En trente-deux ans de métier, je n'ai jamais vu ça. Les grappes sont "
                    "hachées, les feuilles arrachées, il ne reste que le bois"
                ],
                "Jean-Daniel Cretton",
            ),
            (
                I,
                [
                    "une cellule d'évaluation passerait dans les domaines touchés d'ici à la fin "
                    "de la semaine"
                ],
                "Pierre-Alain Moret",
            ),
        ],
    ),
    (  # 2 Brussels embezzlement: "a qualifié les faits de"; Me + colon; "a fait savoir"
        "L'ancien directeur d'une asbl bruxelloise d'aide aux sans-abri a été condamné jeudi par "
        "le tribunal correctionnel de Bruxelles à trois ans de prison avec sursis pour avoir "
        "détourné près de 190 000 euros de subsides régionaux entre 2020 et 2023.\n\n"
        "À l'audience, le substitut du procureur du Roi, Thibault Verhaegen, avait qualifié les "
        "faits de « pillage organisé de l'argent des plus démunis ». Une partie des fonds avait "
        "financé des voyages au Portugal et l'achat d'un camping-car.\n\n"
        "Son avocate, Me Laurence Dewulf, avait plaidé la suspension du prononcé : « Mon client "
        "a tout avoué dès sa première audition. Il a commencé à rembourser, à hauteur de ses "
        "moyens. »\n\n"
        "Le prévenu, Marc Delvaux, 61 ans, a fait savoir par l'intermédiaire de son conseil "
        "qu'il n'interjetterait pas appel. Il devra rembourser l'intégralité des sommes à la "
        "Région bruxelloise.",
        [
            (P, ["pillage organisé de l'argent des plus démunis"], "Thibault Verhaegen"),
            (
                D,
                [
                    "Mon client a tout avoué dès sa première audition. Il a commencé à "
                    "rembourser, à hauteur de ses moyens."
                ],
                "Laurence Dewulf",
            ),
            (I, ["il n'interjetterait pas appel"], "Marc Delvaux"),
        ],
    ),
    (  # 3 Quebec junior hockey: incise with apposition inside the quote; partial after avoir
        "Les Cormorans de Sept-Rivières ont vu leur série de neuf victoires prendre fin, samedi "
        "soir, au Centre Desjardins-Laforge, où ils se sont inclinés 5-2 devant les Faucons de "
        "Lac-Mégantic.\n\n"
        "«\u00a0On a joué quarante bonnes minutes, mais au hockey junior, ça ne suffit pas, a "
        "tranché l'entraîneur-chef des Cormorans, Sylvain Thibodeau-Gagnon. Nos défenseurs ont "
        "été dépassés en troisième période.\u00a0»\n\n"
        "Le gardien Mathis Lévesque, remplacé après le quatrième but, a reconnu avoir «\u00a0perdu "
        "le fil\u00a0» du match. Âgé de 18 ans, il n'avait accordé que onze buts lors de ses huit "
        "derniers départs.\n\n"
        "Les Cormorans reprendront l'entraînement lundi à Sept-Rivières.",
        [
            (
                D,
                [
                    "On a joué quarante bonnes minutes, mais au hockey junior, ça ne suffit pas",
                    "Nos défenseurs ont été dépassés en troisième période.",
                ],
                "Sylvain Thibodeau-Gagnon",
            ),
            (P, ["perdu le fil"], "Mathis Lévesque"),
        ],
    ),
    (  # 4 New Caledonia nickel plant: woman then man; "Elle"; -t-il
        "Nouméa — L'usine métallurgique de Koniambo-Sud, dans la province Nord, suspendra sa "
        "production à la fin du mois de janvier. Le groupe Néa Métal, son actionnaire "
        "majoritaire, invoque l'effondrement des cours du nickel. Quelque 1 200 salariés et "
        "sous-traitants sont concernés.\n\n"
        "La présidente du gouvernement calédonien, Marie-Josée Wakapo, a jugé la décision "
        "«\u202fbrutale et prématurée\u202f». Elle a affirmé mardi que le territoire était prêt "
        "à étudier un prêt relais.\n\n"
        "Le secrétaire général de l'Union syndicale des mineurs, Roch Tein-Wahio, se montre plus "
        "sombre. «\u202fDans les tribus autour de Voh, une famille sur deux vit de l'usine. Si "
        "elle ferme, c'est toute la côte Ouest qui s'éteint\u202f», a-t-il prévenu, appelant à "
        "un rassemblement jeudi devant le siège du groupe.",
        [
            (P, ["brutale et prématurée"], "Marie-Josée Wakapo"),
            (I, ["le territoire était prêt à étudier un prêt relais"], "Marie-Josée Wakapo"),
            (
                D,
                [
                    "Dans les tribus autour de Voh, une famille sur deux vit de l'usine. Si "
                    "elle ferme, c'est toute la côte Ouest qui s'éteint"
                ],
                "Roch Tein-Wahio",
            ),
        ],
    ),
    (  # 5 Moroccan fossil: "Pour X, « … »"; quote over two paragraphs, "le chercheur"
        "Une équipe franco-marocaine a mis au jour, dans la région d'Erfoud, dans le sud-est du "
        "Maroc, les restes d'un reptile marin inconnu jusqu'ici, vieux d'environ 70 millions "
        "d'années. La découverte fait l'objet d'une publication ce mercredi dans la revue "
        "Cretaceous Research.\n\n"
        "Le crâne, long de 1,10 mètre, est presque complet. Pour la paléontologue Nadia "
        "Bensaïd, de l'université Hassan-II de Casablanca, qui a dirigé les fouilles, "
        "«\u00a0c'est l'un des mosasaures les mieux conservés jamais trouvés en Afrique\u00a0».\n\n"
        "Son collègue Julien Marchetti, du Muséum de Toulouse, s'attarde sur la dentition de "
        "l'animal. «\u00a0Ses dents sont arrondies, presque comme des galets. Il ne chassait "
        "sans doute pas les poissons, mais broyait des coquillages.\n\n"
        "«\u00a0Cela montre à quel point les mers de l'époque étaient diversifiées\u00a0», "
        "ajoute le chercheur.\n\n"
        "Le fossile sera exposé à partir de 2027 au musée d'histoire naturelle de Rabat.",
        [
            (
                D,
                ["c'est l'un des mosasaures les mieux conservés jamais trouvés en Afrique"],
                "Nadia Bensaïd",
            ),
            (
                D,
                [
                    "Ses dents sont arrondies, presque comme des galets. Il ne chassait sans "
                    "doute pas les poissons, mais broyait des coquillages.",
                    "Cela montre à quel point les mers de l'époque étaient diversifiées",
                ],
                "Julien Marchetti",
            ),
        ],
    ),
    (  # 6 obituary, Liège accordionist: “ ” marks; family as source; "a salué « … »"-like
        "L'accordéoniste liégeois Fernand Halleux est mort samedi à Spa, à l'âge de 88 ans, a "
        "annoncé sa fille, Anne-Marie Halleux, elle-même pianiste. Figure des bals populaires de l'après-guerre, il avait enregistré "
        "plus de quarante albums et s'était produit jusqu'à Tokyo et Buenos Aires.\n\n"
        "“Il a joué jusqu'au bout. Il y a trois semaines encore, il faisait danser les "
        "pensionnaires de sa maison de repos”, raconte-t-elle.\n\n"
        "La ministre de la Culture de la Fédération Wallonie-Bruxelles, Élodie Masset, a salué "
        "sur les réseaux sociaux “un géant de la musique populaire, qui n'a jamais oublié d'où "
        "il venait”. Ses funérailles seront célébrées mercredi en l'église Saint-Remacle.",
        [
            (
                I,
                [
                    "L'accordéoniste liégeois Fernand Halleux est mort samedi à Spa, à l'âge de 88 ans"
                ],
                "Anne-Marie Halleux",
            ),
            (
                D,
                [
                    "Il a joué jusqu'au bout. Il y a trois semaines encore, il faisait danser les "
                    "pensionnaires de sa maison de repos"
                ],
                "Anne-Marie Halleux",
            ),
            (
                P,
                ["un géant de la musique populaire, qui n'a jamais oublié d'où il venait"],
                "Élodie Masset",
            ),
        ],
    ),
    (  # 7 avalanche in Savoie: "Selon la préfecture"; unnamed mountain guide
        "Deux skieurs de randonnée ont trouvé la mort samedi matin, emportés par une avalanche "
        "dans le massif du Beaufortain (Savoie), sous le col du Cormet-d'Arêches. Un troisième "
        "membre du groupe, légèrement blessé, a pu donner l'alerte.\n\n"
        "Selon la préfecture de la Savoie, la coulée, large d'environ 150 mètres, a été "
        "déclenchée par le passage du groupe vers 9 h 30. Les victimes, deux hommes de 41 et 47 "
        "ans originaires de Chambéry, étaient expérimentées et équipées de détecteurs.\n\n"
        "Le risque d'avalanche était évalué à 3 sur une échelle de 5. « Avec la neige tombée "
        "cette semaine sur une sous-couche fragile, c'était un jour à rester sur les pistes "
        "balisées », a déploré un guide de haute montagne rencontré au départ de la station "
        "d'Arêches.\n\n"
        "Une cellule d'aide psychologique a été ouverte à la mairie de Beaufort.",
        [
            (
                I,
                [
                    "la coulée, large d'environ 150 mètres, a été déclenchée par le passage du "
                    "groupe vers 9 h 30"
                ],
                "préfecture de la Savoie",
            ),
            (
                D,
                [
                    "Avec la neige tombée cette semaine sur une sous-couche fragile, c'était un "
                    "jour à rester sur les pistes balisées"
                ],
                "guide de haute montagne",
            ),
        ],
    ),
    (  # 8 Lausanne tram vote: woman ("Elle a précisé"), man (partial, then -t-il)
        "Lausanne — Le Conseil communal a approuvé mardi soir, par 58 voix contre 31, un crédit "
        "de 94 millions de francs pour prolonger la ligne de tram jusqu'au quartier de la "
        "Blécherette. Les travaux devraient commencer à l'automne 2027.\n\n"
        "La municipale chargée de la mobilité, Corinne Rey-Bochud, s'est félicitée du "
        "résultat. Elle a précisé que la Confédération financerait près de 40 % du "
        "projet.\n\n"
        "Le chef du groupe PLR, Olivier Zbinden, a dénoncé une dépense «hors de proportion» au "
        "moment où la Ville prévoit un déficit de 60 millions. «On nous vend un tram, on va "
        "nous livrer des impôts», a-t-il lancé à la tribune.",
        [
            (I, ["la Confédération financerait près de 40 % du projet"], "Corinne Rey-Bochud"),
            (P, ["hors de proportion"], "Olivier Zbinden"),
            (D, ["On nous vend un tram, on va nous livrer des impôts"], "Olivier Zbinden"),
        ],
    ),
    (  # 9 Ivorian exam leak: "La ministre, X," partial in reported speech; unnamed candidate
        "Abidjan — Le ministère ivoirien de l'Éducation nationale a annulé lundi l'épreuve de "
        "mathématiques du baccalauréat série D, dont le sujet circulait depuis la veille sur "
        "plusieurs groupes WhatsApp. Quelque 118 000 candidats devront la repasser samedi.\n\n"
        "La ministre, Aminata Kouassi-Diabaté, a assuré lors d'un point de presse que les "
        "auteurs de la fuite « seront retrouvés et sanctionnés, quels qu'ils soient ». Une "
        "enquête a été confiée à la police criminelle.\n\n"
        "Devant le lycée classique de Cocody, les candidats oscillaient entre colère et "
        "résignation. « On a révisé pendant des mois, et voilà qu'on doit tout recommencer à "
        "cause de tricheurs », s'est indignée une candidate de 19 ans.\n\n"
        "Interrogée sur le coût de cette session, la ministre a précisé que les "
        "candidats n'auraient rien à payer pour la nouvelle session.",
        [
            (
                P,
                ["seront retrouvés et sanctionnés, quels qu'ils soient"],
                "Aminata Kouassi-Diabaté",
            ),
            (
                D,
                [
                    "On a révisé pendant des mois, et voilà qu'on doit tout recommencer à cause "
                    "de tricheurs"
                ],
                "candidate",
            ),
            (
                I,
                ["les candidats n'auraient rien à payer pour la nouvelle session"],
                "Aminata Kouassi-Diabaté",
            ),
        ],
    ),
    (  # 10 rural GP feature: quote over two paragraphs, "glisse le médecin"; colon; d'après
        "À Bourganeuf (Creuse), le cabinet du docteur Gérard Lamothe ne désemplit pas. À 71 "
        "ans, le généraliste devait prendre sa retraite il y a six ans. Il est toujours là, "
        "faute de successeur.\n\n"
        "« J'ai 2 300 patients. Si je m'arrête, où iront-ils ? Le plus proche confrère qui "
        "accepte de nouveaux malades est à quarante kilomètres.\n\n"
        "« Je ne me plains pas, j'aime ce métier. Mais je ne suis pas éternel », glisse le "
        "médecin entre deux consultations.\n\n"
        "Dans la salle d'attente, Josiane, 84 ans, venue renouveler son ordonnance, ne cache pas "
        "son angoisse : « Le jour où il partira, je ne sais pas ce que je ferai. Je ne conduis "
        "plus. »\n\n"
        "D'après l'agence régionale de santé Nouvelle-Aquitaine, près d'un habitant de la Creuse "
        "sur cinq n'a plus de médecin traitant.",
        [
            (
                D,
                [
                    "J'ai 2 300 patients. Si je m'arrête, où iront-ils ? Le plus proche confrère "
                    "qui accepte de nouveaux malades est à quarante kilomètres.",
                    "Je ne me plains pas, j'aime ce métier. Mais je ne suis pas éternel",
                ],
                "Gérard Lamothe",
            ),
            (
                D,
                ["Le jour où il partira, je ne sais pas ce que je ferai. Je ne conduis plus."],
                "Josiane",
            ),
            (
                I,
                ["près d'un habitant de la Creuse sur cinq n'a plus de médecin traitant"],
                "agence régionale de santé Nouvelle-Aquitaine",
            ),
        ],
    ),
    (  # 11 Comté takeover: “ ” marks, role+org after the cue; "a expliqué avoir"; partial
        "Le groupe laitier savoyard Alpéor a finalisé lundi le rachat de la fromagerie "
        "Bourdenet, à Mouthe (Doubs), l'un des derniers affineurs indépendants de comté, pour "
        "un montant non communiqué. L'entreprise familiale emploie 85 personnes.\n\n"
        "“Nous garderons le site, la marque et toutes les équipes. Il n'y a aucun plan social "
        "dans nos cartons”, a promis le directeur général d'Alpéor, Stéphane Mugnier, lors "
        "d'une réunion avec le personnel.\n\n"
        "Le cédant, Bernard Bourdenet, 67 ans, a expliqué avoir cherché pendant quatre ans un "
        "repreneur au sein de la famille, sans succès.\n\n"
        "Chez les producteurs de lait, l'inquiétude demeure. Le président de la coopérative des "
        "Hauts-Doubs, Luc Vuillemin, redoute que le prix du lait soit “aligné à terme sur celui "
        "de la plaine”.",
        [
            (
                D,
                [
                    "Nous garderons le site, la marque et toutes les équipes. Il n'y a aucun "
                    "plan social dans nos cartons"
                ],
                "Stéphane Mugnier",
            ),
            (
                I,
                [
                    "avoir cherché pendant quatre ans un repreneur au sein de la famille, sans "
                    "succès"
                ],
                "Bernard Bourdenet",
            ),
            (P, ["aligné à terme sur celui de la plaine"], "Luc Vuillemin"),
        ],
    ),
    (  # 12 Polynesian pilots' strike: company via "La direction d'X"; woman then man
        "Papeete — La grève des pilotes de la compagnie interinsulaire Air Moana est entrée "
        "mercredi dans son cinquième jour, privant plusieurs archipels de liaisons régulières. "
        "Aux Marquises, des patients attendent toujours leur évacuation sanitaire vers "
        "Tahiti.\n\n"
        "La direction d'Air Moana maintient sa proposition d'une hausse de 2,5 % des salaires, "
        "jugée insuffisante par le syndicat. «\u202fNous ne demandons pas la lune. Nous "
        "demandons que nos heures de vol soient payées au même tarif qu'en métropole\u202f», a "
        "martelé la porte-parole du Syndicat des pilotes polynésiens, Hinano "
        "Teriierooiterai.\n\n"
        "Le ministre des Transports du Pays, Teva Flosse-Raapoto, a appelé les deux parties à "
        "«\u202frevenir à la table sans préalable\u202f». Il a indiqué qu'un avion de la "
        "compagnie privée Tahiti Wings avait été affrété pour les évacuations urgentes.",
        [
            (
                D,
                [
                    "Nous ne demandons pas la lune. Nous demandons que nos heures de vol soient "
                    "payées au même tarif qu'en métropole"
                ],
                "Hinano Teriierooiterai",
            ),
            (P, ["revenir à la table sans préalable"], "Teva Flosse-Raapoto"),
            (
                I,
                [
                    "un avion de la compagnie privée Tahiti Wings avait été affrété pour les "
                    "évacuations urgentes"
                ],
                "Teva Flosse-Raapoto",
            ),
        ],
    ),
    (  # 13 wolf attack in the Vosges: "témoigne l'éleveur, X"; partial in relative; préfète
        "Une quinzaine de brebis ont été tuées dans la nuit de dimanche à lundi sur une "
        "exploitation de Gérardmer (Vosges), la troisième attaque attribuée au loup dans le "
        "secteur depuis la fin de l'été.\n\n"
        "«Je les ai retrouvées au petit matin, au pied de la clôture. Les autres étaient "
        "tellement terrorisées qu'elles ne voulaient plus sortir de la bergerie», témoigne "
        "l'éleveur, Florian Claudel, 34 ans, installé depuis cinq ans.\n\n"
        "Le jeune homme réclame l'autorisation de tirs de défense, qu'il juge «seule réponse à "
        "la hauteur».\n\n"
        "La préfète des Vosges, Sylvie Hamard-Leclerc, a indiqué mardi qu'une analyse ADN était "
        "en cours. La présence d'au moins deux loups est avérée dans le massif depuis le "
        "printemps.",
        [
            (
                D,
                [
                    "Je les ai retrouvées au petit matin, au pied de la clôture. Les autres "
                    "étaient tellement terrorisées qu'elles ne voulaient plus sortir de la "
                    "bergerie"
                ],
                "Florian Claudel",
            ),
            (P, ["seule réponse à la hauteur"], "Florian Claudel"),
            (I, ["une analyse ADN était en cours"], "Sylvie Hamard-Leclerc"),
        ],
    ),
    (  # 14 Tour du Faso: role "le coureur" after the cue; partial inside reported speech
        "Ouagadougou — Le Burkinabè Abdoulaye Zongo a remporté dimanche le Tour du Faso, au "
        "terme de la dixième et dernière étape disputée dans les rues de la capitale. Il "
        "devient le premier coureur local à s'imposer depuis 2019.\n\n"
        "« Ce maillot jaune, je le dédie à ma mère, qui vendait des beignets pour payer mon "
        "premier vélo », a lancé, ému, le coureur de 24 ans sur le podium, devant plusieurs "
        "milliers de spectateurs.\n\n"
        "Son directeur sportif, l'Érythréen Samuel Tesfay, a estimé que son protégé avait « le "
        "niveau pour passer professionnel en Europe ». Plusieurs équipes continentales "
        "françaises et belges l'auraient déjà approché.",
        [
            (
                D,
                [
                    "Ce maillot jaune, je le dédie à ma mère, qui vendait des beignets pour payer "
                    "mon premier vélo"
                ],
                "Abdoulaye Zongo",
            ),
            (P, ["le niveau pour passer professionnel en Europe"], "Samuel Tesfay"),
        ],
    ),
    (  # 15 Swiss glaciers: "d'après X, qui …"; colon with "met en garde"; -t-elle
        "Les glaciers suisses ont perdu 3,1 % de leur volume en 2026, d'après le réseau de "
        "surveillance Glamos, qui a publié mardi son rapport annuel. C'est la troisième plus "
        "forte fonte jamais mesurée, après 2022 et 2023.\n\n"
        "La glaciologue Mélanie Furrer, qui coordonne les mesures, met en garde\u00a0: "
        "«\u00a0Même si nous arrêtions toutes les émissions demain, les deux tiers des glaciers "
        "alpins disparaîtraient d'ici à la fin du siècle.\u00a0»\n\n"
        "L'hiver, peu enneigé, et les vagues de chaleur de juillet ont été particulièrement "
        "néfastes. Selon la chercheuse, la fonte a atteint jusqu'à dix centimètres par jour au "
        "glacier du Rhône.",
        [
            (I, ["Les glaciers suisses ont perdu 3,1 % de leur volume en 2026"], "Glamos"),
            (
                D,
                [
                    "Même si nous arrêtions toutes les émissions demain, les deux tiers des "
                    "glaciers alpins disparaîtraient d'ici à la fin du siècle."
                ],
                "Mélanie Furrer",
            ),
            (
                I,
                ["la fonte a atteint jusqu'à dix centimètres par jour au glacier du Rhône"],
                "Mélanie Furrer",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 NSW council, koala corridor: "said Councillor X"; company "said in a statement that"
        "BELLINGARRA, N.S.W. — Councillors in the Bellingarra Shire voted 6-3 on Wednesday night "
        "to reject a 420-home subdivision on the edge of the Wattle Creek koala corridor, "
        "defying advice from their own planning staff.\n\n"
        "\"We've lost nearly half our koalas in this shire since the 2019 fires. I wasn't going "
        'to be the one who signed away the rest," said Councillor Bronwyn Tait, who moved the '
        "motion.\n\n"
        "The developer, Coastline Living Group, said in a statement that it would appeal to the "
        "Land and Environment Court. Work on the site had been due to begin in March.",
        [
            (
                D,
                [
                    "We've lost nearly half our koalas in this shire since the 2019 fires. I "
                    "wasn't going to be the one who signed away the rest"
                ],
                "Bronwyn Tait",
            ),
            (I, ["it would appeal to the Land and Environment Court"], "Coastline Living Group"),
        ],
    ),
    (  # 2 UK sentencing: "told the court that"; "Recorder X said:" with single marks
        "A van driver who was looking at his phone when he hit and killed a cyclist on the A49 "
        "near Ludcombe has been jailed for six years.\n\n"
        "Kieran Moss, 29, of Orchard Way, Ludcombe, pleaded guilty at Shrewsford Crown Court to "
        "causing death by dangerous driving. Prosecutor Anita Sharma told the court that Moss "
        "had sent or read 14 messages in the ten minutes before the crash, in which retired "
        "teacher Graham Ellery, 66, died at the scene.\n\n"
        "Jailing him, Recorder Philip Haines said: ‘Mr Ellery was wearing high-visibility "
        "clothing, on a straight road, in broad daylight. He was there to be seen, had you been "
        "looking.’\n\n"
        "Moss was also banned from driving for eight years.",
        [
            (
                I,
                [
                    "Moss had sent or read 14 messages in the ten minutes before the crash, in "
                    "which retired teacher Graham Ellery, 66, died at the scene"
                ],
                "Anita Sharma",
            ),
            (
                D,
                [
                    "Mr Ellery was wearing high-visibility clothing, on a straight road, in broad "
                    "daylight. He was there to be seen, had you been looking."
                ],
                "Philip Haines",
            ),
        ],
    ),
    (  # 3 regional airline: "told analysts that"; union "called … “…”"; analyst after "said"
        "Shares of Prairie Sky Airlines rose 6 percent on Thursday after the Omaha-based "
        "regional carrier announced an order for 24 turboprop aircraft and the return of flights "
        "to five small cities it abandoned during the pandemic.\n\n"
        "Chief executive Dana Whitlock told analysts that the $410 million order would be "
        "financed mostly through leases and would not require issuing new shares.\n\n"
        "The Air Line Crew Association, which represents Prairie Sky's 610 pilots and has been "
        "negotiating a new contract for 18 months, called the announcement “a slap in the face” "
        "to crews who accepted pay cuts in 2021.\n\n"
        "“These are cities where we used to make money, and we will again,” Ms. Whitlock said.",
        [
            (
                I,
                [
                    "the $410 million order would be financed mostly through leases and would "
                    "not require issuing new shares"
                ],
                "Dana Whitlock",
            ),
            (P, ["a slap in the face"], "Air Line Crew Association"),
            (
                D,
                ["These are cities where we used to make money, and we will again"],
                "Dana Whitlock",
            ),
        ],
    ),
    (  # 4 women's cricket: captain "she said", coach "the coach said"; conceded + partial
        "Tasmania's women cruised to a nine-wicket win over Queensland at Bellerive Oval on "
        "Saturday to go top of the one-day table.\n\n"
        "Captain Ellie Brannigan hit an unbeaten 94 and finished the match with a six over "
        "long-on. \"We probably turned 20 singles into twos today. That's the difference in a "
        'close game," she said.\n\n'
        "Coach Andrew Pyke singled out his young spinners, who shared seven wickets. \"They've "
        'been brilliant. I keep telling the selectors to come and watch," the coach said.\n\n'
        'Queensland captain Sophie Larkin conceded her side had been "outplayed in every '
        'department".',
        [
            (
                D,
                [
                    "We probably turned 20 singles into twos today. That's the difference in a "
                    "close game"
                ],
                "Ellie Brannigan",
            ),
            (
                D,
                ["They've been brilliant. I keep telling the selectors to come and watch"],
                "Andrew Pyke",
            ),
            (P, ["outplayed in every department"], "Sophie Larkin"),
        ],
    ),
    (  # 5 exoplanet: organisation "said in a statement" after the clause; split quote + Dr.
        "Astronomers using a telescope in Chile's Atacama Desert have found a planet roughly "
        "twice the size of Earth orbiting a small red star 48 light-years away, in a zone where "
        "liquid water could exist on its surface.\n\n"
        "The planet, known as TOI-5512 b, takes 19 days to circle its star, the Southern Skies "
        "Observatory said in a statement on Wednesday.\n\n"
        '"It\'s not a second Earth," said Dr. Rosalind Achebe-Hart, an astrophysicist at the '
        "University of Kelburn and the study's lead author, \"but it is one of the best targets "
        'we have for looking at an atmosphere."',
        [
            (
                I,
                ["The planet, known as TOI-5512 b, takes 19 days to circle its star"],
                "Southern Skies Observatory",
            ),
            (
                D,
                [
                    "It's not a second Earth",
                    "but it is one of the best targets we have for looking at an atmosphere.",
                ],
                "Rosalind Achebe-Hart",
            ),
        ],
    ),
    (  # 6 obituary, Welsh choir: "said X, the choir's secretary"; "described him as"
        "Gwilym Pryce-Evans, who conducted the Cwmderwen Male Voice Choir for 41 years and took "
        "it from a village chapel to the Royal Albert Hall, has died aged 89.\n\n"
        "He joined the choir as a 16-year-old baritone in 1953, while working underground at "
        "the Cwmderwen colliery, and became its musical director in 1979. Under his baton the "
        "choir won at the National Eisteddfod six times.\n\n"
        '"He could hear a tenor going flat from the back of a rugby stand. He never raised his '
        "voice and he never needed to,\" said Huw Bevan, the choir's secretary, who sang under "
        "him for more than thirty years.\n\n"
        'The First Minister, Carys Llewelyn, described him as "a giant of Welsh music and a '
        'gentleman to his fingertips".\n\n'
        "He is survived by his wife, Eirlys, two daughters and five grandchildren.",
        [
            (
                D,
                [
                    "He could hear a tenor going flat from the back of a rugby stand. He never "
                    "raised his voice and he never needed to"
                ],
                "Huw Bevan",
            ),
            (
                P,
                ["a giant of Welsh music and a gentleman to his fingertips"],
                "Carys Llewelyn",
            ),
        ],
    ),
    (  # 7 ferry aground: coastguard "said" + clause; passenger; operator "said it “…”"
        "A ferry carrying 112 passengers ran aground off the Isle of Cairnsay on Sunday evening, "
        "leaving those on board stranded for nearly five hours before they were brought ashore "
        "by lifeboat.\n\n"
        "The MV Loch Eriboll struck rocks shortly after leaving Port Ardmore at about 6.20pm in "
        "a heavy swell. No one was seriously hurt.\n\n"
        "‘The whole ship shuddered and then everything in the café slid off the tables. People "
        "were quite calm, to be fair, but the children were frightened,’ said passenger Fiona "
        "MacRae, 58, from Inverness. Mrs MacRae said crew members had handed out blankets and "
        "hot drinks while they waited for the lifeboats.\n\n"
        "The operator, Hebridean Sea Links, said it ‘sincerely apologised’ to passengers. The "
        "Marine Accident Investigation Branch has sent inspectors to the island.",
        [
            (
                D,
                [
                    "The whole ship shuddered and then everything in the café slid off the "
                    "tables. People were quite calm, to be fair, but the children were frightened"
                ],
                "Fiona MacRae",
            ),
            (
                I,
                [
                    "crew members had handed out blankets and hot drinks while they waited for the lifeboats"
                ],
                "Fiona MacRae",
            ),
            (P, ["sincerely apologised"], "Hebridean Sea Links"),
        ],
    ),
    (  # 8 Iowa water rates: "told council members" (no that); quote attributed by context
        "CEDAR FORKS, Iowa — Water bills in Cedar Forks will rise by an average of $11 a month "
        "next year after the City Council voted 5-2 on Monday to fund a $38 million upgrade of "
        "the city's 1950s treatment plant.\n\n"
        "City Manager Luis Ortega told council members the plant had failed state inspections "
        "twice in three years and could face fines of up to $10,000 a day.\n\n"
        "Council member Janet Kowalczyk, one of the two no votes, wanted the increase phased in "
        'over three years. "A lot of people in this town are on fixed incomes. Eleven dollars is '
        'a week of groceries for some of my neighbors."\n\n'
        "Residents who spoke during public comment were divided. \"I'd rather pay now than "
        'drink brown water later," one retired firefighter told the council.',
        [
            (
                I,
                [
                    "the plant had failed state inspections twice in three years and could face "
                    "fines of up to $10,000 a day"
                ],
                "Luis Ortega",
            ),
            (
                D,
                [
                    "A lot of people in this town are on fixed incomes. Eleven dollars is a week "
                    "of groceries for some of my neighbors."
                ],
                "Janet Kowalczyk",
            ),
            (D, ["I'd rather pay now than drink brown water later"], "retired firefighter"),
        ],
    ),
    (  # 9 measles in NZ: officials "warned that"; Dr + said; "she said"
        "Health officials in the Waikanae district have confirmed 14 cases of measles linked to "
        "a primary school in Ōtaki Bay, and warned that more were likely over the next "
        "fortnight.\n\n"
        "Medical officer of health Dr Aroha Ngata said vaccination rates at the school were "
        "below 80 percent.\n\n"
        "“Measles is one of the most contagious diseases we know of. If you are not sure whether "
        "your children are immunised, please check today, not next week,” she said.\n\n"
        "Free vaccination clinics will run at the school hall on Saturday and Sunday.",
        [
            (I, ["more were likely over the next fortnight"], "health officials"),
            (I, ["vaccination rates at the school were below 80 percent"], "Aroha Ngata"),
            (
                D,
                [
                    "Measles is one of the most contagious diseases we know of. If you are not "
                    "sure whether your children are immunised, please check today, not next week"
                ],
                "Aroha Ngata",
            ),
        ],
    ),
    (  # 10 last lighthouse keeper: quote over two paragraphs, surname after; wife "called"
        "For 31 years, Lorne MacIsaac kept the light on Gannet Rock, a wind-scoured island 19 "
        "kilometres off the coast of Nova Scotia. On Tuesday, the Canadian Coast Guard ended his "
        "posting, and with it the last staffed lighthouse in the Maritimes.\n\n"
        "\"People think it's lonely out there. It isn't. You have the birds, the seals, the "
        "weather, the radio. You're never bored for a minute.\n\n"
        '"What I\'ll miss is the quiet in the morning, before the first boat goes by," '
        "MacIsaac said as he loaded the last of his boxes onto the supply vessel.\n\n"
        "His wife, Donna MacIsaac, who lived on the rock with him for 22 of those years, called "
        'the move to Yarmouth "a bit of a shock to the system".\n\n'
        "The light itself has been automated since 2004.",
        [
            (
                D,
                [
                    "People think it's lonely out there. It isn't. You have the birds, the seals, "
                    "the weather, the radio. You're never bored for a minute.",
                    "What I'll miss is the quiet in the morning, before the first boat goes by",
                ],
                "Lorne MacIsaac",
            ),
            (P, ["a bit of a shock to the system"], "Donna MacIsaac"),
        ],
    ),
    (  # 11 appeals court: "Writing for the majority, Judge X said"; dissent "wrote that … “…”"
        "A federal appeals court on Friday struck down Bitterroot Falls County's ban on "
        "overnight camping in public parks.\n\n"
        "Writing for the 2-1 majority, Judge Elena Marquez-Hollis said the county had not "
        "offered a single shelter bed to the 37 people it cited in 2024.\n\n"
        "“A county may regulate its parks. It may not punish people for having nowhere else to "
        "sleep,” she wrote.\n\n"
        "In a dissent, Judge Robert Fenwick wrote that the ruling would leave local governments “powerless to keep "
        "parks safe and usable”.\n\n"
        "The case was brought by the Mountain West Justice Project on behalf of three "
        "plaintiffs.\n\n"
        "The county has 90 days to seek a rehearing.",
        [
            (
                I,
                [
                    "the county had not offered a single shelter bed to the 37 people it cited in 2024"
                ],
                "Elena Marquez-Hollis",
            ),
            (
                D,
                [
                    "A county may regulate its parks. It may not punish people for having "
                    "nowhere else to sleep"
                ],
                "Elena Marquez-Hollis",
            ),
            (P, ["powerless to keep parks safe and usable"], "Robert Fenwick"),
        ],
    ),
    (  # 12 university cuts: "announced" after the clause; "told staff in an email"; Dr
        "The University of Southern Tablelands will cut 190 jobs and close its campus in Moree "
        "at the end of next year, vice-chancellor Professor Ian Calloway announced on "
        "Monday. The Moree campus, opened in 2009, has about 600 students, many of them training "
        "as nurses and teachers.\n\n"
        "Professor Calloway told staff in an email the university faced a $54 million deficit "
        "after a sharp fall in international enrolments.\n\n"
        "\"Staff are angry, but they're not surprised. We've been warning about this for three "
        "years,\" said Dr Meredith Shaw, the union's branch president.",
        [
            (
                I,
                [
                    "The University of Southern Tablelands will cut 190 jobs and close its campus "
                    "in Moree at the end of next year"
                ],
                "Ian Calloway",
            ),
            (
                I,
                [
                    "the university faced a $54 million deficit after a sharp fall in "
                    "international enrolments"
                ],
                "Ian Calloway",
            ),
            (
                D,
                [
                    "Staff are angry, but they're not surprised. We've been warning about this "
                    "for three years"
                ],
                "Meredith Shaw",
            ),
        ],
    ),
    (  # 13 bird flu: "A Defra spokesperson said"; farmer after "said the farm's owner, X"
        "A 27,000-bird free-range egg farm near Haddesley, North Yorkshire, has been placed "
        "under restrictions after an outbreak of bird flu was confirmed on Thursday.\n\n"
        "A Defra spokesperson said all birds on the premises would be humanely culled and a "
        "3km protection zone had been put in place around the site.\n\n"
        '"You do everything right, the biosecurity, the footbaths, the netting, and it still '
        "gets in. It's heartbreaking,\" said the farm's owner, Richard Ackroyd, whose family "
        "has kept hens there since 1961.",
        [
            (
                I,
                [
                    "all birds on the premises would be humanely culled and a 3km protection zone "
                    "had been put in place around the site"
                ],
                "Defra",
            ),
            (
                D,
                [
                    "You do everything right, the biosecurity, the footbaths, the netting, and it "
                    "still gets in. It's heartbreaking"
                ],
                "Richard Ackroyd",
            ),
        ],
    ),
    (  # 14 theatre closure: colon-introduced quote; "Ms X insisted"
        "The Kelvin Street Playhouse in Glasgow will close in March after 74 years. In a "
        "statement on Tuesday, the theatre blamed a 40 percent rise in running costs and the "
        "loss of its council grant.\n\n"
        'Its artistic director, Niamh Gallagher, did not hide her anger: "We sold 96 percent '
        "of our seats last year. This isn't a theatre that failed. It's a theatre that was let "
        'down."\n\n'
        "Glasgow City Council had offered a one-year emergency grant of £150,000, which the "
        "board turned down. Ms Gallagher insisted the sum would have covered barely four months "
        "of costs.",
        [
            (
                D,
                [
                    "We sold 96 percent of our seats last year. This isn't a theatre that failed. "
                    "It's a theatre that was let down."
                ],
                "Niamh Gallagher",
            ),
            (
                I,
                ["the sum would have covered barely four months of costs"],
                "Niamh Gallagher",
            ),
        ],
    ),
    (  # 15 Irish bus strike: minister after the quote ("told RTÉ"); union man; "The minister"
        "DUBLIN — Bus services across much of the west of Ireland will be disrupted from Monday "
        "after drivers at Western Coach Services voted to strike over rosters.\n\n"
        "“Nobody wins from a strike. I'm asking both sides to go back to the Workplace "
        "Relations Commission this weekend,” Transport Minister Orla Fitzmaurice told RTÉ radio "
        "on Saturday.\n\n"
        "Dermot Kinsella, regional organiser for the National Bus Workers' Union, said drivers "
        "were being rostered for split shifts of up to 14 hours.\n\n"
        "The minister maintained that the dispute was a matter for the company and its staff.",
        [
            (
                D,
                [
                    "Nobody wins from a strike. I'm asking both sides to go back to the Workplace "
                    "Relations Commission this weekend"
                ],
                "Orla Fitzmaurice",
            ),
            (
                I,
                ["drivers were being rostered for split shifts of up to 14 hours"],
                "Dermot Kinsella",
            ),
            (I, ["the dispute was a matter for the company and its staff"], "Orla Fitzmaurice"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout10.jsonl"),
        "heldout10",
        "10",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
