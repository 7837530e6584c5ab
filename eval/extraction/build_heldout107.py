"""Source of the hundred-and-seventh held-out set: writes heldout107.jsonl (split "heldout107").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like science, space and research news: studies and discoveries, space missions and
launchers, universities and research institutes, funding disputes, ethics committees, museums,
archaeology and polar or ocean expeditions, with researchers, curators, astronauts, students,
patients' relatives and residents quoted, agencies, journals, universities and associations
speaking as such, and people referred back to by pronoun, surname or role.
Measured once with 0.3.0, 0.31.0 and 0.32.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout107.py
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
    (  # 1 lunar lander: direct + "a raconté la directrice des programmes … du Centre …, Name,
        # lors de …" (long apposition with role), organisation by its generic noun "Le Centre a
        # précisé que … et que …" (indirect), incise "a ajouté Mme Surname," splitting one
        # quote whose final period is kept
        "La sonde Séléné-2 s'est posée mercredi à 4\u00a0h\u00a012, heure de Paris, dans le "
        "cratère Amundsen-Vey, près du pôle Sud de la Lune. C'est la première fois qu'un engin "
        "conçu en Europe réussit un alunissage en douceur.\n\n"
        "«\u00a0Quand le premier signal est arrivé, la salle entière s'est levée. Certains "
        "pleuraient\u00a0», a raconté la directrice des programmes d'exploration du Centre "
        "national d'études orbitales, Marianne Thévenot-Lagarde, lors d'une conférence de presse "
        "à Toulouse.\n\n"
        "Le Centre a précisé que l'atterrisseur avait touché le sol à moins de 300\u00a0mètres du "
        "point visé et que ses panneaux solaires s'étaient déployés normalement. Les premières "
        "images du sol lunaire sont attendues dans la soirée.\n\n"
        "La mission doit rechercher de la glace d'eau dans le régolithe. «\u00a0Si nous la "
        "trouvons en quantité, a ajouté Mme Thévenot-Lagarde, c'est tout le calendrier des "
        "futures bases habitées qui s'accélère.\u00a0»",
        [
            (
                D,
                [
                    "Quand le premier signal est arrivé, la salle entière s'est levée. Certains "
                    "pleuraient"
                ],
                "Marianne Thévenot-Lagarde",
            ),
            (
                I,
                [
                    "l'atterrisseur avait touché le sol à moins de 300\u00a0mètres du point visé "
                    "et que ses panneaux solaires s'étaient déployés normalement"
                ],
                "Centre national d'études orbitales",
            ),
            (
                D,
                [
                    "Si nous la trouvons en quantité",
                    "c'est tout le calendrier des futures bases habitées qui s'accélère.",
                ],
                "Marianne Thévenot-Lagarde",
            ),
        ],
    ),
    (  # 2 Merovingian cemetery under a car park: "Selon l'Institut …, qui pilote le chantier,"
        # (rest of the sentence), name introduced with his role then "sourit-il" after a
        # two-sentence direct, "a obtenu un délai" not speech, unnamed "une retraitée du
        # quartier" with "glisse"
        "Les fouilles préventives menées sur le futur parking de la gare de Saint-Aubrac ont mis "
        "au jour une nécropole mérovingienne d'une centaine de tombes. Selon l'Institut régional "
        "d'archéologie préventive, qui pilote le chantier, il s'agit de l'un des ensembles les "
        "mieux conservés découverts dans la région depuis trente ans.\n\n"
        "Le responsable d'opération, Yannick Ferrand-Oulès, montre une plaque-boucle en bronze "
        "encore incrustée de grenats. «\u00a0Ce type d'objet signale une personne de haut rang. "
        "Nous ne nous attendions pas du tout à ça sous un ancien dépôt de bus\u00a0», "
        "sourit-il.\n\n"
        "Le chantier devait s'achever fin novembre. L'archéologue a obtenu un délai de six "
        "semaines pour terminer l'étude des sépultures les plus riches.\n\n"
        "Derrière la palissade, quelques curieux observent les fouilleurs à genoux dans la "
        "terre. «\u00a0On passait là tous les jours en voiture sans rien savoir\u00a0», glisse "
        "une retraitée du quartier.",
        [
            (
                I,
                [
                    "il s'agit de l'un des ensembles les mieux conservés découverts dans la "
                    "région depuis trente ans"
                ],
                "Institut régional d'archéologie préventive",
            ),
            (
                D,
                [
                    "Ce type d'objet signale une personne de haut rang. Nous ne nous attendions "
                    "pas du tout à ça sous un ancien dépôt de bus"
                ],
                "Yannick Ferrand-Oulès",
            ),
            (
                D,
                ["On passait là tous les jours en voiture sans rien savoir"],
                "retraitée",
            ),
        ],
    ),
    (  # 3 ethics committee rejects a study on teenagers: "Dans son avis, le comité estime que
        # … « … »" (partial inside reported speech: only the partial, committee named by its
        # fullest name), "M. Surname, lui, ne décolère pas." then direct + "a-t-il réagi",
        # "Il a réclamé un réexamen" (noun object) and "avaient saisi le comité" not annotated
        "Le comité d'éthique de l'université de Val-de-Sorne a rendu mardi un avis défavorable "
        "au projet de l'équipe du neurobiologiste Olivier Masclet, qui prévoyait d'enregistrer "
        "pendant six mois l'activité cérébrale de 200 lycéens volontaires pendant qu'ils "
        "utilisent les réseaux sociaux.\n\n"
        "Dans son avis, le comité estime que le consentement de mineurs «\u00a0ne peut être "
        "considéré comme pleinement éclairé\u00a0» pour un protocole aussi long et aussi "
        "intrusif.\n\n"
        "M. Masclet, lui, ne décolère pas. «\u00a0On nous reproche d'étudier les adolescents là "
        "où ils passent leurs soirées. C'est absurde\u00a0», a-t-il réagi. Il a réclamé un "
        "réexamen du dossier par le comité national.\n\n"
        "Des parents d'élèves avaient saisi le comité dès septembre, inquiets de la place prise "
        "par les casques d'enregistrement dans la vie de leurs enfants.",
        [
            (
                P,
                ["ne peut être considéré comme pleinement éclairé"],
                "comité d'éthique de l'université de Val-de-Sorne",
            ),
            (
                D,
                [
                    "On nous reproche d'étudier les adolescents là où ils passent leurs soirées. "
                    "C'est absurde"
                ],
                "Olivier Masclet",
            ),
        ],
    ),
    (  # 4 researchers protest a funding freeze: unclosed « ending at "a lancé une doctorante,"
        # (unnamed), a quote continued over two paragraphs (one span each) closed by
        # "a-t-il prévenu" after a name introduced with his role, ministry partial inside
        # reported speech, "a demandé une audience" (noun object) not annotated
        "Plusieurs centaines de chercheurs et d'ingénieurs ont manifesté jeudi devant le siège de "
        "l'Agence nationale de la recherche fondamentale, à Paris, contre le gel de 180\u00a0"
        "millions d'euros de crédits annoncé début novembre.\n\n"
        "«\u00a0On nous demande d'être compétitifs sans nous donner de quoi acheter des pipettes, "
        "a lancé une doctorante, pancarte à la main.\n\n"
        "Le directeur de l'Institut de biologie cellulaire de Lyon-Gerland, Pascal Ondet-Vial, "
        "était venu avec une délégation de son laboratoire. «\u00a0Trois de nos équipes vont "
        "devoir interrompre des expériences commencées il y a deux ans. Les souris, on ne peut "
        "pas les mettre en pause.\n\n"
        "«\u00a0Et les jeunes que nous avons recrutés sur ces projets partiront à l'étranger. Ils "
        "ne reviendront pas\u00a0», a-t-il prévenu.\n\n"
        "Le ministère de la Recherche a assuré dans un communiqué que les crédits seraient "
        "«\u00a0intégralement rétablis\u00a0» dès le vote du budget rectificatif. L'intersyndicale "
        "a demandé une audience au Premier ministre.",
        [
            (
                D,
                [
                    "On nous demande d'être compétitifs sans nous donner de quoi acheter des "
                    "pipettes"
                ],
                "doctorante",
            ),
            (
                D,
                [
                    "Trois de nos équipes vont devoir interrompre des expériences commencées il y "
                    "a deux ans. Les souris, on ne peut pas les mettre en pause.",
                    "Et les jeunes que nous avons recrutés sur ces projets partiront à "
                    "l'étranger. Ils ne reviendront pas",
                ],
                "Pascal Ondet-Vial",
            ),
            (P, ["intégralement rétablis"], "ministère de la Recherche"),
        ],
    ),
    (  # 5 museum unveils a meteorite: "Son conservateur, Name, ne cache pas sa satisfaction :
        # « … »" (colon, two sentences, final period kept), "D'après M. Surname," (rest of the
        # sentence), direct containing a nickname in “ ” + "raconte-t-elle" after a name
        # introduced by an apposition
        "Le Muséum d'histoire naturelle de Montrevel a dévoilé samedi sa nouvelle pièce "
        "maîtresse\u00a0: une météorite ferreuse de 412\u00a0kilos, tombée en 1887 dans un champ "
        "du Jura et conservée depuis par la famille de l'agriculteur qui l'avait découverte.\n\n"
        "Son conservateur, Frédéric Aubriot, ne cache pas sa satisfaction\u00a0: «\u00a0C'est la "
        "plus grosse météorite trouvée en France qui soit exposée au public. Nous la cherchions "
        "depuis quarante ans.\u00a0»\n\n"
        "Le musée a déboursé 260\u00a0000 euros, financés pour moitié par une souscription. "
        "D'après M. Aubriot, plus de 3\u00a0000 donateurs y ont participé, dont de nombreux "
        "écoliers de la région.\n\n"
        "L'arrière-petite-fille du découvreur, Lucienne Pagnoz, assistait à l'inauguration. "
        "«\u00a0Chez nous, on l'appelait “la pierre du ciel”. Elle servait à caler la porte de "
        "la grange\u00a0», raconte-t-elle.",
        [
            (
                D,
                [
                    "C'est la plus grosse météorite trouvée en France qui soit exposée au public. "
                    "Nous la cherchions depuis quarante ans."
                ],
                "Frédéric Aubriot",
            ),
            (
                I,
                [
                    "plus de 3\u00a0000 donateurs y ont participé, dont de nombreux écoliers de "
                    "la région"
                ],
                "Frédéric Aubriot",
            ),
            (
                D,
                [
                    "Chez nous, on l'appelait “la pierre du ciel”. Elle servait à caler la porte "
                    "de la grange"
                ],
                "Lucienne Pagnoz",
            ),
        ],
    ),
    (  # 6 teenagers' sleep study: "C'est la conclusion d'une étude" not speech, "Selon la
        # chercheuse qui l'a coordonnée, Name," (rest of the sentence), direct with a question
        # inside + "interroge-t-elle", "Le rectorat n'a pas souhaité réagir" not annotated
        "Les adolescents dorment en moyenne 1\u00a0h\u00a040 de moins que ce que recommandent les "
        "pédiatres, et l'écart se creuse au lycée. C'est la conclusion d'une étude menée pendant "
        "trois ans auprès de 4\u00a0800 élèves par l'Institut du sommeil et de la vigilance de "
        "Nantes-Erdre.\n\n"
        "Selon la chercheuse qui l'a coordonnée, Agnès Le Goff-Daumas, le téléphone portable "
        "n'explique qu'une partie du problème, les cours très matinaux jouant aussi un rôle.\n\n"
        "«\u00a0Pourquoi faire commencer à 8\u00a0heures des jeunes dont l'horloge biologique est "
        "décalée de deux heures\u00a0? Aucun adulte n'accepterait ça\u00a0», interroge-t-elle.\n\n"
        "Le rectorat n'a pas souhaité réagir. Plusieurs lycées de l'académie expérimentent déjà "
        "une rentrée à 9\u00a0heures le lundi matin.",
        [
            (
                I,
                [
                    "le téléphone portable n'explique qu'une partie du problème, les cours très "
                    "matinaux jouant aussi un rôle"
                ],
                "Agnès Le Goff-Daumas",
            ),
            (
                D,
                [
                    "Pourquoi faire commencer à 8\u00a0heures des jeunes dont l'horloge "
                    "biologique est décalée de deux heures\u00a0? Aucun adulte n'accepterait ça"
                ],
                "Agnès Le Goff-Daumas",
            ),
        ],
    ),
    (  # 7 amateur astronomer finds a comet: direct + "raconte ce retraité de 67 ans" (role
        # referring back to the named man), body "a confirmé mardi que" (indirect), incise
        # "s'amuse M. Surname," set off by commas splitting one quote (final period kept)
        "C'est depuis son jardin de Lanvollec, avec un télescope qu'il a monté lui-même, que "
        "Gérard Quintin a repéré dans la nuit de dimanche à lundi une petite tache floue dans la "
        "constellation du Cocher. Il s'agissait d'une comète encore inconnue, désormais "
        "baptisée C/2026 W3 (Quintin).\n\n"
        "«\u00a0J'ai d'abord cru à un reflet, puis à une galaxie mal répertoriée. Ce n'est qu'au "
        "troisième cliché que j'ai compris qu'elle bougeait\u00a0», raconte ce retraité de "
        "67\u00a0ans, ancien professeur de physique.\n\n"
        "Le Bureau international des petits corps, chargé de valider ce type de découverte, a "
        "confirmé mardi que l'objet était bien une comète à longue période, qui n'était pas "
        "passée près du Soleil depuis environ 40\u00a0000 ans.\n\n"
        "Elle ne sera visible qu'aux jumelles, au mieux, en février. «\u00a0Ce n'est pas la "
        "comète du siècle, s'amuse M. Quintin, mais c'est la mienne.\u00a0»",
        [
            (
                D,
                [
                    "J'ai d'abord cru à un reflet, puis à une galaxie mal répertoriée. Ce n'est "
                    "qu'au troisième cliché que j'ai compris qu'elle bougeait"
                ],
                "Gérard Quintin",
            ),
            (
                I,
                [
                    "l'objet était bien une comète à longue période, qui n'était pas passée près "
                    "du Soleil depuis environ 40\u00a0000 ans"
                ],
                "Bureau international des petits corps",
            ),
            (
                D,
                ["Ce n'est pas la comète du siècle", "mais c'est la mienne."],
                "Gérard Quintin",
            ),
        ],
    ),
    (  # 8 research vessel back from the Southern Ocean, « » without inner spaces: partial "a
        # décrit des conditions «…»" by "La cheffe de mission, Name, océanographe à …",
        # two-sentence direct + "a-t-elle souligné", logbook title «…» not speech, "Selon
        # l'armateur public, la Flotte …," (apposition naming the organisation)
        "Le navire océanographique Pourquoi-Demain est rentré vendredi à Brest-Kerlann après cinq "
        "mois de campagne dans l'océan Austral. À son bord, une trentaine de scientifiques ont "
        "prélevé plus de 6\u00a0000 échantillons d'eau et de sédiments.\n\n"
        "La cheffe de mission, Hélène Kervadec, océanographe à l'Institut marin de l'Iroise, a "
        "décrit des conditions «parfois dantesques», avec des creux de quatorze mètres au large "
        "des îles Kergalan.\n\n"
        "«Nous avons mesuré des températures de fond supérieures de 0,3\u00a0degré à celles de "
        "2010. Sur une telle profondeur, c'est énorme», a-t-elle souligné. L'équipage a tenu un "
        "journal de bord baptisé «Les Quarantièmes», qui sera publié au printemps.\n\n"
        "Selon l'armateur public, la Flotte scientifique nationale, le navire repartira en mars "
        "après un arrêt technique de deux mois.",
        [
            (P, ["parfois dantesques"], "Hélène Kervadec"),
            (
                D,
                [
                    "Nous avons mesuré des températures de fond supérieures de 0,3\u00a0degré à "
                    "celles de 2010. Sur une telle profondeur, c'est énorme"
                ],
                "Hélène Kervadec",
            ),
            (
                I,
                ["le navire repartira en mars après un arrêt technique de deux mois"],
                "Flotte scientifique nationale",
            ),
        ],
    ),
    (  # 9 fusion record, plain spaces inside « »: reported clause before "a annoncé lundi le
        # Commissariat …" (inversion, indirect), direct + "a tempéré le physicien Name, qui …"
        # then an unattributed continuation after a full stop (second direct, same speaker),
        # association partial "a qualifié le programme de « … »"
        "Le réacteur expérimental Hélios, installé sur le plateau de Saclière, a maintenu un "
        "plasma à 100 millions de degrés pendant 412 secondes, un record mondial pour ce type "
        "d'installation, a annoncé lundi le Commissariat aux énergies nouvelles.\n\n"
        "« C'est une étape, pas une arrivée », a tempéré le physicien Rémi Sauvageot, qui dirige "
        "le programme. « Il faudra encore une vingtaine d'années avant qu'une centrale de ce type "
        "fournisse de l'électricité au réseau. »\n\n"
        "L'association Sortir du Tokamak a qualifié le programme de « gouffre financier », son "
        "coût ayant triplé depuis le début de la construction, en 2012.",
        [
            (
                I,
                [
                    "Le réacteur expérimental Hélios, installé sur le plateau de Saclière, a "
                    "maintenu un plasma à 100 millions de degrés pendant 412 secondes, un record "
                    "mondial pour ce type d'installation"
                ],
                "Commissariat aux énergies nouvelles",
            ),
            (D, ["C'est une étape, pas une arrivée"], "Rémi Sauvageot"),
            (
                D,
                [
                    "Il faudra encore une vingtaine d'années avant qu'une centrale de ce type "
                    "fournisse de l'électricité au réseau."
                ],
                "Rémi Sauvageot",
            ),
            (P, ["gouffre financier"], "Sortir du Tokamak"),
        ],
    ),
    (  # 10 shrinking glacier: "…, d'après les glaciologues du Laboratoire …, qui …" (the part
        # before, unnamed plural), direct + "témoigne Name, ingénieur au laboratoire", role
        # alone "L'ingénieur estime que" (indirect)
        "Le glacier de la Meije-Blanche a perdu 3,2\u00a0mètres d'épaisseur en moyenne cette "
        "année, d'après les glaciologues du Laboratoire alpin des glaces et du climat, qui "
        "publient chaque automne le bilan de leurs mesures.\n\n"
        "«\u00a0En vingt ans de relevés, je n'avais jamais vu ça. Des balises que nous avions "
        "plantées à dix mètres de profondeur en 2015 affleurent aujourd'hui à la surface\u00a0», "
        "témoigne Baptiste Rouvière-Gall, ingénieur au laboratoire.\n\n"
        "L'ingénieur estime que le glacier pourrait avoir disparu avant 2060 si le rythme actuel "
        "se maintient. Au refuge voisin, le gardien a affiché une photographie du front du "
        "glacier prise en 1990, qui étonne les randonneurs.",
        [
            (
                I,
                [
                    "Le glacier de la Meije-Blanche a perdu 3,2\u00a0mètres d'épaisseur en moyenne "
                    "cette année"
                ],
                "glaciologues",
            ),
            (
                D,
                [
                    "En vingt ans de relevés, je n'avais jamais vu ça. Des balises que nous "
                    "avions plantées à dix mètres de profondeur en 2015 affleurent aujourd'hui à "
                    "la surface"
                ],
                "Baptiste Rouvière-Gall",
            ),
            (
                I,
                ["le glacier pourrait avoir disparu avant 2060 si le rythme actuel se maintient"],
                "Baptiste Rouvière-Gall",
            ),
        ],
    ),
    (  # 11 retracted paper: journal by its generic noun "La revue a indiqué que" (indirect),
        # "Il affirme qu'" (pronoun for the first author named with his title), direct + "a-t-il
        # déclaré au …", "selon lesquels" not a source (not annotated)
        "La revue internationale Cellular Frontiers a retiré lundi un article publié en 2023 par "
        "une équipe de l'université de Clairmont, en raison d'anomalies dans plusieurs images de "
        "microscopie. La revue a indiqué que les auteurs n'avaient pas été en mesure de fournir "
        "les données brutes demandées par ses éditeurs.\n\n"
        "Le premier signataire, le professeur Damien Héraud-Lacoste, conteste toute fraude. Il "
        "affirme qu'une partie des fichiers originaux a été perdue lors d'un changement de "
        "serveur en 2022.\n\n"
        "«\u00a0Il y a eu des erreurs de manipulation, je le reconnais. Mais parler de "
        "falsification, c'est salir dix ans de travail\u00a0», a-t-il déclaré au Courrier de "
        "Clairmont.\n\n"
        "Une lettre de plusieurs doctorants, selon lesquels la pression à publier était devenue "
        "très forte dans le laboratoire, a été transmise à la présidence de l'université.",
        [
            (
                I,
                [
                    "les auteurs n'avaient pas été en mesure de fournir les données brutes "
                    "demandées par ses éditeurs"
                ],
                "Cellular Frontiers",
            ),
            (
                I,
                [
                    "une partie des fichiers originaux a été perdue lors d'un changement de "
                    "serveur en 2022"
                ],
                "Damien Héraud-Lacoste",
            ),
            (
                D,
                [
                    "Il y a eu des erreurs de manipulation, je le reconnais. Mais parler de "
                    "falsification, c'est salir dix ans de travail"
                ],
                "Damien Héraud-Lacoste",
            ),
        ],
    ),
    (  # 12 small launcher lost: company "a indiqué qu'… et qu'…" (indirect), "Son fondateur,
        # Name, a pris la parole … : « … »" (colon, final period kept), unnamed "un ingénieur"
        # after "souffle"
        "Le petit lanceur Aquila-1 de la start-up toulousaine Orbitex s'est désintégré mardi soir "
        "74 secondes après son décollage de la base de Skarnes, en Norvège. Il emportait trois "
        "nanosatellites universitaires.\n\n"
        "Orbitex a indiqué qu'une anomalie sur le deuxième étage avait provoqué la perte du "
        "véhicule et qu'aucun blessé n'était à déplorer.\n\n"
        "Son fondateur, Julien Castagnet-Roy, a pris la parole quelques minutes plus tard sur les "
        "réseaux sociaux\u00a0: «\u00a0C'est dur, mais c'est le métier. Les plus grands ont tous "
        "raté leurs premiers tirs.\u00a0»\n\n"
        "Dans les locaux de l'entreprise, à Labège-Innopôle, l'ambiance était lourde mercredi "
        "matin. «\u00a0On a passé quatre ans sur cette fusée\u00a0», souffle un ingénieur.",
        [
            (
                I,
                [
                    "une anomalie sur le deuxième étage avait provoqué la perte du véhicule et "
                    "qu'aucun blessé n'était à déplorer"
                ],
                "Orbitex",
            ),
            (
                D,
                [
                    "C'est dur, mais c'est le métier. Les plus grands ont tous raté leurs "
                    "premiers tirs."
                ],
                "Julien Castagnet-Roy",
            ),
            (D, ["On a passé quatre ans sur cette fusée"], "ingénieur"),
        ],
    ),
    (  # 13 citizen insect count, typographic apostrophes: direct + "s’amuse l’entomologiste
        # Name, qui …", "Pour elle, « … »" (direct, pronoun), unnamed "Un habitant de …"
        # introduced first, then "a-t-il raconté" after a quote ending in "!"
        "Près de 1\u00a0300 bénévoles ont participé le week-end dernier au grand inventaire des "
        "insectes organisé par le Conservatoire botanique du Pays d’Olt. En deux jours, ils ont "
        "recensé 2\u00a0140 espèces, dont onze jamais signalées dans le département.\n\n"
        "«\u00a0Les gens viennent pour les papillons et repartent passionnés par les "
        "punaises\u00a0», s’amuse l’entomologiste Claire Vidalenc, qui encadrait les "
        "participants.\n\n"
        "Pour elle, «\u00a0ces inventaires ne remplacent pas les scientifiques, mais aucun "
        "laboratoire ne pourrait couvrir autant de terrain en un week-end\u00a0».\n\n"
        "Un habitant de Saint-Côme a même photographié un coléoptère que l’on croyait disparu de "
        "la région depuis 1950. «\u00a0Je l’ai trouvé sur mon tas de bois\u00a0!\u00a0», "
        "a-t-il raconté.",
        [
            (
                D,
                ["Les gens viennent pour les papillons et repartent passionnés par les punaises"],
                "Claire Vidalenc",
            ),
            (
                D,
                [
                    "ces inventaires ne remplacent pas les scientifiques, mais aucun laboratoire "
                    "ne pourrait couvrir autant de terrain en un week-end"
                ],
                "Claire Vidalenc",
            ),
            (D, ["Je l’ai trouvé sur mon tas de bois\u00a0!"], "habitant"),
        ],
    ),
    (  # 14 mathematics medal: two-sentence direct + "a-t-elle réagi depuis …", "a annoncé la
        # création d'une chaire" (noun object) not annotated, partial inside the reported
        # speech of "Mme Surname a estimé que" (only the partial)
        "La mathématicienne Nathalie Berthomieu-Sadi, professeure à l'université de Valbrune, a "
        "reçu mercredi la médaille Ostrowska, l'une des plus hautes distinctions de sa "
        "discipline, pour ses travaux sur les équations aux dérivées partielles.\n\n"
        "«\u00a0Je pense d'abord à mes doctorants. Un théorème, c'est rarement le travail d'une "
        "seule personne\u00a0», a-t-elle réagi depuis la salle de congrès où la médaille lui a "
        "été remise.\n\n"
        "Fille d'un ouvrier et d'une institutrice, elle est la première Française distinguée "
        "depuis 1998. Le président de l'université, Marc-Antoine Delsol, a annoncé la création "
        "d'une chaire à son nom.\n\n"
        "Interrogée sur la place des femmes en mathématiques, Mme Berthomieu-Sadi a estimé que "
        "les choses progressaient «\u00a0beaucoup trop lentement\u00a0».",
        [
            (
                D,
                [
                    "Je pense d'abord à mes doctorants. Un théorème, c'est rarement le travail "
                    "d'une seule personne"
                ],
                "Nathalie Berthomieu-Sadi",
            ),
            (P, ["beaucoup trop lentement"], "Nathalie Berthomieu-Sadi"),
        ],
    ),
    (  # 15 protest at a primate research centre: association partial after "dénonce des"
        # (generic "L'association" referring back), "réclame leur arrêt" (noun object) not
        # annotated, two-sentence direct + "a assuré le directeur du centre, Name", unnamed
        # "une militante venue de …" after "a répliqué"
        "Une vingtaine de militants de l'association Cages Ouvertes se sont rassemblés samedi "
        "devant l'animalerie du centre de recherche biomédicale de Roncelles, qui héberge environ "
        "300 macaques. L'association dénonce des expériences «\u00a0d'un autre âge\u00a0» et "
        "réclame leur arrêt immédiat.\n\n"
        "«\u00a0Sans ces animaux, le vaccin contre le virus de Nerval n'existerait pas. Nous "
        "appliquons les règles les plus strictes d'Europe\u00a0», a assuré le directeur du "
        "centre, Thibault Garnier-Lesage.\n\n"
        "Les manifestants sont restés deux heures devant les grilles. «\u00a0On nous parle "
        "d'éthique, mais personne ici n'a jamais vu l'intérieur de ce bâtiment\u00a0», a "
        "répliqué une militante venue de Tours.",
        [
            (P, ["d'un autre âge"], "Cages Ouvertes"),
            (
                D,
                [
                    "Sans ces animaux, le vaccin contre le virus de Nerval n'existerait pas. Nous "
                    "appliquons les règles les plus strictes d'Europe"
                ],
                "Thibault Garnier-Lesage",
            ),
            (
                D,
                [
                    "On nous parle d'éthique, mais personne ici n'a jamais vu l'intérieur de ce "
                    "bâtiment"
                ],
                "militante",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Mars rover: reported clause before "scientists at the … said on Tuesday, after …"
        # (unnamed plural), two-sentence direct + "said Dr. Name, the mission's principal
        # investigator", "has already outlived" not speech
        "The Ares Valley rover has found layered rocks that may have formed at the bottom of an "
        "ancient lake, scientists at the National Space Directorate said on Tuesday, after "
        "analysing images sent back over the weekend.\n\n"
        '"These are exactly the kind of rocks we came here to find. If there was ever life on '
        'Mars, this is where it would have left a trace," said Dr. Imani Okafor-Reid, the '
        "mission's principal investigator.\n\n"
        "The rover, which landed in February 2025, has already outlived its planned mission by "
        "eight months. Its drill will need several weeks to reach the deepest layers.",
        [
            (
                I,
                [
                    "The Ares Valley rover has found layered rocks that may have formed at the "
                    "bottom of an ancient lake"
                ],
                "scientists",
            ),
            (
                D,
                [
                    "These are exactly the kind of rocks we came here to find. If there was ever "
                    "life on Mars, this is where it would have left a trace"
                ],
                "Imani Okafor-Reid",
            ),
        ],
    ),
    (  # 2 university closes departments: "The university said in a statement that … and that
        # …" (generic noun for the named university), union partial "called the closures
        # "…"", "Dr Name, a particle physicist who …, said: "…"" (colon, final period kept)
        "Staff at Harrowgate University began a three-day strike on Monday over plans to close "
        "its physics and classics departments at the end of the academic year.\n\n"
        "The university said in a statement that the two departments had lost a combined £4.2 "
        "million last year and that applications had fallen by a third since 2020. The Academic "
        'Staff Federation called the closures "an act of vandalism".\n\n'
        "On the picket line, Dr Helen Marchbank, a particle physicist who has taught at "
        'Harrowgate for 22 years, said: "We run the only physics course within 80 miles. Close '
        "it, and the kids from round here simply won't study physics.\"",
        [
            (
                I,
                [
                    "the two departments had lost a combined £4.2 million last year and that "
                    "applications had fallen by a third since 2020"
                ],
                "Harrowgate University",
            ),
            (P, ["an act of vandalism"], "Academic Staff Federation"),
            (
                D,
                [
                    "We run the only physics course within 80 miles. Close it, and the kids from "
                    "round here simply won't study physics."
                ],
                "Helen Marchbank",
            ),
        ],
    ),
    (  # 3 psilocybin trial suspended, curly quotes: "…, according to a spokeswoman for X."
        # (the part before, unnamed spokesperson speaks for the hospital), partial inside the
        # reported speech of "Prof. Name, said he “…”" (only the partial), direct + "he told
        # the …" (pronoun), advocate direct + "said Name of X"
        "A hospital ethics committee in Brenton has suspended a clinical trial of an experimental "
        "psilocybin treatment for depression after two participants were admitted to emergency "
        "care, according to a spokeswoman for Brenton General Hospital.\n\n"
        "Both patients have since been discharged. The trial's lead investigator, Prof. Samuel "
        "Achterberg, said he “fully supports” the committee's decision and would cooperate with "
        "the review.\n\n"
        "“We knew this was a vulnerable population. That is precisely why the safeguards exist, "
        "and they worked,” he told the Brenton Courier.\n\n"
        "Patient advocates were less forgiving. “People signed up because they had run out of "
        "options. They deserved closer monitoring than this,” said Rachel Dunmore of the "
        "Depression Alliance of Westshire.",
        [
            (
                I,
                [
                    "A hospital ethics committee in Brenton has suspended a clinical trial of an "
                    "experimental psilocybin treatment for depression after two participants "
                    "were admitted to emergency care"
                ],
                "Brenton General Hospital",
            ),
            (P, ["fully supports"], "Samuel Achterberg"),
            (
                D,
                [
                    "We knew this was a vulnerable population. That is precisely why the "
                    "safeguards exist, and they worked"
                ],
                "Samuel Achterberg",
            ),
            (
                D,
                [
                    "People signed up because they had run out of options. They deserved closer "
                    "monitoring than this"
                ],
                "Rachel Dunmore",
            ),
        ],
    ),
    (  # 4 dinosaur skeleton at a museum: quote split by "said curator Name," (one quote, two
        # spans, final period kept), "The museum said" (generic noun for the named museum),
        # nickname in quotes not speech, child's first name only after "said seven-year-old"
        "A near-complete skeleton of a long-necked dinosaur went on display at the Caldwell "
        "Museum of Natural History on Saturday, nine years after it was found by a shepherd in "
        "the foothills of the Garran Range.\n\n"
        '"When we first saw the tail vertebrae sticking out of the hillside," said curator Owen '
        'Prydderch, "we thought it might be a few bones at most. We ended up with 86 percent of '
        'the animal."\n\n'
        "The museum said the skeleton was the largest of its kind ever found in Europe. "
        'Nicknamed "Big Maud" by the excavation team, the animal measured about 21 metres from '
        "nose to tail.\n\n"
        'Visitors queued around the block. "It\'s bigger than our house," said seven-year-old '
        "Isla, pressing her face to the glass.",
        [
            (
                D,
                [
                    "When we first saw the tail vertebrae sticking out of the hillside",
                    "we thought it might be a few bones at most. We ended up with 86 percent of "
                    "the animal.",
                ],
                "Owen Prydderch",
            ),
            (
                I,
                ["the skeleton was the largest of its kind ever found in Europe"],
                "Caldwell Museum of Natural History",
            ),
            (D, ["It's bigger than our house"], "Isla"),
        ],
    ),
    (  # 5 coffee and heart rhythm study, curly quotes: "was linked to" not speech, "The
        # study's lead author, Dr. Name of X, said that" (indirect), direct + "Surname said",
        # outside expert's partial after "described the effect as"
        "Drinking two to three cups of coffee a day was linked to a 12% lower risk of heart "
        "rhythm problems in a study of 410,000 adults published on Wednesday in the Northern "
        "Journal of Cardiology.\n\n"
        "The study's lead author, Dr. Farida Qureshi of the Kellmore Institute for Heart "
        "Research, said that the findings did not prove coffee itself was protective.\n\n"
        "“People who drink coffee may differ in lots of ways from people who don't. We can't tell "
        "anyone to start drinking it because of this paper,” Qureshi said.\n\n"
        "Martin Elsworth, a statistician at Dunmore University who was not involved in the "
        "research, described the effect as “modest at best”.",
        [
            (
                I,
                ["the findings did not prove coffee itself was protective"],
                "Farida Qureshi",
            ),
            (
                D,
                [
                    "People who drink coffee may differ in lots of ways from people who don't. "
                    "We can't tell anyone to start drinking it because of this paper"
                ],
                "Farida Qureshi",
            ),
            (P, ["modest at best"], "Martin Elsworth"),
        ],
    ),
    (  # 6 telescope lease rejected: land board "said the consortium had failed …" (indirect),
        # partial after "called the decision" by a director with a name particle, unnamed "A
        # resident who …" then "she said" after the quote
        "Plans to build a 30-metre telescope on the summit of Mount Orrin have been put on hold "
        "after the island's land board rejected the observatory's lease renewal on Thursday.\n\n"
        "The Calder Island Land Board said the consortium had failed to show that the project "
        "would not damage burial sites near the summit. The consortium's director, Dr. Piet van "
        'Aalst, called the decision "a serious setback for astronomy".\n\n'
        "A resident who has protested on the summit road every week since 2019 welcomed the "
        'ruling. "The mountain was here before the telescopes and it will be here after them," '
        "she said.",
        [
            (
                I,
                [
                    "the consortium had failed to show that the project would not damage burial "
                    "sites near the summit"
                ],
                "Calder Island Land Board",
            ),
            (P, ["a serious setback for astronomy"], "Piet van Aalst"),
            (
                D,
                ["The mountain was here before the telescopes and it will be here after them"],
                "resident",
            ),
        ],
    ),
    (  # 7 station crew splashdown, curly quotes: commander introduced without speaking, a
        # quote continued over two paragraphs (one span each) closed by "Surname told
        # reporters", "Mission managers said" (unnamed plural, indirect)
        "Three astronauts returned to Earth on Friday after 186 days aboard the orbital station "
        "Meridian, their capsule splashing down off the coast of Port Aurel shortly after 6 "
        "a.m.\n\n"
        "Commander Luis Ferreira-Banks, who was making his third long-duration flight, was "
        "helped out of the capsule and onto a stretcher, as is routine after months in "
        "weightlessness.\n\n"
        "“The first thing you notice is the smell of the sea. After six months of recycled air, "
        "it's overwhelming.\n\n"
        "“The second thing is how heavy your own arms are. I tried to wave and could barely lift "
        "my hand,” Ferreira-Banks told reporters at the recovery base.\n\n"
        "Mission managers said all three crew members were in good health and would undergo two "
        "weeks of medical checks.",
        [
            (
                D,
                [
                    "The first thing you notice is the smell of the sea. After six months of "
                    "recycled air, it's overwhelming.",
                    "The second thing is how heavy your own arms are. I tried to wave and could "
                    "barely lift my hand",
                ],
                "Luis Ferreira-Banks",
            ),
            (
                I,
                [
                    "all three crew members were in good health and would undergo two weeks of "
                    "medical checks"
                ],
                "mission managers",
            ),
        ],
    ),
    (  # 8 meteorite through a barn roof: reported clause before ", police said." (unnamed),
        # "Farmer Name was watching …" then "he said" after the quote, "…, according to
        # Dr. Name, a … specialist at X." (the part before)
        "A meteorite the size of a grapefruit smashed through the roof of a barn near Killany on "
        "Sunday night, narrowly missing a cow, police said.\n\n"
        'Farmer Declan Moriarty was watching television when he heard the crash. "I went out '
        'with a torch and there was a hole in the roof you could put your head through," he '
        "said.\n\n"
        "The stone, which weighs 1.8 kilograms, is probably around 4.5 billion years old, "
        "according to Dr. Nisha Balakrishnan, a meteorite specialist at the Westmarch Geological "
        "Survey. The cow, named Bernadette, was unharmed.",
        [
            (
                I,
                [
                    "A meteorite the size of a grapefruit smashed through the roof of a barn near "
                    "Killany on Sunday night, narrowly missing a cow"
                ],
                "police",
            ),
            (
                D,
                [
                    "I went out with a torch and there was a hole in the roof you could put your "
                    "head through"
                ],
                "Declan Moriarty",
            ),
            (
                I,
                ["The stone, which weighs 1.8 kilograms, is probably around 4.5 billion years old"],
                "Nisha Balakrishnan",
            ),
        ],
    ),
    (  # 9 AI lab ethics board resigns: "One of them, the philosopher Dr. Name, described the
        # deal as "…"" (partial), company partial inside reported speech ("said in a statement
        # that … "…"": only the partial), direct + "Surname said"
        "Four of the seven members of the external ethics board at Lumenfield, an artificial "
        "intelligence lab based in Ashbury, have resigned in protest at the company's decision "
        "to sell its voice-recognition software to border agencies.\n\n"
        "One of them, the philosopher Dr. Grace Adeyemi-Holt, described the deal as "
        '"incompatible with everything this board was set up to protect". Lumenfield said in '
        'a statement that the contract included "strict limits" on how the software could be '
        "used.\n\n"
        '"We were told about the contract two days before it was signed. An ethics board that '
        'finds out from the press is not an ethics board," Adeyemi-Holt said.',
        [
            (
                P,
                ["incompatible with everything this board was set up to protect"],
                "Grace Adeyemi-Holt",
            ),
            (P, ["strict limits"], "Lumenfield"),
            (
                D,
                [
                    "We were told about the contract two days before it was signed. An ethics "
                    "board that finds out from the press is not an ethics board"
                ],
                "Grace Adeyemi-Holt",
            ),
        ],
    ),
    (  # 10 steamer wreck identified: direct + "said marine archaeologist Dr. Name, who led the
        # survey, adding that the hull was in "…" condition" (partial inside reported speech:
        # only the partial), "Descendants … have been invited" not speech
        "Divers from the University of Penhallow have identified a wreck lying in 40 metres of "
        "water off Carrick Point as the Mary Ellen, a cargo steamer that sank in a storm in 1893 "
        "with the loss of 14 lives.\n\n"
        "\"We found the ship's bell in the silt on our fourth dive, and the name was still "
        'legible," said marine archaeologist Dr. Tamsin Rowe, who led the survey, adding that '
        'the hull was in "remarkable" condition.\n\n'
        "Descendants of the crew have been invited to a memorial service in Carrick in March.",
        [
            (
                D,
                [
                    "We found the ship's bell in the silt on our fourth dive, and the name was "
                    "still legible"
                ],
                "Tamsin Rowe",
            ),
            (P, ["remarkable"], "Tamsin Rowe"),
        ],
    ),
    (  # 11 Antarctic winter: unclosed quotation mark ending at ", said the station leader,
        # Name, during …", "Surname told reporters that" (indirect), "Asked how …, the
        # station's doctor, Name, laughed: "…"" (colon, final period kept)
        "Winter has arrived at Halvorsen Station, the Antarctic research base run by the Nordvik "
        "Polar Institute, where 14 scientists and technicians will spend the next six months "
        "cut off from the outside world. The last supply plane left on Tuesday.\n\n"
        '"From now on, if someone breaks a leg, we are the hospital, said the station leader, '
        "Ingrid Solbakken, during a video call with reporters.\n\n"
        "Solbakken told reporters that the team would drill an ice core to a depth of 900 "
        "metres, which could hold a record of the climate over the past 200,000 years.\n\n"
        "Temperatures at the station regularly fall below minus 60 degrees in July. Asked how "
        "the team would cope, the station's doctor, Aksel Brevik, laughed: \"Films, bread-baking "
        'and a very strict rota for the sauna."',
        [
            (
                D,
                ["From now on, if someone breaks a leg, we are the hospital"],
                "Ingrid Solbakken",
            ),
            (
                I,
                [
                    "the team would drill an ice core to a depth of 900 metres, which could hold "
                    "a record of the climate over the past 200,000 years"
                ],
                "Ingrid Solbakken",
            ),
            (
                D,
                ["Films, bread-baking and a very strict rota for the sauna."],
                "Aksel Brevik",
            ),
        ],
    ),
    (  # 12 gene therapy for blindness: reported clause before ", researchers said on Monday."
        # (unnamed plural), "The trial's senior author, Prof. Name of X, said the" (indirect
        # without "that"), mother's direct reporting her daughter's words + "said her mother,
        # Name" (one direct only)
        "A one-off gene therapy has allowed nine of twelve children with a rare inherited form "
        "of blindness to read large print for the first time, researchers said on Monday.\n\n"
        "The trial's senior author, Prof. Eleanor Whitcombe of the Marlowe Eye Hospital, said "
        "the improvement had lasted for at least two years in every child who responded.\n\n"
        'Among them is eight-year-old Ruby Caine from Stockbridge. "The first morning after the '
        "operation, she told me the curtains were blue. She'd never known what colour they "
        'were," said her mother, Joanne Caine.\n\n'
        "The company developing the treatment, Lucern Therapeutics, has not yet set a price.",
        [
            (
                I,
                [
                    "A one-off gene therapy has allowed nine of twelve children with a rare "
                    "inherited form of blindness to read large print for the first time"
                ],
                "researchers",
            ),
            (
                I,
                ["the improvement had lasted for at least two years in every child who responded"],
                "Eleanor Whitcombe",
            ),
            (
                D,
                [
                    "The first morning after the operation, she told me the curtains were blue. "
                    "She'd never known what colour they were"
                ],
                "Joanne Caine",
            ),
        ],
    ),
    (  # 13 pupils win an engineering contest: two-sentence direct + "said 15-year-old Name,
        # the team's programmer", "Their physics teacher … spent" not speech, partial after
        # "The judges praised" (unnamed plural)
        "A team of four pupils from Greyfield Academy has won the national Young Engineers "
        "Challenge with a robot that sorts plastic waste by colour and type, beating entries "
        "from 230 schools.\n\n"
        "\"Honestly, we didn't think it would work on the day. It jammed twice during the "
        "practice run,\" said 15-year-old Maya Osei, the team's programmer.\n\n"
        "Their physics teacher, Colin Haskett, spent every Thursday evening for eight months "
        'with them in the school workshop. The judges praised "an elegant, genuinely useful '
        'design" and awarded the school £5,000 for new equipment.',
        [
            (
                D,
                [
                    "Honestly, we didn't think it would work on the day. It jammed twice during "
                    "the practice run"
                ],
                "Maya Osei",
            ),
            (P, ["an elegant, genuinely useful design"], "judges"),
        ],
    ),
    (  # 14 water vapour on an exoplanet: scare quotes "habitable zone" not speech, direct +
        # "said Dr. Name, who led the team." then an unattributed continuation after a full
        # stop (second direct, same speaker), reported clause before ", the X Agency said."
        "Astronomers using the Cerro Alado Observatory have detected water vapour in the "
        "atmosphere of a planet orbiting a small red star 41 light-years away, inside the "
        'so-called "habitable zone" where liquid water could exist on the surface.\n\n'
        '"This doesn\'t mean there is life there, and I want to be very clear about that," said '
        'Dr. Rafael Ituarte, who led the team. "It means we finally have a rocky world where we '
        'can ask the question properly."\n\n'
        "The findings, published in Astronomical Letters on Thursday, will be tested further by "
        "the Horizon space telescope next year, the Interplanetary Science Agency said.",
        [
            (
                D,
                ["This doesn't mean there is life there, and I want to be very clear about that"],
                "Rafael Ituarte",
            ),
            (
                D,
                ["It means we finally have a rocky world where we can ask the question properly."],
                "Rafael Ituarte",
            ),
            (
                I,
                [
                    "The findings, published in Astronomical Letters on Thursday, will be tested "
                    "further by the Horizon space telescope next year"
                ],
                "Interplanetary Science Agency",
            ),
        ],
    ),
    (  # 15 old satellite re-entry: "…, according to the X Agency." (the part before, whole
        # sentence with "but"), "Asked whether …, the agency's head of space safety, Dr. Name,
        # said: "…"" (colon, final period kept), "Amateur observers plan" not speech
        "A defunct weather satellite is expected to re-enter the atmosphere early on Saturday, "
        "but most of it will burn up and the risk to people on the ground is extremely low, "
        "according to the Continental Space Agency.\n\n"
        "The two-tonne Stratos-4, launched in 2009, ran out of fuel four years ago. Asked "
        "whether debris could reach populated areas, the agency's head of space safety, Dr. "
        'Konrad Vieregg, said: "A few fragments may survive, but the chance that one of them '
        'hits anyone is about one in 100 billion."\n\n'
        "Amateur observers plan to photograph its final passes from hilltops across the "
        "region.",
        [
            (
                I,
                [
                    "A defunct weather satellite is expected to re-enter the atmosphere early on "
                    "Saturday, but most of it will burn up and the risk to people on the ground "
                    "is extremely low"
                ],
                "Continental Space Agency",
            ),
            (
                D,
                [
                    "A few fragments may survive, but the chance that one of them hits anyone is "
                    "about one in 100 billion."
                ],
                "Konrad Vieregg",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout107.jsonl"),
        "heldout107",
        "h107",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
