//! The audit ledger: every state change appends an event in the transaction
//! of the change. Events form a hash chain:
//! `hash = SHA-256(prev_hash || canonical JSON of the event)`, where
//! `prev_hash` is the lowercase hex hash of the previous event (64 zeros for
//! the first) and the canonical JSON has sorted keys and no spaces.

pub mod checkpoint;
pub mod event;
pub mod poll_seal;
pub mod round_seal;
pub mod seal;

use chrono::NaiveDateTime;
use serde_json::Value;
use sha2::{Digest, Sha256};
#[cfg(feature = "server")]
use {
    crate::store::{group_commit::Batch, rows::AuditEvent, schema::audit_events, DbConn},
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
    // Fields declared in sorted order: serde writes the canonical text
    // straight from the borrowed parts, without copying the payload into a
    // new `Value` (`plenum verify` does this once per event).
    #[derive(serde::Serialize)]
    struct Canonical<'a> {
        actor: &'a str,
        at: &'a str,
        kind: &'a str,
        payload: &'a Value,
        seq: i64,
        subject: &'a str,
    }
    let event = Canonical { actor, at, kind, payload, seq, subject };
    // Serialising strings, numbers and a `Value` cannot fail.
    serde_json::to_string(&event).unwrap_or_default()
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

/// Where a change's ledger events go: straight into the ledger
/// ([`DbConn`], inside the write transaction of the change, which
/// serialises appends), or deferred to the ballot writer's batch
/// ([`Batch`], inserted with the batch's others before it commits).
#[cfg(feature = "server")]
pub trait Ledger {
    /// Appends an event chained to the ledger's head.
    fn append(&mut self, at: NaiveDateTime, entry: Entry<'_>) -> QueryResult<AuditEvent>;
}

#[cfg(feature = "server")]
impl Ledger for DbConn {
    fn append(&mut self, at: NaiveDateTime, entry: Entry<'_>) -> QueryResult<AuditEvent> {
        let event = chained(head(self)?, at, entry);
        diesel::insert_into(audit_events::table).values(&event).execute(self)?;
        Ok(event)
    }
}

#[cfg(feature = "server")]
impl Ledger for Batch<'_> {
    fn append(&mut self, at: NaiveDateTime, entry: Entry<'_>) -> QueryResult<AuditEvent> {
        let event = chained(self.head().clone(), at, entry);
        self.defer_event(event.clone());
        Ok(event)
    }
}

/// The event that follows `head`.
#[cfg(feature = "server")]
fn chained(head: Option<(i64, String)>, at: NaiveDateTime, entry: Entry<'_>) -> AuditEvent {
    let at = at.trunc_subsecs(6);
    let (seq, prev_hash) = match head {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_string()),
    };
    let actor = entry.actor.label();
    let payload = entry.payload.to_string();
    let canonical = canonical(seq, at, &actor, entry.kind, &entry.subject, &entry.payload);
    let hash = chain_hash(&prev_hash, &canonical);
    AuditEvent { seq, at, actor, kind: entry.kind.to_string(), subject: entry.subject, payload, prev_hash, hash }
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
    #[error("skipped events {first_seq} to {last_seq}: not a run of left-out events (empty, or next to another run)")]
    Run { first_seq: i64, last_seq: i64 },
}

impl ChainError {
    /// The event where the chain breaks.
    pub fn seq(&self) -> i64 {
        match *self {
            ChainError::Gap { seq, .. }
            | ChainError::Link { seq }
            | ChainError::Payload { seq }
            | ChainError::Hash { seq } => seq,
            ChainError::Run { first_seq, .. } => first_seq,
        }
    }
}

/// A maximal run of consecutive ledger events left out of an export, with
/// the hash of its last event (the next included event's `prev_hash`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SkippedRun {
    pub first_seq: i64,
    pub last_seq: i64,
    pub hash: String,
}

impl SkippedRun {
    /// The number of events in the run (0 if it is not a run).
    pub fn events(&self) -> u64 {
        u64::try_from(self.last_seq.saturating_sub(self.first_seq)).map_or(0, |n| n.saturating_add(1))
    }

    /// The number of events in runs.
    pub fn total(runs: &[SkippedRun]) -> u64 {
        runs.iter().fold(0, |n, r| n.saturating_add(r.events()))
    }
}

/// An event as exported: the time in its canonical text and the payload as
/// JSON, so a reader rechecks exactly what it was given.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LedgerEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub kind: String,
    pub subject: String,
    #[serde(deserialize_with = "crate::strict_json::value")]
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

/// [`verify_chain`] over exported events. The first event that fails is
/// the one reported, as a reader going down the ledger would find it: its
/// place (`Gap`), its link to the previous event (`Link`), then its own
/// hash (`Hash`).
pub fn verify_entries(events: &[LedgerEntry], after: Option<(i64, &str)>) -> Result<usize, ChainError> {
    let (first_seq, mut prev) = match after {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS),
    };
    // Places and links: a cheap pass in order.
    let mut broken = None;
    for (i, e) in events.iter().enumerate() {
        let expected = first_seq + i as i64;
        if e.seq != expected {
            broken = Some((i, ChainError::Gap { seq: e.seq, expected }));
            break;
        }
        if e.prev_hash != prev {
            broken = Some((i, ChainError::Link { seq: e.seq }));
            break;
        }
        prev = &e.hash;
    }
    // Each event's hash depends only on its own content and `prev_hash`
    // (linked above), so the events before the first broken place are
    // checked in parallel, a slice per core.
    let linked = broken.as_ref().map_or(events.len(), |(i, _)| *i);
    if let Some(i) = first_bad_hash(&events[..linked]) {
        return Err(ChainError::Hash { seq: events[i].seq });
    }
    match broken {
        Some((_, e)) => Err(e),
        None => Ok(events.len()),
    }
}

/// [`verify_entries`] over a ledger with events left out: `events` and
/// `skipped` (each in seq order) together cover the ledger from its first
/// event, contiguously; each included event links to the item before it
/// (event or run), and two runs are never next to each other (a run is
/// maximal). Returns the number of included events checked.
pub fn verify_scoped(events: &[LedgerEntry], skipped: &[SkippedRun]) -> Result<usize, ChainError> {
    let (mut i, mut j) = (0, 0);
    let mut expected = 1;
    let mut prev = GENESIS;
    let mut after_run = false;
    let mut broken = None;
    while i < events.len() || j < skipped.len() {
        let event_next = match (events.get(i), skipped.get(j)) {
            (Some(e), Some(r)) => e.seq < r.first_seq,
            (Some(_), None) => true,
            _ => false,
        };
        if event_next {
            let e = &events[i];
            if e.seq != expected {
                broken = Some(ChainError::Gap { seq: e.seq, expected });
                break;
            }
            if e.prev_hash != prev {
                broken = Some(ChainError::Link { seq: e.seq });
                break;
            }
            prev = &e.hash;
            expected = expected.saturating_add(1);
            after_run = false;
            i += 1;
        } else {
            let r = &skipped[j];
            if r.first_seq != expected {
                broken = Some(ChainError::Gap { seq: r.first_seq, expected });
                break;
            }
            if r.last_seq < r.first_seq || after_run {
                broken = Some(ChainError::Run { first_seq: r.first_seq, last_seq: r.last_seq });
                break;
            }
            prev = &r.hash;
            expected = r.last_seq.saturating_add(1);
            after_run = true;
            j += 1;
        }
    }
    if let Some(k) = first_bad_hash(&events[..i]) {
        return Err(ChainError::Hash { seq: events[k].seq });
    }
    match broken {
        Some(e) => Err(e),
        None => Ok(events.len()),
    }
}

/// The index of the first event whose hash is not its content's.
fn first_bad_hash(events: &[LedgerEntry]) -> Option<usize> {
    let bad = |e: &LedgerEntry| {
        chain_hash(&e.prev_hash, &canonical_text(e.seq, &e.at, &e.actor, &e.kind, &e.subject, &e.payload)) != e.hash
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if threads == 1 || events.len() < 4_096 {
        return events.iter().position(bad);
    }
    let per_thread = events.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let slices: Vec<_> = events
            .chunks(per_thread)
            .enumerate()
            .map(|(k, slice)| scope.spawn(move || slice.iter().position(bad).map(|i| k * per_thread + i)))
            .collect();
        // In order: the first slice with a bad hash has the first one. A
        // thread's panic goes on here, as it would have checked in order.
        slices.into_iter().find_map(|handle| handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })
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
    use serde_json::json;

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

    /// The event's text is what a `Value` of it prints, whatever the payload
    /// holds (nesting, escapes, unicode, numbers of every kind).
    #[test]
    fn canonical_text_is_what_a_value_prints() {
        for payload in [
            json!(null),
            json!({"z": [1, -2, 3.5, {"b": "\"quoted\"\n", "a": null}], "a": "é ✓ \u{0007}"}),
            json!({"organisation": 12, "receipt_hash": "ab".repeat(32), "big": u64::MAX, "neg": i64::MIN}),
        ] {
            let text = canonical_text(3, "2026-01-02T03:04:05.000000Z", "account:1", "ballot.cast", "poll:1", &payload);
            let value = json!({
                "seq": 3, "at": "2026-01-02T03:04:05.000000Z", "actor": "account:1",
                "kind": "ballot.cast", "subject": "poll:1", "payload": payload,
            });
            assert_eq!(text, value.to_string());
        }
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

    /// A ledger with events left out checks across its runs: each event
    /// links to the run before it; a gap, an overlap, a wrong run hash, two
    /// runs side by side or an empty run break it.
    #[test]
    fn a_scoped_ledger_checks_across_its_skipped_runs() {
        let all: Vec<LedgerEntry> = chain(8).iter().map(|e| LedgerEntry::from_event(e).expect("json")).collect();
        let run = |a: i64, b: i64| SkippedRun { first_seq: a, last_seq: b, hash: all[b as usize - 1].hash.clone() };
        let keep = |seqs: &[i64]| all.iter().filter(|e| seqs.contains(&e.seq)).cloned().collect::<Vec<_>>();
        // Events 3, 6 and 7 kept; 1-2, 4-5 and 8 left out.
        let events = keep(&[3, 6, 7]);
        let runs = vec![run(1, 2), run(4, 5), run(8, 8)];
        assert_eq!(verify_scoped(&events, &runs), Ok(3));
        assert_eq!(verify_scoped(&all, &[]), Ok(8));
        assert_eq!(verify_scoped(&[], &[run(1, 8)]), Ok(0));
        let mut r = runs.clone();
        r[1].hash = all[3].hash.clone();
        assert_eq!(verify_scoped(&events, &r), Err(ChainError::Link { seq: 6 }));
        let mut r = runs.clone();
        r[1].last_seq = 4;
        assert_eq!(verify_scoped(&events, &r), Err(ChainError::Gap { seq: 6, expected: 5 }));
        let mut r = runs.clone();
        r[0].last_seq = 3;
        assert_eq!(verify_scoped(&events, &r), Err(ChainError::Gap { seq: 3, expected: 4 }));
        let r = vec![run(1, 2), run(4, 4), run(5, 5), run(8, 8)];
        assert_eq!(verify_scoped(&events, &r), Err(ChainError::Run { first_seq: 5, last_seq: 5 }));
        let r = vec![run(1, 2), SkippedRun { first_seq: 4, last_seq: 3, hash: all[4].hash.clone() }, run(8, 8)];
        assert!(matches!(verify_scoped(&events, &r), Err(ChainError::Run { first_seq: 4, .. })));
        // An included event changed: its own hash, even after a run.
        let mut e = events.clone();
        e[1].payload = json!({"n": 0});
        assert_eq!(verify_scoped(&e, &runs), Err(ChainError::Hash { seq: 6 }));
        // The ledger must start at the first event.
        assert_eq!(verify_scoped(&events, &runs[1..]), Err(ChainError::Gap { seq: 3, expected: 1 }));
    }

    /// A ledger long enough to be checked a slice per core reports the same
    /// first failure as one read in order: the earliest event, and for one
    /// event its place and link before its hash.
    #[test]
    fn a_long_ledger_reports_its_first_failure() {
        let n = 20_000;
        let mut prev = GENESIS.to_string();
        let c: Vec<LedgerEntry> = (1..=n)
            .map(|seq| {
                let at = "2026-05-16T09:30:00.000120Z";
                let payload = json!({"n": seq});
                let hash = chain_hash(&prev, &canonical_text(seq, at, "account:1", "ballot.cast", "poll:1", &payload));
                LedgerEntry {
                    seq,
                    at: at.into(),
                    actor: "account:1".into(),
                    kind: "ballot.cast".into(),
                    subject: "poll:1".into(),
                    payload,
                    prev_hash: std::mem::replace(&mut prev, hash.clone()),
                    hash,
                }
            })
            .collect();
        assert_eq!(verify_entries(&c, None), Ok(n as usize));
        let tamper = |t: &mut Vec<LedgerEntry>, i: usize| t[i].payload = json!({"n": -1});
        for i in [0, 4_999, 5_000, 9_999, 10_000, 19_999] {
            let mut t = c.clone();
            tamper(&mut t, i);
            tamper(&mut t, 19_999);
            assert_eq!(verify_entries(&t, None), Err(ChainError::Hash { seq: i as i64 + 1 }), "event {i}");
        }
        // A broken link after a bad hash: the hash, which comes first.
        let mut t = c.clone();
        tamper(&mut t, 12_000);
        t[15_000].prev_hash = "ab".into();
        assert_eq!(verify_entries(&t, None), Err(ChainError::Hash { seq: 12_001 }));
        // A bad hash after a broken link, and on the same event: the link.
        let mut t = c.clone();
        t[3_000].prev_hash = "ab".into();
        tamper(&mut t, 18_000);
        assert_eq!(verify_entries(&t, None), Err(ChainError::Link { seq: 3_001 }));
        // A gap, and the event after it altered too: the gap.
        let mut t = c;
        t.remove(7_000);
        tamper(&mut t, 7_000);
        assert_eq!(verify_entries(&t, None), Err(ChainError::Gap { seq: 7_002, expected: 7_001 }));
    }
}
