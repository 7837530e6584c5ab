"""Source of the 109th held-out set: writes heldout109.jsonl (split "heldout109").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like health and medicine news: hospitals and emergency departments, strikes of nurses,
junior doctors and general practitioners, drug shortages and recalls, epidemics (bronchiolitis,
flu, dengue, measles, cholera, bird flu) and vaccination campaigns, health ministers and
regional health agencies, patients' associations, unnamed patients and relatives quoted,
pharmaceutical companies speaking as organisations, speakers referred back to by an epithet
("la directrice", "le praticien", "the surgeon", "the GP") and quotes whose speaker is named
only after the quote.
Measured once with 0.3.0, 0.32.0 and 0.33.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout109.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-02"
Item = GoldItem

FR: list[Item] = [
    (  # 1 nurses' strike at a university hospital: "revendique près de 60 % de grévistes"
        # (noun object, not annotated), unnamed "une infirmière" after the quote, "La
        # directrice générale du CHU, Name, a assuré mardi que" (indirect), then a direct +
        # "a ajouté la directrice" (epithet referring back)
        "Les infirmières du centre hospitalier universitaire de Valmorée sont en grève depuis "
        "lundi pour réclamer l'ouverture de 45 postes supplémentaires dans les services "
        "d'urgence et de réanimation. L'intersyndicale revendique près de 60\u00a0% de "
        "grévistes parmi le personnel soignant, les agents assignés assurant la continuité des "
        "soins.\n\n"
        "«\u00a0On travaille douze heures d'affilée, on nous rappelle sur nos jours de repos, et "
        "on nous demande encore de sourire\u00a0», a lancé une infirmière devant le bâtiment "
        "principal, sous les applaudissements de ses collègues.\n\n"
        "La directrice générale du CHU, Hélène Castagnède, a assuré mardi que vingt "
        "recrutements étaient déjà en cours. «\u00a0Nous ne pouvons pas créer des postes que "
        "nous ne parvenons pas à pourvoir\u00a0», a ajouté la directrice.\n\n"
        "Une réunion de négociation est prévue jeudi à l'agence régionale de santé.",
        [
            (
                D,
                [
                    "On travaille douze heures d'affilée, on nous rappelle sur nos jours de "
                    "repos, et on nous demande encore de sourire"
                ],
                "infirmière",
            ),
            (I, ["vingt recrutements étaient déjà en cours"], "Hélène Castagnède"),
            (
                D,
                ["Nous ne pouvons pas créer des postes que nous ne parvenons pas à pourvoir"],
                "Hélène Castagnède",
            ),
        ],
    ),
    (  # 2 paediatric amoxicillin shortage: the agency "a placé … sur la liste" (not speech),
        # pharmacist's direct + "soupire Name, pharmacienne …" then an unattributed second
        # quotation opening a new sentence (a second direct quote, same speaker), laboratory
        # "a expliqué dans un communiqué que" (generic noun "laboratoire" dropped)
        "Dans les pharmacies de Bourg-Saint-Landry, les flacons d'amoxicilline pédiatrique se "
        "font rares depuis trois semaines. L'Agence nationale du médicament et des produits de "
        "santé a placé mercredi l'antibiotique sur la liste des médicaments en tension.\n\n"
        "«\u00a0Je passe une heure par jour au téléphone avec les grossistes pour trouver trois "
        "flacons\u00a0», soupire Mathilde Ferracci, pharmacienne dans le centre-ville. "
        "«\u00a0Les parents repartent parfois les mains vides, et c'est à nous qu'ils en "
        "veulent.\u00a0»\n\n"
        "Le laboratoire Vendrelle Pharma, principal fournisseur du marché français, a expliqué "
        "dans un communiqué que la production de son usine de Cernay-les-Prés avait été "
        "interrompue en octobre à la suite d'un contrôle qualité.\n\n"
        "Les médecins sont invités à prescrire des comprimés dispersibles lorsque c'est "
        "possible.",
        [
            (
                D,
                [
                    "Je passe une heure par jour au téléphone avec les grossistes pour trouver "
                    "trois flacons"
                ],
                "Mathilde Ferracci",
            ),
            (
                D,
                [
                    "Les parents repartent parfois les mains vides, et c'est à nous qu'ils en veulent."
                ],
                "Mathilde Ferracci",
            ),
            (
                I,
                [
                    "la production de son usine de Cernay-les-Prés avait été interrompue en "
                    "octobre à la suite d'un contrôle qualité"
                ],
                "Vendrelle Pharma",
            ),
        ],
    ),
    (  # 3 bronchiolitis, hospital "plan blanc": two-sentence direct + "a déclaré le chef du
        # service …, le professeur Name" (role and title dropped), unnamed mother ("raconte une
        # mère"), the agency "a annoncé l'ouverture" (noun object, not annotated), partial
        # after "a appelé les parents à" by "Son directeur général, Name"
        "L'hôpital Saint-Luc de Mérandon a déclenché vendredi son plan blanc face à l'afflux de "
        "nourrissons atteints de bronchiolite. Les urgences pédiatriques ont accueilli 212 "
        "enfants en trois jours, soit le double de la normale.\n\n"
        "«\u00a0Nous avons déprogrammé des opérations non urgentes et rappelé des soignants en "
        "congé. Aujourd'hui, il ne reste plus un seul lit de réanimation pédiatrique libre dans "
        "le département\u00a0», a déclaré le chef du service de pédiatrie, le professeur Antoine "
        "Lemarchal.\n\n"
        "«\u00a0On a attendu sept heures sur une chaise avec un bébé de deux mois qui respirait "
        "mal\u00a0», raconte une mère, rencontrée dans le hall.\n\n"
        "L'agence régionale de santé Rhône-Vivarais a annoncé l'ouverture de douze lits "
        "supplémentaires à l'hôpital de Vienne-sur-Gère. Son directeur général, Philippe "
        "Aubertin, a appelé les parents à «\u00a0ne pas hésiter à consulter leur médecin "
        "traitant\u00a0» avant de se rendre aux urgences.",
        [
            (
                D,
                [
                    "Nous avons déprogrammé des opérations non urgentes et rappelé des soignants "
                    "en congé. Aujourd'hui, il ne reste plus un seul lit de réanimation "
                    "pédiatrique libre dans le département"
                ],
                "Antoine Lemarchal",
            ),
            (
                D,
                [
                    "On a attendu sept heures sur une chaise avec un bébé de deux mois qui respirait mal"
                ],
                "mère",
            ),
            (P, ["ne pas hésiter à consulter leur médecin traitant"], "Philippe Aubertin"),
        ],
    ),
    (  # 4 GPs close their surgeries: a bill that "prévoit de réguler" (not speech), direct +
        # "estime le docteur Name, président du syndicat …" (title dropped), minister's
        # partial "a défendu … un texte « … »" then a two-sentence direct + "a-t-elle insisté"
        "De nombreux cabinets de médecine générale resteront fermés vendredi et samedi dans tout "
        "le pays. À l'appel de six syndicats, les généralistes protestent contre la proposition "
        "de loi qui prévoit de réguler leur installation dans les zones déjà bien dotées.\n\n"
        "«\u00a0Ce n'est pas en contraignant les jeunes médecins qu'on les fera venir à la "
        "campagne. On les fera fuir vers d'autres métiers, ou vers la Suisse\u00a0», estime le "
        "docteur Karim Belhadj, président du syndicat MG Libres.\n\n"
        "La ministre de la Santé, Sylvie Rocheteau-Vidal, a défendu mardi devant les députés un "
        "texte «\u00a0équilibré\u00a0». «\u00a0Huit millions de Français n'ont pas de médecin "
        "traitant. Je ne peux pas leur dire d'attendre encore dix ans\u00a0», a-t-elle "
        "insisté.\n\n"
        "Le texte doit être examiné en séance publique à partir du 14 décembre.",
        [
            (
                D,
                [
                    "Ce n'est pas en contraignant les jeunes médecins qu'on les fera venir à la "
                    "campagne. On les fera fuir vers d'autres métiers, ou vers la Suisse"
                ],
                "Karim Belhadj",
            ),
            (P, ["équilibré"], "Sylvie Rocheteau-Vidal"),
            (
                D,
                [
                    "Huit millions de Français n'ont pas de médecin traitant. Je ne peux pas leur "
                    "dire d'attendre encore dix ans"
                ],
                "Sylvie Rocheteau-Vidal",
            ),
        ],
    ),
    (  # 5 flu vaccination lagging: "…, selon la Caisse …" at the end (the part before),
        # direct + "prévient la professeure Name, infectiologue …", "L'infectiologue rappelle
        # que" (epithet referring back), the ministry "a annoncé une nouvelle campagne" (noun
        # object, not annotated)
        "La campagne de vaccination contre la grippe peine à décoller. Six semaines après son "
        "lancement, seuls 31\u00a0% des plus de 65 ans ont reçu leur dose, contre 42\u00a0% à la "
        "même date l'an dernier, selon la Caisse nationale d'assurance maladie.\n\n"
        "«\u00a0Les gens ont l'impression que la grippe n'est plus grave depuis le Covid. C'est "
        "exactement l'inverse\u00a0», prévient la professeure Odile Vannier, infectiologue à "
        "l'hôpital Sainte-Blandine de Lyon. L'infectiologue rappelle que la grippe a causé près "
        "de 9\u00a0000 décès l'hiver dernier, en majorité chez des personnes âgées non "
        "vaccinées.\n\n"
        "Le ministère de la Santé a annoncé une nouvelle campagne de spots télévisés à partir de "
        "lundi. Les pharmaciens peuvent désormais vacciner sans ordonnance tous les adultes.",
        [
            (
                I,
                [
                    "Six semaines après son lancement, seuls 31\u00a0% des plus de 65 ans ont reçu "
                    "leur dose, contre 42\u00a0% à la même date l'an dernier"
                ],
                "Caisse nationale d'assurance maladie",
            ),
            (
                D,
                [
                    "Les gens ont l'impression que la grippe n'est plus grave depuis le Covid. "
                    "C'est exactement l'inverse"
                ],
                "Odile Vannier",
            ),
            (
                I,
                [
                    "la grippe a causé près de 9\u00a0000 décès l'hiver dernier, en majorité chez "
                    "des personnes âgées non vaccinées"
                ],
                "Odile Vannier",
            ),
        ],
    ),
    (  # 6 rural maternity unit closing: "l'a confirmé" (pronoun object, not annotated), a
        # quote continued over two paragraphs (one span each) + "a déclaré la directrice
        # générale de l'agence, Name", collective's partial after "dénonce une décision",
        # unnamed "une habitante" whose question (mark kept) is followed by "s'inquiète"
        "La maternité de l'hôpital de Saint-Flour-des-Monts fermera définitivement le 31 "
        "janvier. L'agence régionale de santé Auvergne-Cévennes l'a confirmé mercredi, en "
        "invoquant le manque de pédiatres et d'anesthésistes qui oblige depuis l'été à suspendre "
        "les accouchements un week-end sur deux.\n\n"
        "«\u00a0Nous ne fermons pas une maternité pour faire des économies. Nous la fermons parce "
        "que nous ne pouvons plus y garantir la sécurité des mères et des bébés.\n\n"
        "«\u00a0Une maternité qui réalise moins de 300 accouchements par an, sans pédiatre de "
        "garde, c'est un risque que je ne prendrai pas\u00a0», a déclaré la directrice générale "
        "de l'agence, Catherine Moulinier.\n\n"
        "Les futures mères devront désormais accoucher à Aurillac-le-Vieux, à 70 kilomètres. Le "
        "collectif Maternité Vivante, qui a réuni 800 personnes samedi devant l'hôpital, dénonce "
        "une décision «\u00a0prise dans un bureau, loin des routes verglacées\u00a0». «\u00a0Ma "
        "fille est enceinte de six mois. Qui va l'emmener à Aurillac à trois heures du matin en "
        "février\u00a0?\u00a0» s'inquiète une habitante, venue manifester avec son petit-fils.",
        [
            (
                D,
                [
                    "Nous ne fermons pas une maternité pour faire des économies. Nous la fermons "
                    "parce que nous ne pouvons plus y garantir la sécurité des mères et des "
                    "bébés.",
                    "Une maternité qui réalise moins de 300 accouchements par an, sans pédiatre "
                    "de garde, c'est un risque que je ne prendrai pas",
                ],
                "Catherine Moulinier",
            ),
            (P, ["prise dans un bureau, loin des routes verglacées"], "Maternité Vivante"),
            (
                D,
                [
                    "Ma fille est enceinte de six mois. Qui va l'emmener à Aurillac à trois heures "
                    "du matin en février\u00a0?"
                ],
                "habitante",
            ),
        ],
    ),
    (  # 7 anticoagulant recall: "a annoncé … le rappel" (noun object, not annotated), the
        # company's quoted words inside "l'entreprise affirme qu'" (only the partial),
        # patients' association partial "juge cette réaction « … »", two-sentence direct +
        # "a souligné sa présidente, Name" (speaker named only after the quote)
        "Le laboratoire Bellanger-Thoré a annoncé jeudi le rappel de 40\u00a0000 boîtes de son "
        "anticoagulant Thrombelix, après la découverte d'un défaut d'étiquetage sur trois lots "
        "fabriqués dans son usine de Saint-Priest-en-Velay. Certaines boîtes de comprimés dosés "
        "à 5 mg portaient la mention 2,5 mg.\n\n"
        "Dans un communiqué, l'entreprise affirme qu'«\u00a0aucun effet indésirable grave n'a "
        "été signalé à ce jour\u00a0». Les patients concernés sont invités à rapporter leurs "
        "boîtes en pharmacie, sans interrompre leur traitement.\n\n"
        "L'Association des patients sous anticoagulants juge cette réaction "
        "«\u00a0tardive\u00a0». «\u00a0Les premiers signalements de pharmaciens remontent à "
        "septembre. Trois mois, c'est beaucoup trop long quand on parle d'un médicament qui peut "
        "provoquer une hémorragie\u00a0», a souligné sa présidente, Marie-Claude Ferrand.",
        [
            (P, ["aucun effet indésirable grave n'a été signalé à ce jour"], "Bellanger-Thoré"),
            (P, ["tardive"], "Association des patients sous anticoagulants"),
            (
                D,
                [
                    "Les premiers signalements de pharmaciens remontent à septembre. Trois mois, "
                    "c'est beaucoup trop long quand on parle d'un médicament qui peut provoquer "
                    "une hémorragie"
                ],
                "Marie-Claude Ferrand",
            ),
        ],
    ),
    (  # 8 emergency department closed at night, « » without inner spaces: direct + "déplore
        # Name, urgentiste …", "Le praticien affirme que" (epithet referring back), partial
        # inside the reported speech of "La direction a indiqué qu'elle" (only the partial;
        # the management speaks for the hospital), "a écrit au ministre" (not a quote)
        "Faute de médecins, les urgences du centre hospitalier des Abers, à Port-Lanvic, seront "
        "fermées la nuit, de 20 heures à 8 heures, pendant tout le mois de décembre. Les patients "
        "devront appeler le 15 avant de se déplacer.\n\n"
        "«C'est la troisième fois cette année. On ferme, on rouvre, on referme, et à chaque fois "
        "on perd un peu plus la confiance des habitants», déplore Jean-Baptiste Ollivier, "
        "urgentiste dans l'établissement depuis quinze ans. Le praticien affirme que l'équipe ne "
        "compte plus que sept médecins titulaires, contre quinze il y a cinq ans.\n\n"
        "La direction a indiqué qu'elle recrutait des médecins intérimaires afin de rouvrir le "
        "service «dès que possible». Le maire de Port-Lanvic, Gwénaël Le Bihan, a écrit au "
        "ministre de la Santé.",
        [
            (
                D,
                [
                    "C'est la troisième fois cette année. On ferme, on rouvre, on referme, et à "
                    "chaque fois on perd un peu plus la confiance des habitants"
                ],
                "Jean-Baptiste Ollivier",
            ),
            (
                I,
                [
                    "l'équipe ne compte plus que sept médecins titulaires, contre quinze il y a "
                    "cinq ans"
                ],
                "Jean-Baptiste Ollivier",
            ),
            (P, ["dès que possible"], "centre hospitalier des Abers"),
        ],
    ),
    (  # 9 HPV vaccination in schools: "Le ministre délégué …, Name, a annoncé lundi vouloir"
        # (infinitive clause), unquoted figures followed by "a-t-il précisé" (indirect,
        # attribution after), two-sentence direct + "a affirmé le ministre" (role referring
        # back)
        "Le gouvernement veut doubler la couverture vaccinale contre les papillomavirus chez les "
        "adolescents. Le ministre délégué à la Prévention, Thomas Guéranger, a annoncé lundi "
        "vouloir étendre à tous les collèges et lycées la campagne de vaccination gratuite "
        "lancée l'an dernier en classe de cinquième.\n\n"
        "Seuls 48\u00a0% des filles et 27\u00a0% des garçons de 15 ans ont reçu au moins une "
        "dose, a-t-il précisé. L'objectif fixé pour 2030 est de 80\u00a0%.\n\n"
        "«\u00a0Ce vaccin protège contre six cancers. Chaque année, nous laissons passer une "
        "chance que d'autres pays ont saisie depuis longtemps\u00a0», a affirmé le ministre lors "
        "d'un déplacement dans un collège de Villeneuve-la-Sarthe.",
        [
            (
                I,
                [
                    "vouloir étendre à tous les collèges et lycées la campagne de vaccination "
                    "gratuite lancée l'an dernier en classe de cinquième"
                ],
                "Thomas Guéranger",
            ),
            (
                I,
                [
                    "Seuls 48\u00a0% des filles et 27\u00a0% des garçons de 15 ans ont reçu au "
                    "moins une dose"
                ],
                "Thomas Guéranger",
            ),
            (
                D,
                [
                    "Ce vaccin protège contre six cancers. Chaque année, nous laissons passer une "
                    "chance que d'autres pays ont saisie depuis longtemps"
                ],
                "Thomas Guéranger",
            ),
        ],
    ),
    (  # 10 new hospital opens: no quote at all; "a salué la mobilisation", "ont réclamé des
        # places", "a promis une navette" (speech verbs with noun objects only)
        "Le nouveau centre hospitalier intercommunal de Castelbrune a accueilli ses premiers "
        "patients lundi matin. Le bâtiment de 420 lits, construit en quatre ans pour 310 "
        "millions d'euros, regroupe désormais les activités des anciens hôpitaux de Castelbrune "
        "et de Montazel.\n\n"
        "Le déménagement des 160 patients hospitalisés s'est déroulé sur deux jours, avec le "
        "renfort de quarante ambulances venues de tout le département. La préfète a salué la "
        "mobilisation des équipes lors de sa visite dimanche.\n\n"
        "Les syndicats ont réclamé des places de parking supplémentaires pour le personnel, "
        "contraint de se garer à plus d'un kilomètre. La direction a promis une navette gratuite "
        "à partir de janvier.",
        [],
    ),
    (  # 11 junior doctors' strike: "proteste contre la quatrième année" (noun object), a quote
        # split by "a expliqué son président, Name," set off by commas (one quote, two spans,
        # final period kept), the ministry "a fait savoir qu'il", « » with ordinary spaces
        # inside + "prévient une interne en chirurgie" (unnamed)
        "Les internes en médecine sont appelés à une grève illimitée à partir du 9 décembre. "
        "L'Union nationale des internes proteste contre la quatrième année d'internat imposée "
        "aux futurs généralistes.\n\n"
        "«\u00a0On nous demande de boucher les trous du système de santé, a expliqué son "
        "président, Lucas Perrichon, mais sans les maîtres de stage ni la rémunération promis il "
        "y a deux ans.\u00a0»\n\n"
        "Le ministère de la Santé a fait savoir qu'il recevrait les représentants des internes "
        "vendredi.\n\n"
        "« Si rien ne bouge, les blocs opératoires tourneront au ralenti dès la première "
        "semaine », prévient une interne en chirurgie, qui souhaite garder l'anonymat.",
        [
            (
                D,
                [
                    "On nous demande de boucher les trous du système de santé",
                    "mais sans les maîtres de stage ni la rémunération promis il y a deux ans.",
                ],
                "Lucas Perrichon",
            ),
            (
                I,
                ["il recevrait les représentants des internes vendredi"],
                "ministère de la Santé",
            ),
            (
                D,
                [
                    "Si rien ne bouge, les blocs opératoires tourneront au ralenti dès la "
                    "première semaine"
                ],
                "interne en chirurgie",
            ),
        ],
    ),
    (  # 12 dengue in La Réunion: "D'après l'agence régionale de santé …," (rest of the
        # sentence), "L'épidémiologiste Name, qui …, a résumé … d'une phrase : « … »" (colon,
        # final period kept), "La spécialiste rappelle que" (epithet referring back)
        "L'épidémie de dengue continue de progresser à La Réunion, où 4\u00a0812 cas ont été "
        "confirmés depuis le début de l'année. D'après l'agence régionale de santé de La "
        "Réunion, trois personnes sont mortes de la maladie depuis septembre, dont un enfant de "
        "neuf ans.\n\n"
        "L'épidémiologiste Nadia Hoarau, qui suit l'épidémie pour l'Observatoire tropical des "
        "maladies infectieuses, a résumé la situation d'une phrase\u00a0: «\u00a0Nous sommes au "
        "niveau de 2019, l'année la plus grave qu'ait connue l'île.\u00a0»\n\n"
        "Les opérations de démoustication ont été renforcées dans l'ouest de l'île, à Saint-Paul "
        "et au Port. La spécialiste rappelle que les personnes qui ont de la fièvre doivent "
        "consulter sans attendre et éviter l'aspirine.",
        [
            (
                I,
                [
                    "trois personnes sont mortes de la maladie depuis septembre, dont un enfant de "
                    "neuf ans"
                ],
                "agence régionale de santé de La Réunion",
            ),
            (
                D,
                ["Nous sommes au niveau de 2019, l'année la plus grave qu'ait connue l'île."],
                "Nadia Hoarau",
            ),
            (
                I,
                [
                    "les personnes qui ont de la fièvre doivent consulter sans attendre et éviter "
                    "l'aspirine"
                ],
                "Nadia Hoarau",
            ),
        ],
    ),
    (  # 13 food poisoning in a nursing home: unnamed relative "raconte le fils d'une
        # résidente", the operating group's partial after "a assuré dans un communiqué"
        # (generic noun "groupe" dropped), direct + inverted "a déclaré jeudi la ministre des
        # Solidarités, Name"
        "Une enquête administrative a été ouverte après la mort de deux résidents de l'Ehpad Les "
        "Tilleuls, à Rochebrune-sur-Allier, victimes d'une intoxication alimentaire la semaine "
        "dernière. Quatorze autres pensionnaires ont été hospitalisés.\n\n"
        "«\u00a0Ma mère a été transférée aux urgences à deux heures du matin, et on ne m'a "
        "prévenu qu'à midi\u00a0», raconte le fils d'une résidente, qui a porté plainte contre "
        "X.\n\n"
        "Le groupe Silveria, qui gère l'établissement, a assuré dans un communiqué "
        "«\u00a0collaborer pleinement avec les autorités\u00a0». «\u00a0Toute la lumière sera "
        "faite sur ce drame, et les responsabilités seront établies\u00a0», a déclaré jeudi la "
        "ministre des Solidarités, Agnès Merville-Dufour, en visite dans le département.",
        [
            (
                D,
                [
                    "Ma mère a été transférée aux urgences à deux heures du matin, et on ne m'a "
                    "prévenu qu'à midi"
                ],
                "fils d'une résidente",
            ),
            (P, ["collaborer pleinement avec les autorités"], "Silveria"),
            (
                D,
                [
                    "Toute la lumière sera faite sur ce drame, et les responsabilités seront "
                    "établies"
                ],
                "Agnès Merville-Dufour",
            ),
        ],
    ),
    (  # 14 myeloma drug withheld from France: "a renoncé à commercialiser" (not speech), the
        # company's direct + "indique l'entreprise" (generic noun for the laboratory),
        # verbless "Une décision « … » pour l'association …" (partial), "des études selon
        # lesquelles" (not a source), direct + "a-t-il accusé" by "Son porte-parole, Name"
        "Le laboratoire américain Corvane Therapeutics a renoncé à commercialiser en France son "
        "nouveau traitement contre le myélome multiple, le Zelvora, faute d'accord avec les "
        "autorités sur son prix.\n\n"
        "«\u00a0Le prix proposé par les autorités françaises ne reflète ni la valeur de cette "
        "innovation ni les investissements consentis pour la développer\u00a0», indique "
        "l'entreprise dans un communiqué publié mardi.\n\n"
        "Une décision «\u00a0scandaleuse\u00a0» pour l'association de patients Myélome Espoir. "
        "Son porte-parole, Bernard Quéméner, cite des études selon lesquelles le médicament "
        "allongerait de deux ans la survie de certains malades. «\u00a0On laisse des patients "
        "mourir pour une question de marge\u00a0», a-t-il accusé.\n\n"
        "Le ministère de la Santé n'a pas souhaité réagir.",
        [
            (
                D,
                [
                    "Le prix proposé par les autorités françaises ne reflète ni la valeur de "
                    "cette innovation ni les investissements consentis pour la développer"
                ],
                "Corvane Therapeutics",
            ),
            (P, ["scandaleuse"], "Myélome Espoir"),
            (
                D,
                ["On laisse des patients mourir pour une question de marge"],
                "Bernard Quéméner",
            ),
        ],
    ),
    (  # 15 measles in primary schools: a quote split by "insiste le docteur Name," set off by
        # commas and continued over a second sentence (two spans, final period kept), "Le
        # médecin de santé publique estime que" (epithet), then a two-sentence quotation whose
        # speaker is only named in the next sentence ("Venue avec ses deux fils, Name, …")
        "Un foyer de rougeole touche depuis début novembre trois écoles primaires de Lorvignac, "
        "où 23 enfants ont été contaminés. Deux d'entre eux ont dû être hospitalisés.\n\n"
        "L'agence régionale de santé a ouvert un centre de vaccination éphémère au gymnase "
        "municipal, où les familles peuvent faire vacciner gratuitement leurs enfants, sans "
        "rendez-vous.\n\n"
        "«\u00a0La rougeole, insiste le docteur Élise Garandeau, n'est pas une maladie bénigne. "
        "Une personne sur mille en meurt, même dans les pays riches.\u00a0» Le médecin de santé "
        "publique estime que la couverture vaccinale des enfants de la commune ne dépasse pas "
        "80\u00a0%, loin des 95\u00a0% nécessaires pour stopper la circulation du virus.\n\n"
        "«\u00a0Je n'avais pas fait le rappel, j'avais oublié, tout simplement. Quand j'ai vu le "
        "message de l'école, j'ai pris peur.\u00a0» Venue avec ses deux fils, Sandrine, 38 ans, "
        "fait partie des 140 parents qui se sont présentés au gymnase mercredi.",
        [
            (
                D,
                [
                    "La rougeole",
                    "n'est pas une maladie bénigne. Une personne sur mille en meurt, même dans les "
                    "pays riches.",
                ],
                "Élise Garandeau",
            ),
            (
                I,
                [
                    "la couverture vaccinale des enfants de la commune ne dépasse pas 80\u00a0%, "
                    "loin des 95\u00a0% nécessaires pour stopper la circulation du virus"
                ],
                "Élise Garandeau",
            ),
            (
                D,
                [
                    "Je n'avais pas fait le rappel, j'avais oublié, tout simplement. Quand j'ai vu "
                    "le message de l'école, j'ai pris peur."
                ],
                "Sandrine",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 resident doctors' strike: partial at the end of the reported speech of "Dr Name,
        # told reporters that" (only the partial, title without a period dropped), the health
        # secretary's partial "said the strike was "…"" then a direct + "he said"
        "Resident doctors in England will walk out for five days from 7am on Monday, after talks "
        "between the Union of Hospital Doctors and the Department of Health broke down on "
        "Thursday night.\n\n"
        "The chair of the union's resident doctors committee, Dr Hannah Okonjo, told reporters "
        "that the government's offer of 4% \"would not even cover the rise in rent most of our "
        'members have faced this year".\n\n'
        'Health Secretary Martin Ellery said the strike was "unnecessary and unjustified". '
        '"Every walkout costs the health service hundreds of millions of pounds and forces '
        'thousands of patients to wait even longer," he said.\n\n'
        "Hospitals have been told to prioritise emergency care, cancer treatment and maternity "
        "services during the strike.",
        [
            (
                P,
                ["would not even cover the rise in rent most of our members have faced this year"],
                "Hannah Okonjo",
            ),
            (P, ["unnecessary and unjustified"], "Martin Ellery"),
            (
                D,
                [
                    "Every walkout costs the health service hundreds of millions of pounds and "
                    "forces thousands of patients to wait even longer"
                ],
                "Martin Ellery",
            ),
        ],
    ),
    (  # 2 ADHD medication shortage: the company "said in a statement that … and that …"
        # (one indirect span), its partial "The company "…", the statement added", a
        # pharmacist's two-sentence direct + "said Name, a pharmacist in …" (named after)
        "Patients with attention deficit hyperactivity disorder in British Columbia are "
        "struggling to fill prescriptions after the province's main supplier of extended-release "
        "methylphenidate halted shipments.\n\n"
        "Halbrook Pharmaceuticals said in a statement that a manufacturing problem at its plant "
        "in Dayton had cut output by half and that normal supplies were not expected before "
        'March. The company "sincerely regrets the disruption to patients and their families", '
        "the statement added.\n\n"
        "\"I've had mothers crying at the counter. Some kids have been without their medication "
        'for three weeks," said Priya Raman, a pharmacist in Kelowna. She now phones other '
        "pharmacies every morning to track down the few boxes left.",
        [
            (
                I,
                [
                    "a manufacturing problem at its plant in Dayton had cut output by half and "
                    "that normal supplies were not expected before March"
                ],
                "Halbrook Pharmaceuticals",
            ),
            (
                P,
                ["sincerely regrets the disruption to patients and their families"],
                "Halbrook Pharmaceuticals",
            ),
            (
                D,
                [
                    "I've had mothers crying at the counter. Some kids have been without their "
                    "medication for three weeks"
                ],
                "Priya Raman",
            ),
        ],
    ),
    (  # 3 measles outbreak: "Officials said" (unnamed plural), direct + "said Dr. Name, the
        # county's chief epidemiologist", an unnamed "One mother … said she had … and "…""
        # (only the partial)
        "Health officials in Pell County have confirmed 37 cases of measles since October, the "
        "largest outbreak in the state in more than two decades. Officials said 33 of the "
        "patients were unvaccinated children.\n\n"
        '"We are seeing exactly what we feared would happen when vaccination rates dropped below '
        "90%,\" said Dr. Ruth Castellano, the county's chief epidemiologist. Free vaccination "
        "clinics will run at four elementary schools this weekend.\n\n"
        "One mother waiting outside Lincoln Elementary with her two daughters said she had "
        'delayed their shots during the pandemic and "never got around to it".',
        [
            (I, ["33 of the patients were unvaccinated children"], "officials"),
            (
                D,
                [
                    "We are seeing exactly what we feared would happen when vaccination rates "
                    "dropped below 90%"
                ],
                "Ruth Castellano",
            ),
            (P, ["never got around to it"], "mother"),
        ],
    ),
    (  # 4 nurses' strike: a quote split by "said Name, a cardiac nurse and president of …,"
        # set off by commas (one quote, two spans, final period kept), "A spokesman for X said
        # the hospital had … and that …" (the spokesman speaks for the hospital), unnamed "a
        # nurse on the picket line" after a two-sentence quote
        "More than 2,000 nurses at St. Adelind Medical Center in Ridgeport walked off the job on "
        "Tuesday, the first strike in the hospital's 112-year history.\n\n"
        '"We love our patients," said Carla Mendes, a cardiac nurse and president of the '
        'Ridgeport Nurses Union, "but we cannot keep caring for eight of them at a time on a '
        'night shift."\n\n'
        "A spokesman for St. Adelind said the hospital had hired 600 replacement nurses through "
        "an agency and that all departments remained open. The hospital has offered raises of "
        "14% over three years; the union is seeking 22%.\n\n"
        '"Nobody here wanted to strike. We were pushed into it," said a nurse on the picket '
        "line, who asked not to be named because she feared retaliation.",
        [
            (
                D,
                [
                    "We love our patients",
                    "but we cannot keep caring for eight of them at a time on a night shift.",
                ],
                "Carla Mendes",
            ),
            (
                I,
                [
                    "the hospital had hired 600 replacement nurses through an agency and that all "
                    "departments remained open"
                ],
                "St. Adelind Medical Center",
            ),
            (D, ["Nobody here wanted to strike. We were pushed into it"], "nurse"),
        ],
    ),
    (  # 5 hospital merger: no quote at all; "requested a meeting", "announced a public
        # consultation" (speech verbs with noun objects only)
        "Two hospitals in the north of Harlbury will merge next April under plans approved by "
        "the regional health board on Wednesday. Mercy General in Aldridge and Holloway "
        "Community Hospital will become a single trust with 1,100 beds and about 6,500 "
        "staff.\n\n"
        "The board also approved a £40 million upgrade of the emergency department at Mercy "
        "General, due to be completed in 2029.\n\n"
        "Staff representatives requested a meeting with the new trust's management, and the "
        "board announced a public consultation on the future of the maternity unit at Holloway, "
        "which delivered 1,240 babies last year.",
        [],
    ),
    (  # 6 surgery waiting lists: "Health Minister Name announced on Monday that"
        # (indirect), a quote continued over two paragraphs (one span each, first one's period
        # kept) + "the minister said" (role referring back), opposition partial inside the
        # reported speech of "said the announcement was" (only the partial)
        "More than 14,000 patients in the Kellerton region have waited over a year for planned "
        "surgery, the highest figure since records began.\n\n"
        "Health Minister Joanna Pike announced on Monday that two operating theatres at "
        'Kellerton General would open at weekends from January. "We are going to run these '
        "theatres seven days a week until that list comes down. Not next year, not after the "
        "election: now.\n\n"
        '"I have told the chief executive of every hospital in the region that I will be '
        'checking the numbers every single week," the minister said at a news conference.\n\n'
        'Opposition health spokesman Derek Lowe said the announcement was "too little, too '
        'late" for patients who had been in pain for months.',
        [
            (
                I,
                ["two operating theatres at Kellerton General would open at weekends from January"],
                "Joanna Pike",
            ),
            (
                D,
                [
                    "We are going to run these theatres seven days a week until that list comes "
                    "down. Not next year, not after the election: now.",
                    "I have told the chief executive of every hospital in the region that I will "
                    "be checking the numbers every single week",
                ],
                "Joanna Pike",
            ),
            (P, ["too little, too late"], "Derek Lowe"),
        ],
    ),
    (  # 7 drug lawsuits settled: "…, the company said on Friday" (the part before), "did not
        # admit wrongdoing" (noun object), the company's direct + "the company said in a
        # statement", the alliance's partial "called the settlement "…"", a direct + "said the
        # group's director, Name" (named after the quote)
        "Calloway Biologics has agreed to pay $310 million to settle about 4,200 lawsuits over "
        "its diabetes drug Glucarin, the company said on Friday. The suits were filed in federal "
        "court in Illinois by patients who developed severe kidney damage while taking the "
        "drug.\n\n"
        'Calloway did not admit wrongdoing. "We continue to believe that Glucarin is safe and '
        'effective when used as directed," the company said in a statement.\n\n'
        'The Kidney Patients Alliance called the settlement "a first step". "Money does not '
        "give anyone their kidneys back,\" said the group's director, Lorraine Achebe.",
        [
            (
                I,
                [
                    "Calloway Biologics has agreed to pay $310 million to settle about 4,200 "
                    "lawsuits over its diabetes drug Glucarin"
                ],
                "Calloway Biologics",
            ),
            (
                D,
                [
                    "We continue to believe that Glucarin is safe and effective when used as directed"
                ],
                "Calloway Biologics",
            ),
            (P, ["a first step"], "Kidney Patients Alliance"),
            (D, ["Money does not give anyone their kidneys back"], "Lorraine Achebe"),
        ],
    ),
    (  # 8 cholera outbreak: "…, according to the X Department." (the part before), "Dr. Name,
        # told reporters in Lindari that" (indirect), two-sentence direct + "he said"
        "A cholera outbreak in the northern province of Kasanga has killed at least 86 people "
        "since early November, according to the Kasanga Provincial Health Department. More than "
        "2,300 suspected cases have been recorded, most of them in camps for people displaced by "
        "flooding.\n\n"
        "The provincial health director, Dr. Joseph Mwale, told reporters in Lindari that an "
        'oral vaccination campaign targeting 400,000 people would begin next week. "The vaccine '
        "doses arrived on Sunday. What we need now is clean water, because vaccines alone will "
        'not stop this," he said.',
        [
            (
                I,
                [
                    "A cholera outbreak in the northern province of Kasanga has killed at least 86 "
                    "people since early November"
                ],
                "Kasanga Provincial Health Department",
            ),
            (
                I,
                ["an oral vaccination campaign targeting 400,000 people would begin next week"],
                "Joseph Mwale",
            ),
            (
                D,
                [
                    "The vaccine doses arrived on Sunday. What we need now is clean water, because "
                    "vaccines alone will not stop this"
                ],
                "Joseph Mwale",
            ),
        ],
    ),
    (  # 9 conjoined twins separated: two-sentence direct + "said Dr. Name, the paediatric
        # surgeon who …" (named after the quote), "The surgeon said" (epithet referring back),
        # the father's partial after "thanked the team"
        "Surgeons at Rosslyn Children's Hospital have separated twin girls joined at the chest "
        "and abdomen, in a 19-hour operation involving a team of 34 doctors, nurses and "
        "technicians.\n\n"
        "The twins, Amara and Zuri, were born at the hospital in March. Both are in a stable "
        "condition in intensive care.\n\n"
        "\"There were moments, around the fourteenth hour, when I wasn't sure we would get both "
        'of them through. Then their heart rates settled, and we kept going," said Dr. Felipe '
        "Arroyo, the paediatric surgeon who led the operation.\n\n"
        "The surgeon said the girls could go home within two months if their recovery continued "
        'as expected. Their father, Daniel Osei, thanked the team "for giving us two daughters '
        'instead of one impossible choice".',
        [
            (
                D,
                [
                    "There were moments, around the fourteenth hour, when I wasn't sure we would "
                    "get both of them through. Then their heart rates settled, and we kept going"
                ],
                "Felipe Arroyo",
            ),
            (
                I,
                [
                    "the girls could go home within two months if their recovery continued as "
                    "expected"
                ],
                "Felipe Arroyo",
            ),
            (
                P,
                ["for giving us two daughters instead of one impossible choice"],
                "Daniel Osei",
            ),
        ],
    ),
    (  # 10 death in a psychiatric unit: "has called for a public inquiry" (noun object), an
        # unnamed "His mother spoke …: "…"" (colon, final period kept), the trust "said it …
        # and had …" (one indirect span), partial inside the reported speech of "Its chief
        # executive, Name, said she was" (only the partial)
        "The family of a 24-year-old man who died in a psychiatric unit in Halbridge last year "
        "has called for a public inquiry, after an inquest into his death concluded on "
        "Tuesday.\n\n"
        'His mother spoke outside the court: "My son asked for help three times that week. '
        'Three times. Nobody listened to him, and nobody has ever apologised to us."\n\n'
        "The Halbridge Mental Health Trust said it accepted the coroner's findings in full and "
        "had introduced hourly checks for all patients considered at risk. Its chief executive, "
        'Amanda Forsyth, said she was "deeply sorry" for the failings in his care.',
        [
            (
                D,
                [
                    "My son asked for help three times that week. Three times. Nobody listened to "
                    "him, and nobody has ever apologised to us."
                ],
                "mother",
            ),
            (
                I,
                [
                    "it accepted the coroner's findings in full and had introduced hourly checks "
                    "for all patients considered at risk"
                ],
                "Halbridge Mental Health Trust",
            ),
            (P, ["deeply sorry"], "Amanda Forsyth"),
        ],
    ),
    (  # 11 pharmacists vaccinating children, curly quotes: direct + "said the state's chief
        # health officer, Dr. Name" then an unattributed second quotation opening a new
        # sentence (a second direct quote, same speaker), "welcomed the decision" (noun
        # object), "Its president, Name, said" (indirect)
        "Pharmacists in the state of Ashcombe will be able to vaccinate children aged two and "
        "over against flu from next week, under an emergency measure approved by the state "
        "health department on Thursday.\n\n"
        "Uptake among young children has fallen to 38%, down from 55% five years ago. “We have "
        "vaccine sitting in fridges and a flu season that started a month early,” said the "
        "state's chief health officer, Dr. Mei-Lin Choo. “Every door we can open, we should "
        "open.”\n\n"
        "The Pharmacy Guild of Ashcombe welcomed the decision. Its president, Tom Varga, said "
        "pharmacies had the capacity to give an extra 50,000 doses a week.",
        [
            (
                D,
                ["We have vaccine sitting in fridges and a flu season that started a month early"],
                "Mei-Lin Choo",
            ),
            (D, ["Every door we can open, we should open."], "Mei-Lin Choo"),
            (
                I,
                ["pharmacies had the capacity to give an extra 50,000 doses a week"],
                "Tom Varga",
            ),
        ],
    ),
    (  # 12 ambulance handover delays: "…, according to the X Service." (the part before), an
        # unnamed paramedic's two-sentence direct + "a paramedic told the Merrow Echo",
        # "Hospital officials blamed a shortage" (noun object) then "saying …" (indirect,
        # unnamed plural)
        "Ambulance crews in the Greater Merrow area spent a combined 9,000 hours waiting outside "
        "emergency departments in October, unable to hand over their patients, according to the "
        "Merrow Ambulance Service.\n\n"
        "\"Last Tuesday I sat outside St. Wilfrid's for seven hours with a woman in her nineties "
        'on a trolley. Meanwhile, the calls were stacking up," a paramedic told the Merrow '
        "Echo.\n\n"
        "Hospital officials blamed a shortage of beds on the wards, saying more than 200 "
        "patients who were medically fit to leave could not be discharged because there were no "
        "places for them in care homes.",
        [
            (
                I,
                [
                    "Ambulance crews in the Greater Merrow area spent a combined 9,000 hours "
                    "waiting outside emergency departments in October, unable to hand over their "
                    "patients"
                ],
                "Merrow Ambulance Service",
            ),
            (
                D,
                [
                    "Last Tuesday I sat outside St. Wilfrid's for seven hours with a woman in her "
                    "nineties on a trolley. Meanwhile, the calls were stacking up"
                ],
                "paramedic",
            ),
            (
                I,
                [
                    "more than 200 patients who were medically fit to leave could not be "
                    "discharged because there were no places for them in care homes"
                ],
                "hospital officials",
            ),
        ],
    ),
    (  # 13 village GP practice closing: two-sentence direct + "the GP said" (epithet for
        # "Dr. Name"), the health board's partial inside "said it was "…" options" (only the
        # partial), a pensioner's two questions (final mark kept) + "she asked"
        "The only GP practice in Kilbraddan will close at the end of January, leaving 3,800 "
        "patients to register with surgeries up to 25 miles away.\n\n"
        "Dr. Alan Fraser has run the practice for 31 years and spent the last three trying to "
        'find someone to take it over. "I advertised in every journal. I had two replies, and '
        'neither of them turned up for the interview," the GP said.\n\n'
        'The Lochan Valley Health Board said it was "actively exploring" options, including a '
        "practice run by the board itself with salaried doctors.\n\n"
        'At the village pharmacy, Margaret Dunne, 81, was close to tears. "How am I meant to '
        'get to Ardmore with my hip? On the bus that comes twice a day?" she asked.',
        [
            (
                D,
                [
                    "I advertised in every journal. I had two replies, and neither of them turned "
                    "up for the interview"
                ],
                "Alan Fraser",
            ),
            (P, ["actively exploring"], "Lochan Valley Health Board"),
            (
                D,
                [
                    "How am I meant to get to Ardmore with my hip? On the bus that comes twice a day?"
                ],
                "Margaret Dunne",
            ),
        ],
    ),
    (  # 14 insulin price cut: "…, the company announced on Monday" (the part before, the
        # company named in its own clause), direct + "said Name, Norvell's chief executive",
        # a patients' group's "A," said Name of X. "B." (two direct quotes, same speaker)
        "Norvell Pharma will cut the list price of its most widely used insulin by 65% from "
        "January, the company announced on Monday, weeks after a Senate committee held hearings "
        "on the cost of the drug.\n\n"
        '"Patients should never have to choose between insulin and rent," said Richard Hale, '
        "Norvell's chief executive, on a call with analysts.\n\n"
        '"This is the same molecule that was sold for $21 a vial in 1999," said Kim Alvarez of '
        'the patients\' group Type 1 United. "Nothing about it has changed except the price."',
        [
            (
                I,
                [
                    "Norvell Pharma will cut the list price of its most widely used insulin by 65% "
                    "from January"
                ],
                "Norvell Pharma",
            ),
            (
                D,
                ["Patients should never have to choose between insulin and rent"],
                "Richard Hale",
            ),
            (
                D,
                ["This is the same molecule that was sold for $21 a vial in 1999"],
                "Kim Alvarez",
            ),
            (D, ["Nothing about it has changed except the price."], "Kim Alvarez"),
        ],
    ),
    (  # 15 first human bird flu case: "…, the Ministry of Health said on Saturday" (the part
        # before), a quote split by "Health Minister Name said," set off by commas (one quote,
        # two spans, final period kept), "was not surprised" (not speech), partial inside the
        # reported speech of "The virologist warned that" (epithet, only the partial)
        "A poultry worker in the Dalby region has tested positive for H5N1 bird flu, the first "
        "human case recorded in the country, the Ministry of Health said on Saturday. The man, "
        "who has mild symptoms, is being treated in isolation at Dalby General Hospital.\n\n"
        '"The risk to the public remains low," Health Minister Ingrid Solberg said, "but we are '
        'not taking any chances." About 60 workers and relatives who had been in contact with '
        "the man have been offered antiviral drugs.\n\n"
        "Professor Lars Eklund, a virologist at the University of Norrhaven, was not surprised, "
        "given the scale of outbreaks on farms this autumn. The virologist warned that each "
        'human infection gave the virus "another opportunity to adapt".',
        [
            (
                I,
                [
                    "A poultry worker in the Dalby region has tested positive for H5N1 bird flu, "
                    "the first human case recorded in the country"
                ],
                "Ministry of Health",
            ),
            (
                D,
                ["The risk to the public remains low", "but we are not taking any chances."],
                "Ingrid Solberg",
            ),
            (P, ["another opportunity to adapt"], "Lars Eklund"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout109.jsonl"),
        "heldout109",
        "h109",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
