//! The pages, driven as a browser without JavaScript would: forms, cookies,
//! CSRF tokens, redirects. (Real headless Chromium comes with the browser
//! test suite.)

mod common;

use common::{network, Network, TestDb, PASSWORD};
use reqwest::blocking::{Client, Response};
use scraper::{Html, Selector};
use serde_json::json;

struct Browser {
    base: String,
    client: Client,
}

impl Browser {
    fn new(n: &Network) -> Browser {
        Browser { base: n.app.base.clone(), client: common::client() }
    }

    fn get(&self, path: &str) -> Response {
        self.client.get(format!("{}{path}", self.base)).send().expect("GET")
    }

    fn page(&self, path: &str) -> Html {
        let res = self.get(path);
        assert_eq!(res.status(), 200, "GET {path}");
        Html::parse_document(&res.text().expect("body"))
    }

    fn post(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.client.post(format!("{}{path}", self.base)).form(form).send().expect("POST")
    }

    fn login(&self, email: &str) {
        let csrf = input_value(&self.page("/login"), "csrf");
        let res = self.post("/login", &[("csrf", &csrf), ("email", email), ("password", PASSWORD)]);
        assert_eq!(res.status(), 303, "login {email}");
    }
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = Selector::parse(css).expect("selector");
    doc.select(&sel).collect()
}

fn input_value(doc: &Html, name: &str) -> String {
    select(doc, &format!("input[name={name}]"))
        .first()
        .and_then(|e| e.value().attr("value"))
        .expect("input")
        .to_string()
}

fn text_of(doc: &Html) -> String {
    doc.root_element().text().collect::<Vec<_>>().join(" ")
}

fn login_sets_a_safe_cookie_and_needs_the_form_token(db: TestDb) {
    let n = network(db);
    let b = Browser::new(&n);
    let res = b.get("/delegate");
    assert_eq!(
        (res.status().as_u16(), res.headers().get("location").and_then(|l| l.to_str().ok())),
        (303, Some("/login"))
    );
    let doc = b.page("/login");
    let csrf = input_value(&doc, "csrf");
    let forged = b.post("/login", &[("csrf", "0000"), ("email", "d0@example.org"), ("password", PASSWORD)]);
    assert_eq!(forged.status(), 403);
    let wrong = b.post("/login", &[("csrf", &csrf), ("email", "d0@example.org"), ("password", "not the password")]);
    assert_eq!(wrong.status(), 401);
    assert!(wrong.text().unwrap_or_default().contains("The email or password is not correct."));
    let ok = b.post("/login", &[("csrf", &csrf), ("email", "d0@example.org"), ("password", PASSWORD)]);
    assert_eq!(ok.status(), 303);
    let cookie = ok
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("plenum_session="))
        .expect("session cookie")
        .to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    let res = b.get("/");
    assert_eq!(res.headers().get("location").and_then(|l| l.to_str().ok()), Some("/delegate"));
    // Logging out needs the token too, and ends the session.
    assert_eq!(b.post("/logout", &[("csrf", "wrong")]).status(), 403);
    let token = input_value(&b.page("/delegate"), "csrf");
    assert_eq!(b.post("/logout", &[("csrf", &token)]).status(), 303);
    assert_eq!(b.get("/delegate").status(), 303);
}

fn a_delegate_checks_in_and_votes_on_a_phone(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let delegate = Browser::new(&n);
    delegate.login("d0@example.org");
    let doc = delegate.page("/delegate");
    assert!(text_of(&doc).contains("not checked in yet"), "{}", text_of(&doc));
    let csrf = input_value(&doc, "csrf");
    assert_eq!(delegate.post("/delegate/check-in", &[("csrf", "forged")]).status(), 403);
    assert_eq!(delegate.post("/delegate/check-in", &[("csrf", &csrf)]).status(), 303);
    let doc = delegate.page("/delegate");
    assert!(text_of(&doc).contains("checked in (remote)"), "{}", text_of(&doc));

    n.desk.ok(
        &format!("/api/v1/assemblies/{a}/attendance"),
        json!({"organisation_id": n.orgs[3], "mode": "in_person"}),
        201,
    );
    let motion = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/motions"),
        json!({"title": "Work plan 2027", "text": "<script>alert(1)</script> adopted"}),
        201,
    );
    let motion = motion["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");

    let doc = delegate.page("/delegate");
    let forms = select(&doc, &format!("form[action='/delegate/polls/{poll}/vote']"));
    assert_eq!(forms.len(), 3, "yes, no, abstain");
    let html = doc.html();
    assert!(!html.contains("<script>alert(1)</script>") && html.contains("&lt;script&gt;"), "motion text is escaped");
    assert_eq!(
        delegate.post(&format!("/delegate/polls/{poll}/vote"), &[("csrf", "forged"), ("choice", "yes")]).status(),
        403
    );
    let res = delegate.post(&format!("/delegate/polls/{poll}/vote"), &[("csrf", &csrf), ("choice", "yes")]);
    assert_eq!(res.status(), 200);
    let confirmation = Html::parse_document(&res.text().expect("body"));
    let receipt = select(&confirmation, "#receipt").first().map(|e| e.text().collect::<String>()).expect("receipt");
    assert_eq!(receipt.len(), 14, "{receipt}");
    let doc = delegate.page("/delegate");
    assert!(text_of(&doc).contains("has voted in this poll"));
    assert!(select(&doc, &format!("form[action='/delegate/polls/{poll}/vote']")).is_empty());
    // A second vote through the page is refused with the sentence.
    let again = delegate.post(&format!("/delegate/polls/{poll}/vote"), &[("csrf", &csrf), ("choice", "no")]);
    assert_eq!(again.status(), 409);
    assert!(again.text().unwrap_or_default().contains("has already voted in this poll"));

    // The affiliate sees no vote button.
    let affiliate = Browser::new(&n);
    affiliate.login("d3@example.org");
    let doc = affiliate.page("/delegate");
    assert!(text_of(&doc).contains("affiliate member: you attend and may speak, but do not vote"), "{}", text_of(&doc));
    assert!(select(&doc, "form[action$='/vote']").is_empty());

    // The chair sees how many voted, not what; closes; the result page explains.
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let doc = chair.page("/chair");
    let card = select(&doc, &format!("#motion-{motion}")).first().map(|e| e.text().collect::<String>()).expect("card");
    assert!(card.contains("1 of 1 have voted"), "{card}");
    assert!(!card.contains("Yes") && !card.contains("carried"), "no per-choice count before the close: {card}");
    let csrf = input_value(&doc, "csrf");
    let res = chair.post(&format!("/chair/polls/{poll}/close"), &[("csrf", &csrf)]);
    assert_eq!(res.status(), 303);
    let doc = chair.page(&format!("/polls/{poll}"));
    let explanation = select(&doc, "#explanation").first().map(|e| e.text().collect::<String>()).expect("explanation");
    // Only Alpha was a full member present: one of three is short of half.
    assert_eq!(explanation, "Rejected: the quorum was not reached; quorum 1 of 3 (>= 1/2).");
    assert_eq!(select(&doc, "svg.chart").len(), 1);
}

fn every_response_carries_the_security_headers(db: TestDb) {
    let n = network(db);
    let b = Browser::new(&n);
    for (path, status) in [
        ("/login", 200),
        ("/static/plenum.css", 200),
        ("/no-such-page", 404),
        ("/api/v1/assemblies", 401),
        ("/delegate", 303),
    ] {
        let res = b.get(path);
        assert_eq!(res.status().as_u16(), status, "{path}");
        let h = res.headers();
        let csp = h.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(h.get("x-content-type-options").and_then(|v| v.to_str().ok()), Some("nosniff"), "{path}");
        assert_eq!(h.get("referrer-policy").and_then(|v| v.to_str().ok()), Some("no-referrer"), "{path}");
    }
    // Role pages refuse other roles with a page, not a crash.
    b.login("d0@example.org");
    let res = b.get("/chair");
    assert_eq!(res.status(), 403);
    assert!(res.text().unwrap_or_default().contains("Only the secretariat may do this."));
}

both!(
    login_sets_a_safe_cookie_and_needs_the_form_token,
    a_delegate_checks_in_and_votes_on_a_phone,
    every_response_carries_the_security_headers,
);
