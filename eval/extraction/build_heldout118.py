"""Source of the 118th held-out set: writes heldout118.jsonl (split "heldout118").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like culture, arts and media news: film festivals and award ceremonies, literary prizes,
museum exhibitions and the restitution of looted artworks, concert tours cancelled, strikes at
an opera house, theatres and a ballet company, public broadcasters' budgets, newspaper
closures, celebrity court cases, a radio clash between a director and a critic (in French
rendered with dialogue dashes), streaming royalties and arts funding; directors, authors,
actors, singers, curators, critics, museum directors, ministers of culture, union
representatives, juries, publishers, promoters and institutions speaking as organisations,
and unnamed spectators and staff are quoted; speakers are referred back to by surname ("M. X",
"Mme X", "Mr X", "X"), pronoun, role or epithet ("la cinéaste", "l'octogénaire", "le
Québécois", "la Bruxelloise", "the novelist", "the 34-year-old", "the Scot", "the
Queenslander"), and some statements are sourced with "selon X", "d'après X" or "according to
X". Film, book and show titles in quotation marks are not quotes.
Measured once with 0.3.0, 0.34.0, 0.35.0 and 0.36.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout118.py
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
    (  # 1 film festival award: a film title in « » (not a quote), two-sentence direct + "a
        # déclaré la cinéaste" (epithet for the named director), partial after "Celui-ci a
        # salué" (pronoun for "le président du jury, l'acteur italien Name"), "Selon les
        # organisateurs," (unnamed plural, rest of the sentence)
        "Le Lys d'or du 41e Festival international du film de Valronce a été décerné samedi "
        "soir à «\u00a0Les Heures creuses\u00a0», troisième long-métrage de Margaux "
        "Ferrand-Lequeux. Le film suit trois ouvrières d'une usine textile de la vallée de la "
        "Gier licenciées la semaine de leurs cinquante ans.\n\n"
        "«\u00a0Je dédie ce prix à toutes celles qu'on ne filme jamais. Elles ont porté ce film "
        "bien plus que moi\u00a0», a déclaré la cinéaste, visiblement émue, en recevant le "
        "trophée des mains du président du jury, l'acteur italien Marco Ventresca.\n\n"
        "Celui-ci a salué «\u00a0un film d'une justesse rare, sans une once de "
        "misérabilisme\u00a0». Le jury a également décerné son prix de la mise en scène au "
        "Coréen Park Ji-hoon pour «\u00a0Marée basse\u00a0».\n\n"
        "Selon les organisateurs, la fréquentation a progressé de 8\u00a0% cette année, avec "
        "près de 162\u00a0000 entrées en dix jours.",
        [
            (
                D,
                [
                    "Je dédie ce prix à toutes celles qu'on ne filme jamais. Elles ont porté ce "
                    "film bien plus que moi"
                ],
                "Margaux Ferrand-Lequeux",
            ),
            (
                P,
                ["un film d'une justesse rare, sans une once de misérabilisme"],
                "Marco Ventresca",
            ),
            (
                I,
                [
                    "la fréquentation a progressé de 8\u00a0% cette année, avec près de "
                    "162\u00a0000 entrées en dix jours"
                ],
                "organisateurs",
            ),
        ],
    ),
    (  # 2 literary prize to an 81-year-old: a quote split by "a confié l'octogénaire, joint
        # …," (epithet; one quote two spans, final period kept), "L'écrivain, qui …, a précisé
        # qu'il" (role), partial after "a défendu un choix" by "La présidente du jury,
        # l'essayiste Name", "ont annoncé un nouveau tirage" (noun object, not annotated)
        "Le prix Méridien, l'une des plus anciennes récompenses littéraires du pays, a été "
        "attribué mardi à Étienne Vasseur-Maillol pour «\u00a0La Maison des sourds\u00a0» "
        "(éditions Castelmaure), au quatrième tour de scrutin, par six voix contre quatre.\n\n"
        "«\u00a0Je n'attendais plus rien des prix, a confié l'octogénaire, joint par téléphone "
        "dans sa maison de l'Aveyron, et voilà qu'ils se souviennent de moi à 81 ans.\u00a0»\n\n"
        "L'écrivain, qui avait publié son premier roman en 1968, a précisé qu'il ne se rendrait "
        "pas à la cérémonie officielle, prévue jeudi à Paris, pour raisons de santé.\n\n"
        "La présidente du jury, l'essayiste Hélène Carbonnel, a défendu un choix «\u00a0qui ne "
        "doit rien à l'âge de l'auteur\u00a0». Les éditions Castelmaure ont annoncé un nouveau "
        "tirage de 150\u00a0000 exemplaires.",
        [
            (
                D,
                [
                    "Je n'attendais plus rien des prix",
                    "et voilà qu'ils se souviennent de moi à 81 ans.",
                ],
                "Étienne Vasseur-Maillol",
            ),
            (
                I,
                [
                    "il ne se rendrait pas à la cérémonie officielle, prévue jeudi à Paris, pour "
                    "raisons de santé"
                ],
                "Étienne Vasseur-Maillol",
            ),
            (P, ["qui ne doit rien à l'âge de l'auteur"], "Hélène Carbonnel"),
        ],
    ),
    (  # 3 restitution of a looted painting: a painting title in « » (not a quote),
        # two-sentence direct + "a déclaré lundi la ministre de la Culture, Name", "Selon leur
        # avocat, Name," (rest of the sentence), partial inside "a dit regretter" by "Le
        # directeur du musée, Name" (only the partial)
        "Le musée d'Art et d'Histoire de Saint-Véran va restituer aux héritiers du "
        "collectionneur Samuel Lévy-Brunschwig une toile du paysagiste Auguste Ravenel, "
        "«\u00a0Verger sous la neige\u00a0» (1887), saisie en 1942 dans l'appartement parisien "
        "de la famille.\n\n"
        "«\u00a0Cette œuvre n'aurait jamais dû quitter la famille qui l'aimait. La République "
        "répare aujourd'hui une injustice vieille de plus de quatre-vingts ans\u00a0», a déclaré "
        "lundi la ministre de la Culture, Agnès Tollemer, lors d'une cérémonie rue de "
        "Valois.\n\n"
        "Les ayants droit réclamaient la toile depuis 2009. Selon leur avocat, Karim Benhaddou, "
        "au moins six autres œuvres issues de la même collection se trouvent encore dans des "
        "musées publics français.\n\n"
        "Le directeur du musée, Paul-Henri Dessaigne, a dit regretter «\u00a0le départ d'une "
        "pièce maîtresse\u00a0» du parcours permanent.",
        [
            (
                D,
                [
                    "Cette œuvre n'aurait jamais dû quitter la famille qui l'aimait. La "
                    "République répare aujourd'hui une injustice vieille de plus de "
                    "quatre-vingts ans"
                ],
                "Agnès Tollemer",
            ),
            (
                I,
                [
                    "au moins six autres œuvres issues de la même collection se trouvent encore "
                    "dans des musées publics français"
                ],
                "Karim Benhaddou",
            ),
            (P, ["le départ d'une pièce maîtresse"], "Paul-Henri Dessaigne"),
        ],
    ),
    (  # 4 opera house strike: a quote split by "lance une machiniste, casque … bras," (unnamed,
        # one quote two spans, "!" kept), an unclosed « ending at "accuse Name, délégué de …"
        # then "Selon lui," (rest of the sentence), partial inside "la direction de l'Opéra a
        # indiqué avoir proposé" (the house speaking as an organisation; only the partial), a
        # title in « » (not a quote)
        "Pour la troisième soirée consécutive, le rideau ne s'est pas levé mercredi à l'Opéra "
        "de Lorvienne. Machinistes, électriciens et habilleuses, en grève depuis lundi, "
        "réclament une revalorisation de 6\u00a0% de leurs salaires et l'embauche de quatorze "
        "permanents.\n\n"
        "Devant l'entrée des artistes, une trentaine de grévistes distribuaient des tracts aux "
        "spectateurs venus se faire rembourser. «\u00a0On monte des décors de douze mètres avec "
        "les effectifs de 1990, lance une machiniste, casque de chantier sous le bras, et on "
        "s'étonne que les gens craquent\u00a0!\u00a0»\n\n"
        "«\u00a0La direction joue la montre depuis le début, accuse Bruno Keraudren, délégué de "
        "l'Alliance des techniciens du spectacle. Selon lui, aucune nouvelle proposition n'a été "
        "faite aux grévistes depuis vendredi.\n\n"
        "Dans un communiqué, la direction de l'Opéra a indiqué avoir proposé une hausse de "
        "3,5\u00a0%, «\u00a0dans la limite des moyens alloués par la Ville\u00a0». Les "
        "représentations de «\u00a0Tosca\u00a0» prévues ce week-end sont d'ores et déjà "
        "annulées.",
        [
            (
                D,
                [
                    "On monte des décors de douze mètres avec les effectifs de 1990",
                    "et on s'étonne que les gens craquent\u00a0!",
                ],
                "machiniste",
            ),
            (D, ["La direction joue la montre depuis le début"], "Bruno Keraudren"),
            (
                I,
                ["aucune nouvelle proposition n'a été faite aux grévistes depuis vendredi"],
                "Bruno Keraudren",
            ),
            (
                P,
                ["dans la limite des moyens alloués par la Ville"],
                "Opéra de Lorvienne",
            ),
        ],
    ),
    (  # 5 public broadcaster's budget: two-sentence direct + "a-t-elle déclaré" (pronoun for
        # "la présidente de Name (RTN), Name"), "D'après le syndicat Name," (generic noun
        # dropped, rest of the sentence), partial after "a … assuré qu'" by "Le ministre de la
        # Culture, Name" (only the partial), "a confirmé … une baisse" and "promis un plan"
        # (noun objects, not annotated)
        "Le gouvernement a confirmé mardi une baisse de 140 millions d'euros de la dotation de "
        "l'audiovisuel public pour 2027. Auditionnée le lendemain par la commission des affaires "
        "culturelles de l'Assemblée nationale, la présidente de Radio-Télévision nationale "
        "(RTN), Corinne Haudebourg, n'a pas caché son inquiétude.\n\n"
        "«\u00a0Avec un tel budget, nous devrons choisir entre nos antennes locales et nos "
        "programmes de création. Je refuse de faire ce choix seule\u00a0», a-t-elle déclaré "
        "devant les députés.\n\n"
        "D'après le syndicat Sud-Antennes, près de 400 postes pourraient être supprimés d'ici à "
        "2028, principalement dans les rédactions régionales.\n\n"
        "Le ministre de la Culture, Vincent Lachaume, a de son côté assuré qu'«\u00a0aucune "
        "antenne ne fermera\u00a0» et promis un plan de transformation d'ici au printemps.",
        [
            (
                D,
                [
                    "Avec un tel budget, nous devrons choisir entre nos antennes locales et nos "
                    "programmes de création. Je refuse de faire ce choix seule"
                ],
                "Corinne Haudebourg",
            ),
            (
                I,
                [
                    "près de 400 postes pourraient être supprimés d'ici à 2028, principalement "
                    "dans les rédactions régionales"
                ],
                "Sud-Antennes",
            ),
            (P, ["aucune antenne ne fermera"], "Vincent Lachaume"),
        ],
    ),
    (  # 6 regional daily closes, straight quotes: "a annoncé … sa fermeture" (noun object, not
        # annotated), "Le groupe a indiqué que" (role for "Le groupe Name", generic noun
        # dropped), partial inside "dit avoir appris la nouvelle" (only the partial),
        # two-sentence direct + "soupire la journaliste" (role)
        "Après 112 ans d'existence, L'Écho du Morvan paraîtra pour la dernière fois samedi. Le "
        "groupe Presse Centre-Est, propriétaire du quotidien depuis 2004, a annoncé jeudi sa "
        "fermeture, invoquant une chute de 40\u00a0% des ventes en cinq ans.\n\n"
        "Le groupe a indiqué que les 38 salariés se verraient proposer un reclassement dans ses "
        "autres titres, à Dijon et à Nevers.\n\n"
        "La doyenne de la rédaction, Monique Chaumereuil, entrée au journal en 1979, dit avoir "
        'appris la nouvelle "par un mail de quatre lignes". "On a couvert les fermetures '
        "d'usines pendant quarante ans. On ne pensait pas couvrir la nôtre\", soupire la "
        "journaliste.\n\n"
        "Le dernier numéro sera tiré à 20\u00a0000 exemplaires, cinq fois plus qu'un samedi "
        "ordinaire.",
        [
            (
                I,
                [
                    "les 38 salariés se verraient proposer un reclassement dans ses autres "
                    "titres, à Dijon et à Nevers"
                ],
                "Presse Centre-Est",
            ),
            (P, ["par un mail de quatre lignes"], "Monique Chaumereuil"),
            (
                D,
                [
                    "On a couvert les fermetures d'usines pendant quarante ans. On ne pensait "
                    "pas couvrir la nôtre"
                ],
                "Monique Chaumereuil",
            ),
        ],
    ),
    (  # 7 singer tried for defamation: a song title in « » (not a quote), direct +
        # "a-t-il lancé" (pronoun for "l'interprète de « … »", epithet for "Le chanteur Name"),
        # partial after "a dénoncé" by "L'avocate de M. Surname, Name", "réclamé 50 000 euros"
        # and "a requis une amende" (noun objects, not annotated)
        "Le chanteur Lucas Verdaguer, 44 ans, comparaissait jeudi devant le tribunal "
        "correctionnel de Nanterre pour diffamation envers son ancien manager, Patrick "
        "Olivieri, qu'il avait mis en cause lors d'une émission de télévision en mars.\n\n"
        "À la barre, l'interprète de «\u00a0Nuits fauves\u00a0» n'a rien retiré de ses propos. "
        "«\u00a0J'ai dit ce que je savais, et je le redirais demain devant n'importe quelle "
        "caméra\u00a0», a-t-il lancé à la présidente du tribunal.\n\n"
        "L'avocate de M.\u00a0Olivieri, Sophie Marchetti-Roux, a dénoncé «\u00a0une campagne de "
        "dénigrement savamment orchestrée\u00a0» et réclamé 50\u00a0000 euros de dommages et "
        "intérêts. Le procureur a requis une amende de 8\u00a0000 euros avec sursis.\n\n"
        "Le jugement a été mis en délibéré au 14 janvier.",
        [
            (
                D,
                [
                    "J'ai dit ce que je savais, et je le redirais demain devant n'importe quelle "
                    "caméra"
                ],
                "Lucas Verdaguer",
            ),
            (
                P,
                ["une campagne de dénigrement savamment orchestrée"],
                "Sophie Marchetti-Roux",
            ),
        ],
    ),
    (  # 8 Quebec singer cancels his European tour: a quote continued over two paragraphs (one
        # span each, first one's period kept) + "écrit-il" (pronoun for "le Québécois de 37
        # ans", epithet), "Son producteur, la société Name, a précisé que" (generic noun
        # dropped), "D'après le quotidien Le Courrier de Montréal," (rest of the sentence)
        "Le chanteur québécois Félix-Antoine Bérubé a annulé jeudi l'ensemble de sa tournée "
        "européenne, qui devait passer par 23 villes entre février et avril, dont quatre soirs à "
        "Paris.\n\n"
        "Dans un long message publié sur les réseaux sociaux, le Québécois de 37 ans invoque un "
        "épuisement professionnel. «\u00a0Depuis des mois, je monte sur scène en me demandant si "
        "je vais tenir jusqu'au rappel. Ce n'est plus possible.\n\n"
        "«\u00a0Je vous demande pardon, et je vous promets de revenir quand je serai de nouveau "
        "capable de vous donner ce que vous méritez\u00a0», écrit-il.\n\n"
        "Son producteur, la société Aurores Spectacles, a précisé que les billets seraient "
        "remboursés automatiquement sous trente jours. D'après le quotidien Le Courrier de "
        "Montréal, le chanteur avait déjà dû écourter deux concerts à Québec en octobre.",
        [
            (
                D,
                [
                    "Depuis des mois, je monte sur scène en me demandant si je vais tenir "
                    "jusqu'au rappel. Ce n'est plus possible.",
                    "Je vous demande pardon, et je vous promets de revenir quand je serai de "
                    "nouveau capable de vous donner ce que vous méritez",
                ],
                "Félix-Antoine Bérubé",
            ),
            (
                I,
                ["les billets seraient remboursés automatiquement sous trente jours"],
                "Aurores Spectacles",
            ),
            (
                I,
                ["le chanteur avait déjà dû écourter deux concerts à Québec en octobre"],
                "Courrier de Montréal",
            ),
        ],
    ),
    (  # 9 exhibition extended: "…, a annoncé vendredi la directrice du musée Name, Name." (the
        # clause before), "Selon Mme Surname," (rest of the sentence), two-sentence direct +
        # "se réjouit le commissaire de l'exposition, Name", partial inside "une visitrice …
        # assure être revenue" (unnamed; only the partial), a painting title in « »
        "L'exposition consacrée à la peintre suédoise Ingrid Halvorsen, ouverte en septembre à "
        "Bordeaux, sera prolongée de six semaines, a annoncé vendredi la directrice du musée "
        "Delaunay-Marsac, Claire Sabatier-Nguyen. Selon Mme\u00a0Sabatier-Nguyen, plus de "
        "210\u00a0000 visiteurs s'y sont déjà pressés, un record pour l'établissement.\n\n"
        "«\u00a0Halvorsen était inconnue en France il y a cinq ans. Le public a découvert une "
        "immense coloriste\u00a0», se réjouit le commissaire de l'exposition, Baptiste "
        "Orlhac.\n\n"
        "Devant «\u00a0La Chambre bleue\u00a0», toile phare du parcours, une visitrice venue de "
        "Pau assure être revenue «\u00a0pour la troisième fois\u00a0». Les prêts de plusieurs "
        "musées scandinaves ont été renégociés pour permettre la prolongation.",
        [
            (
                I,
                [
                    "L'exposition consacrée à la peintre suédoise Ingrid Halvorsen, ouverte en "
                    "septembre à Bordeaux, sera prolongée de six semaines"
                ],
                "Claire Sabatier-Nguyen",
            ),
            (
                I,
                [
                    "plus de 210\u00a0000 visiteurs s'y sont déjà pressés, un record pour "
                    "l'établissement"
                ],
                "Claire Sabatier-Nguyen",
            ),
            (
                D,
                [
                    "Halvorsen était inconnue en France il y a cinq ans. Le public a découvert "
                    "une immense coloriste"
                ],
                "Baptiste Orlhac",
            ),
            (P, ["pour la troisième fois"], "visitrice"),
        ],
    ),
    (  # 10 director and critic clash on the radio, dialogue dashes: a dash line attributed by
        # the sentence before it ("le réalisateur Name a pris à partie la critique Name, … :"),
        # a dash line with a comma incise "a rétorqué la critique," (role; one quote two
        # spans), partial after "Le cinéaste a … accusé la presse … de" (epithet), show and
        # film titles in « » (not quotes)
        "Invité surprise de l'émission «\u00a0Premier Rang\u00a0», dimanche soir sur Radio Cité, "
        "le réalisateur Damien Keller a pris à partie la critique Anne-Sophie Reboul, qui avait "
        "étrillé son dernier film, «\u00a0Les Insoumis du Vercors\u00a0», dans les colonnes d'un "
        "hebdomadaire\u00a0:\n\n"
        "— Vous avez démoli un film que vous n'avez pas vu jusqu'au bout. Je vous ai vue quitter "
        "la salle au bout d'une heure\u00a0!\n\n"
        "— Je suis restée jusqu'au générique, a rétorqué la critique, et c'est bien ce que je "
        "regrette.\n\n"
        "Le cinéaste a ensuite accusé la presse parisienne de «\u00a0mépriser le cinéma "
        "populaire\u00a0». L'animateur, Lionel Carasso, a dû lancer une page de publicité pour "
        "calmer les esprits.",
        [
            (
                D,
                [
                    "Vous avez démoli un film que vous n'avez pas vu jusqu'au bout. Je vous ai "
                    "vue quitter la salle au bout d'une heure\u00a0!"
                ],
                "Damien Keller",
            ),
            (
                D,
                ["Je suis restée jusqu'au générique", "et c'est bien ce que je regrette."],
                "Anne-Sophie Reboul",
            ),
            (P, ["mépriser le cinéma populaire"], "Damien Keller"),
        ],
    ),
    (  # 11 film awards ceremony: text opening on a film title in « » (not a quote), "a
        # remercié … avant de lancer : « … »" (role "la réalisatrice franco-algérienne",
        # final period kept), partial inside "un producteur a regretté, sous couvert
        # d'anonymat, que" (unnamed; only the partial), "D'après l'institut Name," (generic
        # noun dropped, rest of the sentence)
        "«\u00a0Le Dernier Hiver\u00a0», de Nadia Bensalem, a remporté sept Astres vendredi "
        "soir lors de la 22e cérémonie des Astres du cinéma, dont ceux du meilleur film et de la "
        "meilleure réalisation.\n\n"
        "Sur scène, la réalisatrice franco-algérienne a remercié ses producteurs avant de "
        "lancer\u00a0: «\u00a0Cinq ans pour trouver l'argent, cinq semaines pour tourner. Voilà "
        "le cinéma d'auteur en France aujourd'hui.\u00a0»\n\n"
        "En coulisses, un producteur a regretté, sous couvert d'anonymat, que l'Académie ait "
        "«\u00a0encore une fois oublié les comédies\u00a0», qui ont pourtant réalisé plus de la "
        "moitié des entrées de l'année.\n\n"
        "D'après l'institut Audiscope, la retransmission a réuni 1,9 million de téléspectateurs, "
        "un plus bas historique.",
        [
            (
                D,
                [
                    "Cinq ans pour trouver l'argent, cinq semaines pour tourner. Voilà le cinéma "
                    "d'auteur en France aujourd'hui."
                ],
                "Nadia Bensalem",
            ),
            (P, ["encore une fois oublié les comédies"], "producteur"),
            (
                I,
                [
                    "la retransmission a réuni 1,9 million de téléspectateurs, un plus bas historique"
                ],
                "Audiscope",
            ),
        ],
    ),
    (  # 12 comics festival prize, curly quotes: direct + "a raconté la lauréate, qui …." (role
        # for "la Bruxelloise", the attribution ends its sentence), then an unattributed
        # second quotation continuing her words (a second direct quote, final period kept),
        # "Le délégué général du festival, Name, a annoncé que"
        "L'autrice belge Lotte Vanderbeken a reçu dimanche le Grand Prix du festival Bulles "
        "d'Armor, à Saint-Brieuc, pour l'ensemble de son œuvre. Âgée de 52 ans, la Bruxelloise "
        "n'est que la troisième femme distinguée en trente éditions.\n\n"
        "“J'ai commencé à dessiner dans les marges de mes cahiers de comptabilité”, a raconté "
        "la lauréate, qui fut expert-comptable pendant quinze ans avant de publier son premier "
        "album. “Je n'aurais jamais osé imaginer ça.”\n\n"
        "Le délégué général du festival, Yann Le Goff, a annoncé que l'édition 2027 accueillerait "
        "pour la première fois un pavillon consacré à la bande dessinée coréenne.",
        [
            (
                D,
                ["J'ai commencé à dessiner dans les marges de mes cahiers de comptabilité"],
                "Lotte Vanderbeken",
            ),
            (D, ["Je n'aurais jamais osé imaginer ça."], "Lotte Vanderbeken"),
            (
                I,
                [
                    "l'édition 2027 accueillerait pour la première fois un pavillon consacré à la "
                    "bande dessinée coréenne"
                ],
                "Yann Le Goff",
            ),
        ],
    ),
    (  # 13 conductor leaves an orchestra: two-sentence direct + "a expliqué le chef de 63
        # ans" (epithet), "évoquent … des relations tendues" (noun object, not annotated),
        # partial after "L'un d'eux décrit" (one of the unnamed musicians), "L'orchestre a
        # fait savoir que" (the orchestra speaking as an organisation, fullest name)
        "Le chef d'orchestre estonien Martin Kallasvee quittera la direction musicale de "
        "l'Orchestre philharmonique de Vendôme à la fin de la saison, deux ans avant le terme de "
        "son contrat.\n\n"
        "«\u00a0J'ai donné à cet orchestre neuf années de ma vie. Il est temps que d'autres "
        "oreilles l'entendent\u00a0», a expliqué le chef de 63 ans dans un entretien au "
        "quotidien La Voix du Loir.\n\n"
        "Plusieurs musiciens, qui ont requis l'anonymat, évoquent pourtant des relations tendues "
        "avec l'administratrice générale, Sylvie Marchal-Dunand, arrivée en 2025. L'un d'eux "
        "décrit un «\u00a0climat irrespirable\u00a0» dans les coulisses.\n\n"
        "L'orchestre a fait savoir qu'un comité de sélection serait constitué dès janvier pour "
        "désigner son successeur.",
        [
            (
                D,
                [
                    "J'ai donné à cet orchestre neuf années de ma vie. Il est temps que d'autres "
                    "oreilles l'entendent"
                ],
                "Martin Kallasvee",
            ),
            (P, ["climat irrespirable"], "musicien"),
            (
                I,
                [
                    "un comité de sélection serait constitué dès janvier pour désigner son "
                    "successeur"
                ],
                "Orchestre philharmonique de Vendôme",
            ),
        ],
    ),
    (  # 14 no quote: an art centre appoints a director, "avait annoncé son départ" (noun
        # object, not annotated), an exhibition title in « » (not a quote)
        "Le conseil d'administration de la Villa Carmin, centre d'art contemporain installé sur "
        "les hauteurs de Marseille, a nommé jeudi l'historienne de l'art Delphine Aubrac-Lenoir "
        "à la direction de l'établissement. Elle succède à Marianne Téchiné, qui avait annoncé "
        "son départ en juin après huit ans de mandat.\n\n"
        "Ancienne conservatrice au musée des Beaux-Arts de Rouen, Mme\u00a0Aubrac-Lenoir, 46 "
        "ans, a présenté au conseil un projet centré sur les artistes du pourtour méditerranéen. "
        "Sa première exposition, «\u00a0Méditerranées intérieures\u00a0», ouvrira en mai.\n\n"
        "Le budget annuel de la Villa, 4,2 millions d'euros, est financé pour moitié par la "
        "Ville et la région.",
        [],
    ),
    (  # 15 play cancelled by a town hall: a play title in « » (not a quote), partial after
        # "Le Genevois a dénoncé" (epithet for "le metteur en scène genevois Name"),
        # two-sentence direct + "a-t-il ajouté", "Selon le Syndicat des scènes indépendantes,"
        # (rest of the sentence)
        "La mairie de Castelroux a annulé la représentation de «\u00a0Cendres\u00a0», la pièce "
        "du metteur en scène genevois Raphaël Zimmerli, prévue samedi au théâtre municipal, "
        "après une pétition qui a recueilli 3\u00a0000 signatures.\n\n"
        "Le Genevois a dénoncé «\u00a0une censure qui ne dit pas son nom\u00a0». «\u00a0Personne, "
        "à la mairie, n'a lu le texte. On juge une pièce sur son affiche\u00a0», a-t-il ajouté "
        "jeudi lors d'une conférence de presse improvisée devant le théâtre.\n\n"
        "Selon le Syndicat des scènes indépendantes, il s'agit de la quatrième annulation de ce "
        "type dans la région depuis janvier. La municipalité n'a pas souhaité commenter.",
        [
            (P, ["une censure qui ne dit pas son nom"], "Raphaël Zimmerli"),
            (
                D,
                ["Personne, à la mairie, n'a lu le texte. On juge une pièce sur son affiche"],
                "Raphaël Zimmerli",
            ),
            (
                I,
                ["il s'agit de la quatrième annulation de ce type dans la région depuis janvier"],
                "Syndicat des scènes indépendantes",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 film festival prize, curly quotes: a film title in “ ” (not a quote), direct +
        # "Aalberg said as she accepted …." (the attribution ends its sentence), then a second
        # unattributed quotation (a second direct quote, final period kept), "…, according to
        # organisers." (unnamed plural, the part before)
        "Norwegian director Sigrid Aalberg won the Golden Anchor at the Harbourside "
        "International Film Festival on Saturday for “The Salt Year”, a slow-burning drama "
        "about a fishing village that loses its only ferry.\n\n"
        "“I made this film for about forty thousand euros and a great many favours,” Aalberg "
        "said as she accepted the award from the jury president, the Argentine actor Tomás "
        "Irigoyen. “Every one of those favours is up there on the screen.”\n\n"
        "Attendance reached 212,000 over eleven days, up 6% on last year, according to "
        "organisers. The Norwegian's film has yet to find a North American distributor.",
        [
            (
                D,
                ["I made this film for about forty thousand euros and a great many favours"],
                "Sigrid Aalberg",
            ),
            (D, ["Every one of those favours is up there on the screen."], "Sigrid Aalberg"),
            (
                I,
                ["Attendance reached 212,000 over eleven days, up 6% on last year"],
                "organisers",
            ),
        ],
    ),
    (  # 2 fiction prize: a quote split by "the novelist said," (epithet; one quote two spans,
        # final period kept), partial after "The judges described the book as" (unnamed
        # plural), "…, according to the industry tracker Name." (the part before, generic
        # noun dropped)
        "The Calloway Prize for Fiction, worth £50,000, was awarded on Tuesday night to Ruth "
        "Okonkwo-Hale for her fourth novel, The Lighthouse Keepers, at a ceremony at the "
        "Guildhall in London.\n\n"
        '"I wrote most of this book at the kitchen table between four and seven in the '
        'morning," the novelist said, "before the children woke up and the world started asking '
        'things of me."\n\n'
        'The judges described the book as "a quietly devastating portrait of a marriage". Sales '
        "of the novel have risen by 340% since the shortlist was announced in September, "
        "according to the industry tracker BookPulse.",
        [
            (
                D,
                [
                    "I wrote most of this book at the kitchen table between four and seven in "
                    "the morning",
                    "before the children woke up and the world started asking things of me.",
                ],
                "Ruth Okonkwo-Hale",
            ),
            (P, ["a quietly devastating portrait of a marriage"], "judges"),
            (
                I,
                [
                    "Sales of the novel have risen by 340% since the shortlist was announced in "
                    "September"
                ],
                "BookPulse",
            ),
        ],
    ),
    (  # 3 museum returns looted objects: "…, the museum announced on Wednesday." (the
        # clause before; the museum speaking as an organisation), direct + "said its
        # director, Dr Name" (courtesy title dropped), partial after "Mr Surname thanked the
        # trustees for what he called"
        "The Hallworth Museum in Bristol is to return 31 bronze and ivory objects looted by "
        "British troops from a royal court in present-day Cameroon in 1899, the museum "
        "announced on Wednesday.\n\n"
        '"These objects were taken by force, and no amount of careful conservation changes '
        'that," said its director, Dr Helen Achterberg. The collection, which includes a carved '
        "ivory stool and eleven commemorative heads, has been on display in Bristol since "
        "1923.\n\n"
        "Cameroon's culture minister, Bertrand Essomba Nkoulou, travelled to Bristol for the "
        'announcement. Mr Essomba Nkoulou thanked the trustees for what he called "an honest '
        "reckoning\" with the museum's past.",
        [
            (
                I,
                [
                    "The Hallworth Museum in Bristol is to return 31 bronze and ivory objects "
                    "looted by British troops from a royal court in present-day Cameroon in 1899"
                ],
                "Hallworth Museum",
            ),
            (
                D,
                [
                    "These objects were taken by force, and no amount of careful conservation "
                    "changes that"
                ],
                "Helen Achterberg",
            ),
            (P, ["an honest reckoning"], "Bertrand Essomba Nkoulou"),
        ],
    ),
    (  # 4 farewell tour cancelled: "…, promoter Name said on Monday." (the clause before,
        # role dropped), partial inside "In a statement, Livewire said he was" (short form of
        # the promoter's name; only the partial), two-sentence direct + "said his daughter
        # and manager, Name"; "The 81-year-old" refers back to the singer (not a speaker)
        "Veteran rocker Desmond Harrow has cancelled the remaining 19 dates of his farewell tour "
        "after being admitted to hospital in Glasgow with pneumonia, promoter Livewire Live "
        "said on Monday.\n\n"
        "The 81-year-old, who fronted the band Tin Cathedral for five decades, was taken ill "
        "after a show at the city's Kelvin Exchange on Friday. In a statement, Livewire said he "
        'was "comfortable and in good spirits" but had been told by doctors to rest for at '
        "least three months.\n\n"
        '"Dad is gutted. He kept asking the nurses whether he could still make Manchester on '
        'Thursday," said his daughter and manager, Niamh Harrow. Ticket holders will be refunded '
        "automatically.",
        [
            (
                I,
                [
                    "Veteran rocker Desmond Harrow has cancelled the remaining 19 dates of his "
                    "farewell tour after being admitted to hospital in Glasgow with pneumonia"
                ],
                "Livewire Live",
            ),
            (P, ["comfortable and in good spirits"], "Livewire Live"),
            (
                D,
                [
                    "Dad is gutted. He kept asking the nurses whether he could still make "
                    "Manchester on Thursday"
                ],
                "Niamh Harrow",
            ),
        ],
    ),
    (  # 5 theatre strike, curly quotes: a quote opened after "Its general secretary, Name,
        # addressed a rally" and continued over two paragraphs (one span each, first one's
        # period kept) + "she told the crowd", partial inside "A spokeswoman for the League
        # of … said the producers' offer … was" (unnamed spokesperson for the organisation;
        # only the partial), "one stagehand, who asked not to be named, said" (unnamed)
        "Curtains stayed down at 22 theatres across the city's Theatre District on Thursday as "
        "stagehands and wardrobe staff began a 48-hour strike over pay and staffing.\n\n"
        "The walkout was called by the Theatrical Crafts Union, whose members voted 91% in "
        "favour of industrial action last month. Its general secretary, Carla Menendez, "
        "addressed a rally in Regent Square. “Our members build the magic every night and then "
        "can't afford the train home. Producers have had two years to fix this.\n\n"
        "“We're not going anywhere until they do,” she told the crowd.\n\n"
        "A spokeswoman for the League of Metropolitan Theatres said the producers' offer of a "
        "4.5% rise over two years was “fair and final”. Outside the Regent Theatre, one "
        "stagehand, who asked not to be named, said he had worked 70-hour weeks during the run "
        "of the hit musical Northern Lights.",
        [
            (
                D,
                [
                    "Our members build the magic every night and then can't afford the train "
                    "home. Producers have had two years to fix this.",
                    "We're not going anywhere until they do",
                ],
                "Carla Menendez",
            ),
            (P, ["fair and final"], "League of Metropolitan Theatres"),
            (
                I,
                ["he had worked 70-hour weeks during the run of the hit musical Northern Lights"],
                "stagehand",
            ),
        ],
    ),
    (  # 6 public broadcaster cuts, curly quotes with a nested ‘ ’: two-sentence direct +
        # "director-general Name wrote" (role dropped), partial inside "Culture secretary
        # Name said the settlement was" (only the partial), direct + "said Name of the …"
        # containing the nested ‘generous’ (part of Reilly's quote, not a quote of its own)
        "The Northern Broadcasting Corporation is to close two of its radio stations and cut 450 "
        "jobs after the government froze its licence fee for a third consecutive year.\n\n"
        "“We have been asked to do more with less for a decade. We are now at the point where we "
        "must simply do less,” director-general Fiona Castellane wrote in an email to staff on "
        "Tuesday.\n\n"
        "Culture secretary Owen Brightwater said the settlement was “generous in the "
        "circumstances”.\n\n"
        "“When the minister says ‘generous’, I'd invite him to come and explain that to 450 "
        "families before Christmas,” said Tomás Reilly of the National Union of Broadcast "
        "Workers.",
        [
            (
                D,
                [
                    "We have been asked to do more with less for a decade. We are now at the "
                    "point where we must simply do less"
                ],
                "Fiona Castellane",
            ),
            (P, ["generous in the circumstances"], "Owen Brightwater"),
            (
                D,
                [
                    "When the minister says ‘generous’, I'd invite him to come and explain that "
                    "to 450 families before Christmas"
                ],
                "Tomás Reilly",
            ),
        ],
    ),
    (  # 7 local weekly closes: "…, its owner, Name, said on Thursday." (the clause before,
        # role dropped), "…, according to the Press Audit Office." (the part before), "Editor
        # Name, who …, was blunt: "…"" (direct after a colon, final period kept)
        "The Ashdown Gazette, which has reported on the towns of the Weald since 1871, will "
        "print its final edition on December 19, its owner, Meridian Regional Media, said on "
        "Thursday.\n\n"
        "The weekly's circulation has fallen from 31,000 in 2005 to just under 4,000, according "
        "to the Press Audit Office. Its five remaining reporters learned of the closure at a "
        "meeting on Wednesday afternoon.\n\n"
        'Editor Jonathan Pike, who joined the paper as a trainee in 1988, was blunt: "Council '
        "meetings, magistrates' courts, planning committees — after Christmas, nobody will be "
        'in the room any more."',
        [
            (
                I,
                [
                    "The Ashdown Gazette, which has reported on the towns of the Weald since "
                    "1871, will print its final edition on December 19"
                ],
                "Meridian Regional Media",
            ),
            (
                I,
                ["The weekly's circulation has fallen from 31,000 in 2005 to just under 4,000"],
                "Press Audit Office",
            ),
            (
                D,
                [
                    "Council meetings, magistrates' courts, planning committees — after "
                    "Christmas, nobody will be in the room any more."
                ],
                "Jonathan Pike",
            ),
        ],
    ),
    (  # 8 actor loses libel case: partial inside "the judge, Name, ruled that … were" (only
        # the partial), two-sentence direct + "he said, before …" (pronoun for "the
        # 34-year-old", epithet for "Actor Name"), partial inside "The newspaper's editor,
        # Name, said the ruling was" (only the partial)
        "Actor Callum Deverell on Friday lost his libel claim against the Sunday Herald Star, "
        "after the judge, Miriam Okafor, ruled that the newspaper's reports of his behaviour on "
        'the set of a period drama were "substantially true".\n\n'
        'Outside the Royal Courts of Justice, the 34-year-old read a short statement. "I am '
        "disappointed, but I respect the court's decision. I will now take some time to be "
        'with my family," he said, before getting into a waiting car without taking '
        "questions.\n\n"
        "The newspaper's editor, Grant Lowry, said the ruling was \"a victory for careful, "
        "responsible journalism\". Deverell was ordered to pay the paper's legal costs, "
        "estimated at £1.2 million.",
        [
            (P, ["substantially true"], "Miriam Okafor"),
            (
                D,
                [
                    "I am disappointed, but I respect the court's decision. I will now take some "
                    "time to be with my family"
                ],
                "Callum Deverell",
            ),
            (P, ["a victory for careful, responsible journalism"], "Grant Lowry"),
        ],
    ),
    (  # 9 television awards, curly quotes: direct + "the Scot said in her acceptance
        # speech." (epithet for "Glasgow-born actress Name"; the attribution ends its
        # sentence), then a second unattributed quotation (a second direct quote), "…,
        # according to overnight figures from the ratings agency Name." (the part before,
        # generic noun dropped)
        "Glasgow-born actress Isla McCandless was named best actress at the Halcyon Television "
        "Awards on Sunday for her role as a disgraced surgeon in the hospital drama Second "
        "Opinion.\n\n"
        "“Thirty years ago I was the girl with the wrong accent, the one who would only ever "
        "play the best friend,” the Scot said in her acceptance speech. “Well, here I am, still "
        "talking like this.”\n\n"
        "The ceremony drew 3.1 million viewers, down from 3.8 million last year, according to "
        "overnight figures from the ratings agency Viewmark.",
        [
            (
                D,
                [
                    "Thirty years ago I was the girl with the wrong accent, the one who would "
                    "only ever play the best friend"
                ],
                "Isla McCandless",
            ),
            (D, ["Well, here I am, still talking like this."], "Isla McCandless"),
            (
                I,
                ["The ceremony drew 3.1 million viewers, down from 3.8 million last year"],
                "Viewmark",
            ),
        ],
    ),
    (  # 10 sculpture retrospective, curly quotes: a quote split by "said the exhibition's
        # curator, Name," (one quote two spans, final period kept), partial after "the critic
        # Name called the show" ("questioning the gallery's decision" is not speech)
        "A retrospective of the late sculptor Agnes Whitlow opened at the Carrick Gallery in "
        "Edinburgh on Friday, bringing together 140 works, many of them never exhibited in her "
        "lifetime.\n\n"
        "“Agnes worked in a shed at the bottom of her garden for forty years,” said the "
        "exhibition's curator, Daniel Ferreira-Haig, “and almost nobody came to see what she was "
        "doing.”\n\n"
        "Writing in the Scottish Review, the critic Moira Lennox called the show “the most "
        "important sculpture exhibition in the country this year”, while questioning the "
        "gallery's decision to charge £18 for entry.",
        [
            (
                D,
                [
                    "Agnes worked in a shed at the bottom of her garden for forty years",
                    "and almost nobody came to see what she was doing.",
                ],
                "Daniel Ferreira-Haig",
            ),
            (
                P,
                ["the most important sculpture exhibition in the country this year"],
                "Moira Lennox",
            ),
        ],
    ),
    (  # 11 authors boycott a literary festival: partial inside "The novelist Name, who …,
        # said she could not" (only the partial), three-sentence direct + "she wrote on social
        # media", "A spokesman for Name said" (unnamed spokesperson for the firm)
        "More than 30 authors have pulled out of the Lindenford Literary Festival in protest at "
        "its sponsorship by the investment firm Carver Holt, which holds stakes in several "
        "coal-mining companies.\n\n"
        "The novelist Priya Ramaswamy, who had been due to give the opening lecture, said she "
        'could not "in good conscience" appear under the company\'s logo. "Festivals need '
        'money. I understand that better than anyone. But there has to be a line somewhere," '
        "she wrote on social media.\n\n"
        "A spokesman for Carver Holt said the firm was proud of its record of supporting the "
        "arts and was reviewing its sponsorship programme. The festival opens on March 3.",
        [
            (P, ["in good conscience"], "Priya Ramaswamy"),
            (
                D,
                [
                    "Festivals need money. I understand that better than anyone. But there has "
                    "to be a line somewhere"
                ],
                "Priya Ramaswamy",
            ),
            (
                I,
                [
                    "the firm was proud of its record of supporting the arts and was reviewing "
                    "its sponsorship programme"
                ],
                "Carver Holt",
            ),
        ],
    ),
    (  # 12 streaming royalties, curly quotes: "…, according to a report published … by the
        # Name." (the part before; the alliance speaking as an organisation), direct + "said
        # the folk singer Name, who …", partial after "The streaming platform Name called the
        # report's methodology" (generic noun dropped)
        "Musicians earned on average less than a third of a penny per stream last year, "
        "according to a report published on Wednesday by the Songwriters and Session Players "
        "Alliance. The study, based on royalty statements from 2,400 artists, is the largest of "
        "its kind since streaming overtook physical sales a decade ago.\n\n"
        "“I've had a track played eleven million times and it paid for a second-hand van,” said "
        "the folk singer Rowan Tait, who contributed to the study.\n\n"
        "The streaming platform Sonique called the report's methodology “deeply flawed”. It "
        "did not publish its own figures on artist payouts, which it regards as commercially "
        "sensitive.",
        [
            (
                I,
                ["Musicians earned on average less than a third of a penny per stream last year"],
                "Songwriters and Session Players Alliance",
            ),
            (
                D,
                ["I've had a track played eleven million times and it paid for a second-hand van"],
                "Rowan Tait",
            ),
            (P, ["deeply flawed"], "Sonique"),
        ],
    ),
    (  # 13 regional arts funding in Australia, curly quotes: "announced A$85 million"
        # (noun object, not annotated), direct + "the Queenslander told a press conference"
        # (epithet for the named minister), partial after "The opposition's arts spokesman,
        # Name, dismissed the package as", "Mr Surname said" (indirect, no "that")
        "Australia's arts minister, Jodie Kershaw, on Thursday announced A$85 million in "
        "emergency funding for regional theatres and galleries, after one venue in five "
        "cut its opening hours this year.\n\n"
        "“Culture doesn't stop at the city limits, and neither does this government,” the "
        "Queenslander told a press conference in Townsville.\n\n"
        "The opposition's arts spokesman, Peter Vukovic, dismissed the package as “a drop in the "
        "ocean”. Mr Vukovic said regional venues had lost more than A$300 million in federal "
        "support since 2020.",
        [
            (
                D,
                ["Culture doesn't stop at the city limits, and neither does this government"],
                "Jodie Kershaw",
            ),
            (P, ["a drop in the ocean"], "Peter Vukovic"),
            (
                I,
                ["regional venues had lost more than A$300 million in federal support since 2020"],
                "Peter Vukovic",
            ),
        ],
    ),
    (  # 14 no quote: weekend box office, "Halberd has already announced a sequel" (noun
        # object, not annotated)
        "Studio Halberd's animated musical Paper Lanterns topped the North American box office "
        "for a third straight weekend, taking $41.2 million from Friday to Sunday and pushing "
        "its worldwide total past $600 million.\n\n"
        "The horror film The Quiet Floor opened in second place with $18.7 million, while the "
        "period drama Lady Averill's Letters, a contender in several awards races, expanded to "
        "1,900 screens and took $6.4 million.\n\n"
        "Halberd has already announced a sequel to Paper Lanterns, scheduled for release in "
        "November 2028.",
        [],
    ),
    (  # 15 ballet season cancelled: partial inside "The company said it" (the company
        # speaking as an organisation; only the partial), direct + "he said" (pronoun for
        # "Name, who represents the dancers"), direct + "said one mother waiting …" (unnamed)
        "The Pacific Ballet Theatre cancelled all 31 performances of its holiday production of "
        "The Nutcracker on Wednesday after contract talks with its dancers broke down.\n\n"
        'The company said it "deeply regretted" the decision. The cancellation will cost it an '
        "estimated $2.3 million in ticket sales.\n\n"
        "Joel Adeyemi, who represents the dancers for the Pacific Coast Dance Artists Union, "
        'spent the afternoon on a picket line outside the opera house. "They would rather '
        'cancel Christmas than pay us properly," he said.\n\n'
        '"We\'ve bought these tickets every December for fifteen years," said one mother '
        "waiting at the box office with her two daughters.",
        [
            (P, ["deeply regretted"], "Pacific Ballet Theatre"),
            (
                D,
                ["They would rather cancel Christmas than pay us properly"],
                "Joel Adeyemi",
            ),
            (
                D,
                ["We've bought these tickets every December for fifteen years"],
                "mother",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout118.jsonl"),
        "heldout118",
        "h118",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
