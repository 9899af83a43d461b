# Komunikaty plenum po polsku (pl); wzorcem jest en.ftl, ta sama kolejność i te same { $argumenty }.

# Glossary:
# General Assembly: Walne Zgromadzenie
# assembly: zgromadzenie
# session (held / suspended / closed): obrady (trwają / zawieszone / zamknięte); open / resume the session: otworzyć / wznowić obrady
# convene / convocation: zwołać / zwołanie
# notice (of convocation): zawiadomienie (o zwołaniu zgromadzenia)
# quorum (present or represented): kworum (obecni lub reprezentowani)
# proxy: pełnomocnictwo; give a proxy: udzielić pełnomocnictwa
# proxy holder / grantor: pełnomocnik / mocodawca
# full member: członek zwyczajny
# affiliate member (advisory, no vote): członek stowarzyszony (z głosem doradczym, bez prawa głosu)
# suspended member: członek zawieszony w prawach członka
# delegate: delegat
# secretariat: sekretariat
# chair / the chair's casting vote: przewodniczący obrad (strona: Prowadzenie obrad) / głos rozstrzygający przewodniczącego obrad
# tellers: skrutatorzy; the room's count: liczenie na sali
# roll call: głosowanie imienne
# ballot / secret ballot: głos (w wyborach: karta) / głosowanie tajne
# poll: głosowanie
# motion: wniosek
# amendment: poprawka
# seconder / to second a motion: organizacja popierająca / poprzeć wniosek
# admitted / not admitted: dopuszczony / niedopuszczony
# carried / rejected: przyjęty / odrzucony (werdykt: Przyjęto. / Odrzucono.)
# abstention / abstain: głos wstrzymujący się, wstrzymanie się od głosu / wstrzymać się od głosu (przycisk: Wstrzymuję się)
# votes cast: głosy oddane (głosy wstrzymujące się nie są głosami oddanymi)
# yes / no: za / przeciw
# majority (simple, two-thirds, absolute): większość (zwykła, dwóch trzecich, bezwzględna)
# tie: równość głosów
# agenda / agenda item: porządek obrad / punkt porządku obrad; take up an item: przejść do punktu
# speakers' list / the floor: lista mówców / głos (udzielić głosu, zgłosić się do głosu, mieć głos)
# minutes (draft / approved / sealed): protokół (projekt / zatwierdzony / opieczętowany)
# seal (cryptographic): pieczęć; to seal: opieczętować
# ledger: dziennik zdarzeń (dziennik audytowy, łańcuch zdarzeń)
# receipt: pokwitowanie (kod pokwitowania)
# auditor: audytor
# election / round / run-off / seats: wybory / tura / głosowanie dodatkowe / mandaty
# check-in desk / check-in code / check in: punkt rejestracji / kod rejestracji / zarejestrować obecność
# register (of members): rejestr członków
# advisory opinion: opinia doradcza
# display link / projector: link ekranu / rzutnik
# Typography: cudzysłów „…”; nazwa organizacji po słowie „Organizacja” (nazwy się nie odmienia).

## Błędy (API i strony).

bad-request = Żądanie jest nieprawidłowe: { $detail }.
invalid-json = Treść żądania nie jest poprawnym JSON-em dla tego wywołania: { $detail }.
login-required = Najpierw się zaloguj.
login-failed = Nieprawidłowy adres e-mail lub hasło.
login-rate-limited = Zbyt wiele nieudanych prób logowania. Odczekaj kilka minut i spróbuj ponownie.
session-expired = Twoja sesja wygasła. Zaloguj się ponownie.
csrf-mismatch = Ten formularz wygasł albo nie pochodzi z plenum. Odśwież stronę i spróbuj ponownie.
too-many-streams = To logowanie śledzi już maksymalną liczbę stron na żywo. Zamknij jedną z nich i spróbuj ponownie.
body-timeout = Przesyłanie żądania trwało zbyt długo. Spróbuj ponownie.
method-not-allowed = Ten adres nie obsługuje metody { $method }; obsługuje: { $allowed }.
role-required = To działanie wymaga roli: { $role }.
not-your-organisation = Możesz działać wyłącznie w imieniu własnej organizacji.
not-found = Nie znaleziono { $what }.
affiliate-cannot-vote = Organizacja { $org } jest członkiem stowarzyszonym: członkowie stowarzyszeni uczestniczą z głosem doradczym i nie głosują.
suspended-cannot-vote = Organizacja { $org } jest zawieszona w prawach członka: może uczestniczyć, ale nie głosuje.
not-eligible = Organizacja { $org } nie była obecna ani reprezentowana w chwili otwarcia tego głosowania, więc nie może w nim głosować.
already-voted = Organizacja { $org } oddała już głos w tym głosowaniu; jej głos liczy się tylko raz.
poll-closed = To głosowanie jest zamknięte; głosy nie są już przyjmowane.
poll-already-open = W sprawie tego wniosku trwa już głosowanie.
poll-not-openable = Głosowanie można otworzyć tylko w trakcie obrad zgromadzenia (obecny stan: { $state }).
voting-not-in-session = Głosy są przyjmowane tylko w trakcie obrad zgromadzenia (obecny stan: { $state }).
illegal-transition = Zgromadzenie w stanie „{ $from }” nie może przejść do stanu „{ $to }”.
attendance-closed = Nie można teraz rejestrować obecności: stan zgromadzenia to „{ $state }”.
proxies-closed = Nie można teraz udzielić pełnomocnictwa: stan zgromadzenia to „{ $state }”.
speakers-closed = Nie można teraz zgłaszać się do głosu: stan zgromadzenia to „{ $state }”.
mode-not-allowed = { $mode ->
        [remote] Udział zdalny
       *[in_person] Obecność na sali
    } nie jest możliwy na zgromadzeniu { $format ->
        [remote] odbywanym wyłącznie zdalnie
       *[in_person] odbywanym wyłącznie stacjonarnie
    }.
already-checked-in = Obecność organizacji { $org } jest już zarejestrowana.
not-checked-in = Obecność organizacji { $org } nie jest zarejestrowana.
in-person-by-desk = Obecność na sali rejestruje punkt rejestracji: okaż tam swój kod rejestracji. Tutaj możesz zarejestrować udział zdalny.
assembly-closed-for-changes = Zgromadzenie ma stan „{ $state }”: jego zapis nie podlega już zmianom.
still-open = Nie można zamknąć zgromadzenia, dopóki trwają głosowania. Najpierw zamknij: { $what }.
duplicate-record = Ten wpis już istnieje.
duplicate-account = Konto dla { $email } już istnieje.
duplicate-organisation = Organizacja o nazwie { $names } jest już w rejestrze członków.
duplicate-candidate-name = { $name } już kandyduje w tych wyborach.
invalid-country = „{ $country }” nie jest dwuliterowym kodem kraju, takim jak BE lub FR.
organisation-required = Konto delegata musi być powiązane z organizacją.
organisation-not-allowed = Konto o roli „{ $role }” nie jest powiązywane z organizacją.
password-too-short = Hasło musi mieć co najmniej 10 znaków.
invalid-fraction = Nieprawidłowy ułamek: { $detail }.
chair-must-decide = Wystąpiła równość głosów, a zasady przewidują rozstrzygnięcie przez przewodniczącego obrad: aby zamknąć głosowanie, podaj jego decyzję.
inconsistent-count = Wynik liczenia się nie zgadza; głosowania nie zamknięto. Zgłoś ten problem.
short-notice = Zawiadomienie wysłano { $given ->
        [one] { $given } dzień
        [few] { $given } dni
        [many] { $given } dni
       *[other] { $given } dnia
    } przed zgromadzeniem; statut wymaga { $required ->
        [one] { $required } dnia
        [few] { $required } dni
        [many] { $required } dni
       *[other] { $required } dnia
    }.
notice-date-missing = Dla tego zwołanego zgromadzenia nie zapisano daty zawiadomienia.
agenda-needs-reason = Trwają obrady zgromadzenia: porządek obrad można zmienić tylko decyzją przewodniczącego obrad, z podaniem powodu do protokołu.
agenda-final = Zgromadzenie jest zamknięte: jego porządek obrad nie podlega już zmianom.
motions-closed = Zgromadzenie jest zamknięte: nie można już składać wniosków.
agenda-order-mismatch = Nowa kolejność musi obejmować każdy punkt porządku obrad tego zgromadzenia dokładnie raz.
particulars-locked = Zgromadzenie ma stan „{ $state }”: jego nazwa, miejsce, termin rozpoczęcia, data zawiadomienia i języki oficjalne nie podlegają już zmianom.
unknown-checkin-code = Żadna organizacja nie ma tego kodu rejestracji na tym zgromadzeniu. Sprawdź kod albo wyszukaj organizację po nazwie.
ambiguous-checkin-code = Ten kod pasuje do więcej niż jednej organizacji; wyszukaj organizację po nazwie.
your-checkin-code = Twój kod do okazania w punkcie rejestracji:
check-in-by-code = Rejestracja kodem
checkin-code = Kod rejestracji
in-the-room = Na sali
remote-attendance = Zdalnie
represented-section = Reprezentowane przez pełnomocnika
affiliates-advisory = Członkowie stowarzyszeni (głos doradczy)
absent-members = Nieobecne
represented-by = pełnomocnik: { $org }
register = Rejestr członków
add-organisation = Dodaj organizację
add = Dodaj
import-register = Importuj plik rejestru (CSV: name,country,kind[,status])
import = Importuj
export-register = Eksportuj rejestr do CSV
change = Zmień
reason = Powód
reason-for-change = Powód zmiany (zapisywany w dokumentacji)
save-change = Zapisz zmianę: { $org }
csv-text = Wiersze rejestru wklejone z pliku
joined-on = Data przystąpienia
import-done = Zaimportowano: utworzono { $created }, zaktualizowano { $updated }, bez zmian { $unchanged }.
import-line-error = Wiersz { $line }: { $message }
accounts = Konta
disable = Dezaktywuj
enable = Aktywuj
role = Rola
full = zwyczajny
affiliate = stowarzyszony
active = aktywny
suspended = zawieszony
give-proxy = Udziel pełnomocnictwa do głosowania innemu członkowi zwyczajnemu
give-proxy-to = Pełnomocnik
give-proxy-button = Udziel pełnomocnictwa
proxy-given = Pełnomocnikiem Twojej organizacji jest { $org }.
revoke = Odwołaj
unknown-motion-kind = „{ $kind }” nie jest tu rodzajem wniosku; dostępne rodzaje: { $kinds }.
only-voting-members-propose = Organizacja { $org } nie jest aktywnym członkiem zwyczajnym: nie może zgłaszać ani popierać wniosków.
motion-deadline-passed = Termin składania wniosków ({ $deadline }) już minął.
cannot-amend = Do „{ $title }” nie można już zgłaszać poprawek.
agenda-item-elsewhere = Punktu { $item } nie ma w porządku obrad tego zgromadzenia.
illegal-motion-move = Wniosek w stanie „{ $from }” nie może przejść do stanu „{ $to }”.
second-only-submitted = Poprzeć można tylko wniosek złożony, jeszcze niedopuszczony.
cannot-second-own = Organizacja nie może popierać własnego wniosku.
already-seconded = Organizacja { $org } już poparła ten wniosek.
too-few-seconders = Wniosek { $have ->
        [0] nie ma jeszcze żadnej organizacji popierającej
        [one] ma { $have } organizację popierającą
        [few] ma { $have } organizacje popierające
        [many] ma { $have } organizacji popierających
       *[other] ma { $have } organizacji popierającej
    }; do jego dopuszczenia { $need ->
        [one] potrzebna jest { $need }
        [few] potrzebne są { $need }
        [many] potrzebnych jest { $need }
       *[other] potrzebne jest { $need }
    }.
only-proposer-withdraws = Wniosek może wycofać tylko organizacja, która go złożyła, lub sekretariat.
opinions-are-for-affiliates = Opinie doradcze przedstawiają członkowie stowarzyszeni; członkowie zwyczajni głosują.
amendments-first = Najpierw głosuje się poprawki do tego wniosku.
motion-not-admitted = Pod głosowanie można poddać tylko wniosek dopuszczony (ten ma stan: { $state }).
counted-in-the-room = Organizacja { $org } została policzona na sali w tym głosowaniu; nie może głosować także online.
already-voted-online = Już głosowały online, więc nie są liczone na sali: { $orgs }.
teller-listed-twice = Organizacja jest zaznaczona dwukrotnie w liczeniu na sali: każda liczy się raz.
teller-count-mismatch = Liczby z sali sumują się do { $total }, ale { $listed ->
        [one] wymieniono { $listed } organizację
        [few] wymieniono { $listed } organizacje
        [many] wymieniono { $listed } organizacji
       *[other] wymieniono { $listed } organizacji
    }.
tellers-already-recorded = Wynik liczenia na sali w tym głosowaniu jest już zapisany.
not-a-tellers-poll = W tym głosowaniu skrutatorzy nie liczą głosów.
not-eligible-in-room = Bez prawa głosu w tym głosowaniu: { $orgs }.
not-in-the-room = Nieobecne na sali, więc niepoliczone przez skrutatorów (liczą się tylko organizacje obecne osobiście lub reprezentowane przez pełnomocnika obecnego osobiście): { $orgs }.
room-card-of = { $org } (pełnomocnik: { $holder }, na sali)
another-session-held = Trwają obrady zgromadzenia „{ $title }”: najpierw je zamknij; naraz mogą trwać obrady tylko jednego zgromadzenia.
agenda-not-in-session = Do punktu porządku obrad można przejść tylko w trakcie obrad (stan zgromadzenia: { $state }).
room-count-not-in-session = Wynik liczenia na sali zapisuje się tylko w trakcie obrad (stan zgromadzenia: { $state }).
open-poll-on = głosowanie w sprawie „{ $title }”
open-round-of = tura { $round } wyborów „{ $title }”
receipt-required = Aby zmienić głos tajny, podaj pokwitowanie głosu, który zastępujesz.
advisory-opinions = Opinie doradcze
floor-taken = Ktoś ma teraz głos; najpierw zakończ to wystąpienie.
speaker-state = Stan tego zgłoszenia do głosu: { $state }.
you-have-the-floor = Udzielono Ci głosu.
queue-position = Jesteś { $position }. w kolejce do głosu.
in-the-queue = Jesteś w kolejce do głosu.
already-on-the-list = Organizacja { $org } jest już na liście mówców.
speakers = Mówcy
ask-to-speak = Zgłoś się do głosu
give-floor = Udziel głosu
end-floor = Zakończ
withdraw = Wycofaj
now-speaking-label = Głos ma:
none-yet = Na razie brak.
no-speakers = Nikt nie zgłosił się do głosu.
mode-in-person = na sali
mode-remote = zdalnie
not-checked-in-short = bez rejestracji obecności
affiliate-advisory = członek stowarzyszony, głos doradczy
speaking-since = głos od { $time }
speaking-for = czas wystąpienia: { $time }
agenda = Porządek obrad
no-agenda = Porządek obrad jest pusty.
now-discussed = rozpatrywany
take-up = Przejdź do punktu
next-item = Następny punkt: { $title }
agenda-finished = Zakończ porządek obrad
agenda-is-finished = Porządek obrad został wyczerpany.
show-every-organisation = Pokaż wszystkie organizacje
copy-link = Kopiuj link
other-displays = Linki ekranu innych zgromadzeń, nadal aktywne
tellers-tally = Zaznaczone organizacje: { $ticked }. Policzone głosy: { $counted }.
events-shown = Wyświetlono: { $count } (od #{ $first } do #{ $last }); zdarzeń w dzienniku: { $head }.
seats-left-empty = { $election }: mandaty nadal nieobsadzone: { $empty }.
displays-still-live = Nadal aktywne linki ekranu: { $count }. Rzutnik pokazuje zamknięte zgromadzenie, dopóki nie zostaną odwołane.
copied = Skopiowano
done-password-set = Nowe hasło zostało ustawione, a sesje konta zakończone. Przekaż hasło tej osobie samodzielnie.
set-password = Ustaw nowe hasło
set-password-hint = Dla konta { $email }, którego właściciel utracił hasło: wszystkie sesje konta zostaną zakończone. Przekaż nowe hasło osobiście, nie e-mailem.
new-password = Nowe hasło (co najmniej 10 znaków)
approve-after-close = Protokół zatwierdza się i opieczętowuje po zamknięciu zgromadzenia.
voting-now = Trwa głosowanie
your-own-account = To Twoje konto: może je zmienić inna osoba z sekretariatu.
tellers-recorded = Wynik liczenia na sali został zapisany. Jest ostateczny; po zamknięciu głosowania wynik pokaże go razem z głosami oddanymi online.
open-for = (trwa: { $time })
checkpoint-opened = Otwarcie (lub wznowienie) obrad
checkpoint-session-ended = Zawieszenie lub zamknięcie obrad
checkpoint-minutes = Zatwierdzenie protokołu
how-to-vote = Tryb głosowania
election-ballot = Wybory (tajne)
hall-assembly-closed = Zgromadzenie jest zamknięte; wyniki są ostateczne.
verdict-carried = Przyjęto.
verdict-rejected = Odrzucono.
now-on-agenda = Obecnie rozpatrywany punkt: { $item }
done-item-taken-up = Przejście do punktu porządku obrad zostało odnotowane: pokazują je rzutnik i telefony delegatów.
too-many-choices = Na karcie można wskazać najwyżej { $max ->
        [one] { $max } kandydata
        [few] { $max } kandydatów
        [many] { $max } kandydatów
       *[other] { $max } kandydata
    }.
unknown-candidate = Kandydat { $id } nie bierze udziału w tej turze.
duplicate-candidate = Kandydat { $id } został wskazany na tej karcie dwukrotnie.
election-complete = Wszystkie mandaty w tych wyborach są obsadzone.
roll-call = Głosowanie imienne
secret-ballot = Głosowanie tajne
tellers-ballot = Skrutatorzy (sala) i online
elections = Wybory
round = Tura { $round }
runoff-needed = Równość głosów o ostatni mandat: potrzebne jest głosowanie dodatkowe.
seats-to-fill = Mandaty do obsadzenia: { $seats }
round-ballots = Karty: { $ballots }, w tym puste: { $abstentions }.
in-runoff = w głosowaniu dodatkowym
seats-still-to-fill = Mandaty nadal do obsadzenia: { $seats }. Potrzebna jest kolejna tura.
result-secret = Głosowanie tajne: { $voted ->
        [one] głosowała { $voted } organizacja
        [few] głosowały { $voted } organizacje
        [many] głosowało { $voted } organizacji
       *[other] głosowało { $voted } organizacji
    }; niczyj wybór nie jest znany.
result-roll-call = Głosowanie imienne: głos każdej organizacji podano poniżej.
result-tellers = Policzone przez skrutatorów na sali wraz z głosami oddanymi online; głosy online podano poniżej.
in-the-room-counted = Na sali (skrutatorzy, { $orgs })
online = Online
everyone-voted = Wszystkie organizacje oddały głos.
not-voted-yet = Jeszcze nie głosowały: { $names }.
not-voted-yet-more = Jeszcze nie głosowały: { $names } i { $more ->
        [one] jeszcze { $more } organizacja
        [few] jeszcze { $more } organizacje
        [many] jeszcze { $more } organizacji
       *[other] jeszcze { $more } organizacji
    }.
rules-before-opening = Do przyjęcia: { $majority }. Kworum: { $quorum }.
since-opened = Otwarte od { $time }.
counted-where = Liczenie
together = Razem
elected = Wybrano:
open-round = Otwórz kolejną turę
choose-up-to = Wybierz najwyżej { $seats ->
        [one] { $seats } kandydata
        [few] { $seats } kandydatów
        [many] { $seats } kandydatów
       *[other] { $seats } kandydata
    }; aby wstrzymać się od głosu, nie wybieraj nikogo.
cast-ballot = Oddaj głos
room-count = Liczenie na sali
room-count-who = Zaznacz każdą organizację, której kartę policzyli skrutatorzy: jej głos jest głosem z sali i w tym głosowaniu nie może już głosować online.
find-organisation = Znajdź organizację (nazwa lub kraj)
find = Szukaj
find-by-name = Znajdź organizację (część nazwy)
shown-of = Wyświetlono { $shown } z { $total }.
at = Czas
hash = Skrót
proxy-document = Dokument
more-to-find = Pozostałe: { $more }; wyszukaj, aby je znaleźć.
register-list = Organizacje i konta
find-in-register = Szukaj (część nazwy, kod kraju, adres e-mail)
showing-of = Organizacje od { $from } do { $to } z { $total }.
pages = Strony
previous-page = Poprzednia strona
earlier-events = Wcześniejsze zdarzenia
later-events = Późniejsze zdarzenia
next-page = Następna strona
page-of = Strona { $page } z { $pages }
more-accounts = Pozostałe konta: { $more }; wyszukaj, aby je znaleźć.
record-room-count = Zapisz wynik liczenia na sali
not-sealed-yet = To głosowanie nie zostało jeszcze zamknięte, więc nie ma pieczęci.
reason-required = Podaj powód: zmiana rodzaju lub statusu wymaga uzasadnienia do dokumentacji.
invalid-rows = Plik zawiera { $count ->
        [one] { $count } błędny wiersz; niczego nie zaimportowano. Popraw go
        [few] { $count } błędne wiersze; niczego nie zaimportowano. Popraw je
        [many] { $count } błędnych wierszy; niczego nie zaimportowano. Popraw je
       *[other] { $count } błędnego wiersza; niczego nie zaimportowano. Popraw je
    } i zaimportuj plik ponownie.
row-unreadable = tego wiersza nie można odczytać jako CSV ({ $detail })
row-missing-header = pierwszy wiersz musi być nagłówkiem name,country,kind (opcjonalnie także status)
row-field-count = oczekiwano 3 lub 4 pól (name,country,kind[,status]), a liczba pól wynosi { $count }
row-empty-name = nazwa jest pusta
row-name-too-long = nazwa jest dłuższa niż 200 znaków
row-bad-country = „{ $country }” nie jest dwuliterowym kodem kraju, takim jak BE lub FR
row-bad-kind = „{ $kind }” nie jest rodzajem członkostwa: użyj full lub affiliate
row-bad-status = „{ $status }” nie jest statusem: użyj active lub suspended
row-duplicate = ta sama nazwa występuje już w wierszu { $first }
proxy-to-itself = Organizacja nie może udzielić pełnomocnictwa samej sobie.
proxy-grantor-affiliate = Organizacja { $org } jest członkiem stowarzyszonym: nie ma głosu, który mogłaby przekazać.
proxy-holder-affiliate = Organizacja { $org } jest członkiem stowarzyszonym: pełnomocnictwa można udzielić tylko członkowi zwyczajnemu.
proxy-grantor-suspended = Organizacja { $org } jest zawieszona w prawach członka: nie ma głosu, który mogłaby przekazać.
proxy-holder-suspended = Organizacja { $org } jest zawieszona w prawach członka: nie może głosować w imieniu innego członka.
proxy-grantor-present = Organizacja { $org } ma zarejestrowaną obecność i głosuje sama; pełnomocnictwo jest dla członka, który nie może uczestniczyć w zgromadzeniu.
proxy-already-given = Organizacja { $org } udzieliła już pełnomocnictwa na to zgromadzenie; najpierw je odwołaj.
proxy-holder-is-grantor = Organizacja { $org } przekazała własny głos; pełnomocnictw nie można przekazywać dalej.
proxy-grantor-is-holder = Organizacja { $org } jest pełnomocnikiem innych członków; pełnomocnictw nie można przekazywać dalej.
proxy-cap-reached = Organizacja { $org } ma już { $cap ->
        [one] { $cap } pełnomocnictwo
        [few] { $cap } pełnomocnictwa
        [many] { $cap } pełnomocnictw
       *[other] { $cap } pełnomocnictwa
    }, czyli najwięcej, ile dopuszcza się na tym zgromadzeniu.
represented-by-proxy = W tym głosowaniu Twoją organizację reprezentuje { $org }: pełnomocnik głosuje w jej imieniu.
proxy-not-live = To pełnomocnictwo zostało już odwołane lub wygasło.
proxy-used = Na podstawie tego pełnomocnictwa oddano już głos, więc nie można go odwołać.
proxy-in-open-poll = To pełnomocnictwo jest uwzględnione w trwającym głosowaniu lub turze wyborów: pełnomocnik może jeszcze z niego tam skorzystać. Odwołaj je po zamknięciu.
internal = Wystąpił błąd po naszej stronie; niczego nie zmieniono. Spróbuj ponownie.
database-unavailable = Baza danych jest w tej chwili niedostępna; niczego nie zmieniono. Spróbuj ponownie.
database-busy = Baza danych jest w tej chwili przeciążona; niczego nie zmieniono. Spróbuj ponownie za chwilę.
text-with-nul = Tekst nie może zawierać znaku NUL (U+0000).
unknown-reference = Odwołanie dotyczy organizacji, zgromadzenia lub pozycji, które nie istnieją; sprawdź podane identyfikatory.
cannot-set-own-password = Nie możesz tu ustawić własnego hasła: może to zrobić inna osoba z sekretariatu lub administrator serwera z wiersza poleceń.
cannot-disable-own-account = Nie możesz dezaktywować własnego konta; może to zrobić inna osoba z sekretariatu.
storage-full = Dysk serwera jest pełny, więc niczego nie zapisano. Sekretariat musi zwolnić miejsce; następnie spróbuj ponownie.
text-forbidden-character = Pole „{ $field }” zawiera znak sterujący, formatujący lub niewidoczny ({ $code }), którego plenum nie przechowuje: usuń go i spróbuj ponownie.
text-too-long = Tekst w polu „{ $field }” jest dłuższy niż { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
text-empty = Pole „{ $field }” jest puste.
name-mixed-scripts = Pole „{ $field }” łączy litery z podobnie wyglądających alfabetów (np. łacińskiego z cyrylicą lub greką): użyj jednego alfabetu.
row-stacked-marks = nazwa zawiera nagromadzenie akcentów lub znaków diakrytycznych na jednej literze
text-stacked-marks = Pole „{ $field }” zawiera na jednej literze więcej niż { $max ->
        [one] { $max } znak diakrytyczny
        [few] { $max } znaki diakrytyczne
        [many] { $max } znaków diakrytycznych
       *[other] { $max } znaku diakrytycznego
    }: zapisz je tak, jak się je czyta.
name-looks-like = Wartość pola „{ $field }” wygląda tak samo jak nazwa już zarejestrowanej organizacji { $other }: wybierz nazwę, którą da się odróżnić.
name-ambiguous = Wartość pola „{ $field }” pasuje do kilku zarejestrowanych organizacji ({ $others }), ale do żadnej dokładnie: podaj dokładną nazwę jednej z nich.
row-forbidden-character = nazwa zawiera znak sterujący, formatujący lub niewidoczny ({ $code })
name-formula-start = Wartość pola „{ $field }” nie może zaczynać się od { $first }: arkusz kalkulacyjny otwierający eksport potraktowałby ją jako formułę.
row-formula-start = nazwa nie może zaczynać się od { $first }: arkusz kalkulacyjny potraktowałby ją jako formułę
name-no-letter = Pole „{ $field }” nie zawiera żadnej litery ani cyfry.
row-no-letter = nazwa nie zawiera żadnej litery ani cyfry
row-mixed-scripts = nazwa łączy litery z podobnie wyglądających alfabetów (np. łacińskiego z cyrylicą lub greką)
row-looks-like = nazwa wygląda tak samo jak nazwa w wierszu { $first }
row-ambiguous = nazwa pasuje do kilku zarejestrowanych organizacji ({ $names }), ale do żadnej dokładnie: podaj dokładną nazwę jednej z nich
too-many-motions = Organizacja { $org } złożyła już na tym zgromadzeniu { $max ->
        [one] { $max } wniosek
        [few] { $max } wnioski
        [many] { $max } wniosków
       *[other] { $max } wniosku
    }, czyli najwięcej, ile może złożyć jedna organizacja.
too-many-opinions = Organizacja { $org } przedstawiła już na tym zgromadzeniu { $max ->
        [one] { $max } opinię
        [few] { $max } opinie
        [many] { $max } opinii
       *[other] { $max } opinii
    }, czyli najwięcej, ile może przedstawić jedna organizacja.
too-many-speaker-requests = Organizacja { $org } zgłaszała się już do głosu na tym zgromadzeniu { $max ->
        [one] raz
        [few] { $max } razy
        [many] { $max } razy
       *[other] { $max } raza
    }, czyli najwięcej, ile może jedna organizacja.
too-many-proxies = Ta organizacja udzieliła już na tym zgromadzeniu { $max ->
        [one] { $max } pełnomocnictwa
        [few] { $max } pełnomocnictw
        [many] { $max } pełnomocnictw
       *[other] { $max } pełnomocnictwa
    }, czyli najwięcej, ile dopuszcza się; sekretariat może pomóc.
number-out-of-range = Wartość pola „{ $field }” musi mieścić się w przedziale od { $min } do { $max }.
row-looks-like-registered = nazwa wygląda tak samo jak nazwa już zarejestrowanej organizacji { $name }, choć nią nie jest

## Decyzje słowami.
## $basis mówi, od czego liczy się większość: votes-cast (głosy oddane),
## present (członkowie obecni lub reprezentowani) lub all (wszyscy członkowie zwyczajni).

tally-line = { $yes } za, { $no } przeciw, { $abstain ->
        [0] bez głosów wstrzymujących się
        [one] { $abstain } wstrzymujący się
        [few] { $abstain } wstrzymujące się
        [many] { $abstain } wstrzymujących się
       *[other] { $abstain } wstrzymującego się
    }.
# „więcej niż połowa”, „co najmniej dwie trzecie” (mianownik); $share to half,
# two-thirds, three-quarters, one-third, all lub other (wtedy podaje się liczby).
fraction = { $strict ->
        [yes] więcej niż
       *[no] co najmniej
    } { $share ->
        [half] połowa
        [two-thirds] dwie trzecie
        [three-quarters] trzy czwarte
        [one-third] jedna trzecia
        [all] 100%
       *[other] { $numerator }/{ $denominator }
    }
decision-needed = Wymagane: { $fraction } { $basis ->
        [votes-cast] { $count ->
            [0] głosów oddanych (nie oddano żadnego głosu)
            [one] z { $count } głosu oddanego
            [few] z { $count } głosów oddanych
            [many] z { $count } głosów oddanych
           *[other] z { $count } głosu oddanego
        }
        [present] { $count ->
            [one] z { $count } członka zwyczajnego obecnego lub reprezentowanego
            [few] z { $count } członków zwyczajnych obecnych lub reprezentowanych
            [many] z { $count } członków zwyczajnych obecnych lub reprezentowanych
           *[other] z { $count } członka zwyczajnego obecnego lub reprezentowanego
        }
       *[all] { $count ->
            [one] z { $count } członka zwyczajnego
            [few] ze wszystkich { $count } członków zwyczajnych
            [many] ze wszystkich { $count } członków zwyczajnych
           *[other] ze wszystkich { $count } członka zwyczajnego
        }
    }, czyli co najmniej { $needed ->
        [one] { $needed } głos za
        [few] { $needed } głosy za
        [many] { $needed } głosów za
       *[other] { $needed } głosu za
    }{ $casting ->
        [yes] , wliczając głos rozstrzygający przewodniczącego obrad
       *[no] {""}
    }. { $basis ->
        [votes-cast] Głosy wstrzymujące się nie są głosami oddanymi.
        [present] Wstrzymanie się od głosu liczy się jako brak głosu za.
       *[all] Wstrzymanie się od głosu lub nieobecność liczy się jako brak głosu za.
    }
decision-no-quorum-required = Kworum nie było wymagane; obecnych lub reprezentowanych: { $counted } z { $full } członków zwyczajnych.
decision-quorum-reached = Kworum osiągnięte – obecnych lub reprezentowanych: { $counted } z { $full } członków zwyczajnych; wymagane co najmniej { $required }.
decision-quorum-not-reached = Kworum nieosiągnięte – obecnych lub reprezentowanych: { $counted } z { $full } członków zwyczajnych; wymagane co najmniej { $required }.
# Co jest potrzebne do przyjęcia wniosku, ogłaszane przed głosowaniem; $tie to rejected lub chair.
rules-majority = { $fraction } { $basis ->
        [votes-cast] głosów oddanych (głosy wstrzymujące się nie są liczone)
        [present] członków zwyczajnych obecnych lub reprezentowanych
       *[all] wszystkich członków zwyczajnych
    }; { $tie ->
        [chair] przy równości głosów rozstrzyga przewodniczący obrad
       *[rejected] przy równości głosów wniosek zostaje odrzucony
    }
rules-quorum = { $fraction } członków zwyczajnych obecnych lub reprezentowanych
quorum-none-required = niewymagane
organisations = { $count ->
        [0] brak organizacji
        [one] { $count } organizacja
        [few] { $count } organizacje
        [many] { $count } organizacji
       *[other] { $count } organizacji
    }

## Strony.

app-name = plenum
log-in = Zaloguj się
log-out = Wyloguj się
email = E-mail
password = Hasło
logged-in-as = { $name } ({ $role })
role-secretariat = sekretariat
role-auditor = audytor
role-teller = punkt rejestracji
role-delegate = delegat
add-delegate-for = Delegat organizacji { $org }
add-staff-account = Dodaj konto dla sekretariatu, punktu rejestracji lub audytora
replace-delegate = Zastąp
replace-delegate-hint = Nowy delegat zastępuje dotychczasowego ({ $email }), którego konto zostaje natychmiast dezaktywowane i wylogowane.
person-name = Imię i nazwisko
first-password = Hasło początkowe (co najmniej 10 znaków; przekaż je tej osobie, która może je zachować)
create-account = Utwórz konto
no-assembly = Obecnie nie ma otwartego zgromadzenia.
assembly-state = Stan: { $state }
check-in-remote = Zarejestruj obecność (zdalnie)
checked-in = Obecność Twojej organizacji jest zarejestrowana ({ $mode }).
not-checked-in-yet = Obecność Twojej organizacji nie jest jeszcze zarejestrowana.
advisory-only = Twoja organizacja jest członkiem stowarzyszonym: uczestniczysz i możesz zabierać głos, ale nie głosujesz.
suspended-only = Twoja organizacja jest zawieszona w prawach członka: uczestniczysz, ale nie głosujesz.
open-polls = Otwarte głosowania
no-open-poll = Obecnie nie trwa żadne głosowanie.
page-changed = Od wyświetlenia tej strony przebieg obrad się zmienił.
reload = Pokaż
candidate = Kandydat
approvals = Głosy
elected-mark = wybrany(-a)
vote-yes = Za
vote-no = Przeciw
vote-abstain = Wstrzymuję się
vote-recorded = Głos Twojej organizacji został zapisany. Pokwitowanie: { $receipt }
voting-for = Z pełnomocnictwa, w imieniu organizacji { $org }:
voting-for-own = W imieniu Twojej organizacji, { $org }:
already-voted-here = Twoja organizacja oddała już głos w tym głosowaniu.
already-voted-in-round = Twoja organizacja oddała już głos w tej turze.
round-of = { $election }, tura { $round }
why-not-affiliate = Twoja organizacja jest członkiem stowarzyszonym: śledzi głosowanie i może zabierać głos, ale nie głosuje.
why-not-suspended = Twoja organizacja jest zawieszona w prawach członka: może uczestniczyć, ale nie głosuje.
why-not-absent = W chwili otwarcia tego głosowania Twoja organizacja nie miała zarejestrowanej obecności ani nie była reprezentowana przez pełnomocnika, więc nie głosuje w nim.
why-not-arrived-late = Twoja organizacja zarejestrowała obecność po otwarciu tego głosowania: głosują w nim tylko organizacje obecne lub reprezentowane w chwili otwarcia.
ballot-roll-call = Głosowanie imienne: sposób głosowania każdej organizacji zostanie opublikowany wraz z wynikiem.
ballot-secret = Głosowanie tajne: nikt nie zobaczy, jak głosowała Twoja organizacja – widać tylko, że oddała głos.
ballot-tellers = Skrutatorzy liczą karty podniesione na sali; organizacje uczestniczące online głosują tutaj, a sposób głosowania każdej z nich zostanie opublikowany wraz z wynikiem.
ballot-election = Głosowanie tajne: nikt nie zobaczy, kogo wybrała Twoja organizacja – widać tylko, że oddała głos.
confirm-title = Potwierdź głos
confirm-vote = Głos organizacji { $org } w sprawie „{ $motion }”: { $choice }. Potwierdzić?
confirm-round = Karta organizacji { $org } w wyborach „{ $election }”:
confirm-no-candidate = Nie wskazano kandydata: karta liczy się jako wstrzymanie się od głosu.
confirm-final = Oddanego głosu nie można zmienić.
confirm-changeable = Zgromadzenie dopuszcza późniejszą zmianę głosu za pomocą pokwitowania.
confirm-cast = Oddaj głos: { $choice }
confirm-cast-ballot = Oddaj kartę
change-ballot = Zmień wybór
cancel = Anuluj
voted-notice = Twój głos w sprawie „{ $title }” został zapisany. Pokwitowanie znajduje się poniżej.
your-receipts = Twoje pokwitowania
your-receipts-hint = Ta przeglądarka przechowuje je do wylogowania. Po zamknięciu głosowania pokwitowanie pokazuje, że głos został policzony.
receipt-for = organizacja: { $org }
receipt-cast-at = oddano o { $time }
check-receipt = Sprawdź
check-receipt-once-closed = Możesz je tu sprawdzić po zamknięciu głosowania.
receipt-label = Pokwitowanie:
your-choice = Oddany głos: { $choice }
attendance = Lista obecności
present-count = Obecni lub reprezentowani członkowie zwyczajni: { $present } z { $full }
quorate = Jest kworum
quorum-detail = Obecni: { $present }, reprezentowani przez pełnomocnika: { $represented }; wymagane: { $required }.
hall = Widok sali
not-quorate = Brak kworum
motions = Wnioski
open-poll = Otwórz głosowanie
close-poll = Zamknij głosowanie
close-round = Zamknij turę
room-count-checked = Liczby zostały sprawdzone: zapisanego wyniku liczenia na sali nie można zmienić.
room-count-unchecked = Wynik liczenia na sali nie został zapisany: najpierw zaznacz, że liczby zostały sprawdzone. Po zapisaniu nie można go zmienić.
still-to-vote = Nie oddano jeszcze głosów: { $missing } z { $eligible }.
confirm-action = Potwierdź: { $action }
close-poll-warning = Zamknięcie głosowania oznacza policzenie głosów i opieczętowanie wyniku: później nie przyjmuje się żadnego głosu, a wyniku nie można zmienić.
close-round-warning = Zamknięcie tury oznacza policzenie oddanych w niej głosów i opieczętowanie wyniku: później nie przyjmuje się żadnego głosu.
close-assembly-warning = Zamknięcie zgromadzenia kończy je: nie będzie już rejestracji obecności, głosowań ani wystąpień, a zgromadzenia nie można ponownie otworzyć. Następnie sporządza się protokół.
approve-minutes-warning = Zatwierdzenie utrwala protokół w obecnej postaci i opieczętowuje go: później niczego nie można dodać ani zmienić.
disable-account-warning = Osoba { $name } zostanie natychmiast wylogowana i nie będzie mogła się zalogować, dopóki konto nie zostanie ponownie aktywowane.
disable-own-account-warning = To Twoje konto: wylogowanie nastąpi natychmiast.
leaves-warning = Organizacja { $org } opuszcza salę: przestaje być liczona do kworum, a głosowania otwarte od tej chwili odbywają się bez niej, dopóki ponownie nie zarejestruje obecności.
act-convene = Zwołaj zgromadzenie
act-open-session = Otwórz obrady
act-suspend = Zawieś obrady
act-resume = Wznów obrady
act-close-assembly = Zamknij zgromadzenie
back-to-chair = Powrót do prowadzenia obrad
motion-draft = projekt
motion-submitted = złożony, oczekuje na dopuszczenie
motion-admitted = dopuszczony, gotowy do głosowania
motion-voting = w trakcie głosowania
motion-carried = wniosek przyjęty
motion-rejected = wniosek odrzucony
motion-withdrawn = wycofany
motion-state-not-admitted = niedopuszczony
speaker-speaking = ma głos
speaker-queued = oczekuje
votes-cast-so-far = Oddane głosy: { $cast } z { $eligible }
result-link = Wynik
result = Wynik
move = Przenieś do: { $to }
desk = Punkt rejestracji
check-in-in-person = Zarejestruj obecność (na sali)
check-out = Opuszcza salę
present = obecna ({ $mode })
absent = nieobecna
organisation = Organizacja
country = Kraj
kind = Rodzaj
status = Status
yes = Za
no = Przeciw
abstain = Wstrzymanie się
ballots = Karty do głosowania
choice = Wybór
assemblies = Zgromadzenia
auditor = Audyt
audit-events = Dziennik audytowy
chain-intact = Łańcuch { $count ->
        [one] { $count } zdarzenia
        [few] { $count } zdarzeń
        [many] { $count } zdarzeń
       *[other] { $count } zdarzenia
    } jest nienaruszony.
chain-broken = Łańcuch jest przerwany przy zdarzeniu nr { $seq }.
ledger-holds = Dziennik zawiera { $count ->
        [one] { $count } zdarzenie
        [few] { $count } zdarzenia
        [many] { $count } zdarzeń
       *[other] { $count } zdarzenia
    }.
check-chain = Sprawdź cały łańcuch
chair = Prowadzenie obrad
back = Wstecz
assembly-over = To zgromadzenie jest zamknięte: nie będzie już głosowań, a poniższe wyniki są ostateczne. Protokół zostanie udostępniony po jego zatwierdzeniu przez sekretariat; Twoje pokwitowania pozostaną poniżej do wylogowania.
assembly-over-minutes-approved = To zgromadzenie jest zamknięte, a jego protokół zatwierdzony: poniższe wyniki są ostateczne, a sekretariat udostępnia protokół. Twoje pokwitowania pozostaną poniżej do wylogowania.
done-checked-in = Obecność została zarejestrowana.
done-proxy-given = Pełnomocnictwo zostało udzielone.
done-proxy-revoked = Pełnomocnictwo zostało odwołane: po zarejestrowaniu obecności Twoja organizacja znów głosuje sama.
done-asked-to-speak = Twoje zgłoszenie do głosu jest w kolejce.
done-withdrawn = Twoje zgłoszenie do głosu zostało wycofane.
done-floor-given = Udzielono głosu.
done-floor-ended = Wystąpienie zostało zakończone.
done-state-changed = Zgromadzenie ma teraz stan: { $state }.
done-poll-opened = Głosowanie zostało otwarte.
done-round-opened = Tura została otwarta.
done-round-closed = Tura została zamknięta, a głosy policzone.
done-arrived = Obecność organizacji { $org } na sali została zarejestrowana.
done-left = Organizacja { $org } opuściła salę.
done-room-counted = Wynik liczenia na sali został zapisany.
done-organisation-added = Organizacja { $org } została dodana do rejestru.
done-organisation-changed = Dane organizacji { $org } w rejestrze zostały zmienione.
done-account-changed = Konto zostało zmienione.
done-account-created = Konto zostało utworzone: przekaż tej osobie adres e-mail i hasło początkowe.
done-narrative-saved = Część opisowa została zapisana.
done-incident-recorded = Incydent został odnotowany.
done-minutes-approved = Protokół został zatwierdzony i opieczętowany.
done-display-revoked = Link ekranu został odwołany: ekran, który go wyświetla, przestaje go pokazywać.
projector = Rzutnik
projector-hint = Link ekranu wyświetla stronę sali tego zgromadzenia na rzutniku bez logowania: bez nazwisk zalogowanych osób i bez niczego do kliknięcia. Utwórz osobny link dla każdego ekranu; odwołaj go po zakończeniu zgromadzenia lub gdy link trafi w niepowołane ręce.
make-display = Utwórz link ekranu
display-made = Link ekranu
display-made-hint = Otwórz ten adres na komputerze podłączonym do rzutnika. Jest widoczny tylko teraz: skopiuj go albo później utwórz nowy.
display-open-since = Link ekranu utworzony: { $at }
revoke-display = Odwołaj
revoke-display-warning = Ekran wyświetlający ten link natychmiast zgaśnie; aby ponownie pokazać salę, utwórz nowy link i otwórz go na tym ekranie.
queue-heading = Kolejka mówców
session-suspended-notice = Obrady są zawieszone.
session-suspended-for-delegates = Obrady są zawieszone: nie można oddawać głosów, dopóki przewodniczący obrad ich nie wznowi.
votes-wait-for-resume = Głosowania czekają: obrady są zawieszone.
org-has-voted = Organizacja { $org } oddała głos w tym głosowaniu.
org-has-voted-in-round = Organizacja { $org } oddała głos w tej turze.
tellers-in-room-hint = Jesteś na sali: podnieś kartę dla skrutatorów. Głosuj tutaj tylko wtedy, gdy skrutatorzy Cię nie policzą; jeśli zagłosujesz tutaj, nie będą mogli Cię policzyć.
not-done-title = Nie udało się wykonać tej czynności
back-to-your-page = Powrót do Twojej strony
state-draft = projekt
state-convened = zwołane
state-in-session = w trakcie obrad
state-suspended = obrady zawieszone
state-closed = zamknięte
state-minutes-approved = protokół zatwierdzony
delegate = Delegat

## Protokół.

minutes-title = Protokół
narrative = Część opisowa (Markdown): to, czego nie oddaje sam zapis
save-narrative = Zapisz część opisową
incident = Incydent
record-incident = Odnotuj incydent
approve-minutes = Zatwierdź i opieczętuj protokół
approve-minutes-hint = Po zamknięciu zgromadzenia zatwierdzenie utrwala protokół w obecnej postaci i opieczętowuje go kluczem tej instancji.
minutes-frozen = Protokół tego zgromadzenia jest zatwierdzony i opieczętowany; nie podlega już zmianom.
minutes-changed = Protokół zmienił się w trakcie zatwierdzania. Przejrzyj go i zatwierdź ponownie.
minutes-need-closed = Protokół zatwierdza się po zamknięciu zgromadzenia; obecny stan: { $state }.
approve-minutes-instead = Protokół zgromadzenia zatwierdza się odrębną czynnością, która go opieczętowuje.

## Strefa audytora i pokwitowania.

subject = Przedmiot
from = Od
until = Do
filter = Filtruj
kind-hint = np. ballot. – wszystkie zdarzenia dotyczące głosów
public-key = Klucz publiczny instancji (Ed25519)
public-key-hint = Każda pieczęć i każdy punkt kontrolny są podpisane tym kluczem. Porównaj go z kluczem opublikowanym przez sekretariat i przekaż go do plenum verify --public-key.
evidence-bundle = Pakiet dowodowy (JSON)
verify-hint = Sprawdź go offline, bez bazy danych i bez sieci:
verify-guide = Czego dowodzi sprawdzenie oraz czego pakiet nie zawiera i dlaczego: docs/AUDITING.md, dołączony do plenum.
records-csv = Zapisy (CSV)
audit-assembly = Dokumentacja zgromadzenia
stays = Przybycia i wyjścia
arrived = Przybycie
left = Wyjście
mode = Tryb
proxies = Pełnomocnictwa
grantor = Mocodawca
holder = Pełnomocnik
sealed-polls = Opieczętowane głosowania
sealed-rounds = Opieczętowane tury wyborów
seal = Pieczęć
checkpoints = Podpisane punkty kontrolne dziennika
no-events = Brak pasujących zdarzeń.
receipt-check-title = Sprawdź pokwitowanie
receipt-code = Kod pokwitowania
receipt-check-hint = Po zamknięciu głosowania pokwitowanie pokazuje, że głos Twojej organizacji znajduje się w opieczętowanym wyniku. W głosowaniu tajnym dowodzi tylko tego – nigdy dokonanego wyboru.
receipt-vote = Pokwitowanie głosu w sprawie „{ $title }”.
receipt-included = Ten głos znajduje się w opieczętowanym wyniku. Pieczęć: { $seal }
receipt-choice = Zapis głosowania imiennego wskazuje wybór: { $choice }.
receipt-not-yet = Głosowanie jest jeszcze otwarte: uwzględnienie głosu widać dopiero po zamknięciu, aby pokwitowanie nie pozwalało śledzić liczenia.
receipt-not-included = To głosowanie jest zamknięte, ale tego głosu nie ma wśród opieczętowanych. Powiadom audytorów.
receipt-unknown = Żaden głos nie ma tego pokwitowania. Zmieniony głos ma pokwitowanie ostatniej zmiany.
receipt-later = Zachowaj ten kod. Po zamknięciu głosowania sprawdź, czy Twój głos znajduje się w opieczętowanym wyniku:

## Języki.

# Etykieta listy języków u dołu każdej strony.
language-switcher = Język
unknown-language = „{ $tag }” nie jest językiem obsługiwanym przez plenum; obsługiwane języki: { $tags }.
no-official-language = Wskaż co najmniej jeden język oficjalny zgromadzenia.
not-an-official-language = Protokół tego zgromadzenia sporządza się w jego językach oficjalnych: { $official }. „{ $tag }” nie jest jednym z nich.
motion-language-not-official = Tekst wniosku składa się w jednym z języków oficjalnych zgromadzenia: { $official }. „{ $tag }” nie jest jednym z nich; tekst w innym języku można dodać jako tłumaczenie.
translation-of-itself = Własny tekst wniosku to tekst w tym języku ({ $language }): jest to tekst wiążący, a nie tłumaczenie.
translations-closed = Stan wniosku: { $state }. To, nad czym członkowie głosują, już się nie zmienia, łącznie z tłumaczeniami.

## Czego nie znaleziono („Nie znaleziono { $what }.”): nazwy w dopełniaczu.

thing-api-path = ścieżki API
thing-account = konta
thing-agenda-item = punktu porządku obrad
thing-assembly = zgromadzenia
thing-checkin-code = kodu rejestracji
thing-display = linku ekranu
thing-election-round = tury wyborów
thing-election = wyborów
thing-export = eksportu
thing-motion = wniosku
thing-organisation = organizacji
thing-page = strony
thing-poll = głosowania
thing-proxy = pełnomocnictwa
thing-receipt = pokwitowania
thing-record = zapisu
thing-speaker-request = zgłoszenia do głosu
thing-round = tury
# Dwie role lub rzeczy, z których każda wystarczy: „sekretariat lub audytor”.
either-or = { $a } lub { $b }
speaker-done = po wystąpieniu
speaker-withdrawn = wycofane

## Późniejsze uzupełnienia.

in-the-record = W protokole (po angielsku):
seal-label = pieczęć
actor = Wykonawca
payload = Dane

## Protokół (PDF, HTML, Markdown) w językach oficjalnych zgromadzenia.
## Kody w selektorach ($kind, $format, $ballot, $state, $choice, $status)
## pochodzą z zapisu; pozostawia się je bez zmian i tłumaczy to, co wybierają.

minutes-of = Protokół: { $title }
minutes-approved-sealed = Protokół zatwierdzony, opieczętowany { $at }.
minutes-draft = Projekt protokołu: jeszcze niezatwierdzony.
minutes-assembly = Zgromadzenie
minutes-assembly-line = { $title } ({ $kind ->
        [extraordinary] nadzwyczajne
       *[ordinary] zwyczajne
    }, { $format ->
        [in_person] stacjonarne
        [remote] zdalne
       *[hybrid] hybrydowe
    })
minutes-called-for = Zwołane na
minutes-session-opened = Otwarcie obrad
minutes-closed = Zamknięcie
minutes-not-yet = jeszcze nie nastąpiło
minutes-venue = Miejsce
minutes-convocation = Zwołanie
minutes-first-convocation = w pierwszym terminie
minutes-second-convocation = w drugim terminie
minutes-notice-sent = Wysłanie zawiadomienia
minutes-not-recorded = nie odnotowano
minutes-quorum = Kworum
minutes-quorum-none = niewymagane
# $fraction to „więcej niż połowa”, „co najmniej dwie trzecie”… (mianownik).
minutes-quorum-of = { $fraction } członków zwyczajnych
minutes-record-of-session = Przebieg obrad
minutes-attendance = Lista obecności
minutes-attendance-counts = Spośród { $full ->
        [one] { $full } członka zwyczajnego
        [few] { $full } członków zwyczajnych
        [many] { $full } członków zwyczajnych
       *[other] { $full } członka zwyczajnego
    }: na sali – { $room }, zdalnie – { $remote }, reprezentowani przez pełnomocnika – { $represented }, nieobecni – { $absent }. Członkowie stowarzyszeni obecni z głosem doradczym: { $affiliates }.
minutes-organisations = Organizacje
minutes-in-the-room = Na sali
minutes-remote = Zdalnie
minutes-represented = Reprezentowane przez pełnomocnika
minutes-represented-by = { $org } (pełnomocnik: { $holder })
minutes-absent = Nieobecne
minutes-affiliates = Członkowie stowarzyszeni (głos doradczy)
# Pusta lista organizacji lub nazwisk.
minutes-none = brak
minutes-proxies = Pełnomocnictwa
minutes-grantor = Mocodawca
minutes-holder = Pełnomocnik
minutes-state = Stan
# Stan pełnomocnictwa; $closed ma wartość „yes” po zamknięciu zgromadzenia.
minutes-proxy-state = { $state ->
        [revoked] odwołane
        [void] nieważne
       *[live] { $closed ->
            [yes] obowiązujące w chwili zamknięcia
           *[no] obowiązujące
        }
    }
minutes-item = Punkt
minutes-agenda-kind = { $kind ->
        [information] informacja
        [discussion] dyskusja
        [election] wybory
       *[decision] decyzja
    }
minutes-motions = Wnioski
# $kind to rodzaj wniosku w nazewnictwie instancji (ordinary, budget, statutes…): bez zmian.
minutes-motion-heading = { $title } ({ $kind }): { $state }
minutes-proposed-by = Wnioskodawca: { $org }.
minutes-proposed-by-secretariat = Wnioskodawca: sekretariat.
minutes-amends = Poprawka do wniosku „{ $title }”.
minutes-reason-recorded = Powód odnotowany w protokole: { $reason }
minutes-opinion = Opinia doradcza organizacji { $org }: { $text }
# $verdict to „Przyjęto.” lub „Odrzucono.” (albo, po angielsku, opieczętowane zdanie).
minutes-vote = Głosowanie ({ $ballot ->
        [secret] tajne
        [tellers] przez skrutatorów
       *[roll_call] imienne
    }, zamknięte { $at }): { $verdict }
minutes-counted = Liczenie
# $organisations to „1 organizacja”, „12 organizacji”.
minutes-in-the-room-tellers = Na sali (skrutatorzy, { $organisations })
minutes-at-vote = W chwili głosowania: obecni – { $present }, reprezentowani – { $represented } z { $full ->
        [one] { $full } członka zwyczajnego
        [few] { $full } członków zwyczajnych
        [many] { $full } członków zwyczajnych
       *[other] { $full } członka zwyczajnego
    }; uprawnieni do głosowania – { $eligible }.
minutes-seal = Pieczęć { $seal }.
minutes-organisation = Organizacja
minutes-vote-column = Głos
# Głos w głosowaniu imiennym w tabeli protokołu.
minutes-choice = { $choice ->
        [yes] za
        [no] przeciw
       *[abstain] wstrzymanie się
    }
minutes-election-heading = { $title } ({ $seats ->
        [0] bez mandatów
        [one] { $seats } mandat
        [few] { $seats } mandaty
        [many] { $seats } mandatów
       *[other] { $seats } mandatu
    })
# Karta, na której nie wskazano nikogo, jest „pusta”.
minutes-round = Tura { $round }: { $ballots ->
        [0] brak kart
        [one] { $ballots } karta
        [few] { $ballots } karty
        [many] { $ballots } kart
       *[other] { $ballots } karty
    }, w tym pustych: { $blank }; wybrano: { $elected }.
minutes-round-runoff = Tura { $round }: { $ballots ->
        [0] brak kart
        [one] { $ballots } karta
        [few] { $ballots } karty
        [many] { $ballots } kart
       *[other] { $ballots } karty
    }, w tym pustych: { $blank }; wybrano: { $elected }; równość głosów, do głosowania dodatkowego: { $runoff }.
minutes-candidate = Kandydat
minutes-approvals = Głosy
minutes-elected = Wybrano: { $names }.
minutes-from = Od
minutes-to = Do
minutes-incidents = Incydenty odnotowane przez przewodniczącego obrad
minutes-incident = Incydent
minutes-sealed-with = Każdy z powyższych wyników jest opieczętowany kluczem Ed25519 tej instancji { $key }. Audytorzy sprawdzają je offline za pomocą polecenia plenum verify.
minutes-footer = Protokół: { $title } · { $status ->
        [approved] zatwierdzony
       *[draft] projekt
    }
minutes-page = strona { $page } z { $pages }

## Wnioski w kilku językach.

# Pod tekstem wniosku w protokole: nazwa jego języka i skrót.
minutes-authoritative = Tekst wiążący (język: { $language }); SHA-256 { $sha256 }.
minutes-translation = Tłumaczenie (język: { $language }), autor: { $by }, { $at }; SHA-256 { $sha256 }.
# Nad przetłumaczonym wnioskiem na stronie: $language to nazwa języka tłumaczenia, $at data.
translation-by = Tłumaczenie (język: { $language }), autor: { $by }, { $at }. Nie jest to tekst wiążący.
authoritative-text-in = To jest tekst wiążący (język: { $language }); nie dodano tłumaczenia na Twój język.
show-authoritative-text = Przeczytaj tekst wiążący (język: { $language })

## Odrzucenie wprowadzonych danych.

number-at-least = Wartość w polu „{ $field }” musi wynosić co najmniej { $min }.
number-too-large = Podana liczba jest za duża.
seats-above-candidates = Mandatów jest więcej niż kandydatów ({ $candidates }): w wyborach obsadza się najwyżej jeden mandat na kandydata.
email-invalid = Adres e-mail jest nieprawidłowy.
only-delegate-replaced = Zastąpić można tylko konto delegata.
election-incomplete = Wybory wymagają tytułu, co najmniej jednego mandatu i co najmniej jednego kandydata.
file-not-utf8 = Plik nie jest tekstem w UTF-8: zapisz go w UTF-8 (w arkuszu kalkulacyjnym jako „CSV UTF-8”) i spróbuj ponownie.
form-field-invalid = Brak pola formularza „{ $field }” lub jego wartość jest nieprawidłowa: odśwież stronę i spróbuj ponownie.
time-invalid = „{ $value }” nie jest datą z godziną.
ballot-candidates-invalid = Karta wskazuje kandydata dwukrotnie albo kandydata, który nie startuje w tej turze.

## Pola wskazywane w odrzuceniu (w cudzysłowie po słowie „pole”).

field-title = tytuł
field-text = tekst
field-reason = uzasadnienie
field-venue = miejsce
field-name = nazwa
field-email = adres e-mail
field-narrative = opis przebiegu
field-incident = zdarzenie
field-document = dokument
field-candidates = liczba kandydatów
field-seats = liczba mandatów
field-opinion = opinia
field-convocation = zwołanie
field-proxy-cap = największa liczba pełnomocnictw na pełnomocnika
field-majority-or-quorum = większość lub kworum
field-agenda-title = tytuł punktu { $number } porządku obrad
field-candidate-name = imię i nazwisko kandydata { $number }
field-choice = wybór
field-candidate = kandydat
field-organisation = organizacja
field-item = punkt porządku obrad
field-votes-yes = liczba głosów za
field-votes-no = liczba głosów przeciw
field-votes-abstain = liczba głosów wstrzymujących się
field-at = { $path }

## Tłumaczenia wniosku dodawane przez sekretariat (strona prowadzenia obrad).

translations-summary = Tekst wiążący w języku: { $language }; { $count ->
        [0] brak tłumaczeń
        [one] jedno tłumaczenie
        [few] { $count } tłumaczenia
       *[other] { $count } tłumaczeń
    }
translation-listed = autor: { $by }, { $at }
translations-hint = Tłumaczenie można dodać lub zastąpić do chwili poddania wniosku pod głosowanie. Wiążący pozostaje tekst w języku: { $language }; delegaci widzą każde tłumaczenie oznaczone jako tłumaczenie.
replace-translation = Zastąp tłumaczenie ({ $language })
translation-language = Język tłumaczenia
translation-title = Tytuł w tłumaczeniu
translation-text = Tekst w tłumaczeniu (Markdown)
add-translation = Dodaj tłumaczenie
save-translation = Zapisz tłumaczenie
done-translation-saved = Tłumaczenie zostało zapisane. Delegaci czytający w tym języku widzą je teraz, oznaczone jako tłumaczenie.

## Języki wymienione w zdaniu (mianownik).

language-name = { $tag ->
        [en] angielski
        [fr] francuski
        [de] niemiecki
        [es] hiszpański
        [it] włoski
        [pl] polski
       *[other] { $tag }
    }
language-in-use = Wnioski tego zgromadzenia są napisane w języku: { $languages }; ten język pozostaje wśród jego języków oficjalnych.
labelled = { $label }:
minutes-in = Protokół ({ $language })
translations-missing = Brak jeszcze tłumaczenia na język oficjalny: { $languages }.
narrative-in-every-language = Opis przebiegu i zdarzenia trafiają do protokołu w każdym języku oficjalnym w takiej postaci, w jakiej je zapisano: jeśli statut tego wymaga, napisz każdy akapit w każdym języku.
remote-link-invalid = Link do udziału zdalnego musi być adresem internetowym zaczynającym się od https:// (lub http://), bez spacji.
convocation-not-now = Zawiadomienie wysyła się po zwołaniu zgromadzenia, a przed otwarciem jego posiedzenia; zgromadzenie ma stan „{ $state }”.
notice-on-its-way = Ta wiadomość jest jeszcze w drodze: można ją wysłać ponownie, gdy zostanie wysłana albo się nie powiedzie.
thing-notice = wiadomości
notice-convocation-subject = Zawiadomienie: { $title }
notice-greeting = Szanowni Państwo ({ $name }),
notice-convened = { $organisation } zostaje zaproszona na { $kind ->
        [extraordinary] nadzwyczajne
       *[ordinary] zwyczajne
    } walne zgromadzenie: { $title }.
notice-when = Kiedy: { $at } (UTC)
notice-format = Forma: { $format ->
        [in_person] stacjonarnie
        [remote] zdalnie
       *[hybrid] hybrydowo (na sali lub zdalnie)
    }
notice-where = Gdzie: { $venue }
notice-remote-link = Udział zdalny:
notice-agenda = Porządek obrad
notice-agenda-later = Porządek obrad zostanie przesłany później.
notice-rules = Kworum i większości
notice-preset = { $kind ->
        [ordinary] Zwykłe wnioski
        [budget] Budżet
        [membership] Decyzje o członkostwie
        [statutes] Zmiany statutu
        [dissolution] Rozwiązanie
       *[other] { $kind }
    }: { $rules }
notice-proxy-heading = Jeśli nie mogą Państwo uczestniczyć
notice-proxy = Członek zwyczajny, który nie może uczestniczyć, może przekazać swój głos pełnomocnictwem innemu członkowi zwyczajnemu na swojej stronie delegata w plenum; jeden członek może mieć najwyżej { $cap ->
        [one] jedno pełnomocnictwo
        [few] { $cap } pełnomocnictwa
       *[other] { $cap } pełnomocnictw
    }.
notice-period-met = To zawiadomienie wysłano { $given ->
        [one] { $given } dzień
       *[other] { $given } dni
    } przed zgromadzeniem; statut wymaga { $required }.
notice-period-short = To zawiadomienie wysłano { $given ->
        [one] { $given } dzień
       *[other] { $given } dni
    } przed zgromadzeniem, mniej niż { $required } wymaganych przez statut: zgromadzenie może zdecydować, czy obradować.
notice-your-page = Państwa strona w plenum (rejestracja, pełnomocnictwa, głosowania):
notice-calendar-attached = Zgromadzenie jest załączone jako wydarzenie w kalendarzu (assembly.ics).
notice-state-queued = W kolejce
notice-state-sent = Wysłano
notice-state-failed = Nieudane
notices-title = Zawiadomienia i wiadomości
mail-off = Wysyłanie e-maili jest wyłączone w tym plenum (mail_enabled): wiadomości są redagowane i czekają tutaj w kolejce; żadna nie wyjdzie, dopóki go nie włączysz.
convocation-heading = Zawiadomienie o zwołaniu
notice-sent-on = Zawiadomienie uznaje się za wysłane { $date }.
send-convocation = Wyślij zawiadomienie
send-convocation-warning = Każdy delegat każdej organizacji członkowskiej otrzyma zawiadomienie e-mailem, w swoim języku, z porządkiem obrad i wydarzeniem w kalendarzu. Ponowne wysłanie trafi znów do wszystkich.
convoke-first = Najpierw zwołaj zgromadzenie na stronie przewodniczącego: zawiadomienie wychodzi po zwołaniu.
unreachable = { $count ->
        [one] { $count } organizacja członkowska nie ma
        [few] { $count } organizacje członkowskie nie mają
       *[other] { $count } organizacji członkowskich nie ma
    } konta delegata, do którego można napisać
outbox-heading = Wiadomości
outbox-counts = W kolejce: { $queued } · wysłane: { $sent } · nieudane: { $failed }
outbox-empty = Dla tego zgromadzenia nie wysłano jeszcze żadnej wiadomości.
recipient = Odbiorca
server-answer = Odpowiedź serwera poczty
actions = Działania
attempts = { $count ->
        [one] { $count } próba
        [few] { $count } próby
       *[other] { $count } prób
    }
next-attempt = następna próba { $at }
send-again = Wyślij ponownie
done-convocation-queued = Zawiadomienie jest w skrzynce nadawczej.
done-notice-resent = Wiadomość zostanie wysłana ponownie.
remote-link-label = Dołącz zdalnie
account-inactive = To konto jest wyłączone: włącz je, zanim zaprosisz jego właściciela.
invitation-invalid = Ten link nie działa (już): link działa raz i przez ograniczony czas, a nowszy go zastępuje. Poproś sekretariat o nowy.
invitation-subject = Państwa dostęp do plenum
invitation-delegate = Zostali Państwo wskazani jako delegat { $organisation } w plenum, gdzie odbywają się walne zgromadzenia sieci: rejestracja, pełnomocnictwa, wystąpienia i głosowania.
invitation-role = Utworzono dla Państwa konto w plenum: { $role }.
invitation-login = Logują się Państwo swoim adresem e-mail, { $email }.
invitation-choose = Tutaj wybiorą Państwo hasło (link działa raz, do { $until } UTC):
invitation-no-password = Hasła nigdy nie są wysyłane e-mailem i nikt nie poprosi Państwa o hasło.
invitation-not-you = Jeśli nie spodziewali się Państwo tej wiadomości, proszę ją zignorować: bez linku nic się nie stanie.
welcome-title = Wybierz hasło
welcome-for = Dla: { $name }, logowanie adresem { $email }.
password-again = To samo hasło ponownie
save-password = Zapisz hasło
passwords-differ = Hasła się różnią: wpisz dwa razy to samo.
password-chosen = Hasło zapisano: zaloguj się adresem e-mail i tym hasłem.
send-invitation = Wyślij zaproszenie
done-invitation-sent = Zaproszenie jest w skrzynce nadawczej: jego link działa raz, przez ograniczony czas.
first-password-hint = Albo zostaw puste: plenum wyśle tej osobie jednorazowy link, by wybrała własne.
invitation-spent = Link tego zaproszenia nie jest przechowywany po wysłaniu: wyślij nowe zaproszenie.
