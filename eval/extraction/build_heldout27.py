"""Source of the twenty-seventh held-out set: writes heldout27.jsonl (split "heldout27").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like general news on an ordinary day (local politics, courts, a plant closing,
hospitals, schools, storm damage, sport, a festival, a science finding, consumer prices), in
French (France, Belgium, Switzerland, Quebec) and English (British, American, Australian,
Canadian) house styles, not like a list of edge cases.
Measured once before (extractor 0.3.0) and once after extractors 0.14.0 and 0.15.0
(docs/EXTRACTION.md); not read when 0.15.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout27.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-26"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 France, town council votes a pedestrian zone: role after name, "Il a assuré que",
        # opposition councillor with a noun-object demand, then "a-t-elle lancé"
        "Montrevel-sur-Saône — Le conseil municipal a adopté lundi soir, par 21 voix contre "
        "8, le projet de zone piétonne dans le centre historique, après plus de trois heures "
        "de débats souvent tendus devant une salle comble.\n\n"
        "« Ce n'est pas une mesure contre les voitures, c'est une mesure pour les "
        "habitants », a défendu le maire, Gilles Perrichon (divers centre). Il a assuré que "
        "les commerçants seraient associés au calendrier des travaux, qui doivent débuter en "
        "mars et durer huit mois.\n\n"
        "Dans l'opposition, Nadia Ferhat-Vial, élue de la liste Montrevel Ensemble, a "
        "réclamé un référendum local sur le projet. « On a consulté les gens après avoir tout "
        "décidé. Ça s'appelle de la communication, pas de la concertation », a-t-elle lancé "
        "sous les applaudissements d'une partie du public.\n\n"
        "Une pétition lancée par l'association des commerçants du centre-ville a recueilli "
        "près de 1 400 signatures. Son président doit être reçu à la mairie la semaine "
        "prochaine.",
        [
            (
                D,
                [
                    "Ce n'est pas une mesure contre les voitures, c'est une mesure pour les habitants"
                ],
                "Gilles Perrichon",
            ),
            (
                I,
                [
                    "les commerçants seraient associés au calendrier des travaux, qui doivent "
                    "débuter en mars et durer huit mois"
                ],
                "Gilles Perrichon",
            ),
            (
                D,
                [
                    "On a consulté les gens après avoir tout décidé. Ça s'appelle de la "
                    "communication, pas de la concertation"
                ],
                "Nadia Ferhat-Vial",
            ),
        ],
    ),
    (  # 2 Belgium, former alderman convicted: lawyer after the quote, "Pour la bourgmestre",
        # "Elle a précisé que"
        "Liège — Le tribunal correctionnel de Liège a condamné mardi l'ancien échevin des "
        "Finances de Herstal-Bas, Michel Dethier, à trois ans de prison avec sursis et à "
        "5\u00a0000 euros d'amende pour le détournement de quelque 240\u00a0000 euros "
        "destinés aux clubs sportifs de la commune.\n\n"
        "Le tribunal a retenu l'existence d'un système de fausses factures mis en place entre "
        "2019 et 2022 avec la complicité d'un entrepreneur de Visé, condamné à dix-huit mois "
        "avec sursis.\n\n"
        "«\u00a0Mon client prend acte de la décision. Il a toujours reconnu des erreurs de "
        "gestion, jamais un enrichissement personnel\u00a0», a réagi son avocat, Me Laurent "
        "Stassart, à la sortie de l'audience. La défense dispose de trente jours pour "
        "interjeter appel.\n\n"
        "Pour la bourgmestre, Carine Lejeune-Masset, «\u00a0la page est tournée, mais la "
        "confiance sera longue à reconstruire\u00a0». Elle a précisé que la commune, qui "
        "s'était constituée partie civile, réclamerait le remboursement intégral des sommes "
        "détournées.",
        [
            (
                D,
                [
                    "Mon client prend acte de la décision. Il a toujours reconnu des erreurs de "
                    "gestion, jamais un enrichissement personnel"
                ],
                "Laurent Stassart",
            ),
            (
                D,
                ["la page est tournée, mais la confiance sera longue à reconstruire"],
                "Carine Lejeune-Masset",
            ),
            (
                I,
                [
                    "la commune, qui s'était constituée partie civile, réclamerait le "
                    "remboursement intégral des sommes détournées"
                ],
                "Carine Lejeune-Masset",
            ),
        ],
    ),
    (  # 3 France, biscuit factory closing: "la direction" of the company, unnamed worker,
        # union delegate with his job before the name
        "Lisieux — Le groupe agroalimentaire Brévant a confirmé jeudi la fermeture de son "
        "usine de biscuits de Lisieux (Calvados) d'ici à juin 2027. Les 183 salariés du site "
        "en ont été informés lors d'un comité social et économique extraordinaire, convoqué "
        "la veille au soir.\n\n"
        "Dans un communiqué, la direction invoque «\u202fune baisse durable des "
        "volumes\u202f» sur le marché des biscuits secs et la hausse des coûts de l'énergie. "
        "La production doit être transférée vers deux sites du groupe, en Belgique et en "
        "Pologne.\n\n"
        "«\u202fOn a donné vingt-deux ans à cette boîte. On l'apprend un jeudi matin, entre "
        "deux réunions\u202f», souffle une opératrice, qui a souhaité garder l'anonymat.\n\n"
        "Le délégué syndical Sud Agro, Thierry Lemonnier, a affirmé que les salariés ne "
        "quitteraient pas l'usine sans un plan social à la hauteur des bénéfices du groupe. "
        "Ceux-ci ont atteint 96 millions d'euros l'an dernier. Un rassemblement est prévu "
        "lundi devant les grilles du site.",
        [
            (P, ["une baisse durable des volumes"], "Brévant"),
            (
                D,
                [
                    "On a donné vingt-deux ans à cette boîte. On l'apprend un jeudi matin, "
                    "entre deux réunions"
                ],
                "opératrice",
            ),
            (
                I,
                [
                    "les salariés ne quitteraient pas l'usine sans un plan social à la hauteur "
                    "des bénéfices du groupe"
                ],
                "Thierry Lemonnier",
            ),
        ],
    ),
    (  # 4 Quebec, emergency room overcrowding: "selon le ministère" at the end, nurse who
        # asked for anonymity, PDG partial; federation's noun-object demand
        "SAINT-JÉRÔME — Le taux d'occupation des civières à l'urgence de l'Hôpital régional "
        "des Laurentides-Nord a atteint 187\u00a0% mardi, un sommet depuis le début de "
        "l'année, selon le ministère de la Santé. Des patients y ont attendu jusqu'à 41 "
        "heures avant d'obtenir un lit aux étages.\n\n"
        "«\u00a0On soigne du monde dans les corridors, à côté de la machine à glace. Ce n'est "
        "plus de la médecine, c'est de la gestion de crise\u00a0», a confié une infirmière "
        "qui a requis l'anonymat par crainte de représailles.\n\n"
        "Le PDG du CISSS des Laurentides, Réjean Bouffard, a reconnu une situation "
        "«\u00a0très difficile\u00a0» pour le personnel comme pour les patients. "
        "Vingt-quatre lits de courte durée doivent ouvrir en janvier dans l'ancienne aile de "
        "pédiatrie, ce qui devrait soulager l'urgence d'ici la fin de l'hiver.\n\n"
        "La Fédération des infirmières du Québec-Nord réclame pour sa part la fin du temps "
        "supplémentaire obligatoire, imposé à certaines employées deux fois par semaine.",
        [
            (
                I,
                [
                    "Le taux d'occupation des civières à l'urgence de l'Hôpital régional des "
                    "Laurentides-Nord a atteint 187\u00a0% mardi, un sommet depuis le début "
                    "de l'année"
                ],
                "ministère de la Santé",
            ),
            (
                D,
                [
                    "On soigne du monde dans les corridors, à côté de la machine à glace. Ce "
                    "n'est plus de la médecine, c'est de la gestion de crise"
                ],
                "infirmière",
            ),
            (P, ["très difficile"], "Réjean Bouffard"),
        ],
    ),
    (  # 5 Switzerland, phones banned in schools: no spaces inside « », colon quote with the
        # final period inside
        "Lausanne — Les téléphones portables seront interdits dans toutes les écoles de la "
        "scolarité obligatoire du canton dès la rentrée d'août 2027. Le Grand Conseil vaudois "
        "a accepté mardi, par 92 voix contre 41, une motion en ce sens déposée il y a un an "
        "par deux députés du centre.\n\n"
        "La conseillère d'État chargée de la formation, Anne-Laure Cuendet, a salué un vote "
        "«de bon sens». Plus de septante établissements appliquent déjà une interdiction "
        "partielle, souvent limitée aux récréations.\n\n"
        "Le député vert'libéral Yannick Rochat s'est montré plus sceptique: «On interdit un "
        "objet au lieu d'apprendre aux élèves à s'en servir. L'école devrait éduquer, pas "
        "confisquer.»\n\n"
        "Les modalités, notamment le sort des montres connectées, seront fixées par voie de "
        "règlement d'ici à l'été. Les parents pourront toujours joindre leurs enfants par le "
        "secrétariat de l'établissement.",
        [
            (P, ["de bon sens"], "Anne-Laure Cuendet"),
            (
                D,
                [
                    "On interdit un objet au lieu d'apprendre aux élèves à s'en servir. L'école "
                    "devrait éduquer, pas confisquer."
                ],
                "Yannick Rochat",
            ),
        ],
    ),
    (  # 6 France, storm in Finistère: "a indiqué la préfecture … dans un communiqué", mayor's
        # partial after "a fait état de", unnamed retiree, “ ” quotes
        "Brest — La tempête Aurèle a traversé le Finistère dans la nuit de dimanche à lundi, "
        "avec des rafales mesurées à 163 km/h à la pointe du Raz. Quelque 48 000 foyers "
        "restaient privés d'électricité lundi soir, a indiqué la préfecture du Finistère dans "
        "un communiqué. Aucune victime n'est à déplorer.\n\n"
        "Les dégâts sont en revanche importants sur le littoral nord. À Plouguerneau, le "
        "maire, Yves Le Bihan, a fait état de “dizaines de toitures arrachées” et d'une digue "
        "endommagée sur près de 200 mètres.\n\n"
        "“On a passé la nuit à écouter le vent taper dans les volets. Au matin, le bateau du "
        "voisin était dans notre jardin”, raconte un retraité qui habite face au port depuis "
        "quarante ans.\n\n"
        "Le gestionnaire du réseau électrique a mobilisé 600 techniciens venus de toute la "
        "Bretagne et des Pays de la Loire. La vigilance orange a été levée lundi en fin de "
        "matinée.",
        [
            (
                I,
                ["Quelque 48 000 foyers restaient privés d'électricité lundi soir"],
                "préfecture du Finistère",
            ),
            (P, ["dizaines de toitures arrachées"], "Yves Le Bihan"),
            (
                D,
                [
                    "On a passé la nuit à écouter le vent taper dans les volets. Au matin, le "
                    "bateau du voisin était dans notre jardin"
                ],
                "retraité",
            ),
        ],
    ),
    (  # 7 France, rugby Pro D2: kicker designated by "le jeune ouvreur", coach's noun-object
        # praise then "a-t-il ajouté"
        "L'US Montlaur a signé samedi sa première victoire à l'extérieur de la saison de Pro "
        "D2 en s'imposant 27-24 sur la pelouse du Racing Club de Sablières, grâce à une "
        "pénalité de Mathis Carrère à la dernière minute.\n\n"
        "«\u00a0Je tremblais un peu, je ne vais pas mentir. Mais les avants m'avaient offert "
        "une occasion pareille, je ne pouvais pas la rater\u00a0», a reconnu le jeune ouvreur "
        "de 21 ans au micro de Radio Causses.\n\n"
        "Son entraîneur, Patrick Soulié, a salué la solidarité de ses avants, longtemps "
        "bousculés en mêlée. «\u00a0On revient de loin. Il y a un mois, on se demandait si on "
        "allait sauver notre place. On a encore beaucoup de travail\u00a0», a-t-il ajouté.\n\n"
        "Avec ce succès, Montlaur remonte à la onzième place du classement, à quatre points "
        "de la zone de relégation. Les Sablièrois, eux, restent bloqués au sixième rang.",
        [
            (
                D,
                [
                    "Je tremblais un peu, je ne vais pas mentir. Mais les avants m'avaient "
                    "offert une occasion pareille, je ne pouvais pas la rater"
                ],
                "Mathis Carrère",
            ),
            (
                D,
                [
                    "On revient de loin. Il y a un mois, on se demandait si on allait sauver "
                    "notre place. On a encore beaucoup de travail"
                ],
                "Patrick Soulié",
            ),
        ],
    ),
    (  # 8 Quebec, festival attendance record: "a annoncé … l'organisation dans un communiqué",
        # director named after the quote; councillor with a noun-object demand only
        "RIMOUSKI — Près de 92 000 personnes ont assisté aux spectacles du Festival des "
        "Grandes Marées en quatre jours, un record, a annoncé dimanche l'organisation dans un "
        "communiqué.\n\n"
        "« On savait que la programmation était forte, mais on ne s'attendait pas à refuser "
        "du monde dès le jeudi soir », a déclaré le directeur général, Sébastien "
        "Gagnon-Pelletier, en dressant le bilan de cette 17e édition. Le festival, déficitaire "
        "en 2024, devrait terminer l'exercice avec un léger surplus.\n\n"
        "Des résidents du quartier du port se sont toutefois plaints du bruit, certains "
        "spectacles s'étant terminés après minuit. La conseillère municipale du district, "
        "Martine Pelchat-Roy, réclame le déplacement de la grande scène vers le parc de la "
        "Pointe l'an prochain.\n\n"
        "La Ville doit rencontrer les organisateurs en janvier pour préparer l'édition 2027.",
        [
            (
                I,
                [
                    "Près de 92 000 personnes ont assisté aux spectacles du Festival des "
                    "Grandes Marées en quatre jours, un record"
                ],
                "Festival des Grandes Marées",
            ),
            (
                D,
                [
                    "On savait que la programmation était forte, mais on ne s'attendait pas à "
                    "refuser du monde dès le jeudi soir"
                ],
                "Sébastien Gagnon-Pelletier",
            ),
        ],
    ),
    (  # 9 Switzerland, sauropod footprints: “ ” quotes, job before the name, "Selon son
        # collègue"
        "Porrentruy — Des empreintes laissées il y a environ 152 millions d'années par un "
        "groupe de jeunes sauropodes ont été mises au jour lors du chantier d'un giratoire "
        "près de Fontenais-Dessus (JU). Leur première analyse a été publiée mardi dans la "
        "revue Géologie jurassienne.\n\n"
        "“C'est la piste la plus longue jamais décrite en Suisse pour des sauropodes "
        "juvéniles. On peut suivre les animaux sur près de quatre-vingts mètres”, explique la "
        "paléontologue Delphine Membrez, qui a dirigé les fouilles pour l'Office cantonal de "
        "la culture.\n\n"
        "Les traces, d'une trentaine de centimètres, montrent que les jeunes se déplaçaient "
        "en groupe, sans adultes à proximité. Selon son collègue Urs Hänggi, de l'Université "
        "de Bâle, cette découverte oblige à revoir l'âge auquel les sauropodes quittaient le "
        "troupeau.\n\n"
        "Le canton a décidé de décaler le giratoire d'une trentaine de mètres afin de "
        "préserver la dalle, qui sera ouverte au public au printemps.",
        [
            (
                D,
                [
                    "C'est la piste la plus longue jamais décrite en Suisse pour des sauropodes "
                    "juvéniles. On peut suivre les animaux sur près de quatre-vingts mètres"
                ],
                "Delphine Membrez",
            ),
            (
                I,
                [
                    "cette découverte oblige à revoir l'âge auquel les sauropodes quittaient le "
                    "troupeau"
                ],
                "Urs Hänggi",
            ),
        ],
    ),
    (  # 10 Belgium, inflation figures: institute after the verb, economist after the quote;
        # shopper described without speech; association's noun-object plea
        "Bruxelles — L'inflation a atteint 3,4\u202f% sur un an en novembre en Belgique, "
        "contre 2,9\u202f% en octobre, a indiqué jeudi l'Institut belge des prix. La hausse "
        "est surtout portée par l'alimentation, dont les prix ont augmenté de 5,1\u202f%, et "
        "par le mazout de chauffage.\n\n"
        "«\u202fLe beurre, le café et le chocolat tirent le panier vers le haut. Ce sont des "
        "produits que les ménages continuent d'acheter, quoi qu'il arrive\u202f», analyse "
        "l'économiste Koen Verstraeten, de la Banque Escaut. L'indexation automatique des "
        "salaires, attendue en janvier pour une partie des employés, devrait toutefois "
        "limiter la perte de pouvoir d'achat.\n\n"
        "Dans un supermarché d'Anderlecht, Fatima El Ouardi, mère de trois enfants, a "
        "renoncé aux grandes marques depuis l'été et fait désormais ses courses dans trois "
        "enseignes différentes chaque semaine. L'association Consom'Action plaide pour une "
        "baisse temporaire de la TVA sur les produits de base.",
        [
            (
                I,
                [
                    "L'inflation a atteint 3,4\u202f% sur un an en novembre en Belgique, contre "
                    "2,9\u202f% en octobre"
                ],
                "Institut belge des prix",
            ),
            (
                D,
                [
                    "Le beurre, le café et le chocolat tirent le panier vers le haut. Ce sont "
                    "des produits que les ménages continuent d'acheter, quoi qu'il arrive"
                ],
                "Koen Verstraeten",
            ),
        ],
    ),
    (  # 11 France, fatal crash trial: no spaces inside « », prosecutor after the quote,
        # victim's mother partial after "a dit", then "a-t-elle ajouté"
        "Périgueux — Le tribunal correctionnel de Périgueux a condamné jeudi un chauffeur "
        "routier de 46 ans à trois ans d'emprisonnement, dont dix-huit mois ferme, pour "
        "homicide involontaire. Le 3 mars, au volant de son poids lourd, il avait percuté la "
        "voiture de Léa Montagut, une étudiante de 19 ans, sur la RN21 près de Bergerac. Au "
        "moment du choc, il regardait une vidéo sur son téléphone, posé sur le tableau de "
        "bord.\n\n"
        "«Ce n'est pas un accident. C'est un choix, répété des dizaines de fois par jour, de "
        "regarder ailleurs que la route», avait lancé à l'audience la procureure, Sophie "
        "Darnaud, qui avait requis quatre ans.\n\n"
        "À la sortie de la salle, la mère de la victime, Christine Montagut, a dit ne "
        "ressentir «aucun soulagement». «Ma fille ne reviendra pas. J'espère seulement que "
        "d'autres chauffeurs entendront parler de ce jugement», a-t-elle ajouté.\n\n"
        "Le permis du prévenu a été annulé, avec interdiction de le repasser avant cinq ans.",
        [
            (
                D,
                [
                    "Ce n'est pas un accident. C'est un choix, répété des dizaines de fois par "
                    "jour, de regarder ailleurs que la route"
                ],
                "Sophie Darnaud",
            ),
            (P, ["aucun soulagement"], "Christine Montagut"),
            (
                D,
                [
                    "Ma fille ne reviendra pas. J'espère seulement que d'autres chauffeurs "
                    "entendront parler de ce jugement"
                ],
                "Christine Montagut",
            ),
        ],
    ),
    (  # 12 Quebec, teacher shortage: clause before "a confirmé … sa directrice générale",
        # "a-t-elle reconnu", union president's partial
        "MONTRÉAL — À une semaine de la rentrée, il manque encore 212 enseignants au Centre "
        "de services scolaire de la Pointe-de-l'Île-Est, a confirmé lundi sa directrice "
        "générale, Josée Tremblay-Santos.\n\n"
        "« Chaque classe aura un adulte devant elle le 28 août. Je ne peux pas vous promettre "
        "que ce sera toujours un enseignant légalement qualifié », a-t-elle reconnu en "
        "conférence de presse. Des retraités et des étudiants en éducation ont été appelés "
        "en renfort.\n\n"
        "La présidente de l'Alliance des professeurs de l'Est, Nathalie Bergeron, accuse "
        "Québec de « fermer les yeux » sur la pénurie depuis cinq ans. Le syndicat tiendra "
        "une assemblée générale jeudi soir.\n\n"
        "Le centre de services compte 41 écoles primaires et secondaires et près de 38 000 "
        "élèves, dont un sur quatre n'a pas le français comme langue maternelle.",
        [
            (
                I,
                [
                    "À une semaine de la rentrée, il manque encore 212 enseignants au Centre de "
                    "services scolaire de la Pointe-de-l'Île-Est"
                ],
                "Josée Tremblay-Santos",
            ),
            (
                D,
                [
                    "Chaque classe aura un adulte devant elle le 28 août. Je ne peux pas vous "
                    "promettre que ce sera toujours un enseignant légalement qualifié"
                ],
                "Josée Tremblay-Santos",
            ),
            (P, ["fermer les yeux"], "Nathalie Bergeron"),
        ],
    ),
    (  # 13 Belgium, swimming-pool overrun: burgomaster named after the quote, "L'échevine …
        # a précisé que", opposition leader's noun-object demand then question quote
        "Le conseil communal de Wavremont a approuvé lundi soir un crédit supplémentaire de "
        "3,8\u00a0millions d'euros pour achever la nouvelle piscine communale, dont le "
        "chantier accuse dix-huit mois de retard.\n\n"
        "«\u00a0Nous n'avions pas le choix. Laisser un chantier à moitié fini, c'était jeter à "
        "la rivière l'argent déjà investi\u00a0», a justifié Philippe Delvaux, le "
        "bourgmestre.\n\n"
        "L'échevine des Sports, Isabelle Gobert, a précisé que l'ouverture du bassin était "
        "désormais prévue pour septembre 2027, sous réserve des derniers essais "
        "d'étanchéité.\n\n"
        "L'opposition a voté contre. Son chef de file, Damien Lambot, a réclamé un audit "
        "externe sur la gestion du chantier. «\u00a0On nous avait promis huit millions, on en "
        "est à douze. Et qui paiera la suite\u00a0?\u00a0», a-t-il lancé.\n\n"
        "Les nageurs du club local s'entraînent depuis trois ans dans la piscine d'une "
        "commune voisine.",
        [
            (
                D,
                [
                    "Nous n'avions pas le choix. Laisser un chantier à moitié fini, c'était "
                    "jeter à la rivière l'argent déjà investi"
                ],
                "Philippe Delvaux",
            ),
            (
                I,
                [
                    "l'ouverture du bassin était désormais prévue pour septembre 2027, sous "
                    "réserve des derniers essais d'étanchéité"
                ],
                "Isabelle Gobert",
            ),
            (
                D,
                [
                    "On nous avait promis huit millions, on en est à douze. Et qui paiera la "
                    "suite\u00a0?"
                ],
                "Damien Lambot",
            ),
        ],
    ),
    (  # 14 Switzerland, ice-hockey derby: scorer designated by "l'attaquant de 31 ans",
        # silent coach, opponent's sporting director with "a estimé que"
        "Fribourg — Le HC Sarine a remporté mardi soir le derby romand face au Genève-Lac HC "
        "(4-2), mettant fin à une série de cinq défaites. Le capitaine Loïc Jeanneret a "
        "inscrit deux buts, dont le 3-2 en supériorité numérique à la 54e minute.\n\n"
        "«\u202fOn avait besoin de ça, pour la tête surtout. Dans le vestiaire, plus personne "
        "ne parlait depuis dix jours\u202f», a soufflé l'attaquant de 31 ans.\n\n"
        "L'entraîneur Markus Zbinden, dont l'avenir semblait menacé, a quitté la patinoire "
        "sans s'arrêter devant les journalistes.\n\n"
        "Côté genevois, le directeur sportif, Christophe Favre-Bulle, a estimé que son équipe "
        "avait manqué de caractère en troisième période. Le gardien Alexis Mottet, touché à "
        "l'épaule, sera absent au moins trois semaines.",
        [
            (
                D,
                [
                    "On avait besoin de ça, pour la tête surtout. Dans le vestiaire, plus "
                    "personne ne parlait depuis dix jours"
                ],
                "Loïc Jeanneret",
            ),
            (
                I,
                ["son équipe avait manqué de caractère en troisième période"],
                "Christophe Favre-Bulle",
            ),
        ],
    ),
    (  # 15 France, maternity unit closing: health agency's announcement, mayor's partial,
        # midwife who asked for anonymity with "confie-t-elle"
        "Saint-Amand-les-Bois — La maternité du centre hospitalier fermera ses portes le 31 "
        "décembre, a annoncé vendredi l'ARS Centre-Val de Loire dans un communiqué, en "
        "invoquant le manque de pédiatres et d'anesthésistes. Les quelque 310 naissances "
        "annuelles seront orientées vers Bourges, à cinquante-cinq minutes de route.\n\n"
        "Le maire, Jean-Claude Thévenot, a dénoncé «\u00a0une décision prise à Orléans par "
        "des gens qui n'ont jamais fait la route de nuit\u00a0». Il appelle à un rassemblement "
        "samedi matin devant l'hôpital.\n\n"
        "Une sage-femme du service, qui a requis l'anonymat, ne cache pas son inquiétude. "
        "«\u00a0Cet hiver, avec la neige, certaines femmes mettront plus d'une heure pour "
        "arriver. On le sait tous, et personne ne veut l'écrire\u00a0», confie-t-elle.\n\n"
        "Six des onze sages-femmes de l'établissement ont déjà accepté un poste ailleurs.",
        [
            (
                I,
                ["La maternité du centre hospitalier fermera ses portes le 31 décembre"],
                "ARS Centre-Val de Loire",
            ),
            (
                P,
                [
                    "une décision prise à Orléans par des gens qui n'ont jamais fait la route "
                    "de nuit"
                ],
                "Jean-Claude Thévenot",
            ),
            (
                D,
                [
                    "Cet hiver, avec la neige, certaines femmes mettront plus d'une heure pour "
                    "arriver. On le sait tous, et personne ne veut l'écrire"
                ],
                "sage-femme",
            ),
        ],
    ),
]

# English typography varies too: " " (straight), “ ” (curly) and, in some Australian copy,
# ‘ ’ single quotes.
EN: list[Item] = [
    (  # 1 UK, council tax rise: leader's quote with "she told the chamber", opposition partial,
        # "the council said weekly bin collections …" after "In a statement"
        "Residents of Kestleford face a 4.99 per cent rise in council tax from April after "
        "Kestleford Borough Council approved its budget on Wednesday night by 31 votes to "
        "22.\n\n"
        "Council leader Janet Oyelaran blamed a £6.2m shortfall in adult social care, where "
        "demand has risen by a fifth in three years.\n\n"
        '"Nobody comes into local government to put bills up. But the alternative was '
        'closing libraries and cutting care packages, and I was not prepared to do that," '
        "she told the chamber.\n\n"
        'Conservative group leader Martin Hale called the increase "a tax on failure" and '
        "pointed to the unfinished leisure centre on Mill Road, now £9m over budget.\n\n"
        "In a statement after the meeting, the council said weekly bin collections and all "
        "eleven of its libraries would be protected next year. A band D household will pay "
        "an extra £94 a year.",
        [
            (
                D,
                [
                    "Nobody comes into local government to put bills up. But the alternative "
                    "was closing libraries and cutting care packages, and I was not prepared "
                    "to do that"
                ],
                "Janet Oyelaran",
            ),
            (P, ["a tax on failure"], "Martin Hale"),
            (
                I,
                [
                    "weekly bin collections and all eleven of its libraries would be protected "
                    "next year"
                ],
                "Kestleford Borough Council",
            ),
        ],
    ),
    (  # 2 US, fraud sentencing: judge's partial with the period inside, defendant's quote,
        # victim introduced by "One of his victims"
        "COLUMBUS, Ohio — A federal judge on Tuesday sentenced a former financial adviser "
        "from suburban Columbus to 11 years in prison for running a scheme that cheated 63 "
        "clients, most of them retirees, out of nearly $9 million.\n\n"
        "U.S. District Judge Harold Menendez told Craig Ellison, 58, that he had “looked "
        "people in the eye and lied to them for a decade.” Prosecutors had asked for 14 "
        "years.\n\n"
        "Ellison, who pleaded guilty in June to wire fraud and money laundering, apologized "
        "before the sentence was handed down. “I told myself every month that I would pay "
        "everyone back. I was wrong, and I am ashamed,” he said, his voice breaking.\n\n"
        "One of his victims, Dolores Kaminski, 81, said she had lost the savings her late "
        "husband had set aside for her care. She and other clients have recovered about 30 "
        "cents on the dollar through a court-appointed receiver.\n\n"
        "Ellison must report to prison by Jan. 15.",
        [
            (
                P,
                ["looked people in the eye and lied to them for a decade."],
                "Harold Menendez",
            ),
            (
                D,
                [
                    "I told myself every month that I would pay everyone back. I was wrong, "
                    "and I am ashamed"
                ],
                "Craig Ellison",
            ),
            (
                I,
                ["she had lost the savings her late husband had set aside for her care"],
                "Dolores Kaminski",
            ),
        ],
    ),
    (  # 3 Australia, hailstorm: SES controller with job before the name, resident named after
        # "said", ‘ ’ quotes with apostrophes inside
        "Hundreds of homes were damaged and more than 60,000 properties lost power after a "
        "severe storm swept across south-east Queensland on Sunday afternoon, dumping hail the "
        "size of cricket balls on parts of Logan and the Scenic Rim.\n\n"
        "State Emergency Service area controller Kylie Brandt said volunteers had received "
        "more than 1,900 calls for help overnight, most of them for damaged roofs and fallen "
        "trees.\n\n"
        "‘It came through in about fifteen minutes and it just flattened everything,’ said "
        "Jimboomba resident Trevor Makin, whose carport was lifted over the fence and into his "
        "neighbour’s pool.\n\n"
        "Crews from Coastline Power worked through the night, but some customers face the "
        "prospect of several days without electricity. Schools in the worst-hit suburbs will "
        "remain closed on Monday.",
        [
            (
                I,
                [
                    "volunteers had received more than 1,900 calls for help overnight, most of "
                    "them for damaged roofs and fallen trees"
                ],
                "Kylie Brandt",
            ),
            (
                D,
                ["It came through in about fifteen minutes and it just flattened everything"],
                "Trevor Makin",
            ),
        ],
    ),
    (  # 4 Canada, pulp mill closing: company "said in a statement Thursday that", union
        # president "was blunt" then quote with "he said"; mayor's meeting is not speech
        "KESTREL RIVER, N.B. — The pulp mill that has anchored this northern New Brunswick "
        "town for almost a century will close permanently in March, putting 340 people out "
        "of work.\n\n"
        "Northshore Fibre said in a statement Thursday that the mill had lost money in each "
        "of the past six years as demand for newsprint continued to fall. Employees will "
        "receive severance under the terms of their collective agreement.\n\n"
        "Paperworkers Local 2291 president Denis Arsenault was blunt. “Some of these guys "
        "have three generations in that mill. They deserved to hear it face to face, not "
        "from a press release,” he said.\n\n"
        "The town's mayor, Lise Thériault-Mann, met with the province's natural resources "
        "minister on Friday to discuss the future of the site, which includes a small hydro "
        "dam and 60 hectares of waterfront land.",
        [
            (
                I,
                [
                    "the mill had lost money in each of the past six years as demand for "
                    "newsprint continued to fall"
                ],
                "Northshore Fibre",
            ),
            (
                D,
                [
                    "Some of these guys have three generations in that mill. They deserved to "
                    "hear it face to face, not from a press release"
                ],
                "Denis Arsenault",
            ),
        ],
    ),
    (  # 5 US, hospital cyberattack: nurse who asked not to be named, CEO "Dr." with "said
        # Wednesday there was"; "declined to say whether" is not a quote
        "MILLBROOK, Tenn. — A cyberattack forced St. Anselm Regional Hospital to divert "
        "ambulances to other hospitals for a third straight day on Wednesday, as staff worked "
        "without access to electronic records.\n\n"
        "Patients already admitted were still receiving care, but doctors and nurses have "
        "been using paper charts since the hospital's systems went down early Monday.\n\n"
        "\"We're writing orders by hand and running lab results down the hall on foot. It's "
        'like 1985 in here," said a nurse in the emergency department who asked not to be '
        "named because she was not authorized to speak to reporters.\n\n"
        "Chief executive Dr. Alan Prewitt said Wednesday there was no evidence so far that "
        "patient data had been stolen. He declined to say whether the hospital had received "
        "a ransom demand.\n\n"
        "The 220-bed hospital is the largest employer in Dorsey County.",
        [
            (
                D,
                [
                    "We're writing orders by hand and running lab results down the hall on "
                    "foot. It's like 1985 in here"
                ],
                "nurse",
            ),
            (
                I,
                ["there was no evidence so far that patient data had been stolen"],
                "Alan Prewitt",
            ),
        ],
    ),
    (  # 6 UK, village school closing: "…, Marsham County Council has confirmed", cabinet
        # member named after the quote, unnamed mother
        "A village primary school that has taught children for 143 years will close in July "
        "because of falling pupil numbers, Marsham County Council has confirmed.\n\n"
        "St Botolph's Primary in Little Haddon has 31 pupils on its roll, down from 74 a "
        "decade ago, and has run a deficit for four consecutive years.\n\n"
        '"Keeping a school open for 31 children means every other school in the county pays '
        'for it. It has been the hardest decision of my time in this role," said Peter '
        "Ashdown, the council's cabinet member for education.\n\n"
        "Parents, who have campaigned for two years to save the school, are considering a "
        "legal challenge.\n\n"
        "\"They're six and seven years old and they're being told to say goodbye to their "
        'friends," said one mother, who did not want to be named. Pupils will be offered '
        "places at schools in Great Haddon and Westby from September.",
        [
            (
                I,
                [
                    "A village primary school that has taught children for 143 years will close "
                    "in July because of falling pupil numbers"
                ],
                "Marsham County Council",
            ),
            (
                D,
                [
                    "Keeping a school open for 31 children means every other school in the "
                    "county pays for it. It has been the hardest decision of my time in this "
                    "role"
                ],
                "Peter Ashdown",
            ),
            (
                D,
                [
                    "They're six and seven years old and they're being told to say goodbye to "
                    "their friends"
                ],
                "mother",
            ),
        ],
    ),
    (  # 7 Australia, rugby league: surname after the quote, coach's "A," he said. "B." (two
        # direct quotes), curly apostrophes inside “ ”
        "The Riverina Rams have snapped a six-game losing streak, holding off the Northern "
        "Suns 24-18 in front of 19,400 fans at Wagga Stadium on Saturday night.\n\n"
        "Five-eighth Jordan Tuipulotu scored two tries and kicked four goals, including the "
        "sideline conversion that put the Rams eight points clear with five minutes left.\n\n"
        "“We’ve copped plenty this year, and fair enough. Tonight the boys just refused to go "
        "away,” Tuipulotu said.\n\n"
        "Suns coach Mick O’Halloran was less impressed with his own side, which has now lost "
        "three in a row. “We were soft through the middle and we paid for it,” he said. "
        "“That’s on me as much as anyone.”\n\n"
        "The Rams travel to Townsville next Sunday.",
        [
            (
                D,
                [
                    "We’ve copped plenty this year, and fair enough. Tonight the boys just "
                    "refused to go away"
                ],
                "Jordan Tuipulotu",
            ),
            (D, ["We were soft through the middle and we paid for it"], "Mick O’Halloran"),
            (D, ["That’s on me as much as anyone."], "Mick O’Halloran"),
        ],
    ),
    (  # 8 US, pumpkin festival: grower named after the quote, chairwoman with her job
        # before the name
        "HARLAN FALLS, Ohio — A 2,147-pound pumpkin grown by a retired mail carrier took top "
        "honors Saturday at the 63rd Harlan Falls Pumpkin Show, beating the festival's 2019 "
        "record by more than 200 pounds.\n\n"
        "\"I talked to it every morning. My wife thinks I've lost my mind, and she might be "
        'right," said Gene Pokorny, 67, who grows his giants in a patch behind the feed '
        "store he used to own.\n\n"
        "Pokorny's prize is $5,000 and a place in the state growers' hall of fame. The "
        "pumpkin will be displayed on the courthouse lawn until Thanksgiving.\n\n"
        "Show chairwoman Linda Farrow said attendance topped 90,000 over the four days, "
        "despite a rainout on Thursday evening.\n\n"
        "The festival, which began in 1962 as a church fundraiser, also crowned a pie-eating "
        "champion and held its first drone light show.",
        [
            (
                D,
                [
                    "I talked to it every morning. My wife thinks I've lost my mind, and she "
                    "might be right"
                ],
                "Gene Pokorny",
            ),
            (
                I,
                [
                    "attendance topped 90,000 over the four days, despite a rainout on Thursday evening"
                ],
                "Linda Farrow",
            ),
        ],
    ),
    (  # 9 Canada, lake ice study: lead author with "Dr." after "said", "She said" in the
        # next paragraph, co-author's partial with the period inside
        "Lakes across northwestern Ontario are freezing over an average of 11 days later "
        "than they did in the 1970s. The finding, published Tuesday in the journal Freshwater "
        "Systems, draws on ice records from 212 lakes.\n\n"
        "“We had volunteers – cottagers, trappers, a couple of fire-tower lookouts – writing "
        "down freeze-up dates for fifty years. Nobody designed that as a science project, and "
        "it turned out to be gold,” said lead author Dr. Priya Raghunathan of the Boreal "
        "Ecology Institute in Thunder Bay.\n\n"
        "She said the shorter ice season was already affecting winter roads that several "
        "remote First Nations depend on for fuel and food deliveries.\n\n"
        "Co-author Marc Lavigne called the trend “unmistakable.” The team now plans to extend "
        "the study to lakes in northern Quebec and Manitoba.",
        [
            (
                D,
                [
                    "We had volunteers – cottagers, trappers, a couple of fire-tower lookouts – "
                    "writing down freeze-up dates for fifty years. Nobody designed that as a "
                    "science project, and it turned out to be gold"
                ],
                "Priya Raghunathan",
            ),
            (
                I,
                [
                    "the shorter ice season was already affecting winter roads that several "
                    "remote First Nations depend on for fuel and food deliveries"
                ],
                "Priya Raghunathan",
            ),
            (P, ["unmistakable."], "Marc Lavigne"),
        ],
    ),
    (  # 10 UK, shop prices: figures without a speaker, chief executive's partial inside
        # reported speech, then "she added"
        "Food prices in UK shops rose by 4.6 per cent in the year to November, the fastest "
        "pace since early 2024, driven by sharp increases in chocolate, coffee and butter.\n\n"
        "The British Retail Forum's chief executive, Helen Marchbank, said retailers were "
        '"absorbing as much as they can", with many trading on margins of less than 3 per '
        "cent.\n\n"
        '"Shoppers should not expect relief before the spring. Christmas dinner will cost '
        "more than last year, and I'm afraid that is the honest picture,\" she added.\n\n"
        "Supermarkets have cut the price of some own-label staples in recent weeks to hold "
        "on to customers, while sales of branded goods have fallen for a fifth month in a "
        "row. The Bank of England's next interest rate decision is due on 17 December.",
        [
            (P, ["absorbing as much as they can"], "Helen Marchbank"),
            (
                D,
                [
                    "Shoppers should not expect relief before the spring. Christmas dinner will "
                    "cost more than last year, and I'm afraid that is the honest picture"
                ],
                "Helen Marchbank",
            ),
        ],
    ),
    (  # 11 US, leaf-blower ban: councilwoman named after the quote, mayor's partial,
        # contractor "told the council that"
        "ALDER SPRINGS, Colo. — The City Council voted 5-2 Tuesday night to phase out "
        "gas-powered leaf blowers by 2028, making this mountain town the first in the state "
        "to adopt such a ban.\n\n"
        "“This is about noise, it’s about air quality, and frankly it’s about the health of "
        "the workers who use these machines eight hours a day,” said Councilwoman Teresa "
        "Villalobos, who sponsored the measure.\n\n"
        "Mayor Doug Henrikson, one of the two no votes, called the ban “well-meaning but "
        "rushed.”\n\n"
        "Landscaping contractor Carlos Ybarra told the council that replacing his company’s "
        "equipment with battery-powered models would cost about $40,000. The city will offer "
        "rebates of up to $300 per machine starting in the spring.",
        [
            (
                D,
                [
                    "This is about noise, it’s about air quality, and frankly it’s about the "
                    "health of the workers who use these machines eight hours a day"
                ],
                "Teresa Villalobos",
            ),
            (P, ["well-meaning but rushed."], "Doug Henrikson"),
            (
                I,
                [
                    "replacing his company’s equipment with battery-powered models would cost "
                    "about $40,000"
                ],
                "Carlos Ybarra",
            ),
        ],
    ),
    (  # 12 Australia, builder jailed: judge's partial in ‘ ’, victim's indirect then her
        # quote in the next paragraph with "she said"
        "A Geelong builder who took more than $1.3 million in deposits from families for "
        "homes that were never built has been jailed for five years.\n\n"
        "Sentencing Lachlan Pierce, 44, in the County Court on Friday, Judge Margaret Osei "
        "said he had shown ‘a callous indifference’ to the financial ruin of his clients. "
        "Pierce, who pleaded guilty to 17 counts of obtaining property by deception, will be "
        "eligible for parole after three years.\n\n"
        "Outside court, Sarah Lindqvist said she and her partner were still renting four "
        "years after handing over a $96,000 deposit.\n\n"
        "‘We had the nursery picked out. Our son is three now and he’s never lived in a "
        "house we own,’ she said.\n\n"
        "Several victims have lodged claims with the state’s domestic building insurance "
        "scheme, which has so far paid out about $410,000.",
        [
            (P, ["a callous indifference"], "Margaret Osei"),
            (
                I,
                [
                    "she and her partner were still renting four years after handing over a "
                    "$96,000 deposit"
                ],
                "Sarah Lindqvist",
            ),
            (
                D,
                [
                    "We had the nursery picked out. Our son is three now and he’s never lived "
                    "in a house we own"
                ],
                "Sarah Lindqvist",
            ),
        ],
    ),
    (  # 13 Canada, post-tropical storm: "Utility Atlantic Grid said", harbour manager with
        # his job before the name, "He added that"
        "HALIFAX — Tens of thousands of Nova Scotians were still without power Monday after "
        "post-tropical storm Delia brought gusts of more than 130 km/h and heavy rain to much "
        "of the province overnight.\n\n"
        "Utility Atlantic Grid said about 84,000 customers remained in the dark at noon, down "
        "from a peak of more than 210,000.\n\n"
        "In the fishing village of Cape Lorne, the storm surge tore away most of the "
        'government wharf. "The wharf is just gone. Twenty boats were tied up there last '
        'night, and this morning we found three of them on the rocks," said harbour '
        "authority manager Keith Boudreau.\n\n"
        "He added that fishermen would not be able to land their catch there for the rest of "
        "the season.\n\n"
        "Premier Alison Whitby toured the damage by helicopter in the afternoon. Two comfort "
        "centres in the county will stay open overnight.",
        [
            (
                I,
                [
                    "about 84,000 customers remained in the dark at noon, down from a peak of "
                    "more than 210,000"
                ],
                "Atlantic Grid",
            ),
            (
                D,
                [
                    "The wharf is just gone. Twenty boats were tied up there last night, and "
                    "this morning we found three of them on the rocks"
                ],
                "Keith Boudreau",
            ),
            (
                I,
                [
                    "fishermen would not be able to land their catch there for the rest of "
                    "the season"
                ],
                "Keith Boudreau",
            ),
        ],
    ),
    (  # 14 UK, FA Cup tie: manager's partial, his quote with "he said" in the next
        # paragraph, matchwinner's quote continued over two paragraphs after "said:"
        "Kirkby Rovers came from two goals down to beat Ashcombe United 3-2 in the FA Cup "
        "second round on Saturday, with 18-year-old substitute Connor Mahey scoring the "
        "winner in stoppage time.\n\n"
        "Rovers manager Steve Duckworth admitted his side had been “all over the place” "
        "before the break, when Ashcombe scored twice in six minutes.\n\n"
        "“I told them at half-time that if we went out like that, nobody would remember us "
        "for anything except being rubbish. They went out and showed a bit of pride,” he "
        "said.\n\n"
        "Mahey, who signed his first professional contract in the summer, said: “I just shut "
        "my eyes and hit it. I don’t even know if it went in off the post.\n\n"
        "“My dad was in the stand, and he’s been coming to watch me since I was six. That "
        "one’s for him.”\n\n"
        "Rovers, who sit 14th in League Two, will find out their third-round opponents on "
        "Monday.",
        [
            (P, ["all over the place"], "Steve Duckworth"),
            (
                D,
                [
                    "I told them at half-time that if we went out like that, nobody would "
                    "remember us for anything except being rubbish. They went out and showed a "
                    "bit of pride"
                ],
                "Steve Duckworth",
            ),
            (
                D,
                [
                    "I just shut my eyes and hit it. I don’t even know if it went in off the post.",
                    "My dad was in the stand, and he’s been coming to watch me since I was six. "
                    "That one’s for him.",
                ],
                "Connor Mahey",
            ),
        ],
    ),
    (  # 15 Australia, ambulance ramping: "according to the Ambulance Workers Union", union
        # secretary named after the quote, paramedic who asked not to be named
        "ADELAIDE — Ambulances spent a record 5,412 hours ramped outside South Australian "
        "hospitals in October, according to the Ambulance Workers Union.\n\n"
        '"We had crews sitting outside Northern Districts Hospital for an entire '
        "twelve-hour shift without doing a single job. Meanwhile there were people at home "
        "waiting for an ambulance that wasn't coming,\" said the union's state secretary, "
        "Phil Karagiannis.\n\n"
        "A paramedic who asked not to be named said she had waited almost nine hours with an "
        "elderly patient on a stretcher in a hospital corridor last Tuesday.\n\n"
        "The state government has promised 96 extra beds across metropolitan hospitals "
        "before Christmas. Health Minister Kate Brennan-Walsh was not available for comment "
        "on Monday, but her office pointed to a 12 per cent rise in emergency presentations "
        "since last winter.",
        [
            (
                I,
                [
                    "Ambulances spent a record 5,412 hours ramped outside South Australian "
                    "hospitals in October"
                ],
                "Ambulance Workers Union",
            ),
            (
                D,
                [
                    "We had crews sitting outside Northern Districts Hospital for an entire "
                    "twelve-hour shift without doing a single job. Meanwhile there were people "
                    "at home waiting for an ambulance that wasn't coming"
                ],
                "Phil Karagiannis",
            ),
            (
                I,
                [
                    "she had waited almost nine hours with an elderly patient on a stretcher "
                    "in a hospital corridor last Tuesday"
                ],
                "paramedic",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout27.jsonl"),
        "heldout27",
        "h27",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
