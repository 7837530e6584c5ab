"""Source of the 135th held-out set: writes heldout135.jsonl (split "heldout135").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like transport, energy, weather and consumer news: rail, bus and air strikes, air traffic
control walkouts, road and motorway accidents, storms, floods, heatwaves and a snowless ski
resort, electricity and fuel prices, product recalls (cheese, cars, kettles), consumer
complaints and fines, overtourism and cruise caps, with union leaders, operators and their
spokespeople, passengers, forecasters, firefighters, prosecutors and police, regulators,
ministers, company executives, shopkeepers and unnamed witnesses quoted; speakers are referred
back to by surname, pronoun, role, age or epithet ("le Néerlandais", "la Varoise", "the
German", "the Irishman", "the mother of two"), organisations speak through statements and
unnamed spokespeople, and some statements are sourced with "selon X", "d'après X" or
"according to X". One text per language has no quote.
Measured once with 0.3.0, 0.40.0 and 0.41.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout135.py
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
    (  # 1 national rail strike: two-sentence direct + "a prévenu Name, secrétaire général de
        # la fédération X,", partial after "La direction a dit regretter" (the operator named
        # in the first paragraph), "Selon un porte-parole de l'entreprise," (unnamed
        # spokesperson speaks for the operator, rest of the sentence), "a appelé les deux
        # parties au dialogue" (noun object, not annotated)
        "Le trafic ferroviaire sera très perturbé jeudi et vendredi sur l'ensemble du réseau, à "
        "l'appel de l'intersyndicale des cheminots qui conteste la réforme des grilles "
        "salariales. La direction de Rail France prévoit un TGV sur trois et à peine un TER sur "
        "quatre.\n\n"
        "«\u00a0Nous n'avons pas été entendus pendant six mois de discussions. La grève est le "
        "dernier outil qui nous reste\u00a0», a prévenu Laurent Méhaignerie, secrétaire général "
        "de la fédération Cheminots solidaires, lors d'une conférence de presse mardi à "
        "Paris.\n\n"
        "La direction a dit regretter «\u00a0une décision prise avant même la dernière "
        "réunion\u00a0». Selon un porte-parole de l'entreprise, 310\u00a0000 billets ont déjà été "
        "échangés ou annulés.\n\n"
        "La ministre des Transports, Nathalie Quérou, a appelé les deux parties au dialogue.",
        [
            (
                D,
                [
                    "Nous n'avons pas été entendus pendant six mois de discussions. La grève est "
                    "le dernier outil qui nous reste"
                ],
                "Laurent Méhaignerie",
            ),
            (P, ["une décision prise avant même la dernière réunion"], "Rail France"),
            (I, ["310\u00a0000 billets ont déjà été échangés ou annulés"], "Rail France"),
        ],
    ),
    (  # 2 coach and van collision: "D'après la gendarmerie," (rest of the sentence), direct
        # + "raconte une habitante du hameau voisin" (unnamed), "a ouvert une enquête" (not
        # speech) then "Il a indiqué que" (pronoun for "Le procureur de X, Name")
        "Deux personnes sont mortes et trois autres ont été grièvement blessées dans une "
        "collision entre un autocar et une camionnette, samedi vers 7 heures, sur la route "
        "départementale 938 près de Bergerac (Dordogne). L'autocar transportait 34 collégiens "
        "vers une compétition sportive.\n\n"
        "D'après la gendarmerie, le conducteur de la camionnette, un homme de 52 ans, aurait "
        "franchi la ligne continue dans un virage. Les deux occupants du véhicule utilitaire sont "
        "morts sur le coup.\n\n"
        "«\u00a0J'ai entendu un choc énorme, puis des cris d'enfants. On a couru avec des "
        "couvertures\u00a0», raconte une habitante du hameau voisin, encore sous le choc. Les "
        "élèves, légèrement blessés pour la plupart, ont été pris en charge au gymnase de la "
        "commune.\n\n"
        "Le procureur de Bergerac, Christophe Lanusse, a ouvert une enquête pour homicide "
        "involontaire. Il a indiqué que le chauffeur du car, testé négatif à l'alcool, serait "
        "entendu lundi.",
        [
            (
                I,
                [
                    "le conducteur de la camionnette, un homme de 52 ans, aurait franchi la ligne "
                    "continue dans un virage"
                ],
                "gendarmerie",
            ),
            (
                D,
                [
                    "J'ai entendu un choc énorme, puis des cris d'enfants. On a couru avec des "
                    "couvertures"
                ],
                "habitante",
            ),
            (
                I,
                ["le chauffeur du car, testé négatif à l'alcool, serait entendu lundi"],
                "Christophe Lanusse",
            ),
        ],
    ),
    (  # 3 Atlantic storm: "…, selon le gestionnaire du réseau, Name." (the part before), a
        # quote continued over two paragraphs (one span each, first one's period kept) + "a
        # expliqué Name, prévisionniste à …", "a activé la cellule de crise" (not speech)
        "La tempête Ondine a balayé la façade atlantique dans la nuit de mardi à mercredi, avec "
        "des rafales mesurées à 168\u00a0km/h à la pointe du Raz. Près de 240\u00a0000 foyers "
        "étaient privés d'électricité mercredi matin en Bretagne et dans les Pays de la Loire, "
        "selon le gestionnaire du réseau, Enerlis.\n\n"
        "«\u00a0C'est une tempête d'une intensité rare pour un mois de novembre. Les sols "
        "détrempés ont favorisé les chutes d'arbres.\n\n"
        "«\u00a0Le pire est passé, mais la vigilance reste de mise sur le littoral jusqu'à "
        "jeudi\u00a0», a expliqué Gwenaëlle Tanguy, prévisionniste à l'Institut météorologique "
        "national.\n\n"
        "À Quimper, un automobiliste a été légèrement blessé par la chute d'une branche. Le "
        "préfet du Finistère a activé la cellule de crise.",
        [
            (
                I,
                [
                    "Près de 240\u00a0000 foyers étaient privés d'électricité mercredi matin en "
                    "Bretagne et dans les Pays de la Loire"
                ],
                "Enerlis",
            ),
            (
                D,
                [
                    "C'est une tempête d'une intensité rare pour un mois de novembre. Les sols "
                    "détrempés ont favorisé les chutes d'arbres.",
                    "Le pire est passé, mais la vigilance reste de mise sur le littoral jusqu'à "
                    "jeudi",
                ],
                "Gwenaëlle Tanguy",
            ),
        ],
    ),
    (  # 4 heatwave in Lyon: "constate une hausse" (noun object, not annotated), a quote
        # split by "souligne l'urgentiste," (role for "la docteure Name", one quote two spans,
        # final period kept), two-sentence direct + "soupire le retraité" (role for "Marcel,
        # 84 ans"), "a annoncé l'ouverture" (noun object, not annotated)
        "Lyon a battu mardi son record absolu de température pour un mois de juin, avec "
        "39,8\u00a0°C relevés à la station de Bron. La préfecture du Rhône a placé le département "
        "en vigilance rouge canicule jusqu'à vendredi au moins.\n\n"
        "Aux urgences de l'hôpital Saint-Irénée, la docteure Sonia Benhamou constate une hausse "
        "de 20\u00a0% des passages en trois jours. «\u00a0Nous voyons arriver beaucoup de "
        "personnes âgées déshydratées, souligne l'urgentiste, mais aussi des ouvriers du "
        "bâtiment victimes de malaises.\u00a0»\n\n"
        "Dans le quartier de la Guillotière, Marcel, 84 ans, ne sort plus qu'à la tombée de la "
        "nuit. «\u00a0Mon appartement est sous les toits. Même avec les volets fermés, il fait 33 "
        "degrés dans la chambre\u00a0», soupire le retraité.\n\n"
        "La mairie a annoncé l'ouverture de six salles rafraîchies et l'extension des horaires "
        "des piscines municipales jusqu'à 22 heures.",
        [
            (
                D,
                [
                    "Nous voyons arriver beaucoup de personnes âgées déshydratées",
                    "mais aussi des ouvriers du bâtiment victimes de malaises.",
                ],
                "Sonia Benhamou",
            ),
            (
                D,
                [
                    "Mon appartement est sous les toits. Même avec les volets fermés, il fait 33 "
                    "degrés dans la chambre"
                ],
                "Marcel",
            ),
        ],
    ),
    (  # 5 regulated electricity tariff: "a justifié cette hausse par" (noun object, not
        # annotated), "Pour l'association de consommateurs Name, « … »" (direct, generic noun
        # dropped), "réclame un chèque énergie" (noun object), partial inside "a estimé … que
        # cette augmentation restait" (only the partial), "Il a promis que" (pronoun)
        "Les factures d'électricité augmenteront de 6,2\u00a0% en moyenne au 1er février pour les "
        "ménages au tarif réglementé. La Commission de régulation de l'énergie et des réseaux a "
        "justifié jeudi cette hausse par le coût croissant de l'entretien du réseau de "
        "distribution.\n\n"
        "Pour l'association de consommateurs Foyers et Budgets, «\u00a0c'est la hausse de trop "
        "pour des millions de familles qui ne chauffent déjà plus qu'une seule pièce\u00a0». Sa "
        "présidente, Annick Varenne, réclame un chèque énergie revalorisé de 100 euros.\n\n"
        "Le ministre de l'Économie, Bastien Orliac, a estimé sur Radio Continent que cette "
        "augmentation restait «\u00a0contenue\u00a0» au regard des prix pratiqués chez nos "
        "voisins européens. Il a promis que le gouvernement ne toucherait pas à la TVA sur "
        "l'électricité.",
        [
            (
                D,
                [
                    "c'est la hausse de trop pour des millions de familles qui ne chauffent déjà "
                    "plus qu'une seule pièce"
                ],
                "Foyers et Budgets",
            ),
            (P, ["contenue"], "Bastien Orliac"),
            (
                I,
                ["le gouvernement ne toucherait pas à la TVA sur l'électricité"],
                "Bastien Orliac",
            ),
        ],
    ),
    (  # 6 cheese recall: direct + "indique l'entreprise dans un communiqué" (the company
        # named in the first sentence), "…, d'après l'agence régionale de santé." (unnamed
        # body, the part before), partial after "a assuré qu'" by "le directeur qualité du
        # groupe, Name" (only the partial)
        "Le fabricant savoyard Fromageries du Mont-Clair rappelle depuis lundi plusieurs lots de "
        "reblochon au lait cru vendus dans toute la France, en raison d'une possible "
        "contamination à la bactérie Listeria. Les fromages concernés portent une date limite de "
        "consommation comprise entre le 2 et le 20 décembre.\n\n"
        "«\u00a0Par précaution, nous demandons à nos clients de ne pas consommer ces produits et "
        "de les rapporter en magasin, où ils seront remboursés\u00a0», indique l'entreprise dans "
        "un communiqué. Trois cas de listériose sont en cours d'investigation en "
        "Auvergne-Rhône-Alpes, d'après l'agence régionale de santé.\n\n"
        "Joint par téléphone, le directeur qualité du groupe, Pierre-Yves Anthonioz, a assuré "
        "qu'«\u00a0aucun lien n'est établi à ce stade\u00a0» entre ces cas et les fromages "
        "rappelés.",
        [
            (
                D,
                [
                    "Par précaution, nous demandons à nos clients de ne pas consommer ces "
                    "produits et de les rapporter en magasin, où ils seront remboursés"
                ],
                "Fromageries du Mont-Clair",
            ),
            (
                I,
                ["Trois cas de listériose sont en cours d'investigation en Auvergne-Rhône-Alpes"],
                "agence régionale de santé",
            ),
            (P, ["aucun lien n'est établi à ce stade"], "Pierre-Yves Anthonioz"),
        ],
    ),
    (  # 7 air traffic controllers' strike: "a imposé … une réduction" (not speech), "Selon
        # l'ANA," (acronym of the body named in full before, rest of the sentence), an unclosed
        # quotation mark ended by "a lancé le porte-parole du X, Name,", partial after "a
        # qualifié cette grève d'", direct + "a déploré la jeune femme" (epithet for "Julie,
        # 27 ans")
        "L'Autorité de la navigation aérienne (ANA) a imposé aux compagnies une réduction de "
        "moitié de leurs programmes de vols mercredi à Marseille et à Nice, en raison d'une "
        "grève des aiguilleurs du ciel. Selon l'ANA, environ 900 vols pourraient être supprimés "
        "dans le Sud-Est.\n\n"
        "«\u00a0Nos effectifs n'ont pas bougé depuis dix ans alors que le trafic a augmenté de "
        "30\u00a0%, a lancé le porte-parole du Syndicat autonome des contrôleurs, Frédéric "
        "Agostini, sur la radio locale Azur Info. Le mouvement pourrait être reconduit jeudi.\n\n"
        "Le PDG de la compagnie à bas coût Volaria, Hendrik Maes, a qualifié cette grève "
        "d'«\u00a0inacceptable prise en otage des vacanciers\u00a0».\n\n"
        "À l'aéroport de Marignane, mardi soir, Julie, 27 ans, cherchait déjà un train. "
        "«\u00a0Mon vol pour Lille est annulé, et on ne me propose rien avant samedi\u00a0», a "
        "déploré la jeune femme.",
        [
            (
                I,
                ["environ 900 vols pourraient être supprimés dans le Sud-Est"],
                "Autorité de la navigation aérienne",
            ),
            (
                D,
                [
                    "Nos effectifs n'ont pas bougé depuis dix ans alors que le trafic a augmenté "
                    "de 30\u00a0%"
                ],
                "Frédéric Agostini",
            ),
            (P, ["inacceptable prise en otage des vacanciers"], "Hendrik Maes"),
            (
                D,
                ["Mon vol pour Lille est annulé, et on ne me propose rien avant samedi"],
                "Julie",
            ),
        ],
    ),
    (  # 8 overtourism in Biarritz: "la maire, Name, a annoncé lundi vouloir" (infinitive
        # clause), two-sentence direct + "a-t-elle martelé", partial after "s'est félicitée
        # d'une décision" by the hoteliers' union, direct + "sourit le Néerlandais"
        # (nationality for "Name, un retraité d'Utrecht")
        "Le Pays basque a accueilli 3,4 millions de visiteurs cet été, un record. Mais à "
        "Biarritz, la maire, Hélène Etcheverry, a annoncé lundi vouloir limiter le nombre de "
        "meublés de tourisme dès le printemps.\n\n"
        "«\u00a0Nos enfants ne peuvent plus se loger dans la ville où ils ont grandi. Ce n'est "
        "plus tenable\u00a0», a-t-elle martelé devant le conseil municipal. Près d'un logement "
        "sur trois du centre-ville est aujourd'hui loué aux vacanciers.\n\n"
        "L'Union des hôteliers basques, qui réclamait depuis longtemps une régulation, s'est "
        "félicitée d'une décision «\u00a0courageuse\u00a0». Sur la Grande Plage, Pieter van Dam, "
        "un retraité d'Utrecht fidèle à la station depuis quinze ans, relativise. "
        "«\u00a0Amsterdam a fait la même chose il y a cinq ans, et les touristes viennent "
        "toujours\u00a0», sourit le Néerlandais.",
        [
            (
                I,
                ["limiter le nombre de meublés de tourisme dès le printemps"],
                "Hélène Etcheverry",
            ),
            (
                D,
                [
                    "Nos enfants ne peuvent plus se loger dans la ville où ils ont grandi. Ce "
                    "n'est plus tenable"
                ],
                "Hélène Etcheverry",
            ),
            (P, ["courageuse"], "Union des hôteliers basques"),
            (
                D,
                [
                    "Amsterdam a fait la même chose il y a cinq ans, et les touristes viennent "
                    "toujours"
                ],
                "Pieter van Dam",
            ),
        ],
    ),
    (  # 9 telecom complaints ombudsman: reported clause before "a précisé M. Surname" (no
        # "que", indirect), two-sentence direct + "a-t-il ajouté", partial inside "La Varoise
        # dit avoir envoyé" (epithet for "Name, enseignante à Toulon", only the partial), "a
        # contesté les conclusions" (noun object, not annotated)
        "Le médiateur des communications électroniques, Jean-Louis Pradal, a présenté mardi son "
        "rapport annuel, qui recense 41\u00a0200 saisines en 2026, soit 27\u00a0% de plus qu'en "
        "2025.\n\n"
        "Les litiges liés aux résiliations d'abonnement représentent désormais près d'un "
        "dossier sur trois, a précisé M.\u00a0Pradal lors d'une conférence de presse. "
        "«\u00a0Certains opérateurs rendent la résiliation volontairement compliquée. C'est "
        "illégal, et ils le savent\u00a0», a-t-il ajouté.\n\n"
        "Sylvie Marchetti, enseignante à Toulon, a attendu huit mois le remboursement de ses "
        "frais de résiliation. La Varoise dit avoir envoyé «\u00a0onze courriers "
        "recommandés\u00a0» avant d'obtenir gain de cause. La Fédération des opérateurs télécoms "
        "a contesté les conclusions du médiateur.",
        [
            (
                I,
                [
                    "Les litiges liés aux résiliations d'abonnement représentent désormais près "
                    "d'un dossier sur trois"
                ],
                "Jean-Louis Pradal",
            ),
            (
                D,
                [
                    "Certains opérateurs rendent la résiliation volontairement compliquée. C'est "
                    "illégal, et ils le savent"
                ],
                "Jean-Louis Pradal",
            ),
            (P, ["onze courriers recommandés"], "Sylvie Marchetti"),
        ],
    ),
    (  # 10 no quote: Christmas getaway traffic forecast, "a annoncé un renforcement" and "a
        # confirmé une hausse" (noun objects, not annotated)
        "Les départs en vacances de Noël s'annoncent chargés sur les routes. Le centre national "
        "d'information routière a classé la journée du samedi 20 décembre rouge dans le sens "
        "des départs en Auvergne-Rhône-Alpes et orange sur le reste du territoire.\n\n"
        "Les stations des Alpes du Nord, qui ouvrent toutes leurs domaines skiables ce week-end, "
        "s'attendent à des bouchons importants dans les vallées de la Tarentaise et de la "
        "Maurienne. La préfecture de la Savoie a annoncé un renforcement des contrôles "
        "d'équipements hivernaux à partir de Moûtiers.\n\n"
        "La société d'autoroutes Alpirente a par ailleurs confirmé une hausse de 2,1\u00a0% de "
        "ses tarifs de péage au 1er février.",
        [],
    ),
    (  # 11 bus drivers' strike in Grenoble: direct + "a averti Name, délégué X", partial
        # inside "Le syndicaliste … affirme que les agressions ont" (role, only the partial),
        # "envisage de supprimer" (not speech), a question quote (mark kept) + "interroge
        # Fatou, aide-soignante,"
        "Aucun bus ne circulait lundi matin à Grenoble, où les conducteurs du réseau Transalpe "
        "ont entamé une grève illimitée après l'agression d'un de leurs collègues, samedi soir, "
        "dans le quartier de la Villeneuve.\n\n"
        "«\u00a0On ne reprendra pas le volant tant qu'il n'y aura pas un agent de sécurité dans "
        "chaque bus de nuit\u00a0», a averti Rachid Bensaïd, délégué Force syndicale. Le "
        "syndicaliste, conducteur depuis dix-neuf ans, affirme que les agressions ont "
        "«\u00a0doublé en deux ans\u00a0».\n\n"
        "La direction de Transalpe envisage de supprimer les lignes nocturnes les plus exposées. "
        "«\u00a0Moi, je finis à l'hôpital à minuit. Je rentre comment\u00a0?\u00a0», interroge "
        "Fatou, aide-soignante, croisée à un arrêt désert.",
        [
            (
                D,
                [
                    "On ne reprendra pas le volant tant qu'il n'y aura pas un agent de sécurité "
                    "dans chaque bus de nuit"
                ],
                "Rachid Bensaïd",
            ),
            (P, ["doublé en deux ans"], "Rachid Bensaïd"),
            (
                D,
                ["Moi, je finis à l'hôpital à minuit. Je rentre comment\u00a0?"],
                "Fatou",
            ),
        ],
    ),
    (  # 12 diesel above 2 euros: "…, d'après l'Observatoire des prix à la pompe." (the part
        # before), "le gérant d'une station …, qui préfère taire son nom, dit perdre"
        # (unnamed, infinitive clause), direct after "Name, qui dirige …, résume :" (final
        # period kept), "a annoncé une surcharge" (noun object, not annotated)
        "Le prix du gazole a dépassé vendredi la barre des 2 euros le litre dans près d'une "
        "station sur cinq, d'après l'Observatoire des prix à la pompe. Un niveau inédit depuis "
        "l'automne 2022.\n\n"
        "À Saint-Brieuc, le gérant d'une station indépendante, qui préfère taire son nom, dit "
        "perdre des clients chaque semaine au profit des grandes surfaces.\n\n"
        "Thierry Le Bihan, qui dirige une entreprise de transport de douze salariés à Lamballe, "
        "résume\u00a0: «\u00a0Un plein de camion, c'est 1\u00a0400 euros aujourd'hui. On ne peut "
        "pas tout répercuter sur nos clients.\u00a0» Le transporteur a tout de même annoncé une "
        "surcharge carburant de 4\u00a0% à ses donneurs d'ordre.",
        [
            (
                I,
                [
                    "Le prix du gazole a dépassé vendredi la barre des 2 euros le litre dans près "
                    "d'une station sur cinq"
                ],
                "Observatoire des prix à la pompe",
            ),
            (
                I,
                ["perdre des clients chaque semaine au profit des grandes surfaces"],
                "gérant",
            ),
            (
                D,
                [
                    "Un plein de camion, c'est 1\u00a0400 euros aujourd'hui. On ne peut pas tout "
                    "répercuter sur nos clients."
                ],
                "Thierry Le Bihan",
            ),
        ],
    ),
    (  # 13 river flood, « » without inner spaces: direct + "témoigne un sapeur-pompier"
        # (unnamed), "Selon le service de prévision des crues," (unnamed body, rest of the
        # sentence), "a réclamé la reconnaissance" (noun object), a quote split by
        # "a-t-il rappelé," (pronoun for "Le maire d'X, Name", one quote two spans, final
        # period kept)
        "La crue de l'Aa a atteint mercredi soir 4,12 mètres à Saint-Omer (Pas-de-Calais), un "
        "niveau inédit depuis 2002. Plus de 1\u00a0800 habitants ont été évacués dans "
        "l'Audomarois.\n\n"
        "«L'eau est montée de quarante centimètres en deux heures, on n'avait jamais vu ça», "
        "témoigne un sapeur-pompier engagé depuis lundi dans les opérations de secours. Selon le "
        "service de prévision des crues, le pic devrait être atteint dans la nuit, avant une "
        "lente décrue à partir de vendredi.\n\n"
        "Le maire d'Arques, Dominique Vasseur, a réclamé la reconnaissance de l'état de "
        "catastrophe naturelle. «Les gens ont tout perdu pour la deuxième fois en trois ans, "
        "a-t-il rappelé, et ils ne comprennent plus ce qu'on attend.»",
        [
            (
                D,
                [
                    "L'eau est montée de quarante centimètres en deux heures, on n'avait jamais "
                    "vu ça"
                ],
                "sapeur-pompier",
            ),
            (
                I,
                [
                    "le pic devrait être atteint dans la nuit, avant une lente décrue à partir de "
                    "vendredi"
                ],
                "service de prévision des crues",
            ),
            (
                D,
                [
                    "Les gens ont tout perdu pour la deuxième fois en trois ans",
                    "et ils ne comprennent plus ce qu'on attend.",
                ],
                "Dominique Vasseur",
            ),
        ],
    ),
    (  # 14 low-cost airline fined over cabin bags: partial in "des pratiques tarifaires
        # qu'elle qualifie de" (the regulator, fullest name), "D'après les enquêteurs,"
        # (unnamed plural, rest of the sentence), "a annoncé un recours" (noun object),
        # two-sentence direct + "a réagi son directeur commercial, Name"
        "La Direction nationale de la protection des consommateurs (DNPC) a infligé mardi une "
        "amende de 3,2 millions d'euros à la compagnie à bas coût FlyNéo, pour des pratiques "
        "tarifaires qu'elle qualifie de «\u00a0trompeuses\u00a0». En cause\u00a0: le supplément "
        "de 39 euros facturé pour un bagage cabine de plus de 40 centimètres.\n\n"
        "D'après les enquêteurs, près de 600\u00a0000 passagers ont payé ce supplément entre 2024 "
        "et 2026 sans en avoir été clairement informés lors de la réservation.\n\n"
        "La compagnie a annoncé un recours. «\u00a0Nos conditions sont affichées à chaque étape "
        "de l'achat. Nous contestons fermement cette lecture\u00a0», a réagi son directeur "
        "commercial, Arnaud Castéran.",
        [
            (P, ["trompeuses"], "Direction nationale de la protection des consommateurs"),
            (
                I,
                [
                    "près de 600\u00a0000 passagers ont payé ce supplément entre 2024 et 2026 "
                    "sans en avoir été clairement informés lors de la réservation"
                ],
                "enquêteurs",
            ),
            (
                D,
                [
                    "Nos conditions sont affichées à chaque étape de l'achat. Nous contestons "
                    "fermement cette lecture"
                ],
                "Arnaud Castéran",
            ),
        ],
    ),
    (  # 15 snowless ski resort: direct + "soupire le directeur de la régie …, Name" (role
        # dropped), "Selon lui," (pronoun, rest of the sentence), "n'annoncent pas de
        # refroidissement" (noun object, not annotated), two-sentence direct + "confie un
        # loueur installé …" (unnamed)
        "Faute de neige, la station pyrénéenne de Val-d'Aspe n'ouvrira pas ses pistes pour les "
        "vacances de Noël, une première depuis sa création en 1971. Le thermomètre affichait "
        "encore 14\u00a0°C mardi à 1\u00a0600 mètres d'altitude.\n\n"
        "«\u00a0On a les canons à neige, mais il faut du froid pour qu'ils fonctionnent\u00a0», "
        "soupire le directeur de la régie des remontées mécaniques, Jean-Marc Lasserre. Selon "
        "lui, chaque semaine de fermeture coûte environ 400\u00a0000 euros au territoire.\n\n"
        "Les prévisionnistes de l'Institut météorologique national n'annoncent pas de "
        "refroidissement durable avant la mi-janvier. Plusieurs loueurs de matériel ont déjà mis "
        "leurs saisonniers au chômage partiel. «\u00a0J'avais embauché quatre jeunes. Je ne sais "
        "pas comment je vais les payer\u00a0», confie un loueur installé au pied des pistes "
        "depuis vingt ans.",
        [
            (
                D,
                ["On a les canons à neige, mais il faut du froid pour qu'ils fonctionnent"],
                "Jean-Marc Lasserre",
            ),
            (
                I,
                ["chaque semaine de fermeture coûte environ 400\u00a0000 euros au territoire"],
                "Jean-Marc Lasserre",
            ),
            (
                D,
                ["J'avais embauché quatre jeunes. Je ne sais pas comment je vais les payer"],
                "loueur",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 train drivers' strike: "defended the decision" (noun object), two-sentence direct
        # + "he told a rally" (pronoun for "Name, general secretary of X,"), partial after "A
        # spokeswoman for the operator said it" (unnamed spokesperson speaks for Pennine
        # Rail), "“A,” said Name, a nurse …. “B.”" (full-stop form: two direct quotes)
        "Commuters across northern England face a third week of disruption after train drivers "
        "at Pennine Rail voted to extend their walkout over changes to rosters.\n\n"
        "Mick Harrowby, general secretary of the Associated Train Drivers' Union, defended the "
        'decision. "Nobody takes a strike lightly. We lose money every day we are out," he told '
        "a rally outside Leeds station on Monday.\n\n"
        "Pennine Rail expects to run only 40% of its services on Wednesday and Thursday. A "
        'spokeswoman for the operator said it "remains open to talks at any time".\n\n'
        '"I\'ve spent £300 on taxis this month," said Priya Natarajan, a nurse who commutes from '
        'Huddersfield. "Someone has to sort this out."',
        [
            (
                D,
                ["Nobody takes a strike lightly. We lose money every day we are out"],
                "Mick Harrowby",
            ),
            (P, ["remains open to talks at any time"], "Pennine Rail"),
            (D, ["I've spent £300 on taxis this month"], "Priya Natarajan"),
            (D, ["Someone has to sort this out."], "Priya Natarajan"),
        ],
    ),
    (  # 2 Spanish cabin crew strike, curly quotes: "…, according to the airport operator
        # Name." (the part before, generic noun dropped), direct + "said Name, a 61-year-old
        # retiree from X", "The German said" (nationality), partial after "Iberosol said in a
        # statement that it" (only the partial)
        "More than 450 flights were cancelled across Spain on Friday as cabin crew at the "
        "low-cost carrier Iberosol began a 48-hour strike over pay, according to the airport "
        "operator Aerored.\n\n"
        "At Palma de Mallorca airport, queues stretched out of the terminal by mid-morning. “We "
        "were told at the gate, after two hours of waiting,” said Gerhard Vogel, a 61-year-old "
        "retiree from Stuttgart. The German said the airline had offered him a seat on Monday's "
        "flight, three days after his holiday was due to end.\n\n"
        "Iberosol said in a statement that it “deeply regrets” the disruption. The strike is the "
        "third at the airline since June.",
        [
            (
                I,
                [
                    "More than 450 flights were cancelled across Spain on Friday as cabin crew at "
                    "the low-cost carrier Iberosol began a 48-hour strike over pay"
                ],
                "Aerored",
            ),
            (D, ["We were told at the gate, after two hours of waiting"], "Gerhard Vogel"),
            (
                I,
                [
                    "the airline had offered him a seat on Monday's flight, three days after his "
                    "holiday was due to end"
                ],
                "Gerhard Vogel",
            ),
            (P, ["deeply regrets"], "Iberosol"),
        ],
    ),
    (  # 3 storm in western Scotland, curly quotes: direct + "said Name, a senior forecaster
        # at X, which has issued …", partial after "Name said engineers were working" (only
        # the partial), direct + "said a shopkeeper who watched …" (unnamed)
        "Storm Hesketh brought gusts of up to 94mph to the west coast of Scotland overnight, "
        "leaving more than 60,000 homes without power and closing several main roads in Argyll "
        "and the Highlands.\n\n"
        "“This is a dangerous storm, and the worst of the wind is still to come for parts of the "
        "Highlands,” said Fiona MacAskill, a senior forecaster at the UK Weather Centre, which "
        "has issued an amber warning until 6pm on Sunday.\n\n"
        "ScotGrid Networks said engineers were working “around the clock” to restore supplies. "
        "In Oban, a fallen tree crushed two parked cars on the seafront. “It came down like a "
        "matchstick,” said a shopkeeper who watched from across the road.",
        [
            (
                D,
                [
                    "This is a dangerous storm, and the worst of the wind is still to come for "
                    "parts of the Highlands"
                ],
                "Fiona MacAskill",
            ),
            (P, ["around the clock"], "ScotGrid Networks"),
            (D, ["It came down like a matchstick"], "shopkeeper"),
        ],
    ),
    (  # 4 Acropolis closed in a heatwave, curly quotes: direct + "said Name, 34, who …", "But
        # she added that" (pronoun, indirect) then a direct after the colon in the same
        # sentence, "ordered a halt" (noun object, not annotated)
        "Greek authorities closed the Acropolis between noon and 5pm on Wednesday as "
        "temperatures in Athens reached 43C, the third such closure this summer.\n\n"
        "“We flew in from Toronto for three days, and we get to see it for an hour,” said Megan "
        "Doyle, 34, who was queueing with her two children at the foot of the hill. But she "
        "added that she understood the decision: “Honestly, I wouldn't want to be up there "
        "now.”\n\n"
        "Labour Minister Eleni Karamanlaki ordered a halt to construction work and food "
        "deliveries on motorbikes between noon and 5pm in the worst-affected regions. "
        "Temperatures are expected to ease only slightly over the weekend.",
        [
            (
                D,
                ["We flew in from Toronto for three days, and we get to see it for an hour"],
                "Megan Doyle",
            ),
            (I, ["she understood the decision"], "Megan Doyle"),
            (D, ["Honestly, I wouldn't want to be up there now."], "Megan Doyle"),
        ],
    ),
    (  # 5 energy price cap: "blamed higher wholesale gas prices" (noun object), partial inside
        # "Its chief executive, Name, said the regulator understood that the rise" (only the
        # partial), "Fuel poverty charity Name said" (indirect, generic noun dropped),
        # two-sentence direct + "said its director, Name"
        "Household energy bills in Great Britain will rise by 7% from January after the "
        "regulator raised its price cap to £1,912 a year for a typical dual-fuel customer.\n\n"
        "The Energy Markets Authority blamed higher wholesale gas prices and the cost of "
        "upgrading the grid. Its chief executive, Martin Ashworth, said the regulator understood "
        "that the rise “will be hard for many households”.\n\n"
        "Fuel poverty charity Warm Homes Now said the increase would push another 300,000 "
        "households into fuel poverty. “People are already choosing between heating and eating. "
        "This decision makes that choice crueller,” said its director, Bronwen Ellis.",
        [
            (P, ["will be hard for many households"], "Martin Ashworth"),
            (
                I,
                ["the increase would push another 300,000 households into fuel poverty"],
                "Warm Homes Now",
            ),
            (
                D,
                [
                    "People are already choosing between heating and eating. This decision makes "
                    "that choice crueller"
                ],
                "Bronwen Ellis",
            ),
        ],
    ),
    (  # 6 SUV airbag recall: the reported clause before ", the National Vehicle Safety Board
        # said on Tuesday." (indirect, the part before), two-sentence direct + "Halvorsen
        # spokesman Name said" (named spokesman), direct + "the mother of two said" (epithet
        # for "Name, whose family drives …")
        "The carmaker Halvorsen Motors is recalling nearly 212,000 SUVs in the United States and "
        "Canada because a wiring fault can stop the passenger airbag from deploying in a crash, "
        "the National Vehicle Safety Board said on Tuesday.\n\n"
        "The recall covers 2024 and 2025 models of the Halvorsen Fjord. “The safety of our "
        "customers comes first. Owners will be contacted by mail and the repair will be done "
        "free of charge,” Halvorsen spokesman Tom Reuter said.\n\n"
        "Dana Whitfield, whose family drives a 2024 Fjord in Columbus, Ohio, has not yet "
        "received a letter. “I've got two kids in that car every day,” the mother of two said.",
        [
            (
                I,
                [
                    "The carmaker Halvorsen Motors is recalling nearly 212,000 SUVs in the United "
                    "States and Canada because a wiring fault can stop the passenger airbag from "
                    "deploying in a crash"
                ],
                "National Vehicle Safety Board",
            ),
            (
                D,
                [
                    "The safety of our customers comes first. Owners will be contacted by mail "
                    "and the repair will be done free of charge"
                ],
                "Tom Reuter",
            ),
            (D, ["I've got two kids in that car every day"], "Dana Whitfield"),
        ],
    ),
    (  # 7 motorway pile-up in fog, curly quotes: "Police said" (unnamed plural), partial
        # inside "Superintendent Name, who led the response, said it was" (title dropped,
        # only the partial), direct + "he said" (pronoun for "One driver, Name, 29,")
        "Seven people were taken to hospital after a collision involving 23 vehicles in thick "
        "fog on the M5 near Taunton early on Saturday.\n\n"
        "Police said the crash happened shortly after 6.30am on the northbound carriageway, "
        "where visibility had dropped to less than 50 metres. Superintendent Karen Holt, who led "
        "the response, said it was “a miracle” that nobody had been killed.\n\n"
        "One driver, Lewis Pratt, 29, braked as soon as he saw hazard lights ahead. “The lorry "
        "behind me didn't,” he said. The motorway remained closed in both directions until "
        "mid-afternoon.",
        [
            (
                I,
                [
                    "the crash happened shortly after 6.30am on the northbound carriageway, where "
                    "visibility had dropped to less than 50 metres"
                ],
                "police",
            ),
            (P, ["a miracle"], "Karen Holt"),
            (D, ["The lorry behind me didn't"], "Lewis Pratt"),
        ],
    ),
    (  # 8 Black Friday delivery failures: partial after "The company blamed a" (the company
        # named before), direct + "chief executive Name wrote on LinkedIn", "Consumer group
        # Name said" (indirect, generic noun dropped)
        "Thousands of customers of the online retailer Brightcart have complained of missing "
        "parcels and cancelled orders after its Black Friday sale, with more than 14,000 "
        "complaints posted on its social media pages in 48 hours.\n\n"
        "The company blamed a “software error at our main distribution centre” near Daventry, "
        "which handles about 60% of its orders. “We got this wrong, and I'm sorry,” chief "
        "executive Olivia Brennan wrote on LinkedIn.\n\n"
        "Consumer group Fair Shopper said customers were entitled to a full refund if their "
        "goods had not arrived within 30 days of the order.",
        [
            (P, ["software error at our main distribution centre"], "Brightcart"),
            (D, ["We got this wrong, and I'm sorry"], "Olivia Brennan"),
            (
                I,
                [
                    "customers were entitled to a full refund if their goods had not arrived "
                    "within 30 days of the order"
                ],
                "Fair Shopper",
            ),
        ],
    ),
    (  # 9 Porto caps cruise passengers: the reported clause before ", the city's mayor, Name,
        # announced on Monday." (indirect, role dropped), a quote split by "Mr Surname said,"
        # (one quote two spans, final period kept), "The X said" (indirect), partial after
        # "Its president, Name, called the cap"
        "Porto will limit the number of cruise passengers allowed to disembark to 8,000 a day "
        "from next April, the city's mayor, Rui Valente Cardoso, announced on Monday.\n\n"
        '"The historic centre is a place where people live, not a theme park," Mr Valente '
        'Cardoso said, "and we intend to keep it that way."\n\n'
        "The Cruise Lines Association of Portugal said the decision had been taken without "
        'consultation. Its president, Sofia Marques, called the cap "a message that Porto '
        "doesn't want visitors\". Some 410 cruise ships called at the port last year.",
        [
            (
                I,
                [
                    "Porto will limit the number of cruise passengers allowed to disembark to "
                    "8,000 a day from next April"
                ],
                "Rui Valente Cardoso",
            ),
            (
                D,
                [
                    "The historic centre is a place where people live, not a theme park",
                    "and we intend to keep it that way.",
                ],
                "Rui Valente Cardoso",
            ),
            (
                I,
                ["the decision had been taken without consultation"],
                "Cruise Lines Association of Portugal",
            ),
            (P, ["a message that Porto doesn't want visitors"], "Sofia Marques"),
        ],
    ),
    (  # 10 no quote: Christmas engineering works on the West Coast line, "announced a £140
        # million upgrade" (noun object, not annotated), replacement buses
        "Engineering works will close the main railway line between London Euston and Milton "
        "Keynes for nine days over Christmas, the longest closure on the route since 2017.\n\n"
        "Replacement buses will run between Milton Keynes and Watford Junction, adding up to an "
        "hour to journeys. Trains to Manchester, Liverpool and Glasgow will start from Milton "
        "Keynes, and some services will be diverted via Northampton.\n\n"
        "Britannia Rail Infrastructure announced a £140 million upgrade of the signalling around "
        "Wembley last year. The work was originally planned for the Easter weekend but was "
        "postponed after objections from operators.",
        [],
    ),
    (  # 11 airline boss warns on fares, curly quotes: "has warned that" (indirect, role
        # dropped), "blamed aircraft manufacturers" (noun object), a quote continued over two
        # paragraphs (one span each, first one's period kept) + "the Irishman said" (epithet),
        # passenger figures (no source, not annotated)
        "The chief executive of Irish low-cost airline Skyhop, Declan Furlong, has warned that "
        "fares will rise by up to 10% next summer because of delays in aircraft deliveries.\n\n"
        "Speaking at a press conference in Dublin on Tuesday, Mr Furlong blamed aircraft "
        "manufacturers for the shortfall. “They keep promising and they keep missing their "
        "dates. We have planes on the ground waiting for engines.\n\n"
        "“Somebody has to pay for that, and it will be the passenger,” the Irishman said.\n\n"
        "Skyhop carried 61 million passengers in the year to September, up 8% on the previous "
        "year.",
        [
            (
                I,
                [
                    "fares will rise by up to 10% next summer because of delays in aircraft "
                    "deliveries"
                ],
                "Declan Furlong",
            ),
            (
                D,
                [
                    "They keep promising and they keep missing their dates. We have planes on the "
                    "ground waiting for engines.",
                    "Somebody has to pay for that, and it will be the passenger",
                ],
                "Declan Furlong",
            ),
        ],
    ),
    (  # 12 flash floods in New South Wales, curly quotes: direct + "said a spokesman for the
        # Regional Emergency Service" (unnamed spokesman speaks for the body), "Forecaster
        # Name, of the X, said" (indirect), two-sentence direct + "the 52-year-old said" (age
        # for "Name, who runs a bakery …")
        "Hundreds of residents of the northern New South Wales town of Kyogle fled their homes "
        "on Thursday night as the Richmond River rose faster than forecast.\n\n"
        "“We've had 180 millimetres in twelve hours, and there's more coming,” said a spokesman "
        "for the Regional Emergency Service. Forecaster Liam O'Rourke, of the Australian Weather "
        "Agency, said the rain band would move south on Friday, bringing heavy falls to the "
        "Clarence Valley.\n\n"
        "Jenny Tran, who runs a bakery on the main street, spent the evening carrying her stock "
        "upstairs. “In 2022 we lost everything. I'm not waiting to see if it happens again,” the "
        "52-year-old said.",
        [
            (
                D,
                ["We've had 180 millimetres in twelve hours, and there's more coming"],
                "Regional Emergency Service",
            ),
            (
                I,
                [
                    "the rain band would move south on Friday, bringing heavy falls to the "
                    "Clarence Valley"
                ],
                "Liam O'Rourke",
            ),
            (
                D,
                ["In 2022 we lost everything. I'm not waiting to see if it happens again"],
                "Jenny Tran",
            ),
        ],
    ),
    (  # 13 Irish electricity price rise, curly quotes: partial inside "the company said the
        # increase reflected" (only the partial), two-sentence direct + "said Name, a consumer
        # advocate with …", partial inside "Energy Minister Name told the Dáil that the
        # government would" (only the partial), "ruled out" (noun object)
        "Eirlectric, Ireland's second-largest energy supplier, will raise its electricity "
        "prices by 12% from February 1, adding about €220 a year to the average household "
        "bill.\n\n"
        "In a letter to customers, the company said the increase reflected “sustained pressure” "
        "on wholesale markets and higher network charges.\n\n"
        "“Switching takes ten minutes online. Loyalty to an energy company costs you money,” "
        "said Aoife Brannigan, a consumer advocate with the campaign group Switch Smart.\n\n"
        "Energy Minister Colm Hegarty told the Dáil that the government would “look at all "
        "options” ahead of the budget, but ruled out a new universal credit on bills.",
        [
            (P, ["sustained pressure"], "Eirlectric"),
            (
                D,
                [
                    "Switching takes ten minutes online. Loyalty to an energy company costs you "
                    "money"
                ],
                "Aoife Brannigan",
            ),
            (P, ["look at all options"], "Colm Hegarty"),
        ],
    ),
    (  # 14 trains stuck in the Channel Tunnel, curly quotes: the reported clause before ",
        # operator Name said." (indirect), "“A,” said Name, a French student …. “B.”"
        # (full-stop form: two direct quotes), "has demanded a full report" (noun object)
        "About 1,100 passengers spent more than five hours stuck on two trains inside the "
        "Channel Tunnel on Sunday evening after an overhead power line failed, operator "
        "Channelink said.\n\n"
        "“There was no air conditioning, no information, and the toilets stopped working after "
        "two hours,” said Amélie Fournier, a French student travelling back to Lille. “People "
        "were very calm, to be honest. Much calmer than me.”\n\n"
        "Channelink has apologised and promised full refunds. Transport Secretary Helen Okafor "
        "has demanded a full report from the operator by the end of the week.",
        [
            (
                I,
                [
                    "About 1,100 passengers spent more than five hours stuck on two trains inside "
                    "the Channel Tunnel on Sunday evening after an overhead power line failed"
                ],
                "Channelink",
            ),
            (
                D,
                [
                    "There was no air conditioning, no information, and the toilets stopped "
                    "working after two hours"
                ],
                "Amélie Fournier",
            ),
            (
                D,
                ["People were very calm, to be honest. Much calmer than me."],
                "Amélie Fournier",
            ),
        ],
    ),
    (  # 15 kettle recall: "Its deputy chair, Name, told reporters" (no "that", indirect),
        # partial inside "managing director Name said the company was" (only the partial),
        # direct + "she said in a video" (pronoun)
        "Kitchen appliance maker Brennox has recalled 48,000 electric kettles sold in Australia "
        "and New Zealand after reports that the base can overheat and melt.\n\n"
        "The Consumer Safety Commission has received 37 reports of overheating, including two "
        "small kitchen fires. Its deputy chair, Raj Mehta, told reporters consumers should stop "
        "using the kettles immediately and return them to the shop.\n\n"
        "Brennox managing director Karen Lui said the company was “mortified”. “We have let our "
        "customers down, and we will make it right,” she said in a video posted on the company's "
        "website.",
        [
            (
                I,
                ["consumers should stop using the kettles immediately and return them to the shop"],
                "Raj Mehta",
            ),
            (P, ["mortified"], "Karen Lui"),
            (D, ["We have let our customers down, and we will make it right"], "Karen Lui"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout135.jsonl"),
        "heldout135",
        "h135",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
