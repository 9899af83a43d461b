//! Hybrid attendance: a stay per arrival, closed when the organisation leaves.

use super::{api_time, assemblies, organisations, record, stored, Caller, Services};
use crate::domain::assembly::{mode_allowed, AssemblyFormat, AssemblyState, AttendanceMode};
use crate::domain::organisation::OrgKind;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::store::rows::{Attendance, NewAttendance, Organisation};
use crate::store::schema::{attendance, organisations as orgs};
use crate::store::DbConn;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A check-in.
#[derive(Debug, Clone, Deserialize)]
pub struct CheckInInput {
    pub organisation_id: i64,
    pub mode: AttendanceMode,
}

/// A stay as the API shows it.
#[derive(Debug, Clone, Serialize)]
pub struct StayView {
    pub id: i64,
    pub assembly_id: i64,
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
            mode: stored(&s.mode, AttendanceMode::parse)?,
            checked_in_by: s.checked_in_by,
            arrived_at: api_time(s.arrived_at),
            left_at: s.left_at.map(api_time),
        })
    }
}

/// One line of the attendance list: an organisation and whether it is here.
#[derive(Debug, Clone, Serialize)]
pub struct AttendanceLine {
    pub organisation: organisations::OrganisationView,
    pub present: Option<AttendanceMode>,
}

/// Who may record attendance for an organisation: the desk and the
/// secretariat for anyone, a delegate for its own organisation.
fn may_record_for(caller: &Caller, organisation_id: i64) -> AppResult<()> {
    match caller.role {
        Role::Secretariat | Role::Teller => Ok(()),
        Role::Delegate if caller.organisation_id == Some(organisation_id) => Ok(()),
        Role::Delegate => Err(AppError::forbidden("not_your_organisation", Msg::NotYourOrganisation)),
        Role::Auditor => caller.require(&[Role::Secretariat, Role::Teller, Role::Delegate]),
    }
}

/// The open stay of an organisation, if it is here.
pub fn open_stay(conn: &mut DbConn, assembly_id: i64, organisation_id: i64) -> QueryResult<Option<Attendance>> {
    attendance::table
        .filter(attendance::assembly_id.eq(assembly_id))
        .filter(attendance::organisation_id.eq(organisation_id))
        .filter(attendance::left_at.is_null())
        .select(Attendance::as_select())
        .first(conn)
        .optional()
}

impl Services {
    /// Checks an organisation in.
    pub fn check_in(&self, caller: &Caller, assembly_id: i64, input: CheckInInput) -> AppResult<StayView> {
        may_record_for(caller, input.organisation_id)?;
        self.write(|conn, now| {
            let a = assemblies::load(conn, assembly_id)?;
            let state = stored(&a.state, AssemblyState::parse)?;
            if !state.accepts_attendance() {
                return Err(AppError::conflict(
                    "attendance_closed",
                    Msg::AttendanceClosed { state: crate::i18n::state_label(state).en() },
                ));
            }
            let format = stored(&a.format, AssemblyFormat::parse)?;
            if !mode_allowed(format, input.mode) {
                return Err(AppError::unprocessable(
                    "mode_not_allowed",
                    Msg::ModeNotAllowed { mode: input.mode.to_string(), format: format.to_string() },
                ));
            }
            let org = organisations::load(conn, input.organisation_id)?;
            if open_stay(conn, assembly_id, org.id)?.is_some() {
                return Err(AppError::conflict("already_checked_in", Msg::AlreadyCheckedIn { org: org.name }));
            }
            let id: i64 = diesel::insert_into(attendance::table)
                .values(NewAttendance {
                    assembly_id,
                    organisation_id: org.id,
                    mode: input.mode.as_str(),
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
                "attendance.arrived",
                format!("assembly:{assembly_id}"),
                json!({"organisation": org.id, "mode": input.mode, "stay": id, "by": caller.role}),
            )?;
            let row = attendance::table.find(id).select(Attendance::as_select()).first(conn)?;
            StayView::from_row(&row)
        })
    }

    /// Records that an organisation left.
    pub fn check_out(&self, caller: &Caller, assembly_id: i64, organisation_id: i64) -> AppResult<StayView> {
        may_record_for(caller, organisation_id)?;
        self.write(|conn, now| {
            assemblies::load(conn, assembly_id)?;
            let org = organisations::load(conn, organisation_id)?;
            let stay = open_stay(conn, assembly_id, organisation_id)?
                .ok_or_else(|| AppError::conflict("not_checked_in", Msg::NotCheckedIn { org: org.name.clone() }))?;
            diesel::update(attendance::table.find(stay.id)).set(attendance::left_at.eq(now)).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                "attendance.left",
                format!("assembly:{assembly_id}"),
                json!({"organisation": organisation_id, "stay": stay.id}),
            )?;
            let row = attendance::table.find(stay.id).select(Attendance::as_select()).first(conn)?;
            StayView::from_row(&row)
        })
    }

    /// Every organisation with its presence now: full members first.
    pub fn attendance_list(&self, assembly_id: i64) -> AppResult<Vec<AttendanceLine>> {
        self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            let all: Vec<Organisation> =
                orgs::table.order(orgs::name.asc()).select(Organisation::as_select()).load(conn)?;
            let open: Vec<Attendance> = attendance::table
                .filter(attendance::assembly_id.eq(assembly_id))
                .filter(attendance::left_at.is_null())
                .select(Attendance::as_select())
                .load(conn)?;
            let mut lines = all
                .iter()
                .map(|o| {
                    let present = open
                        .iter()
                        .find(|s| s.organisation_id == o.id)
                        .map(|s| stored(&s.mode, AttendanceMode::parse))
                        .transpose()?;
                    Ok(AttendanceLine { organisation: organisations::OrganisationView::from_row(o)?, present })
                })
                .collect::<AppResult<Vec<_>>>()?;
            lines.sort_by_key(|l| l.organisation.kind != OrgKind::Full);
            Ok(lines)
        })
    }
}
