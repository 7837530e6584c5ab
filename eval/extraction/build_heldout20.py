"""Source of the twentieth held-out set: writes heldout20.jsonl (split "heldout20").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, places, organisations and figures invented. The texts
are meant to read like national and international news copy (Le Monde, Libération, Le Figaro,
Le Temps, La Libre Belgique, Jeune Afrique; New York Times, Washington Post, Financial Times,
Globe and Mail, Sydney Morning Herald), not like a list of edge cases. Measured once before
(extractor 0.3.0) and once after extractor 0.12.0 (docs/EXTRACTION.md); not read when this was
written. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout20.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-27"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 unemployment insurance reform: minister (elle) vs union leader (Elle), two women
        "La ministre du Travail, Hélène Darmaillac, a présenté mercredi en conseil des "
        "ministres son projet de réforme de l'assurance-chômage, qui ramène de dix-huit à "
        "quinze mois la durée maximale d'indemnisation pour les demandeurs d'emploi de moins "
        "de 55 ans. « Il ne s'agit pas de punir les chômeurs, mais de les accompagner plus tôt "
        "vers l'emploi », a-t-elle assuré à la sortie de l'Élysée.\n\n"
        "Le texte a reçu un accueil glacial du côté des syndicats. La secrétaire générale de "
        "la Confédération unitaire du travail (CUT), Nadia Berthelot, a dénoncé une réforme "
        "faite sur le dos des plus précaires. Elle a annoncé que son organisation appellerait "
        "à une journée de mobilisation interprofessionnelle le 14 décembre.\n\n"
        "Mme Darmaillac a répliqué dans la soirée sur l'antenne de Radio Cité. « Je respecte "
        "les syndicats, mais je ne peux pas laisser dire que nous rognons les droits de qui "
        "que ce soit. » Le gouvernement attend de la mesure 1,2 milliard d'euros d'économies "
        "par an d'ici à 2028.\n\n"
        "Le projet de loi doit être examiné à l'Assemblée nationale à partir de la mi-janvier.",
        [
            (
                D,
                [
                    "Il ne s'agit pas de punir les chômeurs, mais de les accompagner plus tôt "
                    "vers l'emploi"
                ],
                "Hélène Darmaillac",
            ),
            (
                I,
                [
                    "son organisation appellerait à une journée de mobilisation "
                    "interprofessionnelle le 14 décembre"
                ],
                "Nadia Berthelot",
            ),
            (
                D,
                [
                    "Je respecte les syndicats, mais je ne peux pas laisser dire que nous "
                    "rognons les droits de qui que ce soit."
                ],
                "Hélène Darmaillac",
            ),
        ],
    ),
    (  # 2 Guinean bauxite strike ends: "le ministre" after apposition; d'après + partial; worker
        "Conakry — Les mineurs de la Société des bauxites du Fouta (SBF) ont repris le travail "
        "lundi après onze jours de grève, à la suite d'un accord signé dans la nuit au "
        "ministère des Mines. Le texte prévoit une hausse de 15 % des salaires et l'embauche "
        "en contrat à durée indéterminée de 800 journaliers.\n\n"
        "L'accord a été paraphé en présence du ministre des Mines, Ousmane Kéita-Barry. "
        "« Personne n'a gagné contre personne. C'est l'économie guinéenne qui avait tout à "
        "perdre », a déclaré le ministre à la sortie de la réunion.\n\n"
        "D'après le secrétaire général du Syndicat national des travailleurs des mines, "
        "Thierno Diallo-Sow, la direction « a cédé parce que les bateaux attendaient au "
        "port ». Il réclame désormais l'application de l'accord aux sous-traitants.\n\n"
        "Devant l'entrée du site de Bourouwal, un ouvrier, casque à la main, se montre plus "
        "réservé : « On a déjà signé des accords en 2023. On attend de voir la première fiche "
        "de paie. »",
        [
            (
                D,
                [
                    "Personne n'a gagné contre personne. C'est l'économie guinéenne qui avait "
                    "tout à perdre"
                ],
                "Ousmane Kéita-Barry",
            ),
            (P, ["a cédé parce que les bateaux attendaient au port"], "Thierno Diallo-Sow"),
            (
                D,
                [
                    "On a déjà signé des accords en 2023. On attend de voir la première fiche "
                    "de paie."
                ],
                "ouvrier",
            ),
        ],
    ),
    (  # 3 ex-mayor convicted of favoritism: his e-mail read in court (colon, no spaces)
        "Le tribunal correctionnel de Bordeaux a condamné jeudi l'ancien maire de "
        "Saint-Aurens-sur-Dronne, Gérard Lapeyrouse, à dix-huit mois d'emprisonnement avec "
        "sursis et cinq ans d'inéligibilité pour favoritisme dans l'attribution de marchés "
        "publics.\n\n"
        "Au cœur du dossier figure un courriel envoyé en 2021 par M. Lapeyrouse à la "
        "directrice des services techniques, lu à l'audience par la présidente :«Il faut que "
        "le marché de la voirie aille à Castaing. Débrouille-toi pour le cahier des charges.» "
        "L'entreprise Castaing TP avait remporté trois appels d'offres en deux ans.\n\n"
        "À la barre, l'ancien élu avait reconnu «une maladresse d'écriture», tout en niant "
        "toute contrepartie. La procureure, Claire Ménétrier, avait requis deux ans avec "
        "sursis.\n\n"
        "Son avocat, Me Olivier Sarrazin, entend faire appel. «Mon client n'a pas touché un "
        "centime. On le condamne pour une phrase», a-t-il regretté à la sortie de la salle "
        "d'audience.",
        [
            (
                D,
                [
                    "Il faut que le marché de la voirie aille à Castaing. Débrouille-toi pour "
                    "le cahier des charges."
                ],
                "Gérard Lapeyrouse",
            ),
            (P, ["une maladresse d'écriture"], "Gérard Lapeyrouse"),
            (
                D,
                ["Mon client n'a pas touché un centime. On le condamne pour une phrase"],
                "Olivier Sarrazin",
            ),
        ],
    ),
    (  # 4 Parkinson blood test: "…, selon l'Institut", speaker after quote, next paragraph
        "Lausanne — Un simple test sanguin pourrait permettre de repérer la maladie de "
        "Parkinson jusqu'à sept ans avant l'apparition des premiers tremblements, selon "
        "l'Institut lémanique des neurosciences, qui a publié mardi les résultats d'une étude "
        "menée sur 1 800 volontaires.\n\n"
        "«\u00a0Nous avons suivi ces personnes pendant douze ans. Celles qui ont développé la "
        "maladie présentaient très tôt un profil de protéines bien particulier\u00a0», "
        "explique Mathias Imboden, neurologue et coauteur de l'étude.\n\n"
        "«\u00a0Il faut rester prudent: nous n'avons pas encore de traitement capable de "
        "ralentir la maladie. Un diagnostic précoce n'a de sens que s'il débouche sur quelque "
        "chose.\u00a0»\n\n"
        "Le chercheur plaide pour un essai clinique à plus grande échelle, en collaboration "
        "avec des hôpitaux français et italiens. Un financement européen a été sollicité.",
        [
            (
                I,
                [
                    "Un simple test sanguin pourrait permettre de repérer la maladie de "
                    "Parkinson jusqu'à sept ans avant l'apparition des premiers tremblements"
                ],
                "Institut lémanique des neurosciences",
            ),
            (
                D,
                [
                    "Nous avons suivi ces personnes pendant douze ans. Celles qui ont développé "
                    "la maladie présentaient très tôt un profil de protéines bien particulier"
                ],
                "Mathias Imboden",
            ),
            (
                D,
                [
                    "Il faut rester prudent: nous n'avons pas encore de traitement capable de "
                    "ralentir la maladie. Un diagnostic précoce n'a de sens que s'il débouche "
                    "sur quelque chose."
                ],
                "Mathias Imboden",
            ),
        ],
    ),
    (  # 5 Ligue 1 draw: coach named after a long quote; scorer incise; "Selon lui"
        "Le Stade olympique de Vernières a arraché le match nul (2-2) samedi soir sur la "
        "pelouse du FC Montbrison-Loire, grâce à un but de Yanis Boukhari dans le temps "
        "additionnel. Les Vernièrois restent cinquièmes de Ligue 1.\n\n"
        "« On a été mauvais pendant une heure, il faut le dire. Sans la réaction des "
        "remplaçants, on repartait avec rien, et on ne l'aurait pas volé. Mais cette équipe "
        "ne lâche jamais, et ça, ça ne s'apprend pas », a résumé l'entraîneur vernièrois, "
        "Franck Le Goff, en conférence de presse.\n\n"
        "Le buteur, entré à la 70e minute, savourait. « Je n'ai pas beaucoup joué ces "
        "dernières semaines, a reconnu Boukhari. Je voulais montrer au coach qu'il pouvait "
        "compter sur moi. »\n\n"
        "En face, le capitaine montbrisonnais, Kévin Desnoyers, ne cachait pas son "
        "agacement. Selon lui, l'arbitre aurait dû siffler une faute sur l'action de "
        "l'égalisation.",
        [
            (
                D,
                [
                    "On a été mauvais pendant une heure, il faut le dire. Sans la réaction des "
                    "remplaçants, on repartait avec rien, et on ne l'aurait pas volé. Mais "
                    "cette équipe ne lâche jamais, et ça, ça ne s'apprend pas"
                ],
                "Franck Le Goff",
            ),
            (
                D,
                [
                    "Je n'ai pas beaucoup joué ces dernières semaines",
                    "Je voulais montrer au coach qu'il pouvait compter sur moi.",
                ],
                "Yanis Boukhari",
            ),
            (
                I,
                ["l'arbitre aurait dû siffler une faute sur l'action de l'égalisation"],
                "Kévin Desnoyers",
            ),
        ],
    ),
    (  # 6 museum reopens: exhibition and catalogue titles in « » (not quotes); two women
        "Le musée des Beaux-Arts de Cambrésis-sur-Escaut rouvre samedi après quatre ans de "
        "travaux avec une exposition consacrée au peintre flamand Adriaen Versteegh, "
        "« Lumières d'hiver », qui réunit 85 toiles venues de onze pays.\n\n"
        "La commissaire de l'exposition, Bénédicte Vanoverschelde, a qualifié l'événement de "
        "« réunion de famille attendue depuis trois siècles », plusieurs œuvres n'ayant "
        "jamais quitté les collections privées qui les conservaient.\n\n"
        "Venue inaugurer le bâtiment rénové vendredi, la ministre de la Culture, Laure "
        "Despinoy, a salué le travail des architectes. « Ce musée montre qu'on peut moderniser "
        "sans trahir. Les habitants l'ont attendu longtemps, il est à eux », a-t-elle "
        "déclaré.\n\n"
        "Le catalogue, « Versteegh et l'hiver flamand », est publié aux éditions du Beffroi. "
        "L'exposition est visible jusqu'au 15 mars.",
        [
            (P, ["réunion de famille attendue depuis trois siècles"], "Bénédicte Vanoverschelde"),
            (
                D,
                [
                    "Ce musée montre qu'on peut moderniser sans trahir. Les habitants l'ont "
                    "attendu longtemps, il est à eux"
                ],
                "Laure Despinoy",
            ),
        ],
    ),
    (  # 7 censure motion: group leader then "Le député de la Sarthe"; unnamed Premier ministre
        "Les groupes d'opposition ont déposé mardi une motion de censure contre le "
        "gouvernement, après le recours à l'article 49.3 pour faire adopter sans vote le "
        "budget de la Sécurité sociale.\n\n"
        "« Ce gouvernement gouverne contre le Parlement, et bientôt contre le pays », a lancé "
        "dans l'hémicycle le président du groupe Renouveau républicain, Bastien Ferrand-Aubry. "
        "Le député de la Sarthe a jugé « très probable » l'adoption de la motion, en comptant "
        "sur les voix d'une partie du groupe centriste.\n\n"
        "Le Premier ministre a défendu son choix devant les sénateurs dans l'après-midi. "
        "« Je préfère un budget imparfait à pas de budget du tout. Le pays ne peut pas se "
        "permettre six mois de paralysie », a-t-il affirmé.\n\n"
        "Au sein de la majorité, on compte sur les divisions de l'opposition. La motion sera "
        "débattue jeudi.",
        [
            (
                D,
                ["Ce gouvernement gouverne contre le Parlement, et bientôt contre le pays"],
                "Bastien Ferrand-Aubry",
            ),
            (P, ["très probable"], "Bastien Ferrand-Aubry"),
            (
                D,
                [
                    "Je préfère un budget imparfait à pas de budget du tout. Le pays ne peut "
                    "pas se permettre six mois de paralysie"
                ],
                "Premier ministre",
            ),
        ],
    ),
    (  # 8 Walloon steel job cuts: CEO after "a parlé d'une décision"; union official after
        "Bruxelles — Le groupe sidérurgique Acierval a annoncé jeudi la suppression de 640 "
        "emplois en Wallonie, principalement sur son site de Marchienne-Haute, invoquant la "
        "concurrence de l'acier importé et le prix de l'énergie.\n\n"
        "Son administrateur délégué, Pieter Van Damme, a parlé d'une décision douloureuse "
        "mais inévitable. «\u202fNous perdons de l'argent sur chaque tonne produite à "
        "Marchienne depuis dix-huit mois. Aucune entreprise ne peut tenir ainsi\u202f», "
        "a-t-il ajouté lors d'une conférence téléphonique avec les analystes.\n\n"
        "Les représentants du personnel ont quitté la réunion du conseil d'entreprise au bout "
        "d'une heure. «\u202fLa direction nous a présenté un plan déjà bouclé. Il n'y a rien à "
        "négocier, seulement à encaisser\u202f», a réagi Jean-Marc Delvaux, secrétaire "
        "régional de la Centrale des métallos wallons.\n\n"
        "Le ministre wallon de l'Économie, Geoffroy Dethier, a convoqué la direction du groupe "
        "pour lundi.",
        [
            (
                D,
                [
                    "Nous perdons de l'argent sur chaque tonne produite à Marchienne depuis "
                    "dix-huit mois. Aucune entreprise ne peut tenir ainsi"
                ],
                "Pieter Van Damme",
            ),
            (
                D,
                [
                    "La direction nous a présenté un plan déjà bouclé. Il n'y a rien à "
                    "négocier, seulement à encaisser"
                ],
                "Jean-Marc Delvaux",
            ),
        ],
    ),
    (  # 9 emergency-room closures: report as speaker ("affirme l'Observatoire"); -t-elle incise
        "Près d'un tiers des services d'urgence des hôpitaux de taille moyenne ont dû fermer "
        "au moins une nuit par mois en 2026, faute de médecins. C'est le principal constat du "
        "rapport annuel de l'Observatoire national des soins non programmés, publié mercredi, "
        "qui a passé au crible les plannings de 212 établissements.\n\n"
        "« Les fermetures ne sont plus exceptionnelles : elles font désormais partie du "
        "fonctionnement normal de certains hôpitaux », affirme l'Observatoire dans ce "
        "document.\n\n"
        "Sa directrice, l'épidémiologiste Sandrine Aubertot, insiste sur les écarts entre "
        "territoires. « Dans certains départements ruraux, un patient peut se retrouver à "
        "plus d'une heure du premier service ouvert, explique-t-elle. Et ce sont souvent les "
        "plus âgés. »\n\n"
        "Le ministère de la Santé promet 1 400 postes d'internes supplémentaires à la rentrée "
        "prochaine, une réponse jugée très insuffisante par les syndicats d'urgentistes.",
        [
            (
                D,
                [
                    "Les fermetures ne sont plus exceptionnelles : elles font désormais partie "
                    "du fonctionnement normal de certains hôpitaux"
                ],
                "Observatoire national des soins non programmés",
            ),
            (
                D,
                [
                    "Dans certains départements ruraux, un patient peut se retrouver à plus "
                    "d'une heure du premier service ouvert",
                    "Et ce sont souvent les plus âgés.",
                ],
                "Sandrine Aubertot",
            ),
        ],
    ),
    (  # 10 plastics treaty talks fail in Geneva: EU negotiator after cue; conference president
        "Genève — Les négociations en vue d'un traité international sur la pollution "
        "plastique se sont achevées samedi à l'aube sans accord, après deux semaines de "
        "discussions au Palais des Nations.\n\n"
        "« Nous étions à quelques lignes d'un texte. Quelques lignes ! », a regretté le "
        "négociateur en chef de l'Union européenne, Henrik Solberg-Maes, en quittant la "
        "salle. Un petit groupe de pays producteurs de pétrole s'est opposé jusqu'au bout à "
        "toute limite sur la production de plastique vierge.\n\n"
        "Plusieurs délégations africaines et insulaires ont exprimé leur colère en séance "
        "plénière. Les petits États du Pacifique, parmi les plus touchés par les déchets "
        "marins, réclamaient un calendrier contraignant.\n\n"
        "Le président de la conférence, le diplomate chilien Rodrigo Sáez Ibarra, veut encore "
        "croire à une session de rattrapage au printemps. « L'échec d'aujourd'hui n'est pas "
        "la fin du processus. Personne n'a quitté la table », a-t-il assuré.",
        [
            (
                D,
                ["Nous étions à quelques lignes d'un texte. Quelques lignes !"],
                "Henrik Solberg-Maes",
            ),
            (
                D,
                [
                    "L'échec d'aujourd'hui n'est pas la fin du processus. Personne n'a quitté "
                    "la table"
                ],
                "Rodrigo Sáez Ibarra",
            ),
        ],
    ),
    (  # 11 regional rail strike: dash-introduced quote by a passenger; union "Il"; company
        "La grève des contrôleurs de la Compagnie ferroviaire régionale (CFR) a perturbé pour "
        "le troisième jour consécutif le trafic dans le Grand Est, où seul un TER sur trois "
        "circulait vendredi.\n\n"
        "Sur le quai de la gare de Thionville, une usagère résume l'humeur générale — «Trois "
        "jours que je mets deux heures pour aller travailler. Je soutiens les contrôleurs, "
        "mais là, je n'en peux plus.»\n\n"
        "Le syndicat Rail Solidaire, à l'origine du mouvement, réclame le recrutement de 150 "
        "agents. Il a fait savoir jeudi soir que la grève serait reconduite «tant que la "
        "direction refusera de s'asseoir à la table».\n\n"
        "La CFR a dénoncé dans un communiqué «un mouvement disproportionné» et prévoit un "
        "service minimal renforcé à partir de lundi.",
        [
            (
                D,
                [
                    "Trois jours que je mets deux heures pour aller travailler. Je soutiens les "
                    "contrôleurs, mais là, je n'en peux plus."
                ],
                "usagère",
            ),
            (P, ["tant que la direction refusera de s'asseoir à la table"], "Rail Solidaire"),
            (P, ["un mouvement disproportionné"], "Compagnie ferroviaire régionale"),
        ],
    ),
    (  # 12 ocean satellite launch: “ ” marks, speaker after; "Selon lui" after a named scientist
        "Le satellite d'observation océanique Thalassa-2 a été placé avec succès sur son "
        "orbite dans la nuit de mardi à mercredi, après un lancement depuis le centre spatial "
        "de Kourou. Conçu par l'Agence européenne d'observation marine (AEOM), il doit "
        "mesurer pendant sept ans la hauteur des océans au centimètre près.\n\n"
        "“C'est l'aboutissement de douze ans de travail. Ce soir, je pense à toute l'équipe, "
        "et surtout à ceux qui sont partis à la retraite avant de voir ce moment”, a confié "
        "la cheffe de projet, Émilie Rouvière, la voix nouée.\n\n"
        "Le directeur scientifique de la mission, Lucas Brenneval, attend les premières "
        "données exploitables pour la fin février. Selon lui, l'instrument permettra de mieux "
        "anticiper les submersions côtières, notamment dans le golfe de Gascogne.\n\n"
        "Le lancement avait été reporté à deux reprises en raison de vents violents en "
        "altitude.",
        [
            (
                D,
                [
                    "C'est l'aboutissement de douze ans de travail. Ce soir, je pense à toute "
                    "l'équipe, et surtout à ceux qui sont partis à la retraite avant de voir "
                    "ce moment"
                ],
                "Émilie Rouvière",
            ),
            (
                I,
                [
                    "l'instrument permettra de mieux anticiper les submersions côtières, "
                    "notamment dans le golfe de Gascogne"
                ],
                "Lucas Brenneval",
            ),
        ],
    ),
    (  # 13 Lyon marathon: winner's quote over two paragraphs (colon); third place "sourit"
        "Le Marocain Youssef El Amrani a remporté dimanche le marathon de Lyon en 2 h 06 min "
        "41 s, nouveau record de l'épreuve, devant l'Éthiopien Tesfaye Wolde et le Français "
        "Nicolas Berthier-Lacaze, troisième et meilleur Européen.\n\n"
        "Parti seul au 32e kilomètre, El Amrani a pourtant cru ne jamais voir la ligne "
        "d'arrivée. Il l'a raconté à l'arrivée, par l'intermédiaire d'un interprète : "
        "«\u00a0Après le trentième kilomètre, j'avais mal au mollet gauche. J'ai pensé à "
        "m'arrêter.\n\n"
        "«\u00a0Puis j'ai vu le public sur les quais, et j'ai oublié la douleur. Ce record, "
        "je le dédie à mon père.\u00a0»\n\n"
        "Troisième pour son premier marathon, Nicolas Berthier-Lacaze n'en revenait pas. "
        "« Je visais 2 h 10. Je termine en 2 h 08 et sur le podium. Franchement, je ne sais "
        "pas quoi dire », a-t-il souri.\n\n"
        "Les organisateurs ont annoncé 18 400 arrivants, un record de participation.",
        [
            (
                D,
                [
                    "Après le trentième kilomètre, j'avais mal au mollet gauche. J'ai pensé à "
                    "m'arrêter.",
                    "Puis j'ai vu le public sur les quais, et j'ai oublié la douleur. Ce "
                    "record, je le dédie à mon père.",
                ],
                "Youssef El Amrani",
            ),
            (
                D,
                [
                    "Je visais 2 h 10. Je termine en 2 h 08 et sur le podium. Franchement, je "
                    "ne sais pas quoi dire"
                ],
                "Nicolas Berthier-Lacaze",
            ),
        ],
    ),
    (  # 14 property-tax rise: mayor (il) and opposition leader (il) alternate; "L'édile"
        "Le conseil municipal de Montverdun (Loire-Atlantique) a voté lundi soir, par 29 voix "
        "contre 14, une hausse de 9 % du taux de la taxe foncière, la première depuis 2014, "
        "au terme d'une séance de près de quatre heures.\n\n"
        "Le maire (divers droite), Didier Hallaux, a justifié une mesure imposée par la baisse "
        "des dotations de l'État et la flambée des coûts de l'énergie. «\u202fJe n'ai pas été "
        "élu pour augmenter les impôts. Mais je n'ai pas été élu non plus pour fermer la "
        "piscine et l'école de musique\u202f», a-t-il plaidé.\n\n"
        "Chef de file de l'opposition, Christophe Lemaire-Dubois a dénoncé un vote "
        "«\u202fà la hussarde\u202f». «\u202fOn découvre le chiffre quarante-huit heures "
        "avant la séance. Ce n'est pas une méthode, c'est un passage en force\u202f», a-t-il "
        "martelé.\n\n"
        "L'édile a répondu que le projet de budget était consultable en mairie depuis le "
        "2 décembre. Les avis d'imposition tiendront compte de la hausse dès l'an prochain.",
        [
            (
                D,
                [
                    "Je n'ai pas été élu pour augmenter les impôts. Mais je n'ai pas été élu non "
                    "plus pour fermer la piscine et l'école de musique"
                ],
                "Didier Hallaux",
            ),
            (P, ["à la hussarde"], "Christophe Lemaire-Dubois"),
            (
                D,
                [
                    "On découvre le chiffre quarante-huit heures avant la séance. Ce n'est pas "
                    "une méthode, c'est un passage en force"
                ],
                "Christophe Lemaire-Dubois",
            ),
            (
                I,
                ["le projet de budget était consultable en mairie depuis le 2 décembre"],
                "Didier Hallaux",
            ),
        ],
    ),
    (  # 15 Dakar mobile-money fine: "a estimé que … « … »"; trader named after the quote
        "Dakar — Le régulateur sénégalais des télécommunications a infligé mardi une amende "
        "de 4,2 milliards de francs CFA à l'opérateur Kora Mobile pour des coupures répétées "
        "de son service de paiement mobile au cours de l'été.\n\n"
        "L'Autorité des communications numériques (ACN) reproche à l'opérateur d'avoir laissé "
        "des millions d'usagers sans moyen de paiement, parfois pendant plus de trente heures, "
        "sans les en informer.\n\n"
        "Kora Mobile conteste la sanction. Sa directrice générale, Aminata Ndiaye-Sarr, a "
        "estimé mercredi que les pannes étaient dues à « une attaque informatique d'une "
        "ampleur inédite ». L'entreprise va saisir la Cour suprême.\n\n"
        "Au marché central, les commerçants n'ont pas oublié. « Pendant deux jours, je n'ai "
        "rien pu encaisser. Qui va me rembourser ? » demande Fatou Diop, vendeuse de tissus.",
        [
            (P, ["une attaque informatique d'une ampleur inédite"], "Aminata Ndiaye-Sarr"),
            (
                D,
                ["Pendant deux jours, je n'ai rien pu encaisser. Qui va me rembourser ?"],
                "Fatou Diop",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Senate insulin cap: "called it" partial (period inside); opponent "he said" split
        "WASHINGTON — The Senate on Thursday narrowly passed a bill that would cap "
        "out-of-pocket insulin costs at $35 a month for patients with private insurance, "
        "sending the measure to the House, where its prospects are uncertain.\n\n"
        "The vote was 51 to 48. Senator Margaret Ellison, the Ohio Democrat who wrote the "
        'bill, called it "the most important thing I will do in this job."\n\n'
        '"For ten years people told me this couldn\'t pass. Today it did," she told '
        "reporters outside the chamber.\n\n"
        "Senator Dale Hutchins of Wyoming, who led Republican opposition to the measure, was "
        'unmoved. "There is no free lunch here," he said. "Somebody pays, and it\'s going '
        'to be the middle class."\n\n'
        "House leaders have not said when they will take up the bill.",
        [
            (P, ["the most important thing I will do in this job."], "Margaret Ellison"),
            (
                D,
                ["For ten years people told me this couldn't pass. Today it did"],
                "Margaret Ellison",
            ),
            (
                D,
                [
                    "There is no free lunch here",
                    "Somebody pays, and it's going to be the middle class.",
                ],
                "Dale Hutchins",
            ),
        ],
    ),
    (  # 2 grocer profit warning: "told analysts … that"; Ms.; analyst after the quote, split
        "TORONTO — Shares of Calder & Finch, the country's third-largest grocery chain, fell "
        "9 per cent on Wednesday after the company cut its full-year profit forecast, blaming "
        "higher wage costs and a price war in Western Canada.\n\n"
        "Chief executive Rosalind Okafor told analysts on a conference call that the company "
        'would not match every discount offered by its rivals. "We are not going to buy '
        "market share with margin we don't have,\" Ms. Okafor said.\n\n"
        "Sales at stores open at least a year rose 1.4 per cent in the third quarter, well "
        "short of the 3 per cent analysts had expected.\n\n"
        '"The strategy is defensible, but the timing is awful," said Priya Venkataraman, a '
        'retail analyst at Harbourline Securities. "Investors wanted growth this quarter, '
        'and they got a lecture about discipline."\n\n'
        "Calder & Finch will also close 14 underperforming stores in Ontario by June.",
        [
            (
                I,
                ["the company would not match every discount offered by its rivals"],
                "Rosalind Okafor",
            ),
            (
                D,
                ["We are not going to buy market share with margin we don't have"],
                "Rosalind Okafor",
            ),
            (
                D,
                [
                    "The strategy is defensible, but the timing is awful",
                    "Investors wanted growth this quarter, and they got a lecture about "
                    "discipline.",
                ],
                "Priya Venkataraman",
            ),
        ],
    ),
    (  # 3 space-heater verdict: lawyer "argued that"; engineer's e-mail; company statement
        "A jury in Harlow County on Tuesday ordered the maker of a popular space heater to "
        "pay $48 million to the family of a 7-year-old girl who was badly burned when the "
        "heater tipped over and set fire to her bedroom.\n\n"
        "During the three-week trial, the family's lawyer, Raymond Tsai, argued that Brisco "
        "Home Products had known for years that the heater's automatic shut-off switch could "
        "fail when the unit fell onto carpet.\n\n"
        "In an internal email shown to jurors, a Brisco engineer, Carl Voss, wrote in 2019 "
        'that the switch was "not reliable on soft surfaces, period." Mr. Voss, who has '
        "since left the company, did not testify.\n\n"
        '"We sympathize deeply with the family, but we believe the evidence showed our '
        'heater was safe, and we will appeal," Brisco Home Products said in a statement.',
        [
            (
                I,
                [
                    "Brisco Home Products had known for years that the heater's automatic "
                    "shut-off switch could fail when the unit fell onto carpet"
                ],
                "Raymond Tsai",
            ),
            (P, ["not reliable on soft surfaces, period."], "Carl Voss"),
            (
                D,
                [
                    "We sympathize deeply with the family, but we believe the evidence showed "
                    "our heater was safe, and we will appeal"
                ],
                "Brisco Home Products",
            ),
        ],
    ),
    (  # 4 feathered dinosaur: Dr, incise then quote over two paragraphs; rival partial
        "Paleontologists have identified a new species of small, feathered dinosaur from a "
        "nearly complete skeleton found by a rancher in southern Alberta.\n\n"
        "The animal, named Pennacursor harlani after Don Harlan, the rancher who spotted a "
        "claw poking out of a coulee wall in 2022, is described in a paper published on "
        "Wednesday in the Journal of Vertebrate Palaeontology Reports.\n\n"
        '"We went back and forth on the feathers for months, because we knew how big a claim '
        'it was," said Dr. Hannah Lindqvist, a paleontologist at the Prairie Museum of '
        "Natural History and the paper's lead author. \"We put the slab under every kind of "
        "light we had, trying to make the impressions go away.\n\n"
        '"They didn\'t go away."\n\n'
        "Other researchers were more cautious. Dr. Samuel Okonjo, who studies early birds at "
        "Lakeview University and was not involved in the research, said the feather "
        'impressions were "convincing but not yet decisive."',
        [
            (
                D,
                [
                    "We went back and forth on the feathers for months, because we knew how "
                    "big a claim it was",
                    "We put the slab under every kind of light we had, trying to make the "
                    "impressions go away.",
                    "They didn't go away.",
                ],
                "Hannah Lindqvist",
            ),
            (P, ["convincing but not yet decisive."], "Samuel Okonjo"),
        ],
    ),
    (  # 5 energy-drink ban: minister (she) then shadow minister (She), two women
        "SYDNEY — The NSW government will ban the sale of high-caffeine energy drinks to "
        "anyone under 16 from July, making it the first state to do so, after a rise in "
        "teenagers presenting to emergency departments with heart palpitations.\n\n"
        "Health Minister Joanne Keighley cited a tripling of such presentations in five "
        'years. "Parents have been asking us to act, and so have the paediatricians," she '
        "said.\n\n"
        'Opposition health spokeswoman Rachel Demetriou said the ban was "a headline in '
        'search of a policy". She said the government had no plan to check the ages of '
        "buyers at supermarkets or service stations.\n\n"
        "Retailers will face fines of up to $11,000 for each breach.",
        [
            (
                D,
                ["Parents have been asking us to act, and so have the paediatricians"],
                "Joanne Keighley",
            ),
            (P, ["a headline in search of a policy"], "Rachel Demetriou"),
            (
                I,
                [
                    "the government had no plan to check the ages of buyers at supermarkets "
                    "or service stations"
                ],
                "Rachel Demetriou",
            ),
        ],
    ),
    (  # 6 fiction prize: two book titles in quotes (not quotes); jury chair; winner split
        "Ottawa-born writer Miriam Achterberg has won the $75,000 Harbourfront Fiction Prize "
        'for "The Lighthouse Keeper\'s Daughters," a novel about three sisters who run a '
        "failing inn on the Newfoundland coast in the 1970s.\n\n"
        "The jury's chair, the poet Daniel Ferreira-Walsh, was effusive. \"We read it in one "
        'sitting, all five of us, and then we argued about the ending for two hours," he said '
        "at the ceremony in Toronto on Monday night.\n\n"
        "Achterberg, 61, worked as a high school librarian for three decades before "
        'publishing her first novel, "Winter Tenants," in 2019. "I wrote this one at the '
        'kitchen table between 5 and 7 every morning," she said. "My husband thought I\'d '
        'joined a cult."\n\n'
        "The four other finalists each receive $10,000.",
        [
            (
                D,
                [
                    "We read it in one sitting, all five of us, and then we argued about the "
                    "ending for two hours"
                ],
                "Daniel Ferreira-Walsh",
            ),
            (
                D,
                [
                    "I wrote this one at the kitchen table between 5 and 7 every morning",
                    "My husband thought I'd joined a cult.",
                ],
                "Miriam Achterberg",
            ),
        ],
    ),
    (  # 7 rugby league elimination final: coach by surname; colon quote; opposing halfback
        "The Coastal Stingrays' season is over after a 26-12 loss to the Riverside Kings in "
        "Saturday's elimination final at Tarrant Oval, and coach Brett Maddison was not "
        "looking for excuses.\n\n"
        "\"They were better than us in every part of the game. I can't sit here and tell you "
        'we were unlucky," Maddison said.\n\n'
        "The Stingrays were without captain Jye Pellegrini, who tore a hamstring at training "
        'on Thursday. Maddison defended the decision not to risk him: "Jye wanted to play. '
        "I wasn't going to end his career for one game.\"\n\n"
        "Kings halfback Corey Abela, who scored two tries, said his side had targeted the "
        "Stingrays' right edge all week. The Kings face the minor premiers at home next "
        "Sunday.",
        [
            (
                D,
                [
                    "They were better than us in every part of the game. I can't sit here and "
                    "tell you we were unlucky"
                ],
                "Brett Maddison",
            ),
            (
                D,
                ["Jye wanted to play. I wasn't going to end his career for one game."],
                "Brett Maddison",
            ),
            (
                I,
                ["his side had targeted the Stingrays' right edge all week"],
                "Corey Abela",
            ),
        ],
    ),
    (  # 8 chancellor rules out tax rise: ‘ ’ marks with ’ apostrophes; "…, she said."
        "The chancellor, Fiona Aldred, has ruled out raising income tax in next month’s "
        "budget despite pressure from her own backbenchers to fund a £4bn package for social "
        "care.\n\n"
        "Speaking at a manufacturing plant in Derby on Monday, Ms Aldred said she would ‘not "
        "balance the books on the backs of working families’. Savings would instead come "
        "from departmental budgets, she said.\n\n"
        "The shadow chancellor, Owen Pritchard, was scathing. ‘The numbers don’t add up and "
        "everyone in Westminster knows it,’ he said.\n\n"
        "Independent estimates put the gap in the public finances at between £12bn and £18bn "
        "by the end of the decade.",
        [
            (P, ["not balance the books on the backs of working families"], "Fiona Aldred"),
            (I, ["Savings would instead come from departmental budgets"], "Fiona Aldred"),
            (
                D,
                ["The numbers don’t add up and everyone in Westminster knows it"],
                "Owen Pritchard",
            ),
        ],
    ),
    (  # 9 measles outbreak: Dr named once then "the health officer"; unnamed father after
        "Health officials in Alder County confirmed 11 more measles cases on Friday, bringing "
        "the outbreak in the rural county to 38 cases since early October, most of them in "
        "unvaccinated children.\n\n"
        "Dr. Lorraine Whitcombe, the county's health officer, said two children had been "
        'hospitalized this week, one of them in intensive care. "This is a disease we had '
        'essentially eliminated. Every one of these cases was preventable," the health '
        "officer told a news briefing.\n\n"
        "Vaccination rates at some elementary schools in the county have fallen below 80 "
        "percent.\n\n"
        "At a walk-in clinic set up in a church parking lot in Millbrook, the line stretched "
        "around the block on Saturday morning. \"I was on the fence for years. I'm not on the "
        'fence anymore," said a father who had brought his three children and declined to '
        "give his name.",
        [
            (
                I,
                ["two children had been hospitalized this week, one of them in intensive care"],
                "Lorraine Whitcombe",
            ),
            (
                D,
                [
                    "This is a disease we had essentially eliminated. Every one of these cases "
                    "was preventable"
                ],
                "Lorraine Whitcombe",
            ),
            (
                D,
                ["I was on the fence for years. I'm not on the fence anymore"],
                "father",
            ),
        ],
    ),
    (  # 10 appeal court strikes down park-sleeping bylaw: judgment quoted; mayor "said that"
        "The Ontario Court of Appeal has struck down a bylaw in the town of Port Kessel that "
        "banned people from sleeping in municipal parks overnight, ruling that it violated "
        "the rights of homeless residents when no shelter beds were available.\n\n"
        '"A person cannot be punished for the act of sleeping when the state offers them '
        'nowhere else to do it," Justice Anne-Marie Kowalczyk wrote for a unanimous '
        "three-judge panel.\n\n"
        'The town\'s mayor, Greg Stavros, said that council was "disappointed" and would '
        "consider seeking leave to appeal to the Supreme Court of Canada.\n\n"
        'Lawyers for the residents called the decision a landmark. "This sends a clear '
        'message to every town that has tried to ticket its way out of a housing crisis," '
        "said Nadia Quraishi of the Riverside Legal Clinic.",
        [
            (
                D,
                [
                    "A person cannot be punished for the act of sleeping when the state offers "
                    "them nowhere else to do it"
                ],
                "Anne-Marie Kowalczyk",
            ),
            (P, ["disappointed"], "Greg Stavros"),
            (
                D,
                [
                    "This sends a clear message to every town that has tried to ticket its way "
                    "out of a housing crisis"
                ],
                "Nadia Quraishi",
            ),
        ],
    ),
    (  # 11 jobs report: "…, the Labor Department said"; economist split; "according to"
        "WASHINGTON — Employers added 142,000 jobs in October, fewer than economists had "
        "expected, and the unemployment rate edged up to 4.4 percent, the Labor Department "
        "said on Friday.\n\n"
        "The slowdown was concentrated in manufacturing and retail, which together shed about "
        "30,000 positions, while health care continued to add workers at a steady pace.\n\n"
        '"This is a labor market that is cooling, not collapsing," said Elena Marchetti, '
        'chief economist at the consulting firm Brightwater Analytics. "Layoffs are still '
        "low. What's changed is that companies have stopped hiring.\"\n\n"
        "Average hourly earnings rose 3.6 percent from a year earlier, the smallest gain "
        "since 2021, according to the department.",
        [
            (
                I,
                [
                    "Employers added 142,000 jobs in October, fewer than economists had "
                    "expected, and the unemployment rate edged up to 4.4 percent"
                ],
                "Labor Department",
            ),
            (
                D,
                [
                    "This is a labor market that is cooling, not collapsing",
                    "Layoffs are still low. What's changed is that companies have stopped hiring.",
                ],
                "Elena Marchetti",
            ),
            (
                I,
                [
                    "Average hourly earnings rose 3.6 percent from a year earlier, the "
                    "smallest gain since 2021"
                ],
                "Labor Department",
            ),
        ],
    ),
    (  # 12 desalination plan: Premier (Mr) and Opposition Leader (He) alternate; "The Premier"
        "BRISBANE — Premier Luke Fennimore has announced a $2.1 billion plan to build three "
        "desalination plants along the Queensland coast after two years of below-average "
        "rainfall in the state's north.\n\n"
        '"We can\'t keep praying for rain and calling it a water policy," Mr Fennimore told '
        "a press conference in Townsville on Tuesday.\n\n"
        "Opposition Leader Mark Sutcliffe welcomed the investment but said that the "
        "government had sat on engineering advice for three years. He also questioned "
        "the 2028 start date set out in the plan.\n\n"
        "The Premier said planning approvals and environmental assessments could not be "
        "rushed.",
        [
            (
                D,
                ["We can't keep praying for rain and calling it a water policy"],
                "Luke Fennimore",
            ),
            (
                I,
                ["the government had sat on engineering advice for three years"],
                "Mark Sutcliffe",
            ),
            (
                I,
                ["planning approvals and environmental assessments could not be rushed"],
                "Luke Fennimore",
            ),
        ],
    ),
    (  # 13 swimming record: "said the Grade 12 student"; coach's unattributed quote
        "Seventeen-year-old Chloe Marchand broke the Canadian record in the women's "
        "200-metre butterfly at the national swimming trials in Victoria on Thursday night, "
        "touching in 2 minutes 5.11 seconds.\n\n"
        '"I saw the time and I thought the board was broken," said the Grade 12 student '
        'from Sherbrooke, Que. "Then I heard my coach screaming."\n\n'
        "Her coach, Dominique Lacasse, was not surprised. Marchand has been training through "
        "a shoulder injury since August and has not missed a session. \"She's the hardest "
        'worker in our group. Tonight she got paid for it."\n\n'
        "The previous record of 2:05.64 had stood since 2019.",
        [
            (
                D,
                [
                    "I saw the time and I thought the board was broken",
                    "Then I heard my coach screaming.",
                ],
                "Chloe Marchand",
            ),
            (
                D,
                ["She's the hardest worker in our group. Tonight she got paid for it."],
                "Dominique Lacasse",
            ),
        ],
    ),
    (  # 14 coral bleaching: "…, the Authority said"; long quote, scientist named after it
        "A sixth mass bleaching event has been confirmed on the Great Barrier Reef, with "
        "aerial surveys showing severe bleaching on more than half of the 480 reefs "
        "inspected, the Reef Monitoring Authority said on Monday.\n\n"
        "\"What we're seeing from the air is white reef stretching for kilometres. Some of "
        "these corals survived 2016, 2020 and 2024. I'm not confident they'll survive this "
        "one. We'll know more when the dive teams go back in April,\" said Dr Kate Ngata, the "
        "authority's chief scientist.\n\n"
        "The surveys covered reefs from Cooktown to the Whitsundays. Tourism operators in "
        "Cairns reported cancellations in the days after the first images were published.",
        [
            (
                I,
                [
                    "A sixth mass bleaching event has been confirmed on the Great Barrier Reef, "
                    "with aerial surveys showing severe bleaching on more than half of the 480 "
                    "reefs inspected"
                ],
                "Reef Monitoring Authority",
            ),
            (
                D,
                [
                    "What we're seeing from the air is white reef stretching for kilometres. "
                    "Some of these corals survived 2016, 2020 and 2024. I'm not confident "
                    "they'll survive this one. We'll know more when the dive teams go back in "
                    "April"
                ],
                "Kate Ngata",
            ),
        ],
    ),
    (  # 15 orchestra director resigns: statement partial; dash-introduced quote; association
        "The artistic director of the Halvorsen Symphony Orchestra, Gideon Marsh, resigned on "
        "Wednesday, two weeks after the orchestra cancelled the rest of its season and laid "
        "off 40 musicians.\n\n"
        'In a statement, the orchestra said it was "grateful for eight years of '
        'extraordinary music-making" and would begin searching for a successor in the new '
        "year.\n\n"
        "Asked by reporters outside the concert hall why the season had collapsed, the "
        "board's chair, Lillian Osei, gave a short answer — \"We ran out of money. It's as "
        'simple and as painful as that."\n\n'
        "Marsh did not respond to requests for comment. The Halvorsen Musicians' Association "
        "said it was considering legal action over the layoffs.",
        [
            (
                P,
                ["grateful for eight years of extraordinary music-making"],
                "Halvorsen Symphony Orchestra",
            ),
            (
                D,
                ["We ran out of money. It's as simple and as painful as that."],
                "Lillian Osei",
            ),
            (
                I,
                ["it was considering legal action over the layoffs"],
                "Halvorsen Musicians' Association",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout20.jsonl"),
        "heldout20",
        "h20",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
