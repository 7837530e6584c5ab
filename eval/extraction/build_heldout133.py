"""Source of the 133rd held-out set: writes heldout133.jsonl (split "heldout133").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like health, science and education news: hospital emergency departments closing at night,
flu and measles epidemics, a halted Alzheimer's trial and an obesity pill's results, medicine
shortages, GPs', resident doctors' and interns' strikes, a maternity unit closure, care-home
inspections, malaria vaccination and cancer screening, a Venus probe and a private Moon lander,
dinosaur footprints, coral reefs and a retracted paper, teachers' strikes, a baccalauréat and a
year-12 exam reform, university budget cuts, school bullying and a school phone ban; doctors,
nurses, researchers, patients, teachers, pupils, students, parents, health and education
ministers, rectors, unions, agencies, companies and charities speak, some of them unnamed
("une pharmacienne", "a nurse", "one pupil"). French debate lines are rendered with dialogue
dashes; speakers are referred back to by pronoun, surname, role or epithet ("la géographe",
"le Vaudois", "the Mayo man", "the Kenyan scientist", "the 29-year-old"), and some statements
are sourced with "selon X", "d'après X" or "according to X".
Measured once with 0.3.0, 0.40.0 and 0.41.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout133.py
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
    (  # 1 teachers' strike in an academy: "Selon le rectorat de X," (rest of the sentence),
        # partial after "L'intersyndicale revendique pour sa part" (unnamed body), direct
        # ending in "!" + "s'indigne Name, professeure …", "a annoncé … le recrutement" and
        # "appellent à une nouvelle journée" (noun objects, not annotated)
        "Les enseignants des collèges et lycées de l'académie de Créteil étaient appelés à la "
        "grève mardi pour dénoncer le manque chronique de remplaçants. Selon le rectorat de "
        "Créteil, 31,4\u00a0% des professeurs de collège ont cessé le travail. L'intersyndicale "
        "revendique pour sa part «\u00a0plus d'un enseignant sur deux\u00a0» en grève.\n\n"
        "«\u00a0Dans mon collège, une classe de quatrième n'a pas eu de cours de mathématiques "
        "depuis la rentrée. Neuf semaines\u00a0!\u00a0», s'indigne Léa Fontanel, professeure de "
        "physique-chimie à Bobigny et militante du syndicat SNES-Horizon, venue manifester devant "
        "le rectorat avec une soixantaine de collègues.\n\n"
        "Le rectorat a annoncé en fin de journée le recrutement de 120 contractuels "
        "supplémentaires d'ici à février. Les syndicats appellent à une nouvelle journée de "
        "mobilisation le 12 décembre.",
        [
            (
                I,
                ["31,4\u00a0% des professeurs de collège ont cessé le travail"],
                "rectorat de Créteil",
            ),
            (P, ["plus d'un enseignant sur deux"], "intersyndicale"),
            (
                D,
                [
                    "Dans mon collège, une classe de quatrième n'a pas eu de cours de "
                    "mathématiques depuis la rentrée. Neuf semaines\u00a0!"
                ],
                "Léa Fontanel",
            ),
        ],
    ),
    (  # 2 emergency department closed at night: a quote split by the incise "explique le
        # chef du service, le docteur Name," (one quote two spans, final period kept), partial
        # after "Une infirmière, qui a requis l'anonymat, décrit" (unnamed), "a demandé le
        # renfort" (noun object, not annotated)
        "Le service des urgences de l'hôpital Saint-Roch de Montbrison fermera la nuit, de "
        "20\u00a0heures à 8\u00a0heures, pendant au moins trois semaines à partir de lundi, faute "
        "de médecins. Les patients seront orientés vers le CHU de Saint-Étienne, à une "
        "quarantaine de kilomètres.\n\n"
        "«\u00a0Nous avons onze postes de médecin urgentiste et six sont vacants, explique le chef "
        "du service, le docteur Rachid Benameur, et on ne peut pas faire tourner un service avec "
        "des intérimaires payés 2\u00a0000\u00a0euros la garde.\u00a0»\n\n"
        "Une infirmière, qui a requis l'anonymat, décrit des équipes «\u00a0à bout de "
        "souffle\u00a0» après un automne marqué par une épidémie de bronchiolite. Le directeur de "
        "l'établissement, Pascal Vernoux, a demandé le renfort de médecins militaires.",
        [
            (
                D,
                [
                    "Nous avons onze postes de médecin urgentiste et six sont vacants",
                    "et on ne peut pas faire tourner un service avec des intérimaires payés "
                    "2\u00a0000\u00a0euros la garde.",
                ],
                "Rachid Benameur",
            ),
            (P, ["à bout de souffle"], "infirmière"),
        ],
    ),
    (  # 3 flu epidemic: "D'après le réseau de surveillance Name," (rest of the sentence,
        # generic noun dropped), two-sentence direct + "prévient l'épidémiologiste Name, de
        # …", partial after "La chercheuse juge" (role referring back), the minister "a
        # demandé … un recensement" (noun object, not annotated)
        "L'épidémie de grippe saisonnière a gagné mercredi l'ensemble des régions "
        "métropolitaines, avec deux semaines d'avance sur l'an dernier. D'après le réseau de "
        "surveillance Sentinelles-Grippe, 412 consultations pour 100\u00a0000 habitants ont été "
        "enregistrées la semaine dernière chez les médecins généralistes.\n\n"
        "«\u00a0Le pic n'est pas encore derrière nous. Nous l'attendons plutôt entre Noël et le "
        "jour de l'An\u00a0», prévient l'épidémiologiste Corinne Maheut-Lasalle, de l'Observatoire "
        "national des maladies infectieuses. La chercheuse juge «\u00a0nettement "
        "insuffisante\u00a0» la couverture vaccinale des plus de 65 ans, qui plafonne à "
        "48\u00a0%.\n\n"
        "Le ministre délégué à la Santé, Arnaud Pélissier, a demandé mercredi aux hôpitaux un "
        "recensement quotidien des lits disponibles. Les services de pédiatrie, déjà éprouvés par "
        "la bronchiolite, sont les plus exposés.",
        [
            (
                I,
                [
                    "412 consultations pour 100\u00a0000 habitants ont été enregistrées la semaine "
                    "dernière chez les médecins généralistes"
                ],
                "Sentinelles-Grippe",
            ),
            (
                D,
                [
                    "Le pic n'est pas encore derrière nous. Nous l'attendons plutôt entre Noël et "
                    "le jour de l'An"
                ],
                "Corinne Maheut-Lasalle",
            ),
            (P, ["nettement insuffisante"], "Corinne Maheut-Lasalle"),
        ],
    ),
    (  # 4 Alzheimer's trial halted: "a annoncé … l'arrêt" (noun object), "l'entreprise
        # précise que" (generic noun for "Le laboratoire lyonnais Name"), two-sentence direct
        # + "a déclaré son directeur médical, Name", "Selon elle," (pronoun for "La neurologue
        # Name", rest of the sentence), "a réclamé la publication" (noun object)
        "Le laboratoire lyonnais Verdane Pharma a annoncé lundi l'arrêt de l'essai de "
        "phase\u00a03 de son traitement expérimental contre la maladie d'Alzheimer, le VRD-214, "
        "après des effets secondaires graves chez plusieurs patients.\n\n"
        "Dans un communiqué, l'entreprise précise que onze des 1\u00a0340 participants ont "
        "présenté des œdèmes cérébraux, dont deux ont nécessité une hospitalisation. «\u00a0C'est "
        "une immense déception, pour les familles comme pour nous. Mais la sécurité des patients "
        "passe avant tout\u00a0», a déclaré son directeur médical, Éric Salomé-Bertin.\n\n"
        "La neurologue Hélène Carrasco, qui coordonnait l'essai au CHU de Toulouse, ne cache pas "
        "son amertume. Selon elle, les doses testées étaient trop élevées dès le départ, malgré "
        "les mises en garde de plusieurs investigateurs.\n\n"
        "L'association France Mémoire a réclamé la publication intégrale des données de "
        "l'essai.",
        [
            (
                I,
                [
                    "onze des 1\u00a0340 participants ont présenté des œdèmes cérébraux, dont deux "
                    "ont nécessité une hospitalisation"
                ],
                "Verdane Pharma",
            ),
            (
                D,
                [
                    "C'est une immense déception, pour les familles comme pour nous. Mais la "
                    "sécurité des patients passe avant tout"
                ],
                "Éric Salomé-Bertin",
            ),
            (
                I,
                [
                    "les doses testées étaient trop élevées dès le départ, malgré les mises en "
                    "garde de plusieurs investigateurs"
                ],
                "Hélène Carrasco",
            ),
        ],
    ),
    (  # 5 Venus probe in orbit: direct after a colon closing the sentence "la directrice de
        # la mission, Name, n'a pas caché son émotion :" (final period kept), a second direct
        # + "a-t-elle ajouté" (pronoun), "D'après l'astrophysicien Name, …, ses premières
        # données pourraient « … »" (quoted word inside the "d'après" clause, only the partial)
        "La sonde Héliade, développée par le Centre national d'études orbitales (CNEO), s'est "
        "placée dimanche en orbite autour de Vénus, après un voyage de dix-neuf mois. La "
        "manœuvre s'est déroulée à 250 millions de kilomètres de la Terre, sans aucune "
        "intervention possible depuis le sol.\n\n"
        "Dans la salle de contrôle de Toulouse, la directrice de la mission, Sandrine "
        "Okafor-Delmas, n'a pas caché son émotion\u00a0: «\u00a0Trente-huit minutes de freinage, "
        "et pas une seconde de retard. L'équipe a été parfaite.\u00a0»\n\n"
        "«\u00a0Maintenant, le vrai travail commence\u00a0», a-t-elle ajouté sous les "
        "applaudissements.\n\n"
        "Héliade doit étudier pendant quatre ans les nuages d'acide sulfurique de la planète. "
        "D'après l'astrophysicien Julien Mercadier, de l'université Grenoble-Dauphiné, ses "
        "premières données pourraient «\u00a0bouleverser\u00a0» les modèles du climat vénusien.",
        [
            (
                D,
                [
                    "Trente-huit minutes de freinage, et pas une seconde de retard. L'équipe a été "
                    "parfaite."
                ],
                "Sandrine Okafor-Delmas",
            ),
            (D, ["Maintenant, le vrai travail commence"], "Sandrine Okafor-Delmas"),
            (P, ["bouleverser"], "Julien Mercadier"),
        ],
    ),
    (  # 6 baccalauréat reform: "a annoncé … vouloir supprimer" (infinitive clause), two-
        # sentence direct + "a-t-elle justifié devant …" (pronoun), "une note interne selon
        # laquelle" (not a source), "Pour Name, présidente de …, cette réforme est « … »"
        # (partial, the syntax runs through the marks)
        "La ministre de l'Éducation nationale, Gaëlle Rousset-Marin, a annoncé mardi vouloir "
        "supprimer le grand oral du baccalauréat dès la session 2028, au profit d'une épreuve "
        "écrite de culture générale.\n\n"
        "«\u00a0Le grand oral devait corriger les inégalités. Il les a aggravées\u00a0», a-t-elle "
        "justifié devant la commission de la culture du Sénat, en s'appuyant sur une note interne "
        "selon laquelle les élèves de milieux favorisés y obtiennent en moyenne 2,1 points de "
        "plus.\n\n"
        "Pour Maëlys Kerbrat, présidente de l'Union lycéenne indépendante, cette réforme est "
        "«\u00a0une marche arrière de dix ans\u00a0». Le Conseil supérieur de l'éducation doit "
        "examiner le projet de décret le 15 janvier.",
        [
            (
                I,
                [
                    "supprimer le grand oral du baccalauréat dès la session 2028, au profit d'une "
                    "épreuve écrite de culture générale"
                ],
                "Gaëlle Rousset-Marin",
            ),
            (
                D,
                ["Le grand oral devait corriger les inégalités. Il les a aggravées"],
                "Gaëlle Rousset-Marin",
            ),
            (P, ["une marche arrière de dix ans"], "Maëlys Kerbrat"),
        ],
    ),
    (  # 7 university in deficit: "Sa présidente, Name, a prévenu que" (indirect), a quote
        # continued over two paragraphs (one span each, first one's period kept) + "a
        # poursuivi la géographe" (epithet), partial after "Le syndicat étudiant Name a dénoncé"
        # (generic noun dropped), "appelle à un rassemblement" (noun object)
        "Le conseil d'administration de l'université Rhône-Sud a voté jeudi un budget en déficit "
        "de 14\u00a0millions d'euros, le premier de son histoire. Sa présidente, Agnès Troadec, a "
        "prévenu que des formations pourraient fermer dès la rentrée prochaine.\n\n"
        "«\u00a0L'État nous demande d'accueillir 3\u00a0000 étudiants de plus qu'il y a cinq ans, "
        "avec le même budget. À un moment, l'équation ne tient plus.\n\n"
        "«\u00a0Nous avons déjà gelé 80 postes. Je ne sais plus où couper sans toucher aux "
        "cours\u00a0», a poursuivi la géographe, élue à la tête de l'établissement en 2024.\n\n"
        "Le syndicat étudiant Alternative Campus a dénoncé «\u00a0l'asphyxie organisée\u00a0» des "
        "universités et appelle à un rassemblement mardi devant le ministère. Celui-ci n'a pas "
        "souhaité réagir.",
        [
            (
                I,
                ["des formations pourraient fermer dès la rentrée prochaine"],
                "Agnès Troadec",
            ),
            (
                D,
                [
                    "L'État nous demande d'accueillir 3\u00a0000 étudiants de plus qu'il y a cinq "
                    "ans, avec le même budget. À un moment, l'équation ne tient plus.",
                    "Nous avons déjà gelé 80 postes. Je ne sais plus où couper sans toucher aux "
                    "cours",
                ],
                "Agnès Troadec",
            ),
            (P, ["l'asphyxie organisée"], "Alternative Campus"),
        ],
    ),
    (  # 8 TV debate on medical deserts in dialogue dashes: a dash line attributed by the
        # sentence before it ("Le parlementaire a ouvert les hostilités :", role for "le
        # député de X Name"), a dash line with a comma incise "a rétorqué la généraliste,"
        # (one quote two spans), a dash line ending in "!" + "s'est agacé le Creusois"
        # (epithet)
        "Faut-il obliger les jeunes médecins à s'installer dans les déserts médicaux\u00a0? La "
        "question a opposé jeudi soir, sur le plateau de Santé Direct, le député de la Creuse "
        "Lionel Martinaud et la présidente du syndicat Médecins libres de France, Catherine "
        "Oyono, généraliste à Rouen. Le texte de l'élu, une proposition de loi transpartisane "
        "soutenue par 160 députés, sera examiné en séance le 18 janvier. Le parlementaire a ouvert "
        "les hostilités\u00a0:\n\n"
        "— Dans ma circonscription, un habitant sur cinq n'a plus de médecin traitant. La liberté "
        "d'installation, ça ne veut plus rien dire quand il n'y a plus personne pour "
        "s'installer\u00a0!\n\n"
        "— Contraindre, c'est faire fuir, a rétorqué la généraliste, et les internes partiront "
        "exercer en Belgique ou en Suisse, voilà tout.\n\n"
        "— Alors proposez autre chose\u00a0! s'est agacé le Creusois.",
        [
            (
                D,
                [
                    "Dans ma circonscription, un habitant sur cinq n'a plus de médecin traitant. "
                    "La liberté d'installation, ça ne veut plus rien dire quand il n'y a plus "
                    "personne pour s'installer\u00a0!"
                ],
                "Lionel Martinaud",
            ),
            (
                D,
                [
                    "Contraindre, c'est faire fuir",
                    "et les internes partiront exercer en Belgique ou en Suisse, voilà tout.",
                ],
                "Catherine Oyono",
            ),
            (D, ["Alors proposez autre chose\u00a0!"], "Lionel Martinaud"),
        ],
    ),
    (  # 9 antibiotic shortage: "L'Agence … (ACRONYM) a fait savoir … que" (indirect, the
        # full name), direct + "raconte une pharmacienne du centre de Lille" (unnamed), "Les
        # fabricants, selon lesquels" (not a source) "réclament une revalorisation" (noun
        # object), partial after "Le président de l'ordre …, Name, juge cette situation"
        "Les pharmacies manquent à nouveau d'amoxicilline en suspension buvable, l'antibiotique "
        "le plus prescrit aux enfants. L'Agence nationale de sécurité des produits de santé "
        "(ANSPS) a fait savoir vendredi que les stocks disponibles couvraient moins de dix jours "
        "de consommation.\n\n"
        "«\u00a0Ce matin, j'ai dû renvoyer quatre mamans chez leur médecin pour changer "
        "l'ordonnance\u00a0», raconte une pharmacienne du centre de Lille, qui tient une liste des "
        "produits introuvables derrière son comptoir.\n\n"
        "Les fabricants, selon lesquels la hausse des coûts de production rend la fabrication non "
        "rentable, réclament une revalorisation du prix de vente. Le président de l'ordre "
        "régional des pharmaciens, Didier Saint-Amand, juge cette situation «\u00a0indigne d'un "
        "pays comme le nôtre\u00a0».",
        [
            (
                I,
                ["les stocks disponibles couvraient moins de dix jours de consommation"],
                "Agence nationale de sécurité des produits de santé",
            ),
            (
                D,
                [
                    "Ce matin, j'ai dû renvoyer quatre mamans chez leur médecin pour changer "
                    "l'ordonnance"
                ],
                "pharmacienne",
            ),
            (P, ["indigne d'un pays comme le nôtre"], "Didier Saint-Amand"),
        ],
    ),
    (  # 10 no quote: a physicist appointed head of a research institute, "a présenté ses
        # priorités" and "ont salué sa nomination, tout en rappelant leur demande d'un plan"
        # (noun objects, not annotated)
        "Le physicien Bertrand Lhermitte a été nommé mercredi en Conseil des ministres à la tête "
        "de l'Institut national de recherche sur l'énergie et la matière, où il succède à "
        "Françoise Adjovi, partie à la retraite après neuf ans de mandat.\n\n"
        "Ce spécialiste des supraconducteurs, âgé de 56 ans, dirigeait depuis 2019 le laboratoire "
        "de physique des solides d'Orsay, qui compte quelque 300 chercheurs. Il a présenté ses "
        "priorités au personnel de l'institut jeudi matin, lors d'une réunion à huis clos.\n\n"
        "Plusieurs organisations syndicales ont salué sa nomination, tout en rappelant leur "
        "demande d'un plan pluriannuel de recrutement. L'institut, doté d'un budget de "
        "1,2\u00a0milliard d'euros, emploie 5\u00a0400 personnes sur quinze sites.",
        [],
    ),
    (  # 11 GPs' strike: "D'après l'Union … (ACRONYM)," (rest of the sentence, the full
        # name), two-sentence direct + "résume le docteur Name, installé …", partial inside
        # "La septuagénaire dit « … »" (age epithet for the unnamed "une patiente de 78 ans")
        "Des milliers de cabinets de médecine générale sont restés fermés vendredi, à l'appel de "
        "plusieurs syndicats qui réclament une consultation à 35\u00a0euros. D'après l'Union des "
        "généralistes libéraux (UGL), huit médecins sur dix ont suivi le mouvement dans les "
        "Hauts-de-France.\n\n"
        "«\u00a0On nous demande de voir plus de patients, plus vite, pour un tarif qui n'a pas "
        "bougé depuis trois ans. C'est intenable\u00a0», résume le docteur Mathieu Lenglart, "
        "installé depuis 2011 à Maubeuge.\n\n"
        "Devant la porte close d'un cabinet voisin, une patiente de 78 ans, venue renouveler son "
        "ordonnance pour le cœur, s'apprêtait à rentrer chez elle. La septuagénaire dit "
        "«\u00a0comprendre la colère\u00a0» des médecins.\n\n"
        "Les négociations sur les tarifs doivent reprendre le 9 janvier.",
        [
            (
                I,
                ["huit médecins sur dix ont suivi le mouvement dans les Hauts-de-France"],
                "Union des généralistes libéraux",
            ),
            (
                D,
                [
                    "On nous demande de voir plus de patients, plus vite, pour un tarif qui n'a pas "
                    "bougé depuis trois ans. C'est intenable"
                ],
                "Mathieu Lenglart",
            ),
            (P, ["comprendre la colère"], "patiente"),
        ],
    ),
    (  # 12 dinosaur footprints in Switzerland: "Le paléontologue Name, qui …, explique que"
        # (indirect), two-sentence direct + "se souvient le Vaudois, 44 ans" (epithet), "Pour
        # son confrère écossais Name, qui …, « … »" (direct: the quote is the whole statement)
        "Une équipe de l'Institut jurassien de paléontologie a identifié, dans une carrière du "
        "Jura vaudois, les empreintes fossilisées d'un dinosaure carnivore inconnu jusqu'ici, "
        "vieilles d'environ 150\u00a0millions d'années. Les travaux sont publiés jeudi dans la "
        "revue Paléo-Sciences.\n\n"
        "Le paléontologue Fabrice Vuilleumier, qui a dirigé les fouilles, explique que les "
        "traces, longues de 48\u00a0centimètres, trahissent un animal d'environ huit mètres de "
        "long. «\u00a0Quand on a dégagé la troisième empreinte, personne n'a rien dit pendant une "
        "bonne minute. On savait\u00a0», se souvient le Vaudois, 44 ans.\n\n"
        "Pour son confrère écossais Owen Pritchard, qui a relu l'étude, «\u00a0la découverte "
        "oblige à revoir la carte des grands prédateurs européens de la fin du Jurassique\u00a0».",
        [
            (
                I,
                [
                    "les traces, longues de 48\u00a0centimètres, trahissent un animal d'environ "
                    "huit mètres de long"
                ],
                "Fabrice Vuilleumier",
            ),
            (
                D,
                [
                    "Quand on a dégagé la troisième empreinte, personne n'a rien dit pendant une "
                    "bonne minute. On savait"
                ],
                "Fabrice Vuilleumier",
            ),
            (
                D,
                [
                    "la découverte oblige à revoir la carte des grands prédateurs européens de la "
                    "fin du Jurassique"
                ],
                "Owen Pritchard",
            ),
        ],
    ),
    (  # 13 pupil assaulted outside a collège: "Sa mère, qui a porté plainte, affirme que …
        # et qu'elle …" (unnamed, one indirect), direct + "a-t-elle confié au Journal de X"
        # (pronoun; the newspaper is the addressee), "a ordonné une enquête" (noun object),
        # direct + "a-t-elle averti" (pronoun for "La rectrice …, Name")
        "Un collégien de 13 ans a été hospitalisé après avoir été frappé à la sortie du collège "
        "Jules-Ferrand de Vierzon, lundi après-midi. Trois élèves de 14 et 15 ans ont été placés "
        "en garde à vue mardi.\n\n"
        "Sa mère, qui a porté plainte, affirme que son fils était harcelé depuis septembre et "
        "qu'elle avait alerté l'établissement à trois reprises. «\u00a0À chaque fois, on m'a "
        "parlé de chamailleries d'adolescents\u00a0», a-t-elle confié au Journal du Berry.\n\n"
        "La rectrice de l'académie d'Orléans-Tours, Véronique Allard-Besson, a ordonné une "
        "enquête administrative. «\u00a0Si des signalements n'ont pas été traités, il y aura des "
        "conséquences\u00a0», a-t-elle averti mercredi, en promettant des renforts pour l'équipe "
        "de vie scolaire du collège.",
        [
            (
                I,
                [
                    "son fils était harcelé depuis septembre et qu'elle avait alerté "
                    "l'établissement à trois reprises"
                ],
                "mère",
            ),
            (
                D,
                ["À chaque fois, on m'a parlé de chamailleries d'adolescents"],
                "mère",
            ),
            (
                D,
                ["Si des signalements n'ont pas été traités, il y aura des conséquences"],
                "Véronique Allard-Besson",
            ),
        ],
    ),
    (  # 14 measles outbreak in Montreal: "a confirmé … onze nouveaux cas" (noun object),
        # two-sentence direct + "a martelé en conférence de presse la directrice du bureau,
        # la docteure Name" (speaker after the cue), partial inside "un père de deux fillettes
        # dit les avoir fait vacciner « … »" (unnamed, only the partial), "Le ministre …, Name,
        # a indiqué que"
        "Le Bureau de santé publique de Montréal a confirmé mercredi onze nouveaux cas de "
        "rougeole, ce qui porte à 37 le nombre d'infections recensées depuis le début de "
        "l'éclosion, fin octobre. Quatre enfants ont dû être hospitalisés.\n\n"
        "«\u00a0La rougeole n'est pas une maladie bénigne. Un enfant sur mille qui l'attrape en "
        "garde des séquelles neurologiques\u00a0», a martelé en conférence de presse la directrice "
        "du bureau, la docteure Nathalie Brisebois.\n\n"
        "Devant l'école primaire Sainte-Bernadette, où trois cas ont été signalés, un père de deux "
        "fillettes dit les avoir fait vacciner «\u00a0dès l'annonce du premier cas\u00a0».\n\n"
        "Le ministre de la Santé du Québec, Jean-François Lacasse, a indiqué que des cliniques de "
        "vaccination mobiles seraient déployées dans l'est de l'île dès lundi.",
        [
            (
                D,
                [
                    "La rougeole n'est pas une maladie bénigne. Un enfant sur mille qui l'attrape "
                    "en garde des séquelles neurologiques"
                ],
                "Nathalie Brisebois",
            ),
            (P, ["dès l'annonce du premier cas"], "père"),
            (
                I,
                [
                    "des cliniques de vaccination mobiles seraient déployées dans l'est de l'île "
                    "dès lundi"
                ],
                "Jean-François Lacasse",
            ),
        ],
    ),
    (  # 15 interns' strike in Marseille: "D'après le Collectif …, qui a lancé le mouvement,"
        # (rest of the sentence), direct + "raconte Name, 27 ans, interne …" then an
        # unattributed direct continuing his words (same speaker, final period kept), partial
        # after "L'Assistance … a reconnu dans un communiqué" (organisation), "promis un audit"
        # (noun object)
        "Les internes en médecine des hôpitaux publics de Marseille ont entamé lundi une grève "
        "illimitée pour dénoncer leurs conditions de travail. D'après le Collectif des internes "
        "de Provence, qui a lancé le mouvement, 74\u00a0% d'entre eux ont cessé le travail, hors "
        "urgences et réanimation.\n\n"
        "«\u00a0Quatre-vingts heures par semaine, c'est la norme dans mon service\u00a0», raconte "
        "Yanis Haddad, 27 ans, interne en chirurgie viscérale. «\u00a0La semaine dernière, j'ai "
        "opéré après vingt-six heures sans dormir.\u00a0»\n\n"
        "L'Assistance hospitalière de Provence, qui gère les quatre hôpitaux publics de la ville, "
        "a reconnu dans un communiqué «\u00a0des dépassements ponctuels\u00a0» et promis un audit "
        "des plannings d'ici à la fin du mois.",
        [
            (
                I,
                ["74\u00a0% d'entre eux ont cessé le travail, hors urgences et réanimation"],
                "Collectif des internes de Provence",
            ),
            (
                D,
                ["Quatre-vingts heures par semaine, c'est la norme dans mon service"],
                "Yanis Haddad",
            ),
            (
                D,
                ["La semaine dernière, j'ai opéré après vingt-six heures sans dormir."],
                "Yanis Haddad",
            ),
            (P, ["des dépassements ponctuels"], "Assistance hospitalière de Provence"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 resident doctors' strike: partial inside "The Association …, which …, said the
        # government's offer … amounted to" (only the partial), two-sentence direct + "the
        # 29-year-old said" (age epithet for "Name, an anaesthetics trainee"), partial after
        # "Health Secretary Name called the strike"
        "Resident doctors in England began a five-day strike at 7am on Tuesday, their third "
        "walkout since the summer, after talks with the government over pay broke down last "
        "week.\n\n"
        "The Association of Hospital Doctors, which represents about 48,000 of them, said the "
        "government's offer of a 4.2% rise amounted to \"a real-terms pay cut for the fifth year "
        'running".\n\n'
        "Among those on the picket line outside St Aldhelm's Hospital in Bristol was Priya Raman, "
        'an anaesthetics trainee. "I love this job. I just can\'t afford to keep doing it," the '
        "29-year-old said.\n\n"
        'Health Secretary Martin Ogilvie called the strike "reckless and unnecessary". Hospitals '
        "had rescheduled more than 27,000 appointments by Monday evening.",
        [
            (
                P,
                ["a real-terms pay cut for the fifth year running"],
                "Association of Hospital Doctors",
            ),
            (
                D,
                ["I love this job. I just can't afford to keep doing it"],
                "Priya Raman",
            ),
            (P, ["reckless and unnecessary"], "Martin Ogilvie"),
        ],
    ),
    (  # 2 measles outbreak in Idaho: "…, according to the county's epidemiologist, Dr.
        # Name." (the part before), direct + "she told reporters on Friday." then an
        # unattributed direct in a new sentence (two quotes, same speaker), "announced extra
        # clinic hours" (noun object, not annotated)
        "The number of measles cases linked to an outbreak in Harlan Creek County, Idaho, has "
        "risen to 54, with nine children in hospital and schools in two towns closed until next "
        "week.\n\n"
        "Most of the cases are in unvaccinated children under the age of ten, according to the "
        "county's epidemiologist, Dr. Ruth Ellison-Park.\n\n"
        '"We have not seen numbers like this in this state since 1991," she told reporters on '
        'Friday. "Every single one of these cases was preventable."\n\n'
        "The Idaho Public Health Board has sent two mobile vaccination teams to the county and "
        "announced extra clinic hours through December.",
        [
            (
                I,
                ["Most of the cases are in unvaccinated children under the age of ten"],
                "Ruth Ellison-Park",
            ),
            (
                D,
                ["We have not seen numbers like this in this state since 1991"],
                "Ruth Ellison-Park",
            ),
            (D, ["Every single one of these cases was preventable."], "Ruth Ellison-Park"),
        ],
    ),
    (  # 3 obesity pill trial: "Name, a Boston biotech company, said on Monday that"
        # (organisation, indirect), a quote split by "said Dr. Name, the trial's lead
        # investigator at …," (one quote two spans, final period kept), partial after "Dr.
        # Name, an endocrinologist … who was not involved …, called those side effects"
        "Halvern Therapeutics, a Boston biotech company, said on Monday that its experimental "
        "weight-loss pill had helped patients lose an average of 16.8% of their body weight over "
        "72 weeks in a late-stage trial involving 3,100 adults.\n\n"
        '"These are numbers we used to see only with injections," said Dr. Samuel Adeyemi, the '
        "trial's lead investigator at Westbrook University Medical Center, \"and a pill can reach "
        'millions of people who will never use a needle."\n\n'
        "About 9% of participants stopped taking the drug because of nausea or vomiting. Dr. "
        "Helen Marchetti, an endocrinologist in Chicago who was not involved in the study, called "
        'those side effects "manageable but not trivial". The company\'s shares rose 23% in '
        "early trading.",
        [
            (
                I,
                [
                    "its experimental weight-loss pill had helped patients lose an average of 16.8% "
                    "of their body weight over 72 weeks in a late-stage trial involving 3,100 "
                    "adults"
                ],
                "Halvern Therapeutics",
            ),
            (
                D,
                [
                    "These are numbers we used to see only with injections",
                    "and a pill can reach millions of people who will never use a needle.",
                ],
                "Samuel Adeyemi",
            ),
            (P, ["manageable but not trivial"], "Helen Marchetti"),
        ],
    ),
    (  # 4 private Moon lander: a quote opened after "Flight director Name, who …, addressed
        # her team" and continued over two paragraphs (one span each, first one's period kept)
        # + "she said", partial after "Orbital Frontier's chief executive, Name, described the
        # landing as"
        "A robotic lander built by the Houston company Orbital Frontier touched down near the "
        "Moon's south pole on Thursday, the first private spacecraft to land intact in the "
        "region.\n\n"
        "Flight director Alicia Brennan, who joined the company from the aviation industry in "
        '2019, addressed her team minutes after touchdown. "Every one of you should be proud '
        "tonight. We did something no company has ever done.\n\n"
        '"Now let\'s go find some water," she said.\n\n'
        "The lander, named Kestrel, will spend 12 days drilling for ice before the two-week lunar "
        "night freezes its batteries. Orbital Frontier's chief executive, Dev Malhotra, described "
        'the landing as "the easy part".',
        [
            (
                D,
                [
                    "Every one of you should be proud tonight. We did something no company has "
                    "ever done.",
                    "Now let's go find some water",
                ],
                "Alicia Brennan",
            ),
            (P, ["the easy part"], "Dev Malhotra"),
        ],
    ),
    (  # 5 university job cuts: "In a statement, the university said" (generic noun for the
        # named university), "Its vice-chancellor, Professor Name, said:" + two-sentence
        # direct (final period kept), partial after "Name, who leads the students' union,
        # accused management of", "called a protest" (noun object)
        "The University of Northmoor will cut 420 jobs and close its departments of music, "
        "philosophy and modern languages by the summer of 2028, the largest restructuring at a "
        "British university in a decade.\n\n"
        "In a statement, the university said it faced a deficit of £38 million this year, driven "
        "by a fall of almost 40% in the number of international students since 2023.\n\n"
        'Its vice-chancellor, Professor Gillian Hartley-Ross, said: "No one goes into '
        "university leadership to make decisions like these. But the alternative is a university "
        'that runs out of money."\n\n'
        "Kwame Asante, who leads the students' union, accused management of \"balancing the "
        'books on the backs of students" and called a protest on campus for next Wednesday.',
        [
            (
                I,
                [
                    "it faced a deficit of £38 million this year, driven by a fall of almost 40% in "
                    "the number of international students since 2023"
                ],
                "University of Northmoor",
            ),
            (
                D,
                [
                    "No one goes into university leadership to make decisions like these. But the "
                    "alternative is a university that runs out of money."
                ],
                "Gillian Hartley-Ross",
            ),
            (P, ["balancing the books on the backs of students"], "Kwame Asante"),
        ],
    ),
    (  # 6 teachers' strike in Sacramento, curly quotes: two-sentence direct + "said Name, the
        # union's president, at a rally" (speaker after the cue), "Superintendent Name said
        # the district had …, which he described as …" (one indirect), a parent introduced
        # in the sentence before + two-sentence direct + "she said"
        "More than 9,000 teachers walked off the job in Sacramento on Monday, closing 112 "
        "schools, after the Sacramento Educators Alliance and the city's school district failed "
        "to reach agreement on class sizes.\n\n"
        "\u201cWe are not striking for ourselves. We're striking because thirty-eight kids in a "
        "chemistry lab is not safe,\u201d said Rosa Delgado-Finch, the union's president, at a "
        "rally outside district headquarters.\n\n"
        "Superintendent Marcus Bell said the district had offered to cap classes at 32 students, "
        "which he described as the most it could afford without layoffs.\n\n"
        "Tanya Whitlock, who dropped her two children at an emergency day camp in a church hall, "
        "was torn. \u201cI support the teachers, I really do. But I also have a job to get "
        "to,\u201d she said.",
        [
            (
                D,
                [
                    "We are not striking for ourselves. We're striking because thirty-eight kids "
                    "in a chemistry lab is not safe"
                ],
                "Rosa Delgado-Finch",
            ),
            (
                I,
                [
                    "the district had offered to cap classes at 32 students, which he described as "
                    "the most it could afford without layoffs"
                ],
                "Marcus Bell",
            ),
            (
                D,
                ["I support the teachers, I really do. But I also have a job to get to"],
                "Tanya Whitlock",
            ),
        ],
    ),
    (  # 7 year-12 exam reform in Victoria: "Ms Surname said" without "that" (surname for
        # "the state's education minister, Name"), "welcomed the aim" (noun object) then a
        # partial inside "warned that the timeline was" (only the partial), a question quote
        # (mark kept) + "asked Name, 17, a year 11 student"
        "Year 12 students in Victoria will sit a new compulsory literacy and numeracy test from "
        "2028 under changes announced on Tuesday by the state's education minister, Natalie "
        "Kouris.\n\n"
        "Ms Kouris said one in five first-year university students in the state now needed "
        "remedial writing classes. Students who fail the test will be able to resit it twice "
        "before the end of the year.\n\n"
        "The principal of Ballarat West Secondary College, Craig Dunstan, welcomed the aim but "
        'warned that the timeline was "wildly optimistic" for schools already short of maths '
        "teachers.\n\n"
        '"We\'re already the most tested generation in history. Now they want one more exam?" '
        "asked Chloe Nguyen, 17, a year 11 student in Geelong.",
        [
            (
                I,
                [
                    "one in five first-year university students in the state now needed remedial "
                    "writing classes"
                ],
                "Natalie Kouris",
            ),
            (P, ["wildly optimistic"], "Craig Dunstan"),
            (
                D,
                [
                    "We're already the most tested generation in history. Now they want one more "
                    "exam?"
                ],
                "Chloe Nguyen",
            ),
        ],
    ),
    (  # 8 maternity unit closure in Mayo: "Dr Name, a consultant obstetrician who …, said
        # the decision would" (indirect), two-sentence direct + "the Mayo man said" (epithet),
        # "A spokeswoman for the Name said" (the organisation speaks), "have called a public
        # meeting" (noun object)
        "The maternity unit at Ballinmore General Hospital in County Mayo will stop delivering "
        "babies from February, leaving the county without a labour ward for the first time since "
        "the 1950s.\n\n"
        "Dr Fergal Moynihan, a consultant obstetrician who has worked at the hospital for 19 "
        "years, said the decision would force women in labour to travel up to 90 minutes to "
        'Galway. "This is not a question of if someone gives birth on the side of the road. It '
        'is a question of when," the Mayo man said.\n\n'
        "A spokeswoman for the Western Hospitals Group said the unit had delivered only 310 "
        "babies last year, well below the minimum its clinical guidelines consider safe. Local "
        "councillors have called a public meeting for Saturday.",
        [
            (
                I,
                ["the decision would force women in labour to travel up to 90 minutes to Galway"],
                "Fergal Moynihan",
            ),
            (
                D,
                [
                    "This is not a question of if someone gives birth on the side of the road. It "
                    "is a question of when"
                ],
                "Fergal Moynihan",
            ),
            (
                I,
                [
                    "the unit had delivered only 310 babies last year, well below the minimum its "
                    "clinical guidelines consider safe"
                ],
                "Western Hospitals Group",
            ),
        ],
    ),
    (  # 9 coral reef study: results that "show" (not speech), "The study's lead author, Dr
        # Name, said" (indirect), direct after a colon closing "the Kenyan scientist was blunt:"
        # (nationality epithet, final period kept), partial after "Name, a coral biologist …
        # who reviewed the paper, said it offered"
        "Scientists at the Mombasa Marine Institute surveyed 212 reefs off Kenya and Tanzania "
        "between 2019 and 2025, and their results, published on Wednesday in the journal Marine "
        "Futures, show that live coral cover fell by a third.\n\n"
        "The study's lead author, Dr Amina Wanjiru, said the decline had accelerated sharply "
        "after the marine heatwave of 2024, when water temperatures stayed above 31C for eleven "
        "weeks.\n\n"
        'Asked what the figures meant for the coast, the Kenyan scientist was blunt: "We used to '
        "talk about reefs at risk. Some of the reefs we surveyed no longer exist in any "
        'meaningful sense."\n\n'
        "Luc Ferrand, a coral biologist at the Indian Ocean Research Centre in Réunion who "
        'reviewed the paper, said it offered "the clearest picture yet" of the damage.',
        [
            (
                I,
                [
                    "the decline had accelerated sharply after the marine heatwave of 2024, when "
                    "water temperatures stayed above 31C for eleven weeks"
                ],
                "Amina Wanjiru",
            ),
            (
                D,
                [
                    "We used to talk about reefs at risk. Some of the reefs we surveyed no longer "
                    "exist in any meaningful sense."
                ],
                "Amina Wanjiru",
            ),
            (P, ["the clearest picture yet"], "Luc Ferrand"),
        ],
    ),
    (  # 10 malaria vaccination in Malawi: "Health Minister Name said the government aimed"
        # (indirect), two-sentence direct + "Surname told a crowd at the launch" (the crowd is
        # the addressee), "a nurse said mothers had been" (unnamed)
        "Malawi began vaccinating children against malaria in all 28 of its districts on Monday, "
        "two years after a pilot scheme in the south of the country cut child deaths from the "
        "disease by an estimated 13%.\n\n"
        "Health Minister Grace Chikondi Banda said the government aimed to reach 600,000 children "
        'under five by the end of next year. "When I was a nurse, I buried children every rainy '
        'season. I want my grandchildren never to know that," Banda told a crowd at the launch '
        "in Lilongwe.\n\n"
        "At a clinic in Mzuzu, in the north, a nurse said mothers had been queueing since 5am, "
        "some after walking for three hours. The rollout is funded by the Global Immunisation "
        "Alliance.",
        [
            (
                I,
                [
                    "the government aimed to reach 600,000 children under five by the end of next year"
                ],
                "Grace Chikondi Banda",
            ),
            (
                D,
                [
                    "When I was a nurse, I buried children every rainy season. I want my "
                    "grandchildren never to know that"
                ],
                "Grace Chikondi Banda",
            ),
            (
                I,
                ["mothers had been queueing since 5am, some after walking for three hours"],
                "nurse",
            ),
        ],
    ),
    (  # 11 care home taken over in Ontario, curly quotes: "Name, the province's minister …
        # and a former paramedic, said he had" (indirect), two-sentence direct + "the minister
        # told reporters at Queen's Park" (role referring back), partial inside "Name, which
        # runs the …, said in an emailed statement that it" (organisation, only the partial)
        "Ontario will take over the management of a long-term care home in Hamilton after "
        "inspectors found residents had gone without baths for up to three weeks and that staff "
        "had falsified meal records.\n\n"
        "Raymond Oduya, the province's minister of long-term care and a former paramedic, said he "
        "had signed the order on Thursday morning. \u201cWhat I read in that report made me sick. "
        "These are our parents and grandparents,\u201d the minister told reporters at Queen's "
        "Park.\n\n"
        "Evergreen Senior Living, which runs the 160-bed home, said in an emailed statement that "
        "it \u201caccepts the findings in full\u201d. A provincial supervisor will take charge of "
        "the home on Monday.",
        [
            (I, ["he had signed the order on Thursday morning"], "Raymond Oduya"),
            (
                D,
                ["What I read in that report made me sick. These are our parents and grandparents"],
                "Raymond Oduya",
            ),
            (P, ["accepts the findings in full"], "Evergreen Senior Living"),
        ],
    ),
    (  # 12 school phone ban in Dundee: three-sentence direct + "said the headteacher, Name,
        # who …" (speaker after the cue, role dropped), direct + "said one pupil, aged 14, who
        # …" (unnamed), the trust "is expected to decide" (not speech)
        "Pupils at Kirkbrae Academy in Dundee have now spent a full term without their phones, "
        "which are locked in magnetic pouches at the school gate each morning and released at "
        "3.30pm.\n\n"
        "Detentions for disruptive behaviour have fallen by 40% since the ban came into force in "
        'August. "The first fortnight was hard. After that, the noise in the corridors changed. '
        'They talk to each other again," said the headteacher, Morag Cullen, who introduced the '
        "policy after a consultation with parents.\n\n"
        "Not everyone is convinced. \"I can't text my mum if the bus is late, and she works "
        'nights," said one pupil, aged 14, who takes two buses to school.\n\n'
        "The Tayside Schools Trust, which runs the academy, is expected to decide in the spring "
        "whether to extend the policy to its eight other secondary schools.",
        [
            (
                D,
                [
                    "The first fortnight was hard. After that, the noise in the corridors changed. "
                    "They talk to each other again"
                ],
                "Morag Cullen",
            ),
            (
                D,
                ["I can't text my mum if the bus is late, and she works nights"],
                "pupil",
            ),
        ],
    ),
    (  # 13 bird flu in Norfolk: "…, the Name said on Sunday." (an agency's statement before
        # the attribution, indirect), a housing order (not speech), partial inside "For Name,
        # whose family …, the timing « … »" (the syntax runs through the marks)
        "Avian influenza has been confirmed at a third poultry farm in Norfolk in less than a "
        "fortnight, and about 48,000 turkeys will be culled, the Animal and Plant Health Office "
        "said on Sunday.\n\n"
        "A 10km surveillance zone has been set up around the farm, near Swaffham. A housing order "
        "requiring all poultry in the county to be kept indoors has been in force since November "
        "20.\n\n"
        "For Graham Pettit, whose family has reared turkeys inside the zone for three "
        'generations, the timing "could not be worse", with Christmas orders due to go out in ten '
        "days. He has already lost two of his biggest customers.",
        [
            (
                I,
                [
                    "Avian influenza has been confirmed at a third poultry farm in Norfolk in less "
                    "than a fortnight, and about 48,000 turkeys will be culled"
                ],
                "Animal and Plant Health Office",
            ),
            (P, ["could not be worse"], "Graham Pettit"),
        ],
    ),
    (  # 14 retracted paper, curly quotes: partial inside "the journal's editor-in-chief,
        # Name, wrote that the editors had" (only the partial), partial inside "Its senior
        # author, the Swedish neuroscientist Name, said in an email that he" (only the
        # partial), "denied any deliberate manipulation" (noun object), two-sentence direct +
        # "said Name, who runs a website …"
        "The journal Cellular Medicine has retracted a 2021 paper on Parkinson's disease after "
        "an investigation found that several of its images had been duplicated and altered.\n\n"
        "In a note to readers, the journal's editor-in-chief, Hannah Okwu, wrote that the editors "
        "had \u201clost confidence in the integrity of the data\u201d. The paper had been cited "
        "more than 900 times.\n\n"
        "Its senior author, the Swedish neuroscientist Erik Lindahl, said in an email that he "
        "\u201cdeeply regretted\u201d the errors, but denied any deliberate manipulation. The "
        "Karl Linné Institute in Uppsala, where he works, has opened a review of 34 papers from "
        "his laboratory.\n\n"
        "\u201cWhen one paper falls, people look at the whole body of work. That is how it should "
        "be,\u201d said Maria Costa-Reyes, who runs a website tracking retractions.",
        [
            (P, ["lost confidence in the integrity of the data"], "Hannah Okwu"),
            (P, ["deeply regretted"], "Erik Lindahl"),
            (
                D,
                [
                    "When one paper falls, people look at the whole body of work. That is how it "
                    "should be"
                ],
                "Maria Costa-Reyes",
            ),
        ],
    ),
    (  # 15 bowel cancer screening in New Zealand: "…, Health Minister Name announced on
        # Wednesday." (the part before, indirect), two-sentence direct + "Surname said at a
        # clinic", partial after "The charity Name, which …, called it" (generic noun dropped)
        "New Zealand will lower the age for free bowel cancer screening from 60 to 50 from July, "
        "Health Minister Tama Rangihuna announced on Wednesday.\n\n"
        '"Māori and Pacific people get this cancer younger, and they die of it more often. A '
        'screening age of 60 was never fair," Rangihuna said at a clinic in South Auckland, '
        "where the programme's first invitations will be sent.\n\n"
        "The charity Bowel Cancer Aotearoa, which has campaigned for the change for a decade, "
        'called it "a day we thought we\'d never see". The extended programme is expected to '
        "cost NZ$62 million over four years and to prevent about 150 deaths a year.",
        [
            (
                I,
                [
                    "New Zealand will lower the age for free bowel cancer screening from 60 to 50 "
                    "from July"
                ],
                "Tama Rangihuna",
            ),
            (
                D,
                [
                    "Māori and Pacific people get this cancer younger, and they die of it more "
                    "often. A screening age of 60 was never fair"
                ],
                "Tama Rangihuna",
            ),
            (P, ["a day we thought we'd never see"], "Bowel Cancer Aotearoa"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout133.jsonl"),
        "heldout133",
        "h133",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
