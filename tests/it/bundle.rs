//! The evidence bundle and `plenum verify`: a real bundle, exported after an
//! assembly with every kind of vote, verifies untouched; every mutation of
//! it is rejected with the code of its kind; a forger holding the instance's
//! own key still cannot pass off a wrong count, outcome or snapshot.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{full_assembly, network, Api, Network, TestDb};
use plenum::audit::seal::Sealer;
use plenum::audit::{canonical_text, chain_hash, LedgerEntry, SkippedRun, GENESIS};
use plenum::export::bundle::Bundle;
use plenum::verify::{self, Kind};
use serde_json::{json, Value};
use std::process::Command;

fn export(n: &Network, auditor: &Api) -> Bundle {
    let (status, body) = auditor.get(&format!("/api/v1/assemblies/{}/bundle", n.assembly));
    assert_eq!(status, 200, "{body}");
    serde_json::from_value(body).expect("a bundle")
}

/// The exit code `verify` gives a bundle.
fn code(b: &Bundle) -> i32 {
    verify::verify(b, None).exit_code
}

/// Rewrites the chain, every seal, every checkpoint and the manifest with
/// `sealer`, as a thief of the instance's key could after changing what they
/// like. The skipped runs keep their hashes (no one has the events to
/// rehash): an included event after a run links to the run.
pub(crate) fn reforge(b: &mut Bundle, sealer: &Sealer) {
    let skipped = b.skipped.clone();
    let mut prev = GENESIS.to_string();
    for i in 0..b.ledger.len() {
        let e = &mut b.ledger[i];
        if let Some(run) = skipped.iter().find(|r| r.last_seq + 1 == e.seq) {
            prev.clone_from(&run.hash);
        }
        e.prev_hash.clone_from(&prev);
        let sealed = match e.kind.as_str() {
            "poll.closed" => e
                .subject
                .strip_prefix("poll:")
                .and_then(|id| id.parse::<i64>().ok())
                .and_then(|id| b.polls.iter_mut().find(|p| p.id == id)),
            "election.round_closed" => e
                .subject
                .strip_prefix("round:")
                .and_then(|id| id.parse::<i64>().ok())
                .and_then(|id| b.rounds.iter_mut().find(|r| r.id == id)),
            _ => None,
        };
        // Approved minutes carry no ledger head: re-sealed as they are.
        if e.kind == "minutes.approved" {
            if let Some(m) = b.minutes.as_mut() {
                let (digest, signature) = sealer.seal(&m.document);
                m.digest.clone_from(&digest);
                m.signature.clone_from(&signature);
                e.payload["seal"] = json!(digest);
                e.payload["signature"] = json!(signature);
            }
        }
        if let Some(s) = sealed {
            s.document["ledger_head"]["hash"] = json!(prev);
            let (digest, signature) = sealer.seal(&s.document);
            s.digest.clone_from(&digest);
            s.signature.clone_from(&signature);
            e.payload["seal"] = json!(digest);
            e.payload["signature"] = json!(signature);
        }
        e.hash = chain_hash(&e.prev_hash, &canonical_text(e.seq, &e.at, &e.actor, &e.kind, &e.subject, &e.payload));
        prev.clone_from(&e.hash);
    }
    for c in &mut b.checkpoints {
        if let Some(e) = b.ledger.iter().find(|e| e.seq == c.seq) {
            c.hash.clone_from(&e.hash);
        }
        let (digest, signature) = sealer.seal(&c.document());
        c.digest = digest;
        c.signature = signature;
    }
    b.sign_manifest(sealer);
}

/// The kinds of a bundle's findings.
fn kinds(b: &Bundle) -> Vec<Kind> {
    verify::verify(b, None).findings.iter().map(|f| f.kind).collect()
}

/// Two invented events chained after the bundle's last one: an incident and
/// a departure.
fn append_invented(b: &mut Bundle, n: &Network) {
    let last = b.ledger.last().expect("an event").clone();
    let mut prev = last.hash.clone();
    for (i, (kind, payload)) in [
        // Payloads of the events' own types: a forger writes readable ones.
        ("incident.recorded", json!({"body": "The count was disputed."})),
        ("attendance.left", json!({"organisation": n.orgs[0], "stay": 1})),
    ]
    .into_iter()
    .enumerate()
    {
        let seq = last.seq + 1 + i64::try_from(i).expect("i");
        let subject = format!("assembly:{}", n.assembly);
        let hash = chain_hash(&prev, &canonical_text(seq, &last.at, &last.actor, kind, &subject, &payload));
        b.ledger.push(LedgerEntry {
            seq,
            at: last.at.clone(),
            actor: last.actor.clone(),
            kind: kind.into(),
            subject,
            payload,
            prev_hash: std::mem::replace(&mut prev, hash.clone()),
            hash,
        });
    }
}

/// Every way to change one JSON value into another of a plausible kind.
fn mutate(v: &Value) -> Value {
    match v {
        Value::Null => json!(1),
        Value::Bool(b) => json!(!b),
        Value::Number(n) => json!(n.as_i64().unwrap_or(0) + 1),
        Value::String(s) if s.chars().all(|c| c.is_ascii_hexdigit()) && !s.is_empty() => {
            let flipped = if s.starts_with('0') { "1" } else { "0" };
            json!(format!("{flipped}{}", &s[1..]))
        }
        Value::String(s) => json!(format!("{s}!")),
        Value::Array(items) if items.is_empty() => json!([1]),
        Value::Array(items) => Value::Array(items[1..].to_vec()),
        Value::Object(map) => {
            let mut m = map.clone();
            m.insert("forged".into(), json!(true));
            Value::Object(m)
        }
    }
}

fn the_untouched_bundle_verifies_and_every_mutation_fails(db: TestDb) {
    let n = network(db);
    let auditor = full_assembly(&n);
    let b = export(&n, &auditor);
    let report = verify::verify(&b, None);
    assert!(report.ok, "{}", report.render());
    assert_eq!((report.polls, report.rounds), (3, 1));
    // Opened, suspended, resumed, closed: four signed checkpoints.
    assert_eq!(b.checkpoints.len(), 4, "{:?}", b.checkpoints);
    assert_eq!(verify::verify(&b, Some(&b.public_key)).exit_code, 0);

    // Every field of a sample of events: the chain breaks.
    let closes: Vec<usize> = b
        .ledger
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind.ends_with("closed") || e.kind == "ballot.cast")
        .map(|(i, _)| i)
        .collect();
    let mut sample = vec![0, b.ledger.len() / 2];
    sample.extend(closes);
    for i in sample {
        for field in ["seq", "at", "actor", "kind", "subject", "payload", "prev_hash", "hash"] {
            let mut t = serde_json::to_value(&b).expect("json");
            let e = &mut t["ledger"][i];
            e[field] = mutate(&e[field]);
            let t: Bundle = serde_json::from_value(t).expect("bundle");
            assert_eq!(code(&t), Kind::Chain.exit_code(), "event {i}, field {field}");
        }
    }
    // A dropped event, a reordered pair.
    for i in [1, b.ledger.len() / 2] {
        let mut t = b.clone();
        t.ledger.remove(i);
        assert_eq!(code(&t), Kind::Chain.exit_code(), "dropped {i}");
        let mut t = b.clone();
        t.ledger.swap(i, i + 1);
        assert_eq!(code(&t), Kind::Chain.exit_code(), "swapped {i}");
    }
    // A tail cut after each saved checkpoint (the chain that is left holds).
    for c in &b.checkpoints {
        let mut t = b.clone();
        t.ledger.retain(|e| e.seq < c.seq);
        t.skipped.retain(|r| r.last_seq < c.seq);
        assert_eq!(code(&t), Kind::Checkpoint.exit_code(), "cut before checkpoint at {}", c.seq);
    }
    // Checkpoints themselves.
    for field in ["assembly", "reason", "seq", "hash", "at"] {
        let mut t = serde_json::to_value(&b).expect("json");
        t["checkpoints"][0][field] = mutate(&t["checkpoints"][0][field]);
        let t: Bundle = serde_json::from_value(t).expect("bundle");
        assert_eq!(code(&t), Kind::Checkpoint.exit_code(), "checkpoint field {field}");
    }
    let mut t = b.clone();
    t.checkpoints[0].signature = mutate(&json!(t.checkpoints[0].signature)).as_str().expect("s").to_string();
    assert_eq!(code(&t), Kind::Signature.exit_code());

    // Every field of every seal, and of every sealed ballot.
    for (p, sealed) in b
        .polls
        .iter()
        .enumerate()
        .map(|(i, s)| ("polls", (i, s)))
        .chain(b.rounds.iter().enumerate().map(|(i, s)| ("rounds", (i, s))))
    {
        let (i, s) = sealed;
        let keys: Vec<String> = s.document.as_object().expect("document").keys().cloned().collect();
        for key in keys {
            let mut t = serde_json::to_value(&b).expect("json");
            let doc = &mut t[p][i]["document"];
            doc[&key] = mutate(&doc[&key]);
            let t: Bundle = serde_json::from_value(t).expect("bundle");
            assert_eq!(code(&t), Kind::SealAltered.exit_code(), "{p} {i} document.{key}");
        }
        let ballots = s.document["ballots"].as_array().cloned().unwrap_or_default();
        for (j, ballot) in ballots.iter().enumerate() {
            for field in ballot.as_object().expect("ballot").keys() {
                let mut t = serde_json::to_value(&b).expect("json");
                let v = &mut t[p][i]["document"]["ballots"][j][field];
                *v = mutate(v);
                let t: Bundle = serde_json::from_value(t).expect("bundle");
                assert_eq!(code(&t), Kind::SealAltered.exit_code(), "{p} {i} ballot {j}.{field}");
            }
        }
        for (field, want) in [("digest", Kind::SealAltered), ("signature", Kind::Signature)] {
            let mut t = serde_json::to_value(&b).expect("json");
            t[p][i][field] = mutate(&t[p][i][field]);
            let t: Bundle = serde_json::from_value(t).expect("bundle");
            assert_eq!(code(&t), want.exit_code(), "{p} {i} {field}");
        }
    }

    // A seal re-signed with another key: changed after the fact.
    let thief = Sealer::generate();
    let mut t = b.clone();
    t.polls[0].document["tally"]["yes"] = json!(0);
    let (d, s) = thief.seal(&t.polls[0].document);
    (t.polls[0].digest, t.polls[0].signature) = (d, s);
    assert_eq!(code(&t), Kind::Signature.exit_code());
    // Everything re-signed with the thief's key and the bundle naming it:
    // only the key the auditor pins tells.
    let mut t = b.clone();
    t.public_key = thief.public_key_hex();
    reforge(&mut t, &thief);
    assert_eq!(code(&t), 0, "a consistent forgery under its own key");
    assert_eq!(verify::verify(&t, Some(&b.public_key)).exit_code, Kind::Signature.exit_code());

    // A thief of the instance's own key rewrites everything consistently.
    let key = Sealer::from_secret(n.app.signing_secret);
    let mut t = b.clone();
    reforge(&mut t, &key);
    assert_eq!(t, b, "re-forging an untouched bundle changes nothing");
    // ... a count that is not the count of the ballots,
    let mut t = b.clone();
    t.polls[0].document["tally"]["yes"] = json!(3);
    let close = t.ledger.iter_mut().find(|e| e.kind == "poll.closed").expect("close");
    close.payload["yes"] = json!(3);
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Tally.exit_code(), "{}", verify::verify(&t, None).render());
    // ... a secret poll's count that is not the count of its choices, a
    // choice dropped, a receipt listed twice,
    let secret = b.polls.iter().position(|p| p.document["ballot_type"] == "secret").expect("a secret poll");
    let close_of = |t: &mut Bundle| -> usize {
        let subject = format!("poll:{}", t.polls[secret].id);
        t.ledger.iter().position(|e| e.kind == "poll.closed" && e.subject == subject).expect("close")
    };
    let mut t = b.clone();
    t.polls[secret].document["tally"]["no"] = json!(2);
    let at = close_of(&mut t);
    t.ledger[at].payload["no"] = json!(2);
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Tally.exit_code(), "{}", verify::verify(&t, None).render());
    let mut t = b.clone();
    t.polls[secret].document["choices"].as_array_mut().expect("choices").pop();
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Tally.exit_code(), "{}", verify::verify(&t, None).render());
    let mut t = b.clone();
    let receipts = t.polls[secret].document["receipts"].as_array_mut().expect("receipts");
    receipts[1] = receipts[0].clone();
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Tally.exit_code(), "{}", verify::verify(&t, None).render());
    // ... a round's receipts that are not one per ballot,
    let mut t = b.clone();
    t.rounds[0].document["receipts"].as_array_mut().expect("receipts").pop();
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Tally.exit_code(), "{}", verify::verify(&t, None).render());
    // ... a secret seal whose order pairs receipts with choices,
    let mut t = b.clone();
    t.polls[secret].document["receipts"].as_array_mut().expect("receipts").reverse();
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Secrecy.exit_code(), "{}", verify::verify(&t, None).render());
    let mut t = b.clone();
    t.polls[secret].document["choices"].as_array_mut().expect("choices").reverse();
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Secrecy.exit_code(), "{}", verify::verify(&t, None).render());
    let mut t = b.clone();
    t.rounds[0].document["ballots"].as_array_mut().expect("ballots").reverse();
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Secrecy.exit_code(), "{}", verify::verify(&t, None).render());
    let mut t = b.clone();
    t.rounds[0].document["receipts"].as_array_mut().expect("receipts").reverse();
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Secrecy.exit_code(), "{}", verify::verify(&t, None).render());
    // ... an outcome the rule does not give,
    let mut t = b.clone();
    t.polls[0].document["outcome"] = json!("rejected");
    let close = t.ledger.iter_mut().find(|e| e.kind == "poll.closed").expect("close");
    close.payload["outcome"] = json!("rejected");
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Rule.exit_code(), "{}", verify::verify(&t, None).render());
    // ... the affiliate slipped into the snapshot,
    let mut t = b.clone();
    let affiliate = json!({"organisation": n.orgs[3], "holder": null});
    t.polls[0].document["eligible"].as_array_mut().expect("eligible").push(affiliate.clone());
    let open = t.ledger.iter_mut().find(|e| e.kind == "poll.opened").expect("open");
    open.payload["eligible"].as_array_mut().expect("eligible").push(affiliate);
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Eligibility.exit_code(), "{}", verify::verify(&t, None).render());
    // ... a ballot added after the close.
    let mut t = b.clone();
    let at = t.ledger.iter().position(|e| e.kind == "poll.closed").expect("close");
    let close_seq = t.ledger[at].seq;
    for e in t.ledger.iter_mut().filter(|e| e.seq > close_seq) {
        e.seq += 1;
    }
    for r in t.skipped.iter_mut().filter(|r| r.first_seq > close_seq) {
        r.first_seq += 1;
        r.last_seq += 1;
    }
    let mut late = t.ledger[at - 1].clone();
    late.seq = close_seq + 1;
    late.kind = "ballot.cast".into();
    late.subject = t.ledger[at].subject.clone();
    late.payload = json!({"organisation": n.orgs[1]});
    t.ledger.insert(at + 1, late);
    for c in &mut t.checkpoints {
        if c.seq > close_seq {
            c.seq += 1;
        }
    }
    for p in t.polls.iter_mut().chain(t.rounds.iter_mut()) {
        let head = p.document["ledger_head"]["seq"].as_i64().expect("head");
        if head > close_seq {
            p.document["ledger_head"]["seq"] = json!(head + 1);
        }
    }
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::SealLedger.exit_code(), "{}", verify::verify(&t, None).render());
}

/// The bundle holds its assembly's part of the ledger and no one's personal
/// data beyond it; every part missing, added, repeated or out of scope is
/// found, signed manifest or not.
fn the_bundle_is_complete_and_scoped(db: TestDb) {
    let n = network(db);
    // Another assembly, with its own events, in the same ledger.
    let other = n.chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Extraordinary Assembly", "starts_at": "2026-09-16T09:00:00Z", "format": "hybrid"}),
        201,
    )["id"]
        .as_i64()
        .expect("id");
    let auditor = full_assembly(&n);
    let (status, body) = auditor.get(&format!("/api/v1/assemblies/{}/bundle", n.assembly));
    assert_eq!(status, 200);
    let bytes = serde_json::to_vec(&body).expect("bytes");
    let b = verify::read(&bytes).expect("a bundle read strictly");
    let report = verify::verify(&b, None);
    assert!(report.ok, "{}", report.render());
    assert!(report.skipped_events > 0 && !b.skipped.is_empty(), "the logins and accounts are left out");

    // Scope: no account's or login's event, no other assembly's, no e-mail
    // address, no IP address.
    assert!(b.ledger.iter().all(|e| !e.kind.starts_with("account.") && !e.kind.starts_with("session.")));
    assert!(b.ledger.iter().all(|e| e.subject != format!("assembly:{other}")));
    let text = String::from_utf8_lossy(&bytes);
    for needle in ["@example.org", "127.0.0.1", "::1"] {
        assert!(!text.contains(needle), "the bundle holds {needle:?}");
    }
    // Re-exported, a closed assembly's bundle holds the same ledger, even
    // after the instance went on (a login, another assembly's change).
    n.app.login("d1@example.org");
    n.chair.ok(&format!("/api/v1/assemblies/{other}/transition"), json!({"to": "convened"}), 200);
    let again = export(&n, &auditor);
    assert_eq!((&again.ledger, &again.skipped), (&b.ledger, &b.skipped));
    assert_eq!(b.ledger.last().map(|e| e.seq), b.checkpoints.iter().map(|c| c.seq).max(), "ends at the close");

    let incomplete = Kind::Incomplete.exit_code();
    let key = Sealer::from_secret(n.app.signing_secret);
    // A poll, the round, every checkpoint dropped: the manifest lists them;
    // re-signed, the ledger still records them.
    type Drop = (&'static str, fn(&mut Bundle));
    let drops: [Drop; 3] = [
        ("a poll", |t| {
            t.polls.remove(1);
        }),
        ("the round", |t| t.rounds.clear()),
        ("every checkpoint", |t| t.checkpoints.clear()),
    ];
    for (what, drop) in drops {
        let mut t = b.clone();
        drop(&mut t);
        assert_eq!(code(&t), incomplete, "{what}: {}", verify::verify(&t, None).render());
        reforge(&mut t, &key);
        assert_eq!(code(&t), incomplete, "{what}, re-signed: {}", verify::verify(&t, None).render());
    }
    // One checkpoint dropped, re-signed: its session change has none.
    let mut t = b.clone();
    t.checkpoints.remove(1);
    reforge(&mut t, &key);
    assert_eq!(code(&t), incomplete, "{}", verify::verify(&t, None).render());

    // A checkpoint given twice, or its signature in capitals: refused.
    let mut t = b.clone();
    t.checkpoints.push(t.checkpoints[0].clone());
    reforge(&mut t, &key);
    let report = verify::verify(&t, None);
    assert_eq!(report.exit_code, incomplete, "{}", report.render());
    assert!(report.render().contains("given twice"), "{}", report.render());
    let mut t = b.clone();
    t.checkpoints.push(t.checkpoints[0].clone());
    t.checkpoints.last_mut().expect("one").signature.make_ascii_uppercase();
    reforge(&mut t, &key);
    assert_ne!(code(&t), 0, "{}", verify::verify(&t, None).render());

    // A seal given twice: a finding, counted once; read from a file, refused
    // before the seals are read (more seals than closes).
    let mut t = b.clone();
    t.polls.push(t.polls[0].clone());
    let report = verify::verify(&t, None);
    assert_eq!((report.exit_code, report.polls), (incomplete, 3), "{}", report.render());
    let refused = verify::read(&serde_json::to_vec(&t).expect("json")).map(|_| ()).expect_err("refused");
    assert_eq!(refused.exit_code, incomplete, "{}", refused.render());
    // The "3,000 copies of one seal" file: refused before any seal is
    // checked (its time and memory: BENCHMARKS.md).
    let mut t = b.clone();
    let copy = t.polls[2].clone();
    t.polls.extend(std::iter::repeat_n(copy, 3_000));
    let bytes_3000 = serde_json::to_vec(&t).expect("json");
    let refused = verify::read(&bytes_3000).map(|_| ()).expect_err("refused");
    assert_eq!(refused.exit_code, incomplete);
    assert!(refused.findings[0].message.contains("3003 sealed polls but the ledger closes 3"), "{}", refused.render());

    // Two invented events chained after the last one: the manifest's range,
    // and a closed assembly's ledger ends at its last checkpoint.
    let mut t = b.clone();
    append_invented(&mut t, &n);
    assert_eq!(verify::verify(&t, None).exit_code, Kind::Checkpoint.exit_code());
    assert!(kinds(&t).contains(&Kind::Incomplete), "{}", verify::verify(&t, None).render());
    // ... re-signed: the close's checkpoint still tells.
    reforge(&mut t, &key);
    assert_eq!(kinds(&t), vec![Kind::Checkpoint], "{}", verify::verify(&t, None).render());

    // An included event turned into a skipped run: the chain still links,
    // the manifest's count does not.
    let mut t = b.clone();
    let seqs: std::collections::BTreeSet<i64> = t.ledger.iter().map(|e| e.seq).collect();
    let i = t
        .ledger
        .iter()
        .position(|e| e.kind == "motion.created" && seqs.contains(&(e.seq - 1)) && seqs.contains(&(e.seq + 1)))
        .expect("a motion between included events");
    let e = t.ledger.remove(i);
    let at = t.skipped.partition_point(|r| r.first_seq < e.seq);
    t.skipped.insert(at, SkippedRun { first_seq: e.seq, last_seq: e.seq, hash: e.hash });
    assert_eq!(verify::verify(&t, None).exit_code, incomplete, "{}", verify::verify(&t, None).render());
    // Two runs side by side are not maximal: the chain says so.
    let mut t = b.clone();
    let r = t.skipped.iter().position(|r| r.last_seq > r.first_seq).expect("a run of two");
    let run = t.skipped[r].clone();
    t.skipped[r].last_seq = run.first_seq;
    t.skipped.insert(r + 1, SkippedRun { first_seq: run.first_seq + 1, ..run });
    assert_eq!(code(&t), Kind::Chain.exit_code(), "{}", verify::verify(&t, None).render());

    // Another assembly's event, even re-signed: out of scope.
    for change in [
        |t: &mut Bundle, other: i64| {
            let e = t.ledger.iter_mut().find(|e| e.kind == "motion.created").expect("motion");
            e.payload["assembly"] = json!(other);
        },
        |t: &mut Bundle, other: i64| {
            let e = t.ledger.iter_mut().find(|e| e.kind == "assembly.created").expect("created");
            e.subject = format!("assembly:{other}");
        },
    ] {
        let mut t = b.clone();
        change(&mut t, other);
        reforge(&mut t, &key);
        // The scope is the failure named; a motion moved to another
        // assembly also loses its quorum rule's source (seal and ledger).
        assert_eq!(code(&t), Kind::Scope.exit_code(), "{}", verify::verify(&t, None).render());
        assert!(kinds(&t).iter().all(|k| matches!(k, Kind::Scope | Kind::SealLedger)), "{:?}", kinds(&t));
    }

    // Strict reading: a key given twice, a forged tally before the real one.
    let text = String::from_utf8(serde_json::to_vec(&b).expect("json")).expect("utf-8");
    let forged = text.replacen("\"tally\":", "\"tally\":{\"abstain\":0,\"no\":0,\"yes\":99},\"tally\":", 1);
    assert_ne!(forged, text);
    let refused = verify::read(forged.as_bytes()).map(|_| ()).expect_err("refused");
    assert_eq!(refused.exit_code, Kind::Unreadable.exit_code());
    assert!(refused.render().contains("the key `tally` is given twice"), "{}", refused.render());
    // An unknown field, small or big, at the top or in an event.
    let big = "x".repeat(5_000_000);
    for (from, to) in [
        ("{\"format\":", format!("{{\"padding\":\"{big}\",\"format\":")),
        ("\"prev_hash\":", "\"note\":1,\"prev_hash\":".to_string()),
    ] {
        let extended = text.replacen(from, &to, 1);
        assert_ne!(extended, text);
        let refused = verify::read(extended.as_bytes()).map(|_| ()).expect_err("refused");
        assert_eq!(refused.exit_code, Kind::Unreadable.exit_code(), "{}", refused.render());
        assert!(refused.render().contains("unknown field"), "{}", refused.render());
    }
    // The same bundle with its parts as arrays of their fields in order,
    // which serde's derive would read (the break-it review of 2026-12-01
    // had it verified): refused at the top, in an event, in a seal.
    let value: Value = serde_json::from_str(&text).expect("json");
    let in_order = |object: &Value, fields: &[&str]| Value::Array(fields.iter().map(|f| object[f].clone()).collect());
    let top = in_order(
        &value,
        &[
            "format",
            "exported_at",
            "public_key",
            "manifest",
            "assembly",
            "organisations",
            "attendance",
            "proxies",
            "polls",
            "rounds",
            "checkpoints",
            "minutes",
            "ledger",
            "skipped",
        ],
    );
    let mut event = value.clone();
    event["ledger"][0] =
        in_order(&value["ledger"][0], &["seq", "at", "actor", "kind", "subject", "payload", "prev_hash", "hash"]);
    let mut seal = value.clone();
    seal["polls"][0] = in_order(&value["polls"][0], &["id", "document", "digest", "signature"]);
    for (what, form) in [("the bundle", top), ("an event", event), ("a seal", seal)] {
        let bytes = serde_json::to_vec(&form).expect("json");
        let refused = verify::read(&bytes).map(|_| ()).expect_err(what);
        assert_eq!(refused.exit_code, Kind::Unreadable.exit_code(), "{what}: {}", refused.render());
    }
}

/// Approved minutes: sealed in the bundle, their approval checkpointed, the
/// ledger ending there.
fn approved_minutes_end_the_bundle(db: TestDb) {
    let n = network(db);
    let auditor = full_assembly(&n);
    n.chair.ok(&format!("/api/v1/assemblies/{}/minutes/approve", n.assembly), json!({}), 200);
    let b = export(&n, &auditor);
    assert!(verify::verify(&b, None).ok, "{}", verify::verify(&b, None).render());
    let last = b.checkpoints.last().expect("checkpoints");
    assert_eq!(last.reason, "minutes_approved");
    let approval = b.ledger.last().expect("events");
    assert_eq!((approval.kind.as_str(), approval.seq), ("minutes.approved", last.seq));
    assert!(b.minutes.is_some());

    let key = Sealer::from_secret(n.app.signing_secret);
    let mut t = b.clone();
    t.minutes = None;
    assert_eq!(code(&t), Kind::Incomplete.exit_code(), "{}", verify::verify(&t, None).render());
    reforge(&mut t, &key);
    assert_eq!(code(&t), Kind::Incomplete.exit_code(), "{}", verify::verify(&t, None).render());
    // The approval's checkpoint dropped and re-signed: the approval has none,
    // and the ledger goes on after the close's.
    let mut t = b.clone();
    t.checkpoints.pop();
    reforge(&mut t, &key);
    let found = kinds(&t);
    assert!(found.contains(&Kind::Incomplete) && found.contains(&Kind::Checkpoint), "{found:?}");

    // What the minutes state as data is held to the seals and the ledger,
    // even re-sealed with the instance's key (an outside review re-sealed
    // minutes with another outcome, count, roll call, text or motion list,
    // and verify said all holds).
    let mut reforged = b.clone();
    reforge(&mut reforged, &key);
    assert!(
        verify::verify(&reforged, None).ok,
        "re-sealing alone changes nothing: {}",
        verify::verify(&reforged, None).render()
    );
    let first_poll = |doc: &mut serde_json::Value| -> serde_json::Value { doc["motions"][0]["polls"][0].take() };
    type Change = Box<dyn Fn(&mut serde_json::Value)>;
    let changes: Vec<(&str, Change, &str)> = vec![
        ("outcome", Box::new(|d| d["motions"][0]["polls"][0]["outcome"] = json!("rejected")), "count or outcome"),
        ("count", Box::new(|d| d["motions"][0]["polls"][0]["yes"] = json!(0)), "count or outcome"),
        ("words", Box::new(|d| d["motions"][0]["polls"][0]["decision"]["yes"] = json!(7)), "another count"),
        ("roll call", Box::new(|d| d["motions"][0]["polls"][0]["roll_call"][0][1] = json!("abstain")), "roll-call"),
        ("seal", Box::new(|d| d["motions"][0]["polls"][0]["seal"] = json!("00".repeat(32))), "another seal"),
        ("title", Box::new(|d| d["motions"][0]["title"] = json!("Accounts 2024")), "title or text"),
        ("text", Box::new(|d| d["motions"][0]["text"] = json!("Another text.")), "title or text"),
        ("language", Box::new(|d| d["motions"][0]["language"] = json!("de")), "another language"),
        (
            "translations",
            Box::new(|d| {
                d["motions"][0]["translations"] =
                    json!([{"language": "fr", "title": "x", "sha256": "00", "by": "x", "at": "x"}])
            }),
            "other translations",
        ),
        (
            "a poll left out",
            Box::new(move |d| {
                first_poll(d);
                if let Some(list) = d["motions"][0]["polls"].as_array_mut() {
                    list.clear();
                }
            }),
            "leave out sealed poll",
        ),
    ];
    for (what, change, words) in changes {
        let mut t = b.clone();
        let m = t.minutes.as_mut().expect("the minutes");
        change(&mut m.document);
        reforge(&mut t, &key);
        let report = verify::verify(&t, None);
        assert_eq!(report.exit_code, Kind::SealLedger.exit_code(), "{what}: {}", report.render());
        assert!(report.findings.iter().any(|f| f.message.contains(words)), "{what}: {}", report.render());
    }
}

/// An assembly still in session: the events after its last checkpoint are
/// reported, not failed.
fn an_open_assembly_reports_what_follows_its_last_checkpoint(db: TestDb) {
    let n = network(db);
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let auditor = n.app.login("auditor@example.org");
    let b = export(&n, &auditor);
    let report = verify::verify(&b, None);
    assert!(report.ok, "{}", report.render());
    assert_eq!(report.after_last_checkpoint, 2, "{}", report.render());
    assert!(
        report.render().contains("2 events after the last checkpoint are covered only by the export's signature"),
        "{}",
        report.render()
    );
}

fn the_command_reads_the_file_and_exits_with_the_kind(db: TestDb) {
    let n = network(db);
    let auditor = full_assembly(&n);
    let b = export(&n, &auditor);
    let dir = tempfile::tempdir().expect("dir");
    let write = |name: &str, b: &Bundle| {
        let path = dir.path().join(name);
        std::fs::write(&path, serde_json::to_vec(b).expect("json")).expect("write");
        path
    };
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_plenum"))
            .arg("verify")
            .args(args)
            .env_remove("PLENUM_DATABASE_URL")
            .output()
            .expect("plenum verify");
        (out.status.code(), String::from_utf8_lossy(&out.stdout).to_string())
    };
    let good = write("good.json", &b);
    let good = good.to_str().expect("path");
    let (status, out) = run(&[good]);
    assert_eq!(status, Some(0), "{out}");
    assert!(out.contains("everything holds") && out.contains(&b.public_key), "{out}");
    let (status, out) = run(&["--json", good]);
    assert_eq!(status, Some(0));
    let report: Value = serde_json::from_str(&out).expect("json report");
    assert_eq!((report["ok"].as_bool(), report["polls"].as_u64()), (Some(true), Some(3)));
    assert_eq!(run(&["--public-key", &Sealer::generate().public_key_hex(), good]).0, Some(6));
    // A key that cannot be one is a usage error, not the bundle's failure.
    for key in ["zz", "abc", &"g".repeat(64), &format!("{}00", b.public_key)] {
        assert_eq!(run(&["--public-key", key, good]).0, Some(2), "{key}");
    }
    assert_eq!(run(&["--public-key", &format!(" {} ", b.public_key.to_uppercase()), good]).0, Some(0));

    let mut t = b.clone();
    let gone = t.ledger.remove(3).seq;
    let dropped = write("dropped.json", &t);
    let (status, out) = run(&[dropped.to_str().expect("path")]);
    assert_eq!(status, Some(4), "{out}");
    let next = format!("event {}: expected sequence number {gone}", gone + 1);
    assert!(out.contains("FAILED: ledger chain broken") && out.contains(&next), "{out}");

    let (status, out) = run(&["--max-bytes", "1000", good]);
    assert_eq!(status, Some(3), "{out}");
    assert!(out.contains("over the bound of 1000 bytes (--max-bytes)"), "{out}");
    // Refused unread: the report says nothing was checked, names no key.
    assert!(out.contains("nothing in it was checked") && !out.contains("public key ("), "{out}");
    // A device or a pipe has no size to look at: the read stops at the bound.
    let (status, out) = run(&["--max-bytes", "1000", "/dev/zero"]);
    assert_eq!(status, Some(3), "{out}");
    assert!(out.contains("over the bound of 1000 bytes"), "{out}");

    let garbage = dir.path().join("garbage.json");
    std::fs::write(&garbage, b"{\"format\": \"something-else\"}").expect("write");
    assert_eq!(run(&[garbage.to_str().expect("path")]).0, Some(3));
    assert_eq!(run(&[dir.path().join("missing.json").to_str().expect("path")]).0, Some(1));

    // The command line exports the same bundle as the API.
    let key = dir.path().join("key");
    std::fs::write(&key, hex_encode(&n.app.signing_secret)).expect("key");
    let out_file = dir.path().join("cli.json");
    let out = Command::new(env!("CARGO_BIN_EXE_plenum"))
        .args(["export", "bundle", "--assembly", &n.assembly.to_string(), "--out", out_file.to_str().expect("path")])
        .env_remove("PLENUM_CONFIG")
        .env("PLENUM_DATABASE_URL", &n.app.db.url)
        .env("PLENUM_SIGNING_KEY_FILE", &key)
        .env("PLENUM_LOG", "warn")
        .output()
        .expect("plenum export");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let from_cli: Bundle = serde_json::from_slice(&std::fs::read(&out_file).expect("read")).expect("bundle");
    assert_eq!((from_cli.ledger.len(), from_cli.polls.len()), (b.ledger.len(), b.polls.len()));
    assert_eq!(run(&[out_file.to_str().expect("path")]).0, Some(0));
}

/// A login just before a close: the seal's ledger head is then a
/// `session.started`, an event the bundle leaves out. The run that ends
/// there carries its hash, and the genuine bundle verifies (it failed with
/// "the sealed ledger head is not in the ledger" on a reviewer's assembly).
fn a_seal_whose_head_is_left_out_verifies(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let poll = n.open_poll("secret", "Accounts");
    let receipt = n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201)["receipt"]
        .as_str()
        .expect("receipt")
        .to_string();
    let chair = n.app.login("chair@example.org");
    chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let (_, round, first) = n.open_board_round();
    n.delegates[1].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": [first]}), 201);
    let chair = n.app.login("chair@example.org");
    chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let b = export(&n, &n.app.login("auditor@example.org"));

    // Both heads are left out: each is the last event of a skipped run.
    for sealed in b.polls.iter().chain(&b.rounds) {
        let head = sealed.document["ledger_head"]["seq"].as_i64().expect("head");
        assert!(b.ledger.iter().all(|e| e.seq != head), "event {head} is in the bundle");
        assert!(b.skipped.iter().any(|r| r.last_seq == head), "no run ends at event {head}");
    }
    let report = verify::verify(&b, None);
    assert!(report.ok, "{}", report.render());
    // docs/AUDITING.md: the SHA-256 of the receipt code as printed is among
    // the seal's receipts.
    use sha2::Digest as _;
    let hashed = hex_encode(&sha2::Sha256::digest(receipt.as_bytes()));
    assert!(
        receipt.contains('-') && b.polls[0].document["receipts"].as_array().expect("receipts").contains(&json!(hashed))
    );
    // And the run's hash still has to be the sealed head's.
    let mut t = b.clone();
    let head = t.polls[0].document["ledger_head"]["seq"].as_i64().expect("head");
    let run = t.skipped.iter_mut().find(|r| r.last_seq == head).expect("run");
    run.hash = "0".repeat(64);
    assert!(kinds(&t).contains(&Kind::Chain), "{}", verify::verify(&t, None).render());
}

/// A reviewer's attack, without the key: an event of the assembly's taken
/// out and another assembly's poll event put in its place, the skipped runs
/// shifted so that the manifest's counts still hold. Every included event
/// must be one the ledger makes this assembly's (or the register's), so the
/// foreign one is out of scope.
fn an_event_swapped_for_another_assemblys_is_out_of_scope(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let other = n.chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Extraordinary Assembly", "starts_at": "2026-09-16T09:00:00Z", "format": "hybrid"}),
        201,
    )["id"]
        .as_i64()
        .expect("id");
    // Convened only: one session is held at a time.
    n.chair.ok(&format!("/api/v1/assemblies/{other}/transition"), json!({"to": "convened"}), 200);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/incidents"), json!({"body": "Opening remarks."}), 201);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/incidents"), json!({"body": "The chair ruled a proxy invalid."}), 201);
    let m = n.chair.ok(&format!("/api/v1/assemblies/{other}/motions"), json!({"title": "Elsewhere"}), 201)["id"]
        .as_i64()
        .expect("motion");
    assert!(m > 0);
    n.chair.ok(&format!("/api/v1/assemblies/{other}/motions"), json!({"title": "Elsewhere too"}), 201);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/incidents"), json!({"body": "The microphone failed."}), 201);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let b = export(&n, &n.app.login("auditor@example.org"));
    assert!(verify::verify(&b, None).ok, "{}", verify::verify(&b, None).render());

    // The ruling (included), then the other assembly's motion and poll (a
    // skipped run); the run's last event is one of the poll's or motion's.
    let hidden = b.ledger.iter().position(|e| e.payload["body"] == "The chair ruled a proxy invalid.").expect("ruling");
    let s = b.ledger[hidden].seq;
    let last = b.skipped.iter().find(|r| r.first_seq == s + 1).expect("the other assembly's run").last_seq;
    assert!(last >= s + 2, "{:?}", b.skipped);
    let mut conn = n.app.services.conn().expect("connection");
    let stored = plenum::audit::events_after(&mut conn, last - 2, 2).expect("events");
    let stored: Vec<LedgerEntry> = stored.iter().filter_map(LedgerEntry::from_event).collect();
    let (before, foreign) = (&stored[0], &stored[1]);
    assert_eq!(foreign.seq, last);
    assert!(foreign.subject.starts_with("poll:") || foreign.subject.starts_with("motion:"), "{foreign:?}");

    let mut t = b.clone();
    t.ledger.remove(hidden);
    let run = t.skipped.iter_mut().find(|r| r.first_seq == s + 1).expect("run");
    *run = SkippedRun { first_seq: s, last_seq: last - 1, hash: before.hash.clone() };
    t.ledger.insert(hidden, foreign.clone());
    // Two defences, each enough: the foreign event is outside the assembly,
    // and the manifest signs which events are included (the counts alone
    // held: that was the hole).
    let report = verify::verify(&t, None);
    let said = report.render();
    let named = said.contains(&format!("it is about {}", foreign.subject)) || said.contains("it names assembly");
    assert!(named && said.contains(&format!("event {} ", foreign.seq)), "{said}");
    let found = kinds(&t);
    assert!(found.contains(&Kind::Scope) && found.contains(&Kind::Incomplete), "{}", report.render());
    assert!(!found.contains(&Kind::Chain), "{}", report.render());
}

/// A reviewer's attack, without the key: an included event followed by a
/// skipped run is chained to by nothing in the bundle (the run's hash cannot
/// be recomputed), so it was rewritten, its own hash recomputed, and the
/// bundle verified. The manifest now signs every included event's seq and
/// hash.
fn an_event_before_a_skipped_run_is_bound_by_the_manifest(db: TestDb) {
    let n = network(db);
    let auditor = full_assembly(&n);
    let b = export(&n, &auditor);
    let before_runs: Vec<usize> =
        (0..b.ledger.len()).filter(|i| b.skipped.iter().any(|r| r.first_seq == b.ledger[*i].seq + 1)).collect();
    assert!(!before_runs.is_empty(), "no included event before a skipped run");
    let rehash = |e: &mut LedgerEntry| {
        e.hash = chain_hash(&e.prev_hash, &canonical_text(e.seq, &e.at, &e.actor, &e.kind, &e.subject, &e.payload));
    };
    for i in before_runs {
        let mut t = b.clone();
        let e = &mut t.ledger[i];
        let what = format!("event {} ({})", e.seq, e.kind);
        if e.kind == "organisation.created" {
            e.payload["name"] = json!("Renamed Without The Key");
        } else {
            e.at = "2020-01-01T00:00:00.000000Z".into();
        }
        rehash(e);
        let report = verify::verify(&t, None);
        assert_eq!(report.exit_code, Kind::Incomplete.exit_code(), "{what}: {}", report.render());
        assert!(report.render().contains("manifest"), "{what}: {}", report.render());
    }
}

/// A reviewer's forgery with the key: an organisation that never arrived
/// added to an election round's snapshot, in the seal and in the round's
/// opening alike. Polls were replayed from the register, attendance and
/// proxies; rounds were only compared with their own opening.
fn a_rounds_snapshot_is_replayed_like_a_polls(db: TestDb) {
    let n = network(db);
    let auditor = full_assembly(&n);
    let b = export(&n, &auditor);
    let delta = n.orgs[3];
    let mut t = b.clone();
    let round = t.rounds[0].id;
    let subject = format!("round:{round}");
    let opened =
        t.ledger.iter_mut().find(|e| e.subject == subject && e.kind == "election.round_opened").expect("opening");
    opened.payload["eligible"].as_array_mut().expect("eligible").push(json!([delta, null]));
    let sealed = t.rounds[0].document["eligible"].as_array_mut().expect("sealed eligible");
    sealed.push(json!({"organisation": delta, "holder": null}));
    reforge(&mut t, &Sealer::from_secret(n.app.signing_secret));
    let report = verify::verify(&t, None);
    assert_eq!(report.exit_code, Kind::Eligibility.exit_code(), "{}", report.render());
    assert!(report.render().contains("register, attendance and proxies made eligible"), "{}", report.render());
}

fn hex_encode(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn only_auditors_and_the_secretariat_export(db: TestDb) {
    let n = network(db);
    let (status, body) = n.delegates[0].get(&format!("/api/v1/assemblies/{}/bundle", n.assembly));
    assert_eq!((status, body["error"].as_str()), (403, Some("role_required")), "{body}");
    let (status, _) = n.chair.get(&format!("/api/v1/assemblies/{}/bundle", n.assembly));
    assert_eq!(status, 200);
    let (status, _) = n.chair.get("/api/v1/assemblies/9999/bundle");
    assert_eq!(status, 404);
}

both!(
    the_untouched_bundle_verifies_and_every_mutation_fails,
    the_bundle_is_complete_and_scoped,
    approved_minutes_end_the_bundle,
    an_open_assembly_reports_what_follows_its_last_checkpoint,
    the_command_reads_the_file_and_exits_with_the_kind,
    only_auditors_and_the_secretariat_export,
    a_seal_whose_head_is_left_out_verifies,
    an_event_swapped_for_another_assemblys_is_out_of_scope,
    an_event_before_a_skipped_run_is_bound_by_the_manifest,
    a_rounds_snapshot_is_replayed_like_a_polls,
);
