//! Read-only display links for the projector. A projector PC should not
//! hold the chair's login: the secretariat makes a link that shows one
//! assembly's hall page and live stream, and nothing else (no names of
//! logged-in people, no forms), and revokes it when the assembly is over or
//! the link has gone astray. Only the token's SHA-256 is kept, so the link
//! is shown once, when made.

use super::auth::{random_token, secret_hash};
use super::{api_time, record, Caller, Services};
use crate::audit::event::{DisplayCreated, Empty, Event};
use crate::domain::ids::AssemblyId;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::store::schema::displays;
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// A display link as the secretariat sees it (never its token).
#[derive(Debug, Clone)]
pub struct DisplayView {
    pub id: i64,
    pub assembly_id: AssemblyId,
    pub created_at: String,
}

/// A link just made: its token, shown this once.
#[derive(Debug, Clone)]
pub struct NewDisplay {
    pub id: i64,
    pub token: String,
}

/// The key a display's live stream is counted and ended under, apart from
/// the sessions' (which are positive).
pub fn stream_key(display_id: i64) -> i64 {
    -display_id
}

impl Services {
    /// Makes a display link for an assembly (secretariat).
    pub fn create_display(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<NewDisplay> {
        caller.require(&[Role::Secretariat])?;
        let token = random_token();
        self.write(|conn, now| {
            super::assemblies::load(conn, assembly_id)?;
            let id: i64 = diesel::insert_into(displays::table)
                .values((
                    displays::assembly_id.eq(assembly_id),
                    displays::token_hash.eq(secret_hash(&token.0)),
                    displays::created_at.eq(now),
                ))
                .returning(displays::id)
                .get_result(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("display:{id}"),
                Event::DisplayCreated(DisplayCreated { assembly: assembly_id.0 }),
            )?;
            Ok(NewDisplay { id, token: token.0.clone() })
        })
    }

    /// Every display link that still works, of any assembly (secretariat):
    /// a link made for an earlier assembly stays revocable once another is
    /// current (an outside review found it listed nowhere, still working).
    pub fn list_all_displays(&self, caller: &Caller) -> AppResult<Vec<DisplayView>> {
        caller.require(&[Role::Secretariat])?;
        self.read(|conn| {
            let rows: Vec<(i64, i64, NaiveDateTime)> = displays::table
                .filter(displays::revoked_at.is_null())
                .order(displays::id.asc())
                .select((displays::id, displays::assembly_id, displays::created_at))
                .load(conn)?;
            Ok(rows
                .into_iter()
                .map(|(id, assembly_id, at)| DisplayView {
                    id,
                    assembly_id: AssemblyId(assembly_id),
                    created_at: api_time(at),
                })
                .collect())
        })
    }

    /// Revokes a display link (secretariat): its page and stream stop.
    pub fn revoke_display(&self, caller: &Caller, id: i64) -> AppResult<()> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let changed = diesel::update(displays::table.find(id).filter(displays::revoked_at.is_null()))
                .set(displays::revoked_at.eq(now))
                .execute(conn)?;
            if changed == 0 {
                return Err(AppError::not_found(crate::i18n::Msg::ThingDisplay));
            }
            record(conn, now, &caller.actor(), format!("display:{id}"), Event::DisplayRevoked(Empty {}))
        })
    }

    /// The display behind a token and its assembly, while the link works.
    /// An unknown or revoked token is `not_found`, whichever it is.
    pub fn display_by_token(&self, token: &str) -> AppResult<(i64, i64)> {
        let hash = secret_hash(token);
        self.read(|conn| {
            displays::table
                .filter(displays::token_hash.eq(hash))
                .filter(displays::revoked_at.is_null())
                .select((displays::id, displays::assembly_id))
                .first(conn)
                .optional()?
                .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingDisplay))
        })
    }
}

/// Of the displays watched (by [`stream_key`]), those revoked, by their keys.
pub(crate) fn revoked(conn: &mut DbConn, keys: &[i64]) -> QueryResult<Vec<i64>> {
    let ids: Vec<i64> = keys.iter().filter(|k| **k < 0).map(|k| -k).collect();
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let live: Vec<i64> = displays::table
        .filter(displays::id.eq_any(&ids))
        .filter(displays::revoked_at.is_null())
        .select(displays::id)
        .load(conn)?;
    Ok(ids.into_iter().filter(|id| !live.contains(id)).map(stream_key).collect())
}
