//! The live stream: a check-in, a ballot and a close reach a watcher, and no
//! per-choice count is ever sent while a poll is open.

use crate::common;

use common::stream::{follow, wait_for};
use common::{network, TestDb};
use serde_json::{json, Value};

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

    n.desk.ok(
        &format!("/api/v1/assemblies/{a}/attendance"),
        json!({"organisation_id": n.orgs[0], "mode": "in_person"}),
        201,
    );
    let (_, v) = wait_for(&rx, "the check-in", &none, &|v| v["quorum"]["present"] == 1);
    assert_eq!(v["texts"]["quorum"], "1 of 3 full members present or represented");
    n.delegates[1].ok(
        &format!("/api/v1/assemblies/{a}/attendance"),
        json!({"organisation_id": n.orgs[1], "mode": "remote"}),
        201,
    );
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
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let (_, v) = wait_for(&rx, "the close", &none, &|v| v["last_result"]["id"] == poll);
    assert_eq!(v["last_result"]["result"]["yes"].as_i64(), Some(1), "{v}");
    assert!(v["open_polls"].as_array().map(|a| a.is_empty()).unwrap_or(false));
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
    assert!(hall.contains("data-structure=\"in_session|||false|\""), "{hall}");
    assert!(
        hall.contains("data-bind=\"quorum\"") && hall.contains("<script src=\"/static/plenum.js\" defer>"),
        "{hall}"
    );
    let chair = page("/chair");
    assert!(chair.contains(&format!("data-live=\"/live/assemblies/{a}\"")));
    let js = client.get(format!("{}/static/plenum.js", n.app.base)).send().expect("js");
    assert_eq!(js.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("text/javascript; charset=utf-8"));
    assert!(js.text().unwrap_or_default().contains("EventSource"));
}

both!(the_stream_follows_the_assembly, the_hall_and_chair_pages_are_wired_to_the_stream);
