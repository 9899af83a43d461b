//! Hybrid attendance: a stay per arrival, closed when the organisation leaves.

use super::{api_time, assemblies, organisations, record, Caller, Services};
use crate::audit::event::{AttendanceArrived, AttendanceLeft, Event};
use crate::domain::assembly::{mode_allowed, AttendanceMode};
use crate::domain::checkin;
use crate::domain::ids::AssemblyId;
use crate::domain::organisation::OrgKind;
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
pub use crate::input::CheckInInput;
use crate::store::presence::{open_stay, presence};
use crate::store::rows::{Attendance, NewAttendance, Organisation};
use crate::store::schema::{attendance, organisations as orgs};
use crate::store::DbConn;
use diesel::prelude::*;
use serde::Serialize;

/// A stay as the API shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StayView {
    pub id: i64,
    pub assembly_id: AssemblyId,
    pub organisation_id: i64,
    pub mode: AttendanceMode,
    pub checked_in_by: i64,
    pub arrived_at: String,
    pub left_at: Option<String>,
}

impl StayView {
    fn from_row(s: &Attendance) -> AppResult<Self> {
        Ok(StayView {
            id: s.id,
            assembly_id: s.assembly_id,
            organisation_id: s.organisation_id,
            mode: s.mode,
            checked_in_by: s.checked_in_by,
            arrived_at: api_time(s.arrived_at),
            left_at: s.left_at.map(api_time),
        })
    }
}

/// One line of the attendance list: an organisation and whether it is here.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AttendanceLine {
    pub organisation: organisations::OrganisationView,
    pub present: Option<AttendanceMode>,
    /// The holder of its proxy, when it is represented.
    pub represented_by: Option<i64>,
}

/// Who may record attendance for an organisation: the desk and the
/// secretariat for anyone, a delegate for its own organisation.
fn may_record_for(caller: &Caller, organisation_id: i64) -> AppResult<()> {
    match caller.role {
        Role::Secretariat | Role::Teller => Ok(()),
        Role::Delegate if caller.organisation_id == Some(organisation_id) => Ok(()),
        Role::Delegate => Err(AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation)),
        Role::Auditor => caller.require(&[Role::Secretariat, Role::Teller, Role::Delegate]),
    }
}

/// Every stay at an assembly, in order of arrival.
pub fn stays_of(conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<Vec<StayView>> {
    let rows: Vec<Attendance> = attendance::table
        .filter(attendance::assembly_id.eq(assembly_id))
        .order((attendance::arrived_at.asc(), attendance::id.asc()))
        .select(Attendance::as_select())
        .load(conn)?;
    rows.iter().map(StayView::from_row).collect()
}

impl Services {
    /// Checks an organisation in.
    pub fn check_in(&self, caller: &Caller, assembly_id: AssemblyId, input: CheckInInput) -> AppResult<StayView> {
        may_record_for(caller, input.organisation_id)?;
        // Presence in the room is what the desk sees: a delegate cannot
        // declare it (it would make its organisation countable by the
        // tellers, and its account could be anywhere). A delegate checks its
        // organisation in as remote; the desk records the room.
        if caller.role == Role::Delegate && input.mode == AttendanceMode::InPerson {
            return Err(AppError::forbidden(ErrorCode::InPersonByDesk, Msg::InPersonByDesk));
        }
        self.write(|conn, now| {
            let a = assemblies::load(conn, assembly_id)?;
            let state = a.state;
            if !state.accepts_attendance() {
                return Err(AppError::conflict(
                    ErrorCode::AttendanceClosed,
                    Msg::AttendanceClosed { state: crate::i18n::state_label(state).into() },
                ));
            }
            let format = a.format;
            if !mode_allowed(format, input.mode) {
                return Err(AppError::unprocessable(
                    ErrorCode::ModeNotAllowed,
                    Msg::ModeNotAllowed { mode: input.mode.to_string(), format: format.to_string() },
                ));
            }
            let org = organisations::load(conn, input.organisation_id)?;
            if open_stay(conn, assembly_id, org.id)?.is_some() {
                return Err(AppError::conflict(ErrorCode::AlreadyCheckedIn, Msg::AlreadyCheckedIn { org: org.name }));
            }
            let id: i64 = diesel::insert_into(attendance::table)
                .values(NewAttendance {
                    assembly_id,
                    organisation_id: org.id,
                    mode: input.mode,
                    checked_in_by: caller.account_id,
                    arrived_at: now,
                })
                .returning(attendance::id)
                .get_result(conn)?;
            super::proxies::void_on_arrival(conn, now, &caller.actor(), assembly_id, org.id)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::AttendanceArrived(AttendanceArrived {
                    organisation: org.id,
                    mode: input.mode,
                    stay: Some(id),
                    by: caller.role.as_str().to_string(),
                }),
            )?;
            let row = attendance::table.find(id).select(Attendance::as_select()).first(conn)?;
            StayView::from_row(&row)
        })
    }

    /// The check-in code of the caller's organisation at an assembly.
    pub fn checkin_code(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<String> {
        caller.require(&[Role::Delegate])?;
        let org = caller
            .organisation_id
            .ok_or_else(|| AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation))?;
        let a = self.read(|conn| assemblies::load(conn, assembly_id))?;
        Ok(checkin::code(&a.checkin_salt(), org))
    }

    /// Checks an organisation in, in the room, by the code its delegate shows
    /// (the desk).
    pub fn check_in_by_code(&self, caller: &Caller, assembly_id: AssemblyId, code: &str) -> AppResult<StayView> {
        caller.require(&[Role::Teller, Role::Secretariat])?;
        let wanted = checkin::normalise(code);
        let (salt, ids) = self.read(|conn| {
            let a = assemblies::load(conn, assembly_id)?;
            let ids: Vec<i64> = orgs::table.select(orgs::id).load(conn)?;
            Ok((a.checkin_salt(), ids))
        })?;
        let matches: Vec<i64> = ids.into_iter().filter(|id| checkin::code(&salt, *id) == wanted).collect();
        match matches.as_slice() {
            [] => Err(AppError::not_found(crate::i18n::Msg::ThingCheckinCode).with_msg(Msg::UnknownCheckinCode)),
            [org] => self.check_in(
                caller,
                assembly_id,
                CheckInInput { organisation_id: *org, mode: AttendanceMode::InPerson },
            ),
            _ => Err(AppError::conflict(ErrorCode::AmbiguousCode, Msg::AmbiguousCheckinCode)),
        }
    }

    /// Records that an organisation left.
    pub fn check_out(&self, caller: &Caller, assembly_id: AssemblyId, organisation_id: i64) -> AppResult<StayView> {
        may_record_for(caller, organisation_id)?;
        self.write(|conn, now| {
            assemblies::load_open(conn, assembly_id)?;
            let org = organisations::load(conn, organisation_id)?;
            let stay = open_stay(conn, assembly_id, organisation_id)?.ok_or_else(|| {
                AppError::conflict(ErrorCode::NotCheckedIn, Msg::NotCheckedIn { org: org.name.clone() })
            })?;
            diesel::update(attendance::table.find(stay.id)).set(attendance::left_at.eq(now)).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::AttendanceLeft(AttendanceLeft { organisation: organisation_id, stay: stay.id }),
            )?;
            let row = attendance::table.find(stay.id).select(Attendance::as_select()).first(conn)?;
            StayView::from_row(&row)
        })
    }

    /// Every stay at an assembly, in order of arrival: leaving and returning
    /// are separate events, never overwrites.
    pub fn stays(&self, assembly_id: AssemblyId) -> AppResult<Vec<StayView>> {
        self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            stays_of(conn, assembly_id)
        })
    }

    /// Every organisation with its presence now: full members first.
    pub fn attendance_list(&self, assembly_id: AssemblyId) -> AppResult<Vec<AttendanceLine>> {
        self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            let represented = presence(conn, assembly_id)?.represented;
            let mut all: Vec<Organisation> = orgs::table.select(Organisation::as_select()).load(conn)?;
            all.sort_by(|a, b| crate::i18n::by_name(&a.name, &b.name));
            let open: Vec<Attendance> = attendance::table
                .filter(attendance::assembly_id.eq(assembly_id))
                .filter(attendance::left_at.is_null())
                .select(Attendance::as_select())
                .load(conn)?;
            let mut lines = all
                .iter()
                .map(|o| {
                    let present = open.iter().find(|s| s.organisation_id == o.id).map(|s| s.mode);
                    let represented_by = represented.iter().find(|(g, _)| *g == o.id).map(|(_, h)| *h);
                    Ok(AttendanceLine {
                        organisation: organisations::OrganisationView::from_row(o)?,
                        present,
                        represented_by,
                    })
                })
                .collect::<AppResult<Vec<_>>>()?;
            lines.sort_by_key(|l| l.organisation.kind != OrgKind::Full);
            Ok(lines)
        })
    }
}
