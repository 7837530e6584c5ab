"""Source of the fifty-second held-out set: writes heldout52.jsonl (split "heldout52").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
feature stories and long-form portraits told in scenes (a night nurse, a village baker, a
retired footballer, an ageing rock band...), with many quotes from the subject and those around them.
Measured once before (extractor 0.3.0) and with extractors 0.18.0, 0.19.0 and 0.20.0
(docs/EXTRACTION.md); not read when 0.20.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout52.py
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
    (  # 1 night nurse: "glisse l'infirmière" after, partial inside "assure que", "Selon elle" + partial, role "le vieil homme"
        "Il est 21 h 40 quand Mathilde Garnier-Roux pousse la porte du service de médecine "
        "interne de l'hôpital de Vernac-sur-Loir. Dans le couloir, les lumières sont déjà "
        "tamisées. Elle enfile sa blouse, vérifie son badge, attrape un café tiède sur le chariot.\n\n"
        "« La nuit, on est moins nombreux, mais les patients ont plus peur », glisse "
        "l'infirmière de 41 ans en parcourant les transmissions de l'équipe de jour. Elle "
        "travaille de nuit depuis onze ans et assure qu'elle ne reviendrait en journée "
        "« pour rien au monde ».\n\n"
        "Vers 2 heures, une sonnette retentit chambre 12. M. Alphonse Brévin, 87 ans, ne trouve "
        "pas le sommeil. Elle s'assoit au bord du lit, lui tient la main quelques minutes. "
        "« Elle est la seule qui prend le temps », souffle le vieil homme.\n\n"
        "Sa collègue aide-soignante, Nadia Ferhat, la connaît depuis leurs débuts. Selon elle, "
        "Mathilde « sent les choses avant les machines ». Au petit matin, l'infirmière range "
        "ses affaires sans cérémonie : « On ne sauve pas des vies toutes les nuits. Mais on "
        "évite que les gens soient seuls. »",
        [
            (
                D,
                ["La nuit, on est moins nombreux, mais les patients ont plus peur"],
                "Mathilde Garnier-Roux",
            ),
            (P, ["pour rien au monde"], "Mathilde Garnier-Roux"),
            (D, ["Elle est la seule qui prend le temps"], "Alphonse Brévin"),
            (P, ["sent les choses avant les machines"], "Nadia Ferhat"),
            (
                D,
                [
                    "On ne sauve pas des vies toutes les nuits. Mais on évite que les gens soient seuls."
                ],
                "Mathilde Garnier-Roux",
            ),
        ],
    ),
    (  # 2 village baker: narrow no-break spaces, dialogue dashes, "qualifie de" partial, speaker in previous sentence
        "Quatre heures du matin à Montérac-le-Haut, 600 habitants. La seule lumière du bourg "
        "est celle du fournil de Gilles Perrachon. Le boulanger, 58 ans, façonne ses baguettes "
        "à la main, comme son père avant lui.\n\n"
        "«\u202fLe pain, ça ne ment pas\u202f: si tu as mal dormi, il le sait\u202f», lance-t-il "
        "en enfournant une première fournée. Sa femme, Sylvie Perrachon, tient la boutique "
        "depuis trente ans. Elle raconte que la boulangerie a failli fermer en 2019, quand une "
        "grande surface s'est installée à l'entrée du village.\n\n"
        "— On a perdu un tiers des clients en six mois, dit-elle.\n"
        "— Et on les a récupérés, corrige Gilles en souriant.\n\n"
        "Le maire, Roland Teissèdre, ne cache pas son attachement à l'établissement, qu'il "
        "qualifie de «\u202fdernier service public du village\u202f». Ce matin-là, la première "
        "cliente, Mme Odette Lavaur, pousse la porte à 6 h 30 pile. «\u202fJe viens tous les "
        "jours depuis 1974. Le jour où il ferme, je déménage.\u202f»",
        [
            (
                D,
                ["Le pain, ça ne ment pas\u202f: si tu as mal dormi, il le sait"],
                "Gilles Perrachon",
            ),
            (
                I,
                [
                    "la boulangerie a failli fermer en 2019, quand une grande surface s'est "
                    "installée à l'entrée du village"
                ],
                "Sylvie Perrachon",
            ),
            (D, ["On a perdu un tiers des clients en six mois"], "Sylvie Perrachon"),
            (D, ["Et on les a récupérés"], "Gilles Perrachon"),
            (P, ["dernier service public du village"], "Roland Teissèdre"),
            (
                D,
                ["Je viens tous les jours depuis 1974. Le jour où il ferme, je déménage."],
                "Odette Lavaur",
            ),
        ],
    ),
    (  # 3 retired footballer: nickname not speech, quote over two paragraphs, "D'après lui", child by first name
        "Dans le petit club de Lussan-Plage, on l'appelle toujours « le Chat ». Vingt ans après "
        "avoir arrêté le penalty qui offrait la Coupe à l'US Brémontaise, Kévin Abadie-Morel "
        "entraîne les gardiens des moins de 13 ans, le mercredi après-midi, sur un terrain "
        "synthétique qui a connu des jours meilleurs.\n\n"
        "« Au début, je ne voulais plus entendre parler de foot. J'avais mal aux genoux, mal au "
        "dos, et surtout mal à l'ego.\n\n"
        "« C'est mon fils qui m'a ramené ici. Il avait huit ans, il voulait jouer dans les buts. "
        "Je ne pouvais pas le laisser faire n'importe quoi », confie l'ancien portier, 46 ans.\n\n"
        "Sur le banc, le président du club, Hervé Castagnet, observe la séance. D'après lui, les "
        "inscriptions ont doublé depuis l'arrivée de l'ancien international. Ses petits élèves, "
        "eux, n'ont jamais vu la fameuse finale. « Il dit qu'il a arrêté un penalty, mais moi je "
        "l'ai jamais vu en vrai », s'amuse Timéo, 11 ans.\n\n"
        "Abadie-Morel hausse les épaules. « Tant mieux. Ici, je ne suis pas une légende. Je suis "
        "juste celui qui ramasse les plots. »",
        [
            (
                D,
                [
                    "Au début, je ne voulais plus entendre parler de foot. J'avais mal aux genoux, "
                    "mal au dos, et surtout mal à l'ego.",
                    "C'est mon fils qui m'a ramené ici. Il avait huit ans, il voulait jouer dans les "
                    "buts. Je ne pouvais pas le laisser faire n'importe quoi",
                ],
                "Kévin Abadie-Morel",
            ),
            (
                I,
                ["les inscriptions ont doublé depuis l'arrivée de l'ancien international"],
                "Hervé Castagnet",
            ),
            (D, ["Il dit qu'il a arrêté un penalty, mais moi je l'ai jamais vu en vrai"], "Timéo"),
            (
                D,
                [
                    "Tant mieux. Ici, je ne suis pas une légende. Je suis juste celui qui ramasse les plots."
                ],
                "Kévin Abadie-Morel",
            ),
        ],
    ),
    (  # 4 ageing rock band: album title and banner not speech, no-break spaces, "Selon elle", "assure pour sa part que"
        "Ils ont à eux quatre 271 ans et un nouvel album, «\u00a0Rouille et paillettes\u00a0», "
        "sorti le mois dernier. Ce soir-là, dans la loge exiguë de la salle Le Hangar, à "
        "Pornévic, les Cendres Bleues se préparent pour la 1\u00a0200e date de leur carrière.\n\n"
        "«\u00a0On nous a enterrés trois fois. On est toujours là, et les croque-morts sont à la "
        "retraite\u00a0», rigole le chanteur, Patrice Meunier-Lalande, 68 ans, en ajustant un "
        "foulard léopard. La bassiste, Josiane Kerbrat, est moins lyrique. Elle reconnaît que "
        "les tournées sont devenues «\u00a0une affaire de kinésithérapeutes\u00a0». Selon elle, "
        "le groupe a renoncé aux concerts de plus de deux heures depuis 2022.\n\n"
        "Leur manager depuis 1989, Fabrice Oudot, assure pour sa part que la billetterie n'a "
        "jamais été aussi bonne. «\u00a0Les parents amènent les enfants, et maintenant les "
        "enfants amènent leurs parents\u00a0», précise-t-il.\n\n"
        "À 21\u00a0heures, les lumières s'éteignent. Dans la fosse, une pancarte proclame "
        "«\u00a0Les Cendres ne s'éteignent jamais\u00a0». Patrice Meunier-Lalande s'approche du "
        "micro\u00a0: «\u00a0Bonsoir Pornévic. On commence par une vieille, pour les vieux.\u00a0»",
        [
            (
                D,
                [
                    "On nous a enterrés trois fois. On est toujours là, et les croque-morts sont à la retraite"
                ],
                "Patrice Meunier-Lalande",
            ),
            (P, ["une affaire de kinésithérapeutes"], "Josiane Kerbrat"),
            (
                I,
                ["le groupe a renoncé aux concerts de plus de deux heures depuis 2022"],
                "Josiane Kerbrat",
            ),
            (I, ["la billetterie n'a jamais été aussi bonne"], "Fabrice Oudot"),
            (
                D,
                [
                    "Les parents amènent les enfants, et maintenant les enfants amènent leurs parents"
                ],
                "Fabrice Oudot",
            ),
            (
                D,
                ["Bonsoir Pornévic. On commence par une vieille, pour les vieux."],
                "Patrice Meunier-Lalande",
            ),
        ],
    ),
    (  # 5 shepherdess: « » without spaces, "résume-t-elle", partial after "a réclamé", unnamed "un vacher retraité", "confie que"
        "Le réveil sonne à 4 h 30 dans la cabane d'estive du col de Berdalou. Élodie Castaing, "
        "34 ans, bergère salariée du groupement pastoral de la vallée d'Aussac, a la garde de "
        "1 100 brebis jusqu'à la fin septembre.\n\n"
        "«Les gens imaginent Heidi. La réalité, c'est la pluie, les tiques et les loups», "
        "résume-t-elle en laçant ses chaussures. Cet été, trois attaques ont coûté la vie à 27 "
        "bêtes. Le président du groupement, Jean-Baptiste Lagarrigue, a réclamé «des tirs de "
        "défense sans délai» auprès de la préfecture.\n\n"
        "Son chien, Pistou, un border collie de six ans, ne la quitte pas d'une semelle. «Sans "
        "lui, je ne tiendrais pas une journée», dit-elle.\n\n"
        "Un vacher retraité, monté lui prêter main-forte pour la semaine, la regarde faire avec "
        "admiration. «Elle a plus de courage que nous tous réunis. Moi, à son âge, je dormais "
        "au village», avoue-t-il. Le soir, à la lueur de la lampe frontale, la bergère remplit "
        "son carnet de pâturage. Elle confie qu'elle rêve de racheter un jour son propre troupeau.",
        [
            (
                D,
                ["Les gens imaginent Heidi. La réalité, c'est la pluie, les tiques et les loups"],
                "Élodie Castaing",
            ),
            (P, ["des tirs de défense sans délai"], "Jean-Baptiste Lagarrigue"),
            (D, ["Sans lui, je ne tiendrais pas une journée"], "Élodie Castaing"),
            (
                D,
                [
                    "Elle a plus de courage que nous tous réunis. Moi, à son âge, je dormais au village"
                ],
                "vacher retraité",
            ),
            (I, ["elle rêve de racheter un jour son propre troupeau"], "Élodie Castaing"),
        ],
    ),
    (  # 6 projectionist: “ ” with incise splitting one quote, label in quotes not speech, "la municipalité" unnamed
        "Dans la cabine de projection du Rex, à Saint-Flavien, l'air sent encore la poussière "
        "chaude. Monique Delorme-Vasseur y a passé quarante-trois ans, d'abord avec des bobines "
        "de 35 mm, aujourd'hui avec un serveur numérique pas plus gros qu'un four à micro-ondes. "
        "La salle de 180 fauteuils, classée “Art et Essai” depuis 1988, affiche complet ce "
        "dimanche pour un vieux western.\n\n"
        "“Le numérique a tout simplifié, reconnaît Mme Delorme-Vasseur, mais il a tué le bruit "
        "du projecteur. Ce ronronnement, c'était ma musique.”\n\n"
        "Elle a formé trois successeurs, dont aucun n'est resté. Les fauteuils de velours rouge, "
        "eux, commencent à grincer. La municipalité, propriétaire des murs, a fait savoir qu'elle "
        "financerait leur remplacement au printemps. En attendant, la projectionniste glisse un "
        "coussin sous chaque siège du premier rang.",
        [
            (
                D,
                [
                    "Le numérique a tout simplifié",
                    "mais il a tué le bruit du projecteur. Ce ronronnement, c'était ma musique.",
                ],
                "Monique Delorme-Vasseur",
            ),
            (I, ["elle financerait leur remplacement au printemps"], "municipalité"),
        ],
    ),
    (  # 7 winter swimmer: nickname not speech, doctor "le docteur" + "Il estime que", speaker named in the next sentence
        "Chaque matin de l'année, qu'il vente ou qu'il gèle, Germaine Le Quilliec descend les "
        "quarante marches de la cale de Porz-Kerhuel. À 91 ans, elle nage vingt minutes dans "
        "une eau qui dépasse rarement 12 degrés en hiver. Les habitués de la plage l'ont "
        "baptisée « la Sirène ».\n\n"
        "Son médecin traitant, le docteur Yannick Pellen, a longtemps froncé les sourcils. Il "
        "estime aujourd'hui que ces bains ont sans doute ajouté quelques années à sa vie.\n\n"
        "« Le froid, il faut le saluer, pas le combattre. » C'est sa seule recette, et Germaine "
        "la répète à tous ceux qui l'interrogent en sortant de l'eau, la peau rouge comme un "
        "homard. Ce matin, deux estivants frigorifiés hésitent au bord de l'eau. Elle leur fait "
        "signe d'avancer, puis disparaît sous une vague.",
        [
            (I, ["ces bains ont sans doute ajouté quelques années à sa vie"], "Yannick Pellen"),
            (D, ["Le froid, il faut le saluer, pas le combattre."], "Germaine Le Quilliec"),
        ],
    ),
    (  # 8 truck driver: speaker before colon, company as speaker, nickname not speech
        "Sandrine Bouvier-Lacaze avale 2 800 kilomètres par semaine au volant d'un 44 tonnes "
        "frigorifique, entre les entrepôts de Chalmont et les plateformes du Nord. Au relais "
        "routier de la Croix-Blanche, où elle s'arrête chaque mardi soir, les habitués la "
        "surnomment « Madame Cent-Mille ».\n\n"
        "Dans la cabine, tout est rangé au millimètre : la cafetière, les photos de ses deux "
        "filles, un dictionnaire de mots croisés. Elle résume son métier en une phrase : « Je "
        "vois plus de levers de soleil que n'importe qui, et je ne m'en lasse pas. »\n\n"
        "Les femmes restent rares dans la profession. Son employeur, les Transports Guibert, "
        "indique que 40 postes de conducteurs restent vacants dans l'entreprise. Elle, elle ne "
        "compte pas s'arrêter avant soixante ans.",
        [
            (
                D,
                ["Je vois plus de levers de soleil que n'importe qui, et je ne m'en lasse pas."],
                "Sandrine Bouvier-Lacaze",
            ),
            (
                I,
                ["40 postes de conducteurs restent vacants dans l'entreprise"],
                "Transports Guibert",
            ),
        ],
    ),
    (  # 9 watchmaker: "sourit" after the quote, "D'après son apprenti, X"
        "La boutique d'Armand Vial-Dubreuil tient dans douze mètres carrés, rue des Tanneurs, à "
        "Bréville. Au mur, une centaine d'horloges battent chacune à leur rythme, si bien que "
        "le silence n'y existe jamais vraiment. L'horloger, 79 ans, penche sa loupe sur une "
        "montre de gousset apportée la veille par une veuve.\n\n"
        "« Une montre, on la répare pour la personne qui l'a portée, pas pour l'heure qu'elle "
        "donne », sourit-il, la pince à la main.\n\n"
        "D'après son apprenti, Lucas Marfaing, il ne reste que dix-sept horlogers réparateurs "
        "indépendants dans le département. Le jeune homme de 22 ans a abandonné une licence "
        "d'informatique pour apprendre le métier. Il reprendra la boutique l'an prochain, avec "
        "les horloges et le vieux tabouret. Le vieil homme, lui, compte bien passer tous les "
        "matins, officiellement pour vérifier le remontage des pendules.",
        [
            (
                D,
                [
                    "Une montre, on la répare pour la personne qui l'a portée, pas pour l'heure qu'elle donne"
                ],
                "Armand Vial-Dubreuil",
            ),
            (
                I,
                ["il ne reste que dix-sept horlogers réparateurs indépendants dans le département"],
                "Lucas Marfaing",
            ),
        ],
    ),
    (  # 10 grape harvest: "tranche la vigneronne, X" after, intention phrase by an unnamed group
        "Sept heures, coteaux de Montbrison-sur-Lèze. Le brouillard traîne encore dans les rangs "
        "quand la trentaine de vendangeurs attaque la parcelle des Combes. Sécateur, seau, "
        "hotte : les gestes n'ont guère changé depuis un siècle.\n\n"
        "« Cette année, le raisin est petit, mais il a du caractère », tranche la vigneronne, "
        "Hélène Sabatier, en croquant une baie. La grêle de juin a emporté un quart de sa "
        "récolte.\n\n"
        "À midi, tout le monde se retrouve sous le hangar autour d'un sauté de veau. Étudiants, "
        "retraités, voyageurs au long cours : les saisonniers ont fait part de leur volonté de "
        "revenir l'an prochain, malgré le dos qui tire et les mains tachées de violet. Hélène "
        "Sabatier note leurs noms dans un cahier d'écolier.",
        [
            (D, ["Cette année, le raisin est petit, mais il a du caractère"], "Hélène Sabatier"),
            (
                I,
                ["revenir l'an prochain, malgré le dos qui tire et les mains tachées de violet"],
                "saisonniers",
            ),
        ],
    ),
    (  # 11 village school: banner slogan not speech, role "l'institutrice" after, partial after "évoque"
        "La cloche de l'école de Ferrières-en-Brac sonnera pour la dernière fois le 4 juillet. "
        "Il ne reste que neuf élèves, de la petite section au CM2, dans l'unique classe du "
        "village. Sur la grille, une banderole peinte par les parents proclame « Touche pas à "
        "mon école ».\n\n"
        "Corinne Aubertin-Mas y enseigne depuis 1997. Elle fait cours ce matin aux CE1 pendant "
        "que les grands terminent une dictée. « Quand l'école ferme, le village commence à "
        "mourir. Je l'ai vu ailleurs, je sais comment ça finit », dit l'institutrice, sans "
        "lever les yeux des cahiers.\n\n"
        "L'inspection académique évoque pour sa part « une réorganisation nécessaire du réseau "
        "scolaire rural ». À la rentrée, les enfants prendront le car pour Saint-Gervais, à "
        "quatorze kilomètres.",
        [
            (
                D,
                [
                    "Quand l'école ferme, le village commence à mourir. Je l'ai vu ailleurs, je sais comment ça finit"
                ],
                "Corinne Aubertin-Mas",
            ),
            (
                P,
                ["une réorganisation nécessaire du réseau scolaire rural"],
                "inspection académique",
            ),
        ],
    ),
    (  # 12 dance at a care home: dialogue dash with "demande X" after a question mark, "explique que"
        "Un jeudi par mois, l'accordéon de Jojo Castel fait trembler les vitres de la résidence "
        "Les Tilleuls. Les fauteuils roulants se rangent le long des murs, les déambulateurs se "
        "garent près du buffet, et la salle à manger devient guinguette.\n\n"
        "— Vous dansez, madame ? demande Raymond Coste, 94 ans, à sa voisine de table.\n\n"
        "Elle accepte en riant, et les voilà partis pour une valse lente, un peu de travers. "
        "L'animatrice de la résidence, Leïla Bensaïd, explique que le bal est devenu le rendez-vous "
        "le plus attendu du mois, bien avant la visite du coiffeur. Certains résidents réclament "
        "leur chemise du dimanche dès le mercredi soir. Vers 16 heures, le goûter est servi, "
        "l'accordéon se tait, et Raymond Coste raccompagne sa cavalière jusqu'à sa chambre, "
        "au bout du couloir du deuxième étage.",
        [
            (D, ["Vous dansez, madame ?"], "Raymond Coste"),
            (
                I,
                [
                    "le bal est devenu le rendez-vous le plus attendu du mois, bien avant la visite du coiffeur"
                ],
                "Leïla Bensaïd",
            ),
        ],
    ),
    (  # 13 lock keeper: "« A, dit X. B »" one quote two spans, "Selon <organisation>, ..."
        "Bernard Oliveau ouvre et ferme l'écluse de la Tuilerie, sur le canal de Berry-Sud, "
        "depuis vingt-six ans. Sa maison éclusière, aux volets bleus, est la seule habitation à "
        "trois kilomètres à la ronde. Il manœuvre les portes à la manivelle, comme au premier "
        "jour.\n\n"
        "« Les gens croient que je m'ennuie, dit Bernard Oliveau en essuyant ses mains sur son "
        "bleu de travail. Moi, je regarde passer le monde à quatre kilomètres à l'heure. »\n\n"
        "Selon Voies fluviales du Centre, l'établissement gestionnaire, l'écluse voit passer "
        "près de 2 300 bateaux par an, pour l'essentiel des plaisanciers néerlandais et "
        "allemands. L'hiver, quand le canal est au chômage, l'éclusier repeint les bollards et "
        "taille les saules. Il connaît chaque héron du bief par son allure, et tient depuis "
        "1999 un carnet où il note les crues, les gels et les bateaux les plus étranges.",
        [
            (
                D,
                [
                    "Les gens croient que je m'ennuie",
                    "Moi, je regarde passer le monde à quatre kilomètres à l'heure.",
                ],
                "Bernard Oliveau",
            ),
            (
                I,
                [
                    "l'écluse voit passer près de 2 300 bateaux par an, pour l'essentiel des "
                    "plaisanciers néerlandais et allemands"
                ],
                "Voies fluviales du Centre",
            ),
        ],
    ),
    (  # 14 circus family: partial after "parle d'«", speaker in previous paragraph for a direct quote
        "Le chapiteau rouge et jaune du cirque Pianelli s'est posé pour dix jours sur le champ "
        "de foire de Lanvaux. Onze personnes, trois générations, quatre caravanes et deux "
        "chevaux : la troupe sillonne l'Ouest d'avril à octobre. Son directeur, Marco "
        "Pianelli, parle d'« un métier de nomades obstinés » et refuse de compter les heures.\n\n"
        "Sa fille, Giulia Pianelli, 19 ans, répète son numéro de trapèze sous la toile vide, "
        "pendant que sa grand-mère recoud des paillettes sur un costume.\n\n"
        "« Je suis née dans une caravane, entre deux représentations. Je ne sais pas vivre dans "
        "une maison, j'ai essayé un hiver et j'ai cru étouffer. »\n\n"
        "Le soir, sous la lumière des projecteurs, elle s'élance devant trois cents spectateurs, "
        "sans filet, sous le regard de son père posté près de l'entrée de piste.",
        [
            (P, ["un métier de nomades obstinés"], "Marco Pianelli"),
            (
                D,
                [
                    "Je suis née dans une caravane, entre deux représentations. Je ne sais pas vivre "
                    "dans une maison, j'ai essayé un hiver et j'ai cru étouffer."
                ],
                "Giulia Pianelli",
            ),
        ],
    ),
    (  # 15 mountain hut keeper: speaker before colon, later "Mme X" after, unnamed group "les secouristes"
        "À 2 460 mètres d'altitude, le refuge de l'Aiguillette n'est accessible qu'à pied, après "
        "quatre heures de marche. Sa gardienne, Aurélie Moutet-Sarrail, y vit de juin à "
        "septembre avec deux aides et un chat. Le ravitaillement arrive par hélicoptère une fois "
        "par mois.\n\n"
        "La gardienne en rit : « Ici, l'eau chaude est un luxe et la météo, une religion. »\n\n"
        "Hier soir, le refuge affichait complet, soixante-deux couchettes. « On a servi 140 "
        "repas, avec un seul réchaud qui fonctionnait », précise Mme Moutet-Sarrail. Les "
        "secouristes de la vallée rappellent que trois randonneurs ont dû être hélitreuillés "
        "au-dessus du refuge depuis le début de l'été, faute d'équipement adapté. Au petit "
        "matin, la gardienne sort sur la terrasse, un bol de café à la main, et regarde le soleil "
        "toucher les sommets.",
        [
            (
                D,
                ["Ici, l'eau chaude est un luxe et la météo, une religion."],
                "Aurélie Moutet-Sarrail",
            ),
            (
                D,
                ["On a servi 140 repas, avec un seul réchaud qui fonctionnait"],
                "Aurélie Moutet-Sarrail",
            ),
            (
                I,
                [
                    "trois randonneurs ont dû être hélitreuillés au-dessus du refuge depuis le début "
                    "de l'été, faute d'équipement adapté"
                ],
                "secouristes de la vallée",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 ageing punk band: album title not speech, '"A," X said. "B."' two quotes, partial after "calls"
        "The Rusted Hinges have been arguing about the setlist for forty-four years, and tonight, "
        "in a cramped dressing room above the Crown and Anchor in Tollerby, they are at it again. "
        "Their new album, \u201cLoud Enough for Grandad\u201d, came out in March and went "
        "straight into the independent charts.\n\n"
        "\u201cWe were supposed to burn out,\u201d said Dennis Fairlow, the band's singer, now "
        "71 and wearing reading glasses on a chain. \u201cTurns out we just rust.\u201d\n\n"
        "The drummer, Ruth Abernathy, who joined in 1983 after answering an advert in a music "
        "paper, calls the tour van \u201ca rolling pharmacy\u201d and keeps a spreadsheet of "
        "everyone's blood-pressure tablets. Downstairs, two hundred people, most of them grey, "
        "a surprising number of them teenagers, are already chanting the band's name.\n\n"
        "At 9.15 the lights drop. Fairlow counts in the first song, misses the count, laughs, "
        "and starts again.",
        [
            (D, ["We were supposed to burn out"], "Dennis Fairlow"),
            (D, ["Turns out we just rust."], "Dennis Fairlow"),
            (P, ["a rolling pharmacy"], "Ruth Abernathy"),
        ],
    ),
    (  # 2 night paramedic: nested ' ' inside " ", "says X" after, "According to <trust>, ...", "Ms X says"
        "Kayla Dunmore's shift starts at 7pm and ends, in theory, at 7am. In practice, "
        "the last job always runs late. Tonight the ambulance station on Mercer Road smells of "
        "toast and disinfectant, and the radio has not stopped crackling since she arrived.\n\n"
        "\u201cThe first thing my training officer told me was \u2018Never run to a call.\u2019 I "
        "still hear him every night when the adrenaline kicks in,\u201d says Ms Dunmore, 34, who "
        "has been a paramedic for nine years.\n\n"
        "According to the Harlow Valley Ambulance Trust, call volumes have risen by 18 per cent "
        "in two years while the number of crews has stayed the same. By 3am she has attended a "
        "fall, a chest pain and a teenager who drank too much at a party.\n\n"
        "Asked how she copes, she doesn't hesitate. \u201cCoffee, gallows humour and a very "
        "patient husband.\u201d",
        [
            (
                D,
                [
                    "The first thing my training officer told me was \u2018Never run to a call.\u2019 I "
                    "still hear him every night when the adrenaline kicks in"
                ],
                "Kayla Dunmore",
            ),
            (
                I,
                [
                    "call volumes have risen by 18 per cent in two years while the number of crews has stayed the same"
                ],
                "Harlow Valley Ambulance Trust",
            ),
            (D, ["Coffee, gallows humour and a very patient husband."], "Kayla Dunmore"),
        ],
    ),
    (  # 3 retired footballer: scare quotes not speech, one quote over two paragraphs, speaker by surname after
        "Tommy Rudd scored 112 goals for Castlebridge Rovers in the club's so-called \u201cgolden "
        "generation\u201d, the side that climbed three divisions in five seasons. These days he "
        "stands behind the counter of Rudd's Plaice, a fish and chip shop two streets from the "
        "old ground, wrapping cod in paper for the lunchtime queue.\n\n"
        "\u201cI was never the most talented lad in that dressing room. I just turned up, every "
        "day, rain or shine.\n\n"
        "\u201cWhen the knees went, I had two choices: feel sorry for myself or learn to fry a "
        "decent haddock,\u201d says Rudd, 54, shaking the basket.\n\n"
        "On the wall behind him hangs a framed shirt from the 2004 play-off final, signed by the "
        "whole squad. Customers still ask him to pose with it. He always does, and he always "
        "asks them about their own children's football first.",
        [
            (
                D,
                [
                    "I was never the most talented lad in that dressing room. I just turned up, every "
                    "day, rain or shine.",
                    "When the knees went, I had two choices: feel sorry for myself or learn to fry a "
                    "decent haddock",
                ],
                "Tommy Rudd",
            ),
        ],
    ),
    (  # 4 village baker: straight quotes, speaker before a colon, unnamed "one regular", partial by a council
        "The oven at Raman's Bakery in Little Amblehurst is lit at 3.30 every morning, including "
        "Christmas Day. Priya Raman took over the shop from its previous owner eleven years ago, "
        "with no baking experience and a bank loan that still makes her wince.\n\n"
        "She is matter-of-fact about the hours: \"Bread doesn't care what day it is. If I don't "
        "bake, the village doesn't eat toast.\"\n\n"
        'By seven, the queue reaches the post box. "She\'s the reason half of us get out of bed," '
        "one regular said, tucking a warm loaf under his arm. The parish council, which tried for "
        'years to attract a second shop to the high street, has described the bakery as "the '
        'beating heart of the village" and gave Ms Raman its community award last spring.\n\n'
        "She keeps the trophy next to the till, half hidden by the sourdough.",
        [
            (
                D,
                [
                    "Bread doesn't care what day it is. If I don't bake, the village doesn't eat toast."
                ],
                "Priya Raman",
            ),
            (D, ["She's the reason half of us get out of bed"], "regular"),
            (P, ["the beating heart of the village"], "parish council"),
        ],
    ),
    (  # 5 beekeeper: Dr + surname, quote split by an incise with commas, partial after "reckons"
        "Dr Hamish Colquhoun spent thirty years as a family doctor in Kelmarsh before swapping "
        "his stethoscope for a smoker and a veil. He now keeps forty hives on a hillside above "
        "the town and sells his heather honey from a wooden stall at the end of his drive, on "
        "an honesty box.\n\n"
        "On a warm afternoon in August he lifts a frame heavy with capped honey and holds it up "
        "to the light, bees crawling over his bare fingers.\n\n"
        '"Bees," Dr Colquhoun said, "are better at democracy than we are. They argue, they '
        'vote, and then they all get on with it."\n\n'
        'He reckons he has been stung "more times than I\'ve had hot dinners" and no longer '
        "notices. His wife, who does not share his enthusiasm, stays in the kitchen until the "
        "hives are closed.",
        [
            (
                D,
                [
                    "Bees",
                    "are better at democracy than we are. They argue, they vote, and then they all get on with it.",
                ],
                "Hamish Colquhoun",
            ),
            (P, ["more times than I've had hot dinners"], "Hamish Colquhoun"),
        ],
    ),
    (  # 6 lifeboat crew: unnamed group "Crew members say", role alone "the coxswain" after
        "The pager goes off at 2.17am. Within eight minutes, six volunteers have left their "
        "beds, their pubs and, in one case, a birthday party, and the Porthallow lifeboat is "
        "sliding down the slipway into a black sea.\n\n"
        "The crew are a plumber, a teacher, two fishermen, a hairdresser and Gareth Pryce-Evans, "
        "a 61-year-old retired engineer who has been coxswain for fourteen years. Crew members "
        "say the pager sounds about twice a week in summer and rarely at a convenient moment.\n\n"
        "Tonight it is a yacht with engine failure, drifting towards the rocks off Gull Point. "
        "The tow takes two hours. Back at the station, soaked and grinning, the crew hang their "
        "gear to dry.\n\n"
        "\u201cYou never know what's at the end of a shout. That's why we all keep coming "
        "back,\u201d the coxswain said, pouring tea from an urn that is older than most of his crew.",
        [
            (
                I,
                ["the pager sounds about twice a week in summer and rarely at a convenient moment"],
                "crew members",
            ),
            (
                D,
                ["You never know what's at the end of a shout. That's why we all keep coming back"],
                "Gareth Pryce-Evans",
            ),
        ],
    ),
    (  # 7 jazz club owner: speaker in the previous sentence (she), "insists that"
        "Above the door of the Blue Lantern in Dockside Lane hangs a hand-painted sign that has "
        "not been touched up since 1979. Inside, Delphine Okafor is polishing glasses behind a "
        "bar that is barely wide enough for two people.\n\n"
        "She has run the jazz club for thirty-eight years, through two recessions, one flood "
        "and a fire in the kitchen. People ask her constantly why she keeps going. Her answer "
        "is always the same. \u201cBecause nobody else would, and because the music deserves a "
        "room.\u201d\n\n"
        "The club seats sixty. On a good Friday it holds ninety, some of them standing on the "
        "stairs. She insists that the Blue Lantern has never once cancelled a Friday night, not "
        "even during the floods of 2007, when the band played with their trousers rolled up.",
        [
            (
                D,
                ["Because nobody else would, and because the music deserves a room."],
                "Delphine Okafor",
            ),
            (
                I,
                [
                    "the Blue Lantern has never once cancelled a Friday night, not even during the "
                    "floods of 2007, when the band played with their trousers rolled up"
                ],
                "Delphine Okafor",
            ),
        ],
    ),
    (  # 8 hill farmer: "quipped" with first name, son "warned that"
        "Lambing on Greystone Fell begins in the first week of April, and for a month Gwen "
        "Ashcroft sleeps in three-hour stretches on a camp bed in the barn. The farm has been in "
        "her family for five generations; she is the first woman to run it.\n\n"
        "\u201cFarming up here is ninety per cent weather and ten per cent stubbornness,\u201d "
        "Gwen quipped, pulling a newborn lamb from the straw and rubbing it dry with a sack.\n\n"
        "Her son, Owen Ashcroft, 26, came home from agricultural college to help. Over a mug of "
        "tea in the farmhouse kitchen, he warned that the farm could not survive another year "
        "of low lamb prices without new support for upland farms. His mother says nothing, but "
        "she does not disagree.",
        [
            (
                D,
                ["Farming up here is ninety per cent weather and ten per cent stubbornness"],
                "Gwen Ashcroft",
            ),
            (
                I,
                [
                    "the farm could not survive another year of low lamb prices without new support for upland farms"
                ],
                "Owen Ashcroft",
            ),
        ],
    ),
    (  # 9 boxing gym: operation name not speech, role "the coach" after, partial after "calls"
        "The boxing gym under the railway arches in Brackenford opens at four, when school "
        "finishes. Delroy Banks, a former light-heavyweight who fought for a British title in "
        "1996, has run it for twenty years on a shoestring and a few local sponsors.\n\n"
        "Police launched Operation Clear Streets on the estate next door last year; the gym "
        "was there long before. Thirty teenagers are skipping, shadow-boxing and hitting pads "
        "under a single flickering strip light.\n\n"
        "\"If they're in here, they're not out there,\" the coach says, nodding towards the "
        "window.\n\n"
        "Brackenford Council, which renewed the gym's lease in October for a peppercorn rent, "
        'calls it "a lifeline for young people on the estate". Banks would rather talk about '
        "his fighters: two of them are going to the national junior championships in March.",
        [
            (D, ["If they're in here, they're not out there"], "Delroy Banks"),
            (P, ["a lifeline for young people on the estate"], "Brackenford Council"),
        ],
    ),
    (  # 10 folk singer: "recalled X" inverted, two quotes with full stop, record title not speech, "..., according to X."
        "Nora Fitzallen learned her first ballad at the age of six, standing on a kitchen chair "
        "in a cottage in Ardcarran. Seventy-seven years later she is still singing them, "
        "unaccompanied, to packed rooms from Glasgow to Boston.\n\n"
        "\u201cMy mother sang these songs over the washing tub,\u201d recalled Nora Fitzallen, "
        "83, in her front room, a cup of tea going cold beside her. \u201cI just never "
        "stopped.\u201d\n\n"
        "Her latest record, \u201cSalt on the Sill\u201d, has sold more than 20,000 copies, "
        "according to her label, Wrenfield Records. Younger musicians now make the journey to "
        "her door to learn songs that exist nowhere else, not on paper and not online. She "
        "teaches them at the kitchen table, one verse at a time, and refuses to be recorded "
        "while she does it.",
        [
            (D, ["My mother sang these songs over the washing tub"], "Nora Fitzallen"),
            (D, ["I just never stopped."], "Nora Fitzallen"),
            (
                I,
                [
                    "Her latest record, \u201cSalt on the Sill\u201d, has sold more than 20,000 copies"
                ],
                "Wrenfield Records",
            ),
        ],
    ),
    (  # 11 ferry captain: quote first, speaker named with "Captain" in the next sentence
        "The Islay Rose makes the crossing between Carrick Sound and the island of Innisfell six "
        "times a day, weather permitting. For forty years, the man at the wheel has been the "
        "same.\n\n"
        "\u201cForty years, and I've never lost a passenger. Lost a few hats overboard, mind, "
        "and one very expensive wedding cake.\u201d Captain Ivor Tull grins as he says it, one "
        "hand on the wheel, the other holding a bacon roll.\n\n"
        "The islanders know him by name; most of the children on the morning crossing have "
        "been allowed to sound the horn at least once. When the sea is rough, he walks the "
        "passenger deck himself, handing out ginger biscuits. The ferry company has already "
        "started looking for his replacement. It will not be easy.",
        [
            (
                D,
                [
                    "Forty years, and I've never lost a passenger. Lost a few hats overboard, mind, "
                    "and one very expensive wedding cake."
                ],
                "Ivor Tull",
            ),
        ],
    ),
    (  # 12 veteran marathon runner: partial inside reported speech (Dr), "said Ms X" after
        "Beatrice Hargreave ran her first marathon at 61, to raise money for the hospice that "
        "cared for her husband. Nineteen years and thirty-four marathons later, she is training "
        "for the Wexley Marathon in April, her first since a hip replacement.\n\n"
        'Her cardiologist, Dr Miriam Sole, told her after her last check-up that she had "the '
        'heart of a fifty-year-old". Her knees are another matter.\n\n'
        "Every morning at six she sets off along the canal towpath, a bright orange hat on her "
        "head and a whistle round her neck in case of trouble. The dog walkers wave.\n\n"
        "\"I'm not fast. I'm just stubborn, and I don't know when to stop,\" said Ms Hargreave, "
        "stretching against a lamp post. Then she is off again, orange hat bobbing, towards "
        "the lock gates and the long straight mile to the old mill.",
        [
            (P, ["the heart of a fifty-year-old"], "Miriam Sole"),
            (
                D,
                ["I'm not fast. I'm just stubborn, and I don't know when to stop"],
                "Beatrice Hargreave",
            ),
        ],
    ),
    (  # 13 lollipop lady: "she said" then a second quote, headteacher "said" indirect
        "For thirty-one years, Pat Pemberton has stood at the crossing outside St Anselm's "
        "Primary School in Hollin Green, lollipop sign in hand, in sleet, heatwaves and the "
        "occasional hailstorm. On Friday she hangs up her white coat for the last time.\n\n"
        "Children she once walked across the road now bring their own sons and daughters to "
        "the school gate. Several stop this morning to hug her.\n\n"
        "\u201cThirty-one years on this crossing,\u201d she said, blinking hard. \u201cAnd not "
        "one child hurt. That's the only figure I care about.\u201d\n\n"
        "The head teacher, Simon Greaves, said the school would plant a cherry tree by the gate "
        "in her name. The parents have organised a collection, and the pupils have made a card "
        "the size of a door.",
        [
            (D, ["Thirty-one years on this crossing"], "Pat Pemberton"),
            (D, ["And not one child hurt. That's the only figure I care about."], "Pat Pemberton"),
            (I, ["the school would plant a cherry tree by the gate in her name"], "Simon Greaves"),
        ],
    ),
    (  # 14 repair café: "Mr X put it bluntly:" before, unnamed "organisers" with a partial
        "On the first Saturday of every month, the church hall in Fenwick Row fills with "
        "broken toasters, wobbly lamps, torn jeans and bicycles with no brakes. The Repair "
        "Café, run entirely by volunteers, fixed more than 900 objects last year.\n\n"
        "At the electrical table, Leonard Achebe-Wilkes, a retired television engineer, is "
        "peering into the back of a 1970s radio with a torch between his teeth. Its owner, a "
        "young woman who inherited it from her grandfather, watches nervously.\n\n"
        "Mr Achebe-Wilkes put it bluntly: \"Nothing is broken until I've had a go at it. And "
        "I've had a go at most things.\"\n\n"
        "Twenty minutes later, the radio crackles into life, playing the shipping forecast. "
        'The organisers describe the café as "a pub without the beer", and the tea urn, '
        "like the conversation, never stops.",
        [
            (
                D,
                ["Nothing is broken until I've had a go at it. And I've had a go at most things."],
                "Leonard Achebe-Wilkes",
            ),
            (P, ["a pub without the beer"], "organisers"),
        ],
    ),
    (  # 15 night-bus driver: pronoun incise "she admits" splitting one quote
        "The N47 leaves Carlow Street depot at 11.40pm and does not return until dawn. Its "
        "driver, Maureen Colley, 58, has been doing the route for twelve years and knows most "
        "of her regulars by their stops: the cleaners heading to the hospital, the bakers, the "
        "students who fall asleep and have to be woken at the terminus.\n\n"
        "Just after two, a young man gets on with a bleeding hand and no money. She waves him "
        "through, hands him a wad of tissues from her bag and radios ahead to control.\n\n"
        "\u201cSome nights,\u201d she admits, \u201cI'm a driver, a nurse and a bouncer all at "
        "once. You don't get that on the day shift.\u201d\n\n"
        "At the last stop she walks the length of the upper deck, collects two umbrellas and a "
        "glove, and drives back to the depot as the sky turns grey.",
        [
            (
                D,
                [
                    "Some nights",
                    "I'm a driver, a nurse and a bouncer all at once. You don't get that on the day shift.",
                ],
                "Maureen Colley",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout52.jsonl"),
        "heldout52",
        "h52",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
