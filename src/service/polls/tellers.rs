//! The room's count of a tellers poll: recorded once, by a teller or the
//! secretariat, with the organisations counted (only those in the room,
//! none that voted online); and the desk's panels of whom it may count.

use super::super::motions::load_motion;
use super::super::voting::{Kind, Urn};
use super::super::{organisations, record, Caller, Services};
use super::{assembly_state_of_motion, load_poll, poll_view, PollView, TellersInput};
use crate::audit::event::{Event, TellersRecorded};
use crate::domain::eligibility::{countable_in_room, Entry};
use crate::domain::ids::AssemblyId;
use crate::domain::poll::{BallotType, PollState};
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::store::rows::{Motion, Poll};
use crate::store::schema::{
    ballots, motions, organisations as orgs, poll_eligibility, polls, teller_counts, teller_organisations,
};
use crate::store::DbConn;
use diesel::prelude::*;
use serde::Serialize;

/// An open tellers poll at the desk: whom the room may still count.
#[derive(Debug, Clone, Serialize)]
pub struct TellersPanel {
    pub poll_id: i64,
    pub title: String,
    /// The room's count once recorded: yes, no, abstain.
    pub recorded: Option<(i32, i32, i32)>,
    /// Eligible in person, not voted online.
    pub candidates: Vec<(i64, String)>,
}

/// A room's count the desk sent and had refused: shown again as it was
/// typed and ticked, with why, so that thirty ticks are not redone.
#[derive(Debug, Clone, Default)]
pub struct TellersDraft {
    pub poll_id: i64,
    pub yes: String,
    pub no: String,
    pub abstain: String,
    pub ticked: Vec<i64>,
    pub error: String,
}

/// The organisations present in person at an assembly now (an open stay
/// recorded `in_person`, which only the desk can record).
fn in_person_now(conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<std::collections::HashSet<i64>> {
    use crate::domain::assembly::AttendanceMode;
    use crate::store::schema::attendance;
    Ok(attendance::table
        .filter(attendance::assembly_id.eq(assembly_id))
        .filter(attendance::left_at.is_null())
        .filter(attendance::mode.eq(AttendanceMode::InPerson))
        .select(attendance::organisation_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect())
}

impl Services {
    /// Records the room's counts of a tellers poll with the organisations
    /// counted (a teller or the secretariat). An organisation that voted
    /// online cannot be counted in the room, nor the reverse.
    pub fn record_tellers(&self, caller: &Caller, poll_id: i64, input: TellersInput) -> AppResult<PollView> {
        caller.require(&[Role::Teller, Role::Secretariat])?;
        self.write(|conn, now| {
            let p = load_poll(conn, poll_id)?;
            let urn = Urn::poll(&p);
            if urn.kind != Kind::Tellers {
                return Err(AppError::conflict(ErrorCode::NotATellersPoll, Msg::NotATellersPoll));
            }
            if p.state != PollState::Open {
                return Err(AppError::conflict(ErrorCode::PollClosed, Msg::PollClosed));
            }
            // The same rule as ballots: the room is counted in session only.
            let m = load_motion(conn, p.motion_id)?;
            let state = assembly_state_of_motion(conn, &m)?;
            if !state.accepts_votes() {
                return Err(AppError::conflict(
                    ErrorCode::NotInSession,
                    Msg::RoomCountNotInSession { state: crate::i18n::state_label(state).into() },
                ));
            }
            if urn.room(conn)?.is_some_and(|r| r.counts.is_some()) {
                return Err(AppError::conflict(ErrorCode::TellersAlreadyRecorded, Msg::TellersAlreadyRecorded));
            }
            let mut ids = input.organisation_ids.clone();
            ids.sort_unstable();
            ids.dedup();
            let total = u64::from(input.yes) + u64::from(input.no) + u64::from(input.abstain);
            if ids.len() != input.organisation_ids.len() {
                return Err(AppError::unprocessable(ErrorCode::TellerListedTwice, Msg::TellerListedTwice));
            }
            if total != ids.len() as u64 {
                return Err(AppError::unprocessable(
                    ErrorCode::TellerCountMismatch,
                    Msg::TellerCountMismatch { total: total.into(), listed: input.organisation_ids.len().into() },
                ));
            }
            let snapshot: Vec<(i64, Option<i64>)> = poll_eligibility::table
                .filter(poll_eligibility::poll_id.eq(poll_id))
                .select((poll_eligibility::organisation_id, poll_eligibility::holder_id))
                .load(conn)?;
            let eligible: Vec<i64> = snapshot.iter().map(|(o, _)| *o).collect();
            let names = |conn: &mut DbConn, list: &[i64]| -> AppResult<String> {
                let names: Vec<String> =
                    orgs::table.filter(orgs::id.eq_any(list)).order(orgs::name.asc()).select(orgs::name).load(conn)?;
                Ok(names.join(", "))
            };
            let outside: Vec<i64> = ids.iter().copied().filter(|id| !eligible.contains(id)).collect();
            if !outside.is_empty() {
                let list = names(conn, &outside)?;
                let list = if list.is_empty() { format!("{outside:?}") } else { list };
                return Err(AppError::unprocessable(ErrorCode::NotEligible, Msg::NotEligibleInRoom { orgs: list }));
            }
            let online: Vec<i64> = ballots::table
                .filter(ballots::poll_id.eq(poll_id))
                .filter(ballots::organisation_id.eq_any(&ids))
                .select(ballots::organisation_id)
                .load(conn)?;
            if !online.is_empty() {
                let list = names(conn, &online)?;
                return Err(AppError::conflict(ErrorCode::AlreadyVotedOnline, Msg::AlreadyVotedOnline { orgs: list }));
            }
            // Only who is in the room is counted in it: the organisation
            // itself in person, or the holder of its proxy in person.
            let in_person = in_person_now(conn, m.assembly_id)?;
            let not_here: Vec<i64> = ids
                .iter()
                .copied()
                .filter(|id| {
                    let entry = Entry::from_row(snapshot.iter().find(|(o, _)| o == id).map(|(_, h)| *h));
                    !countable_in_room(entry, *id, |o| in_person.contains(&o))
                })
                .collect();
            if !not_here.is_empty() {
                let list = names(conn, &not_here)?;
                return Err(AppError::unprocessable(ErrorCode::NotInRoom, Msg::NotInTheRoom { orgs: list }));
            }
            let as_i32 = |v: u32| i32::try_from(v).map_err(AppError::internal);
            diesel::insert_into(teller_counts::table)
                .values((
                    teller_counts::poll_id.eq(poll_id),
                    teller_counts::yes.eq(as_i32(input.yes)?),
                    teller_counts::no.eq(as_i32(input.no)?),
                    teller_counts::abstain.eq(as_i32(input.abstain)?),
                    teller_counts::entered_by.eq(caller.account_id),
                    teller_counts::entered_at.eq(now),
                ))
                .execute(conn)?;
            for id in &ids {
                diesel::insert_into(teller_organisations::table)
                    .values((teller_organisations::poll_id.eq(poll_id), teller_organisations::organisation_id.eq(*id)))
                    .execute(conn)?;
            }
            // Who was counted in the room; the counts themselves join the
            // ledger with the close (invariant 3).
            record(
                conn,
                now,
                &caller.actor(),
                urn.subject(),
                Event::TellersRecorded(TellersRecorded { organisations: ids.clone(), total }),
            )?;
            poll_view(conn, &p)
        })
    }

    /// The open tellers polls of an assembly, for the desk.
    pub fn tellers_panels(&self, assembly_id: AssemblyId) -> AppResult<Vec<TellersPanel>> {
        self.read(|conn| {
            let rows: Vec<(Poll, Motion)> = polls::table
                .inner_join(motions::table)
                .filter(motions::assembly_id.eq(assembly_id))
                .filter(polls::state.eq(PollState::Open))
                .filter(polls::ballot_type.eq(BallotType::Tellers))
                .select((Poll::as_select(), Motion::as_select()))
                .load(conn)?;
            let mut panels = Vec::new();
            for (p, m) in rows {
                let recorded = Urn::poll(&p).room(conn)?.and_then(|r| r.counts);
                let online: Vec<i64> =
                    ballots::table.filter(ballots::poll_id.eq(p.id)).select(ballots::organisation_id).load(conn)?;
                // Only whom the tellers may count: in the room in person,
                // or represented by a holder in the room in person.
                let in_person = in_person_now(conn, assembly_id)?;
                let snapshot: Vec<(i64, String, Option<i64>)> = poll_eligibility::table
                    .inner_join(orgs::table)
                    .filter(poll_eligibility::poll_id.eq(p.id))
                    .order(orgs::name.asc())
                    .select((orgs::id, orgs::name, poll_eligibility::holder_id))
                    .load(conn)?;
                let mut candidates = Vec::new();
                for (id, name, holder) in &snapshot {
                    if online.contains(id)
                        || !countable_in_room(Entry::from_row(Some(*holder)), *id, |o| in_person.contains(&o))
                    {
                        continue;
                    }
                    // The holder raises the card: the teller is told whose.
                    let label = match holder {
                        None => name.clone(),
                        Some(h) => {
                            let holder = match snapshot.iter().find(|(o, _, _)| o == h) {
                                Some((_, holder, _)) => holder.clone(),
                                None => organisations::load(conn, *h)?.name,
                            };
                            Msg::RoomCardOf { org: name.clone(), holder }.here()
                        }
                    };
                    candidates.push((*id, label));
                }
                panels.push(TellersPanel { poll_id: p.id.0, title: m.title, recorded, candidates });
            }
            Ok(panels)
        })
    }
}
