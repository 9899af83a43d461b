//! Motions: submission, seconders, admission, amendments first, withdrawal,
//! opinions, presets per kind, and a tie the chair decides.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, Network, TestDb};
use serde_json::json;

fn everyone_here(n: &Network) {
    let a = n.assembly;
    for (i, org) in n.orgs.iter().enumerate() {
        n.delegates[i].check_in(a, *org, AttendanceMode::Remote);
    }
}

fn err(pair: (u16, serde_json::Value)) -> (u16, String) {
    (pair.0, pair.1["error"].as_str().unwrap_or_default().to_string())
}

fn a_members_motion_needs_seconders_and_the_chair(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let motions = format!("/api/v1/assemblies/{a}/motions");
    let m = n.delegates[0].ok(
        &motions,
        json!({"title": "Amend article 7", "text": "Article 7 **reads**: ...", "kind": "statutes"}),
        201,
    );
    assert_eq!((m["state"].as_str(), m["proposer_id"].as_i64()), (Some("submitted"), Some(n.orgs[0])), "{m}");
    assert_eq!(
        m["majority"],
        json!({"numerator": 2, "denominator": 3, "strict": false, "base": "votes_cast", "tie": "rejected"})
    );
    assert_eq!(m["quorum"], json!({"numerator": 2, "denominator": 3, "strict": false}));
    let id = m["id"].as_i64().expect("id");
    let (status, body) = n.delegates[0].post(&motions, json!({"title": "X", "kind": "constitution"}));
    assert_eq!((status, body["error"].as_str()), (400, Some("unknown_motion_kind")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("statutes"), "{body}");
    // The kinds a motion may name are the instance's, and it says which.
    let (_, instance) = n.app.anonymous().get("/api/v1/instance");
    let kinds = instance["motion_kinds"].as_array().cloned().unwrap_or_default();
    assert!(kinds.contains(&json!("statutes")) && kinds.contains(&json!("ordinary")), "{instance}");
    assert!(!kinds.contains(&json!("constitution")), "{instance}");
    let (status, _) = n.delegates[3].post(&motions, json!({"title": "From an affiliate"}));
    assert_eq!(status, 403);

    let seconders = format!("/api/v1/motions/{id}/seconders");
    assert_eq!(err(n.delegates[0].post(&seconders, json!({}))), (409, "own_motion".into()));
    assert_eq!(err(n.delegates[3].post(&seconders, json!({}))), (403, "not_a_voting_member".into()));
    n.delegates[1].ok(&seconders, json!({}), 201);
    assert_eq!(err(n.delegates[1].post(&seconders, json!({}))), (409, "already_seconded".into()));
    let admission = format!("/api/v1/motions/{id}/admission");
    let (status, body) = n.chair.post(&admission, json!({"admit": true}));
    assert_eq!((status, body["error"].as_str()), (422, Some("too_few_seconders")), "{body}");
    assert_eq!(body["message"], "This motion has 1 seconder; 2 are needed before it can be admitted.");
    assert_eq!(
        err(n.chair.post(&format!("/api/v1/motions/{id}/polls"), json!({}))),
        (409, "motion_not_admitted".into())
    );
    n.delegates[2].ok(&seconders, json!({}), 201);
    assert_eq!(err(n.delegates[1].post(&admission, json!({"admit": true}))), (403, "role_required".into()));
    let admitted = n.chair.ok(&admission, json!({"admit": true}), 200);
    assert_eq!(admitted["state"], "admitted");
    assert_eq!(admitted["seconders"], json!([n.orgs[1], n.orgs[2]]));

    // Not admitted needs a reason; a withdrawn motion is never voted on.
    let other = n.delegates[1].ok(&motions, json!({"title": "Out of scope"}), 201)["id"].as_i64().expect("id");
    assert_eq!(
        err(n.chair.post(&format!("/api/v1/motions/{other}/admission"), json!({"admit": false}))),
        (400, "reason_required".into())
    );
    let refused = n.chair.ok(
        &format!("/api/v1/motions/{other}/admission"),
        json!({"admit": false, "reason": "Not within the assembly's powers"}),
        200,
    );
    assert_eq!(
        (refused["state"].as_str(), refused["decision_reason"].as_str()),
        (Some("not_admitted"), Some("Not within the assembly's powers"))
    );
    let third = n.delegates[2].ok(&motions, json!({"title": "Withdrawn later"}), 201)["id"].as_i64().expect("id");
    assert_eq!(
        err(n.delegates[1].post(&format!("/api/v1/motions/{third}/withdraw"), json!({}))),
        (403, "not_the_proposer".into())
    );
    let gone =
        n.delegates[2].ok(&format!("/api/v1/motions/{third}/withdraw"), json!({"reason": "Merged into another"}), 200);
    assert_eq!(gone["state"], "withdrawn");
    assert_eq!(
        err(n.delegates[2].post(&format!("/api/v1/motions/{third}/withdraw"), json!({}))),
        (409, "illegal_motion_move".into())
    );

    // Affiliates attach advisory opinions; full members vote instead.
    let with_opinion =
        n.delegates[3].ok(&format!("/api/v1/motions/{id}/opinions"), json!({"text": "We support the change."}), 201);
    assert_eq!(with_opinion["opinions"][0]["organisation"], "Delta Observers");
    assert_eq!(
        err(n.delegates[0].post(&format!("/api/v1/motions/{id}/opinions"), json!({"text": "x"}))),
        (403, "affiliates_only".into())
    );

    // The statutes quorum: two thirds of three members.
    n.delegates[0].check_in(a, n.orgs[0], AttendanceMode::Remote);
    let poll = n.chair.ok(&format!("/api/v1/motions/{id}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    assert_eq!(closed["result"]["explanation"], "Rejected: the quorum was not reached; quorum 1 of 3 (>= 2/3).");
    let (_, m) = n.chair.get(&format!("/api/v1/motions/{id}"));
    assert_eq!(m["state"], "rejected");
}

fn amendments_are_voted_first(db: TestDb) {
    let n = network(db);
    everyone_here(&n);
    let a = n.assembly;
    let motions = format!("/api/v1/assemblies/{a}/motions");
    let main = n.chair.ok(&motions, json!({"title": "Budget 2027", "kind": "budget"}), 201)["id"].as_i64().expect("id");
    let amendment = n.chair.ok(&motions, json!({"title": "Raise the travel fund", "amends": main}), 201);
    assert_eq!(amendment["amends"].as_i64(), Some(main));
    let amendment = amendment["id"].as_i64().expect("id");
    let (_, m) = n.chair.get(&format!("/api/v1/motions/{main}"));
    assert_eq!(m["amendments"], json!([amendment]));
    assert_eq!(
        err(n.chair.post(&format!("/api/v1/motions/{main}/polls"), json!({}))),
        (409, "amendments_first".into())
    );
    let poll = n.chair.ok(&format!("/api/v1/motions/{amendment}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    // While the amendment is voted, the motion cannot be amended again.
    assert_eq!(
        err(n.chair.post(&motions, json!({"title": "Amend the amendment", "amends": amendment}))),
        (409, "cannot_amend".into())
    );
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    n.chair.ok(&format!("/api/v1/motions/{main}/polls"), json!({}), 201);
}

fn a_tie_the_chair_decides(db: TestDb) {
    let n = network(db);
    everyone_here(&n);
    let a = n.assembly;
    let majority =
        json!({"numerator": 1, "denominator": 2, "strict": true, "base": "votes_cast", "tie": "chair_decides"});
    let m = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/motions"),
        json!({"title": "Venue 2027", "majority": majority}),
        201,
    );
    let poll = n.chair.ok(&format!("/api/v1/motions/{}/polls", m["id"]), json!({}), 201)["id"].as_i64().expect("id");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.delegates[1].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "no"}), 201);
    n.delegates[2].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "abstain"}), 201);
    let (status, body) = n.chair.post(&format!("/api/v1/polls/{poll}/close"), json!({}));
    assert_eq!((status, body["error"].as_str()), (422, Some("chair_must_decide")), "{body}");
    let (_, still) = n.chair.get(&format!("/api/v1/polls/{poll}"));
    assert_eq!(still["state"], "open", "nothing half-written");
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({"chair_decision": "carried"}), 200);
    assert_eq!(closed["result"]["outcome"], "carried");
    assert_eq!(
        closed["result"]["explanation"],
        "Carried on the chair's casting vote (for) after a tie of 1 to 1: 2 of 3 votes cast (> 1/2); quorum 3 of 3 (>= 1/2)."
    );
}

fn the_deadline_for_members_motions(db: TestDb) {
    let n = network(db);
    let a = n.chair.ok(
        "/api/v1/assemblies",
        json!({"title": "EGA", "starts_at": "2026-06-16T09:00:00Z", "format": "hybrid", "motion_deadline": "2026-05-16T12:00:00Z"}),
        201,
    );
    let id = a["id"].as_i64().expect("id");
    n.delegates[0].ok(&format!("/api/v1/assemblies/{id}/motions"), json!({"title": "In time"}), 201);
    n.app.clock.advance(chrono::Duration::hours(4));
    let (status, body) = n.delegates[0].post(&format!("/api/v1/assemblies/{id}/motions"), json!({"title": "Too late"}));
    assert_eq!((status, body["error"].as_str()), (422, Some("motion_deadline_passed")), "{body}");
    // The secretariat is not bound by the members' deadline.
    n.chair.ok(&format!("/api/v1/assemblies/{id}/motions"), json!({"title": "From the Board"}), 201);
}

/// A motion hangs under an agenda item of its own assembly only: one of
/// another assembly's items is refused, nothing is made, and the other
/// assembly's agenda gains nothing.
fn a_motion_names_only_its_own_assemblys_agenda_item(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let item = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/agenda"),
        json!({"title": "Accounts", "kind": "decision", "reason": "for the test"}),
        201,
    );
    let item = item.as_array().and_then(|l| l.last()).and_then(|i| i["id"].as_i64()).expect("agenda item");
    let other = n.chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Extraordinary GA", "starts_at": "2026-06-20T09:00:00Z", "format": "remote"}),
        201,
    )["id"]
        .as_i64()
        .expect("assembly");
    let (status, body) = n
        .chair
        .post(&format!("/api/v1/assemblies/{other}/motions"), json!({"title": "Elsewhere", "agenda_item_id": item}));
    assert_eq!((status, body["error"].as_str()), (422, Some("agenda_item_elsewhere")), "{body}");
    assert!(!body["message"].as_str().unwrap_or_default().is_empty());
    let (_, motions) = n.chair.get(&format!("/api/v1/assemblies/{other}/motions"));
    assert_eq!(motions.as_array().map(Vec::len), Some(0), "{motions}");
    let (status, body) =
        n.chair.post(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Here", "agenda_item_id": item}));
    assert_eq!(status, 201, "{body}");
}

both!(
    a_motion_names_only_its_own_assemblys_agenda_item,
    a_members_motion_needs_seconders_and_the_chair,
    amendments_are_voted_first,
    a_tie_the_chair_decides,
    the_deadline_for_members_motions,
);
