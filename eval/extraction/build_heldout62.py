"""Source of the sixty-second held-out set: writes heldout62.jsonl (split "heldout62").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
celebrity, people-magazine and entertainment copy: singers, actors, TV presenters, chefs,
influencers, rappers and reality-TV contestants, with their agents, labels and broadcasters,
quoted from magazine interviews, podcasts, Instagram posts and red carpets; stage names and
nicknames, couples and families whose members share a surname, and titles of albums, films and
shows in quotation marks.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout62.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-29"
Item = GoldItem

FR: list[Item] = [
    (  # 1 singer takes a break: no-break spaces, album and song titles in « » not speech,
        # "confie-t-elle dans un long entretien au magazine" after, "assure qu'elle … et qu'elle"
        # indirect, noun-object "a démenti les rumeurs", "Il parle d'« … »" partial
        "La chanteuse Lou Varenne met sa carrière entre parenthèses. Dix-huit mois après la "
        "sortie de son troisième album, «\u00a0Rivage\u00a0», écoulé à plus de 400\u00a0000 "
        "exemplaires, l'interprète de «\u00a0Maman d'hiver\u00a0» a annulé les douze dernières "
        "dates de sa tournée, prévues entre janvier et mars.\n\n"
        "«\u00a0J'ai chanté pendant deux ans avec une boule au ventre. À un moment, il faut avoir "
        "le courage de s'arrêter avant que le corps ne le fasse à votre place\u00a0», "
        "confie-t-elle dans un long entretien au magazine Éclats, en kiosque jeudi.\n\n"
        "La chanteuse de 34 ans assure qu'elle ne met pas fin à sa carrière et qu'elle continue "
        "d'écrire chaque matin, dans sa maison de Kerlouan-Plage. Les 30\u00a0000 spectateurs "
        "concernés par les annulations seront intégralement remboursés.\n\n"
        "Son agent, Frédéric Mallet-Brun, a démenti vendredi les rumeurs de conflit avec sa "
        "maison de disques, Ondine Music. Il parle d'«\u00a0une respiration, pas d'une "
        "rupture\u00a0».",
        [
            (
                D,
                [
                    "J'ai chanté pendant deux ans avec une boule au ventre. À un moment, il faut "
                    "avoir le courage de s'arrêter avant que le corps ne le fasse à votre place"
                ],
                "Lou Varenne",
            ),
            (
                I,
                [
                    "elle ne met pas fin à sa carrière et qu'elle continue d'écrire chaque matin, "
                    "dans sa maison de Kerlouan-Plage"
                ],
                "Lou Varenne",
            ),
            (P, ["une respiration, pas d'une rupture"], "Frédéric Mallet-Brun"),
        ],
    ),
    (  # 2 reality-TV clash: show title and nickname in « » not speech, dialogue dashes ("a lancé la
        # jeune femme", "a rétorqué le candidat"), noun-object "ont réclamé l'exclusion", production
        # company "a fait savoir que"
        "Ambiance électrique dans la villa de «\u00a0L'Île des cœurs\u00a0». Lors de l'épisode "
        "diffusé mardi soir sur TV Azur, la cérémonie des colliers a tourné au règlement de "
        "comptes entre Kenza Haddad, 24 ans, et son ancien binôme, Dylan Moreau, surnommé "
        "«\u00a0le Bad Boy\u00a0» depuis son arrivée dans l'aventure.\n\n"
        "— Tu m'as menti devant tout le monde, et tu oses encore me regarder dans les yeux\u00a0? "
        "a lancé la jeune femme, en larmes.\n"
        "— Moi, je t'ai jamais rien promis. C'est toi qui t'es fait un film, a rétorqué le "
        "candidat, avant de quitter le plateau sous les huées.\n\n"
        "La séquence a été vue plus de deux millions de fois sur les réseaux sociaux, et "
        "plusieurs associations ont réclamé l'exclusion du jeune homme. La société de production, "
        "Palmeraie Prod, a fait savoir que les deux candidats avaient été reçus dès le lendemain "
        "par la psychologue de l'émission. Le tournage, lui, se poursuit.",
        [
            (
                D,
                [
                    "Tu m'as menti devant tout le monde, et tu oses encore me regarder dans les "
                    "yeux\u00a0?"
                ],
                "Kenza Haddad",
            ),
            (
                D,
                ["Moi, je t'ai jamais rien promis. C'est toi qui t'es fait un film"],
                "Dylan Moreau",
            ),
            (
                I,
                [
                    "les deux candidats avaient été reçus dès le lendemain par la psychologue de "
                    "l'émission"
                ],
                "Palmeraie Prod",
            ),
        ],
    ),
    (  # 3 couple splits: French copy with “ ”, husband and wife share a surname, noun-object "a
        # officialisé la nouvelle", TV-show and podcast titles not speech, colon after "a pris la
        # défense de son épouse" (no speech verb), "Selon le magazine X, …"
        "C'est la fin d'une des histoires d'amour les plus suivies du petit écran. L'animatrice "
        "Claire Castaing et l'acteur Julien Castaing, mariés depuis 2014 et parents de deux "
        "enfants, se séparent. C'est elle qui a officialisé la nouvelle dimanche soir sur "
        "Instagram, photo en noir et blanc à l'appui.\n\n"
        "“Nous avons décidé, avec beaucoup d'amour et de respect, de prendre des chemins "
        "différents. Nos enfants restent notre priorité absolue”, a écrit la présentatrice de "
        "“Chez vous, chez nous” à ses 1,2 million d'abonnés.\n\n"
        "Son mari a choisi un autre terrain. Invité lundi du podcast “Sans filtre”, le comédien "
        "de 46 ans a pris la défense de son épouse, cible depuis dimanche de nombreux "
        "commentaires malveillants : “Claire reste la personne que j'admire le plus au monde. "
        "Ceux qui l'insultent ne savent rien de nous.”\n\n"
        "Selon le magazine Stellaire, le couple vivait séparé depuis le début de l'été, Julien "
        "Castaing s'étant installé dans leur maison de Cap-Morlaix.",
        [
            (
                D,
                [
                    "Nous avons décidé, avec beaucoup d'amour et de respect, de prendre des "
                    "chemins différents. Nos enfants restent notre priorité absolue"
                ],
                "Claire Castaing",
            ),
            (
                D,
                [
                    "Claire reste la personne que j'admire le plus au monde. Ceux qui l'insultent "
                    "ne savent rien de nous."
                ],
                "Julien Castaing",
            ),
            (
                I,
                [
                    "le couple vivait séparé depuis le début de l'été, Julien Castaing s'étant "
                    "installé dans leur maison de Cap-Morlaix"
                ],
                "Stellaire",
            ),
        ],
    ),
    (  # 4 influencer apologises: narrow no-break spaces, pseudonym given after the real name, quote
        # over two paragraphs attributed at the end ("a-t-elle déclaré"), partial after "a salué un
        # geste" (generic noun before the association's name), agency "a indiqué avoir"
        "Elle compte 3,4\u202fmillions d'abonnés et, depuis une semaine, presque autant de "
        "détracteurs. L'influenceuse Manon Leduc, plus connue sous le pseudonyme de Manoon, est "
        "au cœur d'une polémique après avoir vanté les mérites d'une crème amincissante vendue "
        "59\u202feuros le pot, dont l'efficacité n'a jamais été démontrée.\n\n"
        "Mercredi, la jeune femme de 26 ans a fini par sortir du silence dans une vidéo de huit "
        "minutes publiée sur sa chaîne YouTube. «\u202fJ'ai fait une erreur. J'ai fait confiance "
        "à une marque sans rien vérifier, et vous avez été des milliers à acheter ce produit "
        "parce que je vous l'avais conseillé.\n\n"
        "«\u202fJe rembourserai de ma poche tous ceux qui le souhaitent. Ce n'est pas une "
        "question d'image, c'est une question d'honnêteté\u202f», a-t-elle déclaré, visiblement "
        "éprouvée.\n\n"
        "L'association de consommateurs Vigi'Conso, qui a recensé plus de 300 plaintes, a salué "
        "un geste «\u202ftardif mais bienvenu\u202f». Son agence, Hashtag Talents, a indiqué "
        "avoir mis fin à sa collaboration avec la marque de cosmétiques.",
        [
            (
                D,
                [
                    "J'ai fait une erreur. J'ai fait confiance à une marque sans rien vérifier, "
                    "et vous avez été des milliers à acheter ce produit parce que je vous l'avais "
                    "conseillé.",
                    "Je rembourserai de ma poche tous ceux qui le souhaitent. Ce n'est pas une "
                    "question d'image, c'est une question d'honnêteté",
                ],
                "Manon Leduc",
            ),
            (P, ["tardif mais bienvenu"], "Vigi'Conso"),
            (
                I,
                ["avoir mis fin à sa collaboration avec la marque de cosmétiques"],
                "Hashtag Talents",
            ),
        ],
    ),
    (  # 5 red carpet: film title in « » not speech, incise "a-t-il glissé au micro de …" inside one
        # « » (two pieces), co-star who does not speak, "a confié avoir" for the named director
        "Sur le tapis rouge du Festival du film de Saint-Lorrain, samedi soir, Antoine Servaz a "
        "pris le temps de signer des autographes pendant près d'une heure, sous une pluie "
        "battante. L'acteur de 52 ans, absent des écrans depuis cinq ans, présentait «\u00a0Les "
        "Veilleurs\u00a0», un drame familial tourné dans l'arrière-pays de Sorvignac.\n\n"
        "«\u00a0Ce rôle, a-t-il glissé au micro de Radio Lumière, m'a réconcilié avec ce métier. "
        "J'avais perdu l'envie, elle est revenue sur ce tournage.\u00a0»\n\n"
        "À ses côtés, sa partenaire à l'écran, Inès Marchetti, 23 ans, découvrait pour la "
        "première fois la foule des grands soirs, dans une robe signée de la créatrice Alma Voss. "
        "Le public lui a réservé une longue ovation.\n\n"
        "Le réalisateur, Paul-Émile Cordier, a confié avoir écrit le personnage principal en "
        "pensant à l'acteur dès 2019, sans jamais oser le lui proposer. Le film sortira en salles "
        "le 4\u00a0février.",
        [
            (
                D,
                [
                    "Ce rôle",
                    "m'a réconcilié avec ce métier. J'avais perdu l'envie, elle est revenue sur "
                    "ce tournage.",
                ],
                "Antoine Servaz",
            ),
            (
                I,
                [
                    "avoir écrit le personnage principal en pensant à l'acteur dès 2019, sans "
                    "jamais oser le lui proposer"
                ],
                "Paul-Émile Cordier",
            ),
        ],
    ),
    (  # 6 father and son duets: stage name (Max D) and shared surname, "sourit X dans les colonnes
        # de", then "confie le chanteur" (role) for the father after a paragraph about both
        "Il aura fallu attendre trente ans pour les voir réunis sur une même pochette. Le crooner "
        "Gérard Delarue, 71 ans, et son fils Maxime, qui rappe depuis dix ans sous le nom de Max "
        "D, publient vendredi «\u00a0Héritage\u00a0», un album de onze duos enregistré dans le "
        "studio familial de Montclar-sur-Loue.\n\n"
        "«\u00a0Quand j'étais ado, j'avais honte de ses chansons. Aujourd'hui, je connais toutes "
        "les paroles par cœur\u00a0», sourit Maxime Delarue dans les colonnes de Vedettes "
        "Magazine.\n\n"
        "Longtemps, les deux hommes se sont à peine parlé. Le père enchaînait les tournées, le "
        "fils grandissait chez sa mère, à Saint-Clair-du-Val. «\u00a0Cet album, c'est ma façon de "
        "rattraper le temps perdu. Il m'a appris l'humilité, moi qui croyais tout savoir\u00a0», "
        "confie le chanteur, qui a vendu plus de dix millions de disques depuis 1974.\n\n"
        "Les deux artistes se produiront ensemble le 12\u00a0mars au théâtre des Arcades, à "
        "Montclar, déjà complet.",
        [
            (
                D,
                [
                    "Quand j'étais ado, j'avais honte de ses chansons. Aujourd'hui, je connais "
                    "toutes les paroles par cœur"
                ],
                "Maxime Delarue",
            ),
            (
                D,
                [
                    "Cet album, c'est ma façon de rattraper le temps perdu. Il m'a appris "
                    "l'humilité, moi qui croyais tout savoir"
                ],
                "Gérard Delarue",
            ),
        ],
    ),
    (  # 7 presenter ousted: channel "a assuré que" (generic noun before the channel's name),
        # "l'intéressée" and role "l'animatrice", partial after "a dénoncé un", Instagram post with
        # "a-t-elle écrit", "n'a pas souhaité commenter" not speech
        "Après neuf saisons, Sophie Arnaud-Vial ne présentera plus «\u00a0Matin Soleil\u00a0». La "
        "chaîne Canal Ouest a annoncé jeudi le départ de l'animatrice, qui sera remplacée dès "
        "janvier par le chroniqueur Kevin Lamarre.\n\n"
        "Dans un communiqué, la chaîne a assuré que la décision avait été prise d'un commun "
        "accord, après plusieurs semaines de discussions.\n\n"
        "Une version que conteste l'intéressée. Sur Instagram, l'animatrice de 48 ans a dénoncé "
        "un «\u00a0manque de respect total\u00a0» de la part de la direction. «\u00a0J'ai appris "
        "mon éviction par un coup de téléphone de trois minutes, un vendredi soir. Après neuf "
        "ans, je pensais mériter mieux. Je remercie les téléspectateurs\u00a0: eux ne m'ont "
        "jamais déçue\u00a0», a-t-elle écrit.\n\n"
        "Contacté, le directeur des programmes de Canal Ouest, Bertrand Lesage, n'a pas souhaité "
        "commenter. «\u00a0Matin Soleil\u00a0» réunit chaque matin près de 900\u00a0000 "
        "téléspectateurs.",
        [
            (
                I,
                [
                    "la décision avait été prise d'un commun accord, après plusieurs semaines de "
                    "discussions"
                ],
                "Canal Ouest",
            ),
            (P, ["manque de respect total"], "Sophie Arnaud-Vial"),
            (
                D,
                [
                    "J'ai appris mon éviction par un coup de téléphone de trois minutes, un "
                    "vendredi soir. Après neuf ans, je pensais mériter mieux. Je remercie les "
                    "téléspectateurs\u00a0: eux ne m'ont jamais déçue"
                ],
                "Sophie Arnaud-Vial",
            ),
        ],
    ),
    (  # 8 secret wedding: narrow no-break spaces, "D'après l'hebdomadaire X, …", "n'a ni confirmé
        # ni démenti" not speech, "a-t-il glissé" for the footballer, Instagram caption after a
        # colon with no speech verb
        "Ils se seraient dit oui dans le plus grand secret. D'après l'hebdomadaire Potins, "
        "l'attaquant du FC Montreval Yanis Belkacem et la chanteuse Aya Sorel se sont mariés le "
        "14\u202fnovembre à la mairie de Sainte-Anne-du-Lac, en présence d'une vingtaine "
        "d'invités seulement.\n\n"
        "Interrogé samedi en zone mixte après la victoire de son équipe (3-1), le joueur de 27 "
        "ans n'a ni confirmé ni démenti. «\u202fMa vie privée, je la garde pour moi. Ce soir, je "
        "veux parler de football\u202f», a-t-il glissé, un large sourire aux lèvres.\n\n"
        "La chanteuse s'est montrée plus bavarde. Sur son compte Instagram, elle a publié "
        "dimanche une photo de sa main gauche, ornée d'une fine alliance en or, avec ce simple "
        "commentaire\u202f: «\u202fOui, pour la vie.\u202f» De quoi affoler ses 800\u202f000 "
        "abonnés, qui attendaient l'officialisation depuis des mois.",
        [
            (
                I,
                [
                    "l'attaquant du FC Montreval Yanis Belkacem et la chanteuse Aya Sorel se sont "
                    "mariés le 14\u202fnovembre à la mairie de Sainte-Anne-du-Lac, en présence "
                    "d'une vingtaine d'invités seulement"
                ],
                "Potins",
            ),
            (
                D,
                ["Ma vie privée, je la garde pour moi. Ce soir, je veux parler de football"],
                "Yanis Belkacem",
            ),
            (D, ["Oui, pour la vie."], "Aya Sorel"),
        ],
    ),
    (  # 9 comedian on a podcast: podcast title and nickname in « » not speech, named interviewer
        # who does not speak, "raconte-t-il au micro de", partial inside "dit avoir été sauvé par"
        # (only the partial)
        "Il a longtemps fait rire la France entière avec ses sketchs sur sa famille. Dans le "
        "dernier épisode du podcast «\u00a0À cœur ouvert\u00a0», l'humoriste Rachid Benali, que "
        "ses fans appellent «\u00a0Rach\u00a0», se livre comme jamais sur la dépression qui l'a "
        "éloigné de la scène pendant deux ans.\n\n"
        "«\u00a0Je montais sur scène, je faisais rire 5\u00a0000 personnes, et je rentrais à "
        "l'hôtel pleurer tout seul. Personne ne voyait rien, même pas moi\u00a0», raconte-t-il au "
        "micro de la journaliste Clémence Ory.\n\n"
        "L'humoriste de 41 ans dit avoir été sauvé par «\u00a0une psy très patiente et un chien "
        "très bête\u00a0». Il a repris l'écriture l'an dernier, d'abord en cachette, puis devant "
        "quelques amis, dans un petit café-théâtre de Valbonne-sur-Mer. Un nouveau spectacle est "
        "attendu à l'automne 2027.",
        [
            (
                D,
                [
                    "Je montais sur scène, je faisais rire 5\u00a0000 personnes, et je rentrais à "
                    "l'hôtel pleurer tout seul. Personne ne voyait rien, même pas moi"
                ],
                "Rachid Benali",
            ),
            (P, ["une psy très patiente et un chien très bête"], "Rachid Benali"),
        ],
    ),
    (  # 10 inheritance battle: widow and stepson share a surname, the dead singer's first name
        # inside the quote, "affirme X dans un entretien accordé à", "a affirmé que" for the son,
        # noun-object "réclame une expertise"
        "Huit mois après la mort du chanteur Jacky Roussel, la guerre de l'héritage est déclarée. "
        "Sa veuve, Martine Roussel, et son fils aîné, Thomas Roussel, né d'un premier mariage, se "
        "disputent devant la justice les droits de ses 400 chansons et la villa familiale de "
        "Port-Céleste.\n\n"
        "«\u00a0Jacky a tout prévu, tout écrit, tout signé devant notaire. Je ne fais que "
        "respecter ses dernières volontés, et je le ferai jusqu'au bout\u00a0», affirme Martine "
        "Roussel dans un entretien accordé à Vedettes Magazine.\n\n"
        "Son beau-fils ne l'entend pas de cette oreille. Dans un communiqué transmis par son "
        "avocat, Thomas Roussel a affirmé que son père n'était plus en état de signer quoi que ce "
        "soit lors de la rédaction du testament, en 2024. Il réclame une expertise médicale "
        "posthume.\n\n"
        "L'audience est fixée au 18\u00a0janvier devant le tribunal judiciaire de Port-Céleste.",
        [
            (
                D,
                [
                    "Jacky a tout prévu, tout écrit, tout signé devant notaire. Je ne fais que "
                    "respecter ses dernières volontés, et je le ferai jusqu'au bout"
                ],
                "Martine Roussel",
            ),
            (
                I,
                [
                    "son père n'était plus en état de signer quoi que ce soit lors de la "
                    "rédaction du testament, en 2024"
                ],
                "Thomas Roussel",
            ),
        ],
    ),
    (  # 11 singing-contest winner: narrow no-break spaces, colon after "Première réaction de la
        # gagnante" (no speech verb), mother with the same surname + "sourit-elle", partial inside
        # "a estimé que" (only the partial), noun-object "a salué la victoire"
        "C'est une inconnue de 19 ans qui a remporté samedi la finale de «\u202fLa Voix "
        "d'or\u202f», devant 5,8\u202fmillions de téléspectateurs. Emma Guidoni, étudiante à "
        "Figarella, s'est imposée avec 61\u202f% des votes face au grand favori de la saison, "
        "Lucas Ferrand.\n\n"
        "Première réaction de la gagnante, les larmes aux yeux\u202f: «\u202fJe ne réalise pas. "
        "Il y a six mois, je chantais dans ma chambre avec une brosse à cheveux en guise de "
        "micro\u202f!\u202f»\n\n"
        "Dans le public, sa mère, Nathalie Guidoni, n'en revenait pas non plus. «\u202fElle "
        "chante depuis qu'elle a trois ans. On lui a toujours dit de ne rien lâcher\u202f», "
        "sourit-elle.\n\n"
        "Le juré Marc Olivetti a estimé que la jeune femme avait «\u202ftout d'une grande\u202f». "
        "Lucas Ferrand, beau joueur, a salué la victoire de sa rivale. Emma Guidoni enregistrera "
        "son premier album au printemps.",
        [
            (
                D,
                [
                    "Je ne réalise pas. Il y a six mois, je chantais dans ma chambre avec une "
                    "brosse à cheveux en guise de micro\u202f!"
                ],
                "Emma Guidoni",
            ),
            (
                D,
                ["Elle chante depuis qu'elle a trois ans. On lui a toujours dit de ne rien lâcher"],
                "Nathalie Guidoni",
            ),
            (P, ["tout d'une grande"], "Marc Olivetti"),
        ],
    ),
    (  # 12 model's pregnancy: straight quotes, noun-object "a annoncé sa grossesse", "a légendé la
        # jeune femme", button name in " " not speech, DJ known only by his stage name after a colon
        # with no speech verb, "Selon leur entourage, …"
        "La nouvelle a fait exploser les compteurs. La mannequin Léa Fontanel a annoncé mardi sa "
        "grossesse sur Instagram, en publiant une photo d'elle et de son compagnon, le DJ Skyzo, "
        "main dans la main devant une échographie.\n\n"
        '"Bientôt trois. Le plus beau projet de notre vie", a légendé la jeune femme de 29 ans, '
        "qui cumule 2,1 millions d'abonnés. En quelques heures, la publication a recueilli plus "
        "d'un million de mentions \"J'aime\".\n\n"
        "Le musicien, de son côté, s'est contenté d'un message sur X : \"Je vais devoir apprendre "
        "les berceuses. Préparez-vous.\" Le couple, qui s'était rencontré lors d'un défilé en "
        "2023, avait jusqu'ici tenu sa relation à l'écart des objectifs.\n\n"
        "Selon leur entourage, l'enfant devrait naître au printemps, quelques semaines avant le "
        "début de la tournée mondiale du DJ.",
        [
            (D, ["Bientôt trois. Le plus beau projet de notre vie"], "Léa Fontanel"),
            (D, ["Je vais devoir apprendre les berceuses. Préparez-vous."], "Skyzo"),
            (
                I,
                [
                    "l'enfant devrait naître au printemps, quelques semaines avant le début de la "
                    "tournée mondiale du DJ"
                ],
                "entourage",
            ),
        ],
    ),
    (  # 13 TV chef leaves: « » without spaces, noun-object "a annoncé lundi son départ", quote over
        # two paragraphs ending "a expliqué le cuisinier … au quotidien", partial after "salue",
        # "Selon X, finaliste de …, …"
        "Coup de tonnerre dans les cuisines de «Top Toque». Le chef étoilé Arnaud Brézil, juré de "
        "l'émission culinaire depuis sa création en 2016, a annoncé lundi son départ, à quelques "
        "semaines du tournage de la onzième saison.\n\n"
        "«J'ai passé dix ans à juger les assiettes des autres. J'ai envie de retrouver les "
        "miennes, mon restaurant, mes équipes. Et ma famille, qui m'a beaucoup attendu.\n\n"
        "«Je ne quitte pas la télévision fâché, je la quitte reconnaissant», a expliqué le "
        "cuisinier de 56 ans au quotidien La Gazette de Valrhune.\n\n"
        "La productrice de l'émission, Valérie Duchêne-Amat, salue «un immense professionnel», "
        "sans dévoiler le nom de son successeur. Selon Julie Marchal, finaliste de la première "
        "saison, le chef goûtait chaque sauce deux fois avant de rendre son verdict.",
        [
            (
                D,
                [
                    "J'ai passé dix ans à juger les assiettes des autres. J'ai envie de retrouver "
                    "les miennes, mon restaurant, mes équipes. Et ma famille, qui m'a beaucoup "
                    "attendu.",
                    "Je ne quitte pas la télévision fâché, je la quitte reconnaissant",
                ],
                "Arnaud Brézil",
            ),
            (P, ["un immense professionnel"], "Valérie Duchêne-Amat"),
            (
                I,
                ["le chef goûtait chaque sauce deux fois avant de rendre son verdict"],
                "Julie Marchal",
            ),
        ],
    ),
    (  # 14 rappers' feud: two stage names, song title in « » not speech, partial inside "affirmait
        # avoir écrit" (only the partial), "Réponse de l'intéressée, … sur X : « … »" with no speech
        # verb, label "n'a pas souhaité réagir" not speech
        "Entre Zeklo et Nessa B, rien ne va plus. Les deux rappeurs, qui avaient signé ensemble "
        "le tube «\u00a0Minuit pile\u00a0» l'an dernier, s'écharpent depuis dimanche sur les "
        "réseaux sociaux, sous les yeux de leurs fans médusés.\n\n"
        "Tout est parti d'une interview de Zeklo à la radio Fréquence Urbaine, dans laquelle il "
        "affirmait avoir écrit «\u00a090\u00a0% du morceau\u00a0». Réponse de l'intéressée, le "
        "soir même, sur X\u00a0: «\u00a0Tu sais même pas écrire ton prénom sans correcteur. Reste "
        "dans ta voie, petit\u00a0».\n\n"
        "Depuis, les deux camps s'invectivent à coups de stories et de sous-entendus. Leur label "
        "commun, Nuit Blanche Records, n'a pas souhaité réagir. Le clip de «\u00a0Minuit "
        "pile\u00a0» dépasse les 80\u00a0millions de vues. Les deux artistes doivent pourtant se "
        "retrouver sur la scène du festival Sonora, en juillet.",
        [
            (P, ["90\u00a0% du morceau"], "Zeklo"),
            (
                D,
                ["Tu sais même pas écrire ton prénom sans correcteur. Reste dans ta voie, petit"],
                "Nessa B",
            ),
        ],
    ),
    (  # 15 actress's memoirs: narrow no-break spaces, book title in « », rival named but silent,
        # "confie-t-elle à" after, daughter with the same surname, "Selon elle, …" (pronoun)
        "À 78 ans, Geneviève Armand se raconte enfin. Dans «\u202fLes Coulisses du cœur\u202f», "
        "ses mémoires parus mercredi aux éditions du Pavillon, la comédienne revient sur soixante "
        "ans de carrière, ses trois mariages et sa rivalité, longtemps niée, avec Catherine "
        "Vasseur.\n\n"
        "«\u202fOn nous a opposées toute notre vie. La vérité, c'est qu'on s'admirait en silence "
        "et qu'on était trop fières pour se le dire\u202f», confie-t-elle à Paris Confidences.\n\n"
        "Le livre fourmille d'anecdotes de tournage, de la Nouvelle Vague aux séries télévisées "
        "des années 2000, et de portraits au vitriol de producteurs aujourd'hui disparus.\n\n"
        "Sa fille, la comédienne Lise Armand, a été la première à lire le manuscrit. Selon elle, "
        "sa mère a mis trois ans à écrire ce livre, souvent la nuit, à la main, sur des cahiers "
        "d'écolier.",
        [
            (
                D,
                [
                    "On nous a opposées toute notre vie. La vérité, c'est qu'on s'admirait en "
                    "silence et qu'on était trop fières pour se le dire"
                ],
                "Geneviève Armand",
            ),
            (
                I,
                [
                    "sa mère a mis trois ans à écrire ce livre, souvent la nuit, à la main, sur "
                    "des cahiers d'écolier"
                ],
                "Lise Armand",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 pop star's break-up: partial inside "saying the split left her" (only the partial), "the
        # 27-year-old singer said she had" indirect with an album title inside, "she told the
        # magazine" after, "declined to comment" not speech
        "Pop star Mia Kessler has opened up about the end of her four-year relationship with the "
        "actor Rory Blaine, saying the split left her “unable to get out of bed for a month”.\n\n"
        "In a cover interview with Glimmer magazine, published on Tuesday, the 27-year-old singer "
        "said she had written most of her new album, “Paper Moons”, in the six weeks after the "
        "break-up.\n\n"
        "“People think they know the story because they saw a few photos of us arguing at an "
        "airport. They don't. Nobody cheated, nobody lied. We just grew up in different "
        "directions,” she told the magazine.\n\n"
        "Blaine, 31, has not commented publicly on the split, and a representative for the actor "
        "declined to comment on Tuesday. The pair were last photographed together in May, at the "
        "Harbour Lights festival in Port Alder. “Paper Moons” is out on 6 February.",
        [
            (P, ["unable to get out of bed for a month"], "Mia Kessler"),
            (
                I,
                [
                    "she had written most of her new album, “Paper Moons”, in the six weeks after "
                    "the break-up"
                ],
                "Mia Kessler",
            ),
            (
                D,
                [
                    "People think they know the story because they saw a few photos of us arguing "
                    "at an airport. They don't. Nobody cheated, nobody lied. We just grew up in "
                    "different directions"
                ],
                "Mia Kessler",
            ),
        ],
    ),
    (  # 2 dating-show contestant removed: straight quotes, show title inside the reported sentence,
        # "…, the broadcaster confirmed" (named in the next sentence), "A spokesperson for X said
        # the network had" partial, Instagram apology with "he wrote"
        'Tyler Brookes, a contestant on the dating show "Villa Amore", has been removed from '
        "the series after footage emerged of him shouting at a fellow islander during Sunday's "
        "episode, the broadcaster confirmed on Monday.\n\n"
        'A spokesperson for Brightside TV said the network had "a zero-tolerance approach to '
        'aggressive behaviour". More than 4,000 viewers had complained to the channel by Monday '
        "morning.\n\n"
        "Brookes, a 25-year-old personal trainer from Ashby Vale, apologised on Instagram a few "
        "hours later. \"I let myself down and I let Jade down. There's no excuse for how I spoke "
        "to her, and I'm going to get some help,\" he wrote.\n\n"
        "Jade Okafor, the 23-year-old dental nurse at the centre of the row, remains in the "
        "villa, where the final is due to be filmed next week.",
        [
            (
                I,
                [
                    'Tyler Brookes, a contestant on the dating show "Villa Amore", has been '
                    "removed from the series after footage emerged of him shouting at a fellow "
                    "islander during Sunday's episode"
                ],
                "Brightside TV",
            ),
            (P, ["a zero-tolerance approach to aggressive behaviour"], "Brightside TV"),
            (
                D,
                [
                    "I let myself down and I let Jade down. There's no excuse for how I spoke to "
                    "her, and I'm going to get some help"
                ],
                "Tyler Brookes",
            ),
        ],
    ),
    (  # 3 Hollywood divorce: husband and wife share a surname, "…, the entertainment website X
        # reported", film and podcast titles not speech, "she said", then "Mara added" (first name
        # alone) in a later paragraph
        "Hollywood's most photographed marriage is over. The actor Jake Whitfield and his wife, "
        "the director Mara Whitfield, have filed for divorce after 11 years together, the "
        "entertainment website Starwatch reported on Thursday.\n\n"
        "The couple, who met on the set of “Northern Lights” in 2013, have two children. Neither "
        "had commented publicly until Friday, when Mara Whitfield, 44, addressed the news at the "
        "start of her weekly podcast, “Off Camera”.\n\n"
        "“We tried. We really did. There is no villain in this story, and I'd ask people not to "
        "go looking for one,” she said.\n\n"
        "Later in the episode, she returned briefly to the subject. “He is still the funniest "
        "person I know,” Mara added, before moving on to an interview with the singer Rosa Delane."
        "\n\n"
        "Jake Whitfield, who is filming a thriller abroad, has cancelled a planned appearance on "
        "a late-night chat show next week.",
        [
            (
                I,
                [
                    "The actor Jake Whitfield and his wife, the director Mara Whitfield, have "
                    "filed for divorce after 11 years together"
                ],
                "Starwatch",
            ),
            (
                D,
                [
                    "We tried. We really did. There is no villain in this story, and I'd ask "
                    "people not to go looking for one"
                ],
                "Mara Whitfield",
            ),
            (D, ["He is still the funniest person I know"], "Mara Whitfield"),
        ],
    ),
    (  # 4 influencer apology: nickname in “ ” not speech, partial inside "said she" (only the
        # partial), direct with "she said, adding that …" (indirect continues), "declined to
        # comment" not speech
        "Kayleigh “KK” Dawson, the beauty influencer with five million followers, has apologised "
        "after promoting a teeth-whitening kit that was later withdrawn from sale over safety "
        "concerns.\n\n"
        "In a tearful video posted to TikTok on Wednesday, the 24-year-old said she “should have "
        "asked more questions” before accepting the £40,000 deal. “I trusted the wrong people. "
        "That's on me, not on you, and I'm sorry,” she said, adding that anyone who had bought "
        "the kit through her link would be refunded.\n\n"
        "Her management company, Velvet Rope Talent, declined to comment. The manufacturer, "
        "Brightsmile Labs, is being investigated by trading standards officers in Hallowell, "
        "where it is registered. Dawson started posting make-up tutorials from her bedroom at the "
        "age of 15 and launched her own lipstick range last year.",
        [
            (P, ["should have asked more questions"], "Kayleigh Dawson"),
            (
                D,
                ["I trusted the wrong people. That's on me, not on you, and I'm sorry"],
                "Kayleigh Dawson",
            ),
            (
                I,
                ["anyone who had bought the kit through her link would be refunded"],
                "Kayleigh Dawson",
            ),
        ],
    ),
    (  # 5 film premiere: straight quotes, film title not speech, '"A," he said, gesturing …, "b."'
        # one quote in two pieces, silent co-star, partial inside "told reporters that" (only the
        # partial)
        "Fans waited in the rain for hours outside the Regal Crown cinema in Eastmoor on Monday "
        'night for the premiere of "Saltwater Kings", the pirate adventure already being tipped '
        "for awards season.\n\n"
        "Its star, Declan Mair, stopped to take selfies with almost everyone along the barrier. "
        '"Honestly, this is the part I love," he said, gesturing at the crowd, "because these '
        "are the people who'll actually pay to see it.\"\n\n"
        "His co-star, Adaeze Nwosu, arrived in a gown made from recycled sailcloth by the "
        "designer Lucie Parrant, and spent several minutes signing posters for a group of "
        "schoolchildren. The pair spent four months filming off the coast of Malvenna last winter."
        "\n\n"
        'Director Tom Hallett told reporters that a sequel was "very much on the table". The '
        "film opens nationwide on Friday.",
        [
            (
                D,
                [
                    "Honestly, this is the part I love",
                    "because these are the people who'll actually pay to see it.",
                ],
                "Declan Mair",
            ),
            (P, ["very much on the table"], "Tom Hallett"),
        ],
    ),
    (  # 6 father and daughter tour: shared surname, noun-object "announced a 22-date joint tour",
        # "Hank told X magazine" (first name alone), "His daughter said the …" indirect
        "Country legend Hank Dalloway is going back on the road, and this time he is bringing his "
        "daughter. The 68-year-old and Josie Dalloway, 30, announced a 22-date joint tour on "
        "Thursday, their first shows together since a very public falling-out in 2019.\n\n"
        "“We didn't speak for almost two years. I was stubborn, she was stubborn, and it turns "
        "out stubborn runs in the family,” Hank told Backroads magazine.\n\n"
        "His daughter said the reconciliation had begun at her grandmother's funeral in "
        "Millsboro, when the two found themselves sharing a pew and, eventually, a guitar. She "
        "has since co-written four songs on his forthcoming album, “Long Way Home”.\n\n"
        "Tickets go on sale on Monday, with the tour opening at the Riverside Arena in Ashford "
        "Falls on 3 April.",
        [
            (
                D,
                [
                    "We didn't speak for almost two years. I was stubborn, she was stubborn, and "
                    "it turns out stubborn runs in the family"
                ],
                "Hank Dalloway",
            ),
            (
                I,
                [
                    "the reconciliation had begun at her grandmother's funeral in Millsboro, when "
                    "the two found themselves sharing a pew and, eventually, a guitar"
                ],
                "Josie Dalloway",
            ),
        ],
    ),
    (  # 7 breakfast host leaves: "…, Channel Six announced" after, "The broadcaster's chief
        # executive, X, paid tribute to “…”" partial, Instagram quote with no speech verb, co-host's
        # post not speech
        "Gemma Hartley is leaving “Rise and Shine” after 12 years as the face of the breakfast "
        "programme, Channel Six announced on Tuesday.\n\n"
        "The broadcaster's chief executive, Martin Greaves, paid tribute to “one of the most "
        "gifted presenters of her generation”. Her replacement has not yet been named.\n\n"
        "Hartley, 51, struck a rather different tone on Instagram a few hours later. “I was told "
        "in a ten-minute meeting. I'm not bitter, but I am sad, and I think after 12 years I'm "
        "allowed to say so.”\n\n"
        "Her co-host, Ben Adebayo, posted a photograph of the pair on their first morning "
        "together in 2014, with a single red heart. Viewing figures for the programme have fallen "
        "by almost a fifth over the past two years.",
        [
            (
                I,
                [
                    "Gemma Hartley is leaving “Rise and Shine” after 12 years as the face of the "
                    "breakfast programme"
                ],
                "Channel Six",
            ),
            (P, ["one of the most gifted presenters of her generation"], "Martin Greaves"),
            (
                D,
                [
                    "I was told in a ten-minute meeting. I'm not bitter, but I am sad, and I "
                    "think after 12 years I'm allowed to say so."
                ],
                "Gemma Hartley",
            ),
        ],
    ),
    (  # 8 baby rumours: "…, according to the Daily Lantern." after, "her spokesman did not respond"
        # not speech, footballer with "he said with a grin"
        "Reality star turned fashion designer Chloe Marsh and Rovers midfielder Danny Okoro are "
        "expecting their first child, according to the Daily Lantern.\n\n"
        "The couple, who met at a charity gala in Brackley two years ago, have not confirmed the "
        "news. Marsh, 29, has not posted on social media since Friday, and her spokesman did not "
        "respond to requests for comment.\n\n"
        "Okoro, 26, was asked about the rumours after Saturday's 2-0 win over Felton Athletic, in "
        "which he scored the opening goal. \"You'll have to ask Chloe. I'm just the footballer in "
        'this house," he said with a grin, before heading for the team bus.\n\n'
        "Marsh launched her own clothing label, Marsh & Ivy, after leaving the dating show "
        '"Sunset Cove" in 2021. Rovers supporters have already started a chant about the baby.',
        [
            (
                I,
                [
                    "Reality star turned fashion designer Chloe Marsh and Rovers midfielder Danny "
                    "Okoro are expecting their first child"
                ],
                "Daily Lantern",
            ),
            (D, ["You'll have to ask Chloe. I'm just the footballer in this house"], "Danny Okoro"),
        ],
    ),
    (  # 9 comedian's worst gig: "has revealed that", podcast title not speech, named host who does
        # not speak, quote over two paragraphs with nested ' ' and "he said" at the end
        "Comedian Marcus Fielding has revealed that he almost quit stand-up after a disastrous "
        "gig in 2018 at which only three people turned up.\n\n"
        'Speaking on the podcast "Laughing Matters", hosted by his fellow comic Rosa Quinn, the '
        "38-year-old described the night in painful detail.\n\n"
        '"Two of them were the bar staff. The third was my mum, and she left at the interval '
        "because her parking ticket was running out.\n\n"
        "\"I sat in my car afterwards and genuinely googled 'how to become a plumber'. I'm not "
        'joking," he said.\n\n'
        "Fielding, who now sells out arenas, keeps the poster from that night framed above his "
        "desk. He first performed at an open-mic night in Eastgate at the age of 19. His new "
        'tour, "Still Here", opens in March and runs until the end of June.',
        [
            (
                I,
                [
                    "he almost quit stand-up after a disastrous gig in 2018 at which only three "
                    "people turned up"
                ],
                "Marcus Fielding",
            ),
            (
                D,
                [
                    "Two of them were the bar staff. The third was my mum, and she left at the "
                    "interval because her parking ticket was running out.",
                    "I sat in my car afterwards and genuinely googled 'how to become a plumber'. "
                    "I'm not joking",
                ],
                "Marcus Fielding",
            ),
        ],
    ),
    (  # 10 boy-band reunion: question opening not speech, former manager "he said", frontman "he
        # would only say:" colon, "According to their record label, X, …"
        "Are Skyline back? Fans of the noughties boy band have been in a frenzy since all four "
        "members posted the same cryptic image, a black square bearing the date 14.03, on "
        "Instagram on Tuesday night.\n\n"
        "The band's former manager, Lionel Prentice, fuelled the speculation in an interview with "
        "Radio Harbour on Wednesday. “I've had more phone calls this week than in the last ten "
        "years put together. Draw your own conclusions,” he said.\n\n"
        "Frontman Jamie Vance was more coy. Approached by photographers outside a restaurant in "
        "Holloway Park, he would only say: “Something nice is coming. That's all you're getting.”"
        "\n\n"
        "Skyline split in 2011 after three number-one albums. According to their record label, "
        "Meridian Music, no reunion tour has been booked, although the company has registered a "
        "new website in the band's name.",
        [
            (
                D,
                [
                    "I've had more phone calls this week than in the last ten years put together. "
                    "Draw your own conclusions"
                ],
                "Lionel Prentice",
            ),
            (D, ["Something nice is coming. That's all you're getting."], "Jamie Vance"),
            (
                I,
                [
                    "no reunion tour has been booked, although the company has registered a new "
                    "website in the band's name"
                ],
                "Meridian Music",
            ),
        ],
    ),
    (  # 11 talent-show winner: straight quotes, '"A," the schoolgirl said … "B!"' (two quotes, role
        # for the named winner), mother with the same surname + "she said"
        'Seventeen-year-old Ruby Callaghan from Dunmore was crowned the winner of "Star Search '
        "Live\" on Saturday night, beating the bookmakers' favourites, the a cappella group The "
        "Harmonettes, in a public vote.\n\n"
        '"I can\'t feel my legs," the schoolgirl said moments after the result was announced. '
        '"Mum, we did it!"\n\n'
        "Her mother, Siobhan Callaghan, who works night shifts as a care assistant, sold her car "
        "last year to pay for her daughter's singing lessons. \"Every penny was worth it. Every "
        'single one," she said, as the pair hugged on stage.\n\n'
        "Ruby will now record a single, to be released before Christmas, and will support the "
        "headliner on a 12-date arena tour in the spring. The Harmonettes, a trio of sisters from "
        "Kilbarran, finished second. Around 7.2 million people watched the final, the show's "
        "biggest audience in five years.",
        [
            (D, ["I can't feel my legs"], "Ruby Callaghan"),
            (D, ["Mum, we did it!"], "Ruby Callaghan"),
            (D, ["Every penny was worth it. Every single one"], "Siobhan Callaghan"),
        ],
    ),
    (  # 12 supermodel expecting twins: "…, she told X magazine" after the reported sentence, nested
        # ‘ ’ inside the quote, "the 32-year-old said", DJ known only by his stage name "writing
        # simply:"
        "Supermodel Anya Petrova is expecting twins with her husband, the DJ and producer known "
        "as Vortex, she told Lumière magazine in an interview published on Thursday.\n\n"
        "“When the doctor said ‘two heartbeats’, my husband actually sat down on the floor of the "
        "clinic,” the 32-year-old said.\n\n"
        "The couple married in a small ceremony on the island of Kessa last year, and have "
        "largely kept their relationship out of the public eye. Petrova, the face of the perfume "
        "house Maison Ardel since 2020, walked her last show of the season in October.\n\n"
        "Vortex, who headlines the Sundown festival next summer, posted a photograph of two tiny "
        "pairs of headphones on his Instagram story on Thursday evening, writing simply: “Double "
        "trouble.” Congratulations poured in from fellow models within minutes. The twins are due "
        "in April.",
        [
            (
                I,
                [
                    "Supermodel Anya Petrova is expecting twins with her husband, the DJ and "
                    "producer known as Vortex"
                ],
                "Anya Petrova",
            ),
            (
                D,
                [
                    "When the doctor said ‘two heartbeats’, my husband actually sat down on the "
                    "floor of the clinic"
                ],
                "Anya Petrova",
            ),
            (D, ["Double trouble."], "Vortex"),
        ],
    ),
    (  # 13 TV chef quits: "…, saying he wants …" indirect, noun-object "broke the news", "The chief
        # executive of X … was full of praise." then the quote and "said X" after
        "Celebrity chef Nico Baptiste has walked away from the cooking contest “Heat of the "
        "Kitchen” after six series, saying he wants to spend more time at his three restaurants."
        "\n\n"
        "The 49-year-old, whose blunt verdicts have made him one of television's most "
        "recognisable judges, broke the news to contestants and crew on Monday.\n\n"
        "The chief executive of Firelight Productions, which makes the show, was full of praise. "
        "“Nico is irreplaceable, so we won't try to replace him. We'll find someone completely "
        "different,” said Harriet Lowe, who hired him in 2019.\n\n"
        "Filming for the new series begins in the spring. Baptiste, meanwhile, is due to open a "
        "fourth restaurant in Harlow Quay in June. He joined the show in 2019 after a decade "
        "running restaurant kitchens abroad.",
        [
            (I, ["he wants to spend more time at his three restaurants"], "Nico Baptiste"),
            (
                D,
                [
                    "Nico is irreplaceable, so we won't try to replace him. We'll find someone "
                    "completely different"
                ],
                "Harriet Lowe",
            ),
        ],
    ),
    (  # 14 rappers' feud: straight quotes, two stage names, single title not speech, "X, 26, wrote
        # on Instagram" after, partial after "dismissing the claim as", silent producer
        "The long-running feud between the rappers Big Tuesday and Lil Mace took another turn on "
        'Sunday, over the beat for Lil Mace\'s new single, "Cold Cash".\n\n'
        "\"Everybody in the studio that night knows whose beat that is. I've got the files, the "
        'dates, everything," Big Tuesday, 26, wrote on Instagram, alongside a photograph of the '
        "two men in happier times.\n\n"
        'Lil Mace hit back within the hour, dismissing the claim as "pure jealousy" and posting '
        "a screenshot of what appeared to be the original project file.\n\n"
        "Their former producer, Kwame Boateng, who worked with both men on their 2022 mixtape, "
        "has so far stayed out of the row. The single has been streamed more than three million "
        "times since its release on Friday.",
        [
            (
                D,
                [
                    "Everybody in the studio that night knows whose beat that is. I've got the "
                    "files, the dates, everything"
                ],
                "Big Tuesday",
            ),
            (P, ["pure jealousy"], "Lil Mace"),
        ],
    ),
    (  # 15 actress's memoir: book title and a scare-quoted “golden age” not speech, partial after
        # "what she calls", "she told X magazine" after, son with the same surname "said he had"
        "At 81, Eleanor Whitcombe has finally written the memoir her fans have waited decades "
        "for. “Curtain Call”, published on Thursday, spans seven decades on stage and screen, "
        "from the so-called “golden age” of television drama to four marriages and what she calls "
        "her “wilderness years” in the 1980s.\n\n"
        "“I wasn't trying to settle scores. Most of the people I might have settled them with are "
        "dead, which rather takes the fun out of it,” she told Glimmer magazine in an interview "
        "to mark publication.\n\n"
        "Her son, the theatre producer Adam Whitcombe, said he had read the manuscript in a "
        "single night and then rung his mother at two in the morning.\n\n"
        "The book is already in its third printing. Whitcombe, who won the Lindqvist Prize twice "
        "in the 1970s, will begin a reading tour in Harrowgate next month.",
        [
            (P, ["wilderness years"], "Eleanor Whitcombe"),
            (
                D,
                [
                    "I wasn't trying to settle scores. Most of the people I might have settled "
                    "them with are dead, which rather takes the fun out of it"
                ],
                "Eleanor Whitcombe",
            ),
            (
                I,
                [
                    "he had read the manuscript in a single night and then rung his mother at two "
                    "in the morning"
                ],
                "Adam Whitcombe",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout62.jsonl"),
        "heldout62",
        "h62",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
