//! Who is here: the reads that attendance, proxies, quorum and the
//! eligibility snapshot share.

use super::rows::Attendance;
use super::schema::{attendance, organisations, proxies};
use super::DbConn;
use crate::domain::ids::AssemblyId;
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::proxy::{Live, Presence};
use diesel::prelude::*;

/// The open stay of an organisation, if it is here.
pub fn open_stay(conn: &mut DbConn, assembly_id: AssemblyId, organisation_id: i64) -> QueryResult<Option<Attendance>> {
    attendance::table
        .filter(attendance::assembly_id.eq(assembly_id))
        .filter(attendance::organisation_id.eq(organisation_id))
        .filter(attendance::left_at.is_null())
        .select(Attendance::as_select())
        .first(conn)
        .optional()
}

/// The live proxies of an assembly (neither revoked nor void).
pub fn live_proxies(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<Vec<Live>> {
    let rows: Vec<(i64, i64)> = proxies::table
        .filter(proxies::assembly_id.eq(assembly_id))
        .filter(proxies::revoked_at.is_null())
        .filter(proxies::void_at.is_null())
        .select((proxies::grantor_id, proxies::holder_id))
        .load(conn)?;
    Ok(rows.into_iter().map(|(grantor, holder)| Live { grantor, holder }).collect())
}

/// Who counts at an assembly now ([`Presence`]); for a closed assembly,
/// by the register as it stood at the close (`register_at_close`), so a
/// later change to the register does not move its quorum.
pub fn presence(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<Presence> {
    if let Some(members) = super::register_at_close::of(conn, assembly_id)? {
        let full_active: Vec<i64> =
            members.iter().filter(|m| m.kind == OrgKind::Full && m.status == OrgStatus::Active).map(|m| m.id).collect();
        let mut present: Vec<i64> = attendance::table
            .filter(attendance::assembly_id.eq(assembly_id))
            .filter(attendance::left_at.is_null())
            .select(attendance::organisation_id)
            .load(conn)?;
        present.retain(|id| full_active.binary_search(id).is_ok());
        present.sort_unstable();
        present.dedup();
        let live = live_proxies(conn, assembly_id)?;
        return Ok(Presence::of(full_active, present, &live));
    }
    let full_active: Vec<i64> = organisations::table
        .filter(organisations::kind.eq(OrgKind::Full))
        .filter(organisations::status.eq(OrgStatus::Active))
        .order(organisations::id.asc())
        .select(organisations::id)
        .load(conn)?;
    let present: Vec<i64> = attendance::table
        .inner_join(organisations::table)
        .filter(attendance::assembly_id.eq(assembly_id))
        .filter(attendance::left_at.is_null())
        .filter(organisations::kind.eq(OrgKind::Full))
        .filter(organisations::status.eq(OrgStatus::Active))
        .order(organisations::id.asc())
        .select(organisations::id)
        .load(conn)?;
    let live = live_proxies(conn, assembly_id)?;
    Ok(Presence::of(full_active, present, &live))
}
