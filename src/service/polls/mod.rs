//! Polls on motions: roll call, secret and tellers. Opening one snapshots
//! who may vote ([`open`]); ballots go through the shared commit
//! ([`cast`]); the room's count is the tellers' ([`tellers`]); the close
//! counts, decides and seals ([`close`]). How each kind of ballot is
//! stored and counted is defined once, in [`super::voting::kind`].

mod cast;
mod close;
mod open;
mod tellers;

use super::motions::{load_motion, majority_of, motion_view, quorum_of, MotionView};
use super::voting::{batch, Urn};
use super::{api_time, assemblies, Caller, Services};
use crate::domain::assembly::AssemblyState;
use crate::domain::ids::{AssemblyId, MotionId, OrganisationId, PollId};
use crate::domain::majority::{decide, Decision, Outcome};
use crate::domain::poll::{BallotType, Choice, PollState, Tally};
use crate::error::{AppError, AppResult};
pub use crate::input::{BallotInput, CloseInput, OpenPollInput, TellersInput};
use crate::store::rows::{Assembly, Motion, Poll};
use crate::store::schema::{ballots, motions, organisations as orgs, polls};
use crate::store::DbConn;
use diesel::prelude::*;
use serde::Serialize;
pub use tellers::{TellersDraft, TellersPanel};

/// The result of a closed poll.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ResultView {
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub outcome: Outcome,
    pub quorate: bool,
    pub explanation: String,
    /// The SHA-256 of the sealed document (`GET /api/v1/polls/{id}/seal`).
    pub seal: String,
    /// The instance's Ed25519 signature over `seal`, hex.
    pub signature: String,
}

/// A poll's seal: the document, its digest, the signature, the public key.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SealView {
    pub poll_id: i64,
    pub document: serde_json::Value,
    pub digest: String,
    pub signature: String,
    pub public_key: String,
}

/// The room's part of a tellers poll, shown after the close.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RoomView {
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub organisations: Vec<i64>,
}

/// A poll as the API and pages show it. Before the close, only how many
/// have voted: never a count per choice (invariant 3).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PollView {
    pub id: i64,
    pub motion_id: MotionId,
    pub ballot: BallotType,
    pub state: PollState,
    pub eligible: i32,
    /// Organisations whose vote is in (online or counted in the room).
    pub cast: i64,
    pub opened_at: String,
    pub closed_at: Option<String>,
    pub result: Option<ResultView>,
    /// Who voted what, after the close of a roll-call poll (and the online
    /// part of a tellers poll).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roll_call: Option<Vec<RollCallLine>>,
    /// The room's counts, after the close of a tellers poll.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomView>,
}

/// One line of a roll call.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RollCallLine {
    pub organisation_id: i64,
    pub organisation: String,
    pub choice: Choice,
}

fn load_poll(conn: &mut DbConn, id: i64) -> AppResult<Poll> {
    polls::table
        .find(id)
        .select(Poll::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingPoll))
}

/// A closed poll's decision, read back from what the close stored (the
/// counts, the quorum's numbers, the motion's rules), to be said in words.
/// A chair's casting vote is not stored apart: a tie the chair decided
/// reads back as the stored outcome's vote. `None` while open.
pub(crate) fn decision_of(p: &Poll, m: &Motion, a: &Assembly) -> AppResult<Option<Decision>> {
    let (Some(yes), Some(no), Some(abstain), Some(outcome)) = (p.yes, p.no, p.abstain, &p.outcome) else {
        return Ok(None);
    };
    let count = |n: i32| u64::try_from(n).map_err(AppError::internal);
    let tally = Tally { yes: count(yes)?, no: count(no)?, abstain: count(abstain)? };
    let quorum = quorum_of(m, a).assess(count(p.full_members)?, count(p.present)?, count(p.represented)?);
    let rule = majority_of(m)?;
    let stored = *outcome;
    Ok(match decide(rule, tally, quorum, None) {
        Ok(d) if d.outcome == stored => Some(d),
        _ => decide(rule, tally, quorum, Some(stored)).ok().filter(|d| d.outcome == stored),
    })
}

fn poll_view(conn: &mut DbConn, p: &Poll) -> AppResult<PollView> {
    let (state, kind) = (p.state, p.ballot_type);
    let urn = Urn::poll(p);
    let cast = urn.cast_count(conn)?;
    let result = match (state, p.yes, p.no, p.abstain, &p.outcome, p.quorate, &p.explanation) {
        (PollState::Closed, Some(yes), Some(no), Some(abstain), Some(outcome), Some(quorate), Some(explanation)) => {
            Some(ResultView {
                yes,
                no,
                abstain,
                outcome: *outcome,
                quorate,
                explanation: explanation.clone(),
                seal: p.seal_digest.clone().unwrap_or_default(),
                signature: p.seal_signature.clone().unwrap_or_default(),
            })
        }
        _ => None,
    };
    let closed = state == PollState::Closed;
    let roll_call = if closed && !urn.kind.is_secret() {
        let rows: Vec<(i64, String, Choice)> = ballots::table
            .inner_join(orgs::table)
            .filter(ballots::poll_id.eq(p.id))
            .order(orgs::name.asc())
            .select((orgs::id, orgs::name, ballots::choice))
            .load(conn)?;
        Some(
            rows.into_iter()
                .map(|(organisation_id, organisation, choice)| RollCallLine { organisation_id, organisation, choice })
                .collect(),
        )
    } else {
        None
    };
    let room = match closed {
        true => urn.room(conn)?.and_then(|r| {
            r.counts.map(|(yes, no, abstain)| RoomView { yes, no, abstain, organisations: r.organisations })
        }),
        false => None,
    };
    Ok(PollView {
        id: p.id.0,
        motion_id: p.motion_id,
        ballot: kind,
        state,
        eligible: p.eligible,
        cast,
        opened_at: api_time(p.opened_at),
        closed_at: p.closed_at.map(api_time),
        result,
        roll_call,
        room,
    })
}

fn assembly_state_of_motion(conn: &mut DbConn, m: &Motion) -> AppResult<AssemblyState> {
    Ok(assemblies::load(conn, m.assembly_id)?.state)
}

impl Services {
    /// A poll, as anyone logged in may see it.
    pub fn get_poll(&self, _caller: &Caller, poll_id: i64) -> AppResult<PollView> {
        self.get_poll_unchecked(poll_id)
    }

    /// A poll, for the services' own use.
    pub(crate) fn get_poll_unchecked(&self, poll_id: i64) -> AppResult<PollView> {
        self.read(|conn| {
            let p = load_poll(conn, poll_id)?;
            poll_view(conn, &p)
        })
    }

    /// The open polls of an assembly, with their motions.
    pub fn open_polls(&self, assembly_id: AssemblyId) -> AppResult<Vec<(MotionView, PollView)>> {
        self.read(|conn| {
            let rows: Vec<(Poll, Motion)> = polls::table
                .inner_join(motions::table)
                .filter(motions::assembly_id.eq(assembly_id))
                .filter(polls::state.eq(PollState::Open))
                .order(polls::id.asc())
                .select((Poll::as_select(), Motion::as_select()))
                .load(conn)?;
            rows.iter().map(|(p, m)| Ok((motion_view(conn, m)?, poll_view(conn, p)?))).collect()
        })
    }

    /// A closed poll's decision with every number that explains it, read
    /// back from what the close stored (the counts, the quorum's numbers,
    /// the motion's rules). A chair's casting vote is not stored apart: a
    /// tie the chair decided reads back as the stored outcome's vote.
    pub fn poll_decision(&self, poll_id: i64) -> AppResult<Option<crate::domain::majority::Decision>> {
        self.read(|conn| {
            let p = load_poll(conn, poll_id)?;
            let m = load_motion(conn, p.motion_id)?;
            decision_of(&p, &m, &assemblies::load(conn, m.assembly_id)?)
        })
    }

    /// A poll's snapshot entry for one organisation.
    pub fn poll_entry(&self, poll_id: i64, organisation_id: i64) -> AppResult<crate::domain::eligibility::Entry> {
        self.read(|conn| batch::snapshot_entry(conn, PollId(poll_id), OrganisationId(organisation_id)))
    }
}
