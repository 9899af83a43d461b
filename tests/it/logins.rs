//! Logins under attack. The failed-login limits reserve each attempt before
//! its password is hashed, atomically (on one instance or two sharing a
//! PostgreSQL database): of many simultaneous wrong passwords at most the
//! limit are tried (401) and the rest are refused at once (429), and the
//! right password after the limit is refused too. Behind a trusted reverse
//! proxy the limits, the session records and the logs see the client's own
//! address, and a client not behind one cannot choose its address.

use crate::common;

use common::proxy;
use common::{TestApp, TestDb, PASSWORD};
use plenum::domain::role::Role;
use serde_json::json;
use std::net::IpAddr;
use std::sync::{Arc, Barrier};

const ATTEMPTS: usize = 200;

fn login_status(client: &reqwest::blocking::Client, base: &str, email: &str, password: &str) -> u16 {
    let body = json!({"email": email, "password": password});
    client.post(format!("{base}/api/v1/session")).json(&body).send().expect("login").status().as_u16()
}

/// `ATTEMPTS` logins sent at the same moment, the i-th to `bases[i % len]`
/// with the email and password `attempt(i)` gives; their statuses.
fn at_once(bases: &[String], attempt: impl Fn(usize) -> (String, String) + Sync) -> Vec<u16> {
    let barrier = Arc::new(Barrier::new(ATTEMPTS));
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..ATTEMPTS)
            .map(|i| {
                let (barrier, base) = (barrier.clone(), bases[i % bases.len()].clone());
                let (email, password) = attempt(i);
                s.spawn(move || {
                    let client = common::client();
                    barrier.wait();
                    login_status(&client, &base, &email, &password)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("login thread")).collect()
    })
}

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

/// The login form through the pages: its status.
fn page_login(base: &str, email: &str, password: &str) -> u16 {
    let client = common::client();
    let page = client.get(format!("{base}/login")).send().expect("login page").text().expect("text");
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
    let csrf = doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string();
    client
        .post(format!("{base}/login"))
        .form(&[("csrf", csrf.as_str()), ("email", email), ("password", password)])
        .send()
        .expect("login")
        .status()
        .as_u16()
}

fn simultaneous_wrong_passwords_are_tried_at_most_the_limit(db: TestDb) {
    let app = TestApp::start(db);
    app.account("d@example.org", Role::Teller, None);
    let limit = app.services.settings.login_max_failures_per_account_and_address as usize;
    let statuses = at_once(std::slice::from_ref(&app.base), |_| ("d@example.org".into(), "not the password".into()));
    assert_eq!(count(&statuses, 401), limit, "tried (401) of {ATTEMPTS} simultaneous wrong passwords: {statuses:?}");
    assert_eq!(count(&statuses, 429), ATTEMPTS - limit, "refused at once (429): {statuses:?}");
    let res = common::client()
        .post(format!("{}/api/v1/session", app.base))
        .json(&json!({"email": "d@example.org", "password": PASSWORD}))
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 429, "the right one, API");
    let window = app.services.settings.login_window_seconds.to_string();
    let retry = res.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_string);
    assert_eq!(retry.as_deref(), Some(window.as_str()), "429 says when to come back");
    assert_eq!(page_login(&app.base, "d@example.org", PASSWORD), 429, "the right one, login form");
}

/// A flood of unknown emails from one address is hashed at most the
/// per-address limit of times; the rest cost nothing.
fn a_flood_of_unknown_emails_is_cut_at_the_address_limit(db: TestDb) {
    let app = TestApp::start(db);
    let limit = app.services.settings.login_max_failures_per_address as usize;
    let statuses = at_once(std::slice::from_ref(&app.base), |i| (format!("nobody{i}@example.org"), "guess".into()));
    assert_eq!(count(&statuses, 401), limit, "{statuses:?}");
    assert_eq!(count(&statuses, 429), ATTEMPTS - limit, "{statuses:?}");
}

/// Two processes of the real binary on one PostgreSQL database: the
/// reservation holds across them.
#[test]
fn two_instances_try_at_most_the_limit_together() {
    let Some(db) = TestDb::postgres() else { return };
    let secret = [7u8; 32];
    let dir = tempfile::tempdir().expect("dir");
    let key = common::process::key_file(dir.path(), &secret);
    let svc = common::process::services(&db.url, secret);
    svc.create_account(
        None,
        plenum::service::accounts::NewAccountInput {
            email: "d@example.org".into(),
            name: "D".into(),
            password: PASSWORD.into(),
            role: Role::Teller,
            organisation_id: None,
        },
    )
    .expect("account");
    let (a, b) = (common::process::start(&db.url, &key), common::process::start(&db.url, &key));
    let limit = svc.settings.login_max_failures_per_account_and_address as usize;
    let statuses = at_once(&[a.base.clone(), b.base.clone()], |_| ("d@example.org".into(), "wrong".into()));
    assert_eq!(count(&statuses, 401), limit, "{statuses:?}");
    assert_eq!(count(&statuses, 429), ATTEMPTS - limit, "{statuses:?}");
    for base in [&a.base, &b.base] {
        assert_eq!(login_status(&common::client(), base, "d@example.org", PASSWORD), 429);
    }
    // The login form's token issued by one instance is good on the other.
    let client = common::client();
    let page = client.get(format!("{}/login", a.base)).send().expect("login page").text().expect("text");
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
    let csrf = doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string();
    svc.create_account(
        None,
        plenum::service::accounts::NewAccountInput {
            email: "e@example.org".into(),
            name: "E".into(),
            password: PASSWORD.into(),
            role: Role::Teller,
            organisation_id: None,
        },
    )
    .expect("account");
    let res = client
        .post(format!("{}/login", b.base))
        .form(&[("csrf", csrf.as_str()), ("email", "e@example.org"), ("password", PASSWORD)])
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 303, "the form from one instance logs in on the other");
}

fn ip(s: &str) -> IpAddr {
    s.parse().expect("address")
}

/// The addresses the sessions were started from, newest last (the
/// sessions' rows keep them; the ledger does not, since issue 15).
fn session_addresses(app: &TestApp) -> Vec<String> {
    use diesel::prelude::*;
    use plenum::store::schema::sessions;
    let mut conn = app.services.conn().expect("connection");
    let addresses: Vec<Option<String>> =
        sessions::table.order(sessions::id.asc()).select(sessions::address).load(&mut *conn).expect("sessions");
    addresses.into_iter().flatten().collect()
}

fn behind_a_trusted_proxy_each_client_has_its_own_limit(db: TestDb) {
    let app = TestApp::start_with(db, |s| s.trusted_proxies = "127.0.0.1".into());
    app.account("chair@example.org", Role::Secretariat, None);
    app.account("victim@example.org", Role::Teller, None);
    let limit = app.services.settings.login_max_failures_per_address as usize;
    let proxy = proxy::start(&app.base);

    // The attacker, behind the proxy, sends wrong passwords for many
    // accounts, each with a header of its own choosing: the proxy appends
    // the attacker's real address, which is the one counted.
    let attacker = proxy::client_from(ip("127.0.0.2"));
    for i in 0..limit {
        let res = attacker
            .post(format!("{}/api/v1/session", proxy.base))
            .header("X-Forwarded-For", format!("10.0.0.{i}"))
            .json(&json!({"email": format!("nobody{i}@example.org"), "password": "guess"}))
            .send()
            .expect("login");
        assert_eq!(res.status().as_u16(), 401, "attempt {i}");
    }
    // Nor with a `Forwarded` header, which this proxy passes on untouched
    // (it manages X-Forwarded-For only, the setting's default).
    let res = attacker
        .post(format!("{}/api/v1/session", proxy.base))
        .header("Forwarded", "for=10.0.3.1")
        .json(&json!({"email": "victim@example.org", "password": PASSWORD}))
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 429, "a Forwarded header the proxy does not manage is not believed");
    let res = attacker
        .post(format!("{}/api/v1/session", proxy.base))
        .header("X-Forwarded-For", "10.0.1.1")
        .json(&json!({"email": "victim@example.org", "password": PASSWORD}))
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 429, "the attacker is held back, whatever header it sends");

    // Everybody else behind the same proxy still logs in, through the API
    // and through the form.
    let victim = proxy::client_from(ip("127.0.0.3"));
    assert_eq!(login_status(&victim, &proxy.base, "victim@example.org", PASSWORD), 201);
    assert_eq!(session_addresses(&app).last().map(String::as_str), Some("127.0.0.3"), "the session records");
    let page = victim.get(format!("{}/login", proxy.base)).send().expect("login page").text().expect("text");
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
    let csrf = doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string();
    let res = victim
        .post(format!("{}/login", proxy.base))
        .form(&[("csrf", csrf.as_str()), ("email", "victim@example.org"), ("password", PASSWORD)])
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 303, "the login form behind the proxy");
}

/// Without a trusted proxy (the default), `X-Forwarded-For` and `Forwarded`
/// are the client's own words and change nothing.
fn a_client_not_behind_a_trusted_proxy_cannot_choose_its_address(db: TestDb) {
    let app = TestApp::start_with(db, |s| s.trusted_proxies = "127.0.0.1".into());
    app.account("chair@example.org", Role::Secretariat, None);
    let limit = app.services.settings.login_max_failures_per_address as usize;
    // 127.0.0.4 is not a trusted proxy: its headers are not believed.
    let client = proxy::client_from(ip("127.0.0.4"));
    for i in 0..limit + 3 {
        let res = client
            .post(format!("{}/api/v1/session", app.base))
            .header("X-Forwarded-For", format!("10.0.0.{i}"))
            .header("Forwarded", format!("for=10.1.0.{i}"))
            .json(&json!({"email": format!("nobody{i}@example.org"), "password": "guess"}))
            .send()
            .expect("login");
        let want = if i < limit { 401 } else { 429 };
        assert_eq!(res.status().as_u16(), want, "attempt {i}");
    }
    app.account("d@example.org", Role::Teller, None);
    let other = proxy::client_from(ip("127.0.0.5"));
    let res = other
        .post(format!("{}/api/v1/session", app.base))
        .header("X-Forwarded-For", "10.9.9.9")
        .json(&json!({"email": "d@example.org", "password": PASSWORD}))
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 201);
    let addresses: Vec<String> = session_addresses(&app);
    assert_eq!(addresses.last().map(String::as_str), Some("127.0.0.5"), "{addresses:?}");
}

/// An IPv6 client usually holds a whole /64: the limits count per /64, so
/// that walking through its addresses does not buy more attempts. (The
/// test is the trusted proxy here, naming each client itself.)
fn an_ipv6_client_cannot_walk_its_64(db: TestDb) {
    let app = TestApp::start_with(db, |s| s.trusted_proxies = "127.0.0.1".into());
    app.account("chair@example.org", Role::Secretariat, None);
    let limit = app.services.settings.login_max_failures_per_address as usize;
    let client = common::client();
    let attempt = |from: &str, email: &str, password: &str| -> u16 {
        client
            .post(format!("{}/api/v1/session", app.base))
            .header("X-Forwarded-For", from)
            .json(&json!({"email": email, "password": password}))
            .send()
            .expect("login")
            .status()
            .as_u16()
    };
    for i in 0..limit {
        assert_eq!(attempt(&format!("2001:db8:0:1::{:x}", i + 1), &format!("n{i}@example.org"), "guess"), 401, "{i}");
    }
    assert_eq!(attempt("2001:db8:0:1:ffff:ffff:ffff:ffff", "x@example.org", "guess"), 429, "the same /64");
    assert_eq!(attempt("2001:db8:0:2::1", "chair@example.org", PASSWORD), 201, "another /64");
    let addresses = session_addresses(&app);
    assert_eq!(addresses.last().map(String::as_str), Some("2001:db8:0:2::1"), "the session keeps the address");
}

/// Failed logins older than the window no longer count, and are not kept:
/// a flood from many addresses would otherwise grow the table for ever.
fn failures_past_the_window_are_purged(db: TestDb) {
    let app = TestApp::start(db);
    let limit = app.services.settings.login_max_failures_per_address as usize;
    let client = common::client();
    for i in 0..limit {
        assert_eq!(login_status(&client, &app.base, &format!("n{i}@example.org"), "guess"), 401);
    }
    assert_eq!(login_status(&client, &app.base, "x@example.org", "guess"), 429);
    app.clock.advance(chrono::Duration::seconds(app.services.settings.login_window_seconds + 1));
    assert_eq!(login_status(&client, &app.base, "x@example.org", "guess"), 401, "the window has passed");
    let rows: i64 = {
        use diesel::prelude::*;
        let mut conn = app.services.conn().expect("connection");
        plenum::store::schema::login_failures::table.count().get_result(&mut *conn).expect("count")
    };
    assert_eq!(rows, 1, "only the failure within the window is kept");
}

/// What was typed as the email of a failed login is not kept in the clear
/// (people type their password there), nor at any length.
fn attempted_emails_are_not_kept(db: TestDb) {
    let app = TestApp::start(db);
    let client = common::client();
    let typed = "correct horse battery staple";
    let long = format!("{}@example.org", "x".repeat(60_000));
    for email in [typed.to_string(), long] {
        assert_eq!(login_status(&client, &app.base, &email, "guess"), 401);
    }
    let keys: Vec<String> = {
        use diesel::prelude::*;
        use plenum::store::schema::login_failures;
        let mut conn = app.services.conn().expect("connection");
        login_failures::table.select(login_failures::account_key).load(&mut *conn).expect("keys")
    };
    assert_eq!(keys.len(), 2);
    for key in &keys {
        assert!(!key.contains("horse") && !key.contains("xxxx") && key.len() <= 64, "{}", &key[..key.len().min(80)]);
    }
}

both!(
    attempted_emails_are_not_kept,
    failures_past_the_window_are_purged,
    an_ipv6_client_cannot_walk_its_64,
    simultaneous_wrong_passwords_are_tried_at_most_the_limit,
    a_flood_of_unknown_emails_is_cut_at_the_address_limit,
    behind_a_trusted_proxy_each_client_has_its_own_limit,
    a_client_not_behind_a_trusted_proxy_cannot_choose_its_address,
);
