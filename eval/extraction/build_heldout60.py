"""Source of the sixtieth held-out set: writes heldout60.jsonl (split "heldout60").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
local-politics copy: town and city council meetings and neighbourhood disputes (budgets, parking,
a mosque, a supermarket, a closing school, a crowing cockerel, a hedge), with mayors, deputy
mayors, opposition councillors and residents in the public gallery answering each other.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout60.py
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
    (  # 1 budget vote: plain spaces, "a déclaré l'édile" role after, group name in « » not speech,
        # "a dénoncé un « … »" partial, "lui a répondu :" colon
        "Le conseil municipal de Saint-Aubrac-sur-Vienne a adopté lundi soir, par 23 voix contre "
        "8, un budget primitif de 14,2 millions d'euros, au terme d'une séance de près de quatre "
        "heures. Le maire, Bernard Lachenal-Roux (divers droite), a défendu une hausse de 3 % de "
        "la taxe foncière, la première depuis 2014.\n\n"
        "« Nous ne pouvons plus financer l'entretien des écoles et de la voirie avec des bouts de "
        "ficelle », a déclaré l'édile devant une salle comble.\n\n"
        "Dans les rangs de l'opposition, Sandrine Vautrin, présidente du groupe « Saint-Aubrac "
        "autrement », a dénoncé un « matraquage fiscal déguisé ». L'opposition avait déposé un "
        "contre-budget prévoyant 400 000 euros d'économies, en renonçant notamment à la rénovation "
        "de la salle des fêtes.\n\n"
        "Le premier adjoint chargé des finances, Hervé Mazoyer, lui a répondu sèchement : « Vous "
        "proposez de laisser la salle des fêtes tomber en ruine. Allez le dire aux associations. »"
        "\n\n"
        "Dans le public, plusieurs habitants ont quitté la salle avant la fin des débats, en "
        "scandant le nom de l'ancien maire.",
        [
            (
                D,
                [
                    "Nous ne pouvons plus financer l'entretien des écoles et de la voirie avec des "
                    "bouts de ficelle"
                ],
                "Bernard Lachenal-Roux",
            ),
            (P, ["matraquage fiscal déguisé"], "Sandrine Vautrin"),
            (
                D,
                [
                    "Vous proposez de laisser la salle des fêtes tomber en ruine. Allez le dire "
                    "aux associations."
                ],
                "Hervé Mazoyer",
            ),
        ],
    ),
    (  # 2 mosque project: no-break spaces, incise "a assuré X, le président…" then a new sentence
        # inside the same « » (one quote, two pieces), "ben", "un riverain" + "a-t-il lancé",
        # "a annoncé vouloir"
        "Le projet de centre culturel et cultuel porté par l'association Al-Nour de Brévannes "
        "divise toujours le quartier des Tilleuls. Jeudi soir, la réunion publique organisée salle "
        "Jean-Moulin a réuni plus de 200 personnes, dans une ambiance parfois électrique.\n\n"
        "«\u00a0Ce bâtiment sera ouvert à tous, a assuré Karim ben Saïd, le président de "
        "l'association. Nous y organiserons du soutien scolaire et des permanences d'écrivain "
        "public.\u00a0»\n\n"
        "Un riverain, qui habite rue des Acacias depuis trente ans, s'est inquiété du "
        "stationnement. «\u00a0Le vendredi, on ne pourra plus sortir de chez nous\u00a0», a-t-il "
        "lancé, sous quelques applaudissements. D'autres, au fond de la salle, ont crié à la "
        "provocation.\n\n"
        "Le maire, Gérard Poulain-Desmarais, qui a délivré le permis de construire en septembre, a "
        "annoncé vouloir aménager un parking de 60 places sur l'ancienne friche ferroviaire d'ici "
        "à 2028. Les travaux du centre doivent débuter au printemps.",
        [
            (
                D,
                [
                    "Ce bâtiment sera ouvert à tous",
                    "Nous y organiserons du soutien scolaire et des permanences d'écrivain public.",
                ],
                "Karim ben Saïd",
            ),
            (D, ["Le vendredi, on ne pourra plus sortir de chez nous"], "riverain"),
            (
                I,
                [
                    "vouloir aménager un parking de 60 places sur l'ancienne friche ferroviaire "
                    "d'ici à 2028"
                ],
                "Gérard Poulain-Desmarais",
            ),
        ],
    ),
    (  # 3 closing school: narrow no-break spaces, placard slogan not speech, dialogue dashes
        # (first line unattributed, answered by "a répondu l'élue")
        "La fermeture de l'école élémentaire du hameau des Grangettes, à Roche-Vallier, a été "
        "actée mardi soir par le conseil municipal, par 15 voix contre 4. Une quarantaine de "
        "parents avaient pris place dans le public, certains avec des pancartes «\u202fTouche pas "
        "à mon école\u202f».\n\n"
        "Au moment des questions du public, l'échange entre la maire, Christine Fabre-Olivier, et "
        "une mère d'élève, Laëtitia Roumégoux, a tendu la salle.\n\n"
        "— Vous fermez une école de 41 élèves pour économiser le prix d'un rond-point\u202f!\n"
        "— Madame, personne ici n'a envie de fermer une école. Mais je ne peux pas maintenir trois "
        "classes à moitié vides, a répondu l'élue.\n\n"
        "Dès septembre, les enfants seront accueillis au groupe scolaire du bourg, à quatre "
        "kilomètres, et un car de ramassage sera mis en place. Les parents, eux, préparent un "
        "recours devant le tribunal administratif.",
        [
            (
                D,
                [
                    "Vous fermez une école de 41 élèves pour économiser le prix d'un "
                    "rond-point\u202f!"
                ],
                "Laëtitia Roumégoux",
            ),
            (
                D,
                [
                    "Madame, personne ici n'a envie de fermer une école. Mais je ne peux pas "
                    "maintenir trois classes à moitié vides"
                ],
                "Christine Fabre-Olivier",
            ),
        ],
    ),
    (  # 4 supermarket on farmland: question with "-t-il" not speech, "de" particle, quote over two
        # paragraphs, "D'après X, …", partial inside "a assuré que"
        "Le groupe Primavente pourra-t-il ouvrir son supermarché de 2\u00a0500\u00a0m² à l'entrée "
        "de Montbazac\u00a0? Le conseil municipal a donné jeudi un avis favorable à la révision du "
        "plan local d'urbanisme, malgré l'opposition des agriculteurs et d'une partie des "
        "commerçants du centre.\n\n"
        "Le conseiller d'opposition Arnaud de Villeneuve-Cassel a pris longuement la parole. "
        "«\u00a0Vous allez bétonner sept hectares parmi les meilleures terres du canton. Et pour "
        "quoi\u00a0? Pour un hangar de plus, entouré de parkings.\n\n"
        "«\u00a0Dans dix ans, la rue principale sera morte, et vous viendrez nous expliquer que "
        "c'est la faute d'Internet\u00a0», a-t-il lancé aux élus de la majorité.\n\n"
        "D'après l'adjoint à l'urbanisme, Paul-Henri Maréchal, le projet créera 45 emplois et "
        "rapportera 180\u00a0000 euros de taxe foncière par an. Le maire, Jacques Toulemonde, a "
        "pour sa part assuré que le centre-ville bénéficierait d'un plan de soutien «\u00a0sans "
        "précédent\u00a0».\n\n"
        "La décision finale revient à la communauté de communes, qui doit se prononcer en mars.",
        [
            (
                D,
                [
                    "Vous allez bétonner sept hectares parmi les meilleures terres du canton. Et "
                    "pour quoi\u00a0? Pour un hangar de plus, entouré de parkings.",
                    "Dans dix ans, la rue principale sera morte, et vous viendrez nous expliquer "
                    "que c'est la faute d'Internet",
                ],
                "Arnaud de Villeneuve-Cassel",
            ),
            (
                I,
                [
                    "le projet créera 45 emplois et rapportera 180\u00a0000 euros de taxe foncière "
                    "par an"
                ],
                "Paul-Henri Maréchal",
            ),
            (P, ["sans précédent"], "Jacques Toulemonde"),
        ],
    ),
    (  # 5 paid parking: « » without spaces, "estime la deuxième adjointe…, X" after, noun-object
        # "promet", "selon lesquels" trap, "tranche-t-il", "Pour l'élu d'opposition X, … « … »"
        "Stationner dans le centre de Lézignac coûtera bientôt 1,50 euro de l'heure. La majorité "
        "municipale a voté lundi l'extension du stationnement payant à douze nouvelles rues, une "
        "mesure qui doit rapporter 220 000 euros par an à la commune.\n\n"
        "«On ne peut pas continuer à laisser des voitures ventouses occuper les places devant les "
        "commerces toute la journée», estime la deuxième adjointe chargée des mobilités, Fatima "
        "Benali-Roche. Elle promet une demi-heure gratuite et un tarif réduit pour les "
        "résidents.\n\n"
        "L'Union des commerçants de Lézignac n'est pas convaincue. Son président, Olivier Mandrin, "
        "brandit des chiffres selon lesquels un client sur trois viendrait des villages voisins. "
        "«Ces gens-là iront faire leurs courses à la zone commerciale, point», tranche-t-il.\n\n"
        "Pour l'élu d'opposition Serge Castelnau, la majorité «fait les poches des "
        "automobilistes». Le maire, absent lors du vote, n'a pas souhaité réagir.",
        [
            (
                D,
                [
                    "On ne peut pas continuer à laisser des voitures ventouses occuper les places "
                    "devant les commerces toute la journée"
                ],
                "Fatima Benali-Roche",
            ),
            (
                D,
                ["Ces gens-là iront faire leurs courses à la zone commerciale, point"],
                "Olivier Mandrin",
            ),
            (P, ["fait les poches des automobilistes"], "Serge Castelnau"),
        ],
    ),
    (  # 6 deputy mayor resigns: narrow no-break spaces, dashes as parentheses, "assure
        # l'intéressée", named spokesman after a colon ("son porte-parole, X :")
        "Coup de théâtre à la mairie de Vaugirac-les-Bains\u202f: la troisième adjointe, Mireille "
        "Castagnède, chargée de la culture, a rendu vendredi ses délégations, en dénonçant la "
        "gestion solitaire du maire, Thierry Bonnefoy.\n\n"
        "L'élue n'a pas digéré l'annulation, sans concertation, du festival de théâtre de rue — "
        "une manifestation qui attire 8\u202f000 spectateurs chaque été — au profit de la "
        "réfection du stade. «\u202fJ'ai appris la nouvelle dans la presse locale, comme tout le "
        "monde\u202f», assure l'intéressée.\n\n"
        "Le maire a réagi par la voix de son porte-parole, Julien Aubertin\u202f: «\u202fLe maire "
        "regrette cette décision mais respecte le choix de Mme Castagnède. Le festival n'est pas "
        "annulé, il est reporté.\u202f»\n\n"
        "Deux autres adjoints pourraient suivre dans les prochains jours. Le conseil municipal "
        "doit se réunir le 14 décembre, et l'opposition réclame déjà un vote de confiance.",
        [
            (
                D,
                ["J'ai appris la nouvelle dans la presse locale, comme tout le monde"],
                "Mireille Castagnède",
            ),
            (
                D,
                [
                    "Le maire regrette cette décision mais respecte le choix de Mme Castagnède. "
                    "Le festival n'est pas annulé, il est reporté."
                ],
                "Julien Aubertin",
            ),
        ],
    ),
    (  # 7 crowing cockerel: nickname in « » not speech, unnamed "un voisin" after, "s'emporte
        # Mme X" (courtesy title)
        "Depuis dix-huit mois, un coq empoisonne la vie du lotissement des Mimosas, à Saint-Péran. "
        "Baptisé «\u00a0Pavarotti\u00a0» par les voisins, le volatile de Josette Lamarque chante "
        "chaque matin dès 4\u00a0h\u00a030, parfois plus tôt.\n\n"
        "«\u00a0Je travaille de nuit à l'hôpital. Quand je rentre, je ne dors plus, c'est aussi "
        "simple que ça\u00a0», raconte un voisin, qui a saisi le conciliateur de justice. Une "
        "pétition signée par quatorze foyers a été déposée en mairie.\n\n"
        "La propriétaire, 72 ans, ne décolère pas. «\u00a0On est à la campagne\u00a0! Les coqs "
        "chantaient ici bien avant qu'on construise des pavillons\u00a0», s'emporte Mme "
        "Lamarque.\n\n"
        "Le maire, Yves Kerbellec, doit recevoir les deux parties avant la fin du mois. Une "
        "première médiation a échoué au printemps, et l'affaire pourrait finir devant le tribunal "
        "judiciaire.",
        [
            (
                D,
                [
                    "Je travaille de nuit à l'hôpital. Quand je rentre, je ne dors plus, c'est "
                    "aussi simple que ça"
                ],
                "voisin",
            ),
            (
                D,
                [
                    "On est à la campagne\u00a0! Les coqs chantaient ici bien avant qu'on "
                    "construise des pavillons"
                ],
                "Josette Lamarque",
            ),
        ],
    ),
    (  # 8 post office closing: French copy with “ ”, "?” a lancé une habitante" (unnamed),
        # "a-t-il assuré", "ould", partial after "n'est qu'"
        "La séance du conseil municipal de Port-Ambreuil a été suspendue une vingtaine de minutes, "
        "mercredi soir, après l'irruption d'une cinquantaine d'habitants du quartier de la Digue, "
        "venus protester contre la fermeture de leur bureau de poste.\n\n"
        "“Vous nous avez oubliés. Après la pharmacie, la poste. Qu'est-ce qui restera l'an "
        "prochain ?” a lancé une habitante depuis les rangs du public, avant d'être longuement "
        "applaudie.\n\n"
        "Le maire, Marc-Antoine Lefebvre, a fini par descendre de l'estrade pour parler aux "
        "manifestants. “Ce n'est pas la mairie qui ferme ce bureau, c'est La Poste. Mais je ne "
        "m'en laverai pas les mains”, a-t-il assuré. Un relais postal doit ouvrir dans la "
        "supérette du quartier avant l'été.\n\n"
        "Pour le conseiller d'opposition Rachid ould Mahmoud, ce relais n'est qu'“un pansement sur "
        "une jambe de bois”. Le débat sur le budget a repris à 21 h 15, devant une salle à moitié "
        "vide.",
        [
            (
                D,
                [
                    "Vous nous avez oubliés. Après la pharmacie, la poste. Qu'est-ce qui restera "
                    "l'an prochain ?"
                ],
                "habitante",
            ),
            (
                D,
                [
                    "Ce n'est pas la mairie qui ferme ce bureau, c'est La Poste. Mais je ne m'en "
                    "laverai pas les mains"
                ],
                "Marc-Antoine Lefebvre",
            ),
            (P, ["un pansement sur une jambe de bois"], "Rachid ould Mahmoud"),
        ],
    ),
    (  # 9 school canteen prices: "Pour X, « … »." direct with lowercase opening, incise with a
        # named parent splitting one quote, noun-object "réclame"
        "Le prix du repas à la cantine scolaire de Belvézet passera de 3,10 à 3,60 euros à la "
        "rentrée de janvier. La hausse, votée jeudi par le conseil municipal, a provoqué la colère "
        "des parents d'élèves, venus nombreux assister à la séance.\n\n"
        "Pour l'adjointe aux affaires scolaires, Nadège Ferrandi, «\u00a0le passage à 50\u00a0% "
        "de produits bio et locaux a un coût, et nous avons choisi de ne pas le faire peser "
        "entièrement sur les familles\u00a0». La commune prend déjà en charge 4,20 euros par "
        "repas.\n\n"
        "«\u00a0Nous ne sommes pas contre le bio, a nuancé Stéphane Guillou, président du conseil "
        "local de parents d'élèves, mais 50 centimes par jour, pour une famille de trois enfants, "
        "c'est 90 euros par trimestre.\u00a0» Il réclame la création d'un tarif social indexé sur "
        "le quotient familial.\n\n"
        "La question sera examinée en commission début décembre, avant un nouveau passage en "
        "conseil municipal.",
        [
            (
                D,
                [
                    "le passage à 50\u00a0% de produits bio et locaux a un coût, et nous avons "
                    "choisi de ne pas le faire peser entièrement sur les familles"
                ],
                "Nadège Ferrandi",
            ),
            (
                D,
                [
                    "Nous ne sommes pas contre le bio",
                    "mais 50 centimes par jour, pour une famille de trois enfants, c'est 90 euros "
                    "par trimestre.",
                ],
                "Stéphane Guillou",
            ),
        ],
    ),
    (  # 10 swimming pool closure: intention phrase "ont fait part de leur volonté de" (collective),
        # "a-t-elle lancé" after a question-laden quote, "…, selon son président, X." after
        "La piscine municipale Georges-Hébert, à Castelnaud-d'Arbieu, fermera ses portes le 31 "
        "décembre. Construite en 1972, elle coûte à la commune près de 300\u00a0000 euros par an "
        "en chauffage et en entretien, et le conseil municipal a voté sa fermeture lundi soir, "
        "malgré une salle comble et hostile.\n\n"
        "Les membres du collectif Piscine pour tous, venus en nombre, ont fait part de leur "
        "volonté de saisir le préfet. Leur porte-parole, Hélène Vidal-Sarrau, maître-nageuse à la "
        "retraite, s'est adressée directement au maire, Philippe Estrade. «\u00a0Où iront les "
        "1\u00a0400 écoliers qui apprennent à nager ici chaque année\u00a0? À quarante minutes de "
        "car\u00a0? Vous savez très bien que la moitié des familles ne suivront pas\u00a0», "
        "a-t-elle lancé.\n\n"
        "L'édile n'a pas répondu sur le fond, se contentant de rappeler le coût des travaux. "
        "L'intercommunalité étudie la construction d'un centre aquatique à Saint-Gervais, mais pas "
        "avant 2030, selon son président, Alain Destrem.",
        [
            (I, ["saisir le préfet"], "Piscine pour tous"),
            (
                D,
                [
                    "Où iront les 1\u00a0400 écoliers qui apprennent à nager ici chaque "
                    "année\u00a0? À quarante minutes de car\u00a0? Vous savez très bien que la "
                    "moitié des familles ne suivront pas"
                ],
                "Hélène Vidal-Sarrau",
            ),
            (
                I,
                [
                    "L'intercommunalité étudie la construction d'un centre aquatique à "
                    "Saint-Gervais, mais pas avant 2030"
                ],
                "Alain Destrem",
            ),
        ],
    ),
    (  # 11 bar terrace noise: narrow no-break spaces, "affirme le gérant, X" (El- particle),
        # "Selon la police municipale, …", unnamed "une riveraine" before a colon
        "Rue de la Fontaine, à Merville-sur-Orne, la guerre des nerfs dure depuis le printemps. "
        "D'un côté, Le Comptoir, un bar à tapas dont la terrasse a été agrandie en mai avec "
        "l'accord de la mairie. De l'autre, une douzaine de riverains excédés par le bruit, qui "
        "ont interpellé les élus lors du dernier conseil de quartier.\n\n"
        "«\u202fOn ferme à 1\u202fheure, on respecte les horaires, on a même installé des "
        "panneaux pour demander aux clients de parler moins fort\u202f», affirme le gérant, Mehdi "
        "El-Amrani. Selon la police municipale, trois procès-verbaux ont été dressés depuis "
        "juillet.\n\n"
        "Une riveraine, qui vit au-dessus de l'établissement depuis vingt ans, n'en peut "
        "plus\u202f: «\u202fJe n'ai rien contre eux. Je veux juste pouvoir fermer les yeux avant "
        "2\u202fheures du matin.\u202f»\n\n"
        "La mairie envisage de réduire la terrasse de moitié après 22\u202fheures. Le gérant, lui, "
        "attend de voir.",
        [
            (
                D,
                [
                    "On ferme à 1\u202fheure, on respecte les horaires, on a même installé des "
                    "panneaux pour demander aux clients de parler moins fort"
                ],
                "Mehdi El-Amrani",
            ),
            (
                I,
                ["trois procès-verbaux ont été dressés depuis juillet"],
                "police municipale",
            ),
            (
                D,
                [
                    "Je n'ai rien contre eux. Je veux juste pouvoir fermer les yeux avant "
                    "2\u202fheures du matin."
                ],
                "riveraine",
            ),
        ],
    ),
    (  # 12 merger of two communes: question opening not speech, early incise "« Seuls, a martelé
        # le maire, X, nous … »", "el-" particle partial, unnamed "un agriculteur" + colon
        "Faut-il marier Saint-Julien-des-Prés et Ormeville\u00a0? Le conseil municipal de "
        "Saint-Julien a voté mardi, à une voix près, le lancement d'une étude de fusion avec sa "
        "voisine, au terme d'un débat tendu devant une centaine d'habitants.\n\n"
        "«\u00a0Seuls, a martelé le maire, Claude Vernhes, nous n'aurons bientôt plus les moyens "
        "d'entretenir nos routes et nos écoles. La fusion n'est pas une défaite, c'est une "
        "assurance-vie.\u00a0»\n\n"
        "En face, la conseillère d'opposition Nadia el-Khoury a dénoncé une décision prise "
        "«\u00a0dans le dos des habitants\u00a0» et réclamé un référendum local.\n\n"
        "Dans le public, un agriculteur a haussé le ton\u00a0: «\u00a0Ormeville, c'est là-bas "
        "qu'ils ont fermé notre collège. Et vous voulez qu'on leur confie la mairie\u00a0?\u00a0» "
        "Le maire a promis une réunion publique dans chaque hameau avant toute décision "
        "définitive.",
        [
            (
                D,
                [
                    "Seuls",
                    "nous n'aurons bientôt plus les moyens d'entretenir nos routes et nos écoles. "
                    "La fusion n'est pas une défaite, c'est une assurance-vie.",
                ],
                "Claude Vernhes",
            ),
            (P, ["dans le dos des habitants"], "Nadia el-Khoury"),
            (
                D,
                [
                    "Ormeville, c'est là-bas qu'ils ont fermé notre collège. Et vous voulez qu'on "
                    "leur confie la mairie\u00a0?"
                ],
                "agriculteur",
            ),
        ],
    ),
    (  # 13 CCTV cameras: plain spaces, "a qualifié … de « … »" partial, role "l'élu d'opposition"
        # not speaking, colon after "a rétorqué" with "M." title
        "Vingt-quatre caméras supplémentaires seront installées d'ici à l'été à "
        "Villefranche-d'Aurac. Le conseil municipal a approuvé jeudi soir cet investissement de "
        "380 000 euros, subventionné à 40 % par l'État, au terme d'une séance houleuse.\n\n"
        "Le premier adjoint, Francis Lhermitte, a défendu le projet pied à pied, chiffres de la "
        "gendarmerie à l'appui. Benoît Carrasco, chef de file du groupe Villefranche en commun, a "
        "qualifié le dispositif de « gadget électoral ». L'élu d'opposition aurait préféré le "
        "recrutement de deux éducateurs de rue.\n\n"
        "Le premier adjoint ayant moqué son angélisme, M. Carrasco a rétorqué : « Et vous, vous "
        "faites de la communication ! » La maire, Sophie Delmas-Rigal, a dû rappeler les deux "
        "hommes à l'ordre avant de passer au vote, remporté par 22 voix contre 7.",
        [
            (P, ["gadget électoral"], "Benoît Carrasco"),
            (D, ["Et vous, vous faites de la communication !"], "Benoît Carrasco"),
        ],
    ),
    (  # 14 shared garden or car park: dialogue dashes (unnamed retiree, role "l'adjoint", incise
        # then a new sentence on the same line), unclosed « ending at "a-t-il conclu"
        "Jardin partagé ou parking de 80 places\u00a0? Le sort du terrain vague de la rue "
        "Pasteur, à Haumont-sur-Sambre, a occupé mardi soir l'essentiel du conseil de quartier du "
        "Vieux-Moulin, présidé par l'adjoint à la démocratie locale, Youssef Benhamou.\n\n"
        "Une retraitée, membre de l'association Les Mains vertes, a ouvert le bal.\n\n"
        "— Ça fait trois ans qu'on cultive des tomates sur ce terrain avec les enfants du centre "
        "social. Vous voulez vraiment y mettre des voitures\u00a0?\n"
        "— Personne n'a rien décidé, madame. Nous sommes là pour vous écouter, a répondu "
        "l'adjoint.\n"
        "— Alors écoutez aussi les commerçants, a lancé depuis le fond de la salle le boulanger de "
        "la place, Jean-Marc Dufresne. Sans stationnement, on ferme.\n\n"
        "En fin de réunion, M. Benhamou a évoqué un compromis, avec un jardin sur la moitié nord "
        "de la parcelle. «\u00a0On peut faire les deux, à condition que chacun fasse un pas, "
        "a-t-il conclu.\n\n"
        "Un vote consultatif des habitants est prévu en janvier.",
        [
            (
                D,
                [
                    "Ça fait trois ans qu'on cultive des tomates sur ce terrain avec les enfants "
                    "du centre social. Vous voulez vraiment y mettre des voitures\u00a0?"
                ],
                "retraitée",
            ),
            (
                D,
                ["Personne n'a rien décidé, madame. Nous sommes là pour vous écouter"],
                "Youssef Benhamou",
            ),
            (
                D,
                ["Alors écoutez aussi les commerçants", "Sans stationnement, on ferme."],
                "Jean-Marc Dufresne",
            ),
            (
                D,
                ["On peut faire les deux, à condition que chacun fasse un pas"],
                "Youssef Benhamou",
            ),
        ],
    ),
    (  # 15 armed municipal police: « » without spaces, "a justifié le maire, X" ("van"),
        # "a-t-elle estimé", union name after generic noun, partial after "salue une décision"
        "Les policiers municipaux de Saint-Amand-les-Dunes seront équipés d'armes de poing à "
        "partir de mars. Le conseil municipal a adopté la mesure lundi, par 21 voix contre 12, "
        "après deux heures de débats souvent vifs, sous les huées d'une partie du public.\n\n"
        "«Nos agents interviennent de plus en plus souvent seuls, la nuit, sur des rixes. Je ne "
        "les enverrai plus au contact les mains nues», a justifié le maire, Jean-Luc van Hecke, "
        "alors que quatre agents ont été blessés en service depuis janvier.\n\n"
        "La conseillère écologiste Marion Delcourt a voté contre. «Armer la police municipale, "
        "c'est lui confier des missions qui relèvent de l'État», a-t-elle estimé, en réclamant "
        "plutôt des renforts de la police nationale.\n\n"
        "Le syndicat Unité municipale, lui, salue une décision «attendue depuis longtemps». Les "
        "agents devront suivre une formation obligatoire de 64 heures.",
        [
            (
                D,
                [
                    "Nos agents interviennent de plus en plus souvent seuls, la nuit, sur des "
                    "rixes. Je ne les enverrai plus au contact les mains nues"
                ],
                "Jean-Luc van Hecke",
            ),
            (
                D,
                [
                    "Armer la police municipale, c'est lui confier des missions qui relèvent de "
                    "l'État"
                ],
                "Marion Delcourt",
            ),
            (P, ["attendue depuis longtemps"], "Unité municipale"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 council tax rise: "told members that", role "the council leader" + name, '"A," said
        # Ms X. "B."' (two quotes), partial after "called the budget"
        "Harrowfield District Council approved a 4.99 per cent rise in council tax on Wednesday "
        "night, after a three-hour meeting that was twice interrupted by protesters in the public "
        "gallery.\n\n"
        "The council leader, Margaret Okonedo, told members that the authority faced a £6.8m gap "
        "next year, driven largely by the cost of adult social care and emergency housing.\n\n"
        "“Nobody came into local politics to put up bills,” said Ms Okonedo. “But the alternative "
        "is closing things that people will never get back.”\n\n"
        "Opposition leader Graham Pettifer called the budget “a tax on failure”. His group had "
        "proposed scrapping the council's £400,000 communications team instead, an amendment "
        "defeated by 31 votes to 19.\n\n"
        "The rise adds about £94 a year to a typical Band D bill. Several residents heckled as the "
        "final vote was taken.",
        [
            (
                I,
                [
                    "the authority faced a £6.8m gap next year, driven largely by the cost of "
                    "adult social care and emergency housing"
                ],
                "Margaret Okonedo",
            ),
            (D, ["Nobody came into local politics to put up bills"], "Margaret Okonedo"),
            (
                D,
                ["But the alternative is closing things that people will never get back."],
                "Margaret Okonedo",
            ),
            (P, ["a tax on failure"], "Graham Pettifer"),
        ],
    ),
    (  # 2 residents' parking permits: "told reporters ... that", straight quotes, "said X, a
        # hospital porter" after a two-sentence quote
        "Dunmere Town Council has approved a residents' parking scheme for the Millbrook estate "
        "that will charge £120 a year for a first permit and £240 for a second, despite a "
        "petition signed by more than 1,100 people.\n\n"
        "The deputy council leader, Tom Radcliffe, who chairs the transport committee, told "
        "reporters after Monday's meeting that the money would pay for resurfacing and new "
        "electric vehicle chargers on the estate.\n\n"
        "Not everyone is convinced. \"I've got two cars because my wife and I work shifts at "
        'opposite ends of the county. Am I supposed to sell one?" said Darren Pryce, a hospital '
        "porter who lives on Holloway Crescent.\n\n"
        "Several neighbours nodded along as he spoke outside the estate's community centre. The "
        "charges come into force on 1 April, and the first permits will be posted out in March.",
        [
            (
                I,
                [
                    "the money would pay for resurfacing and new electric vehicle chargers on the "
                    "estate"
                ],
                "Tom Radcliffe",
            ),
            (
                D,
                [
                    "I've got two cars because my wife and I work shifts at opposite ends of the "
                    "county. Am I supposed to sell one?"
                ],
                "Darren Pryce",
            ),
        ],
    ),
    (  # 3 mosque approved: "said its chairman, Dr X" ("al-"), then an unattributed second quote
        # (two quotes), "According to <council>, ..."
        "Plans for a mosque and community centre on the site of a former carpet warehouse in "
        "Eastley were approved by the borough's planning committee on Tuesday by seven votes to "
        "three, after one of the longest public hearings the town hall has seen.\n\n"
        "The Eastley Islamic Society has worshipped in a converted terraced house on Crown Street "
        'for 26 years. "We have outgrown our home many times over," said its chairman, Dr Tariq '
        'al-Hashimi. "On Fridays, people pray on the pavement in the rain."\n\n'
        "The new building will include a sports hall, a food bank and classrooms open to people "
        "of all faiths.\n\n"
        "Objectors, many of them from the neighbouring Linden Park estate, had raised concerns "
        "about traffic. According to Eastley Borough Council, the 90-space car park would be "
        "enough for all but the busiest religious festivals, when a marshalling plan would apply.",
        [
            (D, ["We have outgrown our home many times over"], "Tariq al-Hashimi"),
            (D, ["On Fridays, people pray on the pavement in the rain."], "Tariq al-Hashimi"),
            (
                I,
                [
                    "the 90-space car park would be enough for all but the busiest religious "
                    "festivals, when a marshalling plan would apply"
                ],
                "Eastley Borough Council",
            ),
        ],
    ),
    (  # 4 village school closure: quote over two paragraphs with nested ‘ ’, "she said"; indirect
        # "said he understood"; partial with "he said" after
        "Parents packed the public gallery of Kelsall County Council on Thursday as councillors "
        "voted to close St Brigid's Primary School in the village of Upper Wenlow at the end of "
        "the summer term. The school has 38 pupils, down from 90 a decade ago.\n\n"
        "Lucy Hargreaves, whose two daughters attend the school, addressed the committee before "
        'the vote. "When the council consulted us, the leaflet said ‘no decision has been '
        "taken.’ It had been taken. We all knew it.\n\n"
        '"You are asking five-year-olds to spend an hour a day on a bus. Would you do that to '
        'your own children?" she said.\n\n'
        "The cabinet member for education, Peter Quarrington, said he understood the strength of "
        'feeling in the village. The numbers, however, "simply do not add up", he said. Pupils '
        "will transfer to Wenlow Bridge Primary, three miles away, from September.",
        [
            (
                D,
                [
                    "When the council consulted us, the leaflet said ‘no decision has been taken.’ "
                    "It had been taken. We all knew it.",
                    "You are asking five-year-olds to spend an hour a day on a bus. Would you do "
                    "that to your own children?",
                ],
                "Lucy Hargreaves",
            ),
            (I, ["he understood the strength of feeling in the village"], "Peter Quarrington"),
            (P, ["simply do not add up"], "Peter Quarrington"),
        ],
    ),
    (  # 5 supermarket on green belt: company "said that … and that …", '"A," he said, "b."' one
        # quote in two pieces, "Mr X" later without speech
        "A planning inspector will decide whether a 40,000 sq ft Freshway supermarket can be "
        "built on green belt land off the B4127 near Thornbury Magna, after Rushmere District "
        "Council failed to reach a decision within the statutory deadline.\n\n"
        "The developer, Cressington Estates, said that the store would create 160 jobs and that a "
        "new roundabout would ease congestion at the Mill Lane junction.\n\n"
        "Parish councillor Alan Whitmore, who has farmed next to the site for 40 years, is "
        "unimpressed. “This is the best grazing land in the county,” he said, “and they want to "
        "put a car park on it.”\n\n"
        "Mr Whitmore has helped villagers raise £8,000 to pay for a barrister at the inquiry, "
        "which opens in February. The council's leader, Sunita Varma, declined to comment, "
        "citing the appeal.",
        [
            (
                I,
                [
                    "the store would create 160 jobs and that a new roundabout would ease "
                    "congestion at the Mill Lane junction"
                ],
                "Cressington Estates",
            ),
            (
                D,
                [
                    "This is the best grazing land in the county",
                    "and they want to put a car park on it.",
                ],
                "Alan Whitmore",
            ),
        ],
    ),
    (  # 6 hedge dispute: nickname in quotes not speech, "she said" after, '"A," he said outside
        # the meeting, "and b."' one quote in two pieces
        "A row over a 30ft hedge in Orchard Rise, a quiet cul-de-sac in Lenham Cross, has ended up "
        "before the borough council's planning committee, which on Monday ordered the owner to cut "
        "it back to two metres within three months.\n\n"
        'Neighbours have nicknamed the row of leylandii "the Great Wall of Orchard Rise". Brenda '
        "Coulson, a retired teacher who lives next door, has not seen direct sunlight in her back "
        "garden since 2019. \"My tomatoes gave up years ago. Then my husband's greenhouse. Now "
        "it's me,\" she said.\n\n"
        "The hedge's owner, Malcolm Trigg, sat through the hearing with his arms folded. \"I "
        'planted them before she moved in," he said outside the meeting, "and nobody complained '
        'for fifteen years."\n\n'
        "He has 28 days to appeal. Council officers will inspect the hedge again in the spring.",
        [
            (
                D,
                ["My tomatoes gave up years ago. Then my husband's greenhouse. Now it's me"],
                "Brenda Coulson",
            ),
            (
                D,
                ["I planted them before she moved in", "and nobody complained for fifteen years."],
                "Malcolm Trigg",
            ),
        ],
    ),
    (  # 7 mayor strips deputy: partial inside "had told … that", "He was blunt:" colon, role
        # "the deputy mayor" + "she told the Kessock Courier"
        "The mayor of Port Kessock, Ian Drummond, has stripped his deputy of her responsibility "
        "for tourism after a public row over the future of the town's harbour festival.\n\n"
        "Deputy mayor Fiona MacAskill had told a meeting of the harbour users' group last week "
        "that the mayor was “more interested in cruise ships than in the people who live here”. "
        "On Tuesday evening, Mr Drummond announced his decision at the start of the full council "
        "meeting.\n\n"
        "He was blunt: “Councillors are entitled to disagree with me. They are not entitled to "
        "brief against the council's own policy in public.”\n\n"
        "The deputy mayor, who keeps her seat and her title, was unrepentant. “I said what half "
        "this town is thinking. If that costs me a portfolio, so be it,” she told the Kessock "
        "Courier.\n\n"
        "Three councillors walked out of the chamber in protest.",
        [
            (
                P,
                ["more interested in cruise ships than in the people who live here"],
                "Fiona MacAskill",
            ),
            (
                D,
                [
                    "Councillors are entitled to disagree with me. They are not entitled to brief "
                    "against the council's own policy in public."
                ],
                "Ian Drummond",
            ),
            (
                D,
                ["I said what half this town is thinking. If that costs me a portfolio, so be it"],
                "Fiona MacAskill",
            ),
        ],
    ),
    (  # 8 fortnightly bins: "Officials said" (unnamed), unnamed "One resident" + "he said",
        # noun-object "announced", "she said" for the named councillor
        "Fortnightly bin collections will begin in Castle Harwood in March, after the town "
        "council voted on Thursday to scrap weekly rounds for general waste in a bid to save £1.2m "
        "a year.\n\n"
        "Officials said recycling rates in towns that had made the switch had risen by up to 15 "
        "percentage points. Food waste will still be collected every week.\n\n"
        "The meeting at Harwood Civic Hall drew an unusually large crowd. One resident, a father "
        'of four from the Beacon estate, stood up during public questions. "Have any of you '
        "lived with nappies in a wheelie bin for two weeks in August? It's not a policy, it's a "
        'health hazard," he said, to loud applause.\n\n'
        "The councillor responsible for the environment, Rebecca Stanhope, announced larger bins, "
        'free of charge, for households with young children or medical needs. "We have '
        'listened," she said.',
        [
            (
                I,
                [
                    "recycling rates in towns that had made the switch had risen by up to 15 "
                    "percentage points"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Have any of you lived with nappies in a wheelie bin for two weeks in August? "
                    "It's not a policy, it's a health hazard"
                ],
                "resident",
            ),
            (D, ["We have listened"], "Rebecca Stanhope"),
        ],
    ),
    (  # 9 branch libraries: "…, according to the council." after, "said X, who chairs…" ("el-"),
        # partial inside "said the decision had been"
        "Three of Wexbury's five branch libraries will close next April under plans approved by "
        "Wexbury City Council's cabinet on Monday, saving £740,000 a year.\n\n"
        "The libraries in Hollins Green, Marsh Lane and Castleford Road each lend fewer than 40 "
        "books a day, according to the council.\n\n"
        "“Libraries are not just about books. For some of our older residents, it's the only warm "
        "room where someone says good morning,” said Hassan el-Sayed, who chairs the Friends of "
        "Marsh Lane Library and spoke for the campaign at the meeting.\n\n"
        "The cabinet member for culture, Joanne Whitlock, said the decision had been “the hardest "
        "of my time on the council” and promised a mobile library service for the three areas. "
        "Campaigners are considering a judicial review.",
        [
            (
                I,
                [
                    "The libraries in Hollins Green, Marsh Lane and Castleford Road each lend "
                    "fewer than 40 books a day"
                ],
                "Wexbury City Council",
            ),
            (
                D,
                [
                    "Libraries are not just about books. For some of our older residents, it's the "
                    "only warm room where someone says good morning"
                ],
                "Hassan el-Sayed",
            ),
            (P, ["the hardest of my time on the council"], "Joanne Whitlock"),
        ],
    ),
    (  # 10 resident ejected: dashes as parentheses, "he shouted" for the unnamed resident,
        # partial after "said democracy", "argued that"
        "A council meeting in Bramley Heath was adjourned on Wednesday night after a resident was "
        "escorted from the chamber by security staff during a debate on the closure of the town's "
        "only public toilets.\n\n"
        "The resident \u2014 who had been warned twice by the chairman for interrupting \u2014 "
        "stood up as the vote was called. \"You've shut the toilets, the bus station and the "
        "youth club. What's next, the cemetery?\" he shouted, before being led away.\n\n"
        "The council's chairman, Derek Allsop, said democracy \"only works if everyone gets to be "
        'heard, not just the loudest". Opposition councillor Priya Lakhani argued that the row '
        "could have been avoided if residents had been consulted before the closure was "
        "announced.\n\n"
        "The toilets on Market Street will shut on 1 January.",
        [
            (
                D,
                [
                    "You've shut the toilets, the bus station and the youth club. What's next, the "
                    "cemetery?"
                ],
                "resident",
            ),
            (
                P,
                ["only works if everyone gets to be heard, not just the loudest"],
                "Derek Allsop",
            ),
            (
                I,
                [
                    "the row could have been avoided if residents had been consulted before the "
                    "closure was announced"
                ],
                "Priya Lakhani",
            ),
        ],
    ),
    (  # 11 low-traffic trial scrapped: partial inside "told a packed meeting … that" ("van der"),
        # "said X, a nurse" after, "said the trial had cost him" indirect
        "Planters and bollards will be removed from six streets in the Greyfriars area of Hallam "
        "Bridge after the city council abandoned an 18-month low-traffic neighbourhood trial.\n\n"
        'Council leader Anneke van der Berg told a packed meeting on Monday that the scheme "had '
        'not won the consent of the people it was meant to help". Monitoring data published last '
        "week showed traffic on surrounding main roads rose by 22 per cent during the trial.\n\n"
        'Residents inside the zone were divided. "My kids can cycle to school now. Three years ago '
        "I wouldn't have let them near that road,\" said Jo Pelham, a nurse who lives on Friar's "
        "Walk.\n\n"
        "But Khalid Mirza, who runs a dry cleaner's on the boundary, said the trial had cost him a "
        "third of his trade.",
        [
            (
                P,
                ["had not won the consent of the people it was meant to help"],
                "Anneke van der Berg",
            ),
            (
                D,
                [
                    "My kids can cycle to school now. Three years ago I wouldn't have let them "
                    "near that road"
                ],
                "Jo Pelham",
            ),
            (I, ["the trial had cost him a third of his trade"], "Khalid Mirza"),
        ],
    ),
    (  # 12 bar licence cut: rank "Inspector" before the name, "who told councillors that", role
        # alone "the inspector said"
        "A late-night licence for the Anchor Rooms, a bar and music venue on Quay Street in "
        "Saltmarsh, has been cut back by two hours after complaints from neighbours about noise "
        "and fighting.\n\n"
        "The borough council's licensing sub-committee heard from Inspector Gareth Lowe of "
        "Westshire Police, who told councillors that officers had been called to the venue 27 "
        "times in the past year. “Most of those calls came between 2am and 4am. That is the "
        "problem window,” the inspector said.\n\n"
        "Neighbours on Ropewalk Lane had sent the committee recordings of late-night fights on "
        "their doorsteps. The venue's owner, Carla Benedetti, did not attend. Under the new "
        "licence, music must stop at midnight and the doors close at 1am. Ms Benedetti has 21 "
        "days to appeal.",
        [
            (
                I,
                ["officers had been called to the venue 27 times in the past year"],
                "Gareth Lowe",
            ),
            (
                D,
                ["Most of those calls came between 2am and 4am. That is the problem window"],
                "Gareth Lowe",
            ),
        ],
    ),
    (  # 13 skate park: '"A," one skater said after the vote. "B."' (two quotes, unnamed speaker)
        "Teenagers in Norbridge have won a three-year campaign for a skate park after the town "
        "council agreed on Tuesday to spend £180,000 on a concrete park at Riverside Rec.\n\n"
        "The scheme was championed by the Norbridge Youth Council, whose members presented a "
        "2,000-signature petition in the council chamber last spring and filled the public "
        "gallery for the vote.\n\n"
        "\"We've been skating in the Shopwell car park for years and getting moved on by "
        'security," one skater said after the vote. "Now we\'ve got somewhere of our own."\n\n'
        "Residents of Riverside Close had objected to the noise, and the council has agreed to "
        "plant a screen of trees and close the park at 9pm. Work is due to start in the spring.",
        [
            (
                D,
                [
                    "We've been skating in the Shopwell car park for years and getting moved on by "
                    "security"
                ],
                "skater",
            ),
            (D, ["Now we've got somewhere of our own."], "skater"),
        ],
    ),
    (  # 14 mayor's car: "According to the audit, …", partial inside "said he had", opposition
        # leader's direct quote after a sentence with no speech verb
        "Westcombe's mayor, Richard Hollis-Kemp, has agreed to repay £4,300 in chauffeur costs "
        "after an internal audit into the use of the town's official car.\n\n"
        "According to the audit, the car was used for private trips on at least 22 occasions, "
        "including two visits to a golf club and a family wedding in Polbrook.\n\n"
        "In a statement on Friday, Mr Hollis-Kemp said he had “made a genuine mistake” and "
        "apologised to residents. He will remain in office until the end of his term in May.\n\n"
        "The leader of the council's Independent group, Sarah Quigley, was scathing. “If a council "
        "cleaner took the van home for the weekend, they would be sacked. Why should the mayor be "
        "treated differently?” she said at Thursday's full council meeting.",
        [
            (
                I,
                [
                    "the car was used for private trips on at least 22 occasions, including two "
                    "visits to a golf club and a family wedding in Polbrook"
                ],
                "audit",
            ),
            (P, ["made a genuine mistake"], "Richard Hollis-Kemp"),
            (
                D,
                [
                    "If a council cleaner took the van home for the weekend, they would be sacked. "
                    "Why should the mayor be treated differently?"
                ],
                "Sarah Quigley",
            ),
        ],
    ),
    (  # 15 pool reprieve: curly apostrophes, "said Mrs X, 81" after, "he said" for the finance
        # chief named in the sentence before
        "Westhaven’s Victoria Baths will stay open for at least another two years after "
        "councillors voted on Monday night to find £350,000 from reserves to keep the 1930s pool "
        "running.\n\n"
        "The decision reverses a plan, floated in the summer budget consultation, to close the "
        "Grade II-listed building in January. Campaigners in the public gallery cheered as the "
        "vote passed by 27 to 12.\n\n"
        "“We went from a closure notice to a reprieve in five months,” said Mrs Valerie Atkins, "
        "81, who has swum at the baths every morning since 1961. She has not missed a Monday in "
        "twenty years.\n\n"
        "The council’s finance chief, Owen Prothero, was more cautious. “We have bought time, not "
        "a future,” he said. A bid for lottery heritage funding will be submitted in the spring.",
        [
            (
                D,
                ["We went from a closure notice to a reprieve in five months"],
                "Valerie Atkins",
            ),
            (D, ["We have bought time, not a future"], "Owen Prothero"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout60.jsonl"),
        "heldout60",
        "h60",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
