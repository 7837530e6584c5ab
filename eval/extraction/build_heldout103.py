"""Source of the hundred-and-third held-out set: writes heldout103.jsonl (split "heldout103").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like courts and justice news: trials, verdicts, appeals and sentencing hearings, with
lawyers, prosecutors, judges, defendants, witnesses, victims' families, police unions, bar
associations, magistrates' unions and court clerks quoted, courts and organisations speaking as
such, and people referred back to by pronoun, surname or role.
Measured once with 0.3.0 and 0.31.0 on 2026-12-02, unread when measured (docs/EXTRACTION.md,
"Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout103.py
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
    (  # 1 murder trial opens: direct + "a déclaré Name dès l'ouverture des débats",
        # "Son avocate, Me Name, a réclamé une nouvelle expertise" (noun object, not annotated)
        # with a partial inside "estimant que …" (only the partial), victim's sister in
        # apposition then "a-t-elle confié"
        "Le procès de Julien Marchetti, 34\u00a0ans, accusé d'avoir abattu son associé dans un "
        "garage de Saint-Aubin-des-Landes en mars 2024, s'est ouvert lundi devant la cour "
        "d'assises de Valmont. L'accusé, qui encourt la réclusion criminelle à perpétuité, "
        "conteste les faits.\n\n"
        "«\u00a0Je n'étais pas dans ce garage ce soir-là. Je l'ai dit aux gendarmes, je le "
        "redirai jusqu'au bout\u00a0», a déclaré Julien Marchetti dès l'ouverture des débats, "
        "d'une voix à peine audible.\n\n"
        "Son avocate, Me Clarisse Augereau, a réclamé une nouvelle expertise balistique, estimant "
        "que les traces de poudre relevées sur les mains de son client «\u00a0ne prouvent "
        "rien\u00a0». La cour doit se prononcer mardi sur cette demande.\n\n"
        "Au premier rang, la sœur de la victime, Nathalie Brunel, n'a pas quitté l'accusé des "
        "yeux. «\u00a0Nous attendons la vérité, pas une vengeance\u00a0», a-t-elle confié lors "
        "d'une suspension d'audience. Le verdict est attendu vendredi.",
        [
            (
                D,
                [
                    "Je n'étais pas dans ce garage ce soir-là. Je l'ai dit aux gendarmes, je le "
                    "redirai jusqu'au bout"
                ],
                "Julien Marchetti",
            ),
            (P, ["ne prouvent rien"], "Clarisse Augereau"),
            (D, ["Nous attendons la vérité, pas une vengeance"], "Nathalie Brunel"),
        ],
    ),
    (  # 2 police officer's acquittal upheld on appeal: partial inside "le tribunal avait
        # estimé que …" (unnamed court, only the partial), police union partial after "a salué
        # une décision" (generic "Le syndicat" dropped), direct + "a réagi l'avocat de …,
        # Me Name, qui …", a video "qui montre" and "n'a pas souhaité s'exprimer" not speech
        "La cour d'appel de Brévannes a confirmé jeudi la relaxe d'un gardien de la paix poursuivi "
        "pour violences volontaires lors d'une interpellation, en juillet 2023, dans le quartier "
        "des Glycines. En première instance, le tribunal avait estimé que l'usage de la force "
        "était «\u00a0nécessaire et proportionné\u00a0».\n\n"
        "Le syndicat Rempart Police a aussitôt salué une décision «\u00a0qui rend justice à un "
        "collègue traîné dans la boue pendant trois ans\u00a0».\n\n"
        "«\u00a0C'est un permis de frapper\u00a0», a réagi l'avocat de la famille du jeune homme "
        "interpellé, Me Karim Benhadji, qui envisage un pourvoi en cassation. Il s'appuie sur une "
        "vidéo tournée par un riverain, qui montre trois coups portés alors que le jeune homme "
        "était déjà menotté.\n\n"
        "Le parquet général n'a pas souhaité s'exprimer.",
        [
            (P, ["nécessaire et proportionné"], "tribunal"),
            (
                P,
                ["qui rend justice à un collègue traîné dans la boue pendant trois ans"],
                "Rempart Police",
            ),
            (D, ["C'est un permis de frapper"], "Karim Benhadji"),
        ],
    ),
    (  # 3 court clerks on strike, « » without inner spaces: two-sentence direct + "explique
        # Name, greffière …", partial inside "a reconnu que …" (only the partial), "Il a
        # demandé … des renforts" (noun object) not annotated, unnamed "Une avocate" with a
        # colon and the final period kept
        "Les greffiers du tribunal judiciaire de Montclair ont cessé le travail mardi matin, à "
        "l'appel d'une intersyndicale, pour dénoncer un manque chronique d'effectifs. Plusieurs "
        "audiences ont dû être renvoyées, faute de greffier pour tenir la plume.\n\n"
        "«On nous demande de faire tourner une juridiction avec onze postes vacants sur "
        "quarante-deux. Les dossiers s'empilent jusque dans les couloirs», explique Martine "
        "Roussel-Faure, greffière depuis vingt-six ans et déléguée syndicale.\n\n"
        "Le président du tribunal, Olivier Castagnède, a reconnu que la situation était "
        "«préoccupante». Il a demandé à la chancellerie des renforts temporaires.\n\n"
        "Une avocate croisée dans la salle des pas perdus résume l'ambiance : «Tout le monde est "
        "à bout, les justiciables les premiers.»",
        [
            (
                D,
                [
                    "On nous demande de faire tourner une juridiction avec onze postes vacants sur "
                    "quarante-deux. Les dossiers s'empilent jusque dans les couloirs"
                ],
                "Martine Roussel-Faure",
            ),
            (P, ["préoccupante"], "Olivier Castagnède"),
            (
                D,
                ["Tout le monde est à bout, les justiciables les premiers."],
                "avocate",
            ),
        ],
    ),
    (  # 4 financial adviser convicted of fraud: "avait requis cinq ans" (noun object, not
        # annotated), direct + "avait-il lancé" (pronoun for the prosecutor named in
        # apposition) with "M.\u00a0Surname" inside the quote, defence lawyer "a indiqué … que"
        "Le tribunal correctionnel de Saint-Rémy-en-Val a condamné mercredi Gérard Lemonnier, "
        "61\u00a0ans, ancien conseiller en gestion de patrimoine, à quatre ans de prison dont deux "
        "ferme pour avoir détourné près de 2,3\u00a0millions d'euros au détriment de "
        "quarante-huit clients, pour la plupart retraités.\n\n"
        "Lors de l'audience, en novembre, le procureur de la République, Thibault Arnoux, avait "
        "requis cinq ans d'emprisonnement. «\u00a0M.\u00a0Lemonnier a choisi ses victimes parmi "
        "les plus fragiles, celles qui ne vérifiaient jamais rien\u00a0», avait-il lancé dans son "
        "réquisitoire.\n\n"
        "L'avocat du prévenu, Me Laurent Vidal-Chassagne, a indiqué à la sortie de l'audience que "
        "son client allait faire appel. Gérard Lemonnier, lui, est reparti sans un mot, sous les "
        "regards de plusieurs de ses anciens clients.",
        [
            (
                D,
                [
                    "M.\u00a0Lemonnier a choisi ses victimes parmi les plus fragiles, celles qui "
                    "ne vérifiaient jamais rien"
                ],
                "Thibault Arnoux",
            ),
            (I, ["son client allait faire appel"], "Laurent Vidal-Chassagne"),
        ],
    ),
    (  # 5 victim's family after a second adjournment: a quote continued over two paragraphs
        # (one span each) with "a déclaré le père de Léa, Name" after the second, "D'après
        # l'avocate de la famille, Me Name," (rest of the sentence), "a réclamé … une date
        # ferme" (noun object) not annotated
        "Trois ans après la mort de Léa Fontanel, 17\u00a0ans, fauchée par un chauffard sur la "
        "départementale\u00a012 à Pontcarré, sa famille attend toujours un procès. L'audience, "
        "prévue le 4\u00a0décembre devant le tribunal correctionnel, a été renvoyée pour la "
        "deuxième fois, à la demande de la défense.\n\n"
        "«\u00a0Chaque renvoi, c'est une nouvelle attente, de nouvelles nuits sans sommeil. On se "
        "prépare pendant des semaines pour entendre cet homme, et on repart avec une date.\n\n"
        "«\u00a0Nous ne demandons pas la lune. Nous demandons qu'il soit jugé\u00a0», a déclaré le "
        "père de Léa, Patrick Fontanel, samedi, à l'issue d'une marche blanche qui a réuni près "
        "de 600\u00a0personnes.\n\n"
        "D'après l'avocate de la famille, Me Hélène Gaudry, le prévenu, qui conduisait sans "
        "permis et sous l'emprise de cannabis, multiplie les manœuvres dilatoires. Elle a réclamé "
        "au tribunal une date ferme.",
        [
            (
                D,
                [
                    "Chaque renvoi, c'est une nouvelle attente, de nouvelles nuits sans sommeil. "
                    "On se prépare pendant des semaines pour entendre cet homme, et on repart avec "
                    "une date.",
                    "Nous ne demandons pas la lune. Nous demandons qu'il soit jugé",
                ],
                "Patrick Fontanel",
            ),
            (
                I,
                [
                    "le prévenu, qui conduisait sans permis et sous l'emprise de cannabis, "
                    "multiplie les manœuvres dilatoires"
                ],
                "Hélène Gaudry",
            ),
        ],
    ),
    (  # 6 lawyers refuse legal-aid cases: incise "a expliqué le bâtonnier, Me Name," splitting
        # one quote (final period kept), ministry "a fait savoir qu'" with a no-break space
        # before "%", short direct + "a balayé Me Surname", "a pris acte de la décision" not
        # annotated
        "Les avocats du barreau de Lormont ne prendront plus de commissions d'office à partir du "
        "1er\u00a0février. Réunis en assemblée générale jeudi soir, ils ont voté ce mouvement à "
        "une large majorité, pour protester contre la faiblesse de la rétribution versée au titre "
        "de l'aide juridictionnelle.\n\n"
        "«\u00a0Un avocat qui assiste un prévenu en comparution immédiate touche moins qu'un "
        "plombier pour un dépannage, a expliqué le bâtonnier, Me François-Xavier Delorme, et "
        "l'État le sait depuis des années.\u00a0»\n\n"
        "Le ministère de la Justice a fait savoir qu'une revalorisation de 8\u00a0% était à "
        "l'étude pour 2027. «\u00a0Trop peu, trop tard\u00a0», a balayé Me Delorme.\n\n"
        "Le président du tribunal judiciaire a pris acte de la décision. Faute d'avocats, les "
        "audiences de comparution immédiate risquent d'être renvoyées en cascade dès le mois "
        "prochain.",
        [
            (
                D,
                [
                    "Un avocat qui assiste un prévenu en comparution immédiate touche moins qu'un "
                    "plombier pour un dépannage",
                    "et l'État le sait depuis des années.",
                ],
                "François-Xavier Delorme",
            ),
            (
                I,
                ["une revalorisation de 8\u00a0% était à l'étude pour 2027"],
                "ministère de la Justice",
            ),
            (D, ["Trop peu, trop tard"], "François-Xavier Delorme"),
        ],
    ),
    (  # 7 juvenile judge and drug trafficking: role before name without comma ("La juge des
        # enfants Name"), direct + "constate-t-elle", "Selon elle," (pronoun, rest of the
        # sentence), unnamed "Une éducatrice …, qui a requis l'anonymat" (noun object, not
        # annotated) with a partial after "décrit des jeunes"
        "Au tribunal pour enfants de Villeneuve-sur-Orbe, le nombre de mineurs poursuivis pour "
        "leur participation à des trafics de stupéfiants a doublé en deux ans. La juge des "
        "enfants Aurélie Manceau suit à elle seule près de quatre-vingts de ces dossiers.\n\n"
        "«\u00a0Ces gamins ont treize, quatorze ans. Ils gagnent cinquante euros par jour à faire "
        "le guet, et ils ont le sentiment d'avoir un métier\u00a0», constate-t-elle dans son "
        "bureau encombré de chemises cartonnées.\n\n"
        "Selon elle, le placement dans un foyer éloigné reste souvent la seule manière de couper "
        "un adolescent de son réseau, mais les places manquent dans tout le département.\n\n"
        "Une éducatrice de la protection judiciaire de la jeunesse, qui a requis l'anonymat, "
        "décrit des jeunes «\u00a0à la fois victimes et auteurs\u00a0», souvent menacés par ceux "
        "qui les emploient.",
        [
            (
                D,
                [
                    "Ces gamins ont treize, quatorze ans. Ils gagnent cinquante euros par jour à "
                    "faire le guet, et ils ont le sentiment d'avoir un métier"
                ],
                "Aurélie Manceau",
            ),
            (
                I,
                [
                    "le placement dans un foyer éloigné reste souvent la seule manière de couper "
                    "un adolescent de son réseau, mais les places manquent dans tout le "
                    "département"
                ],
                "Aurélie Manceau",
            ),
            (P, ["à la fois victimes et auteurs"], "éducatrice"),
        ],
    ),
    (  # 8 pollution case final at the Cour de cassation: association partial after "a salué
        # dans un communiqué" (generic "L'association" dropped), direct + "souligne sa
        # présidente, Name", company "a fait savoir qu'", "a annoncé la fermeture" (noun
        # object) not annotated
        "La Cour de cassation a rejeté mardi le pourvoi de la société Chimitex, condamnée en appel "
        "à verser 14\u00a0millions d'euros aux riverains de son usine de Belleroche après la "
        "pollution de la nappe phréatique, en 2019. La condamnation est désormais définitive.\n\n"
        "L'association Belleroche Eau Claire, qui regroupe 312\u00a0familles parties civiles, a "
        "salué dans un communiqué «\u00a0l'aboutissement de sept années de combat\u00a0».\n\n"
        "«\u00a0Il y a des gens ici qui ont bu cette eau pendant des mois sans le savoir. Aucun "
        "chèque ne réparera ça\u00a0», souligne sa présidente, Yvette Carrasco, une ancienne "
        "institutrice.\n\n"
        "Chimitex a fait savoir qu'elle se conformerait à la décision. L'entreprise a toutefois "
        "annoncé la fermeture de son site de Belleroche d'ici à la fin de l'année.",
        [
            (P, ["l'aboutissement de sept années de combat"], "Belleroche Eau Claire"),
            (
                D,
                [
                    "Il y a des gens ici qui ont bu cette eau pendant des mois sans le savoir. "
                    "Aucun chèque ne réparera ça"
                ],
                "Yvette Carrasco",
            ),
            (I, ["elle se conformerait à la décision"], "Chimitex"),
        ],
    ),
    (  # 9 drug network trial: unnamed "un enquêteur" referred back as "L'enquêteur" who
        # "a détaillé … les dix-huit mois" (noun object, not annotated) then direct +
        # "a-t-il raconté", defendant "a livré une tout autre version" (noun object) then
        # direct + "a-t-il assuré"
        "Au deuxième jour du procès de neuf membres présumés d'un réseau de trafic de cocaïne, "
        "devant le tribunal correctionnel de Port-Salvan, un enquêteur de la brigade des "
        "stupéfiants s'est présenté à la barre, dissimulé derrière un paravent pour préserver son "
        "anonymat.\n\n"
        "L'enquêteur a détaillé pendant plus de trois heures les dix-huit mois de surveillance qui "
        "ont conduit au démantèlement du réseau. «\u00a0Ils changeaient de téléphone toutes les "
        "semaines, mais ils gardaient le même livreur de pizzas\u00a0», a-t-il raconté, "
        "déclenchant quelques rires dans la salle.\n\n"
        "Le principal prévenu, Sofiane Lakhdar, 29\u00a0ans, a livré une tout autre version des "
        "faits. «\u00a0Je vendais un peu, oui. Mais le patron, ce n'était pas moi\u00a0», a-t-il "
        "assuré.\n\n"
        "Les réquisitions du parquet sont attendues jeudi.",
        [
            (
                D,
                [
                    "Ils changeaient de téléphone toutes les semaines, mais ils gardaient le même "
                    "livreur de pizzas"
                ],
                "enquêteur",
            ),
            (
                D,
                ["Je vendais un peu, oui. Mais le patron, ce n'était pas moi"],
                "Sofiane Lakhdar",
            ),
        ],
    ),
    (  # 10 cold case: "Le procureur, Name, a expliqué … que" (indirect), "Il a qualifié cette
        # avancée de « … »" (partial, pronoun), "tout en appelant à la prudence" (noun object)
        # not annotated, direct + "a confié … la mère de Céline, Name"
        "Vingt-deux ans après la disparition de Céline Mauduit, une étudiante de 19\u00a0ans dont "
        "le corps n'a jamais été retrouvé, un homme de 58\u00a0ans a été mis en examen pour "
        "meurtre vendredi par une juge d'instruction du pôle des affaires non élucidées de "
        "Nanterville.\n\n"
        "Le procureur, Jean-Baptiste Oriol, a expliqué lors d'une conférence de presse que des "
        "traces ADN prélevées en 2004 sur la veste de la jeune femme avaient pu être exploitées "
        "grâce à des techniques récentes. Il a qualifié cette avancée de «\u00a0tournant "
        "majeur\u00a0» dans l'enquête, tout en appelant à la prudence.\n\n"
        "Le suspect, un ancien voisin de la famille, a été placé en détention provisoire.\n\n"
        "«\u00a0J'ai attendu vingt-deux ans. Je peux attendre encore un peu, mais je veux savoir "
        "où elle est\u00a0», a confié au téléphone la mère de Céline, Monique Mauduit, "
        "aujourd'hui âgée de 81\u00a0ans.",
        [
            (
                I,
                [
                    "des traces ADN prélevées en 2004 sur la veste de la jeune femme avaient pu "
                    "être exploitées grâce à des techniques récentes"
                ],
                "Jean-Baptiste Oriol",
            ),
            (P, ["tournant majeur"], "Jean-Baptiste Oriol"),
            (
                D,
                [
                    "J'ai attendu vingt-deux ans. Je peux attendre encore un peu, mais je veux "
                    "savoir où elle est"
                ],
                "Monique Mauduit",
            ),
        ],
    ),
    (  # 11 summary trial told as dialogue: two lines opened by a dash (question kept with its
        # no-break space and "?"; "répond le prévenu" resolved to the named defendant),
        # prosecutor partial inside "a estimé que …" (only the partial), "a requis dix-huit
        # mois ferme" (noun object) not annotated
        "Mardi après-midi, salle\u00a03 du tribunal judiciaire de Castelvieux, audience des "
        "comparutions immédiates. Kevin D., 24\u00a0ans, est jugé pour le vol d'une trottinette "
        "électrique et des violences sur son propriétaire, qui s'en est tiré avec deux côtes "
        "fêlées.\n\n"
        "— Pourquoi l'avoir frappé\u00a0? demande la présidente, Anne-Sophie Tellier.\n\n"
        "— Il m'a attrapé par la capuche, j'ai paniqué, répond le prévenu, les yeux baissés.\n\n"
        "La procureure, Émilie Sarrazin, a estimé que le jeune homme, déjà condamné à six "
        "reprises, ne présentait «\u00a0aucune garantie de réinsertion\u00a0» et a requis "
        "dix-huit mois ferme. Le tribunal l'a finalement condamné à un an de prison, dont six "
        "mois avec sursis.",
        [
            (D, ["Pourquoi l'avoir frappé\u00a0?"], "Anne-Sophie Tellier"),
            (D, ["Il m'a attrapé par la capuche, j'ai paniqué"], "Kevin D."),
            (P, ["aucune garantie de réinsertion"], "Émilie Sarrazin"),
        ],
    ),
    (  # 12 police union rally outside the courthouse: an unclosed « ending at "a lancé un
        # manifestant" (unnamed), union official partial after "a dénoncé une décision" with
        # "réclamé une rencontre" (noun object) not annotated, magistrates' union "a rappelé
        # que" then "a mis en garde contre toute pression" (noun object) not annotated
        "Près de 300\u00a0policiers se sont rassemblés jeudi soir devant le palais de justice de "
        "Saint-Maurin, à l'appel du syndicat Bouclier Police, après la remise en liberté sous "
        "contrôle judiciaire d'un homme soupçonné d'avoir volontairement renversé un agent lors "
        "d'un contrôle routier.\n\n"
        "«\u00a0Notre collègue est encore à l'hôpital avec le bassin fracturé, et celui qui l'a "
        "renversé dort chez lui, a lancé un manifestant au micro, sous les applaudissements.\n\n"
        "Le secrétaire départemental de Bouclier Police, Rodolphe Vernier, a dénoncé une décision "
        "«\u00a0incompréhensible\u00a0» et réclamé une rencontre avec le procureur.\n\n"
        "Dans un communiqué, l'Union des magistrats libres a rappelé que la détention provisoire "
        "devait rester l'exception, et a mis en garde contre toute pression sur les juges.",
        [
            (
                D,
                [
                    "Notre collègue est encore à l'hôpital avec le bassin fracturé, et celui qui "
                    "l'a renversé dort chez lui"
                ],
                "manifestant",
            ),
            (P, ["incompréhensible"], "Rodolphe Vernier"),
            (
                I,
                ["la détention provisoire devait rester l'exception"],
                "Union des magistrats libres",
            ),
        ],
    ),
    (  # 13 former mayor tried for favouritism, « » without inner spaces: direct + "a martelé
        # l'élu de 72 ans" (role resolved to the named mayor), witness in apposition "a
        # pourtant affirmé que"
        "L'ancien maire de Bellegarde-sur-Aulne, Raymond Chapuis, a comparu mercredi devant le "
        "tribunal correctionnel de Valbonne pour favoritisme, soupçonné d'avoir attribué un "
        "marché de restauration scolaire de 3,4 millions d'euros à une entreprise dirigée par son "
        "gendre.\n\n"
        "«Je n'ai jamais touché un centime. J'ai choisi l'offre la moins chère, c'est tout», a "
        "martelé l'élu de 72 ans, qui a dirigé la commune pendant vingt-quatre ans.\n\n"
        "L'ancien directeur général des services de la mairie, Didier Pellerin, cité comme "
        "témoin, a pourtant affirmé que le maire avait exigé de relire lui-même le rapport "
        "d'analyse des offres avant la réunion de la commission.\n\n"
        "Le jugement a été mis en délibéré au 15 janvier.",
        [
            (
                D,
                [
                    "Je n'ai jamais touché un centime. J'ai choisi l'offre la moins chère, "
                    "c'est tout"
                ],
                "Raymond Chapuis",
            ),
            (
                I,
                [
                    "le maire avait exigé de relire lui-même le rapport d'analyse des offres avant "
                    "la réunion de la commission"
                ],
                "Didier Pellerin",
            ),
        ],
    ),
    (  # 14 building collapse trial: "D'après l'expert judiciaire Name, entendu …," (rest of
        # the sentence after the apposition), bereaved mother introduced by name then direct +
        # "a-t-elle dit", defence partial inside "a prévenu que …" (only the partial)
        "Le procès de l'effondrement de l'immeuble de la rue des Tanneurs, qui avait fait cinq "
        "morts en février 2022 à Montauzan, s'est ouvert lundi devant le tribunal correctionnel. "
        "Quatre prévenus, dont le propriétaire et un architecte, sont jugés pour homicides "
        "involontaires.\n\n"
        "D'après l'expert judiciaire Bernard Lachaume, entendu dans l'après-midi, les fissures de "
        "la façade étaient visibles depuis au moins 2018 et auraient dû conduire à une "
        "évacuation.\n\n"
        "Au premier rang, Farida Mansouri, qui a perdu son fils et sa belle-fille dans la "
        "catastrophe, tenait leur photo sur ses genoux. «\u00a0Ils avaient signalé les fissures, "
        "ils avaient écrit au propriétaire. Personne ne les a écoutés\u00a0», a-t-elle dit lors "
        "d'une suspension.\n\n"
        "L'avocat du propriétaire, Me Arnaud Dessaigne, a prévenu que son client «\u00a0ne "
        "servira pas de bouc émissaire\u00a0». Le procès doit durer six semaines.",
        [
            (
                I,
                [
                    "les fissures de la façade étaient visibles depuis au moins 2018 et auraient "
                    "dû conduire à une évacuation"
                ],
                "Bernard Lachaume",
            ),
            (
                D,
                [
                    "Ils avaient signalé les fissures, ils avaient écrit au propriétaire. Personne "
                    "ne les a écoutés"
                ],
                "Farida Mansouri",
            ),
            (P, ["ne servira pas de bouc émissaire"], "Arnaud Dessaigne"),
        ],
    ),
    (  # 15 courts without juries: "Le premier président de …, Name, a assuré jeudi que",
        # "selon lesquels" not a source, direct + "estime sa porte-parole, Name", former juror
        # named by first name only then direct + "raconte-t-il"
        "Depuis janvier, la plupart des viols ne sont plus jugés en Haute-Varenne par une cour "
        "d'assises avec jurés populaires, mais par une cour criminelle départementale composée de "
        "cinq magistrats professionnels.\n\n"
        "Le premier président de la cour d'appel de Ligny, Philippe Marchadier, a assuré jeudi "
        "que les délais d'audiencement avaient été réduits de moitié, passant de trente à quinze "
        "mois en moyenne.\n\n"
        "Des chiffres selon lesquels la réforme serait un succès, mais que l'association Parole "
        "de Victimes accueille avec scepticisme. «\u00a0On gagne du temps, on perd l'humanité. "
        "Les jurés écoutaient les victimes autrement\u00a0», estime sa porte-parole, Laetitia "
        "Bonnefoy.\n\n"
        "Juré d'assises en 2019, Michel, un cheminot retraité, garde un souvenir intense de ces "
        "trois semaines. «\u00a0Je n'ai jamais autant réfléchi de ma vie. On ne ressort pas "
        "pareil d'un délibéré\u00a0», raconte-t-il.",
        [
            (
                I,
                [
                    "les délais d'audiencement avaient été réduits de moitié, passant de trente à "
                    "quinze mois en moyenne"
                ],
                "Philippe Marchadier",
            ),
            (
                D,
                [
                    "On gagne du temps, on perd l'humanité. Les jurés écoutaient les victimes "
                    "autrement"
                ],
                "Laetitia Bonnefoy",
            ),
            (
                D,
                [
                    "Je n'ai jamais autant réfléchi de ma vie. On ne ressort pas pareil d'un "
                    "délibéré"
                ],
                "Michel",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 murder verdict: widow's partial inside "she said the family had waited …" (only
        # the partial, pronoun), two-sentence direct + "said the family's lawyer, Name",
        # "told reporters that" by the public defender in apposition
        "A jury in Harlow County found Derek Vance, 41, guilty of second-degree murder on "
        "Thursday for the 2023 shooting of his neighbour, Luis Ortega, after less than five hours "
        "of deliberation.\n\n"
        "Ortega's widow, Rosa Ortega, wept as the verdict was read. Outside the courthouse, she "
        'said the family had waited two years "to hear someone say out loud that Luis did '
        'nothing wrong".\n\n'
        '"Nothing will bring him back. But today the jury saw who Luis was, and who that man '
        "is,\" said the family's lawyer, Marcus Bell.\n\n"
        "Vance's public defender, Alicia Moreno, told reporters that her client would appeal. "
        "Sentencing is set for March 14.",
        [
            (
                P,
                ["to hear someone say out loud that Luis did nothing wrong"],
                "Rosa Ortega",
            ),
            (
                D,
                [
                    "Nothing will bring him back. But today the jury saw who Luis was, and who "
                    "that man is"
                ],
                "Marcus Bell",
            ),
            (I, ["her client would appeal"], "Alicia Moreno"),
        ],
    ),
    (  # 2 no charges for deputies: "District Attorney Name said in a … report … that" (role
        # dropped), deputies' association "welcomed the decision" (noun object, not annotated)
        # then direct + "the union's president, Name, said in a statement", lawyer's partial
        # after "called the report"
        "District Attorney Gloria Hastings said in a 38-page report released on Monday that she "
        "would not file charges against two Bayfield County sheriff's deputies who shot and "
        "wounded a man during a traffic stop in August.\n\n"
        "A replica pistol was found under the passenger seat of the car driven by the man, "
        "Terrell Hicks, 27, who spent nine days in hospital.\n\n"
        "The Bayfield Deputy Sheriffs' Association welcomed the decision. \"Our members made a "
        "split-second call to protect themselves and the public, and the evidence backs them "
        "up,\" the union's president, Craig Dolan, said in a statement.\n\n"
        'Hicks\'s attorney, Naomi Feld, called the report "a whitewash". She has already filed a '
        "civil rights lawsuit against the county in federal court.",
        [
            (
                I,
                [
                    "she would not file charges against two Bayfield County sheriff's deputies "
                    "who shot and wounded a man during a traffic stop in August"
                ],
                "Gloria Hastings",
            ),
            (
                D,
                [
                    "Our members made a split-second call to protect themselves and the public, "
                    "and the evidence backs them up"
                ],
                "Craig Dolan",
            ),
            (P, ["a whitewash"], "Naomi Feld"),
        ],
    ),
    (  # 3 court backlog, curly quotes and apostrophes: "…, according to the X Union." (the
        # part before), unnamed "one clerk, who asked not to be named", magistrate's direct +
        # "said Name, who …" then a second quote after the full stop (two quotes, both hers),
        # "has promised a new … system" (noun object) not annotated
        "Nearly 14,000 cases are waiting to be processed at Pemberton Magistrates’ Court, almost "
        "double the figure of two years ago, according to the Public Justice Workers’ Union.\n\n"
        "“We are drowning. Some files sit on a desk for four months before anyone even opens "
        "them,” said one clerk, who asked not to be named because staff are not allowed to speak "
        "to the press.\n\n"
        "Magistrates are losing patience too. “We adjourned eleven cases on Tuesday because the "
        "paperwork wasn’t there,” said Eleanor Pryce, who chairs the Pemberton bench. "
        "“Defendants, victims and witnesses all went home having wasted a day.”\n\n"
        "The court service has promised a new digital case system by next spring.",
        [
            (
                I,
                [
                    "Nearly 14,000 cases are waiting to be processed at Pemberton Magistrates’ "
                    "Court, almost double the figure of two years ago"
                ],
                "Public Justice Workers’ Union",
            ),
            (
                D,
                [
                    "We are drowning. Some files sit on a desk for four months before anyone even "
                    "opens them"
                ],
                "clerk",
            ),
            (
                D,
                ["We adjourned eleven cases on Tuesday because the paperwork wasn’t there"],
                "Eleanor Pryce",
            ),
            (
                D,
                ["Defendants, victims and witnesses all went home having wasted a day."],
                "Eleanor Pryce",
            ),
        ],
    ),
    (  # 4 conviction overturned: judge's partial inside "wrote that …" (only the partial,
        # "Judge" dropped, "Mr." inside the quote), surname + "he said, hugging …" then a
        # second quote after the full stop (two quotes), "did not respond to requests for
        # comment" not speech
        "The state Court of Appeals on Friday overturned the 2009 robbery conviction of Andre "
        "Whitfield, who has spent fifteen years in prison for a hold-up at a gas station in "
        "Dellwood.\n\n"
        "In a unanimous opinion, Judge Miriam Castellano wrote that the failure to disclose a "
        'second eyewitness statement had "deprived Mr. Whitfield of a fair trial in any '
        'meaningful sense".\n\n'
        "Whitfield, now 47, was released from the Garner Correctional Facility hours later. "
        '"I walked in at 32 and I\'m walking out with gray hair," he said, hugging his mother. '
        '"But I\'m walking out."\n\n'
        "The Harlan County prosecutor's office did not respond to requests for comment.",
        [
            (
                P,
                ["deprived Mr. Whitfield of a fair trial in any meaningful sense"],
                "Miriam Castellano",
            ),
            (
                D,
                ["I walked in at 32 and I'm walking out with gray hair"],
                "Andre Whitfield",
            ),
            (D, ["But I'm walking out."], "Andre Whitfield"),
        ],
    ),
    (  # 5 bar association rates a court nominee: association partial after "has rated … as",
        # a quote split by the incise "said the association's president, Name," (one quote,
        # two spans, final period kept), "declined to comment" not annotated
        "The Kestrel State Bar Association has rated Governor Paul Redmond's nominee for the "
        'state Supreme Court, appellate judge Warren Stiles, as "not qualified", the first time '
        "in three decades it has given that rating to a high-court pick.\n\n"
        '"This is not about politics," said the association\'s president, Denise Kwan, "it is '
        "about a record of opinions that were reversed at an unusual rate, and a temperament "
        'that several lawyers described to us as hostile."\n\n'
        "Stiles, who has sat on the appeals bench since 2014, declined to comment. The "
        "governor's office did not respond to a request for comment. The state Senate is "
        "expected to hold confirmation hearings in January.",
        [
            (P, ["not qualified"], "Kestrel State Bar Association"),
            (
                D,
                [
                    "This is not about politics",
                    "it is about a record of opinions that were reversed at an unusual rate, and a "
                    "temperament that several lawyers described to us as hostile.",
                ],
                "Denise Kwan",
            ),
        ],
    ),
    (  # 6 coach sentenced: unnamed "said one victim, now 19," after a two-sentence quote,
        # judge's partial inside "told Lund that he had …" (only the partial), "had asked for
        # 12 years" and "apologised briefly" not annotated
        "A former youth football coach was sentenced on Wednesday to 22 years in prison for "
        "sexually abusing four boys he trained between 2015 and 2021, at the end of a hearing in "
        "which three of his victims addressed the court.\n\n"
        '"You told us we were a family. You made us keep your secret like it was one of the team '
        'rules," said one victim, now 19, looking straight at the defendant, Gary Lund, who kept '
        "his eyes on the table.\n\n"
        'Judge Harriet Okafor told Lund that he had "stolen something that no sentence can give '
        'back".\n\n'
        "Lund's lawyer, Peter Vasquez, had asked for 12 years, citing his client's guilty plea "
        "and his lack of previous convictions. Lund himself apologised briefly before being led "
        "away.",
        [
            (
                D,
                [
                    "You told us we were a family. You made us keep your secret like it was one of "
                    "the team rules"
                ],
                "victim",
            ),
            (P, ["stolen something that no sentence can give back"], "Harriet Okafor"),
        ],
    ),
    (  # 7 police union vs oversight board: "According to the X Association," (rest of the
        # sentence), direct + "said the association's president, Sgt. Name" (rank dropped),
        # "the Rev. Name, pointed to retirements" (noun object, not annotated) then direct +
        # "she said"
        "According to the Riverton Police Benevolent Association, more than 120 officers have "
        "left the city's police department since its civilian oversight board was given subpoena "
        "power last year.\n\n"
        "\"Officers don't mind being held accountable. What they mind is being tried twice, once "
        "by a court and once by a board of political appointees,\" said the association's "
        "president, Sgt. Mike Donnelly.\n\n"
        "The board's chair, the Rev. Alma Pruitt, pointed to retirements that had been planned "
        'long before the vote. "People who say the board is anti-police have never sat through '
        'one of our hearings," she said.',
        [
            (
                I,
                [
                    "more than 120 officers have left the city's police department since its "
                    "civilian oversight board was given subpoena power last year"
                ],
                "Riverton Police Benevolent Association",
            ),
            (
                D,
                [
                    "Officers don't mind being held accountable. What they mind is being tried "
                    "twice, once by a court and once by a board of political appointees"
                ],
                "Mike Donnelly",
            ),
            (
                D,
                [
                    "People who say the board is anti-police have never sat through one of our "
                    "hearings"
                ],
                "Alma Pruitt",
            ),
        ],
    ),
    (  # 8 jury selection: "…, according to the court clerk, Name." (the part before), tabloid
        # nickname in quotes not speech, unnamed "said a woman who was excused", "has filed a
        # motion" and "is expected to rule" not speech
        "Jury selection in the fraud trial of former Castlegate Bank chief executive Simon "
        "Hartley stretched into its third week on Tuesday, as lawyers struggled to find twelve "
        "residents of Northam who had not already made up their minds about the case.\n\n"
        "Of the 240 people summoned so far, 171 have been excused, according to the court clerk, "
        "Janet Moss.\n\n"
        "The bank's collapse in 2022 wiped out the savings of thousands of local families, and "
        'the tabloid nickname "Hartley the Heartless" has followed him ever since. "I lost forty '
        "thousand dollars. I can't pretend to be fair to him, and I told the judge so,\" said a "
        "woman who was excused on Monday.\n\n"
        "Hartley's defence team has filed a motion to move the trial to another county. Judge "
        "Robert Ainsley is expected to rule on it by Friday.",
        [
            (
                I,
                ["Of the 240 people summoned so far, 171 have been excused"],
                "Janet Moss",
            ),
            (
                D,
                [
                    "I lost forty thousand dollars. I can't pretend to be fair to him, and I told "
                    "the judge so"
                ],
                "woman",
            ),
        ],
    ),
    (  # 9 housing court, curly quotes: tenant named by first name only at the end of the
        # attribution, "Legal aid attorney Name said that" (role before name), then an
        # indirect with the cue after ("…, he said.", the part before)
        "Eviction filings in Dunmore County housing court rose 38% in the first nine months of "
        "the year, to 6,412 cases.\n\n"
        "On a typical Monday morning, the corridor outside Courtroom 4B is lined with tenants "
        "clutching folders of receipts. Most have no lawyer. “I paid every month until my hours "
        "got cut. Now I’m here with my kids’ birth certificates, because somebody told me to "
        "bring them,” said a tenant from the Eastgate Apartments who gave only her first name, "
        "Keisha.\n\n"
        "Legal aid attorney Ben Strauss said that tenants who have a lawyer are about three times "
        "more likely to stay in their homes. His office, Dunmore Legal Services, turns away two "
        "callers for every one it can help, he said.",
        [
            (
                D,
                [
                    "I paid every month until my hours got cut. Now I’m here with my kids’ birth "
                    "certificates, because somebody told me to bring them"
                ],
                "Keisha",
            ),
            (
                I,
                [
                    "tenants who have a lawyer are about three times more likely to stay in their "
                    "homes"
                ],
                "Ben Strauss",
            ),
            (
                I,
                [
                    "His office, Dunmore Legal Services, turns away two callers for every one it "
                    "can help"
                ],
                "Ben Strauss",
            ),
        ],
    ),
    (  # 10 judge retires: a quote continued over two paragraphs (one span each) with "he
        # said" after the second (pronoun for the judge), law society partial after "described
        # him as", surname "Abara said he planned"
        "After 31 years on the bench, Judge Cornelius Abara will hear his last case at Westbrook "
        "Crown Court on Friday. The 70-year-old, the first Black circuit judge appointed in the "
        "region, presided over some of its most notorious trials, including the Millbank Road "
        "murders in 2004.\n\n"
        '"When I started, a defendant would stand in the dock and not understand a word the '
        "barristers were saying. I made it my business to explain, every time, in plain "
        "English.\n\n"
        "\"People can accept a verdict they don't like. What they cannot accept is a process "
        "they don't understand,\" he said in an interview in his chambers.\n\n"
        'The Westbrook Law Society described him as "a judge who never forgot that the person '
        'in the dock was a person". Abara said he planned to spend his retirement teaching at a '
        "local sixth-form college and, at last, learning to sail.",
        [
            (
                D,
                [
                    "When I started, a defendant would stand in the dock and not understand a word "
                    "the barristers were saying. I made it my business to explain, every time, in "
                    "plain English.",
                    "People can accept a verdict they don't like. What they cannot accept is a "
                    "process they don't understand",
                ],
                "Cornelius Abara",
            ),
            (
                P,
                ["a judge who never forgot that the person in the dock was a person"],
                "Westbrook Law Society",
            ),
            (
                I,
                [
                    "he planned to spend his retirement teaching at a local sixth-form college "
                    "and, at last, learning to sail"
                ],
                "Cornelius Abara",
            ),
        ],
    ),
    (  # 11 mosque arson charges: "Police said on Sunday that" (unnamed), direct with a colon
        # inside the quote + "County Prosecutor Name told a press conference", the imam in
        # apposition "thanked investigators" (noun object, not annotated) then direct + "he
        # said"
        "Police said on Sunday that three men had been charged with arson after a fire destroyed "
        "a mosque under construction in Hollins Ferry last week.\n\n"
        '"Let me be very clear: this community will not tolerate anyone who tries to burn down a '
        'house of worship," County Prosecutor Dana Whitlock told a press conference on '
        "Monday.\n\n"
        "The imam of the Hollins Ferry Islamic Centre, Yusuf Karimi, thanked investigators for "
        'their speed. "We have received more messages of support this week than in the last ten '
        'years," he said.\n\n'
        "The three men, aged 19, 22 and 34, are due to appear before Hollins Ferry magistrates on "
        "Wednesday.",
        [
            (
                I,
                [
                    "three men had been charged with arson after a fire destroyed a mosque under "
                    "construction in Hollins Ferry last week"
                ],
                "police",
            ),
            (
                D,
                [
                    "Let me be very clear: this community will not tolerate anyone who tries to "
                    "burn down a house of worship"
                ],
                "Dana Whitlock",
            ),
            (
                D,
                ["We have received more messages of support this week than in the last ten years"],
                "Yusuf Karimi",
            ),
        ],
    ),
    (  # 12 climate activists acquitted: "The defendants never denied …, but argued that"
        # (unnamed plural, the denial negated and not annotated), direct + "said one of them,
        # Name, 26," company "said in a statement that … but that …" (one span)
        "A jury at Lowestead Crown Court on Tuesday cleared six climate activists of criminal "
        "damage after they sprayed orange paint across the headquarters of oil company Norvale "
        "Energy in March last year.\n\n"
        "The defendants never denied spraying the building, but argued that they had acted to "
        'prevent a far greater harm. "Twelve ordinary people looked at the evidence and decided '
        'we were not criminals," said one of them, Freya Linden, 26, on the court steps.\n\n'
        "Norvale Energy said in a statement that it respected the jury's decision but that the "
        "repairs had cost more than £80,000.",
        [
            (I, ["they had acted to prevent a far greater harm"], "defendants"),
            (
                D,
                ["Twelve ordinary people looked at the evidence and decided we were not criminals"],
                "Freya Linden",
            ),
            (
                I,
                [
                    "it respected the jury's decision but that the repairs had cost more than "
                    "£80,000"
                ],
                "Norvale Energy",
            ),
        ],
    ),
    (  # 13 bail law struck down: partial inside "said the law treated …" (only the partial,
        # "Justice" dropped), dissenting justice "warned that" then direct + "he wrote",
        # "did not say whether" not annotated
        "The Marlowe Supreme Court on Thursday struck down a state law that allowed judges to "
        "hold defendants without bail for up to 90 days before a first hearing, by five votes to "
        "two.\n\n"
        'Writing for the majority, Justice Ellen Whitcombe said the law treated "the presumption '
        'of innocence as a formality to be dealt with later".\n\n'
        "In a dissent, Justice Raymond Kohl warned that the decision would put dangerous people "
        'back on the streets. "The majority has chosen an abstraction over the safety of real '
        'communities," he wrote.\n\n'
        "Attorney General Lisa Brandt did not say whether the state would ask the court to "
        "reconsider.",
        [
            (
                P,
                ["the presumption of innocence as a formality to be dealt with later"],
                "Ellen Whitcombe",
            ),
            (
                I,
                ["the decision would put dangerous people back on the streets"],
                "Raymond Kohl",
            ),
            (
                D,
                ["The majority has chosen an abstraction over the safety of real communities"],
                "Raymond Kohl",
            ),
        ],
    ),
    (  # 14 court interpreter shortage: indirect with the cue after ("…, officials said on
        # Wednesday.", unnamed plural), interpreter named then direct + "she said", lawyer
        # "said a client of his … had spent" (no "that") followed by an unattributed quote
        # that is still his
        "Trials at Farrowgate County Court are being postponed because there are not enough "
        "certified interpreters, officials said on Wednesday. Vietnamese, Somali and Haitian "
        "Creole speakers are the hardest to find.\n\n"
        "Mai Tran is one of only two Vietnamese interpreters on the court's list. \"I run up and "
        'down the stairs between hearings. Once I interpreted a guilty plea in a corridor," she '
        "said.\n\n"
        "Defence lawyer Owen Marsh said a client of his, a Somali man charged with assault, had "
        "spent seven extra weeks in custody waiting for an interpreter. \"If you can't understand "
        "the charge, you can't answer it. It's that simple.\"",
        [
            (
                I,
                [
                    "Trials at Farrowgate County Court are being postponed because there are not "
                    "enough certified interpreters"
                ],
                "officials",
            ),
            (
                D,
                [
                    "I run up and down the stairs between hearings. Once I interpreted a guilty "
                    "plea in a corridor"
                ],
                "Mai Tran",
            ),
            (
                I,
                [
                    "a client of his, a Somali man charged with assault, had spent seven extra "
                    "weeks in custody waiting for an interpreter"
                ],
                "Owen Marsh",
            ),
            (
                D,
                ["If you can't understand the charge, you can't answer it. It's that simple."],
                "Owen Marsh",
            ),
        ],
    ),
    (  # 15 sentence not reduced, curly quotes: victim's mother in apposition then direct +
        # "she said afterwards", judge's partial inside "said … was" (only the partial),
        # unnamed "a family friend … said simply:" with the final period kept
        "A judge at Kerrigan Crown Court on Monday refused to reduce the 14-year sentence of Liam "
        "Corrigan, who killed 16-year-old Chloe Barnett in a drink-driving crash in 2019.\n\n"
        "Chloe’s mother, Karen Barnett, had travelled from Dorset with her husband and two sons "
        "to attend the hearing. “He gets to ask for less. Chloe doesn’t get to ask for "
        "anything,” she said afterwards.\n\n"
        "Judge Simon Aldous said Corrigan’s good behaviour in prison was “to his credit” but "
        "could not outweigh the harm he had caused. Outside, a family friend holding a "
        "photograph of the teenager said simply: “Justice was done today.”",
        [
            (
                D,
                ["He gets to ask for less. Chloe doesn’t get to ask for anything"],
                "Karen Barnett",
            ),
            (P, ["to his credit"], "Simon Aldous"),
            (D, ["Justice was done today."], "family friend"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout103.jsonl"),
        "heldout103",
        "h103",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
