"""Source of the 116th held-out set: writes heldout116.jsonl (split "heldout116").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like sports news: football and rugby match reports with post-match quotes, transfers,
coach and manager sackings, doping cases in cycling and athletics, injuries and withdrawals in
tennis and football, federation elections and disciplinary decisions, refereeing rows, stadium
projects, a cycling team folding, a national rugby squad announcement (in French rendered with
dialogue dashes), round-the-world sailing and a rescue at sea, an awards gala and a
cross-country results round-up with no quote; players, coaches, managers, club presidents and
chairmen, agents, doctors, referees' bodies, federation officials, fans and clubs speaking as
organisations are quoted, some speakers unnamed; speakers are referred back to by surname,
pronoun, role or epithet ("le Breton", "l'ailier", "la Niçoise", "the Welshman", "the
23-year-old", "the Kiwi"), and some statements are sourced with "selon X", "d'après X" or
"according to X".
Measured once with 0.3.0, 0.34.0 and 0.35.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout116.py
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
    (  # 1 Ligue 1 match report: a quote split by "a reconnu l'entraîneur valrennais Name,"
        # (one quote, two spans, final period kept), two-sentence direct + "a-t-il confié"
        # (pronoun for "L'ailier", itself an epithet for the named winger), "a dédié ses deux
        # buts" (not speech)
        "Le Stade de Valrenne a dominé l'Olympique de Carmaux (3-1) samedi soir au stade des "
        "Tilleuls, devant 21\u00a0400 spectateurs. Auteur d'un doublé, l'ailier ivoirien Yann "
        "Kouassi-Berthier a fait basculer la rencontre en seconde période.\n\n"
        "«\u00a0On a été mauvais pendant quarante-cinq minutes, a reconnu l'entraîneur "
        "valrennais Patrice Mandrou, mais à la pause les garçons ont montré du "
        "caractère.\u00a0»\n\n"
        "L'ailier, 22 ans, a dédié ses deux buts à sa mère, hospitalisée depuis octobre. "
        "«\u00a0Elle regardait le match depuis sa chambre. Ce doublé, c'est pour elle\u00a0», "
        "a-t-il confié au micro de Canal Stade.\n\n"
        "Carmaux reste 16e du classement, à deux points de la zone rouge.",
        [
            (
                D,
                [
                    "On a été mauvais pendant quarante-cinq minutes",
                    "mais à la pause les garçons ont montré du caractère.",
                ],
                "Patrice Mandrou",
            ),
            (
                D,
                ["Elle regardait le match depuis sa chambre. Ce doublé, c'est pour elle"],
                "Yann Kouassi-Berthier",
            ),
        ],
    ),
    (  # 2 winter transfer: "Selon le quotidien Name," (rest of the sentence, generic noun
        # dropped), two-sentence direct + "a déclaré le Belge" (epithet), partial inside "a
        # assuré que le club n'avait", "a remercié le joueur" (noun object, not annotated)
        "Le milieu de terrain belge Arnaud Vercauteren, 24 ans, s'est engagé jeudi pour quatre "
        "ans et demi avec l'AS Montbrison. Selon le quotidien Sport Matin, l'indemnité de "
        "transfert versée au Sporting Anvers atteint 14 millions d'euros, bonus compris.\n\n"
        "«\u00a0J'ai senti une vraie confiance dès le premier appel. Le projet sportif m'a "
        "convaincu\u00a0», a déclaré le Belge lors de sa présentation à la presse, vendredi.\n\n"
        "Le président montbrisonnais, Gilles Ferracci, a assuré que le club n'avait «\u00a0pas "
        "fini\u00a0» son mercato d'hiver. Le Sporting Anvers a remercié le joueur dans un "
        "communiqué.",
        [
            (
                I,
                [
                    "l'indemnité de transfert versée au Sporting Anvers atteint 14 millions "
                    "d'euros, bonus compris"
                ],
                "Sport Matin",
            ),
            (
                D,
                [
                    "J'ai senti une vraie confiance dès le premier appel. Le projet sportif m'a "
                    "convaincu"
                ],
                "Arnaud Vercauteren",
            ),
            (P, ["pas fini"], "Gilles Ferracci"),
        ],
    ),
    (  # 3 Ligue 2 coach sacked: "Pour le président du club, Name, « … »" (direct), "D'après
        # plusieurs joueurs," (unnamed plural, rest of the sentence), partial after "L'intéressé
        # … s'est dit" (referring back to the sacked coach)
        "Le Racing Club de Vaulmont a mis fin lundi au contrat de son entraîneur, Didier "
        "Camarasa, au lendemain d'une cinquième défaite consécutive en Ligue\u00a02 (0-2 contre "
        "Lunel). Le club pointe à la 17e place, un point au-dessus de la zone de relégation.\n\n"
        "Pour le président du club, Bernard Oliveri, «\u00a0la situation exigeait un "
        "électrochoc\u00a0».\n\n"
        "D'après plusieurs joueurs, le technicien avait perdu le contrôle du vestiaire depuis "
        "l'élimination en Coupe de France.\n\n"
        "L'intéressé, joint par téléphone, s'est dit «\u00a0déçu mais pas surpris\u00a0». "
        "L'intérim sera assuré par son adjoint, Sofiane Belhadj.",
        [
            (D, ["la situation exigeait un électrochoc"], "Bernard Oliveri"),
            (
                I,
                [
                    "le technicien avait perdu le contrôle du vestiaire depuis l'élimination en "
                    "Coupe de France"
                ],
                "joueurs",
            ),
            (P, ["déçu mais pas surpris"], "Didier Camarasa"),
        ],
    ),
    (  # 4 cycling doping case: "L'agence a précisé … que" (generic noun for the named
        # agency), "clame son innocence" (noun object) then a two-sentence direct + "a-t-il
        # écrit" (pronoun for "Le Breton"), "Selon lui, … « … »" (quoted words inside the
        # "selon" clause, only the partial; "Me" dropped)
        "Le coureur cycliste Loïc Kerbrat, 27 ans, a été suspendu provisoirement par l'Agence "
        "nationale de contrôle antidopage (ANCA) après un contrôle positif à l'EPO lors du Tour "
        "du Limousin, en août. L'agence a précisé mardi que l'analyse de l'échantillon B avait "
        "confirmé la présence de la substance.\n\n"
        "Le Breton, qui court pour l'équipe Armor-Cycles, clame son innocence. «\u00a0Je n'ai "
        "jamais triché. Je vais me battre pour laver mon nom\u00a0», a-t-il écrit sur les "
        "réseaux sociaux.\n\n"
        "Son avocat, Me\u00a0Julien Sarrazin, conteste la régularité de la procédure. Selon lui, "
        "la chaîne de conservation des échantillons «\u00a0présente des failles "
        "évidentes\u00a0».\n\n"
        "L'équipe Armor-Cycles a suspendu le coureur jusqu'à nouvel ordre. Le Breton risque "
        "quatre ans de suspension.",
        [
            (
                I,
                ["l'analyse de l'échantillon B avait confirmé la présence de la substance"],
                "Agence nationale de contrôle antidopage",
            ),
            (
                D,
                ["Je n'ai jamais triché. Je vais me battre pour laver mon nom"],
                "Loïc Kerbrat",
            ),
            (P, ["présente des failles évidentes"], "Julien Sarrazin"),
        ],
    ),
    (  # 5 Top 14 match report: a quote split by "a souri l'ouvreur de 21 ans," (epithet, one
        # quote two spans), "a salué le caractère" (noun object), partial inside "a estimé que
        # son équipe avait", "Le club girondin a annoncé … que" (the club as an organisation)
        "Le Stade aurillacois a créé la surprise samedi en s'imposant sur la pelouse de l'Union "
        "Bordeaux-Garonne (19-22), grâce à un drop de son ouvreur Mathieu Laborde-Estrade à la "
        "79e minute.\n\n"
        "«\u00a0Je ne l'avais jamais tenté en match, a souri l'ouvreur de 21 ans, mais le ballon "
        "est parti parfaitement et j'ai su tout de suite qu'il passait.\u00a0»\n\n"
        "Le manager aurillacois, Christophe Vaysse, a salué le caractère de son groupe. Son "
        "homologue bordelais, Franck Izarra, a estimé que son équipe avait «\u00a0joué avec le "
        "frein à main\u00a0» en seconde période.\n\n"
        "Le club girondin a annoncé dimanche que son troisième-ligne Sione Taufa serait absent "
        "six semaines, victime d'une entorse du genou.",
        [
            (
                D,
                [
                    "Je ne l'avais jamais tenté en match",
                    "mais le ballon est parti parfaitement et j'ai su tout de suite qu'il passait.",
                ],
                "Mathieu Laborde-Estrade",
            ),
            (P, ["joué avec le frein à main"], "Franck Izarra"),
            (
                I,
                [
                    "son troisième-ligne Sione Taufa serait absent six semaines, victime d'une "
                    "entorse du genou"
                ],
                "Union Bordeaux-Garonne",
            ),
        ],
    ),
    (  # 6 tennis player ends her season: "a annoncé … qu'elle" (indirect), a quote continued
        # over two paragraphs (one span each, the first one's period kept) + "a expliqué la
        # Niçoise" (epithet), "Son entraîneur, Name, a indiqué qu'une"
        "Éliminée dès le deuxième tour de l'Open de Grenoble par la Tchèque Klára Novotná (6-4, "
        "3-6, 7-5), la Française Chloé Marchetti-Roux a annoncé jeudi qu'elle mettait un terme à "
        "sa saison.\n\n"
        "«\u00a0Mon épaule me fait souffrir depuis Wimbledon. J'ai joué sous infiltration tout "
        "l'été, et ce n'est plus tenable.\n\n"
        "«\u00a0Je préfère m'arrêter maintenant pour revenir à 100\u00a0% en janvier\u00a0», a "
        "expliqué la Niçoise, 26e mondiale, en conférence de presse.\n\n"
        "Son entraîneur, Laurent Pizzuti, a indiqué qu'une IRM serait réalisée la semaine "
        "prochaine à Paris.",
        [
            (I, ["elle mettait un terme à sa saison"], "Chloé Marchetti-Roux"),
            (
                D,
                [
                    "Mon épaule me fait souffrir depuis Wimbledon. J'ai joué sous infiltration "
                    "tout l'été, et ce n'est plus tenable.",
                    "Je préfère m'arrêter maintenant pour revenir à 100\u00a0% en janvier",
                ],
                "Chloé Marchetti-Roux",
            ),
            (
                I,
                ["une IRM serait réalisée la semaine prochaine à Paris"],
                "Laurent Pizzuti",
            ),
        ],
    ),
    (  # 7 stadium project: "…, selon le cabinet d'architectes Name." (the part before,
        # generic noun dropped), direct + "s'est félicité le maire, Name,", partial after
        # "L'association de riverains Name dénonce, elle," (generic noun dropped), "espère une
        # inauguration" (noun object)
        "Le conseil municipal de Saint-Aurèle a approuvé lundi soir, par 31 voix contre 12, le "
        "projet de nouveau stade de 28\u00a0000 places porté par le FC Saint-Aurèle. Le coût du "
        "chantier est estimé à 165 millions d'euros, selon le cabinet d'architectes Brunel & "
        "Associés.\n\n"
        "«\u00a0C'est un jour historique pour la ville et pour le club\u00a0», s'est félicité le "
        "maire, Philippe Garrigou-Lenoir, à l'issue du vote.\n\n"
        "L'association de riverains Bien vivre à Montcalm dénonce, elle, «\u00a0un gouffre "
        "financier\u00a0» pour les contribuables. Le président du club, Stéphane Auriol, espère "
        "une inauguration à l'été 2029.",
        [
            (
                I,
                ["Le coût du chantier est estimé à 165 millions d'euros"],
                "Brunel & Associés",
            ),
            (
                D,
                ["C'est un jour historique pour la ville et pour le club"],
                "Philippe Garrigou-Lenoir",
            ),
            (P, ["un gouffre financier"], "Bien vivre à Montcalm"),
        ],
    ),
    (  # 8 league sanction after flares: "Le club a fait savoir … qu'il" (the club as an
        # organisation), partial after "a qualifié la sanction de" by "Son directeur général,
        # Name", "Selon lui," (pronoun, rest of the sentence), "a présenté ses excuses" (noun
        # object)
        "La commission de discipline de la Ligue nationale de football a infligé jeudi trois "
        "matchs de huis clos total à l'Union sportive de Pontarlieu, après les jets de "
        "fumigènes qui avaient interrompu le derby contre Besançon pendant vingt minutes, le 22 "
        "novembre.\n\n"
        "Le club a fait savoir dans la soirée qu'il ferait appel. Son directeur général, Olivier "
        "Tramoni, a qualifié la sanction de «\u00a0disproportionnée\u00a0». Selon lui, les "
        "auteurs des jets ont tous été identifiés et interdits de stade.\n\n"
        "Le principal groupe de supporters, le Kop Doubs 1998, a présenté ses excuses aux "
        "joueurs de Besançon.",
        [
            (I, ["il ferait appel"], "Union sportive de Pontarlieu"),
            (P, ["disproportionnée"], "Olivier Tramoni"),
            (
                I,
                ["les auteurs des jets ont tous été identifiés et interdits de stade"],
                "Olivier Tramoni",
            ),
        ],
    ),
    (  # 9 round-the-world race: two-sentence direct + "a raconté le Rochelais" (epithet), "La
        # direction de course a indiqué que" (unnamed body), "D'après son routeur, Name," (rest
        # of the sentence)
        "Le skipper Yannick Le Floch (Océa Énergies) a pris mardi la tête du Tour du monde des "
        "Caps, au large du cap de Bonne-Espérance, à la faveur d'une option sud audacieuse. Il "
        "compte désormais 64 milles d'avance sur le Néo-Zélandais Tom Hartigan.\n\n"
        "«\u00a0La mer est énorme, avec des creux de sept mètres. Je dors par tranches de vingt "
        "minutes, mais le bateau tient bien\u00a0», a raconté le Rochelais lors de la vacation "
        "radio.\n\n"
        "La direction de course a indiqué que deux concurrents, dont la Suissesse Anouk "
        "Berthod, avaient signalé des avaries de safran dans la nuit. D'après son routeur, "
        "Fabien Guézennec, la Suissesse pourrait faire escale au Cap pour réparer.",
        [
            (
                D,
                [
                    "La mer est énorme, avec des creux de sept mètres. Je dors par tranches de "
                    "vingt minutes, mais le bateau tient bien"
                ],
                "Yannick Le Floch",
            ),
            (
                I,
                [
                    "deux concurrents, dont la Suissesse Anouk Berthod, avaient signalé des "
                    "avaries de safran dans la nuit"
                ],
                "direction de course",
            ),
            (
                I,
                ["la Suissesse pourrait faire escale au Cap pour réparer"],
                "Fabien Guézennec",
            ),
        ],
    ),
    (  # 10 captain injured, straight quotes: "a confirmé la blessure" (noun object), direct +
        # "a réagi l'entraîneur, Name", "Le défenseur de 29 ans s'est voulu combatif … :" (epithet,
        # direct after a colon, final period kept), "D'après le médecin du club, le docteur
        # Name," (title dropped, rest of the sentence)
        "Coup dur pour l'Olympique de Sérignan : son capitaine, le défenseur central Mamadou "
        "Sissokho-Perrin, souffre d'une rupture du tendon d'Achille et sera absent au moins six "
        "mois. Le club a confirmé la blessure mercredi dans un communiqué.\n\n"
        '"C\'est une perte immense pour nous, sur le terrain comme dans le vestiaire", a réagi '
        "l'entraîneur, Jean-Marc Teyssier.\n\n"
        "Le défenseur de 29 ans s'est voulu combatif sur son compte Instagram : \"Je reviendrai "
        'plus fort. Promis."\n\n'
        "D'après le médecin du club, le docteur Alain Vidalenc, la blessure est survenue sans "
        "contact, lors d'un simple appel de balle à l'entraînement.",
        [
            (
                D,
                ["C'est une perte immense pour nous, sur le terrain comme dans le vestiaire"],
                "Jean-Marc Teyssier",
            ),
            (D, ["Je reviendrai plus fort. Promis."], "Mamadou Sissokho-Perrin"),
            (
                I,
                [
                    "la blessure est survenue sans contact, lors d'un simple appel de balle à "
                    "l'entraînement"
                ],
                "Alain Vidalenc",
            ),
        ],
    ),
    (  # 11 athletics federation election: two-sentence direct + "a déclaré la nouvelle
        # présidente" (role referring back), "Elle a promis que" (pronoun), "a reconnu sa
        # défaite et félicité la gagnante" (noun objects, not annotated)
        "Karine Almeida-Stoll a été élue samedi présidente de l'Union athlétique de France "
        "(UAF), avec 54,7\u00a0% des voix des délégués réunis en assemblée générale à Vichy. "
        "L'ancienne championne d'Europe du 800\u00a0m succède à Gérard Pommeret, qui ne se "
        "représentait pas.\n\n"
        "«\u00a0Notre sport a perdu des licenciés pendant dix ans. Ma priorité, ce sont les "
        "clubs\u00a0», a déclaré la nouvelle présidente après l'annonce des résultats. Elle a "
        "promis que le budget consacré aux clubs serait doublé d'ici à 2028.\n\n"
        "Son adversaire, le Toulousain Rémi Castagnier, a reconnu sa défaite et félicité la "
        "gagnante.",
        [
            (
                D,
                [
                    "Notre sport a perdu des licenciés pendant dix ans. Ma priorité, ce sont les clubs"
                ],
                "Karine Almeida-Stoll",
            ),
            (
                I,
                ["le budget consacré aux clubs serait doublé d'ici à 2028"],
                "Karine Almeida-Stoll",
            ),
        ],
    ),
    (  # 12 refereeing row, « » without inner spaces: a quote split by "a fulminé le président
        # du FC Name, Name," (one quote two spans), two partials inside "L'Association … a
        # répondu … que" (an organisation; only the partials), a narrative sentence after
        "La polémique enfle après le but refusé au FC Lérins dimanche à Nîmes (1-1), dans le "
        "temps additionnel. Après avoir consulté les images, l'arbitre Nicolas Ferrand-Lacaze "
        "avait sanctionné une faute de l'attaquant Youssef Benali sur le gardien.\n\n"
        "«Ce n'est plus de l'arbitrage, a fulminé le président du FC Lérins, Marc-Antoine "
        "Giudicelli, c'est une loterie.»\n\n"
        "L'Association des arbitres professionnels a répondu lundi dans un communiqué que «les "
        "attaques personnelles» visant ses membres étaient «inacceptables». L'arbitre sera "
        "néanmoins mis au repos le week-end prochain.",
        [
            (
                D,
                ["Ce n'est plus de l'arbitrage", "c'est une loterie."],
                "Marc-Antoine Giudicelli",
            ),
            (P, ["les attaques personnelles"], "Association des arbitres professionnels"),
            (P, ["inacceptables"], "Association des arbitres professionnels"),
        ],
    ),
    (  # 13 cycling team folds, curly quotes: two-sentence direct + "a expliqué le manager
        # général, Name,", "Un coureur, qui a requis l'anonymat, affirme que" (unnamed), direct
        # + "ajoute-t-il" (pronoun for the unnamed rider)
        "L'équipe cycliste Loire-Atlantique Pro, engagée sur le Tour de France l'été dernier, va "
        "disparaître à la fin du mois faute de sponsor principal. Vingt-quatre coureurs et une "
        "quarantaine de salariés se retrouvent sans contrat.\n\n"
        "“Nous avons frappé à toutes les portes pendant six mois. Personne n'a voulu mettre 9 "
        "millions d'euros par an”, a expliqué le manager général, Hubert Gallais, lors d'une "
        "réunion avec les coureurs, mardi à Nantes.\n\n"
        "Un coureur, qui a requis l'anonymat, affirme que l'encadrement était au courant des "
        "difficultés depuis le printemps. “On nous a menti jusqu'au bout”, ajoute-t-il.\n\n"
        "L'équipe avait remporté onze victoires cette saison, dont une étape du Critérium du "
        "Dauphiné.",
        [
            (
                D,
                [
                    "Nous avons frappé à toutes les portes pendant six mois. Personne n'a voulu "
                    "mettre 9 millions d'euros par an"
                ],
                "Hubert Gallais",
            ),
            (
                I,
                ["l'encadrement était au courant des difficultés depuis le printemps"],
                "coureur",
            ),
            (D, ["On nous a menti jusqu'au bout"], "coureur"),
        ],
    ),
    (  # 14 rugby squad announcement in dialogue dashes: a dash line attributed by the sentence
        # before it ("Doumergue a répondu sans détour :"), a dash line with the comma incise
        # "a-t-il ajouté," (one quote two spans), "Le président de la Fédération, Name, a
        # indiqué que"
        "Le sélectionneur du XV de France, Raphaël Doumergue, a dévoilé mercredi une liste de 34 "
        "joueurs pour le Tournoi des Six Nations, avec cinq novices, dont le pilier "
        "montpelliérain Enzo Matagrin, 20 ans.\n\n"
        "Interrogé sur l'absence du demi de mêlée toulousain Baptiste Lhuillier, blessé au "
        "genou cet automne, Doumergue a répondu sans détour\u00a0:\n\n"
        "— Baptiste n'a pas rejoué depuis sept semaines. Je ne sélectionne pas sur la "
        "réputation.\n\n"
        "— Il n'est pas fini, a-t-il ajouté, loin de là. Sa porte reste ouverte.\n\n"
        "Le président de la Fédération, Alain Verdier-Castex, a indiqué que le contrat du "
        "sélectionneur serait prolongé jusqu'à la Coupe du monde 2031.",
        [
            (
                D,
                [
                    "Baptiste n'a pas rejoué depuis sept semaines. Je ne sélectionne pas sur la "
                    "réputation."
                ],
                "Raphaël Doumergue",
            ),
            (
                D,
                ["Il n'est pas fini", "loin de là. Sa porte reste ouverte."],
                "Raphaël Doumergue",
            ),
            (
                I,
                ["le contrat du sélectionneur serait prolongé jusqu'à la Coupe du monde 2031"],
                "Alain Verdier-Castex",
            ),
        ],
    ),
    (  # 15 amateur club draws a giant in the cup: an unclosed quotation mark ended by "a
        # raconté le capitaine, Name, …", direct with "!" kept + "sourit une bénévole de la
        # buvette" (unnamed)
        "Le village aveyronnais de Rieupeyroux, 2\u00a0100 habitants, vit un rêve éveillé. Son "
        "club, l'AS Rieupeyroux, pensionnaire de Régional\u00a01, affrontera le Paris Olympique "
        "en 32es de finale de la Coupe de France, le 4 janvier.\n\n"
        "«\u00a0Quand j'ai vu la boule sortir, j'ai cru que c'était une blague, a raconté le "
        "capitaine, Kévin Fabre, boulanger dans la vie.\n\n"
        "Faute de tribune suffisante, la rencontre se jouera au stade de la Roque, à Rodez. Plus "
        "de 6\u00a0000 billets ont été vendus en deux heures.\n\n"
        "«\u00a0Tout le village sera là, même ceux qui n'ont jamais vu un match\u00a0!\u00a0», "
        "sourit une bénévole de la buvette.",
        [
            (
                D,
                ["Quand j'ai vu la boule sortir, j'ai cru que c'était une blague"],
                "Kévin Fabre",
            ),
            (
                D,
                ["Tout le village sera là, même ceux qui n'ont jamais vu un match\u00a0!"],
                "bénévole",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 league match report, curly quotes: '"A," Role Name said. "B."' (two direct quotes,
        # both the manager's; second one's period kept), partial inside "The Welshman said he
        # had" (epithet, only the partial)
        "Ashbury United twice surrendered the lead as Kelham Rovers snatched a 2-2 draw at "
        "Millfield Road on Saturday, with substitute Dylan Pryce-Rhys heading in a "
        "stoppage-time equaliser.\n\n"
        "“We were in control for an hour and then we stopped doing the simple things,” Ashbury "
        "manager Colin Hatherley said. “That’s on me as much as on the players.”\n\n"
        "Pryce-Rhys, who joined Kelham from Swansea Athletic in the summer, had not scored "
        "since September. The Welshman said he had “never doubted” that his chance would "
        "come.\n\n"
        "Ashbury stay third, five points behind the leaders, Crowthorne.",
        [
            (
                D,
                ["We were in control for an hour and then we stopped doing the simple things"],
                "Colin Hatherley",
            ),
            (D, ["That’s on me as much as on the players."], "Colin Hatherley"),
            (P, ["never doubted"], "Dylan Pryce-Rhys"),
        ],
    ),
    (  # 2 transfer, curly quotes: "…, according to the Lisbon sports daily Name." (the part
        # before, generic noun dropped), partial inside "His agent, Name, said talks … were",
        # two-sentence direct after "told reporters in Porto:", "declined to comment" (no
        # quote)
        "Northgate City have agreed a club-record £62m fee with Sporting Braganza for the "
        "Portuguese striker Rafael Monteiro Dias, according to the Lisbon sports daily Diário "
        "Desportivo.\n\n"
        "The 23-year-old, who has scored 19 goals in 21 matches this season, is expected to "
        "undergo a medical in Manchester on Monday. His agent, Paulo Brás, said talks over "
        "personal terms were “at an advanced stage”.\n\n"
        "Braganza’s president, Armando Queirós, told reporters in Porto: “Rafael has given us "
        "everything. If the offer is right for him and for the club, we will not stand in his "
        "way.”\n\n"
        "Northgate declined to comment.",
        [
            (
                I,
                [
                    "Northgate City have agreed a club-record £62m fee with Sporting Braganza "
                    "for the Portuguese striker Rafael Monteiro Dias"
                ],
                "Diário Desportivo",
            ),
            (P, ["at an advanced stage"], "Paulo Brás"),
            (
                D,
                [
                    "Rafael has given us everything. If the offer is right for him and for the "
                    "club, we will not stand in his way."
                ],
                "Armando Queirós",
            ),
        ],
    ),
    (  # 3 Scottish manager sacked, curly quotes: "In a statement, the club said: “…”" (the
        # club as an organisation, two sentences, period kept), partial inside "Chairman Name
        # told local radio that", direct after a colon by "The Glaswegian, 48," (epithet)
        "Dunmore Athletic have sacked manager Stuart McFadyen after a run of one win in eleven "
        "league matches left the club second from bottom of the Scottish Championship.\n\n"
        "In a statement, the club said: “Stuart has given four years of loyal service and "
        "leaves with our gratitude. The board felt a change was needed to protect our "
        "status.”\n\n"
        "Chairman Ian Braidwood told local radio that the board had been left with “no choice” "
        "after Saturday’s 4-0 home defeat by Inverlaw.\n\n"
        "The Glaswegian, 48, posted a short message to supporters on social media: “Thank you "
        "for everything. This club will always be in my heart.”",
        [
            (
                D,
                [
                    "Stuart has given four years of loyal service and leaves with our gratitude. "
                    "The board felt a change was needed to protect our status."
                ],
                "Dunmore Athletic",
            ),
            (P, ["no choice"], "Ian Braidwood"),
            (
                D,
                ["Thank you for everything. This club will always be in my heart."],
                "Stuart McFadyen",
            ),
        ],
    ),
    (  # 4 marathon doping case, curly quotes: "The Athletics Integrity Board said" (an
        # organisation), partial inside "Surname, 31, said she was", a three-sentence direct
        # with nested ‘ ’ + "he said" (pronoun for "Her coach, Name")
        "Marathon runner Hannah Obi-Lindgren, a two-time world championship medallist for "
        "Sweden, has been provisionally suspended after testing positive for the banned blood "
        "booster CERA in an out-of-competition test in October.\n\n"
        "The Athletics Integrity Board said the athlete had been notified and could request the "
        "analysis of her B sample.\n\n"
        "Obi-Lindgren, 31, said she was “devastated and bewildered”. Her coach, Mikael Strand, "
        "went further. “Hannah has been tested more than forty times in two years. When people "
        "ask me ‘how can this be?’, I have no answer. But I know she is clean,” he said.",
        [
            (
                I,
                ["the athlete had been notified and could request the analysis of her B sample"],
                "Athletics Integrity Board",
            ),
            (P, ["devastated and bewildered"], "Hannah Obi-Lindgren"),
            (
                D,
                [
                    "Hannah has been tested more than forty times in two years. When people ask "
                    "me ‘how can this be?’, I have no answer. But I know she is clean"
                ],
                "Mikael Strand",
            ),
        ],
    ),
    (  # 5 rugby Premiership, curly quotes: a quote continued over two paragraphs (one span
        # each, the first one's period kept) + "director of rugby Name said", "The
        # 22-year-old fly-half said he" (epithet, no "that"), "…, according to a Name
        # spokesman." (unnamed spokesperson: the club)
        "Glasbury Warriors moved top of the Premiership on Sunday after a 31-17 bonus-point win "
        "over Harrowby, with fly-half Owen Treharne kicking 16 points.\n\n"
        "“People wrote us off after the first month of the season. We lost four of our first "
        "five and there was a lot of noise around the club.\n\n"
        "“But this group doesn’t panic. We stuck to the plan and now we’re where we want to "
        "be,” director of rugby Shane Mulcahy said.\n\n"
        "The 22-year-old fly-half said he had played through a hamstring problem since the "
        "autumn.\n\n"
        "Harrowby’s captain, Tom Eddington, was taken off on a stretcher in the second half "
        "with a neck injury. He was conscious and moving all his limbs, according to a Harrowby "
        "spokesman.",
        [
            (
                D,
                [
                    "People wrote us off after the first month of the season. We lost four of "
                    "our first five and there was a lot of noise around the club.",
                    "But this group doesn’t panic. We stuck to the plan and now we’re where we "
                    "want to be",
                ],
                "Shane Mulcahy",
            ),
            (
                I,
                ["he had played through a hamstring problem since the autumn"],
                "Owen Treharne",
            ),
            (I, ["He was conscious and moving all his limbs"], "Harrowby"),
        ],
    ),
    (  # 6 tennis retirement, straight quotes: "announced his retirement" (noun object),
        # two-sentence direct + "Surname wrote in a statement", "The Queenslander said he"
        # (epithet), "According to the Name," (rest of the sentence)
        "Australian Liam Costigan, a former world No 6, announced his retirement on Wednesday at "
        "the age of 33, citing a persistent back injury.\n\n"
        '"My body has been telling me for two years that it was time. This year I finally '
        'listened," Costigan wrote in a statement.\n\n'
        "The Queenslander said he would stay in the sport as a coach at the academy he founded "
        "in Brisbane in 2023.\n\n"
        "According to the Australian Tennis Federation, Costigan won 14 titles and more than "
        "$11m in prize money during a 15-year career.",
        [
            (
                D,
                [
                    "My body has been telling me for two years that it was time. This year I "
                    "finally listened"
                ],
                "Liam Costigan",
            ),
            (
                I,
                [
                    "he would stay in the sport as a coach at the academy he founded in Brisbane "
                    "in 2023"
                ],
                "Liam Costigan",
            ),
            (
                I,
                [
                    "Costigan won 14 titles and more than $11m in prize money during a 15-year "
                    "career"
                ],
                "Australian Tennis Federation",
            ),
        ],
    ),
    (  # 7 stadium approved, curly quotes: "Officials said" (unnamed plural), partial after
        # "Rovers chief executive Name called the vote", partial inside "The Docks Residents’
        # Association said it was" (an organisation, only the partial)
        "Plans for a 45,000-seat stadium on the former Harwell Docks site were approved by "
        "Brackenford City Council on Tuesday, clearing the way for Brackenford Rovers to leave "
        "their 110-year-old ground.\n\n"
        "Officials said the club would contribute £38m towards new transport links, including a "
        "tram stop and a widened bridge over the canal.\n\n"
        "Rovers chief executive Helen Marchbank called the vote “the biggest day in this club’s "
        "history since the 1971 cup final”.\n\n"
        "The Docks Residents’ Association said it was “deeply disappointed” by the decision.",
        [
            (
                I,
                [
                    "the club would contribute £38m towards new transport links, including a "
                    "tram stop and a widened bridge over the canal"
                ],
                "officials",
            ),
            (
                P,
                ["the biggest day in this club’s history since the 1971 cup final"],
                "Helen Marchbank",
            ),
            (P, ["deeply disappointed"], "Docks Residents’ Association"),
        ],
    ),
    (  # 8 cycling signing, curly quotes: "…, the team announced on Monday." (reported clause
        # before a trailing attribution: the team as an organisation), '"A," the 27-year-old
        # said, "b."' (epithet, one quote two spans), partial inside "Team manager Name said"
        "Colombian climber Andrés Felipe Rendón will lead the Dutch team Vela–Lowlands at next "
        "year’s Tour de France after signing a three-year contract, the team announced on "
        "Monday.\n\n"
        "“I finished second in the Giro twice,” the 27-year-old said, “and now I want to find "
        "out what I can do in July.”\n\n"
        "Team manager Joost van der Berkel said Rendón would have “a free role” in the "
        "mountains, with the rest of the squad built around the sprinter Milo Dekker. Rendón, "
        "who won the mountains classification at the Vuelta in 2025, leaves the Spanish team "
        "Iberia Racing after five seasons.",
        [
            (
                I,
                [
                    "Colombian climber Andrés Felipe Rendón will lead the Dutch team "
                    "Vela–Lowlands at next year’s Tour de France after signing a three-year "
                    "contract"
                ],
                "Vela–Lowlands",
            ),
            (
                D,
                [
                    "I finished second in the Giro twice",
                    "and now I want to find out what I can do in July.",
                ],
                "Andrés Felipe Rendón",
            ),
            (P, ["a free role"], "Joost van der Berkel"),
        ],
    ),
    (  # 9 solo sailor rescued, curly quotes: "Race organisers said" (unnamed plural),
        # two-sentence direct + "the Kiwi told reporters" (epithet), "A spokesman for the Name
        # said" (unnamed spokesperson: the organisation)
        "New Zealand skipper Mere Tautahi, competing in the Southern Cross Solo race, was "
        "rescued by a container ship in the Southern Ocean on Thursday after her yacht, Kōrero, "
        "lost its keel 1,200 miles south-west of Cape Leeuwin.\n\n"
        "Race organisers said Tautahi was safe and uninjured and would be landed in Fremantle "
        "within five days.\n\n"
        "“The boat just rolled over. One moment I was asleep, the next I was standing on the "
        "ceiling,” the Kiwi told reporters by satellite phone.\n\n"
        "A spokesman for the Southern Rescue Coordination Centre said the ship’s crew had "
        "hauled Tautahi aboard in four-metre seas. She is the third skipper to abandon the race "
        "since the start in October.",
        [
            (
                I,
                [
                    "Tautahi was safe and uninjured and would be landed in Fremantle within five "
                    "days"
                ],
                "race organisers",
            ),
            (
                D,
                [
                    "The boat just rolled over. One moment I was asleep, the next I was standing "
                    "on the ceiling"
                ],
                "Mere Tautahi",
            ),
            (
                I,
                ["the ship’s crew had hauled Tautahi aboard in four-metre seas"],
                "Southern Rescue Coordination Centre",
            ),
        ],
    ),
    (  # 10 no quote: cross-country championships results, "announced its squad" and
        # "confirmed his entry" (noun objects, not annotated)
        "Ireland’s Niamh Corrigan won the women’s title at the European Cross Country "
        "Championships in Brussels on Sunday, pulling clear of Norway’s Ingrid Solberg-Haug on "
        "the final lap of the muddy 7.5km course.\n\n"
        "Corrigan, 25, finished in 24 minutes 11 seconds, nine seconds ahead of Solberg-Haug. "
        "Britain’s Amy Castleford took bronze, and Britain also won the team event for the "
        "third year in a row.\n\n"
        "In the men’s race, Belgium’s Jens Vandevelde delighted the home crowd by taking silver "
        "behind Spain’s Pablo Arrieta Lasa. The Spanish federation announced its squad for next "
        "year’s world championships on Monday evening, and Arrieta Lasa confirmed his entry for "
        "the Valencia marathon in February.",
        [],
    ),
    (  # 11 points deduction, straight quotes: "The club said it would" (the club as an
        # organisation, no "that"), direct + "chairman Name said", partial inside "The Name
        # Supporters' Trust, which …, said fans had" (an organisation, only the partial)
        "Redmarsh Town were deducted nine points on Friday after being found guilty by an "
        "independent commission of failing to pay players' wages on time on four occasions "
        "last season. The sanction drops them from 14th into the League Two relegation "
        "places.\n\n"
        'The club said it would appeal. "We accept that mistakes were made, but nine points is '
        'a sentence out of all proportion," chairman Gary Tolland said.\n\n'
        "The Redmarsh Supporters' Trust, which owns 8% of the club, said fans had \"run out of "
        'patience" with the owners.',
        [
            (I, ["it would appeal"], "Redmarsh Town"),
            (
                D,
                [
                    "We accept that mistakes were made, but nine points is a sentence out of all "
                    "proportion"
                ],
                "Gary Tolland",
            ),
            (P, ["run out of patience"], "Redmarsh Supporters' Trust"),
        ],
    ),
    (  # 12 tennis withdrawal, curly quotes: '"A," the Scot said …. "B."' (epithet; the
        # attribution ends its sentence: two direct quotes, both hers), "Her physiotherapist,
        # Dr Name, said the" (title dropped)
        "British No 1 Isla Drummond has withdrawn from next month’s Melbourne International with "
        "a stress fracture in her left foot.\n\n"
        "“I’m gutted,” the Scot said in a video posted on Instagram. “Melbourne is my favourite "
        "place to play, and I was flying in training.”\n\n"
        "Her physiotherapist, Dr Ruth Okafor, said the fracture would need at least eight weeks "
        "to heal.\n\n"
        "Drummond, 24, had been due to play warm-up events in Sydney and Hobart, and is likely "
        "to drop out of the world’s top 20 by February.",
        [
            (D, ["I’m gutted"], "Isla Drummond"),
            (
                D,
                ["Melbourne is my favourite place to play, and I was flying in training."],
                "Isla Drummond",
            ),
            (I, ["the fracture would need at least eight weeks to heal"], "Ruth Okafor"),
        ],
    ),
    (  # 13 season-ticket U-turn, curly quotes: partial inside "A club spokeswoman said the
        # board had" (unnamed spokesperson: the club), direct + "said Name, who …" (inverted),
        # "Another fan, a mother of two …, said she" (unnamed)
        "Hollins Park Rangers have reversed a decision to raise season-ticket prices by 18% "
        "after a week of protests by supporters, including a sit-in outside the main stand on "
        "Saturday.\n\n"
        "A club spokeswoman said the board had “listened and understood” the fans’ "
        "concerns.\n\n"
        "“We’re not against the club, we are the club,” said Marcus Achterberg, who has held a "
        "season ticket for 31 years.\n\n"
        "Another fan, a mother of two from Thornhill, said she would still not renew, because "
        "the price of food and parking inside the ground had also risen.",
        [
            (P, ["listened and understood"], "Hollins Park Rangers"),
            (D, ["We’re not against the club, we are the club"], "Marcus Achterberg"),
            (
                I,
                [
                    "she would still not renew, because the price of food and parking inside the "
                    "ground had also risen"
                ],
                "fan",
            ),
        ],
    ),
    (  # 14 athletics awards gala, curly quotes: '"A," the Jamaican said, "b."' (epithet, one
        # quote two spans, final period kept), "Her coach, Name, was blunt: “…”" (two
        # sentences), "Global Athletics said" (an organisation, no "that")
        "Jamaican sprinter Shanice Whitlow-Grant was named female athlete of the year at the "
        "Global Athletics Awards in Monaco on Monday night, capping a season in which she won "
        "the 100m and 200m world titles.\n\n"
        "“When I was a little girl in Spanish Town, I used to watch this ceremony on a tiny TV,” "
        "the Jamaican said, “and now I’m holding the trophy.”\n\n"
        "Her coach, Delroy Pinnock, was blunt: “She is not finished. Next year she goes after "
        "the 200m world record.”\n\n"
        "Global Athletics said more than 1.2 million fans had taken part in the online vote, a "
        "record.",
        [
            (
                D,
                [
                    "When I was a little girl in Spanish Town, I used to watch this ceremony on a "
                    "tiny TV",
                    "and now I’m holding the trophy.",
                ],
                "Shanice Whitlow-Grant",
            ),
            (
                D,
                ["She is not finished. Next year she goes after the 200m world record."],
                "Delroy Pinnock",
            ),
            (
                I,
                ["more than 1.2 million fans had taken part in the online vote, a record"],
                "Global Athletics",
            ),
        ],
    ),
    (  # 15 referee steps away after threats, curly quotes: "According to the Name," (rest of
        # the sentence), direct + "the association’s general secretary, Name, said", partial
        # inside "Surname, 38, said in a short statement that" (only the partial)
        "Referee Daniel Okonjo-Hart has stepped away from officiating for the rest of the "
        "season after receiving death threats following a disputed penalty decision in last "
        "month’s Tyneford derby.\n\n"
        "According to the Professional Referees’ Association, abuse directed at match officials "
        "on social media has tripled in three years.\n\n"
        "“No referee should have to check the locks on his doors before going to bed,” the "
        "association’s general secretary, Karen Lowther, said.\n\n"
        "Okonjo-Hart, 38, said in a short statement that he needed time “to protect my "
        "family”.",
        [
            (
                I,
                ["abuse directed at match officials on social media has tripled in three years"],
                "Professional Referees’ Association",
            ),
            (
                D,
                ["No referee should have to check the locks on his doors before going to bed"],
                "Karen Lowther",
            ),
            (P, ["to protect my family"], "Daniel Okonjo-Hart"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout116.jsonl"),
        "heldout116",
        "h116",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
