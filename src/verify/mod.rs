//! `plenum verify`: rechecks an evidence bundle with no database and no
//! network. It trusts nothing in the bundle but the public key (and not even
//! that when the auditor gives the key they trust):
//!
//! - the ledger's hash chain, event by event;
//! - every checkpoint's signature, and that the ledger still holds the head
//!   each checkpoint signed (a ledger cut short or rewritten fails here);
//! - every seal's digest and signature;
//! - that each seal agrees with the ledger: one open, one close carrying the
//!   same seal, the ledger head the seal names, no ballot after the close,
//!   the same ballots (by receipt) and the same voters;
//! - every eligibility snapshot, replayed from the ledger's register,
//!   attendance and proxy events up to the poll's opening;
//! - every tally, recounted from the sealed ballots;
//! - every quorum and majority rule, reapplied, with its explanation.
//!
//! Failures are grouped by kind; the exit code is the most fundamental kind
//! found (see [`Kind::exit_code`]).

mod polls;
mod replay;
mod rounds;

use crate::audit::event::{DecodeError, Event};
use crate::audit::{self, seal, ChainError, LedgerEntry};
use crate::export::bundle::{Bundle, FORMAT};
use serde::Serialize;
use std::collections::HashMap;

/// A kind of failure, from the most fundamental to the most derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The bundle cannot be read: not JSON, not this format, a part missing.
    Unreadable,
    /// The ledger's hash chain is broken: an event changed, dropped or moved.
    Chain,
    /// A checkpoint does not match the ledger (cut short or rewritten), or
    /// its signed content was changed.
    Checkpoint,
    /// A signature does not verify with the public key.
    Signature,
    /// A sealed document does not match its digest.
    SealAltered,
    /// A seal disagrees with the ledger: reopened, changed after the close,
    /// other ballots than those recorded.
    SealLedger,
    /// Someone voted who could not, or the snapshot is not who was there.
    Eligibility,
    /// A tally is not the count of its ballots.
    Tally,
    /// An outcome, quorum or explanation is not what the rules give.
    Rule,
    /// A secret seal lists its receipts and choices in an order that could
    /// pair them (each list must be sorted on its own).
    Secrecy,
}

impl Kind {
    /// The process exit code for this kind (0 is success, 1 an I/O error,
    /// 2 a usage error).
    pub fn exit_code(self) -> i32 {
        match self {
            Kind::Unreadable => 3,
            Kind::Chain => 4,
            Kind::Checkpoint => 5,
            Kind::Signature => 6,
            Kind::SealAltered => 7,
            Kind::SealLedger => 8,
            Kind::Eligibility => 9,
            Kind::Tally => 10,
            Kind::Rule => 11,
            Kind::Secrecy => 12,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Unreadable => "unreadable bundle",
            Kind::Chain => "ledger chain broken",
            Kind::Checkpoint => "checkpoint not matched",
            Kind::Signature => "bad signature",
            Kind::SealAltered => "sealed document altered",
            Kind::SealLedger => "seal and ledger disagree",
            Kind::Eligibility => "eligibility not upheld",
            Kind::Tally => "tally wrong",
            Kind::Rule => "rule misapplied",
            Kind::Secrecy => "secret ballot exposed",
        }
    }
}

/// One failure: its kind, what it is about, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: Kind,
    pub subject: String,
    pub message: String,
}

/// What was checked and what failed.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub ok: bool,
    pub exit_code: i32,
    pub assembly: Option<i64>,
    pub public_key: String,
    /// `given` when the auditor passed the key they trust, else `bundle`.
    pub key_source: &'static str,
    pub events: usize,
    pub checkpoints: usize,
    pub polls: usize,
    pub rounds: usize,
    /// Whether approved minutes were checked.
    pub minutes: bool,
    pub findings: Vec<Finding>,
}

/// Collects findings.
#[derive(Debug, Default)]
pub(crate) struct Findings(Vec<Finding>);

impl Findings {
    pub(crate) fn add(&mut self, kind: Kind, subject: impl Into<String>, message: impl Into<String>) {
        self.0.push(Finding { kind, subject: subject.into(), message: message.into() });
    }
}

/// Reads a bundle; on failure, the report that says why.
pub fn read(bytes: &[u8]) -> Result<Bundle, Box<Report>> {
    let unreadable = |message: String| {
        Box::new(Report {
            ok: false,
            exit_code: Kind::Unreadable.exit_code(),
            assembly: None,
            public_key: String::new(),
            key_source: "bundle",
            events: 0,
            checkpoints: 0,
            polls: 0,
            rounds: 0,
            minutes: false,
            findings: vec![Finding { kind: Kind::Unreadable, subject: "bundle".into(), message }],
        })
    };
    // First the format alone (the rest skipped, not built), so that a bundle
    // of another format is named as such; then the bundle itself, straight
    // from the bytes (for a million events, building a `Value` of the whole
    // first took as long again and twice the memory).
    #[derive(serde::Deserialize)]
    struct Format {
        format: Option<serde_json::Value>,
    }
    let not_json = |e: serde_json::Error| unreadable(format!("not a JSON document: {e}"));
    let format = if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        match serde_json::from_slice::<Format>(bytes) {
            Ok(f) => f.format,
            Err(e) if e.is_data() => None, // e.g. "format" twice
            Err(e) => return Err(not_json(e)),
        }
    } else {
        // Not an object (serde would read an array as a struct's fields):
        // valid JSON has no format field, anything else is not JSON.
        serde_json::from_slice::<serde::de::IgnoredAny>(bytes).map_err(not_json)?;
        None
    };
    match format.as_ref().and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        Some(other) => return Err(unreadable(format!("format {other:?}, this build reads {FORMAT:?}"))),
        None => return Err(unreadable(format!("no format field; expected {FORMAT:?}"))),
    }
    serde_json::from_slice(bytes).map_err(|e| unreadable(format!("not a complete {FORMAT} bundle: {e}")))
}

/// The ledger, indexed for the checks that look things up in it, each
/// event decoded once into its type ([`Event`]).
pub(crate) struct Ledger<'a> {
    pub events: &'a [LedgerEntry],
    /// Beside each event, its typed reading; `None` where it has none (an
    /// unknown kind, or a payload that does not fit its kind).
    decoded: Vec<Option<Event>>,
    by_seq: HashMap<i64, usize>,
    by_subject: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Ledger<'a> {
    /// The ledger, and the events that cannot be read: (seq, why).
    fn new(events: &'a [LedgerEntry]) -> (Self, Vec<(i64, DecodeError)>) {
        let mut by_seq = HashMap::with_capacity(events.len());
        let mut by_subject: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut decoded = Vec::with_capacity(events.len());
        let mut unreadable = Vec::new();
        for (i, e) in events.iter().enumerate() {
            by_seq.entry(e.seq).or_insert(i);
            by_subject.entry(e.subject.as_str()).or_default().push(i);
            match Event::decode(&e.kind, &e.payload) {
                Ok(event) => decoded.push(Some(event)),
                Err(why) => {
                    unreadable.push((e.seq, why));
                    decoded.push(None);
                }
            }
        }
        (Ledger { events, decoded, by_seq, by_subject }, unreadable)
    }

    pub fn at_seq(&self, seq: i64) -> Option<&'a LedgerEntry> {
        self.by_seq.get(&seq).map(|i| &self.events[*i])
    }

    /// Every event that can be read, in ledger order, with its typed reading.
    pub fn typed(&self) -> impl Iterator<Item = (&'a LedgerEntry, &Event)> + '_ {
        self.events.iter().zip(&self.decoded).filter_map(|(e, d)| Some((e, d.as_ref()?)))
    }

    /// The events about `subject` that can be read, in ledger order, with
    /// their typed reading.
    pub fn events_about(&self, subject: &str) -> impl Iterator<Item = (&'a LedgerEntry, &Event)> + '_ {
        self.by_subject
            .get(subject)
            .into_iter()
            .flatten()
            .filter_map(|i| Some((&self.events[*i], self.decoded[*i].as_ref()?)))
    }

    pub fn last_seq(&self) -> Option<i64> {
        self.events.last().map(|e| e.seq)
    }
}

/// Checks a bundle. `trusted_key`, when given, is the public key the auditor
/// trusts; the bundle's own key must be the same.
pub fn verify(bundle: &Bundle, trusted_key: Option<&str>) -> Report {
    let mut f = Findings::default();
    let public_key = trusted_key.unwrap_or(&bundle.public_key).trim().to_lowercase();
    if let Some(given) = trusted_key {
        if given.trim().to_lowercase() != bundle.public_key.to_lowercase() {
            f.add(Kind::Signature, "public key", "the bundle names another public key than the one given");
        }
    }
    let assembly = bundle.assembly_id();
    if assembly.is_none() {
        f.add(Kind::Unreadable, "assembly", "the bundle does not say which assembly it is about");
    }

    // The chain.
    let mut broken_at = None;
    if let Err(e) = audit::verify_entries(&bundle.ledger, None) {
        let seq = match e {
            ChainError::Gap { seq, .. }
            | ChainError::Link { seq }
            | ChainError::Payload { seq }
            | ChainError::Hash { seq } => seq,
        };
        f.add(Kind::Chain, format!("event {seq}"), e.to_string());
        broken_at = Some(seq);
    }
    // Every event read as its type, once; one that cannot be is reported,
    // never skipped in silence.
    let (ledger, unreadable) = Ledger::new(&bundle.ledger);
    // From a broken link on, the content is not the ledger's: the chain's
    // finding says so, and what cannot be read there is not reported.
    for (seq, why) in unreadable.into_iter().filter(|(seq, _)| broken_at.is_none_or(|b| *seq < b)) {
        f.add(Kind::Unreadable, format!("event {seq}"), why.to_string());
    }

    // Checkpoints.
    for (i, c) in bundle.checkpoints.iter().enumerate() {
        let subject = format!("checkpoint {} ({} at event {})", i + 1, c.reason, c.seq);
        match c.verify_signature(&public_key) {
            Ok(()) => {}
            Err(seal::SealError::Digest) => f.add(Kind::Checkpoint, &subject, "its content is not what was signed"),
            Err(e) => f.add(Kind::Signature, &subject, e.to_string()),
        }
        if Some(c.assembly) != assembly {
            f.add(Kind::Checkpoint, &subject, "it belongs to another assembly");
        }
        match ledger.at_seq(c.seq) {
            Some(e) if e.hash == c.hash => {}
            Some(_) => f.add(Kind::Checkpoint, &subject, format!("event {} is not the event it signed", c.seq)),
            None => f.add(
                Kind::Checkpoint,
                &subject,
                format!(
                    "the ledger ends at event {} but this checkpoint signed event {}: the ledger was cut short",
                    ledger.last_seq().unwrap_or(0),
                    c.seq
                ),
            ),
        }
    }

    let replay = replay::Replay::new(&ledger, assembly.unwrap_or_default());
    for p in &bundle.polls {
        polls::check(&mut f, &ledger, &replay, &public_key, p);
    }
    for r in &bundle.rounds {
        rounds::check(&mut f, &ledger, &public_key, r);
    }
    if let Some(m) = &bundle.minutes {
        check_minutes(&mut f, &ledger, &public_key, m);
    }

    let findings = f.0;
    let exit_code = findings.iter().map(|x| x.kind).min().map_or(0, Kind::exit_code);
    Report {
        ok: findings.is_empty(),
        exit_code,
        assembly,
        public_key,
        key_source: if trusted_key.is_some() { "given" } else { "bundle" },
        events: bundle.ledger.len(),
        checkpoints: bundle.checkpoints.len(),
        polls: bundle.polls.len(),
        rounds: bundle.rounds.len(),
        minutes: bundle.minutes.is_some(),
        findings,
    }
}

/// Checks a sealed document's digest and signature. `false` when the
/// document is altered: nothing in it can be trusted, so nothing more of it
/// is checked.
pub(crate) fn seal_holds(f: &mut Findings, subject: &str, s: &crate::export::bundle::Sealed, public_key: &str) -> bool {
    match seal::verify(&s.document, &s.digest, &s.signature, public_key) {
        Ok(()) => true,
        Err(seal::SealError::Digest) => {
            f.add(Kind::SealAltered, subject, "the sealed document does not match its digest");
            false
        }
        Err(e) => {
            f.add(Kind::Signature, subject, format!("seal: {e}"));
            true
        }
    }
}

/// The approved minutes: their seal, and the ledger's approval carrying it.
fn check_minutes(f: &mut Findings, ledger: &Ledger<'_>, public_key: &str, m: &crate::export::bundle::Sealed) {
    let subject = "minutes";
    if !seal_holds(f, subject, m, public_key) {
        return;
    }
    let approvals: Vec<_> = ledger
        .events_about(&format!("assembly:{}", m.id))
        .filter_map(|(_, e)| match e {
            Event::MinutesApproved(signed) => Some(signed),
            _ => None,
        })
        .collect();
    match approvals.as_slice() {
        [one] if one.seal == m.digest => {}
        [_] => f.add(Kind::SealLedger, subject, "the ledger approved other minutes than these"),
        _ => f.add(Kind::SealLedger, subject, format!("the ledger approves them {} times, not once", approvals.len())),
    }
}

impl Report {
    /// The report for a person.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        line(format!(
            "plenum verify: assembly {}",
            self.assembly.map_or_else(|| "unknown".to_string(), |a| a.to_string())
        ));
        line(format!("public key ({}): {}", self.key_source, self.public_key));
        if self.key_source == "bundle" {
            line("  compare it with the key the secretariat published; pass --public-key to pin it".into());
        }
        line(format!(
            "checked: {} ledger events, {} checkpoints, {} sealed polls, {} sealed election rounds, {}",
            self.events,
            self.checkpoints,
            self.polls,
            self.rounds,
            if self.minutes { "the approved minutes" } else { "no approved minutes yet" }
        ));
        if self.ok {
            line("result: everything holds".into());
            return out;
        }
        let mut kinds: Vec<Kind> = self.findings.iter().map(|f| f.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        for kind in kinds {
            line(format!("FAILED: {} (exit code {})", kind.label(), kind.exit_code()));
            for finding in self.findings.iter().filter(|f| f.kind == kind) {
                line(format!("  {}: {}", finding.subject, finding.message));
            }
        }
        line(format!("result: {} problem(s); exit code {}", self.findings.len(), self.exit_code));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bundle that cannot be read says why, in the order a reader would
    /// ask: is it JSON, is it this format, is it whole.
    #[test]
    fn an_unreadable_bundle_says_why() {
        let why = |bytes: &[u8]| match read(bytes) {
            Ok(_) => panic!("read {:?}", String::from_utf8_lossy(bytes)),
            Err(report) => {
                assert_eq!(report.exit_code, Kind::Unreadable.exit_code());
                report.findings[0].message.clone()
            }
        };
        let table: [(&[u8], &str); 6] = [
            (b"{\"format\": ", "not a JSON document"),
            (b"not json", "not a JSON document"),
            (b"[1, 2]", "no format field"),
            (b"{\"ledger\": []}", "no format field"),
            (b"{\"format\": 7}", "no format field"),
            (b"{\"format\": \"something-else\"}", "format \"something-else\", this build reads"),
        ];
        for (bytes, want) in table {
            let message = why(bytes);
            assert!(message.starts_with(want), "{:?}: {message}", String::from_utf8_lossy(bytes));
        }
        let message = why(format!("{{\"format\": \"{FORMAT}\", \"ledger\": []}}").as_bytes());
        assert!(message.starts_with(&format!("not a complete {FORMAT} bundle")), "{message}");
    }
}
