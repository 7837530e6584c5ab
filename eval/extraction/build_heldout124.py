"""Source of the 124th held-out set: writes heldout124.jsonl (split "heldout124").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like politics news at every level: municipal and communal council meetings (in French
rendered partly with dialogue dashes), municipal, senatorial and local election nights and
counts, by-elections, regional assemblies and plenary sessions, a cantonal vote, a party
primary and a leadership convention, question periods and First Minister's Questions,
ministers' visits, resignations and scandals, in France, Belgium, Switzerland, Québec, the UK,
Ireland, Australia and Canada. Speakers are mayors, échevins and councillors, senators, TDs,
MPs and députés, ministers and shadow ministers, party leaders, a lawyer, parties, ministries,
prosecutors, prefectures and newspapers speaking as organisations, and an unnamed farmer,
nurse and resident and tallymen; several texts have two or three politicians of the same
gender, and speakers are referred back to by function alone ("le maire sortant", "la
sénatrice", "l'édile", "the shadow chancellor", "the MP", "the outgoing premier", "the
runner-up"), by pronoun, surname or epithet. Statements are sourced with "selon X", "d'après
X", "according to X" or a postposed "a indiqué le parquet"; some speech verbs take only a noun
object, and one text in each language has no quote.
Measured once with 0.3.0, 0.37.0 and 0.38.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout124.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-03"
Item = GoldItem

FR: list[Item] = [
    (  # 1 municipal council exchange in dialogue dashes, two women: a dash line attributed
        # by the sentence before it ("La conseillère d'opposition Name … a ouvert les
        # hostilités …:"), a dash line + "a répondu sèchement l'édile." (role for "la maire,
        # Name"), a dash line with a comma incise "a rétorqué l'élue d'opposition," (one quote
        # two spans), "a promis la transmission" (noun object, not annotated), "le groupe
        # d'opposition Name a annoncé qu'il" (generic noun dropped)
        "Le conseil municipal de Villeneuve-la-Sablière s'est achevé lundi, peu avant minuit, "
        "dans une ambiance électrique. À l'ordre du jour\u00a0: la vente de l'ancienne caserne "
        "des pompiers à un promoteur immobilier, pour 2,3\u00a0millions d'euros.\n\n"
        "La conseillère d'opposition Nadège Perrichon (divers gauche) a ouvert les hostilités dès "
        "la présentation du dossier par la maire, Annick Beaulieu-Ferrand\u00a0:\n\n"
        "— Qui a fixé ce prix\u00a0? Personne autour de cette table n'a vu l'estimation des "
        "Domaines.\n\n"
        "— Elle est annexée à la délibération, a répondu sèchement l'édile.\n\n"
        "— Je l'ai lue, madame la maire, a rétorqué l'élue d'opposition, et la page 14 est "
        "blanche.\n\n"
        "Rires dans le public. Le premier adjoint, Serge Tallandier, a promis la transmission de "
        "l'estimation à tous les élus dès le lendemain. La délibération a finalement été adoptée "
        "par 23 voix contre 6.\n\n"
        "Dans un communiqué publié mardi, le groupe d'opposition Villeneuve en commun a annoncé "
        "qu'il déposerait un recours devant le tribunal administratif.",
        [
            (
                D,
                [
                    "Qui a fixé ce prix\u00a0? Personne autour de cette table n'a vu l'estimation "
                    "des Domaines."
                ],
                "Nadège Perrichon",
            ),
            (D, ["Elle est annexée à la délibération"], "Annick Beaulieu-Ferrand"),
            (
                D,
                ["Je l'ai lue, madame la maire", "et la page 14 est blanche."],
                "Nadège Perrichon",
            ),
            (
                I,
                ["il déposerait un recours devant le tribunal administratif"],
                "Villeneuve en commun",
            ),
        ],
    ),
    (  # 2 municipal election night: "…, selon la préfecture du Finistère." (the part
        # before), "Le maire sortant a reconnu sa défaite" (noun object) then two-sentence
        # direct + "a-t-il glissé" (pronoun for the outgoing mayor), partial after "la
        # nouvelle maire a promis" (role for the winner named earlier)
        "Après vingt-quatre ans à la tête de Plouméren, Jean-Yves Le Guennec a été battu dimanche "
        "au second tour des élections municipales par la liste de son ancienne adjointe, "
        "Gwenaëlle Caradec, qui a recueilli 52,7\u00a0% des suffrages exprimés. La participation "
        "s'est établie à 61\u00a0%, selon la préfecture du Finistère.\n\n"
        "Le maire sortant a reconnu sa défaite peu après 21\u00a0heures, dans la salle des fêtes. "
        "«\u00a0Les électeurs ont voulu tourner la page. Je leur souhaite d'avoir fait le bon "
        "choix\u00a0», a-t-il glissé, la voix nouée.\n\n"
        "Sur le parvis de la mairie, la nouvelle maire a promis «\u00a0une mairie ouverte, où "
        "l'on ne décide plus à trois dans un bureau\u00a0». Une pique à peine voilée à son "
        "prédécesseur, dont elle avait quitté l'équipe avec fracas en 2023.\n\n"
        "Le conseil municipal se réunira samedi pour l'élection du maire et des adjoints.",
        [
            (I, ["La participation s'est établie à 61\u00a0%"], "préfecture du Finistère"),
            (
                D,
                [
                    "Les électeurs ont voulu tourner la page. Je leur souhaite d'avoir fait le bon "
                    "choix"
                ],
                "Jean-Yves Le Guennec",
            ),
            (
                P,
                ["une mairie ouverte, où l'on ne décide plus à trois dans un bureau"],
                "Gwenaëlle Caradec",
            ),
        ],
    ),
    (  # 3 minister's visit, two women: two-sentence direct + "a lancé un éleveur à la
        # ministre" (unnamed speaker, the minister only addressed), a quote split by "a assuré
        # Mme Name," (one quote two spans, final period kept), partial after "Elle a dit
        # attendre" (pronoun for the second woman, not the minister), "le ministère de
        # l'Agriculture a précisé que" (ministry speaking)
        "En déplacement vendredi dans le Gers, la ministre de l'Agriculture, Hélène Marcillac, a "
        "été accueillie par une centaine d'éleveurs de canards en colère devant la coopérative "
        "de Saint-Clar-d'Arros, durement touchée par la grippe aviaire l'hiver dernier.\n\n"
        "«\u00a0On nous a promis des indemnités en mars. Nous sommes en décembre et je n'ai pas "
        "touché un centime\u00a0», a lancé un éleveur à la ministre, sous les applaudissements."
        "\n\n"
        "«\u00a0Les premiers versements interviendront avant la fin de l'année, a assuré "
        "Mme\u00a0Marcillac, et personne ne sera oublié.\u00a0»\n\n"
        "Présente aux côtés de la ministre, la présidente de la chambre d'agriculture du Gers, "
        "Maryse Douzon, s'est montrée plus prudente. Elle a dit attendre «\u00a0des actes, pas "
        "des calendriers\u00a0».\n\n"
        "Dans un communiqué publié dans la soirée, le ministère de l'Agriculture a précisé que "
        "14\u00a0millions d'euros avaient déjà été engagés pour les exploitations du Sud-Ouest.",
        [
            (
                D,
                [
                    "On nous a promis des indemnités en mars. Nous sommes en décembre et je n'ai "
                    "pas touché un centime"
                ],
                "éleveur",
            ),
            (
                D,
                [
                    "Les premiers versements interviendront avant la fin de l'année",
                    "et personne ne sera oublié.",
                ],
                "Hélène Marcillac",
            ),
            (P, ["des actes, pas des calendriers"], "Maryse Douzon"),
            (
                I,
                [
                    "14\u00a0millions d'euros avaient déjà été engagés pour les exploitations du "
                    "Sud-Ouest"
                ],
                "ministère de l'Agriculture",
            ),
        ],
    ),
    (  # 4 senator leaves her group, two women: "a annoncé … son départ" (noun object),
        # two-sentence direct + "a écrit la sénatrice" (role alone), "a pris acte" (not
        # speech) then "Selon elle, la sénatrice « … »" (partial inside reported speech, the
        # speaker is the group president, not "la sénatrice"), "D'après Name," (rest of the
        # sentence, a newspaper)
        "La sénatrice de la Sarthe Murielle Vauquelin-Desrues a annoncé mardi son départ du "
        "groupe Union centriste et républicaine, une semaine après la publication par le "
        "quotidien Sarthe Matin d'une enquête sur des emplois présumés fictifs au sein de son "
        "équipe parlementaire.\n\n"
        "«\u00a0Je quitte le groupe pour ne pas l'entraîner dans une affaire qui ne concerne que "
        "moi. Je n'ai rien à me reprocher\u00a0», a écrit la sénatrice dans un message adressé à "
        "ses collègues.\n\n"
        "La présidente du groupe, Catherine Aubrespy, a pris acte de ce départ. Selon elle, la "
        "sénatrice «\u00a0aurait dû prévenir bien plus tôt\u00a0» le bureau du groupe.\n\n"
        "D'après Sarthe Matin, deux collaboratrices auraient été rémunérées pendant trois ans "
        "sans jamais avoir mis les pieds au Palais du Luxembourg. Le parquet national financier "
        "a ouvert une enquête préliminaire.",
        [
            (
                D,
                [
                    "Je quitte le groupe pour ne pas l'entraîner dans une affaire qui ne concerne "
                    "que moi. Je n'ai rien à me reprocher"
                ],
                "Murielle Vauquelin-Desrues",
            ),
            (P, ["aurait dû prévenir bien plus tôt"], "Catherine Aubrespy"),
            (
                I,
                [
                    "deux collaboratrices auraient été rémunérées pendant trois ans sans jamais "
                    "avoir mis les pieds au Palais du Luxembourg"
                ],
                "Sarthe Matin",
            ),
        ],
    ),
    (  # 5 Belgian communal council exchange, two men: "a justifié la mesure par un déficit"
        # (noun object), direct + "a lancé le conseiller d'opposition Name (Party)", direct
        # naming the opponent + "lui a rétorqué le bourgmestre, Name", "Le bourgmestre a … annoncé
        # que" (role alone)
        "Le conseil communal de Florinchamps a voté lundi soir, au terme de trois heures de "
        "débat, le doublement de la taxe sur les secondes résidences, qui passera à 900\u00a0euros "
        "par an. L'échevine des Finances, Véronique Stassart, a justifié la mesure par un déficit "
        "de 1,8\u00a0million d'euros dans le budget 2027.\n\n"
        "«\u00a0Vous faites payer aux gens de passage les erreurs de votre propre "
        "majorité\u00a0», a lancé le conseiller d'opposition Thibaut Lemmens (Renouveau "
        "wallon).\n\n"
        "«\u00a0Cette majorité, c'était aussi la vôtre jusqu'en 2024, monsieur Lemmens\u00a0», "
        "lui a rétorqué le bourgmestre, Luc Demaret. Renouveau wallon a siégé dans la majorité "
        "communale de 2018 à 2024.\n\n"
        "Le bourgmestre a par ailleurs annoncé que le budget serait transmis à la tutelle "
        "régionale avant le 15\u00a0janvier.",
        [
            (
                D,
                ["Vous faites payer aux gens de passage les erreurs de votre propre majorité"],
                "Thibaut Lemmens",
            ),
            (
                D,
                ["Cette majorité, c'était aussi la vôtre jusqu'en 2024, monsieur Lemmens"],
                "Luc Demaret",
            ),
            (
                I,
                ["le budget serait transmis à la tutelle régionale avant le 15\u00a0janvier"],
                "Luc Demaret",
            ),
        ],
    ),
    (  # 6 Swiss cantonal vote: "…, selon la chancellerie d'État." (unnamed organisation, the
        # part before), "a pris acte du résultat" (noun object) then direct + "a-t-elle
        # déclaré" (pronoun for "La conseillère d'État …, Name"), partial after "Le comité
        # référendaire, emmené par … Name, a salué" (the committee speaks, not the man who
        # leads it), "Il réclame … une réforme" (noun object)
        "Les Neuchâtelois ont rejeté dimanche le projet de fusion des six communes du "
        "Val-des-Sagnettes. Le non l'emporte avec 54,2\u00a0% des voix, selon la chancellerie "
        "d'État. La participation a atteint 47\u00a0%.\n\n"
        "La conseillère d'État chargée des institutions, Laurence Jeanneret-Brandt, qui avait "
        "porté le projet, a pris acte du résultat. «\u00a0Le peuple a tranché, nous respecterons "
        "ce choix\u00a0», a-t-elle déclaré devant la presse au château de Neuchâtel.\n\n"
        "Le comité référendaire, emmené par le député au Grand Conseil Patrick Vuilleumier, a "
        "salué «\u00a0une victoire de la démocratie de proximité\u00a0». Il réclame désormais une "
        "réforme de la péréquation financière entre communes.",
        [
            (I, ["Le non l'emporte avec 54,2\u00a0% des voix"], "chancellerie d'État"),
            (
                D,
                ["Le peuple a tranché, nous respecterons ce choix"],
                "Laurence Jeanneret-Brandt",
            ),
            (P, ["une victoire de la démocratie de proximité"], "comité référendaire"),
        ],
    ),
    (  # 7 Québec question period, two men: two-sentence direct ending with a question mark
        # + "a demandé le député" (role for "le député de X Name"), partial after "a accusé
        # l'opposition de", "Selon lui," (pronoun for the minister, rest of the sentence)
        "La période de questions a viré au règlement de comptes, mercredi, à l'Assemblée "
        "nationale, autour des listes d'attente en chirurgie.\n\n"
        "Le porte-parole de l'opposition officielle en matière de santé, le député de "
        "Saint-Ours-des-Monts Mathieu Bellerose, a brandi un rapport interne du réseau. "
        "«\u00a0Vingt-deux mille patients attendent depuis plus d'un an. Combien de temps "
        "encore, M.\u00a0le ministre\u00a0?\u00a0» a demandé le député.\n\n"
        "Le ministre de la Santé, Jean-François Caron-Lévesque, a accusé l'opposition de "
        "«\u00a0jouer avec la peur des malades\u00a0». Selon lui, les délais ont diminué de "
        "12\u00a0% depuis le printemps.\n\n"
        "Le rapport, daté d'octobre, doit être déposé à la commission parlementaire de la santé "
        "la semaine prochaine.",
        [
            (
                D,
                [
                    "Vingt-deux mille patients attendent depuis plus d'un an. Combien de temps "
                    "encore, M.\u00a0le ministre\u00a0?"
                ],
                "Mathieu Bellerose",
            ),
            (P, ["jouer avec la peur des malades"], "Jean-François Caron-Lévesque"),
            (
                I,
                ["les délais ont diminué de 12\u00a0% depuis le printemps"],
                "Jean-François Caron-Lévesque",
            ),
        ],
    ),
    (  # 8 party primary, two women: "…, d'après la Haute Autorité de la primaire." (the
        # part before), direct + "a déclaré la lauréate, ancienne ministre …" (epithet), "a
        # reconnu sa défaite" (noun object) then partial after "avant d'appeler à" by "La
        # finaliste malheureuse" (epithet for the runner-up)
        "Clarisse Montabert a remporté dimanche soir la primaire du Parti de l'Avenir en vue de "
        "l'élection présidentielle, avec 56,4\u00a0% des voix face à la députée de l'Isère "
        "Élodie Ravanel-Combes. Près de 412\u00a0000 électeurs ont participé au scrutin, d'après "
        "la Haute Autorité de la primaire.\n\n"
        "«\u00a0Ce soir, ce n'est pas moi qui ai gagné, c'est notre famille politique qui s'est "
        "retrouvée\u00a0», a déclaré la lauréate, ancienne ministre du Travail, devant ses "
        "soutiens réunis à Lille.\n\n"
        "La finaliste malheureuse a reconnu sa défaite dans un bref message sur les réseaux "
        "sociaux, avant d'appeler à «\u00a0l'unité sans conditions\u00a0». Elle n'a pas fait "
        "d'apparition publique dimanche soir.",
        [
            (
                I,
                ["Près de 412\u00a0000 électeurs ont participé au scrutin"],
                "Haute Autorité de la primaire",
            ),
            (
                D,
                [
                    "Ce soir, ce n'est pas moi qui ai gagné, c'est notre famille politique qui "
                    "s'est retrouvée"
                ],
                "Clarisse Montabert",
            ),
            (P, ["l'unité sans conditions"], "Élodie Ravanel-Combes"),
        ],
    ),
    (  # 9 no quote: regional budget vote, "a annoncé une hausse … et le lancement …" and
        # "L'opposition a demandé la création …" (noun objects, not annotated)
        "Le conseil régional des Hautes-Marches a adopté jeudi son budget primitif pour 2027, "
        "d'un montant de 3,1\u00a0milliards d'euros, par 87 voix contre 61 et 9 abstentions.\n\n"
        "Le président de région, Roland Ferrière-Maupas, a annoncé une hausse de 4\u00a0% des "
        "crédits consacrés aux lycées et le lancement d'un plan de rénovation énergétique de 120 "
        "établissements d'ici à 2030.\n\n"
        "L'opposition a demandé la création d'une mission d'information sur le coût du nouveau "
        "siège de la région, dont la facture a dépassé de 38\u00a0millions d'euros l'estimation "
        "initiale. La demande a été rejetée.\n\n"
        "La prochaine session plénière est prévue le 12\u00a0février.",
        [],
    ),
    (  # 10 mayor charged: a postposed ", a indiqué le parquet de X." (indirect, no "que",
        # the clause before), two-sentence direct + "a-t-il affirmé à notre journal" (pronoun
        # for "L'édile"), partial after "Son avocate, Me Name, dénonce" (title dropped)
        "Le maire de Castelnau-d'Estrel, Didier Fabrègues, a été mis en examen jeudi pour prise "
        "illégale d'intérêts et favoritisme, a indiqué le parquet de Montbrison-sur-Aude. Placé "
        "sous contrôle judiciaire, il a interdiction d'exercer ses fonctions jusqu'à nouvel "
        "ordre.\n\n"
        "L'édile, élu sans étiquette depuis 2014, conteste les faits. «\u00a0Je n'ai jamais "
        "favorisé qui que ce soit. Tous les marchés de la commune ont été passés dans les "
        "règles\u00a0», a-t-il affirmé à notre journal.\n\n"
        "Son avocate, Me\u00a0Sophie Albaret, dénonce «\u00a0un dossier monté de toutes pièces par "
        "des adversaires politiques\u00a0». Le premier adjoint, Alain Roquefeuil, assurera "
        "l'intérim.",
        [
            (
                I,
                [
                    "Le maire de Castelnau-d'Estrel, Didier Fabrègues, a été mis en examen jeudi "
                    "pour prise illégale d'intérêts et favoritisme"
                ],
                "parquet de Montbrison-sur-Aude",
            ),
            (
                D,
                [
                    "Je n'ai jamais favorisé qui que ce soit. Tous les marchés de la commune ont "
                    "été passés dans les règles"
                ],
                "Didier Fabrègues",
            ),
            (
                P,
                ["un dossier monté de toutes pièces par des adversaires politiques"],
                "Sophie Albaret",
            ),
        ],
    ),
    (  # 11 regional plenary session, two men: a quote continued over two paragraphs (one
        # span each, first one's period kept) + "a-t-il promis", a dash line attributed by the
        # sentence before it ("Le chef de file de l'opposition, Name, lui a … répondu … :"), a
        # dash line + "a répliqué le président" (role alone for the region's president)
        "La session plénière du conseil régional, jeudi à Valserine, a été dominée par le plan "
        "ferroviaire du président de région, Bertrand Achard, chiffré à 640\u00a0millions "
        "d'euros sur six ans.\n\n"
        "«\u00a0Ce plan, personne ne l'a osé avant nous. Nous allons rouvrir trois lignes fermées "
        "depuis les années 1970.\n\n"
        "«\u00a0Et nous le ferons sans augmenter la fiscalité régionale\u00a0», a-t-il promis à "
        "la tribune.\n\n"
        "Le chef de file de l'opposition, Franck Ducasse-Morel, lui a aussitôt répondu depuis les "
        "bancs de la droite\u00a0:\n\n"
        "— Sans augmenter les impôts\u00a0? Alors expliquez-nous qui paiera.\n\n"
        "— L'État et l'Union européenne, comme le prévoit le contrat de plan, a répliqué le "
        "président.\n\n"
        "Le plan a été adopté par 98 voix contre 53.",
        [
            (
                D,
                [
                    "Ce plan, personne ne l'a osé avant nous. Nous allons rouvrir trois lignes "
                    "fermées depuis les années 1970.",
                    "Et nous le ferons sans augmenter la fiscalité régionale",
                ],
                "Bertrand Achard",
            ),
            (
                D,
                ["Sans augmenter les impôts\u00a0? Alors expliquez-nous qui paiera."],
                "Franck Ducasse-Morel",
            ),
            (
                D,
                ["L'État et l'Union européenne, comme le prévoit le contrat de plan"],
                "Bertrand Achard",
            ),
        ],
    ),
    (  # 12 Walloon minister resigns, two men: "a présenté … sa démission" (noun object),
        # "Dans une lettre …, il écrit : « … »" (direct after a colon, final period kept), "Il
        # a indiqué que" (pronoun now for the minister-president), "Pour le chef de file …,
        # Name, « … »" (direct), "Son groupe réclame l'audition" (noun object)
        "Le ministre wallon de la Mobilité, Pierre-Yves Collignon, a présenté mardi sa démission "
        "au ministre-président, trois jours après la révélation de l'utilisation de sa voiture de "
        "fonction pour des vacances en famille dans le sud de la France.\n\n"
        "Dans une lettre dont Le Quotidien namurois a obtenu copie, il écrit\u00a0: «\u00a0J'ai "
        "commis une erreur de jugement. Je ne veux pas qu'elle entache l'action du "
        "gouvernement.\u00a0»\n\n"
        "Le ministre-président, Christophe Hanquet, a accepté cette démission. Il a indiqué que "
        "l'intérim serait assuré par la ministre du Budget, Annabelle Leclercq-Mottet.\n\n"
        "Pour le chef de file de l'opposition écologiste au Parlement de Wallonie, Youssef "
        "Amrani, «\u00a0cette démission ne clôt rien\u00a0». Son groupe réclame l'audition de "
        "l'ancien ministre en commission.",
        [
            (
                D,
                [
                    "J'ai commis une erreur de jugement. Je ne veux pas qu'elle entache l'action "
                    "du gouvernement."
                ],
                "Pierre-Yves Collignon",
            ),
            (
                I,
                ["l'intérim serait assuré par la ministre du Budget, Annabelle Leclercq-Mottet"],
                "Christophe Hanquet",
            ),
            (D, ["cette démission ne clôt rien"], "Youssef Amrani"),
        ],
    ),
    (  # 13 Québec municipal council exchange, two women: a dash line ending with "?" + "a
        # demandé la conseillère" (role alone; "a-t-elle" inside the quote), a dash line with
        # a comma incise "a tranché la mairesse," (one quote two spans), partial after "un
        # résident … a reproché au conseil d'avoir" (unnamed)
        "La séance du conseil municipal de Sainte-Adèle-du-Lac a débordé mardi soir bien "
        "au-delà de 22\u00a0heures. En cause\u00a0: le nouveau contrat de déneigement de "
        "4,2\u00a0millions de dollars, accordé à une entreprise de la Rive-Nord.\n\n"
        "La mairesse, Johanne Thibodeau, a défendu le choix de l'administration. La conseillère "
        "du district des Érables, Sylvie Brassard-Ouimet, ne l'entendait pas de cette "
        "oreille.\n\n"
        "— Pourquoi l'entreprise locale, qui était moins chère, a-t-elle été écartée\u00a0? a "
        "demandé la conseillère.\n\n"
        "— Parce que sa soumission n'était pas conforme, a tranché la mairesse, et le dossier est "
        "public depuis octobre.\n\n"
        "Lors de la période de questions du public, un résident du rang Saint-Joseph a reproché "
        "au conseil d'avoir «\u00a0oublié les rangs\u00a0» l'hiver dernier. Le contrat a été "
        "adopté par quatre voix contre deux.",
        [
            (
                D,
                [
                    "Pourquoi l'entreprise locale, qui était moins chère, a-t-elle été écartée\u00a0?"
                ],
                "Sylvie Brassard-Ouimet",
            ),
            (
                D,
                [
                    "Parce que sa soumission n'était pas conforme",
                    "et le dossier est public depuis octobre.",
                ],
                "Johanne Thibodeau",
            ),
            (P, ["oublié les rangs"], "résident"),
        ],
    ),
    (  # 14 Swiss federal councillor's visit: partial inside "Le ministre de l'Économie a
        # estimé que" (role referring back, only the partial), "Selon le Département fédéral
        # de l'économie," (ministry, rest of the sentence), partial after "s'est dit"
        "En visite mardi dans une manufacture horlogère de Saint-Imier-les-Forges, le conseiller "
        "fédéral Reto Imboden a tenté de rassurer un secteur inquiet des nouveaux droits de "
        "douane américains. Le ministre de l'Économie a estimé que la Suisse «\u00a0n'avait pas "
        "à rougir\u00a0» de ses négociations avec Washington.\n\n"
        "Selon le Département fédéral de l'économie, 14\u00a0% des exportations horlogères sont "
        "désormais frappées d'une surtaxe, contre 3\u00a0% il y a un an.\n\n"
        "Le directeur de la manufacture, Claude-Alain Froidevaux, s'est dit «\u00a0rassuré à "
        "moitié\u00a0». L'entreprise a supprimé 40 postes depuis le printemps.",
        [
            (P, ["n'avait pas à rougir"], "Reto Imboden"),
            (
                I,
                [
                    "14\u00a0% des exportations horlogères sont désormais frappées d'une "
                    "surtaxe, contre 3\u00a0% il y a un an"
                ],
                "Département fédéral de l'économie",
            ),
            (P, ["rassuré à moitié"], "Claude-Alain Froidevaux"),
        ],
    ),
    (  # 15 senatorial election night, two men: an unclosed quotation mark ending at "a
        # reconnu l'ancien questeur" (epithet for "le sénateur sortant Name"), "n'exclut pas
        # un recours" (noun object), partial after "Le nouveau sénateur a promis de" (role for
        # the winner), "Selon la préfecture," (generic noun for the prefecture named earlier)
        "Dimanche soir, dans le hall de la préfecture de l'Allier, le sénateur sortant Gérard "
        "Pellissier n'a pas caché sa stupeur. Après dix-huit ans au Palais du Luxembourg, dont "
        "six comme questeur, le divers droite a été devancé de 41 voix par le maire de "
        "Cressanges-le-Bois, Thierry Malavaud, soutenu par la gauche.\n\n"
        "«\u00a0Quarante et une voix, c'est une poignée de conseillers municipaux. J'ai sans "
        "doute trop compté sur ma réputation, a reconnu l'ancien questeur, qui n'exclut pas un "
        "recours.\n\n"
        "Le nouveau sénateur a promis de «\u00a0porter la voix des petites communes\u00a0», "
        "avant de filer fêter sa victoire à Cressanges. Selon la préfecture, 1\u00a0182 grands "
        "électeurs sur 1\u00a0190 ont pris part au vote.",
        [
            (
                D,
                [
                    "Quarante et une voix, c'est une poignée de conseillers municipaux. J'ai sans "
                    "doute trop compté sur ma réputation"
                ],
                "Gérard Pellissier",
            ),
            (P, ["porter la voix des petites communes"], "Thierry Malavaud"),
            (
                I,
                ["1\u00a0182 grands électeurs sur 1\u00a0190 ont pris part au vote"],
                "préfecture de l'Allier",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 borough council exchange, two men: partial inside "The council leader,
        # Councillor Name, told the chamber that" (role title dropped, only the partial), "X
        # said. "B."" (two direct quotes, both his; pronoun for the opposition leader), direct
        # + "Cllr Surname shot back"
        "Tempers flared at Harwick Borough Council on Tuesday night as councillors debated plans "
        "to close two of the town's five libraries to save £310,000 a year.\n\n"
        "The council leader, Councillor Neil Pardoe, told the chamber that the authority had "
        '"no money left to move around" after a decade of cuts to its central grant.\n\n'
        "The leader of the opposition group, Councillor Rob Feeney, was having none of it. "
        '"You found £2m for a multi-storey car park last spring," he said. "Don\'t tell us the '
        'cupboard is bare."\n\n'
        '"That car park pays for itself, and libraries don\'t," Cllr Pardoe shot back, to jeers '
        "from the public gallery.\n\n"
        "The closures were approved by 27 votes to 19. A public consultation on the future of "
        "the buildings will run until February.",
        [
            (P, ["no money left to move around"], "Neil Pardoe"),
            (D, ["You found £2m for a multi-storey car park last spring"], "Rob Feeney"),
            (D, ["Don't tell us the cupboard is bare."], "Rob Feeney"),
            (D, ["That car park pays for itself, and libraries don't"], "Neil Pardoe"),
        ],
    ),
    (  # 2 shadow chancellor's visit: partial after "to accuse the government of", "the
        # shadow chancellor promised that" (role alone), "She did not say how much" (not a
        # quote), "A Treasury spokesperson said: "…"" (unnamed spokesperson, the ministry
        # speaks; "The chancellor" inside the quote), "announced 400 job cuts" (noun object)
        "Priya Mehta-Lowe, the shadow chancellor, used a visit to a struggling steelworks in "
        'Dunmore Vale on Monday to accuse the government of "sleepwalking into a jobs '
        'crisis".\n\n'
        "Speaking to workers in the plant's canteen, the shadow chancellor promised that an "
        "incoming government would guarantee energy prices for heavy industry for ten years. "
        "She did not say how much the scheme would cost.\n\n"
        'A Treasury spokesperson said: "The chancellor has already committed £1.2bn to support '
        "energy-intensive industries. The opposition has yet to explain how it would pay for a "
        'single one of its promises."\n\n'
        "The plant's owner, Castlerigg Steel, announced 400 job cuts in September.",
        [
            (P, ["sleepwalking into a jobs crisis"], "Priya Mehta-Lowe"),
            (
                I,
                [
                    "an incoming government would guarantee energy prices for heavy industry for "
                    "ten years"
                ],
                "Priya Mehta-Lowe",
            ),
            (
                D,
                [
                    "The chancellor has already committed £1.2bn to support energy-intensive "
                    "industries. The opposition has yet to explain how it would pay for a single "
                    "one of its promises."
                ],
                "Treasury",
            ),
        ],
    ),
    (  # 3 Irish TD quits her party, two women: "Ms Surname said she had "…" but insisted
        # that" (the partial only, then a second reported clause), partial after "The party
        # leader, Name, said the resignation was" (the other woman's first name in the
        # quote), "The commission does not comment" (not a quote)
        "Deirdre Costigan, a TD for Mayo West, resigned from the Progressive Alliance on "
        "Wednesday after the Standards in Public Office Commission opened an investigation into "
        "her travel expenses.\n\n"
        'In a statement, Ms Costigan said she had "made mistakes in how claims were filed" but '
        "insisted that none had been made in bad faith. She will sit as an independent.\n\n"
        'The party leader, Gráinne Walshe, said the resignation was "the right decision, for the '
        'party and for Deirdre".\n\n'
        "The commission does not comment on ongoing inquiries.",
        [
            (P, ["made mistakes in how claims were filed"], "Deirdre Costigan"),
            (I, ["none had been made in bad faith"], "Deirdre Costigan"),
            (P, ["the right decision, for the party and for Deirdre"], "Gráinne Walshe"),
        ],
    ),
    (  # 4 Australian state election night: "conceded defeat" (noun object), direct + "the
        # outgoing premier told supporters" (role alone), "The premier-elect, Name, said"
        # (no "that"), "…, according to the state electoral commission." (unnamed
        # organisation, the part before)
        "Western Australia's premier, Craig Dunphy, conceded defeat shortly after 10pm on "
        "Saturday as his Progressive Labour government lost at least eleven seats to the Liberal "
        "Coalition, ending eight years in power.\n\n"
        '"The people of this state have asked for a change, and they deserve a smooth '
        'handover," the outgoing premier told supporters at the Kalbarra Rowing Club.\n\n'
        "The premier-elect, Fiona Tregenza, said her government's first priority would be the "
        "cost of living. The former police officer will be sworn in on Thursday.\n\n"
        "With 71% of the vote counted, the Coalition was ahead in 34 of the 59 seats, according "
        "to the state electoral commission.",
        [
            (
                D,
                [
                    "The people of this state have asked for a change, and they deserve a smooth "
                    "handover"
                ],
                "Craig Dunphy",
            ),
            (
                I,
                ["her government's first priority would be the cost of living"],
                "Fiona Tregenza",
            ),
            (
                I,
                ["With 71% of the vote counted, the Coalition was ahead in 34 of the 59 seats"],
                "state electoral commission",
            ),
        ],
    ),
    (  # 5 Canadian city council, curly quotes, two women: a quote split by "said Coun. Name,
        # who …," (one quote two spans, final period kept), "She told reporters … that" (pronoun
        # for the second councillor), partial after "Mayor Name called the freeze"
        "Councillors in Port Alderney voted 8-5 on Wednesday to freeze their own salaries for "
        "2027, after a heated debate over a proposed 4.5% raise.\n\n"
        "“We cannot ask residents to swallow a property-tax increase,” said Coun. Tanya Okafor, "
        "who tabled the motion, “and then hand ourselves a raise in the same breath.”\n\n"
        "Her colleague Linda Marchetti, who represents Ward 4, voted against. She told reporters "
        "after the meeting that councillors had not had a raise since 2019 and were falling "
        "behind neighbouring towns.\n\n"
        "Mayor Dave Kowalczyk called the freeze “a gesture, not a budget strategy”.",
        [
            (
                D,
                [
                    "We cannot ask residents to swallow a property-tax increase",
                    "and then hand ourselves a raise in the same breath.",
                ],
                "Tanya Okafor",
            ),
            (
                I,
                [
                    "councillors had not had a raise since 2019 and were falling behind "
                    "neighbouring towns"
                ],
                "Linda Marchetti",
            ),
            (P, ["a gesture, not a budget strategy"], "Dave Kowalczyk"),
        ],
    ),
    (  # 6 health secretary's visit: two-sentence direct ending with "?" + "the nurse, who
        # …, asked" (unnamed), "Mr Surname replied that", partial after "thanked staff for
        # their" (same speaker)
        "The health secretary, Oliver Brandreth, was confronted by a nurse during a visit to St "
        "Aldhelm's Hospital in Wexcombe on Thursday, days after the hospital declared a critical "
        "incident over bed shortages.\n\n"
        '"We are running corridors as wards. When are you going to see that?" the nurse, who '
        "did not give her name, asked as television cameras rolled.\n\n"
        "Mr Brandreth replied that 4,000 new beds would open across England by the end of next "
        'year, and thanked staff for their "extraordinary dedication".\n\n'
        "The hospital has declared two critical incidents since October.",
        [
            (
                D,
                ["We are running corridors as wards. When are you going to see that?"],
                "nurse",
            ),
            (
                I,
                ["4,000 new beds would open across England by the end of next year"],
                "Oliver Brandreth",
            ),
            (P, ["extraordinary dedication"], "Oliver Brandreth"),
        ],
    ),
    (  # 7 no quote: county council nominations, "announced a slate" and "issued a reminder"
        # (noun objects, not annotated)
        "Nominations closed on Friday for May's elections to Kelderby County Council, with 214 "
        "candidates standing for 61 seats, the highest number since the authority was created "
        "in 1974.\n\n"
        "The Green Alliance, which holds two seats, is fielding candidates in every division for "
        "the first time. The Independents for Kelderby group announced a slate of 23 candidates "
        "on Thursday.\n\n"
        "Polling stations will open from 7am to 10pm on May 6. The council's chief executive "
        "issued a reminder about the registration deadline, which falls on April 19.",
        [],
    ),
    (  # 8 party leadership convention, two women: direct + "the new leader told the
        # convention floor" (role; the rival's first name inside the quote), partial inside
        # "The runner-up, who …, congratulated her rival but said she would take" (epithet,
        # only the partial), "A party spokesman said" (unnamed spokesperson, the party speaks)
        "Nadia Beaulac was elected leader of the Reform Alliance on the third ballot at the "
        "party's convention in Winnipeg on Saturday, defeating former finance critic Karen "
        "Lindgren by 52.8% to 47.2%.\n\n"
        '"To every member who voted for Karen: this party is your home, and I will need you," '
        "the new leader told the convention floor.\n\n"
        "The runner-up, who had led after the first two ballots, congratulated her rival but "
        'said she would take "a few weeks to reflect" before deciding whether to run again in '
        "her Calgary seat.\n\n"
        "A party spokesman said 31,400 members had cast ballots, a record for the Reform "
        "Alliance.",
        [
            (
                D,
                [
                    "To every member who voted for Karen: this party is your home, and I will "
                    "need you"
                ],
                "Nadia Beaulac",
            ),
            (P, ["a few weeks to reflect"], "Karen Lindgren"),
            (
                I,
                ["31,400 members had cast ballots, a record for the Reform Alliance"],
                "Reform Alliance",
            ),
        ],
    ),
    (  # 9 First Minister's Questions exchange: two-sentence direct ending with "?" + "he
        # asked" (pronoun for "The … leader, Name"), direct + "replied the first minister,
        # Name" (inverted), direct + "Mr Surname retorted"
        "First Minister's Questions at Holyrood turned into a bruising exchange on Thursday over "
        "the latest delay to two ferries for the Western Isles.\n\n"
        "The Caledonian Unionist leader, Alasdair Rennick, held up a photograph of one of the "
        'unfinished vessels. "Seven years late, three times over budget. Who is going to '
        'apologise to the islanders?" he asked.\n\n'
        '"I have apologised, and I will keep apologising until those boats are sailing," '
        "replied the first minister, Kirsty Dalgleish.\n\n"
        '"Apologies don\'t sail," Mr Rennick retorted.',
        [
            (
                D,
                [
                    "Seven years late, three times over budget. Who is going to apologise to the "
                    "islanders?"
                ],
                "Alasdair Rennick",
            ),
            (
                D,
                ["I have apologised, and I will keep apologising until those boats are sailing"],
                "Kirsty Dalgleish",
            ),
            (D, ["Apologies don't sail"], "Alasdair Rennick"),
        ],
    ),
    (  # 10 MP's office rent, two men: partial inside "The MP said in a statement that"
        # (role alone, only the partial), partial inside "The shadow leader of the House,
        # Name, said the case showed", "A spokesman for the Name, which …, said: "…""
        # (unnamed spokesperson, the party speaks; the MP's first name inside the quote)
        "The MP for Hartfield North, Simon Ashdown, has referred himself to the parliamentary "
        "standards commissioner after it emerged that his constituency office is rented from a "
        "company owned by his wife.\n\n"
        'The MP said in a statement that the arrangement had been "declared in full" to the '
        "expenses watchdog. The shadow leader of the House, Thomas Greenhalgh, said the case "
        'showed the rules were "not worth the paper they\'re written on".\n\n'
        'A spokesman for the Unity Party, which Mr Ashdown represents, said: "Simon has done '
        "the right thing by referring himself. We will not comment further while the "
        'commissioner does her work."',
        [
            (P, ["declared in full"], "Simon Ashdown"),
            (P, ["not worth the paper they're written on"], "Thomas Greenhalgh"),
            (
                D,
                [
                    "Simon has done the right thing by referring himself. We will not comment "
                    "further while the commissioner does her work."
                ],
                "Unity Party",
            ),
        ],
    ),
    (  # 11 Australian shire council suspended: partial inside "The Minister for Local
        # Government, Name, said the council had become" (only the partial), "The suspended
        # mayor, Name, told the Name he would" (no "that")
        "The New South Wales government has suspended Yarrabine Shire Council for three months "
        "after an inquiry found that councillors had spent more time suing each other than "
        "running the shire.\n\n"
        "The Minister for Local Government, Rachel Kovac, said the council had become "
        '"dysfunctional beyond repair". An administrator will take over on Monday.\n\n'
        "The suspended mayor, Greg Tolhurst, told the Yarrabine Advocate he would challenge the "
        "decision in the Land and Environment Court.",
        [
            (P, ["dysfunctional beyond repair"], "Rachel Kovac"),
            (
                I,
                ["he would challenge the decision in the Land and Environment Court"],
                "Greg Tolhurst",
            ),
        ],
    ),
    (  # 12 Irish local election count: "tallymen … were predicting … that" (unnamed plural,
        # the clause names the councillor), direct + "said Mr Name" (inverted)
        "At the count centre in Ballinacarrig's community hall on Saturday, tallymen from the "
        "main parties were predicting by mid-morning that the outgoing councillor Pádraig Ó "
        "Laoire would lose the seat he has held since 1999.\n\n"
        "\"It's been a long day and it'll be a longer night,\" said Mr Ó Laoire, sipping tea "
        "from a paper cup beside the tally boards.\n\n"
        "The first count in the six-seat electoral area is expected around 8pm.",
        [
            (
                I,
                [
                    "the outgoing councillor Pádraig Ó Laoire would lose the seat he has held "
                    "since 1999"
                ],
                "tallymen",
            ),
            (D, ["It's been a long day and it'll be a longer night"], "Pádraig Ó Laoire"),
        ],
    ),
    (  # 13 Québec by-election in English: direct + "Surname told cheering supporters",
        # partial inside "Premier Name said … that he would" (only the partial), "ruled out a
        # cabinet shuffle" (noun object)
        "The Parti Renouveau candidate, Annie Brousseau, won Monday's by-election in the West "
        "Island riding of Pointe-aux-Cèdres with 44% of the vote, taking the seat from the "
        "governing Alliance québécoise for the first time since 2003.\n\n"
        '"Tonight, the West Island sent a message to Quebec City," Brousseau told cheering '
        "supporters at a community hall on Riverside Boulevard.\n\n"
        'Premier Luc Desrosiers said in Quebec City on Tuesday that he would "listen to the '
        'message" but ruled out a cabinet shuffle before the spring.',
        [
            (D, ["Tonight, the West Island sent a message to Quebec City"], "Annie Brousseau"),
            (P, ["listen to the message"], "Luc Desrosiers"),
        ],
    ),
    (  # 14 minister resigns, curly quotes, two women: a letter quoted over two paragraphs
        # after "she wrote:" (one span each, first one's period kept), partial inside "Prime
        # Minister Name replied that she was", "Downing Street said" (organisation, no
        # "that")
        "The housing minister, Ellen Fairbrother, resigned on Sunday night over the government's "
        "decision to scrap mandatory targets for new homes, becoming the third minister to quit "
        "in a month.\n\n"
        "In her resignation letter to the prime minister, she wrote: “I cannot in good "
        "conscience defend in Parliament a policy that I believe will leave a generation without "
        "a home of their own.\n\n"
        "“I remain a loyal member of this party, and I will support the government from the back "
        "benches.”\n\n"
        "Prime Minister Joanna Kettering replied that she was “sorry to lose a talented "
        "colleague”. Downing Street said a replacement would be named on Monday.",
        [
            (
                D,
                [
                    "I cannot in good conscience defend in Parliament a policy that I believe will "
                    "leave a generation without a home of their own.",
                    "I remain a loyal member of this party, and I will support the government "
                    "from the back benches.",
                ],
                "Ellen Fairbrother",
            ),
            (P, ["sorry to lose a talented colleague"], "Joanna Kettering"),
            (I, ["a replacement would be named on Monday"], "Downing Street"),
        ],
    ),
    (  # 15 Commons question period, curly quotes, two women: two-sentence direct ending
        # with "?" + "asked Name, the … MP for X" (inverted; "the minister" inside the quote),
        # partial after "accused her opposition critic of" then "and said the backlog" (same
        # speaker, indirect), "the MP told reporters that" (role alone for the opposition MP)
        "Question period in the House of Commons on Wednesday was dominated by the government's "
        "stalled expansion of dental care to seniors.\n\n"
        "“Six hundred thousand seniors are still waiting for their cards. Is the minister even "
        "reading her mail?” asked Rebecca Stanhope, the Heritage Party MP for Prairie Lakes.\n\n"
        "Health Minister Anjali Sharma-Boyd accused her opposition critic of “voting against "
        "every dollar of this program” and said the backlog would be cleared by March.\n\n"
        "Outside the chamber, the MP told reporters that the minister's deadline had already "
        "slipped twice.",
        [
            (
                D,
                [
                    "Six hundred thousand seniors are still waiting for their cards. Is the "
                    "minister even reading her mail?"
                ],
                "Rebecca Stanhope",
            ),
            (P, ["voting against every dollar of this program"], "Anjali Sharma-Boyd"),
            (I, ["the backlog would be cleared by March"], "Anjali Sharma-Boyd"),
            (
                I,
                ["the minister's deadline had already slipped twice"],
                "Rebecca Stanhope",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout124.jsonl"),
        "heldout124",
        "h124",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
