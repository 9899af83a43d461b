//! Every ledger event, defined once: its kind (the string the ledger
//! stores) and its payload (a struct with named, typed fields). The
//! services write events only through [`Event`], and `plenum verify` reads
//! them back only through [`Event::decode`], so what is written and what is
//! checked cannot drift apart.
//!
//! A payload serializes to the JSON object the ledger stores and hashes
//! (`serde_json` keeps its keys sorted). Fields that some writers leave out
//! are `Option`s skipped when absent; fields written as `null` when unknown
//! are `Option`s written as `null`. Every payload refuses unknown fields.
//!
//! Personal data stays out of the chained payloads, which can never be
//! erased: `session.started` carries no client address (the session's row
//! keeps it, erased after the retention period) and `account.created`
//! carries a keyed digest of the e-mail address, not the address. Events
//! written before issue 15 still carry them and still decode.

use crate::domain::assembly::{AgendaKind, AssemblyFormat, AssemblyKind, AssemblyState, AttendanceMode};
use crate::domain::election::Standing;
use crate::domain::fraction::Fraction;
use crate::domain::majority::{MajorityRule, Outcome};
use crate::domain::motion::MotionState;
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::poll::BallotType;
use crate::domain::role::Role;
use crate::domain::speakers::SpeakerState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Why an exported event cannot be read as an [`Event`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("its kind {kind:?} is not an event kind this build knows")]
    UnknownKind { kind: String },
    #[error("its payload does not fit its kind {kind:?}: {reason}")]
    Payload { kind: String, reason: String },
}

/// Declares the events: a constant per kind string (in [`kinds`]), the
/// [`Event`] enum with one variant per kind, and its encoding and decoding.
macro_rules! events {
    ($($(#[$meta:meta])* $konst:ident = $kind:literal => $variant:ident($payload:ty),)+) => {
        /// The kind strings, for queries that filter the ledger by kind.
        pub mod kinds {
            $(pub const $konst: &str = $kind;)+
        }

        /// One ledger event: its kind and its payload.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Event {
            $($(#[$meta])* $variant($payload),)+
        }

        impl Event {
            /// Every kind, in declaration order.
            pub const KINDS: &'static [&'static str] = &[$(kinds::$konst),+];

            /// The kind string the ledger stores.
            pub fn kind(&self) -> &'static str {
                match self {
                    $(Event::$variant(_) => kinds::$konst,)+
                }
            }

            /// The payload as the ledger stores and hashes it.
            pub fn payload(&self) -> Result<Value, serde_json::Error> {
                match self {
                    $(Event::$variant(p) => serde_json::to_value(p),)+
                }
            }

            /// Reads an exported event (its kind and payload) as written.
            pub fn decode(kind: &str, payload: &Value) -> Result<Event, DecodeError> {
                let fit = |e: serde_json::Error| DecodeError::Payload { kind: kind.to_string(), reason: e.to_string() };
                // serde would read a struct from an array of its fields in
                // order: a payload is an object, with its fields named.
                if !payload.is_object() && Self::KINDS.contains(&kind) {
                    let reason = format!("invalid type: {payload}, expected a JSON object");
                    return Err(DecodeError::Payload { kind: kind.to_string(), reason });
                }
                match kind {
                    $(kinds::$konst => <$payload>::deserialize(payload).map(Event::$variant).map_err(fit),)+
                    _ => Err(DecodeError::UnknownKind { kind: kind.to_string() }),
                }
            }
        }
    };
}

events! {
    ACCOUNT_CREATED = "account.created" => AccountCreated(AccountCreated),
    ACCOUNT_RENAMED = "account.renamed" => AccountRenamed(Renamed),
    ACCOUNT_DISABLED = "account.disabled" => AccountDisabled(AccountDisabled),
    ACCOUNT_PASSWORD_SET = "account.password_set" => AccountPasswordSet(PasswordSet),
    ACCOUNT_ENABLED = "account.enabled" => AccountEnabled(Empty),
    ACCOUNT_LANGUAGE_SET = "account.language_set" => AccountLanguageSet(LanguageSet),
    ACCOUNT_INVITED = "account.invited" => AccountInvited(AccountInvited),
    SESSION_STARTED = "session.started" => SessionStarted(SessionStarted),
    SESSION_ENDED = "session.ended" => SessionEnded(SessionEnded),
    DISPLAY_CREATED = "display.created" => DisplayCreated(DisplayCreated),
    DISPLAY_REVOKED = "display.revoked" => DisplayRevoked(Empty),
    PERSONAL_DATA_ERASED = "personal_data.erased" => PersonalDataErased(PersonalDataErased),
    ORGANISATION_CREATED = "organisation.created" => OrganisationCreated(OrganisationCreated),
    ORGANISATION_CHANGED = "organisation.changed" => OrganisationChanged(OrganisationChanged),
    ASSEMBLY_CREATED = "assembly.created" => AssemblyCreated(AssemblyCreated),
    ASSEMBLY_CHANGED = "assembly.changed" => AssemblyChanged(AssemblyChanged),
    ASSEMBLY_TRANSITION = "assembly.transition" => AssemblyTransition(AssemblyTransition),
    AGENDA_ITEM_ADDED = "agenda.item_added" => AgendaItemAdded(AgendaItemAdded),
    AGENDA_REORDERED = "agenda.reordered" => AgendaReordered(AgendaReordered),
    AGENDA_TAKEN_UP = "agenda.taken_up" => AgendaTakenUp(AgendaTakenUp),
    ATTENDANCE_ARRIVED = "attendance.arrived" => AttendanceArrived(AttendanceArrived),
    ATTENDANCE_LEFT = "attendance.left" => AttendanceLeft(AttendanceLeft),
    PROXY_GRANTED = "proxy.granted" => ProxyGranted(ProxyGranted),
    PROXY_REVOKED = "proxy.revoked" => ProxyRevoked(ProxyRevoked),
    PROXY_VOID = "proxy.void" => ProxyVoid(ProxyVoid),
    MOTION_CREATED = "motion.created" => MotionCreated(MotionCreated),
    MOTION_MOVED = "motion.moved" => MotionMoved(MotionMoved),
    MOTION_SECONDED = "motion.seconded" => MotionSeconded(ByOrganisation),
    MOTION_OPINION = "motion.opinion" => MotionOpinion(MotionOpinion),
    MOTION_TRANSLATED = "motion.translated" => MotionTranslated(MotionTranslated),
    POLL_OPENED = "poll.opened" => PollOpened(PollOpened),
    /// A ballot in a poll (`poll:N`) or an election round (`round:N`).
    BALLOT_CAST = "ballot.cast" => BallotCast(Ballot),
    /// A ballot replaced by the same organisation, where the assembly
    /// allows vote changes.
    BALLOT_CHANGED = "ballot.changed" => BallotChanged(Ballot),
    BALLOT_REFUSED = "ballot.refused" => BallotRefused(BallotRefused),
    TELLERS_RECORDED = "tellers.recorded" => TellersRecorded(TellersRecorded),
    POLL_CLOSED = "poll.closed" => PollClosed(PollClosed),
    ELECTION_CREATED = "election.created" => ElectionCreated(ElectionCreated),
    ELECTION_ROUND_OPENED = "election.round_opened" => RoundOpened(RoundOpened),
    ELECTION_ROUND_CLOSED = "election.round_closed" => RoundClosed(RoundClosed),
    SPEAKERS_ASKED = "speakers.asked" => SpeakersAsked(SpeakersAsked),
    SPEAKERS_MOVED = "speakers.moved" => SpeakersMoved(SpeakersMoved),
    MINUTES_NARRATIVE = "minutes.narrative" => MinutesNarrative(MinutesNarrative),
    INCIDENT_RECORDED = "incident.recorded" => IncidentRecorded(IncidentRecorded),
    MINUTES_APPROVED = "minutes.approved" => MinutesApproved(Signed),
    NOTICE_QUEUED = "notice.queued" => NoticeQueued(NoticeQueued),
    NOTICE_SENT = "notice.sent" => NoticeSent(NoticeAttempt),
    NOTICE_DEFERRED = "notice.deferred" => NoticeDeferred(NoticeAttempt),
    NOTICE_FAILED = "notice.failed" => NoticeFailed(NoticeAttempt),
    NOTICE_RESENT = "notice.resent" => NoticeResent(Empty),
}

/// `notice.queued` (subject `assembly:N`): messages put in the outbox, each
/// by its outbox id and the account it is for. No address, no words: the
/// ledger is published to auditors; the messages are in the outbox, and
/// the digest of each is in its `notice.sent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeQueued {
    pub kind: crate::domain::outbox::NoticeKind,
    /// The day the notice counts as sent, for a convocation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_sent_on: Option<NaiveDate>,
    pub messages: Vec<QueuedNotice>,
}

/// One message of a `notice.queued` event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueuedNotice {
    pub id: i64,
    pub account: i64,
}

/// `notice.sent`, `notice.deferred`, `notice.failed` (subject `notice:N`):
/// an attempt to deliver a message, with the mail server's reply code
/// (`None` when no server answered). The server's words stay in the
/// outbox: they may quote the address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeAttempt {
    pub attempts: i32,
    pub code: Option<String>,
    /// When it is tried again (`notice.deferred` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_at: Option<String>,
    /// SHA-256 (hex) of the message as sent: subject, text, HTML and
    /// attachments (`service::notices::digest`; `notice.sent` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// A payload with no fields: `{}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Empty {}

/// `account.created` (subject `account:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountCreated {
    /// HMAC-SHA256 (hex) of the normalised e-mail address under the
    /// instance's `email_digest` secret: whoever holds the secret can tell
    /// which address was used; an auditor sees none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_digest: Option<String>,
    /// The address itself, in events written before issue 15 only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
}

/// A name changed from one to another.
/// `account.invited` (subject `account:N`): a one-time link to choose a
/// password was made and put in the outbox (the message's id), valid
/// until `expires_at`; earlier links of the account were revoked. Never
/// the link or its token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountInvited {
    pub notice: i64,
    pub expires_at: String,
    pub revoked: u64,
}

/// `account.language_set`: the holder chose the language plenum speaks to
/// them (a BCP 47 tag), or none (`null`: their browser's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageSet {
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renamed {
    pub from: String,
    pub to: String,
}

/// `account.disabled`: its sessions ended with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountDisabled {
    pub sessions_ended: u64,
    pub why: String,
}

/// `account.password_set` (subject `account:N`): the secretariat set a new
/// password (never the password or its hash); the account's sessions ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordSet {
    pub sessions_ended: u64,
    /// `invitation`: chosen by the holder through a one-time link (absent:
    /// set by the secretariat).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// `session.started` (subject `account:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionStarted {
    pub session: i64,
    /// The client's address, in events written before issue 15 only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// `session.ended` (subject `account:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionEnded {
    pub session: i64,
}

/// `display.created` (subject `display:N`): a read-only display link for
/// the projector, showing one assembly. Its token is never recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisplayCreated {
    pub assembly: i64,
}

/// `personal_data.erased`: what one erasure run blanked or deleted, kept
/// from before `before` (a canonical time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonalDataErased {
    pub sessions: u64,
    pub login_failures: u64,
    pub before: String,
}

/// `organisation.created` (subject `organisation:N`): active from then on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationCreated {
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
}

/// An organisation's standing in the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgStanding {
    pub kind: OrgKind,
    pub status: OrgStatus,
    pub joined_on: Option<NaiveDate>,
}

/// `organisation.changed` (subject `organisation:N`), with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationChanged {
    pub from: OrgStanding,
    pub to: OrgStanding,
    pub reason: String,
}

/// One item of a new assembly's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaLine {
    pub title: String,
    pub kind: AgendaKind,
}

/// `assembly.created` (subject `assembly:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssemblyCreated {
    pub title: String,
    pub kind: AssemblyKind,
    pub format: AssemblyFormat,
    pub venue: String,
    /// In the API's time format.
    pub starts_at: String,
    pub convocation: i32,
    /// `None`: no quorum required.
    pub quorum: Option<Fraction>,
    pub proxy_cap: u32,
    pub notice_sent_on: Option<NaiveDate>,
    pub vote_changes: bool,
    pub motion_deadline: Option<String>,
    pub agenda: Vec<AgendaLine>,
    /// The official languages' tags (absent from events recorded before
    /// assemblies had them: English).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The video conference remote delegates join, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_link: Option<String>,
}

/// `assembly.changed` (subject `assembly:N`): its particulars after the change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssemblyChanged {
    pub title: String,
    pub venue: String,
    pub starts_at: String,
    pub notice_sent_on: Option<NaiveDate>,
    /// The official languages' tags (absent from events recorded before
    /// assemblies had them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The video conference remote delegates join, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_link: Option<String>,
}

/// `assembly.transition` (subject `assembly:N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssemblyTransition {
    pub from: AssemblyState,
    pub to: AssemblyState,
}

/// `agenda.item_added` (subject `assembly:N`); the reason when the agenda
/// was locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItemAdded {
    pub item: i64,
    pub position: i32,
    pub title: String,
    pub kind: AgendaKind,
    pub reason: Option<String>,
}

/// `agenda.reordered` (subject `assembly:N`): item ids before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaReordered {
    pub from: Vec<i64>,
    pub to: Vec<i64>,
    pub reason: Option<String>,
}

/// `agenda.taken_up` (subject `assembly:N`): the item the chair takes up,
/// `null` when the last is finished.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaTakenUp {
    pub item: Option<i64>,
}

/// `attendance.arrived` (subject `assembly:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceArrived {
    pub organisation: i64,
    pub mode: AttendanceMode,
    /// The stay's id (the demo's seed records none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay: Option<i64>,
    /// Who checked it in: a role, or `demo`.
    pub by: String,
}

/// `attendance.left` (subject `assembly:N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceLeft {
    pub organisation: i64,
    pub stay: i64,
}

/// `proxy.granted` (subject `proxy:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxyGranted {
    pub assembly: i64,
    pub grantor: i64,
    pub holder: i64,
    pub document: Option<String>,
}

/// `proxy.revoked` (subject `proxy:N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxyRevoked {
    pub assembly: i64,
    pub grantor: i64,
    pub holder: i64,
}

/// `proxy.void` (subject `proxy:N`): voided, e.g. by the grantor's arrival.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxyVoid {
    pub assembly: i64,
    pub grantor: i64,
    pub reason: String,
}

/// `motion.created` (subject `motion:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MotionCreated {
    pub assembly: i64,
    pub title: String,
    pub text: String,
    pub kind: String,
    pub majority: MajorityRule,
    /// `None`: the assembly's quorum.
    pub quorum: Option<Fraction>,
    /// Absent from the demo's seed before issue 15 (admitted there).
    pub state: Option<MotionState>,
    pub proposer: Option<i64>,
    pub amends: Option<i64>,
    /// The authoritative text's language (absent from motions made before
    /// motions had one: English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// `motion.moved` (subject `motion:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MotionMoved {
    pub from: MotionState,
    pub to: MotionState,
    pub reason: Option<String>,
}

/// An organisation did something (`motion.seconded`, subject `motion:N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByOrganisation {
    pub organisation: i64,
}

/// `motion.opinion` (subject `motion:N`): an affiliate's opinion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MotionOpinion {
    pub opinion: i64,
    pub organisation: i64,
    pub text: String,
}

/// `motion.translated` (subject `motion:N`): a translation of the motion,
/// marked as such, added or replaced by the actor. The translated title is
/// kept; the text by its SHA-256 and length, as the motion's own text is in
/// `motion.created`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MotionTranslated {
    pub language: String,
    pub title: String,
    pub sha256: String,
    pub characters: u64,
    /// The SHA-256 of the translation it replaces, if any.
    pub replaces: Option<String>,
}

/// Who may vote, and who casts the vote (`None`: itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eligible {
    pub organisation: i64,
    pub holder: Option<i64>,
}

/// `poll.opened` (subject `poll:N`): the eligibility snapshot and quorum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollOpened {
    pub motion: i64,
    pub ballot: BallotType,
    pub eligible: Vec<Eligible>,
    pub full_members: u64,
    /// Full active members present.
    pub present: Vec<i64>,
    /// (grantor, holder) of each organisation represented by a proxy.
    pub represented: Vec<(i64, i64)>,
}

/// `ballot.cast` / `ballot.changed` (subject `poll:N` or `round:N`). A roll
/// call's carries its receipt hash and a commitment to the choice; a secret
/// ballot's and an election round's only who voted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ballot {
    pub organisation: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment: Option<String>,
}

/// `ballot.refused` (subject `poll:N` or `round:N`): the error's code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BallotRefused {
    pub organisation: i64,
    pub reason: String,
}

/// `tellers.recorded` (subject `poll:N`): who was counted in the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TellersRecorded {
    pub organisations: Vec<i64>,
    pub total: u64,
}

/// `poll.closed` (subject `poll:N`): the result and the seal's digest and
/// signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollClosed {
    pub motion: i64,
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    pub participations: u64,
    pub eligible: u64,
    pub outcome: Outcome,
    pub quorate: bool,
    pub rule: MajorityRule,
    pub chair_decision: Option<Outcome>,
    pub explanation: String,
    pub seal: String,
    pub signature: String,
}

/// `election.created` (subject `election:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElectionCreated {
    pub assembly: i64,
    pub title: String,
    pub seats: u32,
    pub absolute_majority: bool,
    /// The candidates' names.
    pub candidates: Vec<String>,
}

/// `election.round_opened` (subject `round:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundOpened {
    pub election: i64,
    pub round: i32,
    pub seats: u32,
    pub candidates: Vec<i64>,
    /// (organisation, holder): `None` votes itself.
    pub eligible: Vec<(i64, Option<i64>)>,
}

/// `election.round_closed` (subject `round:N`): the round's result, with
/// the seal's digest and signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundClosed {
    pub ballots: u64,
    pub abstentions: u64,
    pub ranking: Vec<Standing>,
    pub elected: Vec<i64>,
    pub runoff: Vec<i64>,
    pub seats_left: u32,
    pub majority_needed: Option<u64>,
    pub seal: String,
    pub signature: String,
}

/// `speakers.asked` (subject `assembly:N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakersAsked {
    pub request: i64,
    pub organisation: i64,
}

/// `speakers.moved` (subject `assembly:N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakersMoved {
    pub request: i64,
    pub organisation: i64,
    pub to: SpeakerState,
}

/// `minutes.narrative` (subject `assembly:N`): the narrative's SHA-256 and length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesNarrative {
    pub sha256: String,
    pub characters: u64,
}

/// `incident.recorded` (subject `assembly:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentRecorded {
    pub body: String,
}

/// A sealed document's digest and signature (`minutes.approved`, subject
/// `assembly:N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signed {
    pub seal: String,
    pub signature: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::majority::{Base, TieRule};
    use serde_json::json;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// One event of every kind, with every optional field both ways where
    /// a writer leaves it out.
    fn one_of_each() -> Vec<Event> {
        let rule = MajorityRule {
            numerator: 2,
            denominator: 3,
            strict: false,
            base: Base::VotesCast,
            tie: TieRule::ChairDecides,
        };
        let half = Fraction { numerator: 1, denominator: 2, strict: true };
        let ballot = Ballot { organisation: 4, receipt_hash: Some("ab".repeat(32)), commitment: Some("cd".repeat(32)) };
        vec![
            Event::AccountCreated(AccountCreated {
                email_digest: Some("ef".repeat(32)),
                email: None,
                name: "Ana Kovač".into(),
                role: Role::Delegate,
                organisation_id: Some(3),
            }),
            Event::AccountCreated(AccountCreated {
                email_digest: None,
                email: Some("old@example.org".into()),
                name: "Old".into(),
                role: Role::Secretariat,
                organisation_id: None,
            }),
            Event::AccountRenamed(Renamed { from: "A".into(), to: "B".into() }),
            Event::AccountDisabled(AccountDisabled { sessions_ended: 2, why: "replaced".into() }),
            Event::AccountPasswordSet(PasswordSet { sessions_ended: 1, via: Some("invitation".into()) }),
            Event::AccountEnabled(Empty {}),
            Event::AccountLanguageSet(LanguageSet { language: Some("fr".into()) }),
            Event::AccountLanguageSet(LanguageSet { language: None }),
            Event::AccountInvited(AccountInvited {
                notice: 3,
                expires_at: "2026-05-23T09:00:00.000000Z".into(),
                revoked: 1,
            }),
            Event::SessionStarted(SessionStarted { session: 9, address: None }),
            Event::SessionStarted(SessionStarted { session: 9, address: Some("127.0.0.1".into()) }),
            Event::SessionEnded(SessionEnded { session: 9 }),
            Event::DisplayCreated(DisplayCreated { assembly: 1 }),
            Event::DisplayRevoked(Empty {}),
            Event::PersonalDataErased(PersonalDataErased {
                sessions: 3,
                login_failures: 7,
                before: "2026-05-16T09:00:00.000000Z".into(),
            }),
            Event::OrganisationCreated(OrganisationCreated {
                name: "Alpha".into(),
                country: "BE".into(),
                kind: OrgKind::Full,
            }),
            Event::OrganisationChanged(OrganisationChanged {
                from: OrgStanding { kind: OrgKind::Full, status: OrgStatus::Active, joined_on: None },
                to: OrgStanding {
                    kind: OrgKind::Affiliate,
                    status: OrgStatus::Suspended,
                    joined_on: date(2020, 1, 31),
                },
                reason: "Fees unpaid".into(),
            }),
            Event::AssemblyCreated(AssemblyCreated {
                title: "AGM".into(),
                kind: AssemblyKind::Ordinary,
                format: AssemblyFormat::Hybrid,
                venue: "Brussels".into(),
                starts_at: "2026-05-16T09:00:00Z".into(),
                convocation: 1,
                quorum: Some(half),
                proxy_cap: 2,
                notice_sent_on: date(2026, 4, 1),
                vote_changes: true,
                motion_deadline: None,
                agenda: vec![AgendaLine { title: "Accounts".into(), kind: AgendaKind::Decision }],
                languages: vec!["fr".into(), "en".into()],
                remote_link: Some("https://meet.example.org/agm".into()),
            }),
            Event::AssemblyChanged(AssemblyChanged {
                title: "AGM".into(),
                venue: "".into(),
                starts_at: "2026-05-16T09:00:00Z".into(),
                notice_sent_on: None,
                languages: vec!["de".into()],
                remote_link: None,
            }),
            Event::AssemblyTransition(AssemblyTransition {
                from: AssemblyState::Convened,
                to: AssemblyState::InSession,
            }),
            Event::AgendaItemAdded(AgendaItemAdded {
                item: 5,
                position: 2,
                title: "AOB".into(),
                kind: AgendaKind::Information,
                reason: Some("urgent".into()),
            }),
            Event::AgendaReordered(AgendaReordered { from: vec![1, 2], to: vec![2, 1], reason: None }),
            Event::AgendaTakenUp(AgendaTakenUp { item: Some(3) }),
            Event::AgendaTakenUp(AgendaTakenUp { item: None }),
            Event::AttendanceArrived(AttendanceArrived {
                organisation: 1,
                mode: AttendanceMode::Remote,
                stay: Some(8),
                by: "delegate".into(),
            }),
            Event::AttendanceArrived(AttendanceArrived {
                organisation: 1,
                mode: AttendanceMode::InPerson,
                stay: None,
                by: "demo".into(),
            }),
            Event::AttendanceLeft(AttendanceLeft { organisation: 1, stay: 8 }),
            Event::ProxyGranted(ProxyGranted { assembly: 1, grantor: 3, holder: 1, document: None }),
            Event::ProxyRevoked(ProxyRevoked { assembly: 1, grantor: 3, holder: 1 }),
            Event::ProxyVoid(ProxyVoid { assembly: 1, grantor: 3, reason: "the grantor checked in".into() }),
            Event::MotionCreated(MotionCreated {
                assembly: 1,
                title: "Budget".into(),
                text: "**EUR**".into(),
                kind: "budget".into(),
                majority: rule,
                quorum: None,
                state: Some(MotionState::Submitted),
                proposer: Some(2),
                amends: Some(1),
                language: Some("fr".into()),
            }),
            Event::MotionMoved(MotionMoved { from: MotionState::Submitted, to: MotionState::Admitted, reason: None }),
            Event::MotionSeconded(ByOrganisation { organisation: 2 }),
            Event::MotionOpinion(MotionOpinion { opinion: 1, organisation: 4, text: "We agree".into() }),
            Event::MotionTranslated(MotionTranslated {
                language: "de".into(),
                title: "Haushalt".into(),
                sha256: "5d86".into(),
                characters: 12,
                replaces: None,
            }),
            Event::PollOpened(PollOpened {
                motion: 1,
                ballot: BallotType::RollCall,
                eligible: vec![
                    Eligible { organisation: 1, holder: None },
                    Eligible { organisation: 3, holder: Some(1) },
                ],
                full_members: 3,
                present: vec![1, 2],
                represented: vec![(3, 1)],
            }),
            Event::BallotCast(ballot.clone()),
            Event::BallotCast(Ballot { organisation: 4, receipt_hash: None, commitment: None }),
            Event::BallotChanged(ballot),
            Event::BallotRefused(BallotRefused { organisation: 4, reason: "not_eligible".into() }),
            Event::TellersRecorded(TellersRecorded { organisations: vec![2], total: 1 }),
            Event::PollClosed(PollClosed {
                motion: 1,
                yes: 2,
                no: 1,
                abstain: 0,
                participations: 3,
                eligible: 3,
                outcome: Outcome::Carried,
                quorate: true,
                rule,
                chair_decision: Some(Outcome::Rejected),
                explanation: "Carried.".into(),
                seal: "01".repeat(32),
                signature: "02".repeat(64),
            }),
            Event::ElectionCreated(ElectionCreated {
                assembly: 1,
                title: "Board".into(),
                seats: 1,
                absolute_majority: false,
                candidates: vec!["Ana".into(), "Jonas".into()],
            }),
            Event::RoundOpened(RoundOpened {
                election: 1,
                round: 2,
                seats: 1,
                candidates: vec![5, 6],
                eligible: vec![(1, None), (3, Some(1))],
            }),
            Event::RoundClosed(RoundClosed {
                ballots: 2,
                abstentions: 1,
                ranking: vec![Standing { candidate: 5, votes: 1 }, Standing { candidate: 6, votes: 0 }],
                elected: vec![5],
                runoff: vec![],
                seats_left: 0,
                majority_needed: Some(2),
                seal: "03".repeat(32),
                signature: "04".repeat(64),
            }),
            Event::SpeakersAsked(SpeakersAsked { request: 1, organisation: 2 }),
            Event::SpeakersMoved(SpeakersMoved { request: 1, organisation: 2, to: SpeakerState::Speaking }),
            Event::MinutesNarrative(MinutesNarrative { sha256: "05".repeat(32), characters: 120 }),
            Event::IncidentRecorded(IncidentRecorded { body: "The microphone failed.".into() }),
            Event::MinutesApproved(Signed { seal: "06".repeat(32), signature: "07".repeat(64) }),
            Event::NoticeQueued(NoticeQueued {
                kind: crate::domain::outbox::NoticeKind::Convocation,
                notice_sent_on: date(2026, 4, 1),
                messages: vec![QueuedNotice { id: 1, account: 4 }, QueuedNotice { id: 2, account: 5 }],
            }),
            Event::NoticeSent(NoticeAttempt {
                attempts: 1,
                code: Some("250".into()),
                retry_at: None,
                sha256: Some("08".repeat(32)),
            }),
            Event::NoticeDeferred(NoticeAttempt {
                attempts: 2,
                code: None,
                retry_at: Some("2026-04-01T09:05:00Z".into()),
                sha256: None,
            }),
            Event::NoticeFailed(NoticeAttempt { attempts: 1, code: Some("550".into()), retry_at: None, sha256: None }),
            Event::NoticeResent(Empty {}),
        ]
    }

    /// Every kind is written and read back as the same event, through the
    /// JSON text the ledger stores; and every kind has a sample here.
    #[test]
    fn every_event_round_trips() {
        let events = one_of_each();
        for event in &events {
            let text = event.payload().expect("payload").to_string();
            let payload: Value = serde_json::from_str(&text).expect("json");
            assert_eq!(Event::decode(event.kind(), &payload).as_ref(), Ok(event), "{} {text}", event.kind());
        }
        let mut sampled: Vec<&str> = events.iter().map(Event::kind).collect();
        sampled.dedup();
        assert_eq!(sampled, Event::KINDS, "one sample of each kind, in declaration order");
    }

    /// Payloads as ledgers hold them, one or more per kind: those of the
    /// golden bundles as written, the older shapes still in databases (an
    /// e-mail address, a client address, a demo arrival without its stay)
    /// and the rest as today's writers write them. Each reads as its kind and writes back the same JSON: renaming
    /// a field or a label breaks every database and bundle that holds one,
    /// and fails here first.
    const STORED: &[(&str, &str)] = &[
        ("account.created", r#"{"email_digest":"3f1c","name":"Ana Kovač","role":"delegate","organisation_id":3}"#),
        (
            "account.created",
            r#"{"email":"admin@example.org","name":"Admin","role":"secretariat","organisation_id":null}"#,
        ),
        ("account.renamed", r#"{"from":"Ana","to":"Ana Kovač"}"#),
        ("account.disabled", r#"{"sessions_ended":1,"why":"replaced by account:9"}"#),
        ("account.password_set", r#"{"sessions_ended":2}"#),
        ("account.password_set", r#"{"sessions_ended":0,"via":"invitation"}"#),
        ("account.enabled", r#"{}"#),
        ("account.language_set", r#"{"language":"fr"}"#),
        ("account.language_set", r#"{"language":null}"#),
        ("account.invited", r#"{"notice":3,"expires_at":"2026-05-23T09:00:00.000000Z","revoked":0}"#),
        ("session.started", r#"{"session":12}"#),
        ("session.started", r#"{"session":12,"address":"203.0.113.7"}"#),
        ("session.ended", r#"{"session":12}"#),
        ("display.created", r#"{"assembly":1}"#),
        ("display.revoked", r#"{}"#),
        ("personal_data.erased", r#"{"sessions":4,"login_failures":0,"before":"2026-09-01T00:00:00.000000Z"}"#),
        ("organisation.created", r#"{"country":"BE","kind":"full","name":"Alpha Network"}"#),
        (
            "organisation.changed",
            r#"{"from":{"kind":"full","status":"active","joined_on":null},"to":{"kind":"full","status":"suspended","joined_on":"2019-05-01"},"reason":"Fees unpaid"}"#,
        ),
        (
            "assembly.created",
            r#"{"agenda":[{"title":"Accounts","kind":"decision"}],"convocation":1,"format":"hybrid","kind":"ordinary","motion_deadline":null,"notice_sent_on":null,"proxy_cap":1,"quorum":{"denominator":2,"numerator":1,"strict":false},"starts_at":"2026-05-16T09:00:00.000000Z","title":"Annual General Assembly","venue":"","vote_changes":false}"#,
        ),
        (
            "assembly.created",
            r#"{"agenda":[],"convocation":2,"format":"in_person","kind":"extraordinary","motion_deadline":"2026-05-01T12:00:00.000000Z","notice_sent_on":"2026-04-01","proxy_cap":2,"quorum":null,"starts_at":"2026-05-16T09:00:00.000000Z","title":"EGA","venue":"Brussels","vote_changes":true}"#,
        ),
        (
            "assembly.created",
            r#"{"agenda":[],"convocation":1,"format":"hybrid","kind":"ordinary","languages":["fr","en"],"motion_deadline":null,"notice_sent_on":null,"proxy_cap":1,"quorum":null,"starts_at":"2026-05-16T09:00:00.000000Z","title":"AG","venue":"","vote_changes":false}"#,
        ),
        (
            "assembly.changed",
            r#"{"title":"AGM","venue":"Brussels","starts_at":"2026-05-16T09:00:00.000000Z","notice_sent_on":"2026-04-01"}"#,
        ),
        (
            "assembly.changed",
            r#"{"title":"AGM","venue":"Brussels","starts_at":"2026-05-16T09:00:00.000000Z","notice_sent_on":null,"languages":["de","fr"]}"#,
        ),
        ("assembly.transition", r#"{"from":"draft","to":"convened"}"#),
        ("assembly.transition", r#"{"from":"in_session","to":"suspended"}"#),
        ("assembly.transition", r#"{"from":"closed","to":"minutes_approved"}"#),
        ("agenda.item_added", r#"{"item":4,"position":2,"title":"Budget","kind":"decision","reason":null}"#),
        ("agenda.reordered", r#"{"from":[1,2,3],"to":[2,1,3],"reason":"Urgent item first"}"#),
        ("agenda.taken_up", r#"{"item":3}"#),
        ("agenda.taken_up", r#"{"item":null}"#),
        ("attendance.arrived", r#"{"by":"delegate","mode":"remote","organisation":1,"stay":1}"#),
        ("attendance.arrived", r#"{"by":"demo","mode":"in_person","organisation":2}"#),
        ("attendance.left", r#"{"organisation":1,"stay":1}"#),
        ("proxy.granted", r#"{"assembly":1,"document":null,"grantor":3,"holder":1}"#),
        ("proxy.revoked", r#"{"assembly":1,"grantor":3,"holder":1}"#),
        ("proxy.void", r#"{"assembly":1,"grantor":3,"reason":"grantor arrived"}"#),
        (
            "motion.created",
            r#"{"amends":null,"assembly":1,"kind":"ordinary","majority":{"base":"votes_cast","denominator":2,"numerator":1,"strict":true,"tie":"rejected"},"proposer":null,"quorum":null,"state":"admitted","text":"","title":"Accounts 2025"}"#,
        ),
        (
            "motion.created",
            r#"{"amends":2,"assembly":1,"kind":"statutes","majority":{"base":"present_and_represented","denominator":3,"numerator":2,"strict":false,"tie":"chair_decides"},"proposer":4,"quorum":{"denominator":3,"numerator":2,"strict":false},"state":null,"text":"Article 3","title":"Amendment"}"#,
        ),
        (
            "motion.created",
            r#"{"amends":null,"assembly":1,"kind":"ordinary","language":"fr","majority":{"base":"votes_cast","denominator":2,"numerator":1,"strict":true,"tie":"rejected"},"proposer":3,"quorum":null,"state":"submitted","text":"L'assemblée décide.","title":"Cotisations"}"#,
        ),
        ("motion.moved", r#"{"from":"voting","to":"carried","reason":null}"#),
        ("motion.seconded", r#"{"organisation":5}"#),
        ("motion.opinion", r#"{"opinion":1,"organisation":7,"text":"We support it."}"#),
        (
            "motion.translated",
            r#"{"language":"de","title":"Beiträge","sha256":"5d86","characters":21,"replaces":null}"#,
        ),
        (
            "motion.translated",
            r#"{"language":"de","title":"Beiträge","sha256":"77aa","characters":22,"replaces":"5d86"}"#,
        ),
        (
            "poll.opened",
            r#"{"ballot":"roll_call","eligible":[{"holder":null,"organisation":1},{"holder":1,"organisation":3}],"full_members":3,"motion":1,"present":[1,2],"represented":[[3,1]]}"#,
        ),
        ("ballot.cast", r#"{"commitment":"3491f748","organisation":1,"receipt_hash":"dc7627ad"}"#),
        ("ballot.cast", r#"{"organisation":2}"#),
        ("ballot.changed", r#"{"commitment":"aa","organisation":1,"receipt_hash":"bb"}"#),
        ("ballot.refused", r#"{"organisation":7,"reason":"not_eligible"}"#),
        ("tellers.recorded", r#"{"organisations":[2],"total":1}"#),
        (
            "poll.closed",
            r#"{"abstain":0,"chair_decision":null,"eligible":3,"explanation":"Rejected.","motion":1,"no":2,"outcome":"rejected","participations":3,"quorate":true,"rule":{"base":"votes_cast","denominator":2,"numerator":1,"strict":true,"tie":"rejected"},"seal":"73aa","signature":"6f5a","yes":1}"#,
        ),
        (
            "election.created",
            r#"{"absolute_majority":false,"assembly":1,"candidates":["Ana Kovač","Jonas Berg"],"seats":1,"title":"Board"}"#,
        ),
        (
            "election.round_opened",
            r#"{"candidates":[1,2],"election":1,"eligible":[[1,null],[3,1]],"round":1,"seats":1}"#,
        ),
        (
            "election.round_closed",
            r#"{"abstentions":0,"ballots":2,"elected":[],"majority_needed":null,"ranking":[{"candidate":1,"votes":1},{"candidate":2,"votes":1}],"runoff":[1,2],"seal":"73aa","seats_left":1,"signature":"6f5a"}"#,
        ),
        ("speakers.asked", r#"{"request":1,"organisation":2}"#),
        ("speakers.moved", r#"{"request":1,"organisation":2,"to":"speaking"}"#),
        ("minutes.narrative", r#"{"sha256":"5d86","characters":120}"#),
        ("incident.recorded", r#"{"body":"The microphone failed."}"#),
        ("minutes.approved", r#"{"seal":"5d86","signature":"45a7"}"#),
        ("notice.queued", r#"{"kind":"convocation","notice_sent_on":"2026-04-01","messages":[{"id":1,"account":4}]}"#),
        ("notice.sent", r#"{"attempts":1,"code":"250","sha256":"5d86"}"#),
        ("notice.deferred", r#"{"attempts":1,"code":"451","retry_at":"2026-04-01T09:01:00Z"}"#),
        ("notice.failed", r#"{"attempts":5,"code":null}"#),
        ("notice.resent", r#"{}"#),
    ];

    #[test]
    fn stored_shapes_read_and_write_back_unchanged() {
        for (kind, text) in STORED {
            let stored: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{kind}: {e}"));
            let event = Event::decode(kind, &stored).unwrap_or_else(|e| panic!("{kind}: {e}"));
            assert_eq!(event.kind(), *kind);
            assert_eq!(event.payload().ok().as_ref(), Some(&stored), "{kind} writes back another shape");
        }
        let mut kinds: Vec<&str> = STORED.iter().map(|(kind, _)| *kind).collect();
        kinds.dedup();
        assert_eq!(kinds, Event::KINDS, "a stored shape of every kind, in declaration order");
        // The demo's seed wrote its motions without a state before issue 15:
        // they still read, as no state.
        let seeded = json!({"amends": null, "assembly": 1, "kind": "ordinary", "proposer": null, "quorum": null,
            "text": "", "title": "Accounts", "majority": {"numerator": 1, "denominator": 2}});
        match Event::decode("motion.created", &seeded) {
            Ok(Event::MotionCreated(m)) => assert_eq!((m.state, m.majority.base), (None, Base::VotesCast)),
            other => panic!("{other:?}"),
        }
    }

    /// Optional fields left out by some writers stay out; those written as
    /// `null` stay `null`: the shapes the ledger has always had.
    #[test]
    fn absent_and_null_fields_keep_their_shape() {
        let cast = Event::BallotCast(Ballot { organisation: 4, receipt_hash: None, commitment: None });
        assert_eq!(cast.payload().ok(), Some(json!({"organisation": 4})));
        let moved =
            Event::MotionMoved(MotionMoved { from: MotionState::Voting, to: MotionState::Carried, reason: None });
        assert_eq!(moved.payload().ok(), Some(json!({"from": "voting", "to": "carried", "reason": null})));
        assert_eq!(Event::AccountEnabled(Empty {}).payload().ok(), Some(json!({})));
        let started = Event::SessionStarted(SessionStarted { session: 3, address: None });
        assert_eq!(started.payload().ok(), Some(json!({"session": 3})));
    }

    /// An event of a kind this build does not know, and a payload that does
    /// not fit its kind (an unknown field, a missing one, a wrong type), are
    /// errors that name the kind and the reason.
    #[test]
    fn what_does_not_fit_is_an_error() {
        assert_eq!(
            Event::decode("ballot.forged", &json!({"organisation": 1})),
            Err(DecodeError::UnknownKind { kind: "ballot.forged".into() })
        );
        for (payload, reason) in [
            (json!({"organisation": 1, "choice": "yes"}), "unknown field `choice`"),
            (json!({"receipt_hash": "ab"}), "missing field `organisation`"),
            (json!({"organisation": "1"}), "invalid type: string \"1\""),
            (json!([1]), "invalid type"),
            (json!(null), "invalid type: null"),
            (json!("organisation"), "invalid type"),
        ] {
            match Event::decode("ballot.cast", &payload) {
                Err(e @ DecodeError::Payload { .. }) => {
                    let said = e.to_string();
                    assert!(said.contains("\"ballot.cast\"") && said.contains(reason), "{payload}: {said}");
                }
                other => panic!("{payload}: {other:?}"),
            }
        }
        // An unknown field in a nested payload too.
        let changed = json!({
            "from": {"kind": "full", "status": "active", "joined_on": null},
            "to": {"kind": "full", "status": "active", "joined_on": null, "fees": 0},
            "reason": "x",
        });
        assert!(Event::decode("organisation.changed", &changed).is_err());
        // A label the domain does not know.
        assert!(Event::decode("assembly.transition", &json!({"from": "draft", "to": "dissolved"})).is_err());
    }
}
