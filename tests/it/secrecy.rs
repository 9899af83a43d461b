//! Secret ballots under attack (issue 14): replacing another organisation's
//! secret ballot, learning a choice from a receipt and what is published. On
//! both databases, through the API and the pages that show a receipt (no
//! page offers a change of vote).

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, Api, Network, TestDb};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

fn sha(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

fn error(pair: (u16, Value)) -> (u16, String) {
    (pair.0, pair.1["error"].as_str().unwrap_or_default().to_string())
}

/// The network's assembly closed and a second one, allowing vote changes,
/// in session in its place.
fn with_vote_changes(n: Network) -> Network {
    let a = n.chair.ok(
        "/api/v1/assemblies",
        json!({"title": "AGA with changes", "starts_at": "2026-05-16T09:00:00Z", "format": "hybrid", "vote_changes": true}),
        201,
    );
    let id = a["id"].as_i64().expect("id");
    n.chair.ok(&format!("/api/v1/assemblies/{}/transition", n.assembly), json!({"to": "closed"}), 200);
    for to in ["convened", "in_session"] {
        n.chair.ok(&format!("/api/v1/assemblies/{id}/transition"), json!({"to": to}), 200);
    }
    Network { assembly: id, ..n }
}

/// An election of one seat between two candidates, its first round open:
/// (round, the two candidates).
fn open_round(n: &Network) -> (i64, [i64; 2]) {
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{}/elections", n.assembly),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let id = e["id"].as_i64().expect("election");
    let cands = [e["candidates"][0]["id"].as_i64().expect("c"), e["candidates"][1]["id"].as_i64().expect("c")];
    let e = n.chair.ok(&format!("/api/v1/elections/{id}/rounds"), json!({}), 201);
    (e["rounds"][0]["id"].as_i64().expect("round"), cands)
}

fn vote(who: &Api, poll: i64, body: Value) -> Value {
    who.ok(&format!("/api/v1/polls/{poll}/ballots"), body, 201)
}

fn receipt(v: &Value) -> String {
    v["receipt"].as_str().expect("receipt").to_string()
}

/// The tally of a closed poll: (yes, no, abstain).
fn tally(closed: &Value) -> (i64, i64, i64) {
    let r = &closed["result"];
    (r["yes"].as_i64().unwrap_or(-1), r["no"].as_i64().unwrap_or(-1), r["abstain"].as_i64().unwrap_or(-1))
}

/// Issue 14, item 1: a delegate presenting another organisation's receipt
/// cannot replace its secret ballot; only the organisation that cast it
/// can, proxies included; a receipt of another poll replaces nothing.
fn only_its_organisation_replaces_a_secret_ballot(db: TestDb) {
    let n = with_vote_changes(network(db));
    let [alpha, _, gamma, _] = n.orgs;
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{}/proxies", n.assembly),
        json!({"grantor_id": gamma, "holder_id": alpha}),
        201,
    );
    let other = n.open_poll("secret", "Other");
    let poll = n.open_poll("secret", "Budget");
    let ballots = format!("/api/v1/polls/{poll}/ballots");
    let (x, y) = (&n.delegates[0], &n.delegates[1]);
    let rx = receipt(&vote(x, poll, json!({"choice": "yes"})));
    // A first ballot replaces nothing: one naming a receipt (here X's) is
    // refused, not cast as if the field were absent (break-it review of
    // 2026-12-01), and casts nothing.
    let (status, body) = y.post(&ballots, json!({"choice": "no", "replaces": rx}));
    assert_eq!((status, body["error"].as_str()), (409, Some("receipt_required")), "{body}");
    assert_eq!(n.chair.get(&format!("/api/v1/polls/{poll}")).1["cast"], 1);
    let ry = receipt(&vote(y, poll, json!({"choice": "no"})));
    let rg = receipt(&vote(x, poll, json!({"choice": "abstain", "organisation_id": gamma})));
    let r_other = receipt(&vote(x, other, json!({"choice": "yes"})));

    // The attack of the issue: X presents Y's receipt.
    let refused = (409, "receipt_required".to_string());
    assert_eq!(error(x.post(&ballots, json!({"choice": "yes", "replaces": ry}))), refused);
    // Nor can Y present X's, nor anyone a receipt of another poll ...
    assert_eq!(error(y.post(&ballots, json!({"choice": "no", "replaces": rx}))), refused);
    assert_eq!(error(x.post(&ballots, json!({"choice": "no", "replaces": r_other}))), refused);
    // ... nor the holder swap its own ballot and its grantor's.
    assert_eq!(error(x.post(&ballots, json!({"choice": "no", "organisation_id": gamma, "replaces": rx}))), refused);
    assert_eq!(error(x.post(&ballots, json!({"choice": "no", "replaces": rg}))), refused);

    // The owner changes its vote; the old receipt then answers nothing.
    let changed = vote(x, poll, json!({"choice": "no", "replaces": rx}));
    assert_eq!(changed["replaced"], true, "{changed}");
    let rx2 = receipt(&changed);
    assert_eq!(error(x.post(&ballots, json!({"choice": "yes", "replaces": rx}))), refused, "a receipt replaces once");
    let changed = vote(x, poll, json!({"choice": "yes", "organisation_id": gamma, "replaces": rg}));
    assert_eq!(changed["replaced"], true, "{changed}");

    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    // X no, Y no (untouched), Gamma yes.
    assert_eq!(tally(&closed), (1, 2, 0), "{closed}");
    let anyone = n.app.anonymous();
    let (status, check) = anyone.get(&format!("/api/v1/receipts/{ry}"));
    assert_eq!((status, check["included"].as_bool()), (200, Some(true)), "Y's ballot stands: {check}");
    let (status, check) = anyone.get(&format!("/api/v1/receipts/{rx2}"));
    assert_eq!((status, check["included"].as_bool()), (200, Some(true)), "{check}");
    assert_eq!(anyone.get(&format!("/api/v1/receipts/{rx}")).0, 404, "a replaced receipt counts for nothing");
    // After the close, nothing is replaced.
    assert_eq!(error(x.post(&ballots, json!({"choice": "yes", "replaces": rx2}))), (409, "poll_closed".to_string()));

    // The ownership tags are stored, never published.
    let tags = owner_tags(&n);
    assert_eq!(tags.len(), 4, "a tag per secret ballot: {tags:?}");
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let auditor = n.app.login("auditor@example.org");
    let (_, bundle) = auditor.get(&format!("/api/v1/assemblies/{}/bundle", n.assembly));
    let (_, seal) = n.delegates[1].get(&format!("/api/v1/polls/{poll}/seal"));
    let published = format!("{bundle}{seal}");
    for tag in &tags {
        assert!(!published.contains(tag.as_str()), "tag {tag} published");
    }
    let b: plenum::export::bundle::Bundle = serde_json::from_value(bundle).expect("bundle");
    assert_eq!(plenum::verify::verify(&b, None).exit_code, 0, "{}", plenum::verify::verify(&b, None).render());
}

fn owner_tags(n: &Network) -> Vec<String> {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Tag {
        #[diesel(sql_type = diesel::sql_types::Text)]
        owner_tag: String,
    }
    let mut conn = n.app.services.conn().expect("connection");
    let c: &mut plenum::store::DbConn = &mut conn;
    let mut out: Vec<String> = diesel::sql_query("SELECT owner_tag FROM secret_ballots")
        .load::<Tag>(c)
        .expect("tags")
        .into_iter()
        .map(|t| t.owner_tag)
        .collect();
    out.extend(
        diesel::sql_query("SELECT owner_tag FROM election_ballots")
            .load::<Tag>(c)
            .expect("tags")
            .into_iter()
            .map(|t| t.owner_tag),
    );
    out
}

/// An election round takes one ballot per organisation, whatever it
/// presents: nothing there to overwrite.
fn an_election_ballot_is_never_overwritten(db: TestDb) {
    let n = with_vote_changes(network(db));
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let (round, [first, second]) = open_round(&n);
    let ballots = format!("/api/v1/rounds/{round}/ballots");
    n.delegates[0].ok(&ballots, json!({"choices": [first]}), 201);
    let ry = receipt(&n.delegates[1].ok(&ballots, json!({"choices": [second]}), 201));
    // A round's ballot takes no receipt to replace: the field is refused
    // as unknown, and a second ballot without it as already cast.
    let (status, body) = n.delegates[0].post(&ballots, json!({"choices": [first], "replaces": ry}));
    assert_eq!((status, body["error"].as_str()), (400, Some("invalid_json")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("replaces"), "{body}");
    let (status, body) = n.delegates[0].post(&ballots, json!({"choices": [first]}));
    assert_eq!((status, body["error"].as_str()), (409, Some("already_voted")), "{body}");
    let e = n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    assert_eq!(e["rounds"][0]["result"]["ballots"], 2, "{e}");
    let (_, check) = n.app.anonymous().get(&format!("/api/v1/receipts/{ry}"));
    assert_eq!(check["included"], true, "{check}");
}

/// A receipt replaces once, however many requests present it at the same
/// moment; a change racing the close is either counted (its new receipt
/// included) or refused as late (the old receipt still counted).
fn a_receipt_replaces_once_and_races_the_close_cleanly(db: TestDb) {
    let n = with_vote_changes(network(db));
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let poll = n.open_poll("secret", "Budget");
    let ballots = format!("/api/v1/polls/{poll}/ballots");
    let rx = receipt(&vote(&n.delegates[0], poll, json!({"choice": "yes"})));
    let ry = receipt(&vote(&n.delegates[1], poll, json!({"choice": "yes"})));
    let token = n.delegates[0].token.clone().expect("token");
    let barrier = std::sync::Barrier::new(12);
    let answers: Vec<(u16, Value)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..12)
            .map(|_| {
                let api = Api::with_token(&n.app.base, &token);
                let (barrier, ballots, rx) = (&barrier, &ballots, &rx);
                s.spawn(move || {
                    barrier.wait();
                    api.post(ballots, json!({"choice": "no", "replaces": rx}))
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("thread")).collect()
    });
    let won: Vec<&Value> = answers.iter().filter(|(s, _)| *s == 201).map(|(_, b)| b).collect();
    assert_eq!(won.len(), 1, "{answers:?}");
    assert!(answers.iter().all(|(s, b)| *s == 201 || (*s == 409 && b["error"] == "receipt_required")), "{answers:?}");
    let rx2 = receipt(won[0]);

    // Y changes its vote while the chair closes.
    let y = Api::with_token(&n.app.base, &n.delegates[1].token.clone().expect("token"));
    let chair = Api::with_token(&n.app.base, &n.chair.token.clone().expect("token"));
    let barrier = std::sync::Barrier::new(2);
    let (change, closed) = std::thread::scope(|s| {
        let change = s.spawn(|| {
            barrier.wait();
            y.post(&ballots, json!({"choice": "abstain", "replaces": ry}))
        });
        let closed = s.spawn(|| {
            barrier.wait();
            chair.post(&format!("/api/v1/polls/{poll}/close"), json!({}))
        });
        (change.join().expect("change"), closed.join().expect("close"))
    });
    assert_eq!(closed.0, 200, "{closed:?}");
    let anyone = n.app.anonymous();
    let included = |code: &str| anyone.get(&format!("/api/v1/receipts/{code}")).1["included"] == true;
    match change.0 {
        201 => {
            assert_eq!(tally(&closed.1), (0, 1, 1), "{closed:?}");
            assert!(included(&receipt(&change.1)) && !included(&ry));
        }
        409 => {
            assert_eq!(change.1["error"], "poll_closed", "{change:?}");
            assert_eq!(tally(&closed.1), (1, 1, 0), "{closed:?}");
            assert!(included(&ry));
        }
        other => panic!("{other}: {change:?}"),
    }
    assert!(included(&rx2) && !included(&rx));
}

/// A browser logged in through the login form.
fn logged_in(base: &str, email: &str) -> reqwest::blocking::Client {
    let browser = common::client();
    let login = browser.get(format!("{base}/login")).send().expect("login page").text().expect("body");
    let doc = scraper::Html::parse_document(&login);
    let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
    let csrf = doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string();
    let res = browser
        .post(format!("{base}/login"))
        .form(&[("csrf", csrf.as_str()), ("email", email), ("password", common::PASSWORD)])
        .send()
        .expect("login");
    assert_eq!(res.status(), 303, "login {email}");
    browser
}

/// Every string in a JSON value, and every object.
fn walk<'a>(v: &'a Value, strings: &mut Vec<&'a str>, objects: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match v {
        Value::String(s) => strings.push(s),
        Value::Array(a) => a.iter().for_each(|x| walk(x, strings, objects)),
        Value::Object(o) => {
            objects.push(o);
            o.values().for_each(|x| walk(x, strings, objects));
        }
        _ => {}
    }
}

/// JSON inside strings (the audit events' payloads) is parsed too.
fn expand(v: &Value) -> Value {
    match v {
        Value::String(s) => match serde_json::from_str::<Value>(s) {
            Ok(inner @ (Value::Object(_) | Value::Array(_))) => expand(&inner),
            _ => v.clone(),
        },
        Value::Array(a) => Value::Array(a.iter().map(expand).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, x)| (k.clone(), expand(x))).collect()),
        other => other.clone(),
    }
}

/// What a receipt's holder could test a published value against, for each
/// possible choice: commitments of the receipt (or of its hash) with it.
fn choice_tests(receipt: &str, choices: &[String]) -> Vec<String> {
    let hash = sha(receipt);
    let mut out = Vec::new();
    for c in choices {
        for text in [
            format!("{receipt}:{c}"),
            format!("{c}:{receipt}"),
            format!("{receipt}{c}"),
            format!("{hash}:{c}"),
            format!("{c}:{hash}"),
            format!("{hash}{c}"),
        ] {
            out.push(sha(&text));
        }
    }
    out
}

/// Asserts that nothing in `published` lets the holder of `receipt` learn
/// its choice among `choices`: no value equals a commitment of the receipt
/// with a choice, and no object holding the receipt's hash also holds a
/// choice.
fn assert_choice_hidden(what: &str, published: &Value, text: &str, receipt: &str, choices: &[String]) {
    let published = expand(published);
    let (mut strings, mut objects) = (Vec::new(), Vec::new());
    walk(&published, &mut strings, &mut objects);
    let hash = sha(receipt);
    for t in choice_tests(receipt, choices) {
        assert!(
            !strings.contains(&t.as_str()) && !text.contains(&t),
            "{what}: a commitment of the receipt with a choice"
        );
    }
    for o in objects {
        let holds_receipt = o.values().any(|v| v.as_str() == Some(hash.as_str()));
        if holds_receipt {
            for key in ["choice", "choices", "candidates", "vote"] {
                assert!(!o.contains_key(key), "{what}: the receipt's hash paired with its {key}: {o:?}");
            }
        }
    }
    // Text documents (minutes, pages) never carry a receipt or its hash.
    assert!(!text.contains(receipt) && !text.contains(&hash), "{what}: the receipt in a text document");
}

/// Issue 14, item 2: with a real receipt of a secret poll and of an
/// election round, nothing published after the close says which choice it
/// carries; the receipt check says only that it was counted.
fn a_receipt_proves_inclusion_never_the_choice(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    for i in 0..3 {
        n.check_in(i, AttendanceMode::Remote);
    }
    let poll = n.open_poll("secret", "Budget 2027");
    let rp = receipt(&vote(&n.delegates[0], poll, json!({"choice": "yes"})));
    vote(&n.delegates[1], poll, json!({"choice": "no"}));
    vote(&n.delegates[2], poll, json!({"choice": "abstain"}));
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let (round, [first, second]) = open_round(&n);
    let ballots = format!("/api/v1/rounds/{round}/ballots");
    let rr = receipt(&n.delegates[0].ok(&ballots, json!({"choices": [first]}), 201));
    n.delegates[1].ok(&ballots, json!({"choices": [second]}), 201);
    n.delegates[2].ok(&ballots, json!({"choices": []}), 201);
    let e = n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let election = e["id"].as_i64().expect("election");
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let auditor = n.app.login("auditor@example.org");
    let anyone = n.app.anonymous();

    // Everything published after the close, as JSON or as text.
    let mut published: Vec<(String, Value, String)> = Vec::new();
    let json_sources: Vec<(&Api, String)> = vec![
        (&n.delegates[1], format!("/api/v1/polls/{poll}/seal")),
        (&n.delegates[1], format!("/api/v1/polls/{poll}")),
        (&n.delegates[1], format!("/api/v1/elections/{election}")),
        (&n.delegates[1], format!("/api/v1/assemblies/{a}/elections")),
        (&auditor, format!("/api/v1/assemblies/{a}/bundle")),
        (&auditor, "/api/v1/audit/events?limit=10000".to_string()),
        (&auditor, format!("/api/v1/assemblies/{a}/minutes")),
        (&anyone, format!("/api/v1/receipts/{rp}")),
        (&anyone, format!("/api/v1/receipts/{rr}")),
    ];
    for (who, path) in json_sources {
        let (status, body) = who.get(&path);
        assert_eq!(status, 200, "{path}: {body}");
        published.push((path, body, String::new()));
    }
    let text_sources: Vec<(&Api, String)> = vec![
        (&auditor, format!("/api/v1/assemblies/{a}/exports/minutes.md")),
        (&auditor, format!("/api/v1/assemblies/{a}/exports/minutes.html")),
        (&anyone, format!("/receipts?code={rp}")),
        (&anyone, format!("/receipts?code={rr}")),
    ];
    for (who, path) in text_sources {
        let (status, body) = who.get_text(&path);
        assert_eq!(status, 200, "{path}");
        // The receipt page echoes the code typed: not a publication.
        let body = body.replace(&rp, "").replace(&rr, "");
        published.push((path, Value::Null, body));
    }
    // The pages, through a browser logged in by the form.
    for (email, paths) in [
        ("d1@example.org", vec![format!("/polls/{poll}"), "/delegate".to_string()]),
        (
            "auditor@example.org",
            vec![
                "/audit".to_string(),
                format!("/audit/assemblies/{a}"),
                format!("/audit/assemblies/{a}/bundle.json"),
                format!("/polls/{poll}"),
            ],
        ),
    ] {
        let browser = logged_in(&n.app.base, email);
        for path in paths {
            let res = browser.get(format!("{}{path}", n.app.base)).send().expect("page");
            assert_eq!(res.status(), 200, "{path}");
            let body = res.text().expect("body");
            match serde_json::from_str::<Value>(&body) {
                Ok(v) => published.push((path, v, String::new())),
                Err(_) => published.push((path, Value::Null, body)),
            }
        }
    }
    let poll_choices: Vec<String> = ["yes", "no", "abstain"].map(String::from).to_vec();
    let round_choices: Vec<String> =
        [json!([first]), json!([second]), json!([first, second]), json!([]), json!(first), json!(second)]
            .iter()
            .map(Value::to_string)
            .collect();
    for (what, body, text) in &published {
        assert_choice_hidden(what, body, text, &rp, &poll_choices);
        assert_choice_hidden(what, body, text, &rr, &round_choices);
    }

    // The receipt check: counted, with the seal to find; no choice.
    for (code, kind) in [(&rp, "poll"), (&rr, "election_round")] {
        let (_, check) = anyone.get(&format!("/api/v1/receipts/{code}"));
        assert_eq!((check["included"].as_bool(), check["kind"].as_str()), (Some(true), Some(kind)), "{check}");
        assert!(check.get("choice").is_none() && check["seal"].is_string(), "{check}");
    }
    // The seals list the receipt hashes apart from the choices, each in
    // its own sorted order, so no position pairs them.
    let (_, seal) = n.delegates[1].get(&format!("/api/v1/polls/{poll}/seal"));
    let doc = &seal["document"];
    let receipts: Vec<&str> = doc["receipts"].as_array().expect("receipts").iter().filter_map(Value::as_str).collect();
    assert!(receipts.contains(&sha(&rp).as_str()), "{doc}");
    assert!(receipts.windows(2).all(|w| w[0] <= w[1]), "{doc}");
    let choices: Vec<&str> = doc["choices"].as_array().expect("choices").iter().filter_map(Value::as_str).collect();
    assert_eq!(choices.len(), 3, "{doc}");
    assert!(choices.windows(2).all(|w| w[0] <= w[1]), "{doc}");
    let (_, bundle) = auditor.get(&format!("/api/v1/assemblies/{a}/bundle"));
    let b: plenum::export::bundle::Bundle = serde_json::from_value(bundle).expect("bundle");
    let r = &b.rounds.iter().find(|r| r.id == round).expect("round").document;
    let receipts: Vec<&str> = r["receipts"].as_array().expect("receipts").iter().filter_map(Value::as_str).collect();
    assert!(receipts.contains(&sha(&rr).as_str()) && receipts.windows(2).all(|w| w[0] <= w[1]), "{r}");
    let lists: Vec<String> =
        r["ballots"].as_array().expect("ballots").iter().map(|b| b["choices"].to_string()).collect();
    assert_eq!(lists.len(), 3, "{r}");
    let mut sorted = r["ballots"].as_array().expect("ballots").clone();
    sorted.sort_by_key(|b| b["choices"].as_array().map(|c| c.iter().filter_map(Value::as_i64).collect::<Vec<_>>()));
    assert_eq!(&sorted, r["ballots"].as_array().expect("ballots"), "{r}");
    assert_eq!(plenum::verify::verify(&b, None).exit_code, 0, "{}", plenum::verify::verify(&b, None).render());
}

/// The live stream counts a secret poll's voters while it is open (it
/// counted only roll-call ballots, so a secret poll showed nobody voting),
/// and never a choice, a receipt or a tag.
fn the_live_stream_counts_secret_voters_never_choices(db: TestDb) {
    use common::stream::{follow, wait_for};
    let n = network(db);
    for i in 0..3 {
        n.check_in(i, AttendanceMode::Remote);
    }
    let token = n.chair.token.clone().expect("token");
    let rx = follow(&n.app.base, &format!("/live/assemblies/{}", n.assembly), &token);
    let poll = n.open_poll("secret", "Budget 2027");
    let r0 = receipt(&vote(&n.delegates[0], poll, json!({"choice": "yes"})));
    let r1 = receipt(&vote(&n.delegates[1], poll, json!({"choice": "no"})));
    let hidden = |text: &str| {
        for secret in [&r0, &r1, &sha(&r0), &sha(&r1)] {
            assert!(!text.contains(secret.as_str()), "{text}");
        }
        let v: Value = serde_json::from_str(text).expect("json");
        for p in v["open_polls"].as_array().cloned().unwrap_or_default() {
            assert!(p.get("result").is_none() && !p.to_string().contains("\"yes\""), "{p}");
        }
    };
    let (_, v) = wait_for(&rx, "two secret ballots", &hidden, &|v| v["open_polls"][0]["cast"] == 2);
    assert_eq!(v["texts"][format!("poll.{poll}.cast")], "2 of 3 have voted", "{v}");
}

both!(
    only_its_organisation_replaces_a_secret_ballot,
    an_election_ballot_is_never_overwritten,
    a_receipt_proves_inclusion_never_the_choice,
    the_live_stream_counts_secret_voters_never_choices,
    a_receipt_replaces_once_and_races_the_close_cleanly,
);
