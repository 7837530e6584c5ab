"""Source of the 128th held-out set: writes heldout128.jsonl (split "heldout128").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like culture, media and technology news: film and music festivals, literary prizes and a
book fair, a museum reopening and a museum director's resignation, television anchors, a
public broadcaster's funding and radio stations, newspapers sold, closed or hit by a
cyberattack, streaming prices and cancelled series, video game studios, artificial
intelligence start-ups and voice actors, social networks and age checks, data breaches. Titles
of works (« Les Heures creuses », "Tidewater II", “Quiet Water”) sit in quotation marks and
are not quotes. Artists and executives are introduced with their job ("la réalisatrice
X", "the studio's creative director, Y") and referred back to by job, surname, pronoun or
epithet ("la cinéaste", "le scénariste", "the showrunner", "the ex-drummer"); companies speak
under a generic noun ("la plateforme", "la jeune pousse", "l'entreprise", "the studio",
"the publisher", "the gallery"); two interviews are written as questions and answers
(unmarked questions, answers opened by a dialogue dash in French or set in quotation marks in
English) and two others as "Asked whether …" exchanges or dialogue dashes; unnamed speakers,
a cataphoric "its chief executive", an unclosed quotation mark, quotes continued over
sentences and paragraphs, "selon X", "d'après X" and "according to X", and speech verbs with
only a noun object ("a annoncé une hausse", "welcomed the move") left unannotated.
Measured once with 0.3.0, 0.38.0 and 0.39.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout128.py
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
    (  # 1 film festival awards: two film titles in « » (not quotes), two-sentence direct +
        # "a lancé la cinéaste" (job referring back to "la réalisatrice … Name"), partial after
        # "a salué" by "Le président du jury, l'acteur Name", "Selon les organisateurs,"
        # (unnamed plural, rest of the sentence)
        "Le Grand Prix du 31e Festival du film de Montclair-sur-Loire a été décerné samedi soir "
        "à «\u00a0Les Heures creuses\u00a0», premier long-métrage de la réalisatrice bordelaise "
        "Agathe Villeneuve-Roux, chronique d'une famille d'éleveurs confrontée à la "
        "sécheresse.\n\n"
        "«\u00a0Ce film, je l'ai écrit pour mon père, qui a vendu ses vaches l'été dernier. Ce "
        "soir, c'est un peu son prix\u00a0», a lancé la cinéaste, visiblement émue, en recevant "
        "son trophée des mains de la maire de la ville.\n\n"
        "Le président du jury, l'acteur Bruno Kessler, a salué «\u00a0un film d'une rare "
        "justesse\u00a0», qui ne tombe jamais dans le misérabilisme. Le prix d'interprétation "
        "est revenu à Lina Farouk pour son rôle dans «\u00a0Marée basse\u00a0», de Paul "
        "Ternier.\n\n"
        "Selon les organisateurs, la fréquentation a atteint 48\u00a0000 entrées, un record "
        "depuis la création du festival en 1995.",
        [
            (
                D,
                [
                    "Ce film, je l'ai écrit pour mon père, qui a vendu ses vaches l'été dernier. "
                    "Ce soir, c'est un peu son prix"
                ],
                "Agathe Villeneuve-Roux",
            ),
            (P, ["un film d'une rare justesse"], "Bruno Kessler"),
            (
                I,
                [
                    "la fréquentation a atteint 48\u00a0000 entrées, un record depuis la création "
                    "du festival en 1995"
                ],
                "organisateurs",
            ),
        ],
    ),
    (  # 2 streaming price rise: "a annoncé … une hausse" (noun object, not annotated), "la
        # plateforme explique que cette hausse doit permettre de « … »" (generic noun, only the
        # partial), direct + "a assuré son directeur général pour la France, Name,", "a exclu
        # toute publicité" (noun object), "D'après le cabinet Name," (rest of the sentence,
        # generic noun dropped), "a dénoncé la hausse" (noun object)
        "La plateforme de streaming Vidéalis a annoncé mardi une hausse de ses tarifs en France "
        "à partir du 1er janvier. L'abonnement standard passera de 11,99 à 13,49 euros par "
        "mois, l'offre premium de 17,99 à 19,99 euros.\n\n"
        "Dans un courriel envoyé à ses abonnés, la plateforme explique que cette hausse doit "
        "permettre de «\u00a0financer la création originale française\u00a0». «\u00a0Nous "
        "investirons 180 millions d'euros dans des séries et des films tournés en France l'an "
        "prochain, soit 20\u00a0% de plus qu'en 2026\u00a0», a assuré son directeur général pour "
        "la France, Hugo Belmonte, au Quotidien de l'Ouest. M.\u00a0Belmonte a en revanche "
        "exclu toute publicité dans l'offre premium.\n\n"
        "D'après le cabinet StreamScope, Vidéalis compte 6,2 millions d'abonnés dans "
        "l'Hexagone, loin derrière ses deux principaux concurrents américains.\n\n"
        "L'association Consommateurs unis a dénoncé la hausse, la troisième en quatre ans.",
        [
            (P, ["financer la création originale française"], "Vidéalis"),
            (
                D,
                [
                    "Nous investirons 180 millions d'euros dans des séries et des films tournés en "
                    "France l'an prochain, soit 20\u00a0% de plus qu'en 2026"
                ],
                "Hugo Belmonte",
            ),
            (
                I,
                [
                    "Vidéalis compte 6,2 millions d'abonnés dans l'Hexagone, loin derrière ses "
                    "deux principaux concurrents américains"
                ],
                "StreamScope",
            ),
        ],
    ),
    (  # 3 prize-winning novelist interviewed as questions and answers: novel title in « »
        # (not a quote), "Son éditrice, Name, a indiqué mardi que" (indirect), unmarked
        # questions (not annotated), two answers opened by a dialogue dash (direct, final
        # period kept, speaker from the introduction, "la lauréate")
        "La romancière Solène Karamanlis a reçu lundi le prix Vauquelin pour «\u00a0La Maison "
        "des sourds\u00a0», son troisième roman, qui raconte le retour d'une interprète en "
        "langue des signes dans le village de son enfance. Son éditrice, Claire Mazoyer, a "
        "indiqué mardi que le livre serait réimprimé à 80\u00a0000 exemplaires. Nous avons "
        "rencontré la lauréate à Paris, au lendemain du prix.\n\n"
        "Vous attendiez-vous à ce prix\u00a0?\n\n"
        "— Pas du tout. J'étais dans le train pour Rennes quand mon téléphone a commencé à "
        "vibrer. J'ai cru qu'il était arrivé quelque chose à ma mère.\n\n"
        "Pourquoi avoir choisi la surdité comme sujet\u00a0?\n\n"
        "— Ma sœur est sourde de naissance. Pendant trente ans, j'ai été sa voix au téléphone, "
        "chez le médecin, à la banque. Ce livre, c'est une façon de lui rendre la parole.",
        [
            (I, ["le livre serait réimprimé à 80\u00a0000 exemplaires"], "Claire Mazoyer"),
            (
                D,
                [
                    "Pas du tout. J'étais dans le train pour Rennes quand mon téléphone a commencé "
                    "à vibrer. J'ai cru qu'il était arrivé quelque chose à ma mère."
                ],
                "Solène Karamanlis",
            ),
            (
                D,
                [
                    "Ma sœur est sourde de naissance. Pendant trente ans, j'ai été sa voix au "
                    "téléphone, chez le médecin, à la banque. Ce livre, c'est une façon de lui "
                    "rendre la parole."
                ],
                "Solène Karamanlis",
            ),
        ],
    ),
    (  # 4 museum reopens: a quote split by "a expliqué sa directrice, Name, lors d'une visite
        # de presse jeudi," (one quote two spans, final period kept), exhibition title in « »
        # (not a quote), "a présenté l'accrochage" (noun object), partial after "s'est
        # félicité d'un" by "Le maire, Name"
        "Après quatre ans de travaux, le musée des Beaux-Arts de Valrose rouvre ses portes "
        "samedi. Le chantier a coûté 34 millions d'euros, dont un tiers financé par l'État et la "
        "région.\n\n"
        "Le parcours a été entièrement repensé. «\u00a0Nous avons voulu un musée où l'on se "
        "perd un peu, a expliqué sa directrice, Hélène Marchal-Dupré, lors d'une visite de "
        "presse jeudi, un musée où le visiteur ne suit pas une autoroute "
        "chronologique.\u00a0»\n\n"
        "L'exposition inaugurale, «\u00a0Lumières du Nord\u00a0», réunit 140 toiles de peintres "
        "flamands, dont une trentaine prêtées par des musées belges. La directrice a présenté "
        "l'accrochage aux mécènes jeudi soir.\n\n"
        "Le maire, Patrick Desmoulins, s'est félicité d'un «\u00a0investissement pour cinquante "
        "ans\u00a0». L'entrée sera gratuite le premier week-end.",
        [
            (
                D,
                [
                    "Nous avons voulu un musée où l'on se perd un peu",
                    "un musée où le visiteur ne suit pas une autoroute chronologique.",
                ],
                "Hélène Marchal-Dupré",
            ),
            (P, ["investissement pour cinquante ans"], "Patrick Desmoulins"),
        ],
    ),
    (  # 5 cyberattack on a regional daily: two-sentence direct with a colon + "a raconté le
        # directeur de la publication, Name", "le groupe a assuré que" (generic noun for the
        # owner "groupe Name"), an unsourced claim (not a quote), direct + "a tranché
        # M. Surname"
        "Pour la première fois depuis sa création en 1946, L'Écho du Berry n'a pas paru "
        "mercredi. Le quotidien régional, propriété du groupe Centre Presse Médias, a été "
        "victime dans la nuit de lundi à mardi d'une cyberattaque qui a paralysé l'ensemble de "
        "ses systèmes informatiques, de la rédaction à l'imprimerie.\n\n"
        "«\u00a0Nous avons perdu l'accès à tout\u00a0: les articles, les photos, les fichiers "
        "d'abonnés, la mise en page. Nos journalistes écrivent sur leurs ordinateurs "
        "personnels\u00a0», a raconté le directeur de la publication, Jean-Luc Perrot-Lacaze. "
        "Le journal espère reparaître vendredi dans une version allégée de 16 pages.\n\n"
        "Dans un communiqué, le groupe a assuré que les coordonnées bancaires des abonnés "
        "n'avaient pas été dérobées. L'attaque a été revendiquée par un groupe de pirates "
        "russophones, qui réclame une rançon de 1,5 million d'euros.\n\n"
        "«\u00a0Il n'est pas question de payer\u00a0», a tranché M.\u00a0Perrot-Lacaze.",
        [
            (
                D,
                [
                    "Nous avons perdu l'accès à tout\u00a0: les articles, les photos, les fichiers "
                    "d'abonnés, la mise en page. Nos journalistes écrivent sur leurs ordinateurs "
                    "personnels"
                ],
                "Jean-Luc Perrot-Lacaze",
            ),
            (
                I,
                ["les coordonnées bancaires des abonnés n'avaient pas été dérobées"],
                "Centre Presse Médias",
            ),
            (D, ["Il n'est pas question de payer"], "Jean-Luc Perrot-Lacaze"),
        ],
    ),
    (  # 6 video game studio job cuts: game title in « » (not a quote), "a confirmé la
        # suppression" (noun object), a quote continued over two paragraphs (one span each,
        # first one's period kept) + "a écrit son fondateur et PDG, Name,", unnamed "Un
        # développeur … raconte avoir appris …, « … »" (only the partial), partial after "Le
        # Syndicat … (SMJV) a dénoncé une" (full name), "appelé à un rassemblement" (noun)
        "Le studio lyonnais Pixelune, connu pour la série de jeux de rôle «\u00a0Les Chroniques "
        "d'Ardanne\u00a0», a confirmé lundi la suppression de 85 postes, soit près d'un tiers de "
        "ses effectifs. Le dernier épisode, sorti en mars, s'est vendu à 400\u00a0000 "
        "exemplaires, deux fois moins que prévu.\n\n"
        "«\u00a0Nous avons grandi trop vite, en pariant sur un marché qui ne cessait de croître. "
        "Ce marché s'est retourné.\n\n"
        "«\u00a0Je prends l'entière responsabilité de ces décisions\u00a0», a écrit son "
        "fondateur et PDG, Thibault Ranvier, dans un message adressé aux salariés et consulté "
        "par notre journal.\n\n"
        "Un développeur, qui a requis l'anonymat, raconte avoir appris la nouvelle lors d'une "
        "visioconférence de dix minutes, «\u00a0caméras coupées\u00a0». Le Syndicat des métiers "
        "du jeu vidéo (SMJV) a dénoncé une «\u00a0gestion calamiteuse\u00a0» et appelé à un "
        "rassemblement jeudi devant les locaux du studio.",
        [
            (
                D,
                [
                    "Nous avons grandi trop vite, en pariant sur un marché qui ne cessait de "
                    "croître. Ce marché s'est retourné.",
                    "Je prends l'entière responsabilité de ces décisions",
                ],
                "Thibault Ranvier",
            ),
            (P, ["caméras coupées"], "développeur"),
            (P, ["gestion calamiteuse"], "Syndicat des métiers du jeu vidéo"),
        ],
    ),
    (  # 7 new evening news anchor: "La chaîne a annoncé mardi que" (generic noun for "Télé
        # Atlantique"), two-sentence direct + "a confié Mme Surname à …", partial after "Le
        # vétéran de l'info, 67 ans, a dit partir" (epithet; only the partial), an unsourced
        # plan (not a quote)
        "C'est officiel\u00a0: Nadia Benhamou présentera le journal de 20\u00a0heures de Télé "
        "Atlantique à partir du 5 janvier. La chaîne a annoncé mardi que la journaliste de 44 "
        "ans, jusqu'ici aux commandes de la matinale, succéderait à Jacques Morvan, qui "
        "présentait le journal depuis 2009.\n\n"
        "«\u00a0C'est le rendez-vous que je regardais avec mes parents à Roubaix. Je "
        "n'imaginais pas un jour être de l'autre côté de l'écran\u00a0», a confié "
        "Mme\u00a0Benhamou à La Gazette des écrans.\n\n"
        "Le vétéran de l'info, 67 ans, a dit partir «\u00a0sans la moindre amertume\u00a0». Il "
        "se consacrera à l'écriture d'un livre sur ses quarante ans de reportages, à paraître à "
        "l'automne.",
        [
            (
                I,
                [
                    "la journaliste de 44 ans, jusqu'ici aux commandes de la matinale, "
                    "succéderait à Jacques Morvan, qui présentait le journal depuis 2009"
                ],
                "Télé Atlantique",
            ),
            (
                D,
                [
                    "C'est le rendez-vous que je regardais avec mes parents à Roubaix. Je "
                    "n'imaginais pas un jour être de l'autre côté de l'écran"
                ],
                "Nadia Benhamou",
            ),
            (P, ["sans la moindre amertume"], "Jacques Morvan"),
        ],
    ),
    (  # 8 AI start-up raises funds: "a bouclé une levée de fonds" (not speech), "La jeune
        # pousse, fondée en 2023, affirme que" (generic noun for "La start-up … Name"),
        # two-sentence direct + "a résumé sa cofondatrice et directrice générale, Name", "La
        # polytechnicienne, 31 ans, a précisé que" (epithet)
        "La start-up parisienne Lexiane, qui développe des outils d'intelligence artificielle "
        "pour les cabinets d'avocats, a bouclé une levée de fonds de 40 millions d'euros auprès "
        "du fonds américain Northgate Ventures.\n\n"
        "La jeune pousse, fondée en 2023, affirme que son assistant permet de réduire de moitié "
        "le temps consacré à l'analyse des contrats. «\u00a0Nous ne remplaçons pas les avocats. "
        "Nous leur rendons les heures qu'ils passaient à relire des clauses de "
        "confidentialité\u00a0», a résumé sa cofondatrice et directrice générale, Maëlle "
        "Oudin-Traoré.\n\n"
        "La polytechnicienne, 31 ans, a précisé que l'argent servirait à recruter 120 ingénieurs "
        "et à ouvrir des bureaux à Madrid et à Milan d'ici à l'été.",
        [
            (
                I,
                [
                    "son assistant permet de réduire de moitié le temps consacré à l'analyse des "
                    "contrats"
                ],
                "Lexiane",
            ),
            (
                D,
                [
                    "Nous ne remplaçons pas les avocats. Nous leur rendons les heures qu'ils "
                    "passaient à relire des clauses de confidentialité"
                ],
                "Maëlle Oudin-Traoré",
            ),
            (
                I,
                [
                    "l'argent servirait à recruter 120 ingénieurs et à ouvrir des bureaux à Madrid "
                    "et à Milan d'ici à l'été"
                ],
                "Maëlle Oudin-Traoré",
            ),
        ],
    ),
    (  # 9 no quote: book and comics fair closes, album and novel titles in « » (not
        # quotes), "a dédié sa récompense" and "a annoncé une nouvelle édition" (noun
        # objects, not annotated)
        "Le 18e Salon du livre et de la bande dessinée de Quimperlé-sur-Mer a fermé ses portes "
        "dimanche après quatre jours et 71\u00a0000 visiteurs, un chiffre stable par rapport à "
        "l'an dernier. Plus de 300 auteurs ont participé aux séances de dédicaces.\n\n"
        "Le prix du public a été attribué à l'album «\u00a0Les Gardiens du phare\u00a0», de la "
        "dessinatrice Maud Kerjean, qui a dédié sa récompense aux bénévoles du sauvetage en mer "
        "de sa commune. Le prix jeunesse est revenu au roman «\u00a0Opération Mirabelle\u00a0», "
        "de Yann Castel.\n\n"
        "La présidente de l'association organisatrice, Gwenaëlle Tanguy, a annoncé une "
        "nouvelle édition en novembre 2027. Le thème sera dévoilé au printemps.",
        [],
    ),
    (  # 10 culture minister on the radio in dialogue dashes: programme title in « » (not a
        # quote), "a défendu la réforme" (noun object), a dash line attributed by the sentence
        # before it ("Elle s'en est d'abord prise à ses détracteurs :"), a line + "a objecté
        # la journaliste" (unnamed), a line split by "a répondu la ministre," (role, one
        # quote two spans)
        "Invitée dimanche de l'émission «\u00a0Questions d'actualité\u00a0» sur Radio "
        "Capitale, la ministre de la Culture, Véronique Allard-Simon, a défendu la réforme de "
        "l'audiovisuel public, qui prévoit de regrouper les chaînes et les radios publiques "
        "dans une holding unique. Elle s'en est d'abord prise à ses détracteurs\u00a0:\n\n"
        "— On entend dire que nous voulons affaiblir le service public. C'est exactement "
        "l'inverse.\n\n"
        "— Mais les salariés sont en grève depuis trois jours, a objecté la journaliste.\n\n"
        "— Je respecte leur inquiétude, a répondu la ministre, et je les recevrai dès mardi.\n\n"
        "Une nouvelle journée de grève est prévue jeudi dans les rédactions de la radio "
        "publique.",
        [
            (
                D,
                [
                    "On entend dire que nous voulons affaiblir le service public. C'est exactement "
                    "l'inverse."
                ],
                "Véronique Allard-Simon",
            ),
            (D, ["Mais les salariés sont en grève depuis trois jours"], "journaliste"),
            (
                D,
                ["Je respecte leur inquiétude", "et je les recevrai dès mardi."],
                "Véronique Allard-Simon",
            ),
        ],
    ),
    (  # 11 social network fined: "Selon l'autorité," (generic noun for "La Commission …
        # (CPD)", rest of the sentence), two-sentence direct + "a déclaré la présidente de la
        # CPD, Name,", "le réseau social a pris acte de la décision" (noun object), "L'entreprise
        # a indiqué qu'elle" (generic noun for "Flashi"), "revendique 9 millions" (noun object)
        "La Commission de protection des données (CPD) a infligé jeudi une amende de 38 "
        "millions d'euros au réseau social Flashi, très populaire chez les adolescents. Selon "
        "l'autorité, l'application collectait la géolocalisation précise de ses utilisateurs "
        "mineurs sans leur consentement ni celui de leurs parents.\n\n"
        "«\u00a0Un enfant de 13 ans ne devrait pas pouvoir être localisé à dix mètres près par "
        "une entreprise dont il ignore tout. C'est pourtant ce qui se passait\u00a0», a déclaré "
        "la présidente de la CPD, Anne-Sophie Lagarde, lors d'une conférence de presse.\n\n"
        "Dans un communiqué, le réseau social a pris acte de la décision, tout en contestant le "
        "montant de l'amende. L'entreprise a indiqué qu'elle ferait appel devant le Conseil "
        "d'État.\n\n"
        "Flashi revendique 9 millions d'utilisateurs en France, dont plus de la moitié ont moins "
        "de 18 ans.",
        [
            (
                I,
                [
                    "l'application collectait la géolocalisation précise de ses utilisateurs "
                    "mineurs sans leur consentement ni celui de leurs parents"
                ],
                "Commission de protection des données",
            ),
            (
                D,
                [
                    "Un enfant de 13 ans ne devrait pas pouvoir être localisé à dix mètres près "
                    "par une entreprise dont il ignore tout. C'est pourtant ce qui se passait"
                ],
                "Anne-Sophie Lagarde",
            ),
            (I, ["elle ferait appel devant le Conseil d'État"], "Flashi"),
        ],
    ),
    (  # 12 music festival cancelled: "a annoncé mardi son annulation" (noun object), an
        # unclosed quotation mark ended by "a lâché son directeur, Name,", partial after "Le
        # quadragénaire a accusé la région de" (epithet), "Selon le vice-président de la
        # région …, Name," (rest of the sentence), direct + "a-t-il ajouté" (pronoun), direct
        # + "regrette Prénom, 24 ans, étudiante" (first name only)
        "Il n'y aura pas de douzième édition. Le festival de musiques actuelles Rives Sonores, "
        "qui attirait chaque juillet près de 35\u00a0000 spectateurs sur les bords de la "
        "Maine, a annoncé mardi son annulation pour 2027, faute de financements suffisants.\n\n"
        "«\u00a0On a perdu 600\u00a0000 euros en deux ans, on ne peut plus continuer comme ça, "
        "a lâché son directeur, Loïc Guéguen, devant la presse. Le quadragénaire a accusé la "
        "région de «\u00a0lâcher la culture\u00a0» au profit des grands événements sportifs.\n\n"
        "Selon le vice-président de la région chargé de la culture, Bertrand Lhuillier, la "
        "subvention au festival a pourtant été maintenue à son niveau de 2025. «\u00a0Nous ne "
        "pouvons pas compenser à nous seuls la hausse des cachets des artistes\u00a0», a-t-il "
        "ajouté.\n\n"
        "«\u00a0J'y allais depuis mes 15 ans. C'est un morceau de ma jeunesse qui s'en "
        "va\u00a0», regrette Manon, 24 ans, étudiante à Angers.",
        [
            (
                D,
                ["On a perdu 600\u00a0000 euros en deux ans, on ne peut plus continuer comme ça"],
                "Loïc Guéguen",
            ),
            (P, ["lâcher la culture"], "Loïc Guéguen"),
            (
                I,
                ["la subvention au festival a pourtant été maintenue à son niveau de 2025"],
                "Bertrand Lhuillier",
            ),
            (
                D,
                ["Nous ne pouvons pas compenser à nous seuls la hausse des cachets des artistes"],
                "Bertrand Lhuillier",
            ),
            (
                D,
                ["J'y allais depuis mes 15 ans. C'est un morceau de ma jeunesse qui s'en va"],
                "Manon",
            ),
        ],
    ),
    (  # 13 daily newspaper sold: partial after "L'industriel a promis de ne" (epithet for
        # "L'industriel Name, patron du groupe …"), a motion of no confidence (not speech), a
        # question quote (mark kept) + "interroge la présidente de la SDJ, Name", "n'a pas
        # souhaité s'exprimer" (not a quote)
        "Le quotidien Le Matin de Lyon change de mains. L'industriel Gérard Vasseur-Lenoir, "
        "patron du groupe de BTP Vasseur Construction, a finalisé lundi le rachat du titre, "
        "déficitaire depuis six ans. Le montant de la transaction n'a pas été communiqué.\n\n"
        "L'industriel a promis de ne «\u00a0jamais intervenir dans les choix de la "
        "rédaction\u00a0». Une promesse qui ne convainc pas la Société des journalistes (SDJ) "
        "du quotidien, qui a voté mardi une motion de défiance à 92\u00a0% des voix.\n\n"
        "«\u00a0Nous couvrons chaque semaine des chantiers publics attribués à Vasseur "
        "Construction. Comment enquêter sereinement sur notre propre actionnaire\u00a0?\u00a0» "
        "interroge la présidente de la SDJ, Camille Roussel.\n\n"
        "La directrice de la rédaction, Isabelle Fournier-Lacombe, n'a pas souhaité "
        "s'exprimer.",
        [
            (P, ["jamais intervenir dans les choix de la rédaction"], "Gérard Vasseur-Lenoir"),
            (
                D,
                [
                    "Nous couvrons chaque semaine des chantiers publics attribués à Vasseur "
                    "Construction. Comment enquêter sereinement sur notre propre "
                    "actionnaire\u00a0?"
                ],
                "Camille Roussel",
            ),
        ],
    ),
    (  # 14 series renewed: series title in « » (not a quote), "a confirmé … son
        # renouvellement" (noun object), "D'après la plateforme," (generic noun for "La
        # plateforme Name", rest of the sentence), '« A », a reconnu X. « B. »' (two direct
        # quotes, the second one's period kept), "Le scénariste a indiqué que" (job referring
        # back), "a salué … l'équipe" (noun object)
        "La série policière «\u00a0Brumes de Loire\u00a0» aura une troisième saison. La "
        "plateforme Ondéa, qui la diffuse, a confirmé vendredi son renouvellement, trois "
        "semaines après la mise en ligne de la deuxième saison. D'après la plateforme, celle-ci "
        "a été regardée par 5,8 millions de comptes dans 40 pays, un record pour une "
        "production française.\n\n"
        "«\u00a0On a écrit la deuxième saison sans savoir s'il y en aurait une "
        "troisième\u00a0», a reconnu le créateur et scénariste de la série, Julien Abitbol, "
        "joint par téléphone. «\u00a0Maintenant, on va pouvoir boucler les intrigues qu'on "
        "avait laissées ouvertes.\u00a0»\n\n"
        "Le scénariste a indiqué que le tournage débuterait en avril à Saumur et à Tours. "
        "L'actrice principale, Clémence Haddad, qui incarne la commandante Lise Moreau, a salué "
        "sur les réseaux sociaux le travail de toute l'équipe.",
        [
            (
                I,
                [
                    "celle-ci a été regardée par 5,8 millions de comptes dans 40 pays, un record "
                    "pour une production française"
                ],
                "Ondéa",
            ),
            (
                D,
                ["On a écrit la deuxième saison sans savoir s'il y en aurait une troisième"],
                "Julien Abitbol",
            ),
            (
                D,
                ["Maintenant, on va pouvoir boucler les intrigues qu'on avait laissées ouvertes."],
                "Julien Abitbol",
            ),
            (
                I,
                ["le tournage débuterait en avril à Saumur et à Tours"],
                "Julien Abitbol",
            ),
        ],
    ),
    (  # 15 dubbing actors against AI: "pour réclamer un encadrement" (noun object), series
        # title in « » (not a quote), two-sentence direct + "s'indigne la comédienne" (job
        # referring back), "a réclamé une loi" (noun object), partial after "Il a qualifié
        # les contrats proposés de" (pronoun for "Le président de l'AFV, Name")
        "Plusieurs centaines de comédiens de doublage se sont rassemblés lundi devant le "
        "ministère de la Culture, à l'appel de l'Association française des voix (AFV), pour "
        "réclamer un encadrement de l'intelligence artificielle dans leur métier. Plusieurs "
        "studios ont déjà proposé à des comédiens de céder les droits de leur voix pour "
        "entraîner des logiciels de synthèse vocale.\n\n"
        "Parmi les manifestants, Sandrine Okoye, voix française de l'héroïne de la série animée "
        "«\u00a0Les Sœurs Tempête\u00a0» depuis douze ans. «\u00a0On m'a proposé 3\u00a0000 "
        "euros pour ma voix, pour toujours. Ma voix, c'est mon outil de travail, pas un "
        "fichier\u00a0», s'indigne la comédienne.\n\n"
        "Le président de l'AFV, Denis Marchetti, a réclamé une loi imposant le consentement "
        "explicite des artistes. Il a qualifié les contrats proposés de «\u00a0marchés de "
        "dupes\u00a0».",
        [
            (
                D,
                [
                    "On m'a proposé 3\u00a0000 euros pour ma voix, pour toujours. Ma voix, c'est "
                    "mon outil de travail, pas un fichier"
                ],
                "Sandrine Okoye",
            ),
            (P, ["marchés de dupes"], "Denis Marchetti"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 video game delay: two game titles in quotes (not quotes), "the studio said the
        # extra time was needed "…"" (generic noun for "Harbourline Games, the Manchester
        # studio", only the partial), three-sentence direct + "the studio's creative
        # director, Name, told the …", an unsourced share price (not a quote)
        'Harbourline Games, the Manchester studio behind the hit survival game "Tidewater", '
        "has pushed the release of its sequel back by a year, to the autumn of 2028.\n\n"
        'In a post on its website, the studio said the extra time was needed "to build the '
        'game our players deserve, not the one the calendar demands". It is the second delay '
        'for "Tidewater II", which was first announced in 2024.\n\n'
        '"We could have shipped it next spring. It would have been fine. Fine is not what we '
        "do,\" the studio's creative director, Imogen Blackwood, told the Northern Post.\n\n"
        "Shares in its parent company, Corvid Interactive, fell 9% in London on Tuesday.",
        [
            (
                P,
                ["to build the game our players deserve, not the one the calendar demands"],
                "Harbourline Games",
            ),
            (
                D,
                [
                    "We could have shipped it next spring. It would have been fine. Fine is not "
                    "what we do"
                ],
                "Imogen Blackwood",
            ),
        ],
    ),
    (  # 2 AI chatbot's health answers switched off: "The company said … that it had "…""
        # (generic noun, only the partial), a quote split by "its chief executive, Name, said
        # in a video …," (one quote two spans, final period kept), "A spokesperson for the
        # X said the regulator had" (the spokesperson speaks for the office), "has argued for
        # lighter regulation" (noun object, epithet "The 34-year-old founder")
        "Quillmind, a London artificial intelligence start-up valued at $1.2 billion, has "
        "switched off the health features of its chatbot after users shared screenshots of it "
        "recommending dangerous doses of paracetamol.\n\n"
        'The company said in a statement on Wednesday that it had "temporarily disabled" '
        "answers to medical questions while its engineers investigated.\n\n"
        '"We got this wrong," its chief executive, Rohan Mehta-Clarke, said in a video posted '
        'on social media, "and we will be completely transparent about how it happened."\n\n'
        "A spokesperson for the Information Standards Office said the regulator had opened an "
        "inquiry and would contact the company this week. The 34-year-old founder has "
        "previously argued for lighter regulation of the sector.",
        [
            (P, ["temporarily disabled"], "Quillmind"),
            (
                D,
                [
                    "We got this wrong",
                    "and we will be completely transparent about how it happened.",
                ],
                "Rohan Mehta-Clarke",
            ),
            (
                I,
                ["the regulator had opened an inquiry and would contact the company this week"],
                "Information Standards Office",
            ),
        ],
    ),
    (  # 3 prize-winning novelist interviewed as questions and answers: novel title in
        # quotes (not a quote), unmarked questions (not annotated), two answers in quotation
        # marks with no speech verb (direct, final period kept, speaker from the
        # introduction), "Her publisher, Name, said it would" (indirect)
        'Ngozi Adeyemi-Hart won the Calloway Prize for fiction on Tuesday night for "The Salt '
        'Orchard", her debut novel about three generations of women running a fruit farm on '
        "the Kent coast. The 52-year-old former schoolteacher spoke to the Chronicle the "
        "morning after the ceremony.\n\n"
        "How does it feel?\n\n"
        '"Unreal. I wrote most of this book at the kitchen table between marking homework. '
        'Last night I was shaking hands with people whose books I teach."\n\n'
        "Why a fruit farm?\n\n"
        '"My grandmother picked apples for forty summers. Nobody ever wrote anything down '
        'about women like her, so I did."\n\n'
        "Her publisher, Marlowe & Finch, said it would reprint 60,000 copies this week.",
        [
            (
                D,
                [
                    "Unreal. I wrote most of this book at the kitchen table between marking "
                    "homework. Last night I was shaking hands with people whose books I teach."
                ],
                "Ngozi Adeyemi-Hart",
            ),
            (
                D,
                [
                    "My grandmother picked apples for forty summers. Nobody ever wrote anything "
                    "down about women like her, so I did."
                ],
                "Ngozi Adeyemi-Hart",
            ),
            (I, ["it would reprint 60,000 copies this week"], "Marlowe & Finch"),
        ],
    ),
    (  # 4 regional broadcaster off air: partial after "a cyberattack that its chief
        # executive described as" (cataphoric: the name comes two paragraphs later), a
        # programme title in quotes (not a quote), two-sentence direct + "the chief
        # executive, Name, said", "…, according to Name, a cybersecurity firm …" (the part
        # before)
        "Channel Meridian, the regional broadcaster serving the south-west of England, was "
        "forced off air for nearly six hours on Sunday by a cyberattack that its chief "
        'executive described as "deliberate, sophisticated and cowardly".\n\n'
        "Viewers saw a frozen test card from shortly after 7pm. The channel's evening news "
        'programme, "Meridian Tonight", was streamed only on its website, from a backup '
        "studio in Exmouth.\n\n"
        '"Our engineers worked through the night. No viewer data was taken, as far as we '
        'know," the chief executive, Fiona Gallacher, said on Monday.\n\n'
        "The attack bore the hallmarks of a ransomware gang known as Cold Harbour, according to "
        "Brightwall Security, a cybersecurity firm that has been advising the broadcaster.",
        [
            (P, ["deliberate, sophisticated and cowardly"], "Fiona Gallacher"),
            (
                D,
                [
                    "Our engineers worked through the night. No viewer data was taken, as far as "
                    "we know"
                ],
                "Fiona Gallacher",
            ),
            (
                I,
                ["The attack bore the hallmarks of a ransomware gang known as Cold Harbour"],
                "Brightwall Security",
            ),
        ],
    ),
    (  # 5 museum director resigns over oil sponsorship: partial inside "she wrote that she
        # could not lead an institution "…"" (only the partial, "Dr" dropped), "The gallery
        # said it was "grateful"" (generic noun, partial), two-sentence direct + "said the
        # chair of trustees, Name", "signed an open letter" (not speech)
        "The director of the Hallam Gallery of Modern Art, Dr Simone Achterberg, has resigned "
        "after the museum's trustees accepted a £3 million sponsorship deal from the oil "
        "company Northstar Energy.\n\n"
        "In her resignation letter, seen by the Courier, she wrote that she could not lead an "
        'institution "that lends its walls to the companies heating the planet".\n\n'
        'The gallery said it was "grateful" for Dr Achterberg\'s seven years of service. "It '
        "is easy to be pure when someone else is paying the bills. This money keeps our doors "
        'open," said the chair of trustees, Martin Okwu.\n\n'
        "More than 200 artists, including the sculptor Hannah Ferreira, have signed an open "
        "letter in support of the departing director.",
        [
            (
                P,
                ["that lends its walls to the companies heating the planet"],
                "Simone Achterberg",
            ),
            (P, ["grateful"], "Hallam Gallery of Modern Art"),
            (
                D,
                [
                    "It is easy to be pure when someone else is paying the bills. This money keeps "
                    "our doors open"
                ],
                "Martin Okwu",
            ),
        ],
    ),
    (  # 6 no quote: weekend box office, three film titles in quotes (not quotes), "has
        # already announced a sequel" (noun object, not annotated)
        'The animated musical "Paper Lanterns" topped the UK and Ireland box office for a '
        "third consecutive weekend, taking £4.1 million from Friday to Sunday and bringing its "
        "total to £27.6 million.\n\n"
        'The thriller "Dead Reckoning Bay" opened in second place with £2.3 million, ahead of '
        'the period drama "The Glass Duchess", which slipped from second to third.\n\n'
        "The animated film's studio, Brightmoor Animation, has already announced a sequel for "
        "2029. Cinema admissions for the year are running 6% ahead of 2025.",
        [],
    ),
    (  # 7 short-video platform's age checks: "A Name spokeswoman said the platform would"
        # (the spokeswoman speaks for the company), "…, according to the market research firm
        # Name." (the part before, generic noun dropped), "welcomed the move" (noun object)
        # then a two-sentence direct + "she said" (pronoun for "The … minister, Name"), direct
        # + "said a mother in X" (unnamed)
        "Loop, the short-video platform, will require users in New Zealand to verify their age "
        "with a selfie from January, after the government threatened it with fines of up to "
        "NZ$50 million.\n\n"
        "A Loop spokeswoman said the platform would use facial age-estimation technology and "
        "would delete the images within seconds. About 1.4 million New Zealanders use the app, "
        "according to the market research firm Kiwimetric.\n\n"
        'The digital economy minister, Aroha Whitfield, welcomed the move. "This is what '
        "happens when a government is serious. Twelve months ago they told us it was "
        'technically impossible," she said.\n\n'
        'Not everyone is convinced. "My daughter will just borrow her older brother\'s face," '
        "said a mother in Auckland.",
        [
            (
                I,
                [
                    "the platform would use facial age-estimation technology and would delete the "
                    "images within seconds"
                ],
                "Loop",
            ),
            (I, ["About 1.4 million New Zealanders use the app"], "Kiwimetric"),
            (
                D,
                [
                    "This is what happens when a government is serious. Twelve months ago they "
                    "told us it was technically impossible"
                ],
                "Aroha Whitfield",
            ),
            (D, ["My daughter will just borrow her older brother's face"], "mother"),
        ],
    ),
    (  # 8 local newspaper closes: "X will …, its owner, Name, said on Thursday." (the part
        # before), "The group blamed …" (noun object), a quote continued over two paragraphs
        # (one span each, first one's period kept) + "said its editor, Name, who …", partial
        # after "The … Guild called the closure"
        "The Hexley Courier, which has reported on the Pennine market town since 1871, will "
        "print its final edition on December 18, its owner, Midland Regional Media, said on "
        "Thursday.\n\n"
        "The group blamed falling advertising revenue and the rising cost of newsprint.\n\n"
        '"I have covered floods, royal visits and eleven general elections from this office. I '
        "never thought I would cover our own funeral.\n\n"
        '"But the town deserves the truth, and the truth is that not enough people were buying '
        'the paper," said its editor, Gordon Haslam, who joined as a trainee in 1989.\n\n'
        "The Press Workers' Guild called the closure \"another hole in the map of local "
        'democracy".',
        [
            (
                I,
                [
                    "The Hexley Courier, which has reported on the Pennine market town since 1871, "
                    "will print its final edition on December 18"
                ],
                "Midland Regional Media",
            ),
            (
                D,
                [
                    "I have covered floods, royal visits and eleven general elections from this "
                    "office. I never thought I would cover our own funeral.",
                    "But the town deserves the truth, and the truth is that not enough people were "
                    "buying the paper",
                ],
                "Gordon Haslam",
            ),
            (P, ["another hole in the map of local democracy"], "Press Workers' Guild"),
        ],
    ),
    (  # 9 festival tickets sell out despite a crash: '"A," the festival's co-founder, Name,
        # wrote on social media. "B."' (two direct quotes, the second one's period kept), an
        # unsourced figure (not a quote), "Headliners have not yet been announced" (not speech)
        "Tickets for next summer's Greenhollow Festival sold out in 41 minutes on Sunday, "
        "despite a website crash that left thousands of fans staring at an error page.\n\n"
        '"We are sorry to everyone who spent the morning refreshing their screens," the '
        "festival's co-founder, Tom Ashdown, wrote on social media. \"We know how much this "
        'weekend means to people."\n\n'
        "Demand peaked at 2.3 million requests a minute, six times higher than last year. "
        "Headliners have not yet been announced.",
        [
            (
                D,
                ["We are sorry to everyone who spent the morning refreshing their screens"],
                "Tom Ashdown",
            ),
            (D, ["We know how much this weekend means to people."], "Tom Ashdown"),
        ],
    ),
    (  # 10 broadcaster's director-general before MPs, question-and-answer: "defended the
        # … decision" (noun object), "Asked by …, Name, whether …, she replied: "…"" (direct,
        # final period kept), partial after "Mr Surname said he found that", "Asked whether
        # …, Ms Surname smiled. "…"" (direct with no speech verb)
        "The director-general of the Northland Broadcasting Corporation, Catherine Orme, "
        "defended the broadcaster's decision to close two of its digital radio stations during "
        "a tense appearance before MPs on Tuesday.\n\n"
        "Asked by the culture committee's chairman, Neil Garside, whether the closures were "
        'driven by politics or money, she replied: "Money. Entirely money. Our licence fee '
        'income has fallen by £180 million in real terms since 2020."\n\n'
        'Mr Garside said he found that "hard to believe" given the corporation\'s spending on '
        "new drama.\n\n"
        'Asked whether she would consider resigning, Ms Orme smiled. "Not today."\n\n'
        "The two stations, Northland Jazz and Northland Extra, will stop broadcasting in March.",
        [
            (
                D,
                [
                    "Money. Entirely money. Our licence fee income has fallen by £180 million in "
                    "real terms since 2020."
                ],
                "Catherine Orme",
            ),
            (P, ["hard to believe"], "Neil Garside"),
            (D, ["Not today."], "Catherine Orme"),
        ],
    ),
    (  # 11 music-tech start-up bought: "…, according to two people familiar with the deal."
        # (unnamed plural, the part before), "Neither company disclosed the price" (noun
        # object), "Name said in a statement that … , and that …" (one indirect), two-sentence
        # direct + "the ex-drummer told the Post" (epithet for "chief executive, Name, a
        # former session drummer")
        "Soundloom, a Bristol start-up whose software lets musicians split royalties "
        "automatically, has been bought by the Swedish streaming group Vinyla for about £85 "
        "million, according to two people familiar with the deal.\n\n"
        "Neither company disclosed the price. Vinyla said in a statement that Soundloom would "
        "keep its brand and its 60 staff, and that its co-founders would join the group's "
        "management team.\n\n"
        "Soundloom's chief executive, Kwame Asante-Boyd, is a former session drummer. \"When I "
        "was touring, I waited eighteen months to be paid for a gig. That is the problem we set "
        'out to fix," the ex-drummer told the Post.',
        [
            (
                I,
                [
                    "Soundloom, a Bristol start-up whose software lets musicians split royalties "
                    "automatically, has been bought by the Swedish streaming group Vinyla for "
                    "about £85 million"
                ],
                "people familiar with the deal",
            ),
            (
                I,
                [
                    "Soundloom would keep its brand and its 60 staff, and that its co-founders "
                    "would join the group's management team"
                ],
                "Vinyla",
            ),
            (
                D,
                [
                    "When I was touring, I waited eighteen months to be paid for a gig. That is "
                    "the problem we set out to fix"
                ],
                "Kwame Asante-Boyd",
            ),
        ],
    ),
    (  # 12 streaming series cancelled, curly quotes: series title in quotes (not a quote),
        # "The platform said the show had "…"" (generic noun, only the partial), partial
        # after "The series' creator, Name, said she was", two-sentence direct + "the
        # showrunner added" (job referring back)
        "Streamwell has cancelled the fantasy series “The Ninth Harbour” after two seasons, "
        "despite a fan campaign that has gathered more than 300,000 signatures.\n\n"
        "The platform said the show had “not found a large enough audience” to justify the "
        "cost of a third season, reported to be $140 million.\n\n"
        "The series' creator, Dana Whitlock, said she was “heartbroken but not surprised”. “We "
        "told a story about people who refuse to give up. I'd be a hypocrite if I gave up now,” "
        "the showrunner added.\n\n"
        "Fans have organised a screening marathon in Los Angeles on Saturday.",
        [
            (P, ["not found a large enough audience"], "Streamwell"),
            (P, ["heartbroken but not surprised"], "Dana Whitlock"),
            (
                D,
                [
                    "We told a story about people who refuse to give up. I'd be a hypocrite if I "
                    "gave up now"
                ],
                "Dana Whitlock",
            ),
        ],
    ),
    (  # 13 film festival opens, curly quotes: film title in quotes (not a quote), direct +
        # "Surname said at a press conference", "The director said she had" (job referring
        # back to "the Scottish director Name"), partial after "The festival's artistic
        # director, Name, said this year's programme … was"
        "The 40th Firth International Film Festival opens on Thursday with “Quiet Water”, the "
        "first feature by the Scottish director Eilidh MacRae, a former documentary maker from "
        "the island of Carrach.\n\n"
        "“I made it in Gaelic because that is the language my grandmother dreamed in,” MacRae "
        "said at a press conference in Edinburgh on Wednesday. The director said she had turned "
        "down an offer from a US distributor that wanted to dub the film into English.\n\n"
        "The festival's artistic director, Rahul Sengupta, said this year's programme of 142 "
        "films was “the most international we have ever put together”. The festival runs until "
        "December 14.",
        [
            (
                D,
                ["I made it in Gaelic because that is the language my grandmother dreamed in"],
                "Eilidh MacRae",
            ),
            (
                I,
                [
                    "she had turned down an offer from a US distributor that wanted to dub the "
                    "film into English"
                ],
                "Eilidh MacRae",
            ),
            (P, ["the most international we have ever put together"], "Rahul Sengupta"),
        ],
    ),
    (  # 14 game publisher data breach: "…, the video game publisher Name confirmed on
        # Friday." (the part before, generic noun dropped), a game title in quotes (not a
        # quote), "…, the publisher said." (generic noun, the part before), two-sentence direct
        # + "she said" (pronoun for "Independent security researcher Name"), partial inside
        # "told staff in an internal memo … that the breach was" (only the partial)
        "Hackers have stolen the personal data of up to 11 million players, the video game "
        "publisher Ravenscar Games confirmed on Friday. The breach affects its online football "
        'game "Pitch Kings", which is free to download.\n\n'
        "Email addresses, usernames and encrypted passwords were taken, but no payment "
        "details, the publisher said.\n\n"
        "Independent security researcher Lena Hoffmann first spotted the data for sale on a "
        'criminal forum, where it was offered for $30,000. "The passwords are encrypted, but '
        'with an old method. I would assume they can be cracked," she said.\n\n'
        "Ravenscar's chief technology officer, Adam Pryor, told staff in an internal memo seen "
        'by this newspaper that the breach was "a failure we own completely".',
        [
            (
                I,
                ["Hackers have stolen the personal data of up to 11 million players"],
                "Ravenscar Games",
            ),
            (
                I,
                [
                    "Email addresses, usernames and encrypted passwords were taken, but no "
                    "payment details"
                ],
                "Ravenscar Games",
            ),
            (
                D,
                [
                    "The passwords are encrypted, but with an old method. I would assume they can "
                    "be cracked"
                ],
                "Lena Hoffmann",
            ),
            (P, ["a failure we own completely"], "Adam Pryor"),
        ],
    ),
    (  # 15 TV presenter's face in deepfake adverts: programme title in quotes (not a quote),
        # "…, according to her lawyers." (unnamed plural, the part before), two-sentence
        # direct + "Surname said outside …" (presenter referred back by surname), "Name said it
        # had removed … and was "…"" (only the partial), partial after "Her solicitor, Name,
        # said that was"
        "The television presenter Jasmine Okafor has taken legal action against the social "
        "network Brightfeed after her face was used in hundreds of AI-generated adverts "
        "promoting a cryptocurrency scam.\n\n"
        'The fake videos show the host of the consumer programme "Money Talks" recommending '
        "an investment platform that vanished in October. At least 40 viewers lost money, "
        "according to her lawyers.\n\n"
        '"People trusted those adverts because they trusted me. That is what makes me so '
        'angry," Okafor said outside the High Court on Monday.\n\n'
        'Brightfeed said it had removed more than 600 of the adverts and was "working around '
        'the clock" to stop new ones. Her solicitor, Daniel Reyes, said that was "too little, '
        'far too late".',
        [
            (I, ["At least 40 viewers lost money"], "lawyers"),
            (
                D,
                [
                    "People trusted those adverts because they trusted me. That is what makes me "
                    "so angry"
                ],
                "Jasmine Okafor",
            ),
            (P, ["working around the clock"], "Brightfeed"),
            (P, ["too little, far too late"], "Daniel Reyes"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout128.jsonl"),
        "heldout128",
        "h128",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
