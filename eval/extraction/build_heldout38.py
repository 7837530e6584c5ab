"""Source of the thirty-eighth held-out set: writes heldout38.jsonl (split "heldout38").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
interviews and profiles (artists, athletes, chefs, scientists, entrepreneurs): long quotes from
one main person interleaved with narration, some in question-and-answer style, plus other voices.
Measured once before (extractor 0.3.0) and once with extractor 0.17.0 (docs/EXTRACTION.md),
unread; then read for 0.18.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout38.py
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
    (  # 1 ceramist: plain spaces, exhibition title not a quote, Q&A answer, partial after "estime que"
        "À 61 ans, la céramiste Margaux Delorme-Quintin expose pour la première fois à "
        "Sérignac-sur-Lys, la ville où elle a grandi et qu'elle a quittée à 19 ans. Dans son "
        "atelier, encombré de bols ébréchés et de sacs de terre, elle parle sans détour de ses "
        "années de vaches maigres.\n\n"
        "« J'ai passé vingt ans à faire des pièces que personne ne voulait acheter. Je ne le "
        "regrette pas : c'est là que j'ai appris à rater proprement », dit-elle en riant.\n\n"
        "Son exposition, intitulée « Les Fours froids », réunit quarante-deux pièces, dont une "
        "série de jarres cuites au bois dans un four qu'elle a construit elle-même en 2011. "
        "Pourquoi revenir maintenant ? « Parce que ma mère a 88 ans et qu'elle ne prend plus le "
        "train », répond-elle simplement.\n\n"
        "Le conservateur du musée municipal, Julien Abadie, qui a mis trois ans à la convaincre, "
        "estime que la ville « lui devait bien ça ». Le musée doit acquérir deux jarres pour ses "
        "collections permanentes à l'issue de l'exposition, ouverte jusqu'au 15 février.",
        [
            (
                D,
                [
                    "J'ai passé vingt ans à faire des pièces que personne ne voulait acheter. Je "
                    "ne le regrette pas : c'est là que j'ai appris à rater proprement"
                ],
                "Margaux Delorme-Quintin",
            ),
            (
                D,
                ["Parce que ma mère a 88 ans et qu'elle ne prend plus le train"],
                "Margaux Delorme-Quintin",
            ),
            (P, ["lui devait bien ça"], "Julien Abadie"),
        ],
    ),
    (  # 2 trail runner: no-break spaces, interviewer's question in narration, nickname, incise
        "Trois semaines après sa victoire sur l'Ultra des Crêtes, 172 kilomètres avalés en 23 "
        "heures et 41 minutes, Élodie Ferracci n'a toujours pas rechaussé ses chaussures de "
        "course. La Corse de 34 ans nous reçoit dans un café de Bastelica, une attelle encore à "
        "la cheville gauche.\n\n"
        "Que lui reste-t-il de cette nuit passée seule dans le brouillard, au-dessus de 2 000 "
        "mètres ? Elle hésite longuement. «\u00a0Le silence. Vers 3\u00a0heures du matin, je "
        "n'entendais plus que ma respiration et mes bâtons sur les cailloux. J'ai eu peur, "
        "vraiment peur, et puis ça s'est transformé en quelque chose de très doux.\u00a0»\n\n"
        "Celle que le peloton surnomme «\u00a0la Chèvre\u00a0» n'a commencé la course à pied "
        "qu'à 27 ans, après dix ans comme infirmière de nuit à l'hôpital d'Ajaccio. Son "
        "entraîneur, Patrice Orsoni, a d'abord vu en elle une athlète incapable de ralentir.\n\n"
        "«\u00a0Il a fallu lui apprendre à perdre du temps pour en gagner, résume-t-il. "
        "Aujourd'hui, c'est elle qui me l'explique.\u00a0»\n\n"
        "Élodie Ferracci a indiqué qu'elle visait désormais le championnat du monde de trail, "
        "prévu en juin au Portugal.",
        [
            (
                D,
                [
                    "Le silence. Vers 3\u00a0heures du matin, je n'entendais plus que ma "
                    "respiration et mes bâtons sur les cailloux. J'ai eu peur, vraiment peur, et "
                    "puis ça s'est transformé en quelque chose de très doux."
                ],
                "Élodie Ferracci",
            ),
            (
                D,
                [
                    "Il a fallu lui apprendre à perdre du temps pour en gagner",
                    "Aujourd'hui, c'est elle qui me l'explique.",
                ],
                "Patrice Orsoni",
            ),
            (
                I,
                [
                    "elle visait désormais le championnat du monde de trail, prévu en juin au Portugal"
                ],
                "Élodie Ferracci",
            ),
        ],
    ),
    (  # 3 chef: narrow no-break spaces, speaker in the next sentence, unattributed continuation
        "Au Comptoir de la Halle, à Rochebrune, on ne réserve pas : on attend. Le chef, Karim "
        "Benslimane, 39 ans, assume ce choix qui agace une partie de sa clientèle.\n\n"
        "«\u202fUne table réservée, c'est une table vide une fois sur cinq. Je ne peux pas me le "
        "permettre avec des marges de 4\u202f%.\u202f» Le cuisinier, passé par plusieurs "
        "grandes maisons parisiennes, a ouvert ici il y a six ans, dans une ancienne "
        "boucherie.\n\n"
        "Sa carte change chaque jour selon les arrivages. Ce mardi, maquereau mariné, poireaux "
        "brûlés et une tarte au citron que les habitués appellent «\u202fla tarte de la "
        "honte\u202f», parce qu'elle ne coûte que 3 euros.\n\n"
        "L'hiver 2024 a failli lui être fatal, quand la facture d'électricité a triplé en trois "
        "mois. «\u202fMa banquière m'a sauvé. Elle est venue manger un midi, elle a vu la salle "
        "pleine et elle m'a dit : on va trouver une solution.\u202f»\n\n"
        "Cette banquière, Sophie Lamarque, assure n'avoir fait que son travail, et en a profité "
        "pour devenir une habituée du jeudi.",
        [
            (
                D,
                [
                    "Une table réservée, c'est une table vide une fois sur cinq. Je ne peux pas "
                    "me le permettre avec des marges de 4\u202f%."
                ],
                "Karim Benslimane",
            ),
            (
                D,
                [
                    "Ma banquière m'a sauvé. Elle est venue manger un midi, elle a vu la salle "
                    "pleine et elle m'a dit : on va trouver une solution."
                ],
                "Karim Benslimane",
            ),
            (I, ["n'avoir fait que son travail"], "Sophie Lamarque"),
        ],
    ),
    (  # 4 glaciologist: “ ” in French, Q&A, "La chercheuse", partial after "juge", "Selon lui"
        "Glaciologue au laboratoire Cryos de Grenoble-Vercors, Anne-Sophie Terrail rentre de "
        "sept semaines passées sur le plateau de Hvítafell, dans le sud de l'Islande, où son "
        "équipe a installé quatorze balises GPS sur la calotte. Nous l'avons rencontrée à son "
        "retour, encore marquée par le manque de sommeil.\n\n"
        "Qu'avez-vous découvert là-bas ? “Que le glacier recule plus vite que ce que nos modèles "
        "prévoyaient, d'environ 30 %. Ce n'est pas une surprise pour nous, mais c'est une "
        "confirmation très désagréable.”\n\n"
        "Faut-il s'alarmer ? La chercheuse pèse ses mots. “Il faut surtout arrêter de considérer "
        "ces chiffres comme une prévision lointaine. C'est maintenant, et c'est mesurable.”\n\n"
        "Son homologue islandais, Gunnar Eyvindsson, qui codirige la mission, juge les mesures "
        "de cette année “les plus inquiétantes depuis le début des relevés”, en 1987. Selon lui, "
        "la fonte estivale pourrait doubler d'ici à 2040 si rien ne change.\n\n"
        "Anne-Sophie Terrail repartira en mars, cette fois avec deux doctorants.",
        [
            (
                D,
                [
                    "Que le glacier recule plus vite que ce que nos modèles prévoyaient, "
                    "d'environ 30 %. Ce n'est pas une surprise pour nous, mais c'est une "
                    "confirmation très désagréable."
                ],
                "Anne-Sophie Terrail",
            ),
            (
                D,
                [
                    "Il faut surtout arrêter de considérer ces chiffres comme une prévision "
                    "lointaine. C'est maintenant, et c'est mesurable."
                ],
                "Anne-Sophie Terrail",
            ),
            (P, ["les plus inquiétantes depuis le début des relevés"], "Gunnar Eyvindsson"),
            (
                I,
                ["la fonte estivale pourrait doubler d'ici à 2040 si rien ne change"],
                "Gunnar Eyvindsson",
            ),
        ],
    ),
    (  # 5 bike entrepreneur: no spaces, quote over two paragraphs, incise with full stop
        "Il y a cinq ans, Thomas Verdaguer réparait des vélos dans le garage de ses parents, à "
        "Montauban. Sa société, Roue Libre Atelier, emploie aujourd'hui 64 salariés dans trois "
        "villes et a réalisé 11,2 millions d'euros de chiffre d'affaires l'an dernier.\n\n"
        "«Je n'avais aucun plan. Je voulais juste que les gens arrêtent de jeter des vélos qui "
        "avaient seulement besoin d'un dérailleur neuf. Le reste est arrivé presque par "
        "accident.\n\n"
        "«Le jour où le réseau Colis Sud nous a confié l'entretien de sa flotte régionale, j'ai "
        "compris qu'on n'était plus une bande de copains. Il a fallu embaucher une DRH, et ça, "
        "je ne l'avais pas vu venir», raconte-t-il dans son bureau vitré qui donne sur "
        "l'atelier.\n\n"
        "Cette DRH, Nadia Chekroun, décrit un patron «qui déteste les réunions mais ne rate "
        "jamais un pot de départ». Le taux de départs volontaires reste inférieur à 5 % par an, "
        "un chiffre rare dans le secteur.\n\n"
        "Le fondateur n'exclut pas une levée de fonds en 2027. «Mais pas à n'importe quel prix, "
        "prévient-il. Je ne vendrai pas la boîte à un fonds qui la fermera dans trois ans.»",
        [
            (
                D,
                [
                    "Je n'avais aucun plan. Je voulais juste que les gens arrêtent de jeter des "
                    "vélos qui avaient seulement besoin d'un dérailleur neuf. Le reste est arrivé "
                    "presque par accident.",
                    "Le jour où le réseau Colis Sud nous a confié l'entretien de sa flotte "
                    "régionale, j'ai compris qu'on n'était plus une bande de copains. Il a fallu "
                    "embaucher une DRH, et ça, je ne l'avais pas vu venir",
                ],
                "Thomas Verdaguer",
            ),
            (
                P,
                ["qui déteste les réunions mais ne rate jamais un pot de départ"],
                "Nadia Chekroun",
            ),
            (
                D,
                [
                    "Mais pas à n'importe quel prix",
                    "Je ne vendrai pas la boîte à un fonds qui la fermera dans trois ans.",
                ],
                "Thomas Verdaguer",
            ),
        ],
    ),
    (  # 6 jazz pianist: album title not a quote, unattributed quote after intro, label indirect
        "Le pianiste Baptiste Mornac-Leroy publie vendredi « Nuits d'Arvel », son septième "
        "album, enregistré en deux jours dans une église désaffectée du Jura. « Je voulais un "
        "son qui respire, avec les craquements du bois et le bruit de la pluie sur le toit. On "
        "entend même un tracteur sur le quatrième morceau, et je l'ai gardé. »\n\n"
        "Le musicien de 46 ans a longtemps accompagné des chanteuses de variété avant de revenir "
        "au jazz en trio, il y a quatre ans, avec le contrebassiste Luc Ferrand et le batteur "
        "Sami Haddou.\n\n"
        "Sa maison de disques, Label Ostinato, a fait savoir que l'album serait d'abord "
        "disponible en vinyle, tiré à 3 000 exemplaires, avant une sortie sur les plateformes "
        "en mars.\n\n"
        "Une tournée de vingt dates est prévue au printemps, de Besançon à Brest, uniquement "
        "dans des salles de moins de 300 places.",
        [
            (
                D,
                [
                    "Je voulais un son qui respire, avec les craquements du bois et le bruit de "
                    "la pluie sur le toit. On entend même un tracteur sur le quatrième morceau, "
                    "et je l'ai gardé."
                ],
                "Baptiste Mornac-Leroy",
            ),
            (
                I,
                [
                    "l'album serait d'abord disponible en vinyle, tiré à 3 000 exemplaires, avant "
                    "une sortie sur les plateformes en mars"
                ],
                "Label Ostinato",
            ),
        ],
    ),
    (  # 7 football coach: no-break spaces, unattributed quote, partial in "dit tenir", "le dirigeant"
        "Elle a pris les commandes du FC Vallon-Saint-Roch en juillet, avec une équipe "
        "reléguée et un budget amputé d'un tiers. Cinq mois plus tard, le club pointe à la "
        "deuxième place de D2. Capucine Morel-Diallo, 42 ans, refuse pourtant de parler de "
        "miracle.\n\n"
        "«\u00a0Un miracle, c'est quand on ne comprend pas ce qui se passe. Là, on comprend très "
        "bien\u00a0: les filles courent plus que les autres et elles ne lâchent rien.\u00a0»\n\n"
        "Ancienne défenseure internationale (38 sélections), l'entraîneure dit tenir de son "
        "père, ouvrier chez un équipementier automobile, «\u00a0le goût des horaires\u00a0». Les "
        "séances commencent à 18\u00a0heures précises ; une minute de retard coûte un tour de "
        "terrain.\n\n"
        "Le président du club, Roland Etchegaray, a longtemps hésité avant de la recruter. "
        "«\u00a0Je la trouvais trop dure. Je me trompais, elle est juste exigeante\u00a0», "
        "admet le dirigeant, qui vient de prolonger son contrat jusqu'en 2029.",
        [
            (
                D,
                [
                    "Un miracle, c'est quand on ne comprend pas ce qui se passe. Là, on comprend "
                    "très bien\u00a0: les filles courent plus que les autres et elles ne lâchent "
                    "rien."
                ],
                "Capucine Morel-Diallo",
            ),
            (P, ["le goût des horaires"], "Capucine Morel-Diallo"),
            (
                D,
                ["Je la trouvais trop dure. Je me trompais, elle est juste exigeante"],
                "Roland Etchegaray",
            ),
        ],
    ),
    (  # 8 winemaker: "se souvient-elle", minister partial then "la ministre" indirect, "la vigneronne"
        "Vigneronne à Castelmoron-d'Aude depuis 2009, Hélène Bastide-Royer a vu la grêle "
        "détruire 80 % de sa récolte en une demi-heure, le 12 juin dernier. Elle nous reçoit "
        "dans son chai à moitié vide, où une dizaine de cuves seulement ont servi cette "
        "année.\n\n"
        "« Le matin, j'avais des grappes magnifiques. À midi, il ne restait que des sarments "
        "déchiquetés. Je suis restée assise dans la vigne jusqu'au soir, sans rien dire », se "
        "souvient-elle.\n\n"
        "Elle n'a pourtant jamais envisagé d'arrêter. Sa fille, Camille, 24 ans, a même rejoint "
        "le domaine en septembre, après un master d'œnologie à Montpellier.\n\n"
        "La ministre de l'Agriculture, Valérie Darnaud-Pujol, venue constater les dégâts en "
        "juin, avait promis des indemnisations « sous trois mois ». Le domaine n'a reçu à ce "
        "jour que 15 % des sommes attendues. Interrogée mardi, la ministre a assuré que tous les "
        "dossiers seraient traités avant la fin de l'année.\n\n"
        "« Je ne demande pas la charité, je demande qu'on tienne parole », tranche la "
        "vigneronne.",
        [
            (
                D,
                [
                    "Le matin, j'avais des grappes magnifiques. À midi, il ne restait que des "
                    "sarments déchiquetés. Je suis restée assise dans la vigne jusqu'au soir, "
                    "sans rien dire"
                ],
                "Hélène Bastide-Royer",
            ),
            (P, ["sous trois mois"], "Valérie Darnaud-Pujol"),
            (
                I,
                ["tous les dossiers seraient traités avant la fin de l'année"],
                "Valérie Darnaud-Pujol",
            ),
            (
                D,
                ["Je ne demande pas la charité, je demande qu'on tienne parole"],
                "Hélène Bastide-Royer",
            ),
        ],
    ),
    (  # 9 choreographer: narrow no-break spaces, show title, unattributed quote, incise with full stop
        "Sur la scène du Théâtre des Tanneurs, à Lisière, Maïwenn Quéré répète seule, pieds nus, "
        "pendant que les techniciens règlent les lumières. La chorégraphe bretonne de 37 ans "
        "présente jeudi « Sel », une pièce de cinquante minutes pour quatre danseuses et un "
        "accordéon.\n\n"
        "«\u202fJ'ai grandi à côté d'une conserverie. Ma grand-mère y a travaillé quarante ans, "
        "debout, les mains dans l'eau froide. Ce spectacle, ce sont ses gestes à elle, ralentis, "
        "presque immobiles.\u202f» Elle s'interrompt, reprend sa respiration, puis recommence la "
        "même séquence, une troisième fois.\n\n"
        "La création a failli ne jamais voir le jour : la compagnie a perdu en mars la "
        "subvention régionale qui finançait un tiers de son budget, et les répétitions ont "
        "continué dans une salle des fêtes prêtée par la commune.\n\n"
        "«\u202fOn a continué sans savoir si on serait payées, raconte Maïwenn Quéré. Personne "
        "n'est parti. Ça, je ne l'oublierai pas.\u202f»\n\n"
        "Le directeur du théâtre, Olivier Kerbrat, a déjà programmé quatre dates "
        "supplémentaires en janvier.",
        [
            (
                D,
                [
                    "J'ai grandi à côté d'une conserverie. Ma grand-mère y a travaillé quarante "
                    "ans, debout, les mains dans l'eau froide. Ce spectacle, ce sont ses gestes à "
                    "elle, ralentis, presque immobiles."
                ],
                "Maïwenn Quéré",
            ),
            (
                D,
                [
                    "On a continué sans savoir si on serait payées",
                    "Personne n'est parti. Ça, je ne l'oublierai pas.",
                ],
                "Maïwenn Quéré",
            ),
        ],
    ),
    (  # 10 astrophysicist: no spaces, Q&A with the questions in narration, organisation indirect
        "Elle a donné son nom à un astéroïde, ce qui l'amuse beaucoup. Astrophysicienne à "
        "l'observatoire du Pic-Vert, Salomé Achour-Benita, 52 ans, dirige depuis 2019 le "
        "programme de surveillance des géocroiseurs de l'Institut Orbis, ces objets dont "
        "l'orbite passe près de celle de la Terre.\n\n"
        "Combien en connaît-on aujourd'hui ? «Environ 2 300 qui méritent d'être suivis de près. "
        "Aucun ne présente de risque dans le siècle qui vient, je tiens à le dire tout de suite, "
        "avant qu'on m'accuse de faire peur aux gens.»\n\n"
        "Et celui qui porte son nom ? Elle éclate de rire. «Il fait 800 mètres et il passe très "
        "loin. C'est un astéroïde parfaitement ennuyeux, comme moi.»\n\n"
        "L'Institut Orbis a annoncé lundi qu'un nouveau télescope serait mis en service au "
        "Chili en 2027, ce qui devrait doubler le nombre de détections annuelles. La "
        "chercheuse y passera trois mois par an.",
        [
            (
                D,
                [
                    "Environ 2 300 qui méritent d'être suivis de près. Aucun ne présente de "
                    "risque dans le siècle qui vient, je tiens à le dire tout de suite, avant "
                    "qu'on m'accuse de faire peur aux gens."
                ],
                "Salomé Achour-Benita",
            ),
            (
                D,
                [
                    "Il fait 800 mètres et il passe très loin. C'est un astéroïde parfaitement "
                    "ennuyeux, comme moi."
                ],
                "Salomé Achour-Benita",
            ),
            (
                I,
                [
                    "un nouveau télescope serait mis en service au Chili en 2027, ce qui devrait "
                    "doubler le nombre de détections annuelles"
                ],
                "Institut Orbis",
            ),
        ],
    ),
    (  # 11 night baker: “ ” in French, nickname and scare quotes, incise, apprentice indirect
        "Dans le quartier de la Croix-Blanche, à Vernolles, tout le monde l'appelle “le "
        "boulanger de nuit”. Depuis dix-huit ans, Yannick Le Goff ouvre sa boutique à 22 heures "
        "et la ferme à 6 heures du matin, pour les infirmières, les chauffeurs de bus et les "
        "fêtards.\n\n"
        "“Au début, les gens pensaient que je vendais autre chose que du pain, raconte-t-il en "
        "façonnant ses baguettes. La police est passée trois fois la première semaine.”\n\n"
        "Ses horaires “à l'envers” lui ont coûté un mariage et quelques amitiés, mais le "
        "quinquagénaire n'envisage pas d'autre vie. Il dort de 8 heures à 15 heures, fait ses "
        "courses quand les rayons sont vides et ne prend jamais de vacances en août.\n\n"
        "Son apprentie, Jade Morvan, 19 ans, affirme qu'elle est plus réveillée à 3 heures du "
        "matin qu'à midi. Elle doit reprendre la boutique lorsque son patron partira à la "
        "retraite, dans cinq ans.",
        [
            (
                D,
                [
                    "Au début, les gens pensaient que je vendais autre chose que du pain",
                    "La police est passée trois fois la première semaine.",
                ],
                "Yannick Le Goff",
            ),
            (I, ["elle est plus réveillée à 3 heures du matin qu'à midi"], "Jade Morvan"),
        ],
    ),
    (  # 12 novelist: book titles not quotes, interviewer's question, "La romancière", partial
        "Son premier roman, « La Maison des Quatre-Vents », s'est vendu à 180 000 exemplaires "
        "et sera adapté au cinéma l'an prochain. Pourtant, Bérénice Vautrin-Lhomme continue "
        "d'enseigner le français trois jours par semaine dans un collège de "
        "Saint-Aubin-des-Prés.\n\n"
        "Pourquoi ne pas tout arrêter ? La romancière de 44 ans sourit. « Parce que mes élèves "
        "sont ma seule source fiable de dialogues. Et puis, si j'arrête, je deviens une "
        "écrivaine qui parle d'écrivains. Je connais trop de gens comme ça. »\n\n"
        "Son éditeur, Marc-Antoine Sillery, des éditions du Lierre, qualifie le livre de "
        "« phénomène de bouche-à-oreille, sans un euro de publicité ». Le deuxième roman est "
        "attendu en septembre ; l'autrice n'en a dévoilé que le titre provisoire, « Bassin "
        "d'hiver ».",
        [
            (
                D,
                [
                    "Parce que mes élèves sont ma seule source fiable de dialogues. Et puis, si "
                    "j'arrête, je deviens une écrivaine qui parle d'écrivains. Je connais trop de "
                    "gens comme ça."
                ],
                "Bérénice Vautrin-Lhomme",
            ),
            (
                P,
                ["phénomène de bouche-à-oreille, sans un euro de publicité"],
                "Marc-Antoine Sillery",
            ),
        ],
    ),
    (  # 13 cyclist: mayor introduced by title, "Le maire" indirect, "l'élu" direct
        "Le maire de Saint-Véran-les-Combes, Gérard Pellissier, n'avait jamais vu autant de "
        "monde dans sa commune de 900 habitants. Dimanche, près de 6 000 personnes sont venues "
        "accueillir Nathan Roubaud, 23 ans, vainqueur de la dernière étape du Tour du "
        "Haut-Verdon après une échappée de 140 kilomètres.\n\n"
        "« Je suis parti d'ici à 15 ans avec un vélo trop grand pour moi. Revenir comme ça, "
        "avec tout le village dans la rue, je n'ai pas de mots », a lâché le coureur, la voix "
        "nouée, depuis le balcon de la mairie.\n\n"
        "Le maire a annoncé qu'une course junior porterait désormais son nom, dès le printemps "
        "prochain. « Il a donné à nos gamins une raison de rester accrochés à leur vélo plutôt "
        "qu'à leur téléphone », a justifié l'élu.\n\n"
        "Nathan Roubaud, qui court pour l'équipe Vertex-Alpina, retrouvera dès janvier ses "
        "coéquipiers en stage à Calpe.",
        [
            (
                D,
                [
                    "Je suis parti d'ici à 15 ans avec un vélo trop grand pour moi. Revenir comme "
                    "ça, avec tout le village dans la rue, je n'ai pas de mots"
                ],
                "Nathan Roubaud",
            ),
            (
                I,
                ["une course junior porterait désormais son nom, dès le printemps prochain"],
                "Gérard Pellissier",
            ),
            (
                D,
                [
                    "Il a donné à nos gamins une raison de rester accrochés à leur vélo plutôt "
                    "qu'à leur téléphone"
                ],
                "Gérard Pellissier",
            ),
        ],
    ),
    (  # 14 brewer: quote over two paragraphs, unattributed, partial after "a salué"
        "Quand elle a repris la brasserie familiale de Hautmont-sur-Sambre en 2018, Aurélie "
        "Vandamme avait 29 ans et aucune expérience du brassage. Elle avait en revanche un "
        "diplôme d'ingénieure en chimie et une certitude : la bière de son grand-père méritait "
        "mieux qu'un fond de rayon de supermarché.\n\n"
        "« Les premières années ont été terribles. On perdait de l'argent sur chaque bouteille "
        "vendue, et mon père me demandait tous les dimanches si j'étais sûre de moi. Je ne "
        "l'étais pas du tout.\n\n"
        "« Ce qui a tout changé, c'est l'export. Un importateur japonais a goûté notre ambrée "
        "dans un salon à Lille et il a commandé douze palettes. Aujourd'hui, le Japon représente "
        "40 % de nos ventes. »\n\n"
        "La brasserie produit désormais 9 000 hectolitres par an. La chambre de commerce du "
        "Hainaut-Sud lui a décerné en octobre son prix de l'entreprise familiale ; son "
        "président, Didier Lheureux, a salué « une transmission réussie, ce qui est beaucoup "
        "plus rare qu'on ne le croit ».",
        [
            (
                D,
                [
                    "Les premières années ont été terribles. On perdait de l'argent sur chaque "
                    "bouteille vendue, et mon père me demandait tous les dimanches si j'étais "
                    "sûre de moi. Je ne l'étais pas du tout.",
                    "Ce qui a tout changé, c'est l'export. Un importateur japonais a goûté notre "
                    "ambrée dans un salon à Lille et il a commandé douze palettes. Aujourd'hui, "
                    "le Japon représente 40 % de nos ventes.",
                ],
                "Aurélie Vandamme",
            ),
            (
                P,
                ["une transmission réussie, ce qui est beaucoup plus rare qu'on ne le croit"],
                "Didier Lheureux",
            ),
        ],
    ),
    (  # 15 agronomist: "l'agronome", cooperative indirect, "a-t-elle ajouté" incise
        "À la station expérimentale de Bellerive, les parcelles de blé de Fatoumata Sangaré se "
        "reconnaissent de loin : elles sont plus courtes, plus clairsemées, et elles ont mieux "
        "résisté à la sécheresse de l'été que toutes les autres.\n\n"
        "« On a sélectionné des variétés anciennes, qu'on a croisées avec des blés modernes "
        "pendant huit ans. Le rendement est inférieur de 10 %, mais les besoins en eau baissent "
        "d'un tiers », explique l'agronome de 41 ans, sans quitter des yeux ses épis.\n\n"
        "Le groupement coopératif Terres d'Oise, qui finance une partie du programme, a fait "
        "savoir qu'une centaine d'agriculteurs testeraient ces semences dès l'automne prochain. "
        "Certains adhérents restent sceptiques, et le sujet a animé la dernière assemblée "
        "générale.\n\n"
        "La chercheuse, elle, ne cherche pas à convaincre à tout prix. « Je ne vends rien, "
        "a-t-elle ajouté, je montre des résultats. Les agriculteurs jugeront. »",
        [
            (
                D,
                [
                    "On a sélectionné des variétés anciennes, qu'on a croisées avec des blés "
                    "modernes pendant huit ans. Le rendement est inférieur de 10 %, mais les "
                    "besoins en eau baissent d'un tiers"
                ],
                "Fatoumata Sangaré",
            ),
            (
                I,
                ["une centaine d'agriculteurs testeraient ces semences dès l'automne prochain"],
                "Terres d'Oise",
            ),
            (
                D,
                ["Je ne vends rien", "je montre des résultats. Les agriculteurs jugeront."],
                "Fatoumata Sangaré",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 novelist: curly quotes, book title not a quote, "A," she says ... "B." as two quotes, partial
        "Rosalind Achterberg wrote her first novel on the night bus between Harlow Cross and the "
        "hospital where she worked as a cleaner. Eleven years later, “The Salt Orchard” has been "
        "shortlisted for the Whitcombe Prize, and she still takes the bus.\n\n"
        "“I don't drive, I never learned,” she says, laughing, at a café near her flat in "
        "Dunmore. “And honestly the bus is where I hear the best sentences. People say "
        "extraordinary things at two in the morning, and they say them to strangers.”\n\n"
        "The book follows three sisters trying to save a failing apple farm through a single "
        "summer of drought. Her editor at Pellow & Finch, James Okonjo-Ward, called it “the "
        "most confident debut I have read in a decade” when he bought it from a pile of "
        "unsolicited manuscripts in 2024.\n\n"
        "It has since sold 95,000 copies and been translated into eleven languages. The winner "
        "of the prize will be announced on 4 December at a dinner in London.",
        [
            (D, ["I don't drive, I never learned"], "Rosalind Achterberg"),
            (
                D,
                [
                    "And honestly the bus is where I hear the best sentences. People say "
                    "extraordinary things at two in the morning, and they say them to strangers."
                ],
                "Rosalind Achterberg",
            ),
            (P, ["the most confident debut I have read in a decade"], "James Okonjo-Ward"),
        ],
    ),
    (  # 2 sprinter: straight quotes, "A," X said afterwards. "B." two quotes, coach indirect
        "Kezia Bramwell-Oduya was not supposed to be running this season. Fourteen months ago "
        "the 26-year-old sprinter tore her hamstring so badly that her surgeon advised her to "
        "start planning for a life outside athletics.\n\n"
        "On Sunday she won the 200 metres at the national championships in Carrow Park in 22.41 "
        "seconds, a personal best and the fastest time by a British woman this year.\n\n"
        '"I cried in the call room before the race, which has never happened to me," '
        'Bramwell-Oduya said afterwards. "Then I stopped crying and I was very, very angry, in '
        'a good way."\n\n'
        "Her coach, Dennis Hallworth, said she had spent four months doing nothing but "
        "rehabilitation in a swimming pool, six days a week, before she was allowed back on a "
        "track.\n\n"
        "She will now be considered for the world championships squad, which is due to be "
        "named next month.",
        [
            (
                D,
                ["I cried in the call room before the race, which has never happened to me"],
                "Kezia Bramwell-Oduya",
            ),
            (
                D,
                ["Then I stopped crying and I was very, very angry, in a good way."],
                "Kezia Bramwell-Oduya",
            ),
            (
                I,
                [
                    "she had spent four months doing nothing but rehabilitation in a swimming "
                    "pool, six days a week, before she was allowed back on a track"
                ],
                "Dennis Hallworth",
            ),
        ],
    ),
    (  # 3 chef: Q&A with the interviewer's questions in the narration, head chef indirect
        "Priya Venkataraman-Holt opened Tamarind Yard in a former tyre shop in Eastleigh Marsh "
        "four years ago, with £18,000 of savings and a borrowed oven. This month the restaurant "
        "received its first star from the Calloway Guide.\n\n"
        'So what did she do when the inspectors called? "I hung up. I thought it was my brother '
        "winding me up, because he's done it before. They had to ring back twice.\"\n\n"
        "She cooks the food of her grandmother's kitchen in Madurai, but with what she grows on "
        "an allotment two streets away: curry leaves in a greenhouse, chillies on every "
        "windowsill. Her head chef, Tomasz Wierzbicki, says the allotment supplies about a third "
        "of the restaurant's vegetables in summer.\n\n"
        'Will the star change the prices? Venkataraman-Holt shakes her head. "The thali stays '
        "at twenty-two pounds. If my regulars can't afford to eat here any more, then what was "
        'the point?"',
        [
            (
                D,
                [
                    "I hung up. I thought it was my brother winding me up, because he's done it "
                    "before. They had to ring back twice."
                ],
                "Priya Venkataraman-Holt",
            ),
            (
                I,
                ["the allotment supplies about a third of the restaurant's vegetables in summer"],
                "Tomasz Wierzbicki",
            ),
            (
                D,
                [
                    "The thali stays at twenty-two pounds. If my regulars can't afford to eat "
                    "here any more, then what was the point?"
                ],
                "Priya Venkataraman-Holt",
            ),
        ],
    ),
    (  # 4 marine biologist: Dr dropped, quote over two paragraphs, spokeswoman for a trust
        "For nineteen years Dr Helen Mbeki-Strand has counted the same seagrass meadow off the "
        "island of Carrick Mor, by hand, twice a year. This spring, for the first time, the "
        "meadow was bigger than when she started.\n\n"
        "\"I honestly thought I'd made a mistake. I swam the transect again the next day, and "
        "then again with a colleague, because I didn't trust myself. It's very strange, after "
        "two decades of writing about decline, to have good news.\n\n"
        "\"What changed is simple. The moorings were replaced in 2019 with ones that don't drag "
        'on the seabed, and the boats stopped anchoring in the bay. Nature did the rest."\n\n'
        "A spokeswoman for the Carrick Mor Harbour Trust, which paid for the new moorings, said "
        "the scheme would be extended to two more bays on the island's east coast next year.\n\n"
        "Mbeki-Strand, who teaches at the University of Westhaven, will present the results at "
        "a conference in Lisbon in February.",
        [
            (
                D,
                [
                    "I honestly thought I'd made a mistake. I swam the transect again the next "
                    "day, and then again with a colleague, because I didn't trust myself. It's "
                    "very strange, after two decades of writing about decline, to have good news.",
                    "What changed is simple. The moorings were replaced in 2019 with ones that "
                    "don't drag on the seabed, and the boats stopped anchoring in the bay. Nature "
                    "did the rest.",
                ],
                "Helen Mbeki-Strand",
            ),
            (
                I,
                [
                    "the scheme would be extended to two more bays on the island's east coast "
                    "next year"
                ],
                "Carrick Mor Harbour Trust",
            ),
        ],
    ),
    (  # 5 fintech founder: "recalls", minister partial then "the minister said", closing quote
        "When Daniel Osei-Brennan pitched his savings app to investors in 2021, eleven of them "
        "said no. The twelfth, a retired schoolteacher from Ballygarrow, wrote him a cheque for "
        "£40,000.\n\n"
        '"She asked me one question: would my own mother be able to use it? I said yes, and '
        'she said that was good enough for her," Osei-Brennan recalls.\n\n'
        "Penny Jar now has 1.3 million users and employs 210 people in Belfast and Leeds. It "
        "turned a profit for the first time in the last quarter.\n\n"
        "The company was singled out last week by the economy minister, Fiona Talbot-Greer, who "
        'described it as "exactly the kind of business we want to keep in this country". Asked '
        "about reports of a takeover approach from a US bank, the minister said the government "
        "had no power to block a sale.\n\n"
        "Osei-Brennan insists there is nothing to sell. \"We're not going anywhere. I still "
        'answer some of the customer emails myself on Sunday nights."',
        [
            (
                D,
                [
                    "She asked me one question: would my own mother be able to use it? I said "
                    "yes, and she said that was good enough for her"
                ],
                "Daniel Osei-Brennan",
            ),
            (
                P,
                ["exactly the kind of business we want to keep in this country"],
                "Fiona Talbot-Greer",
            ),
            (I, ["the government had no power to block a sale"], "Fiona Talbot-Greer"),
            (
                D,
                [
                    "We're not going anywhere. I still answer some of the customer emails myself "
                    "on Sunday nights."
                ],
                "Daniel Osei-Brennan",
            ),
        ],
    ),
    (  # 6 painter: nickname, exhibition title and scare quotes not quotes, unattributed quote
        'In the village of Lower Amwell they still call him "the Professor", although Colm '
        "Treacy left school at fifteen and has never taught anything. The 71-year-old painter "
        "earned the nickname in the 1980s, when he would lecture anyone in the Anchor about the "
        'Dutch masters. His "retirement" in 2015 lasted all of six weeks.\n\n'
        'His retrospective at the Harbourside Gallery, "Forty Winters", opens on Friday with '
        "63 canvases, most of them of the same grey stretch of estuary.\n\n"
        "\"People ask me why I keep painting the same view. I tell them it's never the same "
        "view. The tide's different, the light's different, I'm different. Other painters had "
        "their cathedrals; I've got the mudflats.\"\n\n"
        "The gallery's director, Anika Sorensen, said the show had been three years in the "
        "making, partly because many of the paintings had to be tracked down in private homes "
        "across three counties.",
        [
            (
                D,
                [
                    "People ask me why I keep painting the same view. I tell them it's never the "
                    "same view. The tide's different, the light's different, I'm different. Other "
                    "painters had their cathedrals; I've got the mudflats."
                ],
                "Colm Treacy",
            ),
            (
                I,
                [
                    "the show had been three years in the making, partly because many of the "
                    "paintings had to be tracked down in private homes across three counties"
                ],
                "Anika Sorensen",
            ),
        ],
    ),
    (  # 7 boxer: unattributed quote, "He says" (the trainer) with partial, promoter indirect
        "The gym is above a carpet warehouse on the edge of Millbrook, and the ring canvas has "
        "been patched so often it looks like a map. This is where Jordan Achebe-Lyle, the new "
        "British super-welterweight champion, has trained since he was nine.\n\n"
        '"Everything I am came out of this room. My dad brought me here because I kept '
        "fighting at school, and Frank put gloves on me the same afternoon. I've never "
        'left."\n\n'
        "Frank is Frank Doolan, 68, who still runs the gym and still charges £3 a session. He "
        "sits on a folding chair by the ring while his fighter shadowboxes, and he talks about "
        "last month's title fight in Sheffield as if it were a sparring session. He says "
        'Achebe-Lyle "was never the most talented kid in here, just the one who never missed '
        'a Tuesday".\n\n'
        "Achebe-Lyle will defend his belt in March. His promoter, Redline Boxing, said on Monday "
        "that talks were under way to stage the fight at the city's football ground.",
        [
            (
                D,
                [
                    "Everything I am came out of this room. My dad brought me here because I "
                    "kept fighting at school, and Frank put gloves on me the same afternoon. I've "
                    "never left."
                ],
                "Jordan Achebe-Lyle",
            ),
            (
                P,
                [
                    "was never the most talented kid in here, just the one who never missed a "
                    "Tuesday"
                ],
                "Frank Doolan",
            ),
            (
                I,
                ["talks were under way to stage the fight at the city's football ground"],
                "Redline Boxing",
            ),
        ],
    ),
    (  # 8 architect: curly quotes, "A," the architect said, ..., "b" one quote two pieces
        "Ingrid Halvorsen-Pike has designed museums in three countries, but the building she is "
        "proudest of is a public toilet.\n\n"
        "“Everyone laughed when I took the commission,” the architect said, standing beside the "
        "small timber pavilion in Fenwick Park, “but a good public toilet is a promise that a "
        "city makes to old people, to parents, to anyone who's ill. Most cities break that "
        "promise.”\n\n"
        "The pavilion, which cost £310,000 and has a rainwater tank under its roof, won the "
        "Northern Civic Design Award last month.\n\n"
        "Halvorsen-Pike grew up in Tromsvik, a fishing town in the north of Norway, and moved "
        "to Britain at 24. Her practice now employs thirty people in a converted chapel in "
        "Hexley.\n\n"
        "“I like small buildings that lots of people use every day. A museum, you visit once a "
        "year if you're keen. This, people visit three times a day.”",
        [
            (
                D,
                [
                    "Everyone laughed when I took the commission",
                    "but a good public toilet is a promise that a city makes to old people, to "
                    "parents, to anyone who's ill. Most cities break that promise.",
                ],
                "Ingrid Halvorsen-Pike",
            ),
            (
                D,
                [
                    "I like small buildings that lots of people use every day. A museum, you "
                    "visit once a year if you're keen. This, people visit three times a day."
                ],
                "Ingrid Halvorsen-Pike",
            ),
        ],
    ),
    (  # 9 violinist: "She recalls that" reported memory, quote with "she says" after narration
        "Mei-Lin Castellano was seven when she first heard a violin, on a scratched cassette "
        "her grandfather played in his taxi in Valparaíso. She recalls that she made him rewind "
        "the same three minutes until the tape snapped.\n\n"
        "Now 31, she is concertmaster of the Northbridge Philharmonic, the youngest in the "
        "orchestra's 112-year history, and this week she plays the Brahms concerto as soloist "
        "for the first time, with two performances at the Corn Exchange.\n\n"
        "\"I've been preparing this piece in my head for twenty years, which is not always "
        "helpful. You carry a lot of versions of it around. At some point you have to throw them "
        "all away and just play what's in front of you,\" she says, turning a pencil over and "
        "over in her fingers.\n\n"
        "Both concerts sold out within a day. The orchestra has added a third, open rehearsal "
        "on Saturday morning, with tickets at five pounds.",
        [
            (
                I,
                ["she made him rewind the same three minutes until the tape snapped"],
                "Mei-Lin Castellano",
            ),
            (
                D,
                [
                    "I've been preparing this piece in my head for twenty years, which is not "
                    "always helpful. You carry a lot of versions of it around. At some point you "
                    "have to throw them all away and just play what's in front of you"
                ],
                "Mei-Lin Castellano",
            ),
        ],
    ),
    (  # 10 mountaineer: unattributed opening quote, "The 48-year-old guide", partial after "describes"
        "Tariq Hollings-Nwosu has climbed the north face of the Storhorn eleven times, and he "
        "still doesn't like it.\n\n"
        "\"It's a miserable mountain. It's cold, it's loose, and the weather turns in about ten "
        "minutes. I keep going back because it's the one place where I'm properly scared, and I "
        'think being scared now and then is good for you."\n\n'
        "The 48-year-old guide, who runs a mountaineering school in Glen Arrow, lost two fingers "
        "to frostbite on the face in 2016, when a storm pinned him and a client on a ledge for "
        'thirty hours. He describes the descent that followed as "the longest night of my life, '
        'by a distance".\n\n'
        "His school trained 640 people last year, most of them beginners. Next summer he plans "
        "to take his daughter, Isla, 19, up the easier west ridge, which she has been asking to "
        "do since she was twelve.",
        [
            (
                D,
                [
                    "It's a miserable mountain. It's cold, it's loose, and the weather turns in "
                    "about ten minutes. I keep going back because it's the one place where I'm "
                    "properly scared, and I think being scared now and then is good for you."
                ],
                "Tariq Hollings-Nwosu",
            ),
            (P, ["the longest night of my life, by a distance"], "Tariq Hollings-Nwosu"),
        ],
    ),
    (  # 11 baker: "Owner X" before a quote, council's decision reported
        "For twelve years the Wheatsheaf Bakery on Carlow Street has left its unsold bread in a "
        "wooden crate outside the door at closing time. Anyone can take it, and nobody asks "
        "questions.\n\n"
        "Owner Maggie Driscoll-Hart started doing it after watching a man go through the bins "
        "behind her shop one winter night. \"I thought, that's ridiculous, I'm about to throw "
        "away forty loaves. So I put them outside instead. That's all it is. It's not charity, "
        "it's just not wasting bread.\"\n\n"
        "In October an inspector from Harbury District Council ordered the crate removed. A "
        "petition to keep it gathered 8,400 signatures in a fortnight, and on Thursday the "
        "council announced that it had reviewed the case and that the crate could stay, "
        "provided the bread was bagged.\n\n"
        "Two other bakeries in the town have since put out crates of their own.",
        [
            (
                D,
                [
                    "I thought, that's ridiculous, I'm about to throw away forty loaves. So I put "
                    "them outside instead. That's all it is. It's not charity, it's just not "
                    "wasting bread."
                ],
                "Maggie Driscoll-Hart",
            ),
            (
                I,
                [
                    "it had reviewed the case and that the crate could stay, provided the bread "
                    "was bagged"
                ],
                "Harbury District Council",
            ),
        ],
    ),
    (  # 12 epidemiologist: curly quotes, Q&A answer, association partial inside reported speech
        "Anjali Rao-Whitfield, an epidemiologist at the University of Kelsford, has spent "
        "fifteen years studying how infections move through care homes. Her new study, "
        "published this week in the Westmoor Medical Review, followed 214 homes through three "
        "winters.\n\n"
        "What surprised her most? “Ventilation. We expected staffing levels to matter most, and "
        "they do matter, but the homes that simply opened windows on a schedule had thirty per "
        "cent fewer outbreaks. It costs nothing, and nobody had bothered to measure it.”\n\n"
        "The research was funded by a charity set up by the family of a resident who died in an "
        "outbreak in 2021, and took four years to complete.\n\n"
        "The National Care Providers' Association welcomed the findings but warned that opening "
        "windows was “not a substitute for paying staff properly”. Several homes in the study "
        "have already changed their routines.",
        [
            (
                D,
                [
                    "Ventilation. We expected staffing levels to matter most, and they do "
                    "matter, but the homes that simply opened windows on a schedule had thirty "
                    "per cent fewer outbreaks. It costs nothing, and nobody had bothered to "
                    "measure it."
                ],
                "Anjali Rao-Whitfield",
            ),
            (
                P,
                ["not a substitute for paying staff properly"],
                "National Care Providers' Association",
            ),
        ],
    ),
    (  # 13 chess prodigy: film title not a quote, unattributed quote, mother indirect
        "At fourteen, Oluwaseun Adeyemi-Park is the youngest grandmaster the country has "
        'produced, and a film about his childhood, "The Sixty-Fourth Square", is already being '
        "shot in Lagos and Croydon.\n\n"
        "He finds all this mostly embarrassing. \"I haven't done anything yet. I've won some "
        "games. A film is for people who have finished something, and I'm in Year 10.\"\n\n"
        "He learned the moves at six from a library book and beat his uncle, the family's "
        "strongest player, a year later. His mother, Grace Adeyemi-Park, a nurse, gave up night "
        "shifts for two years to drive him to weekend tournaments. She admits she had no idea "
        "what a grandmaster was when he first mentioned it.\n\n"
        "He plays in the national championship in January, where he is seeded third.",
        [
            (
                D,
                [
                    "I haven't done anything yet. I've won some games. A film is for people who "
                    "have finished something, and I'm in Year 10."
                ],
                "Oluwaseun Adeyemi-Park",
            ),
            (
                I,
                ["she had no idea what a grandmaster was when he first mentioned it"],
                "Grace Adeyemi-Park",
            ),
        ],
    ),
    (  # 14 cheesemaker: cheese name unquoted, judges' partial, curly quote with "she said" after
        "Ruth Pemberton took over her parents' dairy farm near Kilbride in 2015, when milk was "
        "selling for less than it cost to produce. Instead of selling the herd, she bought a "
        "second-hand cheese vat from a closing creamery in Wales.\n\n"
        "Her smoked blue was named supreme champion at the Western Counties Cheese Awards in "
        "September, ahead of 1,100 other entries. The judges called it “bold, balanced and "
        "slightly unhinged”.\n\n"
        "“I make it the way I'd want to eat it. Too much of everything, basically. Three "
        "separate experts told me that smoking a blue cheese was a terrible idea, which probably "
        "helped,” she said, in the cold store where 2,000 rounds sit on pine shelves.\n\n"
        "The farm now sells 40 tonnes of cheese a year, most of it to restaurants in London and "
        "Edinburgh, and employs eleven people.",
        [
            (P, ["bold, balanced and slightly unhinged"], "judges"),
            (
                D,
                [
                    "I make it the way I'd want to eat it. Too much of everything, basically. "
                    "Three separate experts told me that smoking a blue cheese was a terrible "
                    "idea, which probably helped"
                ],
                "Ruth Pemberton",
            ),
        ],
    ),
    (  # 15 footballer: unattributed quote after intro, manager "told reporters"
        "At 37, Danielle Osterhagen-Burke is playing the best football of her career, and she "
        "has no intention of stopping. The Kingsport City captain scored her 200th league goal "
        "on Sunday, a header in the 88th minute that earned a 2-2 draw against Ashcombe "
        "Rovers.\n\n"
        "\"Every year someone asks me when I'm retiring, and every year I say: ask me in May. My "
        "knees are fine, my head is fine. The day I stop enjoying Tuesday training, I'll "
        'go."\n\n'
        "She made her debut for the club at 17, when it still played in front of a few hundred "
        "people on a council pitch. Last season's average crowd was 6,300.\n\n"
        "Her manager, Lars Vinterberg, told reporters after the match that the club would offer "
        "her a new one-year contract in the spring.",
        [
            (
                D,
                [
                    "Every year someone asks me when I'm retiring, and every year I say: ask me "
                    "in May. My knees are fine, my head is fine. The day I stop enjoying Tuesday "
                    "training, I'll go."
                ],
                "Danielle Osterhagen-Burke",
            ),
            (
                I,
                ["the club would offer her a new one-year contract in the spring"],
                "Lars Vinterberg",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout38.jsonl"),
        "heldout38",
        "h38",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
