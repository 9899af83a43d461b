//! In-process figures: the count and seal of 10,000 and 1,000,000 ballots,
//! and `plenum verify` on a bundle of 1,000,000 ledger events.

use crate::audit::poll_seal::{EligibleLine, MotionRef, NamedBallot, PollDecision, PollSeal};
use crate::audit::seal::Sealer;
use crate::audit::{canonical_text, chain_hash, LedgerEntry, GENESIS};
use crate::domain::majority::{decide, MajorityRule};
use crate::domain::poll::{BallotType, Choice, Tally};
use crate::domain::quorum::QuorumRule;
use crate::export::bundle::{Bundle, SignedManifest, FORMAT};
use serde::Serialize;
use serde_json::json;
use std::borrow::Cow;
use std::time::Instant;

/// The in-process figures.
#[derive(Debug, Clone, Serialize)]
pub struct Micro {
    /// (ballots, tally ms, tally + seal document + signature ms)
    pub tally_seal: Vec<(usize, f64, f64)>,
    pub verify_events: usize,
    /// Reading the bundle's JSON, then checking it.
    pub verify_read_ms: f64,
    pub verify_check_ms: f64,
    pub verify_bytes: usize,
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// Counts `n` ballots, then writes and signs the seal document over them as
/// a roll-call close does (`audit::poll_seal`: every ballot with its
/// organisation, choice and receipt hash, sorted; every organisation of the
/// snapshot; the tally).
pub fn tally_and_seal(n: usize, sealer: &Sealer) -> (f64, f64) {
    let choices: Vec<Choice> = (0..n).map(|i| [Choice::Yes, Choice::No, Choice::Abstain][i % 3]).collect();
    let hashes: Vec<String> = (0..n).map(|i| format!("{i:064x}")).collect();
    let t = Instant::now();
    let tally = Tally::count(choices.iter().copied());
    let tally_ms = ms(t);
    let t = Instant::now();
    let quorum = QuorumRule(None).assess(n as u64, n as u64, 0);
    let Ok(decision) = decide(MajorityRule::SIMPLE, tally, quorum, None) else {
        // A simple majority never waits for the chair's casting vote.
        return (tally_ms, f64::NAN);
    };
    let document = PollSeal {
        ballot_type: BallotType::RollCall,
        ballots: Some(
            choices
                .iter()
                .zip(&hashes)
                .enumerate()
                .map(|(i, (c, r))| NamedBallot {
                    choice: Cow::Borrowed(c.as_str()),
                    organisation: i as i64,
                    receipt_hash: Cow::Borrowed(r),
                })
                .collect(),
        ),
        choices: None,
        closed_at: "2026-05-16T10:00:00Z".into(),
        decision: PollDecision::of(&decision),
        eligible: (0..n).map(|i| EligibleLine { holder: None, organisation: i as i64 }).collect(),
        explanation: Cow::Borrowed(""),
        ledger_head: None,
        motion: MotionRef {
            id: 1,
            kind: Cow::Borrowed("ordinary"),
            language: None,
            text_sha256: None,
            title: Cow::Borrowed("Motion"),
            translations: vec![],
        },
        opened_at: "2026-05-16T09:00:00Z".into(),
        outcome: decision.outcome,
        participants: vec![],
        participations: n as u64,
        poll: 1,
        receipts: None,
        room: None,
        tally: tally.into(),
    };
    let text = document.canonical().unwrap_or_default();
    let (digest, _) = sealer.seal_canonical(&text);
    std::hint::black_box(digest);
    (tally_ms, tally_ms + ms(t))
}

/// A valid bundle whose ledger has `events` events and nothing else, its
/// manifest signed by `sealer`: polls of assembly 1 open one after another
/// (a motion created, its poll opened), each then taking 10,000 ballots.
pub fn synthetic_bundle(events: usize, sealer: &Sealer) -> Bundle {
    let mut ledger = Vec::with_capacity(events);
    let mut prev = GENESIS.to_string();
    for i in 0..events {
        let seq = i as i64 + 1;
        let at =
            format!("2026-05-16T09:{:02}:{:02}.{:06}Z", (i / 60_000_000) % 60, (i / 1_000_000) % 60, i % 1_000_000);
        let poll = i / 10_000 + 1;
        let (kind, subject, payload) = match i % 10_000 {
            0 => (
                "motion.created",
                format!("motion:{poll}"),
                json!({"assembly": 1, "title": format!("Motion {poll}"), "text": "", "kind": "ordinary",
                       "majority": {"numerator": 1, "denominator": 2, "strict": true, "base": "votes_cast", "tie": "rejected"},
                       "quorum": null, "state": "admitted", "proposer": null, "amends": null}),
            ),
            1 => (
                "poll.opened",
                format!("poll:{poll}"),
                json!({"motion": poll, "ballot": "roll_call", "eligible": [], "full_members": 50, "present": [],
                       "represented": []}),
            ),
            _ => (
                "ballot.cast",
                format!("poll:{poll}"),
                json!({"organisation": i % 50 + 1, "receipt_hash": format!("{i:064x}")}),
            ),
        };
        let hash = chain_hash(&prev, &canonical_text(seq, &at, "account:7", kind, &subject, &payload));
        ledger.push(LedgerEntry {
            seq,
            at,
            actor: "account:7".into(),
            kind: kind.into(),
            subject,
            payload,
            prev_hash: std::mem::replace(&mut prev, hash.clone()),
            hash,
        });
    }
    let mut bundle = Bundle {
        format: FORMAT.into(),
        exported_at: "2026-05-16T18:00:00Z".into(),
        public_key: sealer.public_key_hex(),
        manifest: SignedManifest::default(),
        assembly: json!({"id": 1}),
        organisations: vec![],
        attendance: vec![],
        proxies: vec![],
        polls: vec![],
        rounds: vec![],
        checkpoints: vec![],
        minutes: None,
        ledger,
        skipped: vec![],
    };
    bundle.sign_manifest(sealer);
    bundle
}

/// Runs the in-process figures.
pub fn run(sizes: &[usize], verify_events: usize) -> Result<Micro, String> {
    let sealer = Sealer::generate();
    let tally_seal = sizes
        .iter()
        .map(|n| {
            let (t, s) = tally_and_seal(*n, &sealer);
            (*n, t, s)
        })
        .collect();
    let bundle = synthetic_bundle(verify_events, &sealer);
    let bytes = serde_json::to_vec(&bundle).map_err(|e| e.to_string())?;
    drop(bundle);
    let t = Instant::now();
    let read = crate::verify::read(&bytes).map_err(|r| r.render())?;
    let verify_read_ms = ms(t);
    let t = Instant::now();
    let report = crate::verify::verify(&read, None);
    let verify_check_ms = ms(t);
    if !report.ok {
        return Err(report.render());
    }
    Ok(Micro { tally_seal, verify_events, verify_read_ms, verify_check_ms, verify_bytes: bytes.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_synthetic_bundle_verifies_and_a_change_in_it_does_not() {
        let sealer = Sealer::generate();
        let mut b = synthetic_bundle(20_500, &sealer);
        let report = crate::verify::verify(&b, None);
        assert!(report.ok, "{}", report.render());
        // Read from its bytes as `plenum verify` reads a file.
        let read = crate::verify::read(&serde_json::to_vec(&b).expect("json")).map_err(|r| r.render());
        assert_eq!(read.as_ref().map(|r| r.ledger.len()), Ok(20_500));
        b.ledger[250].payload["organisation"] = json!(0);
        assert_eq!(crate::verify::verify(&b, None).exit_code, crate::verify::Kind::Chain.exit_code());
    }
}
