"""Source of the 131st held-out set: writes heldout131.jsonl (split "heldout131").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like business, labour and economy news: company results, job cuts and factory closures,
strikes and wage talks, central bank decisions, inflation figures, trade disputes and tariffs,
start-up funding rounds, the housing market and retail sales, with chief executives, analysts,
union leaders, ministers, economists, notaries, mayors, workers, drivers and shoppers quoted,
companies, unions, federations and statistics bodies speaking as organisations, and unnamed
speakers ("un ouvrier", "une cliente", "one engineer", "a 41-year-old teacher"); speakers are
referred back to by pronoun, surname, role, nationality, age or epithet ("la quinquagénaire",
"le Flamand", "the 31-year-old Kenyan"), and some statements are sourced with "selon X",
"d'après X" or "according to X". One French text is a radio interview in dialogue dashes, one
French text has no quote at all.
Measured once with 0.3.0, 0.39.0 and 0.40.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout131.py
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
    (  # 1 annual results of a food group: two-sentence direct + "a assuré le PDG, Name,",
        # partial inside "Pour Name, analyste …, les objectifs … sont « … »" (only the
        # partial), "Selon le cabinet Name," (rest of the sentence, generic noun dropped)
        "Le groupe agroalimentaire Valmèra a publié jeudi un bénéfice net de 412 millions "
        "d'euros pour son exercice 2026, en recul de 18\u00a0% sur un an. Le chiffre d'affaires "
        "s'est établi à 6,3 milliards d'euros, porté par la hausse des prix plutôt que par les "
        "volumes.\n\n"
        "«\u00a0Nous avons traversé une année de tempête sans abîmer le navire. Nos marges se "
        "redresseront dès le premier semestre\u00a0», a assuré le PDG, Laurent Achard-Médici, "
        "lors d'une conférence téléphonique avec les analystes.\n\n"
        "L'action a pourtant chuté de 7,2\u00a0% à la Bourse de Paris. Pour Sophie Marchetti, "
        "analyste chez Kerval Securities, les objectifs de la direction sont «\u00a0ambitieux, "
        "pour ne pas dire optimistes\u00a0». Selon le cabinet Agrimétrie, les volumes vendus en "
        "grande surface par le groupe ont reculé de 4\u00a0% au troisième trimestre.",
        [
            (
                D,
                [
                    "Nous avons traversé une année de tempête sans abîmer le navire. Nos marges "
                    "se redresseront dès le premier semestre"
                ],
                "Laurent Achard-Médici",
            ),
            (P, ["ambitieux, pour ne pas dire optimistes"], "Sophie Marchetti"),
            (
                I,
                [
                    "les volumes vendus en grande surface par le groupe ont reculé de 4\u00a0% au "
                    "troisième trimestre"
                ],
                "Agrimétrie",
            ),
        ],
    ),
    (  # 2 car-parts factory closing: "a annoncé … la fermeture" (noun object, not
        # annotated), "La direction a indiqué que" (generic noun for the company), direct +
        # "lâche un ouvrier" (unnamed), partial after "Le délégué du syndicat X, Name,
        # dénonce", the minister "a demandé … des garanties" (noun object, not annotated)
        "L'équipementier automobile Ferlinor a annoncé mardi la fermeture de son usine de "
        "Vierzon (Cher), qui emploie 312 salariés, d'ici à la fin du mois de juin. La direction "
        "a indiqué que la production de faisceaux électriques serait transférée vers son site "
        "de Timișoara, en Roumanie.\n\n"
        "Devant les grilles, mardi après-midi, beaucoup avaient appris la nouvelle par un simple "
        "courriel. «\u00a0Vingt-deux ans de boîte, et on me prévient par mail\u00a0», lâche un "
        "ouvrier, les bras croisés.\n\n"
        "Le délégué du syndicat Solidarité ouvrière, Mickaël Tournier, dénonce «\u00a0une "
        "délocalisation pure et simple\u00a0», alors que l'usine était encore bénéficiaire l'an "
        "dernier. Une assemblée générale est prévue jeudi.\n\n"
        "Le ministre de l'Industrie, Paul-Henri Segond, a demandé à Ferlinor des garanties sur "
        "le reclassement des salariés.",
        [
            (
                I,
                [
                    "la production de faisceaux électriques serait transférée vers son site de "
                    "Timișoara, en Roumanie"
                ],
                "Ferlinor",
            ),
            (D, ["Vingt-deux ans de boîte, et on me prévient par mail"], "ouvrier"),
            (P, ["une délocalisation pure et simple"], "Mickaël Tournier"),
        ],
    ),
    (  # 3 European central bank holds rates: partial inside "Sa présidente, la Néerlandaise
        # Name, a expliqué que" (only the partial), a quote split by "a-t-elle ajouté …," (one
        # quote two spans, final period kept), partial inside "Name, chef économiste …, juge
        # que l'institution « … »" (only the partial)
        "La Banque centrale européenne a laissé ses taux directeurs inchangés jeudi, pour la "
        "troisième réunion consécutive, le taux de dépôt restant fixé à 2,25\u00a0%. Sa "
        "présidente, la Néerlandaise Ingrid Valkenburg, a expliqué que l'inflation des services "
        "restait «\u00a0trop collante\u00a0» pour envisager une baisse avant le printemps.\n\n"
        "«\u00a0Nous ne sommes pas pressés, a-t-elle ajouté en conférence de presse à Francfort, "
        "et nous ne nous laisserons pas presser.\u00a0»\n\n"
        "Les marchés, qui misaient sur un geste en mars, ont accueilli froidement le message. "
        "Arnaud Kessler, chef économiste de l'assureur Provéa, juge que l'institution "
        "«\u00a0regarde dans le rétroviseur\u00a0» alors que l'activité ralentit en Allemagne et "
        "en Italie.",
        [
            (P, ["trop collante"], "Ingrid Valkenburg"),
            (
                D,
                [
                    "Nous ne sommes pas pressés",
                    "et nous ne nous laisserons pas presser.",
                ],
                "Ingrid Valkenburg",
            ),
            (P, ["regarde dans le rétroviseur"], "Arnaud Kessler"),
        ],
    ),
    (  # 4 inflation figures: "…, selon l'Institut Name, qui …" (the part before), direct +
        # "raconte cette mère de trois enfants" (descriptive noun for "une cliente",
        # unnamed), "met … en garde contre l'excès" (noun object) then a quote running over
        # two paragraphs (one span each, first period kept) + "souligne-t-elle"
        "Les prix à la consommation ont augmenté de 3,1\u00a0% sur un an en novembre, selon "
        "l'Institut national de la statistique, qui a publié vendredi une première estimation. "
        "L'alimentation reste le principal moteur de la hausse, avec une progression de "
        "5,4\u00a0%.\n\n"
        "Au rayon frais d'un hypermarché de Villeneuve-d'Ascq (Nord), une cliente compare les "
        "étiquettes, calculette à la main. «\u00a0Je ne prends plus de viande qu'une fois par "
        "semaine. Le reste du temps, c'est pâtes et lentilles\u00a0», raconte cette mère de trois "
        "enfants, employée de mairie.\n\n"
        "L'économiste Camille Orsini, de l'Observatoire des conjonctures, met pourtant en garde "
        "contre l'excès de pessimisme. «\u00a0Le pic est derrière nous. Les prix de l'énergie "
        "reculent depuis trois mois et cela finira par se voir dans les rayons.\n\n"
        "«\u00a0Mais les ménages, eux, gardent en mémoire les hausses passées, et ils consomment "
        "moins\u00a0», souligne-t-elle.",
        [
            (
                I,
                ["Les prix à la consommation ont augmenté de 3,1\u00a0% sur un an en novembre"],
                "Institut national de la statistique",
            ),
            (
                D,
                [
                    "Je ne prends plus de viande qu'une fois par semaine. Le reste du temps, "
                    "c'est pâtes et lentilles"
                ],
                "cliente",
            ),
            (
                D,
                [
                    "Le pic est derrière nous. Les prix de l'énergie reculent depuis trois mois "
                    "et cela finira par se voir dans les rayons.",
                    "Mais les ménages, eux, gardent en mémoire les hausses passées, et ils "
                    "consomment moins",
                ],
                "Camille Orsini",
            ),
        ],
    ),
    (  # 5 dockers' strike: "…, selon la capitainerie." (unnamed body, the part before),
        # direct + "a martelé Name, secrétaire du syndicat …", "Le syndicaliste … exige le
        # retrait" (noun object), partial after "Name, déléguée générale de X, chiffre à"
        "Le trafic de conteneurs était quasiment à l'arrêt mercredi au Havre, au troisième jour "
        "d'une grève des dockers contre la réforme de leur régime de pénibilité. Une quarantaine "
        "de navires attendaient au large, selon la capitainerie.\n\n"
        "«\u00a0On ne lâchera rien tant que le texte ne sera pas retiré\u00a0», a martelé Didier "
        "Lecoq, secrétaire du syndicat des dockers havrais, devant le terminal de l'Europe. Le "
        "syndicaliste, docker depuis 1994, exige le retrait pur et simple du projet.\n\n"
        "Chez les transitaires, l'inquiétude monte. Hélène Fabre-Castaing, déléguée générale de "
        "l'Union normande des commissionnaires de transport, chiffre à «\u00a015 millions "
        "d'euros par jour\u00a0» le coût du blocage pour l'économie régionale. La ministre des "
        "Transports a convoqué les partenaires sociaux vendredi.",
        [
            (I, ["Une quarantaine de navires attendaient au large"], "capitainerie"),
            (
                D,
                ["On ne lâchera rien tant que le texte ne sera pas retiré"],
                "Didier Lecoq",
            ),
            (P, ["15 millions d'euros par jour"], "Hélène Fabre-Castaing"),
        ],
    ),
    (  # 6 start-up funding round: "Elle a précisé vouloir …" (pronoun for "la jeune pousse",
        # the company speaking, infinitive clause), two-sentence direct + "sourit sa
        # cofondatrice, Name, 34 ans", partial after "l'associée Name évoque"
        "La start-up lyonnaise Hélixa, qui développe des batteries au sodium pour le stockage "
        "d'électricité, a bouclé une levée de fonds de 48 millions d'euros auprès du fonds "
        "Capella Ventures et de plusieurs industriels de la chimie.\n\n"
        "Fondée en 2022 par deux anciens chercheurs d'un laboratoire public grenoblois, la jeune "
        "pousse emploie 85 personnes. Elle a précisé vouloir doubler ses effectifs d'ici à 2028 "
        "et construire une première ligne de production dans la vallée de la chimie, au sud de "
        "Lyon.\n\n"
        "«\u00a0Il y a trois ans, on nous prenait pour des rêveurs. Aujourd'hui, ce sont les "
        "industriels qui viennent nous chercher\u00a0», sourit sa cofondatrice, Léa "
        "Marchand-Oyelaran, 34 ans. Chez Capella Ventures, l'associée Judith Brenner évoque "
        "«\u00a0l'un des dossiers les plus solides de la décennie\u00a0» dans la filière.",
        [
            (
                I,
                [
                    "vouloir doubler ses effectifs d'ici à 2028 et construire une première ligne "
                    "de production dans la vallée de la chimie, au sud de Lyon"
                ],
                "Hélixa",
            ),
            (
                D,
                [
                    "Il y a trois ans, on nous prenait pour des rêveurs. Aujourd'hui, ce sont les "
                    "industriels qui viennent nous chercher"
                ],
                "Léa Marchand-Oyelaran",
            ),
            (P, ["l'un des dossiers les plus solides de la décennie"], "Judith Brenner"),
        ],
    ),
    (  # 7 housing market in Lyon: "…, d'après la chambre départementale des notaires."
        # (unnamed body, the part before), direct + "résume-t-elle" (pronoun for "La notaire
        # Name"), "conteste … les statistiques selon lesquelles" (noun object; "selon
        # lesquelles" is not a source), partial after "Son président, Name, parle d'un"
        "Les prix des logements anciens ont reculé de 3,8\u00a0% sur un an au troisième "
        "trimestre dans la métropole de Lyon, d'après la chambre départementale des notaires. "
        "À Villeurbanne, la baisse atteint même 6\u00a0%.\n\n"
        "La notaire Anne-Laure Vidal-Bonnet, installée à Caluire, voit les acheteurs revenir "
        "depuis la rentrée, encouragés par la détente des taux de crédit. «\u00a0Les dossiers se "
        "débloquent, mais les vendeurs doivent accepter de revoir leurs prix\u00a0», "
        "résume-t-elle.\n\n"
        "La fédération régionale des agents immobiliers conteste pourtant les statistiques selon "
        "lesquelles le marché aurait touché le fond. Son président, Bruno Caillaux, parle d'un "
        "«\u00a0faux rebond\u00a0», tiré par les seules ventes de studios et de deux-pièces.",
        [
            (
                I,
                [
                    "Les prix des logements anciens ont reculé de 3,8\u00a0% sur un an au "
                    "troisième trimestre dans la métropole de Lyon"
                ],
                "chambre départementale des notaires",
            ),
            (
                D,
                [
                    "Les dossiers se débloquent, mais les vendeurs doivent accepter de revoir "
                    "leurs prix"
                ],
                "Anne-Laure Vidal-Bonnet",
            ),
            (P, ["faux rebond"], "Bruno Caillaux"),
        ],
    ),
    (  # 8 economy minister's radio interview in dialogue dashes: "Selon le Haut conseil …,"
        # (rest of the sentence), a dash line attributed by the sentence before it ("elle
        # s'est voulue catégorique :", final period kept), a dash line with the incise "a
        # reconnu la ministre," (role, one quote two spans), "a défendu son projet" (noun
        # object, not annotated)
        "Invitée de la matinale de Radio Horizon mardi, la ministre de l'Économie, Claire "
        "Demarsy, a défendu son projet de budget. Selon le Haut conseil des finances publiques, "
        "le déficit atteindra pourtant 5,2\u00a0% du PIB l'an prochain, contre 4,6\u00a0% dans "
        "les prévisions du gouvernement. Interrogée sur une éventuelle hausse de la TVA, la "
        "ministre s'est voulue catégorique\u00a0:\n\n"
        "— Totalement exclue. Je l'ai dit, je le répète\u00a0: pas d'impôt supplémentaire pour "
        "les ménages.\n\n"
        "Sur la contribution exceptionnelle demandée aux entreprises, le ton était plus "
        "nuancé\u00a0:\n\n"
        "— Nous demandons un effort temporaire aux très grands groupes, a reconnu la ministre, "
        "pas aux PME. Ce n'est pas la même chose.",
        [
            (
                I,
                [
                    "le déficit atteindra pourtant 5,2\u00a0% du PIB l'an prochain, contre "
                    "4,6\u00a0% dans les prévisions du gouvernement"
                ],
                "Haut conseil des finances publiques",
            ),
            (
                D,
                [
                    "Totalement exclue. Je l'ai dit, je le répète\u00a0: pas d'impôt "
                    "supplémentaire pour les ménages."
                ],
                "Claire Demarsy",
            ),
            (
                D,
                [
                    "Nous demandons un effort temporaire aux très grands groupes",
                    "pas aux PME. Ce n'est pas la même chose.",
                ],
                "Claire Demarsy",
            ),
        ],
    ),
    (  # 9 bank job cuts, « » without inner spaces: reported speech without marks ending
        # "…, a annoncé jeudi sa direction." (generic noun for the company, the part before),
        # two-sentence direct + "a justifié le directeur général, Name,", "Il a promis des
        # mesures" (noun object), partial after "Sa secrétaire générale, Name, y voit"
        "La banque régionale Crédit Rhénan va supprimer 1\u00a0150 postes d'ici à 2028, soit "
        "près d'un emploi sur huit, et fermer 140 de ses 410 agences, a annoncé jeudi sa "
        "direction.\n\n"
        "«La transformation numérique a changé la façon dont nos clients utilisent la banque. "
        "Nous devons nous adapter ou disparaître», a justifié le directeur général, Olivier "
        "Schaller, en présentant son plan stratégique à Strasbourg. Il a promis des mesures "
        "d'accompagnement pour chaque salarié concerné.\n\n"
        "Une promesse qui ne convainc pas le Syndicat national des employés de banque. Sa "
        "secrétaire générale, Nathalie Heitz, y voit «un plan de départs déguisé» et appelle à "
        "une journée de grève le 12 décembre.",
        [
            (
                I,
                [
                    "La banque régionale Crédit Rhénan va supprimer 1\u00a0150 postes d'ici à "
                    "2028, soit près d'un emploi sur huit, et fermer 140 de ses 410 agences"
                ],
                "Crédit Rhénan",
            ),
            (
                D,
                [
                    "La transformation numérique a changé la façon dont nos clients utilisent la "
                    "banque. Nous devons nous adapter ou disparaître"
                ],
                "Olivier Schaller",
            ),
            (P, ["un plan de départs déguisé"], "Nathalie Heitz"),
        ],
    ),
    (  # 10 cognac exports hit by Chinese tariffs: "Le Bureau interprofessionnel … a fait
        # savoir … que" (organisation, indirect), direct + "déplore son président, Name,
        # viticulteur à X", "Selon lui," (pronoun, rest of the sentence)
        "Le Bureau interprofessionnel des eaux-de-vie charentaises a fait savoir mardi que les "
        "exportations de cognac vers la Chine avaient chuté de 41\u00a0% sur les dix premiers "
        "mois de l'année, sous l'effet des droits de douane imposés par Pékin en représailles "
        "aux taxes européennes sur les voitures électriques.\n\n"
        "«\u00a0Nous payons le prix d'une guerre commerciale qui ne nous concerne pas\u00a0», "
        "déplore son président, Jean-Marc Rivière-Delage, viticulteur à Segonzac. Selon lui, "
        "2\u00a0000 emplois sont menacés dans le vignoble d'ici à l'été.\n\n"
        "Le ministre délégué au Commerce extérieur, Rémi Sautereau, se rendra à Pékin en "
        "janvier. Les négociants espèrent que le dossier figurera en tête de son agenda.",
        [
            (
                I,
                [
                    "les exportations de cognac vers la Chine avaient chuté de 41\u00a0% sur les "
                    "dix premiers mois de l'année, sous l'effet des droits de douane imposés par "
                    "Pékin en représailles aux taxes européennes sur les voitures électriques"
                ],
                "Bureau interprofessionnel des eaux-de-vie charentaises",
            ),
            (
                D,
                ["Nous payons le prix d'une guerre commerciale qui ne nous concerne pas"],
                "Jean-Marc Rivière-Delage",
            ),
            (
                I,
                ["2\u00a0000 emplois sont menacés dans le vignoble d'ici à l'été"],
                "Jean-Marc Rivière-Delage",
            ),
        ],
    ),
    (  # 11 no quote: clothing chain in receivership, "a annoncé la fermeture" and "ont
        # réclamé un audit" (noun objects, not annotated), "auraient manifesté leur intérêt"
        # (not speech)
        "Le tribunal des activités économiques de Paris a placé mardi en redressement "
        "judiciaire l'enseigne de prêt-à-porter Maison Lavergne, qui compte 186 magasins et "
        "1\u00a0420 salariés en France. Une période d'observation de six mois s'ouvre.\n\n"
        "Fragilisée par la concurrence des plateformes asiatiques et par la baisse de la "
        "fréquentation des centres-villes, la marque a perdu 38 millions d'euros l'an dernier. "
        "Sa directrice générale, Agnès Royer-Massin, a annoncé la fermeture de 23 points de "
        "vente d'ici au printemps.\n\n"
        "Les représentants du personnel ont réclamé un audit indépendant des comptes. Deux "
        "candidats à la reprise, un fonds d'investissement et un concurrent espagnol, auraient "
        "déjà manifesté leur intérêt.",
        [],
    ),
    (  # 12 slaughterhouse strike in Brittany: "Ils réclament une hausse" (noun object),
        # two-sentence direct + "s'indigne la quinquagénaire" (epithet for "Sandrine, 52
        # ans", first name only), "La direction affirme qu'elle" (generic noun for the
        # company), two-sentence direct + "fait valoir son directeur des ressources
        # humaines, Name"
        "Les 430 salariés de l'abattoir Kerlouan Viandes, à Loudéac (Côtes-d'Armor), ont voté "
        "jeudi la reconduction de la grève entamée lundi. Ils réclament une hausse de salaire de "
        "150 euros net par mois.\n\n"
        "Sur le piquet de grève, Sandrine, 52 ans, dont vingt-six à la découpe, montre ses mains "
        "abîmées. «\u00a0On travaille à 4 degrés, avec des couteaux, huit heures par jour. Et on "
        "nous propose 35 euros\u00a0», s'indigne la quinquagénaire, qui n'a pas souhaité donner "
        "son nom.\n\n"
        "La direction affirme qu'elle ne peut pas aller au-delà de 2,5\u00a0% d'augmentation, "
        "compte tenu de l'effondrement des cours du porc. «\u00a0Nos marges sont de 1\u00a0%. "
        "Chaque euro compte\u00a0», fait valoir son directeur des ressources humaines, Yann Le "
        "Bihan, joint par téléphone. Une médiation est prévue lundi à la préfecture.",
        [
            (
                D,
                [
                    "On travaille à 4 degrés, avec des couteaux, huit heures par jour. Et on nous "
                    "propose 35 euros"
                ],
                "Sandrine",
            ),
            (
                I,
                [
                    "elle ne peut pas aller au-delà de 2,5\u00a0% d'augmentation, compte tenu de "
                    "l'effondrement des cours du porc"
                ],
                "Kerlouan Viandes",
            ),
            (D, ["Nos marges sont de 1\u00a0%. Chaque euro compte"], "Yann Le Bihan"),
        ],
    ),
    (  # 13 steelworks taken over: two-sentence direct + "a réagi le maire de la commune,
        # Name." then an unattributed quote continuing his (a second direct quote, final
        # period kept), partial inside "Son vice-président …, Name, a déclaré à la presse
        # que" (only the partial)
        "Le tribunal de commerce de Metz a désigné mercredi le sidérurgiste indien Rathore Steel "
        "comme repreneur de l'aciérie de Hayange-Sud (Moselle), en redressement judiciaire "
        "depuis juin. Son offre prévoit la reprise de 540 des 610 salariés.\n\n"
        "«\u00a0C'est un soulagement immense. Ce matin encore, personne n'osait y croire\u00a0», "
        "a réagi le maire de la commune, Gilles Wendling. «\u00a0Mais je resterai attentif au "
        "sort des soixante-dix salariés qui restent sur le carreau.\u00a0»\n\n"
        "Le groupe prévoit d'investir 120 millions d'euros dans un four électrique. Son "
        "vice-président pour l'Europe, Arjun Mehta, a déclaré à la presse que le site "
        "deviendrait «\u00a0la vitrine de l'acier bas carbone\u00a0» du groupe.",
        [
            (
                D,
                ["C'est un soulagement immense. Ce matin encore, personne n'osait y croire"],
                "Gilles Wendling",
            ),
            (
                D,
                [
                    "Mais je resterai attentif au sort des soixante-dix salariés qui restent sur "
                    "le carreau."
                ],
                "Gilles Wendling",
            ),
            (P, ["la vitrine de l'acier bas carbone"], "Arjun Mehta"),
        ],
    ),
    (  # 14 Belgian national strike: direct + "a lancé à la tribune Name, président de la
        # Fédération …" (name after the cue), "Le ministre des Pensions, Name, a répété …
        # que" (indirect), "Le Flamand s'est … montré ouvert" (not speech) then a partial
        # closed by "a-t-il précisé" (epithet and pronoun for the minister)
        "La Belgique a tourné au ralenti mardi, à l'appel des trois grands syndicats, contre la "
        "réforme des pensions du gouvernement fédéral. Aucun train ne circulait entre Bruxelles "
        "et Liège, et l'aéroport de Zaventem a annulé tous ses départs. Quelque 60\u00a0000 "
        "manifestants ont défilé dans la capitale.\n\n"
        "«\u00a0On nous demande de travailler jusqu'à 67 ans dans des métiers qui cassent les "
        "corps\u00a0», a lancé à la tribune Marc Vanderhaegen, président de la Fédération "
        "générale du travail wallonne, sous les applaudissements.\n\n"
        "Le ministre des Pensions, Koen Verstraete, a répété mardi soir que la réforme ne serait "
        "pas retirée. Le Flamand s'est toutefois montré ouvert à une discussion sur les métiers "
        "pénibles, «\u00a0dès la semaine prochaine s'il le faut\u00a0», a-t-il précisé.",
        [
            (
                D,
                [
                    "On nous demande de travailler jusqu'à 67 ans dans des métiers qui cassent "
                    "les corps"
                ],
                "Marc Vanderhaegen",
            ),
            (I, ["la réforme ne serait pas retirée"], "Koen Verstraete"),
            (P, ["dès la semaine prochaine s'il le faut"], "Koen Verstraete"),
        ],
    ),
    (  # 15 disappointing Black Friday: direct + "résume Name, gérante d'une boutique …",
        # "Selon elle," (pronoun, rest of the sentence), partial inside "dont le délégué
        # général, Name, a estimé … que" (only the partial)
        "Les commerçants attendaient beaucoup du Black Friday. Ils ont été déçus\u00a0: les "
        "ventes en magasin ont reculé de 6\u00a0% vendredi par rapport à l'an dernier, tandis "
        "que le commerce en ligne progressait de 9\u00a0%.\n\n"
        "«\u00a0Les clients sont venus, ils ont regardé, ils sont repartis les mains "
        "vides\u00a0», résume Karima Benali, gérante d'une boutique d'électroménager à Roubaix. "
        "Selon elle, les promotions ne suffisent plus à déclencher l'achat quand les budgets "
        "sont aussi serrés.\n\n"
        "Son constat est partagé par la Fédération du commerce indépendant, dont le délégué "
        "général, François Pagnoux, a estimé samedi que les petites enseignes étaient "
        "«\u00a0prises en étau\u00a0» entre les plateformes en ligne et les hypermarchés.",
        [
            (
                D,
                ["Les clients sont venus, ils ont regardé, ils sont repartis les mains vides"],
                "Karima Benali",
            ),
            (
                I,
                [
                    "les promotions ne suffisent plus à déclencher l'achat quand les budgets sont "
                    "aussi serrés"
                ],
                "Karima Benali",
            ),
            (P, ["prises en étau"], "François Pagnoux"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 supermarket half-year results: direct + "said chief executive Name" (speaker
        # after the cue), "The company said it" (generic noun), partial after "Name, a retail
        # analyst at X, called the results"
        "Harwood's, Britain's fourth-largest supermarket chain, reported a 12% rise in "
        "half-year operating profit to £418m on Wednesday, as shoppers drifted back from the "
        "discounters and sales of its premium own-label range jumped.\n\n"
        '"We have won back customers we lost during the cost-of-living crisis, and we have done '
        'it without starting a price war," said chief executive Fiona Marlowe-Grant.\n\n'
        "The company said it now expected full-year profit at the top end of analysts' "
        "forecasts. Shares rose 5.4% in early trading in London. Priya Lamba, a retail analyst "
        'at Stanwick Capital, called the results "a clean beat" in a note to clients.',
        [
            (
                D,
                [
                    "We have won back customers we lost during the cost-of-living crisis, and we "
                    "have done it without starting a price war"
                ],
                "Fiona Marlowe-Grant",
            ),
            (
                I,
                ["it now expected full-year profit at the top end of analysts' forecasts"],
                "Harwood's",
            ),
            (P, ["a clean beat"], "Priya Lamba"),
        ],
    ),
    (  # 2 software company lay-offs: direct + "chief executive Name wrote in a memo" then
        # "It is also the right one." after a full stop (a second direct quote, his), an
        # unnamed "One engineer …, who asked not to be named …, said" (indirect)
        "Cobaltline, the San Jose-based cloud software company, will cut about 1,800 jobs, or "
        "14% of its workforce, in its biggest round of lay-offs since it went public in 2019.\n\n"
        '"This is the hardest decision I have made since founding this company," chief '
        'executive Derek Halvorsen wrote in a memo to staff on Tuesday. "It is also the right '
        'one."\n\n'
        "The cuts will fall mostly on sales and customer support. One engineer in the company's "
        "Austin office, who asked not to be named because she was not authorised to speak to "
        "the media, said colleagues had been locked out of their laptops within minutes of the "
        "memo going out.\n\n"
        "Cobaltline's shares closed 3% higher on the news.",
        [
            (
                D,
                ["This is the hardest decision I have made since founding this company"],
                "Derek Halvorsen",
            ),
            (D, ["It is also the right one."], "Derek Halvorsen"),
            (
                I,
                [
                    "colleagues had been locked out of their laptops within minutes of the memo "
                    "going out"
                ],
                "engineer",
            ),
        ],
    ),
    (  # 3 Bank of Canada rate cut: "left the door open" (not speech), a quote split by
        # "Governor Name told a news conference in Ottawa," (one quote two spans, final period
        # kept), "Name said in a note to clients that it" (organisation), partial inside the
        # reported speech of "Name, chief economist at X, argued that" (only the partial)
        "The Bank of Canada cut its benchmark interest rate by a quarter of a percentage point "
        "to 2.5% on Wednesday, its fourth reduction this year, and left the door open to further "
        "easing.\n\n"
        '"Inflation is back where we want it," Governor Martine Leclerc-Holt told a news '
        'conference in Ottawa, "and the risks to growth now worry us more than the risks to '
        'prices."\n\n'
        "Lakeshore Bank said in a note to clients that it expected another cut in January. Not "
        "everyone is convinced: Ravi Shankar, chief economist at the Prairie Institute, a "
        'Calgary think tank, argued that the central bank was moving "too fast, too soon" with '
        "house prices already climbing again in Toronto and Vancouver.",
        [
            (
                D,
                [
                    "Inflation is back where we want it",
                    "and the risks to growth now worry us more than the risks to prices.",
                ],
                "Martine Leclerc-Holt",
            ),
            (I, ["it expected another cut in January"], "Lakeshore Bank"),
            (P, ["too fast, too soon"], "Ravi Shankar"),
        ],
    ),
    (  # 4 car plant strike: a speaker introduced by age ("Name, 58, who …, was in no mood")
        # then a two-sentence direct + "he said", partial inside "The president of … Local
        # 14, Name, said members were ready" (only the partial), "In a statement, Name
        # described the walkout as" (organisation, partial)
        "More than 6,000 workers walked off the job at Granite Motors' pickup truck plant in "
        "Toledo, Ohio, at midnight on Sunday after talks on a new four-year contract broke "
        "down.\n\n"
        "On the picket line on Monday morning, Dwayne Rollins, 58, who has spent 31 years on "
        "the assembly line, was in no mood to compromise. \"They made $9 billion last year. We're "
        'asking for our share, not for charity," he said.\n\n'
        "The president of United Assembly Workers Local 14, Teresa Okafor, said members were "
        'ready to stay out "as long as it takes". In a statement, Granite Motors described the '
        'walkout as "unnecessary and disappointing". Its offer includes a 19% raise over the '
        "life of the contract.",
        [
            (
                D,
                ["They made $9 billion last year. We're asking for our share, not for charity"],
                "Dwayne Rollins",
            ),
            (P, ["as long as it takes"], "Teresa Okafor"),
            (P, ["unnecessary and disappointing"], "Granite Motors"),
        ],
    ),
    (  # 5 South African inflation, curly quotes: "South Africa's national statistics agency
        # said … that" (unnamed body), two-sentence direct + "she said" (pronoun for
        # "Nomvula, a school cleaner …", first name only), a quote running over two
        # paragraphs (one span each, first period kept) + "she added" (pronoun for "Name, an
        # economist at X")
        "South Africa's national statistics agency said on Wednesday that consumer price "
        "inflation had risen to 5.8% in October from 5.1% a month earlier, driven by higher "
        "electricity tariffs and food prices.\n\n"
        "At a supermarket in Soweto, Nomvula, a school cleaner and mother of two who gave only "
        "her first name, was filling her basket with the basics. “Bread, maize meal, a bit of "
        "chicken on Sundays. That’s it now,” she said.\n\n"
        "Thandiwe Mokoena, an economist at Kestrel Asset Management, does not expect the "
        "central bank to cut rates next month. “It will want to see a couple of months of calm "
        "first.\n\n"
        "“Households are being squeezed from every side, and wage growth simply isn’t keeping "
        "up,” she added.",
        [
            (
                I,
                [
                    "consumer price inflation had risen to 5.8% in October from 5.1% a month "
                    "earlier, driven by higher electricity tariffs and food prices"
                ],
                "national statistics agency",
            ),
            (
                D,
                ["Bread, maize meal, a bit of chicken on Sundays. That’s it now"],
                "Nomvula",
            ),
            (
                D,
                [
                    "It will want to see a couple of months of calm first.",
                    "Households are being squeezed from every side, and wage growth simply "
                    "isn’t keeping up",
                ],
                "Thandiwe Mokoena",
            ),
        ],
    ),
    (  # 6 fintech start-up funding round, single curly quotes: "plans to use" (not speech),
        # partial after "The 31-year-old Kenyan … described … as" (nationality and age for
        # "The company’s co-founder, Name"), two-sentence direct + "said Name, a partner at
        # X" (speaker after the cue)
        "Pesaline, a Nairobi-based start-up that lets market traders borrow against their "
        "mobile-money takings, has raised $32m in a funding round led by the London venture "
        "firm Meridian Rock.\n\n"
        "The company’s co-founder, Wanjiru Kamau, plans to use the money to expand into Uganda "
        "and Tanzania next year and to double its 140-strong staff. The 31-year-old Kenyan, a "
        "former software engineer, described the market for loans to small traders as ‘broken, "
        "expensive and slow’.\n\n"
        "‘We didn’t invest in a lender. We invested in a data company,’ said Tobias Ekström, a "
        "partner at Meridian Rock, who will join Pesaline’s board.",
        [
            (P, ["broken, expensive and slow"], "Wanjiru Kamau"),
            (
                D,
                ["We didn’t invest in a lender. We invested in a data company"],
                "Tobias Ekström",
            ),
        ],
    ),
    (  # 7 US home sales: "…, according to the National Realty Council." (the part before),
        # a direct ending in a question mark (kept) + "said Name, the council's chief
        # economist", direct + "said Mr Surname, a 36-year-old nurse" (surname for "Marcus
        # and Alicia Tran")
        "Sales of previously owned homes in the United States fell 2.4% in October to an "
        "annual rate of 3.9 million, the lowest level since 2010, according to the National "
        "Realty Council.\n\n"
        "Mortgage rates near 7% are keeping would-be buyers on the sidelines and owners locked "
        'into cheaper loans. "People who bought or refinanced at 3% are simply not moving. Why '
        "would they?\" said Lauren Whitfield, the council's chief economist.\n\n"
        "In Phoenix, Marcus and Alicia Tran have been renting for four years while they save "
        'for a deposit. "Every time we get close, prices go up again," said Mr Tran, a '
        "36-year-old nurse. The couple are now looking at towns an hour's drive from the city.",
        [
            (
                I,
                [
                    "Sales of previously owned homes in the United States fell 2.4% in October "
                    "to an annual rate of 3.9 million, the lowest level since 2010"
                ],
                "National Realty Council",
            ),
            (
                D,
                ["People who bought or refinanced at 3% are simply not moving. Why would they?"],
                "Lauren Whitfield",
            ),
            (D, ["Every time we get close, prices go up again"], "Marcus Tran"),
        ],
    ),
    (  # 8 US tariff on Mexican tomatoes: "Mexico's economy minister, Name, said … that"
        # (indirect), partial after "He called the measure" (pronoun), direct + "said Name, a
        # driver who …" (speaker after the cue)
        "Mexico's economy minister, Alejandro Ruiz Cárdenas, said on Monday that his "
        "government would challenge a new 21% US tariff on Mexican tomatoes at the World Trade "
        'Organization. He called the measure "protectionism dressed up as fair trade".\n\n'
        "The duty, which took effect at midnight, applies to about $3 billion of annual exports, "
        "most of them grown in the northern state of Sinaloa.\n\n"
        "At the Nogales crossing, queues of refrigerated trucks stretched for several kilometres "
        'on Monday. "Half of these trucks will turn around. Nobody wants to pay," said Ernesto '
        "Villalobos, a driver who had been waiting since dawn.",
        [
            (
                I,
                [
                    "his government would challenge a new 21% US tariff on Mexican tomatoes at "
                    "the World Trade Organization"
                ],
                "Alejandro Ruiz Cárdenas",
            ),
            (P, ["protectionism dressed up as fair trade"], "Alejandro Ruiz Cárdenas"),
            (
                D,
                ["Half of these trucks will turn around. Nobody wants to pay"],
                "Ernesto Villalobos",
            ),
        ],
    ),
    (  # 9 biscuit factory closing in Wales: partial inside "The company said the plant …
        # needed" (generic noun, only the partial), "Name, regional organiser for X, said: "
        # followed by a two-sentence direct (final period kept), "The local Member of the
        # Senedd, Name, said she had" (indirect)
        "Bakewell Foods is to close its biscuit factory in Merthyr Tydfil with the loss of 420 "
        "jobs, moving production to a larger site in the Netherlands by next autumn. Staff were "
        "told at a meeting on Thursday morning.\n\n"
        'The company said the plant, which opened in 1961, needed "significant investment" that '
        "could not be justified while volumes were falling.\n\n"
        'Gareth Pugh, regional organiser for the Bakers and Allied Workers Union, said: "This '
        "is a body blow for a town that has already lost too much. We will fight for every "
        'single job."\n\n'
        "The local Member of the Senedd, Carys Bevan, said she had asked ministers in Cardiff "
        "to meet the company urgently.",
        [
            (P, ["significant investment"], "Bakewell Foods"),
            (
                D,
                [
                    "This is a body blow for a town that has already lost too much. We will "
                    "fight for every single job."
                ],
                "Gareth Pugh",
            ),
            (
                I,
                ["she had asked ministers in Cardiff to meet the company urgently"],
                "Carys Bevan",
            ),
        ],
    ),
    (  # 10 Japanese spring wage talks: "the union federation, the Name, said … it would"
        # (no "that", organisation), "Its president, Name, was blunt." then a two-sentence
        # direct + "he told reporters", an employer introduced by a relative clause
        # ("Name, who runs …, said he wanted …")
        "Japan's biggest union federation, the National Council of Trade Unions, said on "
        "Thursday it would seek pay rises of at least 6% in next spring's wage talks. It is the "
        "highest target the federation has set in more than three decades.\n\n"
        'Its president, Kenji Morimoto, was blunt. "Workers have carried the burden of '
        'inflation for long enough. Real wages have fallen in 27 of the past 30 months," he '
        "told reporters in Tokyo.\n\n"
        "Smaller employers sound more cautious. Hiroshi Tanabe, who runs a 60-employee "
        "precision-parts maker in Higashiosaka, said he wanted to raise wages but could not "
        "pass higher costs on to his customers, most of them large carmakers.",
        [
            (
                I,
                ["it would seek pay rises of at least 6% in next spring's wage talks"],
                "National Council of Trade Unions",
            ),
            (
                D,
                [
                    "Workers have carried the burden of inflation for long enough. Real wages "
                    "have fallen in 27 of the past 30 months"
                ],
                "Kenji Morimoto",
            ),
            (
                I,
                [
                    "he wanted to raise wages but could not pass higher costs on to his "
                    "customers, most of them large carmakers"
                ],
                "Hiroshi Tanabe",
            ),
        ],
    ),
    (  # 11 ride-hailing drivers' protest: "demanding a minimum fare" (noun object), an
        # unclosed quotation mark ended by "said Name, a driver from X who …", "A Name
        # spokesperson said" (unnamed spokesperson, the company), "declined to say how many"
        # (not a statement)
        "Hundreds of drivers for the ride-hailing app Zoomcab switched off their phones across "
        "London on Friday evening, demanding a minimum fare per mile and an end to automated "
        "deactivations.\n\n"
        '"I was blocked for three weeks because a passenger lied about me, and nobody at the '
        "company would even pick up the phone, said Kwame Asante, a driver from Croydon who "
        "helped organise the protest.\n\n"
        "A Zoomcab spokesperson said drivers earned on average £31 an hour while carrying "
        "passengers. The firm declined to say how many of them had logged off.",
        [
            (
                D,
                [
                    "I was blocked for three weeks because a passenger lied about me, and nobody "
                    "at the company would even pick up the phone"
                ],
                "Kwame Asante",
            ),
            (
                I,
                ["drivers earned on average £31 an hour while carrying passengers"],
                "Zoomcab",
            ),
        ],
    ),
    (  # 12 German car-parts maker cuts jobs: "blamed the slow switch" (noun object), direct +
        # "he told analysts" (pronoun for "Chief executive Name"), "Bavaria's economy
        # minister, Name, said the state would" (indirect)
        "German car-parts maker Hellwig Antriebstechnik is to cut 3,200 jobs at its plants in "
        "Bavaria and Saxony by 2028 and move part of its production to Hungary.\n\n"
        "Chief executive Stefan Albrecht blamed the slow switch to electric cars and high "
        'energy costs. "We cannot build components in Germany at prices our customers are '
        'willing to pay," he told analysts on a call on Tuesday.\n\n'
        "The works council has called a protest rally at the Regensburg plant for Friday. "
        "Bavaria's economy minister, Florian Huber, said the state would examine whether "
        "subsidies paid to the company could be clawed back.",
        [
            (
                D,
                [
                    "We cannot build components in Germany at prices our customers are willing "
                    "to pay"
                ],
                "Stefan Albrecht",
            ),
            (
                I,
                [
                    "the state would examine whether subsidies paid to the company could be "
                    "clawed back"
                ],
                "Florian Huber",
            ),
        ],
    ),
    (  # 13 Chinese developer misses a bond payment: "Name said on Monday it had … and would
        # …" (organisation, one indirect), direct + "Name, an analyst at X, wrote in a note to
        # clients" (speaker after the quote), an unnamed "a 41-year-old teacher" (age) +
        # "she said"
        "Chinese property developer Tianyu Holdings said on Monday it had missed a $78m "
        "interest payment on an offshore bond and would seek to restructure its debts. The "
        "sector has been in crisis since 2021.\n\n"
        "\"The government's support measures have stabilised prices in the big cities, but not "
        'in the smaller ones, where developers like Tianyu built most of their homes," Grace '
        "Liang, an analyst at Harbourview Securities, wrote in a note to clients.\n\n"
        "In Zhengzhou, a 41-year-old teacher who paid a deposit on a Tianyu flat in 2020 still "
        'does not know when, or whether, it will be finished. "I am paying a mortgage on a '
        'building site," she said.',
        [
            (
                I,
                [
                    "it had missed a $78m interest payment on an offshore bond and would seek to "
                    "restructure its debts"
                ],
                "Tianyu Holdings",
            ),
            (
                D,
                [
                    "The government's support measures have stabilised prices in the big "
                    "cities, but not in the smaller ones, where developers like Tianyu built "
                    "most of their homes"
                ],
                "Grace Liang",
            ),
            (D, ["I am paying a mortgage on a building site"], "teacher"),
        ],
    ),
    (  # 14 US Black Friday, curly quotes: "…, according to Name, which …" (the part
        # before), a quote split by "said its general manager, Name," (one quote two spans,
        # final period kept), direct + "he said" (pronoun for "Name, 44, a warehouse
        # supervisor")
        "American shoppers spent $10.8 billion online on Black Friday, up 7% from last year, "
        "according to Adtrace Analytics, which tracks sales at 85 of the country's 100 largest "
        "retailers.\n\n"
        "Stores told a different story. Footfall at the Riverside Galleria mall in Columbus, "
        "Ohio, was down about 4% on last year. “People come in to touch the product,” said its "
        "general manager, Dana Kowalski, “then they go home and buy it on their phones.”\n\n"
        "Outside a toy store, Luis Ortega, 44, a warehouse supervisor, was leaving "
        "empty-handed. “I set a budget of $300 for the whole family this year, and I’m sticking "
        "to it,” he said.",
        [
            (
                I,
                [
                    "American shoppers spent $10.8 billion online on Black Friday, up 7% from last year"
                ],
                "Adtrace Analytics",
            ),
            (
                D,
                [
                    "People come in to touch the product",
                    "then they go home and buy it on their phones.",
                ],
                "Dana Kowalski",
            ),
            (
                D,
                ["I set a budget of $300 for the whole family this year, and I’m sticking to it"],
                "Luis Ortega",
            ),
        ],
    ),
    (  # 15 UK living wage rise, curly quotes: "confirmed the increase" (noun object), direct
        # + "she told MPs" (pronoun for "The Chancellor, Name"), "The Federation of Small
        # Employers warned that" (organisation), "For Name, 23, who …" then a direct + "she
        # said"
        "Britain's national living wage will rise by 4.1% to £12.60 an hour from April, a pay "
        "rise worth about £900 a year for a full-time worker. The Chancellor, Helen Ashdown, "
        "confirmed the increase in her autumn budget on Wednesday.\n\n"
        "“Nobody who works full time should have to choose between heating and eating,” she "
        "told MPs.\n\n"
        "Employers’ groups were less enthusiastic. The Federation of Small Employers warned "
        "that the rise, combined with higher national insurance contributions, would force many "
        "cafés, pubs and care homes to cut staff.\n\n"
        "For Jade Pritchard, 23, who works in a café in Leeds, the news came as a relief. “It’s "
        "not a fortune, but it might mean I can stop doing extra shifts on Sundays,” she said.",
        [
            (
                D,
                ["Nobody who works full time should have to choose between heating and eating"],
                "Helen Ashdown",
            ),
            (
                I,
                [
                    "the rise, combined with higher national insurance contributions, would force "
                    "many cafés, pubs and care homes to cut staff"
                ],
                "Federation of Small Employers",
            ),
            (
                D,
                ["It’s not a fortune, but it might mean I can stop doing extra shifts on Sundays"],
                "Jade Pritchard",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout131.jsonl"),
        "heldout131",
        "h131",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
