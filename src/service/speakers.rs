//! The speakers' list.

use super::{api_time, assemblies, organisations, record, Caller, Services};
use crate::audit::event::{Event, SpeakersAsked, SpeakersMoved};
use crate::domain::assembly::AttendanceMode;
use crate::domain::ids::AssemblyId;
use crate::domain::organisation::OrgKind;
use crate::domain::role::Role;
use crate::domain::speakers::{end_floor, give_floor, withdraw, SpeakerRefusal, SpeakerState};
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
pub use crate::input::SpeakInput;
use crate::store::schema::{attendance, organisations as orgs, speakers};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use std::collections::HashMap;

/// A request to speak as the API and pages show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct SpeakerView {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    /// An affiliate speaks in an advisory capacity.
    pub affiliate: bool,
    /// In the room or remote now; `null` when it is not checked in.
    pub attending: Option<AttendanceMode>,
    pub state: SpeakerState,
    pub requested_at: String,
    pub started_at: Option<String>,
    pub ended_at: Option<String>,
}

type Row = (i64, i64, String, OrgKind, SpeakerState, NaiveDateTime, Option<NaiveDateTime>, Option<NaiveDateTime>);

fn view(r: Row, attending: Option<AttendanceMode>) -> AppResult<SpeakerView> {
    Ok(SpeakerView {
        id: r.0,
        organisation_id: r.1,
        organisation: r.2,
        affiliate: r.3 == OrgKind::Affiliate,
        attending,
        state: r.4,
        requested_at: api_time(r.5),
        started_at: r.6.map(api_time),
        ended_at: r.7.map(api_time),
    })
}

/// The list of an assembly: who speaks, who waits (in order), who spoke.
pub fn list(conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<Vec<SpeakerView>> {
    let rows: Vec<Row> = speakers::table
        .inner_join(orgs::table)
        .filter(speakers::assembly_id.eq(assembly_id))
        .filter(speakers::state.ne(SpeakerState::Withdrawn))
        .order((speakers::requested_at.asc(), speakers::id.asc()))
        .select((
            speakers::id,
            orgs::id,
            orgs::name,
            orgs::kind,
            speakers::state,
            speakers::requested_at,
            speakers::started_at,
            speakers::ended_at,
        ))
        .load(conn)?;
    // Where each is now: the open stays of the organisations on the list.
    let on_list: Vec<i64> = rows.iter().map(|r| r.1).collect();
    let here: HashMap<i64, AttendanceMode> = attendance::table
        .filter(attendance::assembly_id.eq(assembly_id))
        .filter(attendance::left_at.is_null())
        .filter(attendance::organisation_id.eq_any(&on_list))
        .select((attendance::organisation_id, attendance::mode))
        .load::<(i64, AttendanceMode)>(conn)?
        .into_iter()
        .collect();
    rows.into_iter()
        .map(|r| {
            let mode = here.get(&r.1).copied();
            view(r, mode)
        })
        .collect()
}

fn refusal(r: SpeakerRefusal) -> AppError {
    match r {
        SpeakerRefusal::FloorTaken => AppError::conflict(ErrorCode::FloorTaken, Msg::FloorTaken),
        SpeakerRefusal::WrongState(s) => AppError::conflict(
            ErrorCode::SpeakerState,
            Msg::SpeakerState { state: crate::i18n::speaker_state_label(s).into() },
        ),
    }
}

fn load(conn: &mut DbConn, id: i64) -> AppResult<(i64, i64, SpeakerState)> {
    speakers::table
        .find(id)
        .select((speakers::assembly_id, speakers::organisation_id, speakers::state))
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingSpeakerRequest))
}

fn set_state(
    conn: &mut DbConn,
    now: NaiveDateTime,
    caller: &Caller,
    id: i64,
    to: SpeakerState,
) -> AppResult<Vec<SpeakerView>> {
    let (assembly_id, organisation_id, _) = load(conn, id)?;
    let target = speakers::table.find(id);
    match to {
        SpeakerState::Speaking => {
            diesel::update(target).set((speakers::state.eq(to), speakers::started_at.eq(now))).execute(conn)?
        }
        SpeakerState::Done => {
            diesel::update(target).set((speakers::state.eq(to), speakers::ended_at.eq(now))).execute(conn)?
        }
        _ => diesel::update(target).set(speakers::state.eq(to)).execute(conn)?,
    };
    record(
        conn,
        now,
        &caller.actor(),
        format!("assembly:{assembly_id}"),
        Event::SpeakersMoved(SpeakersMoved { request: id, organisation: organisation_id, to }),
    )?;
    list(conn, AssemblyId(assembly_id))
}

impl Services {
    /// The speakers' list of an assembly.
    pub fn speakers(&self, assembly_id: AssemblyId) -> AppResult<Vec<SpeakerView>> {
        self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            list(conn, assembly_id)
        })
    }

    /// A delegate asks to speak for its organisation (affiliates too).
    pub fn ask_to_speak(
        &self,
        caller: &Caller,
        assembly_id: AssemblyId,
        input: SpeakInput,
    ) -> AppResult<Vec<SpeakerView>> {
        caller.require(&[Role::Delegate])?;
        let own = Services::own_organisation(caller)?;
        if input.organisation_id.is_some_and(|o| o != own) {
            return Err(AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation));
        }
        let max_requests = self.settings.max_speaker_requests_per_organisation;
        self.write(|conn, now| {
            let a = assemblies::load(conn, assembly_id)?;
            let state = a.state;
            if !state.accepts_attendance() {
                return Err(AppError::conflict(
                    ErrorCode::AttendanceClosed,
                    Msg::SpeakersClosed { state: crate::i18n::state_label(state).into() },
                ));
            }
            let org = organisations::load(conn, own)?;
            let waiting: i64 = speakers::table
                .filter(speakers::assembly_id.eq(assembly_id))
                .filter(speakers::organisation_id.eq(own))
                .filter(speakers::state.eq_any([SpeakerState::Queued, SpeakerState::Speaking]))
                .count()
                .get_result(conn)?;
            if waiting > 0 {
                return Err(AppError::conflict(ErrorCode::AlreadyOnTheList, Msg::AlreadyOnTheList { org: org.name }));
            }
            let asked: i64 = speakers::table
                .filter(speakers::assembly_id.eq(assembly_id))
                .filter(speakers::organisation_id.eq(own))
                .count()
                .get_result(conn)?;
            if asked >= max_requests {
                return Err(AppError::new(
                    crate::error::ErrorKind::TooManyRequests,
                    ErrorCode::TooManySpeakerRequests,
                    Msg::TooManySpeakerRequests { org: org.name, max: max_requests.into() },
                ));
            }
            let id: i64 = diesel::insert_into(speakers::table)
                .values((
                    speakers::assembly_id.eq(assembly_id),
                    speakers::organisation_id.eq(own),
                    speakers::account_id.eq(caller.account_id),
                    speakers::state.eq(SpeakerState::Queued),
                    speakers::requested_at.eq(now),
                ))
                .returning(speakers::id)
                .get_result(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::SpeakersAsked(SpeakersAsked { request: id, organisation: own }),
            )?;
            list(conn, assembly_id)
        })
    }

    /// The chair gives the floor to a queued request.
    pub fn give_floor(&self, caller: &Caller, id: i64) -> AppResult<Vec<SpeakerView>> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let (assembly_id, _, state) = load(conn, id)?;
            super::assemblies::load_open(conn, AssemblyId(assembly_id))?;
            let speaking: i64 = speakers::table
                .filter(speakers::assembly_id.eq(assembly_id))
                .filter(speakers::state.eq(SpeakerState::Speaking))
                .count()
                .get_result(conn)?;
            let to = give_floor(state, speaking > 0).map_err(refusal)?;
            set_state(conn, now, caller, id, to)
        })
    }

    /// The chair ends the floor.
    pub fn end_floor(&self, caller: &Caller, id: i64) -> AppResult<Vec<SpeakerView>> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let (assembly_id, _, state) = load(conn, id)?;
            super::assemblies::load_open(conn, AssemblyId(assembly_id))?;
            let to = end_floor(state).map_err(refusal)?;
            set_state(conn, now, caller, id, to)
        })
    }

    /// Withdraws a queued request (its organisation's delegate, or the chair).
    pub fn withdraw_request(&self, caller: &Caller, id: i64) -> AppResult<Vec<SpeakerView>> {
        self.write(|conn, now| {
            let (assembly_id, organisation_id, state) = load(conn, id)?;
            // Who asks is checked before the assembly's state (ACCESS.md).
            let allowed = caller.role == Role::Secretariat || caller.organisation_id == Some(organisation_id);
            if !allowed {
                return Err(AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation));
            }
            super::assemblies::load_open(conn, AssemblyId(assembly_id))?;
            let to = withdraw(state).map_err(refusal)?;
            set_state(conn, now, caller, id, to)
        })
    }
}
