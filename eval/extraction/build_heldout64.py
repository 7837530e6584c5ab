"""Source of the sixty-fourth held-out set: writes heldout64.jsonl (split "heldout64").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
fact-check articles from fact-checking desks (AFP Factuel, Les Décodeurs, Full Fact, PolitiFact):
a viral claim and who made it (a deputy, a minister, a mayor, an influencer, a Facebook or TikTok
post), what the claimant said when contacted, the experts and official bodies who contradict or
confirm it, and the verdict, with quotes of the claims, of the posts and of the experts.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout64.py
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
    (  # 1 deputy on welfare: plain spaces, claim opening the text with its attribution in the
        # next sentence ("La phrase, prononcée par X"), TV show title in « » not speech, "a
        # indiqué que", "souligne la démographe X" after
        "« Un étranger sur deux arrivé en France depuis cinq ans touche le RSA. » La phrase, "
        "prononcée dimanche soir par le député Renouveau national Fabrice Lemarchand dans "
        "l'émission « Face à l'opinion », a été vue plus de deux millions de fois sur les réseaux "
        "sociaux, où elle est reprise comme une évidence.\n\n"
        "Interrogé par Factuel, son attaché parlementaire, Kévin Roussel, a indiqué que l'élu "
        "s'appuyait sur un rapport parlementaire publié en 2024. Ce document, que nous avons "
        "consulté, ne contient pourtant aucun chiffre de ce type.\n\n"
        "Les dernières données de l'Observatoire des migrations et de l'intégration (OMI) "
        "établissent à 17 % la part des étrangers arrivés depuis 2020 qui percevaient le revenu "
        "de solidarité active fin 2025, une proportion proche de celle des Français aux revenus "
        "comparables.\n\n"
        "« On est très loin d'un sur deux. Et surtout, la plupart des nouveaux arrivants n'y ont "
        "tout simplement pas droit avant cinq ans de résidence régulière », souligne la démographe "
        "Nathalie Vasseur, chercheuse à l'OMI.\n\n"
        "Relancé jeudi, le député n'a pas donné suite à nos sollicitations. Son affirmation est "
        "fausse.",
        [
            (
                D,
                ["Un étranger sur deux arrivé en France depuis cinq ans touche le RSA."],
                "Fabrice Lemarchand",
            ),
            (
                I,
                ["l'élu s'appuyait sur un rapport parlementaire publié en 2024"],
                "Kévin Roussel",
            ),
            (
                D,
                [
                    "On est très loin d'un sur deux. Et surtout, la plupart des nouveaux arrivants "
                    "n'y ont tout simplement pas droit avant cinq ans de résidence régulière"
                ],
                "Nathalie Vasseur",
            ),
        ],
    ),
    (  # 2 electric-car battery post: no-break spaces, anonymous post as speaker ("affirme une
        # publication"), Facebook group name in « » not speech, "ce qu'affirme" without a clause
        "«\u00a0Fabriquer une seule batterie de voiture électrique pollue autant que rouler "
        "500\u00a0000 kilomètres en diesel\u00a0», affirme une publication partagée plus de "
        "40\u00a0000 fois sur Facebook depuis le début du mois, illustrée par la photo d'une mine "
        "à ciel ouvert. Elle circule notamment dans le groupe «\u00a0Automobilistes en "
        "colère\u00a0», qui compte 150\u00a0000 membres.\n\n"
        "Le chiffre ne résiste pas à l'examen. Les calculs de l'Agence de la transition "
        "énergétique (ATE) établissent les émissions liées à la fabrication d'une batterie de "
        "60\u00a0kWh entre 4 et 6\u00a0tonnes de CO2, soit l'équivalent de 25\u00a0000 à "
        "35\u00a0000 kilomètres parcourus avec une voiture diesel moyenne. On est donc loin du "
        "demi-million de kilomètres avancé.\n\n"
        "«\u00a0Sur l'ensemble de sa vie, une voiture électrique émet deux à trois fois moins de "
        "CO2 qu'une thermique en France, parce que notre électricité est très peu "
        "carbonée\u00a0», explique Mathieu Gauthier-Rinaldi, ingénieur à l'ATE.\n\n"
        "L'extraction du lithium et du cobalt nécessaires aux batteries pose en revanche de réels "
        "problèmes environnementaux et sociaux, documentés par plusieurs ONG. Mais ce n'est pas ce "
        "qu'affirme la publication, qui est trompeuse.",
        [
            (
                D,
                [
                    "Fabriquer une seule batterie de voiture électrique pollue autant que rouler "
                    "500\u00a0000 kilomètres en diesel"
                ],
                "publication",
            ),
            (
                D,
                [
                    "Sur l'ensemble de sa vie, une voiture électrique émet deux à trois fois moins "
                    "de CO2 qu'une thermique en France, parce que notre électricité est très peu "
                    "carbonée"
                ],
                "Mathieu Gauthier-Rinaldi",
            ),
        ],
    ),
    (  # 3 wellness influencer: narrow no-break spaces, "assure-t-elle" after a quote ending in
        # "!", role "la jeune femme" + partial after "ne faisait que", "le professeur X" after
        "Dans une vidéo publiée le 18\u202fnovembre sur Instagram, l'influenceuse bien-être Léa "
        "Marchetti, suivie par 820\u202f000 abonnés, vante les vertus d'un grand verre d'eau tiède "
        "au citron bu chaque matin, à jeun. «\u202fLe citron alcalinise le sang et empêche les "
        "cellules cancéreuses de se développer. C'est prouvé\u202f!\u202f», assure-t-elle face "
        "caméra.\n\n"
        "Contactée par Vérif'Express, la jeune femme a répondu qu'elle ne faisait que "
        "«\u202fpartager son expérience\u202f». Sa vidéo était toujours en ligne vendredi.\n\n"
        "Le pH du sang est pourtant régulé en permanence par l'organisme, entre 7,35 et 7,45, "
        "quoi que l'on mange ou boive.\n\n"
        "«\u202fSi un aliment pouvait modifier le pH sanguin, on finirait en réanimation. C'est une "
        "idée reçue qui revient tous les deux ou trois ans sur les réseaux\u202f», rappelle le "
        "professeur Henri Valade, néphrologue au CHU de Montclair.\n\n"
        "L'eau citronnée n'a rien de dangereux, mais elle ne prévient ni ne soigne aucun cancer. "
        "L'affirmation de l'influenceuse est fausse.",
        [
            (
                D,
                [
                    "Le citron alcalinise le sang et empêche les cellules cancéreuses de se "
                    "développer. C'est prouvé\u202f!"
                ],
                "Léa Marchetti",
            ),
            (P, ["partager son expérience"], "Léa Marchetti"),
            (
                D,
                [
                    "Si un aliment pouvait modifier le pH sanguin, on finirait en réanimation. "
                    "C'est une idée reçue qui revient tous les deux ou trois ans sur les réseaux"
                ],
                "Henri Valade",
            ),
        ],
    ),
    (  # 4 mayor and CCTV figures: plain spaces, post quoted after a colon with no speech verb,
        # "l'élu" then a quote over two paragraphs closed by "ajoute-t-il" (two pieces)
        "Le maire de Castelbrune, Jean-Pierre Aumont (divers droite), a publié le 12 novembre sur "
        "son compte X un message aux allures de bilan : « Depuis l'installation de nos 80 "
        "caméras, la délinquance a baissé de 40 % dans notre ville. Les chiffres parlent "
        "d'eux-mêmes. » Le message a été repris par plusieurs élus de son camp.\n\n"
        "Les données de l'Observatoire départemental de la délinquance racontent une autre "
        "histoire : entre 2023 et 2025, les atteintes aux biens ont reculé de 9 % à Castelbrune, "
        "tandis que les violences physiques ont légèrement augmenté. Aucune baisse de 40 % "
        "n'apparaît, quelle que soit la catégorie retenue.\n\n"
        "Joint par téléphone, l'élu maintient ses chiffres. « Je parle des faits constatés par "
        "notre police municipale, pas des statistiques de la préfecture. Sur le marché, dans le "
        "centre, les habitants voient la différence.\n\n"
        "« Ceux qui contestent ces résultats n'ont jamais mis les pieds à Castelbrune un samedi "
        "soir », ajoute-t-il.\n\n"
        "Les chiffres avancés par le maire ne figurent dans aucune statistique publique. Son "
        "affirmation est fausse.",
        [
            (
                D,
                [
                    "Depuis l'installation de nos 80 caméras, la délinquance a baissé de 40 % dans "
                    "notre ville. Les chiffres parlent d'eux-mêmes."
                ],
                "Jean-Pierre Aumont",
            ),
            (
                D,
                [
                    "Je parle des faits constatés par notre police municipale, pas des "
                    "statistiques de la préfecture. Sur le marché, dans le centre, les habitants "
                    "voient la différence.",
                    "Ceux qui contestent ces résultats n'ont jamais mis les pieds à Castelbrune un "
                    "samedi soir",
                ],
                "Jean-Pierre Aumont",
            ),
        ],
    ),
    (  # 5 minister on unemployment: French copy with “ ”, "a affirmé la ministre du Travail, X",
        # economist's quote standing alone after "invite à la prudence", partial after "a reconnu
        # une formulation"
        "“Le chômage est au plus bas depuis quarante ans”, a affirmé la ministre du Travail, "
        "Claire Desforges-Lamy, mardi matin sur Radio Horizon. La formule est répétée à l'envi par "
        "la majorité depuis la publication des derniers chiffres trimestriels.\n\n"
        "Sur le papier, c'est presque exact. Les chiffres de l'Institut national des études "
        "économiques (INEE) placent le taux de chômage à 6,9 % de la population active au "
        "troisième trimestre, son plus bas niveau depuis 1983.\n\n"
        "Mais l'économiste Bastien Lefort, de l'Observatoire de la conjoncture sociale, invite à "
        "la prudence. “Le halo autour du chômage, ces personnes qui veulent travailler mais ne "
        "sont pas comptées comme chômeuses, n'a jamais été aussi large. Si on les ajoute, le "
        "tableau est beaucoup moins flatteur.”\n\n"
        "Sollicité, le conseiller en communication de la ministre, Thibault Arnoux, a reconnu une "
        "formulation “un peu raccourcie”. Le chiffre est exact, mais il ne dit pas tout.",
        [
            (D, ["Le chômage est au plus bas depuis quarante ans"], "Claire Desforges-Lamy"),
            (
                D,
                [
                    "Le halo autour du chômage, ces personnes qui veulent travailler mais ne sont "
                    "pas comptées comme chômeuses, n'a jamais été aussi large. Si on les ajoute, "
                    "le tableau est beaucoup moins flatteur."
                ],
                "Bastien Lefort",
            ),
            (P, ["un peu raccourcie"], "Thibault Arnoux"),
        ],
    ),
    (  # 6 photo out of context: no-break spaces, colon inside the quote, "a écrit … X" with the
        # speaker after the verb, image caption in « » not speech, "a qualifié … de « … »"
        "Des dizaines de personnes entassées sur un canot pneumatique, à quelques mètres d'une "
        "plage de galets. «\u00a0Voilà ce que les médias vous cachent\u00a0: 3\u00a0000 migrants "
        "ont débarqué ce matin à Port-Aubrac\u00a0», a écrit samedi sur Facebook Gérald Morvan, "
        "ancien candidat aux élections législatives, en partageant ce cliché. Sa publication a été "
        "partagée plus de 18\u00a0000 fois.\n\n"
        "La photo est authentique, mais elle n'a pas été prise en France. Une recherche d'image "
        "inversée permet de la retrouver dans une banque d'images, où elle est datée de septembre "
        "2015 et légendée «\u00a0Arrivée de réfugiés sur l'île de Kalymnos\u00a0». Son auteur, le "
        "photographe grec Nikos Andreadis, nous a transmis les métadonnées du fichier original, "
        "qui confirment la date.\n\n"
        "La préfecture maritime n'a signalé aucun débarquement de cette ampleur sur la période. La "
        "maire de Port-Aubrac, Sylvie Kerhervé, a qualifié la publication de «\u00a0pure "
        "invention\u00a0». Gérald Morvan l'a supprimée dimanche soir, sans commentaire.",
        [
            (
                D,
                [
                    "Voilà ce que les médias vous cachent\u00a0: 3\u00a0000 migrants ont débarqué "
                    "ce matin à Port-Aubrac"
                ],
                "Gérald Morvan",
            ),
            (P, ["pure invention"], "Sylvie Kerhervé"),
        ],
    ),
    (  # 7 YouTube doctor on flu vaccine: « » without spaces, video title in « » not speech,
        # partial inside "affirme que", "…, selon <agency> (SIGLE)." after, "Pour X, « … »."
        "Dans une vidéo intitulée «La vérité sur le vaccin contre la grippe», visionnée plus de "
        "600 000 fois sur YouTube, le docteur Alain Berthomieu, médecin généraliste retraité, "
        "affirme que le vaccin antigrippal «affaiblit durablement le système immunitaire». Il "
        "s'appuie essentiellement sur ses souvenirs de praticien.\n\n"
        "Aucune étude ne montre un tel effet, selon la Haute Autorité de santé publique (HASP). "
        "La grippe saisonnière a causé près de 9 000 décès l'hiver dernier, en majorité chez des "
        "personnes âgées non vaccinées.\n\n"
        "Pour l'immunologiste Sophie Marchal-Diallo, «c'est l'inverse qui est vrai: la grippe "
        "elle-même fragilise les défenses et ouvre la porte aux surinfections bactériennes». Le "
        "vaccin peut provoquer une fièvre légère ou une douleur au point d'injection, mais ces "
        "effets disparaissent en quelques jours.\n\n"
        "L'ordre des médecins a été saisi. La vidéo, elle, est toujours en ligne.",
        [
            (P, ["affaiblit durablement le système immunitaire"], "Alain Berthomieu"),
            (I, ["Aucune étude ne montre un tel effet"], "Haute Autorité de santé publique"),
            (
                D,
                [
                    "c'est l'inverse qui est vrai: la grippe elle-même fragilise les défenses et "
                    "ouvre la porte aux surinfections bactériennes"
                ],
                "Sophie Marchal-Diallo",
            ),
        ],
    ),
    (  # 8 regional debate: dialogue dashes (first line unattributed, speaker named just before
        # as "la candidate"), "a rétorqué M. X", "Selon la chambre régionale des comptes, …"
        "Lors du débat télévisé de l'entre-deux-tours des régionales, jeudi soir, le président "
        "sortant de la région Val-de-Marche, Olivier Castaing, et sa challengeuse écologiste, "
        "Aurélie Nguyen-Brossard, se sont longuement affrontés sur les finances régionales. C'est "
        "la candidate qui a ouvert les hostilités.\n\n"
        "— Vous avez fait exploser la dette de la région\u00a0: plus 60\u00a0% en six "
        "ans\u00a0!\n"
        "— C'est faux, et vous le savez. Nous avons investi dans les lycées et dans les trains, a "
        "rétorqué M.\u00a0Castaing.\n\n"
        "Selon la chambre régionale des comptes, l'encours de la dette régionale est passé de 1,1 "
        "à 1,68\u00a0milliard d'euros entre 2019 et 2025, soit une hausse de 53\u00a0%. Une large "
        "part de cet endettement a toutefois financé des investissements, dont le renouvellement "
        "de 40 rames de TER.\n\n"
        "La hausse est donc réelle, même si le chiffre avancé par Mme\u00a0Nguyen-Brossard est "
        "exagéré.",
        [
            (
                D,
                [
                    "Vous avez fait exploser la dette de la région\u00a0: plus 60\u00a0% en six ans\u00a0!"
                ],
                "Aurélie Nguyen-Brossard",
            ),
            (
                D,
                [
                    "C'est faux, et vous le savez. Nous avons investi dans les lycées et dans les "
                    "trains"
                ],
                "Olivier Castaing",
            ),
            (
                I,
                [
                    "l'encours de la dette régionale est passé de 1,1 à 1,68\u00a0milliard d'euros "
                    "entre 2019 et 2025, soit une hausse de 53\u00a0%"
                ],
                "chambre régionale des comptes",
            ),
        ],
    ),
    (  # 9 union leader on power bills: narrow no-break spaces, quote after a colon with "Doublé !"
        # inside, "Selon l'Autorité … (ARE), …" before
        "Le syndicat Force sociale organise le 6\u202fdécembre une journée de mobilisation pour le "
        "pouvoir d'achat. Sa secrétaire générale, Martine Olivennes, a résumé lundi sur le plateau de "
        "TéléInfo l'argument central de la mobilisation\u202f: «\u202fEn deux ans, la facture "
        "d'électricité des Français a doublé. Doublé\u202f! Et pendant ce temps, les fournisseurs "
        "affichent des bénéfices records.\u202f»\n\n"
        "Qu'en est-il\u202f? Selon l'Autorité de régulation des énergies (ARE), le tarif "
        "réglementé de l'électricité a augmenté de 44\u202f% entre février 2024 et août 2026 pour "
        "un foyer moyen, taxes comprises. Une hausse historique, mais loin d'un doublement.\n\n"
        "Le bouclier tarifaire a en outre amorti le choc pendant deux ans. Certains ménages "
        "chauffés à l'électricité et passés en offre de marché ont toutefois vu leur facture "
        "doubler, voire davantage. Généralisée à tous les Français, l'affirmation est donc "
        "exagérée.",
        [
            (
                D,
                [
                    "En deux ans, la facture d'électricité des Français a doublé. Doublé\u202f! Et "
                    "pendant ce temps, les fournisseurs affichent des bénéfices records."
                ],
                "Martine Olivennes",
            ),
            (
                I,
                [
                    "le tarif réglementé de l'électricité a augmenté de 44\u202f% entre février "
                    "2024 et août 2026 pour un foyer moyen, taxes comprises"
                ],
                "Autorité de régulation des énergies",
            ),
        ],
    ),
    (  # 10 senator on imports: French copy with straight " ", quote after "a interpellé le
        # ministre :", partial after "estime pour sa part que"
        "Lors des questions au gouvernement, mercredi, le sénateur Bernard Coustou (Les "
        "Centristes) a interpellé le ministre de l'Agriculture : \"La France importe aujourd'hui "
        "plus d'un fruit sur deux et un légume sur trois. Voilà où nous ont menés vingt ans de "
        'normes !" La séquence a été largement relayée sur les réseaux sociaux par des comptes '
        "proches du monde agricole.\n\n"
        "Sur le premier point, l'élu a raison. Les données des douanes le confirment : 58 % "
        "des fruits consommés en France en 2025 étaient importés, en comptant les agrumes et les "
        "fruits tropicaux, que l'Hexagone ne produit pas ou peu. Pour les légumes, la part des "
        "importations est plus faible, autour de 28 %.\n\n"
        "Quant au rôle des normes, il est discuté. Les économistes pointent surtout le coût de la "
        "main-d'œuvre, nettement plus élevé en France qu'en Espagne ou au Maroc.\n\n"
        "La présidente de la Fédération des producteurs de fruits, Josiane Lacombe, estime pour sa "
        'part que le sénateur "pose les bonnes questions avec de mauvais raccourcis".',
        [
            (
                D,
                [
                    "La France importe aujourd'hui plus d'un fruit sur deux et un légume sur "
                    "trois. Voilà où nous ont menés vingt ans de normes !"
                ],
                "Bernard Coustou",
            ),
            (P, ["pose les bonnes questions avec de mauvais raccourcis"], "Josiane Lacombe"),
        ],
    ),
    (  # 11 wood-stove rumour: no-break spaces, "annonce la fin de" and "a démenti tout projet"
        # (noun objects, not speech), unnamed spokesman for a ministry (partial after "a assuré
        # qu'"), "Il a précisé que", scheme name in « » not speech, "raconte X" after
        "Le gouvernement s'apprête-t-il à interdire les poêles à bois\u00a0? C'est ce qu'affirme "
        "une vidéo TikTok vue plus de 1,2\u00a0million de fois, dans laquelle un homme se "
        "présentant comme artisan chauffagiste annonce la fin des appareils installés avant 2015 "
        "et des amendes pour les récalcitrants.\n\n"
        "Le ministère de la Transition écologique a démenti tout projet d'interdiction. "
        "Interrogé, un porte-parole a assuré qu'«\u00a0aucune obligation de remplacement n'est "
        "prévue pour les particuliers\u00a0». Il a précisé que seules certaines communes couvertes "
        "par un plan de protection de l'atmosphère pouvaient restreindre l'usage des appareils "
        "les plus anciens, lors des pics de pollution.\n\n"
        "La rumeur semble née d'une confusion avec la prime «\u00a0Chauffage vert\u00a0», qui "
        "finance le remplacement volontaire des vieux poêles.\n\n"
        "«\u00a0On reçoit des appels de clients paniqués tous les jours depuis deux semaines. "
        "Certains veulent revendre leur poêle avant qu'il soit trop tard\u00a0», raconte Thierry "
        "Massol, président de la Fédération des ramoneurs et fumistes.",
        [
            (
                P,
                ["aucune obligation de remplacement n'est prévue pour les particuliers"],
                "ministère de la Transition écologique",
            ),
            (
                I,
                [
                    "seules certaines communes couvertes par un plan de protection de l'atmosphère "
                    "pouvaient restreindre l'usage des appareils les plus anciens, lors des pics "
                    "de pollution"
                ],
                "ministère de la Transition écologique",
            ),
            (
                D,
                [
                    "On reçoit des appels de clients paniqués tous les jours depuis deux semaines. "
                    "Certains veulent revendre leur poêle avant qu'il soit trop tard"
                ],
                "Thierry Massol",
            ),
        ],
    ),
    (  # 12 school rumour: plain spaces, "annonçant la suppression" (noun object), incise "a
        # réagi le recteur …, X." then a new sentence inside the same « » (one quote, two
        # pieces), "Selon la directrice …, X, …", partial after "réclame … une"
        "Un message annonçant la suppression des notes et des redoublements dans les écoles "
        "primaires dès janvier circule depuis plusieurs jours sur WhatsApp et dans des groupes "
        "Facebook de parents d'élèves de l'académie de Valbonne.\n\n"
        "« C'est une rumeur sans aucun fondement, a réagi le recteur de l'académie, Philippe "
        "Garnier. Aucune réforme de l'évaluation n'est en préparation pour le premier degré, ni "
        "pour janvier ni pour la rentrée prochaine. »\n\n"
        "Le message semble déformer une expérimentation menée dans une vingtaine d'écoles du "
        "département, où les notes chiffrées ont été remplacées par des appréciations en CP et en "
        "CE1. Selon la directrice de l'une de ces écoles, Corinne Matthieu, les familles "
        "concernées ont été informées dès la rentrée, par courrier.\n\n"
        "La fédération de parents d'élèves Parents d'abord a pourtant reçu des dizaines de "
        "messages inquiets. Son président, Yannick Le Goff, réclame au ministère une "
        "« clarification rapide ».",
        [
            (
                D,
                [
                    "C'est une rumeur sans aucun fondement",
                    "Aucune réforme de l'évaluation n'est en préparation pour le premier degré, ni "
                    "pour janvier ni pour la rentrée prochaine.",
                ],
                "Philippe Garnier",
            ),
            (
                I,
                ["les familles concernées ont été informées dès la rentrée, par courrier"],
                "Corinne Matthieu",
            ),
            (P, ["clarification rapide"], "Yannick Le Goff"),
        ],
    ),
    (  # 13 stadium cost: no-break spaces, question opening not speech, "C'est ce qu'affirme X"
        # (no clause), newspaper name, "écrit-il" after a quote ending in "!", "Pour lui, « … »"
        "Le nouveau stade de Montreval a-t-il coûté 400\u00a0millions d'euros aux "
        "contribuables\u00a0? C'est ce qu'affirme le chef de file de l'opposition municipale, "
        "Damien Ferrière, dans une tribune publiée dimanche par Le Courrier de l'Est. "
        "«\u00a0400\u00a0millions pour un stade à moitié vide, pendant qu'on ferme des "
        "classes\u00a0!\u00a0», écrit-il.\n\n"
        "Le coût de construction, arrêté en 2025, s'élève à 212\u00a0millions d'euros, dont "
        "96\u00a0millions à la charge de la ville et de la métropole. Le reste a été apporté par "
        "le club résident, la région et des partenaires privés.\n\n"
        "Le calcul de Damien Ferrière additionne en réalité le coût de construction et trente ans "
        "de loyers versés au constructeur dans le cadre d'un partenariat public-privé. Contacté, "
        "l'élu défend sa méthode. Pour lui, «\u00a0c'est la vraie facture pour les "
        "habitants\u00a0».\n\n"
        "Sur cette base, le total atteint environ 390\u00a0millions. Le chiffre n'est donc pas "
        "inventé, mais il ne correspond pas au coût du stade.",
        [
            (
                D,
                [
                    "400\u00a0millions pour un stade à moitié vide, pendant qu'on ferme des "
                    "classes\u00a0!"
                ],
                "Damien Ferrière",
            ),
            (D, ["c'est la vraie facture pour les habitants"], "Damien Ferrière"),
        ],
    ),
    (  # 14 senator on forests: plain spaces, claim opening the text ("Cette sortie de la
        # sénatrice X"), "d'après <body>, …" after a colon, "explique X" after, "selon lesquels"
        # not a source
        "« Il n'y a jamais eu autant de forêts en France, alors arrêtons de culpabiliser les "
        "Français ! » Cette sortie de la sénatrice Marie-Christine Bouvet-Lanza, lors d'un débat "
        "sur la planification écologique mardi, a beaucoup circulé sur les réseaux sociaux.\n\n"
        "Sur la surface, l'élue a raison : d'après l'Inventaire forestier national, la forêt "
        "couvre aujourd'hui 17,4 millions d'hectares en métropole, contre environ 9 millions au "
        "milieu du XIXe siècle.\n\n"
        "Mais les spécialistes s'inquiètent de son état. « La surface augmente, mais la forêt "
        "stocke de moins en moins de carbone. La mortalité des arbres a presque doublé en dix "
        "ans, à cause des sécheresses et des scolytes », explique Julien Ferrand, chercheur en "
        "écologie forestière. Il cite des relevés selon lesquels le puits de carbone forestier a "
        "été divisé par deux depuis 2010.\n\n"
        "L'affirmation est donc exacte sur la surface, mais elle passe sous silence la santé "
        "déclinante des forêts.",
        [
            (
                D,
                [
                    "Il n'y a jamais eu autant de forêts en France, alors arrêtons de culpabiliser "
                    "les Français !"
                ],
                "Marie-Christine Bouvet-Lanza",
            ),
            (
                I,
                [
                    "la forêt couvre aujourd'hui 17,4 millions d'hectares en métropole, contre "
                    "environ 9 millions au milieu du XIXe siècle"
                ],
                "Inventaire forestier national",
            ),
            (
                D,
                [
                    "La surface augmente, mais la forêt stocke de moins en moins de carbone. La "
                    "mortalité des arbres a presque doublé en dix ans, à cause des sécheresses et "
                    "des scolytes"
                ],
                "Julien Ferrand",
            ),
        ],
    ),
    (  # 15 hospital beds: narrow no-break spaces, quote then colon and "la phrase ouvre une
        # vidéo publiée par le député X", organisation by acronym, "prévient X" after, "Selon
        # elle, …"
        "«\u202fEn cinq ans, ce gouvernement a fermé 30\u202f000 lits d'hôpital\u202f»\u202f: la "
        "phrase ouvre une vidéo publiée mercredi par le député de la Gauche unie Samir Belkacem "
        "sur ses réseaux sociaux, vue plus de 300\u202f000 fois.\n\n"
        "Les données de la Direction des études et statistiques sanitaires (DESS) confirment "
        "l'ordre de grandeur\u202f: le pays compte 29\u202f400 lits d'hospitalisation complète de "
        "moins qu'à la fin de 2020.\n\n"
        "«\u202fLe chiffre est juste, mais il faut le lire correctement\u202f», prévient "
        "Anne-Sophie Ricard, qui dirige le service des établissements de santé à la DESS. Selon "
        "elle, près d'un tiers de ces fermetures correspondent à des lits transformés en places "
        "d'hospitalisation de jour, qui ne sont pas comptabilisées comme des lits.\n\n"
        "Dans la même vidéo, le député montre des images de couloirs d'urgences encombrés. Le "
        "constat d'un hôpital sous tension est partagé par la plupart des soignants, mais le "
        "chiffre brut de 30\u202f000 lits mérite d'être nuancé.",
        [
            (
                D,
                ["En cinq ans, ce gouvernement a fermé 30\u202f000 lits d'hôpital"],
                "Samir Belkacem",
            ),
            (
                D,
                ["Le chiffre est juste, mais il faut le lire correctement"],
                "Anne-Sophie Ricard",
            ),
            (
                I,
                [
                    "près d'un tiers de ces fermetures correspondent à des lits transformés en "
                    "places d'hospitalisation de jour, qui ne sont pas comptabilisées comme des "
                    "lits"
                ],
                "Anne-Sophie Ricard",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 health secretary on waiting lists: curly quotes, role + name after the quote ("the
        # health secretary, X, told the Commons"), unnamed spokesperson for a department (partial
        # inside "said the minister had been referring to"), analyst's quote with no speech verb
        "“Waiting lists have now fallen for six months in a row,” the health secretary, Daniel "
        "Ashworth, told the Commons on Tuesday. The line was repeated in a video posted on the "
        "government's social media accounts the same evening and has been shared thousands of "
        "times.\n\n"
        "It is not quite right. Figures from the Health Statistics Authority show the overall "
        "waiting list fell in five of the last six months, but rose slightly in August, from 7.41 "
        "million to 7.43 million.\n\n"
        "A spokesperson for the Department of Health said the minister had been referring to "
        "“the underlying trend” rather than to month-by-month figures.\n\n"
        "Sally Brennan, a senior analyst at the health think tank the Moorgate Institute, was "
        "less forgiving. “Six months in a row is a specific, checkable claim, and it's wrong. The "
        "trend is genuinely good news. There's no need to exaggerate it.”\n\n"
        "The waiting list remains well above its pre-pandemic level of 4.6 million. We rate the "
        "claim misleading.",
        [
            (D, ["Waiting lists have now fallen for six months in a row"], "Daniel Ashworth"),
            (P, ["the underlying trend"], "Department of Health"),
            (
                D,
                [
                    "Six months in a row is a specific, checkable claim, and it's wrong. The trend "
                    "is genuinely good news. There's no need to exaggerate it."
                ],
                "Sally Brennan",
            ),
        ],
    ),
    (  # 2 TikTok influencer on fluoride: straight quotes, "Stroud says" (surname alone) after,
        # "…, according to <company>, which …", partial inside "said … were" with "Dr"
        "A TikTok video by wellness influencer Kayla Stroud, who has 1.1 million followers, has "
        "been viewed more than 900,000 times since it was posted last week. In it, she holds up a "
        "home testing kit next to a glass of tap water.\n\n"
        "\"This is what they're putting in your kids' water in Dunmore. Fluoride. I stopped "
        'drinking it two years ago and my brain fog disappeared overnight," Stroud says.\n\n'
        "Fluoride is not added to the public water supply in Dunmore, according to Severn Vale "
        "Water, which supplies the town. Naturally occurring levels there are around 0.1 "
        "milligrams per litre, well below the legal limit of 1.5.\n\n"
        "Dr Priya Raman, a toxicologist at the University of Eastfield, said home kits of the "
        'kind shown in the video were "notoriously unreliable" and often reacted to harmless '
        "minerals such as calcium.\n\n"
        "Stroud did not respond to a request for comment. The video remains online.",
        [
            (
                D,
                [
                    "This is what they're putting in your kids' water in Dunmore. Fluoride. I "
                    "stopped drinking it two years ago and my brain fog disappeared overnight"
                ],
                "Kayla Stroud",
            ),
            (
                I,
                ["Fluoride is not added to the public water supply in Dunmore"],
                "Severn Vale Water",
            ),
            (P, ["notoriously unreliable"], "Priya Raman"),
        ],
    ),
    (  # 3 gas tax ad (PolitiFact-like): curly quotes, "Republican state Sen. X says" after,
        # figures from a research group without a speech verb, campaign spokeswoman "said the
        # senator was", economist's quote with no speech verb
        "“Our families pay the highest gas tax in the nation, period,” Republican state Sen. "
        "Wade Hollister says in a campaign ad that began airing this month in his bid for "
        "governor of Nevarra.\n\n"
        "Is he right? Not quite. Data compiled by the Center for State Tax Data, a nonpartisan "
        "research group, show Nevarra's state gas tax of 51.2 cents per gallon ranks third in the "
        "country, behind Columbia and Lakeland.\n\n"
        "Hollister's campaign spokeswoman, Britt Calloway, said the senator was counting local "
        "fuel taxes levied in some counties, which push the total at the pump higher in places "
        "like Clark Valley.\n\n"
        "Laura Mendes, an economist at Western Plains University, was unconvinced. “He's "
        "comparing one county's total with other states' base rates. If you count local taxes "
        "everywhere, Nevarra actually drops to fourth.”\n\n"
        "Hollister's claim contains an element of truth but ignores critical facts. We rate it "
        "Mostly False.",
        [
            (D, ["Our families pay the highest gas tax in the nation, period"], "Wade Hollister"),
            (
                I,
                [
                    "the senator was counting local fuel taxes levied in some counties, which push "
                    "the total at the pump higher in places like Clark Valley"
                ],
                "Britt Calloway",
            ),
            (
                D,
                [
                    "He's comparing one county's total with other states' base rates. If you count "
                    "local taxes everywhere, Nevarra actually drops to fourth."
                ],
                "Laura Mendes",
            ),
        ],
    ),
    (  # 4 recycled flood photo: curly quotes, post quoted after "read:", newspaper name, "he
        # said" for the photographer named in the sentence before
        "A photograph showing cars submerged up to their roofs on a flooded high street has been "
        "shared thousands of times on Facebook and X since Sunday's storm. One post, by "
        "independent council candidate Terry Gaskell, read: “Kingsbridge this morning. Where is "
        "the council? Absolute disgrace.”\n\n"
        "The image is real, but it is not new. A reverse image search shows it was first "
        "published in February 2014 by the Wessex Gazette, during floods in the town of Ambury, "
        "40 miles away.\n\n"
        "Its photographer, Martin Keogh, recognised it immediately. “That's the Co-op on Mill "
        "Street in Ambury, ten years ago. The picture comes round every time there's a storm, and "
        "every time someone swears it was taken yesterday,” he said.\n\n"
        "Kingsbridge did see flooding on Sunday, but on a much smaller scale: 23 properties were "
        "affected. Mr Gaskell deleted his post on Monday afternoon.",
        [
            (
                D,
                ["Kingsbridge this morning. Where is the council? Absolute disgrace."],
                "Terry Gaskell",
            ),
            (
                D,
                [
                    "That's the Co-op on Mill Street in Ambury, ten years ago. The picture comes "
                    "round every time there's a storm, and every time someone swears it was taken "
                    "yesterday"
                ],
                "Martin Keogh",
            ),
        ],
    ),
    (  # 5 traffic filters: straight quotes, hashtag not speech, "told his followers on X:",
        # cabinet member's quote over three sentences + "she said", partial after "described …
        # as" for the broadcaster by surname
        "Posts about Redfield City Council's new traffic scheme have spread widely online this "
        "week, many of them carrying the hashtag #ClimateLockdown. Broadcaster Gordon Fairlie "
        'told his 200,000 followers on X: "From January you will need PERMISSION to leave your '
        'own district. This is how it starts."\n\n'
        "That is not what the scheme does. Six traffic filters will restrict through-traffic by "
        "private cars on some residential roads at peak times, with exemptions for buses, taxis, "
        "carers and delivery vehicles.\n\n"
        "The council's cabinet member for transport, Aisha Begum, was categorical. \"Nobody will "
        "be fined for leaving their neighbourhood. You can drive anywhere in Redfield, at any "
        'time. You might just have to take the ring road," she said.\n\n'
        "Drivers who pass through a filter without an exemption face a £70 penalty. Fairlie has "
        'not deleted his post. Asked about it, he described the scheme as "the thin end of the '
        'wedge".',
        [
            (
                D,
                [
                    "From January you will need PERMISSION to leave your own district. This is how "
                    "it starts."
                ],
                "Gordon Fairlie",
            ),
            (
                D,
                [
                    "Nobody will be fined for leaving their neighbourhood. You can drive anywhere "
                    "in Redfield, at any time. You might just have to take the ring road"
                ],
                "Aisha Begum",
            ),
            (P, ["the thin end of the wedge"], "Gordon Fairlie"),
        ],
    ),
    (  # 6 mayor on crime: curly quotes, quote over two paragraphs (the second opens with a mark;
        # two pieces) closed by "she told listeners", partial inside "said the patrols had" with
        # rank before the name, "Ms X said she had been"
        "The mayor of Castlemoor, Helen Drury, made the claim during a phone-in on Radio "
        "Castlemoor on Friday morning, in answer to a caller worried about safety in the town at "
        "night.\n\n"
        "“Since we brought in the night patrols, crime in the city centre has halved. Halved. "
        "People feel safe coming into town again.\n\n"
        "“Every business owner I talk to tells me the same thing,” she told listeners.\n\n"
        "Police figures tell a more mixed story. Data published by Castlemoor Constabulary show a "
        "22 per cent fall in recorded crime in the city centre ward between 2024 and 2025. Chief "
        "Superintendent Gary Holt said the patrols had “undoubtedly helped” with antisocial "
        "behaviour, but warned against drawing firm conclusions from a single year.\n\n"
        "Asked about the gap, Ms Drury said she had been quoting figures for the night-time "
        "economy zone, where recorded crime fell by 48 per cent. That zone covers only eleven "
        "streets.",
        [
            (
                D,
                [
                    "Since we brought in the night patrols, crime in the city centre has halved. "
                    "Halved. People feel safe coming into town again.",
                    "Every business owner I talk to tells me the same thing",
                ],
                "Helen Drury",
            ),
            (P, ["undoubtedly helped"], "Gary Holt"),
            (
                I,
                [
                    "she had been quoting figures for the night-time economy zone, where recorded "
                    "crime fell by 48 per cent"
                ],
                "Helen Drury",
            ),
        ],
    ),
    (  # 7 fake supermarket notice: curly quotes, "appears to announce an end to" (noun object),
        # '"A," a spokeswoman said. "B."' (two quotes, speaking for the chain), misspelt words in
        # marks not speech, '"A," said X, "b."' (one quote, two pieces)
        "Screenshots of a supposed notice from the supermarket chain Hargreaves, in which it "
        "appears to announce an end to sales of British beef, have been shared more than 12,000 "
        "times on Facebook since Thursday.\n\n"
        "“This is completely fake,” a Hargreaves spokeswoman said. “We have not changed our beef "
        "policy, and more than 90 per cent of the fresh beef we sell comes from British farms.”\n\n"
        "The notice uses a logo the company dropped in 2019 and contains several spelling "
        "mistakes, including “recieve” and “comitment”.\n\n"
        "The hoax caused real alarm among farmers. “People were genuinely frightened, which tells "
        "you how fragile things are right now,” said Owen Pritchard, livestock adviser at the "
        "National Farmers' Alliance, “but this one was a hoax from start to finish.”",
        [
            (D, ["This is completely fake"], "Hargreaves"),
            (
                D,
                [
                    "We have not changed our beef policy, and more than 90 per cent of the fresh "
                    "beef we sell comes from British farms."
                ],
                "Hargreaves",
            ),
            (
                D,
                [
                    "People were genuinely frightened, which tells you how fragile things are "
                    "right now",
                    "but this one was a hoax from start to finish.",
                ],
                "Owen Pritchard",
            ),
        ],
    ),
    (  # 8 podcast on statins: straight quotes, episode title in marks not speech, partial inside
        # "claims that" ("former GP X"), "According to <agency>, …", "Professor X … was blunt"
        # then a quote with no speech verb
        'In a podcast episode titled "What They Won\'t Tell You About Statins", former GP Marcus '
        'Webb claims that the cholesterol-lowering drugs cause "more heart attacks than they '
        'prevent". The episode of The Webb Report has been downloaded more than 250,000 times, '
        "and clips of it circulate widely on Instagram.\n\n"
        "There is no evidence for this. According to the Medicines Safety Agency, statins "
        "prevent around 7,000 heart attacks and strokes a year among people taking them to lower "
        "their risk.\n\n"
        "Professor Ruth Akinola, a cardiologist at St Anne's Hospital in Brackley, was blunt. "
        '"Side effects are real, and patients should raise them with their doctor. But stopping '
        'statins because of a podcast is a genuinely dangerous idea."\n\n'
        "Webb stopped practising in 2021. He did not reply to our questions.",
        [
            (P, ["more heart attacks than they prevent"], "Marcus Webb"),
            (
                I,
                [
                    "statins prevent around 7,000 heart attacks and strokes a year among people "
                    "taking them to lower their risk"
                ],
                "Medicines Safety Agency",
            ),
            (
                D,
                [
                    "Side effects are real, and patients should raise them with their doctor. But "
                    "stopping statins because of a podcast is a genuinely dangerous idea."
                ],
                "Ruth Akinola",
            ),
        ],
    ),
    (  # 9 union leader on real pay: curly quotes, role + name then "had a simple message …:"
        # (quote after a colon, no speech verb), "According to the Office …, …"
        "The general secretary of the Transport and Logistics Union, Kevin Mallory, had a simple "
        "message for delegates at the union's conference in Blackmoor on Saturday: “Workers in "
        "this country have taken a 20 per cent pay cut in real terms since 2010.”\n\n"
        "The figure has since appeared on banners and in dozens of social media posts shared by "
        "the union and its branches.\n\n"
        "Official data do not support it. According to the Office for Economic Statistics, "
        "average real weekly earnings in October were 1.8 per cent higher than in October 2010, "
        "once inflation is taken into account.\n\n"
        "Some groups have done worse. Pay for bus drivers and warehouse staff has fallen by 8 to "
        "10 per cent in real terms over the period, still well short of the union's figure. The "
        "union did not respond to a request for comment.",
        [
            (
                D,
                [
                    "Workers in this country have taken a 20 per cent pay cut in real terms since "
                    "2010."
                ],
                "Kevin Mallory",
            ),
            (
                I,
                [
                    "average real weekly earnings in October were 1.8 per cent higher than in "
                    "October 2010, once inflation is taken into account"
                ],
                "Office for Economic Statistics",
            ),
        ],
    ),
    (  # 10 asylum allowance post: straight quotes, anonymous post as speaker (partial inside
        # "claims that"), "The Home Department said the figure was", charity director's quote
        # with "she said"
        "A post shared more than 30,000 times on Facebook claims that asylum seekers housed in "
        'hotels receive "£2,000 a week in cash and benefits". It shows a photograph of a seafront '
        "hotel in Saltmarsh.\n\n"
        "The Home Department said the figure was false. Asylum seekers in hotels, where meals are "
        "provided, receive an allowance of £9.58 a week; those in other accommodation receive "
        "£49.18. Most are not allowed to work while their claim is considered.\n\n"
        "Zainab Osei, policy director at the charity Refugee Link, is used to seeing such "
        "numbers. \"Every few months a new figure appears, and it's always wildly inflated. The "
        'people we support are choosing between bus fares and phone credit," she said.\n\n'
        "The overall cost of hotel accommodation for asylum seekers reached £3.1bn last year, a "
        "figure that may explain some of the confusion.",
        [
            (P, ["£2,000 a week in cash and benefits"], "post"),
            (I, ["the figure was false"], "Home Department"),
            (
                D,
                [
                    "Every few months a new figure appears, and it's always wildly inflated. The "
                    "people we support are choosing between bus fares and phone credit"
                ],
                "Zainab Osei",
            ),
        ],
    ),
    (  # 11 minister on onshore wind: curly quotes, "the energy minister, X, told a conference",
        # estimates without a speech verb, unnamed "Critics say", "said X, of <forum>" after
        "“New onshore wind is now the cheapest electricity we can build, full stop,” the energy "
        "minister, Rachel Osborne-Hay, told a conference in Leeford on Monday.\n\n"
        "This is broadly correct. The latest estimates from the Department for Energy Security, "
        "published in August, put the cost of new onshore wind at £38 per megawatt hour, compared "
        "with £44 for large-scale solar and £114 for new gas plants.\n\n"
        "Critics say these figures leave out the cost of keeping backup power available for "
        "windless days.\n\n"
        "“You can't just look at the price of a turbine. Somebody has to pay for the gas plant "
        "sitting idle for when the wind drops,” said Graham Tuckett, of the Energy Consumers' "
        "Forum. Even with those costs included, independent studies still put wind ahead of gas, "
        "but by a narrower margin.",
        [
            (
                D,
                ["New onshore wind is now the cheapest electricity we can build, full stop"],
                "Rachel Osborne-Hay",
            ),
            (
                I,
                [
                    "these figures leave out the cost of keeping backup power available for "
                    "windless days"
                ],
                "critics",
            ),
            (
                D,
                [
                    "You can't just look at the price of a turbine. Somebody has to pay for the "
                    "gas plant sitting idle for when the wind drops"
                ],
                "Graham Tuckett",
            ),
        ],
    ),
    (  # 12 "cancelled Christmas" rumour: straight quotes, "Claims that …" (noun, not speech),
        # parent's post after "who wrote:", head teacher's letter with "he wrote"
        "Claims that a primary school in Ashcombe has cancelled Christmas to avoid offending "
        "other faiths have been shared tens of thousands of times since Monday, and picked up by "
        "several news websites.\n\n"
        'The story began with a Facebook post by a parent, Donna Whitlock, who wrote: "St '
        "Brendan's has cancelled the nativity this year. Apparently it's not inclusive enough. "
        'Unbelievable."\n\n'
        "The nativity has indeed been replaced this year, by a Christmas concert, because "
        "building work has closed the school hall until February.\n\n"
        "The head teacher, Mark Ellery, wrote to parents on Tuesday to set the record straight. "
        '"We are having a Christmas concert, with carols, in the church next door. There will be '
        "a Christmas jumper day, a Christmas dinner and a visit from Father Christmas. I'm not "
        'sure what else we could do," he wrote.\n\n'
        "Ms Whitlock has since deleted her post.",
        [
            (
                D,
                [
                    "St Brendan's has cancelled the nativity this year. Apparently it's not "
                    "inclusive enough. Unbelievable."
                ],
                "Donna Whitlock",
            ),
            (
                D,
                [
                    "We are having a Christmas concert, with carols, in the church next door. "
                    "There will be a Christmas jumper day, a Christmas dinner and a visit from "
                    "Father Christmas. I'm not sure what else we could do"
                ],
                "Mark Ellery",
            ),
        ],
    ),
    (  # 13 rail fares: curly quotes, "X, general secretary of …, said in a video" after, regulator
        # figures without a speech verb, ticket name in marks not speech, "pointed to a different
        # measure" (noun object), "called the comparison “…”"
        "“Rail fares have gone up three times faster than wages over the last decade,” Colin "
        "Featherstone, general secretary of the Rail and Maritime Workers' Union, said in a video "
        "posted on the union's X account on Thursday.\n\n"
        "Figures from the Office of Rail Standards, the industry regulator, point the other way. "
        "Regulated fares rose by 38 per cent between 2015 and 2025, while average weekly pay rose "
        "by 41 per cent over the same period.\n\n"
        "The union pointed to a different measure: the price of an “anytime” return on some busy "
        "commuter routes, which has jumped by up to 70 per cent. Those tickets are not "
        "regulated.\n\n"
        "Transport analyst Joanna Pike called the comparison “cherry-picking of a fairly obvious "
        "kind”. Featherstone's claim is false.",
        [
            (
                D,
                ["Rail fares have gone up three times faster than wages over the last decade"],
                "Colin Featherstone",
            ),
            (P, ["cherry-picking of a fairly obvious kind"], "Joanna Pike"),
        ],
    ),
    (  # 14 TV chef on house prices: curly quotes, "the chef and television presenter X said"
        # after, podcast title in marks not speech, "the chief executive said" for the charity
        # head named before
        "“House prices have doubled in the last five years. Doubled. My kids will never own a "
        "home,” the chef and television presenter Tom Castellano said on the latest episode of "
        "the podcast “Table for Two”. The clip has been viewed more than 1.5 million times on "
        "TikTok.\n\n"
        "Land and Property Registry data show the average house price rose from £251,000 in "
        "October 2021 to £289,000 in October 2026, an increase of about 15 per cent. No region "
        "has seen prices double.\n\n"
        "Raj Mistry, chief executive of the housing charity Homes First, sees the problem "
        "elsewhere. “Prices haven't doubled. But rents have climbed relentlessly, and that makes "
        "saving for a deposit almost impossible. That's the story people are living,” the chief "
        "executive said.\n\n"
        "Castellano's agent did not respond to a request for comment.",
        [
            (
                D,
                [
                    "House prices have doubled in the last five years. Doubled. My kids will never "
                    "own a home"
                ],
                "Tom Castellano",
            ),
            (
                D,
                [
                    "Prices haven't doubled. But rents have climbed relentlessly, and that makes "
                    "saving for a deposit almost impossible. That's the story people are living"
                ],
                "Raj Mistry",
            ),
        ],
    ),
    (  # 15 sculpture leaflet: curly quotes, "Councillor X wrote:" before, sculpture title in
        # marks not speech, "…, according to <council>'s head of culture, X." after
        "In a leaflet delivered to homes in Elmbridge last week, Councillor Brian Hollis wrote: "
        "“£1.2 MILLION on a lump of metal while our potholes go unfilled. Who signed this off?”"
        "\n\n"
        "The leaflet refers to “The Weaver”, a steel sculpture unveiled outside the town library "
        "in September. Council records show it cost £186,000.\n\n"
        "Most of that money, £150,000, came from a national arts grant that could not legally be "
        "spent on roads, according to Elmbridge Borough Council's head of culture, Nadia "
        "Farouk.\n\n"
        "The leaflet went to about 9,000 homes in the Northfield and Abbey wards, where Mr Hollis "
        "is standing for re-election in May. The rest of the sculpture's cost was paid by a local "
        "housing developer as part of a planning agreement. Mr "
        "Hollis has not explained how he reached the £1.2 million figure. His claim is false.",
        [
            (
                D,
                [
                    "£1.2 MILLION on a lump of metal while our potholes go unfilled. Who signed "
                    "this off?"
                ],
                "Brian Hollis",
            ),
            (
                I,
                [
                    "Most of that money, £150,000, came from a national arts grant that could not "
                    "legally be spent on roads"
                ],
                "Nadia Farouk",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout64.jsonl"),
        "heldout64",
        "h64",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
