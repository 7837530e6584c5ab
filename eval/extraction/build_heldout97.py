"""Source of the ninety-seventh held-out set: writes heldout97.jsonl (split "heldout97").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like local and national politics news: municipal council meetings, budget votes,
parliamentary committees and hearings, party congresses, election campaigns and polls,
resignations, with mayors, opposition leaders, MPs/députés, party spokespeople, ministers and
voters quoted; several politicians in one text, quoted in turn and referred back to by pronoun,
surname or role.
Measured once with 0.29.0 and 0.30.0 on 2026-12-02, unread when measured (the same output:
docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout97.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-30"
Item = GoldItem

FR: list[Item] = [
    (  # 1 municipal budget vote: direct + "a plaidé l'édile" (role-only word for the mayor
        # named in the previous sentence), partial "a dénoncé un budget « de facilité »",
        # incise "a lancé Mme Kervella" splitting one quote, final period kept
        "Le conseil municipal de Montbrac a adopté lundi soir, par 23 voix contre 10, un budget "
        "de 48,6 millions d'euros pour 2027, marqué par une hausse de 4 % de la taxe foncière. "
        "Une première depuis l'élection du maire, Gérard Fontanille, en 2014.\n\n"
        "«\u00a0Nous avons fait le choix de protéger les services publics plutôt que de fermer une "
        "crèche ou une bibliothèque\u00a0», a plaidé l'édile devant une salle comble.\n\n"
        "La cheffe de file de l'opposition, Sandrine Kervella, a dénoncé un budget «\u00a0de "
        "facilité\u00a0». «\u00a0Les Montbracois paient, a lancé Mme Kervella, et ils attendent "
        "toujours la rénovation des écoles promise en 2020.\u00a0»\n\n"
        "Le débat s'est prolongé jusqu'à minuit passé. Les six élus du groupe centriste se sont "
        "abstenus, et le budget devra encore être transmis au préfet avant le 15 janvier.",
        [
            (
                D,
                [
                    "Nous avons fait le choix de protéger les services publics plutôt que de "
                    "fermer une crèche ou une bibliothèque"
                ],
                "Gérard Fontanille",
            ),
            (P, ["de facilité"], "Sandrine Kervella"),
            (
                D,
                [
                    "Les Montbracois paient",
                    "et ils attendent toujours la rénovation des écoles promise en 2020.",
                ],
                "Sandrine Kervella",
            ),
        ],
    ),
    (  # 2 deputy mayor resigns: "l'élue dénonce un « climat délétère »" (role-only partial),
        # letter quoted with "écrit-elle", "Selon le maire," (role alone, rest of the sentence),
        # festival name not speech, the mayor mentioned first as a non-speaker
        "Coup de théâtre à la mairie de Saint-Aurèle-sur-Lône\u00a0: l'adjointe à la culture, "
        "Lucie Barthélemy-Ortiz, a remis vendredi sa démission au maire, Jean-Paul Crozet, après "
        "onze ans passés dans la majorité municipale.\n\n"
        "Dans une lettre rendue publique samedi, l'élue dénonce un «\u00a0climat délétère\u00a0» "
        "au sein de l'équipe. «\u00a0Je ne peux plus cautionner des décisions prises à trois dans "
        "un bureau, sans que le conseil en soit jamais informé\u00a0», écrit-elle.\n\n"
        "Sa démission intervient deux semaines après l'annulation du festival d'été Les Nuits de "
        "la Lône, une décision qu'elle avait apprise par la presse.\n\n"
        "Selon le maire, l'annulation avait été votée en commission des finances et aucune règle "
        "n'a été contournée. M. Crozet doit désigner un nouvel adjoint lors du prochain conseil, "
        "le 14 janvier.",
        [
            (P, ["climat délétère"], "Lucie Barthélemy-Ortiz"),
            (
                D,
                [
                    "Je ne peux plus cautionner des décisions prises à trois dans un bureau, sans "
                    "que le conseil en soit jamais informé"
                ],
                "Lucie Barthélemy-Ortiz",
            ),
            (
                I,
                [
                    "l'annulation avait été votée en commission des finances et aucune règle n'a "
                    "été contournée"
                ],
                "Jean-Paul Crozet",
            ),
        ],
    ),
    (  # 3 minister before a parliamentary committee: quoted question with "?" inside the
        # marks + "a demandé d'emblée le rapporteur, le député Name", "La ministre a reconnu
        # que" (role only), "a-t-elle déclaré", "a demandé une nouvelle audition" not annotated
        "Auditionnée mercredi par la commission des affaires économiques de l'Assemblée "
        "nationale, la ministre de l'Agriculture, Hélène Vasseur-Dumas, a été longuement "
        "interrogée sur le retard des aides promises aux éleveurs touchés par la sécheresse de "
        "l'été.\n\n"
        "«\u00a0Sur les 310 millions d'euros annoncés en août, combien ont réellement été "
        "versés\u00a0?\u00a0» a demandé d'emblée le rapporteur, le député Julien Maréchal.\n\n"
        "La ministre a reconnu que moins d'un tiers de l'enveloppe avait été distribué à ce "
        "jour, en invoquant la complexité des dossiers déposés dans les directions "
        "départementales.\n\n"
        "«\u00a0Je ne me cacherai pas derrière l'administration. Ce retard est inacceptable et "
        "j'en prends ma part\u00a0», a-t-elle déclaré, avant de promettre le versement du solde "
        "avant la fin février.\n\n"
        "M. Maréchal a demandé une nouvelle audition au printemps. Plusieurs syndicats agricoles "
        "avaient manifesté la veille devant le ministère.",
        [
            (
                D,
                [
                    "Sur les 310 millions d'euros annoncés en août, combien ont réellement été "
                    "versés\u00a0?"
                ],
                "Julien Maréchal",
            ),
            (
                I,
                ["moins d'un tiers de l'enveloppe avait été distribué à ce jour"],
                "Hélène Vasseur-Dumas",
            ),
            (
                D,
                [
                    "Je ne me cacherai pas derrière l'administration. Ce retard est inacceptable "
                    "et j'en prends ma part"
                ],
                "Hélène Vasseur-Dumas",
            ),
        ],
    ),
    (  # 4 party congress: colon + direct by "le nouveau premier secrétaire" (role only), book
        # title in « » not speech, "a reconnu sa défaite" (noun object) not annotated,
        # "Elle a toutefois affirmé que" + "a-t-elle glissé" (pronouns for Mme Corbière)
        "Karim Benhaddou a été élu dimanche à la tête du Mouvement démocrate et social (MDS), à "
        "l'issue d'un congrès de trois jours à Clermont-Ferrand. Le député de la Loire, 44 ans, "
        "a recueilli 58 % des voix des militants face à la sénatrice Mathilde Corbière.\n\n"
        "Dans son discours de clôture, le nouveau premier secrétaire a fixé le cap\u00a0: "
        "«\u00a0Nous ne gagnerons pas en 2027 en parlant aux seuls convaincus. Il faut retourner "
        "dans les villes moyennes, sur les marchés, dans les usines.\u00a0»\n\n"
        "Auteur d'un essai remarqué, «\u00a0La République des sous-préfectures\u00a0», "
        "M. Benhaddou a fait de la reconquête des territoires ruraux son principal thème de "
        "campagne.\n\n"
        "Mme Corbière a reconnu sa défaite dès samedi soir. Elle a toutefois affirmé que ses "
        "partisans resteraient vigilants sur la ligne du parti. «\u00a0Le MDS n'appartient à "
        "personne\u00a0», a-t-elle glissé à la sortie de la salle.",
        [
            (
                D,
                [
                    "Nous ne gagnerons pas en 2027 en parlant aux seuls convaincus. Il faut "
                    "retourner dans les villes moyennes, sur les marchés, dans les usines."
                ],
                "Karim Benhaddou",
            ),
            (
                I,
                ["ses partisans resteraient vigilants sur la ligne du parti"],
                "Mathilde Corbière",
            ),
            (D, ["Le MDS n'appartient à personne"], "Mathilde Corbière"),
        ],
    ),
    (  # 5 municipal poll: "Selon un sondage de l'institut Opinia" opening the text (generic
        # noun dropped), direct + "nuance Name, directeur du pôle opinion d'Opinia" with a
        # relative clause after ("qui relève" + noun object, not annotated), candidate who
        # declines to comment
        "Selon un sondage de l'institut Opinia publié dimanche, la maire sortante de Lorvignac, "
        "Valérie Establet, recueillerait 41 % des intentions de vote au premier tour des "
        "municipales, loin devant son principal adversaire, Didier Rouquette (27 %).\n\n"
        "«\u00a0L'écart est net, mais un tiers des électeurs disent encore pouvoir changer "
        "d'avis\u00a0», nuance Frédéric Lamarque, directeur du pôle opinion d'Opinia, qui relève "
        "aussi la forte progression de la liste d'extrême gauche, créditée de 14 %.\n\n"
        "Dans l'entourage de Mme Establet, on se garde de tout triomphalisme. M. Rouquette, lui, "
        "n'a pas souhaité commenter ces chiffres.\n\n"
        "L'enquête a été réalisée par téléphone du 2 au 5 décembre auprès de 612 personnes "
        "inscrites sur les listes électorales de la commune.",
        [
            (
                I,
                [
                    "la maire sortante de Lorvignac, Valérie Establet, recueillerait 41 % des "
                    "intentions de vote au premier tour des municipales, loin devant son "
                    "principal adversaire, Didier Rouquette (27 %)"
                ],
                "Opinia",
            ),
            (
                D,
                [
                    "L'écart est net, mais un tiers des électeurs disent encore pouvoir changer "
                    "d'avis"
                ],
                "Frédéric Lamarque",
            ),
        ],
    ),
    (  # 6 market campaigning: "explique-t-elle" (elle = the candidate, after a man is named),
        # unnamed voter "glisse un retraité", partial inside the reported speech of "Une
        # commerçante" (only the partial), the outgoing mayor declining to answer
        "Sur le marché de Vernoux-le-Haut, samedi matin, Aurélie Pradines distribue ses tracts "
        "entre l'étal du fromager et celui du poissonnier. La candidate écologiste à la mairie, "
        "36 ans, affronte en mars le maire sortant, Henri Castagnède, au pouvoir depuis 2008."
        "\n\n"
        "«\u00a0Ce qui revient tout le temps, ce sont les transports. Il n'y a plus qu'un bus par "
        "heure pour descendre à la gare\u00a0», explique-t-elle entre deux poignées de main.\n\n"
        "Tous les passants ne sont pas convaincus. «\u00a0Elle est gentille, mais on ne la "
        "connaît pas\u00a0», glisse un retraité, le cabas à la main. Une commerçante de la rue "
        "Haute assure au contraire qu'elle votera pour la jeune femme, «\u00a0pour que ça bouge "
        "enfin\u00a0».\n\n"
        "Contacté, M. Castagnède n'a pas souhaité répondre. Il doit présenter son programme le "
        "20 janvier.",
        [
            (
                D,
                [
                    "Ce qui revient tout le temps, ce sont les transports. Il n'y a plus qu'un bus "
                    "par heure pour descendre à la gare"
                ],
                "Aurélie Pradines",
            ),
            (D, ["Elle est gentille, mais on ne la connaît pas"], "retraité"),
            (P, ["pour que ça bouge enfin"], "commerçante"),
        ],
    ),
    (  # 7 regional budget: direct opened after an intro sentence and continued over two
        # paragraphs (one span each, the first paragraph left unclosed), "a-t-il poursuivi",
        # "Le groupe Alliance populaire a annoncé qu'il" (generic noun dropped), direct +
        # "a réagi sa présidente, Name"
        "Le conseil régional d'Auvergne-Sud a voté jeudi, après deux jours de débats, un budget "
        "de 2,3 milliards d'euros pour l'an prochain, marqué par une baisse de 6 % des "
        "subventions aux associations.\n\n"
        "Le président de la région, Bernard Lestrade, a pris la parole en fin de séance. "
        "«\u00a0Nous avons perdu 80 millions de dotations de l'État en deux ans. Je ne vais pas "
        "mentir aux habitants\u00a0: il faudra faire des choix.\n\n"
        "«\u00a0Mais pas un seul lycée ne sera sacrifié\u00a0», a-t-il poursuivi sous les "
        "applaudissements de sa majorité.\n\n"
        "Le groupe Alliance populaire, principale force d'opposition, a annoncé qu'il saisirait "
        "le tribunal administratif pour contester la suppression de l'aide régionale aux "
        "cantines. «\u00a0C'est une faute politique, et les familles la paieront\u00a0», a réagi "
        "sa présidente, Corinne Dallaire.\n\n"
        "Le budget a été adopté par 98 voix contre 61 et 12 abstentions.",
        [
            (
                D,
                [
                    "Nous avons perdu 80 millions de dotations de l'État en deux ans. Je ne vais "
                    "pas mentir aux habitants\u00a0: il faudra faire des choix.",
                    "Mais pas un seul lycée ne sera sacrifié",
                ],
                "Bernard Lestrade",
            ),
            (
                I,
                [
                    "il saisirait le tribunal administratif pour contester la suppression de "
                    "l'aide régionale aux cantines"
                ],
                "Alliance populaire",
            ),
            (D, ["C'est une faute politique, et les familles la paieront"], "Corinne Dallaire"),
        ],
    ),
    (  # 8 censure motion: direct + "a lancé à la tribune la présidente du groupe X, Name",
        # then an unattributed continuation after a full stop (second direct, same speaker),
        # partial "a balayé ce qu'il a appelé une « manœuvre de couloir »" by the spokesman
        "La motion de censure déposée par les groupes de gauche a été rejetée mardi à "
        "l'Assemblée nationale. Elle a recueilli 261 voix, soit quinze de moins que la majorité "
        "absolue requise.\n\n"
        "«\u00a0Ce gouvernement gouverne contre le Parlement, et il le sait\u00a0», a lancé à la "
        "tribune la présidente du groupe Gauche unie, Nadia Ferhat. «\u00a0Chaque fois qu'un "
        "texte le gêne, il sort le 49.3. Ce n'est plus une exception, c'est une méthode.\u00a0»"
        "\n\n"
        "Le porte-parole du gouvernement, Thomas Delorme-Vidal, a balayé ce qu'il a appelé une "
        "«\u00a0manœuvre de couloir\u00a0». Le gouvernement, qui ne dispose que d'une majorité "
        "relative, a engagé sa responsabilité à onze reprises depuis le début de la "
        "législature.",
        [
            (D, ["Ce gouvernement gouverne contre le Parlement, et il le sait"], "Nadia Ferhat"),
            (
                D,
                [
                    "Chaque fois qu'un texte le gêne, il sort le 49.3. Ce n'est plus une "
                    "exception, c'est une méthode."
                ],
                "Nadia Ferhat",
            ),
            (P, ["manœuvre de couloir"], "Thomas Delorme-Vidal"),
        ],
    ),
    (  # 9 swimming-pool overrun: scare quotes « dossier piscine » with no speaker (not
        # annotated), "L'adjoint aux finances, Name, a expliqué que", direct + "a-t-elle
        # regretté" after the apposition "Name, conseillère d'opposition"; "a promis un audit"
        # (noun object) not annotated
        "Le dossier de la piscine intercommunale a de nouveau enflammé le conseil municipal de "
        "Bréval-sur-Orne, mercredi soir. Le chantier, lancé en 2023, affiche désormais un "
        "dépassement de 3,8 millions d'euros, soit près de 40 % du budget initial. Ce "
        "«\u00a0dossier piscine\u00a0» empoisonne la vie municipale depuis deux ans.\n\n"
        "L'adjoint aux finances, Pascal Ribérac, a expliqué que la flambée du prix des "
        "matériaux et la découverte d'une ancienne cuve de fioul sous le terrain avaient rendu "
        "la rallonge inévitable.\n\n"
        "Un argument qui n'a pas convaincu Josiane Le Gall, conseillère d'opposition. «\u00a0On "
        "nous a vendu un projet clés en main. Aujourd'hui, on découvre l'addition à la dernière "
        "minute, et on nous demande de signer sans discuter\u00a0», a-t-elle regretté.\n\n"
        "Le maire, Patrick Soulié, a promis un audit indépendant d'ici l'été. La délibération a "
        "finalement été adoptée par 19 voix contre 9.",
        [
            (
                I,
                [
                    "la flambée du prix des matériaux et la découverte d'une ancienne cuve de "
                    "fioul sous le terrain avaient rendu la rallonge inévitable"
                ],
                "Pascal Ribérac",
            ),
            (
                D,
                [
                    "On nous a vendu un projet clés en main. Aujourd'hui, on découvre l'addition à "
                    "la dernière minute, et on nous demande de signer sans discuter"
                ],
                "Josiane Le Gall",
            ),
        ],
    ),
    (  # 10 minister resigns: "L'Élysée a indiqué … que" (institution speaker), a named
        # minister who does not speak, direct + "a déclaré M. Sellier" (title + surname),
        # partial "a salué une décision « tardive mais inévitable »" by an opposition MP
        "Le ministre du Logement, Arnaud Sellier, a présenté dimanche sa démission, trois jours "
        "après l'ouverture d'une enquête préliminaire pour prise illégale d'intérêts visant une "
        "société immobilière dont son épouse est actionnaire.\n\n"
        "L'Élysée a indiqué dans la soirée que l'intérim serait assuré par la ministre de la "
        "Transition écologique, Claire Moutier.\n\n"
        "«\u00a0Je n'ai rien à me reprocher. Mais je refuse que mon ministère soit paralysé par "
        "une affaire qui me concerne personnellement\u00a0», a déclaré M. Sellier dans un bref "
        "message transmis à l'AFP.\n\n"
        "Le député d'opposition Rémi Chastagnol, qui réclamait ce départ depuis mercredi, a "
        "salué une décision «\u00a0tardive mais inévitable\u00a0». Le projet de loi sur le "
        "logement abordable, que portait M. Sellier, devait être examiné en janvier au Sénat.",
        [
            (
                I,
                [
                    "l'intérim serait assuré par la ministre de la Transition écologique, Claire "
                    "Moutier"
                ],
                "Élysée",
            ),
            (
                D,
                [
                    "Je n'ai rien à me reprocher. Mais je refuse que mon ministère soit paralysé "
                    "par une affaire qui me concerne personnellement"
                ],
                "Arnaud Sellier",
            ),
            (P, ["tardive mais inévitable"], "Rémi Chastagnol"),
        ],
    ),
    (  # 11 by-election: "…, selon la préfecture." (cue after: the part before), partial inside
        # "a promis de siéger « … »" by "le nouveau député" (role only), "a félicité son
        # adversaire" (noun object) not annotated, "a-t-elle estimé" after "Mme Surname"
        "Le candidat de la droite, Étienne Vaudrey, a remporté dimanche l'élection législative "
        "partielle de la 3e circonscription du Haut-Vivarais, avec 52,4 % des voix au second "
        "tour face à l'écologiste Inès Morvan-Khelifi. La participation n'a pas dépassé 31 %, "
        "selon la préfecture.\n\n"
        "Devant ses partisans réunis à la salle des fêtes d'Anjac, le nouveau député a promis de "
        "siéger «\u00a0sans étiquette d'appareil\u00a0» et de tenir une permanence dans chacun "
        "des cantons.\n\n"
        "Battue de 1 200 voix, Mme Morvan-Khelifi a félicité son adversaire. «\u00a0Nous avons "
        "doublé notre score de 2022. Ce n'est pas une défaite, c'est un début\u00a0», a-t-elle "
        "estimé.\n\n"
        "L'élection avait été organisée après la nomination de la députée sortante, Geneviève "
        "Roux, à la Cour des comptes.",
        [
            (I, ["La participation n'a pas dépassé 31 %"], "préfecture"),
            (P, ["sans étiquette d'appareil"], "Étienne Vaudrey"),
            (
                D,
                ["Nous avons doublé notre score de 2022. Ce n'est pas une défaite, c'est un début"],
                "Inès Morvan-Khelifi",
            ),
        ],
    ),
    (  # 12 school closure vote: collective's name in « » not speech, partial "ils dénoncent
        # une décision prise « en catimini »" (ils = the parents, unnamed group), "Leur
        # porte-parole, Name, a annoncé que", quoted question + "interroge-t-elle"
        "Le conseil municipal de Saint-Géry-les-Bois a voté jeudi la fermeture de l'école "
        "maternelle du hameau de Lescure à la rentrée prochaine, par 15 voix contre 8. Une "
        "quarantaine de parents avaient pris place dans le public.\n\n"
        "Réunis au sein du collectif «\u00a0Pas sans nos classes\u00a0», ils dénoncent une "
        "décision prise «\u00a0en catimini\u00a0». Leur porte-parole, Amandine Roche, a annoncé "
        "qu'un recours serait déposé devant le tribunal administratif de Toulouse.\n\n"
        "«\u00a0On va obliger des enfants de trois ans à faire vingt minutes de car matin et soir. "
        "Qui peut trouver ça raisonnable\u00a0?\u00a0» interroge-t-elle.\n\n"
        "La maire, Françoise Delpech, a promis la mise en place d'un ramassage scolaire gratuit "
        "dès septembre. Avec neuf élèves inscrits cette année, l'école était la plus petite du "
        "département.",
        [
            (P, ["en catimini"], "parents"),
            (
                I,
                ["un recours serait déposé devant le tribunal administratif de Toulouse"],
                "Amandine Roche",
            ),
            (
                D,
                [
                    "On va obliger des enfants de trois ans à faire vingt minutes de car matin et "
                    "soir. Qui peut trouver ça raisonnable\u00a0?"
                ],
                "Amandine Roche",
            ),
        ],
    ),
    (  # 13 Senate inquiry hearing: partial inside "Il a assuré avoir transmis … « dans
        # l'heure »" (only the partial), the rapporteure's question + "a-t-elle insisté",
        # the former prefect answering as "l'ancien haut fonctionnaire" (role only)
        "Devant la commission d'enquête du Sénat sur les inondations de l'automne dernier, "
        "l'ancien préfet de la Vézère, Jean-Marc Olivier-Basset, a défendu mardi sa gestion de "
        "la crise, qui avait fait cinq morts dans la vallée.\n\n"
        "Il a assuré avoir transmis l'alerte rouge aux maires concernés «\u00a0dans "
        "l'heure\u00a0» suivant le bulletin de Météo-France. La rapporteure, la sénatrice Claire "
        "Ambrosi, l'a alors confronté à un relevé d'appels téléphoniques montrant un délai de "
        "près de quatre heures.\n\n"
        "«\u00a0Monsieur le préfet, vos services ont-ils oui ou non appelé la mairie de Chamberet "
        "avant 22 heures\u00a0?\u00a0» a-t-elle insisté.\n\n"
        "«\u00a0Je ne dispose pas de ce relevé ce matin. Je vous répondrai par écrit\u00a0», a "
        "répondu l'ancien haut fonctionnaire, visiblement tendu.\n\n"
        "La commission doit entendre jeudi le ministre de l'Intérieur. Son rapport est attendu "
        "avant l'été.",
        [
            (P, ["dans l'heure"], "Jean-Marc Olivier-Basset"),
            (
                D,
                [
                    "Monsieur le préfet, vos services ont-ils oui ou non appelé la mairie de "
                    "Chamberet avant 22 heures\u00a0?"
                ],
                "Claire Ambrosi",
            ),
            (
                D,
                ["Je ne dispose pas de ce relevé ce matin. Je vous répondrai par écrit"],
                "Jean-Marc Olivier-Basset",
            ),
        ],
    ),
    (  # 14 party nomination: direct + "a expliqué le porte-parole du parti, Name", a first
        # name inside the quote (not a speaker), "selon lesquels" (not a source), "a-t-il
        # réagi" after "M. Pichon", "D'après son entourage," (unnamed group)
        "Le bureau national de Nouvel Élan a désigné lundi soir la conseillère régionale "
        "Yasmina Bouaziz comme tête de liste du parti aux municipales de Villemarque, écartant "
        "le maire adjoint sortant, Laurent Pichon, qui briguait lui aussi l'investiture.\n\n"
        "«\u00a0Le choix s'est fait à l'unanimité, après l'audition des deux candidats. Yasmina "
        "incarne le renouvellement que les Villemarquois attendent\u00a0», a expliqué le "
        "porte-parole du parti, Mehdi Saïdani, lors d'un point presse.\n\n"
        "M. Pichon conteste la procédure et invoque les statuts du parti, selon lesquels les "
        "adhérents locaux doivent être consultés avant toute investiture. «\u00a0On m'a écarté "
        "sans même réunir la section. Je prendrai ma décision dans les jours qui "
        "viennent\u00a0», a-t-il réagi.\n\n"
        "D'après son entourage, il n'exclut pas de conduire une liste dissidente.",
        [
            (
                D,
                [
                    "Le choix s'est fait à l'unanimité, après l'audition des deux candidats. "
                    "Yasmina incarne le renouvellement que les Villemarquois attendent"
                ],
                "Mehdi Saïdani",
            ),
            (
                D,
                [
                    "On m'a écarté sans même réunir la section. Je prendrai ma décision dans les "
                    "jours qui viennent"
                ],
                "Laurent Pichon",
            ),
            (I, ["il n'exclut pas de conduire une liste dissidente"], "entourage"),
        ],
    ),
    (  # 15 water price at the intercommunal council: indirect with the cue after ("…, a fait
        # valoir le président de l'intercommunalité, Name"), direct + "a ironisé l'élu" (role
        # only) followed by a relative clause carrying a partial "qui dénonce une « … »"
        "Les élus de la communauté de communes du Val de Sarre ont approuvé mardi une hausse de "
        "12 % du prix de l'eau potable à partir du 1er janvier, pour financer la rénovation d'un "
        "réseau dont un tiers fuit.\n\n"
        "Sans cette hausse, 400 kilomètres de canalisations ne pourraient pas être remplacés "
        "avant 2040, a fait valoir le président de l'intercommunalité, Yves Marchadier.\n\n"
        "Le maire de Trézelles, Gilles Aubertin, a voté contre. «\u00a0Chez nous, le réseau a été "
        "refait il y a dix ans, aux frais de la commune. Aujourd'hui, on nous demande de payer "
        "pour les voisins\u00a0», a ironisé l'élu, qui dénonce une «\u00a0double peine\u00a0» "
        "pour les habitants des petites communes.\n\n"
        "Une réunion publique est prévue le 9 décembre à la salle polyvalente de "
        "Sarrebourg-le-Vieux.",
        [
            (
                I,
                [
                    "Sans cette hausse, 400 kilomètres de canalisations ne pourraient pas être "
                    "remplacés avant 2040"
                ],
                "Yves Marchadier",
            ),
            (
                D,
                [
                    "Chez nous, le réseau a été refait il y a dix ans, aux frais de la commune. "
                    "Aujourd'hui, on nous demande de payer pour les voisins"
                ],
                "Gilles Aubertin",
            ),
            (P, ["double peine"], "Gilles Aubertin"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 city budget vote: "Mayor Name defended the plan as" (noun object, not annotated),
        # "she said" then an unattributed continuation after a full stop (second direct),
        # partial "called the cuts “a false economy” that …" by "Councilman Name" (title dropped)
        "Ashcombe city council approved a $212 million budget for next year on Tuesday night by "
        "a vote of 9 to 4, after a four-hour session in which dozens of residents lined up to "
        "speak against cuts to library opening hours.\n\n"
        "Mayor Denise Okonkwo-Reilly defended the plan as the only way to close a $14 million "
        "gap without raising property taxes. “Nobody on this council enjoys cutting library "
        "hours,” she said. “But I was elected to balance the books, not to pretend the money is "
        "there.”\n\n"
        "Councilman Gareth Pryce, who led the opposition, called the cuts “a false economy” that "
        "would cost the city more in the long run.\n\n"
        "The libraries will close on Mondays from February. No jobs will be lost, and the branch "
        "in Hollis Street will keep its Saturday hours.",
        [
            (D, ["Nobody on this council enjoys cutting library hours"], "Denise Okonkwo-Reilly"),
            (
                D,
                ["But I was elected to balance the books, not to pretend the money is there."],
                "Denise Okonkwo-Reilly",
            ),
            (P, ["a false economy"], "Gareth Pryce"),
        ],
    ),
    (  # 2 minister before the public accounts committee: "Mr Surname told the committee that"
        # (British title without a period), "The committee's chair, Name, was unimpressed."
        # then a two-sentence direct + "she said"
        "The finance minister, Aled Merriman, faced sharp questions from parliament's public "
        "accounts committee on Thursday over a £1.2 billion overspend on the national rail "
        "signalling programme.\n\n"
        "Mr Merriman told the committee that the contract had been signed before he took "
        "office. He had ordered an independent review in his first week, and its findings are "
        "due in January.\n\n"
        "The committee's chair, Harriet Osei-Lind, was unimpressed. “Every minister who sits in "
        "that chair tells us the mess was inherited. At some point, somebody has to own it,” she "
        "said.\n\n"
        "The programme is now not expected to be completed before 2031, three years later than "
        "planned. The committee will publish its report in March.",
        [
            (I, ["the contract had been signed before he took office"], "Aled Merriman"),
            (
                D,
                [
                    "Every minister who sits in that chair tells us the mess was inherited. At "
                    "some point, somebody has to own it"
                ],
                "Harriet Osei-Lind",
            ),
        ],
    ),
    (  # 3 party conference: "Surname told delegates that", direct + "she said to loud
        # applause", the defeated rival quoted after a colon ("he was cautious: “…”"),
        # memoir title in “ ” not speech
        "Delegates at the Progressive Alliance conference in Harrowgate gave a standing ovation "
        "on Sunday to the party's new leader, Maria Lindqvist, who won a ballot of members last "
        "month by a narrow margin.\n\n"
        "In her first conference speech as leader, Lindqvist told delegates that the party would "
        "fight the next election on housing and nothing else. “If you are 30 and still sleeping "
        "in your childhood bedroom, this party is for you,” she said to loud applause.\n\n"
        "Her defeated rival, Tom Haverford-Blake, sat in the front row. Asked afterwards whether "
        "he would serve in her shadow cabinet, he was cautious: “That is a conversation for "
        "another day.”\n\n"
        "Lindqvist's memoir, “The Long Way Home”, has been on the bestseller list since "
        "September.",
        [
            (
                I,
                ["the party would fight the next election on housing and nothing else"],
                "Maria Lindqvist",
            ),
            (
                D,
                [
                    "If you are 30 and still sleeping in your childhood bedroom, this party is "
                    "for you"
                ],
                "Maria Lindqvist",
            ),
            (D, ["That is a conversation for another day."], "Tom Haverford-Blake"),
        ],
    ),
    (  # 4 national poll: "…, according to a survey by Hartwell Research published on Monday"
        # (the part before), direct + "said Hartwell's director of political research, Name",
        # partial inside "told a radio interviewer the numbers were “…”" (no "that")
        "Support for the governing Liberal Democratic Union has fallen to its lowest level in a "
        "decade, according to a survey by Hartwell Research published on Monday. The poll puts "
        "the party on 22%, four points behind the opposition National Labour Party.\n\n"
        "“This is not a blip. Voters have stopped believing the government can fix the health "
        "service,” said Hartwell's director of political research, Simon Achterberg.\n\n"
        "The Liberal Democratic Union's chairman, Rob Kendrick, told a radio interviewer the "
        "numbers were “a wake-up call, not a death sentence”. The prime minister's office "
        "declined to comment.\n\n"
        "The survey questioned 2,050 adults online between Thursday and Saturday.",
        [
            (
                I,
                [
                    "Support for the governing Liberal Democratic Union has fallen to its lowest "
                    "level in a decade"
                ],
                "Hartwell Research",
            ),
            (
                D,
                [
                    "This is not a blip. Voters have stopped believing the government can fix the "
                    "health service"
                ],
                "Simon Achterberg",
            ),
            (P, ["a wake-up call, not a death sentence"], "Rob Kendrick"),
        ],
    ),
    (  # 5 MP resigns: partial inside "wrote that he had “…” but …" (only the partial), "he
        # added" (pronoun), voter quoted with "said Name, 67, a retired teacher"
        "Conservative MP Richard Thorncliffe resigned his seat on Friday, two weeks after it "
        "emerged that he had claimed parliamentary expenses for a flat owned by his daughter."
        "\n\n"
        "In a letter to his constituents in Wexmoor North, Thorncliffe wrote that he had “made an "
        "error of judgment” but had never intended to deceive anyone. “I no longer believe I can "
        "represent you with the trust this office demands,” he added.\n\n"
        "A by-election is expected early next year. Outside his constituency office in Wexmoor, "
        "opinions were divided. “He did a lot for this town, whatever people say now,” said Janet "
        "Morley, 67, a retired teacher. Others were less forgiving.",
        [
            (P, ["made an error of judgment"], "Richard Thorncliffe"),
            (
                D,
                ["I no longer believe I can represent you with the trust this office demands"],
                "Richard Thorncliffe",
            ),
            (D, ["He did a lot for this town, whatever people say now"], "Janet Morley"),
        ],
    ),
    (  # 6 doorstep campaign, straight quotes: direct + "Surname said between streets", an
        # anonymous voter ("said one man, who would not give his name"), incumbent mayor
        # mentioned but not speaking
        "With nine days to go before the mayoral election in Port Calloway, independent "
        "candidate Rosa Fenwick spent Saturday knocking on doors in the Eastgate estate, where "
        "turnout in 2022 was barely 19%.\n\n"
        '"People here have been told for years that their vote does not matter. I am trying to '
        'prove them wrong, one door at a time," Fenwick said between streets.\n\n'
        "Not everyone was ready to listen. \"I've never voted and I'm not starting now,\" said one "
        "man, who would not give his name, before closing his door.\n\n"
        "Fenwick trails the incumbent, Mayor Douglas Aiken, by six points in the only public poll "
        "of the race. Aiken has declined three invitations to debate her, and his campaign has "
        "spent twice as much on advertising.",
        [
            (
                D,
                [
                    "People here have been told for years that their vote does not matter. I am "
                    "trying to prove them wrong, one door at a time"
                ],
                "Rosa Fenwick",
            ),
            (D, ["I've never voted and I'm not starting now"], "man"),
        ],
    ),
    (  # 7 mayor resigns amid police inquiry: "Police said" (no "that", unnamed plural),
        # partial inside "said he was resigning “…” and would …", "His deputy, Name, …" then
        # a two-sentence direct + "she told reporters"
        "The mayor of Stellbridge, Colin Marsh-Daly, stepped down on Wednesday, a day after "
        "police searched his home and the town hall as part of an investigation into the award "
        "of a waste collection contract.\n\n"
        "Police said two council officials had been questioned under caution but no one had been "
        "charged.\n\n"
        "In a brief statement read by his lawyer, Marsh-Daly said he was resigning “to protect "
        "the office of mayor” and would cooperate fully with detectives.\n\n"
        "His deputy, Priya Ramanathan, will serve as acting mayor until a special election in the "
        "spring. “The council's work does not stop because of one man's difficulties. Bins will "
        "be collected on Monday, as they always are,” she told reporters outside the town hall.",
        [
            (
                I,
                [
                    "two council officials had been questioned under caution but no one had been "
                    "charged"
                ],
                "police",
            ),
            (P, ["to protect the office of mayor"], "Colin Marsh-Daly"),
            (
                D,
                [
                    "The council's work does not stop because of one man's difficulties. Bins will "
                    "be collected on Monday, as they always are"
                ],
                "Priya Ramanathan",
            ),
        ],
    ),
    (  # 8 county zoning vote: "Commissioner Name, who …, said" (title dropped), one quote
        # split by "she said," and continued over a paragraph (three spans), second
        # commissioner's indirect; "Opponents are expected to" (no speech) not annotated
        "Rowan County commissioners voted 3-2 on Monday to approve a 600-home development on "
        "farmland north of Millbrook, ending eighteen months of public hearings.\n\n"
        "Commissioner Laura Benedetti, who cast the deciding vote, said the county could not "
        "keep refusing housing while young families left for neighbouring states. “I grew up on "
        "a farm,” she said, “and I know what we are losing. But I also know what happens to a "
        "county where nobody under 40 can afford to live.\n\n"
        "“This was the hardest vote of my career.”\n\n"
        "Commissioner Hal Drummond, who voted against, said the roads and schools in Millbrook "
        "were already at capacity. Opponents are expected to challenge the decision in court.",
        [
            (
                I,
                [
                    "the county could not keep refusing housing while young families left for "
                    "neighbouring states"
                ],
                "Laura Benedetti",
            ),
            (
                D,
                [
                    "I grew up on a farm",
                    "and I know what we are losing. But I also know what happens to a county "
                    "where nobody under 40 can afford to live.",
                    "This was the hardest vote of my career.",
                ],
                "Laura Benedetti",
            ),
            (
                I,
                ["the roads and schools in Millbrook were already at capacity"],
                "Hal Drummond",
            ),
        ],
    ),
    (  # 9 leadership debate, straight quotes: "Former finance minister Name said" (role in
        # front), "he said" / "she said" for a man and a woman quoted in turn, "His rival,
        # Name, the party's health spokeswoman, was scathing." then the quote
        "The two candidates to lead the Social Democrats clashed over taxes on Thursday night in "
        "their only televised debate before party members vote next week.\n\n"
        "Former finance minister Eamon Gallagher said the party had to be honest with voters "
        "that better public services would cost money. \"I won't stand here and promise you "
        'something for nothing," he said.\n\n'
        "His rival, Nadia Karimova, the party's health spokeswoman, was scathing. \"Every time we "
        "talk about raising taxes, we lose. The question is not how much we spend, but whether "
        'people trust us to spend it well," she said.\n\n'
        "Gallagher is the favourite among MPs, but Karimova leads in a poll of members published "
        "by the party's own newsletter.",
        [
            (
                I,
                [
                    "the party had to be honest with voters that better public services would "
                    "cost money"
                ],
                "Eamon Gallagher",
            ),
            (D, ["I won't stand here and promise you something for nothing"], "Eamon Gallagher"),
            (
                D,
                [
                    "Every time we talk about raising taxes, we lose. The question is not how much "
                    "we spend, but whether people trust us to spend it well"
                ],
                "Nadia Karimova",
            ),
        ],
    ),
    (  # 10 confirmation hearing: "nominee …, Judge Name, told the committee … that" (title
        # dropped), quoted question + "he asked" (Senator Name), answer + "Surname replied";
        # the President mentioned, not speaking
        "President Alvarez's nominee for attorney general, Judge Miriam Castellanos, told the "
        "Senate Judiciary Committee on Tuesday that she would not hesitate to investigate "
        "members of the administration if the evidence warranted it.\n\n"
        "Senator Paul Whitcombe, the committee's ranking Republican, pressed her on a 2019 "
        "ruling in which she struck down a state voter ID law. “Do you believe that decision was "
        "correct?” he asked.\n\n"
        "“I believe it was correct on the law as it stood at the time,” Castellanos replied.\n\n"
        "A committee vote on her nomination is expected next week, and Democrats hold a one-seat "
        "majority on the panel.",
        [
            (
                I,
                [
                    "she would not hesitate to investigate members of the administration if the "
                    "evidence warranted it"
                ],
                "Miriam Castellanos",
            ),
            (D, ["Do you believe that decision was correct?"], "Paul Whitcombe"),
            (
                D,
                ["I believe it was correct on the law as it stood at the time"],
                "Miriam Castellanos",
            ),
        ],
    ),
    (  # 11 by-election: direct + "Surname told supporters", "blamed the result on" (noun
        # object) not annotated, partial inside "He said … had worked “…”", "…, according to
        # the returning officer." (the part before)
        "Labour's Kemi Adebayo-Stone won the Fernley West by-election on Thursday with a majority "
        "of 4,312, taking a seat the party had not held since 1997.\n\n"
        "“Tonight Fernley West has sent a message that it is tired of being taken for granted,” "
        "Adebayo-Stone told supporters at the count in the early hours of Friday.\n\n"
        "The defeated Conservative candidate, Martin Hale, blamed the result on national issues. "
        "He said local campaigners had worked “incredibly hard” in difficult circumstances.\n\n"
        "Turnout was 38.1%, according to the returning officer. The seat fell vacant when the "
        "sitting MP, Richard Pell, was appointed to the House of Lords in September.",
        [
            (
                D,
                [
                    "Tonight Fernley West has sent a message that it is tired of being taken for "
                    "granted"
                ],
                "Kemi Adebayo-Stone",
            ),
            (P, ["incredibly hard"], "Martin Hale"),
            (I, ["Turnout was 38.1%"], "returning officer"),
        ],
    ),
    (  # 12 local referendum: direct + "said Name, who chairs X, the campaign group …",
        # "A spokesman for Kingsmere Borough Council said" (speaks for the council),
        # "has promised 30% affordable flats" (noun object) and strategy name in “ ” not
        # annotated
        "Residents of Kingsmere will vote in March on whether to allow a 40-storey tower on the "
        "site of the old bus depot, after a petition gathered more than 11,000 signatures.\n\n"
        "“We are not against new homes. We are against a building that would block the sun from "
        "half the town centre,” said Bridget Okafor-Hayes, who chairs Keep Kingsmere Low, the "
        "campaign group behind the petition.\n\n"
        "A spokesman for Kingsmere Borough Council said the result of the referendum would be "
        "binding on the planning committee.\n\n"
        "The developer, Calder Homes, has promised 30% affordable flats. The council's “Vision "
        "2040” strategy calls for 8,000 new homes by the end of the next decade.",
        [
            (
                D,
                [
                    "We are not against new homes. We are against a building that would block the "
                    "sun from half the town centre"
                ],
                "Bridget Okafor-Hayes",
            ),
            (
                I,
                ["the result of the referendum would be binding on the planning committee"],
                "Kingsmere Borough Council",
            ),
        ],
    ),
    (  # 13 cabinet reshuffle: unnamed "the prime minister told reporters" (role kept as the
        # speaker), first name inside the quote, "Asked whether …, she replied: “…”" (she =
        # Draycott), "Opposition leader Name said" (role in front)
        "The prime minister carried out the first major reshuffle of her government on Monday, "
        "moving Defence Secretary Alan Crewe to the Home Office and promoting the little-known "
        "junior minister Sophie Draycott to run the Treasury.\n\n"
        "“Sophie is one of the sharpest minds in parliament, and she has my full confidence,” the "
        "prime minister told reporters in Downing Street.\n\n"
        "Draycott, 39, becomes the youngest chancellor in half a century. Asked whether she was "
        "ready for the job, she replied: “Ask me again in a year.”\n\n"
        "Opposition leader Gregory Naylor said the reshuffle would change nothing for families "
        "struggling with their bills.",
        [
            (
                D,
                [
                    "Sophie is one of the sharpest minds in parliament, and she has my full "
                    "confidence"
                ],
                "prime minister",
            ),
            (D, ["Ask me again in a year."], "Sophie Draycott"),
            (
                I,
                ["the reshuffle would change nothing for families struggling with their bills"],
                "Gregory Naylor",
            ),
        ],
    ),
    (  # 14 heated town hall: direct + "Surname said, before being interrupted", an unclosed
        # quotation mark ended by "one woman shouted" (unnamed speaker), "Surname later said in
        # a statement that"
        "Tempers flared at a town hall meeting in Dunmore on Wednesday as State Representative "
        "Carl Jessup tried to explain his vote against funding for the county's rural hospital, "
        "which is due to close its emergency department in June.\n\n"
        "“I voted against a bill that would have raised taxes on every family in this "
        "district,” Jessup said, before being interrupted by shouting from the back of the "
        "room.\n\n"
        "“My husband would have died if that ER had not been there, one woman shouted, holding "
        "up a photograph.\n\n"
        "Jessup later said in a statement that he would meet the hospital's board next week. "
        "About 300 people attended the meeting.",
        [
            (
                D,
                [
                    "I voted against a bill that would have raised taxes on every family in this "
                    "district"
                ],
                "Carl Jessup",
            ),
            (D, ["My husband would have died if that ER had not been there"], "woman"),
            (I, ["he would meet the hospital's board next week"], "Carl Jessup"),
        ],
    ),
    (  # 15 coalition talks collapse: two-sentence direct + "the Greens' co-leader, Name, said
        # at a press conference" (apposition after the quote), "Its negotiator, Name, warned
        # that" (Its = the People's Party)
        "Talks on forming a coalition government in the northern province of Alderney Vale broke "
        "down on Friday after the Greens walked out over plans for a new motorway.\n\n"
        "“We did not come into politics to pour concrete over the last wetland in the province. "
        "There will be no deal while that road is on the table,” the Greens' co-leader, Henrik "
        "Solberg, said at a press conference.\n\n"
        "The centre-right People's Party won the most seats in October's election but is twelve "
        "short of a majority. Its negotiator, Ingrid Maartens, warned that the province could "
        "not wait forever for a budget.\n\n"
        "Under the provincial constitution, a fresh election cannot be called before April.",
        [
            (
                D,
                [
                    "We did not come into politics to pour concrete over the last wetland in the "
                    "province. There will be no deal while that road is on the table"
                ],
                "Henrik Solberg",
            ),
            (
                I,
                ["the province could not wait forever for a budget"],
                "Ingrid Maartens",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout97.jsonl"),
        "heldout97",
        "h97",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
