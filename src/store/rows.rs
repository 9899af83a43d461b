//! Rows as stored. Their labels (states, kinds, modes, roles, a ballot's
//! choice) are read as the domain's enums (`store/labels.rs`).

use super::schema::*;
use crate::domain::assembly::{AgendaKind, AssemblyFormat, AssemblyKind, AssemblyState, AttendanceMode};
use crate::domain::ids::{AssemblyId, MotionId, OrganisationId, PollId};
use crate::domain::majority::{Base, Outcome, TieRule};
use crate::domain::motion::MotionState;
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::poll::{BallotType, Choice, PollState};
use crate::domain::role::Role;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
    pub created_at: NaiveDateTime,
    pub joined_on: Option<NaiveDate>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = organisations)]
pub struct NewOrganisation<'a> {
    pub name: &'a str,
    pub country: &'a str,
    pub kind: OrgKind,
    pub status: OrgStatus,
    pub created_at: NaiveDateTime,
    pub joined_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = accounts)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub active: bool,
    pub created_at: NaiveDateTime,
    /// The language its holder reads plenum in (a tag), if chosen.
    pub language: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = accounts)]
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub active: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub struct Session {
    pub id: i64,
    pub account_id: i64,
    pub token_hash: String,
    pub csrf_token: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = sessions)]
pub struct NewSession<'a> {
    pub account_id: i64,
    pub token_hash: &'a str,
    pub csrf_token: &'a str,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    /// The client's address, erased with the row after the retention period.
    pub address: Option<&'a str>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = assemblies)]
pub struct Assembly {
    pub id: AssemblyId,
    pub title: String,
    pub kind: AssemblyKind,
    pub format: AssemblyFormat,
    pub venue: String,
    pub starts_at: NaiveDateTime,
    pub convocation: i32,
    pub state: AssemblyState,
    pub quorum_required: bool,
    pub quorum_numerator: i32,
    pub quorum_denominator: i32,
    pub quorum_strict: bool,
    pub proxy_cap: i32,
    pub created_at: NaiveDateTime,
    pub notice_sent_on: Option<NaiveDate>,
    pub checkin_salt: Option<String>,
    pub vote_changes: bool,
    pub motion_deadline: Option<NaiveDateTime>,
    pub current_item_id: Option<i64>,
    /// The chair finished the agenda (no item is current after one was).
    pub agenda_finished: bool,
    /// The official languages, as stored (`i18n::Languages`).
    pub languages: String,
    /// The video conference remote delegates join.
    pub remote_link: Option<String>,
}

impl Assembly {
    /// The salt check-in codes are derived from.
    pub fn checkin_salt(&self) -> String {
        self.checkin_salt.clone().unwrap_or_else(|| format!("assembly:{}", self.id))
    }
}

#[derive(Debug, Insertable)]
#[diesel(table_name = assemblies)]
pub struct NewAssembly<'a> {
    pub title: &'a str,
    pub kind: AssemblyKind,
    pub format: AssemblyFormat,
    pub venue: &'a str,
    pub starts_at: NaiveDateTime,
    pub convocation: i32,
    pub state: AssemblyState,
    pub quorum_required: bool,
    pub quorum_numerator: i32,
    pub quorum_denominator: i32,
    pub quorum_strict: bool,
    pub proxy_cap: i32,
    pub created_at: NaiveDateTime,
    pub notice_sent_on: Option<NaiveDate>,
    pub checkin_salt: Option<String>,
    pub vote_changes: bool,
    pub motion_deadline: Option<NaiveDateTime>,
    pub languages: String,
    pub remote_link: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = agenda_items)]
pub struct AgendaItem {
    pub id: i64,
    pub assembly_id: AssemblyId,
    pub position: i32,
    pub title: String,
    pub kind: AgendaKind,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = agenda_items)]
pub struct NewAgendaItem<'a> {
    pub assembly_id: AssemblyId,
    pub position: i32,
    pub title: &'a str,
    pub kind: AgendaKind,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = attendance)]
pub struct Attendance {
    pub id: i64,
    pub assembly_id: AssemblyId,
    pub organisation_id: i64,
    pub mode: AttendanceMode,
    pub checked_in_by: i64,
    pub arrived_at: NaiveDateTime,
    pub left_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = attendance)]
pub struct NewAttendance {
    pub assembly_id: AssemblyId,
    pub organisation_id: i64,
    pub mode: AttendanceMode,
    pub checked_in_by: i64,
    pub arrived_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = motions)]
pub struct Motion {
    pub id: MotionId,
    pub assembly_id: AssemblyId,
    pub agenda_item_id: Option<i64>,
    pub title: String,
    pub body: String,
    pub kind: String,
    pub state: MotionState,
    pub majority_numerator: i32,
    pub majority_denominator: i32,
    pub majority_strict: bool,
    pub majority_base: Base,
    pub majority_tie: TieRule,
    pub created_at: NaiveDateTime,
    pub quorum_numerator: Option<i32>,
    pub quorum_denominator: Option<i32>,
    pub quorum_strict: Option<bool>,
    pub proposer_id: Option<i64>,
    pub amends_id: Option<MotionId>,
    pub decision_reason: Option<String>,
    /// The authoritative text's language (a tag).
    pub language: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = motions)]
pub struct NewMotion<'a> {
    pub assembly_id: AssemblyId,
    pub agenda_item_id: Option<i64>,
    pub title: &'a str,
    pub body: &'a str,
    pub kind: &'a str,
    pub state: MotionState,
    pub majority_numerator: i32,
    pub majority_denominator: i32,
    pub majority_strict: bool,
    pub majority_base: Base,
    pub majority_tie: TieRule,
    pub created_at: NaiveDateTime,
    pub quorum_numerator: Option<i32>,
    pub quorum_denominator: Option<i32>,
    pub quorum_strict: Option<bool>,
    pub proposer_id: Option<i64>,
    pub amends_id: Option<MotionId>,
    pub language: &'a str,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = polls)]
pub struct Poll {
    pub id: PollId,
    pub motion_id: MotionId,
    pub ballot_type: BallotType,
    pub state: PollState,
    pub opened_at: NaiveDateTime,
    pub closed_at: Option<NaiveDateTime>,
    pub eligible: i32,
    pub full_members: i32,
    pub present: i32,
    pub represented: i32,
    pub yes: Option<i32>,
    pub no: Option<i32>,
    pub abstain: Option<i32>,
    pub outcome: Option<Outcome>,
    pub quorate: Option<bool>,
    pub explanation: Option<String>,
    // The seal's document (1 MB for 10,000 ballots) is left out: every view
    // of a poll reads this row, and only the seal's own readers need it
    // (`Services::poll_seal`, the bundle, the minutes), which select it.
    pub seal_digest: Option<String>,
    pub seal_signature: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = polls)]
pub struct NewPoll {
    pub motion_id: MotionId,
    pub ballot_type: BallotType,
    pub state: PollState,
    pub opened_at: NaiveDateTime,
    pub eligible: i32,
    pub full_members: i32,
    pub present: i32,
    pub represented: i32,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ballots)]
pub struct Ballot {
    pub id: i64,
    pub poll_id: PollId,
    pub organisation_id: OrganisationId,
    pub account_id: i64,
    pub choice: Choice,
    pub receipt_hash: String,
    pub cast_at: NaiveDateTime,
}

/// A ballot row waiting in a group-commit batch.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = ballots)]
pub struct PendingBallot {
    pub poll_id: PollId,
    pub organisation_id: OrganisationId,
    pub account_id: i64,
    pub choice: Choice,
    pub receipt_hash: String,
    pub cast_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
#[diesel(table_name = audit_events)]
pub struct AuditEvent {
    pub seq: i64,
    pub at: NaiveDateTime,
    pub actor: String,
    pub kind: String,
    pub subject: String,
    pub payload: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = proxies)]
pub struct Proxy {
    pub id: i64,
    pub assembly_id: AssemblyId,
    pub grantor_id: i64,
    pub holder_id: i64,
    pub document: Option<String>,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub void_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = proxies)]
pub struct NewProxy<'a> {
    pub assembly_id: AssemblyId,
    pub grantor_id: i64,
    pub holder_id: i64,
    pub document: Option<&'a str>,
    pub created_by: i64,
    pub created_at: NaiveDateTime,
}

/// A message in the outbox (`service::notices`, `mail::sender`).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct OutboxMessage {
    pub id: i64,
    pub kind: crate::domain::outbox::NoticeKind,
    pub assembly_id: Option<AssemblyId>,
    pub account_id: i64,
    pub address: String,
    pub language: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// A JSON list of `mail::compose::Attachment`.
    pub attachments: String,
    pub message_id: String,
    pub state: crate::domain::outbox::OutboxState,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub claimed_by: Option<String>,
    pub claimed_until: Option<NaiveDateTime>,
    pub last_answer: Option<String>,
    /// The one-time link the words are waiting for, until sent.
    pub secret: Option<String>,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewOutboxMessage<'a> {
    pub kind: crate::domain::outbox::NoticeKind,
    pub assembly_id: Option<AssemblyId>,
    pub account_id: i64,
    pub address: &'a str,
    pub language: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: &'a str,
    pub attachments: &'a str,
    pub message_id: &'a str,
    pub state: crate::domain::outbox::OutboxState,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub secret: Option<&'a str>,
    pub created_at: NaiveDateTime,
}
