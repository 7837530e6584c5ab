"""Source of the thirty-fourth held-out set: writes heldout34.jsonl (split "heldout34").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like crime, courts and security copy (assize and criminal trials, police appeals,
terror and fraud cases, unnamed police sources, ministry and police spokespeople) in the style of
French regional and national dailies and English-language wire services and newspapers.
Measured once before (extractor 0.3.0) and once after extractors 0.16.0 and 0.17.0
(docs/EXTRACTION.md); not read when 0.17.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout34.py
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
    (  # 1 assizes, femicide: two men (prosecutor, defence) + accused, "avait-il lancé"
        "Toulouse — La cour d'assises de la Haute-Garonne a condamné jeudi soir Anthony "
        "Ferrié, 41 ans, à vingt-deux ans de réclusion criminelle pour le meurtre de sa "
        "compagne, Laëtitia Cazals, étranglée en avril 2024 dans leur appartement du quartier "
        "des Minimes.\n\n"
        "L'avocat général, Philippe Aussenac, avait requis vingt-cinq ans. « Ce n'est pas un "
        "drame de la passion. C'est l'aboutissement de trois années d'emprise », avait-il "
        "lancé mercredi aux jurés.\n\n"
        "Le conseil de l'accusé, Me Rémi Barthès, a plaidé en vain l'absence de "
        "préméditation. Il a indiqué à l'issue du délibéré qu'il allait étudier avec son "
        "client l'opportunité d'un appel.\n\n"
        "Dans la salle des pas perdus, le père de la victime, Gérard Cazals, a longuement "
        "serré dans ses bras les amies de sa fille. « Laëtitia ne reviendra pas. Ce verdict, "
        "c'est pour celles qui sont encore vivantes », a confié le sexagénaire, la voix "
        "brisée.",
        [
            (
                D,
                [
                    "Ce n'est pas un drame de la passion. C'est l'aboutissement de trois "
                    "années d'emprise"
                ],
                "Philippe Aussenac",
            ),
            (
                I,
                ["il allait étudier avec son client l'opportunité d'un appel"],
                "Rémi Barthès",
            ),
            (
                D,
                [
                    "Laëtitia ne reviendra pas. Ce verdict, c'est pour celles qui sont encore "
                    "vivantes"
                ],
                "Gérard Cazals",
            ),
        ],
    ),
    (  # 2 missing teenager, gendarmerie appeal: "selon une source proche", mother "écrit-elle"
        "Mont-de-Marsan — La gendarmerie des Landes a lancé mardi un appel à témoins pour "
        "retrouver Noémie Larrieu, une adolescente de 16 ans qui n'a plus donné signe de vie "
        "depuis samedi soir. Elle a été vue pour la dernière fois vers 23 heures à la sortie "
        "d'une fête de village à Saint-Perdon.\n\n"
        "Plus de 80 gendarmes, appuyés par un hélicoptère et des maîtres-chiens, ont ratissé "
        "lundi les bois et les étangs alentour. Selon une source proche de l'enquête, le "
        "téléphone de la jeune fille a borné pour la dernière fois près de la gare de "
        "Morcenx, à une trentaine de kilomètres, peu après minuit.\n\n"
        "Sa mère, Sandrine Larrieu, a publié dimanche un message sur les réseaux sociaux, "
        "partagé plus de 40\u00a0000 fois. «\u00a0Noémie, si tu lis ceci, personne ne t'en "
        "veut. Rentre, ou appelle-nous, juste pour dire que tu vas bien\u00a0», écrit-elle.\n\n"
        "Les enquêteurs n'excluent aucune piste à ce stade. Toute personne disposant "
        "d'informations est invitée à contacter la brigade de Morcenx ou à composer le 17.",
        [
            (
                I,
                [
                    "le téléphone de la jeune fille a borné pour la dernière fois près de la "
                    "gare de Morcenx, à une trentaine de kilomètres, peu après minuit"
                ],
                "source proche de l'enquête",
            ),
            (
                D,
                [
                    "Noémie, si tu lis ceci, personne ne t'en veut. Rentre, ou appelle-nous, "
                    "juste pour dire que tu vas bien"
                ],
                "Sandrine Larrieu",
            ),
        ],
    ),
    (  # 3 bank-advisor fraud: three women (prosecutor, defendant, presiding judge)
        "Bordeaux — Le tribunal correctionnel de Bordeaux a condamné mercredi Inès Mokrani, "
        "29 ans, à quatre ans de prison, dont deux avec sursis, pour sa participation à une "
        "escroquerie aux faux conseillers bancaires qui a fait plus de 140 victimes en "
        "Gironde et en Dordogne. Le préjudice est estimé à 1,7 million d'euros.\n\n"
        "À l'audience, la procureure, Claire Lestrade, a décrit «\u202fune véritable "
        "entreprise, avec ses horaires, ses scripts et ses primes au rendement\u202f». Les "
        "appelants se faisaient passer pour des employés du service antifraude de la banque "
        "de leurs victimes et les convainquaient de valider eux-mêmes des virements.\n\n"
        "La prévenue, dont le rôle consistait à recruter des jeunes chargés d'ouvrir des "
        "comptes à leur nom, a tenté de minimiser sa responsabilité. «\u202fJe ne savais pas "
        "que c'était à ce point-là. On me disait que c'était l'argent des banques, pas celui "
        "des gens\u202f», a-t-elle soutenu.\n\n"
        "«\u202fVous avez pourtant eu au téléphone une dame de 87 ans qui pleurait\u202f», lui "
        "a rétorqué la présidente, Anne-Laure Véziat.\n\n"
        "Deux autres membres du réseau, installés à l'étranger, font l'objet d'un mandat "
        "d'arrêt international.",
        [
            (
                P,
                [
                    "une véritable entreprise, avec ses horaires, ses scripts et ses primes au "
                    "rendement"
                ],
                "Claire Lestrade",
            ),
            (
                D,
                [
                    "Je ne savais pas que c'était à ce point-là. On me disait que c'était "
                    "l'argent des banques, pas celui des gens"
                ],
                "Inès Mokrani",
            ),
            (
                D,
                ["Vous avez pourtant eu au téléphone une dame de 87 ans qui pleurait"],
                "Anne-Laure Véziat",
            ),
        ],
    ),
    (  # 4 foiled attack: security source, inverted minister after channel, "Un enquêteur évoque"
        "Deux hommes de 19 et 23 ans ont été mis en examen samedi à Paris pour association "
        "de malfaiteurs terroriste criminelle. Ils sont soupçonnés d'avoir projeté une "
        "attaque au couteau contre un marché de Noël dans l'est de la France.\n\n"
        "Les deux suspects avaient été interpellés mardi à Mulhouse et à Belfort par les "
        "services du renseignement intérieur. Selon une source sécuritaire, l'un d'eux avait "
        "fait allégeance à une organisation jihadiste dans une vidéo retrouvée sur son "
        "téléphone.\n\n"
        "«Le passage à l'acte était envisagé dans les prochains jours», a affirmé dimanche "
        "sur la chaîne Info Continu le ministre de l'Intérieur, Laurent Vasseur-Mallet.\n\n"
        "Un enquêteur évoque «des profils très jeunes, radicalisés en quelques mois sur des "
        "messageries cryptées». Les deux hommes ont été placés en détention provisoire. Un "
        "troisième, âgé de 17 ans, a été remis en liberté sans poursuites à ce stade.",
        [
            (
                I,
                [
                    "l'un d'eux avait fait allégeance à une organisation jihadiste dans une "
                    "vidéo retrouvée sur son téléphone"
                ],
                "source sécuritaire",
            ),
            (
                D,
                ["Le passage à l'acte était envisagé dans les prochains jours"],
                "Laurent Vasseur-Mallet",
            ),
            (
                P,
                [
                    "des profils très jeunes, radicalisés en quelques mois sur des messageries "
                    "cryptées"
                ],
                "enquêteur",
            ),
        ],
    ),
    (  # 5 stabbing outside a school: “ ” quotes, unnamed parent, mayor partial + "Elle a annoncé"
        "Un adolescent de 15 ans a été grièvement blessé à l'arme blanche lundi en fin "
        "d'après-midi devant le collège Jean-Moulin de Villeneuve-sur-Orge, dans l'Essonne. "
        "Son pronostic vital était toujours engagé mardi matin.\n\n"
        "La victime aurait été prise à partie par un groupe d'une dizaine de jeunes venus "
        "d'une commune voisine, sur fond de rivalités entre quartiers. Trois mineurs de 14 à "
        "16 ans ont été placés en garde à vue.\n\n"
        "“Ça a duré moins d'une minute. Ils sont arrivés en courant, ils l'ont frappé et ils "
        "sont repartis”, raconte une mère d'élève, encore sous le choc.\n\n"
        "La maire de la commune, Nathalie Brossard-Keita, a dénoncé “une violence qui n'a "
        "plus aucune limite”. Elle a annoncé qu'une cellule d'écoute serait ouverte dès "
        "mardi au collège.\n\n"
        "Une marche blanche est prévue samedi à 14 heures devant la mairie.",
        [
            (
                D,
                [
                    "Ça a duré moins d'une minute. Ils sont arrivés en courant, ils l'ont "
                    "frappé et ils sont repartis"
                ],
                "mère d'élève",
            ),
            (P, ["une violence qui n'a plus aucune limite"], "Nathalie Brossard-Keita"),
            (
                I,
                ["une cellule d'écoute serait ouverte dès mardi au collège"],
                "Nathalie Brossard-Keita",
            ),
        ],
    ),
    (  # 6 burglary ring: prosecutor after the quote, "Selon le groupement de gendarmerie"
        "Montauban — Les gendarmes ont démantelé mardi un réseau soupçonné d'une "
        "cinquantaine de cambriolages commis depuis le printemps dans des maisons isolées du "
        "Quercy. Cinq hommes âgés de 22 à 47 ans ont été interpellés lors d'une opération "
        "mobilisant 120 militaires.\n\n"
        "« Ils repéraient les maisons dans la journée, en se faisant passer pour des "
        "démarcheurs, et revenaient la nuit quand les propriétaires étaient absents », a "
        "expliqué le procureur de la République de Montauban, Bertrand Solacroup, lors d'une "
        "conférence de presse. Bijoux, outillage et armes de chasse étaient ensuite revendus "
        "en quelques jours sur des sites de petites annonces.\n\n"
        "Le préjudice est estimé à plus de 600 000 euros. Selon le groupement de gendarmerie "
        "du Tarn-et-Garonne, une partie des objets volés a déjà pu être restituée à leurs "
        "propriétaires.\n\n"
        "Les suspects doivent être présentés jeudi à un juge d'instruction.",
        [
            (
                D,
                [
                    "Ils repéraient les maisons dans la journée, en se faisant passer pour des "
                    "démarcheurs, et revenaient la nuit quand les propriétaires étaient absents"
                ],
                "Bertrand Solacroup",
            ),
            (
                I,
                ["une partie des objets volés a déjà pu être restituée à leurs propriétaires"],
                "groupement de gendarmerie du Tarn-et-Garonne",
            ),
        ],
    ),
    (  # 7 police violence video: lawyer, ministry "a fait savoir que", "son porte-parole, X"
        "Une enquête a été confiée à l'inspection générale de la police après la diffusion "
        "d'une vidéo montrant un policier frapper à plusieurs reprises un livreur maintenu au "
        "sol, dimanche soir, dans le XIXe arrondissement de Paris.\n\n"
        "Sur les images, tournées depuis un balcon, on voit l'agent asséner au moins quatre "
        "coups de poing au jeune homme, Yacine B., 24 ans, alors qu'il est menotté. "
        "Celui-ci s'est vu prescrire dix jours d'incapacité totale de travail.\n\n"
        "«\u00a0Rien, absolument rien, ne peut justifier qu'on frappe un homme "
        "menotté\u00a0», a réagi son avocat, Me Julien Carrasco, qui a déposé plainte lundi "
        "pour violences volontaires par personne dépositaire de l'autorité publique.\n\n"
        "Le ministère de l'Intérieur a fait savoir que le policier avait été suspendu à "
        "titre conservatoire. «\u00a0Le ministre a demandé que toute la lumière soit faite, "
        "et vite\u00a0», a déclaré son porte-parole, Thibault Moreau-Lagarde.\n\n"
        "La vidéo a été vue plus de deux millions de fois en vingt-quatre heures.",
        [
            (
                D,
                ["Rien, absolument rien, ne peut justifier qu'on frappe un homme menotté"],
                "Julien Carrasco",
            ),
            (
                I,
                ["le policier avait été suspendu à titre conservatoire"],
                "ministère de l'Intérieur",
            ),
            (
                D,
                ["Le ministre a demandé que toute la lumière soit faite, et vite"],
                "Thibault Moreau-Lagarde",
            ),
        ],
    ),
    (  # 8 Quebec charity fraud: judge (direct then "Elle a estimé" + partial), Crown "-t-elle"
        "MONTRÉAL — L'ancienne directrice des finances de la Fondation Horizon-Jeunesse, "
        "Caroline Deschênes-Roy, a été reconnue coupable mardi d'avoir détourné plus de "
        "2,3 millions de dollars de l'organisme entre 2019 et 2023.\n\n"
        "« L'accusée a utilisé l'argent destiné à des enfants malades pour s'offrir un "
        "chalet, deux voitures de luxe et des voyages dans le Sud », a résumé la juge "
        "Isabelle Trudeau-Ménard en rendant son verdict au palais de justice de Montréal. "
        "Elle a estimé que le stratagème, qui reposait sur de fausses factures de "
        "fournisseurs, était « d'une rare sophistication ».\n\n"
        "La procureure de la Couronne, Me Valérie Gagnon, réclamera une peine de six ans de "
        "pénitencier. « Il faut envoyer un message clair : voler un organisme de "
        "bienfaisance, c'est voler deux fois », a-t-elle déclaré à sa sortie de la salle "
        "d'audience.\n\n"
        "L'avocate de la défense, Me Mélanie Ouellet, a quitté le palais sans faire de "
        "commentaire. Les observations sur la peine auront lieu en février.",
        [
            (
                D,
                [
                    "L'accusée a utilisé l'argent destiné à des enfants malades pour s'offrir "
                    "un chalet, deux voitures de luxe et des voyages dans le Sud"
                ],
                "Isabelle Trudeau-Ménard",
            ),
            (P, ["d'une rare sophistication"], "Isabelle Trudeau-Ménard"),
            (
                D,
                [
                    "Il faut envoyer un message clair : voler un organisme de bienfaisance, "
                    "c'est voler deux fois"
                ],
                "Valérie Gagnon",
            ),
        ],
    ),
    (  # 9 drug-dealing spot raid: prefect after the quote, anonymous pensioner
        "Nîmes — Un vaste coup de filet a visé mardi à l'aube un point de deal du quartier "
        "de la Croix-Bleue, à Nîmes, où un homme de 19 ans avait été tué par balles en "
        "septembre. Quatorze personnes ont été interpellées, et 11 kilos de résine de "
        "cannabis ont été saisis, ainsi que deux pistolets automatiques.\n\n"
        "«\u202fCe point de deal générait jusqu'à 40\u202f000 euros par jour. Nous l'avons "
        "frappé au cœur\u202f», s'est félicité le préfet du Gard, Hugues Delmas-Ferrand, venu "
        "sur place aux côtés des 250 policiers mobilisés.\n\n"
        "Le réseau, organisé comme une petite entreprise, rémunérait ses guetteurs à la "
        "journée et confiait la marchandise à des habitants chargés de la cacher chez eux. "
        "Plusieurs des interpellés étaient déjà connus pour des faits de violences armées.\n\n"
        "Sur la place, les habitants restent prudents. «\u202fIls reviendront dans une "
        "semaine, comme à chaque fois\u202f», soupire une retraitée, qui vit dans le quartier "
        "depuis 1978 et ne souhaite pas donner son nom.",
        [
            (
                D,
                [
                    "Ce point de deal générait jusqu'à 40\u202f000 euros par jour. Nous l'avons "
                    "frappé au cœur"
                ],
                "Hugues Delmas-Ferrand",
            ),
            (D, ["Ils reviendront dans une semaine, comme à chaque fois"], "retraitée"),
        ],
    ),
    (  # 10 ex-mayor corruption: three men; quote split by "a-t-il déclaré à la barre"
        "Albi — L'ancien maire de Castelnau-sur-Tarn, Jean-Claude Fabre, a été condamné "
        "lundi par le tribunal correctionnel d'Albi à dix-huit mois de prison avec sursis et "
        "cinq ans d'inéligibilité pour prise illégale d'intérêts.\n\n"
        "Il lui était reproché d'avoir fait attribuer, entre 2018 et 2022, près de "
        "900 000 euros de marchés publics à une entreprise de travaux dirigée par son "
        "gendre.\n\n"
        "« Il n'a pas servi sa commune, il s'est servi d'elle », avait tonné à l'audience le "
        "procureur, Antoine Bessière, qui avait requis deux ans avec sursis.\n\n"
        "L'élu, qui a démissionné en 2023, a toujours contesté tout enrichissement "
        "personnel. « Je suis peut-être coupable de négligence, a-t-il déclaré à la barre, "
        "mais je n'ai jamais pris un centime. »\n\n"
        "Son avocat, Me Olivier Carrère, a annoncé qu'il ferait appel. Un appel suspendrait "
        "la peine d'inéligibilité, le tribunal n'ayant pas ordonné son exécution provisoire.",
        [
            (D, ["Il n'a pas servi sa commune, il s'est servi d'elle"], "Antoine Bessière"),
            (
                D,
                [
                    "Je suis peut-être coupable de négligence",
                    "mais je n'ai jamais pris un centime.",
                ],
                "Jean-Claude Fabre",
            ),
            (I, ["il ferait appel"], "Olivier Carrère"),
        ],
    ),
    (  # 11 hospital ransomware: director after the quote, "Selon le Centre national"
        "Le centre hospitalier de Vierzon-la-Forêt fonctionne en mode dégradé depuis "
        "samedi, après une cyberattaque par rançongiciel qui a paralysé son système "
        "informatique. Les urgences restent ouvertes, mais une quarantaine d'opérations non "
        "urgentes ont été déprogrammées.\n\n"
        "«\u00a0Nous sommes revenus au papier et au crayon. Les équipes font un travail "
        "remarquable, mais tout prend trois fois plus de temps\u00a0», a expliqué lundi la "
        "directrice de l'établissement, Sophie Lemarchand. Les pirates réclament une rançon "
        "de 2 millions de dollars en cryptomonnaie.\n\n"
        "La section cybercriminalité du parquet de Paris s'est saisie de l'enquête. Selon le "
        "Centre national de réponse aux cyberattaques, le logiciel malveillant utilisé a "
        "déjà touché au moins six établissements de santé européens depuis l'été.\n\n"
        "Les patients sont invités à se munir de leurs ordonnances et de leurs derniers "
        "résultats d'analyses lors de leurs rendez-vous.",
        [
            (
                D,
                [
                    "Nous sommes revenus au papier et au crayon. Les équipes font un travail "
                    "remarquable, mais tout prend trois fois plus de temps"
                ],
                "Sophie Lemarchand",
            ),
            (
                I,
                [
                    "le logiciel malveillant utilisé a déjà touché au moins six établissements "
                    "de santé européens depuis l'été"
                ],
                "Centre national de réponse aux cyberattaques",
            ),
        ],
    ),
    (  # 12 drink-driver trial: widow's colon quote over two paragraphs, prosecutor partial
        "Rennes — À la barre du tribunal correctionnel de Rennes, mardi, Dylan Le Bihan, "
        "27 ans, a présenté ses excuses aux familles des deux cyclistes qu'il a percutés et "
        "tués en juin sur une départementale près de Vitré. Il avait 1,8 gramme d'alcool par "
        "litre de sang et roulait à 130 km/h sur une route limitée à 80.\n\n"
        "La veuve de l'une des victimes, Martine Rouxel, a pris la parole juste avant lui : "
        "« Mon mari partait faire ses quarante kilomètres, comme tous les dimanches depuis "
        "trente ans. On me l'a rendu dans un sac.\n\n"
        "« Vos excuses, je les entends. Mais je ne peux pas les accepter aujourd'hui. »\n\n"
        "La procureure, Laure Gicquel, a requis six ans de prison ferme, estimant qu'il "
        "s'agissait d'« un accident qui n'en est pas un ». Le jugement a été mis en délibéré "
        "au 12 janvier.",
        [
            (
                D,
                [
                    "Mon mari partait faire ses quarante kilomètres, comme tous les dimanches "
                    "depuis trente ans. On me l'a rendu dans un sac.",
                    "Vos excuses, je les entends. Mais je ne peux pas les accepter aujourd'hui.",
                ],
                "Martine Rouxel",
            ),
            (P, ["un accident qui n'en est pas un"], "Laure Gicquel"),
        ],
    ),
    (  # 13 armoured-van raid: "son porte-parole" after quote, "La société a indiqué", "Pour X,"
        "Un fourgon blindé de la société Valtrans a été attaqué jeudi matin sur l'autoroute "
        "A7, à hauteur de Loriol-sur-Drôme, par un commando d'au moins six hommes lourdement "
        "armés. Les malfaiteurs ont pris la fuite avec un butin qui n'a pas été chiffré, "
        "après avoir incendié deux véhicules pour bloquer la circulation.\n\n"
        "Les trois convoyeurs, choqués, sont sortis indemnes. « Ils ont fait exactement ce "
        "qu'on leur apprend : ne pas résister », a souligné le porte-parole de Valtrans, "
        "Cédric Aubanel. La société a indiqué qu'une cellule psychologique avait été mise en "
        "place pour ses salariés.\n\n"
        "La brigade de répression du banditisme de Lyon a été saisie de l'enquête. Les "
        "enquêteurs soupçonnent une équipe aguerrie, qui aurait repéré le trajet du fourgon "
        "pendant plusieurs semaines.\n\n"
        "Pour Karim Benhamou, délégué syndical chez Valtrans, « ce n'est plus qu'une question "
        "de temps avant qu'un collègue y laisse la vie ». Il réclame un renforcement des "
        "escortes sur les tournées les plus exposées.",
        [
            (
                D,
                ["Ils ont fait exactement ce qu'on leur apprend : ne pas résister"],
                "Cédric Aubanel",
            ),
            (
                I,
                ["une cellule psychologique avait été mise en place pour ses salariés"],
                "Valtrans",
            ),
            (
                D,
                ["ce n'est plus qu'une question de temps avant qu'un collègue y laisse la vie"],
                "Karim Benhamou",
            ),
        ],
    ),
    (  # 14 special assize court, returnee: three women, "avait-elle martelé", "a-t-elle déclaré"
        "Paris — La cour d'assises spéciale de Paris a condamné vendredi Samira Belkacem, "
        "34 ans, à douze ans de réclusion criminelle pour association de malfaiteurs "
        "terroriste. Partie en Syrie en 2014 avec son mari, elle avait été rapatriée en 2023 "
        "d'un camp de détenus du nord-est du pays avec ses trois enfants.\n\n"
        "L'avocate générale, Agnès Peyrol, avait requis quatorze ans. «\u202fElle n'était "
        "pas une épouse sous influence. Elle recrutait, elle diffusait, elle "
        "encourageait\u202f», avait-elle martelé devant la cour.\n\n"
        "Dans ses derniers mots, l'accusée a longuement évoqué la vie dans le camp. «\u202fJ'ai "
        "cru que j'allais vivre dans un pays juste. J'ai vu des enfants mourir de "
        "faim\u202f», a-t-elle déclaré, en larmes.\n\n"
        "Son avocate, Me Laurence Hamidi, a estimé que la cour avait «\u202fsu entendre le "
        "chemin parcouru\u202f». Le parquet dispose de dix jours pour faire appel.",
        [
            (
                D,
                [
                    "Elle n'était pas une épouse sous influence. Elle recrutait, elle "
                    "diffusait, elle encourageait"
                ],
                "Agnès Peyrol",
            ),
            (
                D,
                [
                    "J'ai cru que j'allais vivre dans un pays juste. J'ai vu des enfants mourir "
                    "de faim"
                ],
                "Samira Belkacem",
            ),
            (P, ["su entendre le chemin parcouru"], "Laurence Hamidi"),
        ],
    ),
    (  # 15 prison escape: administration "précisant qu'", union delegate, no spaces in « »
        "Un détenu considéré comme dangereux s'est évadé dimanche lors d'une extraction "
        "médicale à l'hôpital de Saint-Amand-les-Eaux (Nord), après que deux complices armés "
        "ont neutralisé les agents pénitentiaires chargés de l'escorter. Mehdi Sahraoui, "
        "31 ans, purgeait une peine de quinze ans pour le braquage d'une bijouterie de "
        "Valenciennes.\n\n"
        "L'administration pénitentiaire a confirmé l'évasion dans un communiqué, précisant "
        "qu'aucun agent n'avait été blessé. Un important dispositif de recherche a été "
        "déployé et un signalement a été transmis aux polices des pays voisins.\n\n"
        "«On envoie deux agents, avec un seul véhicule, escorter un homme qui a déjà tenté "
        "de s'évader. C'était écrit d'avance», a dénoncé Grégory Lemaire, secrétaire régional "
        "du syndicat Pénitentiaire Unie.\n\n"
        "Le garde des Sceaux, Hervé Dumaine, a ordonné une inspection. Toute personne qui "
        "apercevrait le fugitif est invitée à ne pas intervenir et à composer le 17.",
        [
            (I, ["aucun agent n'avait été blessé"], "administration pénitentiaire"),
            (
                D,
                [
                    "On envoie deux agents, avec un seul véhicule, escorter un homme qui a déjà "
                    "tenté de s'évader. C'était écrit d'avance"
                ],
                "Grégory Lemaire",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 murder sentencing: mother's partial, then "A," she said. "B." (two directs)
        "A Limerick man who stabbed a teenager to death outside a takeaway after a row over "
        "a spilled drink has been jailed for life.\n\n"
        "Darren Culhane (26), of Ballyvane Road, was found guilty last month of the murder of "
        "Seán Moloney (18) in Castletroy in March 2024.\n\n"
        "In a victim impact statement read to the Central Criminal Court yesterday, Seán's "
        'mother, Bernadette Moloney, said her son had been "the light of our house".\n\n'
        '"I set a place for him at the table for weeks afterwards. I couldn\'t stop myself," '
        'she said. "Nothing that happens in this room will bring him home."\n\n'
        "Ms Justice Áine Corcoran imposed the mandatory life sentence, backdated to the date "
        "of Culhane's arrest. Culhane showed no reaction as the sentence was read out.",
        [
            (P, ["the light of our house"], "Bernadette Moloney"),
            (
                D,
                ["I set a place for him at the table for weeks afterwards. I couldn't stop myself"],
                "Bernadette Moloney",
            ),
            (D, ["Nothing that happens in this room will bring him home."], "Bernadette Moloney"),
        ],
    ),
    (  # 2 deputies shot, manhunt: sheriff after the quote, anonymous official "said"
        "CARVER FALLS, Ore. (AP) — A man suspected of shooting two sheriff's deputies during "
        "a traffic stop was arrested Tuesday after a 30-hour manhunt through the forests east "
        "of Carver Falls.\n\n"
        "Both deputies were in stable condition at a hospital in Bend. One was shot in the "
        "shoulder and the other in the leg.\n\n"
        "“He had nowhere left to go, and he knew it,” Marlow County Sheriff Dana Whitcomb "
        "told reporters at a news conference.\n\n"
        "The suspect, identified as 34-year-old Travis Lee Honeycutt, was found hiding in a "
        "hunting cabin about 12 miles (19 kilometers) from the scene. A law enforcement "
        "official who was not authorized to discuss the investigation publicly said a rifle "
        "recovered from the cabin was being tested to determine whether it had been used in "
        "the shooting.\n\n"
        "Honeycutt was being held without bail on charges including attempted murder. It was "
        "not immediately clear whether he had a lawyer who could comment on his behalf.",
        [
            (D, ["He had nowhere left to go, and he knew it"], "Dana Whitcomb"),
            (
                I,
                [
                    "a rifle recovered from the cabin was being tested to determine whether it "
                    "had been used in the shooting"
                ],
                "law enforcement official",
            ),
        ],
    ),
    (  # 3 Ponzi fraud: three men; prosecutor indirect then "he told the jury", judge colon
        "A former hedge fund analyst who persuaded friends and members of his church to hand "
        "over £4.6 million for a currency-trading scheme that promised returns of 2 per cent "
        "a month has been jailed for nine years.\n\n"
        "Marcus Ellery-Vance, 44, of Weybridge, Surrey, was convicted in October of six "
        "counts of fraud after a seven-week trial at Southwark Crown Court.\n\n"
        "Opening the case, Jonathan Pryde, for the prosecution, said there had never been any "
        "trading. “What there was instead was a very simple machine for moving new "
        "investors’ money into old investors’ pockets, and a good deal of it into Mr "
        "Ellery-Vance’s own,” he told the jury.\n\n"
        "Ellery-Vance, who denied the charges, did not give evidence.\n\n"
        "Sentencing him yesterday, Judge Nicholas Harcourt said: “You traded on trust. You "
        "chose your victims precisely because they would not think to question you.” "
        "Several of the 63 victims lost their pensions.",
        [
            (I, ["there had never been any trading"], "Jonathan Pryde"),
            (
                D,
                [
                    "What there was instead was a very simple machine for moving new "
                    "investors’ money into old investors’ pockets, and a good deal of it into "
                    "Mr Ellery-Vance’s own"
                ],
                "Jonathan Pryde",
            ),
            (
                D,
                [
                    "You traded on trust. You chose your victims precisely because they would "
                    "not think to question you."
                ],
                "Nicholas Harcourt",
            ),
        ],
    ),
    (  # 4 homicide appeal: police service "says", constable spokesperson, sister "she said"
        "Police in Harrow Bay, Ont., are asking the public for help identifying a man seen on "
        "surveillance video near a downtown parking garage where a 52-year-old woman was "
        "found dead early Sunday.\n\n"
        "The Harrow Bay Police Service says it is treating the death of Lorraine Tessier as a "
        "homicide. Officers were called to the garage on Pellatt Street around 6:15 a.m. "
        "after a security guard found her beside her car. Tessier had worked as a "
        "night-shift nurse at Harrow Bay General for 26 years.\n\n"
        '"We believe this man may have information that is important to our investigation. '
        "At this point, we're not calling him a suspect,\" Const. Amanda Ruel, a spokesperson "
        "for the service, said at a news conference Monday.\n\n"
        "Police released a still image showing a man in a dark hooded jacket and "
        "light-coloured running shoes.\n\n"
        "Tessier's sister, Michelle Tessier-Grant, spoke to reporters outside the family home "
        "in the city's east end. \"She would stop for anyone who needed help. That's who she "
        'was," she said.\n\n'
        "Anyone with information is asked to contact police or Crime Stoppers.",
        [
            (
                I,
                ["it is treating the death of Lorraine Tessier as a homicide"],
                "Harrow Bay Police Service",
            ),
            (
                D,
                [
                    "We believe this man may have information that is important to our "
                    "investigation. At this point, we're not calling him a suspect"
                ],
                "Amanda Ruel",
            ),
            (
                D,
                ["She would stop for anyone who needed help. That's who she was"],
                "Michelle Tessier-Grant",
            ),
        ],
    ),
    (  # 5 bomb plot: anonymous security official, minister partial (period inside), "she told"
        "BERLIN (AP) — German police arrested a 20-year-old man on Thursday on suspicion of "
        "planning a bomb attack on a sold-out pop concert in Hamburg.\n\n"
        "The suspect, identified only as Jonas K. in line with German privacy rules, is "
        "alleged to have bought chemicals and electronic components online and to have "
        "searched for instructions on building an explosive device.\n\n"
        "A senior security official, speaking on condition of anonymity because the "
        "investigation is ongoing, said a tip from a foreign intelligence service had led "
        "investigators to the man about three weeks ago.\n\n"
        "Interior Minister Katrin Sollmann said the arrest showed that the country's security "
        "services were “vigilant and capable.”\n\n"
        "“The threat is real and it is not going away,” she told reporters in Berlin.\n\n"
        "The concert, scheduled for Saturday, will go ahead with additional security.",
        [
            (
                I,
                [
                    "a tip from a foreign intelligence service had led investigators to the man "
                    "about three weeks ago"
                ],
                "senior security official",
            ),
            (P, ["vigilant and capable."], "Katrin Sollmann"),
            (D, ["The threat is real and it is not going away"], "Katrin Sollmann"),
        ],
    ),
    (  # 6 teenager stabbed: DCI colon quote, aunt partial then "she said" (two women)
        "Detectives investigating the fatal stabbing of a 16-year-old boy in Northfield Park "
        "have made a fresh appeal for witnesses.\n\n"
        "Kai Okafor-Lyle was attacked by a group of up to five young men near the park's "
        "skate ramp at about 7.40pm on Friday. He died in hospital early on Saturday.\n\n"
        'Detective Chief Inspector Rachel Dunmore, of Avonmere Police, said: "Someone out '
        "there has footage of what happened to Kai. I would urge you, please, to do the right "
        'thing and send it to us."\n\n'
        "A 17-year-old boy and an 18-year-old man arrested on suspicion of murder have been "
        "released on bail pending further inquiries.\n\n"
        "Kai's aunt, Joy Okafor, who has been speaking on behalf of the family, said he had "
        'been "a gentle, funny boy who wanted to be a paramedic". "He wasn\'t in a gang. He '
        'was walking home," she said.',
        [
            (
                D,
                [
                    "Someone out there has footage of what happened to Kai. I would urge you, "
                    "please, to do the right thing and send it to us."
                ],
                "Rachel Dunmore",
            ),
            (P, ["a gentle, funny boy who wanted to be a paramedic"], "Joy Okafor"),
            (D, ["He wasn't in a gang. He was walking home"], "Joy Okafor"),
        ],
    ),
    (  # 7 cocaine seizure: "A senior garda source said" then "the source said"
        "Cocaine with an estimated street value of €21 million has been seized from a "
        "container at Rosslare Europort in one of the largest drugs finds of the year.\n\n"
        "The drugs, hidden inside a shipment of frozen fish from South America, were "
        "discovered by customs officers on Tuesday evening. Two men, aged 38 and 51, were "
        "arrested at a house in Co Wexford and are being detained at Enniscorthy Garda "
        "Station.\n\n"
        "A senior garda source said the seizure was linked to a Dublin-based crime gang that "
        'has been under surveillance for more than a year. "This is a serious blow to them. '
        "They'll be looking over their shoulders now,\" the source said.\n\n"
        "Minister for Justice Eimear Dolan praised the work of customs officers and gardaí. "
        "The two men can be held for up to seven days under drug trafficking legislation.",
        [
            (
                I,
                [
                    "the seizure was linked to a Dublin-based crime gang that has been under "
                    "surveillance for more than a year"
                ],
                "senior garda source",
            ),
            (
                D,
                ["This is a serious blow to them. They'll be looking over their shoulders now"],
                "senior garda source",
            ),
        ],
    ),
    (  # 8 elder phone scam: judge after quote, "arguing that", defendant "He said" partial
        "NEW YORK (AP) — A Brooklyn man who ran a phone scam that tricked hundreds of older "
        "Americans into handing over their savings to fake federal agents was sentenced "
        "Wednesday to 14 years in prison.\n\n"
        "Dmitri Halvorsen, 39, pleaded guilty in June to wire fraud conspiracy and money "
        "laundering. The scheme took in more than $11 million between 2021 and 2024, often "
        "from victims who had been told their bank accounts were linked to drug "
        "trafficking.\n\n"
        "“These were not faceless transactions. They were people’s life savings, stolen one "
        "phone call at a time,” U.S. District Judge Elaine Marchbanks said before announcing "
        "the sentence.\n\n"
        "Halvorsen’s attorney, Robert Stiles, had asked for seven years, arguing that his "
        "client had cooperated with investigators and helped identify other members of the "
        "network.\n\n"
        "In a brief statement to the court, Halvorsen apologized to his victims. He said he "
        "had been “greedy and cowardly.”",
        [
            (
                D,
                [
                    "These were not faceless transactions. They were people’s life savings, "
                    "stolen one phone call at a time"
                ],
                "Elaine Marchbanks",
            ),
            (
                I,
                [
                    "his client had cooperated with investigators and helped identify other "
                    "members of the network"
                ],
                "Robert Stiles",
            ),
            (P, ["greedy and cowardly."], "Dmitri Halvorsen"),
        ],
    ),
    (  # 9 hockey treasurer theft: Crown "told the judge", then "he said" (two men)
        "The former treasurer of a minor hockey association in Red Deer Valley, Alta., has "
        "pleaded guilty to stealing more than $480,000 from the organization over seven "
        "years.\n\n"
        "Gordon Pelletier, 58, entered the plea on Thursday in provincial court. Over the "
        "years he wrote hundreds of cheques to himself and disguised them as payments for ice "
        "time and referees.\n\n"
        "Crown prosecutor Liam Desrochers told the judge the money had been used mostly for "
        'online gambling. "Mr. Pelletier was trusted completely, and that is exactly why '
        'nobody looked," he said.\n\n'
        "Registration fees at the association went up three years in a row to cover what "
        "volunteers believed were rising costs. Some families stopped registering their "
        "children altogether.\n\n"
        "Sentencing arguments are scheduled for January. Pelletier remains free on "
        "conditions, including that he not hold any position of financial trust.",
        [
            (I, ["the money had been used mostly for online gambling"], "Liam Desrochers"),
            (
                D,
                ["Mr. Pelletier was trusted completely, and that is exactly why nobody looked"],
                "Liam Desrochers",
            ),
        ],
    ),
    (  # 10 teenage terror plot: "said the prosecutor, X" after quote, police commander indirect
        "A teenager who compiled a list of places of worship he considered targets and tried "
        "to buy a crossbow online has been found guilty of preparing acts of terrorism.\n\n"
        "Callum Thirsk, who was 17 when he was arrested at his parents’ home in Gateshead "
        "last year, was convicted by a jury at Newcastle Crown Court after a three-week "
        "trial. He had spent hours every night immersed in extreme right-wing material and "
        "had written a manifesto praising mass killers.\n\n"
        "“This was not a boy playing a role online. It was a young man moving, step by step, "
        "from words towards action,” said the prosecutor, Fiona Radley.\n\n"
        "Commander Helen Ashgrove, head of counter-terrorism policing for the region, said a "
        "quarter of those arrested for terrorism offences in the North East last year were "
        "under 18.\n\n"
        "Thirsk will be sentenced in February.",
        [
            (
                D,
                [
                    "This was not a boy playing a role online. It was a young man moving, step "
                    "by step, from words towards action"
                ],
                "Fiona Radley",
            ),
            (
                I,
                [
                    "a quarter of those arrested for terrorism offences in the North East last "
                    "year were under 18"
                ],
                "Helen Ashgrove",
            ),
        ],
    ),
    (  # 11 officer acquitted: family lawyer and defence attorney after their quotes (two men)
        "MILLBROOK, Ala. (AP) — A jury on Friday acquitted a former Millbrook police officer "
        "of manslaughter in the 2023 death of a man who was shot during a foot chase behind "
        "a shopping center.\n\n"
        "Jurors deliberated for about six hours before finding Curtis Wayne Doyle, 31, not "
        "guilty. The defense case rested on Doyle’s belief that Marcus Greer, 27, was "
        "reaching for a gun. No weapon was found at the scene.\n\n"
        "Greer’s mother wept as the verdict was read. “Marcus was running away. You cannot be "
        "in fear of a man’s back,” Ben Oduya, a lawyer for the family, said outside the "
        "courthouse.\n\n"
        "“He has carried this every single day for two years,” said Doyle’s attorney, Frank "
        "Leland.\n\n"
        "The family has filed a federal civil rights lawsuit against the city that is still "
        "pending.",
        [
            (
                D,
                ["Marcus was running away. You cannot be in fear of a man’s back"],
                "Ben Oduya",
            ),
            (D, ["He has carried this every single day for two years"], "Frank Leland"),
        ],
    ),
    (  # 12 park closed: council statement, inspector indirect, councillor partial
        "Ardmore County Council has closed Riverside Park in Kilbrenan for a month after a "
        "series of arson attacks and an assault on a park ranger last weekend.\n\n"
        "The ranger, a man in his 50s, suffered facial injuries when he was attacked by a "
        "group of youths who had set fire to a bin store. He was treated at University "
        "Hospital Kilbrenan and has since been discharged.\n\n"
        '"The safety of our staff and of the public has to come first. This is not a '
        'decision we took lightly," the council said in a statement.\n\n'
        "Inspector Declan Foy, of Kilbrenan Garda Station, said gardaí had identified a "
        "number of the youths involved.\n\n"
        'Local councillor Siobhán Keogh described the closure as "a victory for the '
        'thugs". The park is due to reopen on January 6th.',
        [
            (
                D,
                [
                    "The safety of our staff and of the public has to come first. This is not a "
                    "decision we took lightly"
                ],
                "Ardmore County Council",
            ),
            (I, ["gardaí had identified a number of the youths involved"], "Declan Foy"),
            (P, ["a victory for the thugs"], "Siobhán Keogh"),
        ],
    ),
    (  # 13 hit-and-run: sergeant after quote, widower "he told" (two men)
        "Police in Saint-Léonard-des-Pins, N.B., are looking for the driver of a pickup truck "
        "that struck and killed a 71-year-old woman in a crosswalk on Wednesday evening and "
        "did not stop.\n\n"
        "Evelyn Cormier was crossing Main Street with her husband when she was hit at about "
        "6:30 p.m. She died at the scene. The stretch of Main Street where the crash happened "
        "has no traffic lights, and residents have long complained about speeding trucks "
        "heading to the industrial park.\n\n"
        "Investigators recovered part of a side mirror and are canvassing nearby businesses "
        "for video.\n\n"
        '"Somebody knows who was driving that truck. Somebody has seen the damage," said '
        "Sgt. Luc Arsenault of the Saint-Léonard-des-Pins Police Force.\n\n"
        'Her husband, Raymond Cormier, was not injured. "Fifty-one years we were married. I '
        'keep going over it," he told CBC News.',
        [
            (
                D,
                ["Somebody knows who was driving that truck. Somebody has seen the damage"],
                "Luc Arsenault",
            ),
            (D, ["Fifty-one years we were married. I keep going over it"], "Raymond Cormier"),
        ],
    ),
    (  # 14 misconduct hearing: "Ms X said" partial, deputy chief constable "she said" (two women)
        "A police constable who shared offensive messages about domestic abuse victims in a "
        "WhatsApp group has been dismissed without notice after a misconduct hearing.\n\n"
        "PC Jordan Hargreaves, 29, of Northmoor Constabulary, was found to have committed "
        "gross misconduct by a panel chaired by Sarah Okwuosa, an independent legally "
        "qualified chair. The messages, sent between 2022 and 2024, came to light after "
        "another officer reported them to the force's professional standards department.\n\n"
        "Ms Okwuosa said the messages showed “a deep contempt for the very people he was "
        "sworn to protect”.\n\n"
        "Deputy Chief Constable Anna Whitlock apologised to survivors of domestic abuse after "
        "the hearing. “There is no place in this force for officers who hold those views,” "
        "she said.\n\n"
        "Hargreaves will be placed on the barred list, preventing him from working in "
        "policing again.",
        [
            (
                P,
                ["a deep contempt for the very people he was sworn to protect"],
                "Sarah Okwuosa",
            ),
            (
                D,
                ["There is no place in this force for officers who hold those views"],
                "Anna Whitlock",
            ),
        ],
    ),
    (  # 15 staged crashes: judge after quote, "its director, X, said" for a named bureau
        "Eleven people who staged a series of car crashes to claim more than €900,000 in fake "
        "injury compensation have been given sentences ranging from 18 months to six "
        "years.\n\n"
        "The gang, most of them members of the same extended family in north Cork, recruited "
        "drivers and passengers to take part in at least 23 collisions between 2019 and "
        "2022. Several of the collisions took place on quiet roads around Mallow late at "
        "night, and the same three vehicles were involved in more than half of them.\n\n"
        '"Every motorist in this country pays for this kind of crime through their insurance '
        'premium," Judge Conor Whelan said at Cork Circuit Criminal Court.\n\n'
        "The Insurance Fraud Investigation Bureau, whose analysts first spotted the pattern "
        'of claims, welcomed the sentences. "Staged accidents are not victimless. Real '
        'people are put at risk on real roads," its director, Orla Brennan-Tighe, said.',
        [
            (
                D,
                [
                    "Every motorist in this country pays for this kind of crime through their "
                    "insurance premium"
                ],
                "Conor Whelan",
            ),
            (
                D,
                ["Staged accidents are not victimless. Real people are put at risk on real roads"],
                "Orla Brennan-Tighe",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout34.jsonl"),
        "heldout34",
        "h34",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
