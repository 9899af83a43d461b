//! `plenum verify`: rechecks an evidence bundle with no database and no
//! network. It trusts nothing in the bundle but the public key (and not even
//! that when the auditor gives the key they trust):
//!
//! - the strict reading: no key given twice anywhere, no field this format
//!   does not have, the file within its size bound, no more seals than the
//!   ledger has closes;
//! - the signed manifest: every part it lists present and the same, nothing
//!   present that it does not list;
//! - the ledger's hash chain, event by event, across the skipped runs of
//!   events left out of the bundle;
//! - completeness against the ledger: every close has its seal and every
//!   seal its close, every session's opening, suspension or close and the
//!   minutes' approval its checkpoint, approved minutes their seal; a closed
//!   assembly's ledger ends at its last checkpoint;
//! - scope: no event of another assembly, no account's or login's event;
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

/// The events about a subject of one kind, each with its ledger entry, in
/// ledger order: `of_kind!(ledger, "poll:3", Event::PollOpened)`; with
/// `before N`, only those before the event numbered N.
macro_rules! of_kind {
    ($ledger:expr, $subject:expr, $variant:path) => {
        of_kind!($ledger, $subject, $variant, before i64::MAX)
    };
    ($ledger:expr, $subject:expr, $variant:path, before $seq:expr) => {
        $ledger
            .events_about($subject)
            .filter(|(e, _)| e.seq < $seq)
            .filter_map(|(e, event)| match event {
                $variant(payload) => Some((e, payload)),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
}

mod minutes;
mod polls;
mod replay;
mod rounds;

use crate::audit::event::{DecodeError, Event};
use crate::audit::{self, checkpoint, seal, LedgerEntry, SkippedRun};
use crate::domain::assembly::AssemblyState;
use crate::export::bundle::{in_scope, Bundle, Manifest, Sealed, FORMAT, FORMAT_V1, FORMAT_V2};
use crate::strict_json;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The largest bundle `plenum verify` reads unless told otherwise
/// (`--max-bytes`): a 1,000,000-event ledger is about 350 MB.
pub const DEFAULT_MAX_BYTES: u64 = 2_000_000_000;

/// A kind of failure, from the most fundamental to the most derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The bundle cannot be read: not JSON, a key given twice, not this
    /// format, a field missing or one the format does not have, over the
    /// size bound.
    Unreadable,
    /// The ledger's hash chain is broken: an event changed, dropped or moved.
    Chain,
    /// A checkpoint does not match the ledger (cut short or rewritten), its
    /// signed content was changed, or a closed assembly's ledger goes on
    /// after its last checkpoint.
    Checkpoint,
    /// A signature does not verify with the public key (a seal's, a
    /// checkpoint's or the manifest's), or the manifest was changed.
    Signature,
    /// A sealed document does not match its digest.
    SealAltered,
    /// The bundle is not whole: a part the manifest lists is missing or
    /// another, a part is there that it does not list or twice, or the
    /// ledger records a close, a session's change or an approval whose seal
    /// or checkpoint is not in the bundle.
    Incomplete,
    /// The bundle holds what is not its assembly's: another assembly's
    /// event, an account's or a login's.
    Scope,
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
            Kind::Incomplete => 13,
            Kind::Scope => 14,
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
            Kind::Incomplete => "bundle incomplete",
            Kind::Scope => "outside the assembly",
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
    /// Ledger events included, and those left out (as skipped runs).
    pub events: usize,
    pub skipped_events: u64,
    /// Included events after the last checkpoint of an assembly that is
    /// not closed: covered only by the export's signature (a note, not a
    /// failure).
    pub after_last_checkpoint: usize,
    pub checkpoints: usize,
    pub polls: usize,
    pub rounds: usize,
    /// Whether approved minutes were checked.
    pub minutes: bool,
    /// The bundle could not be read: nothing in it was checked.
    pub refused: bool,
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

/// "1 checkpoint", "2 checkpoints".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A report of a bundle refused before it was checked.
fn refused(kind: Kind, message: String) -> Box<Report> {
    Box::new(Report {
        ok: false,
        exit_code: kind.exit_code(),
        assembly: None,
        public_key: String::new(),
        key_source: "bundle",
        events: 0,
        skipped_events: 0,
        after_last_checkpoint: 0,
        checkpoints: 0,
        polls: 0,
        rounds: 0,
        minutes: false,
        refused: true,
        findings: vec![Finding { kind, subject: "bundle".into(), message }],
    })
}

/// The report for a file over the size bound, refused unread.
pub fn too_large(len: u64, max_bytes: u64) -> Box<Report> {
    refused(
        Kind::Unreadable,
        format!(
            "the file is {len} bytes, over the bound of {max_bytes} bytes (--max-bytes): \
             not read; raise the bound if the bundle is expected to be this large"
        ),
    )
}

/// Reads a bundle of at most [`DEFAULT_MAX_BYTES`]; on failure, the report
/// that says why.
pub fn read(bytes: &[u8]) -> Result<Bundle, Box<Report>> {
    read_bounded(bytes, DEFAULT_MAX_BYTES)
}

/// The JSON values and object keys a bundle of `bytes` bytes may build:
/// one per 6 bytes, and a floor for small files. Real bundles hold one per
/// 13 bytes or so (an event about 14, a seal about 11, the register 8 to
/// 10), so no real bundle comes near it; a file of `[[],[],…]` (one per 3
/// bytes, each built value taking 32 bytes and more) or of `{"a":0,…}` is
/// refused as it is read, not after it has taken ten times its size and
/// more in memory.
pub fn value_budget(bytes: usize) -> u64 {
    bytes as u64 / 6 + 100_000
}

/// Reads a bundle strictly, in one pass over the bytes: within `max_bytes`
/// and its [`value_budget`], JSON with no key given twice at any depth, this
/// format, no field the format does not have, and no more seals than the
/// ledger has closes (checked before any seal is). On failure, the report
/// that says why.
pub fn read_bounded(bytes: &[u8], max_bytes: u64) -> Result<Bundle, Box<Report>> {
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64, max_bytes));
    }
    let unreadable = |message: String| refused(Kind::Unreadable, message);
    // Straight from the bytes (for a million events, building a `Value` of
    // the whole first took as long again and twice the memory).
    // Every part of the bundle is an object with its names: the array form
    // serde also reads is refused (`strict_json::objects_only`).
    let read = strict_json::with_budget(value_budget(bytes.len()), || {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        strict_json::objects_only::<Bundle, _>(&mut de).and_then(|b| de.end().map(|()| b))
    });
    let bundle = match read {
        Ok(b) => b,
        Err(e) => return Err(unreadable(why_unreadable(bytes, &e))),
    };
    if let Some(refusal) = wrong_format(Some(&bundle.format)) {
        return Err(unreadable(refusal));
    }
    // Every seal has its close in the ledger: more seals than closes cannot
    // all be right, and checking them could take time out of proportion.
    let closes = |kind: &str| bundle.ledger.iter().filter(|e| e.kind == kind).count();
    for (what, seals, closes) in [
        ("polls", bundle.polls.len(), closes(crate::audit::event::kinds::POLL_CLOSED)),
        ("election rounds", bundle.rounds.len(), closes(crate::audit::event::kinds::ELECTION_ROUND_CLOSED)),
    ] {
        if seals > closes {
            return Err(refused(
                Kind::Incomplete,
                format!(
                    "{seals} sealed {what} but the ledger closes {closes}: every seal needs its close; \
                     refused before checking them"
                ),
            ));
        }
    }
    Ok(bundle)
}

/// Why `bytes` could not be read as a bundle, `e` being what the strict
/// reading said.
fn why_unreadable(bytes: &[u8], e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    if e.classify() != Category::Data {
        return format!("not a JSON document: {e}");
    }
    if e.to_string().contains(strict_json::OVER_BUDGET) {
        return format!(
            "not a bundle: it holds more JSON values than a bundle of {} bytes can (at most {}), \
             refused as it was read",
            bytes.len(),
            value_budget(bytes.len())
        );
    }
    // Another format's fields would be reported as unknown: say which
    // format it is instead (read again, building nothing but the format).
    #[derive(serde::Deserialize)]
    struct Format {
        format: Option<String>,
    }
    let refusal = match serde_json::from_slice::<Format>(bytes) {
        Ok(Format { format }) => wrong_format(format.as_deref()),
        // Not an object, or a format that is not text.
        Err(f) if f.to_string().starts_with("invalid type") => wrong_format(None),
        Err(_) => None,
    };
    refusal.unwrap_or_else(|| format!("not a complete {FORMAT} bundle: {e}"))
}

/// Why a bundle of `format` cannot be read by this build, if it cannot.
fn wrong_format(format: Option<&str>) -> Option<String> {
    match format {
        Some(FORMAT) => None,
        Some(FORMAT_V1) => Some(format!(
            "format {FORMAT_V1:?} predates the signed manifest and cannot be checked for \
             completeness: export the bundle again with this release ({FORMAT:?})"
        )),
        Some(FORMAT_V2) => Some(format!(
            "format {FORMAT_V2:?} did not bind the events before each left-out run to its \
             manifest, so one could be rewritten unseen: export the bundle again with this \
             release ({FORMAT:?})"
        )),
        Some(other) => Some(format!("format {other:?}, this build reads {FORMAT:?}")),
        None => Some(format!("no format field; expected {FORMAT:?}")),
    }
}

/// The ledger, indexed for the checks that look things up in it, each
/// event decoded once into its type ([`Event`]).
pub(crate) struct Ledger<'a> {
    pub events: &'a [LedgerEntry],
    /// The runs of events left out.
    skipped: &'a [SkippedRun],
    /// Beside each event, its typed reading; `None` where it has none (an
    /// unknown kind, or a payload that does not fit its kind).
    decoded: Vec<Option<Event>>,
    by_seq: HashMap<i64, usize>,
    by_subject: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Ledger<'a> {
    /// The ledger, and the events that cannot be read: (seq, why).
    fn new(events: &'a [LedgerEntry], skipped: &'a [SkippedRun]) -> (Self, Vec<(i64, DecodeError)>) {
        let mut by_seq = HashMap::with_capacity(events.len());
        let mut by_subject: HashMap<&str, Vec<usize>> = HashMap::new();
        let (decoded, unreadable) = decode_all(events);
        for (i, e) in events.iter().enumerate() {
            by_seq.entry(e.seq).or_insert(i);
            by_subject.entry(e.subject.as_str()).or_default().push(i);
        }
        (Ledger { events, skipped, decoded, by_seq, by_subject }, unreadable)
    }

    pub fn at_seq(&self, seq: i64) -> Option<&'a LedgerEntry> {
        self.by_seq.get(&seq).map(|i| &self.events[*i])
    }

    /// The hash of event `seq` where the bundle holds it: an included
    /// event's, or a skipped run's when `seq` is its last event (a seal's
    /// ledger head is often an event left out, such as a login just before
    /// the close: the run ending there carries its hash, which the chain
    /// check has linked to the next event).
    pub fn hash_at(&self, seq: i64) -> Option<&'a str> {
        match self.at_seq(seq) {
            Some(e) => Some(e.hash.as_str()),
            None => self.skipped.iter().find(|r| r.last_seq == seq).map(|r| r.hash.as_str()),
        }
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

    /// The subjects the ledger makes the assembly's, as the export chose
    /// them from the database: the assembly, the motions created in it,
    /// the polls opened on those motions, the elections created in it, the
    /// rounds opened in those, and the proxies granted for it.
    pub fn subjects_of(&self, assembly: i64) -> HashSet<String> {
        let (mut motions, mut elections) = (HashSet::new(), HashSet::new());
        let mut subjects = HashSet::from([format!("assembly:{assembly}")]);
        // In ledger order: a motion is created before its polls open, an
        // election before its rounds.
        for (e, event) in self.typed() {
            let ours = match event {
                Event::MotionCreated(m) if m.assembly == assembly => motions.insert(e.subject.as_str()),
                Event::PollOpened(p) => motions.contains(format!("motion:{}", p.motion).as_str()),
                Event::ElectionCreated(c) if c.assembly == assembly => elections.insert(e.subject.as_str()),
                Event::RoundOpened(r) => elections.contains(format!("election:{}", r.election).as_str()),
                Event::ProxyGranted(p) => p.assembly == assembly,
                _ => false,
            };
            if ours {
                subjects.insert(e.subject.clone());
            }
        }
        subjects
    }

    pub fn last_seq(&self) -> Option<i64> {
        self.events.last().map(|e| e.seq)
    }
}

/// Every event read as its type, in order, a slice per core (for a million
/// events, one thread took as long as the hash chain on all of them), each
/// written in its place; and the events that cannot be read: (seq, why).
fn decode_all(events: &[LedgerEntry]) -> (Vec<Option<Event>>, Vec<(i64, DecodeError)>) {
    let mut decoded: Vec<Option<Event>> = std::iter::repeat_with(|| None).take(events.len()).collect();
    let decode = |slice: &[LedgerEntry], out: &mut [Option<Event>]| -> Vec<(i64, DecodeError)> {
        let mut unreadable = Vec::new();
        for (e, place) in slice.iter().zip(out) {
            match Event::decode(&e.kind, &e.payload) {
                Ok(event) => *place = Some(event),
                Err(why) => unreadable.push((e.seq, why)),
            }
        }
        unreadable
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if threads == 1 || events.len() < 4_096 {
        let unreadable = decode(events, &mut decoded);
        return (decoded, unreadable);
    }
    let per_thread = events.len().div_ceil(threads);
    let unreadable = std::thread::scope(|scope| {
        let slices: Vec<_> = events
            .chunks(per_thread)
            .zip(decoded.chunks_mut(per_thread))
            .map(|(slice, out)| scope.spawn(move || decode(slice, out)))
            .collect();
        // In order; a thread's panic goes on here, as it would have in order.
        slices.into_iter().flat_map(|handle| handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    (decoded, unreadable)
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
    let id = assembly.unwrap_or_default();

    // The manifest: signed, and what the bundle holds.
    check_manifest(&mut f, bundle, &public_key);

    // The chain, across the runs left out.
    let mut broken_at = None;
    if let Err(e) = audit::verify_scoped(&bundle.ledger, &bundle.skipped) {
        f.add(Kind::Chain, "ledger", e.to_string());
        broken_at = Some(e.seq());
    }
    // Every event read as its type, once; one that cannot be is reported,
    // never skipped in silence.
    let (ledger, unreadable) = Ledger::new(&bundle.ledger, &bundle.skipped);
    // From a broken link on, the content is not the ledger's: the chain's
    // finding says so, and what cannot be read there is not reported.
    for (seq, why) in unreadable.into_iter().filter(|(seq, _)| broken_at.is_none_or(|b| *seq < b)) {
        f.add(Kind::Unreadable, format!("event {seq}"), why.to_string());
    }
    check_scope(&mut f, &ledger, id);

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
            None if bundle.skipped.iter().any(|r| (r.first_seq..=r.last_seq).contains(&c.seq)) => f.add(
                Kind::Checkpoint,
                &subject,
                format!("the event it signed ({}) is left out of the bundle, not the assembly's", c.seq),
            ),
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
    let after_last_checkpoint = check_checkpoints_cover(&mut f, bundle, &ledger, id);

    // The seals: each once, each with its close and each close with its seal.
    let polls = once_each(&mut f, "poll", &bundle.polls);
    let rounds = once_each(&mut f, "election round", &bundle.rounds);
    closes_have_seals(&mut f, &ledger, "poll", "poll.closed", "poll:", &polls);
    closes_have_seals(&mut f, &ledger, "election round", "election.round_closed", "round:", &rounds);
    let approvals = ledger
        .events_about(&format!("assembly:{id}"))
        .filter(|(_, event)| matches!(event, Event::MinutesApproved(_)))
        .count();
    if approvals > 0 && bundle.minutes.is_none() {
        f.add(Kind::Incomplete, "minutes", "the ledger approves the minutes but their seal is not in the bundle");
    }

    let replay = replay::Replay::new(&ledger, id);
    for p in &polls {
        polls::check(&mut f, &ledger, &replay, &public_key, p);
    }
    for r in &rounds {
        rounds::check(&mut f, &ledger, &replay, &public_key, r);
    }
    if let Some(m) = &bundle.minutes {
        check_minutes(&mut f, &ledger, &public_key, m, &polls);
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
        skipped_events: crate::audit::SkippedRun::total(&bundle.skipped),
        after_last_checkpoint,
        checkpoints: bundle.checkpoints.len(),
        polls: polls.len(),
        rounds: rounds.len(),
        minutes: bundle.minutes.is_some(),
        refused: false,
        findings,
    }
}

/// The manifest's signature, then each thing it says against what the
/// bundle holds.
fn check_manifest(f: &mut Findings, b: &Bundle, public_key: &str) {
    let subject = "manifest";
    match b.manifest.verify(public_key) {
        Ok(()) => {}
        Err(seal::SealError::Digest) => f.add(Kind::Signature, subject, "the manifest is not what was signed"),
        Err(e) => f.add(Kind::Signature, subject, e.to_string()),
    }
    let signed = &b.manifest.manifest;
    let held = Manifest::describe(b);
    let mut differs = |what: &str, message: String| f.add(Kind::Incomplete, format!("{subject}: {what}"), message);
    if (&signed.format, signed.assembly, &signed.exported_at, &signed.public_key)
        != (&held.format, held.assembly, &held.exported_at, &held.public_key)
    {
        differs(
            "heading",
            format!(
                "it names format {:?}, assembly {}, export at {}, key {}; the bundle {:?}, {}, {}, {}",
                signed.format,
                signed.assembly,
                signed.exported_at,
                signed.public_key,
                held.format,
                held.assembly,
                held.exported_at,
                held.public_key
            ),
        );
    }
    if signed.ledger != held.ledger {
        let range = |l: &crate::export::bundle::LedgerRange| {
            format!(
                "events {} to {} (head {}), {} included (digest {}), {} left out in {} runs",
                l.first_seq, l.last_seq, l.head_hash, l.events, l.events_digest, l.skipped_events, l.skipped_runs
            )
        };
        differs("ledger", format!("it lists {}; the bundle holds {}", range(&signed.ledger), range(&held.ledger)));
    }
    for (what, listed, present) in
        [("poll", &signed.polls, &held.polls), ("election round", &signed.rounds, &held.rounds)]
    {
        let by_id = |l: &[crate::export::bundle::PartDigest]| {
            let mut m: BTreeMap<i64, Vec<String>> = BTreeMap::new();
            for p in l {
                m.entry(p.id).or_default().push(p.digest.clone());
            }
            m
        };
        let (listed, present) = (by_id(listed), by_id(present));
        for id in listed.keys().chain(present.keys()).collect::<BTreeSet<_>>() {
            match (listed.get(id), present.get(id)) {
                (Some(_), None) => differs(&format!("{what} {id}"), "listed, but its seal is not in the bundle".into()),
                (None, Some(_)) => differs(&format!("{what} {id}"), "its seal is in the bundle but not listed".into()),
                (Some(l), Some(p)) if l != p => differs(
                    &format!("{what} {id}"),
                    "the bundle's seal is not the one listed, or is there twice".into(),
                ),
                _ => {}
            }
        }
    }
    match (&signed.minutes, &held.minutes) {
        (Some(_), None) => differs("minutes", "listed as approved, but their seal is not in the bundle".into()),
        (None, Some(_)) => differs("minutes", "their seal is in the bundle but not listed".into()),
        (Some(l), Some(p)) if l != p => differs("minutes", "the bundle's seal is not the one listed".into()),
        _ => {}
    }
    for c in &signed.checkpoints {
        if !held.checkpoints.contains(c) {
            differs(&format!("checkpoint at event {}", c.seq), format!("listed ({}), but not in the bundle", c.reason));
        }
    }
    for c in &held.checkpoints {
        if !signed.checkpoints.contains(c) {
            differs(&format!("checkpoint at event {}", c.seq), format!("in the bundle ({}), but not listed", c.reason));
        }
    }
    // Each checkpoint once (an outside review's bundle repeated them fifty
    // times and still verified): the ledger takes one per session change.
    let mut seen = BTreeSet::new();
    for c in &b.checkpoints {
        if !seen.insert((c.seq, c.reason.as_str(), c.digest.to_ascii_lowercase())) {
            differs(&format!("checkpoint at event {}", c.seq), format!("given twice ({})", c.reason));
        }
    }
    let parts = [
        ("assembly", &signed.parts.assembly, &held.parts.assembly),
        ("organisations", &signed.parts.organisations, &held.parts.organisations),
        ("attendance", &signed.parts.attendance, &held.parts.attendance),
        ("proxies", &signed.parts.proxies, &held.parts.proxies),
    ];
    for (part, listed, present) in parts {
        if listed != present {
            differs(part, "the part is not the one listed (its SHA-256 differs)".into());
        }
    }
}

/// No included event is visibly another assembly's, an account's or a
/// login's.
fn check_scope(f: &mut Findings, ledger: &Ledger<'_>, assembly: i64) {
    let ours = format!("assembly:{assembly}");
    let subjects = ledger.subjects_of(assembly);
    for e in ledger.events {
        let subject = || format!("event {} ({})", e.seq, e.kind);
        if e.kind.starts_with("account.") || e.kind.starts_with("session.") || e.subject.starts_with("account:") {
            f.add(Kind::Scope, subject(), "accounts and logins are not an assembly's: never in a bundle");
        } else if e.subject.starts_with("assembly:") && e.subject != ours {
            f.add(Kind::Scope, subject(), format!("it is about {}, not this assembly", e.subject));
        } else if let Some(other) = e.payload.get("assembly").and_then(Value::as_i64).filter(|a| *a != assembly) {
            f.add(Kind::Scope, subject(), format!("it names assembly {other}, not this one"));
        } else if !in_scope(&subjects, &e.kind, &e.subject) {
            // Each included event is the assembly's or the register's, so
            // an event of the assembly's cannot be left out and another
            // put in its place with the manifest's counts kept.
            f.add(
                Kind::Scope,
                subject(),
                format!(
                    "it is about {}, which the ledger does not make this assembly's (no motion, poll, \
                     election, round or proxy of assembly {assembly}) nor the register's",
                    e.subject
                ),
            );
        }
    }
}

/// The assembly's session changes and minutes' approval each have their
/// checkpoint; a closed assembly's ledger ends at its last checkpoint.
/// Returns the included events after the last checkpoint of an assembly
/// that is not closed.
fn check_checkpoints_cover(f: &mut Findings, b: &Bundle, ledger: &Ledger<'_>, assembly: i64) -> usize {
    let taken: BTreeSet<(i64, &str)> = b.checkpoints.iter().map(|c| (c.seq, c.reason.as_str())).collect();
    let mut state: Option<String> = None;
    for (e, event) in ledger.events_about(&format!("assembly:{assembly}")) {
        let (needed, what) = match event {
            Event::AssemblyTransition(t) => {
                state = Some(t.to.as_str().to_string());
                match (t.from, t.to) {
                    (_, AssemblyState::InSession) => (Some(checkpoint::SESSION_OPENED), "a session's opening"),
                    (AssemblyState::InSession, to) => (
                        Some(checkpoint::SESSION_CLOSED),
                        if to == AssemblyState::Suspended { "a suspension" } else { "the close" },
                    ),
                    _ => (None, ""),
                }
            }
            Event::MinutesApproved(_) => (Some(checkpoint::MINUTES_APPROVED), "the minutes' approval"),
            _ => (None, ""),
        };
        if let Some(reason) = needed {
            if !taken.contains(&(e.seq, reason)) {
                f.add(
                    Kind::Incomplete,
                    format!("event {}", e.seq),
                    format!("{what} has no {reason} checkpoint in the bundle"),
                );
            }
        }
    }
    let stated = b.assembly.get("state").and_then(Value::as_str);
    let closed = [state.as_deref(), stated].into_iter().flatten().any(|s| s == "closed" || s == "minutes_approved");
    let last = b.checkpoints.iter().map(|c| c.seq).max();
    let end = Manifest::describe(b).ledger.last_seq;
    let after = bundle_after(b, last);
    if closed {
        if let Some(last) = last.filter(|l| end > *l) {
            f.add(
                Kind::Checkpoint,
                "ledger",
                format!(
                    "the assembly is closed, so its ledger ends at its last checkpoint (event {last}), \
                     but the bundle goes on to event {end} ({after} event(s) of the assembly after it)"
                ),
            );
        }
        0
    } else {
        after
    }
}

/// Included events after `last` (all of them if there is no checkpoint).
fn bundle_after(b: &Bundle, last: Option<i64>) -> usize {
    let last = last.unwrap_or(0);
    b.ledger.len() - b.ledger.partition_point(|e| e.seq <= last)
}

/// The seals, each id once: a second seal of the same id is a finding and
/// is neither checked nor counted.
fn once_each<'a>(f: &mut Findings, what: &str, seals: &'a [Sealed]) -> Vec<&'a Sealed> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(seals.len());
    for s in seals {
        if seen.insert(s.id) {
            out.push(s);
        } else {
            f.add(Kind::Incomplete, format!("{what} {}", s.id), "its seal is in the bundle twice");
        }
    }
    out
}

/// Every close in the ledger has its seal in the bundle, every seal its
/// close.
fn closes_have_seals(f: &mut Findings, ledger: &Ledger<'_>, what: &str, kind: &str, prefix: &str, seals: &[&Sealed]) {
    let sealed: BTreeSet<i64> = seals.iter().map(|s| s.id).collect();
    let mut closed = BTreeSet::new();
    for e in ledger.events.iter().filter(|e| e.kind == kind) {
        match e.subject.strip_prefix(prefix).and_then(|id| id.parse::<i64>().ok()) {
            Some(id) => {
                closed.insert(id);
                if !sealed.contains(&id) {
                    f.add(
                        Kind::Incomplete,
                        format!("{what} {id}"),
                        format!("the ledger closes it (event {}) but its seal is not in the bundle", e.seq),
                    );
                }
            }
            None => f.add(Kind::Incomplete, format!("event {}", e.seq), format!("a close of {:?}", e.subject)),
        }
    }
    for id in sealed.difference(&closed) {
        f.add(Kind::Incomplete, format!("{what} {id}"), "its seal is in the bundle but the ledger never closes it");
    }
}

/// Checks a sealed document's digest and signature. `false` when the
/// document is altered: nothing in it can be trusted, so nothing more of it
/// is checked.
pub(crate) fn seal_holds(f: &mut Findings, subject: &str, s: &Sealed, public_key: &str) -> bool {
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
fn check_minutes(f: &mut Findings, ledger: &Ledger<'_>, public_key: &str, m: &Sealed, polls: &[&Sealed]) {
    let subject = "minutes";
    if !seal_holds(f, subject, m, public_key) {
        return;
    }
    minutes::against_record(f, ledger, polls, m);
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
        if self.refused {
            line("the bundle was not read, so nothing in it was checked".into());
        } else {
            line(format!("public key ({}): {}", self.key_source, self.public_key));
            if self.key_source == "bundle" {
                line("  compare it with the key the secretariat published; pass --public-key to pin it".into());
            }
            line(format!(
                "checked: {} ({} of other subjects left out, linked by their hashes), {}, {}, {}, {}",
                count(self.events, "ledger event", "ledger events"),
                self.skipped_events,
                count(self.checkpoints, "checkpoint", "checkpoints"),
                count(self.polls, "sealed poll", "sealed polls"),
                count(self.rounds, "sealed election round", "sealed election rounds"),
                if self.minutes { "the approved minutes" } else { "no approved minutes yet" }
            ));
        }
        if self.after_last_checkpoint > 0 {
            line(format!(
                "note: {} events after the last checkpoint are covered only by the export's signature",
                self.after_last_checkpoint
            ));
        }
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
        let table: [(&[u8], &str); 11] = [
            (b"{\"format\": ", "not a JSON document"),
            (b"not json", "not a JSON document"),
            (b"[1, 2]", "no format field"),
            (b"{\"ledger\": []}", "no format field"),
            (b"{\"format\": 7}", "no format field"),
            (b"{\"format\": \"something-else\"}", "format \"something-else\", this build reads"),
            (
                b"{\"format\": \"plenum-bundle/1\", \"ledger\": []}",
                "format \"plenum-bundle/1\" predates the signed manifest",
            ),
            (
                b"{\"format\": \"plenum-bundle/3\", \"format\": \"plenum-bundle/3\"}",
                "not a complete plenum-bundle/3 bundle: duplicate field `format`",
            ),
            (
                b"{\"format\": \"plenum-bundle/3\", \"ledger\": [{\"seq\": 1, \"payload\": {\"b\": 1, \"b\": 2}}]}",
                "not a complete plenum-bundle/3 bundle: the key `b` is given twice",
            ),
            (
                b"{\"format\": \"plenum-bundle/3\", \"ledger\": [], \"big\": \"xxxxxxxxxxxx\"}",
                "not a complete plenum-bundle/3 bundle: unknown field `big`",
            ),
            (
                b"{\"format\": \"plenum-bundle/2\", \"ledger\": []}",
                "format \"plenum-bundle/2\" did not bind the events before each left-out run",
            ),
        ];
        for (bytes, want) in table {
            let message = why(bytes);
            assert!(message.starts_with(want), "{:?}: {message}", String::from_utf8_lossy(bytes));
        }
        let message = why(format!("{{\"format\": \"{FORMAT}\", \"ledger\": []}}").as_bytes());
        assert!(message.starts_with(&format!("not a complete {FORMAT} bundle")), "{message}");
        // More values than a bundle of its size holds: refused as read.
        let many = format!(r#"{{"format": "{FORMAT}", "assembly": [{}]}}"#, vec!["[]"; 400_000].join(","));
        let message = why(many.as_bytes());
        assert!(message.starts_with("not a bundle: it holds more JSON values than a bundle of"), "{message}");
        // More seals than closes, in a whole bundle: tests/it/bundle.rs.
        let text = format!(r#"{{"format": "{FORMAT}"}}"#);
        // Over the bound: refused unread, the bound named.
        let report = read_bounded(text.as_bytes(), 10).map(|_| ()).expect_err("too large");
        assert_eq!(report.exit_code, Kind::Unreadable.exit_code());
        assert!(report.findings[0].message.contains("over the bound of 10 bytes (--max-bytes)"), "{report:?}");
    }
}
