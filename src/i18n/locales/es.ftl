# Mensajes de plenum en español; la referencia es en.ftl (léase su comentario inicial).
#
# Glossary:
# General Assembly: Asamblea General
# assembly: asamblea
# session (held/suspended/closed): sesión (celebrada / suspendida / cerrada); reanudar la sesión
# close (the assembly): clausurar la asamblea (asamblea clausurada); close (a poll, a round): cerrar
# convene / convocation: convocar / convocatoria
# notice (of convocation): convocatoria (fecha de la convocatoria, antelación)
# quorum (present or represented): quórum (miembros presentes o representados); quorate: hay quórum
# proxy: delegación de voto (delegar el voto en…)
# proxy holder: representante (organización representante)
# grantor: delegante (organización delegante)
# full member: miembro de pleno derecho
# affiliate member (advisory, no vote): miembro asociado (con voz y sin voto); kind label: asociada
# advisory capacity: carácter consultivo
# suspended member: miembro suspendido (la organización está suspendida)
# active (status): activa; status: situación; kind: tipo
# delegate: delegado
# secretariat: Secretaría
# chair: Presidencia
# the chair's casting vote: el voto de calidad de la Presidencia
# tellers: escrutadores
# roll call: votación nominal
# ballot: papeleta; secret ballot: votación secreta; cast a ballot: emitir el voto / la papeleta
# poll: votación
# motion: moción
# amendment: enmienda
# seconder / to second a motion: apoyo (organización que secunda) / secundar una moción
# admitted / not admitted: admitida / no admitida
# carried / rejected: aprobada / rechazada
# abstention / abstain: abstención / abstenerse
# votes cast: votos emitidos (las abstenciones no son votos emitidos)
# majority (simple, two-thirds, absolute): mayoría (simple, de dos tercios, absoluta)
# tie: empate
# agenda / agenda item: orden del día / punto del orden del día; take up: tratar
# speakers' list / the floor: lista de oradores / la palabra (pedir, dar, en uso de la palabra)
# minutes (draft / approved / sealed): acta (borrador / aprobada / sellada)
# narrative (of the minutes): relato
# seal (cryptographic): sello (sellar)
# ledger: libro de auditoría
# receipt: justificante
# auditor: auditor; the auditor's area: Auditoría
# election / round / run-off / seats: elección / vuelta / vuelta de desempate / puestos
# candidate: candidatura
# check-in desk / check-in code: mesa de acreditación / código de acreditación; check in: acreditarse
# register (of members): registro de miembros
# advisory opinion: opinión consultiva
# log in / log out / login session: entrar / salir / conexión («sesión» se reserva a la asamblea)
# display link (projector): enlace de proyección
# Quotes: « » throughout. Address: usted.

## Errores (API y páginas).

bad-request = La solicitud no es válida: { $detail }.
invalid-json = El cuerpo de la solicitud no es un JSON válido para esta llamada: { $detail }.
login-required = Entre primero con su cuenta.
login-failed = El correo electrónico o la contraseña no son correctos.
login-rate-limited = Demasiados intentos de acceso fallidos. Espere unos minutos y vuelva a intentarlo.
session-expired = Su conexión ha caducado. Vuelva a entrar.
csrf-mismatch = Este formulario ha caducado o no procede de plenum. Recargue la página y vuelva a intentarlo.
too-many-streams = Este acceso ya sigue el máximo de páginas en directo permitido. Cierre una y vuelva a intentarlo.
body-timeout = La solicitud ha tardado demasiado en llegar. Vuelva a intentarlo.
method-not-allowed = Esta dirección no admite { $method }; admite { $allowed }.
role-required = Acción reservada a: { $role }.
not-your-organisation = Solo puede actuar en nombre de su propia organización.
not-found = No se ha encontrado { $what }.
affiliate-cannot-vote = { $org } es miembro asociado: los miembros asociados asisten con carácter consultivo, con voz y sin voto.
suspended-cannot-vote = { $org } está suspendida: puede asistir, pero no vota.
not-eligible = { $org } no estaba presente ni representada al abrirse esta votación, por lo que no puede votar en ella.
already-voted = { $org } ya ha emitido su voto en esta votación; su voto cuenta una sola vez.
poll-closed = Esta votación está cerrada; ya no se aceptan votos.
poll-already-open = Esta moción ya tiene una votación abierta.
poll-not-openable = Solo puede abrirse una votación mientras la asamblea está en sesión (estado actual: { $state }).
voting-not-in-session = Solo se aceptan votos mientras la asamblea está en sesión (estado actual: { $state }).
illegal-transition = Una asamblea en estado «{ $from }» no puede pasar a «{ $to }».
attendance-closed = No puede registrarse la asistencia ahora: el estado de la asamblea es «{ $state }».
proxies-closed = No puede delegarse el voto ahora: el estado de la asamblea es «{ $state }».
speakers-closed = Nadie puede pedir la palabra ahora: el estado de la asamblea es «{ $state }».
mode-not-allowed = { $mode ->
        [remote] La asistencia a distancia
       *[in_person] La presencia en la sala
    } no es posible en una asamblea celebrada { $format ->
        [remote] solo a distancia
       *[in_person] solo de forma presencial
    }.
already-checked-in = { $org } ya está acreditada.
not-checked-in = { $org } no está acreditada.
in-person-by-desk = La presencia en la sala la registra la mesa de acreditación: muestre allí su código de acreditación. Desde aquí puede acreditarse a distancia.
assembly-closed-for-changes = La asamblea está en estado «{ $state }»: lo registrado ya no puede modificarse.
still-open = La asamblea no puede clausurarse con votaciones abiertas: cierre primero { $what }.
duplicate-record = Este registro ya existe.
duplicate-account = Ya existe una cuenta para { $email }.
duplicate-organisation = Una organización llamada { $names } ya figura en el registro de miembros.
duplicate-candidate-name = { $name } ya es candidatura en esta elección.
invalid-country = «{ $country }» no es un código de país de dos letras, como BE o FR.
organisation-required = Una cuenta de delegado debe estar vinculada a una organización.
organisation-not-allowed = Una cuenta de { $role } no se vincula a ninguna organización.
password-too-short = La contraseña debe tener al menos 10 caracteres.
invalid-fraction = La fracción no es válida: { $detail }.
chair-must-decide = La votación ha terminado en empate y la norma atribuye la decisión a la Presidencia: indique la decisión de la Presidencia para cerrar la votación.
inconsistent-count = El recuento no cuadra; la votación no se ha cerrado. Le rogamos que lo comunique.
short-notice = La convocatoria se envió con { $given ->
        [one] { $given } día
       *[other] { $given } días
    } de antelación a la asamblea; los estatutos exigen { $required }.
notice-date-missing = No consta la fecha de la convocatoria de esta asamblea convocada.
agenda-needs-reason = La asamblea está en sesión: el orden del día solo puede modificarse por decisión motivada de la Presidencia, que queda registrada.
agenda-final = La asamblea está clausurada: su orden del día ya no puede modificarse.
motions-closed = La asamblea está clausurada: ya no pueden presentarse mociones.
agenda-order-mismatch = El nuevo orden debe incluir cada punto del orden del día de esta asamblea exactamente una vez.
particulars-locked = La asamblea está en estado «{ $state }»: su título, lugar, hora de inicio, fecha de convocatoria e idiomas oficiales ya no pueden modificarse.
unknown-checkin-code = Ninguna organización tiene este código de acreditación en esta asamblea. Compruebe el código o busque por nombre.
ambiguous-checkin-code = Este código corresponde a más de una organización; busque por nombre.
your-checkin-code = Su código de acreditación para la mesa:
check-in-by-code = Acreditar por código
checkin-code = Código de acreditación
in-the-room = En la sala
remote-attendance = A distancia
represented-section = Representadas por delegación de voto
affiliates-advisory = Miembros asociados (con voz y sin voto)
absent-members = Ausentes
represented-by = representada por { $org }
register = Registro de miembros
add-organisation = Añadir una organización
add = Añadir
import-register = Importar un archivo de registro (CSV: name,country,kind[,status])
import = Importar
export-register = Exportar el registro en CSV
change = Modificar
reason = Motivo
reason-for-change = Motivo del cambio (queda registrado)
save-change = Guardar el cambio de { $org }
csv-text = Las filas del registro, pegadas desde el archivo
joined-on = Alta
import-done = Importación realizada. Creadas: { $created }; actualizadas: { $updated }; sin cambios: { $unchanged }.
import-line-error = Línea { $line }: { $message }
accounts = Cuentas
disable = Desactivar
enable = Activar
role = Función
full = de pleno derecho
affiliate = asociada
active = activa
suspended = suspendida
give-proxy = Delegar el voto de su organización en otro miembro de pleno derecho
give-proxy-to = Representante
give-proxy-button = Delegar el voto
proxy-given = El voto de su organización está delegado en { $org }.
revoke = Revocar
unknown-motion-kind = «{ $kind }» no es un tipo de moción admitido aquí; los tipos son: { $kinds }.
only-voting-members-propose = { $org } no es miembro de pleno derecho activo: no puede proponer ni secundar mociones.
motion-deadline-passed = El plazo de presentación de mociones ({ $deadline }) ha vencido.
cannot-amend = «{ $title }» ya no admite enmiendas.
agenda-item-elsewhere = El punto { $item } no figura en el orden del día de esta asamblea.
illegal-motion-move = Una moción en estado «{ $from }» no puede pasar a «{ $to }».
second-only-submitted = Solo puede secundarse una moción presentada y aún no admitida.
cannot-second-own = Una organización no puede secundar su propia moción.
already-seconded = { $org } ya ha secundado esta moción.
too-few-seconders = Esta moción { $have ->
        [0] no tiene ningún apoyo
        [one] tiene { $have } apoyo
       *[other] tiene { $have } apoyos
    }; { $need ->
        [one] se necesita { $need }
       *[other] se necesitan { $need }
    } para que pueda admitirse.
only-proposer-withdraws = Solo la organización proponente o la Secretaría pueden retirar esta moción.
opinions-are-for-affiliates = Las opiniones consultivas corresponden a los miembros asociados; los miembros de pleno derecho votan.
amendments-first = Las enmiendas a esta moción se votan primero.
motion-not-admitted = Solo puede someterse a votación una moción admitida (estado de esta: { $state }).
counted-in-the-room = { $org } se ha contado en la sala en esta votación; no puede votar también en línea.
already-voted-online = Ya han votado en línea y, por tanto, no se cuentan en la sala: { $orgs }.
teller-listed-twice = Una organización está marcada dos veces en el recuento de la sala: cada una se cuenta una sola vez.
teller-count-mismatch = Los recuentos de la sala suman { $total }, pero { $listed ->
        [one] figura { $listed } organización
       *[other] figuran { $listed } organizaciones
    }.
tellers-already-recorded = Los recuentos de la sala de esta votación ya están registrados.
not-a-tellers-poll = Esta votación no la cuentan escrutadores.
not-eligible-in-room = Sin derecho a voto en esta votación: { $orgs }.
not-in-the-room = No están en la sala, por lo que los escrutadores no las cuentan (solo cuentan las presentes en persona o representadas por un representante presente en persona): { $orgs }.
room-card-of = { $org } (voto delegado en { $holder }, presente en la sala)
another-session-held = Se está celebrando la sesión de «{ $title }»: ciérrela primero; solo puede celebrarse una sesión a la vez.
agenda-not-in-session = Un punto del orden del día solo puede tratarse mientras se celebra la sesión (estado de la asamblea: { $state }).
room-count-not-in-session = Los recuentos de la sala solo se registran mientras la asamblea está en sesión (estado actual: { $state }).
open-poll-on = la votación sobre «{ $title }»
open-round-of = la vuelta { $round } de la elección «{ $title }»
receipt-required = Para modificar un voto secreto, indique el justificante del voto al que sustituye.
advisory-opinions = Opiniones consultivas
floor-taken = Alguien está en uso de la palabra; termine primero su turno.
speaker-state = Estado de esta petición de palabra: { $state }.
you-have-the-floor = Tiene usted la palabra.
queue-position = Ocupa el puesto { $position } en la lista de oradores.
in-the-queue = Está en la lista de oradores.
already-on-the-list = { $org } ya figura en la lista de oradores.
speakers = Oradores
ask-to-speak = Pedir la palabra
give-floor = Dar la palabra
end-floor = Terminar
withdraw = Retirar
now-speaking-label = En uso de la palabra:
none-yet = Aún no hay ninguna.
no-speakers = Nadie ha pedido la palabra.
mode-in-person = en la sala
mode-remote = a distancia
not-checked-in-short = no acreditada
affiliate-advisory = asociada, con voz y sin voto
speaking-since = en uso de la palabra desde las { $time }
speaking-for = en uso de la palabra desde hace { $time }
agenda = Orden del día
no-agenda = El orden del día está vacío.
now-discussed = en curso
take-up = Tratar
next-item = Siguiente punto: { $title }
agenda-finished = Orden del día concluido
agenda-is-finished = El orden del día ha concluido.
show-every-organisation = Mostrar todas las organizaciones
copy-link = Copiar el enlace
other-displays = Enlaces de proyección de otras asambleas, aún activos
tellers-tally = Organizaciones marcadas: { $ticked }. Votos contados: { $counted }.
events-shown = Mostrados: { $count } (del n.º { $first } al n.º { $last }) de { $head ->
        [one] { $head } evento
       *[other] los { $head } eventos
    } del libro de auditoría.
seats-left-empty = { $election }: puestos aún vacantes: { $empty }.
displays-still-live = Enlaces de proyección aún activos: { $count }. El proyector sigue mostrando la asamblea clausurada hasta que se revoquen.
copied = Copiado
done-password-set = La nueva contraseña está establecida y se han cerrado las conexiones de la cuenta. Comunique usted mismo la contraseña a la persona.
set-password = Establecer una nueva contraseña
set-password-hint = Para { $email }, que ha perdido su contraseña: se cierran todas las conexiones de la cuenta. Comuníquele usted mismo la nueva contraseña, no por correo electrónico.
new-password = Nueva contraseña (al menos 10 caracteres)
approve-after-close = El acta se aprueba y se sella una vez clausurada la asamblea.
voting-now = En votación
your-own-account = Su propia cuenta: puede modificarla otro miembro de la Secretaría.
tellers-recorded = El recuento de la sala está registrado. Es definitivo; el resultado lo muestra junto con los votos en línea una vez cerrada la votación.
open-for = (abierta desde hace { $time })
checkpoint-opened = Sesión abierta (o reanudada)
checkpoint-session-ended = Sesión suspendida o cerrada
checkpoint-minutes = Acta aprobada
how-to-vote = Modalidad de votación
election-ballot = Elección (votación secreta)
hall-assembly-closed = La asamblea está clausurada; los resultados son definitivos.
verdict-carried = Aprobada.
verdict-rejected = Rechazada.
now-on-agenda = Punto en curso: { $item }
done-item-taken-up = El orden del día ha avanzado: el proyector y los móviles de los delegados lo muestran.
too-many-choices = Una papeleta puede indicar como máximo { $max ->
        [one] { $max } candidatura
       *[other] { $max } candidaturas
    }.
unknown-candidate = La candidatura { $id } no se presenta en esta vuelta.
duplicate-candidate = La candidatura { $id } figura dos veces en esta papeleta.
election-complete = Todos los puestos de esta elección están cubiertos.
roll-call = Votación nominal
secret-ballot = Votación secreta
tellers-ballot = Escrutadores (sala) y en línea
elections = Elecciones
round = Vuelta { $round }
runoff-needed = Empate por el último puesto: se necesita una vuelta de desempate.
seats-to-fill = Puestos por cubrir: { $seats }
round-ballots = Papeletas: { $ballots }, de ellas en blanco: { $abstentions }.
in-runoff = en la vuelta de desempate
seats-still-to-fill = Puestos aún por cubrir: { $seats }. Se necesita otra vuelta.
result-secret = Votación secreta: { $voted ->
        [one] ha votado { $voted } organización
       *[other] han votado { $voted } organizaciones
    }; no se conoce el voto de nadie.
result-roll-call = Votación nominal: el voto de cada organización figura a continuación.
result-tellers = Recuento de los escrutadores en la sala, junto con los votos emitidos en línea; los votos en línea figuran a continuación.
in-the-room-counted = En la sala (escrutadores, { $orgs })
online = En línea
everyone-voted = Todas las organizaciones han votado.
not-voted-yet = Aún no han votado: { $names }.
not-voted-yet-more = Aún no han votado: { $names } y { $more } más.
rules-before-opening = Para aprobarse: { $majority }. Quórum: { $quorum }.
since-opened = Abierta desde las { $time }.
counted-where = Recuento
together = Total
elected = Candidaturas elegidas:
open-round = Abrir la siguiente vuelta
choose-up-to = Elija como máximo { $seats }; para abstenerse, no elija ninguna.
cast-ballot = Emitir el voto
room-count = Recuento en la sala
room-count-who = Marque cada organización cuya tarjeta hayan contado los escrutadores: su voto es el de la sala y ya no puede votar en línea en esta votación.
find-organisation = Buscar una organización (nombre o país)
find = Buscar
find-by-name = Buscar una organización (parte del nombre)
shown-of = Mostradas: { $shown } de { $total }.
at = Fecha y hora
hash = Hash
proxy-document = Documento
more-to-find = Y { $more } más: búsquelas.
register-list = Organizaciones y cuentas
find-in-register = Buscar (parte de un nombre, un código de país, una dirección de correo)
showing-of = Organizaciones { $from } a { $to } de { $total }.
pages = Páginas
previous-page = Página anterior
earlier-events = Eventos anteriores
later-events = Eventos posteriores
next-page = Página siguiente
page-of = Página { $page } de { $pages }
more-accounts = { $more ->
        [one] Y { $more } cuenta más: búsquela.
       *[other] Y { $more } cuentas más: búsquelas.
    }
record-room-count = Registrar el recuento de la sala
not-sealed-yet = Esta votación aún no está cerrada, así que no tiene sello.
reason-required = Indique el motivo: un cambio de tipo o de situación requiere un motivo que quede registrado.
invalid-rows = El archivo tiene { $count ->
        [one] { $count } fila errónea; no se ha importado nada. Corríjala
       *[other] { $count } filas erróneas; no se ha importado nada. Corríjalas
    } y vuelva a importar el archivo.
row-unreadable = esta línea no puede leerse como CSV ({ $detail })
row-missing-header = la primera línea debe ser la cabecera name,country,kind (y, opcionalmente, status)
row-field-count = se esperaban 3 o 4 campos (name,country,kind[,status]), pero hay { $count }
row-empty-name = el nombre está vacío
row-name-too-long = el nombre tiene más de 200 caracteres
row-bad-country = «{ $country }» no es un código de país de dos letras, como BE o FR
row-bad-kind = «{ $kind }» no es un tipo válido: use full o affiliate
row-bad-status = «{ $status }» no es una situación válida: use active o suspended
row-duplicate = el mismo nombre ya figura en la línea { $first }
proxy-to-itself = Una organización no puede delegar el voto en sí misma.
proxy-grantor-affiliate = { $org } es miembro asociado: no tiene voto que delegar.
proxy-holder-affiliate = { $org } es miembro asociado: el voto solo puede delegarse en un miembro de pleno derecho.
proxy-grantor-suspended = { $org } está suspendida: no tiene voto que delegar.
proxy-holder-suspended = { $org } está suspendida: no puede ejercer el voto de otro miembro.
proxy-grantor-present = { $org } está acreditada y vota por sí misma; la delegación de voto es para los miembros que no pueden asistir.
proxy-already-given = { $org } ya ha delegado su voto para esta asamblea; revoque primero esa delegación.
proxy-holder-is-grantor = { $org } ha delegado su propio voto; las delegaciones de voto no pueden transmitirse.
proxy-grantor-is-holder = { $org } ejerce delegaciones de voto de otros miembros; las delegaciones no pueden transmitirse.
proxy-cap-reached = { $org } ya ejerce { $cap ->
        [one] { $cap } delegación de voto
       *[other] { $cap } delegaciones de voto
    }, el máximo permitido en esta asamblea.
represented-by-proxy = Su organización está representada por { $org } en esta votación: la organización representante vota en su nombre.
proxy-not-live = Esta delegación de voto ya ha sido revocada o ha quedado sin efecto.
proxy-used = Esta delegación de voto ya se ha utilizado para votar y no puede revocarse.
proxy-in-open-poll = Una votación o vuelta electoral abierta en este momento cuenta con esta delegación: la representante aún puede votar con ella. Revóquela después del cierre.
internal = Se ha producido un error por nuestra parte; no se ha modificado nada. Vuelva a intentarlo.
database-unavailable = La base de datos no está accesible en este momento; no se ha modificado nada. Vuelva a intentarlo.
database-busy = La base de datos está ocupada en este momento; no se ha modificado nada. Vuelva a intentarlo dentro de un momento.
text-with-nul = El texto no puede contener el carácter NUL (U+0000).
unknown-reference = Esto remite a una organización, asamblea o punto que no existe; compruebe los identificadores indicados.
cannot-set-own-password = No puede establecer aquí su propia contraseña: puede hacerlo otro miembro de la Secretaría, o quien administre el servidor, desde la línea de comandos.
cannot-disable-own-account = No puede desactivar su propia cuenta; puede hacerlo otro miembro de la Secretaría.
storage-full = El disco del servidor está lleno, por lo que no se ha guardado nada. La Secretaría debe liberar espacio; después, vuelva a intentarlo.
text-forbidden-character = El campo «{ $field }» contiene un carácter de control, de formato o invisible ({ $code }), que plenum no almacena: elimínelo y vuelva a intentarlo.
text-too-long = El campo «{ $field }» tiene más de { $max } caracteres.
text-empty = El campo «{ $field }» está vacío.
name-mixed-scripts = El campo «{ $field }» mezcla letras de alfabetos de aspecto similar (como el latino con el cirílico o el griego): escríbalo en un solo alfabeto.
row-stacked-marks = el nombre acumula acentos o signos sobre una misma letra
text-stacked-marks = El campo «{ $field }» acumula más de { $max } acentos o signos sobre una misma letra: escríbalo tal como se lee.
name-looks-like = El campo «{ $field }» se ve igual que el de { $other }, ya registrada: elija un nombre que pueda distinguirse.
name-ambiguous = El campo «{ $field }» coincide con varias organizaciones registradas ({ $others }) y con ninguna exactamente: use el nombre exacto de una de ellas.
row-forbidden-character = el nombre contiene un carácter de control, de formato o invisible ({ $code })
name-formula-start = El campo «{ $field }» no puede empezar por { $first }: una hoja de cálculo que abriera una exportación lo ejecutaría como fórmula.
row-formula-start = el nombre no puede empezar por { $first }: una hoja de cálculo lo ejecutaría como fórmula
name-no-letter = El campo «{ $field }» no tiene ninguna letra ni cifra.
row-no-letter = el nombre no tiene ninguna letra ni cifra
row-mixed-scripts = el nombre mezcla letras de alfabetos de aspecto similar (como el latino con el cirílico o el griego)
row-looks-like = el nombre se ve igual que el de la línea { $first }
row-ambiguous = el nombre coincide con varias organizaciones registradas ({ $names }) y con ninguna exactamente: use el nombre exacto de una de ellas
too-many-motions = { $org } ya ha presentado { $max ->
        [one] { $max } moción
       *[other] { $max } mociones
    } a esta asamblea, el máximo por organización.
too-many-opinions = { $org } ya ha emitido { $max ->
        [one] { $max } opinión
       *[other] { $max } opiniones
    } en esta asamblea, el máximo por organización.
too-many-speaker-requests = { $org } ya ha pedido la palabra { $max ->
        [one] una vez
       *[other] { $max } veces
    } en esta asamblea, el máximo por organización.
too-many-proxies = Esta organización ya ha otorgado { $max ->
        [one] { $max } delegación de voto
       *[other] { $max } delegaciones de voto
    } en esta asamblea, el máximo permitido; la Secretaría puede ayudarle.
number-out-of-range = El campo «{ $field }» debe estar entre { $min } y { $max }.
row-looks-like-registered = el nombre se ve igual que el de { $name }, ya registrada, sin serlo

## Las decisiones, en palabras.
## $basis es la base de cálculo de la mayoría: votes-cast (votos emitidos),
## present (presentes o representados) o all (todos los miembros de pleno derecho).

tally-line = { $yes } a favor, { $no } en contra, { $abstain ->
        [0] ninguna abstención
        [one] { $abstain } abstención
       *[other] { $abstain } abstenciones
    }.
# «más de la mitad», «al menos dos tercios»; $share es half, two-thirds,
# three-quarters, one-third, all u other (entonces se dan las cifras).
fraction = { $strict ->
        [yes] más de
       *[no] al menos
    } { $share ->
        [half] la mitad
        [two-thirds] dos tercios
        [three-quarters] tres cuartos
        [one-third] un tercio
        [all] la totalidad
       *[other] { $numerator }/{ $denominator }
    }
decision-needed = Se necesita: { $fraction } { $basis ->
        [votes-cast] { $count ->
            [0] de cero votos emitidos
            [one] de { $count } voto emitido
           *[other] de los { $count } votos emitidos
        }
        [present] { $count ->
            [one] de { $count } miembro de pleno derecho presente o representado
           *[other] de los { $count } miembros de pleno derecho presentes o representados
        }
       *[all] del total de { $count } { $count ->
            [one] miembro de pleno derecho
           *[other] miembros de pleno derecho
        }
    }; es decir, al menos { $needed } a favor{ $casting ->
        [yes] , incluido el voto de calidad de la Presidencia
       *[no] {""}
    }. { $basis ->
        [votes-cast] Las abstenciones no son votos emitidos.
        [present] La abstención se computa como voto no favorable.
       *[all] La abstención o la ausencia se computan como voto no favorable.
    }
decision-no-quorum-required = No se exigía quórum; presentes o representados: { $counted } de { $full } miembros de pleno derecho.
decision-quorum-reached = Quórum alcanzado: { $counted } de { $full } miembros de pleno derecho presentes o representados; mínimo exigido: { $required }.
decision-quorum-not-reached = Quórum no alcanzado: { $counted } de { $full } miembros de pleno derecho presentes o representados; mínimo exigido: { $required }.
# Lo que aprueba una moción, anunciado antes de su votación; $tie es rejected o chair.
rules-majority = { $fraction } de { $basis ->
        [votes-cast] los votos emitidos (las abstenciones no se computan)
        [present] los miembros de pleno derecho presentes o representados
       *[all] todos los miembros de pleno derecho
    }; { $tie ->
        [chair] en caso de empate, decide la Presidencia
       *[rejected] en caso de empate, la moción se rechaza
    }
rules-quorum = { $fraction } de los miembros de pleno derecho, presentes o representados
quorum-none-required = no se exige
organisations = { $count ->
        [0] ninguna organización
        [one] { $count } organización
       *[other] { $count } organizaciones
    }

## Páginas.

app-name = plenum
log-in = Entrar
log-out = Salir
email = Correo electrónico
password = Contraseña
logged-in-as = { $name } ({ $role })
role-secretariat = Secretaría
role-auditor = auditor
role-teller = mesa de acreditación
role-delegate = delegado
add-delegate-for = Nuevo delegado de { $org }
add-staff-account = Añadir una cuenta para la Secretaría, la mesa de acreditación o un auditor
replace-delegate = Sustituir
replace-delegate-hint = El nuevo delegado sustituye a { $email }, cuya cuenta se desactiva y se desconecta de inmediato.
person-name = Nombre
first-password = Contraseña inicial (al menos 10 caracteres; entréguela a la persona, que puede conservarla)
create-account = Crear la cuenta
no-assembly = No hay ninguna asamblea abierta en este momento.
assembly-state = Estado: { $state }
check-in-remote = Acreditarse (a distancia)
checked-in = Su organización está acreditada ({ $mode }).
not-checked-in-yet = Su organización aún no está acreditada.
advisory-only = Su organización es miembro asociado: usted asiste y puede intervenir, pero no vota.
suspended-only = Su organización está suspendida: usted asiste, pero no vota.
open-polls = Votaciones abiertas
no-open-poll = No hay ninguna votación abierta en este momento.
page-changed = La sesión ha avanzado desde que se mostró esta página.
reload = Actualizar
candidate = Candidatura
approvals = Votos
elected-mark = elegida
vote-yes = Sí
vote-no = No
vote-abstain = Abstención
vote-recorded = El voto de su organización ha quedado registrado. Justificante: { $receipt }
voting-for = Por delegación, en nombre de { $org }:
voting-for-own = En nombre de su organización, { $org }:
already-voted-here = Su organización ya ha votado en esta votación.
already-voted-in-round = Su organización ya ha votado en esta vuelta.
round-of = { $election }, vuelta { $round }
why-not-affiliate = Su organización es miembro asociado: sigue la votación y puede intervenir, pero no vota.
why-not-suspended = Su organización está suspendida: puede asistir, pero no vota.
why-not-absent = Su organización no estaba acreditada ni representada por delegación de voto cuando se abrió esta votación, por lo que no vota en ella.
why-not-arrived-late = Su organización se acreditó después de abrirse esta votación: solo votan las organizaciones presentes o representadas en el momento de la apertura.
ballot-roll-call = Votación nominal: el voto de cada organización se publica con el resultado.
ballot-secret = Votación secreta: nadie puede ver cómo ha votado su organización, solo que lo ha hecho.
ballot-tellers = Los escrutadores cuentan las tarjetas en la sala; las organizaciones que siguen la sesión en línea votan aquí, y el voto de cada una se publica con el resultado.
ballot-election = Votación secreta: nadie puede ver a quién ha elegido su organización, solo que ha votado.
confirm-title = Confirme su voto
confirm-vote = ¿Votar { $choice } en nombre de { $org } sobre «{ $motion }»?
confirm-round = Emitir la papeleta de { $org } en «{ $election }»:
confirm-no-candidate = Ninguna candidatura: la papeleta cuenta como abstención.
confirm-final = Una vez emitido, este voto no puede modificarse.
confirm-changeable = La asamblea permite modificar más adelante un voto con su justificante.
confirm-cast = Emitir: { $choice }
confirm-cast-ballot = Emitir esta papeleta
change-ballot = Modificar la papeleta
cancel = Cancelar
voted-notice = Su voto sobre «{ $title }» ha quedado registrado. Su justificante figura a continuación.
your-receipts = Sus justificantes
your-receipts-hint = Este navegador los conserva hasta que usted salga. Una vez cerrada una votación, el justificante demuestra que su papeleta se ha contado.
receipt-for = en nombre de { $org }
receipt-cast-at = emitido a las { $time }
check-receipt = Comprobar
check-receipt-once-closed = Podrá comprobarlo aquí una vez cerrada la votación.
receipt-label = Justificante:
your-choice = Voto: { $choice }
attendance = Asistencia
present-count = { $present } de { $full } miembros de pleno derecho presentes o representados
quorate = Hay quórum
quorum-detail = Presentes: { $present }; representados por delegación: { $represented }; mínimo exigido: { $required }.
hall = Vista de sala
not-quorate = No hay quórum
motions = Mociones
open-poll = Abrir la votación
close-poll = Cerrar la votación
close-round = Cerrar la vuelta
room-count-checked = Estas cifras están comprobadas: una vez registrado, el recuento de la sala no puede modificarse.
room-count-unchecked = El recuento de la sala no se ha registrado: marque primero que las cifras están comprobadas. Una vez registrado, no puede modificarse.
still-to-vote = Pendientes de votar: { $missing } de { $eligible }.
confirm-action = Confirmar: { $action }
close-poll-warning = Al cerrar se cuentan las papeletas y se sella el resultado: después no se acepta ninguna papeleta y el resultado no puede modificarse.
close-round-warning = Al cerrar se cuentan las papeletas de la vuelta y se sella su resultado: después no se acepta ninguna papeleta.
close-assembly-warning = Clausurar la asamblea le pone fin: no habrá más acreditaciones, votos ni intervenciones, y no podrá reabrirse. A continuación se elabora el acta.
approve-minutes-warning = Al aprobar, el acta queda fijada tal como está y se sella: después no puede añadirse ni modificarse nada.
disable-account-warning = Se desconectará de inmediato a { $name }, que no podrá volver a entrar hasta que se reactive la cuenta.
disable-own-account-warning = Es su propia cuenta: se le desconectará de inmediato.
leaves-warning = { $org } abandona la sala: deja de contar para el quórum, y las votaciones que se abran a partir de ahora se celebran sin ella hasta que vuelva a acreditarse.
act-convene = Convocar la asamblea
act-open-session = Abrir la sesión
act-suspend = Suspender la sesión
act-resume = Reanudar la sesión
act-close-assembly = Clausurar la asamblea
back-to-chair = Volver a la página de la Presidencia
motion-draft = en borrador
motion-submitted = presentada, pendiente de admisión
motion-admitted = admitida, lista para votación
motion-voting = en votación
motion-carried = aprobada
motion-rejected = rechazada
motion-withdrawn = retirada
motion-state-not-admitted = no admitida
speaker-speaking = en uso de la palabra
speaker-queued = en espera
votes-cast-so-far = han votado { $cast } de { $eligible }
result-link = Resultado
result = Resultado
move = Pasar a: { $to }
desk = Mesa de acreditación
check-in-in-person = Acreditar (en la sala)
check-out = Registrar salida
present = presente ({ $mode })
absent = ausente
organisation = Organización
country = País
kind = Tipo
status = Situación
yes = Sí
no = No
abstain = Abstención
ballots = Papeletas
choice = Opción
assemblies = Asambleas
auditor = Auditoría
audit-events = Libro de auditoría
chain-intact = { $count ->
        [one] La cadena de { $count } evento está íntegra.
       *[other] La cadena de { $count } eventos está íntegra.
    }
chain-broken = La cadena está rota en el evento { $seq }.
ledger-holds = { $count ->
        [one] El libro de auditoría contiene { $count } evento.
       *[other] El libro de auditoría contiene { $count } eventos.
    }
check-chain = Comprobar toda la cadena
chair = Presidencia
back = Volver
assembly-over = Esta asamblea está clausurada: ya no se vota nada más y los resultados siguientes son definitivos. El acta se publicará cuando la Secretaría la apruebe; sus justificantes permanecen abajo hasta que usted salga.
assembly-over-minutes-approved = Esta asamblea está clausurada y su acta, aprobada: los resultados siguientes son definitivos y la Secretaría difunde el acta. Sus justificantes permanecen abajo hasta que usted salga.
done-checked-in = Acreditación registrada.
done-proxy-given = Su delegación de voto ha quedado registrada.
done-proxy-revoked = Su delegación de voto ha quedado revocada: su organización vuelve a votar por sí misma en cuanto esté presente.
done-asked-to-speak = Su petición de palabra figura en la lista de oradores.
done-withdrawn = Su petición de palabra se ha retirado.
done-floor-given = Se ha dado la palabra.
done-floor-ended = Ha terminado el turno de palabra.
done-state-changed = Nuevo estado de la asamblea: { $state }.
done-poll-opened = La votación está abierta.
done-round-opened = La vuelta está abierta.
done-round-closed = La vuelta se ha cerrado y escrutado.
done-arrived = { $org } está acreditada, en la sala.
done-left = { $org } ha abandonado la sala.
done-room-counted = El recuento de la sala ha quedado registrado.
done-organisation-added = { $org } se ha añadido al registro de miembros.
done-organisation-changed = Se han modificado los datos de { $org } en el registro de miembros.
done-account-changed = La cuenta se ha modificado.
done-account-created = La cuenta se ha creado: comunique a la persona su dirección y su contraseña inicial.
done-narrative-saved = El relato se ha guardado.
done-incident-recorded = La incidencia ha quedado registrada.
done-minutes-approved = El acta está aprobada y sellada.
done-display-revoked = El enlace de proyección está revocado: la pantalla que lo muestra deja de mostrarlo.
projector = Proyector
projector-hint = Un enlace de proyección muestra la vista de sala de esta asamblea en el proyector sin que nadie tenga que entrar: sin nombres de quién está conectado, sin nada que pulsar. Cree uno por pantalla; revóquelo cuando termine la asamblea o si el enlace ha llegado a quien no debía.
make-display = Crear un enlace de proyección
display-made = Enlace de proyección
display-made-hint = Abra esta dirección en el ordenador del proyector. Solo se muestra ahora: cópiela, o cree otra más tarde.
display-open-since = Enlace de proyección creado: { $at }
revoke-display = Revocar
revoke-display-warning = La pantalla que muestra este enlace se queda en blanco de inmediato; para volver a mostrar la sala, cree un nuevo enlace y ábralo en ella.
queue-heading = Lista de oradores
session-suspended-notice = La sesión está suspendida.
session-suspended-for-delegates = La sesión está suspendida: no puede votarse hasta que la Presidencia la reanude.
votes-wait-for-resume = Las votaciones esperan: la sesión está suspendida.
org-has-voted = { $org } ha votado en esta votación.
org-has-voted-in-round = { $org } ha votado en esta vuelta.
tellers-in-room-hint = Está usted en la sala: levante su tarjeta para los escrutadores. Vote aquí solo si los escrutadores no van a contarle; una vez que haya votado aquí, ya no pueden hacerlo.
not-done-title = No ha podido hacerse
back-to-your-page = Volver a su página
state-draft = en borrador
state-convened = convocada
state-in-session = en sesión
state-suspended = suspendida
state-closed = clausurada
state-minutes-approved = acta aprobada
delegate = Delegado

## Acta.

minutes-title = Acta
narrative = Relato (Markdown): lo que el registro por sí solo no dice
save-narrative = Guardar el relato
incident = Incidencia
record-incident = Registrar la incidencia
approve-minutes = Aprobar y sellar el acta
approve-minutes-hint = Una vez clausurada la asamblea, al aprobar, el acta queda fijada tal como está y se sella con la clave de la instancia.
minutes-frozen = El acta de esta asamblea está aprobada y sellada; ya no puede modificarse.
minutes-changed = El acta se ha modificado mientras se aprobaba. Revísela y vuelva a aprobarla.
minutes-need-closed = El acta se aprueba una vez clausurada la asamblea; su estado actual es «{ $state }».
approve-minutes-instead = El acta de una asamblea se aprueba con su propia acción, que la sella.

## Área de auditoría y justificantes.

subject = Objeto
from = Desde
until = Hasta
filter = Filtrar
kind-hint = p. ej., ballot. para todos los eventos de papeleta
public-key = Clave pública de la instancia (Ed25519)
public-key-hint = Cada sello y cada punto de control se firma con esta clave. Compárela con la clave que publicó la Secretaría y pásela a plenum verify --public-key.
evidence-bundle = Paquete de pruebas (JSON)
verify-hint = Compruébelo sin conexión, sin base de datos ni red:
verify-guide = Qué demuestra la comprobación, y qué deja fuera un paquete y por qué: docs/AUDITING.md, incluido con plenum.
records-csv = Registros (CSV)
audit-assembly = Expediente de la asamblea
stays = Entradas y salidas
arrived = Entrada
left = Salida
mode = Modalidad
proxies = Delegaciones de voto
grantor = Delegante
holder = Representante
sealed-polls = Votaciones selladas
sealed-rounds = Vueltas electorales selladas
seal = Sello
checkpoints = Puntos de control firmados del libro de auditoría
no-events = Ningún evento coincide.
receipt-check-title = Comprobar un justificante
receipt-code = Código del justificante
receipt-check-hint = Tras el cierre de la votación, su justificante demuestra que la papeleta de su organización figura en el resultado sellado. En una votación secreta solo demuestra eso, nunca el voto elegido.
receipt-vote = Justificante del voto sobre «{ $title }».
receipt-included = Esta papeleta figura en el resultado sellado. Sello: { $seal }
receipt-choice = El registro de la votación nominal muestra el voto: { $choice }.
receipt-not-yet = La votación sigue abierta: la inclusión se muestra tras el cierre, para que un justificante no permita seguir el recuento.
receipt-not-included = Esta votación está cerrada, pero la papeleta no figura entre las selladas. Avise a los auditores.
receipt-unknown = Ninguna papeleta tiene este justificante. Un voto modificado tiene el justificante de su última modificación.
receipt-later = Conserve este código. Tras el cierre, compruebe que su papeleta figura en el resultado sellado:

## Idiomas.

# La etiqueta de la lista de idiomas al pie de cada página.
language-switcher = Idioma
unknown-language = «{ $tag }» no es un idioma de plenum; los disponibles son: { $tags }.
no-official-language = Indique al menos un idioma oficial de la asamblea.
not-an-official-language = El acta de esta asamblea se levanta en sus idiomas oficiales: { $official }. «{ $tag }» no es uno de ellos.
motion-language-not-official = El texto de una moción se presenta en uno de los idiomas oficiales de la asamblea: { $official }. «{ $tag }» no es uno de ellos; un texto en otro idioma puede añadirse como traducción.
translation-of-itself = El texto propio de la moción es el de este idioma ({ $language }): es el texto auténtico, no una traducción.
translations-closed = La moción está { $state }: lo que los miembros votan ya no cambia, tampoco las traducciones.

## Lo que no se ha encontrado («No se ha encontrado { $what }.»): con artículo.

thing-api-path = la ruta de la API
thing-account = la cuenta
thing-agenda-item = el punto del orden del día
thing-assembly = la asamblea
thing-checkin-code = el código de acreditación
thing-display = el enlace de proyección
thing-election-round = la vuelta electoral
thing-election = la elección
thing-export = la exportación
thing-motion = la moción
thing-organisation = la organización
thing-page = la página
thing-poll = la votación
thing-proxy = la delegación de voto
thing-receipt = el justificante
thing-record = el registro
thing-speaker-request = la petición de palabra
thing-round = la vuelta
# Dos funciones o cosas, cualquiera de las cuales sirve: «Secretaría o auditor».
either-or = { $a } o { $b }
speaker-done = ya ha intervenido
speaker-withdrawn = retirada

## Añadidos posteriores.

in-the-record = En el acta (en inglés):
seal-label = sello
actor = Autor
payload = Datos

## El acta (PDF, HTML, Markdown), en los idiomas oficiales de la asamblea.
## Los códigos de los selectores ($kind, $format, $ballot, $state, $choice, $status)
## son los del registro: se mantienen tal cual y se traduce lo que seleccionan.

minutes-of = Acta: { $title }
minutes-approved-sealed = Acta aprobada, sellada el { $at }.
minutes-draft = Borrador del acta: pendiente de aprobación.
minutes-assembly = Asamblea
minutes-assembly-line = { $title } ({ $kind ->
        [extraordinary] extraordinaria
       *[ordinary] ordinaria
    }, { $format ->
        [in_person] presencial
        [remote] a distancia
       *[hybrid] híbrida
    })
minutes-called-for = Convocada para
minutes-session-opened = Apertura de la sesión
minutes-closed = Clausura
minutes-not-yet = aún no
minutes-venue = Lugar
minutes-convocation = Convocatoria
minutes-first-convocation = primera convocatoria
minutes-second-convocation = segunda convocatoria
minutes-notice-sent = Envío de la convocatoria
minutes-not-recorded = no consta
minutes-quorum = Quórum
minutes-quorum-none = no se exige
# $fraction es «más de la mitad», «al menos dos tercios»...
minutes-quorum-of = { $fraction } de los miembros de pleno derecho
minutes-record-of-session = Desarrollo de la sesión
minutes-attendance = Asistencia
minutes-attendance-counts = { $full ->
        [one] { $full } miembro de pleno derecho
       *[other] { $full } miembros de pleno derecho
    }: en la sala, { $room }; a distancia, { $remote }; representados por delegación de voto, { $represented }; ausentes, { $absent }. Miembros asociados que asisten con carácter consultivo: { $affiliates }.
minutes-organisations = Organizaciones
minutes-in-the-room = En la sala
minutes-remote = A distancia
minutes-represented = Representadas
minutes-represented-by = { $org } (voto delegado en { $holder })
minutes-absent = Ausentes
minutes-affiliates = Miembros asociados (con voz y sin voto)
# Una lista vacía de organizaciones o de nombres.
minutes-none = ninguna
minutes-proxies = Delegaciones de voto
minutes-grantor = Delegante
minutes-holder = Representante
minutes-state = Estado
# El estado de una delegación de voto; $closed es «yes» una vez clausurada la asamblea.
minutes-proxy-state = { $state ->
        [revoked] revocada
        [void] sin efecto
       *[live] { $closed ->
            [yes] vigente a la clausura
           *[no] vigente
        }
    }
minutes-item = Punto
minutes-agenda-kind = { $kind ->
        [information] información
        [discussion] debate
        [election] elección
       *[decision] decisión
    }
minutes-motions = Mociones
# $kind es el tipo de moción tal como lo nombra la instancia (ordinary, budget, statutes...).
minutes-motion-heading = { $title } ({ $kind }): { $state }
minutes-proposed-by = Propuesta por { $org }.
minutes-proposed-by-secretariat = Propuesta por la Secretaría.
minutes-amends = Enmienda a «{ $title }».
minutes-reason-recorded = Motivo consignado: { $reason }
minutes-opinion = Opinión consultiva de { $org }: { $text }
# $verdict es «Aprobada.» o «Rechazada.» (o la frase sellada en inglés).
minutes-vote = Votación ({ $ballot ->
        [secret] secreta
        [tellers] con recuento por escrutadores
       *[roll_call] nominal
    }, cerrada el { $at }): { $verdict }
minutes-counted = Recuento
# $organisations es «1 organización», «12 organizaciones».
minutes-in-the-room-tellers = En la sala (escrutadores, { $organisations })
minutes-at-vote = En el momento de la votación, de { $full ->
        [one] { $full } miembro de pleno derecho
       *[other] los { $full } miembros de pleno derecho
    }: presentes, { $present }; representados, { $represented }; con derecho a voto, { $eligible }.
minutes-seal = Sello: { $seal }.
minutes-organisation = Organización
minutes-vote-column = Voto
# Un voto de una votación nominal, en la tabla del acta.
minutes-choice = { $choice ->
        [yes] sí
        [no] no
       *[abstain] abstención
    }
minutes-election-heading = { $title } ({ $seats ->
        [0] ningún puesto
        [one] { $seats } puesto
       *[other] { $seats } puestos
    })
# Una papeleta que no elige ninguna candidatura está «en blanco».
minutes-round = Vuelta { $round }: { $ballots ->
        [0] ninguna papeleta
        [one] { $ballots } papeleta
       *[other] { $ballots } papeletas
    }, { $blank } en blanco; candidaturas elegidas: { $elected }.
minutes-round-runoff = Vuelta { $round }: { $ballots ->
        [0] ninguna papeleta
        [one] { $ballots } papeleta
       *[other] { $ballots } papeletas
    }, { $blank } en blanco; candidaturas elegidas: { $elected }; empatadas, pasan a la vuelta de desempate: { $runoff }.
minutes-candidate = Candidatura
minutes-approvals = Votos
minutes-elected = Candidaturas elegidas: { $names }.
minutes-from = Inicio
minutes-to = Fin
minutes-incidents = Incidencias consignadas por la Presidencia
minutes-incident = Incidencia
minutes-sealed-with = Todos los resultados que anteceden están sellados con la clave Ed25519 { $key } de la instancia. Los auditores pueden comprobarlos sin conexión con plenum verify.
minutes-footer = Acta: { $title } · { $status ->
        [approved] aprobada
       *[draft] borrador
    }
minutes-page = página { $page } de { $pages }

## Mociones en varios idiomas.

# Bajo el texto de una moción en el acta: el nombre de su idioma y su huella.
minutes-authoritative = Texto auténtico ({ $language }); SHA-256 { $sha256 }.
minutes-translation = Traducción ({ $language }) de { $by }, { $at }; SHA-256 { $sha256 }.
# Sobre una moción traducida en una página: $language es el nombre del idioma de la traducción, $at una fecha.
translation-by = Traducción ({ $language }) de { $by }, { $at }. No es el texto auténtico.
authoritative-text-in = Este es el texto auténtico (idioma: { $language }); no se ha añadido ninguna traducción al suyo.
show-authoritative-text = Leer el texto auténtico ({ $language })

## Rechazos de lo introducido.

number-at-least = El campo «{ $field }» debe ser al menos { $min }.
number-too-large = Un número introducido es demasiado grande.
seats-above-candidates = Hay más puestos que candidaturas ({ $candidates }): una elección cubre como máximo un puesto por candidatura.
email-invalid = La dirección de correo electrónico no es válida.
only-delegate-replaced = Solo puede sustituirse la cuenta de un delegado.
election-incomplete = Una elección necesita un título, al menos un puesto y al menos una candidatura.
file-not-utf8 = El archivo no es texto UTF-8: guárdelo como UTF-8 (en una hoja de cálculo, «CSV UTF-8») y vuelva a intentarlo.
form-field-invalid = El campo «{ $field }» del formulario falta o no es válido: recargue la página y vuelva a intentarlo.
time-invalid = «{ $value }» no es una fecha y hora.
ballot-candidates-invalid = La papeleta nombra dos veces una candidatura, o una que no se presenta en esta vuelta.

## Los campos que nombra un rechazo (entre comillas tras «El campo»).

field-title = título
field-text = texto
field-reason = motivo
field-venue = lugar
field-name = nombre
field-email = correo electrónico
field-narrative = relato
field-incident = incidencia
field-document = documento
field-candidates = número de candidaturas
field-seats = número de puestos
field-opinion = opinión
field-convocation = convocatoria
field-proxy-cap = máximo de delegaciones de voto por representante
field-majority-or-quorum = mayoría o quórum
field-agenda-title = título del punto { $number } del orden del día
field-candidate-name = nombre de la candidatura { $number }
field-choice = opción
field-candidate = candidatura
field-organisation = organización
field-item = punto del orden del día
field-votes-yes = número de votos a favor
field-votes-no = número de votos en contra
field-votes-abstain = número de abstenciones
field-at = { $path }

## Las traducciones de una moción por la secretaría (página de la presidencia).

translations-summary = Texto auténtico en { $language }; { $count ->
        [0] ninguna traducción
        [one] una traducción
       *[other] { $count } traducciones
    }
translation-listed = añadida por { $by }, { $at }
translations-hint = Una traducción puede añadirse o sustituirse hasta que la moción se someta a votación. El texto en { $language } sigue siendo el auténtico; los delegados ven cada traducción señalada como tal.
replace-translation = Sustituir la traducción ({ $language })
translation-language = Idioma de la traducción
translation-title = Título traducido
translation-text = Texto traducido (Markdown)
add-translation = Añadir la traducción
save-translation = Guardar la traducción
done-translation-saved = La traducción está guardada. Los delegados que leen su idioma ya la ven, señalada como traducción.

## Los idiomas nombrados en una frase.

language-name = { $tag ->
        [en] inglés
        [fr] francés
        [de] alemán
        [es] español
        [it] italiano
        [pl] polaco
       *[other] { $tag }
    }
language-in-use = Hay mociones de esta asamblea redactadas en { $languages }: ese idioma sigue entre sus idiomas oficiales.
labelled = { $label }:
minutes-in = Acta ({ $language })
translations-missing = Aún sin traducir al { $languages }, idioma oficial.
narrative-in-every-language = El relato y las incidencias figuran tal como se escriben en el acta de cada idioma oficial: si los estatutos lo exigen, redacte cada párrafo en cada idioma.
remote-link-invalid = El enlace de participación a distancia debe ser una dirección web que empiece por https:// (o http://), sin espacios.
convocation-not-now = La convocatoria se envía una vez convocada la asamblea y antes de que se abra su sesión; la asamblea está en estado «{ $state }».
notice-on-its-way = Este mensaje aún está en camino: puede reenviarse una vez enviado o fallido.
thing-notice = el mensaje
notice-convocation-subject = Convocatoria: { $title }
notice-greeting = Estimado/a { $name }:
notice-convened = Se convoca a { $organisation } a la asamblea general { $kind ->
        [extraordinary] extraordinaria
       *[ordinary] ordinaria
    }: { $title }.
notice-when = Cuándo: { $at } (UTC)
notice-format = Formato: { $format ->
        [in_person] presencial
        [remote] a distancia
       *[hybrid] híbrido (en la sala o a distancia)
    }
notice-where = Dónde: { $venue }
notice-remote-link = Para participar a distancia:
notice-agenda = Orden del día
notice-agenda-later = El orden del día se enviará más adelante.
notice-rules = Quórum y mayorías
notice-preset = { $kind ->
        [ordinary] Mociones ordinarias
        [budget] Presupuesto
        [membership] Decisiones sobre miembros
        [statutes] Modificación de los estatutos
        [dissolution] Disolución
       *[other] { $kind }
    }: { $rules }
notice-proxy-heading = Si no puede asistir
notice-proxy = Un miembro de pleno derecho que no pueda asistir puede delegar su voto en otro miembro de pleno derecho desde su página de delegado en plenum; un miembro tiene como máximo { $cap ->
        [one] una delegación
       *[other] { $cap } delegaciones
    }.
notice-period-met = Esta convocatoria se envía { $given ->
        [one] { $given } día
       *[other] { $given } días
    } antes de la asamblea; los estatutos exigen { $required }.
notice-period-short = Esta convocatoria se envía { $given ->
        [one] { $given } día
       *[other] { $given } días
    } antes de la asamblea, menos de los { $required } que exigen los estatutos: la asamblea podrá decidir si se celebra.
notice-your-page = Su página en plenum (registro, delegaciones, votaciones):
notice-calendar-attached = La asamblea se adjunta como cita de calendario (assembly.ics).
notice-state-queued = En cola
notice-state-sent = Enviado
notice-state-failed = Fallido
notices-title = Convocatorias y mensajes
mail-off = El correo electrónico está desactivado en este plenum (mail_enabled): los mensajes se redactan y se guardan aquí en cola, y ninguno sale hasta que se active.
convocation-heading = La convocatoria
notice-sent-on = La convocatoria se considera enviada el { $date }.
send-convocation = Enviar la convocatoria
send-convocation-warning = Cada delegado de cada organización miembro recibe la convocatoria por correo electrónico, en su idioma, con el orden del día y la cita de calendario. Volver a enviarla la envía de nuevo a todos.
convoke-first = Convoque primero la asamblea desde la página de la presidencia: la convocatoria sale una vez convocada.
unreachable = { $count ->
        [one] { $count } organización miembro no tiene
       *[other] { $count } organizaciones miembros no tienen
    } ninguna cuenta de delegado a la que escribir
outbox-heading = Mensajes
outbox-counts = En cola: { $queued } · enviados: { $sent } · fallidos: { $failed }
outbox-empty = Aún no se ha enviado ningún mensaje para esta asamblea.
recipient = Destinatario
server-answer = Respuesta del servidor de correo
actions = Acciones
attempts = { $count ->
        [one] { $count } intento
       *[other] { $count } intentos
    }
next-attempt = próximo intento { $at }
send-again = Reenviar
done-convocation-queued = La convocatoria está en la bandeja de salida.
done-notice-resent = El mensaje se enviará de nuevo.
remote-link-label = Participar a distancia
account-inactive = Esta cuenta está desactivada: actívela antes de invitar a su titular.
invitation-invalid = Este enlace no funciona (o ya no): un enlace sirve una sola vez y por un tiempo limitado, y uno más reciente lo sustituye. Pida uno nuevo a la secretaría.
invitation-subject = Su acceso a plenum
invitation-delegate = Ha sido designado/a delegado/a de { $organisation } en plenum, donde se celebran las asambleas generales de la red: registro, delegaciones, turnos de palabra y votaciones.
invitation-role = Se ha creado una cuenta para usted en plenum: { $role }.
invitation-login = Inicia sesión con su dirección de correo electrónico, { $email }.
invitation-choose = Elija su contraseña aquí (el enlace sirve una sola vez, hasta el { $until } UTC):
invitation-no-password = Nunca se envía ninguna contraseña por correo electrónico, y nadie le pedirá la suya.
invitation-not-you = Si no esperaba este mensaje, ignórelo: sin el enlace no ocurre nada.
welcome-title = Elija su contraseña
welcome-for = Para { $name }, que inicia sesión con { $email }.
password-again = La misma contraseña otra vez
save-password = Guardar la contraseña
passwords-differ = Las dos contraseñas no coinciden: escriba la misma dos veces.
password-chosen = Su contraseña está guardada: inicie sesión con su dirección de correo electrónico y ella.
send-invitation = Enviar una invitación
done-invitation-sent = La invitación está en la bandeja de salida: su enlace sirve una sola vez y por un tiempo limitado.
first-password-hint = O déjela vacía: plenum envía a la persona un enlace de un solo uso para elegir la suya.
invitation-spent = El enlace de esta invitación ya no se conserva una vez enviado: envíe una nueva invitación.
