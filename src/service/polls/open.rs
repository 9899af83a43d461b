//! Opening a poll: on an admitted motion, in session, amendments first;
//! the eligibility snapshot and the quorum's numbers are taken here, once.

use super::super::motions::{load_motion, motion_state, quorum_of, undecided_amendments};
use super::super::voting::batch::{eligibility_entry, poll_with_assembly, voted_in_db};
use super::super::{assemblies, organisations, record, Caller, Services, Verdict};
use super::{assembly_state_of_motion, load_poll, poll_view, OpenPollInput, PollView};
use crate::audit::event::{Eligible, Event, PollOpened};
use crate::domain::ids::{MotionId, OrganisationId, PollId};
use crate::domain::motion::MotionState;
use crate::domain::poll::PollState;
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::store::rows::NewPoll;
use crate::store::schema::{motions, poll_eligibility, polls};
use diesel::prelude::*;

impl Services {
    /// Opens a poll on an admitted motion (secretariat) and snapshots who
    /// may vote: full active members present, and those represented, each
    /// with who casts its vote. Amendments are voted before their motion.
    pub fn open_poll(&self, caller: &Caller, motion_id: MotionId, input: OpenPollInput) -> AppResult<PollView> {
        caller.require(&[Role::Secretariat])?;
        let view = self.open_poll_now(caller, motion_id, input)?;
        self.warm_ballot_writer(view.id);
        Ok(view)
    }

    /// Has the ballot writer read, as soon as a poll opens, what its
    /// ballots will need: the poll, its eligibility snapshot, who has voted
    /// and, on PostgreSQL, the register. The writer keeps these while the
    /// ledger head stands still, so the room's first ballots find them
    /// there instead of the first large batch reading them while the room
    /// waits. Nothing waits for this; if it fails, batches read as before.
    fn warm_ballot_writer(&self, poll_id: i64) {
        let queued = self.submit_grouped(move |b, _now| {
            b.read_whole_tables();
            poll_with_assembly(b, PollId(poll_id))?;
            eligibility_entry(b, PollId(poll_id), OrganisationId(0))?;
            voted_in_db(b, PollId(poll_id), OrganisationId(0))?;
            organisations::read_register_into_batch(b)?;
            Ok(Verdict::Done(()))
        });
        if let Err(e) = queued {
            tracing::warn!(error = %e, "the ballot writer could not read ahead");
        }
    }

    fn open_poll_now(&self, caller: &Caller, motion_id: MotionId, input: OpenPollInput) -> AppResult<PollView> {
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            let state = assembly_state_of_motion(conn, &m)?;
            if !state.accepts_votes() {
                return Err(AppError::conflict(
                    ErrorCode::NotInSession,
                    Msg::PollNotOpenable { state: crate::i18n::state_label(state).into() },
                ));
            }
            let open: i64 = polls::table
                .filter(polls::motion_id.eq(motion_id))
                .filter(polls::state.eq(PollState::Open))
                .count()
                .get_result(conn)?;
            if open > 0 {
                return Err(AppError::conflict(ErrorCode::PollAlreadyOpen, Msg::PollAlreadyOpen));
            }
            let ms = motion_state(&m)?;
            if ms != MotionState::Admitted {
                return Err(AppError::conflict(
                    ErrorCode::MotionNotAdmitted,
                    Msg::MotionNotAdmitted { state: crate::i18n::motion_state_label(ms).into() },
                ));
            }
            if !undecided_amendments(conn, motion_id)?.is_empty() {
                return Err(AppError::conflict(ErrorCode::AmendmentsFirst, Msg::AmendmentsFirst));
            }
            let a = assemblies::load(conn, m.assembly_id)?;
            let presence = crate::store::presence::presence(conn, a.id)?;
            let quorum = quorum_of(&m, &a).assess(
                presence.full_active.len() as u64,
                presence.present.len() as u64,
                presence.represented.len() as u64,
            );
            let eligible = presence.eligible();
            let to_i32 = |v: u64| i32::try_from(v).map_err(AppError::internal);
            let id: i64 = diesel::insert_into(polls::table)
                .values(NewPoll {
                    motion_id,
                    ballot_type: input.ballot,
                    state: PollState::Open,
                    opened_at: now,
                    eligible: to_i32(eligible.len() as u64)?,
                    full_members: to_i32(quorum.full_members)?,
                    present: to_i32(quorum.present)?,
                    represented: to_i32(quorum.represented)?,
                })
                .returning(polls::id)
                .get_result(conn)?;
            // The snapshot: who may vote in this poll, whatever happens next.
            for (org, holder) in &eligible {
                diesel::insert_into(poll_eligibility::table)
                    .values((
                        poll_eligibility::poll_id.eq(id),
                        poll_eligibility::organisation_id.eq(*org),
                        poll_eligibility::holder_id.eq(*holder),
                    ))
                    .execute(conn)?;
            }
            diesel::update(motions::table.find(motion_id)).set(motions::state.eq(MotionState::Voting)).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("poll:{id}"),
                Event::PollOpened(PollOpened {
                    motion: motion_id.into(),
                    ballot: input.ballot,
                    eligible: eligible.iter().map(|(o, h)| Eligible { organisation: *o, holder: *h }).collect(),
                    full_members: quorum.full_members,
                    present: presence.present.clone(),
                    represented: presence.represented.clone(),
                }),
            )?;
            let p = load_poll(conn, id)?;
            poll_view(conn, &p)
        })
    }
}
