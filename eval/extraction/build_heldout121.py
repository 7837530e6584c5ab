"""Source of the 121st held-out set: writes heldout121.jsonl (split "heldout121").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like court, crime, policing and prison news: assize and Crown Court trials and verdicts
(in French one interrogation rendered with dialogue dashes), a tribunal correctionnel fraud
trial, an appeal court ruling, a miscarriage of justice, sentencing with a victim impact
statement, an inquest, homicide and missing-person inquiries, police shootings, a misconduct
hearing, drug seizures, a prison escape, assaults on prison officers and a blockade by their
unions, an inspection report; prosecutors, avocats généraux, defence lawyers and barristers,
judges, defendants, victims' families, police chiefs, prison union delegates, ministries and
unions speaking as organisations, and unnamed witnesses are quoted. Several texts have two or
three speakers of the same gender; speakers are referred back to by surname, pronoun, role or
epithet ("le quinquagénaire", "la quadragénaire", "la septuagénaire", "the 54-year-old", "the
58-year-old", "the defence barrister"), some statements are sourced with "selon X" or
"according to X", and several speech verbs take only a noun object.
Measured once with 0.3.0, 0.36.0 and 0.37.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout121.py
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
    (  # 1 cour d'assises verdict, three men: an avocat général who does not speak at first
        # ("avait requis vingt ans", noun object), a direct after a colon by the epithet "le
        # quinquagénaire" (two sentences, final period kept), direct + "a-t-il soufflé" (pronoun
        # for "Le frère de la victime, Name", not the accused), partial after "M. Surname avait
        # décrit un homme", "Me Name, qui avait plaidé l'acquittement, a annoncé que" (indirect)
        "La cour d'assises d'Ille-et-Vilaine a condamné vendredi soir Didier Marchais, 54 ans, à "
        "dix-huit ans de réclusion criminelle pour le meurtre de son ancien associé, Franck Le "
        "Bihan, tué de deux balles en mars 2023 dans un entrepôt de Vitré. L'avocat général, "
        "Bertrand Lemoal, avait requis vingt ans.\n\n"
        "Invité à s'exprimer une dernière fois avant que la cour se retire pour délibérer, le "
        "quinquagénaire s'est tourné vers les bancs des parties civiles\u00a0: «\u00a0Je n'ai pas "
        "tué Franck. Je ne sais pas qui l'a fait, mais ce n'est pas moi.\u00a0»\n\n"
        "Le frère de la victime, Yannick Le Bihan, a accueilli ces mots en secouant la tête. "
        "«\u00a0Trois ans qu'on attend qu'il dise la vérité. On attendra encore\u00a0», a-t-il "
        "soufflé à la sortie de la salle d'audience.\n\n"
        "Dans son réquisitoire, M. Lemoal avait décrit un homme «\u00a0acculé par les "
        "dettes\u00a0», incapable d'assumer la faillite de leur société de transport. L'avocate de "
        "la défense, Me Claire Vasseur-Hamon, qui avait plaidé l'acquittement, a annoncé que son "
        "client ferait appel.",
        [
            (
                D,
                ["Je n'ai pas tué Franck. Je ne sais pas qui l'a fait, mais ce n'est pas moi."],
                "Didier Marchais",
            ),
            (
                D,
                ["Trois ans qu'on attend qu'il dise la vérité. On attendra encore"],
                "Yannick Le Bihan",
            ),
            (P, ["acculé par les dettes"], "Bertrand Lemoal"),
            (I, ["son client ferait appel"], "Claire Vasseur-Hamon"),
        ],
    ),
    (  # 2 homicide inquiry in a village: long direct + "a déclaré lundi le procureur de la
        # République de X, Name, lors d'une conférence de presse", "Selon lui," (pronoun, rest of
        # the sentence), partial inside "Un voisin, qui …, raconte avoir entendu" (unnamed, only
        # the partial), "a lancé un appel à témoins" and "a exprimé la stupeur" (noun objects, not
        # annotated)
        "Une femme de 37 ans a été retrouvée morte dimanche matin à son domicile de "
        "Montclar-sur-Drôme, un village de 900 habitants au sud de Valence. Son compagnon, âgé de "
        "42 ans, a été placé en garde à vue dans la soirée.\n\n"
        "«\u00a0Nous ne privilégions aucune piste à ce stade, et cette garde à vue ne préjuge en "
        "rien de la suite de l'enquête\u00a0», a déclaré lundi le procureur de la République de "
        "Valence, Arnaud Perrichon, lors d'une conférence de presse. Selon lui, la victime a reçu "
        "plusieurs coups à la tête et son décès remonte à la nuit de samedi à dimanche.\n\n"
        "Un voisin, qui n'a pas souhaité donner son nom, raconte avoir entendu «\u00a0des cris, "
        "puis plus rien\u00a0» vers 2 heures du matin. La gendarmerie a lancé un appel à "
        "témoins.\n\n"
        "Le maire, Gérard Fontanel, a exprimé la stupeur des habitants. Une cellule d'écoute "
        "psychologique a été ouverte à la mairie.",
        [
            (
                D,
                [
                    "Nous ne privilégions aucune piste à ce stade, et cette garde à vue ne préjuge "
                    "en rien de la suite de l'enquête"
                ],
                "Arnaud Perrichon",
            ),
            (
                I,
                [
                    "la victime a reçu plusieurs coups à la tête et son décès remonte à la nuit de "
                    "samedi à dimanche"
                ],
                "Arnaud Perrichon",
            ),
            (P, ["des cris, puis plus rien"], "voisin"),
        ],
    ),
    (  # 3 prison officer assaulted: partial after "Le syndicat Name a dénoncé dans un
        # communiqué" (generic noun dropped; "réclamé le transfert", noun object), two-sentence
        # direct + "résume Name, son délégué local", a second man unnamed ("Un autre surveillant")
        # whose three-sentence direct ending in "?" is attributed by "s'emporte-t-il", "a annoncé
        # le placement … et le dépôt d'une plainte" (noun objects, not annotated)
        "Un surveillant de la maison d'arrêt de Villeneuve-lès-Brives a été grièvement blessé "
        "mardi par un détenu qui l'a frappé avec un pied de chaise lors de la distribution des "
        "repas. Le fonctionnaire, âgé de 31 ans, a été transporté au CHU\u00a0; ses jours ne sont "
        "pas en danger.\n\n"
        "Le syndicat Force pénitentiaire a dénoncé dans un communiqué «\u00a0une agression d'une "
        "violence inouïe\u00a0» et réclamé le transfert immédiat du détenu. «\u00a0La nuit, on est "
        "douze agents pour 640 détenus. Ce n'est plus tenable\u00a0», résume Karim Benaïssa, son "
        "délégué local.\n\n"
        "Un autre surveillant, présent au moment des faits, témoigne sous couvert d'anonymat. "
        "«\u00a0Ce détenu avait déjà menacé trois collègues la semaine dernière. Personne n'a rien "
        "fait. On attendait qu'il y ait du sang\u00a0?\u00a0», s'emporte-t-il.\n\n"
        "La direction interrégionale des services pénitentiaires a annoncé le placement du détenu "
        "au quartier disciplinaire et le dépôt d'une plainte.",
        [
            (P, ["une agression d'une violence inouïe"], "Force pénitentiaire"),
            (
                D,
                ["La nuit, on est douze agents pour 640 détenus. Ce n'est plus tenable"],
                "Karim Benaïssa",
            ),
            (
                D,
                [
                    "Ce détenu avait déjà menacé trois collègues la semaine dernière. Personne n'a "
                    "rien fait. On attendait qu'il y ait du sang\u00a0?"
                ],
                "surveillant",
            ),
        ],
    ),
    (  # 4 assize trial, interrogation in dialogue dashes between two women: a dash line
        # attributed by the sentence before it ("La magistrate a d'abord rappelé … :", role for
        # "la présidente, Name"), a dash line with the comma incise "a répondu la quadragénaire
        # d'une voix à peine audible," (epithet, one quote two spans), a dash line ending "a
        # insisté Mme Surname.", partial inside "L'accusée a ensuite affirmé que"
        "Au deuxième jour de son procès devant la cour d'assises du Gard, Nadia Ferhat, 41 ans, "
        "accusée d'avoir empoisonné son compagnon à l'antigel, a été longuement interrogée jeudi "
        "par la présidente, Hélène Brossard.\n\n"
        "La magistrate a d'abord rappelé les conclusions des experts toxicologues\u00a0:\n\n"
        "— On a retrouvé dans le sang de M. Castel une concentration d'éthylène glycol dix fois "
        "supérieure à la dose mortelle. Comment l'expliquez-vous\u00a0?\n\n"
        "— Je ne l'explique pas, a répondu la quadragénaire d'une voix à peine audible, je ne "
        "l'explique pas, madame la présidente.\n\n"
        "— Vous étiez pourtant la seule à préparer ses repas, a insisté Mme Brossard.\n\n"
        "L'accusée a ensuite affirmé que son compagnon «\u00a0buvait beaucoup\u00a0» et mélangeait "
        "parfois les bouteilles dans le garage. Le verdict est attendu mardi.",
        [
            (
                D,
                [
                    "On a retrouvé dans le sang de M. Castel une concentration d'éthylène glycol "
                    "dix fois supérieure à la dose mortelle. Comment l'expliquez-vous\u00a0?"
                ],
                "Hélène Brossard",
            ),
            (
                D,
                ["Je ne l'explique pas", "je ne l'explique pas, madame la présidente."],
                "Nadia Ferhat",
            ),
            (D, ["Vous étiez pourtant la seule à préparer ses repas"], "Hélène Brossard"),
            (P, ["buvait beaucoup"], "Nadia Ferhat"),
        ],
    ),
    (  # 5 fatal police shooting after a refusal to stop, several men: "Selon le procureur de la
        # République de X, Name," (rest of the sentence, role dropped), "a appelé à un
        # rassemblement" (noun object), direct + "a affirmé son secrétaire départemental, Name",
        # partial after "a exigé" by "L'avocat de la famille …, Me Name", "a annoncé le dépôt
        # d'une plainte" (noun object)
        "Un policier de 29 ans a été mis en examen pour homicide volontaire et placé sous contrôle "
        "judiciaire, samedi, après la mort d'un conducteur de 19 ans lors d'un refus d'obtempérer, "
        "mercredi soir, à Champigny-les-Ormes (Val-de-Marne).\n\n"
        "Selon le procureur de la République de Créteil, Mathieu Dornier, le jeune homme a "
        "redémarré alors que le fonctionnaire se tenait devant la portière avant, arme à la main. "
        "Le tir l'a atteint au thorax.\n\n"
        "Le syndicat Vigilance Police a appelé à un rassemblement de soutien lundi devant le "
        "commissariat. «\u00a0Notre collègue a agi dans le cadre légal, face à un véhicule qui le "
        "menaçait\u00a0», a affirmé son secrétaire départemental, Julien Carbonne.\n\n"
        "L'avocat de la famille du conducteur, Me Samir Haddou, a exigé «\u00a0la vérité, toute la "
        "vérité\u00a0» et a annoncé le dépôt d'une plainte pour faux en écriture publique.",
        [
            (
                I,
                [
                    "le jeune homme a redémarré alors que le fonctionnaire se tenait devant la "
                    "portière avant, arme à la main"
                ],
                "Mathieu Dornier",
            ),
            (
                D,
                ["Notre collègue a agi dans le cadre légal, face à un véhicule qui le menaçait"],
                "Julien Carbonne",
            ),
            (P, ["la vérité, toute la vérité"], "Samir Haddou"),
        ],
    ),
    (  # 6 fraud trial at the tribunal correctionnel: two-sentence direct + "a assuré le
        # trentenaire" (epithet, the figure with a no-break space), the prosecutor "a requis cinq
        # ans" (noun object, not annotated), "une retraitée de X, qui …, a raconté qu'elle"
        # (unnamed, indirect) then an unattributed direct continuing her words
        "Onze prévenus comparaissent depuis lundi devant le tribunal correctionnel de Lille pour "
        "une vaste escroquerie aux faux conseillers bancaires qui a fait plus de 300 victimes, "
        "pour un préjudice estimé à 4,7 millions d'euros.\n\n"
        "Présenté par l'accusation comme l'organisateur du réseau, Lucas Demeyer, 32 ans, a "
        "minimisé son rôle. «\u00a0J'ai été naïf, j'ai suivi les autres. Je n'ai jamais touché "
        "plus de 2\u00a0000 euros par mois\u00a0», a assuré le trentenaire, qui comparaît "
        "détenu.\n\n"
        "Une explication qui n'a pas convaincu la procureure, Anne-Sophie Rigaud, qui a requis "
        "mercredi cinq ans d'emprisonnement, dont quatre ferme, à son encontre.\n\n"
        "À la barre, une retraitée de Roubaix, qui a perdu 23\u00a0000 euros en une matinée, a "
        "raconté qu'elle n'osait plus répondre au téléphone. «\u00a0Ils connaissaient tout de moi, "
        "même le prénom de mon petit-fils.\u00a0»\n\n"
        "Le jugement sera rendu le 15 janvier.",
        [
            (
                D,
                [
                    "J'ai été naïf, j'ai suivi les autres. Je n'ai jamais touché plus de "
                    "2\u00a0000 euros par mois"
                ],
                "Lucas Demeyer",
            ),
            (I, ["elle n'osait plus répondre au téléphone"], "retraitée"),
            (D, ["Ils connaissaient tout de moi, même le prénom de mon petit-fils."], "retraitée"),
        ],
    ),
    (  # 7 no quote: jewellery burglary suspects arrested, "avait porté plainte", "réclamé une
        # protection policière" and "a demandé l'annulation de la procédure" (noun objects, not
        # annotated)
        "Les enquêteurs de la police judiciaire de Toulouse ont interpellé mardi trois hommes "
        "soupçonnés d'avoir dérobé pour près de 400\u00a0000 euros de bijoux dans une villa de "
        "Balma, en octobre. Les suspects, âgés de 24 à 36 ans, ont été déférés jeudi au "
        "parquet.\n\n"
        "La propriétaire de la villa, une commerçante de 67 ans, avait été ligotée pendant deux "
        "heures par les cambrioleurs. Elle avait porté plainte le soir même et réclamé une "
        "protection policière.\n\n"
        "Deux des suspects ont été placés en détention provisoire, le troisième sous contrôle "
        "judiciaire. Leur avocat a demandé l'annulation de la procédure pour vice de forme. Une "
        "partie des bijoux a été retrouvée dans un box de Blagnac.",
        [],
    ),
    (  # 8 escape during a hospital escort: "Selon une source pénitentiaire," (unnamed, rest of
        # the sentence), "Le délégué régional du syndicat Name, Name, affirme que" (indirect) then
        # an unattributed two-sentence direct continuing his words (final period kept), "a annoncé
        # l'ouverture d'une enquête" (noun object, not annotated)
        "Un détenu s'est évadé lundi après-midi lors d'une extraction médicale à l'hôpital de "
        "Poitiers, faussant compagnie aux deux agents pénitentiaires qui l'escortaient. Steve "
        "Maréchal, 27 ans, purgeait une peine de douze ans pour une série de braquages. Il fait "
        "l'objet d'une fiche de recherche nationale.\n\n"
        "Selon une source pénitentiaire, le fugitif a été pris en charge par un complice qui "
        "l'attendait en scooter devant les urgences.\n\n"
        "Le délégué régional du syndicat Pénitentiaire unie, Olivier Gasnier, affirme que "
        "l'escorte aurait dû compter trois agents, et non deux. «\u00a0On nous demande de faire "
        "toujours plus avec toujours moins. Voilà le résultat.\u00a0»\n\n"
        "La directrice du centre pénitentiaire de Vivonne-la-Forêt, Martine Coudray, a annoncé "
        "l'ouverture d'une enquête administrative.",
        [
            (
                I,
                [
                    "le fugitif a été pris en charge par un complice qui l'attendait en scooter "
                    "devant les urgences"
                ],
                "source pénitentiaire",
            ),
            (I, ["l'escorte aurait dû compter trois agents, et non deux"], "Olivier Gasnier"),
            (
                D,
                ["On nous demande de faire toujours plus avec toujours moins. Voilà le résultat."],
                "Olivier Gasnier",
            ),
        ],
    ),
    (  # 9 femicide verdict: two-sentence direct + "avait martelé jeudi l'avocat général, Name",
        # a quote by "Name, la sœur de la victime," continued over two paragraphs (one span each,
        # first one's period kept) closed by "a-t-elle poursuivi", partial after "avait décrit son
        # client comme" by "L'avocat de la défense, Me Name" (a third man), the epithet "le
        # quadragénaire" for the accused, who does not speak
        "La cour d'assises de la Haute-Garonne a condamné vendredi Sébastien Roux, 44 ans, à la "
        "réclusion criminelle à perpétuité pour le meurtre de son ex-compagne, Julie Astruc, tuée "
        "de quinze coups de couteau en juin 2024 à Muret.\n\n"
        "Pendant les cinq jours d'audience, le quadragénaire est resté prostré dans le box. "
        "«\u00a0La mort de Julie Astruc n'est pas un drame passionnel. C'est un meurtre, préparé "
        "pendant des semaines\u00a0», avait martelé jeudi l'avocat général, Pierre-Yves "
        "Dallier.\n\n"
        "Avant que la cour se retire, Camille Astruc, la sœur de la victime, s'est adressée aux "
        "jurés. «\u00a0Ma sœur avait porté plainte trois fois. Trois fois, on lui a conseillé de "
        "rentrer chez elle et d'éviter de le provoquer.\n\n"
        "«\u00a0Je ne demande pas de vengeance. Je demande qu'aucune autre famille n'ait à vivre "
        "ça\u00a0», a-t-elle poursuivi, la voix brisée.\n\n"
        "L'avocat de la défense, Me Thibault Mercadier, avait décrit son client comme «\u00a0un "
        "homme brisé par la séparation\u00a0». Sébastien Roux dispose de dix jours pour faire "
        "appel.",
        [
            (
                D,
                [
                    "La mort de Julie Astruc n'est pas un drame passionnel. C'est un meurtre, "
                    "préparé pendant des semaines"
                ],
                "Pierre-Yves Dallier",
            ),
            (
                D,
                [
                    "Ma sœur avait porté plainte trois fois. Trois fois, on lui a conseillé de "
                    "rentrer chez elle et d'éviter de le provoquer.",
                    "Je ne demande pas de vengeance. Je demande qu'aucune autre famille n'ait à "
                    "vivre ça",
                ],
                "Camille Astruc",
            ),
            (P, ["un homme brisé par la séparation"], "Thibault Mercadier"),
        ],
    ),
    (  # 10 drug network dismantled: "La procureure de la République de X, Name, a précisé
        # mercredi que … et que …" (one indirect with the inner "que"), direct + "s'est félicité
        # le préfet de police des X, Name", two-sentence direct + "lâche un habitant, la
        # cinquantaine," (unnamed)
        "Un important réseau de trafic de stupéfiants implanté dans la cité des Roseraies, dans le "
        "14e arrondissement de Marseille, a été démantelé mardi à l'issue d'une opération "
        "mobilisant 350 policiers.\n\n"
        "La procureure de la République de Marseille, Dominique Santoni, a précisé mercredi que "
        "quatorze personnes avaient été placées en garde à vue et que 3,2 millions d'euros en "
        "liquide avaient été saisis.\n\n"
        "«\u00a0C'est un coup très dur porté au trafic dans les quartiers nord\u00a0», s'est "
        "félicité le préfet de police des Bouches-du-Rhône, Christophe Lagarde.\n\n"
        "Dans la cité, l'enthousiasme est plus mesuré. «\u00a0On entend parler de démantèlement "
        "tous les six mois. Trois jours après, le point rouvre avec d'autres têtes\u00a0», lâche "
        "un habitant, la cinquantaine, devant son immeuble.",
        [
            (
                I,
                [
                    "quatorze personnes avaient été placées en garde à vue et que 3,2 millions "
                    "d'euros en liquide avaient été saisis"
                ],
                "Dominique Santoni",
            ),
            (
                D,
                ["C'est un coup très dur porté au trafic dans les quartiers nord"],
                "Christophe Lagarde",
            ),
            (
                D,
                [
                    "On entend parler de démantèlement tous les six mois. Trois jours après, le "
                    "point rouvre avec d'autres têtes"
                ],
                "habitant",
            ),
        ],
    ),
    (  # 11 prison staff blockade, two women union delegates: direct + "prévient Name, secrétaire
        # locale de Name", "Sa collègue Name, déléguée de Name, se montre plus nuancée : « … »"
        # (two-sentence direct after a colon, final period kept), "Le ministère de la Justice a
        # fait savoir qu'il" (the ministry speaking as an organisation)
        "Depuis mardi 6 heures, une centaine de surveillants bloquent l'entrée du centre "
        "pénitentiaire de Saint-Quentin-les-Vignes (Hérault), où un agent a été retenu en otage "
        "pendant trois heures dimanche par deux détenus. Aucun parloir, aucune extraction "
        "judiciaire n'a pu avoir lieu.\n\n"
        "«\u00a0Tant qu'on n'aura pas de réponse écrite du ministère sur les effectifs, on ne "
        "lèvera pas le blocage\u00a0», prévient Sandrine Moal, secrétaire locale de Solidarité "
        "pénitentiaire.\n\n"
        "Sa collègue Valérie Porcher, déléguée de l'Union des personnels pénitentiaires, se montre "
        "plus nuancée\u00a0: «\u00a0Le blocage, c'est notre dernière arme. Mais les familles des "
        "détenus n'y sont pour rien.\u00a0»\n\n"
        "Le ministère de la Justice a fait savoir qu'il recevrait les organisations syndicales "
        "lundi à Paris.",
        [
            (
                D,
                [
                    "Tant qu'on n'aura pas de réponse écrite du ministère sur les effectifs, on ne "
                    "lèvera pas le blocage"
                ],
                "Sandrine Moal",
            ),
            (
                D,
                [
                    "Le blocage, c'est notre dernière arme. Mais les familles des détenus n'y sont "
                    "pour rien."
                ],
                "Valérie Porcher",
            ),
            (
                I,
                ["il recevrait les organisations syndicales lundi à Paris"],
                "ministère de la Justice",
            ),
        ],
    ),
    (  # 12 appeal court upholds a former gendarme's conviction: partial after "la cour a jugé
        # les éléments du dossier" (the court named earlier as "La cour d'appel de X"), "avait
        # contesté toute contrepartie" (noun object) then two-sentence direct + "avait-il déclaré"
        # (pronoun for "l'ancien militaire", "Le sexagénaire"), "a annoncé un pourvoi" (noun
        # object) then direct + "a-t-il ajouté" (pronoun for "Son avocat, Me Name", another man)
        "La cour d'appel de Bordeaux a confirmé mercredi la condamnation de Patrick Gouriou, "
        "ancien adjudant-chef de la brigade de gendarmerie de Lesparre, à trois ans "
        "d'emprisonnement, dont dix-huit mois ferme, pour corruption passive. Le sexagénaire avait "
        "monnayé, entre 2019 et 2022, des informations tirées des fichiers de police auprès d'un "
        "réseau de cambrioleurs.\n\n"
        "Dans son arrêt, la cour a jugé les éléments du dossier «\u00a0accablants\u00a0», "
        "notamment les écoutes téléphoniques.\n\n"
        "Lors de l'audience, en octobre, l'ancien militaire avait contesté toute contrepartie "
        "financière. «\u00a0J'ai rendu des services à des gens que je croyais honnêtes. Je reste "
        "un gendarme dans l'âme\u00a0», avait-il déclaré.\n\n"
        "Son avocat, Me Éric Sallenave, a annoncé un pourvoi en cassation. «\u00a0La cour a estimé "
        "que le doute ne profitait pas à mon client. Nous pensons le contraire\u00a0», a-t-il "
        "ajouté.",
        [
            (P, ["accablants"], "cour d'appel de Bordeaux"),
            (
                D,
                [
                    "J'ai rendu des services à des gens que je croyais honnêtes. Je reste un "
                    "gendarme dans l'âme"
                ],
                "Patrick Gouriou",
            ),
            (
                D,
                [
                    "La cour a estimé que le doute ne profitait pas à mon client. Nous pensons le "
                    "contraire"
                ],
                "Éric Sallenave",
            ),
        ],
    ),
    (  # 13 cold case anniversary: two-sentence direct + "confie sa mère, Name, 71 ans", a lawyer
        # who only obtains analyses (not speech), partial inside "La septuagénaire, elle, dit
        # garder" (epithet, only the partial)
        "Vingt ans jour pour jour après la disparition d'Aurélie Gallois, une centaine de "
        "personnes se sont rassemblées samedi devant la mairie de Saint-Jouin-des-Landes "
        "(Deux-Sèvres), où la jeune femme, alors âgée de 19 ans, avait été vue pour la dernière "
        "fois.\n\n"
        "«\u00a0Vingt ans sans savoir, c'est une double peine. On ne peut même pas faire notre "
        "deuil\u00a0», confie sa mère, Marie-Thérèse Gallois, 71 ans.\n\n"
        "Le dossier a été confié en 2023 au pôle des crimes sériels et non élucidés de Nanterre. À "
        "la demande de l'avocat de la famille, Me Didier Seznec, de nouvelles analyses ADN ont été "
        "ordonnées sur des scellés jamais exploités.\n\n"
        "La septuagénaire, elle, dit garder «\u00a0un petit espoir\u00a0».",
        [
            (
                D,
                [
                    "Vingt ans sans savoir, c'est une double peine. On ne peut même pas faire "
                    "notre deuil"
                ],
                "Marie-Thérèse Gallois",
            ),
            (P, ["un petit espoir"], "Marie-Thérèse Gallois"),
        ],
    ),
    (  # 14 car chase, short local brief: "Selon les gendarmes," (unnamed plural, rest of the
        # sentence), direct + "a indiqué le commandant de la compagnie de X, le capitaine Name"
        # (role and rank dropped), the epithet "Le trentenaire" for the driver (not a speaker)
        "Un automobiliste de 38 ans a été interpellé samedi soir sur la RN 164, près de Rostrenen "
        "(Côtes-d'Armor), après une course-poursuite de près de vingt kilomètres.\n\n"
        "Selon les gendarmes, le conducteur circulait à 187 km/h sur une portion limitée à 80 "
        "lorsqu'il a refusé de s'arrêter à un contrôle. Sa voiture a fini sa course dans un champ, "
        "sans faire de blessé.\n\n"
        "«\u00a0Il a reconnu avoir consommé de l'alcool et du cannabis avant de prendre le "
        "volant\u00a0», a indiqué le commandant de la compagnie de Guingamp, le capitaine Loïc "
        "Tanguy. Le trentenaire, dont le permis avait déjà été suspendu en 2024, sera jugé en "
        "comparution immédiate lundi.",
        [
            (
                I,
                [
                    "le conducteur circulait à 187 km/h sur une portion limitée à 80 lorsqu'il a "
                    "refusé de s'arrêter à un contrôle"
                ],
                "gendarmes",
            ),
            (
                D,
                [
                    "Il a reconnu avoir consommé de l'alcool et du cannabis avant de prendre le "
                    "volant"
                ],
                "Loïc Tanguy",
            ),
        ],
    ),
    (  # 15 police officer cleared of violence: direct after "l'officier avait répété la même
        # phrase :" (final period kept, speaker named as "le commandant de police Name"), partial
        # after "le quadragénaire a dit son" (epithet), partial after "a dénoncé" by "Son avocate,
        # Me Name" (lawyer of the plaintiff), the prosecution's deadline stated by the writer (not
        # a quote)
        "Le tribunal correctionnel de Nantes a relaxé jeudi le commandant de police Frédéric "
        "Aubin, 49 ans, poursuivi pour violences volontaires après qu'un étudiant eut perdu "
        "l'usage d'un œil lors d'une manifestation, en mars 2023.\n\n"
        "Tout au long des deux jours d'audience, en novembre, l'officier avait répété la même "
        "phrase\u00a0: «\u00a0J'ai appliqué les ordres, dans une situation de chaos "
        "total.\u00a0»\n\n"
        "Faute de pouvoir établir que le tir de LBD provenait de son arme, le tribunal a prononcé "
        "la relaxe. À l'annonce de la décision, le quadragénaire a dit son "
        "«\u00a0soulagement\u00a0» et s'est retiré sans répondre aux questions.\n\n"
        "Le plaignant, Malo Guérin, aujourd'hui âgé de 26 ans, n'était pas présent. Son avocate, "
        "Me Inès Berthaud, a dénoncé «\u00a0une décision incompréhensible\u00a0». Le parquet "
        "dispose de dix jours pour faire appel.",
        [
            (D, ["J'ai appliqué les ordres, dans une situation de chaos total."], "Frédéric Aubin"),
            (P, ["soulagement"], "Frédéric Aubin"),
            (P, ["une décision incompréhensible"], "Inès Berthaud"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Crown Court murder trial opens: "denies the murder of" and "admits manslaughter" (noun
        # objects, not annotated), "Prosecuting, Name KC told jurors that" (indirect, postnominal
        # dropped) then a two-sentence direct + "she said", "The 54-year-old … spoke only to
        # confirm his name and to say he" (epithet, indirect without "that"), partial after "asked
        # jurors to keep" by "The defence barrister, Name"
        "A 54-year-old man went on trial at Bristol Crown Court on Monday accused of stabbing his "
        "neighbour to death after a long-running dispute over a shared driveway.\n\n"
        "Colin Ashworth, of Marlow Close, Keynsham Vale, denies the murder of Derek Poole, 61, on "
        "the evening of 14 March. He admits manslaughter.\n\n"
        "Prosecuting, Helen Marsh KC told jurors that Ashworth had waited for Mr Poole behind a "
        'hedge with a kitchen knife. "This was not a row that got out of hand. This was an '
        'ambush," she said.\n\n'
        "The 54-year-old, wearing a grey suit, spoke only to confirm his name and to say he "
        'understood the charge. The defence barrister, Rupert Ellison, asked jurors to keep "an '
        'open mind until you have heard both sides".\n\n'
        "The trial, which is expected to last three weeks, continues.",
        [
            (
                I,
                ["Ashworth had waited for Mr Poole behind a hedge with a kitchen knife"],
                "Helen Marsh",
            ),
            (D, ["This was not a row that got out of hand. This was an ambush"], "Helen Marsh"),
            (I, ["he understood the charge"], "Colin Ashworth"),
            (P, ["an open mind until you have heard both sides"], "Rupert Ellison"),
        ],
    ),
    (  # 2 missing woman, two women speaking: ""A," Detective Chief Inspector Name of X said at a
        # press conference on Monday. "B."" (two direct quotes, rank dropped, the second one's
        # period kept), "Her mother, Name, …, made a direct appeal to the public." (noun object)
        # then an unattributed two-sentence direct that is hers
        "Detectives have renewed their appeal for information about a 26-year-old woman who has "
        "not been seen since she left a nightclub in Ormskirk Vale in the early hours of Saturday "
        "22 November.\n\n"
        "Kayleigh Whitlow was captured on CCTV walking alone along Derby Street at 2.14am.\n\n"
        '"We are keeping an open mind," Detective Chief Inspector Sarah Quinlan of West Pennine '
        'Police said at a press conference on Monday. "But I can tell you that we are now '
        "treating Kayleigh's disappearance as suspicious.\"\n\n"
        "A 39-year-old man arrested on Friday has been released on bail.\n\n"
        "Her mother, Denise Whitlow, who sat beside the detective, made a direct appeal to the "
        'public. "Somebody knows where my daughter is. Please, just pick up the phone."',
        [
            (D, ["We are keeping an open mind"], "Sarah Quinlan"),
            (
                D,
                [
                    "But I can tell you that we are now treating Kayleigh's disappearance as "
                    "suspicious."
                ],
                "Sarah Quinlan",
            ),
            (
                D,
                ["Somebody knows where my daughter is. Please, just pick up the phone."],
                "Denise Whitlow",
            ),
        ],
    ),
    (  # 3 prison officers' union on assaults: "…, the Name said on Tuesday, as it called for"
        # (the union as an organisation, the part before; "called for" with a noun object not
        # annotated), direct + "said Name, the federation's national chair", partial after
        # "described his wing as" by "One officer at the jail, who asked not to be named"
        # (unnamed, a second man), "A Name spokesperson declined to comment on the figures but
        # said" (noun object, then an indirect without "that" for the ministry)
        "Assaults on staff at HMP Ravensmoor rose by 41% in the year to September, the Prison "
        "Staff Federation said on Tuesday, as it called for the category B jail to be placed in "
        "special measures.\n\n"
        '"Officers are going to work not knowing whether they will come home in one piece," said '
        "Mark Dalby, the federation's national chair.\n\n"
        "One officer at the jail, who asked not to be named for fear of disciplinary action, "
        'described his wing as "a pressure cooker with the lid welded shut".\n\n'
        "A Ministry of Justice spokesperson declined to comment on the figures but said "
        "recruitment at the prison was a priority.",
        [
            (
                I,
                ["Assaults on staff at HMP Ravensmoor rose by 41% in the year to September"],
                "Prison Staff Federation",
            ),
            (
                D,
                ["Officers are going to work not knowing whether they will come home in one piece"],
                "Mark Dalby",
            ),
            (P, ["a pressure cooker with the lid welded shut"], "officer"),
            (I, ["recruitment at the prison was a priority"], "Ministry of Justice"),
        ],
    ),
    (  # 4 US federal fraud verdict, wire-service style: "…, according to prosecutors." (the part
        # before, unnamed plural), direct + "U.S. Attorney Name said in a statement" (title
        # dropped), "Voss's lawyer, Name, said his client would" (no "that"), a judge who rules
        # but does not speak
        "A federal jury in Sacramento on Thursday convicted Bradley Voss, the former chief "
        "executive of water-purification startup Helix Hydro, of defrauding investors of more than "
        "$140 million.\n\n"
        "Jurors deliberated for two days before finding Voss, 61, guilty on nine counts of wire "
        "fraud and one count of conspiracy. He faces up to 20 years in prison on each count, "
        "according to prosecutors.\n\n"
        '"The jury saw through years of lies told to investors, employees and regulators," U.S. '
        "Attorney Kimberly Odom said in a statement.\n\n"
        "Voss's lawyer, Michael Trent, said his client would appeal. U.S. District Judge Raymond "
        "Castellano allowed Voss to remain free on a $5 million bond until sentencing, set for "
        "March 14.",
        [
            (I, ["He faces up to 20 years in prison on each count"], "prosecutors"),
            (
                D,
                ["The jury saw through years of lies told to investors, employees and regulators"],
                "Kimberly Odom",
            ),
            (I, ["his client would appeal"], "Michael Trent"),
        ],
    ),
    (  # 5 sentencing for a teenager's murder, curly quotes: a victim impact statement introduced
        # by "described the moment" (noun object) and continued over two paragraphs with no
        # attribution after it (one quote, one span per paragraph, both periods kept), partial
        # inside "Judge Name told the defendants they had", "Outside court, Amir's uncle, Name,
        # said the family would" (a second Rahimi)
        "Two young men who stabbed an 18-year-old to death for his mobile phone were jailed for "
        "life at Birmingham Crown Court on Friday.\n\n"
        "Kyle Mercer, 19, and Jordan Lacey, 20, were convicted last month of murdering Amir Rahimi "
        "in a park in Small Heath in May. Mercer must serve at least 18 years and Lacey at least "
        "16.\n\n"
        "In a statement read to the court, Amir's mother, Farida Rahimi, described the moment "
        "police knocked on her door. “I opened it and I knew. They did not need to say "
        "anything.\n\n"
        "“Every night I still set five places at the table, and every night I take one away.”\n\n"
        "Sentencing, Judge Nicholas Brent told the defendants they had “taken a life for a phone "
        "worth £200”. Outside court, Amir's uncle, Javed Rahimi, said the family would campaign "
        "for tougher sentences for carrying knives.",
        [
            (
                D,
                [
                    "I opened it and I knew. They did not need to say anything.",
                    "Every night I still set five places at the table, and every night I take one "
                    "away.",
                ],
                "Farida Rahimi",
            ),
            (P, ["taken a life for a phone worth £200"], "Nicholas Brent"),
            (
                I,
                ["the family would campaign for tougher sentences for carrying knives"],
                "Javed Rahimi",
            ),
        ],
    ),
    (  # 6 police misconduct hearing, two women and a man: partial inside "The panel's chair,
        # Name, said the messages had" (only the partial), partial inside "The 32-year-old told
        # the hearing he was" (epithet for "PC Name, 32,", rank dropped), "Assistant Chief
        # Constable Name said: "…"" (two-sentence direct after a colon, final period kept)
        "A police constable who shared racist and misogynistic memes in a WhatsApp group with "
        "colleagues has been dismissed without notice.\n\n"
        "PC Daniel Hurst, 32, of Northmoor Constabulary, admitted gross misconduct at a hearing in "
        "Wakefield. The panel's chair, Gillian Okafor, said the messages had \"fundamentally "
        'undermined the trust the public places in this force".\n\n'
        'The 32-year-old told the hearing he was "deeply ashamed" and had since completed an '
        "equality course.\n\n"
        'Assistant Chief Constable Rebecca Lowe said: "There is no place in policing for people '
        'who hold these views. We will root them out."\n\n'
        "Two other officers in the group face hearings next year.",
        [
            (
                P,
                ["fundamentally undermined the trust the public places in this force"],
                "Gillian Okafor",
            ),
            (P, ["deeply ashamed"], "Daniel Hurst"),
            (
                D,
                [
                    "There is no place in policing for people who hold these views. We will root "
                    "them out."
                ],
                "Rebecca Lowe",
            ),
        ],
    ),
    (  # 7 no quote: man charged after a stabbing, "did not enter a plea", "was remanded" (no
        # speech reported)
        "A 23-year-old man has been charged with attempted murder after a man was seriously "
        "injured in a stabbing outside a takeaway in Dunmore Road, Hexley, on Sunday night.\n\n"
        "Liam Gorton, of no fixed address, appeared before Hexley Magistrates' Court on Tuesday. "
        "He did not enter a plea and was remanded in custody to appear at Newcastle Crown Court on "
        "2 January.\n\n"
        "The victim, a 41-year-old man, remains in hospital in a serious but stable condition. A "
        "second man arrested in connection with the attack has been released without charge.",
        [],
    ),
    (  # 8 prison inspection report: a sentence opening with partial quoted words "Conditions at
        # X are "…", the chief inspector of prisons, Name, said" (only the partial), "The Name
        # said it accepted … and that …" (the service as an organisation, one indirect), two-
        # sentence direct + "said one mother, whose son …" (unnamed)
        'Conditions at HMP Eastfold are "among the worst I have seen in 30 years of inspecting '
        'prisons", the chief inspector of prisons, Martin Cheadle, said in a report published on '
        "Wednesday.\n\n"
        "During an unannounced visit in August, inspectors saw rats in the kitchens. Prisoners on "
        "two wings were locked in their cells for up to 22 hours a day.\n\n"
        "The Prison Service said it accepted all 24 of the inspectorate's recommendations and that "
        "a new governor had taken up her post last month.\n\n"
        "\"My son rings me crying. He's 20 and he's frightened all the time,\" said one mother, "
        "whose son is serving a four-year sentence at the jail.",
        [
            (
                P,
                ["among the worst I have seen in 30 years of inspecting prisons"],
                "Martin Cheadle",
            ),
            (
                I,
                [
                    "it accepted all 24 of the inspectorate's recommendations and that a new "
                    "governor had taken up her post last month"
                ],
                "Prison Service",
            ),
            (D, ["My son rings me crying. He's 20 and he's frightened all the time"], "mother"),
        ],
    ),
    (  # 9 magistrates' court, local paper: "Chairing the bench, Name told him: "…"" (direct
        # after a colon, final period kept), partial inside "Defending, Name said the 27-year-old
        # had lost his job and was" (only the partial; the epithet is the subject of the reported
        # clause, not a speaker)
        "A delivery driver who reached 112mph on the A64 while filming himself on his phone has "
        "been banned from driving for two years.\n\n"
        "Ryan Pickles, of Glebe Terrace, Malton Bridge, pleaded guilty to dangerous driving at "
        "Scarborough Magistrates' Court on Thursday. The court was shown footage he had posted on "
        "social media.\n\n"
        'Chairing the bench, Pauline Greaves told him: "You are extremely lucky that nobody was '
        'killed, including you."\n\n'
        'Defending, Tom Barraclough said the 27-year-old had lost his job and was "genuinely '
        'remorseful". Pickles was also ordered to complete 150 hours of unpaid work.',
        [
            (
                D,
                ["You are extremely lucky that nobody was killed, including you."],
                "Pauline Greaves",
            ),
            (P, ["genuinely remorseful"], "Tom Barraclough"),
        ],
    ),
    (  # 10 US police shooting, two women: "Police Chief Name told reporters the officer had" (no
        # "that", title dropped), direct + "Surname said", "rejected that account" (noun object)
        # then ""A," she said. "B. C."" (two direct quotes, both the sister's, the second one's
        # period kept)
        "Protesters gathered outside police headquarters in Harlow Springs, Ohio, on Wednesday "
        "night after an officer shot dead a 24-year-old man during a traffic stop.\n\n"
        "Police Chief Latoya Grimes told reporters the officer had fired after the man pointed "
        "what turned out to be a replica handgun. “I understand the anger in this community, and I "
        "share the desire for answers,” Grimes said.\n\n"
        "The man's sister, Tasha Bell, rejected that account. “He never pointed anything at "
        "anybody,” she said. “He was holding his phone. He was filming them.”\n\n"
        "The officer, a nine-year veteran, has been placed on administrative leave.",
        [
            (
                I,
                [
                    "the officer had fired after the man pointed what turned out to be a replica "
                    "handgun"
                ],
                "Latoya Grimes",
            ),
            (
                D,
                ["I understand the anger in this community, and I share the desire for answers"],
                "Latoya Grimes",
            ),
            (D, ["He never pointed anything at anybody"], "Tasha Bell"),
            (D, ["He was holding his phone. He was filming them."], "Tasha Bell"),
        ],
    ),
    (  # 11 Scottish murder acquittal: partial inside "The advocate depute, Name, had told the
        # jury that the evidence against the 47-year-old was" (only the partial), "Defending, Name
        # KC argued that … and that …" (one indirect, postnominal dropped), "a family friend of
        # the X said: "…"" (unnamed, two-sentence direct)
        "A jury at the High Court in Glasgow has cleared a man of murdering a pub landlord in "
        "Paisley in 2022.\n\n"
        "Gordon Baird, 47, had been accused of killing Alan McFadyen, 58, who was found dead in "
        "the cellar of the Thistle Bar.\n\n"
        "The advocate depute, Fiona McAlister, had told the jury that the evidence against the "
        '47-year-old was "overwhelming". Defending, Iain Drummond KC argued that the '
        "identification evidence was unreliable and that no forensic link had been found.\n\n"
        'Outside court, a family friend of the McFadyens said: "He walked out of that court a '
        'free man. Alan never will."',
        [
            (P, ["overwhelming"], "Fiona McAlister"),
            (
                I,
                [
                    "the identification evidence was unreliable and that no forensic link had been "
                    "found"
                ],
                "Iain Drummond",
            ),
            (D, ["He walked out of that court a free man. Alan never will."], "family friend"),
        ],
    ),
    (  # 12 Irish drugs seizure: "…, gardaí said on Sunday." (unnamed plural, the part before),
        # "Detective Superintendent Name, who leads …, was blunt." (no speech verb) then a two-
        # sentence direct + "he said" (pronoun, rank dropped)
        "Cocaine with an estimated street value of €21 million has been seized from a shipping "
        "container at the Port of Kilbrannagh, Co Wexford, gardaí said on Sunday.\n\n"
        "Two men, aged 34 and 51, were arrested at a warehouse in Co Kildare and are being held at "
        "Naas Garda station.\n\n"
        'Detective Superintendent Ciarán Walsh, who leads the investigation, was blunt. "These '
        'are not small operators. This is organised crime working at an international level," he '
        "said.\n\n"
        "The container, which arrived from Ecuador, had been declared as carrying bananas.",
        [
            (
                I,
                [
                    "Cocaine with an estimated street value of €21 million has been seized from a "
                    "shipping container at the Port of Kilbrannagh, Co Wexford"
                ],
                "gardaí",
            ),
            (
                D,
                [
                    "These are not small operators. This is organised crime working at an "
                    "international level"
                ],
                "Ciarán Walsh",
            ),
        ],
    ),
    (  # 13 miscarriage of justice, curly quotes: partial inside "Lady Justice Surname said new
        # DNA evidence rendered the conviction" (judicial title dropped), "“A,” the 58-year-old
        # said on the steps …, his sister at his side. “B.”" (epithet, two direct quotes), "has
        # always denied" (noun object)
        "Stephen Ollerton, who spent 19 years in prison for a murder he has always denied, walked "
        "free from the Court of Appeal on Thursday after three judges quashed his conviction.\n\n"
        "Lady Justice Harcourt said new DNA evidence rendered the conviction “unsafe”. The Crown "
        "did not oppose the appeal.\n\n"
        "“Nineteen years. Nobody can give them back to me,” the 58-year-old said on the steps of "
        "the Royal Courts of Justice, his sister at his side. “But today I can breathe again.”\n\n"
        "Mr Ollerton was convicted in 2007 of killing a taxi driver in Rochdale.",
        [
            (P, ["unsafe"], "Harcourt"),
            (D, ["Nineteen years. Nobody can give them back to me"], "Stephen Ollerton"),
            (D, ["But today I can breathe again."], "Stephen Ollerton"),
        ],
    ),
    (  # 14 inquest into a death in custody, four women: partial inside "A coroner has found
        # that" (unnamed noun for the coroner named later as "Coroner Name"), "The prison's
        # governor, Name, told the inquest staff had" (no "that"), "her mother, Name, said: "…""
        # (two-sentence direct, final period kept)
        'A coroner has found that "a series of missed opportunities" by staff at HMP Ashdene '
        "contributed to the death of a 23-year-old woman who took her own life in her cell.\n\n"
        "Natalia Kowalski was found unresponsive on 3 February 2025, five days after being moved "
        "to the segregation unit. She had been assessed as at risk of self-harm when she arrived "
        "at the prison.\n\n"
        "Coroner Janet Ellery will send a report to the Ministry of Justice to prevent future "
        "deaths. The prison's governor, Claire Templeton, told the inquest staff had since "
        "received additional training.\n\n"
        'Outside the hearing, her mother, Barbara Kowalski, said: "Natalia asked for help again '
        'and again. Nobody listened."',
        [
            (P, ["a series of missed opportunities"], "Janet Ellery"),
            (I, ["staff had since received additional training"], "Claire Templeton"),
            (D, ["Natalia asked for help again and again. Nobody listened."], "Barbara Kowalski"),
        ],
    ),
    (  # 15 Australian youth crime row, two men: partial inside "Queensland's police commissioner
        # has told a parliamentary committee that the state" (role for the commissioner named in
        # the next paragraph), two-sentence direct + "Commissioner Name told a budget estimates
        # hearing" (title dropped), "Police Minister Name said the government would" (no "that")
        "Queensland's police commissioner has told a parliamentary committee that the state \"will "
        'not arrest its way out" of a rise in youth crime, putting him at odds with the '
        "government's tough-on-crime message.\n\n"
        '"Locking up more 14-year-olds is not a strategy. It\'s an admission of failure," '
        "Commissioner Graham Tully told a budget estimates hearing in Brisbane on Wednesday.\n\n"
        "Police Minister Dean Kowal said the government would press ahead with laws allowing "
        "children as young as 12 to be tried as adults for serious offences. The opposition voted "
        "against the bill.",
        [
            (P, ["will not arrest its way out"], "Graham Tully"),
            (
                D,
                ["Locking up more 14-year-olds is not a strategy. It's an admission of failure"],
                "Graham Tully",
            ),
            (
                I,
                [
                    "the government would press ahead with laws allowing children as young as 12 "
                    "to be tried as adults for serious offences"
                ],
                "Dean Kowal",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout121.jsonl"),
        "heldout121",
        "h121",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
