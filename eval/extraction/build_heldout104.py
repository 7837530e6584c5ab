"""Source of the hundred-and-fourth held-out set: writes heldout104.jsonl (split "heldout104").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like health and hospital news: emergency rooms, nurses' strikes, epidemics, drug shortages,
medical deserts, hospital budgets and directors, with doctors, nurses, pharmacists, patients,
health ministers and health agencies quoted, organisations speaking as such, and people referred
back to by pronoun, surname or role.
Measured once with 0.3.0 and 0.31.0 on 2026-12-02, unread when measured (docs/EXTRACTION.md,
"Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout104.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-01"
Item = GoldItem

FR: list[Item] = [
    (  # 1 emergency room closed for a night: two-sentence direct + "a reconnu la directrice de
        # l'établissement, Name" (apposition), "Mme Surname a assuré qu'" (title + surname),
        # "L'agence régionale de santé a demandé un plan d'action" (noun object) not annotated,
        # unnamed "une habitante de Valbrune" after a direct
        "Les urgences du centre hospitalier de Valbrune sont restées fermées dans la nuit de "
        "samedi à dimanche, faute de médecin pour assurer la garde. Une vingtaine de patients ont "
        "été réorientés par le Samu vers l'hôpital de Saint-Aurèle, à 40\u00a0kilomètres de là."
        "\n\n"
        "«\u00a0Nous avons trois postes d'urgentiste vacants sur onze. Chaque week-end, c'est un "
        "casse-tête pour boucler le planning\u00a0», a reconnu la directrice de l'établissement, "
        "Martine Coudray-Lenoir.\n\n"
        "Mme Coudray-Lenoir a assuré qu'un médecin intérimaire avait été recruté pour couvrir les "
        "week-ends de décembre. L'agence régionale de santé a demandé un plan d'action d'ici la "
        "fin du mois.\n\n"
        "À Saint-Aurèle, l'attente dépassait six heures dimanche midi. «\u00a0Ma mère a "
        "87\u00a0ans, elle a passé la nuit sur un brancard dans le couloir\u00a0», s'indigne une "
        "habitante de Valbrune venue l'accompagner.",
        [
            (
                D,
                [
                    "Nous avons trois postes d'urgentiste vacants sur onze. Chaque week-end, c'est "
                    "un casse-tête pour boucler le planning"
                ],
                "Martine Coudray-Lenoir",
            ),
            (
                I,
                ["un médecin intérimaire avait été recruté pour couvrir les week-ends de décembre"],
                "Martine Coudray-Lenoir",
            ),
            (
                D,
                ["Ma mère a 87\u00a0ans, elle a passé la nuit sur un brancard dans le couloir"],
                "habitante",
            ),
        ],
    ),
    (  # 2 nurses' strike in intensive care: union partial after "dénonce des" (generic
        # "Le syndicat" dropped) with "réclame l'embauche" (noun object) not annotated,
        # direct + "explique Name, infirmière …", hospital speaking as such "a fait savoir
        # qu'il"
        "Les infirmières du service de réanimation du CHU de Morlanges sont en grève depuis lundi. "
        "Elles protestent contre les rappels sur leurs jours de repos, devenus presque quotidiens "
        "depuis la rentrée.\n\n"
        "Le syndicat Sud Santé Morlanges dénonce des «\u00a0conditions de travail "
        "intenables\u00a0» et réclame l'embauche de six infirmières supplémentaires.\n\n"
        "«\u00a0On nous appelle à 6\u00a0heures du matin pour remplacer une collègue malade. Si on "
        "refuse, c'est le service qui trinque\u00a0», explique Nadia Berrahal, infirmière en "
        "réanimation depuis douze ans.\n\n"
        "Le CHU de Morlanges a fait savoir qu'il recevrait les représentants du personnel jeudi. "
        "Les grévistes étant assignées, les soins sont assurés normalement.",
        [
            (P, ["conditions de travail intenables"], "Sud Santé Morlanges"),
            (
                D,
                [
                    "On nous appelle à 6\u00a0heures du matin pour remplacer une collègue malade. "
                    "Si on refuse, c'est le service qui trinque"
                ],
                "Nadia Berrahal",
            ),
            (
                I,
                ["il recevrait les représentants du personnel jeudi"],
                "CHU de Morlanges",
            ),
        ],
    ),
    (  # 3 flu epidemic: "Selon l'Agence …," (rest of the sentence), "Le Pr Name, infectiologue
        # …, appelle à la vigilance : « … »" (colon, two sentences, final period kept),
        # campaign slogan in « » written in the first person, not speech, unnamed
        # "une pharmacienne du centre-ville"
        "L'épidémie de grippe s'accélère en Haute-Vallière. Selon l'Agence régionale de veille "
        "sanitaire, le nombre de passages aux urgences pour syndrome grippal a doublé en une "
        "semaine, et trois hôpitaux ont déjà déprogrammé des opérations non urgentes.\n\n"
        "Le Pr Antoine Delorme-Vasseur, infectiologue au CHU de Brévannes, appelle à la "
        "vigilance\u00a0: «\u00a0Le pic n'est pas encore atteint. Nous attendons encore deux à "
        "trois semaines difficiles.\u00a0»\n\n"
        "La campagne de vaccination «\u00a0Cet hiver, je me protège\u00a0» a été prolongée "
        "jusqu'au 31\u00a0janvier. En officine, la demande est repartie à la hausse. "
        "«\u00a0Depuis lundi, on vaccine une cinquantaine de personnes par jour, contre dix en "
        "novembre\u00a0», observe une pharmacienne du centre-ville.",
        [
            (
                I,
                [
                    "le nombre de passages aux urgences pour syndrome grippal a doublé en une "
                    "semaine, et trois hôpitaux ont déjà déprogrammé des opérations non urgentes"
                ],
                "Agence régionale de veille sanitaire",
            ),
            (
                D,
                [
                    "Le pic n'est pas encore atteint. Nous attendons encore deux à trois semaines "
                    "difficiles."
                ],
                "Antoine Delorme-Vasseur",
            ),
            (
                D,
                [
                    "Depuis lundi, on vaccine une cinquantaine de personnes par jour, contre dix "
                    "en novembre"
                ],
                "pharmacienne",
            ),
        ],
    ),
    (  # 4 antibiotic shortage: direct + "soupire Name, pharmacien …", then a second direct
        # split by the incise "poursuit-il," (one quote, two spans, final period kept), lab
        # partial after "a évoqué" (generic "Le laboratoire" dropped), an agency that
        # "a publié … une liste" (noun object) not annotated
        "Depuis début novembre, l'amoxicilline en suspension buvable, l'antibiotique le plus "
        "prescrit aux enfants, est introuvable dans la plupart des pharmacies de Castelroux et des "
        "environs.\n\n"
        "«\u00a0Je passe une heure par jour au téléphone avec les grossistes\u00a0», soupire "
        "Bertrand Lhomme, pharmacien place du Marché. «\u00a0Les parents repartent parfois les "
        "mains vides, poursuit-il, et il faut les renvoyer chez le médecin pour changer "
        "l'ordonnance.\u00a0»\n\n"
        "Le laboratoire Verlanne Pharma, principal fournisseur du marché, a évoqué «\u00a0des "
        "difficultés d'approvisionnement en principe actif\u00a0» chez son sous-traitant. "
        "L'Office national des produits de santé a publié mardi une liste de médicaments de "
        "substitution.",
        [
            (
                D,
                ["Je passe une heure par jour au téléphone avec les grossistes"],
                "Bertrand Lhomme",
            ),
            (
                D,
                [
                    "Les parents repartent parfois les mains vides",
                    "et il faut les renvoyer chez le médecin pour changer l'ordonnance.",
                ],
                "Bertrand Lhomme",
            ),
            (
                P,
                ["des difficultés d'approvisionnement en principe actif"],
                "Verlanne Pharma",
            ),
        ],
    ),
    (  # 5 new hospital director: direct + "a-t-il déclaré" (pronoun back to the named
        # director), an unclosed « ending at "a-t-il martelé", partial after "a dit attendre"
        # by a spokeswoman introduced by apposition
        "Nommé en octobre à la tête du centre hospitalier de Saint-Véran, Olivier Tessandier, "
        "49\u00a0ans, a présenté mardi ses priorités devant le conseil de surveillance. Cet "
        "ancien directeur adjoint du CHU de Lorvigny arrive dans un établissement endetté de "
        "14\u00a0millions d'euros.\n\n"
        "«\u00a0Ma priorité, ce sont les urgences et la maternité. Le reste viendra "
        "après\u00a0», a-t-il déclaré à la sortie de la réunion.\n\n"
        "Interrogé sur les rumeurs de fermeture de la maternité, qui a réalisé 380 accouchements "
        "l'an dernier, le nouveau directeur n'a pas hésité. «\u00a0La maternité ne fermera pas "
        "tant que je serai là, a-t-il martelé.\n\n"
        "Le collectif Saint-Véran Santé, qui a organisé trois manifestations cette année, reste "
        "prudent. Sa porte-parole, Agnès Ferrand, a dit attendre «\u00a0des actes, pas des "
        "promesses\u00a0».",
        [
            (
                D,
                ["Ma priorité, ce sont les urgences et la maternité. Le reste viendra après"],
                "Olivier Tessandier",
            ),
            (
                D,
                ["La maternité ne fermera pas tant que je serai là"],
                "Olivier Tessandier",
            ),
            (P, ["des actes, pas des promesses"], "Agnès Ferrand"),
        ],
    ),
    (  # 6 medical desert: retired doctor mentioned first without speaking, direct +
        # "énumère le maire, Name", partial inside reported speech "assure qu'il … « … »"
        # (only the partial, "Le docteur Surname, lui,"), "Le département a promis
        # l'ouverture" (noun object) not annotated, unnamed "un retraité"
        "Depuis le départ à la retraite du docteur Lucien Marchetti, fin septembre, les "
        "2\u00a0300 habitants de Pradelles-sur-Lérane n'ont plus de médecin généraliste. Le "
        "cabinet le plus proche qui accepte de nouveaux patients se trouve à 35\u00a0kilomètres."
        "\n\n"
        "«\u00a0J'ai écrit à quarante facultés, j'ai proposé un logement gratuit et un cabinet "
        "refait à neuf. Rien, pas une réponse\u00a0», énumère le maire, Jean-Paul Cabrol.\n\n"
        "Le docteur Marchetti, lui, assure qu'il aurait volontiers continué à mi-temps «\u00a0si "
        "la caisse d'assurance maladie avait suivi\u00a0». Le département a promis l'ouverture "
        "d'un centre de santé en 2028.\n\n"
        "Devant la pharmacie, l'inquiétude domine. «\u00a0Pour un simple renouvellement "
        "d'ordonnance, je dois prendre une demi-journée\u00a0», raconte un retraité, qui ne "
        "conduit plus la nuit.",
        [
            (
                D,
                [
                    "J'ai écrit à quarante facultés, j'ai proposé un logement gratuit et un "
                    "cabinet refait à neuf. Rien, pas une réponse"
                ],
                "Jean-Paul Cabrol",
            ),
            (P, ["si la caisse d'assurance maladie avait suivi"], "Lucien Marchetti"),
            (
                D,
                ["Pour un simple renouvellement d'ordonnance, je dois prendre une demi-journée"],
                "retraité",
            ),
        ],
    ),
    (  # 7 health minister's visit: "La ministre de la Santé, Name, a annoncé … que"
        # (apposition before the verb), direct + "a-t-elle lancé", "La ministre a ensuite
        # visité" not speech, "Pour le député d'opposition Name, « … »" (direct)
        "La ministre de la Santé, Claire Vautrin-Moreau, a annoncé jeudi à Lorvigny que "
        "1,2\u00a0milliard d'euros seraient consacrés, sur cinq ans, à la rénovation des "
        "hôpitaux de taille moyenne. Une trentaine d'établissements doivent en bénéficier dès "
        "2027.\n\n"
        "«\u00a0L'hôpital public n'est pas un coût, c'est un investissement\u00a0», a-t-elle "
        "lancé devant les soignants réunis dans le hall du centre hospitalier. La ministre a "
        "ensuite visité le service de pédiatrie, dont les locaux datent de 1974.\n\n"
        "Pour le député d'opposition Rémi Castagnet, «\u00a0ces annonces arrivent bien tard pour "
        "des services qui ferment déjà l'été\u00a0».",
        [
            (
                I,
                [
                    "1,2\u00a0milliard d'euros seraient consacrés, sur cinq ans, à la rénovation "
                    "des hôpitaux de taille moyenne"
                ],
                "Claire Vautrin-Moreau",
            ),
            (
                D,
                ["L'hôpital public n'est pas un coût, c'est un investissement"],
                "Claire Vautrin-Moreau",
            ),
            (
                D,
                ["ces annonces arrivent bien tard pour des services qui ferment déjà l'été"],
                "Rémi Castagnet",
            ),
        ],
    ),
    (  # 8 nurses leaving the profession: "D'après l'Ordre …," (rest of the sentence), a
        # quote over two paragraphs (the second opens with «, one span each) attributed after
        # the second by "confie Name, infirmière …", "Interrogé, le directeur des soins,
        # Name, a affirmé que"
        "D'après l'Ordre régional des infirmiers, près d'une infirmière sur trois envisage de "
        "quitter la profession d'ici 2030. À l'hôpital Pasteur-Valmy de Rochebrune, les départs "
        "se succèdent depuis deux ans.\n\n"
        "«\u00a0Quand je suis arrivée en 2009, on était huit infirmières pour vingt-quatre lits. "
        "Aujourd'hui, on est cinq, et encore, les nuits où personne n'est malade.\n\n"
        "«\u00a0Je ne compte plus les pauses sautées. J'aime ce métier, mais je ne sais pas si "
        "je le ferai encore dans cinq ans\u00a0», confie Sandrine Oyono, infirmière en médecine "
        "interne.\n\n"
        "Interrogé, le directeur des soins, Philippe Garnier-Lacaze, a affirmé que vingt postes "
        "seraient ouverts au recrutement en janvier, avec une prime d'installation de "
        "5\u00a0000\u00a0euros.",
        [
            (
                I,
                ["près d'une infirmière sur trois envisage de quitter la profession d'ici 2030"],
                "Ordre régional des infirmiers",
            ),
            (
                D,
                [
                    "Quand je suis arrivée en 2009, on était huit infirmières pour vingt-quatre "
                    "lits. Aujourd'hui, on est cinq, et encore, les nuits où personne n'est "
                    "malade.",
                    "Je ne compte plus les pauses sautées. J'aime ce métier, mais je ne sais pas "
                    "si je le ferai encore dans cinq ans",
                ],
                "Sandrine Oyono",
            ),
            (
                I,
                [
                    "vingt postes seraient ouverts au recrutement en janvier, avec une prime "
                    "d'installation de 5\u00a0000\u00a0euros"
                ],
                "Philippe Garnier-Lacaze",
            ),
        ],
    ),
    (  # 9 dengue outbreak on an island: "Selon le Dr Name, épidémiologiste …," (rest of the
        # sentence), then a two-sentence direct + "insiste-t-il" (pronoun), resident direct +
        # "raconte Name, 52 ans"
        "L'île de Sainte-Aurore fait face à sa plus forte épidémie de dengue depuis 2019, avec "
        "1\u00a0450 cas confirmés depuis septembre et quatre patients hospitalisés en "
        "réanimation.\n\n"
        "Selon le Dr Fabrice Lameyre, épidémiologiste à la cellule de veille sanitaire de l'île, "
        "l'épidémie pourrait atteindre son pic début janvier, avec l'arrivée de la saison des "
        "pluies. «\u00a0Videz les soucoupes, les pneus, tout ce qui retient l'eau. C'est là que "
        "le moustique pond\u00a0», insiste-t-il.\n\n"
        "Dans le quartier de Bois-Rouge, où se concentrent les cas, les équipes de démoustication "
        "passent chaque soir. «\u00a0Toute ma famille l'a eue, l'un après l'autre. Mon fils de "
        "16\u00a0ans a manqué trois semaines de cours\u00a0», raconte Josiane Payet, 52\u00a0ans.",
        [
            (
                I,
                [
                    "l'épidémie pourrait atteindre son pic début janvier, avec l'arrivée de la "
                    "saison des pluies"
                ],
                "Fabrice Lameyre",
            ),
            (
                D,
                [
                    "Videz les soucoupes, les pneus, tout ce qui retient l'eau. C'est là que le "
                    "moustique pond"
                ],
                "Fabrice Lameyre",
            ),
            (
                D,
                [
                    "Toute ma famille l'a eue, l'un après l'autre. Mon fils de 16\u00a0ans a "
                    "manqué trois semaines de cours"
                ],
                "Josiane Payet",
            ),
        ],
    ),
    (  # 10 pharmacists' strike: union named in the lead without speaking, direct + "a
        # déclaré Name, présidente départementale du syndicat", "Le syndicat affirme que"
        # (generic noun back to the union), unnamed "une cliente"
        "Plus de huit pharmacies sur dix sont restées fermées samedi dans le département de la "
        "Haute-Vernière, à l'appel de l'Union nationale des officinaux, qui proteste contre la "
        "baisse des marges sur les médicaments génériques.\n\n"
        "«\u00a0Nous ne sommes pas des commerçants comme les autres. Quand une pharmacie ferme "
        "dans un village, c'est un service public qui disparaît\u00a0», a déclaré Laurence "
        "Aubanel, présidente départementale du syndicat, devant la préfecture.\n\n"
        "Le syndicat affirme que 120 officines ont fermé définitivement dans la région en cinq "
        "ans. Seules les pharmacies de garde étaient ouvertes, et les files d'attente "
        "s'allongeaient dès le matin.\n\n"
        "«\u00a0J'ai fait 25\u00a0kilomètres pour l'insuline de mon mari\u00a0», regrette une "
        "cliente, à la sortie de la pharmacie de garde de Saint-Ambrun.",
        [
            (
                D,
                [
                    "Nous ne sommes pas des commerçants comme les autres. Quand une pharmacie "
                    "ferme dans un village, c'est un service public qui disparaît"
                ],
                "Laurence Aubanel",
            ),
            (
                I,
                ["120 officines ont fermé définitivement dans la région en cinq ans"],
                "Union nationale des officinaux",
            ),
            (
                D,
                ["J'ai fait 25\u00a0kilomètres pour l'insuline de mon mari"],
                "cliente",
            ),
        ],
    ),
    (  # 11 hospital savings plan: partial after "a qualifié ce plan de" by "Le maire de
        # Bellegarde, Name, qui …", direct + "dénonce Name, délégué du syndicat …", "La
        # directrice, Name, a précisé qu'…, et que …" (one indirect)
        "Le conseil de surveillance du centre hospitalier intercommunal de Bellegarde-Ormoy a "
        "adopté lundi un plan de retour à l'équilibre qui prévoit la suppression de 60\u00a0postes "
        "d'ici 2028. Le maire de Bellegarde, Thierry Galland, qui préside le conseil, a qualifié "
        "ce plan de «\u00a0douloureux mais nécessaire\u00a0».\n\n"
        "«\u00a0On supprime des postes dans un hôpital où les soignants cumulent déjà des heures "
        "supplémentaires qu'on ne leur paie pas\u00a0», dénonce Karim Benslimane, délégué du "
        "syndicat Force Santé, qui appelle à un rassemblement jeudi.\n\n"
        "La directrice, Anne-Sophie Rigaud, a précisé qu'aucun licenciement n'était prévu et que "
        "les suppressions se feraient au fil des départs à la retraite.",
        [
            (P, ["douloureux mais nécessaire"], "Thierry Galland"),
            (
                D,
                [
                    "On supprime des postes dans un hôpital où les soignants cumulent déjà des "
                    "heures supplémentaires qu'on ne leur paie pas"
                ],
                "Karim Benslimane",
            ),
            (
                I,
                [
                    "aucun licenciement n'était prévu et que les suppressions se feraient au fil "
                    "des départs à la retraite"
                ],
                "Anne-Sophie Rigaud",
            ),
        ],
    ),
    (  # 12 misdiagnosed child: the text opens on a direct + "raconte Name" (containing "On
        # nous a dit que", not annotated separately), "Son avocat, Me Name, a indiqué qu'",
        # group partial after "a exprimé dans un communiqué" (generic "Le groupe" dropped),
        # "se refusant à tout commentaire" not annotated
        "«\u00a0On nous a dit que c'était une gastro. Trois jours plus tard, notre fils était "
        "opéré en urgence d'une péritonite\u00a0», raconte Stéphanie Rouvière. Son fils Léo, "
        "9\u00a0ans, avait été examiné à deux reprises aux urgences pédiatriques de la clinique "
        "Sainte-Hélène, à Vernay, avant d'être transféré au CHU.\n\n"
        "La famille a porté plainte le mois dernier. Son avocat, Me Julien Astruc, a indiqué "
        "qu'une expertise médicale avait été demandée au tribunal judiciaire.\n\n"
        "Le groupe Medivallis, propriétaire de la clinique, a exprimé dans un communiqué "
        "«\u00a0sa profonde compassion\u00a0» envers la famille, tout en se refusant à tout "
        "commentaire sur une procédure en cours. Léo, lui, a repris l'école début novembre.",
        [
            (
                D,
                [
                    "On nous a dit que c'était une gastro. Trois jours plus tard, notre fils était "
                    "opéré en urgence d'une péritonite"
                ],
                "Stéphanie Rouvière",
            ),
            (
                I,
                ["une expertise médicale avait été demandée au tribunal judiciaire"],
                "Julien Astruc",
            ),
            (P, ["sa profonde compassion"], "Medivallis"),
        ],
    ),
    (  # 13 heatwave "plan blanc": scare quotes « plan blanc » with no speaker, direct + "a
        # expliqué le Dr Name, cheffe du service …", role alone "La cheffe de service a
        # rappelé que", a forecaster that "prévoit des températures" (noun object) not
        # annotated
        "Face à l'afflux de patients âgés déshydratés, le centre hospitalier de "
        "Montaigu-la-Rivière a déclenché mardi son «\u00a0plan blanc\u00a0», qui permet de "
        "rappeler des soignants en congé et de libérer des lits.\n\n"
        "«\u00a0Nous avons 40\u00a0% de passages en plus depuis vendredi, surtout des personnes "
        "de plus de 80\u00a0ans\u00a0», a expliqué le Dr Hélène Vasquez-Arnaud, cheffe du "
        "service des urgences. La cheffe de service a rappelé que les personnes âgées devaient "
        "boire régulièrement, même sans avoir soif.\n\n"
        "Météo-Vallée prévoit encore des températures supérieures à 38\u00a0degrés jusqu'à "
        "dimanche. La mairie a ouvert deux salles climatisées.",
        [
            (
                D,
                [
                    "Nous avons 40\u00a0% de passages en plus depuis vendredi, surtout des "
                    "personnes de plus de 80\u00a0ans"
                ],
                "Hélène Vasquez-Arnaud",
            ),
            (
                I,
                ["les personnes âgées devaient boire régulièrement, même sans avoir soif"],
                "Hélène Vasquez-Arnaud",
            ),
        ],
    ),
    (  # 14 telemedicine booth in a supermarket: direct + "fait valoir Name, le directeur du
        # magasin", partial inside reported speech "a jugé que … « … »" by "Le président du
        # conseil …, le Dr Name," (only the partial), unnamed "Une première patiente" then
        # "dit-elle"
        "Depuis lundi, les clients de l'hypermarché Grand Val, à Corbières-le-Haut, peuvent "
        "consulter un médecin à distance dans une cabine installée entre l'accueil et le rayon "
        "optique. Tension, température, saturation\u00a0: les mesures sont prises par des "
        "capteurs, la consultation se fait par écran.\n\n"
        "«\u00a0Les gens attendent trois semaines pour un rendez-vous chez le généraliste. Ici, "
        "c'est un quart d'heure\u00a0», fait valoir Stéphane Moulinier, le directeur du magasin."
        "\n\n"
        "Le président du conseil départemental de l'ordre des médecins, le Dr Marc Esquerré, a "
        "jugé que ces cabines ne pouvaient «\u00a0en aucun cas remplacer un examen "
        "clinique\u00a0».\n\n"
        "Une première patiente, venue pour une angine, en est ressortie avec une ordonnance. "
        "«\u00a0C'était un peu bizarre de parler à un écran, mais ça a marché\u00a0», dit-elle.",
        [
            (
                D,
                [
                    "Les gens attendent trois semaines pour un rendez-vous chez le généraliste. "
                    "Ici, c'est un quart d'heure"
                ],
                "Stéphane Moulinier",
            ),
            (P, ["en aucun cas remplacer un examen clinique"], "Marc Esquerré"),
            (
                D,
                ["C'était un peu bizarre de parler à un écran, mais ça a marché"],
                "patiente",
            ),
        ],
    ),
    (  # 15 organ transplant record, short wire: agency "a annoncé lundi que", a direct split
        # by the incise "a souligné le Pr Name, chirurgien …," (one quote, two spans, final
        # period kept), "L'agence prépare une campagne" not speech
        "L'Agence interrégionale des greffes a annoncé lundi que 412\u00a0greffes d'organes "
        "avaient été réalisées en 2026 dans les hôpitaux de l'Ouest, un record depuis sa "
        "création.\n\n"
        "«\u00a0Derrière chaque chiffre, a souligné le Pr Yves Kerbrat, chirurgien au CHU de "
        "Lanvéoc, il y a une famille qui a dit oui dans le pire moment de sa vie.\u00a0»\n\n"
        "Le taux de refus des familles reste toutefois proche de 30\u00a0%. L'agence prépare une "
        "campagne d'information pour le printemps.",
        [
            (
                I,
                [
                    "412\u00a0greffes d'organes avaient été réalisées en 2026 dans les hôpitaux de "
                    "l'Ouest, un record depuis sa création"
                ],
                "Agence interrégionale des greffes",
            ),
            (
                D,
                [
                    "Derrière chaque chiffre",
                    "il y a une famille qui a dit oui dans le pire moment de sa vie.",
                ],
                "Yves Kerbrat",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 emergency department waits: "…, according to figures published … by X." (the part
        # before), curly-quoted direct + "said Dr. Name, the hospital's clinical director …",
        # unnamed "a retired teacher from Ashby who …"
        "Patients at St. Bride's General Hospital in Harwick waited an average of nine hours and "
        "twenty minutes in the emergency department last month, according to figures published "
        "on Thursday by the Northern Health Board. The national target is four hours.\n\n"
        "“We are seeing patients who are sicker, older and staying with us longer because there "
        "is nowhere to discharge them to,” said Dr. Amelia Forsyth, the hospital's clinical "
        "director for emergency care.\n\n"
        "On Thursday afternoon, every cubicle was full and eleven patients were on trolleys in "
        "the corridor. “I came in at six this morning with a broken wrist. It's now past three "
        "and I haven't seen a doctor,” said a retired teacher from Ashby who did not want to be "
        "named.",
        [
            (
                I,
                [
                    "Patients at St. Bride's General Hospital in Harwick waited an average of nine "
                    "hours and twenty minutes in the emergency department last month"
                ],
                "Northern Health Board",
            ),
            (
                D,
                [
                    "We are seeing patients who are sicker, older and staying with us longer "
                    "because there is nowhere to discharge them to"
                ],
                "Amelia Forsyth",
            ),
            (
                D,
                [
                    "I came in at six this morning with a broken wrist. It's now past three and I "
                    "haven't seen a doctor"
                ],
                "retired teacher",
            ),
        ],
    ),
    (  # 2 nurses' strike, British single curly quotes: direct + "said Name, a neonatal nurse
        # at …", "A spokeswoman for the trust said … and that …" (the trust named in the lead),
        # partial after "has described … as" by "The trust's chief executive, Name,"
        "Nurses at three hospitals run by Calder Valley Health Trust walked out on Monday in the "
        "first strike in the trust's history, with picket lines outside every main entrance from "
        "7 a.m.\n\n"
        "‘I love my job. I just can't afford to keep doing it,’ said Keisha Morton, a neonatal "
        "nurse at Calder Royal Infirmary, who has taken a second job stacking shelves at "
        "weekends.\n\n"
        "A spokeswoman for the trust said contingency plans were in place and that all emergency "
        "services remained open. The trust's chief executive, Graham Pellow, has described the "
        "union's demand for an 8% rise as ‘simply unaffordable’ this financial year.",
        [
            (
                D,
                ["I love my job. I just can't afford to keep doing it"],
                "Keisha Morton",
            ),
            (
                I,
                ["contingency plans were in place and that all emergency services remained open"],
                "Calder Valley Health Trust",
            ),
            (P, ["simply unaffordable"], "Graham Pellow"),
        ],
    ),
    (  # 3 measles outbreak: "have confirmed 27 cases" (noun object) not annotated, "Dr.
        # Name, the county's public health officer, told reporters … that", direct + "Ortiz
        # said" (surname), partial inside the reported speech of an unnamed "one mother"
        "Health officials in Dunmore County have confirmed 27 cases of measles since the start of "
        "October, the largest outbreak in the county in more than twenty years.\n\n"
        "Dr. Rafael Ortiz, the county's public health officer, told reporters on Tuesday that "
        'most of the cases involved unvaccinated children under the age of ten. "Measles is one '
        "of the most contagious diseases we know. One case in a classroom can become twenty in "
        'two weeks," Ortiz said.\n\n'
        "At Westbrook Elementary, where the first case was detected, one mother said she was "
        '"terrified" to send her son back to class. The school has excluded 40 unvaccinated '
        "pupils for 21 days.",
        [
            (
                I,
                ["most of the cases involved unvaccinated children under the age of ten"],
                "Rafael Ortiz",
            ),
            (
                D,
                [
                    "Measles is one of the most contagious diseases we know. One case in a "
                    "classroom can become twenty in two weeks"
                ],
                "Rafael Ortiz",
            ),
            (P, ["terrified"], "mother"),
        ],
    ),
    (  # 4 medication shortage: "Name, who owns …, put it bluntly: “…”" (colon, final period
        # kept), then a direct split by "Chandran said," (one quote, two spans), the
        # manufacturer "has not given a date" (noun object) not annotated
        "Pharmacies across the Eastleigh region have been unable to obtain Dexorin, a widely "
        "prescribed ADHD medication, for almost two months, leaving thousands of patients, many "
        "of them children, without treatment.\n\n"
        "Ravi Chandran, who owns two pharmacies in Eastleigh Park, put it bluntly: “I have forty "
        "patients on a waiting list for a drug I simply can't get.”\n\n"
        "“We ring the wholesalers every morning,” Chandran said, “and most days the answer is "
        "no.”\n\n"
        "The manufacturer, Orvell Therapeutics, has not given a date for when supplies will "
        "return to normal.",
        [
            (
                D,
                ["I have forty patients on a waiting list for a drug I simply can't get."],
                "Ravi Chandran",
            ),
            (
                D,
                [
                    "We ring the wholesalers every morning",
                    "and most days the answer is no.",
                ],
                "Ravi Chandran",
            ),
        ],
    ),
    (  # 5 hospital chief executive resigns: two partials inside the reported speech of
        # "Achterberg said she was stepping down" (only the partials; the second keeps its
        # period inside the marks), direct + "said board chairman Name" (role before name)
        "The chief executive of Marlow Bay Hospital, Dr. Susan Achterberg, resigned on Friday, "
        "two weeks after inspectors rated the hospital's maternity unit as inadequate and ordered "
        "improvements to staffing.\n\n"
        'In a letter to staff, Achterberg said she was stepping down "with a heavy heart" but '
        'believed the hospital needed "a fresh start."\n\n'
        '"Susan has given eleven years to this hospital. Nobody should doubt her commitment to '
        'patients," said board chairman Leonard Okafor. An interim chief executive will be named '
        "next week.",
        [
            (P, ["with a heavy heart"], "Susan Achterberg"),
            (P, ["a fresh start."], "Susan Achterberg"),
            (
                D,
                [
                    "Susan has given eleven years to this hospital. Nobody should doubt her "
                    "commitment to patients"
                ],
                "Leonard Okafor",
            ),
        ],
    ),
    (  # 6 health minister's announcement: "Health Minister Name announced … that", direct +
        # "Carrick told parliament." then an unattributed continuation after the full stop
        # (a second direct, same speaker), opposition partial after "called the announcement"
        # with its period inside the marks, "welcomed the plan" not annotated
        "Health Minister Fiona Carrick announced on Tuesday that the government would fund 2,000 "
        "additional nurse training places a year from next September, at a cost of £180 "
        "million.\n\n"
        '"We cannot run a health service on goodwill and overtime," Carrick told parliament. '
        '"Every ward I visit tells me the same thing: we need more people."\n\n'
        'Opposition health spokesman Dermot Hale called the announcement "a drop in the '
        'ocean." The National Nursing Council welcomed the plan.',
        [
            (
                I,
                [
                    "the government would fund 2,000 additional nurse training places a year from "
                    "next September, at a cost of £180 million"
                ],
                "Fiona Carrick",
            ),
            (
                D,
                ["We cannot run a health service on goodwill and overtime"],
                "Fiona Carrick",
            ),
            (
                D,
                ["Every ward I visit tells me the same thing: we need more people."],
                "Fiona Carrick",
            ),
            (P, ["a drop in the ocean."], "Dermot Hale"),
        ],
    ),
    (  # 7 ambulances queuing: a quote over two paragraphs (the first left open, one span
        # each) with "said paramedic Name, who has worked for the X for 19 years" after the
        # second, "The ambulance service said" (generic noun back to the named service)
        "Ambulances in the Ridgeway region spent more than 9,000 hours queuing outside hospitals "
        "in November, waiting to hand over patients to emergency departments with no free "
        "beds.\n\n"
        '"On the worst night, we had eleven ambulances lined up outside Ridgeway General. Eleven '
        "crews doing nothing, while the calls stacked up across the county.\n\n"
        '"One of those calls was a man having a heart attack forty minutes away. We got to him '
        'in an hour and ten," said paramedic Joanne Whitlock, who has worked for the Ridgeway '
        "Ambulance Service for 19 years.\n\n"
        "The ambulance service said average handover times had fallen since October, when a new "
        "discharge lounge opened at the hospital.",
        [
            (
                D,
                [
                    "On the worst night, we had eleven ambulances lined up outside Ridgeway "
                    "General. Eleven crews doing nothing, while the calls stacked up across the "
                    "county.",
                    "One of those calls was a man having a heart attack forty minutes away. We got "
                    "to him in an hour and ten",
                ],
                "Joanne Whitlock",
            ),
            (
                I,
                [
                    "average handover times had fallen since October, when a new discharge lounge "
                    "opened at the hospital"
                ],
                "Ridgeway Ambulance Service",
            ),
        ],
    ),
    (  # 8 norovirus ward closure: "…, officials said Wednesday." (the part before, unnamed
        # plural), "Visitors have been asked" not annotated, direct + "said Name, the
        # hospital's lead infection control nurse" (semicolon inside the quote)
        "A ward at Kingsmere Community Hospital has been closed to new admissions after an "
        "outbreak of norovirus, officials said Wednesday. Visitors have been asked to stay away "
        "from the hospital unless their visit is essential.\n\n"
        "\"Norovirus spreads incredibly quickly on a ward. Hand gel doesn't kill it; soap and "
        "water does,\" said Bethan Lloyd, the hospital's lead infection control nurse. Twelve "
        "patients and four members of staff have shown symptoms since Sunday.",
        [
            (
                I,
                [
                    "A ward at Kingsmere Community Hospital has been closed to new admissions "
                    "after an outbreak of norovirus"
                ],
                "officials",
            ),
            (
                D,
                [
                    "Norovirus spreads incredibly quickly on a ward. Hand gel doesn't kill it; "
                    "soap and water does"
                ],
                "Bethan Lloyd",
            ),
        ],
    ),
    (  # 9 pharmacist prescribing pilot: direct + "said pharmacist Name, who …", "Mr Surname
        # said" (British title without a period), committee partial inside its reported
        # speech "warned that … "…"" (only the partial)
        "Pharmacists in Wexley can now prescribe antibiotics for sore throats, earaches and "
        "urinary infections without a GP appointment, under a pilot scheme that began on "
        "Monday.\n\n"
        '"It saves people a two-week wait for something that takes us ten minutes," said '
        "pharmacist Samuel Adeyemi, who saw nine patients under the scheme on its first morning. "
        "Mr Adeyemi said most of them had been turned away by their surgery the week before.\n\n"
        "Not everyone is convinced. The Wexley Local Medical Committee, which represents GPs, "
        'warned that the scheme risked "fuelling antibiotic resistance" if prescriptions were '
        "not closely monitored.",
        [
            (
                D,
                ["It saves people a two-week wait for something that takes us ten minutes"],
                "Samuel Adeyemi",
            ),
            (
                I,
                ["most of them had been turned away by their surgery the week before"],
                "Samuel Adeyemi",
            ),
            (P, ["fuelling antibiotic resistance"], "Wexley Local Medical Committee"),
        ],
    ),
    (  # 10 hospital parking charges: "calling for an end" (noun object) not annotated,
        # unnamed "one visitor, who asked not to be named", MP partial after "described the
        # charges as", trust "said the income, …, was" (indirect)
        "Campaigners delivered a petition with 12,000 signatures to Ashcombe Hospital on "
        "Saturday, calling for an end to parking charges for patients and visitors.\n\n"
        "\"I'm paying £6 a day to visit my husband in intensive care. It adds up to more than "
        'our food shopping," said one visitor, who asked not to be named.\n\n'
        'Local MP Hannah Greaves described the charges as "a tax on the sick". Ashcombe '
        "Hospitals Trust said the income, about £3.1 million a year, was reinvested in patient "
        "care.",
        [
            (
                D,
                [
                    "I'm paying £6 a day to visit my husband in intensive care. It adds up to more "
                    "than our food shopping"
                ],
                "visitor",
            ),
            (P, ["a tax on the sick"], "Hannah Greaves"),
            (
                I,
                ["the income, about £3.1 million a year, was reinvested in patient care"],
                "Ashcombe Hospitals Trust",
            ),
        ],
    ),
    (  # 11 child mental health waits: "…, according to a report published … by X." (the part
        # before), curly direct + "said Name, whose daughter …", "Hebden said" (surname)
        "Children referred to mental health services in Bramford now wait an average of 14 "
        "months for a first appointment, according to a report published on Wednesday by the "
        "Bramford Children's Trust.\n\n"
        "“My daughter was referred when she was thirteen. She's fifteen now and she's still "
        "waiting,” said Lorraine Hebden, whose daughter has an eating disorder.\n\n"
        "Hebden said the family had spent more than £4,000 on private therapy in the meantime. "
        "The county council is due to discuss the report in January.",
        [
            (
                I,
                [
                    "Children referred to mental health services in Bramford now wait an average "
                    "of 14 months for a first appointment"
                ],
                "Bramford Children's Trust",
            ),
            (
                D,
                [
                    "My daughter was referred when she was thirteen. She's fifteen now and she's "
                    "still waiting"
                ],
                "Lorraine Hebden",
            ),
            (
                I,
                ["the family had spent more than £4,000 on private therapy in the meantime"],
                "Lorraine Hebden",
            ),
        ],
    ),
    (  # 12 drug recall: agency "has recalled four batches" (noun object) not annotated,
        # "Dr. Name, a GP in Lowther, said her surgery …" (indirect), then a direct + "she
        # said" (pronoun)
        "The Medicines Safety Agency has recalled four batches of the blood pressure drug "
        "Lortavan after tests found traces of an impurity above the permitted level. The recall "
        "affects about 60,000 packs dispensed since August.\n\n"
        "Dr. Ifeoma Nwosu, a GP in Lowther, said her surgery had received dozens of calls from "
        "worried patients since Monday. “Most of them just want to know whether they've been "
        "harmed. In almost every case, the answer is no,” she said.",
        [
            (
                I,
                ["her surgery had received dozens of calls from worried patients since Monday"],
                "Ifeoma Nwosu",
            ),
            (
                D,
                [
                    "Most of them just want to know whether they've been harmed. In almost every "
                    "case, the answer is no"
                ],
                "Ifeoma Nwosu",
            ),
        ],
    ),
    (  # 13 maternity unit closure: "to demand the reopening" (noun object) not annotated,
        # direct + "said Councillor Name, who chaired the meeting", health board "said it",
        # "described long drives" (noun object) not annotated
        "More than 300 people packed into Glenarden village hall on Thursday evening to demand "
        "the reopening of the maternity unit at Glenarden Cottage Hospital, closed since 2023. "
        "Expectant mothers now face a 70-mile drive to give birth.\n\n"
        '"We were told this was temporary. That was three years ago," said Councillor Maeve '
        "Duggan, who chaired the meeting.\n\n"
        "Glenarden Health Board said it could not safely staff a unit delivering fewer than 150 "
        "babies a year. Several farmers at the meeting described long drives through snow to "
        "reach the nearest hospital.",
        [
            (
                D,
                ["We were told this was temporary. That was three years ago"],
                "Maeve Duggan",
            ),
            (
                I,
                ["it could not safely staff a unit delivering fewer than 150 babies a year"],
                "Glenarden Health Board",
            ),
        ],
    ),
    (  # 14 surgical robot: "According to X, …" opening the text (the rest of the sentence),
        # three-sentence curly direct + "said consultant urologist Name, who …"
        "According to Haverford University Hospital, its new surgical robot has cut the average "
        "hospital stay after prostate surgery from five days to two since it arrived in April."
        "\n\n"
        "“The robot doesn't operate. I do. It just gives me steadier hands and a better view,” "
        "said consultant urologist Desmond Achebe, who has carried out 112 procedures with the "
        "machine so far.\n\n"
        "The £2.4 million system was paid for by the hospital's charity after a three-year "
        "appeal.",
        [
            (
                I,
                [
                    "its new surgical robot has cut the average hospital stay after prostate "
                    "surgery from five days to two since it arrived in April"
                ],
                "Haverford University Hospital",
            ),
            (
                D,
                [
                    "The robot doesn't operate. I do. It just gives me steadier hands and a better "
                    "view"
                ],
                "Desmond Achebe",
            ),
        ],
    ),
    (  # 15 low flu vaccine uptake: "…, the X Agency said on Monday, warning that … "…""
        # (indirect for the part before, then only the partial inside the second reported
        # clause), direct + "said Name, who runs a pharmacy …"
        "Only 41% of eligible adults in Carrow have had a flu vaccine this winter, the Carrow "
        'Health Protection Agency said on Monday, warning that hospitals could face "a very '
        'difficult January".\n\n'
        "\"People think flu is a bad cold. It isn't, not when you're eighty,\" said Priya Raman, "
        "who runs a pharmacy on the high street and has vaccinated around 900 people since "
        "September.",
        [
            (
                I,
                ["Only 41% of eligible adults in Carrow have had a flu vaccine this winter"],
                "Carrow Health Protection Agency",
            ),
            (P, ["a very difficult January"], "Carrow Health Protection Agency"),
            (
                D,
                ["People think flu is a bad cold. It isn't, not when you're eighty"],
                "Priya Raman",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout104.jsonl"),
        "heldout104",
        "h104",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
