//! Personal data and the ledger. The ledger's chained payloads can never be
//! changed, so they must not hold what has to be erasable: no client
//! address and no e-mail address in any event (the session's row keeps the
//! address; `account.created` a keyed digest of the e-mail address).

use crate::common;

use common::{full_assembly, network, TestApp, TestDb, PASSWORD};
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use plenum::audit::{canonical_text, chain_hash};
use plenum::domain::role::Role;
use plenum::export::bundle::Bundle;
use plenum::store::rows::AuditEvent;
use plenum::store::schema::{audit_events, server_secrets, sessions};
use plenum::verify::{self, Kind};
use serde_json::{json, Value};
use sha2::Sha256;

// ---------------------------------------------------------------------------
// The ledger holds no e-mail address and no client address (issue 15, item 3)
// ---------------------------------------------------------------------------

const IPV4: &str = "203.0.113.9";
const IPV6: &str = "2001:db8:0:7::5";

fn login_from(app: &TestApp, from: &str, email: &str) -> String {
    let res = common::client()
        .post(format!("{}/api/v1/session", app.base))
        .header("X-Forwarded-For", from)
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 201, "login {email} from {from}");
    let body: Value = res.json().expect("json");
    body["token"].as_str().expect("token").to_string()
}

/// What an event's payload must not hold: any of the addresses used, or
/// anything shaped like an e-mail address.
fn personal(text: &str, emails: &[&str]) -> Option<String> {
    for needle in emails.iter().copied().chain([IPV4, IPV6, "127.0.0.1"]) {
        if text.to_lowercase().contains(&needle.to_lowercase()) {
            return Some(needle.to_string());
        }
    }
    text.contains('@').then(|| "an @".to_string())
}

fn no_ledger_event_holds_an_email_or_an_address(db: TestDb) {
    let app = TestApp::start_with(db, |s| s.trusted_proxies = "127.0.0.1".into());
    // Accounts made as the command line does, and through the API.
    app.account("Chair@Example.org", Role::Secretariat, None);
    app.account("auditor@example.org", Role::Auditor, None);
    let chair = app.login("chair@example.org");
    let org = chair.ok("/api/v1/organisations", json!({"name": "Alpha Network", "country": "BE", "kind": "full"}), 201);
    let org = org["id"].as_i64().expect("id");
    let delegate = chair.ok(
        "/api/v1/accounts",
        json!({"email": " Delegate.One@Example.org ", "name": "Delegate One", "password": PASSWORD,
               "role": "delegate", "organisation_id": org}),
        201,
    );
    let delegate_id = delegate["id"].as_i64().expect("id");
    // A replacement makes an account too.
    chair.ok(
        &format!("/api/v1/accounts/{delegate_id}/replace"),
        json!({"email": "delegate.two@example.org", "name": "Delegate Two", "password": PASSWORD}),
        201,
    );
    // Logins from a client behind the trusted proxy, over IPv4 and IPv6,
    // and a logout.
    let token = login_from(&app, IPV4, "delegate.two@example.org");
    login_from(&app, IPV6, "auditor@example.org");
    let res =
        common::client().delete(format!("{}/api/v1/session", app.base)).bearer_auth(&token).send().expect("logout");
    assert!(res.status().is_success(), "logout: {}", res.status());
    let emails = ["chair@example.org", "auditor@example.org", "delegate.one@example.org", "delegate.two@example.org"];

    // The ledger as the auditor reads it through the API.
    let auditor = app.login("auditor@example.org");
    let (status, body) = auditor.get("/api/v1/audit/events?limit=10000");
    assert_eq!(status, 200, "{body}");
    let listed = body["events"].as_array().expect("events").clone();
    let kinds: Vec<&str> = listed.iter().filter_map(|e| e["kind"].as_str()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "account.created").count(), 4, "{kinds:?}");
    assert!(kinds.iter().filter(|k| **k == "session.started").count() >= 4, "{kinds:?}");
    assert!(kinds.contains(&"session.ended"), "{kinds:?}");
    for e in &listed {
        assert_eq!(personal(&e.to_string(), &emails), None, "{e}");
    }

    // The table itself, every column of every row.
    let rows: Vec<AuditEvent> = {
        let mut conn = app.services.conn().expect("connection");
        audit_events::table
            .order(audit_events::seq.asc())
            .select(AuditEvent::as_select())
            .load(&mut *conn)
            .expect("rows")
    };
    assert_eq!(rows.len(), listed.len(), "the API listed every event");
    for e in &rows {
        let text = format!("{} {} {} {}", e.actor, e.kind, e.subject, e.payload);
        assert_eq!(personal(&text, &emails), None, "event {}: {text}", e.seq);
    }
    assert_eq!(plenum::audit::verify_chain(&rows, None), Ok(rows.len()), "the chain verifies");

    // Whoever holds the instance's e-mail digest key can tell which address
    // each account was made with; the digest of the normalised address.
    let key: String = {
        let mut conn = app.services.conn().expect("connection");
        server_secrets::table.find("email_digest").select(server_secrets::secret).first(&mut *conn).expect("key")
    };
    let digest = |email: &str| {
        let mut mac = Hmac::<Sha256>::new_from_slice(&hex::decode(&key).expect("hex")).expect("key");
        mac.update(email.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    };
    let created: Vec<String> = rows
        .iter()
        .filter(|e| e.kind == "account.created")
        .map(|e| {
            let payload: Value = serde_json::from_str(&e.payload).expect("json");
            payload["email_digest"].as_str().expect("email_digest").to_string()
        })
        .collect();
    assert_eq!(created, emails.map(digest), "each account's digest, in order of creation");
    let login_form = hex::encode(app.services.login_form_key().expect("login form key"));
    assert_ne!(login_form, key, "the digest's key is its own, not the login form's");

    // The session's row keeps the client's address instead, where it can
    // be erased.
    let addresses: Vec<Option<String>> = {
        let mut conn = app.services.conn().expect("connection");
        sessions::table.order(sessions::id.asc()).select(sessions::address).load(&mut *conn).expect("sessions")
    };
    assert!(addresses.iter().any(|a| a.as_deref() == Some(IPV6)), "{addresses:?}");
    assert!(addresses.iter().all(|a| a.as_deref() != Some(IPV4)), "the logged-out session is gone: {addresses:?}");
}

both!(no_ledger_event_holds_an_email_or_an_address, an_event_verify_cannot_read_is_reported);

// ---------------------------------------------------------------------------
// Events verify cannot read are reported, never skipped (issue 15, item 6)
// ---------------------------------------------------------------------------

/// Appends an event to the bundle's ledger, chained to its last one, as a
/// forger could.
fn append(b: &mut Bundle, kind: &str, payload: Value) -> i64 {
    let last = b.ledger.last().cloned().expect("an event");
    let mut e = last.clone();
    e.seq = last.seq + 1;
    e.kind = kind.into();
    e.payload = payload;
    e.prev_hash = last.hash;
    e.hash = chain_hash(&e.prev_hash, &canonical_text(e.seq, &e.at, &e.actor, &e.kind, &e.subject, &e.payload));
    b.ledger.push(e);
    last.seq + 1
}

fn an_event_verify_cannot_read_is_reported(db: TestDb) {
    let n = network(db);
    let auditor = full_assembly(&n);
    let (status, body) = auditor.get(&format!("/api/v1/assemblies/{}/bundle", n.assembly));
    assert_eq!(status, 200, "{body}");
    let b: Bundle = serde_json::from_value(body).expect("a bundle");
    let report = verify::verify(&b, None);
    assert!(report.ok, "{}", report.render());

    let unreadable = |t: &Bundle, seq: i64| -> String {
        let report = verify::verify(t, None);
        assert_eq!(report.exit_code, Kind::Unreadable.exit_code(), "{}", report.render());
        let found: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.kind == Kind::Unreadable && f.subject == format!("event {seq}"))
            .collect();
        assert_eq!(found.len(), 1, "{}", report.render());
        found[0].message.clone()
    };
    // A kind this build does not know.
    let mut t = b.clone();
    let seq = append(&mut t, "attendance.teleported", json!({"organisation": n.orgs[0]}));
    let said = unreadable(&t, seq);
    assert!(said.contains("\"attendance.teleported\"") && said.contains("not an event kind"), "{said}");
    // A known kind whose payload carries a field it does not have.
    let mut t = b.clone();
    let seq = append(&mut t, "attendance.left", json!({"organisation": n.orgs[0], "stay": 1, "forged": true}));
    let said = unreadable(&t, seq);
    assert!(said.contains("\"attendance.left\"") && said.contains("unknown field `forged`"), "{said}");
    // A known kind with a field of the wrong type.
    let mut t = b.clone();
    let seq = append(&mut t, "attendance.arrived", json!({"organisation": "all", "mode": "remote", "by": "desk"}));
    let said = unreadable(&t, seq);
    assert!(said.contains("\"attendance.arrived\"") && said.contains("invalid type"), "{said}");
}
