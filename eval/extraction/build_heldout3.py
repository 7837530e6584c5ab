"""Source of the third held-out set: writes heldout3.jsonl (split "heldout3").

Written on 2026-11-30 by a person who had not read the extraction code, as the third fresh
set: heldout2.jsonl had in turn been looked at while tuning, so the next round of changes
needed texts nobody had seen. Same format and rules as GUIDE.md; names, places and figures
invented. The texts are meant to read like wire copy and regional press, not like a list of
edge cases. Never tune on these texts. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-27"

Item = GoldItem

# French typography varies on purpose, as it does between newsrooms: « » with plain spaces,
# with no-break spaces (\u00a0), with narrow no-break spaces (\u202f) or with none.
FR: list[Item] = [
    (  # 1 municipal budget: apposition with a party label after the cue; indirect
        "Le conseil municipal de Saint-Aubin-sur-Loire a adopté lundi soir, par 21 voix contre "
        "8, le budget 2027, marqué par une hausse de 4 % de la taxe foncière, la première "
        "depuis douze ans.\n\n"
        "« Nous n'avions pas le choix. L'État nous a retiré 600 000 euros de dotations en deux "
        "ans », a justifié le maire de Saint-Aubin-sur-Loire, Gérard Vallet-Rousseau (divers "
        "droite), à l'issue d'une séance de près de quatre heures.\n\n"
        "Dans le public, le vote a été accueilli par des huées. La cheffe de "
        "file de l'opposition, Mathilde Kervella, a estimé que la commune aurait pu renoncer au "
        "réaménagement de la place du Marché, chiffré à 1,8 million d'euros. Le chantier doit "
        "débuter en mars et durer dix-huit mois. Pour une maison moyenne, la hausse "
        "représentera environ 45 euros par an.",
        [
            (
                D,
                [
                    "Nous n'avions pas le choix. L'État nous a retiré 600 000 euros de dotations "
                    "en deux ans"
                ],
                "Gérard Vallet-Rousseau",
            ),
            (
                I,
                [
                    "la commune aurait pu renoncer au réaménagement de la place du Marché, "
                    "chiffré à 1,8 million d'euros"
                ],
                "Mathilde Kervella",
            ),
        ],
    ),
    (  # 2 embezzlement trial: partial in a prosecutor's closing; Me + colon-introduced quote
        "Le tribunal correctionnel de Villefranche-de-Rouergue a condamné mardi à dix-huit mois "
        "de prison, dont douze avec sursis, l'ancien comptable de la coopérative agricole Val "
        "d'Aveyron. Patrice Lhermet, 58 ans, a été reconnu coupable d'avoir détourné 340 000 "
        "euros entre 2019 et 2024, au détriment des 420 adhérents de la coopérative.\n\n"
        "Dans ses réquisitions, la procureure Anne-Sophie Marchal avait dénoncé «\u00a0une "
        "trahison méthodique\u00a0» envers des éleveurs qui lui faisaient une confiance totale. "
        "Les fonds ont notamment servi à l'achat d'une maison sur la Costa Brava.\n\n"
        "L'avocat du prévenu, Me Karim Benhaddou, avait plaidé la clémence\u00a0: «\u00a0Mon "
        "client a remboursé un tiers des sommes. Il n'a jamais nié les faits et il a tout "
        "perdu.\u00a0»\n\n"
        "Patrice Lhermet devra également verser 210 000 euros de dommages et intérêts à la "
        "coopérative.",
        [
            (P, ["une trahison méthodique"], "Anne-Sophie Marchal"),
            (
                D,
                [
                    "Mon client a remboursé un tiers des sommes. Il n'a jamais nié les faits et "
                    "il a tout perdu."
                ],
                "Karim Benhaddou",
            ),
        ],
    ),
    (  # 3 football: incise -t-il inside marks without spaces; role alone ("le technicien")
        "Battu à domicile par Montreuil-Bellay (0-2), le FC Lavergne a concédé samedi sa "
        "quatrième défaite d'affilée et glisse à la 14e place du championnat de National 2.\n\n"
        "En conférence de presse, l'entraîneur Didier Ngoma n'a pas cherché d'excuses. «On a "
        "été beaucoup trop naïfs sur les deux buts, a-t-il reconnu. À ce niveau, chaque erreur "
        "se paie cash.»\n\n"
        "Arrivé l'été dernier en provenance de Cholet, le technicien a assuré qu'il avait "
        "toujours la confiance de ses dirigeants. Le président du club, Alain Desfontaines, n'a "
        "pas souhaité s'exprimer à l'issue de la rencontre.\n\n"
        "Devant 1 350 spectateurs, les Lavergnais avaient pourtant dominé la première période, "
        "touchant deux fois les montants. Le prochain déplacement, à Saumur, s'annonce déjà "
        "décisif.",
        [
            (
                D,
                [
                    "On a été beaucoup trop naïfs sur les deux buts",
                    "À ce niveau, chaque erreur se paie cash.",
                ],
                "Didier Ngoma",
            ),
            (I, ["il avait toujours la confiance de ses dirigeants"], "Didier Ngoma"),
        ],
    ),
    (  # 4 maternity closure: Dr + quote over two paragraphs; Mme, partial after "juger"
        "L'hôpital de Montbrison-en-Forez fermera sa maternité la nuit à partir du 1er janvier, "
        "faute d'anesthésistes. L'agence régionale de santé a confirmé jeudi la décision, qui "
        "concerne les accouchements entre 20 heures et 8 heures.\n\n"
        "Le chef du service de gynécologie, le Dr Olivier Fabre-Martin, ne cache pas son "
        "inquiétude. « Les femmes du plateau devront faire cinquante minutes de route pour "
        "accoucher la nuit. En hiver, avec la neige, ce sera bien plus.\n\n"
        "« Nous avons alerté la direction dès le printemps, sans la moindre réponse », poursuit "
        "le médecin.\n\n"
        "L'an dernier, 312 enfants sont nés à Montbrison-en-Forez, dont près d'un tiers la "
        "nuit. La députée de la circonscription, Mme Nadia Ferhat, a sollicité un rendez-vous "
        "auprès du ministre de la Santé. Elle juge la fermeture « inacceptable » pour un "
        "territoire déjà privé de plusieurs médecins généralistes.",
        [
            (
                D,
                [
                    "Les femmes du plateau devront faire cinquante minutes de route pour "
                    "accoucher la nuit. En hiver, avec la neige, ce sera bien plus.",
                    "Nous avons alerté la direction dès le printemps, sans la moindre réponse",
                ],
                "Olivier Fabre-Martin",
            ),
            (P, ["inacceptable"], "Nadia Ferhat"),
        ],
    ),
    (  # 5 diplomacy: particle ben, M. + name after the cue; partial inside "s'est dit prêt"
        "Le ministre tunisien des Affaires étrangères, Youssef ben Salah, a reçu mercredi à "
        "Tunis son homologue maltais, Mark Vella Camilleri, pour une visite consacrée à la "
        "crise migratoire en Méditerranée centrale. Depuis janvier, plus de 41 000 personnes "
        "ont quitté les côtes tunisiennes à destination de l'Europe.\n\n"
        "«\u202fLa Tunisie ne sera pas le garde-frontière de l'Europe\u202f», a martelé M. ben "
        "Salah lors d'une conférence de presse commune.\n\n"
        "Le ministre s'est toutefois dit prêt à renforcer la surveillance des côtes «\u202fsi "
        "les moyens suivent\u202f». Un accord signé il y a deux ans avec l'Union européenne "
        "prévoyait une aide de 120 millions d'euros, dont une partie seulement a été "
        "versée.\n\n"
        "Les deux hommes doivent se retrouver à Bruxelles le mois prochain.",
        [
            (D, ["La Tunisie ne sera pas le garde-frontière de l'Europe"], "Youssef ben Salah"),
            (P, ["si les moyens suivent"], "Youssef ben Salah"),
        ],
    ),
    (  # 6 job cuts: possessive role + name; "a assuré vouloir"; union with a generic noun
        "Le fabricant de volets roulants Bréval Industries a annoncé mardi la suppression de "
        "180 postes sur son site de Châteaubriant (Loire-Atlantique), soit près d'un emploi sur "
        "quatre. L'entreprise, fondée en 1962, emploie 760 salariés en France.\n\n"
        "«\u00a0Nous avons perdu 30 % de notre chiffre d'affaires en deux ans. Ne rien faire "
        "aurait mis en danger l'ensemble du groupe\u00a0», a expliqué sa présidente, Claire "
        "Dumont-Lagarde, dans un entretien à la presse locale. Elle a assuré vouloir privilégier "
        "les départs volontaires et les reclassements au sein du groupe.\n\n"
        "Le syndicat Sud-Industrie a dénoncé «\u00a0un plan social déguisé\u00a0», alors que 12 "
        "millions d'euros de dividendes ont été versés aux actionnaires l'an dernier. Une "
        "assemblée générale des salariés est prévue jeudi.",
        [
            (
                D,
                [
                    "Nous avons perdu 30 % de notre chiffre d'affaires en deux ans. Ne rien faire "
                    "aurait mis en danger l'ensemble du groupe"
                ],
                "Claire Dumont-Lagarde",
            ),
            (
                I,
                [
                    "vouloir privilégier les départs volontaires et les reclassements au sein "
                    "du groupe"
                ],
                "Claire Dumont-Lagarde",
            ),
            (P, ["un plan social déguisé"], "Sud-Industrie"),
        ],
    ),
    (  # 7 warehouse fire: selon + group; unnamed witness, then -t-elle
        "Un incendie a ravagé dans la nuit de dimanche à lundi un entrepôt de la zone "
        "artisanale des Glycines, à Pont-Sainte-Marie. Aucune victime n'est à déplorer. Selon "
        "les pompiers, le feu a pris vers 2 h 30 dans un local de stockage de pneus avant de se "
        "propager à l'ensemble du bâtiment, d'une surface de 2 000 m². Une soixantaine de "
        "sapeurs-pompiers ont été mobilisés jusqu'au petit matin.\n\n"
        "Réveillée par une série d'explosions, une voisine a vu les flammes dépasser la cime "
        "des arbres. « J'ai cru que c'était la fin du monde. On a pris les enfants et on est "
        "partis en pyjama », a-t-elle raconté, encore sous le choc.\n\n"
        "Une enquête a été ouverte pour déterminer l'origine du sinistre. L'entrepôt "
        "appartenait à une société de négoce de pièces automobiles, placée en liquidation "
        "judiciaire au printemps.",
        [
            (
                I,
                [
                    "le feu a pris vers 2 h 30 dans un local de stockage de pneus avant de se "
                    "propager à l'ensemble du bâtiment, d'une surface de 2 000 m²"
                ],
                "pompiers",
            ),
            (
                D,
                [
                    "J'ai cru que c'était la fin du monde. On a pris les enfants et on est "
                    "partis en pyjama"
                ],
                "voisine",
            ),
        ],
    ),
    (  # 8 farm bill: role alone after the quote; group speaker with plural inversion -ils
        "La ministre de l'Agriculture, Hélène Château-Renaud, a présenté mercredi en Conseil "
        "des ministres son projet de loi sur l'installation des jeunes agriculteurs. Le texte "
        "prévoit un prêt à taux zéro de 100 000 euros pour les moins de 40 ans et un crédit "
        "d'impôt pour les cédants qui vendent à un jeune.\n\n"
        "«\u202fUn agriculteur sur deux partira à la retraite d'ici dix ans. Si nous ne "
        "faisons rien, nos campagnes se videront\u202f», a prévenu la ministre à la sortie de "
        "l'Élysée.\n\n"
        "Le projet sera examiné à l'Assemblée nationale à partir du 15 janvier. Les députés "
        "écologistes, qui réclament des mesures sur les pesticides, préparent déjà plusieurs "
        "dizaines d'amendements. «\u202fNous ne voterons pas un texte qui fait l'impasse sur "
        "l'environnement\u202f», ont-ils averti dans un communiqué.",
        [
            (
                D,
                [
                    "Un agriculteur sur deux partira à la retraite d'ici dix ans. Si nous ne "
                    "faisons rien, nos campagnes se videront"
                ],
                "Hélène Château-Renaud",
            ),
            (
                D,
                ["Nous ne voterons pas un texte qui fait l'impasse sur l'environnement"],
                "députés écologistes",
            ),
        ],
    ),
    (  # 9 Belgian strike: curly apostrophes; unnamed unionist; particle van den, M. + name
        "En Belgique, une grève des transports publics a paralysé lundi une grande partie de "
        "la Flandre. À Anvers, à peine un bus sur cinq a circulé, et les trams sont restés au "
        "dépôt toute la journée.\n\n"
        "Les syndicats protestent contre le plan d’économies imposé à la société de transport "
        "public par le gouvernement flamand. « On supprime des lignes, on allonge les services "
        "et on demande aux chauffeurs de sourire. C’est intenable », a lancé un délégué "
        "syndical devant le dépôt de Berchem.\n\n"
        "Le ministre flamand de la Mobilité, Pieter van den Broeck, a jugé le mouvement "
        "« disproportionné ». Interrogé par la radio publique, M. Van den Broeck a affirmé que "
        "la concertation restait ouverte. Une nouvelle réunion avec les syndicats est prévue "
        "vendredi.",
        [
            (
                D,
                [
                    "On supprime des lignes, on allonge les services et on demande aux "
                    "chauffeurs de sourire. C’est intenable"
                ],
                "délégué syndical",
            ),
            (P, ["disproportionné"], "Pieter van den Broeck"),
            (I, ["la concertation restait ouverte"], "Pieter van den Broeck"),
        ],
    ),
    (  # 10 murder trial: apposition then "elle"; "l'intéressé" then -t-il
        "La cour d'assises du Morbihan a condamné vendredi Ludovic Perrin, 34 ans, à vingt ans "
        "de réclusion criminelle pour le meurtre de son associé, Yann Le Goff, tué de trois "
        "coups de couteau en mars 2024 dans les locaux de leur entreprise de paysagisme, à "
        "Pontivy.\n\n"
        "L'avocate générale, Aurélie Marzin, avait requis vingt-cinq ans. Dans son "
        "réquisitoire, elle avait décrit l'accusé comme «\u00a0un homme froid, calculateur, "
        "incapable du moindre remords\u00a0».\n\n"
        "Avant que la cour ne se retire pour délibérer, l'intéressé a pris la parole une "
        "dernière fois. «\u00a0Je pense à sa famille tous les jours. Je ne demande pas qu'on "
        "me pardonne\u00a0», a-t-il déclaré d'une voix à peine audible.\n\n"
        "La défense dispose de dix jours pour faire appel.",
        [
            (
                P,
                ["un homme froid, calculateur, incapable du moindre remords"],
                "Aurélie Marzin",
            ),
            (
                D,
                ["Je pense à sa famille tous les jours. Je ne demande pas qu'on me pardonne"],
                "Ludovic Perrin",
            ),
        ],
    ),
    (  # 11 tennis: marks without spaces; role description as speaker; continuation quote
        "La Lyonnaise Inès Haddad-Morel a remporté dimanche le tournoi de Rabat, le premier "
        "titre de sa carrière sur le circuit WTA, en battant en finale l’Ukrainienne Oksana "
        "Kravets (6-4, 3-6, 7-5) après 2 h 41 de jeu.\n\n"
        "«J’ai longtemps cru que ce jour n’arriverait jamais», a confié la joueuse de 23 ans, "
        "les larmes aux yeux, lors de la remise des trophées. «Il y a deux ans, j’étais "
        "blessée au genou et classée au-delà de la 300e place.»\n\n"
        "Grâce à ce succès, elle fera son entrée lundi dans le top 60 mondial. Son entraîneur, "
        "Farid Mansouri, a fait savoir qu’elle renoncerait au tournoi de Strasbourg pour se "
        "reposer avant Roland-Garros.",
        [
            (D, ["J’ai longtemps cru que ce jour n’arriverait jamais"], "Inès Haddad-Morel"),
            (
                D,
                ["Il y a deux ans, j’étais blessée au genou et classée au-delà de la 300e place."],
                "Inès Haddad-Morel",
            ),
            (
                I,
                ["elle renoncerait au tournoi de Strasbourg pour se reposer avant Roland-Garros"],
                "Farid Mansouri",
            ),
        ],
    ),
    (  # 12 sleep study: d'après at the end of the sentence; "Pour X, « … »"; intention phrase
        "Près d'un adolescent sur trois dort moins de sept heures par nuit en semaine, d'après "
        "une étude publiée mardi par l'Observatoire national du sommeil. Les chercheurs ont "
        "suivi 8 500 collégiens et lycéens de quatre régions pendant deux années scolaires.\n\n"
        "Pour la professeure Sandrine Aubry-Nguyen, qui a coordonné les travaux, «\u202fle "
        "téléphone dans la chambre est le premier facteur, loin devant les devoirs ou le "
        "sport\u202f». Les élèves qui s'endorment avec leur écran dorment en moyenne 52 "
        "minutes de moins que les autres.\n\n"
        "Le ministère de l'Éducation nationale a fait part de son intention de lancer une "
        "campagne de sensibilisation dans les établissements dès la rentrée de janvier.",
        [
            (
                I,
                ["Près d'un adolescent sur trois dort moins de sept heures par nuit en semaine"],
                "Observatoire national du sommeil",
            ),
            (
                D,
                [
                    "le téléphone dans la chambre est le premier facteur, loin devant les "
                    "devoirs ou le sport"
                ],
                "Sandrine Aubry-Nguyen",
            ),
            (
                I,
                [
                    "lancer une campagne de sensibilisation dans les établissements dès la "
                    "rentrée de janvier"
                ],
                "ministère de l'Éducation nationale",
            ),
        ],
    ),
    (  # 13 rail line protest: dash dialogue; region named after a generic noun
        "Ils étaient plusieurs centaines, samedi matin, rassemblés devant la gare de "
        "Champtocé-les-Marais pour défendre la ligne ferroviaire vers Angers, menacée de "
        "fermeture à la fin de 2027. Une pétition a déjà recueilli 14 000 signatures.\n\n"
        "Au micro, le président du collectif d'usagers, Thierry Bouvier-Lanoë, a lu la liste "
        "des trains supprimés depuis 2019 : douze, dont le dernier direct du soir.\n\n"
        "Dans la foule, un cheminot retraité hausse les épaules :\n"
        "— J'ai connu six directeurs régionaux. Tous ont juré de sauver la ligne.\n\n"
        "Contactée, la région Pays de la Loire a assuré qu'aucune décision n'avait été prise "
        "avant la publication d'une étude de fréquentation, attendue au printemps.",
        [
            (
                D,
                ["J'ai connu six directeurs régionaux. Tous ont juré de sauver la ligne."],
                "cheminot retraité",
            ),
            (
                I,
                [
                    "aucune décision n'avait été prise avant la publication d'une étude de "
                    "fréquentation, attendue au printemps"
                ],
                "Pays de la Loire",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 state politics: dateline; surname after the quote; role alone; title + partial
        "ALBANY CREEK — Governor Denise Hartwell on Tuesday signed a bill capping insulin "
        "co-payments at $35 a month, ending a two-year fight in the state legislature.\n\n"
        '"No one in this state should have to choose between their medication and their '
        'rent," Hartwell said at a signing ceremony at Marlow Community Hospital.\n\n'
        "The governor said the cap would take effect on March 1 and would cover about 210,000 "
        "residents who buy their own insurance.\n\n"
        "All 19 Republican senators voted against the measure. Their leader, Senator Craig "
        'Pruett, called it "a mandate dressed up as compassion" and predicted higher premiums '
        "for everyone else.",
        [
            (
                D,
                [
                    "No one in this state should have to choose between their medication and their rent"
                ],
                "Denise Hartwell",
            ),
            (
                I,
                [
                    "the cap would take effect on March 1 and would cover about 210,000 "
                    "residents who buy their own insurance"
                ],
                "Denise Hartwell",
            ),
            (P, ["a mandate dressed up as compassion"], "Craig Pruett"),
        ],
    ),
    (  # 2 British court report: single curly quotes; colon-introduced quote; partial
        "A former care home manager who stole more than £48,000 from elderly residents has "
        "been jailed for three years and four months.\n\n"
        "Gillian Preece, 52, of Hollins Lane, Wexbury, admitted fraud by abuse of position at "
        "Radford Crown Court. Over three years she used residents’ bank cards to pay for "
        "holidays, a car and her daughter’s wedding. One of her victims, a 91-year-old "
        "widower, was left unable to pay for his own funeral plan.\n\n"
        "Sentencing her, Judge Marcus Oyelaran said: ‘These were people who trusted you "
        "completely. You treated their savings as if they were your own.’\n\n"
        "Outside court, the widower’s son, Derek Hallam, said the family were ‘relieved it is "
        "finally over’ but would never see the money again.",
        [
            (
                D,
                [
                    "These were people who trusted you completely. You treated their savings as "
                    "if they were your own."
                ],
                "Marcus Oyelaran",
            ),
            (P, ["relieved it is finally over"], "Derek Hallam"),
        ],
    ),
    (  # 3 football: split quote around "said"; partial after "described … as"
        "Pressure is mounting on Harlow Vale manager Kwame Asante-Bright after a 3-0 home "
        "defeat by Fenwick Athletic left his side two points above the relegation zone.\n\n"
        "“I’ve spoken to the chairman this evening,” Asante-Bright said, “and we’re on the "
        "same page. Nobody is panicking.”\n\n"
        "Goals from Lewis Darby, Tomás Ferreira and a late penalty from substitute Joe "
        "Mallinder sealed Fenwick’s first away win since August. A crowd of 11,482 saw the "
        "hosts finish with ten men after captain Ryan Coyle was sent off for a second "
        "booking.\n\n"
        "Fenwick manager Stuart Lyle described the win as “the most complete performance of "
        "my time here”.",
        [
            (
                D,
                [
                    "I’ve spoken to the chairman this evening",
                    "and we’re on the same page. Nobody is panicking.",
                ],
                "Kwame Asante-Bright",
            ),
            (P, ["the most complete performance of my time here"], "Stuart Lyle"),
        ],
    ),
    (  # 4 hospital outbreak: "according to" at the end; Dr. + quote over two paragraphs
        "Wardle General Hospital will suspend planned operations for at least two weeks after "
        "a norovirus outbreak closed four of its wards.\n\n"
        "Eighty-three patients and 21 staff members have fallen ill since Nov. 14, according "
        "to the Wardle and District Health Trust. About 340 operations, most of them hip and "
        "knee replacements, have been postponed.\n\n"
        "Dr. Helen Okonkwo-Price, the trust's medical director, spoke to reporters outside "
        "the main entrance on Friday.\n\n"
        '"Norovirus spreads extremely quickly in a hospital. Hand gel does not kill it; soap '
        "and water do.\n\n"
        '"If you have had symptoms in the last 48 hours, please do not visit, however much '
        'you want to see a relative," she said.',
        [
            (
                I,
                ["Eighty-three patients and 21 staff members have fallen ill since Nov. 14"],
                "Wardle and District Health Trust",
            ),
            (
                D,
                [
                    "Norovirus spreads extremely quickly in a hospital. Hand gel does not kill "
                    "it; soap and water do.",
                    "If you have had symptoms in the last 48 hours, please do not visit, "
                    "however much you want to see a relative",
                ],
                "Helen Okonkwo-Price",
            ),
        ],
    ),
    (  # 5 profit warning: "told analysts that"; Mr. + surname; continuation quote
        "Shares in Corvane Foods fell 9 percent on Wednesday after the snack maker cut its "
        "full-year profit forecast for the second time in three months, blaming higher cocoa "
        "and packaging costs.\n\n"
        "Chief executive Martin Elsworth told analysts on a conference call that the company "
        "would raise prices on about a third of its products from January.\n\n"
        '"We held off as long as we could," Mr. Elsworth said. "Our customers have been '
        "squeezed too, and we didn't want to add to that.\"\n\n"
        "Corvane, which makes Crunchers potato chips and Daybreak cereal bars, employs 6,200 "
        "people, most of them in Ohio and Pennsylvania. Its shares have lost a quarter of "
        "their value this year.",
        [
            (
                I,
                ["the company would raise prices on about a third of its products from January"],
                "Martin Elsworth",
            ),
            (D, ["We held off as long as we could"], "Martin Elsworth"),
            (
                D,
                ["Our customers have been squeezed too, and we didn't want to add to that."],
                "Martin Elsworth",
            ),
        ],
    ),
    (  # 6 floods: particle el- after "said"; unnamed officials, then "they"
        "Rescue teams in eastern Libya were still searching on Sunday for at least 40 people "
        "missing since flash floods swept through the coastal town of Wadi Marsa on Friday "
        "night.\n\n"
        "The floods, triggered by more than 200 millimetres of rain in six hours, destroyed "
        "two bridges and cut the main road to Benghazi.\n\n"
        "“Whole streets have simply disappeared. We are digging with our hands,” said Omar "
        "el-Mahdi, a volunteer with the Libyan Red Crescent, speaking by telephone.\n\n"
        "Local officials said 17 bodies had been recovered so far. They said they urgently "
        "needed heavy machinery, generators and drinking water.",
        [
            (
                D,
                ["Whole streets have simply disappeared. We are digging with our hands"],
                "Omar el-Mahdi",
            ),
            (I, ["17 bodies had been recovered so far"], "local officials"),
            (
                I,
                ["they urgently needed heavy machinery, generators and drinking water"],
                "local officials",
            ),
        ],
    ),
    (  # 7 school closure: title used as a label; unnamed parent with a colon
        "The Pinecrest Unified school board voted 4-3 on Monday night to close Lakeview "
        "Elementary at the end of the school year, after more than two hours of public "
        "comment.\n\n"
        "Enrollment at the 70-year-old school has fallen to 212 pupils, half its capacity. "
        "Board president Angela Whitcombe said the district could no longer afford to heat and "
        "staff half-empty buildings.\n\n"
        "Parents packed the meeting room and spilled into the hallway. One mother, a toddler "
        'on her hip, put it simply: "You are closing the only school my kids can walk to."\n\n'
        "Lakeview's students will move to Hillcrest and Oak Ridge elementary schools in the "
        "fall.",
        [
            (
                I,
                ["the district could no longer afford to heat and staff half-empty buildings"],
                "Angela Whitcombe",
            ),
            (D, ["You are closing the only school my kids can walk to."], "mother"),
        ],
    ),
    (  # 8 housing: partial in reported speech without "that"; Ms; split quote; role alone
        "The government will miss its target of building 300,000 homes a year “by some "
        "distance”, the housing minister, Priya Chandran-Lowe, admitted on Thursday.\n\n"
        "Speaking at a construction industry conference in Leeds, Ms Chandran-Lowe blamed high "
        "interest rates and a shortage of skilled workers. “We have 40,000 fewer bricklayers "
        "than we did a decade ago,” she said, “and you cannot build houses without people to "
        "build them.”\n\n"
        "The minister said a new apprenticeship scheme, funded with £600m, would open in "
        "April.\n\n"
        "Just 212,000 homes were completed in England in the year to March, the lowest total "
        "for nine years.",
        [
            (P, ["by some distance"], "Priya Chandran-Lowe"),
            (
                D,
                [
                    "We have 40,000 fewer bricklayers than we did a decade ago",
                    "and you cannot build houses without people to build them.",
                ],
                "Priya Chandran-Lowe",
            ),
            (
                I,
                ["a new apprenticeship scheme, funded with £600m, would open in April"],
                "Priya Chandran-Lowe",
            ),
        ],
    ),
    (  # 9 court ruling: partial inside "wrote that"; said + Ms. + name + apposition
        "A federal judge on Tuesday blocked a new state law that would have required social "
        "media companies to verify the age of every user before letting them open an "
        "account.\n\n"
        "In a 38-page opinion, U.S. District Judge Harold Benavides wrote that the law was "
        '"breathtakingly broad" and would force adults to hand over identity documents simply '
        "to read the news.\n\n"
        "The law was challenged by NetFreedom Alliance, a trade group representing technology "
        "companies. \"Today's ruling protects the privacy of millions of people who have done "
        "nothing wrong,\" said Ms. Celeste Ambrose, the group's general counsel.\n\n"
        "The law had been due to take effect on Jan. 1.",
        [
            (P, ["breathtakingly broad"], "Harold Benavides"),
            (
                D,
                [
                    "Today's ruling protects the privacy of millions of people who have done "
                    "nothing wrong"
                ],
                "Celeste Ambrose",
            ),
        ],
    ),
    (  # 10 cycling: particle van, capitalised when the sentence uses the surname alone
        "Sanne van Dijkhuizen won the women’s world time trial title in Ravensburg on "
        "Wednesday, beating the defending champion, Australia’s Chloe Mercer, by 14 seconds "
        "over a hilly 31-kilometre course.\n\n"
        "The 24-year-old Dutch rider, who broke her collarbone in a crash in July, said she "
        "had doubted whether she would race again this season.\n\n"
        "“Three months ago I couldn’t lift my arm above my shoulder. To stand here now with "
        "the rainbow jersey is unreal,” Van Dijkhuizen said.\n\n"
        "Italy’s Giulia Ferrante took the bronze medal, 31 seconds down.",
        [
            (
                I,
                ["she had doubted whether she would race again this season"],
                "Sanne van Dijkhuizen",
            ),
            (
                D,
                [
                    "Three months ago I couldn’t lift my arm above my shoulder. To stand here "
                    "now with the rainbow jersey is unreal"
                ],
                "Sanne van Dijkhuizen",
            ),
        ],
    ),
    (  # 11 strike: "according to" + apposition; said + name + apposition; spokesperson
        "About 2,400 workers at Halvorsen Aerospace's plant in Cedar Falls walked off the job "
        "on Monday after rejecting the company's latest contract offer, according to their "
        "union, United Aerospace Workers Local 1187.\n\n"
        "The offer included a 14 percent raise over four years but no return of the "
        "traditional pension the company scrapped in 2015.\n\n"
        '"We build the planes that keep this company in business. All we are asking for is a '
        'fair share," said Dolores Quintero, a crane operator who has worked at the plant for '
        "19 years.\n\n"
        'A spokesperson for Halvorsen Aerospace said the company was "disappointed" by the '
        "vote and remained open to talks.",
        [
            (
                I,
                [
                    "About 2,400 workers at Halvorsen Aerospace's plant in Cedar Falls walked "
                    "off the job on Monday after rejecting the company's latest contract offer"
                ],
                "United Aerospace Workers Local 1187",
            ),
            (
                D,
                [
                    "We build the planes that keep this company in business. All we are asking "
                    "for is a fair share"
                ],
                "Dolores Quintero",
            ),
            (P, ["disappointed"], "Halvorsen Aerospace"),
        ],
    ),
    (  # 12 vaccine trial: said + Dr. + particle al-; "He cautioned that"
        "A new malaria vaccine cut severe cases among young children by 61 percent in a large "
        "trial in Burkina Faso and Mali, the results of which were published on Thursday.\n\n"
        "The vaccine, developed by the Danish biotech firm Nordvax, requires only two doses, "
        "compared with four for the vaccines now in use. The trial enrolled 9,800 children "
        "aged 5 to 17 months.\n\n"
        "“This could change the way we fight malaria in the Sahel,” said Dr. Youssef "
        "al-Karimi, who led the trial for the Institute of Tropical Medicine in Bamako. He "
        "cautioned that the results would need to be confirmed over a second rainy season.\n\n"
        "The price of each dose has not been disclosed.",
        [
            (
                D,
                ["This could change the way we fight malaria in the Sahel"],
                "Youssef al-Karimi",
            ),
            (
                I,
                ["the results would need to be confirmed over a second rainy season"],
                "Youssef al-Karimi",
            ),
        ],
    ),
    (  # 13 café crash: "Police said"; unnamed witness after "said"
        "Police in Kilbarrow Bay have arrested a 27-year-old man after a car was driven into "
        "the outdoor seating area of a seafront café on Saturday afternoon, injuring five "
        "people.\n\n"
        "Police said the driver had failed a roadside breath test and was being held at "
        "Kilbarrow Bay police station. None of the injuries are thought to be "
        "life-threatening.\n\n"
        '"There were tables and chairs flying everywhere. A little girl was screaming for her '
        'mum," said one witness, who asked not to be named.\n\n'
        "The café reopened on Sunday morning, its terrace fenced off with orange barriers.",
        [
            (
                I,
                [
                    "the driver had failed a roadside breath test and was being held at "
                    "Kilbarrow Bay police station"
                ],
                "police",
            ),
            (
                D,
                [
                    "There were tables and chairs flying everywhere. A little girl was "
                    "screaming for her mum"
                ],
                "witness",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout3.jsonl"),
        "heldout3",
        "3",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
