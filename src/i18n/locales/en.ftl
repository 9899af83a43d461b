# plenum's messages in English: the reference every other language follows.
#
# One message per line: `id = text`. Words in { $braces } are filled in by
# plenum (a name, a number, another message); keep them, move them where
# the sentence needs them. Where a number decides the words, a selector
# chooses: `[one]`, `[few]`, `[many]`, `[other]` are the language's plural
# forms (CLDR), `[0]` an exact number; the variant marked * is the default.
# The test `every_language_has_every_message_with_its_arguments` checks that
# each file has every message with the same { $arguments }.

## Errors (API and pages).

bad-request = The request is not valid: { $detail }.
invalid-json = The request body is not valid JSON for this call: { $detail }.
login-required = Please log in first.
login-failed = The email or password is not correct.
login-rate-limited = Too many failed logins. Please wait a few minutes and try again.
session-expired = Your session has ended. Please log in again.
csrf-mismatch = This form has expired or did not come from plenum. Please reload the page and try again.
too-many-streams = This login already follows as many live pages as it may. Close one and try again.
body-timeout = The request took too long to arrive. Please try again.
method-not-allowed = This address does not take { $method }; it takes { $allowed }.
role-required = Only the { $role } may do this.
not-your-organisation = You may only act for your own organisation.
not-found = No such { $what }.
affiliate-cannot-vote = { $org } is an affiliate member: affiliates attend in an advisory capacity and do not vote.
suspended-cannot-vote = { $org } is suspended: it may attend but does not vote.
not-eligible = { $org } was not present or represented when this poll opened, so it cannot vote in it.
already-voted = { $org } has already voted in this poll; its vote counts once.
poll-closed = This poll is closed; no more votes are accepted.
poll-already-open = This motion already has an open poll.
poll-not-openable = A poll can only be opened while the assembly is in session (it is { $state }).
voting-not-in-session = Votes are only accepted while the assembly is in session (it is { $state }).
illegal-transition = An assembly that is { $from } cannot become { $to }.
attendance-closed = Attendance cannot be recorded now: the assembly's state is “{ $state }”.
proxies-closed = A proxy cannot be given now: the assembly's state is “{ $state }”.
speakers-closed = No one can ask to speak now: the assembly's state is “{ $state }”.
# $mode is in_person or remote; $format is in_person or remote (an assembly
# held in both ways, hybrid, takes either).
mode-not-allowed = { $mode ->
        [remote] Remote attendance
       *[in_person] Attendance in the room
    } is not possible at an assembly held { $format ->
        [remote] remotely only
       *[in_person] in person only
    }.
already-checked-in = { $org } is already checked in.
not-checked-in = { $org } is not checked in.
in-person-by-desk = Presence in the room is recorded by the check-in desk: show your check-in code there. From here you can check in as remote.
assembly-closed-for-changes = The assembly is { $state }: its record no longer changes.
still-open = The assembly cannot close while votes are open: close { $what } first.
duplicate-record = This record already exists.
duplicate-account = An account for { $email } already exists.
# $names: one name, or several separated by commas.
duplicate-organisation = An organisation named { $names } is already in the register.
duplicate-candidate-name = { $name } is already a candidate in this election.
invalid-country = "{ $country }" is not a two-letter country code such as BE or FR.
organisation-required = A delegate account must be linked to an organisation.
organisation-not-allowed = A { $role } account is not linked to an organisation.
password-too-short = The password must have at least 10 characters.
invalid-fraction = The fraction is not valid: { $detail }.
chair-must-decide = The vote is tied and the rule says the chair decides: give the chair's decision to close the poll.
inconsistent-count = The count does not add up; the poll was not closed. Please report this.
short-notice = The notice was sent { $given ->
        [one] { $given } day
       *[other] { $given } days
    } before the assembly; the statutes ask for { $required }.
notice-date-missing = No notice date is recorded for this convened assembly.
agenda-needs-reason = The assembly is in session: the agenda changes only by a chair's decision with a reason for the record.
agenda-final = The assembly is closed: its agenda no longer changes.
motions-closed = The assembly is closed: no more motions can be submitted.
agenda-order-mismatch = The new order must list every agenda item of this assembly exactly once.
particulars-locked = The assembly is { $state }: its title, venue, start, notice date and official languages no longer change.
unknown-checkin-code = No organisation has this check-in code at this assembly. Check the code, or search by name.
ambiguous-checkin-code = This code matches more than one organisation; please search by name.
your-checkin-code = Your check-in code for the desk:
check-in-by-code = Check in by code
checkin-code = Check-in code
in-the-room = In the room
remote-attendance = Remote
represented-section = Represented by proxy
affiliates-advisory = Affiliates (advisory)
absent-members = Not here
represented-by = represented by { $org }
register = Member register
add-organisation = Add an organisation
add = Add
import-register = Import a register file (CSV: name,country,kind[,status])
import = Import
export-register = Export the register as CSV
change = Change
reason = Reason
reason-for-change = Reason for the change (kept in the record)
save-change = Save the change to { $org }
csv-text = The register's rows, pasted from the file
joined-on = Joined
import-done = Imported: { $created } created, { $updated } updated, { $unchanged } unchanged.
import-line-error = Line { $line }: { $message }
accounts = Accounts
disable = Disable
enable = Enable
role = Role
full = full
affiliate = affiliate
active = active
suspended = suspended
give-proxy = Give your organisation's vote to another full member
give-proxy-to = Holder
give-proxy-button = Give proxy
proxy-given = Your organisation's vote is given to { $org }.
revoke = Revoke
unknown-motion-kind = "{ $kind }" is not a kind of motion here; the kinds are: { $kinds }.
only-voting-members-propose = { $org } is not a full active member: it cannot propose or second motions.
motion-deadline-passed = The deadline for motions ({ $deadline }) has passed.
cannot-amend = "{ $title }" can no longer be amended.
agenda-item-elsewhere = Agenda item { $item } is not on this assembly's agenda.
illegal-motion-move = A motion that is { $from } cannot become { $to }.
second-only-submitted = Only a submitted motion, not yet admitted, can be seconded.
cannot-second-own = An organisation cannot second its own motion.
already-seconded = { $org } has already seconded this motion.
too-few-seconders = This motion has { $have ->
        [0] no seconder
        [one] { $have } seconder
       *[other] { $have } seconders
    }; { $need ->
        [one] { $need } is needed
       *[other] { $need } are needed
    } before it can be admitted.
only-proposer-withdraws = Only the proposing organisation or the secretariat can withdraw this motion.
opinions-are-for-affiliates = Advisory opinions are for affiliate members; full members vote.
amendments-first = The amendments to this motion are voted first.
motion-not-admitted = Only an admitted motion can be put to the vote (this one is { $state }).
counted-in-the-room = { $org } was counted in the room for this poll; it cannot also vote online.
already-voted-online = Already voted online, so not counted in the room: { $orgs }.
teller-listed-twice = An organisation is ticked twice in the room's count: each is counted once.
teller-count-mismatch = The room's counts add up to { $total } but { $listed ->
        [one] { $listed } organisation is listed
       *[other] { $listed } organisations are listed
    }.
tellers-already-recorded = The room's counts for this poll are already recorded.
not-a-tellers-poll = This poll is not counted by tellers.
not-eligible-in-room = Not eligible in this poll: { $orgs }.
not-in-the-room = Not in the room, so not counted by the tellers (present in person, or represented by a holder present in person, only): { $orgs }.
room-card-of = { $org } (proxy held by { $holder }, in the room)
another-session-held = The session of “{ $title }” is being held: close it first, one session at a time.
agenda-not-in-session = An agenda item is taken up only while the session is held (the assembly is { $state }).
room-count-not-in-session = The room's counts are only recorded while the assembly is in session (it is { $state }).
open-poll-on = the poll on “{ $title }”
open-round-of = round { $round } of the election “{ $title }”
receipt-required = To change a secret vote, give the receipt of the vote it replaces.
advisory-opinions = Advisory opinions
floor-taken = Someone has the floor; end it first.
speaker-state = This request to speak is { $state }.
you-have-the-floor = You have the floor.
queue-position = You are number { $position } in the queue to speak.
in-the-queue = You are in the queue to speak.
already-on-the-list = { $org } is already on the speakers' list.
speakers = Speakers
ask-to-speak = Ask to speak
give-floor = Give the floor
end-floor = End
withdraw = Withdraw
now-speaking-label = Speaking:
none-yet = None yet.
no-speakers = Nobody has asked to speak.
mode-in-person = in the room
mode-remote = remote
not-checked-in-short = not checked in
affiliate-advisory = affiliate, advisory
speaking-since = speaking since { $time }
speaking-for = speaking for { $time }
agenda = Agenda
no-agenda = The agenda is empty.
now-discussed = now
take-up = Take up
next-item = Next item: { $title }
agenda-finished = Agenda finished
agenda-is-finished = The agenda is finished.
show-every-organisation = Show every organisation
copy-link = Copy the link
other-displays = Display links of other assemblies, still working
tellers-tally = Organisations ticked: { $ticked }. Votes counted: { $counted }.
events-shown = Shown: { $count } (#{ $first } to #{ $last }) of the ledger's { $head } events.
seats-left-empty = { $election }: seats still empty: { $empty }.
displays-still-live = Display links still working: { $count }. The projector goes on showing the closed assembly until they are revoked.
copied = Copied
done-password-set = The new password is set and the account's sessions have ended. Tell the person the password yourself.
set-password = Set a new password
set-password-hint = For { $email }, who has lost their password: every session of the account ends. Give them the new password yourself, not by e-mail.
new-password = New password (at least 10 characters)
approve-after-close = The minutes are approved and sealed once the assembly is closed.
voting-now = Voting now
your-own-account = Your own account: another member of the secretariat can change it.
tellers-recorded = The room's count is recorded. It is final; the result shows it with the online votes once the vote is closed.
open-for = (open for { $time })
checkpoint-opened = Session opened (or resumed)
checkpoint-session-ended = Session suspended or closed
checkpoint-minutes = Minutes approved
how-to-vote = Ballot
election-ballot = Election (secret)
hall-assembly-closed = The assembly is closed; the results are final.
verdict-carried = Carried.
verdict-rejected = Rejected.
now-on-agenda = Now on the agenda: { $item }
done-item-taken-up = The agenda has moved on: the projector and the delegates' phones show it.
too-many-choices = A ballot names at most { $max ->
        [one] { $max } candidate
       *[other] { $max } candidates
    }.
unknown-candidate = Candidate { $id } is not standing in this round.
duplicate-candidate = Candidate { $id } is named twice on this ballot.
election-complete = Every seat of this election is filled.
roll-call = Roll call
secret-ballot = Secret ballot
tellers-ballot = Tellers (room) and online
elections = Elections
round = Round { $round }
runoff-needed = Tie for the last seat: a run-off is needed.
seats-to-fill = Seats to fill: { $seats }
round-ballots = Ballots: { $ballots }, of which blank: { $abstentions }.
in-runoff = in the run-off
seats-still-to-fill = Seats still to fill: { $seats }. They need another round.
result-secret = A secret ballot: { $voted ->
        [one] { $voted } organisation voted
       *[other] { $voted } organisations voted
    }; no one's choice is known.
result-roll-call = A roll call: each organisation's vote is listed below.
result-tellers = Counted by the tellers in the room, with the ballots cast online; the online votes are listed below.
in-the-room-counted = In the room (tellers, { $orgs })
online = Online
everyone-voted = Every organisation has voted.
not-voted-yet = Not voted yet: { $names }.
not-voted-yet-more = Not voted yet: { $names } and { $more } more.
rules-before-opening = To carry: { $majority }. Quorum: { $quorum }.
since-opened = Open since { $time }.
counted-where = Counted
together = Together
elected = Elected:
open-round = Open the next round
choose-up-to = Choose up to { $seats }; choose none to abstain.
cast-ballot = Cast the ballot
room-count = Room count
room-count-who = Tick each organisation whose card the tellers counted: its vote is the room's, and it can no longer vote online in this poll.
find-organisation = Find an organisation (name or country)
find = Find
find-by-name = Find an organisation (part of its name)
shown-of = { $shown } shown of { $total }.
at = At
hash = Hash
proxy-document = Document
more-to-find = And { $more } more: search to find them.
register-list = Organisations and accounts
find-in-register = Find (part of a name, a country code, an e-mail address)
showing-of = Organisations { $from } to { $to } of { $total }.
pages = Pages
previous-page = Previous page
earlier-events = Earlier events
later-events = Later events
next-page = Next page
page-of = Page { $page } of { $pages }
more-accounts = And { $more } more accounts: search to find them.
record-room-count = Record the room's count
not-sealed-yet = This poll is not closed yet, so it has no seal.
reason-required = Say why: a change of kind or status needs a reason for the record.
invalid-rows = The file has { $count ->
        [one] { $count } bad row; nothing was imported. Correct it
       *[other] { $count } bad rows; nothing was imported. Correct them
    } and import the file again.
row-unreadable = this line cannot be read as CSV ({ $detail })
row-missing-header = the first line must be the header name,country,kind (and optionally status)
row-field-count = expected 3 or 4 fields (name,country,kind[,status]) but found { $count }
row-empty-name = the name is empty
row-name-too-long = the name is longer than 200 characters
row-bad-country = "{ $country }" is not a two-letter country code such as BE or FR
row-bad-kind = "{ $kind }" is not a kind: use full or affiliate
row-bad-status = "{ $status }" is not a status: use active or suspended
row-duplicate = the same name is already on line { $first }
proxy-to-itself = An organisation cannot give its proxy to itself.
proxy-grantor-affiliate = { $org } is an affiliate member: it has no vote to give.
proxy-holder-affiliate = { $org } is an affiliate member: a proxy can only go to a full member.
proxy-grantor-suspended = { $org } is suspended: it has no vote to give.
proxy-holder-suspended = { $org } is suspended: it cannot hold another member's vote.
proxy-grantor-present = { $org } is checked in and votes itself; a proxy is for a member that cannot attend.
proxy-already-given = { $org } has already given its proxy for this assembly; revoke it first.
proxy-holder-is-grantor = { $org } has given its own vote away; proxies cannot be passed on.
proxy-grantor-is-holder = { $org } holds other members' proxies; proxies cannot be passed on.
proxy-cap-reached = { $org } already holds { $cap ->
        [one] { $cap } proxy
       *[other] { $cap } proxies
    }, the most allowed at this assembly.
represented-by-proxy = Your organisation is represented by { $org } in this poll: the holder of its proxy votes for it.
proxy-not-live = This proxy has already been revoked or has become void.
proxy-used = This proxy has already been used to vote and can no longer be revoked.
proxy-in-open-poll = A poll or election round now open counts this proxy: its holder may still vote with it there. Revoke it after the close.
internal = Something went wrong on our side; nothing was changed. Please try again.
database-unavailable = The database is not reachable right now; nothing was changed. Please try again.
database-busy = The database is busy right now; nothing was changed. Please try again in a moment.
text-with-nul = Text may not contain the NUL character (U+0000).
unknown-reference = This refers to an organisation, assembly or item that does not exist; check the ids given.
cannot-set-own-password = You cannot set your own password here: another member of the secretariat can, or whoever runs the server, from the command line.
cannot-disable-own-account = You cannot disable your own account; another member of the secretariat can.
storage-full = The server's disk is full, so nothing was saved. The secretariat must free some space; then please try again.
text-forbidden-character = The { $field } holds a control, format or invisible character ({ $code }), which plenum does not store: remove it and try again.
text-too-long = The { $field } is longer than { $max } characters.
text-empty = The { $field } is empty.
name-mixed-scripts = The { $field } mixes letters of scripts that look alike (such as Latin with Cyrillic or Greek): write it in one script.
row-stacked-marks = the name piles accents or marks on one letter
text-stacked-marks = The { $field } piles more than { $max } accents or marks on one letter: write it as it is read.
name-looks-like = The { $field } looks the same as that of { $other }, already registered: choose a name that can be told apart.
name-ambiguous = The { $field } matches several registered organisations ({ $others }) and none exactly: use the exact name of one.
row-forbidden-character = the name holds a control, format or invisible character ({ $code })
name-formula-start = The { $field } may not begin with { $first }: a spreadsheet opening an export would run it as a formula.
row-formula-start = the name may not begin with { $first }: a spreadsheet would run it as a formula
name-no-letter = The { $field } has no letter or digit.
row-no-letter = the name has no letter or digit
row-mixed-scripts = the name mixes letters of scripts that look alike (such as Latin with Cyrillic or Greek)
row-looks-like = the name looks the same as the one on line { $first }
row-ambiguous = the name matches several registered organisations ({ $names }) and none exactly: use the exact name of one
too-many-motions = { $org } has already submitted { $max } motions to this assembly, the most one organisation may.
too-many-opinions = { $org } has already given { $max } opinions at this assembly, the most one organisation may.
too-many-speaker-requests = { $org } has already asked to speak { $max ->
        [one] once
       *[other] { $max } times
    } at this assembly, the most one organisation may.
too-many-proxies = This organisation has already given { $max } proxies at this assembly, the most allowed; the secretariat can help.
number-out-of-range = The { $field } must be from { $min } to { $max }.
row-looks-like-registered = the name looks the same as that of { $name }, already registered, without being it

## Decisions in words.
## $basis is what a majority is counted of: votes-cast, present (present
## or represented) or all (all full members).

tally-line = { $yes } in favour, { $no } against, { $abstain ->
        [0] no abstention
        [one] { $abstain } abstention
       *[other] { $abstain } abstentions
    }.
# "more than half", "at least two thirds"; $share is half, two-thirds,
# three-quarters, one-third, all or other (then the figures are said).
fraction = { $strict ->
        [yes] more than
       *[no] at least
    } { $share ->
        [half] half
        [two-thirds] two thirds
        [three-quarters] three quarters
        [one-third] one third
        [all] all
       *[other] { $numerator }/{ $denominator }
    }
decision-needed = Needed: { $fraction } of { $basis ->
        [votes-cast] { $count ->
            [0] no vote cast
            [one] the { $count } vote cast
           *[other] the { $count } votes cast
        }
        [present] the { $count } full members present or represented
       *[all] all { $count } full members
    }, so at least { $needed } in favour{ $casting ->
        [yes] , the chair's casting vote included
       *[no] {""}
    }. { $basis ->
        [votes-cast] Abstentions are not votes cast.
        [present] An abstention counts as not in favour.
       *[all] An abstention or an absence counts as not in favour.
    }
decision-no-quorum-required = No quorum was required; { $counted } of { $full } full members were present or represented.
decision-quorum-reached = Quorum reached: { $counted } of { $full } full members present or represented; at least { $required } needed.
decision-quorum-not-reached = Quorum not reached: { $counted } of { $full } full members present or represented; at least { $required } needed.
# What carries a motion, announced before its vote; $tie is rejected or chair.
rules-majority = { $fraction } of { $basis ->
        [votes-cast] the votes cast (abstentions do not count)
        [present] the full members present or represented
       *[all] all full members
    }; { $tie ->
        [chair] the chair decides a tie
       *[rejected] a tie is rejected
    }
rules-quorum = { $fraction } of the full members present or represented
quorum-none-required = none required
organisations = { $count ->
        [0] no organisation
        [one] { $count } organisation
       *[other] { $count } organisations
    }

## Pages.

app-name = plenum
log-in = Log in
log-out = Log out
email = Email
password = Password
logged-in-as = { $name } ({ $role })
role-secretariat = secretariat
role-auditor = auditor
role-teller = check-in desk
role-delegate = delegate
add-delegate-for = A delegate for { $org }
add-staff-account = Add an account for the secretariat, the desk or an auditor
replace-delegate = Replace
replace-delegate-hint = The new delegate takes over from { $email }, whose account is disabled and logged out at once.
person-name = Name
first-password = First password (at least 10 characters; give it to the person, who can keep it)
create-account = Create the account
no-assembly = There is no assembly open at the moment.
assembly-state = State: { $state }
check-in-remote = Check in (remote)
checked-in = Your organisation is checked in ({ $mode }).
not-checked-in-yet = Your organisation is not checked in yet.
advisory-only = Your organisation is an affiliate member: you attend and may speak, but do not vote.
suspended-only = Your organisation is suspended: you attend but do not vote.
open-polls = Open votes
no-open-poll = No vote is open right now.
page-changed = The session has moved on since this page was shown.
reload = Show it
candidate = Candidate
approvals = Approvals
elected-mark = elected
vote-yes = Yes
vote-no = No
vote-abstain = Abstain
vote-recorded = Your organisation's vote is recorded. Receipt: { $receipt }
voting-for = By proxy, for { $org }:
voting-for-own = For your organisation, { $org }:
already-voted-here = Your organisation has voted in this poll.
already-voted-in-round = Your organisation has voted in this round.
round-of = { $election }, round { $round }
why-not-affiliate = Your organisation is an affiliate member: it follows the vote and may speak, but does not vote.
why-not-suspended = Your organisation is suspended: it may attend, but does not vote.
why-not-absent = Your organisation was neither checked in nor represented by proxy when this vote opened, so it does not vote in it.
why-not-arrived-late = Your organisation checked in after this vote opened: only organisations present or represented at the opening vote in it.
ballot-roll-call = Roll call: how each organisation votes is published with the result.
ballot-secret = Secret ballot: no one can see how your organisation voted, only that it did.
ballot-tellers = Tellers count the room's cards; organisations following online vote here, and how each of them votes is published with the result.
ballot-election = Secret ballot: no one can see whom your organisation chose, only that it voted.
confirm-title = Confirm your vote
confirm-vote = Vote { $choice } for { $org } on “{ $motion }”?
confirm-round = Cast the ballot of { $org } in “{ $election }”:
confirm-no-candidate = No candidate: the ballot counts as an abstention.
confirm-final = Once cast, this vote cannot be changed.
confirm-changeable = The assembly allows a vote to be changed later with its receipt.
confirm-cast = Cast: { $choice }
confirm-cast-ballot = Cast this ballot
change-ballot = Change the ballot
cancel = Cancel
voted-notice = Your vote on “{ $title }” is recorded. Its receipt is below.
your-receipts = Your receipts
your-receipts-hint = This browser keeps them until you log out. After a vote closes, a receipt shows that its ballot was counted.
receipt-for = for { $org }
receipt-cast-at = cast at { $time }
check-receipt = Check
check-receipt-once-closed = You can check it here once the vote is closed.
receipt-label = Receipt:
your-choice = Voted: { $choice }
attendance = Attendance
present-count = { $present } of { $full } full members present or represented
quorate = Quorate
quorum-detail = { $present } present, { $represented } represented by proxy; { $required } needed.
hall = Hall view
not-quorate = Not quorate
motions = Motions
open-poll = Open the vote
close-poll = Close the vote
close-round = Close the round
room-count-checked = These figures are checked: once recorded, the room's count cannot be changed.
room-count-unchecked = The room's count was not recorded: tick that the figures are checked first. Once recorded, it cannot be changed.
still-to-vote = Still to vote: { $missing } of { $eligible }.
confirm-action = Confirm: { $action }
close-poll-warning = Closing counts the ballots and seals the result: no ballot is accepted after it, and the result cannot be changed.
close-round-warning = Closing counts the round's ballots and seals its result: no ballot is accepted after it.
close-assembly-warning = Closing the assembly ends it: no more check-ins, votes or speakers, and it cannot be reopened. The minutes come next.
approve-minutes-warning = Approving freezes the minutes as they stand and seals them: nothing can be added or changed after.
disable-account-warning = { $name } will be logged out at once and can no longer log in until the account is enabled again.
disable-own-account-warning = This is your own account: you will be logged out at once.
leaves-warning = { $org } leaves the room: it no longer counts towards the quorum, and votes opened from now on go ahead without it until it checks in again.
act-convene = Convene the assembly
act-open-session = Open the session
act-suspend = Suspend the session
act-resume = Resume the session
act-close-assembly = Close the assembly
back-to-chair = Back to the chair's page
motion-draft = draft
motion-submitted = submitted, awaiting admission
motion-admitted = admitted, ready to be put to the vote
motion-voting = being voted on
motion-carried = carried
motion-rejected = rejected
motion-withdrawn = withdrawn
motion-state-not-admitted = not admitted
speaker-speaking = has the floor
speaker-queued = waiting
votes-cast-so-far = { $cast } of { $eligible } have voted
result-link = Result
result = Result
move = Move to { $to }
desk = Check-in desk
check-in-in-person = Check in (in the room)
check-out = Leaves
present = present ({ $mode })
absent = absent
organisation = Organisation
country = Country
kind = Kind
status = Status
yes = Yes
no = No
abstain = Abstain
ballots = Ballots
choice = Choice
assemblies = Assemblies
auditor = Audit
audit-events = Audit ledger
chain-intact = The chain of { $count } events is intact.
chain-broken = The chain is broken at event { $seq }.
ledger-holds = The ledger holds { $count } events.
check-chain = Check the whole chain
chair = Chair
back = Back
assembly-over = This assembly is closed: nothing more is voted, and the results below are final. The minutes follow once the secretariat approves them; your receipts stay below until you log out.
assembly-over-minutes-approved = This assembly is closed and its minutes are approved: the results below are final, and the secretariat shares the minutes. Your receipts stay below until you log out.
done-checked-in = You are checked in.
done-proxy-given = Your proxy is given.
done-proxy-revoked = Your proxy is revoked: your organisation votes itself again once present.
done-asked-to-speak = Your request to speak is in the queue.
done-withdrawn = Your request to speak is withdrawn.
done-floor-given = The floor is given.
done-floor-ended = The speaker's turn has ended.
done-state-changed = The assembly is now { $state }.
done-poll-opened = The vote is open.
done-round-opened = The round is open.
done-round-closed = The round is closed and counted.
done-arrived = { $org } is checked in, in the room.
done-left = { $org } has left the room.
done-room-counted = The room's count is recorded.
done-organisation-added = { $org } is added to the register.
done-organisation-changed = { $org } is changed in the register.
done-account-changed = The account is changed.
done-account-created = The account is created: give its address and first password to the person.
done-narrative-saved = The narrative is saved.
done-incident-recorded = The incident is recorded.
done-minutes-approved = The minutes are approved and sealed.
done-display-revoked = The display link is revoked: the screen showing it stops.
projector = Projector
projector-hint = A display link shows this assembly's hall page on the projector without anyone's login: no names of who is logged in, nothing to click. Make one for each screen; revoke it when the assembly is over or the link has gone astray.
make-display = Make a display link
display-made = Display link
display-made-hint = Open this address on the projector's computer. It is shown only now: copy it, or make another later.
display-open-since = Display link made { $at }
revoke-display = Revoke
revoke-display-warning = The screen showing this link goes blank at once; to show the hall again, make a new link and open it there.
queue-heading = Speakers' queue
session-suspended-notice = The session is suspended.
session-suspended-for-delegates = The session is suspended: no vote can be cast until the chair resumes it.
votes-wait-for-resume = Votes wait: the session is suspended.
org-has-voted = { $org } has voted in this poll.
org-has-voted-in-round = { $org } has voted in this round.
tellers-in-room-hint = You are in the room: raise your card for the tellers. Vote here only if the tellers will not count you; once you have voted here, they cannot.
not-done-title = That could not be done
back-to-your-page = Back to your page
state-draft = draft
state-convened = convened
state-in-session = in session
state-suspended = suspended
state-closed = closed
state-minutes-approved = minutes approved
delegate = Delegate

## Minutes.

minutes-title = Minutes
narrative = Narrative (Markdown): what the record alone does not say
save-narrative = Save the narrative
incident = Incident
record-incident = Record the incident
approve-minutes = Approve and seal the minutes
approve-minutes-hint = Once the assembly is closed, approving freezes the minutes as they stand and seals them with the instance's key.
minutes-frozen = The minutes of this assembly are approved and sealed; they no longer change.
minutes-changed = The minutes changed while they were being approved. Please review them and approve again.
minutes-need-closed = The minutes are approved once the assembly is closed; it is { $state }.
approve-minutes-instead = An assembly's minutes are approved with their own action, which seals them.

## The auditor's area and receipts.

subject = Subject
from = From
until = Until
filter = Filter
kind-hint = e.g. ballot. for every ballot event
public-key = Instance public key (Ed25519)
public-key-hint = Every seal and checkpoint is signed with this key. Compare it with the key the secretariat published, and pass it to plenum verify --public-key.
evidence-bundle = Evidence bundle (JSON)
verify-hint = Check it offline, with no database and no network:
verify-guide = What the check proves, and what a bundle leaves out and why: docs/AUDITING.md, shipped with plenum.
records-csv = Records (CSV)
audit-assembly = Assembly record
stays = Arrivals and departures
arrived = Arrived
left = Left
mode = Mode
proxies = Proxies
grantor = Grantor
holder = Holder
sealed-polls = Sealed polls
sealed-rounds = Sealed election rounds
seal = Seal
checkpoints = Signed checkpoints of the ledger
no-events = No events match.
receipt-check-title = Check a receipt
receipt-code = Receipt code
receipt-check-hint = After the poll closes, your receipt shows that your organisation's ballot is in the sealed result. For a secret ballot it proves only that, never the choice.
receipt-vote = A receipt of the vote on “{ $title }”.
receipt-included = This ballot is in the sealed result. Seal: { $seal }
receipt-choice = The roll-call record shows the choice: { $choice }.
receipt-not-yet = The poll is still open: inclusion is shown after the close, so a receipt cannot follow the count.
receipt-not-included = This poll is closed but the ballot is not among the sealed ones. Please tell the auditors.
receipt-unknown = No ballot has this receipt. A vote that was changed has the receipt of the last change.
receipt-later = Keep this code. After the close, check that your ballot is in the sealed result:

## Languages.

# The label of the list of languages at the foot of every page.
language-switcher = Language
unknown-language = "{ $tag }" is not a language plenum speaks; it speaks { $tags }.
no-official-language = Name at least one official language of the assembly.
motion-language-not-official = A motion's text is given in one of the assembly's official languages: { $official }. "{ $tag }" is not one of them; a text in another language can be added as a translation.
translation-of-itself = The motion's own text is the one in this language ({ $language }): it is the authoritative text, not a translation.
translations-closed = The motion is { $state }: what members vote on no longer changes, translations included.
not-an-official-language = The minutes of this assembly are kept in its official languages: { $official }. "{ $tag }" is not one of them.

## What was not found ("No such { $what }.").

thing-api-path = API path
thing-account = account
thing-agenda-item = agenda item
thing-assembly = assembly
thing-checkin-code = check-in code
thing-display = display
thing-election-round = election round
thing-election = election
thing-export = export
thing-motion = motion
thing-organisation = organisation
thing-page = page
thing-poll = poll
thing-proxy = proxy
thing-receipt = receipt
thing-record = record
thing-speaker-request = request to speak
thing-round = round
# Two roles or things, either of which will do: "secretariat or auditor".
either-or = { $a } or { $b }
speaker-done = has spoken
speaker-withdrawn = withdrawn

## Added later.

# Before the sealed English sentence of a result, on a page in another language.
in-the-record = In the record (English):
# Before a result's seal (a hexadecimal digest).
seal-label = seal
# Column headings of the ledger: who acted, and the event's data.
actor = Actor
payload = Payload

## The minutes (PDF, HTML, Markdown), in the assembly's official languages.
## Codes in selectors ($kind, $format, $ballot, $state, $choice, $status)
## are the record's; keep them as they are and translate what they select.

minutes-of = Minutes: { $title }
minutes-approved-sealed = Approved minutes, sealed { $at }.
minutes-draft = Draft minutes: not yet approved.
minutes-assembly = Assembly
minutes-assembly-line = { $title } ({ $kind ->
        [extraordinary] extraordinary
       *[ordinary] ordinary
    }, { $format ->
        [in_person] in person
        [remote] remote
       *[hybrid] hybrid
    })
minutes-called-for = Called for
minutes-session-opened = Session opened
minutes-closed = Closed
minutes-not-yet = not yet
minutes-venue = Venue
minutes-convocation = Convocation
minutes-first-convocation = first convocation
minutes-second-convocation = second convocation
minutes-notice-sent = Notice sent
minutes-not-recorded = not recorded
minutes-quorum = Quorum
minutes-quorum-none = none required
# $fraction is "more than half", "at least two thirds", ...
minutes-quorum-of = { $fraction } of the full members
minutes-record-of-session = Record of the session
minutes-attendance = Attendance
minutes-attendance-counts = { $full ->
        [one] { $full } full member
       *[other] { $full } full members
    }: { $room } in the room, { $remote } remote, { $represented } represented by proxy, { $absent } absent. Affiliates attending in an advisory capacity: { $affiliates }.
minutes-organisations = Organisations
minutes-in-the-room = In the room
minutes-remote = Remote
minutes-represented = Represented
minutes-represented-by = { $org } (by { $holder })
minutes-absent = Absent
minutes-affiliates = Affiliates (advisory)
# An empty list of organisations or names.
minutes-none = none
minutes-proxies = Proxies
minutes-grantor = Grantor
minutes-holder = Holder
minutes-state = State
# A proxy's state; $closed is "yes" once the assembly is closed.
minutes-proxy-state = { $state ->
        [revoked] revoked
        [void] void
       *[live] { $closed ->
            [yes] in force at the close
           *[no] in force
        }
    }
minutes-item = Item
minutes-agenda-kind = { $kind ->
        [information] information
        [discussion] discussion
        [election] election
       *[decision] decision
    }
minutes-motions = Motions
# $kind is the motion's kind as the instance names it (ordinary, budget, statutes...).
minutes-motion-heading = { $title } ({ $kind }): { $state }
minutes-proposed-by = Proposed by { $org }.
minutes-proposed-by-secretariat = Proposed by the secretariat.
minutes-amends = An amendment to "{ $title }".
minutes-reason-recorded = Reason recorded: { $reason }
minutes-opinion = Advisory opinion of { $org }: { $text }
# $verdict is "Carried." or "Rejected." (or, in English, the sealed sentence).
minutes-vote = Vote ({ $ballot ->
        [secret] secret ballot
        [tellers] tellers
       *[roll_call] roll call
    }, closed { $at }): { $verdict }
minutes-counted = Counted
# $organisations is "1 organisation", "12 organisations".
minutes-in-the-room-tellers = In the room (tellers, { $organisations })
minutes-at-vote = At the vote: { $present } present and { $represented } represented of { $full ->
        [one] { $full } full member
       *[other] { $full } full members
    }; { $eligible } eligible.
minutes-seal = Seal { $seal }.
minutes-organisation = Organisation
minutes-vote-column = Vote
# A roll-call vote in the minutes' table.
minutes-choice = { $choice ->
        [yes] yes
        [no] no
       *[abstain] abstain
    }
minutes-election-heading = { $title } ({ $seats ->
        [0] no seat
        [one] { $seats } seat
       *[other] { $seats } seats
    })
# A ballot naming no one is "blank".
minutes-round = Round { $round }: { $ballots ->
        [0] no ballot
        [one] { $ballots } ballot
       *[other] { $ballots } ballots
    }, of which { $blank } blank; elected: { $elected }.
minutes-round-runoff = Round { $round }: { $ballots ->
        [0] no ballot
        [one] { $ballots } ballot
       *[other] { $ballots } ballots
    }, of which { $blank } blank; elected: { $elected }; tied for a run-off: { $runoff }.
minutes-candidate = Candidate
minutes-approvals = Approvals
minutes-elected = Elected: { $names }.
minutes-from = From
minutes-to = To
minutes-incidents = Incidents recorded by the chair
minutes-incident = Incident
minutes-sealed-with = Every result above is sealed with the instance's Ed25519 key { $key }. Auditors check them offline with plenum verify.
minutes-footer = Minutes: { $title } · { $status ->
        [approved] approved
       *[draft] draft
    }
minutes-page = page { $page } of { $pages }

## Motions in several languages.

# Under a motion's text in the minutes: its language's name and digest.
minutes-authoritative = Authoritative text ({ $language }); SHA-256 { $sha256 }.
minutes-translation = Translation ({ $language }) by { $by }, { $at }; SHA-256 { $sha256 }.
# Above a translated motion on a page: $language is the translation's name, $at a date.
translation-by = Translation ({ $language }) by { $by }, { $at }. It is not the authoritative text.
authoritative-text-in = This is the authoritative text (language: { $language }); no translation into yours has been added.
show-authoritative-text = Read the authoritative text ({ $language })

## Refusals of what was given.

number-at-least = The { $field } must be at least { $min }.
number-too-large = A number given is too large.
seats-above-candidates = There are more seats than candidates ({ $candidates }): an election fills at most one seat per candidate.
email-invalid = The e-mail address is not valid.
only-delegate-replaced = Only a delegate's account can be replaced.
election-incomplete = An election needs a title, at least one seat and at least one candidate.
file-not-utf8 = The file is not UTF-8 text: save it as UTF-8 (in a spreadsheet, “CSV UTF-8”) and try again.
form-field-invalid = The form's { $field } is missing or not valid: reload the page and try again.
time-invalid = “{ $value }” is not a date and time.
ballot-candidates-invalid = The ballot names a candidate twice, or one who does not stand in this round.

## The fields a refusal names: lower-case nouns, said after “the” in English
## (“The title is empty.”); the other languages quote them after their word
## for “field”.

field-title = title
field-text = text
field-reason = reason
field-venue = venue
field-name = name
field-email = e-mail address
field-narrative = narrative
field-incident = incident
field-document = document
field-candidates = number of candidates
field-seats = number of seats
field-opinion = opinion
field-convocation = convocation
field-proxy-cap = most proxies one holder may carry
field-majority-or-quorum = majority or quorum
field-agenda-title = title of agenda item { $number }
field-candidate-name = name of candidate { $number }
field-choice = choice
field-candidate = candidate
field-organisation = organisation
field-item = agenda item
field-votes-yes = number of votes for
field-votes-no = number of votes against
field-votes-abstain = number of abstentions
# $path is the field's name in the API's JSON (such as candidates[1].name),
# left as it is sent.
field-at = { $path }

## The secretariat's translations of a motion (the chair's page).

# $language: the authoritative text's language, by its own name.
translations-summary = Authoritative text in { $language }; { $count ->
        [0] no translation
        [one] one translation
       *[other] { $count } translations
    }
translation-listed = added by { $by }, { $at }
translations-hint = A translation can be added or replaced until the motion is put to the vote. The text in { $language } stays the authoritative one; delegates see each translation marked as such.
replace-translation = Replace the translation ({ $language })
translation-language = Language of the translation
translation-title = Title, translated
translation-text = Text, translated (Markdown)
add-translation = Add the translation
save-translation = Save the translation
done-translation-saved = The translation is saved. Delegates who read its language now see it, marked as a translation.

## Languages named in a sentence (never the switcher, which names each in itself).

# $tag: a BCP 47 tag; one plenum does not speak is said as it is.
language-name = { $tag ->
        [en] English
        [fr] French
        [de] German
        [es] Spanish
        [it] Italian
        [pl] Polish
       *[other] { $tag }
    }
language-in-use = Motions of this assembly are written in { $languages }: that language stays among its official languages.
labelled = { $label }:
minutes-in = Minutes ({ $language })
translations-missing = Not yet translated into { $languages }, an official language.
narrative-in-every-language = The narrative and the incidents are printed as written in the minutes of every official language: where the statutes ask for each language, write each paragraph in each.
remote-link-invalid = The remote link must be a web address starting with https:// (or http://), without spaces.
convocation-not-now = The convocation is sent once the assembly is convened and before its session opens; the assembly is { $state }.
notice-on-its-way = This message is still on its way: it can be sent again once it has been sent or has failed.
thing-notice = message
notice-convocation-subject = Convocation: { $title }
notice-greeting = Dear { $name },
notice-convened = { $organisation } is convened to the { $kind ->
        [extraordinary] extraordinary
       *[ordinary] ordinary
    } General Assembly: { $title }.
notice-when = When: { $at } (UTC)
notice-format = Format: { $format ->
        [in_person] in person
        [remote] remote
       *[hybrid] hybrid (in the room or remote)
    }
notice-where = Where: { $venue }
notice-remote-link = To attend remotely:
notice-agenda = Agenda
notice-agenda-later = The agenda will follow.
notice-rules = Quorum and majorities
notice-preset = { $kind ->
        [ordinary] Ordinary motions
        [budget] The budget
        [membership] Membership decisions
        [statutes] Changes to the statutes
        [dissolution] Dissolution
       *[other] { $kind }
    }: { $rules }
notice-proxy-heading = If you cannot attend
notice-proxy = A full member that cannot attend may give its vote by proxy to another full member, from its delegate page in plenum; one member holds at most { $cap ->
        [one] one proxy
       *[other] { $cap } proxies
    }.
notice-period-met = This notice is sent { $given ->
        [one] { $given } day
       *[other] { $given } days
    } before the assembly; the statutes ask for { $required }.
notice-period-short = This notice is sent { $given ->
        [one] { $given } day
       *[other] { $given } days
    } before the assembly, less than the { $required } the statutes ask for: the assembly may decide whether to proceed.
notice-your-page = Your page in plenum (check-in, proxies, votes):
notice-calendar-attached = The assembly is attached as a calendar entry (assembly.ics).
notice-state-queued = Queued
notice-state-sent = Sent
notice-state-failed = Failed
notices-title = Notices
mail-off = E-mail is off on this plenum (mail_enabled): messages are composed and kept here as queued, and none leaves until it is turned on.
convocation-heading = The convocation
notice-sent-on = The notice counts as sent on { $date }.
send-convocation = Send the convocation
send-convocation-warning = Every delegate of every member organisation receives the convocation by e-mail, in their language, with the agenda and the calendar entry. Sending it again sends it to everyone again.
convoke-first = Convene the assembly on the chair's page first: the convocation goes out once it is convened.
unreachable = { $count ->
        [one] { $count } member organisation has
       *[other] { $count } member organisations have
    } no delegate account to write to
outbox-heading = Messages
outbox-counts = Queued: { $queued } · sent: { $sent } · failed: { $failed }
outbox-empty = No message has been sent for this assembly yet.
recipient = Recipient
server-answer = Mail server's answer
actions = Actions
attempts = { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }
next-attempt = next attempt { $at }
send-again = Send again
done-convocation-queued = The convocation is in the outbox.
done-notice-resent = The message will be sent again.
remote-link-label = Join remotely
account-inactive = This account is disabled: enable it before inviting its holder.
invitation-invalid = This link does not work (any more): a link works once and for a limited time, and a newer one replaces it. Ask the secretariat for a new one.
invitation-subject = Your access to plenum
invitation-delegate = You are named a delegate of { $organisation } in plenum, where the network's General Assemblies are held: check-in, proxies, speakers and votes.
invitation-role = An account has been made for you in plenum: { $role }.
invitation-login = You log in with your e-mail address, { $email }.
invitation-choose = Choose your password here (the link works once, until { $until } UTC):
invitation-no-password = No password is ever sent by e-mail, and nobody will ask you for yours.
invitation-not-you = If you did not expect this message, ignore it: nothing happens without the link.
welcome-title = Choose your password
welcome-for = For { $name }, who logs in as { $email }.
password-again = The same password again
save-password = Save the password
passwords-differ = The two passwords differ: type the same one twice.
password-chosen = Your password is saved: log in with your e-mail address and it.
send-invitation = Send an invitation
done-invitation-sent = The invitation is in the outbox: its link works once, for a limited time.
first-password-hint = Or leave it empty: plenum e-mails the person a one-time link to choose their own.
invitation-spent = This invitation's link is no longer kept once sent: send a new invitation instead.
