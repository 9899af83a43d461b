# Die Meldungen von plenum auf Deutsch, übersetzt aus en.ftl (der Referenz).

# Glossary:
# General Assembly: Generalversammlung
# assembly: Versammlung
# session (held / suspended / closed): Sitzung (tagt / unterbrochen / geschlossen)
# convene / convocation: einberufen / Einberufung
# notice (of convocation): Einladung (Datum der Einladung)
# quorum (present or represented): Quorum (anwesend oder vertreten); quorate: beschlussfähig
# proxy: Vollmacht (Stimmrechtsvollmacht); to give a proxy: Vollmacht erteilen
# proxy holder / grantor: Vollmachtnehmer / Vollmachtgeber
# full member: ordentliches Mitglied
# affiliate member: assoziiertes Mitglied (beratend, ohne Stimmrecht)
# suspended member: suspendiertes Mitglied
# delegate: Delegierte/r (Plural: Delegierte)
# secretariat: Sekretariat
# chair / the chair's casting vote: Vorsitz / Stichentscheid des Vorsitzes
# tellers: Stimmenzähler; room count: Saalzählung; card: Stimmkarte
# roll call: namentliche Abstimmung
# ballot / secret ballot: Stimmzettel, Stimme / geheime Abstimmung (bei Wahlen: geheime Wahl)
# poll: Abstimmung (eröffnen / schließen)
# motion: Antrag
# amendment: Änderungsantrag
# seconder / to second a motion: unterstützende Organisation / einen Antrag unterstützen
# admitted / not admitted: zugelassen / nicht zugelassen
# carried / rejected: angenommen / abgelehnt
# abstention / abstain: Enthaltung / sich enthalten
# votes cast: abgegebene Stimmen (Enthaltungen zählen nicht als abgegebene Stimmen)
# majority (simple, two-thirds, absolute): Mehrheit (einfache, Zweidrittel-, absolute)
# tie: Stimmengleichheit
# agenda / agenda item: Tagesordnung / Tagesordnungspunkt
# speakers' list / request to speak: Redeliste / Wortmeldung
# the floor (give / has): das Wort (erteilen / hat das Wort)
# minutes (draft / approved / sealed): Protokoll (Entwurf / genehmigt / versiegelt)
# narrative (of the minutes): Erläuterungen
# seal (cryptographic): Siegel / versiegeln
# ledger: Prüfjournal (event: Ereignis; checkpoint: Kontrollpunkt)
# record: Aufzeichnung; "for the record": für das Protokoll
# receipt: Stimmbeleg
# auditor: Prüfer/in (Plural: Prüferinnen und Prüfer); audit area: Prüfung
# election / round / run-off / seats: Wahl / Wahlgang / Stichwahl / Sitze; candidate: Kandidatur
# check-in desk / check-in code / to check in: Akkreditierung / Akkreditierungscode / akkreditieren
# in the room / remote: im Saal / online
# register (of members): Mitgliederverzeichnis
# advisory opinion: beratende Stellungnahme
# display link (projector): Anzeigelink
# log in / log out / login session: anmelden / abmelden / Anmeldung
# Quotation marks: „…“

## Fehler (API und Seiten).

bad-request = Die Anfrage ist ungültig: { $detail }.
invalid-json = Der Inhalt der Anfrage ist für diesen Aufruf kein gültiges JSON: { $detail }.
login-required = Bitte melden Sie sich zuerst an.
login-failed = E-Mail-Adresse oder Passwort ist nicht korrekt.
login-rate-limited = Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es erneut.
session-expired = Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.
csrf-mismatch = Dieses Formular ist abgelaufen oder stammt nicht von plenum. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
too-many-streams = Diese Anmeldung verfolgt bereits so viele Live-Seiten wie zulässig. Schließen Sie eine davon und versuchen Sie es erneut.
body-timeout = Die Anfrage ist zu langsam eingegangen. Bitte versuchen Sie es erneut.
method-not-allowed = Diese Adresse akzeptiert { $method } nicht, sondern nur { $allowed }.
role-required = Dies ist nur mit der Rolle { $role } möglich.
not-your-organisation = Sie dürfen nur für Ihre eigene Organisation handeln.
not-found = { $what } nicht gefunden.
affiliate-cannot-vote = { $org } ist assoziiertes Mitglied: Assoziierte Mitglieder nehmen beratend teil und stimmen nicht ab.
suspended-cannot-vote = { $org } ist suspendiert: Die Teilnahme ist möglich, das Stimmrecht ruht.
not-eligible = { $org } war bei Eröffnung dieser Abstimmung weder anwesend noch vertreten und ist daher nicht stimmberechtigt.
already-voted = { $org } hat in dieser Abstimmung bereits abgestimmt; die Stimme zählt nur einmal.
poll-closed = Diese Abstimmung ist geschlossen; es werden keine Stimmen mehr angenommen.
poll-already-open = Über diesen Antrag läuft bereits eine Abstimmung.
poll-not-openable = Eine Abstimmung kann nur eröffnet werden, während die Versammlung tagt (Status: { $state }).
voting-not-in-session = Stimmen werden nur angenommen, während die Versammlung tagt (Status: { $state }).
illegal-transition = Eine Versammlung im Status „{ $from }“ kann nicht in den Status „{ $to }“ wechseln.
attendance-closed = Die Anwesenheit kann jetzt nicht erfasst werden: Der Status der Versammlung ist „{ $state }“.
proxies-closed = Eine Vollmacht kann jetzt nicht erteilt werden: Der Status der Versammlung ist „{ $state }“.
speakers-closed = Wortmeldungen sind jetzt nicht möglich: Der Status der Versammlung ist „{ $state }“.
mode-not-allowed = { $mode ->
        [remote] Die Online-Teilnahme
       *[in_person] Die Anwesenheit im Saal
    } ist bei einer Versammlung, die { $format ->
        [remote] nur online
       *[in_person] nur als Präsenzveranstaltung
    } stattfindet, nicht möglich.
already-checked-in = { $org } ist bereits akkreditiert.
not-checked-in = { $org } ist nicht akkreditiert.
in-person-by-desk = Die Anwesenheit im Saal wird an der Akkreditierung erfasst: Zeigen Sie dort Ihren Akkreditierungscode vor. Hier können Sie sich für die Online-Teilnahme akkreditieren.
assembly-closed-for-changes = Die Versammlung hat den Status „{ $state }“: Ihre Aufzeichnung ändert sich nicht mehr.
still-open = Die Versammlung kann nicht geschlossen werden, solange Abstimmungen offen sind: Schließen Sie zuerst { $what }.
duplicate-record = Dieser Eintrag existiert bereits.
duplicate-account = Für { $email } gibt es bereits ein Konto.
duplicate-organisation = Eine Organisation namens { $names } steht bereits im Mitgliederverzeichnis.
duplicate-candidate-name = { $name } kandidiert bei dieser Wahl bereits.
invalid-country = „{ $country }“ ist kein zweibuchstabiger Ländercode wie BE oder FR.
organisation-required = Ein Konto für Delegierte muss mit einer Organisation verknüpft sein.
organisation-not-allowed = Ein Konto mit der Rolle { $role } wird nicht mit einer Organisation verknüpft.
password-too-short = Das Passwort muss mindestens 10 Zeichen lang sein.
invalid-fraction = Der Bruch ist ungültig: { $detail }.
chair-must-decide = Es besteht Stimmengleichheit, und nach der Regel entscheidet der Vorsitz: Geben Sie den Stichentscheid des Vorsitzes an, um die Abstimmung zu schließen.
inconsistent-count = Die Auszählung geht nicht auf; die Abstimmung wurde nicht geschlossen. Bitte melden Sie diesen Fehler.
short-notice = Die Einladung wurde { $given ->
        [one] { $given } Tag
       *[other] { $given } Tage
    } vor der Versammlung versandt; die Satzung verlangt { $required ->
        [one] { $required } Tag
       *[other] { $required } Tage
    }.
notice-date-missing = Für diese einberufene Versammlung ist kein Datum der Einladung erfasst.
agenda-needs-reason = Die Versammlung tagt: Die Tagesordnung kann nur durch Entscheidung des Vorsitzes mit einer Begründung für das Protokoll geändert werden.
agenda-final = Die Versammlung ist geschlossen: Ihre Tagesordnung ändert sich nicht mehr.
motions-closed = Die Versammlung ist geschlossen: Es können keine Anträge mehr eingereicht werden.
agenda-order-mismatch = Die neue Reihenfolge muss jeden Tagesordnungspunkt dieser Versammlung genau einmal enthalten.
particulars-locked = Die Versammlung hat den Status „{ $state }“: Titel, Ort, Beginn, Datum der Einladung und offizielle Sprachen können nicht mehr geändert werden.
unknown-checkin-code = Keine Organisation hat diesen Akkreditierungscode für diese Versammlung. Prüfen Sie den Code oder suchen Sie nach dem Namen.
ambiguous-checkin-code = Dieser Code passt zu mehreren Organisationen; bitte suchen Sie nach dem Namen.
your-checkin-code = Ihr Akkreditierungscode für die Akkreditierung:
check-in-by-code = Mit Code akkreditieren
checkin-code = Akkreditierungscode
in-the-room = Im Saal
remote-attendance = Online
represented-section = Durch Vollmacht vertreten
affiliates-advisory = Assoziierte Mitglieder (beratend)
absent-members = Nicht anwesend
represented-by = vertreten durch { $org }
register = Mitgliederverzeichnis
add-organisation = Organisation hinzufügen
add = Hinzufügen
import-register = Verzeichnisdatei importieren (CSV: name,country,kind[,status])
import = Importieren
export-register = Verzeichnis als CSV exportieren
change = Ändern
reason = Begründung
reason-for-change = Begründung der Änderung (wird festgehalten)
save-change = Änderung für { $org } speichern
csv-text = Zeilen des Verzeichnisses, aus der Datei eingefügt
joined-on = Beitritt
import-done = Importiert: { $created } neu angelegt, { $updated } geändert, { $unchanged } unverändert.
import-line-error = Zeile { $line }: { $message }
accounts = Konten
disable = Deaktivieren
enable = Aktivieren
role = Rolle
full = ordentlich
affiliate = assoziiert
active = aktiv
suspended = suspendiert
give-proxy = Stimme Ihrer Organisation einem anderen ordentlichen Mitglied übertragen
give-proxy-to = Vollmachtnehmer
give-proxy-button = Vollmacht erteilen
proxy-given = Die Stimme Ihrer Organisation ist auf { $org } übertragen.
revoke = Widerrufen
unknown-motion-kind = „{ $kind }“ ist hier keine Antragsart; die Antragsarten sind: { $kinds }.
only-voting-members-propose = { $org } ist kein aktives ordentliches Mitglied und kann daher keine Anträge stellen oder unterstützen.
motion-deadline-passed = Die Antragsfrist ({ $deadline }) ist abgelaufen.
cannot-amend = Zu „{ $title }“ können keine Änderungsanträge mehr gestellt werden.
agenda-item-elsewhere = Tagesordnungspunkt { $item } steht nicht auf der Tagesordnung dieser Versammlung.
illegal-motion-move = Ein Antrag im Status „{ $from }“ kann nicht in den Status „{ $to }“ wechseln.
second-only-submitted = Nur ein eingereichter, noch nicht zugelassener Antrag kann unterstützt werden.
cannot-second-own = Eine Organisation kann ihren eigenen Antrag nicht unterstützen.
already-seconded = { $org } hat diesen Antrag bereits unterstützt.
too-few-seconders = Dieser Antrag hat { $have ->
        [0] keine unterstützende Organisation
        [one] { $have } unterstützende Organisation
       *[other] { $have } unterstützende Organisationen
    }; für die Zulassung { $need ->
        [one] ist { $need } erforderlich
       *[other] sind { $need } erforderlich
    }.
only-proposer-withdraws = Nur die antragstellende Organisation oder das Sekretariat kann diesen Antrag zurückziehen.
opinions-are-for-affiliates = Beratende Stellungnahmen sind assoziierten Mitgliedern vorbehalten; ordentliche Mitglieder stimmen ab.
amendments-first = Über die Änderungsanträge zu diesem Antrag wird zuerst abgestimmt.
motion-not-admitted = Nur über einen zugelassenen Antrag kann abgestimmt werden (Status dieses Antrags: { $state }).
counted-in-the-room = { $org } wurde in dieser Abstimmung im Saal gezählt und kann nicht zusätzlich online abstimmen.
already-voted-online = Bereits online abgestimmt, daher nicht im Saal gezählt: { $orgs }.
teller-listed-twice = Eine Organisation ist in der Saalzählung doppelt angekreuzt: Jede wird nur einmal gezählt.
teller-count-mismatch = Die Saalzählung ergibt zusammen { $total }, aber { $listed ->
        [one] { $listed } Organisation ist aufgeführt
       *[other] { $listed } Organisationen sind aufgeführt
    }.
tellers-already-recorded = Die Saalzählung für diese Abstimmung ist bereits erfasst.
not-a-tellers-poll = Diese Abstimmung wird nicht von Stimmenzählern ausgezählt.
not-eligible-in-room = In dieser Abstimmung nicht stimmberechtigt: { $orgs }.
not-in-the-room = Nicht im Saal, daher nicht von den Stimmenzählern gezählt (nur persönlich anwesend oder durch einen persönlich anwesenden Vollmachtnehmer vertreten): { $orgs }.
room-card-of = { $org } (Vollmacht bei { $holder }, im Saal)
another-session-held = „{ $title }“ tagt gerade: Schließen Sie zuerst diese Sitzung; es kann jeweils nur eine Sitzung stattfinden.
agenda-not-in-session = Ein Tagesordnungspunkt kann nur während der Sitzung aufgerufen werden (Status der Versammlung: { $state }).
room-count-not-in-session = Die Saalzählung wird nur erfasst, während die Versammlung tagt (Status: { $state }).
open-poll-on = die Abstimmung über „{ $title }“
open-round-of = Wahlgang { $round } der Wahl „{ $title }“
receipt-required = Um eine geheime Stimme zu ändern, geben Sie den Stimmbeleg der Stimme an, die sie ersetzt.
advisory-opinions = Beratende Stellungnahmen
floor-taken = Jemand hat das Wort; beenden Sie zuerst diesen Redebeitrag.
speaker-state = Status dieser Wortmeldung: { $state }.
you-have-the-floor = Sie haben das Wort.
queue-position = Sie sind Nummer { $position } auf der Redeliste.
in-the-queue = Sie stehen auf der Redeliste.
already-on-the-list = { $org } steht bereits auf der Redeliste.
speakers = Wortmeldungen
ask-to-speak = Zu Wort melden
give-floor = Wort erteilen
end-floor = Beenden
withdraw = Zurückziehen
now-speaking-label = Es spricht:
none-yet = Noch niemand.
no-speakers = Keine Wortmeldungen.
mode-in-person = im Saal
mode-remote = online
not-checked-in-short = nicht akkreditiert
affiliate-advisory = assoziiert, beratend
speaking-since = spricht seit { $time }
speaking-for = spricht seit { $time }
agenda = Tagesordnung
no-agenda = Die Tagesordnung ist leer.
now-discussed = aktuell
take-up = Aufrufen
next-item = Nächster Punkt: { $title }
agenda-finished = Tagesordnung abschließen
agenda-is-finished = Die Tagesordnung ist abgeschlossen.
show-every-organisation = Alle Organisationen anzeigen
copy-link = Link kopieren
other-displays = Noch gültige Anzeigelinks anderer Versammlungen
tellers-tally = Angekreuzte Organisationen: { $ticked }. Gezählte Stimmen: { $counted }.
events-shown = Angezeigt: { $count } (#{ $first } bis #{ $last }) von { $head ->
        [one] { $head } Ereignis
       *[other] { $head } Ereignissen
    } im Prüfjournal.
seats-left-empty = { $election }: noch unbesetzte Sitze: { $empty }.
displays-still-live = Noch gültige Anzeigelinks: { $count }. Der Projektor zeigt die geschlossene Versammlung weiter an, bis sie widerrufen sind.
copied = Kopiert
done-password-set = Das neue Passwort ist gesetzt, und alle Anmeldungen des Kontos sind beendet. Teilen Sie der Person das Passwort selbst mit.
set-password = Neues Passwort festlegen
set-password-hint = Für { $email } (Passwort verloren): Alle Anmeldungen des Kontos werden beendet. Teilen Sie das neue Passwort selbst mit, nicht per E-Mail.
new-password = Neues Passwort (mindestens 10 Zeichen)
approve-after-close = Das Protokoll wird genehmigt und versiegelt, sobald die Versammlung geschlossen ist.
voting-now = Laufende Abstimmung
your-own-account = Ihr eigenes Konto: Ein anderes Mitglied des Sekretariats kann es ändern.
tellers-recorded = Die Saalzählung ist erfasst. Sie ist endgültig; nach Schließen der Abstimmung zeigt das Ergebnis sie zusammen mit den Online-Stimmen.
open-for = (Dauer: { $time })
checkpoint-opened = Sitzung eröffnet (oder fortgesetzt)
checkpoint-session-ended = Sitzung unterbrochen oder geschlossen
checkpoint-minutes = Protokoll genehmigt
how-to-vote = Abstimmungsart
election-ballot = Wahl (geheim)
hall-assembly-closed = Die Versammlung ist geschlossen; die Ergebnisse sind endgültig.
verdict-carried = Angenommen.
verdict-rejected = Abgelehnt.
now-on-agenda = Aktueller Tagesordnungspunkt: { $item }
done-item-taken-up = Die Tagesordnung ist weitergerückt: Projektor und Telefone der Delegierten zeigen den neuen Punkt.
too-many-choices = Ein Stimmzettel nennt höchstens { $max ->
        [one] { $max } Kandidatur
       *[other] { $max } Kandidaturen
    }.
unknown-candidate = Kandidatur { $id } steht in diesem Wahlgang nicht zur Wahl.
duplicate-candidate = Kandidatur { $id } ist auf diesem Stimmzettel doppelt genannt.
election-complete = Alle Sitze dieser Wahl sind besetzt.
roll-call = Namentliche Abstimmung
secret-ballot = Geheime Abstimmung
tellers-ballot = Stimmenzähler (Saal) und online
elections = Wahlen
round = Wahlgang { $round }
runoff-needed = Stimmengleichheit um den letzten Sitz: Eine Stichwahl ist erforderlich.
seats-to-fill = Zu besetzende Sitze: { $seats }
round-ballots = Stimmzettel: { $ballots }, davon leer: { $abstentions }.
in-runoff = in der Stichwahl
seats-still-to-fill = Noch zu besetzende Sitze: { $seats }. Dafür ist ein weiterer Wahlgang nötig.
result-secret = Geheime Abstimmung: { $voted ->
        [one] { $voted } Organisation hat abgestimmt
       *[other] { $voted } Organisationen haben abgestimmt
    }; keine einzelne Stimme ist bekannt.
result-roll-call = Namentliche Abstimmung: Die Stimme jeder Organisation ist unten aufgeführt.
result-tellers = Von den Stimmenzählern im Saal gezählt, zusammen mit den online abgegebenen Stimmen; die Online-Stimmen sind unten aufgeführt.
in-the-room-counted = Im Saal (Stimmenzähler, { $orgs })
online = Online
everyone-voted = Alle Organisationen haben abgestimmt.
not-voted-yet = Noch nicht abgestimmt: { $names }.
not-voted-yet-more = Noch nicht abgestimmt: { $names } und { $more } weitere.
rules-before-opening = Zur Annahme erforderlich: { $majority }. Quorum: { $quorum }.
since-opened = Geöffnet um { $time }.
counted-where = Gezählt
together = Insgesamt
elected = Gewählt:
open-round = Nächsten Wahlgang eröffnen
choose-up-to = Wählen Sie bis zu { $seats } aus; ohne Auswahl gilt der Stimmzettel als Enthaltung.
cast-ballot = Stimmzettel abgeben
room-count = Saalzählung
room-count-who = Kreuzen Sie jede Organisation an, deren Stimmkarte die Stimmenzähler gezählt haben: Ihre Stimme gilt als im Saal abgegeben, und sie kann in dieser Abstimmung nicht mehr online abstimmen.
find-organisation = Organisation suchen (Name oder Land)
find = Suchen
find-by-name = Organisation suchen (Teil des Namens)
shown-of = { $shown } von { $total } angezeigt.
at = Zeitpunkt
hash = Hash
proxy-document = Dokument
more-to-find = Und { $more } weitere: Nutzen Sie die Suche.
register-list = Organisationen und Konten
find-in-register = Suchen (Teil eines Namens, Ländercode, E-Mail-Adresse)
showing-of = Organisationen { $from } bis { $to } von { $total }.
pages = Seiten
previous-page = Vorherige Seite
earlier-events = Frühere Ereignisse
later-events = Spätere Ereignisse
next-page = Nächste Seite
page-of = Seite { $page } von { $pages }
more-accounts = Und { $more ->
        [one] { $more } weiteres Konto
       *[other] { $more } weitere Konten
    }: Nutzen Sie die Suche.
record-room-count = Saalzählung erfassen
not-sealed-yet = Diese Abstimmung ist noch nicht geschlossen und daher nicht versiegelt.
reason-required = Bitte begründen Sie: Eine Änderung von Art oder Status erfordert eine Begründung für das Protokoll.
invalid-rows = Die Datei enthält { $count ->
        [one] { $count } fehlerhafte Zeile
       *[other] { $count } fehlerhafte Zeilen
    }; es wurde nichts importiert. Korrigieren Sie sie und importieren Sie die Datei erneut.
row-unreadable = diese Zeile kann nicht als CSV gelesen werden ({ $detail })
row-missing-header = die erste Zeile muss die Kopfzeile name,country,kind sein (optional mit status)
row-field-count = 3 oder 4 Felder erwartet (name,country,kind[,status]), aber { $count } gefunden
row-empty-name = der Name ist leer
row-name-too-long = der Name ist länger als 200 Zeichen
row-bad-country = „{ $country }“ ist kein zweibuchstabiger Ländercode wie BE oder FR
row-bad-kind = „{ $kind }“ ist keine gültige Art: verwenden Sie full oder affiliate
row-bad-status = „{ $status }“ ist kein gültiger Status: verwenden Sie active oder suspended
row-duplicate = derselbe Name steht bereits in Zeile { $first }
proxy-to-itself = Eine Organisation kann sich nicht selbst Vollmacht erteilen.
proxy-grantor-affiliate = { $org } ist assoziiertes Mitglied und hat keine Stimme zu übertragen.
proxy-holder-affiliate = { $org } ist assoziiertes Mitglied: Eine Vollmacht kann nur einem ordentlichen Mitglied erteilt werden.
proxy-grantor-suspended = { $org } ist suspendiert und hat keine Stimme zu übertragen.
proxy-holder-suspended = { $org } ist suspendiert und kann nicht die Stimme eines anderen Mitglieds führen.
proxy-grantor-present = { $org } ist akkreditiert und stimmt selbst ab; eine Vollmacht ist für Mitglieder gedacht, die nicht teilnehmen können.
proxy-already-given = { $org } hat für diese Versammlung bereits eine Vollmacht erteilt; widerrufen Sie diese zuerst.
proxy-holder-is-grantor = { $org } hat die eigene Stimme übertragen; Vollmachten können nicht weitergegeben werden.
proxy-grantor-is-holder = { $org } hält Vollmachten anderer Mitglieder; Vollmachten können nicht weitergegeben werden.
proxy-cap-reached = { $org } hält bereits { $cap ->
        [one] { $cap } Vollmacht
       *[other] { $cap } Vollmachten
    }, die Höchstzahl für diese Versammlung.
represented-by-proxy = Ihre Organisation wird in dieser Abstimmung von { $org } vertreten: Der Vollmachtnehmer stimmt für sie ab.
proxy-not-live = Diese Vollmacht wurde bereits widerrufen oder ist erloschen.
proxy-used = Mit dieser Vollmacht wurde bereits abgestimmt; sie kann nicht mehr widerrufen werden.
proxy-in-open-poll = Eine derzeit offene Abstimmung oder ein offener Wahlgang berücksichtigt diese Vollmacht: Der Vollmachtnehmer kann dort noch mit ihr abstimmen. Widerrufen Sie sie nach dem Schließen.
internal = Auf unserer Seite ist ein Fehler aufgetreten; es wurde nichts geändert. Bitte versuchen Sie es erneut.
database-unavailable = Die Datenbank ist derzeit nicht erreichbar; es wurde nichts geändert. Bitte versuchen Sie es erneut.
database-busy = Die Datenbank ist derzeit ausgelastet; es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.
text-with-nul = Der Text darf das Zeichen NUL (U+0000) nicht enthalten.
unknown-reference = Dies verweist auf eine Organisation, Versammlung oder einen Eintrag, die bzw. den es nicht gibt; prüfen Sie die angegebenen IDs.
cannot-set-own-password = Ihr eigenes Passwort können Sie hier nicht festlegen: Das kann ein anderes Mitglied des Sekretariats oder die für den Server zuständige Person über die Kommandozeile.
cannot-disable-own-account = Ihr eigenes Konto können Sie nicht deaktivieren; das kann ein anderes Mitglied des Sekretariats.
storage-full = Der Datenträger des Servers ist voll; es wurde nichts gespeichert. Das Sekretariat muss Speicherplatz freigeben; versuchen Sie es danach bitte erneut.
text-forbidden-character = Das Feld „{ $field }“ enthält ein Steuer-, Format- oder unsichtbares Zeichen ({ $code }), das plenum nicht speichert: Entfernen Sie es und versuchen Sie es erneut.
text-too-long = Das Feld „{ $field }“ ist länger als { $max } Zeichen.
text-empty = Das Feld „{ $field }“ ist leer.
name-mixed-scripts = Das Feld „{ $field }“ mischt Buchstaben ähnlich aussehender Schriften (etwa Lateinisch mit Kyrillisch oder Griechisch): Verwenden Sie eine einzige Schrift.
row-stacked-marks = der Name häuft Akzente oder diakritische Zeichen auf einem Buchstaben
text-stacked-marks = Das Feld „{ $field }“ häuft mehr als { $max ->
        [one] { $max } Akzent oder diakritisches Zeichen
       *[other] { $max } Akzente oder diakritische Zeichen
    } auf einem Buchstaben: Schreiben Sie es so, wie es gelesen wird.
name-looks-like = Das Feld „{ $field }“ gleicht dem bereits registrierten Namen von { $other }: Wählen Sie einen Namen, der sich davon unterscheiden lässt.
name-ambiguous = Das Feld „{ $field }“ passt zu mehreren registrierten Organisationen ({ $others }), aber zu keiner genau: Verwenden Sie den exakten Namen einer davon.
row-forbidden-character = der Name enthält ein Steuer-, Format- oder unsichtbares Zeichen ({ $code })
name-formula-start = Das Feld „{ $field }“ darf nicht mit { $first } beginnen: Eine Tabellenkalkulation würde es beim Öffnen eines Exports als Formel ausführen.
row-formula-start = der Name darf nicht mit { $first } beginnen: Eine Tabellenkalkulation würde ihn als Formel ausführen
name-no-letter = Das Feld „{ $field }“ enthält keinen Buchstaben und keine Ziffer.
row-no-letter = der Name enthält keinen Buchstaben und keine Ziffer
row-mixed-scripts = der Name mischt Buchstaben ähnlich aussehender Schriften (etwa Lateinisch mit Kyrillisch oder Griechisch)
row-looks-like = der Name gleicht dem in Zeile { $first }
row-ambiguous = der Name passt zu mehreren registrierten Organisationen ({ $names }), aber zu keiner genau: Verwenden Sie den exakten Namen einer davon
too-many-motions = { $org } hat bereits { $max ->
        [one] { $max } Antrag
       *[other] { $max } Anträge
    } zu dieser Versammlung eingereicht, die Höchstzahl je Organisation.
too-many-opinions = { $org } hat in dieser Versammlung bereits { $max ->
        [one] { $max } Stellungnahme
       *[other] { $max } Stellungnahmen
    } abgegeben, die Höchstzahl je Organisation.
too-many-speaker-requests = { $org } hat sich in dieser Versammlung bereits { $max ->
        [one] einmal
       *[other] { $max }-mal
    } zu Wort gemeldet, die Höchstzahl je Organisation.
too-many-proxies = Diese Organisation hat in dieser Versammlung bereits { $max ->
        [one] { $max } Vollmacht
       *[other] { $max } Vollmachten
    } erteilt, die zulässige Höchstzahl; das Sekretariat kann helfen.
number-out-of-range = Der Wert für „{ $field }“ muss zwischen { $min } und { $max } liegen.
row-looks-like-registered = der Name gleicht dem bereits registrierten Namen { $name }, ist aber nicht derselbe

## Entscheidungen in Worten.
## $basis gibt an, wovon die Mehrheit berechnet wird: votes-cast (abgegebene
## Stimmen), present (anwesend oder vertreten) oder all (alle ordentlichen Mitglieder).

tally-line = { $yes } dafür, { $no } dagegen, { $abstain ->
        [0] keine Enthaltung
        [one] { $abstain } Enthaltung
       *[other] { $abstain } Enthaltungen
    }.
# „mehr als die Hälfte“, „mindestens zwei Drittel“; $share ist half, two-thirds,
# three-quarters, one-third, all oder other (dann werden die Zahlen genannt).
fraction = { $strict ->
        [yes] mehr als
       *[no] mindestens
    } { $share ->
        [half] die Hälfte
        [two-thirds] zwei Drittel
        [three-quarters] drei Viertel
        [one-third] ein Drittel
        [all] die Gesamtheit
       *[other] { $numerator }/{ $denominator }
    }
decision-needed = Erforderlich: { $fraction } { $basis ->
        [votes-cast] { $count ->
            [0] der abgegebenen Stimmen (es wurde keine abgegeben)
            [one] der { $count } abgegebenen Stimme
           *[other] der { $count } abgegebenen Stimmen
        }
        [present] { $count ->
            [one] des { $count } anwesenden oder vertretenen ordentlichen Mitglieds
           *[other] der { $count } anwesenden oder vertretenen ordentlichen Mitglieder
        }
       *[all] { $count ->
            [one] des { $count } ordentlichen Mitglieds
           *[other] aller { $count } ordentlichen Mitglieder
        }
    }, also mindestens { $needed ->
        [one] { $needed } Ja-Stimme
       *[other] { $needed } Ja-Stimmen
    }{ $casting ->
        [yes] , den Stichentscheid des Vorsitzes eingerechnet
       *[no] {""}
    }. { $basis ->
        [votes-cast] Enthaltungen zählen nicht als abgegebene Stimmen.
        [present] Eine Enthaltung zählt als Nicht-Zustimmung.
       *[all] Enthaltung oder Abwesenheit zählt als Nicht-Zustimmung.
    }
decision-no-quorum-required = Kein Quorum erforderlich; anwesend oder vertreten waren { $counted } von { $full ->
        [one] { $full } ordentlichen Mitglied
       *[other] { $full } ordentlichen Mitgliedern
    }.
decision-quorum-reached = Quorum erreicht: { $counted } von { $full ->
        [one] { $full } ordentlichen Mitglied
       *[other] { $full } ordentlichen Mitgliedern
    } anwesend oder vertreten; mindestens { $required } erforderlich.
decision-quorum-not-reached = Quorum nicht erreicht: { $counted } von { $full ->
        [one] { $full } ordentlichen Mitglied
       *[other] { $full } ordentlichen Mitgliedern
    } anwesend oder vertreten; mindestens { $required } erforderlich.
# Was einen Antrag annimmt, vor der Abstimmung angekündigt; $tie ist rejected oder chair.
rules-majority = { $fraction } { $basis ->
        [votes-cast] der abgegebenen Stimmen (Enthaltungen zählen nicht)
        [present] der anwesenden oder vertretenen ordentlichen Mitglieder
       *[all] aller ordentlichen Mitglieder
    }; { $tie ->
        [chair] bei Stimmengleichheit entscheidet der Vorsitz
       *[rejected] bei Stimmengleichheit ist der Antrag abgelehnt
    }
rules-quorum = { $fraction } der ordentlichen Mitglieder anwesend oder vertreten
quorum-none-required = keines erforderlich
organisations = { $count ->
        [0] keine Organisation
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    }

## Seiten.

app-name = plenum
log-in = Anmelden
log-out = Abmelden
email = E-Mail
password = Passwort
logged-in-as = { $name } ({ $role })
role-secretariat = Sekretariat
role-auditor = Prüfer/in
role-teller = Akkreditierung
role-delegate = Delegierte/r
add-delegate-for = Delegierte/r für { $org }
add-staff-account = Konto für Sekretariat, Akkreditierung oder Prüfer/in anlegen
replace-delegate = Ersetzen
replace-delegate-hint = Die neue Person übernimmt von { $email }; dieses Konto wird sofort deaktiviert und abgemeldet.
person-name = Name
first-password = Erstes Passwort (mindestens 10 Zeichen; geben Sie es der Person, die es beibehalten kann)
create-account = Konto anlegen
no-assembly = Derzeit gibt es keine offene Versammlung.
assembly-state = Status: { $state }
check-in-remote = Akkreditieren (online)
checked-in = Ihre Organisation ist akkreditiert ({ $mode }).
not-checked-in-yet = Ihre Organisation ist noch nicht akkreditiert.
advisory-only = Ihre Organisation ist assoziiertes Mitglied: Sie nehmen teil und dürfen sprechen, stimmen aber nicht ab.
suspended-only = Ihre Organisation ist suspendiert: Sie nehmen teil, stimmen aber nicht ab.
open-polls = Offene Abstimmungen
no-open-poll = Derzeit ist keine Abstimmung offen.
page-changed = Die Sitzung ist weitergegangen, seit diese Seite angezeigt wurde.
reload = Aktualisieren
candidate = Kandidatur
approvals = Zustimmungen
elected-mark = gewählt
vote-yes = Ja
vote-no = Nein
vote-abstain = Enthaltung
vote-recorded = Die Stimme Ihrer Organisation ist erfasst. Stimmbeleg: { $receipt }
voting-for = Mit Vollmacht, für { $org }:
voting-for-own = Für Ihre Organisation, { $org }:
already-voted-here = Ihre Organisation hat in dieser Abstimmung abgestimmt.
already-voted-in-round = Ihre Organisation hat in diesem Wahlgang abgestimmt.
round-of = { $election }, Wahlgang { $round }
why-not-affiliate = Ihre Organisation ist assoziiertes Mitglied: Sie verfolgt die Abstimmung und darf sprechen, stimmt aber nicht ab.
why-not-suspended = Ihre Organisation ist suspendiert: Sie darf teilnehmen, stimmt aber nicht ab.
why-not-absent = Ihre Organisation war bei Eröffnung dieser Abstimmung weder akkreditiert noch durch Vollmacht vertreten und stimmt daher nicht mit ab.
why-not-arrived-late = Ihre Organisation wurde erst nach Eröffnung dieser Abstimmung akkreditiert: Stimmberechtigt sind nur die bei Eröffnung anwesenden oder vertretenen Organisationen.
ballot-roll-call = Namentliche Abstimmung: Wie jede Organisation abstimmt, wird mit dem Ergebnis veröffentlicht.
ballot-secret = Geheime Abstimmung: Niemand kann sehen, wie Ihre Organisation abgestimmt hat, nur dass sie abgestimmt hat.
ballot-tellers = Die Stimmenzähler zählen die Stimmkarten im Saal; online teilnehmende Organisationen stimmen hier ab, und ihre Stimmen werden mit dem Ergebnis veröffentlicht.
ballot-election = Geheime Wahl: Niemand kann sehen, wen Ihre Organisation gewählt hat, nur dass sie abgestimmt hat.
confirm-title = Stimme bestätigen
confirm-vote = Stimme von { $org } zu „{ $motion }“: { $choice }?
confirm-round = Stimmzettel von { $org } in „{ $election }“ abgeben:
confirm-no-candidate = Keine Kandidatur gewählt: Der Stimmzettel zählt als Enthaltung.
confirm-final = Nach der Abgabe kann diese Stimme nicht mehr geändert werden.
confirm-changeable = Die Versammlung erlaubt, eine Stimme später mit ihrem Stimmbeleg zu ändern.
confirm-cast = Abgeben: { $choice }
confirm-cast-ballot = Stimmzettel abgeben
change-ballot = Stimmzettel ändern
cancel = Abbrechen
voted-notice = Ihre Stimme zu „{ $title }“ ist erfasst. Der Stimmbeleg steht unten.
your-receipts = Ihre Stimmbelege
your-receipts-hint = Dieser Browser bewahrt sie bis zur Abmeldung auf. Nach Schließen einer Abstimmung zeigt ein Stimmbeleg, dass die Stimme gezählt wurde.
receipt-for = für { $org }
receipt-cast-at = abgegeben um { $time }
check-receipt = Prüfen
check-receipt-once-closed = Sie können ihn hier prüfen, sobald die Abstimmung geschlossen ist.
receipt-label = Stimmbeleg:
your-choice = Ihre Stimme: { $choice }
attendance = Anwesenheit
present-count = { $present } von { $full ->
        [one] { $full } ordentlichen Mitglied
       *[other] { $full } ordentlichen Mitgliedern
    } anwesend oder vertreten
quorate = Beschlussfähig
quorum-detail = { $present } anwesend, { $represented } durch Vollmacht vertreten; { $required } erforderlich.
hall = Saalansicht
not-quorate = Nicht beschlussfähig
motions = Anträge
open-poll = Abstimmung eröffnen
close-poll = Abstimmung schließen
close-round = Wahlgang schließen
room-count-checked = Diese Zahlen sind geprüft: Nach dem Erfassen kann die Saalzählung nicht mehr geändert werden.
room-count-unchecked = Die Saalzählung wurde nicht erfasst: Bestätigen Sie zuerst, dass die Zahlen geprüft sind. Nach dem Erfassen kann sie nicht mehr geändert werden.
still-to-vote = Noch ausstehend: { $missing } von { $eligible }.
confirm-action = Bestätigen: { $action }
close-poll-warning = Beim Schließen werden die Stimmen ausgezählt und das Ergebnis versiegelt: Danach wird keine Stimme mehr angenommen, und das Ergebnis kann nicht mehr geändert werden.
close-round-warning = Beim Schließen werden die Stimmzettel des Wahlgangs ausgezählt und sein Ergebnis versiegelt: Danach wird kein Stimmzettel mehr angenommen.
close-assembly-warning = Das Schließen beendet die Versammlung: keine Akkreditierungen, Stimmen oder Wortmeldungen mehr, und sie kann nicht wieder eröffnet werden. Als Nächstes folgt das Protokoll.
approve-minutes-warning = Mit der Genehmigung wird das Protokoll im aktuellen Stand eingefroren und versiegelt: Danach kann nichts mehr hinzugefügt oder geändert werden.
disable-account-warning = { $name } wird sofort abgemeldet und kann sich erst wieder anmelden, wenn das Konto wieder aktiviert ist.
disable-own-account-warning = Dies ist Ihr eigenes Konto: Sie werden sofort abgemeldet.
leaves-warning = { $org } verlässt den Saal: Die Organisation zählt nicht mehr zum Quorum, und ab jetzt eröffnete Abstimmungen finden ohne sie statt, bis sie erneut akkreditiert ist.
act-convene = Versammlung einberufen
act-open-session = Sitzung eröffnen
act-suspend = Sitzung unterbrechen
act-resume = Sitzung fortsetzen
act-close-assembly = Versammlung schließen
back-to-chair = Zurück zur Seite des Vorsitzes
motion-draft = Entwurf
motion-submitted = eingereicht, Zulassung ausstehend
motion-admitted = zugelassen, bereit zur Abstimmung
motion-voting = in Abstimmung
motion-carried = angenommen
motion-rejected = abgelehnt
motion-withdrawn = zurückgezogen
motion-state-not-admitted = nicht zugelassen
speaker-speaking = hat das Wort
speaker-queued = wartet
votes-cast-so-far = Abgestimmt: { $cast } von { $eligible }
result-link = Ergebnis
result = Ergebnis
move = Status ändern: { $to }
desk = Akkreditierung
check-in-in-person = Akkreditieren (im Saal)
check-out = Verlässt den Saal
present = anwesend ({ $mode })
absent = abwesend
organisation = Organisation
country = Land
kind = Art
status = Status
yes = Ja
no = Nein
abstain = Enthaltung
ballots = Stimmzettel
choice = Stimme
assemblies = Versammlungen
auditor = Prüfung
audit-events = Prüfjournal
chain-intact = Die Kette aus { $count ->
        [one] { $count } Ereignis
       *[other] { $count } Ereignissen
    } ist intakt.
chain-broken = Die Kette ist bei Ereignis { $seq } unterbrochen.
ledger-holds = Das Prüfjournal enthält { $count ->
        [one] { $count } Ereignis
       *[other] { $count } Ereignisse
    }.
check-chain = Gesamte Kette prüfen
chair = Vorsitz
back = Zurück
assembly-over = Diese Versammlung ist geschlossen: Es wird nichts mehr abgestimmt, und die Ergebnisse unten sind endgültig. Das Protokoll folgt, sobald das Sekretariat es genehmigt hat; Ihre Stimmbelege bleiben bis zur Abmeldung unten sichtbar.
assembly-over-minutes-approved = Diese Versammlung ist geschlossen und ihr Protokoll genehmigt: Die Ergebnisse unten sind endgültig, und das Sekretariat stellt das Protokoll zur Verfügung. Ihre Stimmbelege bleiben bis zur Abmeldung unten sichtbar.
done-checked-in = Sie sind akkreditiert.
done-proxy-given = Ihre Vollmacht ist erteilt.
done-proxy-revoked = Ihre Vollmacht ist widerrufen: Ihre Organisation stimmt wieder selbst ab, sobald sie anwesend ist.
done-asked-to-speak = Ihre Wortmeldung steht auf der Redeliste.
done-withdrawn = Ihre Wortmeldung ist zurückgezogen.
done-floor-given = Das Wort ist erteilt.
done-floor-ended = Der Redebeitrag ist beendet.
done-state-changed = Neuer Status der Versammlung: { $state }.
done-poll-opened = Die Abstimmung ist eröffnet.
done-round-opened = Der Wahlgang ist eröffnet.
done-round-closed = Der Wahlgang ist geschlossen und ausgezählt.
done-arrived = { $org } ist akkreditiert, im Saal.
done-left = { $org } hat den Saal verlassen.
done-room-counted = Die Saalzählung ist erfasst.
done-organisation-added = { $org } ist in das Mitgliederverzeichnis aufgenommen.
done-organisation-changed = Der Eintrag von { $org } im Mitgliederverzeichnis ist geändert.
done-account-changed = Das Konto ist geändert.
done-account-created = Das Konto ist angelegt: Teilen Sie der Person die Adresse und das erste Passwort mit.
done-narrative-saved = Die Erläuterungen sind gespeichert.
done-incident-recorded = Der Vorfall ist erfasst.
done-minutes-approved = Das Protokoll ist genehmigt und versiegelt.
done-display-revoked = Der Anzeigelink ist widerrufen: Der Bildschirm, der ihn zeigt, hört auf anzuzeigen.
projector = Projektor
projector-hint = Ein Anzeigelink zeigt die Saalansicht dieser Versammlung auf dem Projektor, ohne dass sich jemand anmeldet: keine Namen angemeldeter Personen, nichts zum Anklicken. Erstellen Sie einen für jeden Bildschirm; widerrufen Sie ihn, wenn die Versammlung vorbei ist oder der Link in falsche Hände geraten ist.
make-display = Anzeigelink erstellen
display-made = Anzeigelink
display-made-hint = Öffnen Sie diese Adresse auf dem Computer des Projektors. Sie wird nur jetzt angezeigt: Kopieren Sie sie oder erstellen Sie später einen neuen Link.
display-open-since = Anzeigelink erstellt: { $at }
revoke-display = Widerrufen
revoke-display-warning = Der Bildschirm mit diesem Link wird sofort leer; um die Saalansicht wieder zu zeigen, erstellen Sie einen neuen Link und öffnen ihn dort.
queue-heading = Redeliste
session-suspended-notice = Die Sitzung ist unterbrochen.
session-suspended-for-delegates = Die Sitzung ist unterbrochen: Bis der Vorsitz sie fortsetzt, kann nicht abgestimmt werden.
votes-wait-for-resume = Abstimmungen ruhen: Die Sitzung ist unterbrochen.
org-has-voted = { $org } hat in dieser Abstimmung abgestimmt.
org-has-voted-in-round = { $org } hat in diesem Wahlgang abgestimmt.
tellers-in-room-hint = Sie sind im Saal: Heben Sie Ihre Stimmkarte für die Stimmenzähler. Stimmen Sie hier nur ab, wenn die Stimmenzähler Sie nicht zählen; sobald Sie hier abgestimmt haben, können sie Sie nicht mehr zählen.
not-done-title = Das war nicht möglich
back-to-your-page = Zurück zu Ihrer Seite
state-draft = Entwurf
state-convened = einberufen
state-in-session = in Sitzung
state-suspended = unterbrochen
state-closed = geschlossen
state-minutes-approved = Protokoll genehmigt
delegate = Delegierte/r

## Protokoll.

minutes-title = Protokoll
narrative = Erläuterungen (Markdown): was aus der Aufzeichnung allein nicht hervorgeht
save-narrative = Erläuterungen speichern
incident = Vorfall
record-incident = Vorfall erfassen
approve-minutes = Protokoll genehmigen und versiegeln
approve-minutes-hint = Sobald die Versammlung geschlossen ist, friert die Genehmigung das Protokoll im aktuellen Stand ein und versiegelt es mit dem Schlüssel der Instanz.
minutes-frozen = Das Protokoll dieser Versammlung ist genehmigt und versiegelt; es ändert sich nicht mehr.
minutes-changed = Das Protokoll hat sich während der Genehmigung geändert. Bitte prüfen Sie es und genehmigen Sie es erneut.
minutes-need-closed = Das Protokoll wird genehmigt, sobald die Versammlung geschlossen ist; ihr Status ist „{ $state }“.
approve-minutes-instead = Das Protokoll einer Versammlung wird mit einer eigenen Aktion genehmigt, die es versiegelt.

## Bereich der Prüfer/innen und Stimmbelege.

subject = Gegenstand
from = Von
until = Bis
filter = Filtern
kind-hint = z. B. ballot. für alle Ereignisse zu Stimmen
public-key = Öffentlicher Schlüssel der Instanz (Ed25519)
public-key-hint = Jedes Siegel und jeder Kontrollpunkt ist mit diesem Schlüssel signiert. Vergleichen Sie ihn mit dem vom Sekretariat veröffentlichten Schlüssel und übergeben Sie ihn an plenum verify --public-key.
evidence-bundle = Beweispaket (JSON)
verify-hint = Offline prüfen, ohne Datenbank und ohne Netzwerk:
verify-guide = Was die Prüfung belegt, was ein Paket auslässt und warum: docs/AUDITING.md, mit plenum ausgeliefert.
records-csv = Aufzeichnungen (CSV)
audit-assembly = Aufzeichnung der Versammlung
stays = Ankünfte und Abgänge
arrived = Angekommen
left = Gegangen
mode = Teilnahmeform
proxies = Vollmachten
grantor = Vollmachtgeber
holder = Vollmachtnehmer
sealed-polls = Versiegelte Abstimmungen
sealed-rounds = Versiegelte Wahlgänge
seal = Siegel
checkpoints = Signierte Kontrollpunkte des Prüfjournals
no-events = Keine passenden Ereignisse.
receipt-check-title = Stimmbeleg prüfen
receipt-code = Code des Stimmbelegs
receipt-check-hint = Nach Schließen der Abstimmung zeigt Ihr Stimmbeleg, dass die Stimme Ihrer Organisation im versiegelten Ergebnis enthalten ist. Bei einer geheimen Abstimmung belegt er nur das, nie die Stimme selbst.
receipt-vote = Ein Stimmbeleg der Abstimmung über „{ $title }“.
receipt-included = Diese Stimme ist im versiegelten Ergebnis enthalten. Siegel: { $seal }
receipt-choice = Laut Aufzeichnung der namentlichen Abstimmung lautet die Stimme: { $choice }.
receipt-not-yet = Die Abstimmung ist noch offen: Ob die Stimme enthalten ist, wird erst nach dem Schließen angezeigt, damit ein Stimmbeleg die Auszählung nicht mitverfolgen kann.
receipt-not-included = Diese Abstimmung ist geschlossen, aber die Stimme ist nicht unter den versiegelten. Bitte informieren Sie die Prüferinnen und Prüfer.
receipt-unknown = Keine Stimme hat diesen Stimmbeleg. Bei einer geänderten Stimme gilt der Stimmbeleg der letzten Änderung.
receipt-later = Bewahren Sie diesen Code auf. Prüfen Sie nach dem Schließen, ob Ihre Stimme im versiegelten Ergebnis enthalten ist:

## Sprachen.

# Die Beschriftung der Sprachauswahl am Fuß jeder Seite.
language-switcher = Sprache
unknown-language = „{ $tag }“ ist keine Sprache von plenum; verfügbar sind: { $tags }.
no-official-language = Geben Sie mindestens eine offizielle Sprache der Versammlung an.
not-an-official-language = Das Protokoll dieser Versammlung wird in ihren offiziellen Sprachen geführt: { $official }. „{ $tag }“ gehört nicht dazu.
motion-language-not-official = Der Text eines Antrags wird in einer der offiziellen Sprachen der Versammlung eingereicht: { $official }. „{ $tag }“ gehört nicht dazu; ein Text in einer anderen Sprache kann als Übersetzung hinzugefügt werden.
translation-of-itself = Der eigene Text des Antrags ist der in dieser Sprache ({ $language }): Er ist der maßgebliche Text, keine Übersetzung.
translations-closed = Der Antrag ist { $state }: Worüber die Mitglieder abstimmen, ändert sich nicht mehr, auch nicht die Übersetzungen.

## Was nicht gefunden wurde („{ $what } nicht gefunden.“).

thing-api-path = API-Pfad
thing-account = Konto
thing-agenda-item = Tagesordnungspunkt
thing-assembly = Versammlung
thing-checkin-code = Akkreditierungscode
thing-display = Anzeigelink
thing-election-round = Wahlgang
thing-election = Wahl
thing-export = Export
thing-motion = Antrag
thing-organisation = Organisation
thing-page = Seite
thing-poll = Abstimmung
thing-proxy = Vollmacht
thing-receipt = Stimmbeleg
thing-record = Eintrag
thing-speaker-request = Wortmeldung
thing-round = Wahlgang
# Zwei Rollen oder Dinge, von denen eines genügt: „Sekretariat oder Prüfer/in“.
either-or = { $a } oder { $b }
speaker-done = hat gesprochen
speaker-withdrawn = zurückgezogen

## Spätere Ergänzungen.

in-the-record = Im Protokoll (auf Englisch):
seal-label = Siegel
actor = Akteur
payload = Daten

## Das Protokoll (PDF, HTML, Markdown) in den offiziellen Sprachen der Versammlung.
## Die Codes in Selektoren ($kind, $format, $ballot, $state, $choice, $status)
## stammen aus der Aufzeichnung; sie bleiben unverändert, übersetzt wird nur, was sie auswählen.

minutes-of = Protokoll: { $title }
minutes-approved-sealed = Genehmigtes Protokoll, versiegelt am { $at }.
minutes-draft = Protokollentwurf: noch nicht genehmigt.
minutes-assembly = Versammlung
minutes-assembly-line = { $title } ({ $kind ->
        [extraordinary] außerordentlich
       *[ordinary] ordentlich
    }, { $format ->
        [in_person] in Präsenz
        [remote] online
       *[hybrid] hybrid
    })
minutes-called-for = Einberufen für
minutes-session-opened = Sitzung eröffnet
minutes-closed = Geschlossen
minutes-not-yet = noch nicht
minutes-venue = Ort
minutes-convocation = Einberufung
minutes-first-convocation = erste Einberufung
minutes-second-convocation = zweite Einberufung
minutes-notice-sent = Einladung versandt
minutes-not-recorded = nicht erfasst
minutes-quorum = Quorum
minutes-quorum-none = keines erforderlich
# $fraction ist „mehr als die Hälfte“, „mindestens zwei Drittel“ usw.
minutes-quorum-of = { $fraction } der ordentlichen Mitglieder
minutes-record-of-session = Sitzungsverlauf
minutes-attendance = Anwesenheit
minutes-attendance-counts = { $full ->
        [one] { $full } ordentliches Mitglied
       *[other] { $full } ordentliche Mitglieder
    }: { $room } im Saal, { $remote } online, { $represented } durch Vollmacht vertreten, { $absent } abwesend. Beratend teilnehmende assoziierte Mitglieder: { $affiliates }.
minutes-organisations = Organisationen
minutes-in-the-room = Im Saal
minutes-remote = Online
minutes-represented = Durch Vollmacht vertreten
minutes-represented-by = { $org } (vertreten durch { $holder })
minutes-absent = Abwesend
minutes-affiliates = Assoziierte Mitglieder (beratend)
# Eine leere Liste von Organisationen oder Namen.
minutes-none = keine
minutes-proxies = Vollmachten
minutes-grantor = Vollmachtgeber
minutes-holder = Vollmachtnehmer
minutes-state = Status
# Status einer Vollmacht; $closed ist „yes“, sobald die Versammlung geschlossen ist.
minutes-proxy-state = { $state ->
        [revoked] widerrufen
        [void] erloschen
       *[live] { $closed ->
            [yes] bei Schließung der Versammlung gültig
           *[no] gültig
        }
    }
minutes-item = Tagesordnungspunkt
minutes-agenda-kind = { $kind ->
        [information] Information
        [discussion] Aussprache
        [election] Wahl
       *[decision] Beschlussfassung
    }
minutes-motions = Anträge
# $kind ist die Antragsart, wie die Instanz sie benennt (ordinary, budget, statutes …).
minutes-motion-heading = { $title } ({ $kind }): { $state }
minutes-proposed-by = Antrag von { $org }.
minutes-proposed-by-secretariat = Antrag des Sekretariats.
minutes-amends = Änderungsantrag zu „{ $title }“.
minutes-reason-recorded = Festgehaltene Begründung: { $reason }
minutes-opinion = Beratende Stellungnahme von { $org }: { $text }
# $verdict ist „Angenommen.“ oder „Abgelehnt.“ (auf Englisch der versiegelte Satz).
minutes-vote = Abstimmung ({ $ballot ->
        [secret] geheim
        [tellers] durch Stimmenzähler
       *[roll_call] namentlich
    }, geschlossen am { $at }): { $verdict }
minutes-counted = Gezählt
# $organisations ist „1 Organisation“, „12 Organisationen“.
minutes-in-the-room-tellers = Im Saal (Stimmenzähler, { $organisations })
minutes-at-vote = Bei der Abstimmung: { $present } anwesend und { $represented } vertreten von { $full ->
        [one] { $full } ordentlichen Mitglied
       *[other] { $full } ordentlichen Mitgliedern
    }; { $eligible } stimmberechtigt.
minutes-seal = Siegel { $seal }.
minutes-organisation = Organisation
minutes-vote-column = Stimme
# Eine Stimme in der Tabelle einer namentlichen Abstimmung.
minutes-choice = { $choice ->
        [yes] Ja
        [no] Nein
       *[abstain] Enthaltung
    }
minutes-election-heading = { $title } ({ $seats ->
        [0] kein Sitz
        [one] { $seats } Sitz
       *[other] { $seats } Sitze
    })
# Ein Stimmzettel ohne Namen ist „leer“.
minutes-round = Wahlgang { $round }: { $ballots ->
        [0] kein Stimmzettel
        [one] { $ballots } Stimmzettel
       *[other] { $ballots } Stimmzettel
    }, davon { $blank } leer; gewählt: { $elected }.
minutes-round-runoff = Wahlgang { $round }: { $ballots ->
        [0] kein Stimmzettel
        [one] { $ballots } Stimmzettel
       *[other] { $ballots } Stimmzettel
    }, davon { $blank } leer; gewählt: { $elected }; wegen Stimmengleichheit in der Stichwahl: { $runoff }.
minutes-candidate = Kandidatur
minutes-approvals = Zustimmungen
minutes-elected = Gewählt: { $names }.
minutes-from = Von
minutes-to = Bis
minutes-incidents = Vom Vorsitz festgehaltene Vorfälle
minutes-incident = Vorfall
minutes-sealed-with = Jedes der obigen Ergebnisse ist mit dem Ed25519-Schlüssel { $key } der Instanz versiegelt. Prüferinnen und Prüfer kontrollieren sie offline mit plenum verify.
minutes-footer = Protokoll: { $title } · { $status ->
        [approved] genehmigt
       *[draft] Entwurf
    }
minutes-page = Seite { $page } von { $pages }

## Anträge in mehreren Sprachen.

# Unter dem Text eines Antrags im Protokoll: der Name seiner Sprache und sein Hashwert.
minutes-authoritative = Maßgeblicher Text ({ $language }); SHA-256 { $sha256 }.
minutes-translation = Übersetzung ({ $language }) von { $by }, { $at }; SHA-256 { $sha256 }.
# Über einem übersetzten Antrag auf einer Seite: $language ist der Name der Sprache der Übersetzung, $at ein Datum.
translation-by = Übersetzung ({ $language }) von { $by }, { $at }. Sie ist nicht der maßgebliche Text.
authoritative-text-in = Dies ist der maßgebliche Text (Sprache: { $language }); eine Übersetzung in Ihre Sprache wurde nicht hinzugefügt.
show-authoritative-text = Den maßgeblichen Text lesen ({ $language })

## Zurückweisungen von Eingaben.

number-at-least = Das Feld „{ $field }“ muss mindestens { $min } betragen.
number-too-large = Eine angegebene Zahl ist zu groß.
seats-above-candidates = Es gibt mehr Sitze als Kandidaturen ({ $candidates }): Eine Wahl besetzt höchstens einen Sitz je Kandidatur.
email-invalid = Die E-Mail-Adresse ist ungültig.
only-delegate-replaced = Nur das Konto einer oder eines Delegierten kann ersetzt werden.
election-incomplete = Eine Wahl braucht einen Titel, mindestens einen Sitz und mindestens eine Kandidatur.
file-not-utf8 = Die Datei ist kein UTF-8-Text: Speichern Sie sie als UTF-8 (in einer Tabellenkalkulation „CSV UTF-8“) und versuchen Sie es erneut.
form-field-invalid = Das Formularfeld „{ $field }“ fehlt oder ist ungültig: Laden Sie die Seite neu und versuchen Sie es erneut.
time-invalid = „{ $value }“ ist kein Datum mit Uhrzeit.
ballot-candidates-invalid = Der Stimmzettel nennt eine Kandidatur zweimal oder eine, die in diesem Wahlgang nicht zur Wahl steht.

## Die Felder, die eine Zurückweisung nennt (in Anführungszeichen nach „Das Feld“).

field-title = Titel
field-text = Text
field-reason = Begründung
field-venue = Ort
field-name = Name
field-email = E-Mail-Adresse
field-narrative = Erläuterungen
field-incident = Vorkommnis
field-document = Dokument
field-candidates = Anzahl der Kandidaturen
field-seats = Anzahl der Sitze
field-opinion = Stellungnahme
field-convocation = Einberufung
field-proxy-cap = Höchstzahl der Vollmachten je Bevollmächtigten
field-majority-or-quorum = Mehrheit oder Quorum
field-agenda-title = Titel von Tagesordnungspunkt { $number }
field-candidate-name = Name der Kandidatur { $number }
field-choice = Wahl
field-candidate = Kandidatur
field-organisation = Organisation
field-item = Tagesordnungspunkt
field-votes-yes = Anzahl der Ja-Stimmen
field-votes-no = Anzahl der Nein-Stimmen
field-votes-abstain = Anzahl der Enthaltungen
field-at = { $path }

## Übersetzungen eines Antrags durch das Sekretariat (Seite der Versammlungsleitung).

translations-summary = Maßgeblicher Text auf { $language }; { $count ->
        [0] keine Übersetzung
        [one] eine Übersetzung
       *[other] { $count } Übersetzungen
    }
translation-listed = hinzugefügt von { $by }, { $at }
translations-hint = Eine Übersetzung kann hinzugefügt oder ersetzt werden, bis über den Antrag abgestimmt wird. Maßgeblich bleibt der Text auf { $language }; Delegierte sehen jede Übersetzung als solche gekennzeichnet.
replace-translation = Übersetzung ersetzen ({ $language })
translation-language = Sprache der Übersetzung
translation-title = Titel, übersetzt
translation-text = Text, übersetzt (Markdown)
add-translation = Übersetzung hinzufügen
save-translation = Übersetzung speichern
done-translation-saved = Die Übersetzung ist gespeichert. Delegierte, die diese Sprache lesen, sehen sie jetzt, als Übersetzung gekennzeichnet.

## Sprachen, in einem Satz genannt.

language-name = { $tag ->
        [en] Englisch
        [fr] Französisch
        [de] Deutsch
        [es] Spanisch
        [it] Italienisch
        [pl] Polnisch
       *[other] { $tag }
    }
language-in-use = Anträge dieser Versammlung sind auf { $languages } verfasst: Diese Sprache bleibt eine ihrer offiziellen Sprachen.
labelled = { $label }:
minutes-in = Protokoll ({ $language })
translations-missing = Noch nicht übersetzt ins { $languages } (offizielle Sprache).
narrative-in-every-language = Erläuterungen und Vorkommnisse stehen so, wie sie geschrieben sind, im Protokoll jeder offiziellen Sprache: Verlangt die Satzung jede Sprache, schreiben Sie jeden Absatz in jeder.
remote-link-invalid = Der Link für die Teilnahme aus der Ferne muss eine Webadresse sein, die mit https:// (oder http://) beginnt, ohne Leerzeichen.
convocation-not-now = Die Einladung wird verschickt, sobald die Versammlung einberufen ist und bevor ihre Sitzung beginnt; die Versammlung hat den Status „{ $state }“.
notice-on-its-way = Diese Nachricht ist noch unterwegs: Sie kann erneut gesendet werden, sobald sie gesendet oder gescheitert ist.
thing-notice = Nachricht
notice-convocation-subject = Einladung: { $title }
notice-greeting = Guten Tag { $name },
notice-convened = { $organisation } wird zur { $kind ->
        [extraordinary] außerordentlichen
       *[ordinary] ordentlichen
    } Mitgliederversammlung eingeladen: { $title }.
notice-when = Wann: { $at } (UTC)
notice-format = Form: { $format ->
        [in_person] in Präsenz
        [remote] aus der Ferne
       *[hybrid] hybrid (im Saal oder aus der Ferne)
    }
notice-where = Wo: { $venue }
notice-remote-link = Teilnahme aus der Ferne:
notice-agenda = Tagesordnung
notice-agenda-later = Die Tagesordnung folgt.
notice-rules = Beschlussfähigkeit und Mehrheiten
notice-preset = { $kind ->
        [ordinary] Ordentliche Anträge
        [budget] Haushalt
        [membership] Entscheidungen über Mitgliedschaften
        [statutes] Satzungsänderungen
        [dissolution] Auflösung
       *[other] { $kind }
    }: { $rules }
notice-proxy-heading = Wenn Sie nicht teilnehmen können
notice-proxy = Ein Vollmitglied, das nicht teilnehmen kann, kann seine Stimme auf seiner Delegiertenseite in plenum per Vollmacht einem anderen Vollmitglied übertragen; ein Mitglied hält höchstens { $cap ->
        [one] eine Vollmacht
       *[other] { $cap } Vollmachten
    }.
notice-period-met = Diese Einladung geht { $given ->
        [one] { $given } Tag
       *[other] { $given } Tage
    } vor der Versammlung hinaus; die Satzung verlangt { $required }.
notice-period-short = Diese Einladung geht { $given ->
        [one] { $given } Tag
       *[other] { $given } Tage
    } vor der Versammlung hinaus, weniger als die { $required }, die die Satzung verlangt: Die Versammlung kann entscheiden, ob sie tagt.
notice-your-page = Ihre Seite in plenum (Anmeldung, Vollmachten, Abstimmungen):
notice-calendar-attached = Die Versammlung liegt als Kalendereintrag bei (assembly.ics).
notice-state-queued = In der Warteschlange
notice-state-sent = Gesendet
notice-state-failed = Fehlgeschlagen
notices-title = Einladungen und Nachrichten
mail-off = Der E-Mail-Versand ist in diesem plenum ausgeschaltet (mail_enabled): Nachrichten werden verfasst und hier als wartend aufbewahrt; keine geht hinaus, bevor er eingeschaltet ist.
convocation-heading = Die Einladung
notice-sent-on = Die Einladung gilt als am { $date } versandt.
send-convocation = Einladung versenden
send-convocation-warning = Alle Delegierten aller Mitgliedsorganisationen erhalten die Einladung per E-Mail in ihrer Sprache, mit der Tagesordnung und dem Kalendereintrag. Ein erneuter Versand geht wieder an alle.
convoke-first = Berufen Sie die Versammlung zuerst auf der Seite der Sitzungsleitung ein: Die Einladung geht hinaus, sobald sie einberufen ist.
unreachable = { $count ->
        [one] { $count } Mitgliedsorganisation hat
       *[other] { $count } Mitgliedsorganisationen haben
    } kein Delegiertenkonto, an das geschrieben werden kann
outbox-heading = Nachrichten
outbox-counts = Wartend: { $queued } · gesendet: { $sent } · fehlgeschlagen: { $failed }
outbox-empty = Für diese Versammlung wurde noch keine Nachricht versandt.
recipient = Empfänger
server-answer = Antwort des Mailservers
actions = Aktionen
attempts = { $count ->
        [one] { $count } Versuch
       *[other] { $count } Versuche
    }
next-attempt = nächster Versuch { $at }
send-again = Erneut senden
done-convocation-queued = Die Einladung liegt im Postausgang.
done-notice-resent = Die Nachricht wird erneut gesendet.
remote-link-label = Aus der Ferne teilnehmen
account-inactive = Dieses Konto ist deaktiviert: Aktivieren Sie es, bevor Sie seine Inhaberin oder seinen Inhaber einladen.
invitation-invalid = Dieser Link funktioniert nicht (mehr): Ein Link gilt einmal und nur für begrenzte Zeit, und ein neuerer ersetzt ihn. Bitten Sie das Sekretariat um einen neuen.
invitation-subject = Ihr Zugang zu plenum
invitation-delegate = Sie sind als Delegierte bzw. Delegierter von { $organisation } in plenum benannt, wo die Mitgliederversammlungen des Netzwerks stattfinden: Anmeldung, Vollmachten, Redeliste und Abstimmungen.
invitation-role = Für Sie wurde ein Konto in plenum angelegt: { $role }.
invitation-login = Sie melden sich mit Ihrer E-Mail-Adresse an, { $email }.
invitation-choose = Wählen Sie hier Ihr Passwort (der Link gilt einmal, bis { $until } UTC):
invitation-no-password = Passwörter werden nie per E-Mail verschickt, und niemand wird Sie nach Ihrem fragen.
invitation-not-you = Wenn Sie diese Nachricht nicht erwartet haben, ignorieren Sie sie: Ohne den Link geschieht nichts.
welcome-title = Wählen Sie Ihr Passwort
welcome-for = Für { $name }, Anmeldung mit { $email }.
password-again = Dasselbe Passwort noch einmal
save-password = Passwort speichern
passwords-differ = Die beiden Passwörter unterscheiden sich: Geben Sie zweimal dasselbe ein.
password-chosen = Ihr Passwort ist gespeichert: Melden Sie sich mit Ihrer E-Mail-Adresse und diesem Passwort an.
send-invitation = Einladung senden
done-invitation-sent = Die Einladung liegt im Postausgang: Ihr Link gilt einmal und für begrenzte Zeit.
first-password-hint = Oder lassen Sie es leer: plenum schickt der Person einen einmaligen Link, um ein eigenes zu wählen.
invitation-spent = Der Link dieser Einladung wird nach dem Versand nicht aufbewahrt: Senden Sie stattdessen eine neue Einladung.
