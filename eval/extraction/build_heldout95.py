"""Source of the ninety-fifth held-out set: writes heldout95.jsonl (split "heldout95").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like agriculture, fisheries, food and rural news: harvests, droughts and floods, farmers'
protests, fishing quotas, animal diseases, village schools and rural services closing, with
farmers, fishers, cooperative heads, agriculture ministers, vets, mayors of small towns and
union leaders quoted.
Measured once with 0.29.0 and 0.30.0 on 2026-12-02, unread when measured (the same output:
docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout95.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-30"
Item = GoldItem

FR: list[Item] = [
    (  # 1 hail on vineyards: two-sentence direct + "a raconté dimanche Name, viticulteur à X"
        # (cue after, apposition), "il n'avait pas souscrit" not speech, "Le président de la
        # chambre…, Name, a annoncé qu'" indirect, incise "a-t-il prévenu" splitting one quote
        "Un violent orage de grêle a ravagé samedi soir près de 1\u00a0800 hectares de vignes "
        "autour de Saint-Aubrac-les-Coteaux, à trois semaines des vendanges. En moins d'un quart "
        "d'heure, des grêlons de la taille d'une noix ont haché les grappes et arraché le "
        "feuillage sur les parcelles les plus exposées.\n\n"
        "«\u00a0J'ai perdu quatre-vingts pour cent de ma récolte en douze minutes. Trente ans de "
        "métier, et je n'avais jamais vu ça\u00a0», a raconté dimanche Gérard Maupertuis, "
        "viticulteur au hameau des Combettes, en montrant des ceps dénudés. Comme beaucoup de ses "
        "voisins, il n'avait pas souscrit d'assurance récolte, jugée trop coûteuse.\n\n"
        "Le président de la chambre d'agriculture départementale, Henri Castagnède, a annoncé "
        "qu'une cellule de crise se réunirait dès lundi avec les services de l'État. «\u00a0Il "
        "faudra des aides rapides, a-t-il prévenu, sinon certains domaines ne passeront pas "
        "l'hiver.\u00a0»\n\n"
        "Les dégâts devront être constatés par des experts avant toute indemnisation.",
        [
            (
                D,
                [
                    "J'ai perdu quatre-vingts pour cent de ma récolte en douze minutes. Trente ans "
                    "de métier, et je n'avais jamais vu ça"
                ],
                "Gérard Maupertuis",
            ),
            (
                I,
                ["une cellule de crise se réunirait dès lundi avec les services de l'État"],
                "Henri Castagnède",
            ),
            (
                D,
                [
                    "Il faudra des aides rapides",
                    "sinon certains domaines ne passeront pas l'hiver.",
                ],
                "Henri Castagnède",
            ),
        ],
    ),
    (  # 2 drought: label «\u00a0crise\u00a0» with no speaker (not annotated), partial inside
        # reported speech ("a expliqué que … «\u00a0…\u00a0»", only the partial), colon direct
        # after "ne décolère pas", "a réclamé une rencontre" (noun object, not annotated),
        # "Le syndicat … a prévenu qu'il" = the federation named before
        "Quarante-deux communes de la Haute-Varenne ont été placées vendredi en «\u00a0crise\u00a0»,"
        " le niveau le plus élevé du dispositif sécheresse. Les prélèvements pour l'irrigation "
        "agricole y sont désormais interdits, sauf pour le maraîchage et les jeunes vergers.\n\n"
        "La préfète, Clarisse Bellanger-Roy, a expliqué que le débit de la Varenne était tombé à "
        "un niveau «\u00a0jamais observé à cette période depuis 1976\u00a0». Les nappes "
        "phréatiques sont, elles aussi, très en dessous des normales saisonnières.\n\n"
        "Chez les producteurs de maïs, la colère monte. Le président de la Fédération des "
        "exploitants de Haute-Varenne, Sylvain Robichon, ne décolère pas\u00a0: «\u00a0On nous a "
        "encouragés à construire des réserves d'eau, et aujourd'hui on nous interdit de nous en "
        "servir. C'est incompréhensible.\u00a0»\n\n"
        "Le syndicat a réclamé en urgence une rencontre avec la préfète et a prévenu qu'il "
        "organiserait un rassemblement devant la préfecture mardi si aucune dérogation n'était "
        "accordée.",
        [
            (P, ["jamais observé à cette période depuis 1976"], "Clarisse Bellanger-Roy"),
            (
                D,
                [
                    "On nous a encouragés à construire des réserves d'eau, et aujourd'hui on nous "
                    "interdit de nous en servir. C'est incompréhensible."
                ],
                "Sylvain Robichon",
            ),
            (
                I,
                [
                    "il organiserait un rassemblement devant la préfecture mardi si aucune "
                    "dérogation n'était accordée"
                ],
                "Fédération des exploitants de Haute-Varenne",
            ),
        ],
    ),
    (  # 3 tractor blockade: direct ending in "\u00a0!" + "lançait au mégaphone Name, éleveur
        # … et porte-parole", unnamed "un céréalier de la plaine" after a colon, "D'après la
        # police," (rest of the sentence, relative clause included)
        "Plusieurs centaines de tracteurs ont convergé mercredi vers Montferrand-sur-Loir, où ils "
        "ont bloqué pendant six heures les accès à la rocade. À l'appel de la Coordination "
        "paysanne, les manifestants dénonçaient la hausse des charges, l'empilement des normes "
        "et la concurrence des importations.\n\n"
        "«\u00a0On travaille soixante-dix heures par semaine pour gagner moins que le SMIC. "
        "Qu'on ne vienne pas nous dire qu'on est des privilégiés\u00a0!\u00a0», lançait au "
        "mégaphone Jérôme Dufresnoy, éleveur de vaches allaitantes et porte-parole départemental "
        "du syndicat.\n\n"
        "Au pied d'une remorque chargée de pneus, un céréalier de la plaine résumait "
        "l'ambiance\u00a0: «\u00a0On n'a plus rien à perdre.\u00a0»\n\n"
        "D'après la police, environ 420 tracteurs et 900 personnes ont pris part au mouvement, "
        "qui s'est déroulé sans incident. Un nouveau rassemblement est prévu avant la fin du "
        "mois.",
        [
            (
                D,
                [
                    "On travaille soixante-dix heures par semaine pour gagner moins que le SMIC. "
                    "Qu'on ne vienne pas nous dire qu'on est des privilégiés\u00a0!"
                ],
                "Jérôme Dufresnoy",
            ),
            (D, ["On n'a plus rien à perdre."], "céréalier"),
            (
                I,
                [
                    "environ 420 tracteurs et 900 personnes ont pris part au mouvement, qui s'est "
                    "déroulé sans incident"
                ],
                "police",
            ),
        ],
    ),
    (  # 4 fishing quotas: partial after "s'est félicité d'un" by "Le ministre de la Mer, Name"
        # (particle "Le" in the surname), direct + "calcule Name, patron du chalutier X"
        # (boat name not a speaker), organisation "a fait savoir qu'il" indirect
        "Les ministres européens de la pêche se sont accordés dans la nuit de mardi à mercredi "
        "sur les quotas de 2027. Pour la sole du golfe de Gascogne, les captures autorisées "
        "baisseront de 18\u00a0%, une coupe moins sévère que les 35\u00a0% envisagés au départ."
        "\n\n"
        "Le ministre de la Mer, Fabrice Le Goasguen, s'est félicité d'un «\u00a0compromis "
        "équilibré\u00a0» entre la protection de la ressource et l'avenir des ports.\n\n"
        "Sur le port de Kerlouan, l'accueil est plus froid. «\u00a0Dix-huit pour cent, pour un "
        "bateau comme le mien, c'est trois mois de salaire pour l'équipage\u00a0», calcule "
        "Yannick Le Bihan, patron du chalutier Ar Gwenn, amarré au quai depuis une semaine.\n\n"
        "Le Comité des pêches de Cornouaille-Nord a fait savoir qu'il demanderait un plan "
        "d'accompagnement pour les armements les plus touchés. Une quarantaine de navires "
        "bretons tirent plus de la moitié de leur chiffre d'affaires de la sole.",
        [
            (P, ["compromis équilibré"], "Fabrice Le Goasguen"),
            (
                D,
                [
                    "Dix-huit pour cent, pour un bateau comme le mien, c'est trois mois de salaire "
                    "pour l'équipage"
                ],
                "Yannick Le Bihan",
            ),
            (
                I,
                ["il demanderait un plan d'accompagnement pour les armements les plus touchés"],
                "Comité des pêches de Cornouaille-Nord",
            ),
        ],
    ),
    (  # 5 village school: "Le rectorat a confirmé … cette décision" (noun object, not
        # annotated), direct + "soupire la maire, Name", unattributed continuation after a full
        # stop (second direct, same speaker), unnamed group "Les parents d'élèves … Ils ont
        # annoncé qu'ils" indirect
        "À Saint-Julien-des-Brandes, 312 habitants, l'unique classe de l'école communale fermera "
        "ses portes en juillet. Le rectorat a confirmé lundi cette décision, prise faute "
        "d'effectifs suffisants. Les onze élèves iront à la rentrée dans le groupe scolaire de "
        "Montignac, à quatorze kilomètres.\n\n"
        "«\u00a0Une école qui ferme, c'est un village qui s'éteint\u00a0», soupire la maire, "
        "Odile Ferrandon, qui a fait voter une motion unanime du conseil municipal. «\u00a0Les "
        "jeunes couples ne s'installeront plus ici s'il faut faire une heure de car par jour avec "
        "les enfants.\u00a0»\n\n"
        "La commune avait pourtant rénové la classe il y a trois ans, pour 60\u00a0000 euros.\n\n"
        "Les parents d'élèves, eux, ne désarment pas. Ils ont annoncé qu'ils occuperaient l'école "
        "le jour de la visite de l'inspecteur d'académie, prévue le 14\u00a0mars.",
        [
            (D, ["Une école qui ferme, c'est un village qui s'éteint"], "Odile Ferrandon"),
            (
                D,
                [
                    "Les jeunes couples ne s'installeront plus ici s'il faut faire une heure de "
                    "car par jour avec les enfants."
                ],
                "Odile Ferrandon",
            ),
            (
                I,
                [
                    "ils occuperaient l'école le jour de la visite de l'inspecteur d'académie, "
                    "prévue le 14\u00a0mars"
                ],
                "parents d'élèves",
            ),
        ],
    ),
    (  # 6 avian flu: speaker introduced in a non-speech sentence ("la vétérinaire Name, s'est
        # rendue sur place"), then direct + "a-t-elle insisté"; "Name, l'éleveur," then direct +
        # "confie-t-il", "Il a expliqué qu'il" indirect by pronoun
        "Un nouveau foyer d'influenza aviaire hautement pathogène a été confirmé jeudi dans un "
        "élevage de canards de Bérengès, dans le sud-ouest. Les 14\u00a0000 palmipèdes de "
        "l'exploitation ont été abattus dans la journée, et une zone de surveillance de dix "
        "kilomètres a été instaurée autour du site.\n\n"
        "La directrice départementale de la protection des populations, la vétérinaire Laure "
        "Pichon-Estève, s'est rendue sur place dès l'annonce des résultats. «\u00a0Le virus "
        "circule activement dans la faune sauvage. Nous demandons aux éleveurs une vigilance de "
        "tous les instants\u00a0», a-t-elle insisté.\n\n"
        "Matthieu Darrigade, l'éleveur, subit son deuxième foyer en trois ans. «\u00a0On avait "
        "tout refait, les clôtures, les sas sanitaires, les bâtiments fermés. Et ça "
        "recommence\u00a0», confie-t-il, la voix nouée. Il a expliqué qu'il n'avait toujours pas "
        "reçu l'indemnisation de l'État pour les pertes de l'an dernier.",
        [
            (
                D,
                [
                    "Le virus circule activement dans la faune sauvage. Nous demandons aux "
                    "éleveurs une vigilance de tous les instants"
                ],
                "Laure Pichon-Estève",
            ),
            (
                D,
                [
                    "On avait tout refait, les clôtures, les sas sanitaires, les bâtiments "
                    "fermés. Et ça recommence"
                ],
                "Matthieu Darrigade",
            ),
            (
                I,
                [
                    "il n'avait toujours pas reçu l'indemnisation de l'État pour les pertes de "
                    "l'an dernier"
                ],
                "Matthieu Darrigade",
            ),
        ],
    ),
    (  # 7 bluetongue: "…, selon le Groupement sanitaire du X, qui recense …" (the part
        # before), a quote continued over two paragraphs (the first left open, the second
        # reopened with «), one span per paragraph, attributed at the end to "l'éleveuse"
        "La fièvre catarrhale ovine continue de progresser sur les plateaux du Haut-Ségala. "
        "Depuis août, 187 exploitations ont été touchées, selon le Groupement sanitaire du "
        "Haut-Ségala, qui recense près de 2\u00a0300 brebis mortes. Dans sa bergerie de "
        "Lacalm-Haut, Christine Vabre a perdu quarante bêtes sur un troupeau de 350.\n\n"
        "«\u00a0Le matin, on entre dans la bergerie et on se demande combien on va en trouver par "
        "terre. Certaines brebis ne se relèvent plus, d'autres avortent.\n\n"
        "«\u00a0Le vaccin est arrivé trop tard chez nous. On l'a réclamé dès juillet, on l'a eu "
        "fin septembre\u00a0», raconte l'éleveuse.\n\n"
        "La vaccination reste facultative et à la charge des éleveurs, soit environ deux euros "
        "par animal.",
        [
            (
                I,
                ["Depuis août, 187 exploitations ont été touchées"],
                "Groupement sanitaire du Haut-Ségala",
            ),
            (
                D,
                [
                    "Le matin, on entre dans la bergerie et on se demande combien on va en trouver "
                    "par terre. Certaines brebis ne se relèvent plus, d'autres avortent.",
                    "Le vaccin est arrivé trop tard chez nous. On l'a réclamé dès juillet, on l'a "
                    "eu fin septembre",
                ],
                "Christine Vabre",
            ),
        ],
    ),
    (  # 8 dairy cooperative: "a annoncé une baisse" and "l'a justifiée par" (noun objects, not
        # annotated), direct + "a-t-il déclaré" (the president), partial of unnamed plural
        # "plusieurs adhérents ont dénoncé une décision prise «…»", unnamed "un producteur de X"
        "La coopérative laitière Val-Comtoise, qui collecte le lait de 640 exploitations du "
        "massif, a annoncé mardi une baisse de 4\u00a0% du prix payé aux producteurs à partir de "
        "janvier. Son président, Bernard Jeunet-Roussel, lui-même éleveur à Chaux-Basse, l'a "
        "justifiée par l'effondrement des cours du beurre et de la poudre de lait sur les "
        "marchés mondiaux.\n\n"
        "«\u00a0Nous avons tenu aussi longtemps que possible. Si nous ne baissons pas maintenant, "
        "c'est la coopérative elle-même qui sera en danger l'an prochain\u00a0», a-t-il déclaré "
        "devant les délégués réunis en assemblée générale à Pontarlieu.\n\n"
        "Dans la salle, plusieurs adhérents ont dénoncé une décision prise «\u00a0sans aucune "
        "concertation\u00a0». «\u00a0À ce prix-là, je vends à perte\u00a0», a lancé un "
        "producteur de Morvillers-le-Bas, sous les applaudissements.\n\n"
        "Le prix de base passera ainsi à 448 euros les mille litres.",
        [
            (
                D,
                [
                    "Nous avons tenu aussi longtemps que possible. Si nous ne baissons pas "
                    "maintenant, c'est la coopérative elle-même qui sera en danger l'an prochain"
                ],
                "Bernard Jeunet-Roussel",
            ),
            (P, ["sans aucune concertation"], "adhérents"),
            (D, ["À ce prix-là, je vends à perte"], "producteur"),
        ],
    ),
    (  # 9 floods: plain spaces inside « », "D'après les services de l'État," (rest of the
        # sentence), direct + "constate Name, maraîcher depuis…", "a demandé la reconnaissance
        # de…" (noun object, not annotated)
        "Après quatre jours de pluies ininterrompues, la Sarthelle est sortie de son lit dans la "
        "nuit de dimanche à lundi, noyant sous un mètre d'eau les serres et les champs de la "
        "plaine maraîchère de Vernillac. D'après les services de l'État, près de 900 hectares de "
        "cultures étaient encore submergés mardi soir.\n\n"
        "« Les poireaux, les choux, les salades d'hiver, tout est perdu », constate Pascal "
        "Moutet, maraîcher depuis vingt-deux ans, debout dans ses bottes au bord d'une parcelle "
        "transformée en étang. Ses trois salariés sont au chômage technique.\n\n"
        "Le maire de Vernillac, Alain Besse-Chauvel, a demandé la reconnaissance de l'état de "
        "catastrophe naturelle. Une cagnotte lancée par la commune a déjà recueilli 23 000 euros.",
        [
            (
                I,
                ["près de 900 hectares de cultures étaient encore submergés mardi soir"],
                "services de l'État",
            ),
            (
                D,
                ["Les poireaux, les choux, les salades d'hiver, tout est perdu"],
                "Pascal Moutet",
            ),
        ],
    ),
    (  # 10 post office closing: «» without inner spaces, scare quotes «relais» (not speech),
        # unnamed spokeswoman = the group ("Une porte-parole du groupe Postéa a précisé que"),
        # question in quotes + "s'interroge Name, 84 ans", partial "parle d'un «abandon»" by
        # "Le maire, Name", then direct + "a-t-il déploré"
        "Le bureau de poste de Chantemerle-sur-Aube fermera définitivement le 31 janvier. Il sera "
        "remplacé par un «relais» installé dans l'épicerie du bourg et ouvert six heures par "
        "semaine. Une porte-parole du groupe Postéa a précisé que le guichet n'accueillait plus "
        "qu'une douzaine de clients par jour.\n\n"
        "Pour les habitants, souvent âgés, la pilule passe mal. «Je n'ai pas de voiture et je ne "
        "sais pas me servir d'internet. Comment je fais pour ma pension\u00a0?», s'interroge "
        "Lucienne Bréchot, 84 ans.\n\n"
        "Le maire, Daniel Forgeot, parle d'un «abandon» des campagnes. «On nous a déjà pris la "
        "perception, puis la gendarmerie. Après la poste, il ne restera que la mairie», a-t-il "
        "déploré.",
        [
            (
                I,
                ["le guichet n'accueillait plus qu'une douzaine de clients par jour"],
                "Postéa",
            ),
            (
                D,
                [
                    "Je n'ai pas de voiture et je ne sais pas me servir d'internet. Comment je "
                    "fais pour ma pension\u00a0?"
                ],
                "Lucienne Bréchot",
            ),
            (P, ["abandon"], "Daniel Forgeot"),
            (
                D,
                [
                    "On nous a déjà pris la perception, puis la gendarmerie. Après la poste, il ne "
                    "restera que la mairie"
                ],
                "Daniel Forgeot",
            ),
        ],
    ),
    (  # 11 poor wheat harvest: "Selon les premières estimations de l'Office …, publiées jeudi,"
        # (the rest of the sentence), two-sentence direct + "résume l'agriculteur" (role alone
        # for the farmer named just before, in a non-speech sentence)
        "La moisson 2026 restera comme l'une des plus faibles de la décennie. Selon les "
        "premières estimations de l'Office national des grandes cultures, publiées jeudi, la "
        "récolte de blé tendre atteindrait 27,4 millions de tonnes, en recul de 21\u00a0% sur la "
        "moyenne quinquennale. Un printemps trop humide, suivi de fortes chaleurs en juin, a "
        "pénalisé le remplissage des grains.\n\n"
        "Dans la Beauce, Thibault Lemarchand a battu ses derniers hectares la semaine dernière. "
        "«\u00a0Soixante-deux quintaux à l'hectare, contre quatre-vingt-dix les bonnes années. Et "
        "la qualité n'est pas là\u00a0», résume l'agriculteur, qui cultive 240 hectares près de "
        "Janville-en-Plaine.\n\n"
        "Les cours mondiaux, eux, restent orientés à la baisse, tirés par les récoltes abondantes "
        "de la mer Noire.",
        [
            (
                I,
                [
                    "la récolte de blé tendre atteindrait 27,4 millions de tonnes, en recul de "
                    "21\u00a0% sur la moyenne quinquennale"
                ],
                "Office national des grandes cultures",
            ),
            (
                D,
                [
                    "Soixante-deux quintaux à l'hectare, contre quatre-vingt-dix les bonnes années. "
                    "Et la qualité n'est pas là"
                ],
                "Thibault Lemarchand",
            ),
        ],
    ),
    (  # 12 wolf attacks: "…, d'après la direction départementale des territoires." (the part
        # before), direct + "explique Name, berger à X, qui…", "a autorisé un tir" not speech,
        # association partial "a dénoncé une décision «…»"
        "Trois attaques de loup en une semaine\u00a0: dans le massif des Aiguilles-Blanches, les "
        "éleveurs ovins sont à bout. Quarante-sept brebis ont été tuées ou blessées depuis le "
        "2\u00a0octobre sur les communes de Prabert et de Valcenis, d'après la direction "
        "départementale des territoires.\n\n"
        "«\u00a0On dort dans le camion à côté du parc, avec les chiens. On ne peut pas continuer "
        "comme ça tout l'hiver\u00a0», explique Sébastien Arnaud-Giraud, berger à Prabert, qui "
        "garde 1\u00a0100 bêtes pour trois éleveurs.\n\n"
        "La préfecture a autorisé mardi un tir de défense renforcée. L'association Loup Vivant a "
        "dénoncé une décision «\u00a0précipitée et inefficace\u00a0». L'espèce reste "
        "strictement protégée par la convention de Berne.",
        [
            (
                I,
                [
                    "Quarante-sept brebis ont été tuées ou blessées depuis le 2\u00a0octobre sur "
                    "les communes de Prabert et de Valcenis"
                ],
                "direction départementale des territoires",
            ),
            (
                D,
                [
                    "On dort dans le camion à côté du parc, avec les chiens. On ne peut pas "
                    "continuer comme ça tout l'hiver"
                ],
                "Sébastien Arnaud-Giraud",
            ),
            (P, ["précipitée et inefficace"], "Loup Vivant"),
        ],
    ),
    (  # 13 oysters and norovirus: agency "a indiqué qu'" indirect, direct + "rappelle Name,
        # présidente de…", second direct + "prévient-elle" (pronoun), rhetorical question and
        # "mettent en cause" (noun object) not annotated
        "La vente et le ramassage des huîtres sont suspendus depuis samedi dans le bassin de la "
        "Seudrelle, après la détection de norovirus dans plusieurs lots. L'agence régionale de "
        "santé a indiqué qu'une trentaine de cas de gastro-entérite avaient été signalés après "
        "des repas de fête.\n\n"
        "À dix jours de Noël, la mesure tombe au pire moment pour les 180 entreprises "
        "ostréicoles du bassin. «\u00a0Décembre, c'est près de la moitié de notre chiffre "
        "d'affaires\u00a0», rappelle Nadine Guérinaud, présidente de la section conchylicole "
        "locale. «\u00a0Si l'interdiction dure plus de deux semaines, certains ne s'en "
        "relèveront pas\u00a0», prévient-elle.\n\n"
        "Qui paiera les pertes\u00a0? La question reste entière. Les professionnels mettent en "
        "cause les débordements de la station d'épuration de Saint-Orens, saturée par les pluies "
        "de novembre.",
        [
            (
                I,
                [
                    "une trentaine de cas de gastro-entérite avaient été signalés après des repas "
                    "de fête"
                ],
                "agence régionale de santé",
            ),
            (
                D,
                ["Décembre, c'est près de la moitié de notre chiffre d'affaires"],
                "Nadine Guérinaud",
            ),
            (
                D,
                ["Si l'interdiction dure plus de deux semaines, certains ne s'en relèveront pas"],
                "Nadine Guérinaud",
            ),
        ],
    ),
    (  # 14 agriculture minister: "a annoncé un fonds" (noun object, not annotated), direct +
        # "a-t-elle assuré", "La ministre a précisé que" (role alone), organisation with
        # acronym "l'Union nationale des paysans (UNP), a jugé l'enveloppe «…»" partial, a
        # union leader mentioned but not speaking
        "En visite au salon de l'élevage de Cournon-la-Plaine, la ministre de l'Agriculture, "
        "Agnès Duvillard-Martel, a annoncé jeudi un fonds d'urgence de 150 millions d'euros pour "
        "les éleveurs touchés par les maladies animales.\n\n"
        "«\u00a0L'État sera aux côtés de chaque exploitation, sans exception\u00a0», a-t-elle "
        "assuré devant un parterre d'éleveurs. La ministre a précisé que les premiers versements "
        "interviendraient avant la fin de l'année, sur simple déclaration des pertes.\n\n"
        "Le principal syndicat agricole, l'Union nationale des paysans (UNP), a jugé l'enveloppe "
        "«\u00a0très en deçà des besoins\u00a0». Son secrétaire général, Patrice Olanier, a "
        "quitté le salon avant la fin du discours.",
        [
            (
                D,
                ["L'État sera aux côtés de chaque exploitation, sans exception"],
                "Agnès Duvillard-Martel",
            ),
            (
                I,
                [
                    "les premiers versements interviendraient avant la fin de l'année, sur simple "
                    "déclaration des pertes"
                ],
                "Agnès Duvillard-Martel",
            ),
            (P, ["très en deçà des besoins"], "Union nationale des paysans"),
        ],
    ),
    (  # 15 abattoir closing: book title in « » after "a raconté son installation dans un
        # livre" (not speech), two-sentence direct + "regrette-t-elle", "assure avoir tout
        # tenté" (infinitive indirect), direct + "a-t-il expliqué"
        "L'abattoir intercommunal de Rieumarcel-le-Vieux, le dernier à cent kilomètres à la "
        "ronde, a cessé son activité vendredi, faute de repreneur. Une quarantaine d'éleveurs qui "
        "y faisaient abattre leurs bêtes pour la vente directe devront désormais les conduire "
        "jusqu'à Rodès, à deux heures de route.\n\n"
        "Marie-Claude Anglade, éleveuse de porcs, a raconté son installation dans un livre, "
        "«\u00a0Le Pré d'en haut\u00a0», paru l'an dernier. Elle vend toute sa viande en "
        "caissettes à la ferme. «\u00a0C'est tout le modèle du circuit court qu'on fragilise. "
        "Avec le transport, mes bêtes vont me coûter quinze euros de plus chacune\u00a0», "
        "regrette-t-elle.\n\n"
        "Le président de la communauté de communes, Jean-Louis Tarrisse, assure avoir tout tenté "
        "pour sauver l'outil. «\u00a0Nous avons perdu 180\u00a0000 euros en deux ans. Nous ne "
        "pouvions pas demander aux contribuables de payer indéfiniment\u00a0», a-t-il expliqué.",
        [
            (
                D,
                [
                    "C'est tout le modèle du circuit court qu'on fragilise. Avec le transport, mes "
                    "bêtes vont me coûter quinze euros de plus chacune"
                ],
                "Marie-Claude Anglade",
            ),
            (I, ["avoir tout tenté pour sauver l'outil"], "Jean-Louis Tarrisse"),
            (
                D,
                [
                    "Nous avons perdu 180\u00a0000 euros en deux ans. Nous ne pouvions pas "
                    "demander aux contribuables de payer indéfiniment"
                ],
                "Jean-Louis Tarrisse",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 drought: organisation "said on Tuesday that" indirect, curly quotes, direct + "said
        # Name, who farms…", then a second sentence quoted after the attribution's full stop
        # (second direct, same speaker)
        "Farmers across the Ashvale plain are bracing for their worst harvest in a generation "
        "after the driest spring since records began in 1891. The Ashvale Water Board said on "
        "Tuesday that licences to draw water from rivers for crop irrigation would be suspended "
        "from Monday for at least four weeks.\n\n"
        "“We've got potatoes in the ground that need water now, not in August,” said Graham "
        "Tillotson, who farms 400 acres near Cressbury. “Without irrigation, half of them will "
        "be the size of golf balls.”\n\n"
        "Rainfall in the region has been 38% below average since February, and reservoir levels "
        "stood at 54% of capacity last week. Growers of salad crops and soft fruit, which cannot "
        "survive long without water, have been granted a temporary exemption.",
        [
            (
                I,
                [
                    "licences to draw water from rivers for crop irrigation would be suspended "
                    "from Monday for at least four weeks"
                ],
                "Ashvale Water Board",
            ),
            (
                D,
                ["We've got potatoes in the ground that need water now, not in August"],
                "Graham Tillotson",
            ),
            (
                D,
                ["Without irrigation, half of them will be the size of golf balls."],
                "Graham Tillotson",
            ),
        ],
    ),
    (  # 2 tractor protest: "whose president, Name," then one quote split by "he said," (two
        # pieces), partial "Penhale called … "a betrayal"" (surname), "Agriculture Minister
        # Name, who was …, said she would" indirect; police mentioned but not speaking
        "More than 1,500 tractors rolled into the centre of Halbrook on Thursday as farmers "
        "protested against cuts to rural subsidies and a flood of cheap imports. Traffic was "
        "brought to a standstill across much of the city for most of the day.\n\n"
        "The protest was organised by the National Farmers' Alliance, whose president, Rhodri "
        'Penhale, addressed the crowd from a trailer outside the agriculture ministry. "They '
        'tell us to produce more, to protect nature, to cut emissions," he said, "and then they '
        'pay us less every year."\n\n'
        "Penhale called the government's new trade deal with the Southern Pacific bloc \"a "
        'betrayal" of family farms. Some protesters sprayed slurry on the ministry gates before '
        "police cleared the street in the early evening.\n\n"
        "Agriculture Minister Fiona Carrick-Lowe, who was in Brussels for talks, said she would "
        "meet union leaders next week.",
        [
            (
                D,
                [
                    "They tell us to produce more, to protect nature, to cut emissions",
                    "and then they pay us less every year.",
                ],
                "Rhodri Penhale",
            ),
            (P, ["a betrayal"], "Rhodri Penhale"),
            (I, ["she would meet union leaders next week"], "Fiona Carrick-Lowe"),
        ],
    ),
    (  # 3 cod quota: two-sentence direct + "said Name, who skippers the trawler X", partial
        # inside "defended the decision, saying …" (only the partial), organisation "said in a
        # statement it would" (no "that")
        "Skippers in the port of Carrick Haven face a bleak new year after fisheries ministers "
        "agreed on Tuesday to cut the North Sea cod quota by 22% for 2027. Haddock and whiting "
        "quotas were also reduced, by 9% and 14%.\n\n"
        "“It's the third cut in four years. At this rate there won't be a fleet left to catch "
        "anything,” said Callum Drummond, who skippers the trawler Northern Star with a crew of "
        "six.\n\n"
        "Fisheries Minister Alasdair Bryce defended the decision, saying the scientific advice "
        "had left “no room for manoeuvre”. Stocks of North Sea cod have fallen to about a third "
        "of their 1990s level.\n\n"
        "The Fishermen's Federation of the North said in a statement it would seek a judicial "
        "review of the cut.",
        [
            (
                D,
                [
                    "It's the third cut in four years. At this rate there won't be a fleet left to "
                    "catch anything"
                ],
                "Callum Drummond",
            ),
            (P, ["no room for manoeuvre"], "Alasdair Bryce"),
            (
                I,
                ["it would seek a judicial review of the cut"],
                "Fishermen's Federation of the North",
            ),
        ],
    ),
    (  # 4 swine fever: indirect with the cue after ("…, the Ministry of Agriculture announced
        # on Friday"), "Chief Veterinary Officer Dr. Name" introduced in a non-speech sentence
        # then "she told reporters", farmer introduced then two-sentence direct + "he said"
        "African swine fever has been confirmed on a pig farm in the district of Lowmoor, the "
        "first case in the country in nine years, the Ministry of Agriculture announced on "
        "Friday. All 3,200 pigs on the farm will be culled, and a 10-kilometre restriction zone "
        "has been imposed around it.\n\n"
        "Chief Veterinary Officer Dr. Helen Marsh-Achebe travelled to the farm on Friday "
        'morning. "This virus does not harm humans, but it is devastating for pigs and for the '
        'people who keep them," she told reporters afterwards.\n\n'
        'Neighbouring farmer Tom Brierley has 800 sows inside the zone. "Nobody will buy a '
        "single animal from us now. The lorries just won't come,\" he said.",
        [
            (
                I,
                [
                    "African swine fever has been confirmed on a pig farm in the district of "
                    "Lowmoor, the first case in the country in nine years"
                ],
                "Ministry of Agriculture",
            ),
            (
                D,
                [
                    "This virus does not harm humans, but it is devastating for pigs and for the "
                    "people who keep them"
                ],
                "Helen Marsh-Achebe",
            ),
            (
                D,
                ["Nobody will buy a single animal from us now. The lorries just won't come"],
                "Tom Brierley",
            ),
        ],
    ),
    (  # 5 village school: quote split by "said Name, who chairs …," (two pieces), "Council
        # leader Name said" indirect without "that", "Head teacher Name … described the
        # decision as "…"" partial (role before the name dropped)
        "Parents in the hill village of Aldersby are angry after the county council voted on "
        "Wednesday to close its primary school next summer. The school has 17 pupils, down from "
        "41 a decade ago.\n\n"
        '"Once the school goes," said Janet Oduya, who chairs the parents\' group, "the families '
        'go, and then the shop and the pub follow."\n\n'
        "Council leader Martin Greaves said keeping the school open would cost £310,000 a year, "
        "or more than £18,000 per pupil. Children will be offered free transport to St Bride's, "
        "eight miles away.\n\n"
        "Head teacher Alison Quarrie, who has taught at Aldersby for 22 years, described the "
        'decision as "heartbreaking but not unexpected". A petition against the closure has '
        "gathered 2,300 signatures.",
        [
            (
                D,
                ["Once the school goes", "the families go, and then the shop and the pub follow."],
                "Janet Oduya",
            ),
            (
                I,
                [
                    "keeping the school open would cost £310,000 a year, or more than £18,000 per "
                    "pupil"
                ],
                "Martin Greaves",
            ),
            (P, ["heartbreaking but not unexpected"], "Alison Quarrie"),
        ],
    ),
    (  # 6 floods: unnamed plural "Emergency services said" (no "that"), "For potato grower
        # Name, …" (not speech) then two-sentence direct + "he said", a new paragraph opening a
        # fresh unattributed quote (same speaker, second direct); "put losses at" not speech
        "Floodwater covered more than 12,000 hectares of farmland in the lower Tarran valley on "
        "Sunday after the river burst its banks in three places. Emergency services said about "
        "60 people had been evacuated from isolated farms by boat and helicopter.\n\n"
        'For potato grower Derek Hanlon, the timing could not be worse. "We had finished lifting '
        "about a third of the crop. The rest is under four feet of water and it will rot within "
        'days," he said.\n\n'
        "\"The insurance won't cover it. Nobody insures a crop against a flood any more, the "
        'premiums are impossible."\n\n'
        "The regional farmers' union put total losses at more than £40 million and called for an "
        "emergency fund.",
        [
            (
                I,
                ["about 60 people had been evacuated from isolated farms by boat and helicopter"],
                "emergency services",
            ),
            (
                D,
                [
                    "We had finished lifting about a third of the crop. The rest is under four "
                    "feet of water and it will rot within days"
                ],
                "Derek Hanlon",
            ),
            (
                D,
                [
                    "The insurance won't cover it. Nobody insures a crop against a flood any "
                    "more, the premiums are impossible."
                ],
                "Derek Hanlon",
            ),
        ],
    ),
    (  # 7 dairy merger: partial inside reported speech ("said the merger would give farmers
        # "…"", only the partial), direct + "said Name, a dairy farmer from X who…", colon
        # direct after "Ms Surname rejected that criticism:"
        "Members of the Westmere Dairy Cooperative voted by 612 to 143 on Saturday to merge with "
        "its larger neighbour, Valley Pride, creating the country's second-biggest milk "
        "processor with around 2,100 farmer-owners.\n\n"
        'Cooperative chair Siobhan Keating said the merger would give farmers "real bargaining '
        'power" with supermarkets for the first time.\n\n'
        'Not everyone was convinced. "We are swapping a cooperative where everyone knows each '
        'other for a company run from an office in the city," said Owen Prydderch, a dairy '
        "farmer from Llanfair Cross who voted against.\n\n"
        'Ms Keating rejected that criticism: "Every farmer will still have one vote, whatever '
        'the size of the herd." The merged group will be based in Westmere and keep both '
        "processing plants open for at least five years.",
        [
            (P, ["real bargaining power"], "Siobhan Keating"),
            (
                D,
                [
                    "We are swapping a cooperative where everyone knows each other for a company "
                    "run from an office in the city"
                ],
                "Owen Prydderch",
            ),
            (
                D,
                ["Every farmer will still have one vote, whatever the size of the herd."],
                "Siobhan Keating",
            ),
        ],
    ),
    (  # 8 record wheat harvest: "…, according to figures published … by X." (the part
        # before), direct + "said Name, an arable farmer in X, who described her choice as "…""
        # (a partial in the same sentence, same speaker)
        "This year's wheat harvest is set to be the largest on record, at 16.8 million tonnes, "
        "according to figures published on Monday by the National Statistics Bureau. But a "
        "bumper crop is not necessarily good news for growers: prices on the Rensford grain "
        "exchange have fallen by almost a quarter since June.\n\n"
        "\"We've never grown so much and we've never been paid so little for it,\" said Ruth "
        'Abernethy, an arable farmer in the Downs, who described her choice as "sell at a loss '
        'now, or pay to store it and hope".\n\n'
        "Many farmers are holding back their grain, and storage space is running short across "
        "the region. Some cooperatives have begun renting empty warehouses.",
        [
            (
                I,
                [
                    "This year's wheat harvest is set to be the largest on record, at 16.8 "
                    "million tonnes"
                ],
                "National Statistics Bureau",
            ),
            (
                D,
                ["We've never grown so much and we've never been paid so little for it"],
                "Ruth Abernethy",
            ),
            (P, ["sell at a loss now, or pay to store it and hope"], "Ruth Abernethy"),
        ],
    ),
    (  # 9 bank branch closing: "A spokeswoman for X said" (the bank speaks), a question in
        # quotes + "asked Name, who sells…", "Pellingford's mayor, Councillor Name, called
        # the closure "…"" partial (title dropped)
        "The last bank branch in the market town of Pellingford will close in March, leaving its "
        "4,000 residents and the surrounding villages 23 miles from the nearest counter. A "
        "spokeswoman for Northcastle Bank said fewer than 200 customers now used the branch "
        "regularly.\n\n"
        'Farmers are among those hit hardest. "A lot of my customers still pay in cash at the '
        'markets. Where am I supposed to take it, a hole in the wall?" asked Gwen Talbot, who '
        "sells eggs and lamb from a stall on Saturdays.\n\n"
        "Pellingford's mayor, Councillor Derek Umfreville, called the closure \"another nail in "
        'the coffin" for rural high streets. The town lost its police station in 2019 and its '
        "last doctor's surgery two years later.",
        [
            (
                I,
                ["fewer than 200 customers now used the branch regularly"],
                "Northcastle Bank",
            ),
            (
                D,
                [
                    "A lot of my customers still pay in cash at the markets. Where am I supposed "
                    "to take it, a hole in the wall?"
                ],
                "Gwen Talbot",
            ),
            (P, ["another nail in the coffin"], "Derek Umfreville"),
        ],
    ),
    (  # 10 bird flu: direct + "said Name, whose farm …", partial inside reported speech by
        # "The government's chief vet, Dr Name," (only the partial), "Surname, 61," in a
        # non-speech sentence then direct + "he admitted"
        "Supermarkets in the south-west are limiting customers to two boxes of eggs each after "
        "bird flu forced the culling of more than 1.2 million laying hens in six weeks.\n\n"
        '"I walked into the shed one morning and there were hundreds dead on the floor," said '
        "Patrick Ellery, whose farm near Stowmarsh lost its entire flock of 48,000 birds in "
        "October.\n\n"
        "The government's chief vet, Dr Anjali Rao, said the risk of further outbreaks would "
        'remain "very high" until the spring migration of wild birds was over.\n\n'
        "Ellery, 61, has not decided whether to restock. \"I'm not sure I have another rebuild "
        'in me," he admitted. Restocking a shed of that size costs around £250,000, and '
        "insurance covers only part of it.",
        [
            (
                D,
                ["I walked into the shed one morning and there were hundreds dead on the floor"],
                "Patrick Ellery",
            ),
            (P, ["very high"], "Anjali Rao"),
            (D, ["I'm not sure I have another rebuild in me"], "Patrick Ellery"),
        ],
    ),
    (  # 11 salmon farms: long indirect with the cue after ("…, the Marine Inspectorate said in
        # its annual report"), "Campaign group X described the figures as "…"" partial,
        # direct + "said Name, chief executive of the X Association"
        "Mortality at salmon farms along the Kinlochary coast reached a record 21% last year, "
        "with sea lice and rising water temperatures blamed for the deaths of around 9 million "
        "fish, the Marine Inspectorate said in its annual report on Wednesday.\n\n"
        'Campaign group Clean Lochs described the figures as "an animal welfare scandal on an '
        'industrial scale".\n\n'
        '"Nobody is more upset about losing fish than the people who raise them," said Morag '
        "Lindqvist, chief executive of the Coastal Aquaculture Association. The industry "
        "employs about 2,500 people in the region, most of them in small coastal villages.",
        [
            (
                I,
                [
                    "Mortality at salmon farms along the Kinlochary coast reached a record 21% "
                    "last year, with sea lice and rising water temperatures blamed for the deaths "
                    "of around 9 million fish"
                ],
                "Marine Inspectorate",
            ),
            (P, ["an animal welfare scandal on an industrial scale"], "Clean Lochs"),
            (
                D,
                ["Nobody is more upset about losing fish than the people who raise them"],
                "Morag Lindqvist",
            ),
        ],
    ),
    (  # 12 subsidy reform: partial "in what he called "…"" (speaker = "Agriculture Secretary
        # Name" earlier in the sentence), direct opening with a question + "said Name,
        # president of the X Union"; "welcomed the plans" (noun object, not annotated)
        "Agriculture Secretary Jonathan Ebbe on Wednesday unveiled a scheme replacing area-based "
        'farm payments with grants tied to environmental work, in what he called "the biggest '
        'change to farm support in fifty years". Under the scheme, farmers would be paid for '
        "planting hedgerows, restoring wetlands and leaving field margins uncultivated. The "
        "transition would be phased in over seven years.\n\n"
        '"Will a tenant farmer on 80 acres be better or worse off? That is the only question '
        "that matters,\" said Lorna McVitie, president of the Tenant Farmers' Union.\n\n"
        "Environmental groups welcomed the plans. A full impact assessment is due to be "
        "published in January.",
        [
            (P, ["the biggest change to farm support in fifty years"], "Jonathan Ebbe"),
            (
                D,
                [
                    "Will a tenant farmer on 80 acres be better or worse off? That is the only "
                    "question that matters"
                ],
                "Lorna McVitie",
            ),
        ],
    ),
    (  # 13 poor honey harvest: "have reported their poorest harvest" (noun object), curly
        # quotes, two-sentence direct + "said Name, chairman of …", documentary title in “ ”
        # inside the speaker's relative clause (not speech) then "said the association's …"
        # indirect, one quote split by "he added," (two pieces)
        "Beekeepers in the Marrow Hills have reported their poorest honey harvest in more than "
        "20 years, after a cold, wet spring kept bees inside their hives during the blossom "
        "season.\n\n"
        "“Some of my colonies produced nothing at all. I've had to feed them sugar syrup just to "
        "get them through to winter,” said Ivor Penrose, chairman of the Marrow Hills "
        "Beekeepers' Association, who keeps 60 hives.\n\n"
        "Penrose, who appeared in last year's television documentary “The Silent Hive”, said the "
        "association's 300 members had harvested an average of 4 kilograms of honey per hive, "
        "against 18 kilograms in a normal year.\n\n"
        "“People think honey just appears in the jar,” he added, “but every spoonful depends on "
        "the weather.”",
        [
            (
                D,
                [
                    "Some of my colonies produced nothing at all. I've had to feed them sugar "
                    "syrup just to get them through to winter"
                ],
                "Ivor Penrose",
            ),
            (
                I,
                [
                    "the association's 300 members had harvested an average of 4 kilograms of "
                    "honey per hive, against 18 kilograms in a normal year"
                ],
                "Ivor Penrose",
            ),
            (
                D,
                [
                    "People think honey just appears in the jar",
                    "but every spoonful depends on the weather.",
                ],
                "Ivor Penrose",
            ),
        ],
    ),
    (  # 14 rural vet leaving: "Dr Name, who has run …, said he had" indirect, two-sentence
        # direct + "the vet said" (role alone), direct + "said sheep and beef farmer Name"
        # (descriptive role before the name)
        "The only veterinary practice serving farms in the upper Tessel valley will stop "
        "treating livestock at the end of the month, leaving about 150 cattle and sheep farms "
        "without a local vet.\n\n"
        "Dr Gareth Mwangi, who has run the practice in Sedbury for 19 years, said he had been "
        "unable to recruit a farm vet despite advertising the post for two years.\n\n"
        '"Young graduates want to work with cats and dogs in towns, with regular hours. Calving '
        'a cow at three in the morning on a hillside in February is not an easy sell," the vet '
        "said.\n\n"
        'Farmers will now have to call a practice in Kendlow, 35 miles away. "If a cow is in '
        'trouble calving, 35 miles is the difference between a live calf and a dead one," said '
        "sheep and beef farmer Eileen Rutter.",
        [
            (
                I,
                [
                    "he had been unable to recruit a farm vet despite advertising the post for two "
                    "years"
                ],
                "Gareth Mwangi",
            ),
            (
                D,
                [
                    "Young graduates want to work with cats and dogs in towns, with regular hours. "
                    "Calving a cow at three in the morning on a hillside in February is not an "
                    "easy sell"
                ],
                "Gareth Mwangi",
            ),
            (
                D,
                [
                    "If a cow is in trouble calving, 35 miles is the difference between a live "
                    "calf and a dead one"
                ],
                "Eileen Rutter",
            ),
        ],
    ),
    (  # 15 olive harvest: "expect to harvest" (not speech), "chairman Name said" indirect
        # after a place phrase, two-sentence direct + "said Mr Surname, standing in…"
        "Olive growers on the island of Sarnos expect to harvest barely half of last year's crop "
        "after a summer heatwave scorched the trees during flowering.\n\n"
        "At the Agios Lefteris cooperative, which presses olives for 340 families, chairman "
        "Nikos Kalamaris said output could fall below 1,000 tonnes of oil for the first time "
        "since the 1990s.\n\n"
        '"My father planted some of these trees. I have never seen them look so tired," said Mr '
        "Kalamaris, standing in a grove of silvery, half-bare branches.\n\n"
        "Prices for the island's extra virgin oil have already risen by 30% since September. "
        "Seasonal workers who usually come from the mainland for the harvest will find much less "
        "work this year.",
        [
            (
                I,
                ["output could fall below 1,000 tonnes of oil for the first time since the 1990s"],
                "Nikos Kalamaris",
            ),
            (
                D,
                ["My father planted some of these trees. I have never seen them look so tired"],
                "Nikos Kalamaris",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout95.jsonl"),
        "heldout95",
        "h95",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
