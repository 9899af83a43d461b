//! HTTP hygiene: what the server writes in its log, the headers on what it
//! answers, the login form's token, live streams that outlast their session,
//! and clients that hold connections open.

use crate::common;

use common::{TestApp, TestDb, PASSWORD};
use plenum::domain::role::Role;
use serde_json::json;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Receipt codes are secrets that link a ballot to whoever holds them: the
/// real binary's log (at `info`, access lines included) never shows one,
/// however it was sent, while it does show the client's address as the
/// trusted proxy in front reports it.
fn receipts_stay_out_of_the_log(db: TestDb) {
    let secret = [9u8; 32];
    let dir = tempfile::tempdir().expect("dir");
    let key = common::process::key_file(dir.path(), &secret);
    let svc = common::process::services(&db.url, secret);
    let setup = plenum::bench::prepare(&svc, 3).expect("set-up");
    let log = dir.path().join("plenum.log");
    let env = [("PLENUM_LOG", "info"), ("PLENUM_TRUSTED_PROXIES", "127.0.0.1")];
    let mut server = common::process::start_logged(&db.url, &key, &env, &log);
    let proxy = common::proxy::start(&server.base);
    let client = common::proxy::client_from("127.0.0.6".parse().expect("address"));
    let res = client
        .post(format!("{}/api/v1/polls/{}/ballots", proxy.base, setup.poll))
        .bearer_auth(&setup.delegates[0].token)
        .json(&json!({"choice": "yes"}))
        .send()
        .expect("ballot");
    assert_eq!(res.status().as_u16(), 201);
    let receipt = res.json::<serde_json::Value>().expect("json")["receipt"].as_str().expect("receipt").to_string();
    let bare: String = receipt.chars().filter(char::is_ascii_alphanumeric).collect();
    let unknown = "ZQZQ-ZQZQ-ZQZQ-ZQZQ-ZQZQ";
    for (path, want) in [
        (format!("/api/v1/receipts/{receipt}"), 200),
        (format!("/api/v1/receipts/{}", bare.to_lowercase()), 200),
        (format!("/api/v1/receipts/{unknown}"), 404),
        (format!("/receipts?code={receipt}"), 200),
        (format!("/receipts?lang=en&code={bare}&x=1"), 200),
        (format!("/receipts?code={unknown}"), 200),
        // Percent-encoded, as the router decodes it (an outside review
        // found these logged in clear).
        (format!("/api/v1/%72eceipts/{receipt}"), 200),
        (format!("/receipts?%63ode={receipt}"), 200),
    ] {
        let res = client.get(format!("{}{path}", proxy.base)).send().expect("check");
        assert_eq!(res.status().as_u16(), want, "{path}");
    }
    let res = client.post(format!("{}/api/v1/receipts", proxy.base)).json(&json!({"code": receipt})).send();
    let posted = res.expect("check by POST").status().as_u16();
    assert_eq!(posted, 200, "a receipt is also checked by POST, its code in the body");
    let res = client.post(format!("{}/receipts", proxy.base)).form(&[("code", receipt.as_str())]).send();
    let page = res.expect("the page's form").text().expect("text");
    assert!(!page.contains("method=\"get\" action=\"/receipts\""), "the page's form posts the code");
    std::thread::sleep(Duration::from_millis(300));
    server.kill();
    let text = std::fs::read_to_string(&log).expect("log");
    assert!(text.contains("/api/v1/receipts/"), "the checks were logged:\n{text}");
    assert!(text.contains("127.0.0.6"), "the log shows the client's own address:\n{text}");
    let squashed: String = text.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_uppercase();
    for code in [&bare, &unknown.replace('-', "")] {
        assert!(!squashed.contains(code.as_str()), "a receipt code in the log:\n{text}");
    }
}

fn header(res: &reqwest::blocking::Response, name: &str) -> Option<String> {
    res.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
}

fn form_token(client: &reqwest::blocking::Client, base: &str) -> String {
    let page = client.get(format!("{base}/login")).send().expect("login page").text().expect("text");
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
    doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string()
}

/// Tokens and what a session sees are never kept by a cache; HSTS is sent
/// when the cookies are marked secure, and only then.
fn private_answers_are_not_stored_and_hsts_follows_cookie_secure(db: TestDb) {
    let backend = db.backend;
    let app = TestApp::start(db);
    app.account("chair@example.org", Role::Secretariat, None);
    let client = common::client();
    let res = client
        .post(format!("{}/api/v1/session", app.base))
        .json(&json!({"email": "chair@example.org", "password": PASSWORD}))
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 201);
    assert_eq!(header(&res, "cache-control").as_deref(), Some("no-store"), "the token's answer");
    assert_eq!(header(&res, "strict-transport-security"), None, "no HSTS without cookie_secure");
    let token = res.json::<serde_json::Value>().expect("json")["token"].as_str().expect("token").to_string();
    let res = client.get(format!("{}/api/v1/assemblies", app.base)).bearer_auth(&token).send().expect("GET");
    assert_eq!(header(&res, "cache-control").as_deref(), Some("no-store"), "an API answer");
    let csrf = form_token(&client, &app.base);
    let res = client
        .post(format!("{}/login", app.base))
        .form(&[("csrf", csrf.as_str()), ("email", "chair@example.org"), ("password", PASSWORD)])
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(header(&res, "cache-control").as_deref(), Some("no-store"), "the answer setting the cookie");
    let res = client.get(format!("{}/chair", app.base)).send().expect("page");
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(header(&res, "cache-control").as_deref(), Some("no-store"), "a page");
    let res = client.get(format!("{}/static/plenum.css", app.base)).send().expect("css");
    assert_eq!(header(&res, "cache-control").as_deref(), Some("public, max-age=3600"), "the stylesheet is public");
    drop(app);

    let db = if backend == "postgres" { TestDb::postgres().expect("PostgreSQL") } else { TestDb::sqlite() };
    let app = TestApp::start_with(db, |s| s.cookie_secure = true);
    let res = common::client().get(format!("{}/login", app.base)).send().expect("login page");
    let hsts = header(&res, "strict-transport-security").expect("HSTS with cookie_secure");
    assert!(hsts.starts_with("max-age=31536000"), "{hsts}");
}

/// With `cookie_secure`, the cookies are `__Host-` cookies: a browser
/// accepts them only from this host over HTTPS, never from a sibling
/// subdomain or plain HTTP, so nobody else can plant a login token or a
/// session in the visitor's browser; unprefixed ones are ignored.
fn secure_cookies_are_host_cookies(db: TestDb) {
    let app = TestApp::start_with(db, |s| s.cookie_secure = true);
    app.account("chair@example.org", Role::Secretariat, None);
    // reqwest keeps no Secure cookie over plain HTTP: cookies by hand.
    let plain = reqwest::blocking::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("c");
    let set_cookie = |res: &reqwest::blocking::Response, name: &str| -> Option<String> {
        res.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with(&format!("{name}=")))
            .map(str::to_string)
    };
    let res = plain.get(format!("{}/login", app.base)).send().expect("login page");
    let csrf_cookie = set_cookie(&res, "__Host-plenum_login_csrf").expect("a __Host- login cookie");
    assert!(csrf_cookie.contains("Secure") && csrf_cookie.contains("Path=/"), "{csrf_cookie}");
    let token = csrf_cookie.split(';').next().and_then(|c| c.split_once('=')).map(|(_, v)| v.to_string()).expect("v");
    // The same token planted under the unprefixed name is not the form's.
    let form = [("csrf", token.as_str()), ("email", "chair@example.org"), ("password", PASSWORD)];
    let res = plain
        .post(format!("{}/login", app.base))
        .header("Cookie", format!("plenum_login_csrf={token}"))
        .form(&form)
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 403, "an unprefixed login cookie");
    let res = plain
        .post(format!("{}/login", app.base))
        .header("Cookie", format!("__Host-plenum_login_csrf={token}"))
        .form(&form)
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 303);
    let session = set_cookie(&res, "__Host-plenum_session").expect("a __Host- session cookie");
    assert!(session.contains("Secure") && session.contains("HttpOnly"), "{session}");
    let value = session.split(';').next().and_then(|c| c.split_once('=')).map(|(_, v)| v.to_string()).expect("v");
    let page = |cookie: String| {
        plain.get(format!("{}/chair", app.base)).header("Cookie", cookie).send().expect("page").status().as_u16()
    };
    assert_eq!(page(format!("__Host-plenum_session={value}")), 200);
    assert_eq!(page(format!("plenum_session={value}")), 303, "an unprefixed session cookie is not read");
}

/// The login form's token must be one the server issued: a value the
/// client picked for both the cookie and the field is refused.
fn the_login_form_token_is_the_servers(db: TestDb) {
    let app = TestApp::start(db);
    app.account("chair@example.org", Role::Secretariat, None);
    let plain = reqwest::blocking::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("c");
    for chosen in ["0000", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "x.y.z"] {
        let res = plain
            .post(format!("{}/login", app.base))
            .header("Cookie", format!("plenum_login_csrf={chosen}"))
            .form(&[("csrf", chosen), ("email", "chair@example.org"), ("password", PASSWORD)])
            .send()
            .expect("login");
        assert_eq!(res.status().as_u16(), 403, "a token the client chose: {chosen}");
    }
    // One the server issued, altered by a character, is refused as well.
    let client = common::client();
    let issued = form_token(&client, &app.base);
    let mut altered = issued.clone();
    let last = altered.pop().expect("a character");
    altered.push(if last == '0' { '1' } else { '0' });
    let res = plain
        .post(format!("{}/login", app.base))
        .header("Cookie", format!("plenum_login_csrf={altered}"))
        .form(&[("csrf", altered.as_str()), ("email", "chair@example.org"), ("password", PASSWORD)])
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 403, "an altered token");
    let res = client
        .post(format!("{}/login", app.base))
        .form(&[("csrf", issued.as_str()), ("email", "chair@example.org"), ("password", PASSWORD)])
        .send()
        .expect("login");
    assert_eq!(res.status().as_u16(), 303, "the token the server issued");
}

/// Follows a live stream by a raw reading thread; the channel says when it ended.
fn follow_until_end(base: &str, path: &str, token: Option<&str>, cookie: Option<&str>) -> mpsc::Receiver<Instant> {
    let client = reqwest::blocking::Client::builder().timeout(None).build().expect("client");
    let mut req = client.get(format!("{base}{path}"));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(c) = cookie {
        req = req.header("Cookie", c);
    }
    let mut res = req.send().expect("stream");
    assert_eq!(res.status().as_u16(), 200);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = res.read(&mut buf) {
            if n == 0 {
                break;
            }
        }
        let _ = tx.send(Instant::now());
    });
    rx
}

fn ends_soon(rx: &mpsc::Receiver<Instant>, what: &str) {
    let started = Instant::now();
    assert!(rx.recv_timeout(Duration::from_secs(3)).is_ok(), "the stream still runs 3 s after {what}");
    eprintln!("the stream ended {:?} after {what}", started.elapsed());
}

/// A live stream ends promptly when its session does: logout (API and
/// page), a disabled account, a replaced delegate.
fn a_live_stream_ends_with_its_session(db: TestDb) {
    let n = common::network(db);
    let path = format!("/live/assemblies/{}", n.assembly);
    let base = n.app.base.clone();

    let still = follow_until_end(&base, &path, n.delegates[1].token.as_deref(), None);
    let rx = follow_until_end(&base, &path, n.delegates[0].token.as_deref(), None);
    std::thread::sleep(Duration::from_millis(500));
    assert!(rx.try_recv().is_err(), "a live session's stream runs");
    let (status, _) = n.delegates[0].delete("/api/v1/session");
    assert_eq!(status, 204);
    ends_soon(&rx, "the logout");

    let (status, accounts) = n.chair.get("/api/v1/accounts");
    assert_eq!(status, 200);
    let id_of = |email: &str| {
        accounts.as_array().expect("accounts").iter().find(|a| a["email"] == email).expect("account")["id"]
            .as_i64()
            .expect("id")
    };
    let d2 = n.app.login("d2@example.org");
    let rx = follow_until_end(&base, &path, d2.token.as_deref(), None);
    let (status, _) = n.chair.patch(&format!("/api/v1/accounts/{}", id_of("d2@example.org")), json!({"active": false}));
    assert_eq!(status, 200);
    ends_soon(&rx, "the account was disabled");

    let rx = follow_until_end(&base, &path, n.delegates[3].token.as_deref(), None);
    n.chair.ok(
        &format!("/api/v1/accounts/{}/replace", id_of("d3@example.org")),
        json!({"email": "d3b@example.org", "name": "Delegate 3b", "password": PASSWORD}),
        201,
    );
    ends_soon(&rx, "the delegate was replaced");

    // A page's stream, by its cookie, after the page's logout.
    let client = common::client();
    let csrf = form_token(&client, &base);
    let res = client
        .post(format!("{base}/login"))
        .form(&[("csrf", csrf.as_str()), ("email", "chair@example.org"), ("password", PASSWORD)])
        .send()
        .expect("login");
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("plenum_session="))
        .and_then(|c| c.split(';').next())
        .expect("session cookie")
        .to_string();
    let rx = follow_until_end(&base, &path, None, Some(&cookie));
    let page = client.get(format!("{base}/chair")).send().expect("chair").text().expect("text");
    let doc = scraper::Html::parse_document(&page);
    let sel = scraper::Selector::parse("form[action='/logout'] input[name=csrf]").expect("selector");
    let csrf = doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string();
    let res = client.post(format!("{base}/logout")).form(&[("csrf", csrf.as_str())]).send().expect("logout");
    assert_eq!(res.status().as_u16(), 303);
    ends_soon(&rx, "the page's logout");

    assert!(still.try_recv().is_err(), "the stream of a session that lives on still runs");
}

/// A live stream ends when its session expires, without any event: the
/// poller checks the watched sessions every five seconds.
fn a_live_stream_ends_when_its_session_expires(db: TestDb) {
    let n = common::network(db);
    let path = format!("/live/assemblies/{}", n.assembly);
    let rx = follow_until_end(&n.app.base, &path, n.delegates[0].token.as_deref(), None);
    std::thread::sleep(Duration::from_millis(500));
    assert!(rx.try_recv().is_err(), "a live session's stream runs");
    n.app
        .clock
        .advance(chrono::Duration::hours(n.app.services.settings.session_ttl_hours) + chrono::Duration::seconds(1));
    let started = Instant::now();
    assert!(rx.recv_timeout(Duration::from_secs(8)).is_ok(), "the stream still runs 8 s after its session expired");
    eprintln!("the stream ended {:?} after its session expired", started.elapsed());
}

/// Whether the server closed `conn` within `within`, while `trickle` sends
/// it a byte a second; a response before the close is read and ignored.
fn closed_within(mut conn: TcpStream, within: Duration) -> Option<Duration> {
    let started = Instant::now();
    conn.set_read_timeout(Some(Duration::from_millis(1000))).expect("timeout");
    let mut buf = [0u8; 1024];
    while started.elapsed() < within {
        if conn.write_all(b"x").is_err() {
            return Some(started.elapsed());
        }
        match conn.read(&mut buf) {
            Ok(0) => return Some(started.elapsed()),
            Ok(_) => {}
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => return Some(started.elapsed()),
        }
    }
    None
}

/// 200 connections that send their body a byte a second (the issue's
/// figure) are all cut once the body read timeout (2 s here) has passed.
fn slow_bodies_are_cut(db: TestDb) {
    let app = TestApp::start_with(db, |s| s.body_read_timeout_seconds = 2);
    let address = app.base.trim_start_matches("http://").to_string();
    let handles: Vec<_> = (0..200)
        .map(|i| {
            let address = address.clone();
            std::thread::spawn(move || {
                let mut conn = TcpStream::connect(&address).expect("connect");
                let path = if i % 2 == 0 { "/api/v1/session" } else { "/login" };
                let kind = if i % 2 == 0 { "application/json" } else { "application/x-www-form-urlencoded" };
                write!(
                    conn,
                    "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: {kind}\r\nContent-Length: 100000\r\n\r\n"
                )
                .expect("head");
                closed_within(conn, Duration::from_secs(8))
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let closed = h.join().expect("thread");
        let took = closed.unwrap_or_else(|| panic!("slow body {i} still open after 8 s"));
        assert!(took < Duration::from_secs(6), "slow body {i} cut after {took:?}");
    }
    let (status, _) = app.anonymous().get("/api/v1/instance");
    assert!(status == 200 || status == 401, "the server still answers: {status}");
}

/// One address holds at most `max_connections_per_address` connections:
/// the next is closed at once, and a place freed is usable again.
fn connections_per_address_are_capped(db: TestDb) {
    // Loopback is trusted by default (a proxy on the same host) and so not
    // held to the cap: trust nobody here.
    let app = TestApp::start_with(db, |s| {
        s.max_connections_per_address = 4;
        s.trusted_proxies = String::new();
    });
    let address = app.base.trim_start_matches("http://").to_string();
    let held: Vec<TcpStream> = (0..4).map(|_| TcpStream::connect(&address).expect("connect")).collect();
    std::thread::sleep(Duration::from_millis(200));
    let mut over = TcpStream::connect(&address).expect("connect");
    over.set_read_timeout(Some(Duration::from_secs(2))).expect("timeout");
    let _ = write!(over, "GET /healthz HTTP/1.1\r\nHost: {address}\r\n\r\n");
    let mut buf = [0u8; 256];
    let cut = match over.read(&mut buf) {
        Ok(0) => true,
        Ok(n) => panic!("the fifth connection was served: {}", String::from_utf8_lossy(&buf[..n])),
        Err(e) => !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut),
    };
    assert!(cut, "the fifth connection from one address is closed");
    for (i, mut conn) in held.iter().enumerate() {
        conn.set_read_timeout(Some(Duration::from_millis(100))).expect("timeout");
        let still = matches!(conn.read(&mut buf), Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut));
        assert!(still, "connection {i} within the cap is still open");
    }
    drop(held);
    std::thread::sleep(Duration::from_millis(300));
    let (status, _) = app.anonymous().get("/api/v1/instance");
    assert!(status == 200 || status == 401, "a freed place serves again: {status}");
}

/// One session holds at most `max_live_streams_per_session` live streams:
/// behind a trusted proxy the per-address connection cap cannot apply, and
/// each stream holds memory until it ends.
fn live_streams_per_session_are_capped(db: TestDb) {
    let n = common::network(db);
    let path = format!("/live/assemblies/{}", n.assembly);
    let cap = n.app.services.settings.max_live_streams_per_session;
    let token = n.delegates[0].token.clone().expect("token");
    let held: Vec<_> = (0..cap).map(|_| follow_until_end(&n.app.base, &path, Some(&token), None)).collect();
    let (status, body) = n.delegates[0].get(&path);
    assert_eq!(status, 429, "stream {} of one session: {body}", cap + 1);
    assert_eq!(body["error"], "too_many_streams", "{body}");
    let other = follow_until_end(&n.app.base, &path, n.delegates[1].token.as_deref(), None);
    assert!(other.try_recv().is_err(), "another session's stream runs");
    assert!(held.iter().all(|rx| rx.try_recv().is_err()), "the streams within the cap run");
}

both!(
    secure_cookies_are_host_cookies,
    a_live_stream_ends_when_its_session_expires,
    live_streams_per_session_are_capped,
    receipts_stay_out_of_the_log,
    private_answers_are_not_stored_and_hsts_follows_cookie_secure,
    the_login_form_token_is_the_servers,
    a_live_stream_ends_with_its_session,
    slow_bodies_are_cut,
    connections_per_address_are_capped,
);
