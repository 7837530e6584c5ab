"""Source of the 130th held-out set: writes heldout130.jsonl (split "heldout130").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like courts, crime and justice news: assize and Crown Court verdicts, sentencing hearings,
trial testimony (in French rendered with dialogue dashes), coroners' reports, police appeals and
arrests, cold cases, prosecutors' press conferences, a stayed execution, an exoneration, prison
overcrowding and inspection reports, lawyers' strikes and bail and youth justice reform, in
France, Belgium, Switzerland, Quebec, Côte d'Ivoire, the UK, Ireland, the US, Australia and New
Zealand; prosecutors, judges, coroners, defence lawyers, police spokespeople, victims'
families, witnesses, prison staff and campaign groups are quoted, and organisations and unnamed
speakers ("un policier", "une voisine", "a woman", "one owner") speak; speakers are referred back
to by surname, pronoun, role or epithet ("la magistrate", "le Néerlandais", "la sexagénaire",
"the governor", "the grandfather of three"), and some statements are sourced with "selon X",
"d'après X" or "according to X".
Measured once with 0.3.0, 0.39.0 and 0.40.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout130.py
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
    (  # 1 assize verdict in Lyon: "L'avocate générale avait requis vingt ans" (noun object,
        # not annotated), direct + "a confié … la sœur de la victime, Name" (speaker after a
        # long cue), "L'avocat de l'accusé, Me Name, a aussitôt annoncé que", partial after
        # "Il a dénoncé" (pronoun)
        "La cour d'assises du Rhône a condamné vendredi Thierry Vallon-Morel, 47 ans, à "
        "dix-huit ans de réclusion criminelle pour le meurtre de son associé, Paul Brossard, tué "
        "d'une balle dans un entrepôt de Vénissieux en mars 2024. L'avocate générale avait "
        "requis vingt ans.\n\n"
        "«\u00a0Justice a été rendue, mais rien ne nous rendra Paul\u00a0», a confié à la sortie "
        "de la salle d'audience la sœur de la victime, Hélène Brossard, entourée de ses deux "
        "enfants.\n\n"
        "L'avocat de l'accusé, Me Damien Roux-Fabre, a aussitôt annoncé que son client ferait "
        "appel. Il a dénoncé «\u00a0un dossier construit à charge\u00a0», sans piste alternative "
        "sérieusement explorée.\n\n"
        "L'accusé, qui a toujours nié les faits, est resté impassible à l'énoncé du verdict.",
        [
            (
                D,
                ["Justice a été rendue, mais rien ne nous rendra Paul"],
                "Hélène Brossard",
            ),
            (I, ["son client ferait appel"], "Damien Roux-Fabre"),
            (P, ["un dossier construit à charge"], "Damien Roux-Fabre"),
        ],
    ),
    (  # 2 body found in Belgium: "Selon le parquet de Liège, …" (rest of the sentence), direct
        # + "a indiqué sa porte-parole, Name", "Les enquêteurs ont lancé … un appel à témoins"
        # (not annotated), two-sentence direct + "souffle une voisine" (unnamed)
        "Le corps d'un homme de 34 ans a été découvert mardi matin dans un étang de Seraing, en "
        "province de Liège. Selon le parquet de Liège, la victime présentait plusieurs plaies à "
        "l'arme blanche et son décès remonterait à trois ou quatre jours.\n\n"
        "«\u00a0Aucune piste n'est écartée à ce stade, y compris celle d'un règlement de "
        "comptes\u00a0», a indiqué sa porte-parole, Ann-Sophie Derycke, qui n'a pas souhaité "
        "communiquer l'identité de la victime. Les enquêteurs ont lancé mercredi un appel à "
        "témoins.\n\n"
        "Dans ce quartier pavillonnaire, l'émotion est vive. «\u00a0On se connaît tous ici. "
        "Personne ne comprend ce qui a pu se passer\u00a0», souffle une voisine, qui promenait "
        "son chien près de l'étang le week-end dernier.",
        [
            (
                I,
                [
                    "la victime présentait plusieurs plaies à l'arme blanche et son décès "
                    "remonterait à trois ou quatre jours"
                ],
                "parquet de Liège",
            ),
            (
                D,
                [
                    "Aucune piste n'est écartée à ce stade, y compris celle d'un règlement de "
                    "comptes"
                ],
                "Ann-Sophie Derycke",
            ),
            (
                D,
                ["On se connaît tous ici. Personne ne comprend ce qui a pu se passer"],
                "voisine",
            ),
        ],
    ),
    (  # 3 corruption trial in Toulon in dialogue dashes (one line each, in one paragraph): a
        # question line attributed by the sentence before it ("la présidente du tribunal
        # correctionnel, Name, a longuement interrogé le prévenu … :"), the defendant's answer
        # line (unattributed, by alternation), a line with the incise "a relevé la
        # magistrate," (role, one quote two spans), partial inside "son avocate, Me Name, a
        # plaidé que"
        "Au troisième jour du procès de Gérard Pellissier, ancien adjoint à l'urbanisme de "
        "Toulon jugé pour corruption passive, la présidente du tribunal correctionnel, Sophie "
        "Marcadier, a longuement interrogé le prévenu sur les 240\u00a0000 euros retrouvés sur "
        "un compte à Monaco\u00a0:\n\n"
        "— D'où vient cet argent, monsieur Pellissier\u00a0?\n"
        "— D'un héritage, madame la présidente. Ma tante est décédée en 2019.\n"
        "— Votre tante, a relevé la magistrate, est morte sans testament, et son notaire n'a "
        "jamais entendu parler de vous.\n\n"
        "Le prévenu est resté silencieux un long moment. En fin de journée, son avocate, Me "
        "Clarisse Bouvier, a plaidé que l'accusation reposait «\u00a0sur des "
        "suppositions\u00a0». Le jugement sera rendu le 15 janvier.",
        [
            (D, ["D'où vient cet argent, monsieur Pellissier\u00a0?"], "Sophie Marcadier"),
            (
                D,
                ["D'un héritage, madame la présidente. Ma tante est décédée en 2019."],
                "Gérard Pellissier",
            ),
            (
                D,
                [
                    "Votre tante",
                    "est morte sans testament, et son notaire n'a jamais entendu parler de vous.",
                ],
                "Sophie Marcadier",
            ),
            (P, ["sur des suppositions"], "Clarisse Bouvier"),
        ],
    ),
    (  # 4 Quebec coroner's report on a death in custody: "Elle conclut que" (pronoun for "La
        # coroner Name"), two-sentence direct + "écrit-elle dans son rapport", partial inside
        # "La mère du jeune homme, Name, a dit accueillir le rapport"
        "La coroner Isabelle Fréchette-Lanoue a rendu public jeudi son rapport sur la mort de "
        "Jonathan Théberge, 29 ans, décédé en juin 2025 dans une cellule du poste de police de "
        "La Tuque. Elle conclut que le jeune homme aurait pu être sauvé s'il avait été surveillé "
        "adéquatement.\n\n"
        "«\u00a0Pendant quatre heures, personne n'a ouvert la porte de cette cellule. C'est "
        "inacceptable\u00a0», écrit-elle dans son rapport de 38 pages, qui contient onze "
        "recommandations adressées à la Régie de police du Haut-Saint-Maurice.\n\n"
        "La mère du jeune homme, Sylvie Théberge, a dit accueillir le rapport «\u00a0avec un "
        "mélange de soulagement et de colère\u00a0». La famille a déposé une poursuite civile "
        "contre la Régie en septembre.",
        [
            (
                I,
                ["le jeune homme aurait pu être sauvé s'il avait été surveillé adéquatement"],
                "Isabelle Fréchette-Lanoue",
            ),
            (
                D,
                [
                    "Pendant quatre heures, personne n'a ouvert la porte de cette cellule. C'est "
                    "inacceptable"
                ],
                "Isabelle Fréchette-Lanoue",
            ),
            (P, ["avec un mélange de soulagement et de colère"], "Sylvie Théberge"),
        ],
    ),
    (  # 5 Geneva fraud sentence: a quote continued over two paragraphs (the first one left
        # open, the second opening with a mark: one span each) + "avait martelé … le procureur
        # Name" (speaker after the cue), "La défense a plaidé l'acquittement partiel" (noun
        # object, not annotated), "a indiqué à la presse qu'il", "Selon l'association de
        # victimes Name," (generic noun dropped)
        "Un ancien gestionnaire de fortune genevois, Marc-Olivier Reymond, 58 ans, a été "
        "condamné mercredi par le Tribunal correctionnel de Genève à six ans de prison pour "
        "avoir détourné près de 41 millions de francs appartenant à une centaine de clients.\n\n"
        "«\u00a0Pendant douze ans, il a menti à des retraités, à des veuves, à des familles qui "
        "lui confiaient tout ce qu'elles possédaient.\n\n"
        "«\u00a0Il ne s'agit pas d'une erreur de gestion, mais d'un système\u00a0», avait "
        "martelé lors de son réquisitoire le procureur Laurent Dupasquier, qui réclamait sept "
        "ans.\n\n"
        "La défense a plaidé l'acquittement partiel. L'avocat de M.\u00a0Reymond, Me Pascal "
        "Jotterand, a indiqué à la presse qu'il n'excluait pas un recours au Tribunal fédéral. "
        "Selon l'association de victimes Léman Épargne Solidaire, moins de 10\u00a0% des sommes "
        "ont été récupérées à ce jour.",
        [
            (
                D,
                [
                    "Pendant douze ans, il a menti à des retraités, à des veuves, à des familles "
                    "qui lui confiaient tout ce qu'elles possédaient.",
                    "Il ne s'agit pas d'une erreur de gestion, mais d'un système",
                ],
                "Laurent Dupasquier",
            ),
            (I, ["il n'excluait pas un recours au Tribunal fédéral"], "Pascal Jotterand"),
            (
                I,
                ["moins de 10\u00a0% des sommes ont été récupérées à ce jour"],
                "Léman Épargne Solidaire",
            ),
        ],
    ),
    (  # 6 arrests after a shooting in Marseille: direct + "a réagi le procureur de la
        # République de Marseille, Name," (role and name after the cue), two-sentence direct
        # + "confie un policier, sous couvert d'anonymat" (unnamed), "Le syndicat Name réclame
        # … des renforts" (noun object, not annotated)
        "Deux hommes de 19 et 22 ans ont été interpellés dimanche à Marseille, trois jours après "
        "la fusillade qui a fait un mort et deux blessés au pied d'une tour de la cité des "
        "Lauriers. Ils ont été placés en garde à vue dans les locaux de la police judiciaire.\n\n"
        "Une arme de poing a été saisie dans un box loué par l'un des suspects. «\u00a0C'est une "
        "avancée importante, mais l'enquête est loin d'être terminée\u00a0», a réagi le "
        "procureur de la République de Marseille, Nicolas Berthelin-Ruiz, lors d'un point "
        "presse.\n\n"
        "Sur le terrain, les effectifs restent sous tension. «\u00a0On tourne à trois équipages "
        "pour tout le secteur nord. On fait ce qu'on peut\u00a0», confie un policier, sous "
        "couvert d'anonymat. Le syndicat Vigie Police réclame depuis des mois des renforts dans "
        "les quartiers nord.",
        [
            (
                D,
                ["C'est une avancée importante, mais l'enquête est loin d'être terminée"],
                "Nicolas Berthelin-Ruiz",
            ),
            (
                D,
                ["On tourne à trois équipages pour tout le secteur nord. On fait ce qu'on peut"],
                "policier",
            ),
        ],
    ),
    (  # 7 prison overcrowding: "…, selon l'administration pénitentiaire, qui …" (the part
        # before, unnamed institution), intention phrase "a fait part … de sa volonté de" by
        # "Le garde des Sceaux, Name", partial in "Une réponse jugée « … » par la contrôleure
        # générale …, Name" (speaker after the quote), "plaide … pour un mécanisme" (noun
        # object, not annotated)
        "La surpopulation carcérale a atteint un nouveau record en France, avec 84\u00a0310 "
        "personnes détenues au 1er novembre pour 62\u00a0000 places opérationnelles, selon "
        "l'administration pénitentiaire, qui a publié ses chiffres lundi.\n\n"
        "Le garde des Sceaux, Bertrand Lhomond-Serre, a fait part devant la commission des lois "
        "du Sénat de sa volonté d'accélérer la construction de 3\u00a0000 places en modules "
        "préfabriqués d'ici à 2028.\n\n"
        "Une réponse jugée «\u00a0à contretemps\u00a0» par la contrôleure générale des lieux de "
        "privation de liberté, Mireille Anquetil, qui plaide depuis des mois pour un mécanisme "
        "de régulation carcérale contraignant. Au centre pénitentiaire de Nîmes, le taux "
        "d'occupation dépasse désormais 210\u00a0%.",
        [
            (
                I,
                [
                    "La surpopulation carcérale a atteint un nouveau record en France, avec "
                    "84\u00a0310 personnes détenues au 1er novembre pour 62\u00a0000 places "
                    "opérationnelles"
                ],
                "administration pénitentiaire",
            ),
            (
                I,
                [
                    "accélérer la construction de 3\u00a0000 places en modules préfabriqués "
                    "d'ici à 2028"
                ],
                "Bertrand Lhomond-Serre",
            ),
            (P, ["à contretemps"], "Mireille Anquetil"),
        ],
    ),
    (  # 8 cocaine network sentenced in Brussels: partial inside "Le Néerlandais … avait
        # affirmé … n'avoir été" (nationality epithet), partial in "Pour le substitut du
        # procureur du Roi Name, ce jugement envoie « … »", an unclosed quotation mark ending
        # at "a simplement commenté son conseil, Me Name"
        "Le tribunal correctionnel de Bruxelles a condamné jeudi à neuf ans de prison un "
        "Néerlandais de 41 ans, Ruud Verhoeven, considéré comme l'un des organisateurs d'un "
        "réseau qui a fait entrer plus de quatre tonnes de cocaïne par le port d'Anvers entre "
        "2022 et 2024. Douze coprévenus ont écopé de peines allant de dix-huit mois à sept "
        "ans.\n\n"
        "Le Néerlandais, qui comparaissait détenu, avait affirmé lors de la dernière audience "
        "n'avoir été «\u00a0qu'un intermédiaire\u00a0». Le tribunal ne l'a pas suivi.\n\n"
        "Pour le substitut du procureur du Roi Thomas Vandenbroucke, ce jugement envoie "
        "«\u00a0un signal clair aux organisations criminelles\u00a0». Les saisies de cocaïne "
        "dans le port ont doublé en cinq ans.\n\n"
        "«\u00a0Mon client va prendre le temps d'examiner le jugement avant de décider d'un "
        "éventuel appel, a simplement commenté son conseil, Me Lies Janssens.",
        [
            (P, ["qu'un intermédiaire"], "Ruud Verhoeven"),
            (P, ["un signal clair aux organisations criminelles"], "Thomas Vandenbroucke"),
            (
                D,
                [
                    "Mon client va prendre le temps d'examiner le jugement avant de décider "
                    "d'un éventuel appel"
                ],
                "Lies Janssens",
            ),
        ],
    ),
    (  # 9 Quebec cold case: reported speech without quotation marks ending in ", a expliqué
        # la sergente Name, porte-parole de …" (the part before, rank dropped), partial inside
        # "Le frère de la victime, Name, dit avoir reçu l'appel", two-sentence direct +
        # "a-t-il ajouté"
        "Trente et un ans après le meurtre de Nathalie Gervais, une adolescente de 16 ans tuée à "
        "Lévis en 1995, un homme de 63 ans a été arrêté mardi à Sherbrooke. Il doit comparaître "
        "jeudi au palais de justice de Lévis pour meurtre au premier degré.\n\n"
        "C'est une trace d'ADN prélevée sur le manteau de la victime, réanalysée l'an dernier "
        "grâce à la généalogie génétique, qui a permis de remonter jusqu'au suspect, a expliqué "
        "la sergente Marie-Ève Lapointe, porte-parole de l'escouade des crimes non résolus de la "
        "police provinciale.\n\n"
        "Le frère de la victime, Daniel Gervais, dit avoir reçu l'appel des enquêteurs "
        "«\u00a0comme un coup de tonnerre\u00a0». «\u00a0Ma mère est morte sans savoir. Mon "
        "père, lui, aura au moins une réponse\u00a0», a-t-il ajouté, la voix brisée.",
        [
            (
                I,
                [
                    "C'est une trace d'ADN prélevée sur le manteau de la victime, réanalysée "
                    "l'an dernier grâce à la généalogie génétique, qui a permis de remonter "
                    "jusqu'au suspect"
                ],
                "Marie-Ève Lapointe",
            ),
            (P, ["comme un coup de tonnerre"], "Daniel Gervais"),
            (
                D,
                ["Ma mère est morte sans savoir. Mon père, lui, aura au moins une réponse"],
                "Daniel Gervais",
            ),
        ],
    ),
    (  # 10 armoured van robbery in Vaud: "Dans un communiqué, la police cantonale vaudoise
        # indique que" (institution speaking), direct with an inner colon + "explique Name,
        # porte-parole du Ministère public vaudois", "Il évoque une collaboration" (noun
        # object, not annotated), partial after "Un automobiliste … décrit" (unnamed)
        "Un fourgon de transport de fonds a été attaqué dans la nuit de lundi à mardi sur "
        "l'autoroute A1, près de La Sarraz, par un commando d'au moins six individus lourdement "
        "armés. Les deux convoyeurs, légèrement blessés, ont été hospitalisés.\n\n"
        "Dans un communiqué, la police cantonale vaudoise indique que les malfaiteurs ont "
        "incendié deux véhicules pour bloquer la chaussée avant de faire exploser la porte "
        "arrière du fourgon. Le montant du butin n'a pas été communiqué.\n\n"
        "«\u00a0Ce mode opératoire, nous le connaissons bien\u00a0: ce sont des équipes très "
        "organisées, qui repartent en France en moins d'une demi-heure\u00a0», explique "
        "Jean-Daniel Chappuis, porte-parole du Ministère public vaudois. Il évoque une "
        "collaboration étroite avec les enquêteurs lyonnais.\n\n"
        "Un automobiliste, bloqué pendant plus d'une heure, décrit «\u00a0des flammes hautes "
        "comme un immeuble\u00a0».",
        [
            (
                I,
                [
                    "les malfaiteurs ont incendié deux véhicules pour bloquer la chaussée avant "
                    "de faire exploser la porte arrière du fourgon"
                ],
                "police cantonale vaudoise",
            ),
            (
                D,
                [
                    "Ce mode opératoire, nous le connaissons bien\u00a0: ce sont des équipes "
                    "très organisées, qui repartent en France en moins d'une demi-heure"
                ],
                "Jean-Daniel Chappuis",
            ),
            (P, ["des flammes hautes comme un immeuble"], "automobiliste"),
        ],
    ),
    (  # 11 police officer on trial in Bobigny: "une commerçante qui avait assisté à la scène
        # a raconté que" (unnamed witness), two-sentence direct + "a-t-elle répété" (pronoun),
        # partial inside "Le policier, lui, a assuré avoir agi" (unnamed defendant), "a appelé
        # à un rassemblement" (noun object, not annotated)
        "Le procès d'un gardien de la paix de 31 ans, poursuivi pour violences volontaires "
        "ayant entraîné une infirmité permanente, s'est ouvert lundi devant le tribunal "
        "correctionnel de Bobigny. En mai 2024, lors d'une interpellation à Aulnay-sous-Bois, "
        "Yanis Haddouche, alors âgé de 17 ans, avait perdu l'usage de son œil gauche.\n\n"
        "Appelée à la barre, une commerçante qui avait assisté à la scène a raconté que "
        "l'adolescent était déjà menotté au sol lorsque le policier l'avait frappé. «\u00a0Il ne "
        "se débattait plus. Je l'ai vu, je ne peux pas l'oublier\u00a0», a-t-elle répété, en "
        "larmes.\n\n"
        "Le policier, lui, a assuré avoir agi «\u00a0dans l'urgence\u00a0», face à un adolescent "
        "qui tentait de s'enfuir. Le collectif Justice pour Yanis, qui rassemble la famille et "
        "des proches, a appelé à un rassemblement devant le tribunal pour le délibéré, attendu "
        "le 18 décembre.",
        [
            (
                I,
                ["l'adolescent était déjà menotté au sol lorsque le policier l'avait frappé"],
                "commerçante",
            ),
            (
                D,
                ["Il ne se débattait plus. Je l'ai vu, je ne peux pas l'oublier"],
                "commerçante",
            ),
            (P, ["dans l'urgence"], "policier"),
        ],
    ),
    (  # 12 criminal lawyers' strike: two-sentence direct + "dénonce Me Name, bâtonnière de X",
        # "D'après l'Union des avocats pénalistes, …" (rest of the sentence), "Mais la
        # bâtonnière prévient : « … »" (role, final period kept)
        "Les avocats pénalistes de plusieurs barreaux du sud de la France ont entamé lundi une "
        "grève des audiences pour protester contre le projet de réforme de la procédure pénale, "
        "qui prévoit notamment de limiter les possibilités d'appel en matière correctionnelle.\n\n"
        "«\u00a0On nous présente cela comme une simplification. C'est en réalité un recul "
        "historique des droits de la défense\u00a0», dénonce Me Florence Azoulay-Marchetti, "
        "bâtonnière de Montpellier. D'après l'Union des avocats pénalistes, près de 400 "
        "audiences ont été renvoyées dans la seule journée de lundi.\n\n"
        "La chancellerie n'avait pas réagi mardi soir. Mais la bâtonnière prévient\u00a0: "
        "«\u00a0Sans retrait de l'article 7, le mouvement sera reconduit.\u00a0»",
        [
            (
                D,
                [
                    "On nous présente cela comme une simplification. C'est en réalité un recul "
                    "historique des droits de la défense"
                ],
                "Florence Azoulay-Marchetti",
            ),
            (
                I,
                ["près de 400 audiences ont été renvoyées dans la seule journée de lundi"],
                "Union des avocats pénalistes",
            ),
            (
                D,
                ["Sans retrait de l'article 7, le mouvement sera reconduit."],
                "Florence Azoulay-Marchetti",
            ),
        ],
    ),
    (  # 13 building collapse trial in Abidjan: "a contesté toute responsabilité" (noun object,
        # not annotated), "Selon lui, …" (pronoun for "Le promoteur, Name"), two-sentence
        # direct + "a lancé Name, qui a perdu sa fille …"
        "Le procès de l'effondrement d'un immeuble de sept étages qui avait fait 23 morts à "
        "Abidjan en avril 2023 s'est ouvert mercredi devant le tribunal de première instance du "
        "Plateau. Le promoteur, Ibrahim Kouassi-Diallo, deux ingénieurs et un fonctionnaire du "
        "ministère de la Construction sont poursuivis pour homicides involontaires.\n\n"
        "À l'ouverture des débats, le promoteur a contesté toute responsabilité dans le drame. "
        "Selon lui, le permis de construire prévoyait bien sept niveaux et les contrôles "
        "avaient été effectués.\n\n"
        "Une version que rejettent les familles des victimes. «\u00a0On nous parle de papiers, "
        "de tampons. Nous, on a enterré nos enfants\u00a0», a lancé Awa Traoré, qui a perdu sa "
        "fille et son gendre dans l'effondrement, avant d'être raccompagnée hors de la salle. "
        "Le procès doit durer trois semaines.",
        [
            (
                I,
                [
                    "le permis de construire prévoyait bien sept niveaux et les contrôles "
                    "avaient été effectués"
                ],
                "Ibrahim Kouassi-Diallo",
            ),
            (
                D,
                ["On nous parle de papiers, de tampons. Nous, on a enterré nos enfants"],
                "Awa Traoré",
            ),
        ],
    ),
    (  # 14 missing girl in Aveyron: a quote split by the incise "explique le colonel Name,
        # commandant du groupement …," (rank dropped, one quote two spans, final period kept),
        # "le maire de la commune, Name, a raconté que", direct + "a-t-il glissé"
        "Les recherches se poursuivaient mercredi pour retrouver Léna, 9 ans, disparue lundi en "
        "fin d'après-midi sur le chemin de l'école à Saint-Geniez-d'Olt, dans l'Aveyron. Plus de "
        "150 gendarmes, appuyés par un hélicoptère et des équipes cynophiles, ratissent les bois "
        "alentour.\n\n"
        "«\u00a0Nous n'écartons aucune hypothèse, explique le colonel Arnaud Vézinet, commandant "
        "du groupement de gendarmerie de l'Aveyron, mais chaque heure compte, et nous demandons "
        "à toute personne ayant circulé sur la D988 lundi entre 16\u00a0h et 18\u00a0h de se "
        "manifester.\u00a0»\n\n"
        "Le parquet de Rodez a ouvert une enquête pour enlèvement de mineur. Très ému, le maire "
        "de la commune, Christian Bousquet, a raconté que des dizaines d'habitants s'étaient "
        "spontanément joints aux battues dès lundi soir. «\u00a0Ici, cette petite, tout le monde "
        "la connaît\u00a0», a-t-il glissé.",
        [
            (
                D,
                [
                    "Nous n'écartons aucune hypothèse",
                    "mais chaque heure compte, et nous demandons à toute personne ayant circulé "
                    "sur la D988 lundi entre 16\u00a0h et 18\u00a0h de se manifester.",
                ],
                "Arnaud Vézinet",
            ),
            (
                I,
                [
                    "des dizaines d'habitants s'étaient spontanément joints aux battues dès lundi soir"
                ],
                "Christian Bousquet",
            ),
            (D, ["Ici, cette petite, tout le monde la connaît"], "Christian Bousquet"),
        ],
    ),
    (  # 15 prison officers' strike in Belgium: partial after "Délégué syndical depuis quinze
        # ans, Name a décrit … des agents", "a promis aux syndicats une réunion" (noun object
        # and addressee, not annotated), "La sexagénaire a témoigné : « … »" (age epithet,
        # two sentences, final period kept)
        "Les agents pénitentiaires de la prison de Haren, près de Bruxelles, ont entamé mardi "
        "une grève de 48 heures pour dénoncer la surpopulation et une série d'agressions. "
        "L'établissement compte 1\u00a0290 détenus pour 1\u00a0190 places.\n\n"
        "Délégué syndical depuis quinze ans, Kevin Lambotte a décrit à la presse des agents "
        "«\u00a0à bout\u00a0», contraints de faire dormir des détenus sur des matelas posés à "
        "même le sol. La ministre de la Justice, Annelies Van Damme-Moreau, a promis aux "
        "syndicats une réunion de concertation dès la semaine prochaine.\n\n"
        "À l'entrée de la prison, Christiane Dumont, 62 ans, attendait en vain un parloir "
        "annulé. La sexagénaire a témoigné\u00a0: «\u00a0Mon fils partage neuf mètres carrés "
        "avec deux autres hommes. Ce n'est pas une peine, c'est une humiliation.\u00a0»",
        [
            (P, ["à bout"], "Kevin Lambotte"),
            (
                D,
                [
                    "Mon fils partage neuf mètres carrés avec deux autres hommes. Ce n'est pas "
                    "une peine, c'est une humiliation."
                ],
                "Christiane Dumont",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 murder verdict in Phoenix, curly quotes: '“A,” she told reporters … “B.”' (pronoun
        # for "Estrada's mother, Name"; two direct quotes, the second one's period kept),
        # "Carlisle's attorney, Name, said he would"
        "A jury in Phoenix on Tuesday found Dustin Carlisle, 36, guilty of first-degree murder "
        "in the 2023 shooting of convenience store clerk Ramon Estrada, after deliberating for "
        "less than six hours.\n\n"
        "Estrada's mother, Lucia Estrada, wept as the verdict was read. “I waited two years to "
        "hear that word,” she told reporters outside the courthouse. “Guilty. That's all I "
        "wanted.”\n\n"
        "Carlisle's attorney, Nathan Brill, said he would file a motion for a new trial. "
        "Sentencing is set for February 14. Prosecutors are seeking life without parole.",
        [
            (D, ["I waited two years to hear that word"], "Lucia Estrada"),
            (D, ["Guilty. That's all I wanted."], "Lucia Estrada"),
            (I, ["he would file a motion for a new trial"], "Nathan Brill"),
        ],
    ),
    (  # 2 fatal stabbing in Salford, curly quotes: "…, police said." (the part before,
        # unnamed), a quote split by ', said Detective Chief Inspector Name, of X Police, '
        # (rank dropped, one quote two spans), partial inside "A woman who lives above the
        # takeaway said" (unnamed)
        "A 17-year-old boy has been arrested on suspicion of murder after a man was stabbed to "
        "death outside a takeaway in Salford late on Saturday, police said.\n\n"
        "The victim, named locally as 24-year-old Liam Garvey, was pronounced dead at the scene. "
        "Two other men were treated in hospital for minor injuries.\n\n"
        "“This was a senseless attack on a busy street,” said Detective Chief Inspector Helen "
        "Marsh, of North West Metropolitan Police, “and I know many people will have seen what "
        "happened or filmed it on their phones. I am asking them to come forward.”\n\n"
        "A woman who lives above the takeaway said she had heard shouting and then “a terrible "
        "scream”. Officers remained at the scene on Sunday.",
        [
            (
                I,
                [
                    "A 17-year-old boy has been arrested on suspicion of murder after a man was "
                    "stabbed to death outside a takeaway in Salford late on Saturday"
                ],
                "police",
            ),
            (
                D,
                [
                    "This was a senseless attack on a busy street",
                    "and I know many people will have seen what happened or filmed it on their "
                    "phones. I am asking them to come forward.",
                ],
                "Helen Marsh",
            ),
            (P, ["a terrible scream"], "woman"),
        ],
    ),
    (  # 3 coroner on a fatal police pursuit in Sydney: "Delivering her findings …, Deputy State
        # Coroner Name said" (role dropped), two-sentence direct + "Josh's father, Name, said
        # outside the court", "A NSW Police spokesperson said" (the spokesperson speaks for the
        # force)
        "A coroner has criticised the handling of a police pursuit that ended in the deaths of "
        "two teenagers in western Sydney last year.\n\n"
        "Delivering her findings at Lidcombe on Friday, Deputy State Coroner Rachel Okonkwo said "
        "officers had continued the chase through a residential area at speeds of up to "
        "140km/h despite being told twice by a supervisor to reassess.\n\n"
        "The families of Josh Tuilagi, 16, and Bailey Rourke, 15, have campaigned for a ban on "
        "pursuits for minor offences. “Our boys stole a car. They did not deserve to die for "
        "it,” Josh's father, Sione Tuilagi, said outside the court.\n\n"
        "A NSW Police spokesperson said the force would consider the coroner's 14 "
        "recommendations carefully.",
        [
            (
                I,
                [
                    "officers had continued the chase through a residential area at speeds of up "
                    "to 140km/h despite being told twice by a supervisor to reassess"
                ],
                "Rachel Okonkwo",
            ),
            (
                D,
                ["Our boys stole a car. They did not deserve to die for it"],
                "Sione Tuilagi",
            ),
            (
                I,
                ["the force would consider the coroner's 14 recommendations carefully"],
                "NSW Police",
            ),
        ],
    ),
    (  # 4 coercive control sentence in Dublin, curly quotes: partial inside "Passing sentence,
        # Judge Name said Surname had" (title dropped), a victim impact statement continued
        # over two paragraphs (one span each) + "the woman said:" (unnamed)
        "Declan Furlong, 39, who subjected his former partner to a two-year campaign of "
        "coercive control, was jailed for six years at Dublin Circuit Criminal Court on "
        "Thursday. He had pleaded guilty.\n\n"
        "Passing sentence, Judge Orla Brennan-Keane said Furlong had "
        "“systematically dismantled” the woman's life, cutting her off from friends, monitoring "
        "her phone and controlling her money.\n\n"
        "In a victim impact statement read to the court, the woman said: “For two years I asked "
        "permission to buy a coffee. I stopped recognising myself in the mirror.\n\n"
        "“Today I want him to know that I am not afraid any more.”",
        [
            (P, ["systematically dismantled"], "Orla Brennan-Keane"),
            (
                D,
                [
                    "For two years I asked permission to buy a coffee. I stopped recognising "
                    "myself in the mirror.",
                    "Today I want him to know that I am not afraid any more.",
                ],
                "woman",
            ),
        ],
    ),
    (  # 5 body camera footage released, straight quotes: "…, according to the department."
        # (the part before; "the department" is the named police department), direct +
        # "Police Chief Name said at a news conference" (title dropped), partial after "called
        # the shooting" by an organisation, "renewed its demand for" (noun object, not
        # annotated)
        "The Port Ellery Police Department released body camera footage on Wednesday showing "
        "the moments before an officer shot and wounded a 52-year-old man during a mental health "
        "call last month.\n\n"
        "The video shows Officer Kyle Brandt firing twice within seconds of entering the man's "
        "apartment. The man, Terrence Holloway, was holding a kitchen knife, according to the "
        "department.\n\n"
        '"We are releasing this footage because the public has a right to see it, including the '
        'parts that are hard to watch," Police Chief Angela Ruiz said at a news conference. '
        "Officer Brandt has been placed on administrative leave.\n\n"
        'The Delmarva Civil Liberties Project called the shooting "entirely avoidable" and '
        "renewed its demand for a civilian crisis response team.",
        [
            (
                I,
                ["The man, Terrence Holloway, was holding a kitchen knife"],
                "Port Ellery Police Department",
            ),
            (
                D,
                [
                    "We are releasing this footage because the public has a right to see it, "
                    "including the parts that are hard to watch"
                ],
                "Angela Ruiz",
            ),
            (P, ["entirely avoidable"], "Delmarva Civil Liberties Project"),
        ],
    ),
    (  # 6 fraud trial opens at Southwark Crown Court, curly quotes: "Opening the case for the
        # prosecution, Name told jurors that", "Ms Surname was blunt: “…”" (two sentences,
        # final period kept), partial inside "Name, for Mr Surname, said his client had been"
        "The trial of three former directors of a Leeds-based solar panel company accused of "
        "defrauding more than 2,000 investors of £31 million opened on Monday at Southwark "
        "Crown Court.\n\n"
        "Opening the case for the prosecution, Rebecca Thorne told jurors that Halcyon Green "
        "Energy had installed fewer than 40 of the 9,000 panels it claimed to own. Ms Thorne "
        "was blunt: “This was not a business that failed. It was a business that was never "
        "meant to succeed.”\n\n"
        "The three defendants, Martin Oakes, 58, Gary Sefton, 51, and Priya Chandran, 44, deny "
        "conspiracy to defraud. Edward Pryce, for Mr Oakes, said his client had been “as "
        "deceived as anyone”. The trial, expected to last ten weeks, continues.",
        [
            (
                I,
                [
                    "Halcyon Green Energy had installed fewer than 40 of the 9,000 panels it "
                    "claimed to own"
                ],
                "Rebecca Thorne",
            ),
            (
                D,
                [
                    "This was not a business that failed. It was a business that was never "
                    "meant to succeed."
                ],
                "Rebecca Thorne",
            ),
            (P, ["as deceived as anyone"], "Edward Pryce"),
        ],
    ),
    (  # 7 cash bail ended in New Mexico, curly quotes: direct + "the governor said" (role for
        # "Gov. Name"), "…, according to the Name." (the part before), partial inside "Sheriff
        # Name of X County warned that" (title dropped)
        "Gov. Patricia Lindqvist on Thursday signed legislation that will end cash bail for most "
        "nonviolent misdemeanours in New Mexico from July next year, making it the fourth state "
        "to do so.\n\n"
        "“Nobody should sit in a jail cell for three weeks because they cannot come up with "
        "$500,” the governor said at the signing ceremony in Santa Fe. About 1,100 people are "
        "held in county jails on any given day because they cannot afford bail, according to "
        "the Rio Grande Justice Institute.\n\n"
        "The bill was fiercely opposed by the state's sheriffs. Sheriff Tom Daggett of Luna "
        "County warned that the change would put “more repeat offenders back on the street "
        "before the ink is dry on the arrest report”.",
        [
            (
                D,
                [
                    "Nobody should sit in a jail cell for three weeks because they cannot come "
                    "up with $500"
                ],
                "Patricia Lindqvist",
            ),
            (
                I,
                [
                    "About 1,100 people are held in county jails on any given day because they "
                    "cannot afford bail"
                ],
                "Rio Grande Justice Institute",
            ),
            (
                P,
                [
                    "more repeat offenders back on the street before the ink is dry on the "
                    "arrest report"
                ],
                "Tom Daggett",
            ),
        ],
    ),
    (  # 8 arson arrest in Montreal, curly quotes: "Constable Name, a police spokesperson, said"
        # (rank dropped), direct + "she said", direct + "said one owner, who asked not to be
        # named" (unnamed), "He has been paying" (no speech verb, not annotated)
        "Montreal police have arrested a 27-year-old man in connection with a string of arson "
        "attacks on restaurants in the Saint-Léonard and Rivière-des-Prairies districts, the "
        "latest in a wave of extortion-related fires that has rattled business owners in the "
        "city's east end.\n\n"
        "Constable Véronique Aubin, a police spokesperson, said the suspect was arrested at a "
        "home in Laval early Tuesday and would appear in court later in the day. “We believe he "
        "was paid to set at least four of these fires, and we are working to find out by whom,” "
        "she said.\n\n"
        "“I sleep at the restaurant now,” said one owner, who asked not to be named for fear of "
        "reprisals. He has been paying for private security since September.",
        [
            (
                I,
                [
                    "the suspect was arrested at a home in Laval early Tuesday and would appear "
                    "in court later in the day"
                ],
                "Véronique Aubin",
            ),
            (
                D,
                [
                    "We believe he was paid to set at least four of these fires, and we are "
                    "working to find out by whom"
                ],
                "Véronique Aubin",
            ),
            (D, ["I sleep at the restaurant now"], "owner"),
        ],
    ),
    (  # 9 age of criminal responsibility in Victoria, curly quotes: "…, saying the state
        # needed" (participle, "Victoria's Attorney-General, Name"), direct + "Ms Surname told
        # reporters", "accused the government of breaking a promise" (not annotated), partial
        # inside "Its chief executive, Name, said children … were" (the organisation's head)
        "Victoria's Attorney-General, Naomi Castellano, has defended her government's decision "
        "to delay raising the age of criminal responsibility to 14, saying the state needed more "
        "time to build alternative programs for young offenders.\n\n"
        "“I'm not going to pretend this is easy, but I'd rather get it right than get it fast,” "
        "Ms Castellano told reporters in Melbourne on Monday. The change had been due to take "
        "effect in July.\n\n"
        "The Koori Youth Legal Centre accused the government of breaking a promise it made to "
        "Aboriginal communities in 2023. Its chief executive, Warren Jarrah, said children as "
        "young as 12 were still being held in adult police cells “for days at a time”.",
        [
            (
                I,
                ["the state needed more time to build alternative programs for young offenders"],
                "Naomi Castellano",
            ),
            (
                D,
                [
                    "I'm not going to pretend this is easy, but I'd rather get it right than get it fast"
                ],
                "Naomi Castellano",
            ),
            (P, ["for days at a time"], "Warren Jarrah"),
        ],
    ),
    (  # 10 bribery indictment in Chicago, straight quotes: "in what they described as" (noun
        # object, not annotated), direct + "U.S. Attorney Name said at a news conference"
        # (role dropped), "are accused of" (no speaker, not annotated), partial with its period
        # inside after "An attorney for Surname, Name, said her client"
        "Federal prosecutors in Chicago on Wednesday charged 14 people, including two former "
        "city building inspectors, in what they described as a decade-long bribery scheme that "
        "let developers skip safety checks on more than 300 properties.\n\n"
        '"For the right price, these inspectors signed off on anything — missing fire escapes, '
        'faulty wiring, you name it," U.S. Attorney Marcus Delaney said at a news conference.\n\n'
        "The inspectors are accused of collecting more than $2.3 million in cash, gift cards and "
        "home renovations. One developer, Stanley Wroblewski, 61, is alleged to have paid for a "
        "former inspector's new kitchen.\n\n"
        'An attorney for Wroblewski, Joan Feeney, said her client "looks forward to his day in '
        'court."',
        [
            (
                D,
                [
                    "For the right price, these inspectors signed off on anything — missing fire "
                    "escapes, faulty wiring, you name it"
                ],
                "Marcus Delaney",
            ),
            (P, ["looks forward to his day in court."], "Joan Feeney"),
        ],
    ),
    (  # 11 prison inspection report, curly quotes: "…, the chief inspector of prisons has
        # warned, after …" (the part before; the role is named in the next paragraph), partial
        # inside "the chief inspector, Name, wrote that", "he went further: “…”" (two
        # sentences), "has promised £18 million" (noun object, not annotated)
        "Conditions at HMP Castlemoor in Lincolnshire are among the worst ever recorded, the "
        "chief inspector of prisons has warned, after inspectors found rats in cells, broken "
        "windows left unrepaired for months and prisoners locked up for up to 23 hours a day.\n\n"
        "In an unusually blunt report published on Tuesday, the chief inspector, Alan Whitmore, "
        "wrote that the jail had been “allowed to rot”. Speaking to reporters, he went further: "
        "“I have visited a great many prisons. I have rarely seen staff so exhausted or "
        "prisoners so hopeless.”\n\n"
        "The Ministry of Justice has promised £18 million for urgent repairs.",
        [
            (
                I,
                ["Conditions at HMP Castlemoor in Lincolnshire are among the worst ever recorded"],
                "Alan Whitmore",
            ),
            (P, ["allowed to rot"], "Alan Whitmore"),
            (
                D,
                [
                    "I have visited a great many prisons. I have rarely seen staff so exhausted "
                    "or prisoners so hopeless."
                ],
                "Alan Whitmore",
            ),
        ],
    ),
    (  # 12 exoneration in Cleveland, straight quotes: two-sentence direct + "Tate said, his arm
        # around …", "The grandfather of three said he planned" (descriptive noun), partial
        # with its period inside after "County Prosecutor Name, whose office …, called the case"
        "After 27 years in prison for a murder he did not commit, Reginald Tate walked out of a "
        "Cleveland courthouse on Friday a free man, hours after a judge vacated his conviction.\n\n"
        "Tate, now 58, was convicted in 1999 largely on the testimony of a jailhouse informant "
        "whose account was later discredited. New DNA testing on the victim's clothing pointed "
        "to another man, who died in 2015.\n\n"
        '"I forgive the system. I don\'t forget it," Tate said, his arm around his 81-year-old '
        "mother. The grandfather of three said he planned to spend his first night of freedom "
        "eating his mother's pot roast.\n\n"
        "Cuyahoga County Prosecutor Diane Whitfield, whose office did not oppose the motion, "
        'called the case "a stain we can\'t wash out, only acknowledge."',
        [
            (D, ["I forgive the system. I don't forget it"], "Reginald Tate"),
            (
                I,
                ["he planned to spend his first night of freedom eating his mother's pot roast"],
                "Reginald Tate",
            ),
            (P, ["a stain we can't wash out, only acknowledge."], "Diane Whitfield"),
        ],
    ),
    (  # 13 drug raids in Auckland, curly quotes: "in what officers called" (noun object, not
        # annotated), "Detective Inspector Name said" (rank dropped), two-sentence direct +
        # "she said", "A resident …, who gave her name only as Mere, said"
        "Police in Auckland have seized 37 firearms and more than $1.2 million in cash in a "
        "series of raids targeting a methamphetamine ring linked to the Southern Reapers gang, "
        "in what officers called the largest operation of its kind this year.\n\n"
        "Detective Inspector Aroha Whaanga said 19 people had been arrested across Auckland, "
        "Hamilton and Tauranga and would appear in court this week. “These are not hobbyists. "
        "This is an organised business that sells misery by the gram,” she said.\n\n"
        "A resident of the Māngere street where one of the raids took place, who gave her name "
        "only as Mere, said armed officers had surrounded the house before dawn and ordered "
        "everyone out in their pyjamas.",
        [
            (
                I,
                [
                    "19 people had been arrested across Auckland, Hamilton and Tauranga and would "
                    "appear in court this week"
                ],
                "Aroha Whaanga",
            ),
            (
                D,
                [
                    "These are not hobbyists. This is an organised business that sells misery by "
                    "the gram"
                ],
                "Aroha Whaanga",
            ),
            (
                I,
                [
                    "armed officers had surrounded the house before dawn and ordered everyone out "
                    "in their pyjamas"
                ],
                "Mere",
            ),
        ],
    ),
    (  # 14 execution halted in Texas, straight quotes: "sent his case back" (court action,
        # not annotated), partial with its period inside after "Lamb's lawyer, Name of the X
        # Clinic, said the ruling was", "The X County District Attorney's Office … said in a
        # statement that" (organisation), partial inside "The victim's brother, Name, told a
        # local newspaper that"
        "The Texas Court of Criminal Appeals on Monday halted the execution of Curtis Lamb, 49, "
        "two days before he was scheduled to die by lethal injection, and sent his case back to "
        "a lower court to review new evidence about the bite-mark analysis used at his 2004 "
        "trial.\n\n"
        "Lamb's lawyer, Hannah Goldfarb of the Lone Star Capital Defense Clinic, said the "
        'ruling was "a reprieve, not a resolution." Her client has spent 21 years on death '
        "row.\n\n"
        "The Mesquite County District Attorney's Office, which prosecuted Lamb, said in a "
        "statement that it remained confident in the conviction. The victim's brother, Ronald "
        'Pace, told a local newspaper that the family was "tired of waiting for justice."',
        [
            (P, ["a reprieve, not a resolution."], "Hannah Goldfarb"),
            (
                I,
                ["it remained confident in the conviction"],
                "Mesquite County District Attorney's Office",
            ),
            (P, ["tired of waiting for justice."], "Ronald Pace"),
        ],
    ),
    (  # 15 strip-search apology in Bristol, curly quotes: "has apologised to the family"
        # (addressee, not annotated), direct + "Chief Constable Name said in a statement" (rank
        # dropped), partial inside "The girl's mother, who cannot be named …, said" (unnamed),
        # "has called for a statutory ban" (noun object, not annotated)
        "The chief constable of Severn Vale Police has apologised to the family of a 15-year-old "
        "girl who was strip-searched at her Bristol school without an appropriate adult present, "
        "after a misconduct panel ruled against two officers.\n\n"
        "“What happened to this young woman should never have happened, and I am sorry,” Chief "
        "Constable Graham Whitlock said in a statement on Thursday. Both officers have been "
        "given final written warnings.\n\n"
        "The girl's mother, who cannot be named to protect her daughter's identity, said the "
        "apology had come “two years too late”. The children's charity Safe Ground has called "
        "for a statutory ban on strip-searches in schools.",
        [
            (
                D,
                ["What happened to this young woman should never have happened, and I am sorry"],
                "Graham Whitlock",
            ),
            (P, ["two years too late"], "girl's mother"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout130.jsonl"),
        "heldout130",
        "h130",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
