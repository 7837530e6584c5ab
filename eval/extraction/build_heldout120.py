"""Source of the 120th held-out set: writes heldout120.jsonl (split "heldout120").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like local news, accidents and extreme weather: river floods, wildfires, storms, hail,
tornadoes, landslides, building collapses and a gas explosion, road, motorway and rail
accidents, cave, mountain and river rescues, missing persons, town council rows, the election
of a mayor, school closures and hospital emergency departments under strain, with mayors,
prefects and sub-prefects, prosecutors, firefighters, police and gendarmerie officers,
witnesses, residents, shop owners, victims' families and services speaking as organisations
("les pompiers", "la sous-préfecture", "the fire service", a police force, a rail operator);
unnamed witnesses and residents are quoted, speakers are referred back to by pronoun, surname
("M. X", "Mr X", "X"), role or epithet ("l'officier", "le nouvel édile", "the veteran
rescuer", "the company"), and some statements are sourced with "selon X", "d'après X" or
"according to X". One French text has no quote at all (speech verbs with noun objects only).
Measured once with 0.3.0, 0.34.0, 0.35.0 and 0.36.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout120.py
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
    (  # 1 river flood: two-sentence direct + "raconte le maire, Name," (role dropped), partial
        # inside the reported speech of "la préfète du Gard, Name, a annoncé qu'elle" (only
        # the partial), direct + "souffle une habitante" (unnamed)
        "La Vidane est sortie de son lit dans la nuit de dimanche à lundi à Montclar-sur-Vidane "
        "(Gard), où l'eau a atteint 1,80\u00a0mètre dans certaines rues du centre ancien. Quelque "
        "240 habitants ont été évacués et une quarantaine ont passé la nuit au gymnase "
        "municipal.\n\n"
        "«\u00a0En vingt-deux ans de mandat, je n'ai jamais vu l'eau monter aussi vite. À "
        "2\u00a0heures, la place du marché était sèche\u00a0; à 3\u00a0heures, on y circulait en "
        "barque\u00a0», raconte le maire, Jean-Louis Sabatier, les bottes encore couvertes de "
        "boue.\n\n"
        "Venue constater les dégâts lundi après-midi, la préfète du Gard, Hélène Marcadier, a "
        "annoncé qu'elle demanderait la reconnaissance de l'état de catastrophe naturelle "
        "«\u00a0dans les plus brefs délais\u00a0». Les écoles de la commune resteront fermées "
        "jusqu'à mercredi.\n\n"
        "Rue des Tanneurs, les riverains sortaient déjà meubles et matelas sur le trottoir. "
        "«\u00a0On a tout perdu, le frigo, le canapé, les albums photo des enfants\u00a0», souffle "
        "une habitante, hébergée chez sa sœur depuis la veille.",
        [
            (
                D,
                [
                    "En vingt-deux ans de mandat, je n'ai jamais vu l'eau monter aussi vite. À "
                    "2\u00a0heures, la place du marché était sèche\u00a0; à 3\u00a0heures, on y "
                    "circulait en barque"
                ],
                "Jean-Louis Sabatier",
            ),
            (P, ["dans les plus brefs délais"], "Hélène Marcadier"),
            (
                D,
                ["On a tout perdu, le frigo, le canapé, les albums photo des enfants"],
                "habitante",
            ),
        ],
    ),
    (  # 2 wildfire: a quote split by "a indiqué le commandant Name, qui …," (one quote two
        # spans, rank dropped, final period kept), "D'après les pompiers," (unnamed service,
        # rest of the sentence), two-sentence direct + "raconte sa gérante, Name"
        "Un incendie a parcouru près de 600\u00a0hectares de garrigue et de pinède entre mardi "
        "après-midi et mercredi matin sur les communes de Vidauban-les-Crêtes et du "
        "Cannet-sur-Argens (Var). Plus de 400 sapeurs-pompiers ont été engagés.\n\n"
        "«\u00a0Le feu est fixé depuis 6\u00a0heures ce matin, a indiqué le commandant Éric "
        "Valette, qui dirige les opérations, mais il faudra plusieurs jours pour en venir à "
        "bout.\u00a0» D'après les pompiers, le mistral, qui soufflait en rafales à 90\u00a0km/h, a "
        "empêché les avions bombardiers d'eau de décoller pendant une partie de la nuit.\n\n"
        "Le camping Les Pins d'Or, situé en lisière de la forêt, a été évacué en urgence mardi "
        "vers 17\u00a0heures. «\u00a0Les gens sont partis en maillot de bain, les enfants sous le "
        "bras. On voyait les flammes au-dessus des mobil-homes\u00a0», raconte sa gérante, "
        "Sandrine Aubagne.\n\n"
        "Une enquête a été ouverte pour déterminer l'origine du sinistre.",
        [
            (
                D,
                [
                    "Le feu est fixé depuis 6\u00a0heures ce matin",
                    "mais il faudra plusieurs jours pour en venir à bout.",
                ],
                "Éric Valette",
            ),
            (
                I,
                [
                    "le mistral, qui soufflait en rafales à 90\u00a0km/h, a empêché les avions "
                    "bombardiers d'eau de décoller pendant une partie de la nuit"
                ],
                "pompiers",
            ),
            (
                D,
                [
                    "Les gens sont partis en maillot de bain, les enfants sous le bras. On voyait "
                    "les flammes au-dessus des mobil-homes"
                ],
                "Sandrine Aubagne",
            ),
        ],
    ),
    (  # 3 building collapse: two-sentence direct + "a déclaré la maire, Name,", partial
        # inside "Un voisin, Name, affirme pourtant avoir alerté" (only the partial), direct +
        # "assure-t-il" (pronoun for the neighbour); the prosecutor opening an inquiry is not
        # speech
        "Un immeuble de quatre étages s'est effondré mardi vers 6\u00a0h\u00a030 rue des "
        "Capucins, dans le centre de Vernouillet-sur-Lèze (Haute-Garonne). Deux locataires, une "
        "femme de 74 ans et son fils, étaient toujours recherchés dans la soirée sous les "
        "décombres par les sapeurs-pompiers, appuyés par une équipe cynophile.\n\n"
        "«\u00a0Des signalements avaient été faits, je ne le nie pas. Mais rien ne laissait "
        "présager un tel drame\u00a0», a déclaré la maire, Nathalie Dufresne-Ortiz, lors d'un "
        "point presse improvisé devant la mairie.\n\n"
        "Un voisin, Karim Bensaïd, affirme pourtant avoir alerté le syndic «\u00a0à trois "
        "reprises\u00a0» depuis le printemps au sujet de fissures dans la cage d'escalier. "
        "«\u00a0Dans certaines, on pouvait passer la main\u00a0», assure-t-il.\n\n"
        "Le parquet de Toulouse a ouvert une enquête pour mise en danger de la vie d'autrui. Les "
        "immeubles voisins ont été évacués par précaution.",
        [
            (
                D,
                [
                    "Des signalements avaient été faits, je ne le nie pas. Mais rien ne laissait "
                    "présager un tel drame"
                ],
                "Nathalie Dufresne-Ortiz",
            ),
            (P, ["à trois reprises"], "Karim Bensaïd"),
            (D, ["Dans certaines, on pouvait passer la main"], "Karim Bensaïd"),
        ],
    ),
    (  # 4 school bus off the road: "Selon la gendarmerie," (unnamed service, rest of the
        # sentence), two-sentence direct + "a-t-elle souligné" (pronoun for "La sous-préfète,
        # Name,"), direct after a colon by "une mère" (unnamed), final "!" kept
        "Un car scolaire transportant 32 collégiens a quitté la route jeudi vers 7\u00a0h\u00a045 "
        "sur la départementale 917, à la sortie de Lanvézec (Côtes-d'Armor). Quatre élèves et le "
        "conducteur ont été légèrement blessés et transportés au centre hospitalier de "
        "Guingamp.\n\n"
        "Selon la gendarmerie, le chauffeur, âgé de 58 ans, aurait perdu le contrôle du véhicule "
        "sur une plaque de verglas dans une courbe. Le dépistage d'alcoolémie s'est révélé "
        "négatif.\n\n"
        "La sous-préfète, Claire Le Goff, s'est rendue sur place dans la matinée. «\u00a0Nous "
        "avons eu beaucoup de chance. Le car s'est couché dans le fossé\u00a0; deux cents mètres "
        "plus loin, il basculait dans le ravin\u00a0», a-t-elle souligné.\n\n"
        "Sur le parking du collège, une mère venue chercher son fils n'a pas caché sa "
        "colère\u00a0: «\u00a0Ça fait trois hivers qu'on réclame du sel sur cette route\u00a0!\u00a0»",
        [
            (
                I,
                [
                    "le chauffeur, âgé de 58 ans, aurait perdu le contrôle du véhicule sur une "
                    "plaque de verglas dans une courbe"
                ],
                "gendarmerie",
            ),
            (
                D,
                [
                    "Nous avons eu beaucoup de chance. Le car s'est couché dans le fossé\u00a0; "
                    "deux cents mètres plus loin, il basculait dans le ravin"
                ],
                "Claire Le Goff",
            ),
            (
                D,
                ["Ça fait trois hivers qu'on réclame du sel sur cette route\u00a0!"],
                "mère",
            ),
        ],
    ),
    (  # 5 town council row over a school closure: a quote split by "a attaqué la conseillère
        # d'opposition Name," (one quote two spans, final period kept), partial after "a
        # défendu un choix" by "Le maire, Name (divers droite),", "M. Surname a ajouté que"
        # (indirect), "Le collectif Name a fait part de son intention de" (intention phrase,
        # generic noun dropped)
        "La séance du conseil municipal de Brézolles-la-Forêt (Eure-et-Loir) a été suspendue à "
        "deux reprises, lundi soir, sous les huées d'une centaine de parents venus protester "
        "contre la fermeture de l'école élémentaire Jules-Ferry à la rentrée prochaine.\n\n"
        "«\u00a0Cette décision a été prise en catimini, a attaqué la conseillère d'opposition "
        "Martine Vasseur-Roy, sans la moindre concertation avec les familles.\u00a0»\n\n"
        "Le maire, Philippe Combaret (divers droite), a défendu un choix «\u00a0douloureux mais "
        "responsable\u00a0», l'école ne comptant plus que 41 élèves pour trois classes. "
        "M.\u00a0Combaret a ajouté que les enfants seraient accueillis dans le groupe scolaire du "
        "Bourg, à deux kilomètres, avec un service de ramassage gratuit.\n\n"
        "La délibération a finalement été adoptée par 15 voix contre 8. Le collectif Sauvons "
        "Jules-Ferry a fait part de son intention de saisir le tribunal administratif.",
        [
            (
                D,
                [
                    "Cette décision a été prise en catimini",
                    "sans la moindre concertation avec les familles.",
                ],
                "Martine Vasseur-Roy",
            ),
            (P, ["douloureux mais responsable"], "Philippe Combaret"),
            (
                I,
                [
                    "les enfants seraient accueillis dans le groupe scolaire du Bourg, à deux "
                    "kilomètres, avec un service de ramassage gratuit"
                ],
                "Philippe Combaret",
            ),
            (I, ["saisir le tribunal administratif"], "Sauvons Jules-Ferry"),
        ],
    ),
    (  # 6 storm: "…, d'après le gestionnaire du réseau, Name." (the part before, role
        # dropped), partial after "a évoqué" by "Le maire de X, Name,", "L'élu a appelé … à la
        # plus grande prudence" (noun object, not annotated) then a two-sentence direct +
        # "a-t-il insisté" (pronoun for the mayor)
        "La tempête Ombeline a balayé la pointe de la Bretagne dans la nuit de lundi à mardi, "
        "avec des rafales mesurées à 162\u00a0km/h au sémaphore de Kerlizec (Finistère). Quelque "
        "85\u00a0000 foyers étaient encore privés d'électricité mardi soir, d'après le "
        "gestionnaire du réseau, Électra Réseau.\n\n"
        "Un automobiliste de 63 ans est mort après la chute d'un arbre sur sa voiture, sur la "
        "route de Kerlizec à Plouzévet. Le maire de Kerlizec, Yann Le Bihan, a évoqué «\u00a0un "
        "homme très connu dans la commune, bénévole au club de foot depuis trente ans\u00a0».\n\n"
        "L'élu a appelé ses administrés à la plus grande prudence. «\u00a0Restez chez vous. Les "
        "arbres continuent de tomber, et les pompiers ne peuvent pas être partout\u00a0», a-t-il "
        "insisté mardi matin sur les ondes de Radio Armor.\n\n"
        "Météo-Atlantique a levé la vigilance rouge à la mi-journée.",
        [
            (
                I,
                ["Quelque 85\u00a0000 foyers étaient encore privés d'électricité mardi soir"],
                "Électra Réseau",
            ),
            (
                P,
                ["un homme très connu dans la commune, bénévole au club de foot depuis trente ans"],
                "Yann Le Bihan",
            ),
            (
                D,
                [
                    "Restez chez vous. Les arbres continuent de tomber, et les pompiers ne peuvent "
                    "pas être partout"
                ],
                "Yann Le Bihan",
            ),
        ],
    ),
    (  # 7 missing hiker: "D'après ses proches," (unnamed plural, rest of the sentence),
        # two-sentence direct + "confie sa fille, Name,", two-sentence direct + "a assuré
        # l'officier" (role referring back to "le capitaine Name", rank dropped)
        "Les recherches ont repris mercredi à l'aube pour retrouver Bernard Esquerré, un "
        "randonneur de 71 ans porté disparu depuis dimanche dans la vallée d'Aspe "
        "(Pyrénées-Atlantiques). D'après ses proches, le retraité était parti seul, sans "
        "téléphone, pour une boucle de six heures au départ du col de Lurbe.\n\n"
        "«\u00a0Mon père connaît ces sentiers par cœur. S'il n'est pas rentré, c'est qu'il lui "
        "est arrivé quelque chose\u00a0», confie sa fille, Laure Esquerré, arrivée de Bordeaux "
        "lundi soir.\n\n"
        "Interrompues mardi après-midi par un épais brouillard, les opérations sont dirigées par "
        "le capitaine Mathieu Roussel, du peloton de gendarmerie de haute montagne. «\u00a0Nous "
        "reprenons avec l'hélicoptère et deux équipes cynophiles. Tant qu'il reste une chance, on "
        "cherche\u00a0», a assuré l'officier.",
        [
            (
                I,
                [
                    "le retraité était parti seul, sans téléphone, pour une boucle de six heures "
                    "au départ du col de Lurbe"
                ],
                "proches",
            ),
            (
                D,
                [
                    "Mon père connaît ces sentiers par cœur. S'il n'est pas rentré, c'est qu'il "
                    "lui est arrivé quelque chose"
                ],
                "Laure Esquerré",
            ),
            (
                D,
                [
                    "Nous reprenons avec l'hélicoptère et deux équipes cynophiles. Tant qu'il "
                    "reste une chance, on cherche"
                ],
                "Mathieu Roussel",
            ),
        ],
    ),
    (  # 8 emergency department closing at night: partial inside "La directrice …, Name, a
        # confirmé que" (only the partial), "Selon l'agence régionale de santé," (unnamed
        # body, rest of the sentence), a quote opened after a colon and continued over two
        # paragraphs (one span each, first one's period kept) + "soupire-t-elle"
        "Les urgences du centre hospitalier de Montbrison-le-Haut seront fermées la nuit, de "
        "20\u00a0heures à 8\u00a0heures, à partir du 15 décembre, faute de médecins pour assurer "
        "les gardes. Les patients seront redirigés vers l'hôpital de Saint-Aurèle, à 45 "
        "kilomètres.\n\n"
        "La directrice de l'établissement, Isabelle Carrière, a confirmé que cette fermeture "
        "durerait «\u00a0au moins jusqu'à la fin de l'hiver\u00a0». Selon l'agence régionale de "
        "santé, trois médecins intérimaires doivent être recrutés d'ici février.\n\n"
        "Infirmière aux urgences depuis quinze ans, Céline Moreau, déléguée syndicale, décrit un "
        "service à bout de souffle\u00a0: «\u00a0La semaine dernière, un patient de 89 ans a "
        "attendu 31 heures sur un brancard dans le couloir. Il n'y avait plus un seul lit libre "
        "dans tout l'hôpital.\n\n"
        "«\u00a0Aujourd'hui, on n'est plus là pour soigner. On est là pour trier\u00a0», "
        "soupire-t-elle.",
        [
            (P, ["au moins jusqu'à la fin de l'hiver"], "Isabelle Carrière"),
            (
                I,
                ["trois médecins intérimaires doivent être recrutés d'ici février"],
                "agence régionale de santé",
            ),
            (
                D,
                [
                    "La semaine dernière, un patient de 89 ans a attendu 31 heures sur un "
                    "brancard dans le couloir. Il n'y avait plus un seul lit libre dans tout "
                    "l'hôpital.",
                    "Aujourd'hui, on n'est plus là pour soigner. On est là pour trier",
                ],
                "Céline Moreau",
            ),
        ],
    ),
    (  # 9 council elects a mayor: a quote split by "a promis le nouvel édile," (epithet, one
        # quote two spans, final period kept), partial inside "Sa rivale, l'ancienne première
        # adjointe Name, a dit regretter" (only the partial), two-sentence direct + "résume un
        # commerçant" (unnamed)
        "Au terme d'un troisième tour de scrutin, le conseil municipal de Saint-Véran-des-Bois "
        "(Allier) a élu samedi matin Thierry Lacombe, 52 ans, au poste de maire, par 12 voix "
        "contre 11. La commune était sans maire depuis la démission, en octobre, de Raymond "
        "Vernet, pour raisons de santé.\n\n"
        "«\u00a0Je serai le maire de tous, a promis le nouvel édile, y compris de ceux qui n'ont "
        "pas voté pour moi ce matin.\u00a0»\n\n"
        "Sa rivale, l'ancienne première adjointe Sylvie Marchetti, a dit regretter «\u00a0une "
        "élection jouée à une voix, sur des arrangements de couloir\u00a0». Elle siégera "
        "désormais dans l'opposition.\n\n"
        "Sur la place de l'Église, l'élection n'a guère passionné. «\u00a0Ce qu'on veut, c'est "
        "que la mairie se remette au travail. Les routes, l'école, la salle des fêtes\u00a0», "
        "résume un commerçant.",
        [
            (
                D,
                [
                    "Je serai le maire de tous",
                    "y compris de ceux qui n'ont pas voté pour moi ce matin.",
                ],
                "Thierry Lacombe",
            ),
            (
                P,
                ["une élection jouée à une voix, sur des arrangements de couloir"],
                "Sylvie Marchetti",
            ),
            (
                D,
                [
                    "Ce qu'on veut, c'est que la mairie se remette au travail. Les routes, "
                    "l'école, la salle des fêtes"
                ],
                "commerçant",
            ),
        ],
    ),
    (  # 10 cavers rescued: direct + "a indiqué Name, conseiller technique du …", direct with
        # an inner colon + "a salué le secouriste" (role referring back), partial inside "L'un
        # d'eux, Name, a raconté avoir" (only the partial)
        "Les trois spéléologues bloqués depuis samedi par la montée des eaux dans le gouffre de "
        "la Combe-Noire, à Mouthier-le-Vieux (Doubs), ont été remontés à la surface lundi en fin "
        "d'après-midi, sains et saufs, après près de cinquante heures d'opération.\n\n"
        "«\u00a0Ils étaient fatigués, un peu refroidis, mais en très bon état moral\u00a0», a "
        "indiqué Didier Fauvet, conseiller technique du Secours souterrain comtois, qui a "
        "coordonné les 62 secouristes mobilisés.\n\n"
        "Les trois hommes, âgés de 26 à 41 ans, s'étaient réfugiés sur une banquette rocheuse à "
        "400 mètres de l'entrée. «\u00a0Ils ont fait exactement ce qu'il fallait faire\u00a0: se "
        "mettre au sec, économiser les lampes et attendre\u00a0», a salué le secouriste.\n\n"
        "L'un d'eux, Romain Vuillemin, a raconté avoir «\u00a0beaucoup chanté\u00a0» pour garder "
        "le moral.",
        [
            (
                D,
                ["Ils étaient fatigués, un peu refroidis, mais en très bon état moral"],
                "Didier Fauvet",
            ),
            (
                D,
                [
                    "Ils ont fait exactement ce qu'il fallait faire\u00a0: se mettre au sec, "
                    "économiser les lampes et attendre"
                ],
                "Didier Fauvet",
            ),
            (P, ["beaucoup chanté"], "Romain Vuillemin"),
        ],
    ),
    (  # 11 train hits a tractor at a level crossing: partial inside "Un automobiliste … dit
        # avoir vu" (unnamed, only the partial), direct + "a déclaré la procureure de X, Name,",
        # "La magistrate a précisé que" (role referring back, indirect)
        "Un agriculteur de 71 ans a été tué mardi matin lorsque le train régional "
        "Vierzac–Saint-Aubin-sur-Cher a percuté son tracteur sur un passage à niveau de la "
        "commune de Mareuil-les-Champs (Cher). Les 46 passagers et le conducteur du train sont "
        "indemnes.\n\n"
        "Un automobiliste qui attendait derrière les barrières dit avoir vu le tracteur "
        "«\u00a0calé en plein milieu des voies\u00a0», quelques secondes avant le choc.\n\n"
        "«\u00a0À ce stade, rien ne permet de dire que les barrières ne fonctionnaient "
        "pas\u00a0», a déclaré la procureure de Vierzac, Anne-Sophie Delmas, qui a ouvert une "
        "enquête pour homicide involontaire. La magistrate a précisé que des analyses seraient "
        "menées sur le système de signalisation.\n\n"
        "La circulation des trains est interrompue sur la ligne jusqu'à jeudi au moins.",
        [
            (P, ["calé en plein milieu des voies"], "automobiliste"),
            (
                D,
                ["À ce stade, rien ne permet de dire que les barrières ne fonctionnaient pas"],
                "Anne-Sophie Delmas",
            ),
            (
                I,
                ["des analyses seraient menées sur le système de signalisation"],
                "Anne-Sophie Delmas",
            ),
        ],
    ),
    (  # 12 hailstorm, straight quotes: direct + "lâche Name, vigneron …", then a new
        # sentence split by "ajoute-t-il," (one quote two spans, final period kept), partial
        # after "a réclamé la création d'un" by "Le président de la chambre …, Name,"
        "Un violent orage de grêle s'est abattu samedi en fin d'après-midi sur le vignoble de "
        "Saint-Cyprien-des-Vignes (Hérault). Des grêlons de six centimètres de diamètre sont "
        "tombés pendant près d'un quart d'heure.\n\n"
        '"On a perdu 80 % de la récolte en quinze minutes", lâche Vincent Garrigue, vigneron '
        "depuis trente ans, devant ses rangs de syrah hachés par la glace. \"Le travail d'une "
        'année, ajoute-t-il, est parti dans les fossés."\n\n'
        "Le président de la chambre d'agriculture, Laurent Bessière, a réclamé la création d'un "
        '"fonds d\'urgence" pour les exploitants sinistrés. Plus de 1 200 hectares auraient été '
        "touchés.",
        [
            (D, ["On a perdu 80 % de la récolte en quinze minutes"], "Vincent Garrigue"),
            (
                D,
                ["Le travail d'une année", "est parti dans les fossés."],
                "Vincent Garrigue",
            ),
            (P, ["fonds d'urgence"], "Laurent Bessière"),
        ],
    ),
    (  # 13 school closed after a ceiling fall, curly quotes: direct + "a assuré … l'adjointe
        # chargée de l'éducation, Name" (role dropped), "L'inspection académique a indiqué que"
        # (unnamed body), "Pour Name, représentant …, “…”" (direct), "a réclamé un audit"
        # (noun object, not annotated)
        "L'école maternelle des Tilleuls, à Roncières (Loiret), restera fermée jusqu'aux "
        "vacances de Noël. Vendredi soir, une partie du faux plafond d'une salle de classe s'est "
        "effondrée, quelques heures après le départ des élèves. Personne n'a été blessé.\n\n"
        "“Nous ne prendrons aucun risque avec la sécurité des enfants”, a assuré lundi "
        "l'adjointe chargée de l'éducation, Karine Delaunay. L'inspection académique a indiqué "
        "que les 87 élèves seraient répartis dans deux autres écoles de la ville dès mardi.\n\n"
        "Pour Julien Maréchal, représentant des parents d'élèves, “cet accident était "
        "prévisible\u00a0: des infiltrations sont signalées depuis deux ans”. Il a réclamé un "
        "audit de tous les bâtiments scolaires de la commune.",
        [
            (D, ["Nous ne prendrons aucun risque avec la sécurité des enfants"], "Karine Delaunay"),
            (
                I,
                ["les 87 élèves seraient répartis dans deux autres écoles de la ville dès mardi"],
                "inspection académique",
            ),
            (
                D,
                [
                    "cet accident était prévisible\u00a0: des infiltrations sont signalées depuis "
                    "deux ans"
                ],
                "Julien Maréchal",
            ),
        ],
    ),
    (  # 14 landslide cuts off a village, straight quotes: two-sentence direct ending in "!"
        # + "a lancé le maire, Name,", partial inside "Name assure qu'elle pourra tenir" (only
        # the partial), "Selon la sous-préfecture," (unnamed body, rest of the sentence)
        "Un glissement de terrain a emporté dimanche soir une portion de 40 mètres de la route "
        "départementale 24, seul accès au village de Saint-Ours-d'Arvan (Savoie). Les 180 "
        "habitants ne peuvent plus sortir du village que par un sentier forestier, à pied.\n\n"
        '"Ça fait dix ans qu\'on réclame un mur de soutènement. Dix ans !" a lancé le maire, '
        "Pascal Rostaing, lundi soir lors d'une réunion publique à la salle des fêtes.\n\n"
        "Gérante de la seule épicerie du village, Monique Favre assure qu'elle pourra tenir "
        '"une semaine, pas plus" avec ses stocks actuels. Selon la sous-préfecture, une piste '
        "provisoire pourrait être ouverte d'ici dix jours par les engins du génie militaire.",
        [
            (
                D,
                ["Ça fait dix ans qu'on réclame un mur de soutènement. Dix ans !"],
                "Pascal Rostaing",
            ),
            (P, ["une semaine, pas plus"], "Monique Favre"),
            (
                I,
                [
                    "une piste provisoire pourrait être ouverte d'ici dix jours par les engins du "
                    "génie militaire"
                ],
                "sous-préfecture",
            ),
        ],
    ),
    (  # 15 no quote: snow alert, school transport suspended; "ont demandé la fermeture" and
        # "a réclamé une réunion" (noun objects, not annotated), the prefecture placing the
        # department on alert (not speech)
        "Les transports scolaires seront suspendus mardi dans l'ensemble du département de la "
        "Haute-Loire, en raison des chutes de neige attendues dans la nuit. La préfecture a "
        "placé le département en vigilance orange neige-verglas à partir de lundi "
        "22\u00a0heures.\n\n"
        "Les établissements scolaires resteront ouverts, mais les élèves qui ne pourront pas s'y "
        "rendre ne seront pas comptés absents. Plusieurs maires du plateau ont demandé la "
        "fermeture pure et simple des écoles. Le président de l'association des maires ruraux "
        "du département, Gilbert Fayolle, a réclamé une réunion d'urgence avec le préfet.\n\n"
        "Les poids lourds de plus de 7,5 tonnes sont interdits de circulation sur la route "
        "nationale 88 jusqu'à mercredi midi.",
        [],
    ),
]

EN: list[Item] = [
    (  # 1 river flood, curly quotes: two-sentence direct + "said Name, who runs …", "The
        # leader of X Council, Councillor Name, said" (role and title dropped); a river
        # level reading without a source (not annotated)
        "Residents of Pendlebrook were clearing mud from their homes on Monday after the River "
        "Aske burst its banks overnight, flooding more than 120 properties in the town "
        "centre.\n\n"
        "“We had about forty minutes' warning. That's not enough to get an elderly neighbour "
        "out, let alone your furniture,” said Colin Ashdown, who runs a hardware shop on Bridge "
        "Street.\n\n"
        "The leader of Aske Valley District Council, Councillor Priya Raman, said the authority "
        "had opened a rest centre at the town's leisure centre and would waive council tax for "
        "flooded households for three months.\n\n"
        "The river peaked at 4.2 metres at the Bridge Street gauge, the highest level since "
        "records began in 1968.",
        [
            (
                D,
                [
                    "We had about forty minutes' warning. That's not enough to get an elderly "
                    "neighbour out, let alone your furniture"
                ],
                "Colin Ashdown",
            ),
            (
                I,
                [
                    "the authority had opened a rest centre at the town's leisure centre and "
                    "would waive council tax for flooded households for three months"
                ],
                "Priya Raman",
            ),
        ],
    ),
    (  # 2 wildfire, straight quotes: a quote split by "Fire Chief Name told a briefing …,"
        # (one quote two spans, rank dropped, final period kept), "…, according to the Name
        # Sheriff's Office." (the part before)
        "A wildfire driven by gusts of up to 60mph had burned more than 9,000 acres in the "
        "foothills east of Marlow Creek by Wednesday evening, forcing about 3,200 people from "
        "their homes.\n\n"
        '"We\'re not going to stop this fire tonight," Fire Chief Ramon Castellanos told a '
        'briefing at the county fairgrounds, "but we can keep it out of town if the wind '
        'drops."\n\n'
        "Fourteen homes have been destroyed, according to the Calder County Sheriff's Office. "
        "About 400 evacuees spent the night in the fairground's exhibition hall, where the Red "
        "Cross had set up cots.",
        [
            (
                D,
                [
                    "We're not going to stop this fire tonight",
                    "but we can keep it out of town if the wind drops.",
                ],
                "Ramon Castellanos",
            ),
            (I, ["Fourteen homes have been destroyed"], "Calder County Sheriff's Office"),
        ],
    ),
    (  # 3 motorway pile-up in fog, curly quotes: "Inspector Name of X Police said" (rank
        # dropped), then "“A,” she said. “B.”" (two direct quotes, both hers, the second's
        # period kept); firefighters cutting people free is not speech
        "Two people were killed and 23 injured when 31 vehicles collided in thick fog on the "
        "M48 near Hartwell early on Tuesday.\n\n"
        "Inspector Dawn Mercer of Severn Vale Police said visibility had been below 50 metres at "
        "the time of the first collision, shortly after 6am. “Drivers came out of the fog at "
        "70mph and simply had nowhere to go,” she said. “I would urge anyone with dashcam "
        "footage to contact us.”\n\n"
        "Firefighters cut eleven people free from their vehicles. The motorway remained closed "
        "in both directions on Tuesday night while investigators examined the scene.",
        [
            (
                I,
                [
                    "visibility had been below 50 metres at the time of the first collision, "
                    "shortly after 6am"
                ],
                "Dawn Mercer",
            ),
            (
                D,
                ["Drivers came out of the fog at 70mph and simply had nowhere to go"],
                "Dawn Mercer",
            ),
            (D, ["I would urge anyone with dashcam footage to contact us."], "Dawn Mercer"),
        ],
    ),
    (  # 4 building collapse, curly quotes: a witness's quote continued over two paragraphs
        # (one span each, first one's period kept) + "she said", partial after "praised the"
        # and indirect "and said the council would" by "The town's mayor, Name,"
        "A three-storey building housing a bakery and two flats collapsed on Saturday morning in "
        "the centre of Kelderton, killing a man in his sixties and injuring four other "
        "people.\n\n"
        "Hannah Osei, who lives opposite, was opening her curtains at about 7.40am. “I heard a "
        "crack, then the whole front just slid forward into the street, like a drawer being "
        "pulled out. Then there was dust everywhere and you couldn't see a thing.\n\n"
        "“People were already running towards it and digging with their bare hands,” she "
        "said.\n\n"
        "The town's mayor, Geoffrey Lund, praised the “extraordinary courage” of neighbours and "
        "said the council would offer emergency housing to residents of the two adjoining "
        "buildings, which have been evacuated as a precaution.",
        [
            (
                D,
                [
                    "I heard a crack, then the whole front just slid forward into the street, "
                    "like a drawer being pulled out. Then there was dust everywhere and you "
                    "couldn't see a thing.",
                    "People were already running towards it and digging with their bare hands",
                ],
                "Hannah Osei",
            ),
            (P, ["extraordinary courage"], "Geoffrey Lund"),
            (
                I,
                [
                    "the council would offer emergency housing to residents of the two adjoining "
                    "buildings, which have been evacuated as a precaution"
                ],
                "Geoffrey Lund",
            ),
        ],
    ),
    (  # 5 missing boy found, straight quotes: "\"A,\" a spokeswoman for Name said. \"B.\""
        # (unnamed spokeswoman speaks for the force; two direct quotes), partial after "the
        # boy's family said they were" (unnamed, only the partial), "asked for privacy" (noun
        # object, not annotated)
        "A 14-year-old boy who had been missing from his home in Ravensby since Monday was "
        "found safe and well on Thursday morning in a disused barn about six miles away, after "
        "a farmer alerted police.\n\n"
        '"He was cold, hungry and a bit embarrassed by all the fuss, but he\'s fine," a '
        "spokeswoman for Hallam Constabulary said. \"We'd like to thank the 200 volunteers who "
        'gave up their time to search the woods and fields."\n\n'
        'In a statement, the boy\'s family said they were "overwhelmed with relief" and asked '
        "for privacy.",
        [
            (
                D,
                ["He was cold, hungry and a bit embarrassed by all the fuss, but he's fine"],
                "Hallam Constabulary",
            ),
            (
                D,
                [
                    "We'd like to thank the 200 volunteers who gave up their time to search the "
                    "woods and fields."
                ],
                "Hallam Constabulary",
            ),
            (P, ["overwhelmed with relief"], "family"),
        ],
    ),
    (  # 6 town council row over parking charges, curly quotes: two-sentence direct + "said
        # Councillor Name, who …" (title dropped), "The council leader, Name, said" then "Mrs
        # Surname added that" (two indirect)
        "A meeting of Ashbury Town Council descended into shouting on Tuesday night as "
        "councillors voted by nine votes to seven to introduce charges at the Market Street car "
        "park, which has been free for more than forty years.\n\n"
        "“This will kill the high street. People will simply drive to the retail park, where "
        "parking is free,” said Councillor Martin Hale, who led opposition to the plan.\n\n"
        "The council leader, Sue Whitlock, said the charges would help close a £310,000 gap in "
        "next year's budget. Mrs Whitlock added that the first hour would remain free for blue "
        "badge holders.\n\n"
        "Traders have collected more than 2,000 signatures against the scheme.",
        [
            (
                D,
                [
                    "This will kill the high street. People will simply drive to the retail park, "
                    "where parking is free"
                ],
                "Martin Hale",
            ),
            (
                I,
                ["the charges would help close a £310,000 gap in next year's budget"],
                "Sue Whitlock",
            ),
            (
                I,
                ["the first hour would remain free for blue badge holders"],
                "Sue Whitlock",
            ),
        ],
    ),
    (  # 7 small-town mayoral election, straight quotes: "\"A,\" Surname told supporters ….
        # \"B.\"" (two direct quotes, both his), "conceded" (not speech), "The former
        # firefighter, 56, said he would" (epithet)
        "Former firefighter Luis Ortega was elected mayor of Cedar Falls Junction on Tuesday, "
        "defeating the two-term incumbent, Margaret Dunmore, by 1,914 votes to 1,688.\n\n"
        '"This town has been good to me for thirty years," Ortega told supporters at the VFW '
        'hall. "Now it\'s my turn to pay it back."\n\n'
        "Dunmore, who had faced criticism over an 18% rise in water rates approved last spring, "
        "conceded shortly before midnight. The former firefighter, 56, said he would freeze "
        "water rates for at least two years.",
        [
            (D, ["This town has been good to me for thirty years"], "Luis Ortega"),
            (D, ["Now it's my turn to pay it back."], "Luis Ortega"),
            (
                I,
                ["he would freeze water rates for at least two years"],
                "Luis Ortega",
            ),
        ],
    ),
    (  # 8 emergency department waits, curly quotes: "…, according to figures published by
        # the Name." (the part before), direct + "the hospital trust's chief executive, Dr
        # Name, said" (role and title dropped), partial inside "Name, a union representative
        # …, said" (only the partial)
        "Patients at the emergency department of St Aldhelm's Hospital in Wexcombe waited an "
        "average of 11 hours to be admitted to a ward last month, according to figures "
        "published by the Regional Health Performance Unit.\n\n"
        "“Our staff are working flat out, but we have 90 patients in beds who are medically fit "
        "to go home and nowhere to send them,” the hospital trust's chief executive, Dr Alan "
        "Brierley, said on Thursday.\n\n"
        "Joanne Pike, a union representative for nurses at the hospital, said caring for "
        "patients on trolleys in corridors had become “the norm, not the exception” on the "
        "acute wards.",
        [
            (
                I,
                [
                    "Patients at the emergency department of St Aldhelm's Hospital in Wexcombe "
                    "waited an average of 11 hours to be admitted to a ward last month"
                ],
                "Regional Health Performance Unit",
            ),
            (
                D,
                [
                    "Our staff are working flat out, but we have 90 patients in beds who are "
                    "medically fit to go home and nowhere to send them"
                ],
                "Alan Brierley",
            ),
            (P, ["the norm, not the exception"], "Joanne Pike"),
        ],
    ),
    (  # 9 coastal storm, straight quotes: direct + "said Name, sweeping …" (a café owner),
        # three-sentence direct + "said the harbourmaster, Name." (role dropped)
        "Storm Idris tore roofs from buildings and cut power to about 40,000 homes along the "
        "coast of the Pellan peninsula on Sunday, with gusts reaching 94mph at Carrick "
        "Point.\n\n"
        "In Porthgarrow, waves smashed the windows of several seafront businesses. \"I've had "
        "this café for 22 years and I've never seen the sea come over the wall like that,\" "
        "said Tamsin Cole, sweeping broken glass from the floor.\n\n"
        "All ferry sailings to the islands have been cancelled until Tuesday at the earliest. "
        '"Nobody goes out in this. Not the ferries, not the fishing boats, nobody," said the '
        "harbourmaster, Neil Tregear.",
        [
            (
                D,
                [
                    "I've had this café for 22 years and I've never seen the sea come over the "
                    "wall like that"
                ],
                "Tamsin Cole",
            ),
            (
                D,
                ["Nobody goes out in this. Not the ferries, not the fishing boats, nobody"],
                "Neil Tregear",
            ),
        ],
    ),
    (  # 10 train derailment, curly quotes: "Name said in a statement that" (a rail operator),
        # direct + "the company added" (generic noun for the operator), two-sentence direct
        # + "she said" (pronoun for a passenger named in the sentence before)
        "A passenger train derailed near Hollins Cross on Friday evening after hitting a "
        "landslip caused by heavy rain, injuring six people, one of them seriously.\n\n"
        "Pennine Rail said in a statement that the 17.42 service from Barrowford to Skelby had "
        "been carrying 84 passengers. “Our thoughts are with those who were hurt and with their "
        "families,” the company added.\n\n"
        "Ruth Akande, 38, was travelling in the second carriage. “There was a bang and the "
        "carriage tipped over on its side. Everyone was thrown against the windows,” she said. "
        "Engineers expect the line to remain closed until at least Wednesday.",
        [
            (
                I,
                ["the 17.42 service from Barrowford to Skelby had been carrying 84 passengers"],
                "Pennine Rail",
            ),
            (
                D,
                ["Our thoughts are with those who were hurt and with their families"],
                "Pennine Rail",
            ),
            (
                D,
                [
                    "There was a bang and the carriage tipped over on its side. Everyone was "
                    "thrown against the windows"
                ],
                "Ruth Akande",
            ),
        ],
    ),
    (  # 11 mountain rescue, curly quotes with a nested ‘ ’ quotation inside the rescuer's
        # quote (not annotated separately): "Name, leader of the …, said" (indirect), direct
        # + "Surname said", "The veteran rescuer said" (epithet, indirect)
        "Two walkers were rescued from Crag Fell on Saturday night after one of them slipped on "
        "ice and broke his ankle a few hundred metres below the summit.\n\n"
        "Pete Harrower, leader of the Langmere Mountain Rescue Team, said 18 volunteers had "
        "spent five hours carrying the injured man down by stretcher in darkness and freezing "
        "fog. “When we reached them, his friend said, ‘We thought we'd be up here all night.’ "
        "They very nearly were,” Harrower said.\n\n"
        "The veteran rescuer said walkers should carry crampons and a head torch at this time of "
        "year, even on short routes.",
        [
            (
                I,
                [
                    "18 volunteers had spent five hours carrying the injured man down by "
                    "stretcher in darkness and freezing fog"
                ],
                "Pete Harrower",
            ),
            (
                D,
                [
                    "When we reached them, his friend said, ‘We thought we'd be up here all "
                    "night.’ They very nearly were"
                ],
                "Pete Harrower",
            ),
            (
                I,
                [
                    "walkers should carry crampons and a head torch at this time of year, even on "
                    "short routes"
                ],
                "Pete Harrower",
            ),
        ],
    ),
    (  # 12 snow closes schools, straight quotes: "…, the district said on Sunday." (the part
        # before; generic noun for the named school district), two-sentence direct +
        # "Superintendent Name said" (role dropped), "Some parents said" (unnamed plural)
        "All 14 schools in the Northmoor Unified School District will stay closed on Monday "
        "after a weekend of heavy snow left many rural roads impassable, the district said on "
        "Sunday.\n\n"
        '"Our buses cover more than 2,000 miles of road every day, a lot of it gravel and '
        "hills. I'm not putting a child on a bus until I know it can stop,\" Superintendent "
        "Karen Voss said.\n\n"
        "Some parents said the closure, the third this winter, was becoming a real problem for "
        "families where both parents work.",
        [
            (
                I,
                [
                    "All 14 schools in the Northmoor Unified School District will stay closed on "
                    "Monday after a weekend of heavy snow left many rural roads impassable"
                ],
                "Northmoor Unified School District",
            ),
            (
                D,
                [
                    "Our buses cover more than 2,000 miles of road every day, a lot of it gravel "
                    "and hills. I'm not putting a child on a bus until I know it can stop"
                ],
                "Karen Voss",
            ),
            (
                I,
                [
                    "the closure, the third this winter, was becoming a real problem for families "
                    "where both parents work"
                ],
                "parents",
            ),
        ],
    ),
    (  # 13 tornado, curly quotes: "According to Name," (rest of the sentence), partial inside
        # "Mayor Name, who …, said it was" (only the partial), two-sentence direct + "she said"
        "A tornado tore through the eastern edge of Millbrook on Wednesday night, flattening "
        "homes, uprooting trees and tossing cars into fields.\n\n"
        "According to Harlan County Emergency Management, 43 homes were destroyed and about 60 "
        "damaged, and two people were taken to hospital with minor injuries.\n\n"
        "Mayor Denise Albright, who toured the damage on Thursday morning, said it was “a "
        "miracle” that nobody had been killed. “The sirens went off, people went to their "
        "basements, and it worked. That's the story today,” she said.\n\n"
        "Volunteers from neighbouring towns were helping to clear debris.",
        [
            (
                I,
                [
                    "43 homes were destroyed and about 60 damaged, and two people were taken to "
                    "hospital with minor injuries"
                ],
                "Harlan County Emergency Management",
            ),
            (P, ["a miracle"], "Denise Albright"),
            (
                D,
                [
                    "The sirens went off, people went to their basements, and it worked. That's "
                    "the story today"
                ],
                "Denise Albright",
            ),
        ],
    ),
    (  # 14 river rescue by a shopkeeper, straight quotes: a quote split by "Name said," (one
        # quote two spans, final period kept), "Mr Surname, 44, who …, told the X Gazette
        # that" (indirect), partial after "The fire service described the rescue as"
        "A shopkeeper in Lydford has been praised for pulling a six-year-old girl from the "
        "swollen River Tarrant on Wednesday afternoon after she slipped from the towpath.\n\n"
        '"I didn\'t really think about it," Amir Rahimi said, "I just saw a pink coat in the '
        'water and jumped in."\n\n'
        "Mr Rahimi, 44, who owns the newsagent's on Mill Lane, told the Lydford Gazette that "
        "the current had carried them both about fifty metres before he managed to grab an "
        "overhanging branch.\n\n"
        "The girl was checked by paramedics and was unhurt. The fire service described the "
        'rescue as "brave but extremely risky". Water levels remain high after a week of heavy '
        "rain.",
        [
            (
                D,
                [
                    "I didn't really think about it",
                    "I just saw a pink coat in the water and jumped in.",
                ],
                "Amir Rahimi",
            ),
            (
                I,
                [
                    "the current had carried them both about fifty metres before he managed to "
                    "grab an overhanging branch"
                ],
                "Amir Rahimi",
            ),
            (P, ["brave but extremely risky"], "fire service"),
        ],
    ),
    (  # 15 gas explosion, curly quotes: direct + "said Group Manager Name of X" (rank
        # dropped), "Residents said" (unnamed plural), "The gas network operator, Name, said"
        # (organisation, role noun dropped)
        "One person was killed and nine others were injured when an explosion destroyed two "
        "terraced houses on Alma Road in Bramley Heath early on Sunday.\n\n"
        "“When crews arrived, both houses had been reduced to rubble and a third was on fire,” "
        "said Group Manager Chris Ndlovu of Eastmoor Fire and Rescue Service.\n\n"
        "Residents said they had reported a smell of gas in the street several times over the "
        "past week. The gas network operator, Northgrid, said it had no record of any such "
        "calls and would cooperate fully with the investigation.",
        [
            (
                D,
                [
                    "When crews arrived, both houses had been reduced to rubble and a third was on "
                    "fire"
                ],
                "Chris Ndlovu",
            ),
            (
                I,
                ["they had reported a smell of gas in the street several times over the past week"],
                "residents",
            ),
            (
                I,
                [
                    "it had no record of any such calls and would cooperate fully with the "
                    "investigation"
                ],
                "Northgrid",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout120.jsonl"),
        "heldout120",
        "h120",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
