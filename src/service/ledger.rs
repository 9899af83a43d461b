//! Reading the audit ledger.

use super::{Caller, Services};
use crate::audit;
use crate::domain::role::Role;
use crate::error::AppResult;
pub use crate::input::LedgerFilter;
use crate::store::rows::AuditEvent;
use crate::store::schema::audit_events;
use diesel::prelude::*;

/// One event of the ledger as the auditor reads it (as the API answers it:
/// the time as stored, in UTC, and the payload as its stored JSON text).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct EventView {
    pub seq: i64,
    /// As stored, in UTC, without an offset (not an RFC 3339 date-time).
    #[schema(value_type = String)]
    pub at: chrono::NaiveDateTime,
    pub actor: String,
    pub kind: String,
    pub subject: String,
    pub payload: String,
    pub prev_hash: String,
    pub hash: String,
}

impl From<AuditEvent> for EventView {
    fn from(e: AuditEvent) -> Self {
        let AuditEvent { seq, at, actor, kind, subject, payload, prev_hash, hash } = e;
        EventView { seq, at, actor, kind, subject, payload, prev_hash, hash }
    }
}

/// The ledger's state: how many events, and whether the chain holds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LedgerCheck {
    pub events: usize,
    pub head: Option<String>,
    /// `None` when the chain verifies; else where it breaks.
    pub broken_at: Option<i64>,
}

impl Services {
    /// Events matching a filter, in order, at most `limit` (1 to 10,000)
    /// after `after`: the auditor's view of the ledger.
    pub fn filter_ledger(&self, caller: &Caller, f: &LedgerFilter) -> AppResult<Vec<EventView>> {
        caller.require(&[Role::Auditor, Role::Secretariat])?;
        let limit = f.limit.unwrap_or(1000).clamp(1, 10_000);
        self.read(|conn| {
            let mut q = audit_events::table.filter(audit_events::seq.gt(f.after.max(0))).into_boxed();
            match LedgerFilter::blank(&f.kind) {
                Some(k) if k.ends_with('.') => {
                    q = q.filter(audit_events::kind.like(format!("{}%", k.replace(['%', '_'], ""))));
                }
                Some(k) => q = q.filter(audit_events::kind.eq(k.to_string())),
                None => {}
            }
            if let Some(subject) = LedgerFilter::blank(&f.subject) {
                q = q.filter(audit_events::subject.eq(subject.to_string()));
            }
            if let Some(from) = f.from {
                q = q.filter(audit_events::at.ge(from.naive_utc()));
            }
            if let Some(until) = f.until {
                q = q.filter(audit_events::at.lt(until.naive_utc()));
            }
            if let Some(before) = f.before {
                let mut latest: Vec<AuditEvent> = q
                    .filter(audit_events::seq.lt(before))
                    .order(audit_events::seq.desc())
                    .limit(limit)
                    .select(AuditEvent::as_select())
                    .load(conn)?;
                latest.reverse();
                return Ok(latest.into_iter().map(EventView::from).collect());
            }
            let events: Vec<AuditEvent> =
                q.order(audit_events::seq.asc()).limit(limit).select(AuditEvent::as_select()).load(conn)?;
            Ok(events.into_iter().map(EventView::from).collect())
        })
    }

    /// The ledger's last sequence number (0 when empty), read at once.
    pub fn ledger_head(&self, caller: &Caller) -> AppResult<i64> {
        caller.require(&[Role::Auditor, Role::Secretariat])?;
        self.read(|conn| Ok(crate::audit::head(conn)?.map(|(seq, _)| seq).unwrap_or(0)))
    }

    /// Rechecks the whole chain from the database.
    pub fn check_ledger(&self, caller: &Caller) -> AppResult<LedgerCheck> {
        caller.require(&[Role::Auditor, Role::Secretariat])?;
        self.read(|conn| {
            let mut after = 0;
            let mut checked = 0;
            let mut prev: Option<(i64, String)> = None;
            loop {
                let batch = audit::events_after(conn, after, 5_000)?;
                let Some(last) = batch.last().cloned() else { break };
                let anchor = prev.as_ref().map(|(s, h)| (*s, h.as_str()));
                match audit::verify_chain(&batch, anchor) {
                    Ok(n) => checked += n,
                    Err(e) => {
                        return Ok(LedgerCheck { events: checked, head: None, broken_at: Some(e.seq()) });
                    }
                }
                after = last.seq;
                prev = Some((last.seq, last.hash));
            }
            Ok(LedgerCheck { events: checked, head: prev.map(|(_, h)| h), broken_at: None })
        })
    }
}
