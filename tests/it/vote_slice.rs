//! The walking skeleton end to end over HTTP, on SQLite and on PostgreSQL:
//! log in, check in, vote, a double vote refused, an affiliate refused,
//! close, result, audit chain intact.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, TestDb};
use plenum::store::rows::AuditEvent;
use serde_json::{json, Value};

fn events(api: &common::Api) -> Vec<AuditEvent> {
    let (status, body) = api.get("/api/v1/audit/events?after=0&limit=10000");
    assert_eq!(status, 200, "{body}");
    serde_json::from_value(body["events"].clone()).expect("events")
}

fn one_vote_end_to_end(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [org_a, org_b, org_c, org_d] = n.orgs;
    // A is checked in by the desk in the room; B and the affiliate D check
    // themselves in remotely; C stays away.
    let stay = n.desk.check_in(a, org_a, AttendanceMode::InPerson);
    assert_eq!(stay["mode"], "in_person");
    n.delegates[1].check_in(a, org_b, AttendanceMode::Remote);
    n.delegates[3].check_in(a, org_d, AttendanceMode::Remote);
    // A delegate cannot check in another organisation.
    let (status, body) = n.delegates[1]
        .post(&format!("/api/v1/assemblies/{a}/attendance"), json!({"organisation_id": org_c, "mode": "remote"}));
    assert_eq!((status, body["error"].as_str()), (403, Some("not_your_organisation")), "{body}");
    // Checking in twice is a conflict.
    let (status, body) = n
        .desk
        .post(&format!("/api/v1/assemblies/{a}/attendance"), json!({"organisation_id": org_a, "mode": "in_person"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("already_checked_in")), "{body}");

    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!(
        (q["full_members"].as_i64(), q["present"].as_i64(), q["required"].as_i64(), q["quorate"].as_bool()),
        (Some(3), Some(2), Some(2), Some(true)),
        "{q}"
    );

    let motion = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/motions"),
        json!({"title": "Accounts 2025", "text": "The assembly approves the accounts.", "kind": "budget"}),
        201,
    );
    let motion = motion["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({"ballot": "roll_call"}), 201);
    assert_eq!((poll["state"].as_str(), poll["eligible"].as_i64()), (Some("open"), Some(2)), "{poll}");
    let poll = poll["id"].as_i64().expect("id");
    let ballots = format!("/api/v1/polls/{poll}/ballots");

    let receipt_a = n.delegates[0].ok(&ballots, json!({"choice": "yes"}), 201);
    let receipt_a = receipt_a["receipt"].as_str().expect("receipt").to_string();
    // The same organisation again: refused, and it never counts twice.
    for choice in ["yes", "no"] {
        let (status, body) = n.delegates[0].post(&ballots, json!({"choice": choice}));
        assert_eq!((status, body["error"].as_str()), (409, Some("already_voted")), "{body}");
        assert!(body["message"].as_str().unwrap_or("").contains("Alpha Network"), "{body}");
    }
    n.delegates[1].ok(&ballots, json!({"choice": "abstain"}), 201);
    // An affiliate: 403 with a clear message.
    let (status, body) = n.delegates[3].post(&ballots, json!({"choice": "no"}));
    assert_eq!((status, body["error"].as_str()), (403, Some("affiliate_cannot_vote")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("advisory"), "{body}");
    // A full member that was not present when the poll opened.
    let (status, body) = n.delegates[2].post(&ballots, json!({"choice": "no"}));
    assert_eq!((status, body["error"].as_str()), (403, Some("not_eligible")), "{body}");
    // A delegate cannot vote for another organisation.
    let (status, body) = n.delegates[2].post(&ballots, json!({"choice": "no", "organisation_id": org_a}));
    assert_eq!((status, body["error"].as_str()), (403, Some("not_your_organisation")), "{body}");

    // While open: how many voted, never what (invariant 3).
    let (_, open) = n.chair.get(&format!("/api/v1/polls/{poll}"));
    assert_eq!((open["state"].as_str(), open["cast"].as_i64()), (Some("open"), Some(2)), "{open}");
    assert!(open["result"].is_null() && open.get("roll_call").is_none(), "{open}");
    let (_, receipt) = n.delegates[0].get(&format!("/api/v1/receipts/{receipt_a}"));
    assert_eq!(receipt["included"], false, "{receipt}");

    // Only the secretariat closes.
    let (status, body) = n.desk.post(&format!("/api/v1/polls/{poll}/close"), json!({}));
    assert_eq!((status, body["error"].as_str()), (403, Some("role_required")), "{body}");
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let result = &closed["result"];
    assert_eq!(
        (result["yes"].as_i64(), result["no"].as_i64(), result["abstain"].as_i64()),
        (Some(1), Some(0), Some(1)),
        "{closed}"
    );
    assert_eq!(result["outcome"], "carried");
    assert_eq!(result["quorate"], true);
    assert_eq!(result["explanation"], "Carried: 1 of 1 votes cast (> 1/2); quorum 2 of 3 (>= 1/2).");
    assert_eq!(closed["roll_call"].as_array().map(|v| v.len()), Some(2), "{closed}");

    // A closed poll takes no more ballots, and cannot be closed again.
    let (status, body) = n.delegates[1].post(&ballots, json!({"choice": "yes"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("poll_closed")), "{body}");
    let (status, _) = n.chair.post(&format!("/api/v1/polls/{poll}/close"), json!({}));
    assert_eq!(status, 409);
    let (_, receipt) = n.app.anonymous().get(&format!("/api/v1/receipts/{}", receipt_a.to_lowercase()));
    assert_eq!((receipt["included"].as_bool(), receipt["poll_id"].as_i64()), (Some(true), Some(poll)), "{receipt}");
    // A roll call's choice is public after the close; the seal to check it by.
    assert_eq!((receipt["choice"].as_str(), &receipt["seal"]), (Some("yes"), &result["seal"]), "{receipt}");
    let (status, _) = n.app.anonymous().get("/api/v1/receipts/AAAA-BBBB-CCCC");
    assert_eq!(status, 404);

    // The ledger: every change is there and the chain is intact.
    let ledger = events(&n.chair);
    assert_eq!(plenum::audit::verify_chain(&ledger, None), Ok(ledger.len()));
    let count = |kind: &str| ledger.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count("ballot.cast"), 2);
    assert_eq!(count("ballot.refused"), 2, "the affiliate's and the absent member's refusals are audited");
    assert_eq!(count("poll.opened"), 1);
    assert_eq!(count("poll.closed"), 1);
    assert_eq!(count("attendance.arrived"), 3);
    assert_eq!(count("assembly.transition"), 2);
    let refused: Value =
        serde_json::from_str(&ledger.iter().find(|e| e.kind == "ballot.refused").expect("refusal").payload)
            .expect("json");
    assert_eq!(refused["reason"], "affiliate_cannot_vote");
    assert_eq!(refused["organisation"].as_i64(), Some(org_d));
    // No choice in the ledger's ballot events.
    assert!(ledger
        .iter()
        .filter(|e| e.kind == "ballot.cast")
        .all(|e| !e.payload.contains("yes") && !e.payload.contains("abstain")));
    // The seal: the ledger names it, and anyone with the public key checks it.
    let closed_event: Value =
        serde_json::from_str(&ledger.iter().find(|e| e.kind == "poll.closed").expect("close").payload).expect("json");
    assert_eq!(closed_event["seal"], closed["result"]["seal"]);
    let (_, seal) = n.delegates[2].get(&format!("/api/v1/polls/{poll}/seal"));
    let (_, instance) = n.app.anonymous().get("/api/v1/instance");
    assert_eq!(seal["public_key"], instance["public_key"]);
    let check = |doc: &Value| {
        plenum::audit::seal::verify(
            doc,
            seal["digest"].as_str().unwrap_or(""),
            seal["signature"].as_str().unwrap_or(""),
            instance["public_key"].as_str().unwrap_or(""),
        )
    };
    assert_eq!(check(&seal["document"]), Ok(()));
    assert_eq!(seal["digest"], closed["result"]["seal"]);
    assert_eq!(seal["document"]["tally"], json!({"yes": 1, "no": 0, "abstain": 1}));
    assert_eq!(seal["document"]["ballots"].as_array().map(|b| b.len()), Some(2));
    let mut forged = seal["document"].clone();
    forged["tally"]["yes"] = json!(2);
    assert_eq!(check(&forged), Err(plenum::audit::seal::SealError::Digest));

    // The assembly closes; after that no poll opens and nobody checks in.
    let done = n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    assert_eq!(done["state"], "closed");
    let (status, body) = n.chair.post(&format!("/api/v1/motions/{motion}/polls"), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("not_in_session")), "{body}");
    let (status, body) = n.delegates[2]
        .post(&format!("/api/v1/assemblies/{a}/attendance"), json!({"organisation_id": org_c, "mode": "remote"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("attendance_closed")), "{body}");
}

fn closed_poll_is_refused_by_the_database(db: TestDb) {
    use diesel::connection::SimpleConnection;
    let n = network(db);
    let a = n.assembly;
    n.desk.check_in(a, n.orgs[0], AttendanceMode::InPerson);
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "no"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let mut conn = n.app.services.conn().expect("connection");
    for sql in [
        format!("UPDATE ballots SET choice = 'yes' WHERE poll_id = {poll}"),
        format!("DELETE FROM ballots WHERE poll_id = {poll}"),
        format!("INSERT INTO ballots (poll_id, organisation_id, account_id, choice, receipt_hash, cast_at) VALUES ({poll}, {}, 1, 'yes', 'x', '2026-05-16 10:00:00')", n.orgs[1]),
        format!("UPDATE polls SET yes = 5 WHERE id = {poll}"),
        format!("DELETE FROM polls WHERE id = {poll}"),
        "UPDATE audit_events SET actor = 'someone else' WHERE seq = 1".to_string(),
        "DELETE FROM audit_events WHERE seq = 1".to_string(),
        "UPDATE ledger_checkpoints SET seq = 1".to_string(),
        "DELETE FROM ledger_checkpoints".to_string(),
    ] {
        let err = conn.batch_execute(&sql).expect_err(&sql);
        let text = err.to_string();
        assert!(text.contains("never changes") || text.contains("append-only") || text.contains("closed"), "{sql}: {text}");
    }
    let ledger = events(&n.chair);
    assert_eq!(plenum::audit::verify_chain(&ledger, None), Ok(ledger.len()));
}

fn concurrent_ballots_count_once(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.desk.check_in(a, n.orgs[0], AttendanceMode::InPerson);
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    let token = n.delegates[0].token.clone();
    let base = n.app.base.clone();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(24));
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..24)
            .map(|i| {
                let api = common::Api { base: base.clone(), client: common::client(), token: token.clone() };
                let barrier = barrier.clone();
                s.spawn(move || {
                    barrier.wait();
                    let choice = ["yes", "no", "abstain"][i % 3];
                    api.post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": choice})).0
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("thread")).collect()
    });
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 409).count(), 23, "{statuses:?}");
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let r = &closed["result"];
    assert_eq!(
        r["yes"].as_i64().unwrap_or(0) + r["no"].as_i64().unwrap_or(0) + r["abstain"].as_i64().unwrap_or(0),
        1,
        "{closed}"
    );
}

fn errors_are_clear(db: TestDb) {
    let n = network(db);
    let anon = n.app.anonymous();
    let (status, body) = anon.get("/api/v1/assemblies");
    assert_eq!((status, body["error"].as_str()), (401, Some("unauthorized")), "{body}");
    let (status, body) =
        n.chair.post("/api/v1/organisations", json!({"name": "X", "country": "Belgium", "kind": "full"}));
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_country")), "{body}");
    let (status, body) =
        n.chair.post("/api/v1/organisations", json!({"name": "X", "country": "BE", "kind": "observer"}));
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_json")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("observer"), "{body}");
    // NUL in text: PostgreSQL cannot store it, so neither database takes it.
    let (status, body) =
        n.chair.post("/api/v1/organisations", json!({"name": "Nul\u{0}Network", "country": "BE", "kind": "full"}));
    assert_eq!((status, body["error"].as_str()), (422, Some("invalid_text")), "{body}");
    let (status, body) =
        n.chair.post("/api/v1/organisations", json!({"name": "Alpha Network", "country": "BE", "kind": "full"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("duplicate_organisation")), "{body}");
    let (status, body) =
        n.delegates[0].post("/api/v1/organisations", json!({"name": "Y", "country": "BE", "kind": "full"}));
    assert_eq!((status, body["error"].as_str()), (403, Some("role_required")), "{body}");
    let (status, body) = n.chair.get("/api/v1/polls/999999");
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")), "{body}");
    // An illegal transition says what is wrong.
    let (status, body) = n.chair.post(&format!("/api/v1/assemblies/{}/transition", n.assembly), json!({"to": "draft"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("illegal_transition")), "{body}");
    assert_eq!(body["message"], "An assembly that is in session cannot become draft.");
    // A delegate account needs an organisation; a weak password is refused.
    let (status, body) = n.chair.post(
        "/api/v1/accounts",
        json!({"email": "x@example.org", "name": "X", "password": common::PASSWORD, "role": "delegate"}),
    );
    assert_eq!((status, body["error"].as_str()), (400, Some("organisation_required")), "{body}");
    let (status, body) = n.chair.post(
        "/api/v1/accounts",
        json!({"email": "x@example.org", "name": "X", "password": "short", "role": "auditor"}),
    );
    assert_eq!((status, body["error"].as_str()), (400, Some("password_too_short")), "{body}");
    // Nothing half-written: the refused calls left no organisation behind.
    let (_, orgs) = n.chair.get("/api/v1/organisations");
    assert_eq!(orgs.as_array().map(|a| a.len()), Some(4), "{orgs}");
}

fn sessions_end_and_logins_are_limited(db: TestDb) {
    let n = network(db);
    let (status, _) = n.delegates[0].delete("/api/v1/session");
    assert_eq!(status, 204);
    let (status, body) = n.delegates[0].get("/api/v1/assemblies");
    assert_eq!(status, 401, "a logged-out token is dead: {body}");
    let anon = n.app.anonymous();
    for _ in 0..5 {
        let (status, body) =
            anon.post("/api/v1/session", json!({"email": "d1@example.org", "password": "wrong password!"}));
        assert_eq!((status, body["error"].as_str()), (401, Some("login_failed")), "{body}");
    }
    // Now even the right password waits...
    let (status, body) = anon.post("/api/v1/session", json!({"email": "d1@example.org", "password": common::PASSWORD}));
    assert_eq!((status, body["error"].as_str()), (429, Some("login_rate_limited")), "{body}");
    // ... while another account from the same address is not locked out.
    let (status, _) = anon.post("/api/v1/session", json!({"email": "d2@example.org", "password": common::PASSWORD}));
    assert_eq!(status, 201);
    // After the window the account can log in again.
    n.app.clock.advance(chrono::Duration::seconds(901));
    let (status, _) = anon.post("/api/v1/session", json!({"email": "d1@example.org", "password": common::PASSWORD}));
    assert_eq!(status, 201);
}

both!(
    one_vote_end_to_end,
    closed_poll_is_refused_by_the_database,
    concurrent_ballots_count_once,
    errors_are_clear,
    sessions_end_and_logins_are_limited,
);
