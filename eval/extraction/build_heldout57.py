"""Source of the fifty-seventh held-out set: writes heldout57.jsonl (split "heldout57").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
reaction roundups built from social media and statements (politicians, celebrities, clubs,
companies and ordinary users reacting to a death, a relegation, a flood, a closure, a scandal),
quoted from posts, videos and communiqués with the journalist's narration between them, some
posts later deleted and some quoted words that are hashtags, banners or slogans.
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout57.py
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
    (  # 1 singer's death: nickname and hashtag not speech, "a réagi sur X :", "a écrit sur
        # Instagram le chanteur X" after, "a annoncé sur <radio> vouloir"; no-break spaces
        "La chanteuse Maryse Delaunoy, que toute une génération surnommait «\u00a0la Dame de "
        "Port-Lisec\u00a0», est morte samedi à l'âge de 74 ans. Sa famille a annoncé son décès "
        "dans un court communiqué transmis à la presse. Les hommages se sont aussitôt multipliés "
        "sur les réseaux sociaux, où le mot-dièse «\u00a0#MerciMaryse\u00a0» s'est hissé en tête "
        "des tendances.\n\n"
        "Le président de la République, Laurent Vasseur-Dumas, a réagi sur X\u00a0: «\u00a0Maryse "
        "Delaunoy chantait nos joies et nos chagrins avec la même pudeur. La France perd une voix, "
        "et beaucoup d'entre nous une amie.\u00a0»\n\n"
        "«\u00a0Elle m'a appris qu'on pouvait chanter doucement et se faire entendre quand "
        "même\u00a0», a écrit sur Instagram le chanteur Théo Marchadier, qui avait enregistré un "
        "duo avec elle en 2015. Dans la soirée, il a partagé une vidéo de leur dernier concert "
        "commun, à l'Olympia de Valmeuse.\n\n"
        "La ministre de la Culture, Anne-Claire Bouzid, a annoncé sur Radio Hexagone vouloir "
        "organiser un hommage national dans les prochaines semaines. Sur Facebook, les messages "
        "d'anonymes se comptent par milliers, beaucoup accompagnés de la photo d'un vieux vinyle.",
        [
            (
                D,
                [
                    "Maryse Delaunoy chantait nos joies et nos chagrins avec la même pudeur. La "
                    "France perd une voix, et beaucoup d'entre nous une amie."
                ],
                "Laurent Vasseur-Dumas",
            ),
            (
                D,
                ["Elle m'a appris qu'on pouvait chanter doucement et se faire entendre quand même"],
                "Théo Marchadier",
            ),
            (
                I,
                ["vouloir organiser un hommage national dans les prochaines semaines"],
                "Anne-Claire Bouzid",
            ),
        ],
    ),
    (  # 2 relegation: banner not speech, club partial after "a présenté", "dit-il" after a
        # video quote, colon after "s'est montré plus sévère"; plain spaces in « »
        "Le couperet est tombé dimanche soir. Battu 2-1 à domicile par l'AS Merlac, le FC "
        "Vallorbe-sur-Aude descend en deuxième division après dix-neuf saisons dans l'élite. Au "
        "coup de sifflet final, une partie du virage nord a déployé une banderole « Direction, "
        "dehors ! » avant de quitter le stade en silence.\n\n"
        "Dans un communiqué publié sur son site, le club a présenté « ses excuses les plus "
        "sincères » à ses supporters et promis une reconstruction rapide. Le président, Gérard "
        "Monteil-Fabre, ne s'est pas exprimé publiquement.\n\n"
        "Le capitaine, Sofiane Belkacem, a pris la parole dans une vidéo publiée sur Instagram. "
        "« On a trahi la confiance de toute une ville. Je ne vais pas chercher d'excuses, on n'a "
        "pas été au niveau », dit-il, les yeux rougis.\n\n"
        "Sur X, l'ancien attaquant du club Rudy Lemarchal s'est montré plus sévère : « Ça fait "
        "trois ans qu'on voit venir cette descente. Ceux qui ont vidé l'effectif devront rendre "
        "des comptes. » Le maire de Vallorbe, Christian Sabatier, recevra les joueurs lundi en "
        "mairie.",
        [
            (P, ["ses excuses les plus sincères"], "FC Vallorbe-sur-Aude"),
            (
                D,
                [
                    "On a trahi la confiance de toute une ville. Je ne vais pas chercher "
                    "d'excuses, "
                    "on n'a pas été au niveau"
                ],
                "Sofiane Belkacem",
            ),
            (
                D,
                [
                    "Ça fait trois ans qu'on voit venir cette descente. Ceux qui ont vidé "
                    "l'effectif "
                    "devront rendre des comptes."
                ],
                "Rudy Lemarchal",
            ),
        ],
    ),
    (  # 3 flood: "…, selon la préfecture." indirect, noun-object promise not annotated, Mme +
        # "a-t-elle lancé", unnamed "un habitant" + "écrit-il"; narrow no-break spaces
        "Au lendemain des inondations qui ont ravagé la vallée de la Sérenne, les messages de "
        "soutien affluent, mais la colère aussi. Plus de 400 habitations ont été touchées à "
        "Saint-Aubin-des-Prés, selon la préfecture.\n\n"
        "En déplacement sur place lundi, le ministre de l'Intérieur, Bertrand Kerhervé, a promis "
        "une aide d'urgence dans les dix jours et la reconnaissance rapide de l'état de "
        "catastrophe naturelle.\n\n"
        "La maire de la commune, Mme Josette Lagrange-Py, n'a pas caché son amertume. «\u202fOn "
        "nous avait promis une digue en 2019. On l'attend toujours\u202f», a-t-elle lancé devant "
        "les caméras, avant de quitter le point presse.\n\n"
        "Sur Facebook, un habitant a publié des photos de son salon, dans le quartier des Moulins, "
        "noyé sous un mètre d'eau. «\u202fTrente ans de souvenirs à la benne. Mais on est vivants, "
        "c'est l'essentiel\u202f», écrit-il. Son message a été partagé plus de 12\u202f000 fois.",
        [
            (
                I,
                ["Plus de 400 habitations ont été touchées à Saint-Aubin-des-Prés"],
                "préfecture",
            ),
            (
                D,
                ["On nous avait promis une digue en 2019. On l'attend toujours"],
                "Josette Lagrange-Py",
            ),
            (
                D,
                ["Trente ans de souvenirs à la benne. Mais on est vivants, c'est l'essentiel"],
                "habitant",
            ),
        ],
    ),
    (  # 4 factory closure: «» without spaces, "a dénoncé sur X le délégué syndical du site, X",
        # "selon lesquels" not a source, "a-t-il déclaré sur LinkedIn"
        "L'annonce est tombée mardi matin par un simple courriel interne : le groupe Solvéa "
        "fermera son usine de Montbrison-le-Lac d'ici juin 2027, supprimant 312 emplois. Les "
        "réactions n'ont pas tardé.\n\n"
        "«C'est un coup de massue pour tout le bassin. On apprend la nouvelle par mail, comme une "
        "livraison de palettes», a dénoncé sur X le délégué syndical du site, Frédéric Hamadi. "
        "L'intersyndicale a appelé à un rassemblement jeudi devant les grilles.\n\n"
        "Le groupe, lui, invoque des surcapacités structurelles en Europe et promet un "
        "reclassement à chaque salarié. Des documents internes consultés par notre rédaction, "
        "selon lesquels la fermeture était envisagée dès 2024, contredisent pourtant la version "
        "officielle.\n\n"
        "Le député de la circonscription, Maxime Duval-Ortiz, a écrit au ministre de l'Industrie "
        "pour réclamer une médiation. «On ne laissera pas 312 familles sur le carreau sans se "
        "battre», a-t-il déclaré sur LinkedIn.",
        [
            (
                D,
                [
                    "C'est un coup de massue pour tout le bassin. On apprend la nouvelle par mail, "
                    "comme une livraison de palettes"
                ],
                "Frédéric Hamadi",
            ),
            (
                D,
                ["On ne laissera pas 312 familles sur le carreau sans se battre"],
                "Maxime Duval-Ortiz",
            ),
        ],
    ),
    (  # 5 doping ban: “ ” in French copy, "affirme-t-il", partial after "s'est dit", deleted
        # post quoted after a colon with the pluperfect "avait écrit sur X"
        "La sanction est tombée mercredi : quatre ans de suspension pour Yannick Tessier, "
        "contrôlé positif à l'EPO lors du Tour des Deux-Vallées. Le grimpeur de 26 ans, qui a "
        "toujours clamé son innocence, a réagi dans la soirée par une vidéo publiée sur "
        "Instagram.\n\n"
        "\u201cJe n'ai jamais rien pris. Je vais faire appel, et je prouverai que ce contrôle est "
        "une erreur\u201d, affirme-t-il face caméra, la voix nouée.\n\n"
        "Son équipe, Cycles Orvalis-Lumen, a mis fin à son contrat avec effet immédiat. Son "
        "directeur sportif, Patrick Le Goff, s'est dit \u201ctrahi et dégoûté\u201d sur les ondes "
        "de Radio Vélo Plus.\n\n"
        "Dans un message supprimé depuis, un coéquipier de Tessier, Bastien Roumégoux, avait "
        "écrit sur X : \u201cTout le peloton savait.\u201d Contacté par notre rédaction, le "
        "coureur "
        "n'a pas souhaité s'exprimer davantage.",
        [
            (
                D,
                [
                    "Je n'ai jamais rien pris. Je vais faire appel, et je prouverai que ce "
                    "contrôle "
                    "est une erreur"
                ],
                "Yannick Tessier",
            ),
            (P, ["trahi et dégoûté"], "Patrick Le Goff"),
            (D, ["Tout le peloton savait."], "Bastien Roumégoux"),
        ],
    ),
    (  # 6 influencer apology: incise with a full stop inside one pair of « » (one quote, two
        # pieces), Dr + "a indiqué qu'", partial after "a dénoncé"; no-break spaces
        "L'influenceuse Inès Cardonnel, suivie par 2,3\u00a0millions de personnes, s'est excusée "
        "lundi soir après la polémique provoquée par une vidéo tournée dans un service d'urgences "
        "pédiatriques. On l'y voyait danser entre deux brancards, sur fond de musique à la "
        "mode.\n\n"
        "«\u00a0Je me suis trompée, et je le dis sans détour, a-t-elle déclaré dans une story "
        "Instagram. Je n'ai pas mesuré ce que vivaient les familles ce jour-là.\u00a0» La vidéo "
        "originale, vue plus de quatre millions de fois, a été supprimée.\n\n"
        "Le directeur de l'hôpital Sainte-Mathilde, le Dr Henri Bellegarde-Saïd, a indiqué "
        "qu'une enquête interne avait été ouverte pour comprendre comment le tournage avait pu "
        "être autorisé. Sur X, la députée Claire Fontanel a dénoncé «\u00a0l'indécence d'une "
        "époque qui filme tout\u00a0».\n\n"
        "Les excuses n'ont pas convaincu tout le monde. Sous la story, des centaines "
        "d'internautes réclament le retrait de ses partenariats commerciaux.",
        [
            (
                D,
                [
                    "Je me suis trompée, et je le dis sans détour",
                    "Je n'ai pas mesuré ce que vivaient les familles ce jour-là.",
                ],
                "Inès Cardonnel",
            ),
            (
                I,
                [
                    "une enquête interne avait été ouverte pour comprendre comment le tournage "
                    "avait pu être autorisé"
                ],
                "Henri Bellegarde-Saïd",
            ),
            (P, ["l'indécence d'une époque qui filme tout"], "Claire Fontanel"),
        ],
    ),
    (  # 7 local election: role "la nouvelle maire" after the quote, "l'intéressée" then
        # "a-t-elle martelé"; plain spaces in « »
        "Surprise à Castelnau-d'Orbane : la liste citoyenne menée par Hélène Marchetti a "
        "remporté dimanche le second tour de l'élection municipale partielle avec 52,4 % des "
        "voix, mettant fin à trente ans de règne du maire sortant, Jean-Louis Baptistin.\n\n"
        "« Ce soir, ce n'est pas ma victoire, c'est celle des habitants qui ont osé y croire », a "
        "réagi la nouvelle maire sur sa page Facebook, peu après la proclamation des résultats.\n\n"
        "Le maire sortant a reconnu sa défaite dans un bref message sur X, sans un mot pour celle "
        "qui lui succède. Au niveau national, plusieurs partis ont aussitôt tenté de s'approprier "
        "ce succès inattendu.\n\n"
        "L'intéressée, elle, refuse toute étiquette. « Je ne roule pour aucun parti. Mon seul "
        "programme, c'est la cantine, les routes et l'école », a-t-elle martelé lundi matin sur "
        "Radio Hexagone.",
        [
            (
                D,
                [
                    "Ce soir, ce n'est pas ma victoire, c'est celle des habitants qui ont osé "
                    "y croire"
                ],
                "Hélène Marchetti",
            ),
            (
                D,
                [
                    "Je ne roule pour aucun parti. Mon seul programme, c'est la cantine, les "
                    "routes "
                    "et l'école"
                ],
                "Hélène Marchetti",
            ),
        ],
    ),
    (  # 8 tennis title: "de" and "ould" particles, partial after "a salué sur X", "a-t-elle
        # écrit", colon after "a répondu par une vidéo", role "la championne"; narrow spaces
        "Au lendemain du premier grand titre de Louise de Kervéguen, sacrée dimanche au tournoi "
        "de Montevar, les félicitations pleuvent. La joueuse de 22 ans a battu en finale la "
        "tenante du titre en trois sets, au terme de près de trois heures de jeu.\n\n"
        "La ministre des Sports, Nadia ould Brahim, a salué sur X «\u202fune championne immense "
        "et une jeune femme exemplaire\u202f». Le club de ses débuts, le TC Pont-Loric, a publié "
        "une photo de la fillette de 8 ans, raquette à la main, qui a fait le tour des réseaux.\n\n"
        "Son ancienne rivale chez les juniors, l'Italienne Chiara Benedetti, a elle aussi réagi "
        "sur Instagram. «\u202fJe suis tellement fière d'elle. On a pleuré ensemble à 14 ans après "
        "nos défaites, aujourd'hui je pleure de joie\u202f», a-t-elle écrit.\n\n"
        "Dans la nuit, la championne a répondu par une vidéo tournée dans les vestiaires\u202f: "
        "«\u202fMerci à tous. Je n'arrive pas encore à y croire. Maman, papa, c'est pour "
        "vous.\u202f»",
        [
            (
                P,
                ["une championne immense et une jeune femme exemplaire"],
                "Nadia ould Brahim",
            ),
            (
                D,
                [
                    "Je suis tellement fière d'elle. On a pleuré ensemble à 14 ans après nos "
                    "défaites, aujourd'hui je pleure de joie"
                ],
                "Chiara Benedetti",
            ),
            (
                D,
                ["Merci à tous. Je n'arrive pas encore à y croire. Maman, papa, c'est pour vous."],
                "Louise de Kervéguen",
            ),
        ],
    ),
    (  # 9 teacher assaulted: dashes used as parentheses, noun objects not annotated, "estime
        # pour sa part X" after, "D'après elle"; no-break spaces
        "Un enseignant de mathématiques du collège des Tilleuls, à Vérignac, a été agressé jeudi "
        "par un élève de 15 ans à la sortie d'un cours. Blessé au visage, il a été transporté à "
        "l'hôpital\u00a0; ses jours ne sont pas en danger.\n\n"
        "Le ministre de l'Éducation nationale, Olivier Ranchin-Delmas, a exprimé sur X son "
        "soutien à la victime — il doit se rendre sur place vendredi — et promis des sanctions "
        "exemplaires.\n\n"
        "«\u00a0Ce n'est pas un fait divers, c'est le symptôme d'un épuisement général\u00a0», "
        "estime pour sa part Karine Le Bihan, secrétaire départementale du syndicat Snel, dans un "
        "message publié sur Facebook. D'après elle, trois agressions similaires ont été signalées "
        "dans le département depuis la rentrée.\n\n"
        "Les parents d'élèves, réunis en collectif, ont appelé à une minute de silence lundi "
        "matin devant l'établissement.",
        [
            (
                D,
                ["Ce n'est pas un fait divers, c'est le symptôme d'un épuisement général"],
                "Karine Le Bihan",
            ),
            (
                I,
                [
                    "trois agressions similaires ont été signalées dans le département depuis la "
                    "rentrée"
                ],
                "Karine Le Bihan",
            ),
        ],
    ),
    (  # 10 TV row: show title not speech, dialogue-dash exchange with "a demandé l'animatrice"
        # and "a répondu X", deleted post after a colon; plain spaces
        "Les propos tenus samedi soir sur le plateau de « Tous en face », l'émission de débat de "
        "la chaîne Hexa, continuent de faire réagir. Interrogé sur l'accueil des réfugiés, "
        "l'humoriste Gaëtan Rivollier a lancé une plaisanterie jugée raciste par de nombreux "
        "téléspectateurs. Son échange avec l'animatrice, Sonia Berthelot, a été vu des millions "
        "de fois sur les réseaux sociaux.\n\n"
        "— Vous vous rendez compte de ce que vous venez de dire ? a demandé l'animatrice.\n"
        "— C'est de l'humour, détendez-vous, a répondu Rivollier.\n\n"
        "Plus de 3 000 signalements ont été adressés au régulateur de l'audiovisuel, qui a ouvert "
        "une procédure. Dans un communiqué, la chaîne a présenté ses excuses aux "
        "téléspectateurs.\n\n"
        "Lundi, l'humoriste a publié sur X un message supprimé quelques heures plus tard : « Je "
        "ne m'excuserai pas d'avoir fait rire. » L'association SOS Égalité a déposé plainte "
        "mardi.",
        [
            (
                D,
                ["Vous vous rendez compte de ce que vous venez de dire ?"],
                "Sonia Berthelot",
            ),
            (D, ["C'est de l'humour, détendez-vous"], "Gaëtan Rivollier"),
            (D, ["Je ne m'excuserai pas d'avoir fait rire."], "Gaëtan Rivollier"),
        ],
    ),
    (  # 11 train fares: «» without spaces, question kept, "s'est agacé sur X un usager",
        # "Selon l'association X," indirect, campaign name not speech
        "La compagnie ferroviaire Rail Atlantique a confirmé jeudi une hausse moyenne de 9 % du "
        "prix de ses billets à partir du 1er janvier. Sur les réseaux sociaux, la grogne a été "
        "immédiate.\n\n"
        "«Je paie déjà 180 euros par mois pour aller travailler dans des trains en retard un jour "
        "sur deux. Et on m'annonce une hausse?», s'est agacé sur X un usager, abonné à la ligne "
        "Valmont-Sérac, dont le message a été repris des milliers de fois.\n\n"
        "Dans un communiqué, Rail Atlantique justifie cette augmentation par la flambée du coût "
        "de l'énergie et rappelle ses efforts sur les abonnements des moins de 26 ans.\n\n"
        "Selon l'association Voyageurs en colère, la hausse atteindra jusqu'à 14 % sur certaines "
        "liaisons régionales. L'association a lancé sur Facebook une campagne baptisée «Pas un "
        "centime de plus», qui revendique déjà 8 000 participants.",
        [
            (
                D,
                [
                    "Je paie déjà 180 euros par mois pour aller travailler dans des trains en "
                    "retard "
                    "un jour sur deux. Et on m'annonce une hausse?"
                ],
                "usager",
            ),
            (
                I,
                ["la hausse atteindra jusqu'à 14 % sur certaines liaisons régionales"],
                "Voyageurs en colère",
            ),
        ],
    ),
    (  # 12 former minister's death: "el-" particle, partial after "a salué sur X", a post quoted
        # over two paragraphs (one span each), "a annoncé que"; plain spaces
        "L'ancien ministre de l'Agriculture Abdelkader el-Amrani est mort mardi à Montaubert, à "
        "l'âge de 81 ans. Fils de viticulteurs, il avait été l'artisan de la grande loi foncière "
        "de 1998.\n\n"
        "Son successeur au ministère, Jacques Poitevin, a salué sur X « un homme de la terre, qui "
        "n'a jamais oublié d'où il venait ». De nombreux élus de tous bords lui ont rendu hommage "
        "au fil de la journée.\n\n"
        "Sa fille, Samia el-Amrani, a publié un long texte sur Facebook. « Papa est parti ce "
        "matin, entouré des siens, dans la maison où il est né. Il détestait les discours, alors "
        "je serai brève.\n\n"
        "« Merci à tous ceux qui l'ont aimé, et même à ceux qui l'ont combattu : il disait que "
        "c'étaient eux qui le rendaient meilleur. »\n\n"
        "La Première ministre, Valérie Chambon-Roy, a annoncé que des obsèques officielles "
        "seraient organisées vendredi à Montaubert.",
        [
            (
                P,
                ["un homme de la terre, qui n'a jamais oublié d'où il venait"],
                "Jacques Poitevin",
            ),
            (
                D,
                [
                    "Papa est parti ce matin, entouré des siens, dans la maison où il est né. Il "
                    "détestait les discours, alors je serai brève.",
                    "Merci à tous ceux qui l'ont aimé, et même à ceux qui l'ont combattu : il "
                    "disait que c'étaient eux qui le rendaient meilleur.",
                ],
                "Samia el-Amrani",
            ),
            (
                I,
                ["des obsèques officielles seraient organisées vendredi à Montaubert"],
                "Valérie Chambon-Roy",
            ),
        ],
    ),
    (  # 13 festival cancelled: "a écrit sur Instagram le directeur du festival, X" after,
        # "a-t-elle assuré dans une vidéo", slogan not speech; narrow no-break spaces
        "Le festival Les Nuits de Kervalec n'aura pas lieu. Les organisateurs ont annoncé "
        "mercredi l'annulation de l'édition 2026, prévue du 10 au 13 juillet, après un arrêté "
        "préfectoral interdisant les rassemblements de plus de 5\u202f000 personnes en raison du "
        "risque d'incendie.\n\n"
        "«\u202fC'est un crève-cœur. Deux ans de travail s'envolent en une matinée\u202f», a écrit "
        "sur Instagram le directeur du festival, Arnaud Le Quéré, qui promet le remboursement "
        "intégral des billets d'ici la fin du mois.\n\n"
        "Tête d'affiche de la soirée du samedi, la rappeuse Kenza Diallo a partagé sa déception "
        "auprès de ses 900\u202f000 abonnés. «\u202fJe préparais ce concert depuis janvier. On "
        "reviendra, promis\u202f», a-t-elle assuré dans une vidéo.\n\n"
        "Sur X, les festivaliers déçus ont lancé le slogan «\u202fKervalec 2027 ou rien\u202f», "
        "repris jusque sous les publications de la préfecture.",
        [
            (
                D,
                ["C'est un crève-cœur. Deux ans de travail s'envolent en une matinée"],
                "Arnaud Le Quéré",
            ),
            (
                D,
                ["Je préparais ce concert depuis janvier. On reviendra, promis"],
                "Kenza Diallo",
            ),
        ],
    ),
    (  # 14 racist abuse at a match: hashtag not speech, apposition "Son porte-parole, X, a
        # indiqué que … et que …", incise with a full stop inside one « » (two pieces)
        "Le défenseur de l'AS Roncelles Moussa Traoré-Bah a été la cible d'insultes racistes "
        "samedi, lors du déplacement de son équipe sur la pelouse de l'Olympique de Verneuil. "
        "L'arbitre a interrompu la rencontre pendant une dizaine de minutes à l'heure de jeu.\n\n"
        "Dimanche, le joueur a pris la parole sur Instagram. « J'ai 24 ans, je joue au foot "
        "depuis que j'ai six ans, et j'entends encore des cris de singe dans un stade en 2026. Je "
        "ne me tairai plus », a-t-il écrit sous une photo de lui, poing levé, accompagnée du "
        "mot-dièse « #PasDansNosStades ».\n\n"
        "L'Olympique de Verneuil a condamné les faits dans un communiqué. Son porte-parole, "
        "Julien Mazzocchi, a indiqué que le club avait porté plainte et que les auteurs, "
        "identifiés grâce à la vidéosurveillance, seraient interdits de stade à vie.\n\n"
        "« On ne peut plus se contenter de communiqués, estime le président de la Ligue, Alain "
        "Dorgeval. Il faut des sanctions sportives, des points retirés, des huis clos. »",
        [
            (
                D,
                [
                    "J'ai 24 ans, je joue au foot depuis que j'ai six ans, et j'entends encore des "
                    "cris de singe dans un stade en 2026. Je ne me tairai plus"
                ],
                "Moussa Traoré-Bah",
            ),
            (
                I,
                [
                    "le club avait porté plainte et que les auteurs, identifiés grâce à la "
                    "vidéosurveillance, seraient interdits de stade à vie"
                ],
                "Julien Mazzocchi",
            ),
            (
                D,
                [
                    "On ne peut plus se contenter de communiqués",
                    "Il faut des sanctions sportives, des points retirés, des huis clos.",
                ],
                "Alain Dorgeval",
            ),
        ],
    ),
    (  # 15 maternity closure: petition title not speech, "écrit-elle" after, "Selon lui, « … »"
        # as a direct quote; no-break spaces
        "La maternité de l'hôpital de Roquebrune-sur-Lize fermera ses portes le 31 mars. L'agence "
        "régionale de santé l'a confirmé lundi, invoquant un manque de pédiatres et "
        "d'anesthésistes. Les futures mères devront désormais parcourir 70\u00a0kilomètres pour "
        "accoucher.\n\n"
        "Sur Facebook, la pétition «\u00a0Touche pas à ma maternité\u00a0» a dépassé les "
        "25\u00a0000 signatures en quarante-huit heures. La sage-femme Élise Morvan-Taïeb, qui y "
        "travaille depuis vingt ans, a publié une lettre ouverte. «\u00a0On nous parle de "
        "sécurité. Mais la sécurité, c'est aussi de ne pas accoucher sur le bord d'une "
        "départementale\u00a0», écrit-elle.\n\n"
        "Le maire, Bernard Quilès, a saisi le tribunal administratif dès mardi. Selon lui, "
        "«\u00a0l'État abandonne les territoires ruraux un service après l'autre\u00a0».\n\n"
        "Contactée, l'agence n'a pas souhaité faire de commentaire.",
        [
            (
                D,
                [
                    "On nous parle de sécurité. Mais la sécurité, c'est aussi de ne pas accoucher "
                    "sur le bord d'une départementale"
                ],
                "Élise Morvan-Taïeb",
            ),
            (
                D,
                ["l'État abandonne les territoires ruraux un service après l'autre"],
                "Bernard Quilès",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 broadcaster's death: nickname with "Mr" and hashtag not speech, "posted on X:",
        # '"A," X wrote on Instagram. "B."' (two quotes)
        "Tributes have poured in for Gordon Ashcroft, the veteran broadcaster known to millions as "
        "\u201cMr Saturday Night\u201d, who died on Sunday at the age of 79. His family announced "
        "his death in a short statement, asking for privacy.\n\n"
        "The Prime Minister, Eleanor Whitcombe, posted on X: \u201cGordon was the soundtrack of a "
        "million Saturday nights. Warm, mischievous and utterly kind. My thoughts are with his "
        "family.\u201d\n\n"
        "\u201cHe gave me my first break when nobody else would return my calls,\u201d comedian "
        "Priya Sandhu wrote on Instagram. \u201cI owe him everything, including the bad "
        "jokes.\u201d\n\n"
        "Fans shared clips of his most famous moments under the hashtag "
        "\u201c#ThankYouGordon\u201d, which trended across the country for most of Monday. "
        "Northvale Television, where he worked for 38 years, will broadcast a tribute programme "
        "on Saturday.",
        [
            (
                D,
                [
                    "Gordon was the soundtrack of a million Saturday nights. Warm, mischievous and "
                    "utterly kind. My thoughts are with his family."
                ],
                "Eleanor Whitcombe",
            ),
            (
                D,
                ["He gave me my first break when nobody else would return my calls"],
                "Priya Sandhu",
            ),
            (D, ["I owe him everything, including the bad jokes."], "Priya Sandhu"),
        ],
    ),
    (  # 2 manager sacked: straight quotes, club partial inside "said it had been", "he posted
        # on X" after, '"A," he said in a video, "b."' (one quote, two pieces)
        "Harlington City have sacked manager Steve Kilbride after a run of nine defeats in ten "
        "league games, leaving the club second from bottom of the table.\n\n"
        'In a statement released on Monday morning, the club said it had been "a difficult but '
        'necessary decision" and thanked Kilbride for his work. First-team coach Marcus Oyelaran '
        "will take charge of Saturday's match against Wexborough Town.\n\n"
        "Former captain Declan Murphy-Hart was less diplomatic. \"The manager didn't lose those "
        "games on his own. The board sold our three best players in August and then acted "
        'surprised," he posted on X.\n\n'
        'Kilbride broke his silence in the evening. "I gave this club everything I had for two '
        "and a half years,\" he said in a video shared by the Managers' Guild, \"and I'm sorry it "
        "didn't work out.\"",
        [
            (P, ["a difficult but necessary decision"], "Harlington City"),
            (
                D,
                [
                    "The manager didn't lose those games on his own. The board sold our three best "
                    "players in August and then acted surprised"
                ],
                "Declan Murphy-Hart",
            ),
            (
                D,
                [
                    "I gave this club everything I had for two and a half years",
                    "and I'm sorry it didn't work out.",
                ],
                "Steve Kilbride",
            ),
        ],
    ),
    (  # 3 airline outage: "…, according to the aviation data firm X." indirect, Dr + "she said"
        # after, unnamed "one traveller wrote on Facebook"
        "Thousands of passengers were left stranded on Friday after a computer failure grounded "
        "every flight operated by budget carrier SkyMeridian for more than six hours. More than "
        "340 flights were cancelled or delayed, according to the aviation data firm "
        "FlightLedger.\n\n"
        "The airline's chief executive, Dr Helena Voss, apologised in a video posted on the "
        "company's X account. \u201cI know many of you missed weddings, funerals and holidays you "
        "had saved for all year. That is not acceptable, and I am sorry,\u201d she said.\n\n"
        "Passengers were less forgiving. \u201cSix hours on the floor of Gate 14 with a toddler "
        "and not one announcement,\u201d one traveller wrote on Facebook, alongside a photo of a "
        "crowded departure lounge. Others posted pictures of the \u00a38 sandwiches on sale in "
        "the terminal.",
        [
            (I, ["More than 340 flights were cancelled or delayed"], "FlightLedger"),
            (
                D,
                [
                    "I know many of you missed weddings, funerals and holidays you had saved "
                    "for all "
                    "year. That is not acceptable, and I am sorry"
                ],
                "Helena Voss",
            ),
            (
                D,
                ["Six hours on the floor of Gate 14 with a toddler and not one announcement"],
                "traveller",
            ),
        ],
    ),
    (  # 4 tour cancelled: "the 27-year-old wrote" after, unnamed fan "one wrote", dashes as
        # parentheses around "and later deleted", partial inside "complaining that"
        "Singer Maddox Rayne has cancelled the remaining 22 dates of his world tour, less than a "
        "week after collapsing on stage in Port Alder.\n\n"
        "\"I've spent the last three years pretending I was fine. I wasn't,\" the 27-year-old "
        "wrote on Instagram on Tuesday, in a post that also promised full refunds.\n\n"
        'Fans flooded the comments with messages of support. "Take all the time you need. '
        "We'll be here,\" one wrote, in a comment that drew more than 80,000 likes.\n\n"
        "Not everyone was so understanding. The tour's promoter, Vince Calloway, posted — and "
        'later deleted — a message on X complaining that "some of us have bills to pay". He '
        "apologised on Wednesday, and the singer's management has since cut ties with his "
        "company.",
        [
            (
                D,
                ["I've spent the last three years pretending I was fine. I wasn't"],
                "Maddox Rayne",
            ),
            (D, ["Take all the time you need. We'll be here"], "fan"),
            (P, ["some of us have bills to pay"], "Vince Calloway"),
        ],
    ),
    (  # 5 deleted post by an MP: the post "read:" before the quote, "Mr X said in a statement"
        # after, partial after "called the post"
        "Wendell Thorpe, the MP for Ashby Marsh, has apologised after a post mocking food bank "
        "users was shared thousands of times before being deleted.\n\n"
        "The post, published late on Tuesday, read: \u201cIf you can afford a smartphone, you can "
        "afford your own groceries.\u201d It was removed around two hours later.\n\n"
        "\u201cI was wrong, and I am ashamed of what I wrote. I will be volunteering at my local "
        "food bank this weekend, not as a photo opportunity, but to listen,\u201d Mr Thorpe said "
        "in a statement on Wednesday. Thorpe, who was first elected in 2019, sits on the "
        "parliamentary committee that scrutinises welfare spending.\n\n"
        "The opposition spokesperson for work and pensions, Rhiannon Pryce, called the post "
        "\u201ccruel and ignorant\u201d. The Ashby Marsh food bank reported a surge in donations "
        "overnight.",
        [
            (
                D,
                ["If you can afford a smartphone, you can afford your own groceries."],
                "Wendell Thorpe",
            ),
            (
                D,
                [
                    "I was wrong, and I am ashamed of what I wrote. I will be volunteering at my "
                    "local food bank this weekend, not as a photo opportunity, but to listen"
                ],
                "Wendell Thorpe",
            ),
            (P, ["cruel and ignorant"], "Rhiannon Pryce"),
        ],
    ),
    (  # 6 new mayor: "al-" particle, "she told supporters" after, partial inside "writing that
        # he", placard not speech; straight quotes
        "Independent candidate Farida al-Masri has been elected mayor of Kingsbridge Vale, "
        "becoming the first woman to hold the post in the city's 180-year history. She ran "
        "without the backing of any party, on a platform of cheaper bus fares and more youth "
        "clubs, and spent less than \u00a312,000 on her campaign.\n\n"
        'Al-Masri, a 41-year-old former paediatric nurse, won 54 per cent of the vote. "This city '
        'chose hope over fear tonight," she told supporters at the count.\n\n'
        "Her defeated rival, Councillor Trevor Gaskin, conceded on Facebook shortly after "
        'midnight, writing that he "respected the result" and wished her well.\n\n'
        "On the steps of the town hall the next morning, supporters held up homemade placards "
        'reading "Farida for all of us" as the new mayor arrived for her first day in office.',
        [
            (D, ["This city chose hope over fear tonight"], "Farida al-Masri"),
            (P, ["respected the result"], "Trevor Gaskin"),
        ],
    ),
    (  # 7 swimmer retires: "van" particle, ’ inside the quote, "X said in a video" after,
        # "he posted on X" after the rival's quote
        "Double Olympic champion Daan van Leeuwen has announced his retirement from swimming at "
        "the age of 31, ending a career that brought him two gold medals and eleven national "
        "titles.\n\n"
        "\u201cI\u2019ve given the pool everything, and the pool has given me more than I could "
        "ever have dreamed. It\u2019s time to get out and dry off,\u201d van Leeuwen said in a "
        "video posted on his Instagram account on Thursday.\n\n"
        "His great rival, Kenji Moriarty, was among the first to respond. \u201cGreatest rival, "
        "better friend. Enjoy retirement, old man,\u201d he posted on X. Van Leeuwen will stay on "
        "as an ambassador for the national federation, Aquatics Northland.\n\n"
        "He first swam competitively at the age of seven, at a municipal pool in Oostmere that "
        "has since named a lane after him, and broke his first national record at 16.",
        [
            (
                D,
                [
                    "I\u2019ve given the pool everything, and the pool has given me more than I "
                    "could ever have dreamed. It\u2019s time to get out and dry off"
                ],
                "Daan van Leeuwen",
            ),
            (
                D,
                ["Greatest rival, better friend. Enjoy retirement, old man"],
                "Kenji Moriarty",
            ),
        ],
    ),
    (  # 8 tech layoffs: "told staff in an email … that", "wrote X, a senior designer" after,
        # "According to the X, …" indirect
        "Chief executive Marcus Delacroix-Hale told staff in an email on Tuesday that Brightwell "
        "Systems would cut 1,800 jobs, about 12 per cent of its workforce. The software company "
        "has been shifting its spending towards artificial intelligence for two years. It is the "
        "third round of redundancies at Brightwell since 2024, and the largest. Most of those "
        "affected work in sales and customer support, and will leave before Christmas.\n\n"
        'Within hours, LinkedIn was full of posts from laid-off employees. "Eight years, two '
        "promotions, and my access was cut off before I'd finished my coffee,\" wrote Tasha "
        "Greenidge, a senior designer in the company's Harrowfield office.\n\n"
        "According to the Technology Workers Union, the company spent $400 million buying back "
        "its own shares last year. Brightwell did not respond to a request for comment.",
        [
            (
                I,
                ["Brightwell Systems would cut 1,800 jobs, about 12 per cent of its workforce"],
                "Marcus Delacroix-Hale",
            ),
            (
                D,
                [
                    "Eight years, two promotions, and my access was cut off before I'd finished my "
                    "coffee"
                ],
                "Tasha Greenidge",
            ),
            (
                I,
                ["the company spent $400 million buying back its own shares last year"],
                "Technology Workers Union",
            ),
        ],
    ),
    (  # 9 storm: "Officials said … and that …" indirect, partial after "described the damage
        # as" with the period inside the marks
        "Storm Imelda tore through the coastal town of Pennick Bay overnight, ripping roofs from "
        "homes and leaving 14,000 properties without power. Dozens of homes on Harbour Row were "
        "evacuated shortly after 2am as waves broke over the promenade, and the coastguard "
        "rescued two people from a stranded car.\n\n"
        "Officials said the sea wall had been breached in two places and that a rest centre had "
        "opened at the leisure centre on Quarry Road. Council leader Bronwen Atherley described "
        "the damage as \u201cthe worst I have seen in thirty years of living here.\u201d\n\n"
        "Residents took to Facebook to share pictures of flooded kitchens, fallen trees and cars "
        "buried under shingle. By mid-morning, volunteers were handing out tea and blankets on "
        "the seafront. Forecasters expect more heavy rain on Thursday.",
        [
            (
                I,
                [
                    "the sea wall had been breached in two places and that a rest centre had "
                    "opened "
                    "at the leisure centre on Quarry Road"
                ],
                "officials",
            ),
            (
                P,
                ["the worst I have seen in thirty years of living here."],
                "Bronwen Atherley",
            ),
        ],
    ),
    (  # 10 racist abuse: ‘ ’ inside “ ”, "the 23-year-old wrote on X" after, club partial inside
        # "said in a statement that", '"…," posted X' inverted, hashtag not speech
        "Kestrel Park winger Josh Adeyemi-Clarke was the target of racist abuse from a spectator "
        "during Saturday's league match against Dunmore Rovers. The game was halted for several "
        "minutes in the second half while stewards searched the stand behind the dugout, and a "
        "47-year-old man was later escorted from the ground.\n\n"
        "\u201cI heard someone behind the dugout shout \u2018go back where you came from\u2019 "
        "three times. I looked at the stewards and they looked away,\u201d the 23-year-old wrote "
        "on X on Sunday.\n\n"
        "Dunmore Rovers said in a statement that they were \u201cappalled\u201d and had launched "
        "an investigation with the help of police. \u201cEnough is enough,\u201d posted Kestrel "
        "Park captain Liam O'Rourke, alongside the hashtag \u201c#StandWithJosh\u201d, which was "
        "shared by dozens of players across the league.",
        [
            (
                D,
                [
                    "I heard someone behind the dugout shout \u2018go back where you came "
                    "from\u2019 three times. I looked at the stewards and they looked away"
                ],
                "Josh Adeyemi-Clarke",
            ),
            (P, ["appalled"], "Dunmore Rovers"),
            (D, ["Enough is enough"], "Liam O'Rourke"),
        ],
    ),
    (  # 11 product recall: "a spokeswoman for X" speaks for X (partial), "he wrote" after
        "Supermarket chain Haverly's has recalled its own-brand chicken and mushroom pies after "
        "fragments of blue plastic were found in several packs sold in the north of the "
        "country. The pies, sold in packs of two for \u00a33.50, carry a best-before date of 14 "
        "December.\n\n"
        'A spokeswoman for Haverly\'s said the company was "deeply sorry". Customers who bought '
        "the pies are advised not to eat them and can get a full refund in store without a "
        "receipt. The Food Safety Agency has opened an investigation with the manufacturer, "
        "Castlemoor Foods.\n\n"
        'Shopper Dean Whitlock posted a photo of a two-inch shard on X. "Nearly gave it to my '
        'six-year-old for tea. Check your freezers, people," he wrote. Castlemoor Foods has not '
        "responded to requests for comment.",
        [
            (P, ["deeply sorry"], "Haverly's"),
            (
                D,
                ["Nearly gave it to my six-year-old for tea. Check your freezers, people"],
                "Dean Whitlock",
            ),
        ],
    ),
    (  # 12 care home verdict: Mrs + apposition, statement quoted over two paragraphs (one span
        # each), partial inside "posted on X that", "According to the group," indirect
        "A former care home manager has been found guilty of neglect over the death of "
        "88-year-old Margaret Ellery at Willowmere House in 2023.\n\n"
        "Outside Elmsbury Crown Court, Mrs Ellery\u2019s son, Richard Ellery, read a statement on "
        "behalf of the family.\n\n"
        "\u201cMum was a teacher for forty years. She deserved dignity at the end, and she was "
        "denied it.\n\n"
        "\u201cToday\u2019s verdict does not bring her back, but it tells every family in this "
        "country that they will be listened to.\u201d\n\n"
        "The campaign group Dignity in Care posted on X that the case was \u201cthe tip of a very "
        "large iceberg\u201d. According to the group, more than 1,200 neglect complaints were "
        "made against care homes in the region last year.\n\n"
        "The defendant, Alan Purvis, 56, will be sentenced next month.",
        [
            (
                D,
                [
                    "Mum was a teacher for forty years. She deserved dignity at the end, and "
                    "she was "
                    "denied it.",
                    "Today\u2019s verdict does not bring her back, but it tells every family in "
                    "this country that they will be listened to.",
                ],
                "Richard Ellery",
            ),
            (P, ["the tip of a very large iceberg"], "Dignity in Care"),
            (
                I,
                [
                    "more than 1,200 neglect complaints were made against care homes in the region "
                    "last year"
                ],
                "Dignity in Care",
            ),
        ],
    ),
    (  # 13 awards snub: film title not speech, "she posted on Instagram" after, "X wrote on X:"
        # before, partial inside "told the Clarion that … but that"
        "The omission of \u201cThe Salt Road\u201d from the best picture shortlist at the Harbour "
        "Film Awards has provoked an outcry among critics and fans, who had made the drama about "
        "the 1911 dock strikes an early favourite.\n\n"
        "Its director, Nkechi Adebanjo-Lowe, took the snub with humour. \u201cWe didn\u2019t make "
        "it for the trophies, which is lucky,\u201d she posted on Instagram, with a photo of her "
        "cast eating chips on a kerb.\n\n"
        "The film\u2019s lead actor was blunter. Samuel Fairbrother wrote on X: \u201cFour "
        "nominations for a film about a yacht race, none for a film about our own history. Draw "
        "your own conclusions.\u201d\n\n"
        "Academy chair Rosalind Hayward-Pike told the Clarion on Monday that she understood the "
        "disappointment but that voting had been \u201cindependent and rigorous\u201d.",
        [
            (
                D,
                ["We didn\u2019t make it for the trophies, which is lucky"],
                "Nkechi Adebanjo-Lowe",
            ),
            (
                D,
                [
                    "Four nominations for a film about a yacht race, none for a film about our own "
                    "history. Draw your own conclusions."
                ],
                "Samuel Fairbrother",
            ),
            (P, ["independent and rigorous"], "Rosalind Hayward-Pike"),
        ],
    ),
    (  # 14 bridge closure: partial inside "said inspectors had found", "said X, a nurse" after,
        # "Councillor X … told reporters" indirect
        "Commuters faced hours of delays on Monday after the Stanmore Viaduct, which carries "
        "60,000 vehicles a day into Eastbridge, was closed without warning. Queues stretched "
        "more than four miles along the ring road at the height of the morning rush, and "
        "several schools opened late.\n\n"
        'Eastbridge Highways said inspectors had found "significant corrosion" in two of the '
        "bridge's supporting cables during a routine check on Sunday evening.\n\n"
        '"I left home at six and I\'m still not at work. Nobody told us anything," said Aisha '
        "Rahman, a nurse who drives in from Fenwick every morning.\n\n"
        "Councillor Mehmet Yilmaz-Rowe, who chairs the city's transport committee, told "
        "reporters the viaduct would stay shut for at least six weeks while repairs were carried "
        "out. Buses will run every ten minutes from the park-and-ride sites.",
        [
            (P, ["significant corrosion"], "Eastbridge Highways"),
            (
                D,
                ["I left home at six and I'm still not at work. Nobody told us anything"],
                "Aisha Rahman",
            ),
            (
                I,
                [
                    "the viaduct would stay shut for at least six weeks while repairs were "
                    "carried out"
                ],
                "Mehmet Yilmaz-Rowe",
            ),
        ],
    ),
    (  # 15 restaurant closing: role "the chef" with '"A," said …, "b."' (one quote, two pieces),
        # partial inside "wrote on X that"
        "Celebrated chef Aurelio Bastiani will close his restaurant, Ferro, after 25 years, "
        "blaming soaring rents and energy bills. Bastiani, who arrived from Italy at 19 with one "
        "suitcase, opened Ferro in a former ironmonger's shop in 2001, and its slow-cooked "
        "rag\u00f9 "
        "soon became a fixture of the city's food guides.\n\n"
        '"We have fed three generations of this city," the chef said in a video posted to the '
        'restaurant\'s Instagram page, "and I am proud of every plate."\n\n'
        'Food critic Hannah Lowther wrote on X that Ferro had "taught a whole city what pasta was '
        'supposed to taste like". Fellow restaurateurs across the city shared photos of their '
        "first meals in its dining room.\n\n"
        "The landlord, Crestline Property, declined to comment. Ferro will serve its last dinner "
        "on December 23.",
        [
            (
                D,
                [
                    "We have fed three generations of this city",
                    "and I am proud of every plate.",
                ],
                "Aurelio Bastiani",
            ),
            (
                P,
                ["taught a whole city what pasta was supposed to taste like"],
                "Hannah Lowther",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout57.jsonl"),
        "heldout57",
        "h57",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
