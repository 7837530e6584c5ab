"""Source of the ninety-ninth held-out set: writes heldout99.jsonl (split "heldout99").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, countries and figures invented. The
texts read like international affairs and diplomacy news: summits, sanctions, ceasefire talks,
embassies and consular cases, UN agencies, refugees at borders and elections abroad, with foreign
ministers, ambassadors, UN officials, rebel spokesmen, NGO workers and witnesses quoted, and
organisations and governments speaking as such ("Paris", "the Kremlin", "le Quai d'Orsay",
"Ashbury"), and roles used alone ("le chef de la diplomatie", "the ambassador").
Measured once with 0.3.0, 0.30.0 and 0.31.0 on 2026-12-02, unread when measured (0.30.0 and
0.31.0 the same: docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout99.py
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
    (  # 1 ceasefire talks: UN envoy "a indiqué en fin de journée que" (indirect), then a
        # two-sentence direct + "a-t-il déclaré" (pronoun back to the envoy), rebel spokesman
        # introduced in apposition then direct + "a-t-il lancé"
        "Les délégations du gouvernement kaldave et du Front de libération du Haut-Vérin (FLHV) "
        "se sont retrouvées lundi à Sarnelle pour un troisième cycle de pourparlers sous l'égide "
        "des Nations unies. L'envoyé spécial de l'ONU pour la Kaldavie, Anselme Tchoumi-Baraka, "
        "a indiqué en fin de journée que les deux parties avaient accepté de prolonger de dix "
        "jours la trêve humanitaire entrée en vigueur début novembre.\n\n"
        "«\u00a0Personne ne s'attendait à un miracle. Mais pour la première fois, les deux camps "
        "se sont assis à la même table sans poser de conditions préalables\u00a0», a-t-il déclaré "
        "à l'issue de la séance, dans un hôtel du centre-ville placé sous haute surveillance.\n\n"
        "Le porte-parole du FLHV, Idriss Mbaye-Koné, s'est montré nettement plus réservé. "
        "«\u00a0Nous n'avons rien signé, et nous ne signerons rien tant que l'artillerie "
        "continuera de frapper nos villages\u00a0», a-t-il lancé devant une poignée de "
        "journalistes.\n\n"
        "Les combats, qui opposent depuis le printemps l'armée kaldave aux insurgés dans les "
        "montagnes du nord, ont fait plus de 4\u00a0000 morts et chassé de chez eux quelque "
        "200\u00a0000 habitants. Un quatrième cycle de discussions est prévu en janvier.",
        [
            (
                I,
                [
                    "les deux parties avaient accepté de prolonger de dix jours la trêve "
                    "humanitaire entrée en vigueur début novembre"
                ],
                "Anselme Tchoumi-Baraka",
            ),
            (
                D,
                [
                    "Personne ne s'attendait à un miracle. Mais pour la première fois, les deux "
                    "camps se sont assis à la même table sans poser de conditions préalables"
                ],
                "Anselme Tchoumi-Baraka",
            ),
            (
                D,
                [
                    "Nous n'avons rien signé, et nous ne signerons rien tant que l'artillerie "
                    "continuera de frapper nos villages"
                ],
                "Idriss Mbaye-Koné",
            ),
        ],
    ),
    (  # 2 consular case: "Le Quai d'Orsay a confirmé que" (metonym speaker, article dropped),
        # direct + "a précisé la porte-parole du ministère, Name", partial "a qualifié ces
        # soupçons d'« absurdes »"; "Paris a demandé la libération" (noun object) and "le Quai
        # n'a pas souhaité faire de commentaire" not annotated
        "Le Quai d'Orsay a confirmé mercredi qu'un ressortissant français, Lucien Merval, 34 ans, "
        "était détenu depuis douze jours à Tazrit, la capitale du Baskhar. Cet ingénieur "
        "agronome, employé par une association de développement rural, a été arrêté à un poste "
        "de contrôle alors qu'il rentrait d'une mission dans le sud du pays.\n\n"
        "«\u00a0Nos agents consulaires ont pu lui rendre visite mardi. Il est en bonne santé et a "
        "pu parler brièvement à sa famille\u00a0», a précisé la porte-parole du ministère, Claire "
        "Ventadour, lors du point de presse hebdomadaire.\n\n"
        "Les autorités baskhariotes le soupçonnent d'espionnage au profit d'un pays voisin. Sa "
        "sœur, Agathe Merval, a qualifié ces soupçons d'«\u00a0absurdes\u00a0» dans un message "
        "publié sur les réseaux sociaux, où elle rappelle que son frère travaille dans la région "
        "depuis six ans.\n\n"
        "Paris a demandé la libération immédiate de son ressortissant. Interrogé sur une "
        "éventuelle visite du ministre à Tazrit, le Quai n'a pas souhaité faire de commentaire. "
        "Au moins trois autres Européens sont actuellement détenus au Baskhar.",
        [
            (
                I,
                [
                    "un ressortissant français, Lucien Merval, 34 ans, était détenu depuis douze "
                    "jours à Tazrit, la capitale du Baskhar"
                ],
                "Quai d'Orsay",
            ),
            (
                D,
                [
                    "Nos agents consulaires ont pu lui rendre visite mardi. Il est en bonne santé "
                    "et a pu parler brièvement à sa famille"
                ],
                "Claire Ventadour",
            ),
            (P, ["absurdes"], "Agathe Merval"),
        ],
    ),
    (  # 3 refugees at a border: witness known by first name only ("raconte Samira, une mère
        # de…"), UN official who does not speak in her own sentence, then "Selon elle," (rest of
        # the sentence); the HCR mentioned but not speaking
        "Plus de 12\u00a0000 personnes ont franchi en une semaine la frontière entre la Morénie "
        "et le Valdor, fuyant les combats qui se rapprochent de la ville de Kessa. Au "
        "poste-frontière de Dunaya, les familles attendent parfois deux jours sous des bâches "
        "avant d'être enregistrées par les agents du Haut-Commissariat des Nations unies pour "
        "les réfugiés (HCR).\n\n"
        "«\u00a0On a marché quatre nuits avec les enfants. On n'a plus rien, même pas nos "
        "papiers\u00a0», raconte Samira, une mère de cinq enfants originaire d'un village des "
        "environs de Kessa, assise sur un sac de riz.\n\n"
        "La représentante du HCR au Valdor, Ingeborg Solheim-Diallo, s'est rendue jeudi à "
        "Dunaya. Selon elle, l'agence ne dispose que d'un tiers des fonds nécessaires pour "
        "héberger les nouveaux arrivants pendant l'hiver. Les températures descendent déjà sous "
        "zéro la nuit.\n\n"
        "Le Valdor accueille déjà près de 300\u00a0000 réfugiés moréniens, dont la moitié vivent "
        "dans des camps le long de la frontière.",
        [
            (
                D,
                [
                    "On a marché quatre nuits avec les enfants. On n'a plus rien, même pas nos "
                    "papiers"
                ],
                "Samira",
            ),
            (
                I,
                [
                    "l'agence ne dispose que d'un tiers des fonds nécessaires pour héberger les "
                    "nouveaux arrivants pendant l'hiver"
                ],
                "Ingeborg Solheim-Diallo",
            ),
        ],
    ),
    (  # 4 sanctions package: direct + "a martelé la ministre valdorienne, Name, qui…", then an
        # unattributed continuation after a full stop (second direct, same speaker); partial
        # inside reported speech ("tout en estimant que … « … »") with "Il" for a minister
        # introduced as "Le chef de la diplomatie ostrénienne, Name"
        "Les ministres des Affaires étrangères de la Ligue des États riverains (LER) ont adopté "
        "jeudi à Port-Aubrac un onzième paquet de sanctions contre le régime de Vassili Ordanov, "
        "au pouvoir au Tarkestan depuis 2009. Le gel des avoirs vise désormais 46 "
        "personnalités, dont le gouverneur de la banque centrale et deux fils du président.\n\n"
        "«\u00a0Chaque mois de répression aura désormais un coût\u00a0», a martelé la ministre "
        "valdorienne, Hélène Brassac-Ouédraogo, qui présidait la réunion. «\u00a0Nous ne visons "
        "pas le peuple tarkestanais, mais ceux qui l'empêchent de voter librement.\u00a0»\n\n"
        "L'unanimité n'a été obtenue qu'au bout de neuf heures de discussions. Le chef de la "
        "diplomatie ostrénienne, Pavel Krejmar, a longtemps bloqué le texte. Il a fini par s'y "
        "rallier, tout en estimant que ces mesures risquaient de «\u00a0pousser Ordanov dans les "
        "bras de ses voisins\u00a0».\n\n"
        "Le Tarkestan n'a pas réagi dans l'immédiat. Les précédents paquets de sanctions n'ont "
        "guère entamé l'emprise du régime, qui tire l'essentiel de ses revenus de l'exportation "
        "de gaz.",
        [
            (D, ["Chaque mois de répression aura désormais un coût"], "Hélène Brassac-Ouédraogo"),
            (
                D,
                [
                    "Nous ne visons pas le peuple tarkestanais, mais ceux qui l'empêchent de voter "
                    "librement."
                ],
                "Hélène Brassac-Ouédraogo",
            ),
            (P, ["pousser Ordanov dans les bras de ses voisins"], "Pavel Krejmar"),
        ],
    ),
    (  # 5 ambassador recalled: partial "a jugé cette décision « … »" by a named minister, then
        # "le chef de la diplomatie a ajouté que" (role alone, indirect), direct + "a répliqué à
        # Brenz le porte-parole de la présidence korvane, Name"; the recalled ambassador is
        # mentioned but does not speak, "Paris avait contesté la sincérité" (noun object)
        "La France a rappelé mardi pour consultations son ambassadrice en Korvanie, Mathilde "
        "Aubertin, au lendemain de l'expulsion de deux diplomates français par les autorités de "
        "Brenz. Les deux conseillers avaient rencontré la semaine précédente des responsables de "
        "l'opposition.\n\n"
        "Le ministre des Affaires étrangères, Bertrand Sauvignac, a jugé cette décision "
        "«\u00a0injustifiable et contraire à la convention de Vienne\u00a0». Devant les députés, "
        "le chef de la diplomatie a ajouté que la France se réservait le droit de prendre des "
        "mesures de réciprocité dans les prochains jours.\n\n"
        "«\u00a0La Korvanie est un État souverain. Elle n'a de leçons à recevoir de "
        "personne\u00a0», a répliqué à Brenz le porte-parole de la présidence korvane, Oleg "
        "Varnas.\n\n"
        "Les relations entre les deux pays se sont dégradées depuis la présidentielle korvane de "
        "juin, dont Paris avait contesté la sincérité. Un troisième diplomate, en poste au "
        "consulat de Vaskor, a quitté le pays dimanche de sa propre initiative.",
        [
            (P, ["injustifiable et contraire à la convention de Vienne"], "Bertrand Sauvignac"),
            (
                I,
                [
                    "la France se réservait le droit de prendre des mesures de réciprocité dans "
                    "les prochains jours"
                ],
                "Bertrand Sauvignac",
            ),
            (
                D,
                ["La Korvanie est un État souverain. Elle n'a de leçons à recevoir de personne"],
                "Oleg Varnas",
            ),
        ],
    ),
    (  # 6 election observers: direct before "a affirmé la cheffe de la mission, Name", "Elle
        # a toutefois salué le calme" (noun object, not annotated), "D'après son président,
        # Name," (rest of the sentence); "La commission électorale rejette ces accusations" and
        # the opposition candidate who does not speak are distractors
        "La mission d'observation de l'Organisation pour la démocratie et la coopération (ODC) a "
        "présenté lundi son rapport préliminaire sur le scrutin présidentiel de dimanche au "
        "Santaréo. La commission électorale nationale a proclamé la victoire du président "
        "sortant, Aurelio Banda-Cruz, avec 61\u00a0% des voix.\n\n"
        "«\u00a0Dans plusieurs bureaux de la province de Mbalé, nos équipes ont vu des urnes "
        "arriver déjà remplies\u00a0», a affirmé la cheffe de la mission, Birgitta Lønne-Sarr, "
        "lors d'une conférence de presse à Saint-Amédée, la capitale. Elle a toutefois salué le "
        "calme dans lequel s'est déroulé le vote.\n\n"
        "La commission électorale rejette ces accusations. D'après son président, Fidèle "
        "Ombé-Lusaka, les observateurs n'ont visité que 3\u00a0% des bureaux de vote du pays et "
        "ne peuvent en tirer aucune conclusion générale.\n\n"
        "L'opposant Rémi Kasongo-Telo, arrivé deuxième avec 27\u00a0% des suffrages, ne s'est "
        "pas exprimé depuis dimanche soir. Plusieurs de ses proches ont été interpellés lundi "
        "matin à son domicile.",
        [
            (
                D,
                [
                    "Dans plusieurs bureaux de la province de Mbalé, nos équipes ont vu des urnes "
                    "arriver déjà remplies"
                ],
                "Birgitta Lønne-Sarr",
            ),
            (
                I,
                [
                    "les observateurs n'ont visité que 3\u00a0% des bureaux de vote du pays et ne "
                    "peuvent en tirer aucune conclusion générale"
                ],
                "Fidèle Ombé-Lusaka",
            ),
        ],
    ),
    (  # 7 ceasefire violated: ", d'après le Comité … de la Croix-Verte." after (the part
        # before), rebel spokesman "Joint par téléphone, le porte-parole du MJA, Name" then
        # "a-t-il affirmé", unnamed witness partial after "raconte avoir entendu"; "a rejeté
        # toute responsabilité" (noun object) and the mediator who does not speak
        "Le cessez-le-feu conclu il y a trois semaines dans la province d'Ambrevie a été violé à "
        "plusieurs reprises ce week-end. Des tirs de mortier ont touché samedi matin le marché "
        "de Korogo-Bas, faisant au moins six morts et une vingtaine de blessés, d'après le "
        "Comité ambrevien de la Croix-Verte.\n\n"
        "Joint par téléphone, le porte-parole du Mouvement pour la justice en Ambrevie (MJA), "
        "Ousmane Dicko-Farah, a rejeté toute responsabilité. «\u00a0Nos combattants n'ont pas "
        "tiré une seule balle. C'est l'armée qui cherche un prétexte pour reprendre "
        "l'offensive\u00a0», a-t-il affirmé. L'état-major n'a pas souhaité s'exprimer.\n\n"
        "À l'hôpital de Dabou, où ont été évacués les blessés, un commerçant touché à la jambe "
        "raconte avoir entendu «\u00a0trois sifflements, puis plus rien\u00a0» avant de perdre "
        "connaissance.\n\n"
        "La médiatrice régionale, Aïssatou Berthé-Lamine, qui avait arraché l'accord de trêve en "
        "octobre, est attendue mardi à Dabou.",
        [
            (
                I,
                [
                    "Des tirs de mortier ont touché samedi matin le marché de Korogo-Bas, faisant "
                    "au moins six morts et une vingtaine de blessés"
                ],
                "Comité ambrevien de la Croix-Verte",
            ),
            (
                D,
                [
                    "Nos combattants n'ont pas tiré une seule balle. C'est l'armée qui cherche un "
                    "prétexte pour reprendre l'offensive"
                ],
                "Ousmane Dicko-Farah",
            ),
            (P, ["trois sifflements, puis plus rien"], "commerçant"),
        ],
    ),
    (  # 8 bilateral summit: "a déclaré M. Surname" (second mention), a direct that is a
        # rhetorical question after a colon ("a répondu par une question : « …  ? »"), "Pour
        # l'analyste Name, de X, « … »"; "ont annoncé la réouverture" (noun object)
        "Le président valdorien, Arnaud Castellane, et son homologue morénien, Teodor "
        "Vasilescu-Brandt, se sont rencontrés jeudi à Lisière, sur la rive neutre du lac Amber, "
        "pour leur premier sommet depuis la rupture des relations diplomatiques en 2022. Les deux "
        "dirigeants ont annoncé la réouverture de leurs ambassades d'ici à la fin de l'année.\n\n"
        "«\u00a0Nous avons perdu quatre ans. Nos peuples n'ont que faire de nos "
        "querelles\u00a0», a déclaré M. Castellane lors d'une conférence de presse commune.\n\n"
        "Interrogé sur le sort des quelque 300 prisonniers détenus de part et d'autre, "
        "M. Vasilescu-Brandt a répondu par une question\u00a0: «\u00a0Croyez-vous que nous "
        "serions ici si ce dossier n'avançait pas\u00a0?\u00a0»\n\n"
        "Pour l'analyste Corinne Habib, de l'Institut de Lisière pour la paix, «\u00a0le plus dur "
        "commence maintenant\u00a0». Les deux pays doivent encore s'entendre sur le tracé de leur "
        "frontière commune, à l'origine de la crise.",
        [
            (
                D,
                ["Nous avons perdu quatre ans. Nos peuples n'ont que faire de nos querelles"],
                "Arnaud Castellane",
            ),
            (
                D,
                ["Croyez-vous que nous serions ici si ce dossier n'avançait pas\u00a0?"],
                "Teodor Vasilescu-Brandt",
            ),
            (D, ["le plus dur commence maintenant"], "Corinne Habib"),
        ],
    ),
    (  # 9 Security Council veto: partial "en qualifiant la résolution de « … »", one quote
        # split by the incise "a-t-elle lancé," (two pieces, final period kept), UN official
        # "a précisé qu'un convoi…" (indirect)
        "Le Conseil de sécurité des Nations unies n'est pas parvenu mardi à adopter une "
        "résolution réclamant un accès humanitaire sans entrave à la ville assiégée de Merhal. "
        "Le texte, porté par la Morénie, a recueilli onze voix, mais s'est heurté au veto du "
        "Tarkestan.\n\n"
        "Le représentant permanent tarkestanais, Rustam Ilyasov-Bey, a justifié son vote en "
        "qualifiant la résolution de «\u00a0déséquilibrée\u00a0».\n\n"
        "Son homologue morénienne, Laetitia Obrecht, n'a pas caché sa colère. "
        "«\u00a0Aujourd'hui, un seul pays a décidé que les enfants de Merhal pouvaient attendre, "
        "a-t-elle lancé, mais il leur reste dix jours de vivres.\u00a0»\n\n"
        "Le secrétaire général adjoint aux affaires humanitaires, Kwame Asante-Roux, a précisé "
        "qu'un convoi de quarante camions attendait toujours à la frontière l'autorisation "
        "d'entrer dans la ville. La Morénie envisage désormais de porter le texte devant "
        "l'Assemblée générale.",
        [
            (P, ["déséquilibrée"], "Rustam Ilyasov-Bey"),
            (
                D,
                [
                    "Aujourd'hui, un seul pays a décidé que les enfants de Merhal pouvaient "
                    "attendre",
                    "mais il leur reste dix jours de vivres.",
                ],
                "Laetitia Obrecht",
            ),
            (
                I,
                [
                    "un convoi de quarante camions attendait toujours à la frontière "
                    "l'autorisation d'entrer dans la ville"
                ],
                "Kwame Asante-Roux",
            ),
        ],
    ),
    (  # 10 freed aid worker: "a-t-elle dit" (pronoun, the minister present but silent),
        # direct + "a écrit l'ONG Terres Partagées" (generic noun dropped), "Paris a assuré
        # qu'aucune…" (capital as speaker), book title « Les Routes du sel » not speech
        "Libérée après 211 jours de captivité dans le nord du Valdor, l'humanitaire française "
        "Noémie Castagnet est arrivée samedi soir à la base aérienne de Saint-Roch, où "
        "l'attendaient ses parents et le ministre des Affaires étrangères, Julien "
        "Marsac-Ndiaye.\n\n"
        "«\u00a0Je pensais à vous chaque jour. Merci de ne pas m'avoir oubliée\u00a0», a-t-elle "
        "dit, la voix brisée, aux journalistes massés sur le tarmac.\n\n"
        "La jeune femme, âgée de 31 ans, avait été enlevée en mai avec son chauffeur, libéré deux "
        "semaines plus tard. «\u00a0Nous remercions tous ceux qui ont œuvré dans l'ombre pendant "
        "ces sept mois\u00a0», a écrit l'ONG Terres Partagées, pour laquelle elle coordonnait un "
        "programme d'accès à l'eau.\n\n"
        "Paris a assuré dimanche qu'aucune rançon n'avait été versée aux ravisseurs. Auteure en "
        "2021 d'un récit de ses missions, «\u00a0Les Routes du sel\u00a0», Noémie Castagnet doit "
        "être entendue lundi par les enquêteurs.",
        [
            (
                D,
                ["Je pensais à vous chaque jour. Merci de ne pas m'avoir oubliée"],
                "Noémie Castagnet",
            ),
            (
                D,
                ["Nous remercions tous ceux qui ont œuvré dans l'ombre pendant ces sept mois"],
                "Terres Partagées",
            ),
            (I, ["aucune rançon n'avait été versée aux ravisseurs"], "Paris"),
        ],
    ),
    (  # 11 migrants stuck at a border: direct + "témoigne Name, coordinateur de…", "Il affirme
        # avoir soigné…" (pronoun, infinitive clause), "selon lesquels" not a source, witness
        # named by first name then colon + direct with final period kept
        "Au poste-frontière de Vel-Ardan, entre le Tarkestan et l'Ostrénie, plusieurs centaines "
        "de personnes sont bloquées depuis dimanche dans un no man's land balayé par le vent. "
        "Les gardes-frontières ostréniens refusent de les laisser passer, en invoquant un accord "
        "de réadmission signé en 2019.\n\n"
        "«\u00a0Il fait moins cinq la nuit. Nous avons distribué toutes nos couvertures en deux "
        "heures\u00a0», témoigne Lucas Fernandès, coordinateur de l'association Secours Nomade "
        "sur place. Il affirme avoir soigné une dizaine d'enfants pour des gelures depuis "
        "lundi.\n\n"
        "Des témoignages recueillis par l'association, selon lesquels des gardes auraient lâché "
        "des chiens sur des migrants, n'ont pas pu être vérifiés de manière indépendante. Le "
        "ministère ostrénien de l'Intérieur n'a pas répondu à nos sollicitations.\n\n"
        "Farid, un étudiant tarkestanais de 19 ans emmitouflé dans une couverture de survie, "
        "résume\u00a0: «\u00a0Je ne retournerai pas en arrière. Là-bas, on m'attend en "
        "prison.\u00a0»",
        [
            (
                D,
                [
                    "Il fait moins cinq la nuit. Nous avons distribué toutes nos couvertures en "
                    "deux heures"
                ],
                "Lucas Fernandès",
            ),
            (
                I,
                ["avoir soigné une dizaine d'enfants pour des gelures depuis lundi"],
                "Lucas Fernandès",
            ),
            (
                D,
                ["Je ne retournerai pas en arrière. Là-bas, on m'attend en prison."],
                "Farid",
            ),
        ],
    ),
    (  # 12 student visas stuck at a consulate: typographic apostrophes, « » with plain
        # spaces, direct + "explique Name, 23 ans, admise en…", "Contacté, l'ambassadeur du
        # Valdor au Santaréo, Name, a indiqué que" (indirect)
        "Près de 2\u00a0000 étudiants santaréens admis dans des universités valdoriennes "
        "attendent toujours leur visa, à trois semaines de la rentrée. Certains dossiers sont "
        "bloqués depuis avril au consulat général du Valdor à Saint-Amédée, qui a suspendu en "
        "juillet la prise de rendez-vous en ligne.\n\n"
        "Mardi, une cinquantaine d’étudiants ont observé un sit-in devant le bâtiment. « J’ai "
        "payé un loyer à Marvejac depuis juillet pour un appartement où je n’ai jamais dormi », "
        "explique Awa Diop-Lemoine, 23 ans, admise en master de droit international.\n\n"
        "Contacté, l’ambassadeur du Valdor au Santaréo, Gérald Montferrand, a indiqué que 600 "
        "visas seraient délivrés d’ici à la fin de la semaine. Des agents supplémentaires ont "
        "été dépêchés de Lisière pour traiter les demandes en retard.\n\n"
        "Les universités valdoriennes ont accepté de repousser au 15 octobre la date limite "
        "d’inscription pour les étudiants concernés.",
        [
            (
                D,
                [
                    "J’ai payé un loyer à Marvejac depuis juillet pour un appartement où je n’ai "
                    "jamais dormi"
                ],
                "Awa Diop-Lemoine",
            ),
            (
                I,
                ["600 visas seraient délivrés d’ici à la fin de la semaine"],
                "Gérald Montferrand",
            ),
        ],
    ),
    (  # 13 minister on the radio: essay title « La Table et le Canon » not speech, a quote
        # continued over two paragraphs (one span each) with "a-t-elle martelé" at the end,
        # partial "a dénoncé une « … »", "La ministre a par ailleurs confirmé qu'elle…" (role
        # alone, indirect)
        "Invitée jeudi matin de Radio Lisière, la ministre des Affaires étrangères du Valdor, "
        "Sophie Delacourt-Mbemba, a défendu la reprise du dialogue avec le Tarkestan, vivement "
        "critiquée par l'opposition. Auteure il y a dix ans d'un essai remarqué, «\u00a0La Table "
        "et le Canon\u00a0», l'ancienne diplomate a longtemps plaidé pour la négociation avec les "
        "régimes autoritaires.\n\n"
        "«\u00a0Parler n'est pas approuver. On ne négocie pas la paix avec ses amis, on la "
        "négocie avec ceux contre qui on se bat.\n\n"
        "«\u00a0Si nous attendons que le régime change de nature pour lui parler, nous attendrons "
        "longtemps, et ce sont les civils qui paieront\u00a0», a-t-elle martelé.\n\n"
        "Le député d'opposition Marc-Antoine Lefeuvre a dénoncé sur les réseaux sociaux une "
        "«\u00a0capitulation déguisée\u00a0». La ministre a par ailleurs confirmé qu'elle se "
        "rendrait début janvier à Ordabad, la capitale tarkestanaise, pour préparer un échange "
        "de prisonniers.",
        [
            (
                D,
                [
                    "Parler n'est pas approuver. On ne négocie pas la paix avec ses amis, on la "
                    "négocie avec ceux contre qui on se bat.",
                    "Si nous attendons que le régime change de nature pour lui parler, nous "
                    "attendrons longtemps, et ce sont les civils qui paieront",
                ],
                "Sophie Delacourt-Mbemba",
            ),
            (P, ["capitulation déguisée"], "Marc-Antoine Lefeuvre"),
            (
                I,
                [
                    "elle se rendrait début janvier à Ordabad, la capitale tarkestanaise, pour "
                    "préparer un échange de prisonniers"
                ],
                "Sophie Delacourt-Mbemba",
            ),
        ],
    ),
    (  # 14 famine warning: narrow no-break spaces, indirect with the cue after ("…, a averti
        # mardi le Programme … (PNUSA)"), "l'agence" then direct + "a résumé son directeur
        # régional, Name"
        "Près de 800\u202f000 personnes sont menacées de famine dans le sud du Santaréo, a "
        "averti mardi le Programme des Nations unies pour la sécurité alimentaire (PNUSA). Faute "
        "de financements, l'agence a dû réduire de moitié les rations distribuées dans ses camps "
        "depuis le mois d'octobre.\n\n"
        "«\u202fNous sommes obligés de choisir entre nourrir les enfants aujourd'hui et les "
        "nourrir le mois prochain\u202f», a résumé son directeur régional, Baptiste "
        "Ngoma-Ferreira, de retour d'une tournée dans les camps de la province de Lemba.\n\n"
        "La sécheresse, la troisième en cinq ans, a détruit l'essentiel des récoltes de sorgho. "
        "Dans le camp de Lemba-Centre, des familles entières vivent d'une bouillie par jour. Une "
        "conférence des donateurs est prévue le 12 décembre à Port-Aubrac, mais les promesses "
        "faites l'an dernier n'ont été honorées qu'à 40\u202f%.",
        [
            (
                I,
                ["Près de 800\u202f000 personnes sont menacées de famine dans le sud du Santaréo"],
                "Programme des Nations unies pour la sécurité alimentaire",
            ),
            (
                D,
                [
                    "Nous sommes obligés de choisir entre nourrir les enfants aujourd'hui et les "
                    "nourrir le mois prochain"
                ],
                "Baptiste Ngoma-Ferreira",
            ),
        ],
    ),
    (  # 15 prisoner exchange: direct + "a commenté sur place le médiateur qasraynien, Name",
        # partial inside reported speech ("a raconté qu'il avait « … »") by "Sa femme, Name",
        # "Côté tarkestanais, Ordabad a assuré que" (capital as speaker), hearsay conditional
        # with no source not annotated
        "Quarante-deux prisonniers ont été échangés dimanche entre la Morénie et le Tarkestan "
        "sur le pont de Svetla, à la frontière entre les deux pays, au terme de quatre mois de "
        "médiation menée par le sultanat de Qasrayn.\n\n"
        "«\u00a0C'est une petite victoire, mais elle prouve que le canal fonctionne\u00a0», a "
        "commenté sur place le médiateur qasraynien, Khalid Al-Mansouri, qui fait la navette "
        "entre les deux capitales depuis l'été.\n\n"
        "Parmi les libérés figure le journaliste morénien Piotr Danilenko, détenu depuis mars "
        "2023. Sa femme, Oksana Danilenko, qui l'attendait de l'autre côté du pont, a raconté "
        "qu'il avait «\u00a0beaucoup maigri\u00a0» mais n'avait rien perdu de son humour.\n\n"
        "Côté tarkestanais, Ordabad a assuré que d'autres libérations suivraient avant la fin "
        "de l'hiver. Plus de 1\u00a0500 prisonniers seraient encore détenus de part et d'autre.",
        [
            (
                D,
                ["C'est une petite victoire, mais elle prouve que le canal fonctionne"],
                "Khalid Al-Mansouri",
            ),
            (P, ["beaucoup maigri"], "Oksana Danilenko"),
            (I, ["d'autres libérations suivraient avant la fin de l'hiver"], "Ordabad"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 collapsed peace talks: indirect with the cue after ("…, the United Nations said"),
        # "The UN envoy, Name, remained defiant" then "she told reporters" and an unattributed
        # continuation after a full stop (two directs), unnamed spokesman for a rebel group
        # with a partial inside "saying its delegation had"
        "Talks aimed at ending the eleven-month war in the Korran highlands collapsed on Thursday "
        "after government negotiators walked out of the venue in Port Elsby, the United Nations "
        "said. The two sides had been discussing a prisoner exchange and the withdrawal of heavy "
        "weapons from the front line.\n\n"
        "The UN envoy, Margarethe Ekwueme-Voss, remained defiant. “We have been here before, and "
        "we came back from it,” she told reporters outside the conference hall. “Nobody walks "
        "away from a ceasefire forever.”\n\n"
        "A spokesman for the Korran People's Front, the main rebel group, blamed the government "
        "for the breakdown, saying its delegation had “no mandate to negotiate anything”.\n\n"
        "The government has not explained the walkout. The envoy is expected to brief the "
        "Security Council on Monday. More than 9,000 people have been killed since the fighting "
        "began in January.",
        [
            (
                I,
                [
                    "Talks aimed at ending the eleven-month war in the Korran highlands collapsed "
                    "on Thursday after government negotiators walked out of the venue in Port Elsby"
                ],
                "United Nations",
            ),
            (
                D,
                ["We have been here before, and we came back from it"],
                "Margarethe Ekwueme-Voss",
            ),
            (D, ["Nobody walks away from a ceasefire forever."], "Margarethe Ekwueme-Voss"),
            (P, ["no mandate to negotiate anything"], "Korran People's Front"),
        ],
    ),
    (  # 2 sanctions: minister introduced with "Foreign Secretary Name announced the package"
        # (noun object), direct with a colon inside + "Penhaligon told MPs" (surname only),
        # embassy as speaker after a direct
        "Sorrenland imposed sanctions on Monday on 23 Dravonian officials and four state-owned "
        "shipping companies over their role in supplying weapons to militias in neighbouring "
        "Kestania. The measures include asset freezes and travel bans, and extend to the family "
        "members of six senior officers.\n\n"
        "Foreign Secretary Alistair Penhaligon announced the package in a statement to "
        "parliament, flanked by the defence secretary. “The message to the regime in Vell is "
        "simple: if you arm militias, you will pay for it,” Penhaligon told MPs.\n\n"
        "“This is theatre for a domestic audience,” the Dravonian embassy said in a statement "
        "posted on social media shortly afterwards.\n\n"
        "Dravonia has been under an international arms embargo since 2021. Sorrenland's previous "
        "round of sanctions, announced in the spring, targeted the country's defence ministry "
        "and two banks.",
        [
            (
                D,
                [
                    "The message to the regime in Vell is simple: if you arm militias, you will "
                    "pay for it"
                ],
                "Alistair Penhaligon",
            ),
            (D, ["This is theatre for a domestic audience"], "Dravonian embassy"),
        ],
    ),
    (  # 3 consular case: "Name, the mother of …, said on Sunday the family had…" (indirect,
        # no "that"), three-clause direct + "Mrs Surname said, holding up…"; the detainee
        # and the authorities mentioned but not speaking
        "Grace Okonkwo, the mother of Daniel Okonkwo-Reyes, a 29-year-old teacher from Halvet "
        "who has been detained in Mirenza for five weeks, said on Sunday the family had still "
        "not been told what he was accused of.\n\n"
        "“He went there to teach English to children. He is not a spy, he is not a criminal, he "
        "is my son,” Mrs Okonkwo said, holding up a photograph of him at a press conference in "
        "the Halvetian capital.\n\n"
        "Consular staff have visited Mr Okonkwo-Reyes twice in the prison in Sera, where he "
        "shares a cell with eleven other inmates. Mirenzan authorities have not commented on the "
        "case, and no date has been set for a hearing.",
        [
            (
                I,
                ["the family had still not been told what he was accused of"],
                "Grace Okonkwo",
            ),
            (
                D,
                [
                    "He went there to teach English to children. He is not a spy, he is not a "
                    "criminal, he is my son"
                ],
                "Grace Okonkwo",
            ),
        ],
    ),
    (  # 4 regional summit: "…, diplomats said." (unnamed plural, cue after), scare-quoted
        # word “invasion” with no speaker, colon + direct by "The host, Prime Minister Name",
        # "The Kremlin … said the outcome showed that “…”" (partial only), a reporter's question
        # in indirect form (not annotated), direct containing a question + "she said"
        "Leaders of the nine-member Coastal Nations Forum ended their summit in Marlow Bay on "
        "Saturday without agreeing on a joint statement on the war in Kestania, diplomats said. "
        "Two delegations objected to a paragraph describing the conflict as an “invasion”.\n\n"
        "The host, Prime Minister Eileen Carrow-Baptiste, put a brave face on it: “We agreed on "
        "more than the headlines will tell you.”\n\n"
        "The Kremlin, which had sent an observer to the summit, said the outcome showed that "
        "“the era of one-sided declarations is over”.\n\n"
        "Asked at the closing press conference whether the meeting had been a failure, "
        "Carrow-Baptiste paused. “A failure? No. A disappointment, yes,” she said. The forum's "
        "next summit is due to take place in Port Aurin in 2028.",
        [
            (
                I,
                [
                    "Leaders of the nine-member Coastal Nations Forum ended their summit in Marlow "
                    "Bay on Saturday without agreeing on a joint statement on the war in Kestania"
                ],
                "diplomats",
            ),
            (
                D,
                ["We agreed on more than the headlines will tell you."],
                "Eileen Carrow-Baptiste",
            ),
            (P, ["the era of one-sided declarations is over"], "Kremlin"),
            (D, ["A failure? No. A disappointment, yes"], "Eileen Carrow-Baptiste"),
        ],
    ),
    (  # 5 migrants in a lorry: "Police … said on Tuesday that" (unnamed group), direct +
        # "said Name, a volunteer with the charity X who…", "Investigators believe" (not
        # speech), partial "described … as “…”" by "The regional director of X, Name"
        "Police in the border town of Ruskin Ford said on Tuesday that 14 people, including six "
        "children, had been found in the back of a refrigerated lorry, two of them unconscious. "
        "The driver, a 51-year-old man, was arrested at the scene. Investigators believe the "
        "group had crossed from Taviria three days earlier.\n\n"
        "“When we opened the doors, the cold hit us first, then the silence,” said Joseph "
        "Amankwah, a volunteer with the charity Open Roads who was called to the scene by "
        "officers. The two unconscious passengers were flown to hospital in Kelham and are in a "
        "stable condition.\n\n"
        "The regional director of the International Refugee Office, Halima Sesay-Brandt, "
        "described the border policies of neighbouring states as “a wall of closed doors” that "
        "pushes families into the hands of smugglers. Nearly 200 people have died trying to "
        "cross the region's borders this year.",
        [
            (
                I,
                [
                    "14 people, including six children, had been found in the back of a "
                    "refrigerated lorry, two of them unconscious"
                ],
                "police",
            ),
            (
                D,
                ["When we opened the doors, the cold hit us first, then the silence"],
                "Joseph Amankwah",
            ),
            (P, ["a wall of closed doors"], "Halima Sesay-Brandt"),
        ],
    ),
    (  # 6 diaspora vote: two-sentence direct + "said Name, 34, an engineer who…", "The
        # Velmoran embassy said" (no "that"), "Polling stations … reported similar queues"
        # (noun object), partial after "calling them" by "The opposition candidate, Name"
        "Thousands of Velmoran citizens queued for hours outside their country's embassy in "
        "Ashbury on Sunday to vote in the presidential run-off, some of them arriving before "
        "dawn with flasks of coffee and folding chairs.\n\n"
        "“I drove six hours with my two sisters. This vote is the only thing we can still do for "
        "our country,” said Tomasz Velic, 34, an engineer who left Velmora four years ago.\n\n"
        "The Velmoran embassy said 11,400 ballots had been cast by the time polls closed, three "
        "times as many as in the first round. Polling stations in four other cities reported "
        "similar queues.\n\n"
        "The opposition candidate, Irena Koszal, thanked voters abroad in a video message, "
        "calling them “the conscience of the nation”. Results are expected on Tuesday.",
        [
            (
                D,
                [
                    "I drove six hours with my two sisters. This vote is the only thing we can "
                    "still do for our country"
                ],
                "Tomasz Velic",
            ),
            (
                I,
                [
                    "11,400 ballots had been cast by the time polls closed, three times as many "
                    "as in the first round"
                ],
                "Velmoran embassy",
            ),
            (P, ["the conscience of the nation"], "Irena Koszal"),
        ],
    ),
    (  # 7 besieged city: "…, according to the UN Office for Humanitarian Coordination." (the
        # part before), official introduced in a non-speech sentence then "he said on Friday";
        # "Residents … described queues" (noun object) and a dead mayor not speaking
        "Aid convoys have been unable to reach the besieged city of Harun Dar for 17 days, "
        "according to the UN Office for Humanitarian Coordination. The city's last functioning "
        "hospital is running its generators for only four hours a day to save fuel.\n\n"
        "The office's head of operations, Rashid Benali-Okoro, spent most of the week "
        "negotiating with armed groups at checkpoints on the road from the coast. “Every day we "
        "wait, we lose more people. I do not know how else to say it,” he said on Friday after "
        "returning empty-handed.\n\n"
        "Residents reached by phone described queues for bread stretching for hundreds of "
        "metres. The city's mayor, Yusuf Karaman, was killed in an airstrike in October, and the "
        "council has not met since.",
        [
            (
                I,
                [
                    "Aid convoys have been unable to reach the besieged city of Harun Dar for 17 "
                    "days"
                ],
                "UN Office for Humanitarian Coordination",
            ),
            (
                D,
                ["Every day we wait, we lose more people. I do not know how else to say it"],
                "Rashid Benali-Okoro",
            ),
        ],
    ),
    (  # 8 embassy closure: direct + "Ambassador Name said" (rank dropped), "The ambassador
        # added that the embassy would reopen “…”" (role alone, partial only), unnamed
        # "a government spokesman" speaking for the Kestanian government
        "Sorrenland closed its embassy in the Kestanian capital, Drey, on Friday and began "
        "evacuating its remaining diplomats, as rebel forces advanced to within 30 kilometres of "
        "the city.\n\n"
        "“The safety of our staff has to come first. This is not a decision we took lightly,” "
        "Ambassador Caroline Hext-Mayo said in a video message recorded at the airport. The "
        "ambassador added that the embassy would reopen “the moment it is safe to do so”.\n\n"
        "About 300 Sorrenland nationals are still believed to be in the country, most of them "
        "dual citizens.\n\n"
        "The Kestanian government, which insists the capital is secure, reacted angrily. “There "
        "is no reason for anyone to leave Drey. Foreign governments are spreading panic,” a "
        "government spokesman said.",
        [
            (
                D,
                [
                    "The safety of our staff has to come first. This is not a decision we took "
                    "lightly"
                ],
                "Caroline Hext-Mayo",
            ),
            (P, ["the moment it is safe to do so"], "Caroline Hext-Mayo"),
            (
                D,
                [
                    "There is no reason for anyone to leave Drey. Foreign governments are "
                    "spreading panic"
                ],
                "Kestanian government",
            ),
        ],
    ),
    (  # 9 peace deal: "the movement's spokesman, Name, said the fighters would…" (indirect),
        # "he said." then a new quotation continued over the next paragraph (a second direct
        # with one span per paragraph); "Human rights groups have criticised an amnesty clause"
        # (noun object)
        "Rebels in the Ostrel delta signed a peace agreement with the government of Mirenza on "
        "Wednesday, ending a 14-year insurgency that killed an estimated 60,000 people. The "
        "deal, brokered by neighbouring Halvet, provides for the disarmament of 8,000 fighters "
        "and a share of oil revenues for the delta's provinces.\n\n"
        "Speaking by phone from the rebel stronghold of Kivo, the movement's spokesman, Emmanuel "
        "Dabo-Lutz, said the fighters would hand in their weapons within 90 days.\n\n"
        "“We are not surrendering. We are choosing another road,” he said. “Our children have "
        "never known a single year without war.\n\n"
        "“If this peace fails, it will not be because of us.”\n\n"
        "Human rights groups have criticised an amnesty clause in the deal, which covers crimes "
        "committed by both sides before 2024.",
        [
            (
                I,
                ["the fighters would hand in their weapons within 90 days"],
                "Emmanuel Dabo-Lutz",
            ),
            (
                D,
                ["We are not surrendering. We are choosing another road"],
                "Emmanuel Dabo-Lutz",
            ),
            (
                D,
                [
                    "Our children have never known a single year without war.",
                    "If this peace fails, it will not be because of us.",
                ],
                "Emmanuel Dabo-Lutz",
            ),
        ],
    ),
    (  # 10 minister resigns: magazine title in “ ” not speech, partial inside "he said he
        # had “…”" (pronoun), "Prime Minister Name accepted … and said his deputy, Name,
        # would…" (indirect), direct + "said Name, Taviria's ambassador in Mirenza"
        "Mirenza's foreign minister, Paolo Straniero-Watts, resigned on Monday after the leak of "
        "a recording in which he appeared to mock the country's closest ally, Taviria. The "
        "recording, made at a private dinner in March, was first reported by the weekly "
        "magazine “The Meridian Review”.\n\n"
        "In a letter to the prime minister, he said he had “made a serious error of judgement” "
        "and apologised to the Taviran people.\n\n"
        "Prime Minister Ana Beltrão-Kim accepted the resignation and said his deputy, Luca "
        "Ferri, would take over on an interim basis.\n\n"
        "“We consider the matter closed,” said Henrik Solvang, Taviria's ambassador in Mirenza, "
        "whose government had summoned Mirenza's envoy on Friday.",
        [
            (P, ["made a serious error of judgement"], "Paolo Straniero-Watts"),
            (
                I,
                ["his deputy, Luca Ferri, would take over on an interim basis"],
                "Ana Beltrão-Kim",
            ),
            (D, ["We consider the matter closed"], "Henrik Solvang"),
        ],
    ),
    (  # 11 aid workers killed: long indirect with the cue after ("…, the organisation said"
        # → the charity), direct + "said Name, the charity's operations director", an unnamed
        # villager introduced in a non-speech sentence then "he said"; denials with noun object
        "Three aid workers from the medical charity Frontline Care were killed on Saturday when "
        "their clearly marked vehicle was hit by a drone near the town of Beshir, in northern "
        "Taviria, the organisation said.\n\n"
        "“They were driving a vaccine cold box to a clinic. The logo was on the roof,” said "
        "Nadia Aziz-Holm, the charity's operations director, who had worked with two of the "
        "victims for a decade.\n\n"
        "One villager saw the strike from his field. “It circled for several minutes before it "
        "fired. Everyone could hear it,” he said.\n\n"
        "Both the Taviran army and the rebel Northern Alliance denied responsibility. Frontline "
        "Care has suspended its operations in the region, leaving around 40,000 people without "
        "access to a doctor.",
        [
            (
                I,
                [
                    "Three aid workers from the medical charity Frontline Care were killed on "
                    "Saturday when their clearly marked vehicle was hit by a drone near the town "
                    "of Beshir, in northern Taviria"
                ],
                "Frontline Care",
            ),
            (
                D,
                ["They were driving a vaccine cold box to a clinic. The logo was on the roof"],
                "Nadia Aziz-Holm",
            ),
            (
                D,
                ["It circled for several minutes before it fired. Everyone could hear it"],
                "villager",
            ),
        ],
    ),
    (  # 12 schools under fire: "…, the UN Children's Relief Agency (UNCRA) said on Wednesday"
        # (cue after), one quote split by "said Dr Name, the agency's executive director," (two
        # pieces), ministry speaking "said in a statement:" + direct with final period
        "At least 40 schools in the Drey region of Kestania have been damaged or destroyed since "
        "August, the UN Children's Relief Agency (UNCRA) said on Wednesday. More than 18,000 "
        "pupils have had no lessons since the start of the school year.\n\n"
        "“Schools are not targets,” said Dr Obi Nwachukwu-Laine, the agency's executive "
        "director, “and children are not collateral damage.”\n\n"
        "The report, compiled from satellite images and interviews with teachers, does not "
        "attribute responsibility for the attacks. The Kestanian defence ministry said in a "
        "statement: “Our forces do not target civilian infrastructure.”\n\n"
        "UNCRA plans to open 60 temporary learning centres in tents before the end of January.",
        [
            (
                I,
                [
                    "At least 40 schools in the Drey region of Kestania have been damaged or "
                    "destroyed since August"
                ],
                "UN Children's Relief Agency",
            ),
            (
                D,
                ["Schools are not targets", "and children are not collateral damage."],
                "Obi Nwachukwu-Laine",
            ),
            (
                D,
                ["Our forces do not target civilian infrastructure."],
                "Kestanian defence ministry",
            ),
        ],
    ),
    (  # 13 foreign ministers meet: "Name, was cautious:" + two-sentence direct, "Her
        # Dravonian counterpart, Name, said the two countries would…" (indirect), reporter's
        # question (not annotated) then "the Dravonian minister" (role alone) + "he said",
        # scare quotes “Tollmere thaw” with no speaker
        "The foreign ministers of Halvet and Dravonia met in the border city of Tollmere on "
        "Thursday for their first talks in six years, agreeing to restore direct flights and "
        "reopen two crossing points by the spring.\n\n"
        "Halvet's foreign minister, Ingrid Holt-Mensah, was cautious: “One meeting does not undo "
        "six years of silence. But it is a start.”\n\n"
        "Her Dravonian counterpart, Viktor Saranov, said the two countries would set up a joint "
        "commission on the disputed Esk river.\n\n"
        "Asked by a reporter whether full normalisation was on the table, the Dravonian minister "
        "smiled. “Let us not run before we can walk,” he said. The so-called “Tollmere thaw” has "
        "been welcomed by business groups on both sides of the border.",
        [
            (
                D,
                ["One meeting does not undo six years of silence. But it is a start."],
                "Ingrid Holt-Mensah",
            ),
            (
                I,
                ["the two countries would set up a joint commission on the disputed Esk river"],
                "Viktor Saranov",
            ),
            (D, ["Let us not run before we can walk"], "Viktor Saranov"),
        ],
    ),
    (  # 14 war crimes trial: "Prosecutor Name told the judges that the accused, Name, had
        # “…”" (partial only, rank dropped), the accused who does not speak, direct + "his
        # lawyer, Name, told the court", unnamed "the witness said"
        "A former militia commander went on trial on Monday at the International Criminal "
        "Tribunal in Haverdam, accused of ordering the killing of 212 civilians in the village "
        "of Sarak in 2019.\n\n"
        "Prosecutor Amira Delacroix-Kane told the judges that the accused, Bogdan Rusev, had "
        "“personally chosen who would live and who would die”. Rusev, who wore a grey suit and "
        "took notes throughout, has pleaded not guilty.\n\n"
        "“The prosecution's case rests on witnesses who were coached by activists,” his lawyer, "
        "Martin Quayle, told the court.\n\n"
        "The first witness, whose name was withheld for her safety, testified from behind a "
        "screen. “They took my father and my brothers to the school. I heard the shots from the "
        "river,” the witness said. The trial is expected to last at least eight months.",
        [
            (P, ["personally chosen who would live and who would die"], "Amira Delacroix-Kane"),
            (
                D,
                ["The prosecution's case rests on witnesses who were coached by activists"],
                "Martin Quayle",
            ),
            (
                D,
                [
                    "They took my father and my brothers to the school. I heard the shots from "
                    "the river"
                ],
                "witness",
            ),
        ],
    ),
    (  # 15 evacuation by sea: three-sentence direct + "said Name, a nurse from X who…",
        # capital as speaker ("Ashbury said a second ship would…", introduced as "Ashbury, the
        # Sorrenland capital")
        "A ferry carrying 1,150 foreign nationals evacuated from the besieged port of Qadir "
        "docked in Marlow Bay late on Tuesday after a 30-hour crossing. Many of the passengers "
        "had spent days waiting at the harbour with no shelter.\n\n"
        "“My kids slept on the deck under a tarpaulin. Nobody complained. We were just happy to "
        "be out,” said Leila Haddadin, a nurse from Glenport who had worked in Qadir for eight "
        "years.\n\n"
        "The operation was organised from Ashbury, the Sorrenland capital, with the help of two "
        "neighbouring states. Ashbury said a second ship would leave Qadir on Friday, weather "
        "permitting.",
        [
            (
                D,
                [
                    "My kids slept on the deck under a tarpaulin. Nobody complained. We were just "
                    "happy to be out"
                ],
                "Leila Haddadin",
            ),
            (I, ["a second ship would leave Qadir on Friday, weather permitting"], "Ashbury"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout99.jsonl"),
        "heldout99",
        "h99",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
