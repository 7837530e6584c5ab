"""Source of the eighty-fourth held-out set: writes heldout84.jsonl (split "heldout84").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
news about social movements, strikes and protests: pension and wage strikes, student and climate
marches, farmers' and taxi drivers' blockades, police handling of demonstrations, negotiations
between unions, employers and government, with union leaders, protesters, employers' federations,
ministers, police prefects and passers-by quoted.
Measured once with 0.3.0, 0.27.1 and 0.28.0's first rules (from heldout77–80) on
2026-12-02, then read for its last rules (docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout84.py
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
    (  # 1 pension strike day: apposition "la secrétaire générale de X, Name" after the quote,
        # second union leader of the same kind with a noun object only ("a annoncé une grève",
        # not annotated), "selon lequel" trap, minister "a assuré que" then "a-t-il ajouté"
        "Le ministère de l'Intérieur a compté 1,1 million de manifestants jeudi dans toute la "
        "France contre le projet de réforme des retraites, l'intersyndicale en a revendiqué plus "
        "du double. Il s'agit de la quatrième journée de mobilisation depuis la rentrée, et de la "
        "plus suivie.\n\n"
        "«\u00a0C'est la plus forte mobilisation depuis trente ans. Le gouvernement ne peut plus "
        "faire semblant de ne pas entendre\u00a0», a lancé la secrétaire générale de la "
        "Confédération générale autonome (CGA), Martine Oyelaran-Ducros, en tête du cortège "
        "parisien, entre la place de la République et la Nation.\n\n"
        "Son homologue de l'Union syndicale des salariés (USS), Bernard Kowalczyk, a annoncé une "
        "grève reconductible dans les transports à partir du 14 décembre. Un sondage publié "
        "mercredi, selon lequel 68\u00a0% des Français soutiennent le mouvement, conforte les "
        "syndicats dans leur stratégie.\n\n"
        "Le ministre du Travail, Frédéric Aubanel, a assuré vendredi matin sur Radio Centre que "
        "le texte ne serait pas retiré. «\u00a0La porte du dialogue reste ouverte, mais le "
        "calendrier ne bougera pas\u00a0», a-t-il ajouté. Le projet doit être examiné en séance "
        "à l'Assemblée nationale à partir du 9 janvier.",
        [
            (
                D,
                [
                    "C'est la plus forte mobilisation depuis trente ans. Le gouvernement ne peut "
                    "plus faire semblant de ne pas entendre"
                ],
                "Martine Oyelaran-Ducros",
            ),
            (I, ["le texte ne serait pas retiré"], "Frédéric Aubanel"),
            (
                D,
                ["La porte du dialogue reste ouverte, mais le calendrier ne bougera pas"],
                "Frédéric Aubanel",
            ),
        ],
    ),
    (  # 2 farmers' motorway blockade: quote over two paragraphs (first left open, second
        # reopened with «) attributed at the end by "prévient Name, role", prefect's partial
        # inside reported speech (only the partial), unnamed "un routier" with a colon before
        "Plusieurs centaines de tracteurs bloquent depuis lundi matin l'autoroute A62 à hauteur "
        "de Montbérac, à l'appel de la Fédération des exploitants du Haut-Quercy (FEHQ). Les "
        "agriculteurs dénoncent l'effondrement des prix du lait et la multiplication des "
        "contrôles administratifs. Des bottes de paille et des pneus ont été empilés sur les deux "
        "voies.\n\n"
        "«\u00a0On ne partira pas avec des promesses. On a déjà donné, on a déjà attendu, et nos "
        "comptes sont toujours dans le rouge.\n\n"
        "«\u00a0Ce qu'on demande, c'est simple\u00a0: un prix qui couvre nos coûts de production. "
        "Ni plus ni moins\u00a0», prévient Jean-Baptiste Lacoste-Mbaye, éleveur à Saint-Aurin et "
        "président de la FEHQ, assis sur le marchepied de son tracteur.\n\n"
        "Le préfet du Haut-Quercy, Hervé Castagnède, a fait savoir dans la soirée que les forces "
        "de l'ordre n'interviendraient pas «\u00a0tant que la sécurité des usagers est "
        "assurée\u00a0». Les déviations mises en place allongent les trajets d'une quarantaine de "
        "minutes.\n\n"
        "Sur l'aire de repos voisine, un routier espagnol bloqué depuis l'aube prend son mal en "
        "patience\u00a0: «\u00a0Je les comprends, mais moi aussi je suis payé à la "
        "livraison.\u00a0»",
        [
            (
                D,
                [
                    "On ne partira pas avec des promesses. On a déjà donné, on a déjà attendu, et "
                    "nos comptes sont toujours dans le rouge.",
                    "Ce qu'on demande, c'est simple\u00a0: un prix qui couvre nos coûts de "
                    "production. Ni plus ni moins",
                ],
                "Jean-Baptiste Lacoste-Mbaye",
            ),
            (P, ["tant que la sécurité des usagers est assurée"], "Hervé Castagnède"),
            (
                D,
                ["Je les comprends, mais moi aussi je suis payé à la livraison."],
                "routier",
            ),
        ],
    ),
    (  # 3 taxi blockade at the airport: two dialogue-dash lines (unnamed "un automobiliste",
        # then a named driver), police prefect with a colon before the quote, collective's
        # name in « » that is not a quote, "a appelé à un rassemblement" (noun object)
        "Plusieurs centaines de chauffeurs de taxi ont bloqué mardi les accès au terminal 2 de "
        "l'aéroport de Roissy pour protester contre l'attribution de 4\u00a0000 nouvelles "
        "licences aux plateformes de VTC. Des voyageurs ont dû rejoindre les terminaux à pied, "
        "valise à la main.\n\n"
        "Sur le rond-point d'accès, l'ambiance est électrique. Les échanges fusent entre "
        "chauffeurs et automobilistes bloqués.\n\n"
        "— Vous nous prenez en otage, lance un automobiliste au volant d'un utilitaire.\n\n"
        "— C'est nous qu'on prend en otage depuis dix ans, lui répond Karim Benslimane, "
        "chauffeur depuis 1998.\n\n"
        "Vers 11\u00a0heures, les CRS ont fait usage de gaz lacrymogène pour dégager une voie. Le "
        "préfet de police, Laurent Vasseur-Nguyen, a justifié l'intervention\u00a0: «\u00a0Le "
        "droit de manifester ne comprend pas celui d'empêcher des milliers de passagers de "
        "prendre leur avion.\u00a0» Le collectif «\u00a0Taxis debout\u00a0», à l'origine du "
        "mouvement, a appelé à un nouveau rassemblement jeudi.",
        [
            (D, ["Vous nous prenez en otage"], "automobiliste"),
            (D, ["C'est nous qu'on prend en otage depuis dix ans"], "Karim Benslimane"),
            (
                D,
                [
                    "Le droit de manifester ne comprend pas celui d'empêcher des milliers de "
                    "passagers de prendre leur avion."
                ],
                "Laurent Vasseur-Nguyen",
            ),
        ],
    ),
    (  # 4 student march: banner slogan in « » (not a quote), « » with plain spaces, direct +
        # "a dénoncé Name, présidente de X", "a réclamé le retrait" (noun object), a student
        # described but not quoted, ministry "a fait valoir que … et que …" (one indirect)
        "Plusieurs milliers d'étudiants ont défilé mercredi dans le centre de Lyon contre le "
        "projet de hausse des frais d'inscription à l'université, qui passeraient de 178 à 650 "
        "euros par an en licence. Le cortège, parti des quais du Rhône, a rejoint la place "
        "Bellecour dans le calme, derrière une banderole « Le savoir n'est pas à vendre ».\n\n"
        "« On nous parle d'égalité des chances, et on ferme la porte à ceux qui n'ont pas les "
        "moyens », a dénoncé Inès Haddad-Ferreira, présidente de l'Union des étudiants de France "
        "(UEF). Elle a réclamé le retrait pur et simple du projet.\n\n"
        "À ses côtés, Lucas Teixeira, étudiant en deuxième année de sociologie, cumule deux "
        "emplois, l'un dans un fast-food, l'autre dans un entrepôt, pour payer son loyer.\n\n"
        "Le ministère de l'Enseignement supérieur a fait valoir que les boursiers resteraient "
        "exonérés et que la hausse financerait la rénovation des campus. La ministre, Claire "
        "Dembélé, doit recevoir les organisations étudiantes lundi.",
        [
            (
                D,
                [
                    "On nous parle d'égalité des chances, et on ferme la porte à ceux qui n'ont "
                    "pas les moyens"
                ],
                "Inès Haddad-Ferreira",
            ),
            (
                I,
                [
                    "les boursiers resteraient exonérés et que la hausse financerait la "
                    "rénovation des campus"
                ],
                "ministère de l'Enseignement supérieur",
            ),
        ],
    ),
    (  # 5 climate march: incise "a lancé au micro Name, 19 ans, porte-parole" splitting one
        # quote (comma form), unattributed follow-up after "La jeune femme", mayor's partial
        # "a salué une mobilisation « … »", documentary title in « » (not a quote)
        "Ils étaient plusieurs milliers, samedi à Nantes, à marcher pour le climat à l'appel du "
        "collectif Jeunesse pour demain, quelques jours avant l'ouverture de la conférence "
        "régionale sur la transition énergétique.\n\n"
        "«\u00a0Nous n'avons pas choisi d'être la génération qui paiera la facture, a lancé au "
        "micro Salomé Ribeiro-Kane, 19 ans, porte-parole du collectif, mais nous pouvons refuser "
        "qu'on l'alourdisse encore.\u00a0»\n\n"
        "La jeune femme vise directement le projet d'extension du terminal méthanier de "
        "Donges-Est, soutenu par la métropole. «\u00a0On ne peut pas voter un plan climat le "
        "lundi et signer pour un terminal gazier le mardi.\u00a0»\n\n"
        "Interrogée par Ouest Actu, la maire de Nantes, Hélène Marchetti, a salué une "
        "mobilisation «\u00a0légitime et utile\u00a0», tout en défendant un projet qu'elle "
        "estime indispensable à la sécurité d'approvisionnement de la région.\n\n"
        "Le cortège s'est dispersé en fin d'après-midi sur l'île de Nantes, où était projeté le "
        "documentaire «\u00a0Marée basse\u00a0», consacré à l'érosion du littoral vendéen.",
        [
            (
                D,
                [
                    "Nous n'avons pas choisi d'être la génération qui paiera la facture",
                    "mais nous pouvons refuser qu'on l'alourdisse encore.",
                ],
                "Salomé Ribeiro-Kane",
            ),
            (
                D,
                [
                    "On ne peut pas voter un plan climat le lundi et signer pour un terminal "
                    "gazier le mardi."
                ],
                "Salomé Ribeiro-Kane",
            ),
            (P, ["légitime et utile"], "Hélène Marchetti"),
        ],
    ),
    (  # 6 warehouse wage strike: passive partial "jugé « … » par le délégué de FO, Name",
        # "Selon lui," (pronoun, rest of the sentence), company partial inside reported
        # speech ("a indiqué rester « … »": only the partial)
        "Les salariés de l'entrepôt logistique de Grandval, à Saint-Quentin-Fallavier (Isère), "
        "entament leur deuxième semaine de grève pour obtenir une hausse de salaire de 150 euros "
        "net par mois. Les livraisons de 140 supermarchés du groupe Primadis dans le Sud-Est sont "
        "perturbées, et certains rayons commencent à se vider.\n\n"
        "Les négociations ont repris lundi sans aboutir. La direction a proposé 45 euros, un "
        "geste jugé «\u00a0insultant\u00a0» par le délégué syndical de Force ouvrière, Mamadou "
        "Sissoko-Bernard. Selon lui, plus d'un tiers des préparateurs de commandes gagnent à "
        "peine plus que le smic après dix ans d'ancienneté.\n\n"
        "Devant les grilles, une vingtaine de grévistes se relaient jour et nuit autour d'un "
        "brasero. Des habitants du quartier leur apportent café et soupe.\n\n"
        "Dans un communiqué, Primadis a indiqué rester «\u00a0ouverte à la discussion\u00a0». "
        "Une nouvelle réunion est prévue jeudi à la préfecture.",
        [
            (P, ["insultant"], "Mamadou Sissoko-Bernard"),
            (
                I,
                [
                    "plus d'un tiers des préparateurs de commandes gagnent à peine plus que le "
                    "smic après dix ans d'ancienneté"
                ],
                "Mamadou Sissoko-Bernard",
            ),
            (P, ["ouverte à la discussion"], "Primadis"),
        ],
    ),
    (  # 7 kettling controversy: nickname « nasse » (not a quote), "a annoncé l'ouverture
        # d'une enquête" (noun object), direct + "a-t-elle déclaré", prefecture's partial,
        # "affirme n'avoir vu aucun casseur" (indirect with an infinitive)
        "La technique de l'encerclement des manifestants, dite de la «\u00a0nasse\u00a0», est de "
        "nouveau au cœur de la polémique après la manifestation de samedi à Bordeaux contre la "
        "réforme de l'assurance chômage. Près de 300 personnes ont été retenues pendant plus de "
        "quatre heures place de la Victoire.\n\n"
        "La Défenseure des droits, Aïcha Benmansour, a annoncé jeudi l'ouverture d'une enquête. "
        "«\u00a0Retenir des centaines de personnes sans eau ni accès à des toilettes, y compris "
        "des mineurs, pose une sérieuse question de proportionnalité\u00a0», a-t-elle "
        "déclaré.\n\n"
        "La préfecture de la Gironde a défendu une opération «\u00a0conforme au cadre "
        "légal\u00a0», justifiée par la présence d'une centaine d'individus cagoulés dans le "
        "cortège. Trois policiers ont été légèrement blessés.\n\n"
        "Parmi les personnes retenues, Théo Marchand, 23 ans, affirme n'avoir vu aucun casseur de "
        "toute la journée. Il a déposé plainte, comme une dizaine d'autres manifestants, avec "
        "l'aide de la Ligue des droits civiques.",
        [
            (
                D,
                [
                    "Retenir des centaines de personnes sans eau ni accès à des toilettes, y "
                    "compris des mineurs, pose une sérieuse question de proportionnalité"
                ],
                "Aïcha Benmansour",
            ),
            (P, ["conforme au cadre légal"], "préfecture de la Gironde"),
            (I, ["n'avoir vu aucun casseur de toute la journée"], "Théo Marchand"),
        ],
    ),
    (  # 8 home-care pay talks: employers' federation president with particle (de La
        # Roche-Varin) and a partial, "D'après un participant," (unnamed), direct + "a réagi à
        # la sortie Name, négociatrice de X"
        "Après onze heures de discussions au ministère du Travail, syndicats et employeurs de "
        "l'aide à domicile se sont séparés dans la nuit de mardi à mercredi sans accord sur la "
        "revalorisation des bas salaires de la branche, qui emploie quelque 220\u00a0000 "
        "salariés.\n\n"
        "Le président de la Fédération des employeurs du service à la personne (FESP), Geoffroy "
        "de La Roche-Varin, a jugé les demandes syndicales «\u00a0hors de portée\u00a0» pour des "
        "associations dont un tiers est déjà en déficit.\n\n"
        "D'après un participant, la réunion a achoppé sur le financement de la hausse, que les "
        "conseils départementaux refusent d'assumer seuls.\n\n"
        "«\u00a0Les aides à domicile gagnent en moyenne 1\u00a0150 euros par mois. Ce n'est pas un "
        "salaire, c'est une aumône\u00a0», a réagi à la sortie Fatoumata Keïta, négociatrice de "
        "la Confédération française des salariés (CFS). Une nouvelle séance doit être convoquée "
        "d'ici à dix jours.",
        [
            (P, ["hors de portée"], "Geoffroy de La Roche-Varin"),
            (
                I,
                [
                    "la réunion a achoppé sur le financement de la hausse, que les conseils "
                    "départementaux refusent d'assumer seuls"
                ],
                "participant",
            ),
            (
                D,
                [
                    "Les aides à domicile gagnent en moyenne 1\u00a0150 euros par mois. Ce n'est "
                    "pas un salaire, c'est une aumône"
                ],
                "Fatoumata Keïta",
            ),
        ],
    ),
    (  # 9 TV debate on a rail strike: two dialogue-dash lines, "a attaqué le ministre" (role
        # alone) and "a rétorqué M. Ferrand-Lopez" (title + surname), then "Le ministre a
        # affirmé que … « … »" (only the partial)
        "La grève des contrôleurs et des conducteurs de TER entre dans sa deuxième semaine dans "
        "le Grand Est, où un train sur trois circule en moyenne. Le mouvement porte sur les "
        "salaires et sur la suppression des agents à bord.\n\n"
        "Sur le plateau d'Est Soir, dimanche, l'échange entre le ministre des Transports, Olivier "
        "Tchamba, et le secrétaire régional de SUD-Rail, Denis Ferrand-Lopez, a vite tourné à "
        "l'affrontement.\n\n"
        "— Cette grève pénalise d'abord les salariés qui ont besoin du train pour aller "
        "travailler, a attaqué le ministre.\n\n"
        "— Ce qui pénalise les usagers, ce sont les 2\u00a0000 postes supprimés en cinq ans, a "
        "rétorqué M. Ferrand-Lopez.\n\n"
        "Le ministre a ensuite affirmé que le service minimum serait «\u00a0strictement "
        "appliqué\u00a0» dès lundi. Aucune nouvelle réunion de négociation n'est prévue.",
        [
            (
                D,
                [
                    "Cette grève pénalise d'abord les salariés qui ont besoin du train pour aller "
                    "travailler"
                ],
                "Olivier Tchamba",
            ),
            (
                D,
                [
                    "Ce qui pénalise les usagers, ce sont les 2\u00a0000 postes supprimés en "
                    "cinq ans"
                ],
                "Denis Ferrand-Lopez",
            ),
            (P, ["strictement appliqué"], "Olivier Tchamba"),
        ],
    ),
    (  # 10 teachers' strike: «» with no inner spaces, direct + apposition after, then a
        # separate sentence quote split by "a-t-il poursuivi" (one quote, two spans, final
        # period kept), second union leader of the same kind "Il a estimé que" (indirect)
        "Le gel du point d'indice des fonctionnaires, pour la deuxième année consécutive, a "
        "provoqué mardi une forte grève dans les écoles. Le ministère de l'Éducation nationale a "
        "recensé 31\u00a0% de grévistes dans le primaire, et des centaines de classes sont "
        "restées fermées à Marseille et en Seine-Saint-Denis.\n\n"
        "«Ce gel, c'est une baisse de salaire déguisée», a déclaré le secrétaire général du "
        "Syndicat national des enseignants du premier degré (SNEP), Yannick Morvan. «Avec "
        "l'inflation, a-t-il poursuivi, un professeur débutant a perdu l'équivalent d'un mois de "
        "salaire en trois ans.»\n\n"
        "Son homologue du Syndicat général des enseignants libres (SGEL), Rachid Oulhaj, s'est "
        "montré plus prudent. Il a estimé qu'une journée de grève isolée ne suffirait pas à faire "
        "reculer le gouvernement et a proposé une consultation des adhérents sur un mouvement "
        "reconductible.\n\n"
        "Une manifestation nationale est prévue le 17 décembre à Paris.",
        [
            (D, ["Ce gel, c'est une baisse de salaire déguisée"], "Yannick Morvan"),
            (
                D,
                [
                    "Avec l'inflation",
                    "un professeur débutant a perdu l'équivalent d'un mois de salaire en trois "
                    "ans.",
                ],
                "Yannick Morvan",
            ),
            (
                I,
                ["une journée de grève isolée ne suffirait pas à faire reculer le gouvernement"],
                "Rachid Oulhaj",
            ),
        ],
    ),
    (  # 11 dockers' strike: employers' organisation (acronym) partial "a chiffré les pertes
        # à « … »", "selon lesquelles" trap, incise "ironise Name, role," splitting one quote,
        # secretary of state "a indiqué qu'" (indirect)
        "Les dockers du port de Fos-Marseille ont reconduit jeudi pour 72\u00a0heures leur "
        "mouvement contre la réforme des retraites, paralysant le trafic de conteneurs. Une "
        "trentaine de navires attendent au large.\n\n"
        "L'Union maritime des entreprises portuaires (UMEP) a chiffré les pertes à "
        "«\u00a0plusieurs millions d'euros par jour\u00a0» et réclamé l'intervention de l'État. "
        "Ses estimations, selon lesquelles 40\u00a0% des escales prévues en décembre auraient "
        "déjà été annulées, sont contestées par les syndicats.\n\n"
        "«\u00a0Les armateurs annoncent des pertes à chaque grève, et à chaque bilan annuel ils "
        "affichent des profits records, ironise Patrick Santini, secrétaire du syndicat des "
        "dockers de Fos, alors les leçons d'économie, on s'en passera.\u00a0»\n\n"
        "Le secrétaire d'État chargé de la Mer, Julien Abiteboul-Rey, a indiqué qu'un médiateur "
        "serait nommé dans les prochains jours.",
        [
            (
                P,
                ["plusieurs millions d'euros par jour"],
                "Union maritime des entreprises portuaires",
            ),
            (
                D,
                [
                    "Les armateurs annoncent des pertes à chaque grève, et à chaque bilan annuel "
                    "ils affichent des profits records",
                    "alors les leçons d'économie, on s'en passera.",
                ],
                "Patrick Santini",
            ),
            (
                I,
                ["un médiateur serait nommé dans les prochains jours"],
                "Julien Abiteboul-Rey",
            ),
        ],
    ),
    (  # 12 nurses' strike: quote first, speaker named in the next sentence without a speech
        # verb ("Name, role, ne mâche pas ses mots"), director's partial then "et assure que"
        # (separate indirect), "a proposé la création" (noun object)
        "Les infirmières du centre hospitalier de Valmorel sont en grève depuis dix jours pour "
        "dénoncer le manque d'effectifs aux urgences, où des patients ont attendu jusqu'à "
        "19\u00a0heures sur des brancards la semaine dernière. Assignées, elles continuent "
        "d'assurer les soins, un brassard au bras.\n\n"
        "«\u00a0Certaines nuits, nous sommes deux infirmières pour trente patients. On ne soigne "
        "plus, on trie.\u00a0» Sabrina Lefèvre-Okafor, infirmière aux urgences depuis douze ans, "
        "ne mâche pas ses mots. Plusieurs de ses collègues sont en arrêt maladie pour "
        "épuisement.\n\n"
        "La directrice de l'hôpital, Véronique Amrani, reconnaît une «\u00a0situation "
        "tendue\u00a0» et assure que douze postes seront ouverts au recrutement dès janvier. Elle "
        "a également proposé la création d'une équipe de remplacement mutualisée avec l'hôpital "
        "voisin de Castelnoir.",
        [
            (
                D,
                [
                    "Certaines nuits, nous sommes deux infirmières pour trente patients. On ne "
                    "soigne plus, on trie."
                ],
                "Sabrina Lefèvre-Okafor",
            ),
            (P, ["situation tendue"], "Véronique Amrani"),
            (
                I,
                ["douze postes seront ouverts au recrutement dès janvier"],
                "Véronique Amrani",
            ),
        ],
    ),
    (  # 13 hauliers' go-slow: "Selon la Fédération X (FTO)," (rest of the sentence), direct +
        # "a affirmé son président, Name" (possessive apposition), exclamation kept inside the
        # marks with "s'agaçait Name", prefecture "a annoncé des verbalisations" (noun object)
        "Une opération escargot menée par quelque 400 poids lourds a fortement perturbé lundi la "
        "circulation sur la rocade de Rennes. Les transporteurs routiers protestent contre la "
        "hausse de la taxe sur le gazole professionnel, votée en première lecture la semaine "
        "dernière.\n\n"
        "Selon la Fédération des transporteurs de l'Ouest (FTO), la mesure coûterait en moyenne "
        "9\u00a0000 euros par an et par camion aux petites entreprises. «\u00a0On travaille avec "
        "des marges de 2\u00a0%. Une taxe comme celle-là, c'est la faillite pour la moitié "
        "d'entre nous\u00a0», a affirmé son président, Gwenaël Le Bihan, joint par "
        "téléphone.\n\n"
        "Aux abords de la porte de Saint-Malo, les automobilistes ont fini par perdre patience. "
        "«\u00a0Trois heures pour faire six kilomètres, avec des enfants à récupérer à "
        "l'école\u00a0!\u00a0» s'agaçait Maud Perrin, infirmière libérale, coincée dans sa "
        "voiture depuis le début de l'après-midi.\n\n"
        "Le convoi s'est dispersé vers 19\u00a0heures. La préfecture d'Ille-et-Vilaine a annoncé "
        "des verbalisations en cas de nouveau blocage.",
        [
            (
                I,
                [
                    "la mesure coûterait en moyenne 9\u00a0000 euros par an et par camion aux "
                    "petites entreprises"
                ],
                "Fédération des transporteurs de l'Ouest",
            ),
            (
                D,
                [
                    "On travaille avec des marges de 2\u00a0%. Une taxe comme celle-là, c'est la "
                    "faillite pour la moitié d'entre nous"
                ],
                "Gwenaël Le Bihan",
            ),
            (
                D,
                [
                    "Trois heures pour faire six kilomètres, avec des enfants à récupérer à "
                    "l'école\u00a0!"
                ],
                "Maud Perrin",
            ),
        ],
    ),
    (  # 14 delivery riders: «» without inner spaces after a colon ("tenait le mégaphone :"),
        # company partial inside reported speech, "dénonce des blocages" (noun object),
        # apposition "La directrice des opérations de la plateforme, Name, a précisé qu'"
        "Des centaines de livreurs à vélo de la plateforme Rapidéo ont coupé leur application "
        "vendredi soir à Paris, Lille et Marseille, en plein coup de feu du dîner, pour protester "
        "contre une nouvelle baisse de la rémunération par course.\n\n"
        "Devant le siège de l'entreprise, dans le 9e arrondissement, Moussa Diakité, membre du "
        "Collectif des livreurs autonomes, tenait le mégaphone\u00a0: «Il y a deux ans, une "
        "course rapportait 4,50 euros. Aujourd'hui, c'est 2,80. On pédale plus pour gagner "
        "moins.»\n\n"
        "Rapidéo assure de son côté que le revenu horaire moyen de ses livreurs «reste supérieur "
        "au smic» et dénonce des blocages organisés par une minorité.\n\n"
        "La directrice des opérations de la plateforme, Mei-Lin Zhao, a précisé qu'une réunion "
        "avec des représentants des livreurs était prévue mardi. Le collectif, lui, appelle à une "
        "nouvelle déconnexion le week-end prochain.",
        [
            (
                D,
                [
                    "Il y a deux ans, une course rapportait 4,50 euros. Aujourd'hui, c'est 2,80. "
                    "On pédale plus pour gagner moins."
                ],
                "Moussa Diakité",
            ),
            (P, ["reste supérieur au smic"], "Rapidéo"),
            (
                I,
                ["une réunion avec des représentants des livreurs était prévue mardi"],
                "Mei-Lin Zhao",
            ),
        ],
    ),
    (  # 15 university occupation evacuated: "…, selon la préfecture de police." (the part
        # before), question-and-answer "Interrogé sur …, il a répondu : « … »", one
        # dialogue-dash line with "raconte Name, étudiante"
        "Les forces de l'ordre ont évacué jeudi à l'aube le bâtiment principal de l'université "
        "de Nanterre-La Défense, occupé depuis neuf jours par des étudiants opposés à la réforme "
        "des bourses. Une quarantaine de personnes ont été interpellées, selon la préfecture de "
        "police.\n\n"
        "Le président de l'université, Alain Mbarga-Richard, assume d'avoir demandé "
        "l'évacuation. Interrogé sur le risque d'envenimer le conflit, il a répondu\u00a0: "
        "«\u00a0J'ai laissé neuf jours au dialogue. Je ne peux pas accepter que 30\u00a0000 "
        "étudiants soient privés de cours.\u00a0»\n\n"
        "Sur le parvis, en fin de matinée, plusieurs occupants racontaient leur réveil.\n\n"
        "— On dormait quand ils sont entrés, on a eu cinq minutes pour prendre nos affaires, "
        "raconte Jade Morel, étudiante en master d'histoire.\n\n"
        "Le bâtiment restera fermé jusqu'à lundi. Les cours reprendront à distance.",
        [
            (I, ["Une quarantaine de personnes ont été interpellées"], "préfecture de police"),
            (
                D,
                [
                    "J'ai laissé neuf jours au dialogue. Je ne peux pas accepter que 30\u00a0000 "
                    "étudiants soient privés de cours."
                ],
                "Alain Mbarga-Richard",
            ),
            (
                D,
                [
                    "On dormait quand ils sont entrés, on a eu cinq minutes pour prendre nos "
                    "affaires"
                ],
                "Jade Morel",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rail strike: "according to the emergency timetable" trap (no speaker), direct +
        # "said Name, role of X", then a new sentence quote (second direct, same speaker),
        # unnamed "A spokesman for X said" → organisation
        "Train services across much of England were cancelled on Thursday as 38,000 signallers "
        "and maintenance workers walked out in a long-running dispute over pay, the fourth "
        "national strike since the summer. According to the emergency timetable published on "
        "Wednesday, only one train in five was due to run on the main intercity lines.\n\n"
        "“Our members have had a real-terms pay cut of 11 per cent in three years. They are not "
        "going to accept another below-inflation offer,” said Declan O'Rourke, general secretary "
        "of the Rail and Maritime Transport Union (RMTU). “We are ready to talk tomorrow, but not "
        "to be insulted.”\n\n"
        "A spokesman for Anglian Rail Infrastructure said the company had offered 5 per cent over "
        "two years, together with a one-off payment of £750.\n\n"
        "Commuters faced long queues for replacement buses in Norwich and Peterborough. Further "
        "walkouts have been pencilled in for January.",
        [
            (
                D,
                [
                    "Our members have had a real-terms pay cut of 11 per cent in three years. They "
                    "are not going to accept another below-inflation offer"
                ],
                "Declan O'Rourke",
            ),
            (D, ["We are ready to talk tomorrow, but not to be insulted."], "Declan O'Rourke"),
            (
                I,
                [
                    "the company had offered 5 per cent over two years, together with a one-off "
                    "payment of £750"
                ],
                "Anglian Rail Infrastructure",
            ),
        ],
    ),
    (  # 2 teachers' strike: straight quotes, '"A," said Name, role, "b."' (one quote, two
        # spans), "The district's chief executive, Name, told reporters that", then "He called
        # the strike "…"" (pronoun, partial)
        "Public school teachers in Lakeport walked out on Monday for the first time in 14 years, "
        "closing 212 schools and leaving some 180,000 students at home, after talks over class "
        "sizes and salaries broke down late on Sunday night.\n\n"
        '"We did not want this," said Rosalind Achebe-Turner, president of the Lakeport '
        'Teachers Federation, "but we were not going to sign a contract that puts 38 children in '
        'a kindergarten classroom."\n\n'
        "The district's chief executive, Marcus Whitfield, told reporters that the union's "
        'demands would cost $740 million over four years. He called the strike "reckless and '
        'unnecessary". Forty emergency childcare centres have been opened in school gyms.\n\n'
        "Picket lines formed before dawn outside most schools, where teachers were joined by "
        "parents and some students carrying coffee and doughnuts.",
        [
            (
                D,
                [
                    "We did not want this",
                    "but we were not going to sign a contract that puts 38 children in a "
                    "kindergarten classroom.",
                ],
                "Rosalind Achebe-Turner",
            ),
            (
                I,
                ["the union's demands would cost $740 million over four years"],
                "Marcus Whitfield",
            ),
            (P, ["reckless and unnecessary"], "Marcus Whitfield"),
        ],
    ),
    (  # 3 farmers in Madrid: compound Spanish surname "was blunt:" + quote, "Police said"
        # (indirect, no "that"), "She has promised a package of "…" measures" (pronoun, partial)
        "Hundreds of tractors converged on central Madrid on Wednesday as farmers from across "
        "Spain protested against falling prices, rising fuel costs and a growing pile of European "
        "regulation. Traffic on the Paseo de la Castellana was halted for most of the day.\n\n"
        "Javier Olmedo Castillo, who grows olives and almonds near Jaén, was blunt: “I sell my oil "
        "for less than it costs me to produce it. Something has to give.”\n\n"
        "Police said 14 people had been arrested after protesters threw eggs and firecrackers at "
        "the agriculture ministry. Two officers were treated for minor injuries.\n\n"
        "The agriculture minister, Teresa Valdés Moreno, will meet farmers' organisations on "
        "Friday. She has promised a package of “urgent and concrete” measures, including faster "
        "payment of EU subsidies.",
        [
            (
                D,
                ["I sell my oil for less than it costs me to produce it. Something has to give."],
                "Javier Olmedo Castillo",
            ),
            (
                I,
                [
                    "14 people had been arrested after protesters threw eggs and firecrackers at "
                    "the agriculture ministry"
                ],
                "police",
            ),
            (P, ["urgent and concrete"], "Teresa Valdés Moreno"),
        ],
    ),
    (  # 4 school climate strike: placard slogans in quotation marks (not quotes), group
        # statement with a partial inside reported speech ("the group said …"), direct with
        # a pupil; minister "defended the projects" (noun object)
        "Tens of thousands of schoolchildren skipped lessons on Friday to march through "
        "Melbourne against plans for two new gas fields off the Gippsland coast. Many carried "
        "home-made placards reading “There Is No Planet B” and “Gas Is Past”.\n\n"
        "The march was organised by Students for Tomorrow, a network founded three years ago by a "
        "group of secondary school pupils in Geelong. In a statement, the group said the turnout "
        "showed that young people “will not be ignored”.\n\n"
        "“I'm 15. By the time these gas fields close, I'll be older than my parents are now,” "
        "said Amira Nasser, a year 10 student from Footscray, who marched with her younger "
        "brother.\n\n"
        "The state's energy minister, Graham Pilkington, defended the projects on local radio. "
        "Police reported no arrests.",
        [
            (P, ["will not be ignored"], "Students for Tomorrow"),
            (
                D,
                [
                    "I'm 15. By the time these gas fields close, I'll be older than my parents are "
                    "now"
                ],
                "Amira Nasser",
            ),
        ],
    ),
    (  # 5 kettling in London: three women (a protester, a police spokeswoman, a committee
        # chair), unnamed "A spokeswoman for the Metropolitan Police" → organisation with a
        # partial, "has summoned the commissioner" (noun object), "Ms Kerrigan … she said"
        "London's police force is facing calls for an independent inquiry after officers held "
        "around 600 pension protesters inside a cordon for nearly six hours on Saturday near "
        "Parliament Square.\n\n"
        "“I have never seen anything like it. There was an 80-year-old woman next to me who was "
        "desperate for the toilet, and they would not let her out,” said Glenda Parris, a retired "
        "midwife who was among those held.\n\n"
        "A spokeswoman for the Metropolitan Police said the containment had been “necessary and "
        "proportionate” after a group of masked individuals attacked officers with bottles and "
        "flares.\n\n"
        "Siobhan Kerrigan, who chairs the London Assembly's police and crime committee, has "
        "summoned the commissioner to a hearing next week. Ms Kerrigan was unconvinced by the "
        "force's explanation. “Six hours is not a tactic. It is a punishment,” she said.",
        [
            (
                D,
                [
                    "I have never seen anything like it. There was an 80-year-old woman next to "
                    "me who was desperate for the toilet, and they would not let her out"
                ],
                "Glenda Parris",
            ),
            (P, ["necessary and proportionate"], "Metropolitan Police"),
            (
                D,
                ["Six hours is not a tactic. It is a punishment"],
                "Siobhan Kerrigan",
            ),
        ],
    ),
    (  # 6 taxi protest at city hall: "according to court records" trap (no speaker), direct
        # with a Sikh compound name, mayor's partial in "argues that", question-and-answer
        # ("she was asked whether …" then a quote paragraph closed by "she replied")
        "Hundreds of yellow cab drivers blocked the streets around Port Halden's city hall on "
        "Tuesday morning, honking their horns for more than two hours in protest at a proposal to "
        "lift the cap on ride-hailing licences.\n\n"
        "Many drivers bought their medallions for more than $500,000 a decade ago and have "
        "watched their value collapse. At least nine drivers have filed for bankruptcy since "
        "January, according to court records. “I paid for this medallion with my house. Now the "
        "city wants to make it worthless,” said Harjit Singh Bhullar, 58, who has driven a cab "
        "for 27 years.\n\n"
        "The mayor, Dolores Fairbanks, argues that the cap has “protected a handful of fleet "
        "owners, not drivers”. At a press conference later in the day, she was asked whether she "
        "would meet the protesters.\n\n"
        "“My door is open. It has been open for a year,” she replied.\n\n"
        "The city council is expected to vote on the proposal on December 18.",
        [
            (
                D,
                [
                    "I paid for this medallion with my house. Now the city wants to make it "
                    "worthless"
                ],
                "Harjit Singh Bhullar",
            ),
            (P, ["protected a handful of fleet owners, not drivers"], "Dolores Fairbanks"),
            (D, ["My door is open. It has been open for a year"], "Dolores Fairbanks"),
        ],
    ),
    (  # 7 minimum-wage strike: federation "arguing that" (indirect), quote before "the FLC
        # president, Name, told a rally" then a new sentence quote (same speaker), minister
        # "told reporters" without "that"
        "Nigeria's main labour federation has called an indefinite general strike from Monday "
        "after talks with the government on a new national minimum wage collapsed in Abuja late "
        "on Thursday.\n\n"
        "The Federated Labour Congress (FLC) wants the monthly minimum wage raised to 250,000 "
        "naira, arguing that food prices have more than doubled in two years. The government has "
        "offered 95,000 naira.\n\n"
        '"Workers cannot eat promises," the FLC president, Ayodele Okonkwo-Bello, told a rally in '
        'Lagos. "If the government wants this country to keep running, it knows where to find '
        'us."\n\n'
        "Labour minister Ibrahim Tukur told reporters the government could not pay more without "
        "laying off public sector workers. Airlines and banks are preparing for disruption from "
        "Monday. Previous general strikes, in 2012 and 2023, shut fuel stations, airports and "
        "most public offices for several days.",
        [
            (
                I,
                ["food prices have more than doubled in two years"],
                "Federated Labour Congress",
            ),
            (D, ["Workers cannot eat promises"], "Ayodele Okonkwo-Bello"),
            (
                D,
                [
                    "If the government wants this country to keep running, it knows where to "
                    "find us."
                ],
                "Ayodele Okonkwo-Bello",
            ),
            (
                I,
                ["the government could not pay more without laying off public sector workers"],
                "Ibrahim Tukur",
            ),
        ],
    ),
    (  # 8 metalworkers' talks: scare quotes "warning strikes" (not a quote), quote over two
        # paragraphs (first left open) attributed at the end, employers' president with "Dr"
        # partial inside "warned that", then "Dr Hoffmann-Lutz said" (indirect)
        "Negotiators for 3.8 million metal and electrical workers and their employers failed on "
        "Tuesday to reach a deal in a fourth round of talks in Stuttgart, raising the prospect of "
        "rolling “warning strikes” across southern Germany next week.\n\n"
        "The union, IG Metallbund, is seeking a 7 per cent pay rise over 12 months. The "
        "employers' federation, Gesamtindustrie Süd, has offered 3.1 per cent over 27 months.\n\n"
        "“This offer does not even compensate for last year's inflation. Our members have been "
        "patient through the energy crisis, through short-time working, through all of it.\n\n"
        "“Patience has run out,” said Katrin Vogelsang, the union's chief negotiator for "
        "Baden-Württemberg.\n\n"
        "Gesamtindustrie Süd's president, Dr Rainer Hoffmann-Lutz, warned that many member firms "
        "were “fighting for survival” against Chinese competition. Dr Hoffmann-Lutz said the "
        "federation would improve its offer only if the union dropped its demand for a 12-month "
        "agreement.",
        [
            (
                D,
                [
                    "This offer does not even compensate for last year's inflation. Our members "
                    "have been patient through the energy crisis, through short-time working, "
                    "through all of it.",
                    "Patience has run out",
                ],
                "Katrin Vogelsang",
            ),
            (P, ["fighting for survival"], "Rainer Hoffmann-Lutz"),
            (
                I,
                [
                    "the federation would improve its offer only if the union dropped its demand "
                    "for a 12-month agreement"
                ],
                "Rainer Hoffmann-Lutz",
            ),
        ],
    ),
    (  # 9 student debt march: "…, according to the Carabineros police force." (the part
        # before), named spokeswoman for a confederation with a colon, minister's partial
        # "described … as "…""
        "Tens of thousands of students marched through Santiago on Thursday to demand the "
        "cancellation of student debt, in the largest education protest Chile has seen in over a "
        "decade.\n\n"
        "Riot police used water cannon and tear gas near the presidential palace after a group of "
        "masked protesters broke away from the march, according to the Carabineros police force. "
        "Eleven people were detained.\n\n"
        "Catalina Ríos Aravena, a spokeswoman for the Confederation of Chilean Students "
        '(Confech), addressed the crowd from the back of a lorry: "We are not asking for a gift. '
        'We are asking not to spend the next twenty years paying for having studied."\n\n'
        "The education minister, Tomás Echeverría, described the demand for full cancellation as "
        '"unaffordable" and is expected to present a plan to cap repayments in January.',
        [
            (
                I,
                [
                    "Riot police used water cannon and tear gas near the presidential palace after "
                    "a group of masked protesters broke away from the march"
                ],
                "Carabineros",
            ),
            (
                D,
                [
                    "We are not asking for a gift. We are asking not to spend the next twenty "
                    "years paying for having studied."
                ],
                "Catalina Ríos Aravena",
            ),
            (P, ["unaffordable"], "Tomás Echeverría"),
        ],
    ),
    (  # 10 warehouse walkout: ‘ ’ single quotes, union named but not quoted, "A ParcelHub
        # spokesperson said … and that …" (one indirect, unnamed spokesperson → company)
        "Around 1,200 workers at ParcelHub's distribution centre outside Coventry walked out on "
        "Black Friday, the retailer's busiest day of the year, in a dispute over pay and "
        "productivity targets.\n\n"
        "‘They time us going to the toilet. They track every scan. We are people, not barcodes,’ "
        "said Tendai Moyo, a picker who has worked at the site for four years.\n\n"
        "The walkout was organised by the United Workers' Alliance, which has been campaigning for "
        "a £15 hourly minimum at the site for two years. Pickets at the gates handed out leaflets "
        "to lorry drivers, and a few passers-by stopped to leave food and hand warmers.\n\n"
        "A ParcelHub spokesperson said most customer deliveries were running on schedule and that "
        "fewer than a third of staff had joined the strike.",
        [
            (
                D,
                [
                    "They time us going to the toilet. They track every scan. We are people, not "
                    "barcodes"
                ],
                "Tendai Moyo",
            ),
            (
                I,
                [
                    "most customer deliveries were running on schedule and that fewer than a "
                    "third of staff had joined the strike"
                ],
                "ParcelHub",
            ),
        ],
    ),
    (  # 11 Belgian general strike: Flemish name with particle (Van den Broeck), "Prime
        # Minister Name told parliament the reform was "…"" (partial only), then "He said"
        # (pronoun, indirect)
        "Belgium ground to a halt on Tuesday as a national strike against the government's "
        "pension reform shut airports, ports and most rail services. Brussels Airport cancelled "
        "all departing flights, and many schools in Wallonia stayed closed.\n\n"
        "“This is the answer of the people who actually do the work,” said Els Van den Broeck, "
        "who heads the socialist union federation ABVV-Centrum, at a rally outside the North "
        "Station attended by several thousand people.\n\n"
        "Prime Minister Joris De Clercq told parliament the reform was “not negotiable in its "
        "principle”. He said ministers would meet union leaders on Monday to discuss exemptions "
        "for physically demanding jobs such as construction and nursing.\n\n"
        "The reform would raise the effective retirement age to 67 by 2030 and cap "
        "early-retirement schemes.",
        [
            (
                D,
                ["This is the answer of the people who actually do the work"],
                "Els Van den Broeck",
            ),
            (P, ["not negotiable in its principle"], "Joris De Clercq"),
            (
                I,
                [
                    "ministers would meet union leaders on Monday to discuss exemptions for "
                    "physically demanding jobs such as construction and nursing"
                ],
                "Joris De Clercq",
            ),
        ],
    ),
    (  # 12 farmers' march on Delhi: straight quotes + "said Name, a leader of X", "…,
        # officials said." (indirect, the part before), police officer's partial inside
        # "insisted the force had acted "…""
        "Thousands of farmers on tractors and trailers were stopped by police barricades on the "
        "Haryana border on Monday, the third day of their march to Delhi to press for a legal "
        "guarantee of minimum crop prices.\n\n"
        '"We have come with six months of rations. We are not in a hurry," said Gurnam Singh '
        "Sandhu, a leader of the United Farmers' Front, standing beside a row of shipping "
        "containers placed across the highway.\n\n"
        "Police fired tear gas shells to disperse farmers who tried to remove the barricades, "
        "officials said. Several farmers were treated in hospital for breathing difficulties.\n\n"
        "Anil Kumar Rathore, the district's most senior police officer, insisted the force had "
        'acted "with maximum restraint". Talks between farmers\' leaders and three federal '
        "ministers are scheduled for Thursday in Chandigarh.",
        [
            (
                D,
                ["We have come with six months of rations. We are not in a hurry"],
                "Gurnam Singh Sandhu",
            ),
            (
                I,
                [
                    "Police fired tear gas shells to disperse farmers who tried to remove the "
                    "barricades"
                ],
                "officials",
            ),
            (P, ["with maximum restraint"], "Anil Kumar Rathore"),
        ],
    ),
    (  # 13 Seoul bus strike ends: Korean names (family name first), "announced the deal"
        # (noun object), quote + "Mr Park said", business association indirect, commuter
        "Seoul's bus drivers ended a two-day strike on Thursday after their union and the city's "
        "bus operators agreed on a 6.4 per cent pay rise in talks mediated by the regional labour "
        "commission. Services returned to normal for the morning rush hour.\n\n"
        "Park Ji-hoon, head of the Seoul Bus Workers' Union, announced the deal shortly after "
        "2am, following 14 hours of negotiations. “It is not everything we wanted, but it is a "
        "fair result for drivers who carried this city through difficult years,” Mr Park "
        "said.\n\n"
        "The Seoul Bus Transport Business Association said the rise would add about 60 billion "
        "won a year to its members' costs.\n\n"
        "Commuters greeted the news with relief. “Two days of taxis cost me almost a week's "
        "wages,” said Kim Min-seo, a cleaner who crosses the city every morning.",
        [
            (
                D,
                [
                    "It is not everything we wanted, but it is a fair result for drivers who "
                    "carried this city through difficult years"
                ],
                "Park Ji-hoon",
            ),
            (
                I,
                ["the rise would add about 60 billion won a year to its members' costs"],
                "Seoul Bus Transport Business Association",
            ),
            (D, ["Two days of taxis cost me almost a week's wages"], "Kim Min-seo"),
        ],
    ),
    (  # 14 postal strike ended by law: union (acronym) "said it would", interview passage
        # "was asked whether …" then an unattributed answer quote (same speaker), minister
        # "told the House of Commons that … "…"" (partial only)
        "Canada's postal workers returned to their sorting centres on Wednesday after the federal "
        "government ordered an end to a 24-day strike that had left millions of parcels stranded "
        "at the height of the holiday season.\n\n"
        "The Canadian Postal Workers Union (CPWU) said it would challenge the back-to-work order "
        "before the Federal Court. Sorting centres in Toronto and Montreal reported backlogs of "
        "up to three weeks.\n\n"
        "In an interview with the Ottawa Ledger, the union's national president, Marie-Josée "
        'Tremblay-Ouellet, was asked whether members would defy the order. "No. We respect the '
        "law, even when the law is unfair. But we will fight it in every court in this "
        'country."\n\n'
        "Labour Minister Gordon Akhtar told the House of Commons that the strike had cost small "
        'businesses "hundreds of millions of dollars" in lost sales.',
        [
            (
                I,
                ["it would challenge the back-to-work order before the Federal Court"],
                "Canadian Postal Workers Union",
            ),
            (
                D,
                [
                    "No. We respect the law, even when the law is unfair. But we will fight it in "
                    "every court in this country."
                ],
                "Marie-Josée Tremblay-Ouellet",
            ),
            (P, ["hundreds of millions of dollars"], "Gordon Akhtar"),
        ],
    ),
    (  # 15 hotel strike: Spanish compound name, "Name, chief executive of X, said" then
        # "The chief executive called … "…"" (role alone, partial), "…, union organisers
        # said." (unnamed group, indirect)
        "Hotel workers at 22 properties in downtown San Lorenzo walked off the job on Saturday, "
        "at the start of the city's busiest convention week of the year, over wages and daily "
        "room-cleaning quotas.\n\n"
        "“I clean sixteen rooms a day. My back is gone, and I still need a second job to pay the "
        "rent,” said Guadalupe Ramírez Soto, who has worked as a housekeeper at the Grand "
        "Meridian for eleven years.\n\n"
        "Brian McAllister, chief executive of the San Lorenzo Hotel Association, said hotels had "
        "offered raises of $5 an hour over four years. The chief executive also called the "
        "walkout “a political stunt” timed to disrupt the medical conference that opens on "
        "Monday.\n\n"
        "Picket lines will stay up until at least Wednesday, union organisers said.",
        [
            (
                D,
                [
                    "I clean sixteen rooms a day. My back is gone, and I still need a second job "
                    "to pay the rent"
                ],
                "Guadalupe Ramírez Soto",
            ),
            (
                I,
                ["hotels had offered raises of $5 an hour over four years"],
                "Brian McAllister",
            ),
            (P, ["a political stunt"], "Brian McAllister"),
            (
                I,
                ["Picket lines will stay up until at least Wednesday"],
                "union organisers",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout84.jsonl"),
        "heldout84",
        "h84",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
