//! The register as it stood when an assembly closed (`register_at_close`):
//! written once by the close, read by the minutes, so that a change to the
//! register after the close (a new member, a member made an affiliate, a
//! name corrected) never changes what the minutes say of the session.

use super::schema::{organisations, register_at_close as rc};
use super::DbConn;
use crate::domain::ids::AssemblyId;
use crate::domain::organisation::{OrgKind, OrgStatus};
use diesel::prelude::*;

/// One organisation as the register had it at the close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub name: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
}

/// Copies the register for `assembly_id`, in the closing transaction.
pub fn take(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<usize> {
    let rows: Vec<(i64, String, OrgKind, OrgStatus)> = organisations::table
        .select((organisations::id, organisations::name, organisations::kind, organisations::status))
        .load(conn)?;
    let mut written = 0;
    // 5 values a row: well under either database's bound per statement.
    for chunk in rows.chunks(1000) {
        let values: Vec<_> = chunk
            .iter()
            .map(|(id, name, kind, status)| {
                (
                    rc::assembly_id.eq(assembly_id),
                    rc::organisation_id.eq(*id),
                    rc::name.eq(name),
                    rc::kind.eq(*kind),
                    rc::status.eq(*status),
                )
            })
            .collect();
        // Multi-row inserts are spelt per backend (as the ballot writer's).
        written += match conn {
            DbConn::Sqlite(c) => diesel::insert_into(rc::table).values(values).execute(c)?,
            DbConn::Pg(c) => diesel::insert_into(rc::table).values(values).execute(c)?,
        };
    }
    Ok(written)
}

/// The register at `assembly_id`'s close, if it was taken, by id.
pub fn of(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<Option<Vec<Member>>> {
    let rows: Vec<(i64, String, OrgKind, OrgStatus)> = rc::table
        .filter(rc::assembly_id.eq(assembly_id))
        .order(rc::organisation_id.asc())
        .select((rc::organisation_id, rc::name, rc::kind, rc::status))
        .load(conn)?;
    if rows.is_empty() {
        return Ok(None);
    }
    Ok(Some(rows.into_iter().map(|(id, name, kind, status)| Member { id, name, kind, status }).collect()))
}
