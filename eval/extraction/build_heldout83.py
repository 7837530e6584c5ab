"""Source of the eighty-third held-out set: writes heldout83.jsonl (split "heldout83").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like police, crime and accident news (faits divers): burglaries, fires, road and mountain
accidents, missing persons, arrests and rescues, with police and gendarmerie spokespeople,
prosecutors, firefighters, mayors, witnesses, neighbours and victims' relatives quoted.
Measured once with 0.3.0, 0.27.1 and 0.28.0's first rules (from heldout77–80) on
2026-12-02, then read for its last rules (docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout83.py
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
    (  # 1 village burglaries: direct + "a raconté une voisine, Name" after (apposition),
        # partial "a dénoncé un « … »" by the mayor ("Le maire, Name,"); "réclament
        # l'installation" (noun object) not annotated
        "Trois maisons ont été cambriolées dans la nuit de samedi à dimanche à "
        "Saint-Alban-sur-Rhône, un village de 1 200 habitants au sud de Valence. Les malfaiteurs "
        "ont emporté des bijoux, du matériel informatique et deux véhicules. Les faits se sont "
        "déroulés entre 2 heures et 4 heures du matin, alors que les occupants dormaient.\n\n"
        "«\u00a0J'ai entendu un bruit de verre vers trois heures, mais j'ai cru que c'était le "
        "chat\u00a0», a raconté une voisine, Monique Ferrand-Lacaze, dont la maison a été visitée. "
        "Son sac à main et les clés de sa voiture ont disparu.\n\n"
        "Le maire, Ahmed Benali, a dénoncé un «\u00a0sentiment d'abandon\u00a0» chez les "
        "habitants, qui réclament depuis des mois l'installation de caméras de vidéoprotection. "
        "Le conseil municipal doit examiner le dossier en janvier.\n\n"
        "Une enquête a été ouverte pour vols aggravés. Les empreintes relevées sur place ont été "
        "transmises au laboratoire de la gendarmerie, à Pontoise.",
        [
            (
                D,
                [
                    "J'ai entendu un bruit de verre vers trois heures, mais j'ai cru que c'était "
                    "le chat"
                ],
                "Monique Ferrand-Lacaze",
            ),
            (P, ["sentiment d'abandon"], "Ahmed Benali"),
        ],
    ),
    (  # 2 building fire in Lyon: "Selon la préfecture du Rhône, …" (indirect, rest of the
        # sentence), direct after a colon with two sentences, incise "raconte un habitant du
        # troisième étage" splitting one quote (unnamed speaker), "selon lesquels" trap
        "Un violent incendie a ravagé mercredi soir un immeuble de six étages du quartier de la "
        "Guillotière, à Lyon. Quatorze personnes ont été légèrement intoxiquées par les fumées et "
        "quarante-deux résidents ont dû être relogés en urgence dans un gymnase.\n\n"
        "Selon la préfecture du Rhône, le feu a pris vers 21 h 30 dans un local à poubelles du "
        "rez-de-chaussée avant de se propager par la cage d'escalier.\n\n"
        "Le commandant des opérations de secours, Karim Ouédraogo, a décrit une intervention "
        "difficile\u00a0: «\u00a0Les flammes sont montées très vite et les habitants des étages "
        "supérieurs étaient piégés. Nous en avons évacué une douzaine par les fenêtres à l'aide "
        "de la grande échelle.\u00a0»\n\n"
        "«\u00a0On a tapé à toutes les portes, raconte un habitant du troisième étage, mais "
        "certains dormaient déjà et n'entendaient rien.\u00a0» Des témoignages selon lesquels la "
        "porte du local était forcée depuis plusieurs semaines ont été transmis aux enquêteurs "
        "du commissariat du 7e arrondissement.",
        [
            (
                I,
                [
                    "le feu a pris vers 21 h 30 dans un local à poubelles du rez-de-chaussée "
                    "avant de se propager par la cage d'escalier"
                ],
                "préfecture du Rhône",
            ),
            (
                D,
                [
                    "Les flammes sont montées très vite et les habitants des étages supérieurs "
                    "étaient piégés. Nous en avons évacué une douzaine par les fenêtres à l'aide "
                    "de la grande échelle."
                ],
                "Karim Ouédraogo",
            ),
            (
                D,
                [
                    "On a tapé à toutes les portes",
                    "mais certains dormaient déjà et n'entendaient rien.",
                ],
                "habitant",
            ),
        ],
    ),
    (  # 3 mountain death: apposition "La commandante du peloton …, Name," + "a indiqué que"
        # (indirect), direct + "a-t-elle souligné" (pronoun), role used alone later
        # ("La commandante a appelé … à la « … »", partial)
        "Un alpiniste de 34 ans a trouvé la mort samedi dans le massif du Mont-Blanc, emporté "
        "par une coulée de neige alors qu'il descendait de l'aiguille du Tour avec deux "
        "compagnons de cordée. Ces derniers, légèrement blessés, ont été hélitreuillés et "
        "transportés à l'hôpital de Sallanches.\n\n"
        "La commandante du peloton de gendarmerie de haute montagne de Chamonix, Lucie "
        "Barthélemy-Roux, a indiqué que la victime, originaire de Grenoble, était un montagnard "
        "expérimenté. «\u00a0Les conditions étaient bonnes le matin, mais le redoux de "
        "l'après-midi a rendu les pentes instables\u00a0», a-t-elle souligné.\n\n"
        "La commandante a appelé les randonneurs et les skieurs de randonnée à la «\u00a0plus "
        "grande prudence\u00a0» après les fortes chutes de neige de la semaine, le risque "
        "d'avalanche étant évalué à 3 sur une échelle de 5 dans tout le massif.\n\n"
        "L'alpiniste est le sixième à mourir dans le secteur depuis le début de l'année.",
        [
            (
                I,
                ["la victime, originaire de Grenoble, était un montagnard expérimenté"],
                "Lucie Barthélemy-Roux",
            ),
            (
                D,
                [
                    "Les conditions étaient bonnes le matin, mais le redoux de l'après-midi a "
                    "rendu les pentes instables"
                ],
                "Lucie Barthélemy-Roux",
            ),
            (P, ["plus grande prudence"], "Lucie Barthélemy-Roux"),
        ],
    ),
    (  # 4 missing teenager: "a lancé un appel à témoins" (noun object, not annotated), partial
        # inside reported speech (only the partial), "Selon ses proches, …" (unnamed group),
        # direct after a colon continued over two paragraphs (one span per paragraph)
        "Le parquet de Rennes a lancé mardi un appel à témoins après la disparition d'Inès "
        "Haddad, une lycéenne de 16 ans qui n'a plus donné de nouvelles depuis vendredi soir. "
        "Elle a été vue pour la dernière fois à la descente d'un bus, place de Bretagne, vers "
        "19 heures.\n\n"
        "Le procureur de la République de Rennes, Laurent Vasseur, a assuré que «\u00a0toutes "
        "les hypothèses\u00a0» restaient ouvertes à ce stade. Selon ses proches, l'adolescente "
        "n'avait jamais fugué et n'avait emporté ni vêtements de rechange ni argent.\n\n"
        "Sa mère, Samira Haddad, a publié un message sur les réseaux sociaux\u00a0: «\u00a0Inès, "
        "si tu lis ce message, appelle-nous, personne ne t'en veut. On veut juste savoir que tu "
        "vas bien.\n\n"
        "«\u00a0Et si quelqu'un l'a croisée, même un détail peut compter.\u00a0»\n\n"
        "Une cinquantaine de bénévoles ont participé dimanche à une battue le long de la "
        "Vilaine. Toute personne disposant d'informations est invitée à contacter le "
        "commissariat central.",
        [
            (P, ["toutes les hypothèses"], "Laurent Vasseur"),
            (
                I,
                [
                    "l'adolescente n'avait jamais fugué et n'avait emporté ni vêtements de "
                    "rechange ni argent"
                ],
                "proches",
            ),
            (
                D,
                [
                    "Inès, si tu lis ce message, appelle-nous, personne ne t'en veut. On veut "
                    "juste savoir que tu vas bien.",
                    "Et si quelqu'un l'a croisée, même un détail peut compter.",
                ],
                "Samira Haddad",
            ),
        ],
    ),
    (  # 5 fatal road crash: "D'après les sapeurs-pompiers, …" (indirect), dialogue dash lines
        # with an incise set off by commas (one quote, two spans) and an attribution at the
        # end; "Le conducteur aurait perdu le contrôle" (no source) not annotated
        "Deux jeunes hommes de 19 et 21 ans sont morts dans la nuit de vendredi à samedi sur la "
        "départementale 938, près de Pau, lorsque leur voiture a percuté un platane. Le "
        "conducteur aurait perdu le contrôle dans un virage, sur une chaussée rendue glissante "
        "par la pluie.\n\n"
        "D'après les sapeurs-pompiers, les deux occupants étaient décédés à l'arrivée des "
        "secours, vers 3 heures du matin. Un troisième passager, éjecté, a été héliporté au CHU "
        "de Bordeaux dans un état grave.\n\n"
        "Un agriculteur, Bernard Lafitte, et sa voisine, Hélène Darrigrand, ont été les premiers "
        "sur les lieux.\n\n"
        "— J'ai vu les phares dans le fossé, raconte Bernard Lafitte, la voiture était sur le "
        "toit.\n\n"
        "— On n'a pas osé toucher aux garçons, on attendait les pompiers sans rien pouvoir "
        "faire, souffle Hélène Darrigrand.\n\n"
        "Une cellule d'écoute ouvrira lundi à la mairie pour les familles et les amis des "
        "victimes.",
        [
            (
                I,
                [
                    "les deux occupants étaient décédés à l'arrivée des secours, vers 3 heures "
                    "du matin"
                ],
                "sapeurs-pompiers",
            ),
            (
                D,
                ["J'ai vu les phares dans le fossé", "la voiture était sur le toit."],
                "Bernard Lafitte",
            ),
            (
                D,
                [
                    "On n'a pas osé toucher aux garçons, on attendait les pompiers sans rien "
                    "pouvoir faire"
                ],
                "Hélène Darrigrand",
            ),
        ],
    ),
    (  # 6 drug-ring arrests: prosecutor apposition + colon + direct with final period,
        # "Selon elle, …" (pronoun), partial "a dénoncé une « … »" by a defence lawyer
        # (two legal speakers), "devaient être présentés" not speech
        "Neuf personnes ont été interpellées mardi à l'aube dans la cité des Oliviers, dans le "
        "13e arrondissement de Marseille, lors d'une vaste opération contre un réseau de trafic "
        "de cannabis et de cocaïne. Près de 200 policiers ont été mobilisés.\n\n"
        "La procureure de la République de Marseille, Dominique Nguyen-Carrère, a détaillé les "
        "saisies lors d'une conférence de presse\u00a0: «\u00a0Nous avons découvert 38 kilos de "
        "résine, 4 kilos de cocaïne, trois armes de poing et plus de 120 000 euros en "
        "liquide.\u00a0» Selon elle, le point de deal générait jusqu'à 40 000 euros de chiffre "
        "d'affaires par jour.\n\n"
        "L'avocat de l'un des suspects, Farid Zeroual, a dénoncé une «\u00a0opération de "
        "communication\u00a0» montée à quelques semaines des élections municipales.\n\n"
        "Les suspects devaient être présentés à un juge d'instruction jeudi.",
        [
            (
                D,
                [
                    "Nous avons découvert 38 kilos de résine, 4 kilos de cocaïne, trois armes de "
                    "poing et plus de 120 000 euros en liquide."
                ],
                "Dominique Nguyen-Carrère",
            ),
            (
                I,
                ["le point de deal générait jusqu'à 40 000 euros de chiffre d'affaires par jour"],
                "Dominique Nguyen-Carrère",
            ),
            (P, ["opération de communication"], "Farid Zeroual"),
        ],
    ),
    (  # 7 sea rescue: "a indiqué avoir reçu" (indirect with infinitive, organisation),
        # « » without inner spaces, direct + "a raconté le patron du canot, Name", then a
        # second quotation split by "a-t-il ajouté" (one quote, two spans)
        "Trois plaisanciers ont été secourus dimanche au large de l'île de Groix (Morbihan) "
        "après le chavirage de leur voilier, pris dans un grain. Ils ont passé près de deux "
        "heures dans une eau à 13 degrés, accrochés à la coque retournée.\n\n"
        "La préfecture maritime de l'Atlantique a indiqué avoir reçu le signal de détresse de "
        "leur balise vers 15 h 10. Un hélicoptère de la Marine nationale et le canot de la "
        "station de sauvetage de Groix ont été dépêchés sur place.\n\n"
        "«Quand on est arrivés, ils étaient à bout de forces, l'un d'eux ne parlait plus», a "
        "raconté le patron du canot, Yannick Le Goff. «Sans leurs gilets, a-t-il ajouté, on "
        "aurait retrouvé trois corps.»\n\n"
        "Les naufragés, deux hommes et une femme âgés de 58 à 64 ans, ont été hospitalisés à "
        "Lorient en hypothermie légère. Leurs jours ne sont pas en danger.",
        [
            (
                I,
                ["avoir reçu le signal de détresse de leur balise vers 15 h 10"],
                "préfecture maritime de l'Atlantique",
            ),
            (
                D,
                ["Quand on est arrivés, ils étaient à bout de forces, l'un d'eux ne parlait plus"],
                "Yannick Le Goff",
            ),
            (D, ["Sans leurs gilets", "on aurait retrouvé trois corps."], "Yannick Le Goff"),
        ],
    ),
    (  # 8 forest fire: two spokespeople of the same kind (firefighters / prefecture), partial
        # inside reported speech (only the partial), direct + "a-t-il prévenu" (pronoun =
        # firefighters' spokesman), "a confirmé que" then "La porte-parole a ajouté que" (role
        # alone = prefecture's spokeswoman)
        "Un incendie a parcouru près de 600 hectares de garrigue et de pinède depuis lundi "
        "après-midi entre Vidauban et Le Luc, dans le Var. Plus de 900 pompiers étaient toujours "
        "mobilisés mercredi matin, appuyés par huit bombardiers d'eau.\n\n"
        "Le porte-parole des sapeurs-pompiers du Var, Olivier Mbarga, a indiqué que le feu était "
        "«\u00a0fixé mais pas maîtrisé\u00a0». «\u00a0Le vent est tombé dans la nuit, c'est ce "
        "qui nous a permis de progresser. Mais il suffit d'une rafale pour que tout "
        "reparte\u00a0», a-t-il prévenu.\n\n"
        "La porte-parole de la préfecture du Var, Camille Aubertin-Sow, a confirmé que 1 400 "
        "personnes avaient été évacuées, dont les pensionnaires d'une maison de retraite. La "
        "porte-parole a ajouté qu'une enquête avait été ouverte pour déterminer l'origine du "
        "sinistre.\n\n"
        "Le camping des Pins, évacué lundi, pourrait rouvrir d'ici à la fin de la semaine si les "
        "conditions le permettent.",
        [
            (P, ["fixé mais pas maîtrisé"], "Olivier Mbarga"),
            (
                D,
                [
                    "Le vent est tombé dans la nuit, c'est ce qui nous a permis de progresser. "
                    "Mais il suffit d'une rafale pour que tout reparte"
                ],
                "Olivier Mbarga",
            ),
            (
                I,
                [
                    "1 400 personnes avaient été évacuées, dont les pensionnaires d'une maison "
                    "de retraite"
                ],
                "Camille Aubertin-Sow",
            ),
            (
                I,
                ["une enquête avait été ouverte pour déterminer l'origine du sinistre"],
                "Camille Aubertin-Sow",
            ),
        ],
    ),
    (  # 9 drowning: unnamed speaker "un de ses camarades" (direct after), partial "a fait
        # part de sa « … »" by the mayor, group "Les riverains, eux, estiment que" (indirect),
        # campaign title in « » (not a quote), "réclament une surveillance" not annotated
        "Le corps d'un adolescent de 15 ans, porté disparu depuis dimanche après-midi alors "
        "qu'il se baignait dans le Tarn, a été retrouvé lundi par les plongeurs de la "
        "gendarmerie à Albi, à environ 300 mètres du lieu de sa disparition.\n\n"
        "Le garçon se baignait avec des amis sous le pont Vieux, un secteur où la baignade est "
        "interdite en raison de courants violents. «\u00a0Il a plongé et il n'est jamais remonté. "
        "On a crié, on a cherché partout\u00a0», a confié un de ses camarades, encore sous le "
        "choc.\n\n"
        "La maire d'Albi, Nathalie Esposito, a fait part de sa «\u00a0profonde tristesse\u00a0». "
        "Des panneaux supplémentaires doivent être installés dès cette semaine. Les riverains, "
        "eux, estiment que la signalisation ne suffit pas et réclament une surveillance "
        "l'été.\n\n"
        "La ville avait lancé en juin une campagne de prévention baptisée «\u00a0L'eau qui "
        "dort\u00a0», diffusée dans les collèges du département.",
        [
            (
                D,
                ["Il a plongé et il n'est jamais remonté. On a crié, on a cherché partout"],
                "camarade",
            ),
            (P, ["profonde tristesse"], "Nathalie Esposito"),
            (I, ["la signalisation ne suffit pas"], "riverains"),
        ],
    ),
    (  # 10 jewellery robbery: « » with plain spaces, direct + "témoigne la gérante, Name",
        # partial "a salué « … »" by the prosecutor, unclosed quotation mark ended by the
        # attribution (unnamed "horloger")
        "Deux hommes soupçonnés d'avoir braqué une bijouterie du centre-ville de Metz, le 14 "
        "novembre, ont été interpellés lundi dans un appartement de Thionville. Un troisième "
        "suspect est toujours recherché.\n\n"
        "Le jour des faits, les malfaiteurs, armés et cagoulés, avaient menacé la gérante et deux "
        "employées avant de repartir avec des montres et des bagues d'une valeur estimée à "
        "350 000 euros. « Ils ont mis moins de trois minutes. Je revois encore le canon de l'arme "
        "devant mon visage », témoigne la gérante, Sophie Lambert-Kaya.\n\n"
        "Le procureur de la République de Metz, Bertrand Okafor, a salué « un travail d'enquête "
        "remarquable » de la police judiciaire, qui a notamment exploité les images de "
        "vidéosurveillance de la gare. Une partie du butin a été retrouvée "
        "dans un garage loué sous un faux nom.\n\n"
        "Dans la rue Serpenoise, les commerçants restent inquiets. « On ferme désormais à clé "
        "pendant les heures d'ouverture, c'est devenu notre quotidien, lâche un horloger.",
        [
            (
                D,
                [
                    "Ils ont mis moins de trois minutes. Je revois encore le canon de l'arme "
                    "devant mon visage"
                ],
                "Sophie Lambert-Kaya",
            ),
            (P, ["un travail d'enquête remarquable"], "Bertrand Okafor"),
            (
                D,
                [
                    "On ferme désormais à clé pendant les heures d'ouverture, c'est devenu notre "
                    "quotidien"
                ],
                "horloger",
            ),
        ],
    ),
    (  # 11 carbon monoxide: apposition "la grand-mère, Name," then direct + "a-t-elle
        # expliqué à La Voix du Nord" (newspaper name not a speaker), "Selon lui, …" (doctor),
        # "Pour le capitaine Name, des sapeurs-pompiers du Nord, « … »" with a no-break space
        # before a colon inside the quote
        "Une famille de cinq personnes, dont trois enfants, a été hospitalisée dans la nuit de "
        "jeudi à vendredi à Roubaix après une intoxication au monoxyde de carbone. Le chauffage "
        "d'appoint au pétrole utilisé dans le salon serait en cause.\n\n"
        "C'est la grand-mère, Fatoumata Diarra, qui a donné l'alerte en ne parvenant pas à "
        "joindre sa fille. «\u00a0Elle répond toujours avant 8 heures. J'ai su tout de suite "
        "qu'il se passait quelque chose\u00a0», a-t-elle expliqué à La Voix du Nord.\n\n"
        "Les victimes ont été placées en caisson hyperbare à Lille par l'équipe du Samu dirigée "
        "par le docteur Thomas Vandenberghe. Selon lui, le plus jeune des enfants, âgé de 4 ans, "
        "reste dans un état sérieux.\n\n"
        "Pour le capitaine Éric Moreau, des sapeurs-pompiers du Nord, «\u00a0chaque hiver, c'est "
        "la même histoire\u00a0: on bouche les aérations pour garder la chaleur, et le poison "
        "s'accumule sans bruit\u00a0».",
        [
            (
                D,
                [
                    "Elle répond toujours avant 8 heures. J'ai su tout de suite qu'il se passait "
                    "quelque chose"
                ],
                "Fatoumata Diarra",
            ),
            (
                I,
                ["le plus jeune des enfants, âgé de 4 ans, reste dans un état sérieux"],
                "Thomas Vandenberghe",
            ),
            (
                D,
                [
                    "chaque hiver, c'est la même histoire\u00a0: on bouche les aérations pour "
                    "garder la chaleur, et le poison s'accumule sans bruit"
                ],
                "Éric Moreau",
            ),
        ],
    ),
    (  # 12 court hearing: dialogue dash lines, "a-t-il assuré" (defendant) and "lui a
        # rétorqué la présidente" (role alone after the apposition), partial "a qualifié …
        # de « … »" by the prosecutor; "avait requis deux ans ferme" (noun object) not annotated
        "Le tribunal correctionnel de Chartres a condamné lundi à dix-huit mois de prison, dont "
        "six avec sursis, un homme de 27 ans qui avait forcé un barrage de gendarmerie le "
        "week-end dernier en percutant un militaire, légèrement blessé à la jambe.\n\n"
        "À la barre, Kevin Dubreuil, déjà condamné à quatre reprises pour des délits routiers, a "
        "d'abord tenté de minimiser les faits face à la présidente du tribunal, Hélène "
        "Marchal.\n\n"
        "— J'ai paniqué, je n'avais plus de permis, je voulais juste rentrer chez moi, a-t-il "
        "assuré.\n\n"
        "— Vous rouliez à 130 km/h sur une route limitée à 80, monsieur, lui a rétorqué la "
        "présidente.\n\n"
        "Le gendarme blessé, présent à l'audience, n'a pas souhaité s'exprimer. Le procureur, "
        "Samuel Benhamou, a qualifié le comportement du prévenu de «\u00a0roulette russe\u00a0» "
        "et avait requis deux ans ferme.",
        [
            (
                D,
                ["J'ai paniqué, je n'avais plus de permis, je voulais juste rentrer chez moi"],
                "Kevin Dubreuil",
            ),
            (
                D,
                ["Vous rouliez à 130 km/h sur une route limitée à 80, monsieur"],
                "Hélène Marchal",
            ),
            (P, ["roulette russe"], "Samuel Benhamou"),
        ],
    ),
    (  # 13 hiker found alive: indirect before ", a fait savoir la préfecture des
        # Hautes-Pyrénées" (speaker after), "selon lesquelles" trap, direct + "a-t-il raconté"
        # (pronoun = the hiker, named once), unattributed continuation after a full stop
        "Un randonneur de 68 ans, porté disparu depuis mercredi dans le massif du Néouvielle, a "
        "été retrouvé vivant vendredi matin par un hélicoptère de la sécurité civile, a fait "
        "savoir la préfecture des Hautes-Pyrénées. Il avait passé deux nuits dans une cabane de "
        "berger, une cheville foulée.\n\n"
        "Parti seul pour une boucle de six heures, Gérard Castagnet n'était pas rentré à son "
        "gîte. Les recherches avaient été compliquées par un épais brouillard et par des "
        "rumeurs, selon lesquelles il aurait été aperçu côté espagnol.\n\n"
        "«\u00a0Je savais qu'il ne fallait pas bouger. J'avais de l'eau, un peu de fromage et une "
        "couverture de survie\u00a0», a-t-il raconté depuis son lit d'hôpital à Lannemezan. "
        "«\u00a0Quand j'ai entendu l'hélicoptère, j'ai agité mon bâton comme un fou.\u00a0»\n\n"
        "Son épouse et ses deux fils, venus de Toulouse, ont remercié les secouristes et les "
        "bergers de la vallée.",
        [
            (
                I,
                [
                    "Un randonneur de 68 ans, porté disparu depuis mercredi dans le massif du "
                    "Néouvielle, a été retrouvé vivant vendredi matin par un hélicoptère de la "
                    "sécurité civile"
                ],
                "préfecture des Hautes-Pyrénées",
            ),
            (
                D,
                [
                    "Je savais qu'il ne fallait pas bouger. J'avais de l'eau, un peu de fromage "
                    "et une couverture de survie"
                ],
                "Gérard Castagnet",
            ),
            (
                D,
                ["Quand j'ai entendu l'hélicoptère, j'ai agité mon bâton comme un fou."],
                "Gérard Castagnet",
            ),
        ],
    ),
    (  # 14 hit-and-run on a cyclist: "Selon le parquet de Niort, …" (indirect), nickname in
        # « » (not a quote), direct + "a déclaré, la voix nouée, le président de l'association
        # X, Name" after, "L'association … a annoncé que" (generic noun = the association)
        "Le conducteur soupçonné d'avoir mortellement renversé un cycliste dimanche matin près "
        "de Niort, avant de prendre la fuite, s'est présenté mardi soir à la gendarmerie de "
        "Saint-Maixent. Selon le parquet de Niort, l'homme, âgé de 45 ans, a reconnu les faits "
        "et a été placé en garde à vue.\n\n"
        "La victime, Alain Rigaud, 71 ans, était une figure du cyclisme local. Ses camarades de "
        "club le surnommaient «\u00a0le Professeur\u00a0» pour sa connaissance encyclopédique "
        "des routes du département.\n\n"
        "«\u00a0Alain roulait tous les dimanches depuis quarante ans. Il portait un gilet jaune, "
        "il avait des lumières, il faisait tout bien\u00a0», a déclaré, la voix nouée, le "
        "président de l'association Vélo Cité Niort, Patrick Duval-Ménard.\n\n"
        "L'association a réclamé une piste cyclable sur ce tronçon de la départementale et a "
        "annoncé qu'une marche blanche serait organisée samedi.",
        [
            (
                I,
                ["l'homme, âgé de 45 ans, a reconnu les faits et a été placé en garde à vue"],
                "parquet de Niort",
            ),
            (
                D,
                [
                    "Alain roulait tous les dimanches depuis quarante ans. Il portait un gilet "
                    "jaune, il avait des lumières, il faisait tout bien"
                ],
                "Patrick Duval-Ménard",
            ),
            (I, ["une marche blanche serait organisée samedi"], "Vélo Cité Niort"),
        ],
    ),
    (  # 15 barn fire: "D'après les pompiers de la Mayenne, …" (indirect), incise with the
        # speaker's apposition "a murmuré l'exploitant, Name," splitting one quote, partial
        # "a évoqué un « … »" by the mayor ("Le maire, Name")
        "Un incendie a entièrement détruit dans la nuit de mardi à mercredi un bâtiment agricole "
        "de 1 500 mètres carrés à Villaines-la-Juhel, dans le nord de la Mayenne. Près de 80 "
        "bovins ont pu être sauvés, mais 300 tonnes de foin et l'ensemble du matériel sont "
        "partis en fumée.\n\n"
        "D'après les pompiers de la Mayenne, une soixantaine de sapeurs ont lutté pendant six "
        "heures contre les flammes, attisées par un vent de nord-est. L'hypothèse d'une "
        "fermentation du foin est privilégiée.\n\n"
        "«\u00a0Trente ans de travail, a murmuré l'exploitant, Jérôme Hamelin, partis en fumée en "
        "une nuit.\u00a0» Ses bêtes ont été accueillies par plusieurs éleveurs voisins.\n\n"
        "Le maire, Christiane Lebreton, a évoqué un «\u00a0drame pour toute la commune\u00a0». "
        "Une cagnotte a été ouverte en ligne pour aider la famille.",
        [
            (
                I,
                [
                    "une soixantaine de sapeurs ont lutté pendant six heures contre les flammes, "
                    "attisées par un vent de nord-est"
                ],
                "pompiers de la Mayenne",
            ),
            (
                D,
                ["Trente ans de travail", "partis en fumée en une nuit."],
                "Jérôme Hamelin",
            ),
            (P, ["drame pour toute la commune"], "Christiane Lebreton"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 house fire: direct + "said the neighbour, Name, 52, a plasterer" after (frame comma
        # dropped), unnamed spokesman for an organisation + "said … and that …" (indirect),
        # role before the name without commas, incise '"A," she said, "B."' (one quote)
        "Two children were rescued from the upstairs bedroom of a burning terraced house in "
        "Harehills, Leeds, early on Sunday after a neighbour climbed a ladder to reach them. "
        "Their mother, who had escaped through the front door, suffered burns to her hands.\n\n"
        '"I could hear them screaming behind the window, so I just grabbed my ladder from the '
        'shed," said the neighbour, Tariq Mahmood, 52, a plasterer.\n\n'
        "A spokesman for West Yorkshire Fire and Rescue Service said the blaze was believed to "
        "have started accidentally in the kitchen, and that the house had no working smoke "
        "alarm.\n\n"
        "Station manager Karen O'Donnell, who led the crews, was blunt about the cost of a "
        'missing alarm. "A working alarm gives you minutes," she said, "and minutes save '
        'lives."',
        [
            (
                D,
                [
                    "I could hear them screaming behind the window, so I just grabbed my ladder "
                    "from the shed"
                ],
                "Tariq Mahmood",
            ),
            (
                I,
                [
                    "the blaze was believed to have started accidentally in the kitchen, and "
                    "that the house had no working smoke alarm"
                ],
                "West Yorkshire Fire and Rescue Service",
            ),
            (
                D,
                ["A working alarm gives you minutes", "and minutes save lives."],
                "Karen O'Donnell",
            ),
        ],
    ),
    (  # 2 hillwalker found alive: "Police Scotland said" (indirect, organisation), question
        # and answer passage (unquoted questions not annotated, answers in curly quotes are
        # the rescue leader's, introduced once by apposition)
        "A 59-year-old hillwalker missing for two nights in the Cairngorms was found alive on "
        "Tuesday morning in a snow hole near Ben Macdui. "
        "Police Scotland said the man, from Aberdeen, had been airlifted to Raigmore Hospital in "
        "Inverness suffering from hypothermia. His family has been informed.\n\n"
        "The leader of Cairngorm Mountain Rescue Team, Fiona McAllister, answered reporters' "
        "questions after the operation.\n\n"
        "Was he conscious when you found him?\n\n"
        "“He was conscious and talking, which frankly surprised us. He had done everything "
        "right: he dug in, stayed put and kept his phone switched off to save the battery.”\n\n"
        "What made the search so difficult?\n\n"
        "“Visibility was down to a few metres and the wind was gusting at 70mph on the plateau. "
        "We had 40 volunteers out in conditions I would not wish on anyone.”",
        [
            (
                I,
                [
                    "the man, from Aberdeen, had been airlifted to Raigmore Hospital in Inverness "
                    "suffering from hypothermia"
                ],
                "Police Scotland",
            ),
            (
                D,
                [
                    "He was conscious and talking, which frankly surprised us. He had done "
                    "everything right: he dug in, stayed put and kept his phone switched off to "
                    "save the battery."
                ],
                "Fiona McAllister",
            ),
            (
                D,
                [
                    "Visibility was down to a few metres and the wind was gusting at 70mph on the "
                    "plateau. We had 40 volunteers out in conditions I would not wish on anyone."
                ],
                "Fiona McAllister",
            ),
        ],
    ),
    (  # 3 funeral burglaries: organisation "Avon and Somerset Police said" (indirect), rank +
        # name, partial "described the crimes as "…"", direct + "she said" (pronoun), an
        # "According to figures published by …" trap (statistics, not annotated)
        "Detectives in Bristol have arrested three men in connection with a series of "
        "burglaries in which thieves targeted homes while their owners attended funerals.\n\n"
        "Avon and Somerset Police said the suspects, aged 24, 31 and 38, had been detained in "
        "dawn raids in Bedminster and Knowle on Thursday. Jewellery, watches and cash worth an "
        "estimated £90,000 were recovered.\n\n"
        "Detective Inspector Grace Adeyemi, who led the investigation, described the crimes as "
        '"utterly callous". "These people were reading death notices and planning their raids '
        'around the service times," she said.\n\n'
        "According to figures published by the Home Office last month, burglaries in the region "
        "rose by 11% last year, the steepest increase in England. Officers are now trying to "
        "trace the owners of dozens of items found at one of the addresses.",
        [
            (
                I,
                [
                    "the suspects, aged 24, 31 and 38, had been detained in dawn raids in "
                    "Bedminster and Knowle on Thursday"
                ],
                "Avon and Somerset Police",
            ),
            (P, ["utterly callous"], "Grace Adeyemi"),
            (
                D,
                [
                    "These people were reading death notices and planning their raids around the "
                    "service times"
                ],
                "Grace Adeyemi",
            ),
        ],
    ),
    (  # 4 motorway pile-up: unnamed spokeswoman for an organisation, partial inside reported
        # speech (only the partial), "told reporters he had …" (indirect), then direct + "he
        # said"; "Police have appealed for dashcam footage" (noun object) not annotated
        "Seven people were taken to hospital after a pile-up involving 14 vehicles on the M5 "
        "near Taunton in thick fog on Friday morning. The motorway was closed in both directions "
        "for nearly nine hours.\n\n"
        "A spokeswoman for National Highways said the first collision had happened at about "
        '7.20am and that visibility at the time was "less than 50 metres".\n\n'
        "Lorry driver Stefan Kowalczyk, who was travelling northbound, told reporters he had "
        'braked hard when he saw hazard lights ahead. "There was a bang behind me, then another, '
        'then another. It just kept coming," he said.\n\n'
        "Two of the injured were in a serious condition on Friday night. Recovery teams worked "
        "through the afternoon to clear the wreckage of a car transporter that had jack-knifed "
        "across two lanes. Police have appealed for dashcam footage.",
        [
            (P, ["less than 50 metres"], "National Highways"),
            (I, ["he had braked hard when he saw hazard lights ahead"], "Stefan Kowalczyk"),
            (
                D,
                ["There was a bang behind me, then another, then another. It just kept coming"],
                "Stefan Kowalczyk",
            ),
        ],
    ),
    (  # 5 cliff rescue: "HM Coastguard said it had …" (indirect), direct + "said the
        # helmsman, Name" after, unattributed continuation after a full stop (second direct);
        # dog's name not a quote
        "A woman was rescued by lifeboat crew on Saturday after spending nearly five hours on a "
        "ledge at the foot of cliffs near Beachy Head, East Sussex, having slipped while trying "
        "to reach her dog.\n\n"
        "HM Coastguard said it had been alerted at 4.15pm by a passer-by who heard her shouting. "
        "The Eastbourne lifeboat reached her shortly before dark.\n\n"
        '"She was very cold and very lucky," said the helmsman, Daniel Okonkwo-Reid. "Another '
        'hour and the tide would have taken that ledge."\n\n'
        "The dog, a spaniel called Biscuit, was found unharmed on the beach a few hundred metres "
        "away. The woman, a 46-year-old from Brighton, was taken to hospital as a precaution. "
        "It was the lifeboat's 41st call-out of the year.",
        [
            (
                I,
                ["it had been alerted at 4.15pm by a passer-by who heard her shouting"],
                "HM Coastguard",
            ),
            (D, ["She was very cold and very lucky"], "Daniel Okonkwo-Reid"),
            (
                D,
                ["Another hour and the tide would have taken that ledge."],
                "Daniel Okonkwo-Reid",
            ),
        ],
    ),
    (  # 6 flash floods in Spain: "…, according to the regional emergency service, and …"
        # (the part before), partial 'said the town had received "…"' (only the partial),
        # pronoun "She" + direct with "she said" after
        "Firefighters in the Spanish town of Alzira used inflatable boats to rescue more than "
        "60 people from homes and cars on Wednesday after torrential rain turned streets into "
        "rivers.\n\n"
        "At least two people died, according to the regional emergency service, and a "
        "70-year-old man remains missing after his car was swept away near the river Júcar.\n\n"
        "The mayor, Carmen Ruiz-Beltrán, said the town had received \"a year's worth of rain in "
        'six hours". She was visibly emotional outside the town hall. "We have lost neighbours '
        'today. Tomorrow we will count the damage, but tonight we are still searching," she '
        "said.\n\n"
        "Emergency crews were still pumping water out of underground car parks on Thursday "
        "morning, and schools across the district remained closed.",
        [
            (I, ["At least two people died"], "regional emergency service"),
            (P, ["a year's worth of rain in six hours"], "Carmen Ruiz-Beltrán"),
            (
                D,
                [
                    "We have lost neighbours today. Tomorrow we will count the damage, but "
                    "tonight we are still searching"
                ],
                "Carmen Ruiz-Beltrán",
            ),
        ],
    ),
    (  # 7 petrol station robbery: indirect before ", the Metropolitan Police said" (speaker
        # after), direct with a nested single-quoted phrase (one quote), "Ms Pillai" later;
        # partial inside the owner's reported speech (only the partial)
        "A 29-year-old man has been charged with armed robbery after a petrol station in "
        "Croydon was held up at knifepoint on Monday night, the Metropolitan Police said.\n\n"
        "The cashier, Anjali Pillai, 23, was alone behind the counter when a masked man "
        "demanded the contents of the till. \"He kept saying 'hurry up, hurry up', and all I "
        'could think about was my mum," she said.\n\n'
        'The station\'s owner, Dev Raman, said Ms Pillai had "done exactly the right thing" by '
        "handing over the cash and pressing the alarm. He has since installed a second panic "
        "button behind the counter.\n\n"
        "The suspect, who lives less than a mile from the station, is due to appear before "
        "Croydon Magistrates' Court on Wednesday. A knife was found in a bin nearby.",
        [
            (
                I,
                [
                    "A 29-year-old man has been charged with armed robbery after a petrol station "
                    "in Croydon was held up at knifepoint on Monday night"
                ],
                "Metropolitan Police",
            ),
            (
                D,
                ["He kept saying 'hurry up, hurry up', and all I could think about was my mum"],
                "Anjali Pillai",
            ),
            (P, ["done exactly the right thing"], "Dev Raman"),
        ],
    ),
    (  # 8 missing girl found: indirect before ", Wiltshire Police said", two police officers
        # from two forces (rank + name; "whose spokeswoman, Sergeant Name, said … "…""
        # partial), "The chief inspector said" (role alone = the first officer)
        "A 14-year-old girl who had been missing from her home in Swindon for four days has "
        "been found safe and well in Cardiff, Wiltshire Police said on Saturday.\n\n"
        "Chief Inspector Mark Delaney thanked the public for sharing the appeal more than 30,000 "
        'times. "Every share mattered. A member of the public recognised her from the '
        'photograph at a bus station and called us straight away," he said.\n\n'
        "Officers from South Wales Police, whose spokeswoman, Sergeant Aisha Rahman, said the "
        'girl had been "tired but unhurt", looked after her until her mother arrived.\n\n'
        "The chief inspector said no one else was being sought in connection with her "
        "disappearance. The girl had left home on Tuesday morning with a small rucksack and "
        "her school uniform, and had not been seen since.",
        [
            (
                I,
                [
                    "A 14-year-old girl who had been missing from her home in Swindon for four "
                    "days has been found safe and well in Cardiff"
                ],
                "Wiltshire Police",
            ),
            (
                D,
                [
                    "Every share mattered. A member of the public recognised her from the "
                    "photograph at a bus station and called us straight away"
                ],
                "Mark Delaney",
            ),
            (P, ["tired but unhurt"], "Aisha Rahman"),
            (
                I,
                ["no one else was being sought in connection with her disappearance"],
                "Mark Delaney",
            ),
        ],
    ),
    (  # 9 avalanche in the Alps: indirect before ", local authorities said" (unnamed group),
        # "According to the mayor of Tignes, Name, …" (rest of the sentence), unnamed
        # spokesperson + colon + direct in curly quotes (organisation)
        "A British skier has died after being caught in an avalanche while skiing off-piste "
        "near the resort of Val Claret in the French Alps, local authorities said.\n\n"
        "The 41-year-old man, from Surrey, was part of a group of four accompanied by a "
        "mountain guide. According to the mayor of Tignes, Jean-Marc Fournier, the slide was "
        "triggered at about 2,800 metres shortly after midday.\n\n"
        "A Foreign Office spokesperson said: “We are supporting the family of a British man who "
        "has died in France and are in contact with the local authorities.”\n\n"
        "The avalanche risk had been raised to four on a scale of five on Monday after heavy "
        "snowfall. It was the third fatal avalanche in the northern Alps this season.",
        [
            (
                I,
                [
                    "A British skier has died after being caught in an avalanche while skiing "
                    "off-piste near the resort of Val Claret in the French Alps"
                ],
                "local authorities",
            ),
            (
                I,
                ["the slide was triggered at about 2,800 metres shortly after midday"],
                "Jean-Marc Fournier",
            ),
            (
                D,
                [
                    "We are supporting the family of a British man who has died in France and "
                    "are in contact with the local authorities."
                ],
                "Foreign Office",
            ),
        ],
    ),
    (  # 10 warehouse arson: organisation "Greater Manchester Police said" (indirect), direct
        # opened after "described watching …" and continued over two paragraphs (one span per
        # paragraph, first paragraph left open)
        "A man has been arrested on suspicion of arson after a fire destroyed a furniture "
        "warehouse in Salford overnight, sending a plume of black smoke across the city.\n\n"
        "Greater Manchester Police said the 34-year-old had been detained near the scene and "
        "remained in custody.\n\n"
        "Amir Qureshi, whose family has run the business for three generations, watched the "
        'flames from across the road. "My grandfather started this with one van and a borrowed '
        "shed. Sixty years of work, gone in an hour.\n\n"
        '"But nobody was inside, and that\'s what matters. We will rebuild."\n\n'
        "Several homes on the neighbouring street were evacuated as a precaution. Fire crews "
        "remained at the site throughout the day to damp down hotspots, and a section of the "
        "ring road stayed closed until the evening.",
        [
            (
                I,
                ["the 34-year-old had been detained near the scene and remained in custody"],
                "Greater Manchester Police",
            ),
            (
                D,
                [
                    "My grandfather started this with one van and a borrowed shed. Sixty years of "
                    "work, gone in an hour.",
                    "But nobody was inside, and that's what matters. We will rebuild.",
                ],
                "Amir Qureshi",
            ),
        ],
    ),
    (  # 11 cave rescue: two spokesmen of the same kind introduced by apposition ("Name, a
        # spokesman for X,"), direct before "said Name, a spokesman for …", indirect for the
        # second, "Mr Price added" (surname with title = the first)
        "Two cavers trapped for more than 30 hours by rising floodwater in a cave system beneath "
        "the Brecon Beacons were brought to the surface on Monday evening, exhausted but "
        "uninjured.\n\n"
        '"They did what they were trained to do: they found high ground inside the cave and '
        'waited for the water to drop," said Gareth Price, a spokesman for South and Mid Wales '
        "Cave Rescue Team.\n\n"
        "Rhys Morgan, a spokesman for Dyfed-Powys Police, said the men, both in their thirties "
        "and from Bristol, had been reported overdue by a friend on Saturday night.\n\n"
        "More than 70 volunteers from five rescue teams took part in the operation, some of "
        'them diving through flooded passages to deliver food and thermal blankets. "It was '
        'one of the most complex rescues we have done in a decade," Mr Price added.',
        [
            (
                D,
                [
                    "They did what they were trained to do: they found high ground inside the "
                    "cave and waited for the water to drop"
                ],
                "Gareth Price",
            ),
            (
                I,
                [
                    "the men, both in their thirties and from Bristol, had been reported overdue "
                    "by a friend on Saturday night"
                ],
                "Rhys Morgan",
            ),
            (
                D,
                ["It was one of the most complex rescues we have done in a decade"],
                "Gareth Price",
            ),
        ],
    ),
    (  # 12 hit-and-run on a teenager: partial "paid tribute to "…"" by an unnamed group
        # (family), "his family said:" + direct in curly quotes, indirect by a detective
        # (rank + name), banner slogan in quotes (not a quote)
        "The family of a 17-year-old cyclist killed in a hit-and-run in Coventry last month have "
        "paid tribute to “a kind, funny boy who lit up every room”.\n\n"
        "Leo Martins was struck by a car on the A444 as he cycled home from his shift at a "
        "supermarket on 3 November. The driver did not stop.\n\n"
        "In a statement released through West Midlands Police, his family said: “We will never "
        "understand how someone could leave him lying in the road. If you know who did this, "
        "please, we beg you, come forward.”\n\n"
        "Detective Sergeant Hannah Brooks said officers were examining CCTV from more than 40 "
        "locations. Friends have tied flowers to a lamppost near the scene, alongside a banner "
        "reading “Ride on, Leo”.",
        [
            (P, ["a kind, funny boy who lit up every room"], "family"),
            (
                D,
                [
                    "We will never understand how someone could leave him lying in the road. If "
                    "you know who did this, please, we beg you, come forward."
                ],
                "family",
            ),
            (
                I,
                ["officers were examining CCTV from more than 40 locations"],
                "Hannah Brooks",
            ),
        ],
    ),
    (  # 13 gas explosion: organisation "The Govanhill Tenants' Association said" (indirect),
        # "They described … as "…"" (pronoun for the organisation, partial), resident with
        # role before the name, direct + "he said" after
        "An explosion believed to have been caused by a gas leak tore through a four-storey "
        "block of flats in Glasgow's Govanhill area on Thursday evening, injuring nine people, "
        "two of them seriously. Around 80 residents were evacuated from the building and "
        "neighbouring properties.\n\n"
        "The Govanhill Tenants' Association said members had complained of a smell of gas on "
        "the stairwell for weeks. They described the landlord's response as \"shameful and "
        'dangerous".\n\n'
        "Resident Bogdan Nowicki, 47, was watching television on the second floor when the "
        'windows blew in. "The whole building shook. I thought it was an earthquake," he said.'
        "\n\n"
        "Gas engineers remained at the scene overnight and the street was closed to traffic. "
        "The two seriously injured residents, a woman in her seventies and her grandson, were "
        "being treated at the Queen Elizabeth University Hospital.",
        [
            (
                I,
                ["members had complained of a smell of gas on the stairwell for weeks"],
                "Govanhill Tenants' Association",
            ),
            (P, ["shameful and dangerous"], "Govanhill Tenants' Association"),
            (
                D,
                ["The whole building shook. I thought it was an earthquake"],
                "Bogdan Nowicki",
            ),
        ],
    ),
    (  # 14 school bus crash: "Gardaí said … and that …" (police group, indirect), apposition
        # then direct + "the principal said" (role alone), unnamed "One father" + direct with
        # "he said"
        "Twenty-three pupils were treated in hospital after a school bus left the road and "
        "overturned on a rural road near Ballinasloe, Co Galway, on Tuesday morning.\n\n"
        "Gardaí said none of the injuries were believed to be life-threatening and that the "
        "driver, a man in his sixties, was assisting with their inquiries.\n\n"
        "The principal of St Brigid's Community School, Siobhán Kearney, spent the day at the "
        'hospital with families. "The children were frightened, but they looked after each '
        'other. I am very proud of them," the principal said.\n\n'
        "One father, who arrived at the scene minutes after the crash, was still shaking hours "
        'later. "I saw the bus on its side in the field and I just ran," he said. The road was '
        "closed for most of the day while collision investigators examined the scene.",
        [
            (
                I,
                [
                    "none of the injuries were believed to be life-threatening and that the "
                    "driver, a man in his sixties, was assisting with their inquiries"
                ],
                "Gardaí",
            ),
            (
                D,
                [
                    "The children were frightened, but they looked after each other. I am very "
                    "proud of them"
                ],
                "Siobhán Kearney",
            ),
            (D, ["I saw the bus on its side in the field and I just ran"], "father"),
        ],
    ),
    (  # 15 phone-scam gang jailed: partial inside the judge's reported speech (only the
        # partial; "Judge Name" title dropped), programme title in quotes (not a quote), rank +
        # name + colon + direct, partial inside the son's reported speech
        "Four members of a gang that tricked elderly people out of more than £1.2 million by "
        "posing as police officers were jailed on Friday for a total of 27 years.\n\n"
        "Sentencing them at Southwark Crown Court, Judge Rebecca Thornton said the men had "
        'shown "a complete absence of conscience" and had deliberately targeted victims in '
        "their eighties and nineties.\n\n"
        "One victim, a retired teacher from Kent, lost her life savings of £180,000. The scam was "
        'first exposed on the consumer programme "Watchdog Live" last year. Her son, Philip '
        'Ward, said outside court that the sentences were "a small comfort".\n\n'
        'Detective Constable Omar Siddiqui, of the City of London Police, said: "These men used '
        "kindness and fear as weapons. If anyone calls you claiming to be police and asks for "
        'money, hang up."',
        [
            (P, ["a complete absence of conscience"], "Rebecca Thornton"),
            (P, ["a small comfort"], "Philip Ward"),
            (
                D,
                [
                    "These men used kindness and fear as weapons. If anyone calls you claiming to "
                    "be police and asks for money, hang up."
                ],
                "Omar Siddiqui",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout83.jsonl"),
        "heldout83",
        "h83",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
