"""Source of the 144th held-out set: writes heldout144.jsonl (split "heldout144").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like business, labour and economy news: strikes and lock-outs (car plant, port, airline
pilots, regional trains, iron ore mines), plant closures and layoffs, bank and supermarket
mergers, central bank rate decisions, minimum wage and pay deals, tariffs and trade disputes,
food inflation and shoppers, company results, a union recognition vote, a bank fine and an
activist investor, with union leaders, employers' federations, chief executives, ministers,
central bankers, analysts, economists, companies and unions speaking as organisations and
unnamed workers and consumers quoted (a televised debate in French rendered with dialogue
dashes); speakers are referred back to by surname, pronoun ("-t-il", "elle", "she", "it"),
role ("la direction", "l'intéressée", "the minister"), nationality ("l'Allemand", "the
Bavarian"), age ("la septuagénaire", "the 34-year-old") or epithet ("le patron des patrons",
"the retiree"), and some statements are sourced with "selon X", "d'après X" or "according to
X"; a report's title, a programme's name and a memoir's title in quotation marks are not quotes.
Measured once with 0.3.0 and 0.43.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout144.py
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
    (  # 1 car plant strike: two-sentence direct + "a lancé Name, délégué du syndicat …",
        # "La direction a qualifié la revendication d'« … »" (partial, management = the
        # company), a quote split by "a assuré son directeur des ressources humaines, Name,"
        # (one quote two spans, final period kept), "pour réclamer une hausse" (noun object)
        "Les ouvriers de l'usine Arvelle Automobiles de Montbéliard (Doubs) ont entamé lundi une "
        "grève reconductible pour réclamer une hausse de 300 euros net par mois. La production de "
        "la citadine électrique Pixo est à l'arrêt depuis la première équipe.\n\n"
        "«\u00a0On nous demande de sortir toujours plus de voitures avec toujours moins de monde. "
        "Là, c'est fini\u00a0», a lancé Farid Benchekroun, délégué du syndicat Solidarité "
        "ouvrière, devant les grilles de l'usine.\n\n"
        "La direction a qualifié la revendication d'«\u00a0irréaliste\u00a0» au vu du recul des "
        "ventes en Europe. «\u00a0Nous restons ouverts au dialogue, a assuré son directeur des "
        "ressources humaines, Laurent Gaspard, mais pas sous la pression.\u00a0»\n\n"
        "Une réunion de négociation est prévue jeudi à la préfecture.",
        [
            (
                D,
                [
                    "On nous demande de sortir toujours plus de voitures avec toujours moins de "
                    "monde. Là, c'est fini"
                ],
                "Farid Benchekroun",
            ),
            (P, ["irréaliste"], "Arvelle Automobiles"),
            (
                D,
                ["Nous restons ouverts au dialogue", "mais pas sous la pression."],
                "Laurent Gaspard",
            ),
        ],
    ),
    (  # 2 Swiss central bank cuts its rate: two-sentence direct + "a déclaré le président
        # de la BNS, Name, 61 ans,", "Le sexagénaire a ajouté que" (age), "D'après Name,
        # économiste …, cette baisse « … »" (quoted words inside the "d'après" clause, only
        # the partial), "s'attendaient à" (not speech)
        "La Banque nationale suisse (BNS) a abaissé jeudi son taux directeur d'un quart de point, "
        "à 0,25\u00a0%, pour freiner l'envolée du franc, qui pénalise les exportateurs. La "
        "plupart des économistes s'attendaient à un statu quo.\n\n"
        "«\u00a0Le franc est nettement surévalué. Nous sommes prêts à intervenir sur le marché des "
        "changes si nécessaire\u00a0», a déclaré le président de la BNS, Urs Balmer-Ritz, 61 ans, "
        "lors de la conférence de presse semestrielle à Berne.\n\n"
        "Le sexagénaire a ajouté que l'inflation devrait rester sous la barre de 1\u00a0% "
        "jusqu'à la fin de 2027.\n\n"
        "D'après Sophie Aeschlimann, économiste à la Banque lémanique privée, cette baisse "
        "«\u00a0ne suffira pas\u00a0» à soulager l'industrie des machines, qui a supprimé "
        "4\u00a0000 emplois depuis janvier.",
        [
            (
                D,
                [
                    "Le franc est nettement surévalué. Nous sommes prêts à intervenir sur le "
                    "marché des changes si nécessaire"
                ],
                "Urs Balmer-Ritz",
            ),
            (
                I,
                ["l'inflation devrait rester sous la barre de 1\u00a0% jusqu'à la fin de 2027"],
                "Urs Balmer-Ritz",
            ),
            (P, ["ne suffira pas"], "Sophie Aeschlimann"),
        ],
    ),
    (  # 3 paper mill closure: "a annoncé mardi la fermeture" and "invoque l'effondrement"
        # (noun objects, not annotated), direct + "a indiqué son porte-parole, Name", a quote
        # opened mid-paragraph and continued in the next paragraph (one span each, first
        # one's period kept) + "lâche une bobinière de 52 ans" (unnamed), partial after "a
        # dénoncé une" by "La députée de la circonscription, Name"
        "Le groupe papetier Norvalis a annoncé mardi la fermeture de son usine de Saint-Girons "
        "(Ariège) d'ici à juin 2027, qui entraînera la suppression de 480 postes. Le groupe "
        "invoque l'effondrement de la demande de papier journal.\n\n"
        "«\u00a0Cette décision a été prise après avoir étudié toutes les alternatives, y compris "
        "une reprise par un concurrent\u00a0», a indiqué son porte-parole, Cédric Vannucci.\n\n"
        "À la sortie de l'assemblée générale du personnel, l'émotion était palpable. «\u00a0Mon "
        "père a travaillé ici, mon grand-père aussi. On fait du papier à Saint-Girons depuis "
        "1911.\n\n"
        "«\u00a0Et eux, ils ferment ça par un communiqué\u00a0», lâche une bobinière de 52 ans, "
        "les yeux rougis.\n\n"
        "La députée de la circonscription, Hélène Carbonne, a dénoncé une «\u00a0décision "
        "purement financière\u00a0» et réclamé la venue du ministre de l'Industrie sur le site.",
        [
            (
                D,
                [
                    "Cette décision a été prise après avoir étudié toutes les alternatives, y "
                    "compris une reprise par un concurrent"
                ],
                "Cédric Vannucci",
            ),
            (
                D,
                [
                    "Mon père a travaillé ici, mon grand-père aussi. On fait du papier à "
                    "Saint-Girons depuis 1911.",
                    "Et eux, ils ferment ça par un communiqué",
                ],
                "bobinière",
            ),
            (P, ["décision purement financière"], "Hélène Carbonne"),
        ],
    ),
    (  # 4 bank merger: "a annoncé lundi le rachat" (noun object), "a résumé l'opération en
        # une phrase : « … »" (direct after a colon, final period kept), "Selon Name, analyste
        # chez …," (rest of the sentence) then a direct + "estime-t-elle"
        "La banque mutualiste Crédit rhodanien a annoncé lundi le rachat de son concurrent Banque "
        "Sequana pour 2,3 milliards d'euros. Le nouvel ensemble deviendra le quatrième réseau "
        "bancaire de France, avec 1\u00a0900 agences.\n\n"
        "Le directeur général du Crédit rhodanien, Philippe Morand-Tessier, a résumé l'opération "
        "en une phrase\u00a0: «\u00a0Nous changeons de taille, pas d'identité.\u00a0»\n\n"
        "Selon Amélie Roussin, analyste chez Kerlan Securities, le prix payé représente une prime "
        "de 34\u00a0% sur le dernier cours de Bourse de Banque Sequana. «\u00a0C'est cher, mais "
        "c'est sans doute la dernière cible de cette taille disponible\u00a0», estime-t-elle.\n\n"
        "L'opération doit encore recevoir le feu vert de l'Autorité de la concurrence.",
        [
            (D, ["Nous changeons de taille, pas d'identité."], "Philippe Morand-Tessier"),
            (
                I,
                [
                    "le prix payé représente une prime de 34\u00a0% sur le dernier cours de "
                    "Bourse de Banque Sequana"
                ],
                "Amélie Roussin",
            ),
            (
                D,
                ["C'est cher, mais c'est sans doute la dernière cible de cette taille disponible"],
                "Amélie Roussin",
            ),
        ],
    ),
    (  # 5 televised pensions debate in dialogue dashes: a dash line attributed by the
        # sentence before it ("le patron des patrons a ouvert les hostilités :", epithet), a
        # dash line with a comma incise "a rétorqué la syndicaliste," (one quote two spans), a
        # question line ended by "? a ironisé son contradicteur" (role referring back)
        "Le président de la Confédération des entreprises de France (CEF), Bertrand "
        "Lassalle-Mory, et la secrétaire générale de l'Union syndicale du travail (UST), Nathalie "
        "Oukili, se sont affrontés dimanche soir sur le plateau de la chaîne Éco24, à quelques "
        "jours de l'ouverture de la conférence sociale sur les retraites.\n\n"
        "Sur l'âge de départ, le patron des patrons a ouvert les hostilités\u00a0:\n\n"
        "— Nous vivons plus longtemps, il faudra travailler plus longtemps. Ce n'est pas de "
        "l'idéologie, c'est de l'arithmétique.\n\n"
        "— L'arithmétique, a rétorqué la syndicaliste, c'est aussi 80 milliards d'euros d'aides "
        "publiques versées chaque année aux entreprises.\n\n"
        "— Et Mme Oukili voudrait les supprimer\u00a0? a ironisé son contradicteur.\n\n"
        "La conférence sociale s'ouvrira le 12 décembre au ministère du Travail.",
        [
            (
                D,
                [
                    "Nous vivons plus longtemps, il faudra travailler plus longtemps. Ce n'est pas "
                    "de l'idéologie, c'est de l'arithmétique."
                ],
                "Bertrand Lassalle-Mory",
            ),
            (
                D,
                [
                    "L'arithmétique",
                    "c'est aussi 80 milliards d'euros d'aides publiques versées chaque année aux "
                    "entreprises.",
                ],
                "Nathalie Oukili",
            ),
            (D, ["Et Mme Oukili voudrait les supprimer\u00a0?"], "Bertrand Lassalle-Mory"),
        ],
    ),
    (  # 6 farmers against a trade agreement: "Selon la préfecture," (unnamed body, rest of
        # the sentence), two-sentence direct + "a martelé Name, président de …", a report's
        # title in « » (not a quote) and "selon lesquelles" (not a source), partial after "Il
        # a promis de" (pronoun for "Le ministre de l'Agriculture, Name")
        "Plusieurs centaines de tracteurs ont convergé mardi vers Rennes pour protester contre "
        "l'accord de libre-échange entre l'Union européenne et le Mercosur, dont la ratification "
        "doit être votée au Parlement européen la semaine prochaine. Selon la préfecture, 420 "
        "engins ont participé au cortège.\n\n"
        "«\u00a0On nous impose des normes que les éleveurs brésiliens n'ont pas à respecter. "
        "C'est de la concurrence déloyale, point\u00a0», a martelé Yannick Le Bihan, président "
        "de la Fédération paysanne de l'Ouest, juché sur la remorque d'un tracteur.\n\n"
        "Les manifestants brandissaient le rapport «\u00a0Nourrir la France en 2040\u00a0», "
        "publié en mars par le Haut Conseil de l'alimentation durable, et ses projections selon "
        "lesquelles un tiers des exploitations bovines pourraient disparaître d'ici à quinze "
        "ans.\n\n"
        "Le ministre de l'Agriculture, Grégory Fontanel, a reçu une délégation en fin "
        "d'après-midi. Il a promis de «\u00a0défendre les clauses miroirs jusqu'au bout\u00a0» "
        "à Bruxelles.",
        [
            (I, ["420 engins ont participé au cortège"], "préfecture"),
            (
                D,
                [
                    "On nous impose des normes que les éleveurs brésiliens n'ont pas à respecter. "
                    "C'est de la concurrence déloyale, point"
                ],
                "Yannick Le Bihan",
            ),
            (P, ["défendre les clauses miroirs jusqu'au bout"], "Grégory Fontanel"),
        ],
    ),
    (  # 7 no quote: ski maker's annual results, "a publié … des résultats" and "a confirmé
        # son plan" (noun objects, not annotated), a programme's name in « » (not a quote)
        "Le fabricant de skis Alpinor a publié jeudi des résultats annuels en net recul, pénalisé "
        "par un nouvel hiver sans neige dans les Alpes du Sud. Son chiffre d'affaires a baissé de "
        "11\u00a0%, à 214 millions d'euros, et son bénéfice net a été divisé par trois.\n\n"
        "Le groupe savoyard a confirmé son plan de diversification vers le vélo électrique, lancé "
        "l'an dernier sous le nom «\u00a0Alpinor Quatre Saisons\u00a0». Le titre a cédé "
        "6,4\u00a0% à la Bourse de Paris.\n\n"
        "Le PDG, Jean-Marc Brunier-Favre, présentera la nouvelle stratégie aux actionnaires lors "
        "de l'assemblée générale du 14 janvier.",
        [],
    ),
    (  # 8 port lock-out in Montreal: two-sentence direct + "a fait valoir la porte-parole de
        # l'AEM, Name", an unclosed quotation mark ended by "a rétorqué le porte-parole du
        # syndicat des débardeurs, Name." then "Selon lui," (pronoun, rest of the sentence)
        "Le port de Montréal est paralysé depuis lundi par un lock-out décrété par l'Association "
        "des employeurs maritimes (AEM), au terme de quatorze mois de négociations infructueuses "
        "avec les 1\u00a0150 débardeurs.\n\n"
        "«\u00a0Le syndicat a rejeté une offre plus que généreuse et menacé de déclencher la "
        "grève. Nous n'avions pas le choix\u00a0», a fait valoir la porte-parole de l'AEM, "
        "Isabelle Tremblay-Ouimet.\n\n"
        "«\u00a0C'est un mensonge du début à la fin, a rétorqué le porte-parole du syndicat des "
        "débardeurs, Martin Lachance. Selon lui, le véritable enjeu est celui des horaires, les "
        "membres étant de garde 19 jours sur 21.\n\n"
        "Plus de 2\u00a0000 conteneurs s'accumulent chaque jour sur les quais.",
        [
            (
                D,
                [
                    "Le syndicat a rejeté une offre plus que généreuse et menacé de déclencher la "
                    "grève. Nous n'avions pas le choix"
                ],
                "Isabelle Tremblay-Ouimet",
            ),
            (D, ["C'est un mensonge du début à la fin"], "Martin Lachance"),
            (
                I,
                [
                    "le véritable enjeu est celui des horaires, les membres étant de garde 19 "
                    "jours sur 21"
                ],
                "Martin Lachance",
            ),
        ],
    ),
    (  # 9 food prices and shoppers: direct + "raconte Name, 72 ans, ancienne couturière",
        # "La septuagénaire dit avoir renoncé à" (age, infinitive clause), "rejette la faute
        # sur" (noun object) then a direct + "affirme-t-il", "réclame … un blocage" (noun
        # object, not annotated)
        "Dans un hypermarché de Villeurbanne, samedi matin, les chariots se remplissaient "
        "lentement. Les prix alimentaires ont encore progressé de 0,8\u00a0% en novembre, soit "
        "5,2\u00a0% sur un an.\n\n"
        "«\u00a0Je compare tout, je prends les marques distributeur, et malgré ça je dépense 40 "
        "euros de plus par mois qu'il y a deux ans\u00a0», raconte Josiane Perrichon, 72 ans, "
        "ancienne couturière. La septuagénaire dit avoir renoncé à la viande rouge depuis "
        "l'été.\n\n"
        "Le patron de l'enseigne Hyperval, Olivier Santoni, rejette la faute sur les "
        "industriels. «\u00a0Ce sont eux qui ont imposé des hausses de 9\u00a0% lors des "
        "dernières négociations commerciales\u00a0», affirme-t-il.\n\n"
        "L'association de consommateurs Consomm'Action réclame pour sa part un blocage temporaire "
        "des prix de cent produits de première nécessité.",
        [
            (
                D,
                [
                    "Je compare tout, je prends les marques distributeur, et malgré ça je dépense "
                    "40 euros de plus par mois qu'il y a deux ans"
                ],
                "Josiane Perrichon",
            ),
            (I, ["avoir renoncé à la viande rouge depuis l'été"], "Josiane Perrichon"),
            (
                D,
                [
                    "Ce sont eux qui ont imposé des hausses de 9\u00a0% lors des dernières "
                    "négociations commerciales"
                ],
                "Olivier Santoni",
            ),
        ],
    ),
    (  # 10 airline pilots' strike: "…, selon la compagnie." (the part before, generic noun
        # for the airline), a quote split by "explique le président de …, Name," (one quote
        # two spans, final period kept), partial after "a qualifié le mouvement de"
        "La compagnie aérienne belge Air Lumen a annulé vendredi 140 vols au départ de Bruxelles "
        "en raison d'une grève de ses pilotes. Quelque 18\u00a0000 passagers sont concernés, "
        "selon la compagnie.\n\n"
        "«\u00a0Nous ne faisons pas grève pour le plaisir, explique le président de l'Association "
        "belge des pilotes de ligne, Koen Vermeulen, mais nos salaires ont perdu 14\u00a0% de "
        "pouvoir d'achat depuis 2020.\u00a0»\n\n"
        "Le directeur général d'Air Lumen, Frédéric Maes, a qualifié le mouvement de «\u00a0prise "
        "d'otages des voyageurs\u00a0». Une nouvelle réunion de conciliation est prévue lundi au "
        "ministère de l'Emploi.",
        [
            (I, ["Quelque 18\u00a0000 passagers sont concernés"], "Air Lumen"),
            (
                D,
                [
                    "Nous ne faisons pas grève pour le plaisir",
                    "mais nos salaires ont perdu 14\u00a0% de pouvoir d'achat depuis 2020.",
                ],
                "Koen Vermeulen",
            ),
            (P, ["prise d'otages des voyageurs"], "Frédéric Maes"),
        ],
    ),
    (  # 11 four-day week at a mutual insurer: "fait état d'un recul" (a report, noun
        # object), "ne cache pas sa satisfaction : « … »" (direct after a colon, two
        # sentences, final period kept) by "Sa directrice générale, Name", "Elle a indiqué
        # que" (pronoun), "Selon le délégué syndical de …, Name, la charge … « … »" (quoted
        # words inside the "selon" clause, only the partial)
        "Depuis un an, les 1\u00a0300 salariés de la Mutuelle d'Armor, à Saint-Brieuc, "
        "travaillent quatre jours par semaine sans baisse de salaire. Le bilan présenté mardi "
        "fait état d'un recul de 38\u00a0% des arrêts maladie.\n\n"
        "Sa directrice générale, Gwenaëlle Le Floch, ne cache pas sa satisfaction\u00a0: "
        "«\u00a0Nous avions peur de perdre en productivité. C'est l'inverse qui s'est "
        "produit.\u00a0» Elle a indiqué que l'expérience serait pérennisée et étendue aux agences "
        "régionales en 2027.\n\n"
        "Tout n'est pas rose pour autant. Selon le délégué syndical de la Confédération française "
        "du travail démocratique, Alain Picard, la charge de travail s'est «\u00a0simplement "
        "concentrée sur quatre jours\u00a0».",
        [
            (
                D,
                ["Nous avions peur de perdre en productivité. C'est l'inverse qui s'est produit."],
                "Gwenaëlle Le Floch",
            ),
            (
                I,
                ["l'expérience serait pérennisée et étendue aux agences régionales en 2027"],
                "Gwenaëlle Le Floch",
            ),
            (P, ["simplement concentrée sur quatre jours"], "Alain Picard"),
        ],
    ),
    (  # 12 cognac exports hit by Chinese duties, « » without inner spaces: "Pour son
        # président, Name, « … »" (direct), two-sentence direct + "soupire Name, 58 ans", "Le
        # quinquagénaire explique qu'il" (age), "a promis une aide" (noun object)
        "Les exportations de cognac vers la Chine ont chuté de 41\u00a0% sur les dix premiers "
        "mois de l'année, après l'instauration par Pékin de droits de douane de 35\u00a0% sur "
        "les eaux-de-vie européennes. L'Interprofession des eaux-de-vie de Charente a réuni "
        "jeudi une cellule de crise à Cognac.\n\n"
        "Pour son président, Jean-Louis Marchadier, «la filière paie le prix d'une guerre "
        "commerciale qui ne la concerne pas».\n\n"
        "Dans les vignes de Segonzac, les viticulteurs ont commencé à arracher des parcelles. «Je "
        "vais en arracher huit hectares cet hiver. Mon père les avait plantés en 1985», soupire "
        "Thierry Bouchereau, 58 ans. Le quinquagénaire explique qu'il touchera une prime de "
        "4\u00a0000 euros par hectare arraché.\n\n"
        "Le ministre délégué au Commerce extérieur, Sébastien Ngoma, a promis une aide d'urgence "
        "aux distilleries.",
        [
            (
                D,
                ["la filière paie le prix d'une guerre commerciale qui ne la concerne pas"],
                "Jean-Louis Marchadier",
            ),
            (
                D,
                ["Je vais en arracher huit hectares cet hiver. Mon père les avait plantés en 1985"],
                "Thierry Bouchereau",
            ),
            (
                I,
                ["il touchera une prime de 4\u00a0000 euros par hectare arraché"],
                "Thierry Bouchereau",
            ),
        ],
    ),
    (  # 13 minimum wage rise: "La ministre du Travail, Name, a annoncé lundi que", direct +
        # "a insisté l'intéressée", "Une hausse jugée « … » par la Confédération …" (partial,
        # passive agent), "réclamait un alignement" (noun object), "s'inquiète pour" (not
        # speech)
        "La ministre du Travail, Karima Bensalem, a annoncé lundi que le salaire minimum "
        "augmenterait de 2,1\u00a0% au 1er janvier, soit 38 euros brut de plus par mois pour "
        "3,1 millions de salariés.\n\n"
        "«\u00a0C'est au-delà de la revalorisation automatique. Le travail doit payer\u00a0», a "
        "insisté l'intéressée sur le perron du ministère.\n\n"
        "Une hausse jugée «\u00a0insuffisante\u00a0» par la Confédération générale des salariés "
        "(CGS), qui réclamait un alignement sur l'inflation des trois dernières années.\n\n"
        "La Confédération des petites entreprises s'inquiète, elle, pour les marges des "
        "boulangers et des coiffeurs, qui emploient de nombreux salariés au salaire minimum.",
        [
            (
                I,
                [
                    "le salaire minimum augmenterait de 2,1\u00a0% au 1er janvier, soit 38 euros "
                    "brut de plus par mois pour 3,1 millions de salariés"
                ],
                "Karima Bensalem",
            ),
            (
                D,
                ["C'est au-delà de la revalorisation automatique. Le travail doit payer"],
                "Karima Bensalem",
            ),
            (P, ["insuffisante"], "Confédération générale des salariés"),
        ],
    ),
    (  # 14 German supplier opens a plant in Tangier: direct with a colon inside + "a déclaré
        # le président du directoire, Name, 46 ans", "L'Allemand a précisé que" (nationality),
        # partial after "a salué" by "Le ministre de l'Industrie, Name"
        "Le groupe allemand Kessler Autoteile a inauguré mercredi à Tanger sa plus grande usine "
        "hors d'Europe, qui fabriquera des faisceaux électriques pour voitures électriques. Le "
        "site emploiera 3\u00a0200 personnes d'ici à 2028.\n\n"
        "«\u00a0Le Maroc offre aujourd'hui ce que l'Europe de l'Est offrait il y a vingt "
        "ans\u00a0: des compétences, de la stabilité et la proximité de nos clients\u00a0», a "
        "déclaré le président du directoire, Matthias Oberle, 46 ans. L'Allemand a précisé que "
        "85\u00a0% des cadres seraient recrutés localement.\n\n"
        "Le ministre de l'Industrie, Youssef El Amrani, a salué «\u00a0un vote de "
        "confiance\u00a0» envers l'économie marocaine.",
        [
            (
                D,
                [
                    "Le Maroc offre aujourd'hui ce que l'Europe de l'Est offrait il y a vingt "
                    "ans\u00a0: des compétences, de la stabilité et la proximité de nos clients"
                ],
                "Matthias Oberle",
            ),
            (I, ["85\u00a0% des cadres seraient recrutés localement"], "Matthias Oberle"),
            (P, ["un vote de confiance"], "Youssef El Amrani"),
        ],
    ),
    (  # 15 regional rail strike: two-sentence direct + "a affirmé Name, 34 ans, secrétaire
        # régionale du syndicat …." then an unattributed quote continuing hers (a second
        # direct, hers), partial inside the reported speech of "Un porte-parole de Name a
        # assuré que" (unnamed spokesperson = the company, only the partial)
        "La grève des contrôleurs de la compagnie ferroviaire régionale Transalpes perturbe "
        "fortement la circulation des trains en Auvergne-Rhône-Alpes depuis jeudi. Un train sur "
        "trois seulement circulait vendredi.\n\n"
        "«\u00a0La direction veut supprimer le contrôleur dans la moitié des trains. C'est la "
        "sécurité des voyageurs qui est en jeu\u00a0», a affirmé Sandrine Mouret, 34 ans, "
        "secrétaire régionale du syndicat Rail solidaire. «\u00a0Nous irons jusqu'au "
        "bout.\u00a0»\n\n"
        "Un porte-parole de Transalpes a assuré que l'exploitation des trains avec un seul agent "
        "«\u00a0respectera toutes les normes de sécurité\u00a0».",
        [
            (
                D,
                [
                    "La direction veut supprimer le contrôleur dans la moitié des trains. C'est la "
                    "sécurité des voyageurs qui est en jeu"
                ],
                "Sandrine Mouret",
            ),
            (D, ["Nous irons jusqu'au bout."], "Sandrine Mouret"),
            (P, ["respectera toutes les normes de sécurité"], "Transalpes"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 car workers' strike: two-sentence direct + "said Name, president of …", partial
        # inside the reported speech of "Halvorsen said in a statement that" (the company,
        # only the partial), two-sentence direct + "the 34-year-old said" (age)
        "About 14,000 workers at three Halvorsen Motors assembly plants in Ohio and Michigan "
        "walked off the job at midnight on Sunday, after talks on a new four-year contract broke "
        "down.\n\n"
        '"We gave this company every chance. They made $6.1 billion last year and offered us '
        'crumbs," said Dana Kowalczyk, president of the Federation of Auto and Machine Workers, '
        "at a rally outside the Toledo plant.\n\n"
        'Halvorsen said in a statement that its offer of a 19% raise over four years was "the '
        "richest in the company's history\".\n\n"
        "Marcus Bell, 34, who installs dashboards at the Toledo plant, has been putting money "
        'aside since September. "I\'ve got two kids. Nobody wants this," the 34-year-old said.',
        [
            (
                D,
                [
                    "We gave this company every chance. They made $6.1 billion last year and "
                    "offered us crumbs"
                ],
                "Dana Kowalczyk",
            ),
            (P, ["the richest in the company's history"], "Halvorsen Motors"),
            (D, ["I've got two kids. Nobody wants this"], "Marcus Bell"),
        ],
    ),
    (  # 2 New Zealand rate rise, curly quotes: a quote split by "Governor Name told a news
        # conference in Wellington," (one quote two spans, final period kept), "She said the
        # bank expected" (pronoun, no "that"), "had forecast a move" (not speech), partial
        # after "called the decision" by "Name, chief economist at …"
        "New Zealand's central bank raised its official cash rate by half a percentage point to "
        "5.75% on Wednesday, its steepest increase in three years, as inflation proved stickier "
        "than expected.\n\n"
        "“We would rather act decisively now,” Governor Miriama Te Ahu told a news conference in "
        "Wellington, “than be forced into something more painful next year.”\n\n"
        "She said the bank expected inflation to return to its 1-3% target band by the end of "
        "2027.\n\n"
        "Only four of the 22 economists polled by Harbourline News had forecast a move of that "
        "size. Jared Okonkwo, chief economist at Tasman Pacific Bank, called the decision “a "
        "shock, but a credible one”.",
        [
            (
                D,
                [
                    "We would rather act decisively now",
                    "than be forced into something more painful next year.",
                ],
                "Miriama Te Ahu",
            ),
            (
                I,
                [
                    "the bank expected inflation to return to its 1-3% target band by the end of "
                    "2027"
                ],
                "Miriama Te Ahu",
            ),
            (P, ["a shock, but a credible one"], "Jared Okonkwo"),
        ],
    ),
    (  # 3 software layoffs: "Software company Name said on Tuesday it would" (generic noun
        # dropped, no "that"), "chief executive Name wrote: "…"" (direct after a colon, two
        # sentences, final period kept), partial inside the reported speech of "One engineer
        # …, who asked not to be named, said" (unnamed, only the partial)
        "Software company Brightloom said on Tuesday it would cut 1,200 jobs, about 9% of its "
        "workforce, as it shifts spending toward artificial intelligence.\n\n"
        'In a memo to staff, chief executive Priya Raghunathan wrote: "This is the hardest '
        'decision I have made since founding the company. It is also the right one."\n\n'
        "One engineer in the Dublin office, who asked not to be named, said the cuts had come "
        '"out of nowhere" just weeks after a record quarter. Brightloom\'s shares rose 4% in New '
        "York.",
        [
            (
                I,
                [
                    "it would cut 1,200 jobs, about 9% of its workforce, as it shifts spending "
                    "toward artificial intelligence"
                ],
                "Brightloom",
            ),
            (
                D,
                [
                    "This is the hardest decision I have made since founding the company. It is "
                    "also the right one."
                ],
                "Priya Raghunathan",
            ),
            (P, ["out of nowhere"], "engineer"),
        ],
    ),
    (  # 4 supermarket merger: direct + "Name said on a call with reporters." then an
        # unattributed quote continuing his (a second direct, his), "The Scot … will lead"
        # (not speech), partial inside the reported speech of "It said it would seek"
        # (pronoun for "The shopworkers' union Name", only the partial)
        "British supermarket chains Fairway and Hollins & Grant agreed on Monday to merge in a "
        "£7.4 billion deal that would create the country's third-largest grocer, with more than "
        "1,100 stores.\n\n"
        '"Together we will be able to lower prices for millions of families," Fairway chief '
        'executive Alasdair Munro said on a call with reporters. "That is the whole point of '
        'this deal."\n\n'
        "The Scot, a former investment banker who took over Fairway in 2021, will lead the "
        "combined group.\n\n"
        "The shopworkers' union Retail Voice was less enthusiastic. It said it would seek "
        '"cast-iron guarantees" that no store would close.',
        [
            (
                D,
                ["Together we will be able to lower prices for millions of families"],
                "Alasdair Munro",
            ),
            (D, ["That is the whole point of this deal."], "Alasdair Munro"),
            (P, ["cast-iron guarantees"], "Retail Voice"),
        ],
    ),
    (  # 5 Canada's retaliatory tariffs: "…, Trade Minister Name announced on Thursday."
        # (indirect, the part before), direct + "the minister said" (role), "welcomed the
        # move" (noun object), "According to Name of the …, a retaliatory tariff "…"" (quoted
        # words inside the "according to" clause, only the partial)
        "The Canadian government will impose 25% tariffs on C$18 billion worth of American goods "
        "from January 1, in retaliation for new US duties on Canadian aluminium, Trade Minister "
        "Harjit Dhaliwal announced on Thursday.\n\n"
        '"We did not start this fight, but we will not be pushed around," the minister said.\n\n'
        "The Aluminium Producers Association of Canada, which represents 11 smelters in Quebec "
        "and British Columbia, welcomed the move.\n\n"
        "Economists were divided. According to Tom Abernethy of the Prairie Institute, a "
        'retaliatory tariff "hurts Canadian consumers first".',
        [
            (
                I,
                [
                    "The Canadian government will impose 25% tariffs on C$18 billion worth of "
                    "American goods from January 1, in retaliation for new US duties on Canadian "
                    "aluminium"
                ],
                "Harjit Dhaliwal",
            ),
            (
                D,
                ["We did not start this fight, but we will not be pushed around"],
                "Harjit Dhaliwal",
            ),
            (P, ["hurts Canadian consumers first"], "Tom Abernethy"),
        ],
    ),
    (  # 6 no quote: brewer's half-year results, "reported a 23% drop" (noun object), a
        # memoir's title in quotation marks (not a quote)
        "Shares in Calder Brewing fell 8% on Thursday after the Yorkshire brewer reported a 23% "
        "drop in half-year profit to £41 million, hit by a wet summer and higher barley "
        "prices.\n\n"
        "Revenue slipped 4% to £388 million. The company kept its interim dividend unchanged at "
        "6.2p a share.\n\n"
        "Calder, founded in 1872, has been run since 2015 by Eleanor Pike, whose memoir of the "
        'family business, "Brewed in Hard Times", became a bestseller last year. She will present '
        "a new strategy to investors in March.",
        [],
    ),
    (  # 7 warehouse union vote, curly quotes: direct + "said Name, a 41-year-old picker who
        # …", partial inside the reported speech of "A spokesman for Name said" (unnamed
        # spokesperson = the company, only the partial), "The union, Name, said it would"
        # (apposition)
        "Workers at Packwell's giant distribution centre near Coventry have voted by 1,184 to 902 "
        "to be represented by a trade union, the first such victory at the online retailer in "
        "Britain.\n\n"
        "“Three years ago they told us a union would never get through that door,” said Kezia "
        "Adebayo, a 41-year-old picker who led the organising campaign.\n\n"
        "A spokesman for Packwell said the company was “disappointed” by the result.\n\n"
        "The union, Logistics and Warehouse Workers United, said it would seek talks on pay and "
        "break times within 30 days.",
        [
            (
                D,
                ["Three years ago they told us a union would never get through that door"],
                "Kezia Adebayo",
            ),
            (P, ["disappointed"], "Packwell"),
            (
                I,
                ["it would seek talks on pay and break times within 30 days"],
                "Logistics and Warehouse Workers United",
            ),
        ],
    ),
    (  # 8 inflation and shoppers: "shoppers said they were" (unnamed plural), two-sentence
        # direct + "said Name, a 72-year-old retired schoolteacher", partial inside the
        # reported speech of "The retiree said" (epithet, only the partial)
        "Consumer prices in the United States rose 0.4% in November, pushing annual inflation to "
        "3.6%, the highest rate since early 2024. Food and energy accounted for more than half of "
        "the increase.\n\n"
        "At a supermarket in Columbus, Ohio, shoppers said they were cutting back on meat and "
        "branded goods.\n\n"
        '"Eggs, coffee, beef, everything is up. I don\'t buy steak anymore," said Loretta Haynes, '
        "a 72-year-old retired schoolteacher. The retiree said her annual Social Security "
        'increase "didn\'t even cover the groceries".',
        [
            (I, ["they were cutting back on meat and branded goods"], "shoppers"),
            (
                D,
                ["Eggs, coffee, beef, everything is up. I don't buy steak anymore"],
                "Loretta Haynes",
            ),
            (P, ["didn't even cover the groceries"], "Loretta Haynes"),
        ],
    ),
    (  # 9 Indian airline results, curly quotes: a quote split by "chief executive Name, 58,
        # told analysts on a conference call," (one quote two spans, final period kept), "The
        # 58-year-old, who …, said the airline would" (age), partial inside the reported
        # speech of "Name, an aviation analyst at …, said" (only the partial), "warned about"
        # (noun object)
        "SkyIndus Airlines swung to a quarterly profit of 4.2 billion rupees, helped by record "
        "passenger numbers and lower fuel costs. Its shares jumped 9% in Mumbai.\n\n"
        "“Indians are flying as never before,” chief executive Vikram Sethi, 58, told analysts on "
        "a conference call, “and we intend to be there for every one of them.”\n\n"
        "The 58-year-old, who joined from a Gulf carrier in 2022, said the airline would take "
        "delivery of 30 new aircraft next year.\n\n"
        "Neha Kulkarni, an aviation analyst at Deccan Equities, said the results were “better "
        "than anyone expected” but warned about rising airport charges.",
        [
            (
                D,
                [
                    "Indians are flying as never before",
                    "and we intend to be there for every one of them.",
                ],
                "Vikram Sethi",
            ),
            (
                I,
                ["the airline would take delivery of 30 new aircraft next year"],
                "Vikram Sethi",
            ),
            (P, ["better than anyone expected"], "Neha Kulkarni"),
        ],
    ),
    (  # 10 Australian iron ore strike: direct + "said the …'s state secretary, Name",
        # "Coolabah said" (the company by its short name) then a direct + "it added" (pronoun
        # for the company)
        "Around 3,000 workers at Coolabah Resources' iron ore mines in Western Australia began a "
        "48-hour strike on Monday over rosters and the use of labour-hire contractors.\n\n"
        '"Our members are working 12-hour shifts, two weeks on and one week off, and half of them '
        "are on contracts that can be torn up with a day's notice,\" said the Mining and Energy "
        "Union's state secretary, Bree Callaghan.\n\n"
        "Coolabah said production had not been affected, as salaried staff were driving the haul "
        'trucks. "We remain committed to reaching an agreement," it added.',
        [
            (
                D,
                [
                    "Our members are working 12-hour shifts, two weeks on and one week off, and "
                    "half of them are on contracts that can be torn up with a day's notice"
                ],
                "Bree Callaghan",
            ),
            (
                I,
                [
                    "production had not been affected, as salaried staff were driving the haul "
                    "trucks"
                ],
                "Coolabah Resources",
            ),
            (D, ["We remain committed to reaching an agreement"], "Coolabah Resources"),
        ],
    ),
    (  # 11 German metalworkers' pay deal: partial after "The union's chairwoman, Name,
        # called the agreement", partial inside the reported speech of "Name, president of the
        # employers' federation …, said" (only the partial), "The Bavarian added that"
        # (nationality)
        "Germany's largest industrial union, IG Stahl, and employers agreed on Saturday on a pay "
        "deal for 3.9 million metal and electrical workers that will raise wages by 5.5% in two "
        "steps over 25 months, ending a week of warning strikes.\n\n"
        "The union's chairwoman, Katrin Vollmer, called the agreement \"a good result in "
        'difficult times".\n\n'
        "Stefan Huber-Lindl, president of the employers' federation Metallverband and himself a "
        'Bavarian machine-tool maker, said the deal stretched many smaller companies "to the '
        'limit". The Bavarian added that further job cuts in the sector could not be ruled out.',
        [
            (P, ["a good result in difficult times"], "Katrin Vollmer"),
            (P, ["to the limit"], "Stefan Huber-Lindl"),
            (
                I,
                ["further job cuts in the sector could not be ruled out"],
                "Stefan Huber-Lindl",
            ),
        ],
    ),
    (  # 12 bank fined for money laundering: direct + "said Name, director of enforcement at
        # …." then an unattributed quote continuing hers (a second direct, hers), "In a
        # statement, the bank's chief executive, Name, said: "…"" (direct after a colon, two
        # sentences, final period kept)
        "Regulators fined Thornbury Bank £62 million on Tuesday for failing to stop money "
        "laundering through thousands of its accounts between 2017 and 2023.\n\n"
        '"Thornbury let criminals move money through its accounts for years," said Imogen Saxby, '
        'director of enforcement at the Financial Standards Authority. "Fines of this size should '
        'make every board in the country pay attention."\n\n'
        "In a statement, the bank's chief executive, Colin Ferris, said: \"We deeply regret these "
        'failings, which happened under previous management. They have been fixed."\n\n'
        "The bank's shares closed 1.2% higher.",
        [
            (
                D,
                ["Thornbury let criminals move money through its accounts for years"],
                "Imogen Saxby",
            ),
            (
                D,
                ["Fines of this size should make every board in the country pay attention."],
                "Imogen Saxby",
            ),
            (
                D,
                [
                    "We deeply regret these failings, which happened under previous management. "
                    "They have been fixed."
                ],
                "Colin Ferris",
            ),
        ],
    ),
    (  # 13 Nigerian strike threat: "has threatened an indefinite general strike" (noun
        # object), direct + "the president of the …, Name, told reporters in Abuja", "A
        # spokesman for the Ministry of Power said" (unnamed spokesperson = the ministry), "a
        # bus driver said he" (unnamed)
        "Nigeria's biggest labour federation has threatened an indefinite general strike from "
        "December 15 unless the government reverses a 40% increase in electricity tariffs.\n\n"
        '"Nigerian workers cannot keep paying for the failures of the power companies," the '
        "president of the Nigerian Workers' Congress, Ayodele Okafor-Bello, told reporters in "
        "Abuja.\n\n"
        "A spokesman for the Ministry of Power said the increase affected only the 15% of "
        "customers with the most reliable supply.\n\n"
        "In Lagos, a bus driver said he now spent a third of his daily earnings on diesel for the "
        "generator at home.",
        [
            (
                D,
                ["Nigerian workers cannot keep paying for the failures of the power companies"],
                "Ayodele Okafor-Bello",
            ),
            (
                I,
                ["the increase affected only the 15% of customers with the most reliable supply"],
                "Ministry of Power",
            ),
            (
                I,
                ["he now spent a third of his daily earnings on diesel for the generator at home"],
                "bus driver",
            ),
        ],
    ),
    (  # 14 Black Friday sales: "…, according to Name, which tracks …" (the part before), a
        # report's title in quotation marks and "had warned of" (noun object, not annotated),
        # direct + "said Name, who manages …"
        "Americans spent a record $11.8 billion online on Black Friday, up 7% from last year, "
        "according to ShopMetrics, which tracks transactions at 900 retailers.\n\n"
        "The picture in physical stores was more mixed. The consultancy Harcourt & Lowe, in its "
        'annual report "The Holiday Shopper 2026", had warned of the weakest season for malls '
        "since 2019.\n\n"
        "\"People are buying, but they're buying what's on sale and nothing else,\" said Dwayne "
        "Ortiz, who manages an electronics store in a mall outside Phoenix.",
        [
            (
                I,
                [
                    "Americans spent a record $11.8 billion online on Black Friday, up 7% from last year"
                ],
                "ShopMetrics",
            ),
            (
                D,
                ["People are buying, but they're buying what's on sale and nothing else"],
                "Dwayne Ortiz",
            ),
        ],
    ),
    (  # 15 chief executive ousted by an activist: "Packaged food group Name said on Monday
        # that" (generic noun dropped), partial inside the reported speech of "Vance, 63, said
        # he was leaving" (surname, only the partial), "Surname, a Texan who …, was
        # unrepentant: "…"" (direct after a colon, two sentences, final period kept)
        "Packaged food group Marlow Foods said on Monday that its chief executive, Gregory Vance, "
        "would step down at the end of January. The announcement follows a six-month campaign by "
        "the activist investor Ruth Abramowitz, whose fund owns 7% of the company.\n\n"
        'Vance, 63, said he was leaving "with my head held high".\n\n'
        "Abramowitz, a Texan who made her name shaking up regional banks, was unrepentant: "
        '"Marlow has lost market share for eight straight years. Shareholders deserved better, '
        'and now they will get it."',
        [
            (
                I,
                ["its chief executive, Gregory Vance, would step down at the end of January"],
                "Marlow Foods",
            ),
            (P, ["with my head held high"], "Gregory Vance"),
            (
                D,
                [
                    "Marlow has lost market share for eight straight years. Shareholders deserved "
                    "better, and now they will get it."
                ],
                "Ruth Abramowitz",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout144.jsonl"),
        "heldout144",
        "h144",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
