"""Source of the thirty-second held-out set: writes heldout32.jsonl (split "heldout32").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like crime, justice and international-affairs copy (trials, police
investigations, wars and ceasefires, humanitarian agencies, diplomats) as published by French
and English-language newspapers and wire services.
Measured once before (extractor 0.3.0) and once after extractors 0.15.0 and 0.16.0
(docs/EXTRACTION.md); not read when 0.16.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout32.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-29"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 assizes: avocate générale then "la magistrate"; defence lawyer, "-t-il"
        "Douai — L'avocate générale, Pascale Ordener-Vial, a requis vendredi trente ans de "
        "réclusion criminelle contre Karim Belhadri, 41 ans, jugé depuis deux semaines par la "
        "cour d'assises du Nord pour le meurtre d'un bijoutier de Valenciennes, en mars 2024.\n\n"
        "«\u00a0L'accusé n'a jamais exprimé le moindre regret. Il a menti aux enquêteurs, il a "
        "menti à sa famille, et il vous ment encore aujourd'hui\u00a0», a lancé la magistrate "
        "aux jurés au terme d'un réquisitoire de près de trois heures. Elle a également demandé "
        "une période de sûreté des deux tiers.\n\n"
        "Son avocat, Me Thibault Garnier-Lacombe, a plaidé l'acquittement dans l'après-midi, "
        "pointant l'absence de traces ADN sur la scène du crime et les contradictions du "
        "principal témoin de l'accusation.\n\n"
        "«\u00a0Il n'y a ni ADN, ni aveu, ni témoin fiable. Il n'y a qu'une intime conviction, "
        "et une conviction ne fait pas une preuve\u00a0», a-t-il lancé, avant de se tourner "
        "vers son client, resté impassible pendant toute l'audience.\n\n"
        "Le verdict est attendu mardi.",
        [
            (
                D,
                [
                    "L'accusé n'a jamais exprimé le moindre regret. Il a menti aux enquêteurs, "
                    "il a menti à sa famille, et il vous ment encore aujourd'hui"
                ],
                "Pascale Ordener-Vial",
            ),
            (
                D,
                [
                    "Il n'y a ni ADN, ni aveu, ni témoin fiable. Il n'y a qu'une intime "
                    "conviction, et une conviction ne fait pas une preuve"
                ],
                "Thibault Garnier-Lacombe",
            ),
        ],
    ),
    (  # 2 shooting: procureur, "-t-il"; "Selon une source proche du dossier"
        "Marseille — Deux hommes de 23 et 27 ans ont été mis en examen et écroués samedi après "
        "la mort par balles d'un adolescent de 17 ans, mercredi soir, au pied d'une tour du "
        "quartier des Aygalades.\n\n"
        "Les deux suspects ont été interpellés jeudi à l'aube dans un appartement de Vitrolles, "
        "où les enquêteurs ont saisi un fusil d'assaut et 12 000 euros en liquide. Le procureur "
        "de la République de Marseille, Laurent Vasseur-Delmas, s'est toutefois montré prudent "
        "sur le mobile. « Rien, à ce stade, ne permet d'affirmer que la victime était impliquée "
        "dans le trafic de stupéfiants », a-t-il souligné lors d'une conférence de presse.\n\n"
        "Selon une source proche du dossier, le jeune homme, élève en première dans un lycée "
        "professionnel, aurait été pris pour cible par erreur alors qu'il rentrait d'un "
        "entraînement de football.\n\n"
        "Une marche blanche doit partir dimanche matin du stade où il jouait depuis l'âge de "
        "huit ans. Depuis janvier, neuf personnes ont été tuées par balles dans la ville.",
        [
            (
                D,
                [
                    "Rien, à ce stade, ne permet d'affirmer que la victime était impliquée dans "
                    "le trafic de stupéfiants"
                ],
                "Laurent Vasseur-Delmas",
            ),
            (
                I,
                [
                    "le jeune homme, élève en première dans un lycée professionnel, aurait été "
                    "pris pour cible par erreur alors qu'il rentrait d'un entraînement de football"
                ],
                "source proche du dossier",
            ),
        ],
    ),
    (  # 3 ceasefire: ministry "a affirmé que", colon + quote, UN envoy "-t-elle", \u202f
        "Le cessez-le-feu conclu dimanche entre l'armée du Darvanistan et les rebelles du Front "
        "de libération de l'Est (FLE) semblait globalement tenir mardi, malgré des accusations "
        "mutuelles de violations dans la région de Kesh-Aral.\n\n"
        "Dans un communiqué publié dans la matinée, le ministère darvanistanais de la Défense a "
        "affirmé que les rebelles avaient tiré une quarantaine d'obus sur des positions "
        "gouvernementales dans la nuit de lundi à mardi, sans faire de victimes.\n\n"
        "Le porte-parole du FLE, Idris Kalmane, a démenti toute attaque\u202f: «\u202fNos "
        "combattants respectent la trêve. Ce sont les drones de l'armée qui survolent nos "
        "lignes depuis samedi.\u202f»\n\n"
        "L'envoyée spéciale des Nations unies pour la région, la Norvégienne Ingrid "
        "Solheim-Aas, a appelé les deux camps à la retenue. Une mission d'observation de "
        "trente personnes doit être déployée d'ici à la fin du mois le long de la ligne de "
        "front. «\u202fLa fenêtre est étroite, mais elle existe\u202f», a-t-elle déclaré à la "
        "presse à l'issue d'une réunion avec les deux délégations.",
        [
            (
                I,
                [
                    "les rebelles avaient tiré une quarantaine d'obus sur des positions "
                    "gouvernementales dans la nuit de lundi à mardi, sans faire de victimes"
                ],
                "ministère darvanistanais de la Défense",
            ),
            (
                D,
                [
                    "Nos combattants respectent la trêve. Ce sont les drones de l'armée qui "
                    "survolent nos lignes depuis samedi."
                ],
                "Idris Kalmane",
            ),
            (D, ["La fenêtre est étroite, mais elle existe"], "Ingrid Solheim-Aas"),
        ],
    ),
    (  # 4 refugees: "selon" an agency at the end, its spokeswoman, NGO partial; no spaces
        "Genève — Plus de 60 000 personnes ont fui en une semaine les combats autour de "
        "Marouba, dans l'est du Koyandé, selon l'Agence panafricaine pour les réfugiés (APR).\n\n"
        "«Les camps de Dalou et de Siné étaient déjà saturés avant cet afflux. Nous manquons "
        "d'eau, de tentes et de personnel médical», a expliqué mardi sa porte-parole, Maëlle "
        "Quintin-Rossi, lors d'un point de presse. Près de la moitié des déplacés sont des "
        "enfants de moins de 15 ans, et beaucoup arrivent seuls après plusieurs jours de "
        "marche.\n\n"
        "L'ONG Médecins des Deux Rives, présente à Dalou depuis 2022, a dit craindre «une "
        "épidémie de choléra dans les prochaines semaines» si l'accès à l'eau potable n'était "
        "pas rétabli rapidement. Ses équipes ont déjà recensé 140 cas de diarrhée aiguë.\n\n"
        "L'APR a lancé un appel de fonds de 85 millions de dollars, financé à ce jour à "
        "hauteur de 12 %.",
        [
            (
                I,
                [
                    "Plus de 60 000 personnes ont fui en une semaine les combats autour de "
                    "Marouba, dans l'est du Koyandé"
                ],
                "Agence panafricaine pour les réfugiés",
            ),
            (
                D,
                [
                    "Les camps de Dalou et de Siné étaient déjà saturés avant cet afflux. Nous "
                    "manquons d'eau, de tentes et de personnel médical"
                ],
                "Maëlle Quintin-Rossi",
            ),
            (
                P,
                ["une épidémie de choléra dans les prochaines semaines"],
                "Médecins des Deux Rives",
            ),
        ],
    ),
    (  # 5 detained researchers: spokeswoman after the quote, "Selon elle"; \u00a0
        "Le ministère des Affaires étrangères a convoqué mercredi l'ambassadeur du Varnistan à "
        "Paris, après l'arrestation la semaine dernière à Tarsk de deux ressortissants français "
        "accusés d'espionnage.\n\n"
        "«\u00a0Ces accusations sont sans fondement. Nos compatriotes sont des chercheurs, pas "
        "des agents\u00a0», a déclaré la porte-parole du Quai d'Orsay, Hélène Marchal-Dutreuil, "
        "lors de son point de presse hebdomadaire.\n\n"
        "Selon elle, les deux Français, un géographe de 52 ans et une doctorante de 29 ans, "
        "n'ont toujours pas pu recevoir la visite d'un agent consulaire, en violation des "
        "conventions internationales.\n\n"
        "Les autorités varnistanaises n'ont donné aucun détail sur les faits reprochés, et les "
        "familles, reçues mardi au ministère, sont sans nouvelles depuis dix jours. L'affaire "
        "survient alors que les relations entre Paris et Tarsk sont au plus bas depuis "
        "l'expulsion de trois diplomates varnistanais en juin.",
        [
            (
                D,
                [
                    "Ces accusations sont sans fondement. Nos compatriotes sont des chercheurs, "
                    "pas des agents"
                ],
                "Hélène Marchal-Dutreuil",
            ),
            (
                I,
                [
                    "les deux Français, un géographe de 52 ans et une doctorante de 29 ans, "
                    "n'ont toujours pas pu recevoir la visite d'un agent consulaire, en "
                    "violation des conventions internationales"
                ],
                "Hélène Marchal-Dutreuil",
            ),
        ],
    ),
    (  # 6 corruption trial: witness, then an unattributed paragraph continuing her; “ ”
        "Rennes — Au troisième jour du procès de l'ancien maire de Kerlouan-Saint-Méen, "
        "Gérard Poulhès, jugé pour prise illégale d'intérêts et favoritisme devant le tribunal "
        "correctionnel, c'est une ancienne directrice générale des services de la commune qui "
        "est venue à la barre.\n\n"
        "“Le maire décidait de tout, seul. Quand je lui disais qu'un marché devait passer par "
        "un appel d'offres, il me répondait que la commune n'avait pas le temps”, a raconté "
        "Sylvie Kerbrat, 58 ans, d'une voix posée.\n\n"
        "“J'ai fini par écrire au préfet. Je savais que ma carrière dans cette mairie était "
        "terminée.”\n\n"
        "Le prévenu, qui conteste tout enrichissement personnel, a écouté sans broncher. Son "
        "avocate, Me Anne-Laure Vétillard, a estimé que le dossier reposait sur “des rancœurs "
        "de fin de mandat”. Le parquet a requis dix-huit mois d'emprisonnement avec sursis et "
        "cinq ans d'inéligibilité.\n\n"
        "Le jugement a été mis en délibéré au 12 janvier.",
        [
            (
                D,
                [
                    "Le maire décidait de tout, seul. Quand je lui disais qu'un marché devait "
                    "passer par un appel d'offres, il me répondait que la commune n'avait pas "
                    "le temps"
                ],
                "Sylvie Kerbrat",
            ),
            (
                D,
                [
                    "J'ai fini par écrire au préfet. Je savais que ma carrière dans cette "
                    "mairie était terminée."
                ],
                "Sylvie Kerbrat",
            ),
            (P, ["des rancœurs de fin de mandat"], "Anne-Laure Vétillard"),
        ],
    ),
    (  # 7 femicide: "D'après une source" with a partial inside; procureure "-t-elle"; \u202f
        "Besançon — Une femme de 34 ans a été retrouvée morte lundi matin à son domicile de "
        "Villers-la-Combe, un village de 900 habitants du Doubs. Son compagnon, âgé de 38 ans, "
        "a été placé en garde à vue dans la soirée.\n\n"
        "D'après une source proche de l'enquête, la victime présentait «\u202fde multiples "
        "traces de coups\u202f» et avait déposé plainte contre lui à deux reprises en 2025.\n\n"
        "La procureure de la République de Besançon, Delphine Arnoux-Payet, a confirmé mardi "
        "l'existence de ces plaintes, toutes deux classées sans suite. «\u202fIl faudra "
        "comprendre pourquoi ces signalements n'ont pas débouché sur une mesure de protection. "
        "Je n'éluderai aucune question\u202f», a-t-elle déclaré devant la presse.\n\n"
        "Une marche blanche doit être organisée samedi à l'appel de la municipalité. Depuis "
        "le début de l'année, 97 femmes ont été tuées par leur conjoint ou leur ex-conjoint "
        "en France.",
        [
            (P, ["de multiples traces de coups"], "source proche de l'enquête"),
            (
                D,
                [
                    "Il faudra comprendre pourquoi ces signalements n'ont pas débouché sur une "
                    "mesure de protection. Je n'éluderai aucune question"
                ],
                "Delphine Arnoux-Payet",
            ),
        ],
    ),
    (  # 8 prisoner exchange: "a annoncé que", mediator partial, quote split by "M. X" incise
        "Quarante-deux prisonniers ont été échangés samedi entre la Kaldavie et les "
        "séparatistes de la république autoproclamée d'Ostrava-Nord, lors d'une opération de "
        "plusieurs heures à un poste-frontière de la région de Lemsk.\n\n"
        "Le président kaldave, Viktor Harmanec, a annoncé dans la soirée que tous les soldats "
        "libérés avaient été transférés vers un hôpital militaire de la capitale pour des "
        "examens médicaux. « Chaque homme rentré chez lui est une victoire. Mais des centaines "
        "d'autres attendent encore », a-t-il écrit sur les réseaux sociaux.\n\n"
        "L'échange s'est déroulé sous l'égide du Comité international de médiation (CIM), une "
        "organisation basée à Lausanne. Le chef de sa délégation, Matthias Kübler-Rey, a salué "
        "un « pas important » vers un accord plus large sur les détenus.\n\n"
        "« Nous sommes prêts à poursuivre, a assuré M. Kübler-Rey, à condition que les deux "
        "parties nous garantissent l'accès à tous les lieux de détention. »\n\n"
        "Les deux camps détiendraient encore plus de 1 500 prisonniers.",
        [
            (
                I,
                [
                    "tous les soldats libérés avaient été transférés vers un hôpital militaire "
                    "de la capitale pour des examens médicaux"
                ],
                "Viktor Harmanec",
            ),
            (
                D,
                [
                    "Chaque homme rentré chez lui est une victoire. Mais des centaines d'autres "
                    "attendent encore"
                ],
                "Viktor Harmanec",
            ),
            (P, ["pas important"], "Matthias Kübler-Rey"),
            (
                D,
                [
                    "Nous sommes prêts à poursuivre",
                    "à condition que les deux parties nous garantissent l'accès à tous les lieux "
                    "de détention.",
                ],
                "Matthias Kübler-Rey",
            ),
        ],
    ),
    (  # 9 terror trial: quote opening the article, "C'est par ces mots que"; "Pour X, « »"
        "Paris — «\u00a0Je pense à eux chaque matin en ouvrant les yeux.\u00a0» C'est par ces "
        "mots que Camille Restout, 31 ans, a commencé mardi son témoignage devant la cour "
        "d'assises spécialement composée de Paris, qui juge depuis septembre huit hommes pour "
        "leur rôle dans l'attentat du marché de Noël de Valmaure, en décembre 2023.\n\n"
        "La jeune femme, grièvement blessée ce soir-là, a raconté pendant près d'une heure la "
        "nuit passée à chercher son compagnon, mort dans l'attaque, d'hôpital en hôpital, "
        "sans qu'aucun service ne puisse la renseigner.\n\n"
        "Plusieurs accusés, dont Samir Oudjani, qui avait prêté une voiture aux assaillants, "
        "ont gardé les yeux baissés pendant son récit.\n\n"
        "Pour l'avocat de plusieurs parties civiles, Me Raphaël Dunand, «\u00a0ce témoignage "
        "rappelle que derrière chaque chef d'accusation, il y a des vies fracassées\u00a0».\n\n"
        "Le verdict est attendu à la mi-décembre.",
        [
            (D, ["Je pense à eux chaque matin en ouvrant les yeux."], "Camille Restout"),
            (
                D,
                [
                    "ce témoignage rappelle que derrière chaque chef d'accusation, il y a des "
                    "vies fracassées"
                ],
                "Raphaël Dunand",
            ),
        ],
    ),
    (  # 10 peace talks: unnamed diplomat, "a prévenu :", "Selon l'Observatoire"
        "Les négociations indirectes entre le gouvernement de la Sérénie et le Mouvement pour "
        "la justice et l'égalité (MJE) ont repris lundi à Kervan, la capitale du Tamrit, pays "
        "médiateur, après trois semaines de suspension.\n\n"
        "Le ministre tamrite des Affaires étrangères, Yusuf Al-Harazi, a confirmé la reprise "
        "des discussions, sans en préciser l'ordre du jour. « Personne ne s'attend à un miracle "
        "cette semaine. Mais le simple fait qu'ils soient dans le même bâtiment est déjà un "
        "progrès », a confié un diplomate occidental sous couvert d'anonymat.\n\n"
        "Le MJE exige la libération de quelque 300 de ses membres avant toute signature. Son "
        "négociateur en chef, Adam Tirgane, a prévenu dès son arrivée : « Nous ne signerons "
        "rien tant que nos frères resteront en prison. »\n\n"
        "Selon l'Observatoire sérénien des droits humains, les combats ont fait plus de 4 000 "
        "morts depuis avril et contraint près d'un million de personnes à quitter leur foyer.",
        [
            (
                D,
                [
                    "Personne ne s'attend à un miracle cette semaine. Mais le simple fait qu'ils "
                    "soient dans le même bâtiment est déjà un progrès"
                ],
                "diplomate occidental",
            ),
            (
                D,
                ["Nous ne signerons rien tant que nos frères resteront en prison."],
                "Adam Tirgane",
            ),
            (
                I,
                [
                    "les combats ont fait plus de 4 000 morts depuis avril et contraint près "
                    "d'un million de personnes à quitter leur foyer"
                ],
                "Observatoire sérénien des droits humains",
            ),
        ],
    ),
    (  # 11 drug ring: colonel after the quote, "Selon lui", "l'officier" in an incise
        "Bayonne — Le ministère de l'Intérieur a annoncé mercredi le démantèlement d'un réseau "
        "de trafic de cocaïne opérant entre le port de Bayonne et l'agglomération toulousaine, "
        "et l'interpellation de 27 personnes dans trois départements.\n\n"
        "«\u00a0C'est l'une des plus importantes saisies jamais réalisées dans la "
        "région\u00a0», s'est félicité le colonel Franck Daubigné, commandant du groupement de "
        "gendarmerie des Landes, en présentant à la presse les 340 kilos de cocaïne et les 1,2 "
        "million d'euros en liquide découverts lors des perquisitions.\n\n"
        "Selon lui, la drogue arrivait dissimulée dans des conteneurs de bananes en provenance "
        "d'Amérique du Sud, avant d'être stockée dans des hangars agricoles loués sous de faux "
        "noms.\n\n"
        "«\u00a0Les têtes du réseau vivaient à l'étranger, a précisé l'officier, mais toute la "
        "logistique était assurée par des gens d'ici.\u00a0»\n\n"
        "Dix-neuf personnes ont été mises en examen et placées en détention provisoire.",
        [
            (
                D,
                ["C'est l'une des plus importantes saisies jamais réalisées dans la région"],
                "Franck Daubigné",
            ),
            (
                I,
                [
                    "la drogue arrivait dissimulée dans des conteneurs de bananes en provenance "
                    "d'Amérique du Sud, avant d'être stockée dans des hangars agricoles loués "
                    "sous de faux noms"
                ],
                "Franck Daubigné",
            ),
            (
                D,
                [
                    "Les têtes du réseau vivaient à l'étranger",
                    "mais toute la logistique était assurée par des gens d'ici.",
                ],
                "Franck Daubigné",
            ),
        ],
    ),
    (  # 12 siege: "selon" a programme at the end, its director, an unnamed doctor; \u202f
        "Les premiers convois d'aide alimentaire depuis six semaines sont entrés jeudi dans la "
        "ville assiégée de Rhamna, dans le nord du Zerkan. Vingt-deux camions ont franchi le "
        "point de passage de Tell-Abiq, selon le Programme alimentaire régional (PAR).\n\n"
        "«\u202fC'est une goutte d'eau. Il faudrait cent camions par jour pour simplement "
        "éviter la famine\u202f», a réagi sa directrice pour la région, Leïla Benhamou-Costa, "
        "jointe par téléphone. Elle a demandé l'ouverture de deux points de passage "
        "supplémentaires et la levée des restrictions sur le carburant.\n\n"
        "Sur place, un médecin, qui travaille à l'hôpital central et a requis l'anonymat, "
        "décrit des salles pleines d'enfants dénutris. «\u202fNous n'avons plus de lait "
        "thérapeutique depuis dix jours. Les mères nous supplient, et nous n'avons rien à leur "
        "donner\u202f», raconte-t-il.\n\n"
        "Le siège de Rhamna, où vivent encore quelque 200 000 personnes, dure depuis le mois "
        "de mai.",
        [
            (
                I,
                ["Vingt-deux camions ont franchi le point de passage de Tell-Abiq"],
                "Programme alimentaire régional",
            ),
            (
                D,
                [
                    "C'est une goutte d'eau. Il faudrait cent camions par jour pour simplement "
                    "éviter la famine"
                ],
                "Leïla Benhamou-Costa",
            ),
            (
                D,
                [
                    "Nous n'avons plus de lait thérapeutique depuis dix jours. Les mères nous "
                    "supplient, et nous n'avons rien à leur donner"
                ],
                "médecin",
            ),
        ],
    ),
    (  # 13 extradition: lawyer after the quote, embassy with two partials, "M. X"
        "Lyon — La cour d'appel de Lyon a rendu jeudi un avis favorable à l'extradition vers "
        "le Montévar de Rustam Beknazarov, un homme d'affaires de 56 ans accusé par les "
        "autorités de Sorvan d'avoir détourné plus de 200 millions de dollars d'une banque "
        "publique.\n\n"
        "L'intéressé, qui vit en France depuis 2019 et a toujours contesté ces accusations, a "
        "quitté le palais de justice sans un mot. « Mon client est un opposant. S'il est "
        "renvoyé au Montévar, il sera torturé, et la France le sait », a déclaré son avocate, "
        "Me Isabelle Fontanier, à la sortie de l'audience. Elle compte se pourvoir en cassation "
        "dans les prochains jours.\n\n"
        "L'ambassade du Montévar a salué dans un communiqué « une décision conforme au droit » "
        "et assuré que M. Beknazarov bénéficierait d'un « procès équitable ».\n\n"
        "La décision finale revient au gouvernement, qui doit signer un décret d'extradition. "
        "Plusieurs ONG de défense des droits humains s'y opposent.",
        [
            (
                D,
                [
                    "Mon client est un opposant. S'il est renvoyé au Montévar, il sera torturé, "
                    "et la France le sait"
                ],
                "Isabelle Fontanier",
            ),
            (P, ["une décision conforme au droit"], "ambassade du Montévar"),
            (P, ["procès équitable"], "ambassade du Montévar"),
        ],
    ),
    (  # 14 arms embargo: secretary general, "qualifié de « »", "D'après un diplomate"
        "Port-Mayel — Le Conseil permanent de l'Organisation des États riverains (OER) a "
        "adopté vendredi, par onze voix contre deux, une résolution imposant un embargo sur les "
        "armes à destination de la Bassarie, où la junte au pouvoir depuis mars a suspendu la "
        "Constitution et reporté sine die les élections.\n\n"
        "«\u00a0Le message est clair\u00a0: le retour à l'ordre constitutionnel n'est pas "
        "négociable\u00a0», a déclaré le secrétaire général de l'organisation, Amadou "
        "Keïta-Lobé, à l'issue du vote.\n\n"
        "Le représentant de la Bassarie, le colonel Moussa Dembéré, a quitté la salle avant la "
        "fin de la séance. Devant les journalistes, il a qualifié la résolution "
        "d'«\u00a0ingérence inacceptable\u00a0» dans les affaires intérieures de son pays.\n\n"
        "D'après un diplomate africain, plusieurs pays voisins craignent que l'embargo ne "
        "pousse la junte à se tourner vers des fournisseurs moins regardants.",
        [
            (
                D,
                [
                    "Le message est clair\u00a0: le retour à l'ordre constitutionnel n'est pas négociable"
                ],
                "Amadou Keïta-Lobé",
            ),
            (P, ["ingérence inacceptable"], "Moussa Dembéré"),
            (
                I,
                [
                    "plusieurs pays voisins craignent que l'embargo ne pousse la junte à se "
                    "tourner vers des fournisseurs moins regardants"
                ],
                "diplomate africain",
            ),
        ],
    ),
    (  # 15 prison escape: union partial, its secretary general after a colon
        "Un détenu de 29 ans s'est évadé dimanche lors d'une extraction médicale vers l'hôpital "
        "de Melun, en Seine-et-Marne. Deux surveillants pénitentiaires ont été blessés par "
        "balle par des complices armés, qui ont pris la fuite à bord d'une berline volée.\n\n"
        "Le garde des Sceaux, Étienne Lavergne-Roux, s'est rendu au chevet des blessés dans "
        "l'après-midi et a ordonné une inspection des conditions d'escorte dans tous les "
        "établissements de la région.\n\n"
        "Le Syndicat national des surveillants (SNS), majoritaire dans la profession, a "
        "dénoncé « une catastrophe annoncée » et réclamé des escortes renforcées pour les "
        "détenus les plus dangereux. Son secrétaire général, Didier Haumont, s'est montré plus "
        "direct encore : « On nous envoie au casse-pipe avec une voiture et deux agents. Ce "
        "n'est pas un accident, c'est un choix. »\n\n"
        "Le fugitif, condamné en 2024 à quinze ans de réclusion pour un braquage, fait l'objet "
        "d'un avis de recherche.",
        [
            (P, ["une catastrophe annoncée"], "Syndicat national des surveillants"),
            (
                D,
                [
                    "On nous envoie au casse-pipe avec une voiture et deux agents. Ce n'est pas "
                    "un accident, c'est un choix."
                ],
                "Didier Haumont",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 fraud trial (Reuters): prosecutor's partial in reported speech, surname attribution
        "LONDON, Nov 28 (Reuters) - Prosecutor Helen Maddox-Crane told a London jury on "
        "Thursday that Adrian Colvile, the former chief executive of collapsed payments firm "
        'Paylink Meridian, had lied to investors "again and again" to keep the company '
        "afloat.\n\n"
        "Colvile, 54, denies six counts of fraud and one count of false accounting relating to "
        "the firm's collapse in 2024, which wiped out around 310 million pounds of savers' and "
        "investors' money.\n\n"
        '"He knew the money was not there. He knew it in March, he knew it in June, and he '
        'kept signing the accounts," Maddox-Crane said in her opening speech at Southwark Crown '
        "Court.\n\n"
        "Colvile's lawyer, Daniel Okafor-Reid, said his client had been \"misled by his own "
        'finance team" and would give evidence later in the trial.\n\n'
        "The trial, which is expected to last ten weeks, continues.",
        [
            (P, ["again and again"], "Helen Maddox-Crane"),
            (
                D,
                [
                    "He knew the money was not there. He knew it in March, he knew it in June, "
                    "and he kept signing the accounts"
                ],
                "Helen Maddox-Crane",
            ),
            (P, ["misled by his own finance team"], "Daniel Okafor-Reid"),
        ],
    ),
    (  # 2 shooting (AP): police chief "said", then "A," X told reporters. "B." = two quotes
        "MILLBROOK, Ohio (AP) — A 19-year-old man was arrested Saturday in connection with a "
        "shooting outside a high school football game that left two teenagers wounded, one of "
        "them critically.\n\n"
        "Police Chief Dana Whitfield said the suspect, whose name was not released because "
        "charges had not yet been filed, was taken into custody at a relative's home about 40 "
        "miles (64 kilometers) away.\n\n"
        '"We believe this was a dispute between two groups of young people that had been '
        'building for weeks," Whitfield told reporters Saturday afternoon. "It had nothing to '
        'do with the game or the school."\n\n'
        "A 16-year-old boy remained in critical condition at Franklin Memorial Hospital. The "
        "second victim, a 15-year-old girl, was treated and released Friday night.\n\n"
        "Classes at Millbrook High School will resume Monday, with additional counselors on "
        "site.",
        [
            (
                I,
                [
                    "the suspect, whose name was not released because charges had not yet been "
                    "filed, was taken into custody at a relative's home about 40 miles (64 "
                    "kilometers) away"
                ],
                "Dana Whitfield",
            ),
            (
                D,
                [
                    "We believe this was a dispute between two groups of young people that had "
                    "been building for weeks"
                ],
                "Dana Whitfield",
            ),
            (D, ["It had nothing to do with the game or the school."], "Dana Whitfield"),
        ],
    ),
    (  # 3 air strikes (Al Jazeera): "according to" a directorate, aid director after "said"
        "At least 34 people, including 11 children, were killed in overnight air strikes on the "
        "besieged city of Ardazan, according to the Ardazan Health Directorate.\n\n"
        "The strikes came hours after mediators announced a new round of ceasefire talks in the "
        "Qalmari capital next week, the first since negotiations collapsed in September.\n\n"
        "“What we are seeing in Ardazan is the systematic destruction of everything that keeps "
        "people alive – hospitals, bakeries, water stations,” said Noura Haddadin, regional "
        "director of the aid group Hearth Relief International.\n\n"
        "Haddadin was speaking by phone from the neighbouring city of Dovra, where the group "
        "moved its staff in October after its warehouse in Ardazan was hit.\n\n"
        "The Taroumi military did not respond to a request for comment. Footage shared on "
        "social media showed rescuers digging through the rubble of a five-storey building in "
        "the Souq al-Nahr district.",
        [
            (
                I,
                [
                    "At least 34 people, including 11 children, were killed in overnight air "
                    "strikes on the besieged city of Ardazan"
                ],
                "Ardazan Health Directorate",
            ),
            (
                D,
                [
                    "What we are seeing in Ardazan is the systematic destruction of everything "
                    "that keeps people alive – hospitals, bakeries, water stations"
                ],
                "Noura Haddadin",
            ),
        ],
    ),
    (  # 4 sentencing (BBC): judge "said:", husband's partial, police force "said"
        "A man who killed a cyclist while driving at more than twice the speed limit has been "
        "jailed for nine years.\n\n"
        "Liam Prothero, 27, was doing 68mph in a 30mph zone on Castle Road in Harrowfield when "
        "he hit Eleanor Voss, 52, in March last year.\n\n"
        'Sentencing him at Ashby Crown Court, Judge Margaret Ellery said: "You treated a '
        "residential street as a racetrack. Eleanor Voss paid for that with her life, and her "
        'family will pay for it for the rest of theirs."\n\n'
        "Prothero, who admitted causing death by dangerous driving, was also banned from "
        "driving for 12 years.\n\n"
        'In a statement read outside court, her husband, Peter Voss, said she had been "the '
        'kindest person I ever knew".\n\n'
        "Harrowfield Police said the case should serve as a warning to drivers who saw quiet "
        "roads as an invitation to speed.",
        [
            (
                D,
                [
                    "You treated a residential street as a racetrack. Eleanor Voss paid for that "
                    "with her life, and her family will pay for it for the rest of theirs."
                ],
                "Margaret Ellery",
            ),
            (P, ["the kindest person I ever knew"], "Peter Voss"),
            (
                I,
                [
                    "the case should serve as a warning to drivers who saw quiet roads as an "
                    "invitation to speed"
                ],
                "Harrowfield Police",
            ),
        ],
    ),
    (  # 5 sanctions (Reuters): chair after the quote, "A senior official", ministry partial
        "VIENNA, Nov 28 (Reuters) - Foreign ministers of the Danubian Security Forum agreed on "
        "Friday to extend sanctions against Veloria's defence sector for a further year, "
        "overcoming objections from two member states.\n\n"
        '"Nobody in this room wants a permanent confrontation with Veloria. But nobody is ready '
        "to reward aggression either,\" the forum's chair, Kristiina Vaher-Lund, told a news "
        "conference after the meeting.\n\n"
        "A senior official, speaking on condition of anonymity because the talks were "
        "confidential, said the two holdouts had dropped their objections after being promised "
        "that exports of medicines and fertiliser would be exempted.\n\n"
        'The Velorian Foreign Ministry called the decision "a gift to those who want war". It '
        "did not say whether it would retaliate.\n\n"
        "The sanctions, first imposed in 2024, bar forum members from selling dual-use "
        "technology to 38 Velorian companies.",
        [
            (
                D,
                [
                    "Nobody in this room wants a permanent confrontation with Veloria. But "
                    "nobody is ready to reward aggression either"
                ],
                "Kristiina Vaher-Lund",
            ),
            (
                I,
                [
                    "the two holdouts had dropped their objections after being promised that "
                    "exports of medicines and fertiliser would be exempted"
                ],
                "senior official",
            ),
            (P, ["a gift to those who want war"], "Velorian Foreign Ministry"),
        ],
    ),
    (  # 6 shipwreck (AP): "said Cmdr. X", agency "said", its spokeswoman by apposition
        "PORTO SALVO (AP) — At least 23 people drowned and dozens more were missing after an "
        "overcrowded fishing boat capsized in rough seas early Tuesday, about 40 nautical miles "
        "south of the island of Santa Irene.\n\n"
        "Coast guard vessels rescued 61 survivors, most of them from Eritrea and Sudan, and "
        'brought them to the port of Porto Salvo. "The sea was very bad. People were screaming '
        'in the dark, and we could only pull out the ones closest to us," said Cmdr. Paolo '
        "Ferrante-Luzi, who led the rescue operation.\n\n"
        "The Geneva-based Organisation for Safe Migration said the boat had left the Libyan port "
        "of Zuwara two days earlier with an estimated 120 people aboard.\n\n"
        '"This is the deadliest shipwreck in the central Mediterranean this year, and it will '
        "not be the last unless safe routes are opened,\" the group's spokeswoman, Amira "
        "Tahiri, told reporters in Geneva.\n\n"
        "Survivors were taken to a reception center, where doctors treated several of them for "
        "hypothermia.",
        [
            (
                D,
                [
                    "The sea was very bad. People were screaming in the dark, and we could only "
                    "pull out the ones closest to us"
                ],
                "Paolo Ferrante-Luzi",
            ),
            (
                I,
                [
                    "the boat had left the Libyan port of Zuwara two days earlier with an "
                    "estimated 120 people aboard"
                ],
                "Organisation for Safe Migration",
            ),
            (
                D,
                [
                    "This is the deadliest shipwreck in the central Mediterranean this year, and "
                    "it will not be the last unless safe routes are opened"
                ],
                "Amira Tahiri",
            ),
        ],
    ),
    (  # 7 murder charge (BBC): detective "said:", partner's tribute; “ ”
        "A 34-year-old woman has been charged with murder after the body of a man was found in "
        "a burned-out car on farmland near Dunmore Heath.\n\n"
        "The victim has been named as Craig Halloran, 41, a father of three from the town.\n\n"
        "Det Ch Insp Rachel Imrie, of Northfold Police, said: “This has been a complex and "
        "fast-moving investigation, and I want to thank the local community for the information "
        "they have given us.”\n\n"
        "A 36-year-old man who was also arrested has been released on bail pending further "
        "inquiries.\n\n"
        "The woman, who has not been named, is due to appear at Dunmore Magistrates' Court on "
        "Monday.\n\n"
        "In a tribute released through police, Mr Halloran's partner, Lorna Begg, said: “Craig "
        "was the life and soul of every room he walked into. We will never understand why this "
        "happened.”",
        [
            (
                D,
                [
                    "This has been a complex and fast-moving investigation, and I want to thank "
                    "the local community for the information they have given us."
                ],
                "Rachel Imrie",
            ),
            (
                D,
                [
                    "Craig was the life and soul of every room he walked into. We will never "
                    "understand why this happened."
                ],
                "Lorna Begg",
            ),
        ],
    ),
    (  # 8 war crimes verdict (Reuters): judge after the quote, lawyer "said his client would"
        "THE HAGUE, Nov 28 (Reuters) - A former militia commander was sentenced on Friday to 22 "
        "years in prison by the Special Tribunal for Marsakia for ordering the killing of at "
        "least 40 civilians in the village of Oskel in 2019.\n\n"
        '"The tribunal is satisfied beyond reasonable doubt that you gave the order, and that '
        'you knew exactly what it meant," presiding judge Ana Luísa Prates told Goran Velić, '
        "58, who showed no emotion as the sentence was read.\n\n"
        "Velić's lawyer, Mark Tennant, said his client would appeal. \"This verdict rests on "
        'the testimony of men who had every reason to lie," Tennant said outside the '
        "courtroom.\n\n"
        "Relatives of the victims, some of whom had travelled from Oskel, wept in the public "
        "gallery. It was the tribunal's fourth conviction since it was set up in 2021.",
        [
            (
                D,
                [
                    "The tribunal is satisfied beyond reasonable doubt that you gave the order, "
                    "and that you knew exactly what it meant"
                ],
                "Ana Luísa Prates",
            ),
            (I, ["his client would appeal"], "Mark Tennant"),
            (
                D,
                ["This verdict rests on the testimony of men who had every reason to lie"],
                "Mark Tennant",
            ),
        ],
    ),
    (  # 9 blockade (Al Jazeera): a quote over two paragraphs, agency "said ... that"; “ ”
        "Families in the besieged eastern province of Hasvan are surviving on boiled leaves and "
        "animal feed as a blockade by government forces enters its fifth month.\n\n"
        "Fatima Idrissi, a 38-year-old mother of five in the town of Birka, described her days "
        "by phone.\n\n"
        "“My youngest has not eaten bread in three weeks. We boil whatever grows by the road "
        "and we tell the children it is soup.\n\n"
        "“Every morning I count them. I am afraid that one day the number will be wrong.”\n\n"
        "The Global Food Relief Programme said on Tuesday that none of its convoys had been "
        "allowed into Hasvan since July.\n\n"
        "“We have trucks loaded and waiting 30 kilometres from the province. What we do not "
        "have is a green light,” said the agency's country director, Henrik Solberg-Aune.\n\n"
        "The government in Qadira did not respond to a request for comment.",
        [
            (
                D,
                [
                    "My youngest has not eaten bread in three weeks. We boil whatever grows by "
                    "the road and we tell the children it is soup.",
                    "Every morning I count them. I am afraid that one day the number will be "
                    "wrong.",
                ],
                "Fatima Idrissi",
            ),
            (
                I,
                ["none of its convoys had been allowed into Hasvan since July"],
                "Global Food Relief Programme",
            ),
            (
                D,
                [
                    "We have trucks loaded and waiting 30 kilometres from the province. What we "
                    "do not have is a green light"
                ],
                "Henrik Solberg-Aune",
            ),
        ],
    ),
    (  # 10 art theft (AP): prosecutor's office statement, spokesman, quote split by an incise
        "ANTWERP, Belgium (AP) — Police on Wednesday arrested four people suspected of stealing "
        "17th-century paintings worth an estimated 30 million euros ($32 million) from a "
        "private museum in the city last month.\n\n"
        "The Antwerp prosecutor's office said in a statement that three of the five paintings "
        "had been found in a storage unit near the Dutch border.\n\n"
        '"We have every reason to believe the two missing works are still in Europe," said '
        "Koen Verstraeten, a spokesman for the prosecutor's office.\n\n"
        '"I have not slept properly since the night of the theft," the museum\'s director, '
        'Marijke Desmet-Laurent, told The Associated Press, "but tonight I think I will."\n\n'
        "The thieves broke in through a skylight on Oct. 19 and spent less than six minutes "
        "inside, leaving behind a ladder and a pair of gloves.",
        [
            (
                I,
                [
                    "three of the five paintings had been found in a storage unit near the "
                    "Dutch border"
                ],
                "Antwerp prosecutor's office",
            ),
            (
                D,
                ["We have every reason to believe the two missing works are still in Europe"],
                "Koen Verstraeten",
            ),
            (
                D,
                [
                    "I have not slept properly since the night of the theft",
                    "but tonight I think I will.",
                ],
                "Marijke Desmet-Laurent",
            ),
        ],
    ),
    (  # 11 released journalist (BBC): brother "said on Sunday that", "he told"; “ ”
        "A British journalist held for 14 months in Kasvar has been released and is on her way "
        "home.\n\n"
        "Her brother, Daniel Oakes, said on Sunday that Miriam Oakes-Tran had called the family "
        "from the airport in Orvash shortly before boarding a flight to Istanbul.\n\n"
        "“We have waited for this phone call every single day. We can't quite believe it's "
        "real,” he told the BBC.\n\n"
        "Ms Oakes-Tran, 44, a freelance reporter, was arrested in September last year while "
        "covering protests in the capital and was later sentenced to six years in prison for "
        "spreading false information, a charge she always denied.\n\n"
        "Kasvar's government announced her pardon late on Saturday. Press freedom groups had "
        "campaigned for her release for more than a year.",
        [
            (
                I,
                [
                    "Miriam Oakes-Tran had called the family from the airport in Orvash shortly "
                    "before boarding a flight to Istanbul"
                ],
                "Daniel Oakes",
            ),
            (
                D,
                [
                    "We have waited for this phone call every single day. We can't quite believe "
                    "it's real"
                ],
                "Daniel Oakes",
            ),
        ],
    ),
    (  # 12 peacekeepers (Reuters): the union speaks in a statement, minister "she told"
        "MEREBO, Nov 28 (Reuters) - The Lake States Union will begin withdrawing its 4,000 "
        "peacekeepers from eastern Zandoria in January, ending a seven-year mission that failed "
        "to stop militia attacks on civilians.\n\n"
        '"The mission has reached the limits of what soldiers can do. What Zandoria needs now '
        'is a political settlement, not more troops," the union said in a statement after a '
        "two-day meeting of its peace and security council.\n\n"
        "Zandorian Foreign Minister Grace Mutesi-Obura called for a gradual handover to national "
        'forces. "We will not let armed groups fill the space our partners leave behind," she '
        "told Reuters.\n\n"
        "More than 1.2 million people have been displaced in the eastern provinces since 2019. "
        "The first contingent, about 800 soldiers, is due to leave the town of Kibera-Nord by "
        "the end of January, and the last troops by June.",
        [
            (
                D,
                [
                    "The mission has reached the limits of what soldiers can do. What Zandoria "
                    "needs now is a political settlement, not more troops"
                ],
                "Lake States Union",
            ),
            (
                D,
                ["We will not let armed groups fill the space our partners leave behind"],
                "Grace Mutesi-Obura",
            ),
        ],
    ),
    (  # 13 sheriff trial (AP): witness, cross-examination question and reply
        "HOLLOWAY COUNTY, Ga. (AP) — A former jail officer took the stand Tuesday in the trial "
        "of Sheriff Wade Pruitt, who is accused of ordering the destruction of surveillance "
        "video showing guards beating a handcuffed inmate in 2023.\n\n"
        "Terrence Bailey, who has pleaded guilty to obstruction and is cooperating with "
        'prosecutors, spent most of the day on the witness stand. "He told me the tape had '
        'never existed, and that I should make sure of it. I knew exactly what he meant," '
        "Bailey said.\n\n"
        "Under cross-examination, defense attorney Lauren Whitcombe pressed Bailey on his plea "
        "agreement. \"You'd say anything to stay out of prison, wouldn't you?\" she asked.\n\n"
        '"No, ma\'am," Bailey replied.\n\n'
        "Pruitt, 61, has pleaded not guilty to civil rights and obstruction charges. The trial "
        "is expected to last three weeks.",
        [
            (
                D,
                [
                    "He told me the tape had never existed, and that I should make sure of it. I "
                    "knew exactly what he meant"
                ],
                "Terrence Bailey",
            ),
            (
                D,
                ["You'd say anything to stay out of prison, wouldn't you?"],
                "Lauren Whitcombe",
            ),
            (D, ["No, ma'am"], "Terrence Bailey"),
        ],
    ),
    (  # 14 truce (BBC): prime minister "he told MPs", a charity speaks in a statement; “ ”
        "A truce between Valdria and Osmenia came into force at midnight on Sunday after three "
        "weeks of border fighting that killed more than 300 people and forced 90,000 from their "
        "homes.\n\n"
        "The agreement, brokered by the Gulf state of Qarim, provides for the withdrawal of "
        "heavy weapons 20km from the frontier and an exchange of prisoners within ten days.\n\n"
        "Speaking in parliament, Osmenia's prime minister, Ilir Qosja-Merani, was cautious. “A "
        "signature on paper is not peace. Peace is when a farmer in the border villages can go "
        "back to his fields without fear,” he told MPs.\n\n"
        "“Children have paid a terrible price in this conflict. At least 40 of them were "
        "killed,” Children First International said in a statement.\n\n"
        "Observers from Qarim are due to arrive in the border town of Lesnik on Tuesday to "
        "monitor the pullback of artillery.",
        [
            (
                D,
                [
                    "A signature on paper is not peace. Peace is when a farmer in the border "
                    "villages can go back to his fields without fear"
                ],
                "Ilir Qosja-Merani",
            ),
            (
                D,
                [
                    "Children have paid a terrible price in this conflict. At least 40 of them "
                    "were killed"
                ],
                "Children First International",
            ),
        ],
    ),
    (  # 15 fraud ring (Reuters): inspector after "said", one quote
        "LISBON, Nov 28 (Reuters) - Police in five European countries have arrested 14 people "
        "suspected of running a call-centre fraud ring that swindled elderly people out of more "
        "than 9 million euros ($9.7 million).\n\n"
        '"These criminals called pensioners pretending to be their bank, their grandchildren, '
        'even the police. Some victims lost their entire life savings," said Inspector Rui '
        "Tavares-Mendes of Portugal's Judicial Police, which coordinated the operation.\n\n"
        "The ring's suspected leaders, two brothers aged 31 and 35, were detained at a villa "
        "near Marbella on Tuesday. Investigators seized luxury cars, watches and about 400,000 "
        "euros in cash.\n\n"
        "The suspects face charges of fraud, money laundering and membership of a criminal "
        "organisation. More than 1,100 victims have been identified so far in Portugal, Spain, "
        "France, Italy and Belgium, most of them over the age of 75.",
        [
            (
                D,
                [
                    "These criminals called pensioners pretending to be their bank, their "
                    "grandchildren, even the police. Some victims lost their entire life savings"
                ],
                "Rui Tavares-Mendes",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout32.jsonl"),
        "heldout32",
        "h32",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
