//! Proxies over HTTP: grant, every refusal, vote by proxy, revoke, void on
//! the grantor's arrival, and what they do to the quorum.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, TestDb, PASSWORD};
use serde_json::json;

fn error(pair: (u16, serde_json::Value)) -> (u16, String) {
    (pair.0, pair.1["error"].as_str().unwrap_or_default().to_string())
}

fn proxies_are_capped_unchained_and_used_once(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, gamma, delta] = n.orgs;
    let proxies = format!("/api/v1/assemblies/{a}/proxies");
    n.desk.check_in(a, alpha, AttendanceMode::InPerson);

    // Gamma cannot attend and gives its vote to Alpha, by its own delegate.
    let p = n.delegates[2].ok(
        &proxies,
        json!({"grantor_id": gamma, "holder_id": alpha, "document": "letter 2026/14"}),
        201,
    );
    assert_eq!((p["state"].as_str(), p["document"].as_str()), (Some("live"), Some("letter 2026/14")), "{p}");
    let proxy = p["id"].as_i64().expect("id");

    // Every refusal says why.
    let cases = [
        (&n.delegates[3], json!({"grantor_id": delta, "holder_id": beta}), (422, "proxy_affiliate")),
        (&n.chair, json!({"grantor_id": beta, "holder_id": delta}), (422, "proxy_affiliate")),
        (&n.delegates[0], json!({"grantor_id": alpha, "holder_id": beta}), (422, "proxy_grantor_present")),
        (&n.delegates[1], json!({"grantor_id": beta, "holder_id": alpha}), (422, "proxy_cap_reached")),
        (&n.delegates[1], json!({"grantor_id": beta, "holder_id": gamma}), (422, "proxy_chain")),
        (&n.delegates[2], json!({"grantor_id": gamma, "holder_id": beta}), (422, "proxy_already_given")),
        (&n.delegates[1], json!({"grantor_id": beta, "holder_id": beta}), (422, "proxy_to_itself")),
        (&n.delegates[1], json!({"grantor_id": gamma, "holder_id": beta}), (403, "not_your_organisation")),
        (&n.desk, json!({"grantor_id": beta, "holder_id": alpha}), (403, "role_required")),
    ];
    for (who, body, (status, code)) in cases {
        let (got_status, got) = who.post(&proxies, body.clone());
        assert_eq!((got_status, got["error"].as_str().unwrap_or_default()), (status, code), "{body}: {got}");
        assert!(!got["message"].as_str().unwrap_or_default().is_empty());
    }
    let (_, refused) = n.delegates[1].post(&proxies, json!({"grantor_id": beta, "holder_id": alpha}));
    assert_eq!(refused["message"], "Alpha Network already holds 1 proxy, the most allowed at this assembly.");

    // Gamma is represented: it counts for the quorum and may be voted for.
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!(
        (q["present"].as_u64(), q["represented"].as_u64(), q["quorate"].as_bool()),
        (Some(1), Some(1), Some(true)),
        "{q}"
    );
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201);
    assert_eq!(poll["eligible"].as_i64(), Some(2), "{poll}");
    let ballots = format!("/api/v1/polls/{}/ballots", poll["id"]);
    // Only the holder votes for Gamma; each organisation's vote separately.
    assert_eq!(
        error(n.delegates[1].post(&ballots, json!({"choice": "no", "organisation_id": gamma}))),
        (403, "not_your_organisation".into())
    );
    n.delegates[0].ok(&ballots, json!({"choice": "yes"}), 201);
    n.delegates[0].ok(&ballots, json!({"choice": "no", "organisation_id": gamma}), 201);
    assert_eq!(
        error(n.delegates[0].post(&ballots, json!({"choice": "yes", "organisation_id": gamma}))),
        (409, "already_voted".into())
    );
    // Gamma's own delegate, absent, cannot vote as well.
    assert_eq!(error(n.delegates[2].post(&ballots, json!({"choice": "yes"}))), (403, "represented_by_proxy".into()));
    // Used: no longer revocable.
    assert_eq!(error(n.delegates[2].delete(&format!("/api/v1/proxies/{proxy}"))), (409, "proxy_used".into()));
    let closed = n.chair.ok(&format!("/api/v1/polls/{}/close", poll["id"]), json!({}), 200);
    assert_eq!((closed["result"]["yes"].as_i64(), closed["result"]["no"].as_i64()), (Some(1), Some(1)), "{closed}");
}

fn a_grantor_who_arrives_voids_its_proxy(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, _, _] = n.orgs;
    let proxies = format!("/api/v1/assemblies/{a}/proxies");
    n.desk.check_in(a, beta, AttendanceMode::InPerson);
    // Entered by the secretariat from a written proxy.
    let p = n.chair.ok(&proxies, json!({"grantor_id": alpha, "holder_id": beta, "document": "scan-0042.pdf"}), 201);
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!((q["present"].as_u64(), q["represented"].as_u64()), (Some(1), Some(1)), "{q}");
    // Alpha arrives after all: it votes itself and the proxy is void.
    n.delegates[0].check_in(a, alpha, AttendanceMode::Remote);
    let (_, list) = n.chair.get(&proxies);
    assert_eq!(list[0]["state"], "void", "{list}");
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!((q["present"].as_u64(), q["represented"].as_u64()), (Some(2), Some(0)), "{q}");
    assert_eq!(error(n.chair.delete(&format!("/api/v1/proxies/{}", p["id"]))), (409, "proxy_not_live".into()));
    // Leaving again does not revive it.
    n.delegates[0].delete(&format!("/api/v1/assemblies/{a}/attendance/{alpha}"));
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!((q["present"].as_u64(), q["represented"].as_u64()), (Some(1), Some(0)), "{q}");

    // A new proxy can be given and revoked before use, audited each time.
    let p = n.delegates[0].ok(&proxies, json!({"grantor_id": alpha, "holder_id": beta}), 201);
    let revoked = n.delegates[0].delete(&format!("/api/v1/proxies/{}", p["id"]));
    assert_eq!((revoked.0, revoked.1["state"].as_str()), (200, Some("revoked")), "{}", revoked.1);
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    let kinds: Vec<&str> =
        events["events"].as_array().map(|a| a.iter().filter_map(|e| e["kind"].as_str()).collect()).unwrap_or_default();
    for kind in ["proxy.granted", "proxy.void", "proxy.revoked", "attendance.left"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

fn vote(who: &common::Api, poll: i64, body: serde_json::Value) {
    who.ok(&format!("/api/v1/polls/{poll}/ballots"), body, 201);
}

/// Issue 14, item 6: a proxy used in a secret poll, an election round or
/// the room's count can no longer be revoked, by the API or the page.
fn a_proxy_used_in_a_secret_poll_stays(db: TestDb) {
    proxy_used_in(db, "secret");
}

fn a_proxy_used_in_an_election_round_stays(db: TestDb) {
    proxy_used_in(db, "round");
}

fn a_proxy_used_online_in_a_tellers_poll_stays(db: TestDb) {
    proxy_used_in(db, "tellers_online");
}

fn a_proxy_used_in_the_rooms_count_stays(db: TestDb) {
    proxy_used_in(db, "tellers_room");
}

fn proxy_used_in(db: TestDb, kind: &str) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, _, gamma, _] = n.orgs;
    if kind == "tellers_room" {
        n.desk.check_in(a, alpha, AttendanceMode::InPerson);
    } else {
        n.check_in(0, AttendanceMode::Remote);
    }
    n.check_in(1, AttendanceMode::Remote);
    let proxy = n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": gamma, "holder_id": alpha}),
        201,
    )["id"]
        .as_i64()
        .expect("proxy");
    match kind {
        "secret" => {
            let poll = n.open_poll("secret", "Budget");
            vote(&n.delegates[0], poll, json!({"choice": "no", "organisation_id": gamma}));
        }
        "round" => {
            let e = n.chair.ok(
                &format!("/api/v1/assemblies/{a}/elections"),
                json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
                201,
            );
            let first = e["candidates"][0]["id"].as_i64().expect("candidate");
            let e = n.chair.ok(&format!("/api/v1/elections/{}/rounds", e["id"]), json!({}), 201);
            let round = e["rounds"][0]["id"].as_i64().expect("round");
            n.delegates[0].ok(
                &format!("/api/v1/rounds/{round}/ballots"),
                json!({"choices": [first], "organisation_id": gamma}),
                201,
            );
        }
        "tellers_online" => {
            let poll = n.open_poll("tellers", "Work plan");
            vote(&n.delegates[0], poll, json!({"choice": "yes", "organisation_id": gamma}));
        }
        _ => {
            let poll = n.open_poll("tellers", "Work plan");
            n.desk.ok(
                &format!("/api/v1/polls/{poll}/tellers"),
                json!({"yes": 2, "no": 0, "abstain": 0, "organisation_ids": [alpha, gamma]}),
                201,
            );
        }
    }
    // Through the page the grantor's delegate sees ...
    let base = &n.app.base;
    let browser = logged_in(base, "d2@example.org");
    let page = browser.get(format!("{base}/delegate")).send().expect("page").text().expect("body");
    let action = format!("/delegate/proxies/{proxy}/revoke");
    assert!(!page.contains(&action), "{kind}: the page offers no revocation");
    assert!(page.contains("already been used to vote"), "{kind}: the page says why");
    // Posted all the same, as an old page or a forged form would.
    let csrf = form_token(&page);
    let res = browser.post(format!("{base}{action}")).form(&[("csrf", csrf.as_str())]).send().expect("revoke");
    assert_eq!(res.status(), 409, "{kind}: the page refuses");
    // ... and through the API.
    assert_eq!(
        error(n.delegates[2].delete(&format!("/api/v1/proxies/{proxy}"))),
        (409, "proxy_used".to_string()),
        "{kind}"
    );
    let (_, list) = n.chair.get(&format!("/api/v1/assemblies/{a}/proxies"));
    assert_eq!(list[0]["state"], "live", "{kind}: {list}");
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    assert!(!events.to_string().contains("proxy.revoked"), "{kind}");
}

/// "Until used" means used as a proxy: an organisation that voted itself
/// before leaving and giving its vote away may still revoke that proxy
/// while its holder has not voted with it; but not while an open poll or
/// round counts it, where the revocation could not stop the holder.
fn a_proxy_is_not_used_by_the_grantors_own_earlier_vote(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, _, gamma, _] = n.orgs;
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(2, AttendanceMode::Remote);
    for ballot in ["roll_call", "secret"] {
        let poll = n.open_poll(ballot, "Morning");
        vote(&n.delegates[2], poll, json!({"choice": "yes"}));
        n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    }
    n.delegates[2].delete(&format!("/api/v1/assemblies/{a}/attendance/{gamma}"));
    let proxy = n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": gamma, "holder_id": alpha}),
        201,
    )["id"]
        .as_i64()
        .expect("proxy");
    // A poll and a round open: Alpha may vote for Gamma there, though it
    // has not. Revoking now would not stop that (the snapshot decides), so
    // it is refused until both close, and then allowed.
    let poll = n.open_poll("secret", "Afternoon");
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}]}),
        201,
    );
    let e = n.chair.ok(&format!("/api/v1/elections/{}/rounds", e["id"]), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");
    let revoke = format!("/api/v1/proxies/{proxy}");
    let browser = logged_in(&n.app.base, "d2@example.org");
    let page = || browser.get(format!("{}/delegate", n.app.base)).send().expect("page").text().expect("body");
    let action = format!("/delegate/proxies/{proxy}/revoke");
    let shown = page();
    assert!(!shown.contains(&action) && shown.contains("Revoke it after the close"), "{shown}");
    assert_eq!(error(n.delegates[2].delete(&revoke)), (409, "proxy_in_open_poll".to_string()));
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    assert_eq!(error(n.delegates[2].delete(&revoke)), (409, "proxy_in_open_poll".to_string()));
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    assert!(page().contains(&action), "revocable again after the close");
    let (status, body) = n.delegates[2].delete(&revoke);
    assert_eq!((status, body["state"].as_str()), (200, Some("revoked")), "{body}");
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    assert!(events.to_string().contains("proxy.revoked"));
}

/// A browser logged in through the login form.
fn logged_in(base: &str, email: &str) -> reqwest::blocking::Client {
    let browser = common::client();
    let login = browser.get(format!("{base}/login")).send().expect("login page").text().expect("body");
    let csrf = form_token(&login);
    let res = browser
        .post(format!("{base}/login"))
        .form(&[("csrf", csrf.as_str()), ("email", email), ("password", PASSWORD)])
        .send()
        .expect("login");
    assert_eq!(res.status(), 303, "login {email}");
    browser
}

/// The value of the first `csrf` input of a page.
fn form_token(page: &str) -> String {
    let doc = scraper::Html::parse_document(page);
    let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
    doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf").to_string()
}

/// After the close a proxy is refused in words about proxies, with the
/// state named as a state (it said "Attendance cannot be recorded while
/// the assembly is minutes approved").
fn a_proxy_after_the_close_is_refused_in_plain_words(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.chair.transition(a, "closed");
    let (status, body) = n.delegates[2]
        .post(&format!("/api/v1/assemblies/{a}/proxies"), json!({"grantor_id": n.orgs[2], "holder_id": n.orgs[0]}));
    assert_eq!((status, body["error"].as_str()), (409, Some("attendance_closed")), "{body}");
    assert_eq!(body["message"], "A proxy cannot be given now: the assembly's state is “closed”.", "{body}");
}

both!(
    a_proxy_after_the_close_is_refused_in_plain_words,
    proxies_are_capped_unchained_and_used_once,
    a_grantor_who_arrives_voids_its_proxy,
    a_proxy_used_in_a_secret_poll_stays,
    a_proxy_used_in_an_election_round_stays,
    a_proxy_used_online_in_a_tellers_poll_stays,
    a_proxy_used_in_the_rooms_count_stays,
    a_proxy_is_not_used_by_the_grantors_own_earlier_vote,
);
