"""Source of the eighty-eighth held-out set: writes heldout88.jsonl (split "heldout88").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
longer features and reportage: portraits, on-the-scene reports with several voices, a person
quoted many times across paragraphs (pronouns, surname-only and title+surname mentions), two or
three people of the same sex in one piece, words reported through a relative ("his sister
said", « sa fille »), and interview answers ("Asked whether…", « Lui demande-t-on… »).
Measured once with 0.3.0, 0.27.1 and 0.28.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout88.py
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
    (  # 1 baker's portrait: two women (mother and daughter); "sourit-elle" after the daughter
        # is introduced (nearest woman, not the portrait's subject); partial "qualifie … de"
        # with the role alone ("La boulangère"); incise "glisse-t-elle" after "Mme Surname"
        # splitting one quote, final period kept
        "Il est 4 h 30 quand Yamina Benhaddou-Roux allume le four de la boulangerie de la rue "
        "des Tanneurs, à Saint-Aubert-sur-Loire. Pendant quarante et un ans, elle a répété ce "
        "geste six jours sur sept. Samedi, elle le fera pour la dernière fois, faute de "
        "repreneur.\n\n"
        "Arrivée d'Oran à dix-neuf ans, elle a d'abord été vendeuse avant de racheter le fonds "
        "avec son mari, mort en 2015. Sa fille, Leïla Benhaddou, qui travaille à Lyon, est venue "
        "l'aider pour cette dernière semaine. «\u00a0Elle disait toujours que les clients, eux, "
        "ne partaient pas en vacances. Alors elle n'y partait pas non plus\u00a0», sourit-elle en "
        "emballant une tarte aux pommes.\n\n"
        "Dans la file d'attente, les habitués défilent avec des fleurs et des cartes. La "
        "boulangère qualifie la fermeture de «\u00a0petit deuil\u00a0» pour le quartier, où trois "
        "commerces ont déjà baissé le rideau depuis 2022.\n\n"
        "Mme Benhaddou-Roux ne veut pas s'attarder sur la nostalgie. «\u00a0Je ne suis pas triste "
        "pour moi, glisse-t-elle entre deux clients, je suis triste pour la rue.\u00a0» Elle "
        "compte désormais faire son pain chez elle, dans un four ordinaire, pour ses "
        "petits-enfants.",
        [
            (
                D,
                [
                    "Elle disait toujours que les clients, eux, ne partaient pas en vacances. "
                    "Alors elle n'y partait pas non plus"
                ],
                "Leïla Benhaddou",
            ),
            (P, ["petit deuil"], "Yamina Benhaddou-Roux"),
            (
                D,
                ["Je ne suis pas triste pour moi", "je suis triste pour la rue."],
                "Yamina Benhaddou-Roux",
            ),
        ],
    ),
    (  # 2 flooded market: dialogue dash lines (— …, lâche-t-il / ajoute son voisin, Name),
        # two men; "dénoncent le mauvais entretien" (noun object, not annotated); partial by
        # an unnamed "habitante"; "a déclenché" not speech
        "Les pieds dans trente centimètres d'eau boueuse, les commerçants du marché couvert de "
        "Villerose tentaient mercredi matin de sauver ce qui pouvait l'être. La Vionne, sortie de "
        "son lit dans la nuit après trois jours de pluies continues, a envahi la halle vers "
        "3 heures. Les pompiers ont évacué 140 habitations dans les rues basses.\n\n"
        "Devant son étal dévasté, Karim Oulhaj, poissonnier depuis vingt ans, ramasse des caisses "
        "en polystyrène qui flottent entre les allées.\n"
        "— On a tout perdu, les frigos, la marchandise, tout, lâche-t-il.\n"
        "— Et l'assurance ne passera pas avant dix jours, ajoute son voisin, Bernard Quéméneur, "
        "fromager.\n\n"
        "Le maire, Gérard Lemoine-Saïd, s'est rendu sur place dans la matinée. Les riverains, "
        "eux, dénoncent le mauvais entretien des digues depuis des années. Une habitante de la "
        "rue du Moulin, bottes aux pieds, parle d'un «\u00a0scandale annoncé\u00a0».\n\n"
        "La préfecture a déclenché le plan communal de sauvegarde. La décrue n'est pas attendue "
        "avant vendredi.",
        [
            (D, ["On a tout perdu, les frigos, la marchandise, tout"], "Karim Oulhaj"),
            (D, ["Et l'assurance ne passera pas avant dix jours"], "Bernard Quéméneur"),
            (P, ["scandale annoncé"], "habitante"),
        ],
    ),
    (  # 3 novelist's portrait: novel title in « » not speech; interview answer after "elle
        # répond\u00a0:"; two women (novelist and her publisher); a quote over two paragraphs
        # (one span each) with "raconte-t-elle" at the end
        "Aïssatou Mbaye-Lefort donne rendez-vous dans un café du canal Saint-Martin, deux jours "
        "après l'annonce du prix Méridien, qui a couronné son troisième roman, «\u00a0Les Saisons "
        "de sel\u00a0». À 38 ans, l'ancienne infirmière de Dakar a appris la nouvelle dans le "
        "métro, entre deux stations, par un simple texto.\n\n"
        "Interrogée sur la part autobiographique du livre, qui suit trois générations de femmes "
        "de la Petite-Côte, elle répond\u00a0: «\u00a0Tout est vrai, sauf les faits.\u00a0» Puis "
        "elle rit longuement.\n\n"
        "Son éditrice, Claire Dumont-Ferrand, a reçu le manuscrit par la poste, sans la moindre "
        "lettre d'accompagnement. «\u00a0J'ai lu les vingt premières pages debout dans le "
        "couloir. Le soir même, j'appelais l'auteure, ce que je ne fais jamais.\n\n"
        "«\u00a0En vingt ans de métier, je n'avais jamais lu un premier chapitre pareil\u00a0», "
        "raconte-t-elle.\n\n"
        "Le roman, tiré à 12\u00a0000 exemplaires, en est à sa quatrième réimpression. "
        "Mme Mbaye-Lefort, elle, travaille déjà au suivant, dont elle ne dévoile que le décor, "
        "Marseille.",
        [
            (D, ["Tout est vrai, sauf les faits."], "Aïssatou Mbaye-Lefort"),
            (
                D,
                [
                    "J'ai lu les vingt premières pages debout dans le couloir. Le soir même, "
                    "j'appelais l'auteure, ce que je ne fais jamais.",
                    "En vingt ans de métier, je n'avais jamais lu un premier chapitre pareil",
                ],
                "Claire Dumont-Ferrand",
            ),
        ],
    ),
    (  # 4 factory picket: "a annoncé la suppression de" (noun object, not annotated); partial
        # "qualifie le plan de"; "dit-il" after a second man ("À côté de lui" names the first);
        # "M. Surname" partial "parle d'une"; unnamed spokesman who says nothing
        "Devant les grilles de l'usine Ferlac de Montbrison-le-Haut, une centaine de salariés se "
        "relaient depuis lundi autour d'un brasero. La direction a annoncé la semaine dernière la "
        "suppression de 230 postes sur 610, invoquant la concurrence asiatique.\n\n"
        "Jean-Marc Petitjean, délégué de l'Union syndicale de la métallurgie (USM), qualifie le "
        "plan de «\u00a0saignée\u00a0». L'usine a pourtant dégagé 14 millions d'euros de "
        "bénéfices l'an dernier.\n\n"
        "À côté de lui, Mamadou Keïta, 52 ans dont trente à la chaîne, se tait longtemps avant "
        "de parler. «\u00a0Mon fils travaille ici aussi. Si ça ferme, ce sont deux salaires qui "
        "partent d'un coup\u00a0», dit-il doucement.\n\n"
        "Un porte-parole de Ferlac n'a pas souhaité s'exprimer. M. Petitjean, qui a connu un "
        "premier plan social en 2019, parle d'une «\u00a0promesse recyclée\u00a0» lorsque la "
        "direction évoque des reclassements.",
        [
            (P, ["saignée"], "Jean-Marc Petitjean"),
            (
                D,
                [
                    "Mon fils travaille ici aussi. Si ça ferme, ce sont deux salaires qui partent "
                    "d'un coup"
                ],
                "Mamadou Keïta",
            ),
            (P, ["promesse recyclée"], "Jean-Marc Petitjean"),
        ],
    ),
    (  # 5 tribute to a mountain guide, told by relatives: "confie Name" after (brother),
        # "Selon sa fille, Name," (indirect, rest of the sentence), "murmure-t-elle"; the
        # dead man's words reported inside the daughter's quote are not a separate quote
        "Le vallon de Sainte-Agnès est resté silencieux toute la journée de lundi. Lucien "
        "Arrighi, 61 ans, guide de haute montagne depuis 1988, y a trouvé la mort dimanche, lors "
        "d'une course qu'il avait faite des dizaines de fois. Une chute de pierres l'a surpris "
        "dans le couloir nord, en fin de matinée.\n\n"
        "Dans la maison familiale de Valberg, son frère cadet reçoit les visiteurs un à un. "
        "«\u00a0Il connaissait chaque pierre de ce vallon. C'est peut-être pour ça qu'il n'avait "
        "jamais peur\u00a0», confie Paul Arrighi, les yeux rougis.\n\n"
        "Selon sa fille, Marina Arrighi, il avait prévu de raccrocher au printemps pour se "
        "consacrer à ses petits-enfants. «\u00a0Il répétait que c'était sa dernière saison. On "
        "avait fini par ne plus le croire\u00a0», murmure-t-elle.\n\n"
        "Ses obsèques auront lieu jeudi en l'église de Valberg. La Compagnie des guides, qu'il "
        "avait présidée pendant six ans, a suspendu toutes ses sorties jusqu'à la fin de la "
        "semaine.",
        [
            (
                D,
                [
                    "Il connaissait chaque pierre de ce vallon. C'est peut-être pour ça qu'il "
                    "n'avait jamais peur"
                ],
                "Paul Arrighi",
            ),
            (
                I,
                [
                    "il avait prévu de raccrocher au printemps pour se consacrer à ses "
                    "petits-enfants"
                ],
                "Marina Arrighi",
            ),
            (
                D,
                ["Il répétait que c'était sa dernière saison. On avait fini par ne plus le croire"],
                "Marina Arrighi",
            ),
        ],
    ),
    (  # 6 island mayor stepping down: "a confirmé son départ" (noun object, not annotated);
        # interview answer after a question ("Lui demande-t-on … ? « … », répond-il"); partial
        # by a second man introduced by apposition ("Son principal opposant, Name,")
        "Yvon Le Bihan ne se représentera pas. À 74 ans, dont trente-sept à la tête de la mairie "
        "de l'île de Trévaz, 212 habitants l'hiver, il a confirmé mardi son départ devant le "
        "conseil municipal, la voix un peu tremblante. Son successeur sera élu en mars.\n\n"
        "Lui demande-t-on ce dont il est le plus fier\u00a0? «\u00a0D'avoir gardé l'école "
        "ouverte. Quand une île perd son école, elle perd ses familles, et après elle perd "
        "tout\u00a0», répond-il sans hésiter.\n\n"
        "Le bilan n'est pas sans ombres. Son principal opposant, Erwan Caradec, lui reproche une "
        "gestion «\u00a0à l'ancienne, sans transparence\u00a0» et des conseils municipaux "
        "expédiés en vingt minutes.\n\n"
        "M. Le Bihan, lui, a déjà prévu de reprendre son ancien métier de charpentier de marine, "
        "dans l'atelier que son père avait ouvert sur le port en 1951.",
        [
            (
                D,
                [
                    "D'avoir gardé l'école ouverte. Quand une île perd son école, elle perd ses "
                    "familles, et après elle perd tout"
                ],
                "Yvon Le Bihan",
            ),
            (P, ["à l'ancienne, sans transparence"], "Erwan Caradec"),
        ],
    ),
    (  # 7 emergency shelter: "Un porte-parole de la préfecture a assuré que" (unnamed
        # spokesman → organisation); two women, the second quoted with "dit-elle …, traduite
        # par une bénévole" (the translator is not the speaker)
        "Dans le gymnase réquisitionné de la Porte-Verte, à Grenelle-sur-Orne, les lits de camp "
        "sont alignés sur deux rangées. Depuis vendredi, 180 personnes, dont une cinquantaine "
        "d'enfants, y ont été hébergées après l'évacuation d'un campement installé sous une "
        "bretelle d'autoroute. Un porte-parole de la préfecture a assuré que des solutions de "
        "logement durable seraient proposées à chaque famille d'ici à la fin du mois.\n\n"
        "Hélène Marchetti, coordinatrice de l'association Terre d'escale, qui gère le lieu, fait "
        "tourner la maison avec quarante bénévoles. Les dons de couches et de vêtements chauds "
        "pour enfants restent insuffisants.\n\n"
        "Assise sur un lit, Nour al-Khatib, 34 ans, arrivée d'Alep il y a deux ans, berce sa "
        "fille de huit mois. «\u00a0Ici, au moins, il fait chaud. Mais je ne sais pas où nous "
        "dormirons la semaine prochaine\u00a0», dit-elle en arabe, traduite par une bénévole.",
        [
            (
                I,
                [
                    "des solutions de logement durable seraient proposées à chaque famille d'ici "
                    "à la fin du mois"
                ],
                "préfecture",
            ),
            (
                D,
                [
                    "Ici, au moins, il fait chaud. Mais je ne sais pas où nous dormirons la "
                    "semaine prochaine"
                ],
                "Nour al-Khatib",
            ),
        ],
    ),
    (  # 8 young rugby player's portrait: "racontait-il" after; partial "le décrit comme"
        # by the coach (apposition); "D'après elle" for the mother (the "il" inside is the
        # player, the speaker is the mother)
        "Il y a trois ans, Théo Ramanantsoa jouait encore en Fédérale 2, le dimanche, devant "
        "quelques centaines de spectateurs. Samedi, l'ailier de 19 ans de l'US Castelvieil a "
        "inscrit un doublé pour sa première titularisation en Top 14, face au champion en "
        "titre.\n\n"
        "«\u00a0Je n'ai pas eu le temps d'avoir peur. Le match est passé en une seconde\u00a0», "
        "racontait-il dimanche, encore incrédule, à la sortie de l'entraînement de "
        "récupération.\n\n"
        "Son entraîneur, Patrick Fabre-Duval, le décrit comme un joueur «\u00a0qui ne sait pas "
        "encore qu'il est rapide\u00a0». Le technicien compte toutefois le ménager lors des "
        "prochaines rencontres.\n\n"
        "À Antananarivo, où il a grandi jusqu'à ses dix ans, sa mère, Voahangy Ramanantsoa, a "
        "suivi le match en streaming au milieu de la nuit. D'après elle, il dormait déjà avec un "
        "ballon à quatre ans.",
        [
            (
                D,
                ["Je n'ai pas eu le temps d'avoir peur. Le match est passé en une seconde"],
                "Théo Ramanantsoa",
            ),
            (P, ["qui ne sait pas encore qu'il est rapide"], "Patrick Fabre-Duval"),
            (I, ["il dormait déjà avec un ballon à quatre ans"], "Voahangy Ramanantsoa"),
        ],
    ),
    (  # 9 night in an emergency ward: «» without inner spaces in a partial ("qualifie … de
        # «calme»"); two women, "explique-t-elle" after the doctor ("la docteure" dropped);
        # "Selon elle,"; "selon lesquels" and "a annoncé l'ouverture de" traps
        "Il est 23 heures aux urgences du centre hospitalier de Belleroche, et la salle d'attente "
        "ne désemplit pas. Trente-deux patients attendent, certains depuis plus de six heures, sur "
        "des chaises ou des brancards alignés dans le couloir.\n\n"
        "Sandrine Morel-Aït, infirmière depuis quinze ans dans le service, qualifie pourtant la "
        "soirée de «calme», avant d'éclater de rire. Elle a vu pire, beaucoup pire, l'hiver "
        "dernier.\n\n"
        "La médecin de garde, la docteure Fanny Tchakounté, enchaîne les consultations sans pause "
        "depuis 18 heures. «\u00a0Le problème, ce n'est pas l'afflux, c'est l'aval. On n'a pas de "
        "lits pour hospitaliser les gens\u00a0», explique-t-elle entre deux patients. Selon elle, "
        "une dizaine de personnes passeront encore la nuit sur un brancard.\n\n"
        "Le service s'appuie sur des chiffres internes selon lesquels la fréquentation a bondi de "
        "18\u00a0% en deux ans. L'agence régionale de santé a annoncé l'ouverture de vingt lits "
        "supplémentaires en janvier.",
        [
            (P, ["calme"], "Sandrine Morel-Aït"),
            (
                D,
                [
                    "Le problème, ce n'est pas l'afflux, c'est l'aval. On n'a pas de lits pour "
                    "hospitaliser les gens"
                ],
                "Fanny Tchakounté",
            ),
            (
                I,
                ["une dizaine de personnes passeront encore la nuit sur un brancard"],
                "Fanny Tchakounté",
            ),
        ],
    ),
    (  # 10 court report, plain spaces inside « »: "a-t-il affirmé" after; "a requis trois
        # ans" (noun object, not annotated); partial in a participle clause ("dénonçant un");
        # "Pour son avocate, Me Name," with a partial inside (only the partial); two women
        "Dans la petite salle du tribunal correctionnel de Vernois, Grégory Lanvin, 46 ans, se "
        "tient droit, les mains croisées dans le dos. L'ancien gérant d'une agence immobilière "
        "est jugé pour avoir détourné 640 000 euros de dépôts de garantie versés par ses "
        "locataires entre 2019 et 2023.\n\n"
        "« J'ai voulu sauver l'agence, et je me suis enfoncé. Je n'ai jamais rien acheté pour "
        "moi », a-t-il affirmé à la barre, la voix étranglée. Plusieurs de ses anciens "
        "locataires, assis au premier rang, ont secoué la tête.\n\n"
        "La procureure, Isabelle Rannou, a requis trois ans de prison dont dix-huit mois ferme, "
        "dénonçant un « système organisé » et non une simple dérive de gestion. Pour son "
        "avocate, Me Salomé Benabdallah, le prévenu « a déjà tout perdu, y compris sa "
        "famille ».\n\n"
        "Le jugement a été mis en délibéré au 14 janvier.",
        [
            (
                D,
                [
                    "J'ai voulu sauver l'agence, et je me suis enfoncé. Je n'ai jamais rien "
                    "acheté pour moi"
                ],
                "Grégory Lanvin",
            ),
            (P, ["système organisé"], "Isabelle Rannou"),
            (P, ["a déjà tout perdu, y compris sa famille"], "Salomé Benabdallah"),
        ],
    ),
    (  # 11 village school: slogan on a banner in « » (not speech); "Le rectorat a expliqué
        # que"; "selon lesquelles" trap; "a écrit … pour demander un moratoire" (noun object);
        # incise "a-t-elle prévenu" splitting one quote; partial inside "promet que" (only
        # the partial), two women
        "Sur les grilles de l'école de Saint-Méen-des-Bois, une banderole proclame «\u00a0Pas "
        "touche à notre école\u00a0». Depuis l'annonce de la fermeture de l'une des deux classes "
        "à la rentrée prochaine, les parents occupent la cour chaque matin, café et thermos à la "
        "main.\n\n"
        "Le rectorat a expliqué que les effectifs, passés de 41 à 29 élèves en cinq ans, ne "
        "justifiaient plus deux postes d'enseignant. Il s'appuie sur des projections "
        "démographiques selon lesquelles la baisse devrait se poursuivre jusqu'en 2030.\n\n"
        "Aurélie Kowalczyk, mère de deux élèves, a pris la tête d'un collectif de parents. Avec "
        "une seule classe, des enfants de trois ans partageront la salle avec des enfants de dix "
        "ans.\n\n"
        "La maire, Josiane Verdier, a écrit au recteur pour demander un moratoire. «\u00a0Quand "
        "l'école ferme, a-t-elle prévenu, c'est le village entier qui s'éteint.\u00a0» "
        "Mme Kowalczyk, elle, promet que les parents «\u00a0ne lâcheront rien\u00a0».",
        [
            (
                I,
                [
                    "les effectifs, passés de 41 à 29 élèves en cinq ans, ne justifiaient plus "
                    "deux postes d'enseignant"
                ],
                "rectorat",
            ),
            (
                D,
                ["Quand l'école ferme", "c'est le village entier qui s'éteint."],
                "Josiane Verdier",
            ),
            (P, ["ne lâcheront rien"], "Aurélie Kowalczyk"),
        ],
    ),
    (  # 12 trawler back in port, plain spaces: boat name « Ar Vag » not speech; dialogue dash
        # lines with roles alone ("soupire le père", "réplique le fils"), two men with the same
        # surname; "Le comité régional des pêches estime que"
        "Le chalutier « Ar Vag » rentre au port de Kerhuel peu après 6 heures, la cale à moitié "
        "vide. À bord, Jean-Yves Le Floch, 58 ans, et son fils, Mathis Le Floch, 24 ans, "
        "débarquent une centaine de kilos de lieu et de baudroie après trente heures de mer.\n\n"
        "Sur le quai, les caisses passent de main en main.\n"
        "— Il y a vingt ans, on en ramenait le triple, soupire le père.\n"
        "— Il y a vingt ans, le gazole coûtait deux fois moins cher, réplique le fils sans lever "
        "les yeux.\n\n"
        "Le comité régional des pêches estime que près d'un bateau sur cinq pourrait désarmer "
        "d'ici deux ans dans le département. Mathis, lui, n'envisage pas d'autre métier. Il a "
        "racheté cette année un tiers des parts du chalutier.",
        [
            (D, ["Il y a vingt ans, on en ramenait le triple"], "Jean-Yves Le Floch"),
            (D, ["Il y a vingt ans, le gazole coûtait deux fois moins cher"], "Mathis Le Floch"),
            (
                I,
                ["près d'un bateau sur cinq pourrait désarmer d'ici deux ans dans le département"],
                "comité régional des pêches",
            ),
        ],
    ),
    (  # 13 olive harvest: "calcule l'oléicultrice" (role alone) after a two-sentence quote;
        # "La coopérative du Haut-Var … a annoncé qu'elle"; "Son frère, Name, … assure qu'ils"
        # (two men); brand name in « » not speech
        "Sous les oliviers de la colline de Saint-Pons, les filets sont tendus depuis l'aube. Chez "
        "Mireille Santoni, la récolte a commencé avec dix jours d'avance, et elle s'annonce "
        "maigre\u00a0: la sécheresse de l'été a fait tomber une bonne partie des fruits avant "
        "maturité.\n\n"
        "«\u00a0On fera peut-être 40\u00a0% d'une année normale. Peut-être moins\u00a0», calcule "
        "l'oléicultrice, qui exploite 1\u00a0200 arbres hérités de son grand-père. La coopérative "
        "du Haut-Var, où elle apporte ses olives, a annoncé qu'elle relèverait de 15\u00a0% le "
        "prix payé aux producteurs.\n\n"
        "Sur une échelle, Ionuț Popescu, 41 ans, saisonnier venu de Roumanie pour la sixième "
        "année, peigne les branches avec un petit râteau en plastique. Son frère, Dorin Popescu, "
        "qui travaille à ses côtés, assure qu'ils reviendront l'an prochain. La paie, elle, a "
        "baissé avec la récolte.\n\n"
        "Le moulin de Saint-Pons commencera à presser la semaine prochaine. L'huile nouvelle, "
        "vendue sous l'étiquette «\u00a0Or de Saint-Pons\u00a0», devrait dépasser les 25 euros "
        "le litre.",
        [
            (
                D,
                ["On fera peut-être 40\u00a0% d'une année normale. Peut-être moins"],
                "Mireille Santoni",
            ),
            (
                I,
                ["elle relèverait de 15\u00a0% le prix payé aux producteurs"],
                "coopérative du Haut-Var",
            ),
            (I, ["ils reviendront l'an prochain"], "Dorin Popescu"),
        ],
    ),
    (  # 14 festival of lights: "D'après la préfecture," (indirect); work title « Marées » not
        # speech; "explique l'artiste" (role alone); partial inside "reconnaît avoir"; "a
        # promis des sens de circulation" (noun object, not annotated)
        "Il fallait jouer des coudes, samedi soir, sur le parvis de la cathédrale de Valmonde, où "
        "près de 60\u00a0000 personnes se sont pressées pour l'ouverture de la Fête des lumières. "
        "D'après la préfecture, la fréquentation a dépassé de près d'un tiers celle de l'an "
        "dernier.\n\n"
        "Sur la façade, l'œuvre «\u00a0Marées\u00a0» de la plasticienne Ji-woo Park-Lemaire fait "
        "onduler des vagues de lumière bleue sur les statues du portail. «\u00a0Je voulais que la "
        "pierre ait l'air de respirer\u00a0», explique l'artiste, installée depuis quinze ans à "
        "Valmonde. Elle reconnaît avoir «\u00a0passé trois nuits blanches\u00a0» à régler les "
        "projecteurs.\n\n"
        "Dans la foule, compacte, des familles renoncent et rebroussent chemin. L'adjoint à la "
        "culture, Raphaël Ouédraogo, a promis des sens de circulation dès dimanche soir.",
        [
            (
                I,
                ["la fréquentation a dépassé de près d'un tiers celle de l'an dernier"],
                "préfecture",
            ),
            (D, ["Je voulais que la pierre ait l'air de respirer"], "Ji-woo Park-Lemaire"),
            (P, ["passé trois nuits blanches"], "Ji-woo Park-Lemaire"),
        ],
    ),
    (  # 15 glaciologist back from Antarctica, interview answers: question then "« … »,
        # répond-elle"; "Selon elle,"; title+surname question then an answer with no
        # attribution, and a second one after "Elle marque une pause."
        "De retour de quatre mois sur la base antarctique de Cap-Vérité, la glaciologue Emi "
        "Nakamura-Lebrun a encore le visage marqué par le soleil polaire. Son équipe a extrait "
        "une carotte de glace de 1\u00a0100 mètres, qui pourrait remonter à 400\u00a0000 ans.\n\n"
        "Que retient-elle de la mission\u00a0? «\u00a0Le silence. Là-bas, on entend son propre "
        "sang battre dans ses oreilles\u00a0», répond-elle. Selon elle, le plus dur a été le froid "
        "du mois d'août, à moins 68 degrés, quand même l'huile des moteurs gelait.\n\n"
        "Les échantillons sont arrivés au Havre la semaine dernière, dans des conteneurs "
        "réfrigérés à moins 50 degrés. Les premiers résultats sont attendus dans deux ans.\n\n"
        "Mme Nakamura-Lebrun repartira-t-elle\u00a0? «\u00a0Demain, si on me le propose.\u00a0» "
        "Elle marque une pause. «\u00a0Mes enfants, eux, ont un autre avis.\u00a0»",
        [
            (
                D,
                ["Le silence. Là-bas, on entend son propre sang battre dans ses oreilles"],
                "Emi Nakamura-Lebrun",
            ),
            (
                I,
                [
                    "le plus dur a été le froid du mois d'août, à moins 68 degrés, quand même "
                    "l'huile des moteurs gelait"
                ],
                "Emi Nakamura-Lebrun",
            ),
            (D, ["Demain, si on me le propose."], "Emi Nakamura-Lebrun"),
            (D, ["Mes enfants, eux, ont un autre avis."], "Emi Nakamura-Lebrun"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 ferry skipper's portrait: three-sentence direct + "she said" after; two women,
        # the deckhand introduced by apposition then "Balogun said," splitting one quote
        # (two pieces); partial "calls the new vessel" by surname only
        "Morag Lindqvist has crossed the Sound of Carrick more than 30,000 times. On Friday, the "
        "64-year-old skipper of the MV Saint Brendan will make the twelve-minute trip for the "
        "last time, before the route is handed over to a new battery-powered ferry built in "
        "Norway.\n\n"
        "\"People think it's the same crossing every day. It never is. The water is different, "
        'the light is different, the passengers are different," she said, one hand on the '
        "wheel, as the boat nosed out of Carrick harbour into a grey swell.\n\n"
        "Her deckhand of eleven years, Aisha Balogun, has seen her sail through gales that kept "
        'every other boat on the coast in port. "She came in with a broken wrist once," '
        'Balogun said, "and we had to stop her from tying the ropes herself."\n\n'
        'Lindqvist calls the new vessel "a fine boat with no soul". She plans to spend her '
        "retirement on her allotment, within sight of the slipway.",
        [
            (
                D,
                [
                    "People think it's the same crossing every day. It never is. The water is "
                    "different, the light is different, the passengers are different"
                ],
                "Morag Lindqvist",
            ),
            (
                D,
                [
                    "She came in with a broken wrist once",
                    "and we had to stop her from tying the ropes herself.",
                ],
                "Aisha Balogun",
            ),
            (P, ["a fine boat with no soul"], "Morag Lindqvist"),
        ],
    ),
    (  # 2 wildfire evacuation centre, several voices: two men each quoted with "he said"
        # (nearest man); "A spokeswoman for X, which runs the shelter, said … had been
        # "overwhelming"" (partial inside reported speech, organisation speaker)
        "By mid-afternoon on Sunday, the sports hall at Pinecrest High School had become a small "
        "town of camp beds, pet carriers and phone chargers. More than 400 people have been "
        "evacuated from the hills above Marlow Springs since the fire jumped the highway on "
        "Saturday night. It had burned 3,200 hectares by Sunday evening.\n\n"
        "Tom Okonkwo-Hale, 58, left with his dog, his passport and a shoebox of family "
        "photographs. \"You could see the glow over the ridge. I didn't wait for the knock on "
        'the door," he said.\n\n'
        "His neighbour Ray Delacroix, who stayed behind until police ordered him out, was less "
        "composed. \"I don't know if I've got a house tonight,\" he said quietly, scrolling "
        "through a neighbourhood group on his phone.\n\n"
        "A spokeswoman for Harbour Relief, which runs the shelter, said donations of bedding had "
        'been "overwhelming". Volunteers were handing out blankets and hot soup well into the '
        "night.",
        [
            (
                D,
                ["You could see the glow over the ridge. I didn't wait for the knock on the door"],
                "Tom Okonkwo-Hale",
            ),
            (D, ["I don't know if I've got a house tonight"], "Ray Delacroix"),
            (P, ["overwhelming"], "Harbour Relief"),
        ],
    ),
    (  # 3 71-year-old marathon runner: "Surname said" after a two-sentence quote; his
        # daughter (same surname) quoted "she said." then an unattributed second sentence in
        # new marks (two direct quotes, both hers)
        "Hiroshi Tanabe-Clarke took up running at 58, after a heart scare and a stern warning "
        "from his doctor. On Sunday, at 71, he finished the Lakeport Marathon in 3 hours 19 "
        "minutes, a time that would be a national record for his age group if it is ratified."
        "\n\n"
        '"I was never sporty. At school I was the boy who hid in the library," Tanabe-Clarke '
        "said at his home in Ashby, the medal still hanging from a kitchen cupboard. He now runs "
        "70 kilometres a week, mostly before dawn.\n\n"
        "His daughter, Emma Tanabe-Clarke, was waiting at the finish line with her two children. "
        '"We thought he\'d gone mad," she said. "Now none of us can keep up with him."\n\n'
        "He is already entered for the Boston Marathon in April.",
        [
            (
                D,
                ["I was never sporty. At school I was the boy who hid in the library"],
                "Hiroshi Tanabe-Clarke",
            ),
            (D, ["We thought he'd gone mad"], "Emma Tanabe-Clarke"),
            (D, ["Now none of us can keep up with him."], "Emma Tanabe-Clarke"),
        ],
    ),
    (  # 4 inquest: "The mother of a cyclist … told an inquest … that" (named only in the
        # next paragraph); partial "described it as"; "she said" after a quote opening a
        # paragraph; the coroner "recorded a conclusion" (not speech)
        "The mother of a cyclist killed at a notorious junction in Westbridge told an inquest on "
        "Tuesday that she had written to the council about its dangers three times before his "
        "death.\n\n"
        "Daniel Pryce, 27, was hit by a lorry turning left at the Fenwick Road crossing in March. "
        'Gwen Pryce, who lives two streets from the junction, described it as "an accident '
        'waiting to happen".\n\n'
        '"I used to stand at my window and count the near misses. I stopped at forty," she '
        "said, holding a photograph of her son in his cycling club jersey.\n\n"
        "The senior coroner, Dr Helen Marsh-Adebayo, recorded a conclusion of road traffic "
        "collision. Westbridge Council has since installed a separate signal phase for cyclists "
        "at the junction, and a petition for a second one further along Fenwick Road has "
        "gathered 4,000 signatures.",
        [
            (
                I,
                ["she had written to the council about its dangers three times before his death"],
                "Gwen Pryce",
            ),
            (P, ["an accident waiting to happen"], "Gwen Pryce"),
            (
                D,
                ["I used to stand at my window and count the near misses. I stopped at forty"],
                "Gwen Pryce",
            ),
        ],
    ),
    (  # 5 new mayor, interview answers: "In an interview …, she said" (indirect, no "that");
        # "Asked whether …, Ms Surname laughed. "…," she said"; two women, partial "called
        # her" by the predecessor introduced by apposition
        "Lucía Ferreira-Quinn was a primary school teacher until last spring. On Thursday she "
        "was sworn in as mayor of Holloway Bay, the first Latina and, at 34, the youngest person "
        "to hold the job in the town's 140-year history.\n\n"
        "In an interview at her new office, still bare except for a borrowed desk and a box of "
        "her pupils' drawings, she said her first priority would be the housing waiting list, "
        "which has grown to 2,300 families.\n\n"
        'Asked whether she felt ready, Ms Ferreira-Quinn laughed. "Nobody is ready. You learn '
        "on the job, like teaching. The difference is that here the children are sixty years "
        'old," she said.\n\n'
        'Her predecessor, Margaret Oduya, who stepped down after two terms, called her "the '
        "hardest-working candidate I have ever seen\". Oduya will stay on the council's housing "
        "committee until the spring.",
        [
            (
                I,
                [
                    "her first priority would be the housing waiting list, which has grown to "
                    "2,300 families"
                ],
                "Lucía Ferreira-Quinn",
            ),
            (
                D,
                [
                    "Nobody is ready. You learn on the job, like teaching. The difference is that "
                    "here the children are sixty years old"
                ],
                "Lucía Ferreira-Quinn",
            ),
            (P, ["the hardest-working candidate I have ever seen"], "Margaret Oduya"),
        ],
    ),
    (  # 6 night market: direct + "said Name, 63," after; father and son with the same
        # surname, the son's "He said" (indirect) then "he added with a grin," splitting one
        # quote (two pieces)
        "Every evening at six, the car park behind Jalan Cempaka fills with trestle tables, gas "
        "burners and strings of bulbs. For 38 years the Cempaka night market has fed this corner "
        "of Port Anwar. In January it is due to move to a purpose-built hall two kilometres "
        "away.\n\n"
        '"They want to put us in a building with air conditioning. Char kway teow does not taste '
        'right with air conditioning," said Lim Boon Keat, 63, stirring a wok over a roaring '
        "flame.\n\n"
        "His son, Lim Wei Jie, who runs the stall's social media accounts, is more pragmatic. He "
        'said the new hall would at least have running water and proper drains. "My father will '
        'complain for a month," he added with a grin, "and then he will complain about '
        'something else."\n\n'
        "Rents at the new site will be frozen for two years under the city council's plan.",
        [
            (
                D,
                [
                    "They want to put us in a building with air conditioning. Char kway teow does "
                    "not taste right with air conditioning"
                ],
                "Lim Boon Keat",
            ),
            (
                I,
                ["the new hall would at least have running water and proper drains"],
                "Lim Wei Jie",
            ),
            (
                D,
                [
                    "My father will complain for a month",
                    "and then he will complain about something else.",
                ],
                "Lim Wei Jie",
            ),
        ],
    ),
    (  # 7 jazz pianist's portrait: nickname "the Duchess" and album title in quotes (not
        # speech); nephew's partial inside "said she still insists …" (only the partial); an
        # interview answer with no attribution after "Asked about retirement, she shook her
        # head."
        'They have called Abena Mensah-Whitfield "the Duchess" since 1968, when a Chicago '
        "critic used the word for the way she walked on stage. At 80, the pianist still plays two "
        "sets every Thursday at the Blue Lantern in Marsden, and the room is still full.\n\n"
        "Her nephew, Kwame Mensah, who drives her to the club each week, said she still insists "
        'on choosing the set list herself "five minutes before we go on". The club\'s owner, '
        "Victor Halloran, has hung her photograph above the bar. Tickets for her Thursday sets "
        "sell out within an hour of going on sale.\n\n"
        'Mensah-Whitfield has recorded 23 albums, the best known of which, "Harbour Lights", '
        'sold more than a million copies. Asked about retirement, she shook her head. "When my '
        "hands stop, I stop. They haven't stopped.\"",
        [
            (P, ["five minutes before we go on"], "Kwame Mensah"),
            (
                D,
                ["When my hands stop, I stop. They haven't stopped."],
                "Abena Mensah-Whitfield",
            ),
        ],
    ),
    (  # 8 smelter closure: company partial inside "said in a statement that" (only the
        # partial); "According to the latest census figures" (not a source); direct + "he
        # said"; "union organiser Name called the closure" (partial, role before the name)
        "The whistle at the Brennan Copper smelter in Kessock sounded for the last time on "
        "Friday afternoon, ending 112 years of metal-making in a town that grew up around the "
        "works. About 540 workers lost their jobs.\n\n"
        "Brennan Copper said in a statement that rising energy costs had made the plant "
        '"unviable". According to the latest census figures, one in four households in Kessock '
        "has at least one member employed at the smelter or by one of its suppliers.\n\n"
        "Outside the gates, Gary Whitlock, 49, a furnace operator like his father and grandfather "
        'before him, stood with his hands in his pockets. "This town was built by this place. I '
        "don't know what it is without it,\" he said.\n\n"
        'Standing beside him, union organiser Sean Mulcahy called the closure "a slow murder". '
        "Mr Mulcahy has organised a meeting at the miners' institute on Monday evening.",
        [
            (P, ["unviable"], "Brennan Copper"),
            (
                D,
                ["This town was built by this place. I don't know what it is without it"],
                "Gary Whitlock",
            ),
            (P, ["a slow murder"], "Sean Mulcahy"),
        ],
    ),
    (  # 9 school for deaf children: direct + "Surname said" after; two women, the
        # headteacher by apposition with "said the cut would" (indirect) then "She described
        # the decision as" (partial, pronoun)
        "In the classroom at St Aldric's School for the Deaf, nobody raises their voice, but "
        "nobody is quiet either. Twelve children sign across the tables at once while their "
        "teacher, Joanna Wiśniewska, moves between them, correcting a hand shape here, a facial "
        "expression there.\n\n"
        "\"People imagine a silent room. It's the opposite. It's the noisiest room in the "
        'building, just with hands," Wiśniewska said, signing as she spoke.\n\n'
        "The school, one of only four of its kind in the region, faces a 20% cut in its budget "
        "next year. Its headteacher, Ruth Abernathy-Singh, said the cut would mean losing two of "
        'its nine specialist teachers. She described the decision as "short-sighted in the most '
        'literal way".\n\n'
        "The county's budget will be voted on in February, and parents have organised a march to "
        "the council offices for the end of January.",
        [
            (
                D,
                [
                    "People imagine a silent room. It's the opposite. It's the noisiest room in "
                    "the building, just with hands"
                ],
                "Joanna Wiśniewska",
            ),
            (
                I,
                ["the cut would mean losing two of its nine specialist teachers"],
                "Ruth Abernathy-Singh",
            ),
            (P, ["short-sighted in the most literal way"], "Ruth Abernathy-Singh"),
        ],
    ),
    (  # 10 hiker found alive, told through his sister: indirect with the cue after ("…,
        # Highland Mountain Rescue said"); "His sister, Name, said"; "she said" after a quote
        # that itself reports the hiker's words (not a separate quote)
        "A hiker missing for four days in the Glasscairn hills was found alive on Wednesday "
        "morning, cold and dehydrated but able to walk to the rescue helicopter, Highland "
        "Mountain Rescue said.\n\n"
        "Callum Reyes, 34, an experienced walker from Dundee, had set out on Saturday for what "
        "should have been a six-hour loop. His sister, Ana Reyes, said he had sheltered under a "
        "rock overhang after twisting his ankle on the first evening.\n\n"
        '"He rationed two cereal bars over four days. He told me the worst part was hearing the '
        "helicopters and knowing they couldn't see him,\" she said after visiting him at St "
        "Columba's Hospital in Inverness.\n\n"
        "Reyes had not told anyone his exact route. Walkers are advised to leave details of "
        "their plans with friends or family before setting out.",
        [
            (
                I,
                [
                    "A hiker missing for four days in the Glasscairn hills was found alive on "
                    "Wednesday morning, cold and dehydrated but able to walk to the rescue "
                    "helicopter"
                ],
                "Highland Mountain Rescue",
            ),
            (
                I,
                [
                    "he had sheltered under a rock overhang after twisting his ankle on the first "
                    "evening"
                ],
                "Ana Reyes",
            ),
            (
                D,
                [
                    "He rationed two cereal bars over four days. He told me the worst part was "
                    "hearing the helicopters and knowing they couldn't see him"
                ],
                "Ana Reyes",
            ),
        ],
    ),
    (  # 11 11-year-old chess champion: "she said" after; father by apposition with "said"
        # (indirect, no "that"); coach by apposition then "he said" (two men)
        "Pia Raghunathan was nine when she beat her first grandmaster, in a blitz game at a "
        "Leicester library. On Sunday, two weeks after her eleventh birthday, she became the "
        "youngest player ever to win the national women's championship.\n\n"
        '"I wasn\'t nervous. Chess is just a puzzle, and I like puzzles," she said, swinging her '
        "legs under the table in the tournament hall.\n\n"
        "Her father, Suresh Raghunathan, a software engineer, said the family had never pushed "
        "her. Her coach, Borislav Ivanov, a former Bulgarian champion, sees it the same way. "
        '"She pushes herself. My job is mostly to tell her to go to bed," he said.\n\n'
        "She learned the moves at five from her grandmother in Chennai. She plays next in the "
        "junior world championship in Montevideo in February.",
        [
            (
                D,
                ["I wasn't nervous. Chess is just a puzzle, and I like puzzles"],
                "Pia Raghunathan",
            ),
            (I, ["the family had never pushed her"], "Suresh Raghunathan"),
            (
                D,
                ["She pushes herself. My job is mostly to tell her to go to bed"],
                "Borislav Ivanov",
            ),
        ],
    ),
    (  # 12 volunteer-run cinema reopens: direct with fragments + "said Name, who …"; partial
        # "He calls the machine" (particle el-); "Surname said" indirect later
        "For eleven years the Regal in Ballymorrow stood dark, its marquee still advertising a "
        "film from 2014. On Saturday night it reopened with a sold-out screening, run entirely "
        "by volunteers who raised €380,000 to buy and restore the building.\n\n"
        '"We had people queuing round the block in the rain. In Ballymorrow. In November," '
        "said Deirdre O'Callaghan, who chairs the community trust that now owns the cinema.\n\n"
        "Up in the projection booth, Ahmed el-Sayed, a retired electrician, taught himself to "
        "run the restored 35mm projector by watching hours of online videos. He calls the machine "
        '"temperamental, like an old car".\n\n'
        "The trust plans to show films four nights a week. O'Callaghan said the biggest challenge "
        "now would be heating the auditorium through the winter.",
        [
            (
                D,
                ["We had people queuing round the block in the rain. In Ballymorrow. In November"],
                "Deirdre O'Callaghan",
            ),
            (P, ["temperamental, like an old car"], "Ahmed el-Sayed"),
            (
                I,
                ["the biggest challenge now would be heating the auditorium through the winter"],
                "Deirdre O'Callaghan",
            ),
        ],
    ),
    (  # 13 rooftop beekeeper: a quote over two paragraphs (one span each) closed by "he
        # said"; a second man by apposition "said" (indirect); honey brand in quotes (not
        # speech); partial "which he called" by surname
        "Eleven floors above the traffic of Queen's Parade, Tomasz Nowicki-Grant lifts the lid of "
        "a hive and a low hum rises into the cold air. The 44-year-old former bank clerk now "
        "looks after 36 colonies on the roofs of hotels, offices and a hospital across the city "
        "centre.\n\n"
        '"The city is actually a very good place for bees. There are fewer pesticides than in '
        "the countryside, and something is always flowering in somebody's garden.\n\n"
        '"People think bees need meadows. What they need is variety," he said.\n\n'
        "Nowicki-Grant started with a single hive on his own balcony in 2017, after losing his "
        "job. Rafael Ortega, the general manager of the Carlton Quay Hotel, which hosts six of "
        "the hives, said guests regularly ask to visit them. The hotel sells the honey in its "
        'lobby under the name "Quay Gold".\n\n'
        'Nowicki-Grant is wary of the fashion for urban beekeeping, which he called "a bit of a '
        'bubble".',
        [
            (
                D,
                [
                    "The city is actually a very good place for bees. There are fewer pesticides "
                    "than in the countryside, and something is always flowering in somebody's "
                    "garden.",
                    "People think bees need meadows. What they need is variety",
                ],
                "Tomasz Nowicki-Grant",
            ),
            (I, ["guests regularly ask to visit them"], "Rafael Ortega"),
            (P, ["a bit of a bubble"], "Tomasz Nowicki-Grant"),
        ],
    ),
    (  # 14 100th birthday: three women; "she told the Reading Courier"; granddaughter by
        # apposition then "she said" (nearest woman); care-home manager partial "described
        # her as"
        "Edith Aboagye was born in Kumasi in 1926, trained as a midwife in London in the 1950s "
        "and delivered more than 2,000 babies in a career that lasted four decades. On Saturday "
        "she celebrated her 100th birthday at the Elmfield care home in Reading with three "
        "generations of her family.\n\n"
        '"I don\'t know how I got here. I just kept waking up every morning," she told the '
        "Reading Courier, to laughter from around the room.\n\n"
        "Her granddaughter, Naomi Aboagye-Price, remembers walking through the town centre with "
        'her as a child. "People would stop her in the supermarket to thank her. She always '
        "remembered their mothers' names,\" she said.\n\n"
        "The home's manager, Sharon Whitley, described her as \"the sharpest person in the "
        'building, staff included". A card from the King arrived on Friday and is already '
        "framed.",
        [
            (
                D,
                ["I don't know how I got here. I just kept waking up every morning"],
                "Edith Aboagye",
            ),
            (
                D,
                [
                    "People would stop her in the supermarket to thank her. She always "
                    "remembered their mothers' names"
                ],
                "Naomi Aboagye-Price",
            ),
            (P, ["the sharpest person in the building, staff included"], "Sharon Whitley"),
        ],
    ),
    (  # 15 cold snap, curly quotes: "Northgrid, the regional electricity company, said"
        # (indirect, no "that"); direct + "she said"; second woman by apposition, then
        # "Petrenko called … “a disgrace” and said" (partial + indirect)
        "For a third night, thousands of homes on the Birchfield estate went without heating on "
        "Monday as temperatures fell to minus 14C. Northgrid, the regional electricity company, "
        "said a damaged substation would not be repaired before Wednesday.\n\n"
        "Fatima Zahra Benali, 72, has moved into her kitchen, the only room she can keep warm. "
        "“I sleep in my coat. I have not been this cold since I was a child in the Atlas "
        "mountains,” she said.\n\n"
        "Her upstairs neighbour, Olga Petrenko, a nurse, has been checking on her twice a day. "
        "Petrenko called Northgrid’s response “a disgrace” and said several elderly residents on "
        "the estate had no family nearby.\n\n"
        "Emergency warming centres have opened in two schools and in the Birchfield community "
        "hall, where volunteers are serving hot meals until midnight.",
        [
            (I, ["a damaged substation would not be repaired before Wednesday"], "Northgrid"),
            (
                D,
                [
                    "I sleep in my coat. I have not been this cold since I was a child in the "
                    "Atlas mountains"
                ],
                "Fatima Zahra Benali",
            ),
            (P, ["a disgrace"], "Olga Petrenko"),
            (
                I,
                ["several elderly residents on the estate had no family nearby"],
                "Olga Petrenko",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout88.jsonl"),
        "heldout88",
        "h88",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
