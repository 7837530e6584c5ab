"""Source of the 126th held-out set: writes heldout126.jsonl (split "heldout126").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like business, labour and industry news: annual and half-year results, takeover bids and
a rejected private equity approach, job cuts, factory and branch closures, a liquidation and an
administration, strikes, a lock-out and failed or tentative wage talks, start-up fundraising,
dairy farmers' and hill farmers' protests, shopkeepers and retailers, central bank rate
decisions, consumer groups, a minimum wage rise; in French one debate is rendered with dialogue
dashes. Speakers are chief executives and PDG introduced with their title ("le PDG de X, Y",
"chief executive Y") and referred back to by title, role, surname, pronoun or epithet ("le
dirigeant", "the chief executive", "the Aberdeen-born executive", "la commerçante"), union
leaders and officials, unnamed workers, companies, unions and a ministry speaking through
unnamed spokespeople or as organisations, sometimes under a generic noun ("le groupe", "la
direction", "the lender", "the carmaker", "the Bank"); figures and claims are sourced with
"selon X", "d'après X" or "according to X", some quotes run over sentences and paragraphs, and
speech verbs with only a noun object ("a annoncé la fermeture", "confirmed the figures") are left
unannotated.
Measured once with 0.3.0, 0.37.0 and 0.38.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout126.py
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
    (  # 1 annual results of a car-parts maker: two-sentence direct + "a reconnu le PDG de Name,
        # Name," (title then name), "Le dirigeant a annoncé que le groupe" (role referring back,
        # generic noun inside the clause), "a écarté toute nouvelle fermeture" (noun object, not
        # annotated), "Selon Name, analyste chez X, le titre « … »" (quoted words inside the selon
        # clause, only the partial)
        "L'équipementier automobile Vextra a publié jeudi des résultats annuels en net recul. Son "
        "bénéfice net a fondu de 38\u00a0% en 2026, à 412 millions d'euros, pour un chiffre "
        "d'affaires de 9,7 milliards, en baisse de 6\u00a0%.\n\n"
        "«\u00a0Nous avons traversé l'année la plus difficile de notre histoire récente. Le "
        "marché européen ne s'est pas redressé comme nous l'espérions\u00a0», a reconnu le PDG de "
        "Vextra, Laurent Maréchal-Duthil, lors d'une conférence téléphonique avec les "
        "analystes.\n\n"
        "Le dirigeant a annoncé que le groupe réduirait ses investissements de 15\u00a0% l'an "
        "prochain. Il a en revanche écarté toute nouvelle fermeture d'usine en France.\n\n"
        "Selon Mathieu Grangier, analyste chez Oderic Frères, le titre «\u00a0paie surtout "
        "l'absence de visibilité sur 2027\u00a0». L'action Vextra cédait 7,4\u00a0% jeudi en fin "
        "de matinée à la Bourse de Paris.",
        [
            (
                D,
                [
                    "Nous avons traversé l'année la plus difficile de notre histoire récente. Le "
                    "marché européen ne s'est pas redressé comme nous l'espérions"
                ],
                "Laurent Maréchal-Duthil",
            ),
            (
                I,
                ["le groupe réduirait ses investissements de 15\u00a0% l'an prochain"],
                "Laurent Maréchal-Duthil",
            ),
            (P, ["paie surtout l'absence de visibilité sur 2027"], "Mathieu Grangier"),
        ],
    ),
    (  # 2 factory closure: "la direction … a annoncé la fermeture du site" (noun object, not
        # annotated), two-sentence direct + "lâche Name, 47 ans,", "Pour Name, délégué de X (sigle),
        # « … »" (direct), "Le syndicaliste a annoncé une assemblée générale" (noun object), "la
        # direction de Name assure que « … »" (the management speaks for the company, only the
        # partial)
        "Le couperet est tombé mardi matin pour les 312 salariés de l'usine Calorix de "
        "Saint-Vital-sur-Arve (Haute-Savoie). Lors d'un comité social et économique "
        "extraordinaire, la direction du fabricant de chauffe-eau a annoncé la fermeture du site "
        "d'ici à la fin de 2027 et le transfert de sa production en Slovaquie.\n\n"
        "«\u00a0On nous a menti pendant deux ans. On nous parlait d'investissements, de nouvelles "
        "lignes, et voilà le résultat\u00a0», lâche Sandrine Pellegrin, 47 ans, dont vingt-deux "
        "passés sur la chaîne de montage.\n\n"
        "Pour Karim Boudjema, délégué de l'Union des travailleurs de l'industrie (UTI), «\u00a0la "
        "décision était prise depuis longtemps au siège, à Milan\u00a0». Le syndicaliste a "
        "annoncé une assemblée générale jeudi.\n\n"
        "Contactée, la direction de Calorix assure que «\u00a0chaque salarié se verra proposer "
        "une solution\u00a0», qu'il s'agisse d'un reclassement interne ou d'un accompagnement "
        "vers un autre emploi.",
        [
            (
                D,
                [
                    "On nous a menti pendant deux ans. On nous parlait d'investissements, de "
                    "nouvelles lignes, et voilà le résultat"
                ],
                "Sandrine Pellegrin",
            ),
            (D, ["la décision était prise depuis longtemps au siège, à Milan"], "Karim Boudjema"),
            (P, ["chaque salarié se verra proposer une solution"], "Calorix"),
        ],
    ),
    (  # 3 refinery strike: "Les salariés réclament une augmentation" (noun object, not
        # annotated), two-sentence direct + "prévient Name, secrétaire de la section X du site",
        # partial after "un porte-parole de Name juge la proposition … " (unnamed spokesman speaks
        # for the company)
        "Le mouvement se durcit à la raffinerie Norpétrol de Port-Lagrange (Bouches-du-Rhône). "
        "Les grévistes ont reconduit mercredi, pour la quatrième journée consécutive, le blocage "
        "des expéditions de carburant, et plusieurs stations-service de l'étang de Berre étaient "
        "à sec dans la soirée.\n\n"
        "Les salariés réclament une augmentation générale de 6\u00a0%, quand la direction n'en "
        "propose que 2,8\u00a0%. «\u00a0Avec l'inflation de ces trois dernières années, "
        "2,8\u00a0%, c'est une baisse de salaire déguisée. Nous irons jusqu'au bout\u00a0», "
        "prévient Yannick Ferracci, secrétaire de la section Union énergie du site.\n\n"
        "De son côté, un porte-parole de Norpétrol juge la proposition de la direction "
        "«\u00a0responsable et conforme aux pratiques du secteur\u00a0». Une nouvelle réunion de "
        "négociation est prévue vendredi à Marseille.",
        [
            (
                D,
                [
                    "Avec l'inflation de ces trois dernières années, 2,8\u00a0%, c'est une baisse "
                    "de salaire déguisée. Nous irons jusqu'au bout"
                ],
                "Yannick Ferracci",
            ),
            (P, ["responsable et conforme aux pratiques du secteur"], "Norpétrol"),
        ],
    ),
    (  # 4 takeover bid: "a annoncé le lancement d'une offre" (noun object), "…, a précisé Name
        # dans un communiqué." (indirect before the attribution, the company speaking), partial
        # after "Le directeur général du groupe, Name, a défendu un", two-sentence direct + "a
        # insisté M. Surname", "Le président de X, Name, petit-fils du fondateur, a fait savoir
        # qu'il", "Selon plusieurs sources proches du dossier," (unnamed plural, rest of the
        # sentence)
        "Le groupe agroalimentaire Belvia a annoncé lundi le lancement d'une offre publique "
        "d'achat sur Maison Tessier, le fabricant vendéen de biscuits et de galettes, valorisé "
        "1,2 milliard d'euros en Bourse.\n\n"
        "L'offre, à 48 euros par action, représente une prime de 31\u00a0% sur le cours moyen des "
        "trois derniers mois, a précisé Belvia dans un communiqué. Le directeur général du "
        "groupe, Arnaud Kessler-Fontaine, a défendu un «\u00a0projet industriel, pas "
        "financier\u00a0».\n\n"
        "«\u00a0Maison Tessier gardera son nom, ses recettes et ses deux usines de Vendée. Nous "
        "n'achetons pas une marque pour la vider de sa substance\u00a0», a insisté "
        "M.\u00a0Kessler-Fontaine lors d'une conférence de presse à Paris.\n\n"
        "Le président de Maison Tessier, Étienne Tessier, petit-fils du fondateur, a fait savoir "
        "qu'il apporterait à l'offre les 42\u00a0% du capital détenus par la famille. Selon "
        "plusieurs sources proches du dossier, le fonds britannique Harrowgate Capital, deuxième "
        "actionnaire avec 11\u00a0%, juge en revanche le prix insuffisant.",
        [
            (
                I,
                [
                    "L'offre, à 48 euros par action, représente une prime de 31\u00a0% sur le "
                    "cours moyen des trois derniers mois"
                ],
                "Belvia",
            ),
            (P, ["projet industriel, pas financier"], "Arnaud Kessler-Fontaine"),
            (
                D,
                [
                    "Maison Tessier gardera son nom, ses recettes et ses deux usines de Vendée. "
                    "Nous n'achetons pas une marque pour la vider de sa substance"
                ],
                "Arnaud Kessler-Fontaine",
            ),
            (
                I,
                ["il apporterait à l'offre les 42\u00a0% du capital détenus par la famille"],
                "Étienne Tessier",
            ),
            (
                I,
                [
                    "le fonds britannique Harrowgate Capital, deuxième actionnaire avec 11\u00a0%, "
                    "juge en revanche le prix insuffisant"
                ],
                "sources proches du dossier",
            ),
        ],
    ),
    (  # 5 dairy farmers blockade a cooperative's plant: "Les manifestants dénoncent un prix …
        # « … », selon leur porte-parole, Name, éleveur à X." (quoted words sourced with a final
        # selon, only the partial), two-sentence direct + "témoigne Name, installée …", the
        # cooperative "n'a pas répondu" (not a quote)
        "Une centaine d'éleveurs ont bloqué, dans la nuit de mardi à mercredi, l'entrée de la "
        "laiterie du groupe coopératif Terralia à Plouvenec (Finistère). Les camions-citernes "
        "n'ont pu ni entrer ni sortir pendant près de dix heures.\n\n"
        "Les manifestants dénoncent un prix du lait fixé à 392 euros les 1\u00a0000 litres pour "
        "le premier trimestre, «\u00a0en dessous de nos coûts de production\u00a0», selon leur "
        "porte-parole, Gwenaël Le Bihan, éleveur à Landivisiau.\n\n"
        "«\u00a0Je me lève à 5 heures tous les jours, sept jours sur sept, et je gagne moins que "
        "le smic. Ça ne peut plus durer\u00a0», témoigne Maëlle Guéguen, installée avec son frère "
        "sur la ferme familiale depuis 2019.\n\n"
        "Contactée, la coopérative n'a pas répondu à nos sollicitations. Les éleveurs ont levé le "
        "blocage mercredi vers 9 heures.",
        [
            (P, ["en dessous de nos coûts de production"], "Gwenaël Le Bihan"),
            (
                D,
                [
                    "Je me lève à 5 heures tous les jours, sept jours sur sept, et je gagne moins "
                    "que le smic. Ça ne peut plus durer"
                ],
                "Maëlle Guéguen",
            ),
        ],
    ),
    (  # 6 start-up fundraising: two-sentence direct + "explique sa cofondatrice et présidente,
        # Name, une ingénieure de 34 ans", "prévoit d'en recruter" (not speech), partial inside
        # "L'ingénieure assure que l'usine sera construite" (epithet, only the partial), "Selon le
        # cabinet Name," (generic noun dropped, rest of the sentence)
        "La jeune pousse nantaise Hydrolis, qui conçoit des électrolyseurs compacts destinés à "
        "produire de l'hydrogène directement sur les sites industriels, a bouclé une levée de "
        "fonds de 45 millions d'euros auprès des fonds Altéa Ventures et Norden Capital.\n\n"
        "«\u00a0Cet argent va nous permettre de passer du prototype à l'usine. Nous voulons "
        "produire 500 machines par an d'ici à 2029\u00a0», explique sa cofondatrice et "
        "présidente, Clara Vasseur-Nguyen, une ingénieure de 34 ans passée par l'aéronautique.\n\n"
        "L'entreprise, qui emploie 80 personnes, prévoit d'en recruter 120 de plus. L'ingénieure "
        "assure que l'usine sera construite «\u00a0en Loire-Atlantique, et nulle part "
        "ailleurs\u00a0».\n\n"
        "Le marché reste pourtant incertain. Selon le cabinet Enercia Conseil, moins d'un tiers "
        "des projets d'hydrogène industriel annoncés en Europe depuis 2020 ont effectivement vu "
        "le jour.",
        [
            (
                D,
                [
                    "Cet argent va nous permettre de passer du prototype à l'usine. Nous voulons "
                    "produire 500 machines par an d'ici à 2029"
                ],
                "Clara Vasseur-Nguyen",
            ),
            (P, ["en Loire-Atlantique, et nulle part ailleurs"], "Clara Vasseur-Nguyen"),
            (
                I,
                [
                    "moins d'un tiers des projets d'hydrogène industriel annoncés en Europe depuis "
                    "2020 ont effectivement vu le jour"
                ],
                "Enercia Conseil",
            ),
        ],
    ),
    (  # 7 central bank holds rates: the bank's statement paraphrased without speech (not
        # annotated), two-sentence direct + "a déclaré l'Autrichien Name, membre du directoire,",
        # "Selon elle, la faiblesse … « … »" (pronoun for the economist introduced in the sentence
        # before; quoted words inside the selon clause, only the partial)
        "La Banque centrale européenne (BCE) a laissé ses taux directeurs inchangés jeudi, pour "
        "la troisième réunion consécutive. Le taux de dépôt reste fixé à 2\u00a0%, et "
        "l'institution table toujours sur un retour de l'inflation vers sa cible au cours de "
        "2027.\n\n"
        "«\u00a0Nous ne sommes pas pressés. Baisser trop tôt serait la pire des erreurs\u00a0», a "
        "déclaré l'Autrichien Matthias Kellner, membre du directoire, lors d'une conférence à "
        "Vienne quelques heures après la décision.\n\n"
        "Un avis que ne partage pas Hélène Castagné, économiste chez Crédit Oriental. Selon elle, "
        "la faiblesse de l'industrie allemande «\u00a0plaide pour une baisse dès le mois de "
        "mars\u00a0».",
        [
            (
                D,
                ["Nous ne sommes pas pressés. Baisser trop tôt serait la pire des erreurs"],
                "Matthias Kellner",
            ),
            (P, ["plaide pour une baisse dès le mois de mars"], "Hélène Castagné"),
        ],
    ),
    (  # 8 consumer group and shrinkflation: "Selon l'association, qui a relevé …," (the consumer
        # group named before, rest of the sentence), two-sentence direct + "résume sa présidente,
        # Name", "Consoveille réclame un affichage" (noun object, not annotated), partial in a
        # relative clause after "une porte-parole de l'enseigne Name … renvoie la responsabilité
        # vers les industriels, qui" (unnamed spokeswoman speaks for the chain)
        "Moins de produit, même prix\u00a0: l'association de consommateurs Consoveille a publié "
        "mardi une liste de 137 produits de grande consommation dont le contenu a diminué depuis "
        "2024 sans que leur prix baisse.\n\n"
        "Selon l'association, qui a relevé les étiquettes dans 60 magasins, la quantité vendue a "
        "reculé en moyenne de 9\u00a0%, pour un prix au kilo en hausse de 14\u00a0%.\n\n"
        "«\u00a0C'est une hausse de prix cachée, et elle est parfaitement légale. C'est bien là "
        "le problème\u00a0», résume sa présidente, Nadine Aubertot-Roux. Consoveille réclame un "
        "affichage obligatoire en rayon pendant six mois pour tout produit dont le format "
        "diminue.\n\n"
        "Sollicitée, une porte-parole de l'enseigne Carrémarché, qui arrive en tête de la liste "
        "avec 23 produits, renvoie la responsabilité vers les industriels, qui «\u00a0fixent "
        "seuls la taille des emballages\u00a0».",
        [
            (
                I,
                [
                    "la quantité vendue a reculé en moyenne de 9\u00a0%, pour un prix au kilo en "
                    "hausse de 14\u00a0%"
                ],
                "Consoveille",
            ),
            (
                D,
                [
                    "C'est une hausse de prix cachée, et elle est parfaitement légale. C'est bien "
                    "là le problème"
                ],
                "Nadine Aubertot-Roux",
            ),
            (P, ["fixent seuls la taille des emballages"], "Carrémarché"),
        ],
    ),
    (  # 9 no quote: a clothing chain's liquidation, "Le liquidateur a annoncé le licenciement",
        # "ont réclamé le versement d'une prime" and "a promis un accompagnement" (noun objects, not
        # annotated)
        "Le tribunal de commerce de Lyon a prononcé mardi la liquidation judiciaire de l'enseigne "
        "de prêt-à-porter Maëlys, placée en redressement judiciaire depuis le mois de juin. "
        "Aucune des trois offres de reprise déposées n'a été retenue.\n\n"
        "Les 86 magasins de la chaîne fermeront leurs portes d'ici à la fin de l'année. Le "
        "liquidateur a annoncé le licenciement des 412 salariés dans les prochaines semaines.\n\n"
        "Les représentants du personnel ont réclamé le versement d'une prime supra-légale. Le "
        "ministère du Travail a promis un accompagnement renforcé des salariés concernés.",
        [],
    ),
    (  # 10 airline chief and pilots' union leader on the radio, in dialogue dashes: a dash line
        # attributed by "Le patron de la compagnie a ouvert les hostilités :" (role for the PDG
        # named before), a dash line split by "l'a coupé le syndicaliste," (one quote two spans), a
        # dash line after "Réponse de M. Surname :"
        "Invités jeudi matin sur Radio Cité, le PDG de la compagnie aérienne Air Opale, Bertrand "
        "Haudecoeur, et le président du Syndicat des navigants indépendants, Julien Ravier, ont "
        "croisé le fer sur la grève des pilotes qui cloue au sol la moitié des vols depuis "
        "lundi.\n\n"
        "Le patron de la compagnie a ouvert les hostilités\u00a0:\n\n"
        "— Nos pilotes sont parmi les mieux payés d'Europe. Cette grève est incompréhensible pour "
        "nos clients.\n\n"
        "— Ce n'est pas une question de salaire, l'a coupé le syndicaliste, c'est une question de "
        "sécurité et de temps de repos.\n\n"
        "Réponse de M.\u00a0Haudecoeur\u00a0:\n\n"
        "— Alors asseyons-nous autour d'une table. Je vous ai fait trois propositions en un mois, "
        "vous les avez rejetées sans même les lire.\n\n"
        "Le préavis de grève court jusqu'à dimanche soir.",
        [
            (
                D,
                [
                    "Nos pilotes sont parmi les mieux payés d'Europe. Cette grève est "
                    "incompréhensible pour nos clients."
                ],
                "Bertrand Haudecoeur",
            ),
            (
                D,
                [
                    "Ce n'est pas une question de salaire",
                    "c'est une question de sécurité et de temps de repos.",
                ],
                "Julien Ravier",
            ),
            (
                D,
                [
                    "Alors asseyons-nous autour d'une table. Je vous ai fait trois propositions en "
                    "un mois, vous les avez rejetées sans même les lire."
                ],
                "Bertrand Haudecoeur",
            ),
        ],
    ),
    (  # 11 failed wage talks at a DIY chain: "réclamés par les syndicats" (not a quote), a quote
        # continued over two paragraphs (the second opening with a mark; one quote, one span per
        # paragraph) + "a déclaré Name, déléguée syndicale centrale de X", partial inside "le
        # directeur des ressources humaines, Name, affirme que", "Il assure que" (pronoun)
        "Les négociations annuelles sur les salaires ont tourné court, mercredi, au siège de "
        "l'enseigne de bricolage Bricoplus, près de Lille. La direction a proposé une hausse "
        "générale de 1,9\u00a0%, très loin des 5\u00a0% réclamés par les syndicats.\n\n"
        "«\u00a0Les caissières et les vendeurs ont tenu les magasins pendant les années "
        "difficiles. Le groupe a versé 140 millions d'euros de dividendes cette année, et on nous "
        "propose moins que l'inflation.\n\n"
        "«\u00a0Nous appelons donc à la grève samedi dans les 96 magasins du réseau. Ce sera le "
        "premier samedi de décembre, et ce n'est pas un hasard\u00a0», a déclaré Fatou Diarra, "
        "déléguée syndicale centrale de la Confédération des salariés du commerce.\n\n"
        "Dans un courriel adressé aux salariés, que L'Écho des Flandres a pu consulter, le "
        "directeur des ressources humaines, Olivier Debacker, affirme que l'enveloppe proposée "
        "est «\u00a0la plus élevée du secteur\u00a0» si l'on intègre la prime d'intéressement. Il "
        "assure que la porte reste ouverte à une reprise des discussions avant Noël.",
        [
            (
                D,
                [
                    "Les caissières et les vendeurs ont tenu les magasins pendant les années "
                    "difficiles. Le groupe a versé 140 millions d'euros de dividendes cette "
                    "année, et on nous propose moins que l'inflation.",
                    "Nous appelons donc à la grève samedi dans les 96 magasins du réseau. Ce sera "
                    "le premier samedi de décembre, et ce n'est pas un hasard",
                ],
                "Fatou Diarra",
            ),
            (P, ["la plus élevée du secteur"], "Olivier Debacker"),
            (
                I,
                ["la porte reste ouverte à une reprise des discussions avant Noël"],
                "Olivier Debacker",
            ),
        ],
    ),
    (  # 12 job cuts at a drug maker: "a annoncé … la suppression de 280 postes" (noun object),
        # partial after "un domaine jugé" in the company's document ("Le groupe"), two-sentence
        # direct + "s'indigne une technicienne, qui a requis l'anonymat" (unnamed), partial inside
        # "Le maire de X, Name, a dit craindre" (only the partial), "L'élu a sollicité un
        # rendez-vous" (noun object)
        "Le laboratoire pharmaceutique Servalis a annoncé mardi aux représentants du personnel la "
        "suppression de 280 postes dans son centre de recherche de Montreval-sur-Eure (Eure).\n\n"
        "Le groupe veut recentrer ses travaux sur l'oncologie et abandonner la neurologie, un "
        "domaine jugé «\u00a0trop coûteux et trop incertain\u00a0» dans le document remis aux "
        "élus du comité social et économique.\n\n"
        "«\u00a0Ce sont des chercheurs de très haut niveau, des gens qui ont donné quinze ou "
        "vingt ans à l'entreprise. On les jette comme des mouchoirs\u00a0», s'indigne une "
        "technicienne, qui a requis l'anonymat.\n\n"
        "Le maire de Montreval-sur-Eure, Jean-Pierre Lecanu, a dit craindre «\u00a0un effet "
        "domino\u00a0» sur les sous-traitants de la zone d'activité. L'élu a sollicité un "
        "rendez-vous au ministère de l'Industrie.",
        [
            (P, ["trop coûteux et trop incertain"], "Servalis"),
            (
                D,
                [
                    "Ce sont des chercheurs de très haut niveau, des gens qui ont donné quinze ou "
                    "vingt ans à l'entreprise. On les jette comme des mouchoirs"
                ],
                "technicienne",
            ),
            (P, ["un effet domino"], "Jean-Pierre Lecanu"),
        ],
    ),
    (  # 13 department store closes, town-centre shopkeepers: two-sentence direct + "regrette
        # Name, qui tient …", then "« A, poursuit la commerçante, B. »" (epithet; a second quote,
        # two spans, final period kept), partial after "Le président de l'association des
        # commerçants X, Name, plaide pour un rachat … afin d'y installer"
        "Après soixante-quatorze ans d'existence, les Galeries Duvernay fermeront définitivement "
        "leurs portes le 31 janvier à Montluzac (Cher). Le grand magasin, qui emploie encore 46 "
        "personnes, n'a pas trouvé de repreneur.\n\n"
        "Dans la rue piétonne, la nouvelle a fait l'effet d'une bombe. «\u00a0Les Galeries, "
        "c'était la locomotive. Les gens venaient pour elles et s'arrêtaient chez nous en "
        "passant\u00a0», regrette Sophie Lemarié, qui tient une boutique de chaussures juste en "
        "face. «\u00a0Sans elles, poursuit la commerçante, je ne sais pas si je passerai "
        "l'été.\u00a0»\n\n"
        "Le président de l'association des commerçants Cœur de Montluzac, Didier Faucompré, "
        "plaide pour un rachat du bâtiment par la ville, afin d'y installer «\u00a0un lieu mixte, "
        "avec des commerces, des bureaux et pourquoi pas une halle gourmande\u00a0».\n\n"
        "La mairie n'a pas souhaité s'exprimer avant le conseil municipal du 15 décembre.",
        [
            (
                D,
                [
                    "Les Galeries, c'était la locomotive. Les gens venaient pour elles et "
                    "s'arrêtaient chez nous en passant"
                ],
                "Sophie Lemarié",
            ),
            (D, ["Sans elles", "je ne sais pas si je passerai l'été."], "Sophie Lemarié"),
            (
                P,
                [
                    "un lieu mixte, avec des commerces, des bureaux et pourquoi pas une halle "
                    "gourmande"
                ],
                "Didier Faucompré",
            ),
        ],
    ),
    (  # 14 battery plant opening: "La PDG de X, Name, a promis 2 000 emplois" (noun object) then
        # two-sentence direct + "a-t-elle lancé" (pronoun), partial after "Le ministre a salué"
        # (role for the minister named in the lead) and indirect after "tout en reconnaissant que"
        # in the same sentence, a direct quote attributed by the sentence before it ("Name, 29 ans,
        # …, savoure."), final period kept
        "La première gigafactory de batteries du groupe Voltéra a été inaugurée vendredi à "
        "Hénin-Vaucourt (Pas-de-Calais), en présence du ministre délégué à l'Industrie, Rémi "
        "Castellane. L'usine, qui a coûté 2,1 milliards d'euros, emploie déjà 900 personnes.\n\n"
        "La PDG de Voltéra, Anne-Sophie Kervella, a promis 2\u00a0000 emplois d'ici à 2030. "
        "«\u00a0Il y a dix ans, on nous expliquait que l'industrie, en France, c'était fini. Nous "
        "sommes en train de prouver le contraire\u00a0», a-t-elle lancé devant quelque 400 "
        "invités.\n\n"
        "Le ministre a salué «\u00a0une victoire pour la souveraineté industrielle\u00a0» du "
        "pays, tout en reconnaissant que la concurrence chinoise restait rude.\n\n"
        "Sur le parking, Mickaël Dufossé, 29 ans, ancien intérimaire embauché en CDI en "
        "septembre, savoure. «\u00a0Ici, tout le monde a un oncle ou un cousin qui a perdu son "
        "emploi quand les usines textiles ont fermé. Là, enfin, on embauche.\u00a0»",
        [
            (
                D,
                [
                    "Il y a dix ans, on nous expliquait que l'industrie, en France, c'était fini. "
                    "Nous sommes en train de prouver le contraire"
                ],
                "Anne-Sophie Kervella",
            ),
            (P, ["une victoire pour la souveraineté industrielle"], "Rémi Castellane"),
            (I, ["la concurrence chinoise restait rude"], "Rémi Castellane"),
            (
                D,
                [
                    "Ici, tout le monde a un oncle ou un cousin qui a perdu son emploi quand les "
                    "usines textiles ont fermé. Là, enfin, on embauche."
                ],
                "Mickaël Dufossé",
            ),
        ],
    ),
    (  # 15 Quebec port lock-out: two-sentence direct + "a soutenu en conférence de presse le
        # porte-parole de l'association, Name" (a named spokesman speaks for himself), "a dénoncé la
        # décision" (noun object) then a three-sentence direct + "a-t-il lancé" (pronoun), "D'après
        # la Chambre de commerce de X," (rest of the sentence), "a réclamé une reprise rapide" (noun
        # object)
        "L'Association des employeurs maritimes de Trois-Rives a décrété dimanche un lock-out "
        "visant les 640 débardeurs du port, paralysant l'une des principales portes d'entrée des "
        "marchandises au Québec.\n\n"
        "«\u00a0Nous n'avions plus le choix. Le syndicat refusait depuis six semaines toute "
        "discussion sur les horaires\u00a0», a soutenu en conférence de presse le porte-parole de "
        "l'association, Marc-Antoine Bélanger.\n\n"
        "Le président du Syndicat des débardeurs de Trois-Rives, Steve Gagnon, a dénoncé la "
        "décision devant une centaine de syndiqués réunis devant les grilles. «\u00a0On nous met "
        "dehors à trois semaines de Noël. Ils pensent qu'on va plier. Ils se trompent\u00a0», "
        "a-t-il lancé.\n\n"
        "D'après la Chambre de commerce de Trois-Rives, chaque journée d'arrêt coûte près de 25 "
        "millions de dollars à l'économie régionale. Le ministre fédéral du Travail a réclamé une "
        "reprise rapide des négociations.",
        [
            (
                D,
                [
                    "Nous n'avions plus le choix. Le syndicat refusait depuis six semaines toute "
                    "discussion sur les horaires"
                ],
                "Marc-Antoine Bélanger",
            ),
            (
                D,
                [
                    "On nous met dehors à trois semaines de Noël. Ils pensent qu'on va plier. Ils "
                    "se trompent"
                ],
                "Steve Gagnon",
            ),
            (
                I,
                [
                    "chaque journée d'arrêt coûte près de 25 millions de dollars à l'économie "
                    "régionale"
                ],
                "Chambre de commerce de Trois-Rives",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 supermarket half-year results: "announced the closure of 14 stores" (noun object, not
        # annotated), '"A," chief executive Name told reporters on a call. "B."' (two direct quotes,
        # the second one's period kept), "The chief executive said" (title alone referring back),
        # "the grocer" (generic noun, no quote)
        "Brannock's, Britain's fourth-largest supermarket group, reported a 22% fall in half-year "
        "profit on Thursday, hit by a price war with discount chains and higher wage costs, and "
        "announced the closure of 14 underperforming stores.\n\n"
        "Pre-tax profit fell to £318 million in the 26 weeks to Oct. 11, below the £341 million "
        "analysts had expected.\n\n"
        "\"We chose to invest in prices rather than protect our margin, and I don't regret it for "
        'a second," chief executive Fiona Marchbank told reporters on a call. "Customers '
        'noticed."\n\n'
        "The chief executive said about 600 staff would be affected by the closures, most of whom "
        "would be offered jobs in nearby stores. Shares in the grocer were down 6.1% at 1015 GMT.",
        [
            (
                D,
                [
                    "We chose to invest in prices rather than protect our margin, and I don't "
                    "regret it for a second"
                ],
                "Fiona Marchbank",
            ),
            (D, ["Customers noticed."], "Fiona Marchbank"),
            (
                I,
                [
                    "about 600 staff would be affected by the closures, most of whom would be "
                    "offered jobs in nearby stores"
                ],
                "Fiona Marchbank",
            ),
        ],
    ),
    (  # 2 bank branch closures: "…, the lender said on Tuesday." (generic noun for the bank, the
        # part before), partial inside "Chief executive Name said in a memo to staff that" (only the
        # partial), "A spokesperson for the bank confirmed the figures" (noun object), "has
        # threatened a ballot" (noun object), two-sentence direct + "said its general secretary,
        # Name"
        "Northbridge Bank will close 190 branches and cut about 3,000 jobs over the next two "
        "years as more customers switch to mobile banking, the lender said on Tuesday.\n\n"
        'Chief executive Dana Okafor said in a memo to staff that it had been "the hardest '
        'decision of my career". A spokesperson for the bank confirmed the figures but declined '
        "to say which regions would be most affected.\n\n"
        'The Finance Staff Union has threatened a ballot on industrial action. "These branches '
        "are lifelines for elderly customers and small firms. Closing them is a choice, not a "
        'necessity," said its general secretary, Owen Tranter.',
        [
            (
                I,
                [
                    "Northbridge Bank will close 190 branches and cut about 3,000 jobs over the "
                    "next two years as more customers switch to mobile banking"
                ],
                "Northbridge Bank",
            ),
            (P, ["the hardest decision of my career"], "Dana Okafor"),
            (
                D,
                [
                    "These branches are lifelines for elderly customers and small firms. Closing "
                    "them is a choice, not a necessity"
                ],
                "Owen Tranter",
            ),
        ],
    ),
    (  # 3 biscuit factory closure: "confirmed plans to close" (noun object), partial after "the
        # company said it", "…, it said." (pronoun for the company, the part before), partial after
        # "Name, regional officer for X, said members had been" then a direct + "he said", "has
        # requested an urgent meeting" (noun object)
        "More than 400 jobs are at risk after the biscuit maker Penrose & Hale confirmed plans to "
        "close its factory in Castleford Bridge, West Yorkshire, which has been making biscuits "
        "since 1931.\n\n"
        'In a statement, the company said it "deeply regrets" the impact on staff and their '
        "families. Production will move to the firm's larger plant in Leicestershire by the end "
        "of next year, it said.\n\n"
        "Mick Farrant, regional officer for the Allied Workers' Union, said members had been "
        '"blindsided". "Three weeks ago management stood in that canteen and promised us a new '
        'production line," he said.\n\n'
        "The local MP, Janet Osei-Bright, has requested an urgent meeting with the firm's owners.",
        [
            (P, ["deeply regrets"], "Penrose & Hale"),
            (
                I,
                [
                    "Production will move to the firm's larger plant in Leicestershire by the end "
                    "of next year"
                ],
                "Penrose & Hale",
            ),
            (P, ["blindsided"], "Mick Farrant"),
            (
                D,
                [
                    "Three weeks ago management stood in that canteen and promised us a new "
                    "production line"
                ],
                "Mick Farrant",
            ),
        ],
    ),
    (  # 4 dock strike over pay: "is demanding a 9% rise" (noun object), '"A," the union's general
        # secretary, Name, said on the picket line. "B."' (two direct quotes, the second one's
        # period kept), partial inside "Name said the offer was" (the operator speaking as an
        # organisation, only the partial)
        "Around 1,900 workers at Haverford Container Terminal began a 72-hour strike at 6am on "
        "Monday after last-minute talks over pay broke down, leaving more than 20 ships waiting "
        "offshore.\n\n"
        "The Maritime and General Workers' Union is demanding a 9% rise this year. The terminal's "
        "operator, Northgate Ports, has offered 4.5% plus a one-off payment of £1,200.\n\n"
        '"Our members kept this port running through the pandemic, through the supply chain '
        "crisis, through everything,\" the union's general secretary, Rhona McCallister, said on "
        'the picket line. "All they\'re asking for is a fair share."\n\n'
        'Northgate Ports said the offer was "fair and affordable" given the terminal\'s falling '
        "volumes.",
        [
            (
                D,
                [
                    "Our members kept this port running through the pandemic, through the supply "
                    "chain crisis, through everything"
                ],
                "Rhona McCallister",
            ),
            (D, ["All they're asking for is a fair share."], "Rhona McCallister"),
            (P, ["fair and affordable"], "Northgate Ports"),
        ],
    ),
    (  # 5 central bank holds rates: partial inside "…, the Bank said in its quarterly report."
        # (generic noun for the Bank of England, only the partial), direct + "Deputy Governor Name
        # told a press conference", "She declined to say whether" (not a quote), "…, according to
        # Name, chief UK economist at X." (the part before)
        "The Bank of England held interest rates at 3.5% on Thursday, its fourth consecutive "
        "decision to leave borrowing costs unchanged. The Monetary Policy Committee voted 6-3, "
        "with three members backing a quarter-point cut.\n\n"
        'Inflation is "on track" to return to the 2% target by the end of 2027, the Bank said '
        "in its quarterly Monetary Policy Report.\n\n"
        '"We are not there yet, but we are getting closer," Deputy Governor Eleanor Whitcombe '
        "told a press conference. She declined to say whether a cut in February was likely.\n\n"
        "Sterling fell half a cent against the dollar after the decision. Markets now price in "
        "two cuts next year, according to Tom Ridley, chief UK economist at Castleton Bank.",
        [
            (P, ["on track"], "Bank of England"),
            (D, ["We are not there yet, but we are getting closer"], "Eleanor Whitcombe"),
            (I, ["Markets now price in two cuts next year"], "Tom Ridley"),
        ],
    ),
    (  # 6 no quote: shareholders approve a packaging merger, regulators "cleared the deal" and
        # the boards "announced the appointment" (noun object, not annotated)
        "Shareholders in Dunmore Group and Vance Holdings on Wednesday approved the £3.1 billion "
        "merger of the two packaging companies, clearing the last hurdle to a deal first unveiled "
        "in March.\n\n"
        "The combined group, to be called Dunmore Vance, will employ about 14,000 people in 22 "
        "countries and will be listed in London. Competition regulators in Brussels cleared the "
        "deal in October after the companies agreed to sell four plants in Germany and Poland.\n\n"
        "The two boards announced the appointment of Vance's chief executive, Peter Lindqvist, as "
        "head of the enlarged company in June. Its shares are expected to start trading on Monday.",
        [],
    ),
    (  # 7 farmers' tractor protest: two-sentence direct + "said Name, 38, who keeps …", "The
        # former dairy farmer told them" (epithet for the association president named in the
        # sentence before), partial inside "A spokesperson for the Department for X said the scheme
        # had been" (unnamed spokesperson speaks for the department)
        "Hundreds of farmers drove their tractors into the centre of Aberwen on Saturday in "
        "protest at changes to the farm subsidy scheme, bringing the market town to a standstill "
        "for most of the afternoon.\n\n"
        "\"My family has farmed this land for five generations. I'm not sure there'll be a "
        'sixth," said Bethan Rees, 38, who keeps 400 ewes in the hills above the town.\n\n'
        "Gareth Lloyd-Pryce, president of the Hill Farmers' Association, addressed the crowd from "
        "a trailer. The former dairy farmer told them the new rules would cut the average hill "
        "farm's income by a third.\n\n"
        'A spokesperson for the Department for Rural Affairs said the scheme had been "shaped by '
        'two years of consultation with farmers".',
        [
            (
                D,
                [
                    "My family has farmed this land for five generations. I'm not sure there'll be "
                    "a sixth"
                ],
                "Bethan Rees",
            ),
            (
                I,
                ["the new rules would cut the average hill farm's income by a third"],
                "Gareth Lloyd-Pryce",
            ),
            (
                P,
                ["shaped by two years of consultation with farmers"],
                "Department for Rural Affairs",
            ),
        ],
    ),
    (  # 8 private equity approach rejected: partial after "The board of engineering group Name
        # has rejected …, saying it" (the board speaks for the company), "…, according to people
        # familiar with the matter." (unnamed plural, the part before), two-sentence direct +
        # "chairman Name told the X", "declined to comment" (not a quote)
        "The board of engineering group Tolland Fenwick has rejected a £2.4 billion takeover "
        'approach from US private equity firm Granite Ridge Partners, saying it "significantly '
        'undervalues" the company and its prospects.\n\n'
        "It was the third proposal the board had rebuffed since September, according to people "
        "familiar with the matter.\n\n"
        '"We are not against a deal. We are against a cheap deal," chairman Alistair Penhaligon '
        "told the Harbour Ledger. Shares in Tolland Fenwick closed up 4% at 612 pence, still "
        "below the 680 pence a share Granite Ridge has put on the table.\n\n"
        "Granite Ridge, which has until Dec. 29 to make a firm offer or walk away under UK "
        "takeover rules, declined to comment.",
        [
            (P, ["significantly undervalues"], "Tolland Fenwick"),
            (
                I,
                ["It was the third proposal the board had rebuffed since September"],
                "people familiar with the matter",
            ),
            (D, ["We are not against a deal. We are against a cheap deal"], "Alistair Penhaligon"),
        ],
    ),
    (  # 9 fintech start-up raises money: "thought she had lost her mind" (not speech), direct +
        # "Surname, 36, said in an interview", then a second quote that opens a new sentence after
        # the attribution and runs on into the next paragraph (which opens with a mark: one quote,
        # one span per paragraph)
        "When Amara Okonjo-Hill left her job at a City investment bank in 2022 to start a "
        "payments company from her flat in south London, most of her friends thought she had lost "
        "her mind.\n\n"
        "Three years later, Tallypay processes £400 million a month for 9,000 small businesses, "
        "and on Tuesday it closed an $85 million funding round led by the Californian venture "
        "firm Redwood Arc.\n\n"
        '"Small businesses were paying three different companies to get paid, and then waiting '
        "five days for their money,\" Okonjo-Hill, 36, said in an interview at the start-up's "
        'offices in Shoreditch. "That was the mad part, not me.\n\n'
        "\"We'll use the money to hire about 150 engineers and to launch in Ireland and the "
        'Netherlands next year."',
        [
            (
                D,
                [
                    "Small businesses were paying three different companies to get paid, and then "
                    "waiting five days for their money"
                ],
                "Amara Okonjo-Hill",
            ),
            (
                D,
                [
                    "That was the mad part, not me.",
                    "We'll use the money to hire about 150 engineers and to launch in Ireland and "
                    "the Netherlands next year.",
                ],
                "Amara Okonjo-Hill",
            ),
        ],
    ),
    (  # 10 consumer group on broadband bills: "…, according to research by the consumer group
        # Name." (generic noun dropped, the part before), direct + "said Name, X's director of
        # policy", "The group has called for a ban" (noun object), partial inside "A spokesperson
        # for Name, which represents …, said its members" (unnamed spokesperson speaks for the trade
        # body)
        "Broadband customers are paying up to £190 a year more than they need to because "
        "providers fail to warn them when their contracts end, according to research by the "
        "consumer group FairDeal.\n\n"
        '"Loyalty is being punished, plain and simple," said Hannah Greaves, FairDeal\'s '
        "director of policy. The group has called for a ban on price rises for customers who are "
        "out of contract.\n\n"
        "A spokesperson for Connect UK, which represents the largest providers, said its members "
        'already sent end-of-contract notifications "in line with the rules".',
        [
            (
                I,
                [
                    "Broadband customers are paying up to £190 a year more than they need to "
                    "because providers fail to warn them when their contracts end"
                ],
                "FairDeal",
            ),
            (D, ["Loyalty is being punished, plain and simple"], "Hannah Greaves"),
            (P, ["in line with the rules"], "Connect UK"),
        ],
    ),
    (  # 11 tentative deal at a car plant: direct + "X president Name told members in a video
        # message", "A spokeswoman for the union said" (unnamed spokeswoman speaks for the union
        # named before), partial inside "The carmaker said in a statement that the deal" (generic
        # noun for the company, only the partial)
        "Workers at Ardent Motors' assembly plant in Fairhaven, Ohio, will vote next week on a "
        "tentative four-year contract that would raise wages by 22% and restore cost-of-living "
        "adjustments.\n\n"
        '"This is the best contract we have won in a generation, and we won it because you were '
        'ready to walk out," Allied Auto Workers president Denise Kowalczyk told members in a '
        "video message on Sunday. A spokeswoman for the union said voting would close on Friday "
        "evening.\n\n"
        'The carmaker said in a statement that the deal "rewards our workforce while keeping '
        'Fairhaven competitive".',
        [
            (
                D,
                [
                    "This is the best contract we have won in a generation, and we won it because "
                    "you were ready to walk out"
                ],
                "Denise Kowalczyk",
            ),
            (I, ["voting would close on Friday evening"], "Allied Auto Workers"),
            (P, ["rewards our workforce while keeping Fairhaven competitive"], "Ardent Motors"),
        ],
    ),
    (  # 12 fashion chain in administration: "…, said Name, a partner at X and one of the joint
        # administrators." (the part before), two-sentence direct + "said a sales assistant at …,
        # who did not want to be named" (unnamed), "The retailer" (generic noun, no quote)
        "Fashion chain Harlow & Finch has collapsed into administration, putting 2,300 jobs at "
        "risk across its 118 stores.\n\n"
        "All stores will continue to trade while a buyer is sought, said Paul Desai, a partner at "
        "the accountancy firm Bramley Rowe and one of the joint administrators.\n\n"
        '"It\'s heartbreaking. Half of us have worked here for more than ten years," said a '
        "sales assistant at the chain's flagship store in Manchester, who did not want to be "
        "named. The retailer, founded in Leeds in 1964, had been hit by rising rents and the "
        "shift to online shopping.",
        [
            (I, ["All stores will continue to trade while a buyer is sought"], "Paul Desai"),
            (
                D,
                ["It's heartbreaking. Half of us have worked here for more than ten years"],
                "sales assistant",
            ),
        ],
    ),
    (  # 13 energy producer's record profit: "the government confirmed the extension" (noun
        # object), partial inside "Chief executive Name said the extension was" (only the partial),
        # "The Aberdeen-born executive told analysts that" (epithet), '"A," said Name, an analyst at
        # X, "b."' (one quote, two spans, final period kept)
        "Oil and gas producer Caledon Energy reported a record annual profit of $6.8 billion on "
        "Tuesday and raised its dividend by 12%, a day after the government confirmed the "
        "extension of the windfall tax on energy companies until 2030.\n\n"
        'Chief executive Graham Lusk said the extension was "a serious mistake" that would '
        "drive investment abroad. The Aberdeen-born executive told analysts that Caledon would "
        "review its plans for two new fields in the North Sea.\n\n"
        '"The numbers are strong," said Rebecca Thorn, an analyst at Pilgrim Securities, "but '
        'the market wants to know what happens when gas prices come back down."',
        [
            (P, ["a serious mistake"], "Graham Lusk"),
            (
                I,
                ["Caledon would review its plans for two new fields in the North Sea"],
                "Graham Lusk",
            ),
            (
                D,
                [
                    "The numbers are strong",
                    "but the market wants to know what happens when gas prices come back down.",
                ],
                "Rebecca Thorn",
            ),
        ],
    ),
    (  # 14 airline cuts flights, curly quotes: "blaming a steep rise in landing charges" (noun
        # object), '“A,” a Name spokeswoman said. “B.”' (unnamed spokeswoman speaks for the airline;
        # two direct quotes, the second one's period kept), partial after "The airport's managing
        # director, Name, accused the airline of"
        "Low-cost carrier Skybridge is to cut 40% of its winter flights from Severnside Airport, "
        "blaming a steep rise in landing charges.\n\n"
        "“We simply cannot make the numbers work at these fees,” a Skybridge spokeswoman said. "
        "“Other airports are offering us a far better deal.”\n\n"
        "The airport's managing director, Colin Ashdown, accused the airline of “using passengers "
        "as bargaining chips” in a commercial dispute. About 180,000 passengers are expected to "
        "be affected over the winter.",
        [
            (D, ["We simply cannot make the numbers work at these fees"], "Skybridge"),
            (D, ["Other airports are offering us a far better deal."], "Skybridge"),
            (P, ["using passengers as bargaining chips"], "Colin Ashdown"),
        ],
    ),
    (  # 15 minimum wage rise and small employers: "owner Name said she would" (title-like noun
        # before the name), two-sentence direct + "she said" (pronoun), partial after "The Alliance
        # of X called the increase" (an organisation speaking)
        "The national minimum wage will rise by 6.1% to £13.05 an hour from April, a move "
        "welcomed by unions but met with alarm by many small employers.\n\n"
        "At the Rise & Shine bakery on Dunmere's high street, owner Kate Pullman said she would "
        'probably have to shorten opening hours on Sundays. "I want to pay my staff properly, I '
        "really do. But every penny comes out of my pocket, not a shareholder's,\" she said.\n\n"
        'The Alliance of Independent Retailers called the increase "the final straw" for shops '
        "already hit by higher energy bills and business rates.",
        [
            (I, ["she would probably have to shorten opening hours on Sundays"], "Kate Pullman"),
            (
                D,
                [
                    "I want to pay my staff properly, I really do. But every penny comes out of my "
                    "pocket, not a shareholder's"
                ],
                "Kate Pullman",
            ),
            (P, ["the final straw"], "Alliance of Independent Retailers"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout126.jsonl"),
        "heldout126",
        "h126",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
