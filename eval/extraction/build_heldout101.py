"""Source of the hundred-and-first held-out set: writes heldout101.jsonl (split "heldout101").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like crime, policing and local news in brief: burglaries, frauds and scams, road-rage
cases, missing persons, arrests, police operations and investigations, with prosecutors, police
spokespeople, investigators, victims, neighbours and lawyers quoted; role nouns used alone for
someone named earlier ("le procureur", "l'enquêtrice", "the detective"), and several people of
the same gender in one text.
Measured once with 0.3.0, 0.30.0 and 0.31.0 on 2026-12-02, unread when measured (0.30.0 and
0.31.0 the same: docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout101.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-30"
Item = GoldItem

FR: list[Item] = [
    (  # 1 burglaries: direct + "a précisé le procureur" (role alone, named earlier with an
        # apposition), "a salué le travail de" (noun object, not annotated), "Selon lui,"
        # where two men were named (lui = the commandant), neighbour direct + "raconte Name, 67 ans"
        "Une vingtaine de maisons du lotissement des Tilleuls, à Brévannes-sur-Loir, ont été "
        "cambriolées entre septembre et novembre. Trois hommes âgés de 24 à 31 ans ont été "
        "interpellés mardi à l'aube lors d'une opération mobilisant une soixantaine de gendarmes, "
        "et devaient être présentés jeudi à un juge d'instruction.\n\n"
        "Le procureur de la République de Châtelmont, Laurent Meunier-Castel, a détaillé mercredi "
        "le fonctionnement de la bande. «\u00a0Les bijoux et l'outillage dérobés étaient revendus "
        "en quelques jours sur des sites de petites annonces, parfois à des habitants du même "
        "canton\u00a0», a précisé le procureur.\n\n"
        "Le commandant de la compagnie de gendarmerie, Régis Alby, a salué le travail de ses "
        "enquêteurs. Selon lui, l'analyse des bornes téléphoniques a permis de relier les trois "
        "hommes à au moins quinze des vols.\n\n"
        "Dans le lotissement, le soulagement domine. «\u00a0On n'osait plus partir en week-end. "
        "Mon mari dormait avec une lampe torche sur la table de nuit\u00a0», raconte Josiane "
        "Perrot, 67 ans, dont la maison a été visitée à deux reprises.",
        [
            (
                D,
                [
                    "Les bijoux et l'outillage dérobés étaient revendus en quelques jours sur des "
                    "sites de petites annonces, parfois à des habitants du même canton"
                ],
                "Laurent Meunier-Castel",
            ),
            (
                I,
                [
                    "l'analyse des bornes téléphoniques a permis de relier les trois hommes à au "
                    "moins quinze des vols"
                ],
                "Régis Alby",
            ),
            (
                D,
                [
                    "On n'osait plus partir en week-end. Mon mari dormait avec une lampe torche "
                    "sur la table de nuit"
                ],
                "Josiane Perrot",
            ),
        ],
    ),
    (  # 2 fake bank adviser scam: three women; victim direct + "confie Name, 78 ans" first,
        # "elle a validé" (not speech), lawyer "Me Name" partial after "juge la banque",
        # "…, d'après la commissaire Name" after (the part before; "%" with a no-break space)
        "Une retraitée de Vernay-lès-Bains a perdu près de 48\u00a0000 euros en une seule "
        "matinée, victime d'une escroquerie au faux conseiller bancaire. Mardi, un homme se "
        "présentant comme employé du service des fraudes de sa banque l'a appelée sur son "
        "téléphone fixe.\n\n"
        "«\u00a0Il connaissait mon nom, mon adresse, même le prénom de ma conseillère. Je n'ai "
        "rien vu venir\u00a0», confie Monique Aubertin, 78 ans. Sur les instructions de son "
        "interlocuteur, elle a validé sept virements depuis son application.\n\n"
        "Son avocate, Me Clara Benhamou, juge la banque «\u00a0coupable de négligence\u00a0» pour "
        "ne pas avoir bloqué des opérations aussi inhabituelles. L'établissement n'a pas souhaité "
        "s'exprimer.\n\n"
        "Ce type de fraude a bondi de 40\u00a0% dans le département en un an, d'après la "
        "commissaire Sandrine Lebel, qui dirige la sûreté départementale. Un numéro d'alerte "
        "gratuit doit être mis en place en janvier.",
        [
            (
                D,
                [
                    "Il connaissait mon nom, mon adresse, même le prénom de ma conseillère. Je "
                    "n'ai rien vu venir"
                ],
                "Monique Aubertin",
            ),
            (P, ["coupable de négligence"], "Clara Benhamou"),
            (
                I,
                ["Ce type de fraude a bondi de 40\u00a0% dans le département en un an"],
                "Sandrine Lebel",
            ),
        ],
    ),
    (  # 3 road rage in court: short direct + "a résumé la substitute du procureur, Name"
        # (the prosecutor himself does not speak), incise "a plaidé son avocat, Me Name," with
        # commas splitting one quote (two spans), the victim named but not speaking
        "Le tribunal correctionnel de Montvallon a condamné jeudi un automobiliste de 42 ans à "
        "huit mois de prison avec sursis pour avoir frappé un livreur à scooter après un "
        "accrochage, en juillet, sur un rond-point de la zone commerciale des Aulnes.\n\n"
        "Les images d'une caméra embarquée, diffusées à l'audience, montrent le prévenu sortir de "
        "sa voiture et porter trois coups de poing au jeune homme, tombé au sol. «\u00a0Tout ça "
        "pour un rétroviseur\u00a0», a résumé la substitute du procureur, Élodie Varenne, qui "
        "avait requis un an avec sursis et l'annulation du permis.\n\n"
        "«\u00a0Mon client regrette profondément son geste, a plaidé son avocat, Me Julien "
        "Castagné, mais il n'a jamais voulu blesser qui que ce soit.\u00a0»\n\n"
        "La victime, Karim Selmi, 23 ans, souffre toujours de maux de tête et n'a repris le "
        "travail qu'en octobre. Le prévenu devra lui verser 6\u00a0500 euros de dommages et "
        "intérêts et suivre un stage de gestion de la colère.",
        [
            (D, ["Tout ça pour un rétroviseur"], "Élodie Varenne"),
            (
                D,
                [
                    "Mon client regrette profondément son geste",
                    "mais il n'a jamais voulu blesser qui que ce soit.",
                ],
                "Julien Castagné",
            ),
        ],
    ),
    (  # 4 missing teenager: "ont lancé un appel à témoins" (noun object), mother direct +
        # "assure sa mère, Name", investigator direct + "a insisté dimanche le capitaine Name"
        # (rank dropped) with two sentences in one quote; two men named (the boy, the captain)
        "Les gendarmes du Haut-Vercors ont lancé samedi un appel à témoins pour retrouver Lucas "
        "Ferrand, 16 ans, qui n'a plus donné signe de vie depuis mercredi soir. L'adolescent a "
        "quitté le domicile familial de Saint-Jory-les-Pins vers 21 heures, à vélo, sans son "
        "téléphone ni ses papiers.\n\n"
        "Une soixantaine de personnes, un hélicoptère et deux équipes cynophiles ont fouillé les "
        "bois autour du village pendant tout le week-end, sans résultat.\n\n"
        "«\u00a0Lucas n'est pas du genre à fuguer. Il adore son petit frère, il ne serait jamais "
        "parti sans lui dire au revoir\u00a0», assure sa mère, Nathalie Ferrand, qui a diffusé sa "
        "photo sur les réseaux sociaux.\n\n"
        "Le vélo de l'adolescent, un modèle bleu de marque italienne, n'a pas été retrouvé. "
        "«\u00a0Chaque témoignage compte, même le plus anodin. Quelqu'un l'a forcément croisé sur "
        "la route\u00a0», a insisté dimanche le capitaine Hugo Demaison, qui coordonne les "
        "recherches.",
        [
            (
                D,
                [
                    "Lucas n'est pas du genre à fuguer. Il adore son petit frère, il ne serait "
                    "jamais parti sans lui dire au revoir"
                ],
                "Nathalie Ferrand",
            ),
            (
                D,
                [
                    "Chaque témoignage compte, même le plus anodin. Quelqu'un l'a forcément croisé "
                    "sur la route"
                ],
                "Hugo Demaison",
            ),
        ],
    ),
    (  # 5 drug-dealing raid: indirect with the cue after ("…, a annoncé la préfecture"),
        # direct + "a martelé sur place le préfet, Name", partial after "Il juge ces opérations"
        # (il = the mayor, second man), union "a dénoncé le manque de" (noun object)
        "Près de 200 policiers ont été mobilisés mardi matin dans le quartier du Val-Fleuri, à "
        "Corbanne, pour une vaste opération contre le trafic de stupéfiants. Onze personnes ont "
        "été placées en garde à vue et 3,2 kilos de résine de cannabis saisis, a annoncé la "
        "préfecture dans un communiqué.\n\n"
        "«\u00a0Nous allons revenir, encore et encore, jusqu'à ce que les points de deal "
        "disparaissent\u00a0», a martelé sur place le préfet, Antoine Guéridon, entouré des "
        "responsables de la police nationale.\n\n"
        "Le maire de Corbanne, Patrice Olmedo, se montre plus prudent. Il juge ces opérations "
        "«\u00a0utiles mais insuffisantes\u00a0» sans un retour durable des services publics "
        "dans le quartier, où le bureau de poste a fermé en 2023.\n\n"
        "Le syndicat Vigie-Police a de son côté dénoncé le manque d'effectifs au commissariat de "
        "Corbanne, qui compte quinze agents de moins qu'il y a cinq ans.",
        [
            (
                I,
                [
                    "Onze personnes ont été placées en garde à vue et 3,2 kilos de résine de "
                    "cannabis saisis"
                ],
                "préfecture",
            ),
            (
                D,
                [
                    "Nous allons revenir, encore et encore, jusqu'à ce que les points de deal "
                    "disparaissent"
                ],
                "Antoine Guéridon",
            ),
            (P, ["utiles mais insuffisantes"], "Patrice Olmedo"),
        ],
    ),
    (  # 6 fake plumbers: "raconte la victime, Name, 91 ans" then an unattributed continuation
        # after a full stop (second direct, same speaker), "La police municipale rappelle que"
        # (unnamed organisation), brochure title in « » not speech
        "Deux hommes se présentant comme des plombiers envoyés par la mairie ont dérobé des "
        "bijoux et près de 900 euros en espèces chez une nonagénaire de Roquelaure, lundi "
        "après-midi. Pendant que l'un faisait couler l'eau dans la salle de bains, le second "
        "fouillait les chambres à l'étage.\n\n"
        "«\u00a0Ils étaient polis, bien habillés, avec des badges autour du cou\u00a0», raconte "
        "la victime, Germaine Costes, 91 ans. «\u00a0Je leur ai même offert un café avant qu'ils "
        "partent.\u00a0»\n\n"
        "La police municipale rappelle que la mairie n'envoie jamais d'agents au domicile des "
        "habitants sans rendez-vous écrit. Elle distribue cette semaine dans les boîtes aux "
        "lettres une brochure intitulée «\u00a0Ne leur ouvrez pas\u00a0», rédigée avec deux "
        "associations de retraités du canton.",
        [
            (
                D,
                ["Ils étaient polis, bien habillés, avec des badges autour du cou"],
                "Germaine Costes",
            ),
            (D, ["Je leur ai même offert un café avant qu'ils partent."], "Germaine Costes"),
            (
                I,
                [
                    "la mairie n'envoie jamais d'agents au domicile des habitants sans "
                    "rendez-vous écrit"
                ],
                "police municipale",
            ),
        ],
    ),
    (  # 7 arson: indirect with the cue after ("…, a confirmé lundi le procureur de X, Name"),
        # direct + "a indiqué le magistrat" (role alone), company manager named but not
        # speaking ("a déposé plainte"), partial by an anonymous "un enquêteur"
        "L'incendie qui a ravagé dans la nuit de samedi à dimanche un entrepôt de meubles à "
        "Lessart-sur-Orne est d'origine criminelle, a confirmé lundi le procureur de Bréval, "
        "Olivier Saint-Amand. Des traces d'hydrocarbure ont été relevées en trois points "
        "distincts du bâtiment, qui s'étendait sur 4\u00a0000 mètres carrés.\n\n"
        "«\u00a0Nous n'écartons aucune hypothèse, ni la vengeance, ni l'escroquerie à "
        "l'assurance\u00a0», a indiqué le magistrat, qui a confié l'enquête à la police "
        "judiciaire.\n\n"
        "Le gérant de l'entreprise, Bernard Koenig, a déposé plainte dès dimanche matin. Ses "
        "quatorze salariés ont été placés en chômage partiel.\n\n"
        "Sous couvert d'anonymat, un enquêteur évoque une «\u00a0piste sérieuse\u00a0» liée à un "
        "ancien litige commercial, sans plus de précisions. Les images des caméras d'une "
        "station-service voisine sont en cours d'exploitation.",
        [
            (
                I,
                [
                    "L'incendie qui a ravagé dans la nuit de samedi à dimanche un entrepôt de "
                    "meubles à Lessart-sur-Orne est d'origine criminelle"
                ],
                "Olivier Saint-Amand",
            ),
            (
                D,
                [
                    "Nous n'écartons aucune hypothèse, ni la vengeance, ni l'escroquerie à "
                    "l'assurance"
                ],
                "Olivier Saint-Amand",
            ),
            (P, ["piste sérieuse"], "enquêteur"),
        ],
    ),
    (  # 8 catalytic converter thefts: indirect with the cue after and an organisation with
        # an acronym ("a indiqué vendredi la direction … (DDSP)"), unnamed "un enquêteur de la
        # brigade de sûreté urbaine", garage owner introduced by name, quoted as "M. Delmas"
        "Quatre hommes soupçonnés d'avoir volé plus de 300 pots catalytiques sur des voitures "
        "stationnées dans l'agglomération de Villeranne ont été interpellés jeudi, a indiqué "
        "vendredi la direction départementale de la sécurité publique (DDSP). Les pièces, qui "
        "contiennent des métaux précieux, étaient revendues à un ferrailleur installé de l'autre "
        "côté de la frontière.\n\n"
        "«\u00a0En dix minutes, avec une scie sans fil, ils pouvaient vider un parking "
        "entier\u00a0», explique un enquêteur de la brigade de sûreté urbaine, qui a suivi le "
        "groupe pendant cinq mois.\n\n"
        "Fabrice Delmas, garagiste à Villeranne-Est, voit défiler les victimes depuis l'été. "
        "Faute de pièces neuves, les délais de réparation atteignent six semaines. «\u00a0Certains "
        "clients ont été volés deux fois en trois mois, et les assurances ne remboursent plus "
        "qu'une partie de la facture\u00a0», soupire M. Delmas.",
        [
            (
                I,
                [
                    "Quatre hommes soupçonnés d'avoir volé plus de 300 pots catalytiques sur des "
                    "voitures stationnées dans l'agglomération de Villeranne ont été interpellés "
                    "jeudi"
                ],
                "direction départementale de la sécurité publique",
            ),
            (
                D,
                ["En dix minutes, avec une scie sans fil, ils pouvaient vider un parking entier"],
                "enquêteur",
            ),
            (
                D,
                [
                    "Certains clients ont été volés deux fois en trois mois, et les assurances ne "
                    "remboursent plus qu'une partie de la facture"
                ],
                "Fabrice Delmas",
            ),
        ],
    ),
    (  # 9 renovation-grant fraud: direct after a colon continued over two paragraphs (one
        # span each), "La magistrate a ajouté que" (role alone), lawyer "conteste toute intention"
        # (noun object), partial inside "Selon lui, …" (only the partial)
        "Le gérant d'une entreprise de rénovation énergétique de Castelroux a été placé en "
        "détention provisoire samedi. Il est soupçonné d'avoir détourné près de 2,7 millions "
        "d'euros d'aides publiques en facturant des travaux d'isolation jamais réalisés.\n\n"
        "La procureure de Castelroux, Anne-Sophie Marchetti, a détaillé le mécanisme devant la "
        "presse\u00a0: «\u00a0Des dossiers étaient montés au nom de personnes âgées qui "
        "ignoraient même qu'elles avaient droit à une aide. Certaines n'ont jamais vu un ouvrier "
        "chez elles.\n\n"
        "«\u00a0Nous avons identifié à ce jour 412 logements concernés, et ce chiffre va encore "
        "augmenter.\u00a0»\n\n"
        "La magistrate a ajouté que deux complices présumés, dont l'ancien comptable de la "
        "société, étaient toujours recherchés.\n\n"
        "L'avocat du gérant, Me Stéphane Roux, conteste toute intention frauduleuse. Selon lui, "
        "son client a été «\u00a0dépassé\u00a0» par la croissance trop rapide d'une entreprise "
        "passée de trois à quarante salariés en deux ans.",
        [
            (
                D,
                [
                    "Des dossiers étaient montés au nom de personnes âgées qui ignoraient même "
                    "qu'elles avaient droit à une aide. Certaines n'ont jamais vu un ouvrier chez "
                    "elles.",
                    "Nous avons identifié à ce jour 412 logements concernés, et ce chiffre va "
                    "encore augmenter.",
                ],
                "Anne-Sophie Marchetti",
            ),
            (
                I,
                [
                    "deux complices présumés, dont l'ancien comptable de la société, étaient "
                    "toujours recherchés"
                ],
                "Anne-Sophie Marchetti",
            ),
            (P, ["dépassé"], "Stéphane Roux"),
        ],
    ),
    (  # 10 fatal hit-and-run: partial inside "D'après un témoin, …" (only the partial, unnamed
        # speaker), motorist unnamed and not speaking, daughter direct + "confie sa fille,
        # Name", "a appelé à une marche blanche" (noun object)
        "Un cycliste de 58 ans, Jean-Marc Rouquette, a été tué vendredi soir sur la "
        "départementale 912, près d'Aurignac-la-Vieille, percuté par une voiture dont le "
        "conducteur a pris la fuite. Le véhicule, une berline grise, a été retrouvé incendié le "
        "lendemain dans un chemin forestier, à une quinzaine de kilomètres.\n\n"
        "D'après un témoin, la voiture roulait «\u00a0au moins à 130\u00a0» et n'a pas freiné "
        "après le choc.\n\n"
        "L'automobiliste, un homme de 34 ans déjà condamné pour conduite sans permis, s'est "
        "présenté dimanche à la gendarmerie, accompagné de son avocat. Il a été placé en garde à "
        "vue.\n\n"
        "«\u00a0Il partait rouler tous les vendredis, c'était sa respiration après la semaine. On "
        "nous l'a enlevé pour rien\u00a0», confie sa fille, Camille Rouquette, qui a appelé à une "
        "marche blanche dimanche prochain.",
        [
            (P, ["au moins à 130"], "témoin"),
            (
                D,
                [
                    "Il partait rouler tous les vendredis, c'était sa respiration après la "
                    "semaine. On nous l'a enlevé pour rien"
                ],
                "Camille Rouquette",
            ),
        ],
    ),
    (  # 11 fake driving licences: "La commandante Name, qui dirige …, a expliqué que" (long
        # relative clause before the verb), direct + "a souligné l'enquêtrice" (role alone),
        # second woman: "La gérante avait alerté" (noun object), direct + "regrette-t-elle"
        "Un réseau qui vendait de faux permis de conduire jusqu'à 3\u00a0500 euros pièce a été "
        "démantelé cette semaine dans la région de Valdrôme. Neuf personnes, dont deux agents "
        "d'une sous-préfecture, ont été mises en examen pour faux et usage de faux.\n\n"
        "La commandante Aurélie Vasseur, qui dirige l'office régional de lutte contre la fraude "
        "documentaire, a expliqué que les acheteurs étaient recrutés sur une messagerie chiffrée, "
        "sans jamais rencontrer les vendeurs. «\u00a0Certains clients n'avaient jamais touché un "
        "volant de leur vie\u00a0», a souligné l'enquêtrice.\n\n"
        "Dès 2024, des élèves de l'auto-école de Sylvie Marchal, à Valdrôme, obtenaient soudain "
        "leur permis ailleurs, sans examen. La gérante avait alerté la sous-préfecture. "
        "«\u00a0On m'a répondu que ce n'était pas mon problème\u00a0», regrette-t-elle "
        "aujourd'hui.\n\n"
        "Environ 600 permis frauduleux seraient en circulation. Leurs titulaires seront "
        "convoqués pour repasser l'examen.",
        [
            (
                I,
                [
                    "les acheteurs étaient recrutés sur une messagerie chiffrée, sans jamais "
                    "rencontrer les vendeurs"
                ],
                "Aurélie Vasseur",
            ),
            (
                D,
                ["Certains clients n'avaient jamais touché un volant de leur vie"],
                "Aurélie Vasseur",
            ),
            (D, ["On m'a répondu que ce n'était pas mon problème"], "Sylvie Marchal"),
        ],
    ),
    (  # 12 pharmacy robber arrested: "Selon une source policière," (unnamed source, rest of
        # the sentence), partial after "se dit", direct + "confie-t-elle" in its own paragraph,
        # "a reconnu deux des trois vols" (noun object)
        "Un homme de 27 ans, soupçonné d'avoir braqué trois pharmacies de Pontbriand en moins "
        "d'un mois, a été interpellé mercredi soir à son domicile. Selon une source policière, il "
        "a été confondu par ses baskets orange, bien visibles sur toutes les vidéos de "
        "surveillance.\n\n"
        "La pharmacienne Hélène Tardieu, menacée avec un couteau le 9 novembre, se dit "
        "«\u00a0soulagée, mais pas apaisée\u00a0». Depuis, elle ferme son officine à 19 heures au "
        "lieu de 20 heures.\n\n"
        "«\u00a0Je revois encore sa main qui tremblait sur le comptoir. Il avait l'air aussi "
        "terrifié que moi\u00a0», confie-t-elle.\n\n"
        "Le suspect, qui a reconnu deux des trois vols, doit être jugé vendredi en comparution "
        "immédiate.",
        [
            (
                I,
                [
                    "il a été confondu par ses baskets orange, bien visibles sur toutes les vidéos "
                    "de surveillance"
                ],
                "source policière",
            ),
            (P, ["soulagée, mais pas apaisée"], "Hélène Tardieu"),
            (
                D,
                [
                    "Je revois encore sa main qui tremblait sur le comptoir. Il avait l'air aussi "
                    "terrifié que moi"
                ],
                "Hélène Tardieu",
            ),
        ],
    ),
    (  # 13 missing octogenarian found: question in the narration (not a quote), three women:
        # "a-t-elle raconté" is the neighbour although "Elle" inside the quote is the missing
        # woman, "a remercié les bénévoles" (noun object) then "Elle a reconnu que" (the
        # daughter), mayor direct after "s'y est engagé :" with its final period kept
        "Portée disparue depuis lundi matin, Odette Lamarque, 81 ans, atteinte de la maladie "
        "d'Alzheimer, a été retrouvée saine et sauve mercredi dans une grange, à six kilomètres "
        "de sa résidence pour personnes âgées de Pradelles-sur-Tarn. Comment a-t-elle pu "
        "parcourir une telle distance, de nuit, par 2 degrés\u00a0? Les gendarmes n'ont pas "
        "d'explication.\n\n"
        "C'est une voisine de la grange, Marinette Colomb, qui l'a découverte en allant nourrir "
        "ses chevaux. «\u00a0Elle était assise dans la paille, très calme. Elle m'a demandé si le "
        "car pour Saint-Verlhac était déjà passé\u00a0», a-t-elle raconté.\n\n"
        "La fille de l'octogénaire, Véronique Lamarque-Puech, a remercié les quelque 150 "
        "bénévoles mobilisés. Elle a reconnu que sa mère avait déjà échappé une fois à la "
        "vigilance du personnel, en septembre.\n\n"
        "Le maire de Pradelles-sur-Tarn, Francis Delpech, s'y est engagé\u00a0: «\u00a0La "
        "résidence sera équipée d'un système d'alerte aux portes dès janvier.\u00a0»",
        [
            (
                D,
                [
                    "Elle était assise dans la paille, très calme. Elle m'a demandé si le car pour "
                    "Saint-Verlhac était déjà passé"
                ],
                "Marinette Colomb",
            ),
            (
                I,
                ["sa mère avait déjà échappé une fois à la vigilance du personnel, en septembre"],
                "Véronique Lamarque-Puech",
            ),
            (
                D,
                ["La résidence sera équipée d'un système d'alerte aux portes dès janvier."],
                "Francis Delpech",
            ),
        ],
    ),
    (  # 14 town-hall transfer fraud: partial inside "a reconnu … que" (only the partial),
        # direct + "a expliqué l'élue" (role alone), opposition councillor "a réclamé la
        # démission" (noun object), "Selon les enquêteurs," (unnamed plural)
        "La commune de Montferrier-sur-Arle s'est fait dérober 186\u00a0000 euros par des escrocs "
        "qui se sont fait passer pour l'entreprise chargée de rénover l'école. Le virement, "
        "destiné à régler une facture de travaux, est parti en octobre vers un compte ouvert à "
        "l'étranger.\n\n"
        "La maire, Christine Aubrac-Lenoir, a reconnu jeudi en conseil municipal que la commune "
        "avait été victime d'une «\u00a0fraude au changement de RIB\u00a0». «\u00a0Le faux "
        "courriel reprenait le logo, la signature et même les fautes de frappe habituelles de "
        "notre fournisseur\u00a0», a expliqué l'élue.\n\n"
        "Dans l'opposition, Gérard Mestre a réclamé la démission de l'adjoint aux finances.\n\n"
        "Selon les enquêteurs, l'argent a transité par trois comptes différents avant de "
        "disparaître. La commune espère en récupérer une partie grâce à son assurance.",
        [
            (P, ["fraude au changement de RIB"], "Christine Aubrac-Lenoir"),
            (
                D,
                [
                    "Le faux courriel reprenait le logo, la signature et même les fautes de frappe "
                    "habituelles de notre fournisseur"
                ],
                "Christine Aubrac-Lenoir",
            ),
            (
                I,
                ["l'argent a transité par trois comptes différents avant de disparaître"],
                "enquêteurs",
            ),
        ],
    ),
    (  # 15 motorbike rodeos: unnamed group "Ils ont fait part de leur volonté de" (intention
        # phrase, ils = habitants), resident direct + "s'emporte Name, qui …", municipal police
        # chief "reconnaît les limites" (noun object) then "a-t-il rappelé," with commas
        # splitting one quote (two spans)
        "Excédés par les rodéos de motos qui troublent leurs nuits depuis le printemps, une "
        "cinquantaine d'habitants du quartier des Glycines, à Marvejac, se sont rassemblés samedi "
        "devant la mairie. Ils ont fait part de leur volonté de créer une association pour porter "
        "plainte collectivement.\n\n"
        "«\u00a0À deux heures du matin, ils font des roues arrière sous nos fenêtres. Ma fille de "
        "six ans ne dort plus\u00a0», s'emporte Yasmina Bellaoui, qui habite au rez-de-chaussée "
        "d'un immeuble de la rue des Lilas.\n\n"
        "Le chef de la police municipale, Thierry Gallois, reconnaît les limites de ses équipes, "
        "qui ont saisi deux motos en octobre. «\u00a0On ne peut pas prendre en chasse un jeune "
        "sans casque, a-t-il rappelé, le risque d'accident mortel est bien trop grand.\u00a0»\n\n"
        "Une réunion publique est prévue le 15 décembre en présence du commissaire de police.",
        [
            (I, ["créer une association pour porter plainte collectivement"], "habitants"),
            (
                D,
                [
                    "À deux heures du matin, ils font des roues arrière sous nos fenêtres. Ma "
                    "fille de six ans ne dort plus"
                ],
                "Yasmina Bellaoui",
            ),
            (
                D,
                [
                    "On ne peut pas prendre en chasse un jeune sans casque",
                    "le risque d'accident mortel est bien trop grand.",
                ],
                "Thierry Gallois",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 burglary spree: direct + "said Detective Sergeant Name of X" (rank dropped), two
        # women: victim direct + "she said" (she = the victim, the nearer woman), "The detective
        # said" (role alone, back to the sergeant)
        "Two teenagers have been arrested in connection with a spate of burglaries on the "
        "Oakmere estate in Harrowfield, where 23 homes were broken into between August and "
        "October. The boys, aged 16 and 17, have been released on bail while inquiries "
        "continue.\n\n"
        "“These were not sophisticated break-ins. They walked along the street trying door "
        "handles until one opened,” said Detective Sergeant Laura Pike of Harrowfield CID.\n\n"
        "Among the victims was Janet Oduya, 54, whose car was taken from her driveway after the "
        "keys were lifted from a bowl in the hall. “I had left the back door unlocked for twenty "
        "minutes while I hung out the washing,” she said. The car was found burnt out two days "
        "later.\n\n"
        "The detective said extra patrols would run on the estate until the end of December. "
        "Officers will also be knocking on doors to offer free security advice.",
        [
            (
                D,
                [
                    "These were not sophisticated break-ins. They walked along the street trying "
                    "door handles until one opened"
                ],
                "Laura Pike",
            ),
            (
                D,
                [
                    "I had left the back door unlocked for twenty minutes while I hung out the "
                    "washing"
                ],
                "Janet Oduya",
            ),
            (
                I,
                ["extra patrols would run on the estate until the end of December"],
                "Laura Pike",
            ),
        ],
    ),
    (  # 2 romance scam: victim known only by a first name ("identified only as Graham"),
        # "he said" after a two-sentence quote, partial after "said romance scams were",
        # then direct + "Reid said" (surname only); two men speak
        "A retired engineer from Calderbridge has lost £96,000 to a woman he met on a dating app "
        "and never saw in person. The man, 71, who asked to be identified only as Graham, sent "
        "money over 14 months for what he believed were hospital bills, a visa and finally a "
        "plane ticket.\n\n"
        "“She knew exactly when I was lonely. She'd message me at two in the morning, when the "
        "house was at its quietest,” he said.\n\n"
        "Detective Constable Marcus Reid, of Northvale Police's economic crime unit, said romance "
        "scams were “hugely under-reported” across the county. “People are embarrassed, so they "
        "don't come forward until the money has gone,” Reid said.\n\n"
        "The force is running a series of talks in libraries and community centres this winter. "
        "Graham has since remortgaged his house.",
        [
            (
                D,
                [
                    "She knew exactly when I was lonely. She'd message me at two in the morning, "
                    "when the house was at its quietest"
                ],
                "Graham",
            ),
            (P, ["hugely under-reported"], "Marcus Reid"),
            (
                D,
                ["People are embarrassed, so they don't come forward until the money has gone"],
                "Marcus Reid",
            ),
        ],
    ),
    (  # 3 road rage sentencing: "Prosecutor Name told the court that" (long clause), partial
        # inside "said in a statement … that" by "The victim, nurse Name, 29" (only the
        # partial), judge's quote split by "Judge Name told him," (one quote, two spans)
        "A delivery driver who deliberately rammed a motorist's car after being overtaken on the "
        "Kestle bypass has been jailed for 18 months. Darren Colley, 38, had pleaded guilty at "
        "Elmford Crown Court to dangerous driving and criminal damage.\n\n"
        "Prosecutor Nikhil Shah told the court that Colley had followed the other driver for "
        "almost four miles, flashing his headlights and sounding his horn, before striking the "
        "rear of her car twice at a roundabout.\n\n"
        "The victim, nurse Abigail Foster, 29, said in a statement read to the court that she "
        "still checked her mirrors “every few seconds” whenever she drove.\n\n"
        "“You lost your temper over nothing,” Judge Miriam Lowther told him, “and you could "
        "easily have killed someone.” Colley was also banned from driving for three years.",
        [
            (
                I,
                [
                    "Colley had followed the other driver for almost four miles, flashing his "
                    "headlights and sounding his horn, before striking the rear of her car twice "
                    "at a roundabout"
                ],
                "Nikhil Shah",
            ),
            (P, ["every few seconds"], "Abigail Foster"),
            (
                D,
                ["You lost your temper over nothing", "and you could easily have killed someone."],
                "Miriam Lowther",
            ),
        ],
    ),
    (  # 4 missing walker: "said a spokesman for X Mountain Rescue" (speaks for the
        # organisation) then an unattributed continuation after a full stop (second direct),
        # partial after "described him as" by "His wife, Name"; closing appeal without speaker
        "Searchers were combing the moors above Ravensgill on Monday for a 63-year-old walker "
        "who failed to return from a day hike. Peter Langdale set off from the village car park "
        "at about 9am on Sunday and had planned to be home by mid-afternoon.\n\n"
        "“Visibility up there dropped to a few metres by lunchtime, and the temperature is close "
        "to freezing at night,” said a spokesman for Upper Dale Mountain Rescue. “We are treating "
        "this as extremely urgent.”\n\n"
        "More than 40 volunteers, two search dogs and a coastguard helicopter have been involved. "
        "His wife, Sandra Langdale, described him as “an experienced walker who knows those hills "
        "like his own back garden”.\n\n"
        "Anyone who saw a man in a red jacket and a grey woolly hat near the Skelder Pike trail "
        "is asked to contact police.",
        [
            (
                D,
                [
                    "Visibility up there dropped to a few metres by lunchtime, and the temperature "
                    "is close to freezing at night"
                ],
                "Upper Dale Mountain Rescue",
            ),
            (D, ["We are treating this as extremely urgent."], "Upper Dale Mountain Rescue"),
            (
                P,
                ["an experienced walker who knows those hills like his own back garden"],
                "Sandra Langdale",
            ),
        ],
    ),
    (  # 5 drugs raids, straight quotes: indirect with the cue after ("…, Southmoor Police
        # said"), "Detective Chief Inspector Name, who led the operation, was blunt:" + colon
        # direct with its final period; residents "have complained" about (noun object)
        "More than 150 officers took part in dawn raids across Brackley Vale on Tuesday, "
        "targeting a network suspected of supplying heroin and crack cocaine to towns along the "
        "coast. Fourteen people were arrested and about £40,000 in cash was seized, Southmoor "
        "Police said.\n\n"
        'Detective Chief Inspector Owen Maddox, who led the operation, was blunt: "If you are '
        "running drugs into this county, we will find you, and we will take everything you "
        'have."\n\n'
        "Residents of the Linden Road flats, where three of the addresses were raided, have "
        "complained for years about dealing in the stairwells. Several applauded as suspects "
        "were led to police vans. New door entry systems will be installed before Christmas.",
        [
            (
                I,
                ["Fourteen people were arrested and about £40,000 in cash was seized"],
                "Southmoor Police",
            ),
            (
                D,
                [
                    "If you are running drugs into this county, we will find you, and we will take "
                    "everything you have."
                ],
                "Owen Maddox",
            ),
        ],
    ),
    (  # 6 care home theft: "The daughter of one resident, Name, said in court:" + colon
        # direct (two sentences, final period kept), solicitor "said she had" (she = the
        # accused, not the speaker), direct + "said the sentencing judge, Recorder Name"
        "A former care home manager who stole £62,000 from elderly residents has been jailed for "
        "three years. Deborah Finch, 51, used the bank cards of five residents at Meadowbank "
        "House in Tollworth to pay for holidays, a car and online gambling over two years.\n\n"
        "The daughter of one resident, Helen Marsh, said in court: “My mother trusted her with "
        "everything, including her PIN. She thought of her as a friend.”\n\n"
        "Finch's solicitor, Mark Ferris, said she had built up gambling debts of more than "
        "£30,000 after her divorce.\n\n"
        "“Ms Finch took advantage of people who could not protect themselves,” said the "
        "sentencing judge, Recorder Paul Avery. The care home's owners have since introduced new "
        "checks on residents' finances.",
        [
            (
                D,
                [
                    "My mother trusted her with everything, including her PIN. She thought of her "
                    "as a friend."
                ],
                "Helen Marsh",
            ),
            (
                I,
                ["she had built up gambling debts of more than £30,000 after her divorce"],
                "Mark Ferris",
            ),
            (
                D,
                ["Ms Finch took advantage of people who could not protect themselves"],
                "Paul Avery",
            ),
        ],
    ),
    (  # 7 dog thefts: couple named, only the wife speaks ("said Aisha Greaves" after),
        # "Inspector Name said" with a relative clause in the reported speech; closing appeal
        # in the passive without a speaker
        "A 45-year-old man has been arrested on suspicion of stealing more than 20 dogs from "
        "gardens and farms across the Wenlow district over the past year. Eleven of the animals "
        "were found in outbuildings at a smallholding near Fenby on Thursday.\n\n"
        "Among them was Biscuit, a cocker spaniel taken from the garden of Tom and Aisha Greaves "
        "in August. “We'd stopped hoping. When the officer rang, we both just sat on the kitchen "
        "floor and cried,” said Aisha Greaves.\n\n"
        "Inspector Karen Doyle said most of the dogs had been microchipped, which had helped "
        "officers trace their owners within hours. Six dogs are still missing. Anyone offered a "
        "puppy or a working dog at an unusually low price is asked to call police.",
        [
            (
                D,
                [
                    "We'd stopped hoping. When the officer rang, we both just sat on the kitchen "
                    "floor and cried"
                ],
                "Aisha Greaves",
            ),
            (
                I,
                [
                    "most of the dogs had been microchipped, which had helped officers trace their "
                    "owners within hours"
                ],
                "Karen Doyle",
            ),
        ],
    ),
    (  # 8 parking QR-code scam: indirect with the cue after ("…, Dunmore Borough Council
        # warned"), direct + "said Name, a taxi driver who …", partial after "described the
        # stickers as" by an unnamed "trading standards officer"
        "Fake QR codes stuck on parking machines in Dunmore have been used to steal drivers' card "
        "details, Dunmore Borough Council warned on Wednesday. At least 70 stickers were found "
        "on machines in four town-centre car parks.\n\n"
        "“It looked completely official. It even had the council crest on it,” said Leon "
        "Baptiste, a taxi driver who lost £340 after scanning one of the codes.\n\n"
        "A trading standards officer described the stickers as “a very low-tech con with very "
        "high returns”. Drivers are advised to pay only through the official app or at the "
        "machine itself.",
        [
            (
                I,
                [
                    "Fake QR codes stuck on parking machines in Dunmore have been used to steal "
                    "drivers' card details"
                ],
                "Dunmore Borough Council",
            ),
            (
                D,
                ["It looked completely official. It even had the council crest on it"],
                "Leon Baptiste",
            ),
            (P, ["a very low-tech con with very high returns"], "trading standards officer"),
        ],
    ),
    (  # 9 missing girl found: direct + "her mother, Name, said in a statement" (apposition
        # after the quote), "Superintendent Name said" with a long reported clause, "Police
        # thanked the thousands" (noun object)
        "A 15-year-old girl who went missing from her home in Addlestow nine days ago has been "
        "found safe and well in a flat in Corbury, more than 200 miles away. Ellie Prowse was "
        "last seen getting on a coach at Addlestow bus station on November 18.\n\n"
        "“Ellie is home, she's exhausted, and she's safe. That's all that matters to us "
        "tonight,” her mother, Kirsty Prowse, said in a statement released through police.\n\n"
        "A 23-year-old man who was at the flat has been arrested on suspicion of child "
        "abduction. Superintendent Gemma Lytton said specialist officers would speak to Ellie "
        "over the coming days to establish how she had travelled to Corbury and who she had been "
        "in contact with online.\n\n"
        "Police thanked the thousands of people who had shared the appeal on social media.",
        [
            (
                D,
                [
                    "Ellie is home, she's exhausted, and she's safe. That's all that matters to us "
                    "tonight"
                ],
                "Kirsty Prowse",
            ),
            (
                I,
                [
                    "specialist officers would speak to Ellie over the coming days to establish "
                    "how she had travelled to Corbury and who she had been in contact with online"
                ],
                "Gemma Lytton",
            ),
        ],
    ),
    (  # 10 allotment arson: organisation "X Fire and Rescue Service said", victim apposition
        # then "he said", a second quote opened after the full stop and continued over two
        # paragraphs (one span per paragraph), same speaker
        "Fire crews were called to the Hollins Lane allotments in Thistleby at 2.40am on "
        "Saturday after six sheds and a greenhouse were set alight. Eastshire Fire and Rescue "
        "Service said the fires had been started deliberately in at least three places.\n\n"
        "The allotment society's secretary, Brian Tolley, has tended plot 14 for 31 years. “I "
        "lost every tool I own, and the greenhouse my late wife built,” he said. “People think "
        "it's just a shed.\n\n"
        "“It's where half the old men in this town come to talk to somebody.”\n\n"
        "Police are studying footage from a camera on a nearby warehouse, which shows two "
        "figures on bicycles leaving the site shortly after 2.30am.",
        [
            (
                I,
                ["the fires had been started deliberately in at least three places"],
                "Eastshire Fire and Rescue Service",
            ),
            (
                D,
                ["I lost every tool I own, and the greenhouse my late wife built"],
                "Brian Tolley",
            ),
            (
                D,
                [
                    "People think it's just a shed.",
                    "It's where half the old men in this town come to talk to somebody.",
                ],
                "Brian Tolley",
            ),
        ],
    ),
    (  # 11 cold-case arrest: three women (victim not speaking); "Detective Inspector Name,
        # who …, said", direct + "the detective said" (role alone), partial inside "said the
        # family had waited" by "Lorraine's sister, Name" (only the partial)
        "Detectives investigating the 2005 murder of barmaid Lorraine Pettit in Kelsham have "
        "arrested a 58-year-old man, after new DNA techniques were applied to evidence kept in "
        "storage for almost two decades.\n\n"
        "Detective Inspector Claire Hensby, who reopened the case in 2023, said the breakthrough "
        "had come from a single fibre found on the collar of Lorraine's coat. “We never closed "
        "this file. Not for a single day,” the detective said.\n\n"
        "Lorraine's sister, Denise Pettit, said the family had waited “twenty years for a phone "
        "call like this”. She still lives in the street where her sister grew up.\n\n"
        "The man, from the Kelsham area, was being questioned at Brookfield police station on "
        "Thursday evening.",
        [
            (
                I,
                [
                    "the breakthrough had come from a single fibre found on the collar of "
                    "Lorraine's coat"
                ],
                "Claire Hensby",
            ),
            (D, ["We never closed this file. Not for a single day"], "Claire Hensby"),
            (P, ["twenty years for a phone call like this"], "Denise Pettit"),
        ],
    ),
    (  # 12 road-rage assault, straight quotes: unnamed "said a witness, who …" (two
        # sentences), "The victim, Name, said" with two men in the story (attacker unnamed)
        "A 61-year-old man was punched and his glasses smashed in a road rage attack at traffic "
        "lights on Fenwick Road, Lowbury, on Monday evening. The attacker, described as white, in "
        "his forties and wearing a hi-vis jacket, drove off in a silver pickup truck.\n\n"
        '"He just got out of his truck at the red light and started swinging. It was over in ten '
        'seconds," said a witness, who filmed part of the incident on her phone.\n\n'
        "The victim, Stuart Keane, said he had sounded his horn only because the pickup was "
        "drifting into his lane. He needed stitches to a cut above his eye.\n\n"
        "Officers are appealing for dashcam footage from anyone who was on Fenwick Road between "
        "6pm and 6.30pm.",
        [
            (
                D,
                [
                    "He just got out of his truck at the red light and started swinging. It was "
                    "over in ten seconds"
                ],
                "witness",
            ),
            (
                I,
                ["he had sounded his horn only because the pickup was drifting into his lane"],
                "Stuart Keane",
            ),
        ],
    ),
    (  # 13 courier fraud stopped: direct + "said the cashier, Name, 24" ("He" inside is the
        # customer), "Mr Surname said" (no period after Mr), then one quote split by "he said,"
        # (two spans)
        "A bank cashier in Pelham Cross has been praised by police for stopping an 88-year-old "
        "customer from handing £15,000 to fraudsters posing as detectives. Harold Ventnor had "
        "been targeted by a caller claiming to be a fraud squad officer, and arrived at the "
        "branch on Tuesday asking for the money in cash.\n\n"
        "“He wanted the whole amount in fifties, and he kept glancing at his phone. Something "
        "felt wrong,” said the cashier, Shanice Wood, 24.\n\n"
        "Mr Ventnor said he had been warned not to tell bank staff why he needed the money. “I "
        "feel such a fool,” he said, “but that young lady saved my savings.”\n\n"
        "Courier fraud has cost residents of the county more than £1.2 million this year.",
        [
            (
                D,
                [
                    "He wanted the whole amount in fifties, and he kept glancing at his phone. "
                    "Something felt wrong"
                ],
                "Shanice Wood",
            ),
            (
                I,
                ["he had been warned not to tell bank staff why he needed the money"],
                "Harold Ventnor",
            ),
            (
                D,
                ["I feel such a fool", "but that young lady saved my savings."],
                "Harold Ventnor",
            ),
        ],
    ),
    (  # 14 knife amnesty: "…, according to X Constabulary." (the part before), partial after
        # "called the figure" by "Chief Constable Name", two women: "she said" in its own
        # paragraph designates the bereaved mother introduced last
        "More than 400 knives, including machetes and a samurai sword, were handed in during a "
        "two-week amnesty in Carrowdale, according to Carrowdale Constabulary. Surrender bins "
        "were placed outside eleven police stations and two supermarkets.\n\n"
        "Chief Constable Rebecca Ainsworth called the figure “encouraging but sobering”. Among "
        "those at the launch was Marcia Greenidge, whose 17-year-old son Jordan was stabbed to "
        "death outside a takeaway in 2022. She now visits schools to speak to pupils about knife "
        "crime.\n\n"
        "“Every knife in that bin is a mother who won't get the phone call I got,” she said.",
        [
            (
                I,
                [
                    "More than 400 knives, including machetes and a samurai sword, were handed in "
                    "during a two-week amnesty in Carrowdale"
                ],
                "Carrowdale Constabulary",
            ),
            (P, ["encouraging but sobering"], "Rebecca Ainsworth"),
            (
                D,
                ["Every knife in that bin is a mother who won't get the phone call I got"],
                "Marcia Greenidge",
            ),
        ],
    ),
    (  # 15 church lead theft: direct + "said the vicar, the Rev Name" (role and title
        # dropped), "The churchwarden, Name, said" (coordinated reported clause), magazine
        # title in “ ” not speech
        "Thieves have stripped lead from the roof of St Aldric's Church in Wexcombe for the "
        "second time in three years, leaving the 14th-century nave open to the rain.\n\n"
        "“We came in for the Sunday service and there was water running down the pulpit "
        "steps,” said the vicar, the Rev Anne Harcourt.\n\n"
        "The churchwarden, Malcolm Steer, said the parish could not afford to replace the lead "
        "again and would probably opt for a steel sheet, which has no resale value. Scaffolding "
        "and a temporary cover will cost about £18,000.\n\n"
        "An appeal for donations will appear in the next issue of the parish magazine, “The "
        "Wexcombe Bell”. Police are checking scrap dealers across the area.",
        [
            (
                D,
                [
                    "We came in for the Sunday service and there was water running down the "
                    "pulpit steps"
                ],
                "Anne Harcourt",
            ),
            (
                I,
                [
                    "the parish could not afford to replace the lead again and would probably opt "
                    "for a steel sheet, which has no resale value"
                ],
                "Malcolm Steer",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout101.jsonl"),
        "heldout101",
        "h101",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
