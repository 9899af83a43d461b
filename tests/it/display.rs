//! The projector's display link: the hall page and its live stream without
//! a login, showing no one's name and nothing to click, made and revoked by
//! the secretariat, recorded in the ledger without its token.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::stream::{follow, wait_for, PATIENCE};
use common::{network, TestDb};
use reqwest::blocking::Client;
use scraper::{Html, Selector};
use serde_json::json;
use std::sync::mpsc::RecvTimeoutError;
use std::time::Instant;

fn select(doc: &Html, css: &str) -> usize {
    doc.select(&Selector::parse(css).expect("selector")).count()
}

fn a_display_link_shows_the_hall_until_revoked(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let base = n.app.base.clone();
    let session = common::PageSession::login(&base, "chair@example.org");
    let path = session.display_link(a);
    let (chair, csrf) = (&session.client, session.csrf.clone());
    let token = path.trim_start_matches("/display/").to_string();
    assert_eq!(token.len(), 32, "{path}");

    // Anyone with the link sees the hall: no login, no one's name, no form.
    let anyone = Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let res = anyone.get(format!("{base}{path}")).send().expect("display");
    assert_eq!(res.status(), 200);
    let html = res.text().expect("text");
    let doc = Html::parse_document(&html);
    assert!(html.contains("Annual General Assembly"), "{html}");
    assert_eq!(select(&doc, "form"), 0, "nothing to click");
    for name in ["chair", "Log out", "secretariat"] {
        assert!(!doc.root_element().text().any(|t| t.contains(name)), "{name} on the display");
    }
    assert_eq!(select(&doc, &format!("[data-live^='{path}/live?lang=']")), 1, "it follows its own stream");
    // The link reaches the hall only: not the chair's page, not the API.
    assert_eq!(anyone.get(format!("{base}/chair")).send().expect("chair").status(), 303);
    let api = anyone.get(format!("{base}/api/v1/assemblies")).bearer_auth(&token).send().expect("api");
    assert_eq!(api.status(), 401);
    // Its stream moves with the room.
    let rx = follow(&base, &format!("{path}/live"), "");
    wait_for(&rx, "the first view", &|_| {}, &|v| v["assembly_id"] == a);
    n.check_in(0, AttendanceMode::Remote);
    wait_for(&rx, "the arrival", &|_| {}, &|v| v["quorum"]["present"] == 1);

    // The chair's page lists it; the ledger records it, not its token.
    let page = chair.get(format!("{base}/chair")).send().expect("chair").text().expect("text");
    assert_eq!(select(&Html::parse_document(&page), "form[action^='/chair/displays/'][action$='/revoke']"), 1);
    // Made when, as people read a time (not an RFC 3339 stamp).
    let card: String = Html::parse_document(&page)
        .select(&scraper::Selector::parse("#projector").expect("selector"))
        .flat_map(|e| e.text().map(String::from).collect::<Vec<_>>())
        .collect();
    assert!(card.contains("Display link made 16 May 2026 at 09:00 UTC"), "{card}");
    assert!(!card.contains("T09:") && !card.contains("+00:00"), "{card}");
    let (_, events) = n.chair.get("/api/v1/audit/events?kind=display.");
    let events = events["events"].as_array().cloned().unwrap_or_default();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["payload"].as_str(), Some(json!({"assembly": a}).to_string().as_str()));
    assert!(!events[0].to_string().contains(&token));

    // Revoked: the page is gone and the open stream ends.
    let display = events[0]["subject"].as_str().and_then(|s| s.strip_prefix("display:")).expect("subject").to_string();
    let res = chair.post(format!("{base}/chair/displays/{display}/revoke")).form(&[("csrf", &csrf)]).send();
    assert_eq!(res.expect("revoke").status(), 303);
    assert_eq!(anyone.get(format!("{base}{path}")).send().expect("display").status(), 404);
    assert_eq!(anyone.get(format!("{base}{path}/live")).send().expect("stream").status(), 404);
    let deadline = Instant::now() + PATIENCE;
    loop {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(_) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => panic!("the revoked display's stream goes on"),
        }
    }
    let (_, events) = n.chair.get("/api/v1/audit/events?kind=display.revoked");
    assert_eq!(events["events"].as_array().map(Vec::len), Some(1), "{events}");
    // A made-up or revoked token is the same 404; revoking twice is 404 too.
    assert_eq!(anyone.get(format!("{base}/display/{}", "0".repeat(32))).send().expect("display").status(), 404);
    let again = chair.post(format!("{base}/chair/displays/{display}/revoke")).form(&[("csrf", &csrf)]).send();
    assert_eq!(again.expect("revoke").status(), 404);
    // A link made for another assembly is listed with its title and can
    // be revoked from the chair's page (an outside review found such links
    // listed nowhere, still working).
    let other = n.chair.ok(
        "/api/v1/assemblies",
        json!({"title": "Extraordinary Assembly", "starts_at": "2026-09-01T09:00:00Z", "format": "remote"}),
        201,
    )["id"]
        .as_i64()
        .expect("assembly");
    let made = chair.post(format!("{base}/chair/assemblies/{other}/displays")).form(&[("csrf", csrf.as_str())]).send();
    assert_eq!(made.expect("display").status(), 200);
    let page = chair.get(format!("{base}/chair")).send().expect("chair").text().expect("text");
    let doc = Html::parse_document(&page);
    assert_eq!(select(&doc, "#other-displays form[action^='/chair/displays/'][action$='/revoke']"), 1, "{page}");
    assert!(page.contains("Extraordinary Assembly"), "{page}");
    // The link, once made, has a button to copy it (shown by the script).
    let made = chair
        .post(format!("{base}/chair/assemblies/{a}/displays"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .expect("another display")
        .text()
        .expect("text");
    assert_eq!(select(&Html::parse_document(&made), "button[data-copy='#display-link'][hidden]"), 1);
}

both!(a_display_link_shows_the_hall_until_revoked);
