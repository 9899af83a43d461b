//! The message catalogue: every user-facing string, in every language.
//!
//! Each message is a variant of [`Msg`], so a missing or misspelt message
//! does not compile, and the arguments a message takes are named in it.
//! Its words live in one Fluent file per language (`src/i18n/locales/`),
//! which a translator edits without touching Rust; a test fails when a
//! file lacks a message or names other arguments than the catalogue.
//!
//! An argument is text unless marked: `: n` is a number (for plurals and
//! figures), `: m` another message and `: ms` a list of them, both said in
//! the same language as the message around them.

mod bundles;
mod collation;
mod dates;
mod decisions;
mod lang;
mod numbers;

pub use collation::by_name;
pub use dates::{date, date_time, time};
pub use decisions::{describe, describe_said, explain, fraction, organisations, rules, DecisionWords};
pub use lang::{current, Lang, Languages, LanguagesError};
#[cfg(feature = "server")]
pub use lang::{in_language, set_current, speaking};
pub use numbers::integer;

use crate::domain::assembly::AssemblyState;
use crate::domain::register::RowProblem;
use fluent_bundle::{FluentArgs, FluentValue};

/// A message kept as a message, said in the language of whoever reads it:
/// serialized (and rendered in a page) as its text in [`current`]. The
/// live view carries these, so that each watcher reads it in their own
/// language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said(pub Msg);

impl serde::Serialize for Said {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.here())
    }
}

#[cfg(feature = "server")]
impl maud::Render for Said {
    fn render_to(&self, buffer: &mut String) {
        self.0.here().render_to(buffer)
    }
}

impl From<Msg> for Said {
    fn from(m: Msg) -> Self {
        Said(m)
    }
}

/// What a message's argument becomes in Fluent.
trait Arg {
    fn value(&self, lang: Lang) -> FluentValue<'static>;
}

impl Arg for String {
    fn value(&self, _: Lang) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

/// A number said in a message: a count of things, a position, a limit.
/// Made from any of the integer types the services count in (`.into()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Count(pub i64);

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Count {
            fn from(n: $t) -> Self {
                Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(i64, u64, i32, u32, usize, u8, u16);

impl Arg for Count {
    fn value(&self, _: Lang) -> FluentValue<'static> {
        FluentValue::from(self.0)
    }
}

impl Arg for Box<Msg> {
    fn value(&self, lang: Lang) -> FluentValue<'static> {
        FluentValue::from(self.text(lang))
    }
}

impl Arg for Vec<Msg> {
    fn value(&self, lang: Lang) -> FluentValue<'static> {
        FluentValue::from(self.iter().map(|m| m.text(lang)).collect::<Vec<_>>().join(", "))
    }
}

/// The Rust type of an argument of each kind.
macro_rules! arg_type {
    () => { String };
    (n) => { Count };
    (m) => { Box<Msg> };
    (ms) => { Vec<Msg> };
}

macro_rules! catalogue {
    ($( $name:ident $( { $($arg:ident $(: $kind:ident)?),* } )? , )*) => {
        /// A message, with its arguments.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Msg { $( $name $( { $($arg: arg_type!($($kind)?)),* } )? , )* }

        impl Msg {
            /// Every message's name and the names of its arguments.
            pub const SIGNATURES: &'static [(&'static str, &'static [&'static str])] =
                &[ $( (stringify!($name), &[ $($(stringify!($arg)),*)? ]) ),* ];

            /// The message's name and its arguments as Fluent values.
            fn parts(&self, lang: Lang) -> (&'static str, FluentArgs<'static>) {
                match self {
                    $( Msg::$name $( { $($arg),* } )? => {
                        #[allow(unused_mut)]
                        let mut args = FluentArgs::new();
                        $( $( args.set(stringify!($arg), Arg::value($arg, lang)); )* )?
                        (stringify!($name), args)
                    } )*
                }
            }
        }
    };
}

impl Msg {
    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        let (name, args) = self.parts(lang);
        bundles::format(lang, name, &args)
    }

    /// The message in English (logs, the CLI, stored records).
    pub fn en(&self) -> String {
        self.text(Lang::En)
    }

    /// The message in the language of the request being answered (see
    /// [`current`]).
    pub fn here(&self) -> String {
        self.text(current())
    }
}

catalogue! {
    // Errors (API and pages).
    BadRequest { detail },
    InvalidJson { detail },
    LoginRequired,
    LoginFailed,
    LoginRateLimited,
    SessionExpired,
    CsrfMismatch,
    TooManyStreams,
    BodyTimeout,
    MethodNotAllowed { method, allowed },
    RoleRequired { role: m },
    NotYourOrganisation,
    NotFound { what: m },
    AffiliateCannotVote { org },
    SuspendedCannotVote { org },
    NotEligible { org },
    AlreadyVoted { org },
    PollClosed,
    PollAlreadyOpen,
    PollNotOpenable { state: m },
    VotingNotInSession { state: m },
    IllegalTransition { from: m, to: m },
    AttendanceClosed { state: m },
    ProxiesClosed { state: m },
    SpeakersClosed { state: m },
    ModeNotAllowed { mode, format },
    AlreadyCheckedIn { org },
    NotCheckedIn { org },
    InPersonByDesk,
    AssemblyClosedForChanges { state: m },
    StillOpen { what: ms },
    DuplicateRecord,
    DuplicateAccount { email },
    DuplicateOrganisation { names },
    DuplicateCandidateName { name },
    InvalidCountry { country },
    OrganisationRequired,
    OrganisationNotAllowed { role: m },
    PasswordTooShort,
    InvalidFraction { detail },
    ChairMustDecide,
    InconsistentCount,
    ShortNotice { given: n, required: n },
    NoticeDateMissing,
    AgendaNeedsReason,
    AgendaFinal,
    MotionsClosed,
    AgendaOrderMismatch,
    ParticularsLocked { state: m },
    UnknownCheckinCode,
    AmbiguousCheckinCode,
    YourCheckinCode,
    CheckInByCode,
    CheckinCode,
    InTheRoom,
    RemoteAttendance,
    RepresentedSection,
    AffiliatesAdvisory,
    AbsentMembers,
    RepresentedBy { org },
    Register,
    AddOrganisation,
    Add,
    ImportRegister,
    Import,
    ExportRegister,
    Change,
    Reason,
    ReasonForChange,
    SaveChange { org },
    CsvText,
    JoinedOn,
    ImportDone { created: n, updated: n, unchanged: n },
    ImportLineError { line: n, message },
    Accounts,
    Disable,
    Enable,
    Role,
    Full,
    Affiliate,
    Active,
    Suspended,
    GiveProxy,
    GiveProxyTo,
    GiveProxyButton,
    ProxyGiven { org },
    Revoke,
    UnknownMotionKind { kind, kinds },
    OnlyVotingMembersPropose { org },
    MotionDeadlinePassed { deadline },
    CannotAmend { title },
    AgendaItemElsewhere { item },
    IllegalMotionMove { from: m, to: m },
    SecondOnlySubmitted,
    CannotSecondOwn,
    AlreadySeconded { org },
    TooFewSeconders { have: n, need: n },
    OnlyProposerWithdraws,
    OpinionsAreForAffiliates,
    AmendmentsFirst,
    MotionNotAdmitted { state: m },
    CountedInTheRoom { org },
    AlreadyVotedOnline { orgs },
    TellerListedTwice,
    TellerCountMismatch { total: n, listed: n },
    TellersAlreadyRecorded,
    NotATellersPoll,
    NotEligibleInRoom { orgs },
    NotInTheRoom { orgs },
    RoomCardOf { org, holder },
    AnotherSessionHeld { title },
    AgendaNotInSession { state: m },
    RoomCountNotInSession { state: m },
    OpenPollOn { title },
    OpenRoundOf { round, title },
    ReceiptRequired,
    AdvisoryOpinions,
    FloorTaken,
    SpeakerState { state: m },
    YouHaveTheFloor,
    QueuePosition { position: n },
    InTheQueue,
    AlreadyOnTheList { org },
    Speakers,
    AskToSpeak,
    GiveFloor,
    EndFloor,
    Withdraw,
    NowSpeakingLabel,
    NoneYet,
    NoSpeakers,
    ModeInPerson,
    ModeRemote,
    NotCheckedInShort,
    AffiliateAdvisory,
    SpeakingSince { time },
    SpeakingFor { time },
    Agenda,
    NoAgenda,
    NowDiscussed,
    TakeUp,
    NextItem { title },
    AgendaFinished,
    AgendaIsFinished,
    ShowEveryOrganisation,
    CopyLink,
    OtherDisplays,
    TellersTally { ticked, counted },
    EventsShown { count: n, first, last: n, head: n },
    SeatsLeftEmpty { election, empty },
    DisplaysStillLive { count: n },
    Copied,
    DonePasswordSet,
    SetPassword,
    SetPasswordHint { email },
    NewPassword,
    ApproveAfterClose,
    VotingNow,
    YourOwnAccount,
    TellersRecorded,
    OpenFor { time },
    CheckpointOpened,
    CheckpointSessionEnded,
    CheckpointMinutes,
    HowToVote,
    ElectionBallot,
    HallAssemblyClosed,
    VerdictCarried,
    VerdictRejected,
    NowOnAgenda { item },
    DoneItemTakenUp,
    TooManyChoices { max: n },
    UnknownCandidate { id },
    DuplicateCandidate { id },
    ElectionComplete,
    RollCall,
    SecretBallot,
    TellersBallot,
    Elections,
    Round { round },
    RunoffNeeded,
    SeatsToFill { seats: n },
    RoundBallots { ballots: n, abstentions: n },
    InRunoff,
    SeatsStillToFill { seats: n },
    ResultSecret { voted: n },
    ResultRollCall,
    ResultTellers,
    InTheRoomCounted { orgs },
    Online,
    EveryoneVoted,
    NotVotedYet { names },
    NotVotedYetMore { names, more: n },
    RulesBeforeOpening { majority: m, quorum: m },
    SinceOpened { time },
    CountedWhere,
    Together,
    Elected,
    OpenRound,
    ChooseUpTo { seats: n },
    CastBallot,
    RoomCount,
    RoomCountWho,
    FindOrganisation,
    Find,
    FindByName,
    ShownOf { shown: n, total: n },
    At,
    Hash,
    ProxyDocument,
    MoreToFind { more: n },
    RegisterList,
    FindInRegister,
    ShowingOf { from: n, to: n, total: n },
    Pages,
    PreviousPage,
    EarlierEvents,
    LaterEvents,
    NextPage,
    PageOf { page: n, pages: n },
    MoreAccounts { more: n },
    RecordRoomCount,
    NotSealedYet,
    ReasonRequired,
    InvalidRows { count: n },
    RowUnreadable { detail },
    RowMissingHeader,
    RowFieldCount { count: n },
    RowEmptyName,
    RowNameTooLong,
    RowBadCountry { country },
    RowBadKind { kind },
    RowBadStatus { status },
    RowDuplicate { first },
    ProxyToItself,
    ProxyGrantorAffiliate { org },
    ProxyHolderAffiliate { org },
    ProxyGrantorSuspended { org },
    ProxyHolderSuspended { org },
    ProxyGrantorPresent { org },
    ProxyAlreadyGiven { org },
    ProxyHolderIsGrantor { org },
    ProxyGrantorIsHolder { org },
    ProxyCapReached { org, cap: n },
    RepresentedByProxy { org },
    ProxyNotLive,
    ProxyUsed,
    ProxyInOpenPoll,
    Internal,
    DatabaseUnavailable,
    DatabaseBusy,
    TextWithNul,
    UnknownReference,
    CannotSetOwnPassword,
    CannotDisableOwnAccount,
    StorageFull,
    TextForbiddenCharacter { field: m, code },
    TextTooLong { field: m, max: n },
    TextEmpty { field: m },
    NameMixedScripts { field: m },
    RowStackedMarks,
    TextStackedMarks { field: m, max: n },
    NameLooksLike { field: m, other },
    NameAmbiguous { field: m, others },
    RowForbiddenCharacter { code },
    NameFormulaStart { field: m, first },
    RowFormulaStart { first },
    NameNoLetter { field: m },
    RowNoLetter,
    RowMixedScripts,
    RowLooksLike { first },
    RowAmbiguous { names },
    TooManyMotions { org, max: n },
    TooManyOpinions { org, max: n },
    TooManySpeakerRequests { org, max: n },
    TooManyProxies { max: n },
    NumberOutOfRange { field: m, min, max },
    RowLooksLikeRegistered { name },
    // Decisions in words.
    TallyLine { yes: n, no: n, abstain: n },
    Fraction { strict, share, numerator: n, denominator: n },
    DecisionNeeded { fraction: m, basis, count: n, needed: n, casting },
    DecisionNoQuorumRequired { counted: n, full: n },
    DecisionQuorumReached { counted: n, full: n, required: n },
    DecisionQuorumNotReached { counted: n, full: n, required: n },
    RulesMajority { fraction: m, basis, tie },
    RulesQuorum { fraction: m },
    QuorumNoneRequired,
    Organisations { count: n },
    // Pages.
    AppName,
    LogIn,
    LogOut,
    Email,
    Password,
    LoggedInAs { name, role: m },
    RoleSecretariat,
    RoleAuditor,
    RoleTeller,
    RoleDelegate,
    AddDelegateFor { org },
    AddStaffAccount,
    ReplaceDelegate,
    ReplaceDelegateHint { email },
    PersonName,
    FirstPassword,
    CreateAccount,
    NoAssembly,
    AssemblyState { state: m },
    CheckInRemote,
    CheckedIn { mode },
    NotCheckedInYet,
    AdvisoryOnly,
    SuspendedOnly,
    OpenPolls,
    NoOpenPoll,
    PageChanged,
    Reload,
    Candidate,
    Approvals,
    ElectedMark,
    VoteYes,
    VoteNo,
    VoteAbstain,
    VoteRecorded { receipt },
    VotingFor { org },
    VotingForOwn { org },
    AlreadyVotedHere,
    AlreadyVotedInRound,
    RoundOf { election, round },
    WhyNotAffiliate,
    WhyNotSuspended,
    WhyNotAbsent,
    WhyNotArrivedLate,
    BallotRollCall,
    BallotSecret,
    BallotTellers,
    BallotElection,
    ConfirmTitle,
    ConfirmVote { choice, org, motion },
    ConfirmRound { org, election },
    ConfirmNoCandidate,
    ConfirmFinal,
    ConfirmChangeable,
    ConfirmCast { choice },
    ConfirmCastBallot,
    ChangeBallot,
    Cancel,
    VotedNotice { title },
    YourReceipts,
    YourReceiptsHint,
    ReceiptFor { org },
    ReceiptCastAt { time },
    CheckReceipt,
    CheckReceiptOnceClosed,
    ReceiptLabel,
    YourChoice { choice },
    Attendance,
    PresentCount { present: n, full: n },
    Quorate,
    QuorumDetail { present: n, represented: n, required: n },
    Hall,
    NotQuorate,
    Motions,
    OpenPoll,
    ClosePoll,
    CloseRound,
    RoomCountChecked,
    RoomCountUnchecked,
    StillToVote { missing: n, eligible: n },
    ConfirmAction { action },
    ClosePollWarning,
    CloseRoundWarning,
    CloseAssemblyWarning,
    ApproveMinutesWarning,
    DisableAccountWarning { name },
    DisableOwnAccountWarning,
    LeavesWarning { org },
    ActConvene,
    ActOpenSession,
    ActSuspend,
    ActResume,
    ActCloseAssembly,
    BackToChair,
    MotionDraft,
    MotionSubmitted,
    MotionAdmitted,
    MotionVoting,
    MotionCarried,
    MotionRejected,
    MotionWithdrawn,
    MotionStateNotAdmitted,
    SpeakerSpeaking,
    SpeakerQueued,
    SpeakerDone,
    SpeakerWithdrawn,
    VotesCastSoFar { cast: n, eligible: n },
    ResultLink,
    Result,
    Move { to },
    Desk,
    CheckInInPerson,
    CheckOut,
    Present { mode },
    Absent,
    Organisation,
    Country,
    Kind,
    Status,
    Yes,
    No,
    Abstain,
    Ballots,
    Choice,
    Assemblies,
    Auditor,
    AuditEvents,
    ChainIntact { count: n },
    ChainBroken { seq: n },
    LedgerHolds { count: n },
    CheckChain,
    Chair,
    Back,
    AssemblyOver,
    AssemblyOverMinutesApproved,
    DoneCheckedIn,
    DoneProxyGiven,
    DoneProxyRevoked,
    DoneAskedToSpeak,
    DoneWithdrawn,
    DoneFloorGiven,
    DoneFloorEnded,
    DoneStateChanged { state: m },
    DonePollOpened,
    DoneRoundOpened,
    DoneRoundClosed,
    DoneArrived { org },
    DoneLeft { org },
    DoneRoomCounted,
    DoneOrganisationAdded { org },
    DoneOrganisationChanged { org },
    DoneAccountChanged,
    DoneAccountCreated,
    DoneNarrativeSaved,
    DoneIncidentRecorded,
    DoneMinutesApproved,
    DoneDisplayRevoked,
    Projector,
    ProjectorHint,
    MakeDisplay,
    DisplayMade,
    DisplayMadeHint,
    DisplayOpenSince { at },
    RevokeDisplay,
    RevokeDisplayWarning,
    QueueHeading,
    SessionSuspendedNotice,
    SessionSuspendedForDelegates,
    VotesWaitForResume,
    OrgHasVoted { org },
    OrgHasVotedInRound { org },
    TellersInRoomHint,
    NotDoneTitle,
    BackToYourPage,
    StateDraft,
    StateConvened,
    StateInSession,
    StateSuspended,
    StateClosed,
    StateMinutesApproved,
    Delegate,
    // Minutes.
    MinutesTitle,
    Narrative,
    SaveNarrative,
    Incident,
    RecordIncident,
    ApproveMinutes,
    ApproveMinutesHint,
    MinutesFrozen,
    MinutesChanged,
    MinutesNeedClosed { state: m },
    ApproveMinutesInstead,
    // The auditor's area and receipts.
    Subject,
    From,
    Until,
    Filter,
    KindHint,
    PublicKey,
    PublicKeyHint,
    EvidenceBundle,
    VerifyHint,
    VerifyGuide,
    RecordsCsv,
    AuditAssembly,
    Stays,
    Arrived,
    Left,
    Mode,
    Proxies,
    Grantor,
    Holder,
    SealedPolls,
    SealedRounds,
    Seal,
    Checkpoints,
    NoEvents,
    ReceiptCheckTitle,
    ReceiptCode,
    ReceiptCheckHint,
    ReceiptVote { title },
    ReceiptIncluded { seal },
    ReceiptChoice { choice },
    ReceiptNotYet,
    ReceiptNotIncluded,
    ReceiptUnknown,
    ReceiptLater,
    // Languages.
    LanguageSwitcher,
    UnknownLanguage { tag, tags },
    NoOfficialLanguage,
    NotAnOfficialLanguage { tag, official: ms },
    MotionLanguageNotOfficial { tag, official: ms },
    TranslationOfItself { language: m },
    TranslationsClosed { state: m },
    MinutesAuthoritative { language: m, sha256 },
    MinutesTranslation { language: m, by, at, sha256 },
    TranslationBy { language: m, by, at },
    AuthoritativeTextIn { language: m },
    ShowAuthoritativeText { language: m },
    // The minutes.
    MinutesOf { title },
    MinutesApprovedSealed { at },
    MinutesDraft,
    MinutesAssembly,
    MinutesAssemblyLine { title, kind, format },
    MinutesCalledFor,
    MinutesSessionOpened,
    MinutesClosed,
    MinutesNotYet,
    MinutesVenue,
    MinutesConvocation,
    MinutesFirstConvocation,
    MinutesSecondConvocation,
    MinutesNoticeSent,
    MinutesNotRecorded,
    MinutesQuorum,
    MinutesQuorumNone,
    MinutesQuorumOf { fraction: m },
    MinutesRecordOfSession,
    MinutesAttendance,
    MinutesAttendanceCounts { full: n, room: n, remote: n, represented: n, absent: n, affiliates: n },
    MinutesOrganisations,
    MinutesInTheRoom,
    MinutesRemote,
    MinutesRepresented,
    MinutesRepresentedBy { org, holder },
    MinutesAbsent,
    MinutesAffiliates,
    MinutesNone,
    MinutesProxies,
    MinutesGrantor,
    MinutesHolder,
    MinutesState,
    MinutesProxyState { state, closed },
    MinutesItem,
    MinutesAgendaKind { kind },
    MinutesMotions,
    MinutesMotionHeading { title, kind, state },
    MinutesProposedBy { org },
    MinutesProposedBySecretariat,
    MinutesAmends { title },
    MinutesReasonRecorded { reason },
    MinutesOpinion { org, text },
    MinutesVote { ballot, at, verdict },
    MinutesCounted,
    MinutesInTheRoomTellers { organisations: m },
    MinutesAtVote { present: n, represented: n, full: n, eligible: n },
    MinutesSeal { seal },
    MinutesOrganisation,
    MinutesVoteColumn,
    MinutesChoice { choice },
    MinutesElectionHeading { title, seats: n },
    MinutesRound { round, ballots: n, blank: n, elected },
    MinutesRoundRunoff { round, ballots: n, blank: n, elected, runoff },
    MinutesCandidate,
    MinutesApprovals,
    MinutesElected { names },
    MinutesFrom,
    MinutesTo,
    MinutesIncidents,
    MinutesIncident,
    MinutesSealedWith { key },
    MinutesFooter { title, status },
    MinutesPage { page: n, pages: n },
    // What was not found.
    ThingApiPath,
    ThingAccount,
    ThingAgendaItem,
    ThingAssembly,
    ThingCheckinCode,
    ThingDisplay,
    ThingElectionRound,
    ThingElection,
    ThingExport,
    ThingMotion,
    ThingOrganisation,
    ThingPage,
    ThingPoll,
    ThingProxy,
    ThingReceipt,
    ThingRecord,
    ThingSpeakerRequest,
    ThingRound,
    RemoteLinkInvalid,
    ConvocationNotNow { state: m },
    NoticeOnItsWay,
    ThingNotice,
    NoticeConvocationSubject { title },
    NoticeGreeting { name },
    NoticeConvened { organisation, title, kind },
    NoticeWhen { at },
    NoticeFormat { format },
    NoticeWhere { venue },
    NoticeRemoteLink,
    NoticeAgenda,
    NoticeAgendaLater,
    NoticeRules,
    NoticePreset { kind, rules: m },
    NoticeProxyHeading,
    NoticeProxy { cap: n },
    NoticePeriodMet { given: n, required: n },
    NoticePeriodShort { given: n, required: n },
    NoticeYourPage,
    NoticeCalendarAttached,
    NoticeStateQueued,
    NoticeStateSent,
    NoticeStateFailed,
    NoticesTitle,
    MailOff,
    ConvocationHeading,
    NoticeSentOn { date },
    SendConvocation,
    SendConvocationWarning,
    ConvokeFirst,
    Unreachable { count: n },
    OutboxHeading,
    OutboxCounts { queued: n, sent: n, failed: n },
    OutboxEmpty,
    Recipient,
    ServerAnswer,
    Actions,
    Attempts { count: n },
    NextAttempt { at },
    SendAgain,
    DoneConvocationQueued,
    DoneNoticeResent,
    RemoteLinkLabel,
    AccountInactive,
    InvitationInvalid,
    InvitationSubject,
    InvitationDelegate { organisation },
    InvitationRole { role: m },
    InvitationLogin { email },
    InvitationChoose { until },
    InvitationNoPassword,
    InvitationNotYou,
    WelcomeTitle,
    WelcomeFor { name, email },
    PasswordAgain,
    SavePassword,
    PasswordsDiffer,
    PasswordChosen,
    SendInvitation,
    DoneInvitationSent,
    FirstPasswordHint,
    InvitationSpent,
    EitherOr { a: m, b: m },
    // Added for issue 18 (second batch).
    InTheRecord,
    SealLabel,
    Actor,
    Payload,
    // Refusals that used to carry English words (issue 18, third batch).
    NumberAtLeast { field: m, min: n },
    NumberTooLarge,
    SeatsAboveCandidates { candidates: n },
    EmailInvalid,
    OnlyDelegateReplaced,
    ElectionIncomplete,
    FileNotUtf8,
    FormFieldInvalid { field: m },
    TimeInvalid { value },
    BallotCandidatesInvalid,
    // The fields a refusal names, as a person reads them.
    FieldTitle,
    FieldText,
    FieldReason,
    FieldVenue,
    FieldName,
    FieldEmail,
    FieldNarrative,
    FieldIncident,
    FieldDocument,
    FieldCandidates,
    FieldSeats,
    FieldOpinion,
    FieldConvocation,
    FieldProxyCap,
    FieldMajorityOrQuorum,
    FieldAgendaTitle { number: n },
    FieldCandidateName { number: n },
    FieldChoice,
    FieldCandidate,
    FieldOrganisation,
    FieldItem,
    FieldVotesYes,
    FieldVotesNo,
    FieldVotesAbstain,
    FieldAt { path },
    // The secretariat's translations of a motion, on the chair's page.
    TranslationsSummary { language: m, count: n },
    TranslationListed { by, at },
    TranslationsHint { language: m },
    ReplaceTranslation { language: m },
    TranslationLanguage,
    TranslationTitle,
    TranslationText,
    AddTranslation,
    SaveTranslation,
    DoneTranslationSaved,
    LanguageName { tag },
    LanguageInUse { languages: ms },
    Labelled { label: m },
    MinutesIn { language: m },
    TranslationsMissing { languages: ms },
    NarrativeInEveryLanguage,
}

/// Languages named in a sentence, in its language ("anglais, français").
pub fn languages_named(list: &Languages) -> Vec<Msg> {
    list.iter().map(|l| Msg::LanguageName { tag: l.tag().to_string() }).collect()
}

/// A language named in a sentence, in the sentence's language ("anglais"
/// in French); an unknown tag is said as it is.
pub fn language_named(tag: &str) -> Box<Msg> {
    Box::new(Msg::LanguageName { tag: tag.to_string() })
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

/// A role, in words ("secretariat").
pub fn role_label(role: crate::domain::role::Role) -> Msg {
    use crate::domain::role::Role;
    match role {
        Role::Secretariat => Msg::RoleSecretariat,
        Role::Auditor => Msg::RoleAuditor,
        Role::Teller => Msg::RoleTeller,
        Role::Delegate => Msg::RoleDelegate,
    }
}

/// A request to speak's state, in words.
pub fn speaker_state_label(state: crate::domain::speakers::SpeakerState) -> Msg {
    use crate::domain::speakers::SpeakerState;
    match state {
        SpeakerState::Queued => Msg::SpeakerQueued,
        SpeakerState::Speaking => Msg::SpeakerSpeaking,
        SpeakerState::Done => Msg::SpeakerDone,
        SpeakerState::Withdrawn => Msg::SpeakerWithdrawn,
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
        RowProblem::WrongFieldCount(n) => Msg::RowFieldCount { count: (*n).into() },
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

/// How many of those who may vote have not yet: what the chair weighs
/// before closing a vote (live as `poll.{id}.missing`, `round.{id}.missing`).
pub fn still_to_vote(cast: i64, eligible: i64) -> Msg {
    match eligible.saturating_sub(cast) {
        0 => Msg::EveryoneVoted,
        missing => Msg::StillToVote { missing: missing.into(), eligible: eligible.into() },
    }
}

#[cfg(test)]
mod tests;
