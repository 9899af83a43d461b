//! What the minutes say, as plain data: the service gathers it from the
//! record (the approved minutes are this, frozen and sealed), and
//! `export::minutes` lays it out and renders it in each format.

use serde::{Deserialize, Serialize};

/// Whether the minutes are a draft (from the record now) or approved
/// (frozen and sealed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MinutesStatus {
    Draft,
    Approved,
}

impl std::fmt::Display for MinutesStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            MinutesStatus::Draft => "draft",
            MinutesStatus::Approved => "approved",
        })
    }
}

impl Minutes {
    /// The assembly's official languages, the minutes' languages
    /// (English for minutes sealed before assemblies named theirs).
    pub fn languages(&self) -> crate::i18n::Languages {
        crate::i18n::Languages::from_stored(&self.assembly.languages.join(","))
    }
}

/// Everything the minutes say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Minutes {
    pub assembly: AssemblyPart,
    /// `draft` or `approved`.
    pub status: MinutesStatus,
    pub approved_at: Option<String>,
    /// The instance's public key, printed in every export.
    pub public_key: String,
    /// The secretariat's narrative (Markdown).
    pub narrative: String,
    pub attendance: AttendancePart,
    pub proxies: Vec<ProxyPart>,
    pub agenda: Vec<AgendaPart>,
    pub motions: Vec<MotionPart>,
    pub elections: Vec<ElectionPart>,
    pub speakers: Vec<SpeakerPart>,
    pub incidents: Vec<IncidentPart>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AssemblyPart {
    pub id: i64,
    pub title: String,
    #[schema(value_type = crate::domain::assembly::AssemblyKind)]
    pub kind: String,
    #[schema(value_type = crate::domain::assembly::AssemblyFormat)]
    pub format: String,
    pub venue: String,
    pub starts_at: String,
    pub convocation: i32,
    pub notice_sent_on: Option<String>,
    /// The quorum rule in English words, e.g. `>= 1/2 of the full
    /// members`, as sealed minutes have always held it; `quorum_rule` is
    /// the rule itself, which the minutes say in any language.
    pub quorum: String,
    /// The quorum rule (absent from minutes sealed before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum_rule: Option<QuorumPart>,
    /// The official languages' tags, the first offered first (absent from
    /// minutes sealed before assemblies had them: English).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// When the session was opened and the assembly closed, from the
    /// ledger (`starts_at` is when it was called for). Absent from minutes
    /// sealed before they were recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<String>,
}

/// A quorum rule: the share of the full members that must be present or
/// represented, or `null` when none is required.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct QuorumPart {
    pub fraction: Option<crate::domain::fraction::Fraction>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AttendancePart {
    pub full_members: usize,
    pub in_room: Vec<String>,
    pub remote: Vec<String>,
    /// (organisation, represented by)
    pub represented: Vec<(String, String)>,
    pub absent: Vec<String>,
    /// Affiliates who attended, advisory only.
    pub affiliates: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ProxyPart {
    pub grantor: String,
    pub holder: String,
    pub document: Option<String>,
    pub state: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AgendaPart {
    pub position: i32,
    pub title: String,
    #[schema(value_type = crate::domain::assembly::AgendaKind)]
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MotionPart {
    pub id: i64,
    pub title: String,
    pub kind: String,
    #[schema(value_type = crate::domain::motion::MotionState)]
    pub state: String,
    /// Markdown, as submitted.
    pub text: String,
    pub proposer: Option<String>,
    /// The motion this one amends.
    pub amends: Option<String>,
    pub decision_reason: Option<String>,
    /// Advisory opinions: (organisation, text).
    pub opinions: Vec<(String, String)>,
    pub polls: Vec<PollPart>,
    /// The language of `text`, the authoritative one, and its SHA-256
    /// (absent from minutes sealed before motions had them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_sha256: Option<String>,
    /// Its translations, marked as such: listed, not printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<TranslationPart>,
}

/// A translation of a motion, as the minutes list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TranslationPart {
    pub language: String,
    pub title: String,
    pub sha256: String,
    pub by: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PollPart {
    pub id: i64,
    #[schema(value_type = crate::domain::poll::BallotType)]
    pub ballot: String,
    pub closed_at: String,
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    #[schema(value_type = crate::domain::majority::Outcome)]
    pub outcome: String,
    /// The sentence that explains the outcome, with its numbers: the
    /// sealed English sentence (`decision` says it in any language).
    pub explanation: String,
    /// The quorum at the vote, in English words (`at_vote` holds its numbers).
    pub quorum: String,
    /// (organisation, choice) for roll calls.
    pub roll_call: Vec<(String, String)>,
    pub seal: String,
    /// The decision in words (`i18n::describe`), for the room and readers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub in_words: Vec<String>,
    /// A tellers poll's count in the room, apart from the online ballots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomPart>,
    /// What the decision is said from in any language (absent from minutes
    /// sealed before it was kept: they are said from `explanation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<crate::i18n::DecisionWords>,
    /// Who could vote when the vote opened (absent from older minutes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_vote: Option<AtVotePart>,
}

/// The register when a vote opened: full members present and represented,
/// and how many organisations were eligible to vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AtVotePart {
    pub present: u64,
    pub represented: u64,
    pub full_members: u64,
    pub eligible: u64,
}

/// The tellers' count in the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RoomPart {
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    /// How many organisations the tellers counted.
    pub organisations: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ElectionPart {
    pub title: String,
    pub seats: i32,
    pub rounds: Vec<RoundPart>,
    pub elected: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RoundPart {
    pub round: i32,
    pub seats: i32,
    pub ballots: u64,
    pub abstentions: u64,
    /// (candidate, approvals), most first.
    pub ranking: Vec<(String, u64)>,
    pub elected: Vec<String>,
    pub runoff: Vec<String>,
    pub seal: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct SpeakerPart {
    pub organisation: String,
    pub started_at: String,
    pub ended_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct IncidentPart {
    pub at: String,
    pub body: String,
}
