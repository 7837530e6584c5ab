"""Source of the 70th held-out set: writes heldout70.jsonl (split "heldout70").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
crime and court reporting: trials and verdicts, prosecutors' closing speeches and defence pleas,
witnesses at the bar, police and prosecutors' statements, victims' families, appeals.
Measured once with 0.3.0, 0.24.0 and 0.25.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout70.py
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
    (  # 1 assize verdict: no-break spaces, cue after with the speaker in apposition at the end
        # ("l'avocate de la famille Pellerin, Me Sophie Aubertin"), "avait-il plaidé" pronoun for
        # the defence lawyer, colon before the accused's last words, "a requis" + noun not speech
        "La cour d'assises de la Haute-Vienne a condamné vendredi soir Didier Marcoux, 52 ans, à "
        "vingt-deux ans de réclusion criminelle pour le meurtre de son associé, Laurent Pellerin, "
        "tué de trois coups de feu en mars 2024 dans un entrepôt de Saint-Junien. L'avocate "
        "générale avait requis vingt-cinq ans de réclusion, assortis d'une période de sûreté des "
        "deux tiers.\n\n"
        "«\u00a0C'est une décision juste, qui reconnaît enfin la préméditation\u00a0», a réagi à "
        "la sortie de l'audience l'avocate de la famille Pellerin, Me Sophie Aubertin. La veuve "
        "et les deux enfants de la victime avaient assisté à l'ensemble des débats, assis au "
        "premier rang.\n\n"
        "Le conseil de l'accusé, Me Karim Bensalem, dispose de dix jours pour faire appel. "
        "«\u00a0Nous avons toujours contesté la thèse d'un guet-apens. Didier Marcoux a paniqué, "
        "il n'a jamais voulu tuer\u00a0», avait-il plaidé une dernière fois devant les jurés dans "
        "la matinée.\n\n"
        "Pendant les quatre jours de procès, l'accusé s'est peu exprimé. Invité à prendre la "
        "parole avant que la cour ne se retire pour délibérer, il s'est tourné vers la famille de "
        "la victime\u00a0: «\u00a0Je ne demande pas de pardon. Je sais que je ne le mérite "
        "pas.\u00a0»",
        [
            (
                D,
                ["C'est une décision juste, qui reconnaît enfin la préméditation"],
                "Sophie Aubertin",
            ),
            (
                D,
                [
                    "Nous avons toujours contesté la thèse d'un guet-apens. Didier Marcoux a "
                    "paniqué, il n'a jamais voulu tuer"
                ],
                "Karim Bensalem",
            ),
            (
                D,
                ["Je ne demande pas de pardon. Je sais que je ne le mérite pas."],
                "Didier Marcoux",
            ),
        ],
    ),
    (  # 2 jewellery robbery, police custody: plain spaces, prosecutor with role + place in
        # apposition after the quote, unnamed speaker ("Le bijoutier") with a partial inside
        # "a confié ... qu'il avait « ... »" (only the partial), newspaper name not a speaker
        "Trois hommes âgés de 19 à 27 ans ont été placés en garde à vue mardi, trois jours après "
        "l'attaque à main armée d'une bijouterie du centre-ville de Valmorel. Les suspects ont "
        "été interpellés à l'aube dans deux appartements de la périphérie, où des bijoux et une "
        "arme de poing ont été retrouvés lors des perquisitions.\n\n"
        "« Le travail d'enquête a été rapide et méthodique. Les investigations se poursuivent "
        "pour identifier un éventuel quatrième complice », a indiqué dans un communiqué le "
        "procureur de la République de Chambéry, Olivier Castaing.\n\n"
        "Le butin, estimé à 180 000 euros, n'a été que partiellement récupéré. Le bijoutier, "
        "légèrement blessé à la main lors du braquage, a confié à L'Écho des Alpes qu'il avait "
        "« cru mourir » quand l'un des agresseurs avait pointé son arme sur lui.\n\n"
        "Les trois hommes, déjà connus des services de police pour des vols avec violence, "
        "devraient être présentés à un juge d'instruction jeudi. Ils encourent jusqu'à trente "
        "ans de réclusion criminelle.",
        [
            (
                D,
                [
                    "Le travail d'enquête a été rapide et méthodique. Les investigations se "
                    "poursuivent pour identifier un éventuel quatrième complice"
                ],
                "Olivier Castaing",
            ),
            (P, ["cru mourir"], "bijoutier"),
        ],
    ),
    (  # 3 appeal of a former mayor: « » without inner spaces, "Pour son avocat, Me X, «...»"
        # direct, name with particle (Hervé de Kerangal, not quoted), association with generic
        # noun dropped + partial, its president named after the quote
        "La cour d'appel de Rennes a confirmé mercredi la condamnation de l'ancien maire de "
        "Plouzennec, Hervé de Kerangal, à trois ans d'emprisonnement dont un ferme pour "
        "détournement de fonds publics. En première instance, le tribunal correctionnel de "
        "Quimper l'avait reconnu coupable d'avoir utilisé plus de 240 000 euros de la commune "
        "pour financer des travaux dans sa résidence secondaire.\n\n"
        "Pour son avocat, Me Julien Lestrade, «la cour n'a pas voulu entendre les explications "
        "de mon client, qui a toujours agi dans l'intérêt de sa commune». L'ancien élu dispose "
        "de cinq jours pour former un pourvoi en cassation.\n\n"
        "L'association anticorruption Transparence Ouest, partie civile, s'est félicitée d'une "
        "décision «exemplaire». «Les habitants de Plouzennec ont été trahis par celui qu'ils "
        "avaient élu. Ils ont aujourd'hui une réponse», a déclaré sa présidente, Maryvonne Le "
        "Goff.\n\n"
        "M. de Kerangal, qui n'était pas présent au délibéré, a également été condamné à cinq "
        "ans d'inéligibilité. Il avait démissionné de son mandat en 2022, quelques semaines "
        "après l'ouverture de l'enquête préliminaire.",
        [
            (
                D,
                [
                    "la cour n'a pas voulu entendre les explications de mon client, qui a "
                    "toujours agi dans l'intérêt de sa commune"
                ],
                "Julien Lestrade",
            ),
            (P, ["exemplaire"], "Transparence Ouest"),
            (
                D,
                [
                    "Les habitants de Plouzennec ont été trahis par celui qu'ils avaient élu. Ils "
                    "ont aujourd'hui une réponse"
                ],
                "Maryvonne Le Goff",
            ),
        ],
    ),
    (  # 4 witness at the bar: narrow no-break spaces, "a-t-elle raconté", dialogue dashes
        # (question kept with its "?", "a-t-il demandé" for the presiding judge, "le témoin"
        # for the neighbour), "l'a interrogée sur" + noun not speech
        "Au troisième jour du procès de Franck Delorme devant la cour d'assises du Var, la salle "
        "s'est figée lorsque Yasmina Haddad, 34 ans, voisine du couple, s'est avancée à la barre. "
        "C'est elle qui avait appelé les secours dans la nuit du 12 au 13 juin 2023, lorsque "
        "Céline Delorme avait été retrouvée inconsciente au pied de l'escalier de la maison.\n\n"
        "«\u202fJ'entendais des cris presque tous les soirs. Cette nuit-là, ils se sont arrêtés "
        "d'un coup\u202f», a-t-elle raconté d'une voix basse, sans jamais regarder l'accusé.\n\n"
        "Le président de la cour, Bernard Loiseau, l'a longuement interrogée sur l'heure des "
        "faits.\n"
        "— Êtes-vous certaine qu'il était plus de minuit\u202f? a-t-il demandé.\n"
        "— Oui, parce que le journal de la radio venait de commencer, a répondu le témoin.\n\n"
        "Franck Delorme, 47 ans, comparaît pour meurtre. Il a secoué la tête à plusieurs reprises "
        "pendant la déposition. Son avocat, Me Thierry Vasseur, doit plaider jeudi, et le verdict "
        "est attendu vendredi.",
        [
            (
                D,
                [
                    "J'entendais des cris presque tous les soirs. Cette nuit-là, ils se sont "
                    "arrêtés d'un coup"
                ],
                "Yasmina Haddad",
            ),
            (D, ["Êtes-vous certaine qu'il était plus de minuit\u202f?"], "Bernard Loiseau"),
            (D, ["Oui, parce que le journal de la radio venait de commencer"], "Yasmina Haddad"),
        ],
    ),
    (  # 5 missing teenager: "…, selon la gendarmerie." (part before; generic noun gets the
        # organisation's fullest name), rank dropped from the speaker ("le capitaine Aurélien
        # Mas"), "a lancé un appel à témoins" not speech
        "La gendarmerie de la Drôme a lancé lundi un appel à témoins après la disparition de "
        "Mathis Ferrier, un adolescent de 15 ans qui n'a plus donné signe de vie depuis samedi "
        "soir. Le jeune garçon a été vu pour la dernière fois vers 22\u00a0heures à la sortie "
        "d'une fête foraine de Crest, selon la gendarmerie.\n\n"
        "Vêtu d'un sweat-shirt rouge et d'un jean, il mesure environ 1,70\u00a0mètre et porte les "
        "cheveux courts. Il n'avait ni téléphone ni argent sur lui.\n\n"
        "«\u00a0Toute information, même si elle paraît anodine, peut nous aider. Nous n'écartons "
        "aucune piste à ce stade\u00a0», a déclaré le capitaine Aurélien Mas, commandant de la "
        "compagnie de Crest, lors d'un point presse organisé devant la mairie.\n\n"
        "Une centaine de gendarmes, un hélicoptère et des équipes cynophiles ont été mobilisés "
        "dimanche et lundi pour ratisser les berges de la Drôme et les bois voisins. Les parents "
        "de l'adolescent ont été reçus par les enquêteurs lundi matin. Un numéro gratuit a été "
        "mis en place pour recueillir les signalements.",
        [
            (
                I,
                [
                    "Le jeune garçon a été vu pour la dernière fois vers 22\u00a0heures à la "
                    "sortie d'une fête foraine de Crest"
                ],
                "gendarmerie de la Drôme",
            ),
            (
                D,
                [
                    "Toute information, même si elle paraît anodine, peut nous aider. Nous "
                    "n'écartons aucune piste à ce stade"
                ],
                "Aurélien Mas",
            ),
        ],
    ),
    (  # 6 drug-network trial: quote opening the text, speaker "la procureure X" after; nickname
        # in « » not speech; "la magistrate" then quote split by "a-t-elle insisté" (one quote,
        # two pieces, final period kept); partial inside "a estimé que" (only the partial)
        "«\u00a0Ce réseau a fonctionné comme une entreprise, avec ses cadres, ses salariés et ses "
        "objectifs de rentabilité\u00a0», a lancé mardi la procureure Delphine Arnaud-Mbaye devant "
        "le tribunal correctionnel de Marseille, où comparaissent quatorze prévenus soupçonnés "
        "d'avoir écoulé plusieurs tonnes de résine de cannabis entre 2021 et 2024.\n\n"
        "Contre le chef présumé du trafic, Nordine Belkacem, surnommé «\u00a0le Comptable\u00a0» "
        "par ses lieutenants, la magistrate a requis douze ans d'emprisonnement et une amende de "
        "500\u00a0000 euros. «\u00a0Il ne touchait jamais la marchandise, a-t-elle insisté, mais "
        "rien ne se faisait sans son accord.\u00a0»\n\n"
        "Les réquisitions les plus lourdes visent également deux gérants de points de deal du "
        "quartier de la Busserine, contre lesquels huit et dix ans ont été demandés.\n\n"
        "Me Anne-Laure Pichon, qui défend Nordine Belkacem, a estimé que l'accusation reposait "
        "«\u00a0sur des écoutes téléphoniques mal interprétées\u00a0». Les plaidoiries de la "
        "défense se poursuivent jusqu'à jeudi, et le jugement sera rendu le 15\u00a0janvier.",
        [
            (
                D,
                [
                    "Ce réseau a fonctionné comme une entreprise, avec ses cadres, ses salariés et "
                    "ses objectifs de rentabilité"
                ],
                "Delphine Arnaud-Mbaye",
            ),
            (
                D,
                [
                    "Il ne touchait jamais la marchandise",
                    "mais rien ne se faisait sans son accord.",
                ],
                "Delphine Arnaud-Mbaye",
            ),
            (
                P,
                ["sur des écoutes téléphoniques mal interprétées"],
                "Anne-Laure Pichon",
            ),
        ],
    ),
    (  # 7 acquittal and the victim's family: plain spaces, speaker after the quote as "le père
        # de X, Y" (canonical Y), unnamed speaker "Un proche de la famille" with "a affirmé que"
        "L'acquittement de Sébastien Royer, jugé depuis lundi par la cour d'assises de la Sarthe "
        "pour la mort d'un cycliste renversé en 2022 sur une route de campagne près de "
        "Sablé-sur-Sarthe, a provoqué jeudi soir la colère de la famille de la victime. La cour "
        "n'a pas été convaincue de la présence de l'accusé au volant de la voiture au moment des "
        "faits, faute de témoin et d'empreintes exploitables.\n\n"
        "« On nous a pris notre fils une deuxième fois aujourd'hui », a lâché le père de Julien "
        "Tessier, Patrick Tessier, la voix brisée, sur les marches du palais de justice. Sa "
        "femme, à ses côtés, n'a pas pu parler.\n\n"
        "Un proche de la famille a affirmé que les parents envisageaient de demander au parquet "
        "général de faire appel de la décision. Le ministère public dispose de dix jours pour le "
        "faire.\n\n"
        "Sébastien Royer, 36 ans, a quitté la salle sans un mot, entouré de ses avocats. Il "
        "avait passé onze mois en détention provisoire avant d'être remis en liberté sous "
        "contrôle judiciaire.",
        [
            (D, ["On nous a pris notre fils une deuxième fois aujourd'hui"], "Patrick Tessier"),
            (
                I,
                [
                    "les parents envisageaient de demander au parquet général de faire appel de la "
                    "décision"
                ],
                "proche de la famille",
            ),
        ],
    ),
    (  # 8 Belgian doping trial: plain spaces, "avait-il déclaré" for "Le prévenu" named before,
        # indirect with the cue after ("…, a indiqué son porte-parole, X."), "avait reconnu les
        # faits" noun object not speech
        "Le tribunal correctionnel de Liège a condamné jeudi un ancien gérant de salle de sport, "
        "Grégory Lambotte, à trente mois de prison avec sursis pour avoir vendu des produits "
        "dopants à une vingtaine de clients. Les enquêteurs avaient saisi en 2024 plus de 3 000 "
        "ampoules d'anabolisants et des boîtes d'hormones de croissance dans l'arrière-boutique "
        "de son établissement de Seraing.\n\n"
        "Le prévenu avait reconnu les faits dès sa première audition. « J'ai voulu rendre "
        "service, puis c'est devenu un commerce. Je le regrette profondément », avait-il déclaré "
        "au tribunal en octobre.\n\n"
        "Plusieurs de ses anciens clients, dont deux avaient été hospitalisés pour des troubles "
        "cardiaques, s'étaient constitués parties civiles. Les produits, commandés sur des sites "
        "étrangers, étaient revendus jusqu'à dix fois leur prix d'achat.\n\n"
        "Le parquet, qui avait requis quatre ans dont deux ferme, n'a pas encore décidé s'il "
        "ferait appel, a indiqué son porte-parole, Dieudonné Kabasele. Le jugement prévoit "
        "également la confiscation de 85 000 euros saisis sur les comptes du prévenu.",
        [
            (
                D,
                [
                    "J'ai voulu rendre service, puis c'est devenu un commerce. Je le regrette "
                    "profondément"
                ],
                "Grégory Lambotte",
            ),
            (
                I,
                [
                    "Le parquet, qui avait requis quatre ans dont deux ferme, n'a pas encore "
                    "décidé s'il ferait appel"
                ],
                "Dieudonné Kabasele",
            ),
        ],
    ),
    (  # 9 police shooting: narrow no-break spaces, "a expliqué ... que" indirect then
        # "a-t-il précisé" direct, union with generic noun dropped ("Le syndicat Unité Police
        # 34") and a one-word partial, "appelé à un rassemblement" not speech
        "Un policier de 29 ans a été mis en examen pour homicide volontaire et placé sous "
        "contrôle judiciaire samedi, après la mort d'un conducteur de 21 ans, Rayan Mekki, touché "
        "par un tir lors d'un refus d'obtempérer à Montpellier mercredi soir.\n\n"
        "Le procureur de la République de Montpellier, Gilles Ardouin, a expliqué lors d'une "
        "conférence de presse que l'analyse des vidéos ne permettait pas de conclure à une "
        "situation de légitime défense. «\u202fLe véhicule ne se dirigeait pas vers le "
        "fonctionnaire au moment du tir\u202f», a-t-il précisé.\n\n"
        "Le syndicat Unité Police 34 a dénoncé une décision «\u202fprécipitée\u202f» et appelé à "
        "un rassemblement lundi devant le commissariat central. Plusieurs dizaines de policiers "
        "s'étaient déjà réunis samedi soir devant l'hôtel de police, gyrophares allumés.\n\n"
        "Une marche blanche est prévue dimanche dans le quartier de la Paillade, où vivait le "
        "jeune homme. Il travaillait depuis un an comme livreur et n'était pas connu de la "
        "justice.",
        [
            (
                I,
                [
                    "l'analyse des vidéos ne permettait pas de conclure à une situation de "
                    "légitime défense"
                ],
                "Gilles Ardouin",
            ),
            (
                D,
                ["Le véhicule ne se dirigeait pas vers le fonctionnaire au moment du tir"],
                "Gilles Ardouin",
            ),
            (P, ["précipitée"], "Unité Police 34"),
        ],
    ),
    (  # 10 Montreal stabbing: dateline dash not dialogue, indirect with the cue after and an
        # organisation with its acronym in brackets, spokeswoman with rank ("l'agente X"),
        # unnamed speaker after the quote ("un client qui est intervenu")
        "MONTRÉAL — Un homme de 43 ans a été accusé lundi de tentative de meurtre après une "
        "violente agression au couteau survenue dimanche soir dans un dépanneur de "
        "l'arrondissement Villeray. La victime, un commis de 26 ans, se trouve toujours dans un "
        "état critique, a indiqué le Service de police de la Ville de Montréal (SPVM).\n\n"
        "«\u00a0Le suspect a été maîtrisé par des clients avant l'arrivée des patrouilleurs. Leur "
        "intervention a probablement sauvé une vie\u00a0», a déclaré la porte-parole du SPVM, "
        "l'agente Émilie Bouchard-Sow.\n\n"
        "Le suspect, Réal Gagnon, a comparu au palais de justice de Montréal par visioconférence. "
        "Il demeurera détenu jusqu'à son enquête sur remise en liberté, prévue vendredi. Le "
        "mobile de l'agression reste inconnu.\n\n"
        "«\u00a0On a eu peur, mais on ne pouvait pas le laisser faire\u00a0», a raconté au "
        "Journal de Villeray un client qui est intervenu, un ouvrier de la construction qui "
        "faisait ses courses après le travail.",
        [
            (
                I,
                ["La victime, un commis de 26 ans, se trouve toujours dans un état critique"],
                "Service de police de la Ville de Montréal",
            ),
            (
                D,
                [
                    "Le suspect a été maîtrisé par des clients avant l'arrivée des patrouilleurs. "
                    "Leur intervention a probablement sauvé une vie"
                ],
                "Émilie Bouchard-Sow",
            ),
            (D, ["On a eu peur, mais on ne pouvait pas le laisser faire"], "client"),
        ],
    ),
    (  # 11 fraud appeal: "a requis" + noun not speech, "a-t-il martelé" with a colon inside the
        # quote, "Selon lui, …" (rest of the sentence), victim at the bar then "a-t-elle dit"
        "Devant la cour d'appel de Lyon, l'avocat général Marc-Antoine Sibille a requis mercredi "
        "la confirmation de la peine de cinq ans de prison ferme prononcée en première instance "
        "contre Victor Lenglet, 61 ans, ancien conseiller en gestion de patrimoine poursuivi pour "
        "avoir escroqué 73 épargnants.\n\n"
        "«\u00a0Il a choisi ses victimes parmi les plus fragiles\u00a0: des veuves, des retraités "
        "isolés, des gens qui lui faisaient une confiance aveugle\u00a0», a-t-il martelé. Selon "
        "lui, le préjudice total dépasse 6,4\u00a0millions d'euros.\n\n"
        "Odette Charrier, 84 ans, qui a perdu dans l'affaire les économies de toute une vie, "
        "s'est avancée à la barre en s'appuyant sur une canne. «\u00a0Il venait prendre le café "
        "chez moi. Je le considérais comme un fils\u00a0», a-t-elle dit.\n\n"
        "Les fonds, censés être investis dans des résidences de tourisme qui n'ont jamais existé, "
        "servaient à financer son train de vie. Victor Lenglet, qui comparaît libre, sera "
        "entendu jeudi. L'arrêt sera rendu le "
        "9\u00a0février.",
        [
            (
                D,
                [
                    "Il a choisi ses victimes parmi les plus fragiles\u00a0: des veuves, des "
                    "retraités isolés, des gens qui lui faisaient une confiance aveugle"
                ],
                "Marc-Antoine Sibille",
            ),
            (I, ["le préjudice total dépasse 6,4\u00a0millions d'euros"], "Marc-Antoine Sibille"),
            (
                D,
                ["Il venait prendre le café chez moi. Je le considérais comme un fils"],
                "Odette Charrier",
            ),
        ],
    ),
    (  # 12 school bullying before the juvenile court: straight double quotes, group-chat name
        # in quotes not speech, "a réagi sa mère, X", "a indiqué que", unnamed "Un parent
        # d'élève" with a partial inside "a estimé que" (only the partial)
        "Trois adolescents de 15 et 16 ans ont été reconnus coupables mardi de harcèlement moral "
        "par le tribunal pour enfants de Besançon, pour avoir humilié pendant des mois un "
        'camarade de leur collège de Pontarlier sur un groupe de messagerie baptisé "La '
        'Fosse". Ils ont été condamnés à des mesures éducatives et à un stage de citoyenneté.\n\n'
        "\"Ce jugement dit à notre fils qu'il avait raison de parler. C'est le plus important\", "
        "a réagi sa mère, Karine Vuillemin, à la sortie de l'audience, tenue à huis clos.\n\n"
        "Le procureur de Besançon, Étienne Rabeyrin, a indiqué que l'enquête avait permis "
        "d'identifier plus de 400 messages insultants ou menaçants, publiés entre septembre 2024 "
        "et mars 2025. Un parent d'élève du collège a estimé pour sa part que l'établissement "
        'avait "fermé les yeux trop longtemps".\n\n'
        "Le collégien, aujourd'hui scolarisé dans un autre établissement, a été suivi par un "
        "psychologue pendant plusieurs mois. L'établissement a depuis mis en place des ateliers de "
        "prévention dans toutes les classes de quatrième.",
        [
            (
                D,
                [
                    "Ce jugement dit à notre fils qu'il avait raison de parler. C'est le plus "
                    "important"
                ],
                "Karine Vuillemin",
            ),
            (
                I,
                [
                    "l'enquête avait permis d'identifier plus de 400 messages insultants ou "
                    "menaçants, publiés entre septembre 2024 et mars 2025"
                ],
                "Étienne Rabeyrin",
            ),
            (P, ["fermé les yeux trop longtemps"], "parent d'élève"),
        ],
    ),
    (  # 13 psychiatric expert at an arson trial: plain spaces, partial with the speaker only as
        # a role ("Le psychiatre qui a examiné…", named later), direct over two paragraphs (one
        # span per paragraph), "le docteur X" after, accused's partial inside "a répété que"
        "Le psychiatre qui a examiné Kevin Lagarde, jugé depuis lundi à Douai pour avoir "
        "incendié l'immeuble où il vivait, faisant deux morts en 2023, a décrit jeudi devant la "
        "cour d'assises du Nord un homme « rongé par le ressentiment » mais pleinement "
        "responsable de ses actes.\n\n"
        "« Je n'ai relevé aucune pathologie susceptible d'abolir son discernement. Il savait ce "
        "qu'il faisait, et il savait qu'il y avait des enfants dans l'immeuble.\n\n"
        "« En revanche, son besoin de reconnaissance est immense, et ce procès lui offre une "
        "scène », a poursuivi le docteur Paul-Henri Mercadier, expert près la cour d'appel de "
        "Douai.\n\n"
        "L'expert n'a rencontré l'accusé qu'une seule fois, pendant deux heures, en détention. "
        "Une mère de famille et son fils de 8 ans, qui vivaient au dernier étage, avaient péri "
        "dans l'incendie, déclenché dans la cage d'escalier au milieu de la nuit. Kevin Lagarde, "
        "lui, a répété depuis le box qu'il n'avait « jamais voulu tuer personne ». Le verdict est "
        "attendu mardi.",
        [
            (P, ["rongé par le ressentiment"], "Paul-Henri Mercadier"),
            (
                D,
                [
                    "Je n'ai relevé aucune pathologie susceptible d'abolir son discernement. Il "
                    "savait ce qu'il faisait, et il savait qu'il y avait des enfants dans "
                    "l'immeuble.",
                    "En revanche, son besoin de reconnaissance est immense, et ce procès lui offre "
                    "une scène",
                ],
                "Paul-Henri Mercadier",
            ),
            (P, ["jamais voulu tuer personne"], "Kevin Lagarde"),
        ],
    ),
    (  # 14 Geneva money-laundering case dropped: « » without spaces, institution "a annoncé
        # avoir classé" (infinitive clause), prosecutor's partial inside "relève que", lawyer
        # after the quote, name with the particle "ben" (not quoted)
        "GENÈVE — Le Ministère public genevois a annoncé mardi avoir classé la procédure ouverte "
        "contre l'homme d'affaires Tarek ben Hamida, soupçonné de blanchiment d'argent par "
        "l'intermédiaire de plusieurs sociétés immobilières. Une perquisition avait visé ses "
        "bureaux du quartier des Pâquis en mars 2022.\n\n"
        "Dans son ordonnance, la procureure Valérie Zbinden relève que les flux financiers "
        "examinés «ne présentent pas de caractère suspect au sens de la loi». Les comptes "
        "bloqués depuis 2022, qui contenaient près de 14 millions de francs, seront libérés.\n\n"
        "«Mon client a vécu quatre années d'enfer médiatique pour un dossier vide», a réagi son "
        "avocat, Me Laurent Rochat, joint par téléphone. M. ben Hamida, qui partage son temps "
        "entre Genève et Tunis, devrait déposer une demande d'indemnisation auprès de l'État.\n\n"
        "Les parties plaignantes, deux anciens associés de l'homme d'affaires, disposent de dix "
        "jours pour recourir contre cette décision devant la Chambre pénale de recours. L'enquête "
        "avait été ouverte à la suite d'un signalement du Bureau de communication en matière de "
        "blanchiment d'argent.",
        [
            (
                I,
                [
                    "avoir classé la procédure ouverte contre l'homme d'affaires Tarek ben Hamida, "
                    "soupçonné de blanchiment d'argent par l'intermédiaire de plusieurs sociétés "
                    "immobilières"
                ],
                "Ministère public genevois",
            ),
            (
                P,
                ["ne présentent pas de caractère suspect au sens de la loi"],
                "Valérie Zbinden",
            ),
            (
                D,
                ["Mon client a vécu quatre années d'enfer médiatique pour un dossier vide"],
                "Laurent Rochat",
            ),
        ],
    ),
    (  # 15 immediate trial of a driver: "le prévenu, X" after the quote, presiding judge
        # "la présidente du tribunal, Mme X" (title dropped) then "avant de rappeler que"
        # indirect for the same speaker
        "Jugé en comparution immédiate lundi à Nantes, un automobiliste de 38 ans qui avait "
        "percuté un agent de la police municipale lors d'un contrôle routier, vendredi, a été "
        "condamné à dix-huit mois de prison, dont six avec sursis, et à l'annulation de son "
        "permis de conduire.\n\n"
        "«\u00a0Je n'ai pas vu le policier, je vous le jure. J'avais peur, j'ai accéléré sans "
        "réfléchir\u00a0», a assuré le prévenu, Anthony Berthelot, qui circulait sans permis et "
        "sous l'emprise du cannabis.\n\n"
        "«\u00a0Vous n'aviez pas peur, monsieur, vous vouliez échapper au contrôle\u00a0», lui a "
        "rétorqué la présidente du tribunal, Mme Fatoumata Keïta-Roux, avant de rappeler que la "
        "victime souffrait d'une double fracture de la jambe.\n\n"
        "L'agent blessé, Yohann Le Bihan, 31 ans, a été opéré samedi et devrait être arrêté "
        "plusieurs mois. Une cagnotte lancée par ses collègues a déjà réuni plus de "
        "12\u00a0000 euros. Le prévenu avait déjà été condamné à deux reprises pour conduite sans "
        "permis.",
        [
            (
                D,
                [
                    "Je n'ai pas vu le policier, je vous le jure. J'avais peur, j'ai accéléré sans "
                    "réfléchir"
                ],
                "Anthony Berthelot",
            ),
            (
                D,
                ["Vous n'aviez pas peur, monsieur, vous vouliez échapper au contrôle"],
                "Fatoumata Keïta-Roux",
            ),
            (I, ["la victime souffrait d'une double fracture de la jambe"], "Fatoumata Keïta-Roux"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 care-home fraud sentencing: "Judge X said:" + quote with its final period, victim's
        # son in apposition ("The son of one of the victims, X, said outside court that"),
        # then "he said" after a two-sentence quote
        "A former care home manager who stole more than £210,000 from elderly residents over six "
        "years was jailed for five years and four months at Stavely Crown Court on Thursday.\n\n"
        "Gillian Ashcroft, 57, had admitted fraud by abuse of position and theft at an earlier "
        "hearing. She used residents' bank cards to pay for foreign holidays, a hot tub and her "
        "daughter's wedding, and covered her tracks by forging entries in the home's accounts.\n\n"
        "Sentencing her, Judge Richard Okonkwo-Bell said: “You were trusted with the care of "
        "some of the most vulnerable people in this town, and you treated them as a source of "
        "income.”\n\n"
        "The son of one of the victims, Martin Hale, said outside court that his mother had died "
        "without knowing the money was gone. “In a way I'm glad she never found out. It would "
        "have broken her heart,” he said.\n\n"
        "Northvale Police have begun proceedings to recover the money under the Proceeds of Crime "
        "Act.",
        [
            (
                D,
                [
                    "You were trusted with the care of some of the most vulnerable people in this "
                    "town, and you treated them as a source of income."
                ],
                "Richard Okonkwo-Bell",
            ),
            (I, ["his mother had died without knowing the money was gone"], "Martin Hale"),
            (
                D,
                ["In a way I'm glad she never found out. It would have broken her heart"],
                "Martin Hale",
            ),
        ],
    ),
    (  # 2 stabbing, murder inquiry: indirect with the force as speaker after ("…, West
        # Marlshire Police said on Sunday."), "said Detective Chief Inspector X, who…" then a
        # second quotation opening a new sentence (two direct quotes, same speaker)
        "Police in Harrowgate have launched a murder investigation after a 19-year-old man was "
        "stabbed outside a takeaway on Cross Street late on Saturday night.\n\n"
        "The victim, named locally as Tyrese Coleman, was pronounced dead at the scene despite "
        "the efforts of paramedics. A 17-year-old boy and a 20-year-old man have been arrested on "
        "suspicion of murder and remain in custody, West Marlshire Police said on Sunday.\n\n"
        "“This was a senseless attack on a young man who had his whole life ahead of him,” said "
        "Detective Chief Inspector Fiona MacAllister, who is leading the inquiry. “I would urge "
        "anyone who was in Cross Street between 11pm and midnight, or who has dashcam footage, to "
        "come forward.”\n\n"
        "A cordon remained in place on Sunday afternoon, and flowers and football shirts had been "
        "left against the railings near the takeaway. Coleman, an apprentice electrician, had "
        "played for a local amateur club since he was a boy.",
        [
            (
                I,
                [
                    "A 17-year-old boy and a 20-year-old man have been arrested on suspicion of "
                    "murder and remain in custody"
                ],
                "West Marlshire Police",
            ),
            (
                D,
                ["This was a senseless attack on a young man who had his whole life ahead of him"],
                "Fiona MacAllister",
            ),
            (
                D,
                [
                    "I would urge anyone who was in Cross Street between 11pm and midnight, or who "
                    "has dashcam footage, to come forward."
                ],
                "Fiona MacAllister",
            ),
        ],
    ),
    (  # 3 conviction quashed on appeal: one-word partial inside "said the … had left the
        # conviction" (judge's title "Lady Justice" dropped), solicitor introduced in apposition
        # then "he said", institution as speaker of "said it was considering"
        "Three judges at the Court of Appeal on Tuesday quashed the manslaughter conviction of a "
        "scaffolding firm director who was jailed over the death of a teenage apprentice.\n\n"
        "Declan Fairweather, 48, had been sentenced in 2024 to four years after 18-year-old "
        "Callum Reyes fell from a roof in Brinsworth. The scaffold boards he was standing on had "
        "not been secured. Giving the court's judgment, Lady Justice Amara Osei said the trial "
        "judge's directions on gross negligence had left the conviction “unsafe”.\n\n"
        "Mr Fairweather's solicitor, Hamish Doyle, spoke briefly outside the Royal Courts of "
        "Justice. “A young man lost his life, and Declan has never forgotten that for a single "
        "day,” he said.\n\n"
        "The Crown Prosecution Service said it was considering whether to seek a retrial. "
        "Callum's parents, who attended every day of the original trial, left the court without "
        "speaking to reporters. Mr Fairweather, who had served 14 months of his sentence before "
        "being "
        "released on bail pending the appeal, was not in court.",
        [
            (P, ["unsafe"], "Amara Osei"),
            (
                D,
                ["A young man lost his life, and Declan has never forgotten that for a single day"],
                "Hamish Doyle",
            ),
            (I, ["it was considering whether to seek a retrial"], "Crown Prosecution Service"),
        ],
    ),
    (  # 4 US murder verdict: straight double quotes, quote split by a comma-set attribution in
        # one sentence (one quote, two pieces, final period kept), role before the name
        # ("Assistant State's Attorney X", "Defense attorney X said his client would appeal")
        "A Marlow County jury on Friday found Marcus Delaney Jr. guilty of first-degree murder in "
        "the 2023 shooting of convenience store clerk Luis Pineda in Elmwood Park, ending a "
        "two-week trial marked by emotional testimony from the victim's family.\n\n"
        "Delaney, 24, faces 45 years to life in prison when he is sentenced in January. The "
        "prosecution's case rested largely on surveillance footage and on a single "
        "eyewitness.\n\n"
        "Pineda, 31, had worked night shifts at the store for six years to support his wife and "
        "two sons. He was shot once in the chest during a robbery that netted less than $300.\n\n"
        "\"The verdict won't bring Luis back,\" Assistant State's Attorney Carmen Villalobos told "
        'reporters outside the courtroom, "but it tells his children that his life '
        'mattered."\n\n'
        "Defense attorney Nathan Greer said his client would appeal. Pineda's widow, Ana, wept "
        "quietly as the verdict was read, her two sons at her side.",
        [
            (
                D,
                [
                    "The verdict won't bring Luis back",
                    "but it tells his children that his life mattered.",
                ],
                "Carmen Villalobos",
            ),
            (I, ["his client would appeal"], "Nathan Greer"),
        ],
    ),
    (  # 5 arson, attempted murder charge: "…, according to Dunmore Constabulary." (part
        # before), unnamed speaker after the quote ("said a neighbour, who asked not to be
        # named"), court appearance without speech
        "A man has been charged with attempted murder after a woman was seriously injured in a "
        "house fire in Kellingham on Friday night.\n\n"
        "Shaun Pryce, 41, of no fixed address, appeared before Kellingham Magistrates' Court on "
        "Monday and was remanded in custody. He has also been charged with arson with intent to "
        "endanger life and did not enter a plea to either charge.\n\n"
        "The woman, who is in her thirties, remains in a serious but stable condition in "
        "hospital, according to Dunmore Constabulary. Two children who were in the house at the "
        "time were rescued by firefighters through an upstairs window and were unhurt.\n\n"
        "“I heard glass breaking and then the smoke alarm. By the time I got outside the whole "
        "front room was alight,” said a neighbour, who asked not to be named.\n\n"
        "Pryce is due to appear at Dunmore Crown Court on 18 December. Specialist fire "
        "investigators were examining the property on Tuesday.",
        [
            (
                I,
                [
                    "The woman, who is in her thirties, remains in a serious but stable condition "
                    "in hospital"
                ],
                "Dunmore Constabulary",
            ),
            (
                D,
                [
                    "I heard glass breaking and then the smoke alarm. By the time I got outside "
                    "the whole front room was alight"
                ],
                "neighbour",
            ),
        ],
    ),
    (  # 6 drink-driver jailed: widow in apposition with "Mr" relative, "she said" then a new
        # quoted sentence (two direct quotes), judge's partial after "described … as"
        "A drink-driver who killed a cyclist on the A614 near Ashby Vale while almost three times "
        "over the legal limit was jailed for nine years on Wednesday.\n\n"
        "Kieran Moss, 29, had pleaded guilty to causing death by dangerous driving. He was also "
        "banned from driving for 13 years. Owen Lindqvist, a 34-year-old father of two, was hit "
        "from behind on a straight stretch of road in broad daylight.\n\n"
        "Reading a victim impact statement in court, Mr Lindqvist's widow, Hannah Lindqvist, "
        "faced Moss across the courtroom. “Our daughters ask every night when Daddy is coming "
        "home,” she said. “I still don't know what to tell them.”\n\n"
        "Moss, who wept in the dock, had written a letter of apology to the family. The court was "
        "shown dashcam footage from a following car, in which Moss's van could be seen drifting "
        "across the white line moments before the collision.\n\n"
        "Passing sentence, Judge Caroline Ashworth-Price described the defendant's driving that "
        "afternoon as “grotesquely selfish”.",
        [
            (D, ["Our daughters ask every night when Daddy is coming home"], "Hannah Lindqvist"),
            (D, ["I still don't know what to tell them."], "Hannah Lindqvist"),
            (P, ["grotesquely selfish"], "Caroline Ashworth-Price"),
        ],
    ),
    (  # 7 cocaine seizure: long "…, according to the National Crime Bureau." indirect, Irish
        # name with the particle "Ní" in apposition after "the bureau's head of investigations"
        "Border officers seized 1.1 tonnes of cocaine hidden inside a shipment of frozen fish at "
        "the port of Carrowmore last week, the largest seizure of its kind in the region this "
        "year, according to the National Crime Bureau.\n\n"
        "Two men, aged 38 and 51, were arrested at a warehouse in nearby Tullagh on Saturday and "
        "have been charged with importing a controlled drug. They are due before Carrowmore "
        "District Court on Tuesday. A third man, a 44-year-old lorry driver, was released without "
        "charge.\n\n"
        "“Organised crime groups will use any legitimate trade route they can find. Our message "
        "to them is simple: we are watching,” the bureau's head of investigations, Siobhán Ní "
        "Bhriain, said at a press conference on Monday.\n\n"
        "The drugs would have had a street value of around €77 million. The container had "
        "arrived from South America via a transhipment hub in northern Europe and was selected "
        "for inspection after a routine risk assessment.",
        [
            (
                I,
                [
                    "Border officers seized 1.1 tonnes of cocaine hidden inside a shipment of "
                    "frozen fish at the port of Carrowmore last week, the largest seizure of its "
                    "kind in the region this year"
                ],
                "National Crime Bureau",
            ),
            (
                D,
                [
                    "Organised crime groups will use any legitimate trade route they can find. Our "
                    "message to them is simple: we are watching"
                ],
                "Siobhán Ní Bhriain",
            ),
        ],
    ),
    (  # 8 arson trial witness: straight double quotes, partial at the end of "told a jury …
        # that he had been asked to" (speaker given by description, named next sentence),
        # "Pennock told the court", barrister's "put it to him that", "denies" + noun not speech
        "A former business partner of a property developer accused of arranging an arson attack "
        "on a rival's offices told a jury on Tuesday that he had been asked to \"find someone who "
        'could make a problem go away".\n\n'
        "Gareth Pennock, 45, was giving evidence on the sixth day of the trial of Raymond "
        "Castellano at Lowbridge Crown Court. Castellano, 59, denies conspiracy to commit arson. "
        "The offices of Harbourline Homes were gutted by fire in May 2024. Jurors were shown "
        "photographs of the burnt-out building on Monday, along with CCTV footage of two men in "
        "hooded tops leaving the scene shortly before the blaze took hold.\n\n"
        '"He never said the word fire. He didn\'t need to," Pennock told the court.\n\n'
        "Under cross-examination, Castellano's barrister, Imogen Wetherby, put it to him that he "
        "had invented the conversation to secure a lighter sentence in an unrelated fraud case. "
        "Pennock denied it.\n\n"
        "The trial, which is expected to last four weeks, continues.",
        [
            (P, ["find someone who could make a problem go away"], "Gareth Pennock"),
            (D, ["He never said the word fire. He didn't need to"], "Gareth Pennock"),
            (
                I,
                [
                    "he had invented the conversation to secure a lighter sentence in an "
                    "unrelated fraud case"
                ],
                "Imogen Wetherby",
            ),
        ],
    ),
    (  # 9 cold-case arrest: indirect with "…, Greyford Police announced on Thursday.", rank
        # dropped ("Detective Superintendent X said the arrest followed"), "he said" after a
        # two-sentence quote
        "Detectives investigating the disappearance of a 22-year-old student in 1998 have "
        "arrested a 61-year-old man on suspicion of murder, Greyford Police announced on "
        "Thursday.\n\n"
        "Eleanor Whitcombe was last seen leaving a nightclub in Greyford city centre on the night "
        "of 14 February 1998. She had been studying modern languages at the University of "
        "Greyford and had been due to spend a year in Spain. Her body has never been found, and "
        "the case was reopened by the "
        "force's major crime review team in 2023.\n\n"
        "The man was arrested at an address in Southend and is being questioned. Detective "
        "Superintendent Alan Mbeki said the arrest followed a review of forensic evidence using "
        "techniques that were not available at the time.\n\n"
        "“Eleanor's family have waited nearly 29 years for answers. I won't pretend that today's "
        "arrest gives them those answers, but it is a significant step,” he said.\n\n"
        "Searches were continuing on Thursday at a property in the Greyford area.",
        [
            (
                I,
                [
                    "Detectives investigating the disappearance of a 22-year-old student in 1998 "
                    "have arrested a 61-year-old man on suspicion of murder"
                ],
                "Greyford Police",
            ),
            (
                I,
                [
                    "the arrest followed a review of forensic evidence using techniques that were "
                    "not available at the time"
                ],
                "Alan Mbeki",
            ),
            (
                D,
                [
                    "Eleanor's family have waited nearly 29 years for answers. I won't pretend "
                    "that today's arrest gives them those answers, but it is a significant step"
                ],
                "Alan Mbeki",
            ),
        ],
    ),
    (  # 10 US hit-and-run arrest: "…, according to the Pinecrest County Sheriff's Office." ,
        # "Sheriff X said." ending its sentence, then a new quoted sentence (two direct quotes)
        "A 34-year-old man was arrested Wednesday in connection with a hit-and-run that killed a "
        "9-year-old girl as she walked home from school in Alder Springs last month, according to "
        "the Pinecrest County Sheriff's Office.\n\n"
        "Dustin Wayne Harlan was booked into the county jail on charges of vehicular homicide and "
        "leaving the scene of a fatal crash. He is being held on $500,000 bail. "
        "He had two previous convictions for driving with a suspended license.\n\n"
        "A tip from an employee at an auto body shop led investigators to Harlan's pickup truck, "
        "which had been repainted since the crash. “Somebody did the right thing,” Sheriff "
        "Rosalind Tate said. “That's how these cases get solved.”\n\n"
        "Jasmine Monroe was struck on Creekside Road on Oct. 21 and died two days later at a "
        "children's hospital in Riverton. A memorial of stuffed animals and balloons still stands "
        "near the crosswalk where she was hit. Her school held a vigil for her last week.",
        [
            (
                I,
                [
                    "A 34-year-old man was arrested Wednesday in connection with a hit-and-run "
                    "that killed a 9-year-old girl as she walked home from school in Alder Springs "
                    "last month"
                ],
                "Pinecrest County Sheriff's Office",
            ),
            (D, ["Somebody did the right thing"], "Rosalind Tate"),
            (D, ["That's how these cases get solved."], "Rosalind Tate"),
        ],
    ),
    (  # 11 Scottish coercive-control case: single curly quotes, partial at the end of "told
        # Dunlop his behaviour had been" ("Sheriff" as a judge's title dropped), unnamed
        # spokesperson speaking for the Crown Office with "said:" before the quote
        "A man who subjected his former partner to a two-year campaign of coercive control has "
        "been jailed for 30 months at Inverallan Sheriff Court.\n\n"
        "Craig Dunlop, 36, monitored Leanne Baird's phone, controlled her finances and cut her "
        "off from friends and family. He also fitted a tracking device to her car. He was "
        "convicted after a five-day trial in October. The couple had been together for four "
        "years.\n\n"
        "Sheriff Morag Kinnaird told Dunlop his behaviour had been ‘calculated, cruel and "
        "relentless’. She also imposed a non-harassment order banning him from contacting Ms "
        "Baird for ten years. Dunlop will also be subject to supervision for 18 months after his "
        "release.\n\n"
        "A spokesperson for the Crown Office said: ‘Coercive control can be as devastating as "
        "physical violence. We would encourage anyone affected to report it, knowing they will be "
        "taken seriously.’\n\n"
        "Ms Baird, 33, has since moved to another part of the country with the help of a local "
        "support charity.",
        [
            (P, ["calculated, cruel and relentless"], "Morag Kinnaird"),
            (
                D,
                [
                    "Coercive control can be as devastating as physical violence. We would "
                    "encourage anyone affected to report it, knowing they will be taken seriously."
                ],
                "Crown Office",
            ),
        ],
    ),
    (  # 12 ram-raids: "…, police say." (unnamed "police"), quote split by "Detective Inspector
        # X said," in one sentence (one quote, two pieces), "She said police were …" indirect
        "Two teenagers have been charged over a string of ram-raids on suburban bottle shops in "
        "Port Carrick that caused more than $400,000 in damage, police say.\n\n"
        "The boys, aged 16 and 17, were arrested at two homes in Westmere early on Sunday morning "
        "and charged with 23 offences including burglary and theft of motor vehicles. They were "
        "refused bail and will appear before a children's court on Monday.\n\n"
        "“These are not victimless crimes,” Detective Inspector Mei-Ling Zhao said, “and the "
        "owners of these businesses have been left absolutely shattered.”\n\n"
        "She said police were still seeking a third person, believed to be an adult, who "
        "allegedly drove the stolen cars to the scenes.\n\n"
        "Seven shops were hit over five weeks, most of them between 2am and 4am. At one of them, "
        "in Westmere, the same car was reversed through the front doors twice in one night. Two of "
        "the stolen cars were later found burnt out on wasteland near the Westmere rail yards.",
        [
            (
                I,
                [
                    "Two teenagers have been charged over a string of ram-raids on suburban bottle "
                    "shops in Port Carrick that caused more than $400,000 in damage"
                ],
                "police",
            ),
            (
                D,
                [
                    "These are not victimless crimes",
                    "and the owners of these businesses have been left absolutely shattered.",
                ],
                "Mei-Ling Zhao",
            ),
            (
                I,
                [
                    "police were still seeking a third person, believed to be an adult, who "
                    "allegedly drove the stolen cars to the scenes"
                ],
                "Mei-Ling Zhao",
            ),
        ],
    ),
    (  # 13 exoneration: speaker by surname after the quote ("Oduya, now 47, said as…"),
        # organisation as speaker of "said in a statement that", "did not oppose the motion"
        # not speech
        "After 19 years behind bars for a murder he did not commit, Terrence Oduya walked out of "
        "the Dalton County courthouse a free man on Monday, hours after a judge vacated his "
        "conviction.\n\n"
        "New DNA testing on a cigarette butt found at the scene excluded Oduya and matched "
        "another man, who died in 2019. Prosecutors did not oppose the motion.\n\n"
        "“I forgave a long time ago. Bitterness would only have kept me in that cell longer,” "
        "Oduya, now 47, said as he hugged his mother on the courthouse steps.\n\n"
        "Oduya was 28 when he was convicted of killing a gas station attendant during a robbery "
        "in 2006. The case against him rested on a single witness who picked him out of a photo "
        "lineup months after the crime.\n\n"
        "The Great Lakes Justice Project, which took up his case in 2021, said in a statement "
        "that at least three other convictions obtained by the same detective deserved urgent "
        "review.",
        [
            (
                D,
                [
                    "I forgave a long time ago. Bitterness would only have kept me in that cell "
                    "longer"
                ],
                "Terrence Oduya",
            ),
            (
                I,
                [
                    "at least three other convictions obtained by the same detective deserved "
                    "urgent review"
                ],
                "Great Lakes Justice Project",
            ),
        ],
    ),
    (  # 14 officer dismissed: straight double quotes, "Chief Constable X said." ending its
        # sentence then a new quotation (two direct quotes), brother in apposition with "said
        # the family had learned" (indirect without "that")
        "A police constable who shared crime scene photographs of a murder victim in a WhatsApp "
        "group has been dismissed without notice.\n\n"
        "PC Daniel Hewitt, of Redmarsh Police, sent images of the body of 44-year-old Joanne "
        "Carrick to five friends outside the force in the days after she was killed at her flat "
        "in March 2025. He was dismissed after a three-member panel upheld a charge of gross "
        "misconduct on Friday, and he will be added to the barred list, preventing him from "
        "working in policing again.\n\n"
        '"The pain this has caused Joanne\'s family is impossible to measure," Chief Constable '
        "Beatrice Omondi said. \"Officers are trusted with the most private moments of people's "
        'lives. He betrayed that trust."\n\n'
        "Ms Carrick's brother, Neil Carrick, said the family had learned about the photographs "
        "from a journalist. Hewitt had served with the force for seven years, and the images "
        "were discovered when one of the friends reported them. Her former partner was jailed "
        "for life for her murder in September.",
        [
            (
                D,
                ["The pain this has caused Joanne's family is impossible to measure"],
                "Beatrice Omondi",
            ),
            (
                D,
                [
                    "Officers are trusted with the most private moments of people's lives. He "
                    "betrayed that trust."
                ],
                "Beatrice Omondi",
            ),
            (
                I,
                ["the family had learned about the photographs from a journalist"],
                "Neil Carrick",
            ),
        ],
    ),
    (  # 15 unduly lenient sentence: partial running to the end of a "said the sentence …"
        # clause (role "Solicitor General" dropped), "welcomed the decision" not speech, daughter
        # in apposition then "she said." and a new quoted sentence (two direct quotes)
        "The Solicitor General has referred the sentence of a man who left a pensioner with "
        "life-changing injuries during a robbery in Tamsworth to the Court of Appeal as unduly "
        "lenient.\n\n"
        "Jordan Fitch, 23, was given a two-year suspended sentence in September after admitting "
        "robbery and grievous bodily harm. His victim, 81-year-old Walter Brennan, suffered a "
        "fractured skull and has been unable to live independently since.\n\n"
        "Solicitor General Ayesha Rahman-Cole said the sentence “did not reflect the gravity of "
        "the offence or the harm done to Mr Brennan”.\n\n"
        "Mr Brennan's daughter, Linda Sayers, welcomed the decision. “Dad used to walk to the "
        "shops every day. Now he can't get out of a chair without help,” she said. “Somebody has "
        "to listen to that.”\n\n"
        "The Court of Appeal is expected to hear the case early next year. Fitch, who was on "
        "licence at the time of the attack, could be sent to prison if the judges increase his "
        "sentence.",
        [
            (
                P,
                ["did not reflect the gravity of the offence or the harm done to Mr Brennan"],
                "Ayesha Rahman-Cole",
            ),
            (
                D,
                [
                    "Dad used to walk to the shops every day. Now he can't get out of a chair "
                    "without help"
                ],
                "Linda Sayers",
            ),
            (D, ["Somebody has to listen to that."], "Linda Sayers"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout70.jsonl"),
        "heldout70",
        "h70",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
