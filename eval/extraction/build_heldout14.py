"""Source of the fourteenth held-out set: writes heldout14.jsonl (split "heldout14").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like wire copy, regional press and African and Indian English-language papers,
not like a list of edge cases. Measured once before (extractor 0.3.0) and once after the round-9
changes of extractor 0.11.0 (docs/EXTRACTION.md); not read when this was written. Run from the
repository root:
    .venv/bin/python eval/extraction/build_heldout14.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-24"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, “ ” and dialogue dashes.
FR: list[Item] = [
    (  # 1 budget, 49.3: two women alternating, -t-elle, colon quote, "Mme X" indirect
        "Paris — Le gouvernement a engagé mardi sa responsabilité sur la deuxième partie du "
        "projet de loi de finances, au terme de onze jours de débats houleux à l'Assemblée "
        "nationale. C'est le quatrième recours au 49.3 depuis la rentrée.\n\n"
        "Au banc, la ministre des Comptes publics, Hélène Marchetti-Vasseur, a défendu un texte "
        "de compromis. «\u00a0Nous avons repris plus de quatre cents amendements de "
        "l'opposition. On ne peut pas nous reprocher d'avoir fermé la porte\u00a0», a-t-elle "
        "lancé sous les huées d'une partie de l'hémicycle.\n\n"
        "La présidente du groupe Alliance sociale et écologiste, Clarisse Obadia, lui a "
        "répondu depuis les travées\u00a0: «\u00a0Quatre cents amendements rédactionnels, "
        "madame la ministre. Pas un euro de plus pour l'hôpital.\u00a0» Mme Obadia a annoncé "
        "que son groupe déposerait une motion de censure dès mercredi soir.\n\n"
        "Le gouvernement, qui ne dispose que d'une majorité relative, devrait toutefois y "
        "survivre, faute de soutien de la droite à la motion.",
        [
            (
                D,
                [
                    "Nous avons repris plus de quatre cents amendements de l'opposition. On ne "
                    "peut pas nous reprocher d'avoir fermé la porte"
                ],
                "Hélène Marchetti-Vasseur",
            ),
            (
                D,
                [
                    "Quatre cents amendements rédactionnels, madame la ministre. Pas un euro de "
                    "plus pour l'hôpital."
                ],
                "Clarisse Obadia",
            ),
            (
                I,
                ["son groupe déposerait une motion de censure dès mercredi soir"],
                "Clarisse Obadia",
            ),
        ],
    ),
    (  # 2 Senegal fishermen: long quote, no spaces in «», speaker named after; d'après
        "Ndiakhar-Mer — La colère monte sur la Petite-Côte. Depuis lundi, plus de trois cents "
        "pirogues restent à quai à Ndiakhar-Mer pour protester contre l'attribution de "
        "nouvelles licences à des chalutiers étrangers.\n\n"
        "«Les bateaux étrangers raclent le fond à trois milles de la plage, la nuit, tous feux "
        "éteints. Nos filets reviennent vides et nos jeunes prennent la mer vers l'Espagne. "
        "Nous ne repartirons pas tant que l'État n'aura pas publié la liste des licences», a "
        "martelé sur la plage le secrétaire général du Collectif des pêcheurs artisanaux de "
        "Ndiakhar, Mamadou Lamine Diouf.\n\n"
        "D'après la direction des Pêches maritimes, seules six licences ont été accordées cette "
        "année, toutes assorties d'une interdiction de pêcher à moins de douze milles des "
        "côtes. Les contrôles en mer restent toutefois rares, faute de carburant pour les "
        "vedettes de surveillance.\n\n"
        "Sur le quai, les mareyeuses comptent les jours. Beaucoup vivent à crédit depuis une "
        "semaine et ont déjà vendu leurs réserves de poisson séché.",
        [
            (
                D,
                [
                    "Les bateaux étrangers raclent le fond à trois milles de la plage, la nuit, "
                    "tous feux éteints. Nos filets reviennent vides et nos jeunes prennent la "
                    "mer vers l'Espagne. Nous ne repartirons pas tant que l'État n'aura pas "
                    "publié la liste des licences"
                ],
                "Mamadou Lamine Diouf",
            ),
            (
                I,
                [
                    "seules six licences ont été accordées cette année, toutes assorties d'une "
                    "interdiction de pêcher à moins de douze milles des côtes"
                ],
                "direction des Pêches maritimes",
            ),
        ],
    ),
    (  # 3 Ivorian cocoa price: organisation after the cue; unnamed farmer on a dash line
        "Abidjan — Le prix bord champ du cacao pour la campagne intermédiaire a été fixé à "
        "1 950 francs CFA le kilogramme, a annoncé jeudi l'Office ivoirien de régulation des "
        "filières agricoles (OIRFA), soit une hausse de 150 francs par rapport à la campagne "
        "principale.\n\n"
        "La mesure était attendue par les producteurs, durement touchés par la sécheresse du "
        "premier semestre. Dans les plantations de la région de Daloa-Ouest, l'annonce a "
        "pourtant été accueillie avec prudence. Rencontré au bord de la piste de Gbéta-Sud, un "
        "planteur résumait l'état d'esprit général :\n\n"
        "— Le prix est bon sur le papier. Mais quand le pisteur arrive, il te dit que tes fèves "
        "sont mouillées et il paie 1 500. Qui va contrôler ça ?\n\n"
        "Les brigades de contrôle de l'office ne comptent qu'une quarantaine d'agents pour "
        "l'ensemble des zones de production de l'Ouest.",
        [
            (
                I,
                [
                    "Le prix bord champ du cacao pour la campagne intermédiaire a été fixé à "
                    "1 950 francs CFA le kilogramme"
                ],
                "Office ivoirien de régulation des filières agricoles",
            ),
            (
                D,
                [
                    "Le prix est bon sur le papier. Mais quand le pisteur arrive, il te dit que "
                    "tes fèves sont mouillées et il paie 1 500. Qui va contrôler ça ?"
                ],
                "planteur",
            ),
        ],
    ),
    (  # 4 Douala teachers' strike: apposition after the cue, institution, "Mme X dit avoir"
        "Douala — Les enseignants vacataires des lycées publics du Littoral ont entamé lundi "
        "une grève illimitée pour réclamer le paiement de quatorze mois d'arriérés de salaire. "
        "Le mouvement concerne près de 2 300 enseignants dans la région.\n\n"
        "« Certains d'entre nous n'ont pas touché un franc depuis septembre de l'année "
        "dernière. On nous demande de préparer les élèves au baccalauréat le ventre vide », a "
        "déclaré la porte-parole du Collectif des enseignants vacataires du Littoral, Mireille "
        "Ngo Bassong, lors d'un point de presse au lycée de Bonabéri-Est.\n\n"
        "Jointe par téléphone, la délégation régionale des Enseignements secondaires a indiqué "
        "que les dossiers étaient en cours de traitement à Yaoundé, sans avancer de date.\n\n"
        "Une réponse que Mme Ngo Bassong dit avoir « déjà entendue trois fois ». Dans plusieurs "
        "établissements de Bonabéri-Est et de Ndogbong-Sud, les cours de mathématiques et de "
        "physique n'étaient pas assurés mardi.",
        [
            (
                D,
                [
                    "Certains d'entre nous n'ont pas touché un franc depuis septembre de "
                    "l'année dernière. On nous demande de préparer les élèves au baccalauréat "
                    "le ventre vide"
                ],
                "Mireille Ngo Bassong",
            ),
            (
                I,
                ["les dossiers étaient en cours de traitement à Yaoundé"],
                "délégation régionale des Enseignements secondaires",
            ),
            (P, ["déjà entendue trois fois"], "Mireille Ngo Bassong"),
        ],
    ),
    (  # 5 regional rail strike: d'après + company, "qualifié de", question with -t-il (\u202f)
        "Strasbourg — Le trafic des TER restera très perturbé jeudi en Alsace et en Lorraine, "
        "où l'Union ferroviaire autonome (UFA) a reconduit pour la troisième journée "
        "consécutive son mouvement de grève. Un train sur trois circulait mercredi sur l'axe "
        "Strasbourg-Mulhouse, d'après la direction régionale de Transrégio.\n\n"
        "Le syndicat, majoritaire chez les contrôleurs, conteste la suppression d'un agent à "
        "bord de 40 % des trains d'ici à 2028. Son délégué régional, Thierry "
        "Schaeffer-Mounier, a qualifié le projet de «\u202fmise en danger des "
        "voyageurs\u202f». «\u202fQuand il y aura une agression à 22 heures dans un train vide "
        "entre Ostheim-le-Bas et Kintzheim-Forêt, qui interviendra\u202f? Le "
        "conducteur\u202f?\u202f», a-t-il interrogé devant la gare.\n\n"
        "La direction ne partage pas ces craintes et met en avant le recrutement de quarante "
        "agents de sûreté mobiles depuis le printemps.\n\n"
        "Une table ronde est prévue lundi à la préfecture de région, en présence des quatre "
        "organisations syndicales représentatives.",
        [
            (
                I,
                ["Un train sur trois circulait mercredi sur l'axe Strasbourg-Mulhouse"],
                "Transrégio",
            ),
            (P, ["mise en danger des voyageurs"], "Thierry Schaeffer-Mounier"),
            (
                D,
                [
                    "Quand il y aura une agression à 22 heures dans un train vide entre "
                    "Ostheim-le-Bas et Kintzheim-Forêt, qui interviendra\u202f? Le "
                    "conducteur\u202f?"
                ],
                "Thierry Schaeffer-Mounier",
            ),
        ],
    ),
    (  # 6 offshore wind report: quoted document ("écrit la commission"), partial, ministry
        "Nantes — Le parc éolien en mer de la Pointe-aux-Herbiers ne sera pas raccordé au "
        "réseau avant 2029, soit deux ans de retard sur le calendrier initial. C'est la "
        "principale conclusion d'un rapport de la Commission de régulation des énergies "
        "marines (CREM), rendu public mardi.\n\n"
        "Les rapporteurs relèvent une sous-estimation des contraintes géotechniques sur le "
        "tracé du câble d'export, qui doit traverser 34 kilomètres de fonds rocheux. « Le "
        "surcoût pourrait atteindre 380 millions d'euros, qui seront in fine supportés par le "
        "consommateur », écrit la commission.\n\n"
        "Le consortium Atlantique Vent Énergies, qui porte le projet, conteste ces chiffres. "
        "Son président, Bertrand Le Quéré, a assuré mercredi à Ouest-Littoral que le surcoût "
        "« ne dépassera pas 200 millions ». Les fondations des 62 éoliennes doivent être posées "
        "l'été prochain.\n\n"
        "Le ministère de la Transition énergétique a fait savoir qu'il demanderait un audit "
        "indépendant d'ici à la fin de l'année.",
        [
            (
                D,
                [
                    "Le surcoût pourrait atteindre 380 millions d'euros, qui seront in fine "
                    "supportés par le consommateur"
                ],
                "Commission de régulation des énergies marines",
            ),
            (P, ["ne dépassera pas 200 millions"], "Bertrand Le Quéré"),
            (
                I,
                ["il demanderait un audit indépendant d'ici à la fin de l'année"],
                "ministère de la Transition énergétique",
            ),
        ],
    ),
    (  # 7 Ligue 2: incise with role noun (\u202f), two men alternating, selon + unnamed
        "Le FC Vallon-Sainte-Marie s'enfonce. Battus 2-0 samedi soir au stade des Tilleuls "
        "par l'Olympique de Castelnaud-Plage, les Vallonnais restent scotchés à la 18e place "
        "de Ligue 2, à quatre points du premier non-relégable.\n\n"
        "Après la rencontre, l'entraîneur Rachid Bensaïd n'a pas cherché d'excuses. "
        "«\u202fOn a été inexistants pendant quarante-cinq minutes, a reconnu le technicien. À "
        "ce niveau, ça ne pardonne pas.\u202f»\n\n"
        "Le capitaine, Loïc Marchand-Diallo, a pris la parole devant le kop à la fin du match, "
        "sous les sifflets. «\u202fLes supporters ont le droit d'être en colère. Nous, on doit "
        "leur répondre sur le terrain, pas sur les réseaux\u202f», a-t-il expliqué ensuite en "
        "zone mixte.\n\n"
        "Selon plusieurs sources au sein du club, le président Gérard Fontanel doit recevoir "
        "son entraîneur lundi. Vallon-Sainte-Marie se déplace vendredi à Montbrison-les-Bains.",
        [
            (
                D,
                [
                    "On a été inexistants pendant quarante-cinq minutes",
                    "À ce niveau, ça ne pardonne pas.",
                ],
                "Rachid Bensaïd",
            ),
            (
                D,
                [
                    "Les supporters ont le droit d'être en colère. Nous, on doit leur répondre "
                    "sur le terrain, pas sur les réseaux"
                ],
                "Loïc Marchand-Diallo",
            ),
            (
                I,
                ["le président Gérard Fontanel doit recevoir son entraîneur lundi"],
                "sources",
            ),
        ],
    ),
    (  # 8 glacier: quote over two paragraphs, speaker named after it; "Pour X" partial
        "Grenoble — Une équipe de l'Institut alpin de glaciologie a mesuré cet été la plus "
        "forte perte de masse jamais enregistrée sur le glacier de la Combe-Noire, dans le "
        "massif du Haut-Vénéon: 3,4 mètres d'épaisseur de glace en moyenne, contre 1,9 mètre "
        "l'été précédent.\n\n"
        "« Nous avions installé nos balises à 2 900 mètres d'altitude en pensant être "
        "tranquilles pour une décennie. Trois d'entre elles sont tombées en août, la glace "
        "avait simplement fondu autour.\n\n"
        "« Au rythme actuel, la langue du glacier aura disparu vers 2045. Ce n'est plus une "
        "projection lointaine, c'est la durée d'un prêt immobilier », a résumé jeudi la "
        "glaciologue Amandine Cerruti-Blanc, qui dirige le programme de suivi depuis 2011, "
        "lors d'une conférence à l'université.\n\n"
        "Pour son collègue hydrologue Paul Ferrandi, la disparition du glacier posera « de "
        "sérieuses questions » aux communes de la vallée, dont l'alimentation en eau potable "
        "dépend en partie de la fonte estivale.\n\n"
        "Les mesures de l'équipe seront transmises d'ici à la fin de l'année au réseau "
        "international de surveillance des glaciers.",
        [
            (
                D,
                [
                    "Nous avions installé nos balises à 2 900 mètres d'altitude en pensant "
                    "être tranquilles pour une décennie. Trois d'entre elles sont tombées en "
                    "août, la glace avait simplement fondu autour.",
                    "Au rythme actuel, la langue du glacier aura disparu vers 2045. Ce n'est "
                    "plus une projection lointaine, c'est la durée d'un prêt immobilier",
                ],
                "Amandine Cerruti-Blanc",
            ),
            (P, ["de sérieuses questions"], "Paul Ferrandi"),
        ],
    ),
    (  # 9 music festival: “ ” around album and song titles (not quotes), selon + organisers
        "Plouzénec — Le festival Les Nuits de Kervelan a refermé dimanche sa vingtième édition "
        "sur un record. Selon les organisateurs, 212 000 festivaliers se sont pressés en "
        "quatre jours sur le site de la lande de Kervelan, soit 15 000 de plus que l'an "
        "dernier.\n\n"
        "Le moment le plus attendu restait le concert de la chanteuse Lénaïg Morvan, venue "
        "présenter sur la grande scène son troisième album, “Les marées d'équinoxe”. Devant "
        "une foule compacte, elle a repris en rappel “Gwerz an Aod”, le titre qui l'avait "
        "révélée en 2019, accompagnée par un bagad de quarante musiciens.\n\n"
        "“On a frôlé la saturation samedi soir, mais il n'y a eu aucun incident grave”, s'est "
        "félicité le directeur du festival, Yann-Erwan Le Goff. La jauge sera maintenue à "
        "l'identique l'an prochain.\n\n"
        "Les gendarmes ont procédé à 37 interpellations sur l'ensemble du week-end, "
        "principalement pour usage de stupéfiants. Les 4 800 bénévoles seront conviés à une "
        "soirée de remerciements le 14 septembre.",
        [
            (
                I,
                [
                    "212 000 festivaliers se sont pressés en quatre jours sur le site de la "
                    "lande de Kervelan, soit 15 000 de plus que l'an dernier"
                ],
                "organisateurs",
            ),
            (
                D,
                ["On a frôlé la saturation samedi soir, mais il n'y a eu aucun incident grave"],
                "Yann-Erwan Le Goff",
            ),
        ],
    ),
    (  # 10 drugs raid: "Selon la magistrate" with partial, mayor with -t-il after the quote
        "Saint-Aubin-des-Vignes (Rhône) — Trois hommes âgés de 19 à 24 ans ont été interpellés "
        "mardi à l'aube dans la cité des Glycines, à Saint-Aubin-des-Vignes, dans le cadre "
        "d'une enquête sur un trafic de stupéfiants. Près de 6 kilos de résine de cannabis et "
        "42 000 euros en liquide ont été saisis dans deux appartements.\n\n"
        "La procureure de la République de Lyon-Est, Sandrine Aubry-Kessler, a confirmé les "
        "interpellations dans la soirée. Selon la magistrate, le réseau écoulait « plusieurs "
        "centaines de grammes par jour » depuis un hall d'immeuble placé sous surveillance "
        "depuis février.\n\n"
        "Le maire de la commune, Patrick Oliveira, a salué le travail des enquêteurs. « Cela "
        "fait deux ans que les familles de la cité vivent au rythme des guetteurs. Ce matin, "
        "pour la première fois, des enfants sont descendus jouer au pied de la tour », a-t-il "
        "déclaré.\n\n"
        "Les suspects devaient être présentés jeudi à un juge d'instruction.",
        [
            (P, ["plusieurs centaines de grammes par jour"], "Sandrine Aubry-Kessler"),
            (
                D,
                [
                    "Cela fait deux ans que les familles de la cité vivent au rythme des "
                    "guetteurs. Ce matin, pour la première fois, des enfants sont descendus "
                    "jouer au pied de la tour"
                ],
                "Patrick Oliveira",
            ),
        ],
    ),
    (  # 11 party primary: apposition after the quote, spokesman colon quote (\u00a0)
        "Paris — Réunis en conseil national samedi dans le 13e arrondissement, les cadres du "
        "Mouvement pour la République sociale (MRS) ont acté le principe d'une primaire "
        "ouverte pour désigner leur candidat à la présidentielle. Le scrutin se tiendra en "
        "deux tours, en juin, et sera ouvert à tout électeur versant deux euros.\n\n"
        "«\u00a0Personne n'aura de place réservée. Ni moi, ni aucun ancien ministre\u00a0», a "
        "assuré le premier secrétaire du parti, Bernard Aït-Kaci, dans son discours de "
        "clôture. Il est pourtant donné favori par la plupart des fédérations.\n\n"
        "Plusieurs proches de l'ancienne ministre de la Culture Solène Vidalenc, longtemps "
        "pressentie, dénoncent en privé des règles taillées sur mesure pour le premier "
        "secrétaire.\n\n"
        "Le porte-parole du parti, Julien Mesnard, balaie ces critiques\u00a0: «\u00a0Les "
        "règles ont été votées à 87\u00a0% des délégués. Qui peut sérieusement parler de "
        "verrouillage\u00a0?\u00a0»",
        [
            (
                D,
                ["Personne n'aura de place réservée. Ni moi, ni aucun ancien ministre"],
                "Bernard Aït-Kaci",
            ),
            (
                D,
                [
                    "Les règles ont été votées à 87\u00a0% des délégués. Qui peut sérieusement "
                    "parler de verrouillage\u00a0?"
                ],
                "Julien Mesnard",
            ),
        ],
    ),
    (  # 12 Bouaké power cuts: company partial, trader, MP colon quote without speech verb
        "Bouaké — Les habitants de plusieurs quartiers de Bouaké ont subi mardi leur sixième "
        "jour consécutif de délestages, avec des coupures de courant pouvant atteindre huit "
        "heures. La Société ivoirienne de distribution d'électricité (SIDE) invoque une panne "
        "sur une turbine de la centrale thermique de Kossihouen-Nord.\n\n"
        "Dans un communiqué publié mardi soir, l'entreprise a « présenté ses excuses à sa "
        "clientèle » et promis un retour à la normale d'ici à dimanche.\n\n"
        "Au grand marché, les commerçants font les comptes. « Mes congélateurs sont arrêtés "
        "depuis samedi. J'ai jeté pour 180 000 francs de poisson », se lamente Fatoumata Koné, "
        "qui tient un étal de produits surgelés.\n\n"
        "Le député de la circonscription, Siaka Ouattara-Bamba, réclame une enquête "
        "parlementaire et ne croit pas à une simple panne : « Depuis trois ans, c'est la même "
        "chose à chaque saison sèche. »",
        [
            (
                P,
                ["présenté ses excuses à sa clientèle"],
                "Société ivoirienne de distribution d'électricité",
            ),
            (
                D,
                [
                    "Mes congélateurs sont arrêtés depuis samedi. J'ai jeté pour 180 000 francs "
                    "de poisson"
                ],
                "Fatoumata Koné",
            ),
            (
                D,
                ["Depuis trois ans, c'est la même chose à chaque saison sèche."],
                "Siaka Ouattara-Bamba",
            ),
        ],
    ),
    (  # 13 research vessel: partial by X after the cue, dash line with -t-elle, two women
        "Brest — Après quatre mois passés dans l'océan Austral, le navire de recherche "
        "Albatros-II est rentré lundi à son port d'attache avec à son bord 1 400 carottes de "
        "sédiments et plus de 9 000 échantillons d'eau de mer.\n\n"
        "La mission, pilotée par le Laboratoire d'océanographie physique de Bretagne "
        "occidentale, visait à mesurer la vitesse à laquelle les eaux profondes se réchauffent "
        "autour du plateau Dumont-Est. Ses premiers résultats sont jugés « préoccupants » par "
        "la cheffe de mission, Ingrid Salaün-Moreau.\n\n"
        "— Nous avons relevé des températures supérieures de 0,3 degré à celles de 2012 à plus "
        "de 3 000 mètres. À cette profondeur, c'est énorme, explique-t-elle.\n\n"
        "Sa collègue Camille Berthou, biogéochimiste, appelle toutefois à la prudence. Selon "
        "elle, il faudra au moins deux ans pour analyser l'ensemble des échantillons.\n\n"
        "Le navire repartira en janvier pour une campagne en Atlantique Nord.",
        [
            (P, ["préoccupants"], "Ingrid Salaün-Moreau"),
            (
                D,
                [
                    "Nous avons relevé des températures supérieures de 0,3 degré à celles de "
                    "2012 à plus de 3 000 mètres. À cette profondeur, c'est énorme"
                ],
                "Ingrid Salaün-Moreau",
            ),
            (
                I,
                ["il faudra au moins deux ans pour analyser l'ensemble des échantillons"],
                "Camille Berthou",
            ),
        ],
    ),
    (  # 14 administrative court: ruling quoted (unnamed judge), “ ” after a colon, lawyer
        "Montreuil — Le tribunal administratif de Montreuil a suspendu vendredi l'arrêté par "
        "lequel le maire de Villemonble-sur-Ourcq interdisait les distributions alimentaires "
        "aux abords de la gare.\n\n"
        "Dans son ordonnance, le juge des référés estime que la mesure porte « une atteinte "
        "grave et manifestement illégale » à la liberté d'aller et venir, la commune n'ayant "
        "produit aucun élément établissant des troubles à l'ordre public.\n\n"
        "Le maire, Didier Castellane, élu depuis 2014, n'a pas tardé à réagir sur les réseaux "
        "sociaux : “Je respecte la décision de justice, mais je ne laisserai pas le parvis de "
        "la gare devenir un campement à ciel ouvert.”\n\n"
        "L'avocate du Collectif Pain partagé, à l'origine du recours, Me Léa Sfar, avait "
        "plaidé mercredi que la commune cherchait à « rendre la pauvreté invisible ».",
        [
            (P, ["une atteinte grave et manifestement illégale"], "juge des référés"),
            (
                D,
                [
                    "Je respecte la décision de justice, mais je ne laisserai pas le parvis de "
                    "la gare devenir un campement à ciel ouvert."
                ],
                "Didier Castellane",
            ),
            (P, ["rendre la pauvreté invisible"], "Léa Sfar"),
        ],
    ),
    (  # 15 Senegalese league title: role noun after the cue ("le jeune buteur"), coach partial
        "Dakar — L'US Keur-Diamé a décroché dimanche le premier titre de champion du Sénégal "
        "de son histoire en s'imposant 1-0 face à la Jeunesse olympique de Sangalkam-Ouest, "
        "lors de l'ultime journée de Ligue 1, au stade municipal de Guédiawaye-Nord.\n\n"
        "L'unique but a été inscrit à la 71e minute par l'attaquant Ousmane Badji, 19 ans, "
        "auteur de son quatorzième but de la saison. «Je le dédie à ma mère, qui n'a jamais "
        "raté un match, même sous la pluie», a confié le jeune buteur au micro de la radio "
        "nationale.\n\n"
        "Son entraîneur, Pape Alioune Faye, a salué «un groupe qui n'a jamais lâché», après un "
        "début de saison marqué par quatre défaites en cinq matchs.\n\n"
        "Le club disputera la Ligue des champions africaine la saison prochaine. Une caravane "
        "de célébration est prévue mardi dans les rues de la commune, en présence du président "
        "du club, El Hadji Malick Sarr.",
        [
            (
                D,
                ["Je le dédie à ma mère, qui n'a jamais raté un match, même sous la pluie"],
                "Ousmane Badji",
            ),
            (P, ["un groupe qui n'a jamais lâché"], "Pape Alioune Faye"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Ohio road levy: quote split by a "said X, who …" incise; indirect told/said
        "GARNET FALLS, Ohio — Voters in Tessaway County will decide in May whether to approve "
        "a 1.5-mill property tax levy to repair rural roads and bridges, after county "
        "commissioners voted 2-1 on Tuesday to put the measure on the ballot.\n\n"
        "The levy would raise about $4.2 million a year for eight years and cost the owner of "
        "a $150,000 home roughly $79 annually.\n\n"
        '"We have eleven bridges rated structurally deficient," said Commissioner Darlene '
        'Voss, who proposed the levy, "and two of them carry school buses every morning."\n\n'
        "Commissioner Raymond Kettering cast the lone no vote. He said residents were already "
        "squeezed by rising insurance and utility bills.\n\n"
        "The county engineer, Luis Ochoa, told commissioners that without new money at least "
        "three bridges would likely be closed to heavy vehicles within two years. The county "
        "last passed a road levy in 1998.",
        [
            (
                D,
                [
                    "We have eleven bridges rated structurally deficient",
                    "and two of them carry school buses every morning.",
                ],
                "Darlene Voss",
            ),
            (
                I,
                ["residents were already squeezed by rising insurance and utility bills"],
                "Raymond Kettering",
            ),
            (
                I,
                [
                    "without new money at least three bridges would likely be closed to heavy "
                    "vehicles within two years"
                ],
                "Luis Ochoa",
            ),
        ],
    ),
    (  # 2 Indian civic water cut: speaker after the quote with long title; ‘ ’ with days’
        "KAMALPUR: Residents of at least 14 wards in the eastern part of the city will face a "
        "complete water cut on Thursday and Friday as the Kamalpur Municipal Corporation (KMC) "
        "takes up repairs on the main pipeline from Bhimsar dam.\n\n"
        'A 900-mm pipeline near Tilakwadi junction developed a major leak last week. "Nearly '
        "40 million litres are being wasted every day. We cannot postpone the work any "
        'further," KMC executive engineer (water supply) Ramesh K. Deshpande said. Supply '
        "will resume on Saturday morning at low pressure, and tankers will be provided to "
        "hospitals and hostels on request.\n\n"
        "Corporator Sunita Gaikwad of ward 22 criticised the short notice. ‘People here store "
        "water in drums. Two days’ notice is not enough for working families,’ she said.\n\n"
        "Residents of Ganeshpeth and Old Mill Colony have been asked to store water in "
        "advance.",
        [
            (
                D,
                [
                    "Nearly 40 million litres are being wasted every day. We cannot postpone "
                    "the work any further"
                ],
                "Ramesh K. Deshpande",
            ),
            (
                D,
                [
                    "People here store water in drums. Two days’ notice is not enough for "
                    "working families"
                ],
                "Sunita Gaikwad",
            ),
        ],
    ),
    (  # 3 Nigerian drivers' union: "Comrade" title, surname alone, "Mrs" + partial
        "Commercial bus drivers in Oyeleke State will withdraw their services from Monday in "
        "protest against multiple taxation by local government revenue agents.\n\n"
        "The state chairman of the Amalgamated Commercial Drivers' Union (ACDU), Comrade "
        "Adebayo Ogunleye, told our correspondent in Ilesanmi on Saturday that drivers were "
        "paying as much as N6,500 daily to at least five different agencies on a single "
        "route.\n\n"
        '"Our members are not against paying tax. But when a bus driver pays tickets at '
        "Oja-Titun, pays again at Ayetoro garage and is still harassed at the toll gate, that "
        'is extortion, not revenue," Ogunleye said.\n\n'
        "Reacting, the Commissioner for Local Government and Chieftaincy Affairs, Mrs Folasade "
        'Adeyemi-Bello, urged the union to "sheath its sword" and embrace dialogue. A '
        "committee set up last month to harmonise levies is yet to submit its report.\n\n"
        "Commuters at the Ilesanmi central motor park were already stranded on Sunday evening "
        "as some drivers began the strike a day early.",
        [
            (
                I,
                [
                    "drivers were paying as much as N6,500 daily to at least five different "
                    "agencies on a single route"
                ],
                "Adebayo Ogunleye",
            ),
            (
                D,
                [
                    "Our members are not against paying tax. But when a bus driver pays tickets "
                    "at Oja-Titun, pays again at Ayetoro garage and is still harassed at the "
                    "toll gate, that is extortion, not revenue"
                ],
                "Adebayo Ogunleye",
            ),
            (P, ["sheath its sword"], "Folasade Adeyemi-Bello"),
        ],
    ),
    (  # 4 recount: three women, "she" after a passive mention, partial with period inside
        "A hand recount of ballots in the race for the Dunmore County Board of Supervisors' "
        "third district seat will begin Monday, after the final canvass left just six votes "
        "between the two candidates.\n\n"
        "The recount, overseen by County Clerk Patricia Alvarado, is expected to take two to "
        'three days. "Every ballot will be looked at by two people, one from each party. '
        'Nothing gets decided in a back room," she said.\n\n'
        "Incumbent Supervisor Janet Holloway, who trails by six votes, requested the recount "
        'on Thursday. In a statement, she said she owed it to voters "to make sure every '
        'legal ballot is counted."\n\n'
        "Her challenger, retired firefighter Denise Okafor, spent election night at her "
        'campaign office in Lamont. "I\'d rather have won by six hundred, but six is a win," '
        "Okafor said.\n\n"
        "The recount will cost the county an estimated $18,000.",
        [
            (
                D,
                [
                    "Every ballot will be looked at by two people, one from each party. "
                    "Nothing gets decided in a back room"
                ],
                "Patricia Alvarado",
            ),
            (P, ["to make sure every legal ballot is counted."], "Janet Holloway"),
            (D, ["I'd rather have won by six hundred, but six is a win"], "Denise Okafor"),
        ],
    ),
    (  # 5 federal order: the judge's written order quoted ("wrote"), partial then direct
        "A federal judge on Friday blocked Carverton from enforcing a new ordinance that bans "
        "sleeping in vehicles on city streets, two months after it took effect.\n\n"
        "In a 31-page order, U.S. District Judge Margaret Ellison-Pryor wrote that the city "
        'had offered "no evidence whatsoever" that people sleeping in cars posed a threat to '
        'public safety. "A city may regulate its streets, but it may not make it a crime to '
        'be poor in a parked car," she wrote.\n\n'
        "The ordinance, passed 5-4 by the city council in June, carried fines of up to $500 "
        "and allowed police to tow vehicles after a second citation. It was challenged by "
        "three residents who have lived in their cars since losing their apartments.\n\n"
        "The city has 30 days to appeal.",
        [
            (P, ["no evidence whatsoever"], "Margaret Ellison-Pryor"),
            (
                D,
                [
                    "A city may regulate its streets, but it may not make it a crime to be poor "
                    "in a parked car"
                ],
                "Margaret Ellison-Pryor",
            ),
        ],
    ),
    (  # 6 measles: "was blunt:" colon quote with Dr.; state epidemiologist indirect
        "Health officials in Greer County confirmed four more measles cases on Wednesday, "
        "bringing an outbreak that began at a church daycare in March to 17 cases, all in "
        "unvaccinated children and teenagers. Two children have been hospitalized.\n\n"
        "The county's health officer, Dr. Anita Ramaswamy, was blunt: \"Measles is not a mild "
        'rash. One in five unvaccinated children who catch it will end up in the hospital."\n\n'
        "Free vaccination clinics will be held on Saturdays through August at the county "
        "fairgrounds and two public libraries.\n\n"
        "State epidemiologist Kevin Marsh said the vaccination rate among kindergartners in the "
        "county had dropped to 86 percent, well below the 95 percent needed to stop the virus "
        "from spreading.",
        [
            (
                D,
                [
                    "Measles is not a mild rash. One in five unvaccinated children who catch it "
                    "will end up in the hospital."
                ],
                "Anita Ramaswamy",
            ),
            (
                I,
                [
                    "the vaccination rate among kindergartners in the county had dropped to 86 "
                    "percent, well below the 95 percent needed to stop the virus from spreading"
                ],
                "Kevin Marsh",
            ),
        ],
    ),
    (  # 7 girls' semifinal: “ ” split by incise; partial; unattributed continuation
        "Lakeview Central's season ended one win short of the state final on Saturday, as the "
        "Lady Hawks fell 58-51 to Bryant Hollow in the Class 3A semifinals at the Mid-State "
        "Fieldhouse.\n\n"
        "Junior guard Kiara Mitchell scored 24 points, 14 of them in the fourth quarter, but "
        "the Hawks never got closer than four after halftime.\n\n"
        "“We dug ourselves a hole in the second quarter,” coach Tom Reardon said, “and against "
        "a team like that, you don't get to climb all the way out.”\n\n"
        "Mitchell, fighting back tears, said the loss would stay with her “for a long time.” "
        "Then she looked up at her teammates. “But I love these girls. I wouldn't trade this "
        "season for anything.”\n\n"
        "Bryant Hollow will face top-seeded St. Agnes Prep in Saturday's final.",
        [
            (
                D,
                [
                    "We dug ourselves a hole in the second quarter",
                    "and against a team like that, you don't get to climb all the way out.",
                ],
                "Tom Reardon",
            ),
            (P, ["for a long time."], "Kiara Mitchell"),
            (
                D,
                ["But I love these girls. I wouldn't trade this season for anything."],
                "Kiara Mitchell",
            ),
        ],
    ),
    (  # 8 tuition: institution indirect, "called … a slap", "she told the regents"
        "The University of Northern Calloway's Board of Regents approved a 4.5 percent tuition "
        "increase for in-state undergraduates on Thursday, the third increase in as many "
        "years. Annual tuition will rise to $11,340 starting in the fall semester.\n\n"
        "In a statement, the university said the increase was needed to cover rising health "
        "insurance costs for employees and a $6 million cut in state funding.\n\n"
        "Student Government Association president Maya Lindqvist, who addressed the board "
        'before the 7-2 vote, called the decision "a slap in the face" to students who work '
        "while studying.\n\n"
        '"Half of the people I know have two jobs. Every one of these increases means another '
        'shift," she told the regents.\n\n'
        "Out-of-state tuition will rise by 6 percent.",
        [
            (
                I,
                [
                    "the increase was needed to cover rising health insurance costs for "
                    "employees and a $6 million cut in state funding"
                ],
                "University of Northern Calloway",
            ),
            (P, ["a slap in the face"], "Maya Lindqvist"),
            (
                D,
                [
                    "Half of the people I know have two jobs. Every one of these increases "
                    "means another shift"
                ],
                "Maya Lindqvist",
            ),
        ],
    ),
    (  # 9 grounded ship: unnamed spokeswoman, "according to" port, speaker after long quote
        "A 700-foot container ship that ran aground in the Delacroix River channel early "
        "Tuesday was refloated Wednesday afternoon, reopening one of the busiest commercial "
        "waterways in the region.\n\n"
        "The Liberian-flagged Marisol Express, carrying about 2,100 containers, lost "
        "propulsion near Mile Marker 42 shortly before dawn, a Coast Guard spokeswoman said. "
        "No injuries or pollution were reported.\n\n"
        "At least 38 vessels were held at anchor while the channel was closed, according to "
        "the Port of Saint-Aubert.\n\n"
        '"Every hour the channel is shut costs shippers and the port real money, and we had '
        "ships stacking up all the way to the sea buoy. The salvage crews did a remarkable job "
        "getting her off the bank on the first high tide,\" said Roland Thibodeaux, the port's "
        "director of maritime operations.\n\n"
        "Federal investigators are expected to board the ship on Thursday to examine its "
        "engine logs.",
        [
            (
                I,
                [
                    "The Liberian-flagged Marisol Express, carrying about 2,100 containers, "
                    "lost propulsion near Mile Marker 42 shortly before dawn"
                ],
                "Coast Guard",
            ),
            (
                I,
                ["At least 38 vessels were held at anchor while the channel was closed"],
                "Port of Saint-Aubert",
            ),
            (
                D,
                [
                    "Every hour the channel is shut costs shippers and the port real money, and "
                    "we had ships stacking up all the way to the sea buoy. The salvage crews "
                    "did a remarkable job getting her off the bank on the first high tide"
                ],
                "Roland Thibodeaux",
            ),
        ],
    ),
    (  # 10 Indian exam leak: "Prof." + initial, "told reporters that", "Sources said"
        "HOSAPURA: Karavali State University on Monday cancelled the fifth-semester BCom "
        "examination in financial accounting after the question paper was found circulating "
        "on messaging apps hours before the test.\n\n"
        "Vice-Chancellor Prof. S. Narayanaswamy told reporters that the examination would be "
        'held again on March 28. "Whoever is responsible, whether inside the university or '
        'outside, will face criminal action," he said.\n\n'
        "Sources said the paper may have been leaked from one of the 46 affiliated colleges, "
        "where sealed packets of question papers are delivered a day in advance.\n\n"
        "Nearly 7,800 students had registered for the paper. Members of the students' union "
        "staged a protest outside the examination branch on Monday afternoon.",
        [
            (
                I,
                ["the examination would be held again on March 28"],
                "S. Narayanaswamy",
            ),
            (
                D,
                [
                    "Whoever is responsible, whether inside the university or outside, will "
                    "face criminal action"
                ],
                "S. Narayanaswamy",
            ),
            (
                I,
                [
                    "the paper may have been leaked from one of the 46 affiliated colleges, "
                    "where sealed packets of question papers are delivered a day in advance"
                ],
                "sources",
            ),
        ],
    ),
    (  # 11 Nigerian election tribunal: "Mr … (SAN)", "Barrister", "Justice"; partial
        "The Governorship Election Petitions Tribunal sitting in Okpara-Nta on Tuesday "
        "reserved judgment in the petition filed by the candidate of the People's Progressive "
        "Alliance (PPA), Chief Emeka Nwankwo-Ude, challenging the declaration of Governor "
        "Ibrahim Danjuma-Wali as winner of the March 18 poll.\n\n"
        "Counsel to the petitioner, Mr Chukwuemeka Obiora (SAN), told the three-member panel "
        'that over 41,000 votes recorded in 212 polling units were "products of over-voting '
        'and outright fabrication".\n\n'
        "But the governor's counsel, Barrister Hauwa Lawal-Abdullahi, sought the dismissal of "
        'the petition. "You cannot prove over-voting with a newspaper report and a hunch," '
        "she told the panel.\n\n"
        "The chairman of the tribunal, Justice Adaeze Okonkwo, said judgment would be "
        "delivered on a date to be communicated to parties.",
        [
            (
                P,
                ["products of over-voting and outright fabrication"],
                "Chukwuemeka Obiora",
            ),
            (
                D,
                ["You cannot prove over-voting with a newspaper report and a hunch"],
                "Hauwa Lawal-Abdullahi",
            ),
            (
                I,
                ["judgment would be delivered on a date to be communicated to parties"],
                "Adaeze Okonkwo",
            ),
        ],
    ),
    (  # 12 car break-ins: "police said" at the end, Lt. spokeswoman, surname alone
        "Two teenagers were arrested Sunday night after a string of car break-ins in the "
        "Westgate neighborhood of Fallon Springs, police said.\n\n"
        "Officers responding to a 911 call around 10:40 p.m. found the pair trying door "
        "handles on Linden Avenue. Both, ages 15 and 17, were booked into the county juvenile "
        "detention center.\n\n"
        "Lt. Carla Dominguez, a department spokeswoman, said at least 23 vehicles had been "
        'entered over the weekend, most of them unlocked. "We see this every few months, and '
        'it almost always starts with an unlocked door," Dominguez said Monday.\n\n'
        "Residents packed Monday's neighborhood association meeting to ask for more patrols.",
        [
            (
                I,
                [
                    "Two teenagers were arrested Sunday night after a string of car break-ins "
                    "in the Westgate neighborhood of Fallon Springs"
                ],
                "police",
            ),
            (
                I,
                ["at least 23 vehicles had been entered over the weekend, most of them unlocked"],
                "Carla Dominguez",
            ),
            (
                D,
                ["We see this every few months, and it almost always starts with an unlocked door"],
                "Carla Dominguez",
            ),
        ],
    ),
    (  # 13 ex-player's podcast: quotation marks around the show and episode titles
        "Former Riverton Rams guard DeShawn Kellerman, who spent 11 seasons in the league, has "
        'launched a weekly podcast, "Off the Glass," in which he interviews former players '
        "about life after basketball.\n\n"
        'The first episode, "The Day the Checks Stop," features his old teammate Marcus '
        "Oyelaran, who spent two years working nights in a warehouse after his release.\n\n"
        "\"Nobody prepares you for the silence. One day you've got 18,000 people screaming "
        "your name, and the next your phone doesn't ring,\" Oyelaran says in the episode.\n\n"
        'Kellerman said he wanted the show to be "honest, not sad." Advertising revenue will '
        "go to a mental health fund for retired players run by the team's charitable "
        "foundation.",
        [
            (
                D,
                [
                    "Nobody prepares you for the silence. One day you've got 18,000 people "
                    "screaming your name, and the next your phone doesn't ring"
                ],
                "Marcus Oyelaran",
            ),
            (P, ["honest, not sad."], "DeShawn Kellerman"),
        ],
    ),
    (  # 14 cholera: "disclosed this" (no quote), "Dr", "the commissioner", "Pa" honorific
        "The Ebunoluwa State Ministry of Health has confirmed 146 suspected cases of cholera "
        "and nine deaths in three local government areas in the past two weeks.\n\n"
        "The Commissioner for Health, Dr Olufunke Adesanya-Ige, disclosed this on Thursday "
        "while briefing journalists in Ikereola, the state capital. She said the outbreak was "
        "linked to contaminated well water in Ilupeju-Odo and surrounding communities after "
        "heavy rains.\n\n"
        '"We have deployed rapid response teams to all affected wards and opened two treatment '
        "centres. Residents must boil their water or use the chlorine tablets we are "
        'distributing free of charge," the commissioner said.\n\n'
        "A community leader in Ilupeju-Odo, Pa Samuel Adegoke, told our correspondent that the "
        "only borehole in the community had broken down since January, forcing families to "
        "rely on shallow wells.",
        [
            (
                I,
                [
                    "the outbreak was linked to contaminated well water in Ilupeju-Odo and "
                    "surrounding communities after heavy rains"
                ],
                "Olufunke Adesanya-Ige",
            ),
            (
                D,
                [
                    "We have deployed rapid response teams to all affected wards and opened two "
                    "treatment centres. Residents must boil their water or use the chlorine "
                    "tablets we are distributing free of charge"
                ],
                "Olufunke Adesanya-Ige",
            ),
            (
                I,
                [
                    "the only borehole in the community had broken down since January, forcing "
                    "families to rely on shallow wells"
                ],
                "Samuel Adegoke",
            ),
        ],
    ),
    (  # 15 island ferry: agency indirect, dash-introduced quote, "acknowledged … partial"
        "Ferry riders on the Whitcomb Island route faced another weekend of cancellations "
        "after one of the two vessels serving the island was pulled from service for "
        "emergency hull repairs.\n\n"
        "Northsound Marine Transit said the MV Cormorant would be out for at least three "
        "weeks. Until then, the smaller MV Tern will run six round trips a day instead of "
        "fourteen.\n\n"
        "Islanders filled the community hall on Friday night. Eleanor Tsai, who runs a bakery "
        'near the terminal, put it bluntly — "I lost two days of deliveries last month. I '
        "can't keep doing this.\"\n\n"
        "The agency's director, Paul Hendrickx, acknowledged that the fleet was \"stretched to "
        'the limit". Two hybrid ferries ordered last year are not due before 2029.',
        [
            (
                I,
                ["the MV Cormorant would be out for at least three weeks"],
                "Northsound Marine Transit",
            ),
            (
                D,
                ["I lost two days of deliveries last month. I can't keep doing this."],
                "Eleanor Tsai",
            ),
            (P, ["stretched to the limit"], "Paul Hendrickx"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout14.jsonl"),
        "heldout14",
        "h14",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
