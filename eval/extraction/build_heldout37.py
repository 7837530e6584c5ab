"""Source of the thirty-seventh held-out set: writes heldout37.jsonl (split "heldout37").
Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like regional and local daily press (town councils, local shops, schools,
farming, small courts and faits divers), where mayors, residents, prosecutors and union reps speak.
Measured once before (extractor 0.3.0) and once with extractor 0.17.0 (docs/EXTRACTION.md),
unread; then read for 0.18.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout37.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-29"
Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 piscine municipale: no-break spaces, "a justifié le maire, X", partial + "et rappelé que"
        "Saint-Aubin-des-Prés — Le conseil municipal de Saint-Aubin-des-Prés a voté lundi soir, "
        "par 19 voix contre 8, la fermeture de la piscine Jean-Moulin pour deux ans de travaux, "
        "estimés à 4,2 millions d'euros.\n\n"
        "«\u00a0Nous n'avions plus le choix. Les bassins fuient, la chaudière date de 1987 et "
        "l'Agence régionale de santé nous a prévenus à deux reprises\u00a0», a justifié le maire, "
        "Gérard Pellissier (divers droite), devant une salle comble.\n\n"
        "La cheffe de file de l'opposition, Nadia Ferhat (Saint-Aubin autrement), a dénoncé "
        "«\u00a0une décision prise en catimini\u00a0» et rappelé que les clubs de natation "
        "n'avaient été informés que la semaine dernière. Près de trois cents licenciés devront "
        "s'entraîner à Vernières, à vingt-cinq kilomètres.\n\n"
        "Une navette devrait être mise en place dès la rentrée de janvier. Son coût, environ "
        "60\u00a0000 euros par an, n'a pas encore été inscrit au budget.",
        [
            (
                D,
                [
                    "Nous n'avions plus le choix. Les bassins fuient, la chaudière date de 1987 et "
                    "l'Agence régionale de santé nous a prévenus à deux reprises"
                ],
                "Gérard Pellissier",
            ),
            (P, ["une décision prise en catimini"], "Nadia Ferhat"),
            (
                I,
                ["les clubs de natation n'avaient été informés que la semaine dernière"],
                "Nadia Ferhat",
            ),
        ],
    ),
    (  # 2 tribunal correctionnel: procureure after quote, partial in apposition, unnamed "prévenu"
        "Le tribunal correctionnel de Montbrison-sur-Lys a condamné mardi un homme de 34 ans à "
        "dix-huit mois de prison, dont six avec sursis, pour une série de vols de câbles de "
        "cuivre sur la voie ferrée entre Larnay et Saint-Cyrin, au printemps dernier.\n\n"
        "Les faits avaient privé de trains plus de 12 000 voyageurs pendant trois jours. « Ce "
        "n'est pas un petit larcin. Derrière ces mètres de cuivre, il y a des salariés qui n'ont "
        "pas pu aller travailler et des lycéens qui ont raté leurs examens », a insisté la "
        "procureure, Hélène Vasseur-Guilbaud, qui avait requis deux ans ferme.\n\n"
        "L'avocat du prévenu, Me Julien Carrade, a plaidé la précarité de son client, « un père "
        "de famille qui a perdu son emploi et s'est laissé entraîner ». Le prévenu, lui, a "
        "reconnu les faits à la barre. « Je regrette. Je ne pensais pas que ça irait aussi "
        "loin », a-t-il murmuré.\n\n"
        "La société Railis, gestionnaire des voies et partie civile, réclamait 87 000 euros de "
        "dommages et intérêts. Le tribunal lui en a accordé 52 000.",
        [
            (
                D,
                [
                    "Ce n'est pas un petit larcin. Derrière ces mètres de cuivre, il y a des "
                    "salariés qui n'ont pas pu aller travailler et des lycéens qui ont raté leurs "
                    "examens"
                ],
                "Hélène Vasseur-Guilbaud",
            ),
            (
                P,
                ["un père de famille qui a perdu son emploi et s'est laissé entraîner"],
                "Julien Carrade",
            ),
            (D, ["Je regrette. Je ne pensais pas que ça irait aussi loin"], "prévenu"),
        ],
    ),
    (  # 3 sécheresse: narrow no-break spaces, quote over two paragraphs, partial in "juge que"
        "Sur le plateau de la Margeride-Haute, les éleveurs laitiers comptent leurs bottes de "
        "foin. Après un été sans pluie, beaucoup ont déjà entamé leurs stocks d'hiver.\n\n"
        "«\u202fÀ la mi-septembre, j'ai commencé à nourrir mes vaches comme en décembre. Je n'ai "
        "jamais vu ça en trente ans de métier.\n\n"
        "«\u202fSi la préfecture ne débloque pas les aides d'urgence avant la Toussaint, certains "
        "vont vendre la moitié de leur troupeau\u202f», prévient Bernadette Chauvel, qui exploite "
        "60 hectares à Lorcières-le-Haut avec son fils.\n\n"
        "L'Union paysanne de la Margeride a réclamé un moratoire sur les remboursements de "
        "prêts. Son président, Thierry Astruc, juge que l'État «\u202fa trois mois de retard sur "
        "la réalité du terrain\u202f».\n\n"
        "Contactée, la préfecture assure que le dossier de reconnaissance de calamité agricole a "
        "été transmis au ministère le 2 octobre. Les premiers versements pourraient intervenir "
        "en début d'année.",
        [
            (
                D,
                [
                    "À la mi-septembre, j'ai commencé à nourrir mes vaches comme en décembre. Je "
                    "n'ai jamais vu ça en trente ans de métier.",
                    "Si la préfecture ne débloque pas les aides d'urgence avant la Toussaint, "
                    "certains vont vendre la moitié de leur troupeau",
                ],
                "Bernadette Chauvel",
            ),
            (P, ["a trois mois de retard sur la réalité du terrain"], "Thierry Astruc"),
            (
                I,
                [
                    "le dossier de reconnaissance de calamité agricole a été transmis au "
                    "ministère le 2 octobre"
                ],
                "préfecture",
            ),
        ],
    ),
    (  # 4 fermeture de classe: «» without spaces, nickname in quotes (not a quote), "s'est dit"
        "Les parents d'élèves de l'école primaire des Tilleuls, à Brévannes, ont occupé le préau "
        "mercredi matin pour protester contre la fermeture annoncée d'une classe à la rentrée "
        "prochaine. L'établissement, que tout le monde ici appelle «l'école du canal», ne "
        "compterait plus que quatre classes pour 103 élèves.\n\n"
        "«On nous parle de baisse démographique, mais trois lotissements sortent de terre à moins "
        "d'un kilomètre!» s'est emportée Camille Orsini, présidente de l'association des "
        "parents.\n\n"
        "L'inspectrice de l'Éducation nationale de la circonscription, Sophie Marchal-Deniau, a "
        "reçu une délégation dans l'après-midi. «Rien n'est définitif. Les chiffres seront "
        "réexaminés en juin, comme chaque année», a-t-elle indiqué à la sortie de l'entretien.\n\n"
        "Le maire, Philippe Gaudry, s'est dit «solidaire des familles» et a écrit au recteur pour "
        "demander un moratoire.",
        [
            (
                D,
                [
                    "On nous parle de baisse démographique, mais trois lotissements sortent de "
                    "terre à moins d'un kilomètre!"
                ],
                "Camille Orsini",
            ),
            (
                D,
                [
                    "Rien n'est définitif. Les chiffres seront réexaminés en juin, comme chaque "
                    "année"
                ],
                "Sophie Marchal-Deniau",
            ),
            (P, ["solidaire des familles"], "Philippe Gaudry"),
        ],
    ),
    (  # 5 quincaillerie: “ ”, speaker in the next sentence, incise "a-t-il ajouté", "estime que"
        "Après quarante-deux ans derrière le comptoir, la quincaillerie Bourdais, rue de la "
        "République à Chalonnes-sur-Vire, baissera définitivement le rideau le 31 décembre. "
        "Faute de repreneur.\n\n"
        "“On a tout essayé : les annonces, la chambre de métiers, même une page sur Internet. "
        "Personne ne veut reprendre un commerce de centre-ville aujourd'hui.” Jean-Claude "
        "Bourdais, 67 ans, ne cache pas son amertume. “Les gens viennent chez nous pour une vis "
        "ou un conseil, a-t-il ajouté, puis ils vont acheter la perceuse sur Internet.”\n\n"
        "La présidente de l'association des commerçants, Valérie Thuillier, estime que la "
        "fermeture est “un signal d'alarme pour tout le centre”. Sept vitrines sont désormais "
        "vides dans la rue principale.\n\n"
        "Interrogée, l'adjointe au commerce, Martine Lefebvre-Sauzet, a fait savoir que la "
        "mairie étudiait le rachat des murs pour y installer une boutique à l'essai.",
        [
            (
                D,
                [
                    "On a tout essayé : les annonces, la chambre de métiers, même une page sur "
                    "Internet. Personne ne veut reprendre un commerce de centre-ville aujourd'hui."
                ],
                "Jean-Claude Bourdais",
            ),
            (
                D,
                [
                    "Les gens viennent chez nous pour une vis ou un conseil",
                    "puis ils vont acheter la perceuse sur Internet.",
                ],
                "Jean-Claude Bourdais",
            ),
            (P, ["un signal d'alarme pour tout le centre"], "Valérie Thuillier"),
            (
                I,
                ["la mairie étudiait le rachat des murs pour y installer une boutique à l'essai"],
                "Martine Lefebvre-Sauzet",
            ),
        ],
    ),
    (  # 6 grève à la fromagerie: no-break spaces, title-only "Le délégué assure que"
        "Les salariés des Fromageries Darnac, à Saint-Géraud, ont entamé jeudi leur troisième "
        "jour de grève. Ils réclament une hausse de 120 euros bruts par mois et la fin du "
        "recours systématique à l'intérim.\n\n"
        "Devant les grilles, une soixantaine de grévistes se relaient autour d'un brasero. "
        "«\u00a0La direction annonce des bénéfices record et nous propose 1,5\u00a0%. C'est du "
        "mépris\u00a0», lance Karim Bensaïd, délégué du syndicat Solidarité ouvrière.\n\n"
        "Le délégué assure que la production est à l'arrêt sur deux des trois lignes. Un chiffre "
        "contesté par la direction, qui n'a pas souhaité s'exprimer davantage. Une réunion est "
        "prévue lundi à la sous-préfecture.\n\n"
        "«\u00a0On tiendra le temps qu'il faudra\u00a0», promet Sylvie Rouquette, ouvrière à "
        "l'atelier d'affinage depuis dix-neuf ans, emmitouflée dans une parka aux couleurs du "
        "syndicat.",
        [
            (
                D,
                [
                    "La direction annonce des bénéfices record et nous propose 1,5\u00a0%. C'est "
                    "du mépris"
                ],
                "Karim Bensaïd",
            ),
            (I, ["la production est à l'arrêt sur deux des trois lignes"], "Karim Bensaïd"),
            (D, ["On tiendra le temps qu'il faudra"], "Sylvie Rouquette"),
        ],
    ),
    (  # 7 incendie de hangar: "D'après la gendarmerie", lieutenant, partial then unattributed continuation
        "Un incendie a détruit dans la nuit de samedi à dimanche un hangar agricole de 800 m² au "
        "lieu-dit La Combe-Noire, sur la commune de Vauxcelles. Aucun blessé n'est à déplorer, "
        "mais près de 300 tonnes de paille et deux tracteurs sont partis en fumée.\n\n"
        "D'après la gendarmerie, l'origine criminelle n'est pas écartée. Un autre bâtiment avait "
        "brûlé à quatre kilomètres de là à la fin du mois d'août.\n\n"
        "« Nous avons été alertés vers 2 h 30 par un voisin. À notre arrivée, le hangar était "
        "entièrement embrasé », a raconté le lieutenant Marc Oudinot, qui commandait la "
        "soixantaine de sapeurs-pompiers engagés. Les soldats du feu sont restés sur place "
        "jusqu'en fin de matinée pour éviter toute reprise.\n\n"
        "Le propriétaire, Alain Besse, éleveur de bovins, se dit « sonné ». « Mon père avait "
        "construit ce hangar en 1974. Je ne comprends pas qui peut faire une chose pareille. »\n\n"
        "Une réunion publique sera organisée mardi soir en mairie, à l'initiative du maire, "
        "Brigitte Rouanet.",
        [
            (I, ["l'origine criminelle n'est pas écartée"], "gendarmerie"),
            (
                D,
                [
                    "Nous avons été alertés vers 2 h 30 par un voisin. À notre arrivée, le hangar "
                    "était entièrement embrasé"
                ],
                "Marc Oudinot",
            ),
            (P, ["sonné"], "Alain Besse"),
            (
                D,
                [
                    "Mon père avait construit ce hangar en 1974. Je ne comprends pas qui peut "
                    "faire une chose pareille."
                ],
                "Alain Besse",
            ),
        ],
    ),
    (  # 8 éoliennes: narrow no-break spaces, title-only "Le président", book title (not a quote)
        "Le projet de parc éolien des Hautes-Brandes a franchi mardi une étape décisive : le "
        "conseil communautaire du Pays de Lanvoisin a rendu un avis favorable, par 31 voix "
        "contre 12, à l'implantation de six machines de 180 mètres sur les communes de Mérignol "
        "et de Saint-Hilaire-du-Bois.\n\n"
        "«\u202fC'est une ressource pour nos communes rurales, qui toucheront près de "
        "90\u202f000 euros de retombées fiscales par an\u202f», a fait valoir le président de "
        "l'intercommunalité, Jacques Ferrand-Lamothe. Le président a toutefois reconnu que le "
        "dossier divisait les habitants.\n\n"
        "Dans la salle, les membres de l'association Sauvegarde des Brandes ont déployé une "
        "banderole. Leur porte-parole, Annick Le Goff, a annoncé un recours devant le tribunal "
        "administratif. «\u202fOn nous parle d'intérêt général, mais ce sont des sociétés privées "
        "qui vont encaisser les bénéfices\u202f», a-t-elle réagi.\n\n"
        "L'écrivain Robert Janvier, dont le livre «\u202fLes Brandes, mémoire d'un "
        "paysage\u202f» s'est vendu à 4\u202f000 exemplaires dans la région, a lui aussi pris "
        "position contre le projet. La décision finale revient au préfet, qui doit se prononcer "
        "avant l'été.",
        [
            (
                D,
                [
                    "C'est une ressource pour nos communes rurales, qui toucheront près de "
                    "90\u202f000 euros de retombées fiscales par an"
                ],
                "Jacques Ferrand-Lamothe",
            ),
            (I, ["le dossier divisait les habitants"], "Jacques Ferrand-Lamothe"),
            (
                D,
                [
                    "On nous parle d'intérêt général, mais ce sont des sociétés privées qui vont "
                    "encaisser les bénéfices"
                ],
                "Annick Le Goff",
            ),
        ],
    ),
    (  # 9 comice agricole: "Pour X, « … »", a cow's name in quotes (not a quote)
        "La 112e édition du comice agricole de Pontlevoy-sur-Aure a attiré dimanche près de "
        "6 000 visiteurs, un record depuis la pandémie. Sous un soleil inattendu pour la saison, "
        "240 bovins, une centaine de moutons et une trentaine de chevaux de trait ont défilé sur "
        "le champ de foire.\n\n"
        "Pour le président du comice, Henri Delaunay, « c'est la preuve que les gens de la ville "
        "ont encore envie de voir d'où vient ce qu'ils mangent ». Il faudra pourtant trouver de "
        "nouveaux bénévoles : la moyenne d'âge de l'équipe organisatrice dépasse 65 ans.\n\n"
        "Le grand prix de la race limousine est revenu à « Farandole », une vache de cinq ans "
        "élevée au Gaec des Trois-Chênes, à Saint-Ouen-la-Forêt, par Léa Montagnac, 31 ans, "
        "installée depuis quatre ans. « Elle a du caractère, mais sur le ring elle se tient "
        "comme une reine », s'amusait la jeune éleveuse en lui passant son licol.\n\n"
        "Le coût de la manifestation est passé en deux ans de 48 000 à 71 000 euros.",
        [
            (
                D,
                [
                    "c'est la preuve que les gens de la ville ont encore envie de voir d'où vient "
                    "ce qu'ils mangent"
                ],
                "Henri Delaunay",
            ),
            (
                D,
                ["Elle a du caractère, mais sur le ring elle se tient comme une reine"],
                "Léa Montagnac",
            ),
        ],
    ),
    (  # 10 tribunal de police: dialogue dashes, a rooster's name in quotes, Me X "a-t-elle lancé"
        "Devant le tribunal de police de Castelrenaud, lundi, la présidente a dû arbitrer une "
        "querelle vieille de six ans entre deux voisins du hameau des Granges. En cause : un coq, "
        "baptisé « Napoléon » par son propriétaire, et ses chants dès 5 heures du matin, y compris "
        "le dimanche.\n\n"
        "— Il chante, c'est un coq, a résumé à la barre son propriétaire, Raymond Peyrat, 78 ans, "
        "né dans la ferme voisine.\n\n"
        "— Il chante sous ma fenêtre, a rétorqué le plaignant, Didier Lhomme, installé dans le "
        "hameau depuis 2019.\n\n"
        "Le ministère public a requis une amende de 150 euros pour tapage. L'avocate de "
        "M. Peyrat, Me Fanny Rieux, a plaidé la relaxe. « On ne peut pas reprocher à la campagne "
        "d'être la campagne », a-t-elle lancé, déclenchant quelques rires dans une salle "
        "inhabituellement remplie.\n\n"
        "Jugement le 14 janvier.",
        [
            (D, ["Il chante, c'est un coq"], "Raymond Peyrat"),
            (D, ["Il chante sous ma fenêtre"], "Didier Lhomme"),
            (D, ["On ne peut pas reprocher à la campagne d'être la campagne"], "Fanny Rieux"),
        ],
    ),
    (  # 11 place du Marché: "L'élue a expliqué que", "Elle a ajouté : « … »", narrow nbsp
        "Les travaux de la place du Marché, à Lussac-les-Eaux, s'achèveront avec trois mois de "
        "retard. L'adjointe à l'urbanisme, Corinne Vidal-Mestre, l'a confirmé vendredi lors d'une "
        "réunion publique à la salle des fêtes, devant une centaine d'habitants et de "
        "commerçants.\n\n"
        "L'élue a expliqué que la découverte des vestiges d'une halle du XVIe siècle avait "
        "contraint la commune à suspendre le chantier pendant dix semaines. Elle a ajouté\u202f: "
        "«\u202fNous n'allions pas couler du béton sur notre propre histoire. Une partie des "
        "pierres sera d'ailleurs intégrée au nouvel aménagement.\u202f»\n\n"
        "Dans la salle, plusieurs commerçants ont fait part de leur exaspération. Le fleuriste "
        "installé au coin de la place a vu son chiffre d'affaires chuter de près de 40\u202f% "
        "depuis mars.\n\n"
        "La commune a voté une exonération partielle de la taxe sur les terrasses pour 2027.",
        [
            (
                I,
                [
                    "la découverte des vestiges d'une halle du XVIe siècle avait contraint la "
                    "commune à suspendre le chantier pendant dix semaines"
                ],
                "Corinne Vidal-Mestre",
            ),
            (
                D,
                [
                    "Nous n'allions pas couler du béton sur notre propre histoire. Une partie des "
                    "pierres sera d'ailleurs intégrée au nouvel aménagement."
                ],
                "Corinne Vidal-Mestre",
            ),
        ],
    ),
    (  # 12 cantine du collège: «» no spaces, "sourit-elle" several sentences after the name
        "Depuis la rentrée, les 540 élèves du collège des Landes, à Corbigny-sur-Aisne, mangent "
        "à la cantine des produits à 60 % locaux. Une petite révolution menée par la cheffe de "
        "cuisine, Sandrine Pouillard.\n\n"
        "Arrivée il y a trois ans, elle a d'abord supprimé les plats surgelés, puis démarché un à "
        "un les maraîchers et les éleveurs du canton. Aujourd'hui, une quinzaine de producteurs "
        "livrent l'établissement chaque semaine. Le coût d'un repas a augmenté de 38 centimes, "
        "pris en charge par le département.\n\n"
        "«Au début, les élèves boudaient les lentilles. Maintenant, ils en redemandent», "
        "sourit-elle.\n\n"
        "Le principal, Olivier Ranchin, assure que le gaspillage a diminué de moitié depuis que "
        "les restes sont pesés chaque vendredi, un rituel devenu presque un jeu pour les "
        "collégiens.",
        [
            (
                D,
                ["Au début, les élèves boudaient les lentilles. Maintenant, ils en redemandent"],
                "Sandrine Pouillard",
            ),
            (
                I,
                [
                    "le gaspillage a diminué de moitié depuis que les restes sont pesés chaque "
                    "vendredi, un rituel devenu presque un jeu pour les collégiens"
                ],
                "Olivier Ranchin",
            ),
        ],
    ),
    (  # 13 accident: “ ”, "a précisé le magistrat", title-only "Le procureur, lui, a annoncé que"
        "Un automobiliste de 23 ans a été placé en garde à vue dimanche après avoir percuté un "
        "abribus à Saint-Amand-de-Vergt, blessant grièvement une femme de 56 ans. Le jeune homme "
        "présentait un taux d'alcoolémie de 1,8 gramme par litre de sang.\n\n"
        "Le procureur de la République de Bergerieux, Laurent Mazeyrat, a détaillé les faits "
        "lundi matin. “Le conducteur a perdu le contrôle de son véhicule dans la descente de "
        "l'avenue Foch. Il roulait à près de 90 km/h en agglomération”, a précisé le magistrat.\n\n"
        "La victime, une aide-soignante qui attendait le bus pour se rendre à son travail, a été "
        "héliportée vers le CHU. Son pronostic vital n'est plus engagé.\n\n"
        "Les riverains réclamaient un ralentisseur depuis des années. Le procureur, lui, a "
        "annoncé que le conducteur serait jugé mercredi en comparution immédiate.",
        [
            (
                D,
                [
                    "Le conducteur a perdu le contrôle de son véhicule dans la descente de "
                    "l'avenue Foch. Il roulait à près de 90 km/h en agglomération"
                ],
                "Laurent Mazeyrat",
            ),
            (
                I,
                ["le conducteur serait jugé mercredi en comparution immédiate"],
                "Laurent Mazeyrat",
            ),
        ],
    ),
    (  # 14 brasserie: beer name in quotes (not a quote), « A, a confié X. B. » one quote
        "La Brasserie du Moulin-Vert, installée depuis 2019 dans une ancienne minoterie de "
        "Villefranche-sur-Orne, a décroché la médaille d'or au Concours général agricole pour sa "
        "bière ambrée, baptisée «\u00a0La Sabotière\u00a0». Une première pour une brasserie du "
        "département. Fondée par deux anciens ingénieurs agronomes, elle produit environ "
        "40\u00a0000 litres par an.\n\n"
        "«\u00a0Quand on a lu le palmarès, on a cru à une erreur, a confié le cofondateur, "
        "Mathieu Garnier. Nous ne sommes que trois, et notre plus grande cuve fait "
        "1\u00a0000 litres.\u00a0»\n\n"
        "Depuis l'annonce, les commandes affluent, des cavistes de Lyon jusqu'à Bruxelles. Son "
        "associée, Julie Santerre, indique que la production sera doublée au printemps grâce à "
        "une deuxième cuve, financée en partie par la région. L'équipe compte aussi embaucher un "
        "apprenti à la rentrée.",
        [
            (
                D,
                [
                    "Quand on a lu le palmarès, on a cru à une erreur",
                    "Nous ne sommes que trois, et notre plus grande cuve fait 1\u00a0000 litres.",
                ],
                "Mathieu Garnier",
            ),
            (
                I,
                [
                    "la production sera doublée au printemps grâce à une deuxième cuve, financée "
                    "en partie par la région"
                ],
                "Julie Santerre",
            ),
        ],
    ),
    (  # 15 vidéosurveillance: colon after "le maire, X", scare quotes (not a quote)
        "Le conseil municipal de Roquebrune-d'Argens a adopté jeudi l'installation de 24 caméras "
        "supplémentaires dans le centre-ville, pour un coût de 310 000 euros. Parmi elles, six "
        "caméras dites « intelligentes », capables de repérer un véhicule garé en double file.\n\n"
        "Le maire, Serge Ottaviani, a défendu le projet avec vigueur : « Les habitants me le "
        "demandent à chaque réunion de quartier. Ce n'est pas de la surveillance, c'est de la "
        "tranquillité publique. »\n\n"
        "Dans l'opposition, l'écologiste Élodie Marchand a voté contre, regrettant l'absence "
        "d'étude sur l'efficacité du dispositif et son coût de fonctionnement, estimé à 40 000 "
        "euros par an.\n\n"
        "Le vote est intervenu après deux heures de débat. Les premières caméras devraient être "
        "posées en mars, d'abord autour de la gare routière et du marché couvert.",
        [
            (
                D,
                [
                    "Les habitants me le demandent à chaque réunion de quartier. Ce n'est pas de "
                    "la surveillance, c'est de la tranquillité publique."
                ],
                "Serge Ottaviani",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 parking charges: “ ”, "A," she conceded. "B." (two quotes), partial after "called"
        "Shoppers in Ellerby will pay to park on Saturdays from April after the town council "
        "voted 11 to 6 on Tuesday night to scrap the free weekend scheme introduced in 2019.\n\n"
        "Council leader Margaret Hollins said the change would raise about £140,000 a year. She "
        "wants the money spent on repairing the leisure centre roof.\n\n"
        "“Nobody likes paying to park,” she conceded. “But the alternative was closing the pool "
        "for a winter, and I wasn't prepared to do that.”\n\n"
        "Independent councillor Dev Chaudhry called the decision “a kick in the teeth for the "
        "high street” and warned of empty stalls at the Thursday market.\n\n"
        "The Ellerby Traders' Association has collected more than 2,300 signatures against the "
        "charges. Its chair, Paul Brennan, who runs a hardware shop on Castle Street, was blunt: "
        "“Footfall is down a fifth since Christmas. This will finish some of us off.”",
        [
            (I, ["the change would raise about £140,000 a year"], "Margaret Hollins"),
            (D, ["Nobody likes paying to park"], "Margaret Hollins"),
            (
                D,
                [
                    "But the alternative was closing the pool for a winter, and I wasn't "
                    "prepared to do that."
                ],
                "Margaret Hollins",
            ),
            (P, ["a kick in the teeth for the high street"], "Dev Chaudhry"),
            (
                D,
                ["Footfall is down a fifth since Christmas. This will finish some of us off."],
                "Paul Brennan",
            ),
        ],
    ),
    (  # 2 magistrates: straight quotes, "Prosecuting, X told the court that", partial in reported speech
        "A 41-year-old man who stole more than 200 garden ornaments from homes across the Wendle "
        "Valley has been given a 12-month community order.\n\n"
        "Garry Pike, of Mill Lane, Hathersage Cross, admitted 14 counts of theft at Rotherford "
        "Magistrates' Court on Monday. The haul, which included stone frogs, sundials and a "
        "bronze heron worth £1,800, was found in a lock-up garage in October.\n\n"
        "Prosecuting, Anita Sandhu told the court that Pike had sold some of the items at car "
        'boot sales. "Several of these pieces had huge sentimental value. One victim had bought '
        'her sundial with her late husband," she said.\n\n'
        "Pike's solicitor, Rhys Morgan, said his client had been struggling with gambling debts "
        'and was "thoroughly ashamed".\n\n'
        "Chair of the bench Lorraine Whitely ordered him to complete 150 hours of unpaid work and "
        'pay £600 in compensation. "You caused a great deal of upset to people in their own '
        'gardens," she told him.',
        [
            (I, ["Pike had sold some of the items at car boot sales"], "Anita Sandhu"),
            (
                D,
                [
                    "Several of these pieces had huge sentimental value. One victim had bought "
                    "her sundial with her late husband"
                ],
                "Anita Sandhu",
            ),
            (P, ["thoroughly ashamed"], "Rhys Morgan"),
            (
                D,
                ["You caused a great deal of upset to people in their own gardens"],
                "Lorraine Whitely",
            ),
        ],
    ),
    (  # 3 milk price: quote over two paragraphs, "Mrs X" after it, company spokesperson, colon
        "When the milk lorry pulled out of Hollowmere Farm on Thursday morning, Janet Ogilvie did "
        "the sums in her head and didn't like the answer.\n\n"
        "\"We're being paid 34 pence a litre and it costs us nearly 38 to produce. You don't need "
        "to be an accountant to see where that ends.\n\n"
        "\"My grandfather milked cows on this land, and my son wants to. I honestly don't know if "
        "there'll be a farm for him,\" said Mrs Ogilvie, who milks 180 Holsteins near "
        "Kettlesby.\n\n"
        "Processor Dalewick Creamery cut its price by two pence a litre this month, blaming a glut "
        "on the European market. A spokesperson for the company said prices were expected to "
        "recover by the spring.\n\n"
        "The Dales Dairy Alliance, which represents 900 producers, has asked for an urgent "
        'meeting with the creamery. Its chairman, Tom Ridley, put it plainly: "Farmers can take '
        "a bad month. They can't take a bad year.\"",
        [
            (
                D,
                [
                    "We're being paid 34 pence a litre and it costs us nearly 38 to produce. You "
                    "don't need to be an accountant to see where that ends.",
                    "My grandfather milked cows on this land, and my son wants to. I honestly "
                    "don't know if there'll be a farm for him",
                ],
                "Janet Ogilvie",
            ),
            (I, ["prices were expected to recover by the spring"], "Dalewick Creamery"),
            (
                D,
                ["Farmers can take a bad month. They can't take a bad year."],
                "Tom Ridley",
            ),
        ],
    ),
    (  # 4 school inspection: “ ”, nickname in quotes (not a quote), "described ... as “…”"
        "Pupils and staff at Brackenfield Academy were celebrating this week after inspectors "
        "rated the school good in every category, three years after it was placed in special "
        "measures.\n\n"
        "The 1960s building on Furnace Road, known locally as “the Goldfish Bowl” for its "
        "glass-fronted classrooms, had been threatened with closure in 2023.\n\n"
        "Headteacher Ruth Adeyemi, who arrived in January 2024, credited her staff. “They stayed "
        "when it would have been easy to leave. This report belongs to them,” she told the "
        "Courier.\n\n"
        "Parent governor Imran Qureshi described the turnaround as “remarkable”. Several families "
        "who moved their children to schools in Hexley have since applied to come back.\n\n"
        "Councillor Helen Jeffs, the county's cabinet member for education, said the school would "
        "receive £350,000 towards a new science block next year.",
        [
            (
                D,
                ["They stayed when it would have been easy to leave. This report belongs to them"],
                "Ruth Adeyemi",
            ),
            (P, ["remarkable"], "Imran Qureshi"),
            (
                I,
                ["the school would receive £350,000 towards a new science block next year"],
                "Helen Jeffs",
            ),
        ],
    ),
    (  # 5 bakery centenary: straight quotes, "A," Ms X said, "b." (one quote, two pieces), book title
        "Haddow's Bakery on Bridge Street in Carrick Mains will mark its 100th birthday on "
        "Saturday with free rolls for the first hundred customers and a cake shaped like the "
        "original shopfront.\n\n"
        "The bakery was opened in 1926 by Alexander Haddow, a former ship's cook, and is now run "
        "by his great-granddaughter, Fiona Haddow, 38, and her husband, Craig Munro.\n\n"
        '"People ask me what the secret is," Ms Haddow said, "and honestly it\'s just getting '
        'up at three in the morning for a hundred years."\n\n'
        "Her husband, a former electrician who joined the business in 2015, is still adjusting to "
        'the hours. "The first winter nearly killed me," he laughed.\n\n'
        'Local historian Agnes Baird, whose book "Loaves and Fishes: A History of Carrick '
        'Mains" features the bakery on its cover, will give a talk in the shop on Saturday '
        "afternoon.",
        [
            (
                D,
                [
                    "People ask me what the secret is",
                    "and honestly it's just getting up at three in the morning for a hundred "
                    "years.",
                ],
                "Fiona Haddow",
            ),
            (D, ["The first winter nearly killed me"], "Craig Munro"),
        ],
    ),
    (  # 6 chip shop fire: “ ”, "recalled X", fire service as speaker, partial after "said he was"
        "Firefighters spent five hours tackling a blaze that gutted a fish and chip shop in "
        "Marlow Road, Penhallow, in the early hours of Wednesday.\n\n"
        "Six crews were called at 1.40am. Residents of the two flats above the shop were led to "
        "safety by neighbours before the first engine arrived.\n\n"
        "“The smoke was pouring out under the door. I just started banging on every window I "
        "could reach,” recalled Shaun Tregarthen, 24, who lives opposite and was walking home "
        "from a late shift.\n\n"
        "West Carrow Fire and Rescue Service said the fire was believed to have started "
        "accidentally in a fryer.\n\n"
        "The shop's owner, Yiannis Kourakis, who opened The Golden Haddock in 2011, said he was "
        "“heartbroken but grateful nobody was hurt”. Customers have already set up an online "
        "fundraiser, which had raised £8,700 by last night.",
        [
            (
                D,
                [
                    "The smoke was pouring out under the door. I just started banging on every "
                    "window I could reach"
                ],
                "Shaun Tregarthen",
            ),
            (
                I,
                ["the fire was believed to have started accidentally in a fryer"],
                "West Carrow Fire and Rescue Service",
            ),
            (P, ["heartbroken but grateful nobody was hurt"], "Yiannis Kourakis"),
        ],
    ),
    (  # 7 planning committee: speaker in the next sentence, title-only "the chairman said"
        "Plans for 320 homes on farmland east of Little Brampton were rejected on Thursday by "
        "Marston District Council's planning committee, against the advice of its own "
        "officers.\n\n"
        "More than 150 residents packed into the council chamber for the three-hour meeting. "
        '"The lane outside my house floods every February. Put 320 houses on that field and the '
        'water has to go somewhere." Those were the words of Gillian Foxley, who has lived on '
        "Brook Lane for 31 years and spoke on behalf of the Little Brampton Village Society.\n\n"
        'Developer Harcastle Homes said it was "extremely disappointed" by the decision and is '
        "expected to appeal.\n\n"
        'Committee chairman Keith Armitage was unrepentant. "Officers gave us their view, and we '
        'gave ours," the chairman said afterwards.',
        [
            (
                D,
                [
                    "The lane outside my house floods every February. Put 320 houses on that "
                    "field and the water has to go somewhere."
                ],
                "Gillian Foxley",
            ),
            (P, ["extremely disappointed"], "Harcastle Homes"),
            (D, ["Officers gave us their view, and we gave ours"], "Keith Armitage"),
        ],
    ),
    (  # 8 parish clerk fraud: “A,” prosecutor X told the court. “B.” (two quotes), judge partial
        "A former parish clerk who siphoned £48,000 from a village hall fund to pay for holidays "
        "and a hot tub has been jailed for two years.\n\n"
        "Deborah Lyle, 52, of Orchard Close, Hinton Parva, pleaded guilty at Castlebridge Crown "
        "Court to fraud by abuse of position. The thefts went unnoticed for six years and came to "
        "light only when the hall's bank wrote to the committee about an overdraft.\n\n"
        "“This was money raised by pensioners selling cakes,” prosecutor Martin Ekwueme told the "
        "court. “Every penny of it was given in good faith.”\n\n"
        "Judge Catherine Ashdown told Lyle she had betrayed “a community that trusted you "
        "completely”.\n\n"
        "Outside court, the chairman of the hall committee, Bill Hepworth, said replacement of the "
        "hall's leaking roof had been postponed for at least two years.",
        [
            (D, ["This was money raised by pensioners selling cakes"], "Martin Ekwueme"),
            (D, ["Every penny of it was given in good faith."], "Martin Ekwueme"),
            (P, ["a community that trusted you completely"], "Catherine Ashdown"),
            (
                I,
                [
                    "replacement of the hall's leaking roof had been postponed for at least two years"
                ],
                "Bill Hepworth",
            ),
        ],
    ),
    (  # 9 floods: "A," Mr X said. "B." (two quotes), title-only "The minister", "pointed out that"
        "Hundreds of acres of winter wheat have been lost in the Soke Levels after the River Adder "
        "burst its banks for the third time since November.\n\n"
        "Environment minister Rachel Osei visited Fenby Drove on Friday, wading in borrowed "
        "wellingtons across a flooded field with local landowner George Pettifer.\n\n"
        "\"I've farmed here 40 years, and I've never seen water sit this long,\" Mr Pettifer "
        'said. "The pumps can\'t cope. Half of them are older than I am."\n\n'
        "The minister spent an hour with members of the Soke Internal Drainage Board. \"I've "
        "heard very clearly today that the money isn't reaching the people who need it. That has "
        'to change," she said before leaving for Lincoln.\n\n'
        "The board's clerk, Alan Rudd, pointed out that its budget had been frozen since 2019 "
        "while electricity costs for the pumping stations had tripled.",
        [
            (
                D,
                ["I've farmed here 40 years, and I've never seen water sit this long"],
                "George Pettifer",
            ),
            (D, ["The pumps can't cope. Half of them are older than I am."], "George Pettifer"),
            (
                D,
                [
                    "I've heard very clearly today that the money isn't reaching the people who "
                    "need it. That has to change"
                ],
                "Rachel Osei",
            ),
            (
                I,
                [
                    "its budget had been frozen since 2019 while electricity costs for the "
                    "pumping stations had tripled"
                ],
                "Alan Rudd",
            ),
        ],
    ),
    (  # 10 bus strike: pronoun several sentences after the name, "added:", company spokesman
        "Bus services across Greyford and the surrounding villages will be disrupted for three "
        "days next week after drivers at Northway Buses voted to strike over pay.\n\n"
        "The walkout, from Tuesday to Thursday, will affect 46 routes, including school "
        "services. Members of the Transport Workers' Guild backed action by 88 per cent on a "
        "turnout of 71 per cent.\n\n"
        "Lorraine Kemp has driven the number 12 between Greyford and Ashby Moor for 17 years. "
        "She earns £13.10 an hour and now works Saturdays to cover her heating bill. Her "
        "daughter, a nurse, has taken a second job.\n\n"
        "\"Nobody wants to let the kids down. But we've been offered three per cent after two "
        "years of nothing, and that isn't a pay rise, it's a pay cut,\" she said.\n\n"
        'Guild regional organiser Pete Samuels added: "The company made £6.2 million profit last '
        'year. They can afford to do better."\n\n'
        "A spokesman for Northway Buses said the offer was the best in the region.",
        [
            (
                D,
                [
                    "Nobody wants to let the kids down. But we've been offered three per cent "
                    "after two years of nothing, and that isn't a pay rise, it's a pay cut"
                ],
                "Lorraine Kemp",
            ),
            (
                D,
                ["The company made £6.2 million profit last year. They can afford to do better."],
                "Pete Samuels",
            ),
            (I, ["the offer was the best in the region"], "Northway Buses"),
        ],
    ),
    (  # 11 cinema: film title and a nickname in quotes (not quotes), "she told the audience"
        "The Regal in Sandford-on-Teme, the last single-screen cinema in the county, reopened on "
        "Friday after an 18-month restoration paid for largely by its own audience.\n\n"
        "More than 1,200 people gave money, from £5 to £20,000, to repair the leaking roof and "
        "restore the 1930s plasterwork. By the 1990s the building had become what locals fondly "
        'called "the flea pit", with buckets in the aisles whenever it rained.\n\n'
        'The first screening, a sold-out showing of "Brief Encounter", was introduced by the '
        "chair of the cinema's trustees, Peggy Dunmore, 81, who first watched a film at the Regal "
        "as a six-year-old.\n\n"
        '"My father brought me to see Snow White and I hid under the seat when the witch '
        "appeared. I've been coming back ever since, usually without hiding,\" she told the "
        "audience, to laughter.",
        [
            (
                D,
                [
                    "My father brought me to see Snow White and I hid under the seat when the "
                    "witch appeared. I've been coming back ever since, usually without hiding"
                ],
                "Peggy Dunmore",
            ),
        ],
    ),
    (  # 12 lollipop man: “ ”, "he reflected" after a two-sentence quote
        "After 27 years, four months and, by his own estimate, more than 300,000 safe crossings, "
        "Derek Holroyd has put down his lollipop for the last time.\n\n"
        "The 79-year-old school crossing patrol officer, a familiar figure outside St Bede's "
        "Primary in Otterton Vale in his white coat and flat cap, was given a guard of honour by "
        "the school's 210 pupils on Friday afternoon.\n\n"
        "“I've seen children cross this road, grow up, and then come back and cross it again with "
        "their own kids. That's the bit that gets you,” he reflected, clutching a card signed by "
        "every class.\n\n"
        "Headteacher Samira Lowe presented him with a framed collage of drawings by the pupils. "
        "The county council has yet to find a replacement.",
        [
            (
                D,
                [
                    "I've seen children cross this road, grow up, and then come back and cross it "
                    "again with their own kids. That's the bit that gets you"
                ],
                "Derek Holroyd",
            ),
        ],
    ),
    (  # 13 fly-tipping: "…, according to the council", Cllr X after the quote
        "A builder who dumped 11 tonnes of rubble, plasterboard and asbestos sheeting in a "
        "country lane near Wexcombe has been ordered to pay £9,400 in fines and costs.\n\n"
        "Lee Carver, 36, trading as LC Groundworks, was traced after officers found his company's "
        "invoices among the waste, according to Tenby Vale District Council. The lane was closed "
        "for four days while specialist contractors removed the asbestos.\n\n"
        '"People who think the countryside is a free skip should know that we will find them, '
        "and we will take them to court,\" said Cllr Nadine Morrow, the council's cabinet member "
        "for the environment.\n\n"
        "Carver, who has no previous convictions, was also given a 12-month conditional "
        "discharge by magistrates in Tenby.\n\n"
        "Fly-tipping incidents in the district rose by 23 per cent last year, to 2,140.",
        [
            (
                I,
                [
                    "Lee Carver, 36, trading as LC Groundworks, was traced after officers found "
                    "his company's invoices among the waste"
                ],
                "Tenby Vale District Council",
            ),
            (
                D,
                [
                    "People who think the countryside is a free skip should know that we will "
                    "find them, and we will take them to court"
                ],
                "Nadine Morrow",
            ),
        ],
    ),
    (  # 14 community pub: "She described the moment …: “…”", quote of several sentences
        "Regulars at the Plough Inn in Great Sedley have raised £410,000 to buy the village's only "
        "pub, which closed last February when its owners retired.\n\n"
        "A total of 386 shareholders, some from as far away as New Zealand, bought stakes of "
        "between £100 and £20,000, beating the £375,000 asking price. The pub will reopen in May as Great Sedley's first "
        "community-owned business, with a small shop in the old snug.\n\n"
        "Steering group member Hannah Colley, a retired headmistress, has been pulling pints as a "
        "volunteer at fundraising evenings. She described the moment the sale went through: "
        "“There were grown men crying in the car park. It's daft, really, it's only a pub. But "
        "it's also the only place left where the whole village meets.”",
        [
            (
                D,
                [
                    "There were grown men crying in the car park. It's daft, really, it's only a "
                    "pub. But it's also the only place left where the whole village meets."
                ],
                "Hannah Colley",
            ),
        ],
    ),
    (  # 15 mayor's chain stolen: “A,” the mayor, Councillor X, said on Monday, “b.” (one quote)
        "Police are appealing for information after the ceremonial chain of office belonging to "
        "the Mayor of Wrexley was stolen from the town hall during a wedding reception on "
        "Saturday night.\n\n"
        "The 19th-century silver-gilt chain, valued at around £25,000, had been kept in a locked "
        "glass cabinet in the council chamber, which is hired out for functions at weekends. Made "
        "up of 42 gilded links and a medallion bearing the town's crest, it was last restored in "
        "1997.\n\n"
        "“It isn't really about the money,” the mayor, Councillor Olu Bankole, said on Monday, "
        "“it's 170 years of the town's history, and every mayor since 1856 has worn it.”\n\n"
        "Officers would like to hear from anyone who attended the reception and took photographs "
        "in the chamber between 10pm and 1am, when the theft is thought to have taken place.",
        [
            (
                D,
                [
                    "It isn't really about the money",
                    "it's 170 years of the town's history, and every mayor since 1856 has worn it.",
                ],
                "Olu Bankole",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout37.jsonl"),
        "heldout37",
        "h37",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
