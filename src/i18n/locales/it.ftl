# I messaggi di plenum in italiano, tradotti da en.ftl (il riferimento).
#
# Glossary:
# General Assembly: Assemblea generale
# assembly: assemblea
# session (held/suspended/closed): seduta (in corso/sospesa/chiusa); "in session": in seduta
# convene / convocation: convocare / convocazione
# notice (of convocation): avviso di convocazione
# quorum (present or represented): quorum (membri effettivi presenti o rappresentati)
# proxy: delega; to give a proxy: conferire la delega
# proxy holder / grantor: delegatario / delegante
# full member: membro effettivo
# affiliate member: membro affiliato (con funzione consultiva, senza voto)
# suspended member: membro sospeso
# delegate: delegato
# secretariat: segreteria
# chair / the chair's casting vote: presidenza / voto decisivo della presidenza
# tellers: scrutatori
# roll call: appello nominale
# ballot / secret ballot: scheda / scrutinio segreto
# poll: votazione
# motion: mozione
# amendment: emendamento
# seconder / to second a motion: sostenitore / appoggiare una mozione
# admitted / not admitted: ammessa / non ammessa
# carried / rejected: approvata / respinta
# abstention / abstain: astensione / astenersi
# votes cast: voti espressi (le astensioni non sono voti espressi)
# majority (simple, two-thirds, absolute): maggioranza (semplice, dei due terzi, assoluta)
# tie: parità
# agenda / agenda item: ordine del giorno / punto all'ordine del giorno
# speakers' list / the floor: elenco degli iscritti a parlare / la parola (dare, avere la parola)
# minutes (draft / approved / sealed): verbale (bozza / approvato / sigillato)
# seal (cryptographic): sigillo; to seal: sigillare
# ledger: giornale di audit
# receipt: ricevuta
# auditor: revisore
# election / round / run-off / seats: elezione / turno / ballottaggio / seggi
# check-in desk / check-in code / to check in: banco di accreditamento / codice di accreditamento / accreditarsi
# register (of members): registro dei membri
# advisory opinion: parere consultivo
# (Forma: "lei" di cortesia minuscolo; istruzioni all'infinito; virgolette « ».)

## Errori (API e pagine).

bad-request = La richiesta non è valida: { $detail }.
invalid-json = Il corpo della richiesta non è un JSON valido per questa chiamata: { $detail }.
login-required = Effettuare prima l'accesso.
login-failed = L'indirizzo e-mail o la password non sono corretti.
login-rate-limited = Troppi accessi non riusciti. Attendere qualche minuto e riprovare.
session-expired = La sessione è scaduta. Effettuare di nuovo l'accesso.
csrf-mismatch = Il modulo è scaduto o non proviene da plenum. Ricaricare la pagina e riprovare.
too-many-streams = Questo accesso segue già il numero massimo di pagine in diretta. Chiuderne una e riprovare.
body-timeout = La richiesta ha impiegato troppo tempo ad arrivare. Riprovare.
method-not-allowed = Questo indirizzo non accetta { $method }; accetta { $allowed }.
role-required = Operazione riservata al ruolo: { $role }.
not-your-organisation = Si può agire solo per la propria organizzazione.
not-found = Elemento non trovato: { $what }.
affiliate-cannot-vote = { $org } è un membro affiliato: i membri affiliati partecipano con funzione consultiva e non votano.
suspended-cannot-vote = { $org } è un membro sospeso: può partecipare ma non vota.
not-eligible = L'organizzazione { $org } non era presente né rappresentata all'apertura di questa votazione, quindi non può parteciparvi.
already-voted = L'organizzazione { $org } ha già votato in questa votazione; il suo voto conta una sola volta.
poll-closed = Questa votazione è chiusa; non si accettano altri voti.
poll-already-open = Per questa mozione è già aperta una votazione.
poll-not-openable = Una votazione può essere aperta solo quando l'assemblea è in seduta (stato attuale: { $state }).
voting-not-in-session = I voti sono accettati solo quando l'assemblea è in seduta (stato attuale: { $state }).
illegal-transition = Un'assemblea nello stato «{ $from }» non può passare allo stato «{ $to }».
attendance-closed = Le presenze non possono essere registrate ora: lo stato dell'assemblea è «{ $state }».
proxies-closed = Non è possibile conferire una delega ora: lo stato dell'assemblea è «{ $state }».
speakers-closed = Non è possibile chiedere la parola ora: lo stato dell'assemblea è «{ $state }».
mode-not-allowed = { $mode ->
        [remote] La partecipazione a distanza
       *[in_person] La presenza in sala
    } non è possibile in un'assemblea tenuta { $format ->
        [remote] solo a distanza
       *[in_person] solo in presenza
    }.
already-checked-in = L'organizzazione { $org } è già accreditata.
not-checked-in = L'organizzazione { $org } non è accreditata.
in-person-by-desk = La presenza in sala è registrata dal banco di accreditamento: mostrare lì il proprio codice di accreditamento. Da qui ci si può accreditare a distanza.
assembly-closed-for-changes = L'assemblea è nello stato «{ $state }»: i suoi atti non possono più essere modificati.
still-open = L'assemblea non può essere chiusa finché ci sono votazioni aperte: chiudere prima { $what }.
duplicate-record = Questo record esiste già.
duplicate-account = Esiste già un account per { $email }.
duplicate-organisation = Un'organizzazione di nome { $names } è già nel registro dei membri.
duplicate-candidate-name = { $name } è già candidato a questa elezione.
invalid-country = «{ $country }» non è un codice paese di due lettere come BE o FR.
organisation-required = Un account di delegato deve essere collegato a un'organizzazione.
organisation-not-allowed = Un account con ruolo «{ $role }» non può essere collegato a un'organizzazione.
password-too-short = La password deve contenere almeno 10 caratteri.
invalid-fraction = La frazione non è valida: { $detail }.
chair-must-decide = La votazione è in parità e la regola prevede che decida la presidenza: indicare la decisione della presidenza per chiudere la votazione.
inconsistent-count = Il conteggio non torna; la votazione non è stata chiusa. Si prega di segnalarlo.
short-notice = L'avviso di convocazione è stato inviato { $given ->
        [one] { $given } giorno
       *[other] { $given } giorni
    } prima dell'assemblea; lo statuto ne richiede { $required }.
notice-date-missing = Per questa assemblea convocata non è registrata la data dell'avviso di convocazione.
agenda-needs-reason = L'assemblea è in seduta: l'ordine del giorno può essere modificato solo con decisione della presidenza, motivata a verbale.
agenda-final = L'assemblea è chiusa: il suo ordine del giorno non può più essere modificato.
motions-closed = L'assemblea è chiusa: non si possono più presentare mozioni.
agenda-order-mismatch = Il nuovo ordine deve elencare una e una sola volta ogni punto all'ordine del giorno di questa assemblea.
particulars-locked = L'assemblea è nello stato «{ $state }»: titolo, luogo, inizio, data dell'avviso di convocazione e lingue ufficiali non possono più essere modificati.
unknown-checkin-code = In questa assemblea nessuna organizzazione ha questo codice di accreditamento. Verificare il codice o cercare per nome.
ambiguous-checkin-code = Questo codice corrisponde a più organizzazioni; cercare per nome.
your-checkin-code = Codice di accreditamento da mostrare al banco:
check-in-by-code = Accreditamento con codice
checkin-code = Codice di accreditamento
in-the-room = In sala
remote-attendance = A distanza
represented-section = Rappresentate per delega
affiliates-advisory = Membri affiliati (consultivi)
absent-members = Assenti
represented-by = rappresentata da { $org }
register = Registro dei membri
add-organisation = Aggiungere un'organizzazione
add = Aggiungere
import-register = Importare un file del registro (CSV: name,country,kind[,status])
import = Importare
export-register = Esportare il registro in CSV
change = Modificare
reason = Motivo
reason-for-change = Motivo della modifica (conservato agli atti)
save-change = Salvare la modifica di { $org }
csv-text = Righe del registro, incollate dal file
joined-on = Adesione
import-done = Importazione eseguita. Nuove: { $created }; aggiornate: { $updated }; invariate: { $unchanged }.
import-line-error = Riga { $line }: { $message }
accounts = Account
disable = Disattivare
enable = Attivare
role = Ruolo
full = effettivo
affiliate = affiliato
active = attivo
suspended = sospeso
give-proxy = Delegare il voto della propria organizzazione a un altro membro effettivo
give-proxy-to = Delegatario
give-proxy-button = Conferire la delega
proxy-given = Il voto della sua organizzazione è delegato a { $org }.
revoke = Revocare
unknown-motion-kind = «{ $kind }» non è un tipo di mozione previsto; i tipi sono: { $kinds }.
only-voting-members-propose = L'organizzazione { $org } non è un membro effettivo attivo: non può presentare né appoggiare mozioni.
motion-deadline-passed = Il termine per la presentazione delle mozioni ({ $deadline }) è scaduto.
cannot-amend = La mozione «{ $title }» non può più essere emendata.
agenda-item-elsewhere = Il punto { $item } non è all'ordine del giorno di questa assemblea.
illegal-motion-move = Una mozione nello stato «{ $from }» non può passare allo stato «{ $to }».
second-only-submitted = Si può appoggiare solo una mozione presentata e non ancora ammessa.
cannot-second-own = Un'organizzazione non può appoggiare la propria mozione.
already-seconded = L'organizzazione { $org } ha già appoggiato questa mozione.
too-few-seconders = { $have ->
        [0] Questa mozione non ha sostenitori
        [one] Questa mozione ha { $have } sostenitore
       *[other] Questa mozione ha { $have } sostenitori
    }; per essere ammessa ne { $need ->
        [one] serve { $need }
       *[other] servono { $need }
    }.
only-proposer-withdraws = Solo l'organizzazione proponente o la segreteria possono ritirare questa mozione.
opinions-are-for-affiliates = I pareri consultivi sono riservati ai membri affiliati; i membri effettivi votano.
amendments-first = Gli emendamenti a questa mozione sono votati per primi.
motion-not-admitted = Si può mettere ai voti solo una mozione ammessa (stato attuale: { $state }).
counted-in-the-room = L'organizzazione { $org } è stata contata in sala per questa votazione; non può votare anche online.
already-voted-online = Hanno già votato online e quindi non sono contate in sala: { $orgs }.
teller-listed-twice = Un'organizzazione è spuntata due volte nel conteggio della sala: ciascuna è contata una sola volta.
teller-count-mismatch = I conteggi della sala ammontano a { $total }, ma { $listed ->
        [one] è elencata { $listed } organizzazione
       *[other] sono elencate { $listed } organizzazioni
    }.
tellers-already-recorded = I conteggi della sala per questa votazione sono già registrati.
not-a-tellers-poll = Questa votazione non è conteggiata dagli scrutatori.
not-eligible-in-room = Senza diritto di voto in questa votazione: { $orgs }.
not-in-the-room = Non presenti in sala, quindi non contate dagli scrutatori (contano solo le organizzazioni presenti di persona o rappresentate da un delegatario presente di persona): { $orgs }.
room-card-of = { $org } (delega detenuta da { $holder }, in sala)
another-session-held = È in corso la seduta di «{ $title }»: chiuderla prima; si tiene una seduta alla volta.
agenda-not-in-session = Un punto all'ordine del giorno può essere trattato solo durante la seduta (stato dell'assemblea: { $state }).
room-count-not-in-session = I conteggi della sala si registrano solo quando l'assemblea è in seduta (stato attuale: { $state }).
open-poll-on = la votazione su «{ $title }»
open-round-of = il turno { $round } dell'elezione «{ $title }»
receipt-required = Per modificare un voto segreto, indicare la ricevuta del voto che si sostituisce.
advisory-opinions = Pareri consultivi
floor-taken = Qualcuno ha già la parola; terminare prima il suo intervento.
speaker-state = Stato di questa richiesta di parola: { $state }.
you-have-the-floor = Ha la parola.
queue-position = È al numero { $position } dell'elenco degli iscritti a parlare.
in-the-queue = È nell'elenco degli iscritti a parlare.
already-on-the-list = L'organizzazione { $org } è già nell'elenco degli iscritti a parlare.
speakers = Interventi
ask-to-speak = Chiedere la parola
give-floor = Dare la parola
end-floor = Terminare
withdraw = Ritirare
now-speaking-label = Ha la parola:
none-yet = Ancora nessuno.
no-speakers = Nessuno ha chiesto la parola.
mode-in-person = in sala
mode-remote = a distanza
not-checked-in-short = non accreditata
affiliate-advisory = affiliato, consultivo
speaking-since = parla dalle { $time }
speaking-for = parla da { $time }
agenda = Ordine del giorno
no-agenda = L'ordine del giorno è vuoto.
now-discussed = in corso
take-up = Trattare
next-item = Punto successivo: { $title }
agenda-finished = Ordine del giorno esaurito
agenda-is-finished = L'ordine del giorno è esaurito.
show-every-organisation = Mostrare tutte le organizzazioni
copy-link = Copiare il link
other-displays = Link di proiezione di altre assemblee ancora attivi
tellers-tally = Organizzazioni spuntate: { $ticked }. Voti contati: { $counted }.
events-shown = Eventi visualizzati: { $count } (da #{ $first } a #{ $last }) su { $head } del giornale di audit.
seats-left-empty = { $election }: seggi ancora vacanti: { $empty }.
displays-still-live = Link di proiezione ancora attivi: { $count }. Il proiettore continua a mostrare l'assemblea chiusa finché non vengono revocati.
copied = Copiato
done-password-set = La nuova password è impostata e le sessioni dell'account sono terminate. Comunicare personalmente la password all'interessato.
set-password = Impostare una nuova password
set-password-hint = Per { $email }, che ha perso la password: tutte le sessioni dell'account terminano. Comunicare personalmente la nuova password, non per e-mail.
new-password = Nuova password (almeno 10 caratteri)
approve-after-close = Il verbale si approva e si sigilla dopo la chiusura dell'assemblea.
voting-now = In votazione
your-own-account = È il suo account: può modificarlo un altro membro della segreteria.
tellers-recorded = Il conteggio della sala è registrato ed è definitivo; alla chiusura della votazione il risultato lo riporta insieme ai voti online.
open-for = (aperta da { $time })
checkpoint-opened = Seduta aperta (o ripresa)
checkpoint-session-ended = Seduta sospesa o chiusa
checkpoint-minutes = Verbale approvato
how-to-vote = Modalità di voto
election-ballot = Elezione (scrutinio segreto)
hall-assembly-closed = L'assemblea è chiusa; i risultati sono definitivi.
verdict-carried = Approvata.
verdict-rejected = Respinta.
now-on-agenda = Ora all'ordine del giorno: { $item }
done-item-taken-up = L'ordine del giorno è avanzato: il proiettore e i telefoni dei delegati lo mostrano.
too-many-choices = Una scheda può indicare al massimo { $max ->
        [one] { $max } candidato
       *[other] { $max } candidati
    }.
unknown-candidate = Il candidato { $id } non è in lizza in questo turno.
duplicate-candidate = Il candidato { $id } è indicato due volte su questa scheda.
election-complete = Tutti i seggi di questa elezione sono assegnati.
roll-call = Appello nominale
secret-ballot = Scrutinio segreto
tellers-ballot = Scrutatori (in sala) e online
elections = Elezioni
round = Turno { $round }
runoff-needed = Parità per l'ultimo seggio: è necessario un ballottaggio.
seats-to-fill = Seggi da assegnare: { $seats }
round-ballots = Schede: { $ballots }, di cui bianche: { $abstentions }.
in-runoff = al ballottaggio
seats-still-to-fill = Seggi ancora da assegnare: { $seats }. Serve un altro turno.
result-secret = Scrutinio segreto: { $voted ->
        [one] ha votato { $voted } organizzazione
       *[other] hanno votato { $voted } organizzazioni
    }; nessuna scelta individuale è nota.
result-roll-call = Appello nominale: il voto di ciascuna organizzazione è riportato qui sotto.
result-tellers = Voti contati dagli scrutatori in sala, insieme alle schede espresse online; i voti online sono riportati qui sotto.
in-the-room-counted = In sala (scrutatori, { $orgs })
online = Online
everyone-voted = Tutte le organizzazioni hanno votato.
not-voted-yet = Non hanno ancora votato: { $names }.
not-voted-yet-more = Non hanno ancora votato: { $names } e { $more ->
        [one] un'altra
       *[other] altre { $more }
    }.
rules-before-opening = Per l'approvazione: { $majority }. Quorum: { $quorum }.
since-opened = Aperta dalle { $time }.
counted-where = Conteggio
together = Totale
elected = Eletti:
open-round = Aprire il turno successivo
choose-up-to = Scegliere fino a { $seats }; per astenersi, non sceglierne nessuno.
cast-ballot = Inviare la scheda
room-count = Conteggio in sala
room-count-who = Spuntare ogni organizzazione il cui cartellino è stato contato dagli scrutatori: il suo voto è quello della sala e non può più votare online in questa votazione.
find-organisation = Cercare un'organizzazione (nome o paese)
find = Cercare
find-by-name = Cercare un'organizzazione (parte del nome)
shown-of = Visualizzate: { $shown } su { $total }.
at = Ora
hash = Hash
proxy-document = Documento
more-to-find = { $more ->
        [one] E un'altra: usare la ricerca per trovarla.
       *[other] E altre { $more }: usare la ricerca per trovarle.
    }
register-list = Organizzazioni e account
find-in-register = Cercare (parte di un nome, un codice paese, un indirizzo e-mail)
showing-of = Organizzazioni da { $from } a { $to } su { $total }.
pages = Pagine
previous-page = Pagina precedente
earlier-events = Eventi precedenti
later-events = Eventi successivi
next-page = Pagina successiva
page-of = Pagina { $page } di { $pages }
more-accounts = { $more ->
        [one] E un altro account: usare la ricerca per trovarlo.
       *[other] E altri { $more } account: usare la ricerca per trovarli.
    }
record-room-count = Registrare il conteggio della sala
not-sealed-yet = Questa votazione non è ancora chiusa, quindi non ha un sigillo.
reason-required = Indicare il motivo: una modifica del tipo o dello stato richiede una motivazione agli atti.
invalid-rows = Il file contiene { $count ->
        [one] { $count } riga errata; non è stato importato nulla. Correggerla
       *[other] { $count } righe errate; non è stato importato nulla. Correggerle
    } e importare di nuovo il file.
row-unreadable = questa riga non può essere letta come CSV ({ $detail })
row-missing-header = la prima riga deve essere l'intestazione name,country,kind (e facoltativamente status)
row-field-count = attesi 3 o 4 campi (name,country,kind[,status]), trovati: { $count }
row-empty-name = il nome è vuoto
row-name-too-long = il nome supera i 200 caratteri
row-bad-country = «{ $country }» non è un codice paese di due lettere come BE o FR
row-bad-kind = «{ $kind }» non è un tipo valido: usare full o affiliate
row-bad-status = «{ $status }» non è uno stato valido: usare active o suspended
row-duplicate = lo stesso nome è già alla riga { $first }
proxy-to-itself = Un'organizzazione non può conferire la delega a sé stessa.
proxy-grantor-affiliate = L'organizzazione { $org } è un membro affiliato: non ha un voto da delegare.
proxy-holder-affiliate = L'organizzazione { $org } è un membro affiliato: una delega può essere conferita solo a un membro effettivo.
proxy-grantor-suspended = L'organizzazione { $org } è un membro sospeso: non ha un voto da delegare.
proxy-holder-suspended = L'organizzazione { $org } è un membro sospeso: non può detenere il voto di un altro membro.
proxy-grantor-present = L'organizzazione { $org } è accreditata e vota direttamente; la delega è per un membro che non può partecipare.
proxy-already-given = L'organizzazione { $org } ha già conferito la propria delega per questa assemblea; revocarla prima.
proxy-holder-is-grantor = L'organizzazione { $org } ha delegato il proprio voto; le deleghe non possono essere trasferite.
proxy-grantor-is-holder = L'organizzazione { $org } detiene deleghe di altri membri; le deleghe non possono essere trasferite.
proxy-cap-reached = L'organizzazione { $org } detiene già { $cap ->
        [one] { $cap } delega
       *[other] { $cap } deleghe
    }, il massimo consentito in questa assemblea.
represented-by-proxy = In questa votazione la sua organizzazione è rappresentata da { $org }: il delegatario vota per suo conto.
proxy-not-live = Questa delega è già stata revocata o è decaduta.
proxy-used = Questa delega è già stata usata per votare e non può più essere revocata.
proxy-in-open-poll = Una votazione o un turno di elezione ora aperto tiene conto di questa delega: il delegatario può ancora usarla lì. Revocarla dopo la chiusura.
internal = Si è verificato un errore da parte nostra; nulla è stato modificato. Riprovare.
database-unavailable = Il database non è raggiungibile in questo momento; nulla è stato modificato. Riprovare.
database-busy = Il database è occupato in questo momento; nulla è stato modificato. Riprovare tra poco.
text-with-nul = Il testo non può contenere il carattere NUL (U+0000).
unknown-reference = Il riferimento è a un'organizzazione, un'assemblea o un elemento inesistente; verificare gli identificativi indicati.
cannot-set-own-password = Non è possibile impostare qui la propria password: può farlo un altro membro della segreteria oppure, dalla riga di comando, chi gestisce il server.
cannot-disable-own-account = Non è possibile disattivare il proprio account; può farlo un altro membro della segreteria.
storage-full = Il disco del server è pieno, quindi nulla è stato salvato. La segreteria deve liberare spazio; poi riprovare.
text-forbidden-character = Il campo «{ $field }» contiene un carattere di controllo, di formattazione o invisibile ({ $code }), che plenum non memorizza: rimuoverlo e riprovare.
text-too-long = Il campo «{ $field }» supera { $max ->
        [one] { $max } carattere
       *[other] i { $max } caratteri
    }.
text-empty = Il campo «{ $field }» è vuoto.
name-mixed-scripts = Il campo «{ $field }» mescola lettere di alfabeti simili (come il latino con il cirillico o il greco): scriverlo in un solo alfabeto.
row-stacked-marks = il nome sovrappone accenti o segni diacritici su una stessa lettera
text-stacked-marks = Il campo «{ $field }» sovrappone più di { $max ->
        [one] { $max } accento o segno diacritico
       *[other] { $max } accenti o segni diacritici
    } su una stessa lettera: scriverlo come si legge.
name-looks-like = Il campo «{ $field }» appare identico al nome dell'organizzazione già registrata { $other }: scegliere un nome distinguibile.
name-ambiguous = Il campo «{ $field }» corrisponde a più organizzazioni registrate ({ $others }) e a nessuna esattamente: usare il nome esatto di una di esse.
row-forbidden-character = il nome contiene un carattere di controllo, di formattazione o invisibile ({ $code })
name-formula-start = Il campo «{ $field }» non può iniziare con { $first }: un foglio di calcolo che apre un'esportazione lo eseguirebbe come formula.
row-formula-start = il nome non può iniziare con { $first }: un foglio di calcolo lo eseguirebbe come formula
name-no-letter = Il campo «{ $field }» non contiene né lettere né cifre.
row-no-letter = il nome non contiene né lettere né cifre
row-mixed-scripts = il nome mescola lettere di alfabeti simili (come il latino con il cirillico o il greco)
row-looks-like = il nome appare identico a quello della riga { $first }
row-ambiguous = il nome corrisponde a più organizzazioni registrate ({ $names }) e a nessuna esattamente: usare il nome esatto di una di esse
too-many-motions = L'organizzazione { $org } ha già presentato { $max ->
        [one] { $max } mozione
       *[other] { $max } mozioni
    } a questa assemblea, il massimo consentito per un'organizzazione.
too-many-opinions = L'organizzazione { $org } ha già espresso { $max ->
        [one] { $max } parere
       *[other] { $max } pareri
    } in questa assemblea, il massimo consentito per un'organizzazione.
too-many-speaker-requests = L'organizzazione { $org } ha già chiesto la parola { $max ->
        [one] una volta
       *[other] { $max } volte
    } in questa assemblea, il massimo consentito per un'organizzazione.
too-many-proxies = Questa organizzazione ha già conferito { $max ->
        [one] { $max } delega
       *[other] { $max } deleghe
    } in questa assemblea, il massimo consentito; la segreteria può aiutare.
number-out-of-range = Il campo «{ $field }» deve essere compreso tra { $min } e { $max }.
row-looks-like-registered = il nome appare identico a quello dell'organizzazione già registrata { $name }, pur essendo diverso

## Le decisioni espresse a parole.
## $basis indica su che cosa si calcola la maggioranza: votes-cast (voti
## espressi), present (presenti o rappresentati) o all (tutti i membri effettivi).

tally-line = Favorevoli: { $yes }, contrari: { $no }, { $abstain ->
        [0] nessuna astensione
       *[other] astensioni: { $abstain }
    }.
# "più della metà", "almeno i due terzi"; $share è half, two-thirds,
# three-quarters, one-third, all oppure other (allora si indicano le cifre).
fraction = { $strict ->
        [yes] { $share ->
            [half] più della metà
            [two-thirds] più dei due terzi
            [three-quarters] più dei tre quarti
            [one-third] più di un terzo
            [all] la totalità
           *[other] più di { $numerator }/{ $denominator }
        }
       *[no] { $share ->
            [half] almeno la metà
            [two-thirds] almeno i due terzi
            [three-quarters] almeno i tre quarti
            [one-third] almeno un terzo
            [all] la totalità
           *[other] almeno { $numerator }/{ $denominator }
        }
    }
decision-needed = Soglia richiesta: { $fraction } { $basis ->
        [votes-cast] { $count ->
            [0] dei voti espressi (nessun voto espresso)
           *[other] dei voti espressi ({ $count })
        }
        [present] dei membri effettivi presenti o rappresentati ({ $count })
       *[all] di tutti i membri effettivi ({ $count })
    }, quindi almeno { $needed ->
        [one] { $needed } voto favorevole
       *[other] { $needed } voti favorevoli
    }{ $casting ->
        [yes] , compreso il voto decisivo della presidenza
       *[no] {""}
    }. { $basis ->
        [votes-cast] Le astensioni non sono voti espressi.
        [present] Un'astensione conta come voto non favorevole.
       *[all] Un'astensione o un'assenza conta come voto non favorevole.
    }
decision-no-quorum-required = Nessun quorum richiesto; membri effettivi presenti o rappresentati: { $counted } su { $full }.
decision-quorum-reached = Quorum raggiunto: membri effettivi presenti o rappresentati { $counted } su { $full }; minimo richiesto: { $required }.
decision-quorum-not-reached = Quorum non raggiunto: membri effettivi presenti o rappresentati { $counted } su { $full }; minimo richiesto: { $required }.
# Che cosa fa approvare una mozione, annunciato prima del voto; $tie è rejected o chair.
rules-majority = { $fraction } { $basis ->
        [votes-cast] dei voti espressi (le astensioni non contano)
        [present] dei membri effettivi presenti o rappresentati
       *[all] di tutti i membri effettivi
    }; { $tie ->
        [chair] in caso di parità decide la presidenza
       *[rejected] in caso di parità la mozione è respinta
    }
rules-quorum = { $fraction } dei membri effettivi, presenti o rappresentati
quorum-none-required = nessuno
organisations = { $count ->
        [0] nessuna organizzazione
        [one] { $count } organizzazione
       *[other] { $count } organizzazioni
    }

## Pagine.

app-name = plenum
log-in = Accedere
log-out = Uscire
email = E-mail
password = Password
logged-in-as = { $name } ({ $role })
role-secretariat = segreteria
role-auditor = revisore
role-teller = banco di accreditamento
role-delegate = delegato
add-delegate-for = Un delegato per { $org }
add-staff-account = Aggiungere un account per la segreteria, il banco di accreditamento o un revisore
replace-delegate = Sostituire
replace-delegate-hint = Il nuovo delegato subentra a { $email }, il cui account viene subito disattivato e disconnesso.
person-name = Nome
first-password = Prima password (almeno 10 caratteri; da comunicare all'interessato, che può mantenerla)
create-account = Creare l'account
no-assembly = Al momento non c'è alcuna assemblea aperta.
assembly-state = Stato: { $state }
check-in-remote = Accreditarsi (a distanza)
checked-in = La sua organizzazione è accreditata ({ $mode }).
not-checked-in-yet = La sua organizzazione non è ancora accreditata.
advisory-only = La sua organizzazione è un membro affiliato: lei partecipa e può prendere la parola, ma non vota.
suspended-only = La sua organizzazione è un membro sospeso: lei partecipa ma non vota.
open-polls = Votazioni aperte
no-open-poll = Al momento non è aperta alcuna votazione.
page-changed = La seduta è proseguita dopo la visualizzazione di questa pagina.
reload = Aggiornare
candidate = Candidato
approvals = Preferenze
elected-mark = eletto
vote-yes = Sì
vote-no = No
vote-abstain = Astensione
vote-recorded = Il voto della sua organizzazione è registrato. Ricevuta: { $receipt }
voting-for = Per delega, per conto di { $org }:
voting-for-own = Per la sua organizzazione, { $org }:
already-voted-here = La sua organizzazione ha votato in questa votazione.
already-voted-in-round = La sua organizzazione ha votato in questo turno.
round-of = { $election }, turno { $round }
why-not-affiliate = La sua organizzazione è un membro affiliato: segue la votazione e può prendere la parola, ma non vota.
why-not-suspended = La sua organizzazione è un membro sospeso: può partecipare, ma non vota.
why-not-absent = All'apertura di questa votazione la sua organizzazione non era né accreditata né rappresentata per delega, quindi non vi partecipa.
why-not-arrived-late = La sua organizzazione si è accreditata dopo l'apertura di questa votazione: votano solo le organizzazioni presenti o rappresentate all'apertura.
ballot-roll-call = Appello nominale: il voto di ciascuna organizzazione è pubblicato con il risultato.
ballot-secret = Scrutinio segreto: nessuno può vedere come ha votato la sua organizzazione, ma solo che ha votato.
ballot-tellers = Gli scrutatori contano i cartellini in sala; le organizzazioni che seguono online votano qui, e il voto di ciascuna di esse è pubblicato con il risultato.
ballot-election = Scrutinio segreto: nessuno può vedere chi ha scelto la sua organizzazione, ma solo che ha votato.
confirm-title = Confermare il voto
confirm-vote = Voto di { $org } su «{ $motion }»: { $choice }. Confermare?
confirm-round = Scheda di { $org } per «{ $election }»:
confirm-no-candidate = Nessun candidato: la scheda vale come astensione.
confirm-final = Una volta espresso, questo voto non può essere modificato.
confirm-changeable = L'assemblea consente di modificare un voto in seguito, con la sua ricevuta.
confirm-cast = Confermare: { $choice }
confirm-cast-ballot = Inviare questa scheda
change-ballot = Modificare la scheda
cancel = Annullare
voted-notice = Il suo voto su «{ $title }» è registrato. La ricevuta è riportata qui sotto.
your-receipts = Le sue ricevute
your-receipts-hint = Questo browser le conserva fino all'uscita. Dopo la chiusura di una votazione, una ricevuta dimostra che la relativa scheda è stata conteggiata.
receipt-for = per { $org }
receipt-cast-at = voto espresso alle { $time }
check-receipt = Verificare
check-receipt-once-closed = Sarà possibile verificarla qui dopo la chiusura della votazione.
receipt-label = Ricevuta:
your-choice = Voto: { $choice }
attendance = Presenze
present-count = { $present } su { $full } membri effettivi presenti o rappresentati
quorate = Quorum raggiunto
quorum-detail = Presenti: { $present }; rappresentati per delega: { $represented }; minimo richiesto: { $required }.
hall = Vista sala
not-quorate = Quorum non raggiunto
motions = Mozioni
open-poll = Aprire la votazione
close-poll = Chiudere la votazione
close-round = Chiudere il turno
room-count-checked = Le cifre sono state verificate: una volta registrato, il conteggio della sala non può essere modificato.
room-count-unchecked = Il conteggio della sala non è stato registrato: confermare prima che le cifre sono state verificate. Una volta registrato, non può essere modificato.
still-to-vote = Devono ancora votare: { $missing } su { $eligible }.
confirm-action = Confermare: { $action }
close-poll-warning = La chiusura conteggia le schede e sigilla il risultato: dopo non si accettano altre schede e il risultato non può essere modificato.
close-round-warning = La chiusura conteggia le schede del turno e ne sigilla il risultato: dopo non si accettano altre schede.
close-assembly-warning = La chiusura pone fine all'assemblea: niente più accreditamenti, voti o interventi, e l'assemblea non può essere riaperta. Segue il verbale.
approve-minutes-warning = L'approvazione congela il verbale nello stato attuale e lo sigilla: dopo non si può aggiungere né modificare nulla.
disable-account-warning = L'account di { $name } sarà subito disconnesso e non potrà più accedere finché non sarà riattivato.
disable-own-account-warning = È il suo account: la disconnessione sarà immediata.
leaves-warning = L'organizzazione { $org } lascia la sala: non conta più ai fini del quorum, e le votazioni aperte da ora in poi si svolgono senza di essa finché non si accredita di nuovo.
act-convene = Convocare l'assemblea
act-open-session = Aprire la seduta
act-suspend = Sospendere la seduta
act-resume = Riprendere la seduta
act-close-assembly = Chiudere l'assemblea
back-to-chair = Tornare alla pagina della presidenza
motion-draft = bozza
motion-submitted = presentata, in attesa di ammissione
motion-admitted = ammessa, pronta per la votazione
motion-voting = in votazione
motion-carried = approvata
motion-rejected = respinta
motion-withdrawn = ritirata
motion-state-not-admitted = non ammessa
speaker-speaking = ha la parola
speaker-queued = in attesa
votes-cast-so-far = Votanti: { $cast } su { $eligible }
result-link = Risultato
result = Risultato
move = Passare a: { $to }
desk = Banco di accreditamento
check-in-in-person = Accreditare (in sala)
check-out = Esce
present = presente ({ $mode })
absent = assente
organisation = Organizzazione
country = Paese
kind = Tipo
status = Stato
yes = Sì
no = No
abstain = Astensione
ballots = Schede
choice = Scelta
assemblies = Assemblee
auditor = Revisione
audit-events = Giornale di audit
chain-intact = La catena di { $count ->
        [one] { $count } evento
       *[other] { $count } eventi
    } è integra.
chain-broken = La catena è interrotta all'evento n. { $seq }.
ledger-holds = Il giornale di audit contiene { $count ->
        [one] { $count } evento
       *[other] { $count } eventi
    }.
check-chain = Verificare l'intera catena
chair = Presidenza
back = Indietro
assembly-over = Questa assemblea è chiusa: non si vota più e i risultati qui sotto sono definitivi. Il verbale seguirà dopo l'approvazione della segreteria; le sue ricevute restano qui sotto fino all'uscita.
assembly-over-minutes-approved = Questa assemblea è chiusa e il suo verbale è approvato: i risultati qui sotto sono definitivi e la segreteria diffonde il verbale. Le sue ricevute restano qui sotto fino all'uscita.
done-checked-in = Accreditamento effettuato.
done-proxy-given = La delega è stata conferita.
done-proxy-revoked = La delega è revocata: una volta presente, la sua organizzazione torna a votare direttamente.
done-asked-to-speak = La sua richiesta di parola è nell'elenco degli iscritti a parlare.
done-withdrawn = La sua richiesta di parola è ritirata.
done-floor-given = La parola è stata data.
done-floor-ended = L'intervento è terminato.
done-state-changed = Nuovo stato dell'assemblea: { $state }.
done-poll-opened = La votazione è aperta.
done-round-opened = Il turno è aperto.
done-round-closed = Il turno è chiuso e scrutinato.
done-arrived = L'organizzazione { $org } è accreditata, in sala.
done-left = L'organizzazione { $org } ha lasciato la sala.
done-room-counted = Il conteggio della sala è registrato.
done-organisation-added = L'organizzazione { $org } è stata aggiunta al registro dei membri.
done-organisation-changed = I dati dell'organizzazione { $org } sono stati modificati nel registro dei membri.
done-account-changed = L'account è stato modificato.
done-account-created = L'account è stato creato: comunicare l'indirizzo e la prima password all'interessato.
done-narrative-saved = Il resoconto è salvato.
done-incident-recorded = L'incidente è registrato.
done-minutes-approved = Il verbale è approvato e sigillato.
done-display-revoked = Il link di proiezione è revocato: lo schermo che lo mostrava si spegne.
projector = Proiettore
projector-hint = Un link di proiezione mostra la vista sala di questa assemblea sul proiettore senza alcun accesso personale: nessun nome di chi è connesso, nulla da cliccare. Crearne uno per ogni schermo; revocarlo quando l'assemblea è terminata o se il link è finito in mani sbagliate.
make-display = Creare un link di proiezione
display-made = Link di proiezione
display-made-hint = Aprire questo indirizzo sul computer del proiettore. È mostrato solo ora: copiarlo, oppure crearne un altro in seguito.
display-open-since = Link di proiezione creato il { $at }
revoke-display = Revocare
revoke-display-warning = Lo schermo che mostra questo link si oscura subito; per mostrare di nuovo la sala, creare un nuovo link e aprirlo su quello schermo.
queue-heading = Iscritti a parlare
session-suspended-notice = La seduta è sospesa.
session-suspended-for-delegates = La seduta è sospesa: non si può votare finché la presidenza non la riprende.
votes-wait-for-resume = Votazioni in attesa: la seduta è sospesa.
org-has-voted = L'organizzazione { $org } ha votato in questa votazione.
org-has-voted-in-round = L'organizzazione { $org } ha votato in questo turno.
tellers-in-room-hint = È in sala: alzare il cartellino per gli scrutatori. Votare qui solo se gli scrutatori non contano la sua organizzazione; dopo il voto qui, non potranno più contarla.
not-done-title = Operazione non eseguita
back-to-your-page = Tornare alla propria pagina
state-draft = in preparazione
state-convened = convocata
state-in-session = in seduta
state-suspended = sospesa
state-closed = chiusa
state-minutes-approved = verbale approvato
delegate = Delegato

## Verbale.

minutes-title = Verbale
narrative = Resoconto (Markdown): ciò che gli atti da soli non dicono
save-narrative = Salvare il resoconto
incident = Incidente
record-incident = Registrare l'incidente
approve-minutes = Approvare e sigillare il verbale
approve-minutes-hint = Dopo la chiusura dell'assemblea, l'approvazione congela il verbale nello stato attuale e lo sigilla con la chiave dell'istanza.
minutes-frozen = Il verbale di questa assemblea è approvato e sigillato; non può più essere modificato.
minutes-changed = Il verbale è cambiato durante l'approvazione. Rileggerlo e approvarlo di nuovo.
minutes-need-closed = Il verbale si approva dopo la chiusura dell'assemblea; stato attuale: { $state }.
approve-minutes-instead = Il verbale di un'assemblea si approva con l'apposita azione, che lo sigilla.

## L'area dei revisori e le ricevute.

subject = Oggetto
from = Dal
until = Al
filter = Filtrare
kind-hint = ad es. ballot. per tutti gli eventi relativi alle schede
public-key = Chiave pubblica dell'istanza (Ed25519)
public-key-hint = Ogni sigillo e ogni punto di controllo è firmato con questa chiave. Confrontarla con la chiave pubblicata dalla segreteria e passarla a plenum verify --public-key.
evidence-bundle = Pacchetto di prove (JSON)
verify-hint = Verificarlo offline, senza database e senza rete:
verify-guide = Che cosa dimostra la verifica, che cosa un pacchetto tralascia e perché: docs/AUDITING.md, fornito con plenum.
records-csv = Dati (CSV)
audit-assembly = Atti dell'assemblea
stays = Arrivi e uscite
arrived = Arrivo
left = Uscita
mode = Modalità
proxies = Deleghe
grantor = Delegante
holder = Delegatario
sealed-polls = Votazioni sigillate
sealed-rounds = Turni di elezione sigillati
seal = Sigillo
checkpoints = Punti di controllo firmati del giornale di audit
no-events = Nessun evento corrispondente.
receipt-check-title = Verificare una ricevuta
receipt-code = Codice della ricevuta
receipt-check-hint = Dopo la chiusura della votazione, la ricevuta dimostra che la scheda della sua organizzazione è nel risultato sigillato. Per uno scrutinio segreto dimostra solo questo, mai la scelta.
receipt-vote = Ricevuta del voto su «{ $title }».
receipt-included = Questa scheda è nel risultato sigillato. Sigillo: { $seal }
receipt-choice = L'appello nominale registra la scelta: { $choice }.
receipt-not-yet = La votazione è ancora aperta: l'inclusione è mostrata dopo la chiusura, così una ricevuta non consente di seguire lo scrutinio.
receipt-not-included = Questa votazione è chiusa, ma la scheda non è tra quelle sigillate. Informare i revisori.
receipt-unknown = Nessuna scheda corrisponde a questa ricevuta. Un voto modificato ha la ricevuta dell'ultima modifica.
receipt-later = Conservare questo codice. Dopo la chiusura, verificare che la scheda sia nel risultato sigillato:

## Lingue.

# Etichetta dell'elenco delle lingue in fondo a ogni pagina.
language-switcher = Lingua
unknown-language = «{ $tag }» non è una lingua di plenum; le lingue disponibili sono: { $tags }.
no-official-language = Indicare almeno una lingua ufficiale dell'assemblea.
not-an-official-language = Il verbale di questa assemblea è redatto nelle sue lingue ufficiali: { $official }. «{ $tag }» non è tra queste.
motion-language-not-official = Il testo di una mozione è presentato in una delle lingue ufficiali dell'assemblea: { $official }. «{ $tag }» non è tra queste; un testo in un'altra lingua può essere aggiunto come traduzione.
translation-of-itself = Il testo della mozione è già in questa lingua ({ $language }): è il testo che fa fede, non una traduzione.
translations-closed = La mozione è nello stato «{ $state }»: ciò che è sottoposto al voto dei membri non cambia più, comprese le traduzioni.

## Ciò che non è stato trovato («Elemento non trovato: { $what }.»).

thing-api-path = percorso API
thing-account = account
thing-agenda-item = punto all'ordine del giorno
thing-assembly = assemblea
thing-checkin-code = codice di accreditamento
thing-display = link di proiezione
thing-election-round = turno di elezione
thing-election = elezione
thing-export = esportazione
thing-motion = mozione
thing-organisation = organizzazione
thing-page = pagina
thing-poll = votazione
thing-proxy = delega
thing-receipt = ricevuta
thing-record = registrazione
thing-speaker-request = richiesta di parola
thing-round = turno
# Due ruoli o elementi, l'uno o l'altro: "segreteria o revisore".
either-or = { $a } o { $b }
speaker-done = ha parlato
speaker-withdrawn = ritirata

## Aggiunte successive.

in-the-record = Nel verbale (in inglese):
seal-label = sigillo
actor = Autore
payload = Dati

## Il verbale (PDF, HTML, Markdown), nelle lingue ufficiali dell'assemblea.
## I codici nei selettori ($kind, $format, $ballot, $state, $choice, $status)
## sono quelli degli atti: restano invariati; si traduce ciò che selezionano.

minutes-of = Verbale: { $title }
minutes-approved-sealed = Verbale approvato, sigillato il { $at }.
minutes-draft = Bozza di verbale: non ancora approvato.
minutes-assembly = Assemblea
minutes-assembly-line = { $title } ({ $kind ->
        [extraordinary] straordinaria
       *[ordinary] ordinaria
    }, { $format ->
        [in_person] in presenza
        [remote] a distanza
       *[hybrid] in forma ibrida
    })
minutes-called-for = Convocata per
minutes-session-opened = Apertura della seduta
minutes-closed = Chiusura
minutes-not-yet = non ancora
minutes-venue = Luogo
minutes-convocation = Convocazione
minutes-first-convocation = prima convocazione
minutes-second-convocation = seconda convocazione
minutes-notice-sent = Invio dell'avviso di convocazione
minutes-not-recorded = non registrato
minutes-quorum = Quorum
minutes-quorum-none = non richiesto
# $fraction è "più della metà", "almeno i due terzi", ...
minutes-quorum-of = { $fraction } dei membri effettivi
minutes-record-of-session = Svolgimento della seduta
minutes-attendance = Presenze
minutes-attendance-counts = { $full ->
        [one] { $full } membro effettivo
       *[other] { $full } membri effettivi
    }: { $room } in sala, { $remote } a distanza, { $represented } rappresentati per delega, { $absent } assenti. Membri affiliati presenti con funzione consultiva: { $affiliates }.
minutes-organisations = Organizzazioni
minutes-in-the-room = In sala
minutes-remote = A distanza
minutes-represented = Rappresentate per delega
minutes-represented-by = { $org } (rappresentata da { $holder })
minutes-absent = Assenti
minutes-affiliates = Membri affiliati (consultivi)
# Un elenco vuoto di organizzazioni o di nomi.
minutes-none = nessuno
minutes-proxies = Deleghe
minutes-grantor = Delegante
minutes-holder = Delegatario
minutes-state = Stato
# Lo stato di una delega; $closed vale "yes" dopo la chiusura dell'assemblea.
minutes-proxy-state = { $state ->
        [revoked] revocata
        [void] decaduta
       *[live] { $closed ->
            [yes] valida alla chiusura
           *[no] valida
        }
    }
minutes-item = Punto
minutes-agenda-kind = { $kind ->
        [information] comunicazione
        [discussion] discussione
        [election] elezione
       *[decision] deliberazione
    }
minutes-motions = Mozioni
# $kind è il tipo di mozione come lo chiama l'istanza (ordinary, budget, statutes...).
minutes-motion-heading = { $title } ({ $kind }): { $state }
minutes-proposed-by = Proposta da { $org }.
minutes-proposed-by-secretariat = Proposta dalla segreteria.
minutes-amends = Emendamento alla mozione «{ $title }».
minutes-reason-recorded = Motivazione agli atti: { $reason }
minutes-opinion = Parere consultivo di { $org }: { $text }
# $verdict è "Approvata." o "Respinta." (o, in inglese, la frase sigillata).
minutes-vote = Votazione ({ $ballot ->
        [secret] scrutinio segreto
        [tellers] conteggio degli scrutatori
       *[roll_call] appello nominale
    }, chiusa il { $at }): { $verdict }
minutes-counted = Conteggio
# $organisations è "1 organizzazione", "12 organizzazioni".
minutes-in-the-room-tellers = In sala (scrutatori, { $organisations })
minutes-at-vote = Al momento del voto: { $present } presenti e { $represented } rappresentati su { $full ->
        [one] { $full } membro effettivo
       *[other] { $full } membri effettivi
    }; aventi diritto al voto: { $eligible }.
minutes-seal = Sigillo { $seal }.
minutes-organisation = Organizzazione
minutes-vote-column = Voto
# Un voto per appello nominale nella tabella del verbale.
minutes-choice = { $choice ->
        [yes] sì
        [no] no
       *[abstain] astensione
    }
minutes-election-heading = { $title } ({ $seats ->
        [0] nessun seggio
        [one] { $seats } seggio
       *[other] { $seats } seggi
    })
# Una scheda che non indica nessuno è "bianca".
minutes-round = Turno { $round }: { $ballots ->
        [0] nessuna scheda
        [one] { $ballots } scheda
       *[other] { $ballots } schede
    }, di cui bianche: { $blank }; eletti: { $elected }.
minutes-round-runoff = Turno { $round }: { $ballots ->
        [0] nessuna scheda
        [one] { $ballots } scheda
       *[other] { $ballots } schede
    }, di cui bianche: { $blank }; eletti: { $elected }; in parità, ammessi al ballottaggio: { $runoff }.
minutes-candidate = Candidato
minutes-approvals = Preferenze
minutes-elected = Eletti: { $names }.
minutes-from = Dal
minutes-to = Al
minutes-incidents = Incidenti registrati dalla presidenza
minutes-incident = Incidente
minutes-sealed-with = Ogni risultato sopra riportato è sigillato con la chiave Ed25519 dell'istanza { $key }. I revisori possono verificarli offline con plenum verify.
minutes-footer = Verbale: { $title } · { $status ->
        [approved] approvato
       *[draft] bozza
    }
minutes-page = pagina { $page } di { $pages }

## Mozioni in più lingue.

# Sotto il testo di una mozione nel verbale: il nome della sua lingua e la sua impronta.
minutes-authoritative = Testo che fa fede ({ $language }); SHA-256 { $sha256 }.
minutes-translation = Traduzione ({ $language }) a cura di { $by }, { $at }; SHA-256 { $sha256 }.
# Sopra una mozione tradotta in una pagina: $language è il nome della lingua della traduzione, $at una data.
translation-by = Traduzione ({ $language }) a cura di { $by }, { $at }. Non è il testo che fa fede.
authoritative-text-in = Questo è il testo che fa fede (lingua: { $language }); non è stata aggiunta alcuna traduzione nella sua lingua.
show-authoritative-text = Leggere il testo che fa fede ({ $language })

## Rifiuti di quanto inserito.

number-at-least = Il campo «{ $field }» deve essere almeno { $min }.
number-too-large = Un numero inserito è troppo grande.
seats-above-candidates = I seggi sono più dei candidati ({ $candidates }): un'elezione assegna al massimo un seggio per candidato.
email-invalid = L'indirizzo e-mail non è valido.
only-delegate-replaced = Si può sostituire solo l'account di un delegato.
election-incomplete = Un'elezione richiede un titolo, almeno un seggio e almeno un candidato.
file-not-utf8 = Il file non è testo UTF-8: salvarlo come UTF-8 (in un foglio di calcolo, «CSV UTF-8») e riprovare.
form-field-invalid = Il campo «{ $field }» del modulo manca o non è valido: ricaricare la pagina e riprovare.
time-invalid = «{ $value }» non è una data con ora.
ballot-candidates-invalid = La scheda indica due volte un candidato, o uno che non si presenta in questo turno.

## I campi che un rifiuto nomina (tra virgolette dopo «Il campo»).

field-title = titolo
field-text = testo
field-reason = motivo
field-venue = luogo
field-name = nome
field-email = indirizzo e-mail
field-narrative = relazione
field-incident = incidente
field-document = documento
field-candidates = numero di candidati
field-seats = numero di seggi
field-opinion = parere
field-convocation = convocazione
field-proxy-cap = numero massimo di deleghe per delegato
field-majority-or-quorum = maggioranza o quorum
field-agenda-title = titolo del punto { $number } all'ordine del giorno
field-candidate-name = nome del candidato { $number }
field-choice = scelta
field-candidate = candidato
field-organisation = organizzazione
field-item = punto all'ordine del giorno
field-votes-yes = numero di voti favorevoli
field-votes-no = numero di voti contrari
field-votes-abstain = numero di astensioni
field-at = { $path }

## Le traduzioni di una mozione a cura della segreteria (pagina della presidenza).

translations-summary = Testo facente fede in { $language }; { $count ->
        [0] nessuna traduzione
        [one] una traduzione
       *[other] { $count } traduzioni
    }
translation-listed = aggiunta da { $by }, { $at }
translations-hint = Una traduzione può essere aggiunta o sostituita fino a quando la mozione è messa ai voti. Il testo in { $language } resta quello che fa fede; i delegati vedono ogni traduzione indicata come tale.
replace-translation = Sostituire la traduzione ({ $language })
translation-language = Lingua della traduzione
translation-title = Titolo tradotto
translation-text = Testo tradotto (Markdown)
add-translation = Aggiungere la traduzione
save-translation = Salvare la traduzione
done-translation-saved = La traduzione è salvata. I delegati che leggono la sua lingua ora la vedono, indicata come traduzione.

## Le lingue nominate in una frase.

language-name = { $tag ->
        [en] inglese
        [fr] francese
        [de] tedesco
        [es] spagnolo
        [it] italiano
        [pl] polacco
       *[other] { $tag }
    }
language-in-use = Alcune mozioni di questa assemblea sono redatte in { $languages }: questa lingua resta tra le sue lingue ufficiali.
labelled = { $label }:
minutes-in = Verbale ({ $language })
translations-missing = Non ancora tradotta in { $languages }, lingua ufficiale.
narrative-in-every-language = La relazione e gli incidenti compaiono così come sono scritti nel verbale di ogni lingua ufficiale: se lo statuto lo richiede, scrivere ogni paragrafo in ogni lingua.
remote-link-invalid = Il link per la partecipazione a distanza deve essere un indirizzo web che inizia con https:// (o http://), senza spazi.
convocation-not-now = L'avviso di convocazione si invia dopo la convocazione dell'assemblea e prima dell'apertura della seduta; l'assemblea è nello stato «{ $state }».
notice-on-its-way = Questo messaggio è ancora in corso di invio: si può inviare di nuovo una volta inviato o non riuscito.
thing-notice = messaggio
notice-convocation-subject = Convocazione: { $title }
notice-greeting = Gentile { $name },
notice-convened = { $organisation } è convocata all'assemblea generale { $kind ->
        [extraordinary] straordinaria
       *[ordinary] ordinaria
    }: { $title }.
notice-when = Quando: { $at } (UTC)
notice-format = Modalità: { $format ->
        [in_person] in presenza
        [remote] a distanza
       *[hybrid] ibrida (in sala o a distanza)
    }
notice-where = Dove: { $venue }
notice-remote-link = Per partecipare a distanza:
notice-agenda = Ordine del giorno
notice-agenda-later = L'ordine del giorno seguirà.
notice-rules = Quorum e maggioranze
notice-preset = { $kind ->
        [ordinary] Mozioni ordinarie
        [budget] Bilancio
        [membership] Decisioni sui membri
        [statutes] Modifiche dello statuto
        [dissolution] Scioglimento
       *[other] { $kind }
    }: { $rules }
notice-proxy-heading = In caso di impedimento
notice-proxy = Un membro effettivo che non può partecipare può delegare il proprio voto a un altro membro effettivo dalla sua pagina di delegato in plenum; un membro può avere al massimo { $cap ->
        [one] una delega
       *[other] { $cap } deleghe
    }.
notice-period-met = Questo avviso è inviato { $given ->
        [one] { $given } giorno
       *[other] { $given } giorni
    } prima dell'assemblea; lo statuto ne richiede { $required }.
notice-period-short = Questo avviso è inviato { $given ->
        [one] { $given } giorno
       *[other] { $given } giorni
    } prima dell'assemblea, meno dei { $required } richiesti dallo statuto: l'assemblea potrà decidere se procedere.
notice-your-page = La vostra pagina in plenum (registrazione, deleghe, votazioni):
notice-calendar-attached = L'assemblea è allegata come appuntamento di calendario (assembly.ics).
notice-state-queued = In coda
notice-state-sent = Inviato
notice-state-failed = Non riuscito
notices-title = Convocazioni e messaggi
mail-off = L'invio di e-mail è disattivato su questo plenum (mail_enabled): i messaggi sono composti e conservati qui in coda, e nessuno parte finché non viene attivato.
convocation-heading = La convocazione
notice-sent-on = L'avviso si considera inviato il { $date }.
send-convocation = Inviare la convocazione
send-convocation-warning = Ogni delegato di ogni organizzazione membro riceve la convocazione per e-mail, nella sua lingua, con l'ordine del giorno e l'appuntamento di calendario. Inviarla di nuovo la invia di nuovo a tutti.
convoke-first = Convocare prima l'assemblea dalla pagina della presidenza: la convocazione parte una volta convocata.
unreachable = { $count ->
        [one] { $count } organizzazione membro non ha
       *[other] { $count } organizzazioni membri non hanno
    } alcun account di delegato a cui scrivere
outbox-heading = Messaggi
outbox-counts = In coda: { $queued } · inviati: { $sent } · non riusciti: { $failed }
outbox-empty = Nessun messaggio è stato ancora inviato per questa assemblea.
recipient = Destinatario
server-answer = Risposta del server di posta
actions = Azioni
attempts = { $count ->
        [one] { $count } tentativo
       *[other] { $count } tentativi
    }
next-attempt = prossimo tentativo { $at }
send-again = Inviare di nuovo
done-convocation-queued = La convocazione è nella posta in uscita.
done-notice-resent = Il messaggio sarà inviato di nuovo.
remote-link-label = Partecipare a distanza
account-inactive = Questo account è disattivato: riattivarlo prima di invitarne il titolare.
invitation-invalid = Questo link non funziona (più): un link vale una sola volta e per un tempo limitato, e uno più recente lo sostituisce. Chiederne uno nuovo alla segreteria.
invitation-subject = Il vostro accesso a plenum
invitation-delegate = Siete stati nominati delegati di { $organisation } in plenum, dove si tengono le assemblee generali della rete: registrazione, deleghe, interventi e votazioni.
invitation-role = È stato creato per voi un account in plenum: { $role }.
invitation-login = Si accede con il proprio indirizzo e-mail, { $email }.
invitation-choose = Scegliete qui la vostra password (il link vale una sola volta, fino al { $until } UTC):
invitation-no-password = Nessuna password viene mai inviata per e-mail, e nessuno vi chiederà la vostra.
invitation-not-you = Se non vi aspettavate questo messaggio, ignoratelo: senza il link non succede nulla.
welcome-title = Scegliete la vostra password
welcome-for = Per { $name }, che accede con { $email }.
password-again = La stessa password di nuovo
save-password = Salvare la password
passwords-differ = Le due password sono diverse: digitare due volte la stessa.
password-chosen = La password è salvata: accedete con il vostro indirizzo e-mail e questa password.
send-invitation = Inviare un invito
done-invitation-sent = L'invito è nella posta in uscita: il suo link vale una sola volta, per un tempo limitato.
first-password-hint = Oppure lasciatela vuota: plenum invia alla persona un link monouso per sceglierne una propria.
invitation-spent = Il link di questo invito non è più conservato dopo l'invio: inviare invece un nuovo invito.
