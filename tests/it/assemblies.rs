//! The assembly: its particulars, notice, convocation, lifecycle and agenda.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, TestApp, TestDb};
use plenum::domain::role::Role;
use serde_json::{json, Value};

fn chair_of(db: TestDb) -> (TestApp, common::Api) {
    let app = TestApp::start(db);
    app.account("chair@example.org", Role::Secretariat, None);
    let chair = app.login("chair@example.org");
    (app, chair)
}

fn codes(v: &Value) -> Vec<String> {
    v["warnings"]
        .as_array()
        .map(|w| w.iter().filter_map(|x| x["code"].as_str().map(String::from)).collect())
        .unwrap_or_default()
}

fn notice_convocation_and_particulars(db: TestDb) {
    let (_app, chair) = chair_of(db);
    let a = chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Extraordinary General Assembly", "kind": "extraordinary", "starts_at": "2026-06-16T09:00:00Z",
               "format": "remote", "notice_sent_on": "2026-06-06", "venue": "online"}),
        201,
    );
    assert_eq!((a["kind"].as_str(), a["format"].as_str()), (Some("extraordinary"), Some("remote")), "{a}");
    assert_eq!(codes(&a), vec!["short_notice"], "{a}");
    assert_eq!(
        a["warnings"][0]["message"],
        "The notice was sent 10 days before the assembly; the statutes ask for 15."
    );
    let id = a["id"].as_i64().expect("id");
    let (status, a) = chair.patch(&format!("/api/v1/assemblies/{id}"), json!({"notice_sent_on": "2026-05-29"}));
    assert_eq!(status, 200, "{a}");
    assert!(codes(&a).is_empty(), "{a}");

    // A second convocation needs no quorum unless one is given.
    let second = chair.ok(
        "/api/v1/assemblies",
        json!({"title": "AGA, second convocation", "starts_at": "2026-06-30T09:00:00Z", "format": "hybrid", "convocation": 2}),
        201,
    );
    assert!(second["quorum"].is_null(), "{second}");
    let sid = second["id"].as_i64().expect("id");
    let (_, q) = chair.get(&format!("/api/v1/assemblies/{sid}/quorum"));
    assert_eq!((q["required"].as_u64(), q["quorate"].as_bool()), (Some(0), Some(true)), "{q}");
    let given = chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Statutes", "starts_at": "2026-06-30T09:00:00Z", "format": "hybrid", "convocation": 2,
               "quorum": {"numerator": 2, "denominator": 3, "strict": false}}),
        201,
    );
    assert_eq!(given["quorum"], json!({"numerator": 2, "denominator": 3, "strict": false}));
    let (status, body) = chair.post(
        "/api/v1/assemblies",
        json!({"title": "Bad", "starts_at": "2026-06-30T09:00:00Z", "format": "hybrid", "quorum": {"numerator": 3, "denominator": 2}}),
    );
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_quorum")), "{body}");

    // The lifecycle refuses shortcuts and warns of a missing notice date.
    let (status, body) = chair.post(&format!("/api/v1/assemblies/{sid}/transition"), json!({"to": "in_session"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("illegal_transition")), "{body}");
    let convened = chair.ok(&format!("/api/v1/assemblies/{sid}/transition"), json!({"to": "convened"}), 200);
    assert_eq!(codes(&convened), vec!["notice_date_missing"]);
    for to in ["in_session", "suspended", "in_session", "closed"] {
        let a = chair.ok(&format!("/api/v1/assemblies/{sid}/transition"), json!({"to": to}), 200);
        assert_eq!(a["state"], to);
    }
    // The minutes are approved by their own action, which seals them.
    let (status, body) = chair.post(&format!("/api/v1/assemblies/{sid}/transition"), json!({"to": "minutes_approved"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("approve_minutes")), "{body}");
    let approved = chair.ok(&format!("/api/v1/assemblies/{sid}/minutes/approve"), json!({}), 200);
    assert_eq!(approved["status"], "approved");
    let (_, a) = chair.get(&format!("/api/v1/assemblies/{sid}"));
    assert_eq!(a["state"], "minutes_approved");
    let (status, body) = chair.patch(&format!("/api/v1/assemblies/{sid}"), json!({"title": "Renamed"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("assembly_locked")), "{body}");
}

fn the_agenda_locks_in_session(db: TestDb) {
    let (_app, chair) = chair_of(db);
    let a = chair.ok(
        "/api/v1/assemblies",
        json!({"title": "AGA", "starts_at": "2026-06-16T09:00:00Z", "format": "hybrid",
               "agenda": [{"title": "Opening", "kind": "decision"}, {"title": "Report", "kind": "information"}]}),
        201,
    );
    let id = a["id"].as_i64().expect("id");
    let agenda = format!("/api/v1/assemblies/{id}/agenda");
    let items = chair.ok(&agenda, json!({"title": "Budget", "kind": "decision"}), 201);
    let ids: Vec<i64> =
        items.as_array().map(|a| a.iter().filter_map(|i| i["id"].as_i64()).collect()).unwrap_or_default();
    assert_eq!(ids.len(), 3);
    let reordered = chair.ok(&format!("{agenda}/order"), json!({"order": [ids[2], ids[0], ids[1]]}), 200);
    let titles: Vec<&str> =
        reordered.as_array().map(|a| a.iter().filter_map(|i| i["title"].as_str()).collect()).unwrap_or_default();
    assert_eq!(titles, vec!["Budget", "Opening", "Report"]);
    let (status, body) = chair.post(&format!("{agenda}/order"), json!({"order": [ids[0], ids[1]]}));
    assert_eq!((status, body["error"].as_str()), (422, Some("agenda_order_mismatch")), "{body}");
    let (status, body) = chair.post(&agenda, json!({"title": "X", "kind": "vote"}));
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_json")), "{body}");

    for to in ["convened", "in_session"] {
        chair.ok(&format!("/api/v1/assemblies/{id}/transition"), json!({"to": to}), 200);
    }
    let (status, body) = chair.post(&agenda, json!({"title": "Urgent motion", "kind": "decision"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("agenda_locked")), "{body}");
    let (status, body) = chair.post(&format!("{agenda}/order"), json!({"order": [ids[0], ids[1], ids[2]]}));
    assert_eq!((status, body["error"].as_str()), (409, Some("agenda_locked")), "{body}");
    let items = chair.ok(
        &agenda,
        json!({"title": "Urgent motion", "kind": "decision", "reason": "Admitted by the assembly, 31 for"}),
        201,
    );
    assert_eq!(items.as_array().map(|a| a.len()), Some(4));
    let (_, events) = chair.get("/api/v1/audit/events?limit=10000");
    let added = events["events"]
        .as_array()
        .and_then(|a| a.iter().rev().find(|e| e["kind"] == "agenda.item_added"))
        .cloned()
        .expect("event");
    assert!(added["payload"].as_str().unwrap_or("").contains("Admitted by the assembly, 31 for"), "{added}");
    chair.ok(&format!("/api/v1/assemblies/{id}/transition"), json!({"to": "closed"}), 200);
    let (status, _) = chair.post(&agenda, json!({"title": "Late", "kind": "discussion", "reason": "forgot"}));
    assert_eq!(status, 409);
}

fn a_suspended_session_takes_no_votes(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.delegates[0].check_in(a, n.orgs[0], AttendanceMode::Remote);
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "suspended"}), 200);
    let (status, body) = n.delegates[0].post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("not_in_session")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("suspended"), "{body}");
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "in_session"}), 200);
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
}

/// One session at a time: a second assembly cannot open its session while
/// another's is held (in session or suspended), since every page follows
/// the assembly in session; once the first is closed, it can.
fn one_session_at_a_time(db: TestDb) {
    let n = network(db);
    let first = n.assembly;
    let second = n.chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Extraordinary General Assembly", "starts_at": "2026-12-20T09:00:00Z", "format": "hybrid"}),
        201,
    )["id"]
        .clone();
    let to =
        |id: &Value, state: &str| n.chair.post(&format!("/api/v1/assemblies/{id}/transition"), json!({"to": state}));
    assert_eq!(to(&second, "convened").0, 200);
    let (status, body) = to(&second, "in_session");
    assert_eq!((status, body["error"].as_str()), (409, Some("another_session")), "{body}");
    assert!(body["message"].as_str().is_some_and(|m| m.contains("Annual General Assembly")), "{body}");
    assert_eq!(to(&json!(first), "suspended").0, 200);
    assert_eq!(to(&second, "in_session").0, 409, "a suspended session is still held");
    assert_eq!(to(&json!(first), "in_session").0, 200, "the first resumes");
    assert_eq!(to(&json!(first), "closed").0, 200);
    assert_eq!(to(&second, "in_session").0, 200, "the first closed, the second opens");
    let (_, delegate_sees) = n.delegates[0].get("/api/v1/assemblies");
    assert!(delegate_sees.as_array().is_some_and(|l| l.len() == 2), "{delegate_sees}");
}

/// An assembly that does not exist has no lists: every read under its id
/// answers 404, none an empty list (the motions and elections answered
/// 200 `[]`, unlike the agenda and the speakers).
fn an_unknown_assembly_is_not_found_everywhere(db: TestDb) {
    let n = network(db);
    let unknown = n.assembly + 1000;
    for part in [
        "",
        "/agenda",
        "/attendance",
        "/attendance/stays",
        "/quorum",
        "/elections",
        "/speakers",
        "/proxies",
        "/motions",
    ] {
        let (status, body) = n.chair.get(&format!("/api/v1/assemblies/{unknown}{part}"));
        assert_eq!((status, body["error"].as_str()), (404, Some("not_found")), "{part}: {body}");
    }
}

both!(
    an_unknown_assembly_is_not_found_everywhere,
    notice_convocation_and_particulars,
    the_agenda_locks_in_session,
    a_suspended_session_takes_no_votes,
    one_session_at_a_time
);
