//! The live stream: a check-in, a ballot and a close reach a watcher, and no
//! per-choice count is ever sent while a poll is open.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::stream::{follow, wait_for};
use common::{network, TestDb};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn the_stream_follows_the_assembly(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let (status, _) = n.app.anonymous().get(&format!("/live/assemblies/{a}"));
    assert_eq!(status, 401);
    let token = n.chair.token.clone().expect("token");
    let rx = follow(&n.app.base, &format!("/live/assemblies/{a}"), &token);
    let none = |_: &str| {};
    let (_, first) = wait_for(&rx, "the first snapshot", &none, &|_| true);
    assert_eq!(
        (first["quorum"]["present"].as_u64(), first["state"].as_str()),
        (Some(0), Some("in_session")),
        "{first}"
    );

    n.desk.check_in(a, n.orgs[0], AttendanceMode::InPerson);
    let (_, v) = wait_for(&rx, "the check-in", &none, &|v| v["quorum"]["present"] == 1);
    assert_eq!(v["texts"]["quorum"], "1 of 3 full members present or represented");
    n.delegates[1].check_in(a, n.orgs[1], AttendanceMode::Remote);
    wait_for(&rx, "the second check-in", &none, &|v| v["quorum"]["present"] == 2 && v["quorum"]["quorate"] == true);

    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    // While the poll is open: how many voted, never what (invariant 3).
    let secret = |text: &str| {
        let v: Value = serde_json::from_str(text).expect("json");
        for p in v["open_polls"].as_array().cloned().unwrap_or_default() {
            assert!(p.get("result").is_none() && !p.to_string().contains("\"yes\""), "{p}");
        }
    };
    let (_, v) = wait_for(&rx, "the ballot", &secret, &|v| v["open_polls"][0]["cast"] == 1);
    assert_eq!(v["texts"][format!("poll.{poll}.cast")], "1 of 2 have voted");
    // A roll call is public: who has not voted yet is named for the chair.
    assert_eq!(v["texts"][format!("poll.{poll}.waiting")], "Not voted yet: Beta Forum.");
    // What the chair weighs before closing: how many have still to vote.
    assert_eq!(v["texts"][format!("poll.{poll}.missing")], "Still to vote: 1 of 2.");
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let (_, v) = wait_for(&rx, "the close", &none, &|v| v["last_result"]["id"] == poll);
    assert_eq!(v["last_result"]["result"]["yes"].as_i64(), Some(1), "{v}");
    assert!(v["open_polls"].as_array().map(|a| a.is_empty()).unwrap_or(false));

    // Every kind of ballot is counted as the API counts it: a secret poll
    // from who voted, a tellers poll with its room and its online ballots,
    // an election round from who voted.
    let api_cast = |poll: i64| n.chair.get(&format!("/api/v1/polls/{poll}")).1["cast"].as_i64();
    let secret_poll = n.open_poll("secret", "Secret");
    n.delegates[1].ok(&format!("/api/v1/polls/{secret_poll}/ballots"), json!({"choice": "no"}), 201);
    let (_, v) = wait_for(&rx, "the secret ballot", &secret, &|v| v["open_polls"][0]["cast"] == 1);
    assert_eq!(v["texts"][format!("poll.{secret_poll}.cast")], "1 of 2 have voted");
    // A secret poll's voters are counted, never named.
    assert!(v["texts"].get(format!("poll.{secret_poll}.waiting")).is_none(), "{v}");
    assert_eq!(v["texts"][format!("poll.{secret_poll}.missing")], "Still to vote: 1 of 2.");
    assert!(!v.to_string().contains("Beta Forum") && !v.to_string().contains("Alpha Network"), "{v}");
    assert_eq!(api_cast(secret_poll), Some(1));
    n.chair.ok(&format!("/api/v1/polls/{secret_poll}/close"), json!({}), 200);

    let tellers = n.open_poll("tellers", "Tellers");
    n.desk.ok(
        &format!("/api/v1/polls/{tellers}/tellers"),
        json!({"yes": 1, "no": 0, "abstain": 0, "organisation_ids": [n.orgs[0]]}),
        201,
    );
    wait_for(&rx, "the room's count", &secret, &|v| v["open_polls"][0]["cast"] == 1);
    n.delegates[1].ok(&format!("/api/v1/polls/{tellers}/ballots"), json!({"choice": "yes"}), 201);
    let (_, v) = wait_for(&rx, "the online ballot", &secret, &|v| v["open_polls"][0]["cast"] == 2);
    assert_eq!(v["texts"][format!("poll.{tellers}.cast")], "2 of 2 have voted");
    assert_eq!(v["texts"][format!("poll.{tellers}.waiting")], "Every organisation has voted.");
    assert_eq!(v["texts"][format!("poll.{tellers}.missing")], "Every organisation has voted.");
    assert_eq!(api_cast(tellers), Some(2));
    n.chair.ok(&format!("/api/v1/polls/{tellers}/close"), json!({}), 200);

    let (election, round, ana) = n.open_board_round();
    let (_, v) = wait_for(&rx, "the round's opening", &none, &|v| v["open_rounds"][0]["id"] == round);
    assert_eq!(v["texts"][format!("round.{round}.cast")], "0 of 2 have voted");
    n.delegates[0].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": [ana]}), 201);
    let (_, v) = wait_for(&rx, "the round's ballot", &none, &|v| v["open_rounds"][0]["cast"] == 1);
    assert_eq!(v["texts"][format!("round.{round}.cast")], "1 of 2 have voted");
    assert!(!v["open_rounds"].to_string().contains("votes"), "no count per candidate while open: {v}");
    let api = n.chair.get(&format!("/api/v1/elections/{election}")).1;
    assert_eq!(api["rounds"][0]["cast"].as_i64(), Some(1), "{api}");
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let (_, v) = wait_for(&rx, "the round's close", &none, &|v| v["last_round"]["id"] == round);
    assert!(v["open_rounds"].as_array().is_some_and(Vec::is_empty), "{v}");
    assert_eq!(v["last_round"]["result"][0], json!({"name": "Ana Kovač", "votes": 1, "elected": true}), "{v}");
}

fn the_hall_and_chair_pages_are_wired_to_the_stream(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let client = common::client();
    let page = |path: &str| -> String {
        let login = client.get(format!("{}/login", n.app.base)).send().expect("login page").text().expect("text");
        let doc = scraper::Html::parse_document(&login);
        let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
        let csrf = doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string();
        client
            .post(format!("{}/login", n.app.base))
            .form(&[("csrf", csrf.as_str()), ("email", "chair@example.org"), ("password", common::PASSWORD)])
            .send()
            .expect("login");
        client.get(format!("{}{path}", n.app.base)).send().expect("page").text().expect("text")
    };
    let hall = page("/hall");
    assert!(hall.contains(&format!("data-live=\"/live/assemblies/{a}\"")), "{hall}");
    assert!(hall.contains("data-structure=\"in_session|||false|||||false\""), "{hall}");
    assert!(
        hall.contains("data-bind=\"quorum\"") && hall.contains("<script src=\"/static/plenum.js\" defer>"),
        "{hall}"
    );
    let chair = page("/chair");
    assert!(chair.contains(&format!("data-live=\"/live/assemblies/{a}\"")));
    // The delegate's page follows the stream too, with the same structure.
    let delegate = common::PageSession::login(&n.app.base, "d0@example.org");
    let page = delegate.client.get(format!("{}/delegate", n.app.base)).send().expect("page").text().expect("text");
    assert!(page.contains(&format!("data-live=\"/live/assemblies/{a}\"")), "{page}");
    assert!(page.contains("data-structure=\"in_session|||false|||||false\""), "{page}");
    // The agenda item taken up is part of the structure: every page moves
    // with it (plenum.js computes the same from the stream's `current_item`).
    let agenda = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/agenda"),
        json!({"title": "Opening", "kind": "decision", "reason": "Agreed"}),
        201,
    );
    let item = agenda[0]["id"].as_i64().expect("item");
    n.chair.ok(&format!("/api/v1/assemblies/{a}/agenda/current"), json!({"item_id": item}), 200);
    let hall = client.get(format!("{}/hall", n.app.base)).send().expect("page").text().expect("text");
    assert!(hall.contains("data-structure=\"in_session|||false||||1. Opening|false\""), "{hall}");
    let js = client.get(format!("{}/static/plenum.js", n.app.base)).send().expect("js");
    assert_eq!(js.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("text/javascript; charset=utf-8"));
    assert!(js.text().unwrap_or_default().contains("EventSource"));
}

/// The server learns that a watcher has gone only when it next writes to
/// it; the keep-alive is that write. A stream whose client has closed is
/// released (its socket closed on the server's side) within a couple of
/// keep-alive periods, here set to one second (the default's five would
/// miss the deadline).
fn a_gone_watcher_is_released_by_the_keep_alive(db: TestDb) {
    let app = common::TestApp::start_with(db, |s| s.live_keep_alive_seconds = 1);
    app.account("chair@example.org", plenum::domain::role::Role::Secretariat, None);
    let chair = app.login("chair@example.org");
    let a = chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Annual General Assembly", "starts_at": "2026-05-16T09:00:00Z", "format": "hybrid"}),
        201,
    )["id"]
        .as_i64()
        .expect("id");
    let token = chair.token.clone().expect("token");
    let address = app.base.trim_start_matches("http://").to_string();
    let mut client = TcpStream::connect(&address).expect("connect");
    write!(client, "GET /live/assemblies/{a} HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\r\n")
        .expect("request");
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("event: snapshot") {
        let n = client.read(&mut buf).expect("read");
        assert!(n > 0, "the stream ended before its first snapshot");
        seen.extend_from_slice(&buf[..n]);
    }
    let server_port = client.peer_addr().expect("peer").port();
    let inode = server_socket(server_port, client.local_addr().expect("local").port())
        .expect("the server's end of the stream in /proc/net/tcp");
    assert!(open_in_this_process(inode), "the server holds the stream's socket");
    drop(client);
    let closed = Instant::now();
    while open_in_this_process(inode) && closed.elapsed() < Duration::from_secs(4) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!open_in_this_process(inode), "the stream of a gone client still held after {:?}", closed.elapsed());
}

/// The inode of the server's socket connected to `client_port`.
fn server_socket(server_port: u16, client_port: u16) -> Option<u64> {
    let table = std::fs::read_to_string("/proc/net/tcp").expect("/proc/net/tcp");
    let port = |address: &str| address.rsplit(':').next().and_then(|p| u16::from_str_radix(p, 16).ok());
    table.lines().skip(1).find_map(|line| {
        let f: Vec<&str> = line.split_whitespace().collect();
        (f.len() > 9 && port(f[1]) == Some(server_port) && port(f[2]) == Some(client_port))
            .then(|| f[9].parse().ok())
            .flatten()
    })
}

/// Whether this process (the server runs in it) has the socket open.
fn open_in_this_process(inode: u64) -> bool {
    let want = format!("socket:[{inode}]");
    std::fs::read_dir("/proc/self/fd")
        .expect("/proc/self/fd")
        .filter_map(|e| e.ok())
        .any(|e| std::fs::read_link(e.path()).map(|l| l.to_string_lossy() == want).unwrap_or(false))
}

both!(
    the_stream_follows_the_assembly,
    the_hall_and_chair_pages_are_wired_to_the_stream,
    a_gone_watcher_is_released_by_the_keep_alive
);
