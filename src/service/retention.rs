//! Personal data kept outside the ledger, erased after the retention period
//! (`personal_data_retention_days`): the rows of ended sessions, which hold
//! the client address a login came from, and failed logins (an address and
//! the digest of what was typed). The ledger keeps neither, so erasing them
//! leaves the chain as it was.

use super::{record, Services};
use crate::audit::event::{Event, PersonalDataErased};
use crate::audit::{canonical_time, Actor};
use crate::error::AppResult;
use crate::store::schema::{login_failures, sessions};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

/// What one erasure removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Erased {
    /// Ended sessions whose row (with its client address) was deleted.
    pub sessions: usize,
    /// Failed logins deleted.
    pub login_failures: usize,
    /// The cut-off: what was recorded at or before it was erased.
    pub before: NaiveDateTime,
}

/// How often the server erases what is due (it also does at start).
pub const ERASE_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

impl Services {
    /// Erases, in one transaction, the personal data whose retention period
    /// has passed: sessions logged in at or before the cut-off that have
    /// ended (a session still valid keeps its address until it ends), and
    /// failed logins at or before it. When anything was erased, the ledger
    /// records `personal_data.erased` with the counts and the cut-off in the
    /// same transaction; a run that finds nothing records nothing, so two
    /// instances running it on one database (their writes are serialised)
    /// erase each row once and record each erasure once.
    pub fn erase_expired_personal_data(&self) -> AppResult<Erased> {
        let days = self.settings.personal_data_retention_days;
        self.write(|conn, now| {
            let before = now - Duration::days(days);
            let ended = sessions::table.filter(sessions::created_at.le(before)).filter(sessions::expires_at.le(now));
            let sessions = diesel::delete(ended).execute(conn)?;
            let login_failures =
                diesel::delete(login_failures::table.filter(login_failures::at.le(before))).execute(conn)?;
            let erased = Erased { sessions, login_failures, before };
            if sessions + login_failures > 0 {
                record(
                    conn,
                    now,
                    &Actor::System("retention"),
                    "personal_data".to_string(),
                    Event::PersonalDataErased(PersonalDataErased {
                        sessions: sessions as u64,
                        login_failures: login_failures as u64,
                        before: canonical_time(before),
                    }),
                )?;
            }
            Ok(erased)
        })
    }
}
