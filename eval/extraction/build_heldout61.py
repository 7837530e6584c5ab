"""Source of the sixty-first held-out set: writes heldout61.jsonl (split "heldout61").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
francophone and anglophone press from outside France, the UK and the US: Belgian, Swiss, Quebec,
Senegalese, Ivorian, Moroccan and Cameroonian dailies in French (ministers of state, « l'honorable »
deputies, El Hadj, bourgmestres, a mairesse, a court report in dialogue dashes) and Indian,
Nigerian, South African, Kenyan and Australian papers in English (Shri, Smt., Chief, Alhaji, Hon.,
Dr., police and union spokesmen, "said he", "he stated", "added").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout61.py
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
    (  # 1 Brussels budget (Le Soir-like): no-break spaces, role + name in the sentence before the
        # quote, "a-t-il déclaré", "Pour X, « … »" direct, "Van" particle, union "a fait savoir
        # qu'elle" indirect, noun-object "a déposé"
        "Le gouvernement de la Région de Bruxelles-Capitale a présenté mercredi au Parlement "
        "régional un budget d'assainissement qui prévoit 640\u00a0millions d'euros d'économies "
        "d'ici 2029, soit l'effort le plus important depuis la création de la Région.\n\n"
        "Le ministre-président, Laurent Dewaele, a longuement défendu sa copie devant des bancs de "
        "l'opposition clairsemés. «\u00a0Nous avons hérité d'une dette qui double tous les dix "
        "ans. Si nous ne faisons rien aujourd'hui, ce sont les Bruxellois qui paieront demain, et "
        "ils paieront le prix fort\u00a0», a-t-il déclaré, sous les applaudissements de la "
        "majorité.\n\n"
        "Parmi les mesures les plus contestées figurent la hausse de 20\u00a0% de l'abonnement "
        "annuel aux transports en commun et le gel des subsides aux associations de quartier. Pour "
        "la cheffe de file de l'opposition, Nathalie Van Cauwenberghe, «\u00a0c'est une taxe sur "
        "ceux qui n'ont pas de voiture et sur ceux qui font tenir les quartiers\u00a0». Son groupe "
        "a déposé une quarantaine d'amendements.\n\n"
        "De son côté, l'Union syndicale bruxelloise (USB) a fait savoir qu'elle organiserait une "
        "journée d'action le 12\u00a0décembre, avec un rassemblement devant le siège du "
        "gouvernement, place des Martyrs-Réunis.\n\n"
        "Le budget doit être voté avant le 20\u00a0décembre.",
        [
            (
                D,
                [
                    "Nous avons hérité d'une dette qui double tous les dix ans. Si nous ne faisons "
                    "rien aujourd'hui, ce sont les Bruxellois qui paieront demain, et ils paieront "
                    "le prix fort"
                ],
                "Laurent Dewaele",
            ),
            (
                D,
                [
                    "c'est une taxe sur ceux qui n'ont pas de voiture et sur ceux qui font tenir "
                    "les quartiers"
                ],
                "Nathalie Van Cauwenberghe",
            ),
            (
                I,
                [
                    "elle organiserait une journée d'action le 12\u00a0décembre, avec un "
                    "rassemblement devant le siège du gouvernement, place des Martyrs-Réunis"
                ],
                "Union syndicale bruxelloise",
            ),
        ],
    ),
    (  # 2 Swiss road-tunnel vote (Le Temps-like): narrow no-break spaces, "a-t-il réagi",
        # referendum committee's name in « » not speech, partial inside "estime que", "Selon elle,
        # …" indirect
        "Les électeurs du canton ont dit non, dimanche, au tunnel routier de Bellerive-sur-Lac. Le "
        "projet, devisé à 1,2\u202fmilliard de francs, a été rejeté par 54,3\u202f% des votants, "
        "avec une participation de 47\u202f%. Seules trois communes de la rive nord l'ont "
        "accepté.\n\n"
        "Le conseiller d'État chargé des infrastructures, Pierre-Alain Rochat, n'a pas caché sa "
        "déception. «\u202fLe peuple a tranché, et je respecte ce choix. Mais les bouchons, eux, "
        "ne disparaîtront pas avec le bulletin de dimanche\u202f», a-t-il réagi devant la presse, "
        "à l'Hôtel de Ville.\n\n"
        "Au comité référendaire «\u202fPour un lac sans béton\u202f», on savourait la victoire "
        "dans une brasserie de la vieille ville. Sa coprésidente, Corinne Aebischer, estime que le "
        "résultat constitue «\u202fun signal clair contre le tout-voiture\u202f». Selon elle, "
        "l'argent doit désormais aller au rail régional, aux bus à haut niveau de service et aux "
        "pistes cyclables.\n\n"
        "La Chambre de commerce de Bellerive, qui avait financé une partie de la campagne du oui, "
        "n'a pas souhaité s'exprimer. Le Conseil d'État doit présenter un plan de mobilité de "
        "remplacement d'ici à l'été.",
        [
            (
                D,
                [
                    "Le peuple a tranché, et je respecte ce choix. Mais les bouchons, eux, ne "
                    "disparaîtront pas avec le bulletin de dimanche"
                ],
                "Pierre-Alain Rochat",
            ),
            (P, ["un signal clair contre le tout-voiture"], "Corinne Aebischer"),
            (
                I,
                [
                    "l'argent doit désormais aller au rail régional, aux bus à haut niveau de "
                    "service et aux pistes cyclables"
                ],
                "Corinne Aebischer",
            ),
        ],
    ),
    (  # 3 Quebec emergency room (La Presse-like): no-break spaces, "a laissé tomber la Dre X"
        # after, role then "Elle estime que … et que" in the next paragraph, minister's noun-object
        # "a promis", noun-object "dénonce"
        "Les patients qui se présentent aux urgences de l'hôpital régional de Val-Brûlé ont "
        "attendu en moyenne 19\u00a0heures sur une civière en octobre, un sommet depuis la "
        "pandémie. Dans certains cas, l'attente a dépassé les 60\u00a0heures.\n\n"
        "«\u00a0On soigne des gens dans les corridors, à côté des toilettes. Ce n'est plus de la "
        "médecine, c'est de la gestion de crise permanente\u00a0», a laissé tomber la Dre Isabelle "
        "Thériault, urgentologue à Val-Brûlé depuis quinze ans, en entrevue avec La Presse.\n\n"
        "L'urgentologue, qui a signé avec une centaine de collègues une lettre ouverte publiée la "
        "semaine dernière, ne croit plus aux solutions temporaires. Elle estime qu'il manque au "
        "moins 14\u00a0infirmières pour faire fonctionner le service normalement et que la "
        "situation empirera avec la saison grippale.\n\n"
        "Interrogé mercredi à l'Assemblée nationale, le ministre de la Santé, Mathieu "
        "Gagnon-Lapointe, a promis l'ouverture de 30\u00a0lits supplémentaires d'ici le printemps "
        "et un recours accru aux infirmières praticiennes. Le syndicat local dénonce une promesse "
        "déjà faite il y a deux ans.",
        [
            (
                D,
                [
                    "On soigne des gens dans les corridors, à côté des toilettes. Ce n'est plus de "
                    "la médecine, c'est de la gestion de crise permanente"
                ],
                "Isabelle Thériault",
            ),
            (
                I,
                [
                    "il manque au moins 14\u00a0infirmières pour faire fonctionner le service "
                    "normalement et que la situation empirera avec la saison grippale"
                ],
                "Isabelle Thériault",
            ),
        ],
    ),
    (  # 4 Senegalese fishermen (Dakar daily): « » without spaces, strike name in « » not speech, "a
        # déploré El Hadj X, président de …" after, "le ministre d'État" with noun-object "a
        # promis", "D'après la Direction …" indirect
        "Les pêcheurs artisanaux de Ndiakhaté-Plage ont observé mardi une journée «pirogues à "
        "quai» pour dénoncer la présence de chalutiers étrangers dans la zone des six milles "
        "réservée à la pêche artisanale. Plus de 400 pirogues sont restées sur la plage.\n\n"
        "«Nous sortons à 3 heures du matin et nous rentrons avec des caisses vides. Les gros "
        "bateaux ont tout pris, même les petits poissons que nous laissons grandir», a déploré El "
        "Hadj Mamadou Ndiaye Sarr, président de l'Union des pêcheurs de Ndiakhaté. Le vieux "
        "pêcheur a connu les grandes campagnes de sardinelles des années 1980, quand les pirogues "
        "rentraient pleines.\n\n"
        "Reçu dans l'après-midi par une délégation de pêcheurs, le ministre d'État, ministre des "
        "Pêches et de l'Économie maritime, Abdoulaye Diop-Kane, a promis un renforcement des "
        "patrouilles en mer et un audit des licences de pêche accordées depuis 2022.\n\n"
        "D'après la Direction de la surveillance des pêches, 14 navires ont été arraisonnés depuis "
        "le début de l'année, dont neuf battant pavillon étranger. Les amendes infligées dépassent "
        "2 milliards de francs CFA.",
        [
            (
                D,
                [
                    "Nous sortons à 3 heures du matin et nous rentrons avec des caisses vides. Les "
                    "gros bateaux ont tout pris, même les petits poissons que nous laissons "
                    "grandir"
                ],
                "Mamadou Ndiaye Sarr",
            ),
            (
                I,
                [
                    "14 navires ont été arraisonnés depuis le début de l'année, dont neuf battant "
                    "pavillon étranger"
                ],
                "Direction de la surveillance des pêches",
            ),
        ],
    ),
    (  # 5 Ivorian cocoa price (Abidjan daily): plain spaces, indirect before ", a annoncé le
        # ministre d'État, …, X", partial after "Pour X, la hausse reste", question ending in "?"
        # then "s'interroge-t-il"
        "Le prix bord champ du cacao passera de 2 200 à 2 400 francs CFA le kilogramme pour la "
        "campagne intermédiaire, a annoncé lundi le ministre d'État, ministre de l'Agriculture et "
        "du Développement rural, Kouassi Bernard N'Guessan, à l'issue du Conseil des ministres. La "
        "mesure entre en vigueur le 1er avril.\n\n"
        "Dans les coopératives de la région du Haut-Bandama-Est, l'annonce a été accueillie avec "
        "prudence. Pour Yao Konan Mathurin, secrétaire général de la Coopérative agricole Espoir "
        "de Bonikro, la hausse reste « insuffisante au regard des cours mondiaux ».\n\n"
        "« Le planteur vend à 2 400 francs, mais sur les marchés internationaux la tonne dépasse "
        "les 7 000 dollars. Où va la différence ? » s'interroge-t-il, entouré de producteurs venus "
        "livrer leurs fèves au magasin de la coopérative.\n\n"
        "Le gouvernement met en avant les investissements réalisés ces dernières années dans les "
        "pistes rurales, les écoles et les centres de santé des zones cacaoyères. Les "
        "exportateurs, eux, attendent la publication du barème définitif des frais de "
        "commercialisation.",
        [
            (
                I,
                [
                    "Le prix bord champ du cacao passera de 2 200 à 2 400 francs CFA le kilogramme "
                    "pour la campagne intermédiaire"
                ],
                "Kouassi Bernard N'Guessan",
            ),
            (P, ["insuffisante au regard des cours mondiaux"], "Yao Konan Mathurin"),
            (
                D,
                [
                    "Le planteur vend à 2 400 francs, mais sur les marchés internationaux la tonne "
                    "dépasse les 7 000 dollars. Où va la différence ?"
                ],
                "Yao Konan Mathurin",
            ),
        ],
    ),
    (  # 6 Moroccan water cuts (Casablanca daily): no-break spaces, indirect before ", a indiqué
        # jeudi la Régie … (RIETN)", "son directeur général, X" after, wali's noun-object "a appelé
        # … à un usage", first-name-only resident with "soupire"
        "Les habitants de plusieurs quartiers d'Aït Bouzid seront privés d'eau courante chaque "
        "nuit, de 22\u00a0heures à 6\u00a0heures, à partir de lundi, a indiqué jeudi la Régie "
        "intercommunale des eaux du Tafraout-Nord (RIETN). La sécheresse entre dans sa septième "
        "année et le barrage Oued Lmellah, qui alimente l'agglomération, n'est plus rempli qu'à "
        "11\u00a0%.\n\n"
        "«\u00a0Nous ne coupons pas l'eau par plaisir. Chaque mètre cube économisé aujourd'hui, "
        "c'est un robinet qui coulera encore en août\u00a0», a expliqué son directeur général, "
        "Hicham Benjelloun-Alaoui, lors d'une conférence de presse au siège de la wilaya.\n\n"
        "Le wali de la région, Mohammed Amine Tazi, a pour sa part appelé les agriculteurs à un "
        "usage responsable des puits, dont beaucoup ont été forés sans autorisation ces dernières "
        "années.\n\n"
        "Dans le quartier Hay Al Wifaq, les familles s'organisent déjà. «\u00a0On remplit des "
        "bidons le soir, comme au village. On n'aurait jamais cru revivre ça en ville\u00a0», "
        "soupire Fatima-Zahra, mère de trois enfants, devant une fontaine publique prise "
        "d'assaut.\n\n"
        "Une station de dessalement est en construction sur la côte. Elle ne devrait pas entrer en "
        "service avant 2028.",
        [
            (
                I,
                [
                    "Les habitants de plusieurs quartiers d'Aït Bouzid seront privés d'eau "
                    "courante chaque nuit, de 22\u00a0heures à 6\u00a0heures, à partir de lundi"
                ],
                "Régie intercommunale des eaux du Tafraout-Nord",
            ),
            (
                D,
                [
                    "Nous ne coupons pas l'eau par plaisir. Chaque mètre cube économisé "
                    "aujourd'hui, c'est un robinet qui coulera encore en août"
                ],
                "Hicham Benjelloun-Alaoui",
            ),
            (
                D,
                [
                    "On remplit des bidons le soir, comme au village. On n'aurait jamais cru "
                    "revivre ça en ville"
                ],
                "Fatima-Zahra",
            ),
        ],
    ),
    (  # 7 Cameroonian finance bill (Yaoundé daily): plain spaces, "L'honorable X, député de …, a
        # dénoncé « … »" partial, his direct quote with "a-t-il lancé", minister with a long role
        # then a quote after "est resté imperturbable." and "a-t-il martelé"
        "L'examen du projet de loi de finances pour l'exercice 2027 a donné lieu mardi à de vifs "
        "échanges entre le gouvernement et les députés de l'opposition, au sein de la commission "
        "des finances et du budget de l'Assemblée nationale.\n\n"
        "Au centre des débats : la hausse de 15 % des droits d'accises sur les boissons gazeuses "
        "et la bière. L'honorable Jean-Bosco Mbarga Owona, député du Nyong-Supérieur, a dénoncé « "
        "un impôt sur la pauvreté, ni plus ni moins ».\n\n"
        "« Le petit commerçant de Mokolo-Nord qui vend la bière au quartier va fermer boutique. Et "
        "qui le remplacera ? Le contrebandier », a-t-il lancé, déclenchant des applaudissements "
        "sur les bancs de son groupe parlementaire.\n\n"
        "Le ministre délégué auprès du ministre des Finances, chargé du Budget, Emmanuel Ngono "
        "Essomba, est resté imperturbable. « Ce n'est pas une punition. Chaque franc collecté au "
        "titre de cette taxe ira aux centres de santé de district, et les populations le verront "
        "», a-t-il martelé.\n\n"
        "Le texte doit être examiné en séance plénière la semaine prochaine. La session budgétaire "
        "s'achève le 10 décembre.",
        [
            (P, ["un impôt sur la pauvreté, ni plus ni moins"], "Jean-Bosco Mbarga Owona"),
            (
                D,
                [
                    "Le petit commerçant de Mokolo-Nord qui vend la bière au quartier va fermer "
                    "boutique. Et qui le remplacera ? Le contrebandier"
                ],
                "Jean-Bosco Mbarga Owona",
            ),
            (
                D,
                [
                    "Ce n'est pas une punition. Chaque franc collecté au titre de cette taxe ira "
                    "aux centres de santé de district, et les populations le verront"
                ],
                "Emmanuel Ngono Essomba",
            ),
        ],
    ),
    (  # 8 Belgian wind farm (Walloon regional daily): straight " " marks, "a résumé le bourgmestre,
        # X", échevine's noun-object "a rappelé la proximité", partial for the company's unnamed
        # spokesman after "s'est dit", committee name in marks
        "Le conseil communal de Fontenoy-lez-Marbais a rendu lundi soir un avis défavorable au "
        "projet de parc de cinq éoliennes porté par la société Ventelia sur le plateau du "
        "Bois-Haut. Le vote, acquis à l'unanimité, n'a qu'une valeur consultative : la décision "
        "finale appartient à la Région wallonne.\n\n"
        "\"Nous ne sommes pas contre l'éolien. Nous sommes contre l'éolien n'importe où et "
        "n'importe comment\", a résumé le bourgmestre, Jean-Marie Lambotte, devant une soixantaine "
        "d'habitants venus assister à la séance.\n\n"
        "L'échevine de l'Environnement, Sophie Delvaux-Hennaut, a rappelé la proximité des "
        "premières habitations, situées à moins de 600 mètres des futurs mâts, ainsi que la "
        "présence d'un couple de milans royaux sur le plateau.\n\n"
        'Contacté par nos soins, le porte-parole de Ventelia s\'est dit "surpris" par la position '
        "de la commune. Le projet a pourtant été modifié à trois reprises depuis 2024, notamment "
        "pour éloigner deux mâts du village.\n\n"
        'Le comité "Bois-Haut sans mâts" a déjà recueilli plus de 1 200 signatures. La Région '
        "devrait trancher au printemps.",
        [
            (
                D,
                [
                    "Nous ne sommes pas contre l'éolien. Nous sommes contre l'éolien n'importe où "
                    "et n'importe comment"
                ],
                "Jean-Marie Lambotte",
            ),
            (P, ["surpris"], "Ventelia"),
        ],
    ),
    (  # 9 Swiss bank job cuts (Le Temps-like): « » without spaces, "a expliqué mercredi son
        # directeur général, X" after, "Sa secrétaire générale, X, parle d'un «…»" partial, generic
        # noun before the union's name, noun-object "exige"
        "La Banque Favre & Lüthi va supprimer 320 postes d'ici à fin 2027, soit près d'un emploi "
        "sur huit. L'établissement, qui emploie 2600 personnes dont les deux tiers à son siège de "
        "Plainpalais-les-Bains, invoque la baisse des marges et le coût croissant de la "
        "réglementation.\n\n"
        "«Nous devons adapter notre structure à un marché qui a profondément changé. Ces décisions "
        "ne sont pas prises à la légère, et nous accompagnerons chaque collaborateur concerné», a "
        "expliqué mercredi son directeur général, Thomas Keller-Rappaz, lors d'une conférence "
        "téléphonique avec les analystes. La moitié des suppressions devrait passer par des "
        "départs naturels et des retraites anticipées.\n\n"
        "Le syndicat Employés de banque romands a réagi dans la foulée. Sa secrétaire générale, "
        "Laure Zbinden, parle d'un «coup de massue» pour des employés qui ont porté la banque "
        "pendant les années de taux négatifs. Le syndicat exige l'ouverture immédiate de "
        "négociations sur un plan social.\n\n"
        "À la Bourse, l'action Favre & Lüthi a pourtant gagné 4,2% dans la journée.",
        [
            (
                D,
                [
                    "Nous devons adapter notre structure à un marché qui a profondément changé. "
                    "Ces décisions ne sont pas prises à la légère, et nous accompagnerons chaque "
                    "collaborateur concerné"
                ],
                "Thomas Keller-Rappaz",
            ),
            (P, ["coup de massue"], "Laure Zbinden"),
        ],
    ),
    (  # 10 Quebec teachers' strike (La Presse-like): no-break spaces, quote over two paragraphs
        # (one span each) with "a-t-elle lancé", partial inside "Elle a assuré que", "Selon le
        # Comité de parents …" indirect
        "Les quelque 9\u00a0000 enseignants de la Haute-Kaskawan seront en grève générale "
        "illimitée à compter de lundi, faute d'entente avec Québec sur la taille des classes et "
        "l'aide aux élèves en difficulté.\n\n"
        "La présidente de la Fédération enseignante de la Kaskawan (FEK), Geneviève "
        "Ouellet-Bourque, a annoncé la nouvelle devant quelque 2\u00a0000 membres réunis dimanche "
        "à l'aréna de Saint-Aimé-des-Monts. «\u00a0On nous demande depuis dix ans de faire plus "
        "avec moins. Plus d'élèves en difficulté, plus de classes à 30, moins de ressources.\n\n"
        "«\u00a0Aujourd'hui, on dit non. Pas pour nous\u00a0: pour les élèves\u00a0», a-t-elle "
        "lancé sous une longue ovation.\n\n"
        "La ministre de l'Éducation, Chantal Dubé-Morin, a regretté la décision du syndicat. Elle "
        "a assuré que sa dernière offre, déposée vendredi, répondait à «\u00a0l'essentiel\u00a0» "
        "des demandes syndicales.\n\n"
        "Les parents, eux, s'organisent tant bien que mal. Selon le Comité de parents de la "
        "Kaskawan, plus de 40\u00a0000 élèves seront privés de cours dès lundi, dont 3\u00a0000 "
        "qui ont des besoins particuliers.",
        [
            (
                D,
                [
                    "On nous demande depuis dix ans de faire plus avec moins. Plus d'élèves en "
                    "difficulté, plus de classes à 30, moins de ressources.",
                    "Aujourd'hui, on dit non. Pas pour nous\u00a0: pour les élèves",
                ],
                "Geneviève Ouellet-Bourque",
            ),
            (P, ["l'essentiel"], "Chantal Dubé-Morin"),
            (
                I,
                [
                    "plus de 40\u00a0000 élèves seront privés de cours dès lundi, dont 3\u00a0000 "
                    "qui ont des besoins particuliers"
                ],
                "Comité de parents de la Kaskawan",
            ),
        ],
    ),
    (  # 11 Senegalese football (Dakar sports pages): no-break spaces, quote after "il était
        # catégorique :" with no speech verb, partial inside "a reconnu que", banner in « » not
        # speech, "El Hadji X … a assuré que" indirect, noun-object "a présenté ses excuses"
        "L'Union sportive de Keur Madiop n'ira pas plus loin en Coupe ouest-africaine des clubs. "
        "Battus 2-0 dimanche au match retour des quarts de finale par le Djoliba AC de Kalakan, "
        "après un nul vierge à l'aller, les Verts ont été dominés de bout en bout.\n\n"
        "Au coup de sifflet final, l'entraîneur Pape Moussa Thiaw est resté longtemps assis sur "
        "son banc, le regard dans le vide. Devant la presse, il était catégorique\u00a0: "
        "«\u00a0Nous avons perdu ce match dans les vingt premières minutes. On n'a pas joué, on a "
        "subi.\u00a0»\n\n"
        "Le technicien a reconnu que son équipe avait «\u00a0manqué de maturité\u00a0» dans les "
        "moments clés, notamment sur le penalty concédé à la 12e\u00a0minute.\n\n"
        "Dans les tribunes, une banderole «\u00a0Keur Madiop debout\u00a0» est restée déployée "
        "jusqu'à la fin de la rencontre. Le président du club, El Hadji Ibrahima Guèye, a assuré "
        "que l'entraîneur resterait en poste jusqu'à la fin de la saison. Une partie des "
        "supporters réclame pourtant son départ.\n\n"
        "Le capitaine, Cheikh Tidiane Faye, a présenté ses excuses au public. Le club retrouvera "
        "le championnat national dès samedi.",
        [
            (
                D,
                [
                    "Nous avons perdu ce match dans les vingt premières minutes. On n'a pas joué, "
                    "on a subi."
                ],
                "Pape Moussa Thiaw",
            ),
            (P, ["manqué de maturité"], "Pape Moussa Thiaw"),
            (I, ["l'entraîneur resterait en poste jusqu'à la fin de la saison"], "Ibrahima Guèye"),
        ],
    ),
    (  # 12 Ivorian corruption trial (Abidjan court report): dialogue dashes (first line attributed
        # by the sentence before, "a fait remarquer le président du tribunal, X", unattributed
        # reply), "Le parquet estime que" indirect, noun-object "a requis"
        "Le procès de quatre anciens responsables de la mairie de Yamoré-Sud, poursuivis pour le "
        "détournement présumé de 1,3 milliard de francs CFA, s'est ouvert lundi devant le tribunal "
        "de première instance de Yamoré. Premier à comparaître, l'ancien secrétaire général de la "
        "mairie, Koffi Amani Séraphin, a nié en bloc.\n\n"
        "— Ces marchés ont été attribués dans les règles. J'ai signé ce qu'on m'a présenté, rien "
        "de plus.\n"
        "— Vous avez signé 47 bons de commande en une seule journée, le 28 décembre, a fait "
        "remarquer le président du tribunal, Souleymane Koné-Diabaté.\n"
        "— C'était la fin de l'exercice budgétaire, monsieur le président. Tout le monde signe en "
        "décembre.\n\n"
        "Le parquet estime que les fonds ont servi à l'achat de trois villas et de plusieurs "
        "véhicules de luxe, enregistrés au nom de proches des prévenus. Il a requis dix ans "
        "d'emprisonnement ferme contre l'ancien secrétaire général.\n\n"
        "Une centaine d'habitants de Yamoré-Sud avaient fait le déplacement. Le procès reprend "
        "mercredi avec l'audition de l'ancien maire, Ehouman Kouadio Pascal.",
        [
            (
                D,
                [
                    "Ces marchés ont été attribués dans les règles. J'ai signé ce qu'on m'a "
                    "présenté, rien de plus."
                ],
                "Koffi Amani Séraphin",
            ),
            (
                D,
                ["Vous avez signé 47 bons de commande en une seule journée, le 28 décembre"],
                "Souleymane Koné-Diabaté",
            ),
            (
                D,
                [
                    "C'était la fin de l'exercice budgétaire, monsieur le président. Tout le monde "
                    "signe en décembre."
                ],
                "Koffi Amani Séraphin",
            ),
            (
                I,
                [
                    "les fonds ont servi à l'achat de trois villas et de plusieurs véhicules de "
                    "luxe, enregistrés au nom de proches des prévenus"
                ],
                "parquet",
            ),
        ],
    ),
    (  # 13 Moroccan school reform (Rabat weekly): French copy with “ ”, programme name in marks not
        # speech, "a-t-il affirmé" after, "D'après le ministre, …" indirect, partial inside "juge
        # que", noun-object "promet"
        "Le ministère de l'Éducation nationale a donné lundi le coup d'envoi de la deuxième phase "
        "des “établissements Tamayuz”, un programme qui mise sur le tutorat, les effectifs réduits "
        "et le suivi individuel des élèves en difficulté.\n\n"
        "Devant les directeurs des académies régionales réunis à Tiznoula, le ministre, Rachid El "
        "Ouazzani, a longuement défendu la réforme. “Notre objectif est simple : qu'un enfant d'un "
        "douar de montagne ait les mêmes chances qu'un enfant de la capitale”, a-t-il affirmé. "
        "D'après le ministre, 2 600 établissements rejoindront le programme à la rentrée "
        "prochaine, contre 620 cette année.\n\n"
        "Les syndicats d'enseignants restent sceptiques. Abdelhak Bennani, secrétaire général de "
        "l'Union nationale de l'enseignement public (UNEP), juge que la réforme a été pensée “dans "
        "les bureaux du ministère, pas dans les classes”. Dans la seule province de Tiznoula, 140 "
        "écoles rurales n'ont toujours ni eau courante ni sanitaires.\n\n"
        "Le ministère promet une enveloppe de 3,1 milliards de dirhams sur trois ans.",
        [
            (
                D,
                [
                    "Notre objectif est simple : qu'un enfant d'un douar de montagne ait les mêmes "
                    "chances qu'un enfant de la capitale"
                ],
                "Rachid El Ouazzani",
            ),
            (
                I,
                [
                    "2 600 établissements rejoindront le programme à la rentrée prochaine, contre "
                    "620 cette année"
                ],
                "Rachid El Ouazzani",
            ),
            (P, ["dans les bureaux du ministère, pas dans les classes"], "Abdelhak Bennani"),
        ],
    ),
    (  # 14 Cameroonian floods (Douala daily): narrow no-break spaces, "…, selon la protection
        # civile." indirect (part before), incise "raconte X, commerçante, …" ending its sentence
        # inside « » (one quote, two pieces), official's noun-object "a imputé" and "annoncé des
        # démolitions"
        "Au moins sept personnes ont perdu la vie dans les inondations qui ont frappé Kombé-Lagune "
        "dans la nuit de samedi à dimanche, selon la protection civile. Plusieurs centaines de "
        "familles ont été sinistrées dans les quartiers bas de la ville, construits pour la "
        "plupart sur d'anciens marécages.\n\n"
        "À Makéa-Bas, l'eau est montée jusqu'à 1,5\u202fmètre en moins de deux heures. «\u202fNous "
        "avons tout perdu, raconte Brigitte Ngo Bassong, commerçante, en montrant sa maison "
        "éventrée. Les matelas, les cahiers des enfants, la marchandise du marché. "
        "Tout.\u202f»\n\n"
        "Le délégué du gouvernement auprès de la communauté urbaine, Samuel Ekotto Priso, s'est "
        "rendu sur les lieux dimanche matin. Il a imputé la catastrophe à l'occupation anarchique "
        "des zones inondables et annoncé des démolitions dès le mois de janvier.\n\n"
        "Les associations de riverains, elles, réclament des solutions de relogement avant toute "
        "destruction. Un centre d'accueil provisoire a été ouvert dans une école du quartier "
        "Nkolmintag.",
        [
            (
                I,
                [
                    "Au moins sept personnes ont perdu la vie dans les inondations qui ont frappé "
                    "Kombé-Lagune dans la nuit de samedi à dimanche"
                ],
                "protection civile",
            ),
            (
                D,
                [
                    "Nous avons tout perdu",
                    "Les matelas, les cahiers des enfants, la marchandise du marché. Tout.",
                ],
                "Brigitte Ngo Bassong",
            ),
        ],
    ),
    (  # 15 Quebec snow removal (Montreal-style city hall copy): no-break spaces, "a-t-elle soutenu"
        # for the mairesse named in the paragraph before, "Selon le directeur …, X, …" indirect,
        # opposition leader's noun-object "a réclamé un débat"
        "La mairesse de Lac-Brûlant, Josée Pelletier-Roy, a défendu mercredi son nouveau plan de "
        "déneigement, qui prévoit de retarder de 12\u00a0heures le début des opérations de "
        "chargement dans les rues résidentielles après une tempête.\n\n"
        "«\u00a0Déneiger une petite rue résidentielle à 3\u00a0h du matin, avec quatre souffleuses "
        "et six camions, ça coûte une fortune. Les citoyens ne verront presque pas la "
        "différence\u00a0», a-t-elle soutenu en conférence de presse à l'hôtel de ville.\n\n"
        "Selon le directeur du Service des travaux publics, Marc-André Gosselin, la mesure "
        "permettra d'économiser 6,4\u00a0millions de dollars par hiver, soit près du dixième du "
        "budget de déneigement. Les artères principales, les abords des écoles et les circuits "
        "d'autobus resteront prioritaires.\n\n"
        "L'opposition n'est pas convaincue. Le chef d'Avenir Lac-Brûlant, Kevin Tremblay-Nadeau, a "
        "réclamé un débat public au prochain conseil municipal. En février dernier, une aînée "
        "avait été heurtée par une déneigeuse dans une rue du quartier Vieux-Moulin, un accident "
        "qui avait ému toute la ville.",
        [
            (
                D,
                [
                    "Déneiger une petite rue résidentielle à 3\u00a0h du matin, avec quatre "
                    "souffleuses et six camions, ça coûte une fortune. Les citoyens ne verront "
                    "presque pas la différence"
                ],
                "Josée Pelletier-Roy",
            ),
            (
                I,
                [
                    "la mesure permettra d'économiser 6,4\u00a0millions de dollars par hiver, soit "
                    "près du dixième du budget de déneigement"
                ],
                "Marc-André Gosselin",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Indian metro project (Chennai/Hyderabad daily): indirect before ", Chief Minister Shri X
        # said on Thursday", '"…," said he' for the role, partial after "termed the announcement",
        # "Dr." opposition leader
        "The State government will complete the second phase of the Varunapuri Metro Rail project "
        "by March 2028, Chief Minister Shri K. Raghavendra Rao said on Thursday.\n\n"
        "Laying the foundation stone for the 14-km elevated corridor between Kothapet Junction and "
        "the new bus terminus at Ramanagar, the Chief Minister was greeted by a large crowd of "
        "party workers and residents. The corridor, estimated to cost Rs 6,840 crore, will have 12 "
        "stations and is expected to carry 2.1 lakh passengers a day.\n\n"
        "“Our commuters have waited long enough. There will be no more delays, no more excuses and "
        "no more cost overruns,” said he, to loud applause.\n\n"
        "Leader of the Opposition Dr. S. Meenakshi Sundaram termed the announcement “an election "
        "gimmick”. The first phase of the metro, sanctioned in 2017, was completed four years "
        "behind schedule and at nearly double its original cost.\n\n"
        "Land acquisition for 11 of the 12 stations has been completed.",
        [
            (
                I,
                [
                    "The State government will complete the second phase of the Varunapuri Metro "
                    "Rail project by March 2028"
                ],
                "K. Raghavendra Rao",
            ),
            (
                D,
                [
                    "Our commuters have waited long enough. There will be no more delays, no more "
                    "excuses and no more cost overruns"
                ],
                "K. Raghavendra Rao",
            ),
            (P, ["an election gimmick"], "S. Meenakshi Sundaram"),
        ],
    ),
    (  # 2 Indian district floods: "District Collector Smt. X stated that … and that" indirect,
        # '"A," she told reporters …. "B."' (two quotes), noun-object "has forecast"
        "Over 12,000 people have been moved to relief camps in Kondapalli district after the "
        "Swarnamukhi river breached its banks following three days of incessant rain.\n\n"
        "District Collector Smt. Anjali Deshpande-Rao stated that 46 villages had been cut off and "
        "that two teams of the State Disaster Response Force had been deployed in the worst-hit "
        "mandals of Peddavaram and Gollapudi.\n\n"
        '"We are not waiting for the water to recede. Food packets and drinking water are being '
        'air-dropped to villages that cannot be reached by road," she told reporters at the '
        'Collectorate on Wednesday evening. "No one will be left behind."\n\n'
        "Standing crops on over 30,000 acres have been submerged. Paddy farmers, who were to begin "
        "harvesting next week, fear heavy losses. The Meteorological Centre has forecast heavy to "
        "very heavy rainfall in the district till Sunday.",
        [
            (
                I,
                [
                    "46 villages had been cut off and that two teams of the State Disaster "
                    "Response Force had been deployed in the worst-hit mandals of Peddavaram and "
                    "Gollapudi"
                ],
                "Anjali Deshpande-Rao",
            ),
            (
                D,
                [
                    "We are not waiting for the water to recede. Food packets and drinking water "
                    "are being air-dropped to villages that cannot be reached by road"
                ],
                "Anjali Deshpande-Rao",
            ),
            (D, ["No one will be left behind."], "Anjali Deshpande-Rao"),
        ],
    ),
    (  # 3 Nigerian bus fares (Lagos daily): "Alhaji" governor, "the governor said" indirect, "he
        # stated" after, "Chief X described the policy as “…”" partial
        "The Kabala State Governor, Alhaji Musa Danladi Bello, has approved a 50 per cent "
        "reduction in fares on state-owned buses for students and junior civil servants, with "
        "effect from January 1.\n\n"
        "Speaking at the Government House, Kabala, on Monday, the governor said the subsidy would "
        "cost the state about N1.2 billion a year, to be funded from savings on the recently "
        "concluded verification of the payroll.\n\n"
        "“No child in this state should miss school because the father cannot afford transport. "
        "That is not the Kabala we promised our people,” he stated.\n\n"
        "But the state chairman of the Commercial Transport Owners' Association (CTOA), Chief "
        "Emeka Obiakor-Nwosu, described the policy as “a death sentence for private operators”. "
        "The association, which has about 3,000 members in the state, has called an emergency "
        "meeting for Thursday.\n\n"
        "The Kabala State Transport Corporation currently operates 140 buses across the state's 23 "
        "local government areas.",
        [
            (
                I,
                [
                    "the subsidy would cost the state about N1.2 billion a year, to be funded from "
                    "savings on the recently concluded verification of the payroll"
                ],
                "Musa Danladi Bello",
            ),
            (
                D,
                [
                    "No child in this state should miss school because the father cannot afford "
                    "transport. That is not the Kabala we promised our people"
                ],
                "Musa Danladi Bello",
            ),
            (P, ["a death sentence for private operators"], "Emeka Obiakor-Nwosu"),
        ],
    ),
    (  # 4 Nigerian House of Representatives (Abuja daily): "Hon." sponsor "said the zone had"
        # indirect, surname alone "Danmusa said", partial after "warning that"
        "A bill seeking to establish a Federal University of Agriculture in Dankande, Rimi State, "
        "on Tuesday scaled second reading on the floor of the House of Representatives.\n\n"
        "Leading the debate, the sponsor of the bill, Hon. Ibrahim Aliyu Danmusa, said the zone "
        "had only two federal universities for a population of more than 14 million people.\n\n"
        '"Our young people travel 600 kilometres to study agriculture, in a region that feeds '
        'this country. It makes no sense," Danmusa said. Several lawmakers from the zone spoke in '
        "support of the bill.\n\n"
        'But Hon. Ngozi Ekwueme-Obi opposed it, warning that "we are creating universities on '
        'paper while the ones we have are on strike".\n\n'
        "The proposed institution would offer degrees in crop science, animal husbandry and "
        "irrigation engineering. The bill was referred to the Committee on Tertiary Education and "
        "Services for further legislative action.",
        [
            (
                I,
                [
                    "the zone had only two federal universities for a population of more than 14 "
                    "million people"
                ],
                "Ibrahim Aliyu Danmusa",
            ),
            (
                D,
                [
                    "Our young people travel 600 kilometres to study agriculture, in a region that "
                    "feeds this country. It makes no sense"
                ],
                "Ibrahim Aliyu Danmusa",
            ),
            (
                P,
                ["we are creating universities on paper while the ones we have are on strike"],
                "Ngozi Ekwueme-Obi",
            ),
        ],
    ),
    (  # 5 South African load shedding (Johannesburg daily): indirect before ", Natpower said in a
        # statement", noun-object "blamed", named spokesperson after the quote, partial inside "said
        # it was"
        "Stage 4 load shedding will be implemented from 16:00 on Friday until further notice, "
        "Natpower said in a statement on Thursday.\n\n"
        "The power utility blamed the breakdown of six generating units at its Kwaggafontein and "
        "Rietvlei power stations, which took more than 5,000 megawatts off the grid overnight. "
        "Diesel reserves for its open-cycle gas turbines are also running low.\n\n"
        '"We understand the frustration of South Africans. Our teams are working around the clock '
        'to return these units to service as quickly as possible," Natpower spokesperson Lwazi '
        "Mthembu said.\n\n"
        "The return of power cuts, after more than 200 days without load shedding, comes at the "
        "start of the busiest trading period of the year. Southern Business Forum chief executive "
        'Thandeka Nkosi-Venter said it was "the last thing the economy needed" before the '
        "festive season.",
        [
            (
                I,
                [
                    "Stage 4 load shedding will be implemented from 16:00 on Friday until further "
                    "notice"
                ],
                "Natpower",
            ),
            (
                D,
                [
                    "We understand the frustration of South Africans. Our teams are working around "
                    "the clock to return these units to service as quickly as possible"
                ],
                "Lwazi Mthembu",
            ),
            (P, ["the last thing the economy needed"], "Thandeka Nkosi-Venter"),
        ],
    ),
    (  # 6 South African service-delivery protest: "Police spokesperson Captain X said" indirect,
        # "said community leader X, 52," after, noun-object "has previously blamed"
        "Residents of Mzamomhle Extension 4, outside Lekwa-Noord, barricaded roads with burning "
        "tyres and rocks on Monday morning in protest against repeated delays in the delivery of "
        "water and electricity to the settlement.\n\n"
        "Police spokesperson Captain Nomvula Dlamini said 14 people had been arrested for public "
        "violence and would appear in the Lekwa-Noord Magistrate's Court on Wednesday. Rubber "
        "bullets were fired to disperse the crowd near the N17 intersection.\n\n"
        "“We have been promised water for three years. Every election, they come here with "
        "T-shirts and promises, and then we never see them again,” said community leader Sipho "
        "Mabaso, 52, standing beside a communal tap that has been dry since August.\n\n"
        "Ward councillor Johan Pietersen could not be reached for comment. The Lekwa-Noord Local "
        "Municipality has previously blamed a dispute with a contractor for the delays.",
        [
            (
                I,
                [
                    "14 people had been arrested for public violence and would appear in the "
                    "Lekwa-Noord Magistrate's Court on Wednesday"
                ],
                "Nomvula Dlamini",
            ),
            (
                D,
                [
                    "We have been promised water for three years. Every election, they come here "
                    "with T-shirts and promises, and then we never see them again"
                ],
                "Sipho Mabaso",
            ),
        ],
    ),
    (  # 7 Kenyan matatu strike (Nairobi daily): chairman introduced in the sentence before, '"…,"
        # said he', "Area MP Hon. X … accused the county executive of “…”" partial, "declined to
        # comment"
        "Matatu operators in Mlimani County called off their two-day strike on Tuesday evening "
        "after the county government agreed to review the new parking and loading fees introduced "
        "this month. Thousands of commuters had been forced to walk to work, while boda boda "
        "riders doubled their charges.\n\n"
        "The chairman of the Mlimani Matatu Owners Association, Simon Kamau Njoroge, addressed "
        "operators at the main bus terminus shortly after the agreement was signed. “We are not "
        "enemies of the county. But you cannot raise parking fees by 300 per cent overnight and "
        "expect us to keep quiet,” said he.\n\n"
        "Area MP Hon. Wanjiru Mwangi-Kariuki, who mediated the talks, accused the county executive "
        "of “fleecing hustlers to fund a bloated wage bill”.\n\n"
        "The county's executive for transport, Dr. Otieno Ouma, declined to comment. A joint "
        "committee will present its recommendations within 30 days.",
        [
            (
                D,
                [
                    "We are not enemies of the county. But you cannot raise parking fees by 300 "
                    "per cent overnight and expect us to keep quiet"
                ],
                "Simon Kamau Njoroge",
            ),
            (P, ["fleecing hustlers to fund a bloated wage bill"], "Wanjiru Mwangi-Kariuki"),
        ],
    ),
    (  # 8 Kenyan tea bonus (Nairobi daily, regional pages): "Dr." chairman with "arap" particle and
        # noun-object "attributed", quote over two paragraphs (one span each) closed by "he said",
        # farmer "said the money would" indirect
        "Smallholder tea farmers supplying the Chepsoi Tea Factory will receive a second payment "
        "of Sh24 per kilogramme of green leaf delivered in the last financial year, up from Sh19 "
        "last year.\n\n"
        "Addressing more than 2,000 farmers at the factory grounds on Saturday, the factory's "
        "chairman, Dr. Kipkemoi arap Langat, attributed the increase to better prices at the "
        "auction and a sharp cut in management costs.\n\n"
        "“This money belongs to you, the farmer. Not to brokers, not to middlemen. We have reduced "
        "our costs by a third in two years, and you are seeing the results.\n\n"
        "“Next year we want to pay Sh30. It is possible, if the quality of the leaf holds,” he "
        "said.\n\n"
        "Mary Chepkoech, who grows tea on two acres in Kapkures village, said the money would "
        "barely cover the school fees due in January. The payments will be made through mobile "
        "money from December 15.",
        [
            (
                D,
                [
                    "This money belongs to you, the farmer. Not to brokers, not to middlemen. We "
                    "have reduced our costs by a third in two years, and you are seeing the "
                    "results.",
                    "Next year we want to pay Sh30. It is possible, if the quality of the leaf "
                    "holds",
                ],
                "Kipkemoi arap Langat",
            ),
            (I, ["the money would barely cover the school fees due in January"], "Mary Chepkoech"),
        ],
    ),
    (  # 9 Australian bushfire (Sydney/Melbourne daily): commissioner named after a three-sentence
        # quote with "told a media briefing", "the Premier said" after a quote for the Premier named
        # in the sentence before
        "Residents of the Yallambee Valley have been told to leave immediately as an "
        "out-of-control bushfire burning west of Bundarra Creek threatens homes on the valley "
        "floor.\n\n"
        "More than 400 firefighters and 30 aircraft were battling the blaze on Saturday. It has "
        "burnt through 18,000 hectares of bushland since it was sparked by lightning on "
        "Wednesday.\n\n"
        '"If you are in the valley and you have not left, leave now. Do not wait to see the '
        'flames. Do not wait for a knock on the door," State Fire Service Commissioner Greg '
        "Whitlam-Hayes told a media briefing in Bundarra Creek.\n\n"
        "Temperatures are forecast to reach 43 degrees on Sunday, with north-westerly winds "
        "gusting up to 80 kilometres an hour.\n\n"
        "Premier Ros Kellaway visited the evacuation centre at the Tindale showgrounds, where "
        'about 600 people spent the night. "This community has been through this before, in 2019. '
        'They know what to do, and they are doing it," the Premier said. Emergency payments of '
        "$1000 per adult will be available from Monday.",
        [
            (
                D,
                [
                    "If you are in the valley and you have not left, leave now. Do not wait to see "
                    "the flames. Do not wait for a knock on the door"
                ],
                "Greg Whitlam-Hayes",
            ),
            (
                D,
                [
                    "This community has been through this before, in 2019. They know what to do, "
                    "and they are doing it"
                ],
                "Ros Kellaway",
            ),
        ],
    ),
    (  # 10 Australian koala habitat (regional daily): "Mayor Cr X was unequivocal:" quote with no
        # speech verb, company "said in a statement it was “…”" partial only, "Dr X, a wildlife
        # ecologist …, said" indirect
        "A proposed estate of 1200 homes at Wattle Flat has been knocked back by Kurrawang Shire "
        "Council after ecologists identified the site as core koala habitat. Councillors voted "
        "eight to one against the development on Tuesday night, going against the recommendation "
        "of the council's own planning staff.\n\n"
        "Mayor Cr Dianne Hollis was unequivocal: “We want more housing in this shire, and we need "
        "it. But not on the last stand of forest between here and the coast.”\n\n"
        "The developer, Bellbird Land Group, said in a statement it was “disappointed” and would "
        "consider an appeal to the Land and Environment Court.\n\n"
        "Dr Emma Carrodus, a wildlife ecologist at Tallowood University who surveyed the site for "
        "the council, said koala numbers in the shire had fallen by 60 per cent in a decade. Her "
        "team recorded 43 koalas on the site over two breeding seasons.",
        [
            (
                D,
                [
                    "We want more housing in this shire, and we need it. But not on the last stand "
                    "of forest between here and the coast."
                ],
                "Dianne Hollis",
            ),
            (P, ["disappointed"], "Bellbird Land Group"),
            (
                I,
                ["koala numbers in the shire had fallen by 60 per cent in a decade"],
                "Emma Carrodus",
            ),
        ],
    ),
    (  # 11 Indian cricket (sports pages): '"…," said X, who was adjudged player of the match',
        # partial inside "said the win was", noun-object "dedicated the trophy"
        "Opener Aditya Vaidyanathan struck a blistering 134 off 88 balls as Rayalpet beat Konkan "
        "Coast by 47 runs in the final of the Zonal One-Day Championship at the Municipal Stadium "
        "on Sunday.\n\n"
        "Put in to bat, Rayalpet posted 328 for six in their 50 overs, Vaidyanathan hitting 14 "
        "fours and six sixes. Konkan Coast were bowled out for 281 in the 47th over despite a "
        "fighting 92 from captain Nikhil Sawant.\n\n"
        "“I had been struggling for form the whole season. Today I just decided to back my shots "
        "and not think about the scoreboard,” said Vaidyanathan, who was adjudged player of the "
        "match.\n\n"
        "Rayalpet skipper Manish Reddy said the win was “the result of two years of hard work by "
        "the support staff”, and dedicated the trophy to former coach R. Narasimhan, who passed "
        "away in August.\n\n"
        "The winners take home a cash prize of Rs 25 lakh.",
        [
            (
                D,
                [
                    "I had been struggling for form the whole season. Today I just decided to back "
                    "my shots and not think about the scoreboard"
                ],
                "Aditya Vaidyanathan",
            ),
            (P, ["the result of two years of hard work by the support staff"], "Manish Reddy"),
        ],
    ),
    (  # 12 Nigerian kidnap rescue (police statement copy): "The spokesman for the command, SP X, in
        # a statement on Sunday, said … and that" indirect, surname alone with "added", noun-object
        # "called for"
        "Operatives of the Gombara State Police Command have rescued 11 passengers who were "
        "kidnapped along the Kurmi-Tsafe highway last Wednesday.\n\n"
        "The spokesman for the command, SP Abubakar Idris-Lawan, in a statement on Sunday, said "
        "the victims were rescued unhurt after a gun duel with the kidnappers in the Rugu-Dutse "
        "forest, and that one suspect had been arrested with gunshot injuries.\n\n"
        '"The Commissioner of Police has directed that the operation continue until every member '
        'of this gang is arrested. We will not relent," Idris-Lawan added.\n\n'
        "The victims, who included two children and a pregnant woman, were taken to the General "
        "Hospital, Kurmi, for medical examination before being reunited with their families. "
        "Communities along the highway have repeatedly called for a permanent military presence on "
        "the road.",
        [
            (
                I,
                [
                    "the victims were rescued unhurt after a gun duel with the kidnappers in the "
                    "Rugu-Dutse forest, and that one suspect had been arrested with gunshot "
                    "injuries"
                ],
                "Abubakar Idris-Lawan",
            ),
            (
                D,
                [
                    "The Commissioner of Police has directed that the operation continue until "
                    "every member of this gang is arrested. We will not relent"
                ],
                "Abubakar Idris-Lawan",
            ),
        ],
    ),
    (  # 13 South African Labour Court (Johannesburg business daily): union leader introduced
        # without a speech verb then "he said", named company spokesperson ("du" particle) with
        # noun-object "welcomed" then "she said"
        "The Labour Court has interdicted the Amalgamated Mineworkers' Union (AMWU) from "
        "continuing its week-long strike at Sebenza Platinum's Moremi shaft near Rustenvale, "
        "declaring the stoppage unprotected. Judge Lindiwe Mokoena-Smith granted the interdict "
        "with costs on Wednesday.\n\n"
        "About 4,200 workers downed tools last Thursday, demanding a R3,000 monthly increase.\n\n"
        "AMWU general secretary Bheki Ntuli addressed members outside the court building shortly "
        "after the judgment. “The court has ruled on a technicality. It has said nothing about the "
        "R3,000 our members are asking for, and nothing about the conditions underground,” he "
        "said.\n\n"
        "The company's spokesperson, Marietjie du Plessis, welcomed the ruling. “We remain open to "
        "talks, but we cannot negotiate under the threat of violence,” she said, referring to the "
        "torching of two company vehicles on Monday.\n\n"
        "Workers are expected to return underground for Friday's night shift.",
        [
            (
                D,
                [
                    "The court has ruled on a technicality. It has said nothing about the R3,000 "
                    "our members are asking for, and nothing about the conditions underground"
                ],
                "Bheki Ntuli",
            ),
            (
                D,
                ["We remain open to talks, but we cannot negotiate under the threat of violence"],
                "Marietjie du Plessis",
            ),
        ],
    ),
    (  # 14 Kenyan lecturers' strike: "secretary-general Dr. X said" indirect, '"A," X told
        # journalists …. "B."' (two quotes, surname alone), "According to the Ministry of Education,
        # …" indirect
        "Lecturers at all 38 public universities will down their tools from Monday over unpaid "
        "salary arrears, in a strike that could delay the start of the new academic year for "
        "thousands of first-year students.\n\n"
        "Public Universities Lecturers' Union (PULU) secretary-general Dr. Wafula Simiyu said the "
        "government had failed to honour a return-to-work agreement signed in March, under which "
        "Sh6.2 billion in arrears was to be paid by September.\n\n"
        '"We signed in good faith," Simiyu told journalists at the union\'s headquarters. "Eight '
        'months later, not a single shilling has been paid to our members."\n\n'
        "According to the Ministry of Education, the money has been set aside in the supplementary "
        "budget and will be released before the end of the financial year. The last strike by "
        "university lecturers, in 2024, lasted eleven weeks.",
        [
            (
                I,
                [
                    "the government had failed to honour a return-to-work agreement signed in "
                    "March, under which Sh6.2 billion in arrears was to be paid by September"
                ],
                "Wafula Simiyu",
            ),
            (D, ["We signed in good faith"], "Wafula Simiyu"),
            (
                D,
                ["Eight months later, not a single shilling has been paid to our members."],
                "Wafula Simiyu",
            ),
            (
                I,
                [
                    "the money has been set aside in the supplementary budget and will be released "
                    "before the end of the financial year"
                ],
                "Ministry of Education",
            ),
        ],
    ),
    (  # 15 Australian miner's results (business pages): '"A," X said on a call, "b."' (one quote,
        # two pieces), analyst "said the result was" indirect and "described the dividend cut as
        # “…”" partial
        "Iron ore miner Koonalda Resources has posted a 38 per cent fall in half-year net profit "
        "to $412 million as weaker Chinese demand dragged down prices, and cut its interim "
        "dividend to 18 cents a share.\n\n"
        "“Prices have come off, there is no hiding from that,” chief executive Mark Delaney said "
        "on a call with analysts, “but our costs are the lowest they have been in five years, and "
        "that is what we control.”\n\n"
        "Koonalda shipped 41.2 million tonnes from its Tarrawonga operations in the six months to "
        "September, up 3 per cent on the same period last year.\n\n"
        "Morgan Hart Securities analyst Priya Natarajan said the result was slightly weaker than "
        "the market had expected, and described the dividend cut as “a bitter pill for retail "
        "investors”.\n\n"
        "Shares in Koonalda fell 4.7 per cent to $21.35 by the close of trade.",
        [
            (
                D,
                [
                    "Prices have come off, there is no hiding from that",
                    "but our costs are the lowest they have been in five years, and that is what "
                    "we control.",
                ],
                "Mark Delaney",
            ),
            (I, ["the result was slightly weaker than the market had expected"], "Priya Natarajan"),
            (P, ["a bitter pill for retail investors"], "Priya Natarajan"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout61.jsonl"),
        "heldout61",
        "h61",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
