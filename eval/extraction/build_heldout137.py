"""Source of the 137th held-out set: writes heldout137.jsonl (split "heldout137").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented (real
countries and cities only). The texts read like international and diplomatic news: ministerial
summits and regional blocs, EU and US sanctions, peace talks and their mediators, refugee
crossings and camps, migrant arrivals, elections abroad and their observers, UN agencies and the
Security Council, embassies, expelled diplomats and new ambassadors, a freed hostage, a climate
conference and a trade deal, with foreign ministers, envoys, presidents, spokespeople, aid
workers, refugees, researchers and analysts speaking, organisations speaking as such and unnamed
speakers ("une réfugiée", "un garde-côte", "a taxi driver", "two diplomats") quoted; speakers are
referred back to by surname, pronoun, role, nationality ("le Néerlandais", "la Kényane", "the
Uruguayan diplomat", "the Norwegian"), age ("le dirigeant de 62 ans", "the 58-year-old") or
epithet, some statements are sourced with "selon X", "d'après X", "Pour X" or "according to X",
and several texts hold speech verbs with only a noun object, addressees and "selon lesquels",
left unannotated.
Measured once with 0.3.0, 0.41.0 and 0.42.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout137.py
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
    (  # 1 Euro-African ministerial meeting on migration: direct + "a reconnu la ministre
        # espagnole des Affaires étrangères, Name," (role dropped), partial after "a jugé le
        # texte … « … »" by "Son homologue sénégalais, Name", "et a fait savoir que" (indirect,
        # same speaker)
        "Les chefs de la diplomatie de vingt-deux pays européens et africains se sont quittés "
        "mardi à Rabat sans déclaration commune, après deux jours de discussions sur les routes "
        "migratoires en Méditerranée occidentale.\n\n"
        "«\u00a0Nous avons avancé sur les retours volontaires, pas sur le partage des "
        "responsabilités\u00a0», a reconnu la ministre espagnole des Affaires étrangères, Lucía "
        "Arrieta Gómez, lors de la conférence de presse de clôture.\n\n"
        "Son homologue sénégalais, Mamadou Thiam-Diallo, a jugé le texte proposé par Bruxelles "
        "«\u00a0déséquilibré\u00a0» et a fait savoir que Dakar ne le signerait pas en l'état. Les "
        "discussions ont surtout achoppé sur le financement des centres d'accueil au Sahel, que "
        "les Européens voudraient voir gérés par les pays de transit.\n\n"
        "Une nouvelle réunion ministérielle est prévue à Dakar en mars.",
        [
            (
                D,
                [
                    "Nous avons avancé sur les retours volontaires, pas sur le partage des "
                    "responsabilités"
                ],
                "Lucía Arrieta Gómez",
            ),
            (P, ["déséquilibré"], "Mamadou Thiam-Diallo"),
            (I, ["Dakar ne le signerait pas en l'état"], "Mamadou Thiam-Diallo"),
        ],
    ),
    (  # 2 refugees crossing from Sudan into Chad: "…, selon l'Agence … (AIR)." (the part
        # before, acronym dropped), two-sentence direct + "explique Name, coordinatrice de
        # l'agence …", unnamed "une réfugiée de 34 ans, mère de cinq enfants, raconte avoir"
        # (infinitive clause), then an unattributed direct continuing her words (final period
        # kept), "a lancé … un appel de fonds" (noun object, not annotated)
        "Plus de 40\u00a0000 personnes ont franchi la frontière entre le Soudan et le Tchad "
        "depuis début novembre, selon l'Agence internationale pour les réfugiés (AIR). Dans le "
        "camp d'Adré-Est, les tentes et l'eau potable manquent.\n\n"
        "«\u00a0Les arrivées ont triplé en deux semaines. Nous distribuons cinq litres d'eau par "
        "personne et par jour, quand il en faudrait au moins quinze\u00a0», explique Claire "
        "Mbassi-Ondoua, coordinatrice de l'agence dans l'est du pays.\n\n"
        "Assise à l'ombre d'une bâche, une réfugiée de 34 ans, mère de cinq enfants, raconte "
        "avoir marché neuf jours depuis El-Geneina. «\u00a0On a laissé la maison, les chèvres, "
        "tout. Je ne sais pas où est mon mari.\u00a0»\n\n"
        "L'AIR a lancé mercredi un appel de fonds de 85 millions de dollars pour passer "
        "l'hiver.",
        [
            (
                I,
                [
                    "Plus de 40\u00a0000 personnes ont franchi la frontière entre le Soudan et le "
                    "Tchad depuis début novembre"
                ],
                "Agence internationale pour les réfugiés",
            ),
            (
                D,
                [
                    "Les arrivées ont triplé en deux semaines. Nous distribuons cinq litres d'eau "
                    "par personne et par jour, quand il en faudrait au moins quinze"
                ],
                "Claire Mbassi-Ondoua",
            ),
            (I, ["avoir marché neuf jours depuis El-Geneina"], "réfugiée"),
            (
                D,
                ["On a laissé la maison, les chèvres, tout. Je ne sais pas où est mon mari."],
                "réfugiée",
            ),
        ],
    ),
    (  # 3 EU sanctions on Belarusian officials: direct with a colon inside + "a résumé le haut
        # représentant …, Name, à l'issue de la réunion" (name particle "van"), "Le Néerlandais
        # a ajouté que … « … »" (nationality; quoted words inside reported speech, only the
        # partial), partial after "a dénoncé une" by "la porte-parole de la diplomatie, Name"
        "Les ministres des Affaires étrangères de l'Union européenne ont adopté lundi à "
        "Bruxelles des sanctions contre vingt-trois responsables biélorusses, accusés d'avoir "
        "orchestré la répression des manifestations de l'automne. Leurs avoirs sont gelés et ils "
        "sont interdits de séjour dans l'Union.\n\n"
        "«\u00a0Le message est simple\u00a0: ceux qui emprisonnent des journalistes ne feront "
        "plus leurs courses à Vienne ou à Milan\u00a0», a résumé le haut représentant de l'UE "
        "pour les affaires étrangères, Pieter van Oosterhout, à l'issue de la réunion. Le "
        "Néerlandais a ajouté que d'autres noms pourraient s'ajouter à la liste «\u00a0dès "
        "janvier\u00a0».\n\n"
        "À Minsk, la porte-parole de la diplomatie, Alena Lazouk, a dénoncé une «\u00a0ingérence "
        "grossière\u00a0» dans les affaires intérieures du pays. La Hongrie, longtemps réticente, "
        "s'est finalement abstenue.",
        [
            (
                D,
                [
                    "Le message est simple\u00a0: ceux qui emprisonnent des journalistes ne "
                    "feront plus leurs courses à Vienne ou à Milan"
                ],
                "Pieter van Oosterhout",
            ),
            (P, ["dès janvier"], "Pieter van Oosterhout"),
            (P, ["ingérence grossière"], "Alena Lazouk"),
        ],
    ),
    (  # 4 Colombian peace talks in Oslo: partial inside "a dit croire à un cessez-le-feu … «
        # … »" by "La médiatrice norvégienne, Name" (only the partial), a two-sentence quote
        # continued over two paragraphs (one span each, first period kept) + "a-t-il ajouté"
        # (pronoun for "Le chef de la délégation gouvernementale, Name"), "D'après la
        # délégation de la guérilla," (the group it speaks for, rest of the sentence)
        "Les négociations entre le gouvernement colombien et la guérilla du Front populaire du "
        "Catatumbo ont repris jeudi à Oslo, après quatre mois de suspension. La médiatrice "
        "norvégienne, Ingrid Solbakken, a dit croire à un cessez-le-feu bilatéral «\u00a0avant "
        "la saison des pluies\u00a0».\n\n"
        "Le chef de la délégation gouvernementale, Andrés Felipe Quintero, s'est montré plus "
        "prudent. «\u00a0Nous ne signerons rien tant que les enlèvements continueront dans le "
        "Norte de Santander. Nous l'avons dit très clairement à nos interlocuteurs.\n\n"
        "«\u00a0Mais la porte reste ouverte\u00a0», a-t-il ajouté devant la presse.\n\n"
        "D'après la délégation de la guérilla, une soixantaine de combattants seraient prêts à "
        "déposer les armes dès la signature d'un accord.",
        [
            (P, ["avant la saison des pluies"], "Ingrid Solbakken"),
            (
                D,
                [
                    "Nous ne signerons rien tant que les enlèvements continueront dans le Norte de "
                    "Santander. Nous l'avons dit très clairement à nos interlocuteurs.",
                    "Mais la porte reste ouverte",
                ],
                "Andrés Felipe Quintero",
            ),
            (
                I,
                [
                    "une soixantaine de combattants seraient prêts à déposer les armes dès la "
                    "signature d'un accord"
                ],
                "Front populaire du Catatumbo",
            ),
        ],
    ),
    (  # 5 presidential election in Benin: results published by the electoral commission
        # (not speech), partial in a relative clause "qu'il juge « … »" by "l'ancien ministre
        # … Name", "a appelé ses partisans au calme" (noun object), direct + "a promis le
        # sexagénaire" (age epithet), partial inside "a estimé que … « … »" by "la Botswanaise
        # Name" (only the partial), "tout en relevant des retards" (noun object)
        "Le président sortant du Bénin, Romuald Adjovi-Hounkpè, a été réélu dès le premier tour "
        "de l'élection présidentielle avec 57,8\u00a0% des voix. Les résultats provisoires ont "
        "été publiés mercredi soir par la Commission électorale nationale autonome. La "
        "participation s'établit à 49\u00a0%.\n\n"
        "Son principal adversaire, l'ancien ministre des Finances Gildas Sossou-Agbo, a rejeté "
        "ces chiffres, qu'il juge «\u00a0fabriqués de toutes pièces\u00a0», et a appelé ses "
        "partisans au calme. «\u00a0Nous irons devant la Cour constitutionnelle, pas dans la "
        "rue\u00a0», a promis le sexagénaire lors d'une conférence de presse à Cotonou.\n\n"
        "La cheffe de la mission d'observation de l'Union africaine, la Botswanaise Neo "
        "Kgositsile, a estimé que le scrutin s'était déroulé «\u00a0dans le calme\u00a0», tout "
        "en relevant des retards à l'ouverture de nombreux bureaux de vote.",
        [
            (P, ["fabriqués de toutes pièces"], "Gildas Sossou-Agbo"),
            (
                D,
                ["Nous irons devant la Cour constitutionnelle, pas dans la rue"],
                "Gildas Sossou-Agbo",
            ),
            (P, ["dans le calme"], "Neo Kgositsile"),
        ],
    ),
    (  # 6 Belgian diplomat expelled from Burkina Faso: partial after "a accusé le diplomate
        # d'avoir tenu des" by "le ministre de la Communication, Name", partial after "a
        # qualifié la décision d'" by "la porte-parole du ministère …, Name", a quote split by
        # "a-t-elle déclaré," (one quote two spans, final period kept), "n'a pas souhaité
        # s'exprimer" (not a quote)
        "Le gouvernement de transition burkinabè a donné jeudi soixante-douze heures au premier "
        "conseiller de l'ambassade de Belgique à Ouagadougou, Laurent Verhaegen, pour quitter le "
        "territoire. Dans un communiqué lu à la télévision nationale, le ministre de la "
        "Communication, Issouf Kaboré-Zongo, a accusé le diplomate d'avoir tenu des "
        "«\u00a0propos désobligeants\u00a0» à l'égard des autorités.\n\n"
        "À Bruxelles, la porte-parole du ministère des Affaires étrangères, Hanne De Smedt, a "
        "qualifié la décision d'«\u00a0injustifiée\u00a0». «\u00a0Nous en prenons acte, a-t-elle "
        "déclaré, et nous nous réservons le droit d'y répondre de manière appropriée.\u00a0»\n\n"
        "L'intéressé, en poste depuis 2023, n'a pas souhaité s'exprimer. Il devrait regagner "
        "Bruxelles dimanche.",
        [
            (P, ["propos désobligeants"], "Issouf Kaboré-Zongo"),
            (P, ["injustifiée"], "Hanne De Smedt"),
            (
                D,
                [
                    "Nous en prenons acte",
                    "et nous nous réservons le droit d'y répondre de manière appropriée.",
                ],
                "Hanne De Smedt",
            ),
        ],
    ),
    (  # 7 UN food agency on Haiti: "…, d'après le Fonds … (FNUAA), qui …" (the part before,
        # acronym dropped), partial after "a lancé … un appel" by "Sa directrice exécutive,
        # Name", two-sentence direct + "a déploré la Kényane" (nationality), "a demandé le
        # renforcement" (noun object, not annotated)
        "Près de la moitié de la population haïtienne, soit 5,4 millions de personnes, souffre "
        "d'insécurité alimentaire aiguë, d'après le Fonds des Nations unies pour l'aide "
        "alimentaire (FNUAA), qui présentait mardi son rapport annuel à New York.\n\n"
        "Sa directrice exécutive, Wanjiru Kamau-Otieno, a lancé devant le Conseil de sécurité un "
        "appel «\u00a0à ne pas détourner le regard\u00a0». Depuis septembre, des gangs "
        "contrôlent la route nationale 1, principal axe de ravitaillement du nord du pays. "
        "«\u00a0Nous payons des escortes armées pour livrer du riz. Voilà où nous en "
        "sommes\u00a0», a déploré la Kényane.\n\n"
        "Le représentant d'Haïti auprès de l'ONU, Jean-Rénold Pierre-Louis, a demandé le "
        "renforcement de la mission multinationale de soutien à la sécurité.",
        [
            (
                I,
                [
                    "Près de la moitié de la population haïtienne, soit 5,4 millions de "
                    "personnes, souffre d'insécurité alimentaire aiguë"
                ],
                "Fonds des Nations unies pour l'aide alimentaire",
            ),
            (P, ["à ne pas détourner le regard"], "Wanjiru Kamau-Otieno"),
            (
                D,
                ["Nous payons des escortes armées pour livrer du riz. Voilà où nous en sommes"],
                "Wanjiru Kamau-Otieno",
            ),
        ],
    ),
    (  # 8 French aid worker freed in Niger: two-sentence direct + "a murmuré l'ancien otage"
        # (descriptive noun for "l'humanitaire français Name, 41 ans,"), partial after "Le
        # ministre a remercié" (role for the named minister), "Selon une source diplomatique,"
        # (unnamed, rest of the sentence)
        "Retenu pendant sept mois dans le nord du Niger, l'humanitaire français Baptiste "
        "Lemonnier, 41 ans, est arrivé dimanche soir à l'aéroport de Villacoublay, où "
        "l'attendaient sa famille et le ministre des Affaires étrangères, Arnaud "
        "Desforges-Le Bihan.\n\n"
        "«\u00a0Je pensais à eux tous les jours. Tous les jours\u00a0», a murmuré l'ancien otage "
        "en serrant sa mère dans ses bras. Amaigri, le logisticien de l'ONG Puits sans "
        "frontières a ensuite été conduit à l'hôpital militaire de Bégin pour des examens.\n\n"
        "Le ministre a remercié «\u00a0les partenaires qui ont rendu cette libération "
        "possible\u00a0», sans préciser lesquels. Selon une source diplomatique, le Qatar a joué "
        "un rôle d'intermédiaire dans les négociations.",
        [
            (D, ["Je pensais à eux tous les jours. Tous les jours"], "Baptiste Lemonnier"),
            (
                P,
                ["les partenaires qui ont rendu cette libération possible"],
                "Arnaud Desforges-Le Bihan",
            ),
            (
                I,
                ["le Qatar a joué un rôle d'intermédiaire dans les négociations"],
                "source diplomatique",
            ),
        ],
    ),
    (  # 9 Dutch snap election: "Pour Name, politologue …, « … »" (direct), "Elle rappelle
        # qu'il" (pronoun, indirect), partial after "a promis …, lors de …, de" by "Le chef de
        # file social-démocrate, Name", "exclut toute alliance" (noun object, not annotated)
        "Les Néerlandais retournent aux urnes mercredi, moins de deux ans après les dernières "
        "législatives, à la suite de l'effondrement de la coalition de centre droit en "
        "septembre. Les derniers sondages placent au coude-à-coude le Parti de la liberté "
        "citoyenne (PVB) et les sociaux-démocrates.\n\n"
        "Pour Marieke Hoogendijk, politologue à l'université de Leyde, «\u00a0aucune majorité ne "
        "se dessine, et la formation du prochain gouvernement pourrait prendre des "
        "mois\u00a0». Elle rappelle qu'il avait fallu 223 jours pour constituer la précédente "
        "coalition.\n\n"
        "Le chef de file social-démocrate, Joost Verbruggen, a promis jeudi, lors de son dernier "
        "meeting à Utrecht, de «\u00a0remettre le logement au centre de tout\u00a0». Son rival "
        "du PVB, Dirk Wolters-Ames, exclut toute alliance avec la gauche.",
        [
            (
                D,
                [
                    "aucune majorité ne se dessine, et la formation du prochain gouvernement "
                    "pourrait prendre des mois"
                ],
                "Marieke Hoogendijk",
            ),
            (
                I,
                ["il avait fallu 223 jours pour constituer la précédente coalition"],
                "Marieke Hoogendijk",
            ),
            (P, ["remettre le logement au centre de tout"], "Joost Verbruggen"),
        ],
    ),
    (  # 10 UN climate conference: "n'a pas caché sa déception : « … »" (direct after a
        # colon, final period kept) by "La ministre de l'Environnement des Tuvalu, Name",
        # "D'après le négociateur en chef de l'UE, Name," (rest of the sentence), partial in a
        # relative clause "que l'ONG Name juge « … »" (generic noun dropped)
        "Après une nuit blanche de tractations, les délégués réunis à Nairobi pour la "
        "conférence des Nations unies sur le climat ont adopté samedi matin un accord sur le "
        "financement de l'adaptation, qui prévoit de tripler les fonds d'ici à 2030.\n\n"
        "La ministre de l'Environnement des Tuvalu, Salote Fakaua, n'a pas caché sa "
        "déception\u00a0: «\u00a0Tripler, c'est bien. Mais tripler presque rien, ça reste "
        "presque rien.\u00a0»\n\n"
        "D'après le négociateur en chef de l'Union européenne, Henrik Aalund, les pays "
        "développés mobiliseront 120 milliards de dollars par an. Un chiffre que l'ONG Climat "
        "Équité juge «\u00a0très en deçà des besoins\u00a0», estimés par ses experts à plus de "
        "300 milliards.\n\n"
        "La prochaine conférence se tiendra à Addis-Abeba.",
        [
            (
                D,
                ["Tripler, c'est bien. Mais tripler presque rien, ça reste presque rien."],
                "Salote Fakaua",
            ),
            (
                I,
                ["les pays développés mobiliseront 120 milliards de dollars par an"],
                "Henrik Aalund",
            ),
            (P, ["très en deçà des besoins"], "Climat Équité"),
        ],
    ),
    (  # 11 migrant arrivals on Lampedusa: a prefecture's order (not speech), two-sentence
        # direct + "témoigne Name, médecin bénévole …", "…, d'après un garde-côte qui a requis
        # l'anonymat." (unnamed, the part before), "réclame … un plan européen" (noun object,
        # not annotated), a quote split by "a-t-il lancé," (pronoun for "Le maire de l'île,
        # Name"; one quote two spans, final period kept)
        "Plus de 1\u00a0300 migrants ont débarqué à Lampedusa en quarante-huit heures. La "
        "préfecture d'Agrigente a ordonné lundi le transfert de 600 d'entre eux vers la Sicile "
        "pour désengorger le centre d'accueil de l'île.\n\n"
        "«\u00a0Le centre est prévu pour 400 personnes. Hier soir, ils étaient 1\u00a0100 à "
        "dormir par terre\u00a0», témoigne Francesca Lo Bianco, médecin bénévole pour "
        "l'association Mare Aperto. La plupart des embarcations étaient parties de Sfax, en "
        "Tunisie, d'après un garde-côte qui a requis l'anonymat.\n\n"
        "Le maire de l'île, Salvatore Brignone, réclame depuis des mois un plan européen de "
        "répartition. «\u00a0Rome nous oublie, Bruxelles aussi, a-t-il lancé, et Lampedusa ne "
        "peut pas rester seule la porte de l'Europe.\u00a0»",
        [
            (
                D,
                [
                    "Le centre est prévu pour 400 personnes. Hier soir, ils étaient 1\u00a0100 à "
                    "dormir par terre"
                ],
                "Francesca Lo Bianco",
            ),
            (I, ["La plupart des embarcations étaient parties de Sfax, en Tunisie"], "garde-côte"),
            (
                D,
                [
                    "Rome nous oublie, Bruxelles aussi",
                    "et Lampedusa ne peut pas rester seule la porte de l'Europe.",
                ],
                "Salvatore Brignone",
            ),
        ],
    ),
    (  # 12 South Korean state visit to France: two-sentence direct + "a déclaré le dirigeant
        # de 62 ans" (age, for "Le président sud-coréen, Name"), "Un porte-parole de l'Élysée a
        # indiqué que" (unnamed spokesperson, speaks for the Élysée), "n'a pas souhaité
        # répondre" (not a quote)
        "Le président sud-coréen, Park Seung-hwan, a achevé mercredi une visite d'État de trois "
        "jours en France par la signature de onze accords, dont un sur la coopération dans le "
        "nucléaire civil.\n\n"
        "«\u00a0La Corée et la France ne sont pas seulement des partenaires. Nous sommes deux "
        "puissances industrielles qui refusent de choisir entre Washington et Pékin\u00a0», a "
        "déclaré le dirigeant de 62 ans lors d'une conférence de presse commune à l'Élysée.\n\n"
        "Un porte-parole de l'Élysée a indiqué que les deux pays tiendraient désormais un "
        "dialogue stratégique annuel, le premier à Séoul au printemps. Interrogé sur la Corée du "
        "Nord, M.\u00a0Park n'a pas souhaité répondre.",
        [
            (
                D,
                [
                    "La Corée et la France ne sont pas seulement des partenaires. Nous sommes deux "
                    "puissances industrielles qui refusent de choisir entre Washington et Pékin"
                ],
                "Park Seung-hwan",
            ),
            (
                I,
                [
                    "les deux pays tiendraient désormais un dialogue stratégique annuel, le "
                    "premier à Séoul au printemps"
                ],
                "Élysée",
            ),
        ],
    ),
    (  # 13 new Canadian ambassador to Algeria: "a remis ses lettres de créance" (not speech),
        # "Elle a confié aux journalistes …, à la sortie de l'audience, qu'elle voulait faire
        # de l'éducation « … »" (addressee, quoted words inside reported speech, only the
        # partial), "a salué … l'arrivée" and "rappelé la tenue" (noun objects, not annotated)
        "La nouvelle ambassadrice du Canada en Algérie, Geneviève Thériault-Nadeau, a remis "
        "mardi ses lettres de créance au président algérien, au palais d'El Mouradia. Ancienne "
        "consule générale à Casablanca, la diplomate de 54 ans connaît bien la région.\n\n"
        "Elle a confié aux journalistes algériens, à la sortie de l'audience, qu'elle voulait "
        "faire de l'éducation «\u00a0le cœur de la relation\u00a0» entre les deux pays. Plus de "
        "6\u00a0000 étudiants algériens sont inscrits dans des universités canadiennes.\n\n"
        "Le ministère algérien des Affaires étrangères a salué dans un communiqué l'arrivée de "
        "la nouvelle ambassadrice et rappelé la tenue, en février, d'une commission mixte à "
        "Ottawa.",
        [
            (P, ["le cœur de la relation"], "Geneviève Thériault-Nadeau"),
        ],
    ),
    (  # 14 South Sudan peace talks in Nairobi: "Le diplomate a fixé le cap … : « … »"
        # (descriptive noun for "le Mozambicain Name"; two sentences, final period kept),
        # "a posé ses conditions : la libération …" (noun objects, not annotated), direct +
        # "a-t-il assuré" (pronoun for "Le porte-parole du MLE, Name"), "selon lesquels" (not
        # a source)
        "Les pourparlers de paix entre le gouvernement sud-soudanais et le Mouvement pour la "
        "libération de l'Équatoria (MLE) se sont ouverts lundi à Nairobi, en présence de "
        "l'envoyé spécial de l'Union africaine, le Mozambicain Tomás Nhantumbo.\n\n"
        "Le diplomate a fixé le cap dès la séance d'ouverture\u00a0: «\u00a0Un cessez-le-feu "
        "vérifiable d'ici à la fin janvier. Le reste viendra ensuite.\u00a0»\n\n"
        "Le porte-parole du MLE, Peter Lado Wani, a posé ses conditions\u00a0: la libération de "
        "140 prisonniers politiques et le retrait de l'armée de trois comtés du sud. "
        "«\u00a0Sans geste de Djouba, nous rentrerons chez nous\u00a0», a-t-il assuré.\n\n"
        "Ces exigences font suite à des rapports d'ONG selon lesquels des villages de la région "
        "de Yei auraient été incendiés en octobre.",
        [
            (
                D,
                ["Un cessez-le-feu vérifiable d'ici à la fin janvier. Le reste viendra ensuite."],
                "Tomás Nhantumbo",
            ),
            (D, ["Sans geste de Djouba, nous rentrerons chez nous"], "Peter Lado Wani"),
        ],
    ),
    (  # 15 race for UN secretary-general, « » without inner spaces: "…, selon plusieurs
        # diplomates ayant assisté …" (unnamed plural, the part before), two-sentence direct +
        # "a tempéré l'ancienne ministre …, 59 ans," (role and age for "La Costaricienne
        # Name"), "Pour le chercheur Name, …, la partie se jouera « … »" (only the partial)
        "La Costaricienne Ana Lucía Brenes Solano a pris une sérieuse option sur le secrétariat "
        "général des Nations unies. Lors du troisième vote indicatif du Conseil de sécurité, "
        "jeudi, elle a recueilli douze voix favorables et aucun veto, selon plusieurs "
        "diplomates ayant assisté au scrutin à huis clos.\n\n"
        "«Je n'ai rien gagné. Quinze pays ont exprimé une préférence, c'est tout», a tempéré "
        "l'ancienne ministre des Affaires étrangères, 59 ans, à sa sortie du siège de "
        "l'organisation, à New York.\n\n"
        "Son principal concurrent, le Slovène Matej Kranjc, n'a obtenu que neuf voix. Pour le "
        "chercheur Olivier Marchetti, spécialiste de l'ONU à l'Institut d'études diplomatiques "
        "de Genève, la partie se jouera désormais «entre Washington et Pékin».",
        [
            (
                I,
                [
                    "Lors du troisième vote indicatif du Conseil de sécurité, jeudi, elle a "
                    "recueilli douze voix favorables et aucun veto"
                ],
                "diplomates",
            ),
            (
                D,
                ["Je n'ai rien gagné. Quinze pays ont exprimé une préférence, c'est tout"],
                "Ana Lucía Brenes Solano",
            ),
            (P, ["entre Washington et Pékin"], "Olivier Marchetti"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 ASEAN summit, curly quotes: two-sentence direct + "said Malaysia's foreign
        # minister, Name, who …" (attribution after the cue), partial inside "Name, a senior
        # fellow …, said the statement “…”" (only the partial), "told reporters on his flight
        # home that he had … but had …" (addressee, one indirect)
        "Southeast Asian leaders ended a two-day summit in Kuala Lumpur on Sunday with a joint "
        "statement on the South China Sea that was welcomed in Manila and Hanoi as the firmest "
        "in a decade.\n\n"
        "“We are no longer talking about whether there will be a code of conduct. We are talking "
        "about when,” said Malaysia's foreign minister, Faridah Hamzah Yusof, who chaired the "
        "final session.\n\n"
        "Not everyone was convinced. Rosalind Tan, a senior fellow at the Lee Centre for "
        "Regional Studies in Singapore, said the statement “papers over the real "
        "disagreements” between claimant states and the rest of the bloc.\n\n"
        "The Philippine president, Ramon Villaruel Cruz, told reporters on his flight home that "
        "he had pushed for tougher wording on the use of water cannon against fishing boats but "
        "had accepted a compromise.",
        [
            (
                D,
                [
                    "We are no longer talking about whether there will be a code of conduct. We "
                    "are talking about when"
                ],
                "Faridah Hamzah Yusof",
            ),
            (P, ["papers over the real disagreements"], "Rosalind Tan"),
            (
                I,
                [
                    "he had pushed for tougher wording on the use of water cannon against fishing "
                    "boats but had accepted a compromise"
                ],
                "Ramon Villaruel Cruz",
            ),
        ],
    ),
    (  # 2 Venezuelans crossing into Colombia, curly quotes: "…, according to the Name, a
        # level …" (the part before), two-sentence direct + "said its director, Name" (role
        # dropped), a first-name-only migrant ("Yusmary, a 27-year-old nurse …") then a direct
        # + "she said, shaking her head" (pronoun)
        "More than 3,000 Venezuelans crossed into Colombia over the Simón Bolívar bridge every "
        "day last month, according to the Americas Migration Observatory, a level not seen since "
        "2019.\n\n"
        "At a shelter run by the charity Casa Abierta in Cúcuta, volunteers now serve 1,800 "
        "meals a day. “We planned for half that. Some nights people sleep in the courtyard, on "
        "cardboard,” said its director, Mariela Contreras.\n\n"
        "Among them is Yusmary, a 27-year-old nurse from Maracaibo who gave only her first name. "
        "She sold her phone to pay for the bus to the border. “I earned eleven dollars a month "
        "in a hospital. Eleven,” she said, shaking her head.\n\n"
        "Colombia has registered 2.9 million Venezuelan migrants since 2015.",
        [
            (
                I,
                [
                    "More than 3,000 Venezuelans crossed into Colombia over the Simón Bolívar "
                    "bridge every day last month"
                ],
                "Americas Migration Observatory",
            ),
            (
                D,
                [
                    "We planned for half that. Some nights people sleep in the courtyard, on "
                    "cardboard"
                ],
                "Mariela Contreras",
            ),
            (D, ["I earned eleven dollars a month in a hospital. Eleven"], "Yusmary"),
        ],
    ),
    (  # 3 US Treasury sanctions on a coal-smuggling network, straight quotes: a quote
        # embedded as the predicate of "The network" + "the Treasury's under secretary …, Name,
        # said in a statement" (partial, frame comma dropped), "did not respond to requests
        # for comment" (not a quote), "“A,” said Name, a researcher …. “B.”" (two direct
        # quotes, both the researcher's)
        "The US Treasury on Tuesday imposed sanctions on fourteen companies and six ships over "
        "the shipment of North Korean coal to ports in East Asia in breach of UN resolutions.\n\n"
        'The network "relied on falsified documents, ship-to-ship transfers and a web of shell '
        "companies in three jurisdictions,\" the Treasury's under secretary for terrorism and "
        "financial intelligence, Daniel Okafor-Reyes, said in a statement. One of the firms "
        "named, the Hong Kong-registered Bright Harbour Logistics, did not respond to requests "
        "for comment.\n\n"
        '"They will repaint the hulls and change the flags within a month," said Baek Hyun-joo, '
        'a researcher at the Maritime Security Forum in Seoul. "It has happened every time."',
        [
            (
                P,
                [
                    "relied on falsified documents, ship-to-ship transfers and a web of shell "
                    "companies in three jurisdictions"
                ],
                "Daniel Okafor-Reyes",
            ),
            (
                D,
                ["They will repaint the hulls and change the flags within a month"],
                "Baek Hyun-joo",
            ),
            (D, ["It has happened every time."], "Baek Hyun-joo"),
        ],
    ),
    (  # 4 Cyprus talks in Geneva, curly quotes: "“A,” the Uruguayan diplomat told reporters
        # …. “B.”" (nationality for "the UN envoy, Name"; two direct quotes), "has long argued
        # for a two-state solution" (noun object, not annotated), partial after "called that
        # position" by "His Greek Cypriot counterpart, Name"
        "UN-backed talks on reunifying Cyprus resumed in Geneva on Monday for the first time in "
        "nine years, with the Greek Cypriot and Turkish Cypriot leaders at the same table under "
        "the chairmanship of the UN envoy, Mariana Echeverría.\n\n"
        "“Nobody in this room expects a breakthrough this week,” the Uruguayan diplomat told "
        "reporters before the session. “But nine years is a long time not to talk.”\n\n"
        "The Turkish Cypriot leader, Kemal Özdağlı, has long argued for a two-state solution. "
        "His Greek Cypriot counterpart, Andreas Charalambides, called that position “a dead "
        "end” but stayed for the afternoon session.\n\n"
        "The talks are scheduled to last three days.",
        [
            (D, ["Nobody in this room expects a breakthrough this week"], "Mariana Echeverría"),
            (D, ["But nine years is a long time not to talk."], "Mariana Echeverría"),
            (P, ["a dead end"], "Andreas Charalambides"),
        ],
    ),
    (  # 5 Ghana presidential election, curly quotes: "announced the result" (noun object),
        # "Turnout was 64%, she said, up …" (pronoun for "The chairwoman of the Electoral
        # Commission, Name"; the part before), two-sentence direct + "the 58-year-old former
        # central bank governor told cheering supporters" (age and role for the winner),
        # "conceded defeat" (not speech), unnamed "said a taxi driver in Kumasi"
        "Ghana's opposition leader, Kwabena Asante-Mensah, was declared the winner of "
        "Saturday's presidential election on Tuesday with 52.4% of the vote, ending eight years "
        "of rule by the governing party.\n\n"
        "The chairwoman of the Electoral Commission, Akosua Frimpong-Boateng, announced the "
        "result shortly before midnight at a packed conference centre in Accra. Turnout was "
        "64%, she said, up six points on the last election.\n\n"
        "“This victory does not belong to me. It belongs to every young Ghanaian who queued in "
        "the sun,” the 58-year-old former central bank governor told cheering supporters.\n\n"
        "His rival, the outgoing vice-president Samuel Owusu-Darko, conceded defeat in a phone "
        "call on Monday evening. “Now we wait to see if he keeps his promises,” said a taxi "
        "driver in Kumasi.",
        [
            (I, ["Turnout was 64%"], "Akosua Frimpong-Boateng"),
            (
                D,
                [
                    "This victory does not belong to me. It belongs to every young Ghanaian who "
                    "queued in the sun"
                ],
                "Kwabena Asante-Mensah",
            ),
            (D, ["Now we wait to see if he keeps his promises"], "taxi driver"),
        ],
    ),
    (  # 6 UN displacement report, curly quotes: "…, the UN Displacement Agency said on
        # Thursday." (the part before), a quote split by "the agency's head, Name, said at …,"
        # (one quote two spans, lower-case continuation, final period kept), "The Norwegian
        # warned that" (nationality, indirect)
        "The number of people forced from their homes worldwide rose to a record 131 million "
        "this year, driven by wars in Sudan and the Sahel and by floods in South Asia, the UN "
        "Displacement Agency said on Thursday.\n\n"
        "“These are not numbers,” the agency's head, Astrid Haugland, said at the launch of its "
        "annual report in Geneva, “they are teachers, farmers and children who have lost "
        "everything.”\n\n"
        "The Norwegian warned that funding had fallen by a third since 2023 as donor "
        "governments cut aid budgets. The agency has already reduced food rations in camps in "
        "Kenya and Bangladesh.",
        [
            (
                I,
                [
                    "The number of people forced from their homes worldwide rose to a record 131 "
                    "million this year, driven by wars in Sudan and the Sahel and by floods in "
                    "South Asia"
                ],
                "UN Displacement Agency",
            ),
            (
                D,
                [
                    "These are not numbers",
                    "they are teachers, farmers and children who have lost everything.",
                ],
                "Astrid Haugland",
            ),
            (
                I,
                ["funding had fallen by a third since 2023 as donor governments cut aid budgets"],
                "Astrid Haugland",
            ),
        ],
    ),
    (  # 7 Irish embassy opens in Mongolia, straight quotes: partial inside "said the two
        # countries had "…"" by "Ireland's minister of state …, Name" (name particle "Ó"; only
        # the partial), "She said her priorities would be …, and that …" (pronoun for "The new
        # ambassador, Name"; one indirect), "welcomed the move" (noun object)
        "Ireland opened its first embassy in Mongolia on Wednesday, part of a plan to double "
        "the country's diplomatic footprint in Asia by 2030.\n\n"
        "Speaking at the ceremony in Ulaanbaatar, Ireland's minister of state for foreign "
        'affairs, Ciarán Ó Briain, said the two countries had "more in common than a map would '
        'suggest", pointing to their small populations, large neighbours and a shared love of '
        "horses.\n\n"
        "The new ambassador, Siobhra Gallagher, previously served as deputy head of mission in "
        "Beijing. She said her priorities would be education and agritech, and that Irish "
        "universities already hosted some 300 Mongolian students.\n\n"
        "Mongolia's foreign ministry welcomed the move in a statement.",
        [
            (P, ["more in common than a map would suggest"], "Ciarán Ó Briain"),
            (
                I,
                [
                    "her priorities would be education and agritech, and that Irish universities "
                    "already hosted some 300 Mongolian students"
                ],
                "Siobhra Gallagher",
            ),
        ],
    ),
    (  # 8 Arctic ministers in Tromsø, straight quotes: partial after "called the agreement"
        # by "Norway's foreign minister, Name, who …", then a quote continued over two
        # paragraphs (one span each, first one's period kept) + "he said", partial inside
        # "said Indigenous communities had been "…"" by "The president of the Name, Name"
        "Foreign ministers of the eight Arctic states agreed in Tromsø on Thursday to resume "
        "joint scientific work suspended for more than four years, though they stopped short of "
        "restoring full political cooperation.\n\n"
        "Norway's foreign minister, Eirik Sandvold, who hosted the meeting, called the agreement "
        '"modest but real". "Ice does not care about our disagreements. Permafrost does not '
        "wait for a better political climate.\n\n"
        '"So we have decided that our scientists, at least, will talk to each other again," he '
        "said.\n\n"
        "The president of the Arctic Peoples' Assembly, Ánne Márjá Guttorm, said Indigenous "
        'communities had been "the first to pay" for the freeze.',
        [
            (P, ["modest but real"], "Eirik Sandvold"),
            (
                D,
                [
                    "Ice does not care about our disagreements. Permafrost does not wait for a "
                    "better political climate.",
                    "So we have decided that our scientists, at least, will talk to each other "
                    "again",
                ],
                "Eirik Sandvold",
            ),
            (P, ["the first to pay"], "Ánne Márjá Guttorm"),
        ],
    ),
    (  # 9 Chilean presidential run-off, straight quotes: "…, the electoral authority said."
        # (unnamed body, the part before), direct + "Larraín said at …" (surname for "the
        # conservative senator Name"), direct + "said Name, a political scientist …"
        "Chileans elected Valentina Errázuriz Pinto, a 46-year-old former mayor of Valparaíso, "
        "as their president on Sunday, making her the youngest head of state in the country's "
        "history.\n\n"
        "With 99% of ballots counted, she had 53.1% of the vote against 46.9% for the "
        "conservative senator Rodrigo Larraín Vial, the electoral authority said.\n\n"
        'Her rival conceded within the hour. "Chile has chosen, and I will be the first to '
        'respect that choice," Larraín said at his campaign headquarters in Santiago, flanked '
        "by his wife and four children.\n\n"
        '"People voted against the last four years more than for a programme," said Tomás '
        "Undurraga, a political scientist at the Catholic University.",
        [
            (
                I,
                [
                    "With 99% of ballots counted, she had 53.1% of the vote against 46.9% for the "
                    "conservative senator Rodrigo Larraín Vial"
                ],
                "electoral authority",
            ),
            (
                D,
                ["Chile has chosen, and I will be the first to respect that choice"],
                "Rodrigo Larraín Vial",
            ),
            (
                D,
                ["People voted against the last four years more than for a programme"],
                "Tomás Undurraga",
            ),
        ],
    ),
    (  # 10 aid workers killed in the Central African Republic, curly quotes: "…, the group
        # said." (generic noun for the charity Name, the part before), two-sentence direct +
        # "said Name, the charity's country director, who …", "The UN mission … condemned the
        # attack" (noun object, not annotated)
        "Three aid workers with the medical charity Frontline Care were killed on Sunday when "
        "their clearly marked vehicle came under fire near the town of Kaga-Bandoro in the "
        "Central African Republic, the group said.\n\n"
        "“They knew the risks. They went anyway, because nobody else would,” said Jeanne "
        "Okemba, the charity's country director, who had worked with the three men for six "
        "years.\n\n"
        "The UN mission in the country condemned the attack, the fourth on humanitarian "
        "convoys in the north-west since August. Frontline Care has suspended its mobile clinics "
        "in the region.",
        [
            (
                I,
                [
                    "Three aid workers with the medical charity Frontline Care were killed on "
                    "Sunday when their clearly marked vehicle came under fire near the town of "
                    "Kaga-Bandoro in the Central African Republic"
                ],
                "Frontline Care",
            ),
            (
                D,
                ["They knew the risks. They went anyway, because nobody else would"],
                "Jeanne Okemba",
            ),
        ],
    ),
    (  # 11 Kenya-Tanzania diplomatic row, straight quotes: "summoned Tanzania's high
        # commissioner" (not speech), "“A,” Kenya's foreign affairs secretary, Name, wrote on
        # social media. “B.”" (two direct quotes), partial inside "told a press conference in
        # Dodoma that the two had entered … "…"" (addressee, only the partial), "did not say
        # whether" and "has not commented" (not quotes)
        "Kenya summoned Tanzania's high commissioner in Nairobi on Monday after two Kenyan human "
        "rights activists were detained at Dar es Salaam airport and deported overnight.\n\n"
        '"We expect our citizens to be treated with the dignity that neighbours owe each '
        "other,\" Kenya's foreign affairs secretary, Grace Wambui Kiprono, wrote on social "
        'media. "We have received no explanation."\n\n'
        "A Tanzanian government spokesman, Hamisi Mwinyimkuu, told a press conference in Dodoma "
        'that the two had entered the country "under false pretences" to attend an opposition '
        "rally. He did not say whether they had been charged.\n\n"
        "The East African Community has not commented.",
        [
            (
                D,
                [
                    "We expect our citizens to be treated with the dignity that neighbours owe "
                    "each other"
                ],
                "Grace Wambui Kiprono",
            ),
            (D, ["We have received no explanation."], "Grace Wambui Kiprono"),
            (P, ["under false pretences"], "Hamisi Mwinyimkuu"),
        ],
    ),
    (  # 12 Afghans returning from Pakistan, straight quotes: "Name, 61, … She said she had"
        # (pronoun, indirect), then an unattributed direct ending in a question mark that
        # continues her words, "The Name, a UN-affiliated body …, said it was" (organisation
        # speaking), a government deadline (not speech)
        "More than 9,000 Afghans crossed back into their country through the Torkham border "
        "post last week, many of them after decades in Pakistan, as Islamabad pressed ahead "
        "with the expulsion of undocumented foreigners.\n\n"
        "Gul Bibi, 61, arrived with her grandchildren and two suitcases. She said she had left "
        'Peshawar in 1985 as a young bride. "My sons were born there. My husband is buried '
        'there. What do I have here?"\n\n'
        "The International Organization for Returns, a UN-affiliated body that runs a transit "
        "camp on the Afghan side, said it was struggling to provide shelter as night "
        "temperatures dropped below freezing. Pakistan's government has set a March deadline "
        "for all undocumented foreigners to leave.",
        [
            (I, ["she had left Peshawar in 1985 as a young bride"], "Gul Bibi"),
            (
                D,
                ["My sons were born there. My husband is buried there. What do I have here?"],
                "Gul Bibi",
            ),
            (
                I,
                [
                    "it was struggling to provide shelter as night temperatures dropped below "
                    "freezing"
                ],
                "International Organization for Returns",
            ),
        ],
    ),
    (  # 13 EU-Mercosur trade deal signed, curly and straight quotes: two-sentence direct +
        # "joked the EU trade commissioner, Name, drawing laughter …", partial after "called
        # the deal" by "Brazil's foreign minister, Name", partial inside "The farmers'
        # federation Name said the agreement would … "…"" (generic noun dropped, only the
        # partial), "urged MEPs to reject it" (not annotated)
        "The European Union and the four Mercosur countries signed their long-delayed trade "
        "agreement in Montevideo on Friday, a quarter of a century after negotiations began.\n\n"
        "“Twenty-five years. Some of the negotiators who started this are now retired, and one "
        "of them is here today as a guest,” joked the EU trade commissioner, Katarzyna "
        "Wrzesińska, drawing laughter from the delegations.\n\n"
        "Brazil's foreign minister, Paulo Henrique Sobral, called the deal “a message to those "
        "who think trade is a weapon”.\n\n"
        "In Brussels, hundreds of farmers blocked the roads around the European Parliament. The "
        "farmers' federation AgriEuropa said the agreement would expose European beef producers "
        'to "unfair competition" and urged MEPs to reject it.',
        [
            (
                D,
                [
                    "Twenty-five years. Some of the negotiators who started this are now retired, "
                    "and one of them is here today as a guest"
                ],
                "Katarzyna Wrzesińska",
            ),
            (
                P,
                ["a message to those who think trade is a weapon"],
                "Paulo Henrique Sobral",
            ),
            (P, ["unfair competition"], "AgriEuropa"),
        ],
    ),
    (  # 14 Japan-Philippines defence pact, curly quotes: "signed the document", "announced
        # $40 million in coastguard training", "called on the Philippine president" (a visit)
        # and "thanked him for …" (none annotated), partial inside "told a regular briefing
        # that such agreements “…”" by "a foreign ministry spokeswoman, Name" (addressee,
        # only the partial)
        "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday "
        "allowing their troops to train on each other's territory, the latest in a series of "
        "defence pacts in the region.\n\n"
        "Japan's defence minister, Hiroshi Tanabe, and his Philippine counterpart, Gilberto "
        "Magsaysay Reyes, signed the document at Camp Aguinaldo. Mr Tanabe also announced $40 "
        "million in coastguard training and later called on the Philippine president, who "
        "thanked him for Japan's earlier donation of five patrol vessels.\n\n"
        "In Beijing, a foreign ministry spokeswoman, Liu Yanping, told a regular briefing that "
        "such agreements “should not target or harm the interests of any third party”.",
        [
            (
                P,
                ["should not target or harm the interests of any third party"],
                "Liu Yanping",
            ),
        ],
    ),
    (  # 15 UN envoy for Libya resigns, curly quotes: partial inside "telling the Security
        # Council that … “…”" by "the Ghanaian diplomat Name" (only the partial), "the
        # 67-year-old wrote that he had … and could …" (age, one indirect), "According to two
        # diplomats on the council," (unnamed plural, rest of the sentence), "did not comment"
        "The UN special envoy for Libya, the Ghanaian diplomat Kofi Amankwah-Boadu, has "
        "resigned after twenty months in the post, telling the Security Council that the "
        "country's rival leaders had “no interest whatsoever” in holding elections.\n\n"
        "In a letter to the Secretary-General seen by this newspaper, the 67-year-old wrote "
        "that he had exhausted every avenue for dialogue and could no longer justify the cost "
        "of his mission.\n\n"
        "According to two diplomats on the council, the Secretary-General intends to name a "
        "successor before the end of January, possibly from the Arab League. Libya's two rival "
        "governments did not comment.",
        [
            (P, ["no interest whatsoever"], "Kofi Amankwah-Boadu"),
            (
                I,
                [
                    "he had exhausted every avenue for dialogue and could no longer justify the "
                    "cost of his mission"
                ],
                "Kofi Amankwah-Boadu",
            ),
            (
                I,
                [
                    "the Secretary-General intends to name a successor before the end of "
                    "January, possibly from the Arab League"
                ],
                "diplomats",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout137.jsonl"),
        "heldout137",
        "h137",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
