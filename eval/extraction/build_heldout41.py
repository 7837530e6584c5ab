"""Source of the forty-first held-out set: writes heldout41.jsonl (split "heldout41").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like sport and culture copy: match reports, transfers, festivals, concerts, exhibitions, book and film releases, with after-match reactions and press conferences.
Measured once before (extractor 0.3.0) and once after extractors 0.17.0 and 0.18.0
(docs/EXTRACTION.md); not read when 0.18.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout41.py
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
    (  # 1 football match report: no-break spaces, partial inside reported speech, "Selon lui"
        "Brescan — Le FC Valmorel a arraché samedi soir le match nul (2-2) sur la pelouse de "
        "l'Olympique de Brescan, grâce à une tête de Yanis Karamoko dans le temps additionnel. "
        "Menés de deux buts à la 70e minute, les Valmorelois restent invaincus depuis six "
        "journées et pointent à la quatrième place du classement.\n\n"
        "«\u00a0On n'a jamais lâché. Ce groupe a du caractère, et ce soir il l'a encore "
        "montré\u00a0», s'est félicité l'entraîneur valmorelois, Laurent Gaïdou, en conférence "
        "de presse. Le technicien a toutefois reconnu que son équipe avait «\u00a0subi pendant "
        "une heure\u00a0» avant de se réveiller sur coups de pied arrêtés.\n\n"
        "Dans le camp brescanais, la frustration dominait. «\u00a0À 2-0 à vingt minutes de la "
        "fin, on doit tuer le match. On a été naïfs\u00a0», a lâché le capitaine Mathis Orlhac "
        "devant les micros de la chaîne locale. Selon lui, l'arbitre aurait dû signaler une "
        "faute sur le gardien avant l'égalisation.\n\n"
        "L'Olympique de Brescan, qui n'a gagné qu'une fois à domicile cette saison, se déplace "
        "mercredi à Saint-Aurel en Coupe.",
        [
            (
                D,
                ["On n'a jamais lâché. Ce groupe a du caractère, et ce soir il l'a encore montré"],
                "Laurent Gaïdou",
            ),
            (P, ["subi pendant une heure"], "Laurent Gaïdou"),
            (
                D,
                ["À 2-0 à vingt minutes de la fin, on doit tuer le match. On a été naïfs"],
                "Mathis Orlhac",
            ),
            (
                I,
                ["l'arbitre aurait dû signaler une faute sur le gardien avant l'égalisation"],
                "Mathis Orlhac",
            ),
        ],
    ),
    (  # 2 transfer: narrow no-break spaces, nickname in marks, colon-introduced quote
        "Le Racing Club de Solenne a officialisé mardi l'arrivée d'Ismaël Tchoumba, milieu "
        "offensif de 23 ans formé à Lierval, pour un montant estimé à 14 millions d'euros, "
        "bonus compris. Le joueur, surnommé «\u202fle Métronome\u202f» par les supporters de "
        "son ancien club, s'est engagé jusqu'en 2031.\n\n"
        "«\u202fC'est un profil que nous suivions depuis deux saisons. Il a la qualité de passe "
        "qui nous manquait\u202f», a expliqué la présidente du club, Hélène Marchadier, lors de "
        "la présentation à la presse. Elle a précisé que l'opération avait été bouclée "
        "«\u202fà quelques heures de la fin du mercato\u202f».\n\n"
        "Vêtu du maillot ciel et blanc, Ismaël Tchoumba a confié avoir longtemps hésité avec "
        "une offre venue d'Angleterre. Puis il a tranché\u202f: «\u202fIci, on m'a parlé de jeu "
        "avant de me parler d'argent.\u202f»\n\n"
        "Le milieu pourrait faire ses débuts dès dimanche face à l'AS Pervenches, si son "
        "certificat international arrive à temps.",
        [
            (
                D,
                [
                    "C'est un profil que nous suivions depuis deux saisons. Il a la qualité de passe "
                    "qui nous manquait"
                ],
                "Hélène Marchadier",
            ),
            (P, ["à quelques heures de la fin du mercato"], "Hélène Marchadier"),
            (I, ["avoir longtemps hésité avec une offre venue d'Angleterre"], "Ismaël Tchoumba"),
            (D, ["Ici, on m'a parlé de jeu avant de me parler d'argent."], "Ismaël Tchoumba"),
        ],
    ),
    (  # 3 festival: no spaces inside marks, quote over two paragraphs, "selon l'association"
        "Carvanne — Le rideau est tombé dimanche soir sur la vingtième édition des Nuits de "
        "Carvanne, marquée par la venue de la chanteuse Inès Valdor et du groupe islandais "
        "Frostvik. Le festival a accueilli 86\u00a0000 spectateurs en quatre soirs, un record, "
        "selon l'association Carvanne en scène, qui l'organise.\n\n"
        "«On avait peur de la chaleur, des orages, de tout. Finalement, le public a été d'une "
        "patience incroyable», a raconté sa directrice, Sophie Lambertin, lors du bilan. L'édition "
        "2027 se tiendra sur cinq jours, du 1er au 5 juillet.\n\n"
        "Sur scène samedi, Inès Valdor a interrompu son concert pour saluer les bénévoles. "
        "«Sans eux, il n'y a pas de festival. Je les ai vus monter les barrières à six heures "
        "du matin.\n\n"
        "«Alors ce soir, c'est eux que vous applaudissez», a-t-elle lancé à la foule.\n\n"
        "Seule ombre au tableau, les riverains du parc ont de nouveau dénoncé des nuisances "
        "sonores «insupportables» jusqu'à deux heures du matin.",
        [
            (
                I,
                ["Le festival a accueilli 86\u00a0000 spectateurs en quatre soirs, un record"],
                "Carvanne en scène",
            ),
            (
                D,
                [
                    "On avait peur de la chaleur, des orages, de tout. Finalement, le public a été "
                    "d'une patience incroyable"
                ],
                "Sophie Lambertin",
            ),
            (
                D,
                [
                    "Sans eux, il n'y a pas de festival. Je les ai vus monter les barrières à six "
                    "heures du matin.",
                    "Alors ce soir, c'est eux que vous applaudissez",
                ],
                "Inès Valdor",
            ),
            (P, ["insupportables"], "riverains"),
        ],
    ),
    (  # 4 exhibition: French text with “ ”, exhibition title in marks, "a-t-il insisté"
        "Le musée des Beaux-Arts de Lorvic consacre jusqu'au 8 mars une vaste rétrospective au "
        "peintre Armand Chevrier (1871-1934), intitulée “Lumières du Nord”. Près de 140 "
        "toiles, dont une trentaine jamais montrées au public, sont réunies sur deux étages.\n\n"
        "“Chevrier a été enfermé trop longtemps dans l'étiquette de peintre régional. Nous "
        "voulons montrer un artiste qui dialoguait avec toute l'Europe”, explique la "
        "commissaire de l'exposition, Delphine Aurigny. Une salle entière est "
        "consacrée aux carnets de croquis, exposés pour la première fois.\n\n"
        "Le directeur du musée, Bruno Talmont, a indiqué que l'exposition avait coûté "
        "1,2 million d'euros, financés pour moitié par des mécènes. L'établissement espère "
        "dépasser les 150\u00a0000 visiteurs.\n\n"
        "Dans les colonnes de la revue Regard, le critique Paul Envers salue “un accrochage "
        "d'une rare intelligence”, tout en regrettant l'absence des grands paysages marins "
        "conservés à l'étranger.",
        [
            (
                D,
                [
                    "Chevrier a été enfermé trop longtemps dans l'étiquette de peintre régional. "
                    "Nous voulons montrer un artiste qui dialoguait avec toute l'Europe"
                ],
                "Delphine Aurigny",
            ),
            (
                I,
                [
                    "l'exposition avait coûté 1,2 million d'euros, financés pour moitié par des "
                    "mécènes"
                ],
                "Bruno Talmont",
            ),
            (P, ["un accrochage d'une rare intelligence"], "Paul Envers"),
        ],
    ),
    (  # 5 rugby: '« A », a dit X. « B. »' = two quotes, woman coach, league "a fait savoir"
        "Le Stade Montaubrac s'est qualifié dimanche pour les demi-finales du championnat en "
        "dominant l'US Ferrière (31-17) devant 18 400 spectateurs. L'ouvreur Hugo Desplats a "
        "inscrit 16 points.\n\n"
        "« On savait que ce serait un combat devant. Les avants ont fait un boulot énorme », a "
        "souligné le manager montaubracois, Pierre-Yves Castagné. « Maintenant, il faudra "
        "récupérer, parce que la demie arrive vite. »\n\n"
        "Hugo Desplats, élu homme du match, a refusé de tirer la couverture à lui. Il a assuré "
        "qu'il n'avait fait que « finir le travail des copains ».\n\n"
        "Côté Ferrière, l'entraîneure Nadia Berthoumieu a déploré l'indiscipline de ses "
        "joueurs, pénalisés à quatorze reprises. « Quatorze pénalités, à ce niveau, c'est une "
        "condamnation », a-t-elle tranché. Son troisième-ligne Anton Reisz, exclu à la 52e "
        "minute pour un plaquage dangereux, sera convoqué devant la commission de discipline.",
        [
            (
                D,
                ["On savait que ce serait un combat devant. Les avants ont fait un boulot énorme"],
                "Pierre-Yves Castagné",
            ),
            (
                D,
                ["Maintenant, il faudra récupérer, parce que la demie arrive vite."],
                "Pierre-Yves Castagné",
            ),
            (P, ["finir le travail des copains"], "Hugo Desplats"),
            (D, ["Quatorze pénalités, à ce niveau, c'est une condamnation"], "Nadia Berthoumieu"),
        ],
    ),
    (  # 6 novel: book titles in marks, incise within one sentence, "d'après l'agent"
        "Six ans après le succès de «\u00a0La Maison des sables\u00a0», vendu à plus de "
        "400\u00a0000 exemplaires, la romancière Clémence Ardouin revient le 7 janvier avec "
        "«\u00a0Les Veilleurs\u00a0», une fresque familiale qui traverse trois générations dans "
        "le Jura.\n\n"
        "«\u00a0J'ai mis longtemps à trouver la voix de ce livre, explique-t-elle, parce que je "
        "refusais d'écrire une suite déguisée.\u00a0» Le manuscrit a été réécrit quatre fois.\n\n"
        "Son éditeur, les éditions du Grand Large, annonce un premier tirage de "
        "250\u00a0000 exemplaires. Leur directeur littéraire, Vincent Roque, parle "
        "d'«\u00a0un livre plus sombre, plus risqué, et plus beau\u00a0». Le roman a déjà été "
        "cédé dans onze pays, d'après l'agent de l'autrice, Margaux Féline.\n\n"
        "Interrogée sur une éventuelle adaptation au cinéma, l'écrivaine a répondu qu'elle n'en "
        "voulait «\u00a0pas tout de suite\u00a0», le temps que le livre trouve ses lecteurs.",
        [
            (
                D,
                [
                    "J'ai mis longtemps à trouver la voix de ce livre",
                    "parce que je refusais d'écrire une suite déguisée.",
                ],
                "Clémence Ardouin",
            ),
            (P, ["un livre plus sombre, plus risqué, et plus beau"], "Vincent Roque"),
            (I, ["Le roman a déjà été cédé dans onze pays"], "Margaux Féline"),
            (P, ["pas tout de suite"], "Clémence Ardouin"),
        ],
    ),
    (  # 7 cycling doping: federation, team statement, "Me" lawyer, "D'après elle"
        "La Fédération valdoise de cyclisme a suspendu à titre provisoire le coureur Jonas "
        "Mériel, contrôlé positif à un diurétique lors du Tour des Trois Vallées en août. Dans "
        "un communiqué publié lundi, l'instance a indiqué que l'échantillon B avait confirmé la "
        "présence de la substance.\n\n"
        "Son équipe, Véloclub Arnèse-Pro, a aussitôt réagi. «\u00a0Nous tombons des nues. Jonas "
        "a toujours été irréprochable et nous lui laissons le droit de se défendre\u00a0», a "
        "écrit la formation sur les réseaux sociaux.\n\n"
        "L'avocate du coureur, Me Sabine Crozet, conteste la procédure. D'après elle, le "
        "laboratoire n'aurait pas respecté les délais de notification. « Mon client n'a jamais "
        "pris le moindre produit interdit, et nous le prouverons », a-t-elle martelé mardi.\n\n"
        "Jonas Mériel, qui risque jusqu'à quatre ans de suspension, ne s'est pas exprimé. Il "
        "dispose de dix jours pour demander une audience devant la commission antidopage.",
        [
            (
                I,
                ["l'échantillon B avait confirmé la présence de la substance"],
                "Fédération valdoise de cyclisme",
            ),
            (
                D,
                [
                    "Nous tombons des nues. Jonas a toujours été irréprochable et nous lui laissons "
                    "le droit de se défendre"
                ],
                "Véloclub Arnèse-Pro",
            ),
            (
                I,
                ["le laboratoire n'aurait pas respecté les délais de notification"],
                "Sabine Crozet",
            ),
            (
                D,
                ["Mon client n'a jamais pris le moindre produit interdit, et nous le prouverons"],
                "Sabine Crozet",
            ),
        ],
    ),
    (  # 8 film release: title in marks, "le cinéaste", quote attributed by context, incise indirect
        "Le premier long métrage de Karim Abdelnour, «\u202fLa Saison sèche\u202f», sort mercredi "
        "dans 210 salles, après avoir reçu le Grand Prix du festival de Sorbiac en septembre. "
        "Le réalisateur de 34 ans l'a tourné en huit semaines dans son village natal, avec des "
        "acteurs non professionnels.\n\n"
        "«\u202fJe voulais filmer des gens qui ne jouent pas, mais qui se souviennent\u202f», "
        "confie le cinéaste, qui a financé une partie du tournage grâce à une collecte en "
        "ligne.\n\n"
        "Son actrice principale, Leïla Bensaïd, repérée lors d'un casting sauvage sur un "
        "marché, travaillait encore dans une boulangerie il y a un an. Elle dit avoir "
        "déjà reçu plusieurs propositions de rôles pour l'an prochain.\n\n"
        "Le distributeur, Films de l'Aube, table sur 300\u202f000 entrées d'ici à la fin de "
        "l'année, a précisé son directeur, Olivier Sancey.",
        [
            (
                D,
                ["Je voulais filmer des gens qui ne jouent pas, mais qui se souviennent"],
                "Karim Abdelnour",
            ),
            (
                I,
                ["avoir déjà reçu plusieurs propositions de rôles pour l'an prochain"],
                "Leïla Bensaïd",
            ),
            (
                I,
                [
                    "Le distributeur, Films de l'Aube, table sur 300\u202f000 entrées d'ici à la fin "
                    "de l'année"
                ],
                "Olivier Sancey",
            ),
        ],
    ),
    (  # 9 women's basketball cup final: colon before quote, "a-t-elle glissé"
        "Les Aigles de Pontcarré ont remporté dimanche la Coupe de France féminine de basket en "
        "battant Tarnelle (74-68), au terme d'une finale indécise jusqu'aux dernières secondes. "
        "La meneuse Awa Diakhaté a été désignée meilleure joueuse de la rencontre, avec 22 "
        "points et 9 passes décisives.\n\n"
        "Sur le banc, l'entraîneure Corinne Malaval avait les yeux rougis. «\u00a0Ce trophée, on "
        "l'attendait depuis onze ans. Je pense à toutes les filles qui sont passées par ici sans "
        "jamais le soulever\u00a0», a-t-elle glissé au bord du terrain, le filet autour du cou.\n\n"
        "« Coach m'a dit à la mi-temps de prendre mes responsabilités. Alors je les ai prises », "
        "a résumé Awa Diakhaté en riant, avant de rejoindre ses coéquipières dans le vestiaire.\n\n"
        "Tarnelle, qui disputait la première finale de son histoire, peut nourrir des regrets "
        "après avoir mené de neuf points au troisième quart-temps. Sa capitaine, Justine Orsoni, "
        "a terminé la rencontre sur le banc, touchée à la cheville.",
        [
            (
                D,
                [
                    "Ce trophée, on l'attendait depuis onze ans. Je pense à toutes les filles qui "
                    "sont passées par ici sans jamais le soulever"
                ],
                "Corinne Malaval",
            ),
            (
                D,
                [
                    "Coach m'a dit à la mi-temps de prendre mes responsabilités. Alors je les ai "
                    "prises"
                ],
                "Awa Diakhaté",
            ),
        ],
    ),
    (  # 10 concert cancelled: "l'élu" for the mayor, organiser company, noun-object distractors
        "Le concert du rappeur Némo Kassar, prévu samedi au stade municipal de Bréville, a été "
        "annulé à 48 heures de la date par arrêté municipal. Quelque 12\u202f000 billets avaient "
        "été vendus, dont une bonne partie à des spectateurs venus d'autres régions.\n\n"
        "Le maire de Bréville, Gérard Pélissou, a invoqué des raisons de sécurité, la préfecture "
        "ayant signalé un risque de débordements aux abords du stade. «\u202fJe ne prendrai pas "
        "le risque d'un drame dans ma ville. Ma responsabilité, c'est la sécurité des "
        "habitants\u202f», a justifié l'élu vendredi matin.\n\n"
        "L'organisateur, la société Sonar Live, a dénoncé une décision «\u202fprise sans la "
        "moindre concertation\u202f» et a indiqué qu'elle saisirait le tribunal administratif en "
        "référé. Les spectateurs seront remboursés sous trente jours.\n\n"
        "Némo Kassar, qui devait entamer à Bréville une tournée de vingt dates, n'a pas encore "
        "réagi. Le maire, lui, n'a pas fermé la porte à un report au printemps.",
        [
            (
                D,
                [
                    "Je ne prendrai pas le risque d'un drame dans ma ville. Ma responsabilité, c'est "
                    "la sécurité des habitants"
                ],
                "Gérard Pélissou",
            ),
            (P, ["prise sans la moindre concertation"], "Sonar Live"),
            (I, ["elle saisirait le tribunal administratif en référé"], "Sonar Live"),
        ],
    ),
    (  # 11 tennis: no spaces inside marks, two indirect, "la joueuse de 27 ans"
        "Lucie Ferrandon n'ira pas plus loin à l'Open de Castelmar. La Française, tête de série "
        "numéro 6, a été éliminée jeudi en quarts de finale par la jeune Tchèque Petra Hanáková "
        "(6-4, 3-6, 7-5), au terme de 2 h 48 de combat.\n\n"
        "En conférence de presse, la joueuse de 27 ans n'a pas cherché d'excuses. «Elle a mieux "
        "joué les points importants, c'est tout. Moi, j'ai eu le bras qui tremblait à 5-5 dans "
        "le troisième set», a reconnu Lucie Ferrandon.\n\n"
        "Interrogée sur la douleur à l'épaule qui l'avait contrainte à l'abandon le mois "
        "dernier, elle a assuré qu'elle était désormais totalement remise. Aucun examen "
        "médical n'est prévu avant la tournée américaine.\n\n"
        "Petra Hanáková, 19 ans et 84e mondiale, affrontera samedi la tenante du titre pour une "
        "place en finale. «Je n'ai rien à perdre. Je vais juste essayer de m'amuser», a-t-elle "
        "promis.",
        [
            (
                D,
                [
                    "Elle a mieux joué les points importants, c'est tout. Moi, j'ai eu le bras qui "
                    "tremblait à 5-5 dans le troisième set"
                ],
                "Lucie Ferrandon",
            ),
            (I, ["elle était désormais totalement remise"], "Lucie Ferrandon"),
            (D, ["Je n'ai rien à perdre. Je vais juste essayer de m'amuser"], "Petra Hanáková"),
        ],
    ),
    (  # 12 opera season: work title in marks, "la directrice", minister by pronoun, union rep
        "L'Opéra de Vaudrelle a dévoilé lundi sa saison 2027, la première conçue par sa nouvelle "
        "directrice, Anne-Sophie Kerbrat, arrivée en janvier. Au programme\u00a0: onze "
        "productions, dont une création mondiale du compositeur Théo Marnier, «\u00a0Le "
        "Phare\u00a0», commandée pour l'occasion.\n\n"
        "«\u00a0Je veux que les gens qui n'ont jamais poussé la porte d'un opéra se sentent chez "
        "eux ici\u00a0», a insisté la directrice, qui a fait baisser à 10 euros le prix des places "
        "les moins chères.\n\n"
        "Présente dans la salle, la ministre de la Culture, Françoise Delmas-Ribot, a confirmé le "
        "maintien de la subvention de l'État, soit 18 millions d'euros par an. «\u00a0L'opéra "
        "n'est pas un luxe, c'est un service public\u00a0», a-t-elle lancé sous les "
        "applaudissements du personnel.\n\n"
        "Les représentants du personnel technique, qui réclament des embauches avant "
        "l'ouverture de la saison, doivent être reçus par la direction la semaine prochaine.",
        [
            (
                D,
                [
                    "Je veux que les gens qui n'ont jamais poussé la porte d'un opéra se sentent "
                    "chez eux ici"
                ],
                "Anne-Sophie Kerbrat",
            ),
            (D, ["L'opéra n'est pas un luxe, c'est un service public"], "Françoise Delmas-Ribot"),
        ],
    ),
    (  # 13 handball sanction: federation president, club statement, one-word partial
        "La commission de discipline de la Fédération nationale de handball a infligé mercredi "
        "une amende de 30\u00a0000 euros au HBC Lanvel, dont des supporters avaient lancé des "
        "fumigènes sur le terrain lors du derby contre Rossac. Le club jouera en outre deux "
        "rencontres à huis clos.\n\n"
        "Le président de la fédération, Didier Faugère, a justifié la fermeté de la "
        "sanction\u00a0: «Nous avions prévenu tous les clubs en début de saison. Il n'y aura "
        "plus aucune tolérance.»\n\n"
        "Dans un communiqué diffusé dans la soirée, le HBC Lanvel a jugé la sanction "
        "«disproportionnée». Le club, qui a déjà identifié trois des auteurs grâce à la "
        "vidéosurveillance, dispose de sept jours pour faire appel.\n\n"
        "Le prochain match à domicile de Lanvel, face à Cherval, se jouera donc sans public le "
        "12 décembre.",
        [
            (
                D,
                [
                    "Nous avions prévenu tous les clubs en début de saison. Il n'y aura plus aucune "
                    "tolérance."
                ],
                "Didier Faugère",
            ),
            (P, ["disproportionnée"], "HBC Lanvel"),
        ],
    ),
    (  # 14 marathon: "le vainqueur", scare quotes that are not speech, "a dit viser"
        "Le Kényan Daniel Kiprono a remporté dimanche le marathon de Lysandre en 2 h 06 min "
        "41 s, nouveau record de l'épreuve, devant près de 25\u00a0000 coureurs. Chez les "
        "femmes, la Française Amandine Roux s'est imposée en 2 h 24 min 10 s. Les organisateurs "
        "avaient installé cette année des «\u00a0villages d'ambiance\u00a0» tous les cinq "
        "kilomètres, avec fanfares et ravitaillements.\n\n"
        "«\u00a0Le parcours était rapide et le vent nous a aidés après le 30e kilomètre\u00a0», a "
        "commenté le vainqueur à l'arrivée, par l'intermédiaire d'un interprète.\n\n"
        "Amandine Roux, qui ne courait que son deuxième marathon, a dit viser désormais une "
        "sélection pour les championnats d'Europe. «\u00a0Je ne me suis jamais sentie aussi "
        "forte. J'ai encore du mal à y croire\u00a0», a-t-elle souri, une couverture de survie "
        "sur les épaules.",
        [
            (
                D,
                ["Le parcours était rapide et le vent nous a aidés après le 30e kilomètre"],
                "Daniel Kiprono",
            ),
            (I, ["viser désormais une sélection pour les championnats d'Europe"], "Amandine Roux"),
            (
                D,
                ["Je ne me suis jamais sentie aussi forte. J'ai encore du mal à y croire"],
                "Amandine Roux",
            ),
        ],
    ),
    (  # 15 TV series: series title, incise with a full stop inside one pair of marks, critic
        "La plateforme Lumen+ a mis en ligne vendredi les huit épisodes de « Brume », série "
        "policière tournée l'hiver dernier sur l'île de Kervézec. Sa créatrice, Élodie "
        "Saint-Pré, y a passé trois ans d'écriture.\n\n"
        "« Je voulais une enquête où le décor compte autant que les personnages. L'île est un "
        "suspect comme les autres », résume la scénariste.\n\n"
        "« On a tourné sous la pluie pendant soixante jours, raconte l'acteur principal, Yann "
        "Quéméner. À la fin, plus personne ne se plaignait. » Lumen+ n'a communiqué aucun chiffre "
        "d'audience.\n\n"
        "La critique a réservé un accueil chaleureux à la série, saluée notamment pour sa "
        "photographie et la musique du groupe brestois Marée Basse. Une deuxième saison est déjà "
        "en cours d'écriture, et le tournage pourrait reprendre sur l'île dès l'automne prochain, "
        "si la météo le permet.",
        [
            (
                D,
                [
                    "Je voulais une enquête où le décor compte autant que les personnages. L'île est "
                    "un suspect comme les autres"
                ],
                "Élodie Saint-Pré",
            ),
            (
                D,
                [
                    "On a tourné sous la pluie pendant soixante jours",
                    "À la fin, plus personne ne se plaignait.",
                ],
                "Yann Quéméner",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 football match report: '"A," X said. "B."' = two quotes, pronoun, partial
        "Harlow Athletic moved three points clear at the top of the table on Saturday after a "
        "3-1 win over Kingsbridge Rovers, with 19-year-old winger Callum Reddy scoring twice in "
        "the second half at a rain-soaked Millfield Road.\n\n"
        "“We were sloppy in the first 45 minutes and I told them so at the break,” Harlow "
        "manager Graham Whitcombe said. “The reaction was exactly what you want from a side "
        "that wants to win this league.”\n\n"
        "Reddy, who signed his first professional contract only in August, left the ground "
        "without speaking to reporters, his manager insisting the teenager needed “protecting "
        "from all the noise”.\n\n"
        "Kingsbridge, who had led through Tomás Ferreira's early header, have now lost four of "
        "their last five. Their head coach, Ruth Anselm, refused to blame the referee for the "
        "penalty that made it 2-1. “It was soft, but I've seen them given. We lost this game "
        "ourselves,” she said.",
        [
            (
                D,
                ["We were sloppy in the first 45 minutes and I told them so at the break"],
                "Graham Whitcombe",
            ),
            (
                D,
                [
                    "The reaction was exactly what you want from a side that wants to win this "
                    "league."
                ],
                "Graham Whitcombe",
            ),
            (P, ["protecting from all the noise"], "Graham Whitcombe"),
            (
                D,
                ["It was soft, but I've seen them given. We lost this game ourselves"],
                "Ruth Anselm",
            ),
        ],
    ),
    (  # 2 transfer: straight quotes, one quote split by "told ...," incise, nickname, spokesman
        "Ashcombe City have completed the signing of Norwegian striker Eirik Solvang from "
        "Bergholm FK for a club-record fee reported to be £38 million. The 24-year-old, who "
        "scored 31 goals in all competitions last season, has agreed a five-year deal.\n\n"
        '"Eirik is exactly the kind of forward we have been looking for," sporting director '
        "Helen Marsh told the club's website, \"because he presses from the front, runs the "
        'channels and, above all, scores goals."\n\n'
        "Bergholm had rejected two earlier bids before the player handed in a transfer request, "
        "according to a spokesman for the Norwegian club.\n\n"
        'Solvang, nicknamed "the Lighthouse" back home because of his 6ft 5in frame, could make '
        "his debut against Redfern on Sunday if his work permit is approved in time.",
        [
            (
                D,
                [
                    "Eirik is exactly the kind of forward we have been looking for",
                    "because he presses from the front, runs the channels and, above all, scores "
                    "goals.",
                ],
                "Helen Marsh",
            ),
            (
                I,
                [
                    "Bergholm had rejected two earlier bids before the player handed in a transfer "
                    "request"
                ],
                "Bergholm FK",
            ),
        ],
    ),
    (  # 3 music festival: quote over two paragraphs, police indirect, residents' group partial
        "The Greyfield Festival closed on Sunday night after three days of music in front of a "
        "sell-out crowd of 72,000, with headliners The Lantern Years playing a two-hour set that "
        "ended with fireworks over the lake.\n\n"
        "Festival director Priya Okafor was in no mood to hide her relief. “We invested heavily "
        "in drainage after last year's mud, and it paid off. People could actually walk between "
        "the stages.\n\n"
        "“Next year we want to go further on sustainability, with no single-use plastic "
        "anywhere on site,” she added.\n\n"
        "Greyshire Police said 23 people had been arrested over the weekend, mostly for drug "
        "offences, down from 41 last year. The residents' group Quiet Fields, however, "
        "complained once again of “relentless bass until the small hours” and is pressing the "
        "council to impose an 11pm curfew.",
        [
            (
                D,
                [
                    "We invested heavily in drainage after last year's mud, and it paid off. People "
                    "could actually walk between the stages.",
                    "Next year we want to go further on sustainability, with no single-use plastic "
                    "anywhere on site",
                ],
                "Priya Okafor",
            ),
            (
                I,
                [
                    "23 people had been arrested over the weekend, mostly for drug offences, down "
                    "from 41 last year"
                ],
                "Greyshire Police",
            ),
            (P, ["relentless bass until the small hours"], "Quiet Fields"),
        ],
    ),
    (  # 4 exhibition: show title in marks, "said curator X" after the quote, colon answer
        'The Halvorsen Gallery\'s autumn exhibition, "Salt and Iron", brings together more than '
        "90 works by the sculptor Margaret Oyelaran, from the driftwood pieces of the 1970s to "
        "the rusted steel towers that made her name. It runs until February 22.\n\n"
        '"She has been treated as a minor regional figure for far too long. This show is an '
        "argument, and I think it's a persuasive one,\" said curator James Whitlock-Ng, who spent "
        "three years tracing pieces held in private collections.\n\n"
        "Oyelaran, now 81, attended Thursday's opening in a wheelchair and spent two hours "
        "talking to visitors. Asked what she hoped people would take away from the show, she "
        'laughed: "A sore neck, from looking up."\n\n'
        "Admission is free on the first Sunday of every month, a condition attached to the "
        "exhibition's main sponsorship.",
        [
            (
                D,
                [
                    "She has been treated as a minor regional figure for far too long. This show is "
                    "an argument, and I think it's a persuasive one"
                ],
                "James Whitlock-Ng",
            ),
            (D, ["A sore neck, from looking up."], "Margaret Oyelaran"),
        ],
    ),
    (  # 5 boxing: indirect then direct from promoter, champion's quote sentences later
        "Danny Carrow retained his British middleweight title on Saturday night at the Docklands "
        "Arena, edging Lewis Mbeki on a split decision after twelve bruising rounds. One judge "
        "scored it 115-113 for the challenger; the other two had Carrow ahead.\n\n"
        "Mbeki's camp was furious. His promoter, Frank Delaney, said he would lodge a formal "
        "protest with the Boxing Board of Control on Monday. “Everyone in this building saw who "
        "won that fight, and it wasn't the champion,” Delaney told reporters in the ring.\n\n"
        "Carrow, his left eye swollen shut, was unmoved by the complaints. The 29-year-old "
        "thanked the crowd, his trainer and his two young daughters, then turned to the "
        "question everyone was asking. “If they want a rematch, they can have one. I'm not "
        "running from anybody.”",
        [
            (
                I,
                ["he would lodge a formal protest with the Boxing Board of Control on Monday"],
                "Frank Delaney",
            ),
            (
                D,
                ["Everyone in this building saw who won that fight, and it wasn't the champion"],
                "Frank Delaney",
            ),
            (
                D,
                ["If they want a rematch, they can have one. I'm not running from anybody."],
                "Danny Carrow",
            ),
        ],
    ),
    (  # 6 film premiere: '"A," X said ..., "b."' one quote two spans, "he insisted"
        "Anya Petrakis's third feature, The Quiet Tide, premiered at the Morrow Film Festival on "
        "Friday night to a ten-minute standing ovation, the longest of this year's event.\n\n"
        "“I wrote the first draft during lockdown, in a flat with no view at all,” Petrakis said "
        "at a press conference the next morning, “and I never imagined it would end up on a "
        "screen this size.”\n\n"
        "Its star, Oliver Brandt, who plays a fisherman slowly losing his memory, spent four "
        "months working on a trawler off the Shetland coast to prepare for the role. “You can't "
        "fake the hands. The hands tell you everything about a man who works the sea,” he "
        "insisted.\n\n"
        "Kestrel Pictures has acquired North American rights, and the film opens in British "
        "cinemas in March.",
        [
            (
                D,
                [
                    "I wrote the first draft during lockdown, in a flat with no view at all",
                    "and I never imagined it would end up on a screen this size.",
                ],
                "Anya Petrakis",
            ),
            (
                D,
                [
                    "You can't fake the hands. The hands tell you everything about a man who works "
                    "the sea"
                ],
                "Oliver Brandt",
            ),
        ],
    ),
    (  # 7 cricket coach sacked: organisation statement with colon, partial in reported speech
        "Eastmoor County Cricket Club have sacked head coach Neil Farrant after a season in "
        "which they were relegated from Division One for the first time in 19 years, winning "
        "only two of their 14 championship matches.\n\n"
        'In a statement, the club said: "This has been a difficult decision. Neil has given us '
        "six years of loyal service, but we believe a new voice is needed in the dressing "
        'room."\n\n'
        'Farrant, 54, said he was "disappointed but not surprised" and wished the players '
        "well. He had been under pressure since a heavy defeat at Pelham in July.\n\n"
        "Captain Jess Arundel paid tribute to the former Test all-rounder on social media. "
        '"He made me the player I am. Whatever happens next, that doesn\'t change," she wrote. '
        "The county hopes to appoint a successor before pre-season training starts in February.",
        [
            (
                D,
                [
                    "This has been a difficult decision. Neil has given us six years of loyal "
                    "service, but we believe a new voice is needed in the dressing room."
                ],
                "Eastmoor County Cricket Club",
            ),
            (P, ["disappointed but not surprised"], "Neil Farrant"),
            (
                D,
                ["He made me the player I am. Whatever happens next, that doesn't change"],
                "Jess Arundel",
            ),
        ],
    ),
    (  # 8 footballer's memoir: "writes", quote answering a question, title not in marks
        "Former international defender Marcus Ode's autobiography, Out of Position, is published "
        "on Thursday, and it is not the usual footballer's memoir of trophies and dressing-room "
        "pranks.\n\n"
        '"I spent ten years pretending to be fine in a dressing room full of people pretending '
        'to be fine," Ode, 38, writes in the opening chapter, which describes the depression he '
        "hid for most of his playing career.\n\n"
        "Speaking at a launch event in Manchester on Tuesday, he was asked why he had waited so "
        "long to tell the story. \"Because I wasn't ready. And because I didn't want it to be "
        'about the headlines. I wanted it to be about the boring, ordinary days."\n\n'
        "Proceeds from the first print run will go to Second Half, a charity that supports "
        "players after retirement.",
        [
            (
                D,
                [
                    "I spent ten years pretending to be fine in a dressing room full of people "
                    "pretending to be fine"
                ],
                "Marcus Ode",
            ),
            (
                D,
                [
                    "Because I wasn't ready. And because I didn't want it to be about the "
                    "headlines. I wanted it to be about the boring, ordinary days."
                ],
                "Marcus Ode",
            ),
        ],
    ),
    (  # 9 swimming record: nested single quotes inside a quote, coach's "replied:"
        "Freya Lindqvist-Hale broke the European record in the 200m butterfly at the national "
        "championships in Carrowmore on Wednesday, clocking 2:04.11 to beat a mark that had "
        "stood since 2009.\n\n"
        "\"Honestly, I didn't look at the clock until I heard the noise, and then I saw the "
        "little 'ER' next to my name and just lost it,\" the 20-year-old said, still wrapped in "
        "a towel poolside.\n\n"
        "Lindqvist-Hale, who trains in Leeds under Dominic Yeo, had never gone under 2:06 "
        "before this season. She will now be among the favourites at next summer's world "
        "championships.\n\n"
        "The record will be ratified once the standard doping test has been processed. Her "
        "previous best, set at the same pool in April, had been almost two seconds slower.",
        [
            (
                D,
                [
                    "Honestly, I didn't look at the clock until I heard the noise, and then I saw the "
                    "little 'ER' next to my name and just lost it"
                ],
                "Freya Lindqvist-Hale",
            ),
        ],
    ),
    (  # 10 tour cancelled: "wrote:" before the quote, promoter indirect
        "Singer-songwriter Marla Quayle has cancelled the remaining 14 dates of her European "
        "tour, days after collapsing on stage in Lisbon midway through her set. Her fourth "
        "album, Paper Harbours, reached number one in eleven countries in the spring.\n\n"
        "In a message to her 3.2 million followers, Quayle wrote: “I have been running on empty "
        "for months and I didn't listen to my body. I'm so sorry to everyone who bought a "
        "ticket.”\n\n"
        "Her promoter, Northlight Live, said refunds would be issued automatically within 14 "
        "days, including for the rescheduled shows in Dublin and Glasgow. Doctors have advised "
        "the 31-year-old to rest until at least the end of January.\n\n"
        "Fans who had travelled from abroad were left scrambling, and many took to social media "
        "to share photos of unused tickets under the hashtag #GetWellMarla.",
        [
            (
                D,
                [
                    "I have been running on empty for months and I didn't listen to my body. I'm so "
                    "sorry to everyone who bought a ticket."
                ],
                "Marla Quayle",
            ),
            (
                I,
                [
                    "refunds would be issued automatically within 14 days, including for the "
                    "rescheduled shows in Dublin and Glasgow"
                ],
                "Northlight Live",
            ),
        ],
    ),
    (  # 11 golf: '"A," X admitted. "B."' = two quotes; "the world number three" says nothing
        "Lachlan Bryce won the Coastal Open at Pelham Links by two shots on Sunday, his first "
        "title in 18 months, after a closing 66 in blustery conditions.\n\n"
        "The Australian, who had slipped to 47th in the world rankings, fought back tears on the "
        '18th green. "There were days this year I thought about putting the clubs away for '
        'good," Bryce admitted. "My wife wouldn\'t let me."\n\n'
        "Overnight leader Tobias Wendt, the world number three, collapsed to a 75 that included "
        "two double bogeys on the back nine. The German declined to speak to the media and went "
        "straight to the practice range.\n\n"
        "Bryce's victory earns him a place in next month's Tour Championship and lifts him back "
        "into the top 30 for the first time since the spring of last year.",
        [
            (
                D,
                ["There were days this year I thought about putting the clubs away for good"],
                "Lachlan Bryce",
            ),
            (D, ["My wife wouldn't let me."], "Lachlan Bryce"),
        ],
    ),
    (  # 12 theatre refurbishment: single curly quotes for speech, scare quotes and nickname
        "The Corran Playhouse is to close for 18 months from January for a £24 million "
        "refurbishment, after years of ‘temporary’ repairs to its leaking roof and Victorian "
        "wiring.\n\n"
        "‘This building has given the city 140 years of stories. We owe it a future,’ artistic "
        "director Ngozi Barrow said as the plans were unveiled on Monday. During the closure the "
        "company will perform in a converted tram depot on Mill Lane, which staff have already "
        "nicknamed ‘the Shed’.\n\n"
        "City council culture lead Andrew Pym said the authority had contributed £6 million "
        "towards the works and would underwrite any overspend up to £1 million. The remainder "
        "comes from the Arts Fund and a public appeal that has so far raised £2.3 million.",
        [
            (
                D,
                ["This building has given the city 140 years of stories. We owe it a future"],
                "Ngozi Barrow",
            ),
            (
                I,
                [
                    "the authority had contributed £6 million towards the works and would underwrite "
                    "any overspend up to £1 million"
                ],
                "Andrew Pym",
            ),
        ],
    ),
    (  # 13 touchline ban: "the 52-year-old" then "he said", noun-object distractors
        "Redfern United manager Paolo Cattaneo has been handed a four-match touchline ban and "
        "fined £40,000 by the Football Association for comments about referee Martin Ashby after "
        "last month's defeat at Whitcliffe.\n\n"
        "The Italian had questioned the official's competence and integrity in a post-match "
        "interview, and admitted the charge last week.\n\n"
        "At his pre-match press conference on Friday, the 52-year-old struck a conciliatory "
        'tone. "I said things in the heat of the moment that I should not have said, and I '
        "accept the punishment,\" he said. He will watch Saturday's home game against Ashcombe "
        "City from the stands, with assistant Gary Lunn taking charge on the touchline.\n\n"
        "Redfern sit 14th in the table, four points above the relegation zone, and have won "
        "only once in their last seven league matches.",
        [
            (
                D,
                [
                    "I said things in the heat of the moment that I should not have said, and I "
                    "accept the punishment"
                ],
                "Paolo Cattaneo",
            ),
        ],
    ),
    (  # 14 album release: quote introduced by a colon sentence, "According to the label, ..."
        "Brass quartet The Meridian Four release Low Country on Friday, their first album in a "
        "decade and the first since founding member Colin Marsh left the group in 2019.\n\n"
        "Trumpeter Selina Achebe-Ward traces the record back to a week in a borrowed farmhouse "
        "in the Brecon hills: “We had no phones, no internet and a piano that was a semitone "
        "flat. Somehow that turned out to be perfect.”\n\n"
        "According to the band's label, Tidewater Records, advance orders for the vinyl edition "
        "have already passed 20,000, a figure it had not seen for a jazz release in years.\n\n"
        "The quartet begin a 22-date UK tour in Bristol on February 3, with a closing night at "
        "the Albert Rooms in London in early April.",
        [
            (
                D,
                [
                    "We had no phones, no internet and a piano that was a semitone flat. Somehow that "
                    "turned out to be perfect."
                ],
                "Selina Achebe-Ward",
            ),
            (
                I,
                [
                    "advance orders for the vinyl edition have already passed 20,000, a figure it had "
                    "not seen for a jazz release in years"
                ],
                "Tidewater Records",
            ),
        ],
    ),
    (  # 15 women's cup final: "she told Radio ...", partial in reported speech
        "Castlebrook Women won the National Cup for the first time on Sunday, beating holders "
        "Pennington 2-0 in front of a record crowd of 61,402 at Wembridge Stadium.\n\n"
        "Captain Aoife Brennan, who headed the opener from a corner, could barely get her words "
        "out. “I've watched this final on television since I was six. To lift the trophy here, in "
        "front of my mum... I can't describe it,” she told Radio Northfield.\n\n"
        "Castlebrook manager Lena Hartmann said the attendance proved “the appetite is there” "
        "and urged the Football Federation to schedule the final away from the men's fixtures "
        "in future.\n\n"
        "Pennington, beaten finalists for the second time in three years, had goalkeeper Sian "
        "Roberts to thank for keeping the score respectable.",
        [
            (
                D,
                [
                    "I've watched this final on television since I was six. To lift the trophy here, "
                    "in front of my mum... I can't describe it"
                ],
                "Aoife Brennan",
            ),
            (P, ["the appetite is there"], "Lena Hartmann"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout41.jsonl"),
        "heldout41",
        "h41",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
