//! Hybrid attendance: the desk by name or code, remote self check-in,
//! leaving and returning as events.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, TestDb};
use serde_json::json;

fn leaving_and_returning_are_events(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let alpha = n.orgs[0];
    let quorum = |n: &common::Network| n.chair.get(&format!("/api/v1/assemblies/{a}/quorum")).1["present"].as_u64();
    n.desk.check_in(a, alpha, AttendanceMode::InPerson);
    assert_eq!(quorum(&n), Some(1));
    n.app.clock.advance(chrono::Duration::minutes(50));
    let (status, left) = n.desk.delete(&format!("/api/v1/assemblies/{a}/attendance/{alpha}"));
    assert_eq!((status, left["left_at"].as_str()), (200, Some("2026-05-16T09:50:00.000000Z")), "{left}");
    assert_eq!(quorum(&n), Some(0));
    let (status, body) = n.desk.delete(&format!("/api/v1/assemblies/{a}/attendance/{alpha}"));
    assert_eq!((status, body["error"].as_str()), (409, Some("not_checked_in")), "{body}");
    n.app.clock.advance(chrono::Duration::minutes(10));
    // Back, this time following from home.
    n.delegates[0].check_in(a, alpha, AttendanceMode::Remote);
    assert_eq!(quorum(&n), Some(1));
    let (_, stays) = n.chair.get(&format!("/api/v1/assemblies/{a}/attendance/stays"));
    let stays = stays.as_array().cloned().unwrap_or_default();
    assert_eq!(stays.len(), 2, "{stays:?}");
    assert_eq!(
        (stays[0]["mode"].as_str(), stays[0]["arrived_at"].as_str()),
        (Some("in_person"), Some("2026-05-16T09:00:00.000000Z"))
    );
    assert_eq!((stays[1]["mode"].as_str(), stays[1]["left_at"].as_str()), (Some("remote"), None));
    assert_eq!(stays[1]["arrived_at"], "2026-05-16T10:00:00.000000Z");
}

fn the_desk_checks_in_by_code(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    // The delegate's page shows its code and a QR of it.
    let client = common::client();
    let login = client.get(format!("{}/login", n.app.base)).send().expect("login").text().expect("text");
    let csrf = scraper::Html::parse_document(&login)
        .select(&scraper::Selector::parse("input[name=csrf]").expect("selector"))
        .next()
        .and_then(|e| e.value().attr("value").map(String::from))
        .expect("csrf");
    client
        .post(format!("{}/login", n.app.base))
        .form(&[("csrf", csrf.as_str()), ("email", "d1@example.org"), ("password", common::PASSWORD)])
        .send()
        .expect("login");
    let page = client.get(format!("{}/delegate", n.app.base)).send().expect("page").text().expect("text");
    let doc = scraper::Html::parse_document(&page);
    let code: String = doc
        .select(&scraper::Selector::parse("#checkin-code").expect("selector"))
        .next()
        .map(|e| e.text().collect())
        .expect("code");
    assert_eq!(code.len(), 9, "{code}");
    assert!(page.contains("<svg"), "a QR code is drawn");

    // Someone else's code, typed loosely by the desk.
    let (status, body) = n.desk.post(&format!("/api/v1/assemblies/{a}/attendance/code"), json!({"code": "ZZZZ-ZZZZ"}));
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("check-in code"), "{body}");
    let typed = code.to_lowercase().replace('-', " ");
    let stay = n.desk.ok(&format!("/api/v1/assemblies/{a}/attendance/code"), json!({"code": typed}), 201);
    assert_eq!(
        (stay["organisation_id"].as_i64(), stay["mode"].as_str()),
        (Some(n.orgs[1]), Some("in_person")),
        "{stay}"
    );
    // Delegates cannot use the desk's door.
    let (status, _) = n.delegates[0].post(&format!("/api/v1/assemblies/{a}/attendance/code"), json!({"code": code}));
    assert_eq!(status, 403);
    // The attendance list sets the room, remote, represented and affiliates apart.
    n.delegates[3].check_in(a, n.orgs[3], AttendanceMode::Remote);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": n.orgs[2], "holder_id": n.orgs[1]}),
        201,
    );
    let (_, list) = n.chair.get(&format!("/api/v1/assemblies/{a}/attendance"));
    let line = |id: i64| {
        list.as_array().and_then(|l| l.iter().find(|x| x["organisation"]["id"] == id)).cloned().expect("line")
    };
    assert_eq!(line(n.orgs[1])["present"], "in_person");
    assert_eq!(line(n.orgs[2])["represented_by"].as_i64(), Some(n.orgs[1]));
    assert_eq!(line(n.orgs[3])["organisation"]["kind"], "affiliate");
    assert!(line(n.orgs[0])["present"].is_null());
}

both!(leaving_and_returning_are_events, the_desk_checks_in_by_code);
