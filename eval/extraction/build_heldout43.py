"""Source of the forty-third held-out set: writes heldout43.jsonl (split "heldout43").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like court and crime copy: trials, verdicts, appeals, investigations and arrests, with judges,
prosecutors, lawyers, police spokespeople, victims' families, witnesses and defendants speaking.
Measured once before (extractor 0.3.0) and once after extractors 0.17.0 and 0.18.0
(docs/EXTRACTION.md); not read when 0.18.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout43.py
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
    (  # 1 assises verdict: no-break spaces, "a-t-elle regretté", "s'est dite « »"
        "Valromieu — La cour d'assises de la Haute-Sorgue a condamné vendredi soir Julien Marcheval, 41 "
        "ans, à dix-huit ans de réclusion criminelle pour le meurtre de son associé, Thierry "
        "Vanbelle, tué de deux coups de feu en mars 2024 dans un entrepôt de Saint-Ferréol-les-Pins.\n\n"
        "«\u00a0La cour n'a trouvé aucun élément permettant de retenir la légitime "
        "défense\u00a0», a déclaré la présidente, Hélène Costabel, en lisant la motivation de "
        "l'arrêt. L'avocat général, Marc-Antoine Ribière, avait requis vingt ans.\n\n"
        "À la sortie de la salle, l'avocate de la défense, Sophie Lenhardt, a annoncé un "
        "appel. «\u00a0Il a toujours dit qu'il avait eu peur pour sa vie. "
        "Cette peur, personne n'a voulu l'entendre\u00a0», a-t-elle regretté.\n\n"
        "Assise au premier rang pendant les cinq jours d'audience, la veuve de la victime, "
        "Nadia Vanbelle, s'est dite «\u00a0soulagée mais pas apaisée\u00a0». Le procès en "
        "appel devrait se tenir d'ici un an devant la cour d'assises du Comtat-Maritime.",
        [
            (
                D,
                ["La cour n'a trouvé aucun élément permettant de retenir la légitime défense"],
                "Hélène Costabel",
            ),
            (
                D,
                [
                    "Il a toujours dit qu'il avait eu peur pour sa vie. Cette peur, personne n'a "
                    "voulu l'entendre"
                ],
                "Sophie Lenhardt",
            ),
            (P, ["soulagée mais pas apaisée"], "Nadia Vanbelle"),
        ],
    ),
    (  # 2 arrests: narrow no-break spaces, postposed "a annoncé", "Selon le magistrat"
        "Trois hommes soupçonnés d'avoir commis une série de cambriolages dans des "
        "bijouteries de la vallée de l'Orbize ont été interpellés mardi à l'aube par les "
        "gendarmes du département.\n\n"
        "Selon le procureur de la République de Saint-Forgeux, Olivier Kerbrat, les suspects auraient dérobé pour plus de 600\u202f000 euros de "
        "bijoux et de montres en huit mois. «\u202fIl s'agit d'une équipe très organisée, qui "
        "repérait les lieux plusieurs semaines à l'avance\u202f», a précisé le magistrat lors "
        "d'une conférence de presse.\n\n"
        "La commandante de la compagnie de gendarmerie, Lucie Fervan, a salué «\u202fun "
        "travail de fourmi\u202f» de ses enquêteurs, qui ont visionné plus de 300 heures "
        "d'images de vidéosurveillance. Les gardes à vue peuvent durer jusqu'à 96 heures.\n\n"
        "Victime de deux vols en six mois, une commerçante de Rive-d'Orbize, Martine Oudart, a "
        "confié son soulagement\u202f: «\u202fJe dormais avec le téléphone sous l'oreiller. "
        "Peut-être que je vais enfin pouvoir refermer ce chapitre.\u202f»",
        [
            (
                I,
                [
                    "les suspects auraient dérobé pour plus de 600\u202f000 euros de bijoux et de "
                    "montres en huit mois"
                ],
                "Olivier Kerbrat",
            ),
            (
                D,
                [
                    "Il s'agit d'une équipe très organisée, qui repérait les lieux plusieurs "
                    "semaines à l'avance"
                ],
                "Olivier Kerbrat",
            ),
            (P, ["un travail de fourmi"], "Lucie Fervan"),
            (
                D,
                [
                    "Je dormais avec le téléphone sous l'oreiller. Peut-être que je vais enfin "
                    "pouvoir refermer ce chapitre."
                ],
                "Martine Oudart",
            ),
        ],
    ),
    (  # 3 appeal trial of ex-mayor: quote over two paragraphs, book title, "Pour X, « »"
        "Vermandy — L'ancien maire de Saint-Aubert-les-Prés, Gérard Montvallon, a de nouveau "
        "clamé son innocence lundi devant la cour d'appel, où il est rejugé pour détournement "
        "de fonds publics. En première instance, il avait été condamné à trois ans de prison, "
        "dont un ferme, et à cinq ans d'inéligibilité.\n\n"
        "« Je n'ai jamais pris un centime dans la caisse de la commune, a-t-il lancé à la "
        "barre. Les factures que l'on me reproche ont toutes été votées en conseil "
        "municipal.\n\n"
        "« Si des erreurs ont été commises, ce sont des erreurs de gestion, pas des vols. »\n\n"
        "L'ancien élu, qui a publié l'an dernier un livre intitulé « Le Prix de la vérité », "
        "accuse ses successeurs de l'avoir « livré aux juges » pour des raisons politiques.\n\n"
        "Pour l'avocate générale, Bénédicte Sarrazin-Loup, « les faits sont établis par "
        "l'expertise comptable, et aucun vote ne peut couvrir un enrichissement personnel ». "
        "Elle a requis la confirmation de la peine. L'avocat de la commune, Thomas Vergne, a "
        "réclamé 210 000 euros de dommages et intérêts.\n\n"
        "L'arrêt sera rendu le 12 février.",
        [
            (
                D,
                [
                    "Je n'ai jamais pris un centime dans la caisse de la commune",
                    "Les factures que l'on me reproche ont toutes été votées en conseil municipal.",
                    "Si des erreurs ont été commises, ce sont des erreurs de gestion, pas des vols.",
                ],
                "Gérard Montvallon",
            ),
            (P, ["livré aux juges"], "Gérard Montvallon"),
            (
                D,
                [
                    "les faits sont établis par l'expertise comptable, et aucun vote ne peut "
                    "couvrir un enrichissement personnel"
                ],
                "Bénédicte Sarrazin-Loup",
            ),
        ],
    ),
    (  # 4 death after a traffic stop: “ ” typography, letter read by a lawyer, D'après
        "La sœur de Karim Benhaddou, 19 ans, mort le 3 octobre après un contrôle routier à "
        "Villenave-sur-Garonne, a réclamé jeudi “toute la vérité” sur les circonstances du "
        "drame, lors d'une conférence de presse organisée devant le palais de justice.\n\n"
        "Aux côtés de Yasmina Benhaddou, l'avocat de la famille, Frédéric Almont, a lu une "
        "lettre de la mère du jeune homme. Samira Benhaddou y écrit : “Karim n'était pas un "
        "délinquant. Il rentrait du travail. Je veux savoir pourquoi mon fils est mort sur le "
        "bord d'une route.”\n\n"
        "Une information judiciaire pour homicide involontaire a été ouverte et confiée à "
        "deux juges d'instruction. La procureure, Anne-Laure Vidalenc, a promis une enquête "
        "approfondie, et le policier qui a fait feu a été suspendu à titre conservatoire.\n\n"
        "“Nous attendons des actes, pas des mots”, a martelé Me Almont, qui demande la "
        "reconstitution des faits.",
        [
            (P, ["toute la vérité"], "Yasmina Benhaddou"),
            (
                D,
                [
                    "Karim n'était pas un délinquant. Il rentrait du travail. Je veux savoir "
                    "pourquoi mon fils est mort sur le bord d'une route."
                ],
                "Samira Benhaddou",
            ),
            (D, ["Nous attendons des actes, pas des mots"], "Frédéric Almont"),
        ],
    ),
    (  # 5 fugitive arrested: nickname in quotes, no-space guillemets, role-only "la porte-parole"
        "Il était recherché depuis près de quatre ans. Surnommé «le Renard» pour ses évasions "
        "répétées, Patrick Leboulch, 52 ans, a été arrêté samedi soir dans un appartement de "
        "Port-Kerlaz par les enquêteurs de la brigade de recherche de Ploudaniel.\n\n"
        "La porte-parole de la police du Finistère-Sud, Isabelle Trégarven, a confirmé "
        "l'interpellation, survenue sans incident. "
        "«C'est l'aboutissement d'un long travail de filature. Il avait changé trois fois "
        "d'identité», a détaillé la porte-parole.\n\n"
        "Patrick Leboulch s'était évadé en 2022 lors d'une extraction médicale depuis le "
        "centre pénitentiaire de Kervalan, où il purgeait une peine de douze ans pour "
        "braquages. «Mon client n'a jamais été violent. Il veut s'expliquer devant les "
        "juges», a déclaré son avocat, Me Yves Carhaix, qui a demandé à le rencontrer dès "
        "lundi. Il devrait être présenté à un juge de l'application des peines.",
        [
            (
                D,
                [
                    "C'est l'aboutissement d'un long travail de filature. Il avait changé trois "
                    "fois d'identité"
                ],
                "Isabelle Trégarven",
            ),
            (
                D,
                ["Mon client n'a jamais été violent. Il veut s'expliquer devant les juges"],
                "Yves Carhaix",
            ),
        ],
    ),
    (  # 6 phone-fraud trial: quote first, speaker in the next sentence; incise with \u202f
        "« J'ai perdu les économies de toute une vie en vingt minutes au téléphone. » La voix "
        "tremblante, Denise Hurault, 78 ans, a été la première victime entendue mercredi par "
        "le tribunal correctionnel de Vaucelles. Un homme se présentant comme un "
        "conseiller de sa banque l'avait convaincue, en mai 2025, de virer 46 000 euros sur "
        "un compte prétendument sécurisé.\n\n"
        "Sept prévenus, âgés de 22 à 31 ans, comparaissent pour escroquerie en bande "
        "organisée. Le principal d'entre eux, Kevin Astruc, a reconnu avoir « passé des "
        "appels ». Il a en revanche contesté être à la tête du réseau.\n\n"
        "La procureure, Camille Deschanel, a requis contre lui cinq ans de prison, dont trois "
        "ferme. «\u202fCes escrocs ont ciblé méthodiquement les plus fragiles, a-t-elle "
        "souligné. Ils savaient exactement ce qu'ils faisaient.\u202f»\n\n"
        "Le jugement a été mis en délibéré au 15 janvier.",
        [
            (
                D,
                ["J'ai perdu les économies de toute une vie en vingt minutes au téléphone."],
                "Denise Hurault",
            ),
            (P, ["passé des appels"], "Kevin Astruc"),
            (I, ["être à la tête du réseau"], "Kevin Astruc"),
            (
                D,
                [
                    "Ces escrocs ont ciblé méthodiquement les plus fragiles",
                    "Ils savaient exactement ce qu'ils faisaient.",
                ],
                "Camille Deschanel",
            ),
        ],
    ),
    (  # 7 missing hiker: "le colonel", "l'officier" resolved; two directs and two indirects
        "Les gendarmes de la Haute-Vallière ont lancé mardi un appel à témoins, dix jours "
        "après la disparition de Léa Morand, une randonneuse de 34 ans aperçue pour la "
        "dernière fois sur le sentier du col de Peyrolles.\n\n"
        "Le commandant du groupement, le colonel Éric Salvan, a fait état lors d'un point "
        "presse de la mobilisation de plus de 120 militaires, de deux hélicoptères et "
        "d'équipes cynophiles. «\u00a0Nous n'écartons aucune hypothèse\u00a0», a-t-il "
        "ajouté.\n\n"
        "Le colonel a toutefois reconnu que les recherches au sol seraient suspendues à "
        "partir de jeudi en raison des chutes de neige annoncées. « Cela ne veut pas dire que "
        "nous abandonnons. L'enquête, elle, continue », a insisté l'officier.\n\n"
        "Le compagnon de la jeune femme, Damien Rouvière, a été entendu à deux reprises "
        "comme témoin. La sœur de la disparue, Pauline Morand, a lancé un appel sur les "
        "réseaux sociaux, partagé plus de 40 000 fois.",
        [
            (D, ["Nous n'écartons aucune hypothèse"], "Éric Salvan"),
            (
                I,
                [
                    "les recherches au sol seraient suspendues à partir de jeudi en raison des "
                    "chutes de neige annoncées"
                ],
                "Éric Salvan",
            ),
            (
                D,
                ["Cela ne veut pas dire que nous abandonnons. L'enquête, elle, continue"],
                "Éric Salvan",
            ),
        ],
    ),
    (  # 8 industrial accident: company statement, association, incise with its president
        "Le tribunal correctionnel de Rouvray a condamné jeudi la société Transfluvia à "
        "450 000 euros d'amende pour homicides involontaires, trois ans après l'explosion "
        "d'une cuve qui avait coûté la vie à deux ouvriers sur le port de "
        "Saint-Marcel-sur-Seine. L'ancien directeur du site, Bernard Lheureux, a écopé de "
        "dix-huit mois de prison avec sursis.\n\n"
        "Dans un communiqué, Transfluvia dit « prendre acte » de la décision et annonce "
        "étudier la possibilité de faire appel.\n\n"
        "« Cette décision reconnaît enfin les responsabilités », s'est félicitée "
        "l'association des familles de victimes, Mémoire et Justice, qui s'était constituée "
        "partie civile.\n\n"
        "« Ce n'est pas une victoire. Rien ne nous rendra Stéphane et Mehdi, a réagi sa "
        "présidente, Josiane Carrel, dont le fils faisait partie des victimes. Mais au moins, "
        "plus personne ne pourra dire que c'était la fatalité. »",
        [
            (P, ["prendre acte"], "Transfluvia"),
            (I, ["étudier la possibilité de faire appel"], "Transfluvia"),
            (D, ["Cette décision reconnaît enfin les responsabilités"], "Mémoire et Justice"),
            (
                D,
                [
                    "Ce n'est pas une victoire. Rien ne nous rendra Stéphane et Mehdi",
                    "Mais au moins, plus personne ne pourra dire que c'était la fatalité.",
                ],
                "Josiane Carrel",
            ),
        ],
    ),
    (  # 9 drink-driving death: courtroom exchange with dialogue dashes, indirect prosecutor
        "Romain Feuillade, 33 ans, comparaissait lundi devant le tribunal correctionnel de "
        "Castelmoron pour homicide involontaire aggravé. En juin, au volant de sa "
        "camionnette, il avait percuté et tué Hugo Perrot, un cycliste de 17 ans, sur la "
        "départementale 813. Son taux d'alcoolémie dépassait 1,6 gramme par litre de sang.\n\n"
        "Face au tribunal, le prévenu est longtemps resté silencieux, les mains serrées sur "
        "la barre.\n"
        "— Pourquoi avez-vous repris le volant ce soir-là ? a fini par lui demander la "
        "présidente, Marie-Christine Augé.\n"
        "— Je pensais que j'étais en état. Je me suis trompé, et un gamin est mort à cause "
        "de moi, a répondu Romain Feuillade dans un souffle.\n\n"
        "Dans la salle, les parents de l'adolescent ne l'ont pas quitté des yeux.\n\n"
        "Le procureur, Didier Lambesc, a estimé que le prévenu ne pouvait ignorer son état. "
        "Romain Feuillade avait déjà été contrôlé positif à l'alcool en 2021. Le parquet a "
        "requis quatre ans de prison, dont trois ferme, et l'annulation du permis de "
        "conduire. Décision le 9 décembre.",
        [
            (D, ["Pourquoi avez-vous repris le volant ce soir-là ?"], "Marie-Christine Augé"),
            (
                D,
                [
                    "Je pensais que j'étais en état. Je me suis trompé, et un gamin est mort à "
                    "cause de moi"
                ],
                "Romain Feuillade",
            ),
            (I, ["le prévenu ne pouvait ignorer son état"], "Didier Lambesc"),
        ],
    ),
    (  # 10 drug raid: "A », a prévenu X. « B »" = two quotes; partial after "dénoncé"
        "Quelque 240 policiers et gendarmes ont participé mardi matin à une vaste opération "
        "antidrogue dans le quartier des Tilleuls, à Montclar-les-Bains. Quatorze personnes "
        "ont été interpellées, et les enquêteurs ont saisi 11 kilos de résine de cannabis, "
        "deux armes de poing et 38 000 euros en liquide.\n\n"
        "«\u202fLe message est simple : nous allons revenir, encore et encore\u202f», a "
        "prévenu le préfet, Henri Ducasse-Milon, venu sur place en fin de matinée. "
        "«\u202fTant que ces points de deal existeront, il y aura des policiers au pied de "
        "ces immeubles.\u202f»\n\n"
        "Depuis janvier, quatre fusillades liées au trafic ont fait un mort et trois blessés "
        "dans le quartier. Le maire, Serge Valdeyron, a de nouveau réclamé des effectifs "
        "supplémentaires et dénoncé «\u202fune guerre de territoire qui terrorise les "
        "familles\u202f».\n\n"
        "Les personnes interpellées devaient être présentées à un juge d'instruction "
        "mercredi.",
        [
            (
                D,
                ["Le message est simple : nous allons revenir, encore et encore"],
                "Henri Ducasse-Milon",
            ),
            (
                D,
                [
                    "Tant que ces points de deal existeront, il y aura des policiers au pied de "
                    "ces immeubles."
                ],
                "Henri Ducasse-Milon",
            ),
            (P, ["une guerre de territoire qui terrorise les familles"], "Serge Valdeyron"),
        ],
    ),
    (  # 11 libel appeal: documentary title in « », "la journaliste", noun-object trap
        "La cour d'appel de Montferrand-sur-Saône a relaxé lundi la journaliste Claire "
        "Ansermet, poursuivie en diffamation par l'industriel Pierre-Yves Gondrand pour son "
        "documentaire « Les Eaux troubles », consacré à la pollution de la Sereine, une "
        "rivière de la région. En première instance, elle avait été condamnée à 3 000 euros "
        "d'amende.\n\n"
        "«C'est une victoire pour toutes les rédactions qui enquêtent sur des sujets qui "
        "dérangent», a réagi la journaliste à sa sortie de l'audience, entourée de "
        "confrères.\n\n"
        "Son avocat, Lucien Berthaud, a souligné que la cour avait reconnu le sérieux de "
        "l'enquête, menée pendant plus de deux ans auprès d'anciens salariés et de riverains. "
        "Le film, diffusé en 2024 sur la chaîne Rhône Vision, avait été vu par plus d'un "
        "million de téléspectateurs.\n\n"
        "L'avocate de l'industriel, Agnès Dravet, a annoncé un pourvoi en cassation.",
        [
            (
                D,
                [
                    "C'est une victoire pour toutes les rédactions qui enquêtent sur des sujets "
                    "qui dérangent"
                ],
                "Claire Ansermet",
            ),
            (
                I,
                [
                    "la cour avait reconnu le sérieux de l'enquête, menée pendant plus de deux ans "
                    "auprès d'anciens salariés et de riverains"
                ],
                "Lucien Berthaud",
            ),
        ],
    ),
    (  # 12 fatal shooting: prosecutor named after quote, mayor as "il" after an aside
        "Un homme de 27 ans a été tué par balles dans la nuit de samedi à dimanche devant une "
        "discothèque de Bellerive-sur-Lot. Deux suspects, âgés de 19 et 24 ans, ont été "
        "interpellés quelques heures plus tard à leur domicile et placés en garde à vue.\n\n"
        "«\u00a0Les premiers éléments laissent penser à une altercation survenue à "
        "l'intérieur de l'établissement, qui s'est poursuivie sur le parking\u00a0», a exposé "
        "dimanche après-midi la procureure de la République, Marianne Leclerc-Dubois. Une "
        "arme de poing a été retrouvée dans un fossé à proximité.\n\n"
        "La victime, Yanis Ferrand, père d'une petite fille de deux ans, travaillait comme "
        "cariste dans une entreprise de la zone industrielle.\n\n"
        "Le maire de la commune, Jean-Luc Tessandier, s'est rendu sur place dès dimanche "
        "matin, à la rencontre des proches et des riverains. «\u00a0Toute la ville est sous "
        "le choc. Une marche blanche sera organisée samedi, à la demande de la "
        "famille\u00a0», a-t-il indiqué.",
        [
            (
                D,
                [
                    "Les premiers éléments laissent penser à une altercation survenue à "
                    "l'intérieur de l'établissement, qui s'est poursuivie sur le parking"
                ],
                "Marianne Leclerc-Dubois",
            ),
            (
                D,
                [
                    "Toute la ville est sous le choc. Une marche blanche sera organisée samedi, à "
                    "la demande de la famille"
                ],
                "Jean-Luc Tessandier",
            ),
        ],
    ),
    (  # 13 corrupt police officer: pronoun two paragraphs later, "a jugé la peine « »"
        "Le brigadier-chef Alexandre Kessler, 46 ans, jugé pour avoir revendu à des "
        "trafiquants des informations tirées des fichiers de police, a pris la parole une "
        "dernière fois jeudi, avant que le tribunal correctionnel de Mérignac-Ouest ne se "
        "retire pour délibérer.\n\n"
        "Pendant trois jours d'audience, il était resté presque muet, se contentant de "
        "répondre par oui ou par non. Ses anciens collègues, cités comme témoins, avaient "
        "décrit un policier sans histoire jusqu'en 2023, année où il avait commencé à "
        "fréquenter des cercles de jeu clandestins.\n\n"
        "« J'ai trahi mon uniforme. Je ne cherche pas d'excuses : je voulais rembourser mes "
        "dettes et je me suis laissé entraîner », a-t-il déclaré d'une voix blanche.\n\n"
        "Le tribunal l'a condamné à quatre ans de prison, dont deux ferme, et à une "
        "interdiction définitive d'exercer dans la fonction publique. Son avocate, Inès "
        "Charbonnel, a jugé la peine « lourde mais compréhensible » et a indiqué que son "
        "client ne ferait pas appel.",
        [
            (
                D,
                [
                    "J'ai trahi mon uniforme. Je ne cherche pas d'excuses : je voulais rembourser "
                    "mes dettes et je me suis laissé entraîner"
                ],
                "Alexandre Kessler",
            ),
            (P, ["lourde mais compréhensible"], "Inès Charbonnel"),
            (I, ["son client ne ferait pas appel"], "Inès Charbonnel"),
        ],
    ),
    (  # 14 cold case: postposed "selon son avocat", “ ” with incise
        "Vingt-six ans après le meurtre de Sandrine Collot, une étudiante de 20 ans retrouvée "
        "étranglée en novembre 2000 dans un bois de Valbonne-sur-Orge, un homme de 58 ans a "
        "été mis en examen et écroué vendredi.\n\n"
        "C'est une nouvelle analyse d'un mégot retrouvé sur les lieux, conservé sous scellés "
        "depuis plus de deux décennies, qui a permis de l'identifier. « Les techniques "
        "d'aujourd'hui permettent d'exploiter des traces que l'on ne savait pas lire il y a "
        "vingt ans », a expliqué le procureur de Corbières-sur-Orge, Vincent Aubrac-Ley.\n\n"
        "Le suspect, un ancien chauffeur-livreur qui vivait à une dizaine de kilomètres du "
        "lieu du crime, conteste les faits, selon son avocat, Raphaël Guenot.\n\n"
        "Le frère de la victime, Thierry Collot, a appris la nouvelle par un appel des "
        "enquêteurs. “On a attendu si longtemps, a-t-il confié. Ma mère est morte il y a six "
        "ans sans savoir qui avait tué sa fille.”",
        [
            (
                D,
                [
                    "Les techniques d'aujourd'hui permettent d'exploiter des traces que l'on ne "
                    "savait pas lire il y a vingt ans"
                ],
                "Vincent Aubrac-Ley",
            ),
            (
                I,
                [
                    "Le suspect, un ancien chauffeur-livreur qui vivait à une dizaine de kilomètres "
                    "du lieu du crime, conteste les faits"
                ],
                "Raphaël Guenot",
            ),
            (
                D,
                [
                    "On a attendu si longtemps",
                    "Ma mère est morte il y a six ans sans savoir qui avait tué sa fille.",
                ],
                "Thierry Collot",
            ),
        ],
    ),
    (  # 15 football violence: judge, unclosed quotation mark from an unnamed supporter
        "Neuf supporters du FC Vallon-Rhône ont été condamnés mardi par le tribunal "
        "correctionnel de Valence-la-Haute à des peines allant de six mois avec sursis à deux "
        "ans de prison ferme, pour les violences commises en marge du derby du 14 mars, qui "
        "avaient fait quatre blessés, dont un steward.\n\n"
        "« Ce qui s'est passé ce soir-là n'a rien à voir avec le football », a tranché la "
        "présidente de la chambre, Odile Marcassin, en prononçant également des interdictions "
        "de stade de trois à cinq ans.\n\n"
        "Devant le palais de justice, une trentaine de membres du groupe Les Irréductibles "
        "s'étaient rassemblés dans le calme. « On n'est pas des voyous, c'est un procès pour "
        "l'exemple, a lancé un supporter au mégaphone. Plusieurs policiers surveillaient le "
        "rassemblement à distance.\n\n"
        "Le steward blessé, qui avait eu la mâchoire fracturée, a obtenu 12 000 euros de "
        "dommages et intérêts.",
        [
            (
                D,
                ["Ce qui s'est passé ce soir-là n'a rien à voir avec le football"],
                "Odile Marcassin",
            ),
            (D, ["On n'est pas des voyous, c'est un procès pour l'exemple"], "supporter"),
        ],
    ),
]
EN: list[Item] = [
    (  # 1 care-home fraud sentencing: one quote cut by "Judge X told her ..., "
        "A former care-home manager who stole more than £180,000 from elderly residents was "
        "jailed for six years on Friday at Harwick Crown Court.\n\n"
        "Diane Moberly, 56, had pleaded guilty to 14 counts of fraud by abuse of position. "
        "Over seven years she withdrew cash from the bank accounts of residents at "
        "Larchfield House in Epping Row, many of whom had dementia, and covered her tracks "
        "with forged receipts. Most of the money went on holidays, a car and online "
        "gambling.\n\n"
        "“You treated these people's savings as if they were your own,” Judge Richard "
        "Ashdown told her as he passed sentence, “and you did so while greeting them with a "
        "smile every morning.”\n\n"
        "Moberly's barrister, Neil Garside, said his client was “deeply ashamed” of what she "
        "had done and had sold her home to repay part of the money.\n\n"
        "Outside court, Helen Ferris, whose 91-year-old mother lost £23,000, said no sentence "
        "could make up for the betrayal. The home's owners have since brought in new "
        "safeguards on residents' finances.",
        [
            (
                D,
                [
                    "You treated these people's savings as if they were your own",
                    "and you did so while greeting them with a smile every morning.",
                ],
                "Richard Ashdown",
            ),
            (P, ["deeply ashamed"], "Neil Garside"),
            (I, ["no sentence could make up for the betrayal"], "Helen Ferris"),
        ],
    ),
    (  # 2 stabbing, arrests: postposed "police said", "she added" next paragraph
        "Detectives investigating the murder of a 24-year-old man in Kelbrook have arrested "
        "two teenagers, Northvale Police said on Sunday.\n\n"
        "Jordan Abbey was found with stab wounds on Carr Lane shortly after 11pm on Friday "
        "and died in hospital a few hours later. A post-mortem examination is due to take "
        "place on Monday.\n\n"
        "Detective Chief Inspector Ruth Kavanagh, who is leading the inquiry, said: "
        "\"Jordan's family are devastated. He was a much-loved son and brother, and they "
        'deserve answers."\n\n'
        '"We believe a number of people saw what happened, and I would urge every one of '
        'them to come forward, however small the detail," she added.\n\n'
        "The two boys, aged 16 and 17, remain in custody. Extra patrols will be in place "
        "around Carr Lane and the nearby Moorside estate over the coming days, and a "
        "mobile police station has been set up outside the community centre.",
        [
            (
                I,
                [
                    "Detectives investigating the murder of a 24-year-old man in Kelbrook have "
                    "arrested two teenagers"
                ],
                "Northvale Police",
            ),
            (
                D,
                [
                    "Jordan's family are devastated. He was a much-loved son and brother, and they "
                    "deserve answers."
                ],
                "Ruth Kavanagh",
            ),
            (
                D,
                [
                    "We believe a number of people saw what happened, and I would urge every one "
                    "of them to come forward, however small the detail"
                ],
                "Ruth Kavanagh",
            ),
        ],
    ),
    (  # 3 quashed convictions: press nickname in quotes, quote over two paragraphs
        "Three men who spent a combined 26 years in prison for a 2009 armed robbery had their "
        "convictions quashed by the Court of Appeal on Wednesday.\n\n"
        'The men, who became known in the local press as "the Wharf Road Three", were '
        "convicted largely on the evidence of a single eyewitness who later admitted she had "
        "been shown their photographs before picking them out of an identity parade.\n\n"
        "Giving the judgment of the court, Lady Justice Carol Pemberton said the "
        'identification evidence "should never have been put before a jury".\n\n'
        "Outside the court, Delroy Hamner, 48, who served nine years, said:\n\n"
        '"I walked into prison at 31 and walked out at 40. Nobody can give me those years '
        "back.\n\n"
        '"But today three judges said what we have been saying all along: we were not '
        'there."\n\n'
        "The Regional Prosecution Authority said it would not seek a retrial. Lawyers for the "
        "men are expected to apply for compensation.",
        [
            (P, ["should never have been put before a jury"], "Carol Pemberton"),
            (
                D,
                [
                    "I walked into prison at 31 and walked out at 40. Nobody can give me those "
                    "years back.",
                    "But today three judges said what we have been saying all along: we were not "
                    "there.",
                ],
                "Delroy Hamner",
            ),
            (I, ["it would not seek a retrial"], "Regional Prosecution Authority"),
        ],
    ),
    (  # 4 jury verdict, US style: "A," X said. "B." = two quotes; "told reporters"
        "CARVER FALLS — A jury on Thursday convicted a former youth soccer coach of sexually "
        "abusing three boys he trained between 2016 and 2021, after less than six hours of "
        "deliberations.\n\n"
        "Kyle Dempsey, 44, showed no reaction as the verdicts were read in Carver County "
        "District Court. He had denied all charges, and his lawyers argued during the "
        "two-week trial that the boys' accounts had been shaped by investigators.\n\n"
        '"Today\'s verdict sends a clear message," District Attorney Monica Reyes-Hall said '
        'in a statement. "Those who prey on children will be found, and they will be held '
        'accountable."\n\n'
        "Defense attorney Brett Lindqvist told reporters on the courthouse steps that his "
        "client would appeal.\n\n"
        "Dempsey, who was taken into custody after the verdict, faces up to 30 years in "
        "prison. Sentencing is set for Jan. 22. The club he coached for more than a decade "
        "dissolved last year.",
        [
            (D, ["Today's verdict sends a clear message"], "Monica Reyes-Hall"),
            (
                D,
                ["Those who prey on children will be found, and they will be held accountable."],
                "Monica Reyes-Hall",
            ),
            (I, ["his client would appeal"], "Brett Lindqvist"),
        ],
    ),
    (  # 5 recovered painting: title in quotes inside an indirect, "the chief superintendent"
        "Police in Marrowfield have recovered a painting stolen from the town museum last "
        "month, and a 39-year-old man has been charged with burglary.\n\n"
        "The 19th-century oil, “Harbour at Dusk” by Edwin Castellane, was found wrapped in "
        "a blanket in a lock-up garage in Pellington, Chief Superintendent Omar Latif said on "
        "Tuesday. It had been cut from its frame during a break-in on October 18.\n\n"
        "“It's in remarkably good condition, all things considered,” the chief "
        "superintendent said. “It will need a few weeks with a conservator, and then it goes "
        "back on the wall where it belongs.”\n\n"
        "The painting, insured for £350,000, is the best-known work in the museum's small "
        "collection. Its director, Felicity Orr, said staff had been “over the moon” when "
        "officers rang with the news.\n\n"
        "The accused man is due to appear before Marrowfield magistrates on Thursday.",
        [
            (
                I,
                [
                    "The 19th-century oil, “Harbour at Dusk” by Edwin Castellane, was found "
                    "wrapped in a blanket in a lock-up garage in Pellington"
                ],
                "Omar Latif",
            ),
            (D, ["It's in remarkably good condition, all things considered"], "Omar Latif"),
            (
                D,
                [
                    "It will need a few weeks with a conservator, and then it goes back on the "
                    "wall where it belongs."
                ],
                "Omar Latif",
            ),
            (P, ["over the moon"], "Felicity Orr"),
        ],
    ),
    (  # 6 witness testimony: quote first, speaker in the following sentence
        "“I heard two pops, and then I saw him fall against the bus shelter.”\n\n"
        "That was how Teresa Alvarado, a 62-year-old bus driver, described to jurors on "
        "Wednesday the moment Dwayne Pickett was shot on Ninth Street in Linwood last "
        "February. She was the first eyewitness called by prosecutors on the third day of "
        "the murder trial of Marcus Dell, 23.\n\n"
        "From the driver's seat of her parked bus, about 30 yards away, Alvarado watched a "
        "man in a grey hooded sweatshirt run toward Halsey Avenue. Asked by the "
        "prosecution whether that man was in the courtroom, she pointed at the defendant.\n\n"
        "Under cross-examination by defense lawyer Nina Brandt, she acknowledged that the "
        "street lights on that stretch of Ninth Street had been out for weeks and that she "
        "had not seen the man's face until he turned the corner.\n\n"
        "Dell has pleaded not guilty. The trial, expected to last three weeks, resumes on "
        "Monday.",
        [
            (
                D,
                ["I heard two pops, and then I saw him fall against the bus shelter."],
                "Teresa Alvarado",
            ),
            (
                I,
                [
                    "the street lights on that stretch of Ninth Street had been out for weeks and "
                    "that she had not seen the man's face until he turned the corner"
                ],
                "Teresa Alvarado",
            ),
        ],
    ),
    (  # 7 protest arrests: organisation vs police force, "Ms X", noun-object "accused ... of"
        "Civil liberties group Open Streets has accused Kingsmere police of heavy-handed "
        "tactics after 41 people were arrested during a climate protest on Regent Bridge on "
        "Saturday.\n\n"
        "Protesters had sat down across the bridge for about two hours, blocking traffic in "
        "both directions, before officers moved in. Videos shared online show several people "
        "being carried to police vans.\n\n"
        '"These were peaceful people sitting on a road. Nobody was hurt, nothing was '
        'damaged, and yet they were held in cells for up to 20 hours," said Hannah Okafor, '
        "the group's director.\n\n"
        'Kingsmere Police said in a statement that officers had "acted proportionately" '
        "after repeated warnings to clear the carriageway.\n\n"
        "Ms Okafor said Open Streets would lodge formal complaints on behalf of 12 of those "
        "arrested. Most of the 41 have been released under investigation; three have been "
        "charged with obstructing the highway.",
        [
            (
                D,
                [
                    "These were peaceful people sitting on a road. Nobody was hurt, nothing was "
                    "damaged, and yet they were held in cells for up to 20 hours"
                ],
                "Hannah Okafor",
            ),
            (P, ["acted proportionately"], "Kingsmere Police"),
            (
                I,
                ["Open Streets would lodge formal complaints on behalf of 12 of those arrested"],
                "Hannah Okafor",
            ),
        ],
    ),
    (  # 8 fugitive arrested abroad: postposed "told parliament", ‘ ’ quote, "said X" inverted
        "A businessman wanted over a £40m investment fraud has been arrested in southern "
        "Spain, three years after he fled Britain days before he was due to be charged.\n\n"
        "Gareth Penhaligon, 51, founded Silverline Capital, which promised savers returns of "
        "up to 12% a year from property developments that, prosecutors say, were never "
        "built. More than 2,000 people lost money when it collapsed in 2023.\n\n"
        "The arrest followed months of work by investigators from the National Fraud Bureau "
        "and their Spanish counterparts, Justice Minister Ewan Tillard told parliament on "
        "Monday. ‘We will now begin extradition proceedings without delay,’ the minister "
        "said.\n\n"
        "For investors, the news was greeted with caution. “I'll believe it when he's "
        "standing in a British courtroom,” said Alan Brierley, a retired teacher from "
        "Tavistone who lost his £85,000 pension lump sum.\n\n"
        "Penhaligon is expected to contest extradition.",
        [
            (
                I,
                [
                    "The arrest followed months of work by investigators from the National Fraud "
                    "Bureau and their Spanish counterparts"
                ],
                "Ewan Tillard",
            ),
            (D, ["We will now begin extradition proceedings without delay"], "Ewan Tillard"),
            (D, ["I'll believe it when he's standing in a British courtroom"], "Alan Brierley"),
        ],
    ),
    (  # 9 death in custody: watchdog director, sister indirect
        "The Police Conduct Authority has opened an independent investigation after a man "
        "died in custody at Ashgrove police station in the early hours of Thursday.\n\n"
        "Samuel Okonjo, 34, had been arrested on Wednesday evening on suspicion of a public "
        "order offence after a disturbance outside a bar on Mill Street. He was found "
        "unresponsive in his cell at about 4.30am and pronounced dead shortly afterwards.\n\n"
        "The authority's regional director, Martin Cole, said: \"Our thoughts are with Mr "
        "Okonjo's family at this very difficult time. We will examine the actions of every "
        "officer and member of staff who came into contact with him, including how often his "
        'cell was checked."\n\n'
        "Three officers have been served with misconduct notices, which the authority stressed "
        "do not imply wrongdoing.\n\n"
        "His sister, Grace Okonjo, said the family had been told almost nothing for 24 hours "
        "and had learned some details from social media.",
        [
            (
                D,
                [
                    "Our thoughts are with Mr Okonjo's family at this very difficult time. We will "
                    "examine the actions of every officer and member of staff who came into "
                    "contact with him, including how often his cell was checked."
                ],
                "Martin Cole",
            ),
            (
                I,
                [
                    "the family had been told almost nothing for 24 hours and had learned some "
                    "details from social media"
                ],
                "Grace Okonjo",
            ),
        ],
    ),
    (  # 10 hospital hack: defendant's letter read out by his barrister, victim statement
        "Connor Weyland was 17 when he locked staff out of the computer systems of the "
        "Eastmere Hospitals Trust and demanded £2m in cryptocurrency to restore them. Now 20, "
        "he was sentenced on Monday at Ferrybridge Crown Court to four years in a young "
        "offender institution.\n\n"
        "The attack, in March 2024, forced the trust to divert ambulances for five days and "
        "return to paper records. No ransom was paid.\n\n"
        'In a letter read to the court by his barrister, Weyland wrote: "I did not think '
        "about the patients once. I thought it was a game I could win, and I was "
        'wrong."\n\n'
        "The trust's chief executive, Dr Anita Rao, said in a victim impact statement that "
        "1,400 operations and more than 9,000 outpatient appointments had been postponed.\n\n"
        "Passing sentence, Judge Linda Marsh said the harm caused by the attack had been "
        '"immense".',
        [
            (
                D,
                [
                    "I did not think about the patients once. I thought it was a game I could win, "
                    "and I was wrong."
                ],
                "Connor Weyland",
            ),
            (
                I,
                ["1,400 operations and more than 9,000 outpatient appointments had been postponed"],
                "Anita Rao",
            ),
            (P, ["immense"], "Linda Marsh"),
        ],
    ),
    (  # 11 serial burglar: nickname in quotes, one quote cut by a comma incise
        'A serial burglar nicknamed the "Bin Bag Burglar" because he carried stolen goods '
        "away in black refuse sacks has been jailed for eight years.\n\n"
        "Lee Caddick, 37, admitted 31 break-ins across Dunmoor and Saltley between January "
        "and August, most of them on bin collection days, when a man walking down the street "
        "with a full bag attracted no attention. He was caught after a doorbell camera on "
        "Fenwick Road filmed him climbing out of a kitchen window.\n\n"
        "Items worth an estimated £95,000 were taken, including jewellery, laptops and a war "
        "medal belonging to a 94-year-old veteran, which has since been returned to him.\n\n"
        '"He was methodical and patient," Detective Sergeant Paula Hinds said after the '
        'hearing at Dunmoor Crown Court, "and he genuinely believed he would never be '
        'caught."\n\n'
        "Caddick, who has 19 previous convictions, was also made the subject of a "
        "ten-year criminal behaviour order.",
        [
            (
                D,
                [
                    "He was methodical and patient",
                    "and he genuinely believed he would never be caught.",
                ],
                "Paula Hinds",
            ),
        ],
    ),
    (  # 12 wrongful arrest settlement: direct only, "declined to comment" is not a quote
        "The city of Brenton has agreed to pay $2.1 million to a man who spent 14 months in "
        "jail after police arrested him for a carjacking he did not commit.\n\n"
        "Luis Ortega, 29, was identified as a suspect by facial recognition software that "
        "compared a blurry gas station video with a database of driver's license photos. "
        "Charges were dropped in 2025 when his phone records showed he had been at work, "
        "40 miles away, at the time of the carjacking.\n\n"
        '"It was never about the money. I want to know this will not happen to someone '
        "else's son,\" Ortega said at a news conference Tuesday, his mother at his side.\n\n"
        "The settlement, approved by the City Council in an 8-1 vote, does not include an "
        "admission of wrongdoing. A city spokeswoman declined to comment further. The "
        "Brenton Police Department has suspended its use of the software pending a review "
        "ordered last spring.",
        [
            (
                D,
                [
                    "It was never about the money. I want to know this will not happen to someone "
                    "else's son"
                ],
                "Luis Ortega",
            ),
        ],
    ),
    (  # 13 police shooting footage: "X was blunt:", family lawyer indirect
        "The Fallowfield Police Department on Friday released body camera footage of the "
        "fatal shooting of a 31-year-old man during a traffic stop last week, as protesters "
        "gathered for a third night outside police headquarters.\n\n"
        "The video shows an officer firing four shots seconds after Tyrell Banks reached "
        "toward the center console of his car. A handgun was later recovered from the "
        "console. The officer, whose name has not been released, has been placed on "
        "administrative leave.\n\n"
        "At a news conference, Police Commissioner Dana Whitfield was blunt: “I have watched "
        "this video more times than I can count, and I understand why people in this city "
        "are angry.”\n\n"
        "The shooting is being investigated by the state Bureau of Investigation, as "
        "required by law for all deaths involving police officers.\n\n"
        "Corinne Hale, a lawyer for the Banks family, said the footage raised more questions "
        "than it answered, including why officers had stopped the car in the first place.",
        [
            (
                D,
                [
                    "I have watched this video more times than I can count, and I understand why "
                    "people in this city are angry."
                ],
                "Dana Whitfield",
            ),
            (
                I,
                [
                    "the footage raised more questions than it answered, including why officers "
                    "had stopped the car in the first place"
                ],
                "Corinne Hale",
            ),
        ],
    ),
    (  # 14 embezzlement trial opens: "told jurors", "countered that"
        "The trial of Sharon Keele, the former treasurer of the Millbrook Community Pantry, "
        "opened Monday in Harlan County Superior Court. Keele, 58, is accused of embezzling "
        "$1.3 million from the food bank over nine years.\n\n"
        "In his opening statement, Assistant District Attorney Samuel Achebe told jurors that "
        "Keele had written more than 400 checks to herself and disguised them as payments to "
        "food suppliers.\n\n"
        '"This case is about greed, plain and simple. While families lined up outside for '
        'groceries, she was paying off a lake house," he said.\n\n'
        "Keele's lawyer, Margaret Osei, countered that her client had kept poor records for "
        "an organization that relied entirely on volunteers, but had never taken a dollar "
        "that was not owed to her.\n\n"
        "The pantry, which serves about 600 families a week, nearly closed in 2024 after its "
        "bank account ran dry. Its current director is among more than 20 witnesses "
        "expected to testify.",
        [
            (
                I,
                [
                    "Keele had written more than 400 checks to herself and disguised them as "
                    "payments to food suppliers"
                ],
                "Samuel Achebe",
            ),
            (
                D,
                [
                    "This case is about greed, plain and simple. While families lined up outside "
                    "for groceries, she was paying off a lake house"
                ],
                "Samuel Achebe",
            ),
            (
                I,
                [
                    "her client had kept poor records for an organization that relied entirely on "
                    "volunteers, but had never taken a dollar that was not owed to her"
                ],
                "Margaret Osei",
            ),
        ],
    ),
    (  # 15 mayor arrested: police force indirect, nickname, "the mayor said" resolved
        "The mayor of Castlewick, Gordon Pryce, was arrested on Wednesday on suspicion of "
        "bribery and misconduct in public office, in connection with the award of a £12m "
        "contract to rebuild the town's leisure centre.\n\n"
        "Westmarch Police said a 58-year-old man had been arrested at an address in the town "
        "and later released on bail pending further inquiries. Officers also searched the "
        "council's offices on Union Street, removing computers and boxes of documents. Two "
        "other people, a 44-year-old man and a 39-year-old woman, were arrested on the same "
        "day.\n\n"
        "“I have done nothing wrong, and I am confident my name will be cleared,” the mayor "
        "said in a statement released through his office on Thursday morning. He has "
        "stepped back from his duties while the investigation continues.\n\n"
        "The contract, awarded in 2024 to Brightwell Construction, has been dogged by delays, "
        'and the unfinished glass-fronted building, known locally as "the Fish Tank", is '
        "not expected to open before 2028.",
        [
            (
                I,
                [
                    "a 58-year-old man had been arrested at an address in the town and later "
                    "released on bail pending further inquiries"
                ],
                "Westmarch Police",
            ),
            (
                D,
                ["I have done nothing wrong, and I am confident my name will be cleared"],
                "Gordon Pryce",
            ),
        ],
    ),
]
if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout43.jsonl"),
        "heldout43",
        "h43",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
