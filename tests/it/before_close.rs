//! Invariant 3, for every kind of vote at once: while a secret poll, a
//! tellers poll (with a room count recorded) and an election round are
//! open with ballots in them, no count per choice or per candidate appears
//! in any API answer, any ledger event, the live stream or any page's
//! charts. After the close the results do appear (so the check can fail).

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::stream::follow;
use common::{network, PageSession, TestDb};
use serde_json::{json, Value};
use std::time::Duration;

/// Keys that would carry a count per choice, or a choice itself.
const TELLING: &[&str] = &["yes", "no", "abstain", "tally", "votes", "counts", "choice", "choices", "results"];

/// Every path to a telling key with a value in `v`.
fn telling(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if TELLING.contains(&k.as_str()) && !x.is_null() {
                    out.push(format!("{at}.{k} = {x}"));
                }
                telling(x, &format!("{at}.{k}"), out);
            }
        }
        Value::Array(items) => items.iter().enumerate().for_each(|(i, x)| telling(x, &format!("{at}[{i}]"), out)),
        // Ledger payloads are JSON text inside the event.
        Value::String(s) if s.starts_with('{') => {
            if let Ok(inner) = serde_json::from_str::<Value>(s) {
                telling(&inner, at, out);
            }
        }
        _ => {}
    }
}

/// The titles of a page's charts other than the quorum's gauge and the
/// attendance's bars.
fn result_charts(page: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(page);
    let sel = scraper::Selector::parse("svg.chart").expect("selector");
    doc.select(&sel)
        .filter_map(|e| e.value().attr("aria-label").map(str::to_string))
        .filter(|t| !t.to_lowercase().starts_with("quorum") && !t.to_lowercase().starts_with("attendance"))
        .collect()
}

fn no_count_per_choice_anywhere_before_the_close(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, gamma, _] = n.orgs;
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    n.desk.check_in(a, gamma, AttendanceMode::InPerson);
    let token = n.chair.token.clone().expect("token");
    let frames = follow(&n.app.base, &format!("/live/assemblies/{a}"), &token);

    let poll = |ballot: &str| -> i64 {
        let m = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": ballot}), 201);
        n.chair.ok(&format!("/api/v1/motions/{}/polls", m["id"]), json!({"ballot": ballot}), 201)["id"]
            .as_i64()
            .expect("poll")
    };
    let secret = poll("secret");
    n.delegates[0].ok(&format!("/api/v1/polls/{secret}/ballots"), json!({"choice": "yes"}), 201);
    n.delegates[1].ok(&format!("/api/v1/polls/{secret}/ballots"), json!({"choice": "no"}), 201);
    let tellers = poll("tellers");
    n.desk.ok(
        &format!("/api/v1/polls/{tellers}/tellers"),
        json!({"yes": 0, "no": 1, "abstain": 0, "organisation_ids": [gamma]}),
        201,
    );
    n.delegates[0].ok(&format!("/api/v1/polls/{tellers}/ballots"), json!({"choice": "yes"}), 201);
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let election = e["id"].as_i64().expect("election");
    let first = e["candidates"][0]["id"].clone();
    let e = n.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");
    n.delegates[0].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": [first]}), 201);

    // Everything the API answers, as each role asks it.
    let mut found = Vec::new();
    let paths = [
        format!("/api/v1/polls/{secret}"),
        format!("/api/v1/polls/{tellers}"),
        format!("/api/v1/elections/{election}"),
        format!("/api/v1/assemblies/{a}/elections"),
        format!("/api/v1/assemblies/{a}/motions"),
        format!("/api/v1/assemblies/{a}"),
        format!("/api/v1/assemblies/{a}/quorum"),
        "/api/v1/audit/events".to_string(),
    ];
    for (who, name) in [(&n.chair, "chair"), (&n.desk, "desk"), (&n.delegates[0], "alpha"), (&n.delegates[1], "beta")] {
        for path in &paths {
            let (status, body) = who.get(path);
            if status == 200 {
                telling(&body, &format!("{name} GET {path}"), &mut found);
            }
        }
    }
    // The live stream, every frame sent so far.
    std::thread::sleep(Duration::from_millis(600));
    let mut seen = 0;
    while let Ok((_, text)) = frames.try_recv() {
        let v: Value = serde_json::from_str(&text).expect("a frame");
        telling(&v, "the stream", &mut found);
        seen += 1;
    }
    assert!(seen > 0, "the stream sent nothing");
    // The pages' charts.
    let base = n.app.base.clone();
    let chair = PageSession::login(&base, "chair@example.org");
    let delegate = PageSession::login(&base, "d0@example.org");
    let pages = ["/hall".to_string(), "/chair".to_string(), format!("/polls/{secret}"), format!("/polls/{tellers}")];
    for path in &pages {
        for (who, name) in [(&chair, "chair"), (&delegate, "alpha")] {
            let (status, page) = who.text(path);
            if status == 403 {
                continue;
            }
            assert_eq!(status, 200, "{name} GET {path}");
            for chart in result_charts(&page) {
                found.push(format!("{name} GET {path}: a chart \"{chart}\""));
            }
        }
    }
    let (status, page) = delegate.text("/delegate");
    assert_eq!(status, 200);
    found.extend(result_charts(&page).into_iter().map(|c| format!("alpha GET /delegate: a chart \"{c}\"")));
    assert!(found.is_empty(), "counts before the close:\n{}", found.join("\n"));

    // After the close the results are there, where the checks above look.
    n.chair.ok(&format!("/api/v1/polls/{secret}/close"), json!({}), 200);
    n.chair.ok(&format!("/api/v1/polls/{tellers}/close"), json!({}), 200);
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let mut after = Vec::new();
    let (_, body) = n.chair.get(&format!("/api/v1/polls/{tellers}"));
    telling(&body, "tellers", &mut after);
    assert!(after.iter().any(|f| f.contains(".yes = 1")), "{after:?}");
    let (_, page) = chair.text(&format!("/polls/{secret}"));
    assert!(!result_charts(&page).is_empty(), "the closed poll's page charts its result");
    let _ = (alpha, beta);
}

both!(no_count_per_choice_anywhere_before_the_close);
