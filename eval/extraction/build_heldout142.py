"""Source of the 142nd held-out set: writes heldout142.jsonl (split "heldout142").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented.

The texts read like national and parliamentary politics news: televised leaders' debates (in
French partly rendered with dialogue dashes), a government reshuffle, confidence and budget
votes, a Senate inquiry, the election of a Swiss federal councillor and of a US Speaker, a
popular initiative, a dissolution, failed alliance talks, party congresses and leadership
contests, resignations, a prorogation, by-elections, primaries, an annulled election and
electoral boundaries, in France, Belgium, Switzerland and Québec (French) and the UK, the US,
Canada, Australia and Ireland (English). Speakers are prime ministers, ministers, party
leaders, MPs, senators, TDs, candidates, spokespeople, a pollster and voters; they are
referred back to by surname ("M. X", "Ms X", "X"), pronoun ("-t-il", "elle", "he", "she"),
role ("le chef de l'État", "the Taoiseach"), origin ("le Gantois", "the Tasmanian"), age
("la sexagénaire", "the 39-year-old") or epithet ("le grand argentier"); institutions and
parties speak ("Matignon", "No 10", "le mouvement"), some statements are sourced with "selon
X", "d'après X" or "according to X", unnamed speakers are quoted ("one backbencher",
"officials"), and titles of books, films, programmes and initiatives in quotation marks are
not quotes; two texts have no quote.
Measured once with 0.3.0 and 0.43.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout142.py
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
    (  # 1 Québec leaders' debate in dialogue dashes: a dash line attributed by the sentence
        # before it ("la cheffe progressiste s'en est prise … :"), a dash line with a comma
        # incise "a rétorqué le premier ministre," (role, one quote two spans, final period
        # kept), a poll with no speech verb (not annotated), direct + "estime le vice-président
        # de la firme, Name" (apposition)
        "Le premier ministre sortant, Sylvain Lapierre-Dion, et la cheffe du Parti progressiste, "
        "Geneviève Bouchard-Lacasse, ont croisé le fer jeudi soir lors du seul débat en français "
        "de la campagne électorale québécoise, diffusé depuis les studios de Télé-Laurentides à "
        "Montréal.\n\n"
        "D'entrée de jeu, la cheffe progressiste s'en est prise au bilan du gouvernement en "
        "santé\u00a0:\n\n"
        "— Six ans au pouvoir, et 900\u00a0000 Québécois n'ont toujours pas de médecin de "
        "famille. C'est ça, votre bilan\u00a0?\n\n"
        "— Ce chiffre dépassait 1,2 million quand nous sommes arrivés, a rétorqué le premier "
        "ministre, et il baisse chaque année.\n\n"
        "Un sondage Mercator Opinion publié vendredi place toujours la Coalition nationale six "
        "points devant le Parti progressiste. «\u00a0Le débat n'a pas fait bouger les "
        "lignes\u00a0», estime le vice-président de la firme, Jonathan Aubry-Lemieux.\n\n"
        "Le scrutin aura lieu le 5 octobre.",
        [
            (
                D,
                [
                    "Six ans au pouvoir, et 900\u00a0000 Québécois n'ont toujours pas de médecin "
                    "de famille. C'est ça, votre bilan\u00a0?"
                ],
                "Geneviève Bouchard-Lacasse",
            ),
            (
                D,
                [
                    "Ce chiffre dépassait 1,2 million quand nous sommes arrivés",
                    "et il baisse chaque année.",
                ],
                "Sylvain Lapierre-Dion",
            ),
            (D, ["Le débat n'a pas fait bouger les lignes"], "Jonathan Aubry-Lemieux"),
        ],
    ),
    (  # 2 government reshuffle: direct + "a-t-elle déclaré" (pronoun for a minister named in
        # the sentence before), a book title in « » (not a quote), partial after "La sexagénaire
        # a jugé son éviction" (age epithet), "D'après Matignon," (the institution as speaker,
        # rest of the sentence)
        "Trois semaines après la démission du précédent gouvernement, le Premier ministre "
        "Bastien Morvan-Leclerc a dévoilé mardi soir la composition de son équipe\u00a0: 31 "
        "ministres et secrétaires d'État, dont onze nouveaux venus.\n\n"
        "La principale surprise vient de l'arrivée à Bercy d'Hélène Vasseur-Kahn, ancienne "
        "dirigeante d'une banque mutualiste, qui n'a jamais exercé de mandat électif. «\u00a0Je "
        "ne viens pas faire de la politique, je viens réparer les comptes\u00a0», a-t-elle "
        "déclaré lors de la passation de pouvoirs.\n\n"
        "L'ancienne ministre de la Culture Josiane Ferrandi, écartée du gouvernement, publiera "
        "en janvier un livre intitulé «\u00a0Les Couloirs du pouvoir\u00a0». La sexagénaire a "
        "jugé son éviction «\u00a0brutale mais prévisible\u00a0», sans en dire davantage.\n\n"
        "D'après Matignon, le premier Conseil des ministres de la nouvelle équipe se tiendra "
        "jeudi matin à l'Élysée.",
        [
            (
                D,
                ["Je ne viens pas faire de la politique, je viens réparer les comptes"],
                "Hélène Vasseur-Kahn",
            ),
            (P, ["brutale mais prévisible"], "Josiane Ferrandi"),
            (
                I,
                [
                    "le premier Conseil des ministres de la nouvelle équipe se tiendra jeudi matin "
                    "à l'Élysée"
                ],
                "Matignon",
            ),
        ],
    ),
    (  # 3 Belgian confidence vote on the budget: partial after "le Premier ministre a défendu
        # un effort" (role for the head of government named before), a quote opened in the same
        # paragraph and continued over the next one (one span each, first one's period kept) +
        # "a-t-il poursuivi", "a fustigé un budget sans réforme" (noun object, not annotated),
        # "Pour le Gantois, le gouvernement « … »" (epithet, partial)
        "Le gouvernement fédéral de Pieter Van Damme a obtenu jeudi la confiance de la Chambre "
        "sur son accord budgétaire, par 79 voix contre 61. L'accord prévoit 4,2 milliards "
        "d'euros d'économies d'ici à 2029.\n\n"
        "À la tribune, le Premier ministre a défendu un effort «\u00a0partagé par tous\u00a0». "
        "«\u00a0Personne ne sera épargné, mais personne ne sera sacrifié.\n\n"
        "«\u00a0Les pensions les plus basses seront protégées, et c'est une promesse que je "
        "tiendrai\u00a0», a-t-il poursuivi.\n\n"
        "Dans l'opposition, le nationaliste flamand Jens De Wulf, élu de Gand, a fustigé un "
        "budget sans réforme. Pour le Gantois, le gouvernement «\u00a0repousse les vraies "
        "réformes à la prochaine législature\u00a0».\n\n"
        "Le vote définitif du budget est prévu avant le 20 décembre.",
        [
            (P, ["partagé par tous"], "Pieter Van Damme"),
            (
                D,
                [
                    "Personne ne sera épargné, mais personne ne sera sacrifié.",
                    "Les pensions les plus basses seront protégées, et c'est une promesse que je "
                    "tiendrai",
                ],
                "Pieter Van Damme",
            ),
            (P, ["repousse les vraies réformes à la prochaine législature"], "Jens De Wulf"),
        ],
    ),
    (  # 4 election to the Swiss Federal Council: two-sentence direct + "a déclaré le nouvel
        # élu" (role), "a félicité le Vaudois" (noun object, not annotated), partial inside "Elle
        # a toutefois regretté que" (pronoun, only the partial), "D'après le chef du groupe …, le
        # Tessinois Name, ce résultat « … »" (quoted words inside the "d'après" clause, only the
        # partial)
        "L'Assemblée fédérale a élu mercredi le Vaudois Laurent Chappuis au Conseil fédéral, au "
        "troisième tour de scrutin, avec 131 voix sur 244 bulletins valables. Le conseiller "
        "national de 52 ans succède à la Fribourgeoise Anne-Catherine Rossier, qui quitte le "
        "gouvernement après douze ans.\n\n"
        "«\u00a0Je mesure la responsabilité qui m'est confiée. Je serai le conseiller fédéral de "
        "tout le pays, pas seulement de la Suisse romande\u00a0», a déclaré le nouvel élu, "
        "visiblement ému, devant les deux chambres réunies.\n\n"
        "Son adversaire malheureuse, la Saint-Galloise Regula Brunner-Eggli, a félicité le "
        "Vaudois. Elle a toutefois regretté que l'Assemblée ait «\u00a0une fois de plus écarté "
        "une femme de l'exécutif\u00a0».\n\n"
        "D'après le chef du groupe libéral-conservateur, le Tessinois Marco Bernasconi, ce "
        "résultat «\u00a0ne remet pas en cause la formule magique\u00a0».",
        [
            (
                D,
                [
                    "Je mesure la responsabilité qui m'est confiée. Je serai le conseiller fédéral "
                    "de tout le pays, pas seulement de la Suisse romande"
                ],
                "Laurent Chappuis",
            ),
            (P, ["une fois de plus écarté une femme de l'exécutif"], "Regula Brunner-Eggli"),
            (P, ["ne remet pas en cause la formule magique"], "Marco Bernasconi"),
        ],
    ),
    (  # 5 left-wing alliance talks collapse: a quote split by "a regretté le premier secrétaire
        # du PSR, Name," (one quote two spans, final period kept), "Le mouvement … a fait savoir
        # dans un communiqué qu'il" (generic noun for the party, leading article dropped), direct
        # after a colon ("a été plus directe sur une radio publique :")
        "Les négociations entre le Parti socialiste républicain (PSR) et Les Insoumis du Progrès "
        "pour des candidatures communes aux législatives anticipées ont échoué dans la nuit de "
        "dimanche à lundi, après trois jours de discussions.\n\n"
        "«\u00a0Nous étions d'accord sur 520 circonscriptions, a regretté le premier secrétaire "
        "du PSR, Julien Marchetti-Roux, et nous nous sommes fâchés sur les 57 autres.\u00a0»\n\n"
        "Le mouvement de la gauche radicale a fait savoir dans un communiqué qu'il présenterait "
        "ses propres candidats dans toutes les circonscriptions de métropole.\n\n"
        "Sa coordinatrice nationale, Nadia Benslimane, a été plus directe sur une radio "
        "publique\u00a0: «\u00a0Les socialistes veulent bien l'union, à condition de la "
        "diriger.\u00a0»",
        [
            (
                D,
                [
                    "Nous étions d'accord sur 520 circonscriptions",
                    "et nous nous sommes fâchés sur les 57 autres.",
                ],
                "Julien Marchetti-Roux",
            ),
            (
                I,
                [
                    "il présenterait ses propres candidats dans toutes les circonscriptions de "
                    "métropole"
                ],
                "Insoumis du Progrès",
            ),
            (
                D,
                ["Les socialistes veulent bien l'union, à condition de la diriger."],
                "Nadia Benslimane",
            ),
        ],
    ),
    (  # 6 Senate inquiry into foreign interference: partial inside "Le ministre a reconnu que"
        # (role, only the partial), two-sentence direct + "a-t-il précisé", "La présidente de la
        # commission, la sénatrice de X Name, a annoncé vouloir" (infinitive clause)
        "Le ministre de l'Intérieur, Rachid Ouazzani, a été entendu mardi pendant près de quatre "
        "heures par la commission d'enquête du Sénat sur les ingérences étrangères dans les "
        "campagnes électorales.\n\n"
        "Le ministre a reconnu que «\u00a0des tentatives de manipulation\u00a0» avaient visé la "
        "dernière élection présidentielle. «\u00a0Nous avons identifié plus de 2\u00a0300 faux "
        "comptes coordonnés depuis l'étranger. Ils ont été supprimés en quelques heures\u00a0», "
        "a-t-il précisé.\n\n"
        "La présidente de la commission, la sénatrice de l'Isère Catherine Mollard-Bessières, a "
        "annoncé vouloir entendre les dirigeants des principales plateformes numériques avant la "
        "fin de l'année. Le rapport de la commission est attendu en mars.",
        [
            (P, ["des tentatives de manipulation"], "Rachid Ouazzani"),
            (
                D,
                [
                    "Nous avons identifié plus de 2\u00a0300 faux comptes coordonnés depuis "
                    "l'étranger. Ils ont été supprimés en quelques heures"
                ],
                "Rachid Ouazzani",
            ),
            (
                I,
                [
                    "entendre les dirigeants des principales plateformes numériques avant la fin "
                    "de l'année"
                ],
                "Catherine Mollard-Bessières",
            ),
        ],
    ),
    (  # 7 no quote: official results of a Québec by-election, "a réclamé un dépouillement
        # judiciaire" (noun object, not annotated), a report title in « » (not a quote)
        "Le Directeur général des élections a publié lundi les résultats officiels du scrutin "
        "partiel dans la circonscription de Rivière-aux-Saules, où la candidate de la Coalition "
        "nationale, Annie Thibodeau, l'a emporté par 47 voix.\n\n"
        "Le candidat arrivé deuxième, le conseiller municipal Patrice Gendron-Lévesque, a "
        "réclamé un dépouillement judiciaire. Sa demande sera examinée par un juge la semaine "
        "prochaine.\n\n"
        "Le taux de participation s'est établi à 31,8\u00a0%, le plus bas jamais enregistré dans "
        "une élection partielle au Québec. Les chiffres détaillés figurent dans le rapport "
        "«\u00a0Portrait de la participation électorale 2026\u00a0», mis en ligne le même jour.",
        [],
    ),
    (  # 8 presidential campaign rally in Marseille: "…, selon les organisateurs." (unnamed
        # plural, the part before), a quote opened inside a paragraph and continued over the next
        # (one span each) + "a-t-il lancé" after an exclamation, direct + "dit-elle" for a
        # supporter named by her first name only
        "Le candidat du Mouvement populaire à l'élection présidentielle, Karim Essafi, a tenu "
        "dimanche à Marseille le plus grand meeting de sa campagne. Le rassemblement a réuni "
        "9\u00a0000 personnes au parc Chanot, selon les organisateurs.\n\n"
        "Pendant une heure et demie, l'ancien professeur d'histoire a déroulé son programme, de "
        "la retraite à 62 ans à la nationalisation des autoroutes. «\u00a0On nous dit que c'est "
        "impossible. On nous l'a dit pour les congés payés, on nous l'a dit pour la Sécurité "
        "sociale.\n\n"
        "«\u00a0Et pourtant, nous l'avons fait\u00a0!\u00a0» a-t-il lancé sous les "
        "applaudissements.\n\n"
        "Dans les gradins, Yasmina, 67 ans, ancienne guichetière des postes, est venue en car "
        "d'Aubagne. «\u00a0Il est le seul à parler de gens comme nous\u00a0», dit-elle.",
        [
            (I, ["Le rassemblement a réuni 9\u00a0000 personnes au parc Chanot"], "organisateurs"),
            (
                D,
                [
                    "On nous dit que c'est impossible. On nous l'a dit pour les congés payés, on "
                    "nous l'a dit pour la Sécurité sociale.",
                    "Et pourtant, nous l'avons fait\u00a0!",
                ],
                "Karim Essafi",
            ),
            (D, ["Il est le seul à parler de gens comme nous"], "Yasmina"),
        ],
    ),
    (  # 9 Belgian party leader resigns: "a annoncé lundi sa démission" (noun object, not
        # annotated), two-sentence direct + "a déclaré le Liégeois" (epithet), "Il a précisé
        # qu'il" (pronoun), "Sa porte-parole, Name, a indiqué à l'agence X que" (apposition)
        "Au lendemain de la lourde défaite de son parti aux élections fédérales, le président "
        "des Démocrates humanistes, le député liégeois Frédéric Lambotte, a annoncé lundi sa "
        "démission. Le parti est passé de 14 à 6 sièges à la Chambre.\n\n"
        "«\u00a0J'assume. Quand on perd huit sièges, on ne s'accroche pas à son fauteuil\u00a0», "
        "a déclaré le Liégeois lors d'une conférence de presse au siège du parti, à Bruxelles. "
        "Il a précisé qu'il conserverait son siège de député.\n\n"
        "Sa porte-parole, Sarah Van Goethem, a indiqué à l'agence Belpresse que le bureau "
        "politique désignerait un président intérimaire d'ici à vendredi.",
        [
            (
                D,
                ["J'assume. Quand on perd huit sièges, on ne s'accroche pas à son fauteuil"],
                "Frédéric Lambotte",
            ),
            (I, ["il conserverait son siège de député"], "Frédéric Lambotte"),
            (
                I,
                ["le bureau politique désignerait un président intérimaire d'ici à vendredi"],
                "Sarah Van Goethem",
            ),
        ],
    ),
    (  # 10 party congress: a quote in two sets of marks around "a promis la nouvelle
        # présidente," (role, comma incise: one quote two spans, final period kept), "a reconnu
        # sa défaite" (noun object) then a partial after "tout en dénonçant", "Son directeur de
        # campagne, Name, affirme que" (present tense, apposition)
        "Réunis en congrès à Lyon, les adhérents des Républicains de France ont élu samedi la "
        "députée de la Somme Marie-Laure Dufresnoy à la présidence du parti, avec 54,7\u00a0% "
        "des voix face à l'ancien ministre Pascal Terrasson.\n\n"
        "«\u00a0Je ne serai pas la présidente d'un clan\u00a0», a promis la nouvelle présidente, "
        "«\u00a0mais celle de tous les militants, y compris de ceux qui n'ont pas voté pour "
        "moi.\u00a0»\n\n"
        "Battu, M. Terrasson a reconnu sa défaite, tout en dénonçant «\u00a0des "
        "irrégularités\u00a0» dans le vote électronique. Son directeur de campagne, Olivier "
        "Genest, affirme que plus de 3\u00a0000 adhérents n'ont pas pu voter en raison d'une "
        "panne informatique.",
        [
            (
                D,
                [
                    "Je ne serai pas la présidente d'un clan",
                    "mais celle de tous les militants, y compris de ceux qui n'ont pas voté pour "
                    "moi.",
                ],
                "Marie-Laure Dufresnoy",
            ),
            (P, ["des irrégularités"], "Pascal Terrasson"),
            (
                I,
                [
                    "plus de 3\u00a0000 adhérents n'ont pas pu voter en raison d'une panne "
                    "informatique"
                ],
                "Olivier Genest",
            ),
        ],
    ),
    (  # 11 Québec question period on the deficit: a question after "a interpellé le ministre :"
        # (direct after a colon, mark kept), direct + "a rétorqué M. Surname", "Le grand
        # argentier a ensuite affirmé que" (epithet for the finance minister)
        "La mise à jour économique présentée mardi par le ministre des Finances du Québec, "
        "Marc-André Gervais, prévoit un déficit de 8,9 milliards de dollars pour l'exercice en "
        "cours, près du double de ce qui était annoncé au printemps.\n\n"
        "En période de questions, la cheffe de l'opposition officielle, Nathalie Ouellet-Simard, "
        "a interpellé le ministre\u00a0: «\u00a0Comment pouvez-vous promettre des baisses "
        "d'impôt avec un trou pareil dans les finances publiques\u00a0?\u00a0»\n\n"
        "«\u00a0Parce que nous avons un plan, madame la cheffe, et que vous n'en avez "
        "pas\u00a0», a rétorqué M. Gervais. Le grand argentier a ensuite affirmé que l'équilibre "
        "budgétaire serait atteint en 2029-2030, sans hausse de taxes.",
        [
            (
                D,
                [
                    "Comment pouvez-vous promettre des baisses d'impôt avec un trou pareil dans "
                    "les finances publiques\u00a0?"
                ],
                "Nathalie Ouellet-Simard",
            ),
            (
                D,
                ["Parce que nous avons un plan, madame la cheffe, et que vous n'en avez pas"],
                "Marc-André Gervais",
            ),
            (
                I,
                ["l'équilibre budgétaire serait atteint en 2029-2030, sans hausse de taxes"],
                "Marc-André Gervais",
            ),
        ],
    ),
    (  # 12 Swiss popular initiative on nuclear power: the initiative's title in « » (not a
        # quote), "a défendu … la position du gouvernement" (noun object) then direct + "a-t-il
        # insisté", partial after "accuse le gouvernement de" by "la Neuchâteloise Name", a quote
        # split by "affirme-t-elle," (one quote two spans, final period kept)
        "Le peuple suisse se prononcera le 14 juin sur l'initiative «\u00a0Pour une Suisse sans "
        "nucléaire d'ici 2040\u00a0», déposée l'an dernier avec 118\u00a0000 signatures. Le "
        "Conseil fédéral et le Parlement recommandent de la rejeter.\n\n"
        "Le conseiller fédéral chargé de l'Énergie, Beat Zimmermann-Kälin, a défendu vendredi à "
        "Berne la position du gouvernement. «\u00a0On ne ferme pas quatre réacteurs sans savoir "
        "par quoi les remplacer\u00a0», a-t-il insisté.\n\n"
        "La coprésidente du comité d'initiative, la Neuchâteloise Céline Jeanneret, accuse le "
        "gouvernement de «\u00a0jouer sur les peurs\u00a0». «\u00a0Le Conseil fédéral nous "
        "ressert les arguments d'il y a vingt ans, affirme-t-elle, alors que le solaire coûte "
        "aujourd'hui dix fois moins cher.\u00a0»",
        [
            (
                D,
                ["On ne ferme pas quatre réacteurs sans savoir par quoi les remplacer"],
                "Beat Zimmermann-Kälin",
            ),
            (P, ["jouer sur les peurs"], "Céline Jeanneret"),
            (
                D,
                [
                    "Le Conseil fédéral nous ressert les arguments d'il y a vingt ans",
                    "alors que le solaire coûte aujourd'hui dix fois moins cher.",
                ],
                "Céline Jeanneret",
            ),
        ],
    ),
    (  # 13 dissolution of the National Assembly: "a annoncé … la dissolution" (noun object, not
        # annotated), a quote continued over two paragraphs (one span each, first one's period
        # kept) + "a déclaré le chef de l'État" (role), partial after "a salué sur les réseaux
        # sociaux", "Pour Name, présidente du X, « … »" (direct)
        "Le président de la République, Olivier Desjardins-Mercier, a annoncé dimanche soir la "
        "dissolution de l'Assemblée nationale, dans une allocution télévisée de huit minutes. "
        "Les élections législatives anticipées se tiendront les 28 juin et 5 juillet.\n\n"
        "«\u00a0Le pays ne peut pas vivre deux ans de plus avec une Assemblée bloquée. Aucune "
        "loi importante n'a été votée depuis le printemps.\n\n"
        "«\u00a0C'est à vous, et à vous seuls, de trancher\u00a0», a déclaré le chef de l'État.\n\n"
        "Le chef de file des députés de la Gauche unie, Raphaël Kermarrec, a salué sur les "
        "réseaux sociaux «\u00a0une décision courageuse mais tardive\u00a0». Pour Ghislaine "
        "Morand-Vitali, présidente du Front des patriotes, «\u00a0c'est la victoire du peuple "
        "sur les combinaisons d'appareil\u00a0».",
        [
            (
                D,
                [
                    "Le pays ne peut pas vivre deux ans de plus avec une Assemblée bloquée. Aucune "
                    "loi importante n'a été votée depuis le printemps.",
                    "C'est à vous, et à vous seuls, de trancher",
                ],
                "Olivier Desjardins-Mercier",
            ),
            (P, ["une décision courageuse mais tardive"], "Raphaël Kermarrec"),
            (
                D,
                ["c'est la victoire du peuple sur les combinaisons d'appareil"],
                "Ghislaine Morand-Vitali",
            ),
        ],
    ),
    (  # 14 Belgian televised debate in dialogue dashes: a TV programme's title in « » (not a
        # quote), a dash line attributed by the sentence before it ("le socialiste Name a
        # interpellé le libéral Name :"), dash lines closed by "a protesté M. Surname." and "a
        # coupé l'écologiste Name." (speaker after the quote, a third speaker)
        "À dix jours des élections régionales, les présidents des quatre principaux partis "
        "francophones se sont affrontés dimanche midi sur le plateau de l'émission «\u00a0Face "
        "au peuple\u00a0», sur la chaîne publique.\n\n"
        "Sur le logement, le socialiste Mehdi Lahlou a interpellé le libéral Christophe "
        "Warnant\u00a0:\n\n"
        "— Vous voulez supprimer les allocations de loyer. Dites-le aux 40\u00a0000 familles qui "
        "en dépendent\u00a0!\n\n"
        "— Je n'ai jamais dit ça, a protesté M. Warnant.\n\n"
        "— C'était dans votre programme de 2024, page 37, a coupé l'écologiste Élodie Gheysens.\n\n"
        "Le ton est monté à plusieurs reprises, au point que la présentatrice a dû avancer la "
        "pause de mi-émission.",
        [
            (
                D,
                [
                    "Vous voulez supprimer les allocations de loyer. Dites-le aux 40\u00a0000 "
                    "familles qui en dépendent\u00a0!"
                ],
                "Mehdi Lahlou",
            ),
            (D, ["Je n'ai jamais dit ça"], "Christophe Warnant"),
            (D, ["C'était dans votre programme de 2024, page 37"], "Élodie Gheysens"),
        ],
    ),
    (  # 15 election annulled by the Constitutional Council: "Le Conseil a estimé que" (generic
        # noun for the institution), two-sentence direct + "s'est défendu l'intéressé", "Le
        # trentenaire a annoncé qu'il" (age epithet), "a confirmé sa candidature" (noun object,
        # not annotated)
        "Le Conseil constitutionnel a invalidé vendredi l'élection du député de la 4e "
        "circonscription du Loiret, Maxence Brulé-Dantin, 34 ans, et l'a déclaré inéligible pour "
        "trois ans. Le Conseil a estimé que le candidat avait dépassé de 18\u00a0% le plafond "
        "légal de ses dépenses de campagne.\n\n"
        "«\u00a0Je conteste chaque euro de ce calcul. Ces dépenses ont été engagées par des "
        "militants, sans mon accord\u00a0», s'est défendu l'intéressé dans un message publié en "
        "fin d'après-midi. Le trentenaire a annoncé qu'il ne serait pas candidat à la "
        "législative partielle.\n\n"
        "Sa rivale malheureuse de juin, Aurélie Nguyen-Perrot, a confirmé sa candidature. Le "
        "scrutin doit se tenir d'ici trois mois.",
        [
            (
                I,
                [
                    "le candidat avait dépassé de 18\u00a0% le plafond légal de ses dépenses de "
                    "campagne"
                ],
                "Conseil constitutionnel",
            ),
            (
                D,
                [
                    "Je conteste chaque euro de ce calcul. Ces dépenses ont été engagées par des "
                    "militants, sans mon accord"
                ],
                "Maxence Brulé-Dantin",
            ),
            (I, ["il ne serait pas candidat à la législative partielle"], "Maxence Brulé-Dantin"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Prime Minister's Questions: partial after "accused him of", a quote split by "Mr
        # Surname replied," (comma incise: one quote two spans, final period kept), "a Downing
        # Street spokesman said" (unnamed spokesman speaks for the institution)
        "Prime Minister Alistair Pemberton faced a bruising session of Prime Minister's "
        "Questions on Wednesday after hospital waiting lists reached a record 8.1 million.\n\n"
        'The leader of the opposition, Rachel Okonkwo-Hayes, accused him of "running the health '
        'service into the ground".\n\n'
        '"The honourable lady knows perfectly well," Mr Pemberton replied, "that waiting '
        'lists fell for six months in a row before the strikes."\n\n'
        "After the session, a Downing Street spokesman said the government would publish a new "
        "recovery plan before Christmas.",
        [
            (P, ["running the health service into the ground"], "Rachel Okonkwo-Hayes"),
            (
                D,
                [
                    "The honourable lady knows perfectly well",
                    "that waiting lists fell for six months in a row before the strikes.",
                ],
                "Alistair Pemberton",
            ),
            (
                I,
                ["the government would publish a new recovery plan before Christmas"],
                "Downing Street",
            ),
        ],
    ),
    (  # 2 US Senate confirmation vote: "A," Majority Leader Name told reporters. "B."
        # (full-stop form: two direct quotes, the second's period kept), partial after "The
        # 71-year-old called the confirmation process" (age epithet), "According to the Name," (a
        # newspaper, rest of the sentence, leading article dropped)
        "The Senate voted 52-48 on Tuesday to confirm Dana Whitcomb-Reyes as secretary of labor, "
        "ending a seven-week standoff that had left the department without a permanent head.\n\n"
        '"This is a win for every worker in this country," Majority Leader Harold Brandt told '
        'reporters after the vote. "And frankly, it\'s about time."\n\n'
        "Senator Lorraine Kessler of Nebraska was the only member of the minority to vote in "
        'favor. The 71-year-old called the confirmation process "a circus that nobody should be '
        'proud of".\n\n'
        "According to the Capitol Ledger, it was the longest vacancy at the department since "
        "1981.",
        [
            (D, ["This is a win for every worker in this country"], "Harold Brandt"),
            (D, ["And frankly, it's about time."], "Harold Brandt"),
            (P, ["a circus that nobody should be proud of"], "Lorraine Kessler"),
            (I, ["it was the longest vacancy at the department since 1981"], "Capitol Ledger"),
        ],
    ),
    (  # 3 Australian leaders' debate: two-sentence direct after "Mr Surname, a former cattle
        # farmer …, was blunt:" (colon, final period kept), partial inside "Ms Surname said his
        # promise … would cost" (only the partial), "…, according to the broadcaster, Name." (the
        # part before, generic noun dropped)
        "Prime Minister Kate Larkin and opposition leader Brendan Hollis clashed over the cost "
        "of living on Sunday night in the second leaders' debate of the federal election "
        "campaign, held in Brisbane.\n\n"
        'Mr Hollis, a former cattle farmer from central Queensland, was blunt: "Every family in '
        "this country is paying too much to fill up the car. We will fix that in our first "
        'budget."\n\n'
        "Ms Larkin said his promise of a 20-cent cut to the fuel excise would cost A$6 billion a "
        'year "with not a single dollar of savings to pay for it".\n\n'
        "A studio audience of 100 undecided voters gave the debate to the Queenslander by 47 "
        "votes to 39, according to the broadcaster, Coral Network.",
        [
            (
                D,
                [
                    "Every family in this country is paying too much to fill up the car. We will "
                    "fix that in our first budget."
                ],
                "Brendan Hollis",
            ),
            (P, ["with not a single dollar of savings to pay for it"], "Kate Larkin"),
            (
                I,
                [
                    "A studio audience of 100 undecided voters gave the debate to the Queenslander "
                    "by 47 votes to 39"
                ],
                "Coral Network",
            ),
        ],
    ),
    (  # 4 Irish TD resigns the whip: direct + "he said in a statement" (pronoun), partial
        # inside "The Taoiseach, Name, said the party's rules" (only the partial), a memoir's
        # title in quotation marks (not a quote), "told reporters the coalition would" (no
        # "that")
        "Kerry TD Pádraig Ó Súilleabháin has resigned the whip of the governing Republican Unity "
        "party after voting against the government's housing bill on Thursday night.\n\n"
        '"I was elected to represent the people of South Kerry, not to be a rubber stamp for '
        'Government Buildings," he said in a statement.\n\n'
        "The Taoiseach, Fionnuala Brennan, said the party's rules \"apply to everyone, without "
        'exception".\n\n'
        'Mr Ó Súilleabháin, 58, whose memoir "Against the Tide" was published last year, is '
        "expected to join the rural independents' technical group. Opposition leader Cian "
        "Moynihan told reporters the coalition would not survive until the summer.",
        [
            (
                D,
                [
                    "I was elected to represent the people of South Kerry, not to be a rubber "
                    "stamp for Government Buildings"
                ],
                "Pádraig Ó Súilleabháin",
            ),
            (P, ["apply to everyone, without exception"], "Fionnuala Brennan"),
            (I, ["the coalition would not survive until the summer"], "Cian Moynihan"),
        ],
    ),
    (  # 5 Canadian federal by-election: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "Ms Surname told supporters", "According to the chief
        # electoral officer," (unnamed official, rest of the sentence), partial after "A
        # spokeswoman for the Prime Minister's Office said" (the office speaks)
        "The opposition Reform Alliance won Monday's federal by-election in Winnipeg North-West, "
        "a riding the governing party had held for 34 years. The winning candidate, Tamara "
        "Sokolowski, a school principal, took 46 per cent of the vote.\n\n"
        "\"Winnipeggers didn't leave the government. The government left them.\n\n"
        '"They wanted someone who would listen, and tonight they got one," Ms Sokolowski told '
        "supporters at a community hall.\n\n"
        "According to the chief electoral officer, turnout was 29 per cent, the lowest in the "
        "riding's history. A spokeswoman for the Prime Minister's Office said the result "
        'reflected "local factors".',
        [
            (
                D,
                [
                    "Winnipeggers didn't leave the government. The government left them.",
                    "They wanted someone who would listen, and tonight they got one",
                ],
                "Tamara Sokolowski",
            ),
            (
                I,
                ["turnout was 29 per cent, the lowest in the riding's history"],
                "chief electoral officer",
            ),
            (P, ["local factors"], "Prime Minister's Office"),
        ],
    ),
    (  # 6 Scottish party conference: "Scotland's First Minister, Name, told her party's
        # conference … that" (indirect), a dash-introduced quote after "She had a short message
        # for Westminster —" (pronoun, final period kept), partial after "dismissed the plan as"
        "Scotland's First Minister, Morag Kinnaird, told her party's conference in Aberdeen on "
        "Saturday that she would seek a second independence referendum within two years if her "
        "party won a majority at next May's Holyrood election.\n\n"
        "The 62-year-old, who has led the Scottish Independence Party since 2019, received a "
        'four-minute standing ovation. She had a short message for Westminster — "Let Scotland '
        'decide."\n\n'
        'The Scottish secretary, Hugh Dalgleish, dismissed the plan as "a distraction from the '
        'day job".',
        [
            (
                I,
                [
                    "she would seek a second independence referendum within two years if her party "
                    "won a majority at next May's Holyrood election"
                ],
                "Morag Kinnaird",
            ),
            (D, ["Let Scotland decide."], "Morag Kinnaird"),
            (P, ["a distraction from the day job"], "Hugh Dalgleish"),
        ],
    ),
    (  # 7 New Hampshire primary: "A," Surname told supporters. "B." (full-stop form: two direct
        # quotes, the first with a colon inside), "Her campaign manager, Name, said in a
        # statement that" (apposition)
        "Former governor Raymond Castellano won the New Hampshire primary on Tuesday night, "
        "beating Senator Janet Whitfield-Moore by fewer than 4,000 votes and upending a race she "
        "had led in national polls for months.\n\n"
        '"New Hampshire has spoken, and it said: not so fast," Castellano told cheering '
        'supporters in Manchester. "We\'re taking this all the way to the convention."\n\n'
        "Whitfield-Moore, 56, did not address supporters on Tuesday night. Her campaign manager, "
        "Devin Osei, said in a statement that the senator would compete in every remaining "
        "state.",
        [
            (D, ["New Hampshire has spoken, and it said: not so fast"], "Raymond Castellano"),
            (D, ["We're taking this all the way to the convention."], "Raymond Castellano"),
            (I, ["the senator would compete in every remaining state"], "Devin Osei"),
        ],
    ),
    (  # 8 Canadian Parliament prorogued: "denounced as an attempt" (noun object, not
        # annotated), partial inside "His spokesman, Name, said the government needed", "A," said
        # the leader of …, Name, at …. "B." (full-stop form: two direct quotes, speaker after the
        # first)
        "Prime Minister Daniel Okafor-Lévesque asked the Governor General on Friday to prorogue "
        "Parliament until late January, a move opposition parties denounced as an attempt to "
        "dodge a confidence vote scheduled for next week.\n\n"
        'His spokesman, Étienne Marchildon, said the government needed "a reset" after '
        "eighteen months of minority rule.\n\n"
        '"This is not a reset. It\'s a retreat," said the leader of the Official Opposition, '
        'Sandra McAllister-Vuong, at a news conference on Parliament Hill. "The Prime Minister '
        'is running away from the House because he knows he would lose."\n\n'
        "The House is due to resume sitting on January 27.",
        [
            (P, ["a reset"], "Étienne Marchildon"),
            (D, ["This is not a reset. It's a retreat"], "Sandra McAllister-Vuong"),
            (
                D,
                [
                    "The Prime Minister is running away from the House because he knows he would "
                    "lose."
                ],
                "Sandra McAllister-Vuong",
            ),
        ],
    ),
    (  # 9 UK party leadership result: two-sentence direct + "the 45-year-old said" (age
        # epithet), "congratulated his rival" (noun object) then partial after "pledged his",
        # direct + "said one backbencher, who asked not to be named" (unnamed)
        "Sarah Whitlock-Adeyemi was elected leader of the Liberal Progressives on Saturday, "
        "defeating former home secretary Nigel Ashworth with 58 per cent of the members' vote.\n\n"
        '"Our party has been talking to itself for too long. From today, we talk to the '
        'country," the 45-year-old said in her acceptance speech in Birmingham.\n\n'
        'Ashworth congratulated his rival and pledged his "full and unconditional support".\n\n'
        "Not everyone was convinced. \"She's a good communicator, but we need more than a good "
        'communicator," said one backbencher, who asked not to be named.',
        [
            (
                D,
                [
                    "Our party has been talking to itself for too long. From today, we talk to the "
                    "country"
                ],
                "Sarah Whitlock-Adeyemi",
            ),
            (P, ["full and unconditional support"], "Nigel Ashworth"),
            (
                D,
                ["She's a good communicator, but we need more than a good communicator"],
                "backbencher",
            ),
        ],
    ),
    (  # 10 no quote: Australian electoral boundaries, "has requested a meeting" (noun object,
        # not annotated), a film's title in quotation marks (not a quote)
        "The Federal Electoral Commission on Monday published the final boundaries for the next "
        "federal election, abolishing one seat in New South Wales and creating a new one in "
        "Western Australia.\n\n"
        "The seat of Tarrawong, held by backbencher Luke Prendergast since 2016, will disappear. "
        "Mr Prendergast has requested a meeting with the commissioners.\n\n"
        "The new seat, on Perth's northern fringe, will be called Bellamine. The changes are "
        'explained in a short film, "Drawing the Lines", released by the commission alongside '
        "the maps.",
        [],
    ),
    (  # 11 US House Speaker election: "A," the Californian said as …. "B." (epithet, full-stop
        # form: two direct quotes), "The minority leader, Name, told reporters the new Speaker
        # had" (no "that")
        "After nine rounds of voting over two days, the House of Representatives on Thursday "
        "elected Marcus Delahunt of California as Speaker, ending a deadlock that had paralyzed "
        "the chamber since the start of the new Congress.\n\n"
        '"It wasn\'t pretty, but democracy rarely is," the Californian said as he took the '
        'gavel. "Now let\'s get to work."\n\n'
        "The minority leader, Terrence Abiola, told reporters the new Speaker had given away too "
        "much to the holdouts to be able to govern.",
        [
            (D, ["It wasn't pretty, but democracy rarely is"], "Marcus Delahunt"),
            (D, ["Now let's get to work."], "Marcus Delahunt"),
            (
                I,
                ["the new Speaker had given away too much to the holdouts to be able to govern"],
                "Terrence Abiola",
            ),
        ],
    ),
    (  # 12 Irish presidential debate: partial after "promised to be", direct after "Name was
        # more combative:" (colon, final period kept), two-sentence direct + "she said" after
        # "The Galway woman hit back." (epithet then pronoun)
        "The three candidates in Ireland's presidential election met on Monday night for their "
        "only televised debate, with four days left before polling.\n\n"
        "Former Galway senator Gráinne Mulcahy, the bookmakers' favourite, promised to be \"a "
        'president who listens more than she speaks".\n\n'
        'The human rights lawyer Tomás Delaney was more combative: "The Áras is not a '
        'retirement home for politicians."\n\n'
        'The Galway woman hit back. "I spent thirty years serving this country. I make no '
        'apology for that," she said. The third candidate, businessman Alan Fitzmaurice, spent '
        "much of the debate on the sidelines.",
        [
            (P, ["a president who listens more than she speaks"], "Gráinne Mulcahy"),
            (D, ["The Áras is not a retirement home for politicians."], "Tomás Delaney"),
            (
                D,
                ["I spent thirty years serving this country. I make no apology for that"],
                "Gráinne Mulcahy",
            ),
        ],
    ),
    (  # 13 UK minister resigns over expenses: direct after "In his resignation letter, Mr
        # Surname wrote:" (colon, final period kept), partial inside "The 39-year-old insisted
        # the arrangement had been" (age epithet, only the partial), "No 10 said" (the
        # institution as speaker)
        "Transport minister Oliver Brightwell resigned on Sunday over £12,000 in expenses "
        "claimed for a flat rented from his brother-in-law.\n\n"
        'In his resignation letter, Mr Brightwell wrote: "I have made mistakes, and I will not '
        "allow them to become a distraction from the government's work.\"\n\n"
        'The 39-year-old insisted the arrangement had been "cleared in advance" by '
        "parliamentary officials. No 10 said his successor would be named on Monday.",
        [
            (
                D,
                [
                    "I have made mistakes, and I will not allow them to become a distraction from "
                    "the government's work."
                ],
                "Oliver Brightwell",
            ),
            (P, ["cleared in advance"], "Oliver Brightwell"),
            (I, ["his successor would be named on Monday"], "No 10"),
        ],
    ),
    (  # 14 Australian Senate passes a donations bill: a quote split by "Ms Surname said,"
        # (comma incise: one quote two spans, final period kept), "The Tasmanian told a Hobart
        # radio station … that" (epithet), partial after "said the caps were designed to"
        "The government's electoral funding bill passed the Senate on Thursday after the Special "
        "Minister of State, Priya Raghunathan, struck a late-night deal with independent "
        "Tasmanian senator Jacqui Lowe.\n\n"
        "The bill caps donations at A$1,500 and limits campaign spending to A$800,000 per seat. "
        '"It ends the arms race," Ms Raghunathan said, "and it gives ordinary candidates a '
        'fighting chance."\n\n'
        "The Tasmanian told a Hobart radio station on Friday that she had secured an exemption "
        "for small community groups. Opposition Senate leader Graham Toohey said the caps were "
        'designed to "protect incumbents and nobody else".',
        [
            (
                D,
                [
                    "It ends the arms race",
                    "and it gives ordinary candidates a fighting chance.",
                ],
                "Priya Raghunathan",
            ),
            (I, ["she had secured an exemption for small community groups"], "Jacqui Lowe"),
            (P, ["protect incumbents and nobody else"], "Graham Toohey"),
        ],
    ),
    (  # 15 White House and a former aide's memoir: direct + "press secretary Name told
        # reporters", the book's title in quotation marks (not a quote), "According to two
        # officials familiar with the matter," (unnamed plural, rest of the sentence), partial
        # inside "Surname, 67, has said he stands by" (only the partial)
        "The White House on Monday brushed off a new memoir by former chief of staff Gordon "
        "Ellery, which portrays the president as close to quitting the race last spring.\n\n"
        "\"I haven't read the book, and I don't intend to,\" press secretary Naomi "
        "Castillo-Brandt told reporters at the daily briefing.\n\n"
        'Ellery\'s book, "Inside the Long Game", goes on sale on Tuesday. According to two '
        "officials familiar with the matter, the president was briefed on its contents in "
        "November.\n\n"
        'Ellery, 67, has said he stands by "every word".',
        [
            (D, ["I haven't read the book, and I don't intend to"], "Naomi Castillo-Brandt"),
            (I, ["the president was briefed on its contents in November"], "officials"),
            (P, ["every word"], "Gordon Ellery"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout142.jsonl"),
        "heldout142",
        "h142",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
