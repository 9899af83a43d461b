//! What clients send: the bodies and query strings the API and the forms
//! accept, as plain data. Nothing here touches the database, so the
//! parsers of untrusted input can be fuzzed without the server around
//! them (`fuzz/`, built without the `server` feature). Each service
//! re-exports its own inputs; the checks on them live with the service.

use crate::domain::assembly::{AgendaKind, AssemblyFormat, AssemblyKind, AttendanceMode};
use crate::domain::fraction::Fraction;
use crate::domain::majority::{MajorityRule, Outcome};
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::poll::{BallotType, Choice};
use crate::domain::role::Role;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

// Accounts

/// A new account.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewAccountInput {
    pub email: String,
    pub name: String,
    /// At least 10 characters; empty or absent: none yet, the holder
    /// chooses it through an invitation (`POST /accounts/{id}/invitation`).
    #[serde(default)]
    pub password: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
}

/// A change to an account: its name, or whether it may log in.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AccountChange {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub active: Option<bool>,
    /// A new password the secretariat sets (a reset): every session of the
    /// account ends.
    #[serde(default)]
    pub password: Option<String>,
}

/// A delegate replacing another for the same organisation.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Replacement {
    pub email: String,
    pub name: String,
    /// As for a new account: empty or absent, the holder chooses it through
    /// an invitation.
    #[serde(default)]
    pub password: String,
}

// Agenda

/// A new agenda item, at the end.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AgendaItemInput {
    pub title: String,
    pub kind: AgendaKind,
    /// Required once the assembly is in session.
    #[serde(default)]
    pub reason: Option<String>,
}

/// A new order: every item's id, once.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AgendaOrder {
    pub order: Vec<i64>,
    #[serde(default)]
    pub reason: Option<String>,
}

/// The agenda item the chair takes up; `null` when the last is finished.
/// The field must be there: an empty body is a mistake, not "finished".
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TakeUp {
    #[serde(deserialize_with = "Option::deserialize")]
    #[cfg_attr(feature = "server", schema(required = true))]
    pub item_id: Option<i64>,
}

/// Changes to an assembly's particulars (before the session).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AssemblyChange {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default)]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub notice_sent_on: Option<NaiveDate>,
    /// The official languages (BCP 47 tags, e.g. `["fr", "en"]`), the
    /// first the one the minutes are offered in first.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// The video conference remote delegates join (an `https://` or
    /// `http://` address); an empty text removes it.
    #[serde(default)]
    pub remote_link: Option<String>,
}

// Assemblies

/// A new assembly.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewAssemblyInput {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub format: AssemblyFormat,
    #[serde(default)]
    pub kind: Option<AssemblyKind>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default)]
    pub convocation: Option<i32>,
    /// A fraction, or `false` for no quorum; the configured default when absent.
    #[serde(default)]
    pub quorum: Option<QuorumInput>,
    #[serde(default)]
    pub proxy_cap: Option<u32>,
    #[serde(default)]
    pub agenda: Vec<AgendaInput>,
    /// When the notice was sent.
    #[serde(default)]
    pub notice_sent_on: Option<NaiveDate>,
    /// Whether a delegate may change its organisation's vote until the close.
    #[serde(default)]
    pub vote_changes: Option<bool>,
    /// The deadline for members' motions.
    #[serde(default)]
    pub motion_deadline: Option<DateTime<Utc>>,
    /// The official languages (BCP 47 tags, e.g. `["fr", "en"]`): the
    /// minutes are produced in any of them, the first offered first. The
    /// instance's `default_language` when absent.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// The video conference remote delegates join (an `https://` or
    /// `http://` address).
    #[serde(default)]
    pub remote_link: Option<String>,
}

impl NewAssemblyInput {
    /// An assembly with its title, start and format, everything else left
    /// to the instance's defaults (set-ups in bulk, the benches, tests).
    pub fn new(title: &str, starts_at: DateTime<Utc>, format: AssemblyFormat) -> Self {
        NewAssemblyInput {
            title: title.to_string(),
            starts_at,
            format,
            kind: None,
            venue: None,
            convocation: None,
            quorum: None,
            proxy_cap: None,
            agenda: vec![],
            notice_sent_on: None,
            vote_changes: None,
            motion_deadline: None,
            languages: None,
            remote_link: None,
        }
    }
}

/// A quorum as given: a fraction, or `false` for none.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum QuorumInput {
    Fraction(Fraction),
    Required(bool),
}

/// An agenda item as given.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AgendaInput {
    pub title: String,
    pub kind: AgendaKind,
}

// Attendance

/// A check-in.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckInInput {
    pub organisation_id: i64,
    pub mode: AttendanceMode,
}

// Elections

/// A new election with its candidates.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewElectionInput {
    pub title: String,
    pub seats: u32,
    #[serde(default)]
    pub absolute_majority: bool,
    pub candidates: Vec<CandidateInput>,
}

/// A candidate as given.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CandidateInput {
    pub name: String,
    #[serde(default)]
    pub organisation_id: Option<i64>,
}

/// An election ballot: up to `seats` candidates, or none to abstain.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ElectionBallotInput {
    #[serde(default)]
    pub choices: Vec<i64>,
    #[serde(default)]
    pub organisation_id: Option<i64>,
}

// Minutes

/// The language of the minutes asked for (a BCP 47 tag): one of the
/// assembly's official languages. Without it, the reader's language if it
/// is official, else the assembly's first.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct MinutesLanguage {
    #[serde(default)]
    pub lang: Option<String>,
}

// Ledger

/// Which events an auditor asks for. `kind` ending in `.` matches every
/// kind of that family (`ballot.`); otherwise it matches exactly.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct LedgerFilter {
    #[serde(default)]
    pub after: i64,
    /// Only events before this sequence number: the latest `limit` of them
    /// (paging back), still listed oldest first.
    #[serde(default)]
    pub before: Option<i64>,
    #[serde(default)]
    pub limit: Option<i64>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    /// From this time (RFC 3339), inclusive.
    #[serde(default)]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
    /// Before this time (RFC 3339), exclusive.
    #[serde(default)]
    pub until: Option<chrono::DateTime<chrono::Utc>>,
}

impl LedgerFilter {
    pub fn blank(v: &Option<String>) -> Option<&str> {
        v.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
}

// Motions

/// A new motion.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewMotionInput {
    pub title: String,
    #[serde(default)]
    pub text: String,
    /// One of the instance's motion kinds (a setting; `GET /api/v1/instance`
    /// lists them as `motion_kinds`); `ordinary` when left out. The kind
    /// gives the motion its majority and quorum.
    #[serde(default = "default_kind")]
    pub kind: String,
    /// Overrides the kind's majority.
    #[serde(default)]
    pub majority: Option<MajorityRule>,
    /// Overrides the kind's (or the assembly's) quorum; `false` for none.
    #[serde(default)]
    pub quorum: Option<QuorumInput>,
    #[serde(default)]
    pub agenda_item_id: Option<i64>,
    /// The motion this one amends.
    #[serde(default)]
    pub amends: Option<crate::domain::ids::MotionId>,
    /// The language of its text, the authoritative one (a BCP 47 tag): one
    /// of the assembly's official languages; the first when left out.
    #[serde(default)]
    pub language: Option<String>,
}

impl NewMotionInput {
    /// An ordinary motion with a title and nothing else (set-ups, benches).
    pub fn ordinary(title: &str) -> Self {
        NewMotionInput {
            title: title.to_string(),
            text: String::new(),
            kind: default_kind(),
            majority: None,
            quorum: None,
            agenda_item_id: None,
            amends: None,
            language: None,
        }
    }
}

/// A translation of a motion, marked as such (the motion's own text stays
/// the authoritative one).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TranslationInput {
    /// The translation's language (a BCP 47 tag plenum speaks), not the
    /// motion's own.
    pub language: String,
    pub title: String,
    /// Markdown.
    #[serde(default)]
    pub text: String,
}

fn default_kind() -> String {
    "ordinary".into()
}

/// A decision on admission.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AdmissionInput {
    pub admit: bool,
    #[serde(default)]
    pub reason: Option<String>,
}

/// A withdrawal.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WithdrawalInput {
    #[serde(default)]
    pub reason: Option<String>,
}

/// An advisory opinion as sent.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OpinionInput {
    pub text: String,
}

// Organisations

/// A new organisation.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewOrganisationInput {
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
}

/// A change of kind or status, with its reason for the record.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OrganisationChange {
    #[serde(default)]
    pub status: Option<OrgStatus>,
    #[serde(default)]
    pub kind: Option<OrgKind>,
    #[serde(default)]
    pub joined_on: Option<NaiveDate>,
    #[serde(default)]
    pub reason: String,
}

// Polls

/// A ballot as sent.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BallotInput {
    pub choice: Choice,
    /// The organisation voted for: the delegate's own, or one whose proxy
    /// its organisation holds.
    #[serde(default)]
    pub organisation_id: Option<i64>,
    /// To change a secret vote: the receipt of the vote it replaces.
    #[serde(default)]
    pub replaces: Option<String>,
}

/// The room's counts, entered by a teller.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TellersInput {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
    pub organisation_ids: Vec<i64>,
}

/// A close, with the chair's casting vote for a tie where the rule asks for it.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CloseInput {
    #[serde(default)]
    pub chair_decision: Option<Outcome>,
}

/// A poll's opening. A misspelt field is refused, never read as the
/// default: `{"balot": "secret"}` must not open a roll call.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct OpenPollInput {
    #[serde(default = "default_ballot")]
    pub ballot: BallotType,
}

fn default_ballot() -> BallotType {
    BallotType::RollCall
}

// Proxies

/// A proxy as given.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ProxyInput {
    pub grantor_id: i64,
    pub holder_id: i64,
    /// The written proxy's reference (file name, register number).
    #[serde(default)]
    pub document: Option<String>,
}

// Speakers

/// A request to speak.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SpeakInput {
    #[serde(default)]
    pub organisation_id: Option<i64>,
}
