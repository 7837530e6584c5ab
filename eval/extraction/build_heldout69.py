"""Source of the 69th held-out set: writes heldout69.jsonl (split "heldout69").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
health and hospitals news: hospital and maternity closures, epidemics, vaccination campaigns,
doctors' and nurses' strikes, health ministers, regional health agencies and NHS trusts, patient
testimonies and WHO statements.
Measured once with 0.3.0, 0.24.0 and 0.25.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout69.py
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
    (  # 1 maternity closure: "a annoncé mardi que" (agency as speaker), quote then "a justifié
        # la directrice générale de l'agence, X" (apposition), banner slogan in « » not speech,
        # question quote closed by "?" with no comma before "s'indigne une future mère"
        "L'ARS Occitanie-Causses a annoncé mardi que la maternité de l'hôpital de Saint-Aubrac "
        "fermerait ses portes le 1er février, faute d'obstétriciens en nombre suffisant. "
        "L'établissement, qui a réalisé 412 accouchements l'an dernier, ne compte plus que deux "
        "praticiens titulaires, contre cinq en 2021, et fonctionne depuis l'été grâce à des "
        "médecins intérimaires payés jusqu'à 2 000 euros la garde.\n\n"
        "« Nous ne pouvons plus garantir la sécurité des naissances avec deux médecins qui "
        "enchaînent les gardes de vingt-quatre heures », a justifié la directrice générale de "
        "l'agence, Claire Fontanel-Martin, lors d'un point presse au siège de l'ARS. Les femmes "
        "enceintes du secteur seront orientées vers la maternité de Vabres-le-Haut, à 55 "
        "kilomètres, où une chambre d'hébergement sera mise à leur disposition à l'approche du "
        "terme.\n\n"
        "Devant l'hôpital, une centaine de personnes s'étaient rassemblées mercredi matin "
        "derrière une banderole proclamant « Touche pas à ma mater ». « On va devoir faire une "
        "heure de route pendant les contractions, en plein hiver, sur des routes de montagne. "
        "C'est ça, l'égalité d'accès aux soins ? » s'indigne une future mère, enceinte de sept "
        "mois.\n\n"
        "Le conseil municipal doit examiner jeudi une motion réclamant un moratoire sur la "
        "fermeture.",
        [
            (
                I,
                [
                    "la maternité de l'hôpital de Saint-Aubrac fermerait ses portes le 1er "
                    "février, faute d'obstétriciens en nombre suffisant"
                ],
                "ARS Occitanie-Causses",
            ),
            (
                D,
                [
                    "Nous ne pouvons plus garantir la sécurité des naissances avec deux médecins "
                    "qui enchaînent les gardes de vingt-quatre heures"
                ],
                "Claire Fontanel-Martin",
            ),
            (
                D,
                [
                    "On va devoir faire une heure de route pendant les contractions, en plein "
                    "hiver, sur des routes de montagne. C'est ça, l'égalité d'accès aux soins ?"
                ],
                "future mère",
            ),
        ],
    ),
    (  # 2 GPs' strike: no-break spaces, one quote split by a comma incise holding the speaker
        # ("président du syndicat X, le docteur Y"), partial "a jugé la mobilisation « … »",
        # then a two-sentence quote attributed to "le ministre" alone
        "Les cabinets de médecine générale resteront très majoritairement fermés jusqu'à "
        "dimanche dans le Val-de-Sorgue. Près de sept généralistes sur dix ont baissé le rideau "
        "lundi, à l'appel de trois syndicats, pour protester contre le projet de loi qui "
        "encadrerait leur liberté d'installation.\n\n"
        "«\u00a0Nous ne faisons pas grève par plaisir, a déclaré lundi le président du syndicat "
        "MG Ensemble, le docteur Karim Belkacem, nous faisons grève parce que nos cabinets ferment "
        "les uns après les autres et que personne ne veut reprendre nos patientèles.\u00a0» "
        "Devant lui, une centaine de confrères réunis dans la salle des fêtes de "
        "Sorgues-la-Vieille ont longuement applaudi.\n\n"
        "Le ministre de la Santé, Antoine Delorme-Vidal, a jugé la mobilisation "
        "«\u00a0disproportionnée\u00a0» au regard des mesures envisagées, qui ne concernent que "
        "les zones déjà les mieux dotées en médecins. «\u00a0La porte du ministère reste ouverte. "
        "Mais on ne peut pas laisser des départements entiers sans médecin traitant\u00a0», a "
        "assuré le ministre mardi matin sur Radio Cité.\n\n"
        "En attendant, les patients sont orientés vers les maisons médicales de garde, dont les "
        "horaires ont été élargis jusqu'à 23 heures, et vers les pharmacies pour les "
        "renouvellements d'ordonnance.",
        [
            (
                D,
                [
                    "Nous ne faisons pas grève par plaisir",
                    "nous faisons grève parce que nos cabinets ferment les uns après les autres "
                    "et que personne ne veut reprendre nos patientèles.",
                ],
                "Karim Belkacem",
            ),
            (P, ["disproportionnée"], "Antoine Delorme-Vidal"),
            (
                D,
                [
                    "La porte du ministère reste ouverte. Mais on ne peut pas laisser des "
                    "départements entiers sans médecin traitant"
                ],
                "Antoine Delorme-Vidal",
            ),
        ],
    ),
    (  # 3 flu epidemic: « » without inner spaces, "Selon le dernier bulletin de X, publié
        # mercredi, …" (organisation, rest of the sentence), two-sentence quote before
        # "prévient l'épidémiologiste X"
        "L'épidémie de grippe s'étend rapidement dans l'Ouest. Selon le dernier bulletin de "
        "l'Observatoire régional de veille sanitaire, publié mercredi, 1 240 passages aux urgences "
        "pour syndrome grippal ont été enregistrés la semaine dernière en Bretagne-Sud, soit le "
        "double de la semaine précédente.\n\n"
        "Au CHU de Kerlouan, les lits de médecine sont pleins depuis lundi et des patients âgés "
        "attendent parfois une nuit entière sur un brancard. Un plan blanc a été déclenché mardi "
        "soir, ce qui permet de rappeler des soignants en congé et de déprogrammer les opérations "
        "non urgentes.\n\n"
        "«Le pic n'est pas encore atteint. Nous nous attendons à deux ou trois semaines très "
        "difficiles, surtout chez les plus de 75 ans», prévient l'épidémiologiste Yasmine "
        "Haddad-Lefort, qui coordonne la surveillance à l'observatoire. Seuls 51 % des plus de "
        "65 ans de la région sont vaccinés cette saison, un taux en recul de quatre points.\n\n"
        "La campagne de vaccination est prolongée jusqu'au 31 janvier dans les pharmacies, les "
        "centres de santé et chez les infirmiers libéraux.",
        [
            (
                I,
                [
                    "1 240 passages aux urgences pour syndrome grippal ont été enregistrés la "
                    "semaine dernière en Bretagne-Sud, soit le double de la semaine précédente"
                ],
                "Observatoire régional de veille sanitaire",
            ),
            (
                D,
                [
                    "Le pic n'est pas encore atteint. Nous nous attendons à deux ou trois semaines "
                    "très difficiles, surtout chez les plus de 75 ans"
                ],
                "Yasmine Haddad-Lefort",
            ),
        ],
    ),
    (  # 4 HPV vaccination in schools: narrow no-break spaces, campaign slogan in « » not speech,
        # name with particle "de" then "Pour Mme de Valbrune, « … »", unnamed "un père d'élève"
        "Deux ans après son lancement, la campagne de vaccination contre les papillomavirus dans "
        "les collèges progresse, mais lentement. Dans la région Centre-Loire, 38\u202f% des élèves "
        "de cinquième ont reçu une première dose cette année, contre 29\u202f% l'an dernier. Les "
        "affiches de la campagne, barrées du slogan «\u202fUne dose, deux protections\u202f», ont "
        "été placardées dans tous les établissements.\n\n"
        "«\u202fC'est mieux que l'an dernier, mais on reste loin de l'objectif de 60\u202f%\u202f», "
        "reconnaît la directrice de la santé publique de l'ARS Centre-Loire, Hélène de Valbrune. "
        "Pour Mme de Valbrune, «\u202fla méfiance des familles recule quand ce sont les "
        "infirmières scolaires qui expliquent, pas une lettre type envoyée par la poste\u202f».\n\n"
        "Au collège des Tilleuls, à Vierzac, le taux atteint à peine 20\u202f%. «\u202fOn a reçu "
        "le formulaire d'autorisation la veille au soir. Personne ne nous a rien expliqué, alors "
        "on n'a pas signé\u202f», regrette un père d'élève, croisé devant les grilles à la sortie "
        "des cours.\n\n"
        "L'agence prévoit de doubler au printemps le nombre de réunions d'information destinées "
        "aux parents, en présence de médecins généralistes du secteur.",
        [
            (
                D,
                ["C'est mieux que l'an dernier, mais on reste loin de l'objectif de 60\u202f%"],
                "Hélène de Valbrune",
            ),
            (
                D,
                [
                    "la méfiance des familles recule quand ce sont les infirmières scolaires qui "
                    "expliquent, pas une lettre type envoyée par la poste"
                ],
                "Hélène de Valbrune",
            ),
            (
                D,
                [
                    "On a reçu le formulaire d'autorisation la veille au soir. Personne ne nous a "
                    "rien expliqué, alors on n'a pas signé"
                ],
                "père d'élève",
            ),
        ],
    ),
    (  # 5 night closure of an A&E: apposition "le chef de service, le docteur X" then a quote
        # closed by "souligne-t-il", partial "parle d'une mesure « … »", a speech verb with a noun
        # object only ("a demandé une commission d'enquête", not annotated)
        "Les urgences de l'hôpital de Brévannes-sur-Loing fermeront chaque nuit, de 20 heures à "
        "8 heures, à partir du 15 décembre. Les patients devront composer le 15, qui les "
        "orientera vers le centre hospitalier de Sennelay, à quarante minutes de route, ou leur "
        "enverra une équipe du Smur.\n\n"
        "Le chef de service, le docteur Minh Tran-Duc, ne cache pas son inquiétude. « Un patient "
        "qui fait un infarctus à 3 heures du matin devra attendre qu'une équipe soit disponible. "
        "Chaque minute compte, et nous allons en perdre beaucoup », souligne-t-il. Sur les neuf "
        "postes d'urgentistes de l'établissement, quatre seulement sont pourvus, et l'intérim ne "
        "suffit plus à combler les trous du planning.\n\n"
        "Le directeur de l'hôpital, Jean-Baptiste Ollivier, parle d'une mesure « temporaire et "
        "réversible » et mise sur l'arrivée de deux médecins étrangers au printemps, dont les "
        "diplômes sont en cours de reconnaissance.\n\n"
        "La députée de la circonscription, Samia Bouzid, a demandé mardi une commission "
        "d'enquête sur la situation des urgences dans le département, où trois services ont déjà "
        "réduit leurs horaires depuis l'été.",
        [
            (
                D,
                [
                    "Un patient qui fait un infarctus à 3 heures du matin devra attendre qu'une "
                    "équipe soit disponible. Chaque minute compte, et nous allons en perdre "
                    "beaucoup"
                ],
                "Minh Tran-Duc",
            ),
            (P, ["temporaire et réversible"], "Jean-Baptiste Ollivier"),
        ],
    ),
    (  # 6 patient testimony: quote over two paragraphs (first one left open, second opening
        # with «) closed by "raconte X, 58 ans" -> one quote, two spans; "Selon l'Union X, …";
        # "Le président de l'union, X, a annoncé que" (particle "Ben")
        "« J'ai attendu onze mois pour passer une IRM. Onze mois, avec une boule dans le sein "
        "que je sentais grossir.\n\n"
        "« Quand on m'a enfin appelée, la tumeur avait doublé de volume et il a fallu commencer "
        "par une chimiothérapie », raconte Martine Lecoq-Arnaud, 58 ans, dans sa cuisine de "
        "Sainte-Mérance. Elle a depuis subi une opération et termine ses séances de "
        "radiothérapie.\n\n"
        "Son cas n'a rien d'isolé. Selon l'Union des radiologues libéraux, le délai moyen pour "
        "obtenir une IRM atteint 74 jours dans le département, contre 34 jours en moyenne "
        "nationale. Deux des cinq appareils du territoire sont tombés en panne cet automne, et "
        "le troisième, installé en 2009, doit être remplacé l'an prochain.\n\n"
        "Le président de l'union, Olivier Ben Saïd, a annoncé que l'organisation saisirait le "
        "Défenseur des droits d'ici à la fin du mois. Martine Lecoq-Arnaud, de son côté, a déposé "
        "plainte contre X pour mise en danger de la vie d'autrui. Une audience est prévue au "
        "printemps devant le tribunal judiciaire.",
        [
            (
                D,
                [
                    "J'ai attendu onze mois pour passer une IRM. Onze mois, avec une boule dans "
                    "le sein que je sentais grossir.",
                    "Quand on m'a enfin appelée, la tumeur avait doublé de volume et il a fallu "
                    "commencer par une chimiothérapie",
                ],
                "Martine Lecoq-Arnaud",
            ),
            (
                I,
                [
                    "le délai moyen pour obtenir une IRM atteint 74 jours dans le département, "
                    "contre 34 jours en moyenne nationale"
                ],
                "Union des radiologues libéraux",
            ),
            (
                I,
                ["l'organisation saisirait le Défenseur des droits d'ici à la fin du mois"],
                "Olivier Ben Saïd",
            ),
        ],
    ),
    (  # 7 health minister's hospital plan: « » without inner spaces, quote closed by
        # "a-t-elle lancé", organisation partial, "D'après la FHP" (acronym -> fullest name),
        # "Mme X a répondu que … «…»" (partial inside reported speech, only the partial)
        "La ministre de la Santé, Nadège Auclair-Sorel, a présenté jeudi à l'Assemblée nationale "
        "un plan de 2 milliards d'euros sur cinq ans pour les hôpitaux publics, destiné en "
        "priorité à rouvrir des lits et à mieux payer le travail de nuit.\n\n"
        "«Ce plan n'est pas un pansement, c'est une refondation», a-t-elle lancé devant les "
        "députés, en promettant 6 000 recrutements d'infirmiers dès 2027.\n\n"
        "La Fédération des hôpitaux publics (FHP) a salué l'effort, tout en jugant l'enveloppe "
        "«très en deçà des besoins». D'après la FHP, les établissements publics cumulent à eux "
        "seuls 1,8 milliard d'euros de déficit pour l'année en cours.\n\n"
        "Interrogée sur ce décalage par la commission des affaires sociales, Mme Auclair-Sorel a "
        "répondu que les crédits seraient «réévalués chaque année» en fonction de la situation "
        "financière des établissements. Le texte doit être examiné au Sénat en février, après un "
        "passage en commission mixte paritaire. Les premiers crédits pourraient être versés aux "
        "agences régionales de santé dès le mois d'avril.",
        [
            (
                D,
                ["Ce plan n'est pas un pansement, c'est une refondation"],
                "Nadège Auclair-Sorel",
            ),
            (P, ["très en deçà des besoins"], "Fédération des hôpitaux publics"),
            (
                I,
                [
                    "les établissements publics cumulent à eux seuls 1,8 milliard d'euros de "
                    "déficit pour l'année en cours"
                ],
                "Fédération des hôpitaux publics",
            ),
            (P, ["réévalués chaque année"], "Nadège Auclair-Sorel"),
        ],
    ),
    (  # 8 WHO on measles: no-break spaces, "L'Organisation mondiale de la santé (OMS) a averti
        # que … « … »" (only the partial), quote then "a déclaré le directeur régional …, le
        # docteur X" with an "al-" name
        "L'Organisation mondiale de la santé (OMS) a averti mardi que la rougeole progressait "
        "«\u00a0de façon préoccupante\u00a0» en Europe, avec plus de 58\u00a0000 cas recensés "
        "depuis janvier, trois fois plus qu'en 2025 sur la même période.\n\n"
        "«\u00a0Chaque cas de rougeole est un échec collectif de la vaccination, et rien de tout "
        "cela n'est une fatalité\u00a0», a déclaré le directeur régional de l'organisation pour "
        "l'Europe, le docteur Faisal al-Harbi, lors d'une conférence de presse à Copenhague. Une "
        "couverture de 95\u00a0% avec deux doses est nécessaire pour empêcher la circulation du "
        "virus ; plusieurs pays du continent sont passés sous la barre des 85\u00a0%.\n\n"
        "En France, des foyers ont été identifiés dans trois départements, dont le Haut-Vernois, "
        "où une école primaire a été fermée pendant une semaine. Les enfants non vaccinés de "
        "l'établissement ont dû rester chez eux trois semaines après le dernier cas, et une "
        "séance de rattrapage vaccinal a été organisée dans le gymnase de la commune.",
        [
            (P, ["de façon préoccupante"], "Organisation mondiale de la santé"),
            (
                D,
                [
                    "Chaque cas de rougeole est un échec collectif de la vaccination, et rien de "
                    "tout cela n'est une fatalité"
                ],
                "Faisal al-Harbi",
            ),
        ],
    ),
    (  # 9 antibiotic shortage: quote after a colon with its final period inside the marks,
        # organisation partial, "Elle assure que" (pronoun for the agency), "soupire M. X"
        "Au comptoir de sa pharmacie de Lorvac, Benoît Garrigue ne sait plus quoi répondre à ses "
        "clients : « Depuis septembre, je n'ai reçu que la moitié de mes commandes "
        "d'amoxicilline. Je passe mes journées au téléphone avec les grossistes. » Les sirops "
        "pour enfants sont les plus difficiles à trouver, et certains parents font le tour des "
        "officines du canton.\n\n"
        "L'Agence nationale du médicament (ANM) reconnaît des « tensions d'approvisionnement » "
        "sur une vingtaine d'antibiotiques, liées à une demande exceptionnelle et à l'arrêt "
        "prolongé d'une usine de production. Elle assure que la situation devrait se normaliser "
        "d'ici à la mi-janvier.\n\n"
        "« On nous dit ça depuis deux hivers », soupire M. Garrigue, qui a dû renvoyer lundi une "
        "mère et son bébé vers un confrère situé à vingt kilomètres. Les pharmaciens sont "
        "désormais autorisés à délivrer des comprimés à l'unité pour faire durer les stocks, et "
        "les médecins du secteur privilégient, quand ils le peuvent, des antibiotiques de "
        "substitution moins touchés par la pénurie.",
        [
            (
                D,
                [
                    "Depuis septembre, je n'ai reçu que la moitié de mes commandes "
                    "d'amoxicilline. Je passe mes journées au téléphone avec les grossistes."
                ],
                "Benoît Garrigue",
            ),
            (P, ["tensions d'approvisionnement"], "Agence nationale du médicament"),
            (
                I,
                ["la situation devrait se normaliser d'ici à la mi-janvier"],
                "Agence nationale du médicament",
            ),
            (D, ["On nous dit ça depuis deux hivers"], "Benoît Garrigue"),
        ],
    ),
    (  # 10 psychiatry beds: union as subject of a speech verb with a noun object (not
        # annotated), quote then "a dénoncé sa secrétaire départementale, X", second quote split
        # by "poursuit-elle" (two pieces), partial "affirme que les lits seront « … »"
        "Le syndicat Union Soignante a dénoncé lundi la fermeture de vingt lits de psychiatrie "
        "adulte à l'hôpital du Mont-Verdier, prévue début janvier. Le service, qui compte "
        "aujourd'hui soixante lits, n'a plus que trois psychiatres à temps plein.\n\n"
        "« On ferme des lits en psychiatrie alors que des patients dorment sur des brancards aux "
        "urgences », a dénoncé sa secrétaire départementale, Fatoumata Sissoko, lors d'un "
        "rassemblement devant l'établissement. « Certains patients, poursuit-elle, attendent "
        "quatre jours avant d'obtenir une chambre. »\n\n"
        "Le directeur des soins, Laurent Kowalczyk, affirme que les lits seront « redéployés » "
        "vers un hôpital de jour qui doit ouvrir en mars dans le centre-ville. Une trentaine de "
        "soignants ont signé une lettre ouverte adressée au conseil de surveillance.\n\n"
        "Le département compte l'un des taux de psychiatres par habitant les plus faibles du "
        "pays. Une association de familles de patients a recueilli 2 000 signatures contre la "
        "fermeture, qui doit être confirmée lors de la prochaine réunion du conseil, le 18 "
        "décembre.",
        [
            (
                D,
                [
                    "On ferme des lits en psychiatrie alors que des patients dorment sur des "
                    "brancards aux urgences"
                ],
                "Fatoumata Sissoko",
            ),
            (
                D,
                [
                    "Certains patients",
                    "attendent quatre jours avant d'obtenir une chambre.",
                ],
                "Fatoumata Sissoko",
            ),
            (P, ["redéployés"], "Laurent Kowalczyk"),
        ],
    ),
    (  # 11 cholera abroad: « » without inner spaces, quote over two sentences then "a alerté X,
        # coordinateur de l'ONG Y", provincial minister's partial inside "a assuré que"
        "Plus de 3 200 cas de choléra ont été recensés depuis août dans la province de Kivalu, "
        "et 61 personnes en sont mortes. Les pluies diluviennes des dernières semaines ont "
        "contaminé de nombreux puits, et les centres de traitement installés sous des tentes "
        "sont saturés.\n\n"
        "«Les équipes manquent de tout : de chlore, de sels de réhydratation, de lits, de "
        "personnel. Nous refusons des malades chaque jour», a alerté Idrissa Kaboré, coordinateur "
        "de l'ONG Secours médical international à Bunzali, la capitale provinciale.\n\n"
        "Le ministre provincial de la Santé, Jean-Bosco Mukendi, a assuré à la radio locale que "
        "la situation était «sous contrôle». Une campagne de vaccination orale doit débuter la "
        "semaine prochaine dans les quartiers les plus touchés, avec 400 000 doses livrées par "
        "avion.\n\n"
        "Les routes qui mènent aux villages de l'intérieur restent coupées par les crues, ce qui "
        "complique l'acheminement de l'eau potable. Des distributions de pastilles de chlore "
        "sont organisées sur les marchés, et des équipes mobiles parcourent les zones "
        "accessibles à moto.",
        [
            (
                D,
                [
                    "Les équipes manquent de tout : de chlore, de sels de réhydratation, de lits, "
                    "de personnel. Nous refusons des malades chaque jour"
                ],
                "Idrissa Kaboré",
            ),
            (P, ["sous contrôle"], "Jean-Bosco Mukendi"),
        ],
    ),
    (  # 12 march against a surgery closure: slogan in « » not speech, unclosed quotation mark
        # ending at "a lancé au micro X, aide-soignante", regional agency partial inside
        # "affirme que « … »", quote then "a rétorqué le maire, X"
        "Ils étaient plus d'un millier, samedi, à défiler dans les rues de Montferrand-les-Bains "
        "contre la fermeture du bloc opératoire de l'hôpital local, prévue au printemps. Sur les "
        "pancartes, un même mot d'ordre : « Pas touche à notre bloc ».\n\n"
        "« Cet hôpital, c'est toute notre vie, a lancé au micro Josiane Ferrandi, aide-soignante "
        "depuis trente ans dans l'établissement. Derrière elle, des infirmières en blouse "
        "brandissaient des photos de la maternité, fermée en 2019.\n\n"
        "L'ARS Val-d'Orbe, interrogée, affirme que « la chirurgie programmée restera accessible "
        "à l'hôpital de Vernières, à 35 kilomètres ». Les consultations et les urgences de "
        "Montferrand ne sont pas concernées.\n\n"
        "« On nous parle de sécurité, mais la sécurité, c'est d'avoir un chirurgien à moins d'une "
        "heure de chez soi », a rétorqué le maire, Raymond Castagné-Lopez, qui a fait voter une "
        "motion à l'unanimité par son conseil municipal. Une délégation d'élus doit être reçue "
        "au siège de l'agence le 12 décembre, avec les représentants du personnel de "
        "l'hôpital.",
        [
            (D, ["Cet hôpital, c'est toute notre vie"], "Josiane Ferrandi"),
            (
                P,
                [
                    "la chirurgie programmée restera accessible à l'hôpital de Vernières, à 35 "
                    "kilomètres"
                ],
                "ARS Val-d'Orbe",
            ),
            (
                D,
                [
                    "On nous parle de sécurité, mais la sécurité, c'est d'avoir un chirurgien à "
                    "moins d'une heure de chez soi"
                ],
                "Raymond Castagné-Lopez",
            ),
        ],
    ),
    (  # 13 telemedicine booth: straight " " marks, TV show title in " " not speech, mayor with
        # particle "Van den" in apposition + "a expliqué que", quote closed by "a-t-elle ajouté"
        "Depuis septembre, une cabine de téléconsultation trône dans l'ancien bureau de poste de "
        "Saint-Ilpert, 640 habitants. Tensiomètre, stéthoscope connecté, otoscope : le patient "
        "s'installe, et un médecin apparaît à l'écran depuis l'autre bout du pays. Gérard "
        "Poulain, 81 ans, s'en sert une fois par mois pour renouveler ses ordonnances. Le village "
        "avait fait l'objet d'un long reportage dans l'émission \"Vivre au pays\" l'an dernier.\n\n"
        "La maire, Anne-Sophie Van den Berghe, a expliqué que la commune cherchait un médecin "
        "généraliste depuis le départ à la retraite du dernier praticien, il y a quatre ans.\n\n"
        "\"On a tout essayé : logement gratuit, cabinet rénové, prime d'installation de 50 000 "
        "euros. Personne n'est venu\", a-t-elle ajouté, en montrant le cabinet resté vide au "
        "rez-de-chaussée de la mairie. La cabine, louée 1 200 euros par mois, est financée à "
        "moitié par le département.\n\n"
        "Une vingtaine de communes rurales du département se sont équipées de cabines "
        "similaires depuis deux ans. Les consultations y durent en moyenne douze minutes, et "
        "un infirmier passe deux fois par semaine pour aider les patients les plus âgés à "
        "utiliser les appareils.",
        [
            (
                I,
                [
                    "la commune cherchait un médecin généraliste depuis le départ à la retraite "
                    "du dernier praticien, il y a quatre ans"
                ],
                "Anne-Sophie Van den Berghe",
            ),
            (
                D,
                [
                    "On a tout essayé : logement gratuit, cabinet rénové, prime d'installation de "
                    "50 000 euros. Personne n'est venu"
                ],
                "Anne-Sophie Van den Berghe",
            ),
        ],
    ),
    (  # 14 compulsory flu vaccination for carers: speech verb with a noun object (not
        # annotated), quote split by "a-t-il expliqué" (particle "ben"), organisation partial
        # "a qualifié la mesure de « … »"
        "Le ministre délégué à la Prévention, Yanis ben Ammar, a défendu mercredi devant le Sénat "
        "l'obligation vaccinale contre la grippe pour les soignants des hôpitaux et des maisons "
        "de retraite, qui doit entrer en vigueur l'hiver prochain.\n\n"
        "« La vaccination des soignants contre la grippe, a-t-il expliqué, protège d'abord les "
        "patients les plus fragiles, ceux qui en meurent chaque hiver. » Seuls 34 % des "
        "personnels hospitaliers se sont fait vacciner l'an dernier, un taux parmi les plus bas "
        "d'Europe occidentale.\n\n"
        "L'Ordre national des infirmiers a qualifié la mesure de « stigmatisante ». Plusieurs "
        "syndicats hospitaliers ont déposé des préavis de grève pour la fin du mois, et une "
        "pétition en ligne a recueilli plus de 90 000 signatures en une semaine.\n\n"
        "Le décret d'application doit préciser les sanctions encourues par les soignants non "
        "vaccinés, ainsi que les exemptions médicales. Les directeurs d'établissement, chargés "
        "de contrôler les certificats, attendent des consignes précises avant l'ouverture de "
        "la campagne, à la mi-octobre.",
        [
            (
                D,
                [
                    "La vaccination des soignants contre la grippe",
                    "protège d'abord les patients les plus fragiles, ceux qui en meurent chaque "
                    "hiver.",
                ],
                "Yanis ben Ammar",
            ),
            (P, ["stigmatisante"], "Ordre national des infirmiers"),
        ],
    ),
    (  # 15 medical residents' strike: narrow no-break spaces, "D'après l'Intersyndicale X (IJM),
        # …" (rest of the sentence), unnamed speaker "un interne en quatrième année de chirurgie"
        "La grève des internes a été massivement suivie lundi. D'après l'Intersyndicale des "
        "jeunes médecins (IJM), 72\u202f% des internes ont cessé le travail dans les hôpitaux "
        "universitaires, hors urgences vitales. Les étudiants protestent contre l'ajout d'une "
        "année de formation sans revalorisation de leur rémunération.\n\n"
        "«\u202fJe fais 70 heures par semaine pour 1\u202f900 euros nets, et on me demande une "
        "année de plus. À un moment, il faut dire stop\u202f», témoigne un interne en quatrième "
        "année de chirurgie, qui a requis l'anonymat par crainte de représailles de la part de "
        "son chef de service.\n\n"
        "Dans plusieurs CHU, des blocs opératoires ont tourné au ralenti et des consultations "
        "ont été reportées. Un rassemblement national est prévu jeudi devant le ministère de la "
        "Santé, à Paris. Dans les services de réanimation et de maternité, les internes "
        "grévistes ont été assignés par les directions pour assurer la continuité des soins, "
        "comme le prévoit la réglementation. Les premières négociations avec le cabinet du "
        "ministre sont attendues avant la fin de la semaine.",
        [
            (
                I,
                [
                    "72\u202f% des internes ont cessé le travail dans les hôpitaux universitaires, "
                    "hors urgences vitales"
                ],
                "Intersyndicale des jeunes médecins",
            ),
            (
                D,
                [
                    "Je fais 70 heures par semaine pour 1\u202f900 euros nets, et on me demande "
                    "une année de plus. À un moment, il faut dire stop"
                ],
                "interne",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 A&E closure consultation: straight quotes, quote then "said the chief executive of
        # X, Dr Y" (apposition, title dropped), MP's partial inside "said the plans were",
        # campaign name in quotes not speech, "Dr X said" without "that"
        "Plans to close the emergency department at Hallam Community Hospital and concentrate "
        "urgent care eight miles away in Northbridge went out to public consultation on Monday, "
        "drawing an angry response from residents and local councillors.\n\n"
        '"We cannot keep running two emergency departments eight miles apart with half the '
        'consultants we need," said the chief executive of Northbridge and Hallam NHS '
        "Foundation Trust, Dr Priya Raghunathan. Under the proposals, Hallam would keep a minor "
        "injuries unit open from 8am to 10pm, while ambulances would take seriously ill patients "
        "straight to Northbridge.\n\n"
        'The local MP, Gareth Pryce-Owen, said the plans were "a betrayal" of a town whose '
        'population has grown by a fifth in a decade. The "Hands Off Hallam" campaign has '
        "gathered more than 23,000 signatures since the summer, and a march to the hospital is "
        "planned for Saturday.\n\n"
        "Dr Raghunathan said no final decision would be taken before the consultation closed on "
        "14 March. The trust has been running the two departments with agency doctors for most "
        "of the past year, at a cost of £4.2 million.",
        [
            (
                D,
                [
                    "We cannot keep running two emergency departments eight miles apart with half "
                    "the consultants we need"
                ],
                "Priya Raghunathan",
            ),
            (P, ["a betrayal"], "Gareth Pryce-Owen"),
            (
                I,
                ["no final decision would be taken before the consultation closed on 14 March"],
                "Priya Raghunathan",
            ),
        ],
    ),
    (  # 2 resident doctors' strike: curly quotes, quote split by "said Dr X, co-chair of …,"
        # (comma incise, two pieces, Polish name), two partials of one speaker in one sentence
        "Resident doctors in England walked out at 7am on Wednesday at the start of a five-day "
        "strike, the fourth this year, after talks with the government broke down over pay and "
        "the number of specialty training places.\n\n"
        "“This is not about pay alone,” said Dr Tomasz Wiśniewski, co-chair of the resident "
        "doctors’ committee at the British Medical Guild, “it is about whether anyone will still "
        "want to work here in ten years.” Outside St Aldhelm’s Hospital, around 60 doctors in "
        "scrubs held placards and handed leaflets to patients arriving for appointments.\n\n"
        "The Health Secretary, Margaret Oyelaran-Hughes, called the walkout “deeply "
        "disappointing” and said the government’s offer “remains on the table”. Hospitals have "
        "been told to prioritise emergency care, cancer treatment and maternity services, and "
        "consultants have been asked to cover the wards.\n\n"
        "The last strike, in September, led to more than 41,000 appointments and operations "
        "being rescheduled across the country. Another walkout, over the new year, has not been "
        "ruled out.",
        [
            (
                D,
                [
                    "This is not about pay alone",
                    "it is about whether anyone will still want to work here in ten years.",
                ],
                "Tomasz Wiśniewski",
            ),
            (P, ["deeply disappointing"], "Margaret Oyelaran-Hughes"),
            (P, ["remains on the table"], "Margaret Oyelaran-Hughes"),
        ],
    ),
    (  # 3 measles clinics: "Dr X, director of public health for Y, was blunt:" then a quote
        # with its final period inside, "She said" (pronoun, no "that"), unnamed "one mother"
        "Public health officials in Westmoor have opened pop-up vaccination clinics in schools, "
        "libraries and a shopping centre after a measles outbreak that has put 19 children in "
        "hospital since the end of the summer.\n\n"
        "Dr Aisha Kamara-Lewis, director of public health for Westmoor County Council, was "
        'blunt: "Measles is not a mild childhood illness. It can blind, it can cause brain '
        'damage, and it kills." She said 212 cases had been confirmed since August, most of them '
        "in children under ten who had not had both doses of the MMR vaccine.\n\n"
        "At the clinic in the Crossgates shopping centre, a steady queue had formed by "
        "mid-morning. \"I was scared by things I'd read online. Now I'm more scared of "
        'measles," said one mother, waiting with her two-year-old son.\n\n'
        "Uptake of the second MMR dose in the county stands at 81 per cent, well below the 95 "
        "per cent needed to stop the virus spreading. The clinics will run every weekend until "
        "the end of January, and no appointment is needed.",
        [
            (
                D,
                [
                    "Measles is not a mild childhood illness. It can blind, it can cause brain "
                    "damage, and it kills."
                ],
                "Aisha Kamara-Lewis",
            ),
            (
                I,
                [
                    "212 cases had been confirmed since August, most of them in children under "
                    "ten who had not had both doses of the MMR vaccine"
                ],
                "Aisha Kamara-Lewis",
            ),
            (
                D,
                ["I was scared by things I'd read online. Now I'm more scared of measles"],
                "mother",
            ),
        ],
    ),
    (  # 4 WHO on avian flu: "The World Health Organization said on Tuesday that", an unnamed
        # "WHO spokeswoman" quoted after (speaks for the organisation)
        "The World Health Organization said on Tuesday that the risk to the general public from "
        "a new strain of avian influenza remained low, despite a cluster of human infections "
        "among poultry workers in two countries.\n\n"
        "Eleven people have been infected since October, all of whom had handled sick or dead "
        "birds. Two of them died. Samples from the patients are being analysed in three "
        "reference laboratories, and close contacts have been offered antiviral treatment as a "
        "precaution.\n\n"
        '"We are watching this very closely, but so far there is no evidence of sustained '
        'human-to-human transmission," a WHO spokeswoman told reporters in Geneva.\n\n'
        "Veterinary authorities in the two countries have culled more than two million birds "
        "since October and banned the movement of poultry within ten kilometres of affected "
        "farms. Egg prices in the region have risen by almost a third in a month, and several "
        "neighbouring countries have suspended imports of poultry meat until the end of the "
        "year.",
        [
            (
                I,
                [
                    "the risk to the general public from a new strain of avian influenza remained "
                    "low, despite a cluster of human infections among poultry workers in two "
                    "countries"
                ],
                "World Health Organization",
            ),
            (
                D,
                [
                    "We are watching this very closely, but so far there is no evidence of "
                    "sustained human-to-human transmission"
                ],
                "World Health Organization",
            ),
        ],
    ),
    (  # 5 cancer waiting times: curly quotes, quote over two paragraphs (first left open, second
        # opening with “) then "said X, 64, a retired bus driver" -> two spans; trust's partial
        # inside "the trust said it was “…”", "the trust" -> its full name
        "“I kept ringing and being told I was on the list. Nobody could ever tell me where on "
        "the list.\n\n"
        "“By the time I saw the consultant, it had spread to my lymph nodes,” said Derek "
        "Ashworth, 64, a retired bus driver from Carnford, who waited 19 weeks for a first "
        "appointment after his GP referred him urgently with suspected bowel cancer.\n\n"
        "The national standard is for patients to be seen within two weeks of an urgent "
        "referral. In October, only 58 per cent of patients at Carnford Royal Hospitals NHS Trust "
        "were seen within that time, the lowest rate in the region and down from 71 per cent a "
        "year earlier.\n\n"
        "In a statement, the trust said it was “truly sorry” for the delays Mr Ashworth had "
        "experienced. Two additional colorectal surgeons are due to start work in January, and "
        "extra weekend clinics have been running since October. Mr Ashworth finished his "
        "chemotherapy last month and is waiting for the results of a scan.",
        [
            (
                D,
                [
                    "I kept ringing and being told I was on the list. Nobody could ever tell me "
                    "where on the list.",
                    "By the time I saw the consultant, it had spread to my lymph nodes",
                ],
                "Derek Ashworth",
            ),
            (P, ["truly sorry"], "Carnford Royal Hospitals NHS Trust"),
        ],
    ),
    (  # 6 Irish nurses' strike: apposition with an Irish particle name + "said that", two
        # quotes around "Ms X said." (full-stop form -> two direct quotes), minister's partial
        "Nurses and midwives across the Republic will stage a one-day strike on 9 December, in "
        "what would be the first national walkout by the profession in seven years. Hospitals "
        "have begun postponing elective surgery scheduled for that week.\n\n"
        "The general secretary of the Nurses and Midwives Alliance, Siobhán Ní Bhriain, said "
        "that members had voted by 94 per cent in favour of action over staffing levels on "
        "medical and surgical wards.\n\n"
        '"Our members are exhausted. They are leaving for Australia and Canada in their '
        'hundreds," Ms Ní Bhriain said. "The minister knows this."\n\n'
        'The Minister for Health, Declan Furlong, said a strike would be "regrettable and '
        'unnecessary" while talks on a new staffing framework were continuing. Emergency '
        "departments, intensive care units and maternity wards will be staffed at Christmas Day "
        "levels on the day of the strike.\n\n"
        "Around 1,100 nurses left the public health service last year, and vacancy rates on "
        "some wards in the west of the country are above 20 per cent. Agency nurses fill many "
        "of the gaps, at almost twice the cost.",
        [
            (
                I,
                [
                    "members had voted by 94 per cent in favour of action over staffing levels on "
                    "medical and surgical wards"
                ],
                "Siobhán Ní Bhriain",
            ),
            (
                D,
                [
                    "Our members are exhausted. They are leaving for Australia and Canada in "
                    "their hundreds"
                ],
                "Siobhán Ní Bhriain",
            ),
            (D, ["The minister knows this."], "Siobhán Ní Bhriain"),
            (P, ["regrettable and unnecessary"], "Declan Furlong"),
        ],
    ),
    (  # 7 rural US hospital: "…, officials said Thursday." (unnamed plural speaker, part
        # before), quote then "said hospital CEO X, adding that …" (direct + indirect)
        "Mercy Valley Regional Hospital in Dunmore County will close its inpatient wing on Jan. "
        "15, officials said Thursday. The closure will leave residents of the rural county more "
        "than an hour's drive from the nearest hospital bed.\n\n"
        "The 25-bed hospital has struggled for years with falling admissions, a shortage of "
        "nurses and a high share of uninsured patients. Its board voted unanimously on "
        "Wednesday night to end overnight stays.\n\n"
        '"We have lost money every single month for three years. There is no more road to kick '
        'the can down," said hospital CEO Raymond Okafor, adding that the emergency room would '
        "remain open around the clock.\n\n"
        "About 40 employees will lose their jobs. Cheryl Whitehorse, 70, whose husband spent "
        "nine days on the ward after a stroke last spring, was among the few residents who "
        "attended the board meeting. She left before the vote. The nearest hospital with "
        "inpatient beds is in Fort Allison, 68 miles away, and winter storms regularly close "
        "the mountain road between the two towns.",
        [
            (
                I,
                [
                    "Mercy Valley Regional Hospital in Dunmore County will close its inpatient "
                    "wing on Jan. 15"
                ],
                "officials",
            ),
            (
                D,
                [
                    "We have lost money every single month for three years. There is no more road "
                    "to kick the can down"
                ],
                "Raymond Okafor",
            ),
            (I, ["the emergency room would remain open around the clock"], "Raymond Okafor"),
        ],
    ),
    (  # 8 flu jabs in pharmacies: "…, according to the X Agency." (part before), quote then
        # "Mr X said" (title + surname), campaign slogan in quotes not speech
        "Just 48 per cent of over-65s in the region have had their flu vaccine so far this "
        "winter, according to the Northern Health Security Agency. At the same point last year, "
        "the figure was 55 per cent.\n\n"
        "Pharmacist Vikram Chaudhary, who runs two chemists in Gatesfield, has started phoning "
        "elderly customers himself to book them in. \"People think they'll get round to it. Then "
        'Christmas comes, and so does the flu," Mr Chaudhary said. His pharmacies have given '
        "1,900 jabs since September, about 300 fewer than last year.\n\n"
        'The agency is running adverts under the slogan "Don\'t Wait, Vaccinate" on buses and '
        "local radio, and GP surgeries have been sending text reminders to patients who have not "
        "yet booked. Flu admissions to hospitals in the region doubled in the last week of "
        "November.\n\n"
        "Last winter, more than 300 people in the region died with flu, the majority of them "
        "over 75. Pharmacies can vaccinate anyone aged 65 or over free of charge, without an "
        "appointment, until the end of March.",
        [
            (
                I,
                [
                    "Just 48 per cent of over-65s in the region have had their flu vaccine so far "
                    "this winter"
                ],
                "Northern Health Security Agency",
            ),
            (
                D,
                ["People think they'll get round to it. Then Christmas comes, and so does the flu"],
                "Vikram Chaudhary",
            ),
        ],
    ),
    (  # 9 mental health ward inspection: curly quotes, regulator's partial inside "said in a
        # report published on Wednesday that", quote then "said X, the board's deputy chief
        # inspector" (role after the name)
        "The Care Quality Board said in a report published on Wednesday that patients on Willow "
        "Ward at Ashcombe Park Hospital had been left “for hours” without the checks required by "
        "their care plans.\n\n"
        "On 23 of the 30 nights reviewed by inspectors, fewer than three qualified nurses were on "
        "duty for 18 patients, several of whom were considered at high risk of self-harm. Agency "
        "staff covered almost half of all shifts in the period.\n\n"
        "“What we found was unacceptable, and we have told the trust so in the clearest terms,” "
        "said Helen Mwangi, the board’s deputy chief inspector for mental health.\n\n"
        "The ward has been placed in special measures and will be inspected again within six "
        "months. Admissions have been suspended, and eight patients have been moved to other "
        "hospitals in the region. Families of two former patients have instructed solicitors, "
        "and the local coroner is examining the death of a 34-year-old man on the ward in "
        "August. A new ward manager started work this week.",
        [
            (P, ["for hours"], "Care Quality Board"),
            (
                D,
                [
                    "What we found was unacceptable, and we have told the trust so in the clearest "
                    "terms"
                ],
                "Helen Mwangi",
            ),
        ],
    ),
    (  # 10 US nurses' strike: Spanish double name, quote then "said X, an ICU nurse and union
        # steward, as …", "The hospital's spokesman, X, said" (apposition), "He described … as
        # "…"" (pronoun, partial)
        "More than 1,200 nurses at St. Brendan's Medical Center in Lakeport walked off the job "
        "Tuesday morning, beginning a three-day strike over staffing ratios in intensive care "
        "and the emergency department.\n\n"
        "\"We're not asking for the moon. We're asking for enough nurses on the floor to keep "
        'people alive," said María José Villalobos, an ICU nurse and union steward, as '
        "picketers marched outside the main entrance.\n\n"
        "The hospital's spokesman, Kevin Dunleavy, said replacement staff had been hired to "
        'keep all units open. He described the union\'s demands as "financially impossible" '
        "for a safety-net hospital that treats a large share of low-income patients.\n\n"
        "The two sides have been negotiating since March. Ambulances were diverted to other "
        "hospitals for several hours on Tuesday afternoon.\n\n"
        "The union's proposal sets a maximum of two patients per nurse in intensive care and "
        "four on medical wards, written into the contract. Several "
        "states already set such limits by law. A mediator is expected to meet both sides "
        "again on Friday.",
        [
            (
                D,
                [
                    "We're not asking for the moon. We're asking for enough nurses on the floor to "
                    "keep people alive"
                ],
                "María José Villalobos",
            ),
            (I, ["replacement staff had been hired to keep all units open"], "Kevin Dunleavy"),
            (P, ["financially impossible"], "Kevin Dunleavy"),
        ],
    ),
    (  # 11 dengue in a Pacific state: "Health Minister X said on Monday that … "…"" (only the
        # partial), quote then "said Dr X, who heads …" (Tongan and Hawaiian names)
        'Health Minister Tevita Fifita said on Monday that the dengue outbreak had "stretched '
        'every hospital bed we have" as case numbers in the Malua Islands passed 4,000, more '
        "than in the whole of the previous three years.\n\n"
        "Schools on the main island have been used as temporary wards, and nurses from two "
        "neighbouring countries arrived at the weekend to help. Fogging teams are spraying "
        "villages every night, and residents have been asked to empty containers where "
        "mosquitoes breed.\n\n"
        '"This is the worst dengue season we have recorded, and the rains have not even '
        "peaked,\" said Dr Leilani Kahale, who heads the islands' only infectious diseases unit. "
        "Seven people, five of them children, have died since September.\n\n"
        "The outbreak is driven by a serotype that has not circulated widely in the islands for "
        "more than a decade, leaving most young people without immunity. Blood supplies are "
        "running low, and donors have been queuing outside the national hospital since the "
        "weekend. A second shipment of testing kits is due on Thursday.",
        [
            (P, ["stretched every hospital bed we have"], "Tevita Fifita"),
            (
                D,
                [
                    "This is the worst dengue season we have recorded, and the rains have not even "
                    "peaked"
                ],
                "Leilani Kahale",
            ),
        ],
    ),
    (  # 12 trust chief executive resigns: particle "van der", the trust's partial inside "the
        # trust said Mr X had "…"", "X, regional organiser of Y, was scathing:" + two sentences
        "Martin van der Merwe has resigned as chief executive of Redfern Valley NHS Trust, "
        "weeks after it emerged that the trust was heading for a £63 million deficit this year, "
        "the largest of any hospital trust in the country.\n\n"
        'In a statement, the trust said Mr van der Merwe had "decided to step aside" to allow '
        "a fresh start. He had been in post for just under three years, and will be replaced on "
        "an interim basis by the trust's chief operating officer.\n\n"
        "Bernadette Okonjo, regional organiser of the Health Workers' Union, was scathing: "
        "\"Changing the name on the door won't fix a £63 million hole. Staff need to know their "
        'jobs are safe."\n\n'
        "A recovery plan drawn up in the autumn included the closure of 60 beds and a freeze "
        "on recruitment to administrative posts. Its future is now uncertain, and the regional "
        "health board is expected to appoint financial advisers to review the trust's accounts "
        "before the end of the year.",
        [
            (P, ["decided to step aside"], "Redfern Valley NHS Trust"),
            (
                D,
                [
                    "Changing the name on the door won't fix a £63 million hole. Staff need to "
                    "know their jobs are safe."
                ],
                "Bernadette Okonjo",
            ),
        ],
    ),
    (  # 13 GP fees: "Health Minister X told parliament:" + quote with its final period, the
        # opposition spokeswoman's partial closing her reported sentence (period outside)
        "Patients in low-income areas will no longer pay to see a family doctor from July, "
        "under a NZ$610 million package unveiled on Wednesday. The scheme will cover about 1.1 "
        "million people, including all children under 14.\n\n"
        'Health Minister Hemi Walker told parliament: "No family should have to choose between '
        'the doctor and the grocery bill." Practices that sign up will receive a higher '
        "payment for each enrolled patient, but will have to stop charging fees.\n\n"
        "The opposition's health spokeswoman, Judith Kerrigan, said the announcement was \"a "
        'press release, not a policy". The new payments may not cover the costs of smaller '
        "practices in rural districts, where many doctors already work past retirement age.\n\n"
        "About one in five adults skipped a doctor's visit because of cost last year, and "
        "emergency departments are seeing rising numbers of patients with conditions that "
        "could have been treated earlier by a family doctor. The package will be reviewed after "
        "two years.",
        [
            (
                D,
                ["No family should have to choose between the doctor and the grocery bill."],
                "Hemi Walker",
            ),
            (P, ["a press release, not a policy"], "Judith Kerrigan"),
        ],
    ),
    (  # 14 norovirus ward closures: "…, the hospital said on Sunday." (part before; "the
        # hospital" -> its name), curly quotes + "said the hospital's director of nursing, X",
        # unnamed "One visitor, whose …, said she"
        "Three wards at Kingsmere General Hospital have been closed to new admissions after an "
        "outbreak of norovirus, the hospital said on Sunday. Forty-one patients and 17 members "
        "of staff have had symptoms since last Tuesday.\n\n"
        "“Please, if you have had diarrhoea or vomiting in the last 48 hours, do not visit,” said "
        "the hospital’s director of nursing, Grace Adeyemi-Cole. Visiting has been restricted to "
        "one person per patient for an hour a day on the remaining wards, and hand gel has been "
        "placed at every entrance.\n\n"
        "One visitor, whose father is on one of the closed wards, said she had not been allowed "
        "to see him for five days. Patients waiting in the emergency department for a bed were "
        "being moved to a neighbouring hospital on Sunday evening.\n\n"
        "Norovirus spreads easily in closed settings and is not killed by alcohol hand gel, so "
        "staff are washing their hands with soap and water between patients. The wards will "
        "reopen 72 hours after the last new case, once they have been deep cleaned.",
        [
            (
                I,
                [
                    "Three wards at Kingsmere General Hospital have been closed to new admissions "
                    "after an outbreak of norovirus"
                ],
                "Kingsmere General Hospital",
            ),
            (
                D,
                [
                    "Please, if you have had diarrhoea or vomiting in the last 48 hours, do not "
                    "visit"
                ],
                "Grace Adeyemi-Cole",
            ),
            (
                I,
                ["she had not been allowed to see him for five days"],
                "visitor",
            ),
        ],
    ),
    (  # 15 vaccine bus: nickname and slogan in quotes not speech, quote closed by "he said",
        # "According to Dr X, …" (rest of the sentence), quote then "said council leader X"
        "A converted double-decker bus has become the busiest vaccination clinic in Eastmarsh. "
        'It is the idea of Dr Chidi Eze-Martins, a GP known to his patients as "the jab '
        'doctor", who grew tired of sending letters that went unanswered.\n\n'
        '"If people won\'t come to the surgery, the surgery will go to them," he said, standing '
        "in the bus's upper deck, where two nurses give injections behind a curtain. The bus, "
        'painted with the slogan "Protect Your Tribe", parks outside mosques, churches, '
        "supermarkets and the football ground.\n\n"
        "According to Dr Eze-Martins, the bus has given 3,400 vaccinations since April, "
        "including MMR catch-up doses for more than 500 children. The council has paid for the "
        "vehicle and its fuel, and the local NHS board covers the staff.\n\n"
        "Uptake of childhood vaccines in the town's two poorest wards has risen by nine points "
        "since the bus started running. \"It's the best £80,000 we've spent,\" said council "
        "leader Patricia Holloway-Singh.",
        [
            (
                D,
                ["If people won't come to the surgery, the surgery will go to them"],
                "Chidi Eze-Martins",
            ),
            (
                I,
                [
                    "the bus has given 3,400 vaccinations since April, including MMR catch-up "
                    "doses for more than 500 children"
                ],
                "Chidi Eze-Martins",
            ),
            (D, ["It's the best £80,000 we've spent"], "Patricia Holloway-Singh"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout69.jsonl"),
        "heldout69",
        "h69",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
