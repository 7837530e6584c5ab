"""Source of the thirtieth held-out set: writes heldout30.jsonl (split "heldout30").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like national politics, health, science and business copy from the big dailies
(parliamentary debates, ministers and opposition, hospitals, studies, company results, strikes,
court rulings), longer pieces with several speakers re-mentioned by title or pronoun.
Measured once before (extractor 0.3.0) and once after extractors 0.15.0 and 0.16.0
(docs/EXTRACTION.md); not read when 0.16.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout30.py
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
    (  # 1 Assemblée, urgences: no-break spaces, minister re-mentioned as "la ministre", -t-elle
        "L'Assemblée nationale a entamé mardi l'examen du projet de loi sur l'organisation des "
        "urgences hospitalières, un texte qui prévoit notamment une régulation téléphonique "
        "obligatoire des admissions la nuit dans les services les plus engorgés. Il prévoit "
        "aussi le financement de 1 200 postes d'infirmiers supplémentaires dès le printemps.\n\n"
        "«\u00a0Nous ne fermons aucun service, nous organisons l'accès aux soins\u00a0», a lancé "
        "la ministre de la Santé, Hélène Garrigou-Vasseur, à l'ouverture des débats, devant un "
        "hémicycle clairsemé.\n\n"
        "Sur les bancs de l'opposition, le député Fabrice Lenormand (Gauche populaire) a "
        "dénoncé «\u00a0un tri des patients qui ne dit pas son nom\u00a0», alors que plusieurs "
        "services ont déjà dû fermer la nuit cet été faute de médecins.\n\n"
        "Le rapporteur du texte, Maxime Aubertin (Renouveau), a déposé une quarantaine "
        "d'amendements de précision, dont l'un limite l'expérimentation à trois ans. Les "
        "députés doivent se prononcer sur l'ensemble du projet mardi prochain.\n\n"
        "Interrogée à la sortie de l'hémicycle sur le calendrier, la ministre s'est voulue "
        "prudente. «\u00a0Le texte n'est pas figé. Si les amendements améliorent la prise en "
        "charge des patients, nous les retiendrons\u00a0», a-t-elle assuré.",
        [
            (
                D,
                ["Nous ne fermons aucun service, nous organisons l'accès aux soins"],
                "Hélène Garrigou-Vasseur",
            ),
            (P, ["un tri des patients qui ne dit pas son nom"], "Fabrice Lenormand"),
            (
                D,
                [
                    "Le texte n'est pas figé. Si les amendements améliorent la prise en charge "
                    "des patients, nous les retiendrons"
                ],
                "Hélène Garrigou-Vasseur",
            ),
        ],
    ),
    (  # 2 company results: no spaces inside « », PDG by apposition, partial after "accusé ... d'avoir"
        "Le groupe agroalimentaire Brevandine a publié jeudi un bénéfice net en recul de 18 %, "
        "à 412 millions d'euros, pour les neuf premiers mois de l'année, pénalisé par la "
        "flambée du prix du cacao et par un conflit social dans deux de ses usines du Nord.\n\n"
        "«Le troisième trimestre a été le plus difficile depuis dix ans. Mais nos volumes se "
        "stabilisent, et nous maintenons notre objectif de marge pour l'année», a assuré sa "
        "présidente-directrice générale, Laurence Méribel-Ducros, lors d'une conférence "
        "téléphonique avec les analystes.\n\n"
        "La dirigeante a par ailleurs confirmé la fermeture, d'ici à la fin 2027, de la ligne "
        "de biscuits de Saint-Amand-sur-Selle, qui emploie 140 salariés. Une annonce qui a "
        "provoqué la colère des syndicats.\n\n"
        "Le délégué central de l'Union des salariés de l'alimentation (USAL), Karim Benattar, "
        "a accusé la direction d'avoir «menti aux salariés pendant des mois». La grève, "
        "entamée le 3 novembre à Saint-Amand-sur-Selle et à Lorvaux, doit être reconduite "
        "lundi.\n\n"
        "À la Bourse de Paris, le titre Brevandine a cédé 6,2 % à la clôture, sa plus forte "
        "baisse depuis mars 2023.",
        [
            (
                D,
                [
                    "Le troisième trimestre a été le plus difficile depuis dix ans. Mais nos "
                    "volumes se stabilisent, et nous maintenons notre objectif de marge pour "
                    "l'année"
                ],
                "Laurence Méribel-Ducros",
            ),
            (P, ["menti aux salariés pendant des mois"], "Karim Benattar"),
        ],
    ),
    (  # 3 court ruling: narrow no-break spaces, company as speaker of "a fait savoir qu'"
        "La cour d'appel de Rennes a condamné mercredi la société Armorique Granulats à verser "
        "2,3 millions d'euros de dommages et intérêts à quatre communes pour la pollution de la "
        "rivière Ével entre 2019 et 2022. Dans son arrêt, la cour retient la responsabilité de "
        "l'entreprise dans les rejets de boues de sa carrière de Guénolé, qui avaient provoqué "
        "la mort de plusieurs tonnes de poissons.\n\n"
        "«\u202fC'est une victoire pour les riverains, qui se battent depuis sept ans\u202f», "
        "s'est félicitée l'avocate des communes, Armelle Kerdoncuff, à la sortie de "
        "l'audience. Les sommes doivent servir à restaurer les berges et à indemniser les "
        "pêcheurs professionnels.\n\n"
        "L'entreprise a fait savoir qu'elle se pourvoirait en cassation. «\u202fLa société a "
        "toujours respecté les normes qui lui étaient imposées par la préfecture. Nous "
        "contestons l'idée même d'une faute\u202f», a déclaré son directeur général, Thierry "
        "Le Goff, joint par téléphone.\n\n"
        "Le maire de l'une des communes concernées, Yannick Le Bihan, n'a pas souhaité "
        "commenter la décision avant une réunion de son conseil municipal, prévue lundi.",
        [
            (
                D,
                ["C'est une victoire pour les riverains, qui se battent depuis sept ans"],
                "Armelle Kerdoncuff",
            ),
            (I, ["elle se pourvoirait en cassation"], "Armorique Granulats"),
            (
                D,
                [
                    "La société a toujours respecté les normes qui lui étaient imposées par la "
                    "préfecture. Nous contestons l'idée même d'une faute"
                ],
                "Thierry Le Goff",
            ),
        ],
    ),
    (  # 4 study on sleep: plain spaces, "Selon la chercheuse", "Pour X, « »"
        "Les adolescents qui consultent leur téléphone après 23 heures dorment en moyenne 47 "
        "minutes de moins que les autres. C'est la principale conclusion d'une étude publiée "
        "lundi dans la revue Sommeil et Rythmes par une équipe de l'Institut Lavoisier de "
        "recherche médicale, à Lyon, qui a suivi pendant trois ans 4 800 collégiens et "
        "lycéens.\n\n"
        "« Nous nous attendions à un effet, mais pas d'une telle ampleur », explique la "
        "docteure Nathalie Roussel-Béranger, qui a dirigé les travaux. Selon la chercheuse, le "
        "problème tient moins à la lumière des écrans qu'aux notifications, qui réveillent les "
        "jeunes en pleine nuit sans qu'ils s'en souviennent le lendemain.\n\n"
        "Les effets se font sentir jusque dans les résultats scolaires : les élèves les plus "
        "exposés ont deux fois plus de risques de redoubler.\n\n"
        "Pour Julien Masclet, pédopsychiatre à l'hôpital Saint-Vincent de Bordeaux, qui n'a "
        "pas participé à l'étude, « ces résultats confirment ce que nous voyons tous les jours "
        "en consultation : des enfants épuisés, irritables, qui décrochent ».\n\n"
        "Le ministère de l'Éducation nationale doit recevoir l'équipe lyonnaise le 9 "
        "décembre.",
        [
            (
                D,
                ["Nous nous attendions à un effet, mais pas d'une telle ampleur"],
                "Nathalie Roussel-Béranger",
            ),
            (
                I,
                [
                    "le problème tient moins à la lumière des écrans qu'aux notifications, qui "
                    "réveillent les jeunes en pleine nuit sans qu'ils s'en souviennent le "
                    "lendemain"
                ],
                "Nathalie Roussel-Béranger",
            ),
            (
                D,
                [
                    "ces résultats confirment ce que nous voyons tous les jours en consultation "
                    ": des enfants épuisés, irritables, qui décrochent"
                ],
                "Julien Masclet",
            ),
        ],
    ),
    (  # 5 Sénat, police municipale: quote split by an incise, partial, "a annoncé que"
        "Le Sénat a adopté dans la nuit de mercredi à jeudi, par 198 voix contre 121, la "
        "proposition de loi élargissant les pouvoirs des polices municipales, qui pourront "
        "notamment procéder à des contrôles d'identité et consulter certains fichiers.\n\n"
        "« Les maires nous le demandent depuis des années, a déclaré le ministre de "
        "l'Intérieur, Grégoire Vallaury, en défendant le texte. Ils sont en première ligne face "
        "à la délinquance du quotidien, il est temps de leur en donner les moyens. »\n\n"
        "Les groupes de gauche ont voté contre. La sénatrice écologiste Maud Terrasson a "
        "fustigé « une police à deux vitesses, selon la richesse des communes », les plus "
        "petites n'ayant pas les moyens de recruter des agents. Le président du groupe "
        "socialiste, Alain Berthomier, a annoncé que ses collègues saisiraient le Conseil "
        "constitutionnel dès l'adoption définitive du texte.\n\n"
        "Celui-ci doit encore être examiné par l'Assemblée nationale au début de l'année "
        "prochaine.",
        [
            (
                D,
                [
                    "Les maires nous le demandent depuis des années",
                    "Ils sont en première ligne face à la délinquance du quotidien, il est "
                    "temps de leur en donner les moyens.",
                ],
                "Grégoire Vallaury",
            ),
            (P, ["une police à deux vitesses, selon la richesse des communes"], "Maud Terrasson"),
            (
                I,
                [
                    "ses collègues saisiraient le Conseil constitutionnel dès l'adoption définitive du texte"
                ],
                "Alain Berthomier",
            ),
        ],
    ),
    (  # 6 strike at a car plant: no spaces, speaker after the verb, company, "Mme X ... -t-elle"
        "Les salariés de l'usine Orvel de Valcourt ont voté jeudi, à main levée, la poursuite "
        "de la grève entamée il y a neuf jours contre le projet de suppression de 600 postes "
        "sur les 2 100 que compte le site.\n\n"
        "«On ne reprendra pas le travail pour signer notre propre licenciement», a lancé "
        "devant l'assemblée générale Sandrine Poulhès, secrétaire de la section syndicale CFT "
        "de l'usine, sous les applaudissements.\n\n"
        "La direction d'Orvel a fait savoir dans la soirée qu'elle restait ouverte au "
        "dialogue. Le ministre de l'Industrie, Paul-Henri Daguerre, doit recevoir syndicats et "
        "dirigeants lundi à Bercy.\n\n"
        "Mme Poulhès, elle, n'attend pas grand-chose de cette réunion. «Des promesses, on en a "
        "eu en 2019. Trois ans plus tard, l'atelier de peinture fermait», rappelle-t-elle.",
        [
            (
                D,
                ["On ne reprendra pas le travail pour signer notre propre licenciement"],
                "Sandrine Poulhès",
            ),
            (I, ["elle restait ouverte au dialogue"], "Orvel"),
            (
                D,
                [
                    "Des promesses, on en a eu en 2019. Trois ans plus tard, l'atelier de peinture fermait"
                ],
                "Sandrine Poulhès",
            ),
        ],
    ),
    (  # 7 hospital plan blanc: no-break spaces, "Selon le ministère", nurse after the verb
        "Le centre hospitalier universitaire de Mareuil a déclenché mardi son plan blanc, face "
        "à un afflux inédit de nourrissons atteints de bronchiolite. Une vingtaine "
        "d'opérations programmées ont été reportées pour libérer du personnel.\n\n"
        "«\u00a0Nous avons ouvert onze lits supplémentaires en quarante-huit heures, et ils sont "
        "déjà tous occupés\u00a0», a expliqué le chef du service de pédiatrie, le professeur "
        "Yann Castaing. Une dizaine d'enfants ont dû être transférés vers les hôpitaux voisins "
        "depuis dimanche.\n\n"
        "Selon le ministère de la Santé, l'épidémie a atteint son pic dans quatre régions sur "
        "treize, et devrait refluer d'ici à la mi-décembre.\n\n"
        "Dans le service, les soignants pointent surtout le manque de personnel. «\u00a0On ne "
        "manque pas de lits, on manque de bras\u00a0», résume Céline Arnaudet, infirmière "
        "puéricultrice depuis quinze ans à Mareuil. La direction de l'hôpital a lancé une "
        "campagne de recrutement d'intérimaires.",
        [
            (
                D,
                [
                    "Nous avons ouvert onze lits supplémentaires en quarante-huit heures, et ils "
                    "sont déjà tous occupés"
                ],
                "Yann Castaing",
            ),
            (
                I,
                [
                    "l'épidémie a atteint son pic dans quatre régions sur treize, et devrait "
                    "refluer d'ici à la mi-décembre"
                ],
                "ministère de la Santé",
            ),
            (D, ["On ne manque pas de lits, on manque de bras"], "Céline Arnaudet"),
        ],
    ),
    (  # 8 motion de censure: "le Premier ministre" resolved to the name, group as speaker
        "Le gouvernement de Bernard Castelnau-Ribes a survécu lundi à une troisième motion de "
        "censure depuis la rentrée. Le texte, déposé par la droite nationale, n'a recueilli "
        "que 251 voix, loin des 289 nécessaires pour renverser le gouvernement.\n\n"
        "«Cette motion n'avait qu'un objectif: bloquer le pays au moment où il a besoin de "
        "stabilité», a réagi le Premier ministre depuis la tribune, visiblement soulagé.\n\n"
        "La présidente du groupe Rassemblement citoyen, Mathilde Oriol, à l'origine du texte, "
        "a promis de «recommencer autant de fois qu'il le faudra» d'ici à l'adoption du "
        "budget.\n\n"
        "Le groupe des Démocrates de progrès, dont les 22 députés se sont abstenus, a fait "
        "savoir qu'il ne voterait pas le budget en l'état. Son président, Lucien Ferradou, "
        "doit être reçu mercredi à Matignon.",
        [
            (
                D,
                [
                    "Cette motion n'avait qu'un objectif: bloquer le pays au moment où il a "
                    "besoin de stabilité"
                ],
                "Bernard Castelnau-Ribes",
            ),
            (P, ["recommencer autant de fois qu'il le faudra"], "Mathilde Oriol"),
            (I, ["il ne voterait pas le budget en l'état"], "Démocrates de progrès"),
        ],
    ),
    (  # 9 start-up fundraising: “ ” in French, "a annoncé avoir", "Pour X, “…”"
        "La jeune pousse lyonnaise Cytalys, qui développe des tests de dépistage rapide des "
        "infections urinaires, a annoncé mardi avoir levé 48 millions d'euros auprès de deux "
        "fonds, Orion Santé Capital et Meridia Ventures. Il s'agit de l'une des plus "
        "importantes levées de l'année dans le diagnostic médical en France.\n\n"
        "“Cet argent va nous permettre de passer de la paillasse à l'usine”, résume sa "
        "cofondatrice et présidente, Amandine Leclercq-Sorel, ancienne biologiste "
        "hospitalière. La société prévoit d'ouvrir un site de production près de Villeurbanne "
        "d'ici à 2028 et d'y recruter 120 personnes.\n\n"
        "Pour Olivier Nguyen-Tallec, associé chez Orion Santé Capital, “le marché du "
        "diagnostic rapide va doubler en cinq ans, et les Européens ont une carte à jouer face "
        "aux géants américains”.\n\n"
        "Cytalys, qui compte aujourd'hui 65 salariés, espère obtenir le marquage CE pour son "
        "premier test au printemps.",
        [
            (
                I,
                [
                    "avoir levé 48 millions d'euros auprès de deux fonds, Orion Santé Capital et "
                    "Meridia Ventures"
                ],
                "Cytalys",
            ),
            (
                D,
                ["Cet argent va nous permettre de passer de la paillasse à l'usine"],
                "Amandine Leclercq-Sorel",
            ),
            (
                D,
                [
                    "le marché du diagnostic rapide va doubler en cinq ans, et les Européens ont "
                    "une carte à jouer face aux géants américains"
                ],
                "Olivier Nguyen-Tallec",
            ),
        ],
    ),
    (  # 10 corruption trial: plain spaces, prosecutor, defence partial, "l'ancien élu a assuré qu'"
        "Le parquet a requis jeudi deux ans de prison avec sursis et cinq ans d'inéligibilité "
        "contre l'ancien maire de Sainte-Aurèle, Gérard Mauduit, jugé depuis lundi par le "
        "tribunal correctionnel de Nîmes pour favoritisme dans l'attribution de marchés publics "
        "entre 2016 et 2021.\n\n"
        "« M. Mauduit a géré sa commune comme une entreprise familiale », a lancé le "
        "procureur, Hugues Delestre, dans un réquisitoire d'une heure et demie. L'enquête a mis "
        "au jour plus de 3,4 millions d'euros de travaux confiés sans mise en concurrence à des "
        "sociétés dirigées par des proches de l'élu.\n\n"
        "L'avocate de la défense, Valérie Ostrowski, a plaidé la relaxe en dénonçant « un "
        "dossier bâti sur des rumeurs et des rancœurs politiques ».\n\n"
        "Invité à s'exprimer en dernier, l'ancien élu, âgé de 71 ans, a assuré qu'il n'avait "
        "jamais tiré le moindre profit personnel de ces marchés. Le jugement a été mis en "
        "délibéré au 15 janvier.",
        [
            (D, ["M. Mauduit a géré sa commune comme une entreprise familiale"], "Hugues Delestre"),
            (
                P,
                ["un dossier bâti sur des rumeurs et des rancœurs politiques"],
                "Valérie Ostrowski",
            ),
            (
                I,
                ["il n'avait jamais tiré le moindre profit personnel de ces marchés"],
                "Gérard Mauduit",
            ),
        ],
    ),
    (  # 11 glacier study: narrow no-break spaces, "La chercheuse souligne que", "dit-il"
        "Le glacier d'Arvenne, l'un des derniers du massif de l'Aigueblanche, a perdu près d'un "
        "tiers de son épaisseur depuis 2015. C'est le constat dressé mardi par les chercheurs "
        "du Laboratoire des environnements de montagne (LEM), qui publient leurs mesures dans "
        "la revue Cryosphère Europe.\n\n"
        "«\u202fÀ ce rythme, il n'en restera que des plaques de glace morte d'ici une quinzaine "
        "d'années\u202f», prévient Lucie Barthélémy-Roux, glaciologue au LEM et coautrice de "
        "l'étude.\n\n"
        "La chercheuse souligne que l'été 2026, le plus chaud jamais mesuré dans la vallée, a "
        "effacé à lui seul l'équivalent de quatre années de fonte moyenne. Les relevés montrent "
        "aussi une accélération nette depuis 2022.\n\n"
        "Au village de Villard-d'Arvenne, en contrebas, le maire, Michel Jourdanet, s'inquiète "
        "surtout pour l'approvisionnement en eau pendant l'été. «\u202fLe glacier, c'est notre "
        "château d'eau. Sans lui, on devra acheter de l'eau et la monter par camion, comme en "
        "2022\u202f», dit-il.",
        [
            (
                D,
                [
                    "À ce rythme, il n'en restera que des plaques de glace morte d'ici une "
                    "quinzaine d'années"
                ],
                "Lucie Barthélémy-Roux",
            ),
            (
                I,
                [
                    "l'été 2026, le plus chaud jamais mesuré dans la vallée, a effacé à lui seul "
                    "l'équivalent de quatre années de fonte moyenne"
                ],
                "Lucie Barthélémy-Roux",
            ),
            (
                D,
                [
                    "Le glacier, c'est notre château d'eau. Sans lui, on devra acheter de l'eau "
                    "et la monter par camion, comme en 2022"
                ],
                "Michel Jourdanet",
            ),
        ],
    ),
    (  # 12 unemployment insurance reform: -t-elle, union as speaker, secretary general indirect
        "La ministre du Travail, Agnès Vercoutre, a présenté vendredi aux partenaires sociaux "
        "son projet de réforme de l'assurance chômage, qui réduirait de 18 à 15 mois la durée "
        "maximale d'indemnisation pour les demandeurs d'emploi de moins de 55 ans.\n\n"
        "«\u00a0Il ne s'agit pas de punir les chômeurs, mais de les inciter à reprendre un "
        "emploi dans les métiers qui recrutent\u00a0», a-t-elle déclaré à l'issue de la "
        "réunion, qui a duré près de quatre heures.\n\n"
        "Les organisations syndicales sont ressorties unanimement hostiles. La Confédération "
        "des travailleurs unis (CTU) a dénoncé dans un communiqué «\u00a0une réforme faite sur "
        "le dos des plus précaires\u00a0». Son secrétaire général, Rachid Bellamine, a prévenu "
        "que son organisation appellerait à manifester le 12 décembre si le texte n'était pas "
        "retiré.\n\n"
        "Côté patronal, l'Union des entreprises de France (UEF) doit présenter ses propositions "
        "la semaine prochaine. Le décret pourrait être publié avant le 1er mars.",
        [
            (
                D,
                [
                    "Il ne s'agit pas de punir les chômeurs, mais de les inciter à reprendre un "
                    "emploi dans les métiers qui recrutent"
                ],
                "Agnès Vercoutre",
            ),
            (
                P,
                ["une réforme faite sur le dos des plus précaires"],
                "Confédération des travailleurs unis",
            ),
            (
                I,
                [
                    "son organisation appellerait à manifester le 12 décembre si le texte "
                    "n'était pas retiré"
                ],
                "Rachid Bellamine",
            ),
        ],
    ),
    (  # 13 GPs' strike: plain spaces, "déplore X", "Selon la Fédération ..., à l'origine de l'appel,"
        "Les médecins généralistes sont appelés à fermer leurs cabinets du 2 au 4 décembre pour "
        "protester contre la proposition de loi régulant leur installation, adoptée en "
        "première lecture au Sénat la semaine dernière. Le texte interdirait toute nouvelle "
        "installation dans les zones jugées suffisamment dotées, sauf départ d'un confrère.\n\n"
        "« On nous présente comme des privilégiés alors que nous travaillons soixante heures "
        "par semaine et que personne ne veut reprendre nos patientèles », déplore Frédéric "
        "Amiel-Lacoste, généraliste installé depuis vingt-six ans à Saint-Orvin, dans la "
        "Sarthe.\n\n"
        "Selon la Fédération des médecins de proximité (FMP), à l'origine de l'appel, près de "
        "70 % des cabinets devraient rester fermés pendant les trois jours. Des gardes seront "
        "néanmoins assurées dans chaque département.\n\n"
        "Le ministre délégué à la Santé, Cyril Dambreville, doit recevoir les représentants de "
        "la profession lundi. Son cabinet n'a pas souhaité commenter le mouvement.",
        [
            (
                D,
                [
                    "On nous présente comme des privilégiés alors que nous travaillons soixante "
                    "heures par semaine et que personne ne veut reprendre nos patientèles"
                ],
                "Frédéric Amiel-Lacoste",
            ),
            (
                I,
                ["près de 70 % des cabinets devraient rester fermés pendant les trois jours"],
                "Fédération des médecins de proximité",
            ),
        ],
    ),
    (  # 14 retailer in receivership: narrow no-break spaces, two direct quotes after the quote
        "Le tribunal des activités économiques de Lille a placé mardi en redressement "
        "judiciaire l'enseigne de prêt-à-porter Mosaïk, qui emploie 1 850 salariés dans 212 "
        "magasins. La période d'observation doit durer six mois, le temps de trouver un ou "
        "plusieurs repreneurs.\n\n"
        "«\u202fLes salaires de novembre seront versés, c'est la première chose que nous avons "
        "vérifiée\u202f», a assuré l'administratrice judiciaire, Béatrice Fortier-Massol, à "
        "l'issue de l'audience.\n\n"
        "Au siège de l'entreprise, à Roubaix, l'inquiétude domine. «\u202fOn a appris la "
        "nouvelle par la presse, comme d'habitude. Personne ne nous dit combien de magasins "
        "vont fermer\u202f», a regretté Nadia Cherki, déléguée syndicale centrale, qui "
        "travaille depuis dix-neuf ans pour l'enseigne.\n\n"
        "Fondée en 1987, Mosaïk souffre de la concurrence des plateformes en ligne. Son "
        "chiffre d'affaires a reculé de 31 % en quatre ans.",
        [
            (
                D,
                [
                    "Les salaires de novembre seront versés, c'est la première chose que nous "
                    "avons vérifiée"
                ],
                "Béatrice Fortier-Massol",
            ),
            (
                D,
                [
                    "On a appris la nouvelle par la presse, comme d'habitude. Personne ne nous "
                    "dit combien de magasins vont fermer"
                ],
                "Nadia Cherki",
            ),
        ],
    ),
    (  # 15 questions au gouvernement: quote over two paragraphs, "La ministre a reconnu que « »"
        "Lors des questions au gouvernement, mardi, la députée Isabelle Rocquencourt (Alliance "
        "verte) a interpellé la ministre de l'Éducation nationale, Florence Ardouin-Meyer, sur "
        "les milliers de remplacements non assurés dans les écoles depuis la rentrée.\n\n"
        "« Dans ma circonscription, une classe de CE1 n'a pas eu d'enseignant pendant sept "
        "semaines. Sept semaines ! Les parents ont fini par faire classe eux-mêmes, à tour de "
        "rôle.\n\n"
        "« Madame la ministre, que comptez-vous faire pour ces enfants ? », a-t-elle lancé "
        "sous les applaudissements de la gauche.\n\n"
        "La ministre a reconnu que « près de 4 % des heures de cours » n'avaient pas été "
        "remplacées au premier trimestre. « Nous recrutons 3 000 contractuels supplémentaires "
        "d'ici à janvier, et chaque absence de plus de quinze jours sera remplacée », a-t-elle "
        "ajouté.\n\n"
        "Les syndicats enseignants appellent à la grève le 9 décembre.",
        [
            (
                D,
                [
                    "Dans ma circonscription, une classe de CE1 n'a pas eu d'enseignant pendant "
                    "sept semaines. Sept semaines ! Les parents ont fini par faire classe "
                    "eux-mêmes, à tour de rôle.",
                    "Madame la ministre, que comptez-vous faire pour ces enfants ?",
                ],
                "Isabelle Rocquencourt",
            ),
            (P, ["près de 4 % des heures de cours"], "Florence Ardouin-Meyer"),
            (
                D,
                [
                    "Nous recrutons 3 000 contractuels supplémentaires d'ici à janvier, et chaque "
                    "absence de plus de quinze jours sera remplacée"
                ],
                "Florence Ardouin-Meyer",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Commons vote: straight quotes, minister "told MPs" after the quote, backbencher partial
        "The government survived a backbench rebellion on Tuesday night as MPs voted by 312 to "
        "287 to approve plans to means-test the winter heating allowance for pensioners with "
        "savings above £40,000.\n\n"
        '"Nobody in this house enjoys making these choices, but the alternative is borrowing we '
        'cannot afford," the work and pensions secretary, Rebecca Ainsworth-Hale, told MPs at '
        "the close of a four-hour debate.\n\n"
        "Twenty-three government backbenchers voted against the measure. One of them, Gareth "
        'Pryce-Morgan, the MP for Caerwen North, said the policy would "punish the very people '
        'who did the right thing and saved".\n\n'
        "Opposition MPs, led by the shadow chancellor, Oliver Stanbridge, voted against the "
        "measure in full. About 1.2 million households are expected to lose the payment, worth "
        "up to £300 a year, and letters explaining the change will go out in January.",
        [
            (
                D,
                [
                    "Nobody in this house enjoys making these choices, but the alternative is "
                    "borrowing we cannot afford"
                ],
                "Rebecca Ainsworth-Hale",
            ),
            (
                P,
                ["punish the very people who did the right thing and saved"],
                "Gareth Pryce-Morgan",
            ),
        ],
    ),
    (  # 2 hospital trolley wait: “A,” said Dr X. “B.” (two quotes), son's indirect speech
        "A hospital trust in the north of England has apologised after a 91-year-old woman "
        "waited 38 hours on a trolley in its emergency department, the longest wait recorded "
        "in the region this year.\n\n"
        "“What happened to this patient is unacceptable, and I have apologised to her family in "
        "person,” said Dr Miriam Oyelaran-Platt, the chief executive of Northmoor Hospitals "
        "Trust. “We are reviewing every decision that was made that night.”\n\n"
        "The woman, who has not been named, was admitted with a suspected hip fracture on a "
        "Friday evening and was not given a bed until Sunday morning. Her son, Peter Halloway, "
        "said she had been left without water for several hours and had been unable to reach a "
        "toilet.\n\n"
        "More than 14,000 patients waited over 12 hours in emergency departments in England "
        "last month. The chief executive has ordered an independent review, led by a senior "
        "consultant from outside the trust, which is due to report in February.",
        [
            (
                D,
                [
                    "What happened to this patient is unacceptable, and I have apologised to her "
                    "family in person"
                ],
                "Miriam Oyelaran-Platt",
            ),
            (
                D,
                ["We are reviewing every decision that was made that night."],
                "Miriam Oyelaran-Platt",
            ),
            (
                I,
                [
                    "she had been left without water for several hours and had been unable to "
                    "reach a toilet"
                ],
                "Peter Halloway",
            ),
        ],
    ),
    (  # 3 Alzheimer's blood test: quote split by a comma incise, expert introduced the sentence before
        "A blood test developed at the University of Castlebridge picked up the early signs of "
        "Alzheimer's disease in nine out of ten cases, up to a decade before symptoms appeared. "
        "The results were published on Wednesday in the journal Neurology Frontiers.\n\n"
        "The team analysed samples from 6,300 volunteers aged over 50 who had been followed for "
        "an average of 12 years, looking for two proteins linked to the build-up of plaques in "
        "the brain.\n\n"
        "“This could change the way we run trials,” said Prof Hannah Kessler-Obi, who led the "
        "research, “because for the first time we can recruit people before the damage to the "
        "brain is done.”\n\n"
        "Dr Samuel Fairweather, a neurologist at St Columba's Hospital in Edinburgh who was not "
        "involved in the study, was more guarded. “A positive result in a healthy 55-year-old "
        "raises difficult questions. What do we tell them, when we have no treatment that "
        "reverses the disease?”\n\n"
        "The study was funded by the Memory Research Trust. Prof Kessler-Obi's team now plans a "
        "larger trial in GP surgeries.",
        [
            (
                D,
                [
                    "This could change the way we run trials",
                    "because for the first time we can recruit people before the damage to the "
                    "brain is done.",
                ],
                "Hannah Kessler-Obi",
            ),
            (
                D,
                [
                    "A positive result in a healthy 55-year-old raises difficult questions. What "
                    "do we tell them, when we have no treatment that reverses the disease?"
                ],
                "Samuel Fairweather",
            ),
        ],
    ),
    (  # 4 supermarket results: chief executive after the quote, union partial, "Mr X said:"
        "Shares in Harwell & Pike, the supermarket chain, fell 9% on Thursday after it cut its "
        "profit forecast for the second time this year, blaming higher wage costs and a price "
        "war with discount rivals.\n\n"
        "Pre-tax profit for the six months to October fell to £214m from £287m a year earlier, "
        "on sales up 2.1% at £9.8bn.\n\n"
        '"We made a deliberate choice to invest in lower prices, and we are not going to '
        'apologise for that," the chief executive, Daniel Okonjo-Reeves, said on a call with '
        "analysts.\n\n"
        "The company also confirmed plans to close 18 of its smaller stores, putting about 900 "
        'jobs at risk. The Retail and Distribution Union said the closures were a "slap in the '
        "face\" for staff who had kept shops open during last winter's floods.\n\n"
        'Asked about the closures, Mr Okonjo-Reeves said: "Nobody takes these decisions '
        'lightly. Every affected colleague will be offered a job in another store."\n\n'
        "Analysts at Brookfield Mercer cut their target price for the shares to 240p.",
        [
            (
                D,
                [
                    "We made a deliberate choice to invest in lower prices, and we are not going "
                    "to apologise for that"
                ],
                "Daniel Okonjo-Reeves",
            ),
            (P, ["slap in the face"], "Retail and Distribution Union"),
            (
                D,
                [
                    "Nobody takes these decisions lightly. Every affected colleague will be "
                    "offered a job in another store."
                ],
                "Daniel Okonjo-Reeves",
            ),
        ],
    ),
    (  # 5 High Court, cladding fund: judge's indirect speech, campaigner "said outside court:"
        "The government has lost a High Court challenge over its decision to scrap a £600m "
        "fund for removing dangerous cladding from mid-rise blocks of flats, which it took "
        "without consulting residents.\n\n"
        "In her judgment, Mrs Justice Eleanor Whitcombe said the housing department had failed "
        "to consider the impact of the decision on an estimated 90,000 leaseholders, many of "
        "whom now face bills of more than £50,000 each.\n\n"
        "The case was brought by the Leaseholder Safety Alliance, a campaign group. Its chair, "
        "Farida Mensah-Cole, who lives in an affected block in Salford, said outside court: "
        "“Today a judge has told the government what we have been telling it for three years. "
        "Our homes are not safe, and we cannot pay to fix them.”\n\n"
        "The Department for Housing and Communities has until 16 December to decide whether to "
        "appeal.",
        [
            (
                I,
                [
                    "the housing department had failed to consider the impact of the decision on "
                    "an estimated 90,000 leaseholders, many of whom now face bills of more than "
                    "£50,000 each"
                ],
                "Eleanor Whitcombe",
            ),
            (
                D,
                [
                    "Today a judge has told the government what we have been telling it for "
                    "three years. Our homes are not safe, and we cannot pay to fix them."
                ],
                "Farida Mensah-Cole",
            ),
        ],
    ),
    (  # 6 nurses' strike: "A," said X. "B." (two quotes), health secretary "he said"
        "Nurses at 14 hospitals across the Midlands began a 48-hour strike on Monday, the first "
        "walkout by the profession in the region in more than a decade, after talks over pay "
        "and staffing broke down last week.\n\n"
        '"Nobody becomes a nurse to stand on a picket line," said Karen Mulvey, general '
        'secretary of the Nursing and Midwifery Union. "But our members are exhausted, and the '
        'wards are not safe."\n\n'
        "Picket lines formed outside hospitals in Coventry, Wolverhampton and Stoke from 7am. "
        "Emergency and cancer care were being maintained, and hospitals had postponed about "
        "2,000 routine operations and outpatient appointments.\n\n"
        "The health secretary, Jonathan Fairlie, visited a hospital in Coventry on Monday "
        'afternoon but did not meet strikers. "The offer on the table is the most generous in '
        'the public sector this year, and it is still there," he said.',
        [
            (D, ["Nobody becomes a nurse to stand on a picket line"], "Karen Mulvey"),
            (D, ["But our members are exhausted, and the wards are not safe."], "Karen Mulvey"),
            (
                D,
                [
                    "The offer on the table is the most generous in the public sector this year, "
                    "and it is still there"
                ],
                "Jonathan Fairlie",
            ),
        ],
    ),
    (  # 7 Senate hearing (US style): "X told the committee", partial with period inside, surname only
        "The White House's nominee to lead the Consumer Product Safety Board faced sharp "
        "questioning from senators of both parties on Thursday over her past work as a "
        "lobbyist for the battery industry.\n\n"
        "“I have never hidden where I worked, and I will recuse myself from any decision "
        "involving my former clients,” Melissa Granger-Holt told the Senate Commerce "
        "Committee.\n\n"
        "Sen. Raymond Castellanos (D-N.M.), the committee's ranking Democrat, called the "
        "nomination “an insult to every family that has lost a child to a faulty product.” The "
        "votes of two Republicans on the panel remain uncertain.\n\n"
        "Fires caused by e-bike batteries have killed at least 60 people in the United States "
        "since 2022. Granger-Holt said she would make a mandatory recall standard for "
        "lithium-ion batteries her first priority if confirmed.\n\n"
        "A committee vote is expected before the end of the year.",
        [
            (
                D,
                [
                    "I have never hidden where I worked, and I will recuse myself from any "
                    "decision involving my former clients"
                ],
                "Melissa Granger-Holt",
            ),
            (
                P,
                ["an insult to every family that has lost a child to a faulty product."],
                "Raymond Castellanos",
            ),
            (
                I,
                [
                    "she would make a mandatory recall standard for lithium-ion batteries her "
                    "first priority if confirmed"
                ],
                "Melissa Granger-Holt",
            ),
        ],
    ),
    (  # 8 measles outbreak (US style): health department as speaker, doctor, director after the quote
        "Health officials in Marlow County, Ohio, have confirmed 37 cases of measles since "
        "early October, the largest outbreak in the state in more than 20 years. Most of the "
        "patients are unvaccinated children under 10.\n\n"
        "The Marlow County Health Department said Tuesday that nine children had been "
        "hospitalized, two of them in intensive care.\n\n"
        '"We are seeing kids who are really, really sick, and every one of these cases was '
        "preventable,\" said Dr. Anita Raghavan, a pediatrician at Marlow Children's Hospital, "
        "where most of the patients have been treated.\n\n"
        "The county will open walk-in vaccination clinics in three school districts starting "
        'next week. "If your child has not had both doses, this is the week to fix that," the '
        "department's director, Curtis Embry, said.",
        [
            (
                I,
                ["nine children had been hospitalized, two of them in intensive care"],
                "Marlow County Health Department",
            ),
            (
                D,
                [
                    "We are seeing kids who are really, really sick, and every one of these cases "
                    "was preventable"
                ],
                "Anita Raghavan",
            ),
            (
                D,
                ["If your child has not had both doses, this is the week to fix that"],
                "Curtis Embry",
            ),
        ],
    ),
    (  # 9 takeover blocked: regulator "saying the deal would...", chief executive after the quote
        "The Competition and Markets Board has blocked the £3.4bn takeover of the bus operator "
        "Redline Transit by its larger rival Coachway, saying the deal would have left "
        "passengers in 40 towns facing higher fares and fewer services.\n\n"
        "The two companies compete head-to-head on more than 200 routes, mostly in the "
        "north-west of England and the Midlands. Coachway runs about 4,600 buses across Britain "
        "and had hoped to complete the deal by the spring.\n\n"
        "“We are surprised and disappointed by this decision, which ignores how much the bus "
        "market has changed since the pandemic,” said Coachway's chief executive, Martin "
        "Delacroix-Webb. Coachway has two months to lodge an appeal.\n\n"
        "Redline's chairwoman, Sarah Quayle, is due to meet shareholders next week. Shares in "
        "Redline fell 22% on the news, to 148p.",
        [
            (
                I,
                [
                    "the deal would have left passengers in 40 towns facing higher fares and "
                    "fewer services"
                ],
                "Competition and Markets Board",
            ),
            (
                D,
                [
                    "We are surprised and disappointed by this decision, which ignores how much "
                    "the bus market has changed since the pandemic"
                ],
                "Martin Delacroix-Webb",
            ),
        ],
    ),
    (  # 10 council finances: council as speaker, leader's partial, then "she told a meeting"
        "Birchfield City Council has warned that it may have to declare itself effectively "
        "bankrupt by March unless the government provides emergency support to close a £68m "
        "gap in its budget.\n\n"
        "The council's leader, Amina Chaudhry-Bell, said rising demand for adult social care "
        'and temporary accommodation had "simply overwhelmed" the authority\'s finances.\n\n'
        '"We have cut everything that can be cut. We have closed libraries, we have sold '
        'buildings, and it is still not enough," she told a meeting of the full council on '
        "Wednesday evening.\n\n"
        "Graham Tetley, who leads the opposition group, has tabled a motion of no confidence in "
        "her leadership, to be debated next month. Birchfield would become the ninth English "
        "council to issue a so-called section 114 notice since 2020.",
        [
            (
                I,
                [
                    "it may have to declare itself effectively bankrupt by March unless the "
                    "government provides emergency support to close a £68m gap in its budget"
                ],
                "Birchfield City Council",
            ),
            (P, ["simply overwhelmed"], "Amina Chaudhry-Bell"),
            (
                D,
                [
                    "We have cut everything that can be cut. We have closed libraries, we have "
                    "sold buildings, and it is still not enough"
                ],
                "Amina Chaudhry-Bell",
            ),
        ],
    ),
    (  # 11 exoplanet: quote continued over two paragraphs, second scientist "said: “…”"
        "Astronomers have detected water vapour in the atmosphere of a rocky planet orbiting a "
        "nearby star, the first such finding for a world of roughly Earth's size.\n\n"
        "The planet, catalogued as TOI-9021 b, lies 48 light years away and circles its red "
        "dwarf star every 11 days. The observations, made over 30 hours with a space telescope "
        "run by the European Orbital Observatory consortium, were published on Monday in "
        "Astrophysical Letters.\n\n"
        "“We went in expecting to see nothing at all. Small planets around red dwarfs were "
        "supposed to have had their atmospheres stripped away long ago.\n\n"
        "“Instead, the signal was there in every single transit,” said Dr Tomás Ekwueme-Laine, "
        "an astrophysicist at the University of Aldermoor and the lead author of the paper.\n\n"
        "Prof Ingrid Solheim, of the Nordvik Institute for Space Science, who was not involved "
        "in the research, said: “It is a genuine milestone, but one telescope is not enough. We "
        "need independent confirmation before anyone rewrites the textbooks.”",
        [
            (
                D,
                [
                    "We went in expecting to see nothing at all. Small planets around red dwarfs "
                    "were supposed to have had their atmospheres stripped away long ago.",
                    "Instead, the signal was there in every single transit",
                ],
                "Tomás Ekwueme-Laine",
            ),
            (
                D,
                [
                    "It is a genuine milestone, but one telescope is not enough. We need "
                    "independent confirmation before anyone rewrites the textbooks."
                ],
                "Ingrid Solheim",
            ),
        ],
    ),
    (  # 12 jury verdict (US style): lawyer after the quote, company "said in a statement that"
        "A federal jury in Sacramento on Friday ordered the chemical maker Verdant Polymers to "
        "pay $412 million to residents of Millbrook, California, whose drinking water was "
        "contaminated with industrial solvents for more than a decade.\n\n"
        "The verdict, reached after four days of deliberations, is one of the largest ever in a "
        "groundwater contamination case.\n\n"
        '"These families were told for years that their water was safe. Today a jury of their '
        'neighbors held this company to account," said Lorraine Beaumont-Diaz, the lead '
        "attorney for the plaintiffs.\n\n"
        "Verdant Polymers said in a statement that it disagreed with the verdict and would "
        "appeal.\n\n"
        "About 2,300 people live in Millbrook. Several residents who testified during the "
        "six-week trial described rashes, miscarriages and rare cancers in their families. U.S. "
        "District Judge Harold Nkemelu will decide next month whether to add punitive damages.",
        [
            (
                D,
                [
                    "These families were told for years that their water was safe. Today a jury "
                    "of their neighbors held this company to account"
                ],
                "Lorraine Beaumont-Diaz",
            ),
            (I, ["it disagreed with the verdict and would appeal"], "Verdant Polymers"),
        ],
    ),
    (  # 13 minister resigns: "Ms X wrote:", prime minister's partial, opposition after the quote
        "The transport secretary, Philippa Rawcliffe, resigned on Sunday night after it emerged "
        "that she had failed to declare shares in a company bidding for a £2bn rail signalling "
        "contract.\n\n"
        "In a letter to the prime minister, Ms Rawcliffe wrote: “I have made an honest mistake, "
        "but I will not allow it to become a distraction from the work of this government.”\n\n"
        "The prime minister, Alastair Venn, accepted her resignation and said she had acted "
        "“with integrity” throughout. Her replacement is expected to be named on Monday "
        "morning.\n\n"
        "“This is not the first time a minister has forgotten what she owns. It will not be the "
        "last while this prime minister refuses to tighten the rules,” said Neil Ashdown, the "
        "opposition's transport spokesman.",
        [
            (
                D,
                [
                    "I have made an honest mistake, but I will not allow it to become a "
                    "distraction from the work of this government."
                ],
                "Philippa Rawcliffe",
            ),
            (P, ["with integrity"], "Alastair Venn"),
            (
                D,
                [
                    "This is not the first time a minister has forgotten what she owns. It will "
                    "not be the last while this prime minister refuses to tighten the rules"
                ],
                "Neil Ashdown",
            ),
        ],
    ),
    (  # 14 pharmacy closures: "according to X", pharmacist after the quote, minister's partial
        "More than 600 community pharmacies in England have closed in the past two years, "
        "according to the Community Pharmacy Alliance, which represents independent "
        "chemists.\n\n"
        "Most of the closures have been in deprived areas, where residents are less likely to "
        "have a car and often rely on a single chemist for prescriptions and advice. Several "
        "market towns, including Hexley and Barrow Moss, no longer have a pharmacy at all.\n\n"
        '"We are dispensing 20% more prescriptions than five years ago, for less money in real '
        'terms. Something has to give, and what gives is the pharmacy on the high street," said '
        "Deepak Mistry-Hall, who runs two pharmacies in Leicester.\n\n"
        'The health minister, Claire Dunmore, said the government was "listening carefully" '
        "to the sector and would set out a new funding settlement in the spring.",
        [
            (
                I,
                ["More than 600 community pharmacies in England have closed in the past two years"],
                "Community Pharmacy Alliance",
            ),
            (
                D,
                [
                    "We are dispensing 20% more prescriptions than five years ago, for less money "
                    "in real terms. Something has to give, and what gives is the pharmacy on the "
                    "high street"
                ],
                "Deepak Mistry-Hall",
            ),
            (P, ["listening carefully"], "Claire Dunmore"),
        ],
    ),
    (  # 15 steelworks closure: company "confirmed that", mayor after the quote
        "The owner of the Tarnmouth steelworks, Kestrel Steel, confirmed on Wednesday that it "
        "would close the plant's last blast furnace by June. The closure will end more than 150 "
        "years of iron-making in the town and put 1,100 jobs at risk. The furnace, lit in 1974, "
        "supplies slab steel to the company's rolling mills in south Wales.\n\n"
        "“This is a black day for Tarnmouth. Whole families work at that plant,” said the "
        "town's mayor, Bernadette Quigley, who worked in its laboratory for 11 years before "
        "entering politics.\n\n"
        "Kestrel's chief executive, Viktor Lindqvist, blamed energy prices almost twice as high "
        "as those paid by competitors in continental Europe. The plant has lost money in each "
        "of the past six years.\n\n"
        "Union officials are due to meet ministers on Friday to discuss a rescue package.",
        [
            (I, ["it would close the plant's last blast furnace by June"], "Kestrel Steel"),
            (
                D,
                ["This is a black day for Tarnmouth. Whole families work at that plant"],
                "Bernadette Quigley",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout30.jsonl"),
        "heldout30",
        "h30",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
