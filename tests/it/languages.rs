//! Every member in its own language: the API's messages, the pages and the
//! live view follow the caller's choice (account, then switcher, then
//! `Accept-Language`, then the instance's default), while the error codes,
//! the record and the ledger stay as they are.

use crate::common;
use common::{network, Network, PageSession, TestApp, TestDb};
use plenum::i18n::{Lang, Msg};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};

/// A vote on a closed poll, by a delegate whose client asks for `accept`:
/// the status, the code and the message.
fn refused_vote(n: &Network, poll: i64, accept: Option<&str>) -> (u16, String, String) {
    let d = &n.delegates[0];
    let mut req = d
        .client
        .post(format!("{}/api/v1/polls/{poll}/ballots", d.base))
        .bearer_auth(d.token.as_deref().unwrap_or_default())
        .json(&json!({"choice": "yes"}));
    if let Some(accept) = accept {
        req = req.header("accept-language", accept);
    }
    let res = req.send().expect("vote");
    let status = res.status().as_u16();
    let language = res.headers().get("content-language").and_then(|v| v.to_str().ok()).map(str::to_string);
    let body: Value = res.json().expect("json");
    let message = body["message"].as_str().unwrap_or_default().to_string();
    assert_eq!(language.as_deref(), Some(tag_of(&message)), "Content-Language names the language of {message:?}");
    (status, body["error"].as_str().unwrap_or_default().to_string(), message)
}

/// The language a sentence of the catalogue is in (for the header check).
fn tag_of(message: &str) -> &'static str {
    Lang::ALL.iter().find(|l| Msg::PollClosed.text(**l) == message).map(|l| l.tag()).unwrap_or("?")
}

fn a_closed_poll(n: &Network) -> i64 {
    for i in 0..3 {
        n.check_in(i, plenum::domain::assembly::AttendanceMode::Remote);
    }
    let poll = n.open_poll("roll_call", "Budget 2027");
    n.chair.close_poll(poll);
    poll
}

fn the_api_answers_in_the_callers_language(db: TestDb) {
    let n = network(db);
    let poll = a_closed_poll(&n);
    // (Accept-Language, the language of the message)
    let table: &[(Option<&str>, Lang)] = &[
        (None, Lang::En),
        (Some("fr"), Lang::Fr),
        (Some("de-AT, en;q=0.5"), Lang::De),
        (Some("nl-BE, pl;q=0.8, en;q=0.1"), Lang::Pl),
        (Some("es-419"), Lang::Es),
        (Some("it-CH"), Lang::It),
        (Some("nl, sv"), Lang::En),
        (Some("en-XA"), Lang::En),
    ];
    for (accept, lang) in table {
        let (status, code, message) = refused_vote(&n, poll, *accept);
        assert_eq!((status, code.as_str()), (409, "poll_closed"), "{accept:?}: the code does not change");
        assert_eq!(message, Msg::PollClosed.text(*lang), "{accept:?}");
    }
    // Every language says it in its own words.
    let words: std::collections::BTreeSet<String> = Lang::ALL.iter().map(|l| Msg::PollClosed.text(*l)).collect();
    assert_eq!(words.len(), Lang::ALL.len(), "{words:?}");
}

fn the_instance_default_applies_when_the_browser_asks_for_nothing_known(db: TestDb) {
    let app = TestApp::start_with(db, |s| s.default_language = "de".into());
    let anon = app.anonymous();
    let res = anon.client.get(format!("{}/api/v1/assemblies", app.base)).send().expect("GET");
    assert_eq!(res.status().as_u16(), 401);
    let body: Value = res.json().expect("json");
    assert_eq!(body["message"], Msg::LoginRequired.text(Lang::De));
    let res =
        anon.client.get(format!("{}/api/v1/assemblies", app.base)).header("accept-language", "fr").send().expect("GET");
    assert_eq!(res.json::<Value>().expect("json")["message"], Msg::LoginRequired.text(Lang::Fr));
}

/// The page's `lang` and a sentence of the login page.
fn login_page(client: &reqwest::blocking::Client, base: &str, accept: Option<&str>) -> (String, String) {
    let mut req = client.get(format!("{base}/login"));
    if let Some(a) = accept {
        req = req.header("accept-language", a);
    }
    let page = req.send().expect("GET /login").text().expect("body");
    let doc = scraper::Html::parse_document(&page);
    let lang = doc
        .select(&scraper::Selector::parse("html").expect("selector"))
        .next()
        .and_then(|h| h.value().attr("lang"))
        .unwrap_or_default()
        .to_string();
    let button: String = doc
        .select(&scraper::Selector::parse("form[action='/login'] button").expect("selector"))
        .next()
        .map(|b| b.text().collect())
        .unwrap_or_default();
    (lang, button.trim().to_string())
}

/// Chooses a language with the switcher at the foot of a page.
fn switch(client: &reqwest::blocking::Client, base: &str, lang: &str, back: &str, csrf: Option<&str>) -> (u16, String) {
    let mut form = vec![("lang", lang), ("back", back)];
    if let Some(c) = csrf {
        form.push(("csrf", c));
    }
    let res = client.post(format!("{base}/language")).form(&form).send().expect("POST /language");
    let to = res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    (res.status().as_u16(), to)
}

fn the_switcher_outranks_the_browser_and_the_account_outranks_both(db: TestDb) {
    let n = network(db);
    let base = n.app.base.clone();
    let login = Msg::LogIn;

    // A visitor: the browser's language, then the switcher's.
    let visitor = common::client();
    assert_eq!(login_page(&visitor, &base, Some("de")), ("de".into(), login.text(Lang::De)));
    let page = visitor.get(format!("{base}/login")).header("accept-language", "de").send().expect("GET");
    let page = page.text().expect("body");
    for lang in Lang::ALL {
        assert!(page.contains(&format!("value=\"{}\"", lang.tag())) || *lang == Lang::De, "{} offered", lang.tag());
        assert!(page.contains(lang.name()), "{} named in itself", lang.tag());
    }
    assert!(!page.contains("en-XA"), "the pseudo-locale is not offered unless the instance turns it on");
    assert_eq!(switch(&visitor, &base, "fr", "/login", None), (303, "/login".into()));
    assert_eq!(login_page(&visitor, &base, Some("de")), ("fr".into(), login.text(Lang::Fr)));

    // Nowhere but here: another site, a protocol-relative address, a
    // backslash are all sent home instead.
    for back in ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"] {
        assert_eq!(switch(&visitor, &base, "fr", back, None), (303, "/".into()), "{back}");
    }
    // A language plenum does not speak, and the pseudo-locale while it is
    // off, are refused and change nothing.
    for tag in ["nl", "en-XA", ""] {
        assert_eq!(switch(&visitor, &base, tag, "/login", None).0, 400, "{tag:?}");
    }
    assert_eq!(login_page(&visitor, &base, None).0, "fr");

    // A delegate chooses Polish while logged in: the choice is the
    // account's, wherever it logs in next and whatever the browser says.
    let delegate = PageSession::login(&base, "d1@example.org");
    assert_eq!(switch(&delegate.client, &base, "pl", "/delegate", None).0, 403, "a logged-in switch needs its token");
    assert_eq!(switch(&delegate.client, &base, "pl", "/delegate", Some(&delegate.csrf)), (303, "/delegate".into()));
    let elsewhere = PageSession::login(&base, "d1@example.org");
    let res = elsewhere.client.get(format!("{base}/delegate")).header("accept-language", "de").send().expect("GET");
    assert_eq!(res.headers().get("content-language").and_then(|v| v.to_str().ok()), Some("pl"));
    let page = res.text().expect("body");
    assert!(page.contains("<html lang=\"pl\""), "the account's language");
    assert!(page.contains(&Msg::LogOut.text(Lang::Pl)), "in Polish");
    // Its API calls too.
    let (_, code, message) = {
        let d = &n.delegates[1];
        let res = d
            .client
            .get(format!("{base}/api/v1/polls/999999"))
            .bearer_auth(d.token.as_deref().unwrap_or_default())
            .header("accept-language", "de")
            .send()
            .expect("GET");
        let body: Value = res.json().expect("json");
        (0, body["error"].clone(), body["message"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(code, "not_found");
    assert_eq!(message, Msg::NotFound { what: Msg::ThingPoll.into() }.text(Lang::Pl));

    // The choice is in the ledger, once per change, with no one's words.
    let filter =
        plenum::service::ledger::LedgerFilter { kind: Some("account.language_set".into()), ..Default::default() };
    let set = n.app.services.filter_ledger(&n_chair(&n), &filter).expect("ledger");
    assert_eq!(set.len(), 1, "{set:?}");
    assert_eq!(set[0].payload, r#"{"language":"pl"}"#);
}

fn n_chair(n: &Network) -> plenum::service::Caller {
    let token = n.chair.token.clone().unwrap_or_default();
    n.app.services.authenticate(&token).expect("chair").caller
}

fn the_live_view_speaks_each_watchers_language(db: TestDb) {
    let n = network(db);
    n.check_in(0, plenum::domain::assembly::AttendanceMode::Remote);
    let first = |accept: &str| -> Value {
        let client = reqwest::blocking::Client::builder().timeout(None).build().expect("client");
        let res = client
            .get(format!("{}/live/assemblies/{}", n.app.base, n.assembly))
            .bearer_auth(n.chair.token.as_deref().unwrap_or_default())
            .header("accept-language", accept)
            .send()
            .expect("stream");
        assert_eq!(res.status().as_u16(), 200);
        let line = BufReader::new(res)
            .lines()
            .map_while(Result::ok)
            .find_map(|l| l.strip_prefix("data: ").map(str::to_string))
            .expect("a first view");
        serde_json::from_str(&line).expect("json")
    };
    let fr = first("fr");
    let de = first("de");
    let present = |lang: Lang| Msg::PresentCount { present: 1i64.into(), full: 3i64.into() }.text(lang);
    assert_eq!(fr["texts"]["quorum"], present(Lang::Fr), "{fr}");
    assert_eq!(de["texts"]["quorum"], present(Lang::De), "{de}");
    assert_ne!(present(Lang::Fr), present(Lang::De));
    // The numbers are the same whatever the language.
    assert_eq!(fr["quorum"], de["quorum"]);
}

both!(
    the_api_answers_in_the_callers_language,
    the_instance_default_applies_when_the_browser_asks_for_nothing_known,
    the_switcher_outranks_the_browser_and_the_account_outranks_both,
    the_live_view_speaks_each_watchers_language,
);
