//! Notices by e-mail, delivered to a real SMTP server (aiosmtpd as a child
//! process, `common::smtp`): the convocation to every delegate in their
//! language with its calendar entry, the server's refusals kept with its
//! reason and tried again or sent again by hand, the outbox's ledger
//! events free of addresses and words, and who may do what.

use crate::common::smtp::Sink;
use crate::common::{self, network_on, Api, Network, TestApp, TestDb};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::time::Duration;

const REMOTE: &str = "https://meet.network.example/ga-2026";

fn app_with(db: TestDb, sink: Option<&Sink>) -> TestApp {
    TestApp::start_with(db, |s| {
        if let Some(sink) = sink {
            sink.configure(s);
        }
        s.public_url = "https://plenum.network.example".into();
    })
}

/// A second assembly of the network, convened, with an agenda and a
/// remote link; answers its id.
fn convened(n: &Network) -> i64 {
    let a = n.chair.ok(
        "/api/v1/assemblies",
        json!({
            "title": "Extraordinary Assembly on the Statutes",
            "kind": "extraordinary",
            "starts_at": "2026-06-20T09:30:00Z",
            "format": "hybrid",
            "venue": "Maison des Associations, Brussels",
            "remote_link": REMOTE,
            "agenda": [
                {"title": "Opening and quorum", "kind": "information"},
                {"title": "Amendment of Article 7", "kind": "decision"}
            ]
        }),
        201,
    );
    assert_eq!(a["remote_link"], REMOTE);
    let id = a["id"].as_i64().expect("id");
    assert_eq!(n.chair.transition(id, "convened")["state"], "convened");
    id
}

fn ledger(n: &Network, kind: &str) -> Vec<Value> {
    let (status, events) = n.chair.get(&format!("/api/v1/audit/events?kind={kind}"));
    assert_eq!(status, 200, "{events}");
    events["events"].as_array().cloned().expect("events")
}

fn get(api: &Api, path: &str) -> Value {
    let (status, body) = api.get(path);
    assert_eq!(status, 200, "{path}: {body}");
    body
}

fn outbox(n: &Network, assembly: i64) -> Value {
    get(&n.chair, &format!("/api/v1/assemblies/{assembly}/outbox"))
}

/// Waits until the outbox has no message queued with attempts left due now.
fn settled(n: &Network, assembly: i64, sent: i64) -> Value {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let page = outbox(n, assembly);
        if page["counts"]["sent"].as_i64() == Some(sent) {
            return page;
        }
        assert!(std::time::Instant::now() < deadline, "the outbox did not settle: {page}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn the_convocation_reaches_every_delegate_in_their_language(db: TestDb) {
    let Some(sink) = Sink::start() else { return };
    let n = network_on(app_with(db, Some(&sink)));
    // Beta's delegate reads plenum in French.
    let token = n.delegates[1].token.clone().expect("token");
    let beta = n.app.services.authenticate(&token).expect("session").caller;
    n.app.services.set_own_language(&beta, Some(plenum::i18n::Lang::Fr)).expect("language");
    let a = convened(&n);

    let queued = n.chair.ok(&format!("/api/v1/assemblies/{a}/convocation"), json!({}), 201);
    // Four organisations with one delegate each: the affiliate is convened
    // too (it attends, advisory).
    assert_eq!(queued["queued"], 4, "{queued}");
    assert_eq!(queued["unreachable"], json!([]));
    assert_eq!(queued["notice_sent_on"], "2026-05-16");
    let messages = sink.wait_for(4, Duration::from_secs(30));
    let page = settled(&n, a, 4);
    assert_eq!(messages.len(), 4, "nothing sent twice");

    let to: BTreeSet<String> = messages.iter().map(|m| m["rcpt_tos"][0].as_str().unwrap_or("").to_string()).collect();
    let want: BTreeSet<String> = (0..4).map(|i| format!("d{i}@example.org")).collect();
    assert_eq!(to, want);
    for m in &messages {
        let address = m["rcpt_tos"][0].as_str().expect("address");
        assert_eq!(m["from"], "Secretariat <secretariat@network.example>");
        let text = m["text"].as_str().expect("plain text");
        let html = m["html"].as_str().expect("HTML");
        let french = address == "d1@example.org";
        if french {
            assert_eq!(m["subject"], "Convocation\u{202f}: Extraordinary Assembly on the Statutes");
            assert!(text.contains("Beta Forum est convoquée à l’assemblée générale extraordinaire"), "{text}");
            assert!(text.contains("Ordre du jour"), "{text}");
            assert!(text.contains("20 juin 2026"), "{text}");
        } else {
            assert_eq!(m["subject"], "Convocation: Extraordinary Assembly on the Statutes");
            assert!(text.contains("is convened to the extraordinary General Assembly"), "{text}");
            assert!(text.contains("20 June 2026"), "{text}");
            assert!(text.contains("09:30 (UTC)"), "{text}");
            assert!(text.contains("- Ordinary motions: To carry: more than half of the votes cast"), "{text}");
            assert!(text.contains("Changes to the statutes: To carry: at least two thirds"), "{text}");
            assert!(text.contains("one member holds at most one proxy"), "{text}");
            assert!(
                text.contains("This notice is sent 35 days before the assembly; the statutes ask for 15."),
                "{text}"
            );
        }
        for words in ["Opening and quorum", "Amendment of Article 7", REMOTE, "Maison des Associations, Brussels"] {
            assert!(text.contains(words), "{words} not in {text}");
            assert!(html.contains(words), "{words} not in {html}");
        }
        assert!(text.contains("https://plenum.network.example/delegate"), "{text}");
        assert!(html.contains(&format!("href=\"{REMOTE}\"")), "{html}");
        // The calendar entry.
        let ics = &m["attachments"][0];
        assert_eq!(ics["filename"], "assembly.ics");
        assert_eq!(ics["content_type"], "text/calendar");
        assert_eq!(ics["params"]["method"], "PUBLISH");
        let cal = ics["content"].as_str().expect("calendar").replace("\r\n ", "");
        for line in [
            "BEGIN:VCALENDAR",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            &format!("UID:assembly-{a}@network.example"),
            "DTSTART:20260620T093000Z",
            "SUMMARY:Extraordinary Assembly on the Statutes",
            "LOCATION:Maison des Associations\\, Brussels",
            &format!("URL:{REMOTE}"),
            "END:VCALENDAR",
        ] {
            assert!(cal.lines().any(|l| l == line), "{line} not in {cal}");
        }
    }
    // The outbox says each was sent, with the server's answer and the
    // Message-ID the server received.
    let ids: BTreeSet<String> = messages.iter().map(|m| m["message_id"].as_str().unwrap_or("").to_string()).collect();
    let kept: BTreeSet<String> = page["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .map(|m| {
            assert_eq!(m["state"], "sent", "{m}");
            assert!(m["last_answer"].as_str().is_some_and(|a| a.starts_with("250 ")), "{m}");
            assert_eq!(m["attempts"], 1);
            m["message_id"].as_str().unwrap_or("").to_string()
        })
        .collect();
    assert_eq!(ids, kept);
    assert!(ids.iter().all(|id| id.ends_with("@network.example>")), "{ids:?}");

    // The ledger: one `notice.queued`, one `notice.sent` per message with
    // its digest, and no address or word of the messages anywhere.
    let queued = ledger(&n, "notice.queued");
    assert_eq!(queued.len(), 1);
    let payload: Value = serde_json::from_str(queued[0]["payload"].as_str().expect("payload")).expect("json");
    assert_eq!(payload["kind"], "convocation");
    assert_eq!(payload["messages"].as_array().map(Vec::len), Some(4));
    let sent = ledger(&n, "notice.sent");
    assert_eq!(sent.len(), 4);
    for e in &sent {
        let p: Value = serde_json::from_str(e["payload"].as_str().expect("payload")).expect("json");
        assert_eq!(p["code"], "250");
        assert_eq!(p["sha256"].as_str().map(str::len), Some(64));
        assert_eq!(e["actor"], "system:mail");
    }
    let (_, all) = n.chair.get("/api/v1/audit/events?kind=notice.");
    let all = all.to_string();
    for secret in ["@example.org", "Amendment of Article 7", "Delegate 1", "meet.network.example"] {
        assert!(!all.contains(secret), "the ledger's notice events hold {secret}: {all}");
    }
    // The notice date was recorded, in time.
    let (_, view) = n.chair.get(&format!("/api/v1/assemblies/{a}"));
    assert_eq!(view["notice_sent_on"], "2026-05-16");
    assert_eq!(view["warnings"], json!([]), "{view}");
}

fn refusals_are_kept_with_the_servers_reason_and_sent_again_on_request(db: TestDb) {
    let Some(sink) = Sink::start() else { return };
    sink.rules(&["d2@example.org"], &["d3@example.org"], 0.0);
    let n = network_on(app_with(db, Some(&sink)));
    let a = convened(&n);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/convocation"), json!({}), 201);
    sink.wait_for(2, Duration::from_secs(30));
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let page = loop {
        let page = outbox(&n, a);
        let c = &page["counts"];
        if c["sent"] == 2 && c["failed"] == 1 && c["queued"] == 1 && attempted(&page, "d3@example.org") {
            break page;
        }
        assert!(std::time::Instant::now() < deadline, "{page}");
        std::thread::sleep(Duration::from_millis(50));
    };
    let by_address = |page: &Value, address: &str| -> Value {
        page["messages"].as_array().and_then(|m| m.iter().find(|m| m["address"] == address).cloned()).expect("message")
    };
    let refused = by_address(&page, "d2@example.org");
    assert_eq!(refused["state"], "failed");
    assert!(
        refused["last_answer"].as_str().is_some_and(|a| a.contains("550") && a.contains("no such mailbox")),
        "{refused}"
    );
    let later = by_address(&page, "d3@example.org");
    assert_eq!(later["state"], "queued");
    assert_eq!(later["attempts"], 1);
    assert!(later["last_answer"].as_str().is_some_and(|a| a.contains("451")), "{later}");
    // Tried again a minute later, not before.
    assert!(later["next_attempt_at"].as_str().is_some_and(|t| t.starts_with("2026-05-16T09:01:00")), "{later}");
    // A message on its way cannot be sent again by hand.
    let (status, body) = n.chair.post(&format!("/api/v1/outbox/{}/resend", later["id"]), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("notice_on_its_way")), "{body}");

    // The server takes both now; the clock moves past the retry.
    sink.rules(&[], &[], 0.0);
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(sink.messages().len(), 2, "the retry waited for its time");
    n.app.clock.advance(chrono::Duration::minutes(2));
    sink.wait_for(3, Duration::from_secs(30));
    let (status, _) = n.chair.post(&format!("/api/v1/outbox/{}/resend", refused["id"]), json!({}));
    assert_eq!(status, 204);
    let messages = sink.wait_for(4, Duration::from_secs(30));
    let page = settled(&n, a, 4);
    let resent = by_address(&page, "d2@example.org");
    assert_eq!(resent["message_id"], refused["message_id"], "sent again as it was");
    assert_eq!(messages.iter().filter(|m| m["rcpt_tos"][0] == "d2@example.org").count(), 1);
    for kind in ["notice.failed", "notice.deferred", "notice.resent"] {
        assert_eq!(ledger(&n, kind).len(), 1, "{kind}");
    }
    assert_eq!(ledger(&n, "notice.sent").len(), 4);
}

fn attempted(page: &Value, address: &str) -> bool {
    page["messages"].as_array().is_some_and(|m| m.iter().any(|m| m["address"] == address && m["attempts"] == 1))
}

fn only_the_secretariat_convenes_and_only_when_convened(db: TestDb) {
    // No mail server: notices are kept queued, and the page says why.
    let n = network_on(app_with(db, None));
    let a = convened(&n);
    let other = n.assembly; // in session
    for (who, status) in [(&n.delegates[0], 403), (&n.desk, 403)] {
        let (got, body) = who.post(&format!("/api/v1/assemblies/{a}/convocation"), json!({}));
        assert_eq!(got, status, "{body}");
        let (got, _) = who.get(&format!("/api/v1/assemblies/{a}/outbox"));
        assert_eq!(got, 403);
    }
    let anonymous = n.app.anonymous();
    assert_eq!(anonymous.post(&format!("/api/v1/assemblies/{a}/convocation"), json!({})).0, 401);
    assert_eq!(n.chair.post("/api/v1/assemblies/999/convocation", json!({})).0, 404);
    let (status, body) = n.chair.post(&format!("/api/v1/assemblies/{other}/convocation"), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("convocation_not_now")), "{body}");
    assert!(ledger(&n, "notice.").is_empty(), "refusals queue nothing");

    let queued = n.chair.ok(&format!("/api/v1/assemblies/{a}/convocation"), json!({}), 201);
    assert_eq!(queued["queued"], 4);
    std::thread::sleep(Duration::from_millis(300));
    let page = outbox(&n, a);
    assert_eq!(page["sending"], false);
    assert_eq!(page["counts"]["queued"], 4, "nothing leaves with e-mail off");
    let id = page["messages"][0]["id"].as_i64().expect("id");
    assert_eq!(n.delegates[0].post(&format!("/api/v1/outbox/{id}/resend"), json!({})).0, 403);
    assert_eq!(n.chair.post("/api/v1/outbox/99999/resend", json!({})).0, 404);

    // An organisation whose delegate is disabled is named as unreachable.
    let accounts = get(&n.chair, "/api/v1/accounts");
    let d0 = accounts.as_array().and_then(|a| a.iter().find(|x| x["email"] == "d0@example.org")).expect("d0");
    let (status, body) = n.chair.patch(&format!("/api/v1/accounts/{}", d0["id"]), json!({"active": false}));
    assert_eq!(status, 200, "{body}");
    let again = n.chair.ok(&format!("/api/v1/assemblies/{a}/convocation"), json!({}), 201);
    assert_eq!(again["queued"], 3);
    assert_eq!(again["unreachable"], json!(["Alpha Network"]));
    assert_eq!(again["notice_sent_on"], "2026-05-16", "the first notice's date stays");

    // The secretariat's page shows it all.
    let chair = common::PageSession::login(&n.app.base, "chair@example.org");
    let (status, html) = chair.text(&format!("/chair/assemblies/{a}/notices"));
    assert_eq!(status, 200);
    assert!(html.contains("mail_enabled"), "the page says e-mail is off");
    assert!(html.contains("Alpha Network"), "unreachable named");
    assert!(html.contains("Queued: 7"), "{html}");
}

fn the_remote_link_is_checked_and_shown_to_delegates(db: TestDb) {
    let n = common::network_with(app_with(db, None), json!({"remote_link": REMOTE}));
    let a = n.assembly;
    // The delegate's page links to the video conference.
    let delegate = common::PageSession::login(&n.app.base, "d0@example.org");
    let (status, html) = delegate.text("/delegate");
    assert_eq!(status, 200);
    let page = scraper::Html::parse_document(&html);
    let link = scraper::Selector::parse("#remote-link a").expect("selector");
    let hrefs: Vec<&str> = page.select(&link).filter_map(|a| a.value().attr("href")).collect();
    assert_eq!(hrefs, [REMOTE]);
    for bad in
        ["javascript:alert(1)", "ftp://files.example/x", "https://", "meet.example.org/room", "https://a b.example"]
    {
        let (status, body) = n.chair.patch(&format!("/api/v1/assemblies/{a}"), json!({"remote_link": bad}));
        assert_eq!((status, body["error"].as_str()), (400, Some("invalid_remote_link")), "{bad}: {body}");
    }
    // In session the particulars are locked: a new assembly takes a link.
    let (status, body) = n.chair.patch(&format!("/api/v1/assemblies/{a}"), json!({"remote_link": REMOTE}));
    assert_eq!((status, body["error"].as_str()), (409, Some("assembly_locked")), "{body}");
    let b = convened(&n);
    let (status, changed) = n.chair.patch(&format!("/api/v1/assemblies/{b}"), json!({"remote_link": ""}));
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["remote_link"], Value::Null, "an empty link removes it");
    let (_, changed) =
        n.chair.patch(&format!("/api/v1/assemblies/{b}"), json!({"remote_link": "https://Meet.Example.org/x"}));
    assert_eq!(changed["remote_link"], "https://meet.example.org/x");
    let events = ledger(&n, "assembly.changed");
    let last = events.last().map(|e| e["payload"].to_string()).unwrap_or_default();
    assert!(last.contains("meet.example.org/x"), "{events:?}");
}

fn login(n: &Network, email: &str, password: &str) -> u16 {
    let body = json!({"email": email, "password": password});
    common::client().post(format!("{}/api/v1/session", n.app.base)).json(&body).send().expect("login").status().as_u16()
}

/// The one-time link in an invitation's text.
fn link_in(message: &Value) -> String {
    let text = message["text"].as_str().expect("text");
    let start = text.find("https://plenum.network.example/welcome/").expect("the link");
    text[start..].split_whitespace().next().expect("link").to_string()
}

fn an_invitation_lets_its_holder_choose_a_password_once(db: TestDb) {
    let Some(sink) = Sink::start() else { return };
    let n = network_on(app_with(db, Some(&sink)));
    let gamma = n.orgs[2];
    let made = n.chair.ok(
        "/api/v1/accounts",
        json!({"email": "nadia@example.org", "name": "Nadia Novak", "role": "delegate", "organisation_id": gamma}),
        201,
    );
    let id = made["id"].as_i64().expect("id");
    // Made without a password: nothing logs in.
    for guess in ["", "0000000000", "nadia@example.org"] {
        assert_eq!(login(&n, "nadia@example.org", guess), 401);
    }
    // Only the secretariat invites.
    assert_eq!(n.delegates[0].post(&format!("/api/v1/accounts/{id}/invitation"), json!({})).0, 403);
    assert_eq!(n.app.anonymous().post(&format!("/api/v1/accounts/{id}/invitation"), json!({})).0, 401);
    assert_eq!(n.chair.post("/api/v1/accounts/99999/invitation", json!({})).0, 404);
    let invited = n.chair.ok(&format!("/api/v1/accounts/{id}/invitation"), json!({}), 201);
    assert!(invited["expires_at"].as_str().is_some_and(|t| t.starts_with("2026-05-23T09:00:00")), "{invited}");
    let message = sink.wait_for(1, Duration::from_secs(30)).remove(0);
    assert_eq!(message["rcpt_tos"], json!(["nadia@example.org"]));
    assert_eq!(message["subject"], "Your access to plenum");
    let text = message["text"].as_str().expect("text");
    assert!(text.contains("Gamma Alliance") && text.contains("nadia@example.org"), "{text}");
    assert!(text.contains("No password is ever sent by e-mail"), "{text}");
    let link = link_in(&message);
    assert!(message["html"].as_str().is_some_and(|h| h.contains(&link)), "the HTML carries the link too");
    let token = link.rsplit('/').next().expect("token").to_string();
    assert_eq!(token.len(), 32, "128 bits, hex: {link}");

    // Nothing published holds the link: the ledger, the outbox once sent.
    let (_, events) = n.chair.get("/api/v1/audit/events?kind=account.");
    assert!(!events.to_string().contains(&token), "the ledger holds the token");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        use diesel::prelude::*;
        use plenum::store::schema::outbox;
        let kept: Vec<(Option<String>, String, String)> = n
            .app
            .services
            .read(|c| Ok(outbox::table.select((outbox::secret, outbox::body_text, outbox::state)).load(c)?))
            .expect("outbox");
        if kept.iter().all(|(_, _, state)| state == "sent") {
            assert!(kept.iter().all(|(secret, body, _)| secret.is_none() && !body.contains(&token)), "{kept:?}");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{kept:?}");
        std::thread::sleep(Duration::from_millis(50));
    }

    // The link's page, its refusals, its one use.
    let client = common::client();
    let page = |path: &str| {
        let r = client.get(format!("{}{path}", n.app.base)).send().expect("page");
        (r.status().as_u16(), r.text().unwrap_or_default())
    };
    let post = |path: &str, password: &str, again: &str| {
        let r = client
            .post(format!("{}{path}", n.app.base))
            .form(&[("password", password), ("again", again)])
            .send()
            .expect("form");
        (r.status().as_u16(), r.text().unwrap_or_default())
    };
    let path = format!("/welcome/{token}");
    let (status, html) = page(&path);
    assert_eq!(status, 200);
    assert!(html.contains("Nadia Novak") && html.contains("nadia@example.org"), "{html}");
    let (status, html) = post(&path, "a long enough one", "a long enough two");
    assert_eq!(status, 400);
    assert!(html.contains("The two passwords differ"), "{html}");
    let (status, html) = post(&path, "short", "short");
    assert_eq!(status, 400);
    assert!(html.contains("at least 10 characters"), "{html}");
    assert_eq!(page("/welcome/0123456789abcdef0123456789abcdef").0, 404, "a made-up link");
    let (status, html) = post(&path, "Nadia's own password", "Nadia's own password");
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Your password is saved"), "{html}");
    assert_eq!(login(&n, "nadia@example.org", "Nadia's own password"), 201);
    // Used once: the link is spent, whatever is sent to it.
    let (status, html) = page(&path);
    assert_eq!(status, 404);
    assert!(html.contains("Ask the secretariat for a new one"), "{html}");
    assert_eq!(post(&path, "Someone else's pass", "Someone else's pass").0, 404);
    assert_eq!(login(&n, "nadia@example.org", "Someone else's pass"), 401);
    let set = ledger(&n, "account.password_set");
    assert!(set
        .last()
        .is_some_and(|e| e["actor"] == format!("account:{id}") && e["payload"].to_string().contains("invitation")));

    // A newer link revokes the older; a link dies at its expiry.
    n.chair.ok(&format!("/api/v1/accounts/{id}/invitation"), json!({}), 201);
    n.chair.ok(&format!("/api/v1/accounts/{id}/invitation"), json!({}), 201);
    let messages = sink.wait_for(3, Duration::from_secs(30));
    let (older, newer) = (link_in(&messages[1]), link_in(&messages[2]));
    let local = |link: &str| link.replace("https://plenum.network.example", "");
    assert_eq!(page(&local(&older)).0, 404, "revoked by the newer");
    assert_eq!(page(&local(&newer)).0, 200);
    // The sent invitation cannot be sent again: its link is gone.
    let sent: i64 = {
        use diesel::prelude::*;
        use plenum::store::schema::outbox;
        n.app
            .services
            .read(|c| Ok(outbox::table.select(diesel::dsl::max(outbox::id)).first::<Option<i64>>(c)?))
            .expect("id")
            .expect("one")
    };
    let (status, body) = n.chair.post(&format!("/api/v1/outbox/{sent}/resend"), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("invitation_spent")), "{body}");
    // A disabled account is not invited.
    let gone = n.chair.ok(
        "/api/v1/accounts",
        json!({"email": "gone@example.org", "name": "Gone", "role": "delegate", "organisation_id": gamma}),
        201,
    )["id"]
        .as_i64()
        .expect("id");
    let (status, _) = n.chair.patch(&format!("/api/v1/accounts/{gone}"), json!({"active": false}));
    assert_eq!(status, 200);
    let (status, body) = n.chair.post(&format!("/api/v1/accounts/{gone}/invitation"), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("account_inactive")), "{body}");
    // Last (the secretariat's own session ends with the days): a link dies
    // at its expiry.
    n.app.clock.advance(chrono::Duration::days(8));
    assert_eq!(page(&local(&newer)).0, 404, "expired");
    assert_eq!(post(&local(&newer), "Nadia's late password", "Nadia's late password").0, 404);
}

/// The register page: an account made without a password is invited at
/// once; "Send an invitation" sends a new link, which revokes the first.
fn the_register_page_invites_whoever_has_no_password(db: TestDb) {
    let Some(sink) = Sink::start() else { return };
    let n = network_on(app_with(db, Some(&sink)));
    let chair = common::PageSession::login(&n.app.base, "chair@example.org");
    let res = chair
        .client
        .post(format!("{}/admin/accounts", n.app.base))
        .form(&[
            ("csrf", chair.csrf.as_str()),
            ("name", "Olga Ostrowska"),
            ("email", "olga@example.org"),
            ("password", ""),
            ("role", "delegate"),
            ("organisation_id", &n.orgs[1].to_string()),
        ])
        .send()
        .expect("POST /admin/accounts");
    assert_eq!(res.status(), 303);
    let first = sink.wait_for(1, Duration::from_secs(30)).remove(0);
    assert_eq!(first["rcpt_tos"], json!(["olga@example.org"]));
    assert!(first["text"].as_str().is_some_and(|t| t.contains("Beta Forum")), "{first}");
    let accounts = get(&n.chair, "/api/v1/accounts");
    let olga = accounts.as_array().and_then(|a| a.iter().find(|x| x["email"] == "olga@example.org")).expect("olga");
    let res = chair
        .client
        .post(format!("{}/admin/accounts/{}/invite", n.app.base, olga["id"]))
        .form(&[("csrf", chair.csrf.as_str())])
        .send()
        .expect("POST invite");
    assert_eq!(res.status(), 303);
    let location = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
    assert!(location.contains("done=invitation_sent"), "{location}");
    let both = sink.wait_for(2, Duration::from_secs(30));
    let local = |m: &Value| link_in(m).replace("https://plenum.network.example", "");
    let client = common::client();
    let status = |path: String| client.get(format!("{}{path}", n.app.base)).send().expect("page").status().as_u16();
    assert_eq!(status(local(&both[0])), 404, "the first link was revoked");
    assert_eq!(status(local(&both[1])), 200);
    // With a forged token, or without a session, nobody is invited.
    let forged = chair
        .client
        .post(format!("{}/admin/accounts/{}/invite", n.app.base, olga["id"]))
        .form(&[("csrf", "forged")])
        .send()
        .expect("POST invite");
    assert_eq!(forged.status(), 403);
    let stranger = common::client()
        .post(format!("{}/admin/accounts/{}/invite", n.app.base, olga["id"]))
        .form(&[("csrf", "forged")])
        .send()
        .expect("POST invite");
    let to = stranger.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
    assert!(stranger.status().as_u16() >= 400 || to.starts_with("/login"), "{} {to}", stranger.status());
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(sink.messages().len(), 2);
}

both!(
    the_convocation_reaches_every_delegate_in_their_language,
    refusals_are_kept_with_the_servers_reason_and_sent_again_on_request,
    only_the_secretariat_convenes_and_only_when_convened,
    the_remote_link_is_checked_and_shown_to_delegates,
    an_invitation_lets_its_holder_choose_a_password_once,
    the_register_page_invites_whoever_has_no_password,
);
