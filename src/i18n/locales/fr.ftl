# Messages de plenum en français, traduits de en.ftl (la référence) : mêmes identifiants, mêmes { $variables }.

# Glossary:
# General Assembly: Assemblée générale
# assembly: assemblée
# session (held / suspended / closed): séance (en séance / suspendue / levée) ; l’assemblée elle-même est « clôturée »
# convene / convocation: convoquer / convocation
# notice (of convocation): convocation (date de convocation)
# quorum (present or represented): quorum (membres présents ou représentés)
# proxy: procuration ; voix confiée
# proxy holder / grantor: mandataire / mandant
# full member: membre effectif
# affiliate member (advisory, no vote): membre associé (voix consultative)
# suspended member: membre suspendu
# delegate: délégué
# secretariat: secrétariat
# chair / the chair's casting vote: présidence / voix prépondérante de la présidence
# tellers: scrutateurs (cartons levés en salle)
# roll call: appel nominal
# ballot / secret ballot: bulletin / scrutin secret
# poll (one vote on a motion): scrutin
# motion: motion
# amendment: amendement
# seconder / to second a motion: appui / appuyer une motion
# admitted / not admitted (motion): recevable / irrecevable
# carried / rejected: adoptée / rejetée
# abstention / abstain: abstention / s’abstenir
# votes cast: suffrages exprimés
# majority (simple, two-thirds, absolute): majorité (simple, des deux tiers, absolue)
# tie: égalité des voix
# agenda / agenda item: ordre du jour / point de l’ordre du jour
# speakers' list / the floor: liste des orateurs / la parole
# minutes (draft / approved / sealed): procès-verbal (projet / approuvé / scellé)
# seal (cryptographic): sceau ; sceller
# ledger: journal d’audit
# receipt: récépissé
# auditor: auditeur
# election / round / run-off / seats: élection / tour / tour de départage / sièges
# check-in desk / check-in code / to check in: bureau d’émargement / code d’émargement / émarger
# register (of members): registre des membres
# advisory opinion: avis consultatif
# in the room / remote: en salle / à distance
# display link / projector: lien d’affichage / projecteur
#
# Typographie : espace fine insécable (U+202F) avant : ; ? ! et à l’intérieur
# des guillemets « » ; apostrophe typographique ’.

## Erreurs (API et pages).

bad-request = La requête n’est pas valide : { $detail }.
invalid-json = Le corps de la requête n’est pas un JSON valide pour cet appel : { $detail }.
login-required = Veuillez d’abord vous connecter.
login-failed = L’adresse e-mail ou le mot de passe est incorrect.
login-rate-limited = Trop de tentatives de connexion échouées. Veuillez patienter quelques minutes, puis réessayer.
session-expired = Votre session a expiré. Veuillez vous reconnecter.
csrf-mismatch = Ce formulaire a expiré ou ne provient pas de plenum. Veuillez recharger la page et réessayer.
too-many-streams = Cette connexion suit déjà le nombre maximal de pages en direct. Fermez-en une et réessayez.
body-timeout = La requête a mis trop de temps à arriver. Veuillez réessayer.
method-not-allowed = Cette adresse n’accepte pas { $method } ; elle accepte { $allowed }.
role-required = Action réservée au rôle : { $role }.
not-your-organisation = Vous ne pouvez agir que pour votre propre organisation.
not-found = Introuvable : { $what }.
affiliate-cannot-vote = { $org } est membre associé : les membres associés siègent avec voix consultative et ne votent pas.
suspended-cannot-vote = L’organisation { $org } est suspendue : elle peut assister, mais ne vote pas.
not-eligible = L’organisation { $org } n’était ni présente ni représentée à l’ouverture de ce scrutin : elle ne peut pas y voter.
already-voted = { $org } a déjà voté dans ce scrutin ; son vote ne compte qu’une fois.
poll-closed = Ce scrutin est clos ; aucun vote n’est plus accepté.
poll-already-open = Un scrutin est déjà ouvert sur cette motion.
poll-not-openable = Un scrutin ne peut être ouvert que lorsque l’assemblée est en séance (état actuel : { $state }).
voting-not-in-session = Les votes ne sont acceptés que lorsque l’assemblée est en séance (état actuel : { $state }).
illegal-transition = Une assemblée à l’état « { $from } » ne peut pas passer à l’état « { $to } ».
attendance-closed = La présence ne peut pas être enregistrée maintenant : l’assemblée est à l’état « { $state } ».
proxies-closed = Aucune procuration ne peut être donnée maintenant : l’assemblée est à l’état « { $state } ».
speakers-closed = Personne ne peut demander la parole maintenant : l’assemblée est à l’état « { $state } ».
mode-not-allowed = { $mode ->
        [remote] La participation à distance
       *[in_person] La présence dans la salle
    } n’est pas possible pour une assemblée tenue { $format ->
        [remote] uniquement à distance
       *[in_person] uniquement en présentiel
    }.
already-checked-in = { $org } a déjà émargé.
not-checked-in = { $org } n’a pas émargé.
in-person-by-desk = La présence en salle est enregistrée par le bureau d’émargement : présentez-y votre code d’émargement. Ici, vous pouvez émarger à distance.
assembly-closed-for-changes = L’assemblée est à l’état « { $state } » : son dossier ne peut plus être modifié.
still-open = L’assemblée ne peut pas être clôturée tant que des votes sont ouverts : clôturez d’abord { $what }.
duplicate-record = Cet enregistrement existe déjà.
duplicate-account = Un compte existe déjà pour { $email }.
duplicate-organisation = Une organisation nommée { $names } figure déjà au registre.
duplicate-candidate-name = { $name } est déjà candidat à cette élection.
invalid-country = « { $country } » n’est pas un code de pays à deux lettres comme BE ou FR.
organisation-required = Un compte de délégué doit être rattaché à une organisation.
organisation-not-allowed = Un compte « { $role } » n’est pas rattaché à une organisation.
password-too-short = Le mot de passe doit comporter au moins 10 caractères.
invalid-fraction = La fraction n’est pas valide : { $detail }.
chair-must-decide = Il y a égalité des voix et la règle veut que la présidence tranche : indiquez la décision de la présidence pour clore le scrutin.
inconsistent-count = Le décompte n’est pas cohérent ; le scrutin n’a pas été clos. Veuillez signaler ce problème.
short-notice = La convocation a été envoyée { $given ->
        [one] { $given } jour
       *[other] { $given } jours
    } avant l’assemblée ; les statuts exigent { $required ->
        [one] { $required } jour
       *[other] { $required } jours
    }.
notice-date-missing = Aucune date de convocation n’est enregistrée pour cette assemblée convoquée.
agenda-needs-reason = L’assemblée est en séance : l’ordre du jour ne peut être modifié que par une décision motivée de la présidence, consignée au dossier.
agenda-final = L’assemblée est clôturée : son ordre du jour n’est plus modifiable.
motions-closed = L’assemblée est clôturée : aucune motion ne peut plus être déposée.
agenda-order-mismatch = Le nouvel ordre doit reprendre chaque point de l’ordre du jour de cette assemblée, une seule fois.
particulars-locked = L’assemblée est à l’état « { $state } » : son titre, son lieu, sa date de début, sa date de convocation et ses langues officielles ne sont plus modifiables.
unknown-checkin-code = Aucune organisation n’a ce code d’émargement pour cette assemblée. Vérifiez le code ou cherchez par nom.
ambiguous-checkin-code = Ce code correspond à plusieurs organisations ; veuillez chercher par nom.
your-checkin-code = Votre code d’émargement, à présenter au bureau :
check-in-by-code = Émarger par code
checkin-code = Code d’émargement
in-the-room = En salle
remote-attendance = À distance
represented-section = Représentées par procuration
affiliates-advisory = Membres associés (voix consultative)
absent-members = Absentes
represented-by = représentée par { $org }
register = Registre des membres
add-organisation = Ajouter une organisation
add = Ajouter
import-register = Importer un fichier de registre (CSV : name,country,kind[,status])
import = Importer
export-register = Exporter le registre en CSV
change = Modifier
reason = Motif
reason-for-change = Motif de la modification (conservé au dossier)
save-change = Enregistrer la modification de { $org }
csv-text = Les lignes du registre, collées depuis le fichier
joined-on = Adhésion
import-done = Import terminé : { $created ->
        [one] { $created } créée
       *[other] { $created } créées
    }, { $updated ->
        [one] { $updated } mise à jour
       *[other] { $updated } mises à jour
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }.
import-line-error = Ligne { $line } : { $message }
accounts = Comptes
disable = Désactiver
enable = Activer
role = Rôle
full = effectif
affiliate = associé
active = actif
suspended = suspendu
give-proxy = Confier la voix de votre organisation à un autre membre effectif
give-proxy-to = Mandataire
give-proxy-button = Donner procuration
proxy-given = La voix de votre organisation est confiée à { $org }.
revoke = Révoquer
unknown-motion-kind = « { $kind } » n’est pas un type de motion prévu ici ; les types sont : { $kinds }.
only-voting-members-propose = { $org } n’est pas membre effectif actif : cette organisation ne peut ni proposer ni appuyer de motion.
motion-deadline-passed = Le délai de dépôt des motions ({ $deadline }) est dépassé.
cannot-amend = La motion « { $title } » ne peut plus être amendée.
agenda-item-elsewhere = Le point { $item } ne figure pas à l’ordre du jour de cette assemblée.
illegal-motion-move = Une motion à l’état « { $from } » ne peut pas passer à l’état « { $to } ».
second-only-submitted = Seule une motion déposée, pas encore déclarée recevable, peut être appuyée.
cannot-second-own = Une organisation ne peut pas appuyer sa propre motion.
already-seconded = { $org } a déjà appuyé cette motion.
too-few-seconders = Cette motion { $have ->
        [0] n’a aucun appui
        [one] a { $have } appui
       *[other] a { $have } appuis
    } ; il en faut { $need } pour qu’elle puisse être déclarée recevable.
only-proposer-withdraws = Seuls l’organisation qui a proposé cette motion et le secrétariat peuvent la retirer.
opinions-are-for-affiliates = Les avis consultatifs sont réservés aux membres associés ; les membres effectifs votent.
amendments-first = Les amendements à cette motion sont mis aux voix en premier.
motion-not-admitted = Seule une motion recevable peut être mise aux voix (état de celle-ci : { $state }).
counted-in-the-room = Les scrutateurs ont compté { $org } en salle pour ce scrutin : cette organisation ne peut donc pas voter aussi en ligne.
already-voted-online = Ont déjà voté en ligne, donc non comptées en salle : { $orgs }.
teller-listed-twice = Une organisation est cochée deux fois dans le décompte de la salle : chacune n’est comptée qu’une fois.
teller-count-mismatch = Les décomptes de la salle totalisent { $total } voix, mais { $listed ->
        [one] { $listed } organisation figure sur la liste
       *[other] { $listed } organisations figurent sur la liste
    }.
tellers-already-recorded = Les décomptes de la salle pour ce scrutin sont déjà enregistrés.
not-a-tellers-poll = Ce scrutin n’est pas compté par les scrutateurs.
not-eligible-in-room = Non admises à voter dans ce scrutin : { $orgs }.
not-in-the-room = Absentes de la salle, donc non comptées par les scrutateurs (seules comptent les organisations présentes en personne ou représentées par un mandataire présent en personne) : { $orgs }.
room-card-of = { $org } (procuration détenue par { $holder }, en salle)
another-session-held = La séance de « { $title } » est en cours : levez-la d’abord, une seule séance à la fois.
agenda-not-in-session = Un point de l’ordre du jour ne peut être abordé que pendant la séance (état de l’assemblée : { $state }).
room-count-not-in-session = Les décomptes de la salle ne sont enregistrés que lorsque l’assemblée est en séance (état actuel : { $state }).
open-poll-on = le scrutin sur « { $title } »
open-round-of = le tour { $round } de l’élection « { $title } »
receipt-required = Pour modifier un vote secret, indiquez le récépissé du vote qu’il remplace.
advisory-opinions = Avis consultatifs
floor-taken = Un orateur a déjà la parole ; mettez d’abord fin à son intervention.
speaker-state = État de cette demande de parole : { $state }.
you-have-the-floor = Vous avez la parole.
queue-position = Vous êtes n° { $position } sur la liste des orateurs.
in-the-queue = Vous êtes inscrit sur la liste des orateurs.
already-on-the-list = { $org } figure déjà sur la liste des orateurs.
speakers = Orateurs
ask-to-speak = Demander la parole
give-floor = Donner la parole
end-floor = Terminer
withdraw = Retirer
now-speaking-label = A la parole :
none-yet = Aucun pour l’instant.
no-speakers = Personne n’a demandé la parole.
mode-in-person = en salle
mode-remote = à distance
not-checked-in-short = sans émargement
affiliate-advisory = associé, voix consultative
speaking-since = a la parole depuis { $time }
speaking-for = a la parole depuis { $time } min
agenda = Ordre du jour
no-agenda = L’ordre du jour est vide.
now-discussed = en cours
take-up = Aborder
next-item = Point suivant : { $title }
agenda-finished = Ordre du jour épuisé
agenda-is-finished = L’ordre du jour est épuisé.
show-every-organisation = Afficher toutes les organisations
copy-link = Copier le lien
other-displays = Liens d’affichage d’autres assemblées, toujours actifs
tellers-tally = Organisations cochées : { $ticked }. Voix comptées : { $counted }.
events-shown = Événements affichés : { $count } (#{ $first } à #{ $last }) sur les { $head } du journal.
seats-left-empty = { $election } : sièges encore vacants : { $empty }.
displays-still-live = Liens d’affichage encore actifs : { $count }. Le projecteur continue d’afficher l’assemblée clôturée tant qu’ils ne sont pas révoqués.
copied = Copié
done-password-set = Le nouveau mot de passe est enregistré et les sessions du compte ont pris fin. Communiquez vous-même le mot de passe à la personne.
set-password = Définir un nouveau mot de passe
set-password-hint = Pour { $email }, qui a perdu son mot de passe : toutes les sessions du compte prennent fin. Communiquez-lui vous-même le nouveau mot de passe, pas par e-mail.
new-password = Nouveau mot de passe (au moins 10 caractères)
approve-after-close = Le procès-verbal est approuvé et scellé une fois l’assemblée clôturée.
voting-now = Vote en cours
your-own-account = Votre propre compte : un autre membre du secrétariat peut le modifier.
tellers-recorded = Le décompte de la salle est enregistré. Il est définitif ; le résultat le présente avec les votes en ligne une fois le scrutin clos.
open-for = (ouvert depuis { $time } min)
checkpoint-opened = Séance ouverte (ou reprise)
checkpoint-session-ended = Séance suspendue ou levée
checkpoint-minutes = Procès-verbal approuvé
how-to-vote = Mode de scrutin
election-ballot = Élection (scrutin secret)
hall-assembly-closed = L’assemblée est clôturée ; les résultats sont définitifs.
verdict-carried = Adoptée.
verdict-rejected = Rejetée.
now-on-agenda = Point en cours : { $item }
done-item-taken-up = L’ordre du jour a avancé : le projecteur et les téléphones des délégués l’affichent.
too-many-choices = Un bulletin désigne au plus { $max ->
        [one] { $max } candidat
       *[other] { $max } candidats
    }.
unknown-candidate = Le candidat { $id } ne se présente pas à ce tour.
duplicate-candidate = Le candidat { $id } figure deux fois sur ce bulletin.
election-complete = Tous les sièges de cette élection sont pourvus.
roll-call = Appel nominal
secret-ballot = Scrutin secret
tellers-ballot = Scrutateurs (salle) et en ligne
elections = Élections
round = Tour { $round }
runoff-needed = Égalité des voix pour le dernier siège : un tour de départage est nécessaire.
seats-to-fill = Sièges à pourvoir : { $seats }
round-ballots = Bulletins : { $ballots }, dont blancs : { $abstentions }.
in-runoff = au tour de départage
seats-still-to-fill = Sièges restant à pourvoir : { $seats }. Un nouveau tour est nécessaire.
result-secret = Scrutin secret : { $voted ->
        [one] { $voted } organisation a voté
       *[other] { $voted } organisations ont voté
    } ; le choix de chacune reste inconnu.
result-roll-call = Appel nominal : le vote de chaque organisation figure ci-dessous.
result-tellers = Compté par les scrutateurs en salle, avec les bulletins exprimés en ligne ; les votes en ligne figurent ci-dessous.
in-the-room-counted = En salle (scrutateurs, { $orgs })
online = En ligne
everyone-voted = Toutes les organisations ont voté.
not-voted-yet = N’ont pas encore voté : { $names }.
not-voted-yet-more = N’ont pas encore voté : { $names } et { $more ->
        [one] { $more } autre
       *[other] { $more } autres
    }.
rules-before-opening = Pour être adoptée : { $majority }. Quorum : { $quorum }.
since-opened = Ouvert à { $time }.
counted-where = Décompte
together = Total
elected = Élus :
open-round = Ouvrir le tour suivant
choose-up-to = Choisissez au plus { $seats ->
        [one] { $seats } candidat
       *[other] { $seats } candidats
    } ; n’en choisissez aucun pour vous abstenir.
cast-ballot = Déposer le bulletin
room-count = Décompte de la salle
room-count-who = Cochez chaque organisation dont les scrutateurs ont compté le carton : son vote est celui de la salle, et elle ne peut plus voter en ligne dans ce scrutin.
find-organisation = Chercher une organisation (nom ou pays)
find = Chercher
find-by-name = Chercher une organisation (partie du nom)
shown-of = { $shown ->
        [one] { $shown } affichée
       *[other] { $shown } affichées
    } sur { $total }.
at = Date
hash = Empreinte
proxy-document = Document
more-to-find = Et { $more ->
        [one] { $more } autre
       *[other] { $more } autres
    } : lancez une recherche pour les trouver.
register-list = Organisations et comptes
find-in-register = Chercher (partie d’un nom, code de pays, adresse e-mail)
showing-of = Organisations { $from } à { $to } sur { $total }.
pages = Pages
previous-page = Page précédente
earlier-events = Événements antérieurs
later-events = Événements ultérieurs
next-page = Page suivante
page-of = Page { $page } sur { $pages }
more-accounts = Et { $more ->
        [one] { $more } autre compte
       *[other] { $more } autres comptes
    } : lancez une recherche pour les trouver.
record-room-count = Enregistrer le décompte de la salle
not-sealed-yet = Ce scrutin n’est pas encore clos : il n’a donc pas de sceau.
reason-required = Indiquez le motif : un changement de catégorie ou de statut doit être motivé pour le dossier.
invalid-rows = Le fichier contient { $count ->
        [one] { $count } ligne erronée ; rien n’a été importé. Corrigez-la
       *[other] { $count } lignes erronées ; rien n’a été importé. Corrigez-les
    } et importez de nouveau le fichier.
row-unreadable = cette ligne ne peut pas être lue comme du CSV ({ $detail })
row-missing-header = la première ligne doit être l’en-tête name,country,kind (et éventuellement status)
row-field-count = 3 ou 4 champs attendus (name,country,kind[,status]), { $count ->
        [one] { $count } trouvé
       *[other] { $count } trouvés
    }
row-empty-name = le nom est vide
row-name-too-long = le nom dépasse 200 caractères
row-bad-country = « { $country } » n’est pas un code de pays à deux lettres comme BE ou FR
row-bad-kind = « { $kind } » n’est pas une catégorie : utilisez full ou affiliate
row-bad-status = « { $status } » n’est pas un statut : utilisez active ou suspended
row-duplicate = le même nom figure déjà à la ligne { $first }
proxy-to-itself = Une organisation ne peut pas se donner procuration à elle-même.
proxy-grantor-affiliate = { $org } est membre associé et n’a donc pas de voix à confier.
proxy-holder-affiliate = { $org } est membre associé : une procuration ne peut être donnée qu’à un membre effectif.
proxy-grantor-suspended = L’organisation { $org } est suspendue : elle n’a pas de voix à confier.
proxy-holder-suspended = L’organisation { $org } est suspendue : elle ne peut pas détenir la voix d’un autre membre.
proxy-grantor-present = { $org } a émargé et vote en son nom propre ; une procuration est destinée à un membre qui ne peut pas être présent.
proxy-already-given = { $org } a déjà donné sa procuration pour cette assemblée ; révoquez-la d’abord.
proxy-holder-is-grantor = { $org } a confié sa propre voix ; une procuration ne peut pas être transmise.
proxy-grantor-is-holder = { $org } détient les procurations d’autres membres ; une procuration ne peut pas être transmise.
proxy-cap-reached = { $org } détient déjà { $cap ->
        [one] { $cap } procuration
       *[other] { $cap } procurations
    }, le maximum autorisé pour cette assemblée.
represented-by-proxy = Votre organisation est représentée par { $org } dans ce scrutin : son mandataire vote en son nom.
proxy-not-live = Cette procuration a déjà été révoquée ou est devenue caduque.
proxy-used = Cette procuration a déjà servi à voter et ne peut plus être révoquée.
proxy-in-open-poll = Un scrutin ou un tour d’élection actuellement ouvert compte cette procuration : son mandataire peut encore l’y utiliser. Révoquez-la après la clôture.
internal = Une erreur s’est produite de notre côté ; rien n’a été modifié. Veuillez réessayer.
database-unavailable = La base de données est injoignable pour le moment ; rien n’a été modifié. Veuillez réessayer.
database-busy = La base de données est occupée pour le moment ; rien n’a été modifié. Veuillez réessayer dans un instant.
text-with-nul = Le texte ne peut pas contenir le caractère NUL (U+0000).
unknown-reference = Cette demande renvoie à une organisation, une assemblée ou un élément inexistant ; vérifiez les identifiants fournis.
cannot-set-own-password = Vous ne pouvez pas définir ici votre propre mot de passe : un autre membre du secrétariat peut le faire, ou l’administrateur du serveur, en ligne de commande.
cannot-disable-own-account = Vous ne pouvez pas désactiver votre propre compte ; un autre membre du secrétariat peut le faire.
storage-full = Le disque du serveur est plein : rien n’a été enregistré. Le secrétariat doit libérer de l’espace ; veuillez ensuite réessayer.
text-forbidden-character = Le champ « { $field } » contient un caractère de contrôle, de mise en forme ou invisible ({ $code }), que plenum n’enregistre pas : supprimez-le et réessayez.
text-too-long = Le champ « { $field } » dépasse { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
text-empty = Le champ « { $field } » est vide.
name-mixed-scripts = Le champ « { $field } » mêle des lettres d’écritures qui se ressemblent (comme le latin et le cyrillique ou le grec) : écrivez-le dans une seule écriture.
row-stacked-marks = le nom accumule des accents ou des signes sur une même lettre
text-stacked-marks = Le champ « { $field } » accumule plus { $max ->
        [one] d’{ $max } accent ou signe
       *[other] de { $max } accents ou signes
    } sur une même lettre : écrivez-le tel qu’il se lit.
name-looks-like = Le champ « { $field } » ressemble à s’y méprendre à celui de { $other }, déjà au registre : choisissez un nom qui s’en distingue.
name-ambiguous = Le champ « { $field } » correspond à plusieurs organisations du registre ({ $others }), mais à aucune exactement : utilisez le nom exact de l’une d’elles.
row-forbidden-character = le nom contient un caractère de contrôle, de mise en forme ou invisible ({ $code })
name-formula-start = Le champ « { $field } » ne peut pas commencer par { $first } : un tableur ouvrant un export l’exécuterait comme une formule.
row-formula-start = le nom ne peut pas commencer par { $first } : un tableur l’exécuterait comme une formule
name-no-letter = Le champ « { $field } » ne contient ni lettre ni chiffre.
row-no-letter = le nom ne contient ni lettre ni chiffre
row-mixed-scripts = le nom mêle des lettres d’écritures qui se ressemblent (comme le latin et le cyrillique ou le grec)
row-looks-like = le nom ressemble à s’y méprendre à celui de la ligne { $first }
row-ambiguous = le nom correspond à plusieurs organisations du registre ({ $names }), mais à aucune exactement : utilisez le nom exact de l’une d’elles
too-many-motions = { $org } a déjà déposé { $max ->
        [one] { $max } motion
       *[other] { $max } motions
    } pour cette assemblée, le maximum autorisé par organisation.
too-many-opinions = { $org } a déjà émis { $max } avis lors de cette assemblée, le maximum autorisé par organisation.
too-many-speaker-requests = { $org } a déjà demandé la parole { $max } fois lors de cette assemblée, le maximum autorisé par organisation.
too-many-proxies = Cette organisation a déjà donné { $max ->
        [one] { $max } procuration
       *[other] { $max } procurations
    } lors de cette assemblée, le maximum autorisé ; le secrétariat peut vous aider.
number-out-of-range = Le champ « { $field } » doit être compris entre { $min } et { $max }.
row-looks-like-registered = le nom ressemble à s’y méprendre à celui de { $name }, déjà au registre, sans être le même

## Les décisions en toutes lettres.
## $basis indique sur quoi la majorité se calcule : votes-cast (suffrages
## exprimés), present (membres présents ou représentés) ou all (tous les
## membres effectifs).

tally-line = { $yes } pour, { $no } contre, { $abstain ->
        [0] aucune abstention
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }.
# « plus de la moitié », « au moins les deux tiers » ; $share vaut half,
# two-thirds, three-quarters, one-third, all ou other (les chiffres sont
# alors donnés). La fraction est suivie de « des … » dans les messages qui
# l’emploient (decision-needed, rules-majority, rules-quorum).
fraction = { $strict ->
        [yes] { $share ->
            [half] plus de la moitié
            [two-thirds] plus des deux tiers
            [three-quarters] plus des trois quarts
            [one-third] plus du tiers
            [all] plus de la totalité
           *[other] plus de { $numerator }/{ $denominator }
        }
       *[no] { $share ->
            [half] au moins la moitié
            [two-thirds] au moins les deux tiers
            [three-quarters] au moins les trois quarts
            [one-third] au moins le tiers
            [all] la totalité
           *[other] au moins { $numerator }/{ $denominator }
        }
    }
decision-needed = Requis : { $fraction } { $basis ->
        [votes-cast] { $count ->
            [0] des suffrages exprimés (aucun suffrage exprimé)
            [one] du seul suffrage exprimé
           *[other] des { $count } suffrages exprimés
        }
        [present] { $count ->
            [0] des membres effectifs présents ou représentés (aucun)
            [one] du seul membre effectif présent ou représenté
           *[other] des { $count } membres effectifs présents ou représentés
        }
       *[all] de l’ensemble des { $count } membres effectifs
    }, soit au moins { $needed } voix pour{ $casting ->
        [yes] , voix prépondérante de la présidence comprise
       *[no] {""}
    }. { $basis ->
        [votes-cast] Les abstentions ne sont pas des suffrages exprimés.
        [present] Une abstention compte comme une voix non favorable.
       *[all] Une abstention ou une absence compte comme une voix non favorable.
    }
decision-no-quorum-required = Aucun quorum n’était requis ; { $counted ->
        [one] { $counted } membre effectif sur { $full } était présent ou représenté
       *[other] { $counted } membres effectifs sur { $full } étaient présents ou représentés
    }.
decision-quorum-reached = Quorum atteint : { $counted ->
        [one] { $counted } membre effectif sur { $full } présent ou représenté
       *[other] { $counted } membres effectifs sur { $full } présents ou représentés
    } ; au moins { $required } requis.
decision-quorum-not-reached = Quorum non atteint : { $counted ->
        [one] { $counted } membre effectif sur { $full } présent ou représenté
       *[other] { $counted } membres effectifs sur { $full } présents ou représentés
    } ; au moins { $required } requis.
# Ce qui fait adopter une motion, annoncé avant le vote ; $tie vaut rejected
# ou chair.
rules-majority = { $fraction } { $basis ->
        [votes-cast] des suffrages exprimés (les abstentions ne comptent pas)
        [present] des membres effectifs présents ou représentés
       *[all] de l’ensemble des membres effectifs
    } ; { $tie ->
        [chair] en cas d’égalité des voix, la voix de la présidence est prépondérante
       *[rejected] en cas d’égalité des voix, la motion est rejetée
    }
rules-quorum = { $fraction } des membres effectifs présents ou représentés
quorum-none-required = non requis
organisations = { $count ->
        [0] aucune organisation
        [one] { $count } organisation
       *[other] { $count } organisations
    }

## Pages.

app-name = plenum
log-in = Se connecter
log-out = Se déconnecter
email = E-mail
password = Mot de passe
logged-in-as = { $name } ({ $role })
role-secretariat = secrétariat
role-auditor = auditeur
role-teller = bureau d’émargement
role-delegate = délégué
add-delegate-for = Un délégué pour { $org }
add-staff-account = Ajouter un compte pour le secrétariat, le bureau d’émargement ou un auditeur
replace-delegate = Remplacer
replace-delegate-hint = Le nouveau délégué succède à { $email }, dont le compte est aussitôt désactivé et déconnecté.
person-name = Nom
first-password = Mot de passe initial (au moins 10 caractères ; à communiquer à la personne, qui peut le conserver)
create-account = Créer le compte
no-assembly = Aucune assemblée n’est ouverte pour le moment.
assembly-state = État : { $state }
check-in-remote = Émarger (à distance)
checked-in = Votre organisation a émargé ({ $mode }).
not-checked-in-yet = Votre organisation n’a pas encore émargé.
advisory-only = Votre organisation est membre associé : vous assistez et pouvez prendre la parole, mais ne votez pas.
suspended-only = Votre organisation est suspendue : vous assistez, mais ne votez pas.
open-polls = Scrutins ouverts
no-open-poll = Aucun scrutin n’est ouvert pour le moment.
page-changed = La séance a évolué depuis l’affichage de cette page.
reload = Actualiser
candidate = Candidat
approvals = Voix
elected-mark = élu
vote-yes = Oui
vote-no = Non
vote-abstain = Abstention
vote-recorded = Le vote de votre organisation est enregistré. Récépissé : { $receipt }
voting-for = Par procuration, pour { $org } :
voting-for-own = Pour votre organisation, { $org } :
already-voted-here = Votre organisation a voté dans ce scrutin.
already-voted-in-round = Votre organisation a voté à ce tour.
round-of = { $election }, tour { $round }
why-not-affiliate = Votre organisation est membre associé : elle suit le vote et peut prendre la parole, mais ne vote pas.
why-not-suspended = Votre organisation est suspendue : elle peut assister, mais ne vote pas.
why-not-absent = Votre organisation n’avait pas émargé et n’était pas représentée par procuration à l’ouverture de ce scrutin : elle n’y vote donc pas.
why-not-arrived-late = Votre organisation a émargé après l’ouverture de ce scrutin : seules les organisations présentes ou représentées à l’ouverture y votent.
ballot-roll-call = Appel nominal : le vote de chaque organisation est publié avec le résultat.
ballot-secret = Scrutin secret : personne ne peut voir comment votre organisation a voté, seulement qu’elle a voté.
ballot-tellers = Les scrutateurs comptent les cartons en salle ; les organisations qui suivent en ligne votent ici, et le vote de chacune est publié avec le résultat.
ballot-election = Scrutin secret : personne ne peut voir qui votre organisation a choisi, seulement qu’elle a voté.
confirm-title = Confirmez votre vote
confirm-vote = Voter « { $choice } » pour { $org } sur « { $motion } » ?
confirm-round = Déposer le bulletin de { $org } pour « { $election } » :
confirm-no-candidate = Aucun candidat : le bulletin compte comme une abstention.
confirm-final = Une fois exprimé, ce vote ne peut plus être modifié.
confirm-changeable = L’assemblée permet de modifier un vote ultérieurement grâce à son récépissé.
confirm-cast = Voter : { $choice }
confirm-cast-ballot = Déposer ce bulletin
change-ballot = Modifier le bulletin
cancel = Annuler
voted-notice = Votre vote sur « { $title } » est enregistré. Son récépissé figure ci-dessous.
your-receipts = Vos récépissés
your-receipts-hint = Ce navigateur les conserve jusqu’à votre déconnexion. Après la clôture d’un scrutin, un récépissé prouve que son bulletin a été compté.
receipt-for = pour { $org }
receipt-cast-at = exprimé à { $time }
check-receipt = Vérifier
check-receipt-once-closed = Vous pourrez le vérifier ici une fois le scrutin clos.
receipt-label = Récépissé :
your-choice = Vote : { $choice }
attendance = Présences
present-count = { $present ->
        [one] { $present } membre effectif sur { $full } présent ou représenté
       *[other] { $present } membres effectifs sur { $full } présents ou représentés
    }
quorate = Quorum atteint
quorum-detail = { $present ->
        [one] { $present } présent
       *[other] { $present } présents
    }, { $represented ->
        [one] { $represented } représenté par procuration
       *[other] { $represented } représentés par procuration
    } ; { $required } requis.
hall = Vue de la salle
not-quorate = Quorum non atteint
motions = Motions
open-poll = Ouvrir le scrutin
close-poll = Clore le scrutin
close-round = Clore le tour
room-count-checked = Ces chiffres sont vérifiés : une fois enregistré, le décompte de la salle ne peut plus être modifié.
room-count-unchecked = Le décompte de la salle n’a pas été enregistré : cochez d’abord la case confirmant que les chiffres sont vérifiés. Une fois enregistré, il ne peut plus être modifié.
still-to-vote = Restent à voter : { $missing } sur { $eligible }.
confirm-action = Confirmer : { $action }
close-poll-warning = La clôture dépouille les bulletins et scelle le résultat : aucun bulletin n’est plus accepté ensuite, et le résultat ne peut plus être modifié.
close-round-warning = La clôture dépouille les bulletins du tour et scelle son résultat : aucun bulletin n’est plus accepté ensuite.
close-assembly-warning = La clôture met fin à l’assemblée : plus d’émargements, de votes ni de prises de parole, et elle ne peut pas être rouverte. Vient ensuite le procès-verbal.
approve-minutes-warning = L’approbation fige le procès-verbal en l’état et le scelle : rien ne peut plus y être ajouté ni modifié.
disable-account-warning = La session de { $name } sera aussitôt fermée, et plus aucune connexion ne sera possible tant que le compte ne sera pas réactivé.
disable-own-account-warning = C’est votre propre compte : vous serez aussitôt déconnecté.
leaves-warning = { $org } quitte la salle : l’organisation ne compte plus pour le quorum, et les scrutins ouverts à partir de maintenant se déroulent sans elle jusqu’à ce qu’elle émarge de nouveau.
act-convene = Convoquer l’assemblée
act-open-session = Ouvrir la séance
act-suspend = Suspendre la séance
act-resume = Reprendre la séance
act-close-assembly = Clôturer l’assemblée
back-to-chair = Retour à la page de la présidence
motion-draft = projet
motion-submitted = déposée, en attente de recevabilité
motion-admitted = recevable, prête à être mise aux voix
motion-voting = en cours de vote
motion-carried = adoptée
motion-rejected = rejetée
motion-withdrawn = retirée
motion-state-not-admitted = irrecevable
speaker-speaking = a la parole
speaker-queued = en attente
votes-cast-so-far = { $cast } sur { $eligible } { $cast ->
        [one] a voté
       *[other] ont voté
    }
result-link = Résultat
result = Résultat
move = Passer à : { $to }
desk = Bureau d’émargement
check-in-in-person = Émarger (en salle)
check-out = Départ
present = présente ({ $mode })
absent = absente
organisation = Organisation
country = Pays
kind = Catégorie
status = Statut
yes = Oui
no = Non
abstain = Abstention
ballots = Bulletins
choice = Choix
assemblies = Assemblées
auditor = Audit
audit-events = Journal d’audit
chain-intact = La chaîne { $count ->
        [one] de { $count } événement
       *[other] de { $count } événements
    } est intacte.
chain-broken = La chaîne est rompue à l’événement { $seq }.
ledger-holds = Le journal contient { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    }.
check-chain = Vérifier toute la chaîne
chair = Présidence
back = Retour
assembly-over = Cette assemblée est clôturée : plus rien n’est mis aux voix, et les résultats ci-dessous sont définitifs. Le procès-verbal suivra dès son approbation par le secrétariat ; vos récépissés restent affichés ci-dessous jusqu’à votre déconnexion.
assembly-over-minutes-approved = Cette assemblée est clôturée et son procès-verbal est approuvé : les résultats ci-dessous sont définitifs, et le secrétariat diffuse le procès-verbal. Vos récépissés restent affichés ci-dessous jusqu’à votre déconnexion.
done-checked-in = Vous avez émargé.
done-proxy-given = Votre procuration est donnée.
done-proxy-revoked = Votre procuration est révoquée : votre organisation vote de nouveau elle-même dès qu’elle est présente.
done-asked-to-speak = Votre demande de parole est inscrite sur la liste des orateurs.
done-withdrawn = Votre demande de parole est retirée.
done-floor-given = La parole est donnée.
done-floor-ended = L’intervention est terminée.
done-state-changed = Nouvel état de l’assemblée : { $state }.
done-poll-opened = Le scrutin est ouvert.
done-round-opened = Le tour est ouvert.
done-round-closed = Le tour est clos et dépouillé.
done-arrived = { $org } a émargé, en salle.
done-left = { $org } a quitté la salle.
done-room-counted = Le décompte de la salle est enregistré.
done-organisation-added = { $org } figure désormais au registre.
done-organisation-changed = Registre modifié pour { $org }.
done-account-changed = Le compte est modifié.
done-account-created = Le compte est créé : communiquez son adresse et son mot de passe initial à la personne.
done-narrative-saved = Le récit est enregistré.
done-incident-recorded = L’incident est consigné.
done-minutes-approved = Le procès-verbal est approuvé et scellé.
done-display-revoked = Le lien d’affichage est révoqué : l’écran qui l’affiche s’arrête.
projector = Projecteur
projector-hint = Un lien d’affichage montre la page de salle de cette assemblée sur le projecteur, sans connexion de quiconque : aucun nom de personne connectée, rien sur quoi cliquer. Créez-en un par écran ; révoquez-le à la fin de l’assemblée ou si le lien s’est égaré.
make-display = Créer un lien d’affichage
display-made = Lien d’affichage
display-made-hint = Ouvrez cette adresse sur l’ordinateur du projecteur. Elle n’est affichée qu’une fois, maintenant : copiez-la, ou créez-en une autre plus tard.
display-open-since = Lien d’affichage créé le { $at }
revoke-display = Révoquer
revoke-display-warning = L’écran qui affiche ce lien devient aussitôt vide ; pour afficher de nouveau la salle, créez un nouveau lien et ouvrez-le sur cet écran.
queue-heading = Liste des orateurs
session-suspended-notice = La séance est suspendue.
session-suspended-for-delegates = La séance est suspendue : aucun vote ne peut être exprimé avant que la présidence ne la reprenne.
votes-wait-for-resume = Votes en attente : la séance est suspendue.
org-has-voted = { $org } a voté dans ce scrutin.
org-has-voted-in-round = { $org } a voté à ce tour.
tellers-in-room-hint = Vous êtes en salle : levez votre carton pour les scrutateurs. Ne votez ici que si les scrutateurs ne vous comptent pas ; une fois que vous avez voté ici, ils ne le peuvent plus.
not-done-title = Action impossible
back-to-your-page = Retour à votre page
state-draft = en préparation
state-convened = convoquée
state-in-session = en séance
state-suspended = suspendue
state-closed = clôturée
state-minutes-approved = procès-verbal approuvé
delegate = Délégué

## Procès-verbal.

minutes-title = Procès-verbal
narrative = Récit (Markdown) : ce que le dossier seul ne dit pas
save-narrative = Enregistrer le récit
incident = Incident
record-incident = Consigner l’incident
approve-minutes = Approuver et sceller le procès-verbal
approve-minutes-hint = Une fois l’assemblée clôturée, l’approbation fige le procès-verbal en l’état et le scelle avec la clé de l’instance.
minutes-frozen = Le procès-verbal de cette assemblée est approuvé et scellé ; il n’est plus modifiable.
minutes-changed = Le procès-verbal a changé pendant son approbation. Veuillez le relire et l’approuver de nouveau.
minutes-need-closed = Le procès-verbal s’approuve une fois l’assemblée clôturée (état actuel : { $state }).
approve-minutes-instead = Le procès-verbal d’une assemblée s’approuve par une action distincte, qui le scelle.

## L’espace des auditeurs et les récépissés.

subject = Objet
from = Du
until = Au
filter = Filtrer
kind-hint = p. ex. ballot. pour tous les événements de bulletin
public-key = Clé publique de l’instance (Ed25519)
public-key-hint = Chaque sceau et chaque point de contrôle est signé avec cette clé. Comparez-la avec la clé publiée par le secrétariat et passez-la à plenum verify --public-key.
evidence-bundle = Dossier de preuves (JSON)
verify-hint = Vérifiez-le hors ligne, sans base de données ni réseau :
verify-guide = Ce que prouve la vérification, ce qu’un dossier omet et pourquoi : docs/AUDITING.md, fourni avec plenum.
records-csv = Données (CSV)
audit-assembly = Dossier de l’assemblée
stays = Arrivées et départs
arrived = Arrivée
left = Départ
mode = Mode
proxies = Procurations
grantor = Mandant
holder = Mandataire
sealed-polls = Scrutins scellés
sealed-rounds = Tours d’élection scellés
seal = Sceau
checkpoints = Points de contrôle signés du journal
no-events = Aucun événement ne correspond.
receipt-check-title = Vérifier un récépissé
receipt-code = Code du récépissé
receipt-check-hint = Après la clôture du scrutin, votre récépissé prouve que le bulletin de votre organisation figure dans le résultat scellé. Pour un scrutin secret, il ne prouve que cela, jamais le choix.
receipt-vote = Récépissé du vote sur « { $title } ».
receipt-included = Ce bulletin figure dans le résultat scellé. Sceau : { $seal }
receipt-choice = Le relevé de l’appel nominal indique le choix : { $choice }.
receipt-not-yet = Le scrutin est encore ouvert : l’inclusion n’est indiquée qu’après la clôture, afin qu’un récépissé ne permette pas de suivre le dépouillement.
receipt-not-included = Ce scrutin est clos, mais le bulletin ne figure pas parmi les bulletins scellés. Veuillez en informer les auditeurs.
receipt-unknown = Aucun bulletin ne correspond à ce récépissé. Un vote modifié porte le récépissé de sa dernière modification.
receipt-later = Conservez ce code. Après la clôture, vérifiez que votre bulletin figure dans le résultat scellé :

## Langues.

# Le libellé de la liste des langues, au pied de chaque page.
language-switcher = Langue
unknown-language = « { $tag } » n’est pas une langue de plenum ; langues disponibles : { $tags }.
no-official-language = Indiquez au moins une langue officielle de l’assemblée.
not-an-official-language = Le procès-verbal de cette assemblée est établi dans ses langues officielles : { $official }. « { $tag } » n’en fait pas partie.
motion-language-not-official = Le texte d’une motion est déposé dans l’une des langues officielles de l’assemblée : { $official }. « { $tag } » n’en fait pas partie ; un texte dans une autre langue peut être ajouté comme traduction.
translation-of-itself = La motion est rédigée dans cette langue ({ $language }) : ce texte est le texte faisant foi, et non une traduction.
translations-closed = La motion est à l’état « { $state } » : le texte soumis au vote des membres ne change plus, traductions comprises.

## Ce qui est introuvable (« Introuvable : { $what }. »).

thing-api-path = chemin d’API
thing-account = compte
thing-agenda-item = point de l’ordre du jour
thing-assembly = assemblée
thing-checkin-code = code d’émargement
thing-display = lien d’affichage
thing-election-round = tour d’élection
thing-election = élection
thing-export = export
thing-motion = motion
thing-organisation = organisation
thing-page = page
thing-poll = scrutin
thing-proxy = procuration
thing-receipt = récépissé
thing-record = enregistrement
thing-speaker-request = demande de parole
thing-round = tour
# Deux rôles ou éléments, l’un ou l’autre convenant : « secrétariat ou auditeur ».
either-or = { $a } ou { $b }
speaker-done = a pris la parole
speaker-withdrawn = retirée

## Ajouts ultérieurs.

in-the-record = Consigné au procès-verbal (en anglais) :
seal-label = sceau
actor = Auteur
payload = Données

## Le procès-verbal (PDF, HTML, Markdown), dans les langues officielles de l’assemblée.
## Les codes des sélecteurs ($kind, $format, $ballot, $state, $choice, $status)
## sont ceux du dossier : ils restent tels quels, seul le texte qu’ils sélectionnent est traduit.

minutes-of = Procès-verbal : { $title }
minutes-approved-sealed = Procès-verbal approuvé, scellé le { $at }.
minutes-draft = Projet de procès-verbal : non encore approuvé.
minutes-assembly = Assemblée
minutes-assembly-line = { $title } ({ $kind ->
        [extraordinary] extraordinaire
       *[ordinary] ordinaire
    }, { $format ->
        [in_person] en présentiel
        [remote] à distance
       *[hybrid] hybride
    })
minutes-called-for = Convoquée pour le
minutes-session-opened = Ouverture de la séance
minutes-closed = Clôture
minutes-not-yet = pas encore
minutes-venue = Lieu
minutes-convocation = Convocation
minutes-first-convocation = première convocation
minutes-second-convocation = seconde convocation
minutes-notice-sent = Envoi de la convocation
minutes-not-recorded = non consigné
minutes-quorum = Quorum
minutes-quorum-none = non requis
# $fraction vaut « plus de la moitié », « au moins les deux tiers »…
minutes-quorum-of = { $fraction } des membres effectifs
minutes-record-of-session = Déroulement de la séance
minutes-attendance = Présences
minutes-attendance-counts = { $full ->
        [one] { $full } membre effectif
       *[other] { $full } membres effectifs
    } : { $room } en salle, { $remote } à distance, { $represented ->
        [one] { $represented } représenté
       *[other] { $represented } représentés
    } par procuration, { $absent ->
        [one] { $absent } absent
       *[other] { $absent } absents
    }. Membres associés présents avec voix consultative : { $affiliates }.
minutes-organisations = Organisations
minutes-in-the-room = En salle
minutes-remote = À distance
minutes-represented = Représentées par procuration
minutes-represented-by = { $org } (mandataire : { $holder })
minutes-absent = Absentes
minutes-affiliates = Membres associés (voix consultative)
# Une liste vide d’organisations ou de noms.
minutes-none = néant
minutes-proxies = Procurations
minutes-grantor = Mandant
minutes-holder = Mandataire
minutes-state = État
# L’état d’une procuration ; $closed vaut « yes » une fois l’assemblée clôturée.
minutes-proxy-state = { $state ->
        [revoked] révoquée
        [void] caduque
       *[live] { $closed ->
            [yes] en vigueur à la clôture
           *[no] en vigueur
        }
    }
minutes-item = Point
minutes-agenda-kind = { $kind ->
        [information] information
        [discussion] débat
        [election] élection
       *[decision] décision
    }
minutes-motions = Motions
# $kind est le type de motion tel que l’instance le nomme (ordinary, budget, statutes…).
minutes-motion-heading = { $title } ({ $kind }) : { $state }
minutes-proposed-by = Proposée par { $org }.
minutes-proposed-by-secretariat = Proposée par le secrétariat.
minutes-amends = Amendement à la motion « { $title } ».
minutes-reason-recorded = Motif consigné : { $reason }
minutes-opinion = Avis consultatif de { $org } : { $text }
# $verdict vaut « Adoptée. » ou « Rejetée. » (ou la phrase scellée en anglais).
minutes-vote = Vote ({ $ballot ->
        [secret] scrutin secret
        [tellers] décompte par les scrutateurs
       *[roll_call] appel nominal
    }, clos le { $at }) : { $verdict }
minutes-counted = Décompte
# $organisations vaut « 1 organisation », « 12 organisations ».
minutes-in-the-room-tellers = En salle (scrutateurs, { $organisations })
minutes-at-vote = Au moment du vote : { $present ->
        [one] { $present } présent
       *[other] { $present } présents
    } et { $represented ->
        [one] { $represented } représenté
       *[other] { $represented } représentés
    } sur { $full ->
        [one] { $full } membre effectif
       *[other] { $full } membres effectifs
    } ; { $eligible } admis à voter.
minutes-seal = Sceau : { $seal }.
minutes-organisation = Organisation
minutes-vote-column = Vote
# Le vote d’une organisation dans le tableau de l’appel nominal.
minutes-choice = { $choice ->
        [yes] pour
        [no] contre
       *[abstain] abstention
    }
minutes-election-heading = { $title } ({ $seats ->
        [0] aucun siège à pourvoir
        [one] { $seats } siège à pourvoir
       *[other] { $seats } sièges à pourvoir
    })
# Un bulletin qui ne désigne personne est « blanc ».
minutes-round = Tour { $round } : { $ballots ->
        [0] aucun bulletin
        [one] { $ballots } bulletin
       *[other] { $ballots } bulletins
    }, dont { $blank ->
        [one] { $blank } blanc
       *[other] { $blank } blancs
    } ; élus : { $elected }.
minutes-round-runoff = Tour { $round } : { $ballots ->
        [0] aucun bulletin
        [one] { $ballots } bulletin
       *[other] { $ballots } bulletins
    }, dont { $blank ->
        [one] { $blank } blanc
       *[other] { $blank } blancs
    } ; élus : { $elected } ; à égalité, appelés à un tour de départage : { $runoff }.
minutes-candidate = Candidat
minutes-approvals = Voix
minutes-elected = Élus : { $names }.
minutes-from = Début
minutes-to = Fin
minutes-incidents = Incidents consignés par la présidence
minutes-incident = Incident
minutes-sealed-with = Chacun des résultats ci-dessus est scellé avec la clé Ed25519 { $key } de l’instance. Les auditeurs les vérifient hors ligne avec plenum verify.
minutes-footer = Procès-verbal : { $title } · { $status ->
        [approved] approuvé
       *[draft] projet
    }
minutes-page = page { $page } sur { $pages }

## Motions en plusieurs langues.

# Sous le texte d’une motion dans le procès-verbal : le nom de sa langue et son empreinte.
minutes-authoritative = Texte faisant foi ({ $language }) ; SHA-256 { $sha256 }.
minutes-translation = Traduction ({ $language }) par { $by }, { $at } ; SHA-256 { $sha256 }.
# Au-dessus d’une motion traduite sur une page : $language est le nom de la langue de la traduction, $at une date.
translation-by = Traduction ({ $language }) par { $by }, { $at }. Ce n’est pas le texte faisant foi.
authoritative-text-in = Ceci est le texte faisant foi (langue : { $language }) ; aucune traduction dans la vôtre n’a été ajoutée.
show-authoritative-text = Lire le texte faisant foi ({ $language })

## Refus de ce qui a été saisi.

number-at-least = Le champ « { $field } » doit valoir au moins { $min }.
number-too-large = Un nombre saisi est trop grand.
seats-above-candidates = Il y a plus de sièges que de candidats ({ $candidates }) : une élection pourvoit au plus un siège par candidat.
email-invalid = L’adresse e-mail n’est pas valide.
only-delegate-replaced = Seul le compte d’un délégué peut être remplacé.
election-incomplete = Une élection demande un titre, au moins un siège et au moins un candidat.
file-not-utf8 = Le fichier n’est pas un texte UTF-8 : enregistrez-le en UTF-8 (dans un tableur, « CSV UTF-8 ») et réessayez.
form-field-invalid = Le champ « { $field } » du formulaire manque ou n’est pas valide : rechargez la page et réessayez.
time-invalid = « { $value } » n’est pas une date et une heure.
ballot-candidates-invalid = Le bulletin nomme deux fois un candidat, ou un candidat qui ne se présente pas à ce tour.

## Les champs que nomme un refus (entre guillemets après « Le champ »).

field-title = titre
field-text = texte
field-reason = motif
field-venue = lieu
field-name = nom
field-email = adresse e-mail
field-narrative = exposé
field-incident = incident
field-document = document
field-candidates = nombre de candidats
field-seats = nombre de sièges
field-opinion = avis
field-convocation = convocation
field-proxy-cap = nombre maximal de procurations par mandataire
field-majority-or-quorum = majorité ou quorum
field-agenda-title = titre du point { $number } de l’ordre du jour
field-candidate-name = nom du candidat { $number }
field-choice = choix
field-candidate = candidat
field-organisation = organisation
field-item = point de l’ordre du jour
field-votes-yes = nombre de voix pour
field-votes-no = nombre de voix contre
field-votes-abstain = nombre d’abstentions
field-at = { $path }

## Les traductions d’une motion par le secrétariat (page de la présidence).

translations-summary = Texte faisant foi en { $language } ; { $count ->
        [0] aucune traduction
        [one] une traduction
       *[other] { $count } traductions
    }
translation-listed = ajoutée par { $by }, { $at }
translations-hint = Une traduction peut être ajoutée ou remplacée jusqu’à la mise aux voix de la motion. Le texte en { $language } reste celui qui fait foi ; les délégués voient chaque traduction signalée comme telle.
replace-translation = Remplacer la traduction ({ $language })
translation-language = Langue de la traduction
translation-title = Titre traduit
translation-text = Texte traduit (Markdown)
add-translation = Ajouter la traduction
save-translation = Enregistrer la traduction
done-translation-saved = La traduction est enregistrée. Les délégués qui lisent sa langue la voient désormais, signalée comme traduction.

## Les langues nommées dans une phrase.

language-name = { $tag ->
        [en] anglais
        [fr] français
        [de] allemand
        [es] espagnol
        [it] italien
        [pl] polonais
       *[other] { $tag }
    }
language-in-use = Des motions de cette assemblée sont rédigées en { $languages } : cette langue reste parmi ses langues officielles.
labelled = { $label } :
minutes-in = Procès-verbal ({ $language })
translations-missing = Pas encore traduite en { $languages }, langue officielle.
narrative-in-every-language = L’exposé et les incidents figurent tels qu’écrits dans le procès-verbal de chaque langue officielle : si les statuts l’exigent, rédigez chaque paragraphe dans chaque langue.
remote-link-invalid = Le lien de participation à distance doit être une adresse web commençant par https:// (ou http://), sans espace.
convocation-not-now = La convocation part une fois l’assemblée convoquée et avant l’ouverture de sa séance ; l’assemblée est à l’état « { $state } ».
notice-on-its-way = Ce message est encore en cours d’envoi : il peut être renvoyé une fois envoyé ou en échec.
thing-notice = message
notice-convocation-subject = Convocation : { $title }
notice-greeting = Bonjour { $name },
notice-convened = { $organisation } est convoquée à l’assemblée générale { $kind ->
        [extraordinary] extraordinaire
       *[ordinary] ordinaire
    } : { $title }.
notice-when = Quand : { $at } (UTC)
notice-format = Format : { $format ->
        [in_person] en présentiel
        [remote] à distance
       *[hybrid] hybride (dans la salle ou à distance)
    }
notice-where = Où : { $venue }
notice-remote-link = Pour participer à distance :
notice-agenda = Ordre du jour
notice-agenda-later = L’ordre du jour suivra.
notice-rules = Quorum et majorités
notice-preset = { $kind ->
        [ordinary] Motions ordinaires
        [budget] Budget
        [membership] Décisions sur les membres
        [statutes] Modifications des statuts
        [dissolution] Dissolution
       *[other] { $kind }
    } : { $rules }
notice-proxy-heading = En cas d’empêchement
notice-proxy = Un membre de plein droit empêché peut confier son vote par procuration à un autre membre de plein droit, depuis sa page de délégué dans plenum ; un membre détient au plus { $cap ->
        [one] une procuration
       *[other] { $cap } procurations
    }.
notice-period-met = Cette convocation est envoyée { $given ->
        [one] { $given } jour
       *[other] { $given } jours
    } avant l’assemblée ; les statuts en demandent { $required }.
notice-period-short = Cette convocation est envoyée { $given ->
        [one] { $given } jour
       *[other] { $given } jours
    } avant l’assemblée, moins que les { $required } demandés par les statuts : l’assemblée pourra décider de siéger ou non.
notice-your-page = Votre page dans plenum (pointage, procurations, votes) :
notice-calendar-attached = L’assemblée est jointe comme rendez-vous d’agenda (assembly.ics).
notice-state-queued = En attente
notice-state-sent = Envoyé
notice-state-failed = Échec
notices-title = Convocations et messages
mail-off = L’envoi d’e-mails est désactivé sur ce plenum (mail_enabled) : les messages sont rédigés et conservés ici en attente, et aucun ne part avant son activation.
convocation-heading = La convocation
notice-sent-on = La convocation compte comme envoyée le { $date }.
send-convocation = Envoyer la convocation
send-convocation-warning = Chaque délégué de chaque organisation membre reçoit la convocation par e-mail, dans sa langue, avec l’ordre du jour et le rendez-vous d’agenda. La renvoyer l’envoie de nouveau à tous.
convoke-first = Convoquez d’abord l’assemblée depuis la page de présidence : la convocation part une fois l’assemblée convoquée.
unreachable = { $count ->
        [one] { $count } organisation membre n’a
       *[other] { $count } organisations membres n’ont
    } aucun compte de délégué à qui écrire
outbox-heading = Messages
outbox-counts = En attente : { $queued } · envoyés : { $sent } · en échec : { $failed }
outbox-empty = Aucun message n’a encore été envoyé pour cette assemblée.
recipient = Destinataire
server-answer = Réponse du serveur de messagerie
actions = Actions
attempts = { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    }
next-attempt = prochaine tentative le { $at }
send-again = Renvoyer
done-convocation-queued = La convocation est dans la file d’envoi.
done-notice-resent = Le message sera renvoyé.
remote-link-label = Participer à distance
account-inactive = Ce compte est désactivé : réactivez-le avant d’inviter son titulaire.
invitation-invalid = Ce lien ne fonctionne pas (ou plus) : un lien ne sert qu’une fois et pour un temps limité, et un lien plus récent le remplace. Demandez-en un nouveau au secrétariat.
invitation-subject = Votre accès à plenum
invitation-delegate = Vous êtes désigné·e délégué·e de { $organisation } dans plenum, où se tiennent les assemblées générales du réseau : pointage, procurations, prises de parole et votes.
invitation-role = Un compte a été créé pour vous dans plenum : { $role }.
invitation-login = Vous vous connectez avec votre adresse e-mail, { $email }.
invitation-choose = Choisissez votre mot de passe ici (le lien ne sert qu’une fois, jusqu’au { $until } UTC) :
invitation-no-password = Aucun mot de passe n’est jamais envoyé par e-mail, et personne ne vous demandera le vôtre.
invitation-not-you = Si vous n’attendiez pas ce message, ignorez-le : rien ne se passe sans le lien.
welcome-title = Choisissez votre mot de passe
welcome-for = Pour { $name }, qui se connecte avec { $email }.
password-again = Le même mot de passe, une seconde fois
save-password = Enregistrer le mot de passe
passwords-differ = Les deux mots de passe diffèrent : saisissez deux fois le même.
password-chosen = Votre mot de passe est enregistré : connectez-vous avec votre adresse e-mail et ce mot de passe.
send-invitation = Envoyer une invitation
done-invitation-sent = L’invitation est dans la file d’envoi : son lien ne sert qu’une fois, pour un temps limité.
first-password-hint = Ou laissez-le vide : plenum envoie à la personne un lien à usage unique pour choisir le sien.
invitation-spent = Le lien de cette invitation n’est plus conservé une fois envoyé : envoyez plutôt une nouvelle invitation.
