//! The room, the tellers, the lifecycle and eligibility under attack (issue
//! 14, items 9, 11, 12, 13 and 15): who may be recorded in the room, whom
//! the tellers may count and when, what may change once an assembly closes,
//! and what decides who votes in an open poll.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, Network, TestDb, PASSWORD};
use reqwest::blocking::{Client, Response};
use scraper::{Html, Selector};
use serde_json::{json, Value};

/// A browser with its cookies, logged in through the login form.
struct Browser {
    base: String,
    client: Client,
}

impl Browser {
    fn login(n: &Network, email: &str) -> Browser {
        let b = Browser { base: n.app.base.clone(), client: common::client() };
        let csrf = b.csrf("/login");
        let res = b.post("/login", &[("csrf", &csrf), ("email", email), ("password", PASSWORD)]);
        assert_eq!(res.status(), 303, "login {email}");
        b
    }

    fn page(&self, path: &str) -> Html {
        let res = self.client.get(format!("{}{path}", self.base)).send().expect("GET");
        assert_eq!(res.status(), 200, "GET {path}");
        Html::parse_document(&res.text().expect("body"))
    }

    fn csrf(&self, path: &str) -> String {
        values(&self.page(path), "input[name=csrf]").into_iter().next().expect("csrf")
    }

    fn post(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.client.post(format!("{}{path}", self.base)).form(form).send().expect("POST")
    }
}

/// The `value` attribute of every element matching `css`.
fn values(doc: &Html, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).expect("selector");
    doc.select(&sel).filter_map(|e| e.value().attr("value").map(String::from)).collect()
}

fn ledger_len(api: &common::Api) -> usize {
    let (_, body) = api.get("/api/v1/audit/events?limit=100000");
    body["events"].as_array().map(|a| a.len()).expect("events")
}

fn id(v: &Value) -> i64 {
    v["id"].as_i64().unwrap_or_else(|| panic!("no id in {v}"))
}

/// A motion by the chair (admitted at once) with an open poll of `ballot`.
fn open_poll(n: &Network, ballot: &str, title: &str) -> i64 {
    let a = n.assembly;
    let m = id(&n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": title}), 201));
    id(&n.chair.ok(&format!("/api/v1/motions/{m}/polls"), json!({"ballot": ballot}), 201))
}

/// A further full member with a delegate; returns its id and the delegate.
fn member(n: &Network, name: &str, email: &str) -> (i64, common::Api) {
    let org = id(&n.chair.ok("/api/v1/organisations", json!({"name": name, "country": "LU", "kind": "full"}), 201));
    n.chair.ok(
        "/api/v1/accounts",
        json!({"email": email, "name": name, "password": PASSWORD, "role": "delegate", "organisation_id": org}),
        201,
    );
    (org, n.app.login(email))
}

// Item 9.

fn only_the_desk_records_presence_in_the_room(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, gamma, _] = n.orgs;
    let attendance = format!("/api/v1/assemblies/{a}/attendance");
    let before = ledger_len(&n.chair);
    let (status, body) = n.delegates[0].post(&attendance, json!({"organisation_id": alpha, "mode": "in_person"}));
    assert_eq!((status, body["error"].as_str()), (403, Some("in_person_by_desk")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("check-in desk"), "{body}");
    assert_eq!(ledger_len(&n.chair), before, "a refused check-in leaves no trace");

    // The desk's own form, posted by a delegate for its organisation.
    let beta_page = Browser::login(&n, "d1@example.org");
    let csrf = beta_page.csrf("/delegate");
    let res = beta_page.post(&format!("/desk/{a}/{beta}/arrive"), &[("csrf", &csrf)]);
    assert_eq!(res.status(), 403, "a delegate cannot use the desk's arrival form");
    // The delegate's own page checks in as remote.
    assert_eq!(beta_page.post("/delegate/check-in", &[("csrf", &csrf), ("mode", "in_person")]).status(), 303);
    let (_, stays) = n.chair.get(&format!("/api/v1/assemblies/{a}/attendance/stays"));
    let modes: Vec<(i64, String)> = stays
        .as_array()
        .expect("stays")
        .iter()
        .map(|s| (s["organisation_id"].as_i64().unwrap_or(0), s["mode"].as_str().unwrap_or("").to_string()))
        .collect();
    assert_eq!(modes, vec![(beta, "remote".to_string())], "nothing in the room: {stays}");

    // Remote by itself is fine; the desk records the room, by name or form.
    n.delegates[0].check_in(a, alpha, AttendanceMode::Remote);
    n.desk.check_in(a, gamma, AttendanceMode::InPerson);
    let (_, list) = n.chair.get(&attendance);
    let present = |org: i64| {
        list.as_array().and_then(|l| l.iter().find(|x| x["organisation"]["id"] == org)).expect("line")["present"]
            .clone()
    };
    assert_eq!((present(alpha), present(beta), present(gamma)), (json!("remote"), json!("remote"), json!("in_person")));
}

// Item 11.

fn the_tellers_count_only_who_is_in_the_room(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, gamma, _] = n.orgs;
    let (epsilon, epsilon_delegate) = member(&n, "Epsilon Platform", "d5@example.org");
    // Alpha in the room, Beta at home; Gamma's proxy is held by Alpha (in
    // the room), Epsilon's by Beta (at home).
    n.desk.check_in(a, alpha, AttendanceMode::InPerson);
    n.delegates[1].check_in(a, beta, AttendanceMode::Remote);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": gamma, "holder_id": alpha}),
        201,
    );
    epsilon_delegate.ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": epsilon, "holder_id": beta}),
        201,
    );
    let poll = open_poll(&n, "tellers", "Work plan 2027");
    let tellers = format!("/api/v1/polls/{poll}/tellers");
    let before = ledger_len(&n.chair);
    for outside in [beta, epsilon] {
        let (status, body) =
            n.desk.post(&tellers, json!({"yes": 2, "no": 0, "abstain": 0, "organisation_ids": [alpha, outside]}));
        assert_eq!((status, body["error"].as_str()), (422, Some("not_in_room")), "{outside}: {body}");
    }
    assert_eq!(ledger_len(&n.chair), before);

    // The desk's form offers only the room: Alpha and the proxy it holds.
    let desk = Browser::login(&n, "desk@example.org");
    let doc = desk.page("/desk");
    let mut offered = values(&doc, &format!("#tellers-{poll} input[name=organisation]"));
    offered.sort();
    let mut want = vec![alpha.to_string(), gamma.to_string()];
    want.sort();
    assert_eq!(offered, want, "only whom the room may count");
    let panel = Selector::parse(&format!("#tellers-{poll}")).expect("selector");
    let text: String = doc.select(&panel).flat_map(|e| e.text()).collect();
    assert!(text.contains("Gamma Alliance (proxy held by Alpha Network, in the room)"), "{text}");
    let csrf = values(&doc, "input[name=csrf]").into_iter().next().expect("csrf");
    let (b, al) = (beta.to_string(), alpha.to_string());
    let form = [
        ("csrf", csrf.as_str()),
        ("yes", "2"),
        ("no", "0"),
        ("abstain", "0"),
        ("final", "yes"),
        ("organisation", &al),
        ("organisation", &b),
    ];
    assert_eq!(desk.post(&format!("/desk/polls/{poll}/tellers"), &form).status(), 422);

    // The room counts Alpha and Gamma; Beta and Epsilon vote online.
    let g = gamma.to_string();
    let form = [
        ("csrf", csrf.as_str()),
        ("yes", "1"),
        ("no", "1"),
        ("abstain", "0"),
        ("final", "yes"),
        ("organisation", &al),
        ("organisation", &g),
    ];
    assert_eq!(desk.post(&format!("/desk/polls/{poll}/tellers"), &form).status(), 303);
    let ballots = format!("/api/v1/polls/{poll}/ballots");
    n.delegates[1].ok(&ballots, json!({"choice": "yes"}), 201);
    n.delegates[1].ok(&ballots, json!({"choice": "yes", "organisation_id": epsilon}), 201);
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    assert_eq!(
        (closed["result"]["yes"].as_i64(), closed["result"]["no"].as_i64(), closed["cast"].as_i64()),
        (Some(3), Some(1), Some(4)),
        "{closed}"
    );
}

// Item 12.

fn the_room_is_counted_in_session_only(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let alpha = n.orgs[0];
    n.desk.check_in(a, alpha, AttendanceMode::InPerson);
    let poll = open_poll(&n, "tellers", "Venue 2027");
    let tellers = format!("/api/v1/polls/{poll}/tellers");
    let count = json!({"yes": 1, "no": 0, "abstain": 0, "organisation_ids": [alpha]});
    let desk = Browser::login(&n, "desk@example.org");
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "suspended"}), 200);
    let before = ledger_len(&n.chair);
    let (status, body) = n.desk.post(&tellers, count.clone());
    assert_eq!((status, body["error"].as_str()), (409, Some("not_in_session")), "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("suspended"), "{body}");
    // The desk's page offers no form while suspended, and its post is refused.
    let doc = desk.page("/desk");
    assert!(values(&doc, &format!("#tellers-{poll} input[name=organisation]")).is_empty(), "no form while suspended");
    let csrf = values(&doc, "input[name=csrf]").into_iter().next().expect("csrf");
    let al = alpha.to_string();
    let form =
        [("csrf", csrf.as_str()), ("yes", "1"), ("no", "0"), ("abstain", "0"), ("final", "yes"), ("organisation", &al)];
    assert_eq!(desk.post(&format!("/desk/polls/{poll}/tellers"), &form).status(), 409);
    assert_eq!(ledger_len(&n.chair), before, "nothing recorded while suspended");

    // Back in session, the room is counted, once.
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "in_session"}), 200);
    assert_eq!(desk.post(&format!("/desk/polls/{poll}/tellers"), &form).status(), 303);
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    assert_eq!(closed["result"]["yes"].as_i64(), Some(1), "{closed}");
}

// Item 13.

fn an_assembly_closes_only_when_every_vote_is_closed(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.delegates[0].check_in(a, n.orgs[0], AttendanceMode::Remote);
    let poll = open_poll(&n, "roll_call", "Accounts 2025");
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let election = id(&e);
    let e = n.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);

    let transition = format!("/api/v1/assemblies/{a}/transition");
    let before = ledger_len(&n.chair);
    let (status, body) = n.chair.post(&transition, json!({"to": "closed"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("votes_still_open")), "{body}");
    let message = body["message"].as_str().unwrap_or("");
    assert!(message.contains("Accounts 2025") && message.contains("round 1 of the election “Board”"), "{message}");
    // The chair's page refuses too, suspended or not.
    let chair = Browser::login(&n, "chair@example.org");
    let csrf = chair.csrf("/chair");
    n.chair.ok(&transition, json!({"to": "suspended"}), 200);
    let res = chair.post(&format!("/chair/assemblies/{a}/transition"), &[("csrf", &csrf), ("to", "closed")]);
    assert_eq!(res.status(), 409);
    n.chair.ok(&transition, json!({"to": "in_session"}), 200);
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=100000&kind=assembly.transition");
    let moves: Vec<String> = events["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["payload"].as_str().map(String::from).or_else(|| Some(e["payload"].to_string())))
        .collect();
    assert!(moves.iter().all(|m| !m.contains("\"to\":\"closed\"")), "{moves:?}");
    assert!(ledger_len(&n.chair) > before);

    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let (status, body) = n.chair.post(&transition, json!({"to": "closed"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("votes_still_open")), "{body}");
    assert!(!body["message"].as_str().unwrap_or("").contains("Accounts"), "{body}");
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    n.chair.ok(&transition, json!({"to": "closed"}), 200);
}

/// Everything that could still be pending when an assembly closes: a
/// submitted motion, an admitted one, a queued and a speaking request, a
/// live proxy, a stay, an election with a closed round and a closed poll.
struct Pending {
    submitted: i64,
    admitted: i64,
    queued: i64,
    speaking: i64,
    proxy: i64,
    poll: i64,
    election: i64,
    round: i64,
    agenda_item: i64,
}

fn pending_business(n: &Network) -> Pending {
    let a = n.assembly;
    let [alpha, beta, gamma, delta] = n.orgs;
    n.delegates[0].check_in(a, alpha, AttendanceMode::Remote);
    n.desk.check_in(a, beta, AttendanceMode::InPerson);
    n.delegates[3].check_in(a, delta, AttendanceMode::Remote);
    let proxy = id(&n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": gamma, "holder_id": alpha}),
        201,
    ));
    let submitted = id(&n.delegates[0].ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Late"}), 201));
    let admitted = id(&n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Later"}), 201));
    let queue = n.delegates[1].ok(&format!("/api/v1/assemblies/{a}/speakers"), json!({}), 201);
    let speaking = queue[0]["id"].as_i64().expect("request");
    n.chair.ok(&format!("/api/v1/speakers/{speaking}/floor"), json!({}), 200);
    let queue = n.delegates[3].ok(&format!("/api/v1/assemblies/{a}/speakers"), json!({}), 201);
    let queued = queue[1]["id"].as_i64().expect("request");
    let poll = open_poll(n, "roll_call", "Accounts 2025");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 2, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let election = id(&e);
    let e = n.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let items = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/agenda"),
        json!({"title": "Any other business", "kind": "information", "reason": "asked from the floor"}),
        201,
    );
    let agenda_item = items.as_array().and_then(|l| l.last()).map(id).unwrap_or_else(|| id(&items));
    Pending { submitted, admitted, queued, speaking, proxy, poll, election, round, agenda_item }
}

/// Every write route that takes an id of the assembly's record, tried:
/// each must be refused (4xx) and leave the ledger as it was.
fn every_write_is_refused(n: &Network, p: &Pending, when: &str) {
    let a = n.assembly;
    let [alpha, beta, gamma, delta] = n.orgs;
    let before = ledger_len(&n.chair);
    let d = &n.delegates;
    let tries: Vec<(&str, (u16, Value))> = vec![
        ("motion", d[1].post(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "After"}))),
        ("second", d[1].post(&format!("/api/v1/motions/{}/seconders", p.submitted), json!({}))),
        ("admit", n.chair.post(&format!("/api/v1/motions/{}/admission", p.submitted), json!({"admit": true}))),
        (
            "not admit",
            n.chair
                .post(&format!("/api/v1/motions/{}/admission", p.submitted), json!({"admit": false, "reason": "late"})),
        ),
        ("withdraw", n.chair.post(&format!("/api/v1/motions/{}/withdraw", p.admitted), json!({"reason": "late"}))),
        ("withdraw own", d[0].post(&format!("/api/v1/motions/{}/withdraw", p.submitted), json!({}))),
        ("opinion", d[3].post(&format!("/api/v1/motions/{}/opinions", p.admitted), json!({"text": "Too late."}))),
        ("open poll", n.chair.post(&format!("/api/v1/motions/{}/polls", p.admitted), json!({"ballot": "roll_call"}))),
        ("close poll", n.chair.post(&format!("/api/v1/polls/{}/close", p.poll), json!({}))),
        ("ballot", d[1].post(&format!("/api/v1/polls/{}/ballots", p.poll), json!({"choice": "no"}))),
        (
            "tellers",
            n.desk.post(
                &format!("/api/v1/polls/{}/tellers", p.poll),
                json!({"yes": 1, "no": 0, "abstain": 0, "organisation_ids": [beta]}),
            ),
        ),
        (
            "election",
            n.chair.post(
                &format!("/api/v1/assemblies/{a}/elections"),
                json!({"title": "After", "seats": 1, "candidates": [{"name": "Eve"}]}),
            ),
        ),
        ("round", n.chair.post(&format!("/api/v1/elections/{}/rounds", p.election), json!({}))),
        ("close round", n.chair.post(&format!("/api/v1/rounds/{}/close", p.round), json!({}))),
        ("round ballot", d[1].post(&format!("/api/v1/rounds/{}/ballots", p.round), json!({"choices": []}))),
        ("speak", d[0].post(&format!("/api/v1/assemblies/{a}/speakers"), json!({}))),
        ("floor", n.chair.post(&format!("/api/v1/speakers/{}/floor", p.queued), json!({}))),
        ("end floor", n.chair.post(&format!("/api/v1/speakers/{}/done", p.speaking), json!({}))),
        ("withdraw request", d[3].delete(&format!("/api/v1/speakers/{}", p.queued))),
        ("chair withdraws request", n.chair.delete(&format!("/api/v1/speakers/{}", p.queued))),
        (
            "proxy",
            d[3].post(&format!("/api/v1/assemblies/{a}/proxies"), json!({"grantor_id": delta, "holder_id": beta})),
        ),
        ("revoke", d[2].delete(&format!("/api/v1/proxies/{}", p.proxy))),
        (
            "check in",
            n.desk.post(
                &format!("/api/v1/assemblies/{a}/attendance"),
                json!({"organisation_id": gamma, "mode": "in_person"}),
            ),
        ),
        ("check out", n.desk.delete(&format!("/api/v1/assemblies/{a}/attendance/{beta}"))),
        ("own check out", d[0].delete(&format!("/api/v1/assemblies/{a}/attendance/{alpha}"))),
        (
            "agenda",
            n.chair.post(
                &format!("/api/v1/assemblies/{a}/agenda"),
                json!({"title": "After", "kind": "information", "reason": "x"}),
            ),
        ),
        (
            "agenda order",
            n.chair.post(
                &format!("/api/v1/assemblies/{a}/agenda/order"),
                json!({"order": [p.agenda_item], "reason": "x"}),
            ),
        ),
        ("particulars", n.chair.patch(&format!("/api/v1/assemblies/{a}"), json!({"venue": "Elsewhere"}))),
        ("reopen", n.chair.post(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "in_session"}))),
    ];
    for (what, (status, body)) in &tries {
        assert!((400..500).contains(status), "{when}: {what} answered {status}: {body}");
        assert_ne!(*status, 404, "{when}: {what} must find what it changes: {body}");
    }
    assert_eq!(ledger_len(&n.chair), before, "{when}: something was recorded");
}

fn nothing_changes_after_the_close(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let p = pending_business(&n);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    every_write_is_refused(&n, &p, "closed");
    // Through the pages too: the chair's and the delegates' forms.
    let chair = Browser::login(&n, "chair@example.org");
    let gamma = Browser::login(&n, "d2@example.org");
    let desk = Browser::login(&n, "desk@example.org");
    let before = ledger_len(&n.chair);
    let csrf = chair.csrf("/chair");
    for path in [format!("/chair/speakers/{}/floor", p.queued), format!("/chair/speakers/{}/done", p.speaking)] {
        assert_eq!(chair.post(&path, &[("csrf", &csrf)]).status(), 409, "{path}");
    }
    let csrf = gamma.csrf("/delegate");
    assert_eq!(gamma.post(&format!("/delegate/proxies/{}/revoke", p.proxy), &[("csrf", &csrf)]).status(), 409);
    let csrf = desk.csrf("/desk");
    assert_eq!(desk.post(&format!("/desk/{a}/{}/leave", n.orgs[1]), &[("csrf", &csrf)]).status(), 409);
    assert_eq!(desk.post(&format!("/desk/{a}/{}/arrive", n.orgs[2]), &[("csrf", &csrf)]).status(), 409);
    let al = n.orgs[0].to_string();
    let form =
        [("csrf", csrf.as_str()), ("yes", "1"), ("no", "0"), ("abstain", "0"), ("final", "yes"), ("organisation", &al)];
    assert_eq!(desk.post(&format!("/desk/polls/{}/tellers", p.poll), &form).status(), 409);
    let csrf = gamma.csrf("/delegate");
    for path in ["/delegate/check-in", "/delegate/speak"] {
        assert_eq!(gamma.post(path, &[("csrf", &csrf)]).status(), 409, "{path}");
    }
    assert_eq!(ledger_len(&n.chair), before);
    let delta = Browser::login(&n, "d3@example.org");
    let before = ledger_len(&n.chair);
    let csrf = delta.csrf("/delegate");
    let path = format!("/delegate/speakers/{}/withdraw", p.queued);
    assert_eq!(delta.post(&path, &[("csrf", &csrf)]).status(), 409, "{path}");
    let csrf = chair.csrf("/chair");
    for (path, form) in [
        (format!("/chair/motions/{}/open", p.admitted), vec![("csrf", csrf.as_str()), ("ballot", "roll_call")]),
        (format!("/chair/polls/{}/close", p.poll), vec![("csrf", csrf.as_str())]),
        (format!("/chair/elections/{}/rounds", p.election), vec![("csrf", csrf.as_str())]),
        (format!("/chair/rounds/{}/close", p.round), vec![("csrf", csrf.as_str())]),
        (format!("/chair/assemblies/{a}/transition"), vec![("csrf", csrf.as_str()), ("to", "in_session")]),
    ] {
        assert_eq!(chair.post(&path, &form).status(), 409, "{path}");
    }
    assert_eq!(ledger_len(&n.chair), before);

    // The record is still written: the narrative and incidents, then the
    // approval; after which nothing at all.
    n.chair.put(&format!("/api/v1/assemblies/{a}/minutes"), json!({"narrative": "Opened at nine."}));
    n.chair.ok(&format!("/api/v1/assemblies/{a}/incidents"), json!({"body": "The microphone failed."}), 201);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}), 200);
    every_write_is_refused(&n, &p, "minutes approved");
    let before = ledger_len(&n.chair);
    let (status, _) = n.chair.put(&format!("/api/v1/assemblies/{a}/minutes"), json!({"narrative": "Rewritten."}));
    assert_eq!(status, 409);
    let (status, _) = n.chair.post(&format!("/api/v1/assemblies/{a}/incidents"), json!({"body": "Later."}));
    assert_eq!(status, 409);
    let (status, _) = n.chair.post(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}));
    assert_eq!(status, 409);
    assert_eq!(ledger_len(&n.chair), before);
}

// Item 15.

fn the_snapshot_decides_who_votes(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, gamma, _] = n.orgs;
    let (epsilon, epsilon_delegate) = member(&n, "Epsilon Platform", "d5@example.org");
    // Alpha in the room holding Gamma's proxy, Beta and Epsilon at home.
    n.desk.check_in(a, alpha, AttendanceMode::InPerson);
    n.delegates[1].check_in(a, beta, AttendanceMode::Remote);
    epsilon_delegate.check_in(a, epsilon, AttendanceMode::Remote);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": gamma, "holder_id": alpha}),
        201,
    );
    let roll_call = open_poll(&n, "roll_call", "Accounts 2025");
    let secret = open_poll(&n, "secret", "Budget 2027");
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let ana = e["candidates"][0]["id"].as_i64().expect("candidate");
    let e = n.chair.ok(&format!("/api/v1/elections/{}/rounds", id(&e)), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");

    // While they are open: the holder is suspended, Beta becomes an
    // affiliate by an import, Epsilon is suspended.
    for org in [alpha, epsilon] {
        let (status, body) = n
            .chair
            .patch(&format!("/api/v1/organisations/{org}"), json!({"status": "suspended", "reason": "Fees unpaid"}));
        assert_eq!(status, 200, "{body}");
    }
    let (status, report) =
        n.chair.post_csv("/api/v1/organisations/import", "name,country,kind\nBeta Forum,FR,affiliate\n");
    assert_eq!((status, report["updated"].as_u64()), (200, Some(1)), "{report}");

    // Each votes as the snapshot says, in every kind of ballot.
    let ballots = format!("/api/v1/polls/{roll_call}/ballots");
    n.delegates[0].ok(&ballots, json!({"choice": "yes"}), 201);
    n.delegates[0].ok(&ballots, json!({"choice": "yes", "organisation_id": gamma}), 201);
    n.delegates[1].ok(&ballots, json!({"choice": "no"}), 201);
    // Epsilon's vote through its page, which still offers it.
    let page = Browser::login(&n, "d5@example.org");
    let doc = page.page("/delegate");
    let offered = Selector::parse(&format!("form[action='/delegate/polls/{roll_call}/confirm']")).expect("selector");
    assert_eq!(doc.select(&offered).count(), 3, "yes, no, abstain");
    let csrf = page.csrf("/delegate");
    assert_eq!(
        page.post(&format!("/delegate/polls/{roll_call}/vote"), &[("csrf", &csrf), ("choice", "abstain")]).status(),
        303
    );
    let closed = n.chair.ok(&format!("/api/v1/polls/{roll_call}/close"), json!({}), 200);
    assert_eq!(
        (closed["result"]["yes"].as_i64(), closed["result"]["no"].as_i64(), closed["result"]["abstain"].as_i64()),
        (Some(2), Some(1), Some(1)),
        "{closed}"
    );
    assert_eq!(closed["eligible"].as_i64(), Some(4), "{closed}");

    let ballots = format!("/api/v1/polls/{secret}/ballots");
    for (who, org) in
        [(&n.delegates[0], alpha), (&n.delegates[0], gamma), (&n.delegates[1], beta), (&epsilon_delegate, epsilon)]
    {
        who.ok(&ballots, json!({"choice": "yes", "organisation_id": org}), 201);
    }
    let closed = n.chair.ok(&format!("/api/v1/polls/{secret}/close"), json!({}), 200);
    assert_eq!(closed["result"]["yes"].as_i64(), Some(4), "{closed}");

    let ballots = format!("/api/v1/rounds/{round}/ballots");
    for (who, org) in
        [(&n.delegates[0], alpha), (&n.delegates[0], gamma), (&n.delegates[1], beta), (&epsilon_delegate, epsilon)]
    {
        who.ok(&ballots, json!({"choices": [ana], "organisation_id": org}), 201);
    }
    let e = n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    assert_eq!(e["elected"].as_array().map(Vec::len), Some(1), "{e}");

    // A poll opened now takes the register as it is: the suspended and the
    // affiliate are refused, with their reason.
    let next = open_poll(&n, "roll_call", "Work plan 2027");
    let ballots = format!("/api/v1/polls/{next}/ballots");
    for (who, body, code) in [
        (&n.delegates[0], json!({"choice": "yes"}), "suspended_cannot_vote"),
        (&n.delegates[1], json!({"choice": "yes"}), "affiliate_cannot_vote"),
    ] {
        let (status, out) = who.post(&ballots, body);
        assert_eq!((status, out["error"].as_str()), (403, Some(code)), "{out}");
    }
    // Gamma's proxy holder no longer counts as present, so Gamma is not
    // represented either.
    let (status, out) = n.delegates[0].post(&ballots, json!({"choice": "yes", "organisation_id": gamma}));
    assert_eq!(status, 403, "{out}");

    // `plenum verify` replays the same rule: the record holds.
    n.chair.ok(&format!("/api/v1/polls/{next}/close"), json!({}), 200);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    let (status, bundle) = n.chair.get(&format!("/api/v1/assemblies/{a}/bundle"));
    assert_eq!(status, 200, "{bundle}");
    let bundle: plenum::export::bundle::Bundle = serde_json::from_value(bundle).expect("a bundle");
    let report = plenum::verify::verify(&bundle, None);
    assert!(report.ok, "{}", report.render());
    assert_eq!((report.polls, report.rounds), (3, 1));
}

// Found in this area: the approval seals what was drafted a moment before.

/// An incident recorded while the minutes are being approved: either the
/// sealed minutes carry it, or the approval is refused. Never a sealed
/// record without an incident the record holds from before the approval.
fn an_incident_during_the_approval_is_not_lost(db: TestDb) {
    let n = network(db);
    // One session at a time: the network's own is closed first.
    n.chair.ok(&format!("/api/v1/assemblies/{}/transition", n.assembly), json!({"to": "closed"}), 200);
    let assemblies: Vec<i64> = (0..12)
        .map(|i| {
            let a = id(&n.chair.ok(
                "/api/v1/assemblies",
                json!({"title": format!("Meeting {i}"), "starts_at": "2026-05-16T09:00:00Z", "format": "hybrid"}),
                201,
            ));
            for to in ["convened", "in_session", "closed"] {
                n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": to}), 200);
            }
            a
        })
        .collect();
    let chair_token = n.chair.token.clone().expect("token");
    for a in assemblies {
        let base = n.app.base.clone();
        let token = chair_token.clone();
        let writer = std::thread::spawn(move || {
            let api = common::Api::with_token(&base, &token);
            let mut recorded = 0;
            for i in 0..40 {
                let (status, _) =
                    api.post(&format!("/api/v1/assemblies/{a}/incidents"), json!({"body": format!("Incident {i}")}));
                if status != 201 {
                    break;
                }
                recorded += 1;
            }
            recorded
        });
        std::thread::sleep(std::time::Duration::from_millis(15));
        let approved = loop {
            let (status, body) = n.chair.post(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}));
            match status {
                200 => break body,
                409 if body["error"] == "minutes_changed" => continue,
                _ => panic!("approval: {status} {body}"),
            }
        };
        let recorded = writer.join().expect("writer");
        let sealed = approved["incidents"].as_array().map(Vec::len).expect("incidents");
        assert_eq!(
            sealed, recorded,
            "assembly {a}: the record holds {recorded} incidents, the sealed minutes {sealed}"
        );
    }
}

/// A record made before closing required every vote closed: an assembly
/// closed with a poll and a round still open. Nothing is voted any more,
/// the minutes cannot be approved until the chair closes both, and once
/// they are approved nothing closes.
fn a_vote_left_open_by_an_earlier_close_is_closed_before_the_approval(db: TestDb) {
    use diesel::connection::SimpleConnection;
    let n = network(db);
    let a = n.assembly;
    n.delegates[0].check_in(a, n.orgs[0], AttendanceMode::Remote);
    let poll = open_poll(&n, "roll_call", "Accounts 2025");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}]}),
        201,
    );
    let e = n.chair.ok(&format!("/api/v1/elections/{}/rounds", id(&e)), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");
    let mut conn = n.app.services.conn().expect("connection");
    conn.batch_execute(&format!("UPDATE assemblies SET state = 'closed' WHERE id = {a}")).expect("the old close");
    drop(conn);

    let (status, body) = n.delegates[0].post(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": []}));
    assert_eq!((status, body["error"].as_str()), (409, Some("not_in_session")), "{body}");
    let approve = format!("/api/v1/assemblies/{a}/minutes/approve");
    let (status, body) = n.chair.post(&approve, json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("votes_still_open")), "{body}");
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    assert_eq!(closed["result"]["yes"].as_i64(), Some(1), "{closed}");
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    n.chair.ok(&approve, json!({}), 200);
}

both!(
    only_the_desk_records_presence_in_the_room,
    the_tellers_count_only_who_is_in_the_room,
    the_room_is_counted_in_session_only,
    an_assembly_closes_only_when_every_vote_is_closed,
    nothing_changes_after_the_close,
    the_snapshot_decides_who_votes,
    an_incident_during_the_approval_is_not_lost,
    a_vote_left_open_by_an_earlier_close_is_closed_before_the_approval,
);
