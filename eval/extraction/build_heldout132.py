"""Source of the 132nd held-out set: writes heldout132.jsonl (split "heldout132").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like local and regional news and sport: town council budgets and library closures, a
mayor after a flood, a school class closure and a primary school closing, tramway works and a
new bypass, rural train cuts, maternity and A&E pressures, a light festival and a lantern
parade, a flat fire and a tyre-plant blaze, amateur and professional football, rugby, cycling,
tennis and athletics, a referee abused at an under-12s match, with mayors, councillors,
coaches, managers, players, referees, parents, shopkeepers, doctors, firefighters and unnamed
residents speaking, clubs, councils and agencies speaking as organisations; speakers are
referred back to by pronoun, surname, role, age, nationality or epithet ("le technicien", "la
Rochelaise", "the Welshman", "the Dane", "the 24-year-old"), some statements are sourced with
"selon X", "d'après X" or "according to X", and one French text has no quote at all.
Measured once with 0.3.0, 0.39.0 and 0.40.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout132.py
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
    (  # 1 town council budget: two-sentence direct + "a justifié le maire, Name", partial
        # after "a dénoncé un" by "la conseillère municipale Name", "a reproché à la majorité
        # ses dépenses" (noun object, not annotated)
        "Le conseil municipal de Montbrison-sur-Lignon a adopté lundi soir, par 24 voix contre "
        "9, un budget 2027 marqué par une hausse de 4\u00a0% de la taxe foncière, la première "
        "depuis 2014 dans cette commune de 16\u00a0000 habitants.\n\n"
        "«\u00a0Nous n'avions pas le choix. Entre l'énergie et les salaires, nos charges ont "
        "bondi de 1,8 million d'euros en deux ans\u00a0», a justifié le maire, Gilles Fauconnet, "
        "devant une salle comble.\n\n"
        "Dans l'opposition, la conseillère municipale Nathalie Brunerie a dénoncé un "
        "«\u00a0matraquage fiscal\u00a0» et a reproché à la majorité ses dépenses de "
        "communication.\n\n"
        "La taxe d'enlèvement des ordures ménagères, elle, restera stable. Le budget prévoit "
        "par ailleurs 3,2 millions d'euros d'investissements, dont la rénovation de la piscine "
        "municipale.",
        [
            (
                D,
                [
                    "Nous n'avions pas le choix. Entre l'énergie et les salaires, nos charges ont "
                    "bondi de 1,8 million d'euros en deux ans"
                ],
                "Gilles Fauconnet",
            ),
            (P, ["matraquage fiscal"], "Nathalie Brunerie"),
        ],
    ),
    (  # 2 Coupe de France, amateur club knocked out: a quote split by "a soufflé
        # l'entraîneur plouvenecois, Name," (one quote two spans, final period kept),
        # two-sentence direct + "a-t-il confié" (pronoun for "le capitaine Name"), "Selon le
        # club," (rest of the sentence, the club named earlier)
        "Le parcours du petit poucet s'est arrêté aux portes des 32es de finale. L'US Plouvenec "
        "(Régional 1) s'est inclinée 2-1 samedi face à l'AS Laval-Mayenne (Ligue 2), devant "
        "3\u00a0200 spectateurs massés autour du stade Jean-Le Du.\n\n"
        "«\u00a0On a tenu quatre-vingts minutes, a soufflé l'entraîneur plouvenecois, Erwan "
        "Quéméner, et on méritait au moins les prolongations.\u00a0»\n\n"
        "Auteur de l'égalisation à la 52e minute, le capitaine Yoann Le Bihan, plombier dans le "
        "civil, n'a pas caché son émotion. «\u00a0Je vais m'en souvenir toute ma vie. Lundi, je "
        "retourne sur les chantiers, mais avec des étoiles plein les yeux\u00a0», a-t-il "
        "confié.\n\n"
        "Selon le club, la recette du match, environ 38\u00a0000 euros, servira à rénover les "
        "vestiaires.",
        [
            (
                D,
                [
                    "On a tenu quatre-vingts minutes",
                    "et on méritait au moins les prolongations.",
                ],
                "Erwan Quéméner",
            ),
            (
                D,
                [
                    "Je vais m'en souvenir toute ma vie. Lundi, je retourne sur les chantiers, "
                    "mais avec des étoiles plein les yeux"
                ],
                "Yoann Le Bihan",
            ),
            (
                I,
                [
                    "la recette du match, environ 38\u00a0000 euros, servira à rénover les vestiaires"
                ],
                "US Plouvenec",
            ),
        ],
    ),
    (  # 3 river flood: two-sentence direct + "raconte une retraitée" (unnamed), "Le maire,
        # Name, a annoncé qu'il" (indirect), partial after "L'élu a également réclamé" (role
        # referring back)
        "Le Gardon est sorti de son lit dans la nuit de mardi à mercredi, inondant une centaine "
        "d'habitations à Saint-Ambroix-les-Vignes (Gard). Quelque 140 personnes ont dû être "
        "évacuées, dont une dizaine par hélitreuillage.\n\n"
        "Rue du Pont-Vieux, les habitants écopaient encore mercredi matin. «\u00a0L'eau est "
        "montée d'un mètre en vingt minutes. On n'a rien pu sauver\u00a0», raconte une "
        "retraitée en désignant son salon dévasté.\n\n"
        "Le maire, Jean-Louis Cabanis, a annoncé qu'il demanderait dès jeudi la reconnaissance "
        "de l'état de catastrophe naturelle. L'élu a également réclamé «\u00a0un vrai plan de "
        "curage\u00a0» du lit de la rivière, qu'il juge négligé depuis des années.\n\n"
        "La vigilance orange aux crues reste en vigueur jusqu'à jeudi midi.",
        [
            (
                D,
                ["L'eau est montée d'un mètre en vingt minutes. On n'a rien pu sauver"],
                "retraitée",
            ),
            (
                I,
                ["il demanderait dès jeudi la reconnaissance de l'état de catastrophe naturelle"],
                "Jean-Louis Cabanis",
            ),
            (P, ["un vrai plan de curage"], "Jean-Louis Cabanis"),
        ],
    ),
    (  # 4 rugby, disputed last-second penalty: the referee named but silent, two-sentence
        # direct + "a-t-il lâché" (pronoun for "Le manager narbonnais, Name"), partial inside
        # "Delmas, 21 ans, a expliqué qu'il avait" (surname, only the partial), direct after
        # "avant d'ajouter :" (final period kept)
        "L'Union Millau-Larzac a arraché le match nul (19-19) sur la pelouse du Sporting Club "
        "de Narbonne-Plage, vendredi soir, grâce à une pénalité de son ouvreur Baptiste Delmas "
        "à la dernière seconde.\n\n"
        "Le manager narbonnais, Serge Roumagnac, n'a pas digéré la décision de l'arbitre, "
        "M.\u00a0Thierry Vaysse, qui a sifflé un hors-jeu contesté. «\u00a0Je ne vais pas "
        "accabler l'arbitre, mais il faudra m'expliquer cette pénalité. Mes joueurs étaient en "
        "place\u00a0», a-t-il lâché en conférence de presse.\n\n"
        "Côté aveyronnais, on savourait. Delmas, 21 ans, a expliqué qu'il avait «\u00a0tremblé "
        "comme jamais\u00a0» au moment de poser le ballon, avant d'ajouter\u00a0: «\u00a0Les "
        "copains m'ont dit de frapper comme à l'entraînement. C'est ce que j'ai fait.\u00a0»",
        [
            (
                D,
                [
                    "Je ne vais pas accabler l'arbitre, mais il faudra m'expliquer cette "
                    "pénalité. Mes joueurs étaient en place"
                ],
                "Serge Roumagnac",
            ),
            (P, ["tremblé comme jamais"], "Baptiste Delmas"),
            (
                D,
                [
                    "Les copains m'ont dit de frapper comme à l'entraînement. C'est ce que j'ai "
                    "fait."
                ],
                "Baptiste Delmas",
            ),
        ],
    ),
    (  # 5 school class closure: two-sentence direct + "s'indigne Name, 38 ans, présidente
        # de …", "Selon la direction académique," (rest of the sentence, unnamed body), "La
        # maire, Name, a fait part de son intention de" (intention phrase)
        "Une cinquantaine de parents d'élèves ont bloqué lundi matin l'entrée de l'école "
        "primaire Jules-Ferry de Lunéville-le-Haut pour protester contre la fermeture annoncée "
        "d'une classe à la rentrée prochaine.\n\n"
        "«\u00a0Avec cette fermeture, nos enfants se retrouveront à 29 par classe, avec des CP "
        "et des CE1 mélangés. Ce n'est pas sérieux\u00a0», s'indigne Aurélie Marchal, 38 ans, "
        "présidente de l'association des parents d'élèves.\n\n"
        "Selon la direction académique, les effectifs de l'école doivent passer de 187 à 171 "
        "élèves en septembre, ce qui justifie la mesure. La maire, Sylvie Hennequin, a fait "
        "part de son intention de saisir le recteur dans les prochains jours.\n\n"
        "Une nouvelle mobilisation est prévue vendredi devant l'école.",
        [
            (
                D,
                [
                    "Avec cette fermeture, nos enfants se retrouveront à 29 par classe, avec des "
                    "CP et des CE1 mélangés. Ce n'est pas sérieux"
                ],
                "Aurélie Marchal",
            ),
            (
                I,
                [
                    "les effectifs de l'école doivent passer de 187 à 171 élèves en septembre, ce "
                    "qui justifie la mesure"
                ],
                "direction académique",
            ),
            (I, ["saisir le recteur dans les prochains jours"], "Sylvie Hennequin"),
        ],
    ),
    (  # 6 tramway works and shopkeepers: two-sentence direct + "prévient Name, qui tient
        # une boucherie", partial after "a promis une indemnisation" by "Le vice-président …,
        # Name", "D'après lui," (pronoun, rest of the sentence)
        "Les travaux de la deuxième ligne de tramway de l'agglomération tourangelle ont débuté "
        "lundi avenue de Grammont, pour une durée de dix-huit mois. La circulation y sera "
        "réduite à une voie dans chaque sens.\n\n"
        "Les commerçants de l'avenue redoutent une chute de leur chiffre d'affaires. "
        "«\u00a0Pendant les travaux de la première ligne, j'ai perdu 30\u00a0% de ma clientèle. "
        "Je ne suis pas sûr de tenir une seconde fois\u00a0», prévient Karim Benali, qui tient "
        "une boucherie au numéro 112.\n\n"
        "Le vice-président de la métropole chargé des mobilités, Hervé Lachaume, a promis une "
        "indemnisation «\u00a0rapide et sans paperasse\u00a0» aux commerces touchés. D'après "
        "lui, une commission d'indemnisation se réunira dès janvier.",
        [
            (
                D,
                [
                    "Pendant les travaux de la première ligne, j'ai perdu 30\u00a0% de ma "
                    "clientèle. Je ne suis pas sûr de tenir une seconde fois"
                ],
                "Karim Benali",
            ),
            (P, ["rapide et sans paperasse"], "Hervé Lachaume"),
            (
                I,
                ["une commission d'indemnisation se réunira dès janvier"],
                "Hervé Lachaume",
            ),
        ],
    ),
    (  # 7 maternity unit closing: the agency "a confirmé la décision" (noun object, not
        # annotated), "Pour la directrice de l'hôpital, Name, « … »" (direct), a question
        # inside a two-sentence direct + "s'emporte le docteur Name" (title dropped), "a
        # annoncé une manifestation" (noun object), "Selon l'agence," (generic noun for the
        # agency named earlier)
        "La maternité du centre hospitalier de Vire-sur-Orne fermera ses portes le 31 mars. "
        "L'agence régionale de santé de Normandie a confirmé la décision jeudi, invoquant le "
        "manque de pédiatres et d'anesthésistes.\n\n"
        "Pour la directrice de l'hôpital, Claire Vasseur, «\u00a0la sécurité des mères et des "
        "bébés ne pouvait plus être garantie\u00a0». Les quelque 380 accouchements annuels "
        "seront réorientés vers Caen, à 65 kilomètres.\n\n"
        "La décision passe mal. «\u00a0On va demander aux femmes de faire une heure de route "
        "pendant le travail, en plein hiver\u00a0? C'est indécent\u00a0», s'emporte le docteur "
        "Michel Garnaud, gynécologue dans l'établissement depuis 1998. Le collectif de défense "
        "de l'hôpital a annoncé une manifestation samedi devant la mairie.\n\n"
        "Selon l'agence, une consultation de suivi de grossesse restera ouverte sur place.",
        [
            (
                D,
                ["la sécurité des mères et des bébés ne pouvait plus être garantie"],
                "Claire Vasseur",
            ),
            (
                D,
                [
                    "On va demander aux femmes de faire une heure de route pendant le travail, en "
                    "plein hiver\u00a0? C'est indécent"
                ],
                "Michel Garnaud",
            ),
            (
                I,
                ["une consultation de suivi de grossesse restera ouverte sur place"],
                "agence régionale de santé de Normandie",
            ),
        ],
    ),
    (  # 8 regional cycling race: a quote continued over two paragraphs (one span each, first
        # one's period kept) + "a-t-il lâché" (pronoun for the winner), "Son directeur
        # sportif, Name, assure que" (indirect), direct + "reconnaît le technicien" (epithet)
        "Le Lorientais Maël Guillou a remporté dimanche la 45e édition du Grand Prix des Landes "
        "de Lanvaux, au terme d'un sprint en côte où il a devancé le Belge Jens Verhaeghe et le "
        "Vendéen Romain Bertaud.\n\n"
        "À 22 ans, le coureur de l'équipe continentale Armor-Cycles signe la plus belle victoire "
        "de sa jeune carrière. «\u00a0J'ai grandi à vingt kilomètres d'ici. Toute ma famille "
        "était au bord de la route.\n\n"
        "«\u00a0Gagner devant eux, je n'osais même pas en rêver\u00a0», a-t-il lâché, la voix "
        "étranglée, sur le podium.\n\n"
        "Son directeur sportif, Patrick Le Floch, assure que plusieurs équipes du World Tour ont "
        "déjà pris contact avec son protégé. «\u00a0On ne le retiendra pas s'il reçoit une belle "
        "offre\u00a0», reconnaît le technicien.",
        [
            (
                D,
                [
                    "J'ai grandi à vingt kilomètres d'ici. Toute ma famille était au bord de la "
                    "route.",
                    "Gagner devant eux, je n'osais même pas en rêver",
                ],
                "Maël Guillou",
            ),
            (
                I,
                ["plusieurs équipes du World Tour ont déjà pris contact avec son protégé"],
                "Patrick Le Floch",
            ),
            (D, ["On ne le retiendra pas s'il reçoit une belle offre"], "Patrick Le Floch"),
        ],
    ),
    (  # 9 winter light festival: "…, selon les organisateurs." (the part before, unnamed
        # plural), two-sentence direct + "sourit Name, la directrice artistique", « » without
        # inner spaces + "a déploré un habitant du quartier …" (unnamed)
        "Le festival Lumières d'hiver a refermé ses portes dimanche soir à Annecy-le-Vieux sur "
        "un record de fréquentation. Quelque 92\u00a0000 visiteurs ont arpenté les installations "
        "lumineuses en quatre soirs, selon les organisateurs.\n\n"
        "«\u00a0On a dû fermer l'accès au parc deux fois samedi, tellement il y avait de monde. "
        "C'est un beau problème\u00a0», sourit Lucie Berthelot, la directrice artistique de "
        "l'événement.\n\n"
        "Certains riverains se sont toutefois plaints du stationnement sauvage. «Ma rue était "
        "transformée en parking jusqu'à minuit», a déploré un habitant du quartier des "
        "Barattes.\n\n"
        "La prochaine édition est prévue du 2 au 5 décembre 2027.",
        [
            (
                I,
                [
                    "Quelque 92\u00a0000 visiteurs ont arpenté les installations lumineuses en "
                    "quatre soirs"
                ],
                "organisateurs",
            ),
            (
                D,
                [
                    "On a dû fermer l'accès au parc deux fois samedi, tellement il y avait de "
                    "monde. C'est un beau problème"
                ],
                "Lucie Berthelot",
            ),
            (D, ["Ma rue était transformée en parking jusqu'à minuit"], "habitant"),
        ],
    ),
    (  # 10 ITF women's tennis tournament: a quote split by "a reconnu la lauréate," (epithet,
        # one quote two spans, final period kept), partial inside "Son entraîneur, Name,
        # estime qu'elle" (only the partial), "Le directeur du tournoi, Name, a indiqué que"
        "La Nantaise Camille Rivaud, 19 ans, a remporté dimanche le tournoi ITF de Saint-Malo, "
        "doté de 60\u00a0000 dollars, en battant en finale la Tchèque Klára Novotná 6-4, 3-6, "
        "7-5 après 2\u00a0h\u00a041 de jeu.\n\n"
        "«\u00a0Au troisième set, j'étais cuite physiquement, a reconnu la lauréate, mais c'est "
        "la tête qui a fait la différence.\u00a0»\n\n"
        "Son entraîneur, Bruno Lefort, estime qu'elle peut intégrer le top 100 mondial "
        "«\u00a0d'ici à l'été\u00a0». Le directeur du tournoi, Alain Perrichon, a indiqué que "
        "7\u00a0500 spectateurs avaient assisté aux rencontres de la semaine, un record.",
        [
            (
                D,
                [
                    "Au troisième set, j'étais cuite physiquement",
                    "mais c'est la tête qui a fait la différence.",
                ],
                "Camille Rivaud",
            ),
            (P, ["d'ici à l'été"], "Bruno Lefort"),
            (
                I,
                ["7\u00a0500 spectateurs avaient assisté aux rencontres de la semaine, un record"],
                "Alain Perrichon",
            ),
        ],
    ),
    (  # 11 block of flats on fire: "…, d'après les sapeurs-pompiers du Rhône, qui …" (the
        # part before), direct + "a précisé le commandant Name" (rank dropped), partial inside
        # "une étudiante … raconte avoir descendu" (unnamed, only the partial), "Le parquet a
        # ouvert une enquête" (not speech)
        "Un incendie a ravagé dans la nuit de samedi à dimanche un immeuble de quatre étages du "
        "quartier de la Croix-Rousse, à Lyon. Trois personnes ont été légèrement intoxiquées "
        "par les fumées, d'après les sapeurs-pompiers du Rhône, qui ont mobilisé 65 hommes.\n\n"
        "«\u00a0Le feu est parti d'un local à poubelles au rez-de-chaussée et s'est propagé par "
        "la cage d'escalier\u00a0», a précisé le commandant Frédéric Arnoux, qui dirigeait les "
        "opérations.\n\n"
        "Réveillée par les cris de ses voisins, une étudiante du troisième étage raconte avoir "
        "descendu l'escalier «\u00a0à quatre pattes, dans le noir\u00a0».\n\n"
        "Le parquet de Lyon a ouvert une enquête pour déterminer l'origine du sinistre. Les "
        "onze familles sinistrées ont été relogées par la mairie d'arrondissement.",
        [
            (
                I,
                ["Trois personnes ont été légèrement intoxiquées par les fumées"],
                "sapeurs-pompiers du Rhône",
            ),
            (
                D,
                [
                    "Le feu est parti d'un local à poubelles au rez-de-chaussée et s'est propagé "
                    "par la cage d'escalier"
                ],
                "Frédéric Arnoux",
            ),
            (P, ["à quatre pattes, dans le noir"], "étudiante"),
        ],
    ),
    (  # 12 city marathon: direct + "a déclaré le vainqueur par l'intermédiaire d'un
        # interprète" (role referring back), two-sentence direct + "a raconté la Rochelaise"
        # (epithet)
        "Le Kényan Daniel Kiprono a remporté dimanche le marathon de La Rochelle en 2\u00a0h "
        "09\u00a0min 12\u00a0s, nouveau record de l'épreuve. Chez les femmes, la Rochelaise "
        "Manon Gilbert s'est imposée en 2\u00a0h 31\u00a0min 40\u00a0s.\n\n"
        "«\u00a0Le vent était fort sur le port, mais le public m'a porté\u00a0», a déclaré le "
        "vainqueur par l'intermédiaire d'un interprète.\n\n"
        "Institutrice dans une école du quartier de Mireuil, Manon Gilbert préparait l'épreuve "
        "depuis un an. «\u00a0Mes élèves m'attendaient au 35e kilomètre avec une banderole. Là, "
        "j'ai su que je ne lâcherais rien\u00a0», a raconté la Rochelaise.\n\n"
        "Quelque 14\u00a0300 coureurs ont pris le départ, dont 38\u00a0% de femmes.",
        [
            (D, ["Le vent était fort sur le port, mais le public m'a porté"], "Daniel Kiprono"),
            (
                D,
                [
                    "Mes élèves m'attendaient au 35e kilomètre avec une banderole. Là, j'ai su "
                    "que je ne lâcherais rien"
                ],
                "Manon Gilbert",
            ),
        ],
    ),
    (  # 13 regional trains cut: "La région … a annoncé la suppression" (noun object, not
        # annotated), an unclosed quotation mark ended by "a réagi Name, président de
        # l'association …", partial after "a reconnu une situation" by "Le vice-président
        # régional …, Name", "Il a assuré que … et que …" (one indirect), direct after
        # "soupire :" by "une infirmière qui …" (unnamed, final period kept)
        "La région Grand Est a annoncé vendredi la suppression de six allers-retours quotidiens "
        "sur la ligne TER Épinal-Saint-Dié à partir du 15 décembre, faute de conducteurs.\n\n"
        "«\u00a0C'est la double peine pour les usagers, qui paient déjà des abonnements en "
        "hausse de 5\u00a0%, a réagi Thierry Mougel, président de l'association Rail Vosges "
        "Avenir.\n\n"
        "Le vice-président régional chargé des transports, Jean-Marc Wendling, a reconnu une "
        "situation «\u00a0très dégradée\u00a0». Il a assuré que vingt conducteurs étaient en "
        "formation et que le service serait rétabli au printemps.\n\n"
        "Sur le quai de la gare de Saint-Dié, lundi matin, une infirmière qui se rend chaque "
        "jour à l'hôpital d'Épinal soupire\u00a0: «\u00a0Je vais devoir reprendre la voiture. "
        "Je n'ai pas le choix.\u00a0»",
        [
            (
                D,
                [
                    "C'est la double peine pour les usagers, qui paient déjà des abonnements en "
                    "hausse de 5\u00a0%"
                ],
                "Thierry Mougel",
            ),
            (P, ["très dégradée"], "Jean-Marc Wendling"),
            (
                I,
                [
                    "vingt conducteurs étaient en formation et que le service serait rétabli au "
                    "printemps"
                ],
                "Jean-Marc Wendling",
            ),
            (
                D,
                ["Je vais devoir reprendre la voiture. Je n'ai pas le choix."],
                "infirmière",
            ),
        ],
    ),
    (  # 14 football coach sacked: "Dans un communiqué, le club a indiqué que" (the club
        # speaking as an organisation), direct + "a expliqué le président, Name", partial
        # after "Massot s'est dit" (surname), "a remercié les supporters" (noun object, not
        # annotated)
        "L'AS Roanne-Loire s'est séparée mercredi de son entraîneur, Didier Massot, au "
        "lendemain d'une cinquième défaite consécutive en National. Dans un communiqué, le club "
        "a indiqué que l'intérim serait assuré par l'entraîneur de la réserve, Karim "
        "Haddadi.\n\n"
        "«\u00a0Didier a fait un travail remarquable pendant trois saisons, mais les résultats ne "
        "sont plus là et nous devions réagir\u00a0», a expliqué le président, Bernard Thivolle, "
        "lors d'une conférence de presse convoquée à la hâte.\n\n"
        "Joint par téléphone, Massot s'est dit «\u00a0déçu mais pas surpris\u00a0». Le "
        "technicien de 54 ans a remercié les supporters, qui l'avaient soutenu jusqu'au "
        "bout.",
        [
            (
                I,
                ["l'intérim serait assuré par l'entraîneur de la réserve, Karim Haddadi"],
                "AS Roanne-Loire",
            ),
            (
                D,
                [
                    "Didier a fait un travail remarquable pendant trois saisons, mais les "
                    "résultats ne sont plus là et nous devions réagir"
                ],
                "Bernard Thivolle",
            ),
            (P, ["déçu mais pas surpris"], "Didier Massot"),
        ],
    ),
    (  # 15 no quote: sports hall reopening, "a annoncé une inauguration" and "a réclamé des
        # créneaux supplémentaires" (noun objects, not annotated)
        "Le gymnase Pierre-de-Coubertin de Montluçon-Est rouvrira ses portes le 5 janvier après "
        "dix mois de travaux de désamiantage et de rénovation énergétique, pour un coût de 2,4 "
        "millions d'euros.\n\n"
        "Le maire, Philippe Charrier, a annoncé jeudi une inauguration officielle le 10 janvier, "
        "en présence des clubs résidents. Le Handball Club montluçonnais, privé de salle depuis "
        "février, a réclamé des créneaux supplémentaires pour rattraper les entraînements "
        "perdus.\n\n"
        "Pendant les travaux, les 600 licenciés des quatre clubs concernés ont été accueillis "
        "dans les gymnases des communes voisines. La nouvelle salle disposera de 450 places "
        "assises et d'un mur d'escalade.",
        [],
    ),
]

EN: list[Item] = [
    (  # 1 seafront parking charges: direct + "said the council leader, Name, who …", partial
        # after "Independent councillor Name called the vote", "fear the charges will" (not
        # speech), two-sentence direct after "Name, who …, was blunt:" (final period kept)
        "Councillors in Harrowgate Vale voted 22 to 17 on Tuesday night to introduce parking "
        "charges at the town's three seafront car parks, ending forty years of free parking.\n\n"
        '"We have a £2.3 million hole in our budget and no fairy godmother in Whitehall," said '
        "the council leader, Margaret Oyelaran, who proposed the scheme.\n\n"
        'Independent councillor Derek Hollis called the vote "a kick in the teeth for every '
        'family on the coast". Shopkeepers on the promenade fear the charges will keep '
        "day-trippers away.\n\n"
        "Jan Whitlock, who has run an ice-cream kiosk on the front since 1996, was blunt: "
        "\"People won't pay £6 to park and buy a 99. They'll go to Bridlington instead.\"",
        [
            (
                D,
                ["We have a £2.3 million hole in our budget and no fairy godmother in Whitehall"],
                "Margaret Oyelaran",
            ),
            (P, ["a kick in the teeth for every family on the coast"], "Derek Hollis"),
            (
                D,
                ["People won't pay £6 to park and buy a 99. They'll go to Bridlington instead."],
                "Jan Whitlock",
            ),
        ],
    ),
    (  # 2 League football, two red cards, curly quotes: partial after "accused referee Name
        # of" (the referee is only an object), a quote split by "Fenwick said," (surname, one
        # quote two spans, final period kept), direct + "the defender said" (role for "captain,
        # Name")
        "Stockbridge County manager Gary Fenwick accused referee Paul Ambler of “losing control "
        "of the game” after his side's 2-1 defeat at Carlisle Athletic on Saturday, in which two "
        "County players were sent off.\n\n"
        "“I've been in football thirty years,” Fenwick said, “and I have never seen a "
        "performance like that from an official.”\n\n"
        "Carlisle Athletic's captain, Lewis Dunmore, saw it differently. “Both tackles were high "
        "and late, and the ref had no choice,” the defender said.\n\n"
        "Stockbridge have now lost four of their last five league games.",
        [
            (P, ["losing control of the game"], "Gary Fenwick"),
            (
                D,
                [
                    "I've been in football thirty years",
                    "and I have never seen a performance like that from an official.",
                ],
                "Gary Fenwick",
            ),
            (
                D,
                ["Both tackles were high and late, and the ref had no choice"],
                "Lewis Dunmore",
            ),
        ],
    ),
    (  # 3 river flood: direct + "said Name, 81, as …", "The Name Flood Board said" (an
        # organisation, indirect), partial inside the reported speech of "The local MP, Name,
        # told a local radio station that" (only the partial)
        "More than 200 homes were flooded in Bewdley Mill and surrounding villages on Sunday "
        "after the River Teme burst its banks following 36 hours of continuous rain.\n\n"
        "\"I've lived here since 1971 and I've never seen it come up this fast,\" said Rosemary "
        "Tait, 81, as firefighters helped her into a rescue boat outside her cottage.\n\n"
        "The Teme Valley Flood Board said river levels had peaked at 5.4 metres overnight, the "
        "highest since records began in 1953. The local MP, Andrew Kettleby, told a local radio "
        'station that the government must "stop treating flood defences as an optional '
        'extra".\n\n'
        "A rest centre has been opened at the Bewdley Mill leisure centre.",
        [
            (
                D,
                ["I've lived here since 1971 and I've never seen it come up this fast"],
                "Rosemary Tait",
            ),
            (
                I,
                [
                    "river levels had peaked at 5.4 metres overnight, the highest since records "
                    "began in 1953"
                ],
                "Teme Valley Flood Board",
            ),
            (P, ["stop treating flood defences as an optional extra"], "Andrew Kettleby"),
        ],
    ),
    (  # 4 rugby, coach under pressure, curly quotes: "head coach Name has insisted" (no
        # "that"), a quote continued over two paragraphs (one span each, first one's period
        # kept) + "the Welshman said" (nationality), partial inside the reported speech of
        # "Chiefs chairman Name told supporters … that" (only the partial)
        "Exmoor Chiefs head coach Rhys Llewellyn-Hart has insisted his side are not in a "
        "relegation fight despite Saturday's 34-10 home defeat to Bedford Raiders, their sixth "
        "loss in seven games.\n\n"
        "“We're four points off eighth. Nobody in that dressing room is talking about the "
        "drop.\n\n"
        "“What I saw today was a team that made mistakes, not a team that has given up,” the "
        "Welshman said.\n\n"
        "Chiefs chairman Nigel Sowerby told supporters in an open letter on Sunday that the "
        "coach had his “full backing”.",
        [
            (
                I,
                [
                    "his side are not in a relegation fight despite Saturday's 34-10 home defeat "
                    "to Bedford Raiders, their sixth loss in seven games"
                ],
                "Rhys Llewellyn-Hart",
            ),
            (
                D,
                [
                    "We're four points off eighth. Nobody in that dressing room is talking about "
                    "the drop.",
                    "What I saw today was a team that made mistakes, not a team that has given up",
                ],
                "Rhys Llewellyn-Hart",
            ),
            (P, ["full backing"], "Nigel Sowerby"),
        ],
    ),
    (  # 5 primary school to close: partial inside "headteacher Name wrote that" (only the
        # partial), two-sentence direct + "said Name, whose …" then a second quotation
        # opening a new sentence (two direct quotes, both hers, question mark kept)
        "Millbrook Primary School in Didcot will close in July 2027 because of falling pupil "
        "numbers, leaving 143 children to find new places.\n\n"
        'In a letter to families, headteacher Joanna Pryor wrote that staff were "heartbroken" '
        "by the decision.\n\n"
        "\"My son has Down's syndrome. Millbrook is the only school that ever made him feel he "
        'belonged," said Kelly Ashworth, whose eight-year-old is in Year 3. "Where is he '
        'supposed to go now?"\n\n'
        "Pupil numbers at the school have fallen by 40% in six years, and a third of its "
        "classrooms now stand empty.",
        [
            (P, ["heartbroken"], "Joanna Pryor"),
            (
                D,
                [
                    "My son has Down's syndrome. Millbrook is the only school that ever made him "
                    "feel he belonged"
                ],
                "Kelly Ashworth",
            ),
            (D, ["Where is he supposed to go now?"], "Kelly Ashworth"),
        ],
    ),
    (  # 6 bypass opens: "cut the ribbon" (not speech), two-sentence direct + "he told a small
        # crowd" (pronoun for "The mayor of …, Name"), partial after "Name, whose …, described
        # the project as"
        "A new £84 million bypass around the market town of Holme Cross opened to traffic on "
        "Monday, six months late and £19 million over budget.\n\n"
        'The mayor of the Pennine Combined Authority, Sanjay Mistry, cut the ribbon. "Lorries '
        "will no longer thunder past the primary school at eight in the morning. That alone was "
        'worth the wait," he told a small crowd at the Eastfield roundabout.\n\n'
        "Not everyone was celebrating. Gwen Haworth, whose family farm was cut in two by the "
        'road, described the project as "a scar across the valley".\n\n'
        "The overrun was blamed on unexpected ground conditions near the river.",
        [
            (
                D,
                [
                    "Lorries will no longer thunder past the primary school at eight in the "
                    "morning. That alone was worth the wait"
                ],
                "Sanjay Mistry",
            ),
            (P, ["a scar across the valley"], "Gwen Haworth"),
        ],
    ),
    (  # 7 A&E waits, curly quotes: "…, according to figures published by the Name Trust on
        # Thursday." (the part before), "apologised to patients" (noun object) then direct +
        # "she said" (pronoun for "The trust's chief executive, Dr Name"), partial after "A
        # nurse who …, and who asked not to be named, said staff were" (unnamed), "has called
        # for an urgent meeting" (noun object, not annotated)
        "Patients at St Aldhelm's Hospital in Yeovil waited an average of nine hours in A&E "
        "last month, according to figures published by the South Somerset Hospitals Trust on "
        "Thursday.\n\n"
        "The trust's chief executive, Dr Fiona Grealish, apologised to patients. “No one should "
        "spend a night on a trolley in a corridor, and I am sorry that some of our patients "
        "did,” she said.\n\n"
        "A nurse who has worked in the emergency department for twelve years, and who asked "
        "not to be named, said staff were “running on empty”.\n\n"
        "Local councillor Peter Mabbutt has called for an urgent meeting with health ministers.",
        [
            (
                I,
                [
                    "Patients at St Aldhelm's Hospital in Yeovil waited an average of nine hours "
                    "in A&E last month"
                ],
                "South Somerset Hospitals Trust",
            ),
            (
                D,
                [
                    "No one should spend a night on a trolley in a corridor, and I am sorry that "
                    "some of our patients did"
                ],
                "Fiona Grealish",
            ),
            (P, ["running on empty"], "nurse"),
        ],
    ),
    (  # 8 stage race won by a Dane, curly quotes: direct + "said the 24-year-old, who …"
        # (age) then a second quotation opening a new sentence (two direct quotes), partial
        # after "The Dane admitted he had" (nationality, only the partial)
        "Denmark's Mikkel Sørgaard won the Tour of the Peak District on Sunday, holding a "
        "14-second lead over Britain's Oliver Stanton on the final climb to Mam Tor.\n\n"
        "“That last kilometre was the longest of my life,” said the 24-year-old, who rides for "
        "the Belgian team Vlaanderen-Kempen. “My legs were screaming, but I could hear the "
        "crowd.”\n\n"
        "The Dane admitted he had “never even heard of Mam Tor” until he saw the route in "
        "January. Stanton, from nearby Buxton, finished second for the second year running.",
        [
            (D, ["That last kilometre was the longest of my life"], "Mikkel Sørgaard"),
            (D, ["My legs were screaming, but I could hear the crowd."], "Mikkel Sørgaard"),
            (P, ["never even heard of Mam Tor"], "Mikkel Sørgaard"),
        ],
    ),
    (  # 9 lantern parade cancelled: "forecasters warned of gusts" (noun object, not
        # annotated), two-sentence direct + "said Name, who has chaired …", a fronted clause
        # + ", she said." (indirect, the part before), partial after "The mayor, Councillor
        # Name, promised the town would" (only the partial)
        "Organisers of the Lowick Lantern Parade have cancelled this year's event, due on "
        "Saturday, after forecasters warned of gusts of up to 70mph.\n\n"
        '"It breaks our hearts. Four hundred children have spent six weeks making lanterns," '
        "said Bev Ostrowski, who has chaired the parade committee since 2011. Police had "
        "advised against going ahead, she said.\n\n"
        "The lanterns will instead be displayed in the town hall on Sunday afternoon. The "
        'mayor, Councillor Ray Pettifer, promised the town would "make it up to the kids" in '
        "the spring.",
        [
            (
                D,
                [
                    "It breaks our hearts. Four hundred children have spent six weeks making lanterns"
                ],
                "Bev Ostrowski",
            ),
            (I, ["Police had advised against going ahead"], "Bev Ostrowski"),
            (P, ["make it up to the kids"], "Ray Pettifer"),
        ],
    ),
    (  # 10 teenage tennis winner: two-sentence direct after "Her coach at …, Name, was not
        # surprised:" (final period kept), "The teenager, who …, told reporters she would"
        # (epithet, no "that")
        "Fourteen-year-old Amelia Okafor from Sutton Coldfield became the youngest winner of "
        "the Midlands Open on Sunday, beating the top seed, Ukraine's Daria Melnyk, 7-6, 6-3 in "
        "the final at Edgbaston.\n\n"
        'Her coach at Four Oaks Lawn Tennis Club, Steve Brannigan, was not surprised: "She '
        'hits the ball harder than most of the men I coach. She just needed to believe it."\n\n'
        "The teenager, who is in Year 10, told reporters she would be back in class on Monday "
        "morning. She will defend her title next year, when the event moves to a new venue in "
        "Solihull.",
        [
            (
                D,
                [
                    "She hits the ball harder than most of the men I coach. She just needed to "
                    "believe it."
                ],
                "Steve Brannigan",
            ),
            (I, ["she would be back in class on Monday morning"], "Amelia Okafor"),
        ],
    ),
    (  # 11 tyre plant fire: two-sentence direct + "said group manager Name, of the Name
        # Fire and Rescue Service" (rank dropped), direct + "one resident of nearby X said"
        # (unnamed), "Officials said there was" (unnamed plural)
        "A fire at a tyre recycling plant on the Westfield industrial estate in Corby sent a "
        "plume of black smoke over the town on Tuesday. Around 200 tonnes of tyres were alight "
        "at the height of the blaze.\n\n"
        'Crews are expected to remain at the site for several days. "Tyre fires are stubborn. '
        'You put them out on the surface and they keep burning underneath," said group manager '
        "Kayleigh Bristow, of the Nene Valley Fire and Rescue Service.\n\n"
        '"The smell got into everything, even the children\'s bedrooms," one resident of nearby '
        "Danesholme said.\n\n"
        "Officials said there was no evidence the fire had been started deliberately.",
        [
            (
                D,
                [
                    "Tyre fires are stubborn. You put them out on the surface and they keep "
                    "burning underneath"
                ],
                "Kayleigh Bristow",
            ),
            (D, ["The smell got into everything, even the children's bedrooms"], "resident"),
            (
                I,
                ["there was no evidence the fire had been started deliberately"],
                "officials",
            ),
        ],
    ),
    (  # 12 sprinter injured: a fronted clause + ", her club, Name, said on Friday." (the
        # part before, the club speaking), direct + "Surname wrote on social media" then a
        # second quotation opening a new sentence (two direct quotes, final period kept)
        "Sheffield sprinter Jade Whitmore-Hall will miss next summer's European Championships "
        "after scans revealed a stress fracture in her left foot, her club, Hallam Harriers, "
        "said on Friday.\n\n"
        "The 26-year-old, who won 200m bronze at the Commonwealth Games, is expected to be out "
        "for at least four months. She had also been due to open her indoor season in Glasgow in "
        "February.\n\n"
        "\"I'm gutted, there's no other word for it,\" Whitmore-Hall wrote on social media. "
        "\"But I've come back before and I'll come back again.\"",
        [
            (
                I,
                [
                    "Sheffield sprinter Jade Whitmore-Hall will miss next summer's European "
                    "Championships after scans revealed a stress fracture in her left foot"
                ],
                "Hallam Harriers",
            ),
            (D, ["I'm gutted, there's no other word for it"], "Jade Whitmore-Hall"),
            (
                D,
                ["But I've come back before and I'll come back again."],
                "Jade Whitmore-Hall",
            ),
        ],
    ),
    (  # 13 library closures: partial inside the reported speech of "The cabinet member …,
        # Cllr Name, said the council had been left with" (only the partial), "According to
        # him," (pronoun, rest of the sentence), direct + "said the founder of X, retired
        # teacher Name"
        "Four of Kirkhaven's seven public libraries will close next April under cost-cutting "
        "plans approved by the borough's cabinet on Wednesday.\n\n"
        "The cabinet member for culture, Cllr Imran Choudhury, said the council had been left "
        'with "no good options". According to him, keeping all seven branches open would cost '
        "an extra £640,000 a year.\n\n"
        "Campaigners, who delivered a 9,000-signature petition to the town hall before the "
        'meeting, packed the public gallery. "Libraries are the last warm, free place in this '
        'town where nobody asks you to buy anything," said the founder of Save Kirkhaven '
        "Libraries, retired teacher Margaret Ellery.",
        [
            (P, ["no good options"], "Imran Choudhury"),
            (
                I,
                ["keeping all seven branches open would cost an extra £640,000 a year"],
                "Imran Choudhury",
            ),
            (
                D,
                [
                    "Libraries are the last warm, free place in this town where nobody asks you "
                    "to buy anything"
                ],
                "Margaret Ellery",
            ),
        ],
    ),
    (  # 14 teenage referee abused: partial inside "The referee, 17-year-old Name, said he
        # had been called" (only the partial), two-sentence direct + "he said", "The Name
        # League said it would" (organisation, indirect)
        "A grassroots football league in Essex has banned an under-12s coach for six months "
        "after a teenage referee was verbally abused during a match in Chelmsford.\n\n"
        'The referee, 17-year-old Ethan Marsh, said he had been called "a disgrace" and '
        'followed to the car park by the coach and two parents. "I ref because I love the '
        "game. After Sunday, I don't know if I want to carry on,\" he said.\n\n"
        "The Mid-Essex Junior Football League said it would write to all 140 member clubs to "
        "remind them of the code of conduct.",
        [
            (P, ["a disgrace"], "Ethan Marsh"),
            (
                D,
                ["I ref because I love the game. After Sunday, I don't know if I want to carry on"],
                "Ethan Marsh",
            ),
            (
                I,
                ["it would write to all 140 member clubs to remind them of the code of conduct"],
                "Mid-Essex Junior Football League",
            ),
        ],
    ),
    (  # 15 cricket pavilion vandalised, curly quotes: "Police said" (unnamed body,
        # indirect), two-sentence direct + "said club secretary Name, 67, who …"
        "Volunteers at Little Haddon Cricket Club are counting the cost after vandals broke "
        "into the club's pavilion on Friday night, smashing windows and setting fire to the "
        "scorebox. The club, founded in 1887, had finished repainting the pavilion only in "
        "September.\n\n"
        "Police said two teenagers had been arrested and released on bail pending further "
        "inquiries.\n\n"
        "“We're a village club run on cake sales and goodwill. Twenty years of work went up in "
        "smoke in one night,” said club secretary Alan Brierley, 67, who has played for Little "
        "Haddon since he was nine.",
        [
            (
                I,
                ["two teenagers had been arrested and released on bail pending further inquiries"],
                "police",
            ),
            (
                D,
                [
                    "We're a village club run on cake sales and goodwill. Twenty years of work "
                    "went up in smoke in one night"
                ],
                "Alan Brierley",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout132.jsonl"),
        "heldout132",
        "h132",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
