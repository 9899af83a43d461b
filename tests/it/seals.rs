//! Sealed documents as data: a poll's seal carries its decision (rule,
//! quorum, counts, tie, casting vote) and `plenum verify` recomputes and
//! compares it, never the sentence that explains it; the rule in a seal is
//! the one the ledger gave the motion (and a round's seats and method the
//! election's). Each forgery here is re-signed with the instance's own key,
//! so only these checks can catch it.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, Api, Network, TestDb};
use plenum::audit::seal::Sealer;
use plenum::domain::election::count;
use plenum::domain::role::Role;
use plenum::export::bundle::Bundle;
use plenum::verify::{self, Kind};
use serde_json::{json, Value};

fn export(n: &Network, auditor: &Api) -> Bundle {
    let (status, body) = auditor.get(&format!("/api/v1/assemblies/{}/bundle", n.assembly));
    assert_eq!(status, 200, "{body}");
    serde_json::from_value(body).expect("a bundle")
}

use crate::bundle::reforge;

/// The ids the scenario made.
struct Made {
    /// A roll call on a statutes motion: at least two thirds of the votes
    /// cast, its own quorum of two thirds; carried 2 to 1.
    statutes: i64,
    /// A roll call on an ordinary motion whose tie the chair decides
    /// (the assembly's quorum); a tie of 1 to 1, carried on the casting vote.
    tie: i64,
    /// An election's two rounds: a tie for its one seat, then the run-off.
    rounds: [i64; 2],
    candidates: [i64; 2],
}

/// An assembly with the polls and rounds above, closed; returns the auditor.
fn scenario(n: &Network) -> (Api, Made) {
    let a = n.assembly;
    let [alpha, beta, gamma, _] = n.orgs;
    for (i, org) in [alpha, beta, gamma].into_iter().enumerate() {
        n.delegates[i].check_in(a, org, AttendanceMode::Remote);
    }
    let poll = |motion: Value, votes: [&str; 3], close: Value| -> i64 {
        let m = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), motion, 201)["id"].as_i64().expect("motion");
        let p = n.chair.ok(&format!("/api/v1/motions/{m}/polls"), json!({"ballot": "roll_call"}), 201)["id"]
            .as_i64()
            .expect("poll");
        for (i, choice) in votes.into_iter().enumerate() {
            n.delegates[i].ok(&format!("/api/v1/polls/{p}/ballots"), json!({"choice": choice}), 201);
        }
        let closed = n.chair.ok(&format!("/api/v1/polls/{p}/close"), close, 200);
        assert_eq!(closed["result"]["outcome"], "carried", "{closed}");
        p
    };
    let statutes = poll(json!({"title": "Article 7", "kind": "statutes"}), ["yes", "yes", "no"], json!({}));
    let chair_decides =
        json!({"numerator": 1, "denominator": 2, "strict": true, "base": "votes_cast", "tie": "chair_decides"});
    let tie = poll(
        json!({"title": "Venue 2027", "majority": chair_decides}),
        ["yes", "no", "abstain"],
        json!({"chair_decision": "carried"}),
    );

    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let election = e["id"].as_i64().expect("election");
    let candidates = [0, 1].map(|i| e["candidates"][i]["id"].as_i64().expect("candidate"));
    let [ana, jonas] = candidates;
    let mut rounds = [0; 2];
    for (r, votes) in [[vec![ana], vec![jonas]], [vec![ana], vec![ana]]].into_iter().enumerate() {
        let e = n.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201);
        rounds[r] = e["rounds"][r]["id"].as_i64().expect("round");
        for (i, choices) in votes.into_iter().enumerate() {
            n.delegates[i].ok(&format!("/api/v1/rounds/{}/ballots", rounds[r]), json!({"choices": choices}), 201);
        }
        let e = n.chair.ok(&format!("/api/v1/rounds/{}/close", rounds[r]), json!({}), 200);
        let result = &e["rounds"][r]["result"];
        if r == 0 {
            assert_eq!((&result["elected"], &result["runoff"]), (&json!([]), &json!([ana, jonas])), "{e}");
        } else {
            assert_eq!(result["elected"], json!([ana]), "{e}");
        }
    }
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    n.app.account("auditor@example.org", Role::Auditor, None);
    (n.app.login("auditor@example.org"), Made { statutes, tie, rounds, candidates })
}

fn poll_at(b: &Bundle, id: i64) -> usize {
    b.polls.iter().position(|p| p.id == id).expect("a sealed poll")
}

fn round_at(b: &Bundle, id: i64) -> usize {
    b.rounds.iter().position(|r| r.id == id).expect("a sealed round")
}

fn event_at(b: &Bundle, kind: &str, subject: &str) -> usize {
    b.ledger.iter().position(|e| e.kind == kind && e.subject == subject).expect("an event")
}

/// The forged bundle fails with `kind`'s exit code, and a finding of that
/// kind says every one of `words`.
fn fails(t: &Bundle, kind: Kind, words: &[&str]) {
    let report = verify::verify(t, None);
    assert_eq!(report.exit_code, kind.exit_code(), "{}", report.render());
    assert!(
        report.findings.iter().any(|f| f.kind == kind && words.iter().all(|w| f.message.contains(w))),
        "no {kind:?} finding saying {words:?}:\n{}",
        report.render()
    );
}

fn holds(t: &Bundle) {
    let report = verify::verify(t, None);
    assert!(report.ok, "{}", report.render());
}

fn the_sentence_is_presentation_and_the_decision_is_checked(db: TestDb) {
    let n = network(db);
    let (auditor, made) = scenario(&n);
    let b = export(&n, &auditor);
    holds(&b);
    let key = Sealer::from_secret(n.app.signing_secret);
    let statutes = poll_at(&b, made.statutes);
    let tie = poll_at(&b, made.tie);
    let decision = &b.polls[tie].document["decision"];
    assert_eq!(
        (&decision["reason"], &decision["casting_vote"], &decision["support"], &decision["base_count"]),
        (&json!("tie_casting_vote"), &json!("carried"), &json!(2), &json!(3)),
        "{decision}"
    );

    // The explanation reworded (another language, say), in every seal and
    // in the ledger's closes: still verifies.
    let mut t = b.clone();
    for p in &mut t.polls {
        p.document["explanation"] = json!("Adoptée : la décision est dans les données, la phrase est pour les gens.");
    }
    for id in [made.statutes, made.tie] {
        let at = event_at(&t, "poll.closed", &format!("poll:{id}"));
        t.ledger[at].payload["explanation"] = json!("Adoptée.");
    }
    reforge(&mut t, &key);
    holds(&t);

    // The decision changed, part by part: the rule gives another.
    let forged = |at: usize, path: &str, value: Value| {
        let mut t = b.clone();
        *t.polls[at].document.pointer_mut(path).expect("a part of the seal") = value;
        reforge(&mut t, &key);
        t
    };
    fails(&forged(statutes, "/decision/support", json!(3)), Kind::Rule, &["support sealed 3, the rule gives 2"]);
    fails(&forged(statutes, "/decision/base_count", json!(2)), Kind::Rule, &["base count sealed 2, the rule gives 3"]);
    fails(&forged(statutes, "/decision/reason", json!("no_support")), Kind::Rule, &["reason sealed no_support"]);
    fails(&forged(statutes, "/decision/casting_vote", json!("carried")), Kind::Rule, &["casting vote sealed carried"]);
    fails(&forged(statutes, "/decision/quorum/quorate", json!(false)), Kind::Rule, &["quorate sealed false"]);
    fails(&forged(statutes, "/decision/quorum/required", json!(3)), Kind::Rule, &["quorum required sealed 3"]);
    fails(&forged(tie, "/decision/casting_vote", json!(null)), Kind::Rule, &["no casting vote sealed"]);
    fails(&forged(tie, "/decision/casting_vote", json!("rejected")), Kind::Rule, &["the rule gives rejected"]);
    // The outcome turned, in the seal and the ledger's close alike.
    let mut t = b.clone();
    t.polls[statutes].document["outcome"] = json!("rejected");
    let at = event_at(&t, "poll.closed", &format!("poll:{}", made.statutes));
    t.ledger[at].payload["outcome"] = json!("rejected");
    reforge(&mut t, &key);
    fails(&t, Kind::Rule, &["the rule gives carried, the seal says rejected"]);
    // A part the type does not know: not a poll seal.
    let mut t = b.clone();
    let decision = t.polls[statutes].document["decision"].as_object_mut().expect("decision");
    decision.insert("said".into(), json!("carried by acclamation"));
    reforge(&mut t, &key);
    fails(&t, Kind::Unreadable, &["said"]);
}

fn the_rule_in_a_seal_is_the_one_the_ledger_gave(db: TestDb) {
    let n = network(db);
    let (auditor, made) = scenario(&n);
    let b = export(&n, &auditor);
    holds(&b);
    let key = Sealer::from_secret(n.app.signing_secret);
    let statutes = poll_at(&b, made.statutes);
    let tie = poll_at(&b, made.tie);
    let forged = |at: usize, changes: &[(&str, Value)]| {
        let mut t = b.clone();
        for (path, value) in changes {
            *t.polls[at].document.pointer_mut(path).expect("a part of the seal") = value.clone();
        }
        reforge(&mut t, &key);
        t
    };
    // A simple majority sealed for the statutes motion: 2 of 3 carry it
    // either way, so the count and the decision agree with themselves;
    // only the motion's creation in the ledger tells.
    let simple = json!({"numerator": 1, "denominator": 2, "strict": true, "base": "votes_cast", "tie": "rejected"});
    fails(
        &forged(statutes, &[("/decision/rule", simple)]),
        Kind::Rule,
        &["the seal applies the majority > 1/2 of votes_cast", "the majority >= 2/3 of votes_cast"],
    );
    // The assembly's quorum sealed for a motion that has its own (both
    // need 2 of 3 members here).
    let half = json!({"numerator": 1, "denominator": 2, "strict": false});
    fails(
        &forged(statutes, &[("/decision/quorum/rule", half)]),
        Kind::Rule,
        &["the seal applies quorum >= 1/2", "quorum >= 2/3, motion"],
    );
    // No quorum sealed for a motion under the assembly's.
    fails(
        &forged(tie, &[("/decision/quorum/rule", json!(null)), ("/decision/quorum/required", json!(0))]),
        Kind::Rule,
        &["the seal applies no quorum", "quorum >= 1/2, assembly"],
    );
    // A tie rule the motion was not given: the chair's vote still sealed,
    // so the forger seals a rejected tie instead.
    fails(
        &forged(
            tie,
            &[
                ("/decision/rule/tie", json!("rejected")),
                ("/decision/reason", json!("tie_rejected")),
                ("/decision/casting_vote", json!(null)),
                ("/decision/support", json!(1)),
                ("/decision/base_count", json!(2)),
                ("/outcome", json!("rejected")),
            ],
        ),
        Kind::SealLedger,
        &["another count or outcome"],
    );
    let mut t = b.clone();
    for (path, value) in [
        ("/decision/rule/tie", json!("rejected")),
        ("/decision/reason", json!("tie_rejected")),
        ("/decision/casting_vote", json!(null)),
        ("/decision/support", json!(1)),
        ("/decision/base_count", json!(2)),
        ("/outcome", json!("rejected")),
    ] {
        *t.polls[tie].document.pointer_mut(path).expect("part") = value;
    }
    let at = event_at(&t, "poll.closed", &format!("poll:{}", made.tie));
    t.ledger[at].payload["outcome"] = json!("rejected");
    reforge(&mut t, &key);
    fails(&t, Kind::Rule, &["a tie rejected", "a tie decided by the chair"]);
}

fn a_round_is_checked_as_data_and_against_its_election(db: TestDb) {
    let n = network(db);
    let (auditor, made) = scenario(&n);
    let b = export(&n, &auditor);
    holds(&b);
    let key = Sealer::from_secret(n.app.signing_secret);
    let [ana, jonas] = made.candidates;
    // Changes a round's seal, recounts its result under what it then says
    // (so that the result is the count of its ballots) and records that
    // result in the ledger's close too; `opened` changes the ledger's
    // opening of the round alike.
    let forged = |round: usize, changes: &[(&str, Value)], opened: &[(&str, Value)]| {
        let mut t = b.clone();
        let at = round_at(&t, made.rounds[round]);
        let doc = &mut t.rounds[at].document;
        for (path, value) in changes {
            *doc.pointer_mut(path).expect("a part of the seal") = value.clone();
        }
        let ballots: Vec<Vec<i64>> = serde_json::from_value(Value::Array(
            doc["ballots"].as_array().expect("ballots").iter().map(|b| b["choices"].clone()).collect(),
        ))
        .expect("ballots");
        let candidates: Vec<i64> = serde_json::from_value(doc["candidates"].clone()).expect("candidates");
        let seats = u32::try_from(doc["seats"].as_u64().expect("seats")).expect("seats");
        let result = count(seats, doc["absolute_majority"].as_bool().expect("method"), &candidates, &ballots);
        doc["result"] = json!(result);
        let subject = format!("round:{}", made.rounds[round]);
        let close = event_at(&t, "election.round_closed", &subject);
        let (seal, signature) = (t.ledger[close].payload["seal"].clone(), t.ledger[close].payload["signature"].clone());
        t.ledger[close].payload = json!(result);
        t.ledger[close].payload["seal"] = seal;
        t.ledger[close].payload["signature"] = signature;
        let open = event_at(&t, "election.round_opened", &subject);
        for (field, value) in opened {
            t.ledger[open].payload[*field] = value.clone();
        }
        reforge(&mut t, &key);
        t
    };
    // The same seal recounted and re-signed: unchanged, and it holds.
    holds(&forged(0, &[], &[]));
    // An absolute majority the election was not created with.
    fails(
        &forged(0, &[("/absolute_majority", json!(true))], &[]),
        Kind::Rule,
        &["the seal elects with an absolute majority", "to elect by the most approvals"],
    );
    // More seats than the ledger opened the round for.
    fails(
        &forged(0, &[("/seats", json!(2))], &[]),
        Kind::Rule,
        &["the seal counts 2 seat(s)", "the ledger opened it for 1 seat(s)"],
    );
    // ... and than the election has, the opening forged alike.
    fails(
        &forged(0, &[("/seats", json!(2))], &[("seats", json!(2))]),
        Kind::Rule,
        &["election", "was created for 1 seat(s)"],
    );
    // The run-off narrowed to one of its two tied candidates.
    fails(
        &forged(1, &[("/candidates", json!([ana]))], &[("candidates", json!([ana]))]),
        Kind::Rule,
        &["run-off", &format!("{:?}", vec![ana, jonas])],
    );
    // The decision itself: who is elected, the run-off, the seats left.
    let mut t = b.clone();
    let at = round_at(&t, made.rounds[0]);
    t.rounds[at].document["result"]["elected"] = json!([ana]);
    t.rounds[at].document["result"]["runoff"] = json!([]);
    t.rounds[at].document["result"]["seats_left"] = json!(0);
    let close = event_at(&t, "election.round_closed", &format!("round:{}", made.rounds[0]));
    t.ledger[close].payload["elected"] = json!([ana]);
    t.ledger[close].payload["runoff"] = json!([]);
    t.ledger[close].payload["seats_left"] = json!(0);
    reforge(&mut t, &key);
    fails(&t, Kind::Rule, &["elected: the seal says [", "the rule gives []"]);
    // A result the ledger's close does not record.
    let mut t = b.clone();
    let at = round_at(&t, made.rounds[1]);
    t.rounds[at].document["result"]["majority_needed"] = json!(2);
    reforge(&mut t, &key);
    fails(&t, Kind::SealLedger, &["another result"]);
}

both!(
    the_sentence_is_presentation_and_the_decision_is_checked,
    the_rule_in_a_seal_is_the_one_the_ledger_gave,
    a_round_is_checked_as_data_and_against_its_election,
);
