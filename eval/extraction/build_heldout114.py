"""Source of the 114th held-out set: writes heldout114.jsonl (split "heldout114").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like national politics and election news: presidential and general election campaigns,
televised debates (in French rendered with dialogue dashes), opinion polls, votes of no
confidence, Senate and parliamentary votes, coalition talks, primaries, referendums, party
congresses, resignations and suspensions, with party leaders, ministers, government
spokespeople, candidates, MPs, députés and senators, pollsters, parties speaking as
organisations and unnamed voters quoted; speakers are referred back to by surname ("M. X",
"Ms X", "X"), pronoun, role or epithet ("le Lyonnais", "the Scot", "the veteran MP"), and some
statements are sourced with "selon X", "d'après X" or "according to X".
Measured once with 0.3.0, 0.33.0 and 0.34.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout114.py
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
    (  # 1 presidential run-off debate in dialogue dashes: "…, selon l'institut Name." (the
        # part before, generic noun dropped), a dash line attributed by the sentence before
        # it ("la candidate … a attaqué … :"), a dash line with a comma incise "a répliqué le
        # Lyonnais," (epithet, one quote two spans), a dash line with "a enchaîné Mme Name :"
        # (one quote two spans), a partial inside "M. Surname a assuré qu'il n'avait"
        "Le débat d'entre-deux-tours entre Mathilde Sorel-Aubry et Grégoire Vannier a tourné à "
        "l'affrontement dès les premières minutes, mercredi soir sur France Horizon. Près de 14 "
        "millions de téléspectateurs ont suivi l'échange, selon l'institut Audimétra.\n\n"
        "Sur la dette, la candidate de l'Alliance républicaine a attaqué d'emblée l'ancien maire "
        "de Lyon\u00a0:\n\n"
        "— Vous avez laissé filer 200 milliards d'euros de dette en cinq ans. Qui va payer, "
        "monsieur Vannier\u00a0? Nos enfants\u00a0!\n\n"
        "— Vous confondez tout, a répliqué le Lyonnais, et vous le savez très bien. Cette dette "
        "a sauvé les entreprises pendant la crise.\n\n"
        "— Les entreprises, parlons-en, a enchaîné Mme Sorel-Aubry\u00a0: 60\u00a0000 faillites "
        "l'an dernier.\n\n"
        "Interrogé à la sortie du studio, M. Vannier a assuré qu'il n'avait «\u00a0aucun "
        "regret\u00a0». Le second tour aura lieu dimanche.",
        [
            (
                I,
                ["Près de 14 millions de téléspectateurs ont suivi l'échange"],
                "Audimétra",
            ),
            (
                D,
                [
                    "Vous avez laissé filer 200 milliards d'euros de dette en cinq ans. Qui va "
                    "payer, monsieur Vannier\u00a0? Nos enfants\u00a0!"
                ],
                "Mathilde Sorel-Aubry",
            ),
            (
                D,
                [
                    "Vous confondez tout",
                    "et vous le savez très bien. Cette dette a sauvé les entreprises pendant la "
                    "crise.",
                ],
                "Grégoire Vannier",
            ),
            (
                D,
                ["Les entreprises, parlons-en", "60\u00a0000 faillites l'an dernier."],
                "Mathilde Sorel-Aubry",
            ),
            (P, ["aucun regret"], "Grégoire Vannier"),
        ],
    ),
    (  # 2 motion of no confidence rejected: two-sentence direct + "a lancé le Premier
        # ministre" (role referring back to the named head of government), partial after "a
        # dénoncé" by "La présidente du groupe …, Name", direct + "a prévenu leur président,
        # Name"
        "La motion de censure déposée par le groupe Gauche unie contre le gouvernement "
        "d'Antoine Delorme-Vidal a été rejetée lundi soir à l'Assemblée nationale. Elle n'a "
        "recueilli que 271 voix, à 18 voix de la majorité absolue.\n\n"
        "«\u00a0Vous avez le droit de nous censurer. Vous n'avez pas de majorité de "
        "rechange\u00a0», a lancé le Premier ministre à la tribune, sous les huées d'une partie "
        "de l'hémicycle.\n\n"
        "La présidente du groupe Gauche unie, Sabine Kerhervé, a dénoncé «\u00a0un gouvernement "
        "en sursis\u00a0», qui ne tient que par l'abstention des centristes.\n\n"
        "Les 41 députés du groupe centriste Renouveau se sont en effet abstenus. «\u00a0Nous ne "
        "signerons pas pour autant de chèque en blanc au gouvernement\u00a0», a prévenu leur "
        "président, Hugo Mallet-Simonin.",
        [
            (
                D,
                ["Vous avez le droit de nous censurer. Vous n'avez pas de majorité de rechange"],
                "Antoine Delorme-Vidal",
            ),
            (P, ["un gouvernement en sursis"], "Sabine Kerhervé"),
            (
                D,
                ["Nous ne signerons pas pour autant de chèque en blanc au gouvernement"],
                "Hugo Mallet-Simonin",
            ),
        ],
    ),
    (  # 3 president's approval rating: "D'après l'institut Name, qui …, " (rest of the
        # sentence, generic noun dropped), two-sentence direct + "analyse Name, directeur …",
        # "a relativisé : « … »" (direct after a colon, final period kept)
        "La cote de confiance du président de la République, Henri Castagnède, est tombée à "
        "23\u00a0%, son plus bas niveau depuis son élection. D'après l'institut Opinéa, qui a "
        "interrogé 1\u00a0512 personnes pour Le Courrier national, il a perdu sept points en un "
        "mois.\n\n"
        "«\u00a0La réforme des retraites a agi comme un révélateur. Ce n'est plus un désaccord, "
        "c'est une rupture\u00a0», analyse Frédéric Ancelin, directeur du département opinion de "
        "l'institut.\n\n"
        "Le porte-parole du parti présidentiel, Yanis Belkacem, a relativisé\u00a0: «\u00a0Un "
        "sondage n'est qu'une photographie.\u00a0»\n\n"
        "L'enquête a été réalisée en ligne du 24 au 27 novembre.",
        [
            (I, ["il a perdu sept points en un mois"], "Opinéa"),
            (
                D,
                [
                    "La réforme des retraites a agi comme un révélateur. Ce n'est plus un "
                    "désaccord, c'est une rupture"
                ],
                "Frédéric Ancelin",
            ),
            (D, ["Un sondage n'est qu'une photographie."], "Yanis Belkacem"),
        ],
    ),
    (  # 4 Belgian coalition talks: direct + "a déclaré M.\u00a0Surname", partial inside "Le
        # Namurois a dit espérer présenter" (epithet, only the partial), "Selon plusieurs
        # négociateurs," (unnamed plural, rest of the sentence), "a opposé une fin de
        # non-recevoir" (noun object, not annotated)
        "Cent quarante jours après les élections, la Belgique n'a toujours pas de gouvernement "
        "fédéral. Le formateur, le libéral namurois Olivier Delvaux, a remis jeudi un rapport "
        "intermédiaire au roi, qui l'a prié de poursuivre sa mission.\n\n"
        "«\u00a0Nous n'y sommes pas encore, mais nous n'avons jamais été aussi près d'un "
        "accord\u00a0», a déclaré M.\u00a0Delvaux à sa sortie du palais royal. Le Namurois a dit "
        "espérer présenter une équipe «\u00a0avant Noël\u00a0».\n\n"
        "Selon plusieurs négociateurs, le principal point de blocage reste la réforme de "
        "l'indexation automatique des salaires, à laquelle les socialistes francophones refusent "
        "de toucher.\n\n"
        "Le président du Parti socialiste wallon, Maxime Dufrasne, a opposé jeudi soir une fin "
        "de non-recevoir à toute modification de l'index.",
        [
            (
                D,
                ["Nous n'y sommes pas encore, mais nous n'avons jamais été aussi près d'un accord"],
                "Olivier Delvaux",
            ),
            (P, ["avant Noël"], "Olivier Delvaux"),
            (
                I,
                [
                    "le principal point de blocage reste la réforme de l'indexation automatique "
                    "des salaires, à laquelle les socialistes francophones refusent de toucher"
                ],
                "négociateurs",
            ),
        ],
    ),
    (  # 5 Senate vote on proportional representation: partial after "a défendu" by "La
        # rapporteure, la sénatrice de X Name", two-sentence direct + "a tonné le sénateur de X
        # Name, président du groupe …", "Le Corse a annoncé que" (epithet), the minister
        # "a salué le vote" (noun object, not annotated)
        "Le Sénat a adopté mardi, par 198 voix contre 121, le projet de loi instaurant une dose "
        "de proportionnelle aux élections législatives. Le texte prévoit que 20\u00a0% des "
        "députés seront élus sur des listes nationales.\n\n"
        "La rapporteure, la sénatrice de la Manche Odile Lebreton-Caux, a défendu «\u00a0un "
        "compromis équilibré\u00a0» entre la stabilité des institutions et la représentation des "
        "petits partis.\n\n"
        "«\u00a0Le scrutin majoritaire a fait ses preuves depuis 1958. On ne change pas les "
        "règles du jeu à dix-huit mois d'une élection\u00a0», a tonné le sénateur de Haute-Corse "
        "Jean-Baptiste Orsoni, président du groupe Union des territoires. Le Corse a annoncé que "
        "son groupe saisirait le Conseil constitutionnel dès l'adoption définitive du texte.\n\n"
        "Le ministre chargé des Relations avec le Parlement, Damien Ferrat, a salué le vote "
        "des sénateurs. Le texte doit désormais être examiné en commission mixte "
        "paritaire.",
        [
            (P, ["un compromis équilibré"], "Odile Lebreton-Caux"),
            (
                D,
                [
                    "Le scrutin majoritaire a fait ses preuves depuis 1958. On ne change pas les "
                    "règles du jeu à dix-huit mois d'une élection"
                ],
                "Jean-Baptiste Orsoni",
            ),
            (
                I,
                [
                    "son groupe saisirait le Conseil constitutionnel dès l'adoption définitive du "
                    "texte"
                ],
                "Jean-Baptiste Orsoni",
            ),
        ],
    ),
    (  # 6 party congress: direct + "a lancé la Rennaise" (epithet), "a reconnu sa défaite"
        # (noun object, not annotated), partial after "a appelé ses partisans à rester" by
        # "Son rival malheureux" (role referring back), "le parti a indiqué que" (the party speaking as an organisation)
        "Inès Garnier-Lambert, conseillère municipale de Rennes, a été élue samedi secrétaire "
        "nationale des Écologistes solidaires, avec 58,3\u00a0% des suffrages des adhérents, face "
        "au député Thomas Rieux.\n\n"
        "«\u00a0Je veux un parti qui gagne, pas un parti qui témoigne\u00a0», a lancé la Rennaise "
        "devant quelque 2\u00a0000 militants réunis au parc des expositions de sa ville.\n\n"
        "Son rival malheureux a reconnu sa défaite dans la soirée. Il a toutefois appelé ses "
        "partisans à rester «\u00a0vigilants\u00a0» sur la ligne du parti.\n\n"
        "Dans un communiqué, le parti a indiqué que le nouveau bureau exécutif serait désigné le "
        "15 décembre.",
        [
            (
                D,
                ["Je veux un parti qui gagne, pas un parti qui témoigne"],
                "Inès Garnier-Lambert",
            ),
            (P, ["vigilants"], "Thomas Rieux"),
            (
                I,
                ["le nouveau bureau exécutif serait désigné le 15 décembre"],
                "Écologistes solidaires",
            ),
        ],
    ),
    (  # 7 no quote: official list of presidential candidates, "a annoncé un recours" and "a
        # demandé un rendez-vous" (noun objects, not annotated)
        "Le Conseil constitutionnel a publié vendredi la liste officielle des candidats à "
        "l'élection présidentielle. Ils seront neuf à briguer les suffrages des Français le 11 "
        "avril, contre douze lors du précédent scrutin.\n\n"
        "Deux prétendants, l'entrepreneur Marc-Olivier Tessandier et l'ancienne ministre Corinne "
        "Dabadie, n'ont pas réuni les 500 parrainages d'élus nécessaires. M. Tessandier a "
        "annoncé un recours devant le Conseil d'État. Mme Dabadie a demandé un rendez-vous au "
        "président du Conseil constitutionnel.\n\n"
        "La campagne officielle s'ouvrira le 29 mars. À partir de cette date, l'autorité de "
        "régulation de l'audiovisuel veillera au strict respect de l'égalité du temps de parole "
        "entre les candidats.",
        [],
    ),
    (  # 8 by-election, unnamed voters: direct + "confie un retraité" (unnamed), "Une
        # électrice …, aide-soignante, dit qu'elle" (unnamed, indirect), two-sentence direct +
        # "reconnaît-il" (pronoun for "Le candidat du …, Name, 29 ans,"), an endorsement (not
        # speech)
        "À trois jours de la législative partielle dans la 2e circonscription du "
        "Tarn-et-Garonne, la campagne peine à mobiliser. Sur le marché de Castelsarrasin, jeudi "
        "matin, les tracts finissaient souvent dans les poches sans être lus.\n\n"
        "«\u00a0Je vote depuis quarante ans, et c'est la première fois que je ne sais pas pour "
        "qui\u00a0», confie un retraité, son cabas à la main. Une électrice d'une trentaine "
        "d'années, aide-soignante, dit qu'elle votera blanc, faute de candidat qui parle des "
        "hôpitaux.\n\n"
        "Le candidat du Rassemblement populaire, Kévin Lemaître, 29 ans, arrivé en tête au "
        "premier tour avec 34\u00a0% des voix, enchaîne les poignées de main. «\u00a0On est "
        "devant, mais rien n'est fait. Les abstentionnistes décideront\u00a0», reconnaît-il.\n\n"
        "Son adversaire, la maire divers droite de Moissac, Françoise Delpech-Rouvière, a reçu "
        "jeudi le soutien de l'ancien Premier ministre Jean-Claude Aubrac.",
        [
            (
                D,
                [
                    "Je vote depuis quarante ans, et c'est la première fois que je ne sais pas "
                    "pour qui"
                ],
                "retraité",
            ),
            (
                I,
                ["elle votera blanc, faute de candidat qui parle des hôpitaux"],
                "électrice",
            ),
            (
                D,
                ["On est devant, mais rien n'est fait. Les abstentionnistes décideront"],
                "Kévin Lemaître",
            ),
        ],
    ),
    (  # 9 government spokeswoman: "La porte-parole du gouvernement, Name, a indiqué …, à
        # l'issue …, que" (indirect), a quote split by "a-t-elle insisté," (one quote two
        # spans, final period kept), partial after "Mme Surname a refusé de commenter"
        "La porte-parole du gouvernement, Clémence Aubertin, a indiqué mercredi, à l'issue du "
        "Conseil des ministres, que le projet de loi sur l'immigration serait présenté au "
        "Parlement en janvier, et non en décembre comme prévu.\n\n"
        "«\u00a0Le gouvernement ne se laissera pas dicter son calendrier, a-t-elle insisté, ni "
        "par l'opposition ni par sa propre majorité.\u00a0»\n\n"
        "Interrogée sur les rumeurs d'un prochain remaniement, Mme Aubertin a refusé de "
        "commenter «\u00a0des bruits de couloir\u00a0». Le prochain Conseil des ministres se "
        "tiendra exceptionnellement jeudi.",
        [
            (
                I,
                [
                    "le projet de loi sur l'immigration serait présenté au Parlement en janvier, "
                    "et non en décembre comme prévu"
                ],
                "Clémence Aubertin",
            ),
            (
                D,
                [
                    "Le gouvernement ne se laissera pas dicter son calendrier",
                    "ni par l'opposition ni par sa propre majorité.",
                ],
                "Clémence Aubertin",
            ),
            (P, ["des bruits de couloir"], "Clémence Aubertin"),
        ],
    ),
    (  # 10 questions to the government in dialogue dashes: a question line attributed by
        # the sentence before it ("Le député de X Name … a interpellé …, Name, … :"), a line
        # introduced by "Et Mme Surname de répondre :", "Selon l'élu héraultais, ces chiffres
        # « … »" (epithet; quoted words inside the "selon" clause, only the partial)
        "La séance des questions au gouvernement a viré au pugilat verbal mardi à l'Assemblée "
        "nationale. Le député de l'Hérault Renaud Peyrac (Gauche unie) a interpellé la ministre "
        "du Travail, Nadia Ferhat, sur la hausse du chômage\u00a0:\n\n"
        "— Madame la ministre, combien de chômeurs supplémentaires vous faudra-t-il pour changer "
        "de politique\u00a0?\n\n"
        "Et Mme Ferhat de répondre\u00a0:\n\n"
        "— Le chômage a baissé de deux points depuis notre arrivée, monsieur le député. Ce sont "
        "les chiffres de l'Institut national de la statistique, pas les miens.\n\n"
        "Selon l'élu héraultais, ces chiffres «\u00a0masquent l'explosion des contrats "
        "précaires\u00a0». La présidente de l'Assemblée a dû suspendre la séance quelques "
        "minutes pour ramener le calme.",
        [
            (
                D,
                [
                    "Madame la ministre, combien de chômeurs supplémentaires vous faudra-t-il pour "
                    "changer de politique\u00a0?"
                ],
                "Renaud Peyrac",
            ),
            (
                D,
                [
                    "Le chômage a baissé de deux points depuis notre arrivée, monsieur le député. "
                    "Ce sont les chiffres de l'Institut national de la statistique, pas les "
                    "miens."
                ],
                "Nadia Ferhat",
            ),
            (P, ["masquent l'explosion des contrats précaires"], "Renaud Peyrac"),
        ],
    ),
    (  # 11 right-wing primary, « » without inner spaces: "D'après le président de X, Name,"
        # (rest of the sentence), direct + "a assuré son rival, l'ancien ministre strasbourgeois
        # Name", partial after "Le Strasbourgeois avait … qualifié son programme de" (epithet)
        "Camille Ravanel sera la candidate de la droite républicaine à l'élection "
        "présidentielle. L'ancienne ministre de la Justice a remporté dimanche la primaire des "
        "Républicains unis avec 61,4\u00a0% des voix. D'après le président de la Haute autorité "
        "de la primaire, Marc-Antoine Julliard, 412\u00a0000 électeurs se sont déplacés, un "
        "record.\n\n"
        "La lauréate a remercié ses partisans, réunis dans une salle de la porte de Versailles, "
        "avant de s'entretenir au téléphone avec les candidats battus.\n\n"
        "«Je me rangerai derrière elle sans états d'âme», a assuré son principal rival, l'ancien "
        "ministre strasbourgeois Bertrand Haguenauer. Le Strasbourgeois avait pourtant qualifié "
        "son programme de «copie du gouvernement» pendant la campagne.",
        [
            (
                I,
                ["412\u00a0000 électeurs se sont déplacés, un record"],
                "Marc-Antoine Julliard",
            ),
            (D, ["Je me rangerai derrière elle sans états d'âme"], "Bertrand Haguenauer"),
            (P, ["copie du gouvernement"], "Bertrand Haguenauer"),
        ],
    ),
    (  # 12 Swiss popular vote, « » without inner spaces: an initiative's title in « » (not a
        # quote), an unclosed quotation mark ended by "a lancé le coprésident du comité
        # d'initiative, Name,", "Le comité a annoncé qu'il" (unnamed body), partial after "a
        # salué" by "La conseillère fédérale Name"
        "Les Suisses ont rejeté dimanche, par 56,2\u00a0% des voix, l'initiative populaire «Pour "
        "des loyers abordables», qui voulait plafonner la hausse des loyers au niveau de "
        "l'inflation. Seuls les cantons de Genève, de Vaud et de Neuchâtel l'ont acceptée.\n\n"
        "«Nous avons perdu une bataille, pas la guerre, a lancé le coprésident du comité "
        "d'initiative, Raphaël Sutter, devant la presse à Lausanne. Le comité a annoncé qu'il "
        "lancerait une nouvelle récolte de signatures dès le printemps.\n\n"
        "La conseillère fédérale Martine Dubuis-Rey a salué «la sagesse» du peuple, tout en "
        "promettant un plan fédéral pour le logement d'ici à l'été.",
        [
            (D, ["Nous avons perdu une bataille, pas la guerre"], "Raphaël Sutter"),
            (
                I,
                ["il lancerait une nouvelle récolte de signatures dès le printemps"],
                "comité d'initiative",
            ),
            (P, ["la sagesse"], "Martine Dubuis-Rey"),
        ],
    ),
    (  # 13 senator leaves his group: "Le sénateur de X Name a annoncé … quitter" (infinitive
        # clause), direct with a colon inside + "a résumé l'intéressé", "Le Breton, 71 ans,
        # estime que cette mesure « … »" (epithet, only the partial)
        "Le sénateur du Finistère Yves Le Goff a annoncé jeudi quitter le groupe Union "
        "centriste et républicaine, auquel il appartenait depuis 2008, pour siéger parmi les "
        "non-inscrits.\n\n"
        "«\u00a0Je n'ai pas quitté ma famille politique\u00a0: c'est elle qui m'a "
        "quitté\u00a0», a résumé l'intéressé, dont le groupe a voté la semaine dernière la "
        "suppression de la taxe d'habitation sur les résidences secondaires. Le Breton, 71 ans, "
        "estime que cette mesure «\u00a0asphyxie les communes littorales\u00a0».\n\n"
        "Son départ ramène le groupe à 52 membres.",
        [
            (
                I,
                [
                    "quitter le groupe Union centriste et républicaine, auquel il appartenait "
                    "depuis 2008, pour siéger parmi les non-inscrits"
                ],
                "Yves Le Goff",
            ),
            (
                D,
                ["Je n'ai pas quitté ma famille politique\u00a0: c'est elle qui m'a quitté"],
                "Yves Le Goff",
            ),
            (P, ["asphyxie les communes littorales"], "Yves Le Goff"),
        ],
    ),
    (  # 14 budget forced through: a quote continued over two paragraphs (one span each,
        # first one's period kept) + "a-t-elle justifié" (pronoun for "La Première ministre,
        # Name"), "Selon le groupe Name," (rest of the sentence, generic noun dropped),
        # partial after "a dénoncé sur les réseaux sociaux"
        "La Première ministre, Élisabeth Carrel-Mangin, a engagé lundi la responsabilité de son "
        "gouvernement sur le projet de budget pour 2027, en recourant à l'article 49.3 de la "
        "Constitution.\n\n"
        "«\u00a0Ce budget n'est pas parfait. Aucun budget ne l'est.\n\n"
        "«\u00a0Mais la France ne peut pas se permettre d'aborder le 1er janvier sans loi de "
        "finances\u00a0», a-t-elle justifié devant des députés de l'opposition debout, "
        "brandissant des pancartes.\n\n"
        "Selon le groupe Gauche unie, il s'agit du cinquième recours au 49.3 depuis le début de "
        "la législature. Le premier secrétaire du Parti social-démocrate, Arnaud Lefeuvre, a "
        "dénoncé sur les réseaux sociaux «\u00a0un passage en force de plus\u00a0».",
        [
            (
                D,
                [
                    "Ce budget n'est pas parfait. Aucun budget ne l'est.",
                    "Mais la France ne peut pas se permettre d'aborder le 1er janvier sans loi de "
                    "finances",
                ],
                "Élisabeth Carrel-Mangin",
            ),
            (
                I,
                ["il s'agit du cinquième recours au 49.3 depuis le début de la législature"],
                "Gauche unie",
            ),
            (P, ["un passage en force de plus"], "Arnaud Lefeuvre"),
        ],
    ),
    (  # 15 campaign rally: "a promis la réouverture" (noun object, not annotated), a
        # question quote (mark kept) + "a-t-elle demandé", "L'Auvergnate … a également fait
        # part de sa volonté de" (epithet, intention phrase), direct + "souffle une militante
        # venue de X" (unnamed)
        "Devant près de 5\u00a0000 personnes réunies samedi au Zénith de Clermont-Ferrand, la "
        "candidate écologiste Léa Bonnefoy a promis la réouverture des petites lignes "
        "ferroviaires fermées depuis vingt ans.\n\n"
        "«\u00a0Qui, ici, croit encore que l'on peut avoir une croissance infinie sur une planète "
        "finie\u00a0?\u00a0» a-t-elle demandé à la salle, qui a répondu par des sifflets.\n\n"
        "L'Auvergnate, née à Aurillac, a également fait part de sa volonté de créer un ministère "
        "de l'Eau et des Forêts doté de 3 milliards d'euros.\n\n"
        "«\u00a0Elle parle comme nous, pas comme une technocrate\u00a0», souffle une militante "
        "venue de Thiers.",
        [
            (
                D,
                [
                    "Qui, ici, croit encore que l'on peut avoir une croissance infinie sur une "
                    "planète finie\u00a0?"
                ],
                "Léa Bonnefoy",
            ),
            (
                I,
                ["créer un ministère de l'Eau et des Forêts doté de 3 milliards d'euros"],
                "Léa Bonnefoy",
            ),
            (D, ["Elle parle comme nous, pas comme une technocrate"], "militante"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 general election campaign: direct + "Surname told around 800 supporters", "The
        # Scot said his party would" (epithet), "…, according to a party official." (the part
        # before, unnamed)
        "With nine days to go before the general election, Callum Drummond, the Glasgow-born "
        "leader of the National Progressive Party, took his campaign to the marginal seats of "
        "West Yorkshire on Saturday.\n\n"
        '"We will not be lectured on the economy by the people who crashed it," Drummond told '
        "around 800 supporters in a Leeds sports hall. The Scot said his party would publish its "
        "fully costed manifesto on Tuesday.\n\n"
        "The manifesto will include a two-year freeze on income tax thresholds, according to a "
        "party official. Polls put the National Progressives four points behind the governing "
        "Commonwealth Party.",
        [
            (
                D,
                ["We will not be lectured on the economy by the people who crashed it"],
                "Callum Drummond",
            ),
            (
                I,
                ["his party would publish its fully costed manifesto on Tuesday"],
                "Callum Drummond",
            ),
            (
                I,
                ["The manifesto will include a two-year freeze on income tax thresholds"],
                "party official",
            ),
        ],
    ),
    (  # 2 Senate vote, curly quotes: partial after "called the vote" by "Senator Name of X,
        # the bill's lead sponsor,", "“A,” said Senator Name. “B.”" (two direct quotes, the
        # second one's period kept), "The veteran senator … told reporters that" (epithet)
        "The Senate voted 52-48 on Wednesday to pass the Election Access Act, sending the bill to "
        "the House, where its fate is uncertain.\n\n"
        "Senator Margaret Ellison of Oregon, the bill's lead sponsor, called the vote “a "
        "historic step” for every American who has ever waited hours in line to cast a ballot. "
        "The measure would require at least two weeks of early voting in every state.\n\n"
        "Republicans were nearly united in opposition. “This is a federal takeover of "
        "elections, plain and simple,” said Senator Dale Kirkpatrick of Montana. “The "
        "Constitution leaves this to the states.”\n\n"
        "The veteran senator, who has served since 1997, told reporters that he expected the "
        "House to let the bill die in committee.",
        [
            (P, ["a historic step"], "Margaret Ellison"),
            (
                D,
                ["This is a federal takeover of elections, plain and simple"],
                "Dale Kirkpatrick",
            ),
            (D, ["The Constitution leaves this to the states."], "Dale Kirkpatrick"),
            (
                I,
                ["he expected the House to let the bill die in committee"],
                "Dale Kirkpatrick",
            ),
        ],
    ),
    (  # 3 opinion poll: "…, according to Name." (the part before), two-sentence direct +
        # "said Name, Harlow's director of …", "A Party spokeswoman said" (the spokeswoman
        # speaks for the party)
        "Support for the governing Civic Party has fallen to 24%, its lowest level since 2011, "
        "according to Harlow Research. The opposition Social Alliance is steady on 31%, while "
        "the share of voters planning to abstain has risen to 19%.\n\n"
        '"Voters are not moving to the opposition. They are moving to the sofa," said Priya '
        "Raman, Harlow's director of political research.\n\n"
        "A Civic Party spokeswoman said the only poll that mattered was the one on election day. "
        "The survey of 2,040 adults was carried out online between Wednesday and Friday.",
        [
            (
                I,
                [
                    "Support for the governing Civic Party has fallen to 24%, its lowest level since 2011"
                ],
                "Harlow Research",
            ),
            (
                D,
                ["Voters are not moving to the opposition. They are moving to the sofa"],
                "Priya Raman",
            ),
            (
                I,
                ["the only poll that mattered was the one on election day"],
                "Civic Party",
            ),
        ],
    ),
    (  # 4 Dutch coalition talks collapse: partial inside the reported speech of "Forward's
        # leader, Name, said" (only the partial), a quote split by "the … leader, Name, told reporters in X," (one quote, two spans)
        "Coalition talks between the Christian People's Union and the centrist Forward party "
        "collapsed on Thursday after eleven weeks, leaving the Netherlands without a new "
        "government more than four months after the election.\n\n"
        'Forward\'s leader, Annelie Vos, said the two sides had "run into a wall" over asylum '
        "policy.\n\n"
        '"We came with open hands," the Christian People\'s Union leader, Jeroen Bakker, told '
        'reporters in The Hague, "and we leave with empty ones."\n\n'
        "The king is expected to appoint a new informateur next week.",
        [
            (P, ["run into a wall"], "Annelie Vos"),
            (
                D,
                ["We came with open hands", "and we leave with empty ones."],
                "Jeroen Bakker",
            ),
        ],
    ),
    (  # 5 no quote: final election results, "have demanded a recount" (noun object, not
        # annotated)
        "The Electoral Commission on Monday published the final results of last month's "
        "general election. No party won an overall majority in the 150-seat House of "
        "Representatives.\n\n"
        "The Civic Party finished with 61 seats, the Social Alliance with 54 and the Greens with "
        "14. Turnout was 68.3%, down four points on the previous election.\n\n"
        "Two defeated candidates in the Northgate district have demanded a recount, and the "
        "commission has scheduled a hearing for December 12.",
        [],
    ),
    (  # 6 Prime Minister's Questions: '"A," Mr Surname said. "B."' (two direct quotes, the
        # second one's period kept), two-sentence direct + "Ms Surname replied", "the Welshman
        # told MPs that" (epithet), "had to call the House to order" (not a quote)
        "Prime Minister Rachel Hartington and the Cardiff-born leader of the opposition, Owen "
        "Pryce, clashed over hospital waiting lists in a rowdy session of Prime Minister's "
        "Questions on Wednesday.\n\n"
        '"The Prime Minister\'s party has had fourteen years to fix the health service," Mr '
        'Pryce said. "Fourteen years, and seven and a half million people are still waiting."\n\n'
        '"He talks about fourteen years. I talk about 40,000 more nurses," Ms Hartington '
        "replied, to cheers from her own benches.\n\n"
        "Later, the Welshman told MPs that his party would set a legal target to end waits of "
        "more than a year by 2030. The Speaker twice had to call the House to order.",
        [
            (
                D,
                ["The Prime Minister's party has had fourteen years to fix the health service"],
                "Owen Pryce",
            ),
            (
                D,
                ["Fourteen years, and seven and a half million people are still waiting."],
                "Owen Pryce",
            ),
            (
                D,
                ["He talks about fourteen years. I talk about 40,000 more nurses"],
                "Rachel Hartington",
            ),
            (
                I,
                ["his party would set a legal target to end waits of more than a year by 2030"],
                "Owen Pryce",
            ),
        ],
    ),
    (  # 7 candidate quits the primaries: two-sentence direct + "Surname said in a statement
        # released by his campaign", "did not endorse" (not speech), "Aides said he had …
        # and had …" (unnamed plural, one indirect)
        "Governor Tom Reiland of Nebraska ended his campaign for the Republican presidential "
        "nomination on Monday, five days after finishing fifth in the Iowa caucuses.\n\n"
        "\"I got into this race to talk about farm country. I'm leaving it proud of what we "
        'said, if not of how many people heard it," Reiland said in a statement released by his '
        "campaign.\n\n"
        "He did not endorse any of the remaining candidates. Aides said he had spent nearly $11 "
        "million, most of it his own money, and had ruled out running for the Senate next "
        "year.\n\n"
        "His departure leaves four candidates in the race.",
        [
            (
                D,
                [
                    "I got into this race to talk about farm country. I'm leaving it proud of "
                    "what we said, if not of how many people heard it"
                ],
                "Tom Reiland",
            ),
            (
                I,
                [
                    "he had spent nearly $11 million, most of it his own money, and had ruled out "
                    "running for the Senate next year"
                ],
                "aides",
            ),
        ],
    ),
    (  # 8 Australian MP deselected: partial after "The veteran MP called the preselection"
        # (epithet), "defended the process" (noun object) then a two-sentence direct + "she
        # said" (pronoun for "The party's state secretary, Name"), unnamed "a pensioner"
        "Bill Nankervis, who has held the Queensland seat of Kingsford for 27 years, will run "
        "as an independent at the federal election after the Reform Party chose a 34-year-old "
        "lawyer to replace him as its candidate.\n\n"
        'The veteran MP called the preselection "a stitch-up organised in a Brisbane '
        'boardroom".\n\n'
        "The party's state secretary, Danielle Moretti, defended the process. \"Bill has served "
        "this community with distinction, and we thank him. But local members voted, and the "
        'vote was clear," she said.\n\n'
        "\"I've voted for him for thirty years and I'll keep doing it,\" said a pensioner "
        "outside the Kingsford RSL club on Sunday.",
        [
            (P, ["a stitch-up organised in a Brisbane boardroom"], "Bill Nankervis"),
            (
                D,
                [
                    "Bill has served this community with distinction, and we thank him. But local "
                    "members voted, and the vote was clear"
                ],
                "Danielle Moretti",
            ),
            (D, ["I've voted for him for thirty years and I'll keep doing it"], "pensioner"),
        ],
    ),
    (  # 9 Canadian confidence vote, curly quotes: a quote split by "Ms Surname said after
        # the vote," (one quote, two spans, final period kept), "The Montrealer … said she"
        # (epithet), "According to the Parliamentary Budget Officer," (rest of the sentence)
        "Prime Minister Élise Gagnon, a former Montreal city councillor, saw her minority "
        "government survive a confidence vote in the House of Commons on Tuesday by 172 votes "
        "to 165, after the New Democrats agreed to back its budget.\n\n"
        "“This budget puts money back in the pockets of working families,” Ms Gagnon said after "
        "the vote, “and I thank every member who put the country ahead of partisanship.”\n\n"
        "The Montrealer, in office since March, said she had no plans to call a snap "
        "election.\n\n"
        "According to the Parliamentary Budget Officer, the deficit will reach C$46 billion next "
        "year, well above the government's own forecast.",
        [
            (
                D,
                [
                    "This budget puts money back in the pockets of working families",
                    "and I thank every member who put the country ahead of partisanship.",
                ],
                "Élise Gagnon",
            ),
            (I, ["she had no plans to call a snap election"], "Élise Gagnon"),
            (
                I,
                [
                    "the deficit will reach C$46 billion next year, well above the government's "
                    "own forecast"
                ],
                "Parliamentary Budget Officer",
            ),
        ],
    ),
    (  # 10 MP suspended: "The party said in a statement that" and "it added" (the party
        # speaking as an organisation), "denied any wrongdoing" (noun object), partial inside
        # the reported speech of "His lawyer, Name, said" (only the partial)
        "The Democratic Renewal party has suspended one of its MPs, Gareth Linwood, after "
        "newspaper revelations about £40,000 in undeclared payments from a property "
        "developer.\n\n"
        "The party said in a statement that Mr Linwood would sit as an independent while an "
        'investigation was carried out. "We expect the highest standards from all our '
        'representatives," it added.\n\n'
        'Linwood denied any wrongdoing. His lawyer, Nadia Cole, said the payments were "fully '
        'documented consultancy fees" declared to his accountant.',
        [
            (
                I,
                ["Mr Linwood would sit as an independent while an investigation was carried out"],
                "Democratic Renewal",
            ),
            (
                D,
                ["We expect the highest standards from all our representatives"],
                "Democratic Renewal",
            ),
            (P, ["fully documented consultancy fees"], "Nadia Cole"),
        ],
    ),
    (  # 11 Irish leaders' debate, curly quotes: a quote continued over two paragraphs (one
        # span each, first one's period kept) + "she said" (pronoun for "Ms Surname"), "Mr
        # Surname countered that" (indirect), partial after "The Corkman dismissed … as"
        # (epithet)
        "The final televised debate before Friday's general election produced few knockout "
        "blows, as Taoiseach Declan Moriarty, a Cork TD, and the leader of the opposition, "
        "Siobhán Keane, traded figures on housing for ninety minutes.\n\n"
        "Ms Keane, who has made the housing crisis the centre of her campaign, drew the loudest "
        "applause of the night. “A nurse in Dublin now spends half her pay on rent. Half. That "
        "is not a crisis any more, it is a system.\n\n"
        "“And this government built that system,” she said.\n\n"
        "Mr Moriarty countered that 33,000 homes had been completed last year, the most since "
        "2008. The Corkman dismissed the opposition's plans as “fantasy economics”.",
        [
            (
                D,
                [
                    "A nurse in Dublin now spends half her pay on rent. Half. That is not a "
                    "crisis any more, it is a system.",
                    "And this government built that system",
                ],
                "Siobhán Keane",
            ),
            (
                I,
                ["33,000 homes had been completed last year, the most since 2008"],
                "Declan Moriarty",
            ),
            (P, ["fantasy economics"], "Declan Moriarty"),
        ],
    ),
    (  # 12 by-election won by the Greens, curly quotes: "…, according to the returning
        # officer." (unnamed, the part before), "Officials said" (unnamed plural), two-sentence
        # direct + "Ms Surname said in her victory speech"
        "Voters in the Ashcombe and Thorne by-election returned the Green candidate, Maya "
        "Lindqvist, with a majority of 2,114 on Thursday, the first time the party has won a "
        "seat in the south-west.\n\n"
        "Turnout was 38.6%, according to the returning officer. Officials said counting had "
        "been delayed by two hours after a ballot box from a rural polling station was found to "
        "have been sealed incorrectly.\n\n"
        "“People here were told for decades that a vote for us was a wasted vote. Tonight they "
        "proved otherwise,” Ms Lindqvist said in her victory speech.",
        [
            (I, ["Turnout was 38.6%"], "returning officer"),
            (
                I,
                [
                    "counting had been delayed by two hours after a ballot box from a rural "
                    "polling station was found to have been sealed incorrectly"
                ],
                "officials",
            ),
            (
                D,
                [
                    "People here were told for decades that a vote for us was a wasted vote. "
                    "Tonight they proved otherwise"
                ],
                "Maya Lindqvist",
            ),
        ],
    ),
    (  # 13 Spanish investiture vote: direct + "he told deputies" (pronoun for "Mr Surname"),
        # "The Catalan nationalist party Name, whose …, said it would" (generic noun dropped),
        # partial after "described the talks as" by "Its spokeswoman in parliament, Name"
        "Spain's acting prime minister, Javier Soler Ibarra, lost an investiture vote in the "
        "Congress of Deputies on Friday, falling four votes short of the absolute majority he "
        "needed.\n\n"
        "Mr Soler Ibarra now has 48 hours before a second vote, in which only a simple majority "
        'is required. "I have not come this far to give up now," he told deputies after the '
        "result was announced.\n\n"
        "The Catalan nationalist party Junts per la Terra, whose seven deputies abstained, said "
        "it would not support him without a written commitment on regional financing. Its "
        'spokeswoman in parliament, Laia Ferrer i Puig, described the talks as "stuck, but not '
        'dead".',
        [
            (D, ["I have not come this far to give up now"], "Javier Soler Ibarra"),
            (
                I,
                ["it would not support him without a written commitment on regional financing"],
                "Junts per la Terra",
            ),
            (P, ["stuck, but not dead"], "Laia Ferrer i Puig"),
        ],
    ),
    (  # 14 party leader resigns: two-sentence direct + "Surname said outside …", "The
        # veteran MP, who … and …, said he would" (epithet), an interim leader (not speech)
        "Graham Whitcombe resigned as leader of the Liberal Reform Party on Friday, hours after "
        "the party lost 31 of its 44 seats in Thursday's general election.\n\n"
        '"The voters have spoken, and they have spoken clearly. The responsibility for this '
        "result is mine and mine alone,\" Whitcombe said outside the party's headquarters in "
        "London.\n\n"
        "The veteran MP, who first entered Parliament in 1992 and held on to his own seat by "
        "just 212 votes, said he would remain in the Commons as a backbencher. His deputy, Fiona "
        "Achebe, will serve as interim leader until a contest is held in the spring.",
        [
            (
                D,
                [
                    "The voters have spoken, and they have spoken clearly. The responsibility for "
                    "this result is mine and mine alone"
                ],
                "Graham Whitcombe",
            ),
            (
                I,
                ["he would remain in the Commons as a backbencher"],
                "Graham Whitcombe",
            ),
        ],
    ),
    (  # 15 snap election in Portugal: partial inside the reported speech of "Surname said in
        # a televised address that" (only the partial), "Mr Surname told reporters he would"
        # (no "that"), "…, according to the newspaper Name." (the part before, generic noun
        # dropped)
        "Portugal's president, Álvaro Mendes Coutinho, dissolved parliament on Thursday and "
        "called a snap election for March 9, the country's third in four years.\n\n"
        "The decision followed the resignation last week of Prime Minister Henrique Sarmento, "
        "whose minority government lost a vote on its budget. Mendes Coutinho said in a "
        'televised address that the country needed "a clear mandate, not another arithmetic '
        'puzzle".\n\n'
        "Mr Sarmento told reporters he would lead the Democratic Centre into the election. He "
        "has trailed the main opposition party by around five points in recent polls, according "
        "to the newspaper Diário do Norte.",
        [
            (
                P,
                ["a clear mandate, not another arithmetic puzzle"],
                "Álvaro Mendes Coutinho",
            ),
            (
                I,
                ["he would lead the Democratic Centre into the election"],
                "Henrique Sarmento",
            ),
            (
                I,
                ["He has trailed the main opposition party by around five points in recent polls"],
                "Diário do Norte",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout114.jsonl"),
        "heldout114",
        "h114",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
