"""Source of the hundred-and-tenth held-out set: writes heldout110.jsonl (split "heldout110").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like courts, justice and crime news: assize and Crown Court trials and verdicts,
sentencings, appeals, releases on bail, misconduct hearings, police statements after arrests,
seizures, escapes and disappearances, with prosecutors, defence lawyers, judges, police
officers, victims' families, defendants and unnamed witnesses quoted, "le parquet", "la
défense", "the prosecution" and police forces speaking as organisations, inverted subjects
("a plaidé Me …", "said Detective Inspector …"), a courtroom exchange opened by dialogue dashes,
and people referred back to by pronoun (sometimes over two paragraphs), surname or role.
Measured once with 0.3.0, 0.32.0 and 0.33.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout110.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-02"
Item = GoldItem

FR: list[Item] = [
    (  # 1 assize verdict: "L'avocate générale avait requis" (noun object, not annotated),
        # direct + "avait martelé …, l'avocate générale, Name" (inversion, role + apposition),
        # "La défense avait plaidé la légitime défense" (noun object) then direct + "a plaidé
        # Me Name" (title dropped), victim's sister's partial inside "a confié que" (only the
        # partial, pronoun "Elle")
        "La cour d'assises du Val-de-Sarre a condamné vendredi soir Didier Maréchal, 52 ans, à "
        "vingt-deux ans de réclusion criminelle pour le meurtre de son associé, Franck Oliveira, "
        "tué de trois balles en mars 2024 dans un entrepôt de Sarrebourg-la-Vieille. L'avocate "
        "générale avait requis vingt-cinq ans.\n\n"
        "«\u00a0Il n'y a pas eu de dispute, pas de coup de folie. Il y a eu un homme qui est venu "
        "avec une arme chargée\u00a0», avait martelé la veille, dans son réquisitoire, l'avocate "
        "générale, Sophie Lanternier.\n\n"
        "La défense avait plaidé la légitime défense. «\u00a0Mon client a eu peur pour sa vie, et "
        "personne dans cette salle ne peut affirmer le contraire\u00a0», a plaidé Me Antoine "
        "Berthelot.\n\n"
        "À l'énoncé du verdict, la sœur de la victime, Nadia Oliveira, s'est effondrée en larmes. "
        "Elle a confié plus tard que sa famille pouvait «\u00a0enfin commencer son deuil\u00a0».",
        [
            (
                D,
                [
                    "Il n'y a pas eu de dispute, pas de coup de folie. Il y a eu un homme qui est "
                    "venu avec une arme chargée"
                ],
                "Sophie Lanternier",
            ),
            (
                D,
                [
                    "Mon client a eu peur pour sa vie, et personne dans cette salle ne peut "
                    "affirmer le contraire"
                ],
                "Antoine Berthelot",
            ),
            (P, ["enfin commencer son deuil"], "Nadia Oliveira"),
        ],
    ),
    (  # 2 arson, suspect in custody: "Le procureur de la République de X, Name, a précisé
        # … que" (indirect), direct + "a-t-il ajouté", "a refusé de commenter les
        # informations" (not speech content), the mayor "a reçu" letters (not speech) then an
        # unattributed direct (final period kept) continuing with the mayor as speaker
        "Un homme de 34 ans a été placé en garde à vue mardi après l'incendie qui a détruit, dans "
        "la nuit de dimanche à lundi, la salle des fêtes de Montbrison-sur-Lèze. Il a été "
        "interpellé à son domicile, où les enquêteurs ont retrouvé deux bidons d'essence.\n\n"
        "Le procureur de la République de Foix-Lèze, Mathieu Caradec, a précisé lors d'une "
        "conférence de presse que le suspect était déjà connu des services de police pour des "
        "dégradations. «\u00a0Rien ne permet à ce stade de retenir un mobile politique\u00a0», "
        "a-t-il ajouté. Le magistrat a en revanche refusé de commenter les informations de la "
        "presse locale sur un différend entre le suspect et la municipalité.\n\n"
        "Le maire, Jean-Luc Sabatier, a reçu plusieurs lettres anonymes depuis le printemps. "
        "«\u00a0Je ne veux accuser personne. Je veux juste que la justice fasse son "
        "travail.\u00a0»",
        [
            (
                I,
                ["le suspect était déjà connu des services de police pour des dégradations"],
                "Mathieu Caradec",
            ),
            (D, ["Rien ne permet à ce stade de retenir un mobile politique"], "Mathieu Caradec"),
            (
                D,
                ["Je ne veux accuser personne. Je veux juste que la justice fasse son travail."],
                "Jean-Luc Sabatier",
            ),
        ],
    ),
    (  # 3 clinic director acquitted, « » without no-break spaces: one quote split by the
        # incise "a réagi son avocate, Me Name, à la sortie de l'audience." (one quote, two
        # spans, final period kept), "Le parquet avait requis" (noun object), the court's
        # partial inside "le tribunal a estimé que" (only the partial, generic noun → the
        # court's full name)
        "Le tribunal correctionnel de Rivesaltes-sur-Têt a relaxé jeudi l'ancien directeur de la "
        "clinique Saint-Roch, Patrice Delmont, poursuivi pour escroquerie au préjudice de "
        "l'Assurance maladie. Le parquet avait requis dix-huit mois d'emprisonnement avec "
        "sursis.\n\n"
        "«C'est un soulagement immense, a réagi son avocate, Me Hélène Ferrandi, à la sortie de "
        "l'audience. Mon client a vécu trois ans sous le soupçon.»\n\n"
        "Dans son jugement, le tribunal a estimé que les surfacturations relevées par la caisse "
        "primaire «ne caractérisaient pas une intention frauduleuse». La caisse, partie civile, "
        "dispose de dix jours pour faire appel. Patrice Delmont n'a pas souhaité s'exprimer.",
        [
            (
                D,
                [
                    "C'est un soulagement immense",
                    "Mon client a vécu trois ans sous le soupçon.",
                ],
                "Hélène Ferrandi",
            ),
            (
                P,
                ["ne caractérisaient pas une intention frauduleuse"],
                "tribunal correctionnel de Rivesaltes-sur-Têt",
            ),
        ],
    ),
    (  # 4 school-bus crash trial: a victim's father's quote continued over two paragraphs (one
        # span each, first one's period kept) with "a-t-il déclaré" after the second, "le
        # prévenu a reconnu avoir" (infinitive clause), "La défense a fait valoir qu'" (no
        # lawyer named: "défense")
        "Le procès du chauffeur routier qui avait percuté un car scolaire en septembre 2023 à "
        "Lavaur-Saint-Ange, tuant deux collégiens, s'est ouvert lundi devant le tribunal "
        "correctionnel de Castres-Haut. Le prévenu, Grégory Vaillant, 41 ans, comparaît pour "
        "homicides involontaires aggravés.\n\n"
        "Au premier jour d'audience, le père de l'une des victimes, Laurent Mazières, a longuement "
        "pris la parole. «\u00a0Ma fille avait treize ans. Elle voulait être vétérinaire. Chaque "
        "matin, je passe devant l'arrêt où elle attendait son car.\n\n"
        "«\u00a0Je ne demande pas de vengeance. Je demande qu'on nous dise la vérité\u00a0», "
        "a-t-il déclaré, la voix brisée.\n\n"
        "Interrogé par la présidente, le prévenu a reconnu avoir consulté son téléphone quelques "
        "secondes avant le choc. La défense a fait valoir qu'il avait enchaîné quatorze heures de "
        "travail la veille, à la demande de son employeur.\n\n"
        "Le jugement sera rendu le 12 février.",
        [
            (
                D,
                [
                    "Ma fille avait treize ans. Elle voulait être vétérinaire. Chaque matin, je "
                    "passe devant l'arrêt où elle attendait son car.",
                    "Je ne demande pas de vengeance. Je demande qu'on nous dise la vérité",
                ],
                "Laurent Mazières",
            ),
            (
                I,
                ["avoir consulté son téléphone quelques secondes avant le choc"],
                "Grégory Vaillant",
            ),
            (
                I,
                [
                    "il avait enchaîné quatorze heures de travail la veille, à la demande de son "
                    "employeur"
                ],
                "défense",
            ),
        ],
    ),
    (  # 5 no quote at all: appeal ruling, "Le parquet général avait demandé la confirmation"
        # and "a annoncé un pourvoi" (noun objects only)
        "La cour d'appel d'Ambérieu-Haut a confirmé mercredi la condamnation de Rodolphe Keller, "
        "45 ans, à six ans d'emprisonnement pour trafic de stupéfiants et blanchiment. Cet ancien "
        "gérant de bars de nuit avait été arrêté en 2023 à l'issue d'une enquête de dix-huit mois "
        "menée par l'office antistupéfiants.\n\n"
        "Le parquet général avait demandé la confirmation de la peine. L'avocat du prévenu a "
        "annoncé un pourvoi en cassation. Les biens saisis, dont deux appartements et une voiture "
        "de sport, restent confisqués.",
        [],
    ),
    (  # 6 cannabis seizure: the police directorate speaking after the fact ("…, a annoncé
        # jeudi la direction …": the part before), "D'après les enquêteurs," (rest of the
        # sentence), direct + "s'est félicité le commissaire divisionnaire Name" (role dropped)
        "Près de 400 kilos de résine de cannabis ont été saisis mercredi dans un entrepôt de la "
        "zone industrielle de Portmarin, a annoncé jeudi la direction interdépartementale de la "
        "police nationale. Cinq hommes âgés de 23 à 46 ans ont été interpellés.\n\n"
        "D'après les enquêteurs, la marchandise arrivait par camion depuis l'Espagne, dissimulée "
        "dans des cargaisons de melons.\n\n"
        "«\u00a0C'est un coup dur porté à un réseau qui alimentait une bonne partie du "
        "département\u00a0», s'est félicité le commissaire divisionnaire Thierry Obadia, qui a "
        "dirigé l'opération. Les suspects devaient être présentés vendredi à un juge "
        "d'instruction.",
        [
            (
                I,
                [
                    "Près de 400 kilos de résine de cannabis ont été saisis mercredi dans un "
                    "entrepôt de la zone industrielle de Portmarin"
                ],
                "direction interdépartementale de la police nationale",
            ),
            (
                I,
                [
                    "la marchandise arrivait par camion depuis l'Espagne, dissimulée dans des "
                    "cargaisons de melons"
                ],
                "enquêteurs",
            ),
            (
                D,
                [
                    "C'est un coup dur porté à un réseau qui alimentait une bonne partie du "
                    "département"
                ],
                "Thierry Obadia",
            ),
        ],
    ),
    (  # 7 former mayor's corruption appeal, « » without no-break spaces: "a réclamé quatre
        # ans" (noun object), partial after "a décrit un", "clamer son innocence" (noun
        # object) then "Il a assuré que" (pronoun), direct + "a ironisé l'avocat général"
        # (role referring back)
        "Devant la cour d'appel de Montvalon, le ministère public a réclamé mercredi quatre ans "
        "d'emprisonnement, dont deux ferme, contre l'ancien maire de Bérenville, Claude Astruc, "
        "condamné en première instance pour corruption passive.\n\n"
        "L'avocat général, Pierre-Yves Lemaître, a décrit un «système» mis en place pendant "
        "quinze ans pour favoriser une poignée d'entreprises de travaux publics.\n\n"
        "Claude Astruc, 71 ans, a continué de clamer son innocence. Il a assuré que les "
        "enveloppes d'espèces retrouvées dans sa résidence secondaire provenaient de la vente de "
        "tableaux hérités de son père.\n\n"
        "«Personne n'a jamais vu ces tableaux», a ironisé l'avocat général. Décision le 3 avril.",
        [
            (P, ["système"], "Pierre-Yves Lemaître"),
            (
                I,
                [
                    "les enveloppes d'espèces retrouvées dans sa résidence secondaire provenaient "
                    "de la vente de tableaux hérités de son père"
                ],
                "Claude Astruc",
            ),
            (D, ["Personne n'a jamais vu ces tableaux"], "Pierre-Yves Lemaître"),
        ],
    ),
    (  # 8 immediate trial as a courtroom exchange opened by dialogue dashes (question mark
        # kept, the presiding judge named by apposition, "le jeune homme" for the defendant),
        # "a lu une lettre" (noun object) then "dans laquelle elle dit ne plus oser" (the
        # unnamed victim, infinitive clause)
        "Il a 19 ans, un survêtement gris et des mains qui tremblent. Kevin L. comparaissait "
        "lundi devant le tribunal correctionnel de Brévannes pour le vol avec violence d'un "
        "téléphone portable, commis la veille dans le tramway.\n\n"
        "— Pourquoi avez-vous frappé cette femme\u00a0? lui a demandé la présidente, Marianne "
        "Courtois.\n\n"
        "— Je ne l'ai pas frappée, je l'ai poussée. J'avais besoin d'argent, a répondu le jeune "
        "homme.\n\n"
        "La victime, une étudiante de 22 ans, n'était pas présente à l'audience. Son avocat, Me "
        "Julien Sarrazin, a lu une lettre dans laquelle elle dit ne plus oser prendre le tramway "
        "seule le soir.\n\n"
        "Le tribunal a condamné le prévenu à huit mois d'emprisonnement ferme, avec maintien en "
        "détention.",
        [
            (D, ["Pourquoi avez-vous frappé cette femme\u00a0?"], "Marianne Courtois"),
            (D, ["Je ne l'ai pas frappée, je l'ai poussée. J'avais besoin d'argent"], "Kevin L."),
            (I, ["ne plus oser prendre le tramway seule le soir"], "victime"),
        ],
    ),
    (  # 9 missing teenager: "…, a fait savoir vendredi le parquet de X." (the part before),
        # "Selon une source proche de l'enquête," (unnamed), "a lancé un appel à témoins"
        # (noun object), direct + "dit-elle", then "Elle assure que … et qu'…" opening the
        # next paragraph (pronoun over two paragraphs)
        "L'enquête sur la disparition de Léa Fournival, 16 ans, dont on est sans nouvelles "
        "depuis le 2 novembre, a été confiée à un juge d'instruction, a fait savoir vendredi le "
        "parquet de Saint-Quentin-des-Prés. Une information judiciaire a été ouverte pour "
        "enlèvement et séquestration.\n\n"
        "Selon une source proche de l'enquête, l'adolescente aurait été vue pour la dernière fois "
        "montant dans une voiture grise près de la gare routière.\n\n"
        "Sa mère, Corinne Fournival, a lancé un appel à témoins sur les réseaux sociaux. "
        "«\u00a0Léa, si tu lis ce message, on t'aime, on ne t'en veut pas, rentre à la "
        "maison\u00a0», dit-elle dans une vidéo vue plus de 200\u00a0000 fois.\n\n"
        "Elle assure que sa fille n'avait jamais fugué auparavant et qu'elle n'avait aucune "
        "raison de partir.",
        [
            (
                I,
                [
                    "L'enquête sur la disparition de Léa Fournival, 16 ans, dont on est sans "
                    "nouvelles depuis le 2 novembre, a été confiée à un juge d'instruction"
                ],
                "parquet de Saint-Quentin-des-Prés",
            ),
            (
                I,
                [
                    "l'adolescente aurait été vue pour la dernière fois montant dans une voiture "
                    "grise près de la gare routière"
                ],
                "source proche de l'enquête",
            ),
            (
                D,
                ["Léa, si tu lis ce message, on t'aime, on ne t'en veut pas, rentre à la maison"],
                "Corinne Fournival",
            ),
            (
                I,
                [
                    "sa fille n'avait jamais fugué auparavant et qu'elle n'avait aucune raison de "
                    "partir"
                ],
                "Corinne Fournival",
            ),
        ],
    ),
    (  # 10 dismissal for three police officers: the investigating judges' partial inside "ont
        # estimé que" (only the partial), brother's direct + "a réagi son frère, Name",
        # "La famille a fait appel" (an act, not speech), lawyer's partial after "a dénoncé",
        # police union's partial after "a salué … une décision" (generic noun dropped)
        "Les trois policiers mis en examen après la mort de Samir Benhaddou, 27 ans, lors d'une "
        "interpellation à Villeneuve-sur-Aulne en juin 2022, ont bénéficié d'un non-lieu. Dans "
        "leur ordonnance, les juges d'instruction ont estimé que les gestes pratiqués étaient "
        "«\u00a0conformes aux techniques enseignées\u00a0».\n\n"
        "«\u00a0On nous dit que Samir est mort, mais que personne n'est responsable. C'est "
        "impossible à entendre\u00a0», a réagi son frère, Karim Benhaddou, devant le palais de "
        "justice. La famille a fait appel dès mardi.\n\n"
        "L'avocat de la famille, Me Arnaud Kessler, a dénoncé «\u00a0une justice à deux "
        "vitesses\u00a0». Le syndicat Alliance Police Sud a salué pour sa part une décision "
        "«\u00a0qui rétablit l'honneur de nos collègues\u00a0».",
        [
            (P, ["conformes aux techniques enseignées"], "juges d'instruction"),
            (
                D,
                [
                    "On nous dit que Samir est mort, mais que personne n'est responsable. C'est "
                    "impossible à entendre"
                ],
                "Karim Benhaddou",
            ),
            (P, ["une justice à deux vitesses"], "Arnaud Kessler"),
            (P, ["qui rétablit l'honneur de nos collègues"], "Alliance Police Sud"),
        ],
    ),
    (  # 11 football violence: "Un porte-parole de la police nationale a indiqué que" (the
        # spokesman speaks for the force), direct + "a tranché le préfet de X, Name, qui a
        # promis des sanctions « … »" (partial in the relative clause), "Le parquet … a ouvert
        # une enquête" (not speech)
        "Quatorze personnes ont été interpellées dans la nuit de samedi à dimanche à Lorvannes, "
        "en marge du match de football entre l'US Lorvannes et le Racing Club de Mérac. Un "
        "porte-parole de la police nationale a indiqué que six policiers avaient été légèrement "
        "blessés par des jets de projectiles.\n\n"
        "«\u00a0Ces individus ne sont pas des supporters, ce sont des casseurs\u00a0», a tranché "
        "le préfet de la Haute-Lorve, Bernard Quéméneur, qui a promis des sanctions "
        "«\u00a0exemplaires\u00a0».\n\n"
        "Le parquet de Lorvannes a ouvert une enquête pour violences volontaires en réunion sur "
        "personnes dépositaires de l'autorité publique. Les comparutions immédiates débuteront "
        "mardi.",
        [
            (
                I,
                ["six policiers avaient été légèrement blessés par des jets de projectiles"],
                "police nationale",
            ),
            (
                D,
                ["Ces individus ne sont pas des supporters, ce sont des casseurs"],
                "Bernard Quéméneur",
            ),
            (P, ["exemplaires"], "Bernard Quéméneur"),
        ],
    ),
    (  # 12 murder trial witnesses, « » without no-break spaces: unnamed neighbour's direct +
        # "a raconté une voisine", a colleague who "a décrit un homme «jaloux»" (partial,
        # unnamed with complement), "lui, maintient qu'" (indirect), direct + "a-t-il répété"
        "Au troisième jour du procès de Ludovic Carrel devant la cour d'assises de la "
        "Drôme-Orientale, les témoins se sont succédé à la barre pour raconter la nuit du 14 "
        "juillet 2023, au cours de laquelle Mélanie Rouvière, 31 ans, a été tuée de plusieurs "
        "coups de couteau.\n\n"
        "«J'ai entendu des cris, puis une porte qui claquait. J'ai regardé par la fenêtre et je "
        "l'ai vu partir en courant», a raconté une voisine, qui a requis l'anonymat. Un ancien "
        "collègue de l'accusé a décrit un homme «jaloux», incapable d'accepter la rupture.\n\n"
        "Ludovic Carrel, lui, maintient qu'il n'était pas à Crest-sur-Drôme ce soir-là. «Je n'ai "
        "jamais fait de mal à Mélanie. Je l'aimais», a-t-il répété, provoquant des murmures dans "
        "la salle. Le verdict est attendu vendredi.",
        [
            (
                D,
                [
                    "J'ai entendu des cris, puis une porte qui claquait. J'ai regardé par la "
                    "fenêtre et je l'ai vu partir en courant"
                ],
                "voisine",
            ),
            (P, ["jaloux"], "ancien collègue de l'accusé"),
            (I, ["il n'était pas à Crest-sur-Drôme ce soir-là"], "Ludovic Carrel"),
            (D, ["Je n'ai jamais fait de mal à Mélanie. Je l'aimais"], "Ludovic Carrel"),
        ],
    ),
    (  # 13 bank-adviser scam ring: "Selon le parquet de X," (rest of the sentence), one quote
        # split by "a expliqué le lieutenant-colonel Name, qui …." (one quote, two spans, final
        # period kept, rank dropped), an elderly victim named by first name only + "raconte-t-elle"
        "Un réseau d'escrocs qui se faisaient passer pour des conseillers bancaires a été "
        "démantelé par la gendarmerie de la Vienne-Haute. Selon le parquet de Châtelbourg, plus "
        "de 300 victimes, souvent âgées, ont été dépouillées d'un total de 2,7 millions "
        "d'euros.\n\n"
        "«\u00a0Les escrocs appelaient en affichant le vrai numéro de l'agence, a expliqué le "
        "lieutenant-colonel Sandrine Vautrin, qui commande la section de recherches. Les "
        "victimes n'avaient aucune raison de se méfier.\u00a0»\n\n"
        "Parmi elles, Jacqueline, 84 ans, a perdu toutes ses économies. «\u00a0Il était "
        "tellement poli. Il connaissait le nom de mon conseiller\u00a0», raconte-t-elle. Les "
        "huit suspects seront jugés en mai.",
        [
            (
                I,
                [
                    "plus de 300 victimes, souvent âgées, ont été dépouillées d'un total de 2,7 "
                    "millions d'euros"
                ],
                "parquet de Châtelbourg",
            ),
            (
                D,
                [
                    "Les escrocs appelaient en affichant le vrai numéro de l'agence",
                    "Les victimes n'avaient aucune raison de se méfier.",
                ],
                "Sandrine Vautrin",
            ),
            (
                D,
                ["Il était tellement poli. Il connaissait le nom de mon conseiller"],
                "Jacqueline",
            ),
        ],
    ),
    (  # 14 restaurateur released under judicial supervision: direct + "s'est félicitée son
        # avocate, Me Name", "Le parquet … a fait appel" (an act) then "Il estime que"
        # (pronoun for the unnamed parquet), "L'un d'eux, un ancien employé …, a affirmé aux
        # enquêteurs avoir" (unnamed witness, infinitive clause)
        "Le juge des libertés et de la détention de Valprade a ordonné mardi la remise en "
        "liberté sous contrôle judiciaire de Sébastien Morlaix, le restaurateur soupçonné d'avoir "
        "fait incendier son propre établissement pour toucher l'assurance.\n\n"
        "«\u00a0Mon client a toujours répondu aux convocations. Rien ne justifiait de le "
        "maintenir en prison\u00a0», s'est félicitée son avocate, Me Clarisse Vidal-Noguès.\n\n"
        "Le parquet, qui avait requis son maintien en détention, a fait appel de la décision. Il "
        "estime que le suspect pourrait faire pression sur les témoins. L'un d'eux, un ancien "
        "employé du restaurant, a affirmé aux enquêteurs avoir vu son patron acheter de "
        "l'essence la veille de l'incendie.",
        [
            (
                D,
                [
                    "Mon client a toujours répondu aux convocations. Rien ne justifiait de le "
                    "maintenir en prison"
                ],
                "Clarisse Vidal-Noguès",
            ),
            (I, ["le suspect pourrait faire pression sur les témoins"], "parquet"),
            (
                I,
                ["avoir vu son patron acheter de l'essence la veille de l'incendie"],
                "ancien employé du restaurant",
            ),
        ],
    ),
    (  # 15 climate activists fined: a whole clause in quotation marks after "avait estimé …
        # que" (partial: the syntax runs through it), direct + "a déclaré … l'une des
        # prévenues, Name, 24 ans" (inversion), company partial after "a dit" without
        # no-break spaces (generic noun dropped)
        "Les six militants du collectif Dernière Sève, poursuivis pour avoir aspergé de peinture "
        "orange la façade du siège de la compagnie pétrolière Norvalis, ont été condamnés jeudi "
        "à 500 euros d'amende avec sursis par le tribunal correctionnel de Nanterre-Seine.\n\n"
        "Le procureur, Étienne Marsaud, avait estimé à l'audience que «\u00a0la cause, si juste "
        "soit-elle, ne place personne au-dessus de la loi\u00a0».\n\n"
        "«\u00a0Nous recommencerons. Une amende avec sursis, ce n'est rien à côté de ce qui nous "
        "attend si rien ne change\u00a0», a déclaré à la sortie l'une des prévenues, Inès "
        "Darrigade, 24 ans. La compagnie Norvalis, qui s'était constituée partie civile, a dit "
        "«prendre acte» de la décision.",
        [
            (
                P,
                ["la cause, si juste soit-elle, ne place personne au-dessus de la loi"],
                "Étienne Marsaud",
            ),
            (
                D,
                [
                    "Nous recommencerons. Une amende avec sursis, ce n'est rien à côté de ce qui "
                    "nous attend si rien ne change"
                ],
                "Inès Darrigade",
            ),
            (P, ["prendre acte"], "Norvalis"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 murder verdict: "Ashworth had denied murder" (noun object), "The prosecution said"
        # (indirect), two-sentence direct + "said Detective Inspector Name of X" (inversion,
        # rank dropped), the widow's partial inside "said the family had lost" (only the
        # partial)
        "A 29-year-old man has been found guilty of murdering a delivery driver who was stabbed "
        "during an argument over a parking space in Hollinsfield.\n\n"
        "Jurors at Brackley Crown Court took less than four hours to convict Dean Ashworth of "
        "the murder of Mohammed Idris, 44, who was attacked outside a takeaway on Greaves Street "
        "in April. Ashworth had denied murder. The prosecution said he had chased Mr Idris for "
        "30 metres before stabbing him twice in the chest.\n\n"
        '"Mohammed was a hard-working father of three who was simply doing his job. He died '
        'because of a few seconds of rage over a parking space," said Detective Inspector '
        "Rachel Cowley of Westshire Police.\n\n"
        "In a statement read outside court, Mr Idris's widow, Farida Idris, said the family had "
        'lost "the centre of our world". Ashworth will be sentenced on Friday.',
        [
            (
                I,
                ["he had chased Mr Idris for 30 metres before stabbing him twice in the chest"],
                "prosecution",
            ),
            (
                D,
                [
                    "Mohammed was a hard-working father of three who was simply doing his job. He "
                    "died because of a few seconds of rage over a parking space"
                ],
                "Rachel Cowley",
            ),
            (P, ["the centre of our world"], "Farida Idris"),
        ],
    ),
    (  # 2 missing girl found dead: a police force speaking ("X Police said on Tuesday
        # that"), "…, according to the force." (the part before, generic noun → the force's
        # name), "thanked the hundreds of volunteers" (noun object), two-sentence direct +
        # "she said" (the mother named by apposition)
        "Greater Marston Police said on Tuesday that a body found in woodland near Ollerton Vale "
        "was that of Chloe Brandt, the 17-year-old who went missing after a party on Saturday "
        "night.\n\n"
        "Her death is not being treated as suspicious, according to the force. A post-mortem "
        "examination will be carried out later this week.\n\n"
        "In a statement, her mother, Ruth Brandt, thanked the hundreds of volunteers who had "
        'joined the search. "She lit up every room she walked into. We will never understand '
        'why this happened," she said.',
        [
            (
                I,
                [
                    "a body found in woodland near Ollerton Vale was that of Chloe Brandt, the "
                    "17-year-old who went missing after a party on Saturday night"
                ],
                "Greater Marston Police",
            ),
            (I, ["Her death is not being treated as suspicious"], "Greater Marston Police"),
            (
                D,
                [
                    "She lit up every room she walked into. We will never understand why this "
                    "happened"
                ],
                "Ruth Brandt",
            ),
        ],
    ),
    (  # 3 care home manager jailed: "…, prosecutor Name told X Crown Court." (the part
        # before), the judge's partial inside "said Haworth had" (only the partial), then a
        # quote split by "the judge said," set off by commas (one quote, two spans, final
        # period kept, role referring back), "pleaded guilty to" (noun object)
        "A former care home manager who stole more than £180,000 from elderly residents has been "
        "jailed for four years and eight months.\n\n"
        "Linda Haworth, 56, used the bank cards of 11 residents at Meadowbank House in Kelsey to "
        "pay for holidays, a new kitchen and online gambling over six years, prosecutor Owen "
        "Gately told Stanbridge Crown Court.\n\n"
        'Sentencing her, Judge Miriam Ostrowski said Haworth had "betrayed the people she was '
        'paid to protect". "You took advantage of men and women," the judge said, "who in many '
        'cases could no longer tell anyone what was happening to them."\n\n'
        "Haworth, who pleaded guilty to 23 counts of fraud, has so far repaid £12,000.",
        [
            (
                I,
                [
                    "Linda Haworth, 56, used the bank cards of 11 residents at Meadowbank House in "
                    "Kelsey to pay for holidays, a new kitchen and online gambling over six years"
                ],
                "Owen Gately",
            ),
            (P, ["betrayed the people she was paid to protect"], "Miriam Ostrowski"),
            (
                D,
                [
                    "You took advantage of men and women",
                    "who in many cases could no longer tell anyone what was happening to them.",
                ],
                "Miriam Ostrowski",
            ),
        ],
    ),
    (  # 4 no quote at all: men charged after a jewellery raid, "Detectives have appealed for
        # witnesses" (noun object only)
        "Two men have been charged after a jewellery shop in Tolworth Market was raided by a "
        "gang armed with sledgehammers on Saturday afternoon.\n\n"
        "Jamie Kerr, 24, and Ashley Burrows, 27, both of no fixed address, will appear before "
        "Kingsmead Magistrates' Court on Monday charged with robbery and possession of an "
        "offensive weapon. A 19-year-old woman arrested on suspicion of handling stolen goods "
        "has been released on bail.\n\n"
        "Watches and rings worth an estimated £250,000 were taken. Detectives have appealed for "
        "witnesses and dashcam footage.",
        [],
    ),
    (  # 5 deputy acquitted: the district attorney's partial inside "told reporters she was"
        # (only the partial, role dropped), "X's attorney, Name, said" (indirect) then a
        # two-sentence direct + "Surname said", an unnamed protester ("one woman shouted")
        "A jury in Harlan County on Thursday acquitted Marcus Whitfield, a former sheriff's "
        "deputy, of manslaughter in the 2024 shooting of an unarmed motorist during a traffic "
        "stop outside Beaumont Springs.\n\n"
        'District Attorney Colleen Brady told reporters she was "profoundly disappointed" by the '
        "verdict but respected the jury's decision.\n\n"
        "Whitfield's attorney, Raymond Oduya, said the jury had seen what his client saw that "
        'night. "Deputy Whitfield had less than two seconds to decide. The law does not ask '
        'officers to be clairvoyant," Oduya said.\n\n'
        'Outside the courthouse, about 200 protesters gathered in the rain. "Same story, '
        'different name," one woman shouted through a megaphone.',
        [
            (P, ["profoundly disappointed"], "Colleen Brady"),
            (I, ["the jury had seen what his client saw that night"], "Raymond Oduya"),
            (
                D,
                [
                    "Deputy Whitfield had less than two seconds to decide. The law does not ask "
                    "officers to be clairvoyant"
                ],
                "Raymond Oduya",
            ),
            (D, ["Same story, different name"], "woman"),
        ],
    ),
    (  # 6 conviction quashed: the unnamed judges' partial inside "said the identification
        # evidence … had been" (only the partial), "maintained his innocence" (noun object),
        # two-sentence direct + "he told waiting reporters", then "He said … and that …"
        # opening the next paragraph (pronoun over two paragraphs, one indirect)
        "Three judges at the Court of Appeal in Halverton have quashed the conviction of Peter "
        "Lomax, who spent 14 years in prison for a 2011 armed robbery at a post office in "
        "Eastgate.\n\n"
        "In their judgment, the judges said the identification evidence at his trial had been "
        '"fatally flawed". Lomax has always maintained his innocence.\n\n'
        'Lomax, now 52, walked free from the court shortly after noon. "I went in a young man. '
        "I've come out with grey hair and no family left,\" he told waiting reporters.\n\n"
        "He said he would now seek compensation and that the officers who investigated the "
        "robbery should be held to account.",
        [
            (P, ["fatally flawed"], "judges"),
            (
                D,
                ["I went in a young man. I've come out with grey hair and no family left"],
                "Peter Lomax",
            ),
            (
                I,
                [
                    "he would now seek compensation and that the officers who investigated the "
                    "robbery should be held to account"
                ],
                "Peter Lomax",
            ),
        ],
    ),
    (  # 7 arson trial opens: "Name KC told jurors that" (indirect), a prosecution quote
        # continued over two paragraphs (one span each, first one's period kept) with "Mr
        # Surname said" after the second, "Telford denies three counts" (noun object)
        "The trial of a man accused of setting fire to a block of flats in Cardale, killing "
        "three people, opened on Monday at Northgate Crown Court.\n\n"
        "Opening the case for the prosecution, Simon Achebe KC told jurors that Ryan Telford, "
        "38, had poured petrol through the letterbox of a ground-floor flat after a row with his "
        "former partner, who lived there.\n\n"
        '"He knew there were people asleep upstairs. He knew there was only one staircase.\n\n'
        '"And he walked away," Mr Achebe said.\n\n'
        "Telford denies three counts of murder and one of arson with intent to endanger life. "
        "The trial is expected to last five weeks.",
        [
            (
                I,
                [
                    "Ryan Telford, 38, had poured petrol through the letterbox of a ground-floor "
                    "flat after a row with his former partner, who lived there"
                ],
                "Simon Achebe",
            ),
            (
                D,
                [
                    "He knew there were people asleep upstairs. He knew there was only one "
                    "staircase.",
                    "And he walked away",
                ],
                "Simon Achebe",
            ),
        ],
    ),
    (  # 8 knife amnesty: direct + "said Chief Superintendent Name, who …" (inversion, rank
        # dropped), "youth workers say" (indirect, unnamed plural), direct + "said Name, who
        # runs …"
        "More than 1,200 knives were handed in during a two-week amnesty in Redbridge Vale, the "
        "largest haul since the scheme began in 2019.\n\n"
        '"Every one of these is a weapon that can no longer end up in a teenager\'s pocket," '
        "said Chief Superintendent Alan Prowse, who leads policing in the borough.\n\n"
        'But youth workers say amnesties do little to reach those most at risk. "The kids '
        "carrying knives aren't the ones dropping them in a bin outside the police station,\" "
        "said Dionne Carter, who runs the Lighthouse youth project in Fernside.",
        [
            (
                D,
                ["Every one of these is a weapon that can no longer end up in a teenager's pocket"],
                "Alan Prowse",
            ),
            (I, ["amnesties do little to reach those most at risk"], "youth workers"),
            (
                D,
                [
                    "The kids carrying knives aren't the ones dropping them in a bin outside the "
                    "police station"
                ],
                "Dionne Carter",
            ),
        ],
    ),
    (  # 9 extradition refused, curly quotes: the district judge's partial inside "said she
        # was not satisfied that …" (only the partial), two-sentence direct + "Mr Surname said
        # in a statement", a prosecutor's office "said it would appeal" (indirect)
        "A judge at Westminster Magistrates' Court has refused to extradite a Lithuanian "
        "businessman wanted in Vilnius on fraud charges because of conditions in Lithuanian "
        "prisons.\n\n"
        "District Judge Harriet Ames said she was not satisfied that assurances offered by the "
        "Lithuanian authorities were \u201csufficiently specific or reliable\u201d. Tomas "
        "Vaitkus, 47, had been held in custody since March.\n\n"
        "\u201cI have always said I would face any court in a fair trial. I simply did not "
        "believe I would get one there,\u201d Mr Vaitkus said in a statement released by his "
        "lawyers.\n\n"
        "The Lithuanian Prosecutor General's Office said it would appeal.",
        [
            (P, ["sufficiently specific or reliable"], "Harriet Ames"),
            (
                D,
                [
                    "I have always said I would face any court in a fair trial. I simply did not "
                    "believe I would get one there"
                ],
                "Tomas Vaitkus",
            ),
            (I, ["it would appeal"], "Lithuanian Prosecutor General's Office"),
        ],
    ),
    (  # 10 victim impact statement: partial inside "told a court … that her family had been"
        # (only the partial), "described the morning" (noun object), two-sentence direct +
        # "she said", "She told the court that" opening the next paragraph (pronoun over two
        # paragraphs), "admitted causing death by dangerous driving" (an offence, not speech)
        "Gwen Harker, whose son Tom was killed by a speeding driver in Ashcombe last year, told a "
        'court on Wednesday that her family had been "hollowed out" by his death.\n\n'
        "Reading her victim impact statement at Ashcombe Crown Court, she described the morning "
        'two police officers knocked on her door. "I knew before they said a word. Mothers '
        'always know," she said.\n\n'
        "She told the court that she still laid a place for Tom at the table on Sundays.\n\n"
        "The driver, Jason Pryce, 31, who admitted causing death by dangerous driving, was jailed "
        "for seven years. He had been recorded doing 68mph in a 30mph zone.",
        [
            (P, ["hollowed out"], "Gwen Harker"),
            (D, ["I knew before they said a word. Mothers always know"], "Gwen Harker"),
            (
                I,
                ["she still laid a place for Tom at the table on Sundays"],
                "Gwen Harker",
            ),
        ],
    ),
    (  # 11 prison escape: "…, prison officials said." (the part before, unnamed plural),
        # two-sentence direct + "said Superintendent Name of X Police" (inversion), the
        # officers' association's partial inside "said staff shortages had left" (only the
        # partial)
        "Two inmates escaped from Harrowgate Prison early on Sunday by scaling a perimeter fence "
        "during a power cut, prison officials said.\n\n"
        "One of the men, Craig Dunmore, 36, was recaptured hours later at a petrol station 15 "
        "miles away. The other, Lee Farraday, 29, who is serving a life sentence for murder, "
        "remains at large.\n\n"
        '"He is considered dangerous. If you see him, do not approach him, and call 999 '
        'immediately," said Superintendent Kath Mulvey of Northfold Police.\n\n'
        "The Prison Officers' Association said staff shortages had left the jail "
        '"dangerously exposed".',
        [
            (
                I,
                [
                    "Two inmates escaped from Harrowgate Prison early on Sunday by scaling a "
                    "perimeter fence during a power cut"
                ],
                "prison officials",
            ),
            (
                D,
                [
                    "He is considered dangerous. If you see him, do not approach him, and call 999 "
                    "immediately"
                ],
                "Kath Mulvey",
            ),
            (P, ["dangerously exposed"], "Prison Officers' Association"),
        ],
    ),
    (  # 12 closing speeches: two-sentence direct + "argued X's barrister, Name" (inversion,
        # apposition), "For the prosecution, Name said … and that …" (one indirect)
        "Closing speeches were heard on Friday in the trial of Aaron and Kyle Mercer, brothers "
        "accused of running a £3m cannabis farm in a disused mill in Thornleigh.\n\n"
        '"The prosecution has shown you a building full of plants. It has not shown you a single '
        "piece of evidence that Kyle Mercer ever set foot inside it,\" argued Kyle Mercer's "
        "barrister, Fiona Lindqvist.\n\n"
        "For the prosecution, Gareth Pym said the brothers' fingerprints had been found on "
        "irrigation equipment and that phone records placed both men at the mill on at least 40 "
        "occasions. The jury is expected to retire on Monday.",
        [
            (
                D,
                [
                    "The prosecution has shown you a building full of plants. It has not shown you "
                    "a single piece of evidence that Kyle Mercer ever set foot inside it"
                ],
                "Fiona Lindqvist",
            ),
            (
                I,
                [
                    "the brothers' fingerprints had been found on irrigation equipment and that "
                    "phone records placed both men at the mill on at least 40 occasions"
                ],
                "Gareth Pym",
            ),
        ],
    ),
    (  # 13 constable dismissed: the misconduct panel's partial inside "ruled that PC Name had
        # used" (only the partial), an unnamed colleague's two-sentence direct + "she said",
        # a deputy chief constable's partial inside "said … had" (apposition, role dropped)
        "A police constable who punched a handcuffed teenager in the back of a van has been "
        "dismissed without notice after a misconduct hearing.\n\n"
        'The panel ruled that PC Daniel Hurst had used "wholly unjustified" force against the '
        "16-year-old, who had been arrested on suspicion of shoplifting in Kirkby Moor in "
        "January.\n\n"
        'A colleague who was in the van gave evidence at the hearing. "I should have stopped '
        "him. I didn't, and I have to live with that,\" she said.\n\n"
        "Northfold Police's deputy chief constable, Amanda Reyes, said Hurst's behaviour had "
        '"no place in policing".',
        [
            (P, ["wholly unjustified"], "panel"),
            (
                D,
                ["I should have stopped him. I didn't, and I have to live with that"],
                "colleague",
            ),
            (P, ["no place in policing"], "Amanda Reyes"),
        ],
    ),
    (  # 14 romance scammer sentenced: "Prosecutors said" (indirect, unnamed plural), a
        # two-sentence direct + "U.S. Attorney Name said after the hearing" (role dropped),
        # "apologized in court" (not speech content), the lawyer's partial inside "said his
        # client had" (only the partial)
        "A Florida man was sentenced on Tuesday to 12 years in federal prison for running a "
        "romance scam that targeted elderly widows. Prosecutors said the scheme cost more than "
        "80 victims a combined $6.3 million.\n\n"
        "Darnell Pike, 39, posed online as a U.S. Army surgeon stationed overseas, persuading "
        "women he met on dating sites to wire him money for flights, medical bills and customs "
        "fees.\n\n"
        '"These victims did not lose money because they were foolish. They lost it because they '
        'were lonely, and Mr. Pike knew exactly how to use that," U.S. Attorney Rebecca Lorne '
        "said after the hearing.\n\n"
        'Pike apologized in court. His lawyer, Vincent Alvarado, said his client had "no '
        'excuse" for what he had done.',
        [
            (
                I,
                ["the scheme cost more than 80 victims a combined $6.3 million"],
                "prosecutors",
            ),
            (
                D,
                [
                    "These victims did not lose money because they were foolish. They lost it "
                    "because they were lonely, and Mr. Pike knew exactly how to use that"
                ],
                "Rebecca Lorne",
            ),
            (P, ["no excuse"], "Vincent Alvarado"),
        ],
    ),
    (  # 15 cold case charge: "Detective Superintendent Name, of X, said" (indirect, rank
        # dropped), then the full-stop form "\"A,\" he said. \"B.\"" (two direct quotes, both
        # his, second one's period kept), the sister's partial inside "said the family were"
        # (only the partial), "asked for privacy" (noun object)
        "Detectives investigating the murder of Anne-Marie Kowalski, a 22-year-old nurse found "
        "dead in a canal in Lewhurst in 1994, have charged a 61-year-old man.\n\n"
        "Detective Superintendent Graham Ellery, of Eastmoor Police's major crimes unit, said "
        "new DNA techniques had allowed officers to re-examine evidence from the original "
        "inquiry.\n\n"
        "\"Anne-Marie's family have waited 31 years for this day. We never closed this case, and "
        'we never forgot her," he said. "I would ask people not to speculate online, so that a '
        'fair trial can take place."\n\n'
        'Anne-Marie\'s sister, Teresa Kowalski, said the family were "numb" and asked for '
        "privacy. The man, who has not been named, will appear before magistrates on Thursday.",
        [
            (
                I,
                [
                    "new DNA techniques had allowed officers to re-examine evidence from the "
                    "original inquiry"
                ],
                "Graham Ellery",
            ),
            (
                D,
                [
                    "Anne-Marie's family have waited 31 years for this day. We never closed this "
                    "case, and we never forgot her"
                ],
                "Graham Ellery",
            ),
            (
                D,
                [
                    "I would ask people not to speculate online, so that a fair trial can take place."
                ],
                "Graham Ellery",
            ),
            (P, ["numb"], "Teresa Kowalski"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout110.jsonl"),
        "heldout110",
        "h110",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
