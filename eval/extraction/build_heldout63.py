"""Source of the sixty-third held-out set: writes heldout63.jsonl (split "heldout63").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
copy from parliamentary committee hearings and public inquiries (a collapsed viaduct, closing
maternity wards, a listeria outbreak, care homes, a maimed protester, electricity prices, drinking
water, energy-renovation fraud, regional trains, a hospital cyberattack, a pesticide, a chemical
fire, a privatised airport, a social network, an air crash; rail cancellations, a maternity unit,
an inhaler's price, a tower fire, a digital ID programme, sewage, accounting software, exam
results, a failed energy supplier, a video app, a ferry sinking, armoured vehicles, a stadium
crush, a lobbyist, a coal-tip landslide), with chairs questioning ministers, executives,
officials, whistleblowers and victims' families, members interrupting, written statements and the
chairs' conclusions.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout63.py
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
    (  # 1 viaduct inquiry: plain spaces, chair's question "?» a demandé … le député X" after,
        # witness's own e-mail words read out: "qualifiait … de « … »" partial
        "La commission d'enquête parlementaire sur l'effondrement du viaduc de la Sorgues-Basse a "
        "auditionné mercredi l'ancien directeur interdépartemental des routes du Sud-Ouest, "
        "Patrick Quéméneur, en poste au moment du drame, qui avait fait onze morts en février. "
        "Aujourd'hui à la retraite, il s'est présenté seul, sans avocat.\n\n"
        "« Vous aviez entre les mains, depuis 2021, un rapport qui classait l'ouvrage dans la "
        "catégorie la plus critique. Pourquoi n'avez-vous rien fait ? » a demandé d'emblée le "
        "président de la commission, le député Dominique Lasserre-Vigan.\n\n"
        "L'ancien haut fonctionnaire a longuement détaillé ses demandes de crédits, refusées à "
        "deux reprises par l'administration centrale, ainsi que les notes adressées chaque année "
        "à sa hiérarchie.\n\n"
        "La rapporteure, Clémence Aubertot-Saïd, l'a alors interrompu pour lire un courriel de "
        "mars 2022 dans lequel il qualifiait lui-même l'état du viaduc de « préoccupant mais sans "
        "urgence ». Le témoin est resté silencieux plusieurs secondes.\n\n"
        "Les familles des victimes, présentes au fond de la salle, ont quitté l'audition avant la "
        "fin. La commission doit entendre la semaine prochaine l'ancien ministre des Transports.",
        [
            (
                D,
                [
                    "Vous aviez entre les mains, depuis 2021, un rapport qui classait l'ouvrage "
                    "dans la catégorie la plus critique. Pourquoi n'avez-vous rien fait ?"
                ],
                "Dominique Lasserre-Vigan",
            ),
            (P, ["préoccupant mais sans urgence"], "Patrick Quéméneur"),
        ],
    ),
    (  # 2 minister and senator: dialogue dashes, answer cut off by "…", interruption "! a coupé
        # l'élu", "a répliqué la ministre"; noun-object "a réclamé une mission d'information"
        "L'audition de la ministre de la Santé, Agnès Ferrand-Malaure, par la commission des "
        "affaires sociales du Sénat a tourné mardi au face-à-face avec un sénateur de l'Ouest, "
        "Yannick Le Goarnig, sur la fermeture des maternités de proximité. Depuis janvier, trois "
        "services ont cessé les accouchements dans son département.\n\n"
        "— Madame la ministre, combien de maternités allez-vous encore fermer d'ici à "
        "2027\u00a0?\n"
        "— Aucune fermeture n'est décidée à Paris, monsieur le sénateur. Les agences régionales "
        "de santé…\n"
        "— Ce sont vos agences, madame\u00a0! a coupé l'élu.\n"
        "— Laissez-moi terminer. Elles évaluent la sécurité des accouchements, pas leur "
        "rentabilité, a répliqué la ministre.\n\n"
        "Plusieurs sénateurs de la majorité ont protesté contre le ton employé. Le président de "
        "la commission, Bertrand Michalon, a rappelé les deux orateurs au calme et a réclamé une "
        "mission d'information sur l'accès aux soins en zone rurale.\n\n"
        "La ministre doit présenter en janvier un plan de soutien aux petites maternités, dont le "
        "montant n'a pas été dévoilé.",
        [
            (
                D,
                [
                    "Madame la ministre, combien de maternités allez-vous encore fermer d'ici à "
                    "2027\u00a0?"
                ],
                "Yannick Le Goarnig",
            ),
            (
                D,
                [
                    "Aucune fermeture n'est décidée à Paris, monsieur le sénateur. Les agences "
                    "régionales de santé…"
                ],
                "Agnès Ferrand-Malaure",
            ),
            (D, ["Ce sont vos agences, madame\u00a0!"], "Yannick Le Goarnig"),
            (
                D,
                [
                    "Laissez-moi terminer. Elles évaluent la sécurité des accouchements, pas leur "
                    "rentabilité"
                ],
                "Agnès Ferrand-Malaure",
            ),
        ],
    ),
    (  # 3 listeria outbreak: no-break spaces, noun-object "a reconnu des failles", a written
        # statement read by the rapporteur, quoted over two paragraphs (its author speaks)
        "Devant la commission d'enquête de l'Assemblée nationale sur la sécurité sanitaire des "
        "produits laitiers, le PDG des Fromageries Valdor, Hubert Castaing-Morel, a reconnu lundi "
        "des failles dans les contrôles de l'usine de Saint-Pardoux-la-Rivière-Haute, à l'origine "
        "de l'épidémie de listériose qui a fait quatre morts au printemps.\n\n"
        "«\u00a0Je ne me cacherai derrière personne. La responsabilité de ce qui s'est passé à "
        "Saint-Pardoux est la mienne\u00a0», a-t-il déclaré en ouverture de son audition, devant "
        "une trentaine de députés.\n\n"
        "Le rapporteur, Mathieu Gervaisot, a ensuite lu la déclaration écrite d'une ancienne "
        "technicienne de laboratoire de l'usine, Sylvie Portal, entendue à huis clos la semaine "
        "précédente\u00a0: «\u00a0J'ai signalé des résultats positifs à ma hiérarchie à trois "
        "reprises en 2025. On m'a demandé de refaire les prélèvements jusqu'à ce qu'ils soient "
        "négatifs.\n\n"
        "«\u00a0Quand j'ai insisté, on m'a mutée au conditionnement.\u00a0»\n\n"
        "M. Castaing-Morel a contesté cette version, sans entrer dans le détail, en invoquant "
        "l'enquête judiciaire en cours. Les Fromageries Valdor, qui emploient 1\u00a0900 "
        "salariés, ont rappelé l'ensemble des produits fabriqués entre janvier et avril.",
        [
            (
                D,
                [
                    "Je ne me cacherai derrière personne. La responsabilité de ce qui s'est passé "
                    "à Saint-Pardoux est la mienne"
                ],
                "Hubert Castaing-Morel",
            ),
            (
                D,
                [
                    "J'ai signalé des résultats positifs à ma hiérarchie à trois reprises en "
                    "2025. On m'a demandé de refaire les prélèvements jusqu'à ce qu'ils soient "
                    "négatifs.",
                    "Quand j'ai insisté, on m'a mutée au conditionnement.",
                ],
                "Sylvie Portal",
            ),
        ],
    ),
    (  # 4 care homes: “ ” in French copy, a victim's daughter quoted with no speech verb,
        # "a annoncé que" (chair), group "le groupe Séréna" + "a assuré que … “ … ”" partial
        "Elle a parlé vingt minutes sans consulter ses notes. Entendue mardi par la commission "
        "d'enquête du Sénat sur les établissements pour personnes âgées, Nathalie "
        "Brossard-Keller, dont la mère est morte en 2024 dans une résidence du groupe Séréna à "
        "Sauveterre-d'Olmes, a décrit des nuits où un seul aide-soignant veillait sur 80 "
        "résidents.\n\n"
        "“Ma mère a passé ses trois derniers mois dans des protections qu'on ne changeait qu'une "
        "fois par jour. J'ai des photos. J'ai tout gardé, chaque courrier, chaque réponse "
        "type.”\n\n"
        "Les sénateurs l'ont écoutée en silence. À l'issue de son témoignage, la présidente de la "
        "commission, Évelyne Tardieu-Ménard, a annoncé que le directeur général de Séréna, Laurent "
        "Vasseur, serait convoqué sous serment le 12 décembre. Il avait décliné une première "
        "invitation en octobre.\n\n"
        "Dans un communiqué diffusé dans la soirée, le groupe Séréna a assuré que les effectifs de "
        "sa résidence de Sauveterre-d'Olmes étaient “conformes à la réglementation”. Le groupe "
        "gère 146 établissements en France.",
        [
            (
                D,
                [
                    "Ma mère a passé ses trois derniers mois dans des protections qu'on ne "
                    "changeait qu'une fois par jour. J'ai des photos. J'ai tout gardé, chaque "
                    "courrier, chaque réponse type."
                ],
                "Nathalie Brossard-Keller",
            ),
            (
                I,
                [
                    "le directeur général de Séréna, Laurent Vasseur, serait convoqué sous serment "
                    "le 12 décembre"
                ],
                "Évelyne Tardieu-Ménard",
            ),
            (P, ["conformes à la réglementation"], "Séréna"),
        ],
    ),
    (  # 5 interior minister: narrow no-break spaces, "a-t-il affirmé" (pronoun), operation's name
        # in « » not speech, MP's "!» s'est-il indigné", "D'après l'avocat de la famille, X, …"
        "Le ministre de l'Intérieur, Gaspard Vinatier, a défendu mercredi devant la commission des "
        "lois de l'Assemblée nationale le dispositif de maintien de l'ordre déployé le 14 "
        "septembre à Vernouillet-sur-Aure, où un manifestant de 19 ans avait perdu un œil.\n\n"
        "«\u202fLes forces de l'ordre ont agi dans un cadre légal, face à des individus violents "
        "et organisés\u202f», a-t-il affirmé, avant de détailler l'opération baptisée "
        "«\u202fBouclier\u202f», qui avait mobilisé 1\u202f200 gendarmes.\n\n"
        "Le député Romain Achterberg l'a interrompu à plusieurs reprises. «\u202fUn gamin a perdu "
        "un œil, monsieur le ministre, et vous nous parlez de cadre légal\u202f!\u202f» s'est-il "
        "indigné, avant d'être rappelé à l'ordre par la présidente de la commission, Léa "
        "Morvan-Duclos.\n\n"
        "D'après l'avocat de la famille, Julien Carrasquet, aucun enquêteur n'a encore entendu le "
        "jeune homme, toujours hospitalisé au centre hospitalier de Vernouillet. Le rapport de "
        "l'inspection générale de la gendarmerie est attendu avant la fin de l'année.",
        [
            (
                D,
                [
                    "Les forces de l'ordre ont agi dans un cadre légal, face à des individus "
                    "violents et organisés"
                ],
                "Gaspard Vinatier",
            ),
            (
                D,
                [
                    "Un gamin a perdu un œil, monsieur le ministre, et vous nous parlez de cadre "
                    "légal\u202f!"
                ],
                "Romain Achterberg",
            ),
            (
                I,
                [
                    "aucun enquêteur n'a encore entendu le jeune homme, toujours hospitalisé au "
                    "centre hospitalier de Vernouillet"
                ],
                "Julien Carrasquet",
            ),
        ],
    ),
    (  # 6 electricity prices: quote opening the article, attributed in the next sentence ("C'est
        # par ces mots que X a ouvert"), senator with a colon and a two-sentence quote
        "« Oui, nous avons fait des bénéfices. Non, nous n'avons pas spéculé sur le dos des "
        "ménages. » C'est par ces mots que le PDG de Voltéa Énergie, Marc-Olivier Dehaene, a "
        "ouvert jeudi son audition devant la commission d'enquête du Sénat sur la flambée des "
        "tarifs de l'électricité.\n\n"
        "Le fournisseur, troisième du marché avec 4,2 millions de clients, a dégagé 412 millions "
        "d'euros de résultat net en 2025, trois fois plus qu'en 2023. Le rapporteur, Thierry "
        "Bellocq, a longuement interrogé le dirigeant sur la rémunération variable de son comité "
        "exécutif, sans obtenir de chiffre précis.\n\n"
        "La sénatrice Odile Rameau-Py a alors brandi une facture : « Une retraitée de mon "
        "département a vu sa mensualité passer de 84 à 231 euros en un an. Expliquez-lui, à elle, "
        "ce que vous appelez la satisfaction client. »\n\n"
        "Le PDG a noté les références du dossier, sans autre commentaire. La commission doit "
        "rendre ses conclusions en mars.",
        [
            (
                D,
                [
                    "Oui, nous avons fait des bénéfices. Non, nous n'avons pas spéculé sur le dos "
                    "des ménages."
                ],
                "Marc-Olivier Dehaene",
            ),
            (
                D,
                [
                    "Une retraitée de mon département a vu sa mensualité passer de 84 à 231 euros "
                    "en un an. Expliquez-lui, à elle, ce que vous appelez la satisfaction client."
                ],
                "Odile Rameau-Py",
            ),
        ],
    ),
    (  # 7 drinking-water report: straight quotes in French copy, report title in " " not speech,
        # partial inside "a estimé que", "Pour la rapporteure, X, "…"." direct, lowercase opening
        "Après six mois de travaux et 74 auditions, la commission d'enquête sur la gestion de "
        "l'eau potable dans le bassin de la Dronelle a rendu public mardi son rapport, intitulé "
        '"L\'eau, un bien commun négligé". Ses 42 recommandations visent autant le syndicat '
        "intercommunal que les services de l'État.\n\n"
        "Son président, le député Alain Fourcade-Brun, a estimé que les fuites du réseau, qui "
        "représentent 38 % de l'eau produite, relevaient d'un \"sous-investissement chronique\". "
        "Le syndicat a baissé ses tarifs à trois reprises depuis 2012 tout en reportant le "
        "renouvellement des canalisations.\n\n"
        "Pour la rapporteure, Samia Benkhelifa, \"l'été 2025, quand dix-sept communes ont été "
        "privées d'eau courante pendant plusieurs semaines, aurait dû servir d'électrochoc bien "
        'plus tôt".\n\n'
        "L'ancien président du syndicat intercommunal des eaux de la Dronelle, qui ne s'est "
        "jamais présenté devant la commission malgré deux convocations, fait l'objet d'un "
        "signalement au parquet. Le syndicat n'a pas souhaité commenter.",
        [
            (P, ["sous-investissement chronique"], "Alain Fourcade-Brun"),
            (
                D,
                [
                    "l'été 2025, quand dix-sept communes ont été privées d'eau courante pendant "
                    "plusieurs semaines, aurait dû servir d'électrochoc bien plus tôt"
                ],
                "Samia Benkhelifa",
            ),
        ],
    ),
    (  # 8 renovation fraud: no-break spaces, incise "a expliqué X." then a new sentence inside
        # the same « » (one quote, two pieces), "Son mari l'a interrompue :", "a reconnu que"
        "Ils avaient fait le voyage depuis leur village de Haute-Vérance. Devant la commission "
        "d'enquête sur les fraudes à la rénovation énergétique, Gérard et Monique Vuillemin, deux "
        "retraités, ont témoigné mercredi. En 2024, une entreprise de démarchage leur avait fait "
        "signer un crédit de 38\u00a0000 euros pour une pompe à chaleur qui n'a jamais "
        "fonctionné.\n\n"
        "«\u00a0On nous a dit que c'était gratuit, grâce aux aides de l'État, a expliqué Monique "
        "Vuillemin. Six mois plus tard, la banque nous réclamait la première échéance.\u00a0»\n\n"
        "Son mari l'a interrompue\u00a0: «\u00a0Et quand on a voulu appeler l'installateur, le "
        "numéro n'existait plus.\u00a0»\n\n"
        "Entendu dans la foulée, le directeur général de l'Office national de la rénovation, "
        "Philippe Sarraute, a reconnu que les contrôles sur place ne portaient que sur 4\u00a0% "
        "des chantiers subventionnés. Il a promis le doublement des effectifs d'inspecteurs d'ici "
        "à 2027, une annonce accueillie avec scepticisme par plusieurs députés.",
        [
            (
                D,
                [
                    "On nous a dit que c'était gratuit, grâce aux aides de l'État",
                    "Six mois plus tard, la banque nous réclamait la première échéance.",
                ],
                "Monique Vuillemin",
            ),
            (
                D,
                ["Et quand on a voulu appeler l'installateur, le numéro n'existait plus."],
                "Gérard Vuillemin",
            ),
            (
                I,
                [
                    "les contrôles sur place ne portaient que sur 4\u00a0% des chantiers "
                    "subventionnés"
                ],
                "Philippe Sarraute",
            ),
        ],
    ),
    (  # 9 regional trains: “ ” in French copy, "…, selon l'Observatoire X." after, "a plaidé la
        # présidente de la STFR" (role), senator after a colon; noun-object "a demandé … un
        # calendrier"
        "Deux heures de questions, et peu de réponses. L'audition de la présidente de la Société "
        "des transports ferroviaires régionaux (STFR), Catherine Alloin-Berthet, par la commission "
        "de l'aménagement du territoire du Sénat, jeudi, n'a pas convaincu les élus.\n\n"
        "Depuis septembre, 11 % des trains régionaux ont été supprimés sur la ligne "
        "Valbrune-Orgelet, selon l'Observatoire régional des mobilités. Certains usagers ont "
        "perdu leur emploi, faute de pouvoir s'y rendre à l'heure.\n\n"
        "“Nous manquons de conducteurs, c'est un fait. Nous en formons 140 cette année, contre 60 "
        "en 2023”, a plaidé la présidente de la STFR.\n\n"
        "Le sénateur Frédéric Paturel, élu d'un département traversé par la ligne, ne s'en est pas "
        "contenté\u00a0: “Les usagers n'ont que faire de vos plans de formation. Ils veulent "
        "savoir si le train de 7\u00a0h\u00a012 partira demain matin.”\n\n"
        "La présidente de la commission a demandé à la STFR un calendrier précis de retour à la "
        "normale avant la fin de l'année.",
        [
            (
                I,
                [
                    "Depuis septembre, 11 % des trains régionaux ont été supprimés sur la ligne "
                    "Valbrune-Orgelet"
                ],
                "Observatoire régional des mobilités",
            ),
            (
                D,
                [
                    "Nous manquons de conducteurs, c'est un fait. Nous en formons 140 cette année, "
                    "contre 60 en 2023"
                ],
                "Catherine Alloin-Berthet",
            ),
            (
                D,
                [
                    "Les usagers n'ont que faire de vos plans de formation. Ils veulent savoir si "
                    "le train de 7\u00a0h\u00a012 partira demain matin."
                ],
                "Frédéric Paturel",
            ),
        ],
    ),
    (  # 10 hospital cyberattack: chair's question and the director's answer as dialogue dashes
        # with no speech verb, "Il a affirmé que" after the witness is named in a sentence before
        "Le directeur général du centre hospitalier universitaire de Montclar-sur-Vêze, Olivier "
        "Rigaud-Saint-Cyr, a été entendu lundi par la commission d'enquête sur la cybersécurité "
        "des établissements de santé, sept mois après l'attaque par rançongiciel qui avait "
        "paralysé l'hôpital pendant trois semaines. Aucune rançon n'a été versée.\n\n"
        "Le président de la commission, Hervé Gambin, l'a longuement interrogé sur un audit de "
        "sécurité réalisé en 2024, qui recommandait de séparer les réseaux administratif et "
        "médical.\n\n"
        "— Pourquoi cette recommandation n'a-t-elle pas été appliquée\u00a0?\n"
        "— Faute de moyens. Le chantier était chiffré à 4 millions d'euros, et personne ne nous "
        "les a donnés.\n\n"
        "Le directeur de l'agence régionale de santé, Christophe Manœuvrier, entendu l'après-midi, "
        "a contesté cette version. Il a affirmé que l'agence avait proposé dès l'automne 2024 de "
        "financer la moitié des travaux. Le rapport de la commission est attendu en février.",
        [
            (
                D,
                ["Pourquoi cette recommandation n'a-t-elle pas été appliquée\u00a0?"],
                "Hervé Gambin",
            ),
            (
                D,
                [
                    "Faute de moyens. Le chantier était chiffré à 4 millions d'euros, et personne "
                    "ne nous les a donnés."
                ],
                "Olivier Rigaud-Saint-Cyr",
            ),
            (
                I,
                ["l'agence avait proposé dès l'automne 2024 de financer la moitié des travaux"],
                "Christophe Manœuvrier",
            ),
        ],
    ),
    (  # 11 pesticide: no-break spaces, "selon lesquelles" not a source, "a-t-elle déclaré",
        # "a qualifié … de « … »" partial, "la ministre a indiqué qu'" (role) indirect
        "La ministre de l'Agriculture, Hélène Carrière-Dubosc, a été auditionnée mardi par la "
        "commission des affaires économiques de l'Assemblée nationale sur la réautorisation du "
        "fongicide Pyraxol, interdit en 2023 puis réintroduit par dérogation en juillet pour les "
        "producteurs de betteraves.\n\n"
        "La ministre s'est appuyée sur des études selon lesquelles aucune solution de remplacement "
        "ne serait disponible avant 2029. «\u00a0Je ne laisserai pas une filière entière "
        "disparaître faute d'alternative\u00a0», a-t-elle déclaré.\n\n"
        "La députée Margaux Leprévost, qui siège dans l'opposition, a qualifié la dérogation de "
        "«\u00a0cadeau aux industriels de la chimie\u00a0», provoquant des protestations sur les "
        "bancs de la majorité. Le président de la commission, Jean-Louis Barbaste, a dû suspendre "
        "la séance une dizaine de minutes.\n\n"
        "À la reprise, la ministre a indiqué qu'un rapport d'évaluation serait remis au Parlement "
        "avant l'été. Une centaine d'apiculteurs manifestaient pendant ce temps devant "
        "l'Assemblée.",
        [
            (
                D,
                ["Je ne laisserai pas une filière entière disparaître faute d'alternative"],
                "Hélène Carrière-Dubosc",
            ),
            (P, ["cadeau aux industriels de la chimie"], "Margaux Leprévost"),
            (
                I,
                ["un rapport d'évaluation serait remis au Parlement avant l'été"],
                "Hélène Carrière-Dubosc",
            ),
        ],
    ),
    (  # 12 chemical fire: narrow no-break spaces, witness quoted in a paragraph of its own with
        # no speech verb, a text message read out (its unnamed author speaks), "a affirmé qu'"
        "Il a choisi ses mots avec soin. Entendu jeudi sous serment par la commission d'enquête "
        "sur l'incendie de l'usine Chimdor de Port-Alban, l'ancien préfet du Val-d'Arne, "
        "Jacques-Henri Taillandier, a défendu la communication de ses services le soir de "
        "l'accident, lorsqu'un panache de fumée noire s'était abattu sur 40\u202f000 "
        "habitants.\n\n"
        "«\u202fÀ 23\u202fheures, nous ne savions pas ce qui brûlait. Dire aux gens qu'il n'y "
        "avait aucun danger aurait été un mensonge. Dire qu'il y en avait un aussi.\u202f»\n\n"
        "Le rapporteur, Kévin Lemarchand-Diallo, a alors lu à voix haute un SMS envoyé cette "
        "nuit-là par le sous-préfet à un élu local\u202f: «\u202fOn ne confine pas, ça va affoler "
        "tout le monde.\u202f»\n\n"
        "M. Taillandier a affirmé qu'il n'avait pas eu connaissance de ce message avant "
        "l'ouverture de l'enquête judiciaire, en janvier. L'association de riverains Port-Alban "
        "Respire, qui a suivi l'audition depuis les tribunes, s'est déjà constituée partie "
        "civile.",
        [
            (
                D,
                [
                    "À 23\u202fheures, nous ne savions pas ce qui brûlait. Dire aux gens qu'il n'y "
                    "avait aucun danger aurait été un mensonge. Dire qu'il y en avait un aussi."
                ],
                "Jacques-Henri Taillandier",
            ),
            (D, ["On ne confine pas, ça va affoler tout le monde."], "sous-préfet"),
            (
                I,
                [
                    "il n'avait pas eu connaissance de ce message avant l'ouverture de l'enquête "
                    "judiciaire, en janvier"
                ],
                "Jacques-Henri Taillandier",
            ),
        ],
    ),
    (  # 13 absent former minister: plain spaces, written contribution ("y affirme que … « … »"
        # partial, "assure également n'avoir" indirect), chair quoted with no speech verb
        "Absent, mais pas silencieux. L'ancien ministre de l'Économie Raymond Lestrade-Navarro, "
        "convoqué mardi par la commission d'enquête sénatoriale sur la cession des parts de l'État "
        "dans la société Aéroports du Midi, ne s'est pas présenté, invoquant des raisons de santé. "
        "Il a fait parvenir aux sénateurs une contribution écrite de douze pages.\n\n"
        "L'ancien ministre y affirme que la cession, conclue en 2019 pour 1,6 milliard d'euros, "
        "avait été « validée par toutes les instances compétentes ». Il assure également n'avoir "
        "reçu aucune instruction de l'Élysée sur le choix de l'acquéreur, le fonds Castellane "
        "Infrastructures.\n\n"
        "La présidente de la commission, Anne-Sophie Guérin-Lacaze, n'a pas caché son agacement. "
        "« Une commission d'enquête n'est pas un service de correspondance. Nous le convoquerons "
        "à nouveau, et s'il ne vient pas, nous saisirons le parquet. »\n\n"
        "Le refus de déférer à la convocation d'une commission d'enquête est passible de deux ans "
        "d'emprisonnement et de 7 500 euros d'amende.",
        [
            (P, ["validée par toutes les instances compétentes"], "Raymond Lestrade-Navarro"),
            (
                I,
                [
                    "n'avoir reçu aucune instruction de l'Élysée sur le choix de l'acquéreur, le "
                    "fonds Castellane Infrastructures"
                ],
                "Raymond Lestrade-Navarro",
            ),
            (
                D,
                [
                    "Une commission d'enquête n'est pas un service de correspondance. Nous le "
                    "convoquerons à nouveau, et s'il ne vient pas, nous saisirons le parquet."
                ],
                "Anne-Sophie Guérin-Lacaze",
            ),
        ],
    ),
    (  # 14 social network: « » without spaces, "Elle a indiqué que" (pronoun), rapporteur after a
        # colon, "évoquant des données «…»" partial for "la dirigeante"
        "La directrice des affaires publiques de la plateforme Kwiksy pour l'Europe, Johanna "
        "Lindqvist, a été entendue mercredi par la commission d'enquête de l'Assemblée nationale "
        "sur les effets des réseaux sociaux sur les mineurs. Elle s'exprimait en anglais, avec "
        "une traduction simultanée.\n\n"
        "Elle a indiqué que la plateforme avait supprimé 2,3 millions de comptes d'utilisateurs "
        "de moins de 13 ans en France l'an dernier. Un chiffre censé démontrer l'efficacité de "
        "ses outils de vérification de l'âge.\n\n"
        "Le rapporteur, Bastien Ollivier, l'a reprise aussitôt : «Cela veut dire que vous saviez "
        "qu'ils étaient là. Combien en avez-vous laissé ?»\n\n"
        "La dirigeante a refusé de fournir une estimation, évoquant des données «commercialement "
        "sensibles». La commission envisage de la convoquer à nouveau, cette fois avec le "
        "directeur général du groupe, Aaron Whitfield.",
        [
            (
                I,
                [
                    "la plateforme avait supprimé 2,3 millions de comptes d'utilisateurs de moins "
                    "de 13 ans en France l'an dernier"
                ],
                "Johanna Lindqvist",
            ),
            (
                D,
                ["Cela veut dire que vous saviez qu'ils étaient là. Combien en avez-vous laissé ?"],
                "Bastien Ollivier",
            ),
            (P, ["commercialement sensibles"], "Johanna Lindqvist"),
        ],
    ),
    (  # 15 air crash: no-break spaces, victims' association president quoted over two paragraphs
        # ("a-t-elle conclu"), noun-object "a présenté ses excuses" then "a assuré que"
        "Un an après le crash du vol 512 d'Aérolis, qui avait fait 87 morts au large de l'île "
        "d'Orvanne, la commission d'enquête de l'Assemblée nationale a entendu mardi les familles "
        "des victimes, puis le directeur général de la compagnie, Stéphane Orsini.\n\n"
        "La présidente de l'association Vol 512 Vérité et Justice, Françoise Delcourt-Mény, qui a "
        "perdu sa fille et son gendre dans l'accident, a parlé la première. «\u00a0Depuis un an, "
        "nous apprenons tout par la presse. Personne chez Aérolis n'a jamais pris la peine de nous "
        "appeler.\n\n"
        "«\u00a0Nous ne voulons pas de compassion. Nous voulons les registres de maintenance de "
        "l'appareil\u00a0», a-t-elle conclu.\n\n"
        "M. Orsini a présenté ses excuses au nom de la compagnie et a assuré que l'ensemble des "
        "documents techniques avaient été transmis aux enquêteurs du Bureau d'enquêtes et "
        "d'analyses. Plusieurs familles ont quitté la salle pendant son intervention.\n\n"
        "Le rapport final des enquêteurs est attendu au printemps.",
        [
            (
                D,
                [
                    "Depuis un an, nous apprenons tout par la presse. Personne chez Aérolis n'a "
                    "jamais pris la peine de nous appeler.",
                    "Nous ne voulons pas de compassion. Nous voulons les registres de maintenance "
                    "de l'appareil",
                ],
                "Françoise Delcourt-Mény",
            ),
            (
                I,
                [
                    "l'ensemble des documents techniques avaient été transmis aux enquêteurs du "
                    "Bureau d'enquêtes et d'analyses"
                ],
                "Stéphane Orsini",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rail cancellations: chair's partial after "accused … of", chief executive quoted as
        # "the chief executive said" (role), MP cutting in after a colon
        "The chair of the Commons transport committee, Louise Akinola, accused Northline Rail on "
        "Tuesday of “treating passengers with contempt” as MPs questioned the operator's chief "
        "executive over a winter of cancellations on its Pennine routes.\n\n"
        "More than 4,100 services have been cancelled since October, many of them at less than "
        "an hour's notice. Douglas Fenwright, who has run the company since 2022, blamed a "
        "shortage of qualified drivers rather than a lack of trains.\n\n"
        "“We have 96 trainee drivers in the system right now. I cannot conjure them out of thin "
        "air,” the chief executive said.\n\n"
        "Tom Whitcombe, whose constituency lies on the worst-affected line, cut in: “Then stop "
        "selling tickets for trains you know you are not going to run.”\n\n"
        "Northline's contract comes up for renewal in 2027. The committee will question the rail "
        "minister next month.",
        [
            (P, ["treating passengers with contempt"], "Louise Akinola"),
            (
                D,
                [
                    "We have 96 trainee drivers in the system right now. I cannot conjure them out "
                    "of thin air"
                ],
                "Douglas Fenwright",
            ),
            (
                D,
                ["Then stop selling tickets for trains you know you are not going to run."],
                "Tom Whitcombe",
            ),
        ],
    ),
    (  # 2 maternity inquiry: straight quotes, "A senior midwife told … that" named only in the
        # next paragraph, "Ms X said" after, the inquiry chair with "Professor" title
        "A senior midwife told the Wexmouth Maternity Inquiry on Wednesday that she had warned "
        "hospital managers about staffing on the labour ward at least eleven times in the two "
        "years before the death of a newborn baby in 2023.\n\n"
        "Janet Ashworth-Blair worked at St Aldhelm's Hospital for 19 years before resigning last "
        "spring. Giving evidence for most of the day, she took the inquiry through a folder of "
        "emails, many of them sent in the early hours at the end of a night shift.\n\n"
        'Counsel to the inquiry, Martin Crowther, read several of them aloud. "Only one of those '
        "emails ever got an answer. I was told to stop being so negative in front of the junior "
        'staff," Ms Ashworth-Blair said.\n\n'
        "The inquiry's chair, Professor Elaine Mabuza-Hart, closed the session with a word for "
        'the families in the public gallery. "Nobody in this room is on trial. But everyone in '
        'this room is owed the truth," she said.\n\n'
        "The trust's chief executive and its former director of midwifery are due to give "
        "evidence in January.",
        [
            (
                I,
                [
                    "she had warned hospital managers about staffing on the labour ward at least "
                    "eleven times in the two years before the death of a newborn baby in 2023"
                ],
                "Janet Ashworth-Blair",
            ),
            (
                D,
                [
                    "Only one of those emails ever got an answer. I was told to stop being so "
                    "negative in front of the junior staff"
                ],
                "Janet Ashworth-Blair",
            ),
            (
                D,
                ["Nobody in this room is on trial. But everyone in this room is owed the truth"],
                "Elaine Mabuza-Hart",
            ),
        ],
    ),
    (  # 3 inhaler price (US Senate): "Mr." with a period, quote before "said in his opening
        # remarks", chairwoman quoted with no speech verb; noun-object "announced … a cap"
        "The chief executive of Halvorsen Biologics, Derek Amundsen, faced two hours of hostile "
        "questioning on Thursday from a Senate subcommittee investigating the price of the "
        "company's best-selling asthma inhaler, which has risen from $48 to $310 since 2019.\n\n"
        "“Senator, I understand the anger in this room. But the price you see at the pharmacy "
        "counter is not the price we receive,” Mr. Amundsen said in his opening remarks, blaming "
        "pharmacy benefit managers for most of the increase.\n\n"
        "Senator Rosalind Okafor, who chairs the subcommittee, held up an identical inhaler bought "
        "across the border for $22. “Same factory. Same box. Same patent. So explain to a mother "
        "in Carverton why she pays fourteen times more.”\n\n"
        "Halvorsen announced last week a $35 monthly cap on out-of-pocket costs for insured "
        "patients, starting in January. The company has spent $11 million on lobbying this year.",
        [
            (
                D,
                [
                    "Senator, I understand the anger in this room. But the price you see at the "
                    "pharmacy counter is not the price we receive"
                ],
                "Derek Amundsen",
            ),
            (
                D,
                [
                    "Same factory. Same box. Same patent. So explain to a mother in Carverton why "
                    "she pays fourteen times more."
                ],
                "Rosalind Okafor",
            ),
        ],
    ),
    (  # 4 tower fire inquiry: straight quotes, a witness's repeated reply after a colon,
        # bereaved sister's "said the families had … and would …" indirect
        "A former technical manager at the insulation maker Corvane Systems repeatedly refused to "
        "answer questions at the Marlow Court fire inquiry on Monday, citing legal advice.\n\n"
        "Adrian Feltham, who ran Corvane's fire-testing programme between 2014 and 2020, "
        "confirmed his name and his job title and little else. To almost every question from "
        'counsel to the inquiry, he gave the same reply: "On legal advice, I decline to answer '
        'that question."\n\n'
        "Relatives of the 31 people who died in the fire at the 19-storey block in March 2024 sat "
        "in the front rows. Some walked out before the end of the morning session.\n\n"
        "Outside the hearing centre, Samira Haddad, whose brother and nephew lived on the 14th "
        "floor, said the families had expected nothing else from the company and would keep "
        "coming back until someone told them the truth.\n\n"
        "The inquiry can compel witnesses to attend, but it cannot make them speak. Corvane "
        "Systems still trades under a different name.",
        [
            (D, ["On legal advice, I decline to answer that question."], "Adrian Feltham"),
            (
                I,
                [
                    "the families had expected nothing else from the company and would keep coming "
                    "back until someone told them the truth"
                ],
                "Samira Haddad",
            ),
        ],
    ),
    (  # 5 digital ID programme: committee's report "said … that officials had “…”" partial
        # (organisation), chair quoted with no speech verb after "was unsparing."
        "The Public Accounts Committee said on Friday that officials had “lost control” of a "
        "national digital identity programme whose cost has risen from £480m to £1.9bn in four "
        "years.\n\n"
        "The programme, run by the Department for Enterprise and Skills, had no single senior "
        "owner for eighteen months in 2023 and 2024, and three successive delivery dates have "
        "been missed. At a hearing in October, the department's permanent secretary, Carolyn "
        "Weatherby, struggled to name the official responsible for it.\n\n"
        "The committee's chair, Nigel Ashdown-Price, was unsparing. “This is not a story of bad "
        "luck. It is a story of nobody being in charge, and everybody knowing it.”\n\n"
        "The department has two months to respond formally to the report's 14 recommendations. "
        "Contracts worth a further £300m are due to be signed in the spring.",
        [
            (P, ["lost control"], "Public Accounts Committee"),
            (
                D,
                [
                    "This is not a story of bad luck. It is a story of nobody being in charge, and "
                    "everybody knowing it."
                ],
                "Nigel Ashdown-Price",
            ),
        ],
    ),
    (  # 6 sewage: "…, according to the Rivers Regulator." after, noun objects ("acknowledged the
        # figures", "blamed decades of …"), committee member quoted with no speech verb
        "The chief executive of Severnside Water, Marcus Oyelaran-Pike, faced the Commons "
        "environment committee on Wednesday, a week after waiving his £620,000 annual bonus.\n\n"
        "The company discharged untreated sewage into rivers and the sea for more than 290,000 "
        "hours last year, according to the Rivers Regulator. Bathing was banned on two stretches "
        "of the River Lyd for the whole of the summer.\n\n"
        "Mr Oyelaran-Pike, who has run the company since 2020, acknowledged the figures but "
        "blamed decades of underinvestment by previous owners.\n\n"
        "Committee member Hannah Brightwell was not mollified. “You've given up a bonus. The "
        "children of Lydford can't swim in their own river. Forgive me if I don't applaud.”\n\n"
        "The company plans to spend £1.4bn on storm overflows by 2030, paid for in part by a 21 "
        "per cent rise in bills.",
        [
            (
                I,
                [
                    "The company discharged untreated sewage into rivers and the sea for more than "
                    "290,000 hours last year"
                ],
                "Rivers Regulator",
            ),
            (
                D,
                [
                    "You've given up a bonus. The children of Lydford can't swim in their own "
                    "river. Forgive me if I don't applaud."
                ],
                "Hannah Brightwell",
            ),
        ],
    ),
    (  # 7 accounting software: partial inside "told … that" for a whistleblower named in the next
        # paragraph, "she said" across paragraphs, company "said in a statement that"
        "A former software engineer at Tellivar Systems told the Brightwater Software Inquiry on "
        "Thursday that faults in the company's branch accounting system were “an open secret” "
        "among developers as early as 2011.\n\n"
        "Priya Raman-Hollis, who left Tellivar in 2016 and approached the inquiry of her own "
        "accord, described a meeting in 2012 after which engineers stopped logging faults in "
        "writing. More than 600 shopkeepers were prosecuted on the strength of the system's "
        "figures between 2004 and 2015.\n\n"
        "“Everybody in that room understood what was being asked of us. Nobody said no. I didn't "
        "say no, and I have to live with that,” she said.\n\n"
        "The inquiry's chair, Winifred Oduya, a retired High Court judge, thanked her for coming "
        "forward. Tellivar Systems said in a statement that it was cooperating fully with the "
        "inquiry and could not comment on individual evidence.",
        [
            (P, ["an open secret"], "Priya Raman-Hollis"),
            (
                D,
                [
                    "Everybody in that room understood what was being asked of us. Nobody said no. "
                    "I didn't say no, and I have to live with that"
                ],
                "Priya Raman-Hollis",
            ),
            (
                I,
                [
                    "it was cooperating fully with the inquiry and could not comment on individual "
                    "evidence"
                ],
                "Tellivar Systems",
            ),
        ],
    ),
    (  # 8 exam results (Scottish committee): role "The head of …" named in the next sentence,
        # "Pressed on …, Ms X said" indirect, convener after the quote ("said the committee's
        # convener, X")
        "The head of the Scottish Assessment Authority apologised to pupils and parents on "
        "Wednesday for the marking errors that forced the reissue of more than 11,000 exam "
        "results in August.\n\n"
        "“I am sorry. Young people opened their results and saw grades that were simply wrong, "
        "and that should never have happened,” Fiona Drummond-Reid told the Holyrood education "
        "committee.\n\n"
        "Pressed on the timeline, Ms Drummond-Reid said an internal quality check had flagged "
        "irregularities in two subjects on 29 July, six days before results day. Schools were "
        "told of the problem on 7 August, the day after the results went out.\n\n"
        "“Six days, and not a word to a single school,” said the committee's convener, Alasdair "
        "Kinloch.\n\n"
        "The authority's board will meet next week to consider an independent review of its "
        "marking. Ms Drummond-Reid has led the body since 2021.",
        [
            (
                D,
                [
                    "I am sorry. Young people opened their results and saw grades that were simply "
                    "wrong, and that should never have happened"
                ],
                "Fiona Drummond-Reid",
            ),
            (
                I,
                [
                    "an internal quality check had flagged irregularities in two subjects on 29 "
                    "July, six days before results day"
                ],
                "Fiona Drummond-Reid",
            ),
            (D, ["Six days, and not a word to a single school"], "Alasdair Kinloch"),
        ],
    ),
    (  # 9 failed energy supplier: curly apostrophes, committee "has concluded that … “…”"
        # partial, report title in “ ” not speech, "the committee says" indirect, chair after
        # "said:"
        "The Commons business committee has concluded that the collapse of the energy supplier "
        "Brightpath Power, which left 1.2 million households to be moved to new suppliers, was "
        "“entirely foreseeable”.\n\n"
        "In a report titled “Running on Empty”, published on Monday, the committee says the "
        "regulator, the Energy Markets Authority, ignored six separate warnings about the "
        "company’s finances between 2021 and 2023.\n\n"
        "Presenting the report, the committee’s chair, Daniel Osei-Bonsu, said: “Every alarm bell "
        "rang. Every one of them was switched off by someone who thought it was somebody else’s "
        "problem.”\n\n"
        "Brightpath, founded in 2016, had grown into the country’s seventh-largest supplier "
        "before it stopped trading in November 2022. The failure cost consumers an estimated "
        "£2.7bn, recovered through a levy on household bills. The Energy Markets Authority has eight weeks to respond to the report’s "
        "recommendations.",
        [
            (P, ["entirely foreseeable"], "Commons business committee"),
            (
                I,
                [
                    "the regulator, the Energy Markets Authority, ignored six separate warnings "
                    "about the company’s finances between 2021 and 2023"
                ],
                "Commons business committee",
            ),
            (
                D,
                [
                    "Every alarm bell rang. Every one of them was switched off by someone who "
                    "thought it was somebody else’s problem."
                ],
                "Daniel Osei-Bonsu",
            ),
        ],
    ),
    (  # 10 video app whistleblower (US House): "told … that" for a manager named later, written
        # statement after "wrote:", a stamp in “ ” not speech, unnamed spokesperson → company
        "A former trust-and-safety manager at the video app Loopr told a House subcommittee on "
        "Tuesday that the company had shelved internal research showing that its recommendation "
        "system pushed self-harm content to teenage girls.\n\n"
        "In a 14-page written statement submitted before the hearing, Megan Castellano wrote: "
        "“I raised these findings with two senior vice presidents in 2024. Nothing changed, "
        "except my performance reviews.”\n\n"
        "Representative Carlos Mendívil, who chairs the subcommittee, held up a printed copy of "
        "the research, every page stamped “Confidential — do not distribute”.\n\n"
        "Loopr did not send a witness. A spokesperson for the company said Ms Castellano's "
        "account was “inaccurate and misleading”. The app has 41 million users in the United "
        "States, about a third of them under 18. The subcommittee will hear from the company's "
        "chief executive in February.",
        [
            (
                I,
                [
                    "the company had shelved internal research showing that its recommendation "
                    "system pushed self-harm content to teenage girls"
                ],
                "Megan Castellano",
            ),
            (
                D,
                [
                    "I raised these findings with two senior vice presidents in 2024. Nothing "
                    "changed, except my performance reviews."
                ],
                "Megan Castellano",
            ),
            (P, ["inaccurate and misleading"], "Loopr"),
        ],
    ),
    (  # 11 ferry sinking: straight quotes, "told … that" without a second "that", an e-mail put
        # to the witness (its unnamed author speaks), a bereaved husband quoted over two
        # paragraphs after "said:"
        "The managing director of Isles Ferry Services, Robert Macfarlane-Tosh, told the Corran "
        "Bay Inquiry on Monday that he had not known the MV Kittiwake was sailing with a faulty "
        "bilge alarm on the night she sank in February 2024. Nine people died, including two "
        "crew members.\n\n"
        "Counsel to the inquiry, Helen Dunbar, put to him an email from the vessel's chief "
        'engineer, sent eleven days before the sinking: "Bilge alarm still intermittent. Parts '
        'on order. Recommend we do not sail in heavy weather."\n\n'
        "The email was addressed to the company's operations manager, who died in 2025.\n\n"
        "Outside, Iain Strathearn, whose wife and daughter were among the passengers, said: "
        "\"He's the managing director. If he didn't know, whose job was it to know?\n\n"
        '"We have waited 21 months for somebody to answer that question."',
        [
            (
                I,
                [
                    "he had not known the MV Kittiwake was sailing with a faulty bilge alarm on "
                    "the night she sank in February 2024"
                ],
                "Robert Macfarlane-Tosh",
            ),
            (
                D,
                [
                    "Bilge alarm still intermittent. Parts on order. Recommend we do not sail in "
                    "heavy weather."
                ],
                "chief engineer",
            ),
            (
                D,
                [
                    "He's the managing director. If he didn't know, whose job was it to know?",
                    "We have waited 21 months for somebody to answer that question.",
                ],
                "Iain Strathearn",
            ),
        ],
    ),
    (  # 12 armoured vehicles: partial inside "insisted that", consortium name, MP's two-sentence
        # quote with no speech verb after "interrupted him twice."
        "Defence minister Jonathan Pryce-Whitley insisted on Thursday that the Army's new "
        "armoured vehicle would enter service “by the end of this parliament”, although not one "
        "of the 589 vehicles ordered in 2019 is yet fit for combat.\n\n"
        "The Ranger programme, run by the Kestrel Defence consortium, has been delayed by noise "
        "and vibration problems that left test crews with hearing damage. It has cost £4.1bn so "
        "far.\n\n"
        "Committee member Rachel Ndiaye interrupted him twice. “Minister, with respect, you told "
        "us exactly the same thing in 2023. And in 2021, your predecessor sat in that chair and "
        "told us the same thing too.”\n\n"
        "The minister declined to give a new in-service date. The Commons defence committee will "
        "publish its own assessment of the programme in the new year.",
        [
            (P, ["by the end of this parliament"], "Jonathan Pryce-Whitley"),
            (
                D,
                [
                    "Minister, with respect, you told us exactly the same thing in 2023. And in "
                    "2021, your predecessor sat in that chair and told us the same thing too."
                ],
                "Rachel Ndiaye",
            ),
        ],
    ),
    (  # 13 stadium crush: role "The police commander" named with rank in the next paragraph,
        # partial inside "accepted that", "he told the inquiry's chair" (pronoun)
        "The police commander in charge on the day of the Fenwick Park crush accepted on "
        "Wednesday that opening an exit gate at 2.52pm had been “the decisive mistake” that led "
        "to the deaths of 14 supporters.\n\n"
        "Chief Superintendent Alan Brierley, now retired, was giving evidence for a third day at "
        "the inquiry, which is sitting in Hallowby Town Hall.\n\n"
        "“I gave that order. I have had to live with it, and so have the families, and they have "
        "had it far worse than me,” he told the inquiry's chair.\n\n"
        "Kathryn Osei, a barrister representing eleven of the bereaved families, spent the "
        "afternoon on the radio logs from the control box. Several messages from officers at the "
        "turnstiles had gone unanswered for more than ten minutes.\n\n"
        "The inquiry will hear from the club's former safety officer next week.",
        [
            (P, ["the decisive mistake"], "Alan Brierley"),
            (
                D,
                [
                    "I gave that order. I have had to live with it, and so have the families, and "
                    "they have had it far worse than me"
                ],
                "Alan Brierley",
            ),
        ],
    ),
    (  # 14 lobbyist: partial inside "told … that he had", named in the next paragraph, '"A," he
        # said, "b."' (one quote, two pieces)
        "A lobbyist at the centre of the Westmere contracts affair told the Commons standards "
        "committee on Tuesday that he had “never once” asked a minister for a favour, despite "
        "sending the former health minister 61 text messages in six weeks.\n\n"
        "Julian Fairbrother-Lowe, a former special adviser who now runs the consultancy Caldwell "
        "Strategy, was shown several of the messages on a screen. “I was keeping a friend "
        "informed,” he said, “which is what friends do.”\n\n"
        "The committee's chair, Patricia Onyango-Holt, spent most of the session on a single week "
        "in March 2024, when the messages were sent almost daily.\n\n"
        "The former minister, Stuart Penhaligon, who resigned in June, will give evidence next "
        "week. Westmere Medical won a £340m contract for hospital supplies in 2024 without a "
        "competitive tender.",
        [
            (P, ["never once"], "Julian Fairbrother-Lowe"),
            (
                D,
                ["I was keeping a friend informed", "which is what friends do."],
                "Julian Fairbrother-Lowe",
            ),
        ],
    ),
    (  # 15 coal-tip landslide: straight quotes, role "The council officer" named in the next
        # paragraph, '"A," she said afterwards. "B."' (two quotes, both hers)
        "The council officer responsible for inspecting disused coal tips in the Teilo valley "
        "told the Cwm Teilo Landslide Inquiry on Friday that he had raised concerns about "
        "drainage on the tip above Pant-y-Bryn at least three times before it slid in January "
        "2025.\n\n"
        "Gwyn Pritchard-Evans, who worked for Teilo County Borough Council for 22 years, took the "
        "inquiry through the inspection regime, under which his reports went to a committee that "
        "met twice a year. Two people died when the slide reached the first row of houses on Heol "
        "Ddu; four homes were destroyed.\n\n"
        "At the request of the inquiry's chair, Eleri Vaughan, he read out his report from "
        "October 2023, which described blocked culverts and standing water on the tip's eastern "
        "flank.\n\n"
        "Carys Llewellyn, whose parents' house was the first to be hit, listened from the public "
        'gallery. "Three warnings," she said afterwards. "Three. And nobody came."',
        [
            (
                I,
                [
                    "he had raised concerns about drainage on the tip above Pant-y-Bryn at least "
                    "three times before it slid in January 2025"
                ],
                "Gwyn Pritchard-Evans",
            ),
            (D, ["Three warnings"], "Carys Llewellyn"),
            (D, ["Three. And nobody came."], "Carys Llewellyn"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout63.jsonl"),
        "heldout63",
        "h63",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
