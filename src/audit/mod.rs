//! The audit ledger: every state change appends an event in the transaction
//! of the change. Events form a hash chain:
//! `hash = SHA-256(prev_hash || canonical JSON of the event)`, where
//! `prev_hash` is the lowercase hex hash of the previous event (64 zeros for
//! the first) and the canonical JSON has sorted keys and no spaces.

pub mod checkpoint;
pub mod poll_seal;
pub mod seal;

use chrono::NaiveDateTime;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
#[cfg(feature = "server")]
use {
    crate::store::{rows::AuditEvent, schema::audit_events, DbConn},
    chrono::SubsecRound,
    diesel::prelude::*,
};

/// The `prev_hash` of the first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Timestamps in the canonical form: UTC, microseconds.
pub fn canonical_time(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// The canonical JSON of an event's content (everything but the hashes).
/// `serde_json`'s map keeps keys sorted, so this is deterministic.
pub fn canonical(seq: i64, at: NaiveDateTime, actor: &str, kind: &str, subject: &str, payload: &Value) -> String {
    canonical_text(seq, &canonical_time(at), actor, kind, subject, payload)
}

/// [`canonical`] with the time already in its canonical text: what an
/// exported event carries, checked as written.
pub fn canonical_text(seq: i64, at: &str, actor: &str, kind: &str, subject: &str, payload: &Value) -> String {
    json!({
        "seq": seq,
        "at": at,
        "actor": actor,
        "kind": kind,
        "subject": subject,
        "payload": payload,
    })
    .to_string()
}

/// `SHA-256(prev_hash || canonical)`, as lowercase hex.
pub fn chain_hash(prev_hash: &str, canonical: &str) -> String {
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(canonical.as_bytes());
    hex::encode(h.finalize())
}

/// Who did something: an account, or the system itself (CLI, demo seed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Account(i64),
    System(&'static str),
}

impl Actor {
    pub fn label(&self) -> String {
        match self {
            Actor::Account(id) => format!("account:{id}"),
            Actor::System(what) => format!("system:{what}"),
        }
    }
}

/// An event to append: what happened to what.
pub struct Entry<'a> {
    pub actor: &'a Actor,
    pub kind: &'a str,
    pub subject: String,
    pub payload: Value,
}

/// The last event, if any.
#[cfg(feature = "server")]
pub fn head(conn: &mut DbConn) -> QueryResult<Option<(i64, String)>> {
    crate::store::ledger_head(conn)
}

/// Appends an event. Call inside the write transaction of the change
/// ([`crate::store::write_tx`]), which serialises appends.
#[cfg(feature = "server")]
pub fn append(conn: &mut DbConn, at: NaiveDateTime, entry: Entry<'_>) -> QueryResult<AuditEvent> {
    let at = at.trunc_subsecs(6);
    let known = crate::store::group_commit::with_batch(|b| b.head.clone()).flatten();
    let current = match known {
        Some(h) => h,
        None => head(conn)?,
    };
    let (seq, prev_hash) = match current {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_string()),
    };
    let actor = entry.actor.label();
    let payload = entry.payload.to_string();
    let canonical = canonical(seq, at, &actor, entry.kind, &entry.subject, &entry.payload);
    let hash = chain_hash(&prev_hash, &canonical);
    let event =
        AuditEvent { seq, at, actor, kind: entry.kind.to_string(), subject: entry.subject, payload, prev_hash, hash };
    // In a group-commit batch the event is written with the batch's others,
    // before the batch commits; elsewhere, now.
    let deferred = crate::store::group_commit::with_batch(|b| {
        b.head = Some(Some((event.seq, event.hash.clone())));
        b.events.push(event.clone());
    });
    if deferred.is_none() {
        diesel::insert_into(audit_events::table).values(&event).execute(conn)?;
    }
    Ok(event)
}

/// Where and why a chain does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainError {
    #[error("event {seq}: expected sequence number {expected}")]
    Gap { seq: i64, expected: i64 },
    #[error("event {seq}: its prev_hash is not the hash of the event before it")]
    Link { seq: i64 },
    #[error("event {seq}: its payload is not valid JSON")]
    Payload { seq: i64 },
    #[error("event {seq}: its hash does not match its content")]
    Hash { seq: i64 },
}

/// An event as exported: the time in its canonical text and the payload as
/// JSON, so a reader rechecks exactly what it was given.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LedgerEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub subject: String,
    pub payload: Value,
    pub prev_hash: String,
    pub hash: String,
}

impl LedgerEntry {
    /// The exported form of a stored event; `None` if its payload is not JSON.
    #[cfg(feature = "server")]
    pub fn from_event(e: &AuditEvent) -> Option<LedgerEntry> {
        Some(LedgerEntry {
            seq: e.seq,
            at: canonical_time(e.at),
            actor: e.actor.clone(),
            kind: e.kind.clone(),
            subject: e.subject.clone(),
            payload: serde_json::from_str(&e.payload).ok()?,
            prev_hash: e.prev_hash.clone(),
            hash: e.hash.clone(),
        })
    }
}

/// Verifies a chain from its first event, or from `after` (the seq and hash
/// of a trusted earlier event). Returns the number of events checked.
#[cfg(feature = "server")]
pub fn verify_chain(events: &[AuditEvent], after: Option<(i64, &str)>) -> Result<usize, ChainError> {
    let entries = events
        .iter()
        .map(|e| LedgerEntry::from_event(e).ok_or(ChainError::Payload { seq: e.seq }))
        .collect::<Result<Vec<_>, _>>()?;
    verify_entries(&entries, after)
}

/// [`verify_chain`] over exported events.
pub fn verify_entries(events: &[LedgerEntry], after: Option<(i64, &str)>) -> Result<usize, ChainError> {
    let (mut expected_seq, mut prev) = match after {
        Some((seq, hash)) => (seq + 1, hash.to_string()),
        None => (1, GENESIS.to_string()),
    };
    for e in events {
        if e.seq != expected_seq {
            return Err(ChainError::Gap { seq: e.seq, expected: expected_seq });
        }
        if e.prev_hash != prev {
            return Err(ChainError::Link { seq: e.seq });
        }
        let canonical = canonical_text(e.seq, &e.at, &e.actor, &e.kind, &e.subject, &e.payload);
        if chain_hash(&e.prev_hash, &canonical) != e.hash {
            return Err(ChainError::Hash { seq: e.seq });
        }
        prev.clone_from(&e.hash);
        expected_seq += 1;
    }
    Ok(events.len())
}

/// Events after `after`, in order, at most `limit`.
#[cfg(feature = "server")]
pub fn events_after(conn: &mut DbConn, after: i64, limit: i64) -> QueryResult<Vec<AuditEvent>> {
    audit_events::table
        .filter(audit_events::seq.gt(after))
        .order(audit_events::seq.asc())
        .limit(limit)
        .select(AuditEvent::as_select())
        .load(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn chain(n: i64) -> Vec<AuditEvent> {
        let at = NaiveDate::from_ymd_opt(2026, 5, 16).unwrap().and_hms_micro_opt(9, 30, 0, 120).unwrap();
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let payload = json!({"n": seq, "z": "last", "a": [1, 2]});
                let c = canonical(seq, at, "account:1", "test.event", "poll:1", &payload);
                let hash = chain_hash(&prev, &c);
                let e = AuditEvent {
                    seq,
                    at,
                    actor: "account:1".into(),
                    kind: "test.event".into(),
                    subject: "poll:1".into(),
                    payload: payload.to_string(),
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                e
            })
            .collect()
    }

    #[test]
    fn canonical_json_sorts_keys() {
        let at = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap().and_hms_opt(3, 4, 5).unwrap();
        let c = canonical(7, at, "system:demo", "k", "s", &json!({"b": 1, "a": 2}));
        assert_eq!(
            c,
            r#"{"actor":"system:demo","at":"2026-01-02T03:04:05.000000Z","kind":"k","payload":{"a":2,"b":1},"seq":7,"subject":"s"}"#
        );
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify_chain(&chain(5), None), Ok(5));
        let c = chain(5);
        assert_eq!(verify_chain(&c[2..], Some((2, &c[1].hash))), Ok(3));
    }

    #[test]
    fn every_tampering_is_caught() {
        let c = chain(4);
        let mut t = c.clone();
        t[2].payload = r#"{"a":[1,2],"n":3,"z":"LAST"}"#.into();
        assert_eq!(verify_chain(&t, None), Err(ChainError::Hash { seq: 3 }));
        let mut t = c.clone();
        t[1].actor = "account:2".into();
        assert_eq!(verify_chain(&t, None), Err(ChainError::Hash { seq: 2 }));
        let mut t = c.clone();
        t.remove(1);
        assert_eq!(verify_chain(&t, None), Err(ChainError::Gap { seq: 3, expected: 2 }));
        let mut t = c.clone();
        t.swap(1, 2);
        assert!(verify_chain(&t, None).is_err());
        let mut t = c.clone();
        t[3].prev_hash = t[1].hash.clone();
        assert_eq!(verify_chain(&t, None), Err(ChainError::Link { seq: 4 }));
        let mut t = c;
        t[0].at += chrono::Duration::microseconds(1);
        assert_eq!(verify_chain(&t, None), Err(ChainError::Hash { seq: 1 }));
    }
}
