//! The message catalogue: every user-facing string, in one place.
//!
//! English first; a second language adds one column to [`catalogue!`]. Each
//! message is a variant of [`Msg`], so a missing or misspelt message does not
//! compile, and the arguments a message takes are named in it.

use crate::domain::assembly::AssemblyState;
use crate::domain::majority::{Base, Decision, Outcome, Reason};
use crate::domain::quorum::{QuorumRule, QuorumStatus};
use crate::domain::register::RowProblem;

/// A language of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

macro_rules! catalogue {
    ($( $name:ident $( { $($arg:ident),* } )? => $en:literal, )*) => {
        /// A message, with its arguments.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Msg { $( $name $( { $($arg: String),* } )? , )* }

        impl Msg {
            /// The message in a language.
            pub fn text(&self, lang: Lang) -> String {
                match lang {
                    Lang::En => match self {
                        $( Msg::$name $( { $($arg),* } )? => format!($en $(, $($arg = $arg),* )?), )*
                    },
                }
            }

            /// The message in English (logs, the CLI, stored records).
            pub fn en(&self) -> String {
                self.text(Lang::En)
            }
        }
    };
}

catalogue! {
    // Errors (API and pages).
    BadRequest { detail } => "The request is not valid: {detail}.",
    InvalidJson { detail } => "The request body is not valid JSON for this call: {detail}.",
    LoginRequired => "Please log in first.",
    LoginFailed => "The email or password is not correct.",
    LoginRateLimited => "Too many failed logins. Please wait a few minutes and try again.",
    SessionExpired => "Your session has ended. Please log in again.",
    CsrfMismatch => "This form has expired or did not come from plenum. Please reload the page and try again.",
    TooManyStreams => "This login already follows as many live pages as it may. Close one and try again.",
    BodyTimeout => "The request took too long to arrive. Please try again.",
    MethodNotAllowed { method, allowed } => "This address does not take {method}; it takes {allowed}.",
    RoleRequired { role } => "Only the {role} may do this.",
    NotYourOrganisation => "You may only act for your own organisation.",
    NotFound { what } => "No such {what}.",
    AffiliateCannotVote { org } => "{org} is an affiliate member: affiliates attend in an advisory capacity and do not vote.",
    SuspendedCannotVote { org } => "{org} is suspended: it may attend but does not vote.",
    NotEligible { org } => "{org} was not present or represented when this poll opened, so it cannot vote in it.",
    AlreadyVoted { org } => "{org} has already voted in this poll; its vote counts once.",
    PollClosed => "This poll is closed; no more votes are accepted.",
    PollAlreadyOpen => "This motion already has an open poll.",
    PollNotOpenable { state } => "A poll can only be opened while the assembly is in session (it is {state}).",
    VotingNotInSession { state } => "Votes are only accepted while the assembly is in session (it is {state}).",
    IllegalTransition { from, to } => "An assembly that is {from} cannot become {to}.",
    AttendanceClosed { state } => "Attendance cannot be recorded now: the assembly's state is “{state}”.",
    ProxiesClosed { state } => "A proxy cannot be given now: the assembly's state is “{state}”.",
    SpeakersClosed { state } => "No one can ask to speak now: the assembly's state is “{state}”.",
    ModeNotAllowed { mode, format } => "Attendance {mode} is not possible at an assembly held {format}.",
    AlreadyCheckedIn { org } => "{org} is already checked in.",
    NotCheckedIn { org } => "{org} is not checked in.",
    InPersonByDesk => "Presence in the room is recorded by the check-in desk: show your check-in code there. From here you can check in as remote.",
    AssemblyClosedForChanges { state } => "The assembly is {state}: its record no longer changes.",
    StillOpen { what } => "The assembly cannot close while votes are open: close {what} first.",
    Duplicate { what } => "{what} already exists.",
    InvalidCountry { country } => "\"{country}\" is not a two-letter country code such as BE or FR.",
    OrganisationRequired => "A delegate account must be linked to an organisation.",
    OrganisationNotAllowed { role } => "A {role} account is not linked to an organisation.",
    PasswordTooShort => "The password must have at least 10 characters.",
    InvalidFraction { detail } => "The fraction is not valid: {detail}.",
    ChairMustDecide => "The vote is tied and the rule says the chair decides: give the chair's decision to close the poll.",
    InconsistentCount => "The count does not add up; the poll was not closed. Please report this.",
    ShortNotice { given, required } => "The notice was sent {given} day(s) before the assembly; the statutes ask for {required}.",
    NoticeDateMissing => "No notice date is recorded for this convened assembly.",
    AgendaNeedsReason => "The assembly is in session: the agenda changes only by a chair's decision with a reason for the record.",
    AgendaFinal => "The assembly is closed: its agenda no longer changes.",
    MotionsClosed => "The assembly is closed: no more motions can be submitted.",
    AgendaOrderMismatch => "The new order must list every agenda item of this assembly exactly once.",
    ParticularsLocked { state } => "The assembly is {state}: its title, venue, start and notice date no longer change.",
    UnknownCheckinCode => "No organisation has this check-in code at this assembly. Check the code, or search by name.",
    AmbiguousCheckinCode => "This code matches more than one organisation; please search by name.",
    YourCheckinCode => "Your check-in code for the desk:",
    CheckInByCode => "Check in by code",
    CheckinCode => "Check-in code",
    InTheRoom => "In the room",
    RemoteAttendance => "Remote",
    RepresentedSection => "Represented by proxy",
    AffiliatesAdvisory => "Affiliates (advisory)",
    AbsentMembers => "Not here",
    RepresentedBy { org } => "represented by {org}",
    Register => "Member register",
    AddOrganisation => "Add an organisation",
    Add => "Add",
    ImportRegister => "Import a register file (CSV: name,country,kind[,status])",
    Import => "Import",
    ExportRegister => "Export the register as CSV",
    Change => "Change",
    Reason => "Reason",
    ReasonForChange => "Reason for the change (kept in the record)",
    SaveChange { org } => "Save the change to {org}",
    CsvText => "The register's rows, pasted from the file",
    JoinedOn => "Joined",
    ImportDone { created, updated, unchanged } => "Imported: {created} created, {updated} updated, {unchanged} unchanged.",
    ImportLineError { line, message } => "Line {line}: {message}",
    Accounts => "Accounts",
    Disable => "Disable",
    Enable => "Enable",
    Role => "Role",
    Full => "full",
    Affiliate => "affiliate",
    Active => "active",
    Suspended => "suspended",
    GiveProxy => "Give your organisation's vote to another full member",
    GiveProxyTo => "Holder",
    GiveProxyButton => "Give proxy",
    ProxyGiven { org } => "Your organisation's vote is given to {org}.",
    Revoke => "Revoke",
    UnknownMotionKind { kind, kinds } => "\"{kind}\" is not a kind of motion here; the kinds are: {kinds}.",
    OnlyVotingMembersPropose { org } => "{org} is not a full active member: it cannot propose or second motions.",
    MotionDeadlinePassed { deadline } => "The deadline for motions ({deadline}) has passed.",
    CannotAmend { title } => "\"{title}\" can no longer be amended.",
    AgendaItemElsewhere { item } => "Agenda item {item} is not on this assembly's agenda.",
    IllegalMotionMove { from, to } => "A motion that is {from} cannot become {to}.",
    SecondOnlySubmitted => "Only a submitted motion, not yet admitted, can be seconded.",
    CannotSecondOwn => "An organisation cannot second its own motion.",
    AlreadySeconded { org } => "{org} has already seconded this motion.",
    TooFewSeconders { have, need } => "This motion has {have} seconder(s); {need} are needed before it can be admitted.",
    OnlyProposerWithdraws => "Only the proposing organisation or the secretariat can withdraw this motion.",
    OpinionsAreForAffiliates => "Advisory opinions are for affiliate members; full members vote.",
    AmendmentsFirst => "The amendments to this motion are voted first.",
    MotionNotAdmitted { state } => "Only an admitted motion can be put to the vote (this one is {state}).",
    CountedInTheRoom { org } => "{org} was counted in the room for this poll; it cannot also vote online.",
    AlreadyVotedOnline { orgs } => "Already voted online, so not counted in the room: {orgs}.",
    TellerListedTwice => "An organisation is ticked twice in the room's count: each is counted once.",
    TellerCountMismatch { total, listed } => "The room's counts add up to {total} but {listed} organisations are listed.",
    TellersAlreadyRecorded => "The room's counts for this poll are already recorded.",
    NotATellersPoll => "This poll is not counted by tellers.",
    NotEligibleInRoom { orgs } => "Not eligible in this poll: {orgs}.",
    NotInTheRoom { orgs } => "Not in the room, so not counted by the tellers (present in person, or represented by a holder present in person, only): {orgs}.",
    RoomCardOf { org, holder } => "{org} (proxy held by {holder}, in the room)",
    AnotherSessionHeld { title } => "The session of “{title}” is being held: close it first, one session at a time.",
    AgendaNotInSession { state } => "An agenda item is taken up only while the session is held (the assembly is {state}).",
    RoomCountNotInSession { state } => "The room's counts are only recorded while the assembly is in session (it is {state}).",
    OpenPollOn { title } => "the poll on “{title}”",
    OpenRoundOf { round, title } => "round {round} of the election “{title}”",
    ReceiptRequired => "To change a secret vote, give the receipt of the vote it replaces.",
    AdvisoryOpinions => "Advisory opinions",
    FloorTaken => "Someone has the floor; end it first.",
    SpeakerState { state } => "This request to speak is {state}.",
    YouHaveTheFloor => "You have the floor.",
    QueuePosition { position } => "You are number {position} in the queue to speak.",
    InTheQueue => "You are in the queue to speak.",
    AlreadyOnTheList { org } => "{org} is already on the speakers' list.",
    Speakers => "Speakers",
    AskToSpeak => "Ask to speak",
    GiveFloor => "Give the floor",
    EndFloor => "End",
    Withdraw => "Withdraw",
    NowSpeakingLabel => "Speaking:",
    NoneYet => "None yet.",
    NoSpeakers => "Nobody has asked to speak.",
    ModeInPerson => "in the room",
    ModeRemote => "remote",
    NotCheckedInShort => "not checked in",
    AffiliateAdvisory => "affiliate, advisory",
    SpeakingSince { time } => "speaking since {time}",
    SpeakingFor { time } => "speaking for {time}",
    Agenda => "Agenda",
    NoAgenda => "The agenda is empty.",
    NowDiscussed => "now",
    TakeUp => "Take up",
    NextItem { title } => "Next item: {title}",
    AgendaFinished => "Agenda finished",
    AgendaIsFinished => "The agenda is finished.",
    ShowEveryOrganisation => "Show every organisation",
    CopyLink => "Copy the link",
    OtherDisplays => "Display links of other assemblies, still working",
    TellersTally { ticked, counted } => "Organisations ticked: {ticked}. Votes counted: {counted}.",
    EventsShown { count, first, last, head } => "Shown: {count} (#{first} to #{last}) of the ledger's {head} events.",
    SeatsLeftEmpty { election, empty } => "{election}: seats still empty: {empty}.",
    DisplaysStillLive { count } => "Display links still working: {count}. The projector goes on showing the closed assembly until they are revoked.",
    Copied => "Copied",
    DonePasswordSet => "The new password is set and the account's sessions have ended. Tell the person the password yourself.",
    SetPassword => "Set a new password",
    SetPasswordHint { email } => "For {email}, who has lost their password: every session of the account ends. Give them the new password yourself, not by e-mail.",
    NewPassword => "New password (at least 10 characters)",
    ApproveAfterClose => "The minutes are approved and sealed once the assembly is closed.",
    VotingNow => "Voting now",
    YourOwnAccount => "Your own account: another member of the secretariat can change it.",
    TellersRecorded => "The room's count is recorded. It is final; the result shows it with the online votes once the vote is closed.",
    OpenFor { time } => "(open for {time})",
    CheckpointOpened => "Session opened (or resumed)",
    CheckpointSessionEnded => "Session suspended or closed",
    CheckpointMinutes => "Minutes approved",
    HowToVote => "Ballot",
    ElectionBallot => "Election (secret)",
    HallAssemblyClosed => "The assembly is closed; the results are final.",
    VerdictCarried => "Carried.",
    VerdictRejected => "Rejected.",
    NowOnAgenda { item } => "Now on the agenda: {item}",
    DoneItemTakenUp => "The agenda has moved on: the projector and the delegates' phones show it.",
    TooManyChoices { max } => "A ballot names at most {max} candidate(s).",
    UnknownCandidate { id } => "Candidate {id} is not standing in this round.",
    DuplicateCandidate { id } => "Candidate {id} is named twice on this ballot.",
    ElectionComplete => "Every seat of this election is filled.",
    RollCall => "Roll call",
    SecretBallot => "Secret ballot",
    TellersBallot => "Tellers (room) and online",
    Elections => "Elections",
    Round { round } => "Round {round}",
    RunoffNeeded => "Tie for the last seat: a run-off is needed.",
    SeatsToFill { seats } => "Seats to fill: {seats}",
    RoundBallots { ballots, abstentions } => "Ballots: {ballots}, of which blank: {abstentions}.",
    InRunoff => "in the run-off",
    SeatsStillToFill { seats } => "Seats still to fill: {seats}. They need another round.",
    ResultSecret { voted } => "A secret ballot: {voted} organisations voted; no one's choice is known.",
    ResultRollCall => "A roll call: each organisation's vote is listed below.",
    ResultTellers => "Counted by the tellers in the room, with the ballots cast online; the online votes are listed below.",
    InTheRoomCounted { orgs } => "In the room (tellers, {orgs})",
    Online => "Online",
    EveryoneVoted => "Every organisation has voted.",
    NotVotedYet { names } => "Not voted yet: {names}.",
    NotVotedYetMore { names, more } => "Not voted yet: {names} and {more} more.",
    RulesBeforeOpening { majority, quorum } => "To carry: {majority}. Quorum: {quorum}.",
    SinceOpened { time } => "Open since {time}.",
    CountedWhere => "Counted",
    Together => "Together",
    Elected => "Elected:",
    OpenRound => "Open the next round",
    ChooseUpTo { seats } => "Choose up to {seats}; choose none to abstain.",
    CastBallot => "Cast the ballot",
    RoomCount => "Room count",
    RoomCountWho => "Tick each organisation whose card the tellers counted: its vote is the room's, and it can no longer vote online in this poll.",
    FindOrganisation => "Find an organisation (name or country)",
    Find => "Find",
    FindByName => "Find an organisation (part of its name)",
    ShownOf { shown, total } => "{shown} shown of {total}.",
    At => "At",
    Hash => "Hash",
    ProxyDocument => "Document",
    MoreToFind { more } => "And {more} more: search to find them.",
    RegisterList => "Organisations and accounts",
    FindInRegister => "Find (part of a name, a country code, an e-mail address)",
    ShowingOf { from, to, total } => "Organisations {from} to {to} of {total}.",
    Pages => "Pages",
    PreviousPage => "Previous page",
    EarlierEvents => "Earlier events",
    LaterEvents => "Later events",
    NextPage => "Next page",
    PageOf { page, pages } => "Page {page} of {pages}",
    MoreAccounts { more } => "And {more} more accounts: search to find them.",
    RecordRoomCount => "Record the room's count",
    NotSealedYet => "This poll is not closed yet, so it has no seal.",
    ReasonRequired => "Say why: a change of kind or status needs a reason for the record.",
    InvalidRows { count } => "The file has {count} bad row(s); nothing was imported. Correct them and import the file again.",
    RowUnreadable { detail } => "this line cannot be read as CSV ({detail})",
    RowMissingHeader => "the first line must be the header name,country,kind (and optionally status)",
    RowFieldCount { count } => "expected 3 or 4 fields (name,country,kind[,status]) but found {count}",
    RowEmptyName => "the name is empty",
    RowNameTooLong => "the name is longer than 200 characters",
    RowBadCountry { country } => "\"{country}\" is not a two-letter country code such as BE or FR",
    RowBadKind { kind } => "\"{kind}\" is not a kind: use full or affiliate",
    RowBadStatus { status } => "\"{status}\" is not a status: use active or suspended",
    RowDuplicate { first } => "the same name is already on line {first}",
    ProxyToItself => "An organisation cannot give its proxy to itself.",
    ProxyGrantorAffiliate { org } => "{org} is an affiliate member: it has no vote to give.",
    ProxyHolderAffiliate { org } => "{org} is an affiliate member: a proxy can only go to a full member.",
    ProxyGrantorSuspended { org } => "{org} is suspended: it has no vote to give.",
    ProxyHolderSuspended { org } => "{org} is suspended: it cannot hold another member's vote.",
    ProxyGrantorPresent { org } => "{org} is checked in and votes itself; a proxy is for a member that cannot attend.",
    ProxyAlreadyGiven { org } => "{org} has already given its proxy for this assembly; revoke it first.",
    ProxyHolderIsGrantor { org } => "{org} has given its own vote away; proxies cannot be passed on.",
    ProxyGrantorIsHolder { org } => "{org} holds other members' proxies; proxies cannot be passed on.",
    ProxyCapReached { org, cap } => "{org} already holds {cap} proxy(ies), the most allowed at this assembly.",
    RepresentedByProxy { org } => "Your organisation is represented by {org} in this poll: the holder of its proxy votes for it.",
    ProxyNotLive => "This proxy has already been revoked or has become void.",
    ProxyUsed => "This proxy has already been used to vote and can no longer be revoked.",
    ProxyInOpenPoll => "A poll or election round now open counts this proxy: its holder may still vote with it there. Revoke it after the close.",
    Internal => "Something went wrong on our side; nothing was changed. Please try again.",
    DatabaseUnavailable => "The database is not reachable right now; nothing was changed. Please try again.",
    DatabaseBusy => "The database is busy right now; nothing was changed. Please try again in a moment.",
    TextWithNul => "Text may not contain the NUL character (U+0000).",
    UnknownReference => "This refers to an organisation, assembly or item that does not exist; check the ids given.",
    CannotSetOwnPassword => "You cannot set your own password here: another member of the secretariat can, or whoever runs the server, from the command line.",
    CannotDisableOwnAccount => "You cannot disable your own account; another member of the secretariat can.",
    StorageFull => "The server's disk is full, so nothing was saved. The secretariat must free some space; then please try again.",
    TextForbiddenCharacter { field, code } => "The {field} holds a control, format or invisible character ({code}), which plenum does not store: remove it and try again.",
    TextTooLong { field, max } => "The {field} is longer than {max} characters.",
    TextEmpty { field } => "The {field} is empty.",
    NameMixedScripts { field } => "The {field} mixes letters of scripts that look alike (such as Latin with Cyrillic or Greek): write it in one script.",
    RowStackedMarks => "the name piles accents or marks on one letter",
    TextStackedMarks { field, max } => "The {field} piles more than {max} accents or marks on one letter: write it as it is read.",
    NameLooksLike { field, other } => "The {field} looks the same as that of {other}, already registered: choose a name that can be told apart.",
    NameAmbiguous { field, others } => "The {field} matches several registered organisations ({others}) and none exactly: use the exact name of one.",
    RowForbiddenCharacter { code } => "the name holds a control, format or invisible character ({code})",
    NameFormulaStart { field, first } => "The {field} may not begin with {first}: a spreadsheet opening an export would run it as a formula.",
    RowFormulaStart { first } => "the name may not begin with {first}: a spreadsheet would run it as a formula",
    NameNoLetter { field } => "The {field} has no letter or digit.",
    RowNoLetter => "the name has no letter or digit",
    RowMixedScripts => "the name mixes letters of scripts that look alike (such as Latin with Cyrillic or Greek)",
    RowLooksLike { first } => "the name looks the same as the one on line {first}",
    RowAmbiguous { names } => "the name matches several registered organisations ({names}) and none exactly: use the exact name of one",
    TooManyMotions { org, max } => "{org} has already submitted {max} motions to this assembly, the most one organisation may.",
    TooManyOpinions { org, max } => "{org} has already given {max} opinions at this assembly, the most one organisation may.",
    TooManySpeakerRequests { org, max } => "{org} has already asked to speak {max} times at this assembly, the most one organisation may.",
    TooManyProxies { max } => "This organisation has already given {max} proxies at this assembly, the most allowed; the secretariat can help.",
    NumberOutOfRange { field, min, max } => "The {field} must be from {min} to {max}.",
    RowLooksLikeRegistered { name } => "the name looks the same as that of {name}, already registered, without being it",

    // Pages.
    AppName => "plenum",
    LogIn => "Log in",
    LogOut => "Log out",
    Email => "Email",
    Password => "Password",
    LoggedInAs { name, role } => "{name} ({role})",
    RoleSecretariat => "secretariat",
    RoleAuditor => "auditor",
    RoleTeller => "check-in desk",
    RoleDelegate => "delegate",
    AddDelegateFor { org } => "A delegate for {org}",
    AddStaffAccount => "Add an account for the secretariat, the desk or an auditor",
    ReplaceDelegate => "Replace",
    ReplaceDelegateHint { email } => "The new delegate takes over from {email}, whose account is disabled and logged out at once.",
    PersonName => "Name",
    FirstPassword => "First password (at least 10 characters; give it to the person, who can keep it)",
    CreateAccount => "Create the account",
    NoAssembly => "There is no assembly open at the moment.",
    AssemblyState { state } => "State: {state}",
    CheckInRemote => "Check in (remote)",
    CheckedIn { mode } => "Your organisation is checked in ({mode}).",
    NotCheckedInYet => "Your organisation is not checked in yet.",
    AdvisoryOnly => "Your organisation is an affiliate member: you attend and may speak, but do not vote.",
    SuspendedOnly => "Your organisation is suspended: you attend but do not vote.",
    OpenPolls => "Open votes",
    NoOpenPoll => "No vote is open right now.",
    PageChanged => "The session has moved on since this page was shown.",
    Reload => "Show it",
    Candidate => "Candidate",
    Approvals => "Approvals",
    ElectedMark => "elected",
    VoteYes => "Yes",
    VoteNo => "No",
    VoteAbstain => "Abstain",
    VoteRecorded { receipt } => "Your organisation's vote is recorded. Receipt: {receipt}",
    VotingFor { org } => "By proxy, for {org}:",
    VotingForOwn { org } => "For your organisation, {org}:",
    AlreadyVotedHere => "Your organisation has voted in this poll.",
    AlreadyVotedInRound => "Your organisation has voted in this round.",
    RoundOf { election, round } => "{election}, round {round}",
    WhyNotAffiliate => "Your organisation is an affiliate member: it follows the vote and may speak, but does not vote.",
    WhyNotSuspended => "Your organisation is suspended: it may attend, but does not vote.",
    WhyNotAbsent => "Your organisation was neither checked in nor represented by proxy when this vote opened, so it does not vote in it.",
    WhyNotArrivedLate => "Your organisation checked in after this vote opened: only organisations present or represented at the opening vote in it.",
    BallotRollCall => "Roll call: how each organisation votes is published with the result.",
    BallotSecret => "Secret ballot: no one can see how your organisation voted, only that it did.",
    BallotTellers => "Tellers count the room's cards; organisations following online vote here, and how each of them votes is published with the result.",
    BallotElection => "Secret ballot: no one can see whom your organisation chose, only that it voted.",
    ConfirmTitle => "Confirm your vote",
    ConfirmVote { choice, org, motion } => "Vote {choice} for {org} on “{motion}”?",
    ConfirmRound { org, election } => "Cast the ballot of {org} in “{election}”:",
    ConfirmNoCandidate => "No candidate: the ballot counts as an abstention.",
    ConfirmFinal => "Once cast, this vote cannot be changed.",
    ConfirmChangeable => "The assembly allows a vote to be changed later with its receipt.",
    ConfirmCast { choice } => "Cast: {choice}",
    ConfirmCastBallot => "Cast this ballot",
    ChangeBallot => "Change the ballot",
    Cancel => "Cancel",
    VotedNotice { title } => "Your vote on “{title}” is recorded. Its receipt is below.",
    YourReceipts => "Your receipts",
    YourReceiptsHint => "This browser keeps them until you log out. After a vote closes, a receipt shows that its ballot was counted.",
    ReceiptFor { org } => "for {org}",
    ReceiptCastAt { time } => "cast at {time}",
    CheckReceipt => "Check",
    CheckReceiptOnceClosed => "You can check it here once the vote is closed.",
    ReceiptLabel => "Receipt:",
    YourChoice { choice } => "Voted: {choice}",
    Attendance => "Attendance",
    PresentCount { present, full } => "{present} of {full} full members present or represented",
    Quorate => "Quorate",
    QuorumDetail { present, represented, required } => "{present} present, {represented} represented by proxy; {required} needed.",
    Hall => "Hall view",
    NotQuorate => "Not quorate",
    Motions => "Motions",
    OpenPoll => "Open the vote",
    ClosePoll => "Close the vote",
    CloseRound => "Close the round",
    RoomCountChecked => "These figures are checked: once recorded, the room's count cannot be changed.",
    RoomCountUnchecked => "The room's count was not recorded: tick that the figures are checked first. Once recorded, it cannot be changed.",
    StillToVote { missing, eligible } => "Still to vote: {missing} of {eligible}.",
    ConfirmAction { action } => "Confirm: {action}",
    ClosePollWarning => "Closing counts the ballots and seals the result: no ballot is accepted after it, and the result cannot be changed.",
    CloseRoundWarning => "Closing counts the round's ballots and seals its result: no ballot is accepted after it.",
    CloseAssemblyWarning => "Closing the assembly ends it: no more check-ins, votes or speakers, and it cannot be reopened. The minutes come next.",
    ApproveMinutesWarning => "Approving freezes the minutes as they stand and seals them: nothing can be added or changed after.",
    DisableAccountWarning { name } => "{name} will be logged out at once and can no longer log in until the account is enabled again.",
    DisableOwnAccountWarning => "This is your own account: you will be logged out at once.",
    LeavesWarning { org } => "{org} leaves the room: it no longer counts towards the quorum, and votes opened from now on go ahead without it until it checks in again.",
    ActConvene => "Convene the assembly",
    ActOpenSession => "Open the session",
    ActSuspend => "Suspend the session",
    ActResume => "Resume the session",
    ActCloseAssembly => "Close the assembly",
    BackToChair => "Back to the chair's page",
    MotionDraft => "draft",
    MotionSubmitted => "submitted, awaiting admission",
    MotionAdmitted => "admitted, ready to be put to the vote",
    MotionVoting => "being voted on",
    MotionCarried => "carried",
    MotionRejected => "rejected",
    MotionWithdrawn => "withdrawn",
    MotionStateNotAdmitted => "not admitted",
    SpeakerSpeaking => "has the floor",
    SpeakerQueued => "waiting",
    VotesCastSoFar { cast, eligible } => "{cast} of {eligible} have voted",
    ResultLink => "Result",
    Result => "Result",
    Move { to } => "Move to {to}",
    Desk => "Check-in desk",
    CheckInInPerson => "Check in (in the room)",
    CheckOut => "Leaves",
    Present { mode } => "present ({mode})",
    Absent => "absent",
    Organisation => "Organisation",
    Country => "Country",
    Kind => "Kind",
    Status => "Status",
    Yes => "Yes",
    No => "No",
    Abstain => "Abstain",
    Ballots => "Ballots",
    Choice => "Choice",
    Assemblies => "Assemblies",
    Auditor => "Audit",
    AuditEvents => "Audit ledger",
    ChainIntact { count } => "The chain of {count} events is intact.",
    ChainBroken { seq } => "The chain is broken at event {seq}.",
    LedgerHolds { count } => "The ledger holds {count} events.",
    CheckChain => "Check the whole chain",
    Chair => "Chair",
    Back => "Back",
    AssemblyOver => "This assembly is closed: nothing more is voted, and the results below are final. The minutes follow once the secretariat approves them; your receipts stay below until you log out.",
    AssemblyOverMinutesApproved => "This assembly is closed and its minutes are approved: the results below are final, and the secretariat shares the minutes. Your receipts stay below until you log out.",
    DoneCheckedIn => "You are checked in.",
    DoneProxyGiven => "Your proxy is given.",
    DoneProxyRevoked => "Your proxy is revoked: your organisation votes itself again once present.",
    DoneAskedToSpeak => "Your request to speak is in the queue.",
    DoneWithdrawn => "Your request to speak is withdrawn.",
    DoneFloorGiven => "The floor is given.",
    DoneFloorEnded => "The speaker's turn has ended.",
    DoneStateChanged { state } => "The assembly is now {state}.",
    DonePollOpened => "The vote is open.",
    DoneRoundOpened => "The round is open.",
    DoneRoundClosed => "The round is closed and counted.",
    DoneArrived { org } => "{org} is checked in, in the room.",
    DoneLeft { org } => "{org} has left the room.",
    DoneRoomCounted => "The room's count is recorded.",
    DoneOrganisationAdded { org } => "{org} is added to the register.",
    DoneOrganisationChanged { org } => "{org} is changed in the register.",
    DoneAccountChanged => "The account is changed.",
    DoneAccountCreated => "The account is created: give its address and first password to the person.",
    DoneNarrativeSaved => "The narrative is saved.",
    DoneIncidentRecorded => "The incident is recorded.",
    DoneMinutesApproved => "The minutes are approved and sealed.",
    DoneDisplayRevoked => "The display link is revoked: the screen showing it stops.",
    Projector => "Projector",
    ProjectorHint => "A display link shows this assembly's hall page on the projector without anyone's login: no names of who is logged in, nothing to click. Make one for each screen; revoke it when the assembly is over or the link has gone astray.",
    MakeDisplay => "Make a display link",
    DisplayMade => "Display link",
    DisplayMadeHint => "Open this address on the projector's computer. It is shown only now: copy it, or make another later.",
    DisplayOpenSince { at } => "Display link made {at}",
    RevokeDisplay => "Revoke",
    RevokeDisplayWarning => "The screen showing this link goes blank at once; to show the hall again, make a new link and open it there.",
    QueueHeading => "Speakers' queue",
    SessionSuspendedNotice => "The session is suspended.",
    SessionSuspendedForDelegates => "The session is suspended: no vote can be cast until the chair resumes it.",
    VotesWaitForResume => "Votes wait: the session is suspended.",
    OrgHasVoted { org } => "{org} has voted in this poll.",
    OrgHasVotedInRound { org } => "{org} has voted in this round.",
    TellersInRoomHint => "You are in the room: raise your card for the tellers. Vote here only if the tellers will not count you; once you have voted here, they cannot.",
    NotDoneTitle => "That could not be done",
    BackToYourPage => "Back to your page",
    StateDraft => "draft",
    StateConvened => "convened",
    StateInSession => "in session",
    StateSuspended => "suspended",
    StateClosed => "closed",
    StateMinutesApproved => "minutes approved",
    Delegate => "Delegate",
    // Minutes.
    MinutesTitle => "Minutes",
    Narrative => "Narrative (Markdown): what the record alone does not say",
    SaveNarrative => "Save the narrative",
    Incident => "Incident",
    RecordIncident => "Record the incident",
    ApproveMinutes => "Approve and seal the minutes",
    ApproveMinutesHint => "Once the assembly is closed, approving freezes the minutes as they stand and seals them with the instance's key.",
    MinutesFrozen => "The minutes of this assembly are approved and sealed; they no longer change.",
    MinutesChanged => "The minutes changed while they were being approved. Please review them and approve again.",
    MinutesNeedClosed { state } => "The minutes are approved once the assembly is closed; it is {state}.",
    ApproveMinutesInstead => "An assembly's minutes are approved with their own action, which seals them.",
    // The auditor's area and receipts.
    Subject => "Subject",
    From => "From",
    Until => "Until",
    Filter => "Filter",
    KindHint => "e.g. ballot. for every ballot event",
    PublicKey => "Instance public key (Ed25519)",
    PublicKeyHint => "Every seal and checkpoint is signed with this key. Compare it with the key the secretariat published, and pass it to plenum verify --public-key.",
    EvidenceBundle => "Evidence bundle (JSON)",
    VerifyHint => "Check it offline, with no database and no network:",
    VerifyGuide => "What the check proves, and what a bundle leaves out and why: docs/AUDITING.md, shipped with plenum.",
    RecordsCsv => "Records (CSV)",
    AuditAssembly => "Assembly record",
    Stays => "Arrivals and departures",
    Arrived => "Arrived",
    Left => "Left",
    Mode => "Mode",
    Proxies => "Proxies",
    Grantor => "Grantor",
    Holder => "Holder",
    SealedPolls => "Sealed polls",
    SealedRounds => "Sealed election rounds",
    Seal => "Seal",
    Checkpoints => "Signed checkpoints of the ledger",
    NoEvents => "No events match.",
    ReceiptCheckTitle => "Check a receipt",
    ReceiptCode => "Receipt code",
    ReceiptCheckHint => "After the poll closes, your receipt shows that your organisation's ballot is in the sealed result. For a secret ballot it proves only that, never the choice.",
    ReceiptVote { title } => "A receipt of the vote on “{title}”.",
    ReceiptIncluded { seal } => "This ballot is in the sealed result. Seal: {seal}",
    ReceiptChoice { choice } => "The roll-call record shows the choice: {choice}.",
    ReceiptNotYet => "The poll is still open: inclusion is shown after the close, so a receipt cannot follow the count.",
    ReceiptNotIncluded => "This poll is closed but the ballot is not among the sealed ones. Please tell the auditors.",
    ReceiptUnknown => "No ballot has this receipt. A vote that was changed has the receipt of the last change.",
    ReceiptLater => "Keep this code. After the close, check that your ballot is in the sealed result:",
}

/// The words for an assembly's state.
pub fn state_label(state: AssemblyState) -> Msg {
    match state {
        AssemblyState::Draft => Msg::StateDraft,
        AssemblyState::Convened => Msg::StateConvened,
        AssemblyState::InSession => Msg::StateInSession,
        AssemblyState::Suspended => Msg::StateSuspended,
        AssemblyState::Closed => Msg::StateClosed,
        AssemblyState::MinutesApproved => Msg::StateMinutesApproved,
    }
}

/// A motion's state, in words.
pub fn motion_state_label(state: crate::domain::motion::MotionState) -> Msg {
    use crate::domain::motion::MotionState::*;
    match state {
        Draft => Msg::MotionDraft,
        Submitted => Msg::MotionSubmitted,
        Admitted => Msg::MotionAdmitted,
        Voting => Msg::MotionVoting,
        Carried => Msg::MotionCarried,
        Rejected => Msg::MotionRejected,
        Withdrawn => Msg::MotionWithdrawn,
        NotAdmitted => Msg::MotionStateNotAdmitted,
    }
}

/// The chair's button that moves an assembly to `to`, in words.
pub fn transition_label(to: AssemblyState, from: AssemblyState) -> Msg {
    match (from, to) {
        (_, AssemblyState::Convened) => Msg::ActConvene,
        (AssemblyState::Suspended, AssemblyState::InSession) => Msg::ActResume,
        (_, AssemblyState::InSession) => Msg::ActOpenSession,
        (_, AssemblyState::Suspended) => Msg::ActSuspend,
        (_, AssemblyState::Closed) => Msg::ActCloseAssembly,
        (_, AssemblyState::MinutesApproved) => Msg::ApproveMinutes,
        (_, AssemblyState::Draft) => Msg::StateDraft,
    }
}

/// The sentence for a bad row of a register file.
pub fn row_problem(p: &RowProblem) -> Msg {
    match p {
        RowProblem::Unreadable(detail) => Msg::RowUnreadable { detail: detail.clone() },
        RowProblem::MissingHeader => Msg::RowMissingHeader,
        RowProblem::WrongFieldCount(n) => Msg::RowFieldCount { count: n.to_string() },
        RowProblem::EmptyName => Msg::RowEmptyName,
        RowProblem::NameTooLong => Msg::RowNameTooLong,
        RowProblem::BadCountry(c) => Msg::RowBadCountry { country: c.clone() },
        RowProblem::BadKind(k) => Msg::RowBadKind { kind: k.clone() },
        RowProblem::BadStatus(s) => Msg::RowBadStatus { status: s.clone() },
        RowProblem::DuplicateName(first) => Msg::RowDuplicate { first: first.to_string() },
        RowProblem::ForbiddenCharacter(c) => Msg::RowForbiddenCharacter { code: crate::domain::text::code_point(*c) },
        RowProblem::MixedScripts => Msg::RowMixedScripts,
        RowProblem::NoLetter => Msg::RowNoLetter,
        RowProblem::FormulaStart(c) => Msg::RowFormulaStart { first: c.escape_default().to_string() },
        RowProblem::StackedMarks => Msg::RowStackedMarks,
        RowProblem::LooksLike(first) => Msg::RowLooksLike { first: first.to_string() },
        RowProblem::Ambiguous(names) => Msg::RowAmbiguous { names: names.join(", ") },
        RowProblem::LooksLikeRegistered(name) => Msg::RowLooksLikeRegistered { name: name.clone() },
    }
}

/// Renders the sentence that explains an outcome, with its numbers, e.g.
/// "Carried: 31 of 45 votes cast (> 1/2); quorum 38 of 52 (>= 1/2)."
pub fn explain(lang: Lang, d: &Decision) -> String {
    match lang {
        Lang::En => explain_en(d),
    }
}

fn explain_en(d: &Decision) -> String {
    let verdict = match d.outcome {
        Outcome::Carried => "Carried",
        Outcome::Rejected => "Rejected",
    };
    let base = match d.rule.base {
        Base::VotesCast => "votes cast",
        Base::PresentAndRepresented => "present and represented",
        Base::AllMembers => "full members",
    };
    let threshold = d.rule.threshold();
    let quorum = quorum_en(&d.quorum);
    match d.reason {
        Reason::Threshold => {
            format!("{verdict}: {} of {} {base} ({threshold}); {quorum}.", d.support, d.base_count)
        }
        Reason::NoQuorum => format!("{verdict}: the quorum was not reached; {quorum}."),
        Reason::NoSupport => format!(
            "{verdict}: no vote in favour ({} against, {} abstentions); {quorum}.",
            d.tally.no, d.tally.abstain
        ),
        Reason::TieRejected => format!(
            "{verdict}: a tie of {} for and {} against does not carry the motion; {quorum}.",
            d.tally.yes, d.tally.no
        ),
        Reason::ChairCastingVote(vote) => format!(
            "{verdict} on the chair's casting vote ({}) after a tie of {} to {}: {} of {} {base} ({threshold}); {quorum}.",
            if vote == Outcome::Carried { "for" } else { "against" },
            d.tally.yes,
            d.tally.no,
            d.support,
            d.base_count
        ),
    }
}

/// A decision in words for the people in the room: how many were for and
/// against, what majority was needed of what, in numbers, and the quorum.
/// "9 in favour, 3 against, 1 abstention." / "Needed: more than half of
/// the 12 votes cast, so at least 7 in favour; abstentions are not votes
/// cast." / "Quorum: 38 of 52 full members present or represented; at
/// least 26 needed."
pub fn describe(lang: Lang, d: &Decision) -> Vec<String> {
    match lang {
        Lang::En => describe_en(d),
    }
}

/// A motion's rules before its vote opens, in words: what carries it and
/// the quorum, for the chair to announce.
pub fn rules(lang: Lang, rule: &crate::domain::majority::MajorityRule, quorum: QuorumRule) -> Msg {
    match lang {
        Lang::En => {
            let of = match rule.base {
                Base::VotesCast => "the votes cast (abstentions do not count)",
                Base::PresentAndRepresented => "the full members present or represented",
                Base::AllMembers => "all full members",
            };
            let tie = match rule.tie {
                crate::domain::majority::TieRule::Rejected => "a tie is rejected",
                crate::domain::majority::TieRule::ChairDecides => "the chair decides a tie",
            };
            let quorum = match quorum.0 {
                None => "none required".to_string(),
                Some(f) => format!("{} of the full members present or represented", fraction_en(f)),
            };
            Msg::RulesBeforeOpening { majority: format!("{} of {of}; {tie}", fraction_en(rule.threshold())), quorum }
        }
    }
}

/// "1 organisation", "12 organisations", "no organisation".
pub fn organisations(lang: Lang, n: u64) -> String {
    match lang {
        Lang::En => count_en(n, "organisation", "organisations"),
    }
}

/// "1 abstention", "2 abstentions", "no abstention".
/// `n` things in English: "no abstention", "1 abstention", "2 abstentions".
pub(crate) fn count_en(n: u64, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {one}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// "more than half", "at least two thirds", "at least 3/5".
fn fraction_en(f: crate::domain::fraction::Fraction) -> String {
    let share = match (f.numerator, f.denominator) {
        (1, 2) => "half".to_string(),
        (2, 3) => "two thirds".to_string(),
        (3, 4) => "three quarters".to_string(),
        (1, 3) => "one third".to_string(),
        (n, d) if n == d => "all".to_string(),
        (n, d) => format!("{n}/{d}"),
    };
    format!("{} {share}", if f.strict { "more than" } else { "at least" })
}

fn describe_en(d: &Decision) -> Vec<String> {
    let t = d.tally;
    let mut out =
        vec![format!("{} in favour, {} against, {}.", t.yes, t.no, count_en(t.abstain, "abstention", "abstentions"))];
    if d.reason != Reason::NoQuorum {
        let threshold = d.rule.threshold();
        let (base, note) = match d.rule.base {
            Base::VotesCast => (
                format!("the {}", count_en(d.base_count, "vote cast", "votes cast")),
                " Abstentions are not votes cast.",
            ),
            Base::PresentAndRepresented => (
                format!("the {} full members present or represented", d.base_count),
                " An abstention counts as not in favour.",
            ),
            Base::AllMembers => {
                (format!("all {} full members", d.base_count), " An abstention or an absence counts as not in favour.")
            }
        };
        let needed = threshold.required(d.base_count);
        out.push(format!(
            "Needed: {} of {base}, so at least {needed} in favour{}.{note}",
            fraction_en(threshold),
            if matches!(d.reason, Reason::ChairCastingVote(_)) { ", the chair's casting vote included" } else { "" }
        ));
    }
    let q = &d.quorum;
    out.push(match q.rule.0 {
        None => format!(
            "No quorum was required; {} of {} full members were present or represented.",
            q.counted(),
            q.full_members
        ),
        Some(_) if q.quorate => format!(
            "Quorum reached: {} of {} full members present or represented; at least {} needed.",
            q.counted(),
            q.full_members,
            q.required
        ),
        Some(_) => format!(
            "Quorum not reached: {} of {} full members present or represented; at least {} needed.",
            q.counted(),
            q.full_members,
            q.required
        ),
    });
    out
}

fn quorum_en(q: &QuorumStatus) -> String {
    match q.rule.0 {
        None => format!("no quorum required ({} of {} present or represented)", q.counted(), q.full_members),
        Some(f) => format!("quorum {} of {} ({f})", q.counted(), q.full_members),
    }
}

/// How many of those who may vote have not yet: what the chair weighs
/// before closing a vote (live as `poll.{id}.missing`, `round.{id}.missing`).
pub fn still_to_vote(cast: i64, eligible: i64) -> Msg {
    match eligible.saturating_sub(cast) {
        0 => Msg::EveryoneVoted,
        missing => Msg::StillToVote { missing: missing.to_string(), eligible: eligible.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fraction::Fraction;
    use crate::domain::majority::{decide, MajorityRule};
    use crate::domain::poll::Tally;

    #[test]
    fn messages_take_their_arguments() {
        let m = Msg::AlreadyVoted { org: "Réseau Lille".into() };
        assert_eq!(m.en(), "Réseau Lille has already voted in this poll; its vote counts once.");
    }

    #[test]
    fn explanation_matches_the_design_example() {
        let q = QuorumRule(Some(Fraction::new(1, 2, false).unwrap())).assess(52, 38, 0);
        let d = decide(MajorityRule::SIMPLE, Tally { yes: 31, no: 14, abstain: 2 }, q, None).unwrap();
        assert_eq!(explain(Lang::En, &d), "Carried: 31 of 45 votes cast (> 1/2); quorum 38 of 52 (>= 1/2).");
    }

    /// A tie says what it means once, not "Rejected: ... is rejected"
    /// (an outside review).
    #[test]
    fn a_tie_is_said_once() {
        let q = QuorumRule(Some(Fraction::new(1, 2, false).unwrap())).assess(10, 8, 0);
        let d = decide(MajorityRule::SIMPLE, Tally { yes: 3, no: 3, abstain: 2 }, q, None).unwrap();
        assert_eq!(
            explain(Lang::En, &d),
            "Rejected: a tie of 3 for and 3 against does not carry the motion; quorum 8 of 10 (>= 1/2)."
        );
    }

    #[test]
    fn a_decision_in_words() {
        use crate::domain::majority::{Base, MajorityRule, TieRule};
        let half = QuorumRule(Some(Fraction::new(1, 2, false).unwrap()));
        let two_thirds_present = MajorityRule {
            numerator: 2,
            denominator: 3,
            strict: false,
            base: Base::PresentAndRepresented,
            tie: TieRule::Rejected,
        };
        let chair = MajorityRule { tie: TieRule::ChairDecides, ..MajorityRule::SIMPLE };
        // (rule, tally, full members, present, chair's vote, sentences)
        type Row = (MajorityRule, Tally, u64, u64, Option<Outcome>, [&'static str; 3]);
        let table: [Row; 4] = [
            (MajorityRule::SIMPLE, Tally { yes: 9, no: 3, abstain: 1 }, 52, 38, None, [
                "9 in favour, 3 against, 1 abstention.",
                "Needed: more than half of the 12 votes cast, so at least 7 in favour. Abstentions are not votes cast.",
                "Quorum reached: 38 of 52 full members present or represented; at least 26 needed.",
            ]),
            (two_thirds_present, Tally { yes: 20, no: 2, abstain: 0 }, 52, 30, None, [
                "20 in favour, 2 against, no abstention.",
                "Needed: at least two thirds of the 30 full members present or represented, so at least 20 in favour. An abstention counts as not in favour.",
                "Quorum reached: 30 of 52 full members present or represented; at least 26 needed.",
            ]),
            (MajorityRule::SIMPLE, Tally { yes: 1, no: 0, abstain: 2 }, 52, 20, None, [
                "1 in favour, 0 against, 2 abstentions.",
                "Quorum not reached: 20 of 52 full members present or represented; at least 26 needed.",
                "",
            ]),
            (chair, Tally { yes: 4, no: 4, abstain: 0 }, 10, 8, Some(Outcome::Carried), [
                "4 in favour, 4 against, no abstention.",
                "Needed: more than half of the 9 votes cast, so at least 5 in favour, the chair's casting vote included. Abstentions are not votes cast.",
                "Quorum reached: 8 of 10 full members present or represented; at least 5 needed.",
            ]),
        ];
        for (rule, tally, full, present, vote, want) in table {
            let d = decide(rule, tally, half.assess(full, present, 0), vote).unwrap();
            let want: Vec<&str> = want.into_iter().filter(|w| !w.is_empty()).collect();
            assert_eq!(describe(Lang::En, &d), want);
        }
    }

    #[test]
    fn rules_in_words() {
        use crate::domain::majority::{Base, MajorityRule, TieRule};
        let half = QuorumRule(Some(Fraction::new(1, 2, false).unwrap()));
        assert_eq!(
            rules(Lang::En, &MajorityRule::SIMPLE, half).en(),
            "To carry: more than half of the votes cast (abstentions do not count); a tie is rejected. \
             Quorum: at least half of the full members present or represented."
        );
        let statutes = MajorityRule {
            numerator: 2,
            denominator: 3,
            strict: false,
            base: Base::AllMembers,
            tie: TieRule::ChairDecides,
        };
        assert_eq!(
            rules(Lang::En, &statutes, QuorumRule(None)).en(),
            "To carry: at least two thirds of all full members; the chair decides a tie. Quorum: none required."
        );
    }

    #[test]
    fn explanation_of_a_missing_quorum() {
        let q = QuorumRule(Some(Fraction::new(1, 2, false).unwrap())).assess(52, 20, 0);
        let d = decide(MajorityRule::SIMPLE, Tally { yes: 15, no: 3, abstain: 2 }, q, None).unwrap();
        assert_eq!(explain(Lang::En, &d), "Rejected: the quorum was not reached; quorum 20 of 52 (>= 1/2).");
    }
}
