//! Reading the audit ledger.

use super::{Caller, Services};
use crate::audit::{self, ChainError};
use crate::domain::role::Role;
use crate::error::AppResult;
use crate::store::rows::AuditEvent;

/// The ledger's state: how many events, and whether the chain holds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LedgerCheck {
    pub events: usize,
    pub head: Option<String>,
    /// `None` when the chain verifies; else where it breaks.
    pub broken_at: Option<i64>,
}

impl Services {
    /// Events after `after` (at most `limit`, 1 to 10,000), for the auditor
    /// and the secretariat.
    pub fn audit_events(&self, caller: &Caller, after: i64, limit: i64) -> AppResult<Vec<AuditEvent>> {
        caller.require(&[Role::Auditor, Role::Secretariat])?;
        self.read(|conn| Ok(audit::events_after(conn, after.max(0), limit.clamp(1, 10_000))?))
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
                        let seq = match e {
                            ChainError::Gap { seq, .. }
                            | ChainError::Link { seq }
                            | ChainError::Payload { seq }
                            | ChainError::Hash { seq } => seq,
                        };
                        return Ok(LedgerCheck { events: checked, head: None, broken_at: Some(seq) });
                    }
                }
                after = last.seq;
                prev = Some((last.seq, last.hash));
            }
            Ok(LedgerCheck { events: checked, head: prev.map(|(_, h)| h), broken_at: None })
        })
    }
}
