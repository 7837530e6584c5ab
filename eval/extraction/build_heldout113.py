"""Source of the hundred-and-thirteenth held-out set: writes heldout113.jsonl (split "heldout113").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like transport, labour and industry news: rail, airline, bus, taxi, dock and air traffic
control strikes, factory closures and takeovers, wage negotiations and pay deals, refinery
blockades, with union leaders and delegates (invented unions, "le syndicat", "the union"),
company executives and spokespeople, transport and industry ministers, workers, commuters and
passengers quoted unnamed, companies speaking as organisations ("la direction", "the airline",
"the company said in a statement"), partial quotes inside indirect speech, inverted subjects,
and people referred back to by pronoun, surname or role across paragraphs.
Measured once with 0.3.0, 0.33.0 and 0.34.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout113.py
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
    (  # 1 rail strike notice: "a déposé … un préavis" (noun object, not annotated), two-sentence
        # direct + "a déclaré le secrétaire général de l'USC, Name," (role + apposition),
        # "La direction de la CFN a qualifié le mouvement de « … »" (partial, generic noun
        # dropped, fullest name of the company), unnamed "une usagère" then "a-t-elle soupiré"
        "Le trafic sera fortement perturbé jeudi et vendredi sur l'ensemble du réseau de la "
        "Compagnie ferroviaire nationale (CFN). L'Union syndicale des cheminots (USC), premier "
        "syndicat de l'entreprise, a déposé mardi un préavis de grève de 48 heures contre la "
        "suppression de 1\u00a0200 postes de contrôleurs d'ici à 2029.\n\n"
        "«\u00a0On nous demande de faire rouler des trains sans personne à bord pour accueillir "
        "les voyageurs. C'est une question de sécurité avant d'être une question "
        "d'emploi\u00a0», a déclaré le secrétaire général de l'USC, Patrick Lemarchand, lors "
        "d'une conférence de presse à Varenne-le-Haut.\n\n"
        "La direction de la CFN a qualifié le mouvement de «\u00a0disproportionné\u00a0». Un TGV "
        "sur deux et un TER sur trois devraient circuler jeudi.\n\n"
        "Sur le quai de la gare de Valmorin, une usagère se montrait résignée. «\u00a0C'est la "
        "troisième grève depuis la rentrée. Je vais encore devoir poser une journée de "
        "congé\u00a0», a-t-elle soupiré.",
        [
            (
                D,
                [
                    "On nous demande de faire rouler des trains sans personne à bord pour "
                    "accueillir les voyageurs. C'est une question de sécurité avant d'être une "
                    "question d'emploi"
                ],
                "Patrick Lemarchand",
            ),
            (P, ["disproportionné"], "Compagnie ferroviaire nationale"),
            (
                D,
                [
                    "C'est la troisième grève depuis la rentrée. Je vais encore devoir poser une "
                    "journée de congé"
                ],
                "usagère",
            ),
        ],
    ),
    (  # 2 radiator factory closure: "a confirmé … la fermeture" (noun object), "Selon la
        # direction," (rest of the sentence, the company speaks), a worker's quote split by
        # "soupire Name, régleur …," (one quote, two spans, final period kept), the minister
        # introduced without speaking, then "a assuré le ministre" (role referring back)
        "Le groupe Vernex a confirmé mercredi la fermeture de son usine de "
        "Saint-Ouen-les-Forges, qui fabrique des radiateurs en fonte depuis 1952. Les 312 "
        "salariés ont appris la nouvelle lors d'un comité social et économique extraordinaire "
        "convoqué à 8 heures.\n\n"
        "Selon la direction, le site a perdu 14 millions d'euros l'an dernier et ses carnets de "
        "commandes ont fondu de moitié depuis 2023. Des postes seront proposés aux salariés "
        "volontaires dans l'usine polonaise du groupe, à Kielnowo.\n\n"
        "«\u00a0Trente ans de ma vie dans cette usine, soupire Didier Fromental, régleur sur la "
        "ligne de moulage, et on nous propose d'aller en Pologne.\u00a0»\n\n"
        "Le ministre de l'Industrie, Henri Valcourt, s'est rendu sur place jeudi. "
        "«\u00a0L'État ne laissera pas tomber Saint-Ouen-les-Forges\u00a0», a assuré le "
        "ministre, qui a reçu les représentants du personnel à la mairie.",
        [
            (
                I,
                [
                    "le site a perdu 14 millions d'euros l'an dernier et ses carnets de commandes "
                    "ont fondu de moitié depuis 2023"
                ],
                "Vernex",
            ),
            (
                D,
                [
                    "Trente ans de ma vie dans cette usine",
                    "et on nous propose d'aller en Pologne.",
                ],
                "Didier Fromental",
            ),
            (D, ["L'État ne laissera pas tomber Saint-Ouen-les-Forges"], "Henri Valcourt"),
        ],
    ),
    (  # 3 pilots' strike: "Le SNN réclame une revalorisation" (noun object), a quote continued
        # over two paragraphs (one span each, first one's period kept) + "a affirmé le
        # président du SNN, le commandant Name" (rank dropped), partial inside the company's
        # reported speech "a indiqué dans un communiqué qu'elle …" (only the partial),
        # unnamed "un passager" after the quote
        "La compagnie Air Ligérienne a annulé 40\u00a0% de ses vols prévus samedi et dimanche, "
        "en raison d'une grève de ses pilotes. Le Syndicat national des navigants (SNN) réclame "
        "une revalorisation des salaires de 9\u00a0% et l'embauche de quarante copilotes.\n\n"
        "«\u00a0Nos pilotes volent plus d'heures qu'il y a cinq ans, pour une rémunération qui a "
        "reculé en euros constants. La direction le sait parfaitement.\n\n"
        "«\u00a0Nous sommes prêts à négocier dès lundi, mais pas avec un pistolet sur la "
        "tempe\u00a0», a affirmé le président du SNN, le commandant Éric Hautecœur.\n\n"
        "Air Ligérienne a indiqué dans un communiqué qu'elle avait proposé une hausse de "
        "3,5\u00a0% «\u00a0dès cette année\u00a0», assortie d'un nouveau calendrier des jours "
        "de repos.\n\n"
        "À l'aéroport de Nantville-Atlantique, les files d'attente s'allongeaient samedi matin "
        "devant les comptoirs. «\u00a0Personne ne nous a prévenus, on l'a appris par SMS à "
        "5 heures du matin\u00a0», a raconté un passager qui devait rejoindre Montclair pour un "
        "mariage.",
        [
            (
                D,
                [
                    "Nos pilotes volent plus d'heures qu'il y a cinq ans, pour une rémunération "
                    "qui a reculé en euros constants. La direction le sait parfaitement.",
                    "Nous sommes prêts à négocier dès lundi, mais pas avec un pistolet sur la "
                    "tempe",
                ],
                "Éric Hautecœur",
            ),
            (P, ["dès cette année"], "Air Ligérienne"),
            (
                D,
                ["Personne ne nous a prévenus, on l'a appris par SMS à 5 heures du matin"],
                "passager",
            ),
        ],
    ),
    (  # 4 supermarket wage talks: "La direction propose une augmentation" and "les syndicats
        # réclament 5 %" (noun objects), union partial "a jugé l'offre « … »", two-sentence
        # direct + "ironise Name, déléguée syndicale centrale" (inversion), the HR department
        # "estime … que l'enseigne « … »" (partial, the company speaks), "Le syndicat a demandé
        # l'ouverture d'une médiation" (noun object)
        "Les négociations annuelles obligatoires ont tourné court mardi chez Primaprix, "
        "l'enseigne de supermarchés aux 640 magasins. La direction propose une augmentation "
        "générale de 2,1\u00a0%, quand les syndicats réclament 5\u00a0% et une prime de vie "
        "chère de 600 euros.\n\n"
        "La Confédération des travailleurs solidaires (CTS), majoritaire chez les employés, a "
        "jugé l'offre «\u00a0indécente\u00a0» au regard des résultats du groupe, qui a dégagé "
        "l'an dernier un bénéfice net de 410 millions d'euros. «\u00a0Une caissière à temps "
        "partiel gagne 1\u00a0150 euros par mois. Avec 2,1\u00a0%, elle aura de quoi s'acheter "
        "deux paquets de pâtes de plus\u00a0», ironise Nadia Ferhat, déléguée syndicale "
        "centrale.\n\n"
        "La direction des ressources humaines de Primaprix estime de son côté que l'enseigne "
        "«\u00a0a fait un effort significatif dans un contexte de marges très tendues\u00a0». "
        "Une nouvelle séance est prévue le 15 janvier. Le syndicat a demandé l'ouverture d'une "
        "médiation.",
        [
            (P, ["indécente"], "Confédération des travailleurs solidaires"),
            (
                D,
                [
                    "Une caissière à temps partiel gagne 1\u00a0150 euros par mois. Avec "
                    "2,1\u00a0%, elle aura de quoi s'acheter deux paquets de pâtes de plus"
                ],
                "Nadia Ferhat",
            ),
            (
                P,
                ["a fait un effort significatif dans un contexte de marges très tendues"],
                "Primaprix",
            ),
        ],
    ),
    (  # 5 motorway tolls, « » without inner spaces: "a annoncé lundi vouloir" (infinitive
        # clause), an unquoted report closed by ", a-t-il précisé." (indirect, the part
        # before), direct + "a lancé M. Delessert" (surname with title), the operators'
        # association's partial after "a dénoncé une décision"
        "Le ministre des Transports, Arnaud Delessert, a annoncé lundi vouloir plafonner la "
        "hausse des péages autoroutiers à 1,5\u00a0% au 1er février, contre 3,2\u00a0% prévus "
        "par les contrats de concession. Les sociétés d'autoroutes devront compenser ce manque "
        "à gagner par un allongement de leurs concessions, a-t-il précisé.\n\n"
        "«Les automobilistes n'ont pas à payer deux fois la hausse des prix, à la pompe et au "
        "péage», a lancé M. Delessert sur le plateau de la chaîne Info24.\n\n"
        "L'Association des sociétés d'autoroutes (ASA) a aussitôt dénoncé une décision "
        "«unilatérale et contraire à la parole de l'État». Elle doit réunir ses adhérents "
        "vendredi.",
        [
            (
                I,
                [
                    "vouloir plafonner la hausse des péages autoroutiers à 1,5\u00a0% au 1er "
                    "février, contre 3,2\u00a0% prévus par les contrats de concession"
                ],
                "Arnaud Delessert",
            ),
            (
                I,
                [
                    "Les sociétés d'autoroutes devront compenser ce manque à gagner par un "
                    "allongement de leurs concessions"
                ],
                "Arnaud Delessert",
            ),
            (
                D,
                [
                    "Les automobilistes n'ont pas à payer deux fois la hausse des prix, à la "
                    "pompe et au péage"
                ],
                "Arnaud Delessert",
            ),
            (
                P,
                ["unilatérale et contraire à la parole de l'État"],
                "Association des sociétés d'autoroutes",
            ),
        ],
    ),
    (  # 6 no quote at all: half-year results, "a annoncé un chiffre d'affaires", "a présenté
        # un plan", "ont réclamé une réunion" (noun objects only, nothing to annotate)
        "Le constructeur ferroviaire Alvéa a annoncé jeudi un chiffre d'affaires semestriel de "
        "4,8 milliards d'euros, en hausse de 11\u00a0%, porté par les commandes de rames "
        "régionales en Europe centrale.\n\n"
        "Son président-directeur général, Bertrand Lhuillier, a présenté dans la foulée un plan "
        "d'investissement de 600 millions d'euros sur cinq ans, dont la moitié sera consacrée au "
        "site historique de Vaucroix, dans le Nord-Vernois.\n\n"
        "Les représentants du personnel ont réclamé une réunion extraordinaire du comité de "
        "groupe sur l'avenir de l'atelier de maintenance de Lorbach, absent du plan. L'action "
        "Alvéa a gagné 2,7\u00a0% à la Bourse de Paris.",
        [],
    ),
    (  # 7 dockers' strike: three-sentence direct + "a lancé Name, secrétaire de la FPD à …,"
        # (apposition after the name), "Selon le Grand Port maritime de …," (rest of the
        # sentence), "L'établissement public dit craindre « … »" (role noun referring back,
        # partial inside reported speech, only the partial)
        "Le port de Saint-Brévin-sur-Mer tourne au ralenti depuis lundi. Les dockers, à l'appel "
        "de la Fédération des ports et docks (FPD), cessent le travail quatre heures par jour "
        "pour s'opposer au projet de réforme des retraites des métiers portuaires.\n\n"
        "«\u00a0Un docker a une espérance de vie inférieure de sept ans à la moyenne nationale. "
        "Travailler jusqu'à 64 ans sur un quai, ça veut dire ne jamais profiter de sa retraite. "
        "On ira jusqu'au bout\u00a0», a lancé Jean-Yves Le Goff, secrétaire de la FPD à "
        "Saint-Brévin, devant quelque 300 grévistes réunis devant la capitainerie.\n\n"
        "Selon le Grand Port maritime de Saint-Brévin, une vingtaine de porte-conteneurs "
        "attendaient mercredi au large. L'établissement public dit craindre «\u00a0un report "
        "durable des trafics\u00a0» vers les ports du nord de l'Europe.",
        [
            (
                D,
                [
                    "Un docker a une espérance de vie inférieure de sept ans à la moyenne "
                    "nationale. Travailler jusqu'à 64 ans sur un quai, ça veut dire ne jamais "
                    "profiter de sa retraite. On ira jusqu'au bout"
                ],
                "Jean-Yves Le Goff",
            ),
            (
                I,
                ["une vingtaine de porte-conteneurs attendaient mercredi au large"],
                "Grand Port maritime de Saint-Brévin",
            ),
            (P, ["un report durable des trafics"], "Grand Port maritime de Saint-Brévin"),
        ],
    ),
    (  # 8 urban bus strike: the union "réclame le recrutement" (noun object), "Sa porte-parole,
        # Name, a affirmé que … « … »" (only the partial), next paragraph "Elle a ajouté que"
        # (pronoun across a paragraph break), "La direction de Trabelis, filiale du groupe …,
        # dit avoir « … »" (partial, generic noun dropped)
        "Les conducteurs du réseau de bus Trabelis, à Montclar-la-Vallée, ont voté mercredi la "
        "reconduction de leur grève pour la troisième semaine consécutive. Seules quatre lignes "
        "sur dix-neuf sont assurées.\n\n"
        "Le syndicat Force des transports urbains (FTU), qui mène le mouvement, réclame le "
        "recrutement de 25 conducteurs et la fin des services coupés, qui obligent certains "
        "salariés à travailler de 6 heures à 20 heures avec trois heures de pause non payées. "
        "Sa porte-parole, Sandrine Olivès, a affirmé que les conditions de travail étaient "
        "devenues «\u00a0intenables\u00a0» depuis le changement d'exploitant, en 2024.\n\n"
        "Elle a ajouté que plusieurs conducteurs avaient été agressés depuis l'été, sans que la "
        "direction renforce la présence de contrôleurs à bord.\n\n"
        "La direction de Trabelis, filiale du groupe Mobilisa, dit avoir «\u00a0formulé des "
        "propositions concrètes\u00a0» lors de la dernière réunion, le 28 novembre. Un "
        "médiateur a été nommé jeudi par la préfecture.",
        [
            (P, ["intenables"], "Sandrine Olivès"),
            (
                I,
                [
                    "plusieurs conducteurs avaient été agressés depuis l'été, sans que la "
                    "direction renforce la présence de contrôleurs à bord"
                ],
                "Sandrine Olivès",
            ),
            (P, ["formulé des propositions concrètes"], "Trabelis"),
        ],
    ),
    (  # 9 automotive supplier job cuts: "a fait part mardi de sa volonté de" (intention phrase,
        # the company speaks), a line opened by a dialogue dash, two sentences, ended by
        # "lance un salarié" (unnamed), "D'après la Confédération … (CTS)," (rest of the
        # sentence), "a demandé une expertise" (noun object, not annotated)
        "L'équipementier automobile Cordelia Systems a fait part mardi de sa volonté de "
        "supprimer 480 emplois dans ses trois usines françaises d'ici à la fin de 2027, "
        "invoquant l'effondrement des commandes de pièces pour moteurs thermiques.\n\n"
        "À Villers-sur-Aulne, où se trouve le principal site, une cinquantaine de salariés ont "
        "bloqué l'entrée des camions dès l'annonce.\n\n"
        "— On ne partira pas sans rien. Ils ont touché des millions d'aides publiques pour la "
        "transition, qu'ils nous disent où est passé l'argent, lance un salarié, gilet orange "
        "sur le dos.\n\n"
        "D'après la Confédération des travailleurs solidaires (CTS), l'entreprise a perçu "
        "22 millions d'euros de crédits d'impôt depuis 2020. Le délégué syndical du site, "
        "Mathieu Carrel, a demandé une expertise indépendante.",
        [
            (
                I,
                ["supprimer 480 emplois dans ses trois usines françaises d'ici à la fin de 2027"],
                "Cordelia Systems",
            ),
            (
                D,
                [
                    "On ne partira pas sans rien. Ils ont touché des millions d'aides publiques "
                    "pour la transition, qu'ils nous disent où est passé l'argent"
                ],
                "salarié",
            ),
            (
                I,
                ["l'entreprise a perçu 22 millions d'euros de crédits d'impôt depuis 2020"],
                "Confédération des travailleurs solidaires",
            ),
        ],
    ),
    (  # 10 air traffic controllers' strike: unquoted report + ", a annoncé dimanche la
        # Direction générale de l'aviation civile (DGAC)," (inverted subject, indirect),
        # "qui dénonce le projet" (noun object), direct + "prévient son secrétaire général,
        # Name" (inversion, possessive role), the minister's quote split by an incise set off
        # by commas (one quote, two spans), "Elle a jugé la grève « … »" (pronoun, partial)
        "Un vol sur trois sera annulé mardi dans les aéroports de Marsillac, Vence-Côte et "
        "Aubrac-Provence, a annoncé dimanche la Direction générale de l'aviation civile (DGAC), "
        "en raison d'une grève des contrôleurs aériens.\n\n"
        "Le mouvement a été lancé par l'Union des contrôleurs de la navigation aérienne (UCNA), "
        "qui dénonce le projet de regroupement des centres de contrôle régionaux. «\u00a0Fermer "
        "le centre d'Aubrac, c'est allonger les temps de réaction et fragiliser la sécurité. "
        "Nous ne l'accepterons pas\u00a0», prévient son secrétaire général, Loïc Tessandier.\n\n"
        "«\u00a0La sécurité n'est pas en jeu, affirme au contraire la ministre chargée des "
        "Transports, Hélène Moreau-Vidal, et les nouveaux outils permettent de contrôler le même "
        "espace aérien avec moins de sites.\u00a0» Elle a jugé la grève "
        "«\u00a0incompréhensible\u00a0» à quelques jours des vacances scolaires.\n\n"
        "Dans le hall de l'aéroport de Marsillac, les voyageurs attendaient lundi des "
        "informations sur leurs vols.",
        [
            (
                I,
                [
                    "Un vol sur trois sera annulé mardi dans les aéroports de Marsillac, "
                    "Vence-Côte et Aubrac-Provence"
                ],
                "Direction générale de l'aviation civile",
            ),
            (
                D,
                [
                    "Fermer le centre d'Aubrac, c'est allonger les temps de réaction et "
                    "fragiliser la sécurité. Nous ne l'accepterons pas"
                ],
                "Loïc Tessandier",
            ),
            (
                D,
                [
                    "La sécurité n'est pas en jeu",
                    "et les nouveaux outils permettent de contrôler le même espace aérien avec "
                    "moins de sites.",
                ],
                "Hélène Moreau-Vidal",
            ),
            (P, ["incompréhensible"], "Hélène Moreau-Vidal"),
        ],
    ),
    (  # 11 steelworks takeover: a quote continued over two paragraphs (one span each) +
        # "a déclaré à l'agence Presse-Est Name, élu de la CTS …" (inverted subject after an
        # indirect object), partial inside "a assuré que le site serait « … »" (only the
        # partial), "Il a ajouté que" (pronoun)
        "Le tribunal de commerce de Longemont a validé vendredi la reprise des Aciéries de la "
        "Sarre-Blanche par le groupe Tarvani Steel, qui conservera 710 des 940 emplois du "
        "site.\n\n"
        "«\u00a0C'est un soulagement, mais pas une victoire.\n\n"
        "«\u00a0Deux cent trente familles vont se retrouver sans rien à Noël, et personne ne "
        "viendra les voir\u00a0», a déclaré à l'agence Presse-Est Frédéric Zimmer, élu de la "
        "CTS au comité social et économique.\n\n"
        "Le repreneur prévoit d'investir 150 millions d'euros dans un four électrique. Son "
        "directeur pour l'Europe, Rajesh Malhotra, a assuré que le site serait «\u00a0la "
        "vitrine de l'acier décarboné\u00a0». Il a ajouté que Tarvani Steel n'excluait pas de "
        "réembaucher une partie des salariés licenciés d'ici à 2029.",
        [
            (
                D,
                [
                    "C'est un soulagement, mais pas une victoire.",
                    "Deux cent trente familles vont se retrouver sans rien à Noël, et personne ne "
                    "viendra les voir",
                ],
                "Frédéric Zimmer",
            ),
            (P, ["la vitrine de l'acier décarboné"], "Rajesh Malhotra"),
            (
                I,
                [
                    "Tarvani Steel n'excluait pas de réembaucher une partie des salariés "
                    "licenciés d'ici à 2029"
                ],
                "Rajesh Malhotra",
            ),
        ],
    ),
    (  # 12 taxi blockade, « » without inner spaces: two-sentence direct + "explique un
        # chauffeur de …" (unnamed), "Selon la préfecture," (rest of the sentence), the
        # federation "a dit vouloir «…»" (partial inside reported speech, only the partial),
        # "a confirmé le calendrier" (noun object)
        "Plusieurs centaines de taxis ont bloqué jeudi matin les accès à l'aéroport de "
        "Rivesaltes-Méditerranée et à la gare Saint-Clair de Montpérier, pour protester contre "
        "la baisse des tarifs du transport de patients remboursé par l'Assurance maladie.\n\n"
        "«On transporte des malades en dialyse trois fois par semaine. Avec les nouveaux "
        "tarifs, je perds de l'argent sur chaque course», explique un chauffeur de Saint-Gély, "
        "garé en travers de la bretelle d'accès.\n\n"
        "Selon la préfecture, 420 véhicules ont participé à l'opération. La Fédération "
        "nationale du taxi indépendant (FNTI) a dit vouloir «maintenir la pression» jusqu'à "
        "l'ouverture de discussions avec le ministère de la Santé, qui a confirmé jeudi le "
        "calendrier de la réforme.",
        [
            (
                D,
                [
                    "On transporte des malades en dialyse trois fois par semaine. Avec les "
                    "nouveaux tarifs, je perds de l'argent sur chaque course"
                ],
                "chauffeur",
            ),
            (I, ["420 véhicules ont participé à l'opération"], "préfecture"),
            (P, ["maintenir la pression"], "Fédération nationale du taxi indépendant"),
        ],
    ),
    (  # 13 aerospace pay deal: union partial after "a salué un accord", "Pour son délégué,
        # Name, « … »" (direct, possessive role + apposition), "La direction a dit « … » de ce
        # refus" (partial, the company speaks)
        "Après six semaines de conflit, la direction d'Aéronautique Garonne et trois syndicats "
        "sur quatre ont signé mercredi un accord salarial prévoyant une hausse de 4,2\u00a0% "
        "pour les ouvriers et techniciens des sites de Lherm-Aviation et Saint-Fulcran.\n\n"
        "La Confédération des travailleurs solidaires (CTS), qui représente 38\u00a0% des "
        "salariés, a salué un accord «\u00a0historique\u00a0», le premier depuis quinze ans à "
        "dépasser l'inflation.\n\n"
        "Seul le Syndicat autonome de l'aéronautique (SAA) a refusé de signer. Pour son "
        "délégué, Thierry Vasseur, «\u00a0la prime d'intéressement, elle, a été divisée par "
        "deux, et personne n'en parle\u00a0».\n\n"
        "La direction a dit «\u00a0prendre acte\u00a0» de ce refus. Le travail a repris jeudi "
        "matin sur les deux sites.",
        [
            (P, ["historique"], "Confédération des travailleurs solidaires"),
            (
                D,
                ["la prime d'intéressement, elle, a été divisée par deux, et personne n'en parle"],
                "Thierry Vasseur",
            ),
            (P, ["prendre acte"], "Aéronautique Garonne"),
        ],
    ),
    (  # 14 regional train breakdown: two-sentence direct + "témoigne une passagère,
        # infirmière …" (unnamed, inversion), direct + "a reconnu la présidente de la région,
        # Name," then "a annoncé le déblocage" (noun object), "Selon son président, Name,
        # « … »" (quote forming the rest of the sentence)
        "Les usagers de la ligne TER Valdorge–Saint-Amans ont vécu une nouvelle matinée noire "
        "lundi\u00a0: un train est resté bloqué près de deux heures en pleine voie, sans "
        "chauffage, à la suite d'une panne de caténaire.\n\n"
        "«\u00a0On nous a laissés dans le noir, sans la moindre annonce. Des gens ont fini par "
        "descendre sur les voies\u00a0», témoigne une passagère, infirmière à l'hôpital de "
        "Saint-Amans, qui a pris son service avec trois heures de retard.\n\n"
        "«\u00a0Cette ligne n'est pas au niveau, je ne vais pas le nier\u00a0», a reconnu la "
        "présidente de la région, Odile Sarrazin-Mathieu, qui a annoncé le déblocage de "
        "45 millions d'euros pour renouveler les caténaires d'ici à 2028.\n\n"
        "L'association d'usagers Rail Valdorge Avenir reste sceptique. Selon son président, "
        "Gérard Pommier, «\u00a0les usagers paient aujourd'hui vingt ans de "
        "sous-investissement\u00a0».",
        [
            (
                D,
                [
                    "On nous a laissés dans le noir, sans la moindre annonce. Des gens ont fini "
                    "par descendre sur les voies"
                ],
                "passagère",
            ),
            (
                D,
                ["Cette ligne n'est pas au niveau, je ne vais pas le nier"],
                "Odile Sarrazin-Mathieu",
            ),
            (
                D,
                ["les usagers paient aujourd'hui vingt ans de sous-investissement"],
                "Gérard Pommier",
            ),
        ],
    ),
    (  # 15 refinery strike and fuel shortage: government spokeswoman "a averti … que l'État …
        # « … »" (only the partial), two-sentence direct + "a-t-elle ajouté", the union "a
        # répondu qu'une réquisition serait « … »" (only the partial), "Ses militants réclament
        # une hausse" (noun object)
        "Un quart des stations-service du Grand-Ouest étaient à sec ou en rupture partielle "
        "mercredi soir. En cause, la grève reconduite depuis huit jours à la raffinerie de "
        "Donville, exploitée par la Pétrolière du Rhône.\n\n"
        "La porte-parole du gouvernement, Mathilde Garnier-Roy, a averti mercredi que l'État "
        "n'hésiterait pas à réquisitionner des salariés «\u00a0si la situation l'exige\u00a0». "
        "«\u00a0Le droit de grève est constitutionnel. Le droit des Français à se rendre au "
        "travail l'est aussi\u00a0», a-t-elle ajouté à l'issue du Conseil des ministres.\n\n"
        "Le syndicat majoritaire de la raffinerie, l'Union des travailleurs de l'énergie (UTE), "
        "a répondu qu'une réquisition serait «\u00a0une déclaration de guerre\u00a0». Ses "
        "militants réclament une hausse de salaire de 300 euros bruts par mois.",
        [
            (P, ["si la situation l'exige"], "Mathilde Garnier-Roy"),
            (
                D,
                [
                    "Le droit de grève est constitutionnel. Le droit des Français à se rendre au "
                    "travail l'est aussi"
                ],
                "Mathilde Garnier-Roy",
            ),
            (P, ["une déclaration de guerre"], "Union des travailleurs de l'énergie"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rail strike over driver-only trains: two-sentence direct + "the federation's general
        # secretary, Name, said" (apposition after the quote), the operator "said it was
        # "…"" (only the partial), "Transport Secretary Name told reporters the strike was
        # "…"" (only the partial), "announced an emergency meeting" (noun object)
        "Train services across the Northern Midlands network will be cut by two-thirds on "
        "Friday after members of the Rail and Maritime Workers' Federation (RMWF) voted to walk "
        "out in a dispute over driver-only trains.\n\n"
        '"This is not about pay. It is about whether there is a trained member of staff on '
        "board when something goes wrong,\" the federation's general secretary, Colin "
        "Ashworth, said outside the union's headquarters in Dunmere.\n\n"
        'Midland Connect, which operates the franchise, said it was "disappointed" by the '
        "decision. Transport Secretary Fiona Blakeley told reporters the strike was "
        '"completely unjustified" and announced an emergency meeting with both sides on '
        "Monday.",
        [
            (
                D,
                [
                    "This is not about pay. It is about whether there is a trained member of "
                    "staff on board when something goes wrong"
                ],
                "Colin Ashworth",
            ),
            (P, ["disappointed"], "Midland Connect"),
            (P, ["completely unjustified"], "Fiona Blakeley"),
        ],
    ),
    (  # 2 cabin crew strike: direct + "a spokeswoman for SkyBorne said" (the spokeswoman speaks
        # for the airline), unnamed passenger: "A," said one passenger, a nurse …. "B." (the
        # attribution ends its sentence: two direct quotes, the second unattributed)
        "SkyBorne, the low-cost airline, cancelled 86 flights on Sunday after cabin crew at its "
        "Harwick base staged a 24-hour strike over rostering.\n\n"
        '"We sincerely apologise to affected customers, who have been offered a full refund or '
        'free rebooking," a spokeswoman for SkyBorne said.\n\n'
        "At Harwick airport, queues snaked out of the terminal by mid-morning. \"We've been "
        'saving for this holiday for two years," said one passenger, a nurse travelling to '
        "Tenerife with her three children. \"Now they're telling us the next available flight "
        'is Thursday."\n\n'
        "The Cabin Crew Association has called further walkouts for the half-term holiday.",
        [
            (
                D,
                [
                    "We sincerely apologise to affected customers, who have been offered a full "
                    "refund or free rebooking"
                ],
                "SkyBorne",
            ),
            (D, ["We've been saving for this holiday for two years"], "passenger"),
            (D, ["Now they're telling us the next available flight is Thursday."], "passenger"),
        ],
    ),
    (  # 3 engine plant closure: "According to the Amalgamated Engineering Union," (rest of the
        # sentence), a worker who "learned of the closure" (no speech) then "he said"
        # (pronoun), "The local MP, Name, called the decision "…"" (partial, period outside)
        "Harlow Motors is to close its engine plant in Castlebridge next spring with the loss "
        "of 1,150 jobs, moving production to an existing site in Slovakia.\n\n"
        "According to the Amalgamated Engineering Union, another 2,000 jobs at local suppliers "
        "are at risk. Gary Pelham, who has worked at the plant for 27 years, learned of the "
        "closure from a text message sent to all staff at 7am. \"They couldn't even look us in "
        'the eye," he said.\n\n'
        'The local MP, Rachel Osei-Banks, called the decision "a betrayal of a town that has '
        'built engines for this company for half a century".',
        [
            (
                I,
                ["another 2,000 jobs at local suppliers are at risk"],
                "Amalgamated Engineering Union",
            ),
            (D, ["They couldn't even look us in the eye"], "Gary Pelham"),
            (
                P,
                ["a betrayal of a town that has built engines for this company for half a century"],
                "Rachel Osei-Banks",
            ),
        ],
    ),
    (  # 4 bus drivers reject a pay offer: "described the offer as "…"" (partial), "the
        # managing director, Name, said the company could not" (indirect), two-sentence direct
        # + "Mr Ferris said" (surname with title)
        "Bus drivers at Greyline, which runs most services in Wexbury, have rejected a 4% pay "
        "offer, setting the stage for strikes in the new year.\n\n"
        'Union representative Sharon Kettley described the offer as "an insult to drivers who '
        'kept the city moving through the pandemic". Of the members who voted, 91% rejected '
        "it.\n\n"
        "Greyline's managing director, Paul Ferris, said the company could not afford more "
        'without cutting routes. "Every extra percentage point costs us £1.2 million a year. '
        'That money has to come from somewhere," Mr Ferris said.',
        [
            (
                P,
                ["an insult to drivers who kept the city moving through the pandemic"],
                "Sharon Kettley",
            ),
            (
                I,
                ["the company could not afford more without cutting routes"],
                "Paul Ferris",
            ),
            (
                D,
                [
                    "Every extra percentage point costs us £1.2 million a year. That money has "
                    "to come from somewhere"
                ],
                "Paul Ferris",
            ),
        ],
    ),
    (  # 5 dock strike: "Their union, the Port and Dock Workers' Alliance, said the terminal
        # operator had" (apposition), the organiser introduced without speaking, a quote
        # continued over two paragraphs (one span each) + "he said", the operator's partial,
        # "has proposed independent arbitration" (noun object)
        "Dockworkers at Kelsport began a 10-day strike on Monday, halting the loading of "
        "container ships at the country's third-busiest terminal.\n\n"
        "Their union, the Port and Dock Workers' Alliance, said the terminal operator had "
        "refused to share record profits with staff. Its regional organiser, Declan Moorcroft, "
        "addressed about 200 strikers at the main gate.\n\n"
        '"Last year this terminal made £340 million in profit. The men and women who made that '
        "money got a 2% rise.\n\n"
        '"We will stay out for as long as it takes," he said.\n\n'
        'Kelsport Terminals said the strike would cause "significant disruption" to supply '
        "chains. The company has proposed independent arbitration.",
        [
            (
                I,
                ["the terminal operator had refused to share record profits with staff"],
                "Port and Dock Workers' Alliance",
            ),
            (
                D,
                [
                    "Last year this terminal made £340 million in profit. The men and women who "
                    "made that money got a 2% rise.",
                    "We will stay out for as long as it takes",
                ],
                "Declan Moorcroft",
            ),
            (P, ["significant disruption"], "Kelsport Terminals"),
        ],
    ),
    (  # 6 no quote at all: shipping results, "reported a pre-tax profit", "announced an interim
        # dividend", "presented a plan" (noun objects only, nothing to annotate)
        "Northline Shipping reported a pre-tax profit of £412 million for the first half of the "
        "year on Thursday, up 18% on the same period last year, as freight rates on routes "
        "between Asia and northern Europe remained high.\n\n"
        "The board announced an interim dividend of 14p a share and a £150 million share "
        "buyback. Chief executive Alan Rourke presented a plan to order eight dual-fuel "
        "container ships by 2028 at an investor day in Harlingford.\n\n"
        "Shares in the company rose 3.4% in early trading.",
        [],
    ),
    (  # 7 steelworks loan: unquoted report + ", Business Secretary Name announced on Tuesday."
        # (indirect, the part before), "A," Ms Trent said, "b." (one quote, two spans, final
        # period kept), "The works' owner, Calder Steel, said the loan would" (indirect),
        # "has requested a meeting" (noun object)
        "The government will lend £300 million to the owners of the Redmarsh steelworks to "
        "keep its last blast furnace running until 2028, Business Secretary Alison Trent "
        "announced on Tuesday.\n\n"
        '"This plant is not just a business," Ms Trent said, "it is the beating heart of a '
        'whole community."\n\n'
        "The works' owner, Calder Steel, said the loan would allow it to finish building an "
        "electric arc furnace without further redundancies. The Steelworkers' Association has "
        "requested a meeting with the company about 600 contractor jobs not covered by the "
        "deal.",
        [
            (
                I,
                [
                    "The government will lend £300 million to the owners of the Redmarsh "
                    "steelworks to keep its last blast furnace running until 2028"
                ],
                "Alison Trent",
            ),
            (
                D,
                [
                    "This plant is not just a business",
                    "it is the beating heart of a whole community.",
                ],
                "Alison Trent",
            ),
            (
                I,
                [
                    "the loan would allow it to finish building an electric arc furnace without "
                    "further redundancies"
                ],
                "Calder Steel",
            ),
        ],
    ),
    (  # 8 baggage handlers' strike: "Officials at the airport said" (unnamed officials),
        # two-sentence direct + "said Name, branch secretary of …" (inverted), "did not respond
        # to requests for comment" (no speech)
        "Passengers at Westmoor airport waited up to three hours for their luggage on Saturday, "
        "the first day of a strike by baggage handlers employed by the contractor "
        "Swiftground.\n\n"
        "Officials at the airport said 40 flights had been delayed but none cancelled.\n\n"
        '"We are not asking for the moon. We are asking for the same rate as the people doing '
        'the same job twenty miles down the road," said Kerry Adebayo, branch secretary of the '
        "General Transport Workers' Union. Swiftground did not respond to requests for "
        "comment.",
        [
            (I, ["40 flights had been delayed but none cancelled"], "officials"),
            (
                D,
                [
                    "We are not asking for the moon. We are asking for the same rate as the "
                    "people doing the same job twenty miles down the road"
                ],
                "Kerry Adebayo",
            ),
        ],
    ),
    (  # 9 lorry driver shortage, single curly quotes: "According to the Road Haulage
        # Federation," (rest of the sentence), ‘A,’ said Name, who …. ‘B.’ (two direct
        # quotes, the second unattributed)
        "Haulage firms in the Eastvale region are turning down work because they cannot find "
        "enough drivers, with an estimated 3,400 vacancies across the sector.\n\n"
        "According to the Road Haulage Federation, the average age of a lorry driver in the "
        "region is now 57.\n\n"
        "‘We have drivers retiring every week and nobody coming through to replace them,’ said "
        "Tom Garside, who runs a 30-truck firm in Millbrook. ‘Some days half my fleet sits in "
        "the yard.’",
        [
            (
                I,
                ["the average age of a lorry driver in the region is now 57"],
                "Road Haulage Federation",
            ),
            (
                D,
                ["We have drivers retiring every week and nobody coming through to replace them"],
                "Tom Garside",
            ),
            (D, ["Some days half my fleet sits in the yard."], "Tom Garside"),
        ],
    ),
    (  # 10 warehouse union vote, curly double quotes: “A,” said Name, a picker …. “B.” (two
        # direct quotes), the company "said it “…” of the ballot" (partial)
        "Workers at Parcelhub's distribution centre in Stanmore Park have voted to join a "
        "union, the first time staff at any of the online retailer's warehouses in the country "
        "have done so. Of the 1,420 eligible employees, 812 backed recognition of the Retail "
        "and Distribution Workers' Union.\n\n"
        "“People were scared to even talk about it in the canteen,” said Amira Chowdhury, a "
        "picker who helped organise the campaign. “Tonight they're not scared anymore.”\n\n"
        "Parcelhub said it “respects the outcome” of the ballot.",
        [
            (D, ["People were scared to even talk about it in the canteen"], "Amira Chowdhury"),
            (D, ["Tonight they're not scared anymore."], "Amira Chowdhury"),
            (P, ["respects the outcome"], "Parcelhub"),
        ],
    ),
    (  # 11 air traffic control strike abroad: direct + "said Transport Minister Name, who …"
        # (inverted, role as title), "Brightwing Airways said it had" (indirect), "The minister
        # said that was "…"" (role referring back, only the partial)
        "Air traffic controllers in Valdoria will strike for 48 hours from Thursday, forcing "
        "airlines to cancel hundreds of flights through the country's airspace, which is "
        "crossed by many routes between northern Europe and the Mediterranean.\n\n"
        '"Overflights will be protected as far as possible, but delays are inevitable," said '
        "Transport Minister Lena Varga, who has been negotiating with the controllers' union "
        "for three weeks.\n\n"
        "Brightwing Airways said it had cancelled 120 flights on Thursday and Friday. The "
        'controllers want the retirement age kept at 57. The minister said that was "not '
        'sustainable" given the shortage of trainees.',
        [
            (
                D,
                ["Overflights will be protected as far as possible, but delays are inevitable"],
                "Lena Varga",
            ),
            (I, ["it had cancelled 120 flights on Thursday and Friday"], "Brightwing Airways"),
            (P, ["not sustainable"], "Lena Varga"),
        ],
    ),
    (  # 12 metro strike: direct + "one commuter said" (unnamed), "The guild's president, Name,
        # said the transit authority wanted" (indirect), two-sentence direct + "he said"
        "Commuters in Port Ellis faced packed buses and gridlocked roads on Tuesday as a strike "
        "by metro workers shut down all four lines of the city's underground network.\n\n"
        '"I left home at six and I\'m still not at work," one commuter said at a crowded bus '
        "stop on Harbour Street shortly after 9am.\n\n"
        "The strike was called by the Metro Workers' Guild after talks on a new contract broke "
        "down on Sunday. The guild's president, Luis Ferreira-Dunn, said the transit authority "
        'wanted to cut overtime rates by a third. "We have bent over backwards. They have not '
        'moved an inch," he said.',
        [
            (D, ["I left home at six and I'm still not at work"], "commuter"),
            (
                I,
                ["the transit authority wanted to cut overtime rates by a third"],
                "Luis Ferreira-Dunn",
            ),
            (
                D,
                ["We have bent over backwards. They have not moved an inch"],
                "Luis Ferreira-Dunn",
            ),
        ],
    ),
    (  # 13 shipyard ferry contract: "Shipyard convenor Name said the order had come "…"" (only
        # the partial), next paragraph "He added that" (pronoun across a paragraph break),
        # "the chief executive, Name, said: "…"" (two-sentence direct, final period kept)
        "The Ravensholm shipyard has won a £1.6 billion contract to build four ferries for the "
        "state operator Island Link, securing around 1,800 jobs until the early 2030s.\n\n"
        'Shipyard convenor Alan McTeer said the order had come "just in time" for a workforce '
        "that had been on short-time working since the summer.\n\n"
        "He added that the yard would need to recruit at least 300 apprentices to deliver the "
        "ferries on schedule.\n\n"
        "Island Link's chief executive, Morven Blair, said: \"These ferries will be built by "
        'people who live in the communities they will serve. That matters."',
        [
            (P, ["just in time"], "Alan McTeer"),
            (
                I,
                [
                    "the yard would need to recruit at least 300 apprentices to deliver the "
                    "ferries on schedule"
                ],
                "Alan McTeer",
            ),
            (
                D,
                [
                    "These ferries will be built by people who live in the communities they will "
                    "serve. That matters."
                ],
                "Morven Blair",
            ),
        ],
    ),
    (  # 14 strike called off: "In a statement, Coastway Rail said: "…"" (the company speaks,
        # final period kept), unquoted report + ", according to the watchdog Rail Users Forum."
        # (the part before, generic noun dropped)
        "A three-day strike by train drivers at Coastway Rail, due to start on Wednesday, has "
        "been called off after the company improved its pay offer. Members of the Associated "
        "Train Drivers' Guild will now vote on a rise of 6.5% over two years.\n\n"
        'In a statement, Coastway Rail said: "We are pleased that common sense has prevailed, '
        'and we look forward to a period of stability for our passengers."\n\n'
        "Drivers have staged nine strike days since June, according to the watchdog Rail Users "
        "Forum.",
        [
            (
                D,
                [
                    "We are pleased that common sense has prevailed, and we look forward to a "
                    "period of stability for our passengers."
                ],
                "Coastway Rail",
            ),
            (I, ["Drivers have staged nine strike days since June"], "Rail Users Forum"),
        ],
    ),
    (  # 15 biscuit factory pay deal: "Union official Name said the agreement" (indirect), a
        # quote continued over two paragraphs (one span each) + "she told the Tollbridge Echo"
        # (pronoun), "A Fennick spokesman said the company was "…"" (only the partial, the
        # spokesman speaks for the company)
        "Workers at the Fennick biscuit factory in Tollbridge will receive a 7% pay rise from "
        "January, after a deal between management and the Food and Allied Workers' Union ended "
        "a month of overtime bans.\n\n"
        "Union official Bernadette Quayle said the agreement lifted the lowest-paid staff above "
        "the real living wage for the first time.\n\n"
        '"For years people on the night shift were doing two jobs just to get by. Some of them '
        "were using food banks while making biscuits for supermarkets.\n\n"
        "\"This deal doesn't fix everything, but it means a night-shift packer can pay the rent "
        'with one job," she told the Tollbridge Echo.\n\n'
        'A Fennick spokesman said the company was "pleased to have reached a fair '
        'settlement".',
        [
            (
                I,
                [
                    "the agreement lifted the lowest-paid staff above the real living wage for "
                    "the first time"
                ],
                "Bernadette Quayle",
            ),
            (
                D,
                [
                    "For years people on the night shift were doing two jobs just to get by. "
                    "Some of them were using food banks while making biscuits for supermarkets.",
                    "This deal doesn't fix everything, but it means a night-shift packer can pay "
                    "the rent with one job",
                ],
                "Bernadette Quayle",
            ),
            (P, ["pleased to have reached a fair settlement"], "Fennick"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout113.jsonl"),
        "heldout113",
        "h113",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
