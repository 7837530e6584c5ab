"""Source of the eighteenth held-out set: writes heldout18.jsonl (split "heldout18").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like ordinary wire copy (AFP-style French, Reuters/AP/PA-style English), not
like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.11.0 (docs/EXTRACTION.md); not
read when this was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout18.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-27"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 Assemblée, housing bill: partial inside reported speech, -t-il, opposition partial
        "Paris — L'Assemblée nationale a adopté mardi en première lecture, par 291 voix contre "
        "247, le projet de loi sur la rénovation énergétique des logements locatifs, au terme "
        "de trois semaines de débats souvent tendus.\n\n"
        "Le ministre du Logement, Antoine Berthelin, a assuré dans l'hémicycle que le texte "
        "permettrait de sortir « un million de passoires thermiques » du parc locatif d'ici "
        "2031. « Nous ne laisserons pas les propriétaires modestes seuls face aux travaux », "
        "a-t-il ajouté, en promettant une aide renforcée pour les ménages les plus modestes.\n\n"
        "Dans l'opposition, le député Rémi Castagnède a dénoncé un calendrier « intenable » "
        "pour les petits bailleurs, dont beaucoup sont des retraités.\n\n"
        "La rapporteure du texte, Claire Vasseur-Mahé, avait fait adopter en commission un "
        "amendement repoussant de deux ans l'échéance pour les copropriétés. Le projet de loi "
        "doit être examiné par le Sénat à partir du 14 janvier.",
        [
            (P, ["un million de passoires thermiques"], "Antoine Berthelin"),
            (
                D,
                ["Nous ne laisserons pas les propriétaires modestes seuls face aux travaux"],
                "Antoine Berthelin",
            ),
            (P, ["intenable"], "Rémi Castagnède"),
        ],
    ),
    (  # 2 EU summit: two women alternating (elle), "Le Danois", noun-object non-quote
        "Bruxelles — Les dirigeants des Vingt-Sept se sont séparés vendredi à l'aube sans "
        "parvenir à un accord sur le financement du futur fonds européen pour les réseaux "
        "électriques, après plus de dix-huit heures de négociations.\n\n"
        "«\u00a0Nous sommes plus près d'un accord qu'il y a un mois, mais nous n'y sommes "
        "pas\u00a0», a reconnu devant la presse le président du Conseil européen, Henrik "
        "Aldegaard. Le Danois n'a pas exclu la convocation d'un sommet extraordinaire en "
        "février.\n\n"
        "Plusieurs pays du Nord refusent tout nouvel emprunt commun. «\u00a0Ce n'est pas à nos "
        "contribuables de payer pour des câbles qui ne traversent pas notre territoire\u00a0», "
        "a tranché la Première ministre néerlandaise, Femke Oudendijk, en quittant le "
        "bâtiment Europa.\n\n"
        "Son homologue portugaise, Inês Carvalhal, a au contraire plaidé pour un fonds doté "
        "d'au moins 40 milliards d'euros. «\u00a0Sans interconnexions, la péninsule restera "
        "une île électrique\u00a0», a-t-elle insisté.",
        [
            (
                D,
                ["Nous sommes plus près d'un accord qu'il y a un mois, mais nous n'y sommes pas"],
                "Henrik Aldegaard",
            ),
            (
                D,
                [
                    "Ce n'est pas à nos contribuables de payer pour des câbles qui ne "
                    "traversent pas notre territoire"
                ],
                "Femke Oudendijk",
            ),
            (
                D,
                ["Sans interconnexions, la péninsule restera une île électrique"],
                "Inês Carvalhal",
            ),
        ],
    ),
    (  # 3 regional rail strike: indirect with speaker after the cue, colon quote without spaces
        "Nantes — Le trafic ferroviaire régional était fortement perturbé jeudi dans les Pays "
        "de la Loire, au deuxième jour d'une grève des contrôleurs lancée par l'Union "
        "syndicale des cheminots (USC) pour réclamer des recrutements.\n\n"
        "Seul un train sur trois circulait entre Nantes et Angers, a indiqué Rail Atlantique, "
        "l'exploitant du réseau, dans un communiqué. Des cars de substitution ont été mis en "
        "place sur les lignes de Cholet et de Châteaubriant.\n\n"
        "Le secrétaire régional de l'USC, Patrick Lemonnier, ne l'entend pas ainsi : «Cela "
        "fait deux ans qu'on nous promet des embauches. Sur certaines lignes, il n'y a plus "
        "qu'un contrôleur pour quatre trains.» Il a annoncé la reconduction du mouvement au "
        "moins jusqu'à lundi.\n\n"
        "Une réunion de négociation est prévue le 9 décembre au siège de la région.",
        [
            (I, ["Seul un train sur trois circulait entre Nantes et Angers"], "Rail Atlantique"),
            (
                D,
                [
                    "Cela fait deux ans qu'on nous promet des embauches. Sur certaines lignes, "
                    "il n'y a plus qu'un contrôleur pour quatre trains."
                ],
                "Patrick Lemonnier",
            ),
        ],
    ),
    (  # 4 Geneva embezzlement trial: speaker after long quote, quoted judgment, "la procureure"
        "Genève — Le Tribunal criminel a condamné lundi à six ans de prison un ancien "
        "gestionnaire de fortune de 52 ans, reconnu coupable d'avoir détourné près de 14 "
        "millions de francs appartenant à une quarantaine de clients.\n\n"
        "La procureure Anne-Laure Dufaux avait requis huit ans de prison.\n\n"
        "«\u202fMon client a reconnu les faits dès sa première audition. Il a collaboré, il a "
        "remboursé ce qu'il pouvait, il a vendu sa maison. Le tribunal n'en a tenu qu'un "
        "compte très partiel\u202f», a regretté à l'issue de l'audience son avocat, Me Olivier "
        "Perrenoud. Le jugement peut faire l'objet d'un appel.\n\n"
        "Le tribunal a retenu l'abus de confiance aggravé et le faux dans les titres. Selon "
        "le jugement, l'accusé a agi «\u202fpar appât du gain et par orgueil\u202f».\n\n"
        "La procureure s'est dite satisfaite d'une peine «\u202fqui reflète la gravité des "
        "faits\u202f».",
        [
            (
                D,
                [
                    "Mon client a reconnu les faits dès sa première audition. Il a collaboré, "
                    "il a remboursé ce qu'il pouvait, il a vendu sa maison. Le tribunal n'en a "
                    "tenu qu'un compte très partiel"
                ],
                "Olivier Perrenoud",
            ),
            (P, ["par appât du gain et par orgueil"], "Tribunal criminel"),
            (P, ["qui reflète la gravité des faits"], "Anne-Laure Dufaux"),
        ],
    ),
    (  # 5 Montréal heat report: organisation writes, a expliqué que, -t-elle; curly quotes
        "Montréal — Les vagues de chaleur extrême pourraient devenir cinq fois plus fréquentes "
        "dans le sud du Québec d'ici 2050 si les émissions mondiales ne diminuent pas. C'est "
        "la principale conclusion d'un rapport publié mercredi par l'Institut québécois du "
        "climat (IQC).\n\n"
        "“Les étés que nous avons connus en 2025 deviendront la norme, pas l'exception”, "
        "écrit l'IQC dans ce document de 180 pages, qui recommande de multiplier les îlots de "
        "fraîcheur dans les quartiers les plus densément bâtis.\n\n"
        "La directrice scientifique de l'Institut, Geneviève Thibodeau, a expliqué en "
        "conférence de presse que les personnes âgées vivant seules restaient les plus "
        "exposées. “On sait où sont les gens vulnérables. Ce qui manque, c'est la volonté "
        "d'aller cogner à leur porte”, a-t-elle lancé.\n\n"
        "Le ministre de l'Environnement, Marc-Antoine Leblanc, a promis un plan d'adaptation "
        "avant l'été.",
        [
            (
                D,
                ["Les étés que nous avons connus en 2025 deviendront la norme, pas l'exception"],
                "Institut québécois du climat",
            ),
            (
                I,
                ["les personnes âgées vivant seules restaient les plus exposées"],
                "Geneviève Thibodeau",
            ),
            (
                D,
                [
                    "On sait où sont les gens vulnérables. Ce qui manque, c'est la volonté "
                    "d'aller cogner à leur porte"
                ],
                "Geneviève Thibodeau",
            ),
        ],
    ),
    (  # 6 food group results: "le PDG" apposition, colon quote, noun objects not quotes
        "Paris — Le groupe agroalimentaire Vernaison a annoncé jeudi un bénéfice net de 412 "
        "millions d'euros pour son exercice 2025-2026, en recul de 18 % sur un an, pénalisé par "
        "la flambée des prix du cacao et la baisse des volumes en Europe du Sud.\n\n"
        "Le chiffre d'affaires a atteint 6,8 milliards d'euros, stable à périmètre constant. "
        "L'action perdait 4,2 % à la Bourse de Paris en fin de matinée.\n\n"
        "«\u00a0L'année a été difficile, je ne vais pas le cacher\u00a0», a reconnu le PDG, "
        "Hugues Delaroche, lors d'une conférence téléphonique avec les analystes.\n\n"
        "La directrice financière, Sabine Kowalczyk, a confirmé l'objectif d'une dette nette "
        "ramenée sous les 2 milliards d'euros d'ici fin 2027. Elle a exclu toute cession "
        "d'envergure\u00a0: «\u00a0Nos marques ne sont pas à vendre.\u00a0»\n\n"
        "Le dividende sera maintenu à 1,40 euro par action.",
        [
            (D, ["L'année a été difficile, je ne vais pas le cacher"], "Hugues Delaroche"),
            (D, ["Nos marques ne sont pas à vendre."], "Sabine Kowalczyk"),
        ],
    ),
    (  # 7 Dakar municipal results: "son président", partial in reported speech, s'est félicitée
        "Dakar — La Commission électorale nationale autonome (CENA) a proclamé dimanche soir "
        "les résultats provisoires des élections municipales, marquées par une nette "
        "progression de l'opposition dans la capitale et à Thiès.\n\n"
        "Le taux de participation s'est établi à 47,3 %, a annoncé son président, Mamadou "
        "Lamine Sarr, lors d'une déclaration retransmise par la télévision publique.\n\n"
        "À Dakar, la coalition Sénégal Debout revendique 11 des 19 communes. « Les Dakarois "
        "ont voulu tourner une page », s'est félicitée sa tête de liste, Aminata Diallo-Ndour, "
        "devant ses partisans réunis place de la Nation.\n\n"
        "Du côté du pouvoir, le porte-parole du gouvernement, Cheikh Tidiane Bâ, a estimé que "
        "ces résultats ne remettaient « en rien » en cause la majorité présidentielle. Les "
        "recours doivent être déposés avant mercredi.",
        [
            (I, ["Le taux de participation s'est établi à 47,3 %"], "Mamadou Lamine Sarr"),
            (D, ["Les Dakarois ont voulu tourner une page"], "Aminata Diallo-Ndour"),
            (P, ["en rien"], "Cheikh Tidiane Bâ"),
        ],
    ),
    (  # 8 Ligue 2 football: "le buteur", two coaches alternating with -t-il
        "Le FC Val-de-Loire a conservé la tête de la Ligue 2 en s'imposant 2-1 samedi sur la "
        "pelouse de l'AS Carnoules, grâce à un doublé de son attaquant Yanis Belkacem.\n\n"
        "«\u202fOn savait que ce serait un match de combat. On a souffert en première période, "
        "mais on n'a jamais lâché\u202f», a déclaré le buteur au micro de la chaîne qui "
        "diffusait la rencontre.\n\n"
        "Son entraîneur, Didier Moreau-Vial, s'est montré plus mesuré. «\u202fIl reste vingt "
        "matchs. Personne ne monte en novembre\u202f», a-t-il rappelé en conférence de "
        "presse.\n\n"
        "Côté varois, l'entraîneur Franck Aubanel a contesté le penalty accordé à la 71e "
        "minute. «\u202fJe ne comprends pas. Il n'y a rien, le joueur tombe tout seul\u202f», "
        "a-t-il pesté.\n\n"
        "Carnoules reste quinzième, avec deux points d'avance sur la zone de relégation.",
        [
            (
                D,
                [
                    "On savait que ce serait un match de combat. On a souffert en première "
                    "période, mais on n'a jamais lâché"
                ],
                "Yanis Belkacem",
            ),
            (D, ["Il reste vingt matchs. Personne ne monte en novembre"], "Didier Moreau-Vial"),
            (
                D,
                ["Je ne comprends pas. Il n'y a rien, le joueur tombe tout seul"],
                "Franck Aubanel",
            ),
        ],
    ),
    (  # 9 Beirut blackout: company after the cue, anonymous official, speaker after quote
        "Beyrouth — La quasi-totalité du Liban était privée d'électricité mardi après l'arrêt "
        "des deux dernières centrales thermiques encore en service, faute de fuel, a annoncé "
        "la compagnie publique Électricité du Levant.\n\n"
        "Une cargaison de 40 000 tonnes est attendue au port de Tripoli. Mais un responsable "
        "du ministère de l'Énergie, s'exprimant sous couvert d'anonymat, a reconnu que le "
        "paiement du fournisseur n'avait «toujours pas été débloqué».\n\n"
        "Au Parlement, la séance a tourné à l'invective. «Depuis cinq ans, on nous promet des "
        "bateaux. Les Libanais ne s'éclairent pas avec des promesses», a lancé le député "
        "indépendant Karim Saadé, sous les applaudissements d'une partie de l'hémicycle.\n\n"
        "Dans les quartiers de Beyrouth, les générateurs privés ont pris le relais, à des "
        "tarifs qui ont doublé en un mois.",
        [
            (
                I,
                [
                    "La quasi-totalité du Liban était privée d'électricité mardi après l'arrêt "
                    "des deux dernières centrales thermiques encore en service, faute de fuel"
                ],
                "Électricité du Levant",
            ),
            (P, ["toujours pas été débloqué"], "responsable du ministère de l'Énergie"),
            (
                D,
                [
                    "Depuis cinq ans, on nous promet des bateaux. Les Libanais ne s'éclairent "
                    "pas avec des promesses"
                ],
                "Karim Saadé",
            ),
        ],
    ),
    (  # 10 Belgian national strike: two quotes, the second unattributed in its own paragraph
        "Bruxelles — Trains à l'arrêt, écoles fermées, aéroport paralysé\u00a0: la Belgique a "
        "connu lundi sa quatrième journée de grève nationale depuis la rentrée contre la "
        "réforme des pensions du gouvernement fédéral. La police a compté 60 000 manifestants "
        "dans la capitale.\n\n"
        "«\u00a0Ce gouvernement veut nous faire travailler jusqu'à 67 ans tout en rabotant les "
        "pensions. C'est non\u00a0», a lancé à la tribune la présidente du Front syndical uni, "
        "Martine Deprez-Lambert.\n\n"
        "«\u00a0Et si on ne nous écoute pas, nous reviendrons en janvier, en février, et aussi "
        "longtemps qu'il le faudra.\u00a0»\n\n"
        "Le Premier ministre, Jeroen Van Hecke, n'a pas réagi dans la journée. Un conseil des "
        "ministres restreint est prévu mercredi.",
        [
            (
                D,
                [
                    "Ce gouvernement veut nous faire travailler jusqu'à 67 ans tout en rabotant "
                    "les pensions. C'est non"
                ],
                "Martine Deprez-Lambert",
            ),
            (
                D,
                [
                    "Et si on ne nous écoute pas, nous reviendrons en janvier, en février, et "
                    "aussi longtemps qu'il le faudra."
                ],
                "Martine Deprez-Lambert",
            ),
        ],
    ),
    (  # 11 Montréal film festival: titles in « » are not quotes; jury; "la lauréate"; selon
        "Montréal — Le long métrage «\u00a0Les Saisons de Rose-Aimée\u00a0», de la cinéaste "
        "gaspésienne Julie Arsenault, a remporté samedi le Grand Prix du Festival du cinéma "
        "francophone des Amériques, à l'issue d'une dixième édition record.\n\n"
        "Le jury, présidé par le réalisateur belge Luc Verhaegen, a salué «\u00a0une œuvre "
        "d'une pudeur bouleversante\u00a0» sur le deuil et la transmission entre "
        "générations.\n\n"
        "«\u00a0Je l'ai tourné avec ma grand-mère en tête, du début à la fin. Elle aurait ri "
        "de me voir ici en robe\u00a0», a confié la lauréate, visiblement émue, en recevant son "
        "trophée.\n\n"
        "Le film, qui sortira en salle au Québec le 6 février, n'a pas encore de distributeur "
        "en France. Selon sa productrice, Caroline Vézina, des discussions sont en cours avec "
        "deux sociétés parisiennes.\n\n"
        "Le prix du public est allé au documentaire «\u00a0Ce qui reste de la rivière\u00a0», "
        "consacré aux derniers pêcheurs d'anguille du lac Saint-Pierre.",
        [
            (P, ["une œuvre d'une pudeur bouleversante"], "jury"),
            (
                D,
                [
                    "Je l'ai tourné avec ma grand-mère en tête, du début à la fin. Elle aurait "
                    "ri de me voir ici en robe"
                ],
                "Julie Arsenault",
            ),
            (
                I,
                ["des discussions sont en cours avec deux sociétés parisiennes"],
                "Caroline Vézina",
            ),
        ],
    ),
    (  # 12 Geneva heat-at-work report: selon un rapport, "Le directeur général", unclosed «
        "Genève — Plus de 2,4 millions de travailleurs ont été exposés l'an dernier à des "
        "chaleurs dangereuses sur leur lieu de travail en Europe, selon un rapport publié "
        "jeudi par le Bureau international de la santé au travail (BIST).\n\n"
        "Son directeur général, le Chilien Rodrigo Fuentealba, a présenté le document au "
        "Palais des Nations. « Nous savons exactement quand les accidents se produisent : entre "
        "14 h et 17 h, au-delà de 33 degrés. Il ne s'agit pas d'une fatalité », a-t-il "
        "déclaré.\n\n"
        "Le directeur général a reconnu que seuls quatre pays européens disposaient "
        "aujourd'hui de seuils de température au-delà desquels le travail en extérieur est "
        "suspendu.\n\n"
        "Sur un chantier du quartier des Eaux-Vives, l'équipe commence désormais à l'aube. "
        "« On boit trois litres d'eau par jour et on fait comme on peut, explique un maçon, "
        "casquette vissée sur la tête.",
        [
            (
                I,
                [
                    "Plus de 2,4 millions de travailleurs ont été exposés l'an dernier à des "
                    "chaleurs dangereuses sur leur lieu de travail en Europe"
                ],
                "Bureau international de la santé au travail",
            ),
            (
                D,
                [
                    "Nous savons exactement quand les accidents se produisent : entre 14 h et "
                    "17 h, au-delà de 33 degrés. Il ne s'agit pas d'une fatalité"
                ],
                "Rodrigo Fuentealba",
            ),
            (
                I,
                [
                    "seuls quatre pays européens disposaient aujourd'hui de seuils de "
                    "température au-delà desquels le travail en extérieur est suspendu"
                ],
                "Rodrigo Fuentealba",
            ),
            (D, ["On boit trois litres d'eau par jour et on fait comme on peut"], "maçon"),
        ],
    ),
    (  # 13 Commission antitrust fine: role after long quote, "Selon elle", company partial
        "Bruxelles — La Commission européenne a infligé mercredi une amende de 382 millions "
        "d'euros au groupe de messagerie Fretlink, accusé d'avoir abusé de sa position "
        "dominante sur le marché de la livraison de colis aux entreprises en Europe "
        "centrale.\n\n"
        "«\u202fPendant six ans, Fretlink a imposé à ses clients des clauses d'exclusivité "
        "qui fermaient la porte à toute concurrence\u202f», a déclaré la commissaire chargée "
        "de la Concurrence, Katarina Lindqvist-Hale, lors d'un point de presse. Selon elle, "
        "les prix pratiqués dans la région ont été supérieurs de 15 à 20 % à ceux du reste du "
        "marché intérieur.\n\n"
        "Dans un communiqué, Fretlink a dit «\u202fcontester fermement\u202f» la décision et "
        "annoncé un recours devant le Tribunal de l'Union européenne.\n\n"
        "L'enquête avait été ouverte en 2022 après une plainte de plusieurs transporteurs "
        "polonais et tchèques.",
        [
            (
                D,
                [
                    "Pendant six ans, Fretlink a imposé à ses clients des clauses d'exclusivité "
                    "qui fermaient la porte à toute concurrence"
                ],
                "Katarina Lindqvist-Hale",
            ),
            (
                I,
                [
                    "les prix pratiqués dans la région ont été supérieurs de 15 à 20 % à ceux "
                    "du reste du marché intérieur"
                ],
                "Katarina Lindqvist-Hale",
            ),
            (P, ["contester fermement"], "Fretlink"),
        ],
    ),
    (  # 14 Dakar floods: d'après un bilan de X, -t-il assuré, resident named after quote
        "Dakar — Au moins sept personnes sont mortes et plus de 3 000 familles ont été "
        "sinistrées après les pluies diluviennes tombées dans la nuit de samedi à dimanche "
        "sur la région de Dakar, d'après un bilan provisoire de la protection civile.\n\n"
        "Il est tombé 168 millimètres d'eau en moins de six heures à Pikine, un record depuis "
        "1989.\n\n"
        "Le ministre de l'Hydraulique et de l'Assainissement, Ousmane Faye, s'est rendu "
        "dimanche après-midi à Keur Massar, l'un des quartiers les plus touchés. « Les bassins "
        "de rétention ont fonctionné, mais ils ont été dépassés par un volume d'eau "
        "exceptionnel », a-t-il assuré aux journalistes.\n\n"
        "L'explication ne convainc pas les habitants. « Chaque année, c'est la même chose. On "
        "nous parle de bassins, et nous, on vide nos maisons au seau », s'emporte Fatou Sow, "
        "commerçante de 44 ans, dont le rez-de-chaussée est toujours inondé.",
        [
            (
                I,
                [
                    "Au moins sept personnes sont mortes et plus de 3 000 familles ont été "
                    "sinistrées après les pluies diluviennes tombées dans la nuit de samedi à "
                    "dimanche sur la région de Dakar"
                ],
                "protection civile",
            ),
            (
                D,
                [
                    "Les bassins de rétention ont fonctionné, mais ils ont été dépassés par un "
                    "volume d'eau exceptionnel"
                ],
                "Ousmane Faye",
            ),
            (
                D,
                [
                    "Chaque année, c'est la même chose. On nous parle de bassins, et nous, on "
                    "vide nos maisons au seau"
                ],
                "Fatou Sow",
            ),
        ],
    ),
    (  # 15 Paris marathon: "la lauréate", rival then -t-elle; quote contains a colon
        "Paris — La Française Léa Marchetti a remporté dimanche le marathon de Paris en "
        "2 h 22 min 41 s, devenant la première athlète tricolore à s'imposer sur l'épreuve "
        "depuis 1997. Chez les hommes, l'Éthiopien Dawit Alemu s'est imposé au sprint.\n\n"
        "Dans les derniers kilomètres, la Lyonnaise de 29 ans a décroché la Kényane Ruth "
        "Chebet, qui menait depuis le 30e kilomètre. «À la Concorde, je me suis dit : c'est "
        "maintenant ou jamais. J'avais mal partout, mais je n'allais pas laisser passer ça», "
        "a raconté la lauréate.\n\n"
        "Deuxième à 38 secondes, Chebet boitait légèrement à l'arrivée. «Léa a été plus forte "
        "aujourd'hui. Je reviendrai», a-t-elle souri.\n\n"
        "L'édition 2027 comptera 60 000 dossards, contre 55 000 cette année.",
        [
            (
                D,
                [
                    "À la Concorde, je me suis dit : c'est maintenant ou jamais. J'avais mal "
                    "partout, mais je n'allais pas laisser passer ça"
                ],
                "Léa Marchetti",
            ),
            (D, ["Léa a été plus forte aujourd'hui. Je reviendrai"], "Ruth Chebet"),
        ],
    ),
]

# English uses straight "…", curly “…” and British single ‘…’ marks.
EN: list[Item] = [
    (  # 1 central bank cut: quote split by an attribution, analyst partial in reported speech
        "OTTAWA — Canada's central bank cut its benchmark interest rate by a quarter point to "
        "2.5% on Wednesday, its third reduction this year, as the labour market continued to "
        "weaken.\n\n"
        '"The economy is running below its potential and we expect that to persist into next '
        'year," Governor Miriam Achterberg told reporters after the decision. "We are not on a '
        'preset path."\n\n'
        "Inflation stood at 2.1% in October, close to the bank's target. Most economists "
        "polled ahead of the announcement had expected the cut.\n\n"
        'Derek Holloway, chief economist at Lakehead Securities, said the bank had "clearly '
        'left the door open" to another move in January, when it will also publish updated '
        "forecasts.",
        [
            (
                D,
                [
                    "The economy is running below its potential and we expect that to persist "
                    "into next year",
                    "We are not on a preset path.",
                ],
                "Miriam Achterberg",
            ),
            (P, ["clearly left the door open"], "Derek Holloway"),
        ],
    ),
    (  # 2 supermarket profit warning: ", it said in a statement", dash-introduced quote, analyst
        "LONDON — Shares in Brackwell, Britain's fourth-largest supermarket chain, fell 7% on "
        "Thursday after the company cut its full-year profit forecast, blaming higher wage "
        "costs and a price war on fresh food.\n\n"
        "The group now expects underlying pre-tax profit of between £410 million and £430 "
        "million for the year to February, down from a previous range of £460 million to £480 "
        "million, it said in a statement.\n\n"
        'Chief executive Alison Fairweather was blunt on a call with analysts — "We got the '
        'summer wrong on pricing, and we are paying for it now."\n\n'
        '"It\'s a credibility problem more than a profit problem," said Rupert Allingham, an '
        'analyst at Seaton Rowe. "This is the second downgrade in six months."',
        [
            (
                I,
                [
                    "The group now expects underlying pre-tax profit of between £410 million "
                    "and £430 million for the year to February, down from a previous range of "
                    "£460 million to £480 million"
                ],
                "Brackwell",
            ),
            (
                D,
                ["We got the summer wrong on pricing, and we are paying for it now."],
                "Alison Fairweather",
            ),
            (
                D,
                [
                    "It's a credibility problem more than a profit problem",
                    "This is the second downgrade in six months.",
                ],
                "Rupert Allingham",
            ),
        ],
    ),
    (  # 3 appeals court, age checks: judge's opinion partial, "she wrote" incise, spokeswoman
        "WASHINGTON — A federal appeals court on Tuesday blocked a Kansas law that would have "
        "required social media platforms to verify the age of every user before they could "
        "open an account.\n\n"
        'Writing for the 2-1 majority, Judge Patricia Okonkwo-Reyes said the law "sweeps in '
        'vast amounts of protected speech" and places burdens on adults that the state had '
        "failed to justify.\n\n"
        '"The state\'s interest in protecting minors is real and important," she wrote. "But '
        'it cannot be pursued by building a checkpoint at the door of the internet."\n\n'
        "Judge Raymond Tuttle dissented.\n\n"
        "A spokeswoman for Kansas Attorney General Douglas Pryor said the office was reviewing "
        "the decision and weighing an appeal to the full court.",
        [
            (P, ["sweeps in vast amounts of protected speech"], "Patricia Okonkwo-Reyes"),
            (
                D,
                [
                    "The state's interest in protecting minors is real and important",
                    "But it cannot be pursued by building a checkpoint at the door of the "
                    "internet.",
                ],
                "Patricia Okonkwo-Reyes",
            ),
            (
                I,
                ["the office was reviewing the decision and weighing an appeal to the full court"],
                "Douglas Pryor",
            ),
        ],
    ),
    (  # 4 Lake Victoria talks: two women ministers, partial in reported speech, "she said"
        "NAIROBI — Kenya and Tanzania agreed on Friday to set up a joint commission to settle "
        "a long-running dispute over fishing rights on Lake Victoria, after two days of talks "
        "in Nairobi.\n\n"
        "Kenya's foreign minister, Grace Wanjiru Mbugua, told reporters that fishermen "
        'detained on both sides would be released "as a gesture of goodwill".\n\n'
        'Her Tanzanian counterpart, Halima Said Mrisho, struck a more cautious note. "We have '
        'agreed on a method, not on a solution," she said. "The hard work starts now."\n\n'
        "Fishermen's groups on the Kenyan shore say more than 140 of their members have been "
        "arrested since January.",
        [
            (P, ["as a gesture of goodwill"], "Grace Wanjiru Mbugua"),
            (
                D,
                ["We have agreed on a method, not on a solution", "The hard work starts now."],
                "Halima Said Mrisho",
            ),
            (
                I,
                ["more than 140 of their members have been arrested since January"],
                "Fishermen's groups",
            ),
        ],
    ),
    (  # 5 Sydney hailstorm: "according to", resident named after first piece, minister
        "SYDNEY — A severe storm tore through Sydney's western suburbs on Monday evening, "
        "bringing down trees and power lines and leaving more than 90,000 homes without "
        "electricity.\n\n"
        "Hailstones the size of golf balls fell in Penrith and St Marys, according to the "
        "weather bureau, which recorded a wind gust of 107 km/h at Badgerys Creek.\n\n"
        "“It sounded like someone was throwing bricks at the house,” said Leanne Costigan, "
        "whose car windscreen was shattered in her driveway in Cambridge Park. “The kids were "
        "terrified.”\n\n"
        "Emergency Services Minister Jodie Falconer said crews from Newcastle and Wollongong "
        "were being sent to help with the clean-up, which was expected to take several days.",
        [
            (
                I,
                ["Hailstones the size of golf balls fell in Penrith and St Marys"],
                "weather bureau",
            ),
            (
                D,
                [
                    "It sounded like someone was throwing bricks at the house",
                    "The kids were terrified.",
                ],
                "Leanne Costigan",
            ),
            (
                I,
                [
                    "crews from Newcastle and Wollongong were being sent to help with the "
                    "clean-up, which was expected to take several days"
                ],
                "Jodie Falconer",
            ),
        ],
    ),
    (  # 6 Delhi municipal by-elections: party president, rival's partial in reported speech
        "NEW DELHI — The opposition Lok Pragati Party won 14 of 22 seats in by-elections to "
        "the Delhi municipal corporation, results released on Sunday showed, dealing a setback "
        "to the city's ruling alliance months before the mayoral vote. Turnout was 51.8%.\n\n"
        '"People have voted on water and garbage, not on slogans," party president Anjali '
        "Khurana told supporters gathered at the party's offices in Karol Bagh.\n\n"
        "The ruling alliance's Delhi chief, Vikram Sethi, said the results reflected \"local "
        'factors" and would have no bearing on the mayoral election in March. Counting in two '
        "wards was delayed by a power cut.",
        [
            (D, ["People have voted on water and garbage, not on slogans"], "Anjali Khurana"),
            (P, ["local factors"], "Vikram Sethi"),
        ],
    ),
    (  # 7 Championship football: manager named by surname after long quote, rival "he", club
        "Brentmoor Rovers slipped to a 3-0 defeat at home to Castleford Town in the "
        "Championship on Saturday, with striker Jamal Okafor scoring twice in four minutes "
        "early in the second half.\n\n"
        "\"We didn't turn up. I can stand here and talk about the referee or the pitch, but the "
        'truth is they wanted it more than us and you could see it from the first whistle," '
        "Brentmoor manager Kevin Doyle said.\n\n"
        "Castleford boss Ian Marchant praised Okafor, who now has nine league goals this "
        "season. \"He's the best finisher I've worked with, and I've worked with a few,\" he "
        "said.\n\n"
        "Brentmoor said defender Lewis Hartley had suffered a suspected broken ankle and would "
        "have a scan on Monday.",
        [
            (
                D,
                [
                    "We didn't turn up. I can stand here and talk about the referee or the "
                    "pitch, but the truth is they wanted it more than us and you could see it "
                    "from the first whistle"
                ],
                "Kevin Doyle",
            ),
            (
                D,
                ["He's the best finisher I've worked with, and I've worked with a few"],
                "Ian Marchant",
            ),
            (
                I,
                [
                    "defender Lewis Hartley had suffered a suspected broken ankle and would "
                    "have a scan on Monday"
                ],
                "Brentmoor Rovers",
            ),
        ],
    ),
    (  # 8 care-home theft sentencing: "told the court", judge partial, colon quote
        "A former care home manager who stole more than £180,000 from elderly residents has "
        "been jailed for five years.\n\n"
        "Sandra Pilkington, 58, used residents' bank cards to pay for holidays, a car and home "
        "improvements over four years, prosecutor Neil Barraclough told Leeds Crown Court.\n\n"
        'Sentencing her on Friday, Judge Martin Cavendish said she had committed "a grotesque '
        'breach of trust against people who could not speak up for themselves".\n\n'
        'Detective Constable Aisha Rahman, of West Yorkshire Police, said: "Pilkington '
        "targeted the most vulnerable people imaginable. I hope today brings some comfort to "
        'the families."',
        [
            (
                I,
                [
                    "Sandra Pilkington, 58, used residents' bank cards to pay for holidays, a car "
                    "and home improvements over four years"
                ],
                "Neil Barraclough",
            ),
            (
                P,
                [
                    "a grotesque breach of trust against people who could not speak up for "
                    "themselves"
                ],
                "Martin Cavendish",
            ),
            (
                D,
                [
                    "Pilkington targeted the most vulnerable people imaginable. I hope today "
                    "brings some comfort to the families."
                ],
                "Aisha Rahman",
            ),
        ],
    ),
    (  # 9 India-Indonesia talks: spokesman partial, "he said" + partial, minister "she told"
        "NEW DELHI — India and Indonesia agreed on Wednesday to double bilateral trade to $60 "
        "billion by 2030 and to hold yearly naval exercises in the Andaman Sea, after talks "
        "between their foreign ministers in the Indian capital.\n\n"
        "Indian foreign ministry spokesman Arvind Kulkarni told a regular briefing that the "
        'visit had been "substantive and forward-looking". Officials from both sides are due '
        "to meet again in January to discuss palm oil tariffs.\n\n"
        "Indonesia's foreign minister, Ratna Sari Wulandari, described the naval agreement "
        'as a turning point. "Our navies have been neighbours for centuries. It is time they '
        'trained together," she told reporters before flying to Mumbai.',
        [
            (P, ["substantive and forward-looking"], "Arvind Kulkarni"),
            (
                D,
                ["Our navies have been neighbours for centuries. It is time they trained together"],
                "Ratna Sari Wulandari",
            ),
        ],
    ),
    (  # 10 elephant census: "according to" + relative clause, speaker named mid-quote, "He said"
        "NAIROBI — The elephant population of the Tsavo-Mkomazi ecosystem has risen by 12% in "
        "three years to about 14,700 animals, the highest count since aerial surveys began in "
        "1988.\n\n"
        "The survey also recorded 1,120 elephant carcasses, fewer than half the number found "
        "in 2021, according to the Rift Valley Conservation Trust, which led the count.\n\n"
        '"Poaching is down, but the real threat now is land," the trust\'s director, Peter '
        'Kamau Njoroge, said at the launch of the findings in Nairobi. "Every year, farms and '
        'fences move closer to the corridors these animals have used for generations."\n\n'
        "He said the trust would ask county governments to protect three migration routes in "
        "their next land-use plans.",
        [
            (
                I,
                [
                    "The survey also recorded 1,120 elephant carcasses, fewer than half the "
                    "number found in 2021"
                ],
                "Rift Valley Conservation Trust",
            ),
            (
                D,
                [
                    "Poaching is down, but the real threat now is land",
                    "Every year, farms and fences move closer to the corridors these animals "
                    "have used for generations.",
                ],
                "Peter Kamau Njoroge",
            ),
            (
                I,
                [
                    "the trust would ask county governments to protect three migration routes "
                    "in their next land-use plans"
                ],
                "Peter Kamau Njoroge",
            ),
        ],
    ),
    (  # 11 ports bill: bill title in quotes is not a quote; senators; industry group statement
        "WASHINGTON — A Senate committee on Thursday advanced a bipartisan bill that would "
        "spend $4.5 billion over five years to electrify cargo-handling equipment at U.S. "
        "ports, sending the measure to the full Senate.\n\n"
        'The bill, titled the "Harbor Air and Jobs Act", passed by 19 votes to 9.\n\n'
        "Senator Margaret Ellison, an Oregon Democrat who co-wrote the bill, said it would cut "
        'diesel pollution in port neighborhoods "where kids have asthma rates twice the '
        'national average".\n\n'
        "Her Republican co-sponsor, Senator Dale Whitcomb of Louisiana, pitched it "
        'differently. "This is not a climate bill. It\'s a competitiveness bill," he told '
        "reporters after the vote.\n\n"
        "The American Port Operators Council said in a statement it supported the goals of the "
        "bill but wanted a longer phase-in period.",
        [
            (
                P,
                ["where kids have asthma rates twice the national average"],
                "Margaret Ellison",
            ),
            (
                D,
                ["This is not a climate bill. It's a competitiveness bill"],
                "Dale Whitcomb",
            ),
            (
                I,
                ["it supported the goals of the bill but wanted a longer phase-in period"],
                "American Port Operators Council",
            ),
        ],
    ),
    (  # 12 federal workers' strike: quote over two paragraphs, minister partial then "He said"
        "OTTAWA — About 38,000 federal tax and customs workers walked off the job on Monday "
        "after contract talks broke down over the weekend, raising the prospect of delays at "
        "border crossings ahead of the holidays.\n\n"
        "Union president Carol-Ann Beaudry addressed a rally outside the Treasury Board "
        'offices. "Our members process your tax returns, inspect your food and guard your '
        "borders. They have been patient for a year and a half.\n\n"
        '"That patience has run out," she said.\n\n'
        'Treasury Board President Neil Forsythe called the strike "disappointing". He said '
        "the government's offer of 11.5% over four years remained on the table.",
        [
            (
                D,
                [
                    "Our members process your tax returns, inspect your food and guard your "
                    "borders. They have been patient for a year and a half.",
                    "That patience has run out",
                ],
                "Carol-Ann Beaudry",
            ),
            (P, ["disappointing"], "Neil Forsythe"),
            (
                I,
                ["the government's offer of 11.5% over four years remained on the table"],
                "Neil Forsythe",
            ),
        ],
    ),
    (  # 13 women's ODI cricket: player quote with incise, captain partial in reported speech
        "SYDNEY — Opener Brooke Callaghan hit an unbeaten 131 as Australia beat New Zealand by "
        "seven wickets at the Sydney Cricket Ground on Sunday to complete a 3-0 one-day series "
        "sweep.\n\n"
        "Chasing 271, the hosts got home with 22 balls to spare, Callaghan sharing an opening "
        "stand of 148 with Maddie Tran.\n\n"
        "‘I felt in rhythm from the first ball, which doesn’t happen very often,’ Callaghan "
        "said. ‘When Maddie’s going like that at the other end, it takes all the pressure "
        "off.’\n\n"
        "New Zealand captain Sophie Harland admitted her bowlers had ‘no answers’ on a flat "
        "pitch. The two sides meet again in a three-match T20 series starting on Friday.",
        [
            (
                D,
                [
                    "I felt in rhythm from the first ball, which doesn’t happen very often",
                    "When Maddie’s going like that at the other end, it takes all the pressure "
                    "off.",
                ],
                "Brooke Callaghan",
            ),
            (P, ["no answers"], "Sophie Harland"),
        ],
    ),
    (  # 14 Supreme Court, Delhi air: "severe" is a category label, not a quote; "The court said"
        "NEW DELHI — India's Supreme Court on Monday ordered authorities in Delhi and three "
        "neighbouring states to file weekly reports on steps taken to curb crop-residue "
        'burning, as the capital\'s air quality index stayed in the "severe" band for a sixth '
        "straight day.\n\n"
        '"Every winter we hear the same assurances, and every winter children in this city '
        'breathe poison," said Justice Meera Raghunathan, who heads the two-judge bench '
        "hearing the case.\n\n"
        "The court said officials who failed to enforce existing bans on stubble burning could "
        "face contempt proceedings. The next hearing is on Dec. 8.",
        [
            (
                D,
                [
                    "Every winter we hear the same assurances, and every winter children in this "
                    "city breathe poison"
                ],
                "Meera Raghunathan",
            ),
            (
                I,
                [
                    "officials who failed to enforce existing bans on stubble burning could face "
                    "contempt proceedings"
                ],
                "Supreme Court",
            ),
        ],
    ),
    (  # 15 sewage report: committee partial with speaker after, chair colon quote, spokesperson
        "LONDON — A water company that discharged raw sewage into rivers in Devon and Cornwall "
        "more than 9,000 times last year showed “a culture of complacency at every level”, a "
        "committee of MPs said on Wednesday.\n\n"
        "Westcombe Water missed 11 of its 14 targets for reducing spills in 2025. The report "
        "calls on the regulator to consider blocking dividend payments until performance "
        "improves.\n\n"
        "Committee chair Fiona MacAllister said: “Customers have paid for improvements that "
        "never happened. That is simply not acceptable.”\n\n"
        "A government spokesperson said ministers would respond to the report in due "
        "course.",
        [
            (P, ["a culture of complacency at every level"], "committee of MPs"),
            (
                D,
                [
                    "Customers have paid for improvements that never happened. That is simply "
                    "not acceptable."
                ],
                "Fiona MacAllister",
            ),
            (I, ["ministers would respond to the report in due course"], "government"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout18.jsonl"),
        "heldout18",
        "h18",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
