"""Source of the fifty-fourth held-out set: writes heldout54.jsonl (split "heldout54").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
faits divers and emergency news (road and mountain accidents, house fires, rescues at sea, missing
persons, storms' aftermath), with firefighters, gendarmes and police, prosecutors, mayors,
rescuers, witnesses, neighbours and families speaking, often unnamed or only partly named.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout54.py
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
    # 1 road crash, tractor: apposition with rank after the quote, "a précisé que" with two clauses,
    # unnamed "un riverain", "réclame" + noun object not annotated
    (
        "Un homme de 23 ans est mort et deux autres personnes ont été grièvement blessées samedi "
        "soir dans une collision entre une voiture et un tracteur sur la route départementale "
        "412, à la sortie de Saint-Firmin-des-Prés. L'accident s'est produit peu avant 22 heures, "
        "dans une longue ligne droite réputée sans difficulté.\n\n"
        "« Le véhicule léger a percuté l'arrière de l'engin agricole à une vitesse manifestement "
        "très élevée », a indiqué le commandant de la compagnie de gendarmerie de Valbrune, le "
        "capitaine Loïc Verdalle. Le conducteur, originaire de la commune voisine de Lorcy, est "
        "mort sur le coup. Ses deux passagers, âgés de 19 et 21 ans, ont été héliportés vers le "
        "CHU de Montclar.\n\n"
        "Le procureur de la République de Montclar, Arnaud Pélissier-Dutour, a annoncé "
        "l'ouverture d'une enquête pour homicide involontaire. Il a précisé que des analyses "
        "toxicologiques étaient en cours et que l'agriculteur, indemne, avait été entendu dans la "
        "nuit.\n\n"
        "Dimanche matin, des bouquets avaient été déposés au pied d'un platane. « Les voitures "
        "passent à fond tous les soirs. On l'avait signalé à la mairie il y a deux ans », raconte "
        "un riverain, qui habite à une centaine de mètres. Le maire de Saint-Firmin, Gérard "
        "Aubazac, réclame de son côté l'installation d'un radar pédagogique depuis 2023.",
        [
            (
                D,
                [
                    "Le véhicule léger a percuté l'arrière de l'engin agricole à une vitesse "
                    "manifestement très élevée",
                ],
                "Loïc Verdalle",
            ),
            (
                I,
                [
                    "des analyses toxicologiques étaient en cours et que l'agriculteur, indemne, "
                    "avait été entendu dans la nuit",
                ],
                "Arnaud Pélissier-Dutour",
            ),
            (
                D,
                [
                    "Les voitures passent à fond tous les soirs. On l'avait signalé à la mairie "
                    "il y a deux ans",
                ],
                "riverain",
            ),
        ],
    ),
    # 2 house fire: no-break spaces, incise splitting one quote after its first words, "Selon
    # l'officier" (role), "Le père, Sébastien R." + "a-t-il confié"
    (
        "Une famille de cinq personnes a été relogée en urgence après l'incendie qui a ravagé sa "
        "maison, dans la nuit de mardi à mercredi, rue des Tanneurs à Brassac-le-Vieux. Le feu "
        "s'est déclaré vers 3 heures du matin dans le garage, avant de gagner la toiture.\n\n"
        "Alertés par le détecteur de fumée, les parents ont pu faire sortir leurs trois enfants à "
        "temps. «\u00a0Sans cet appareil, a souligné le lieutenant Marc-Antoine Fabrègues, qui "
        "dirigeait les opérations, on aurait sans doute des victimes à déplorer. Il faisait déjà "
        "400 degrés dans la cage d'escalier quand nous sommes arrivés.\u00a0»\n\n"
        "Une quarantaine de sapeurs-pompiers et douze engins ont été mobilisés. Selon l'officier, "
        "le sinistre pourrait avoir été provoqué par un court-circuit sur un congélateur, mais "
        "seule l'expertise permettra de le confirmer.\n\n"
        "Les voisins se sont relayés toute la nuit pour accueillir les enfants, en pyjama et "
        "pieds nus dans la rue. Le père, Sébastien R., 41 ans, ne trouve pas encore les mots. "
        "«\u00a0On a tout perdu, mais on est vivants. Le reste, on verra\u00a0», a-t-il confié "
        "mercredi matin, devant les murs noircis.\n\n"
        "La mairie a ouvert une cagnotte et mis un logement communal à la disposition de la "
        "famille.",
        [
            (
                D,
                [
                    "Sans cet appareil",
                    "on aurait sans doute des victimes à déplorer. Il faisait déjà 400 degrés "
                    "dans la cage d'escalier quand nous sommes arrivés.",
                ],
                "Marc-Antoine Fabrègues",
            ),
            (
                I,
                [
                    "le sinistre pourrait avoir été provoqué par un court-circuit sur un "
                    "congélateur, mais seule l'expertise permettra de le confirmer",
                ],
                "Marc-Antoine Fabrègues",
            ),
            (
                D,
                [
                    "On a tout perdu, mais on est vivants. Le reste, on verra",
                ],
                "Sébastien R.",
            ),
        ],
    ),
    # 3 sea rescue: boat name in guillemets not speech, narrow no-break spaces, one quote over two
    # paragraphs with the speaker after, "D'après le Cross" (organisation)
    (
        "Quatre plaisanciers ont été secourus dimanche après-midi au large de la pointe de "
        "Kervalan, après le chavirage de leur voilier dans une mer formée. Le bateau, un "
        "monocoque de huit mètres baptisé «\u202fMarie-Soizic\u202f», avait quitté le port de "
        "Loctudec vers 10\u202fheures pour une sortie à la journée.\n\n"
        "Le Cross de Penhors, qui coordonne les secours en mer dans la zone, a reçu l'appel de "
        "détresse peu après 15\u202fheures. Il a aussitôt engagé le canot tous temps de la "
        "station SNSM de Loctudec et un hélicoptère de la Marine nationale.\n\n"
        "«\u202fQuand on est arrivés, deux d'entre eux étaient accrochés à la coque retournée, "
        "les deux autres dans l'eau depuis près d'une heure. Ils avaient leurs gilets, c'est ce "
        "qui les a sauvés.\n\n"
        "«\u202fAvec des creux de trois mètres, il a fallu s'y reprendre à plusieurs fois pour "
        "les hisser à bord\u202f», raconte le patron du canot, Erwan Le Bihan-Kerné, bénévole "
        "depuis dix-neuf ans.\n\n"
        "Les naufragés, un couple de retraités et leurs deux petits-enfants, souffraient "
        "d'hypothermie légère. D'après le Cross, ils ont été pris en charge par les pompiers sur "
        "le quai puis transportés à l'hôpital de Quimerc'h, d'où ils devaient sortir dans la "
        "soirée.\n\n"
        "Le voilier, lui, a été remorqué jusqu'au port dans la nuit.",
        [
            (
                D,
                [
                    "Quand on est arrivés, deux d'entre eux étaient accrochés à la coque "
                    "retournée, les deux autres dans l'eau depuis près d'une heure. Ils avaient "
                    "leurs gilets, c'est ce qui les a sauvés.",
                    "Avec des creux de trois mètres, il a fallu s'y reprendre à plusieurs fois "
                    "pour les hisser à bord",
                ],
                "Erwan Le Bihan-Kerné",
            ),
            (
                I,
                [
                    "ils ont été pris en charge par les pompiers sur le quai puis transportés à "
                    "l'hôpital de Quimerc'h, d'où ils devaient sortir dans la soirée",
                ],
                "Cross de Penhors",
            ),
        ],
    ),
    # 4 missing teenager: "selon lesquels" not a source, rank before the name after the quote, "a
    # indiqué qu'" with two clauses, "Sa mère, X" + "écrit-elle"
    (
        "Les recherches se poursuivent pour retrouver Inès Vautrin-Mallet, 15 ans, dont on est "
        "sans nouvelles depuis jeudi soir. L'adolescente a quitté le domicile familial de "
        "Castelmoron-sur-Vière vers 19 heures, à vélo, pour se rendre chez une amie. Elle n'y est "
        "jamais arrivée.\n\n"
        "La gendarmerie a diffusé samedi un appel à témoins. Inès mesure 1,62 m, a les cheveux "
        "châtains mi-longs et portait un sweat-shirt bordeaux. « Toute information, même si elle "
        "paraît anodine, peut nous aider », insiste le chef d'escadron Thierry Baldacci, qui "
        "coordonne les recherches. Une cinquantaine de gendarmes, une équipe cynophile et un "
        "drone ont été engagés ce week-end le long de la rivière.\n\n"
        "Les enquêteurs vérifient plusieurs témoignages selon lesquels une jeune fille à vélo "
        "aurait été aperçue vendredi matin près de la gare de Saint-Orens-du-Bosc. Le procureur "
        "de Valmargues, Cyril Hennequin-Baud, a indiqué qu'aucune piste n'était privilégiée à ce "
        "stade et qu'aucun élément ne laissait penser à un enlèvement.\n\n"
        "Sa mère, Delphine Vautrin, a publié un message sur les réseaux sociaux, partagé plus de "
        "30 000 fois. « Inès, on ne t'en veut pas. Rentre, ou appelle, juste pour nous dire que "
        "tu vas bien », écrit-elle.\n\n"
        "Le vélo de l'adolescente n'a pas été retrouvé.",
        [
            (
                D,
                [
                    "Toute information, même si elle paraît anodine, peut nous aider",
                ],
                "Thierry Baldacci",
            ),
            (
                I,
                [
                    "aucune piste n'était privilégiée à ce stade et qu'aucun élément ne laissait "
                    "penser à un enlèvement",
                ],
                "Cyril Hennequin-Baud",
            ),
            (
                D,
                [
                    "Inès, on ne t'en veut pas. Rentre, ou appelle, juste pour nous dire que tu "
                    "vas bien",
                ],
                "Delphine Vautrin",
            ),
        ],
    ),
    # 5 storm aftermath: guillemets without spaces, "a qualifié ... de" partial, mayor with particle
    # "de", unnamed "une habitante" + "dit-elle"
    (
        "Au lendemain du passage de la tempête Ludivine, les habitants de Pradelles-sur-Mer "
        "découvraient jeudi l'ampleur des dégâts. Des rafales à 162 km/h ont été enregistrées au "
        "sémaphore dans la nuit, arrachant des toitures, couchant des centaines d'arbres et "
        "privant d'électricité près de 4 000 foyers.\n\n"
        "Le maire, Bertrand de Lascombes-Vidal, a qualifié la situation de «catastrophe sans "
        "précédent depuis 1999». La commune a demandé la reconnaissance de l'état de catastrophe "
        "naturelle, et les services techniques ont fermé le front de mer jusqu'à nouvel ordre.\n\n"
        "Rue des Mouettes, une habitante balaie les débris de verre devant sa véranda éventrée. "
        "«J'ai passé la nuit dans la salle de bains avec le chien. On entendait les tuiles "
        "s'envoler une par une», dit-elle.\n\n"
        "Jeudi soir, 1 200 foyers restaient privés de courant. Les équipes du gestionnaire du "
        "réseau, renforcées par des techniciens venus de trois départements voisins, "
        "travaillaient encore à dégager les lignes tombées en forêt. Aucun blessé grave n'est à "
        "déplorer.",
        [
            (
                P,
                [
                    "catastrophe sans précédent depuis 1999",
                ],
                "Bertrand de Lascombes-Vidal",
            ),
            (
                D,
                [
                    "J'ai passé la nuit dans la salle de bains avec le chien. On entendait les "
                    "tuiles s'envoler une par une",
                ],
                "habitante",
            ),
        ],
    ),
    # 6 mountain fall: English-style quotes in French copy, "D'après le capitaine X, qui
    # commande...", role "L'officier" before a colon, "assure-t-il"
    (
        "Un alpiniste de 38 ans a trouvé la mort mardi dans le massif des Aiguilles de Pelvoz, "
        "après une chute de près de 200 mètres dans le couloir nord du pic de la Sagne. Son "
        "compagnon de cordée, légèrement blessé, a pu donner l'alerte vers 11 heures.\n\n"
        "Les deux hommes, originaires de la région lyonnaise, étaient partis à l'aube du refuge "
        "de l'Aupillon. D'après le capitaine Damien Charvoz, qui commande le peloton de "
        "gendarmerie de haute montagne de Bréziers, la victime aurait glissé sur une plaque de "
        "glace en désescaladant un passage raide, entraînant l'arrachement d'un relais.\n\n"
        "L'officier se montre toutefois prudent : “Il est trop tôt pour dire s'il s'agit d'une "
        "erreur technique ou d'un problème de matériel. Les conditions étaient bonnes, mais le "
        "regel de la nuit a rendu certaines pentes très dures.”\n\n"
        "Le gardien du refuge, Lucien Tournier, avait croisé la cordée au petit-déjeuner. “Des "
        "gars sérieux, bien équipés. Ils connaissaient la course”, assure-t-il.\n\n"
        "Depuis le début de la saison estivale, huit personnes ont perdu la vie en montagne dans "
        "le département.",
        [
            (
                I,
                [
                    "la victime aurait glissé sur une plaque de glace en désescaladant un passage "
                    "raide, entraînant l'arrachement d'un relais",
                ],
                "Damien Charvoz",
            ),
            (
                D,
                [
                    "Il est trop tôt pour dire s'il s'agit d'une erreur technique ou d'un "
                    "problème de matériel. Les conditions étaient bonnes, mais le regel de la "
                    "nuit a rendu certaines pentes très dures.",
                ],
                "Damien Charvoz",
            ),
            (
                D,
                [
                    "Des gars sérieux, bien équipés. Ils connaissaient la course",
                ],
                "Lucien Tournier",
            ),
        ],
    ),
    # 7 child saved from drowning: dialogue dashes ("raconte-t-il", unnamed "la mère"), particle
    # "ben", "annoncé vouloir" after a noun-object verb
    (
        "Un enfant de 7 ans a été sauvé de la noyade dimanche après-midi au lac de Sarrevieille "
        "grâce à l'intervention d'un vacancier. Le garçonnet, qui jouait avec une bouée près de "
        "la zone de baignade surveillée, avait dérivé vers le large sans que ses parents s'en "
        "aperçoivent.\n\n"
        "C'est Nassim ben Larbi, un infirmier de 29 ans en vacances dans la région, qui a donné "
        "l'alerte avant de plonger. Lundi, dans le hall de l'hôpital où l'enfant est toujours en "
        "observation, il revient sur la scène avec la famille du petit garçon :\n\n"
        "— Je l'ai vu disparaître sous l'eau, puis remonter, puis disparaître encore. Je n'ai pas "
        "réfléchi, raconte-t-il.\n"
        "— Il nous a rendu notre fils. On ne le remerciera jamais assez, souffle la mère, assise "
        "à ses côtés.\n\n"
        "Sur la plage, les maîtres-nageurs avaient pris le relais et pratiqué les premiers gestes "
        "de secours jusqu'à l'arrivée des pompiers. Les jours de l'enfant ne sont plus en "
        "danger.\n\n"
        "Le maire, Jean-Paul Estublier, a salué le sang-froid du vacancier et annoncé vouloir "
        "renforcer la surveillance de la baignade dès le week-end prochain, avec un troisième "
        "poste de maître-nageur.",
        [
            (
                D,
                [
                    "Je l'ai vu disparaître sous l'eau, puis remonter, puis disparaître encore. "
                    "Je n'ai pas réfléchi",
                ],
                "Nassim ben Larbi",
            ),
            (
                D,
                [
                    "Il nous a rendu notre fils. On ne le remerciera jamais assez",
                ],
                "mère",
            ),
            (
                I,
                [
                    "vouloir renforcer la surveillance de la baignade dès le week-end prochain, "
                    "avec un troisième poste de maître-nageur",
                ],
                "Jean-Paul Estublier",
            ),
        ],
    ),
    # 8 motorway pile-up: unclosed guillemet ending at the attribution (unnamed truck driver), "Mme"
    # + role "la préfète" after the quote, organisation partial
    (
        "Une trentaine de véhicules, dont six poids lourds, ont été impliqués mercredi matin dans "
        "un carambolage sur l'autoroute A 112, entre les échangeurs de Sermoise et de "
        "Vaux-en-Champs, dans un épais brouillard. Le bilan provisoire fait état de deux morts et "
        "de dix-sept blessés, dont quatre graves.\n\n"
        "« On n'y voyait pas à dix mètres, a témoigné un chauffeur routier, bloqué au milieu des "
        "carcasses.\n\n"
        "Plus de 120 pompiers ont été engagés et un poste médical avancé a été installé dans une "
        "station-service voisine. La préfète du Val-d'Ormance, Mme Claire Delmas-Aubry, s'est "
        "rendue sur place dans la matinée. « Je pense d'abord aux familles des victimes. Les "
        "secours ont fait un travail remarquable dans des conditions extrêmement difficiles », a "
        "déclaré la préfète lors d'un point presse. L'autoroute restera fermée dans les deux sens "
        "au moins jusqu'à 18 heures.\n\n"
        "L'association Route Vivante, qui milite pour l'abaissement des vitesses par temps de "
        "brouillard, a dénoncé dans un communiqué « un drame prévisible » et réclame "
        "l'installation de panneaux à messages variables sur ce tronçon.",
        [
            (
                D,
                [
                    "On n'y voyait pas à dix mètres",
                ],
                "chauffeur routier",
            ),
            (
                D,
                [
                    "Je pense d'abord aux familles des victimes. Les secours ont fait un travail "
                    "remarquable dans des conditions extrêmement difficiles",
                ],
                "Claire Delmas-Aubry",
            ),
            (
                P,
                [
                    "un drame prévisible",
                ],
                "Route Vivante",
            ),
        ],
    ),
    # 9 gas explosion: prosecutor's quote after a sentence without speech verb, particle "ould" +
    # "M.", "l'intéressée assure avoir"
    (
        "Une violente explosion, probablement due au gaz, a soufflé lundi vers 7\u00a0h\u00a030 "
        "le rez-de-chaussée d'un immeuble de quatre étages de la rue Jules-Ferrandi, à "
        "Castelvérac. Trois personnes ont été blessées, dont une grièvement, et une soixantaine "
        "d'habitants ont été évacués.\n\n"
        "Le procureur de la République, Étienne Marchais-Lorin, s'est exprimé en fin de matinée "
        "devant l'immeuble. «\u00a0À ce stade, rien ne permet d'écarter la piste accidentelle. "
        "Les premières constatations orientent vers une fuite dans l'appartement du "
        "rez-de-chaussée. Une enquête a été confiée à la police judiciaire.\u00a0»\n\n"
        "Le gardien de la résidence, Mohamed ould Brahim, a été l'un des premiers à porter "
        "secours. «\u00a0J'ai entendu un boum énorme, les vitres ont volé jusque sur le parking. "
        "J'ai aidé une dame âgée à descendre par l'escalier de service\u00a0», raconte "
        "M.\u00a0ould Brahim.\n\n"
        "La locataire du rez-de-chaussée, Yvette Carrère, 54 ans, fait partie des blessés légers. "
        "Jointe par téléphone à l'hôpital, l'intéressée assure avoir signalé une odeur de gaz à "
        "son bailleur la semaine précédente. Le bailleur social n'avait pas répondu à nos "
        "sollicitations lundi soir.\n\n"
        "Les habitants ne pourront pas regagner leur logement avant plusieurs jours.",
        [
            (
                D,
                [
                    "À ce stade, rien ne permet d'écarter la piste accidentelle. Les premières "
                    "constatations orientent vers une fuite dans l'appartement du "
                    "rez-de-chaussée. Une enquête a été confiée à la police judiciaire.",
                ],
                "Étienne Marchais-Lorin",
            ),
            (
                D,
                [
                    "J'ai entendu un boum énorme, les vitres ont volé jusque sur le parking. J'ai "
                    "aidé une dame âgée à descendre par l'escalier de service",
                ],
                "Mohamed ould Brahim",
            ),
            (
                I,
                [
                    "avoir signalé une odeur de gaz à son bailleur la semaine précédente",
                ],
                "Yvette Carrère",
            ),
        ],
    ),
    # 10 avalanche: place nickname in guillemets not speech, narrow no-break spaces, incise after
    # the first clause, "Selon le maire de ..., X", "L'élu a dit vouloir" + partial
    (
        "Deux skieurs de randonnée ont été emportés par une avalanche samedi en fin de matinée "
        "dans le vallon de la Lauze, au-dessus de la station de Val-Cervières. L'un d'eux, un "
        "homme de 45 ans, a été dégagé vivant au bout de vingt minutes ; son compagnon, 51 ans, "
        "est décédé.\n\n"
        "Le secteur, que les habitués surnomment «\u202fla Combe maudite\u202f», avait déjà été "
        "le théâtre d'un accident mortel en 2019. Le bulletin d'estimation du risque d'avalanche "
        "annonçait un risque de 3 sur 5 ce jour-là.\n\n"
        "«\u202fIls étaient équipés, ils avaient leurs détecteurs, explique Franck Arnaudon, "
        "guide de haute montagne et secouriste bénévole, et c'est ce qui a permis de localiser "
        "rapidement le premier. Pour le second, la coulée l'avait entraîné dans une zone de "
        "barres rocheuses.\u202f»\n\n"
        "Selon le maire de Val-Cervières, Gilles Perrin-Chabod, les deux hommes avaient quitté le "
        "domaine balisé malgré les panneaux d'avertissement. L'élu a dit vouloir «\u202frappeler "
        "à chacun que la montagne ne pardonne pas\u202f», sans pour autant jeter la pierre aux "
        "victimes.\n\n"
        "Une cellule d'aide psychologique a été ouverte à la mairie.",
        [
            (
                D,
                [
                    "Ils étaient équipés, ils avaient leurs détecteurs",
                    "et c'est ce qui a permis de localiser rapidement le premier. Pour le second, "
                    "la coulée l'avait entraîné dans une zone de barres rocheuses.",
                ],
                "Franck Arnaudon",
            ),
            (
                I,
                [
                    "les deux hommes avaient quitté le domaine balisé malgré les panneaux "
                    "d'avertissement",
                ],
                "Gilles Perrin-Chabod",
            ),
            (
                P,
                [
                    "rappeler à chacun que la montagne ne pardonne pas",
                ],
                "Gilles Perrin-Chabod",
            ),
        ],
    ),
    # 11 forest fire: rank and long role after the quote, dashes used as parentheses, "a-t-elle
    # lancé" for the mayor named in the previous sentence
    (
        "L'incendie qui a parcouru près de 340 hectares de garrigue et de pinède depuis vendredi "
        "sur les communes de Saint-Jory-de-Lens et d'Aubignac était fixé dimanche soir, mais pas "
        "encore éteint. Quelque 600 sapeurs-pompiers, appuyés par quatre bombardiers d'eau, ont "
        "lutté pendant deux jours contre des flammes attisées par un vent de nord-ouest soufflant "
        "à plus de 70 km/h.\n\n"
        "« La nuit de vendredi à samedi a été très compliquée. Le feu a sauté la route "
        "départementale à deux reprises et nous avons dû faire évacuer deux lotissements », a "
        "expliqué le colonel Philippe Mazargues, directeur départemental des services d'incendie "
        "et de secours. Aucune habitation n'a brûlé — une prouesse compte tenu de la vitesse de "
        "propagation — mais plusieurs hangars agricoles ont été détruits. Trois pompiers ont été "
        "légèrement blessés.\n\n"
        "Les gendarmes ont ouvert une enquête pour déterminer l'origine du sinistre. La maire "
        "d'Aubignac, Sophie Lagrange-Esquirol, s'est rendue sur place dimanche matin. « On sait "
        "que le feu est parti du bord d'un chemin communal. Si c'est un mégot ou pire, il faudra "
        "que quelqu'un rende des comptes », a-t-elle lancé, visiblement en colère.\n\n"
        "Samedi soir, 280 personnes avaient dormi dans le gymnase de Saint-Jory.",
        [
            (
                D,
                [
                    "La nuit de vendredi à samedi a été très compliquée. Le feu a sauté la route "
                    "départementale à deux reprises et nous avons dû faire évacuer deux "
                    "lotissements",
                ],
                "Philippe Mazargues",
            ),
            (
                D,
                [
                    "On sait que le feu est parti du bord d'un chemin communal. Si c'est un mégot "
                    "ou pire, il faudra que quelqu'un rende des comptes",
                ],
                "Sophie Lagrange-Esquirol",
            ),
        ],
    ),
    # 12 hiker found alive: rank before the name after the quote, "Le sexagénaire ... Il a expliqué
    # aux secouristes qu'", quote over two paragraphs + "confie-t-elle"
    (
        "Il a survécu deux nuits dans la montagne, par des températures proches de zéro. Adrien "
        "Castel-Roubaud, un randonneur de 62 ans porté disparu depuis dimanche dans le massif du "
        "Taillebourg, a été retrouvé vivant mardi matin par une équipe cynophile, au fond d'un "
        "ravin où il avait glissé.\n\n"
        "«\u00a0Il était conscient, déshydraté et souffrait d'une fracture à la cheville, mais il "
        "nous a parlé tout de suite. Il nous a même demandé si sa femme avait été "
        "prévenue\u00a0», a rapporté l'adjudant-chef Nadège Roumieux, du peloton de gendarmerie "
        "de montagne, qui a participé à l'hélitreuillage.\n\n"
        "Le sexagénaire, un marcheur expérimenté, s'était écarté du sentier pour photographier "
        "des chamois. Il a expliqué aux secouristes qu'il s'était abrité sous un surplomb rocheux "
        "et avait rationné ses deux barres de céréales.\n\n"
        "Sa sœur, Monique Castel, a passé ces deux jours au poste de commandement installé au "
        "col.\n\n"
        "«\u00a0Lundi soir, je ne vais pas vous mentir, on commençait à perdre espoir. Il faisait "
        "si froid.\n\n"
        "«\u00a0Quand le téléphone a sonné ce matin, j'ai cru que c'était pour nous annoncer le "
        "pire\u00a0», confie-t-elle, la voix nouée.\n\n"
        "Le randonneur a été transporté à l'hôpital de Bourg-Vassieux. Ses jours ne sont pas en "
        "danger.",
        [
            (
                D,
                [
                    "Il était conscient, déshydraté et souffrait d'une fracture à la cheville, "
                    "mais il nous a parlé tout de suite. Il nous a même demandé si sa femme avait "
                    "été prévenue",
                ],
                "Nadège Roumieux",
            ),
            (
                I,
                [
                    "il s'était abrité sous un surplomb rocheux et avait rationné ses deux barres "
                    "de céréales",
                ],
                "Adrien Castel-Roubaud",
            ),
            (
                D,
                [
                    "Lundi soir, je ne vais pas vous mentir, on commençait à perdre espoir. Il "
                    "faisait si froid.",
                    "Quand le téléphone a sonné ce matin, j'ai cru que c'était pour nous annoncer "
                    "le pire",
                ],
                "Monique Castel",
            ),
        ],
    ),
    # 13 campsite flood: guillemets without spaces, particle "van" after "témoigne", partial after
    # "a salué"
    (
        "Près de 400 vacanciers ont été évacués dans la nuit de jeudi à vendredi du camping Les "
        "Berges du Lirou, à Saint-Privat-d'Olbès, après une brusque montée des eaux consécutive à "
        "un violent orage. En moins de deux heures, le niveau de la rivière est monté de 2,80 "
        "mètres.\n\n"
        "Les campeurs ont été réveillés vers 1 heure du matin par les sirènes et par les gérants, "
        "passés d'emplacement en emplacement avec des lampes torches. «On avait de l'eau "
        "jusqu'aux genoux en sortant de la caravane. Les enfants pleuraient, on n'a rien pu "
        "emporter», témoigne Joost van Leeuwen, un touriste néerlandais installé là depuis dix "
        "jours avec sa famille.\n\n"
        "Les vacanciers ont été hébergés dans la salle polyvalente du village. Une quarantaine de "
        "caravanes et une dizaine de mobil-homes ont été emportés ou endommagés.\n\n"
        "Le sous-préfet de Vernières, Hugues Ferrand, a salué «la réactivité exemplaire» des "
        "gérants et des pompiers. Le camping, situé en zone inondable, fera néanmoins l'objet "
        "d'une inspection dans les prochaines semaines.\n\n"
        "Aucune victime n'est à déplorer.",
        [
            (
                D,
                [
                    "On avait de l'eau jusqu'aux genoux en sortant de la caravane. Les enfants "
                    "pleuraient, on n'a rien pu emporter",
                ],
                "Joost van Leeuwen",
            ),
            (
                P,
                [
                    "la réactivité exemplaire",
                ],
                "Hugues Ferrand",
            ),
        ],
    ),
    # 14 fisherman lost at sea: boat name in guillemets not speech, spokesman with naval rank after
    # the quote, "D'après ses proches" + partial inside (only the partial), unnamed "un ancien
    # collègue"
    (
        "Les recherches pour retrouver le pêcheur porté disparu depuis mardi au large de l'île de "
        "Bréhac ont été suspendues jeudi soir. Yvon Le Carrec, 57 ans, patron du caseyeur « Ar "
        "Gwell », était sorti seul relever ses casiers à l'aube. Son bateau a été retrouvé vide, "
        "moteur en marche, à quatre milles de la côte.\n\n"
        "Un hélicoptère, un avion de surveillance, deux canots de la SNSM et une dizaine de "
        "navires de pêche ont ratissé une zone de 300 milles carrés pendant plus de cinquante "
        "heures. « Toutes les zones de dérive probables ont été couvertes à plusieurs reprises. "
        "Nous avons dû nous résoudre à suspendre les recherches actives », a déclaré le "
        "porte-parole de la préfecture maritime de l'Ouest-Armor, le capitaine de frégate Benoît "
        "Saint-Cyr-Lamothe.\n\n"
        "Sur le port, l'émotion est immense. D'après ses proches, le marin connaissait ces eaux « "
        "comme sa poche » et portait rarement son gilet de sauvetage. « C'était le premier arrivé "
        "au port et le dernier à rentrer. La mer lui a tout donné, et elle l'a repris », souffle "
        "un ancien collègue, la casquette à la main.\n\n"
        "Le comité local des pêches organisera dimanche une sortie en mer en hommage au disparu.",
        [
            (
                D,
                [
                    "Toutes les zones de dérive probables ont été couvertes à plusieurs reprises. "
                    "Nous avons dû nous résoudre à suspendre les recherches actives",
                ],
                "Benoît Saint-Cyr-Lamothe",
            ),
            (
                P,
                [
                    "comme sa poche",
                ],
                "proches",
            ),
            (
                D,
                [
                    "C'était le premier arrivé au port et le dernier à rentrer. La mer lui a tout "
                    "donné, et elle l'a repris",
                ],
                "ancien collègue",
            ),
        ],
    ),
    # 15 carbon monoxide: narrow no-break spaces, "le docteur X" after the quote, "son porte-parole,
    # le commandant X" (apposition) after "insiste"
    (
        "Une famille de six personnes, dont quatre enfants, a été hospitalisée samedi soir à "
        "Lanvézec après une intoxication au monoxyde de carbone. C'est le père, pris de violents "
        "maux de tête, qui a composé le 15 vers 21 heures.\n\n"
        "À leur arrivée, les pompiers ont relevé un taux de monoxyde très élevé dans la maison, "
        "chauffée par un poêle à pétrole installé dans le salon. Les six membres de la famille "
        "ont été transférés au caisson hyperbare du centre hospitalier de Saint-Malvern.\n\n"
        "«\u202fLes enfants étaient très somnolents, le plus jeune, âgé de 3 ans, avait perdu "
        "connaissance. Quelques heures de plus, et le bilan aurait pu être dramatique\u202f», a "
        "indiqué le docteur Hélène Kervella-Jaouen, médecin urgentiste au Samu.\n\n"
        "Dimanche midi, leur état n'inspirait plus d'inquiétude.\n\n"
        "Le service départemental d'incendie et de secours rappelle chaque hiver les dangers des "
        "appareils de chauffage d'appoint. «\u202fLe monoxyde de carbone ne se voit pas et ne se "
        "sent pas. Un détecteur coûte vingt euros\u202f», insiste son porte-parole, le commandant "
        "Gaël Le Floch.",
        [
            (
                D,
                [
                    "Les enfants étaient très somnolents, le plus jeune, âgé de 3 ans, avait "
                    "perdu connaissance. Quelques heures de plus, et le bilan aurait pu être "
                    "dramatique",
                ],
                "Hélène Kervella-Jaouen",
            ),
            (
                D,
                [
                    "Le monoxyde de carbone ne se voit pas et ne se sent pas. Un détecteur coûte "
                    "vingt euros",
                ],
                "Gaël Le Floch",
            ),
        ],
    ),
]

EN: list[Item] = [
    # 1 motorway pile-up: '"A," said X. "B."' = two quotes, rank before the name, unnamed "One
    # driver" with a partial after "described hearing"
    (
        "Two people died and eleven were injured when more than twenty vehicles collided in thick "
        "fog on the M47 near Ashcombe early on Tuesday, closing the motorway in both directions "
        "for most of the day.\n\n"
        "The first collision, between a lorry and a car, happened shortly after 6.30am on the "
        "southbound carriageway. Within minutes, vehicles travelling behind had ploughed into the "
        "wreckage.\n\n"
        "“Visibility was down to a few metres and some drivers were simply going too fast for the "
        "conditions,” said Inspector Gareth Pendleford of Northvale Police's roads policing unit. "
        "“I would urge anyone with dashcam footage to get in touch.”\n\n"
        "One driver, who was trapped in her car for almost an hour before firefighters cut her "
        "free, described hearing “bang after bang after bang” as vehicles hit each other behind "
        "her.\n\n"
        "The two people who died, a man in his sixties and a woman in her thirties, have not yet "
        "been formally identified. The motorway reopened at 5pm.",
        [
            (
                D,
                [
                    "Visibility was down to a few metres and some drivers were simply going too "
                    "fast for the conditions",
                ],
                "Gareth Pendleford",
            ),
            (
                D,
                [
                    "I would urge anyone with dashcam footage to get in touch.",
                ],
                "Gareth Pendleford",
            ),
            (
                P,
                [
                    "bang after bang after bang",
                ],
                "driver",
            ),
        ],
    ),
    # 2 house fire: straight quotes, unattributed clause + "a spokeswoman for <service> said"
    # (organisation), "She admitted" without "that"
    (
        "A grandmother and her two grandchildren escaped unhurt from a house fire in Kelsey Road, "
        "Brantwick, on Sunday night after a passing taxi driver spotted flames and hammered on "
        "the door.\n\n"
        "The blaze started in a tumble dryer in the kitchen shortly before 11pm, a spokeswoman "
        "for Eastmoor Fire and Rescue Service said. Four crews were sent and the fire was out "
        "within an hour, but the ground floor was badly damaged by smoke.\n\n"
        "\"If he hadn't stopped, I don't like to think what would have happened,\" said Margaret "
        "Hollins, 68, who had been asleep upstairs with the children, aged six and nine. She "
        "admitted the smoke alarm in the hallway had no battery in it.\n\n"
        "The taxi driver, Lewis Okafor, was on his way home after a late shift. He has been "
        "invited to the children's school to be thanked in assembly.\n\n"
        "Neighbours have started a collection for the family.",
        [
            (
                I,
                [
                    "The blaze started in a tumble dryer in the kitchen shortly before 11pm",
                ],
                "Eastmoor Fire and Rescue Service",
            ),
            (
                D,
                [
                    "If he hadn't stopped, I don't like to think what would have happened",
                ],
                "Margaret Hollins",
            ),
            (
                I,
                [
                    "the smoke alarm in the hallway had no battery in it",
                ],
                "Margaret Hollins",
            ),
        ],
    ),
    # 3 trawler sinks: boat name in single straight quotes not speech, quote over two paragraphs
    # closed by role alone "the coxswain said", "told reporters ... that"
    (
        "Three fishermen were rescued from a life raft off Carrick Head on Thursday after their "
        "trawler, the 'Northern Wren', sank in heavy seas about twelve miles offshore.\n\n"
        "The Halvergate coastguard received a mayday call at 4.10am and sent the Port Aller "
        "lifeboat and a search-and-rescue helicopter. The men were found two hours later, cold "
        "but uninjured, after their emergency beacon led rescuers to the raft. The lifeboat's "
        "coxswain, Colin Treharne, has volunteered with the station for twenty-two years.\n\n"
        "“It was pitch dark with a four-metre swell, and a life raft is a very small thing in a "
        "very big sea.\n\n"
        "“When our searchlight picked them up, they were waving like mad. It's the best feeling "
        "in the world,” the coxswain said.\n\n"
        "The skipper, Aled Morgan-Price, told reporters on the quayside that the vessel had "
        "started taking on water very quickly and that the crew had had less than five minutes to "
        "abandon ship. He thanked the lifeboat volunteers for their courage.\n\n"
        "The Maritime Accident Inquiry Office has been informed.",
        [
            (
                D,
                [
                    "It was pitch dark with a four-metre swell, and a life raft is a very small "
                    "thing in a very big sea.",
                    "When our searchlight picked them up, they were waving like mad. It's the "
                    "best feeling in the world",
                ],
                "Colin Treharne",
            ),
            (
                I,
                [
                    "the vessel had started taking on water very quickly and that the crew had "
                    "had less than five minutes to abandon ship",
                ],
                "Aled Morgan-Price",
            ),
        ],
    ),
    # 4 missing pensioner: nickname in quotes not speech, "telling his wife" reported speech, '"A,"
    # said his daughter, X, "b."' = one quote, two pieces
    (
        "Police in Dunmore Falls have renewed their appeal for help in finding a 74-year-old man "
        "who has not been seen since leaving his home on Saturday afternoon.\n\n"
        "Harold Jennings, known to friends as “Bear”, left his house on Orchard Lane at about "
        "2pm, telling his wife he was going for a walk by the reservoir. He has a heart condition "
        "and needs daily medication.\n\n"
        "“Harold knows those paths like the back of his hand,” said his daughter, Karen "
        "Jennings-Lowe, “which is what makes this so frightening. Dad, if you see this, please "
        "just call. Nobody is angry.”\n\n"
        "Officers, volunteers and a search dog have covered more than ten square miles since the "
        "weekend. Mr Jennings is 5ft 10in, with grey hair and a beard, and was last seen wearing "
        "a green waxed jacket.\n\n"
        "Anyone with information is asked to call Dunmore Falls Police on 101.",
        [
            (
                I,
                [
                    "he was going for a walk by the reservoir",
                ],
                "Harold Jennings",
            ),
            (
                D,
                [
                    "Harold knows those paths like the back of his hand",
                    "which is what makes this so frightening. Dad, if you see this, please just "
                    "call. Nobody is angry.",
                ],
                "Karen Jennings-Lowe",
            ),
        ],
    ),
    # 5 climbing fall: straight quotes, "..., according to <team>.", speaker before a colon with
    # apposition, "Dr" + particle "al-" then "he said"
    (
        "A climber was airlifted to hospital with serious injuries after falling about 30 metres "
        "on Scarrow Crag in the Pennock Hills on Saturday afternoon.\n\n"
        "The 27-year-old man, from Lydbridge, was leading a route with a friend when a hold broke "
        "away, according to Pennock Hills Mountain Rescue Team. Eighteen volunteers and a "
        "coastguard helicopter were involved in the four-hour operation.\n\n"
        "The team leader, Fiona Garside, was full of praise for the injured man's partner: \"He "
        "kept him warm, kept him talking and gave us a precise grid reference. That made all the "
        'difference on a crag that is awkward to reach."\n\n'
        "Dr Samir al-Khouri, a consultant in emergency medicine at Halden Royal Infirmary, where "
        'the climber was taken, gave an update on Sunday. "He has multiple fractures, but he was '
        'conscious on arrival and we are cautiously optimistic," he said.\n\n'
        "The crag is popular with climbers, and the team has been called there four times this "
        "year.",
        [
            (
                I,
                [
                    "The 27-year-old man, from Lydbridge, was leading a route with a friend when "
                    "a hold broke away",
                ],
                "Pennock Hills Mountain Rescue Team",
            ),
            (
                D,
                [
                    "He kept him warm, kept him talking and gave us a precise grid reference. "
                    "That made all the difference on a crag that is awkward to reach.",
                ],
                "Fiona Garside",
            ),
            (
                D,
                [
                    "He has multiple fractures, but he was conscious on arrival and we are "
                    "cautiously optimistic",
                ],
                "Samir al-Khouri",
            ),
        ],
    ),
    # 6 storm clean-up: storm name not speech, "Officials said", '"A," said Councillor X, "b."' =
    # one quote, two pieces, partial after "called the storm"
    (
        "Clean-up crews worked through the weekend in Harrowby after Storm Isolde brought down "
        "trees, ripped the roofs off two schools and left 9,000 homes without power.\n\n"
        "Gusts of up to 94mph were recorded on the seafront on Friday night. Officials said 46 "
        "properties had been damaged, six of them so badly that residents would not be able to "
        "return home before Christmas.\n\n"
        "“We have never seen anything quite like it in this town,” said Councillor Neil Ashdown, "
        "leader of Harrowby Borough Council, “and I want to thank every volunteer who turned up "
        "with a chainsaw or a flask of tea.”\n\n"
        "At the Tidemill estate, Sandra Pollitt surveyed the remains of her garage, now lying "
        "across her neighbour's drive. She called the storm “the longest night of my life”, spent "
        "sitting on the stairs with her dog until dawn.\n\n"
        "Both schools will remain closed until at least Wednesday.",
        [
            (
                I,
                [
                    "46 properties had been damaged, six of them so badly that residents would "
                    "not be able to return home before Christmas",
                ],
                "officials",
            ),
            (
                D,
                [
                    "We have never seen anything quite like it in this town",
                    "and I want to thank every volunteer who turned up with a chainsaw or a flask "
                    "of tea.",
                ],
                "Neil Ashdown",
            ),
            (
                P,
                [
                    "the longest night of my life",
                ],
                "Sandra Pollitt",
            ),
        ],
    ),
    # 7 flash flood: "Mayor X told reporters" after the quote, nested single quotes inside a quote,
    # "he said" for a man named in the previous sentence
    (
        "Rescue crews pulled at least 40 people from cars and rooftops in Pell City Junction on "
        "Monday after more than five inches of rain fell in three hours, turning Main Street into "
        "a river. Two people were still unaccounted for on Monday night.\n\n"
        "“We had water up to the windowsills of City Hall. Our firefighters were going door to "
        "door in boats,” Mayor Dana Whitcombe told reporters at an afternoon briefing.\n\n"
        "Among those rescued was Luis Ferreira, 58, who climbed onto the roof of his pickup truck "
        "when it stalled at an underpass. “My wife called me and said, ‘Get out of the truck "
        "now.’ I did, and two minutes later the water was over the cab,” he said.\n\n"
        "The county's emergency management office had issued a flash flood warning about an hour "
        "before the worst of the storm. More rain is forecast later in the week.",
        [
            (
                D,
                [
                    "We had water up to the windowsills of City Hall. Our firefighters were going "
                    "door to door in boats",
                ],
                "Dana Whitcombe",
            ),
            (
                D,
                [
                    "My wife called me and said, ‘Get out of the truck now.’ I did, and two "
                    "minutes later the water was over the cab",
                ],
                "Luis Ferreira",
            ),
        ],
    ),
    # 8 hiker found: "..., the <sheriff's office> said.", quote over two paragraphs closed by
    # surname alone, "They said" for unnamed search volunteers
    (
        "A hiker missing for four days in the Tamarack Wilderness was found alive on Wednesday, "
        "dehydrated but able to walk, the Calder County Sheriff's Office said.\n\n"
        "Megan Oyelaran, 31, an experienced backpacker from Fairhaven, had set out on Friday for "
        "what was meant to be a two-night loop. Her sister raised the alarm on Monday when she "
        "failed to turn up for work.\n\n"
        "A helicopter crew spotted her waving a red jacket in a meadow about six miles off the "
        "trail. Deputy Cole Branigan was on board.\n\n"
        "“She'd run out of food on Sunday and had been drinking from a creek. She told us she'd "
        "taken a wrong turn in the smoke from a controlled burn and just couldn't find the path "
        "again.\n\n"
        "“Honestly, she was in better spirits than half the search team,” Branigan said.\n\n"
        "Search volunteers from three counties took part. They said the terrain, thick with "
        "fallen timber, had made the ground search extremely slow.",
        [
            (
                I,
                [
                    "A hiker missing for four days in the Tamarack Wilderness was found alive on "
                    "Wednesday, dehydrated but able to walk",
                ],
                "Calder County Sheriff's Office",
            ),
            (
                D,
                [
                    "She'd run out of food on Sunday and had been drinking from a creek. She told "
                    "us she'd taken a wrong turn in the smoke from a controlled burn and just "
                    "couldn't find the path again.",
                    "Honestly, she was in better spirits than half the search team",
                ],
                "Cole Branigan",
            ),
            (
                I,
                [
                    "the terrain, thick with fallen timber, had made the ground search extremely "
                    "slow",
                ],
                "search volunteers",
            ),
        ],
    ),
    # 9 gas explosion: "said Fire Chief <van der> X" after the quote, dashes used as parentheses,
    # "Tenant X" then "she said"
    (
        "An explosion ripped through a three-storey apartment building on Linden Avenue in "
        "Westport Harbor late on Thursday, injuring seven people, two of them critically. Around "
        "30 residents were evacuated from neighbouring buildings as a precaution.\n\n"
        "Crews found a ruptured gas line in the basement. “The back wall of the building is gone. "
        "We will be there all night making sure what's left is stable before anyone goes near "
        "it,” said Fire Chief Marten van der Hoek.\n\n"
        "The building's owner — a property firm registered in another state — did not respond to "
        "requests for comment. Gallard Gas & Electric shut off supply to the block within 40 "
        "minutes of the first call.\n\n"
        "Tenant Rosa Delgado, who lives on the top floor, was making tea when the blast hit. “I "
        "grabbed my cat and ran. I didn't even take my shoes,” she said, standing barefoot in a "
        "borrowed blanket outside the emergency shelter at Harbor Middle School.",
        [
            (
                D,
                [
                    "The back wall of the building is gone. We will be there all night making "
                    "sure what's left is stable before anyone goes near it",
                ],
                "Marten van der Hoek",
            ),
            (
                D,
                [
                    "I grabbed my cat and ran. I didn't even take my shoes",
                ],
                "Rosa Delgado",
            ),
        ],
    ),
    # 10 teenager drowns: "Mrs" and role in apposition, partial inside reported speech (only the
    # partial), "he said" after a man introduced without speech
    (
        "A 16-year-old boy has died after getting into difficulty while swimming off Penhallow "
        "Beach on Sunday evening, an hour after lifeguards had gone off duty.\n\n"
        "Friends raised the alarm when he failed to resurface near the rocks at the northern end "
        "of the beach. He was pulled from the water by a surfer and given CPR by paramedics, but "
        "was pronounced dead at the scene.\n\n"
        "The boy, named locally as Jayden Trask, was a pupil at Polwenna Community School. In a "
        "statement, the headteacher, Mrs Alison Crewe, said the school community was "
        "“heartbroken” and that counsellors would be available to students this week.\n\n"
        "The lifeguards' red flags had come down at 6pm as usual. Tom Pascoe, who manages the "
        "beach's lifeguard team, was at the scene on Sunday evening. “Please, swim between the "
        "flags, and only when we're there. The rips by those rocks are among the strongest on "
        "this coast,” he said.\n\n"
        "An inquest will be opened later this month.",
        [
            (
                P,
                [
                    "heartbroken",
                ],
                "Alison Crewe",
            ),
            (
                D,
                [
                    "Please, swim between the flags, and only when we're there. The rips by those "
                    "rocks are among the strongest on this coast",
                ],
                "Tom Pascoe",
            ),
        ],
    ),
    # 11 wildfire evacuation: straight quotes, "..., fire officials said.", "said Battalion Chief
    # X", "Ms" then "she said"
    (
        "More than 1,200 residents of Copper Ridge were ordered to leave their homes on Saturday "
        "as a wildfire fanned by dry winds jumped a highway and moved towards the town.\n\n"
        "The Sawtooth Fire, which started on Thursday in grassland east of the reservoir, had "
        "burned about 8,400 acres by Sunday morning and was 15 per cent contained, fire officials "
        "said. No homes have been lost so far.\n\n"
        '"We are asking people not to wait for a knock on the door. If you feel unsafe, go," '
        "said Battalion Chief Ray Esposito.\n\n"
        "At an evacuation centre in the high school gym, Ms Tanya Whitford sat with her two "
        'children and three dogs, ash still clinging to her hair. "We took the photo albums and '
        'the dogs. Everything else is just stuff," she said.',
        [
            (
                I,
                [
                    "The Sawtooth Fire, which started on Thursday in grassland east of the "
                    "reservoir, had burned about 8,400 acres by Sunday morning and was 15 per "
                    "cent contained",
                ],
                "fire officials",
            ),
            (
                D,
                [
                    "We are asking people not to wait for a knock on the door. If you feel "
                    "unsafe, go",
                ],
                "Ray Esposito",
            ),
            (
                D,
                [
                    "We took the photo albums and the dogs. Everything else is just stuff",
                ],
                "Tanya Whitford",
            ),
        ],
    ),
    # 12 boat capsizes on a lake: particle "el-" then "he said", "Ms X said" after the quote for a
    # woman named earlier
    (
        "Two anglers were rescued from Lough Carrow on Tuesday after their small boat overturned "
        "in a sudden squall, about half a mile from the shore at Kilbrennan.\n\n"
        "Youssef el-Masri, who runs a café overlooking the lake, saw the boat go over and called "
        "999. “One minute they were sitting there fishing, the next the boat was upside down and "
        "I could only see one head in the water,” he said.\n\n"
        "Mr el-Masri then drove to the slipway, where a local sailing instructor, Niamh Costigan, "
        "launched a club rescue dinghy. She reached the men about ten minutes later. Both were "
        "clinging to the hull and wearing lifejackets.\n\n"
        "“They were very cold and very lucky. The water's about eight degrees at this time of "
        "year,” Ms Costigan said.\n\n"
        "Both men were checked by paramedics at the slipway and did not need hospital treatment.",
        [
            (
                D,
                [
                    "One minute they were sitting there fishing, the next the boat was upside "
                    "down and I could only see one head in the water",
                ],
                "Youssef el-Masri",
            ),
            (
                D,
                [
                    "They were very cold and very lucky. The water's about eight degrees at this "
                    "time of year",
                ],
                "Niamh Costigan",
            ),
        ],
    ),
    # 13 cave rescue: "..., according to <organisation>.", role then "Dr" + particle "ben" after the
    # quote, "One of the students, X" then "she said"
    (
        "Six students were brought out safely on Sunday after spending almost 20 hours trapped by "
        "floodwater in Gallows Pot, a cave system beneath the Thornber Fells.\n\n"
        "The group, from the University of Ellesmoor caving club, entered the cave on Saturday "
        "morning. Heavy rain in the afternoon flooded a low passage near the entrance, cutting "
        "off their way out. They had food, warm clothing and a stove, according to the Thornber "
        "Cave Rescue Organisation. They waited in a dry chamber, as they had been taught.\n\n"
        "“They did everything right. They stayed put, stayed together and rationed their lights. "
        "Our job was just to wait for the water to drop and then guide them through,” said the "
        "organisation's controller, Dr Ezra ben Haim.\n\n"
        "One of the students, Charlotte Nwosu, 20, was still wrapped in a foil blanket an hour "
        "after coming out. “When we heard voices in the passage, we all started crying,” she said.",
        [
            (
                I,
                [
                    "They had food, warm clothing and a stove",
                ],
                "Thornber Cave Rescue Organisation",
            ),
            (
                D,
                [
                    "They did everything right. They stayed put, stayed together and rationed "
                    "their lights. Our job was just to wait for the water to drop and then guide "
                    "them through",
                ],
                "Ezra ben Haim",
            ),
            (
                D,
                [
                    "When we heard voices in the passage, we all started crying",
                ],
                "Charlotte Nwosu",
            ),
        ],
    ),
    # 14 chemical lorry overturns: rank + force before "said" with two "that" clauses, '"A," she
    # said, "b. C."' = one quote, two pieces, "Mrs" + "described ... as" partial
    (
        "About 200 homes in Millbrook were evacuated on Wednesday after a lorry carrying "
        "industrial cleaning chemicals overturned on the town's bypass, spilling part of its load "
        "across both carriageways.\n\n"
        "Superintendent Joanne Kettering of Westshire Police said the driver had been taken to "
        "hospital with minor injuries and that there was no evidence anyone had breathed in "
        "harmful fumes. Residents within 300 metres had to leave their homes or keep windows and "
        "doors shut.\n\n"
        "“I know this has been frightening and disruptive,” she said, “and I want to thank people "
        "for their patience. Specialist teams will be working on the road well into the "
        "night.”\n\n"
        "Mrs Edna Farrow, 81, spent the afternoon at a rest centre set up in St Aidan's church "
        "hall. She described the evacuation as “very well organised, with plenty of tea”.\n\n"
        "The road is expected to reopen on Thursday morning.",
        [
            (
                I,
                [
                    "the driver had been taken to hospital with minor injuries and that there was "
                    "no evidence anyone had breathed in harmful fumes",
                ],
                "Joanne Kettering",
            ),
            (
                D,
                [
                    "I know this has been frightening and disruptive",
                    "and I want to thank people for their patience. Specialist teams will be "
                    "working on the road well into the night.",
                ],
                "Joanne Kettering",
            ),
            (
                P,
                [
                    "very well organised, with plenty of tea",
                ],
                "Edna Farrow",
            ),
        ],
    ),
    # 15 fisherman lost: "..., the <coastguard> said on Monday.", boat name in single straight
    # quotes, named spokeswoman after the quote, family statement after a colon over two paragraphs
    (
        "The search for a fisherman who went missing off Rathcarra Point on Friday has been "
        "called off, the Western Coast Guard said on Monday.\n\n"
        "Declan Rourke, 49, left Ballinlass harbour alone in his boat, the 'Mary Ellen', before "
        "dawn to haul lobster pots. The boat was later found drifting and empty about four miles "
        "offshore.\n\n"
        "Aircraft, two lifeboats and more than a dozen local vessels searched an area of 200 "
        "square miles over three days. “Every possible effort has been made, and our thoughts are "
        "with Declan's family and the whole community,” said Aoife Gallagher, a spokeswoman for "
        "the coastguard.\n\n"
        "In a statement, the Rourke family said: “Declan loved the sea more than anything. He "
        "knew the risks better than anyone, and he went out anyway, every morning, because it was "
        "who he was.\n\n"
        "“We want to thank everyone who searched, on the water and along the shore.”\n\n"
        "A vigil will be held at the harbour on Wednesday evening.",
        [
            (
                I,
                [
                    "The search for a fisherman who went missing off Rathcarra Point on Friday "
                    "has been called off",
                ],
                "Western Coast Guard",
            ),
            (
                D,
                [
                    "Every possible effort has been made, and our thoughts are with Declan's "
                    "family and the whole community",
                ],
                "Aoife Gallagher",
            ),
            (
                D,
                [
                    "Declan loved the sea more than anything. He knew the risks better than "
                    "anyone, and he went out anyway, every morning, because it was who he was.",
                    "We want to thank everyone who searched, on the water and along the shore.",
                ],
                "Rourke family",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout54.jsonl"),
        "heldout54",
        "h54",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
