"""Source of the 141st held-out set: writes heldout141.jsonl (split "heldout141").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like culture and entertainment news: film festivals and award ceremonies, box-office and
streaming figures, album releases, a band reunion and the charts, cancelled concerts, plays and
series, a West End closure, literary prizes and a plagiarism row, museum retrospectives, a
burglary, a strike and the restitution of colonial-era objects, a comic book adapted for
streaming, video game delays, layoffs and awards, an opera season and an opera director's
resignation, a critic leaving her weekly and a talk-show clash (in French rendered with
dialogue dashes), with artists, directors, writers, producers, critics, curators, studio,
channel and platform spokespeople, unions and publishers speaking as organisations and
unnamed fans and spectators quoted; speakers are referred back to by surname, pronoun, role,
nationality ("la Québécoise", "the Norwegian", "the Dane"), age ("the 41-year-old", "le
comédien de 52 ans") or epithet ("le vétéran du neuvième art", "the veteran"), and some
statements are sourced with "selon X", "d'après X" or "according to X".
Measured once with 0.3.0, 0.42.0 and 0.43.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout141.py
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
    (  # 1 festival prize: a film title in « » (not a quote), direct + "a déclaré la cinéaste"
        # (role referring back to "La réalisatrice tunisienne Name"), partial after "Ce dernier
        # a salué un film" (referring back to "le président du jury, l'acteur belge Name"),
        # "Selon les organisateurs," (unnamed plural, rest of the sentence)
        "La réalisatrice tunisienne Amel Ben Slimane a remporté samedi soir la Vague d'or du "
        "Festival du film atlantique de Biarritz pour «\u00a0Les Heures salées\u00a0», son "
        "deuxième long métrage, consacré aux ouvrières d'une conserverie de Sfax.\n\n"
        "«\u00a0Ce prix appartient à ces femmes qui se lèvent à quatre heures du matin et que "
        "personne ne filme jamais\u00a0», a déclaré la cinéaste, visiblement émue, en "
        "recevant le trophée des mains du président du jury, l'acteur belge Lucien Verhaegen.\n\n"
        "Ce dernier a salué un film «\u00a0d'une justesse implacable\u00a0», choisi à "
        "l'unanimité des sept jurés. Selon les organisateurs, près de 38\u00a0000 spectateurs "
        "ont assisté aux projections cette année, un record depuis la création du festival en "
        "2009.\n\n"
        "Le prix du public est revenu au documentaire «\u00a0Marée basse\u00a0», du Basque "
        "Iñaki Etxeberria.",
        [
            (
                D,
                [
                    "Ce prix appartient à ces femmes qui se lèvent à quatre heures du matin "
                    "et que personne ne filme jamais"
                ],
                "Amel Ben Slimane",
            ),
            (P, ["d'une justesse implacable"], "Lucien Verhaegen"),
            (
                I,
                [
                    "près de 38\u00a0000 spectateurs ont assisté aux projections cette année, "
                    "un record depuis la création du festival en 2009"
                ],
                "organisateurs",
            ),
        ],
    ),
    (  # 2 rap album release: a quote split by "confie l'artiste de 27 ans," (age, one quote
        # two spans, final period kept), partial inside "Le rappeur assure que" (only the
        # partial), "Son label, Name, a indiqué que" (organisation), "a annoncé une tournée"
        # (noun object, not annotated)
        "Trois ans après un premier disque certifié platine, le rappeur marseillais Nassim "
        "Belkheir, alias Sako, publie vendredi «\u00a0Quartiers d'hiver\u00a0», un album de "
        "quatorze titres enregistré entre Marseille et Dakar.\n\n"
        "«\u00a0J'avais besoin de m'éloigner du bruit, confie l'artiste de 27 ans, de "
        "retrouver le goût d'écrire sans penser aux chiffres du streaming.\u00a0» Le rappeur "
        "assure que sa brouille avec son ancien producteur, largement commentée sur les "
        "réseaux sociaux, est «\u00a0de l'histoire ancienne\u00a0».\n\n"
        "Son label, Nuit Blanche Records, a indiqué que les précommandes dépassaient déjà "
        "60\u00a0000 exemplaires. Le Marseillais a par ailleurs annoncé une tournée de vingt "
        "dates à partir de mars, avec un passage à l'Olympia le 14 avril.",
        [
            (
                D,
                [
                    "J'avais besoin de m'éloigner du bruit",
                    "de retrouver le goût d'écrire sans penser aux chiffres du streaming.",
                ],
                "Nassim Belkheir",
            ),
            (P, ["de l'histoire ancienne"], "Nassim Belkheir"),
            (
                I,
                ["les précommandes dépassaient déjà 60\u00a0000 exemplaires"],
                "Nuit Blanche Records",
            ),
        ],
    ),
    (  # 3 play cancelled: "D'après le directeur du théâtre, Name," (rest of the sentence), a
        # quote continued over two paragraphs (one span each, first one's period kept) +
        # "a-t-il tenu à préciser", partial after "la dramaturge de 45 ans dénonce" (age,
        # referring back to the author), two-sentence direct + "témoigne une spectatrice"
        # (unnamed)
        "Le Théâtre du Beffroi, à Lille, a annulé mardi les six dernières représentations de "
        "«\u00a0La Ménagerie\u00a0», la nouvelle pièce de Clara Mestre, après une vague de "
        "protestations contre une scène de violence simulée sur un animal.\n\n"
        "D'après le directeur du théâtre, Philippe Aurousseau, une quarantaine de courriels "
        "et de lettres ont été reçus en quatre jours. «\u00a0Nous avons pris cette décision "
        "pour protéger l'équipe artistique, qui recevait des menaces.\n\n"
        "«\u00a0Il ne s'agit en aucun cas de censure\u00a0», a-t-il tenu à préciser.\n\n"
        "L'autrice, elle, ne décolère pas. Dans une lettre ouverte publiée jeudi, la "
        "dramaturge de 45 ans dénonce «\u00a0une capitulation devant quelques "
        "pétitionnaires\u00a0». «\u00a0J'ai vu la pièce en novembre, il n'y a rien de "
        "choquant. L'animal est une marionnette\u00a0», témoigne une spectatrice rencontrée "
        "devant le théâtre.",
        [
            (
                I,
                ["une quarantaine de courriels et de lettres ont été reçus en quatre jours"],
                "Philippe Aurousseau",
            ),
            (
                D,
                [
                    "Nous avons pris cette décision pour protéger l'équipe artistique, qui "
                    "recevait des menaces.",
                    "Il ne s'agit en aucun cas de censure",
                ],
                "Philippe Aurousseau",
            ),
            (P, ["une capitulation devant quelques pétitionnaires"], "Clara Mestre"),
            (
                D,
                [
                    "J'ai vu la pièce en novembre, il n'y a rien de choquant. L'animal est "
                    "une marionnette"
                ],
                "spectatrice",
            ),
        ],
    ),
    (  # 4 museum retrospective: "La commissaire …, Name, résume l'enjeu : « … »" (direct
        # after a colon, final period kept), "…, selon le directeur du musée, Name." (the part
        # before), "n'a pas caché son émotion" (not speech) then a two-sentence direct + "a
        # souri la Néerlandaise" (nationality)
        "Le musée des Beaux-Arts de Rouen ouvre samedi la première rétrospective française "
        "consacrée à la peintre néerlandaise Margriet Van Oosten (1891-1958), longtemps "
        "éclipsée par ses contemporains masculins. Cent vingt toiles, dont une trentaine "
        "jamais montrées au public, y sont réunies jusqu'au 30 mars.\n\n"
        "La commissaire de l'exposition, Hélène Jacquemart, résume l'enjeu\u00a0: «\u00a0On "
        "ne découvre pas une artiste mineure. On répare un oubli.\u00a0»\n\n"
        "Une partie des œuvres provient de collections privées d'Amsterdam et de La Haye. "
        "Leur prêt a nécessité deux ans de négociations, selon le directeur du musée, Arnaud "
        "Servières.\n\n"
        "Venue d'Utrecht pour le vernissage, la petite-nièce de l'artiste, Anneke Van Oosten, "
        "n'a pas caché son émotion. «\u00a0Elle vendait ses toiles pour le prix d'un manteau. "
        "Elle serait stupéfaite de voir toute cette foule\u00a0», a souri la Néerlandaise.",
        [
            (
                D,
                ["On ne découvre pas une artiste mineure. On répare un oubli."],
                "Hélène Jacquemart",
            ),
            (I, ["Leur prêt a nécessité deux ans de négociations"], "Arnaud Servières"),
            (
                D,
                [
                    "Elle vendait ses toiles pour le prix d'un manteau. Elle serait "
                    "stupéfaite de voir toute cette foule"
                ],
                "Anneke Van Oosten",
            ),
        ],
    ),
    (  # 5 daily series cancelled: "a annoncé l'arrêt de" (noun object, not annotated), "Un
        # porte-parole de la chaîne a expliqué que … et qu'…" (unnamed spokesman, the channel
        # speaking), "n'a pas caché sa colère" (not speech) then a two-sentence direct +
        # "a-t-elle réagi" (pronoun for "L'actrice principale, Name,"), direct + "explique une
        # étudiante de X qui l'a signée" (unnamed)
        "Canal Étoile a annoncé lundi l'arrêt de «\u00a0Chez les Duval\u00a0», la série "
        "quotidienne diffusée depuis neuf ans à 19\u00a0h\u00a015, dont l'audience est passée "
        "sous la barre du million de téléspectateurs cet automne.\n\n"
        "Un porte-parole de la chaîne a expliqué que le dernier épisode serait diffusé le 20 "
        "juin et qu'un jeu lui succéderait à la rentrée.\n\n"
        "L'actrice principale, Josiane Marchetti, qui incarne la matriarche depuis le premier "
        "épisode, n'a pas caché sa colère. «\u00a0Neuf ans de notre vie, et pas un coup de "
        "fil. C'est d'une grande tristesse\u00a0», a-t-elle réagi sur Instagram.\n\n"
        "Une pétition lancée par des fans a recueilli plus de 45\u00a0000 signatures en deux "
        "jours. «\u00a0C'était notre rendez-vous du soir, avec ma mère\u00a0», explique une "
        "étudiante de Clermont-Ferrand qui l'a signée.",
        [
            (
                I,
                [
                    "le dernier épisode serait diffusé le 20 juin et qu'un jeu lui "
                    "succéderait à la rentrée"
                ],
                "Canal Étoile",
            ),
            (
                D,
                ["Neuf ans de notre vie, et pas un coup de fil. C'est d'une grande tristesse"],
                "Josiane Marchetti",
            ),
            (D, ["C'était notre rendez-vous du soir, avec ma mère"], "étudiante"),
        ],
    ),
    (  # 6 literary prize: partial after "Le président du jury, l'essayiste Name, a salué",
        # two-sentence direct + "a raconté l'Alsacienne" (epithet for "la lauréate, 34 ans"),
        # "Selon son éditrice, Name," (rest of the sentence)
        "Le prix de la Rotonde, l'une des plus anciennes récompenses littéraires de "
        "l'automne, a été attribué mercredi à Solène Arbogast pour «\u00a0Le Fleuve à "
        "l'envers\u00a0», au quatrième tour de scrutin, par six voix contre quatre.\n\n"
        "Le président du jury, l'essayiste Raymond Keller, a salué «\u00a0une langue d'une "
        "sécheresse lumineuse\u00a0» et un roman d'une rare ambition.\n\n"
        "Jointe par téléphone, la lauréate, 34 ans, dont c'est le deuxième roman, n'y croyait "
        "toujours pas. «\u00a0J'étais dans le train entre Colmar et Strasbourg. J'ai dû "
        "raccrocher deux fois pour vérifier que ce n'était pas un canular\u00a0», a raconté "
        "l'Alsacienne en riant.\n\n"
        "Selon son éditrice, Marion Delacroix-Huet, le tirage initial de 8\u00a0000 "
        "exemplaires sera porté à 120\u00a0000 dès la semaine prochaine.",
        [
            (P, ["une langue d'une sécheresse lumineuse"], "Raymond Keller"),
            (
                D,
                [
                    "J'étais dans le train entre Colmar et Strasbourg. J'ai dû raccrocher "
                    "deux fois pour vérifier que ce n'était pas un canular"
                ],
                "Solène Arbogast",
            ),
            (
                I,
                [
                    "le tirage initial de 8\u00a0000 exemplaires sera porté à 120\u00a0000 "
                    "dès la semaine prochaine"
                ],
                "Marion Delacroix-Huet",
            ),
        ],
    ),
    (  # 7 video game studio layoffs: direct + "a écrit son fondateur et directeur général,
        # Name," (speaker after the cue), partial after "Le syndicat Name a dénoncé" (generic
        # noun dropped), "D'après sa porte-parole, Name," (named spokeswoman, rest of the
        # sentence), "n'a pas souhaité réagir" (not speech)
        "Le studio montréalais de jeux vidéo Pixel Boréal va supprimer 140 postes, soit près "
        "d'un tiers de ses effectifs, après l'annulation d'un jeu de rôle en développement "
        "depuis quatre ans.\n\n"
        "«\u00a0C'est la décision la plus difficile que j'aie eu à prendre en quinze "
        "ans\u00a0», a écrit son fondateur et directeur général, Simon Lachapelle-Roy, dans "
        "un message adressé mardi aux employés et consulté par notre journal.\n\n"
        "Le syndicat Manette unie a dénoncé «\u00a0une gestion à courte vue\u00a0» d'un "
        "studio qui a touché 12 millions de dollars de crédits d'impôt l'an dernier. D'après "
        "sa porte-parole, Audrey Pelletier, plusieurs des salariés licenciés étaient en congé "
        "de maladie.\n\n"
        "Le ministère québécois de l'Économie n'a pas souhaité réagir.",
        [
            (
                D,
                ["C'est la décision la plus difficile que j'aie eu à prendre en quinze ans"],
                "Simon Lachapelle-Roy",
            ),
            (P, ["une gestion à courte vue"], "Manette unie"),
            (
                I,
                ["plusieurs des salariés licenciés étaient en congé de maladie"],
                "Audrey Pelletier",
            ),
        ],
    ),
    (  # 8 TV talk show in dialogue dashes: a dash line attributed by the sentence before it
        # ("le critique Name a étrillé … :"), a dash line with "a rétorqué la cinéaste," (role)
        # followed by a relative clause, partial inside "Name a plus tard affirmé … qu'elle"
        # (only the partial), "a dû interrompre l'échange" (not speech)
        "Le ton est monté jeudi soir sur le plateau de l'émission «\u00a0Grand Écran\u00a0», "
        "où le critique Bertrand Lavoisier a étrillé «\u00a0Les Insoumises\u00a0», le dernier "
        "film de Noémie Castel, en présence de la réalisatrice\u00a0:\n\n"
        "— Deux heures vingt pour enfoncer des portes ouvertes. On sort de là avec "
        "l'impression d'avoir été sermonné pendant tout le film.\n\n"
        "— Vous n'avez pas vu le même film que le public, a rétorqué la cinéaste, dont le "
        "long métrage a réuni 300\u00a0000 spectateurs en une semaine.\n\n"
        "L'animateur, Julien Ferrand, a dû interrompre l'échange pour lancer une page de "
        "publicité. Noémie Castel a plus tard affirmé sur les réseaux sociaux qu'elle ne "
        "remettrait «\u00a0plus jamais les pieds\u00a0» dans l'émission.",
        [
            (
                D,
                [
                    "Deux heures vingt pour enfoncer des portes ouvertes. On sort de là avec "
                    "l'impression d'avoir été sermonné pendant tout le film."
                ],
                "Bertrand Lavoisier",
            ),
            (D, ["Vous n'avez pas vu le même film que le public"], "Noémie Castel"),
            (P, ["plus jamais les pieds"], "Noémie Castel"),
        ],
    ),
    (  # 9 box office: "…, d'après les chiffres publiés … par l'institut Name." (the part
        # before, generic noun dropped), two-sentence direct + "se félicite sa directrice
        # générale, Name" (speaker after the cue), "redoutent" (not speech) then "selon la
        # Fédération …," after a colon (rest of the sentence)
        "Le film d'animation «\u00a0Capitaine Brume\u00a0» a pris la tête du box-office "
        "français pour sa première semaine d'exploitation, avec 612\u00a0000 entrées, d'après "
        "les chiffres publiés mercredi par l'institut CinéMesure.\n\n"
        "Son distributeur, Horizon Films, ne cache pas sa satisfaction. «\u00a0On espérait "
        "400\u00a0000 entrées. Le bouche-à-oreille des familles a fait le reste\u00a0», se "
        "félicite sa directrice générale, Pauline Espagnac.\n\n"
        "La comédie «\u00a0Mariage à l'essai\u00a0» recule à la deuxième place avec "
        "288\u00a0000 entrées. Les exploitants redoutent pourtant un mois de décembre "
        "difficile\u00a0: selon la Fédération des cinémas indépendants, la fréquentation "
        "reste inférieure de 12\u00a0% à son niveau de 2019.",
        [
            (
                I,
                [
                    "Le film d'animation «\u00a0Capitaine Brume\u00a0» a pris la tête du "
                    "box-office français pour sa première semaine d'exploitation, avec "
                    "612\u00a0000 entrées"
                ],
                "CinéMesure",
            ),
            (
                D,
                [
                    "On espérait 400\u00a0000 entrées. Le bouche-à-oreille des familles a "
                    "fait le reste"
                ],
                "Pauline Espagnac",
            ),
            (
                I,
                ["la fréquentation reste inférieure de 12\u00a0% à son niveau de 2019"],
                "Fédération des cinémas indépendants",
            ),
        ],
    ),
    (  # 10 no quote: opera season presented, "a dévoilé sa saison", "a présenté la
        # programmation" and "a demandé un rendez-vous" (noun objects, not annotated), an opera
        # title in « » (not a quote)
        "L'Opéra de Bordeaux a dévoilé mardi sa saison 2027-2028, qui comptera onze "
        "productions lyriques, dont trois créations mondiales, et quatre ballets. Le "
        "directeur général, Olivier Marchal-Dunand, a présenté la programmation devant les "
        "abonnés réunis au Grand-Théâtre.\n\n"
        "La maison prévoit une hausse moyenne de 4\u00a0% du prix des places, la première "
        "depuis cinq ans. Une association de spectateurs a demandé un rendez-vous à la "
        "direction pour discuter de cette augmentation.\n\n"
        "La saison s'ouvrira le 26 septembre avec une nouvelle production de "
        "«\u00a0Carmen\u00a0», mise en scène par la Chilienne Valentina Rojas, qui fera ses "
        "débuts en France.",
        [],
    ),
    (  # 11 concert cancelled: an unclosed quotation mark ended by "a écrit la Québécoise"
        # (nationality), "présentant ses excuses" (noun object), "Le producteur de la tournée,
        # Name, a précisé que … et que …", direct + "soupirait un spectateur" (unnamed)
        "La chanteuse québécoise Élodie Gagné-Paquin a annulé dimanche, une heure avant son "
        "entrée en scène, le concert qu'elle devait donner au Zénith de Nantes, en raison "
        "d'une extinction de voix.\n\n"
        "«\u00a0Je suis dévastée, je n'ai jamais fait ça en vingt ans de carrière, a écrit la "
        "Québécoise sur ses réseaux sociaux, en présentant ses excuses aux 6\u00a0000 "
        "spectateurs.\n\n"
        "Le producteur de la tournée, Sylvain Ouellet, a précisé que le concert serait "
        "reporté au 17 février et que les billets resteraient valables.\n\n"
        "Devant la salle, l'incompréhension dominait. «\u00a0On a fait trois heures de route "
        "depuis Brest et on l'apprend sur le parking\u00a0», soupirait un spectateur, son "
        "billet à la main.",
        [
            (
                D,
                ["Je suis dévastée, je n'ai jamais fait ça en vingt ans de carrière"],
                "Élodie Gagné-Paquin",
            ),
            (
                I,
                ["le concert serait reporté au 17 février et que les billets resteraient valables"],
                "Sylvain Ouellet",
            ),
            (
                D,
                ["On a fait trois heures de route depuis Brest et on l'apprend sur le parking"],
                "spectateur",
            ),
        ],
    ),
    (  # 12 film awards ceremony: a quote continued over two paragraphs (one span each, first
        # one's period kept) + "a lancé le comédien de 52 ans" (age), "a dédié son trophée"
        # (not speech) then partial after "dont elle a salué" (pronoun for "La réalisatrice"),
        # "Selon Name," (rest of the sentence)
        "Sacré meilleur acteur vendredi soir lors de la 31e cérémonie des Trophées Méliès, à "
        "Paris, pour son rôle de boxeur vieillissant dans «\u00a0Le Dernier Round\u00a0», "
        "Karim Haddouche a livré l'un des discours les plus remarqués de la soirée.\n\n"
        "«\u00a0Mon père voulait que je sois plombier. Il avait sans doute raison, c'est un "
        "métier où l'on est sûr de travailler.\n\n"
        "«\u00a0Papa, ce soir, je crois que je peux enfin te dire que j'ai bien fait de ne "
        "pas t'écouter\u00a0», a lancé le comédien de 52 ans, la voix brisée, sous une "
        "ovation de la salle.\n\n"
        "Le grand vainqueur de la soirée reste toutefois «\u00a0Les Saisons de Lena\u00a0», "
        "de Margaux Ferrier, récompensé à cinq reprises. La réalisatrice a dédié son trophée "
        "aux techniciens du film, dont elle a salué «\u00a0la patience infinie\u00a0». Selon "
        "Médiamétrix, la cérémonie a été suivie par 2,1 millions de téléspectateurs.",
        [
            (
                D,
                [
                    "Mon père voulait que je sois plombier. Il avait sans doute raison, c'est "
                    "un métier où l'on est sûr de travailler.",
                    "Papa, ce soir, je crois que je peux enfin te dire que j'ai bien fait de "
                    "ne pas t'écouter",
                ],
                "Karim Haddouche",
            ),
            (P, ["la patience infinie"], "Margaux Ferrier"),
            (I, ["la cérémonie a été suivie par 2,1 millions de téléspectateurs"], "Médiamétrix"),
        ],
    ),
    (  # 13 restitution of colonial-era objects: "a fait part … de sa volonté de" (intention
        # phrase), two-sentence direct + "a-t-il déclaré", "son homologue congolaise, Name"
        # (not speaking there) then partial after "La ministre a salué" (role referring back),
        # "a remercié les chercheurs" (not speech)
        "Le secrétaire d'État belge à la Culture, Thibault Verlinden, a fait part jeudi de sa "
        "volonté de restituer à la république démocratique du Congo quarante-deux objets "
        "rituels conservés depuis l'époque coloniale au musée Lambermont, à Bruxelles.\n\n"
        "«\u00a0Ces objets n'ont jamais été des cadeaux. Les garder reviendrait à prolonger "
        "une injustice\u00a0», a-t-il déclaré lors d'une conférence de presse commune avec "
        "son homologue congolaise, Grâce Mbuyi Kalala.\n\n"
        "La ministre a salué «\u00a0un geste de vérité\u00a0» et a remercié les chercheurs "
        "des deux pays qui ont retracé la provenance des pièces. Les premiers objets "
        "devraient rejoindre le Musée national de Kinshasa au printemps.",
        [
            (
                I,
                [
                    "restituer à la république démocratique du Congo quarante-deux objets "
                    "rituels conservés depuis l'époque coloniale au musée Lambermont, à "
                    "Bruxelles"
                ],
                "Thibault Verlinden",
            ),
            (
                D,
                [
                    "Ces objets n'ont jamais été des cadeaux. Les garder reviendrait à "
                    "prolonger une injustice"
                ],
                "Thibault Verlinden",
            ),
            (P, ["un geste de vérité"], "Grâce Mbuyi Kalala"),
        ],
    ),
    (  # 14 comic book adapted as a series: "a confirmé l'adaptation" (noun object), "le
        # dessinateur, aujourd'hui âgé de 78 ans, explique avoir changé d'avis" (infinitive
        # clause), "Le vétéran du neuvième art reste … sur ses gardes : « … »" (epithet, direct
        # after a colon, final period kept), partial after "La showrunneuse, la Lyonnaise Name,
        # promet une série"
        "La plateforme de streaming Lumio a confirmé mercredi l'adaptation en série de "
        "«\u00a0Gaspard et les Corsaires\u00a0», la bande dessinée de Roger Tessier vendue à "
        "plus de 20 millions d'exemplaires depuis 1974.\n\n"
        "Longtemps hostile à toute adaptation, le dessinateur, aujourd'hui âgé de 78 ans, "
        "explique avoir changé d'avis après avoir lu les premiers scénarios. Le vétéran du "
        "neuvième art reste toutefois sur ses gardes\u00a0: «\u00a0Je ne confierai pas mon "
        "personnage à n'importe qui. Si le résultat ne me plaît pas, je le dirai, et "
        "fort.\u00a0»\n\n"
        "La showrunneuse, la Lyonnaise Agathe Morvan, promet une série «\u00a0fidèle à "
        "l'esprit, pas à la lettre\u00a0». Le tournage doit commencer en Bretagne à "
        "l'automne.",
        [
            (I, ["avoir changé d'avis après avoir lu les premiers scénarios"], "Roger Tessier"),
            (
                D,
                [
                    "Je ne confierai pas mon personnage à n'importe qui. Si le résultat ne me "
                    "plaît pas, je le dirai, et fort."
                ],
                "Roger Tessier",
            ),
            (P, ["fidèle à l'esprit, pas à la lettre"], "Agathe Morvan"),
        ],
    ),
    (  # 15 film critic leaves her weekly, « » without inner spaces: "a annoncé … son départ"
        # (noun object), "Pour la journaliste, qui …, «…»" (direct), two-sentence direct +
        # "a-t-elle ajouté", "conteste toute censure" (noun object), "D'après lui, l'article
        # devait … être «…»" (quoted words inside the "d'après" clause, only the partial)
        "La critique de cinéma Véronique Albaret a annoncé lundi son départ de l'hebdomadaire "
        "Le Miroir des arts, après le refus de la rédaction de publier un article sévère sur "
        "un film coproduit par le groupe propriétaire du journal.\n\n"
        "Pour la journaliste, qui collaborait au titre depuis dix-neuf ans, «il ne s'agit pas "
        "d'une querelle de goût, mais d'indépendance». «On m'a demandé d'attendre la fin de "
        "l'exploitation du film. J'ai refusé», a-t-elle ajouté sur l'antenne de Radio Cité.\n\n"
        "Le directeur de la rédaction, Étienne Brossard, conteste toute censure. D'après lui, "
        "l'article devait simplement être «raccourci et étayé» avant sa publication.",
        [
            (
                D,
                ["il ne s'agit pas d'une querelle de goût, mais d'indépendance"],
                "Véronique Albaret",
            ),
            (
                D,
                ["On m'a demandé d'attendre la fin de l'exploitation du film. J'ai refusé"],
                "Véronique Albaret",
            ),
            (P, ["raccourci et étayé"], "Étienne Brossard"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 film awards, curly quotes: "A," Surname said, holding …. "B." (the attribution ends
        # its sentence: two direct quotes, the second's period kept), partial inside the
        # reported speech of "The 71-year-old, a first-time nominee, told reporters backstage
        # that" (age, only the partial)
        "Kofi Mensah-Reid’s “Harbour Lights” won best picture at the 58th Meridian Film "
        "Awards in Los Angeles on Sunday night, capping a remarkable season for a low-budget "
        "drama shot in eighteen days in Accra and Liverpool.\n\n"
        "“We made this film with a crew of nineteen people and a lot of borrowed equipment,” "
        "Mensah-Reid said, holding the statuette above his head. “Tonight belongs to every "
        "one of them.”\n\n"
        "Best actress went to Irene Vasquez for her role as a retired jazz pianist in “Coda”. "
        "The 71-year-old, a first-time nominee, told reporters backstage that she had "
        "“stopped waiting for this a long time ago”.\n\n"
        "The ceremony, hosted by the comedian Ray Dolan, ran for three hours and forty "
        "minutes.",
        [
            (
                D,
                [
                    "We made this film with a crew of nineteen people and a lot of borrowed "
                    "equipment"
                ],
                "Kofi Mensah-Reid",
            ),
            (D, ["Tonight belongs to every one of them."], "Kofi Mensah-Reid"),
            (P, ["stopped waiting for this a long time ago"], "Irene Vasquez"),
        ],
    ),
    (  # 2 video game delayed, curly quotes: "creative director Name said" (indirect, no
        # "that"), two-sentence direct + "he wrote", direct ending in a question mark (kept) +
        # "one player wrote on the game's official forum" (unnamed)
        "Tidewater Games has pushed back the release of its open-world western “Dust and "
        "Glory” to next autumn, the second delay in eighteen months.\n\n"
        "In a post on the studio’s website, creative director Marcus Delane said the team "
        "needed more time to fix performance problems on older consoles. “We know this is not "
        "what you wanted to hear. We would rather be late than broken,” he wrote.\n\n"
        "Shares in the game’s publisher, Orbis Interactive, fell 7% in early trading in New "
        "York.\n\n"
        "Reaction online was mixed. “Honestly, I’m relieved. Remember what happened with "
        "their last launch?” one player wrote on the game’s official forum.",
        [
            (
                I,
                ["the team needed more time to fix performance problems on older consoles"],
                "Marcus Delane",
            ),
            (
                D,
                [
                    "We know this is not what you wanted to hear. We would rather be late "
                    "than broken"
                ],
                "Marcus Delane",
            ),
            (
                D,
                ["Honestly, I’m relieved. Remember what happened with their last launch?"],
                "player",
            ),
        ],
    ),
    (  # 3 band reunion, straight quotes: "confirmed the news" (noun object) then "A," she
        # said, laughing. "B." (pronoun for "Singer Name"; two direct quotes), partial after
        # "Guitarist Name, whose …, described the reunion as"
        "The Brighton indie band Paper Lanterns will reunite for a 22-date tour next summer, "
        "fifteen years after an acrimonious split that left two of its members not speaking "
        "to each other.\n\n"
        "Singer Joanna Pike confirmed the news on a breakfast radio show on Tuesday. \"We're "
        "older, we're calmer, and frankly we've all run out of excuses,\" she said, laughing. "
        '"Tom and I had dinner in March. Nobody threw anything."\n\n'
        "Guitarist Tom Ashby, whose departure in 2011 ended the band, described the reunion "
        'as "unfinished business". Tickets go on sale on Friday.',
        [
            (
                D,
                ["We're older, we're calmer, and frankly we've all run out of excuses"],
                "Joanna Pike",
            ),
            (D, ["Tom and I had dinner in March. Nobody threw anything."], "Joanna Pike"),
            (P, ["unfinished business"], "Tom Ashby"),
        ],
    ),
    (  # 4 museum burglary, straight quotes: "Police said" (unnamed plural), "appealed for
        # witnesses" (noun object) then a two-sentence direct + "she said" (pronoun for
        # "Detective Inspector Name", title dropped), partial after "The museum's director,
        # Name, called the theft"
        "Thieves broke into the Hallam Museum of Decorative Arts in Sheffield early on "
        "Saturday and escaped with nine pieces of eighteenth-century silver, including a "
        "ceremonial salt cellar valued at £1.2 million.\n\n"
        "Police said two men had entered through a skylight shortly after 3am and spent less "
        "than six minutes inside the building.\n\n"
        'Detective Inspector Rachel Okafor appealed for witnesses. "These are pieces of '
        "enormous historical value, but they are also very recognisable. Anyone trying to "
        'sell them will struggle," she said.\n\n'
        'The museum\'s director, Graham Fell, called the theft "a blow to the whole city". '
        "The museum will remain closed until Wednesday.",
        [
            (
                I,
                [
                    "two men had entered through a skylight shortly after 3am and spent less "
                    "than six minutes inside the building"
                ],
                "police",
            ),
            (
                D,
                [
                    "These are pieces of enormous historical value, but they are also very "
                    "recognisable. Anyone trying to sell them will struggle"
                ],
                "Rachel Okafor",
            ),
            (P, ["a blow to the whole city"], "Graham Fell"),
        ],
    ),
    (  # 5 fantasy series cancelled, straight quotes: a series title in quotes (not a quote),
        # partial inside the reported speech of "A Nimbus spokeswoman said" (unnamed
        # spokeswoman, the company speaking; only the partial), "A," the 41-year-old told ….
        # "B." (age for "Showrunner Name"; two direct quotes)
        'Streaming service Nimbus has cancelled the fantasy drama "The Ninth Crown" after two '
        "seasons, despite a campaign by fans who flew a banner over the company's Los Angeles "
        "headquarters last month.\n\n"
        'A Nimbus spokeswoman said the series had not found "a large enough audience to '
        'justify its cost", reported to be $14 million an episode.\n\n'
        "Showrunner Dana Whitlock learned of the decision on Friday. \"I'm heartbroken, "
        'mostly for the crew," the 41-year-old told the trade magazine ScreenWeek. "Two '
        'hundred people just lost their jobs a week before Christmas."\n\n'
        "Fans have launched a petition to move the show to another platform.",
        [
            (P, ["a large enough audience to justify its cost"], "Nimbus"),
            (D, ["I'm heartbroken, mostly for the crew"], "Dana Whitlock"),
            (
                D,
                ["Two hundred people just lost their jobs a week before Christmas."],
                "Dana Whitlock",
            ),
        ],
    ),
    (  # 6 fiction prize, straight quotes: partial inside the reported speech of "The chair of
        # the judges, the critic Name, said the book had" (only the partial), "…, he added."
        # (the part before), "dedicated the award" (not speech) then a two-sentence direct +
        # "she said"
        "The Norwegian novelist Ingrid Solberg-Haas has won the £50,000 Halloran Prize for "
        'fiction for "The Lighthouse Keeper\'s Daughters", a novel set on a remote island '
        "during the Second World War.\n\n"
        'The chair of the judges, the critic Desmond Achterberg, said the book had "the '
        'patience of a nineteenth-century novel and the nerve of a thriller". The panel had '
        "reached a unanimous decision after a four-hour meeting, he added.\n\n"
        "Solberg-Haas, who wrote most of the book at her kitchen table in Tromsø, dedicated "
        'the award to her three children. "They learned to make their own breakfast while I '
        'was writing. This prize is partly theirs," she said at the ceremony in London.',
        [
            (
                P,
                ["the patience of a nineteenth-century novel and the nerve of a thriller"],
                "Desmond Achterberg",
            ),
            (
                I,
                ["The panel had reached a unanimous decision after a four-hour meeting"],
                "Desmond Achterberg",
            ),
            (
                D,
                [
                    "They learned to make their own breakfast while I was writing. This prize "
                    "is partly theirs"
                ],
                "Ingrid Solberg-Haas",
            ),
        ],
    ),
    (  # 7 West End musical closes, curly quotes: "announced its closure" and "blamed the
        # critics" (noun objects, not annotated), two-sentence direct + "she said in a
        # statement" (pronoun for "Lead producer Name"), partial after "The most scathing
        # review, by …'s theatre critic Name, had called it" (the critic's written words)
        "The producers of “Midnight at the Majestic”, the £6 million musical that opened at "
        "the Crowne Theatre in March, announced its closure on Thursday after nine months of "
        "disappointing ticket sales. The final performance will be on January 10.\n\n"
        "Lead producer Helena Marsh blamed the critics. “Audiences loved this show. Some "
        "reviewers decided it was dead on opening night, and they never let it breathe,” she "
        "said in a statement.\n\n"
        "The most scathing review, by the Evening Courier’s theatre critic Simon Tully, had "
        "called it “a very expensive way to spend three hours wishing you were elsewhere”. "
        "Tully could not be reached for comment.",
        [
            (
                D,
                [
                    "Audiences loved this show. Some reviewers decided it was dead on opening "
                    "night, and they never let it breathe"
                ],
                "Helena Marsh",
            ),
            (
                P,
                ["a very expensive way to spend three hours wishing you were elsewhere"],
                "Simon Tully",
            ),
        ],
    ),
    (  # 8 interview with a saxophonist, straight quotes, present tense: "and says he has"
        # (indirect, no "that"), a direct made of three sentences ending in a question mark
        # (kept) + "he says", direct + "says the veteran" (epithet, speaker after the cue)
        "At 68, the Nigerian saxophonist Babatunde Cole has just released his twenty-third "
        'album, "Lagos After Rain", and says he has no intention of slowing down.\n\n'
        '"People keep asking when I\'ll retire. Retire from what? From breathing?" he says, '
        "sitting in the lobby of a Paris hotel, where he plays three sold-out nights this "
        "week.\n\n"
        'The record was made in four days with a band of musicians in their twenties. "They '
        "push me, and I push them back. That's the whole secret,\" says the veteran, who "
        "toured with his first band at fifteen.",
        [
            (I, ["he has no intention of slowing down"], "Babatunde Cole"),
            (
                D,
                ["People keep asking when I'll retire. Retire from what? From breathing?"],
                "Babatunde Cole",
            ),
            (D, ["They push me, and I push them back. That's the whole secret"], "Babatunde Cole"),
        ],
    ),
    (  # 9 streaming record, curly quotes: "The streaming service Name said on Tuesday that"
        # (generic noun dropped), two-sentence direct + "the show's director, Name, told a news
        # conference" (speaker after the cue), "urged caution" (noun object), "…, according to
        # Name, a media analyst at …." (the part before)
        "The streaming service Vantage said on Tuesday that its Korean thriller “Glass River” "
        "had become the most-watched non-English series in its history, with 41 million views "
        "in its first eleven days.\n\n"
        "“We thought it was too dark, too slow and too Korean for a global audience. We were "
        "wrong about all three,” the show’s director, Park Seo-yeon, told a news conference "
        "in Seoul.\n\n"
        "Analysts urged caution. Viewing figures published by streaming platforms are not "
        "independently audited, according to Lena Hartmann, a media analyst at the "
        "consultancy Brightline.",
        [
            (
                I,
                [
                    "its Korean thriller “Glass River” had become the most-watched "
                    "non-English series in its history, with 41 million views in its first "
                    "eleven days"
                ],
                "Vantage",
            ),
            (
                D,
                [
                    "We thought it was too dark, too slow and too Korean for a global "
                    "audience. We were wrong about all three"
                ],
                "Park Seo-yeon",
            ),
            (
                I,
                ["Viewing figures published by streaming platforms are not independently audited"],
                "Lena Hartmann",
            ),
        ],
    ),
    (  # 10 plagiarism row, straight quotes: book titles in quotes (not quotes), two-sentence
        # direct + "the 63-year-old told Radio Name" (age for "Name, a former teacher from
        # Leeds"), "denied the allegations" (noun object), partial inside "his publisher, Name,
        # which said it had" (the publisher speaking as an organisation)
        "The bestselling thriller writer Colin Maddox has been accused of copying passages "
        'from a self-published novel in his latest book, "The Quiet Hours", which has sold '
        "more than 400,000 copies since September.\n\n"
        'Ruth Ellery, a former teacher from Leeds who published "Still Water" online in 2019, '
        "has posted side-by-side comparisons of fourteen passages on her blog. \"I'm not "
        'after money. I just want him to admit it," the 63-year-old told Radio Wharfedale.\n\n'
        "Maddox denied the allegations on Monday through his publisher, Granite House, which "
        'said it had "full confidence" in its author.',
        [
            (D, ["I'm not after money. I just want him to admit it"], "Ruth Ellery"),
            (P, ["full confidence"], "Granite House"),
        ],
    ),
    (  # 11 film festival, curly quotes: "A," the Norwegian admitted as …. "B." (nationality
        # for "The Norwegian director Name"; two direct quotes), direct + "said a festival-goer
        # who …" (unnamed)
        "The Norwegian director Henrik Lunde won the top prize at the Northern Lights Film "
        "Festival in Toronto on Sunday for “Winter Ferry”, a quiet drama about a ferry "
        "captain’s last crossing before retirement.\n\n"
        "“I almost didn’t submit it,” the Norwegian admitted as he accepted the award. “My "
        "producer sent it in behind my back.”\n\n"
        "Hundreds of people had queued in the snow for the closing-night screening. “It’s the "
        "best thing I’ve seen here in ten years,” said a festival-goer who had waited for two "
        "hours outside the Elgin Hall.",
        [
            (D, ["I almost didn’t submit it"], "Henrik Lunde"),
            (D, ["My producer sent it in behind my back."], "Henrik Lunde"),
            (D, ["It’s the best thing I’ve seen here in ten years"], "festival-goer"),
        ],
    ),
    (  # 12 museum strike, straight quotes: "…, the union Name said on Monday, in a dispute …"
        # (reported clause before the attribution, generic noun dropped), partial inside "The
        # museum's director, Name, said he was" (only the partial), two-sentence direct + "he
        # said"
        "Staff at the Caledonian Museum of Modern Art in Glasgow will strike for five days "
        "over Christmas, the union Culture Workers United said on Monday, in a dispute over "
        "pay and weekend working.\n\n"
        "Gallery assistants at the museum earn little more than the minimum wage, and many "
        "have not had a pay rise since 2023.\n\n"
        'The museum\'s director, Alasdair Quinn, said he was "disappointed" by the decision. '
        '"Our door remains open. We have made a fair offer, the best in the sector," he said.\n\n'
        "The museum will keep its ground-floor galleries open during the strike.",
        [
            (
                I,
                [
                    "Staff at the Caledonian Museum of Modern Art in Glasgow will strike for "
                    "five days over Christmas"
                ],
                "Culture Workers United",
            ),
            (P, ["disappointed"], "Alasdair Quinn"),
            (
                D,
                ["Our door remains open. We have made a fair offer, the best in the sector"],
                "Alasdair Quinn",
            ),
        ],
    ),
    (  # 13 no quote: album and singles charts, "announced a world tour" (noun object),
        # "thanked her fans" (not speech), album and song titles in quotes (not quotes)
        "Canadian singer Maya Thorne has scored her fourth number one album in the UK with "
        '"Northern Wires", which sold 68,000 copies in its first week, the biggest opening '
        "for a female artist this year.\n\n"
        "The record, made in Montreal with the Swedish producer Axel Lindgren, also topped "
        "the charts in Ireland and Australia. Thorne, who announced a world tour last month, "
        "thanked her fans in a video posted on social media.\n\n"
        "In the singles chart, the Manchester duo Velvet Static held on to the top spot for a "
        'fifth consecutive week with "Slow Burn", fending off a late challenge from the '
        "rapper K-Dune.",
        [],
    ),
    (  # 14 game of the year, straight quotes: a game title in quotes opening the text (not a
        # quote), a quote split by "said the studio's co-founder, Name," (one quote, two spans,
        # final period kept), "The Brazilian later told reporters" (nationality, no "that"),
        # "According to the organisers," (unnamed plural, rest of the sentence)
        '"Cinder Garden", a hand-drawn puzzle game made by a team of six in Porto Alegre, was '
        "named game of the year at the Pixel Crown Awards in Seattle on Thursday, beating "
        "three big-budget titles.\n\n"
        "\"When we started, we couldn't afford an office,\" said the studio's co-founder, "
        "Rafael Moura, \"so we worked in my grandmother's garage. She's watching tonight.\"\n\n"
        "The Brazilian later told reporters the team would use the prize money to hire two "
        "more artists. According to the organisers, more than 9 million people watched the "
        "ceremony live on streaming platforms.",
        [
            (
                D,
                [
                    "When we started, we couldn't afford an office",
                    "so we worked in my grandmother's garage. She's watching tonight.",
                ],
                "Rafael Moura",
            ),
            (I, ["the team would use the prize money to hire two more artists"], "Rafael Moura"),
            (
                I,
                ["more than 9 million people watched the ceremony live on streaming platforms"],
                "organisers",
            ),
        ],
    ),
    (  # 15 opera director resigns, straight quotes: partial inside "the Dane wrote that he
        # could not" (nationality, only the partial), "The board's chair, Name, said"
        # (indirect, no "that"), "She thanked Surname for …" (not speech), direct + "said the
        # soprano Name, who …" (speaker after the cue)
        "Viktor Halvorsen, the Danish artistic director of the Lakeshore Opera in Chicago, "
        "resigned on Wednesday, two weeks after a row with the company's board over cuts to "
        "next season's programme.\n\n"
        'In a letter to staff, the Dane wrote that he could not "in good conscience" preside '
        "over a season reduced to three operas and a gala.\n\n"
        "The board's chair, Margaret Ellison-Boyd, said the cuts were unavoidable after "
        "ticket revenue fell by 18% last season. She thanked Halvorsen for eleven years of "
        "service.\n\n"
        '"It\'s a sad day for music in this city," said the soprano Gloria Mantovani, who '
        "has sung with the company for three decades.",
        [
            (P, ["in good conscience"], "Viktor Halvorsen"),
            (
                I,
                ["the cuts were unavoidable after ticket revenue fell by 18% last season"],
                "Margaret Ellison-Boyd",
            ),
            (D, ["It's a sad day for music in this city"], "Gloria Mantovani"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout141.jsonl"),
        "heldout141",
        "h141",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
