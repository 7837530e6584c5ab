"""Source of the 122nd held-out set: writes heldout122.jsonl (split "heldout122").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like health, social affairs and housing news: emergency departments and maternity units
closing, GPs retiring without successors, drug shortages, a care home's former director on
trial (in French rendered with dialogue dashes), psychiatric waiting lists, a hospital
cyberattack, benefit repayments and uprating, homelessness and winter evictions, social
housing landlords and tenants' associations, charities, nurses' unions and strikes, a coroner's
inquest, ambulance delays and overseas care workers. Speakers are named doctors, directors,
ministers, mayors and union leaders, people introduced with their age and job, organisations
speaking through unnamed spokespeople, and unnamed patients, nurses and parents; they are
referred back to by pronoun, surname ("Morvan", "Chandrasekar"), role ("la directrice",
"l'élue", "the consultant", "the union leader", "the coroner") or epithet ("le praticien", "la
syndicaliste", "the 58-year-old bus driver"); some statements are sourced with "selon X",
"d'après X" or "according to X", and some speech verbs take only a noun object.
Measured once with 0.3.0, 0.36.0 and 0.37.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout122.py
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
    (  # 1 emergency department closed for the night: two-sentence direct + "a déploré la
        # directrice de l'établissement, Name,", "La directrice a précisé que" (role alone
        # referring back), direct + "a ajouté le docteur Name, chef du service" (title dropped)
        "Les urgences du centre hospitalier de Morlac ont fermé leurs portes dans la nuit de "
        "samedi à dimanche, faute de médecins. Les patients ont été réorientés vers l'hôpital de "
        "Ribérac-le-Haut, à une quarantaine de kilomètres.\n\n"
        "«\u00a0Nous avons appelé tous les intérimaires de la région. Personne n'était "
        "disponible\u00a0», a déploré la directrice de l'établissement, Hélène Garrigou-Massat, "
        "lundi, lors d'une conférence de presse. La directrice a précisé que trois postes "
        "d'urgentiste sur onze étaient vacants depuis l'été.\n\n"
        "«\u00a0On demande à des collègues de 60 ans d'enchaîner des gardes de vingt-quatre "
        "heures. Ça ne peut pas durer\u00a0», a ajouté le docteur Samuel Ouedraogo, chef du "
        "service.\n\n"
        "Une nouvelle fermeture est déjà programmée le week-end du 12 décembre.",
        [
            (
                D,
                [
                    "Nous avons appelé tous les intérimaires de la région. Personne n'était "
                    "disponible"
                ],
                "Hélène Garrigou-Massat",
            ),
            (
                I,
                ["trois postes d'urgentiste sur onze étaient vacants depuis l'été"],
                "Hélène Garrigou-Massat",
            ),
            (
                D,
                [
                    "On demande à des collègues de 60 ans d'enchaîner des gardes de vingt-quatre "
                    "heures. Ça ne peut pas durer"
                ],
                "Samuel Ouedraogo",
            ),
        ],
    ),
    (  # 2 antibiotic shortage: two-sentence direct + "raconte Name, 52 ans, pharmacienne à X"
        # (age and job dropped), partial inside the reported speech of "un porte-parole de
        # l'Autorité … (ANM) a indiqué que" (the spokesman speaks for the body, only the
        # partial), "réclament un plan d'urgence" (noun object, not annotated)
        "Depuis trois semaines, l'amoxicilline en suspension buvable, l'antibiotique le plus "
        "prescrit aux enfants, a presque disparu des rayons des pharmacies du bocage.\n\n"
        "«\u00a0Chaque matin, je dois dire à cinq ou six parents que je n'ai rien pour leur "
        "enfant. Certains repartent en larmes\u00a0», raconte Claire Vasseur, 52 ans, "
        "pharmacienne à Pontcharrel. Elle passe désormais une partie de ses journées au "
        "téléphone avec les grossistes.\n\n"
        "Interrogé, un porte-parole de l'Autorité nationale du médicament (ANM) a indiqué que "
        "les livraisons reprendraient «\u00a0progressivement\u00a0» à partir de la mi-décembre. "
        "Le laboratoire Vernaux Pharma, principal fabricant, a dû arrêter une ligne de "
        "production dans son usine de Saint-Quentin-des-Prés après une inspection.\n\n"
        "Les syndicats de pharmaciens réclament un plan d'urgence.",
        [
            (
                D,
                [
                    "Chaque matin, je dois dire à cinq ou six parents que je n'ai rien pour leur "
                    "enfant. Certains repartent en larmes"
                ],
                "Claire Vasseur",
            ),
            (P, ["progressivement"], "Autorité nationale du médicament"),
        ],
    ),
    (  # 3 care home director on trial, dialogue dashes: a question line attributed by the
        # sentence before it ("la présidente du tribunal, Name, a interrogé la prévenue … :"),
        # a dash line with a comma incise "a répondu l'ancienne directrice," (role, one quote
        # two spans), "a contesté toute responsabilité" and "a plaidé la relaxe" (noun
        # objects), partial inside "estimant que" by "L'avocat de Mme X, Me Name" (title dropped)
        "Le tribunal correctionnel de Valbrune a jugé mardi l'ancienne directrice de l'Ehpad Les "
        "Tilleuls, Nathalie Roussel-Bérard, poursuivie pour homicide involontaire après la mort "
        "d'une résidente de 91 ans, retrouvée déshydratée dans sa chambre en août 2024.\n\n"
        "À la barre, la présidente du tribunal, Sylvie Carmantrand, a interrogé la prévenue sur "
        "les effectifs de nuit\u00a0:\n\n"
        "— Combien d'aides-soignantes étaient présentes cette nuit-là pour 84 résidents\u00a0?\n\n"
        "— Deux, madame la présidente, a répondu l'ancienne directrice, et j'avais alerté le "
        "siège à quatre reprises.\n\n"
        "Le groupe Sérénia, propriétaire de l'établissement, a contesté toute responsabilité. "
        "L'avocat de Mme Roussel-Bérard, Me Julien Ferracci, a plaidé la relaxe, estimant que sa "
        "cliente avait été «\u00a0abandonnée par sa hiérarchie\u00a0».\n\n"
        "Le procureur a requis dix-huit mois d'emprisonnement avec sursis. Le jugement sera rendu "
        "le 14 janvier.",
        [
            (
                D,
                [
                    "Combien d'aides-soignantes étaient présentes cette nuit-là pour 84 résidents\u00a0?"
                ],
                "Sylvie Carmantrand",
            ),
            (
                D,
                ["Deux, madame la présidente", "et j'avais alerté le siège à quatre reprises."],
                "Nathalie Roussel-Bérard",
            ),
            (P, ["abandonnée par sa hiérarchie"], "Julien Ferracci"),
        ],
    ),
    (  # 4 broken boiler in a social housing block: two-sentence direct + "s'indigne Name,
        # présidente de l'amicale des locataires", "promet un geste sur les charges" (noun
        # object), a quote split by "a reconnu son directeur général, Name," (one quote, two
        # spans, final period kept; "son" = the landlord)
        "Depuis le 15 novembre, les 320 logements de la résidence des Glycines, à "
        "Saint-Brévin-la-Forêt, sont privés de chauffage. La chaudière collective, vieille de "
        "trente ans, est tombée en panne et la pièce de rechange n'est pas attendue avant la fin "
        "du mois.\n\n"
        "«\u00a0On vit en manteau dans notre salon. Ma voisine du dessus a 87 ans, elle dort avec "
        "trois couettes\u00a0», s'indigne Fatou Diallo, présidente de l'amicale des "
        "locataires.\n\n"
        "Le bailleur social, l'office public Estuaire Habitat, a distribué 180 radiateurs "
        "d'appoint et promet un geste sur les charges. «\u00a0Nous comprenons l'exaspération des "
        "locataires\u00a0», a reconnu son directeur général, Philippe Marchetti, «\u00a0mais nous "
        "dépendons d'un fournisseur allemand qui a lui-même des retards.\u00a0»",
        [
            (
                D,
                [
                    "On vit en manteau dans notre salon. Ma voisine du dessus a 87 ans, elle dort "
                    "avec trois couettes"
                ],
                "Fatou Diallo",
            ),
            (
                D,
                [
                    "Nous comprenons l'exaspération des locataires",
                    "mais nous dépendons d'un fournisseur allemand qui a lui-même des retards.",
                ],
                "Philippe Marchetti",
            ),
        ],
    ),
    (  # 5 homeless man found dead: "…, selon l'association Name." (the part before, generic
        # noun dropped), "a annoncé l'ouverture" (noun object), partial in a verbless sentence
        # + "juge Name, coordinatrice de l'association", two-sentence direct + "témoigne
        # Karim, 45 ans, ancien cuisinier," (first name only, age and job dropped)
        "Un homme d'une cinquantaine d'années a été retrouvé mort dimanche matin sous un porche "
        "de la rue des Tanneurs, à Valbrune. Il s'agit du onzième décès d'une personne sans "
        "domicile dans le département depuis janvier, selon l'association Les Veilleurs de "
        "rue.\n\n"
        "La préfecture a annoncé l'ouverture d'un gymnase de 60 places pour la durée de la vague "
        "de froid. Un dispositif «\u00a0très insuffisant\u00a0», juge Bernadette Quéré, "
        "coordinatrice de l'association.\n\n"
        "«\u00a0Le 115 ne décroche plus. Quand il décroche, c'est pour dire qu'il n'y a pas de "
        "place\u00a0», témoigne Karim, 45 ans, ancien cuisinier, qui dort depuis l'été dans une "
        "tente au bord du canal.",
        [
            (
                I,
                [
                    "Il s'agit du onzième décès d'une personne sans domicile dans le département "
                    "depuis janvier"
                ],
                "Les Veilleurs de rue",
            ),
            (P, ["très insuffisant"], "Bernadette Quéré"),
            (
                D,
                [
                    "Le 115 ne décroche plus. Quand il décroche, c'est pour dire qu'il n'y a pas "
                    "de place"
                ],
                "Karim",
            ),
        ],
    ),
    (  # 6 last GP of a village retires, « » without inner spaces: a quote continued over two
        # paragraphs (one span each, first one's period kept) + "explique le praticien"
        # (epithet for "Le docteur Name, 68 ans,"), "Selon lui," (pronoun for "Le maire, Name";
        # rest of the sentence), a question quote after a colon by "une patiente de 79 ans"
        "Le docteur Bernard Lachaume, 68 ans, dernier médecin généraliste de Vaulnay-sur-Creuse, "
        "fermera son cabinet le 31 décembre. Faute de successeur, ses 1\u00a0900 patients "
        "devront trouver un médecin traitant ailleurs.\n\n"
        "«J'ai passé deux ans à chercher quelqu'un. J'ai publié des annonces jusqu'en Belgique "
        "et en Roumanie.\n\n"
        "«Personne n'est venu, même avec un cabinet offert et un logement gratuit», explique le "
        "praticien, installé dans la commune depuis 1987.\n\n"
        "Le maire, Gilles Pacaud, se veut rassurant. Selon lui, la commune est en discussion "
        "avec deux jeunes médecins qui pourraient s'installer dans la future maison de santé, "
        "dont l'ouverture est prévue en 2027.\n\n"
        "Dans la salle d'attente, une patiente de 79 ans s'inquiète\u00a0: «Je n'ai pas de "
        "voiture. Qui va renouveler mes ordonnances\u00a0?»",
        [
            (
                D,
                [
                    "J'ai passé deux ans à chercher quelqu'un. J'ai publié des annonces jusqu'en "
                    "Belgique et en Roumanie.",
                    "Personne n'est venu, même avec un cabinet offert et un logement gratuit",
                ],
                "Bernard Lachaume",
            ),
            (
                I,
                [
                    "la commune est en discussion avec deux jeunes médecins qui pourraient "
                    "s'installer dans la future maison de santé, dont l'ouverture est prévue en "
                    "2027"
                ],
                "Gilles Pacaud",
            ),
            (
                D,
                ["Je n'ai pas de voiture. Qui va renouveler mes ordonnances\u00a0?"],
                "patiente",
            ),
        ],
    ),
    (  # 7 no quote: benefits uprated by decree, "avaient réclamé une hausse" and "ont
        # demandé une audience" (noun objects, not annotated)
        "Le revenu de solidarité active (RSA), les allocations familiales et l'allocation aux "
        "adultes handicapés seront revalorisés de 1,7\u00a0% au 1er avril 2027. Le décret a été "
        "publié mercredi au Journal officiel.\n\n"
        "Pour une personne seule sans enfant, le montant forfaitaire du RSA passera ainsi de 646 "
        "à 657 euros par mois. Près de 7,2 millions de foyers perçoivent au moins une de ces "
        "prestations.\n\n"
        "Les associations de lutte contre la pauvreté avaient réclamé une hausse d'au moins "
        "4\u00a0%, pour tenir compte de l'envolée des prix de l'alimentation. Plusieurs d'entre "
        "elles ont demandé une audience à la ministre des Solidarités.",
        [],
    ),
    (  # 8 nurses demonstrate: "à l'appel de … pour réclamer des hausses" (noun object), a
        # three-sentence direct + "lance une infirmière de 34 ans, …, qui préfère garder
        # l'anonymat" (unnamed), "a rappelé que" by "La secrétaire générale de la CIU, Name",
        # "La direction du CHU a annoncé … 60 recrutements" (noun object), partial after "La
        # syndicaliste a jugé ces annonces" (epithet)
        "Plusieurs centaines d'infirmières et d'infirmiers ont manifesté jeudi devant le CHU de "
        "Lorvaux, à l'appel de la Coordination infirmière unie (CIU), pour réclamer des hausses "
        "de salaire et la fin des rappels sur les jours de repos.\n\n"
        "«\u00a0On nous rappelle chez nous le dimanche soir pour le lundi matin. On a des "
        "enfants, une vie. On n'en peut plus\u00a0», lance une infirmière de 34 ans, en "
        "réanimation depuis dix ans, qui préfère garder l'anonymat.\n\n"
        "La secrétaire générale de la CIU, Maëlle Guivarc'h, a rappelé que 140 postes "
        "d'infirmiers étaient vacants dans l'établissement, soit près d'un sur dix.\n\n"
        "La direction du CHU a annoncé, dans un communiqué, 60 recrutements et le versement d'une "
        "prime de fidélisation dès janvier. La syndicaliste a jugé ces annonces «\u00a0très en "
        "deçà des besoins\u00a0».",
        [
            (
                D,
                [
                    "On nous rappelle chez nous le dimanche soir pour le lundi matin. On a des "
                    "enfants, une vie. On n'en peut plus"
                ],
                "infirmière",
            ),
            (
                I,
                [
                    "140 postes d'infirmiers étaient vacants dans l'établissement, soit près d'un "
                    "sur dix"
                ],
                "Maëlle Guivarc'h",
            ),
            (P, ["très en deçà des besoins"], "Maëlle Guivarc'h"),
        ],
    ),
    (  # 9 child psychiatry waiting times: "…, d'après l'Observatoire Name, qui …" (the part
        # before), direct + "alerte sa présidente, la psychiatre Name", "plaide pour la
        # création" (noun object), a direct with a colon inside + "dit-il" (pronoun for
        # "Name, 47 ans, chauffeur routier à X")
        "Il faut attendre en moyenne quatorze mois pour obtenir un premier rendez-vous dans un "
        "centre médico-psychologique pour enfants dans le sud de la région, d'après "
        "l'Observatoire régional de santé mentale, qui publie mardi son rapport annuel.\n\n"
        "«\u00a0Derrière ces délais, il y a des enfants qui décrochent de l'école, des familles "
        "qui s'épuisent, parfois des tentatives de suicide\u00a0», alerte sa présidente, la "
        "psychiatre Isabelle Ferrand-Duclos. Le docteur Ferrand-Duclos plaide pour la création de "
        "200 postes de pédopsychiatres en cinq ans.\n\n"
        "Thierry Maze, 47 ans, chauffeur routier à Plouvenec, attend depuis l'an dernier une "
        "place pour son fils de 11 ans. «\u00a0On nous a dit\u00a0: revenez en septembre. Puis en "
        "janvier. Mon fils, lui, n'attend pas\u00a0», dit-il.\n\n"
        "Le ministère de la Santé n'a pas donné suite à nos sollicitations.",
        [
            (
                I,
                [
                    "Il faut attendre en moyenne quatorze mois pour obtenir un premier rendez-vous "
                    "dans un centre médico-psychologique pour enfants dans le sud de la région"
                ],
                "Observatoire régional de santé mentale",
            ),
            (
                D,
                [
                    "Derrière ces délais, il y a des enfants qui décrochent de l'école, des "
                    "familles qui s'épuisent, parfois des tentatives de suicide"
                ],
                "Isabelle Ferrand-Duclos",
            ),
            (
                D,
                [
                    "On nous a dit\u00a0: revenez en septembre. Puis en janvier. Mon fils, lui, "
                    "n'attend pas"
                ],
                "Thierry Maze",
            ),
        ],
    ),
    (  # 10 housing benefit clawed back by mistake: two-sentence direct + "raconte-t-elle"
        # (pronoun for "Name, 38 ans, auxiliaire de vie"), direct + "affirme Me Name, avocat
        # de l'association X," (title dropped), "annonce une action collective" (noun object),
        # "Un porte-parole de la caisse a indiqué que … et que …" (the caisse, one indirect)
        "Plus de 12\u00a0000 allocataires de la Caisse d'allocations familiales du "
        "Val-de-Brenne ont reçu en novembre un courrier leur réclamant le remboursement d'aides "
        "au logement. En cause, une erreur informatique survenue lors d'une mise à jour de "
        "logiciel.\n\n"
        "Sandrine Obadia, 38 ans, auxiliaire de vie et mère de deux enfants, s'est vu réclamer "
        "2\u00a0340 euros. «\u00a0J'ai cru que c'était une arnaque. Puis ils ont commencé à "
        "prélever directement sur mes allocations\u00a0», raconte-t-elle.\n\n"
        "«\u00a0Ces retenues sont illégales tant que l'allocataire n'a pas pu contester\u00a0», "
        "affirme Me Louis Daguerre, avocat de l'association Recours solidaire, qui accompagne "
        "près de 300 familles. L'avocat annonce une action collective devant le tribunal "
        "judiciaire.\n\n"
        "Un porte-parole de la caisse a indiqué que les prélèvements avaient été suspendus "
        "mercredi et que les sommes déjà retenues seraient remboursées avant la fin de "
        "l'année.",
        [
            (
                D,
                [
                    "J'ai cru que c'était une arnaque. Puis ils ont commencé à prélever "
                    "directement sur mes allocations"
                ],
                "Sandrine Obadia",
            ),
            (
                D,
                ["Ces retenues sont illégales tant que l'allocataire n'a pas pu contester"],
                "Louis Daguerre",
            ),
            (
                I,
                [
                    "les prélèvements avaient été suspendus mercredi et que les sommes déjà "
                    "retenues seraient remboursées avant la fin de l'année"
                ],
                "Caisse d'allocations familiales du Val-de-Brenne",
            ),
        ],
    ),
    (  # 11 maternity unit to close: "a justifié sa décision par" (noun object), direct +
        # "s'est emportée la maire, Name", "L'élue a indiqué qu'elle" (epithet), two-sentence
        # direct + "dit-elle" (pronoun for "Sage-femme …, Name"), "une étude selon laquelle"
        # (not a source)
        "La maternité de l'hôpital de Pont-Audrey fermera définitivement ses portes le 1er mars. "
        "L'agence régionale de santé a justifié sa décision par le faible nombre "
        "d'accouchements, 280 l'an dernier, et par l'impossibilité de recruter des "
        "anesthésistes.\n\n"
        "Près de 2\u00a0000 personnes ont défilé samedi dans les rues de la petite ville. "
        "«\u00a0Les femmes de la vallée devront faire une heure de route pour accoucher, l'hiver, "
        "sur des routes verglacées\u00a0», s'est emportée la maire, Odile Carrasco-Favre. L'élue "
        "a indiqué qu'elle déposerait un recours devant le tribunal administratif.\n\n"
        "Sage-femme dans le service depuis vingt-deux ans, Anne-Laure Perrichon ne cache pas son "
        "amertume. «\u00a0On ferme une maternité qui n'a jamais connu d'accident grave. On nous "
        "parle de sécurité, mais la sécurité, c'est la proximité\u00a0», dit-elle.\n\n"
        "Le collectif de défense de la maternité s'appuie sur une étude selon laquelle les "
        "accouchements inopinés sur la route ont doublé dans les départements ayant perdu leur "
        "maternité.",
        [
            (
                D,
                [
                    "Les femmes de la vallée devront faire une heure de route pour accoucher, "
                    "l'hiver, sur des routes verglacées"
                ],
                "Odile Carrasco-Favre",
            ),
            (
                I,
                ["elle déposerait un recours devant le tribunal administratif"],
                "Odile Carrasco-Favre",
            ),
            (
                D,
                [
                    "On ferme une maternité qui n'a jamais connu d'accident grave. On nous parle "
                    "de sécurité, mais la sécurité, c'est la proximité"
                ],
                "Anne-Laure Perrichon",
            ),
        ],
    ),
    (  # 12 health minister on prescription charges: a quote split by "a-t-elle martelé sur
        # le plateau de X," (one quote two spans, final period kept), "La ministre a également
        # annoncé vouloir" (role, infinitive clause), partial after "a qualifié la mesure de"
        # by "Le député Name (Party)", "a chiffré son coût" (not speech)
        "La ministre de la Santé et des Solidarités, Véronique Haddad-Lenoir, a défendu dimanche "
        "le doublement des franchises médicales, qui passeront de 1 à 2 euros par boîte de "
        "médicaments au 1er janvier.\n\n"
        "«\u00a0Il ne s'agit pas de faire payer les malades, a-t-elle martelé sur le plateau de "
        "Canal Cité, mais de responsabiliser chacun face à une dépense qui explose.\u00a0» La "
        "ministre a également annoncé vouloir plafonner le reste à charge à 50 euros par an pour "
        "les patients atteints d'une affection de longue durée.\n\n"
        "Le député Loïc Andrieux (Alternative sociale) a qualifié la mesure de «\u00a0taxe sur la "
        "maladie\u00a0». La Fédération des usagers de la santé a chiffré son coût à 38 euros par "
        "an pour un patient diabétique.\n\n"
        "Le texte sera examiné au Sénat la semaine prochaine.",
        [
            (
                D,
                [
                    "Il ne s'agit pas de faire payer les malades",
                    "mais de responsabiliser chacun face à une dépense qui explose.",
                ],
                "Véronique Haddad-Lenoir",
            ),
            (
                I,
                [
                    "plafonner le reste à charge à 50 euros par an pour les patients atteints "
                    "d'une affection de longue durée"
                ],
                "Véronique Haddad-Lenoir",
            ),
            (P, ["taxe sur la maladie"], "Loïc Andrieux"),
        ],
    ),
    (  # 13 evictions before the winter truce: "Selon l'association Name," (rest of the
        # sentence, generic noun dropped), an unclosed quotation mark ended by "a-t-elle
        # soufflé" (pronoun for "Name, 61 ans, ancienne employée de cantine"), two partials
        # inside the reported speech of "Son avocate, Me Name, rappelle que … et que …"
        "À quelques jours du début de la trêve hivernale, le 1er novembre, les expulsions "
        "locatives se sont multipliées dans l'agglomération de Montreval. Selon l'association "
        "Habiter digne, 146 ménages ont été expulsés avec le concours de la force publique en "
        "octobre, contre 91 un an plus tôt.\n\n"
        "Jocelyne Arnaud, 61 ans, ancienne employée de cantine, a dû quitter le 28 octobre "
        "l'appartement qu'elle louait depuis dix-neuf ans. Elle devait 4\u00a0800 euros de "
        "loyers après la mort de son mari. «\u00a0J'ai tout perdu en une matinée\u00a0: les "
        "meubles, les photos, la chatte, a-t-elle soufflé. Elle dort depuis chez sa fille, sur un "
        "canapé.\n\n"
        "Le propriétaire, un particulier, n'a pas souhaité s'exprimer. Son avocate, Me Claire "
        "Tessier-Bonnal, rappelle que la procédure «\u00a0a duré plus de deux ans\u00a0» et que "
        "Mme Arnaud «\u00a0n'a jamais répondu aux propositions d'échéancier\u00a0».",
        [
            (
                I,
                [
                    "146 ménages ont été expulsés avec le concours de la force publique en "
                    "octobre, contre 91 un an plus tôt"
                ],
                "Habiter digne",
            ),
            (
                D,
                ["J'ai tout perdu en une matinée\u00a0: les meubles, les photos, la chatte"],
                "Jocelyne Arnaud",
            ),
            (P, ["a duré plus de deux ans"], "Claire Tessier-Bonnal"),
            (P, ["n'a jamais répondu aux propositions d'échéancier"], "Claire Tessier-Bonnal"),
        ],
    ),
    (  # 14 hospital cyberattack: two-sentence direct + "a expliqué le directeur général,
        # Name,", "Le directeur a précisé que" (role alone), "Pour le docteur Name, cheffe du
        # bloc opératoire, « … »." (direct, title dropped), an investigation opened (not speech)
        "Le centre hospitalier de Brévannes-sur-Loire fonctionne depuis lundi en mode dégradé, "
        "après une cyberattaque qui a paralysé l'ensemble de son système informatique. Les "
        "opérations non urgentes ont été reportées.\n\n"
        "«\u00a0Nous sommes revenus au papier et au crayon. Les soins sont assurés, mais tout "
        "prend trois fois plus de temps\u00a0», a expliqué le directeur général, Marc-Henri "
        "Delattre, lors d'un point presse mardi. Le directeur a précisé que les pirates "
        "réclamaient une rançon, que l'hôpital ne paiera pas.\n\n"
        "Pour le docteur Elsa Mandel, cheffe du bloc opératoire, «\u00a0le plus dur, c'est de ne "
        "plus avoir accès aux dossiers des patients\u00a0».\n\n"
        "Une enquête a été ouverte par le parquet de Paris.",
        [
            (
                D,
                [
                    "Nous sommes revenus au papier et au crayon. Les soins sont assurés, mais tout "
                    "prend trois fois plus de temps"
                ],
                "Marc-Henri Delattre",
            ),
            (
                I,
                ["les pirates réclamaient une rançon, que l'hôpital ne paiera pas"],
                "Marc-Henri Delattre",
            ),
            (
                D,
                ["le plus dur, c'est de ne plus avoir accès aux dossiers des patients"],
                "Elsa Mandel",
            ),
        ],
    ),
    (  # 15 parents shelter homeless families in a school: direct + "explique Name, 42 ans,
        # infirmier et père d'une élève", "Morvan dit avoir écrit" (surname alone, infinitive
        # clause), "a salué l'engagement" (noun object) then a two-sentence direct + "a
        # insisté l'élue" (epithet), direct + "dit-elle" (pronoun for unnamed "une mère")
        "Depuis dix jours, une trentaine de parents d'élèves se relaient chaque nuit dans l'école "
        "élémentaire des Capucins, à Castelnoir, pour héberger quatre familles sans logement, "
        "dont neuf enfants scolarisés dans l'établissement.\n\n"
        "«\u00a0On ne pouvait pas laisser des enfants de CP dormir dans une voiture, alors on a "
        "ouvert le gymnase\u00a0», explique Yannick Morvan, 42 ans, infirmier et père d'une élève "
        "de CE2. Morvan dit avoir écrit quinze fois à la préfecture depuis la rentrée.\n\n"
        "L'adjointe au maire chargée des solidarités, Samia Bouzid, a salué l'engagement des "
        "parents. «\u00a0L'hébergement d'urgence est une compétence de l'État. Nous, nous avons "
        "déjà ouvert tout ce que nous pouvions\u00a0», a insisté l'élue.\n\n"
        "Dans la cour, une mère arrivée de Guinée il y a deux ans serre son fils contre elle. "
        "«\u00a0Ici, au moins, il fait chaud\u00a0», dit-elle simplement.",
        [
            (
                D,
                [
                    "On ne pouvait pas laisser des enfants de CP dormir dans une voiture, alors on "
                    "a ouvert le gymnase"
                ],
                "Yannick Morvan",
            ),
            (
                I,
                ["avoir écrit quinze fois à la préfecture depuis la rentrée"],
                "Yannick Morvan",
            ),
            (
                D,
                [
                    "L'hébergement d'urgence est une compétence de l'État. Nous, nous avons déjà "
                    "ouvert tout ce que nous pouvions"
                ],
                "Samia Bouzid",
            ),
            (D, ["Ici, au moins, il fait chaud"], "mère"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 A&E waits: partial inside the reported speech of "Dr Name, an emergency medicine
        # consultant …, said" (only the partial, title dropped), "The consultant, who …, said
        # she had" (role alone), two-sentence direct + "she said", "A spokesperson for Name,
        # which runs the hospital, said it was" (the trust), "apologised to patients" (noun
        # object)
        "Patients at Castlebridge General Hospital waited an average of 14 hours for a bed in "
        "A&E last month, the longest waits recorded at the hospital since records began.\n\n"
        "Dr Aisha Mensah, an emergency medicine consultant at the hospital, said staff were "
        '"treating people in corridors every single day". The consultant, who has worked at '
        "Castlebridge for 12 years, said she had never seen the department under such "
        "pressure.\n\n"
        '"We have patients on trolleys for two days. We have elderly people who cannot go home '
        'because there is no care package for them," she said.\n\n'
        "A spokesperson for Northvale Hospitals NHS Trust, which runs the hospital, said it was "
        "opening 40 additional beds before Christmas and apologised to patients who had faced "
        "long waits.",
        [
            (P, ["treating people in corridors every single day"], "Aisha Mensah"),
            (
                I,
                ["she had never seen the department under such pressure"],
                "Aisha Mensah",
            ),
            (
                D,
                [
                    "We have patients on trolleys for two days. We have elderly people who cannot "
                    "go home because there is no care package for them"
                ],
                "Aisha Mensah",
            ),
            (
                I,
                ["it was opening 40 additional beds before Christmas"],
                "Northvale Hospitals NHS Trust",
            ),
        ],
    ),
    (  # 2 rural GP surgery to close, curly quotes: a quote split by "said Dr Name, 64, one of
        # the retiring partners," (one quote two spans, final period kept), a question-mark
        # direct + "she said" (pronoun for "Name, 81, a retired school secretary"), partial
        # inside "The Association … said the closure was"
        "A GP surgery that serves 9,000 patients in the market town of Helmsford will close in "
        "March after its last two partners decided to retire and no replacement could be "
        "found.\n\n"
        "“We advertised for eighteen months,” said Dr Graham Ashworth, 64, one of the retiring "
        "partners, “and we had a single application, from a doctor who then took a job in "
        "Australia.”\n\n"
        "Patients will be moved to practices in neighbouring towns, up to 14 miles away. "
        "Margaret Doyle, 81, a retired school secretary who has been registered at the surgery "
        "since 1972, has no car. “I don't drive, and there's one bus a day. What am I supposed to "
        "do?” she said.\n\n"
        "The Association of General Practitioners said the closure was “a warning” for rural "
        "areas.",
        [
            (
                D,
                [
                    "We advertised for eighteen months",
                    "and we had a single application, from a doctor who then took a job in "
                    "Australia.",
                ],
                "Graham Ashworth",
            ),
            (
                D,
                ["I don't drive, and there's one bus a day. What am I supposed to do?"],
                "Margaret Doyle",
            ),
            (P, ["a warning"], "Association of General Practitioners"),
        ],
    ),
    (  # 3 care home closing: "announced its closure" (noun object), partial after "the
        # company blamed" (the owner named before), "said the news had" by "Name, whose
        # 93-year-old mother …", then her quote continued over two paragraphs (one span each,
        # first one's period kept) + "she added"
        "Residents of Oakfield House, a 46-bed care home in Bramley Heath, have been given eight "
        "weeks to find new homes after its owner, Silverbirch Care Group, announced its "
        "closure.\n\n"
        'In a statement, the company blamed "unsustainable" rises in staffing and energy costs. '
        "The home has been up for sale for more than a year.\n\n"
        "Julie Pearson, whose 93-year-old mother has lived at Oakfield for five years, said the "
        'news had come as a shock. "Mum has dementia. This is the only home she recognises, and '
        "moving her now could kill her.\n\n"
        '"Nobody from the company has even picked up the phone to us," she added.',
        [
            (P, ["unsustainable"], "Silverbirch Care Group"),
            (I, ["the news had come as a shock"], "Julie Pearson"),
            (
                D,
                [
                    "Mum has dementia. This is the only home she recognises, and moving her now "
                    "could kill her.",
                    "Nobody from the company has even picked up the phone to us",
                ],
                "Julie Pearson",
            ),
        ],
    ),
    (  # 4 epilepsy drug shortage: direct + "said Name, 39, who runs …" (age dropped),
        # "Chandrasekar said he had" (surname alone), partial inside the reported speech of
        # "The manufacturer, Name, said in a statement that" (only the partial)
        "Pharmacies across the north of England are running out of a widely used epilepsy "
        "medicine after one of its two suppliers halted production at the end of October.\n\n"
        "\"I've had mothers in tears at the counter because their child has four days of tablets "
        'left," said Ravi Chandrasekar, 39, who runs an independent pharmacy in Whitby Moor. '
        "Chandrasekar said he had phoned eleven wholesalers on Monday without finding a single "
        "box.\n\n"
        "The manufacturer, Corven Laboratories, said in a statement that production at its plant "
        'in Cork would resume "within weeks".',
        [
            (
                D,
                [
                    "I've had mothers in tears at the counter because their child has four days of "
                    "tablets left"
                ],
                "Ravi Chandrasekar",
            ),
            (
                I,
                ["he had phoned eleven wholesalers on Monday without finding a single box"],
                "Ravi Chandrasekar",
            ),
            (P, ["within weeks"], "Corven Laboratories"),
        ],
    ),
    (  # 5 no quote: benefits uprating, "have called for a larger increase" and "have
        # requested an urgent debate" (noun objects, not annotated)
        "Working-age benefits will rise by 3.1% next April, in line with September's inflation "
        "figure, under plans confirmed in Parliament on Tuesday.\n\n"
        "The increase will be worth about £290 a year to a typical family receiving the main "
        "out-of-work benefit. The state pension will rise by 4.2% under the triple lock.\n\n"
        "Anti-poverty groups have called for a larger increase for families with children, and "
        "several MPs have requested an urgent debate on the two-child limit.",
        [],
    ),
    (  # 6 rough sleeping count: "the … count has found" (not a speaker), two-sentence direct
        # + "said Name, chief executive of the homelessness charity Name", two-sentence direct
        # + "he said" (pronoun for "A man who gave his name only as Dean, 52, a former
        # scaffolder")
        "The number of people sleeping rough in Greyport has risen by 40% in a year, the city's "
        "annual autumn count has found. Volunteers counted 213 people bedding down on a single "
        "night in October.\n\n"
        '"These are not statistics. These are people we know by name, and some of them will not '
        'survive this winter," said Hannah Okafor, chief executive of the homelessness charity '
        "Open Door Greyport.\n\n"
        "A man who gave his name only as Dean, 52, a former scaffolder who has slept in a doorway "
        "on Quay Street since August, has given up asking for a hostel place. \"There's never a "
        'bed. After a while you stop ringing," he said.\n\n'
        "Greyport City Council has secured funding for 60 extra emergency beds this winter.",
        [
            (
                D,
                [
                    "These are not statistics. These are people we know by name, and some of them "
                    "will not survive this winter"
                ],
                "Hannah Okafor",
            ),
            (D, ["There's never a bed. After a while you stop ringing"], "Dean"),
        ],
    ),
    (  # 7 nurses vote to strike: "…, the Name (UNF) announced on Friday." (the part before),
        # '"A," said the union's general secretary, Name. "B."' (two direct quotes, the second
        # one's period kept), "The union leader said … and that …" (role, one indirect),
        # partial inside "A government spokesperson said" (the spokesperson for the government)
        "Nurses in England have voted to strike for the first time in three years after "
        "rejecting a 2.8% pay offer, the United Nursing Federation (UNF) announced on Friday.\n\n"
        'More than 61% of members who took part backed walkouts, on a turnout of 54%. "Nurses '
        "have been patient for too long,\" said the union's general secretary, Bernadette "
        'Kilbride. "Patience has not paid the rent."\n\n'
        "The union leader said the first strike dates would be announced before Christmas and "
        "that emergency care would be protected.\n\n"
        'A government spokesperson said the offer was "fair and affordable".',
        [
            (
                I,
                [
                    "Nurses in England have voted to strike for the first time in three years after "
                    "rejecting a 2.8% pay offer"
                ],
                "United Nursing Federation",
            ),
            (D, ["Nurses have been patient for too long"], "Bernadette Kilbride"),
            (D, ["Patience has not paid the rent."], "Bernadette Kilbride"),
            (
                I,
                [
                    "the first strike dates would be announced before Christmas and that emergency "
                    "care would be protected"
                ],
                "Bernadette Kilbride",
            ),
            (P, ["fair and affordable"], "government"),
        ],
    ),
    (  # 8 housing association and black mould, curly quotes: partial after "the Name
        # described … as", two-sentence direct + "said the girl's mother, Name, 27, a care
        # assistant", "has apologised to the family" (noun object), "The Name Tenants'
        # Association says" (present tense, no "that")
        "A housing association has been ordered to pay £8,500 in compensation to a family whose "
        "two-year-old daughter was admitted to hospital with a chest infection after living for "
        "months with black mould.\n\n"
        "In its ruling, the Housing Redress Service described Calderway Homes' handling of eleven "
        "complaints from the family over fourteen months as “severe maladministration”.\n\n"
        "“They kept sending someone to paint over it. Two weeks later it was back,” said the "
        "girl's mother, Keisha Bramwell, 27, a care assistant.\n\n"
        "Calderway Homes has apologised to the family. The Calderway Tenants' Association says "
        "dozens of similar cases remain unresolved on the Ridgeway estate.",
        [
            (P, ["severe maladministration"], "Housing Redress Service"),
            (
                D,
                ["They kept sending someone to paint over it. Two weeks later it was back"],
                "Keisha Bramwell",
            ),
            (
                I,
                ["dozens of similar cases remain unresolved on the Ridgeway estate"],
                "Calderway Tenants' Association",
            ),
        ],
    ),
    (  # 9 cancer drug rejected, curly quotes: "rejected it as too expensive" (not speech),
        # partial inside "The board said in draft guidance that" (the board named before),
        # partial after "The charity Name called the decision" (generic noun dropped)
        "A breast cancer drug that can extend life by an average of seven months will not be "
        "funded by the health service after the National Medicines Appraisal Board rejected it "
        "as too expensive at its list price of £98,000 per patient.\n\n"
        "The board said in draft guidance that the manufacturer, Halvern Oncology, had not "
        "provided “robust evidence” of long-term benefit. The company is expected to appeal.\n\n"
        "The charity Breast Cancer Voices called the decision “devastating for thousands of "
        "women who have run out of other options”.",
        [
            (P, ["robust evidence"], "National Medicines Appraisal Board"),
            (
                P,
                ["devastating for thousands of women who have run out of other options"],
                "Breast Cancer Voices",
            ),
        ],
    ),
    (  # 10 inquest into a patient's death, curly quotes: "has criticised a mental health
        # unit" (noun object), a quote split by "the coroner said," (role for "Senior coroner
        # Name", one quote two spans, final period kept), partial inside "Name, which runs the
        # unit, said it had"
        "A coroner has criticised a mental health unit in Dunmere over the death of a "
        "24-year-old patient, Liam Whitlock, who took his own life in March last year.\n\n"
        "Senior coroner Patricia Hale was critical of the way night-time observations had been "
        "recorded. “Had Liam been checked every fifteen minutes, as his care plan stated,” the "
        "coroner said, “there is a real possibility he would have survived.”\n\n"
        "Westmoor Mental Health Partnership, which runs the unit, said it had “fully "
        "implemented” the coroner's recommendations. Mr Whitlock's parents, who attended every "
        "day of the three-day hearing, left court without speaking to reporters.",
        [
            (
                D,
                [
                    "Had Liam been checked every fifteen minutes, as his care plan stated",
                    "there is a real possibility he would have survived.",
                ],
                "Patricia Hale",
            ),
            (P, ["fully implemented"], "Westmoor Mental Health Partnership"),
        ],
    ),
    (  # 11 nine-hour wait for an ambulance: two-sentence direct + "the 58-year-old bus driver
        # said" (epithet for "Her son, Name,"), partial inside "Name apologised and said it
        # had been dealing with" (the ambulance service), "…, according to a senior paramedic
        # who asked not to be named." (unnamed, the part before)
        "An 87-year-old woman who fell at her home in Marshby lay on the kitchen floor for nine "
        "hours before an ambulance arrived.\n\n"
        'Her son, Peter Gaskin, called 999 four times that evening. "Each time they told me she '
        'was on the list. She was on that floor, cold, asking me why nobody was coming," the '
        "58-year-old bus driver said. His mother, Edith, was later found to have broken her "
        "hip.\n\n"
        "Eastern Counties Ambulance Service apologised and said it had been dealing with "
        '"exceptional demand" that evening. More than 30 ambulances were queuing outside '
        "hospitals in the region at the time, according to a senior paramedic who asked not to "
        "be named.",
        [
            (
                D,
                [
                    "Each time they told me she was on the list. She was on that floor, cold, "
                    "asking me why nobody was coming"
                ],
                "Peter Gaskin",
            ),
            (P, ["exceptional demand"], "Eastern Counties Ambulance Service"),
            (
                I,
                [
                    "More than 30 ambulances were queuing outside hospitals in the region at the "
                    "time"
                ],
                "senior paramedic",
            ),
        ],
    ),
    (  # 12 trolley count, curly quotes: "…, according to the Name, which carries out …" (the
        # part before), two-sentence direct + "said the alliance's general secretary, Name",
        # "has announced 300 additional beds" (noun object, not annotated)
        "A record 712 patients were waiting on trolleys in hospitals across the region on "
        "Tuesday morning, according to the Nurses and Midwives Alliance, which carries out a "
        "daily count.\n\n"
        "The worst-affected hospital was St Columba's in Kilbarran, where 96 people were waiting "
        "for a bed. “Our members are being asked to provide intensive care in a corridor. It is "
        "not safe, and everyone knows it is not safe,” said the alliance's general secretary, "
        "Deirdre Culhane.\n\n"
        "The Health Executive has announced 300 additional beds for the first quarter of next "
        "year.",
        [
            (
                I,
                [
                    "A record 712 patients were waiting on trolleys in hospitals across the region "
                    "on Tuesday morning"
                ],
                "Nurses and Midwives Alliance",
            ),
            (
                D,
                [
                    "Our members are being asked to provide intensive care in a corridor. It is "
                    "not safe, and everyone knows it is not safe"
                ],
                "Deirdre Culhane",
            ),
        ],
    ),
    (  # 13 disability benefit appeals: figures that "show" (not a speaker), '"A," he said.
        # "B."' (two direct quotes, pronoun for "Name, 46, a former warehouse supervisor",
        # the second one's period kept), partial inside "The forum's policy director, Name,
        # said", "declined to comment" (not speech)
        "Almost seven in ten disability benefit decisions challenged at tribunal last year were "
        "overturned, figures obtained by the charity Disability Rights Forum show.\n\n"
        "Tom Ridley, 46, a former warehouse supervisor with multiple sclerosis, had his payments "
        "stopped last year after an assessment in which he was judged able to walk 200 metres. "
        '"I can\'t walk to the end of my street without sitting down," he said. "The assessor '
        'spent twenty minutes with me and never asked me to stand up."\n\n'
        "Ridley won his appeal in September, fourteen months later.\n\n"
        'The forum\'s policy director, Amira Selby, said the system was "designed to say no". '
        "The Welfare Assessment Agency declined to comment on individual cases.",
        [
            (
                D,
                ["I can't walk to the end of my street without sitting down"],
                "Tom Ridley",
            ),
            (
                D,
                ["The assessor spent twenty minutes with me and never asked me to stand up."],
                "Tom Ridley",
            ),
            (P, ["designed to say no"], "Amira Selby"),
        ],
    ),
    (  # 14 council homes on a bus depot, curly quotes: partial inside "Council leader Name
        # said the scheme would", two-sentence direct + "he said", "welcomed the new homes but
        # questioned the cost" (noun objects), partial inside "She said the council had"
        # (pronoun for "The leader of the Independent group, Name")
        "Wexcombe Borough Council has approved plans to build 412 council homes on the site of "
        "the former Mill Lane bus depot, the largest council housing scheme in the town since "
        "the 1970s.\n\n"
        "Council leader Jan Kowalczyk said the scheme would “make a real dent” in a waiting list "
        "that has grown to 6,300 households. “For years, families here have been told to wait. "
        "Now we are going to build,” he said.\n\n"
        "The leader of the Independent group, Sheila Wragg, welcomed the new homes but "
        "questioned the cost. She said the council had “no realistic plan” to fund the £118m "
        "project without heavy borrowing.\n\n"
        "Construction is due to start in 2028.",
        [
            (P, ["make a real dent"], "Jan Kowalczyk"),
            (
                D,
                ["For years, families here have been told to wait. Now we are going to build"],
                "Jan Kowalczyk",
            ),
            (P, ["no realistic plan"], "Sheila Wragg"),
        ],
    ),
    (  # 15 overseas care workers stranded, curly quotes: two-sentence direct + "she told the
        # Name" (pronoun for "Name, 33, a qualified nurse from Kenya"), "According to the
        # Name," (rest of the sentence), partial after "described them as" by "The union's
        # national organiser, Name", "could not be reached for comment" (not speech)
        "Dozens of care workers recruited from abroad have been left without work or pay after "
        "the agency that sponsored their visas, Brightwell Care Staffing, lost its sponsor "
        "licence.\n\n"
        "Grace Mutua, 33, a qualified nurse from Kenya, paid £9,000 in fees to come to Britain "
        "last year. “They promised me forty hours a week. Some weeks I had six,” she told the "
        "Marshby Evening Post.\n\n"
        "According to the Care Workers' Union, at least 140 workers sponsored by the agency now "
        "have sixty days to find a new employer or leave the country. The union's national "
        "organiser, Femi Adeyemi, described them as “victims, not offenders”.\n\n"
        "Brightwell Care Staffing could not be reached for comment.",
        [
            (
                D,
                ["They promised me forty hours a week. Some weeks I had six"],
                "Grace Mutua",
            ),
            (
                I,
                [
                    "at least 140 workers sponsored by the agency now have sixty days to find a "
                    "new employer or leave the country"
                ],
                "Care Workers' Union",
            ),
            (P, ["victims, not offenders"], "Femi Adeyemi"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout122.jsonl"),
        "heldout122",
        "h122",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
