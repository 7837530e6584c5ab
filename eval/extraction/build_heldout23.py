"""Source of the twenty-third held-out set: writes heldout23.jsonl (split "heldout23").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like regional and local news copy (city councils, mayors, regional hospitals,
schools, farmers, local businesses, transport strikes, floods, local courts, sport clubs, with
a few culture and science stories), not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.13.0 (docs/EXTRACTION.md), then
read: fixes from its errors are in 0.14.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout23.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-28"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 pedestrian town centre: incise inside « » (one quote, two spans), Mme X + "que … et que"
        "Montréjac (Haute-Garonne) — Le conseil municipal a adopté lundi soir, par 27 voix "
        "contre 8, la piétonnisation de la rue Gambetta et de la place du Marché à partir du "
        "printemps 2027. Les travaux, estimés à 2,4 millions d'euros, doivent débuter en mars "
        "et durer neuf mois.\n\n"
        "« Le centre-ville étouffe sous les voitures, a déclaré la maire, Nadine "
        "Coustal-Ferré, à l'issue de la séance. Nous voulons que les familles reviennent y "
        "flâner le samedi. »\n\n"
        "Le chef de file de l'opposition, Julien Barrière, a dénoncé « un projet de vitrine, "
        "décidé sans les commerçants ». Il a réclamé l'organisation d'une consultation des "
        "riverains avant le lancement du chantier.\n\n"
        "Mme Coustal-Ferré a répondu que trois réunions publiques avaient eu lieu depuis "
        "janvier et que l'association des commerçants avait été reçue à deux reprises. Un "
        "parking relais de 140 places doit ouvrir à l'entrée est de la ville.",
        [
            (
                D,
                [
                    "Le centre-ville étouffe sous les voitures",
                    "Nous voulons que les familles reviennent y flâner le samedi.",
                ],
                "Nadine Coustal-Ferré",
            ),
            (P, ["un projet de vitrine, décidé sans les commerçants"], "Julien Barrière"),
            (
                I,
                [
                    "trois réunions publiques avaient eu lieu depuis janvier et que "
                    "l'association des commerçants avait été reçue à deux reprises"
                ],
                "Nadine Coustal-Ferré",
            ),
        ],
    ),
    (  # 2 night closure of A&E: no-break spaces, "M. X", union as "Pour le syndicat X", -t-elle
        "Rodelles (Aveyron) — Les urgences du centre hospitalier de Rodelles seront fermées "
        "la nuit, de 20 heures à 8 heures, du 15 décembre au 5 janvier, faute d'un nombre "
        "suffisant de médecins. Le directeur de l'établissement, Thierry Valadier, a confirmé "
        "mardi cette fermeture, la troisième en deux ans.\n\n"
        "«\u00a0Nous avons tout essayé\u00a0: l'intérim, les heures supplémentaires, les "
        "renforts du CHU de Toulouse. Il manque encore onze gardes sur la période\u00a0», a "
        "expliqué M.\u00a0Valadier. Les patients seront orientés vers l'hôpital de "
        "Castelmaure, à 48 kilomètres.\n\n"
        "Pour le syndicat Santé Unie, cette décision constitue «\u00a0une mise en danger de la "
        "population\u00a0». Sa secrétaire départementale, Corinne Maillebiau, appelle à un "
        "rassemblement samedi devant l'hôpital.\n\n"
        "«\u00a0Quarante-huit kilomètres de routes de montagne en hiver, c'est une heure de "
        "trajet. Pour un infarctus, c'est beaucoup trop\u00a0», a-t-elle souligné.",
        [
            (
                D,
                [
                    "Nous avons tout essayé\u00a0: l'intérim, les heures supplémentaires, les "
                    "renforts du CHU de Toulouse. Il manque encore onze gardes sur la période"
                ],
                "Thierry Valadier",
            ),
            (P, ["une mise en danger de la population"], "Santé Unie"),
            (
                D,
                [
                    "Quarante-huit kilomètres de routes de montagne en hiver, c'est une heure "
                    "de trajet. Pour un infarctus, c'est beaucoup trop"
                ],
                "Corinne Maillebiau",
            ),
        ],
    ),
    (  # 3 farmers at the prefecture: «» without spaces, "selon la préfecture", "M. X a prévenu que"
        "Troyes — Quelque 180 tracteurs ont convergé jeudi matin vers la préfecture de "
        "l'Aube, à l'appel de l'Union des exploitants aubois, pour dénoncer les retards de "
        "versement des aides de la politique agricole commune.\n\n"
        "«Certains d'entre nous n'ont rien touché depuis le printemps. On paie les semences à "
        "crédit et les banques commencent à nous appeler», a lancé le président de l'union, "
        "Frédéric Lhuillier, juché sur la remorque d'un camion.\n\n"
        "Les manifestants ont déversé du fumier et des pneus devant les grilles avant qu'une "
        "délégation ne soit reçue en fin de matinée. Selon la préfecture, 85 % des dossiers "
        "ont déjà été payés et les derniers versements doivent intervenir avant Noël.\n\n"
        "À la sortie, M. Lhuillier a prévenu que les agriculteurs reviendraient «avec deux "
        "fois plus de tracteurs» si l'argent n'arrivait pas sur les comptes.",
        [
            (
                D,
                [
                    "Certains d'entre nous n'ont rien touché depuis le printemps. On paie les "
                    "semences à crédit et les banques commencent à nous appeler"
                ],
                "Frédéric Lhuillier",
            ),
            (
                I,
                [
                    "85 % des dossiers ont déjà été payés et les derniers versements doivent "
                    "intervenir avant Noël"
                ],
                "préfecture de l'Aube",
            ),
            (P, ["avec deux fois plus de tracteurs"], "Frédéric Lhuillier"),
        ],
    ),
    (  # 4 bus and tram strike: narrow no-break spaces, union delegate, company partial, user
        "Angers — Le trafic sera quasi nul vendredi sur le réseau de bus et de tramway Ligéo, "
        "dans l'agglomération d'Angers, en raison d'une grève des conducteurs qui réclament "
        "une revalorisation de leurs primes de nuit et de week-end.\n\n"
        "«\u202fOn travaille quand les autres dorment ou font la fête, et on nous le paie au "
        "lance-pierre\u202f», résume Karim Benhaddou, délégué de l'Union syndicale des "
        "transports urbains au dépôt de Saint-Serge, où le préavis a été voté à une large "
        "majorité.\n\n"
        "La direction de Ligéo a dénoncé un mouvement lancé «\u202fen pleine période de "
        "négociations annuelles\u202f». Un service minimal sera assuré sur la ligne A du "
        "tramway entre 7 heures et 9 heures.\n\n"
        "À l'arrêt Ralliement, la nouvelle a été accueillie avec lassitude. «\u202fC'est la "
        "deuxième fois depuis la rentrée. Je vais encore devoir poser une journée\u202f», "
        "soupirait jeudi une usagère, infirmière au CHU.",
        [
            (
                D,
                [
                    "On travaille quand les autres dorment ou font la fête, et on nous le paie "
                    "au lance-pierre"
                ],
                "Karim Benhaddou",
            ),
            (P, ["en pleine période de négociations annuelles"], "Ligéo"),
            (
                D,
                [
                    "C'est la deuxième fois depuis la rentrée. Je vais encore devoir poser une "
                    "journée"
                ],
                "usagère",
            ),
        ],
    ),
    (  # 5 flood: “ ” quotes, shopkeeper named after the quote, mayor "a annoncé qu'il", -t-il
        "Sommières (Gard) — Le Vidourle est sorti de son lit dans la nuit de mardi à "
        "mercredi, inondant les rues basses du centre ancien sous parfois 1,60 mètre d'eau. "
        "Une centaine d'habitants ont été évacués et deux personnes hélitreuillées dans la "
        "commune voisine de Salinelles.\n\n"
        "“On connaît le Vidourle, on sait qu'il monte vite. Mais là, en quarante minutes, la "
        "cave était pleine et l'eau arrivait au comptoir”, raconte Michèle Arnaud-Bessière, "
        "71 ans, qui tient une mercerie sous les arcades.\n\n"
        "Le maire, Lionel Fabrègue, a annoncé qu'il demanderait dès jeudi la reconnaissance "
        "de l'état de catastrophe naturelle pour la commune. “Il faudra des semaines pour "
        "tout nettoyer, mais personne n'a été blessé. C'est l'essentiel”, a-t-il ajouté.\n\n"
        "La vigilance orange crues a été maintenue pour la journée de jeudi sur l'ensemble du "
        "département.",
        [
            (
                D,
                [
                    "On connaît le Vidourle, on sait qu'il monte vite. Mais là, en quarante "
                    "minutes, la cave était pleine et l'eau arrivait au comptoir"
                ],
                "Michèle Arnaud-Bessière",
            ),
            (
                I,
                [
                    "il demanderait dès jeudi la reconnaissance de l'état de catastrophe "
                    "naturelle pour la commune"
                ],
                "Lionel Fabrègue",
            ),
            (
                D,
                [
                    "Il faudra des semaines pour tout nettoyer, mais personne n'a été blessé. "
                    "C'est l'essentiel"
                ],
                "Lionel Fabrègue",
            ),
        ],
    ),
    (  # 6 rugby club treasurer: "le prévenu", « A », avait-il expliqué. « B. » = two directs
        "Périgueux — L'ancien trésorier de l'Union sportive mussidanaise, Gilles Fournial, "
        "58 ans, a été condamné mercredi par le tribunal correctionnel de Périgueux à "
        "dix-huit mois d'emprisonnement avec sursis pour avoir détourné 94 000 euros des "
        "comptes du club de rugby entre 2019 et 2024.\n\n"
        "À l'audience, en octobre, le prévenu avait reconnu les faits. « J'ai voulu boucher "
        "un trou, puis un autre », avait-il expliqué, la voix brisée. « Je n'ai jamais su "
        "m'arrêter. »\n\n"
        "La procureure, Isabelle Castaing, avait décrit « un pillage méthodique » des "
        "économies d'une association qui vit des lotos et de la buvette. Elle avait requis "
        "deux ans avec sursis. Le tribunal a également prononcé une interdiction de gérer "
        "pendant cinq ans.\n\n"
        "L'actuel président du club, Serge Lacombe, s'est dit « soulagé que la page se "
        "tourne ». Le club a pu éponger l'essentiel de ses dettes grâce à un prêt de la "
        "commune.",
        [
            (D, ["J'ai voulu boucher un trou, puis un autre"], "Gilles Fournial"),
            (D, ["Je n'ai jamais su m'arrêter."], "Gilles Fournial"),
            (P, ["un pillage méthodique"], "Isabelle Castaing"),
            (P, ["soulagé que la page se tourne"], "Serge Lacombe"),
        ],
    ),
    (  # 7 class closure: parent named after the quote, "Il affirme que … « partial »", d'après
        "Bellecombe-sur-Arve (Haute-Savoie) — Une quarantaine de parents ont occupé lundi "
        "matin l'école primaire du village pour protester contre la fermeture d'une de ses "
        "quatre classes à la rentrée prochaine, annoncée la semaine dernière par la direction "
        "académique de Haute-Savoie.\n\n"
        "«\u00a0Avec trois classes, on aura des CE2 et des CM2 ensemble, à vingt-neuf élèves. "
        "Ce n'est plus de l'école, c'est de la garderie\u00a0», s'indigne Aurélie Perrissin, "
        "présidente de l'association des parents d'élèves.\n\n"
        "Le maire, Bernard Jacquemoud, soutient le mouvement. Il affirme que la commune "
        "accueillera «\u00a0au moins quinze nouvelles familles\u00a0» l'an prochain grâce à "
        "un lotissement en construction près de la gare.\n\n"
        "D'après la direction académique, les effectifs prévus, 71 élèves contre 92 il y a "
        "cinq ans, ne justifient plus le maintien de la quatrième classe. Les parents "
        "prévoient de reconduire l'occupation jeudi.",
        [
            (
                D,
                [
                    "Avec trois classes, on aura des CE2 et des CM2 ensemble, à vingt-neuf "
                    "élèves. Ce n'est plus de l'école, c'est de la garderie"
                ],
                "Aurélie Perrissin",
            ),
            (P, ["au moins quinze nouvelles familles"], "Bernard Jacquemoud"),
            (
                I,
                [
                    "les effectifs prévus, 71 élèves contre 92 il y a cinq ans, ne justifient "
                    "plus le maintien de la quatrième classe"
                ],
                "direction académique de Haute-Savoie",
            ),
        ],
    ),
    (  # 8 dairy cooperative: clause then "a annoncé X", -t-il, colon quote with period inside
        "Riom-ès-Montagnes (Cantal) — La coopérative laitière Monts et Prés, qui collecte le "
        "lait de 320 exploitations, va investir 14 millions d'euros dans une nouvelle "
        "fromagerie, a annoncé jeudi son président, Pierre-Yves Chambon.\n\n"
        "«C'est le plus gros investissement de notre histoire. Il doit nous permettre de "
        "mieux payer le lait aux producteurs», a-t-il assuré devant quelque 400 adhérents "
        "réunis en assemblée générale.\n\n"
        "Le site, dont la mise en service est prévue en 2028, doit créer 35 emplois et "
        "produire du saint-nectaire et de la fourme. La région apporte 2,5 millions "
        "d'euros.\n\n"
        "Éleveuse à Trizac, Sylvie Couderc reste prudente: «On nous promet toujours des "
        "lendemains meilleurs. Je jugerai sur la paie du lait.»",
        [
            (
                I,
                [
                    "La coopérative laitière Monts et Prés, qui collecte le lait de 320 "
                    "exploitations, va investir 14 millions d'euros dans une nouvelle fromagerie"
                ],
                "Pierre-Yves Chambon",
            ),
            (
                D,
                [
                    "C'est le plus gros investissement de notre histoire. Il doit nous "
                    "permettre de mieux payer le lait aux producteurs"
                ],
                "Pierre-Yves Chambon",
            ),
            (
                D,
                [
                    "On nous promet toujours des lendemains meilleurs. Je jugerai sur la paie du lait."
                ],
                "Sylvie Couderc",
            ),
        ],
    ),
    (  # 9 museum reopens: narrow no-break spaces, "sourit sa conservatrice", "Selon elle"
        "Montbrison (Loire) — Fermé depuis 2023 pour travaux, le musée Hippolyte-Faurel "
        "rouvre ses portes samedi avec un parcours entièrement repensé et une nouvelle salle "
        "consacrée aux peintres paysagistes du Forez.\n\n"
        "«\u202fOn avait un musée de réserves, on a désormais un musée de visite\u202f», "
        "sourit sa conservatrice, Élodie Vernassal, en montrant une série de vues des monts "
        "du Forez restaurées pour l'occasion. Selon elle, près de 60 % des œuvres exposées "
        "n'avaient pas été montrées au public depuis plus de trente ans.\n\n"
        "La rénovation a coûté 7,8 millions d'euros, dont un tiers à la charge de la ville. "
        "L'entrée sera gratuite pour les habitants de l'agglomération, et pour tous le "
        "premier dimanche de chaque mois. Un week-end d'ouverture avec concerts et visites "
        "nocturnes est prévu les 6 et 7 décembre.",
        [
            (
                D,
                ["On avait un musée de réserves, on a désormais un musée de visite"],
                "Élodie Vernassal",
            ),
            (
                I,
                [
                    "près de 60 % des œuvres exposées n'avaient pas été montrées au public "
                    "depuis plus de trente ans"
                ],
                "Élodie Vernassal",
            ),
        ],
    ),
    (  # 10 Gallo-Roman necropolis: clause then "a annoncé" + unnamed public body, "détaille"
        "Saint-Vit (Doubs) — Les fouilles menées depuis septembre sur le terrain d'une future "
        "zone d'activités ont mis au jour une nécropole gallo-romaine d'une soixantaine de "
        "sépultures, a annoncé lundi le service régional de l'archéologie.\n\n"
        "« C'est un site exceptionnel par son état de conservation. Certaines tombes "
        "contenaient encore des chaussures cloutées, des lampes à huile et des pièces de "
        "monnaie », détaille le responsable du chantier, Mathieu Girardot-Pellet. Des "
        "datations au carbone 14 doivent préciser la période d'utilisation du site.\n\n"
        "Les travaux de la zone d'activités, qui devaient commencer en janvier, sont "
        "reportés d'au moins six mois. Une journée portes ouvertes sur le chantier est "
        "prévue le 14 décembre.",
        [
            (
                I,
                [
                    "Les fouilles menées depuis septembre sur le terrain d'une future zone "
                    "d'activités ont mis au jour une nécropole gallo-romaine d'une soixantaine "
                    "de sépultures"
                ],
                "service régional de l'archéologie",
            ),
            (
                D,
                [
                    "C'est un site exceptionnel par son état de conservation. Certaines tombes "
                    "contenaient encore des chaussures cloutées, des lampes à huile et des "
                    "pièces de monnaie"
                ],
                "Mathieu Girardot-Pellet",
            ),
        ],
    ),
    (  # 11 amateur football cup run: -t-il, speech verb with noun object only, president
        "Lanvollon (Côtes-d'Armor) — L'Étoile sportive du Leff, pensionnaire de Régional 1, "
        "s'est qualifiée dimanche pour les 32es de finale de la Coupe de France en éliminant "
        "le FC Trégor-Armor, deux divisions au-dessus, aux tirs au but (1-1, 5-4).\n\n"
        "Le gardien Erwan Le Bihan, qui a arrêté deux tentatives, a dédié la qualification "
        "aux bénévoles. «\u00a0Ils tondent la pelouse, ils lavent les maillots, ils tiennent "
        "la buvette. Ce soir, c'est pour eux\u00a0», a-t-il lancé au micro de Radio "
        "Penthièvre.\n\n"
        "Devant 1 800 spectateurs, un record pour le stade municipal, l'entraîneur Gwénaël "
        "Morvan a savouré une soirée historique pour la commune de 3 000 habitants.\n\n"
        "Le tirage au sort du prochain tour aura lieu lundi soir. «\u00a0On rêve d'un club de "
        "Ligue 1, ici, chez nous. Même si on perd 6-0, ce sera la fête\u00a0», a confié le "
        "président du club, Jean-Luc Ollivier.",
        [
            (
                D,
                [
                    "Ils tondent la pelouse, ils lavent les maillots, ils tiennent la buvette. "
                    "Ce soir, c'est pour eux"
                ],
                "Erwan Le Bihan",
            ),
            (
                D,
                [
                    "On rêve d'un club de Ligue 1, ici, chez nous. Même si on perd 6-0, ce sera "
                    "la fête"
                ],
                "Jean-Luc Ollivier",
            ),
        ],
    ),
    (  # 12 rail line suspended: partial in reported speech, quote over two paragraphs, role
        "Guéret — La région Nouvelle-Aquitaine a confirmé mercredi la suspension, pour au "
        "moins dix-huit mois, des trains entre Guéret et Felletin, dont la voie est jugée "
        "trop dégradée. Les circulations s'arrêteront le 14 décembre.\n\n"
        "Le vice-président chargé des transports, Patrick Delmas-Aubier, a promis que des "
        "cars de substitution assureraient « les mêmes horaires, à quelques minutes près ».\n\n"
        "Dans les communes desservies, l'annonce passe mal. « On nous dit dix-huit mois. "
        "Mais quand une ligne ferme dans la Creuse, elle ne rouvre jamais.\n\n"
        "« Les lycéens, les personnes âgées qui vont à l'hôpital de Guéret, tous vont payer "
        "la note », a déclaré la maire de Vallière, Monique Tixier, qui a lancé une pétition "
        "en ligne.\n\n"
        "Selon l'élu régional, la remise en état des 38 kilomètres de voie coûterait 61 "
        "millions d'euros.",
        [
            (P, ["les mêmes horaires, à quelques minutes près"], "Patrick Delmas-Aubier"),
            (
                D,
                [
                    "On nous dit dix-huit mois. Mais quand une ligne ferme dans la Creuse, elle "
                    "ne rouvre jamais.",
                    "Les lycéens, les personnes âgées qui vont à l'hôpital de Guéret, tous vont "
                    "payer la note",
                ],
                "Monique Tixier",
            ),
            (
                I,
                ["la remise en état des 38 kilomètres de voie coûterait 61 millions d'euros"],
                "Patrick Delmas-Aubier",
            ),
        ],
    ),
    (  # 13 property tax rise: “ ”, "l'édile", "Pour le groupe X, “…”", noun-object speech verb
        "Dole (Jura) — Les propriétaires dolois verront leur taxe foncière augmenter de 9 % "
        "l'an prochain. Le maire, Hervé Guyon-Mairet, a présenté jeudi soir au conseil "
        "municipal un budget 2027 marqué par la hausse des coûts de l'énergie et la baisse "
        "des dotations de l'État.\n\n"
        "“Je n'ai pas été élu pour augmenter les impôts, et je ne le fais pas de gaieté de "
        "cœur”, a assuré l'édile, élu depuis 2020.\n\n"
        "Pour le groupe d'opposition Dole Demain, “la ville paie aujourd'hui dix ans de "
        "mauvaise gestion et de projets surdimensionnés”. Son président, Sébastien Lorge, a "
        "réclamé un audit indépendant des finances municipales.\n\n"
        "Le budget a été adopté par 25 voix contre 8. La hausse représentera en moyenne "
        "64 euros par foyer.",
        [
            (
                D,
                [
                    "Je n'ai pas été élu pour augmenter les impôts, et je ne le fais pas de "
                    "gaieté de cœur"
                ],
                "Hervé Guyon-Mairet",
            ),
            (
                D,
                [
                    "la ville paie aujourd'hui dix ans de mauvaise gestion et de projets "
                    "surdimensionnés"
                ],
                "Dole Demain",
            ),
        ],
    ),
    (  # 14 biscuit factory taken over by staff: employee, company statement, union partial
        "Paimpol (Côtes-d'Armor) — Le tribunal de commerce de Saint-Brieuc a validé mardi la "
        "reprise de la biscuiterie Le Goëlo par ses salariés, réunis en société "
        "coopérative. Sur les 64 emplois du site, 52 sont conservés.\n\n"
        "« Il y a un an, on pensait qu'on allait fermer. Aujourd'hui, on est nos propres "
        "patrons, et ça fait un peu peur aussi », reconnaît Nathalie Guézennec, "
        "conditionneuse depuis vingt-deux ans et nouvelle présidente de la coopérative.\n\n"
        "Le groupe agroalimentaire Delvaux, propriétaire depuis 2011, avait décidé en janvier "
        "de se séparer du site, jugé trop peu rentable. Dans un communiqué, il dit « se "
        "réjouir » de cette issue et restera client de la biscuiterie pendant trois ans.\n\n"
        "Le syndicat Solidaires Agro a salué « une victoire collective », tout en regrettant "
        "les douze suppressions de postes. La coopérative veut développer la vente en ligne "
        "et relancer la galette au beurre salé qui avait fait la réputation de la maison.",
        [
            (
                D,
                [
                    "Il y a un an, on pensait qu'on allait fermer. Aujourd'hui, on est nos "
                    "propres patrons, et ça fait un peu peur aussi"
                ],
                "Nathalie Guézennec",
            ),
            (P, ["se réjouir"], "Delvaux"),
            (P, ["une victoire collective"], "Solidaires Agro"),
        ],
    ),
    (  # 15 wind farm annulled: association president after the quote, company partial
        "Poitiers — Le tribunal administratif de Poitiers a annulé jeudi l'autorisation "
        "accordée en 2024 à la société Ventéo pour l'installation de six éoliennes à "
        "Saint-Rémy-sur-Gartempe (Vienne), en raison d'un impact sous-évalué sur le paysage "
        "d'un site classé.\n\n"
        "«\u202fC'est six ans de combat qui aboutissent. On n'est pas contre l'éolien, on est "
        "contre l'éolien n'importe où\u202f», s'est félicité le président de l'association "
        "Gartempe Paysages, Jacques Peyronnet.\n\n"
        "Ventéo a fait savoir qu'elle étudiait «\u202ftoutes les voies de recours\u202f», y "
        "compris un appel devant la cour administrative d'appel de Bordeaux.\n\n"
        "Le maire, Dominique Berland, favorable au projet, regrette pour sa part la perte de "
        "40 000 euros de recettes fiscales par an pour sa commune de 480 habitants.",
        [
            (
                D,
                [
                    "C'est six ans de combat qui aboutissent. On n'est pas contre l'éolien, on "
                    "est contre l'éolien n'importe où"
                ],
                "Jacques Peyronnet",
            ),
            (P, ["toutes les voies de recours"], "Ventéo"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 council tax: leader's direct + "she told councillors", opposition partial
        "Harwick City Council has approved a 4.9% rise in council tax, the maximum allowed "
        "without a local referendum, after a heated four-hour budget meeting on Thursday "
        "night.\n\n"
        "Council leader Maureen Ashby blamed a £12 million increase in the cost of adult "
        "social care, which now takes up almost half of the authority's spending.\n\n"
        '"Nobody in this chamber wants to put up bills in a cost-of-living crisis, but the '
        'alternative is closing libraries and cutting bin collections," she told '
        "councillors.\n\n"
        'Opposition leader Tom Reddaway accused the ruling group of "hiding behind '
        'Whitehall" instead of getting its own finances in order.\n\n'
        "The increase will add about £94 a year to the bill for a typical Band D home.",
        [
            (
                D,
                [
                    "Nobody in this chamber wants to put up bills in a cost-of-living crisis, "
                    "but the alternative is closing libraries and cutting bin collections"
                ],
                "Maureen Ashby",
            ),
            (P, ["hiding behind Whitehall"], "Tom Reddaway"),
        ],
    ),
    (  # 2 radiotherapy centre: “ ”, Dr X said: colon quote, hospital trust partial
        "A new £38 million radiotherapy centre at Dunmore General Hospital will begin "
        "treating patients in March, sparing cancer patients in the west of the county daily "
        "round trips of up to three hours.\n\n"
        "Dr Helen Okafor, the consultant oncologist who led the bid for the centre, said: "
        "“For some of our patients, the drive to Castleford every day was harder than the "
        "treatment itself. That ends in the spring.”\n\n"
        "The centre will have two linear accelerators and is expected to treat about 1,200 "
        "patients a year.\n\n"
        "Dunmore and Vale Hospitals Trust said recruitment of radiographers was “on track”, "
        "with 14 of 18 posts already filled.",
        [
            (
                D,
                [
                    "For some of our patients, the drive to Castleford every day was harder "
                    "than the treatment itself. That ends in the spring."
                ],
                "Helen Okafor",
            ),
            (P, ["on track"], "Dunmore and Vale Hospitals Trust"),
        ],
    ),
    (  # 3 bus strike: organiser after the quote, "A spokeswoman for X" partial
        "Bus services across Ellesmere will be severely disrupted from Monday after drivers "
        "at Northway Buses voted to strike for five days in a dispute over pay.\n\n"
        "Members of the United Road Transport Union rejected an offer of 4.5%, with 91% of "
        "those voting backing a walkout.\n\n"
        '"Our drivers kept this city moving through a pandemic. They are not asking for the '
        "moon, just a wage that keeps up with their rent,\" said the union's regional "
        "organiser, Dave Kinsella.\n\n"
        'A spokeswoman for Northway Buses said the company was "disappointed" by the result. '
        "A reduced timetable will run on the busiest routes.\n\n"
        "Schools have been warned that some pupils may struggle to get to lessons.",
        [
            (
                D,
                [
                    "Our drivers kept this city moving through a pandemic. They are not asking "
                    "for the moon, just a wage that keeps up with their rent"
                ],
                "Dave Kinsella",
            ),
            (P, ["disappointed"], "Northway Buses"),
        ],
    ),
    (  # 4 river flood: ‘ ’ quotes, "Flood officials said", ‘A,’ said X. ‘B.’ = two directs
        "Dozens of homes in the riverside town of Bradcombe were flooded overnight after the "
        "River Lenn burst its banks following two days of torrential rain.\n\n"
        "Flood officials said the river had peaked at 4.2 metres early on Saturday, its "
        "highest level since records began in 1968.\n\n"
        "‘I’ve lived here 40 years and never seen it come over the wall,’ said pensioner "
        "Gordon Pike, whose kitchen was under half a metre of water. ‘We got the photos and "
        "the cat upstairs and that was it.’\n\n"
        "A rest centre has been opened at the town’s leisure centre, where volunteers were "
        "handing out hot drinks and dry clothes. More rain is forecast for Sunday night.",
        [
            (
                I,
                [
                    "the river had peaked at 4.2 metres early on Saturday, its highest level "
                    "since records began in 1968"
                ],
                "flood officials",
            ),
            (
                D,
                ["I’ve lived here 40 years and never seen it come over the wall"],
                "Gordon Pike",
            ),
            (D, ["We got the photos and the cat upstairs and that was it."], "Gordon Pike"),
        ],
    ),
    (  # 5 slurry pollution: "told the court" indirect, partial in reported speech, judge colon
        "A dairy farmer has been fined £24,000 after slurry from his farm polluted a "
        "three-kilometre stretch of the River Teal, killing hundreds of trout and other "
        "fish.\n\n"
        "Martin Crowther, 61, of Hollins Farm, near Bexby, pleaded guilty at Wexham "
        "Magistrates' Court to two offences under environmental permitting rules.\n\n"
        "Prosecutor Sarah Lindqvist told the court a slurry lagoon had overflowed for at "
        "least two days before a walker raised the alarm.\n\n"
        'In mitigation, his solicitor, Peter Gaines, said Crowther was "mortified" and had '
        "since spent £60,000 on a new storage system.\n\n"
        'District Judge Amrit Sandhu said: "Farmers are custodians of the countryside. This '
        'was a failure of basic maintenance, not bad luck."',
        [
            (
                I,
                [
                    "a slurry lagoon had overflowed for at least two days before a walker raised the alarm"
                ],
                "Sarah Lindqvist",
            ),
            (P, ["mortified"], "Peter Gaines"),
            (
                D,
                [
                    "Farmers are custodians of the countryside. This was a failure of basic "
                    "maintenance, not bad luck."
                ],
                "Amrit Sandhu",
            ),
        ],
    ),
    (  # 6 village school: "The council says" (named earlier), parent colon quote
        "Parents at St Aidan's Primary School in Lowther have launched a campaign to save it "
        "after Westmoor County Council proposed merging it with a larger school four miles "
        "away.\n\n"
        "The council says falling birth rates mean the school, which has 61 pupils, will have "
        "fewer than 40 within five years.\n\n"
        "Parent Lee Marsh, whose two children attend St Aidan's, said: \"This school is the "
        "heart of the village. Close it and young families won't move here, and then you "
        'really will have no children."\n\n'
        "More than 900 people have signed a petition. A public consultation runs until 14 "
        "February, and a final decision is expected in April.",
        [
            (
                I,
                [
                    "falling birth rates mean the school, which has 61 pupils, will have fewer "
                    "than 40 within five years"
                ],
                "Westmoor County Council",
            ),
            (
                D,
                [
                    "This school is the heart of the village. Close it and young families "
                    "won't move here, and then you really will have no children."
                ],
                "Lee Marsh",
            ),
        ],
    ),
    (  # 7 hay shortage: "according to" union, farmer after the quote, union president after
        "Livestock farmers in the Marches face a winter feed shortage after the driest summer "
        "in 30 years cut hay and silage yields by as much as half, according to the Marches "
        "Farming Union.\n\n"
        "“Some of my neighbours are already selling ewes they’d normally keep, because they "
        "simply can’t feed them,” said Gwen Pritchard, who runs 600 sheep on the hills above "
        "Knighton.\n\n"
        "The price of a bale of hay has more than doubled since June, and some farmers are "
        "buying feed from as far away as Ireland.\n\n"
        "“We’re asking the Government for an emergency fund for feed and haulage. It doesn’t "
        "need to be huge. It needs to be fast,” the union’s president, Ifor Rees-Morgan, said "
        "on Tuesday.",
        [
            (
                I,
                [
                    "Livestock farmers in the Marches face a winter feed shortage after the "
                    "driest summer in 30 years cut hay and silage yields by as much as half"
                ],
                "Marches Farming Union",
            ),
            (
                D,
                [
                    "Some of my neighbours are already selling ewes they’d normally keep, "
                    "because they simply can’t feed them"
                ],
                "Gwen Pritchard",
            ),
            (
                D,
                [
                    "We’re asking the Government for an emergency fund for feed and haulage. "
                    "It doesn’t need to be huge. It needs to be fast"
                ],
                "Ifor Rees-Morgan",
            ),
        ],
    ),
    (  # 8 department store closes: "the company announced", partial, "he said"
        "Family-owned department store Hallidays will close its Market Street shop in "
        "Carnford in January after 112 years of trading, the company announced on Wednesday. "
        "All 48 staff are expected to lose their jobs.\n\n"
        "Managing director Simon Halliday, the great-grandson of its founder, said trading "
        'had become "impossible" since the opening of an out-of-town retail park in 2023.\n\n'
        "\"It's the hardest decision I've ever made, and I've made it on behalf of five "
        'generations of my family," he said.\n\n'
        "The closure leaves the town centre without a department store for the first time "
        "since 1913. One shop in five on Market Street is now empty.",
        [
            (
                I,
                [
                    "Family-owned department store Hallidays will close its Market Street shop "
                    "in Carnford in January after 112 years of trading"
                ],
                "Hallidays",
            ),
            (P, ["impossible"], "Simon Halliday"),
            (
                D,
                [
                    "It's the hardest decision I've ever made, and I've made it on behalf of "
                    "five generations of my family"
                ],
                "Simon Halliday",
            ),
        ],
    ),
    (  # 9 rugby coach sacked: club statement partial, "A," Tully said. "B." = two directs
        "Ashvale Rugby Club have sacked head coach Rhys Mortimer after a run of nine straight "
        "defeats left them bottom of the Championship.\n\n"
        'In a statement, the club thanked Mortimer for his "tireless work" over three '
        "seasons. Assistant coach Dean Pryce will take charge until the end of the "
        "campaign.\n\n"
        "Captain Ben Tully, speaking after Saturday's 31-10 defeat at Penmoor, defended his "
        "former coach.\n\n"
        '"It\'s on us as much as him. We were the ones on the pitch," Tully said. "He\'s a '
        'good man and he deserved better from this group."',
        [
            (P, ["tireless work"], "Ashvale Rugby Club"),
            (
                D,
                ["It's on us as much as him. We were the ones on the pitch"],
                "Ben Tully",
            ),
            (D, ["He's a good man and he deserved better from this group."], "Ben Tully"),
        ],
    ),
    (  # 10 theatre closes: letter quoted over two paragraphs, funder's indirect
        "The Orchard Theatre in Stallbridge will close for good in April after losing its "
        "annual grant from the Northern Arts Fund.\n\n"
        "Artistic director Kemi Adeyinka, who has run the 220-seat venue since 2015, said in "
        "a letter to audiences:\n\n"
        '"We have tried everything: fewer shows, smaller casts, a bar that opens every '
        "night. None of it closes a gap of £310,000 a year.\n\n"
        "\"I'm proud of what this little building has done for this town. I'm sorry we "
        "couldn't do more.\"\n\n"
        "The Northern Arts Fund said the theatre had not met several conditions of its "
        "funding agreement, including targets for audience numbers.",
        [
            (
                D,
                [
                    "We have tried everything: fewer shows, smaller casts, a bar that opens "
                    "every night. None of it closes a gap of £310,000 a year.",
                    "I'm proud of what this little building has done for this town. I'm sorry "
                    "we couldn't do more.",
                ],
                "Kemi Adeyinka",
            ),
            (
                I,
                [
                    "the theatre had not met several conditions of its funding agreement, "
                    "including targets for audience numbers"
                ],
                "Northern Arts Fund",
            ),
        ],
    ),
    (  # 11 meteorite in a barn: "according to Dr X", farmer "he said", "Dr X said … partial"
        "A meteorite that crashed through the roof of a barn in Upper Thursby last month is "
        "about 4.6 billion years old, older than the Earth itself, according to Dr Fiona "
        "Carrick, a planetary scientist at the University of Kelmarsh who led the "
        "analysis.\n\n"
        "Farmer Alan Shires found the fist-sized stone among broken roof tiles the morning "
        "after hearing what he thought was a gunshot.\n\n"
        '"I thought someone had been out after the pigeons. Then I saw the hole in the '
        'roof," he said.\n\n'
        'Dr Carrick said the rock was a rare carbonaceous chondrite containing "the kind of '
        'chemistry that came before planets".\n\n'
        "Mr Shires has agreed to lend it to Kelmarsh Museum, where it will go on display in "
        "the spring.",
        [
            (
                I,
                [
                    "A meteorite that crashed through the roof of a barn in Upper Thursby last "
                    "month is about 4.6 billion years old, older than the Earth itself"
                ],
                "Fiona Carrick",
            ),
            (
                D,
                [
                    "I thought someone had been out after the pigeons. Then I saw the hole in the roof"
                ],
                "Alan Shires",
            ),
            (P, ["the kind of chemistry that came before planets"], "Fiona Carrick"),
        ],
    ),
    (  # 12 catalytic converter thefts: "…, X Police said", Detective Inspector colon quote
        "Two men have been arrested after a spate of catalytic converter thefts from cars in "
        "Easthope and surrounding villages, Westmoor Police said on Monday.\n\n"
        'Detective Inspector Claire Munro said: "These thefts cost victims hundreds of '
        "pounds and leave people without a car they depend on. We are grateful to the "
        'residents who sent us their doorbell footage."\n\n'
        "The men, aged 24 and 31, have been released on bail pending further inquiries. "
        "More than 40 thefts have been reported in the area since August, most of them "
        "overnight from cars parked on driveways.",
        [
            (
                I,
                [
                    "Two men have been arrested after a spate of catalytic converter thefts "
                    "from cars in Easthope and surrounding villages"
                ],
                "Westmoor Police",
            ),
            (
                D,
                [
                    "These thefts cost victims hundreds of pounds and leave people without a "
                    "car they depend on. We are grateful to the residents who sent us their "
                    "doorbell footage."
                ],
                "Claire Munro",
            ),
        ],
    ),
    (  # 13 water main break: "according to the city's department", mayor "said … and that",
        # comma incise (one quote, two spans) with the surname alone
        "A water main break on Tuesday left about 8,000 homes in eastern Maple Falls without "
        "running water for most of the day, according to the city's Department of Public "
        "Utilities.\n\n"
        "Mayor Linda Castellanos said crews had isolated the 60-year-old pipe by "
        "mid-afternoon and that service would be restored overnight.\n\n"
        '"This is what happens when you put off replacing pipes for half a century," '
        'Castellanos told reporters at the scene, "and this city has put it off for too '
        'long."\n\n'
        "The city council is due to vote next month on a $140 million plan to replace about "
        "30 miles of aging mains over ten years. Residents were advised to boil tap water "
        "until Thursday.",
        [
            (
                I,
                [
                    "A water main break on Tuesday left about 8,000 homes in eastern Maple "
                    "Falls without running water for most of the day"
                ],
                "Department of Public Utilities",
            ),
            (
                I,
                [
                    "crews had isolated the 60-year-old pipe by mid-afternoon and that service "
                    "would be restored overnight"
                ],
                "Linda Castellanos",
            ),
            (
                D,
                [
                    "This is what happens when you put off replacing pipes for half a century",
                    "and this city has put it off for too long.",
                ],
                "Linda Castellanos",
            ),
        ],
    ),
    (  # 14 island ferry: shopkeeper after the quote, operator partial, councillor "he said"
        "Ferry sailings between the mainland and the Isle of Skerra were cancelled for a "
        "sixth day on Thursday after the route's only large vessel failed a safety "
        "inspection.\n\n"
        "Island shops have begun rationing fresh milk and bread. \"We've had one delivery in "
        'a week. People are buying what they can and sharing the rest," said Morag Beaton, '
        "who runs the general store in Kilbrae.\n\n"
        'Operator Northern Isles Ferries said repairs to the MV Skerra Lass were "progressing '
        'well".\n\n'
        'Local councillor Hugh MacInnes was unimpressed. "This happens every winter, and '
        "every winter we are told it won't happen again,\" he said.",
        [
            (
                D,
                [
                    "We've had one delivery in a week. People are buying what they can and "
                    "sharing the rest"
                ],
                "Morag Beaton",
            ),
            (P, ["progressing well"], "Northern Isles Ferries"),
            (
                D,
                ["This happens every winter, and every winter we are told it won't happen again"],
                "Hugh MacInnes",
            ),
        ],
    ),
    (  # 15 inquest: "A coroner has warned that" (named later), son's colon quote, service partial
        "A coroner has warned that more patients will die unless ambulance handover delays at "
        "Castlemere Royal Infirmary are tackled, after an inquest into the death of an "
        "84-year-old woman who waited 11 hours for help.\n\n"
        "Margaret Ellery fell at her home in Pendle Cross in January and was later found to "
        "have broken her hip. Senior coroner Andrew Thwaite recorded a narrative "
        "conclusion.\n\n"
        'Her son, Paul Ellery, said outside the court: "Mum lay on the kitchen floor all '
        'night asking for help. Nobody should die like that."\n\n'
        'North Pennine Ambulance Service said it "apologised unreservedly" to the family.',
        [
            (
                I,
                [
                    "more patients will die unless ambulance handover delays at Castlemere "
                    "Royal Infirmary are tackled"
                ],
                "Andrew Thwaite",
            ),
            (
                D,
                [
                    "Mum lay on the kitchen floor all night asking for help. Nobody should die "
                    "like that."
                ],
                "Paul Ellery",
            ),
            (P, ["apologised unreservedly"], "North Pennine Ambulance Service"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout23.jsonl"),
        "heldout23",
        "h23",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
