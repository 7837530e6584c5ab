"""Source of the ninety-third held-out set: writes heldout93.jsonl (split "heldout93").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
culture, arts and media news: festivals, museums, cinema and publishing, broadcasters and
newspapers, press freedom and heritage sites, with artists, directors, curators, ministers of
culture, union reps and spectators quoted.
Measured once with 0.29.0 and 0.30.0 on 2026-12-02, unread when measured (the same output:
docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout93.py
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
    (  # 1 film festival award: film titles in « » not speech, partial after "a salué" by
        # "L'actrice X, qui présidait le jury", direct + "a lancé Name en recevant…", incise
        # "a ajouté la réalisatrice" (role alone) splitting one quote, final period kept
        "Le film «\u00a0Les Heures blanches\u00a0», de la réalisatrice Maëlys Kerbrat, a remporté "
        "samedi soir le Grand Prix du 41e Festival international du film de Ronchamps-sur-Loire. "
        "L'actrice Hortense Valadier, qui présidait le jury, a salué «\u00a0une œuvre d'une rare "
        "justesse\u00a0» sur les derniers mois d'un ouvrier agricole du Haut-Cantal.\n\n"
        "«\u00a0Je dédie ce prix aux quatorze techniciens qui ont travaillé sans être payés "
        "pendant deux mois\u00a0», a lancé Maëlys Kerbrat en recevant son trophée, la voix "
        "étranglée par l'émotion.\n\n"
        "Tourné en seize jours dans une ferme isolée avec un budget de 420\u00a0000 euros, le film "
        "n'a pas encore trouvé de distributeur en France. Une sortie en salles est envisagée au "
        "printemps. «\u00a0Les petits films, a ajouté la réalisatrice, sont ceux qui prennent le "
        "plus de risques, et ce sont eux qu'on aide le moins.\u00a0»\n\n"
        "Le palmarès a également distingué le Roumain Andrei Stoica, prix de la mise en scène "
        "pour «\u00a0Le Pont de sel\u00a0».",
        [
            (P, ["une œuvre d'une rare justesse"], "Hortense Valadier"),
            (
                D,
                [
                    "Je dédie ce prix aux quatorze techniciens qui ont travaillé sans être payés "
                    "pendant deux mois"
                ],
                "Maëlys Kerbrat",
            ),
            (
                D,
                [
                    "Les petits films",
                    "sont ceux qui prennent le plus de risques, et ce sont eux qu'on aide le "
                    "moins.",
                ],
                "Maëlys Kerbrat",
            ),
        ],
    ),
    (  # 2 museum strike: "Le syndicat Unité Culture a annoncé que" (generic noun dropped),
        # two-sentence direct + "explique Name, agent … et délégué syndical"; the director is
        # mentioned but does not speak ("n'a pas souhaité s'exprimer")
        "Les visiteurs du musée des Beaux-Arts de Castelrives ont trouvé porte close mercredi, "
        "pour le troisième jour consécutif. Le syndicat Unité Culture a annoncé que la grève des "
        "agents d'accueil et de surveillance serait reconduite au moins jusqu'à dimanche.\n\n"
        "Les grévistes réclament le remplacement de onze postes supprimés depuis 2022. "
        "«\u00a0On nous demande d'ouvrir six salles de plus avec quatre personnes de moins. À un "
        "moment, la sécurité des œuvres n'est plus assurée\u00a0», explique Farid Lemaire-Soto, "
        "agent de surveillance depuis dix-neuf ans et délégué syndical.\n\n"
        "Chaque jour de fermeture prive le musée d'environ 9\u00a0000 euros de recettes de "
        "billetterie. Son directeur, Gaspard Hennequin, n'a pas souhaité s'exprimer. La question "
        "des effectifs relève de la municipalité, qui doit recevoir les grévistes vendredi.\n\n"
        "L'exposition consacrée au peintre Jules Armantier, qui devait ouvrir le 12, pourrait "
        "être reportée. Quelque 1\u00a0800 billets ont déjà été vendus.",
        [
            (
                I,
                [
                    "la grève des agents d'accueil et de surveillance serait reconduite au moins "
                    "jusqu'à dimanche"
                ],
                "Unité Culture",
            ),
            (
                D,
                [
                    "On nous demande d'ouvrir six salles de plus avec quatre personnes de moins. "
                    "À un moment, la sécurité des œuvres n'est plus assurée"
                ],
                "Farid Lemaire-Soto",
            ),
        ],
    ),
    (  # 3 journalist in custody: newspaper name without quotes, direct + "a-t-elle déclaré"
        # (pronoun back to the journalist), partial "a dénoncé une «…»" followed by a noun
        # object ("annoncé le dépôt d'une plainte", not annotated), "L'association X a jugé
        # dans un communiqué que", prosecutor declining to comment
        "La journaliste Clémence Aubertin, du quotidien régional La Gazette de l'Adour, a été "
        "placée en garde à vue pendant onze heures mardi à Tarbes, dans le cadre d'une enquête sur "
        "la fuite d'un rapport d'inspection visant un abattoir. Les enquêteurs voulaient connaître "
        "l'identité de ses sources.\n\n"
        "«\u00a0Je n'ai rien dit et je ne dirai rien. Protéger une source, ce n'est pas un "
        "privilège, c'est la condition même de notre métier\u00a0», a-t-elle déclaré à sa sortie "
        "du commissariat, devant une cinquantaine de confrères venus la soutenir.\n\n"
        "Le rédacteur en chef du journal, Bertrand Oyarzabal, a dénoncé une «\u00a0tentative "
        "d'intimidation\u00a0» et annoncé le dépôt d'une plainte.\n\n"
        "L'association Presse sans entraves a jugé dans un communiqué que cette garde à vue "
        "constituait une violation manifeste de la loi sur le secret des sources. Le parquet de "
        "Tarbes n'a pas souhaité faire de commentaire.",
        [
            (
                D,
                [
                    "Je n'ai rien dit et je ne dirai rien. Protéger une source, ce n'est pas un "
                    "privilège, c'est la condition même de notre métier"
                ],
                "Clémence Aubertin",
            ),
            (P, ["tentative d'intimidation"], "Bertrand Oyarzabal"),
            (
                I,
                [
                    "cette garde à vue constituait une violation manifeste de la loi sur le secret "
                    "des sources"
                ],
                "Presse sans entraves",
            ),
        ],
    ),
    (  # 4 culture budget: direct + "a assuré la ministre" (role alone), journalist's own
        # question after a colon (not a quote), partial "a qualifié ce budget de «…»", the
        # union "redoute" with a noun object (not annotated), direct + "tranche son secrétaire
        # général, Name" (apposition after a possessive)
        "La ministre de la Culture, Véronique Lestrade-Mbaye, a présenté jeudi devant la "
        "commission des affaires culturelles de l'Assemblée nationale un budget en baisse de "
        "4,2\u00a0% pour l'an prochain. Les crédits consacrés au spectacle vivant reculent de 38 "
        "millions d'euros.\n\n"
        "«\u00a0Personne ne sera laissé au bord du chemin. Les festivals les plus fragiles "
        "bénéficieront d'un fonds d'urgence de 12 millions\u00a0», a assuré la ministre face aux "
        "députés.\n\n"
        "Reste une question\u00a0: comment maintenir l'offre culturelle dans les zones rurales "
        "avec moins de moyens\u00a0? La députée Anne-Sophie Guérec, rapporteure pour avis, a "
        "qualifié ce budget de «\u00a0renoncement\u00a0».\n\n"
        "Du côté des professionnels, l'inquiétude domine. Le Syndicat national des scènes "
        "indépendantes, qui fédère 340 salles, redoute des fermetures en série. «\u00a0On nous "
        "parle de fonds d'urgence, mais nous avons besoin de visibilité, pas de rustines\u00a0», "
        "tranche son secrétaire général, Hugo Delacourt.",
        [
            (
                D,
                [
                    "Personne ne sera laissé au bord du chemin. Les festivals les plus fragiles "
                    "bénéficieront d'un fonds d'urgence de 12 millions"
                ],
                "Véronique Lestrade-Mbaye",
            ),
            (P, ["renoncement"], "Anne-Sophie Guérec"),
            (
                D,
                [
                    "On nous parle de fonds d'urgence, mais nous avons besoin de visibilité, pas "
                    "de rustines"
                ],
                "Hugo Delacourt",
            ),
        ],
    ),
    (  # 5 UNESCO listing: "Selon le maire, Name," (rest of the sentence), direct + "a réagi
        # M. Surname" (no-break space after M.), then a new paragraph opening a fresh quote
        # after a closed one whose attribution ended its sentence (second direct, same speaker)
        "Le village fortifié de Montescaut, dans l'Aveyron, a été inscrit dimanche sur la liste "
        "du patrimoine mondial de l'Unesco, lors de la session annuelle du comité. Selon le "
        "maire, Lucien Castagné, la candidature avait été préparée pendant quatorze ans par une "
        "poignée de bénévoles.\n\n"
        "«\u00a0Quand nous avons commencé, on nous prenait pour des rêveurs. Aujourd'hui, ce sont "
        "212 habitants qui ont gagné leur pari\u00a0», a réagi M.\u00a0Castagné, joint par "
        "téléphone.\n\n"
        "«\u00a0Il va maintenant falloir apprendre à accueillir du monde sans perdre notre "
        "âme.\u00a0»\n\n"
        "La fréquentation pourrait doubler dès l'été prochain. Certains habitants redoutent déjà "
        "les embouteillages dans les ruelles, où deux voitures peinent à se croiser, et la "
        "multiplication des locations saisonnières.",
        [
            (
                I,
                [
                    "la candidature avait été préparée pendant quatorze ans par une poignée de "
                    "bénévoles"
                ],
                "Lucien Castagné",
            ),
            (
                D,
                [
                    "Quand nous avons commencé, on nous prenait pour des rêveurs. Aujourd'hui, ce "
                    "sont 212 habitants qui ont gagné leur pari"
                ],
                "Lucien Castagné",
            ),
            (
                D,
                ["Il va maintenant falloir apprendre à accueillir du monde sans perdre notre âme."],
                "Lucien Castagné",
            ),
        ],
    ),
    (  # 6 literary prize: novel title in « » not speech, incise "a confié le romancier de 34
        # ans" splitting a two-sentence quote, direct + "se souvient son éditrice, Name",
        # "L'intéressé a annoncé que" (l'intéressé = the author)
        "Le prix des Lecteurs de l'Estuaire a été attribué mardi à Ousmane Diakhaté-Roux pour son "
        "deuxième roman, «\u00a0La Nuit des salines\u00a0», publié aux éditions du Héron cendré. "
        "Le livre, tiré à 3\u00a0000 exemplaires en août, en est déjà à son cinquième "
        "tirage.\n\n"
        "«\u00a0J'ai écrit ce livre la nuit, a confié le romancier de 34 ans, après mes journées "
        "dans un entrepôt de logistique. Je ne pensais pas qu'il trouverait plus de cent "
        "lecteurs.\u00a0»\n\n"
        "«\u00a0Le manuscrit est arrivé par la poste, sans même une lettre. Je l'ai lu d'une "
        "traite, dans le train\u00a0», se souvient son éditrice, Camille Ferrandi.\n\n"
        "Le jury, composé de quarante lecteurs tirés au sort dans les bibliothèques de la région, "
        "a délibéré pendant plus de cinq heures. L'intéressé a annoncé qu'il reverserait la "
        "moitié de la dotation de 10\u00a0000 euros à une association d'aide à la lecture en "
        "prison.",
        [
            (
                D,
                [
                    "J'ai écrit ce livre la nuit",
                    "après mes journées dans un entrepôt de logistique. Je ne pensais pas qu'il "
                    "trouverait plus de cent lecteurs.",
                ],
                "Ousmane Diakhaté-Roux",
            ),
            (
                D,
                [
                    "Le manuscrit est arrivé par la poste, sans même une lettre. Je l'ai lu d'une "
                    "traite, dans le train"
                ],
                "Camille Ferrandi",
            ),
            (
                I,
                [
                    "il reverserait la moitié de la dotation de 10\u00a0000 euros à une "
                    "association d'aide à la lecture en prison"
                ],
                "Ousmane Diakhaté-Roux",
            ),
        ],
    ),
    (  # 7 public radio programme axed: "a confirmé la suppression de" + programme title in
        # « » (noun object, not annotated), partial by an unnamed group ("les journalistes
        # dénoncent un «…»"), union delegate with a colon before a two-sentence direct,
        # "Interrogé par notre journal, le directeur des programmes, Name, assure que"
        "La direction de Radio Hexagone a confirmé lundi la suppression, à la fin de la saison, "
        "de «\u00a0Carnets du monde\u00a0», le magazine de grands reportages diffusé le dimanche "
        "matin depuis 1998. L'émission réunissait chaque semaine près de 900\u00a0000 "
        "auditeurs.\n\n"
        "La décision a provoqué la colère de la rédaction. Dans une motion adoptée à 87\u00a0%, "
        "les journalistes dénoncent un «\u00a0appauvrissement délibéré\u00a0» de l'antenne.\n\n"
        "Le délégué du Syndicat des journalistes de l'audiovisuel, Romain Achterberg, ne décolère "
        "pas\u00a0: «\u00a0On supprime le seul programme où un reporter pouvait passer trois "
        "semaines sur un sujet. C'est tout le sens du service public qui s'en va.\u00a0»\n\n"
        "Interrogé par notre journal, le directeur des programmes, Alexis Montfaucon, assure que "
        "les moyens seront redéployés vers des formats plus courts, destinés notamment aux "
        "plateformes. La fin de l'émission doit être actée lors du conseil d'administration du "
        "18 décembre.",
        [
            (P, ["appauvrissement délibéré"], "journalistes"),
            (
                D,
                [
                    "On supprime le seul programme où un reporter pouvait passer trois semaines "
                    "sur un sujet. C'est tout le sens du service public qui s'en va."
                ],
                "Romain Achterberg",
            ),
            (
                I,
                [
                    "les moyens seront redéployés vers des formats plus courts, destinés "
                    "notamment aux plateformes"
                ],
                "Alexis Montfaucon",
            ),
        ],
    ),
    (  # 8 cinema reopens: film title in « » not speech, unnamed spectator ("souffle une
        # spectatrice de 72 ans"), "D'après l'exploitant, Name," (rest of the sentence),
        # incise "reconnaît-il" splitting one quote
        "Fermé depuis l'incendie de 2023, le cinéma Le Rialto de Saint-Véran-les-Eaux a rouvert "
        "ses portes vendredi soir. Plus de 400 spectateurs se sont pressés pour la première "
        "séance, une projection des «\u00a0Enfants du quai\u00a0», un classique tourné dans la "
        "ville en 1958 et choisi par vote des habitants.\n\n"
        "«\u00a0C'est ici que j'ai vu mon premier film, en 1961. Je n'aurais jamais cru y "
        "revenir\u00a0», souffle une spectatrice de 72 ans, venue avec ses petits-enfants.\n\n"
        "Les travaux ont coûté 2,3 millions d'euros, financés pour moitié par la commune. D'après "
        "l'exploitant, Nicolas Ferreira-Blanc, la salle doit atteindre 45\u00a0000 entrées par an "
        "pour être à l'équilibre. «\u00a0Ce sera serré, reconnaît-il, mais les habitants nous ont "
        "prouvé qu'ils tenaient à leur cinéma.\u00a0»\n\n"
        "La programmation mêlera films récents, classiques et séances pour les écoles. Une "
        "association de bénévoles, les Amis du Rialto, assurera l'accueil le week-end.",
        [
            (
                D,
                [
                    "C'est ici que j'ai vu mon premier film, en 1961. Je n'aurais jamais cru y "
                    "revenir"
                ],
                "spectatrice",
            ),
            (
                I,
                ["la salle doit atteindre 45\u00a0000 entrées par an pour être à l'équilibre"],
                "Nicolas Ferreira-Blanc",
            ),
            (
                D,
                [
                    "Ce sera serré",
                    "mais les habitants nous ont prouvé qu'ils tenaient à leur cinéma.",
                ],
                "Nicolas Ferreira-Blanc",
            ),
        ],
    ),
    (  # 9 street-arts festival cancelled: prefecture decision without a speech verb (not
        # annotated), partial "Les organisateurs se disent «…»" (unnamed group), direct +
        # "s'indigne la directrice artistique, Name", intention phrase "a fait part de sa
        # volonté de" by "Le maire de X, Name"
        "Le festival des arts de la rue de Brévanne, qui devait accueillir 120 compagnies du 4 au "
        "7 juillet, n'aura pas lieu cette année. La préfecture n'a pas délivré l'autorisation "
        "nécessaire, le site des anciens chantiers navals étant jugé trop exposé en cas "
        "d'orage.\n\n"
        "Les organisateurs se disent «\u00a0sidérés\u00a0». «\u00a0Nous avons déposé notre "
        "dossier en janvier. On nous répond à trois semaines de l'ouverture, alors que les billets "
        "sont vendus et les compagnies engagées\u00a0», s'indigne la directrice artistique, Solène "
        "Marchetti-Dorval.\n\n"
        "Pour les artistes, le coup est rude\u00a0: beaucoup avaient conçu des spectacles "
        "spécialement pour les quais et les hangars du site.\n\n"
        "Le maire de Brévanne, Pierre-Yves Lagadec, a fait part de sa volonté de trouver un site "
        "de repli avant la fin de la semaine, peut-être dans le parc du château.",
        [
            (P, ["sidérés"], "organisateurs"),
            (
                D,
                [
                    "Nous avons déposé notre dossier en janvier. On nous répond à trois semaines "
                    "de l'ouverture, alors que les billets sont vendus et les compagnies engagées"
                ],
                "Solène Marchetti-Dorval",
            ),
            (
                I,
                [
                    "trouver un site de repli avant la fin de la semaine, peut-être dans le parc "
                    "du château"
                ],
                "Pierre-Yves Lagadec",
            ),
        ],
    ),
    (  # 10 art theft: indirect with the cue after ("…, a indiqué le procureur de la
        # République, Name"), direct + "a-t-il souligné" (pronoun), partial "a évoqué une «…»"
        # by "La conservatrice du musée, Name"
        "Deux petites huiles sur bois du peintre flamand Adriaen Vossaert ont été dérobées dans la "
        "nuit de samedi à dimanche au musée Dupuy-Mestre de Lorvan. Les voleurs seraient entrés "
        "par une verrière du toit, a indiqué le procureur de la République, Mathieu "
        "Garcin-Lhermitte, lors d'un point presse.\n\n"
        "«\u00a0Ce sont des gens qui savaient exactement ce qu'ils venaient chercher. Ils n'ont "
        "touché à rien d'autre\u00a0», a-t-il souligné.\n\n"
        "La conservatrice du musée, Anouk Verhaegen, a évoqué une «\u00a0perte immense\u00a0» "
        "pour la collection, constituée grâce au legs d'un industriel local en 1904. Les deux "
        "panneaux étaient estimés ensemble à 1,6 million d'euros.\n\n"
        "L'Office central de lutte contre le trafic des biens culturels a été saisi de l'enquête. "
        "Les images des caméras de surveillance sont en cours d'analyse.",
        [
            (
                I,
                ["Les voleurs seraient entrés par une verrière du toit"],
                "Mathieu Garcin-Lhermitte",
            ),
            (
                D,
                [
                    "Ce sont des gens qui savaient exactement ce qu'ils venaient chercher. Ils "
                    "n'ont touché à rien d'autre"
                ],
                "Mathieu Garcin-Lhermitte",
            ),
            (P, ["perte immense"], "Anouk Verhaegen"),
        ],
    ),
    (  # 11 newspaper closure: "a annoncé aux salariés la fermeture" (noun object, not
        # annotated), direct with a colon inside + "a expliqué le président du groupe, Name",
        # colon before a quote left open at the end of its paragraph and continued in the next
        # (one quote, one span per paragraph), unnamed group "Les élus du personnel"
        "Le quotidien Le Courrier des Ardennes paraîtra pour la dernière fois le 31 décembre, "
        "après 143 ans d'existence. Le groupe Médiapresse, son propriétaire depuis 2011, a "
        "annoncé mardi aux 64 salariés la fermeture du titre, dont la diffusion est tombée sous "
        "les 9\u00a0000 exemplaires.\n\n"
        "«\u00a0Nous avons tout essayé\u00a0: la nouvelle formule, le numérique, les abonnements "
        "groupés. Le lectorat n'a pas suivi\u00a0», a expliqué le président du groupe, Jean-Marc "
        "Sorlin, dans un message vidéo.\n\n"
        "Dans la salle de rédaction, l'émotion était palpable. Sylvie Brunetti, secrétaire de "
        "rédaction depuis trente et un ans, a fait le compte\u00a0: «\u00a0J'ai connu quatre "
        "rédacteurs en chef, deux déménagements et trois plans sociaux. Celui-là, on ne s'en "
        "relèvera pas.\n\n"
        "«\u00a0Ce qui me fait le plus mal, c'est pour les lecteurs des villages, qui n'auront "
        "plus personne pour raconter leur vie.\u00a0»\n\n"
        "Les élus du personnel ont indiqué qu'ils demanderaient une expertise des comptes du "
        "groupe.",
        [
            (
                D,
                [
                    "Nous avons tout essayé\u00a0: la nouvelle formule, le numérique, les "
                    "abonnements groupés. Le lectorat n'a pas suivi"
                ],
                "Jean-Marc Sorlin",
            ),
            (
                D,
                [
                    "J'ai connu quatre rédacteurs en chef, deux déménagements et trois plans "
                    "sociaux. Celui-là, on ne s'en relèvera pas.",
                    "Ce qui me fait le plus mal, c'est pour les lecteurs des villages, qui "
                    "n'auront plus personne pour raconter leur vie.",
                ],
                "Sylvie Brunetti",
            ),
            (I, ["ils demanderaient une expertise des comptes du groupe"], "élus du personnel"),
        ],
    ),
    (  # 12 music festival heatwave: ", selon les organisateurs." after (the part before),
        # rescue figures without a speech verb (not annotated), direct + "a déclaré à l'AFP le
        # directeur du festival, Name" (particle-like "Le Goff"), spectator with a first name
        # only and an apposition, "a demandé un bilan" (noun object, not annotated)
        "Le festival Les Nuits de Kerhallec a battu son record de fréquentation ce week-end, avec "
        "186\u00a0000 festivaliers en quatre jours, selon les organisateurs. La canicule a "
        "toutefois compliqué cette édition\u00a0: les secours ont pris en charge 312 personnes, "
        "pour la plupart victimes de malaises liés à la chaleur.\n\n"
        "«\u00a0On a distribué 40\u00a0000 litres d'eau gratuite et installé des brumisateurs "
        "partout, mais on ne contrôle pas la météo\u00a0», a déclaré à l'AFP le directeur du "
        "festival, Erwan Le Goff-Diallo.\n\n"
        "Sur le camping, l'ambiance restait joyeuse. «\u00a0Il faisait 38 degrés devant la grande "
        "scène, c'était dur. Mais je reviendrai l'an prochain, c'est sûr\u00a0», assure Inès, une "
        "étudiante rennaise de 21 ans.\n\n"
        "La préfecture a demandé aux organisateurs un bilan détaillé des secours avant la "
        "prochaine édition.",
        [
            (
                I,
                [
                    "Le festival Les Nuits de Kerhallec a battu son record de fréquentation ce "
                    "week-end, avec 186\u00a0000 festivaliers en quatre jours"
                ],
                "organisateurs",
            ),
            (
                D,
                [
                    "On a distribué 40\u00a0000 litres d'eau gratuite et installé des brumisateurs "
                    "partout, mais on ne contrôle pas la météo"
                ],
                "Erwan Le Goff-Diallo",
            ),
            (
                D,
                [
                    "Il faisait 38 degrés devant la grande scène, c'était dur. Mais je reviendrai "
                    "l'an prochain, c'est sûr"
                ],
                "Inès",
            ),
        ],
    ),
    (  # 13 documentary pulled: documentary title in « » not speech, partial "a dénoncé une
        # «…»" by "Le réalisateur, Name", "invoque des raisons" (noun object) and "selon
        # lesquels" (not a source), direct + "a justifié le maire, Name", direct + "rétorque
        # M. Surname, dont …"
        "La projection du documentaire «\u00a0Les Eaux noires\u00a0», consacré à la pollution "
        "d'une rivière par une usine chimique, a été annulée jeudi par la mairie de "
        "Vernouillet-sur-Sarthe, quelques heures avant la séance. Le réalisateur, Thibault "
        "Nkemelu, a dénoncé une «\u00a0censure qui ne dit pas son nom\u00a0».\n\n"
        "La municipalité invoque des raisons de sécurité, après la publication sur les réseaux "
        "sociaux de messages selon lesquels des militants comptaient perturber la soirée. "
        "«\u00a0Nous avons reçu des informations sérieuses. Je ne pouvais pas prendre le risque "
        "d'un affrontement dans une salle municipale\u00a0», a justifié le maire, Régis "
        "Chaumont-Delval.\n\n"
        "«\u00a0Ce qui dérange, ce n'est pas la sécurité, c'est le sujet\u00a0», rétorque "
        "M.\u00a0Nkemelu, dont le film a déjà été montré dans onze villes sans le moindre "
        "incident.\n\n"
        "Une projection en plein air est envisagée samedi devant la mairie par l'association "
        "Rivière vivante.",
        [
            (P, ["censure qui ne dit pas son nom"], "Thibault Nkemelu"),
            (
                D,
                [
                    "Nous avons reçu des informations sérieuses. Je ne pouvais pas prendre le "
                    "risque d'un affrontement dans une salle municipale"
                ],
                "Régis Chaumont-Delval",
            ),
            (
                D,
                ["Ce qui dérange, ce n'est pas la sécurité, c'est le sujet"],
                "Thibault Nkemelu",
            ),
        ],
    ),
    (  # 14 Roman mosaic: indirect with the cue after ("…, a annoncé lundi le service régional
        # de l'archéologie"), "Elle" = the mosaic (no speech), direct + "s'enthousiasme Name,
        # responsable du chantier"; the developer is mentioned but does not speak
        "Une mosaïque romaine de près de 60 mètres carrés a été mise au jour sous un ancien "
        "parking du centre de Vaison-Mirabel, a annoncé lundi le service régional de "
        "l'archéologie. Elle ornait sans doute la salle de réception d'une riche demeure du IIe "
        "siècle.\n\n"
        "«\u00a0L'état de conservation est exceptionnel. On distingue encore les dauphins, les "
        "coquillages et même les ombres portées des poissons\u00a0», s'enthousiasme Laure "
        "Tchakarian, responsable du chantier. Son équipe, une quinzaine d'archéologues, dispose de "
        "six semaines pour achever la fouille.\n\n"
        "Le promoteur prévoyait de construire 48 logements sur la parcelle. Le chantier "
        "immobilier est suspendu jusqu'à la fin des fouilles, et la mosaïque devrait être déposée "
        "puis exposée au musée archéologique de la ville.",
        [
            (
                I,
                [
                    "Une mosaïque romaine de près de 60 mètres carrés a été mise au jour sous un "
                    "ancien parking du centre de Vaison-Mirabel"
                ],
                "service régional de l'archéologie",
            ),
            (
                D,
                [
                    "L'état de conservation est exceptionnel. On distingue encore les dauphins, "
                    "les coquillages et même les ombres portées des poissons"
                ],
                "Laure Tchakarian",
            ),
        ],
    ),
    (  # 15 broadcasting regulator: "Selon le régulateur," (role noun for the organisation
        # named before), "La chaîne conteste ces chiffres" (noun object), direct + "a répondu sa
        # directrice générale, Name", "Pour le sociologue des médias Name, «…»" (direct)
        "Le Conseil supérieur des médias a mis en demeure mercredi la chaîne d'information Canal "
        "Horizon pour manquements répétés à son obligation de pluralisme. Selon le régulateur, "
        "les responsables d'un même parti ont occupé 41\u00a0% du temps de parole politique sur "
        "l'antenne au cours des trois derniers mois.\n\n"
        "La chaîne conteste ces chiffres. «\u00a0Nous invitons toutes les sensibilités, mais "
        "certaines déclinent systématiquement nos invitations\u00a0», a répondu sa directrice "
        "générale, Agathe Sorel-Bianchi, sur son propre plateau.\n\n"
        "Pour le sociologue des médias Damien Kowalczyk, «\u00a0la mise en demeure reste une "
        "sanction surtout symbolique tant qu'aucune amende n'est prononcée\u00a0». La chaîne "
        "dispose de deux mois pour se mettre en conformité.",
        [
            (
                I,
                [
                    "les responsables d'un même parti ont occupé 41\u00a0% du temps de parole "
                    "politique sur l'antenne au cours des trois derniers mois"
                ],
                "Conseil supérieur des médias",
            ),
            (
                D,
                [
                    "Nous invitons toutes les sensibilités, mais certaines déclinent "
                    "systématiquement nos invitations"
                ],
                "Agathe Sorel-Bianchi",
            ),
            (
                D,
                [
                    "la mise en demeure reste une sanction surtout symbolique tant qu'aucune "
                    "amende n'est prononcée"
                ],
                "Damien Kowalczyk",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 documentary award: film title in “ ” not speech, one quote split by "Surname said
        # as she accepted the award," (two pieces), partial "called the film “…”" by "The jury
        # president, the actor Name" + "praised its editing" (noun object), "The festival said"
        # (generic noun for the festival named earlier)
        "The documentary “Salt and Iron”, about a family of shipbreakers in a fading port town, "
        "won the Golden Lantern at the Harrowgate International Film Festival on Saturday night. "
        "Its director, Nadia Okonjo-Reyes, spent four years filming the Mwangi family as their "
        "yard struggled to stay open.\n\n"
        "“I almost gave up three times,” Okonjo-Reyes said as she accepted the award, “and every "
        "time the family talked me out of it.”\n\n"
        "The jury president, the actor Henrik Mosgaard, called the film “a quiet masterpiece "
        "about work and dignity” and praised its editing.\n\n"
        "The festival said attendance had risen 12% to 94,000 this year, a record, helped by a "
        "new programme of free outdoor screenings on the harbour front. The film will be released "
        "in cinemas in March.",
        [
            (
                D,
                [
                    "I almost gave up three times",
                    "and every time the family talked me out of it.",
                ],
                "Nadia Okonjo-Reyes",
            ),
            (P, ["a quiet masterpiece about work and dignity"], "Henrik Mosgaard"),
            (
                I,
                [
                    "attendance had risen 12% to 94,000 this year, a record, helped by a new "
                    "programme of free outdoor screenings on the harbour front"
                ],
                "Harrowgate International Film Festival",
            ),
        ],
    ),
    (  # 2 restitution of masks: two-sentence direct + "said the museum's director, Name, at …",
        # "Tamaru's culture minister, Name, who …, said" (apposition + relative clause before
        # the verb), direct + "Mr Surname said" (title without a period)
        "The Ashcombe Museum of World Cultures is to return 23 carved masks to the Republic of "
        "Tamaru, more than a century after they were taken by a British colonial expedition.\n\n"
        "“These objects were removed by force. Keeping them in a glass case in London was no "
        "longer defensible,” said the museum's director, Fiona Blackwood-Adu, at a ceremony on "
        "Tuesday attended by diplomats and members of the Tamaru community in Britain.\n\n"
        "Tamaru's culture minister, Kwabena Asante-Mills, who travelled to London for the "
        "announcement, said the masks would go on display in a new national museum under "
        "construction in the capital, Port Lenoir.\n\n"
        "“For my grandmother's generation, these masks were not art. They were ancestors,” Mr "
        "Asante-Mills said. The museum holds around 1,100 other objects from the region, and a "
        "review of their provenance is under way.",
        [
            (
                D,
                [
                    "These objects were removed by force. Keeping them in a glass case in London "
                    "was no longer defensible"
                ],
                "Fiona Blackwood-Adu",
            ),
            (
                I,
                [
                    "the masks would go on display in a new national museum under construction in "
                    "the capital, Port Lenoir"
                ],
                "Kwabena Asante-Mills",
            ),
            (
                D,
                ["For my grandmother's generation, these masks were not art. They were ancestors"],
                "Kwabena Asante-Mills",
            ),
        ],
    ),
    (  # 3 journalist jailed: newspaper "is expected to appeal" (no speech verb), direct +
        # "the paper's editor, Name, told reporters", partial "described the verdict as “…”"
        # with a colon inside by an organisation, "A government spokesman, Name, said" with two
        # coordinated clauses
        "A court in Varnesia sentenced the investigative journalist Tomas Riedel to four years in "
        "prison on Thursday for spreading false information, a charge frequently brought against "
        "critics of the government.\n\n"
        "Riedel, 41, had reported on public contracts awarded to companies linked to the interior "
        "minister's family. His newspaper, the Morning Ledger, is expected to appeal.\n\n"
        "“Tomas did his job, and he did it carefully. Every document we published was checked "
        "three times,” the paper's editor, Ana Volkova, told reporters outside the "
        "courthouse.\n\n"
        "The Committee for a Free Press described the verdict as “a message to every journalist "
        "in the country: stay quiet or go to prison”.\n\n"
        "A government spokesman, Piotr Halas, said the courts were independent and the case had "
        "nothing to do with Riedel's work as a reporter.",
        [
            (
                D,
                [
                    "Tomas did his job, and he did it carefully. Every document we published was "
                    "checked three times"
                ],
                "Ana Volkova",
            ),
            (
                P,
                ["a message to every journalist in the country: stay quiet or go to prison"],
                "Committee for a Free Press",
            ),
            (
                I,
                [
                    "the courts were independent and the case had nothing to do with Riedel's "
                    "work as a reporter"
                ],
                "Piotr Halas",
            ),
        ],
    ),
    (  # 4 broadcaster job cuts: indirect with the cue after ("…, its director general, Name,
        # told staff"), partial inside "wrote that" (only the partial), union "is to ballot"
        # (no speech), direct + "said Name, the union's national officer", then an unattributed
        # continuation after a full stop (second direct, same speaker)
        "The National Broadcasting Corporation will cut 450 jobs and close two of its regional "
        "radio stations over the next 18 months, its director general, Laurence Whitfield, told "
        "staff on Monday.\n\n"
        "In an email seen by this newspaper, Whitfield wrote that the corporation faced “a funding "
        "gap we can no longer bridge with small savings”. The Media and Entertainment Workers' "
        "Union is to ballot its members on strike action.\n\n"
        "“Local radio is often the only place people hear about their council, their hospital, "
        "their roads,” said Bethan Pryce, the union's national officer. “Close it, and those "
        "communities simply disappear from the news.”\n\n"
        "Listeners in the affected areas have launched a petition, which had gathered 38,000 "
        "signatures by Tuesday evening.",
        [
            (
                I,
                [
                    "The National Broadcasting Corporation will cut 450 jobs and close two of its "
                    "regional radio stations over the next 18 months"
                ],
                "Laurence Whitfield",
            ),
            (P, ["a funding gap we can no longer bridge with small savings"], "Laurence Whitfield"),
            (
                D,
                [
                    "Local radio is often the only place people hear about their council, their "
                    "hospital, their roads"
                ],
                "Bethan Pryce",
            ),
            (
                D,
                ["Close it, and those communities simply disappear from the news."],
                "Bethan Pryce",
            ),
        ],
    ),
    (  # 5 book removed from school libraries: indirect with the cue after ("…, district
        # officials confirmed") containing a book title in “ ”, direct + "she said" (pronoun
        # back to the author), direct + "said its founder, Name" (possessive for the group),
        # journalist's own question (not a quote)
        "A school district in Millbrook County has removed the novel “The Lantern Keepers” from "
        "its middle-school libraries after complaints from a group of parents, district officials "
        "confirmed on Wednesday.\n\n"
        "The book's author, Marisol Quintero-Hayes, learned of the decision from a teacher. “I "
        "wrote it for thirteen-year-olds who feel alone. Those are exactly the readers who are now "
        "being told it is not for them,” she said.\n\n"
        "The complaints were led by a group called Families for Age-Appropriate Reading. “Parents "
        "have the right to know what their children are reading, and to say no,” said its "
        "founder, Carla Winthrop.\n\n"
        "Will the novel return to the shelves? The district's review committee is due to meet in "
        "January. Meanwhile, sales of the book have tripled.",
        [
            (
                I,
                [
                    "A school district in Millbrook County has removed the novel “The Lantern "
                    "Keepers” from its middle-school libraries after complaints from a group of "
                    "parents"
                ],
                "district officials",
            ),
            (
                D,
                [
                    "I wrote it for thirteen-year-olds who feel alone. Those are exactly the "
                    "readers who are now being told it is not for them"
                ],
                "Marisol Quintero-Hayes",
            ),
            (
                D,
                ["Parents have the right to know what their children are reading, and to say no"],
                "Carla Winthrop",
            ),
        ],
    ),
    (  # 6 theatre closes: play title containing "Mrs" in “ ” not speech, direct + "said Name,
        # 63, holding up …" (age apposition), "The theatre's artistic director, Name, said"
        "The curtain came down for the last time on Sunday at the Alder Street Playhouse, the "
        "620-seat theatre that has staged plays in the town centre since 1911. The building has "
        "been sold to a developer, who plans to turn it into a hotel.\n\n"
        "Hundreds of people gathered outside after the final performance, a revival of the comedy "
        "“Mrs Pellow's Lodgers”.\n\n"
        "“My parents had their first date in the balcony. I've brought their programme from "
        "1958,” said Gareth Lindqvist, 63, holding up a yellowed booklet.\n\n"
        "The theatre's artistic director, Joan Pemberton-Shaw, said the company would keep "
        "performing in schools and church halls while it looked for a new home. A crowdfunding "
        "appeal launched last month has raised £140,000.",
        [
            (
                D,
                [
                    "My parents had their first date in the balcony. I've brought their programme "
                    "from 1958"
                ],
                "Gareth Lindqvist",
            ),
            (
                I,
                [
                    "the company would keep performing in schools and church halls while it looked "
                    "for a new home"
                ],
                "Joan Pemberton-Shaw",
            ),
        ],
    ),
    (  # 7 orchestra strike: unnamed group "The players' committee said", colon after "put it
        # bluntly" before a two-sentence direct by "Principal cellist Name" (role before the
        # name, no comma), "apologised to" (no reported clause, not annotated)
        "Musicians of the Northfield Philharmonic walked out on Friday evening, minutes before a "
        "sold-out performance of Mahler's Fifth Symphony, in the first strike in the orchestra's "
        "96-year history.\n\n"
        "The players' committee said management had offered a pay rise of 1.5%, well below "
        "inflation, while cutting paid rehearsal time by a fifth.\n\n"
        "Principal cellist Agnieszka Wróbel put it bluntly: “We are not asking to be rich. We are "
        "asking to be able to live in the city we play for.”\n\n"
        "The orchestra's chief executive, Malcolm Treadwell, apologised to the 1,900 ticket "
        "holders, who will be offered full refunds. Talks are due to resume on Wednesday.",
        [
            (
                I,
                [
                    "management had offered a pay rise of 1.5%, well below inflation, while "
                    "cutting paid rehearsal time by a fifth"
                ],
                "players' committee",
            ),
            (
                D,
                [
                    "We are not asking to be rich. We are asking to be able to live in the city we "
                    "play for."
                ],
                "Agnieszka Wróbel",
            ),
        ],
    ),
    (  # 8 wildfire at a mission: indirect with the cue after ("…, fire officials said"),
        # direct + "said Name, who lives in the village", direct + "she said" (pronoun back to
        # the caretaker introduced in the previous sentence)
        "A wildfire that swept through the hills above Santa Reina on Tuesday night destroyed the "
        "roof and bell tower of the 17th-century San Lucan mission, one of the oldest buildings "
        "in the region, fire officials said.\n\n"
        "Volunteers managed to save the chapel's painted altarpiece and most of its statues "
        "before the flames reached the nave. “We formed a human chain and passed the statues from "
        "hand to hand while the roof was burning above us,” said Rafael Montoya-Cruz, who lives "
        "in the village.\n\n"
        "The mission's caretaker, Lucía Ibarra, a nun who has lived there for thirty years, "
        "watched the fire from the road. “The walls are still standing. That is where we start,” "
        "she said.",
        [
            (
                I,
                [
                    "A wildfire that swept through the hills above Santa Reina on Tuesday night "
                    "destroyed the roof and bell tower of the 17th-century San Lucan mission, one "
                    "of the oldest buildings in the region"
                ],
                "fire officials",
            ),
            (
                D,
                [
                    "We formed a human chain and passed the statues from hand to hand while the "
                    "roof was burning above us"
                ],
                "Rafael Montoya-Cruz",
            ),
            (
                D,
                ["The walls are still standing. That is where we start"],
                "Lucía Ibarra",
            ),
        ],
    ),
    (  # 9 cinema admissions: "…, according to figures published … by X" (the part before),
        # three-sentence direct + "said Name, a media analyst at X"; the cinema chain's chief
        # is mentioned but does not speak
        "Cinema admissions rose 9% in the first nine months of the year, to 97 million, according "
        "to figures published on Monday by the Film Exhibitors' Association. It is the first time "
        "since 2019 that attendance has beaten pre-pandemic levels for three quarters in a "
        "row.\n\n"
        "“Audiences are coming back, but they are choosing events, not habits. A superhero film "
        "or a concert movie will fill a room. A mid-budget drama on a Tuesday night will not,” "
        "said Priyanka Sethi, a media analyst at Calder & Lowe.\n\n"
        "Independent cinemas have fared less well. The chief executive of the Starline chain, "
        "Derek Amankwah, has closed four of his eleven screens since 2020 and has no plans to "
        "reopen them. Average ticket prices have climbed to £8.40.",
        [
            (
                I,
                ["Cinema admissions rose 9% in the first nine months of the year, to 97 million"],
                "Film Exhibitors' Association",
            ),
            (
                D,
                [
                    "Audiences are coming back, but they are choosing events, not habits. A "
                    "superhero film or a concert movie will fill a room. A mid-budget drama on a "
                    "Tuesday night will not"
                ],
                "Priyanka Sethi",
            ),
        ],
    ),
    (  # 10 editor resigns: partial inside "he wrote that" (only the partial; "he" = the editor),
        # the new owner "did not respond" (no quote), anonymous "said one reporter, who asked
        # not to be named"
        "The editor of the Cranford Evening Post, Hugh Ballantyne, resigned on Wednesday, two "
        "weeks after the 140-year-old newspaper was bought by the investment firm Redcliff "
        "Capital.\n\n"
        "In a letter to staff, he wrote that he could not “in good conscience” carry out the cuts "
        "the new owners had asked for, including the loss of the paper's last two "
        "photographers.\n\n"
        "Redcliff Capital, which owns 14 regional titles, did not respond to requests for "
        "comment.\n\n"
        "Reporters at the paper are worried. “They keep telling us nothing will change, and then "
        "they take away the photographers,” said one reporter, who asked not to be named. Twelve "
        "of the paper's 31 journalists have taken voluntary redundancy since the sale.",
        [
            (P, ["in good conscience"], "Hugh Ballantyne"),
            (
                D,
                [
                    "They keep telling us nothing will change, and then they take away the "
                    "photographers"
                ],
                "reporter",
            ),
        ],
    ),
    (  # 11 emergency arts fund: "announced £60 million" (noun object), direct + "the minister
        # told the Commons" (role alone for the culture secretary), partial "dismissed the
        # package as “…”" by "The opposition's culture spokesman, Name", direct + "said Name,
        # who runs …"
        "The culture secretary, Rhiannon Gallagher-Lowe, announced £60 million in emergency "
        "support for regional theatres and music venues on Thursday, after a wave of closures "
        "that has claimed 41 venues since January.\n\n"
        "“These are not luxuries. A town without a theatre or a music venue is a poorer place to "
        "grow up in,” the minister told the Commons. Applications to the fund, run by the "
        "National Arts Board, open in February.\n\n"
        "The opposition's culture spokesman, Declan Mbeki-Sloane, dismissed the package as “a "
        "sticking plaster on a broken leg”.\n\n"
        "“Sixty million pounds sounds generous until you divide it by the number of venues in "
        "trouble,” said Harriet Coombs, who runs the 300-capacity Engine Rooms in Ravensmoor.",
        [
            (
                D,
                [
                    "These are not luxuries. A town without a theatre or a music venue is a "
                    "poorer place to grow up in"
                ],
                "Rhiannon Gallagher-Lowe",
            ),
            (P, ["a sticking plaster on a broken leg"], "Declan Mbeki-Sloane"),
            (
                D,
                [
                    "Sixty million pounds sounds generous until you divide it by the number of "
                    "venues in trouble"
                ],
                "Harriet Coombs",
            ),
        ],
    ),
    (  # 12 record auction: a painting title in “ ” opening a paragraph (not speech), direct +
        # "said the auctioneer, Name", indirect with the cue after ("…, the auction house
        # said": generic noun for Lindsay & Rowe)
        "A painting by the colourist Isobel Macrae-Finn sold for £4.7 million at Lindsay & Rowe's "
        "saleroom in Dunmoor on Thursday, more than three times its high estimate and a record "
        "for the artist.\n\n"
        "“Harbour at Dusk”, painted in 1927, had hung for decades in the hallway of a farmhouse "
        "whose owners had no idea of its value.\n\n"
        "“The room went quiet when we passed three million. I have not seen bidding like that in "
        "twenty years,” said the auctioneer, Graham Oyelaran-Pike.\n\n"
        "The buyer, bidding by telephone, was a private collector based in Asia, the auction house "
        "said. Arts groups in the region had hoped a public gallery would acquire the work.",
        [
            (
                D,
                [
                    "The room went quiet when we passed three million. I have not seen bidding "
                    "like that in twenty years"
                ],
                "Graham Oyelaran-Pike",
            ),
            (
                I,
                ["The buyer, bidding by telephone, was a private collector based in Asia"],
                "Lindsay & Rowe",
            ),
        ],
    ),
    (  # 13 presenter's last show: direct + "she told listeners" (pronoun), then a second quote
        # opened after the attribution's full stop and left open at the end of its paragraph,
        # continued in the next (one quote, two spans), "The station's managing editor, Name,
        # said"
        "After 41 years and more than 9,000 programmes, Maggie Tresilian presented her last "
        "breakfast show on Radio Carrowmoor on Friday morning.\n\n"
        "“I have woken you up, I have told you the roads were closed and the ferries were late, "
        "and you have put up with me for four decades,” she told listeners in her final minutes "
        "on air. “I can't thank you enough.\n\n"
        "“Tomorrow somebody else will be in this chair, and I want you to be as kind to them as "
        "you have been to me.”\n\n"
        "The station's managing editor, Colin Adebayo, said more than 2,000 messages had arrived "
        "by text and email during the three-hour programme. One came from a lighthouse keeper on "
        "Gull Rock who has listened every morning since 1994.",
        [
            (
                D,
                [
                    "I have woken you up, I have told you the roads were closed and the ferries "
                    "were late, and you have put up with me for four decades"
                ],
                "Maggie Tresilian",
            ),
            (
                D,
                [
                    "I can't thank you enough.",
                    "Tomorrow somebody else will be in this chair, and I want you to be as kind to "
                    "them as you have been to me.",
                ],
                "Maggie Tresilian",
            ),
            (
                I,
                [
                    "more than 2,000 messages had arrived by text and email during the three-hour "
                    "programme"
                ],
                "Colin Adebayo",
            ),
        ],
    ),
    (  # 14 mill demolition protest: arrests without a speech verb (not annotated), unnamed
        # group "Residents said", direct + "said Name, 77, whose petition …", partial inside
        # "told a public meeting that" (only the partial) by "The council leader, Councillor
        # Name" (role and title dropped)
        "Six people were arrested on Saturday after protesters chained themselves to the gates of "
        "Holloway Mill, a 19th-century textile mill in Ashbourne Vale that is due to be "
        "demolished next week to make way for a car park. All six were released without charge "
        "later in the day.\n\n"
        "Residents said the building was the last reminder of the town's industrial past.\n\n"
        "“My great-grandmother worked on those looms when she was eleven. You don't knock that "
        "down for a car park,” said Doreen Ashworth-Kamau, 77, whose petition has gathered 11,000 "
        "signatures.\n\n"
        "Engineers have judged the mill structurally unsafe, and restoring it would cost more "
        "than £11 million. The council leader, Councillor Frank Duvall, told a public meeting that "
        "the authority had “explored every option” before approving the demolition.",
        [
            (
                I,
                ["the building was the last reminder of the town's industrial past"],
                "residents",
            ),
            (
                D,
                [
                    "My great-grandmother worked on those looms when she was eleven. You don't "
                    "knock that down for a car park"
                ],
                "Doreen Ashworth-Kamau",
            ),
            (P, ["explored every option"], "Frank Duvall"),
        ],
    ),
    (  # 15 literary festival boycott: indirect with the cue after ("…, the festival
        # confirmed"), direct + "she wrote on social media" (pronoun back to the poet), "defended
        # the deal" (noun object) then one quote split by "he said," (two pieces) by "Dr Name",
        # sponsor "declined to comment" (no quote)
        "More than 40 writers have pulled out of the Bramwell Literary Festival in protest at its "
        "sponsorship by the mining company Corvane Resources, the festival confirmed on "
        "Friday.\n\n"
        "Among them is the poet Amara Lindgren-Osei, who had been due to give the opening "
        "lecture. “I cannot stand on a stage paid for by a company that is poisoning rivers and "
        "call it a celebration of literature,” she wrote on social media.\n\n"
        "The festival's director, Dr Simon Hartigan-Lowe, defended the deal. “Without sponsors, "
        "there is no free entry, no school events, no prizes for young writers,” he said, “and "
        "those are the people a boycott will hurt.”\n\n"
        "Corvane Resources, which sponsors four other arts events in the region, declined to "
        "comment.",
        [
            (
                I,
                [
                    "More than 40 writers have pulled out of the Bramwell Literary Festival in "
                    "protest at its sponsorship by the mining company Corvane Resources"
                ],
                "Bramwell Literary Festival",
            ),
            (
                D,
                [
                    "I cannot stand on a stage paid for by a company that is poisoning rivers and "
                    "call it a celebration of literature"
                ],
                "Amara Lindgren-Osei",
            ),
            (
                D,
                [
                    "Without sponsors, there is no free entry, no school events, no prizes for "
                    "young writers",
                    "and those are the people a boycott will hurt.",
                ],
                "Simon Hartigan-Lowe",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout93.jsonl"),
        "heldout93",
        "h93",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
