"""Source of the twenty-fourth held-out set: writes heldout24.jsonl (split "heldout24").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like international and business wire copy (summits, elections abroad, central
banks, company results, strikes, trials, wars and ceasefires, health agencies, climate talks,
tech regulation), not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractor 0.13.0 (docs/EXTRACTION.md), then
read: fixes from its errors are in 0.14.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout24.py
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
    (  # 1 EU-AU summit: no-break spaces, role before name, partial after "a salué", noun-object "réclamant"
        "Addis-Abeba — Les dirigeants de l'Union européenne et de l'Union africaine ont adopté "
        "jeudi, à l'issue d'un sommet de deux jours dans la capitale éthiopienne, un plan de "
        "40 milliards d'euros destiné à moderniser les réseaux électriques du continent d'ici "
        "à 2030.\n\n"
        "«\u00a0Nous ne sommes plus dans une relation de donateur à bénéficiaire, mais entre "
        "partenaires qui investissent ensemble\u00a0», a déclaré le président du Conseil "
        "européen, Matthias Kerremans, lors de la conférence de presse finale.\n\n"
        "Le président de la Commission de l'Union africaine, Amadou Sékou-Traoré, a salué "
        "«\u00a0un pas dans la bonne direction\u00a0», tout en réclamant un calendrier précis de "
        "décaissement. Les engagements pris lors du précédent sommet, en 2022, n'ont été "
        "tenus qu'à moitié.\n\n"
        "Près de la moitié des fonds doivent provenir de garanties publiques destinées à "
        "attirer les investisseurs privés. Le prochain sommet doit se "
        "tenir à Bruxelles en 2029.",
        [
            (
                D,
                [
                    "Nous ne sommes plus dans une relation de donateur à bénéficiaire, mais "
                    "entre partenaires qui investissent ensemble"
                ],
                "Matthias Kerremans",
            ),
            (P, ["un pas dans la bonne direction"], "Amadou Sékou-Traoré"),
        ],
    ),
    (  # 2 presidential election abroad: ", selon X" at the end, government vs opposition,
        # « A, a-t-elle affirmé. B » one quote with two spans
        "Port-Sarrat — Le président sortant de la Morlanie, Félix Andrianaly, a été réélu dès "
        "le premier tour de l'élection présidentielle avec 54,2 % des voix, selon la "
        "Commission électorale indépendante, qui a publié mardi des résultats provisoires.\n\n"
        "« Le peuple morlanais a choisi la stabilité », a réagi le porte-parole du "
        "gouvernement, Hervé Rakotobe, lors d'un point de presse, saluant un scrutin "
        "apaisé.\n\n"
        "Un avis que ne partage pas la principale candidate de l'opposition, Lalao "
        "Ravelomanana, arrivée deuxième avec 31 % des suffrages. « Nous avons des "
        "procès-verbaux qui montrent des écarts de plusieurs milliers de voix dans au moins "
        "quarante bureaux, a-t-elle affirmé devant ses partisans. Nous saisirons la Haute Cour "
        "constitutionnelle dès demain. »\n\n"
        "La mission d'observation de l'Union africaine doit rendre jeudi son rapport "
        "préliminaire. La participation a atteint 61 %.",
        [
            (
                I,
                [
                    "Le président sortant de la Morlanie, Félix Andrianaly, a été réélu dès le "
                    "premier tour de l'élection présidentielle avec 54,2 % des voix"
                ],
                "Commission électorale indépendante",
            ),
            (D, ["Le peuple morlanais a choisi la stabilité"], "Hervé Rakotobe"),
            (
                D,
                [
                    "Nous avons des procès-verbaux qui montrent des écarts de plusieurs "
                    "milliers de voix dans au moins quarante bureaux",
                    "Nous saisirons la Haute Cour constitutionnelle dès demain.",
                ],
                "Lalao Ravelomanana",
            ),
        ],
    ),
    (  # 3 central bank: narrow no-break spaces, quote over two paragraphs, selon + economist
        "Francfort — La Banque centrale européenne (BCE) a laissé jeudi ses taux directeurs "
        "inchangés pour la troisième réunion consécutive, le taux de dépôt restant fixé à "
        "2,25\u202f%, comme l'anticipait la grande majorité des économistes.\n\n"
        "«\u202fL'inflation est revenue près de notre objectif, mais les risques n'ont pas "
        "disparu. Les salaires continuent de progresser plus vite que la productivité dans "
        "plusieurs pays de la zone euro.\n\n"
        "«\u202fNous ne sommes pas pressés, et nous ne nous engageons sur aucune "
        "trajectoire\u202f», a déclaré la présidente de l'institution, Annelies Verbruggen, "
        "lors de la conférence de presse qui a suivi la réunion.\n\n"
        "L'euro a peu réagi, s'échangeant autour de 1,12 dollar en fin de journée. Selon "
        "Julien Marchal-Dosse, économiste chez Banque Ardent, une baisse des taux reste "
        "possible en mars si la croissance allemande déçoit de nouveau.",
        [
            (
                D,
                [
                    "L'inflation est revenue près de notre objectif, mais les risques n'ont pas "
                    "disparu. Les salaires continuent de progresser plus vite que la "
                    "productivité dans plusieurs pays de la zone euro.",
                    "Nous ne sommes pas pressés, et nous ne nous engageons sur aucune trajectoire",
                ],
                "Annelies Verbruggen",
            ),
            (
                I,
                [
                    "une baisse des taux reste possible en mars si la croissance allemande "
                    "déçoit de nouveau"
                ],
                "Julien Marchal-Dosse",
            ),
        ],
    ),
    (  # 4 company results: «» without spaces, "D'après X, analyste chez Y"
        "Paris — Le groupe de spiritueux Maison Darcel a publié jeudi un chiffre d'affaires en "
        "recul de 7,4 % au troisième trimestre, à 1,86 milliard d'euros, pénalisé par "
        "l'effondrement de ses ventes de cognac en Chine et par la faiblesse du dollar.\n\n"
        "«Le trimestre a été difficile, nous ne le cachons pas. Mais nos marques n'ont rien "
        "perdu de leur désirabilité», a affirmé le directeur général, Thibault "
        "Sarrazin-Lenoir, lors d'une conférence téléphonique avec les analystes.\n\n"
        "Le groupe présentera en février un plan d'économies de 150 millions d'euros. Le titre "
        "a chuté de 9 % à la Bourse de Paris.\n\n"
        "D'après Sophie Lantier, analyste chez Brémond Securities, un rebond des ventes n'est "
        "pas attendu avant la seconde moitié de 2027.",
        [
            (
                D,
                [
                    "Le trimestre a été difficile, nous ne le cachons pas. Mais nos marques "
                    "n'ont rien perdu de leur désirabilité"
                ],
                "Thibault Sarrazin-Lenoir",
            ),
            (
                I,
                ["un rebond des ventes n'est pas attendu avant la seconde moitié de 2027"],
                "Sophie Lantier",
            ),
        ],
    ),
    (  # 5 pilots' strike: “ ” quotes, union vs management, d'“…”, "Selon le syndicat"
        "Toulouse — Les pilotes de la compagnie Aérolis ont entamé lundi une grève de quatre "
        "jours, entraînant l'annulation de près de 40 % des vols au départ de Lyon, Marseille "
        "et Toulouse, en pleines vacances de la Toussaint.\n\n"
        "“Cela fait dix-huit mois que nous demandons une renégociation des temps de repos. La "
        "direction n'a jamais voulu ouvrir ce dossier”, a déclaré le président du Syndicat des "
        "navigants techniques (SNT), Olivier Castagné, sur la radio Sud Antenne.\n\n"
        "Dans un message adressé aux salariés, la directrice générale, Nathalie Broussard, a "
        "qualifié le mouvement d'“incompréhensible” et chiffré son coût à 5 millions d'euros "
        "par jour.\n\n"
        "Selon le syndicat, plus de 85 % des pilotes étaient en grève lundi. Une réunion de "
        "médiation est prévue jeudi au ministère des Transports.",
        [
            (
                D,
                [
                    "Cela fait dix-huit mois que nous demandons une renégociation des temps de "
                    "repos. La direction n'a jamais voulu ouvrir ce dossier"
                ],
                "Olivier Castagné",
            ),
            (P, ["incompréhensible"], "Nathalie Broussard"),
            (
                I,
                ["plus de 85 % des pilotes étaient en grève lundi"],
                "Syndicat des navigants techniques",
            ),
        ],
    ),
    (  # 6 fraud trial: narrow no-break spaces, prosecutor vs defence lawyer, noun-object
        # "a demandé" and "a dénoncé", "a-t-elle plaidé"
        "Bordeaux — Le parquet a requis mercredi huit ans d'emprisonnement contre l'ancien "
        "patron de la plateforme de cryptomonnaies Nummis, Grégory Falcoz, jugé depuis trois "
        "semaines pour escroquerie en bande organisée au préjudice de quelque 4\u202f000 "
        "épargnants.\n\n"
        "«\u202fCe dossier n'est pas celui d'un entrepreneur malchanceux. C'est celui d'un "
        "homme qui savait, dès le premier jour, que l'argent des nouveaux clients servait à "
        "payer les anciens\u202f», a lancé le procureur, Fabrice Delmotte, devant le tribunal "
        "correctionnel. Il a également demandé une interdiction définitive de gérer une "
        "entreprise.\n\n"
        "L'avocate de la défense, Me Isabelle Santoni, a dénoncé un réquisitoire écrit pour "
        "les caméras. «\u202fOn veut faire de mon client le symbole de toute une "
        "industrie. Mais on juge ici des faits, pas une époque\u202f», a-t-elle plaidé.\n\n"
        "Le préjudice total dépasse 62 millions d'euros. Le jugement a été mis en délibéré au "
        "12 janvier.",
        [
            (
                D,
                [
                    "Ce dossier n'est pas celui d'un entrepreneur malchanceux. C'est celui d'un "
                    "homme qui savait, dès le premier jour, que l'argent des nouveaux clients "
                    "servait à payer les anciens"
                ],
                "Fabrice Delmotte",
            ),
            (
                D,
                [
                    "On veut faire de mon client le symbole de toute une industrie. Mais on "
                    "juge ici des faits, pas une époque"
                ],
                "Isabelle Santoni",
            ),
        ],
    ),
    (  # 7 ceasefire: "…, a annoncé le médiateur, X", -t-il, partial inside "a affirmé que"
        "Nairobi — Un cessez-le-feu entre l'armée du Kervan et les rebelles du Front de "
        "libération de l'Est est entré en vigueur dimanche à minuit, après six semaines de "
        "combats autour de la ville de Massoura, a annoncé le médiateur de l'Union africaine, "
        "Joseph Mbarga-Etoa.\n\n"
        "« Les deux parties se sont engagées à geler leurs positions et à ouvrir des couloirs "
        "pour l'aide humanitaire. C'est fragile, mais c'est un début », a-t-il déclaré à la "
        "presse.\n\n"
        "Le porte-parole de l'armée, le colonel Idriss Wani, a affirmé que les forces "
        "gouvernementales respecteraient la trêve « tant que l'ennemi la respectera ». Les "
        "rebelles n'avaient pas réagi dimanche soir.\n\n"
        "Plus de 300 000 personnes ont fui les combats depuis septembre, et l'accès des "
        "convois humanitaires à Massoura reste incertain.",
        [
            (
                I,
                [
                    "Un cessez-le-feu entre l'armée du Kervan et les rebelles du Front de "
                    "libération de l'Est est entré en vigueur dimanche à minuit, après six "
                    "semaines de combats autour de la ville de Massoura"
                ],
                "Joseph Mbarga-Etoa",
            ),
            (
                D,
                [
                    "Les deux parties se sont engagées à geler leurs positions et à ouvrir des "
                    "couloirs pour l'aide humanitaire. C'est fragile, mais c'est un début"
                ],
                "Joseph Mbarga-Etoa",
            ),
            (P, ["tant que l'ennemi la respectera"], "Idriss Wani"),
        ],
    ),
    (  # 8 health agency: no-break spaces, quote over two paragraphs, "le docteur",
        # "D'après l'agence onusienne", partial after "a estimé que"
        "Genève — L'Organisation mondiale de la santé (OMS) a déclenché vendredi son plus haut "
        "niveau d'alerte face à l'épidémie de fièvre hémorragique de Tessala, qui touche trois "
        "pays d'Afrique centrale.\n\n"
        "«\u00a0Le virus circule désormais dans des villes reliées par la route et par les airs "
        "à des capitales régionales. Nous ne pouvons plus parler d'un foyer localisé.\n\n"
        "«\u00a0Cette décision n'est pas un signal de panique, c'est un appel à la "
        "solidarité\u00a0», a déclaré son directeur général, le docteur Tomás Ferreira-Lund, "
        "lors d'une conférence de presse.\n\n"
        "D'après l'agence onusienne, 412 cas et 97 décès ont été recensés depuis juillet.\n\n"
        "Le ministre de la Santé du Bamanda, Célestin Ngoma, a estimé que cette mesure "
        "risquait de «\u00a0faire fuir les investisseurs et les touristes\u00a0», alors que son "
        "pays concentre la majorité des cas.",
        [
            (
                D,
                [
                    "Le virus circule désormais dans des villes reliées par la route et par les "
                    "airs à des capitales régionales. Nous ne pouvons plus parler d'un foyer "
                    "localisé.",
                    "Cette décision n'est pas un signal de panique, c'est un appel à la solidarité",
                ],
                "Tomás Ferreira-Lund",
            ),
            (
                I,
                ["412 cas et 97 décès ont été recensés depuis juillet"],
                "Organisation mondiale de la santé",
            ),
            (P, ["faire fuir les investisseurs et les touristes"], "Célestin Ngoma"),
        ],
    ),
    (  # 9 climate talks: plain spaces, "a prévenu", partial adjective, "D'après un négociateur"
        "Lisbonne — Les négociations de la COP32 sur le climat se sont prolongées dans la nuit "
        "de vendredi à samedi, les délégations restant profondément divisées sur le calendrier "
        "de sortie des énergies fossiles.\n\n"
        "« Nous ne quitterons pas Lisbonne avec un texte qui ne mentionne même pas le charbon, "
        "le pétrole et le gaz », a prévenu la négociatrice en chef de l'Alliance des petits "
        "États insulaires, Mereana Tupou-Hale.\n\n"
        "Porte-voix des pays producteurs, l'émissaire Khalid Al-Rashidi a jugé « irréaliste » "
        "tout calendrier contraignant. D'après un négociateur européen, un compromis pourrait "
        "se dessiner samedi autour d'une transition sans date précise, assortie d'un bilan en "
        "2030.\n\n"
        "Un nouveau projet de texte devait être publié à l'aube par la présidence "
        "portugaise.",
        [
            (
                D,
                [
                    "Nous ne quitterons pas Lisbonne avec un texte qui ne mentionne même pas le "
                    "charbon, le pétrole et le gaz"
                ],
                "Mereana Tupou-Hale",
            ),
            (P, ["irréaliste"], "Khalid Al-Rashidi"),
            (
                I,
                [
                    "un compromis pourrait se dessiner samedi autour d'une transition sans date "
                    "précise, assortie d'un bilan en 2030"
                ],
                "négociateur européen",
            ),
        ],
    ),
    (  # 10 tech regulation: “ ” quotes, company "a indiqué qu'il", partial after "dénonçant"
        "Bruxelles — La Commission européenne a infligé mardi une amende de 1,4 milliard "
        "d'euros au réseau social Flimo, accusé d'avoir enfreint le règlement sur les services "
        "numériques en exposant des mineurs à des contenus dangereux.\n\n"
        "“Les règles s'appliquent à tous, quelle que soit la taille de l'entreprise ou le pays "
        "où se trouve son siège”, a déclaré la vice-présidente chargée du numérique, "
        "Katarzyna Wolańska.\n\n"
        "Dans un communiqué, Flimo a indiqué qu'il ferait appel de la décision devant la Cour "
        "de justice de l'Union européenne, dénonçant une sanction “disproportionnée et "
        "politiquement motivée”.\n\n"
        "Le réseau social revendique environ 38 millions d'utilisateurs âgés de 13 à 17 ans "
        "dans l'Union. Il dispose de six mois pour modifier ses algorithmes de "
        "recommandation.",
        [
            (
                D,
                [
                    "Les règles s'appliquent à tous, quelle que soit la taille de l'entreprise "
                    "ou le pays où se trouve son siège"
                ],
                "Katarzyna Wolańska",
            ),
            (
                I,
                ["il ferait appel de la décision devant la Cour de justice de l'Union européenne"],
                "Flimo",
            ),
            (P, ["disproportionnée et politiquement motivée"], "Flimo"),
        ],
    ),
    (  # 11 legislative election abroad: no-break spaces, -t-elle, "Pour lui, … « »"
        "Vilmar — Le Parti du centre de la Première ministre sortante, Ingrid Halvorsen-Dahl, "
        "est arrivé en tête des élections législatives de dimanche avec 27,8\u00a0% des voix, "
        "mais devra trouver au moins deux partenaires pour former une coalition.\n\n"
        "«\u00a0Les électeurs nous ont confié la responsabilité de construire une majorité. Je "
        "parlerai à tous les partis qui respectent nos institutions\u00a0», a-t-elle déclaré "
        "devant ses partisans.\n\n"
        "Le chef de l'opposition conservatrice, Lars Eikeland, dont le parti a obtenu "
        "24,1\u00a0%, a lui aussi revendiqué le droit de former le prochain gouvernement. Pour "
        "lui, le scrutin traduit «\u00a0un rejet clair de la politique fiscale\u00a0» de la "
        "coalition sortante.\n\n"
        "L'extrême droite, avec 16\u00a0%, réalise le meilleur score de son histoire. La "
        "participation s'est élevée à 74\u00a0%.",
        [
            (
                D,
                [
                    "Les électeurs nous ont confié la responsabilité de construire une "
                    "majorité. Je parlerai à tous les partis qui respectent nos institutions"
                ],
                "Ingrid Halvorsen-Dahl",
            ),
            (P, ["un rejet clair de la politique fiscale"], "Lars Eikeland"),
        ],
    ),
    (  # 12 copper-mine strike: narrow no-break spaces, union vs company, speaker after
        # "a répondu dans un communiqué"
        "La production de la mine de cuivre de Kanshala, l'une des plus importantes d'Afrique "
        "australe, est à l'arrêt depuis lundi en raison d'une grève illimitée de ses "
        "6\u202f200 salariés, qui réclament une hausse de salaire de 15\u202f%.\n\n"
        "«\u202fLes bénéfices du groupe ont doublé en deux ans. Les mineurs, eux, n'ont pas vu "
        "la couleur de cet argent\u202f», a déclaré le secrétaire général du Syndicat des "
        "travailleurs des mines, Jacob Mwansa, devant les grilles du site.\n\n"
        "«\u202fNotre offre de 6\u202f% est la plus élevée du secteur cette année. Nous restons "
        "disponibles pour discuter, mais pas sous la menace\u202f», a répondu dans un "
        "communiqué le directeur des ressources humaines de Kanshala Copper, Peter Chanda.\n\n"
        "Chaque jour d'arrêt coûte environ 4 millions de dollars de recettes d'exportation au "
        "pays.",
        [
            (
                D,
                [
                    "Les bénéfices du groupe ont doublé en deux ans. Les mineurs, eux, n'ont pas "
                    "vu la couleur de cet argent"
                ],
                "Jacob Mwansa",
            ),
            (
                D,
                [
                    "Notre offre de 6\u202f% est la plus élevée du secteur cette année. Nous "
                    "restons disponibles pour discuter, mais pas sous la menace"
                ],
                "Peter Chanda",
            ),
        ],
    ),
    (  # 13 former president on trial: prosecutor vs defence, "a rétorqué Me X, l'un des…"
        "Dar El-Mina — L'ancien chef de l'État Aziz Karamane, renversé en 2023, a comparu "
        "lundi devant la Cour criminelle spéciale pour détournement de fonds publics et "
        "blanchiment. Il encourt jusqu'à vingt ans de prison.\n\n"
        "« L'argent destiné aux hôpitaux et aux écoles a fini sur des comptes à l'étranger. "
        "Nous en apporterons la preuve document par document », a affirmé le procureur "
        "général, Nabil Haddouche, à l'ouverture de l'audience.\n\n"
        "« Ce procès est une vengeance politique déguisée en procédure judiciaire », a "
        "rétorqué Me Sami Ben Achour, l'un des avocats de l'ancien président. La défense a "
        "demandé le renvoi de l'affaire.\n\n"
        "M. Karamane, qui comparaissait libre, n'a fait aucune déclaration. La cour doit se "
        "prononcer mardi sur la demande de renvoi.",
        [
            (
                D,
                [
                    "L'argent destiné aux hôpitaux et aux écoles a fini sur des comptes à "
                    "l'étranger. Nous en apporterons la preuve document par document"
                ],
                "Nabil Haddouche",
            ),
            (
                D,
                ["Ce procès est une vengeance politique déguisée en procédure judiciaire"],
                "Sami Ben Achour",
            ),
        ],
    ),
    (  # 14 drone strikes: no-break spaces, ", selon X" at the end, rescuer named after the
        # quote, ministry's partial after "affirmant avoir visé"
        "Au moins 23 civils ont été tués dans la nuit de mardi à mercredi par des frappes de "
        "drones sur la ville de Harzan, dans l'est du pays, selon le Comité de secours de "
        "Harzan.\n\n"
        "«\u00a0Les drones sont arrivés vers deux heures du matin. Ils ont visé le marché et "
        "l'immeuble d'en face, où dormaient des familles déplacées\u00a0», a raconté par "
        "téléphone un secouriste, Bilal Haddad.\n\n"
        "Le ministère de la Défense a démenti toute frappe contre des civils, affirmant avoir "
        "visé «\u00a0un dépôt de munitions\u00a0» utilisé par les insurgés.\n\n"
        "Ces frappes interviennent alors que des pourparlers de cessez-le-feu devaient "
        "reprendre la semaine prochaine à Genève.",
        [
            (
                I,
                [
                    "Au moins 23 civils ont été tués dans la nuit de mardi à mercredi par des "
                    "frappes de drones sur la ville de Harzan, dans l'est du pays"
                ],
                "Comité de secours de Harzan",
            ),
            (
                D,
                [
                    "Les drones sont arrivés vers deux heures du matin. Ils ont visé le marché "
                    "et l'immeuble d'en face, où dormaient des familles déplacées"
                ],
                "Bilal Haddad",
            ),
            (P, ["un dépôt de munitions"], "ministère de la Défense"),
        ],
    ),
    (  # 15 telecom results and job cuts: «» without spaces, company vs union, participle
        # "assurant que"
        "Paris — L'opérateur de télécommunications Orvalis a annoncé jeudi la suppression de "
        "2 300 postes en France d'ici à 2028, le jour même où il publiait un bénéfice net en "
        "hausse de 12 % au troisième trimestre, à 640 millions d'euros.\n\n"
        "«Nous devons adapter notre organisation à un marché où les prix baissent chaque année "
        "depuis dix ans», a justifié le PDG, Xavier Montclar, assurant que les départs se "
        "feraient sur la base du volontariat.\n\n"
        "«On annonce des profits et des suppressions de postes le même jour. Les salariés ne "
        "sont pas dupes», a réagi la déléguée centrale de l'Union syndicale des télécoms, "
        "Karima Benali. L'intersyndicale appelle à une journée de grève le 4 décembre.",
        [
            (
                D,
                [
                    "Nous devons adapter notre organisation à un marché où les prix baissent "
                    "chaque année depuis dix ans"
                ],
                "Xavier Montclar",
            ),
            (I, ["les départs se feraient sur la base du volontariat"], "Xavier Montclar"),
            (
                D,
                [
                    "On annonce des profits et des suppressions de postes le même jour. Les "
                    "salariés ne sont pas dupes"
                ],
                "Karima Benali",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 G20 summit: speaker named after the quote with a long apposition; campaigner partial
        "JOHANNESBURG — Leaders of the Group of 20 major economies ended a two-day summit on "
        "Sunday with a joint declaration on debt relief for the poorest countries, but failed "
        "to agree on language about the war in the Kervan region.\n\n"
        '"For the first time, creditors in this room have committed to a common timetable. '
        'That matters more to a farmer in Malawi than any communiqué," said Thandiwe '
        "Mokoena-Price, the South African finance minister who chaired the debt talks.\n\n"
        "Campaigners were less impressed. Ruth Okafor, of the Jubilee Debt Network, called the "
        'declaration "a timetable without teeth", noting the absence of private lenders, who '
        "hold nearly half of the debt concerned.\n\n"
        "The next summit will be held in Seoul in 2027.",
        [
            (
                D,
                [
                    "For the first time, creditors in this room have committed to a common "
                    "timetable. That matters more to a farmer in Malawi than any communiqué"
                ],
                "Thandiwe Mokoena-Price",
            ),
            (P, ["a timetable without teeth"], "Ruth Okafor"),
        ],
    ),
    (  # 2 presidential runoff: "according to" council, "A," X told. "B." = two directs,
        # incumbent's reply reported with "wrote … that"
        "BELLMONT — Opposition candidate Rafael Quintero was leading Sunday's presidential "
        "runoff in Valdoria with 51.3% of the vote, with 94% of ballots counted, according to "
        "the National Electoral Council.\n\n"
        '"Tonight Valdoria chose change," Quintero told cheering supporters in the capital. '
        '"Tomorrow we start cleaning up."\n\n'
        "President Marta Ibáñez, who is seeking a second term, refused to concede.\n\n"
        "Ibáñez wrote on social media that nobody should declare victory until every last "
        "vote had been counted.\n\n"
        "Regional observers are due to give their assessment of the vote on Tuesday.",
        [
            (
                I,
                [
                    "Opposition candidate Rafael Quintero was leading Sunday's presidential "
                    "runoff in Valdoria with 51.3% of the vote, with 94% of ballots counted"
                ],
                "National Electoral Council",
            ),
            (D, ["Tonight Valdoria chose change"], "Rafael Quintero"),
            (D, ["Tomorrow we start cleaning up."], "Rafael Quintero"),
            (
                I,
                ["nobody should declare victory until every last vote had been counted"],
                "Marta Ibáñez",
            ),
        ],
    ),
    (  # 3 central bank: colon quote over two paragraphs, "…, the bank said", minister partial
        "The Reserve Bank of Kestria raised its benchmark interest rate by half a percentage "
        "point to 6.75% on Thursday, its biggest increase in three years, as it tries to "
        "contain inflation driven by a slump in the currency.\n\n"
        'Governor Helena Marković said: "We will not allow a temporary shock to become '
        "permanent inflation. Households and firms need to know that we will act, and act "
        "decisively.\n\n"
        '"If further tightening is needed, we will not hesitate."\n\n'
        "Two of the seven members of the monetary policy committee voted to keep rates on "
        "hold, the bank said.\n\n"
        "Finance Minister Piotr Zelenko, who had criticised the bank's previous increase, said "
        'the move would "hurt small businesses that are already struggling".',
        [
            (
                D,
                [
                    "We will not allow a temporary shock to become permanent inflation. "
                    "Households and firms need to know that we will act, and act decisively.",
                    "If further tightening is needed, we will not hesitate.",
                ],
                "Helena Marković",
            ),
            (
                I,
                [
                    "Two of the seven members of the monetary policy committee voted to keep "
                    "rates on hold"
                ],
                "Reserve Bank of Kestria",
            ),
            (P, ["hurt small businesses that are already struggling"], "Piotr Zelenko"),
        ],
    ),
    (  # 4 chipmaker results: “ ” quotes, "told analysts", "According to X, an analyst at Y"
        "Shares in Hallberg Semiconductor jumped 14% in after-hours trading on Wednesday after "
        "the chipmaker reported third-quarter revenue of $8.2 billion, well above analysts' "
        "expectations of $7.6 billion.\n\n"
        "“Demand for our data-centre chips is running ahead of what we can build, and we "
        "expect that to remain the case well into next year,” chief executive Mei-Lin Sandoval "
        "told analysts on a conference call.\n\n"
        "Net profit rose 41% from a year earlier to $2.3 billion. The company expects "
        "fourth-quarter revenue of between $8.6 billion and $8.9 billion.\n\n"
        "Not everyone was convinced. According to Priya Venkat, an analyst at Rowntree "
        "Capital, margins remain under pressure from the rising cost of memory chips, and the "
        "share price already assumes that everything goes right.",
        [
            (
                D,
                [
                    "Demand for our data-centre chips is running ahead of what we can build, "
                    "and we expect that to remain the case well into next year"
                ],
                "Mei-Lin Sandoval",
            ),
            (
                I,
                [
                    "margins remain under pressure from the rising cost of memory chips, and "
                    "the share price already assumes that everything goes right"
                ],
                "Priya Venkat",
            ),
        ],
    ),
    (  # 5 car strike: "…, the union said", "said X, the union's president", company partial
        "DETROIT — Workers at Brenner Motors' three assembly plants in Michigan walked off the "
        "job at midnight on Friday after talks on a new four-year contract collapsed, the "
        "United Auto and Machinists Union said.\n\n"
        "\"The company made record profits three years running and then told us there's "
        "nothing left for the people who build the cars,\" said Denise Kowalczyk, the union's "
        "president, on a picket line outside the Fairview plant.\n\n"
        "Brenner said in a statement that its offer of a 14% raise over four years was "
        '"generous and competitive". About 9,500 hourly workers are affected.\n\n'
        "The last strike at Brenner, in 2019, lasted 31 days.",
        [
            (
                I,
                [
                    "Workers at Brenner Motors' three assembly plants in Michigan walked off "
                    "the job at midnight on Friday after talks on a new four-year contract "
                    "collapsed"
                ],
                "United Auto and Machinists Union",
            ),
            (
                D,
                [
                    "The company made record profits three years running and then told us "
                    "there's nothing left for the people who build the cars"
                ],
                "Denise Kowalczyk",
            ),
            (P, ["generous and competitive"], "Brenner Motors"),
        ],
    ),
    (  # 6 fraud trial: ‘ ’ quotes, prosecutor vs defence barrister, "…, she said." indirect
        "LONDON — The fraud trial of Julian Ashworth-Reed, former chief executive of the "
        "collapsed payments firm Paylinx, opened at Southwark Crown Court on Monday. He denies "
        "eight counts of fraud and false accounting.\n\n"
        "‘This was not a case of sloppy bookkeeping. It was a deliberate and sustained "
        "deception of investors, auditors and regulators,’ prosecutor Catherine Ling told the "
        "jury. More than £214m recorded as customer funds had never existed, she said.\n\n"
        "Mr Ashworth-Reed, 52, sat impassively in the dock. His barrister, Edward Blount, will "
        "set out the defence case next week.\n\n"
        "‘He trusted his finance team. That trust was betrayed,’ Mr Blount said outside court. "
        "The trial is expected to last ten weeks.",
        [
            (
                D,
                [
                    "This was not a case of sloppy bookkeeping. It was a deliberate and "
                    "sustained deception of investors, auditors and regulators"
                ],
                "Catherine Ling",
            ),
            (
                I,
                ["More than £214m recorded as customer funds had never existed"],
                "Catherine Ling",
            ),
            (
                D,
                ["He trusted his finance team. That trust was betrayed"],
                "Edward Blount",
            ),
        ],
    ),
    (  # 7 ceasefire: mediator after the quote, "A spokesman for the army said" → the army
        "DOHA — A 60-day ceasefire between the government of Kervania and the rebel Eastern "
        "Alliance took effect at dawn on Monday, but both sides accused each other of "
        "violations within hours.\n\n"
        '"Nobody expected the guns to fall silent at 6am sharp. What matters is whether '
        'commanders on the ground get the message," the mediator, Yusuf Al-Mansoori, told '
        "reporters in Doha.\n\n"
        "A spokesman for the Kervanian army said rebel fighters had shelled two villages near "
        "the town of Dresk after the truce began. The Eastern Alliance denied the claim.\n\n"
        "Under the deal, both sides are to pull heavy weapons back 20 kilometres from the "
        "front line and allow aid convoys into the besieged city of Tarsh.",
        [
            (
                D,
                [
                    "Nobody expected the guns to fall silent at 6am sharp. What matters is "
                    "whether commanders on the ground get the message"
                ],
                "Yusuf Al-Mansoori",
            ),
            (
                I,
                [
                    "rebel fighters had shelled two villages near the town of Dresk after the "
                    "truce began"
                ],
                "Kervanian army",
            ),
        ],
    ),
    (  # 8 health agency: "said Dr X, who heads…", "According to the agency" → WHO
        "GENEVA — The World Health Organization on Tuesday raised its risk assessment for a "
        "new strain of avian influenza that has infected poultry workers in three countries.\n\n"
        '"We are not seeing sustained human-to-human transmission. But every new human case '
        'gives the virus another chance to adapt," said Dr Ngozi Adeyemi-Clarke, who heads the '
        "agency's emerging diseases unit.\n\n"
        "According to the agency, 37 human cases and four deaths have been confirmed since "
        "August, most of them among workers at large poultry farms.\n\n"
        "Several countries have ordered the culling of infected flocks, and exports of "
        "poultry meat from the affected regions have been suspended.",
        [
            (
                D,
                [
                    "We are not seeing sustained human-to-human transmission. But every new "
                    "human case gives the virus another chance to adapt"
                ],
                "Ngozi Adeyemi-Clarke",
            ),
            (
                I,
                [
                    "37 human cases and four deaths have been confirmed since August, most of "
                    "them among workers at large poultry farms"
                ],
                "World Health Organization",
            ),
        ],
    ),
    (  # 9 climate talks: “ ” quotes, "A," said X, "b." = one quote two spans; nested ‘ ’
        "NAIROBI — Negotiators at the UN climate talks adopted a deal early on Sunday, more "
        "than 30 hours after the scheduled close, that triples finance for adaptation to $120 "
        "billion a year by 2035 but makes no mention of phasing out fossil fuels.\n\n"
        "“This is not the deal the science demands,” said Tevita Fonua, who led negotiations "
        "for a bloc of 39 small island states, “but it is a deal we can build on.”\n\n"
        "The European Union's climate commissioner, Jonas Verhaegen, said the bloc had "
        "“given more than it wanted to” on finance.\n\n"
        "Environmental groups were scathing. “Thirty hours of talks, and the words ‘fossil "
        "fuels’ still do not appear once,” said Amara Nwosu of Climate Justice Watch.",
        [
            (
                D,
                [
                    "This is not the deal the science demands",
                    "but it is a deal we can build on.",
                ],
                "Tevita Fonua",
            ),
            (P, ["given more than it wanted to"], "Jonas Verhaegen"),
            (
                D,
                ["Thirty hours of talks, and the words ‘fossil fuels’ still do not appear once"],
                "Amara Nwosu",
            ),
        ],
    ),
    (  # 10 tech regulation: "A," X told. "B." = two directs; company "said it would appeal"
        "BRUSSELS — The European Commission on Wednesday fined search company Quorra €2.1 "
        "billion and ordered it to stop favouring its own shopping service in search results, "
        "the largest penalty yet under the bloc's Digital Markets Act.\n\n"
        '"Gatekeepers do not get to mark their own homework," competition commissioner Lotte '
        'Brandsma told a news conference. "The rules are clear, and they have been clear for '
        'two years."\n\n'
        "Quorra said it would appeal. The company has 60 days to comply or face daily "
        "penalties of up to 5% of its average daily worldwide turnover.",
        [
            (D, ["Gatekeepers do not get to mark their own homework"], "Lotte Brandsma"),
            (
                D,
                ["The rules are clear, and they have been clear for two years."],
                "Lotte Brandsma",
            ),
            (I, ["it would appeal"], "Quorra"),
        ],
    ),
    (  # 11 parliamentary election abroad: winner's partial, outgoing PM "she told supporters"
        "HOLMSTAD — The centre-right Union for Progress won the most seats in Sunday's "
        "parliamentary election in Estmark but fell well short of a majority, leaving the "
        "country facing weeks of coalition talks.\n\n"
        'Its leader, Henrik Solberg, said he would begin talks this week with "all parties '
        'that respect the constitution".\n\n'
        "Outgoing Prime Minister Annika Voss, whose Labour Party came second, conceded defeat "
        'on Monday morning. "Voters asked for change, and we heard them. But we will not be a '
        'silent opposition," she told supporters.\n\n'
        "Turnout was 79%, the highest since 1994.",
        [
            (P, ["all parties that respect the constitution"], "Henrik Solberg"),
            (
                D,
                [
                    "Voters asked for change, and we heard them. But we will not be a silent "
                    "opposition"
                ],
                "Annika Voss",
            ),
        ],
    ),
    (  # 12 regional summit: ‘ ’ quotes, "said X, the host country's prime minister", partial
        "PORT LOUIS — Leaders of the Indian Ocean Rim Council on Friday set up a joint "
        "coastguard fund to fight illegal fishing, which costs member states an estimated $3 "
        "billion a year.\n\n"
        "‘We have 12 million square kilometres of ocean and not enough boats to patrol a "
        "fraction of it,’ said Rajiv Purmessur, the host country's prime minister, at the "
        "closing news conference.\n\n"
        "Some smaller members found the fund too modest. Marie-Claire Hoareau, the foreign "
        "minister of the Seychelles, called its initial budget of $40 million ‘a drop in the "
        "ocean, frankly’.\n\n"
        "The council's 23 members will meet again in Colombo next year.",
        [
            (
                D,
                [
                    "We have 12 million square kilometres of ocean and not enough boats to "
                    "patrol a fraction of it"
                ],
                "Rajiv Purmessur",
            ),
            (P, ["a drop in the ocean, frankly"], "Marie-Claire Hoareau"),
        ],
    ),
    (  # 13 nurses' strike: ", according to the association", "the association's president",
        # minister's partial then "and that" indirect
        "More than 14,000 nurses across Northgate province walked out on Tuesday in the first "
        "strike of its kind in two decades, according to the Northgate Nurses' Association.\n\n"
        "Hospitals postponed non-urgent surgery, while emergency departments operated with "
        "minimum staffing.\n\n"
        '"We are exhausted, we are underpaid and we are leaving the profession in record '
        "numbers,\" the association's president, Grace Mulholland, told a rally outside the "
        "provincial legislature.\n\n"
        'Health Minister Aaron Pike said the strike was "putting patients at risk" and that '
        "the government's offer of 9% over three years remained on the table.",
        [
            (
                I,
                [
                    "More than 14,000 nurses across Northgate province walked out on Tuesday in "
                    "the first strike of its kind in two decades"
                ],
                "Northgate Nurses' Association",
            ),
            (
                D,
                [
                    "We are exhausted, we are underpaid and we are leaving the profession in "
                    "record numbers"
                ],
                "Grace Mulholland",
            ),
            (P, ["putting patients at risk"], "Aaron Pike"),
            (
                I,
                ["the government's offer of 9% over three years remained on the table"],
                "Aaron Pike",
            ),
        ],
    ),
    (  # 14 war-crimes sentence: judge's partial, colon quote over two paragraphs, defence
        "THE HAGUE — Judges at the International Criminal Court on Thursday sentenced former "
        "militia leader Bosco Ntale to 22 years in prison for murder, rape and the use of "
        "child soldiers in the eastern province of Lukanga between 2019 and 2021.\n\n"
        'Presiding judge Margarethe Elvestad said the crimes had been committed "with a '
        'cruelty that this chamber struggles to put into words".\n\n'
        'Amani Kalume, a lawyer representing 312 victims, said: "A prison term is not the '
        "end of this. Many of my clients still live a few kilometres from the men who attacked "
        "them.\n\n"
        '"They need schools, clinics and an apology from the state. That is what justice would '
        'look like in Lukanga."\n\n'
        "Defence lawyer Richard Osei-Bonsu said his client would appeal against both the "
        "verdict and the sentence.",
        [
            (
                P,
                ["with a cruelty that this chamber struggles to put into words"],
                "Margarethe Elvestad",
            ),
            (
                D,
                [
                    "A prison term is not the end of this. Many of my clients still live a few "
                    "kilometres from the men who attacked them.",
                    "They need schools, clinics and an apology from the state. That is what "
                    "justice would look like in Lukanga.",
                ],
                "Amani Kalume",
            ),
            (
                I,
                ["his client would appeal against both the verdict and the sentence"],
                "Richard Osei-Bonsu",
            ),
        ],
    ),
    (  # 15 airline takeover cleared: CEO "said in a statement" after the quote, pilots' guild
        "The National Competition Commission on Friday cleared the $6.4 billion takeover of "
        "regional carrier SkyLink by Meridian Airways, on condition that Meridian gives up 18 "
        "take-off and landing slots at Harbourside Airport.\n\n"
        '"This is a great day for our customers and our people," Meridian\'s chief executive, '
        "Paul Hendricks, said in a statement.\n\n"
        "The Airline Pilots' Guild, which represents SkyLink's 640 pilots, said it was seeking "
        "written guarantees that no jobs would be lost when the two fleets are merged.\n\n"
        "The deal is expected to close in the first quarter of next year.",
        [
            (D, ["This is a great day for our customers and our people"], "Paul Hendricks"),
            (
                I,
                [
                    "it was seeking written guarantees that no jobs would be lost when the two "
                    "fleets are merged"
                ],
                "Airline Pilots' Guild",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout24.jsonl"),
        "heldout24",
        "h24",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
