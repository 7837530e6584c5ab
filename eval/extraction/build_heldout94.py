"""Source of the ninety-fourth held-out set: writes heldout94.jsonl (split "heldout94").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like transport, housing and city news: rail and bus strikes, airports, tramway projects,
road accidents, rents and evictions, building sites and urban planning disputes, with transport
ministers, operators' spokespeople, unions, mayors, tenants and commuters quoted.
Measured once with 0.29.0 and 0.30.0 on 2026-12-02, unread when measured (the same output:
docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout94.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-30"
Item = GoldItem

FR: list[Item] = [
    (  # 1 regional rail strike: "Le syndicat X dénonce une « … »" partial (generic noun
        # dropped), "Son délégué régional, Name, se montre plus direct :" + two-sentence direct
        # with its final period, direct before "a répondu la directrice régionale de X, Name"
        "Le trafic des trains régionaux sera fortement perturbé jeudi et vendredi dans l'ouest de "
        "la région, où les contrôleurs sont appelés à cesser le travail pour protester contre la "
        "suppression de 140 postes. Un train sur trois seulement circulera sur les lignes "
        "desservant Castelmoine et Vauriac.\n\n"
        "Le syndicat Rail Solidaire, à l'origine du préavis, dénonce une «\u00a0casse "
        "silencieuse\u00a0» du service public ferroviaire. Son délégué régional, Gaëtan Le "
        "Floc'h, se montre plus direct\u00a0: «\u00a0On nous demande de laisser partir des trains "
        "sans personne à bord pour aider les voyageurs. Ce n'est pas acceptable.\u00a0»\n\n"
        "«\u00a0Nous restons ouverts au dialogue, mais la réorganisation est indispensable à "
        "l'équilibre financier des lignes\u00a0», a répondu la directrice régionale de la "
        "Compagnie ferroviaire de l'Ouest, Armelle Tessier-Barbot, lors d'un point presse à "
        "Castelmoine.\n\n"
        "Les abonnés seront indemnisés à hauteur de 50\u00a0% pour les deux journées. Une "
        "nouvelle réunion entre la direction et les organisations syndicales est prévue lundi.",
        [
            (P, ["casse silencieuse"], "Rail Solidaire"),
            (
                D,
                [
                    "On nous demande de laisser partir des trains sans personne à bord pour aider "
                    "les voyageurs. Ce n'est pas acceptable."
                ],
                "Gaëtan Le Floc'h",
            ),
            (
                D,
                [
                    "Nous restons ouverts au dialogue, mais la réorganisation est indispensable à "
                    "l'équilibre financier des lignes"
                ],
                "Armelle Tessier-Barbot",
            ),
        ],
    ),
    (  # 2 airport extension: "Selon l'association X, qui …, <clause>" (relative clause before
        # the reported clause), direct + "raconte Name, 67 ans, qui …", incise "a-t-il affirmé
        # mardi," splitting one quote (pronoun for the airport director named just before)
        "L'enquête publique sur l'extension de l'aérogare de Brévannes-Saint-Clair s'est ouverte "
        "lundi, et elle s'annonce houleuse. Le projet prévoit d'agrandir le terminal de "
        "18\u00a0000 mètres carrés pour accueillir jusqu'à 9 millions de passagers par an, contre "
        "6 millions aujourd'hui.\n\n"
        "Selon l'association Ciel calme, qui fédère les riverains de six communes, le nombre de "
        "vols de nuit a doublé en cinq ans. «\u00a0On ne dort plus. À 5\u00a0heures du matin, les "
        "vitres tremblent\u00a0», raconte Josiane Meyrieux, 67\u00a0ans, qui habite à moins de "
        "deux kilomètres de la piste.\n\n"
        "Le directeur de l'aéroport, Laurent Abiteboul-Ravel, conteste cette lecture. «\u00a0"
        "L'extension ne créera pas un seul vol de nuit supplémentaire, a-t-il affirmé mardi, elle "
        "servira seulement à accueillir les passagers dans de meilleures conditions.\u00a0»\n\n"
        "Les conclusions du commissaire enquêteur sont attendues au printemps. La décision finale "
        "reviendra au préfet.",
        [
            (I, ["le nombre de vols de nuit a doublé en cinq ans"], "Ciel calme"),
            (
                D,
                ["On ne dort plus. À 5\u00a0heures du matin, les vitres tremblent"],
                "Josiane Meyrieux",
            ),
            (
                D,
                [
                    "L'extension ne créera pas un seul vol de nuit supplémentaire",
                    "elle servira seulement à accueillir les passagers dans de meilleures "
                    "conditions.",
                ],
                "Laurent Abiteboul-Ravel",
            ),
        ],
    ),
    (  # 3 tramway vote: president mentioned but not speaking, "a réclamé un fonds" (noun
        # object, not annotated), direct + "affirme Name, fleuriste …", partial "a jugé le
        # projet « … »" then "Il a estimé qu'" (pronoun) indirect
        "Le conseil métropolitain de Rivemont a adopté jeudi soir, par 61 voix contre 23, le "
        "tracé définitif de la deuxième ligne de tramway, qui reliera la gare au quartier des "
        "Hauts-de-Sèvre à partir de 2030. Le chantier, estimé à 480 millions d'euros, doit "
        "commencer à l'automne prochain. Le président de la métropole, Bertrand Oyono, n'a pas "
        "pris part au vote, son épouse possédant un commerce sur le tracé.\n\n"
        "Les commerçants de la rue Lamartine, où passeront les rails, redoutent trois années de "
        "travaux. Leur association a réclamé jeudi un fonds d'indemnisation.\n\n"
        "«\u00a0Pendant le chantier de la première ligne, j'ai perdu 40\u00a0% de mon chiffre "
        "d'affaires. Personne ne m'a jamais remboursé\u00a0», affirme Farida Mesbahi, fleuriste "
        "dans la rue depuis vingt ans.\n\n"
        "L'élu d'opposition Charles-Henri Vautrin a jugé le projet «\u00a0surdimensionné\u00a0». "
        "Il a estimé qu'un bus à haut niveau de service aurait coûté trois fois moins cher pour "
        "un temps de parcours comparable.",
        [
            (
                D,
                [
                    "Pendant le chantier de la première ligne, j'ai perdu 40\u00a0% de mon chiffre "
                    "d'affaires. Personne ne m'a jamais remboursé"
                ],
                "Farida Mesbahi",
            ),
            (P, ["surdimensionné"], "Charles-Henri Vautrin"),
            (
                I,
                [
                    "un bus à haut niveau de service aurait coûté trois fois moins cher pour un "
                    "temps de parcours comparable"
                ],
                "Charles-Henri Vautrin",
            ),
        ],
    ),
    (  # 4 school coach accident: "D'après les gendarmes," (unnamed plural, rest of the
        # sentence), direct + "a précisé le procureur de X, Name", unnamed "Une mère d'élève"
        # then "a-t-elle lâché" in the next sentence, "a annoncé la pose" (noun object)
        "Un autocar qui transportait 38 collégiens a quitté la route mardi vers 7\u00a0h\u00a050 "
        "sur la départementale 912, à la sortie du village de Lanvézec, avant de se coucher dans "
        "un fossé. Onze enfants ont été légèrement blessés et transportés à l'hôpital de "
        "Morvannec par précaution.\n\n"
        "D'après les gendarmes, le conducteur, âgé de 52\u00a0ans, aurait perdu le contrôle du "
        "véhicule sur une plaque de verglas dans un virage en descente.\n\n"
        "«\u00a0Les dépistages d'alcool et de stupéfiants se sont révélés négatifs\u00a0», a "
        "précisé le procureur de Morvannec, Yann-Erwan Guivarc'h, qui a ouvert une enquête pour "
        "blessures involontaires.\n\n"
        "Devant le collège Anne-de-Kerlan, des parents attendaient des nouvelles depuis le début "
        "de la matinée. Une mère d'élève, dont la fille souffre d'une fracture du poignet, ne "
        "cachait pas sa colère. «\u00a0Cela fait des années qu'on réclame une glissière de "
        "sécurité dans ce virage\u00a0», a-t-elle lâché.\n\n"
        "Le département a annoncé la pose d'un radar pédagogique dès la semaine prochaine.",
        [
            (
                I,
                [
                    "le conducteur, âgé de 52\u00a0ans, aurait perdu le contrôle du véhicule sur "
                    "une plaque de verglas dans un virage en descente"
                ],
                "gendarmes",
            ),
            (
                D,
                ["Les dépistages d'alcool et de stupéfiants se sont révélés négatifs"],
                "Yann-Erwan Guivarc'h",
            ),
            (
                D,
                ["Cela fait des années qu'on réclame une glissière de sécurité dans ce virage"],
                "mère d'élève",
            ),
        ],
    ),
    (  # 5 rent control: indirect with the cue after ("…, a annoncé mercredi la ministre du
        # Logement, Name"), direct + "a soutenu la ministre" (role alone), "a salué la
        # décision" (noun object), "Pour Name, président de X, « … »." with the period outside
        "L'encadrement des loyers sera prolongé de trois ans dans les quatorze agglomérations où "
        "il est expérimenté, a annoncé mercredi la ministre du Logement, Sandrine "
        "Okonkwo-Berthier. Le dispositif devait prendre fin en juillet.\n\n"
        "«\u00a0Là où il s'applique, l'encadrement a freiné les abus sans faire fuir les "
        "investisseurs\u00a0», a soutenu la ministre devant la commission des affaires "
        "économiques de l'Assemblée nationale, chiffres de son administration à l'appui.\n\n"
        "L'Union des locataires solidaires a salué la décision, mais réclame son extension à "
        "toutes les villes de plus de 50\u00a0000 habitants. Du côté des bailleurs, le ton est "
        "tout autre. Pour Hervé Casteljaloux, président de la Fédération des propriétaires "
        "privés, «\u00a0on décourage ceux qui louent encore au lieu de s'attaquer à la pénurie de "
        "logements\u00a0».\n\n"
        "Le loyer moyen a progressé de 3,1\u00a0% sur un an dans les grandes villes, une hausse "
        "inédite depuis quinze ans.",
        [
            (
                I,
                [
                    "L'encadrement des loyers sera prolongé de trois ans dans les quatorze "
                    "agglomérations où il est expérimenté"
                ],
                "Sandrine Okonkwo-Berthier",
            ),
            (
                D,
                [
                    "Là où il s'applique, l'encadrement a freiné les abus sans faire fuir les "
                    "investisseurs"
                ],
                "Sandrine Okonkwo-Berthier",
            ),
            (
                D,
                [
                    "on décourage ceux qui louent encore au lieu de s'attaquer à la pénurie de "
                    "logements"
                ],
                "Hervé Casteljaloux",
            ),
        ],
    ),
    (  # 6 eviction: direct + "raconte la mère, Name" (role + apposition), organisation
        # indirect with an infinitive ("affirme avoir proposé …", generic "Le bailleur social"
        # dropped), partial "s'est dit « impuissant »" by "Le maire, Name"
        "À Saint-Mérand, une famille de cinq personnes a été expulsée mardi matin de son "
        "appartement de la cité des Tilleuls, au lendemain de la fin de la trêve hivernale. Le "
        "bailleur social Habitat mérandais lui réclamait près de 9\u00a0000 euros d'arriérés de "
        "loyer.\n\n"
        "«\u00a0On a tout perdu en une matinée. Les enfants n'ont même pas pu prendre leurs "
        "cartables\u00a0», raconte la mère, Nadia Bensalem, hébergée depuis par une voisine avec "
        "ses trois fils et son mari.\n\n"
        "Habitat mérandais affirme avoir proposé à plusieurs reprises un échéancier pour "
        "rembourser la dette, sans obtenir de réponse.\n\n"
        "Le maire, Didier Lescure, présent devant l'immeuble au moment de l'intervention des "
        "forces de l'ordre, s'est dit «\u00a0impuissant\u00a0» face à une décision de justice. La "
        "commune ne dispose d'aucun logement d'urgence disponible avant le mois de juin. Une "
        "dizaine de voisins s'étaient rassemblés en signe de soutien.",
        [
            (
                D,
                [
                    "On a tout perdu en une matinée. Les enfants n'ont même pas pu prendre leurs "
                    "cartables"
                ],
                "Nadia Bensalem",
            ),
            (
                I,
                [
                    "avoir proposé à plusieurs reprises un échéancier pour rembourser la dette, "
                    "sans obtenir de réponse"
                ],
                "Habitat mérandais",
            ),
            (P, ["impuissant"], "Didier Lescure"),
        ],
    ),
    (  # 7 building-site accident: "Selon les pompiers," inside a paragraph, "a ordonné
        # l'arrêt" (noun object), direct + "dénonce un coffreur présent sur le site" (unnamed),
        # promoter mentioned but declining to speak
        "Un ouvrier de 34\u00a0ans a été grièvement blessé lundi en fin de matinée sur le "
        "chantier de la tour Horizon, à Vellecourt, après la chute d'un élément de coffrage de "
        "plusieurs centaines de kilos. Selon les pompiers, la victime a été héliportée vers le "
        "CHU de Vellecourt dans un état grave.\n\n"
        "L'inspection du travail a ordonné l'arrêt immédiat du chantier, qui doit livrer 210 "
        "logements et des bureaux à la fin de l'année prochaine.\n\n"
        "«\u00a0Ça fait des mois qu'on alerte sur les cadences. On nous demande de couler un "
        "étage par semaine, quel que soit le temps\u00a0», dénonce un coffreur présent sur le "
        "site, qui a requis l'anonymat.\n\n"
        "Contacté, le promoteur Altéa Immobilier n'a pas souhaité s'exprimer avant les "
        "conclusions de l'enquête. Il s'agit du deuxième accident grave sur un chantier de la "
        "métropole depuis le début de l'année.",
        [
            (
                I,
                ["la victime a été héliportée vers le CHU de Vellecourt dans un état grave"],
                "pompiers",
            ),
            (
                D,
                [
                    "Ça fait des mois qu'on alerte sur les cadences. On nous demande de couler un "
                    "étage par semaine, quel que soit le temps"
                ],
                "coffreur",
            ),
        ],
    ),
    (  # 8 bus strike: direct + "explique Name, conducteur … et délégué du syndicat X",
        # management and mayor acting without reported clauses ("a rejeté la revendication",
        # "a proposé une médiation"), second direct + "a prévenu M. Surname" (no-break space)
        "Pour le cinquième jour consécutif, seuls deux bus sur dix circulaient lundi sur le "
        "réseau Citéa, à Montclar-sur-Ain. Les conducteurs réclament une prime de 150 euros par "
        "mois et dénoncent la multiplication des agressions depuis l'été.\n\n"
        "«\u00a0Un collègue s'est fait frapper pour un ticket à 1,60\u00a0euro. On ne veut plus "
        "rouler la peur au ventre\u00a0», explique Rachid Amrani, conducteur depuis douze ans et "
        "délégué du syndicat Force Transports.\n\n"
        "La direction de Citéa, filiale du groupe Mobilitas, a rejeté la revendication salariale "
        "et rappelé la présence de médiateurs sur les lignes les plus sensibles. La maire, "
        "Jocelyne Perrault-Diallo, qui préside aussi le syndicat mixte des transports, a proposé "
        "mardi une médiation.\n\n"
        "«\u00a0Si rien ne bouge d'ici à jeudi, nous reconduirons la grève jusqu'aux "
        "vacances\u00a0», a prévenu M.\u00a0Amrani à la sortie d'une assemblée générale.",
        [
            (
                D,
                [
                    "Un collègue s'est fait frapper pour un ticket à 1,60\u00a0euro. On ne veut "
                    "plus rouler la peur au ventre"
                ],
                "Rachid Amrani",
            ),
            (
                D,
                ["Si rien ne bouge d'ici à jeudi, nous reconduirons la grève jusqu'aux vacances"],
                "Rachid Amrani",
            ),
        ],
    ),
    (  # 9 heritage market hall: partial "a salué une décision « … »" by "Le collectif X",
        # book title in « » not speech, "Le promoteur X a indiqué qu'il" indirect, direct
        # ending in a question + "s'est-il interrogé" (no comma after the question mark)
        "Le tribunal administratif de Lorcy a suspendu vendredi le permis de construire délivré "
        "pour un ensemble immobilier de sept étages sur l'emplacement de l'ancienne halle aux "
        "grains de Pontvieux, un bâtiment de 1842 que le projet prévoyait de démolir.\n\n"
        "Le collectif Sauvons la halle, qui avait déposé le recours, a salué une décision «\u00a0"
        "de bon sens\u00a0». Il avait recueilli plus de 8\u00a0000 signatures, à l'initiative "
        "notamment de l'historienne Claire Dambreville, auteure de «\u00a0Pontvieux, mémoires "
        "d'une halle\u00a0».\n\n"
        "Le promoteur Urbanis a indiqué qu'il se pourvoirait en cassation devant le Conseil "
        "d'État.\n\n"
        "Le maire de Pontvieux, Antoine Ferracci, qui soutenait le projet, regrette la décision. "
        "«\u00a0Ce programme prévoyait 120 logements, dont un tiers de logements sociaux. Qui va "
        "les construire maintenant\u00a0?\u00a0» s'est-il interrogé devant le conseil municipal.",
        [
            (P, ["de bon sens"], "Sauvons la halle"),
            (I, ["il se pourvoirait en cassation devant le Conseil d'État"], "Urbanis"),
            (
                D,
                [
                    "Ce programme prévoyait 120 logements, dont un tiers de logements sociaux. Qui "
                    "va les construire maintenant\u00a0?"
                ],
                "Antoine Ferracci",
            ),
        ],
    ),
    (  # 10 metro breakdown: direct + "a raconté Name, une étudiante de 21 ans qui …",
        # "L'exploitant, la Régie X (RTB), a expliqué … qu'" (apposition, acronym), a
        # vice-president who "a demandé un audit" (noun object, not annotated)
        "Plusieurs centaines de voyageurs ont dû évacuer à pied les tunnels de la ligne B du "
        "métro de Bellerive, mercredi soir, après une panne d'alimentation électrique survenue "
        "vers 18\u00a0h\u00a030, en pleine heure de pointe. Six stations ont été fermées pendant "
        "plus de trois heures.\n\n"
        "«\u00a0On est restés quarante minutes dans le noir, sans aucune annonce. Des gens "
        "commençaient à paniquer, une femme enceinte a fait un malaise\u00a0», a raconté Mélissa "
        "Gandon, une étudiante de 21\u00a0ans qui rentrait de l'université.\n\n"
        "L'exploitant, la Régie des transports bellerivois (RTB), a expliqué dans la soirée qu'un "
        "câble avait cédé dans un poste d'alimentation situé sous la station Carnot.\n\n"
        "Le vice-président de la métropole chargé des transports, Kévin Labarthe, a demandé un "
        "audit complet du réseau, dont certains équipements datent de son inauguration, en 1984.",
        [
            (
                D,
                [
                    "On est restés quarante minutes dans le noir, sans aucune annonce. Des gens "
                    "commençaient à paniquer, une femme enceinte a fait un malaise"
                ],
                "Mélissa Gandon",
            ),
            (
                I,
                ["un câble avait cédé dans un poste d'alimentation situé sous la station Carnot"],
                "Régie des transports bellerivois",
            ),
        ],
    ),
    (  # 11 cycle lane dispute: "D'après la mairie," (paragraph of its own), direct + "rappelle
        # l'adjointe chargée des mobilités, Name", "Name, de l'association X, n'est pas
        # convaincu :" + direct with its period (colon with no speech verb)
        "Commencés en septembre, les travaux de la voie cyclable express du boulevard "
        "Anatole-Ferrand, à Vernoy, divisent les habitants. Sur 2,3 kilomètres, l'une des deux "
        "voies de circulation automobile sera remplacée par une piste à double sens séparée de la "
        "chaussée.\n\n"
        "D'après la mairie, près de 4\u00a0000 cyclistes emprunteront chaque jour cet axe une "
        "fois l'aménagement terminé, au printemps.\n\n"
        "«\u00a0Ce boulevard est le plus accidentogène de la ville pour les cyclistes. Nous avons "
        "compté trois morts en cinq ans\u00a0», rappelle l'adjointe chargée des mobilités, Hélène "
        "Vasseur-Nkemba.\n\n"
        "Patrice Lemaréchal, de l'association Automobilistes en colère, n'est pas "
        "convaincu\u00a0: «\u00a0Supprimer une voie sur un boulevard aussi chargé, c'est créer "
        "des bouchons jusqu'au périphérique.\u00a0»\n\n"
        "Le chantier doit coûter 6,2\u00a0millions d'euros, financés pour moitié par l'État.",
        [
            (
                I,
                [
                    "près de 4\u00a0000 cyclistes emprunteront chaque jour cet axe une fois "
                    "l'aménagement terminé, au printemps"
                ],
                "mairie",
            ),
            (
                D,
                [
                    "Ce boulevard est le plus accidentogène de la ville pour les cyclistes. Nous "
                    "avons compté trois morts en cinq ans"
                ],
                "Hélène Vasseur-Nkemba",
            ),
            (
                D,
                [
                    "Supprimer une voie sur un boulevard aussi chargé, c'est créer des bouchons "
                    "jusqu'au périphérique."
                ],
                "Patrice Lemaréchal",
            ),
        ],
    ),
    (  # 12 rail reopening plan: scare quotes « petites lignes » with no speaker, "Le ministre
        # a été clair … :" + a quote continued over two paragraphs (one span each, first
        # paragraph left unclosed), partial inside "a estimé que", "Selon l'Association X,"
        "Le ministre des Transports, Jean-Baptiste Moréno, a présenté lundi un plan de "
        "2,4\u00a0milliards d'euros pour rouvrir aux voyageurs onze lignes ferroviaires fermées "
        "depuis les années 1990. Ces «\u00a0petites lignes\u00a0», longtemps jugées non "
        "rentables, desservent surtout des zones rurales.\n\n"
        "Le ministre a été clair, lors d'une conférence de presse en gare de Sermaize\u00a0: "
        "«\u00a0Le train doit redevenir une évidence dans les territoires ruraux. Trop longtemps, "
        "on a laissé les habitants sans autre choix que la voiture.\n\n"
        "«\u00a0Dès 2028, les premiers trains circuleront de nouveau entre Sermaize et "
        "Vic-le-Haut.\u00a0»\n\n"
        "Les régions, qui devront financer 40\u00a0% des travaux, restent prudentes. Le président "
        "de la région Haute-Marche, Michel Drouot-Sall, a estimé que l'État «\u00a0se défaussait "
        "une nouvelle fois\u00a0» sur les collectivités.\n\n"
        "Selon l'Association des usagers du rail, au moins trente autres lignes mériteraient "
        "d'être rouvertes.",
        [
            (
                D,
                [
                    "Le train doit redevenir une évidence dans les territoires ruraux. Trop "
                    "longtemps, on a laissé les habitants sans autre choix que la voiture.",
                    "Dès 2028, les premiers trains circuleront de nouveau entre Sermaize et "
                    "Vic-le-Haut.",
                ],
                "Jean-Baptiste Moréno",
            ),
            (P, ["se défaussait une nouvelle fois"], "Michel Drouot-Sall"),
            (
                I,
                ["au moins trente autres lignes mériteraient d'être rouvertes"],
                "Association des usagers du rail",
            ),
        ],
    ),
    (  # 13 air traffic controllers' strike: indirect with the cue after ("…, a indiqué jeudi
        # la Direction générale … (DGAC)"), direct + "a déclaré sa secrétaire générale, Name"
        # (possessive + apposition), direct + "s'agace la jeune femme" (role for a name given
        # in the previous sentence), minister mentioned but not speaking
        "Les compagnies devront réduire de moitié leurs programmes de vols vendredi à l'aéroport "
        "de Marseval-Provence en raison d'une grève des contrôleurs aériens, a indiqué jeudi la "
        "Direction générale de l'aviation civile (DGAC). Près de 300 vols sont concernés.\n\n"
        "L'Union des contrôleurs aériens (UCA) proteste contre un projet de réforme des horaires "
        "de travail. «\u00a0Nos effectifs n'ont pas augmenté depuis dix ans alors que le trafic a "
        "progressé de 30\u00a0%\u00a0», a déclaré sa secrétaire générale, Corinne Mabille.\n\n"
        "Dans le hall du terminal 2, Léa Marchetti et son compagnon ont appris la veille au soir "
        "l'annulation de leur vol pour Porto. «\u00a0On avait réservé il y a six mois. La "
        "compagnie nous propose un avoir, pas un remboursement\u00a0», s'agace la jeune femme.\n\n"
        "Le ministre délégué aux Transports, Paul-Arthur Nzé, doit recevoir les syndicats lundi.",
        [
            (
                I,
                [
                    "Les compagnies devront réduire de moitié leurs programmes de vols vendredi à "
                    "l'aéroport de Marseval-Provence en raison d'une grève des contrôleurs aériens"
                ],
                "Direction générale de l'aviation civile",
            ),
            (
                D,
                [
                    "Nos effectifs n'ont pas augmenté depuis dix ans alors que le trafic a "
                    "progressé de 30\u00a0%"
                ],
                "Corinne Mabille",
            ),
            (
                D,
                [
                    "On avait réservé il y a six mois. La compagnie nous propose un avoir, pas un "
                    "remboursement"
                ],
                "Léa Marchetti",
            ),
        ],
    ),
    (  # 14 slum landlord trial: direct + "a témoigné à l'audience une ancienne locataire"
        # (unnamed, inverted), "a contesté les faits" (noun object), partial inside "Il a
        # assuré que" (pronoun for "Le prévenu, Name"), "Selon la mairie,"
        "Le tribunal correctionnel de Vérac a condamné jeudi un propriétaire de 58\u00a0ans à "
        "deux ans d'emprisonnement avec sursis et 40\u00a0000 euros d'amende pour avoir loué à "
        "des étudiants des chambres de 6 mètres carrés jugées insalubres, dans un immeuble du "
        "centre historique.\n\n"
        "«\u00a0Il y avait de la moisissure sur tous les murs et l'eau chaude coupait chaque soir "
        "à 20\u00a0heures\u00a0», a témoigné à l'audience une ancienne locataire, étudiante en "
        "pharmacie.\n\n"
        "Le prévenu, Gérard Pouliquen, a contesté les faits. Il a assuré que les étudiants "
        "«\u00a0connaissaient l'état des lieux\u00a0» au moment de signer leur bail.\n\n"
        "Selon la mairie, une cinquantaine de logements de ce type ont été signalés dans le "
        "centre-ville depuis 2023. Le propriétaire dispose de dix jours pour faire appel.",
        [
            (
                D,
                [
                    "Il y avait de la moisissure sur tous les murs et l'eau chaude coupait chaque "
                    "soir à 20\u00a0heures"
                ],
                "ancienne locataire",
            ),
            (P, ["connaissaient l'état des lieux"], "Gérard Pouliquen"),
            (
                I,
                [
                    "une cinquantaine de logements de ce type ont été signalés dans le centre-ville "
                    "depuis 2023"
                ],
                "mairie",
            ),
        ],
    ),
    (  # 15 low-emission zone, typographic apostrophes: "Le président de X, Name, a défendu la
        # mesure … :" + two-sentence direct, "dénoncent une mesure injuste" (noun object),
        # direct + "explique-t-il" (pronoun), "La collectivité a précisé qu’" for the body
        # named earlier (Montbrevet Agglomération)
        "À partir du 1er\u00a0janvier, les véhicules classés Crit’Air\u00a03 ne pourront plus "
        "circuler dans la zone à faibles émissions de Montbrevet, qui couvre le centre-ville et "
        "sept communes voisines. Environ 22\u00a0000 voitures et utilitaires sont concernés.\n\n"
        "Le président de Montbrevet Agglomération, Rémi Castagnède, a défendu la mesure devant "
        "la presse\u00a0: «\u00a0Chaque année, la pollution de l’air provoque ici près de 200 "
        "décès prématurés. Nous ne pouvons plus attendre.\u00a0»\n\n"
        "Les artisans, eux, dénoncent une mesure injuste. Plombier à Montbrevet, Julien Haddou "
        "doit remplacer sa camionnette de 2011. «\u00a0Je n’ai pas 30\u00a0000 euros pour un "
        "utilitaire électrique. Si je ne peux plus entrer en ville, je perds la moitié de mes "
        "clients\u00a0», explique-t-il.\n\n"
        "La collectivité a précisé qu’une aide pouvant aller jusqu’à 5\u00a0000 euros serait "
        "accordée aux professionnels sous conditions de revenus.",
        [
            (
                D,
                [
                    "Chaque année, la pollution de l’air provoque ici près de 200 décès "
                    "prématurés. Nous ne pouvons plus attendre."
                ],
                "Rémi Castagnède",
            ),
            (
                D,
                [
                    "Je n’ai pas 30\u00a0000 euros pour un utilitaire électrique. Si je ne peux "
                    "plus entrer en ville, je perds la moitié de mes clients"
                ],
                "Julien Haddou",
            ),
            (
                I,
                [
                    "une aide pouvant aller jusqu’à 5\u00a0000 euros serait accordée aux "
                    "professionnels sous conditions de revenus"
                ],
                "Montbrevet Agglomération",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rail strike: indirect with the cue after ("…, the drivers' union Footplate
        # announced", generic noun dropped), "Its general secretary, Name, said:" + two-sentence
        # direct, operator partial "called the walkout "…"" with the period outside
        "Train drivers on the Westmarch Rail network will walk out for 48 hours from next "
        "Tuesday after pay talks collapsed, the drivers' union Footplate announced on Friday. The "
        "strike is expected to halt almost all services between Westmarch, Carlow Bridge and the "
        "coast.\n\n"
        'Its general secretary, Declan Moorhouse, said: "Our members have had one pay rise in '
        "four years. Nobody takes this decision lightly, but management has left us no "
        'choice."\n\n'
        'Westmarch Rail called the walkout "deeply disappointing". A skeleton timetable will run '
        "on the main line to Carlow Bridge, with the last trains leaving at 6pm.\n\n"
        "Around 60,000 people use the network on a typical weekday. It is the fourth strike on "
        "the network since the spring.",
        [
            (
                I,
                [
                    "Train drivers on the Westmarch Rail network will walk out for 48 hours from "
                    "next Tuesday after pay talks collapsed"
                ],
                "Footplate",
            ),
            (
                D,
                [
                    "Our members have had one pay rise in four years. Nobody takes this decision "
                    "lightly, but management has left us no choice."
                ],
                "Declan Moorhouse",
            ),
            (P, ["deeply disappointing"], "Westmarch Rail"),
        ],
    ),
    (  # 2 airport baggage failure: direct + "said Name, who …", "apologised to passengers"
        # (noun object), then "“A,” she said. “B.”" (two quotes, same speaker), "According to
        # the airport," (generic noun for Kelmouth Airport, rest of the sentence)
        "Thousands of passengers were stranded at Kelmouth Airport on Sunday after the failure "
        "of its baggage handling system forced airlines to cancel or delay more than 120 "
        "flights.\n\n"
        "“We have been here since five this morning and nobody can tell us where our suitcases "
        "are,” said Tom Birchall, who was due to fly to Málaga with his wife and three "
        "children.\n\n"
        "The airport's chief operating officer, Anjali Raman, apologised to passengers. “This is "
        "not the standard we hold ourselves to,” she said. “Our engineers worked through the "
        "night, and the system is now running at full capacity.”\n\n"
        "According to the airport, around 7,000 bags were left behind and will be delivered to "
        "passengers' homes over the coming days. The cause of the failure is still being "
        "investigated.",
        [
            (
                D,
                [
                    "We have been here since five this morning and nobody can tell us where our "
                    "suitcases are"
                ],
                "Tom Birchall",
            ),
            (D, ["This is not the standard we hold ourselves to"], "Anjali Raman"),
            (
                D,
                [
                    "Our engineers worked through the night, and the system is now running at "
                    "full capacity."
                ],
                "Anjali Raman",
            ),
            (
                I,
                [
                    "around 7,000 bags were left behind and will be delivered to passengers' homes "
                    "over the coming days"
                ],
                "Kelmouth Airport",
            ),
        ],
    ),
    (  # 3 tram extension: "The mayor of X, Name, said" (no "that"), partial "described the
        # scheme as "…"" by "Opposition councillor Name" (role dropped), two-sentence direct +
        # "said Name, who runs a bakery there" after shopkeepers introduced as a group
        "Dunmore City Council voted 34 to 19 on Tuesday night to approve a £310 million "
        "extension of the city's tram network to the northern suburbs of Ashgrove and Pell Hill. "
        "Construction is due to start in 2027.\n\n"
        "The mayor of Dunmore, Fiona Carrick-Oyelaran, said the line would take 9,000 car "
        "journeys off the road every day once it opened.\n\n"
        'Opposition councillor Brendan Tully described the scheme as "a vanity project with a '
        'tram attached". His group had proposed spending the money on electric buses instead.'
        "\n\n"
        "Shopkeepers on Ashgrove Road, where the tracks will run, still remember the disruption "
        'caused by the first line. "It took two years, and half the street closed down. I hope '
        'they have learned something," said Hannah Lowry, who runs a bakery there.',
        [
            (
                I,
                ["the line would take 9,000 car journeys off the road every day once it opened"],
                "Fiona Carrick-Oyelaran",
            ),
            (P, ["a vanity project with a tram attached"], "Brendan Tully"),
            (
                D,
                [
                    "It took two years, and half the street closed down. I hope they have learned "
                    "something"
                ],
                "Hannah Lowry",
            ),
        ],
    ),
    (  # 4 motorway pile-up in fog: "…, police said." (unnamed plural, cue after), partial
        # "described scenes of “…”" by "Chief Inspector Name of X" (rank dropped), two-sentence
        # direct + "she said." then non-speech sentences, a fog warning that is not speech
        "Three people died and 27 were injured in a pile-up involving more than 40 vehicles on "
        "the A91 near Castleford Vale in thick fog on Thursday morning, police said. The road "
        "was closed in both directions for most of the day.\n\n"
        "Chief Inspector Rachel Omondi of the Vale Constabulary described scenes of “utter "
        "devastation” stretching for almost a kilometre.\n\n"
        "“Drivers were simply going too fast for the conditions. In places, visibility was down "
        "to 30 metres,” she said. Several of the vehicles caught fire after the first "
        "collisions, and firefighters worked for hours to free trapped drivers.\n\n"
        "The Met Office had issued a fog warning for the region the previous evening.",
        [
            (
                I,
                [
                    "Three people died and 27 were injured in a pile-up involving more than 40 "
                    "vehicles on the A91 near Castleford Vale in thick fog on Thursday morning"
                ],
                "police",
            ),
            (P, ["utter devastation"], "Rachel Omondi"),
            (
                D,
                [
                    "Drivers were simply going too fast for the conditions. In places, visibility "
                    "was down to 30 metres"
                ],
                "Rachel Omondi",
            ),
        ],
    ),
    (  # 5 rent rises: "…, according to figures published … by the property website HomeFind"
        # (part before, generic noun dropped), direct + "said its chair, Name" (possessive for
        # the union named in the sentence before), "blamed rising mortgage costs" (noun object)
        "Average rents in Brackenford rose by 11.4% in the past year, the fastest increase of any "
        "city in the country, according to figures published on Monday by the property website "
        "HomeFind. A one-bedroom flat in the city centre now costs an average of £1,240 a month."
        "\n\n"
        "The Brackenford Tenants Union has been campaigning for rent controls for three years. "
        '"People are spending 60% of their income on a single room. Teachers and nurses are '
        'leaving the city because they cannot afford to live here," said its chair, Luis '
        "Ferreira-Byrne.\n\n"
        "The National Landlords' Federation blamed rising mortgage costs and new "
        "energy-efficiency rules for the increases. The city's housing waiting list has grown to "
        "more than 14,000 households.",
        [
            (
                I,
                [
                    "Average rents in Brackenford rose by 11.4% in the past year, the fastest "
                    "increase of any city in the country"
                ],
                "HomeFind",
            ),
            (
                D,
                [
                    "People are spending 60% of their income on a single room. Teachers and nurses "
                    "are leaving the city because they cannot afford to live here"
                ],
                "Luis Ferreira-Byrne",
            ),
        ],
    ),
    (  # 6 block demolition: three-sentence direct ending in a question + "asked Name, 74, at
        # …", owner's offer reported as fact (no speech), "The residents say they …" (unnamed
        # group, present tense, no "that")
        "Residents of Carrow House, a 1960s block of 96 flats in Eastfield, have been given eight "
        "weeks to leave after the owner, Meridian Living, won a court order allowing it to "
        "demolish the building and replace it with 240 new homes.\n\n"
        '"I have lived here for 31 years. My husband died in this flat. Where am I supposed to '
        "go?\" asked Gloria Mensah, 74, at a packed residents' meeting on Wednesday night.\n\n"
        "Meridian Living has offered every tenant a relocation payment of £3,000, and several "
        "families have already been offered council flats nearby.\n\n"
        "The residents say they were never consulted about the plans. They have launched a "
        "petition, which has gathered 5,000 signatures, and intend to march on the town hall "
        "next Saturday.",
        [
            (
                D,
                [
                    "I have lived here for 31 years. My husband died in this flat. Where am I "
                    "supposed to go?"
                ],
                "Gloria Mensah",
            ),
            (I, ["they were never consulted about the plans"], "residents"),
        ],
    ),
    (  # 7 scaffolding collapse: direct + "said Name, who works …", a spokeswoman who
        # "declined to comment" (no quote), "Councillor Name, who chairs …, said he had …"
        # (title dropped, relative clause between speaker and verb)
        "A section of scaffolding collapsed onto a busy pavement in the centre of Tollbridge on "
        "Monday afternoon, injuring four pedestrians, one of them seriously. The scaffold had "
        "been put up around a former department store that is being converted into flats.\n\n"
        "“There was a huge crack and then everything just came down. People were screaming,” "
        "said Ahmed Karimi, who works in a phone shop across the road.\n\n"
        "A spokeswoman for the contractor, Stonebridge Construction, declined to comment while "
        "the investigation was under way.\n\n"
        "Councillor Mark Ellery, who chairs the city's planning committee, said he had asked "
        "officials to review every scaffolding licence issued in the city centre this year. "
        "Tollbridge Road will remain closed until at least Thursday.",
        [
            (
                D,
                [
                    "There was a huge crack and then everything just came down. People were "
                    "screaming"
                ],
                "Ahmed Karimi",
            ),
            (
                I,
                [
                    "he had asked officials to review every scaffolding licence issued in the "
                    "city centre this year"
                ],
                "Mark Ellery",
            ),
        ],
    ),
    (  # 8 rural bus cuts: "blamed falling passenger numbers" (noun object), direct + "Mr
        # Surname said" (title without a period), second direct + "said Name, 79, from …"
        # with "£35," (frame comma dropped), council acting without speech
        "The bus operator Greenline Coaches will withdraw eleven routes across rural "
        "Lanfordshire in January, leaving dozens of villages without any public transport. The "
        "company's managing director, Craig Pemberton, blamed falling passenger numbers and the "
        "end of a government subsidy.\n\n"
        '"We have kept these routes going at a loss for three years. We simply cannot do it any '
        'more," Mr Pemberton said.\n\n'
        "For many older residents, the bus is the only way to reach a doctor or a supermarket. "
        "\"Without the number 42 I'm stuck. I don't drive, and a taxi into town costs £35,\" "
        "said Edna Kowalczyk, 79, from the village of Upper Dene.\n\n"
        "Lanfordshire County Council is looking at whether a community minibus scheme could "
        "replace some of the services.",
        [
            (
                D,
                [
                    "We have kept these routes going at a loss for three years. We simply cannot "
                    "do it any more"
                ],
                "Craig Pemberton",
            ),
            (
                D,
                ["Without the number 42 I'm stuck. I don't drive, and a taxi into town costs £35"],
                "Edna Kowalczyk",
            ),
        ],
    ),
    (  # 9 rail punctuality fines: "Transport Secretary Name announced … that" (role dropped),
        # "“A,” she told the Commons. “B.”" (two quotes), partial "called the plans “…”" by
        # "The industry body, X," (apposition), shadow minister "asking for details" (noun)
        "Transport Secretary Helen Arkwright announced on Wednesday that train operators would "
        "face fines of up to £5 million if more than one in ten of their services ran late in "
        "any month.\n\n"
        "“Passengers have put up with excuses for too long,” she told the Commons. “From next "
        "year, operators will pay when they let them down.”\n\n"
        "The industry body, Rail Operators Group, called the plans “unworkable” while much of "
        "the track and signalling remained outside operators' control.\n\n"
        "The shadow transport secretary, Nick Tembo, has written to the minister asking for "
        "details of how the money raised from the fines would be spent. The new regime is due to "
        "come into force next April.",
        [
            (
                I,
                [
                    "train operators would face fines of up to £5 million if more than one in ten "
                    "of their services ran late in any month"
                ],
                "Helen Arkwright",
            ),
            (D, ["Passengers have put up with excuses for too long"], "Helen Arkwright"),
            (
                D,
                ["From next year, operators will pay when they let them down."],
                "Helen Arkwright",
            ),
            (P, ["unworkable"], "Rail Operators Group"),
        ],
    ),
    (  # 10 hit-and-run: "Detective Sergeant Name said officers believed …" (rank dropped, no
        # "that"), two-sentence direct + "he said" (pronoun), campaign group that "has called
        # for a protected cycle lane" (noun object, not annotated)
        "Police are appealing for witnesses after a cyclist was killed in a hit-and-run on "
        "Stanmore Road in Wexley late on Saturday night. The victim, a 29-year-old delivery "
        "rider, was found by a passer-by shortly before midnight and died at the scene.\n\n"
        "Detective Sergeant Olu Bankole said officers believed the car involved was a "
        "dark-coloured hatchback with damage to its front bumper and windscreen.\n\n"
        '"Someone out there knows who was driving that car. I would urge them to do the right '
        'thing and come forward," he said.\n\n'
        "It is the second fatal crash on the road this year. The campaign group Safer Streets "
        "Wexley has called for a protected cycle lane along its entire length.",
        [
            (
                I,
                [
                    "officers believed the car involved was a dark-coloured hatchback with damage "
                    "to its front bumper and windscreen"
                ],
                "Olu Bankole",
            ),
            (
                D,
                [
                    "Someone out there knows who was driving that car. I would urge them to do the "
                    "right thing and come forward"
                ],
                "Olu Bankole",
            ),
        ],
    ),
    (  # 11 tower rejected: partial inside "who ruled that" (relative clause on "planning
        # inspector Name"), nickname in “ ” not speech, "The developer, X, said it would …",
        # book title in “ ” not speech, direct + "he said" after "was jubilant."
        "Plans for a 42-storey tower next to Kingsmere Cathedral have been rejected by planning "
        "inspector Gillian Treadwell, who ruled that the building would cause “substantial harm” "
        "to the city's historic skyline. The tower, nicknamed “the Needle” by local newspapers, "
        "would have contained 380 flats.\n\n"
        "The developer, Calder Holdings, said it would study the decision carefully before "
        "deciding whether to challenge it in the High Court.\n\n"
        "Campaigner Bernard Achebe-Lowe, whose book “The Stolen Skyline” chronicled a decade of "
        "battles over the city's planning, was jubilant. “This is a victory for everyone who "
        "believes a city belongs to the people who live in it, not to investors,” he said.",
        [
            (P, ["substantial harm"], "Gillian Treadwell"),
            (
                I,
                [
                    "it would study the decision carefully before deciding whether to challenge it "
                    "in the High Court"
                ],
                "Calder Holdings",
            ),
            (
                D,
                [
                    "This is a victory for everyone who believes a city belongs to the people who "
                    "live in it, not to investors"
                ],
                "Bernard Achebe-Lowe",
            ),
        ],
    ),
    (  # 12 transit fare rise: one quote split by "its chair, Name, told reporters after the
        # vote," (two pieces, speaker named inside the incise), "Rider advocates were
        # unconvinced." then direct + "said Name of X"
        "The board of the Port Ellis Transit Authority voted on Thursday to raise the basic "
        "subway and bus fare from $2.90 to $3.25 from March, the first increase in six years. "
        "The authority faces a $410 million budget gap next year.\n\n"
        '"Nobody on this board wanted to do this," its chair, Denise Whitford-Cho, told '
        'reporters after the vote, "but the alternative was cutting service, and that would '
        'hurt riders far more."\n\n'
        'Rider advocates were unconvinced. "Every time there is a hole in the budget, they fill '
        'it from the pockets of people who cannot afford a car," said Marisol Ventura of the '
        "Transit Riders Coalition.\n\n"
        "Discounted fares for students and seniors will not change.",
        [
            (
                D,
                [
                    "Nobody on this board wanted to do this",
                    "but the alternative was cutting service, and that would hurt riders far more.",
                ],
                "Denise Whitford-Cho",
            ),
            (
                D,
                [
                    "Every time there is a hole in the budget, they fill it from the pockets of "
                    "people who cannot afford a car"
                ],
                "Marisol Ventura",
            ),
        ],
    ),
    (  # 13 mould compensation: partial inside "said the landlord had treated … as “…”" by
        # "The ombudsman, Name", tenant introduced without speech then direct + "she said",
        # a new paragraph opening with a quote after the attribution (second direct, same
        # speaker), "X, which manages the estate, said it …" indirect
        "A housing association has been ordered to pay £48,000 in compensation to tenants of a "
        "mould-infested estate in Southmoor after an investigation by the Housing Ombudsman "
        "found repeated failures to carry out repairs.\n\n"
        "The ombudsman, Rupert Okwuosa, said the landlord had treated residents' complaints as "
        "“a nuisance rather than a warning”.\n\n"
        "Kelly Dunstan lives with her two children in a two-bedroom flat on the estate, where "
        "black mould has covered the walls of her son's bedroom for more than a year. “He has "
        "asthma. Every winter he ends up in hospital, and every winter they send someone to "
        "paint over it,” she said.\n\n"
        "“I don't want compensation. I want a home my kids can breathe in.”\n\n"
        "Hearthstone Homes, which manages the estate, said it accepted the findings in full and "
        "had hired a specialist contractor to treat every affected flat by March.",
        [
            (P, ["a nuisance rather than a warning"], "Rupert Okwuosa"),
            (
                D,
                [
                    "He has asthma. Every winter he ends up in hospital, and every winter they "
                    "send someone to paint over it"
                ],
                "Kelly Dunstan",
            ),
            (
                D,
                ["I don't want compensation. I want a home my kids can breathe in."],
                "Kelly Dunstan",
            ),
            (
                I,
                [
                    "it accepted the findings in full and had hired a specialist contractor to "
                    "treat every affected flat by March"
                ],
                "Hearthstone Homes",
            ),
        ],
    ),
    (  # 14 night-flight ban: indirect with the cue after ("…, Aviation Minister Name told
        # parliament", role dropped), "Residents' groups welcomed the decision" (noun object)
        # then direct + "said Name, who chairs X", airport owner mentioned without speech
        "Scheduled night flights at Ravensholt Airport will be banned from 2028, Aviation "
        "Minister Tariq Qureshi-Hale told parliament on Tuesday. Between 11.30pm and 6am, only "
        "emergency and mail flights will be allowed to land or take off.\n\n"
        "Residents' groups welcomed the decision. \"For the first time in twenty years, we might "
        "actually get a full night's sleep,\" said Jennifer Osei, who chairs the Ravensholt "
        "Noise Action Group.\n\n"
        "The airport's owner, Ardent Infrastructure, had lobbied hard against the ban. About "
        "1,200 people work in freight and maintenance at the airport, and two cargo airlines are "
        "expected to move part of their operations elsewhere.",
        [
            (
                I,
                ["Scheduled night flights at Ravensholt Airport will be banned from 2028"],
                "Tariq Qureshi-Hale",
            ),
            (
                D,
                ["For the first time in twenty years, we might actually get a full night's sleep"],
                "Jennifer Osei",
            ),
        ],
    ),
    (  # 15 bridge closure: "The county's chief engineer, Name, said the bridge, which …,
        # could …" (relative clause inside the reported clause), direct + "the engineer said"
        # (role alone), direct + "said Name, a plumber from X" with "each way," (comma dropped)
        "The Old Ferry Bridge in Millbrook will close to all traffic for at least 18 months after "
        "inspectors found serious corrosion in its steel supports. The closure takes effect on "
        "Friday.\n\n"
        "The county's chief engineer, Lorraine Batista, said the bridge, which carries 24,000 "
        "vehicles a day, could no longer be considered safe for heavy loads.\n\n"
        '"The bridge has done its job for 140 years. We owe it to the people who use it to fix '
        'it properly," the engineer said.\n\n'
        "Drivers face a 14-mile diversion through Hensley and Cray while the repairs are carried "
        'out. "It\'s going to add an hour to my day, each way," said Gary Holt, a plumber from '
        "Hensley.",
        [
            (
                I,
                [
                    "the bridge, which carries 24,000 vehicles a day, could no longer be "
                    "considered safe for heavy loads"
                ],
                "Lorraine Batista",
            ),
            (
                D,
                [
                    "The bridge has done its job for 140 years. We owe it to the people who use it "
                    "to fix it properly"
                ],
                "Lorraine Batista",
            ),
            (D, ["It's going to add an hour to my day, each way"], "Gary Holt"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout94.jsonl"),
        "heldout94",
        "h94",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
