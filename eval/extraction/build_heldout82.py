"""Source of the eighty-second held-out set: writes heldout82.jsonl (split "heldout82").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
finance and economy news: central bank rate decisions, inflation and unemployment figures, banks'
results and fines, stock markets, public debt and rating agencies, household budgets, with
central bankers, finance ministers, economists, analysts, bank executives and consumers quoted.
Measured once with 0.3.0, 0.27.1 and 0.28.0's first rules (from heldout77–80) on
2026-12-02, then read for its last rules (docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout82.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-01"
Item = GoldItem

FR: list[Item] = [
    (  # 1 central bank hold: organisation partial after "s'est dite", incise with apposition
        # ("a reconnu la gouverneure, Name, devant la presse,") splitting one sentence-quote, role alone
        # then an unattributed follow-up quote (same speaker), "selon lesquels" trap
        "La Banque centrale du Méridien (BCM) a maintenu jeudi son principal taux directeur à "
        "3,25\u00a0%, pour la troisième réunion consécutive. Dans son communiqué, l'institution "
        "s'est dite «\u00a0attentive aux tensions persistantes sur les prix des services\u00a0», "
        "qui progressent encore de 4\u00a0% sur un an.\n\n"
        "«\u00a0Nous ne sommes pas encore au bout du chemin, a reconnu la gouverneure, Hélène "
        "Marchetti-Diallo, devant la presse, et l'inflation sous-jacente reste trop élevée pour "
        "que nous baissions la garde.\u00a0»\n\n"
        "Interrogée sur un possible assouplissement au printemps, la gouverneure a refusé de "
        "s'engager. «\u00a0Les marchés vont plus vite que nous. Nous déciderons réunion par "
        "réunion, en fonction des données.\u00a0»\n\n"
        "Les chiffres publiés la semaine dernière, selon lesquels les loyers ont bondi de "
        "4,6\u00a0% en un an, ont douché les espoirs d'une détente rapide. Les investisseurs ne "
        "parient désormais plus sur une baisse avant le mois de juin, et le rendement des "
        "obligations à deux ans a gagné 0,15 point dans la foulée.",
        [
            (
                P,
                ["attentive aux tensions persistantes sur les prix des services"],
                "Banque centrale du Méridien",
            ),
            (
                D,
                [
                    "Nous ne sommes pas encore au bout du chemin",
                    "et l'inflation sous-jacente reste trop élevée pour que nous baissions la garde.",
                ],
                "Hélène Marchetti-Diallo",
            ),
            (
                D,
                [
                    "Les marchés vont plus vite que nous. Nous déciderons réunion par réunion, "
                    "en fonction des données."
                ],
                "Hélène Marchetti-Diallo",
            ),
        ],
    ),
    (  # 2 bank results and fine: partial after "a dit vouloir" (only the partial), direct
        # with "a-t-il déclaré", unnamed "Une porte-parole de l'ACBF" (organisation, full name),
        # partial inside reported speech "a rappelé que … « … »"
        "Le groupe bancaire Solérienne a publié mardi un bénéfice net de 1,2 milliard d'euros au "
        "troisième trimestre, en hausse de 14\u00a0% sur un an, porté par l'amélioration de ses "
        "marges d'intérêt. La banque a toutefois dû passer une provision de 310 millions d'euros "
        "pour couvrir l'amende infligée en septembre par l'Autorité de contrôle bancaire et "
        "financier (ACBF) pour des manquements à la lutte contre le blanchiment.\n\n"
        "Le directeur général de Solérienne, Arnaud Vasseur-Tchang, a dit vouloir «\u00a0tourner "
        "la page\u00a0» au plus vite. «\u00a0Nous avons pris ces manquements très au sérieux. Plus "
        "de 400 personnes ont rejoint nos équipes de conformité depuis janvier\u00a0», a-t-il "
        "déclaré lors d'une conférence téléphonique avec les analystes.\n\n"
        "Le régulateur se montre moins indulgent. Une porte-parole de l'ACBF a rappelé que les "
        "défaillances s'étaient étalées «\u00a0sur près de sept ans\u00a0» et portaient sur des "
        "milliers de virements vers des sociétés écrans.\n\n"
        "À la Bourse, le titre Solérienne a cédé 2,3\u00a0%, les investisseurs s'inquiétant "
        "d'éventuelles poursuites aux États-Unis, où une enquête distincte est en cours.",
        [
            (P, ["tourner la page"], "Arnaud Vasseur-Tchang"),
            (
                D,
                [
                    "Nous avons pris ces manquements très au sérieux. Plus de 400 personnes ont "
                    "rejoint nos équipes de conformité depuis janvier"
                ],
                "Arnaud Vasseur-Tchang",
            ),
            (P, ["sur près de sept ans"], "Autorité de contrôle bancaire et financier"),
        ],
    ),
    (  # 3 unemployment figures: partial "a salué une « … »" then coordinated indirect
        # "et a assuré que" (same minister), "Selon Name, de X, …" indirect, role alone
        # "la ministre" for a partial inside reported speech
        "Le nombre de demandeurs d'emploi sans aucune activité a reculé de 1,8\u00a0% au "
        "troisième trimestre, à 2,91 millions de personnes, son plus bas niveau depuis 2008. "
        "Sur un an, la baisse atteint 4,1\u00a0%, et elle profite d'abord aux moins de 25 ans.\n\n"
        "La ministre du Travail, Sophie Ravanel, a salué une «\u00a0dynamique solide\u00a0» et a "
        "assuré que le plein-emploi restait atteignable d'ici à 2028.\n\n"
        "Les économistes se montrent plus prudents. Selon Mathieu Ostrowski, de l'Observatoire "
        "français des conjonctures sociales, la baisse tient pour une bonne part au durcissement "
        "des contrôles et à l'essor des contrats de moins d'un mois.\n\n"
        "Interrogée sur ces critiques, la ministre a répondu que les radiations n'avaient "
        "«\u00a0pas augmenté d'un iota\u00a0» depuis un an. Les chiffres détaillés par région "
        "seront disponibles à la fin du mois.",
        [
            (P, ["dynamique solide"], "Sophie Ravanel"),
            (I, ["le plein-emploi restait atteignable d'ici à 2028"], "Sophie Ravanel"),
            (
                I,
                [
                    "la baisse tient pour une bonne part au durcissement des contrôles et à "
                    "l'essor des contrats de moins d'un mois"
                ],
                "Mathieu Ostrowski",
            ),
            (P, ["pas augmenté d'un iota"], "Sophie Ravanel"),
        ],
    ),
    (  # 4 household budgets at a market: two dialogue-dash lines with inverted attributions
        # ("soupire Name, apposition", "renchérit sa voisine de file, Name"), indirect "assure
        # que", "selon laquelle" trap (not a source)
        "Au marché couvert de Saint-Aurèle, samedi matin, les conversations finissent toujours "
        "par revenir aux prix. Dans la région, l'alimentation a encore augmenté de 4,2\u00a0% en "
        "un an, et les familles modestes font leurs comptes à l'euro près.\n\n"
        "— Le beurre a pris presque un euro depuis l'an dernier. Maintenant, je compare tout, "
        "soupire Fatou Ndiaye, aide-soignante et mère de trois enfants.\n"
        "— Moi, je n'achète plus de viande qu'une fois par semaine, renchérit sa voisine de "
        "file, Ioana Petrescu.\n\n"
        "Derrière son étal, le maraîcher Gilles Aubertin assure que ses marges ont fondu depuis "
        "deux ans. Le gazole et les engrais ont flambé, et ses poireaux se vendent toujours au "
        "même prix qu'en 2024.\n\n"
        "L'enquête de l'association Familles en première ligne, selon laquelle un ménage sur "
        "trois a réduit ses achats alimentaires cette année, sera remise lundi au gouvernement. "
        "Elle porte sur près de 5\u00a0000 foyers répartis dans douze départements.",
        [
            (
                D,
                [
                    "Le beurre a pris presque un euro depuis l'an dernier. Maintenant, je "
                    "compare tout"
                ],
                "Fatou Ndiaye",
            ),
            (D, ["Moi, je n'achète plus de viande qu'une fois par semaine"], "Ioana Petrescu"),
            (I, ["ses marges ont fondu depuis deux ans"], "Gilles Aubertin"),
        ],
    ),
    (  # 5 stock market fall, two analysts: direct before "a résumé l'analyste de X, Name",
        # partial after "Pour Name, stratégiste chez X,", "M. Marchal" then "Il a averti que"
        "La Bourse de Paris a terminé en net repli lundi, l'indice Seine 40 cédant 2,7\u00a0%, sa "
        "plus forte baisse depuis mars, après la publication d'une inflation américaine plus "
        "forte que prévu.\n\n"
        "«\u00a0Le marché s'était convaincu que les baisses de taux arriveraient dès janvier. Il "
        "découvre que ce ne sera pas le cas\u00a0», a résumé l'analyste de Kerlan Bourse, Julien "
        "Marchal.\n\n"
        "Les valeurs bancaires ont limité les pertes, mais le luxe a été lourdement sanctionné. "
        "Pour Nadia Bensalem, stratégiste chez Arvel Capital, la correction reste «\u00a0saine "
        "après une hausse de 18\u00a0% depuis le début de l'année\u00a0».\n\n"
        "M. Marchal se montre moins serein. Il a averti que d'autres séances agitées étaient à "
        "prévoir d'ici à la fin de l'année. Le baril de brent a repris 9\u00a0% en un mois, et "
        "l'euro a reculé face au dollar.",
        [
            (
                D,
                [
                    "Le marché s'était convaincu que les baisses de taux arriveraient dès "
                    "janvier. Il découvre que ce ne sera pas le cas"
                ],
                "Julien Marchal",
            ),
            (
                P,
                ["saine après une hausse de 18\u00a0% depuis le début de l'année"],
                "Nadia Bensalem",
            ),
            (
                I,
                ["d'autres séances agitées étaient à prévoir d'ici à la fin de l'année"],
                "Julien Marchal",
            ),
        ],
    ),
    (  # 6 sovereign downgrade: organisation partial after "en invoquant", report title in
        # « » (not a quote), "Selon lui," indirect (the minister), unnamed "un porte-parole de
        # Starling Ratings" after the quote (organisation)
        "L'agence de notation Starling Ratings a abaissé vendredi soir d'un cran la note de la "
        "dette française, de AA à AA-, en invoquant «\u00a0l'absence de trajectoire "
        "crédible\u00a0» de réduction du déficit. La dette publique atteint désormais 116\u00a0% "
        "du produit intérieur brut.\n\n"
        "Dans son rapport «\u00a0Perspectives souveraines\u00a0», publié en septembre, l'agence "
        "avait déjà placé la note sous surveillance négative.\n\n"
        "Le ministre de l'Économie, Bertrand Lefebvre-Nakamura, a réagi samedi matin sur une "
        "radio publique. Selon lui, les investisseurs continueront de faire confiance à la "
        "signature de la France, qui emprunte toujours à des conditions favorables.\n\n"
        "«\u00a0Trois budgets successifs ont manqué leurs objectifs. À un moment, il faut en tirer "
        "les conséquences\u00a0», a justifié un porte-parole de Starling Ratings auprès de "
        "l'AFP. Deux autres agences doivent rendre leur verdict d'ici à la fin de l'hiver.",
        [
            (P, ["l'absence de trajectoire crédible"], "Starling Ratings"),
            (
                I,
                [
                    "les investisseurs continueront de faire confiance à la signature de la "
                    "France, qui emprunte toujours à des conditions favorables"
                ],
                "Bertrand Lefebvre-Nakamura",
            ),
            (
                D,
                [
                    "Trois budgets successifs ont manqué leurs objectifs. À un moment, il faut en "
                    "tirer les conséquences"
                ],
                "Starling Ratings",
            ),
        ],
    ),
    (  # 7 inflation figures: indirect with the speech verb after ("…, a annoncé X"), one quote
        # split by "prévient Name, apposition" and continued over a second paragraph (opening
        # mark, no closing mark at the end of the first), partial "réclame un « … »"
        "L'inflation a ralenti à 2,4\u00a0% sur un an en novembre, contre 2,9\u00a0% en octobre, "
        "a annoncé jeudi l'Institut de la statistique et des prix (ISP). Les prix de l'énergie "
        "ont reculé de 6\u00a0% sur la même période.\n\n"
        "«\u00a0C'est une bonne nouvelle pour le pouvoir d'achat, prévient Lucie Van den Berghe, "
        "cheffe économiste de la banque Hamelin, mais il ne faut pas crier victoire trop vite. "
        "L'essentiel du ralentissement vient de l'énergie, dont les prix peuvent "
        "repartir à la hausse à tout moment.\n\n"
        "«\u00a0Les prix des services, eux, progressent toujours de 3,5\u00a0%. Tant que ce "
        "chiffre ne baisse pas, la banque centrale ne bougera pas.\u00a0»\n\n"
        "L'association de consommateurs Panier juste réclame pour sa part un «\u00a0bouclier\u00a0» "
        "sur les produits de première nécessité, dont les prix ont augmenté de 11\u00a0% en deux "
        "ans.",
        [
            (
                I,
                [
                    "L'inflation a ralenti à 2,4\u00a0% sur un an en novembre, contre 2,9\u00a0% en "
                    "octobre"
                ],
                "Institut de la statistique et des prix",
            ),
            (
                D,
                [
                    "C'est une bonne nouvelle pour le pouvoir d'achat",
                    "mais il ne faut pas crier victoire trop vite. L'essentiel du ralentissement "
                    "vient de l'énergie, dont les prix peuvent repartir à la hausse à tout moment.",
                    "Les prix des services, eux, progressent toujours de 3,5\u00a0%. Tant que ce "
                    "chiffre ne baisse pas, la banque centrale ne bougera pas.",
                ],
                "Lucie Van den Berghe",
            ),
            (P, ["bouclier"], "Panier juste"),
        ],
    ),
    (  # 8 parliamentary hearing as dialogue-dash exchange: question with "a demandé le
        # rapporteur, Name", answer with "a répondu le ministre" (role alone), an unattributed
        # dash line (the questioner again, by alternation), then "M. Name a assuré que"
        "Devant la commission des finances de l'Assemblée nationale, mardi, le ministre des "
        "Comptes publics, Étienne Harcourt-Sall, a défendu pendant près de trois heures sa taxe "
        "sur les rachats d'actions. L'échange avec le rapporteur général a vite tourné à "
        "l'affrontement.\n\n"
        "— Combien cette taxe rapportera-t-elle vraiment\u00a0? a demandé le rapporteur, Denis "
        "Kowalczyk.\n"
        "— Entre 1,5 et 2 milliards d'euros dès la première année, a répondu le ministre.\n"
        "— Vos propres services parlaient de 800 millions en septembre.\n\n"
        "M. Harcourt-Sall a assuré que ces estimations avaient été revues depuis, à la lumière "
        "des résultats record des grandes entreprises. Les sociétés du Seine 40 ont consacré "
        "l'an dernier près de 30 milliards d'euros au rachat de leurs propres actions.\n\n"
        "Le texte doit être examiné en séance à partir du 9 décembre.",
        [
            (D, ["Combien cette taxe rapportera-t-elle vraiment\u00a0?"], "Denis Kowalczyk"),
            (
                D,
                ["Entre 1,5 et 2 milliards d'euros dès la première année"],
                "Étienne Harcourt-Sall",
            ),
            (
                D,
                ["Vos propres services parlaient de 800 millions en septembre."],
                "Denis Kowalczyk",
            ),
            (
                I,
                [
                    "ces estimations avaient été revues depuis, à la lumière des résultats "
                    "record des grandes entreprises"
                ],
                "Étienne Harcourt-Sall",
            ),
        ],
    ),
    (  # 9 cartel fine, two bank bosses: president named but not speaking, "Le président de X,
        # Name, a annoncé que" indirect, direct with "a-t-il affirmé", second boss partial after
        # "jugeant la sanction « … »", "n'a pas souhaité réagir" (nothing to annotate)
        "L'Autorité de la concurrence et des marchés a infligé mercredi une amende totale de 486 "
        "millions d'euros à trois banques de détail, accusées de s'être entendues pendant six ans "
        "sur les frais de tenue de compte. Sa présidente, Noor Haddad, détaillera la décision "
        "jeudi devant la presse.\n\n"
        "Le président de la Banque Alcyon, Pierre-Yves Dumont-Saïdi, a annoncé que son "
        "établissement ferait appel. «\u00a0Nous contestons fermement l'existence de toute "
        "concertation. Nos tarifs ont toujours été fixés de manière indépendante\u00a0», a-t-il "
        "affirmé dans un communiqué.\n\n"
        "La directrice générale de Crédit Verdier, Anne-Sophie Ghali, a adopté un ton plus "
        "conciliant, jugeant la sanction «\u00a0lourde mais compréhensible\u00a0». Sa banque a "
        "déjà modifié ses grilles tarifaires au printemps.\n\n"
        "La troisième banque concernée, la Mutuelle bancaire de l'Ouest, n'a pas souhaité "
        "réagir. Les trois établissements détiennent ensemble près d'un quart des comptes "
        "courants du pays.",
        [
            (I, ["son établissement ferait appel"], "Pierre-Yves Dumont-Saïdi"),
            (
                D,
                [
                    "Nous contestons fermement l'existence de toute concertation. Nos tarifs ont "
                    "toujours été fixés de manière indépendante"
                ],
                "Pierre-Yves Dumont-Saïdi",
            ),
            (P, ["lourde mais compréhensible"], "Anne-Sophie Ghali"),
        ],
    ),
    (  # 10 branch closures: "a confirmé la fermeture" (noun object, not annotated),
        # "L'établissement explique que" (generic noun → Brennor), direct after a colon with a
        # question mark, indirect with inversion "préviennent les habitants" (group), petition
        # title in « » (not a quote)
        "La banque mutualiste Brennor a confirmé lundi la fermeture de 38 agences d'ici à la fin "
        "de 2027, principalement dans les communes rurales. L'établissement explique que la "
        "fréquentation des guichets a chuté de 60\u00a0% en dix ans. Environ 210 postes sont "
        "concernés.\n\n"
        "À Montfaucon-sur-Brenne, 1\u00a0200 habitants, le maire, Jean-Baptiste Ouédraogo, ne "
        "décolère pas\u00a0: «\u00a0On nous a retiré la poste, puis la gare, et maintenant la "
        "banque. Que restera-t-il dans dix ans\u00a0?\u00a0»\n\n"
        "Les personnes âgées seront les premières pénalisées, préviennent les habitants, qui ont "
        "lancé une pétition baptisée «\u00a0Touche pas à mon guichet\u00a0». Elle a recueilli "
        "plus de 3\u00a0000 signatures en une semaine. Les communes concernées devront se "
        "contenter d'un distributeur automatique, lorsqu'il est maintenu, ou d'un point relais "
        "installé chez un commerçant.",
        [
            (I, ["la fréquentation des guichets a chuté de 60\u00a0% en dix ans"], "Brennor"),
            (
                D,
                [
                    "On nous a retiré la poste, puis la gare, et maintenant la banque. Que "
                    "restera-t-il dans dix ans\u00a0?"
                ],
                "Jean-Baptiste Ouédraogo",
            ),
            (I, ["Les personnes âgées seront les premières pénalisées"], "habitants"),
        ],
    ),
    (  # 11 mortgage rates: "…, selon l'Observatoire …" (the part before), direct with
        # "observe Name, apposition", question asked by the writer then "La courtière répond
        # sans hésiter : « … »" (role alone)
        "Les taux des crédits immobiliers ont encore reculé en novembre, à 3,12\u00a0% en "
        "moyenne sur vingt ans, selon l'Observatoire du financement du logement. C'est la "
        "sixième baisse consécutive.\n\n"
        "«\u00a0Les banques ont retrouvé de l'appétit. Elles veulent reconquérir des clients "
        "avant la clôture de leurs comptes annuels\u00a0», observe Samira Benali-Roche, courtière "
        "à Nantes.\n\n"
        "Thomas Nguyen, 34 ans, en a profité pour acheter un trois-pièces à Rezé avec sa "
        "compagne, après deux refus l'an dernier. Leur mensualité dépasse à peine celle de leur "
        "ancien loyer.\n\n"
        "Faut-il attendre une nouvelle baisse avant de se lancer\u00a0? La courtière répond sans "
        "hésiter\u00a0: «\u00a0Non. Les taux sont proches de leur plancher, et les prix remontent "
        "déjà dans les grandes villes.\u00a0»",
        [
            (
                I,
                [
                    "Les taux des crédits immobiliers ont encore reculé en novembre, à "
                    "3,12\u00a0% en moyenne sur vingt ans"
                ],
                "Observatoire du financement du logement",
            ),
            (
                D,
                [
                    "Les banques ont retrouvé de l'appétit. Elles veulent reconquérir des clients "
                    "avant la clôture de leurs comptes annuels"
                ],
                "Samira Benali-Roche",
            ),
            (
                D,
                [
                    "Non. Les taux sont proches de leur plancher, et les prix remontent déjà "
                    "dans les grandes villes."
                ],
                "Samira Benali-Roche",
            ),
        ],
    ),
    (  # 12 IPO: slogan in « » (not a quote), quote with plain spaces split by the incise "a
        # déclaré la fondatrice …" (role alone), partial after "juge la valorisation « … »"
        "Le spécialiste du paiement mobile Payvo a réussi son entrée à la Bourse de Paris jeudi, "
        "son action bondissant de 22\u00a0% dès les premiers échanges. Fondée à Dakar en 2017 par "
        "Aminata Sow-Lefèvre, la société a levé 640 millions d'euros, sous une immense bannière "
        "affichant son slogan, «\u00a0Payer, c'est simple\u00a0».\n\n"
        "« C'est une journée historique pour nous, a déclaré la fondatrice sous les "
        "applaudissements, et pour toute la tech africaine. » Payvo compte 19 millions "
        "d'utilisateurs dans sept pays.\n\n"
        "Tous les analystes ne partagent pas cet enthousiasme. Hugo Ferreira, gérant chez Norval "
        "Invest, juge la valorisation «\u00a0difficile à justifier\u00a0» pour une entreprise qui "
        "n'a encore jamais dégagé de bénéfice. Le titre a terminé la séance en hausse de "
        "17\u00a0%, valorisant la société à près de 4 milliards d'euros, davantage que plusieurs "
        "banques régionales cotées.",
        [
            (
                D,
                ["C'est une journée historique pour nous", "et pour toute la tech africaine."],
                "Aminata Sow-Lefèvre",
            ),
            (P, ["difficile à justifier"], "Hugo Ferreira"),
        ],
    ),
    (  # 13 electricity bills: indirect with the verb after and an acronym organisation,
        # "D'après la ministre …, Name," with a partial inside (only the partial), direct
        # with "confie Name, apposition"
        "Les factures d'électricité augmenteront de 6,3\u00a0% au 1er février pour quelque 20 "
        "millions de foyers, a annoncé mardi l'Autorité de régulation de l'énergie (ARE). Pour un "
        "ménage chauffé à l'électricité, la hausse représente environ 110 euros par an.\n\n"
        "D'après la ministre de l'Énergie, Camille Zerrouki, l'augmentation aurait été "
        "«\u00a0deux fois plus forte\u00a0» sans le mécanisme de lissage adopté l'an dernier.\n\n"
        "Chez les consommateurs, l'inquiétude domine. «\u00a0Mon chauffage, c'est déjà 180 euros "
        "par mois en hiver. Je ne sais pas comment je vais faire\u00a0», confie Rosa Delgado, "
        "retraitée à Clermont-Ferrand. Elle a déjà baissé son thermostat à 17 degrés.\n\n"
        "Le chèque énergie, versé chaque printemps aux ménages les plus modestes, n'a pas été "
        "revalorisé depuis trois ans. Près de 5,6 millions de foyers en bénéficient.",
        [
            (
                I,
                [
                    "Les factures d'électricité augmenteront de 6,3\u00a0% au 1er février pour "
                    "quelque 20 millions de foyers"
                ],
                "Autorité de régulation de l'énergie",
            ),
            (P, ["deux fois plus forte"], "Camille Zerrouki"),
            (
                D,
                [
                    "Mon chauffage, c'est déjà 180 euros par mois en hiver. Je ne sais pas "
                    "comment je vais faire"
                ],
                "Rosa Delgado",
            ),
        ],
    ),
    (  # 14 regional central bank cut: "Son gouverneur, Name, a expliqué que" then "a-t-il
        # ajouté", a second official of the same bank ("Son adjointe …, Name,") then
        # "Selon elle," indirect
        "La Banque des États du golfe de Guinée (BEGG) a abaissé lundi son taux directeur d'un "
        "quart de point, à 4,75\u00a0%, à l'issue de son comité de politique monétaire. C'est la "
        "première baisse depuis 2023.\n\n"
        "Son gouverneur, Ousmane Traoré-Kane, a expliqué que l'inflation était revenue dans la "
        "cible de 1 à 3\u00a0% pour le sixième mois consécutif. «\u00a0Le moment est venu de "
        "soutenir le crédit aux petites entreprises, qui reste le maillon faible de nos "
        "économies\u00a0», a-t-il ajouté.\n\n"
        "Son adjointe chargée de la stabilité financière, Mariam Diop, s'est montrée plus "
        "réservée sur la suite. Selon elle, la chute des cours du cacao pourrait peser sur les "
        "recettes d'exportation dès le premier semestre.\n\n"
        "Le prochain comité se réunira en mars.",
        [
            (
                I,
                [
                    "l'inflation était revenue dans la cible de 1 à 3\u00a0% pour le sixième mois "
                    "consécutif"
                ],
                "Ousmane Traoré-Kane",
            ),
            (
                D,
                [
                    "Le moment est venu de soutenir le crédit aux petites entreprises, qui reste "
                    "le maillon faible de nos économies"
                ],
                "Ousmane Traoré-Kane",
            ),
            (
                I,
                [
                    "la chute des cours du cacao pourrait peser sur les recettes d'exportation "
                    "dès le premier semestre"
                ],
                "Mariam Diop",
            ),
        ],
    ),
    (  # 15 rogue trader: nickname in « » (not a quote), "Le parquet financier a indiqué que",
        # guillemets without inner spaces after a colon without space (Me + name), partial
        # inside "affirme avoir « … »" for "La banque, elle," (organisation)
        "Un ancien trader de la banque d'affaires Ferrand & Associés, surnommé «\u00a0le "
        "Magicien\u00a0» par ses collègues, a été mis en examen vendredi pour abus de confiance "
        "et faux, après une perte de 92 millions d'euros découverte cet été.\n\n"
        "Le parquet financier a indiqué que l'homme, âgé de 31 ans, aurait dissimulé ses "
        "positions pendant dix-huit mois en enregistrant de fausses opérations de couverture.\n\n"
        "Son avocate, Me Valérie Szabo, conteste cette version: «Mon client n'a jamais agi seul. "
        "Sa hiérarchie validait chaque mois ses résultats sans poser la moindre question.»\n\n"
        "La banque, elle, affirme avoir «\u00a0renforcé l'ensemble de ses contrôles\u00a0» depuis "
        "la découverte des faits et s'est constituée partie civile. L'affaire rappelle les "
        "scandales qui avaient ébranlé le secteur au début des années 2010 et conduit à un "
        "durcissement des règles prudentielles.",
        [
            (
                I,
                [
                    "l'homme, âgé de 31 ans, aurait dissimulé ses positions pendant dix-huit mois "
                    "en enregistrant de fausses opérations de couverture"
                ],
                "parquet financier",
            ),
            (
                D,
                [
                    "Mon client n'a jamais agi seul. Sa hiérarchie validait chaque mois ses "
                    "résultats sans poser la moindre question."
                ],
                "Valérie Szabo",
            ),
            (P, ["renforcé l'ensemble de ses contrôles"], "Ferrand & Associés"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rate rise: curly quotes split by "the governor, Name, said …," (one quote, two
        # spans, final period kept), "Ms Name said the bank would "…"" (only the partial)
        "The Bank of Westmarch raised its benchmark interest rate by a quarter of a percentage "
        "point to 4.5% on Thursday, its first increase in more than a year, as price growth "
        "refused to slow. Most economists had expected a hold.\n\n"
        "“We know this is painful for households with mortgages,” the governor, Eleanor "
        "Whitcombe-Osei, said at a news conference, “but letting inflation become entrenched "
        "would hurt them far more.”\n\n"
        "Asked about the prospect of further increases, Ms Whitcombe-Osei said the bank would "
        '"not hesitate" to act again if wage growth stayed above 5%.\n\n'
        "The pound rose almost a cent against the dollar after the announcement, while shares "
        "in housebuilders fell sharply. Average two-year fixed mortgage rates are already close "
        "to 5.4%. Economists at several large banks now expect one further rise in February.",
        [
            (
                D,
                [
                    "We know this is painful for households with mortgages",
                    "but letting inflation become entrenched would hurt them far more.",
                ],
                "Eleanor Whitcombe-Osei",
            ),
            (P, ["not hesitate"], "Eleanor Whitcombe-Osei"),
        ],
    ),
    (  # 2 bank results: two executives named, "the chief executive, Name, told analysts
        # that" indirect, then "…," the chief executive said. "…" (two direct quotes, role alone)
        "Northgate Bank reported a 31% jump in third-quarter profit on Tuesday, to £2.4bn, as "
        "higher interest rates continued to swell the margin it earns on loans. Its shares rose "
        "4% in early trading.\n\n"
        "Alongside the finance director, Helen Achterberg, the chief executive, Marcus "
        "Delaney-Obi, told analysts that the bank would return a further £1bn to shareholders "
        "through a share buyback before the end of March.\n\n"
        "“We are seeing no sign of stress in our mortgage book,” the chief executive said. "
        "“Arrears are lower today than they were before the pandemic.”\n\n"
        "Northgate set aside £180m for bad loans in the quarter, less than half the amount "
        "analysts had pencilled in. Net interest income rose 18% to £5.1bn, while costs were "
        "broadly flat.",
        [
            (
                I,
                [
                    "the bank would return a further £1bn to shareholders through a share "
                    "buyback before the end of March"
                ],
                "Marcus Delaney-Obi",
            ),
            (D, ["We are seeing no sign of stress in our mortgage book"], "Marcus Delaney-Obi"),
            (
                D,
                ["Arrears are lower today than they were before the pandemic."],
                "Marcus Delaney-Obi",
            ),
        ],
    ),
    (  # 3 inflation data: "according to official figures" (no speaker, not annotated),
        # title + name then "she said", shadow minister "said" without "that", partial with
        # inversion "…, said Name of X"
        "Consumer price inflation fell to 2.3% in October from 2.8% a month earlier, according "
        "to official figures, its lowest rate in three years. Fuel and clothing prices drove "
        "most of the decline.\n\n"
        'Chancellor Ruth Abernathy-Kaur welcomed the news. "This is real progress, and '
        'families will start to feel it in their pockets," she said during a visit to a '
        "distribution centre in Ashwell.\n\n"
        "But the shadow chancellor, Daniel Oyelaran, said prices were still 22% higher than "
        "three years ago.\n\n"
        'Food inflation, which edged up to 4.1%, remained "a real worry" for low-income '
        "families, said Amira Boutros of the Resolution Hub think tank.\n\n"
        "The central bank's next rate decision is due in three weeks, and markets put the chance "
        "of a cut at roughly one in two.",
        [
            (
                D,
                ["This is real progress, and families will start to feel it in their pockets"],
                "Ruth Abernathy-Kaur",
            ),
            (I, ["prices were still 22% higher than three years ago"], "Daniel Oyelaran"),
            (P, ["a real worry"], "Amira Boutros"),
        ],
    ),
    (  # 4 plant closure and jobless rate: "confirmed the closure" (noun object), "A
        # spokeswoman for X said" with a partial (organisation, only the partial), union
        # official introduced by apposition then a colon
        "The jobless rate in the Northmoor region rose to 6.1% in the three months to "
        "September, its highest level since 2021. The figures came a day after Castell Motors "
        "confirmed the closure of its engine plant in Brindley, with the loss of 1,400 jobs.\n\n"
        'A spokeswoman for Castell Motors said the decision had been "incredibly difficult" '
        "and reflected collapsing demand for diesel engines across Europe.\n\n"
        "The regional secretary of the Metalworkers Alliance, Gwen Pritchard-Lowe, was blunt: "
        '"This is a betrayal of a whole town, and we will not let it happen quietly."\n\n'
        "The plant, which opened in 1974, supplies engines to three assembly lines in Spain and "
        "Poland. Around 600 further jobs at local suppliers are thought to be at risk.",
        [
            (P, ["incredibly difficult"], "Castell Motors"),
            (
                D,
                ["This is a betrayal of a whole town, and we will not let it happen quietly."],
                "Gwen Pritchard-Lowe",
            ),
        ],
    ),
    (  # 5 Asian markets, two analysts: partial after "said the sell-off was", second analyst
        # introduced by apposition then "he said" after the quote
        "Asian shares tumbled on Monday, with the Kaiyo 225 index in Tokyo falling 3.4% and "
        "Hong Kong's main benchmark shedding 2.9%, after stronger-than-expected US jobs data "
        "dashed hopes of early interest rate cuts.\n\n"
        "Lin Meihua, head of Asian equities at Dunmore Capital, said the sell-off was "
        '"overdone", pointing to solid earnings at the region\'s big exporters.\n\n'
        "Kenji Watanabe-Hart, a strategist at Sorai Securities, was less sanguine. \"I wouldn't "
        'try to catch a falling knife this week," he said.\n\n'
        "Chipmakers and carmakers led the declines, while the yen strengthened against the "
        "dollar for a third consecutive session. Trading volumes were almost twice the daily "
        "average of the past month, and the region's volatility gauge jumped to its highest "
        "level since April.",
        [
            (P, ["overdone"], "Lin Meihua"),
            (D, ["I wouldn't try to catch a falling knife this week"], "Kenji Watanabe-Hart"),
        ],
    ),
    (  # 6 sovereign downgrade: "The agency said in a statement that" (generic noun →
        # organisation), report title in quotation marks (not a quote), direct with
        # inversion and apposition
        "Fairmont & Gale downgraded the Republic of Sarenna's sovereign credit rating by one "
        "notch to BBB- on Friday, leaving it a single step above junk status. The agency said "
        "in a statement that repeated delays to pension reform had undermined the government's "
        "fiscal credibility.\n\n"
        "The downgrade had been flagged in the agency's annual report, \"Sovereign Outlook "
        '2027", published in June.\n\n'
        '"The market had priced this in weeks ago," said Ingrid Solberg, a portfolio manager '
        "at Nordvik Asset Management, which holds Sarennan bonds.\n\n"
        "Yields on ten-year Sarennan bonds rose by 0.2 percentage points in early trading on "
        "Monday, before falling back. Sarenna's public debt stands at 104% of gross domestic "
        "product, and the government must refinance nearly €30bn of bonds next year.",
        [
            (
                I,
                [
                    "repeated delays to pension reform had undermined the government's fiscal "
                    "credibility"
                ],
                "Fairmont & Gale",
            ),
            (D, ["The market had priced this in weeks ago"], "Ingrid Solberg"),
        ],
    ),
    (  # 7 bank fine: "…," said the authority's director …, Name. "…" (two direct quotes),
        # "Halden said it "deeply regrets"" (organisation, partial only)
        "Halden Bank has been fined £62m by the Financial Standards Authority for overcharging "
        "thousands of customers who had fallen behind on their mortgage payments. The failings "
        "ran from 2019 to 2024.\n\n"
        "“Halden treated vulnerable people as a revenue stream,” said the authority's director "
        "of enforcement, Rebecca Strand. “That is simply unacceptable.”\n\n"
        'In a brief statement, Halden said it "deeply regrets" the failings. The bank has '
        "already paid £48m in compensation to around 23,000 customers.\n\n"
        "One of them, Maureen Achebe, 67, from Dunmore, was charged nearly £1,900 in fees over "
        "two years. She has since received a full refund. Some customers had been charged up "
        "to 40 separate fees in a single year, often for letters they never opened. The fine "
        "would have been £88m without a discount for early settlement.",
        [
            (D, ["Halden treated vulnerable people as a revenue stream"], "Rebecca Strand"),
            (D, ["That is simply unacceptable."], "Rebecca Strand"),
            (P, ["deeply regrets"], "Halden Bank"),
        ],
    ),
    (  # 8 Christmas budgets: "…, according to a survey by X." (the part before), direct
        # with inversion "said Name, apposition", "Secret Santa" unquoted
        "Households plan to cut their Christmas spending by 8% this year, according to a "
        "survey by the Retail Insight Council. Higher rents and energy bills are squeezing "
        "budgets for the third winter in a row. The average household expects to spend £590 on "
        "presents, food and decorations, down from £640 last year.\n\n"
        '"We\'re doing a Secret Santa for the grown-ups this year, just one present each," '
        "said Priya Sharma-Hughes, a primary school teacher from Harrowgate, as she queued at a "
        "discount store.\n\n"
        "Retailers are bracing for a difficult season, with toy and electronics sales down "
        "sharply in November. Discount chains and second-hand marketplaces are the exception: "
        "both have seen record numbers of customers since the start of the autumn, and several "
        "are hiring extra staff for December.",
        [
            (
                I,
                ["Households plan to cut their Christmas spending by 8% this year"],
                "Retail Insight Council",
            ),
            (
                D,
                ["We're doing a Secret Santa for the grown-ups this year, just one present each"],
                "Priya Sharma-Hughes",
            ),
        ],
    ),
    (  # 9 budget speech: "…," Ms Name told parliament. then a quote over two paragraphs
        # (opening mark on the second, no closing mark on the first), "told reporters … that"
        "The finance minister, Grace Mwangi-Otieno, unveiled a budget on Thursday that raises "
        "the top rate of income tax to 40% and doubles the levy on bank profits.\n\n"
        "“This budget asks those with the broadest shoulders to carry a little more,” Ms "
        "Mwangi-Otieno told parliament. “It protects the poorest, it protects our schools, and "
        "it brings the deficit below 3% within two years.\n\n"
        "“I make no apology for that.”\n\n"
        "The opposition leader, Samuel Kiprono, told reporters outside the chamber that the "
        "tax rises would drive investors abroad. Bankers' associations are expected to lobby "
        "against the levy in the coming weeks. The levy alone is forecast to raise about £3bn "
        "a year, and shares in the four largest lenders fell by between 3% and 5% after the "
        "speech.",
        [
            (
                D,
                ["This budget asks those with the broadest shoulders to carry a little more"],
                "Grace Mwangi-Otieno",
            ),
            (
                D,
                [
                    "It protects the poorest, it protects our schools, and it brings the deficit "
                    "below 3% within two years.",
                    "I make no apology for that.",
                ],
                "Grace Mwangi-Otieno",
            ),
            (I, ["the tax rises would drive investors abroad"], "Samuel Kiprono"),
        ],
    ),
    (  # 10 bank chief at a forum: "He said" indirect (pronoun), question from the audience
        # (a noun phrase, no clause) and "he replied: “…”", memoir title in quotes (not a quote), advisory firm partial
        # after "has described … as"
        "Ahmed el-Masri, the chief executive of Gulfstar Bank, used a speech at the Harbourside "
        "finance forum on Wednesday to defend his strategy of expanding into East Africa. He "
        "said the bank would open 40 branches in the region over the next three years.\n\n"
        "Asked by a member of the audience about the impact of artificial intelligence on jobs "
        "at the bank, he replied: “Some roles will change, certainly. But I have not signed off a "
        "single redundancy because of a chatbot.”\n\n"
        "Mr el-Masri, whose memoir “Counting Houses” became a bestseller last year, faces a "
        "shareholder vote on his pay next month. The advisory firm Pemberton Voting has "
        "described his £9m package as \"out of all proportion\" to the bank's performance. Gulfstar's shares have risen by a third since he took over in "
        "2022.",
        [
            (
                I,
                ["the bank would open 40 branches in the region over the next three years"],
                "Ahmed el-Masri",
            ),
            (
                D,
                [
                    "Some roles will change, certainly. But I have not signed off a single "
                    "redundancy because of a chatbot."
                ],
                "Ahmed el-Masri",
            ),
            (P, ["out of all proportion"], "Pemberton Voting"),
        ],
    ),
    (  # 11 profit warning, British single quotes: partial for "the company said", a quote
        # containing an apostrophe (customers’) with "said the chief executive, Name", then
        # an unattributed follow-up quote (same speaker)
        "Shares in the home improvement retailer Brickhouse plunged 38% on Thursday after its "
        "third profit warning of the year. In a statement, the company said trading in October "
        "had been ‘significantly weaker than expected’.\n\n"
        "‘We have clearly lost some of our customers’ trust,’ said the chief executive, Fiona "
        "MacLeod-Ansah, who took over in March. ‘Winning it back will take time.’\n\n"
        "Brickhouse now expects an annual profit of about £40m, against £115m a year ago. Its "
        "debt stands at £870m, and the group employs 14,000 people in 310 stores.\n\n"
        "The retailer has been hit by a slump in the housing market, which has cut demand for "
        "kitchens and bathrooms, and by fierce competition from online rivals. Its shares have "
        "lost three-quarters of their value since January.",
        [
            (P, ["significantly weaker than expected"], "Brickhouse"),
            (D, ["We have clearly lost some of our customers’ trust"], "Fiona MacLeod-Ansah"),
            (D, ["Winning it back will take time."], "Fiona MacLeod-Ansah"),
        ],
    ),
    (  # 12 crypto fraud: "Police … said on Monday that" (group noun), rank + name then
        # "said:" before the quote, group name in quotation marks (not a quote) then "said it
        # would" indirect
        "Police in Halbridge said on Monday that two directors of the cryptocurrency lending "
        "platform CoinHarbour had been arrested on suspicion of fraud and money laundering. The "
        "platform froze customer withdrawals in August.\n\n"
        'Detective Inspector Aisha Rahman-Cole, who is leading the investigation, said: "We '
        'believe more than 11,000 people lost money. Some of them lost everything they had."\n\n'
        'A group of customers calling itself "CoinHarbour Victims United" said it would sue '
        "the platform's auditors, Grayling & Webb, for negligence.\n\n"
        "CoinHarbour offered annual returns of up to 12% on deposits of digital currencies and "
        "advertised heavily on social media and at football grounds. Around £140m of customer "
        "funds remain unaccounted for, "
        "much of it believed to have been moved to exchanges abroad.",
        [
            (
                I,
                [
                    "two directors of the cryptocurrency lending platform CoinHarbour had been "
                    "arrested on suspicion of fraud and money laundering"
                ],
                "police",
            ),
            (
                D,
                [
                    "We believe more than 11,000 people lost money. Some of them lost everything "
                    "they had."
                ],
                "Aisha Rahman-Cole",
            ),
            (
                I,
                ["it would sue the platform's auditors, Grayling & Webb, for negligence"],
                "CoinHarbour Victims United",
            ),
        ],
    ),
    (  # 13 rate cut and dissent: "…," the Reserve's chair, Name, told a news conference.
        # "…" (two direct quotes), dissenter introduced as "One of them, Name," with a partial
        # inside reported speech
        "The Commonwealth Reserve cut its key interest rate by half a percentage point on "
        "Wednesday, a larger move than most economists had expected, after a sharp slowdown in "
        "hiring over the summer.\n\n"
        "“The labour market has cooled faster than we anticipated,” the Reserve’s chair, Diane "
        "Kowalski-Reyes, told a news conference. “We would rather act early than be forced to "
        "act late.”\n\n"
        "Two of the board's nine members voted against the cut. One of them, Victor "
        'Osei-Bonsu, said in a statement that inflation remained "stubbornly above target".\n\n'
        "Stocks rallied on the news, with the main index closing 1.8% higher. The cut takes the key rate to 3.75%, its lowest level since early "
        "2023. Mortgage lenders are likely to pass on at least part of the reduction within "
        "days.",
        [
            (
                D,
                ["The labour market has cooled faster than we anticipated"],
                "Diane Kowalski-Reyes",
            ),
            (
                D,
                ["We would rather act early than be forced to act late."],
                "Diane Kowalski-Reyes",
            ),
            (P, ["stubbornly above target"], "Victor Osei-Bonsu"),
        ],
    ),
    (  # 14 energy price cap: indirect with the verb after ("…, the regulator X announced"),
        # direct with "said Name, 78", unquoted follow-up sentence (not a quote)
        "The energy price cap will rise by 4% in January, adding about £70 a year to a typical "
        "household bill, the regulator Powerwatch announced on Friday. It is the second "
        "increase this year.\n\n"
        "At a lunch club for older people in Ashcombe, the news was greeted with weary "
        "resignation. Many of its members live alone in older homes that are expensive to heat, "
        "and several now spend their afternoons in the town library, where the heating is free."
        "\n\n"
        "“I sit in my coat in the evening and go to bed at eight to keep warm,” said Doreen "
        "Mbatha, 78. Her son, who lives in Canada, sends money when he can.\n\n"
        "Around 6.5 million households are now classed as living in fuel poverty, up from 4.5 "
        "million five years ago.",
        [
            (
                I,
                [
                    "The energy price cap will rise by 4% in January, adding about £70 a year to "
                    "a typical household bill"
                ],
                "Powerwatch",
            ),
            (
                D,
                ["I sit in my coat in the evening and go to bed at eight to keep warm"],
                "Doreen Mbatha",
            ),
        ],
    ),
    (  # 15 governor before MPs, question and answer: question with "asked the chair …,
        # Name", answer "…," Mr Name replied. "…" (two quotes), "Ms Russo said" indirect
        "The governor of the Bank of Kestrel, Jonathan Amankwah, faced hostile questioning "
        "from MPs on Tuesday over the central bank's failure to foresee this year's surge in "
        "inflation, which peaked at 9.4% in May, a faster rise than in any other advanced "
        "economy.\n\n"
        "“Did you see this coming?” asked the chair of the Treasury committee, Nadia Russo.\n\n"
        "“Not on this scale,” Mr Amankwah replied. “None of our models predicted that energy "
        "prices would triple in six months.”\n\n"
        "Ms Russo said the committee would publish its findings in the new year. Mr Amankwah's "
        "term ends in June 2027. The committee has already questioned two of his deputies and "
        "the head of the national statistics office. "
        "Its report is likely to recommend changes to the way the bank publishes its forecasts.",
        [
            (D, ["Did you see this coming?"], "Nadia Russo"),
            (D, ["Not on this scale"], "Jonathan Amankwah"),
            (
                D,
                ["None of our models predicted that energy prices would triple in six months."],
                "Jonathan Amankwah",
            ),
            (I, ["the committee would publish its findings in the new year"], "Nadia Russo"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout82.jsonl"),
        "heldout82",
        "h82",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
