"""Source of the forty-seventh held-out set: writes heldout47.jsonl (split "heldout47").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like education and social-affairs reporting: schools, exams, universities and student
protests, benefits and poverty, with teachers, pupils, parents' groups, ministers, charities
and researchers.
Measured once before (extractor 0.3.0) and with extractors 0.18.0 and 0.19.0 before it was
read; read to write 0.20.0 (docs/EXTRACTION.md). Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout47.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-29"
Item = GoldItem

# French typography varies: « » with plain spaces, no-break spaces (\u00a0), narrow no-break
# spaces (\u202f), none, “ ”, straight quotes, and dialogue dashes.
FR: list[Item] = [
    (  # 1 bac reform: role alone "la ministre" after cue, "Elle a annoncé que", report title
        # not annotated, partial from a union named after a generic noun
        "La ministre de l'Éducation nationale, Laure Vasseur-Dantec, a présenté mardi les "
        "grandes lignes de la réforme du baccalauréat, qui doit entrer en vigueur à la session "
        "2028. Les épreuves de spécialité, jusqu'ici organisées au printemps, seront replacées "
        "en juin.\n\n"
        "« Le calendrier actuel vide le troisième trimestre de son sens. Les élèves décrochent "
        "dès le mois de mai, et les professeurs le constatent tous », a expliqué la ministre "
        "devant la presse. Elle a annoncé que le grand oral serait maintenu, mais ramené de "
        "vingt à quinze minutes.\n\n"
        "La réforme s'appuie en partie sur le rapport « Réussir au lycée », remis en septembre "
        "par l'inspection générale. Le principal syndicat du secondaire, le SNEL, a dénoncé "
        "« une réforme de plus, décidée sans les enseignants » et n'exclut pas un appel à la "
        "grève en janvier.",
        [
            (
                D,
                [
                    "Le calendrier actuel vide le troisième trimestre de son sens. Les élèves "
                    "décrochent dès le mois de mai, et les professeurs le constatent tous"
                ],
                "Laure Vasseur-Dantec",
            ),
            (
                I,
                ["le grand oral serait maintenu, mais ramené de vingt à quinze minutes"],
                "Laure Vasseur-Dantec",
            ),
            (P, ["une réforme de plus, décidée sans les enseignants"], "SNEL"),
        ],
    ),
    (  # 2 student protest: banner slogan not annotated, first-name speaker after "confie",
        # incise ending a sentence (one quote, two pieces) by an unnamed spokesman of a
        # collective, partial inside reported speech
        "Plusieurs centaines d'étudiants ont manifesté jeudi devant la présidence de "
        "l'université de Valbrune, à l'appel du collectif Étudiants en lutte, contre la hausse "
        "des frais d'inscription votée le mois dernier par le conseil d'administration. Sur "
        "une banderole, on pouvait lire «\u00a0Le savoir n'est pas à vendre\u00a0».\n\n"
        "«\u00a0Je travaille déjà vingt heures par semaine dans un supermarché pour payer mon "
        "loyer. Avec 400 euros de plus, je ne sais pas comment je vais finir ma "
        "licence\u00a0», confie Inès, 21 ans, étudiante en sociologie.\n\n"
        "«\u00a0On ne lâchera pas tant que la délibération ne sera pas retirée, a lancé au "
        "mégaphone un porte-parole du collectif. La présidence doit nous recevoir, et vite.\u00a0»\n\n"
        "Le président de l'université, Gérald Moncorgé, a fait savoir par communiqué qu'il "
        "était «\u00a0ouvert au dialogue\u00a0». L'établissement affiche un déficit de 6,2 "
        "millions d'euros.",
        [
            (
                D,
                [
                    "Je travaille déjà vingt heures par semaine dans un supermarché pour payer "
                    "mon loyer. Avec 400 euros de plus, je ne sais pas comment je vais finir ma "
                    "licence"
                ],
                "Inès",
            ),
            (
                D,
                [
                    "On ne lâchera pas tant que la délibération ne sera pas retirée",
                    "La présidence doit nous recevoir, et vite.",
                ],
                "Étudiants en lutte",
            ),
            (P, ["ouvert au dialogue"], "Gérald Moncorgé"),
        ],
    ),
    (  # 3 child poverty report: "selon" after the clause, report title not annotated,
        # narrow no-break spaces, "D'après elle", inverted "observe-t-elle"
        "Un enfant sur cinq vit sous le seuil de pauvreté dans le département de la Sarlève, "
        "selon le rapport annuel publié mercredi par l'association Main tendue. Le document, "
        "intitulé «\u202fGrandir sans rien\u202f», s'appuie sur les données 2025 des caisses "
        "d'allocations familiales.\n\n"
        "«\u202fCe que nous voyons dans nos permanences, ce sont des familles qui travaillent "
        "et qui ne s'en sortent plus\u202f», résume sa présidente, Mireille Authier. D'après "
        "elle, les demandes d'aide alimentaire ont augmenté de 18\u202f% en un an.\n\n"
        "La sociologue Camille Orsenne, chercheuse au laboratoire Lisa de l'université de "
        "Port-Morel, n'est pas surprise. «\u202fLes familles monoparentales concentrent "
        "l'essentiel de la hausse. Ce sont presque toujours des mères seules, souvent à temps "
        "partiel subi\u202f», observe-t-elle.\n\n"
        "L'association réclame une revalorisation de 10\u202f% des allocations familiales.",
        [
            (
                I,
                [
                    "Un enfant sur cinq vit sous le seuil de pauvreté dans le département de la "
                    "Sarlève"
                ],
                "Main tendue",
            ),
            (
                D,
                [
                    "Ce que nous voyons dans nos permanences, ce sont des familles qui "
                    "travaillent et qui ne s'en sortent plus"
                ],
                "Mireille Authier",
            ),
            (
                I,
                ["les demandes d'aide alimentaire ont augmenté de 18\u202f% en un an"],
                "Mireille Authier",
            ),
            (
                D,
                [
                    "Les familles monoparentales concentrent l'essentiel de la hausse. Ce sont "
                    "presque toujours des mères seules, souvent à temps partiel subi"
                ],
                "Camille Orsenne",
            ),
        ],
    ),
    (  # 4 missing teacher: “ ” quote with no cue verb, speaker in the previous sentence;
        # indirect "a assuré que"; noun-object verb not annotated
        "À Saint-Arnoult-sur-Lèze, dans les Hauts-de-Brenne, les parents d'élèves de l'école "
        "Jules-Ferrand ont occupé l'établissement lundi matin. Depuis la rentrée, la classe de "
        "CE2 n'a pas de maîtresse : l'enseignante, en arrêt maladie, n'a jamais été "
        "remplacée.\n\n"
        "La présidente de l'association de parents, Sophie Lanvin-Gros, ne décolère pas. "
        "“Cela fait sept semaines que nos enfants sont répartis dans les autres classes comme "
        "des colis. On nous répond qu'il n'y a personne sur la liste des remplaçants.”\n\n"
        "Le directeur académique, Thierry Bazalgette, a assuré que la situation serait réglée "
        "au plus tard à la rentrée de la Toussaint. Il a reconnu des difficultés de "
        "recrutement dans le département, où 43 postes restent vacants.\n\n"
        "Les parents prévoient une nouvelle occupation vendredi si aucun enseignant n'est "
        "nommé d'ici là.",
        [
            (
                D,
                [
                    "Cela fait sept semaines que nos enfants sont répartis dans les autres "
                    "classes comme des colis. On nous répond qu'il n'y a personne sur la liste "
                    "des remplaçants."
                ],
                "Sophie Lanvin-Gros",
            ),
            (
                I,
                ["la situation serait réglée au plus tard à la rentrée de la Toussaint"],
                "Thierry Bazalgette",
            ),
        ],
    ),
    (  # 5 one-euro canteen: incise splitting a quote with no-break spaces, "a estimé que",
        # opposition leader then M. + surname
        "Le conseil départemental de la Vaudrière va généraliser, à partir de janvier, le "
        "tarif de cantine à un euro dans ses 61 collèges. La mesure concernera les familles "
        "dont le quotient familial est inférieur à 900 euros.\n\n"
        "«\u00a0Pour beaucoup d'enfants, le repas du midi est le seul repas complet de la "
        "journée, a souligné le président du département, Jean-Christophe Morvillier. Nous ne "
        "pouvons pas laisser le prix décider à leur place.\u00a0»\n\n"
        "Le coût de la mesure est estimé à 2,4 millions d'euros par an. Le chef de file de "
        "l'opposition, Patrice Ollivaud, a estimé que la collectivité aurait dû d'abord "
        "rénover les cuisines des collèges. Certaines datent des années 1970.\n\n"
        "Le tarif actuel varie de 2,80 euros à 4,10 euros selon les collèges. Le vote "
        "définitif aura lieu lors de la session budgétaire du 12 décembre.",
        [
            (
                D,
                [
                    "Pour beaucoup d'enfants, le repas du midi est le seul repas complet de la "
                    "journée",
                    "Nous ne pouvons pas laisser le prix décider à leur place.",
                ],
                "Jean-Christophe Morvillier",
            ),
            (
                I,
                ["la collectivité aurait dû d'abord rénover les cuisines des collèges"],
                "Patrice Ollivaud",
            ),
        ],
    ),
    (  # 6 grants: "Pour X, « … »" with an organisation, "rappelle que", quote split by an
        # incise then continued over a paragraph (three pieces), pronoun "elle"
        "Le ministre de l'Enseignement supérieur, Hugo Ravanel, a confirmé vendredi une "
        "revalorisation de 6 % des bourses sur critères sociaux à la rentrée prochaine, une "
        "hausse jugée insuffisante par les organisations étudiantes.\n\n"
        "Pour la Fédération des étudiants de France (FEF), « le compte n'y est pas ». Sa "
        "présidente, Lina Benchekroun, rappelle que le loyer moyen d'un studio a progressé de "
        "11 % en deux ans dans les villes universitaires.\n\n"
        "« Un boursier à l'échelon le plus élevé touche aujourd'hui 680 euros par mois, "
        "détaille-t-elle. Quand on enlève le loyer, il reste de quoi manger quinze jours.\n\n"
        "« On demande une réforme complète, pas un pourcentage annoncé un vendredi soir. »\n\n"
        "Le budget consacré aux bourses atteint 2,5 milliards d'euros cette année.",
        [
            (D, ["le compte n'y est pas"], "Fédération des étudiants de France"),
            (
                I,
                [
                    "le loyer moyen d'un studio a progressé de 11 % en deux ans dans les villes "
                    "universitaires"
                ],
                "Lina Benchekroun",
            ),
            (
                D,
                [
                    "Un boursier à l'échelon le plus élevé touche aujourd'hui 680 euros par mois",
                    "Quand on enlève le loyer, il reste de quoi manger quinze jours.",
                    "On demande une réforme complète, pas un pourcentage annoncé un vendredi soir.",
                ],
                "Lina Benchekroun",
            ),
        ],
    ),
    (  # 7 anti-bullying workshop: operation name not annotated, dialogue dashes, "Mme" +
        # surname, partial inside reported speech, "raconte-t-il"
        "Au collège Albert-Camelin de Rivesaltes-sur-Orbe, les élèves de quatrième ont passé "
        "la matinée de mardi à jouer des scènes de harcèlement, dans le cadre de l'opération "
        "« Pas dans ma classe », lancée par le rectorat.\n\n"
        "Dans la salle polyvalente, la principale, Agnès Deloustal, interroge un groupe :\n"
        "— Qui a déjà vu une photo circuler sans l'accord de la personne ?\n"
        "Presque toutes les mains se lèvent.\n"
        "— Et qui l'a signalé à un adulte ?\n"
        "Deux mains.\n\n"
        "« C'est exactement ce silence qu'on veut casser », explique ensuite Mme Deloustal. "
        "Le collège a enregistré onze signalements l'an dernier.\n\n"
        "Mathis, 13 ans, reconnaît avoir « rigolé » devant une vidéo l'an dernier. « Sur le "
        "moment, on ne se rend pas compte. Après, j'ai vu la fille pleurer dans le couloir », "
        "raconte-t-il.",
        [
            (
                D,
                ["Qui a déjà vu une photo circuler sans l'accord de la personne ?"],
                "Agnès Deloustal",
            ),
            (D, ["Et qui l'a signalé à un adulte ?"], "Agnès Deloustal"),
            (D, ["C'est exactement ce silence qu'on veut casser"], "Agnès Deloustal"),
            (P, ["rigolé"], "Mathis"),
            (
                D,
                [
                    "Sur le moment, on ne se rend pas compte. Après, j'ai vu la fille pleurer "
                    "dans le couloir"
                ],
                "Mathis",
            ),
        ],
    ),
    (  # 8 attainment gap study: "d'après" after the clause, quote with the speaker in the
        # next sentence (no cue verb), partial after "plaide pour un"
        "Les écarts de niveau entre élèves favorisés et défavorisés se sont encore creusés en "
        "mathématiques, d'après une étude du Centre d'observation des inégalités scolaires "
        "(COIS) publiée lundi. En fin de troisième, 34 points séparent désormais les deux "
        "groupes, contre 27 en 2019.\n\n"
        "«\u202fLa crise sanitaire a laissé des traces que l'on n'a jamais vraiment rattrapées. "
        "Les élèves les plus fragiles ont perdu près d'un an d'apprentissages.\u202f» "
        "L'auteur principal de l'étude, l'économiste Bastien Quéméner, plaide pour un "
        "«\u202fplan de rattrapage ciblé\u202f» dans les collèges les plus en difficulté.\n\n"
        "L'étude porte sur 48 000 élèves suivis de la sixième à la troisième dans quatre "
        "académies. Les filles, en retard sur les garçons en mathématiques depuis plusieurs "
        "années, ont en revanche réduit l'écart. Le ministère n'a pas souhaité réagir.",
        [
            (
                I,
                [
                    "Les écarts de niveau entre élèves favorisés et défavorisés se sont encore "
                    "creusés en mathématiques"
                ],
                "Centre d'observation des inégalités scolaires",
            ),
            (
                D,
                [
                    "La crise sanitaire a laissé des traces que l'on n'a jamais vraiment "
                    "rattrapées. Les élèves les plus fragiles ont perdu près d'un an "
                    "d'apprentissages."
                ],
                "Bastien Quéméner",
            ),
            (P, ["plan de rattrapage ciblé"], "Bastien Quéméner"),
        ],
    ),
    (  # 9 RSA work requirement: «» without spaces, "dit-elle", organisation "affirme que",
        # "parle de «…»", role + name after "a répondu"
        "Depuis le 1er janvier, les allocataires du revenu de solidarité active (RSA) doivent "
        "effectuer quinze heures d'activité par semaine pour continuer à percevoir leur "
        "allocation. Dans la Haute-Vallière, département pilote, le bilan reste contrasté.\n\n"
        "À l'antenne de Combrelles, Nathalie Grosjean, 52 ans, ancienne aide-soignante, a été "
        "orientée vers un atelier de remise à niveau informatique. «Je ne suis pas contre, "
        "mais personne ne m'a demandé ce dont j'avais besoin. J'ai surtout besoin d'une "
        "voiture pour aller travailler», dit-elle.\n\n"
        "Le Secours fraternel, qui accompagne 3 000 familles dans le département, affirme que "
        "plusieurs centaines d'allocataires ont vu leur allocation suspendue depuis l'été. "
        "Son délégué, Rémi Carrodano, parle de «sanctions à l'aveugle».\n\n"
        "Le département conteste ces chiffres. «Les suspensions restent rares et toujours "
        "précédées d'un entretien», a répondu la vice-présidente chargée de l'insertion, "
        "Florence Abiven.",
        [
            (
                D,
                [
                    "Je ne suis pas contre, mais personne ne m'a demandé ce dont j'avais besoin. "
                    "J'ai surtout besoin d'une voiture pour aller travailler"
                ],
                "Nathalie Grosjean",
            ),
            (
                I,
                [
                    "plusieurs centaines d'allocataires ont vu leur allocation suspendue depuis "
                    "l'été"
                ],
                "Secours fraternel",
            ),
            (P, ["sanctions à l'aveugle"], "Rémi Carrodano"),
            (
                D,
                ["Les suspensions restent rares et toujours précédées d'un entretien"],
                "Florence Abiven",
            ),
        ],
    ),
    (  # 10 vocational school strike: "a martelé" + name and role, institution "a indiqué
        # que", intention phrase by an unnamed group
        "Les enseignants du lycée professionnel Marcel-Sembat de Lorvigny sont en grève "
        "depuis lundi, après l'agression d'un professeur d'atelier par un élève exclu. Ils "
        "réclament la création de deux postes de surveillants.\n\n"
        "« On nous envoie des élèves en grande difficulté sans aucun moyen pour les "
        "accompagner. Ce qui est arrivé la semaine dernière, tout le monde le voyait venir », "
        "a martelé Olivier Tramoni, professeur de génie électrique et délégué syndical.\n\n"
        "Le rectorat a indiqué qu'un poste supplémentaire d'assistant d'éducation serait créé "
        "dès la semaine prochaine. Insuffisant pour les grévistes, qui ont fait part de leur "
        "volonté de poursuivre le mouvement jusqu'aux vacances. Le collègue agressé, touché à "
        "l'épaule, a repris le travail jeudi.\n\n"
        "L'élève mis en cause, âgé de 17 ans, doit être présenté à un juge des enfants le mois "
        "prochain. Une réunion avec les parents est prévue lundi soir au lycée.",
        [
            (
                D,
                [
                    "On nous envoie des élèves en grande difficulté sans aucun moyen pour les "
                    "accompagner. Ce qui est arrivé la semaine dernière, tout le monde le voyait "
                    "venir"
                ],
                "Olivier Tramoni",
            ),
            (
                I,
                [
                    "un poste supplémentaire d'assistant d'éducation serait créé dès la semaine "
                    "prochaine"
                ],
                "rectorat",
            ),
            (I, ["poursuivre le mouvement jusqu'aux vacances"], "grévistes"),
        ],
    ),
    (  # 11 apprenticeships: reported clause before "a reconnu" + role + name, "a fait valoir
        # le ministre", partial after "pour qui"
        "Le nombre de contrats d'apprentissage signés cette année devrait reculer pour la "
        "première fois depuis 2018, a reconnu mercredi le ministre du Travail, Didier "
        "Calmettes, devant les sénateurs. La baisse des aides à l'embauche, réduites à 4 500 "
        "euros en février, y est pour beaucoup.\n\n"
        "« Nous assumons d'avoir recentré l'effort sur les jeunes les moins qualifiés. "
        "L'apprentissage n'a pas vocation à financer des masters en alternance dans les "
        "grandes écoles », a fait valoir le ministre.\n\n"
        "Un argument qui ne convainc pas la sénatrice Véronique Haddad-Lenoir, pour qui le "
        "gouvernement « scie la branche » sur laquelle reposait la baisse du chômage des "
        "jeunes. Les centres de formation d'apprentis redoutent, eux, des fermetures de "
        "sections dès la rentrée 2027.",
        [
            (
                I,
                [
                    "Le nombre de contrats d'apprentissage signés cette année devrait reculer "
                    "pour la première fois depuis 2018"
                ],
                "Didier Calmettes",
            ),
            (
                D,
                [
                    "Nous assumons d'avoir recentré l'effort sur les jeunes les moins "
                    "qualifiés. L'apprentissage n'a pas vocation à financer des masters en "
                    "alternance dans les grandes écoles"
                ],
                "Didier Calmettes",
            ),
            (P, ["scie la branche"], "Véronique Haddad-Lenoir"),
        ],
    ),
    (  # 12 summer camps: scheme name not annotated, "s'inquiète" + name, anonymous
        # instructor introduced with a colon, quote continued over a paragraph
        "Le dispositif «\u00a0Pass colo\u00a0», qui finance jusqu'à 350 euros de séjour pour "
        "les enfants de familles modestes, a profité cet été à 41 000 jeunes, soit deux fois "
        "moins que l'objectif fixé par le gouvernement.\n\n"
        "Pour les associations d'éducation populaire, le problème est ailleurs. «\u00a0Il "
        "manque des animateurs, pas des enfants. Le Bafa coûte près de 1 000 euros, et on "
        "demande à des jeunes de 17 ans de travailler pour 30 euros par jour\u00a0», "
        "s'inquiète Karim Belhadj, directeur de la fédération Loisirs et Vacances "
        "solidaires.\n\n"
        "Une animatrice rencontrée dans un centre de la Drôme-Haute, qui a souhaité rester "
        "anonyme, confirme : «\u00a0Cet été, on était deux pour vingt-quatre enfants. On a "
        "tenu parce qu'on aime ça.\n\n"
        "«\u00a0Mais je ne suis pas sûre de revenir l'an prochain.\u00a0»",
        [
            (
                D,
                [
                    "Il manque des animateurs, pas des enfants. Le Bafa coûte près de 1 000 "
                    "euros, et on demande à des jeunes de 17 ans de travailler pour 30 euros "
                    "par jour"
                ],
                "Karim Belhadj",
            ),
            (
                D,
                [
                    "Cet été, on était deux pour vingt-quatre enfants. On a tenu parce qu'on "
                    "aime ça.",
                    "Mais je ne suis pas sûre de revenir l'an prochain.",
                ],
                "animatrice",
            ),
        ],
    ),
    (  # 13 student residence occupation: partial inside "a assuré que", first-name student after
        # "raconte"
        "Une quarantaine d'étudiants occupent depuis mardi soir l'amphithéâtre B de la "
        "faculté de lettres de Montclaret pour protester contre la fermeture, annoncée pour "
        "mars, de la résidence universitaire des Tilleuls, jugée insalubre.\n\n"
        "La présidente de l'université, Béatrice Koenig-Massart, a assuré mercredi qu'aucun "
        "des 212 résidents ne se retrouverait «\u202fà la rue\u202f». Des solutions de "
        "relogement doivent être proposées d'ici janvier.\n\n"
        "Les occupants, eux, n'y croient plus. «\u202fOn nous avait déjà "
        "promis des travaux il y a trois ans. On a eu de la peinture dans les couloirs, et les "
        "moisissures sont revenues au bout de deux mois\u202f», raconte Yanis, étudiant en "
        "master d'histoire, qui vit aux Tilleuls depuis 2023.\n\n"
        "Construite en 1968, la résidence compte quatre bâtiments de neuf étages. Sa "
        "rénovation complète a été chiffrée à 19 millions d'euros.",
        [
            (P, ["à la rue"], "Béatrice Koenig-Massart"),
            (
                D,
                [
                    "On nous avait déjà promis des travaux il y a trois ans. On a eu de la "
                    "peinture dans les couloirs, et les moisissures sont revenues au bout de "
                    "deux mois"
                ],
                "Yanis",
            ),
        ],
    ),
    (  # 14 phone ban survey: Mme + full name, colon then a two-sentence quote; measure's
        # nickname not annotated; partial whose syntax runs through the marks
        "L'interdiction des téléphones portables au collège, généralisée à la rentrée, divise "
        "toujours. La Fédération des conseils de parents d'élèves du public (FCPEP) a publié "
        "jeudi une enquête menée auprès de 5 200 familles.\n\n"
        "Sa coprésidente, Mme Élodie Stern-Marchal, tire un bilan nuancé : « Dans la plupart "
        "des établissements, la règle est respectée et le climat s'est apaisé. Mais dans "
        "certains collèges, on a installé des casiers sans personne pour les surveiller, et des "
        "parents ont dû racheter des téléphones volés. »\n\n"
        "La mesure, baptisée « pause numérique » par le ministère, n'a pas fait disparaître "
        "le harcèlement en ligne. Celui-ci « se déplace simplement après 17 heures », "
        "prévient Mme Stern-Marchal.\n\n"
        "L'enquête a été réalisée en ligne du 2 au 20 octobre, dans 71 départements.",
        [
            (
                D,
                [
                    "Dans la plupart des établissements, la règle est respectée et le climat "
                    "s'est apaisé. Mais dans certains collèges, on a installé des casiers sans "
                    "personne pour les surveiller, et des parents ont dû racheter des téléphones "
                    "volés."
                ],
                "Élodie Stern-Marchal",
            ),
            (P, ["se déplace simplement après 17 heures"], "Élodie Stern-Marchal"),
        ],
    ),
    (  # 15 brevet results: straight double quotes in French, exclamations before "s'exclame",
        # colon quote by a classmate
        "Les résultats du brevet ont été mis en ligne vendredi à 10 heures, avec une "
        "demi-heure de retard sur l'horaire annoncé. Au collège "
        "Louise-Michaud de Bréville, une vingtaine d'élèves attendaient devant les grilles, "
        "téléphone à la main.\n\n"
        "\"Je l'ai ! Avec mention bien !\" s'exclame Lou, 15 ans, avant de tomber dans les "
        'bras de sa mère. À côté, son camarade Enzo fait la moue : "Il me manque deux points '
        "pour la mention. C'est le français qui m'a coulé.\"\n\n"
        "Au niveau national, le taux de réussite atteint 86,4 %, en léger recul. Au collège Louise-Michaud, 92 % des élèves ont "
        "obtenu le diplôme, un record pour l'établissement, classé en réseau d'éducation "
        "prioritaire. Les élèves ajournés pourront se réinscrire dès la semaine prochaine.",
        [
            (D, ["Je l'ai ! Avec mention bien !"], "Lou"),
            (
                D,
                ["Il me manque deux points pour la mention. C'est le français qui m'a coulé."],
                "Enzo",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 teachers' pay: clause before "announced" + role + name, curly quotes, Ms +
        # surname, ‘ ’ nested in a quote, speaker in an incise after "its general secretary"
        "Teachers in state schools will receive a 3.8% pay rise from September, the Education "
        "Secretary, Rachel Ormerod, announced on Tuesday, ending months of uncertainty in staff "
        "rooms.\n\n"
        "“This is a fair offer, and it is fully funded. No school will have to cut staff to "
        "pay for it,” Ms Ormerod said.\n\n"
        "The National Union of Classroom Teachers (NUCT) was less enthusiastic. The union "
        "will consult its 210,000 members on industrial action before Christmas.\n\n"
        "“When the minister says ‘fully funded’, she means funded from budgets that were "
        "already stretched to breaking point,” its general secretary, Paul Brennock, told "
        "Radio Ashmere.\n\n"
        "The rise will cost around £1.4 billion next year. Heads of smaller primary schools, "
        "where staff costs make up more than 80% of the budget, have asked for the details "
        "of the extra funding to be published before the spring term.",
        [
            (
                I,
                ["Teachers in state schools will receive a 3.8% pay rise from September"],
                "Rachel Ormerod",
            ),
            (
                D,
                [
                    "This is a fair offer, and it is fully funded. No school will have to cut "
                    "staff to pay for it"
                ],
                "Rachel Ormerod",
            ),
            (
                D,
                [
                    "When the minister says ‘fully funded’, she means funded from budgets that "
                    "were already stretched to breaking point"
                ],
                "Paul Brennock",
            ),
        ],
    ),
    (  # 2 marking boycott: "according to" an organisation, two direct quotes around a
        # "said Dr X, who ..." attribution that ends its sentence (straight quotes)
        "Thousands of final-year students at Harwick University may graduate this summer "
        "without a classified degree, as a marking boycott by lecturers enters its sixth "
        "week.\n\n"
        "Around 40% of exam scripts have not been marked, according to the University and "
        "College Staff Association (UCSA), which called the boycott over cuts to pensions.\n\n"
        "\"We did not take this decision lightly. Nobody goes into teaching to hold students' "
        'results hostage," said Dr Amira Osei-Bonsu, who chairs the UCSA branch at Harwick. '
        '"But the university has refused even to meet us since February."\n\n'
        "The university has drawn up contingency plans that would allow external examiners to "
        "mark the most urgent scripts. Students' union officers have called a meeting for "
        "Thursday, and parents of some final-year students have written to their local MP.",
        [
            (
                I,
                ["Around 40% of exam scripts have not been marked"],
                "University and College Staff Association",
            ),
            (
                D,
                [
                    "We did not take this decision lightly. Nobody goes into teaching to hold "
                    "students' results hostage"
                ],
                "Amira Osei-Bonsu",
            ),
            (
                D,
                ["But the university has refused even to meet us since February."],
                "Amira Osei-Bonsu",
            ),
        ],
    ),
    (  # 3 free school meals: report title not annotated, "said X, the charity's chief
        # executive", professor introduced in one sentence, "he said" after a long quote
        "More than 900,000 children living in poverty are missing out on free school meals "
        "because their parents earn just above the eligibility threshold. The figure comes "
        'from a report published on Thursday by the charity Fairshare Children, titled "The '
        'Lunchbox Gap".\n\n'
        '"We are talking about children whose parents are cleaners, care workers, delivery '
        "drivers. They are doing everything right, and their kids are still going hungry by "
        "mid-afternoon,\" said Helen Ashdown, the charity's chief executive.\n\n"
        "Extending eligibility to every family on low-income support would cost about £1.1 "
        "billion a year.\n\n"
        "Professor Gareth Lyle, a nutrition researcher at the University of Castlebridge, has "
        'spent a decade studying the link between hunger and attention in class. "Teachers '
        "can see it. A child who has not eaten since breakfast is not going to learn fractions "
        "at two o'clock,\" he said.",
        [
            (
                D,
                [
                    "We are talking about children whose parents are cleaners, care workers, "
                    "delivery drivers. They are doing everything right, and their kids are "
                    "still going hungry by mid-afternoon"
                ],
                "Helen Ashdown",
            ),
            (
                D,
                [
                    "Teachers can see it. A child who has not eaten since breakfast is not going "
                    "to learn fractions at two o'clock"
                ],
                "Gareth Lyle",
            ),
        ],
    ),
    (  # 4 results day: "beamed" + name, quote with no cue after a sentence naming the
        # speaker, partial inside reported speech
        "Students at Kingsmere Academy in Daleford opened their A-level results on Thursday "
        "morning in the school hall, some in tears, others already on the phone to their "
        "parents.\n\n"
        '"Three A stars. I honestly thought I\'d messed up chemistry," beamed Priya '
        "Nandakumar, 18, who will study medicine at Northgate in the autumn.\n\n"
        "Her friend Callum Reid was more subdued. He missed his offer by one grade and spent "
        "the morning on hold to the university's admissions line. \"They've said they'll let "
        "me know by Monday. I'm trying not to think about it.\"\n\n"
        "The academy's principal, Janet Okafor, said this year's group had started secondary "
        'school during the pandemic and "never had a normal Year 7". Of the 164 students who '
        "sat exams, 71% achieved at least one A grade.",
        [
            (D, ["Three A stars. I honestly thought I'd messed up chemistry"], "Priya Nandakumar"),
            (
                D,
                ["They've said they'll let me know by Monday. I'm trying not to think about it."],
                "Callum Reid",
            ),
            (P, ["never had a normal Year 7"], "Janet Okafor"),
        ],
    ),
    (  # 5 tuition fees march: chanted slogan not annotated, partial after "told the crowd
        # that", "she said", "Police said" (unnamed group)
        "Several thousand students marched through the centre of Carrowmore on Saturday to "
        'protest against a planned rise in tuition fees, chanting "Education is a right, not '
        'a debt" as they passed the parliament building.\n\n'
        "The march was organised by the Student Union Federation (SUF), whose president, "
        'Aoife Gallagher, told the crowd that the government had "broken its word" to a '
        "generation of young people.\n\n"
        '"They promised us fees would be frozen until 2030. Two years later, here we are, '
        'and they want us to pay more for fewer teaching hours," she said.\n\n'
        "Police said the protest had been largely peaceful, with two arrests for criminal "
        "damage.\n\n"
        "The Higher Education Minister, Declan Moriarty, was not available for comment. The "
        "bill is due to return to parliament next month.",
        [
            (P, ["broken its word"], "Aoife Gallagher"),
            (
                D,
                [
                    "They promised us fees would be frozen until 2030. Two years later, here we "
                    "are, and they want us to pay more for fewer teaching hours"
                ],
                "Aoife Gallagher",
            ),
            (
                I,
                ["the protest had been largely peaceful, with two arrests for criminal damage"],
                "police",
            ),
        ],
    ),
    (  # 6 special needs: mother named in the lead, Ms + surname, second quote carried over
        # two paragraphs (two spans)
        "When Lorna Baptiste's son Ethan was diagnosed with autism at the age of six, she was "
        "told he would get extra support at school within weeks. Two years later, the family "
        "is still waiting.\n\n"
        "\"Every term there's a new reason. First it was the assessment, then the paperwork, "
        "then the council said there was no money left in this year's budget,\" Ms Baptiste "
        "said.\n\n"
        "\"Meanwhile Ethan has been sent home early more times than I can count. I've had to "
        "give up my job to be there when the school rings.\n\n"
        "\"I'm not asking for anything special. I'm asking for what the law says he should "
        'have."\n\n'
        "More than 1,800 children in Wexbury are waiting for an education, health and care "
        "plan. Wexbury Council did not respond to a request for comment.",
        [
            (
                D,
                [
                    "Every term there's a new reason. First it was the assessment, then the "
                    "paperwork, then the council said there was no money left in this year's "
                    "budget"
                ],
                "Lorna Baptiste",
            ),
            (
                D,
                [
                    "Meanwhile Ethan has been sent home early more times than I can count. I've "
                    "had to give up my job to be there when the school rings.",
                    "I'm not asking for anything special. I'm asking for what the law says he "
                    "should have.",
                ],
                "Lorna Baptiste",
            ),
        ],
    ),
    (  # 7 uniform costs: "a survey by X has found" after the clause, quote split by an
        # incise inside one sentence (two spans), Dr + full name then "she said"
        "Parents are spending an average of £287 a year on uniform for each secondary school "
        "child, a survey by the Family Budget Trust has found, despite guidance telling "
        "schools to keep costs down.\n\n"
        '"Some schools still insist on a blazer with a logo that you can only buy from one '
        'shop," said Mark Tennant, who chairs the Greyfield Parents\' Forum, "and that shop '
        'knows it has a captive market."\n\n'
        "Mr Tennant, a father of three, spent more than £700 in August alone.\n\n"
        "The head of Greyfield High School, Dr Susan Ferrier, whose school cut its list of "
        'compulsory items from nine to four last year, defended its policy. "We run a second-hand uniform '
        'shop every term, and nobody is turned away," she said.',
        [
            (
                I,
                [
                    "Parents are spending an average of £287 a year on uniform for each "
                    "secondary school child"
                ],
                "Family Budget Trust",
            ),
            (
                D,
                [
                    "Some schools still insist on a blazer with a logo that you can only buy "
                    "from one shop",
                    "and that shop knows it has a captive market.",
                ],
                "Mark Tennant",
            ),
            (
                D,
                ["We run a second-hand uniform shop every term, and nobody is turned away"],
                "Susan Ferrier",
            ),
        ],
    ),
    (  # 8 youth homelessness: "said X, who has managed ...", anonymous young man known by
        # a first name, two-sentence quote before "he said"
        "Night after night, the drop-in centre run by the charity Open Door on Marlow Street "
        "in Bramcaster fills up by 9pm. Most of those who come in are under 25.\n\n"
        "\"Ten years ago we'd see a handful of young people sleeping rough. Now it's twenty, "
        "thirty a night, and they're younger,\" said Deborah Akinola, who has managed the "
        "centre since 2016. A few still go to college courses during the day and sleep on "
        "buses at night.\n\n"
        "One of them, a 19-year-old who asked to be identified only as Jay, left his family "
        'home after an argument last winter. "I thought it would be a couple of nights on a '
        "mate's sofa. That was eleven months ago,\" he said.\n\n"
        "The government's target is to end youth homelessness by 2030. Open Door's own "
        "funding runs out in March.",
        [
            (
                D,
                [
                    "Ten years ago we'd see a handful of young people sleeping rough. Now it's "
                    "twenty, thirty a night, and they're younger"
                ],
                "Deborah Akinola",
            ),
            (
                D,
                [
                    "I thought it would be a couple of nights on a mate's sofa. That was eleven "
                    "months ago"
                ],
                "Jay",
            ),
        ],
    ),
    (  # 9 maths teachers: quote before "said" + role + Dr + full name,
        # colon after "put it bluntly", partial after "called the scheme", Dr + surname
        "Nearly one in four maths lessons in secondary schools in the Avonlea region is now "
        "taught by a teacher without a maths degree. The finding comes from a two-year study "
        "by the University of Kestwick, published on Wednesday.\n\n"
        'The proportion has almost doubled since 2018. "We have physics teachers, PE teachers, even geography teachers covering '
        "maths, and many of them are doing a heroic job. But we would never accept that in a "
        "hospital,\" said the study's lead author, Dr Nadia Kowalczyk, a former maths teacher.\n\n"
        "Head teachers in the region recognise the picture. Alan Murdoch, regional secretary "
        "of the Association of Head Teachers, put it bluntly: \"You can't recruit people who "
        "don't exist.\"\n\n"
        "The regional education authority is offering a £9,000 bonus to maths graduates who "
        'commit to teaching in the area for three years. Dr Kowalczyk called the scheme "a '
        'plaster on a broken leg".',
        [
            (
                D,
                [
                    "We have physics teachers, PE teachers, even geography teachers covering "
                    "maths, and many of them are doing a heroic job. But we would never accept "
                    "that in a hospital"
                ],
                "Nadia Kowalczyk",
            ),
            (D, ["You can't recruit people who don't exist."], "Alan Murdoch"),
            (P, ["a plaster on a broken leg"], "Nadia Kowalczyk"),
        ],
    ),
    (  # 10 village school closure: "said X, whose daughters ...", Councillor + name,
        # partial in reported speech then a quote with "he said" as a separate sentence
        "Parents packed a council meeting in Pendrith on Monday night as councillors voted to "
        "close Low Fell Primary, a 47-pupil village school, at the end of the academic "
        "year.\n\n"
        "\"This school is the heart of the village. Once it goes, young families won't move "
        'here, and then the shop goes, and the bus," said Gemma Thwaite, whose two daughters '
        "attend Low Fell.\n\n"
        "Councillor Rob Haldane, the cabinet member for education, said the decision had been "
        '"agonising". "But we cannot justify spending £9,400 per pupil at Low Fell when the '
        'average across the county is £5,100," he said.\n\n'
        "Pupils will be offered places at Brackenside Primary, six miles away, with free "
        "transport. Parents have until 14 March to lodge an appeal.",
        [
            (
                D,
                [
                    "This school is the heart of the village. Once it goes, young families won't "
                    "move here, and then the shop goes, and the bus"
                ],
                "Gemma Thwaite",
            ),
            (P, ["agonising"], "Rob Haldane"),
            (
                D,
                [
                    "But we cannot justify spending £9,400 per pupil at Low Fell when the average "
                    "across the county is £5,100"
                ],
                "Rob Haldane",
            ),
        ],
    ),
    (  # 11 youth mental health: "according to" a charity, quote whose speaker comes in the
        # next sentence (no cue verb)
        "One in three 16- to 24-year-olds has experienced a mental health problem serious "
        "enough to affect their studies, according to a survey of 6,000 young people by the "
        "youth charity Mindspace.\n\n"
        '"What struck us was how many said they had never told anyone: not a teacher, not a '
        "parent, not a GP.\" The charity's director of research, Dr Yasmin Haddou, has "
        "worked with further education colleges for fifteen years.\n\n"
        "Waiting lists for specialist services for young people now exceed 19 weeks in some "
        "areas.\n\n"
        "In the survey, students from low-income families were twice as likely as others to "
        "have left a course early. Mindspace runs peer-support groups in 38 colleges and plans "
        "to double that number by 2028, with funding from two regional health boards.",
        [
            (
                I,
                [
                    "One in three 16- to 24-year-olds has experienced a mental health problem "
                    "serious enough to affect their studies"
                ],
                "Mindspace",
            ),
            (
                D,
                [
                    "What struck us was how many said they had never told anyone: not a "
                    "teacher, not a parent, not a GP."
                ],
                "Yasmin Haddou",
            ),
        ],
    ),
    (  # 12 university access: Professor + name, partial after "conceded", quote with "he
        # said", campaign founder after "said its founder"
        "Kingsford University has admitted fewer students from state schools this year than "
        "at any time since 2017, figures released on Friday show.\n\n"
        "State-educated students made up 61.2% of this autumn's undergraduate intake, down "
        "from 66.8% last year. The university's director of admissions, Professor Hugh "
        'Pemberton, conceded the figures were "disappointing".\n\n'
        '"We know exactly where we lose these students: at the application stage, not at '
        "interview. Too many bright pupils in the north still think this place is not for "
        'them," he said.\n\n'
        "The Access Now campaign, which mentors sixth-formers from low-income areas, was "
        'scathing. "Kingsford has spent £14 million on outreach in five years. It has nothing '
        'to show for it," said its founder, Marcus Dlamini.\n\n'
        "The university will publish a new access plan in the spring.",
        [
            (P, ["disappointing"], "Hugh Pemberton"),
            (
                D,
                [
                    "We know exactly where we lose these students: at the application stage, not "
                    "at interview. Too many bright pupils in the north still think this place is "
                    "not for them"
                ],
                "Hugh Pemberton",
            ),
            (
                D,
                [
                    "Kingsford has spent £14 million on outreach in five years. It has nothing "
                    "to show for it"
                ],
                "Marcus Dlamini",
            ),
        ],
    ),
    (  # 13 child benefit cap: nickname in quotes not annotated, quote split by "Ms X told
        # MPs" (two spans), Mr + surname after a one-sentence quote
        "The limit on child benefit for third and subsequent children will be lifted from April "
        "under plans set out on Wednesday by the Work and Pensions Secretary, Nicola "
        "Stanhope. Around 450,000 families are expected to gain an average of £3,100 a "
        "year.\n\n"
        'The rule, known at Westhall as the "family cap", has been blamed by anti-poverty '
        "campaigners for pushing an estimated 300,000 children into poverty.\n\n"
        '"Scrapping the cap," Ms Stanhope told MPs, "is the single most effective thing this '
        'government can do to bring child poverty down in this parliament."\n\n'
        "The opposition's work and pensions spokesman, Geoffrey Lamb, was sceptical. \"The "
        "move will cost £3.2 billion a year, and nobody has explained where the money is "
        'coming from," Mr Lamb said.',
        [
            (
                D,
                [
                    "Scrapping the cap",
                    "is the single most effective thing this government can do to bring child "
                    "poverty down in this parliament.",
                ],
                "Nicola Stanhope",
            ),
            (
                D,
                [
                    "The move will cost £3.2 billion a year, and nobody has explained where the "
                    "money is coming from"
                ],
                "Geoffrey Lamb",
            ),
        ],
    ),
    (  # 14 youth centre closure: banner slogan not annotated, long quote then "said X, who
        # has coached ...", role alone "the coach added"
        "The Eastfield Youth Centre in Harrowby, which has run a boxing gym, a homework club "
        "and a football team for more than 30 years, will close on 20 December after losing "
        'its council grant. On Tuesday evening teenagers hung a banner reading "Save '
        'Eastfield" across the front door.\n\n'
        "\"Where are these kids going to go at eight o'clock on a winter night? I'll tell you "
        'where: the bus shelter, the car park, the back of the shops," said Winston Clarke, '
        "who has coached the centre's under-16 football side since 1998.\n\n"
        "\"We've had three lads turn professional, and dozens go to college who wouldn't have "
        'otherwise," the coach added.\n\n'
        "Harrowby Borough Council has cut its youth budget by 40% in four years. Two other "
        "youth clubs in the borough closed in the spring, and a petition to save Eastfield "
        "has gathered 6,400 signatures.",
        [
            (
                D,
                [
                    "Where are these kids going to go at eight o'clock on a winter night? I'll "
                    "tell you where: the bus shelter, the car park, the back of the shops"
                ],
                "Winston Clarke",
            ),
            (
                D,
                [
                    "We've had three lads turn professional, and dozens go to college who "
                    "wouldn't have otherwise"
                ],
                "Winston Clarke",
            ),
        ],
    ),
    (  # 15 exam paper error: organisation "said it was" + partial, clause before "the
        # council added", Mr + surname after a two-sentence quote
        "The Northern Examinations Council (NEC) has apologised after a printing error left a "
        "page missing from one of this summer's chemistry papers, affecting about 2,300 "
        "candidates in 140 schools.\n\n"
        'The council said it was "truly sorry" for the distress caused. Affected candidates '
        "will be graded only on the questions they were able to answer, the council "
        "added.\n\n"
        "Sam Whitlock, head of science at Brenford School, where 41 pupils sat the paper, was "
        'unimpressed. "Some of my students came out in tears. They thought they had missed a '
        "page through their own fault, and several of them lost twenty minutes looking for "
        'it," Mr Whitlock said.\n\n'
        "Results for the paper will be issued with all other grades on 20 August. It is the "
        "second printing error at the board in three years.",
        [
            (P, ["truly sorry"], "Northern Examinations Council"),
            (
                I,
                [
                    "Affected candidates will be graded only on the questions they were able to "
                    "answer"
                ],
                "Northern Examinations Council",
            ),
            (
                D,
                [
                    "Some of my students came out in tears. They thought they had missed a page "
                    "through their own fault, and several of them lost twenty minutes looking "
                    "for it"
                ],
                "Sam Whitlock",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout47.jsonl"),
        "heldout47",
        "h47",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
