"""Source of the eighty-ninth held-out set: writes heldout89.jsonl (split "heldout89").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
health and medicine news: hospital waiting times, drug shortages, clinical trials, doctors' and
nurses' unions, public-health warnings and patients' stories, with health ministers, hospital
directors, researchers, union representatives, patients and their relatives quoted.
Measured once with 0.3.0, 0.28.0 and 0.29.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout89.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-01"
Item = GoldItem

FR: list[Item] = [
    (  # 1 emergency waiting times: "selon lesquels" trap (not a quote), direct + "a reconnu le
        # directeur de l'hôpital, Name" after while a minister is also introduced, "La ministre
        # a annoncé que" (role alone), incise "a-t-elle insisté" splitting one quote
        "Aux urgences du centre hospitalier de Valderon, le temps d'attente moyen a atteint onze "
        "heures la semaine dernière. Des chiffres de l'agence régionale de santé, selon lesquels "
        "près d'un patient sur cinq a passé la nuit sur un brancard, circulent depuis lundi parmi "
        "les soignants.\n\n"
        "«\u00a0Nous travaillons en mode dégradé depuis des mois. Les équipes sont à bout\u00a0», a "
        "reconnu le directeur de l'hôpital, Bertrand Ouedraogo-Lemaire, lors d'une visite de la "
        "ministre de la Santé, Claire Hamidou, mercredi matin.\n\n"
        "La ministre a annoncé que quarante lits supplémentaires seraient rouverts d'ici au "
        "printemps dans les services de médecine. «\u00a0Ce n'est pas une promesse en l'air, "
        "a-t-elle insisté, les crédits sont déjà votés.\u00a0»\n\n"
        "Les syndicats de l'établissement doivent être reçus au ministère jeudi prochain. Un "
        "nouveau service d'accueil des urgences, prévu de longue date, ne devrait pas ouvrir "
        "avant 2028.",
        [
            (
                D,
                ["Nous travaillons en mode dégradé depuis des mois. Les équipes sont à bout"],
                "Bertrand Ouedraogo-Lemaire",
            ),
            (
                I,
                [
                    "quarante lits supplémentaires seraient rouverts d'ici au printemps dans les "
                    "services de médecine"
                ],
                "Claire Hamidou",
            ),
            (
                D,
                ["Ce n'est pas une promesse en l'air", "les crédits sont déjà votés."],
                "Claire Hamidou",
            ),
        ],
    ),
    (  # 2 children's antibiotic shortage: agency with acronym "a indiqué mardi que", direct
        # after "décrit un quotidien absurde\u00a0:" with final period kept, partial after
        # "invoque" by a company ("Le laboratoire X" -> X)
        "Les pharmacies de plusieurs départements de l'Ouest peinent depuis trois semaines à se "
        "procurer de l'amoxicilline en suspension buvable, l'antibiotique le plus prescrit aux "
        "enfants. L'Agence nationale de sécurité du médicament (ANSM) a indiqué mardi que les "
        "livraisons reprendraient progressivement à partir de la mi-janvier.\n\n"
        "À Saint-Brieuc, la pharmacienne Hélène Kerjean-Mbaye décrit un quotidien absurde\u00a0: "
        "«\u00a0Je passe deux heures par jour au téléphone avec les grossistes. Quand j'obtiens "
        "dix flacons, ils partent dans la matinée.\u00a0»\n\n"
        "Faute de sirop, certains médecins prescrivent des comprimés à écraser, une solution peu "
        "pratique pour les nourrissons. Les parents, eux, font le tour des officines.\n\n"
        "Le laboratoire Pharmédis, principal fabricant, invoque une «\u00a0demande "
        "exceptionnelle\u00a0» liée à l'épidémie de bronchiolite et à une hausse des angines "
        "depuis octobre.",
        [
            (
                I,
                ["les livraisons reprendraient progressivement à partir de la mi-janvier"],
                "Agence nationale de sécurité du médicament",
            ),
            (
                D,
                [
                    "Je passe deux heures par jour au téléphone avec les grossistes. Quand "
                    "j'obtiens dix flacons, ils partent dans la matinée."
                ],
                "Hélène Kerjean-Mbaye",
            ),
            (P, ["demande exceptionnelle"], "Pharmédis"),
        ],
    ),
    (  # 3 kidney trial, interview: questions as plain paragraphs, answers as dialogue-dash
        # lines (direct, the researcher introduced by apposition), ministry "a fait savoir qu'"
        "Les résultats d'un essai clinique mené dans douze hôpitaux français, publiés jeudi dans "
        "une revue médicale internationale, ouvrent une piste nouvelle contre certaines formes de "
        "maladie rénale chronique. L'étude a porté sur 1\u00a0240 patients suivis pendant trois "
        "ans. "
        "La coordinatrice de l'étude, la néphrologue Mei-Ling Fournier, du CHU de Rennes, "
        "détaille ces résultats.\n\n"
        "Que montre exactement l'essai\u00a0?\n\n"
        "— Le déclin de la fonction rénale est réduit d'environ un tiers chez les patients "
        "traités. C'est considérable pour une molécule qui coûte quelques centimes par jour.\n\n"
        "Faut-il changer les prescriptions dès maintenant\u00a0?\n\n"
        "— Non. Il faut d'abord confirmer ces résultats chez des patients plus âgés, et c'est ce "
        "que nous allons faire l'an prochain.\n\n"
        "Le ministère de la Santé a fait savoir qu'il attendrait l'avis de la Haute Autorité de "
        "santé avant toute recommandation.",
        [
            (
                D,
                [
                    "Le déclin de la fonction rénale est réduit d'environ un tiers chez les "
                    "patients traités. C'est considérable pour une molécule qui coûte quelques "
                    "centimes par jour."
                ],
                "Mei-Ling Fournier",
            ),
            (
                D,
                [
                    "Non. Il faut d'abord confirmer ces résultats chez des patients plus âgés, et "
                    "c'est ce que nous allons faire l'an prochain."
                ],
                "Mei-Ling Fournier",
            ),
            (
                I,
                ["il attendrait l'avis de la Haute Autorité de santé avant toute recommandation"],
                "ministère de la Santé",
            ),
        ],
    ),
    (  # 4 night nurses' strike: two union delegates (resolution matters), partial "parle
        # d'une «\u00a0…\u00a0»" then direct "a-t-elle expliqué", "Son homologue …, Name, a
        # assuré que" (indirect), "M. Nowak a demandé une rencontre" (noun object, not annotated)
        "Les infirmiers du groupe hospitalier Nord-Lys sont en grève depuis lundi pour dénoncer "
        "le manque de personnel de nuit, à l'appel de la CGT et de Force ouvrière. Près de 60 % "
        "des soignants de nuit ont cessé le travail. Les opérations programmées ont été "
        "reportées dans deux services.\n\n"
        "La déléguée CGT, Fatoumata Sissoko, infirmière en réanimation, parle d'une "
        "«\u00a0situation intenable\u00a0». «\u00a0Une nuit sur deux, je suis seule pour "
        "quatorze patients. On ne soigne plus, on surveille\u00a0», a-t-elle expliqué devant "
        "l'entrée du bâtiment principal.\n\n"
        "Son homologue de Force ouvrière, Grégoire Nowak, a assuré que le mouvement serait "
        "reconduit jusqu'à l'ouverture de véritables négociations. M. Nowak a également demandé "
        "une rencontre avec l'agence régionale de santé.\n\n"
        "La direction du groupe n'a pas souhaité s'exprimer.",
        [
            (P, ["situation intenable"], "Fatoumata Sissoko"),
            (
                D,
                [
                    "Une nuit sur deux, je suis seule pour quatorze patients. On ne soigne plus, "
                    "on surveille"
                ],
                "Fatoumata Sissoko",
            ),
            (
                I,
                ["le mouvement serait reconduit jusqu'à l'ouverture de véritables négociations"],
                "Grégoire Nowak",
            ),
        ],
    ),
    (  # 5 measles warning: agency only counting (not speech), direct + "rappelle
        # l'épidémiologiste Name" after, "Selon lui," indirect (pronoun)
        "Santé publique France a recensé 48 cas de rougeole en un mois dans la région lyonnaise, "
        "dont neuf ont nécessité une hospitalisation. Plusieurs écoles primaires sont "
        "concernées. L'an dernier, la région n'en avait compté que six sur l'ensemble de "
        "l'année.\n\n"
        "«\u00a0La rougeole n'est pas une maladie bénigne. Un enfant sur mille qui l'attrape "
        "développe une encéphalite\u00a0», rappelle l'épidémiologiste Karim Bensalah-Roux, de "
        "l'université Lyon-Est.\n\n"
        "Selon lui, la couverture vaccinale a reculé de quatre points depuis 2020 dans certains "
        "quartiers de l'agglomération.\n\n"
        "Les parents peuvent faire vérifier le carnet de santé de leurs enfants chez leur médecin "
        "ou en pharmacie. Une séance de rattrapage gratuite est prévue samedi dans trois centres "
        "de vaccination. Le vaccin, remboursé intégralement, protège à 97 % après deux doses.",
        [
            (
                D,
                [
                    "La rougeole n'est pas une maladie bénigne. Un enfant sur mille qui l'attrape "
                    "développe une encéphalite"
                ],
                "Karim Bensalah-Roux",
            ),
            (
                I,
                [
                    "la couverture vaccinale a reculé de quatre points depuis 2020 dans certains "
                    "quartiers de l'agglomération"
                ],
                "Karim Bensalah-Roux",
            ),
        ],
    ),
    (  # 6 patient's story: direct quote over two paragraphs (first left open, second reopened,
        # "raconte-t-il"), relative's partial inside reported speech ("Elle estime que"),
        # agency's partial inside "a reconnu que" (only the partial)
        "Il a fallu sept mois à Joseph Mvondo pour obtenir une IRM. Sept mois pendant lesquels "
        "la tumeur de ce retraité de 68 ans, installé près d'Aurillac, a continué de grossir.\n\n"
        "«\u00a0On m'a donné un premier rendez-vous pour le mois de mars. J'ai appelé tous les "
        "centres d'imagerie à cent kilomètres à la ronde.\n\n"
        "«\u00a0Personne ne pouvait me prendre avant l'été. Alors j'ai attendu, comme tout le "
        "monde\u00a0», raconte-t-il d'une voix calme.\n\n"
        "Sa fille, Estelle Mvondo, est plus amère. Elle estime que son père a «\u00a0perdu six "
        "mois de traitement\u00a0».\n\n"
        "L'agence régionale de santé a reconnu que les délais d'accès à l'IRM dans le Cantal "
        "étaient «\u00a0parmi les plus longs de France\u00a0». Un nouvel appareil doit être "
        "installé à Aurillac en 2027.",
        [
            (
                D,
                [
                    "On m'a donné un premier rendez-vous pour le mois de mars. J'ai appelé tous "
                    "les centres d'imagerie à cent kilomètres à la ronde.",
                    "Personne ne pouvait me prendre avant l'été. Alors j'ai attendu, comme tout "
                    "le monde",
                ],
                "Joseph Mvondo",
            ),
            (P, ["perdu six mois de traitement"], "Estelle Mvondo"),
            (P, ["parmi les plus longs de France"], "agence régionale de santé"),
        ],
    ),
    (  # 7 medical desert: nickname in marks (not a quote), « » with plain spaces, "a estimé le
        # maire" (role alone after the apposition), unnamed resident named by apposition after,
        # retired doctor ("le docteur Abadie") partial inside "assure qu'il"
        "La commune de Montferrand-sur-Vère, 4 200 habitants, n'a plus de médecin généraliste "
        "depuis le départ à la retraite du docteur Lucien Abadie, en octobre. Les habitants "
        "surnomment désormais le canton « le désert blanc ». Le maire, Rachid Ait-Lahcen, a "
        "publié une annonce dans plusieurs revues médicales, pour l'instant sans succès.\n\n"
        "« Nous offrons le cabinet, le logement et même une place en crèche. Les jeunes médecins "
        "ne viennent pas pour autant », a estimé le maire lors du conseil municipal de mardi.\n\n"
        "Il faut désormais patienter trois semaines pour une consultation dans la commune "
        "voisine. « C'est la double peine pour les personnes âgées qui ne conduisent plus », "
        "déplore une habitante, Odile Carpentier, 81 ans.\n\n"
        "Le docteur Abadie, joint par téléphone, assure qu'il « ne pouvait plus tenir "
        "soixante-dix heures par semaine ».",
        [
            (
                D,
                [
                    "Nous offrons le cabinet, le logement et même une place en crèche. Les jeunes "
                    "médecins ne viennent pas pour autant"
                ],
                "Rachid Ait-Lahcen",
            ),
            (
                D,
                ["C'est la double peine pour les personnes âgées qui ne conduisent plus"],
                "Odile Carpentier",
            ),
            (P, ["ne pouvait plus tenir soixante-dix heures par semaine"], "Lucien Abadie"),
        ],
    ),
    (  # 8 hospital deficits: report title in marks (not a quote), "La Cour estime que"
        # (short form of the institution), "Pour la présidente de X, Name, «\u00a0…\u00a0»",
        # partial after "qu'il juge", "plaide pour une réforme" (noun object, not annotated)
        "Le rapport «\u00a0L'hôpital à l'épreuve du temps\u00a0», publié mercredi par la Cour des "
        "comptes, pointe un déficit cumulé de 2,3 milliards d'euros pour les hôpitaux publics en "
        "2025. La Cour estime que la moitié de ce déficit tient à la hausse des charges de "
        "personnel non compensée par l'État.\n\n"
        "Pour la présidente de la Fédération hospitalière régionale, Nadia Berrada-Lefort, "
        "«\u00a0ce rapport confirme ce que nous disons depuis trois ans\u00a0».\n\n"
        "Le directeur du CHU de Montclair, Pascal Oyelaran, plaide lui pour une réforme du "
        "financement à l'activité, un système qu'il juge «\u00a0à bout de course\u00a0».\n\n"
        "Une loi de programmation pour la santé est attendue au printemps. Elle devrait fixer "
        "une trajectoire de dépenses sur cinq ans, une première depuis 2019. Les hôpitaux de "
        "taille moyenne sont les plus touchés par la dégradation des comptes.",
        [
            (
                I,
                [
                    "la moitié de ce déficit tient à la hausse des charges de personnel non "
                    "compensée par l'État"
                ],
                "Cour des comptes",
            ),
            (
                D,
                ["ce rapport confirme ce que nous disons depuis trois ans"],
                "Nadia Berrada-Lefort",
            ),
            (P, ["à bout de course"], "Pascal Oyelaran"),
        ],
    ),
    (  # 9 night in a paediatric A&E: dialogue-dash lines with the attribution after them
        # (unnamed father, then a nurse named earlier), "reconnaît que" then direct with
        # "résume-t-il" (the doctor introduced with "le docteur")
        "Dimanche, 23 heures, salle d'attente des urgences pédiatriques de l'hôpital Sainte-Aude, "
        "à Nantes. Une trentaine de familles patientent sous les néons. L'infirmière d'accueil, "
        "Clémence Duval-Tran, appelle un nom, puis un autre. Sur l'écran, le délai estimé affiche "
        "cinq heures. La plupart des enfants présentent de la fièvre ou une gêne "
        "respiratoire.\n\n"
        "— Combien de temps encore\u00a0? demande un père, un nourrisson endormi contre "
        "l'épaule.\n\n"
        "— Je ne peux pas vous dire, monsieur. Il y a deux urgences vitales en ce moment, répond "
        "Clémence Duval-Tran.\n\n"
        "Le chef de service, le docteur Olivier Mensah, reconnaît que l'attente dépasse souvent "
        "six heures le week-end. «\u00a0Nous manquons de pédiatres, pas de bonne volonté\u00a0», "
        "résume-t-il. Depuis septembre, trois postes de pédiatre sont restés vacants, et les "
        "internes assurent une partie des gardes de nuit.",
        [
            (D, ["Combien de temps encore\u00a0?"], "père"),
            (
                D,
                ["Je ne peux pas vous dire, monsieur. Il y a deux urgences vitales en ce moment"],
                "Clémence Duval-Tran",
            ),
            (I, ["l'attente dépasse souvent six heures le week-end"], "Olivier Mensah"),
            (D, ["Nous manquons de pédiatres, pas de bonne volonté"], "Olivier Mensah"),
        ],
    ),
    (  # 10 cough syrup recall: "a annoncé le rappel" (noun object, not annotated), unnamed
        # spokeswoman -> company, partial after "a réclamé", "M. Lindqvist a ajouté que"
        "Le laboratoire Vireal a annoncé vendredi le rappel de 200 000 boîtes d'un sirop contre "
        "la toux, après la découverte d'une impureté dans plusieurs lots fabriqués en Inde.\n\n"
        "«\u00a0Aucun effet indésirable grave n'a été signalé à ce jour. Il s'agit d'une mesure "
        "de précaution\u00a0», a déclaré une porte-parole de Vireal.\n\n"
        "Le président de l'Association des usagers du médicament, Hugo Lindqvist, a réclamé "
        "«\u00a0une transparence totale\u00a0» sur la chaîne de production. M. Lindqvist a "
        "ajouté que plusieurs pharmacies avaient continué à vendre le sirop jusqu'à jeudi "
        "soir.\n\n"
        "Les patients qui détiennent une boîte des lots concernés peuvent la rapporter en "
        "pharmacie, où elle sera remboursée. Les lots concernés portent les numéros 4411 à "
        "4419 et ont été distribués entre juin et octobre.",
        [
            (
                D,
                [
                    "Aucun effet indésirable grave n'a été signalé à ce jour. Il s'agit d'une "
                    "mesure de précaution"
                ],
                "Vireal",
            ),
            (P, ["une transparence totale"], "Hugo Lindqvist"),
            (
                I,
                ["plusieurs pharmacies avaient continué à vendre le sirop jusqu'à jeudi soir"],
                "Hugo Lindqvist",
            ),
        ],
    ),
    (  # 11 interns' strike: "Sa présidente, Name, a estimé que … «\u00a0…\u00a0»" (only the
        # partial), a second union president by long apposition, direct + "a-t-il déclaré",
        # minister's partial inside "a répété qu'elle restait"
        "Les internes en médecine sont appelés à la grève à partir du 8 décembre contre le projet "
        "de quatrième année obligatoire en zone sous-dotée. L'Intersyndicale nationale des "
        "internes (ISNI) est à l'origine du mouvement. Le texte doit être examiné à "
        "l'Assemblée nationale en janvier.\n\n"
        "Sa présidente, Inès Chaouch-Barthélemy, a estimé que les internes n'étaient «\u00a0pas "
        "la variable d'ajustement des déserts médicaux\u00a0».\n\n"
        "Le président de l'autre syndicat représentatif, l'Union des jeunes médecins, Théo "
        "Vasquez-Morel, se montre plus prudent. «\u00a0Nous ne sommes pas opposés au principe. "
        "Nous demandons simplement que ces internes soient encadrés et payés "
        "correctement\u00a0», a-t-il déclaré mardi.\n\n"
        "La ministre de la Santé, Clarisse Oyono, a répété qu'elle restait «\u00a0ouverte au "
        "dialogue\u00a0», sans revenir sur le calendrier de la réforme.",
        [
            (
                P,
                ["pas la variable d'ajustement des déserts médicaux"],
                "Inès Chaouch-Barthélemy",
            ),
            (
                D,
                [
                    "Nous ne sommes pas opposés au principe. Nous demandons simplement que ces "
                    "internes soient encadrés et payés correctement"
                ],
                "Théo Vasquez-Morel",
            ),
            (P, ["ouverte au dialogue"], "Clarisse Oyono"),
        ],
    ),
    (  # 12 psychiatry beds: "D'après le X (SIGLE)," indirect (rest of the sentence), direct
        # after a colon with final period kept (doctor with "Le docteur"), unnamed mother's
        # partial after "décrit"
        "Le service de psychiatrie de l'hôpital de Bellerive a fermé quinze de ses quarante lits "
        "faute de psychiatres. D'après le Syndicat national des psychiatres publics (SNPP), un "
        "poste sur trois est vacant dans la région. Les patients sont désormais orientés vers "
        "des établissements situés à plus de 80 kilomètres.\n\n"
        "Le docteur Anouk Verhoeven, cheffe du pôle, ne cache pas son inquiétude\u00a0: "
        "«\u00a0Des patients en crise attendent parfois quatre jours aux urgences avant qu'on "
        "leur trouve un lit. Ce n'est pas digne.\u00a0»\n\n"
        "Une mère, dont le fils de 19 ans a été hospitalisé en octobre, décrit «\u00a0un "
        "parcours du combattant\u00a0» pour lui trouver une place.\n\n"
        "La direction de l'hôpital a annoncé le recrutement de deux praticiens étrangers début "
        "2027. Ils devraient prendre leurs fonctions au printemps.",
        [
            (
                I,
                ["un poste sur trois est vacant dans la région"],
                "Syndicat national des psychiatres publics",
            ),
            (
                D,
                [
                    "Des patients en crise attendent parfois quatre jours aux urgences avant "
                    "qu'on leur trouve un lit. Ce n'est pas digne."
                ],
                "Anouk Verhoeven",
            ),
            (P, ["un parcours du combattant"], "mère"),
        ],
    ),
    (  # 13 Parkinson trial suspended: promoter introduced by apposition "a assuré que"
        # (indirect), direct + "a déclaré son directeur médical, Name" then an unattributed
        # continuation after a full stop (second direct, same speaker), incise "a-t-il ajouté"
        "Un essai clinique sur un traitement expérimental contre la maladie de Parkinson a été "
        "suspendu mardi par l'Agence nationale de sécurité du médicament, après le décès d'un "
        "participant à Grenoble. L'essai, lancé il y a dix-huit mois, portait sur une thérapie "
        "génique injectée directement dans le cerveau.\n\n"
        "Le promoteur de l'essai, la biotech lyonnaise Neurelis, a assuré que le lien entre le "
        "décès et le traitement n'était pas établi à ce stade.\n\n"
        "«\u00a0Nous coopérons pleinement avec les autorités\u00a0», a déclaré son directeur "
        "médical, Sergueï Volkonski. «\u00a0Notre priorité absolue, c'est la sécurité des 86 "
        "autres patients.\u00a0»\n\n"
        "Le neurologue Amadou Diallo-Perrin, qui n'a pas participé à l'étude, approuve la "
        "suspension. «\u00a0Dans les essais de phase 1, a-t-il ajouté, on ne prend aucun "
        "risque.\u00a0»",
        [
            (
                I,
                ["le lien entre le décès et le traitement n'était pas établi à ce stade"],
                "Neurelis",
            ),
            (D, ["Nous coopérons pleinement avec les autorités"], "Sergueï Volkonski"),
            (
                D,
                ["Notre priorité absolue, c'est la sécurité des 86 autres patients."],
                "Sergueï Volkonski",
            ),
            (
                D,
                ["Dans les essais de phase 1", "on ne prend aucun risque."],
                "Amadou Diallo-Perrin",
            ),
        ],
    ),
    (  # 14 nursing home: relative's direct + "a témoigné Name, dont …" after, company that
        # "n'a pas répondu" (not speech), "Pour le représentant de X, Name, «\u00a0…\u00a0»",
        # "Selon lui," indirect
        "Dans l'Ehpad Les Tilleuls, à Vesoul, il n'y a plus qu'une aide-soignante pour trente "
        "résidents la nuit. Le jour, elles sont trois pour le même nombre de résidents. Une "
        "cinquantaine de familles se sont rassemblées jeudi devant "
        "l'établissement.\n\n"
        "«\u00a0Ma mère reste parfois dans ses draps mouillés jusqu'à neuf heures du "
        "matin\u00a0», a témoigné Yasmina Haddad-Leroy, dont la mère de 91 ans vit aux Tilleuls "
        "depuis quatre ans.\n\n"
        "Le groupe gestionnaire, Solidage, n'a pas répondu à nos sollicitations. Ses "
        "établissements affichent pourtant des tarifs parmi les plus élevés du département, "
        "autour de 3\u00a0400 euros par mois.\n\n"
        "Pour le représentant de la CFDT, Mathieu Lekeu, «\u00a0les recrutements ne suffiront "
        "pas si les salaires ne suivent pas\u00a0». Selon lui, quatre postes d'aide-soignante "
        "sont vacants depuis l'été.",
        [
            (
                D,
                ["Ma mère reste parfois dans ses draps mouillés jusqu'à neuf heures du matin"],
                "Yasmina Haddad-Leroy",
            ),
            (
                D,
                ["les recrutements ne suffiront pas si les salaires ne suivent pas"],
                "Mathieu Lekeu",
            ),
            (
                I,
                ["quatre postes d'aide-soignante sont vacants depuis l'été"],
                "Mathieu Lekeu",
            ),
        ],
    ),
    (  # 15 winter plan: direct + "a-t-il affirmé" (minister introduced first), "le ministre a
        # indiqué que" (role alone), doctor with "le docteur" after an apposition giving two
        # partials, the second inside reported speech
        "Le ministre de la Santé, Baptiste Kowalczyk, a présenté mercredi son plan hivernal pour "
        "désengorger les urgences, qui prévoit notamment l'ouverture de 1\u00a0500 lits "
        "temporaires. Ces lits seront installés dans des services de soins de suite et dans des "
        "cliniques privées partenaires, entre décembre et mars.\n\n"
        "«\u00a0Chaque hiver, nous subissons l'épidémie au lieu de l'anticiper. Cette fois, nous "
        "aurons un temps d'avance\u00a0», a-t-il affirmé lors d'une conférence de presse.\n\n"
        "Interrogé sur le financement, le ministre a indiqué que 300 millions d'euros seraient "
        "prélevés sur les crédits non consommés de l'année. Les agences régionales de santé "
        "devront répartir cette enveloppe d'ici à la fin du mois.\n\n"
        "Le président de Samu-Urgences de France, le docteur Raphaël Tchoumi, a salué «\u00a0un "
        "pas dans la bonne direction\u00a0», tout en rappelant le manque chronique de personnel "
        "dans les services d'urgence.",
        [
            (
                D,
                [
                    "Chaque hiver, nous subissons l'épidémie au lieu de l'anticiper. Cette fois, "
                    "nous aurons un temps d'avance"
                ],
                "Baptiste Kowalczyk",
            ),
            (
                I,
                ["300 millions d'euros seraient prélevés sur les crédits non consommés de l'année"],
                "Baptiste Kowalczyk",
            ),
            (P, ["un pas dans la bonne direction"], "Raphaël Tchoumi"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 A&E waits: "according to figures" trap (not a quote), curly direct + "said Dr Name,
        # the hospital's …" after, unnamed spokesman -> trust ("said that"), "Dr Surname"
        # later with a partial
        "Patients at Harrowgate General Hospital waited an average of 14 hours for a bed last "
        "month, according to figures published by the regional health board on Tuesday. Nearly "
        "one in five patients spent more than 24 hours in the emergency department.\n\n"
        "“We are seeing people in their nineties spend the night on trolleys in corridors. That "
        "is not a failure of staff, it is a failure of capacity,” said Dr Helen Okafor-Baines, "
        "the hospital's clinical director for emergency care.\n\n"
        "A spokesman for Harrowgate Health Trust said that 40 extra beds would open before "
        "Christmas on a former surgical ward.\n\n"
        "Dr Okafor-Baines described the promise as “welcome but late”. The trust has missed its "
        "four-hour target every month since 2021. It serves around 420,000 people.",
        [
            (
                D,
                [
                    "We are seeing people in their nineties spend the night on trolleys in "
                    "corridors. That is not a failure of staff, it is a failure of capacity"
                ],
                "Helen Okafor-Baines",
            ),
            (
                I,
                ["40 extra beds would open before Christmas on a former surgical ward"],
                "Harrowgate Health Trust",
            ),
            (P, ["welcome but late"], "Helen Okafor-Baines"),
        ],
    ),
    (  # 2 ADHD drug shortage: two spokeswomen introduced by apposition (resolution matters),
        # partial inside "said families were", "blamed …" (noun object, not annotated),
        # straight-quote direct + "she said", direct after "said:"
        "Thousands of patients with attention deficit hyperactivity disorder are struggling to "
        "fill prescriptions as a shortage of the stimulant drug methylphenidate enters its fourth "
        "month. Pharmacists in some areas have been turning away more than a dozen patients a "
        "day.\n\n"
        "Grace Adeyemi, a spokeswoman for the patient charity ADHD Voices, said families were "
        "“running out of options”.\n\n"
        "Priya Raman, a spokeswoman for the Pharmaceutical Wholesalers Association, blamed "
        'manufacturing delays at a plant in Slovakia. "Supply should start to recover in '
        'January, but it will be patchy," she said.\n\n'
        "Tom Whitfield, whose 12-year-old son has been without medication since October, said: "
        '"He was doing so well at school. Now we\'re back to square one." His family has been '
        "told to try again after Christmas.",
        [
            (P, ["running out of options"], "Grace Adeyemi"),
            (
                D,
                ["Supply should start to recover in January, but it will be patchy"],
                "Priya Raman",
            ),
            (
                D,
                ["He was doing so well at school. Now we're back to square one."],
                "Tom Whitfield",
            ),
        ],
    ),
    (  # 3 RSV vaccine trial: "…, researchers said" (indirect, the part before), interview
        # passage: direct after a narrative sentence (pronoun "he" earlier), question in
        # narration then direct + "he said"
        "A vaccine against the respiratory virus RSV cut hospital admissions among over-75s by "
        "71 per cent in a trial involving 9,000 people, researchers said on Wednesday.\n\n"
        "The trial's chief investigator, Daniel Osei-Hartley, an epidemiologist at the "
        "University of Kestwick, spoke to us after the results were published. Asked how "
        "significant they were, he did not hesitate. “Very. In some winters RSV kills more older "
        "people than flu, and until now we had nothing to prevent it.”\n\n"
        "Would he recommend it for everyone over 75? “Not yet. We need to see how long the "
        "protection lasts,” he said.\n\n"
        "The manufacturer, Calloway Biologics, is expected to seek approval next year. The trial "
        "was funded jointly by the company and a public research council, and its results have "
        "been reviewed by independent experts.",
        [
            (
                I,
                [
                    "A vaccine against the respiratory virus RSV cut hospital admissions among "
                    "over-75s by 71 per cent in a trial involving 9,000 people"
                ],
                "researchers",
            ),
            (
                D,
                [
                    "Very. In some winters RSV kills more older people than flu, and until now we "
                    "had nothing to prevent it."
                ],
                "Daniel Osei-Hartley",
            ),
            (
                D,
                ["Not yet. We need to see how long the protection lasts"],
                "Daniel Osei-Hartley",
            ),
        ],
    ),
    (  # 4 resident doctors' strike: "…, the British Medical Association said" (indirect),
        # straight direct + "said Dr Name, who chairs …" then unattributed continuation after a
        # full stop (second direct), health secretary by apposition with a partial
        "Resident doctors in Wales will strike for five days from January 9 after talks over pay "
        "collapsed, the British Medical Association said on Monday. It would be the third walkout "
        "in Wales this year.\n\n"
        '"Nobody goes into medicine to walk out on patients," said Dr Owain Pritchard-Lewis, '
        "who chairs the union's Welsh resident doctors committee. \"But we have been left with "
        'no choice."\n\n'
        "The union is seeking a rise of 11 per cent. The government's latest offer was 4.5 per "
        "cent, plus a one-off payment of £500, for a group of doctors whose pay has fallen "
        "sharply in real terms since 2008.\n\n"
        "The health secretary, Meredith Kaur, is due to meet union leaders on Thursday. "
        "Hospitals have been asked to postpone non-urgent operations for the week, and patients "
        "will be contacted directly if their appointments are affected.",
        [
            (
                I,
                [
                    "Resident doctors in Wales will strike for five days from January 9 after "
                    "talks over pay collapsed"
                ],
                "British Medical Association",
            ),
            (
                D,
                ["Nobody goes into medicine to walk out on patients"],
                "Owain Pritchard-Lewis",
            ),
            (D, ["But we have been left with no choice."], "Owain Pritchard-Lewis"),
        ],
    ),
    (  # 5 boil-water notice: company "said the source …" (indirect, no "that"), director of
        # public health introduced by apposition, two-sentence direct + "she said", group
        # speaking ("Residents told reporters that")
        "About 30,000 households in north Dunmore must boil their tap water until further notice "
        "after traces of the parasite cryptosporidium were found at a treatment works. Schools "
        "in the area will remain open.\n\n"
        "Dunmore Water said the source of the contamination had not yet been identified.\n\n"
        "The county's director of public health, Dr Ruth Mensah-Clarke, sought to reassure "
        "residents. “Most healthy adults will have a few days of stomach upset at worst. The "
        "people we worry about are the very young, the very old and anyone with a weakened "
        "immune system,” she said.\n\n"
        "Residents told reporters that bottled water had sold out in several supermarkets by "
        "midday. Free bottled water is being handed out at two leisure centres in the "
        "meantime.",
        [
            (I, ["the source of the contamination had not yet been identified"], "Dunmore Water"),
            (
                D,
                [
                    "Most healthy adults will have a few days of stomach upset at worst. The "
                    "people we worry about are the very young, the very old and anyone with a "
                    "weakened immune system"
                ],
                "Ruth Mensah-Clarke",
            ),
            (
                I,
                ["bottled water had sold out in several supermarkets by midday"],
                "residents",
            ),
        ],
    ),
    (  # 6 patient's story: direct over two paragraphs (first left open, second reopened) +
        # "said Ms Name, 47, …", hospital's partial inside "said it", unnamed spokeswoman ->
        # hospital (fullest name)
        "When Amira Haddad collapsed at work in March, doctors at St Columba's Hospital told her "
        "she had a heart condition that needed surgery within six weeks. She waited eleven "
        "months.\n\n"
        "“Every week I'd ring the booking line and every week they'd say there was no date yet. "
        "I stopped making plans. I stopped sleeping.\n\n"
        "“My husband took unpaid leave because he was scared to leave me alone. You can't live "
        "like that for a year,” said Ms Haddad, 47, a primary school teacher from Lisburn.\n\n"
        "St Columba's said it “sincerely apologised” for the delay. A hospital spokeswoman said "
        "cardiac waiting lists had been hit by the departure of two surgeons. The hospital has one "
        "of the longest cardiac waiting lists in the region, with more than 900 patients "
        "waiting.",
        [
            (
                D,
                [
                    "Every week I'd ring the booking line and every week they'd say there was no "
                    "date yet. I stopped making plans. I stopped sleeping.",
                    "My husband took unpaid leave because he was scared to leave me alone. You "
                    "can't live like that for a year",
                ],
                "Amira Haddad",
            ),
            (P, ["sincerely apologised"], "St Columba's Hospital"),
            (
                I,
                ["cardiac waiting lists had been hit by the departure of two surgeons"],
                "St Columba's Hospital",
            ),
        ],
    ),
    (  # 7 nurses reject pay deal: union president by apposition "told reporters that",
        # direct + "she said" then unattributed continuation (second direct), chief executive
        # "has yet to comment" (not speech)
        "Nurses at the Lakehurst Health Network have voted to reject a two-year pay deal, "
        "raising the prospect of the first strike at the network's five hospitals. Nurses there "
        "earn on average 9 per cent less than colleagues in neighbouring networks.\n\n"
        "The president of the Provincial Nurses' Union, Marisol Gutiérrez-Abad, told reporters "
        "that 82 per cent of members had voted no on a turnout of 70 per cent.\n\n"
        "“Our members are tired of being thanked and underpaid,” she said. “They want a "
        "contract that keeps nurses in the profession.”\n\n"
        "Lakehurst's chief executive, Graham Osterberg, has yet to comment. Any strike would "
        "require 21 days' notice, and a ballot on industrial action is expected to open in "
        "January. The network employs about 6,400 nurses across its hospitals and community "
        "clinics.",
        [
            (
                I,
                ["82 per cent of members had voted no on a turnout of 70 per cent"],
                "Marisol Gutiérrez-Abad",
            ),
            (D, ["Our members are tired of being thanked and underpaid"], "Marisol Gutiérrez-Abad"),
            (
                D,
                ["They want a contract that keeps nurses in the profession."],
                "Marisol Gutiérrez-Abad",
            ),
        ],
    ),
    (  # 8 illegal vapes: institute "warned on Monday that", direct split by "she said" with
        # commas (one quote, two spans, final period kept), brand name in quotes (not a
        # quote), "Ms Surname said" indirect
        "The Northfield Institute of Child Health warned on Monday that disposable vapes sold "
        "illegally to teenagers contain up to three times the legal limit of nicotine. Selling "
        "any vape to under-18s is already an offence.\n\n"
        "The study's lead author, Dr Catalina Reyes, tested 240 devices bought from corner shops "
        "and online sellers. “Some of these products are essentially nicotine delivery systems "
        "aimed at children,” she said, “with cartoon packaging and sweet flavours.”\n\n"
        'One brand, sold under the name "Frosty Puff", contained 58mg of nicotine per '
        "millilitre. It is one of dozens of brands that do not appear on the official register "
        "of approved products.\n\n"
        "Ms Reyes said trading standards officers should be given powers to close shops that "
        "repeatedly sell to minors.",
        [
            (
                I,
                [
                    "disposable vapes sold illegally to teenagers contain up to three times the "
                    "legal limit of nicotine"
                ],
                "Northfield Institute of Child Health",
            ),
            (
                D,
                [
                    "Some of these products are essentially nicotine delivery systems aimed at "
                    "children",
                    "with cartoon packaging and sweet flavours.",
                ],
                "Catalina Reyes",
            ),
            (
                I,
                [
                    "trading standards officers should be given powers to close shops that "
                    "repeatedly sell to minors"
                ],
                "Catalina Reyes",
            ),
        ],
    ),
    (  # 9 maternity unit closure: unnamed spokeswoman -> hospital, campaigner direct +
        # "said Name, who founded …" then continuation after a full stop, regional authority
        # spokesman with the name in apposition -> authority
        "The maternity unit at Castlebridge Community Hospital will close to births from "
        "February, forcing expectant mothers to travel 40 miles to give birth. About 60 women "
        "due to give birth in the spring have been contacted.\n\n"
        "A spokeswoman for the hospital said the unit could no longer be staffed safely after "
        "four midwives left in the autumn.\n\n"
        'The decision has angered campaigners. "They are telling women in labour to drive an '
        'hour on country roads in winter," said Bethany Mwangi, who founded the Save '
        'Castlebridge Births group. "Someone is going to give birth in a lay-by."\n\n'
        "The unit delivered 640 babies last year. The nearest alternative, at Westmoor General, "
        "is already operating close to capacity, and the road between the two towns is "
        "frequently closed by snow in winter.",
        [
            (
                I,
                [
                    "the unit could no longer be staffed safely after four midwives left in the autumn"
                ],
                "Castlebridge Community Hospital",
            ),
            (
                D,
                ["They are telling women in labour to drive an hour on country roads in winter"],
                "Bethany Mwangi",
            ),
            (D, ["Someone is going to give birth in a lay-by."], "Bethany Mwangi"),
        ],
    ),
    (  # 10 insulin price cut: "…, the company announced" (indirect), direct after "said in a
        # statement:", partial inside "said the cut came", "The chief executive" (role alone)
        # with a partial inside "told analysts … that"
        "Halvern Pharmaceuticals will cut the list price of its insulin pens by 35 per cent from "
        "April, the company announced on Tuesday, following months of pressure from patient "
        "groups.\n\n"
        "Its chief executive, Lars Eriksen-Boyd, said in a statement: “No one should have to "
        "choose between insulin and rent.”\n\n"
        "Diabetes campaigners have long pointed to the gap between prices in the United States "
        "and Europe. Around 8 million people in the US depend on insulin, and many ration their "
        "doses because of cost.\n\n"
        "The chief executive, asked whether other medicines would follow, told analysts on a "
        'call that the company had "no plans at this stage". The cut applies to pens sold in '
        "the United States and Canada; prices in Europe, already lower, are unchanged.",
        [
            (
                I,
                [
                    "Halvern Pharmaceuticals will cut the list price of its insulin pens by 35 per "
                    "cent from April"
                ],
                "Halvern Pharmaceuticals",
            ),
            (D, ["No one should have to choose between insulin and rent."], "Lars Eriksen-Boyd"),
            (P, ["no plans at this stage"], "Lars Eriksen-Boyd"),
        ],
    ),
    (  # 11 norovirus outbreak: medical director's partial inside "said the outbreak was",
        # relative's direct + "she said", "apologised to families" (not annotated), "Dr Surname"
        # later + straight direct "he said"
        "Three wards at Redcliffe Royal Infirmary have been closed to new admissions after an "
        "outbreak of norovirus that has affected 64 patients and 19 staff. Norovirus causes "
        "vomiting and diarrhoea and spreads easily in closed settings such as hospitals and care "
        "homes.\n\n"
        "The infirmary's medical director, Dr Samuel Adjei, said the outbreak was “under control "
        "but not yet over”. Visiting has been restricted to one person per patient.\n\n"
        "Jenna Kowalski's father has been on one of the closed wards since Sunday. “Nobody tells "
        "us anything. I ring, I get an answering machine,” she said.\n\n"
        'Dr Adjei apologised to families. "I understand how distressing this is," he said. '
        "Extra cleaning teams have been brought in, and the wards are expected to reopen early "
        "next week if no new cases are recorded.",
        [
            (P, ["under control but not yet over"], "Samuel Adjei"),
            (
                D,
                ["Nobody tells us anything. I ring, I get an answering machine"],
                "Jenna Kowalski",
            ),
            (D, ["I understand how distressing this is"], "Samuel Adjei"),
        ],
    ),
    (  # 12 surgery waiting lists: "according to figures" trap (not a quote), minister
        # "insisted the trend was improving" (indirect) then direct + "she told the assembly",
        # opposition spokesman's partial, "…, according to Mr Surname" (indirect)
        "More than 48,000 patients in the province have waited over a year for planned surgery, "
        "according to figures released on Thursday by the Health Data Office. Orthopaedic and eye "
        "surgery account for almost half of the longest waits.\n\n"
        "The health minister, Fiona Mbeki-Grant, insisted the trend was improving. “Twelve months "
        "ago that figure was 61,000. We are turning the corner,” she told the assembly.\n\n"
        "The opposition's health spokesman, Rhodri Vance, accused her of “cherry-picking”. "
        "Before the pandemic, fewer than 2,000 patients in the province waited more than a "
        "year.\n\n"
        "The government has opened two surgical hubs this year, dedicated to hip and knee "
        "replacements, and plans a third in the north of the province in 2027. Private clinics "
        "are also being paid to carry out some operations.",
        [
            (I, ["the trend was improving"], "Fiona Mbeki-Grant"),
            (
                D,
                ["Twelve months ago that figure was 61,000. We are turning the corner"],
                "Fiona Mbeki-Grant",
            ),
            (P, ["cherry-picking"], "Rhodri Vance"),
        ],
    ),
    (  # 13 rare-disease trial: parents named together, direct + "said Mr Surname, a mechanic"
        # (the couple shares a surname: the father), "His wife said" (role -> the mother),
        # sponsor "said it was recruiting"
        "For two years, Mateo and Lucía Fernández searched for a clinical trial that might help "
        "their daughter Sofía, who has a rare muscle-wasting disease. They found one 4,000 miles "
        "away, in Calverton.\n\n"
        '"We would have gone to the moon if we had to," said Mr Fernández, a mechanic, at the '
        "family's home near Valencia, where Sofía's wheelchair sits by the door.\n\n"
        "His wife said Sofía had been accepted into the trial in September and had already "
        "regained some strength in her arms.\n\n"
        "The trial, run by Genovant Therapeutics, is testing a gene therapy in 30 children across "
        "six countries. Families pay their own travel costs; the Fernández family has raised "
        "more than €40,000 through online appeals and events organised in their village.",
        [
            (D, ["We would have gone to the moon if we had to"], "Mateo Fernández"),
            (
                I,
                [
                    "Sofía had been accepted into the trial in September and had already "
                    "regained some strength in her arms"
                ],
                "Lucía Fernández",
            ),
        ],
    ),
    (  # 14 helpline closure: "The mental health charity X says it will" (generic noun
        # dropped), direct + "said the charity's chief executive, Name" then continuation after
        # a full stop, "A government spokesman" -> government, partial
        "The mental health charity Lifeline North says it will have to close its overnight "
        "helpline in March unless it finds £1.2m. The charity has run the service since "
        "1998.\n\n"
        "The helpline took 140,000 calls last year, a third of them between midnight and 6am. "
        "“Those are the hours when people are most alone,” said the charity's chief executive, "
        "Declan O'Rourke. “When we are gone, the only option left will be A&E.”\n\n"
        "The charity's funding fell by a third this year after a local health contract ended. "
        "Around 90 volunteers staff the phones overnight, supported by six paid clinical "
        "supervisors. Other helplines in the region close at 10pm. Last winter, calls between "
        "midnight and 6am rose by 18 per cent. A public appeal will be launched next month.",
        [
            (
                I,
                ["it will have to close its overnight helpline in March unless it finds £1.2m"],
                "Lifeline North",
            ),
            (D, ["Those are the hours when people are most alone"], "Declan O'Rourke"),
            (D, ["When we are gone, the only option left will be A&E."], "Declan O'Rourke"),
        ],
    ),
    (  # 15 breast screening: "plans announced by" (noun, not annotated), slogan in quotes
        # (not a quote), straight direct + "Ms Surname said", "She said" indirect, radiologist
        # by apposition with a partial inside "warned that"
        "Women aged 45 to 49 will be offered breast cancer screening for the first time under "
        "plans announced on Monday by the health minister, Natalia Wiśniewska. The campaign will "
        'run under the slogan "Check Early, Live Longer".\n\n'
        '"Every year we find cancers in women in their late forties that could have been '
        'caught two or three years earlier," Ms Wiśniewska said. She said the programme would '
        "cost £90m a year. Around 1.1 million women will become eligible.\n\n"
        "Dr Jonathan Ebo, a radiologist at Fairmead University Hospital, warned that the "
        'service was already "stretched to breaking point". The country has about 30 per cent '
        "fewer radiologists per head than the European average, and some patients already wait "
        "six weeks for results.",
        [
            (
                D,
                [
                    "Every year we find cancers in women in their late forties that could have "
                    "been caught two or three years earlier"
                ],
                "Natalia Wiśniewska",
            ),
            (I, ["the programme would cost £90m a year"], "Natalia Wiśniewska"),
            (P, ["stretched to breaking point"], "Jonathan Ebo"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout89.jsonl"),
        "heldout89",
        "h89",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
