"""Source of the 65th held-out set: writes heldout65.jsonl (split "heldout65").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
education news: exam results, teacher and lecturer strikes, school meals, rectorats and ministries
of education, school boards, inspection reports, tuition fees and university protests, with quotes
of ministers, union leaders, head teachers, parents and students.
Measured once before (extractor 0.23.1) and once with 0.24.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout65.py
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
    (  # 1 bac results: organisation "Le rectorat de l'académie de X a annoncé que", « » with plain
        # spaces, role in apposition ("la rectrice, X"), unnamed "un proviseur" after a
        # two-sentence quote
        "Le rectorat de l'académie de Valcourt a annoncé mardi que le taux de réussite au "
        "baccalauréat général s'établissait à 91,4 % cette année, en recul de 1,2 point par "
        "rapport à la session précédente. La voie technologique progresse en revanche légèrement, "
        "à 87,9 %, tandis que le bac professionnel reste stable à 82 %.\n\n"
        "« Ces résultats restent solides, mais ils nous obligent à regarder de près les écarts "
        "entre établissements », a déclaré la rectrice, Claire Montagnac-Duval, lors d'une "
        "conférence de presse organisée dans les locaux du rectorat. Dans trois lycées du "
        "département, moins de trois candidats sur quatre ont obtenu leur diplôme dès le premier "
        "groupe d'épreuves.\n\n"
        "Dans le bassin de Saint-Aubrac, le plus touché, plusieurs chefs d'établissement mettent "
        "en cause la préparation au grand oral, l'épreuve finale introduite par la réforme. « On a "
        "demandé aux élèves de préparer une épreuve nouvelle avec deux heures d'accompagnement par "
        "mois. Il ne faut pas s'étonner du résultat », estime un proviseur qui a souhaité garder "
        "l'anonymat.\n\n"
        "Les candidats recalés au second groupe pourront suivre des stages de remise à niveau dès "
        "la fin du mois d'août. Les inscriptions ouvriront lundi sur le site du rectorat.",
        [
            (
                I,
                [
                    "le taux de réussite au baccalauréat général s'établissait à 91,4 % cette "
                    "année, en recul de 1,2 point par rapport à la session précédente"
                ],
                "rectorat de l'académie de Valcourt",
            ),
            (
                D,
                [
                    "Ces résultats restent solides, mais ils nous obligent à regarder de près les "
                    "écarts entre établissements"
                ],
                "Claire Montagnac-Duval",
            ),
            (
                D,
                [
                    "On a demandé aux élèves de préparer une épreuve nouvelle avec deux heures "
                    "d'accompagnement par mois. Il ne faut pas s'étonner du résultat"
                ],
                "proviseur",
            ),
        ],
    ),
    (  # 2 primary teachers' strike: «» without inner spaces, "Selon le syndicat X (SIGLE), …"
        # (generic noun dropped), banner slogan in «» not speech, quote split by an incise with
        # the speaker's role after the name, partial inside "a assuré que" (role apposition)
        "Les enseignants du premier degré de la Haute-Sarve étaient appelés à la grève jeudi par "
        "l'intersyndicale, pour protester contre la suppression de 64 postes annoncée pour la "
        "rentrée prochaine. Selon le Syndicat autonome des professeurs des écoles (SAPE), 38 % des "
        "enseignants du département ont cessé le travail. La direction académique avance pour sa "
        "part le chiffre de 21 %.\n\n"
        "Devant la préfecture de Belcourt, quelque 600 manifestants ont défilé derrière une "
        "banderole proclamant «Pas une classe de plus à trente». «On nous demande de faire "
        "toujours plus avec moins, a lancé au micro Yannick Le Goff, secrétaire départemental du "
        "SAPE, alors que les collègues sont épuisés et que les parents le voient bien.»\n\n"
        "La carte scolaire présentée en novembre prévoit notamment la fermeture de sept écoles à "
        "classe unique dans les communes rurales du nord du département, où plusieurs maires ont "
        "adopté des motions de soutien aux grévistes.\n\n"
        "Interrogée, la directrice académique, Soraya Benkhelifa, a assuré que «chaque fermeture "
        "serait discutée avec les maires concernés». Le département a perdu 1 100 élèves en cinq "
        "ans.",
        [
            (
                I,
                ["38 % des enseignants du département ont cessé le travail"],
                "Syndicat autonome des professeurs des écoles",
            ),
            (
                D,
                [
                    "On nous demande de faire toujours plus avec moins",
                    "alors que les collègues sont épuisés et que les parents le voient bien.",
                ],
                "Yannick Le Goff",
            ),
            (
                P,
                ["chaque fermeture serait discutée avec les maires concernés"],
                "Soraya Benkhelifa",
            ),
        ],
    ),
    (  # 3 school canteen prices: partial inside "D'après X, …" (only the partial), name with
        # particle "de", "-t-il" pronoun, programme title in « » not speech, Vietnamese name
        # order, "calcule-t-elle" after
        "Le conseil municipal de Pontarlay a voté lundi soir une hausse de 18 % du prix des repas "
        "servis dans les cantines des écoles publiques. Le ticket passera de 3,40 euros à 4 euros "
        "à partir du 1er janvier pour les familles qui ne bénéficient pas du tarif social.\n\n"
        "D'après l'adjoint aux affaires scolaires, Bertrand de Saint-Foix, la flambée des prix de "
        "l'énergie et des denrées alimentaires rendait la mesure « inévitable ». « Nous avons "
        "absorbé les hausses pendant trois ans. Aujourd'hui, la ville ne peut plus payer seule », "
        "a-t-il justifié devant les élus.\n\n"
        "La commune maintient en revanche le dispositif « Un fruit à la récré », financé par des "
        "fonds européens, ainsi que la part de 30 % de produits bio dans les assiettes.\n\n"
        "L'Association des parents d'élèves de Pontarlay, qui dénonce une décision prise sans "
        "concertation, a lancé une pétition en ligne. Sa présidente, Nguyen Thi Lan, a fait le "
        "compte. « Pour une famille avec trois enfants inscrits à la cantine, c'est près de 50 "
        "euros de plus par mois », calcule-t-elle.",
        [
            (P, ["inévitable"], "Bertrand de Saint-Foix"),
            (
                D,
                [
                    "Nous avons absorbé les hausses pendant trois ans. Aujourd'hui, la ville ne "
                    "peut plus payer seule"
                ],
                "Bertrand de Saint-Foix",
            ),
            (
                D,
                [
                    "Pour une famille avec trois enfants inscrits à la cantine, c'est près de 50 "
                    "euros de plus par mois"
                ],
                "Nguyen Thi Lan",
            ),
        ],
    ),
    (  # 4 phone ban in lycées: "a annoncé vouloir …" (minister in apposition), «» without
        # spaces, role alone "la ministre", "Pour le secrétaire général du syndicat X, Y, «…»"
        "La ministre de l'Éducation nationale, Hélène Quintard-Mbaye, a annoncé dimanche vouloir "
        "étendre l'interdiction du téléphone portable à tous les lycées dès la rentrée 2027. La "
        "mesure, déjà en vigueur dans les écoles et les collèges, serait inscrite dans une "
        "circulaire au printemps.\n\n"
        "«Le téléphone est devenu le premier perturbateur de la classe. Les professeurs nous le "
        "disent partout où nous allons», a affirmé la ministre dans un entretien au Courrier de "
        "l'Est. Une expérimentation a été menée l'an dernier dans quarante lycées volontaires ; "
        "ses résultats doivent être publiés en janvier.\n\n"
        "Les proviseurs, eux, s'interrogent sur la faisabilité de la mesure. Pour le secrétaire "
        "général du Syndicat national des chefs d'établissement (SNCE), Mathias Oberlin, «il "
        "faudra des casiers, du personnel pour surveiller, et surtout un cadre juridique clair». "
        "Dans un lycée de 1 500 élèves, la collecte des appareils à l'entrée pourrait prendre près "
        "d'une heure chaque matin. Les régions, qui financent les équipements des lycées, n'ont "
        "pas encore été consultées sur le financement des casiers.",
        [
            (
                I,
                [
                    "vouloir étendre l'interdiction du téléphone portable à tous les lycées dès la "
                    "rentrée 2027"
                ],
                "Hélène Quintard-Mbaye",
            ),
            (
                D,
                [
                    "Le téléphone est devenu le premier perturbateur de la classe. Les professeurs "
                    "nous le disent partout où nous allons"
                ],
                "Hélène Quintard-Mbaye",
            ),
            (
                D,
                [
                    "il faudra des casiers, du personnel pour surveiller, et surtout un cadre "
                    "juridique clair"
                ],
                "Mathias Oberlin",
            ),
        ],
    ),
    (  # 5 tuition fees for non-EU students: partial closing "a expliqué que … et qu'il ne pouvait
        # « … »" (only the partial), "Selon sa présidente, X, …" (name with "Ben"), direct with
        # name "al-" after
        "L'université de Rivemont appliquera dès septembre 2027 des frais d'inscription "
        "différenciés aux étudiants venus de pays extérieurs à l'Union européenne : 2 900 euros "
        "par an en licence et 3 900 euros en master, contre 178 et 254 euros pour les autres "
        "étudiants. Le conseil d'administration a adopté la mesure vendredi par 19 voix contre "
        "12.\n\n"
        "Le président de l'université, Olivier Machefert, a expliqué que l'établissement accusait "
        "un déficit de 7,5 millions d'euros et qu'il ne pouvait « plus se permettre d'exonérer "
        "tout le monde ». Les étudiants déjà inscrits conserveront le tarif actuel jusqu'à la fin "
        "de leur cursus.\n\n"
        "L'Union des étudiants de Rivemont appelle à un rassemblement mardi devant la présidence. "
        "Selon sa présidente, Yasmine Ben Amara, plus de 2 300 étudiants pourraient être concernés "
        "chaque année, dont une majorité venus d'Afrique subsaharienne et du Maghreb.\n\n"
        "« On est en train de fermer la porte à ceux qui ont le moins de moyens », a réagi Youssef "
        "al-Khatib, doctorant en chimie originaire de Jordanie, qui finance ses études grâce à un "
        "contrat de recherche.",
        [
            (P, ["plus se permettre d'exonérer tout le monde"], "Olivier Machefert"),
            (
                I,
                [
                    "plus de 2 300 étudiants pourraient être concernés chaque année, dont une "
                    "majorité venus d'Afrique subsaharienne et du Maghreb"
                ],
                "Yasmine Ben Amara",
            ),
            (
                D,
                ["On est en train de fermer la porte à ceux qui ont le moins de moyens"],
                "Youssef al-Khatib",
            ),
        ],
    ),
    (  # 6 inspection report on a boarding school: no-break spaces, organisation speaker with a
        # partial inside "estime que", "décrivent" + nouns not annotated, religious title
        # "le père" dropped, two-sentence quote with "-t-il"
        "Dans un rapport rendu public mercredi, l'Inspection générale de l'éducation estime que le "
        "collège privé Sainte-Odile de Marvejac a «\u00a0gravement manqué\u00a0» à ses "
        "obligations en matière de sécurité des élèves internes. Les inspecteurs décrivent des "
        "dortoirs vétustes, l'absence de registre des sorties et un encadrement nocturne assuré "
        "certains soirs par un seul surveillant pour 90 élèves.\n\n"
        "Le directeur de l'établissement, le père Anselme Koffi, conteste ces conclusions. "
        "«\u00a0Le rapport s'appuie sur une visite de deux jours et sur des témoignages anonymes. "
        "Nous avons déjà engagé les travaux demandés et recruté deux surveillants\u00a0», a-t-il "
        "déclaré à notre journal.\n\n"
        "En attendant, le recrutement de nouveaux internes est suspendu jusqu'à nouvel ordre, et "
        "l'établissement devra présenter un plan de mise en conformité d'ici à la fin du mois de "
        "février. Le collège, sous contrat avec l'État depuis 1962, scolarise 430 élèves, dont un "
        "tiers en internat.\n\n"
        "Plusieurs familles ont déjà demandé le transfert de leur enfant vers le collège public "
        "voisin.",
        [
            (P, ["gravement manqué"], "Inspection générale de l'éducation"),
            (
                D,
                [
                    "Le rapport s'appuie sur une visite de deux jours et sur des témoignages "
                    "anonymes. Nous avons déjà engagé les travaux demandés et recruté deux "
                    "surveillants"
                ],
                "Anselme Koffi",
            ),
        ],
    ),
    (  # 7 Quebec teacher shortage: "a déclaré en point de presse : « … »" with final period
        # inside, partial after "parle d'une", unnamed "Sa porte-parole" speaking for the union
        # (indirect with two "que" clauses)
        "À une semaine de la rentrée, il manque encore 143 enseignants légalement qualifiés au "
        "Centre de services scolaire des Hautes-Rivières, l'un des plus touchés par la pénurie au "
        "Québec. Une trentaine de classes du primaire n'ont toujours pas de titulaire désigné.\n\n"
        "La directrice générale du centre, Marie-Ève Tremblay-Sioui, a déclaré en point de "
        "presse : « Aucune classe ne restera sans adulte. Mais je ne vous cacherai pas que "
        "certains élèves auront un suppléant non légalement qualifié pendant des mois. »\n\n"
        "Du côté syndical, la Fédération autonome des enseignants des Hautes-Rivières parle d'une "
        "« crise annoncée depuis cinq ans ». Sa porte-parole a rappelé que le nombre de départs à "
        "la retraite anticipée avait doublé depuis 2022 et que plus d'un enseignant sur quatre "
        "quittait la profession dans ses cinq premières années.\n\n"
        "Le ministère de l'Éducation doit présenter jeudi un plan de recrutement qui prévoit "
        "notamment des bourses pour les étudiants en enseignement.",
        [
            (
                D,
                [
                    "Aucune classe ne restera sans adulte. Mais je ne vous cacherai pas que "
                    "certains élèves auront un suppléant non légalement qualifié pendant des mois."
                ],
                "Marie-Ève Tremblay-Sioui",
            ),
            (
                P,
                ["crise annoncée depuis cinq ans"],
                "Fédération autonome des enseignants des Hautes-Rivières",
            ),
            (
                I,
                [
                    "le nombre de départs à la retraite anticipée avait doublé depuis 2022 et que "
                    "plus d'un enseignant sur quatre quittait la profession dans ses cinq "
                    "premières années"
                ],
                "Fédération autonome des enseignants des Hautes-Rivières",
            ),
        ],
    ),
    (  # 8 bullying case: partial inside "a reconnu que" (role apposition), "selon lesquelles"
        # not a source, "Mme X" with "a annoncé la création" (noun object, not annotated),
        # partial after "dit attendre"
        "Trois semaines après la tentative de suicide d'une élève de cinquième au collège Les "
        "Tilleuls de Sarrelac, la principale, Agnès Vautrin, a reconnu lors d'une réunion avec les "
        "parents que « des signaux avaient été manqués ». Des rumeurs selon lesquelles "
        "l'établissement aurait étouffé des plaintes circulent depuis sur les réseaux sociaux.\n\n"
        "« Il n'y a eu aucune dissimulation. Les deux signalements que nous avons reçus ont été "
        "transmis le jour même », a assuré Mme Vautrin, qui a annoncé la création d'une cellule "
        "d'écoute permanente et le recrutement d'une infirmière à temps plein.\n\n"
        "Le père de l'adolescente, Rachid Oukacha, dit attendre « des actes, pas des cellules ». "
        "Sa fille, scolarisée depuis dans un autre établissement, était la cible de moqueries et "
        "de messages insultants depuis la rentrée.\n\n"
        "Une enquête pour harcèlement scolaire a été ouverte par le parquet de Sarrelac. Quatre "
        "élèves doivent être entendus dans les prochains jours. Le collège applique depuis 2024 le "
        "programme national de lutte contre le harcèlement.",
        [
            (P, ["des signaux avaient été manqués"], "Agnès Vautrin"),
            (
                D,
                [
                    "Il n'y a eu aucune dissimulation. Les deux signalements que nous avons reçus "
                    "ont été transmis le jour même"
                ],
                "Agnès Vautrin",
            ),
            (P, ["des actes, pas des cellules"], "Rachid Oukacha"),
        ],
    ),
    (  # 9 national assessments: curly apostrophes throughout, "…, selon la Direction X (SIGLE)."
        # (part before), French text with “ ” quotes, cue after ("tempère la sociologue X"),
        # two-sentence quote with role apposition after
        "Les résultats des évaluations nationales de début de CE1 montrent une légère amélioration "
        "en lecture, avec 72 % des élèves jugés au niveau attendu, contre 69 % l’an dernier, selon "
        "la Direction de l’évaluation et de la prospective (DEP). La note a été publiée lundi.\n\n"
        "“C’est un frémissement, pas encore une tendance”, tempère la sociologue Inès "
        "Carvalho-Lemaire, spécialiste des inégalités scolaires. Les écarts entre les écoles de "
        "l’éducation prioritaire et les autres dépassent toujours 20 points.\n\n"
        "En mathématiques, le tableau est plus sombre. “Un élève sur trois ne sait pas placer le "
        "nombre 50 sur une ligne graduée de 0 à 100. C’est préoccupant”, a reconnu le directeur de "
        "la DEP, Frédéric Aumont, en présentant les chiffres à la presse.\n\n"
        "Le ministère prévoit de renforcer la formation continue des professeurs des écoles en "
        "mathématiques, avec dix-huit heures obligatoires par an à partir de janvier. Ces heures "
        "seront prises en partie sur les journées pédagogiques, ce qui réduira d'autant le temps "
        "consacré aux projets d'école.",
        [
            (
                I,
                [
                    "Les résultats des évaluations nationales de début de CE1 montrent une légère "
                    "amélioration en lecture, avec 72 % des élèves jugés au niveau attendu, contre "
                    "69 % l’an dernier"
                ],
                "Direction de l’évaluation et de la prospective",
            ),
            (
                D,
                ["C’est un frémissement, pas encore une tendance"],
                "Inès Carvalho-Lemaire",
            ),
            (
                D,
                [
                    "Un élève sur trois ne sait pas placer le nombre 50 sur une ligne graduée de 0 "
                    "à 100. C’est préoccupant"
                ],
                "Frédéric Aumont",
            ),
        ],
    ),
    (  # 10 university blockade: no-break spaces, movement name in « » not speech, direct with
        # "porte-parole du collectif" after the name, partial after "a dénoncé … des", unnamed
        # "une étudiante"
        "Les bâtiments de la faculté de lettres de l'université de Champlieu sont bloqués depuis "
        "lundi par plusieurs centaines d'étudiants opposés à l'instauration d'une sélection à "
        "l'entrée de la deuxième année de licence. Le mouvement, baptisé «\u00a0Fac "
        "ouverte\u00a0» par ses organisateurs, a été voté en assemblée générale par 740 voix "
        "contre 210. Plusieurs amphithéâtres ont été barricadés avec des tables et des chaises, et "
        "les cours de près de 4 000 étudiants sont suspendus.\n\n"
        "«\u00a0Nous ne lèverons pas le blocage tant que la présidence n'aura pas retiré son "
        "projet\u00a0», a prévenu mercredi Théo Vandenberghe, porte-parole du collectif.\n\n"
        "La présidente de l'université, Sylvie Ramaroson, a dénoncé dans un courriel adressé aux "
        "personnels des «\u00a0méthodes d'intimidation\u00a0» envers les étudiants souhaitant "
        "suivre les cours. Les examens de mi-semestre seront organisés en ligne.\n\n"
        "Tous ne soutiennent pas le blocage. «\u00a0Moi, je suis boursière et je travaille le "
        "soir. Si je rate mes partiels, je perds tout\u00a0», s'inquiète une étudiante croisée "
        "devant la bibliothèque universitaire, restée ouverte.",
        [
            (
                D,
                [
                    "Nous ne lèverons pas le blocage tant que la présidence n'aura pas retiré son "
                    "projet"
                ],
                "Théo Vandenberghe",
            ),
            (P, ["méthodes d'intimidation"], "Sylvie Ramaroson"),
            (
                D,
                [
                    "Moi, je suis boursière et je travaille le soir. Si je rate mes partiels, je "
                    "perds tout"
                ],
                "étudiante",
            ),
        ],
    ),
    (  # 11 Swiss canton drops grades: "a annoncé mardi que" (long role apposition), direct after
        # "reste opposé :" with final period inside, name with particle "Van den"
        "Le canton de Valmoraz supprimera les notes chiffrées dans les quatre premières années de "
        "l'école primaire dès la rentrée d'août 2027. La conseillère d'État chargée de la "
        "formation, Anne-Catherine Dubuis-Ferreira, a annoncé mardi que les bulletins seraient "
        "remplacés par des appréciations écrites et par deux entretiens annuels avec les "
        "familles.\n\n"
        "La réforme, votée l'an dernier par le Grand Conseil après un long débat, concerne environ "
        "31 000 élèves et 2 400 enseignants. Une formation de deux jours sera proposée à ces "
        "derniers au printemps. Les écoles privées du canton ne sont pas concernées, mais deux "
        "d'entre elles ont choisi d'appliquer la réforme volontairement.\n\n"
        "Elle ne fait pas l'unanimité. Le député libéral-radical Pieter Van den Broeck, qui avait "
        "combattu le projet, reste opposé : « On prépare des élèves qui découvriront l'échec à "
        "douze ans. Ce n'est pas leur rendre service. »\n\n"
        "Un référendum lancé par une association de parents avait échoué en mars, faute d'avoir "
        "réuni les 12 000 signatures nécessaires.",
        [
            (
                I,
                [
                    "les bulletins seraient remplacés par des appréciations écrites et par deux "
                    "entretiens annuels avec les familles"
                ],
                "Anne-Catherine Dubuis-Ferreira",
            ),
            (
                D,
                [
                    "On prépare des élèves qui découvriront l'échec à douze ans. Ce n'est pas leur "
                    "rendre service."
                ],
                "Pieter Van den Broeck",
            ),
        ],
    ),
    (  # 12 vocational lycée internships: narrow no-break spaces, direct with cue after and role
        # after the name, "M. X dit voir … des jeunes « … »" partial
        "Depuis la rentrée, les élèves de terminale du lycée professionnel du Val-Brûlé, à "
        "Cormeilles-sur-Aude, passent six semaines de plus en entreprise, conformément à la "
        "réforme de la voie professionnelle. Une gratification de 100 euros par semaine de stage "
        "leur est versée par l'État. Les élèves de première ne sont pas concernés avant l'an "
        "prochain.\n\n"
        "«\u202fSur le papier, c'est séduisant. Dans les faits, mes élèves perdent des heures de "
        "français et d'histoire qu'ils ne rattraperont jamais\u202f», regrette Moussa Traoré, "
        "professeur de lettres-histoire depuis quinze ans dans l'établissement.\n\n"
        "M. Traoré dit voir revenir en classe des jeunes «\u202ffatigués, parfois "
        "démotivés\u202f» au retour de leurs périodes de stage. Le taux d'absentéisme a atteint "
        "14 % au premier trimestre, contre 9 % un an plus tôt.\n\n"
        "Onze élèves ont toutefois été embauchés l'an dernier par leur entreprise d'accueil à "
        "l'issue de leur formation, et le lycée compte désormais 140 entreprises partenaires dans "
        "le bâtiment, la logistique et l'hôtellerie.",
        [
            (
                D,
                [
                    "Sur le papier, c'est séduisant. Dans les faits, mes élèves perdent des heures "
                    "de français et d'histoire qu'ils ne rattraperont jamais"
                ],
                "Moussa Traoré",
            ),
            (P, ["fatigués, parfois démotivés"], "Moussa Traoré"),
        ],
    ),
    (  # 13 asbestos in a primary school: "Selon la mairie de X, …" (rest of the sentence),
        # quote split by "a précisé le maire, X," with final period in the second piece, unnamed
        # "une mère de famille"
        "De l'amiante a été détecté dans les faux plafonds de l'école élémentaire des Peupliers, à "
        "Villenave, lors de travaux de rénovation engagés pendant les vacances de la Toussaint. "
        "Selon la mairie de Villenave, les taux mesurés dans l'air restent inférieurs au seuil "
        "réglementaire et les élèves n'ont jamais été exposés.\n\n"
        "Les 212 élèves de l'école seront néanmoins accueillis dans des bâtiments modulaires "
        "installés sur le terrain de sport à partir de lundi. « Nous avons préféré ne prendre "
        "aucun risque, a précisé le maire, Jean-Luc Perrichon, même si toutes les analyses sont "
        "rassurantes. »\n\n"
        "Le chantier de désamiantage, estimé à 1,3 million d'euros, doit durer six mois. Les "
        "parents, eux, doutent du calendrier. « On nous parle de six mois. Personne ici ne croit à "
        "ce délai », lâche une mère de famille à la sortie des classes.\n\n"
        "Une réunion d'information est prévue jeudi soir au gymnase municipal, en présence d'un "
        "ingénieur du bureau de contrôle chargé des mesures.",
        [
            (
                I,
                [
                    "les taux mesurés dans l'air restent inférieurs au seuil réglementaire et les "
                    "élèves n'ont jamais été exposés"
                ],
                "mairie de Villenave",
            ),
            (
                D,
                [
                    "Nous avons préféré ne prendre aucun risque",
                    "même si toutes les analyses sont rassurantes.",
                ],
                "Jean-Luc Perrichon",
            ),
            (
                D,
                ["On nous parle de six mois. Personne ici ne croit à ce délai"],
                "mère de famille",
            ),
        ],
    ),
    (  # 14 university admissions platform: slogan in « » not speech, two-sentence direct with
        # "s'agace X, mère d'une lycéenne", ministry partial inside "a indiqué … que"
        "Plus de 94 000 candidats n'avaient toujours reçu aucune proposition d'admission jeudi sur "
        "la plateforme Orientsup, à dix jours de la fin de la phase principale. Ils étaient 81 000 "
        "à la même date l'an dernier. Sur les réseaux sociaux, le mot d'ordre « Un bac, une "
        "place » refleurit sous les messages de lycéens inquiets.\n\n"
        "« Chaque année, on nous promet que la procédure sera plus rapide. Ma fille attend "
        "toujours, avec 16 de moyenne », s'agace Farida Haddad, mère d'une lycéenne de Roncelles "
        "qui a formulé douze vœux en classes préparatoires et en double licence.\n\n"
        "Le ministère de l'Enseignement supérieur a indiqué dans un communiqué que « la très "
        "grande majorité » de ces candidats avaient uniquement demandé des formations sélectives. "
        "Une phase complémentaire s'ouvrira le 2 juillet, avec 38 000 places encore "
        "disponibles.\n\n"
        "Les lycéens sans proposition peuvent aussi saisir la commission d'accès à l'enseignement "
        "supérieur de leur académie, qui leur proposera une formation proche de leurs vœux.",
        [
            (
                D,
                [
                    "Chaque année, on nous promet que la procédure sera plus rapide. Ma fille "
                    "attend toujours, avec 16 de moyenne"
                ],
                "Farida Haddad",
            ),
            (P, ["la très grande majorité"], "ministère de l'Enseignement supérieur"),
        ],
    ),
    (  # 15 teacher recruitment exam: "a reconnu vendredi que" (rector in apposition, name with
        # "Di"), quote split by "a-t-il admis," opening its own paragraph
        "Le recteur de l'académie de Bressanges, Lorenzo Di Stefano, a reconnu vendredi que 212 "
        "des 1 040 postes ouverts au concours de professeurs des écoles n'avaient pas été pourvus "
        "cette année. C'est le plus mauvais résultat enregistré dans l'académie depuis la création "
        "du concours sous sa forme actuelle.\n\n"
        "« C'est un chiffre qui m'inquiète, a-t-il admis, car nous allons devoir recourir encore "
        "davantage aux contractuels. »\n\n"
        "Les départements ruraux de l'académie sont les plus touchés. Dans la Haute-Vézère, près "
        "d'un poste sur trois est resté vacant, et les écoles ont commencé l'année avec 64 "
        "enseignants contractuels, recrutés pour la plupart après un simple entretien.\n\n"
        "À l'Institut de formation des maîtres de Bressanges, la formatrice Thi Mai Pham voit "
        "arriver des promotions de plus en plus réduites : 310 étudiants cette année, contre 520 "
        "il y a cinq ans. Un professeur débutant y gagne à peine plus que le salaire minimum, une "
        "fois déduits les frais de transport.",
        [
            (
                I,
                [
                    "212 des 1 040 postes ouverts au concours de professeurs des écoles n'avaient "
                    "pas été pourvus cette année"
                ],
                "Lorenzo Di Stefano",
            ),
            (
                D,
                [
                    "C'est un chiffre qui m'inquiète",
                    "car nous allons devoir recourir encore davantage aux contractuels.",
                ],
                "Lorenzo Di Stefano",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 school in special measures: curly quotes and apostrophes, organisation partial inside
        # "said leaders had", direct with "the trust's chief executive, X, said", unnamed
        # "said one mother"
        "Hartwell Academy in Dunmore has been placed in special measures after inspectors from the "
        "Schools Inspectorate rated it inadequate in four of five areas, including leadership and "
        "pupils’ behaviour. In a report published on Tuesday, the inspectorate said leaders had "
        "“lost control” of corridors and the canteen at lunchtime.\n\n"
        "The school, which has 1,140 pupils aged 11 to 18, was rated good at its last inspection "
        "in 2021. Its headteacher left in September, and the trust that runs it, Northmere "
        "Learning Partnership, has appointed an interim head who will start in January.\n\n"
        "“We let these children down, and we are sorry,” the trust’s chief executive, Ruth "
        "Okonjo-Bailey, said in a statement. The trust will also bring in behaviour specialists "
        "from two of its other schools.\n\n"
        "Parents gathered at the gates on Wednesday morning. “My son has been telling us for a "
        "year that nobody listens when he reports things,” said one mother, who asked not to be "
        "named.",
        [
            (P, ["lost control"], "Schools Inspectorate"),
            (D, ["We let these children down, and we are sorry"], "Ruth Okonjo-Bailey"),
            (
                D,
                [
                    "My son has been telling us for a year that nobody listens when he reports "
                    "things"
                ],
                "mother",
            ),
        ],
    ),
    (  # 2 US teachers' strike: organisation "said talks had", picket-sign slogan in " " not
        # speech, quote split by "said union president X," (one quote, two pieces), role alone
        # "The superintendent was blunt:"
        "Teachers in the Riverton Unified School District walked off the job on Monday for the "
        "first time in 31 years, closing 42 schools and leaving about 27,000 students at home. The "
        "Riverton Education Association, which represents 2,100 teachers, said talks had broken "
        "down over class sizes and a 4 percent pay offer.\n\n"
        'Picketers outside Sycamore Middle School carried signs reading "Small Classes, Big '
        'Futures" and sang along to a brass band. "We didn\'t want to be here," said union '
        'president Marcus DelaCruz-Whitfield, "but the district left us no choice."\n\n'
        "The district is led by Angela Whitcombe, who became superintendent in July after a decade "
        'running schools in a neighboring county. The superintendent was blunt: "Every dollar we '
        "don't have is a dollar we would have to take from art, music or sports.\"\n\n"
        "No new negotiating sessions had been scheduled as of Monday evening. Meals will be handed "
        "out at six schools for students who rely on free breakfast and lunch.",
        [
            (
                I,
                ["talks had broken down over class sizes and a 4 percent pay offer"],
                "Riverton Education Association",
            ),
            (
                D,
                ["We didn't want to be here", "but the district left us no choice."],
                "Marcus DelaCruz-Whitfield",
            ),
            (
                D,
                [
                    "Every dollar we don't have is a dollar we would have to take from art, music "
                    "or sports."
                ],
                "Angela Whitcombe",
            ),
        ],
    ),
    (  # 3 international tuition fees: straight quotes, partial ending reported speech with the
        # title "Professor" dropped, organisation partial after "called the decision"
        "The University of Castlebridge will charge international undergraduates up to £38,500 a "
        "year from 2027, a rise of 12 percent, after its governing council approved the increase "
        "on Thursday. Fees for postgraduate taught courses will rise by a similar amount.\n\n"
        "Its vice-chancellor, Professor Adebayo Lindqvist, said the extra income was needed to "
        'protect "teaching that home fees no longer cover". The university expects a deficit of '
        "£14 million this year, its third in a row, and has already cut 160 jobs.\n\n"
        "International students make up about a third of Castlebridge's 21,000 students, most of "
        "them from China, India and Nigeria. Recruitment from several countries fell last year "
        "after visa rules were tightened. Home undergraduate fees have been frozen at £9,250 for "
        "most of the past decade.\n\n"
        'Castlebridge Students\' Union called the decision "a tax on ambition" and is planning a '
        "protest outside the council's next meeting in February, when fees for students already "
        "enrolled will be discussed.",
        [
            (P, ["teaching that home fees no longer cover"], "Adebayo Lindqvist"),
            (P, ["a tax on ambition"], "Castlebridge Students' Union"),
        ],
    ),
    (  # 4 free school meals: "…, according to a survey … by the X." (part before), curly quotes,
        # "said Councillor X, the council's cabinet member" (title dropped), partial after
        # "warned of" with the sentence running on
        "Nearly one in four children in Bramford live in households that struggle to afford food, "
        "according to a survey published this month by the Full Plates Trust. The figure has risen "
        "from one in six three years ago.\n\n"
        "Against that backdrop, Bramford Borough Council voted on Wednesday to give free lunches to "
        "every primary school pupil from April, regardless of family income. About 14,500 children "
        "in 61 schools will be eligible. Secondary pupils are not included in the scheme, which is "
        "modelled on one introduced in the neighbouring borough of Eastwick two years ago.\n\n"
        "“Hungry children cannot learn. It really is that simple,” said Councillor Priya "
        "Ramaswamy, the council’s cabinet member for children and families, who proposed the "
        "scheme.\n\n"
        "Opposition councillors questioned the £6.4 million annual cost, which will be met partly "
        "from reserves. Their leader, Geoffrey Parr-Ellison, warned of “a hole in the budget that "
        "someone will have to fill” within two years. The scheme will be reviewed after its first "
        "full year.",
        [
            (
                I,
                [
                    "Nearly one in four children in Bramford live in households that struggle to "
                    "afford food"
                ],
                "Full Plates Trust",
            ),
            (
                D,
                ["Hungry children cannot learn. It really is that simple"],
                "Priya Ramaswamy",
            ),
            (P, ["a hole in the budget that someone will have to fill"], "Geoffrey Parr-Ellison"),
        ],
    ),
    (  # 5 A-level results: single curly quotes with ’ apostrophes, organisation "said … that",
        # partial inside reported speech ("principal Dr X said students had done ‘…’"), direct
        # with a ’ apostrophe inside and "he said"
        "The Joint Examinations Council said on Thursday that the proportion of A-level entries "
        "awarded an A or A* had fallen to 25.1 per cent this year, from 27.3 per cent last "
        "summer. The fall was steepest in mathematics and the sciences, while results in English "
        "and history were broadly unchanged.\n\n"
        "At Kingsmead Sixth Form College in Larkhill, principal Dr Samuel Achterberg said students "
        "had done ‘remarkably well in the circumstances’. The college’s 640 students sat their "
        "GCSEs in a converted warehouse after flooding closed the main site for most of 2024.\n\n"
        "‘This cohort lost most of a year to the floods and the closures that followed, and "
        "they’ve had to catch up on everything,’ he said.\n\n"
        "Among them was Zainab Osei-Mensah, 18, who achieved three A* grades and will study "
        "medicine at Redcastle in September. She opened her results envelope in the college car "
        "park with her grandmother, who had driven from Ashcombe for the occasion.",
        [
            (
                I,
                [
                    "the proportion of A-level entries awarded an A or A* had fallen to 25.1 per "
                    "cent this year, from 27.3 per cent last summer"
                ],
                "Joint Examinations Council",
            ),
            (P, ["remarkably well in the circumstances"], "Samuel Achterberg"),
            (
                D,
                [
                    "This cohort lost most of a year to the floods and the closures that followed, "
                    "and they’ve had to catch up on everything"
                ],
                "Samuel Achterberg",
            ),
        ],
    ),
    (  # 6 school closures vote: "Director of Education X told the meeting that … and that",
        # quote running over two paragraphs (one span per paragraph) with "she said", sign text in
        # “ ” not speech, unnamed "the parent"
        "Trustees of the Maplewood District School Board voted 7-4 late Tuesday to close three "
        "elementary schools in June, citing falling enrolment and $11 million in deferred repairs. "
        "About 600 pupils will move to four neighbouring schools in September. The board has "
        "closed five schools since 2015.\n\n"
        "Director of Education Paul-Émile Gagnon told the meeting that the three buildings were "
        "running at less than half their capacity and that keeping them open would mean cutting "
        "staff elsewhere.\n\n"
        "Trustee Gurpreet Sandhu, who voted against the plan, spoke for nearly ten minutes. “These "
        "schools are the last public buildings in some of these neighbourhoods. When they go, the "
        "library programs go, the after-school clubs go, the polling station goes.\n\n"
        "“We are not closing schools. We are closing communities,” she said.\n\n"
        "Outside the boardroom, a parent from Elm Creek Public School held a hand-lettered sign "
        "reading “Save Elm Creek”. “They decided this months ago. Tonight was theatre,” the parent "
        "said.",
        [
            (
                I,
                [
                    "the three buildings were running at less than half their capacity and that "
                    "keeping them open would mean cutting staff elsewhere"
                ],
                "Paul-Émile Gagnon",
            ),
            (
                D,
                [
                    "These schools are the last public buildings in some of these neighbourhoods. "
                    "When they go, the library programs go, the after-school clubs go, the polling "
                    "station goes.",
                    "We are not closing schools. We are closing communities",
                ],
                "Gurpreet Sandhu",
            ),
            (D, ["They decided this months ago. Tonight was theatre"], "parent"),
        ],
    ),
    (  # 7 marking boycott: direct with "said Dr X, secretary of …" (particle "van der"), a second
        # quotation opening a new sentence (separate direct quote, same speaker), organisation
        # partial ending its sentence
        "Lecturers at Northgate University began a marking and assessment boycott on Monday, "
        "meaning that hundreds of final-year students may graduate this summer without knowing "
        "their degree classification. Eighty-one percent of union members who voted backed the "
        "action, on a turnout of 62 percent.\n\n"
        "“Nobody becomes a lecturer to hold students’ marks hostage,” said Dr Elise van der Berg, "
        "secretary of the local branch of the University and College Lecturers’ Union, who teaches "
        "marine biology. “But our pay has fallen by a quarter in real terms since 2011, and the "
        "university is sitting on reserves of £90 million.”\n\n"
        "In a statement, the university said the boycott was “deeply regrettable”. Staff taking "
        "part will lose half their pay for every day of the boycott.\n\n"
        "The boycott is the third round of industrial action at Northgate in four years, after "
        "strikes over pensions in 2023 and over workloads last spring. Lecturers at two other "
        "universities in the region are due to be balloted next month.",
        [
            (
                D,
                ["Nobody becomes a lecturer to hold students’ marks hostage"],
                "Elise van der Berg",
            ),
            (
                D,
                [
                    "But our pay has fallen by a quarter in real terms since 2011, and the "
                    "university is sitting on reserves of £90 million."
                ],
                "Elise van der Berg",
            ),
            (P, ["deeply regrettable"], "Northgate University"),
        ],
    ),
    (  # 8 phone pouches: straight quotes, quote split by "Ortega told reporters after the vote,"
        # (surname only, full name given earlier), partial after "called the pouches"
        "Calloway County Public Schools will lock students' phones in magnetic pouches from the "
        "first bell to the last starting in January, under a policy proposed by Superintendent "
        "José Luis Ortega and approved by the school board on Monday night. The pouches, which "
        "cost about $30 each, will be bought with a state grant.\n\n"
        '"Teachers are spending the first ten minutes of every class policing screens," Ortega '
        'told reporters after the vote, "and that\'s time our kids never get back."\n\n'
        "A district survey this fall found that more than two-thirds of middle and high school "
        "teachers dealt with phone-related disruptions at least once a day. Three neighboring "
        "districts adopted similar policies last year. Under the new rules, students will be able "
        "to use their phones at lunch in one designated area.\n\n"
        "Not every parent is convinced. Danielle Whitaker-Moss, whose daughter has epilepsy, "
        'called the pouches "a solution looking for a problem" and has collected more than 400 '
        "signatures on a petition for medical exemptions.",
        [
            (
                D,
                [
                    "Teachers are spending the first ten minutes of every class policing screens",
                    "and that's time our kids never get back.",
                ],
                "José Luis Ortega",
            ),
            (P, ["a solution looking for a problem"], "Danielle Whitaker-Moss"),
        ],
    ),
    (  # 9 leaked exam paper: hashtag not a quote, "The council's chief executive, Dr X, said …
        # and that …", two-sentence direct with the speaker named after ("said X, the principal")
        "The Kilindi National Examinations Council has cancelled the mathematics paper sat by "
        "412,000 secondary school students last week, after photographs of the questions "
        "circulated on messaging apps the night before the exam. The hashtag #RetakeGate trended "
        "for most of Sunday.\n\n"
        "The council's chief executive, Dr Wanjiru Kamau, said the paper would be reset on "
        "December 14 and that police had arrested three people, including a teacher and a "
        "printing-press employee in the coastal town of Mabwe.\n\n"
        "Candidates will sit the new paper at their own schools, and the council will pay for "
        "transport in districts where schools have already closed for the holidays. About 30,000 "
        "candidates in remote areas will sit the paper in regional centres.\n\n"
        'In the northern town of Dolowe, the news landed badly. "Some of them walked two hours '
        'each way to sit that exam. Now they must do it again," said Abdi Farah Hussein, the '
        "principal of a mixed day school.",
        [
            (
                I,
                [
                    "the paper would be reset on December 14 and that police had arrested three "
                    "people, including a teacher and a printing-press employee in the coastal town "
                    "of Mabwe"
                ],
                "Wanjiru Kamau",
            ),
            (
                D,
                [
                    "Some of them walked two hours each way to sit that exam. Now they must do it "
                    "again"
                ],
                "Abdi Farah Hussein",
            ),
        ],
    ),
    (  # 10 library books review: partial inside "said the board was responding to",
        # "Mr. X added:" followed by a two-sentence quote with final period inside
        "The Pinecrest School Board voted 5-2 on Thursday to remove 14 titles from middle school "
        "libraries while they are reviewed, after a public comment session that lasted more than "
        "two hours and drew about 300 people.\n\n"
        'Board President Tomás Echeverría said the board was responding to "legitimate concerns" '
        'raised by parents about sexual content in some of the books. Mr. Echeverría added: "This '
        'is a review, not a ban. Every one of these books can come back."\n\n'
        "The removed titles include three novels by award-winning young adult authors and a "
        "graphic memoir that has been taught in the district's eighth-grade English classes since "
        "2019. A review committee of teachers, librarians and parents is expected to report by "
        "March.\n\n"
        "The Pinecrest Freedom to Read Coalition, which organized a rally of students and teachers "
        "outside the district office before the meeting, has hired a lawyer. Two of the authors "
        "whose books were removed are due to speak at the town library next month.",
        [
            (P, ["legitimate concerns"], "Tomás Echeverría"),
            (
                D,
                ["This is a review, not a ban. Every one of these books can come back."],
                "Tomás Echeverría",
            ),
        ],
    ),
    (  # 11 crumbling concrete in schools: "The Education Minister, X, told parliament … that",
        # role alone "the minister said", organisation partial inside "said the money was"
        "The Education Minister, Rhiannon Pryce-Mbatha, told parliament on Wednesday that more "
        "than 120 schools would have to close classrooms or whole buildings after surveyors found "
        "crumbling lightweight concrete in their roofs.\n\n"
        "“I will not gamble with the safety of a single child,” the minister said, announcing an "
        "emergency fund of £85 million to pay for temporary classrooms and urgent repairs. Surveys "
        "of a further 300 schools built between 1950 and 1980 are due to be completed by "
        "Easter.\n\n"
        "The Association of School Leaders said the money was “a fraction of what is needed” to "
        "fix a school estate in which one building in five is more than 60 years old.\n\n"
        "At St Brannock’s Primary in Tregarth, 190 pupils have moved into the church hall next "
        "door, where lessons are taught between the pews and lunch is served from a trestle table. "
        "The school, led by headteacher Owain Lloyd-Hughes, is likely to stay there until at least "
        "the summer.",
        [
            (
                I,
                [
                    "more than 120 schools would have to close classrooms or whole buildings after "
                    "surveyors found crumbling lightweight concrete in their roofs"
                ],
                "Rhiannon Pryce-Mbatha",
            ),
            (
                D,
                ["I will not gamble with the safety of a single child"],
                "Rhiannon Pryce-Mbatha",
            ),
            (P, ["a fraction of what is needed"], "Association of School Leaders"),
        ],
    ),
    (  # 12 AI cheating: direct attributed to a role alone ("the professor said", name given in
        # the previous sentence, Turkish name), "A spokeswoman for the university said …"
        # (speaks for the organisation)
        "Cases of suspected cheating with artificial intelligence tools more than tripled at "
        "Eastbrook University last year, to 1,146, up from 352 the year before. Most involved "
        "essays in first-year modules.\n\n"
        "Professor Mehmet Yıldırım chairs the university's academic misconduct panel, which now "
        'meets weekly instead of once a month. "Half the students who come before us genuinely '
        'did not know they had done anything wrong," the professor said.\n\n'
        "Only 61 students were found to have committed serious misconduct, leading to the loss of "
        "credits or expulsion. The rest received warnings or were cleared.\n\n"
        "Eastbrook, which has 27,000 students, was one of the first universities in the region to "
        "allow AI tools in some coursework, provided students declare how they used them. Several "
        "departments have since returned to handwritten exams.\n\n"
        "A spokeswoman for the university said new guidance on the use of AI would be issued to "
        "all students in January, and that staff would receive training on redesigning "
        "assessments.",
        [
            (
                D,
                [
                    "Half the students who come before us genuinely did not know they had done "
                    "anything wrong"
                ],
                "Mehmet Yıldırım",
            ),
            (
                I,
                [
                    "new guidance on the use of AI would be issued to all students in January, and "
                    "that staff would receive training on redesigning assessments"
                ],
                "Eastbrook University",
            ),
        ],
    ),
    (  # 13 back-to-school costs: "…, according to an annual survey by the children's charity X."
        # (generic noun dropped), two-sentence direct with Irish name "Ní" after
        "Parents of secondary school pupils are spending an average of €1,480 to send a child back "
        "to school this year, up 9 percent on last year, according to an annual survey by the "
        "children's charity Bright Start. Crested jumpers and blazers that can only be bought from "
        "a single supplier were singled out as the biggest expense.\n\n"
        "\"I've three in secondary. That's nearly €4,500 before anyone has bought a calculator,\" "
        "said Siobhán Ní Bhriain, a mother from Ballycarra who works part-time in a pharmacy.\n\n"
        "The survey of 1,900 parents found that one in five had borrowed money to cover "
        "back-to-school costs, most often from a credit union or a relative. Families with three or "
        "more children in school were the most likely to borrow.\n\n"
        "Guidance on uniform costs issued by the Department of Education in 2024 is not binding, "
        "and fewer than half of secondary schools have adopted "
        "generic uniforms with iron-on crests.",
        [
            (
                I,
                [
                    "Parents of secondary school pupils are spending an average of €1,480 to send "
                    "a child back to school this year, up 9 percent on last year"
                ],
                "Bright Start",
            ),
            (
                D,
                [
                    "I've three in secondary. That's nearly €4,500 before anyone has bought a "
                    "calculator"
                ],
                "Siobhán Ní Bhriain",
            ),
        ],
    ),
    (  # 14 graduate union vote: nickname in " " not speech, direct with long apposition after,
        # then a second quotation opening a new sentence (separate quote, same speaker),
        # partial ending reported speech with the period inside the marks ("Provost X said")
        "Graduate students at Harlan State University voted overwhelmingly on Friday to form a "
        "union, ending a three-year campaign that included two walkouts and a sit-in at the "
        'administration building known on campus as "the Bunker." Of the 2,203 ballots cast, '
        "1,874 were in favor, on a turnout of 71 percent.\n\n"
        '"We teach a third of the undergraduate classes on this campus, and some of us qualify for '
        'food stamps," said Jamal Abdullah-Price, a fifth-year doctoral student in history and '
        'one of the organizers. "Today that starts to change."\n\n'
        "Provost Lakshmi Venkataraman said in an email to faculty that the university would "
        '"respect the outcome and bargain in good faith." The first negotiating session is '
        "expected in the spring.\n\n"
        "Graduate workers at Harlan are currently paid a stipend of $21,400 for a nine-month "
        "appointment, below the cost of living in the county, where the median rent for a "
        "one-bedroom apartment has passed $1,300.",
        [
            (
                D,
                [
                    "We teach a third of the undergraduate classes on this campus, and some of us "
                    "qualify for food stamps"
                ],
                "Jamal Abdullah-Price",
            ),
            (D, ["Today that starts to change."], "Jamal Abdullah-Price"),
            (
                P,
                ["respect the outcome and bargain in good faith."],
                "Lakshmi Venkataraman",
            ),
        ],
    ),
    (  # 15 four-day school week: two-sentence direct with "said Superintendent X" after,
        # "According to state education commissioner X, …" (rest of the sentence), a quote ending
        # in two questions with "asked X"
        "The Red Bluff County School District will move to a four-day school week next fall, "
        "becoming the 14th district in the state to do so. The school board approved the calendar "
        "by a 4-1 vote on Tuesday, with classes running from Monday to Thursday and each day "
        "extended by 50 minutes.\n\n"
        "\"We're competing for teachers with districts that pay $8,000 more. A three-day weekend "
        "is the one thing we can offer that they can't,\" said Superintendent Dale Hutchins. The "
        "shorter week should also cut about $900,000 a year from transport and utility costs.\n\n"
        "According to state education commissioner Oluwaseun Adeyemi, there is little evidence "
        "that shorter weeks hurt test scores in rural districts. The state will nonetheless track "
        "reading results in the district for the first three years.\n\n"
        "For working parents, the fifth day is the problem. \"Who's going to watch my kids on "
        'Fridays? Grandma?" asked Maria Fernández, a nurse with two children at Red Bluff '
        "Elementary. The district plans to offer optional Friday care at two schools for $15 a "
        "day.",
        [
            (
                D,
                [
                    "We're competing for teachers with districts that pay $8,000 more. A three-day "
                    "weekend is the one thing we can offer that they can't"
                ],
                "Dale Hutchins",
            ),
            (
                I,
                ["there is little evidence that shorter weeks hurt test scores in rural districts"],
                "Oluwaseun Adeyemi",
            ),
            (D, ["Who's going to watch my kids on Fridays? Grandma?"], "Maria Fernández"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout65.jsonl"),
        "heldout65",
        "h65",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
