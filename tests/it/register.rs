//! The member register: import, export, changes of kind and status.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, TestDb};
use serde_json::json;

const GOOD: &str = "name,country,kind,status\n\
Epsilon Platform,IT,full\n\
\"Zeta, Eta and Theta\",ES,full,active\n\
Iota Observers,CH,affiliate\n\
Kappa Council,PL,full,suspended\n";

fn ledger_len(api: &common::Api) -> usize {
    let (_, body) = api.get("/api/v1/audit/events?limit=10000");
    body["events"].as_array().map(|a| a.len()).unwrap_or(0)
}

fn import_is_all_or_nothing_and_idempotent(db: TestDb) {
    let n = network(db);
    let chair = &n.chair;
    let (status, report) = chair.post_csv("/api/v1/organisations/import", GOOD);
    assert_eq!(status, 200, "{report}");
    assert_eq!((report["created"].as_u64(), report["unchanged"].as_u64()), (Some(4), Some(0)), "{report}");
    let (_, orgs) = chair.get("/api/v1/organisations");
    let kappa = orgs.as_array().and_then(|a| a.iter().find(|o| o["name"] == "Kappa Council")).cloned().expect("kappa");
    assert_eq!(kappa["status"], "suspended");
    assert_eq!(kappa["country"], "PL");

    // The same file again changes nothing, not even the ledger.
    let before = ledger_len(chair);
    let (status, report) = chair.post_csv("/api/v1/organisations/import", GOOD);
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        (report["created"].as_u64(), report["updated"].as_u64(), report["unchanged"].as_u64()),
        (Some(0), Some(0), Some(4))
    );
    assert_eq!(ledger_len(chair), before);

    // A file with bad rows: each named by its line, nothing applied.
    let bad = "name,country,kind\nLambda Union,AT,full\nMu Forum,Austria,full\n,BE,full\nNu Circle,BE,member\n";
    let (status, body) = chair.post_csv("/api/v1/organisations/import", bad);
    assert_eq!(
        (status, body["error"].as_str(), body["created"].as_u64()),
        (422, Some("invalid_rows"), Some(0)),
        "{body}"
    );
    let errors = body["errors"].as_array().cloned().unwrap_or_default();
    let lines: Vec<u64> = errors.iter().filter_map(|e| e["line"].as_u64()).collect();
    assert_eq!(lines, vec![3, 4, 5], "{body}");
    assert!(errors[0]["message"].as_str().unwrap_or("").contains("AUSTRIA"), "{body}");
    assert!(errors[2]["message"].as_str().unwrap_or("").contains("full or affiliate"), "{body}");
    let (_, orgs) = chair.get("/api/v1/organisations");
    assert!(
        orgs.as_array().map(|a| a.iter().all(|o| o["name"] != "Lambda Union")).unwrap_or(false),
        "nothing half-applied"
    );
    assert_eq!(ledger_len(chair), before);

    // Only the secretariat imports.
    let (status, _) = n.delegates[0].post_csv("/api/v1/organisations/import", GOOD);
    assert_eq!(status, 403);

    // Export, then import the export: nothing changes.
    let (status, csv) = chair.get_text("/api/v1/organisations/export");
    assert_eq!(status, 200);
    assert!(
        csv.starts_with("name,country,kind,status\n") && csv.contains("\"Zeta, Eta and Theta\",ES,full,active"),
        "{csv}"
    );
    let (status, report) = chair.post_csv("/api/v1/organisations/import", &csv);
    assert_eq!(status, 200);
    assert_eq!((report["created"].as_u64(), report["updated"].as_u64()), (Some(0), Some(0)), "{report}");
    assert_eq!(ledger_len(chair), before);

    // A row that changes a kind is an audited update with the line as reason.
    let (_, report) = chair.post_csv("/api/v1/organisations/import", "name,country,kind\nIota Observers,CH,full\n");
    assert_eq!(report["updated"].as_u64(), Some(1), "{report}");
    let (_, events) = chair.get("/api/v1/audit/events?limit=10000");
    let last = events["events"].as_array().and_then(|a| a.last()).cloned().expect("event");
    assert_eq!(last["kind"], "organisation.changed");
    assert!(last["payload"].as_str().unwrap_or("").contains("register import, line 2"), "{last}");
}

fn suspension_is_audited_and_stops_the_vote(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let alpha = n.orgs[0];
    let (status, body) = n.chair.patch(&format!("/api/v1/organisations/{alpha}"), json!({"status": "suspended"}));
    assert_eq!((status, body["error"].as_str()), (400, Some("reason_required")), "{body}");
    let (status, body) = n.chair.patch(
        &format!("/api/v1/organisations/{alpha}"),
        json!({"status": "suspended", "reason": "Fees unpaid for 2025"}),
    );
    assert_eq!((status, body["status"].as_str()), (200, Some("suspended")), "{body}");
    let (status, _) =
        n.delegates[1].patch(&format!("/api/v1/organisations/{alpha}"), json!({"status": "active", "reason": "x"}));
    assert_eq!(status, 403);
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    let change = events["events"]
        .as_array()
        .and_then(|a| a.iter().rev().find(|e| e["kind"] == "organisation.changed"))
        .cloned()
        .expect("event");
    let payload: serde_json::Value = serde_json::from_str(change["payload"].as_str().unwrap_or("{}")).expect("json");
    assert_eq!(
        (payload["from"]["status"].as_str(), payload["to"]["status"].as_str()),
        (Some("active"), Some("suspended"))
    );
    assert_eq!(payload["reason"], "Fees unpaid for 2025");

    // A suspended member attends but does not vote, nor count for quorum.
    n.delegates[0].check_in(a, alpha, AttendanceMode::Remote);
    n.delegates[1].check_in(a, n.orgs[1], AttendanceMode::Remote);
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!((q["full_members"].as_u64(), q["present"].as_u64()), (Some(2), Some(1)), "{q}");
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201);
    assert_eq!(poll["eligible"].as_i64(), Some(1));
    let poll = poll["id"].as_i64().expect("id");
    let (status, body) = n.delegates[0].post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}));
    assert_eq!((status, body["error"].as_str()), (403, Some("suspended_cannot_vote")), "{body}");
}

fn replacing_a_delegate_ends_its_sessions_at_once(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let (_, accounts) = n.chair.get("/api/v1/accounts");
    let id_of = |email: &str| {
        accounts
            .as_array()
            .and_then(|l| l.iter().find(|x| x["email"] == email))
            .and_then(|x| x["id"].as_i64())
            .expect("account")
    };
    let (d0, d1) = (id_of("d0@example.org"), id_of("d1@example.org"));
    n.delegates[0].check_in(a, n.orgs[0], AttendanceMode::Remote);
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);

    let (status, new) = n.chair.post(
        &format!("/api/v1/accounts/{d0}/replace"),
        json!({"email": "new0@example.org", "name": "New delegate", "password": common::PASSWORD}),
    );
    assert_eq!((status, new["organisation_id"].as_i64()), (201, Some(n.orgs[0])), "{new}");
    let (status, _) = n.delegates[0].get("/api/v1/assemblies");
    assert_eq!(status, 401, "the replaced delegate's session ended at once");
    let (status, _) =
        n.app.anonymous().post("/api/v1/session", json!({"email": "d0@example.org", "password": common::PASSWORD}));
    assert_eq!(status, 401);
    // The organisation still has one vote, whoever casts it.
    let successor = n.app.login("new0@example.org");
    let (status, body) = successor.post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "no"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("already_voted")), "{body}");

    // Disabling ends sessions too; enabling lets the person log in again.
    let (status, body) = n.chair.patch(&format!("/api/v1/accounts/{d1}"), json!({"active": false}));
    assert_eq!((status, body["active"].as_bool()), (200, Some(false)), "{body}");
    assert_eq!(n.delegates[1].get("/api/v1/assemblies").0, 401);
    let (status, _) = n.delegates[1].patch(&format!("/api/v1/accounts/{d1}"), json!({"active": true}));
    assert_eq!(status, 401);
    n.chair.patch(&format!("/api/v1/accounts/{d1}"), json!({"active": true}));
    n.app.login("d1@example.org");
    // The secretariat cannot lock itself out.
    let (_, me) = n.chair.get("/api/v1/accounts");
    let chair_id = me
        .as_array()
        .or_else(|| me["accounts"].as_array())
        .and_then(|a| a.iter().find(|x| x["email"] == "chair@example.org"))
        .and_then(|x| x["id"].as_i64())
        .expect("the chair's account");
    let (status, body) = n.chair.patch(&format!("/api/v1/accounts/{chair_id}"), json!({"active": false}));
    assert_eq!((status, body["error"].as_str()), (409, Some("own_account")), "{body}");
    assert_eq!(n.chair.get("/api/v1/assemblies").0, 200, "the chair's session goes on");
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    let disabled: Vec<_> = events["events"]
        .as_array()
        .map(|a| a.iter().filter(|e| e["kind"] == "account.disabled").collect())
        .unwrap_or_default();
    assert_eq!(disabled.len(), 2);
    assert!(disabled[0]["payload"].as_str().unwrap_or("").contains("\"sessions_ended\":1"), "{:?}", disabled[0]);
}

both!(
    import_is_all_or_nothing_and_idempotent,
    suspension_is_audited_and_stops_the_vote,
    replacing_a_delegate_ends_its_sessions_at_once,
);
