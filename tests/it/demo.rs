//! The demo network: what `plenum serve --demo` seeds.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{TestApp, TestDb};
use serde_json::json;

fn demo_is_ready_to_try(db: TestDb) {
    let app = TestApp::start(db);
    let seed = app.services.seed_demo().expect("seed").expect("seeded");
    assert_eq!(seed.organisations, 60);
    assert!(app.services.seed_demo().expect("second seed").is_none(), "a second seed changes nothing");
    let login = |email: &str| {
        let api = app.anonymous();
        let (status, body) = api.post("/api/v1/session", json!({"email": email, "password": seed.password}));
        assert_eq!(status, 201, "{body}");
        common::Api { token: body["token"].as_str().map(String::from), ..api }
    };
    let chair = login("chair@demo.plenum.eu");
    let (_, orgs) = chair.get("/api/v1/organisations");
    let orgs = orgs.as_array().cloned().unwrap_or_default();
    assert_eq!(orgs.iter().filter(|o| o["kind"] == "full").count(), 50);
    assert_eq!(orgs.iter().filter(|o| o["kind"] == "affiliate").count(), 10);
    let mut countries: Vec<String> = orgs.iter().filter_map(|o| o["country"].as_str().map(String::from)).collect();
    countries.sort();
    countries.dedup();
    assert!(countries.len() >= 26, "{countries:?}");
    let (_, assemblies) = chair.get("/api/v1/assemblies");
    let a = &assemblies[0];
    assert_eq!((a["state"].as_str(), a["format"].as_str()), (Some("in_session"), Some("hybrid")), "{a}");
    let id = a["id"].as_i64().expect("id");
    let (_, motions) = chair.get(&format!("/api/v1/assemblies/{id}/motions"));
    assert_eq!(motions.as_array().map(|m| m.len()), Some(2));
    let (_, elections) = chair.get(&format!("/api/v1/assemblies/{id}/elections"));
    assert_eq!(
        (elections[0]["seats"].as_i64(), elections[0]["candidates"].as_array().map(|c| c.len())),
        (Some(3), Some(5))
    );
    let (_, q) = chair.get(&format!("/api/v1/assemblies/{id}/quorum"));
    assert_eq!(q["quorate"], true, "{q}");
    assert!(q["represented"].as_u64().unwrap_or(0) >= 3, "some members are represented by proxy: {q}");
    let (_, list) = chair.get(&format!("/api/v1/assemblies/{id}/attendance"));
    let list = list.as_array().cloned().unwrap_or_default();
    let mode = |m: &str| list.iter().filter(|l| l["present"] == m).count();
    assert!(mode("in_person") > 10 && mode("remote") > 5, "in the room and remote");
    assert!(
        list.iter().any(|l| l["organisation"]["kind"] == "affiliate" && !l["present"].is_null()),
        "affiliates attend"
    );
    // The whole seed is in the ledger, and the chain holds.
    let (_, events) = chair.get("/api/v1/audit/events?limit=10000");
    let events: Vec<plenum::store::rows::AuditEvent> =
        serde_json::from_value(events["events"].clone()).expect("events");
    assert!(events.len() > 120);
    assert_eq!(plenum::audit::verify_chain(&events, None), Ok(events.len()));
    // A demo delegate whose organisation is absent checks in and can vote.
    let first = seed.logins.iter().find(|l| l.role == plenum::domain::role::Role::Delegate).expect("delegate");
    let delegate = login(&first.email);
    let org = orgs
        .iter()
        .find(|o| Some(o["name"].as_str().unwrap_or_default()) == first.organisation.as_deref())
        .expect("org");
    delegate.check_in(id, org["id"].as_i64().expect("id"), AttendanceMode::Remote);
    // A vote on the demo's first motion: its bundle verifies, proxies and
    // all, replayed from the seed's own ledger.
    let motion = motions[0]["id"].as_i64().expect("motion");
    let poll = chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({"ballot": "roll_call"}), 201);
    let poll = poll["id"].as_i64().expect("poll");
    delegate.ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let (status, bundle) = chair.get(&format!("/api/v1/assemblies/{id}/bundle"));
    assert_eq!(status, 200);
    let bundle: plenum::export::bundle::Bundle = serde_json::from_value(bundle).expect("bundle");
    let report = plenum::verify::verify(&bundle, None);
    assert!(report.ok && report.polls == 1, "{}", report.render());
}

both!(demo_is_ready_to_try);
