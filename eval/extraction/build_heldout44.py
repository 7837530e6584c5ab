"""Source of the forty-fourth held-out set: writes heldout44.jsonl (split "heldout44").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
national political news copy: budget debates, bills, party congresses, polls, resignations and
local elections, with ministers, MPs, party leaders, unions and think tanks answering each other.
Measured once before (extractor 0.3.0) and once after extractors 0.17.0 and 0.18.0
(docs/EXTRACTION.md); not read when 0.18.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout44.py
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
    (  # 1 budget debate, no-break spaces, incise a-t-il poursuivi, partial inside reported speech
        "Paris — Les députés ont entamé mardi l'examen en séance du projet de loi de finances "
        "pour 2027, dans un hémicycle clairsemé et une ambiance tendue. Le texte prévoit 27 "
        "milliards d'euros d'économies, dont 9 milliards sur les dotations aux collectivités.\n\n"
        "«\u00a0Nous ne laisserons pas filer la dette pour acheter la paix sociale\u00a0», a lancé à "
        "la tribune la ministre des Comptes publics, Hélène Vasseur-Brac. Elle a rappelé que la "
        "charge de la dette dépasserait l'an prochain le budget de l'Éducation nationale.\n\n"
        "Le président de la commission des finances, Yannick Le Goaziou (Gauche écologiste), a "
        "fustigé «\u00a0un budget de comptables, pas de bâtisseurs\u00a0». La gauche a "
        "applaudi debout, tandis que plusieurs élus de la majorité quittaient l'hémicycle.\n\n"
        "Le rapporteur général, Denis Aubrac-Sollier, a pour sa part déposé une centaine "
        "d'amendements, dont la moitié portent sur les collectivités. Le vote solennel sur la "
        "première partie est prévu le 4 novembre.",
        [
            (
                D,
                ["Nous ne laisserons pas filer la dette pour acheter la paix sociale"],
                "Hélène Vasseur-Brac",
            ),
            (
                I,
                [
                    "la charge de la dette dépasserait l'an prochain le budget de l'Éducation nationale"
                ],
                "Hélène Vasseur-Brac",
            ),
            (P, ["un budget de comptables, pas de bâtisseurs"], "Yannick Le Goaziou"),
        ],
    ),
    (  # 2 party congress, narrow no-break spaces, role-only "la première secrétaire", selon un cadre
        "Tours — Devant quelque 3\u202f000 militants réunis au parc des expositions, Mathilde Orsenne "
        "a été réélue dimanche à la tête du Parti républicain du progrès (PRP) avec 61\u202f% des "
        "suffrages, au terme d'un congrès marqué par les divisions sur la stratégie d'alliances.\n\n"
        "«\u202fCe parti n'est la succursale de personne\u202f», a martelé la première secrétaire dans "
        "son discours de clôture. «\u202fNous irons à la présidentielle avec notre candidat, notre "
        "programme et nos couleurs.\u202f»\n\n"
        "Son rival malheureux, le député de la Sarthe Grégoire Lemarchal, a reconnu sa défaite tout "
        "en prévenant que «\u202fla question des alliances ne disparaîtra pas avec un vote\u202f». Ses "
        "partisans ont quitté la salle avant la fin du discours de clôture.\n\n"
        "Selon un cadre du parti, la victoire de Mme Orsenne doit beaucoup au ralliement tardif des "
        "fédérations du Sud-Ouest.",
        [
            (D, ["Ce parti n'est la succursale de personne"], "Mathilde Orsenne"),
            (
                D,
                [
                    "Nous irons à la présidentielle avec notre candidat, notre programme et nos couleurs."
                ],
                "Mathilde Orsenne",
            ),
            (
                P,
                ["la question des alliances ne disparaîtra pas avec un vote"],
                "Grégoire Lemarchal",
            ),
            (
                I,
                [
                    "la victoire de Mme Orsenne doit beaucoup au ralliement tardif des fédérations du Sud-Ouest"
                ],
                "cadre du parti",
            ),
        ],
    ),
    (  # 3 poll, curly quotes, "Selon elle", colon-introduced direct
        "Un sondage de l'institut Civimètre pour le quotidien La Dépêche du Centre, publié jeudi, "
        "place pour la première fois le Rassemblement des territoires en tête des intentions de vote "
        "aux européennes, avec 24 % contre 21 % pour la liste de la majorité.\n\n"
        "“C'est un avertissement, pas encore un basculement”, analyse Corinne Belloc, directrice "
        "des études politiques de Civimètre. Selon elle, près d'un tiers des électeurs de la majorité "
        "de 2022 n'ont pas encore fait leur choix.\n\n"
        "Le délégué général de Renouveau commun, Bastien Hérouard, a balayé ces chiffres au micro "
        "d'une radio locale : “Les sondages à huit mois d'un scrutin, c'est de la météo. Ils ne "
        "votent pas.”\n\n"
        "La tête de liste du Rassemblement des territoires, Solène Vigouroux, s'est gardée de tout "
        "triomphalisme. Elle a simplement jugé que la dynamique était “réelle mais fragile”.\n\n"
        "L'enquête a été réalisée en ligne du 3 au 6 novembre auprès de 1 512 personnes inscrites "
        "sur les listes électorales.",
        [
            (D, ["C'est un avertissement, pas encore un basculement"], "Corinne Belloc"),
            (
                I,
                [
                    "près d'un tiers des électeurs de la majorité de 2022 n'ont pas encore fait leur choix"
                ],
                "Corinne Belloc",
            ),
            (
                D,
                ["Les sondages à huit mois d'un scrutin, c'est de la météo. Ils ne votent pas."],
                "Bastien Hérouard",
            ),
            (P, ["réelle mais fragile"], "Solène Vigouroux"),
        ],
    ),
    (  # 4 resignation, guillemets without spaces, noun-object demand not annotated
        "Le secrétaire d'État chargé du Numérique, Pierre-Alain Dumesnil, a présenté lundi soir sa "
        "démission, quatre jours après les révélations du site Le Fil sur l'emploi de sa compagne "
        "comme collaboratrice parlementaire lorsqu'il était député.\n\n"
        "«Je quitte le gouvernement pour me défendre librement et pour ne pas l'entraver», écrit-il "
        "dans un communiqué transmis à l'AFP. L'ancien élu de l'Orne assure n'avoir «jamais enfreint "
        "la moindre règle».\n\n"
        "L'intérim sera assuré par la ministre de l'Économie, Agnès "
        "Frémiot. Dans l'opposition, le président du groupe Nouvelle Droite au Sénat, Hubert "
        "Castagnède, a réclamé la création d'une commission d'enquête.\n\n"
        "«C'est la troisième démission en six mois. À ce rythme, il faudra bientôt un ministre "
        "chargé des départs», a ironisé la porte-parole du Parti socialiste démocrate, Nadia "
        "Benchekroun.",
        [
            (
                D,
                ["Je quitte le gouvernement pour me défendre librement et pour ne pas l'entraver"],
                "Pierre-Alain Dumesnil",
            ),
            (P, ["jamais enfreint la moindre règle"], "Pierre-Alain Dumesnil"),
            (
                D,
                [
                    "C'est la troisième démission en six mois. À ce rythme, il faudra bientôt un ministre "
                    "chargé des départs"
                ],
                "Nadia Benchekroun",
            ),
        ],
    ),
    (  # 5 municipal by-election, "le maire" resolved, prefect named
        "Saint-Aubin-sur-Lèze — Au lendemain de sa victoire à l'élection municipale partielle, le "
        "nouveau maire de Saint-Aubin-sur-Lèze, Jean-Michel Roustan, a reçu la presse dans une mairie "
        "encore encombrée des cartons de son prédécesseur. Sa liste divers gauche l'a emporté "
        "dimanche avec 53,8 % des voix face à celle de l'ancien maire, Francis Delmotte, contraint à "
        "la démission après une série de départs au sein du conseil.\n\n"
        "« La première urgence, c'est la cantine scolaire, qui ferme dans trois semaines faute de "
        "personnel », a expliqué le maire. Il a assuré qu'un audit des finances communales serait "
        "publié dès janvier.\n\n"
        "Battu, M. Delmotte n'a pas souhaité s'exprimer. Son ancienne adjointe aux finances, "
        "Ghislaine Pérac, a en revanche dénoncé une « campagne de caniveau ».\n\n"
        "Le taux de participation, 61 %, est le plus élevé enregistré dans le département pour une "
        "élection partielle depuis 2008.",
        [
            (
                D,
                [
                    "La première urgence, c'est la cantine scolaire, qui ferme dans trois semaines faute de "
                    "personnel"
                ],
                "Jean-Michel Roustan",
            ),
            (
                I,
                ["un audit des finances communales serait publié dès janvier"],
                "Jean-Michel Roustan",
            ),
            (P, ["campagne de caniveau"], "Ghislaine Pérac"),
        ],
    ),
    (  # 6 civil service unions: quote over two paragraphs, speaker after; minister's incise
        "Les syndicats de la fonction publique ont claqué la porte mercredi de la réunion convoquée "
        "par le ministre de la Transformation publique, Laurent Quéméner, sur le gel du point "
        "d'indice en 2027.\n\n"
        "« On nous a convoqués pour nous annoncer une décision déjà prise. Il n'y avait rien à "
        "négocier, seulement à entériner. Nous ne servirons pas de figurants.\n\n"
        "« Les agents ont perdu près de 8 % de pouvoir d'achat en cinq ans. Le gouvernement leur "
        "demande encore un effort, sans la moindre contrepartie. »\n\n"
        "C'est ainsi que la secrétaire générale de l'Union des agents publics (UAP), Martine "
        "Escoffier, a résumé la rencontre à la sortie du ministère. L'intersyndicale appelle à une "
        "journée de grève le 19 décembre.\n\n"
        "Le ministre a pour sa part regretté « un départ précipité ». « La porte reste ouverte, "
        "a-t-il assuré. Nous pouvons discuter des mesures catégorielles et du télétravail, pas du "
        "point. »",
        [
            (
                D,
                [
                    "On nous a convoqués pour nous annoncer une décision déjà prise. Il n'y avait rien à "
                    "négocier, seulement à entériner. Nous ne servirons pas de figurants.",
                    "Les agents ont perdu près de 8 % de pouvoir d'achat en cinq ans. Le gouvernement leur "
                    "demande encore un effort, sans la moindre contrepartie.",
                ],
                "Martine Escoffier",
            ),
            (P, ["un départ précipité"], "Laurent Quéméner"),
            (
                D,
                [
                    "La porte reste ouverte",
                    "Nous pouvons discuter des mesures catégorielles et du télétravail, pas du point.",
                ],
                "Laurent Quéméner",
            ),
        ],
    ),
    (  # 7 Senate farm bill: s'est félicité, incise a-t-elle reconnu, organisation partial
        "Le Sénat a adopté dans la nuit de mardi à mercredi, par 198 voix contre 112, le projet de "
        "loi d'orientation agricole, après l'avoir sensiblement durci sur la question des "
        "pesticides.\n\n"
        "« Nous avons rendu aux agriculteurs des outils que Bruxelles et Paris leur avaient retirés "
        "un à un », s'est félicité le rapporteur, le sénateur de la Vienne Thierry Bourdaleix.\n\n"
        "La ministre de l'Agriculture, Anne-Sophie Kervella, a toutefois émis des réserves. « Ce "
        "texte comporte des avancées, a-t-elle reconnu devant les sénateurs, mais le gouvernement ne "
        "peut pas accepter un retour en arrière sur les néonicotinoïdes. » Députés et "
        "sénateurs se retrouveront en commission mixte paritaire le 9 décembre.\n\n"
        "La Confédération des exploitants familiaux a de son côté "
        "estimé que les petites fermes restaient « les grandes oubliées » de la réforme.",
        [
            (
                D,
                [
                    "Nous avons rendu aux agriculteurs des outils que Bruxelles et Paris leur avaient "
                    "retirés un à un"
                ],
                "Thierry Bourdaleix",
            ),
            (
                D,
                [
                    "Ce texte comporte des avancées",
                    "mais le gouvernement ne peut pas accepter un retour en arrière sur les néonicotinoïdes.",
                ],
                "Anne-Sophie Kervella",
            ),
            (P, ["les grandes oubliées"], "Confédération des exploitants familiaux"),
        ],
    ),
    (  # 8 memoir: book title in guillemets is not a quote; reply; publisher indirect
        "L'ancien Premier ministre Raymond Chassagne publie jeudi « Les Années de plomb doux », un "
        "livre de souvenirs de 412 pages dans lequel il règle ses comptes avec plusieurs de ses "
        "anciens ministres et décrit, séance par séance, les crises de son passage à Matignon.\n\n"
        "Interrogé sur la radio Sud Antenne, M. Chassagne a défendu sa démarche : « Je n'écris pas "
        "pour me venger. J'écris parce que les Français ont le droit de savoir comment les décisions "
        "se prennent vraiment. »\n\n"
        "Visée dans plusieurs chapitres, l'actuelle présidente de l'Assemblée, Françoise "
        "Léotard-Massin, n'a pas tardé à répliquer. « Chacun écrit l'histoire qui l'arrange. Je "
        "préfère l'écrire au présent », a-t-elle glissé mardi en marge d'un déplacement à Lille.\n\n"
        "L'ouvrage, tiré à 80 000 exemplaires, était déjà en tête des précommandes en ligne, a "
        "précisé son éditeur, Grasselin.",
        [
            (
                D,
                [
                    "Je n'écris pas pour me venger. J'écris parce que les Français ont le droit de savoir "
                    "comment les décisions se prennent vraiment."
                ],
                "Raymond Chassagne",
            ),
            (
                D,
                ["Chacun écrit l'histoire qui l'arrange. Je préfère l'écrire au présent"],
                "Françoise Léotard-Massin",
            ),
            (
                I,
                [
                    "L'ouvrage, tiré à 80 000 exemplaires, était déjà en tête des précommandes en ligne"
                ],
                "Grasselin",
            ),
        ],
    ),
    (  # 9 question time exchange: question in quotes, reply with a-t-il répondu, "la députée" later
        "Les questions au gouvernement ont donné lieu mardi à un vif échange entre le Premier "
        "ministre, Étienne Vauquelin, et la présidente du groupe Insoumis et solidaires, Rachida "
        "Ouazzani, sur la fermeture annoncée de la maternité de Brévannes.\n\n"
        "Mme Ouazzani a interpellé le chef du gouvernement\u00a0: «\u00a0Vous fermez des maternités et "
        "vous inaugurez des ronds-points. Est-ce cela, votre aménagement du territoire\u00a0?\u00a0»\n\n"
        "Piqué au vif, le Premier ministre a défendu la décision de l'agence régionale de santé, "
        "en rappelant les 280 accouchements annuels de l'établissement. «\u00a0La sécurité des mères "
        "n'est pas négociable. Je préfère une maternité à quarante minutes qu'une maternité "
        "dangereuse à dix\u00a0», a-t-il répondu, déclenchant un brouhaha sur les bancs de la "
        "gauche.\n\n"
        "Le président de séance a dû suspendre les travaux quelques minutes. À la reprise, la "
        "députée a fait savoir que son groupe déposerait une motion de censure si la fermeture "
        "était confirmée d'ici à la fin de l'année.",
        [
            (
                D,
                [
                    "Vous fermez des maternités et vous inaugurez des ronds-points. Est-ce cela, votre "
                    "aménagement du territoire\u00a0?"
                ],
                "Rachida Ouazzani",
            ),
            (
                D,
                [
                    "La sécurité des mères n'est pas négociable. Je préfère une maternité à quarante minutes "
                    "qu'une maternité dangereuse à dix"
                ],
                "Étienne Vauquelin",
            ),
            (
                I,
                [
                    "son groupe déposerait une motion de censure si la fermeture était confirmée d'ici à la "
                    "fin de l'année"
                ],
                "Rachida Ouazzani",
            ),
        ],
    ),
    (  # 10 regional president steps down: nickname in guillemets is not a quote; two-sentence form
        "Lyon — Surnommé «\u202fle Castor\u202f» pour son goût des grands chantiers, le président sortant "
        "de la région Rhône-Saône, Bernard Cheylan, a officialisé samedi son retrait, à quatre mois "
        "des élections régionales, au terme de trois mandats.\n\n"
        "«\u202fIl faut savoir passer la main quand on est encore en forme\u202f», a confié l'élu de 71 "
        "ans devant les militants de son parti réunis à Villefranche. «\u202fJe ne veux pas être le "
        "président de trop.\u202f»\n\n"
        "Sa première vice-présidente, Laure Dambrine, fait figure de favorite pour lui succéder. "
        "Celle-ci n'a pas souhaité réagir samedi, renvoyant à l'investiture officielle, prévue en "
        "janvier.\n\n"
        "Dans l'opposition, l'écologiste Maxime Truchet, qui avait réuni 31\u202f% des voix au second "
        "tour en 2021, a lui aussi reporté l'annonce de sa candidature à la rentrée de janvier.",
        [
            (D, ["Il faut savoir passer la main quand on est encore en forme"], "Bernard Cheylan"),
            (D, ["Je ne veux pas être le président de trop."], "Bernard Cheylan"),
        ],
    ),
    (  # 11 pensions bill: "Pour X, “…”", a-t-il objecté, union leader after the quote
        "Le projet de loi sur le financement des retraites, présenté mercredi en Conseil des "
        "ministres, repousse de deux trimestres l'âge légal de départ et relève les cotisations sur "
        "les revenus supérieurs à 8 000 euros par mois.\n\n"
        "Pour l'Institut Montalembert, “la réforme ne couvrira pas plus de la moitié du déficit du "
        "régime d'ici à 2035”. Le cercle de réflexion libéral chiffre à 11 milliards d'euros le besoin "
        "de financement restant.\n\n"
        "Le ministre du Travail, Cyril Badinot-Roche, conteste ces projections. “Elles reposent sur "
        "une hypothèse de chômage que plus personne ne retient”, a-t-il objecté jeudi matin sur "
        "Radio Cité.\n\n"
        "Les syndicats, eux, préparent la riposte. “Deux trimestres, c'est six mois de plus au "
        "travail pour des millions de gens qui n'en peuvent déjà plus”, a tonné la secrétaire "
        "générale de la CGT-Unie, Fabienne Roux-Alvarez, en annonçant une première journée de "
        "mobilisation le 12 décembre.",
        [
            (
                D,
                ["la réforme ne couvrira pas plus de la moitié du déficit du régime d'ici à 2035"],
                "Institut Montalembert",
            ),
            (
                D,
                ["Elles reposent sur une hypothèse de chômage que plus personne ne retient"],
                "Cyril Badinot-Roche",
            ),
            (
                D,
                [
                    "Deux trimestres, c'est six mois de plus au travail pour des millions de gens qui n'en "
                    "peuvent déjà plus"
                ],
                "Fabienne Roux-Alvarez",
            ),
        ],
    ),
    (  # 12 mayor resigns after budget defeat: incise "a déclaré l'édile", then dissident's reasons
        "Port-Vendrel — Mis en minorité par sa propre majorité lors du vote du budget primitif, le "
        "maire de Port-Vendrel, Gilles Aubertin (divers droite), a remis jeudi soir sa démission au "
        "préfet. Elle prendra effet au 31 décembre.\n\n"
        "«Je ne gouvernerai pas une ville contre son conseil municipal, a déclaré l'édile à l'issue "
        "de la séance. Je rends les clés, proprement, et les électeurs trancheront.»\n\n"
        "Huit de ses adjoints avaient voté contre le budget, qui prévoyait une hausse de 6 % de la "
        "taxe foncière. Leur chef de file, Sandrine Villecroze, a expliqué que son groupe ne pouvait "
        "pas cautionner une telle hausse en pleine crise du logement.\n\n"
        "Une élection municipale anticipée devrait être organisée au printemps. Plusieurs "
        "conseillers municipaux envisageraient déjà de conduire leur propre liste.",
        [
            (
                D,
                [
                    "Je ne gouvernerai pas une ville contre son conseil municipal",
                    "Je rends les clés, proprement, et les électeurs trancheront.",
                ],
                "Gilles Aubertin",
            ),
            (
                I,
                [
                    "son groupe ne pouvait pas cautionner une telle hausse en pleine crise du logement"
                ],
                "Sandrine Villecroze",
            ),
        ],
    ),
    (  # 13 failed joint committee: quote first, speaker named in next sentence; "a-t-elle ajouté"
        "« Le compromis est mort ce soir. » Les mots sont du président de la commission des finances "
        "du Sénat, Jean-Baptiste Morvillier, à l'issue de l'échec, mercredi, de la commission mixte "
        "paritaire chargée de trouver un texte commun sur le budget 2027.\n\n"
        "Députés et sénateurs ne sont pas parvenus à s'entendre sur la surtaxe des superprofits, que "
        "le Sénat avait supprimée. Le rapporteur de l'Assemblée, Kévin Drouart (Renouveau commun), a "
        "accusé la droite sénatoriale d'avoir « préféré protéger dix grandes entreprises plutôt que "
        "boucler le budget ».\n\n"
        "Le gouvernement devrait engager sa responsabilité dès lundi. Interrogée par la presse, la "
        "porte-parole du gouvernement, Claire Morand-Fitoussi, a confirmé qu'un Conseil des ministres "
        "extraordinaire se réunirait samedi pour autoriser le recours au 49.3. Ce serait le "
        "sixième recours à cette procédure depuis le début de la législature.",
        [
            (D, ["Le compromis est mort ce soir."], "Jean-Baptiste Morvillier"),
            (
                P,
                ["préféré protéger dix grandes entreprises plutôt que boucler le budget"],
                "Kévin Drouart",
            ),
            (
                I,
                [
                    "un Conseil des ministres extraordinaire se réunirait samedi pour autoriser le recours au "
                    "49.3"
                ],
                "Claire Morand-Fitoussi",
            ),
        ],
    ),
    (  # 14 mayors' survey: d'après X, résume son président, unattributed continuation in next paragraph
        "D'après l'Association des maires de petites communes (AMPC), un maire sur cinq élu en mars "
        "dernier envisage déjà de ne pas aller au bout de son mandat. L'organisation a interrogé "
        "4 200 élus entre septembre et octobre. Les communes de moins de 1 000 habitants sont les "
        "plus touchées, tout comme les maires en activité professionnelle.\n\n"
        "«\u00a0Les maires ne démissionnent pas par lassitude, ils démissionnent par épuisement\u00a0», "
        "résume son président, Alain Verdoux, maire de Sainte-Colombe-des-Prés.\n\n"
        "«\u00a0Un maire d'une commune de 400 habitants gagne moins qu'un stagiaire et répond au "
        "téléphone à 23 heures. Qui voudra encore le faire dans six ans\u00a0?\u00a0»\n\n"
        "Le projet de loi sur le statut de l'élu, adopté en première lecture par le Sénat au printemps, "
        "n'a toujours pas été inscrit à l'ordre du jour de l'Assemblée nationale.",
        [
            (
                I,
                [
                    "un maire sur cinq élu en mars dernier envisage déjà de ne pas aller au bout de son "
                    "mandat"
                ],
                "Association des maires de petites communes",
            ),
            (
                D,
                ["Les maires ne démissionnent pas par lassitude, ils démissionnent par épuisement"],
                "Alain Verdoux",
            ),
            (
                D,
                [
                    "Un maire d'une commune de 400 habitants gagne moins qu'un stagiaire et répond au "
                    "téléphone à 23 heures. Qui voudra encore le faire dans six ans\u00a0?"
                ],
                "Alain Verdoux",
            ),
        ],
    ),
    (  # 15 no-confidence motion: speaker after quote, "lui a rétorqué", nickname not a quote
        "L'Assemblée nationale a rejeté lundi la motion de censure déposée par les groupes de gauche, "
        "qui n'a recueilli que 241 voix, loin des 289 nécessaires pour renverser le gouvernement.\n\n"
        "“Quarante-trois recours au 49.3 en deux ans. Ce n'est plus une exception, c'est une "
        "méthode”, a lancé à la tribune le premier signataire, Olivier Tessandier (Gauche "
        "écologiste).\n\n"
        "“L'article 49.3 n'a pas été écrit pour les jours de beau temps”, lui a rétorqué le ministre "
        "chargé des Relations avec le Parlement, Paul-Henri Garrigues.\n\n"
        "Le groupe Droite républicaine s'est abstenu. Sa présidente, Catherine Dufresnoy, a fait "
        "valoir que la chute du gouvernement aurait privé le pays de budget au 1er janvier.\n\n"
        "M. Tessandier, que ses collègues surnomment “le Comptable” pour sa maîtrise des tableaux "
        "budgétaires, devrait revenir à la charge lors de l'examen du budget de la Sécurité sociale.",
        [
            (
                D,
                [
                    "Quarante-trois recours au 49.3 en deux ans. Ce n'est plus une exception, c'est une "
                    "méthode"
                ],
                "Olivier Tessandier",
            ),
            (
                D,
                ["L'article 49.3 n'a pas été écrit pour les jours de beau temps"],
                "Paul-Henri Garrigues",
            ),
            (
                I,
                ["la chute du gouvernement aurait privé le pays de budget au 1er janvier"],
                "Catherine Dufresnoy",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 budget statement: two-sentence form "A," X told. "B."; opposition indirect
        "Finance Minister Rosalind Achterberg unveiled a budget on Wednesday that raises the "
        "threshold for the top rate of income tax and freezes fuel duty for a third year, while "
        "cutting £4.2bn from departmental spending over two years.\n\n"
        "“This is a budget for people who get up early and pay their way,” Achterberg told a "
        "packed chamber. “They have carried this country through two hard winters, and it is time "
        "we gave something back.”\n\n"
        "The Treasury's own figures show that the tax changes will cost £6.8bn a year by 2029, "
        "most of it going to households in the top third of earners.\n\n"
        "Opposition finance spokesman Gareth Pembry, replying to the statement, argued that the "
        "spending cuts would fall hardest on councils already struggling to keep libraries and "
        "care homes open. MPs will vote on the main measures next Tuesday.",
        [
            (
                D,
                ["This is a budget for people who get up early and pay their way"],
                "Rosalind Achterberg",
            ),
            (
                D,
                [
                    "They have carried this country through two hard winters, and it is time we gave "
                    "something back."
                ],
                "Rosalind Achterberg",
            ),
            (
                I,
                [
                    "the spending cuts would fall hardest on councils already struggling to keep libraries "
                    "and care homes open"
                ],
                "Gareth Pembry",
            ),
        ],
    ),
    (  # 2 party conference: straight quotes, speech running over two paragraphs, deputy indirect
        "BRIGHTWATER — Progressive Alliance leader Dominic Farrant closed his party's annual "
        "conference on Tuesday with a direct appeal to the voters who deserted it at the last "
        "general election:\n\n"
        '"We are not going to win by being a little less bad than the other lot. We are going to '
        "win by telling people the truth about what this country needs.\n\n"
        '"That means building homes where people want to live, not where it is easiest to get '
        'planning permission. It means paying nurses enough to stay."\n\n'
        "Farrant, 52, spoke for just under an hour to a hall that was noticeably fuller than a "
        "year ago. Deputy leader Priya Lakhani-Cole told delegates earlier in the day that the "
        "party had recruited 40,000 new members since the spring, most of them under 35.\n\n"
        "The party trails the governing coalition by four points in most recent polls.",
        [
            (
                D,
                [
                    "We are not going to win by being a little less bad than the other lot. We are going "
                    "to win by telling people the truth about what this country needs.",
                    "That means building homes where people want to live, not where it is easiest to get "
                    "planning permission. It means paying nurses enough to stay.",
                ],
                "Dominic Farrant",
            ),
            (
                I,
                [
                    "the party had recruited 40,000 new members since the spring, most of them under 35"
                ],
                "Priya Lakhani-Cole",
            ),
        ],
    ),
    (  # 3 resignation: "saying", letter with colon, "Ms" resolved, PM partial inside reported speech
        "Housing Minister Abigail Thorncroft resigned on Friday evening, saying she could no "
        "longer support the government's decision to drop its target of 300,000 new homes a "
        "year.\n\n"
        "In her resignation letter, Ms Thorncroft wrote: “I came into politics to get homes built. "
        "I cannot stand at the despatch box and defend a policy that will see fewer of them.”\n\n"
        "Prime Minister Edmund Vale, in a reply released by Downing Street, thanked her for her "
        "work and said the target had become “a slogan rather than a plan”. Her departure is the "
        "second from the housing department in eighteen months.\n\n"
        "Thorncroft, who holds the marginal seat of Ellesby North by 612 votes, is expected to "
        "speak from the backbenches during next week's debate on the planning bill.",
        [
            (
                I,
                [
                    "she could no longer support the government's decision to drop its target of 300,000 "
                    "new homes a year"
                ],
                "Abigail Thorncroft",
            ),
            (
                D,
                [
                    "I came into politics to get homes built. I cannot stand at the despatch box and defend "
                    "a policy that will see fewer of them."
                ],
                "Abigail Thorncroft",
            ),
            (P, ["a slogan rather than a plan"], "Edmund Vale"),
        ],
    ),
    (  # 4 poll: "A," said X. "B." with said before name; think tank indirect
        "Support for the governing National Party has fallen to 26%, its lowest level in nine "
        "years, in a survey carried out by Meridian Research for the Sunday Courier. The main "
        "opposition Social Democrats stand at 33%, with the insurgent Reform League on 17%.\n\n"
        '"The floor seems to have given way," said Meridian\'s head of political research, Hannah '
        'Ostrowski. "Voters who used to grumble and stick are now grumbling and leaving."\n\n'
        "Party chairman Neil Gatenby did not respond to requests for comment.\n\n"
        "The Centre for Fiscal Renewal, a think tank, said in a separate report published on "
        "Monday that voters now ranked the cost of housing above immigration as the most important "
        "issue facing the country, for the first time since 2014.",
        [
            (D, ["The floor seems to have given way"], "Hannah Ostrowski"),
            (
                D,
                ["Voters who used to grumble and stick are now grumbling and leaving."],
                "Hannah Ostrowski",
            ),
            (
                I,
                [
                    "voters now ranked the cost of housing above immigration as the most important issue "
                    "facing the country, for the first time since 2014"
                ],
                "Centre for Fiscal Renewal",
            ),
        ],
    ),
    (  # 5 local elections: quote first, speaker in next sentence; returning officer indirect after
        "Independents took control of Harrowgate District Council for the first time in its "
        "history on Friday, winning 24 of the 45 seats after a campaign dominated by the closure "
        "of the town's only public swimming pool.\n\n"
        "“People have had enough of being treated like a branch office of Westminster.” That was "
        "the verdict of Margaret Oyelaran, who is expected to be chosen as council leader at the "
        "annual meeting next month.\n\n"
        "The Unionist group, which had run the council since 2011, lost 11 seats. Its outgoing "
        "leader, Colin Fairweather, conceded that his party had “taken its voters for granted” "
        "over the pool.\n\n"
        "The declaration was delayed by almost three hours after a recount in the Eastgate ward, "
        "the returning officer said. Turnout was 38%, up six points on four years ago.",
        [
            (
                D,
                ["People have had enough of being treated like a branch office of Westminster."],
                "Margaret Oyelaran",
            ),
            (P, ["taken its voters for granted"], "Colin Fairweather"),
            (
                I,
                [
                    "The declaration was delayed by almost three hours after a recount in the Eastgate ward"
                ],
                "returning officer",
            ),
        ],
    ),
    (  # 6 bill second reading: one quote split by incise ("…," X said as…, "…"), warned that, she said
        "MPs voted by 341 to 268 on Tuesday night to give a second reading to the Rental Reform "
        "Bill, which would abolish no-fault evictions in England and cap rent rises at once a "
        "year.\n\n"
        '"For too long, renters have lived one letter away from losing their home," Housing '
        'Secretary Tobias Renshaw said as he opened the debate, "and tonight we begin to change '
        'that."\n\n'
        "His opposite number, Lorraine Bickerstaff, warned that small landlords were already "
        'selling up in large numbers. "Every landlord who leaves the market is a family that has '
        'to find somewhere else to live," she said.\n\n'
        "Eleven government backbenchers voted against the bill, a larger rebellion than whips "
        "had expected. It now goes to committee stage, where amendments on student housing are "
        "likely.",
        [
            (
                D,
                [
                    "For too long, renters have lived one letter away from losing their home",
                    "and tonight we begin to change that.",
                ],
                "Tobias Renshaw",
            ),
            (
                I,
                ["small landlords were already selling up in large numbers"],
                "Lorraine Bickerstaff",
            ),
            (
                D,
                [
                    "Every landlord who leaves the market is a family that has to find somewhere else to "
                    "live"
                ],
                "Lorraine Bickerstaff",
            ),
        ],
    ),
    (  # 7 teachers' union ballot: org indirect ("the union announced"), partial, "he told"
        "The National Union of Teachers and Lecturers will ballot its 280,000 members on strike "
        "action after rejecting a 2.8% pay offer, the union announced on Thursday.\n\n"
        "General secretary Kieran Maddox described the offer as “an insult dressed up as a "
        "settlement”. The government's own pay review body had "
        "recommended 4.5%.\n\n"
        "“Schools are losing good teachers every week to jobs that pay better and ask less,” he "
        "told a press conference in Wexham. “Nobody goes into teaching for the money, but nobody "
        "can live on goodwill either.”\n\n"
        "Ministers have set aside £1.1bn for next year's settlement, roughly what the 2.8% offer "
        "costs across the schools budget. The ballot opens on 5 January and closes six "
        "weeks later; under current law, at least half of those eligible must take part for a strike "
        "to go ahead.",
        [
            (
                I,
                [
                    "The National Union of Teachers and Lecturers will ballot its 280,000 members on strike "
                    "action after rejecting a 2.8% pay offer"
                ],
                "National Union of Teachers and Lecturers",
            ),
            (P, ["an insult dressed up as a settlement"], "Kieran Maddox"),
            (
                D,
                [
                    "Schools are losing good teachers every week to jobs that pay better and ask less"
                ],
                "Kieran Maddox",
            ),
            (
                D,
                [
                    "Nobody goes into teaching for the money, but nobody can live on goodwill either."
                ],
                "Kieran Maddox",
            ),
        ],
    ),
    (  # 8 memoir: book title and nickname in quotes are not quotes; reply; partial inside reported speech
        "Former prime minister Jonathan Ashcombe's memoir, “Against the Current”, went on sale on "
        "Thursday, and by lunchtime much of the cabinet appeared to have read the chapters about "
        "them.\n\n"
        "Ashcombe, who was ousted by his own MPs in 2022, told an audience at a bookshop in Marlow "
        "Cross: “I have tried to be fair to everyone, including myself, which was the hardest "
        "part.”\n\n"
        "Foreign Secretary Helen Mbeki-Stuart, who comes in for particular criticism, laughed off "
        "the book when reporters raised it at a summit abroad. “I haven't read it. I'm told it's "
        "long,” she said.\n\n"
        "Ashcombe's former communications director, Ravi Sandhu, whom staff nicknamed “the "
        "Undertaker”, said the account of the 2022 leadership crisis was “broadly accurate, if "
        "generous to the author”.",
        [
            (
                D,
                [
                    "I have tried to be fair to everyone, including myself, which was the hardest part."
                ],
                "Jonathan Ashcombe",
            ),
            (D, ["I haven't read it. I'm told it's long"], "Helen Mbeki-Stuart"),
            (P, ["broadly accurate, if generous to the author"], "Ravi Sandhu"),
        ],
    ),
    (  # 9 provincial budget: "the premier" resolved, told the legislature that, two-sentence form
        "Premier Louise Tremblay-Hart's government tabled a C$61-billion budget in the Northmarch "
        "legislature on Thursday that pushes a promised return to surplus back by a year, to "
        "2028.\n\n"
        "Finance Minister Jasper Okonkwo-Reid told the legislature that higher interest costs and a "
        "record wildfire season had added C$2.3 billion to this year's spending.\n\n"
        'Asked whether the delay broke an election promise, the premier was unapologetic. "I '
        'promised a plan, and this is the plan," she told reporters outside the chamber. "I would '
        'rather be a year late than close hospital beds to be on time."\n\n'
        "The budget includes funding for 1,200 new nurses and a two-year freeze on tuition fees at "
        "provincial colleges. The opposition New Democrats, who hold 31 of the 87 seats, are "
        "expected to table amendments next week.",
        [
            (
                I,
                [
                    "higher interest costs and a record wildfire season had added C$2.3 billion to this "
                    "year's spending"
                ],
                "Jasper Okonkwo-Reid",
            ),
            (D, ["I promised a plan, and this is the plan"], "Louise Tremblay-Hart"),
            (
                D,
                ["I would rather be a year late than close hospital beds to be on time."],
                "Louise Tremblay-Hart",
            ),
        ],
    ),
    (  # 10 defection: single curly quotes, speaker as "she" in the previous sentence; spokesman -> party
        "Carys Llewellyn-Hart, the MP for Penrhos and Tal-y-bont, defected from the governing "
        "Unionist Party to Liberal Reform on Monday, cutting the government's working majority "
        "to 14.\n\n"
        "The 44-year-old former solicitor had been among the most vocal critics of the decision "
        "to delay rural broadband funding. She crossed the floor shortly after Prime Minister's "
        "Questions, to cheers from her new colleagues.\n\n"
        "In a statement released later in the afternoon, she was scathing about her old party. "
        "‘The party I joined in 2015 no longer exists. What is left is a management team with no "
        "idea where it is going.’\n\n"
        "A spokesman for the Unionist Party said the seat had been won on the party's manifesto, "
        "not on Ms Llewellyn-Hart's name. She is the third MP to leave the party this year.",
        [
            (
                D,
                [
                    "The party I joined in 2015 no longer exists. What is left is a management team with "
                    "no idea where it is going."
                ],
                "Carys Llewellyn-Hart",
            ),
            (
                I,
                ["the seat had been won on the party's manifesto, not on Ms Llewellyn-Hart's name"],
                "Unionist Party",
            ),
        ],
    ),
    (  # 11 party congress, new co-leaders: declared, two-sentence form
        "The Green Future party elected two new co-leaders at its congress in Aldermoor on "
        "Saturday, ending a bitter six-month contest that exposed deep divisions over whether the "
        "party should ever join a governing coalition.\n\n"
        "Tamsin Abernethy, a 38-year-old councillor from the north-east, won 58% of members' votes "
        "after campaigning to keep the party out of government unless it secured a binding deal on "
        "rail nationalisation. Her running mate, the former trade union official Declan Moriarty, "
        "will share the role.\n\n"
        '"We are not a protest party and we are not for sale," Abernethy declared in her '
        'acceptance speech. "Both of those things can be true at once."\n\n'
        "The defeated candidate, Martin Greaves, left the hall before the result was read out. "
        "Membership has fallen by a fifth since the last election, to about 31,000.",
        [
            (D, ["We are not a protest party and we are not for sale"], "Tamsin Abernethy"),
            (D, ["Both of those things can be true at once."], "Tamsin Abernethy"),
        ],
    ),
    (  # 12 think tank: "according to" at the end; Dr title dropped
        "Government plans to scrap stamp duty for first-time buyers will push up house prices by "
        "more than they save those buyers, according to the Institute for Household Economics.\n\n"
        "The analysis, published on Monday, models the effect of the change on the 40,000 "
        "first-time purchases recorded in the last financial year, and finds the biggest price "
        "rises at the cheaper end of the market.\n\n"
        "“It is a transfer from the taxpayer to people who already own homes,” said Dr Philippa "
        "Strand, the institute's research director.\n\n"
        "The policy was the centrepiece of the chancellor's autumn statement and is due to take "
        "effect in April. The Treasury has not yet published its own assessment of its effect on "
        "prices, despite repeated requests from the cross-party Treasury select committee.",
        [
            (
                I,
                [
                    "Government plans to scrap stamp duty for first-time buyers will push up house prices "
                    "by more than they save those buyers"
                ],
                "Institute for Household Economics",
            ),
            (
                D,
                ["It is a transfer from the taxpayer to people who already own homes"],
                "Philippa Strand",
            ),
        ],
    ),
    (  # 13 mayor: one quote split by "the mayor said on Wednesday,"; campaign slogan not a quote
        "The mayor of Kelvinbridge, Anita Rosenthal, has abandoned plans for a congestion charge in "
        "the city centre, two weeks after a referendum in which 61% of voters rejected it on a "
        "turnout of 44%.\n\n"
        '"I asked people what they thought, and they told me, loudly," the mayor said on '
        'Wednesday, "so the charge is dead and it is not coming back in another form."\n\n'
        "Business groups welcomed the decision. The city's chamber of commerce had spent £240,000 "
        'on the "No to the Toll" campaign, which ran advertisements on buses and at the main '
        "railway station for most of the summer.\n\n"
        "Cycling campaigners were less pleased, and a petition calling for a fresh vote had "
        "gathered 8,000 signatures by Thursday evening.",
        [
            (
                D,
                [
                    "I asked people what they thought, and they told me, loudly",
                    "so the charge is dead and it is not coming back in another form.",
                ],
                "Anita Rosenthal",
            ),
        ],
    ),
    (  # 14 filibuster: speech over two paragraphs after a colon, speaker as "he"
        "Senator Howard Mbatha-Lindqvist spoke for nine hours and twelve minutes on Tuesday in an "
        "attempt to delay a vote on the government's Public Order Bill, the longest speech in the "
        "chamber's history. He read from police manuals, court rulings and letters from "
        "constituents, and at one point from a cookbook, which the presiding officer ruled out of "
        "order.\n\n"
        "Shortly before midnight, visibly exhausted, he ended with a warning:\n\n"
        "“This bill gives the police the power to decide what a protest is before it has even "
        "begun. That is not public order. That is permission.\n\n"
        "“I will sit down now, because my legs have given up before my argument has.”\n\n"
        "The bill passed its third reading shortly after 1 a.m. by 44 votes to 38 and is expected "
        "to receive royal assent before Christmas.",
        [
            (
                D,
                [
                    "This bill gives the police the power to decide what a protest is before it has even "
                    "begun. That is not public order. That is permission.",
                    "I will sit down now, because my legs have given up before my argument has.",
                ],
                "Howard Mbatha-Lindqvist",
            ),
        ],
    ),
    (  # 15 by-election: scare quotes not speech, winner "she said", minister's reply
        "Liberal Reform overturned a majority of 9,400 to win the Sandmere by-election on Thursday, "
        "taking a seat long counted as part of the governing party's “blue fortress” along the "
        "south coast.\n\n"
        "The winning candidate, Jemima Okafor, a 31-year-old paramedic, took 47% of the vote. "
        "“Nobody in Sandmere owes anybody their vote, and tonight the government found that out,” "
        "she said in her victory speech at the town's leisure centre, shortly after 3 a.m.\n\n"
        "The defeated Unionist candidate, Philip Arkwright, left the count without speaking to "
        "reporters. Turnout was 41%, high for a by-election held in November.\n\n"
        "Cabinet Office minister Sam Odell played down the result the following morning: "
        "“By-elections are where voters send a message. General elections are where they choose a "
        "government.”",
        [
            (
                D,
                [
                    "Nobody in Sandmere owes anybody their vote, and tonight the government found that out"
                ],
                "Jemima Okafor",
            ),
            (
                D,
                [
                    "By-elections are where voters send a message. General elections are where they choose "
                    "a government."
                ],
                "Sam Odell",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout44.jsonl"),
        "heldout44",
        "h44",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
