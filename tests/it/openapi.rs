//! Real answers against the API's own OpenAPI document. A whole assembly
//! (check-ins, a proxy, roll-call, secret and tellers polls, an election,
//! the close) is run through the API as delegates, the desk, the chair and
//! an auditor would; every JSON answer is validated against the schema the
//! document gives its operation and status (as every test's answers are,
//! in `common::contract`). schemathesis
//! (`.ci/schemathesis`) checks generated requests the same way, but only
//! with the chair's token: this covers what only a delegate or the desk
//! gets back (a ballot's receipt, a check-in, a tellers count).

use crate::common;

use common::contract::{check, template};
use common::{full_assembly, network, recording, Exchange, TestDb};
use serde_json::json;

fn real_answers_match_the_document(db: TestDb) {
    let n = network(db);
    let (_, exchanges) = recording(|| {
        let auditor = full_assembly(&n);
        let a = n.assembly;
        for path in [
            format!("/api/v1/assemblies/{a}"),
            format!("/api/v1/assemblies/{a}/attendance"),
            format!("/api/v1/assemblies/{a}/attendance/stays"),
            format!("/api/v1/assemblies/{a}/quorum"),
            format!("/api/v1/assemblies/{a}/motions"),
            format!("/api/v1/assemblies/{a}/proxies"),
            format!("/api/v1/assemblies/{a}/agenda"),
            format!("/api/v1/assemblies/{a}/speakers"),
            "/api/v1/organisations".to_string(),
            "/api/v1/accounts".to_string(),
            "/api/v1/audit/events?kind=ballot.".to_string(),
        ] {
            let (status, body) = n.chair.get(&path);
            assert_eq!(status, 200, "GET {path}: {body}");
        }
        let (_, motions) = n.chair.get(&format!("/api/v1/assemblies/{a}/motions"));
        let poll = motions[0]["last_poll"].as_i64().expect("a closed poll");
        for path in [format!("/api/v1/polls/{poll}"), format!("/api/v1/polls/{poll}/seal")] {
            let (status, body) = auditor.get(&path);
            assert_eq!(status, 200, "GET {path}: {body}");
        }
        // The minutes, drafted, approved and sealed; then the bundle that
        // carries them.
        let minutes = format!("/api/v1/assemblies/{a}/minutes");
        let (status, body) = auditor.get(&minutes);
        assert_eq!((status, body["status"].as_str()), (200, Some("draft")), "{body}");
        let (status, body) = n.chair.put(&minutes, json!({"narrative": "The chair opened the session."}));
        assert_eq!(status, 200, "{body}");
        let body = n.chair.ok(&format!("{minutes}/approve"), json!({}), 200);
        assert_eq!(body["status"], "approved", "{body}");
        let (status, body) = auditor.get(&format!("/api/v1/assemblies/{a}/bundle"));
        assert_eq!(status, 200, "{body}");
        assert!(body["minutes"]["digest"].is_string() && !body["ledger"].as_array().is_some_and(Vec::is_empty));
    });
    let (status, doc) = n.chair.get("/api/openapi.json");
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.1.0", "the document is generated");
    assert_eq!(&doc, plenum::web::openapi::document(), "the served document is the generated one");

    let mut checked = std::collections::BTreeSet::new();
    let mut wrong = Vec::new();
    for Exchange { method, path, status, json, body } in &exchanges {
        let Some(t) = template(&doc, path) else {
            panic!("{method} {path} answered {status} but the document has no such path");
        };
        assert!(doc["paths"][t.as_str()][method.as_str()].is_object(), "{method} {t} is not in the document");
        // Every answer is checked as it arrives (common::contract); this
        // says which operations this assembly's answers covered.
        if let Err(e) = check(method, path, *status, *json, body) {
            wrong.push(e);
        }
        if (200..300).contains(status) && *json {
            checked.insert(format!("{method} {t}"));
        }
    }
    assert!(wrong.is_empty(), "answers that do not match the document:\n{}", wrong.join("\n"));
    // What only a delegate or the desk gets back is among what was checked.
    for op in [
        "post /api/v1/polls/{id}/ballots",
        "post /api/v1/polls/{id}/tellers",
        "post /api/v1/assemblies/{id}/attendance",
        "post /api/v1/assemblies/{id}/proxies",
        "post /api/v1/polls/{id}/close",
        "get /api/v1/polls/{id}/seal",
        "post /api/v1/session",
        "post /api/v1/rounds/{id}/ballots",
        "post /api/v1/elections/{id}/rounds",
        "get /api/v1/assemblies/{id}/minutes",
        "put /api/v1/assemblies/{id}/minutes",
        "post /api/v1/assemblies/{id}/minutes/approve",
        "get /api/v1/assemblies/{id}/bundle",
        "post /api/v1/rounds/{id}/close",
    ] {
        assert!(checked.contains(op), "{op} was not checked; checked: {checked:?}");
    }
    assert!(checked.len() >= 20, "{} operations checked: {checked:?}", checked.len());
}

/// The check every answer goes through refuses what the document does not
/// say: a code not listed, a status not listed, a field not declared, a
/// date that is not one.
#[test]
fn the_contract_check_refuses_what_the_document_does_not_say() {
    let ballot = "/api/v1/polls/7/ballots";
    let refused = |code: &str| json!({"error": code, "message": "A sentence."});
    assert_eq!(check("post", ballot, 409, true, &refused("already_voted")), Ok(()));
    assert!(check("post", ballot, 409, true, &refused("no_such_code")).is_err(), "an unknown code");
    assert!(check("post", ballot, 409, true, &refused("invalid_ballot")).is_err(), "a code of another status");
    assert!(check("post", ballot, 418, true, &refused("already_voted")).is_err(), "a status not listed");
    let extra = json!({"error": "already_voted", "message": "A sentence.", "more": 1});
    assert!(check("post", ballot, 409, true, &extra).is_err(), "a field not declared");
    let receipt = json!({"poll_id": 7, "organisation_id": 2, "receipt": "R-1", "replaced": false});
    assert_eq!(check("post", ballot, 201, true, &receipt), Ok(()));
    assert!(check("post", ballot, 201, true, &json!({"poll_id": "7"})).is_err(), "a wrong type");
    let instance = json!({"public_key": "ab", "version": "1", "motion_kinds": ["ordinary"]});
    assert_eq!(check("get", "/api/v1/instance", 200, true, &instance), Ok(()));
    // Not the API's, or not JSON: not checked.
    assert_eq!(check("get", "/api/v1/no/such/path", 404, true, &refused("not_found")), Ok(()));
    assert_eq!(check("get", "/healthz", 200, false, &json!("ok")), Ok(()));
}

/// A method a path does not take is 405 with the methods it does take
/// (read from the document), as JSON; a path the API has not is 404.
fn a_method_a_path_does_not_take_is_refused_with_those_it_takes(db: TestDb) {
    let n = network(db);
    let api = n.app.anonymous();
    let res = api.client.get(format!("{}/api/v1/session", api.base)).send().expect("request");
    assert_eq!(res.status().as_u16(), 405);
    let allow = res.headers().get("allow").and_then(|v| v.to_str().ok()).map(String::from);
    assert_eq!(allow.as_deref(), Some("DELETE, POST"));
    let body: serde_json::Value = res.json().expect("JSON");
    assert_eq!(body["error"], "method_not_allowed", "{body}");
    assert!(body["message"].as_str().is_some_and(|m| m.contains("GET") && m.contains("POST")), "{body}");
    let (status, body) = n.chair.put(&format!("/api/v1/polls/{}/ballots", 1), json!({}));
    assert_eq!((status, body["error"].as_str()), (405, Some("method_not_allowed")), "{body}");
    let (status, body) = n.chair.get("/api/v1/no/such/thing");
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")), "{body}");
}

both!(real_answers_match_the_document, a_method_a_path_does_not_take_is_refused_with_those_it_takes);
