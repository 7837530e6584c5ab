"""Source of the 140th held-out set: writes heldout140.jsonl (split "heldout140").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, shops, festivals and figures invented
(real countries, regions and cities). The texts read like regional and city news: a municipal
council's tax vote, a tram strike, rehousing protests and a housing block without heating, a
rent strike, a village class closure and a school extension, emergency and maternity units
closing, a radiotherapy centre opening, a bookshop closing, a glassworks closure, a food bank
collection, a Christmas market, a festival, a lantern parade, a library run by volunteers,
apartment and house fires, a brush fire, storms and floods, a burst water main, a railway line
reopening, a bus lane, free transit fares and a swimming-pool row, with mayors, councillors,
a préfète, a bourgmestre, firefighters, police officers, doctors, hospital trusts, union
delegates, tenants', parents' and shopkeepers' associations, companies and unnamed residents,
shopkeepers, a baker, a policeman and a woman in a meeting speaking. Speakers are referred back
to by surname ("M. X"), pronoun, role ("le policier"), generic noun for a named organisation
("the agency", "the district"), age ("la sexagénaire", "le quinquagénaire", "the 38-year-old",
"the 71-year-old"), nationality ("the Dutchman") or descriptive noun ("la mère de famille",
"le jeune père de famille", "the retired teacher", "the father of two"), and some statements are
sourced with "selon X", "d'après X" or "according to X". A public meeting in French is given
with dialogue dashes; one English text has no quote.
Measured once with 0.3.0, 0.42.0 and 0.43.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout140.py
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
    (  # 1 municipal council of Angers votes a property-tax rise: two-sentence direct + "a plaidé
        # la maire, Name," (role then name), partial after "a dénoncé" then "réclamé un audit"
        # (noun object, not annotated), an unnamed "un retraité" introduced in the sentence before,
        # direct + "a-t-il lancé" (pronoun)
        "Le conseil municipal d'Angers a voté lundi soir une hausse de 4,5\u00a0% de la taxe "
        "foncière, la première depuis 2014. La délibération a été adoptée par 38 voix contre 17, "
        "au terme de près de quatre heures de débats.\n\n"
        "«\u00a0Je n'augmente pas les impôts de gaieté de cœur. Mais l'inflation a fait bondir "
        "nos factures d'énergie de 2,3 millions d'euros en deux ans\u00a0», a plaidé la maire, "
        "Véronique Tessier-Marlin, devant une salle comble.\n\n"
        "Le chef de file de l'opposition, Laurent Guérineau, a dénoncé «\u00a0un matraquage "
        "fiscal\u00a0» et réclamé un audit des dépenses de personnel.\n\n"
        "Dans le public, un retraité du quartier de la Doutre n'a pas caché sa colère. "
        "«\u00a0Avec ma petite pension, 80\u00a0euros de plus, c'est un plein de courses\u00a0», "
        "a-t-il lancé à la sortie.",
        [
            (
                D,
                [
                    "Je n'augmente pas les impôts de gaieté de cœur. Mais l'inflation a fait "
                    "bondir nos factures d'énergie de 2,3 millions d'euros en deux ans"
                ],
                "Véronique Tessier-Marlin",
            ),
            (P, ["un matraquage fiscal"], "Laurent Guérineau"),
            (
                D,
                ["Avec ma petite pension, 80\u00a0euros de plus, c'est un plein de courses"],
                "retraité",
            ),
        ],
    ),
    (  # 2 tram strike notice in Montpellier: the union "a déposé un préavis" (noun object, not
        # annotated), a quote split by a long incise "a expliqué Name, délégué syndical, devant …,"
        # (one quote two spans, final period kept), "D'après l'exploitant du réseau, Name," (rest
        # of the sentence), partial after "a jugé la grève"
        "Le trafic des tramways de Montpellier sera fortement perturbé jeudi et vendredi. L'Union "
        "des conducteurs du Languedoc a déposé un préavis de grève pour protester contre les "
        "nouveaux horaires imposés aux conducteurs.\n\n"
        "«\u00a0On nous demande de commencer à 4\u00a0h\u00a030 et de finir à 21\u00a0heures, "
        "avec trois heures de coupure au milieu, a expliqué Sébastien Roux, délégué syndical, "
        "devant le dépôt de Garosud, et personne ne peut tenir ce rythme sur la durée.\u00a0»\n\n"
        "D'après l'exploitant du réseau, Hérault Mobilités, une rame sur trois seulement "
        "circulera sur les lignes 1 et 2. Le vice-président de la métropole chargé des "
        "transports, Karim Benali, a jugé la grève «\u00a0prématurée\u00a0», les discussions "
        "devant reprendre le 12 décembre.",
        [
            (
                D,
                [
                    "On nous demande de commencer à 4\u00a0h\u00a030 et de finir à "
                    "21\u00a0heures, avec trois heures de coupure au milieu",
                    "et personne ne peut tenir ce rythme sur la durée.",
                ],
                "Sébastien Roux",
            ),
            (
                I,
                ["une rame sur trois seulement circulera sur les lignes 1 et 2"],
                "Hérault Mobilités",
            ),
            (P, ["prématurée"], "Karim Benali"),
        ],
    ),
    (  # 3 rehousing protest in Marseille: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "a prévenu Name, porte-parole du collectif …", "Selon
        # l'association Name," (rest of the sentence, generic noun dropped), partial inside the
        # reported speech of "a assuré que" (only the partial)
        "Une soixantaine de personnes ont manifesté samedi devant la mairie des 2e et 3e "
        "arrondissements de Marseille pour réclamer le relogement des 42 familles évacuées en "
        "octobre d'un immeuble menacé d'effondrement, rue Loubon.\n\n"
        "«\u00a0Cela fait sept semaines que des enfants dorment à l'hôtel, sans cuisine, à une "
        "heure de leur école.\n\n"
        "«\u00a0Si rien ne bouge d'ici Noël, nous occuperons des logements vides\u00a0», a "
        "prévenu Nadia Bensaïd, porte-parole du collectif Loubon Solidarité.\n\n"
        "Selon l'association Fondation Abri Sud, plus de 1\u00a0200 Marseillais vivent toujours "
        "dans des immeubles frappés d'un arrêté de péril. L'adjoint au logement, Frédéric "
        "Castellan, a assuré que 30 familles seraient relogées «\u00a0avant la fin de "
        "l'année\u00a0».",
        [
            (
                D,
                [
                    "Cela fait sept semaines que des enfants dorment à l'hôtel, sans cuisine, à "
                    "une heure de leur école.",
                    "Si rien ne bouge d'ici Noël, nous occuperons des logements vides",
                ],
                "Nadia Bensaïd",
            ),
            (
                I,
                [
                    "plus de 1\u00a0200 Marseillais vivent toujours dans des immeubles frappés "
                    "d'un arrêté de péril"
                ],
                "Fondation Abri Sud",
            ),
            (P, ["avant la fin de l'année"], "Frédéric Castellan"),
        ],
    ),
    (  # 4 class closure in a Creuse village school: direct + "tranche Name, présidente de …", "La
        # mère de famille, dont …, affirme que" (descriptive noun), "justifie sa décision par"
        # (noun object, not annotated), "D'après la directrice académique …, Name," (rest of the
        # sentence), "a demandé un rendez-vous" (noun object, not annotated)
        "À Bourganeuf (Creuse), des parents d'élèves occupent l'école Jules-Ferry depuis lundi "
        "matin pour protester contre la fermeture d'une classe à la rentrée prochaine.\n\n"
        "«\u00a0Avec 27 élèves par classe en maternelle, on ne fait plus de l'éducation, on fait "
        "de la garderie\u00a0», tranche Amélie Chastang, présidente de l'association des parents. "
        "La mère de famille, dont les deux enfants sont scolarisés à Jules-Ferry, affirme que le "
        "bourg a déjà perdu sa maternité et sa trésorerie en cinq ans.\n\n"
        "L'administration justifie sa décision par la baisse des effectifs. D'après la directrice "
        "académique de la Creuse, Hélène Vautrin, l'école ne comptera plus que 71 élèves en "
        "septembre, contre 86 il y a trois ans.\n\n"
        "Le maire, Gilles Parrot, a demandé un rendez-vous au recteur.",
        [
            (
                D,
                [
                    "Avec 27 élèves par classe en maternelle, on ne fait plus de l'éducation, on "
                    "fait de la garderie"
                ],
                "Amélie Chastang",
            ),
            (
                I,
                ["le bourg a déjà perdu sa maternité et sa trésorerie en cinq ans"],
                "Amélie Chastang",
            ),
            (
                I,
                ["l'école ne comptera plus que 71 élèves en septembre, contre 86 il y a trois ans"],
                "Hélène Vautrin",
            ),
        ],
    ),
    (  # 5 night closure of a Breton emergency department: "« A », explique le docteur Name, chef
        # du service. « B. »" (the attribution ends its sentence: two direct quotes, the second
        # one's period kept), "a annoncé un renforcement" (noun object, not annotated), partial
        # after "Le collectif Name, lui, qualifie la mesure de" (generic noun dropped)
        "Faute de médecins, le service des urgences du centre hospitalier de Lannion "
        "(Côtes-d'Armor) fermera ses portes de 20\u00a0heures à 8\u00a0heures pendant tout le "
        "mois de décembre. Les patients devront se rendre à Saint-Brieuc, à 65 kilomètres.\n\n"
        "«\u00a0Nous avons onze postes de médecins urgentistes et six sont vacants\u00a0», "
        "explique le docteur Yann Le Bihan, chef du service. «\u00a0Les intérimaires coûtent "
        "trois fois plus cher et ne restent pas.\u00a0»\n\n"
        "La directrice de l'établissement, Sophie Garnier-Leroux, a annoncé un renforcement de la "
        "régulation du Samu la nuit. Le collectif Urgences Trégor, lui, qualifie la mesure de "
        "«\u00a0mise en danger de la population\u00a0» et appelle à un rassemblement samedi "
        "devant la sous-préfecture.",
        [
            (
                D,
                ["Nous avons onze postes de médecins urgentistes et six sont vacants"],
                "Yann Le Bihan",
            ),
            (
                D,
                ["Les intérimaires coûtent trois fois plus cher et ne restent pas."],
                "Yann Le Bihan",
            ),
            (P, ["mise en danger de la population"], "Urgences Trégor"),
        ],
    ),
    (  # 6 a historic bookshop closes in Nancy: two-sentence direct + "confie la sexagénaire" (age
        # epithet for "Sa gérante, Name, 63 ans,"), direct + "soupire une cliente, professeure …"
        # (unnamed), "Selon l'association de commerçants Name," (rest of the sentence, generic noun
        # dropped)
        "Après 74 ans d'existence, la librairie Le Grand Chêne, rue Saint-Dizier à Nancy, "
        "baissera définitivement le rideau le 31 décembre. Sa gérante, Martine Colson, 63 ans, "
        "n'a pas trouvé de repreneur.\n\n"
        "«\u00a0Les loyers ont doublé en dix ans, les clients achètent en ligne et les jeunes "
        "libraires ne trouvent pas de banque pour les suivre. J'ai tout essayé\u00a0», confie la "
        "sexagénaire, entre deux piles de cartons.\n\n"
        "Les habitués, eux, ne cachent pas leur tristesse. «\u00a0C'est un morceau de la ville "
        "qui s'en va\u00a0», soupire une cliente, professeure de lettres à la retraite.\n\n"
        "Selon l'association de commerçants Nancy Cœur de ville, une quinzaine de boutiques ont "
        "fermé dans l'hypercentre depuis janvier.",
        [
            (
                D,
                [
                    "Les loyers ont doublé en dix ans, les clients achètent en ligne et les "
                    "jeunes libraires ne trouvent pas de banque pour les suivre. J'ai tout essayé"
                ],
                "Martine Colson",
            ),
            (D, ["C'est un morceau de la ville qui s'en va"], "cliente"),
            (
                I,
                ["une quinzaine de boutiques ont fermé dans l'hypercentre depuis janvier"],
                "Nancy Cœur de ville",
            ),
        ],
    ),
    (  # 7 record attendance at a Tours festival: "Le directeur du festival …, Name, a annoncé …
        # que" (indirect), a show's title in « » (not a quote), a quote split by "a souligné
        # M.~Surname," (one quote two spans, final period kept), an unclosed quotation mark ended
        # by "a salué le commissaire Name, responsable …"
        "Le directeur du festival Les Nuits de Loire, Julien Moreau-Dessaix, a annoncé dimanche "
        "que la 12e édition avait attiré 84\u00a0000 spectateurs en quatre jours à Tours, un "
        "record.\n\n"
        "Le spectacle pyrotechnique «\u00a0Fleuve de feu\u00a0», tiré samedi soir depuis l'île "
        "Simon, a rassemblé à lui seul près de 30\u00a0000 personnes sur les quais. «\u00a0On a "
        "pris un risque en programmant des artistes inconnus, a souligné M.\u00a0Moreau-Dessaix, "
        "et le public nous a suivis.\u00a0»\n\n"
        "«\u00a0La sécurité a été exemplaire, a salué le commissaire Éric Faure, responsable du "
        "dispositif policier. Seules deux personnes ont été interpellées, pour des vols à la tire.",
        [
            (
                I,
                [
                    "la 12e édition avait attiré 84\u00a0000 spectateurs en quatre jours à Tours, "
                    "un record"
                ],
                "Julien Moreau-Dessaix",
            ),
            (
                D,
                [
                    "On a pris un risque en programmant des artistes inconnus",
                    "et le public nous a suivis.",
                ],
                "Julien Moreau-Dessaix",
            ),
            (D, ["La sécurité a été exemplaire"], "Éric Faure"),
        ],
    ),
    (  # 8 apartment fire in Roubaix: "Selon les sapeurs-pompiers du Nord," (rest of the sentence),
        # two-sentence direct + "a raconté le lieutenant Name, qui …" (rank dropped), a neighbour
        # named by first name and age in the sentence before, direct + "raconte le jeune père de
        # famille" (descriptive noun)
        "Un incendie s'est déclaré dans la nuit de samedi à dimanche au quatrième étage d'un "
        "immeuble de la rue de l'Épeule, à Roubaix (Nord). Selon les sapeurs-pompiers du Nord, 23 "
        "habitants ont été évacués et deux personnes, légèrement intoxiquées par les fumées, ont "
        "été transportées au centre hospitalier.\n\n"
        "«\u00a0Quand nous sommes arrivés, les flammes sortaient déjà par les fenêtres. "
        "L'escalier était envahi de fumée\u00a0», a raconté le lieutenant Patrick Delattre, qui "
        "commandait les opérations.\n\n"
        "C'est un voisin du troisième étage, Mehdi, 34 ans, qui a donné l'alerte en tambourinant "
        "aux portes. «\u00a0J'ai senti l'odeur, j'ai vu la fumée sous la porte, je n'ai pas "
        "réfléchi\u00a0», raconte le jeune père de famille.\n\n"
        "Une enquête a été ouverte pour déterminer l'origine du sinistre.",
        [
            (
                I,
                [
                    "23 habitants ont été évacués et deux personnes, légèrement intoxiquées par "
                    "les fumées, ont été transportées au centre hospitalier"
                ],
                "sapeurs-pompiers du Nord",
            ),
            (
                D,
                [
                    "Quand nous sommes arrivés, les flammes sortaient déjà par les fenêtres. "
                    "L'escalier était envahi de fumée"
                ],
                "Patrick Delattre",
            ),
            (
                D,
                ["J'ai senti l'odeur, j'ai vu la fumée sous la porte, je n'ai pas réfléchi"],
                "Mehdi",
            ),
        ],
    ),
    (  # 9 storm on the Vendée coast: "…, d'après l'observatoire Name." (the part before, generic
        # noun dropped), "La préfète de la Vendée, Name, a fait savoir que" (indirect),
        # two-sentence direct + "a témoigné le maire, Name, qui a engagé une demande" (noun object,
        # not annotated)
        "La tempête Ophélie a balayé la côte vendéenne dans la nuit de mardi à mercredi, avec des "
        "rafales de 148\u00a0km/h à l'île d'Yeu, d'après l'observatoire Météo Atlantique.\n\n"
        "La préfète de la Vendée, Anne-Laure Domergue, a fait savoir que 31\u00a0000 foyers "
        "étaient toujours privés d'électricité mercredi à la mi-journée. Une centaine d'arbres "
        "sont tombés sur les routes du département.\n\n"
        "Aux Sables-d'Olonne, le remblai a été submergé par endroits. «\u00a0L'eau est montée "
        "jusqu'aux vitrines des restaurants. Je n'avais pas vu ça depuis Xynthia\u00a0», a "
        "témoigné le maire, Bernard Chaillou, qui a engagé une demande de reconnaissance de "
        "l'état de catastrophe naturelle.",
        [
            (
                I,
                [
                    "La tempête Ophélie a balayé la côte vendéenne dans la nuit de mardi à "
                    "mercredi, avec des rafales de 148\u00a0km/h à l'île d'Yeu"
                ],
                "Météo Atlantique",
            ),
            (
                I,
                [
                    "31\u00a0000 foyers étaient toujours privés d'électricité mercredi à la "
                    "mi-journée"
                ],
                "Anne-Laure Domergue",
            ),
            (
                D,
                [
                    "L'eau est montée jusqu'aux vitrines des restaurants. Je n'avais pas vu ça "
                    "depuis Xynthia"
                ],
                "Bernard Chaillou",
            ),
        ],
    ),
    (  # 10 public meeting on burglaries in Lyon, exchange in dialogue dashes: a dash line
        # attributed by the sentence closing the paragraph before it ("Un boulanger de la
        # Grande-Rue a ouvert les hostilités :", unnamed), a dash line with the incise "a répondu
        # le policier," (role noun for "le commissaire divisionnaire Name", one quote two spans),
        # "Selon M.~Surname," (rest of the sentence)
        "Près de 150 habitants et commerçants de la Croix-Rousse se sont réunis jeudi soir à la "
        "mairie du 4e arrondissement de Lyon, après une série de cambriolages dans le quartier. "
        "Face à eux, le commissaire divisionnaire Thierry Maréchal, patron de la police de "
        "l'arrondissement. Un boulanger de la Grande-Rue a ouvert les hostilités\u00a0:\n\n"
        "— Trois fois en six mois, monsieur le commissaire. Trois fois\u00a0! Qu'est-ce que vous "
        "attendez\u00a0?\n\n"
        "— Nous avons interpellé deux suspects la semaine dernière, a répondu le policier, et les "
        "patrouilles de nuit seront doublées dès lundi.\n\n"
        "Selon M.\u00a0Maréchal, les cambriolages ont pourtant baissé de 12\u00a0% dans "
        "l'arrondissement en un an.",
        [
            (
                D,
                [
                    "Trois fois en six mois, monsieur le commissaire. Trois fois\u00a0! Qu'est-ce "
                    "que vous attendez\u00a0?"
                ],
                "boulanger",
            ),
            (
                D,
                [
                    "Nous avons interpellé deux suspects la semaine dernière",
                    "et les patrouilles de nuit seront doublées dès lundi.",
                ],
                "Thierry Maréchal",
            ),
            (
                I,
                [
                    "les cambriolages ont pourtant baissé de 12\u00a0% dans l'arrondissement en "
                    "un an"
                ],
                "Thierry Maréchal",
            ),
        ],
    ),
    (  # 11 a rural railway line reopens in the Vosges: partial after "a salué" by "La
        # vice-présidente de la région … chargée des mobilités, Name", two-sentence direct + "lâche
        # Name, étudiant de 21 ans," (a passenger named by first name), "L'association d'usagers
        # Name rappelle que" (generic noun dropped)
        "Après dix-huit mois de travaux, la ligne ferroviaire entre Épinal et "
        "Saint-Dié-des-Vosges a rouvert lundi. Huit allers-retours quotidiens sont désormais "
        "proposés, contre cinq auparavant.\n\n"
        "La vice-présidente de la région Grand Est chargée des mobilités, Catherine Weisbecker, a "
        "salué «\u00a0une victoire pour les territoires ruraux\u00a0». Le chantier a coûté 96 "
        "millions d'euros, financés aux deux tiers par la région.\n\n"
        "Sur le quai de la gare d'Épinal, les premiers voyageurs se montraient plus prudents. "
        "«\u00a0Tant mieux si ça roule. Mais on a eu tellement de trains supprimés que j'attends "
        "de voir\u00a0», lâche Thomas, étudiant de 21 ans, qui fait le trajet tous les jours.\n\n"
        "L'association d'usagers Fer vosgien rappelle que la ligne avait déjà été fermée deux "
        "fois depuis 2015, faute d'entretien.",
        [
            (P, ["une victoire pour les territoires ruraux"], "Catherine Weisbecker"),
            (
                D,
                [
                    "Tant mieux si ça roule. Mais on a eu tellement de trains supprimés que "
                    "j'attends de voir"
                ],
                "Thomas",
            ),
            (
                I,
                ["la ligne avait déjà été fermée deux fois depuis 2015, faute d'entretien"],
                "Fer vosgien",
            ),
        ],
    ),
    (  # 12 social housing without heating near Grenoble: "évoque une panne" (noun object, not
        # annotated) then a partial after "promet un retour à la normale" by "Le bailleur social
        # Name" (generic noun dropped), direct + "s'agace Name, présidente de l'amicale des
        # locataires", "a adressé … une mise en demeure" (noun object, not annotated), "Contacté,
        # le directeur général de X, Name, assure qu'" (indirect)
        "Depuis le 14 novembre, les 320 logements de la résidence Les Alpilles, à Échirolles "
        "(Isère), sont privés de chauffage collectif. Le bailleur social Isère Habitat Solidaire "
        "évoque une panne de la chaufferie et promet un retour à la normale «\u00a0sous dix "
        "jours\u00a0».\n\n"
        "«\u00a0Dix jours, ils nous l'ont déjà dit il y a trois semaines\u00a0», s'agace Fatou "
        "Diallo, présidente de l'amicale des locataires, emmitouflée dans une doudoune dans un "
        "salon où le thermomètre affiche 14\u00a0degrés.\n\n"
        "Le maire d'Échirolles, Renaud Faidherbe, a adressé mardi une mise en demeure au "
        "bailleur. Contacté, le directeur général d'Isère Habitat Solidaire, Paul-Henri Margerie, "
        "assure qu'une pièce de rechange, commandée en Allemagne, sera livrée d'ici vendredi.",
        [
            (P, ["sous dix jours"], "Isère Habitat Solidaire"),
            (D, ["Dix jours, ils nous l'ont déjà dit il y a trois semaines"], "Fatou Diallo"),
            (
                I,
                ["une pièce de rechange, commandée en Allemagne, sera livrée d'ici vendredi"],
                "Paul-Henri Margerie",
            ),
        ],
    ),
    (  # 13 food bank collection in Liège: "D'après son président, Name," (rest of the sentence),
        # two-sentence direct + "témoigne Name, bénévole depuis douze ans", the bourgmestre "a
        # annoncé la mise à disposition" (noun object, not annotated)
        "À Liège, la banque alimentaire Solidarité Meuse a lancé vendredi sa collecte d'hiver "
        "dans 85 supermarchés de la province. D'après son président, Marc Dethier, la demande a "
        "augmenté de 30\u00a0% en un an.\n\n"
        "«\u00a0On voit arriver des gens qui travaillent, des infirmières, des chauffeurs de bus. "
        "Il y a cinq ans, ce n'était pas le cas\u00a0», témoigne Isabelle Renard, bénévole depuis "
        "douze ans.\n\n"
        "Le bourgmestre, Christophe Lambotte, s'est rendu samedi matin dans un magasin du "
        "quartier d'Outremeuse. Il a annoncé la mise à disposition d'un entrepôt communal "
        "supplémentaire dès janvier. La collecte se poursuit jusqu'à dimanche soir.",
        [
            (I, ["la demande a augmenté de 30\u00a0% en un an"], "Marc Dethier"),
            (
                D,
                [
                    "On voit arriver des gens qui travaillent, des infirmières, des chauffeurs de "
                    "bus. Il y a cinq ans, ce n'était pas le cas"
                ],
                "Isabelle Renard",
            ),
        ],
    ),
    (  # 14 Christmas market in Colmar under heavy security: "…, selon la préfecture du Haut-Rhin."
        # (the part before), direct + "assure un policier posté rue …" (unnamed), "Le
        # quinquagénaire estime que" (age epithet for a stallholder named in the sentence before)
        "Le marché de Noël de Colmar a ouvert ses portes vendredi sous haute surveillance. Des "
        "blocs de béton ont été installés à chaque entrée de la vieille ville et 140 policiers et "
        "gendarmes seront mobilisés chaque week-end, selon la préfecture du Haut-Rhin.\n\n"
        "«\u00a0On fouille les sacs, on contrôle les véhicules. Les gens comprennent, personne ne "
        "râle\u00a0», assure un policier posté rue des Marchands.\n\n"
        "Derrière son chalet de bredele, Joseph Hertzog, pâtissier à Kaysersberg, se montre "
        "optimiste. Le quinquagénaire estime que la fréquentation sera meilleure que l'an "
        "dernier, grâce au retour des croisiéristes du Rhin.",
        [
            (
                I,
                [
                    "Des blocs de béton ont été installés à chaque entrée de la vieille ville et "
                    "140 policiers et gendarmes seront mobilisés chaque week-end"
                ],
                "préfecture du Haut-Rhin",
            ),
            (
                D,
                [
                    "On fouille les sacs, on contrôle les véhicules. Les gens comprennent, "
                    "personne ne râle"
                ],
                "policier",
            ),
            (
                I,
                [
                    "la fréquentation sera meilleure que l'an dernier, grâce au retour des "
                    "croisiéristes du Rhin"
                ],
                "Joseph Hertzog",
            ),
        ],
    ),
    (  # 15 flash floods in the Gard: "Le maire d'Anduze, Name, a déclaré … : « … »" (direct after
        # a colon, final period kept), "Pour le colonel Name, du service …, « … »" (direct, rank
        # dropped), "Une habitante … raconte avoir passé" (unnamed, infinitive clause), "a engagé
        # une procédure" (noun object, not annotated)
        "Un violent épisode cévenol a provoqué des inondations dans plusieurs communes du Gard, "
        "dimanche. À Anduze, le Gardon est monté de cinq mètres en six heures.\n\n"
        "Le maire d'Anduze, Jean-Louis Cabanis, a déclaré en fin d'après-midi\u00a0: «\u00a0Nous "
        "avons évacué 180 personnes des campings et des maisons en bord de rivière. Il n'y a "
        "aucune victime, c'est l'essentiel.\u00a0»\n\n"
        "Pour le colonel Richard Sabatier, du service départemental d'incendie et de secours, "
        "«\u00a0la vigilance doit rester maximale jusqu'à mardi\u00a0». Une habitante du quartier "
        "de la Madeleine raconte avoir passé la nuit sur le toit de sa maison avec son chien, "
        "avant d'être hélitreuillée au petit matin.\n\n"
        "La préfecture a engagé une procédure de reconnaissance de l'état de catastrophe "
        "naturelle.",
        [
            (
                D,
                [
                    "Nous avons évacué 180 personnes des campings et des maisons en bord de "
                    "rivière. Il n'y a aucune victime, c'est l'essentiel."
                ],
                "Jean-Louis Cabanis",
            ),
            (D, ["la vigilance doit rester maximale jusqu'à mardi"], "Richard Sabatier"),
            (
                I,
                [
                    "avoir passé la nuit sur le toit de sa maison avec son chien, avant d'être "
                    "hélitreuillée au petit matin"
                ],
                "habitante",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 24-hour bus lane approved in Leeds: "Councillor Name, the cabinet member for transport,
        # said" (indirect, no "that"), direct + "she added" (pronoun), direct + "said Name, who has
        # run a convenience store …" (shopkeeper)
        "Councillors in Leeds approved plans on Wednesday for a 24-hour bus lane along Kirkstall "
        "Road, despite a petition against the scheme signed by more than 6,000 residents and "
        "traders.\n\n"
        "Councillor Amira Qureshi, the cabinet member for transport, said the lane would cut bus "
        'journey times on the route by up to eight minutes at peak hours. "Buses carry 40 per '
        'cent of the people on this road but get none of the space," she added.\n\n'
        "Shopkeepers are less convinced. \"If my customers can't stop outside for five minutes, "
        "they'll drive to the retail park instead,\" said Dev Malhotra, who has run a convenience "
        "store on the road for 19 years.\n\n"
        "Work is due to start in April and will last about seven months.",
        [
            (
                I,
                [
                    "the lane would cut bus journey times on the route by up to eight minutes at "
                    "peak hours"
                ],
                "Amira Qureshi",
            ),
            (
                D,
                ["Buses carry 40 per cent of the people on this road but get none of the space"],
                "Amira Qureshi",
            ),
            (
                D,
                [
                    "If my customers can't stop outside for five minutes, they'll drive to the "
                    "retail park instead"
                ],
                "Dev Malhotra",
            ),
        ],
    ),
    (  # 2 neighbour rescues two children from a house fire in Swansea: ""A," said Station Manager
        # Name of X. "B."" (the attribution ends its sentence: two direct quotes, rank dropped, the
        # second one's period kept), partial inside the reported speech of "The neighbour, a
        # 47-year-old plasterer who asked not to be named, told … that" (unnamed, only the partial)
        "Two children were rescued from a burning terraced house in Swansea early on Sunday by a "
        "neighbour who climbed a ladder to their bedroom window before fire crews arrived.\n\n"
        "\"He didn't wait for us, and frankly those children are alive because he didn't,\" said "
        'Station Manager Rhys Llewellyn of Tawe Valley Fire and Rescue Service. "We would never '
        "advise anyone to do it, but we're very glad he did.\"\n\n"
        "The neighbour, a 47-year-old plasterer who asked not to be named, told the South Wales "
        'Courier that he had "just reacted". The children, aged four and seven, were treated in '
        "hospital for smoke inhalation and have since been discharged.\n\n"
        "The cause of the fire is being investigated.",
        [
            (
                D,
                ["He didn't wait for us, and frankly those children are alive because he didn't"],
                "Rhys Llewellyn",
            ),
            (
                D,
                ["We would never advise anyone to do it, but we're very glad he did."],
                "Rhys Llewellyn",
            ),
            (P, ["just reacted"], "neighbour"),
        ],
    ),
    (  # 3 maternity unit closure in Cumbria, curly quotes: "A spokeswoman for Name said" (the
        # organisation speaks, indirect), "Name, who set up …, was scathing: “…" continued over two
        # paragraphs (one span each, first one's period kept), partial after "The local MP, Name,
        # called the decision"
        "Eden Valley Community Hospital in Penrith will stop delivering babies from January, "
        "forcing expectant mothers in much of east Cumbria to travel to Carlisle. A spokeswoman "
        "for North Fells Health Trust said the midwife-led unit had been unable to recruit enough "
        "staff to run safely, with nine of its 14 posts vacant.\n\n"
        "Rebecca Thornton, who set up the Keep Penrith Births campaign, was scathing: “We have "
        "women in Alston and Appleby who will be more than an hour from a labour ward. In "
        "February, on those roads, that isn't a choice, it's a gamble.\n\n"
        "“And the trust knows it.”\n\n"
        "The local MP, Graham Oakes, called the decision “short-sighted”.",
        [
            (
                I,
                [
                    "the midwife-led unit had been unable to recruit enough staff to run safely, "
                    "with nine of its 14 posts vacant"
                ],
                "North Fells Health Trust",
            ),
            (
                D,
                [
                    "We have women in Alston and Appleby who will be more than an hour from a "
                    "labour ward. In February, on those roads, that isn't a choice, it's a gamble.",
                    "And the trust knows it.",
                ],
                "Rebecca Thornton",
            ),
            (P, ["short-sighted"], "Graham Oakes"),
        ],
    ),
    (  # 4 new school extension in Tallaght, curly quotes: "Parents … learned … that" (not speech),
        # partial inside the reported speech of "The principal, Name, said the news was" (only the
        # partial), two-sentence direct + "she said", "confirmed a budget" (noun object, not
        # annotated), direct + "the father of two said" (descriptive noun)
        "Parents at St Brigid's National School in Tallaght learned on Monday that the school's "
        "eight prefab classrooms will be replaced by a permanent extension by September 2028, "
        "ending a wait of more than a decade.\n\n"
        "The principal, Orla Dunne, said the news was “ten years overdue, but very welcome”. "
        "“We've had children in rooms where the heating fails every January. Teachers have been "
        "working in their coats,” she said.\n\n"
        "The Department of Education confirmed a budget of €7.4 million for the project in a "
        "statement.\n\n"
        "Ciarán Walsh, whose two daughters attend the school, was more cautious. “I'll believe it "
        "when I see the diggers,” the father of two said.",
        [
            (P, ["ten years overdue, but very welcome"], "Orla Dunne"),
            (
                D,
                [
                    "We've had children in rooms where the heating fails every January. Teachers "
                    "have been working in their coats"
                ],
                "Orla Dunne",
            ),
            (D, ["I'll believe it when I see the diggers"], "Ciarán Walsh"),
        ],
    ),
    (  # 5 post-tropical storm in Nova Scotia: "the mayor, Name, said" (indirect, no "that"), ""A,"
        # she said. "B. C."" (the attribution ends its sentence: two direct quotes, the second one
        # two sentences with its period kept)
        "About 190,000 homes and businesses in Nova Scotia were without power on Sunday morning "
        "after post-tropical storm Lionel brought gusts of up to 140 km/h to the province "
        "overnight.\n\n"
        "In Lunenburg, the mayor, Patricia Corkum, said she had never seen the water so high in "
        'the harbour. "We lost part of the town wharf, and two fishing boats sank at their '
        'moorings," she said. "Nobody was hurt. That\'s what matters tonight."\n\n'
        "Crews from New Brunswick and Maine have been called in to help restore electricity, "
        "which could take until Wednesday in some rural areas.",
        [
            (I, ["she had never seen the water so high in the harbour"], "Patricia Corkum"),
            (
                D,
                ["We lost part of the town wharf, and two fishing boats sank at their moorings"],
                "Patricia Corkum",
            ),
            (D, ["Nobody was hurt. That's what matters tonight."], "Patricia Corkum"),
        ],
    ),
    (  # 6 glassworks closure in Ohio, curly quotes: "Name said on Thursday it would" (the company
        # speaking, indirect, no "that"), "the company blamed" (noun object, not annotated),
        # two-sentence direct + "said Name, president of …" (union official), partial after "Mayor
        # Name described the closure as" (title dropped)
        "Hartwell Glassworks said on Thursday it would close its plant in Zanesville, Ohio, in "
        "March, putting 340 people out of work. In a statement, the company blamed rising energy "
        "costs and competition from imports.\n\n"
        "“Some of these folks have worked on that line for thirty years. Their fathers worked on "
        "it before them,” said Mike Stroud, president of Glass and Ceramic Workers Local 412.\n\n"
        "Mayor Donna Kessler described the closure as “a gut punch” for the city of 25,000. The "
        "plant has operated on the banks of the Muskingum River since 1931.",
        [
            (
                I,
                [
                    "it would close its plant in Zanesville, Ohio, in March, putting 340 people "
                    "out of work"
                ],
                "Hartwell Glassworks",
            ),
            (
                D,
                [
                    "Some of these folks have worked on that line for thirty years. Their fathers "
                    "worked on it before them"
                ],
                "Mike Stroud",
            ),
            (P, ["a gut punch"], "Donna Kessler"),
        ],
    ),
    (  # 7 lantern parade cancelled in Nelson, New Zealand: two-sentence direct + "the parade's
        # chair, Name, told the …" (role then name after the quote), a resident introduced with her
        # age in the sentence before, direct + "she said", "The 71-year-old said" (age epithet,
        # indirect, no "that")
        "Organisers of the Nelson Lantern Parade have cancelled this year's event, which drew "
        "12,000 people last December, after failing to secure public liability insurance.\n\n"
        "\"We've been quoted five times what we paid last year. For a volunteer-run event, that's "
        "simply impossible,\" the parade's chair, Hemi Walker, told the Nelson Evening Star.\n\n"
        "Margaret Ellis, 71, has attended every parade since the first one in 1994. \"It's the "
        'one night the whole town comes out," she said. The 71-year-old said she had already '
        "finished this year's lantern, a paper tūī.",
        [
            (
                D,
                [
                    "We've been quoted five times what we paid last year. For a volunteer-run "
                    "event, that's simply impossible"
                ],
                "Hemi Walker",
            ),
            (D, ["It's the one night the whole town comes out"], "Margaret Ellis"),
            (I, ["she had already finished this year's lantern, a paper tūī"], "Margaret Ellis"),
        ],
    ),
    (  # 8 no quote: catalytic converter thefts at hospital car parks, "Police confirmed the
        # charges", "renewed their appeal for witnesses" and "has announced the installation of"
        # (noun objects, not annotated)
        "Three men have been charged with stealing catalytic converters from more than 40 cars "
        "parked at hospitals in Bradford and Keighley over the past six months.\n\n"
        "The men, aged 19, 23 and 31, were arrested at addresses in Keighley on Tuesday morning "
        "and will appear before Bradford magistrates on Friday. Detectives recovered 17 "
        "converters and a battery-powered saw from a garage.\n\n"
        "Many of the cars belonged to nurses and carers working night shifts. Police confirmed "
        "the charges on Thursday and renewed their appeal for witnesses. The hospital trust has "
        "announced the installation of 30 additional CCTV cameras in its car parks.",
        [],
    ),
    (  # 9 rent strike in Toronto: a quote split by "said Name, a member of …," (one quote two
        # spans, final period kept), "The 38-year-old said" (age epithet, indirect, no "that"),
        # "did not respond to requests for comment" (not speech), "Ward councillor Name said"
        # (indirect)
        "Tenants in two high-rise buildings in Toronto's Thorncliffe Park have been withholding "
        "rent since September in protest against a 9.5 per cent increase sought by their "
        "landlord, Rosewood Residential.\n\n"
        "\"We're not refusing to pay,\" said Leila Haddad, a member of the Thorncliffe Tenants' "
        'Union, "we\'re refusing to pay more for repairs that were never done." The 38-year-old '
        "said some families on the upper floors had lived without a working elevator since "
        "June.\n\n"
        "Rosewood Residential did not respond to requests for comment. Ward councillor Omar "
        "Siddiqui said the city had asked the province to review the increase.",
        [
            (
                D,
                [
                    "We're not refusing to pay",
                    "we're refusing to pay more for repairs that were never done.",
                ],
                "Leila Haddad",
            ),
            (
                I,
                [
                    "some families on the upper floors had lived without a working elevator since "
                    "June"
                ],
                "Leila Haddad",
            ),
            (I, ["the city had asked the province to review the increase"], "Omar Siddiqui"),
        ],
    ),
    (  # 10 free transit fares in Sacramento, curly quotes: direct + "said board chair Name" (role
        # before the name), partial after "One of them, Name, called the plan", "…, according to
        # the agency." (the part before; generic noun for the named transit agency)
        "The board of Capital Valley Transit voted 7-2 on Monday to make bus and light rail rides "
        "free for riders under 18 and over 65 in Sacramento from January 1.\n\n"
        "“Every kid in this city should be able to get to school, a library or a first job "
        "without worrying about a fare,” said board chair Lucia Fernández.\n\n"
        "Two members from suburban districts voted against. One of them, Gary Whitlock, called "
        "the plan “a giveaway dressed up as policy”. Ridership is still 22 per cent below its "
        "2019 level, according to the agency.",
        [
            (
                D,
                [
                    "Every kid in this city should be able to get to school, a library or a first "
                    "job without worrying about a fare"
                ],
                "Lucia Fernández",
            ),
            (P, ["a giveaway dressed up as policy"], "Gary Whitlock"),
            (I, ["Ridership is still 22 per cent below its 2019 level"], "Capital Valley Transit"),
        ],
    ),
    (  # 11 radiotherapy centre opens in Aberdeen: "The centre's clinical director, Dr Name, who
        # moved … from Rotterdam …, said" (indirect, no "that"), direct + "the Dutchman said"
        # (nationality epithet), partial after "Name, 64, from X, who …, described the old
        # arrangement as"
        "A new radiotherapy centre opened at Deeside General Hospital in Aberdeen on Friday, "
        "sparing cancer patients from Orkney and Shetland the long trip to Glasgow for "
        "treatment.\n\n"
        "The centre's clinical director, Dr Pieter van Dijk, who moved to Scotland from Rotterdam "
        'in 2019, said it would treat up to 1,800 patients a year. "For someone from Lerwick, '
        'this turns a fourteen-hour journey into a short flight and a taxi ride," the Dutchman '
        "said.\n\n"
        "Morag Sinclair, 64, from Kirkwall, who travelled to Glasgow for six weeks of treatment "
        'last year, described the old arrangement as "exhausting, expensive and lonely".',
        [
            (I, ["it would treat up to 1,800 patients a year"], "Pieter van Dijk"),
            (
                D,
                [
                    "For someone from Lerwick, this turns a fourteen-hour journey into a short "
                    "flight and a taxi ride"
                ],
                "Pieter van Dijk",
            ),
            (P, ["exhausting, expensive and lonely"], "Morag Sinclair"),
        ],
    ),
    (  # 12 swimming pool closure row in a Victorian shire: "Shire president Name told the meeting"
        # (indirect, no "that"), two-sentence direct + "he said", an exclamation (mark kept) +
        # "shouted a woman at the back of the hall" (unnamed)
        "About 200 residents packed a meeting of the Mallee Ridge Shire Council in Victoria on "
        "Tuesday night, a month after councillors voted to close the town's only public swimming "
        "pool to save A$380,000 a year.\n\n"
        "Shire president Trevor Hollis told the meeting the pool needed A$2.1 million in repairs "
        'that ratepayers could not afford. "I grew up in that pool. Nobody on this council '
        'wanted this outcome," he said.\n\n'
        '"Then find the money!" shouted a woman at the back of the hall, to loud applause. The '
        "council will hold a further vote in February.",
        [
            (
                I,
                ["the pool needed A$2.1 million in repairs that ratepayers could not afford"],
                "Trevor Hollis",
            ),
            (
                D,
                ["I grew up in that pool. Nobody on this council wanted this outcome"],
                "Trevor Hollis",
            ),
            (D, ["Then find the money!"], "woman"),
        ],
    ),
    (  # 13 brush fire above Ojai, California: ""A," said Chief Name of X. "B."" (the attribution
        # ends its sentence: two direct quotes, title dropped), "…, according to the district."
        # (the part before; generic noun for the named fire district), an evacuee who "fled" (not
        # speech)
        "A wind-driven brush fire forced the evacuation of about 1,400 homes in the hills above "
        "Ojai, California, on Wednesday night, and had burned 2,600 acres by Thursday morning.\n\n"
        '"We had gusts of 60 miles an hour pushing embers half a mile ahead of the fire front," '
        'said Chief Ramon Delgado of the Topatopa Fire Protection District. "Our crews did '
        'remarkable work to keep it out of the neighborhoods."\n\n'
        "No homes have been destroyed and the fire is 15 percent contained, according to the "
        "district. Carol Lindgren, who fled with her two horses in a trailer, spent the night in "
        "a parking lot in Ventura.",
        [
            (
                D,
                [
                    "We had gusts of 60 miles an hour pushing embers half a mile ahead of the "
                    "fire front"
                ],
                "Ramon Delgado",
            ),
            (
                D,
                ["Our crews did remarkable work to keep it out of the neighborhoods."],
                "Ramon Delgado",
            ),
            (
                I,
                ["No homes have been destroyed and the fire is 15 percent contained"],
                "Topatopa Fire Protection District",
            ),
        ],
    ),
    (  # 14 volunteers take over a West Yorkshire library: "the district council voted to close"
        # (not speech), "Its chair, Name, a retired English teacher, said" (indirect, no "that"),
        # ""A. B," the retired teacher said with a laugh. "C."" (descriptive noun; two direct
        # quotes, the second one's period kept)
        "A volunteer group has taken over the running of the library in Hebden Bridge, West "
        "Yorkshire, two years after the district council voted to close the branch to save "
        "money.\n\n"
        "Friends of Hebden Library, which has 85 volunteers, signed a 25-year lease on the "
        "Victorian building on Friday. Its chair, Judith Ackroyd, a retired English teacher, said "
        "the group had raised £140,000 through grants and a crowdfunding campaign.\n\n"
        '"People said we were mad. Perhaps we were," the retired teacher said with a laugh. '
        '"But a town without a library is a town that has given up on something."',
        [
            (
                I,
                ["the group had raised £140,000 through grants and a crowdfunding campaign"],
                "Judith Ackroyd",
            ),
            (D, ["People said we were mad. Perhaps we were"], "Judith Ackroyd"),
            (
                D,
                ["But a town without a library is a town that has given up on something."],
                "Judith Ackroyd",
            ),
        ],
    ),
    (  # 15 burst water main in Shrewsbury, curly quotes: partial inside the reported speech of
        # "Name said its engineers were" (the water company, only the partial), two-sentence direct
        # + "said Name, 26" (a resident), "Name, the councillor for X, said he would" (indirect, no
        # "that")
        "Around 4,000 homes in Shrewsbury were without running water for a second day on Tuesday "
        "after a burst main flooded several streets in the Castlefields area.\n\n"
        "Severn Valley Water said its engineers were working “around the clock” to repair the "
        "pipe. Bottled water stations have been set up at two car parks in the town centre.\n\n"
        "“They told us yesterday it would be fixed by lunchtime. Now it's Tuesday night and I've "
        "got a baby and no water to make up her bottles,” said Chloe Parton, 26.\n\n"
        "Ian Moss, the councillor for Castlefields, said he would ask the company to compensate "
        "every affected household.",
        [
            (P, ["around the clock"], "Severn Valley Water"),
            (
                D,
                [
                    "They told us yesterday it would be fixed by lunchtime. Now it's Tuesday "
                    "night and I've got a baby and no water to make up her bottles"
                ],
                "Chloe Parton",
            ),
            (I, ["he would ask the company to compensate every affected household"], "Ian Moss"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout140.jsonl"),
        "heldout140",
        "h140",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
