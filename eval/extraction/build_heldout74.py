"""Source of the seventy-fourth held-out set: writes heldout74.jsonl (split "heldout74").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
local politics and municipal news: city and county council budgets, mayors and opposition
councillors, public works, transport, local referendums, prefects and county officials, with
quotes of the elected officials, of the administrations and of residents.
Measured once with 0.3.0, 0.25.0 and 0.26.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout74.py
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
    (  # 1 city budget: "a assuré que" indirect, apposition "La maire, X (divers gauche)", then
        # "a-t-elle défendu" after a plain-space « », partial "un budget « en trompe-l'œil »",
        # "réclame un audit" (noun object, not annotated)
        "Le conseil municipal de Verdanne a adopté lundi soir, par 29 voix contre 10, un budget "
        "primitif 2027 de 84,6 millions d'euros, en hausse de 3,2 % sur un an. La maire, Sylvie "
        "Garnier-Lacombe (divers gauche), a assuré que les taux de la taxe foncière resteraient "
        "inchangés pour la quatrième année consécutive.\n\n"
        "« Nous investissons comme jamais sans demander un euro de plus aux ménages », a-t-elle "
        "défendu en séance, en citant la rénovation de l'école Jean-Moulin et la future piscine "
        "des Tanneurs, dont le chantier doit démarrer au printemps.\n\n"
        "Dans l'opposition, Karim Benslimane (Verdanne Demain) a dénoncé un budget « en "
        "trompe-l'œil ». L'encours de la dette doit en effet passer de 52 à 61 millions d'euros "
        "d'ici à la fin de l'exercice, soit son niveau le plus élevé depuis 2011. Son groupe "
        "réclame un audit indépendant des finances de la ville avant le vote du compte "
        "administratif, prévu en juin.",
        [
            (
                I,
                [
                    "les taux de la taxe foncière resteraient inchangés pour la quatrième année "
                    "consécutive"
                ],
                "Sylvie Garnier-Lacombe",
            ),
            (
                D,
                ["Nous investissons comme jamais sans demander un euro de plus aux ménages"],
                "Sylvie Garnier-Lacombe",
            ),
            (P, ["en trompe-l'œil"], "Karim Benslimane"),
        ],
    ),
    (  # 2 tramway works: no-break spaces, slogan and operation name in « » (not speech),
        # unnamed speaker "un fleuriste", vice-president in apposition then "a-t-il fait valoir"
        "Les palissades du chantier du tramway ont fait leur retour rue Victor-Hugo, à "
        "Saint-Aubrac, et avec elles la colère des commerçants. Sur une vingtaine de vitrines, des "
        "affiches jaunes proclament «\u00a0Tram oui, faillite non\u00a0», le slogan de l'union "
        "commerciale du centre-ville, qui organise samedi une opération «\u00a0rideaux "
        "baissés\u00a0».\n\n"
        "«\u00a0Depuis septembre, j'ai perdu 40\u00a0% de mon chiffre d'affaires. Si ça dure "
        "jusqu'à l'été, je mets la clé sous la porte\u00a0», raconte un fleuriste installé depuis "
        "vingt ans dans la rue, qui ne souhaite pas donner son nom.\n\n"
        "Le vice-président de la métropole chargé des mobilités, Jean-Baptiste N'Diaye, a reçu "
        "mardi une délégation de commerçants et annoncé l'ouverture en janvier d'un fonds "
        "d'indemnisation de 1,5\u00a0million d'euros. Les travaux de voirie de la rue doivent "
        "s'achever fin mars, avant la pose des rails.\n\n"
        "«\u00a0Nous savons que c'est dur. Mais dans deux ans, ces boutiques auront un tram toutes "
        "les cinq minutes devant leur porte\u00a0», a-t-il fait valoir à l'issue de la réunion.",
        [
            (
                D,
                [
                    "Depuis septembre, j'ai perdu 40\u00a0% de mon chiffre d'affaires. Si ça dure "
                    "jusqu'à l'été, je mets la clé sous la porte"
                ],
                "fleuriste",
            ),
            (
                D,
                [
                    "Nous savons que c'est dur. Mais dans deux ans, ces boutiques auront un tram "
                    "toutes les cinq minutes devant leur porte"
                ],
                "Jean-Baptiste N'Diaye",
            ),
        ],
    ),
    (  # 3 local referendum on a merger: « » without inner spaces, collective's name in «» (not
        # speech), "s'est félicité X, porte-parole", partial after "a reconnu", prefect in
        # apposition with "a rappelé qu'"
        "Les habitants de Bréval-sur-Aune ont dit non. Dimanche, 61,4% des votants se sont "
        "prononcés contre la fusion avec la commune voisine de Saint-Lié, lors d'une consultation "
        "locale qui a mobilisé 72% des inscrits, un record pour ce village de 2 300 âmes.\n\n"
        "«C'est une leçon de démocratie. Les Brévalois veulent garder leur mairie, leur école et "
        "leur nom», s'est félicité Gérard Fouquet, porte-parole du collectif «Bréval reste "
        "Bréval», qui faisait campagne contre le projet depuis le printemps.\n\n"
        "Le maire, Antoine Dufresne-Morel, qui portait la fusion avec son homologue de Saint-Lié, "
        "a reconnu «une défaite nette» et renoncé à présenter le projet au conseil municipal de "
        "décembre. Le vote n'avait pourtant qu'une valeur consultative.\n\n"
        "Le préfet des Hautes-Combes, Laurent Mathieu-Desforges, a rappelé mercredi qu'aucune "
        "commune nouvelle ne pouvait être créée sans l'accord des deux conseils municipaux. Le "
        "dossier est donc enterré, au moins jusqu'aux prochaines municipales."
        " Les deux maires doivent se retrouver en janvier pour discuter d'une mutualisation de "
        "leurs services techniques.",
        [
            (
                D,
                [
                    "C'est une leçon de démocratie. Les Brévalois veulent garder leur mairie, leur "
                    "école et leur nom"
                ],
                "Gérard Fouquet",
            ),
            (P, ["une défaite nette"], "Antoine Dufresne-Morel"),
            (
                I,
                [
                    "aucune commune nouvelle ne pouvait être créée sans l'accord des deux conseils "
                    "municipaux"
                ],
                "Laurent Mathieu-Desforges",
            ),
        ],
    ),
    (  # 4 town-hall annex closure: “ ” split by an incise naming the speaker (name with the
        # particle "de"), "a expliqué que" indirect by a deputy mayor in apposition, "Mme de
        # Saint-Clair" + partial; "a annoncé une permanence" (noun object, not annotated)
        "La fermeture annoncée de la mairie annexe du quartier des Glycines, à Montrevel, ne passe "
        "pas. Une pétition lancée par le comité de quartier a recueilli 2 300 signatures en dix "
        "jours, et une centaine d'habitants se sont invités jeudi soir à la séance du conseil "
        "municipal.\n\n"
        "“Ces habitants n'ont souvent pas de voiture, a lancé Hélène de Saint-Clair, élue "
        "d'opposition (Les Républicains), et on voudrait qu'ils traversent toute la ville pour "
        "refaire une carte d'identité.”\n\n"
        "L'adjoint aux finances, Mathis Kowalczyk, a expliqué que le bâtiment coûtait 180 000 "
        "euros par an pour une moyenne de neuf visiteurs par jour. Il a annoncé la création d'une "
        "permanence mobile, deux matinées par semaine, dans la salle polyvalente du quartier.\n\n"
        "Mme de Saint-Clair juge la solution “cosmétique”. Le comité de quartier, lui, prévoit de "
        "manifester devant l'hôtel de ville le 12 décembre."
        " Le bâtiment de la mairie annexe, une ancienne école des années 1930, pourrait être "
        "vendu à un promoteur.",
        [
            (
                D,
                [
                    "Ces habitants n'ont souvent pas de voiture",
                    "et on voudrait qu'ils traversent toute la ville pour refaire une carte "
                    "d'identité.",
                ],
                "Hélène de Saint-Clair",
            ),
            (
                I,
                [
                    "le bâtiment coûtait 180 000 euros par an pour une moyenne de neuf visiteurs "
                    "par jour"
                ],
                "Mathis Kowalczyk",
            ),
            (P, ["cosmétique"], "Hélène de Saint-Clair"),
        ],
    ),
    (  # 5 burst water main: organisation as speaker ("la régie Aqualis" -> Aqualis) with "a
        # expliqué que", straight " " quotes in French with the cue after, "a ironisé X (group)";
        # "dénonce un sous-investissement" (noun object, not annotated)
        "Près de 12 000 habitants de Castelnau-les-Pins ont été privés d'eau potable pendant "
        "trente heures après la rupture d'une canalisation principale, dans la nuit de samedi à "
        "dimanche, avenue des Platanes. Des bouteilles ont été distribuées au gymnase municipal "
        "et dans les deux écoles de la commune.\n\n"
        "Dans un communiqué, la régie Aqualis a expliqué que la conduite, posée en 1962, avait "
        "cédé sous l'effet d'un brusque changement de pression. Le service a été rétabli lundi en "
        "fin d'après-midi, mais l'eau reste déconseillée aux nourrissons jusqu'à nouvel ordre.\n\n"
        "L'opposition municipale dénonce un sous-investissement chronique dans le réseau. \"On "
        "refait les trottoirs pour les photos, jamais les tuyaux qu'on ne voit pas\", a ironisé "
        "Farida Messaoudi (Castelnau en commun), qui demande depuis trois ans un plan pluriannuel "
        "de renouvellement des canalisations."
        "\n\nLa commune compte 140 kilomètres de conduites. Leur taux de renouvellement "
        "annuel, de 0,4 %, est deux fois inférieur à la moyenne nationale.",
        [
            (
                I,
                [
                    "la conduite, posée en 1962, avait cédé sous l'effet d'un brusque changement de "
                    "pression"
                ],
                "Aqualis",
            ),
            (
                D,
                ["On refait les trottoirs pour les photos, jamais les tuyaux qu'on ne voit pas"],
                "Farida Messaoudi",
            ),
        ],
    ),
    (  # 6 county council budget cuts: partial after "un budget de", « » split by
        # "explique-t-il" with a final period kept, second speaker in apposition with the same
        # "Le" surname start, "a-t-il déploré"
        "Le département de la Vionne va supprimer 14 millions d'euros de dépenses en 2027. Le "
        "président du conseil départemental, Bernard Le Gall, a présenté mardi aux élus un budget "
        "de « sobriété forcée », marqué par le report de plusieurs chantiers routiers et la "
        "baisse des subventions aux associations sportives.\n\n"
        "« Les recettes liées aux ventes immobilières ont fondu de 30 % en deux ans, explique-t-il, "
        "et nous n'avons pas d'autre choix que de ralentir certains investissements. »\n\n"
        "Parmi les projets repoussés figure la déviation de Cormeilles, attendue depuis vingt ans "
        "par les riverains de la route départementale 914, empruntée chaque jour par 9 000 "
        "véhicules, dont 1 200 poids lourds.\n\n"
        "Le maire de Cormeilles, Yannick Le Bihan, ne décolère pas. « On nous la promet à chaque "
        "élection. Cette fois, on nous la retire sans même nous prévenir », a-t-il déploré."
        " Une réunion publique est prévue le 6 décembre à la salle des fêtes de la commune.",
        [
            (P, ["sobriété forcée"], "Bernard Le Gall"),
            (
                D,
                [
                    "Les recettes liées aux ventes immobilières ont fondu de 30 % en deux ans",
                    "et nous n'avons pas d'autre choix que de ralentir certains investissements.",
                ],
                "Bernard Le Gall",
            ),
            (
                D,
                [
                    "On nous la promet à chaque élection. Cette fois, on nous la retire sans même "
                    "nous prévenir"
                ],
                "Yannick Le Bihan",
            ),
        ],
    ),
    (  # 7 cycle lane kept: "a annoncé qu'il" indirect, narrow no-break spaces with a colon
        # inside the quote, role "l'élu", "Pour l'association X, « … »" (organisation speaker)
        "La piste cyclable bidirectionnelle du boulevard Carnot, à Lussac-la-Rivière, sera "
        "finalement maintenue. Le maire, François-Xavier Pellerin, a annoncé vendredi qu'il "
        "renonçait à la supprimer. Il s'y était pourtant engagé en septembre auprès d'un collectif "
        "d'automobilistes excédés par les embouteillages.\n\n"
        "«\u202fLes comptages sont sans appel\u202f: 3\u202f200 cyclistes par jour, deux fois plus "
        "qu'il y a un an\u202f», a justifié l'élu. Le réglage des feux du carrefour de la gare sera revu "
        "d'ici janvier pour fluidifier la circulation aux heures de pointe.\n\n"
        "Pour l'association Roue Libre, «\u202fc'est une victoire de tous les usagers, pas "
        "seulement des cyclistes\u202f». Elle réclame désormais le prolongement de la piste "
        "jusqu'au lycée Condorcet, à deux kilomètres de là."
        "\n\nLa piste, longue de 1,8 kilomètre, avait été aménagée en 2024 pour un coût de 2,3 "
        "millions d'euros, financés pour moitié par la région. Les commerçants du boulevard, "
        "d'abord hostiles, ont vu leur fréquentation augmenter le samedi.",
        [
            (I, ["il renonçait à la supprimer"], "François-Xavier Pellerin"),
            (
                D,
                [
                    "Les comptages sont sans appel\u202f: 3\u202f200 cyclistes par jour, deux fois "
                    "plus qu'il y a un an"
                ],
                "François-Xavier Pellerin",
            ),
            (
                D,
                ["c'est une victoire de tous les usagers, pas seulement des cyclistes"],
                "Roue Libre",
            ),
        ],
    ),
    (  # 8 deputy mayor resigns (name with "Ben"): partial in a letter "il dénonce « … »", list
        # name in « » (not speech), "M. Ben Amor a déclaré : « … »" over two sentences with the
        # final period kept, "Le maire, de son côté, a affirmé que"
        "Coup de théâtre à Pont-Salvy : le premier adjoint, Youssef Ben Amor, a démissionné jeudi "
        "de toutes ses délégations, à quatre mois des élections municipales. Dans une lettre "
        "adressée aux élus, il dénonce « une gestion solitaire et opaque » du maire, Didier "
        "Castagnet, qui brigue un troisième mandat à la tête de la liste « Pont-Salvy "
        "d'abord ».\n\n"
        "Joint par téléphone, M. Ben Amor a déclaré : « Je ne pouvais plus cautionner des "
        "décisions prises dans le dos du conseil. Le projet de parking souterrain de la place du "
        "Marché en est le meilleur exemple. »\n\n"
        "Le maire, de son côté, a affirmé que son ancien adjoint préparait depuis des mois une "
        "liste concurrente. Le conseil municipal doit désigner un nouveau premier adjoint lors de "
        "sa séance du 9 décembre."
        " Ses délégations, l'urbanisme et les travaux, seront réparties entre trois autres "
        "adjoints d'ici là. Le parking, estimé à 11 millions d'euros, doit être soumis au vote "
        "en février.",
        [
            (P, ["une gestion solitaire et opaque"], "Youssef Ben Amor"),
            (
                D,
                [
                    "Je ne pouvais plus cautionner des décisions prises dans le dos du conseil. Le "
                    "projet de parking souterrain de la place du Marché en est le meilleur exemple."
                ],
                "Youssef Ben Amor",
            ),
            (
                I,
                ["son ancien adjoint préparait depuis des mois une liste concurrente"],
                "Didier Castagnet",
            ),
        ],
    ),
    (  # 9 school canteen prices: "a fait valoir que" by a deputy mayor in apposition (Igbo
        # name), unnamed "un parent d'élève" after a « » quote
        "À partir du 1er janvier, le repas à la cantine coûtera 4,10 euros aux familles de "
        "Roche-Aiguë ayant les revenus les plus élevés, contre 3,40 euros aujourd'hui. La "
        "délibération a été votée mercredi soir par la majorité municipale, malgré l'opposition "
        "du conseil local des parents d'élèves.\n\n"
        "L'adjointe à l'éducation, Adaeze Okonkwo, a fait valoir que le coût réel d'un repas pour "
        "la commune atteignait désormais 9,80 euros, en raison de la hausse des prix alimentaires "
        "et de l'énergie. Les trois premières tranches du quotient familial ne sont pas "
        "concernées par l'augmentation.\n\n"
        "Devant l'hôtel de ville, une cinquantaine de parents s'étaient rassemblés avant la "
        "séance. « On nous parle de tranches, mais avec deux enfants, ça fait 60 euros de plus "
        "par mois pour nous », a témoigné un parent d'élève de l'école Paul-Bert."
        "\n\nLa commune sert chaque jour 2 400 repas dans ses onze écoles, dont la moitié "
        "issus de l'agriculture biologique. La nouvelle grille tarifaire doit rapporter 190 "
        "000 euros par an.",
        [
            (
                I,
                [
                    "le coût réel d'un repas pour la commune atteignait désormais 9,80 euros, en "
                    "raison de la hausse des prix alimentaires et de l'énergie"
                ],
                "Adaeze Okonkwo",
            ),
            (
                D,
                [
                    "On nous parle de tranches, mais avec deux enfants, ça fait 60 euros de plus "
                    "par mois pour nous"
                ],
                "parent d'élève",
            ),
        ],
    ),
    (  # 10 prefect against an anti-begging decree: role alone "la préfète" after a « », mayor
        # over two sentences with "a-t-il répondu", organisation speaker (partial after "a
        # dénoncé un texte")
        "La préfète du Val-d'Orbe, Christine Arnaud-Belkacem, a saisi le tribunal administratif "
        "pour obtenir la suspension de l'arrêté anti-mendicité pris le 3 novembre par le maire de "
        "Sénas-le-Haut, Patrick Vernier. Le texte interdit de s'asseoir ou de s'allonger sur les "
        "trottoirs de six rues du centre, entre 8 heures et 20 heures.\n\n"
        "« Cet arrêté porte une atteinte disproportionnée à la liberté d'aller et venir », a "
        "estimé la préfète dans un communiqué diffusé mardi.\n\n"
        "Le maire, lui, ne compte pas reculer. « Les commerçants n'en peuvent plus. Je préfère "
        "être attaqué par l'État que par mes administrés », a-t-il répondu mercredi.\n\n"
        "L'association Toit pour tous, qui a elle aussi saisi la justice, a dénoncé un texte « qui "
        "chasse la pauvreté au lieu de la combattre ». L'audience est fixée au 4 décembre."
        " Une dizaine de communes de la région ont pris des arrêtés similaires depuis 2023, "
        "dont plusieurs ont été annulés par la justice administrative.",
        [
            (
                D,
                ["Cet arrêté porte une atteinte disproportionnée à la liberté d'aller et venir"],
                "Christine Arnaud-Belkacem",
            ),
            (
                D,
                [
                    "Les commerçants n'en peuvent plus. Je préfère être attaqué par l'État que par "
                    "mes administrés"
                ],
                "Patrick Vernier",
            ),
            (P, ["qui chasse la pauvreté au lieu de la combattre"], "Toit pour tous"),
        ],
    ),
    (  # 11 participatory budget: «» without spaces split by an incise naming the speaker in
        # apposition (name with "Van"), project name in «» (not speech), "a taclé le conseiller
        # municipal X"
        "Un skatepark, des toilettes publiques et un verger partagé : ce sont les trois projets "
        "lauréats du premier budget participatif de Villebrune, dont les résultats ont été "
        "proclamés samedi. Quelque 4 100 habitants ont voté, soit 11% des plus de 16 ans.\n\n"
        "«C'est mieux que ce que nous espérions, a reconnu l'adjoint à la démocratie locale, Luc "
        "Van Acker, et cela prouve que les habitants ont envie de décider.» Le projet arrivé en "
        "tête, un skatepark baptisé «Roule ma poule» par les lycéens qui l'ont porté, devrait "
        "ouvrir à l'automne.\n\n"
        "L'opposition a critiqué la faiblesse de l'enveloppe. «500 000 euros sur un budget de 90 "
        "millions, c'est de la communication», a taclé le conseiller municipal Rémi Stoltz, qui "
        "avait voté contre le règlement du dispositif."
        "\n\nLa deuxième édition, prévue en 2027, sera ouverte aux collégiens. Les habitants "
        "pourront déposer leurs idées sur une plateforme en ligne ou dans les trois mairies de "
        "quartier à partir du mois de mars.",
        [
            (
                D,
                [
                    "C'est mieux que ce que nous espérions",
                    "et cela prouve que les habitants ont envie de décider.",
                ],
                "Luc Van Acker",
            ),
            (
                D,
                ["500 000 euros sur un budget de 90 millions, c'est de la communication"],
                "Rémi Stoltz",
            ),
        ],
    ),
    (  # 12 bus strike: "a été clair : « … »" with the final period kept, organisation speaker
        # ("La direction du réseau TransAgglo a indiqué qu'"), "Le syndicat" partial referring
        # to "le syndicat Sud-Transports"; "a appelé au dialogue" (noun object, not annotated)
        "Aucun bus ne circulait lundi matin dans l'agglomération de Beaulieu-Marsac, au premier "
        "jour d'une grève illimitée lancée par le syndicat Sud-Transports. Les conducteurs "
        "réclament une prime de 150 euros et le recrutement de 40 agents.\n\n"
        "Son délégué, Thierry Nsimba, a été clair : « Tant que la direction ne met rien sur la "
        "table, on ne reprendra pas le volant. »\n\n"
        "La direction du réseau TransAgglo a indiqué qu'un service minimum serait assuré à partir "
        "de mercredi sur les deux lignes principales, entre 6 heures et 9 heures puis entre 16 "
        "heures et 19 heures. Le syndicat a qualifié cette annonce de « provocation ».\n\n"
        "Le président de l'agglomération, Marc-Antoine Leroux, a appelé au dialogue et proposé "
        "une table ronde jeudi."
        " Les lycéens et les salariés des zones d'activité sont les premiers touchés : plus de "
        "45 000 voyages sont effectués sur le réseau un jour de semaine ordinaire."
        " Une nouvelle assemblée générale du personnel est prévue mardi au dépôt de Marsac.",
        [
            (
                D,
                ["Tant que la direction ne met rien sur la table, on ne reprendra pas le volant."],
                "Thierry Nsimba",
            ),
            (
                I,
                [
                    "un service minimum serait assuré à partir de mercredi sur les deux lignes "
                    "principales, entre 6 heures et 9 heures puis entre 16 heures et 19 heures"
                ],
                "TransAgglo",
            ),
            (P, ["provocation"], "Sud-Transports"),
        ],
    ),
    (  # 13 urban renewal: "…, d'après le bailleur X." (part before, organisation speaker),
        # resident named before her quote with "confie-t-elle"
        "La démolition de la tour Cézanne, dans le quartier du Val-Fleuri à Saint-Ormel, "
        "commencera en février. Les 96 familles qui y vivaient ont toutes été relogées, d'après le "
        "bailleur Domaine Habitat. Le chantier, financé par l'Agence nationale pour la rénovation "
        "urbaine, doit durer huit mois.\n\n"
        "Aïcha Diallo y a vécu trente-deux ans. « J'ai élevé mes quatre enfants au septième étage. "
        "Quand je passe devant, j'ai le cœur serré », confie-t-elle. Elle habite désormais un "
        "appartement neuf à deux rues de là, mais plusieurs de ses anciens voisins ont été "
        "relogés à plus de dix kilomètres.\n\n"
        "À la place de la tour, la municipalité prévoit des maisons de ville, une maison de santé "
        "et un jardin public. Le projet doit être présenté aux habitants lors d'une réunion "
        "publique le 15 janvier."
        " Deux autres tours du quartier, Matisse et Braque, doivent être réhabilitées d'ici "
        "2029. Leurs 140 logements seront isolés par l'extérieur et dotés d'ascenseurs neufs.",
        [
            (
                I,
                ["Les 96 familles qui y vivaient ont toutes été relogées"],
                "Domaine Habitat",
            ),
            (
                D,
                [
                    "J'ai élevé mes quatre enfants au septième étage. Quand je passe devant, j'ai "
                    "le cœur serré"
                ],
                "Aïcha Diallo",
            ),
        ],
    ),
    (  # 14 former mayor runs again: nickname in « » (not speech), "a annoncé sa candidature"
        # (noun object), "a-t-il lancé" after « », partial "a jugé cette candidature « … »" by
        # the outgoing mayor
        "Surnommé « le Shérif » depuis ses deux mandats marqués par l'installation de 120 caméras "
        "de vidéosurveillance, l'ancien maire de Carvin-la-Forêt, Jean-Claude Mercadier, 71 ans, "
        "a annoncé samedi sa candidature aux municipales de mars.\n\n"
        "« Je ne pensais pas revenir. Mais quand je vois l'état de la ville, je ne peux pas rester "
        "dans mon jardin », a-t-il lancé devant quelque 300 sympathisants réunis dans la salle des "
        "fêtes.\n\n"
        "La maire sortante, Camille Royer-Haddad, qui l'avait battu de 212 voix en 2020, a jugé "
        "cette candidature « sans surprise ». Elle doit présenter sa propre liste en janvier. Les "
        "écologistes et le Rassemblement pour Carvin n'ont pas encore désigné leur tête de "
        "liste."
        "\n\nEn 2020, la liste de Jean-Claude Mercadier avait recueilli 47,6 % des suffrages "
        "au second tour. Depuis, la ville a perdu près de 800 habitants, et la fermeture de la "
        "dernière usine de meubles, en 2023, a supprimé 240 emplois. La sécurité et l'emploi "
        "devraient dominer la campagne.",
        [
            (
                D,
                [
                    "Je ne pensais pas revenir. Mais quand je vois l'état de la ville, je ne peux "
                    "pas rester dans mon jardin"
                ],
                "Jean-Claude Mercadier",
            ),
            (P, ["sans surprise"], "Camille Royer-Haddad"),
        ],
    ),
    (  # 15 swimming pool closure: "a déclaré : « … »" with no-break spaces and the final
        # period kept (Malagasy name), "Pour la présidente de X, Y, « … »", "a dénoncé le
        # maire de X, Y" after; "invoque la flambée" (noun object, not annotated)
        "La piscine Jean-Taris de Montbazin fermera ses portes du 15 décembre au 15 mars. La "
        "communauté de communes du Pays de Montbazin invoque la flambée de la facture "
        "énergétique, passée de 210\u00a0000 à 480\u00a0000 euros en trois ans.\n\n"
        "Le président de l'intercommunalité, Alain Rakotomalala, a déclaré\u00a0: «\u00a0Chauffer "
        "un bassin de 25\u00a0mètres tout l'hiver, c'est devenu un luxe que nos communes rurales "
        "ne peuvent plus s'offrir.\u00a0»\n\n"
        "Les clubs sont furieux. Pour la présidente des Dauphins de Montbazin, Sophie Kerbrat, "
        "«\u00a0c'est toute une génération d'enfants qui n'apprendra pas à nager\u00a0». Les "
        "écoles du secteur devront, elles, annuler leurs cycles de natation du deuxième "
        "trimestre.\n\n"
        "«\u00a0On a trouvé 2\u00a0millions pour un rond-point, mais rien pour isoler la "
        "piscine\u00a0», a dénoncé le maire de Lavernay, Pierre-Emmanuel Darrieux, qui siège "
        "dans l'opposition intercommunale."
        " Une étude sur l'isolation du bâtiment, construit en 1974, doit être rendue au "
        "printemps.",
        [
            (
                D,
                [
                    "Chauffer un bassin de 25\u00a0mètres tout l'hiver, c'est devenu un luxe que "
                    "nos communes rurales ne peuvent plus s'offrir."
                ],
                "Alain Rakotomalala",
            ),
            (
                D,
                ["c'est toute une génération d'enfants qui n'apprendra pas à nager"],
                "Sophie Kerbrat",
            ),
            (
                D,
                [
                    "On a trouvé 2\u00a0millions pour un rond-point, mais rien pour isoler la piscine"
                ],
                "Pierre-Emmanuel Darrieux",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 county council tax: “ ” with the cue after ("said the council leader, X"), "who
        # warned that" indirect in the same sentence, “A,” he said, “b.” (one quote, two pieces)
        "Council tax in Northfield will rise by 4.99% from April after the county council's "
        "ruling Independent group pushed its budget through on Thursday night by 38 votes to 27. "
        "A Band D household will pay an extra £92 a year.\n\n"
        "“We have protected every children's centre and every library in this county, and I make "
        "no apology for that,” said the council leader, Margaret Oduya, who warned that social "
        "care costs alone had grown by £23m in two years.\n\n"
        "The Liberal Democrat opposition leader, Tom Ashcroft, was unimpressed. “They have closed "
        "two recycling centres,” he said, “and now they want a bigger cheque.” His group's "
        "amendment, which would have frozen the tax by drawing on reserves, was defeated."
        "\n\nThe budget also includes £4.5m for road repairs and a new youth service in the "
        "county's three largest towns. Parish councils will set their own precepts in "
        "February, which could push some bills higher still.",
        [
            (
                D,
                [
                    "We have protected every children's centre and every library in this county, "
                    "and I make no apology for that"
                ],
                "Margaret Oduya",
            ),
            (I, ["social care costs alone had grown by £23m in two years"], "Margaret Oduya"),
            (
                D,
                ["They have closed two recycling centres", "and now they want a bigger cheque."],
                "Tom Ashcroft",
            ),
        ],
    ),
    (  # 2 pothole: unnamed speaker "one resident" after a " " quote over two sentences,
        # "A spokesman for X said" (organisation speaker)
        "The same crater outside number 14 Millbrook Lane, in Harlow Vale, has been reported to "
        "the council eleven times since March. Last week a delivery van lost a wheel in it, and "
        "neighbours have started marking it with traffic cones borrowed from a nearby building "
        "site.\n\n"
        "\"I've stopped counting the tyres. We pay our council tax like everyone else and we get a "
        'road that looks like the surface of the moon," said one resident, a retired postman who '
        "has lived on the lane for forty years.\n\n"
        "A spokesman for Harlow Vale District Council said the lane had been added to its "
        "resurfacing programme for 2027. The authority has a backlog of 4,300 reported road "
        "defects and a highways budget that has been cut by a fifth since 2020."
        " Millbrook Lane is used as a shortcut by lorries heading to the industrial estate on "
        "the edge of town, which is blamed for much of the damage.",
        [
            (
                D,
                [
                    "I've stopped counting the tyres. We pay our council tax like everyone else and "
                    "we get a road that looks like the surface of the moon"
                ],
                "resident",
            ),
            (
                I,
                ["the lane had been added to its resurfacing programme for 2027"],
                "Harlow Vale District Council",
            ),
        ],
    ),
    (  # 3 city council moves police money: surname alone before "said" after a " " quote,
        # "Police Chief X warned the council that", "…, according to City Manager X." (part
        # before)
        "The Port Ellery City Council voted 5-4 on Tuesday to move $3.2 million from the police "
        "department's overtime budget into a new mental health crisis team, a plan championed by "
        "council member Rosa Delgado-Whitfield.\n\n"
        "\"When someone is having a breakdown on a bus bench, the answer shouldn't always be a "
        'squad car," Delgado-Whitfield said after the vote.\n\n'
        "Police Chief Dwayne Harker warned the council that response times for burglaries could "
        "rise by several minutes. The department has lost 14 officers to retirement this year "
        "and has struggled to recruit.\n\n"
        "The crisis team, which will operate from 7 a.m. to midnight, is expected to handle about "
        "6,000 calls a year, according to City Manager Lorraine Abbott. It will be staffed by "
        "social workers and paramedics."
        "\n\nSimilar programs have been launched in at least a dozen cities across the state "
        "since 2021. The council will review the team's first six months of data next fall "
        "before deciding whether to expand it.",
        [
            (
                D,
                [
                    "When someone is having a breakdown on a bus bench, the answer shouldn't always "
                    "be a squad car"
                ],
                "Rosa Delgado-Whitfield",
            ),
            (
                I,
                ["response times for burglaries could rise by several minutes"],
                "Dwayne Harker",
            ),
            (
                I,
                [
                    "The crisis team, which will operate from 7 a.m. to midnight, is expected to "
                    "handle about 6,000 calls a year"
                ],
                "Lorraine Abbott",
            ),
        ],
    ),
    (  # 4 ballpark bond referendum: campaign slogans in " " (not speech), partial after
        # "called the ballpark" keeping its final period, direct with "said X, a retired
        # accountant", "He said" indirect
        "Voters in Lakemont will decide on Dec. 8 whether to borrow $48 million to build a "
        "minor-league ballpark downtown. Supporters have plastered the city with yard signs "
        'reading "Build It Here," while opponents have answered with their own: "Not With Our '
        'Money."\n\n'
        "Mayor Patricia Okafor-Lindgren, who negotiated the deal with the team's owners, called "
        'the ballpark "the best economic development opportunity this city has seen in a '
        'generation."\n\n'
        'Critics are not convinced. "Every study of publicly funded stadiums says the same thing: '
        'the public pays and the owners profit," said Harold Jimenez, a retired accountant who '
        "leads the opposition campaign. He said the city's own consultant had projected only 140 "
        "permanent jobs."
        "\n\nThe bond would be repaid over 30 years from a hotel tax and parking revenue. "
        "Under the deal, the team, currently based in a 1950s stadium 20 miles north of the "
        "city, would sign a 25-year lease if the measure passes.",
        [
            (
                P,
                ["the best economic development opportunity this city has seen in a generation."],
                "Patricia Okafor-Lindgren",
            ),
            (
                D,
                [
                    "Every study of publicly funded stadiums says the same thing: the public pays "
                    "and the owners profit"
                ],
                "Harold Jimenez",
            ),
            (
                I,
                ["the city's own consultant had projected only 140 permanent jobs"],
                "Harold Jimenez",
            ),
        ],
    ),
    (  # 5 housing estate approved: "Dr X, who chairs Y, said" indirect with two coordinated
        # clauses, “ ” over two sentences with "Dr Ramaswamy said" after
        "Plans for 450 homes on farmland south of Upper Linton have been approved by Wexcombe "
        "District Council's planning committee, despite more than 900 objections from residents "
        "of the village and its neighbours.\n\n"
        "Dr Anjali Ramaswamy, who chairs Upper Linton Parish Council, said the village school was "
        "already full and the nearest GP surgery had closed its list to new patients.\n\n"
        "“Nobody here is against new homes. We are against 450 of them arriving with no school "
        "places, no doctor and one road in and out,” Dr Ramaswamy said.\n\n"
        "The developer, Hartwell Homes, has agreed to fund a new roundabout on the B2170 and to "
        "pay £1.1m towards education. Construction could start next autumn, and the first "
        "families could move in by 2029."
        " Objectors have six weeks to ask the government to call in the decision. The village "
        "currently has about 1,400 residents."
        " It last gained a significant number of new homes in the 1970s, when 120 bungalows "
        "were built off Church Road.",
        [
            (
                I,
                [
                    "the village school was already full and the nearest GP surgery had closed its "
                    "list to new patients"
                ],
                "Anjali Ramaswamy",
            ),
            (
                D,
                [
                    "Nobody here is against new homes. We are against 450 of them arriving with no "
                    "school places, no doctor and one road in and out"
                ],
                "Anjali Ramaswamy",
            ),
        ],
    ),
    (  # 6 bus network redesign: "…, the agency said Monday." (part before, organisation
        # speaker), partial inside reported speech, “A,” X said. “B … (quote continued over two
        # paragraphs: one quote, one span per paragraph)
        "Riverside Regional Transit will scrap 11 of its 34 bus routes in March and replace them "
        "with a grid of frequent lines running every ten minutes, the agency said Monday.\n\n"
        "Its general manager, Benedikt Sørensen, told a board meeting that the old network had "
        "been designed “for a city that no longer exists.”\n\n"
        "“Today most of our riders are not commuting downtown at 8 a.m.,” Sørensen said. “They "
        "are nurses on night shifts, students, people going to the supermarket across town.\n\n"
        "“A bus every 40 minutes is not a service for them. It is a rumor.”\n\n"
        "Some riders in outlying neighborhoods will have to walk farther to reach a stop. The "
        "agency plans six public meetings in January before the board's final vote."
        " The redesign is expected to cost nothing extra to run, because buses now idling on "
        "long, empty routes will be redeployed."
        " If approved, the new network would take effect on March 29, with free fares during "
        "its first week.",
        [
            (
                I,
                [
                    "Riverside Regional Transit will scrap 11 of its 34 bus routes in March and "
                    "replace them with a grid of frequent lines running every ten minutes"
                ],
                "Riverside Regional Transit",
            ),
            (P, ["for a city that no longer exists."], "Benedikt Sørensen"),
            (
                D,
                ["Today most of our riders are not commuting downtown at 8 a.m."],
                "Benedikt Sørensen",
            ),
            (
                D,
                [
                    "They are nurses on night shifts, students, people going to the supermarket "
                    "across town.",
                    "A bus every 40 minutes is not a service for them. It is a rumor.",
                ],
                "Benedikt Sørensen",
            ),
        ],
    ),
    (  # 7 mayor resigns: role "the mayor said:" then " " over two sentences with the final
        # period kept, deputy in apposition then "She told Radio X that"
        "The mayor of Ashby Cross, Derek Pomfret, resigned on Wednesday, two weeks after auditors "
        "flagged £86,000 of town council spending on consultancy contracts awarded to a firm run "
        "by his brother-in-law.\n\n"
        'In a short statement read outside the town hall, the mayor said: "I have done nothing '
        "wrong, but I will not let this distract from the work of the council. I am stepping "
        'aside so the investigation can run its course."\n\n'
        "The deputy mayor, Anita Sharma-Boyle, will serve as acting mayor until a by-election in "
        "February. She told Radio Ashby that the council would publish the full audit report "
        "before Christmas. Mr Pomfret, a former headteacher, had led the council since 2019."
        "\n\nThe firm, Brightwater Consulting, was paid for reports on the future of the "
        "town's market and leisure centre. Police have not been asked to investigate, and the "
        "town's external auditor is expected to report in the spring.",
        [
            (
                D,
                [
                    "I have done nothing wrong, but I will not let this distract from the work of "
                    "the council. I am stepping aside so the investigation can run its course."
                ],
                "Derek Pomfret",
            ),
            (
                I,
                ["the council would publish the full audit report before Christmas"],
                "Anita Sharma-Boyle",
            ),
        ],
    ),
    (  # 8 low-traffic neighbourhood: nickname in " " (not speech), councillor with "al-" in
        # apposition, "A," he said. "B." (two quotes, both his), "Taxi drivers say" indirect
        "Bollards went up overnight on four streets in Fenwick Park, sealing off what opponents "
        'have already nicknamed "Fortress Fenwick." The low-traffic neighbourhood is an '
        "18-month trial by Caldmoor City Council, which will decide in 2028 whether to make it "
        "permanent.\n\n"
        "The cabinet member for transport, Councillor Sami al-Khatib, defended the scheme at a "
        "packed public meeting in the local church hall on Tuesday evening.\n\n"
        '"Children should be able to walk to school without breathing exhaust fumes," he said. '
        '"This is about the streets where people live, not about punishing drivers."\n\n'
        "A petition against the trial has gathered 3,100 signatures. Taxi drivers say journeys "
        "across the district now take up to ten minutes longer."
        "\n\nSimilar schemes in other parts of Caldmoor have been removed after six months. "
        "This one, funded by a £400,000 government grant, includes new crossings outside two "
        "primary schools."
        " Residents can comment on the trial through the council's website until next June.",
        [
            (
                D,
                ["Children should be able to walk to school without breathing exhaust fumes"],
                "Sami al-Khatib",
            ),
            (
                D,
                ["This is about the streets where people live, not about punishing drivers."],
                "Sami al-Khatib",
            ),
            (
                I,
                ["journeys across the district now take up to ten minutes longer"],
                "taxi drivers",
            ),
        ],
    ),
    (  # 9 wastewater plant (Irish names with Ní and Ó): chief executive in apposition "told
        # councillors" indirect, partial after "called the timeline" keeping its final period
        "Kilmurray County Council is to spend €14 million on a new wastewater treatment plant in "
        "Ballinacree, ending decades in which raw sewage from the town has overflowed into the "
        "River Owenmore during heavy rain. Bathing has been banned at the town's river beach for "
        "the past three summers.\n\n"
        "The council's chief executive, Siobhán Ní Bhriain, told councillors the plant would be "
        "operational by 2029.\n\n"
        'Local councillor Pádraig Ó Dálaigh welcomed the news but called the timeline "far too '
        "slow for families who can't let their children paddle in the river.\" The new plant will serve "
        "about 9,000 people."
        "\n\nThe scheme will be funded jointly by the county council and the national water "
        "utility. Work on a new pumping station and three kilometres of sewer pipes is due to "
        "begin in 2027, subject to planning permission."
        " Until then, the river beach will remain closed to swimmers each summer, as it has been since 2024.",
        [
            (I, ["the plant would be operational by 2029"], "Siobhán Ní Bhriain"),
            (
                P,
                ["far too slow for families who can't let their children paddle in the river."],
                "Pádraig Ó Dálaigh",
            ),
        ],
    ),
    (  # 10 shire bushfire levy: " " over two sentences with "Mayor X told the meeting", "Cr X,
        # who voted against, said" indirect, surname alone "Ngata said"
        "Ratepayers in the Shire of Yarrabool will pay a new $180 bushfire preparedness levy from "
        "July, after councillors voted 6-3 on Wednesday night to fund two extra firebreak crews "
        "and a community refuge at the showgrounds.\n\n"
        "\"We saw in 2019 what happens when the fuel loads build up. I'm not prepared to gamble "
        'with this town again," Mayor Kylie Brennan told the meeting.\n\n'
        "Cr Hamish Ngata, who voted against, said many farmers were still paying off debts from "
        'the last fires. "Asking them for another $180 is tone-deaf," Ngata said.\n\n'
        "Pensioners will be able to apply for a 50% rebate."
        " The levy will raise about $1.4 million a year. Yarrabool lost 43 homes in the 2019 "
        "fires, and the town's only evacuation route, the Coach Road, was cut for two days. "
        "Firebreak works are due to start before Christmas."
        " Residents can pay the levy in four instalments with their rates.",
        [
            (
                D,
                [
                    "We saw in 2019 what happens when the fuel loads build up. I'm not prepared to "
                    "gamble with this town again"
                ],
                "Kylie Brennan",
            ),
            (
                I,
                ["many farmers were still paying off debts from the last fires"],
                "Hamish Ngata",
            ),
            (D, ["Asking them for another $180 is tone-deaf"], "Hamish Ngata"),
        ],
    ),
    (  # 11 public toilets kept: single curly quotes ‘ ’, partial after "described the closure
        # as" by a forum chair in apposition, partial inside reported speech ("conceded that …
        # had ‘…’": only the partial)
        "Plans to close the public toilets on Dunmore Road to save £38,000 a year have been "
        "shelved after a backlash from older residents and market traders in the town "
        "centre.\n\n"
        "Elaine Fairbrother, chair of the Dunmore Pensioners' Forum, had described the closure as "
        "‘a disgrace for a town that calls itself age-friendly’ and gathered 1,700 signatures in a "
        "fortnight.\n\n"
        "Announcing the U-turn, Dunmore Town Council's deputy leader, Rajesh Pillai, conceded that "
        "the "
        "authority had ‘got this one wrong’. The savings will instead come from reducing the "
        "number of hanging baskets in the town centre and switching street lights off between "
        "1am and 5am on residential roads."
        "\n\nThe Dunmore Road block, which opened in 1968, is the only public toilet in the "
        "town centre. It is used by an estimated 600 people a week on market days, many of "
        "them elderly visitors arriving by bus from surrounding villages."
        " A changing-places facility for disabled visitors could be added to the block next "
        "year.",
        [
            (P, ["a disgrace for a town that calls itself age-friendly"], "Elaine Fairbrother"),
            (P, ["got this one wrong"], "Rajesh Pillai"),
        ],
    ),
    (  # 12 county jail expansion: “ ” over two sentences with "she said", "Sheriff X told
        # commissioners that", public defender in apposition "said" indirect
        "The Tillman County Board of Commissioners approved a $61 million expansion of the county "
        "jail on Monday, adding 180 beds and a new medical unit. The project will be paid for by a "
        "quarter-cent sales tax approved by voters in 2024.\n\n"
        "Commissioner Denise Kowalski-Reyes cast the deciding vote. “Our jail was built for 220 "
        "people and we are housing 340. Deputies are sleeping in their cars between double "
        "shifts,” she said.\n\n"
        "Sheriff Earl Whitcombe told commissioners that two inmates had died in overcrowded cells "
        "in the past year.\n\n"
        "Opponents packed the meeting room. The county's chief public defender, Marisol "
        "Etxeberria, said the money would be better spent on pretrial services that keep "
        "low-level defendants out of jail altogether."
        "\n\nConstruction is scheduled to begin next summer and take about two years. In the "
        "meantime, the county will continue to send some inmates to neighboring jails at a "
        "cost of $85 a night.",
        [
            (
                D,
                [
                    "Our jail was built for 220 people and we are housing 340. Deputies are "
                    "sleeping in their cars between double shifts"
                ],
                "Denise Kowalski-Reyes",
            ),
            (
                I,
                ["two inmates had died in overcrowded cells in the past year"],
                "Earl Whitcombe",
            ),
            (
                I,
                [
                    "the money would be better spent on pretrial services that keep low-level "
                    "defendants out of jail altogether"
                ],
                "Marisol Etxeberria",
            ),
        ],
    ),
    (  # 13 library closures: "The union X said" (generic noun dropped), “ ” with "said X, who
        # runs …" after
        "Three of Westbury's nine branch libraries will close in April under cost-cutting plans "
        "published by the borough on Friday, with the mobile library service also set to be "
        "withdrawn from the surrounding villages.\n\n"
        "The union Civic Workers United said 23 jobs were at risk and warned of industrial "
        "action.\n\n"
        "“A library is the only warm place in this neighbourhood where you don't have to buy "
        "something,” said Bernadette O'Rourke, who runs a homework club at the Eastgate branch. "
        "About forty children use it every week.\n\n"
        "The borough must save £11.5m next year. A consultation on the plans runs until 31 "
        "January."
        " Library users can also respond at any branch or online.\n\nThe three branches "
        "earmarked for closure, Eastgate, Hollins Cross and Marsh End, lent a combined 48,000 "
        "books last year and host weekly toddler sessions, computer classes and a job club."
        " Councillors will take a final decision at a full council meeting in February.",
        [
            (I, ["23 jobs were at risk"], "Civic Workers United"),
            (
                D,
                [
                    "A library is the only warm place in this neighbourhood where you don't have "
                    "to buy something"
                ],
                "Bernadette O'Rourke",
            ),
        ],
    ),
    (  # 14 mayoral debate: show title in " " (not speech), partial after "accused her opponent
        # of having", " " with "X shot back" (surname alone), "Chao said that" indirect
        "The two candidates for mayor of Santa Inés traded blows over housing on Thursday night in "
        'their only televised debate, "Santa Inés Decides," broadcast by KSIV from the Civic '
        "Auditorium.\n\n"
        "Councilwoman Wei-Ling Chao accused her opponent, former planning commissioner Diego "
        'Ibarra, of having "slept through" the housing crisis during his eight years on the '
        "commission. Median rents in the city have risen 38% since 2020.\n\n"
        '"I approved more affordable units than any commissioner in the city\'s history," Ibarra '
        "shot back. He was the only commissioner to vote for the 2023 transit-corridor rezoning.\n\n"
        "Chao said that, if elected, she would declare a housing emergency on her first day in "
        "office. The runoff is on Dec. 15."
        " Early voting begins on Dec. 1 at the county registrar's office and at four "
        "libraries.\n\nThe city has about 62,000 registered voters. Turnout in the first round "
        "was 34%, the lowest for a mayoral race since 2011.",
        [
            (P, ["slept through"], "Wei-Ling Chao"),
            (
                D,
                ["I approved more affordable units than any commissioner in the city's history"],
                "Diego Ibarra",
            ),
            (
                I,
                ["if elected, she would declare a housing emergency on her first day in office"],
                "Wei-Ling Chao",
            ),
        ],
    ),
    (  # 15 snow clearing: snowplow nicknames in " " (not speech), director in apposition
        # "said" indirect, "…, he said." (part before), council member named after a " " quote
        'Plows named "Sir Plows-a-Lot" and "Darth Blader" by schoolchildren in a city contest '
        "were back on the streets of Granger Falls on Sunday, as crews worked around the clock "
        "after 19 inches of snow fell in 24 hours.\n\n"
        "The city's public works director, Kwame Asante-Boateng, said crews had cleared every main "
        "road before dawn. Residential streets could take until Wednesday, he said.\n\n"
        "Not everyone was patient. \"I've had 200 emails since Saturday, and most of them are about "
        'the same thing: the plow came, and it buried my driveway," said City Council member '
        "Joanne Whitaker-Diaz, who represents the east side.\n\n"
        "Schools will remain closed on Monday."
        " The city has spent $2.1 million on snow removal this season, already more than half "
        "its annual budget, with three months of winter still to go."
        " Residents are asked to move cars off designated snow routes until further notice, or "
        "risk a $75 fine and a tow.",
        [
            (I, ["crews had cleared every main road before dawn"], "Kwame Asante-Boateng"),
            (I, ["Residential streets could take until Wednesday"], "Kwame Asante-Boateng"),
            (
                D,
                [
                    "I've had 200 emails since Saturday, and most of them are about the same "
                    "thing: the plow came, and it buried my driveway"
                ],
                "Joanne Whitaker-Diaz",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout74.jsonl"),
        "heldout74",
        "h74",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
