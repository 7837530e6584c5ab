"""Source of the fifty-first held-out set: writes heldout51.jsonl (split "heldout51").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read
like economy, markets and trade copy: central banks, inflation, tariffs, company results and
port strikes, quoting economists, bankers, ministers, trade unions, analysts and exporters.
Measured once before (extractor 0.3.0) and with extractors 0.18.0, 0.19.0 and 0.20.0
(docs/EXTRACTION.md); not read when 0.20.0 was written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout51.py
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
    (  # 1 central bank holds rates: no-break spaces, woman governor after cue, economist "commente"
        "La Banque centrale de l'Union alpine a maintenu jeudi son principal taux directeur à "
        "3,25 %, pour la troisième réunion consécutive, malgré un léger reflux de l'inflation en "
        "octobre, tombée à 2,9 % sur un an dans les six pays membres.\n\n"
        "«\u00a0Le travail n'est pas terminé. L'inflation dans les services reste trop élevée pour "
        "que nous baissions la garde\u00a0», a déclaré sa gouverneure, Hélène Vasseur-Brandt, lors "
        "de la conférence de presse qui a suivi la réunion du conseil, à Valdeyrac. La banque "
        "table désormais sur un retour de la hausse des prix vers sa cible de 2 % au second "
        "semestre 2027 seulement.\n\n"
        "La décision était largement attendue. «\u00a0Les marchés avaient intégré ce statu quo "
        "depuis des semaines, il n'y a aucune surprise\u00a0», commente Mathieu Orsini, économiste "
        "chez Crédit Lémanique, qui ne s'attend pas à un premier geste avant le printemps. "
        "L'euro alpin a peu réagi, à 1,082 dollar en fin de séance.",
        [
            (
                D,
                [
                    "Le travail n'est pas terminé. L'inflation dans les services reste trop "
                    "élevée pour que nous baissions la garde"
                ],
                "Hélène Vasseur-Brandt",
            ),
            (
                D,
                [
                    "Les marchés avaient intégré ce statu quo depuis des semaines, il n'y a aucune surprise"
                ],
                "Mathieu Orsini",
            ),
        ],
    ),
    (  # 2 port strike: narrow no-break spaces, banner slogan (not speech), speaker in previous
        # sentence, "Il a assuré que", exporter after cue "résume"
        "Le port de Saint-Aurèle tourne au ralenti depuis lundi. À l'appel du syndicat "
        "Dockers unis, les ouvriers portuaires ont cessé le travail pour 72 heures afin de "
        "protester contre le projet d'automatisation de deux terminaux à conteneurs. Sur les "
        "grilles de l'entrée principale, une banderole proclame «\u202fPas de robots sans "
        "nous\u202f».\n\n"
        "Le secrétaire général du syndicat, Yannick Le Goff, s'est adressé aux grévistes mardi "
        "matin. «\u202fOn ne s'oppose pas au progrès. On s'oppose à ce qu'il se fasse sur notre "
        "dos, sans un mot sur les reclassements.\u202f» Il a assuré que le mouvement serait "
        "reconduit si la direction ne revenait pas à la table des négociations d'ici vendredi.\n\n"
        "L'exploitant des terminaux, Aurèle Terminaux, chiffre à 4 millions d'euros par jour le "
        "manque à gagner. Une quarantaine de porte-conteneurs attendaient mardi au large.\n\n"
        "Les exportateurs de la région s'inquiètent. «\u202fChaque jour de blocage, ce sont des "
        "conteneurs de fromages qui restent à quai et des clients qui partent chez la "
        "concurrence\u202f», résume Nadine Coustal, qui dirige une coopérative laitière à "
        "Plouvenec.",
        [
            (
                D,
                [
                    "On ne s'oppose pas au progrès. On s'oppose à ce qu'il se fasse sur notre "
                    "dos, sans un mot sur les reclassements."
                ],
                "Yannick Le Goff",
            ),
            (
                I,
                [
                    "le mouvement serait reconduit si la direction ne revenait pas à la table "
                    "des négociations d'ici vendredi"
                ],
                "Yannick Le Goff",
            ),
            (
                D,
                [
                    "Chaque jour de blocage, ce sont des conteneurs de fromages qui restent à "
                    "quai et des clients qui partent chez la concurrence"
                ],
                "Nadine Coustal",
            ),
        ],
    ),
    (  # 3 company results: incise splitting a quote ("reconnaît le PDG, X,"), plan name in
        # quotes (not speech), "M. X a indiqué que", "D'après X"
        "Le groupe d'équipements ferroviaires Castellane Industries a publié mercredi une perte "
        "nette de 112 millions d'euros au premier semestre, plombée par des retards sur deux "
        "contrats de tramways et par la hausse du prix de l'acier.\n\n"
        "« Le premier semestre a été difficile, reconnaît le PDG, Laurent Mérieux-Dalbret, mais "
        "notre carnet de commandes n'a jamais été aussi plein. » Celui-ci atteint 14,6 milliards "
        "d'euros, soit près de quatre années de chiffre d'affaires.\n\n"
        "Pour redresser les marges, la direction a présenté un plan baptisé « Cap 2029 », qui "
        "prévoit la fermeture d'un site de maintenance. M. Mérieux-Dalbret a par ailleurs indiqué "
        "que le groupe supprimerait environ 300 postes en Europe d'ici à la fin de l'année "
        "prochaine, principalement dans les fonctions administratives.\n\n"
        "L'action a cédé 7,4 % à la Bourse de Lantier. D'après Sophie Rambert, analyste chez "
        "Orfèvre Capital, le titre pourrait encore reculer si la direction ne relève pas ses "
        "prévisions de trésorerie d'ici à l'automne.",
        [
            (
                D,
                [
                    "Le premier semestre a été difficile",
                    "mais notre carnet de commandes n'a jamais été aussi plein.",
                ],
                "Laurent Mérieux-Dalbret",
            ),
            (
                I,
                [
                    "le groupe supprimerait environ 300 postes en Europe d'ici à la fin de "
                    "l'année prochaine, principalement dans les fonctions administratives"
                ],
                "Laurent Mérieux-Dalbret",
            ),
            (
                I,
                [
                    "le titre pourrait encore reculer si la direction ne relève pas ses "
                    "prévisions de trésorerie d'ici à l'automne"
                ],
                "Sophie Rambert",
            ),
        ],
    ),
    (  # 4 inflation figures: ", selon ... l'ONSE" at the end, guillemets without spaces,
        # "la ministre" then partial, union "a rappelé que"
        "Les prix à la consommation ont augmenté de 2,8 % sur un an en novembre, après 3,1 % en "
        "octobre, selon une première estimation publiée vendredi par l'Office national de la "
        "statistique et des études (ONSE). Sur un mois, ils sont restés stables, grâce à un "
        "nouveau recul des prix de l'énergie.\n\n"
        "«C'est une bonne nouvelle pour le pouvoir d'achat, mais rien n'est gagné», a réagi la "
        "ministre de l'Économie, Agathe Delorme-Sauvat, sur une radio privée. La ministre a jugé "
        "le ralentissement «largement dû» à la baisse des carburants et a demandé aux "
        "distributeurs un effort sur les produits frais.\n\n"
        "Les syndicats restent sur leur faim. La confédération Force solidaire a rappelé de son "
        "côté que les salaires réels restaient inférieurs de 1,5 % à leur niveau d'avant la "
        "poussée inflationniste, et réclame l'ouverture de négociations dans toutes les "
        "branches. L'alimentation, elle, affiche encore une hausse de 4,2 % sur un an.",
        [
            (
                I,
                [
                    "Les prix à la consommation ont augmenté de 2,8 % sur un an en novembre, "
                    "après 3,1 % en octobre"
                ],
                "Office national de la statistique et des études",
            ),
            (
                D,
                ["C'est une bonne nouvelle pour le pouvoir d'achat, mais rien n'est gagné"],
                "Agathe Delorme-Sauvat",
            ),
            (P, ["largement dû"], "Agathe Delorme-Sauvat"),
            (
                I,
                [
                    "les salaires réels restaient inférieurs de 1,5 % à leur niveau d'avant la "
                    "poussée inflationniste"
                ],
                "Force solidaire",
            ),
        ],
    ),
    (  # 5 tariffs, wine exporter: quote over two paragraphs (one span each), minister
        # "a également annoncé que", foreign ministry partial "a qualifié ... de"
        "Les viticulteurs du Val de Sorre font leurs comptes. Depuis le 1er novembre, leurs "
        "bouteilles sont frappées d'un droit de douane de 25 % à l'entrée de la Karvonie, leur "
        "deuxième marché à l'export après le Benelux.\n\n"
        "« Nous avons perdu trois clients importants en un mois. Certains ont tout simplement "
        "annulé leurs commandes de fin d'année.\n\n"
        "« Si rien ne bouge d'ici au printemps, il faudra arracher des vignes », explique "
        "Bertrand Aumoine, qui exploite un domaine de 40 hectares près de Sorrac.\n\n"
        "Le ministre du Commerce extérieur, Rachid Benhamou, a promis mardi une enveloppe "
        "d'urgence de 60 millions d'euros. Il a également annoncé que le gouvernement saisirait "
        "l'Organe d'arbitrage commercial de Genève dans les prochaines semaines.\n\n"
        "À Velsk, le ministère karvonien du Commerce a qualifié ces droits de « mesure de "
        "rééquilibrage légitime » face aux subventions européennes.",
        [
            (
                D,
                [
                    "Nous avons perdu trois clients importants en un mois. Certains ont tout "
                    "simplement annulé leurs commandes de fin d'année.",
                    "Si rien ne bouge d'ici au printemps, il faudra arracher des vignes",
                ],
                "Bertrand Aumoine",
            ),
            (
                I,
                [
                    "le gouvernement saisirait l'Organe d'arbitrage commercial de Genève dans "
                    "les prochaines semaines"
                ],
                "Rachid Benhamou",
            ),
            (P, ["mesure de rééquilibrage légitime"], "ministère karvonien du Commerce"),
        ],
    ),
    (  # 6 shareholders' meeting: dialogue dashes, question from an unnamed shareholder,
        # placards (slogan, not speech), union "a annoncé qu'il"
        "L'assemblée générale du groupe agroalimentaire Maison Berthelin s'est tenue jeudi à "
        "Rivelles dans une ambiance tendue. Quelques jours après l'annonce de la fermeture de "
        "l'usine de Brévannes, le conseil d'administration proposait de verser un dividende "
        "record de 2,40 euros par action. Dans la salle, des salariés brandissaient des "
        "pancartes « Brévannes vivra ».\n\n"
        "Au moment des questions, un petit actionnaire a pris le micro :\n"
        "— Pourquoi verser un tel dividende alors que vous fermez une usine rentable il y a "
        "encore trois ans ?\n"
        "— Parce que les deux décisions n'ont rien à voir, a répondu le président, Olivier "
        "Sanchez-Marty. Brévannes perd de l'argent depuis quatre exercices.\n\n"
        "La résolution a été adoptée à 91 %. Le syndicat Sud-Agro a annoncé qu'il contesterait "
        "la fermeture devant le tribunal judiciaire, estimant les motifs économiques "
        "insuffisants. Les 180 salariés du site doivent se voir proposer des reclassements "
        "dans les autres usines du groupe.",
        [
            (
                D,
                [
                    "Pourquoi verser un tel dividende alors que vous fermez une usine rentable "
                    "il y a encore trois ans ?"
                ],
                "actionnaire",
            ),
            (
                D,
                [
                    "Parce que les deux décisions n'ont rien à voir",
                    "Brévannes perd de l'argent depuis quatre exercices.",
                ],
                "Olivier Sanchez-Marty",
            ),
            (I, ["il contesterait la fermeture devant le tribunal judiciaire"], "Sud-Agro"),
        ],
    ),
    (  # 7 report on trade: report title in quotes (not speech), "D'après le Conseil",
        # woman after cue "prévient", partial "juge « illusoire »", quote continuing her words
        "Dans son rapport annuel, intitulé « Le commerce à l'épreuve des frontières » et publié "
        "lundi, le Conseil d'analyse des échanges dresse un tableau sombre de la guerre "
        "tarifaire en cours. D'après le Conseil, les nouveaux droits de douane pourraient "
        "amputer la croissance mondiale de 0,4 point en 2027.\n\n"
        "« Nous entrons dans une ère de fragmentation durable », prévient sa présidente, "
        "l'économiste Marianne Cheval. Elle juge « illusoire » l'idée que les tarifs puissent à "
        "eux seuls faire revenir les usines sur le continent. « Les droits de douane sont une "
        "taxe sur les consommateurs, rien d'autre. Ceux qui prétendent le contraire n'ont pas "
        "ouvert un livre d'histoire économique. »\n\n"
        "Le rapport recommande de concentrer les aides sur une dizaine de filières jugées "
        "stratégiques, des batteries aux principes actifs pharmaceutiques.",
        [
            (
                I,
                [
                    "les nouveaux droits de douane pourraient amputer la croissance mondiale de "
                    "0,4 point en 2027"
                ],
                "Conseil d'analyse des échanges",
            ),
            (D, ["Nous entrons dans une ère de fragmentation durable"], "Marianne Cheval"),
            (P, ["illusoire"], "Marianne Cheval"),
            (
                D,
                [
                    "Les droits de douane sont une taxe sur les consommateurs, rien d'autre. "
                    "Ceux qui prétendent le contraire n'ont pas ouvert un livre d'histoire "
                    "économique."
                ],
                "Marianne Cheval",
            ),
        ],
    ),
    (  # 8 bank results: speaker in the previous sentence, analyst "relève", "Selon Mme X"
        "Coup d'arrêt pour la Banque Ravenel. Le troisième établissement du pays a vu son "
        "bénéfice net fondre de 38 % au troisième trimestre, à 612 millions d'euros, après avoir "
        "passé de lourdes provisions sur son portefeuille de prêts à l'immobilier commercial.\n\n"
        "Le directeur financier, Thibault Garnier, a tenté de rassurer les investisseurs lors "
        "d'une conférence téléphonique. « Les provisions que nous passons ce trimestre sont "
        "exceptionnelles. Nous ne les reverrons pas l'an prochain. »\n\n"
        "Les analystes restent sceptiques. « Ils ont tenu exactement le même discours il y a un "
        "an », relève Inès Fabre, gérante chez Sextant Partenaires. Selon Mme Fabre, la banque "
        "devra probablement renforcer ses fonds propres d'ici dix-huit mois, par une "
        "augmentation de capital ou une cession d'actifs.\n\n"
        "Le titre a perdu 9 % à la Bourse de Lantier, sa plus forte baisse en une séance "
        "depuis 2020.",
        [
            (
                D,
                [
                    "Les provisions que nous passons ce trimestre sont exceptionnelles. Nous ne "
                    "les reverrons pas l'an prochain."
                ],
                "Thibault Garnier",
            ),
            (D, ["Ils ont tenu exactement le même discours il y a un an"], "Inès Fabre"),
            (
                I,
                [
                    "la banque devra probablement renforcer ses fonds propres d'ici dix-huit "
                    "mois, par une augmentation de capital ou une cession d'actifs"
                ],
                "Inès Fabre",
            ),
        ],
    ),
    (  # 9 currency: "a martelé le gouverneur, X." inside one pair of guillemets, "selon
        # lesquelles" (not a source), partial after "a assuré qu'", "Pour l'économiste X, « »"
        "Face aux rumeurs de dévaluation qui agitent les marchés des changes depuis une "
        "semaine, la Banque centrale du Kivane a tenu mardi une conférence de presse "
        "extraordinaire à Port-Maho.\n\n"
        "« La stabilité du franc kivanais n'est pas négociable, a martelé le gouverneur, Ousmane "
        "Keïta-Diallo. Nous utiliserons tous les instruments à notre disposition. » Il répondait "
        "à des informations de presse selon lesquelles le gouvernement envisagerait un "
        "ajustement de la parité avant la fin de l'année.\n\n"
        "Le ministre des Finances, Issa Traoré-Bamba, a lui aussi assuré qu'« aucune discussion "
        "de ce type n'a eu lieu ». Les réserves de change du pays ont pourtant reculé de 18 % "
        "depuis janvier.\n\n"
        "Pour l'économiste Fatou Ndiaye-Sarr, « le vrai sujet, c'est la dette en devises, pas le "
        "taux de change ». Près de 40 % de la dette publique est libellée en dollars.",
        [
            (
                D,
                [
                    "La stabilité du franc kivanais n'est pas négociable",
                    "Nous utiliserons tous les instruments à notre disposition.",
                ],
                "Ousmane Keïta-Diallo",
            ),
            (P, ["aucune discussion de ce type n'a eu lieu"], "Issa Traoré-Bamba"),
            (
                D,
                ["le vrai sujet, c'est la dette en devises, pas le taux de change"],
                "Fatou Ndiaye-Sarr",
            ),
        ],
    ),
    (  # 10 refinery strike: "!" then "a lancé" without comma, unnamed operator, "selon la
        # préfecture" at the end
        "Le mouvement se durcit à la raffinerie de Lonzac. Pour la deuxième semaine "
        "consécutive, les salariés de Pétrolia Raffinage bloquent les expéditions de "
        "carburant, pour réclamer une hausse générale des salaires de 6 %.\n\n"
        "« Nous ne reprendrons pas le travail pour 2 % d'augmentation quand les prix en ont "
        "pris 6 ! » a lancé Corinne Basset, déléguée syndicale, devant le piquet de grève. La "
        "direction a proposé 2,3 % et une prime exceptionnelle de 800 euros.\n\n"
        "Devant les grilles, l'ambiance reste déterminée. « On tiendra le temps qu'il faudra », "
        "assure un opérateur, qui a requis l'anonymat.\n\n"
        "Une station-service sur cinq du département était partiellement ou totalement à sec "
        "jeudi soir, selon la préfecture. Des restrictions de vente ont été instaurées.",
        [
            (
                D,
                [
                    "Nous ne reprendrons pas le travail pour 2 % d'augmentation quand les prix en "
                    "ont pris 6 !"
                ],
                "Corinne Basset",
            ),
            (D, ["On tiendra le temps qu'il faudra"], "opérateur"),
            (
                I,
                [
                    "Une station-service sur cinq du département était partiellement ou "
                    "totalement à sec jeudi soir"
                ],
                "préfecture",
            ),
        ],
    ),
    (  # 11 stock market: speaker named in the next sentence, nickname in quotes (not speech),
        # bond yields in plain text
        "La Bourse de Lantier a terminé la semaine en repli de 2,1 %, sa plus forte baisse "
        "depuis août, dans le sillage des valeurs du luxe, ces « Quatre Mousquetaires » qui "
        "avaient porté l'indice toute l'année.\n\n"
        "« Le marché a déjà intégré deux baisses de taux l'an prochain. Au moindre signe "
        "contraire, la correction sera brutale. » L'avertissement vient de Julien Sarrazin, "
        "stratégiste chez Banque Vérillac, qui recommande à ses clients de réduire leur "
        "exposition aux actions.\n\n"
        "Les taux obligataires à dix ans ont pour leur part légèrement progressé, à 3,12 %. "
        "L'indice a clôturé vendredi à "
        "7 482 points.\n\n"
        "Les volumes d'échanges sont restés faibles, à l'approche des fêtes de fin d'année, et "
        "les valeurs bancaires ont limité les pertes grâce à la remontée des taux longs.",
        [
            (
                D,
                [
                    "Le marché a déjà intégré deux baisses de taux l'an prochain. Au moindre "
                    "signe contraire, la correction sera brutale."
                ],
                "Julien Sarrazin",
            ),
        ],
    ),
    (  # 12 trade agreement and farmers: “ ” in French, "a tonné son président", partial
        # "a défendu un texte “ ”", "Il a rappelé que"
        "L'accord de libre-échange entre l'Union et le Marché commun du Rio Claro, signé lundi "
        "à Bruxelles après vingt ans de négociations, continue de diviser le monde agricole. La "
        "Fédération nationale des éleveurs bovins a appelé à des rassemblements devant les "
        "préfectures samedi.\n\n"
        "“Cet accord, c'est la mort de nos exploitations à petit feu”, a tonné son président, "
        "Gérard Pellissier, en marge d'un congrès à Aurignac. L'accord prévoit l'entrée de "
        "99 000 tonnes de viande bovine à droits réduits.\n\n"
        "Le ministre de l'Agriculture, Paul-Henri Vidal, a défendu au contraire un texte "
        "“équilibré et protecteur”. Il a rappelé que des clauses de sauvegarde permettraient de "
        "suspendre les importations en cas de déstabilisation du marché.\n\n"
        "Les exportateurs de vins et de produits laitiers, eux, attendent beaucoup de la baisse "
        "des droits de douane.",
        [
            (
                D,
                ["Cet accord, c'est la mort de nos exploitations à petit feu"],
                "Gérard Pellissier",
            ),
            (P, ["équilibré et protecteur"], "Paul-Henri Vidal"),
            (
                I,
                [
                    "des clauses de sauvegarde permettraient de suspendre les importations en cas "
                    "de déstabilisation du marché"
                ],
                "Paul-Henri Vidal",
            ),
        ],
    ),
    (  # 13 mortgage market: woman economist "observe", "Selon elle", quote split by
        # "souligne Mme X." inside the guillemets
        "Après deux années de chute, la production de crédits immobiliers montre des signes de "
        "stabilisation. Les banques ont accordé 11,2 milliards d'euros de prêts à l'habitat en "
        "octobre, un montant stable par rapport à septembre.\n\n"
        "« Les ménages ont compris que l'argent bon marché, c'était fini », observe Claire "
        "Fontanel, économiste à l'Observatoire du crédit résidentiel. Selon elle, la demande "
        "devrait néanmoins repartir au premier semestre, portée par la détente des taux, "
        "revenus autour de 3,4 % sur vingt ans.\n\n"
        "« Il y a un effet de rattrapage. Mais il ne faut pas s'attendre à retrouver les "
        "volumes de 2021, souligne Mme Fontanel. Ces années-là étaient une anomalie. »\n\n"
        "Les primo-accédants restent les plus pénalisés : leur part dans les nouveaux crédits "
        "est tombée à 31 %, contre 42 % il y a cinq ans.",
        [
            (
                D,
                ["Les ménages ont compris que l'argent bon marché, c'était fini"],
                "Claire Fontanel",
            ),
            (
                I,
                [
                    "la demande devrait néanmoins repartir au premier semestre, portée par la "
                    "détente des taux, revenus autour de 3,4 % sur vingt ans"
                ],
                "Claire Fontanel",
            ),
            (
                D,
                [
                    "Il y a un effet de rattrapage. Mais il ne faut pas s'attendre à retrouver "
                    "les volumes de 2021",
                    "Ces années-là étaient une anomalie.",
                ],
                "Claire Fontanel",
            ),
        ],
    ),
    (  # 14 island port blockade: unnamed spokesman for a named company, "Le préfet" role
        # alone with partial, unnamed shopkeeper "s'inquiétait"
        "Le port de Pointe-Halys, par lequel transitent 90 % des marchandises importées sur "
        "l'île, est bloqué depuis dix jours par les dockers, qui réclament une revalorisation "
        "de leurs primes de pénibilité.\n\n"
        "« Nous avons dû dérouter quatre navires vers les îles voisines, avec des surcoûts "
        "considérables », a indiqué un porte-parole de la compagnie maritime Navimar.\n\n"
        "Le préfet a appelé mercredi les deux parties à « reprendre le dialogue sans délai » et "
        "a proposé la nomination d'un médiateur. Aucune date de réunion n'a toutefois été "
        "fixée.\n\n"
        "Dans les supermarchés, les premiers effets se font sentir. « Les rayons de produits "
        "frais commencent à se vider, et les clients achètent en double », s'inquiétait "
        "mercredi une commerçante de Sainte-Rose. Les dockers doivent se réunir en assemblée "
        "générale vendredi matin pour décider de la suite du mouvement.",
        [
            (
                D,
                [
                    "Nous avons dû dérouter quatre navires vers les îles voisines, avec des "
                    "surcoûts considérables"
                ],
                "Navimar",
            ),
            (P, ["reprendre le dialogue sans délai"], "préfet"),
            (
                D,
                [
                    "Les rayons de produits frais commencent à se vider, et les clients achètent "
                    "en double"
                ],
                "commerçante",
            ),
        ],
    ),
    (  # 15 strong currency hurts exporters: quote inside quote (“ ” within « »), "confie",
        # woman "a estimé que" + partial only, "a-t-elle regretté"
        "La vigueur de l'euro alpin, qui a pris 9 % face au dollar depuis janvier, commence à "
        "peser sur les carnets de commandes des industriels exportateurs.\n\n"
        "« Nos clients nous le disent sans détour : “Baissez vos prix ou nous irons chez vos "
        "concurrents asiatiques.” Avec une monnaie à ce niveau, nous n'avons plus aucune "
        "marge », confie Patrick Lorrain, patron d'une entreprise de machines-outils de 220 "
        "salariés.\n\n"
        "La présidente de la Chambre de commerce et d'industrie de Valdeyrac, Sylvie "
        "Marchal-Ondine, a demandé un rendez-vous à la gouverneure de la banque centrale. Elle "
        "a estimé que la politique monétaire devait « tenir compte de l'économie réelle, pas "
        "seulement des indices de prix ». « Nous alertons depuis des mois. Personne ne nous "
        "écoute », a-t-elle regretté.",
        [
            (
                D,
                [
                    "Nos clients nous le disent sans détour : “Baissez vos prix ou nous irons chez "
                    "vos concurrents asiatiques.” Avec une monnaie à ce niveau, nous n'avons plus "
                    "aucune marge"
                ],
                "Patrick Lorrain",
            ),
            (
                P,
                ["tenir compte de l'économie réelle, pas seulement des indices de prix"],
                "Sylvie Marchal-Ondine",
            ),
            (
                D,
                ["Nous alertons depuis des mois. Personne ne nous écoute"],
                "Sylvie Marchal-Ondine",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rate rise: "A," X told reporters. "B." (two quotes), partial with period inside
        "The Reserve Bank of Ostland raised its benchmark interest rate by a quarter of a "
        "percentage point to 4.75 percent on Thursday, its first increase in more than a year, "
        "after inflation unexpectedly picked up to 3.9 percent in October.\n\n"
        "“We would rather act too early than too late,” Governor Adrian Whitcombe told "
        "reporters in Halden. “The cost of letting inflation become entrenched is far higher "
        "than the cost of a slower year for growth.”\n\n"
        "The decision split the nine-member monetary policy committee, with two members voting "
        "to keep rates on hold. Priya Raman, chief economist at Mercer Lyle, called the vote "
        "“a clear signal that the bank is not done yet.”\n\n"
        "The Ostland dollar jumped 0.8 percent against the U.S. currency after the "
        "announcement, while mortgage lenders were expected to pass on the increase within "
        "days.",
        [
            (D, ["We would rather act too early than too late"], "Adrian Whitcombe"),
            (
                D,
                [
                    "The cost of letting inflation become entrenched is far higher than the cost "
                    "of a slower year for growth."
                ],
                "Adrian Whitcombe",
            ),
            (P, ["a clear signal that the bank is not done yet."], "Priya Raman"),
        ],
    ),
    (  # 2 port strike: banner slogan (not speech), woman union leader "she told a rally",
        # ", according to the port authority", employer partial "it was “disappointed”"
        "Dockworkers at Port Calder walked off the job on Monday in the first strike at the "
        "country's busiest container port in fifteen years. Pickets outside the main gate "
        "carried a banner reading “Fair Pay for Hard Graft”.\n\n"
        "The stoppage was called by the Harbour and Transport Workers' Union after pay talks "
        "collapsed on Friday. “They offered us three percent over three years. Our rents have "
        "gone up thirty percent in two,” union president Denise Okafor told a rally outside "
        "the container terminal.\n\n"
        "Some 34 vessels were waiting at anchor on Tuesday, according to the Calder Port "
        "Authority, and shipping lines have begun diverting cargo to smaller ports further "
        "south.\n\n"
        "The employers' group, Calder Stevedoring, said in a statement that it was "
        "“disappointed” by the walkout and that its offer remained on the table. Exporters of "
        "timber and frozen fish have warned of losses running into millions of dollars a day.",
        [
            (
                D,
                [
                    "They offered us three percent over three years. Our rents have gone up "
                    "thirty percent in two"
                ],
                "Denise Okafor",
            ),
            (I, ["Some 34 vessels were waiting at anchor on Tuesday"], "Calder Port Authority"),
            (P, ["disappointed"], "Calder Stevedoring"),
        ],
    ),
    (  # 3 retailer results: "A," X said on a call, "b." (one quote, two spans), campaign name
        # in quotes (not speech), "Mr Hale said", analyst introduced then "she said"
        "Shares in electronics retailer Brightmart fell 11 percent on Wednesday after the "
        "company reported a 24 percent drop in third-quarter profit and said its “Price "
        "Promise” campaign had squeezed margins more than expected.\n\n"
        "“This was a tough quarter,” chief executive Martin Hale said on a call with "
        "analysts, “but the holiday season has started better than we feared.” Mr Hale said "
        "the company would still open 12 new stores next year, most of them in retail parks "
        "outside the big cities.\n\n"
        "Not everyone was convinced. Laura Jennings, a retail analyst at Brightwater "
        "Securities, pointed to a sharp rise in inventories. “They are sitting on a lot of "
        "unsold stock, and that usually ends in heavy discounting in January,” she said.\n\n"
        "Brightmart employs around 9,000 people in 310 stores.",
        [
            (
                D,
                [
                    "This was a tough quarter",
                    "but the holiday season has started better than we feared.",
                ],
                "Martin Hale",
            ),
            (
                I,
                [
                    "the company would still open 12 new stores next year, most of them in "
                    "retail parks outside the big cities"
                ],
                "Martin Hale",
            ),
            (
                D,
                [
                    "They are sitting on a lot of unsold stock, and that usually ends in heavy "
                    "discounting in January"
                ],
                "Laura Jennings",
            ),
        ],
    ),
    (  # 4 inflation data: "according to figures published by", scare quotes (not speech),
        # woman minister partial, then "the minister told parliament"
        "Consumer prices in Nordmark rose 4.1 percent in the year to October, up from 3.7 "
        "percent in September, according to figures published on Wednesday by the National "
        "Statistics Bureau. Food prices climbed 6.2 percent, with the “shrinkflation” of "
        "packaged goods once again in the spotlight.\n\n"
        "Finance Minister Helena Strand described the figures as “disappointing but not "
        "alarming,” pointing to lower energy costs expected over the winter.\n\n"
        "Opposition parties have called for an extension of the energy price cap, which "
        "expires in March. “We cannot keep borrowing to subsidise everyone’s bills "
        "indefinitely,” the minister told parliament in a heated debate on Thursday.\n\n"
        "Economists expect inflation to ease back below 3 percent by the middle of next year, "
        "although rents and insurance premiums continue to rise faster than wages.",
        [
            (
                I,
                [
                    "Consumer prices in Nordmark rose 4.1 percent in the year to October, up from "
                    "3.7 percent in September"
                ],
                "National Statistics Bureau",
            ),
            (P, ["disappointing but not alarming"], "Helena Strand"),
            (
                D,
                ["We cannot keep borrowing to subsidise everyone’s bills indefinitely"],
                "Helena Strand",
            ),
        ],
    ),
    (  # 5 tariffs, steel exporter: quote running over two paragraphs (open mark, no close),
        # "Ms Thorne said", "said on Tuesday that ... “in active talks”", unnamed spokesman
        "Six months after Varania imposed 30 percent tariffs on imported steel products, the "
        "damage is plain to see at Thorne Precision Castings, a family firm in Dunmore that "
        "employs 140 people.\n\n"
        "“We had eleven customers in Varania in January. Today we have four.\n\n"
        "“If the tariffs stay in place through next year, we will have to cut shifts,” said "
        "managing director Rebecca Thorne, whose grandfather founded the company.\n\n"
        "Trade Secretary Owen Pryce said on Tuesday that the government was “in active talks” "
        "with Varanian officials and hoped for an exemption for specialist products.\n\n"
        "“These measures are a proportionate response to years of subsidised exports,” a "
        "spokesman for the Varanian trade ministry said. Steel shipments to Varania fell by a "
        "third in the first nine months of the year.",
        [
            (
                D,
                [
                    "We had eleven customers in Varania in January. Today we have four.",
                    "If the tariffs stay in place through next year, we will have to cut shifts",
                ],
                "Rebecca Thorne",
            ),
            (P, ["in active talks"], "Owen Pryce"),
            (
                D,
                ["These measures are a proportionate response to years of subsidised exports"],
                "Varanian trade ministry",
            ),
        ],
    ),
    (  # 6 oil markets: ‘ ’ inside “ ”, Dr title, "A," said X. "B." (two quotes),
        # unnamed traders "said"
        "Oil prices fell to a five-month low on Thursday as doubts grew over whether the "
        "largest producers would stick to the output cuts they agreed in September. The "
        "benchmark North Sea Light crude lost 2.3 percent to $68.40 a barrel.\n\n"
        "“The market is saying ‘show me’ to the producers,” said Dr Samuel Achebe-Lowe, head "
        "of commodities research at Kingsway Bank. “Everyone has heard the promises of supply "
        "cuts before, and inventories keep rising.”\n\n"
        "Traders said volumes were thin ahead of the long weekend in the United States, which "
        "may have exaggerated the move. Shares in energy companies fell across Europe, with "
        "Harlow Petroleum down 3.1 percent. Producers are due to meet again in Vienna in "
        "early January to review the agreement.",
        [
            (D, ["The market is saying ‘show me’ to the producers"], "Samuel Achebe-Lowe"),
            (
                D,
                [
                    "Everyone has heard the promises of supply cuts before, and inventories keep "
                    "rising."
                ],
                "Samuel Achebe-Lowe",
            ),
            (
                I,
                [
                    "volumes were thin ahead of the long weekend in the United States, which may "
                    "have exaggerated the move"
                ],
                "traders",
            ),
        ],
    ),
    (  # 7 car plant strike vote: union "announced on Friday that", "said the union's regional
        # secretary, X." then a second quote
        "The Amalgamated Motor Workers' Union announced on Friday that 87 percent of its "
        "members at Kestrel Motors' Castleford plant had voted in favour of strike action, on "
        "a turnout of 74 percent.\n\n"
        "The dispute centres on the carmaker's plan to move production of its best-selling "
        "hatchback abroad from 2028, putting around 1,200 jobs at risk.\n\n"
        "“Management has had six months to make a serious offer,” said the union's regional "
        "secretary, Gary Mitchell. “They chose to waste them. Now they will have to deal with "
        "the consequences.”\n\n"
        "The first walkout could take place as early as December 9. Kestrel Motors declined to "
        "comment on the ballot result. The plant, which opened in 1986, supplies engines to "
        "two other European factories and is one of the largest employers in the county.",
        [
            (
                I,
                [
                    "87 percent of its members at Kestrel Motors' Castleford plant had voted in "
                    "favour of strike action, on a turnout of 74 percent"
                ],
                "Amalgamated Motor Workers' Union",
            ),
            (D, ["Management has had six months to make a serious offer"], "Gary Mitchell"),
            (
                D,
                ["They chose to waste them. Now they will have to deal with the consequences."],
                "Gary Mitchell",
            ),
        ],
    ),
    (  # 8 airline results: woman CEO "said in a statement", surname alone later (no quote)
        "Northwind Airways reported record quarterly profit on Tuesday, lifted by strong "
        "demand for long-haul travel and lower fuel costs. Pre-tax profit for the three months "
        "to September rose 31 percent to 1.24 billion euros on revenue of 6.8 billion.\n\n"
        "“Demand for transatlantic travel remains extraordinarily strong, and we see no sign "
        "of it slowing,” chief executive Claire Donnelly said in a statement. The airline plans "
        "to add capacity on its busiest routes next summer, despite delays in deliveries from "
        "manufacturers that have left four new aircraft parked in Toulouse.\n\n"
        "Donnelly, who took over last year, has been under pressure from investors to restart "
        "dividend payments suspended during the pandemic. The board will decide in February. "
        "Northwind shares rose 5 percent in early trading.",
        [
            (
                D,
                [
                    "Demand for transatlantic travel remains extraordinarily strong, and we see "
                    "no sign of it slowing"
                ],
                "Claire Donnelly",
            ),
        ],
    ),
    (  # 9 central bank speech: title of the speech in quotes (not speech), "X was blunt: “…”",
        # then "she told"
        "In a speech titled “Patience and Its Limits” at the University of Wrexford on "
        "Monday, the Bank of Caledonia's deputy governor, Fiona MacLeod, pushed back against "
        "market bets on early interest rate cuts.\n\n"
        "Investors have priced in three cuts next year. MacLeod was blunt: “Rate cuts are not "
        "around the corner.”\n\n"
        "Wage growth of more than 5 percent, she argued, remains too strong to be consistent "
        "with the bank's 2 percent target. “We have made real progress, but the last mile is "
        "always the hardest,” she told an audience of students and business leaders.\n\n"
        "Two-year government bond yields rose 12 basis points after the speech, the biggest "
        "daily move since the summer, and the currency strengthened against both the dollar "
        "and the euro.",
        [
            (D, ["Rate cuts are not around the corner."], "Fiona MacLeod"),
            (
                D,
                ["We have made real progress, but the last mile is always the hardest"],
                "Fiona MacLeod",
            ),
        ],
    ),
    (  # 10 EV tariffs: "said X, president of ...", unnamed officials partial
        "The Lissen government will impose duties of up to 35 percent on electric cars "
        "imported from outside the customs union from January, it announced on Thursday, "
        "after an eighteen-month investigation into state subsidies.\n\n"
        "Carmakers that export to Lissen reacted angrily. “This is protectionism dressed up as "
        "climate policy, and consumers will pay for it,” said Hugo Brandt, president of the "
        "Federation of Automotive Exporters, which represents 40 manufacturers.\n\n"
        "Officials in Lissen insisted the duties were “strictly temporary” and would be "
        "reviewed after two years. Electric vehicles made up 22 percent of new car sales in "
        "Lissen last year, and imports accounted for more than half of them. Several "
        "exporting countries are expected to file a complaint with the regional trade "
        "tribunal before the duties take effect.",
        [
            (
                D,
                [
                    "This is protectionism dressed up as climate policy, and consumers will pay "
                    "for it"
                ],
                "Hugo Brandt",
            ),
            (P, ["strictly temporary"], "officials"),
        ],
    ),
    (  # 11 grain port strike: straight quotes, crane operator after cue, association
        # "warned that", chairwoman with "the association's chairwoman, X, said"
        "Grain loading at the port of Senna ground to a halt on Wednesday as some 600 workers "
        "began an indefinite strike over pay and night-shift bonuses, in the middle of the "
        "busiest export season of the year.\n\n"
        '"We load the ships that feed half the region. We want to be paid like it," said '
        "Tomasz Wierzba, who has worked as a crane operator at the port for 19 years.\n\n"
        "The Grain Exporters Association warned that farmers' silos would be full within a "
        'fortnight if the strike continued. "Every day of delay costs exporters around $3 '
        "million in demurrage and lost contracts,\" the association's chairwoman, Margaret "
        "Oduya, said.\n\n"
        "The port operator, Senna Bulk Terminals, has offered a 4 percent increase. Talks are "
        "due to resume on Monday under the supervision of a government mediator.",
        [
            (
                D,
                ["We load the ships that feed half the region. We want to be paid like it"],
                "Tomasz Wierzba",
            ),
            (
                I,
                ["farmers' silos would be full within a fortnight if the strike continued"],
                "Grain Exporters Association",
            ),
            (
                D,
                [
                    "Every day of delay costs exporters around $3 million in demurrage and lost "
                    "contracts"
                ],
                "Margaret Oduya",
            ),
        ],
    ),
    (  # 12 bank profits: "told reporters:" colon before quote, critic with Dr after cue
        "Royal Caledon Bank on Friday reported a 19 percent rise in annual profit to 7.2 "
        "billion pounds, as higher interest rates widened the gap between what it earns on "
        "loans and what it pays on deposits.\n\n"
        "Chief executive Nigel Ashworth told reporters: “Higher rates have been good for our "
        "margins, I won't pretend otherwise. But we have also set aside more for customers who "
        "may struggle.”\n\n"
        "Critics are less sanguine. “The banks have pocketed the rate rises and passed almost "
        "nothing on to savers,” says Dr Amara Lindqvist, an economist at the Fairer Finance "
        "Institute. The average easy-access savings account still pays just 1.9 percent.\n\n"
        "The bank announced a share buyback of 1.5 billion pounds and a final dividend of 4.2 "
        "pence a share, sending its shares up 2 percent.",
        [
            (
                D,
                [
                    "Higher rates have been good for our margins, I won't pretend otherwise. But "
                    "we have also set aside more for customers who may struggle."
                ],
                "Nigel Ashworth",
            ),
            (
                D,
                ["The banks have pocketed the rate rises and passed almost nothing on to savers"],
                "Amara Lindqvist",
            ),
        ],
    ),
    (  # 13 emerging-market central bank: "the governor, X, told", later "Mr X insisted",
        # quote over two sentences
        "The central bank of Miravalle raised its key interest rate by two full percentage "
        "points to 14 percent on Wednesday, in an emergency move to halt a slide in the peso "
        "that has wiped 18 percent off its value since August.\n\n"
        "“Inflation is the cruellest tax on the poor. We will not let it take hold again,” the "
        "governor, Rafael Montero, told a news conference in the capital.\n\n"
        "Analysts had expected a rise of one point at most. Asked whether the bank was "
        "defending a particular level for the currency, Mr Montero was firm. “We are not "
        "targeting the exchange rate. We are targeting prices,” he insisted.\n\n"
        "The peso recovered 3 percent against the dollar by the close of trading.",
        [
            (
                D,
                ["Inflation is the cruellest tax on the poor. We will not let it take hold again"],
                "Rafael Montero",
            ),
            (
                D,
                ["We are not targeting the exchange rate. We are targeting prices"],
                "Rafael Montero",
            ),
        ],
    ),
    (  # 14 coffee roaster and tariffs: organisation "said in a statement:", rest unquoted
        "Coffee roasters are scrambling to adjust after Westmark's decision to triple import "
        "duties on roasted beans from the southern trade bloc, a move that took effect at "
        "midnight on Sunday.\n\n"
        "Alto Verde Coffee, which sells more than a third of its output in Westmark, said in a "
        "statement: “We are reviewing all options, including relocating part of our roasting "
        "operations closer to our customers.” The company employs 2,300 people at three "
        "plants.\n\n"
        "Importers have been stockpiling since the measure was first floated in the spring, "
        "and warehouse space in the port of Ardley is close to full. Retail coffee prices in "
        "Westmark have already risen 14 percent this year, and the industry expects a further "
        "increase in the new year as existing stocks run down.",
        [
            (
                D,
                [
                    "We are reviewing all options, including relocating part of our roasting "
                    "operations closer to our customers."
                ],
                "Alto Verde Coffee",
            ),
        ],
    ),
    (  # 15 jobs report: speaker named in the following sentence, then "Brennan said she"
        "Employers in Ostland added just 4,000 jobs in November, far fewer than the 35,000 "
        "forecast by economists, and the unemployment rate edged up to 4.6 percent, its "
        "highest level in three years.\n\n"
        "“Hiring has stalled, plain and simple. Companies are holding on to the staff they "
        "have, but they are not taking anyone new on.” That was the verdict of Olivia Brennan, "
        "senior economist at the Halden Institute for Economic Research.\n\n"
        "Brennan said she expected the unemployment rate to reach 5 percent by the spring, "
        "which would put further pressure on the Reserve Bank to reverse course. Construction "
        "and retail shed the most jobs, while health care continued to hire. Average hourly "
        "earnings rose 4.3 percent on the year, the slowest pace since 2022.",
        [
            (
                D,
                [
                    "Hiring has stalled, plain and simple. Companies are holding on to the staff "
                    "they have, but they are not taking anyone new on."
                ],
                "Olivia Brennan",
            ),
            (
                I,
                [
                    "she expected the unemployment rate to reach 5 percent by the spring, which "
                    "would put further pressure on the Reserve Bank to reverse course"
                ],
                "Olivia Brennan",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout51.jsonl"),
        "heldout51",
        "h51",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
