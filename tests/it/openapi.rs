//! Real answers against the API's own OpenAPI document. A whole assembly
//! (check-ins, a proxy, roll-call, secret and tellers polls, an election,
//! the close) is run through the API as delegates, the desk, the chair and
//! an auditor would; every JSON answer of an operation whose success body
//! the document describes is validated against that schema. schemathesis
//! (`.ci/schemathesis`) checks generated requests the same way, but only
//! with the chair's token: this covers what only a delegate or the desk
//! gets back (a ballot's receipt, a check-in, a tellers count).

use crate::common;

use common::{full_assembly, network, recording, Exchange, TestDb};
use serde_json::{json, Map, Value};

/// OpenAPI 3.0 writes "may be null" as `nullable: true`; JSON Schema as a
/// `null` alternative.
fn to_json_schema(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out: Map<String, Value> = m.iter().map(|(k, v)| (k.clone(), to_json_schema(v))).collect();
            if out.remove("nullable") == Some(Value::Bool(true)) {
                json!({"anyOf": [Value::Object(out), {"type": "null"}]})
            } else {
                Value::Object(out)
            }
        }
        Value::Array(items) => Value::Array(items.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

/// The document's path template that `path` is an instance of.
fn template<'a>(doc: &'a Value, path: &str) -> Option<&'a str> {
    let parts: Vec<&str> = path.split('/').collect();
    doc["paths"].as_object()?.keys().map(String::as_str).find(|t| {
        let ts: Vec<&str> = t.split('/').collect();
        ts.len() == parts.len()
            && ts.iter().zip(&parts).all(|(t, p)| t == p || (t.starts_with('{') && t.ends_with('}') && !p.is_empty()))
    })
}

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
    let components = to_json_schema(&doc["components"]);

    let mut checked = std::collections::BTreeSet::new();
    let mut wrong = Vec::new();
    for Exchange { method, path, status, json, body } in &exchanges {
        if !(200..300).contains(status) || !json {
            continue;
        }
        let Some(t) = template(&doc, path) else {
            panic!("{method} {path} answered {status} but the document has no such path");
        };
        let operation = &doc["paths"][t][method.as_str()];
        assert!(operation.is_object(), "{method} {t} is not in the document");
        let schema = &operation["responses"]["2XX"]["content"]["application/json"]["schema"];
        let Some(reference) = schema["$ref"].as_str() else { continue };
        let root = json!({"$ref": reference, "components": components});
        let validator = jsonschema::validator_for(&root).expect("the document's schemas compile");
        let errors: Vec<String> =
            validator.iter_errors(body).map(|e| format!("{e} at {}", e.instance_path())).collect();
        if !errors.is_empty() {
            wrong.push(format!("{method} {path} ({reference}): {errors:?}\n{body}"));
        }
        checked.insert(format!("{method} {t}"));
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

both!(real_answers_match_the_document);
