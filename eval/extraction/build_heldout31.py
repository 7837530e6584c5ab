"""Source of the thirty-first held-out set: writes heldout31.jsonl (split "heldout31").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like sport, culture and technology copy (match reports, festivals and books,
video games and start-ups, science popularisation, interviews quoted over several paragraphs)
as in L'Équipe, Le Parisien, Télérama, 20 Minutes, The Independent, ABC News, The Hindu, the
Daily Nation or CBC, not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractors 0.15.0 and 0.16.0
(docs/EXTRACTION.md); not read when 0.16.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout31.py
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
    (  # 1 football, match report: coach with inverted subject, incise "a-t-il ajouté"
        "Castelmoron — L'Olympique de Castelmoron a concédé samedi sa troisième défaite "
        "consécutive à domicile, battu 2-1 par l'AS Brévannes au terme d'un match longtemps "
        "fermé, devant 14 212 spectateurs au stade des Tanneurs.\n\n"
        "Les visiteurs ont ouvert le score juste avant la pause grâce à une tête de Moussa "
        "Kéita-Lambert, avant que Julien Castagnède n'égalise sur penalty à l'heure de jeu. "
        "Entré en jeu à la 70e minute, le jeune Théo Baradat a offert la victoire aux "
        "Brévannais à deux minutes de la fin, d'une frappe croisée du gauche.\n\n"
        "«\u00a0On a fait vingt bonnes minutes, et on le paie cash\u00a0», a reconnu "
        "l'entraîneur castelmoronais, Frédéric Lassalle-Pujol, en conférence de presse. "
        "«\u00a0Je ne vais pas chercher d'excuses, a-t-il ajouté. Le groupe doit se regarder "
        "dans la glace, moi le premier.\u00a0»\n\n"
        "Côté brévannais, on savourait. Théo Baradat, 19 ans, ne disputait que son quatrième "
        "match professionnel et a été porté en triomphe par ses coéquipiers au coup de "
        "sifflet final.\n\n"
        "Le club castelmoronais a par ailleurs annoncé dimanche l'indisponibilité pour trois "
        "semaines de son défenseur Karim Oudjani, touché à la cuisse. L'Olympique, désormais "
        "14e, se déplace samedi prochain à Villefranche-sur-Lize.",
        [
            (
                D,
                ["On a fait vingt bonnes minutes, et on le paie cash"],
                "Frédéric Lassalle-Pujol",
            ),
            (
                D,
                [
                    "Je ne vais pas chercher d'excuses",
                    "Le groupe doit se regarder dans la glace, moi le premier.",
                ],
                "Frédéric Lassalle-Pujol",
            ),
        ],
    ),
    (  # 2 comics festival, portrait-interview: "raconte-t-elle", continuation, "selon elle"
        "Son premier album s'est vendu à 180\u202f000 exemplaires, un chiffre rare pour un "
        "roman graphique. Invitée d'honneur du festival Bulles en Vallée, qui s'ouvre jeudi à "
        "Montrevel, la dessinatrice Léonie Carvalho-Estrade revient sur quatre années passées "
        "à raconter l'exil de sa grand-mère.\n\n"
        "«\u202fJ'ai commencé ce livre sans savoir si j'avais le droit de le faire\u202f», "
        "raconte-t-elle dans son atelier lyonnais, entre deux piles de planches originales. "
        "«\u202fMa grand-mère ne parlait jamais de son départ. J'ai dû reconstituer son "
        "histoire à partir de trois photos et d'une lettre.\u202f»\n\n"
        "Le trait, volontairement dépouillé, a surpris une partie de la critique. Selon elle, "
        "la bande dessinée reste «\u202fle meilleur endroit pour raconter l'intime à hauteur "
        "d'enfant\u202f». Son éditeur, les éditions du Chardon, prépare déjà des traductions "
        "en espagnol et en portugais pour le printemps.\n\n"
        "Le prochain album\u202f? «\u202fIl sera plus léger, promet-elle. J'ai besoin de rire "
        "un peu, et mes lecteurs aussi.\u202f»\n\n"
        "Le festival, qui attend 40\u202f000 visiteurs en quatre jours, lui consacre une "
        "exposition de 120 planches à la médiathèque municipale.",
        [
            (
                D,
                ["J'ai commencé ce livre sans savoir si j'avais le droit de le faire"],
                "Léonie Carvalho-Estrade",
            ),
            (
                D,
                [
                    "Ma grand-mère ne parlait jamais de son départ. J'ai dû reconstituer son "
                    "histoire à partir de trois photos et d'une lettre."
                ],
                "Léonie Carvalho-Estrade",
            ),
            (
                P,
                ["le meilleur endroit pour raconter l'intime à hauteur d'enfant"],
                "Léonie Carvalho-Estrade",
            ),
            (
                D,
                ["Il sera plus léger", "J'ai besoin de rire un peu, et mes lecteurs aussi."],
                "Léonie Carvalho-Estrade",
            ),
        ],
    ),
    (  # 3 start-up fund-raising: company "a annoncé avoir", cofounders, colon quote, "Mme X"
        "Toulouse — La jeune pousse toulousaine Veloria, qui conçoit des batteries pour vélos "
        "cargo, a annoncé mardi avoir levé 14 millions d'euros auprès de plusieurs fonds "
        "européens.\n\n"
        "« Cet argent va nous permettre de passer de l'atelier à l'usine », explique sa "
        "cofondatrice et directrice générale, Inès Barthomeuf. La société compte ouvrir une "
        "ligne de production à Colomiers d'ici à la fin de 2027 et embaucher une soixantaine "
        "de personnes.\n\n"
        "Fondée en 2022 par trois anciens ingénieurs de l'aéronautique, Veloria revendique "
        "4 000 batteries vendues l'an dernier, essentiellement à des particuliers. Son autre "
        "cofondateur, Mathis Ortolan, a précisé que les premiers modèles produits en série "
        "seraient destinés aux entreprises de livraison urbaine.\n\n"
        "Le marché reste pourtant étroit, et deux concurrents français ont fait faillite "
        "depuis 2024. Mme Barthomeuf se veut confiante : « La demande des collectivités "
        "explose, et nous avons déjà des commandes fermes pour 2027. »",
        [
            (
                I,
                ["avoir levé 14 millions d'euros auprès de plusieurs fonds européens"],
                "Veloria",
            ),
            (
                D,
                ["Cet argent va nous permettre de passer de l'atelier à l'usine"],
                "Inès Barthomeuf",
            ),
            (
                I,
                [
                    "les premiers modèles produits en série seraient destinés aux entreprises "
                    "de livraison urbaine"
                ],
                "Mathis Ortolan",
            ),
            (
                D,
                [
                    "La demande des collectivités explose, et nous avons déjà des commandes "
                    "fermes pour 2027."
                ],
                "Inès Barthomeuf",
            ),
        ],
    ),
    (  # 4 rugby: kicker, manager with "Selon lui", noun-object announcement not annotated
        "Le Rugby Club de Bellerive a arraché le match nul (23-23) sur la pelouse de l'Union "
        "sportive garonnaise, dimanche, grâce à une pénalité de 45 mètres de son ouvreur "
        "Anton Berezashvili à la dernière seconde.\n\n"
        "«\u00a0Je l'ai frappée comme à l'entraînement, sans regarder les poteaux\u00a0», a "
        "raconté l'international géorgien, qui avait manqué deux tentatives plus faciles en "
        "première période.\n\n"
        "Dominé en mêlée pendant toute la seconde période, le RCB a longtemps semblé à court "
        "d'idées. «\u00a0On a subi, on a souffert, mais on n'a jamais lâché\u00a0», a résumé "
        "son manager, Patrice Daguerre-Lartigue. Selon lui, ce point pris à l'extérieur "
        "pourrait peser lourd dans la course à la qualification.\n\n"
        "Côté garonnais, la frustration dominait après onze pénalités concédées. Le club a "
        "par ailleurs confirmé lundi la fracture de la cheville de son talonneur Maxime "
        "Ferrère, sorti sur civière à la 52e minute. Il sera absent au moins trois mois.",
        [
            (
                D,
                ["Je l'ai frappée comme à l'entraînement, sans regarder les poteaux"],
                "Anton Berezashvili",
            ),
            (
                D,
                ["On a subi, on a souffert, mais on n'a jamais lâché"],
                "Patrice Daguerre-Lartigue",
            ),
            (
                I,
                [
                    "ce point pris à l'extérieur pourrait peser lourd dans la course à la "
                    "qualification"
                ],
                "Patrice Daguerre-Lartigue",
            ),
        ],
    ),
    (  # 5 exoplanet: "Selon la responsable de l'étude, X", "la chercheuse", partial, no spaces
        "Une équipe d'astronomes de l'Observatoire des Hautes-Combes a annoncé jeudi la "
        "découverte d'une planète de la taille de la Terre en orbite autour d'une naine rouge "
        "située à 41 années-lumière du Soleil.\n\n"
        "Baptisée HC-17 b, la planète boucle une révolution en onze jours seulement, si près "
        "de son étoile qu'elle pourrait être brûlante. Selon la responsable de l'étude, "
        "l'astrophysicienne Camille Rouzaud-Ferrand, sa température de surface pourrait "
        "néanmoins permettre la présence d'eau liquide, à condition qu'elle possède une "
        "atmosphère épaisse.\n\n"
        "«C'est la première fois que nous trouvons un objet aussi prometteur aussi près de "
        "nous», s'enthousiasme la chercheuse, qui a passé près de trois ans à analyser les "
        "données du télescope de l'observatoire.\n\n"
        "Pour en avoir le cœur net, il faudra attendre les observations du futur télescope "
        "spatial européen, dont le lancement est prévu en 2029. Prudent, l'astronome Gérard "
        "Tissot, qui n'a pas participé à l'étude, rappelle qu'une planète située dans la zone "
        "habitable n'est «pas forcément habitable», en particulier autour d'une étoile aussi "
        "active.",
        [
            (
                I,
                [
                    "sa température de surface pourrait néanmoins permettre la présence d'eau "
                    "liquide, à condition qu'elle possède une atmosphère épaisse"
                ],
                "Camille Rouzaud-Ferrand",
            ),
            (
                D,
                [
                    "C'est la première fois que nous trouvons un objet aussi prometteur aussi "
                    "près de nous"
                ],
                "Camille Rouzaud-Ferrand",
            ),
            (P, ["pas forcément habitable"], "Gérard Tissot"),
        ],
    ),
    (  # 6 video game studio: inverted indirect "a annoncé son éditeur, X", quote over two
        # paragraphs (first one unclosed), "Selon lui"
        "Lille — Le studio lillois Brume Interactive a vendu plus de 1,2 million d'exemplaires "
        "de son jeu d'exploration Les Phares d'Ostra en un mois, a annoncé lundi son éditeur, "
        "Pixelvague.\n\n"
        "Son directeur créatif, Yanis Belkacem-Roux, 34 ans, n'en revient toujours pas. "
        "«\u00a0On a fêté les 10\u00a0000 ventes avec des pizzas. Les 100\u00a0000, on ne les "
        "a même pas vues passer\u00a0», sourit-il.\n\n"
        "Le jeu, qui a nécessité cinq ans de développement, a été financé en partie par une "
        "campagne participative. «\u00a0Au début, nous étions quatre dans un garage à "
        "Roubaix, sans salaire. Je ne savais même pas si le jeu sortirait un jour.\n\n"
        "«\u00a0Aujourd'hui, nous sommes soixante et la pression a changé de nature. On ne "
        "travaille plus seulement pour nous\u00a0», poursuit M. Belkacem-Roux.\n\n"
        "Selon lui, une suite est déjà à l'étude, mais pas avant 2028. En attendant, le "
        "studio prépare une version pour consoles portables, attendue au printemps.",
        [
            (
                I,
                [
                    "Le studio lillois Brume Interactive a vendu plus de 1,2 million "
                    "d'exemplaires de son jeu d'exploration Les Phares d'Ostra en un mois"
                ],
                "Pixelvague",
            ),
            (
                D,
                [
                    "On a fêté les 10\u00a0000 ventes avec des pizzas. Les 100\u00a0000, on ne "
                    "les a même pas vues passer"
                ],
                "Yanis Belkacem-Roux",
            ),
            (
                D,
                [
                    "Au début, nous étions quatre dans un garage à Roubaix, sans salaire. Je ne "
                    "savais même pas si le jeu sortirait un jour.",
                    "Aujourd'hui, nous sommes soixante et la pression a changé de nature. On ne "
                    "travaille plus seulement pour nous",
                ],
                "Yanis Belkacem-Roux",
            ),
            (I, ["une suite est déjà à l'étude, mais pas avant 2028"], "Yanis Belkacem-Roux"),
        ],
    ),
    (  # 7 tennis: "a déclaré la 58e joueuse mondiale", incise "a-t-elle raconté", coach
        # indirect, partial after "reconnu avoir"; no spaces inside « »
        "Marseille — La Française Maëlys Ondarra s'est qualifiée mercredi pour les quarts de "
        "finale de l'Open de la Corniche en battant la tête de série numéro 2, la Tchèque "
        "Klára Dvořáčková, 6-4, 3-6, 7-5 en 2 h 41.\n\n"
        "«Je crois que c'est la plus belle victoire de ma carrière», a déclaré la 58e joueuse "
        "mondiale, les larmes aux yeux, au micro des organisateurs. Menée 5-2 dans la "
        "dernière manche, elle a sauvé trois balles de match avant de renverser la "
        "rencontre.\n\n"
        "«À 5-2, je me suis dit que j'allais au moins essayer de lui faire peur, a-t-elle "
        "raconté ensuite en conférence de presse. Et puis le public s'y est mis.»\n\n"
        "Son entraîneur, Stéphane Malaurie, a expliqué que la joueuse avait modifié sa "
        "préparation physique cet été après une blessure au poignet qui l'avait privée de "
        "tournoi pendant deux mois.\n\n"
        "Beaucoup moins loquace, Klára Dvořáčková a seulement reconnu avoir «manqué de "
        "jambes» dans le troisième set. Maëlys Ondarra affrontera jeudi l'Américaine Dana "
        "Whitcombe pour une place en demi-finale.",
        [
            (
                D,
                ["Je crois que c'est la plus belle victoire de ma carrière"],
                "Maëlys Ondarra",
            ),
            (
                D,
                [
                    "À 5-2, je me suis dit que j'allais au moins essayer de lui faire peur",
                    "Et puis le public s'y est mis.",
                ],
                "Maëlys Ondarra",
            ),
            (
                I,
                [
                    "la joueuse avait modifié sa préparation physique cet été après une "
                    "blessure au poignet qui l'avait privée de tournoi pendant deux mois"
                ],
                "Stéphane Malaurie",
            ),
            (P, ["manqué de jambes"], "Klára Dvořáčková"),
        ],
    ),
    (  # 8 cycling stage race: “ ” in French, partial after "a jugé la journée"
        "Le Belge Jens Vandermaelen (Kestrel-Arvalis) a remporté mardi la 4e étape du Tour du "
        "Haut-Lignon, 187 kilomètres entre Saint-Firmin-des-Bois et Lavaldieu, au terme d'une "
        "échappée de plus de 150 kilomètres sous une chaleur écrasante.\n\n"
        "“J'ai attaqué dès le kilomètre zéro parce que je savais que c'était ma seule "
        "chance”, a expliqué le coureur de 26 ans, qui n'avait plus levé les bras depuis deux "
        "saisons. Ses deux compagnons d'échappée ont été repris à 12 kilomètres de "
        "l'arrivée.\n\n"
        "Au classement général, le Français Hugo Castanié conserve le maillot de leader avec "
        "34 secondes d'avance sur l'Espagnol Iker Zubeldia. Son directeur sportif, Olivier "
        "Plantade, a toutefois jugé la journée “plus usante que prévu” pour ses équipiers, "
        "obligés de rouler en tête pendant près de quatre heures.\n\n"
        "La 5e étape, mercredi, se terminera au sommet du col de la Pierre-Plantée, une "
        "montée de 11 kilomètres à 8 % de moyenne.",
        [
            (
                D,
                [
                    "J'ai attaqué dès le kilomètre zéro parce que je savais que c'était ma "
                    "seule chance"
                ],
                "Jens Vandermaelen",
            ),
            (P, ["plus usante que prévu"], "Olivier Plantade"),
        ],
    ),
    (  # 9 film festival: jury president, colon quote, "Les organisateurs ont fait savoir"
        "Le Grand Prix du 31e Festival international du film de Valcourtois a été attribué "
        "samedi soir à La Saison des cendres, premier long-métrage de la réalisatrice "
        "sénégalaise Awa Ndiaye-Coulibaly, qui suit trois générations de pêcheuses sur une "
        "île du delta.\n\n"
        "«\u202fCe film nous a bouleversés par sa pudeur et sa violence contenue\u202f», a "
        "déclaré le président du jury, le comédien Raphaël Montagnac, en remettant le prix. "
        "Le film repart également avec le prix du public.\n\n"
        "Sur scène, la cinéaste a dédié sa récompense aux habitants du village où elle a "
        "tourné\u202f: «\u202fIls m'ont prêté leurs maisons, leurs barques et leurs "
        "souvenirs. Ce prix est le leur.\u202f»\n\n"
        "Le prix d'interprétation est revenu au Québécois Mathieu Lapierre-Gagnon pour son "
        "rôle de père endeuillé dans Les Fonds clairs. Les organisateurs ont fait savoir que "
        "la fréquentation avait progressé de 12\u202f% cette année, avec 68\u202f000 entrées "
        "en dix jours.",
        [
            (
                D,
                ["Ce film nous a bouleversés par sa pudeur et sa violence contenue"],
                "Raphaël Montagnac",
            ),
            (
                D,
                [
                    "Ils m'ont prêté leurs maisons, leurs barques et leurs souvenirs. Ce prix "
                    "est le leur."
                ],
                "Awa Ndiaye-Coulibaly",
            ),
            (
                I,
                [
                    "la fréquentation avait progressé de 12\u202f% cette année, avec "
                    "68\u202f000 entrées en dix jours"
                ],
                "organisateurs",
            ),
        ],
    ),
    (  # 10 literary prize: "l'écrivain", partial in reported speech, "confie-t-il", jury chair
        "Le prix Renaudière a été décerné mardi à Samuel Oyono-Bessière pour son roman Les "
        "Heures blanches (Grand-Large), au quatrième tour de scrutin, par six voix "
        "contre quatre.\n\n"
        "Joint par téléphone, l'écrivain de 41 ans, ancien professeur de lettres dans un "
        "lycée de Besançon, disait avoir appris la nouvelle «\u00a0dans le train, entre deux "
        "tunnels\u00a0».\n\n"
        "«\u00a0Je n'ai pas écrit ce livre pour les prix. Je l'ai écrit pour mon père, qui ne "
        "le lira jamais\u00a0», confie-t-il. Le roman suit le retour d'un fils au chevet de "
        "son père, un ancien cheminot atteint de la maladie d'Alzheimer, dans une petite "
        "ville du Doubs.\n\n"
        "La présidente du jury, Françoise Halbwachs-Noiret, a salué «\u00a0une langue d'une "
        "précision rare, sans le moindre effet\u00a0». Tiré à 8\u00a0000 exemplaires à sa "
        "sortie en août, le livre doit être réimprimé dès cette semaine à 60\u00a0000 "
        "exemplaires, selon son éditeur.",
        [
            (P, ["dans le train, entre deux tunnels"], "Samuel Oyono-Bessière"),
            (
                D,
                [
                    "Je n'ai pas écrit ce livre pour les prix. Je l'ai écrit pour mon père, qui "
                    "ne le lira jamais"
                ],
                "Samuel Oyono-Bessière",
            ),
            (
                P,
                ["une langue d'une précision rare, sans le moindre effet"],
                "Françoise Halbwachs-Noiret",
            ),
            (
                I,
                [
                    "Tiré à 8\u00a0000 exemplaires à sa sortie en août, le livre doit être "
                    "réimprimé dès cette semaine à 60\u00a0000 exemplaires"
                ],
                "Grand-Large",
            ),
        ],
    ),
    (  # 11 women's handball: "a-t-elle lancé", inverted "a déclaré ... l'entraîneur, X"
        "Les handballeuses de Saint-Ambroise ont décroché dimanche le premier titre européen "
        "de leur histoire en battant en finale de la Coupe d'Europe le club danois de "
        "Vestholm (29-26), devant 5\u00a0800 spectateurs chauffés à blanc.\n\n"
        "Élue meilleure joueuse de la finale avec neuf buts, l'arrière droite Chloé "
        "Mbarga-Fontaine n'a pas caché son émotion. «\u00a0Il y a trois ans, on jouait en "
        "deuxième division devant deux cents personnes. Ce soir, on est championnes "
        "d'Europe\u00a0», a-t-elle lancé, le trophée dans les bras.\n\n"
        "Menées de quatre buts à la pause, les Ambroisiennes ont renversé la rencontre grâce à "
        "une défense étagée et aux arrêts de leur gardienne, Inga Solheim, auteure de 17 "
        "parades. «\u00a0Ce groupe a une force mentale que je n'ai jamais vue ailleurs\u00a0», "
        "a déclaré de son côté l'entraîneur, Jérôme Vasseur-Lhomme, qui a prolongé son "
        "contrat jusqu'en 2029.\n\n"
        "La mairie organise mercredi une réception en l'honneur des joueuses à l'hôtel de "
        "ville. Le club, dont le budget ne dépasse pas 2,4 millions d'euros, retrouvera le "
        "championnat dès samedi face à Brest-Armor.",
        [
            (
                D,
                [
                    "Il y a trois ans, on jouait en deuxième division devant deux cents "
                    "personnes. Ce soir, on est championnes d'Europe"
                ],
                "Chloé Mbarga-Fontaine",
            ),
            (
                D,
                ["Ce groupe a une force mentale que je n'ai jamais vue ailleurs"],
                "Jérôme Vasseur-Lhomme",
            ),
        ],
    ),
    (  # 12 palaeontology: "…, selon le Muséum X, qui…" (part before), curator, narrow spaces
        "Des paléontologues amateurs ont mis au jour, dans une carrière de calcaire de "
        "Charente, les restes presque complets d'un dinosaure herbivore vieux d'environ 140 "
        "millions d'années. La découverte remonte au mois de juin, mais elle n'a été rendue "
        "publique que lundi, une fois les premiers os mis à l'abri.\n\n"
        "Le squelette, long de sept mètres, appartiendrait à une espèce encore inconnue, selon "
        "le Muséum d'histoire naturelle de Rochebrune, qui a pris en charge les fouilles. "
        "Conservateur de l'établissement, Pierre-Yves Lacombe parle d'«\u202fune trouvaille "
        "comme on en fait une par génération en Europe\u202f».\n\n"
        "Les os doivent maintenant être dégagés de leur gangue de calcaire, un travail qui "
        "prendra au moins deux ans. Les deux découvreurs, des frères retraités passionnés de "
        "fossiles depuis l'enfance, seront associés à la publication scientifique et espèrent "
        "voir l'animal porter le nom de leur village.\n\n"
        "Le squelette devrait être présenté au public à Rochebrune à l'horizon 2029.",
        [
            (
                I,
                ["Le squelette, long de sept mètres, appartiendrait à une espèce encore inconnue"],
                "Muséum d'histoire naturelle de Rochebrune",
            ),
            (
                P,
                ["une trouvaille comme on en fait une par génération en Europe"],
                "Pierre-Yves Lacombe",
            ),
        ],
    ),
    (  # 13 theatre festival: noun object not annotated, "M. X", "Il s'en est expliqué :"
        "Le Festival de théâtre de Montbrison-les-Vignes a dévoilé jeudi la programmation de "
        "sa 40e édition, qui accueillera 46 spectacles du 3 au 24 juillet, dont douze "
        "créations et une dizaine de propositions pour le jeune public.\n\n"
        "Son directeur, Armand Kessler-Dutheil, a présenté une édition largement ouverte aux "
        "compagnies émergentes, dont la moitié des artistes ont moins de 35 ans. La soirée "
        "d'ouverture sera confiée au collectif marseillais Les Gens du Quai, qui investira la "
        "cour de l'ancien couvent des Ursulines avec une adaptation des Perses d'Eschyle.\n\n"
        "Face à la hausse des coûts, le festival augmente ses tarifs de 2 euros pour la "
        "première fois depuis 2019. M. Kessler-Dutheil s'en est expliqué : « Nos dépenses "
        "techniques ont bondi de 30 % en trois ans. Nous avons préféré cette hausse à la "
        "suppression de spectacles. »\n\n"
        "La billetterie ouvrira le 2 mai. L'an dernier, le festival avait attiré 92 000 "
        "spectateurs, un record.",
        [
            (
                D,
                [
                    "Nos dépenses techniques ont bondi de 30 % en trois ans. Nous avons préféré "
                    "cette hausse à la suppression de spectacles."
                ],
                "Armand Kessler-Dutheil",
            ),
        ],
    ),
    (  # 14 esport: captain quote, "Le ministère des Sports a fait savoir qu'"
        "L'équipe française Solaris Gaming a remporté dimanche à Séoul le championnat du "
        "monde de Starfall Arena, un jeu de stratégie en ligne, en battant en finale les "
        "Coréens de Hanul Esports trois manches à deux. Elle empoche 1,5 million de dollars, "
        "la plus grosse somme jamais gagnée par une formation tricolore.\n\n"
        "«\u00a0On a joué chaque partie comme si c'était la dernière. Personne ne nous voyait "
        "en finale, et ça nous a libérés\u00a0», a réagi son capitaine, Lucas Meyrignac, 22 "
        "ans, depuis la salle de presse.\n\n"
        "La finale a été suivie en direct par plus de 3 millions de spectateurs sur les "
        "plateformes de diffusion, dont 400\u00a0000 en France. Dans la foulée, le ministère "
        "des Sports a fait savoir qu'il étudiait la création d'un statut de sportif de haut "
        "niveau pour les joueurs professionnels de jeux vidéo.\n\n"
        "Les cinq joueurs de Solaris Gaming, âgés de 19 à 24 ans, s'entraînent près de dix "
        "heures par jour dans un centre installé à Montreuil.",
        [
            (
                D,
                [
                    "On a joué chaque partie comme si c'était la dernière. Personne ne nous "
                    "voyait en finale, et ça nous a libérés"
                ],
                "Lucas Meyrignac",
            ),
            (
                I,
                [
                    "il étudiait la création d'un statut de sportif de haut niveau pour les "
                    "joueurs professionnels de jeux vidéo"
                ],
                "ministère des Sports",
            ),
        ],
    ),
    (  # 15 music, cancelled tour: statement of the singer, "son porte-parole, X"
        "La chanteuse Nadia Ferhat-Lemaire a annulé les six dernières dates de sa tournée "
        "d'automne, dont deux concerts prévus à l'Arena de Valmeuse, en raison d'une "
        "inflammation des cordes vocales.\n\n"
        "«Les médecins m'ont imposé un repos complet de deux mois. Je suis désolée pour tous "
        "ceux qui avaient acheté leur billet», a écrit l'artiste dimanche sur les réseaux "
        "sociaux, dans un message accompagné d'une photo d'elle en studio.\n\n"
        "Quelque 38 000 billets avaient été vendus pour ces six concerts. «Tous les billets "
        "seront remboursés, et nous travaillons déjà à reprogrammer les concerts au "
        "printemps», a assuré son porte-parole, Julien Abadie, qui promet de nouvelles dates "
        "d'ici à la fin de l'année.\n\n"
        "Révélée en 2021 par son album Rue des Lilas, Nadia Ferhat-Lemaire avait déjà dû "
        "interrompre une tournée en 2023 pour les mêmes raisons.",
        [
            (
                D,
                [
                    "Les médecins m'ont imposé un repos complet de deux mois. Je suis désolée "
                    "pour tous ceux qui avaient acheté leur billet"
                ],
                "Nadia Ferhat-Lemaire",
            ),
            (
                D,
                [
                    "Tous les billets seront remboursés, et nous travaillons déjà à "
                    "reprogrammer les concerts au printemps"
                ],
                "Julien Abadie",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 cricket (The Hindu): "said Kumaran", captain indirect, coach colon quote
        "Chennai: Left-arm spinner Vignesh Kumaran claimed six for 41 as the Kaveri Kings "
        "bowled out the Malwa Strikers for 163 on the final day to win their Inter-Zonal "
        "Trophy match by 118 runs at the Marina Oval on Sunday.\n\n"
        "Resuming on 62 for two, the Strikers lost eight wickets for 101 runs in the morning "
        "session, with only opener Sandeep Chauhan (58) offering any resistance.\n\n"
        "“The ball was gripping from the first session, so I just kept it simple and bowled "
        "stump to stump,” said Kumaran, who now has 27 wickets in four matches this season.\n\n"
        "Kings captain Arjun Sethuraman said the team had planned to bat only once after "
        "winning the toss on a dry surface.\n\n"
        "Malwa coach Devendra Pratap Rawal was blunt: “We batted like a side that had already "
        "packed its bags. There is no excuse for that at this level.”\n\n"
        "The Kings, who top Group B with 19 points, host Konkan United at the same venue from "
        "Friday.",
        [
            (
                D,
                [
                    "The ball was gripping from the first session, so I just kept it simple "
                    "and bowled stump to stump"
                ],
                "Vignesh Kumaran",
            ),
            (
                I,
                ["the team had planned to bat only once after winning the toss on a dry surface"],
                "Arjun Sethuraman",
            ),
            (
                D,
                [
                    "We batted like a side that had already packed its bags. There is no "
                    "excuse for that at this level."
                ],
                "Devendra Pratap Rawal",
            ),
        ],
    ),
    (  # 2 marathon (Daily Nation): "A," X said. "B." = two directs, manager, "according to"
        "KISUMU — Mercy Jelagat Koech broke the course record at the Lakeside City Marathon "
        "on Sunday, winning the women's race in 2:19:48 in only her second attempt at the "
        "distance.\n\n"
        "The 24-year-old pulled away from a leading group of five at the 35-kilometre mark and "
        "crossed the line almost two minutes ahead of compatriot Sharon Atieno, with "
        "Ethiopia's Tigist Alemu third.\n\n"
        '"I wanted to run my own race and not look at the others," Koech said after the '
        'finish. "At 35 kilometres I felt strong, so I went."\n\n'
        "Her manager, Peter Ochieng Were, said she would now target a place in Kenya's team "
        "for the world championships in August.\n\n"
        "The men's race went to debutant Brian Kiptoo in 2:08:15. About 12,000 runners took "
        "part, up from 8,500 last year, according to the Lakeside Athletics Foundation, which "
        "organises the event.",
        [
            (
                D,
                ["I wanted to run my own race and not look at the others"],
                "Mercy Jelagat Koech",
            ),
            (D, ["At 35 kilometres I felt strong, so I went."], "Mercy Jelagat Koech"),
            (
                I,
                [
                    "she would now target a place in Kenya's team for the world championships "
                    "in August"
                ],
                "Peter Ochieng Were",
            ),
            (
                I,
                ["About 12,000 runners took part, up from 8,500 last year"],
                "Lakeside Athletics Foundation",
            ),
        ],
    ),
    (  # 3 AFL coach sacked (ABC): club partial in reported speech, president, "she added",
        # "According to the club,"
        "The Derwent Falcons have sacked senior coach Greg Haddon-Miles after a run of nine "
        'straight losses, with the club saying it needed "a fresh voice" heading into the '
        "2027 season.\n\n"
        "Haddon-Miles, who took over in 2023, guided the Falcons to a preliminary final in "
        "his first year, but the side has won just three games this season and sits "
        "second-last on the ladder.\n\n"
        '"Greg has given everything to this club, and none of us take this decision '
        'lightly," Falcons president Leanne Corbett-Shaw told reporters in Hobart on '
        "Monday.\n\n"
        "\"But our results simply haven't been good enough, and our members deserve "
        'better," she added.\n\n'
        "Assistant coach Tom Vella will take charge for the final two rounds. According to "
        "the club, a permanent replacement will be named before the end of October.\n\n"
        "Haddon-Miles has not commented publicly.",
        [
            (P, ["a fresh voice"], "Derwent Falcons"),
            (
                D,
                [
                    "Greg has given everything to this club, and none of us take this decision lightly"
                ],
                "Leanne Corbett-Shaw",
            ),
            (
                D,
                ["But our results simply haven't been good enough, and our members deserve better"],
                "Leanne Corbett-Shaw",
            ),
            (
                I,
                ["a permanent replacement will be named before the end of October"],
                "Derwent Falcons",
            ),
        ],
    ),
    (  # 4 ice hockey (CBC): two directs, quote over two paragraphs "he went on", coach partial
        "WINNIPEG — Three years after a hip injury that doctors warned might end his career, "
        "goaltender Samuel Okafor-Lindqvist made 38 saves on Saturday as the Red River Ravens "
        "beat the Bow Valley Chinooks 4-1.\n\n"
        "It was his first win on home ice since March 2023, and the sellout crowd of 15,204 "
        "chanted his name through the final minute.\n\n"
        "“There were mornings when I couldn't put my socks on by myself,” Okafor-Lindqvist "
        "said after the game. “You don't forget that. Every game now is a bonus.”\n\n"
        "The road back took 26 months, two operations and a season in the minor leagues.\n\n"
        "“Nobody could tell me if I'd play again. I'd go to the rink, watch the guys skate, "
        "and drive home feeling like a ghost.\n\n"
        "“What got me through was my daughter. She'd ask every night when Daddy was going "
        "back on TV,” he went on.\n\n"
        "Ravens head coach Denise Marchand called the performance “as complete a game as "
        "you'll see from a goalie”. The Ravens host Saskatoon on Tuesday.",
        [
            (
                D,
                ["There were mornings when I couldn't put my socks on by myself"],
                "Samuel Okafor-Lindqvist",
            ),
            (
                D,
                ["You don't forget that. Every game now is a bonus."],
                "Samuel Okafor-Lindqvist",
            ),
            (
                D,
                [
                    "Nobody could tell me if I'd play again. I'd go to the rink, watch the guys "
                    "skate, and drive home feeling like a ghost.",
                    "What got me through was my daughter. She'd ask every night when Daddy was "
                    "going back on TV",
                ],
                "Samuel Okafor-Lindqvist",
            ),
            (P, ["as complete a game as you'll see from a goalie"], "Denise Marchand"),
        ],
    ),
    (  # 5 agritech start-up (Daily Nation): apposition "its chief executive, X", "Ms X" colon
        "NAIROBI — Agritech start-up Shamba Ledger has raised $6.5 million (about Sh840 "
        "million) in a funding round led by Kilele Ventures, money it will use to take its "
        "crop-insurance app into Uganda and Tanzania next year.\n\n"
        "Founded in 2021, the company has signed up more than 140,000 smallholder farmers, "
        "who pay as little as Sh50 a week to insure maize and bean crops against drought and "
        "flooding.\n\n"
        '"Most of this money goes into people, not servers," its chief executive, Wanjiru '
        'Kamau-Odhiambo, said on Tuesday. "We need agents in every sub-county who speak the '
        "farmers' language.\"\n\n"
        'Ms Kamau-Odhiambo, a former bank analyst, is candid about the risks: "Insurance only '
        "works if farmers trust that we will pay. One bad season handled badly and we are "
        'finished."\n\n'
        "Shamba Ledger paid out Sh31 million to about 9,000 farmers after last year's failed "
        "short rains.",
        [
            (D, ["Most of this money goes into people, not servers"], "Wanjiru Kamau-Odhiambo"),
            (
                D,
                ["We need agents in every sub-county who speak the farmers' language."],
                "Wanjiru Kamau-Odhiambo",
            ),
            (
                D,
                [
                    "Insurance only works if farmers trust that we will pay. One bad season "
                    "handled badly and we are finished."
                ],
                "Wanjiru Kamau-Odhiambo",
            ),
        ],
    ),
    (  # 6 rediscovered marsupial (ABC): "said ecologist Dr X, who…" then a new sentence,
        # department as speaker
        "A tiny marsupial not recorded in the wild for more than half a century has been "
        "photographed by motion-sensor cameras in the Tarrawong Ranges, in Western "
        "Australia's south-west.\n\n"
        "The Tarrawong pebble-mouse, a carnivorous marsupial about the size of a matchbox, "
        "was last seen alive in 1971 and had been listed as possibly extinct.\n\n"
        "“When I saw the first image I honestly thought it was a rat,” said ecologist Dr Priya "
        "Nandakumar, who leads the survey for Karrendale University. “Then I zoomed in on the "
        "tail and had to sit down.”\n\n"
        "The cameras captured at least four individuals over six weeks, including what "
        "appears to be a female carrying young.\n\n"
        "The Department of Landcare and Wildlife said the exact location would be kept secret "
        "to protect the animals from collectors and feral cats.",
        [
            (
                D,
                ["When I saw the first image I honestly thought it was a rat"],
                "Priya Nandakumar",
            ),
            (
                D,
                ["Then I zoomed in on the tail and had to sit down."],
                "Priya Nandakumar",
            ),
            (
                I,
                [
                    "the exact location would be kept secret to protect the animals from "
                    "collectors and feral cats"
                ],
                "Department of Landcare and Wildlife",
            ),
        ],
    ),
    (  # 7 football (The Independent): comma incise = one quote two spans, "he said",
        # partial in reported speech
        "Harrowgate Athletic's unbeaten start to the season came to a juddering halt at "
        "Brindley Park on Saturday, where two goals in four second-half minutes from Joel "
        "Oduya-Marsh gave Kingsmoor Rovers a 2-0 win.\n\n"
        '"We were second best for an hour," admitted Harrowgate manager Callum Drysdale, '
        '"and if you give teams at this level that much respect, you get punished."\n\n'
        "The visitors were furious that Oduya-Marsh's opener stood after a clear tug on "
        "defender Lewis Farrant's shirt in the build-up, but Drysdale refused to be drawn on "
        "the officials. \"I've seen it once and I'm not going to look at it again,\" he "
        "said.\n\n"
        'Kingsmoor manager Elena Vasquez-Hart said her side had "earned the right to enjoy '
        'this one" after three defeats in their opening five matches.\n\n'
        "Harrowgate remain top of the table on goal difference, with Kingsmoor up to ninth.",
        [
            (
                D,
                [
                    "We were second best for an hour",
                    "and if you give teams at this level that much respect, you get punished.",
                ],
                "Callum Drysdale",
            ),
            (
                D,
                ["I've seen it once and I'm not going to look at it again"],
                "Callum Drysdale",
            ),
            (P, ["earned the right to enjoy this one"], "Elena Vasquez-Hart"),
        ],
    ),
    (  # 8 game studio layoffs (CBC): company indirect, union spokesperson after the quote
        "MONTREAL — Montreal video game studio Hollow Lantern Games is laying off 45 "
        "employees, about a fifth of its workforce, less than two months after releasing its "
        "most ambitious title.\n\n"
        "In a statement on Wednesday, the company said the cuts were needed after sales of "
        "the fantasy adventure Emberfall fell well short of its forecasts.\n\n"
        "“People found out in a 15-minute video call, some of them while they were on "
        "parental leave,” said Amélie Gauthier-Roy, a spokesperson for the Quebec Game "
        "Workers' Alliance, which represents about 30 of the affected staff.\n\n"
        "The studio, founded in 2012 by two former animators, received $4.2 million in "
        "provincial tax credits last year. It is the third Montreal studio to announce "
        "layoffs since September, after Polestar Interactive and Vireo.",
        [
            (
                I,
                [
                    "the cuts were needed after sales of the fantasy adventure Emberfall fell "
                    "well short of its forecasts"
                ],
                "Hollow Lantern Games",
            ),
            (
                D,
                [
                    "People found out in a 15-minute video call, some of them while they were "
                    "on parental leave"
                ],
                "Amélie Gauthier-Roy",
            ),
        ],
    ),
    (  # 9 literature festival (The Hindu): novelist named once, "she told", "she went on"
        "Kochi: The novelist Meenakshi Raghavan-Pillai drew the largest crowd of the opening "
        "day at the Periyar Literature Festival on Friday, where she spoke about Backwater "
        "Hours, the debut novel that won this year's Sahyadri Prize for fiction.\n\n"
        "The book, which follows three sisters running a toddy shop in a village near "
        "Alappuzha, took nine years to write and went through three complete drafts.\n\n"
        "“I wrote the first draft in Malayalam and threw it away. The second one I wrote in "
        "English, and it felt like lying,” she told a packed hall.\n\n"
        "“The third draft was both languages at once, the way people in my village actually "
        "talk,” she went on, to laughter and applause.\n\n"
        "The festival, now in its sixth edition, runs until Monday and features more than 140 "
        "writers from 11 countries.",
        [
            (
                D,
                [
                    "I wrote the first draft in Malayalam and threw it away. The second one I "
                    "wrote in English, and it felt like lying"
                ],
                "Meenakshi Raghavan-Pillai",
            ),
            (
                D,
                [
                    "The third draft was both languages at once, the way people in my village "
                    "actually talk"
                ],
                "Meenakshi Raghavan-Pillai",
            ),
        ],
    ),
    (  # 10 band reunion (The Independent): band as speaker, partial in reported speech
        "Glasshouse Parade, the Bristol band whose 2004 album Paper Lanterns sold more than "
        "two million copies, have announced a 14-date reunion tour of the UK and Ireland for "
        "next spring.\n\n"
        "The four-piece split acrimoniously in 2011 after a string of cancelled shows, and "
        "singer Dominic Farrelly and guitarist Kit Ashworth did not speak to each other for "
        "almost a decade. The pair were photographed together at a friend's wedding last "
        "summer, prompting months of speculation among fans.\n\n"
        'In a post on social media, the band said the tour would be "the last time we do '
        'this properly, with all four of us on stage".\n\n'
        "Tickets go on sale on Friday, with prices starting at £45. The tour opens in Glasgow "
        "on 2 April and ends with two nights at the Alexandra Hall in London.",
        [
            (
                P,
                ["the last time we do this properly, with all four of us on stage"],
                "Glasshouse Parade",
            ),
        ],
    ),
    (  # 11 rocket launch (ABC): mission director, colon quote
        "A rocket built by Queensland company Southern Arc Launch has reached orbit on its "
        "second attempt, placing two small weather satellites into orbit for a Japanese "
        "customer.\n\n"
        "The 23-metre Kestrel rocket lifted off from the company's launch site at Cape Merron "
        "at 7:42am on Thursday, 14 months after its first flight ended in a fireball seconds "
        "after take-off.\n\n"
        "Speaking outside mission control, mission director Hannah Lidcombe-Reyes was close "
        "to tears: “Fourteen months ago we were picking pieces of our rocket out of the "
        "scrub. Today we are an orbital launch company.”\n\n"
        "The company, which employs about 220 people, has received $18 million in federal "
        "grants since 2022 and plans up to six launches next year. Several hundred people "
        "watched the launch from a beach about 10 kilometres away.",
        [
            (
                D,
                [
                    "Fourteen months ago we were picking pieces of our rocket out of the scrub. "
                    "Today we are an orbital launch company."
                ],
                "Hannah Lidcombe-Reyes",
            ),
        ],
    ),
    (  # 12 voice assistant launch (The Hindu): "the minister said"
        "Bengaluru: A Kannada-language voice assistant developed by city start-up VaakLabs "
        "was launched by State IT Minister Harish Gowda-Shetty at Vidhana Soudha on "
        "Monday.\n\n"
        "The assistant, called Nudi, can answer questions about land records, bus timings and "
        "crop prices, and was trained on about 9,000 hours of recorded speech collected from "
        "22 districts.\n\n"
        '"Technology that does not speak the language of the farmer in Chitradurga is not '
        'technology for Karnataka," the minister said at the launch, where farmers from '
        "Tumakuru and Mandya district tried out the service on basic feature phones.\n\n"
        "The service will be piloted in 400 village offices from January. VaakLabs, founded "
        "in 2023 by two former researchers at a city institute, has 35 employees and is "
        "backed by a government innovation fund.",
        [
            (
                D,
                [
                    "Technology that does not speak the language of the farmer in Chitradurga "
                    "is not technology for Karnataka"
                ],
                "Harish Gowda-Shetty",
            ),
        ],
    ),
    (  # 13 rugby sevens (Daily Nation): coach partial
        "Kenya's men's sevens team finished fifth at the Indian Ocean Sevens in Port Louis on "
        "Sunday after beating Samoa 19-12 in the play-off, a day after a narrow quarter-final "
        "defeat by Argentina.\n\n"
        "Winger Collins Otieno Ouma scored twice against Samoa and finished the tournament "
        "with seven tries, the joint highest in the competition. Captain Dennis Wekesa was "
        "ruled out of the final day with a shoulder injury.\n\n"
        'Head coach Benson Mwangi Kariuki described the weekend as "a step forward, but not '
        'the step we wanted" after his side led Argentina until the final play of their '
        "quarter-final.\n\n"
        "The fifth-place finish lifts Kenya to seventh in the overall series standings. The "
        "team returns to Nairobi on Tuesday and will prepare for the next leg of the series "
        "in Dubai in three weeks.",
        [
            (P, ["a step forward, but not the step we wanted"], "Benson Mwangi Kariuki"),
        ],
    ),
    (  # 14 arena plan (CBC): councillor direct, "the council said" = the named council
        "HALIFAX — Harbourview Regional Council has approved a $38-million plan to replace "
        "the aging Northcliffe Arena with a two-rink community centre, ending a debate that "
        "has dragged on for almost five years.\n\n"
        "Councillors voted 11-4 in favour on Tuesday night, after residents packed the public "
        "gallery for the third meeting in a row.\n\n"
        "“Kids in this neighbourhood have been skating in a building with a leaking roof and "
        "no hot water in the change rooms,” said Coun. Rachel Mbeki-Doucette, who represents "
        "the area.\n\n"
        "In a news release on Wednesday, the council said construction would begin in the "
        "spring of 2027 and take about two years. The old arena, built in 1968, will stay open "
        "until the new one is ready, and minor hockey associations will keep their ice times "
        "during construction.",
        [
            (
                D,
                [
                    "Kids in this neighbourhood have been skating in a building with a leaking "
                    "roof and no hot water in the change rooms"
                ],
                "Rachel Mbeki-Doucette",
            ),
            (
                I,
                ["construction would begin in the spring of 2027 and take about two years"],
                "Harbourview Regional Council",
            ),
        ],
    ),
    (  # 15 film festival (ABC): documentary maker, speaker named then surname after quote
        "Brisbane filmmaker Jarrah Whitfield-Nunn has won the top prize at the Coral Coast "
        "Film Festival for Saltwater Mothers, a documentary following four Torres Strait "
        "women who run a turtle-monitoring program on their home island.\n\n"
        "The film, shot over four years on a budget of less than $300,000, beat 11 other "
        "features to the $50,000 award, which was presented on Saturday night in Cairns.\n\n"
        '"This film belongs to the women who let us into their lives and their kitchens for '
        'four years," Whitfield-Nunn said as she accepted the award.\n\n'
        "Saltwater Mothers will be shown at community screenings across the Torres Strait "
        "before a national cinema release in March. The festival's audience award went to "
        "the Perth comedy Second Gear, about a retired driving instructor who takes up "
        "rally racing.",
        [
            (
                D,
                [
                    "This film belongs to the women who let us into their lives and their "
                    "kitchens for four years"
                ],
                "Jarrah Whitfield-Nunn",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout31.jsonl"),
        "heldout31",
        "h31",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
