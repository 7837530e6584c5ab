"""Source of the twenty-sixth held-out set: writes heldout26.jsonl (split "heldout26").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like wire copy and a few longer features on sport (match reports, transfers,
doping cases, coaches and players after a game), courts and crime (trials, police statements,
lawyers), science and health (studies, researchers, doctors, patients) and the arts (festival
directors, authors, musicians), not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.14.0 (docs/EXTRACTION.md), then
read: fixes from its errors are in 0.15.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout26.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-28"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 Ligue 2 match report: plain spaces, partial after "a dédié", coach after the quote
        "Vernasque — L'Olympique de Vernasque a signé samedi sa cinquième victoire "
        "consécutive en Ligue 2 en dominant le RC Saint-Aubrac (3-0), et s'empare "
        "provisoirement de la deuxième place du classement.\n\n"
        "Auteur d'un doublé, l'attaquant ivoirien Ismaël Konaté-Brou a dédié ses buts à sa "
        "mère, « qui regardait le match depuis Abidjan ».\n\n"
        "« On a été sérieux du début à la fin. Je demandais ça depuis le mois d'août, je "
        "l'ai enfin eu », s'est félicité l'entraîneur, Frédéric Aubanel, qui signe sa "
        "première série de cinq succès depuis son arrivée en 2023.\n\n"
        "En face, le technicien de Saint-Aubrac, Luc Peyrefitte, a parlé d'une « soirée "
        "sans ». Son équipe recule à la onzième place.",
        [
            (P, ["qui regardait le match depuis Abidjan"], "Ismaël Konaté-Brou"),
            (
                D,
                [
                    "On a été sérieux du début à la fin. Je demandais ça depuis le mois "
                    "d'août, je l'ai enfin eu"
                ],
                "Frédéric Aubanel",
            ),
            (P, ["soirée sans"], "Luc Peyrefitte"),
        ],
    ),
    (  # 2 transfer: "selon le quotidien sportif Le Onze", "a expliqué le joueur"
        "Le Stade de Mirandol a officialisé lundi l'arrivée du milieu de terrain "
        "international belge Wout Declercq, 24 ans, engagé jusqu'en 2030. Le club n'a pas "
        "communiqué le montant de l'opération, mais selon le quotidien sportif Le Onze, "
        "l'indemnité versée au KV Oostmeer avoisinerait 18 millions d'euros, bonus "
        "compris.\n\n"
        "«\u00a0J'ai senti tout de suite que le projet me correspondait. L'entraîneur m'a "
        "appelé trois fois cet été, et pour un joueur, ça compte\u00a0», a expliqué le "
        "joueur dans une vidéo diffusée par le club.\n\n"
        "Formé à Oostmeer, Declercq avait disputé 31 matchs de championnat la saison "
        "dernière. Il pourrait effectuer ses débuts dimanche face au FC Lorvallon.",
        [
            (
                I,
                [
                    "l'indemnité versée au KV Oostmeer avoisinerait 18 millions d'euros, bonus "
                    "compris"
                ],
                "Le Onze",
            ),
            (
                D,
                [
                    "J'ai senti tout de suite que le projet me correspondait. L'entraîneur m'a "
                    "appelé trois fois cet été, et pour un joueur, ça compte"
                ],
                "Wout Declercq",
            ),
        ],
    ),
    (  # 3 doping feature: opening quote named in the next paragraph, "a indiqué avoir",
        # lawyer "Me", manager partial then "a-t-il ajouté"
        "«\u202fJe n'ai jamais triché. Je ne sais pas comment cette substance est arrivée "
        "dans mon organisme, mais je me battrai pour le prouver.\u202f»\n\n"
        "C'est par un message publié mardi soir sur les réseaux sociaux que la cycliste "
        "Manon Delestrade, 27 ans, a réagi à l'annonce de sa suspension provisoire. L'Agence "
        "française de lutte contre le dopage (AFLD) a indiqué avoir détecté des traces de "
        "trimétazidine, un médicament pour le cœur interdit depuis 2014, dans un échantillon "
        "prélevé le 4 novembre lors d'un contrôle inopiné.\n\n"
        "La coureuse de l'équipe Arvena-Lisieux, médaillée de bronze aux Mondiaux l'an "
        "dernier, encourt jusqu'à quatre ans de suspension. Son avocat, Me Thibault "
        "Rancurel, a demandé l'analyse de l'échantillon B. «\u202fDes cas de contamination "
        "alimentaire ont déjà été reconnus par le passé. Nous apporterons les "
        "éléments\u202f», a-t-il assuré.\n\n"
        "Le manager de l'équipe, Serge Collomb, s'est dit «\u202fsonné\u202f». «\u202fManon "
        "est quelqu'un de droit. Mais si la faute est établie, nous n'aurons pas d'autre "
        "choix que de nous séparer d'elle\u202f», a-t-il ajouté.\n\n"
        "Mme Delestrade, qui devait reprendre la compétition en février, a été retirée de "
        "la liste des coureuses convoquées au stage hivernal de l'équipe.",
        [
            (
                D,
                [
                    "Je n'ai jamais triché. Je ne sais pas comment cette substance est arrivée "
                    "dans mon organisme, mais je me battrai pour le prouver."
                ],
                "Manon Delestrade",
            ),
            (
                I,
                [
                    "avoir détecté des traces de trimétazidine, un médicament pour le cœur "
                    "interdit depuis 2014, dans un échantillon prélevé le 4 novembre lors "
                    "d'un contrôle inopiné"
                ],
                "Agence française de lutte contre le dopage",
            ),
            (
                D,
                [
                    "Des cas de contamination alimentaire ont déjà été reconnus par le passé. "
                    "Nous apporterons les éléments"
                ],
                "Thibault Rancurel",
            ),
            (P, ["sonné"], "Serge Collomb"),
            (
                D,
                [
                    "Manon est quelqu'un de droit. Mais si la faute est établie, nous n'aurons "
                    "pas d'autre choix que de nous séparer d'elle"
                ],
                "Serge Collomb",
            ),
        ],
    ),
    (  # 4 assizes feature: "l'accusé" + -t-il, "Pour X, ce procès est « … »", "Elle a
        # rappelé que", defence lawyer named after the quote
        "Douai — Huit ans après la disparition de Laetitia Vermeulen, la cour d'assises du "
        "Nord a ouvert lundi le procès de son ancien compagnon, Cédric Hoornaert, 46 ans, "
        "accusé de l'avoir tuée et d'avoir fait disparaître son corps, jamais retrouvé.\n\n"
        "Dès l'ouverture des débats, l'accusé a maintenu sa version. « Je ne l'ai pas tuée. "
        "Elle est partie, comme elle l'avait déjà fait deux fois », a-t-il déclaré d'une "
        "voix sourde, avant de se rasseoir.\n\n"
        "Pour l'avocate de la famille, Me Delphine Carlier, ce procès est « celui d'un "
        "homme qui a menti pendant huit ans ». Elle a rappelé que la carte bancaire de la "
        "jeune femme n'avait plus jamais été utilisée après le 12 mars 2018.\n\n"
        "La défense plaidera l'acquittement. « Il n'y a ni corps, ni scène de crime, ni "
        "aveux. Il y a une conviction, et une conviction ne fait pas une preuve », a martelé "
        "Me Olivier Sauvage devant la presse.\n\n"
        "Le verdict est attendu le 6 décembre.",
        [
            (
                D,
                ["Je ne l'ai pas tuée. Elle est partie, comme elle l'avait déjà fait deux fois"],
                "Cédric Hoornaert",
            ),
            (P, ["celui d'un homme qui a menti pendant huit ans"], "Delphine Carlier"),
            (
                I,
                [
                    "la carte bancaire de la jeune femme n'avait plus jamais été utilisée "
                    "après le 12 mars 2018"
                ],
                "Delphine Carlier",
            ),
            (
                D,
                [
                    "Il n'y a ni corps, ni scène de crime, ni aveux. Il y a une conviction, et "
                    "une conviction ne fait pas une preuve"
                ],
                "Olivier Sauvage",
            ),
        ],
    ),
    (  # 5 arrests after a shooting: no spaces inside « », "selon une source policière"
        "Marseille — Deux hommes de 19 et 23 ans ont été interpellés mercredi matin dans le "
        "quartier de la Belle-de-Mai, dans le cadre de l'enquête sur la fusillade qui avait "
        "fait un mort et deux blessés le 14 novembre devant un snack du quartier.\n\n"
        "Selon une source policière, les suspects ont été localisés grâce aux images de "
        "vidéosurveillance d'une station-service. Une arme de poing a été saisie lors des "
        "perquisitions.\n\n"
        "Le procureur de la République, Nicolas Ferrier-Dantec, a appelé à la prudence. "
        "«Nous sommes au début du travail judiciaire, pas à la fin. Les gardes à vue "
        "peuvent durer jusqu'à 96 heures», a-t-il rappelé lors d'un point presse.",
        [
            (
                I,
                [
                    "les suspects ont été localisés grâce aux images de vidéosurveillance "
                    "d'une station-service"
                ],
                "source policière",
            ),
            (
                D,
                [
                    "Nous sommes au début du travail judiciaire, pas à la fin. Les gardes à "
                    "vue peuvent durer jusqu'à 96 heures"
                ],
                "Nicolas Ferrier-Dantec",
            ),
        ],
    ),
    (  # 6 diabetes trial: “ ”, "souligne la docteure", "La chercheuse estime", "Pour le
        # professeur X, … “solide”"
        "Clermont-Ferrand — Une marche de trente minutes après le dîner fait baisser de "
        "18 % le pic de glycémie nocturne chez les personnes atteintes de diabète de type 2. "
        "C'est le principal résultat d'un essai mené pendant six mois auprès de 412 patients "
        "par une équipe de l'université Clermont-Auvergne, publié jeudi dans la Revue "
        "européenne d'endocrinologie.\n\n"
        "“Ce n'est pas une découverte spectaculaire, mais c'est une intervention gratuite, "
        "sans effet secondaire, que presque tout le monde peut faire”, souligne la docteure "
        "Hélène Vachon-Mercier, endocrinologue et coordinatrice de l'étude.\n\n"
        "L'effet était plus net chez les participants de plus de 60 ans. La chercheuse "
        "estime qu'un suivi sur plusieurs années sera nécessaire pour mesurer l'effet sur "
        "les complications, notamment rénales.\n\n"
        "Pour le professeur Karim Benaïssa, diabétologue à Lyon, qui n'a pas participé aux "
        "travaux, l'étude est “solide”, même si sa durée reste courte.",
        [
            (
                D,
                [
                    "Ce n'est pas une découverte spectaculaire, mais c'est une intervention "
                    "gratuite, sans effet secondaire, que presque tout le monde peut faire"
                ],
                "Hélène Vachon-Mercier",
            ),
            (
                I,
                [
                    "un suivi sur plusieurs années sera nécessaire pour mesurer l'effet sur "
                    "les complications, notamment rénales"
                ],
                "Hélène Vachon-Mercier",
            ),
            (P, ["solide"], "Karim Benaïssa"),
        ],
    ),
    (  # 7 night closure of an emergency unit: unnamed resident, mayor "a-t-il lancé"
        "Pontarlier — Depuis lundi, le service des urgences du centre hospitalier de "
        "Pontarlier ferme ses portes de 20 heures à 8 heures, faute de médecins. Les "
        "patients sont réorientés vers Besançon, à une heure de route.\n\n"
        "« J'ai attendu le Samu quarante minutes avec mon mari qui faisait un malaise "
        "cardiaque. Avant, l'hôpital était à cinq minutes », témoigne une habitante de "
        "Doubs, rencontrée devant l'établissement.\n\n"
        "La direction parle d'une fermeture temporaire, le temps de recruter trois "
        "urgentistes.\n\n"
        "Le maire, Gilles Roussel-Jacquin, a rejoint mardi le rassemblement organisé devant "
        "l'hôpital. « On ne peut pas demander aux gens de vivre ici et leur retirer "
        "l'hôpital la nuit », a-t-il lancé.",
        [
            (
                D,
                [
                    "J'ai attendu le Samu quarante minutes avec mon mari qui faisait un malaise "
                    "cardiaque. Avant, l'hôpital était à cinq minutes"
                ],
                "habitante",
            ),
            (
                D,
                ["On ne peut pas demander aux gens de vivre ici et leur retirer l'hôpital la nuit"],
                "Gilles Roussel-Jacquin",
            ),
        ],
    ),
    (  # 8 opera festival feature: opening quote, director named in the next paragraph,
        # "elle a reconnu que … « … »", "Mme X", an opera TITLE in « », incise "a insisté la
        # directrice"
        "Valrose — Le festival d'art lyrique de Valrose a dévoilé mardi la programmation de "
        "sa 60e édition, resserrée à 31 représentations contre 42 l'été dernier, après une "
        "baisse de 9 % des subventions publiques.\n\n"
        "«\u00a0Nous avons choisi de faire moins, mais de ne rien faire au rabais. Chaque "
        "production a été pensée pour pouvoir tourner ensuite en Europe.\u00a0»\n\n"
        "La directrice générale du festival, Isabelle Marquand-Solal, a présenté ces choix "
        "devant la presse, dans la cour du palais de l'Archevêché. Arrivée en 2022, elle a "
        "reconnu que renoncer à la traditionnelle création contemporaine avait été «\u00a0la "
        "décision la plus douloureuse\u00a0» de son mandat.\n\n"
        "L'édition s'ouvrira le 2 juillet avec une nouvelle production de «\u00a0La Flûte "
        "enchantée\u00a0», dirigée par le chef letton Arvīds Kalniņš. Interrogée sur la "
        "hausse du prix des places, qui atteindra 290 euros en première catégorie, "
        "Mme Marquand-Solal a défendu une «\u00a0politique tarifaire à deux vitesses\u00a0», "
        "avec 20\u00a0000 billets à moins de 30 euros.\n\n"
        "«\u00a0Le public populaire n'est pas une case à cocher, a insisté la directrice. "
        "C'est la raison d'être de ce festival depuis 1966.\u00a0»",
        [
            (
                D,
                [
                    "Nous avons choisi de faire moins, mais de ne rien faire au rabais. Chaque "
                    "production a été pensée pour pouvoir tourner ensuite en Europe."
                ],
                "Isabelle Marquand-Solal",
            ),
            (P, ["la décision la plus douloureuse"], "Isabelle Marquand-Solal"),
            (P, ["politique tarifaire à deux vitesses"], "Isabelle Marquand-Solal"),
            (
                D,
                [
                    "Le public populaire n'est pas une case à cocher",
                    "C'est la raison d'être de ce festival depuis 1966.",
                ],
                "Isabelle Marquand-Solal",
            ),
        ],
    ),
    (  # 9 literary prize: no spaces, book TITLE in « », "a confié l'écrivaine", "Selon lui"
        "Sète — Le prix des Lecteurs de la Méditerranée a été décerné jeudi à la romancière "
        "Yasmina Haddouche pour «Les Nuits de Tipasa» (éditions du Parvis), une saga "
        "familiale qui suit trois générations de femmes entre l'Algérie et le "
        "Languedoc.\n\n"
        "«J'ai écrit ce livre pour ma grand-mère, qui ne savait pas lire. Elle aurait bien ri "
        "de me voir ici», a confié l'écrivaine, visiblement émue, en recevant son prix.\n\n"
        "Le président du jury, l'académicien Bernard Lhuillier, a salué le style de la "
        "lauréate. Selon lui, le vote s'est joué au troisième tour, face au premier roman de "
        "Thomas Daguerre. Le livre s'est déjà vendu à 35\u00a0000 exemplaires.",
        [
            (
                D,
                [
                    "J'ai écrit ce livre pour ma grand-mère, qui ne savait pas lire. Elle "
                    "aurait bien ri de me voir ici"
                ],
                "Yasmina Haddouche",
            ),
            (
                I,
                ["le vote s'est joué au troisième tour, face au premier roman de Thomas Daguerre"],
                "Bernard Lhuillier",
            ),
        ],
    ),
    (  # 10 singer cancels tour: quote first, "l'artiste" in the next sentence, d'après + org
        "Le chanteur Mathis Orlando a annulé les quatre dernières dates de sa tournée, dont "
        "deux concerts prévus à Paris les 12 et 13 décembre, en raison d'une inflammation des "
        "cordes vocales. Son producteur, Azimut Live, en a fait l'annonce lundi.\n\n"
        "«\u202fJ'ai essayé de tenir jusqu'au bout. Mon médecin m'a dit très clairement que "
        "si je continuais, je risquais de ne plus chanter du tout.\u202f» Dans une vidéo "
        "publiée sur Instagram, l'artiste de 31 ans s'est excusé auprès de ses fans, dont "
        "certains avaient acheté leur place il y a plus d'un an.\n\n"
        "Les billets seront remboursés. D'après Azimut Live, de nouvelles dates pourraient "
        "être annoncées au printemps.",
        [
            (
                D,
                [
                    "J'ai essayé de tenir jusqu'au bout. Mon médecin m'a dit très clairement "
                    "que si je continuais, je risquais de ne plus chanter du tout."
                ],
                "Mathis Orlando",
            ),
            (I, ["de nouvelles dates pourraient être annoncées au printemps"], "Azimut Live"),
        ],
    ),
    (  # 11 tennis: “ ”, "a-t-elle résumé", coach "a assuré qu'elle"
        "Lucerne — Éliminée dès le premier tour du tournoi en salle de Lucerne par la "
        "Tchèque Klára Nováčková (6-4, 7-6), la Suissesse Léa Bürgi n'a pas caché sa "
        "frustration.\n\n"
        "“J'ai joué le tennis que je voulais pendant un set et demi. Ensuite, j'ai commencé "
        "à penser au résultat, et c'est là que tout s'arrête”, a-t-elle résumé en "
        "conférence de presse.\n\n"
        "La Vaudoise, 34e mondiale, revenait d'une blessure au poignet qui l'avait privée de "
        "compétition pendant deux mois. Son entraîneur, Marco Zehnder, a assuré qu'elle "
        "serait prête pour l'Open d'Australie en janvier.\n\n"
        "Nováčková affrontera jeudi la tête de série numéro 2, l'Américaine Jenna "
        "Whitford.",
        [
            (
                D,
                [
                    "J'ai joué le tennis que je voulais pendant un set et demi. Ensuite, j'ai "
                    "commencé à penser au résultat, et c'est là que tout s'arrête"
                ],
                "Léa Bürgi",
            ),
            (I, ["elle serait prête pour l'Open d'Australie en janvier"], "Marco Zehnder"),
        ],
    ),
    (  # 12 ex-mayor convicted: "l'intéressé" + -t-il, partial inside "Selon son avocat, Me X"
        "Bordeaux — Le tribunal correctionnel de Bordeaux a condamné mercredi l'ancien maire "
        "de Saint-Aulaye-sur-Dronne, Jean-Claude Mérignac, à trois ans d'emprisonnement dont "
        "un ferme, aménageable, et à cinq ans d'inéligibilité pour favoritisme dans "
        "l'attribution de marchés publics.\n\n"
        "Lors de l'audience, en octobre, la procureure Anne-Laure Fabre avait décrit un "
        "système organisé au profit d'une entreprise de travaux publics "
        "dirigée par le beau-frère de l'élu.\n\n"
        "L'intéressé, qui a toujours contesté les faits, va faire appel. «\u00a0Je n'ai pas "
        "pris un centime. J'ai peut-être été négligent, je n'ai pas été malhonnête\u00a0», "
        "a-t-il déclaré à la sortie de la salle.\n\n"
        "Selon son avocat, Me Régis Dutheil, le jugement «\u00a0repose sur des "
        "présomptions\u00a0».",
        [
            (
                D,
                [
                    "Je n'ai pas pris un centime. J'ai peut-être été négligent, je n'ai pas été "
                    "malhonnête"
                ],
                "Jean-Claude Mérignac",
            ),
            (P, ["repose sur des présomptions"], "Régis Dutheil"),
        ],
    ),
    (  # 13 glaciers: "d'après le bilan publié par" + institute, quote over two paragraphs
        "Grenoble — Les glaciers des Alpes françaises ont perdu en moyenne 2,9 mètres "
        "d'épaisseur cette année, d'après le bilan annuel publié lundi par l'Institut des "
        "géosciences alpines. C'est la troisième perte la plus importante depuis le début "
        "des mesures, en 1949.\n\n"
        "Le glaciologue Pierre-Emmanuel Vauthier, qui suit depuis vingt ans le glacier "
        "d'Argentière, a décrit un hiver pauvre en neige suivi d'un mois d'août "
        "caniculaire.\n\n"
        "« Ce qui m'inquiète, ce n'est plus une année exceptionnelle. C'est que les années "
        "exceptionnelles deviennent la norme.\n\n"
        "« Certains petits glaciers des Écrins auront disparu avant 2040. Nous les mesurons "
        "en sachant que nous mesurons leur fin », a-t-il poursuivi.\n\n"
        "Les chercheurs installeront cet hiver de nouvelles balises sur le glacier Blanc.",
        [
            (
                I,
                [
                    "Les glaciers des Alpes françaises ont perdu en moyenne 2,9 mètres "
                    "d'épaisseur cette année"
                ],
                "Institut des géosciences alpines",
            ),
            (
                D,
                [
                    "Ce qui m'inquiète, ce n'est plus une année exceptionnelle. C'est que les "
                    "années exceptionnelles deviennent la norme.",
                    "Certains petits glaciers des Écrins auront disparu avant 2040. Nous les "
                    "mesurons en sachant que nous mesurons leur fin",
                ],
                "Pierre-Emmanuel Vauthier",
            ),
        ],
    ),
    (  # 14 restitution ceremony: opening quote, minister named after it; "Il a toutefois
        # reconnu que « … »" (partial inside reported speech)
        "«\u202fCes objets ne sont pas des trophées. Ce sont des ancêtres, et ils rentrent "
        "chez eux.\u202f»\n\n"
        "La ministre de la Culture du Marévo, Adjoa Mensah-Kpodo, a prononcé ces mots "
        "vendredi au musée d'Ethnographie de Lyon, lors de la cérémonie de remise de "
        "vingt-six statues royales saisies en 1892 par les troupes coloniales françaises.\n\n"
        "Le directeur du musée, Hervé Castagnet, a rappelé que la restitution avait été "
        "rendue possible par la loi-cadre adoptée en juin. Il a toutefois reconnu que "
        "«\u202fle travail sur les provenances ne fait que commencer\u202f»\u202f: près de "
        "4\u202f000 objets de la collection restent d'origine incertaine.\n\n"
        "Les statues seront présentées au public à partir de mars au musée national de "
        "Porto-Sané.",
        [
            (
                D,
                [
                    "Ces objets ne sont pas des trophées. Ce sont des ancêtres, et ils rentrent "
                    "chez eux."
                ],
                "Adjoa Mensah-Kpodo",
            ),
            (
                I,
                ["la restitution avait été rendue possible par la loi-cadre adoptée en juin"],
                "Hervé Castagnet",
            ),
            (
                P,
                ["le travail sur les provenances ne fait que commencer"],
                "Hervé Castagnet",
            ),
        ],
    ),
    (  # 15 biathlon: no spaces, "a réagi le Savoyard", partial after "a estimé que"
        "Östersund (Suède) — Le Français Baptiste Rouvière a remporté dimanche la poursuite "
        "de la première étape de la Coupe du monde de biathlon, devant le Norvégien Sindre "
        "Aasheim, grâce à un sans-faute au tir.\n\n"
        "«Je suis venu ici sans pression, et c'est peut-être pour ça que tout a marché. "
        "Vingt sur vingt, ça n'arrive pas souvent», a réagi le Savoyard de 24 ans, qui signe "
        "sa première victoire à ce niveau.\n\n"
        "L'entraîneur des tireurs de l'équipe de France, Stéphane Jacquemod, a estimé que "
        "Rouvière avait «franchi un cap mental» depuis l'été.",
        [
            (
                D,
                [
                    "Je suis venu ici sans pression, et c'est peut-être pour ça que tout a "
                    "marché. Vingt sur vingt, ça n'arrive pas souvent"
                ],
                "Baptiste Rouvière",
            ),
            (P, ["franchi un cap mental"], "Stéphane Jacquemod"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 match report: "A," X said. "B." = two directs; "called the defeat" partial
        "Harrowgate United came from two goals down to beat Castlebridge 3-2 at Fenwick Park "
        "on Saturday, with substitute Callum Otieno scoring the winner in the 89th "
        "minute.\n\n"
        '"At half-time I told them we had nothing to lose," United manager Rob Keaveney '
        'said. "They went out and played like it."\n\n'
        'Castlebridge boss Steve Marland called the defeat "a proper kick in the teeth".\n\n'
        "Keaveney's side had not won in their previous four league games. United move up to "
        "fourth, three points behind leaders Ravensmoor.",
        [
            (D, ["At half-time I told them we had nothing to lose"], "Rob Keaveney"),
            (D, ["They went out and played like it."], "Rob Keaveney"),
            (P, ["a proper kick in the teeth"], "Steve Marland"),
        ],
    ),
    (  # 2 transfer: “ ”, "According to The Northern Post, …", "told the club’s website"
        "Weybridge Athletic have signed the Argentine midfielder Tomás Ferreyra from Club "
        "Atlético Sarmiento on a five-year contract, for a fee understood to be around "
        "£22m.\n\n"
        "According to The Northern Post, Weybridge beat off late interest from two Spanish "
        "clubs for the 23-year-old, who scored nine goals in the Argentine league last "
        "season.\n\n"
        "“I watched this club on television when I was a boy in Rosario, and now I want to "
        "help it win something,” Ferreyra told the club’s website.\n\n"
        "He is expected to go straight into the squad for Saturday’s trip to Hollins Park.",
        [
            (
                I,
                [
                    "Weybridge beat off late interest from two Spanish clubs for the "
                    "23-year-old, who scored nine goals in the Argentine league last season"
                ],
                "The Northern Post",
            ),
            (
                D,
                [
                    "I watched this club on television when I was a boy in Rosario, and now I "
                    "want to help it win something"
                ],
                "Tomás Ferreyra",
            ),
        ],
    ),
    (  # 3 doping: "…, the Panel said", partial inside reported speech (only the partial),
        # lawyer named, then his surname after a two-sentence quote
        "Olympic 400m hurdles silver medallist Kezia Ansah-Boateng has been provisionally "
        "suspended after testing positive for a banned diuretic, the Independent Athletics "
        "Integrity Panel said on Monday.\n\n"
        "The 26-year-old's sample, collected during an out-of-competition test in October, "
        "contained traces of furosemide, a drug that can be used to mask other "
        "substances.\n\n"
        'In a statement issued through her management, Ansah-Boateng said she had "never '
        'knowingly taken anything banned" and would ask for her B sample to be tested.\n\n'
        'Her lawyer, Martin Greaves, was more cautious. "We have seen cases like this go '
        'both ways. What matters is that Kezia is given a fair hearing, and quickly," '
        "Greaves said.\n\n"
        "She faces a ban of up to four years if the finding is upheld.",
        [
            (
                I,
                [
                    "Olympic 400m hurdles silver medallist Kezia Ansah-Boateng has been "
                    "provisionally suspended after testing positive for a banned diuretic"
                ],
                "Independent Athletics Integrity Panel",
            ),
            (P, ["never knowingly taken anything banned"], "Kezia Ansah-Boateng"),
            (
                D,
                [
                    "We have seen cases like this go both ways. What matters is that Kezia is "
                    "given a fair hearing, and quickly"
                ],
                "Martin Greaves",
            ),
        ],
    ),
    (  # 4 murder trial feature: opening quote, detective named in the next paragraph,
        # "The officer told the jury … that", "put it to her that … “…”", "DS X" + "she said"
        "“He kept telling me it was an accident, that she had slipped on the stairs. But "
        "there was blood on the ceiling.”\n\n"
        "Detective Sergeant Hannah Clough was giving evidence on Tuesday, the second day of "
        "the trial of Darren Pilkington, 41, who denies murdering his wife, Joanne, at "
        "their home in Thornbury in February.\n\n"
        "The officer told the jury at Bradwell Crown Court that she had arrived at the house "
        "12 minutes after the 999 call and found Mr Pilkington sitting on the bottom step, "
        "still holding the phone.\n\n"
        "Mr Pilkington is accused of striking his wife at least four times with a heavy "
        "torch during an argument.\n\n"
        "Under cross-examination, defence barrister Adrian Leckie put it to her that the "
        "scene had been “compromised” by paramedics before it was photographed. DS Clough "
        "did not accept that. “The paramedics did their job. So did we,” she said.\n\n"
        "The trial continues.",
        [
            (
                D,
                [
                    "He kept telling me it was an accident, that she had slipped on the "
                    "stairs. But there was blood on the ceiling."
                ],
                "Hannah Clough",
            ),
            (
                I,
                [
                    "she had arrived at the house 12 minutes after the 999 call and found "
                    "Mr Pilkington sitting on the bottom step, still holding the phone"
                ],
                "Hannah Clough",
            ),
            (P, ["compromised"], "Adrian Leckie"),
            (D, ["The paramedics did their job. So did we"], "Hannah Clough"),
        ],
    ),
    (  # 5 stabbing: "…, Kennet Valley Police said", detective inspector "he said"
        "Two teenagers have been arrested after a 17-year-old boy was stabbed outside a "
        "fast-food restaurant in Marlow Vale on Friday night, Kennet Valley Police said on "
        "Saturday.\n\n"
        "The victim was taken to hospital with injuries that are not thought to be "
        "life-threatening. A 16-year-old and an 18-year-old remain in custody.\n\n"
        'Detective Inspector Raj Bhandari appealed for witnesses. "This happened on a busy '
        "street at nine o'clock at night. Somebody will have seen something, and I would "
        'urge them to come forward," he said.',
        [
            (
                I,
                [
                    "Two teenagers have been arrested after a 17-year-old boy was stabbed "
                    "outside a fast-food restaurant in Marlow Vale on Friday night"
                ],
                "Kennet Valley Police",
            ),
            (
                D,
                [
                    "This happened on a busy street at nine o'clock at night. Somebody will "
                    "have seen something, and I would urge them to come forward"
                ],
                "Raj Bhandari",
            ),
        ],
    ),
    (  # 6 myopia study: "said Dr X, an ophthalmologist …", then "Dr X said" indirect
        "Children who spent at least two hours a day outdoors were about a third less likely "
        "to become short-sighted over three years than those who spent less than an hour, in "
        "a study of 9,000 primary school pupils published on Wednesday in the journal "
        "Paediatric Eye Research.\n\n"
        "\"Daylight seems to matter more than what children are doing with their eyes. It's "
        "not that screens are harmless, it's that time indoors is time out of the light,\" "
        "said Dr Fiona Rennick, an ophthalmologist at the University of Dunmore who led the "
        "research.\n\n"
        "Dr Rennick said schools could help by moving some lessons, such as reading, outside "
        "when the weather allowed.\n\n"
        "The team now plans to test whether brighter classroom lighting has a similar "
        "effect.",
        [
            (
                D,
                [
                    "Daylight seems to matter more than what children are doing with their "
                    "eyes. It's not that screens are harmless, it's that time indoors is time "
                    "out of the light"
                ],
                "Fiona Rennick",
            ),
            (
                I,
                [
                    "schools could help by moving some lessons, such as reading, outside when "
                    "the weather allowed"
                ],
                "Fiona Rennick",
            ),
        ],
    ),
    (  # 7 lung drug funded: agency postposed, patient named after the quote ("said X, who …")
        "A drug that slows the progression of a rare inherited lung disease will be funded "
        "by the Westland Health Service from January, the Westland Medicines Agency said on "
        "Tuesday.\n\n"
        "About 1,400 people in Westland live with the condition, which gradually stiffens "
        "the lungs and often leads to a transplant.\n\n"
        '"For the first time in years, I\'m planning things a year ahead," said Megan Doyle, '
        "34, from Carrick, who has taken the drug, Pulmavex, in a clinical trial since 2023.\n\n"
        "The drug's manufacturer, Halden Therapeutics, agreed a confidential discount on its "
        "list price of £96,000 a year per patient.",
        [
            (
                I,
                [
                    "A drug that slows the progression of a rare inherited lung disease will "
                    "be funded by the Westland Health Service from January"
                ],
                "Westland Medicines Agency",
            ),
            (D, ["For the first time in years, I'm planning things a year ahead"], "Megan Doyle"),
        ],
    ),
    (  # 8 folk festival feature: opening quote named in the next paragraph ("That is how
        # X … explained"), "…, Ms X said", "she said"/surname, councillor partial
        "“We have never had to think about the weather as a budget line before. Now it is "
        "one of the first things we look at.”\n\n"
        "That is how Ruth Halloran-Blake, artistic director of the Kestle Folk and Roots "
        "Festival, explained the decision announced on Monday to move next summer’s event "
        "from the clifftop fields at Penmorra to a farm inland.\n\n"
        "Last August, storm-force winds forced organisers to evacuate 11,000 campers on the "
        "Saturday night, and two stages were never rebuilt. The festival lost about "
        "£600,000, Ms Halloran-Blake said.\n\n"
        "The new site, near Tregellan, has better drainage and road access. “People loved "
        "the sea. I loved the sea. But I’m not putting 20,000 people on a cliff in a gale "
        "again,” Halloran-Blake said.\n\n"
        "Local councillor Brian Penhale called the move “a real blow” for businesses in "
        "Penmorra, where the festival is estimated to bring in £2m a year.",
        [
            (
                D,
                [
                    "We have never had to think about the weather as a budget line before. Now "
                    "it is one of the first things we look at."
                ],
                "Ruth Halloran-Blake",
            ),
            (I, ["The festival lost about £600,000"], "Ruth Halloran-Blake"),
            (
                D,
                [
                    "People loved the sea. I loved the sea. But I’m not putting 20,000 people "
                    "on a cliff in a gale again"
                ],
                "Ruth Halloran-Blake",
            ),
            (P, ["a real blow"], "Brian Penhale"),
        ],
    ),
    (  # 9 fiction prize: ‘ ’ quotes, chair's partial, winner after the quote
        "Scottish novelist Eilidh Ramsay-Kerr has won the £50,000 Harrow Prize for Fiction "
        "for The Salt Road, her fourth novel, about a herring girl who walks from Shetland to "
        "Great Yarmouth in 1912.\n\n"
        "The chair of judges, Priya Nandakumar, called it ‘a book of enormous tenderness and "
        "no sentimentality’.\n\n"
        "‘I nearly gave up on this novel three times, and my editor wouldn’t let me,’ "
        "Ramsay-Kerr said at the ceremony in London on Tuesday night.\n\n"
        "The book, published by a small Edinburgh press, had sold 60,000 copies before the "
        "shortlist was announced.",
        [
            (
                P,
                ["a book of enormous tenderness and no sentimentality"],
                "Priya Nandakumar",
            ),
            (
                D,
                ["I nearly gave up on this novel three times, and my editor wouldn’t let me"],
                "Eilidh Ramsay-Kerr",
            ),
        ],
    ),
    (  # 10 band reunion: "Singer X said the four members had …", surname after the quote
        "The Tollgate Saints, the Manchester indie band who split acrimoniously in 2011, are "
        "to reunite for a 12-date UK tour next spring.\n\n"
        "Singer Dean Mulcahy said the four members had started talking again after the death "
        "of their former manager, Terry Ashworth, last year.\n\n"
        "\"Terry spent ten years trying to get us back in a room. It's a shame it took his "
        "funeral to do it,\" Mulcahy said in a video posted on the band's social media "
        "accounts.\n\n"
        "Tickets go on sale on Friday.",
        [
            (
                I,
                [
                    "the four members had started talking again after the death of their "
                    "former manager, Terry Ashworth, last year"
                ],
                "Dean Mulcahy",
            ),
            (
                D,
                [
                    "Terry spent ten years trying to get us back in a room. It's a shame it "
                    "took his funeral to do it"
                ],
                "Dean Mulcahy",
            ),
        ],
    ),
    (  # 11 cricket: "A," X said, "b." = one quote, two spans; coach partial in reported speech
        "Northmoor captain Sam Hebden hit an unbeaten 142 as his side chased down 311 to beat "
        "Eastwick by six wickets at Carlow Road on Sunday and keep their title hopes "
        "alive.\n\n"
        "\"When you've got a target like that, you can't think about the whole thing,\" "
        'Hebden said, "you just break it down into ten-over blocks and keep the scoreboard '
        'ticking."\n\n'
        "Hebden's innings, his highest in first-class cricket, came off 151 balls and included "
        "17 fours.\n\n"
        'Eastwick coach Graham Pryce said his bowlers had been "too short, too often" in the '
        "final hour.",
        [
            (
                D,
                [
                    "When you've got a target like that, you can't think about the whole thing",
                    "you just break it down into ten-over blocks and keep the scoreboard ticking.",
                ],
                "Sam Hebden",
            ),
            (P, ["too short, too often"], "Graham Pryce"),
        ],
    ),
    (  # 12 charity fraud: “ ”, judge "said:", unnamed barrister's partial
        "A former finance manager at a children’s charity who stole £412,000 to fund online "
        "gambling has been jailed for four years and eight months.\n\n"
        "Neil Sandford, 49, of Lowdham, moved money from Brightsteps Trust accounts into his "
        "own on 212 occasions between 2019 and 2024.\n\n"
        "Sentencing him at Hartfield Crown Court on Friday, Judge Margaret Ellery said: "
        "“Every pound you took was meant for a child. You knew that, and you took it "
        "anyway.”\n\n"
        "Sandford’s barrister told the court his client was “ashamed beyond words”.",
        [
            (
                D,
                [
                    "Every pound you took was meant for a child. You knew that, and you took it "
                    "anyway."
                ],
                "Margaret Ellery",
            ),
            (P, ["ashamed beyond words"], "barrister"),
        ],
    ),
    (  # 13 Bronze Age trackway: "…, said Dr X", quote over two paragraphs, "he said"
        "Archaeologists working in a quarry near Brackley Heath have uncovered a Bronze Age "
        "wooden trackway, preserved for about 3,500 years in waterlogged peat.\n\n"
        "The 40-metre stretch of oak planks is the best-preserved find of its kind in "
        "England for two decades, said Dr Tom Ashdown, who is leading the dig for Midshire "
        "Archaeology.\n\n"
        '"When the first plank came up, you could still see the axe marks. Somebody shaped '
        "that with a bronze tool and laid it down so they wouldn't sink into the bog.\n\n"
        "\"That's what gets me. It's not a temple or a burial. It's somebody's daily "
        'commute," he said.\n\n'
        "The timbers will be sent to a conservation laboratory in York.",
        [
            (
                I,
                [
                    "The 40-metre stretch of oak planks is the best-preserved find of its kind "
                    "in England for two decades"
                ],
                "Tom Ashdown",
            ),
            (
                D,
                [
                    "When the first plank came up, you could still see the axe marks. Somebody "
                    "shaped that with a bronze tool and laid it down so they wouldn't sink "
                    "into the bog.",
                    "That's what gets me. It's not a temple or a burial. It's somebody's daily "
                    "commute",
                ],
                "Tom Ashdown",
            ),
        ],
    ),
    (  # 14 norovirus: "…, according to X.", "Its director …, Dr X, was blunt" + "she said"
        "Visiting has been restricted on four wards at St Columba’s Hospital in Invercairn "
        "after an outbreak of norovirus.\n\n"
        "Twenty-three patients and nine members of staff have had symptoms since Wednesday, "
        "according to Loch Arden Health Board.\n\n"
        "Its director of public health, Dr Aileen McCracken, was blunt. “Anyone with "
        "sickness or diarrhoea should stay away from hospitals until 48 hours after their "
        "symptoms have ended. This is an unpleasant illness for anyone, but for a frail "
        "patient it can be dangerous,” she said.",
        [
            (
                I,
                [
                    "Twenty-three patients and nine members of staff have had symptoms since "
                    "Wednesday"
                ],
                "Loch Arden Health Board",
            ),
            (
                D,
                [
                    "Anyone with sickness or diarrhoea should stay away from hospitals until 48 "
                    "hours after their symptoms have ended. This is an unpleasant illness for "
                    "anyone, but for a frail patient it can be dangerous"
                ],
                "Aileen McCracken",
            ),
        ],
    ),
    (  # 15 coach retiring feature: "A," he told …. "B." = two directs; captain's indirect,
        # then her quote with her surname only in the following sentence; "he laughed. "…""
        "Glenavon Rovers head coach Frank Doherty will retire at the end of the season after "
        "23 years in charge of the club's women's team.\n\n"
        "Doherty, 66, took over in 2003, when the team trained on a school pitch and players "
        "paid their own travel. Under him, Rovers won six league titles and reached a "
        "European quarter-final in 2019.\n\n"
        "\"I've been thinking about it since the summer. My knees made the decision before I "
        'did," he told reporters at the club\'s training ground on Wednesday. "But the timing '
        "is right. The squad is young, and it needs a voice that isn't mine.\"\n\n"
        "Captain Orla Breslin said the players had been told on Tuesday evening, and several "
        "had been in tears.\n\n"
        "\"He picked me up from my house for training when I was 15 because my mum didn't "
        "drive. That's the kind of coach he is.\" Breslin, now 31, has never played for "
        "another club.\n\n"
        "Doherty will stay on at the club's academy. Asked whether he would miss match days, "
        'he laughed. "Ask me in August."',
        [
            (
                D,
                [
                    "I've been thinking about it since the summer. My knees made the decision "
                    "before I did"
                ],
                "Frank Doherty",
            ),
            (
                D,
                [
                    "But the timing is right. The squad is young, and it needs a voice that "
                    "isn't mine."
                ],
                "Frank Doherty",
            ),
            (
                I,
                ["the players had been told on Tuesday evening, and several had been in tears"],
                "Orla Breslin",
            ),
            (
                D,
                [
                    "He picked me up from my house for training when I was 15 because my mum "
                    "didn't drive. That's the kind of coach he is."
                ],
                "Orla Breslin",
            ),
            (D, ["Ask me in August."], "Frank Doherty"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout26.jsonl"),
        "heldout26",
        "h26",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
