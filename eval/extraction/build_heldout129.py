"""Source of the 129th held-out set: writes heldout129.jsonl (split "heldout129").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; people, organisations and figures invented (the countries and
cities are real, as international news needs them; agencies and bodies such as the AFP, Reuters
or the UN appear only as context or addressees, never as annotated speakers). The texts read like
international news filed by correspondents and agencies: elections abroad, conflicts and
ceasefires, humanitarian crises, migration, summits, sanctions, coups and natural disasters
abroad, with foreign leaders, ministers, envoys and mediators, spokespeople of ministries, armies
and UN agencies, rebel groups, NGOs, companies and governments speaking as organisations, and
unnamed witnesses, residents, soldiers and diplomats quoted; speakers are referred back to by
pronoun, surname, role, title or nationality ("le président élu", "l'émissaire", "le
Norvégien", "the Kenyan", "the Swede", "the 63-year-old"), statements are sourced with "selon
X", "d'après X", "according to X" or a postposed "ont rapporté des habitants" / "two residents
told Reuters", addressees ("a déclaré à l'AFP", "told the BBC", "cité par l'agence officielle")
are not speakers, and speech verbs with only noun objects ("a annoncé l'ouverture d'une
enquête", "declared a state of catastrophe") are left unannotated.
Measured once with 0.3.0, 0.38.0 and 0.39.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout129.py
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
    (  # 1 presidential election in Senegal: "Selon la Commission Name," (rest of the sentence),
        # direct + "a lancé le président élu" (role referring back to the named winner), partial
        # after "L'ancien inspecteur des impôts, âgé de 46 ans, a promis de" (epithet), "a reconnu
        # sa défaite" (noun object, not annotated)
        "Ousmane Diagne-Sarr, candidat de la coalition Suñu Yoon, a remporté l'élection "
        "présidentielle sénégalaise dès le premier tour. Selon la Commission nationale de "
        "validation des résultats, il a obtenu 53,8\u00a0% des suffrages exprimés, loin devant le "
        "Premier ministre sortant, Amadou Kébé (31,2\u00a0%).\n\n"
        "«\u00a0Ce soir, ce n'est pas un homme qui a gagné, c'est toute une génération\u00a0», a "
        "lancé le président élu devant des milliers de partisans rassemblés place de l'Obélisque, "
        "à Dakar. L'ancien inspecteur des impôts, âgé de 46 ans, a promis de «\u00a0renégocier "
        "tous les contrats miniers\u00a0» dans les cent jours suivant son investiture.\n\n"
        "M. Kébé a reconnu sa défaite dans la nuit et a téléphoné à son adversaire pour le "
        "féliciter. La participation a atteint 61\u00a0%, en hausse de cinq points par rapport au "
        "précédent scrutin.",
        [
            (
                I,
                [
                    "il a obtenu 53,8\u00a0% des suffrages exprimés, loin devant le Premier "
                    "ministre sortant, Amadou Kébé (31,2\u00a0%)"
                ],
                "Commission nationale de validation des résultats",
            ),
            (
                D,
                ["Ce soir, ce n'est pas un homme qui a gagné, c'est toute une génération"],
                "Ousmane Diagne-Sarr",
            ),
            (P, ["renégocier tous les contrats miniers"], "Ousmane Diagne-Sarr"),
        ],
    ),
    (  # 2 ceasefire in eastern DR Congo: two-sentence direct + "a déclaré à l'AFP un habitant de X
        # joint par téléphone, qui …" (unnamed witness), partial inside the reported speech of "Le
        # porte-parole de l'armée …, le lieutenant-colonel Name, a affirmé que" (rank dropped, only
        # the partial), partial after "l'APC s'est dite" (rebel group speaking, fullest name from
        # the first paragraph), "a exigé le retrait" (noun object), "Selon l'ONG Name," (generic
        # noun dropped)
        "Un cessez-le-feu de 72 heures est entré en vigueur lundi à midi dans le territoire de "
        "Masisi, dans la province congolaise du Nord-Kivu, après dix jours de combats entre "
        "l'armée et les rebelles de l'Alliance des patriotes congolais (APC).\n\n"
        "«\u00a0Les armes se sont tues vers 13 heures. Pour la première fois depuis une semaine, "
        "les enfants sont sortis jouer dans la cour\u00a0», a déclaré à l'AFP un habitant de "
        "Kibabi joint par téléphone, qui a requis l'anonymat pour des raisons de sécurité.\n\n"
        "Le porte-parole de l'armée dans la région, le lieutenant-colonel Jean-Pierre Kasongo "
        "Mbuyi, a affirmé que ses troupes respecteraient la trêve «\u00a0tant que l'ennemi la "
        "respectera\u00a0». Dans un communiqué, l'APC s'est dite «\u00a0prête à dialoguer\u00a0», "
        "mais a exigé le retrait des drones de combat déployés autour de Goma.\n\n"
        "Selon l'ONG Solidarité Grands Lacs, plus de 120\u00a0000 personnes ont fui les combats "
        "depuis le 20 novembre, dont une majorité de femmes et d'enfants.",
        [
            (
                D,
                [
                    "Les armes se sont tues vers 13 heures. Pour la première fois depuis une "
                    "semaine, les enfants sont sortis jouer dans la cour"
                ],
                "habitant",
            ),
            (P, ["tant que l'ennemi la respectera"], "Jean-Pierre Kasongo Mbuyi"),
            (P, ["prête à dialoguer"], "Alliance des patriotes congolais"),
            (
                I,
                [
                    "plus de 120\u00a0000 personnes ont fui les combats depuis le 20 novembre, "
                    "dont une majorité de femmes et d'enfants"
                ],
                "Solidarité Grands Lacs",
            ),
        ],
    ),
    (  # 3 shipwreck off Lampedusa: "D'après les survivants," (unnamed plural, rest of the
        # sentence), two-sentence direct + "a raconté Name, coordinatrice de l'ONG X", "Elle a
        # précisé que" (pronoun), "a annoncé l'ouverture d'une enquête" (noun object, not annotated)
        "Au moins 41 personnes sont mortes ou portées disparues dans le naufrage d'une embarcation "
        "partie de Sfax, en Tunisie, dans la nuit de samedi à dimanche au large de Lampedusa. "
        "Seize rescapés ont été secourus par les garde-côtes italiens.\n\n"
        "D'après les survivants, le bateau, une coque en fer d'à peine sept mètres, transportait "
        "une soixantaine de personnes, dont une dizaine d'enfants.\n\n"
        "«\u00a0Ils ont passé quatre heures dans l'eau, accrochés à un bidon d'essence. Certains "
        "ne parlent plus du tout\u00a0», a raconté Giulia Ferrante, coordinatrice de l'ONG Mare "
        "Aperto sur l'île. Elle a précisé que trois survivants, dont une adolescente, avaient été "
        "hospitalisés en état d'hypothermie.\n\n"
        "Le ministère italien de l'Intérieur a annoncé l'ouverture d'une enquête pour homicide "
        "involontaire. Depuis janvier, plus de 1\u00a0600 migrants sont morts en tentant de "
        "traverser la Méditerranée centrale.",
        [
            (
                I,
                [
                    "le bateau, une coque en fer d'à peine sept mètres, transportait une "
                    "soixantaine de personnes, dont une dizaine d'enfants"
                ],
                "survivants",
            ),
            (
                D,
                [
                    "Ils ont passé quatre heures dans l'eau, accrochés à un bidon d'essence. "
                    "Certains ne parlent plus du tout"
                ],
                "Giulia Ferrante",
            ),
            (
                I,
                [
                    "trois survivants, dont une adolescente, avaient été hospitalisés en état "
                    "d'hypothermie"
                ],
                "Giulia Ferrante",
            ),
        ],
    ),
    (  # 4 Lake Chad summit: "ont décidé … de créer" (a decision, not speech), two-sentence direct +
        # "a déclaré le président tchadien, Name, hôte de la rencontre,", partial inside "Son
        # homologue nigérian, Name, a précisé que" (only the partial), "Selon un diplomate présent à
        # X," (unnamed, rest of the sentence)
        "Les chefs d'État de quatre pays riverains du lac Tchad ont décidé mercredi, à N'Djamena, "
        "de créer une force conjointe de 8\u00a0000 hommes contre les groupes jihadistes, au terme "
        "d'un sommet de deux jours.\n\n"
        "«\u00a0Nous ne pouvons plus attendre que d'autres viennent nous sauver. La sécurité du "
        "bassin, c'est notre affaire\u00a0», a déclaré le président tchadien, Mahamat Abakar Zène, "
        "hôte de la rencontre, lors de la conférence de presse finale.\n\n"
        "Son homologue nigérian, Ibrahim Danjuma Okafor, a précisé que la force serait financée "
        "«\u00a0à parts égales\u00a0» par les quatre États, sans avancer de montant. Selon un "
        "diplomate présent à N'Djamena, le Cameroun a obtenu que le quartier général soit installé "
        "à Maroua, dans l'Extrême-Nord.\n\n"
        "Aucune date n'a été fixée pour le déploiement des premières unités.",
        [
            (
                D,
                [
                    "Nous ne pouvons plus attendre que d'autres viennent nous sauver. La sécurité "
                    "du bassin, c'est notre affaire"
                ],
                "Mahamat Abakar Zène",
            ),
            (P, ["à parts égales"], "Ibrahim Danjuma Okafor"),
            (
                I,
                [
                    "le Cameroun a obtenu que le quartier général soit installé à Maroua, dans "
                    "l'Extrême-Nord"
                ],
                "diplomate",
            ),
        ],
    ),
    (  # 5 coup in the Comoros: partial inside "Des militaires ont annoncé … avoir" (unnamed plural,
        # only the partial), direct + "a déclaré un officier entouré de …" (unnamed), a committee's
        # name in « » (not a quote), "…, ont rapporté des habitants." (reported clause before a
        # postposed attribution, unnamed plural)
        "Des militaires ont annoncé dans la nuit de mardi à mercredi, à la télévision nationale, "
        "avoir «\u00a0mis fin au régime\u00a0» du président comorien, Saïd Abdallah Mroudjaé, et "
        "suspendu la Constitution.\n\n"
        "«\u00a0Les forces de défense et de sécurité ont décidé de prendre leurs responsabilités "
        "face à un pouvoir qui a confisqué les richesses du pays\u00a0», a déclaré un officier "
        "entouré d'une dizaine d'hommes en armes, lisant un communiqué signé d'un «\u00a0Comité "
        "militaire de salut national\u00a0».\n\n"
        "Le sort du chef de l'État restait inconnu mercredi matin. Des tirs nourris ont été "
        "entendus pendant une partie de la nuit près du palais de Beit-Salam, à Moroni, ont "
        "rapporté des habitants.\n\n"
        "L'aéroport international de Hahaya a été fermé et les frontières de l'archipel sont "
        "closes jusqu'à nouvel ordre.",
        [
            (P, ["mis fin au régime"], "militaires"),
            (
                D,
                [
                    "Les forces de défense et de sécurité ont décidé de prendre leurs "
                    "responsabilités face à un pouvoir qui a confisqué les richesses du pays"
                ],
                "officier",
            ),
            (
                I,
                [
                    "Des tirs nourris ont été entendus pendant une partie de la nuit près du "
                    "palais de Beit-Salam, à Moroni"
                ],
                "habitants",
            ),
        ],
    ),
    (  # 6 typhoon in the Philippines: "…, selon un bilan provisoire communiqué … par l'Agence
        # Name." (the part before), a quote split by "raconte Name, 38 ans, réfugiée …" (one quote,
        # two spans, final period kept), "Le porte-parole de l'agence, Name, a indiqué que", "a
        # décrété l'état de calamité" and "a annoncé l'envoi" (noun objects)
        "Le typhon Amihan a fait au moins 67 morts dans le centre des Philippines, selon un bilan "
        "provisoire communiqué dimanche par l'Agence nationale de gestion des catastrophes. Une "
        "trentaine de personnes sont toujours portées disparues sur l'île de Leyte.\n\n"
        "«\u00a0L'eau est montée en vingt minutes, raconte Maricel Dumalagan, 38 ans, réfugiée "
        "avec ses quatre enfants dans une école de Tacloban. On a juste eu le temps de grimper sur "
        "le toit avec les petits.\u00a0»\n\n"
        "Le porte-parole de l'agence, Ramon Villareal-Cruz, a indiqué que 240\u00a0000 personnes "
        "avaient été évacuées avant l'arrivée de la tempête. Le président philippin a décrété "
        "l'état de calamité dans trois provinces, et le Japon a annoncé l'envoi d'une équipe de "
        "secouristes.",
        [
            (
                I,
                ["Le typhon Amihan a fait au moins 67 morts dans le centre des Philippines"],
                "Agence nationale de gestion des catastrophes",
            ),
            (
                D,
                [
                    "L'eau est montée en vingt minutes",
                    "On a juste eu le temps de grimper sur le toit avec les petits.",
                ],
                "Maricel Dumalagan",
            ),
            (
                I,
                ["240\u00a0000 personnes avaient été évacuées avant l'arrivée de la tempête"],
                "Ramon Villareal-Cruz",
            ),
        ],
    ),
    (  # 7 EU sanctions on Nicaragua: direct + "a déclaré le haut représentant …, le Finlandais
        # Name," (role and nationality before the name), "accusés de participer" (no speaker),
        # partial after "le gouvernement nicaraguayen a dénoncé dans un communiqué une" (unnamed
        # body), "annoncé le rappel" (noun object)
        "Les ministres des Affaires étrangères de l'Union européenne ont adopté lundi à Bruxelles "
        "des sanctions contre onze responsables nicaraguayens, accusés de participer à la "
        "répression de l'opposition. Leurs avoirs sont gelés et ils sont interdits de séjour dans "
        "les Vingt-Sept.\n\n"
        "«\u00a0Nous ne resterons pas silencieux pendant qu'on emprisonne des journalistes et des "
        "prêtres\u00a0», a déclaré le haut représentant de l'Union pour les affaires étrangères, "
        "le Finlandais Mikko Lahtinen-Saari, à l'issue de la réunion.\n\n"
        "Parmi les personnes visées figure la vice-ministre de l'Intérieur, Rosa Elena Carvajal. À "
        "Managua, le gouvernement nicaraguayen a dénoncé dans un communiqué une «\u00a0ingérence "
        "coloniale\u00a0» et annoncé le rappel de son ambassadeur auprès de l'UE.",
        [
            (
                D,
                [
                    "Nous ne resterons pas silencieux pendant qu'on emprisonne des journalistes et "
                    "des prêtres"
                ],
                "Mikko Lahtinen-Saari",
            ),
            (P, ["ingérence coloniale"], "gouvernement nicaraguayen"),
        ],
    ),
    (  # 8 no quote: migrant arrivals in the Canary Islands, figures without a source, "ont annoncé
        # l'ouverture", "réclamé … une aide d'urgence" and "a promis le déploiement … et la
        # signature" (noun objects, not annotated)
        "Plus de 41\u00a0000 migrants sont arrivés aux îles Canaries depuis le début de l'année, "
        "un niveau jamais atteint depuis 2006. La plupart ont embarqué sur des pirogues depuis les "
        "côtes mauritaniennes et sénégalaises, un trajet de plus de 1\u00a0500 kilomètres.\n\n"
        "Sur l'île d'El Hierro, la plus petite de l'archipel, le centre d'accueil du port de La "
        "Restinga, prévu pour 200 personnes, en héberge régulièrement le triple. Les autorités "
        "régionales ont annoncé l'ouverture d'un troisième camp sous tente à Tenerife et réclamé à "
        "Madrid une aide d'urgence.\n\n"
        "Le gouvernement espagnol a promis le déploiement de 300 agents supplémentaires et la "
        "signature d'un nouvel accord de coopération avec la Mauritanie d'ici à la fin du mois.",
        [],
    ),
    (  # 9 famine in Darfur: two-sentence direct + "témoigne par téléphone Name, un responsable …",
        # "Une porte-parole de l'Agence …, Name, a expliqué que" (UN agency spokeswoman), "« A »,
        # a-t- elle insisté. « B. »" (two direct quotes, both hers, the second one's period kept),
        # "n'a pas répondu aux sollicitations" (not speech)
        "Dans le camp de déplacés de Kalma, près de Nyala, au Darfour-Sud, les distributions de "
        "nourriture sont interrompues depuis trois semaines. Plus de 200\u00a0000 personnes y "
        "survivent sous des abris de bâches et de branchages.\n\n"
        "«\u00a0Les enfants meurent avant même d'arriver au centre de santé. Nous enterrons des "
        "nourrissons presque chaque matin\u00a0», témoigne par téléphone Adam Ishag Nour, un "
        "responsable communautaire du camp.\n\n"
        "Une porte-parole de l'Agence des Nations unies pour l'alimentation, Clara Oyelaran, a "
        "expliqué que les convois étaient bloqués depuis le 10 novembre à la frontière tchadienne, "
        "faute d'autorisation des autorités de Port-Soudan. «\u00a0Nous avons les camions, nous "
        "avons les vivres. Ce qu'il nous manque, c'est une signature\u00a0», a-t-elle insisté. "
        "«\u00a0Chaque jour de retard se paie en vies humaines.\u00a0»\n\n"
        "Le gouvernement soudanais n'a pas répondu aux sollicitations de l'AFP.",
        [
            (
                D,
                [
                    "Les enfants meurent avant même d'arriver au centre de santé. Nous enterrons "
                    "des nourrissons presque chaque matin"
                ],
                "Adam Ishag Nour",
            ),
            (
                I,
                [
                    "les convois étaient bloqués depuis le 10 novembre à la frontière tchadienne, "
                    "faute d'autorisation des autorités de Port-Soudan"
                ],
                "Clara Oyelaran",
            ),
            (
                D,
                [
                    "Nous avons les camions, nous avons les vivres. Ce qu'il nous manque, c'est "
                    "une signature"
                ],
                "Clara Oyelaran",
            ),
            (D, ["Chaque jour de retard se paie en vies humaines."], "Clara Oyelaran"),
        ],
    ),
    (  # 10 Bolivian run-off: "a revendiqué … la victoire" (noun object), "Selon l'Organe Name,"
        # (rest of the sentence), a quote continued over two paragraphs (one span each, the first
        # one's period kept) + "a déclaré le quadragénaire" (epithet), partial after "Mme Surname a
        # de son côté refusé de reconnaître sa défaite"
        "Le sénateur de centre droit Rodrigo Villca Arandia a revendiqué dimanche soir la victoire "
        "au second tour de l'élection présidentielle bolivienne, alors que 71\u00a0% des bulletins "
        "avaient été dépouillés. Selon l'Organe électoral national, il devançait alors son "
        "adversaire, l'ancienne ministre de l'Économie Lucía Mamani Quispe, de quelque "
        "180\u00a0000 voix.\n\n"
        "«\u00a0Les Boliviens ont choisi le changement dans l'ordre. Je serai le président de "
        "tous, y compris de ceux qui n'ont pas voté pour moi.\n\n"
        "«\u00a0Je tends la main à Lucía Mamani et à son parti\u00a0», a déclaré le quadragénaire "
        "devant ses partisans réunis à Santa Cruz.\n\n"
        "Mme Mamani Quispe a de son côté refusé de reconnaître sa défaite «\u00a0tant que le "
        "dernier bulletin n'aura pas été compté\u00a0». Les résultats définitifs sont attendus "
        "mercredi.",
        [
            (
                I,
                [
                    "il devançait alors son adversaire, l'ancienne ministre de l'Économie Lucía "
                    "Mamani Quispe, de quelque 180\u00a0000 voix"
                ],
                "Organe électoral national",
            ),
            (
                D,
                [
                    "Les Boliviens ont choisi le changement dans l'ordre. Je serai le président de "
                    "tous, y compris de ceux qui n'ont pas voté pour moi.",
                    "Je tends la main à Lucía Mamani et à son parti",
                ],
                "Rodrigo Villca Arandia",
            ),
            (P, ["tant que le dernier bulletin n'aura pas été compté"], "Lucía Mamani Quispe"),
        ],
    ),
    (  # 11 truce in Yemen: "a annoncé … une prolongation" (noun object, not annotated),
        # "L'émissaire s'est voulu prudent : « … »" (direct after a colon, role referring back,
        # final period kept), "le Norvégien a précisé que" (nationality epithet), partial inside "a
        # prévenu sur la chaîne X que" (name particle al-)
        "L'envoyé spécial des Nations unies pour le Yémen, le diplomate norvégien Henrik Aasland, "
        "a annoncé jeudi une prolongation de deux mois de la trêve conclue en avril entre le "
        "gouvernement et les rebelles houthis.\n\n"
        "L'émissaire s'est voulu prudent\u00a0: «\u00a0C'est une fenêtre fragile, mais c'est une "
        "fenêtre.\u00a0» Lors d'une conférence de presse à Amman, le Norvégien a précisé que "
        "l'accord prévoyait la réouverture de la route reliant Taëz à Aden, fermée depuis près de "
        "dix ans.\n\n"
        "Côté houthi, le chef de la délégation aux négociations, Abdelmalek al-Wazir, a prévenu "
        "sur la chaîne Al-Sahat que ses combattants «\u00a0répondront à toute violation\u00a0».",
        [
            (D, ["C'est une fenêtre fragile, mais c'est une fenêtre."], "Henrik Aasland"),
            (
                I,
                [
                    "l'accord prévoyait la réouverture de la route reliant Taëz à Aden, fermée "
                    "depuis près de dix ans"
                ],
                "Henrik Aasland",
            ),
            (P, ["répondront à toute violation"], "Abdelmalek al-Wazir"),
        ],
    ),
    (  # 12 expulsions from the Dominican Republic, « » without inner spaces: two-sentence direct +
        # "raconte Name, 27 ans, maçon …", "Une femme, un bébé dans les bras, explique qu'elle"
        # (unnamed, indirect), partial after "le directeur général des migrations, le général Name,
        # a défendu des opérations" (rank dropped)
        "Plus de 12\u00a0000 Haïtiens ont été expulsés de République dominicaine au cours de la "
        "seule semaine dernière, un record depuis le début des opérations de rapatriement massif "
        "lancées par Saint-Domingue en octobre.\n\n"
        "Au poste-frontière de Belladère, des hommes descendent de camions grillagés, certains "
        "pieds nus. «Ils sont venus me chercher sur le chantier. Je n'ai même pas pu récupérer mon "
        "salaire», raconte Wilner Joseph, 27 ans, maçon à Saint-Domingue depuis six ans. Une "
        "femme, un bébé dans les bras, explique qu'elle a été arrêtée au marché alors qu'elle "
        "possédait un titre de séjour valide.\n\n"
        "À Saint-Domingue, le directeur général des migrations, le général Víctor Manuel Peralta "
        "Soto, a défendu des opérations «conformes à la loi et respectueuses des droits humains».",
        [
            (
                D,
                [
                    "Ils sont venus me chercher sur le chantier. Je n'ai même pas pu récupérer mon "
                    "salaire"
                ],
                "Wilner Joseph",
            ),
            (
                I,
                ["elle a été arrêtée au marché alors qu'elle possédait un titre de séjour valide"],
                "femme",
            ),
            (
                P,
                ["conformes à la loi et respectueuses des droits humains"],
                "Víctor Manuel Peralta Soto",
            ),
        ],
    ),
    (  # 13 missile strike on Kharkiv: "Le gouverneur de la région de X, Name, a annoncé qu'au
        # moins" (qu' dropped), two-sentence direct + "a raconté à l'AFP Firstname, 52 ans, qui …
        # n'a pas souhaité donner son nom de famille" (first name only), "Selon l'armée de l'air
        # ukrainienne," (unnamed body, rest of the sentence), "n'a pas commenté" (not speech)
        "Le gouverneur de la région de Kharkiv, Oleh Vasylenko-Kraïev, a annoncé qu'au moins neuf "
        "personnes avaient été tuées et 34 blessées dans la nuit de samedi à dimanche par une "
        "frappe de missile russe sur un immeuble résidentiel du nord-est de la ville.\n\n"
        "«\u00a0J'ai entendu un sifflement, puis tout a tremblé. Les vitres sont tombées sur le "
        "lit de ma fille\u00a0», a raconté à l'AFP Iryna, 52 ans, qui vit dans l'immeuble voisin "
        "et n'a pas souhaité donner son nom de famille.\n\n"
        "Selon l'armée de l'air ukrainienne, la Russie a lancé au total quatre missiles et 112 "
        "drones contre le pays pendant la nuit, dont 96 ont été abattus. Moscou n'a pas commenté "
        "ces informations.",
        [
            (
                I,
                [
                    "au moins neuf personnes avaient été tuées et 34 blessées dans la nuit de "
                    "samedi à dimanche par une frappe de missile russe sur un immeuble résidentiel "
                    "du nord-est de la ville"
                ],
                "Oleh Vasylenko-Kraïev",
            ),
            (
                D,
                [
                    "J'ai entendu un sifflement, puis tout a tremblé. Les vitres sont tombées sur "
                    "le lit de ma fille"
                ],
                "Iryna",
            ),
            (
                I,
                [
                    "la Russie a lancé au total quatre missiles et 112 drones contre le pays "
                    "pendant la nuit, dont 96 ont été abattus"
                ],
                "armée de l'air ukrainienne",
            ),
        ],
    ),
    (  # 14 power-cut protests in Madagascar: an unclosed quotation mark ended by "lance Name,
        # étudiant en droit de 23 ans,", "Pour le chef de l'État, Name, « … »" (direct), "Le
        # président a toutefois limogé" (not speech), "Le collectif Name, qui …, a fait savoir
        # qu'il" (generic noun dropped)
        "Des milliers de personnes ont de nouveau manifesté samedi à Antananarivo contre les "
        "coupures d'électricité et d'eau à répétition, au cinquième jour d'un mouvement qui a déjà "
        "fait au moins trois morts.\n\n"
        "«\u00a0On n'a pas de lumière le soir, pas d'eau le matin, et on nous demande de patienter "
        "depuis dix ans, lance Hery Rakotomalala, étudiant en droit de 23 ans, un drapeau malgache "
        "sur les épaules. Les forces de l'ordre ont fait usage de gaz lacrymogène près du lac "
        "Anosy en début d'après-midi.\n\n"
        "Pour le chef de l'État, Solofo Randriamanana, «\u00a0ces manifestations sont manipulées "
        "par des politiciens qui ont échoué dans les urnes\u00a0». Le président a toutefois limogé "
        "vendredi son ministre de l'Énergie.\n\n"
        "Le collectif Tsy Mandry, qui coordonne la mobilisation, a fait savoir qu'il maintenait "
        "son appel à une grève générale lundi.",
        [
            (
                D,
                [
                    "On n'a pas de lumière le soir, pas d'eau le matin, et on nous demande de "
                    "patienter depuis dix ans"
                ],
                "Hery Rakotomalala",
            ),
            (
                D,
                [
                    "ces manifestations sont manipulées par des politiciens qui ont échoué dans "
                    "les urnes"
                ],
                "Solofo Randriamanana",
            ),
            (I, ["il maintenait son appel à une grève générale lundi"], "Tsy Mandry"),
        ],
    ),
    (  # 15 Iran nuclear talks in Geneva: two-sentence direct + "a déclaré le chef de la délégation
        # iranienne, le vice-ministre … Name, cité par l'agence officielle X" (the agency relays,
        # the minister speaks), partial after "Un diplomate européen a fait état d'une atmosphère"
        # (unnamed), "Selon lui," (pronoun, rest of the sentence)
        "Les négociations entre l'Iran et les trois pays européens signataires de l'accord de 2015 "
        "sur le programme nucléaire de Téhéran ont repris mardi à Genève, après quatre mois "
        "d'interruption.\n\n"
        "«\u00a0Nous sommes venus avec une volonté sincère d'aboutir. La balle est désormais dans "
        "le camp européen\u00a0», a déclaré le chef de la délégation iranienne, le vice-ministre "
        "des Affaires étrangères Majid Tavakoli-Nejad, cité par l'agence officielle Pars "
        "Khabar.\n\n"
        "Un diplomate européen a fait état d'une atmosphère «\u00a0moins tendue qu'au "
        "printemps\u00a0». Selon lui, Téhéran continue d'enrichir de l'uranium à 60\u00a0%, un "
        "niveau sans justification civile crédible. Une nouvelle session est prévue à la "
        "mi-janvier.",
        [
            (
                D,
                [
                    "Nous sommes venus avec une volonté sincère d'aboutir. La balle est désormais "
                    "dans le camp européen"
                ],
                "Majid Tavakoli-Nejad",
            ),
            (P, ["moins tendue qu'au printemps"], "diplomate européen"),
            (
                I,
                [
                    "Téhéran continue d'enrichir de l'uranium à 60\u00a0%, un niveau sans "
                    "justification civile crédible"
                ],
                "diplomate européen",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 South Sudan peace talks in Nairobi: "The chief mediator, former Kenyan vice-president
        # Name, said" (no "that", role dropped), two-sentence direct + "the Kenyan told reporters"
        # (nationality epithet), partial inside the reported speech of "A spokesman for the SLF,
        # Name, said in a statement that" (named spokesman, only the partial)
        "Peace talks between South Sudan's government and the rebel Sudd Liberation Front broke "
        "down in Nairobi on Thursday, less than a week after they opened.\n\n"
        "The chief mediator, former Kenyan vice-president Samuel Kiprono Mutai, said the rebels "
        "had walked out over the sequencing of a ceasefire and the disarmament of their fighters. "
        '"I will not pretend this is a good day. But nobody has told me they are abandoning the '
        'process," the Kenyan told reporters outside the Windsor Gardens hotel.\n\n'
        'A spokesman for the SLF, Gatluak Ruot, said in a statement that the group would "not '
        "sign a piece of paper that disarms our fighters while government troops occupy our "
        'villages".\n\n'
        "Fighting in Upper Nile state has displaced more than 90,000 people since August.",
        [
            (
                I,
                [
                    "the rebels had walked out over the sequencing of a ceasefire and the "
                    "disarmament of their fighters"
                ],
                "Samuel Kiprono Mutai",
            ),
            (
                D,
                [
                    "I will not pretend this is a good day. But nobody has told me they are "
                    "abandoning the process"
                ],
                "Samuel Kiprono Mutai",
            ),
            (
                P,
                [
                    "not sign a piece of paper that disarms our fighters while government troops "
                    "occupy our villages"
                ],
                "Gatluak Ruot",
            ),
        ],
    ),
    (  # 2 earthquake in Nepal: "Name, the chief district officer in X, told the BBC that"
        # (indirect), two-sentence direct + "he said" (pronoun), "a woman who gave only her first
        # name, Firstname, said" (first name only), "have sent rescue teams" (not speech)
        "A magnitude 6.4 earthquake struck a remote district of western Nepal late on Friday, "
        "killing at least 118 people and flattening hundreds of mud-brick homes as families "
        "slept.\n\n"
        "Hari Bahadur Thapaliya, the chief district officer in Jajarkot, told the BBC that "
        'rescuers were digging through rubble with their bare hands in several villages. "Entire '
        'villages have been cut off. We are reaching some of them only on foot," he said.\n\n'
        "In the village of Chiuri, a woman who gave only her first name, Sunita, said she had lost "
        "her mother-in-law and two nephews. India and China have sent rescue teams and tents.",
        [
            (
                I,
                ["rescuers were digging through rubble with their bare hands in several villages"],
                "Hari Bahadur Thapaliya",
            ),
            (
                D,
                ["Entire villages have been cut off. We are reaching some of them only on foot"],
                "Hari Bahadur Thapaliya",
            ),
            (I, ["she had lost her mother-in-law and two nephews"], "Sunita"),
        ],
    ),
    (  # 3 migrants in the Darién Gap, curly quotes: "…, according to the Panamanian Migration
        # Directorate." (the part before), "describe a route" (noun object), two-sentence direct +
        # "said Name, 31, who …", partial inside the reported speech of "Name, Panama's security
        # minister, said" (only the partial)
        "The number of migrants crossing the Darién Gap, the roadless stretch of jungle between "
        "Colombia and Panama, fell by 70% in the first ten months of the year, according to the "
        "Panamanian Migration Directorate.\n\n"
        "Those who still make the journey describe a route that has grown more dangerous as "
        "traffic has thinned. “We sold everything in Maracaibo. There is no going back,” said "
        "Yorgelis Parra, 31, who reached the reception station at Lajas Blancas with her husband "
        "and two sons after six days on foot.\n\n"
        "Orlando Quintero-Batista, Panama's security minister, said the decline showed that the "
        "government's policy of “controlled flow” was working.",
        [
            (
                I,
                [
                    "The number of migrants crossing the Darién Gap, the roadless stretch of "
                    "jungle between Colombia and Panama, fell by 70% in the first ten months of "
                    "the year"
                ],
                "Panamanian Migration Directorate",
            ),
            (D, ["We sold everything in Maracaibo. There is no going back"], "Yorgelis Parra"),
            (P, ["controlled flow"], "Orlando Quintero-Batista"),
        ],
    ),
    (  # 4 EU-China summit: direct + "the president of the European Council, Name, told a press
        # conference" (role dropped), "The Portuguese said" (nationality epithet, no "that"), two
        # partials in the reported speech of "foreign ministry spokesman Name said" (each annotated)
        "An EU-China summit in Beijing ended on Wednesday without a joint statement, as the two "
        "sides failed to bridge their differences over trade and China's ties with Moscow.\n\n"
        '"We have been frank with each other, and that is not a bad thing," the president of the '
        "European Council, Rui Carvalho Mendes, told a press conference.\n\n"
        "The Portuguese said European leaders had raised the presence of Chinese-made components "
        "in Russian drones with every Chinese official they met.\n\n"
        'At a regular briefing, foreign ministry spokesman Wei Hongtao said China was "not a '
        'party to the conflict" and would not accept "groundless accusations".',
        [
            (
                D,
                ["We have been frank with each other, and that is not a bad thing"],
                "Rui Carvalho Mendes",
            ),
            (
                I,
                [
                    "European leaders had raised the presence of Chinese-made components in "
                    "Russian drones with every Chinese official they met"
                ],
                "Rui Carvalho Mendes",
            ),
            (P, ["not a party to the conflict"], "Wei Hongtao"),
            (P, ["groundless accusations"], "Wei Hongtao"),
        ],
    ),
    (  # 5 coup in Guinea-Bissau, curly quotes: partial inside the reported speech of "A colonel who
        # read a statement …, said" (unnamed), "announced the closure" (noun object), "…, two
        # residents told Reuters." (reported clause before a postposed attribution, unnamed plural),
        # two-sentence direct + "said one of them, a shopkeeper in …", partial after "The West
        # African Union, the regional bloc, said in a statement that it" (organisation)
        "Soldiers in Guinea-Bissau seized power on Sunday and dissolved the government of "
        "President Armando Nhaga, the third coup attempt in the West African country in four "
        "years.\n\n"
        "A colonel who read a statement on state television, flanked by a dozen armed men, said "
        "the army had acted to “save the nation from chaos” and announced the closure of the "
        "country's borders.\n\n"
        "Heavy gunfire was heard near the presidential palace in Bissau before dawn, two residents "
        "told Reuters. “We lay on the floor for two hours. My children were crying,” said one of "
        "them, a shopkeeper in the Bandim neighbourhood.\n\n"
        "The West African Union, the regional bloc, said in a statement that it “strongly "
        "condemns” the unconstitutional seizure of power. The whereabouts of Mr Nhaga were not "
        "known.",
        [
            (P, ["save the nation from chaos"], "colonel"),
            (
                I,
                ["Heavy gunfire was heard near the presidential palace in Bissau before dawn"],
                "residents",
            ),
            (D, ["We lay on the floor for two hours. My children were crying"], "shopkeeper"),
            (P, ["strongly condemns"], "West African Union"),
        ],
    ),
    (  # 6 drought in Somalia: "The UN's humanitarian coordinator for X, Name, said on Tuesday that"
        # (indirect), direct + "Surname told journalists in X by video link from Y", "The charity
        # Name said its" (generic noun dropped, no "that")
        "The UN's humanitarian coordinator for Somalia, Ingrid Halvorsen-Bye, said on Tuesday that "
        "more than 1.2 million Somalis had fled their homes this year in search of food and water "
        "after a fourth consecutive rainy season failed.\n\n"
        '"We are seeing the same warning signs we saw before the last famine, when a quarter of a '
        'million people died," Halvorsen-Bye told journalists in Geneva by video link from '
        "Mogadishu.\n\n"
        "In Baidoa, tens of thousands of people have settled in makeshift camps on the edge of "
        "town. The charity Hope Horn Relief said its nutrition centres there were treating three "
        "times as many children as a year ago.",
        [
            (
                I,
                [
                    "more than 1.2 million Somalis had fled their homes this year in search of "
                    "food and water after a fourth consecutive rainy season failed"
                ],
                "Ingrid Halvorsen-Bye",
            ),
            (
                D,
                [
                    "We are seeing the same warning signs we saw before the last famine, when a "
                    "quarter of a million people died"
                ],
                "Ingrid Halvorsen-Bye",
            ),
            (
                I,
                [
                    "its nutrition centres there were treating three times as many children as a "
                    "year ago"
                ],
                "Hope Horn Relief",
            ),
        ],
    ),
    (  # 7 US sanctions on oil tankers, curly quotes: "accused of carrying" (no speaker), direct +
        # "Treasury Under Secretary Name said in a statement" (title dropped), "One of the
        # companies, Name, told Reuters in an email that" (company speaking), partial after "Iran's
        # foreign ministry spokesman, Name, said Washington was waging"
        "The United States imposed sanctions on Monday on two Hong Kong-registered shipping "
        "companies and 14 tankers accused of carrying Iranian oil to China in breach of existing "
        "restrictions.\n\n"
        "“These vessels are part of a shadow fleet that funds Tehran's proxies across the region,” "
        "Treasury Under Secretary Megan Walsh-Pardee said in a statement.\n\n"
        "One of the companies, Evergain Maritime, told Reuters in an email that it had sold the "
        "two ships named in the order last year.\n\n"
        "Iran's foreign ministry spokesman, Reza Bagheri-Nasab, said Washington was waging "
        "“economic terrorism” against the Iranian people.",
        [
            (
                D,
                [
                    "These vessels are part of a shadow fleet that funds Tehran's proxies across "
                    "the region"
                ],
                "Megan Walsh-Pardee",
            ),
            (I, ["it had sold the two ships named in the order last year"], "Evergain Maritime"),
            (P, ["economic terrorism"], "Reza Bagheri-Nasab"),
        ],
    ),
    (  # 8 no quote: wildfires in Chile, "declared a state of catastrophe" (noun object, not
        # annotated), evacuations and foreign aircraft reported without a source
        "Firefighters were battling more than 40 wildfires across central Chile on Saturday as "
        "temperatures topped 38C for a third consecutive day.\n\n"
        "The largest blaze, in the hills above the coastal town of Quintero Alto, has burned "
        "through 9,000 hectares of pine plantations and scrubland since Thursday. Hundreds of "
        "homes were evacuated overnight, and smoke forced the closure of a stretch of the main "
        "highway to Santiago.\n\n"
        "The government declared a state of catastrophe in the Valparaíso region on Friday "
        "evening, allowing the deployment of troops. Argentina and Brazil have sent water-bombing "
        "aircraft.",
        [],
    ),
    (  # 9 snap election in Japan, curly quotes: a quote continued over two paragraphs (one span
        # each, the first one's period kept) + "the 63-year-old said" (epithet for "Prime Minister
        # Name"), partial inside the reported speech of "The leader of the main opposition X party,
        # Name, said", "Analysts said" (unnamed plural, no "that")
        "Japan's governing National Democratic Party lost its majority in the lower house in "
        "Sunday's general election, with projections giving it 196 of the 465 seats, its worst "
        "result in fifteen years.\n\n"
        "Prime Minister Kenji Takamura, who called the vote only five weeks ago, bowed deeply "
        "before the cameras at party headquarters in Tokyo. “The result is severe, and I accept it "
        "with humility. I take full responsibility.\n\n"
        "“But this country cannot afford a political vacuum, and I intend to keep working,” the "
        "63-year-old said.\n\n"
        "The leader of the main opposition Constitutional Future party, Aiko Morishita, said she "
        "was ready to lead a coalition “with anyone who shares our priorities”. Analysts said Mr "
        "Takamura could face a leadership challenge within weeks.",
        [
            (
                D,
                [
                    "The result is severe, and I accept it with humility. I take full "
                    "responsibility.",
                    "But this country cannot afford a political vacuum, and I intend to keep "
                    "working",
                ],
                "Kenji Takamura",
            ),
            (P, ["with anyone who shares our priorities"], "Aiko Morishita"),
            (I, ["Mr Takamura could face a leadership challenge within weeks"], "analysts"),
        ],
    ),
    (  # 10 ceasefire in Colombia: "signed the agreement" (not speech) then a two-sentence direct +
        # "she told reporters" (pronoun), partial inside the reported speech of "The rebel commander
        # …, known as Name, said" (nom de guerre), "residents reacted with caution" (not speech),
        # ""A," said Name, who …. "B."" (two direct quotes, both hers, the second one's period kept)
        "Colombia's government and the Frente Comunero del Sur guerrilla group agreed on Saturday "
        "to a six-month bilateral ceasefire, the first since peace talks began in Caracas last "
        "year.\n\n"
        "The government's chief negotiator, Laura Restrepo-Quiñones, signed the agreement "
        'alongside Venezuelan and Norwegian diplomats. "This is not peace yet. It is the '
        'condition for peace," she told reporters.\n\n'
        "The rebel commander who led the guerrilla delegation, known as Comandante Yesid, said his "
        'fighters would halt "all offensive operations", including kidnappings for ransom.\n\n'
        "In Tumaco, a Pacific port city where the group is strongest, residents reacted with "
        'caution. "We have heard this before," said Ana Milena Cortés, who runs a fish stall at '
        'the market. "We will believe it when our sons can walk home at night."',
        [
            (
                D,
                ["This is not peace yet. It is the condition for peace"],
                "Laura Restrepo-Quiñones",
            ),
            (P, ["all offensive operations"], "Comandante Yesid"),
            (D, ["We have heard this before"], "Ana Milena Cortés"),
            (D, ["We will believe it when our sons can walk home at night."], "Ana Milena Cortés"),
        ],
    ),
    (  # 11 hurricane in Cuba, curly quotes: "…, according to the state news agency Name." (the part
        # before, generic noun dropped), a quote split by "said Name, 44, reached by telephone in
        # …," (one quote, two spans, final period kept), evacuation figures without a source
        "Hurricane Delia tore across eastern Cuba on Wednesday with winds of up to 215km/h, "
        "destroying thousands of homes and leaving the entire province of Granma without power, "
        "according to the state news agency Prensa Nacional.\n\n"
        "“The wind took the roof off in one piece,” said Yamilé Fonseca, 44, reached by telephone "
        "in the town of Niquero, “and then the sea came into the street.”\n\n"
        "More than 600,000 people were evacuated before the storm made landfall. Delia weakened to "
        "a tropical storm as it moved out over the Atlantic on Wednesday night.",
        [
            (
                I,
                [
                    "Hurricane Delia tore across eastern Cuba on Wednesday with winds of up to "
                    "215km/h, destroying thousands of homes and leaving the entire province of "
                    "Granma without power"
                ],
                "Prensa Nacional",
            ),
            (
                D,
                [
                    "The wind took the roof off in one piece",
                    "and then the sea came into the street.",
                ],
                "Yamilé Fonseca",
            ),
        ],
    ),
    (  # 12 fighting in Sudan, curly quotes: "announced … the recapture" (noun object), direct +
        # "the army's spokesman, Brigadier General Name, said in a video" (rank dropped), "did not
        # say whether" (negated, not annotated), partial inside "the group said its fighters had
        # carried out a" (the RSF speaking, fullest name), two-sentence direct + "a resident who
        # fled to X, …, told the Guardian by phone" (unnamed)
        "Sudan's army announced on Monday the recapture of the town of Um Rawaba in North Kordofan "
        "from the paramilitary Rapid Support Forces (RSF) after three days of fighting.\n\n"
        "“Our forces have cleansed the town of the rebel militia,” the army's spokesman, Brigadier "
        "General Khalid Osman-Idris, said in a video posted on social media.\n\n"
        "The RSF did not say whether it had lost control of the town. In a post on Telegram, the "
        "group said its fighters had carried out a “tactical redeployment” to protect "
        "civilians.\n\n"
        "“Nobody is in control. Everyone with a gun is a ruler,” a resident who fled to El Obeid, "
        "60km to the west, told the Guardian by phone.",
        [
            (D, ["Our forces have cleansed the town of the rebel militia"], "Khalid Osman-Idris"),
            (P, ["tactical redeployment"], "Rapid Support Forces"),
            (D, ["Nobody is in control. Everyone with a gun is a ruler"], "resident"),
        ],
    ),
    (  # 13 disputed election in Georgia: "denounced the result as rigged" (noun object, not a
        # quote), partial inside "The head of the international observer mission, the Swedish
        # diplomat Name, told a news conference in X that" (only the partial), "The Swede said"
        # (nationality epithet, no "that"), direct + "Name, leader of the X, told the crowd"
        "Georgia's governing party, Georgian Unity, won 54% of the vote in Saturday's "
        "parliamentary election, and the opposition immediately denounced the result as rigged.\n\n"
        "The head of the international observer mission, the Swedish diplomat Karin Lindgren-Ahl, "
        'told a news conference in Tbilisi that the vote had been "competitive but marred by '
        'pressure on voters", particularly on public sector employees. The Swede said observers '
        "had witnessed ballot stuffing at several polling stations in the south of the country.\n\n"
        'Thousands of opposition supporters gathered outside parliament on Sunday evening. "They '
        'stole our votes, and now they want to steal our future," Nino Beridze-Kapanadze, leader '
        "of the Coalition for Change, told the crowd.",
        [
            (P, ["competitive but marred by pressure on voters"], "Karin Lindgren-Ahl"),
            (
                I,
                [
                    "observers had witnessed ballot stuffing at several polling stations in the "
                    "south of the country"
                ],
                "Karin Lindgren-Ahl",
            ),
            (
                D,
                ["They stole our votes, and now they want to steal our future"],
                "Nino Beridze-Kapanadze",
            ),
        ],
    ),
    (  # 14 Rohingya boat in Aceh, curly quotes: "Name, a spokeswoman for the UN refugee agency,
        # told AFP" (no "that", named spokeswoman), two-sentence direct + "said Name, 19, speaking
        # through an interpreter", partial inside "The head of the local fishermen's council, Name,
        # said the village could not" (only the partial), "asked the provincial government for help"
        # (noun object)
        "A wooden boat carrying about 180 Rohingya refugees, most of them women and children, came "
        "ashore on a beach in Indonesia's Aceh province on Sunday after more than a month at "
        "sea.\n\n"
        "Lena Marchetti, a spokeswoman for the UN refugee agency, told AFP at least 20 people had "
        "died during the journey and their bodies had been thrown overboard.\n\n"
        "“The engine broke down after ten days. We drank seawater,” said Mohammad Yunus, 19, "
        "speaking through an interpreter.\n\n"
        "The head of the local fishermen's council, Teuku Hasbi, said the village could not “feed "
        "everyone who arrives” and asked the provincial government for help.",
        [
            (
                I,
                [
                    "at least 20 people had died during the journey and their bodies had been "
                    "thrown overboard"
                ],
                "Lena Marchetti",
            ),
            (D, ["The engine broke down after ten days. We drank seawater"], "Mohammad Yunus"),
            (P, ["feed everyone who arrives"], "Teuku Hasbi"),
        ],
    ),
    (  # 15 Pacific leaders' summit, curly quotes: "with a call for" and "refused to back" (not
        # speech), a quote split by "said X's prime minister, Name," (one quote, two spans, final
        # period kept), partial inside the reported speech of "X's Pacific minister, Name, said"
        # (only the partial)
        "Leaders of the Pacific Island Council ended their annual summit in Nuku'alofa on Friday "
        "with a call for a global moratorium on new coal mines, a demand that Australia, a council "
        "member, refused to back.\n\n"
        "“For us this is not a debate about economics,” said Tuvalu's prime minister, Sione "
        "Vaitupu-Kaio, “it is a debate about whether our grandchildren will have a country.”\n\n"
        "Australia's Pacific minister, Grant Holloway, said Canberra respected the council's "
        "position but had “its own pathway” to net zero.",
        [
            (
                D,
                [
                    "For us this is not a debate about economics",
                    "it is a debate about whether our grandchildren will have a country.",
                ],
                "Sione Vaitupu-Kaio",
            ),
            (P, ["its own pathway"], "Grant Holloway"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout129.jsonl"),
        "heldout129",
        "h129",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
