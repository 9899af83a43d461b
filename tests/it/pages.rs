//! The pages, driven as a browser without JavaScript would: forms, cookies,
//! CSRF tokens, redirects. (Real headless Chromium comes with the browser
//! test suite.)

use crate::common;
use plenum::domain::assembly::AttendanceMode;

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

    /// A page that answers a posted form.
    fn form_page(&self, path: &str, form: &[(&str, &str)]) -> Html {
        let res = self.post(path, form);
        assert_eq!(res.status(), 200, "POST {path}");
        Html::parse_document(&res.text().expect("body"))
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
    let wrong = Html::parse_document(&wrong.text().unwrap_or_default());
    assert!(wrong.root_element().text().collect::<String>().contains("The email or password is not correct."));
    // The address is kept, the password is not, and the cursor waits in it.
    assert_eq!(input_value(&wrong, "email"), "d0@example.org");
    assert_eq!(select(&wrong, "input[name=password][value]").len(), 0);
    assert_eq!(select(&wrong, "input[name=password][autofocus]").len(), 1);
    assert_eq!(select(&b.page("/login"), "input[autofocus]").len(), 0, "a fresh form focuses nothing");
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

    n.desk.check_in(a, n.orgs[3], AttendanceMode::InPerson);
    let motion = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/motions"),
        json!({"title": "Work plan 2027", "text": "<script>alert(1)</script> adopted"}),
        201,
    );
    let motion = motion["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");

    let doc = delegate.page("/delegate");
    // Choosing asks first: the buttons post to a confirmation, which casts
    // nothing; the ballot type is said above them. A choice is never in an
    // address (history, access logs): no GET form carries one.
    let forms = select(&doc, &format!("form[action='/delegate/polls/{poll}/confirm'][method=post]"));
    assert_eq!(forms.len(), 3, "yes, no, abstain");
    assert!(select(&doc, "form[method=get] input[name=choice], form[method=get] input[name=candidate]").is_empty());
    let confirm_path = format!("/delegate/polls/{poll}/confirm");
    assert_ne!(delegate.get(&format!("{confirm_path}?choice=yes")).status(), 200, "no confirmation by address");
    assert!(select(&doc, &format!("form[action='/delegate/polls/{poll}/vote']")).is_empty(), "no one-tap vote");
    assert!(text_of(&doc).contains("Roll call: how each organisation votes is published"), "{}", text_of(&doc));
    let html = doc.html();
    assert!(!html.contains("<script>alert(1)</script>") && html.contains("adopted"), "the Markdown text is sanitised");
    let alpha = n.orgs[0];
    let alpha_s = alpha.to_string();
    let confirm =
        delegate.form_page(&confirm_path, &[("csrf", &csrf), ("choice", "yes"), ("organisation_id", &alpha_s)]);
    let question = text_of(&confirm);
    assert!(question.contains("Vote YES for Alpha Network on “Work plan 2027”?"), "{question}");
    assert!(question.contains("Once cast, this vote cannot be changed."), "{question}");
    assert_eq!(select(&confirm, "h1").len(), 1);
    assert_eq!(select(&confirm, &format!("a[href='/delegate#poll-{poll}']")).len(), 1, "a way back");
    let cast = select(&confirm, &format!("form[method=post][action='/delegate/polls/{poll}/vote']"));
    assert_eq!(cast.len(), 1, "one form casts");
    assert_eq!(n.chair.get(&format!("/api/v1/polls/{poll}")).1["cast"], 0, "asking cast nothing");
    let csrf = input_value(&confirm, "csrf");
    assert_eq!(input_value(&confirm, "choice"), "yes");
    assert_eq!(
        delegate.post(&format!("/delegate/polls/{poll}/vote"), &[("csrf", "forged"), ("choice", "yes")]).status(),
        403
    );
    // An address alone announces no vote (an outside review sent a crafted
    // `?voted=` link to a delegate who had not voted).
    let crafted = delegate.page(&format!("/delegate?voted=p{poll}"));
    assert!(!text_of(&crafted).contains("is recorded"), "{}", text_of(&crafted));
    // Cast, then redirected (post, redirect, get): the page shows the
    // receipt, the choice of this public ballot and the time, and shows
    // them again on a reload, which casts nothing.
    let res = delegate.post(&format!("/delegate/polls/{poll}/vote"), &[("csrf", &csrf), ("choice", "yes")]);
    assert_eq!(res.status(), 303);
    let location = res.headers().get("location").and_then(|l| l.to_str().ok()).map(String::from);
    assert_eq!(location, Some(format!("/delegate?voted=p{poll}#ballot-{poll}-{alpha}")));
    let doc = delegate.page(&format!("/delegate?voted=p{poll}"));
    assert!(text_of(&doc).contains("Your vote on “Work plan 2027” is recorded."), "{}", text_of(&doc));
    let receipt_id = format!("#receipt-p{poll}-{alpha}");
    let receipt = select(&doc, &receipt_id).first().map(|e| e.text().collect::<String>()).expect("receipt");
    assert_eq!(receipt.len(), 14, "{receipt}");
    assert!(text_of(&doc).contains("Voted: Yes"), "{}", text_of(&doc));
    // While the vote is open a check could only say "still open": the
    // page says when it can be checked instead of offering the button.
    assert!(select(&doc, "form[action='/receipts']").is_empty(), "a check offered while the vote is open");
    assert!(text_of(&doc).contains("once the vote is closed"), "{}", text_of(&doc));
    for _ in 0..2 {
        let doc = delegate.page("/delegate");
        let again = select(&doc, &receipt_id).first().map(|e| e.text().collect::<String>());
        assert_eq!(again.as_deref(), Some(receipt.as_str()), "kept across reloads");
        assert!(text_of(&doc).contains("has voted in this poll"));
        assert!(!text_of(&doc).contains("is recorded"), "the notice was for the redirect only");
    }
    assert_eq!(n.chair.get(&format!("/api/v1/polls/{poll}")).1["cast"], 1);
    let check = format!("/receipts?code={receipt}");
    // Anyone holding the receipt checks it, logged in or not; while the poll
    // is open it says nothing of the count.
    let anyone = Browser::new(&n);
    let text = text_of(&anyone.page(&check));
    assert!(text.contains("still open"), "{text}");
    // It names the vote it is a receipt of (the "use it" review of
    // 2026-12-01 found it did not).
    assert!(text.contains("A receipt of the vote on “Work plan 2027”."), "{text}");
    let doc = delegate.page("/delegate");
    assert!(select(&doc, &format!("form[action='/delegate/polls/{poll}/confirm']")).is_empty());
    // Back to the confirmation: it says the vote is in, and offers nothing.
    let confirm = delegate.form_page(&confirm_path, &[("csrf", &csrf), ("choice", "no")]);
    assert!(text_of(&confirm).contains("has already voted in this poll"), "{}", text_of(&confirm));
    assert!(select(&confirm, "form[action$='/vote']").is_empty());
    // A second vote posted anyway is refused with the sentence.
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
    let seal = n.chair.get(&format!("/api/v1/polls/{poll}"));
    let seal = seal.1["result"]["seal"].as_str().expect("seal").to_string();
    let text = text_of(&anyone.page(&check));
    assert!(text.contains("in the sealed result") && text.contains(&seal) && text.contains("yes"), "{text}");
    // Checked from the delegate's own page, the check keeps its way back
    // and its way out; anyone else's check has neither.
    let checked = delegate.page(&check);
    assert_eq!(select(&checked, "form[action='/logout']").len(), 1, "{}", text_of(&checked));
    assert!(!select(&checked, "a[href='/delegate']").is_empty(), "{}", text_of(&checked));
    assert!(select(&anyone.page(&check), "form[action='/logout']").is_empty());
    let text = text_of(&anyone.page("/receipts?code=ABCD-EFGH-JKLM"));
    assert!(text.contains("No ballot has this receipt"), "{text}");

    // The receipts stay in the delegate's browser until it logs out; the
    // next delegate on the same browser sees none of them.
    let doc = delegate.page("/delegate");
    assert_eq!(select(&doc, &receipt_id).len(), 1, "listed after the close");
    let check = select(&doc, "form[action='/receipts'][method=post] input[name=code]");
    assert!(check.iter().any(|i| i.value().attr("value") == Some(receipt.as_str())), "checked by a post");
    let token = input_value(&doc, "csrf");
    let out = delegate.post("/logout", &[("csrf", &token)]);
    let removed = out
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with("plenum-receipts=;") && v.contains("Max-Age=0"));
    assert!(removed, "the receipts cookie is removed at logout");
    delegate.login("d1@example.org");
    let doc = delegate.page("/delegate");
    assert!(select(&doc, ".kept-receipt").is_empty() && !text_of(&doc).contains(&receipt), "{}", text_of(&doc));
}

fn the_secretariat_writes_and_approves_the_minutes(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let doc = chair.page("/chair");
    let minutes = format!("/chair/assemblies/{a}/minutes");
    assert_eq!(select(&doc, &format!("a#minutes-link[href='{minutes}']")).len(), 1);
    assert!(select(&doc, "input[value=minutes_approved]").is_empty(), "no bare transition to approved minutes");
    let doc = chair.page(&minutes);
    let csrf = input_value(&doc, "csrf");
    let res = chair.post(&minutes, &[("csrf", &csrf), ("narrative", "The chair thanked the **hosts**.")]);
    assert_eq!(res.status(), 303);
    let res =
        chair.post(&format!("/chair/assemblies/{a}/incidents"), &[("csrf", &csrf), ("body", "A fire drill at 11:10.")]);
    assert_eq!(res.status(), 303);
    let doc = chair.page(&minutes);
    let text = text_of(&doc);
    assert!(text.contains("Draft minutes") && text.contains("A fire drill at 11:10."), "{text}");
    assert_eq!(select(&doc, ".minutes strong").first().map(|e| e.text().collect::<String>()).as_deref(), Some("hosts"));
    let res = chair.post(&format!("/chair/assemblies/{a}/minutes/approve"), &[("csrf", &csrf)]);
    assert_eq!(res.status(), 303);
    let doc = chair.page(&minutes);
    let text = text_of(&doc);
    assert!(text.contains("approved and sealed") && text.contains("Approved minutes"), "{text}");
    assert!(select(&doc, "textarea").is_empty(), "nothing left to edit");
    let res = chair.get(&format!("/exports/assemblies/{a}/minutes.pdf"));
    assert_eq!(res.status(), 200);
    let key = n.chair.get("/api/v1/instance").1["public_key"].as_str().map(String::from);
    assert_eq!(res.headers().get("plenum-public-key").and_then(|v| v.to_str().ok()).map(String::from), key);
    assert!(res.bytes().expect("pdf").starts_with(b"%PDF"));
    let res = chair.get(&format!("/exports/assemblies/{a}/minutes.md"));
    assert!(res.text().expect("md").contains("hosts"));
}

fn the_auditor_filters_the_ledger_and_downloads_the_evidence(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.delegates[0].check_in(a, n.orgs[0], AttendanceMode::Remote);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": n.orgs[2], "holder_id": n.orgs[0]}),
        201,
    );
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let auditor = Browser::new(&n);
    auditor.login("auditor@example.org");

    let doc = auditor.page("/audit");
    let key = select(&doc, "#public-key").first().map(|e| e.text().collect::<String>()).expect("key");
    assert_eq!(key, n.chair.get("/api/v1/instance").1["public_key"].as_str().expect("key"));
    // Filters: a family of kinds, a subject, a time window.
    let kinds = |doc: &Html| select(doc, "td.kind").iter().map(|e| e.text().collect::<String>()).collect::<Vec<_>>();
    let doc = auditor.page("/audit?kind=ballot.");
    assert_eq!(kinds(&doc), vec!["ballot.cast"]);
    // The kinds to pick from, families too; how many events are shown; a
    // payload as fields, not raw JSON.
    let options: Vec<String> = select(&doc, "datalist#event-kinds option")
        .iter()
        .filter_map(|o| o.value().attr("value").map(String::from))
        .collect();
    assert!(options.contains(&"ballot.".to_string()) && options.contains(&"ballot.cast".to_string()), "{options:?}");
    let shown = select(&doc, "#events-shown").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(shown.starts_with("Shown: 1 (#") && shown.contains(" of the ledger's "), "{shown}");
    let fields: Vec<String> = select(&doc, "dl.payload dt").iter().map(|e| e.text().collect::<String>()).collect();
    assert!(fields.contains(&"organisation".to_string()), "{fields:?}");
    assert!(select(&doc, "code.payload").is_empty(), "a JSON object is shown as fields");
    let doc = auditor.page(&format!("/audit?subject=poll:{poll}"));
    assert_eq!(kinds(&doc), vec!["poll.opened", "ballot.cast", "poll.closed"]);
    let doc = auditor.page("/audit?kind=poll.closed&from=2026-05-16T08:00&until=2026-05-16T10:00");
    assert_eq!(kinds(&doc), vec!["poll.closed"]);
    let doc = auditor.page("/audit?kind=poll.closed&until=2026-05-16T08:00");
    assert!(kinds(&doc).is_empty() && select(&doc, "#no-events").len() == 1);
    assert_eq!(auditor.get("/audit?from=yesterday").status(), 400);
    // The same filters through the API.
    let (_, body) = n.chair.get(&format!("/api/v1/audit/events?kind=ballot.&subject=poll:{poll}"));
    assert_eq!(body["events"].as_array().map(Vec::len), Some(1), "{body}");

    // The assembly's record and its bundle.
    let doc = auditor.page(&format!("/audit/assemblies/{a}"));
    let text = text_of(&doc);
    assert_eq!(select(&doc, "#stays tbody tr").len(), 1);
    assert_eq!(select(&doc, "#proxies tbody tr").len(), 1);
    assert!(text.contains("Alpha Network") && text.contains("Gamma Alliance"), "{text}");
    assert_eq!(select(&doc, "#checkpoints tbody tr").len(), 1, "the session's opening");
    // The command to run, whole and copyable, with the instance's key.
    let command = select(&doc, "pre.command code").first().map(|c| c.text().collect::<String>()).unwrap_or_default();
    assert!(
        command.contains(&format!("plenum verify plenum-assembly-{a}-bundle.json")) && command.contains(&key),
        "{command}"
    );
    // Every download the record offers answers, the register's too.
    let links: Vec<String> =
        select(&doc, "a[download]").iter().filter_map(|l| l.value().attr("href").map(String::from)).collect();
    assert!(links.iter().any(|l| l.ends_with("register.csv")) && links.len() >= 7, "{links:?}");
    for link in &links {
        assert_eq!(auditor.get(link).status(), 200, "{link}");
    }
    let res = auditor.get(&format!("/audit/assemblies/{a}/bundle.json"));
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("content-disposition").is_some());
    let bundle: plenum::export::bundle::Bundle = res.json().expect("bundle");
    assert!(plenum::verify::verify(&bundle, Some(&key)).ok);

    // A delegate has no business here.
    let delegate = Browser::new(&n);
    delegate.login("d1@example.org");
    assert_eq!(delegate.get("/audit").status(), 403);
    assert_eq!(delegate.get(&format!("/audit/assemblies/{a}/bundle.json")).status(), 403);
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

fn the_secretariat_keeps_the_register_on_its_page(db: TestDb) {
    let n = network(db);
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let doc = chair.page("/admin");
    let csrf = input_value(&doc, "csrf");
    assert_eq!(select(&doc, "#register tbody tr").len(), 4);
    let res = chair
        .post("/admin/organisations", &[("csrf", &csrf), ("name", "Omega Union"), ("country", "lu"), ("kind", "full")]);
    assert_eq!(res.status(), 303);
    // The page says what was done, naming the organisation.
    let added = res.headers().get("location").and_then(|l| l.to_str().ok()).map(String::from).expect("location");
    assert!(added.starts_with("/admin?done=organisation_added&org="), "{added}");
    let said = select(&chair.page(&added), "#done").first().map(|e| e.text().collect::<String>());
    assert_eq!(said.as_deref(), Some("Omega Union is added to the register."));
    // A browser sends a textarea's lines as CRLF: the lines are still the
    // file's, and the text comes back to be corrected.
    let pasted = "name,country,kind\r\nPsi Forum,GR,full\r\nChi Club,Greece,full\r\n";
    let bad = chair.post("/admin/import", &[("csrf", &csrf), ("csv", pasted)]);
    assert_eq!(bad.status(), 422);
    let doc = Html::parse_document(&bad.text().unwrap_or_default());
    let text = text_of(&doc);
    assert!(text.contains("Line 3:") && text.contains("nothing was imported"), "{text}");
    assert!(!text.contains("Line 2:") && !text.contains("Line 1:"), "{text}");
    let kept = select(&doc, "textarea[name=csv]").first().map(|e| e.text().collect::<String>());
    assert_eq!(kept.as_deref().map(|k| k.replace('\r', "")), Some(pasted.replace('\r', "")), "the pasted text is kept");
    let good = chair.post("/admin/import", &[("csrf", &csrf), ("csv", "name,country,kind\nPsi Forum,GR,full\n")]);
    assert_eq!(good.status(), 200);
    assert!(good.text().unwrap_or_default().contains("Imported: 1 created, 0 updated, 0 unchanged."));
    let doc = chair.page("/admin");
    assert_eq!(select(&doc, "#register tbody tr").len(), 6);
    let omega = n
        .chair
        .get("/api/v1/organisations")
        .1
        .as_array()
        .and_then(|a| a.iter().find(|o| o["name"] == "Omega Union").cloned())
        .expect("omega");
    assert_eq!(omega["country"], "LU");
    let id = omega["id"].as_i64().expect("id").to_string();
    let res = chair.post(
        &format!("/admin/organisations/{id}"),
        &[("csrf", &csrf), ("status", "suspended"), ("kind", "full"), ("reason", "Asked to pause")],
    );
    assert_eq!(res.status(), 303);
    let changed = res.headers().get("location").and_then(|l| l.to_str().ok()).map(String::from).expect("location");
    let said = select(&chair.page(&changed), "#done").first().map(|e| e.text().collect::<String>());
    assert_eq!(said.as_deref(), Some("Omega Union is changed in the register."));
    let csv = chair.get("/admin/register.csv").text().unwrap_or_default();
    assert!(csv.contains("Omega Union,LU,full,suspended"), "{csv}");
    // Disabling a delegate from the page ends its API session too.
    let d2 = n
        .chair
        .get("/api/v1/accounts")
        .1
        .as_array()
        .and_then(|a| a.iter().find(|x| x["email"] == "d2@example.org").cloned())
        .expect("d2");
    let res = chair.post(&format!("/admin/accounts/{}", d2["id"]), &[("csrf", &csrf), ("active", "false")]);
    assert_eq!(res.status(), 303);
    assert_eq!(n.delegates[2].get("/api/v1/assemblies").0, 401);
    // Accounts are made from the page: a delegate from its organisation's
    // row, staff with a role, a delegate replacing another.
    let omega_id: i64 = id.parse().expect("id");
    let doc = chair.page("/admin?q=omega");
    let forms = select(&doc, &format!("#org-{id} form[action='/admin/accounts'] input[name=organisation_id]"));
    assert_eq!(forms.len(), 1, "a delegate's form on the organisation's row");
    let made = chair.post(
        "/admin/accounts",
        &[
            ("csrf", &csrf),
            ("organisation_id", &id),
            ("role", "delegate"),
            ("name", "Olga Omega"),
            ("email", "olga@example.org"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(made.status(), 303);
    let to = made.headers().get("location").and_then(|l| l.to_str().ok()).map(String::from).expect("location");
    let said = select(&chair.page(&to), "#done").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(said.starts_with("The account is created"), "{said}");
    let olga = Browser::new(&n);
    olga.login("olga@example.org");
    assert!(text_of(&olga.page("/delegate")).contains("Omega Union"));
    let (_, accounts) = n.chair.get("/api/v1/accounts");
    let olga_account = accounts.as_array().and_then(|l| l.iter().find(|a| a["email"] == "olga@example.org").cloned());
    assert_eq!(olga_account.map(|a| a["organisation_id"].clone()), Some(json!(omega_id)));
    let staff = chair.post(
        "/admin/accounts",
        &[
            ("csrf", &csrf),
            ("role", "auditor"),
            ("name", "Ines"),
            ("email", "ines@example.org"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(staff.status(), 303);
    Browser::new(&n).login("ines@example.org");
    let olga_id = n
        .chair
        .get("/api/v1/accounts")
        .1
        .as_array()
        .and_then(|l| l.iter().find(|a| a["email"] == "olga@example.org").and_then(|a| a["id"].as_i64()));
    let olga_id = olga_id.expect("olga");
    let replaced = chair.post(
        &format!("/admin/accounts/{olga_id}/replace"),
        &[("csrf", &csrf), ("name", "Otto Omega"), ("email", "otto@example.org"), ("password", PASSWORD)],
    );
    assert_eq!(replaced.status(), 303);
    assert_eq!(olga.get("/delegate").status(), 303, "the replaced delegate is logged out");
    Browser::new(&n).login("otto@example.org");
    // A bad address is refused with the sentence, in the layout.
    let bad = chair.post(
        "/admin/accounts",
        &[("csrf", &csrf), ("role", "teller"), ("name", "X"), ("email", "not an address"), ("password", PASSWORD)],
    );
    assert!(bad.status().is_client_error(), "{}", bad.status());
    let doc = Html::parse_document(&bad.text().unwrap_or_default());
    assert_eq!(select(&doc, "h1").len(), 1);
    // Nobody else reaches the register page.
    let delegate = Browser::new(&n);
    delegate.login("d0@example.org");
    assert_eq!(delegate.get("/admin").status(), 403);
}

fn an_absent_member_gives_its_proxy_from_its_page(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.desk.check_in(a, n.orgs[0], AttendanceMode::InPerson);
    let gamma = Browser::new(&n);
    gamma.login("d2@example.org");
    let doc = gamma.page("/delegate");
    let csrf = input_value(&doc, "csrf");
    let options: Vec<String> =
        select(&doc, "select[name=holder_id] option").iter().map(|o| o.text().collect()).collect();
    assert_eq!(options, vec!["Alpha Network", "Beta Forum"], "full members only, not itself nor the affiliate");
    let res = gamma.post("/delegate/proxy", &[("csrf", &csrf), ("holder_id", &n.orgs[0].to_string())]);
    assert_eq!(res.status(), 303);
    let doc = gamma.page("/delegate");
    assert!(text_of(&doc).contains("Your organisation's vote is given to Alpha Network."), "{}", text_of(&doc));
    // The holder sees both ballots once a poll opens.
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    let alpha = Browser::new(&n);
    alpha.login("d0@example.org");
    let doc = alpha.page("/delegate");
    assert_eq!(
        select(&doc, &format!("form[action='/delegate/polls/{poll}/confirm']")).len(),
        6,
        "three choices for each of two members"
    );
    assert!(text_of(&doc).contains("By proxy, for Gamma Alliance:"));
    // The holder's own ballot is named too, so two sets of buttons cannot
    // be mistaken for each other (an outside review's phone screenshot).
    assert!(text_of(&doc).contains("For your organisation, Alpha Network:"), "{}", text_of(&doc));
    let acsrf = input_value(&doc, "csrf");
    // The grantor's page says why it has no ballot here.
    let text = text_of(&gamma.page("/delegate"));
    assert!(text.contains("Your organisation is represented by Alpha Network in this poll"), "{text}");
    // The confirmation names the organisation the ballot is cast for.
    let gamma_id = n.orgs[2].to_string();
    let confirm_path = format!("/delegate/polls/{poll}/confirm");
    let confirm = alpha.form_page(&confirm_path, &[("csrf", &acsrf), ("choice", "no"), ("organisation_id", &gamma_id)]);
    assert!(text_of(&confirm).contains("Vote NO for Gamma Alliance on “M”?"), "{}", text_of(&confirm));
    assert_eq!(input_value(&confirm, "organisation_id"), gamma_id);
    // Another organisation's ballot is not offered to confirm.
    let beta = n.orgs[1];
    let beta_s = beta.to_string();
    let refused = alpha.post(&confirm_path, &[("csrf", &acsrf), ("choice", "no"), ("organisation_id", &beta_s)]);
    assert_eq!(refused.status(), 403);
    let res = alpha.post(
        &format!("/delegate/polls/{poll}/vote"),
        &[("csrf", &acsrf), ("choice", "no"), ("organisation_id", &gamma_id)],
    );
    assert_eq!(res.status(), 303);
    let doc = alpha.page("/delegate");
    assert_eq!(select(&doc, &format!("#ballot-{poll}-{gamma_id} #receipt-p{poll}-{gamma_id}")).len(), 1);
    // The delegate's own ballot first, then the proxy's, as in a round
    // (the "use it" review of 2026-12-01 found the two in opposite orders).
    let order: Vec<String> = select(&doc, &format!("#poll-{poll} div.ballot"))
        .iter()
        .filter_map(|e| e.value().attr("id").map(String::from))
        .collect();
    assert_eq!(order, [format!("ballot-{poll}-{}", n.orgs[0]), format!("ballot-{poll}-{gamma_id}")]);
    assert!(select(&doc, "#receipts").is_empty(), "an open vote's receipt shows beside its ballot only");
    // Used: the grantor can no longer revoke it; the page says so and
    // offers no form, and posting one anyway is refused.
    let doc = gamma.page("/delegate");
    assert!(select(&doc, "#proxy form").is_empty(), "no revoke form once used");
    assert!(text_of(&doc).contains("already been used to vote"), "{}", text_of(&doc));
    let proxy = n.chair.get(&format!("/api/v1/assemblies/{a}/proxies")).1[0]["id"].as_i64().expect("proxy");
    assert_eq!(gamma.post(&format!("/delegate/proxies/{proxy}/revoke"), &[("csrf", &csrf)]).status(), 409);

    // An election round: the holder's page offers its own ballot and the
    // grantor's, each named (an outside review found only its own there,
    // so the grantor's vote could be cast through the API alone).
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    // Closed, the vote's receipt is listed with the others, named.
    let doc = alpha.page("/delegate");
    let receipts = select(&doc, "#receipts li").iter().map(|e| e.text().collect::<String>()).collect::<Vec<_>>();
    assert_eq!(receipts.len(), 1, "{receipts:?}");
    assert!(receipts[0].contains("M for Gamma Alliance") && receipts[0].contains("Voted: No"), "{receipts:?}");
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let ana = e["candidates"][0]["id"].as_i64().expect("candidate").to_string();
    let round = n.chair.ok(&format!("/api/v1/elections/{}/rounds", e["id"]), json!({}), 201)["rounds"][0]["id"]
        .as_i64()
        .expect("round");
    let doc = alpha.page("/delegate");
    let forms = select(&doc, &format!("form[action='/delegate/rounds/{round}/confirm'][method=post][data-max='1']"));
    assert_eq!(forms.len(), 2, "a round ballot for Alpha and one for Gamma");
    assert!(text_of(&doc).contains("By proxy, for Gamma Alliance:"), "{}", text_of(&doc));
    let jonas = e["candidates"][1]["id"].as_i64().expect("candidate").to_string();
    // Too many ticks: said before anything is cast, the ballot shown again
    // with its ticks.
    let round_confirm = format!("/delegate/rounds/{round}/confirm");
    let confirm = alpha.form_page(
        &round_confirm,
        &[("csrf", &acsrf), ("organisation_id", &gamma_id), ("candidate", &ana), ("candidate", &jonas)],
    );
    assert!(text_of(&confirm).contains("A ballot names at most 1 candidate"), "{}", text_of(&confirm));
    assert_eq!(select(&confirm, "input[name=candidate][checked]").len(), 2, "the ticks are kept");
    assert!(select(&confirm, &format!("form[action='/delegate/rounds/{round}/vote']")).is_empty(), "nothing to cast");
    let confirm =
        alpha.form_page(&round_confirm, &[("csrf", &acsrf), ("organisation_id", &gamma_id), ("candidate", &ana)]);
    let text = text_of(&confirm);
    assert!(
        text.contains("Cast the ballot of Gamma Alliance in “Board, round 1”:") && text.contains("Ana Kovač"),
        "{text}"
    );
    assert!(!text.contains("Jonas"), "{text}");
    // Changing the ballot shows it again with its tick, not an empty one.
    let change = select(&confirm, &format!("form[action='{round_confirm}'] input[name=change]"));
    assert_eq!(change.len(), 1, "{text}");
    let again = alpha.form_page(
        &round_confirm,
        &[("csrf", &acsrf), ("organisation_id", &gamma_id), ("change", "1"), ("candidate", &ana)],
    );
    let ticked: Vec<String> = select(&again, "input[name=candidate][checked]")
        .iter()
        .filter_map(|i| i.value().attr("value").map(String::from))
        .collect();
    assert_eq!(ticked, vec![ana.clone()], "{}", text_of(&again));
    assert!(select(&again, &format!("form[action='/delegate/rounds/{round}/vote']")).is_empty(), "nothing to cast");
    let res = alpha.post(
        &format!("/delegate/rounds/{round}/vote"),
        &[("csrf", &acsrf), ("candidate", &ana), ("organisation_id", &gamma_id)],
    );
    assert_eq!(res.status(), 303);
    assert_eq!(
        res.headers().get("location").and_then(|l| l.to_str().ok()),
        Some(format!("/delegate?voted=r{round}#round-ballot-{round}-{gamma_id}").as_str())
    );
    let (_, election) = n.chair.get(&format!("/api/v1/elections/{}", e["id"]));
    assert_eq!(election["rounds"][0]["cast"], 1, "{election}");
    let doc = alpha.page("/delegate");
    assert_eq!(
        select(&doc, &format!("form[action='/delegate/rounds/{round}/confirm']")).len(),
        1,
        "Alpha's own is left"
    );
    let kept = select(&doc, &format!("#round-ballot-{round}-{gamma_id}")).first().map(|e| e.text().collect::<String>());
    let kept = kept.expect("gamma's ballot");
    assert!(
        kept.contains("Receipt:") && !kept.contains("Voted:") && !kept.contains("Ana"),
        "a secret choice is not kept: {kept}"
    );
}

fn tellers_and_an_election_through_the_pages(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    for org in n.orgs.iter().take(3) {
        n.desk.check_in(a, *org, AttendanceMode::InPerson);
    }
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Venue"}), 201)["id"]
        .as_i64()
        .expect("id");
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let csrf = input_value(&chair.page("/chair"), "csrf");
    assert_eq!(
        chair.post(&format!("/chair/motions/{motion}/open"), &[("csrf", &csrf), ("ballot", "tellers")]).status(),
        303
    );
    let (_, m) = n.chair.get(&format!("/api/v1/motions/{motion}"));
    let poll = m["open_poll"].as_i64().expect("open poll");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "no"}), 201);

    let desk = Browser::new(&n);
    desk.login("desk@example.org");
    let doc = desk.page("/desk");
    let dcsrf = input_value(&doc, "csrf");
    let boxes: Vec<String> = select(&doc, &format!("#tellers-{poll} input[name=organisation]"))
        .iter()
        .filter_map(|e| e.value().attr("value").map(String::from))
        .collect();
    assert_eq!(boxes, vec![n.orgs[1].to_string(), n.orgs[2].to_string()], "Alpha voted online, so it is not offered");
    let (b, c) = (n.orgs[1].to_string(), n.orgs[2].to_string());
    let form = [
        ("csrf", dcsrf.as_str()),
        ("yes", "2"),
        ("no", "0"),
        ("abstain", "0"),
        ("final", "yes"),
        ("organisation", b.as_str()),
        ("organisation", c.as_str()),
    ];
    // A count that does not add up: said on the desk's page, with what was
    // typed and ticked kept (an outside review redid thirty ticks).
    let wrong = [form[0], ("yes", "3"), form[2], form[3], form[4], form[5], form[6]];
    let res = desk.post(&format!("/desk/polls/{poll}/tellers"), &wrong);
    assert_eq!(res.status(), 422);
    let doc = Html::parse_document(&res.text().unwrap_or_default());
    let error = select(&doc, "#tellers-error").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(error.contains("add up to 3 but 2"), "{error}");
    assert_eq!(input_value(&doc, "yes"), "3");
    assert_eq!(select(&doc, &format!("#tellers-{poll} input[name=organisation][checked]")).len(), 2);
    // The count is final once recorded: without the tick that says the
    // figures are checked, nothing is recorded and nothing is lost.
    let unchecked: Vec<(&str, &str)> = form.iter().copied().filter(|(k, _)| *k != "final").collect();
    let res = desk.post(&format!("/desk/polls/{poll}/tellers"), &unchecked);
    assert_eq!(res.status(), 400);
    let doc = Html::parse_document(&res.text().unwrap_or_default());
    let error = select(&doc, "#tellers-error").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(error.contains("tick that the figures are checked"), "{error}");
    assert_eq!(input_value(&doc, "yes"), "2");
    assert_eq!(select(&doc, &format!("#tellers-{poll} input[name=organisation][checked]")).len(), 2);
    assert_eq!(select(&doc, &format!("#tellers-{poll} input[name=final][required]")).len(), 1);
    assert!(select(&desk.page("/desk"), "#room-recorded").is_empty(), "nothing was recorded");
    assert_eq!(desk.post(&format!("/desk/polls/{poll}/tellers"), &form).status(), 303);
    let recorded = select(&desk.page("/desk"), "#room-recorded").first().map(|e| e.text().collect::<String>());
    // Recorded, and said so; its numbers wait for the close like every
    // count per choice (an outside review read them on the open vote).
    assert!(recorded.as_ref().is_some_and(|r| r.contains("is recorded")), "{recorded:?}");
    assert!(recorded.is_some_and(|r| !r.contains("2 yes")), "no count per choice before the close");
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    assert_eq!((closed["result"]["yes"].as_i64(), closed["result"]["no"].as_i64()), (Some(2), Some(1)), "{closed}");
    // The result in words, and the room's count beside the online ballots.
    let doc = chair.page(&format!("/polls/{poll}"));
    let words = select(&doc, "#in-words p").iter().map(|p| p.text().collect::<String>()).collect::<Vec<_>>();
    assert_eq!(words[0], "2 in favour, 1 against, no abstention.", "{words:?}");
    assert!(words[1].starts_with("Needed: more than half of the 3 votes cast, so at least 2 in favour."), "{words:?}");
    assert!(words[2].starts_with("Quorum reached: 3 of 3 full members"), "{words:?}");
    let rows =
        select(&doc, "#room-count tbody tr").iter().map(|r| r.text().collect::<Vec<_>>().join("|")).collect::<Vec<_>>();
    assert_eq!(rows, vec!["In the room (tellers, 2 organisations)|2|0|0", "Online|0|1|0", "Together|2|1|0"]);

    // An election: the chair opens a round, a delegate ticks a name.
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Election of the Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": "Jonas"}]}),
        201,
    );
    let ana = e["candidates"][0]["id"].as_i64().expect("id").to_string();
    assert_eq!(chair.post(&format!("/chair/elections/{}/rounds", e["id"]), &[("csrf", &csrf)]).status(), 303);
    let delegate = Browser::new(&n);
    delegate.login("d1@example.org");
    let doc = delegate.page("/delegate");
    let action = select(&doc, "form[action^='/delegate/rounds/']")
        .first()
        .and_then(|f| f.value().attr("action").map(String::from))
        .expect("ballot");
    assert_eq!(select(&doc, "input[name=candidate]").len(), 2);
    let vcsrf = input_value(&doc, "csrf");
    let round = action.trim_start_matches("/delegate/rounds/").trim_end_matches("/confirm").to_string();
    let res = delegate
        .post(&format!("/delegate/rounds/{round}/vote"), &[("csrf", vcsrf.as_str()), ("candidate", ana.as_str())]);
    assert_eq!(res.status(), 303);
    let text = text_of(&delegate.page("/delegate"));
    assert!(text.contains("Your organisation has voted in this round.") && !text.contains("this poll"), "{text}");
    let closed = chair.post(&format!("/chair/rounds/{round}/close"), &[("csrf", &csrf)]);
    assert_eq!(closed.status(), 303);
    // Back at the election's card, where the result is.
    let location = closed.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_string();
    assert!(location.ends_with(&format!("#election-{}", e["id"])), "{location}");
    let card = select(&chair.page("/chair"), &format!("#election-{}", e["id"]))
        .first()
        .map(|c| c.text().collect::<String>())
        .expect("card");
    assert!(card.contains("Elected: Ana"), "{card}");
    assert!(!card.contains(';') && !card.contains("(1)"), "names and counts, not a list with semicolons: {card}");
}

/// A delegate's page says where it stands after asking to speak: its
/// number in the queue, then that it has the floor (not "This request to
/// speak is speaking").
fn a_delegate_sees_its_place_in_the_queue(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let list = format!("/api/v1/assemblies/{a}/speakers");
    let queue = n.delegates[0].ok(&list, json!({}), 201);
    let first = queue[0]["id"].as_i64().expect("id");
    n.delegates[1].ok(&list, json!({}), 201);
    let beta = Browser::new(&n);
    beta.login("d1@example.org");
    let said = |b: &Browser| text_of(&b.page("/delegate"));
    let text = said(&beta);
    assert!(text.contains("You are number 2 in the queue to speak."), "{text}");
    n.chair.ok(&format!("/api/v1/speakers/{first}/floor"), json!({}), 200);
    let text = said(&beta);
    assert!(text.contains("You are number 1 in the queue to speak."), "{text}");
    let alpha = Browser::new(&n);
    alpha.login("d0@example.org");
    let text = said(&alpha);
    assert!(text.contains("You have the floor.") && !text.contains("This request to speak"), "{text}");
}

/// The chair takes up the agenda item by item; the chair's page, the
/// projector and every delegate's phone say which item is being discussed.
/// The speakers' queue says where each speaker is (the room, remote, not
/// checked in) and who speaks only as an affiliate, and how long the
/// speaker has had the floor. Taking up an item is in the ledger, once.
fn the_chair_leads_the_agenda_and_sees_who_speaks(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let mut items = vec![];
    for title in ["Opening", "Accounts 2026", "Any other business"] {
        let agenda = n.chair.ok(
            &format!("/api/v1/assemblies/{a}/agenda"),
            json!({"title": title, "kind": "information", "reason": "Agreed at the opening"}),
            201,
        );
        items = agenda.as_array().cloned().unwrap_or_default();
    }
    let ids: Vec<String> = items.iter().filter_map(|i| i["id"].as_i64()).map(|i| i.to_string()).collect();
    assert_eq!(ids.len(), 3);
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let doc = chair.page("/chair");
    let csrf = input_value(&doc, "csrf");
    let take_up = format!("/chair/assemblies/{a}/agenda/current");
    let next = select(&doc, &format!("#agenda form[action='{take_up}'] button.primary"));
    let next = next.first().map(|b| b.text().collect::<String>());
    assert_eq!(next.as_deref(), Some("Next item: Opening"), "nothing taken up yet: the first is next");
    let res = chair.post(&take_up, &[("csrf", &csrf), ("item", &ids[0])]);
    assert_eq!(res.status(), 303);
    let doc = chair.page("/chair");
    let current = select(&doc, "#agenda li[aria-current=step]").first().map(|e| e.text().collect::<String>());
    assert!(current.is_some_and(|c| c.contains("Opening")), "{}", text_of(&doc));
    let next = select(&doc, "#agenda button.primary").first().map(|b| b.text().collect::<String>());
    assert_eq!(next.as_deref(), Some("Next item: Accounts 2026"));
    // Straight to the last: then the agenda can be finished.
    assert_eq!(chair.post(&take_up, &[("csrf", &csrf), ("item", &ids[2])]).status(), 303);
    let doc = chair.page("/chair");
    assert!(text_of(&doc).contains("Agenda finished"), "{}", text_of(&doc));
    let alpha = Browser::new(&n);
    alpha.login("d0@example.org");
    let said = select(&alpha.page("/delegate"), "#current-item").first().map(|e| e.text().collect::<String>());
    assert_eq!(said.as_deref(), Some("Now on the agenda: 3. Any other business"));
    let hall = select(&chair.page("/hall"), "#hall-item").first().map(|e| e.text().collect::<String>());
    assert_eq!(hall.as_deref(), Some("Now on the agenda: 3. Any other business"));
    // Taking up the same item again changes nothing and records nothing.
    let (_, before) = n.chair.get("/api/v1/audit/events?kind=agenda.taken_up");
    let taken =
        n.chair.ok(&take_up.replace("/chair/", "/api/v1/"), json!({"item_id": ids[2].parse::<i64>().ok()}), 200);
    assert_eq!(taken["current_item"].as_i64().map(|i| i.to_string()).as_deref(), Some(ids[2].as_str()));
    let (_, after) = n.chair.get("/api/v1/audit/events?kind=agenda.taken_up");
    assert_eq!(before["events"].as_array().map(Vec::len), Some(2));
    assert_eq!(after["events"].as_array().map(Vec::len), Some(2));
    // Another assembly's item, and an item that is no item, are refused.
    let (status, _) = n.chair.post(&take_up.replace("/chair/", "/api/v1/"), json!({"item_id": 999_999}));
    assert_eq!(status, 404);
    // An empty body does not finish the agenda: `null` must be said.
    let (status, refused) = n.chair.post(&take_up.replace("/chair/", "/api/v1/"), json!({}));
    assert_eq!(status, 400, "{refused}");
    assert!(refused["message"].as_str().unwrap_or("").contains("item_id"), "{refused}");
    let (_, still) = n.chair.get(&format!("/api/v1/assemblies/{a}"));
    assert_eq!(still["current_item"].as_i64().map(|i| i.to_string()).as_deref(), Some(ids[2].as_str()), "{still}");
    assert_eq!(chair.post(&take_up, &[("csrf", &csrf), ("item", "first")]).status(), 400);
    // The agenda finished: no item is shown any more, and every page says
    // it is finished; the chair is offered no "next" that would restart it.
    assert_eq!(chair.post(&take_up, &[("csrf", &csrf), ("item", "")]).status(), 303);
    let doc = alpha.page("/delegate");
    assert!(select(&doc, "#current-item").is_empty());
    assert_eq!(select(&doc, "#agenda-finished").len(), 1, "{}", text_of(&doc));
    assert_eq!(select(&chair.page("/hall"), "#hall-agenda-finished").len(), 1);
    let doc = chair.page("/chair");
    assert_eq!(select(&doc, "#agenda #agenda-finished").len(), 1, "{}", text_of(&doc));
    assert!(select(&doc, "#agenda button.primary").is_empty(), "no next item after the end: {}", text_of(&doc));
    assert_eq!(n.chair.get(&format!("/api/v1/assemblies/{a}")).1["agenda_finished"], true);
    // Taking up an item again opens the agenda.
    assert_eq!(chair.post(&take_up, &[("csrf", &csrf), ("item", &ids[1])]).status(), 303);
    assert_eq!(n.chair.get(&format!("/api/v1/assemblies/{a}")).1["agenda_finished"], false);
    assert!(select(&chair.page("/hall"), "#hall-agenda-finished").is_empty());
    assert_eq!(chair.post(&take_up, &[("csrf", &csrf), ("item", "")]).status(), 303);

    assert!(text_of(&chair.page("/chair")).contains("Nobody has asked to speak."));
    // An admitted motion's ballot type is a labelled choice (axe's
    // select-name, found by an outside review).
    n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Work plan"}), 201);
    let doc = chair.page("/chair");
    assert_eq!(select(&doc, "select[name=ballot]").len(), select(&doc, "label select[name=ballot]").len());
    assert_eq!(select(&doc, "label select[name=ballot]").len(), 1, "{}", text_of(&doc));
    // The queue: Alpha in the room, Beta remote, Delta an affiliate not
    // checked in; Alpha given the floor.
    n.check_in(0, AttendanceMode::InPerson);
    n.check_in(1, AttendanceMode::Remote);
    let list = format!("/api/v1/assemblies/{a}/speakers");
    let queue = n.delegates[0].ok(&list, json!({}), 201);
    n.delegates[1].ok(&list, json!({}), 201);
    let queue_after = n.delegates[3].ok(&list, json!({}), 201);
    assert_eq!(queue_after[2]["affiliate"], true, "{queue_after}");
    assert_eq!(queue_after[2]["attending"], serde_json::Value::Null);
    assert_eq!(queue_after[1]["attending"], "remote");
    let first = queue[0]["id"].as_i64().expect("id");
    n.chair.ok(&format!("/api/v1/speakers/{first}/floor"), json!({}), 200);
    let doc = chair.page("/chair");
    let lines: Vec<String> = select(&doc, "#speakers li").iter().map(|e| e.text().collect::<String>()).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].contains("Alpha Network") && lines[0].contains("in the room"), "{lines:?}");
    assert!(lines[0].contains("speaking since"), "the floor's time: {lines:?}");
    assert!(lines[1].contains("Beta Forum") && lines[1].contains("remote"), "{lines:?}");
    assert!(lines[2].contains("Delta Observers") && lines[2].contains("not checked in"), "{lines:?}");
    assert!(lines[2].contains("affiliate, advisory") && !lines[1].contains("affiliate"), "{lines:?}");
    let timer = select(&doc, "#speakers [data-since][data-now][data-label]");
    assert_eq!(timer.len(), 1, "one running time, the speaker's");
    let hall = text_of(&chair.page("/hall")).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(hall.contains("Speaking: Alpha Network in the room"), "{hall}");

    // Only what can be done now: no approval of the minutes in session, no
    // floor given after the close (an outside review clicked both).
    let minutes = format!("/chair/assemblies/{a}/minutes");
    let approve = format!("form[action='/chair/assemblies/{a}/minutes/approve']");
    let doc = chair.page(&minutes);
    assert!(select(&doc, &approve).is_empty() && select(&doc, "#approve-later").len() == 1);
    assert!(!select(&chair.page("/chair"), "#speakers form[action$='/floor']").is_empty());
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    assert!(select(&chair.page("/chair"), "#speakers form[action$='/floor']").is_empty());
    assert_eq!(select(&chair.page(&minutes), &approve).len(), 1);
    let hall = select(&chair.page("/hall"), "#hall-closed").first().map(|e| e.text().collect::<String>());
    assert_eq!(hall.as_deref(), Some("The assembly is closed; the results are final."));
    // Closed, the projector no longer says "quorate", nor a phone "checked in".
    assert!(select(&chair.page("/hall"), "#quorum").is_empty());
    let alpha = Browser::new(&n);
    alpha.login("d0@example.org");
    let doc = alpha.page("/delegate");
    assert!(select(&doc, "#attendance").is_empty(), "{}", text_of(&doc));
    assert!(text_of(&doc).contains("This assembly is closed"), "{}", text_of(&doc));
}

/// The secretariat sets a new password for a delegate who lost theirs:
/// the delegate's sessions end, the old password no longer works, the new
/// one does; the ledger says it happened and holds neither password.
fn the_secretariat_sets_a_new_password(db: TestDb) {
    let n = network(db);
    let accounts = n.chair.get("/api/v1/accounts").1;
    let d0 = accounts
        .as_array()
        .and_then(|l| l.iter().find(|a| a["email"] == "d0@example.org"))
        .and_then(|a| a["id"].as_i64())
        .expect("d0's account");
    let delegate = Browser::new(&n);
    delegate.login("d0@example.org");
    assert_eq!(delegate.get("/delegate").status(), 200);
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let doc = chair.page("/admin?q=d0%40example.org");
    let form =
        format!("#account-{d0} form[action='/admin/accounts/{d0}/password'] input[name=password][type=password]");
    assert_eq!(select(&doc, &form).len(), 1, "a labelled password field on the account's row");
    let csrf = input_value(&doc, "csrf");
    // Too short: said, nothing changed.
    let res = chair.post(&format!("/admin/accounts/{d0}/password"), &[("csrf", &csrf), ("password", "short")]);
    assert_eq!(res.status(), 400);
    assert!(res.text().unwrap_or_default().contains("at least 10 characters"));
    assert_eq!(delegate.get("/delegate").status(), 200, "the session still holds");
    let new = "a-new-password-for-d0";
    let res = chair.post(&format!("/admin/accounts/{d0}/password"), &[("csrf", &csrf), ("password", new)]);
    assert_eq!(res.status(), 303);
    let to = res.headers().get("location").and_then(|l| l.to_str().ok()).map(String::from).expect("location");
    let said = select(&chair.page(&to), "#done").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(said.starts_with("The new password is set"), "{said}");
    assert_eq!(delegate.get("/delegate").status(), 303, "the delegate's session has ended");
    let api = n.app.anonymous();
    let (old, _) = api.post("/api/v1/session", json!({"email": "d0@example.org", "password": PASSWORD}));
    assert_eq!(old, 401, "the old password no longer works");
    let (fresh, _) = api.post("/api/v1/session", json!({"email": "d0@example.org", "password": new}));
    assert_eq!(fresh, 201);
    let (_, events) = n.chair.get(&format!("/api/v1/audit/events?kind=account.password_set&subject=account:{d0}"));
    let events = events["events"].as_array().cloned().unwrap_or_default();
    assert_eq!(events.len(), 1, "{events:?}");
    let payload = events[0]["payload"].to_string();
    assert!(payload.contains("sessions_ended") && !payload.contains(new) && !payload.contains("argon2"), "{payload}");
    // Nobody sets their own password this way (a stolen session would
    // become the account for good), and the page offers it nobody.
    let me = accounts
        .as_array()
        .and_then(|l| l.iter().find(|a| a["email"] == "chair@example.org"))
        .and_then(|a| a["id"].as_i64())
        .expect("the chair's account");
    let (status, body) = n.chair.patch(&format!("/api/v1/accounts/{me}"), json!({"password": "a-password-of-mine"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("own_account")), "{body}");
    let doc = chair.page("/admin?q=chair%40example.org");
    assert!(select(&doc, &format!("#account-{me} form")).is_empty(), "no change offered on one's own row");
    // A delegate cannot set anyone's password, its own neither.
    let (status, _) =
        n.delegates[1].patch(&format!("/api/v1/accounts/{d0}"), json!({"password": "another-password-1"}));
    assert_eq!(status, 403);
}

/// A suspension is a pause the delegate sees: a notice, and no vote button
/// until the session resumes (an outside review could tap and confirm,
/// then be refused). A proxy holder's ballot already cast names whose it is.
fn a_delegate_sees_the_pause_and_whose_ballot_is_in(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.check_in(0, AttendanceMode::Remote);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": n.orgs[2], "holder_id": n.orgs[0]}),
        201,
    );
    let poll = n.open_poll("roll_call", "Budget 2027");
    n.delegates[0].ok(
        &format!("/api/v1/polls/{poll}/ballots"),
        json!({"choice": "yes", "organisation_id": n.orgs[2]}),
        201,
    );
    let alpha = Browser::new(&n);
    alpha.login("d0@example.org");
    let doc = alpha.page("/delegate");
    let voted: Vec<String> = select(&doc, "p.voted").iter().map(|e| e.text().collect::<String>()).collect();
    assert_eq!(voted, vec!["Gamma Alliance has voted in this poll."], "{voted:?}");
    let buttons = format!("form[action='/delegate/polls/{poll}/confirm']");
    assert_eq!(select(&doc, &buttons).len(), 3, "Alpha's own three buttons");
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "suspended"}), 200);
    let doc = alpha.page("/delegate");
    let notice = select(&doc, "#suspended").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(notice.contains("suspended"), "{}", text_of(&doc));
    assert!(select(&doc, &buttons).is_empty(), "no vote button while suspended");
    assert!(text_of(&doc).contains("Votes wait: the session is suspended."));
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "in_session"}), 200);
    assert_eq!(select(&alpha.page("/delegate"), &buttons).len(), 3, "resumed: the buttons are back");
}

/// The projector says a result in words, as the result page does: the
/// verdict, the votes for and against, what was needed, the quorum.
fn the_hall_says_the_result_in_words(db: TestDb) {
    let n = network(db);
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let poll = n.open_poll("secret", "Budget 2027");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.delegates[1].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "abstain"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let doc = chair.page("/hall");
    let verdict = select(&doc, "#hall-result .outcome").first().map(|e| e.text().collect::<String>());
    assert_eq!(verdict.as_deref(), Some("Carried."));
    let words: Vec<String> = select(&doc, "#hall-in-words p").iter().map(|e| e.text().collect::<String>()).collect();
    assert_eq!(words.first().map(String::as_str), Some("1 in favour, 0 against, 1 abstention."), "{words:?}");
    assert!(words.iter().any(|w| w.starts_with("Needed: more than half of the 1 vote cast")), "{words:?}");
    assert!(words.iter().any(|w| w.starts_with("Quorum reached: 2 of 3")), "{words:?}");
    assert!(!text_of(&doc).contains("(> 1/2)"), "no formula on the screen");
}

/// Every action that cannot be undone asks first, naming what it does: its
/// form sits inside a closed `details` whose summary is the only thing a
/// first click reaches. And the chair's page speaks in words, not codes.
fn irreversible_actions_ask_first(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.check_in(0, AttendanceMode::InPerson);
    n.check_in(1, AttendanceMode::Remote);
    let poll = n.open_poll("secret", "Budget 2027");
    let (_, round, _) = n.open_board_round();
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    // The form (`form`, holding a field `with` if given) sits in a closed
    // confirmation whose text says `warning`.
    let asked = |doc: &Html, form: &str, with: Option<&str>, warning: &str| {
        let holds = |e: &scraper::ElementRef<'_>| {
            let sel = Selector::parse(form).expect("selector");
            e.select(&sel)
                .any(|f| with.is_none_or(|w| f.select(&Selector::parse(w).expect("selector")).next().is_some()))
        };
        let all = select(doc, form)
            .into_iter()
            .filter(|f| with.is_none_or(|w| f.select(&Selector::parse(w).expect("selector")).next().is_some()))
            .count();
        assert_eq!(all, 1, "{form}: {}", text_of(doc));
        let details = select(doc, "details.confirm-action");
        let holder = details.iter().find(|d| holds(d)).unwrap_or_else(|| panic!("{form} acts without asking"));
        assert_eq!(holder.value().attr("open"), None, "{form}: the confirmation starts closed");
        let said = holder.text().collect::<String>();
        assert!(said.contains(warning), "{form}: {said}");
    };
    let doc = chair.page("/chair");
    asked(&doc, &format!("form[action='/chair/polls/{poll}/close']"), None, "no ballot is accepted after it");
    asked(&doc, &format!("form[action='/chair/rounds/{round}/close']"), None, "no ballot is accepted after it");
    // Closing says first how many have still to vote, kept live; a round
    // is closed as a round.
    asked(&doc, &format!("form[action='/chair/polls/{poll}/close']"), None, "Still to vote: ");
    let missing = select(&doc, &format!("details.confirm-action p[data-bind='poll.{poll}.missing']"));
    assert_eq!(missing.len(), 1, "{}", text_of(&doc));
    let round_missing = select(&doc, &format!("details.confirm-action p[data-bind='round.{round}.missing']"));
    assert_eq!(round_missing.len(), 1, "{}", text_of(&doc));
    asked(&doc, &format!("form[action='/chair/rounds/{round}/close']"), None, "Close the round");
    let transition = format!("form[action='/chair/assemblies/{a}/transition']");
    asked(&doc, &transition, Some("input[value=closed]"), "cannot be reopened");
    // Closing says what it leaves: a seat still empty, a projector still on.
    asked(&doc, &transition, Some("input[value=closed]"), "Board: seats still empty: 1.");
    assert!(!text_of(&doc).contains("Display links still working"), "none made yet");
    let session = common::PageSession::login(&n.app.base, "chair@example.org");
    session.display_link(a);
    let doc = chair.page("/chair");
    asked(&doc, &transition, Some("input[value=closed]"), "Display links still working: 1.");
    // Revoking a display link blanks the projector: it asks first.
    asked(&doc, "form[action^='/chair/displays/'][action$='/revoke']", None, "goes blank at once");
    // What needs no confirmation does not get one.
    let suspend = select(&doc, &transition)
        .into_iter()
        .find(|f| f.select(&Selector::parse("input[value=suspended]").expect("selector")).next().is_some())
        .expect("suspend");
    assert_eq!(suspend.parent().and_then(|p| p.value().as_element().map(|e| e.name().to_string())), Some("div".into()));
    let text = text_of(&doc);
    assert!(text.contains("Suspend the session") && text.contains("Close the assembly"), "{text}");
    // The open vote says since when; a secret one names no one who is yet to vote.
    assert!(text.contains("Open since 09:00 UTC.") && !text.contains("Not voted yet"), "{text}");
    for code in ["in_session", "Move to", "voting"] {
        assert!(!text.contains(code), "{code} on the chair's page: {text}");
    }
    let doc = chair.page("/desk");
    asked(&doc, &format!("form[action='/desk/{a}/{}/leave']", n.orgs[0]), None, "Alpha Network leaves the room");
    let doc = chair.page("/admin");
    let d2 = n
        .chair
        .get("/api/v1/accounts")
        .1
        .as_array()
        .and_then(|l| l.iter().find(|x| x["email"] == "d2@example.org").and_then(|x| x["id"].as_i64()));
    let d2 = d2.expect("d2");
    asked(&doc, &format!("form[action='/admin/accounts/{d2}']"), None, "d2@example.org will be logged out at once");
    // After the close, the minutes' approval asks too.
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let agenda = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/agenda"),
        json!({"title": "Any other business", "kind": "information", "reason": "Agreed at the opening"}),
        201,
    );
    let item = agenda.as_array().and_then(|l| l.last()).and_then(|i| i["id"].as_i64());
    n.chair.ok(&format!("/api/v1/assemblies/{a}/agenda/current"), json!({"item_id": item}), 200);
    assert_eq!(select(&chair.page("/chair"), "li.current").len(), 1, "taken up");
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    // After the close no agenda item is "now", and no display link is
    // offered to make (the "use it" review of 2026-12-01).
    let doc = chair.page("/chair");
    assert!(select(&doc, "li.current").is_empty(), "{}", text_of(&doc));
    assert!(select(&doc, &format!("form[action='/chair/assemblies/{a}/displays']")).is_empty());
    let doc = chair.page(&format!("/chair/assemblies/{a}/minutes"));
    asked(
        &doc,
        &format!("form[action='/chair/assemblies/{a}/minutes/approve']"),
        None,
        "nothing can be added or changed after",
    );
    // The delegate's page says where the minutes stand, before and after
    // their approval (it said "follow once approved" after it too).
    let delegate = Browser::new(&n);
    delegate.login("d0@example.org");
    assert!(text_of(&delegate.page("/delegate")).contains("The minutes follow once the secretariat approves them"));
    n.chair.ok(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}), 200);
    let text = text_of(&delegate.page("/delegate"));
    assert!(text.contains("its minutes are approved") && !text.contains("The minutes follow"), "{text}");
    // The result page leads back to the chair's.
    assert_eq!(select(&chair.page(&format!("/polls/{poll}")), "a[href='/chair']").len(), 1);
}

/// After each action the page it lands on says what was done: the desk's
/// arrivals and departures by name, a delegate's check-in and request to
/// speak, the chair's opening of a vote and change of state.
fn every_action_says_what_it_did(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let said = |b: &Browser, res: Response| -> String {
        assert_eq!(res.status(), 303);
        let to = res.headers().get("location").and_then(|l| l.to_str().ok()).map(String::from).expect("location");
        select(&b.page(&to), "#done").first().map(|e| e.text().collect::<String>()).unwrap_or_default()
    };
    let desk = Browser::new(&n);
    desk.login("desk@example.org");
    let csrf = input_value(&desk.page("/desk"), "csrf");
    let alpha = n.orgs[0];
    let res = desk.post(&format!("/desk/{a}/{alpha}/arrive"), &[("csrf", &csrf)]);
    assert_eq!(said(&desk, res), "Alpha Network is checked in, in the room.");
    let res = desk.post(&format!("/desk/{a}/{alpha}/leave"), &[("csrf", &csrf)]);
    assert_eq!(said(&desk, res), "Alpha Network has left the room.");
    // By code: the organisation the code belongs to is named.
    let beta = Browser::new(&n);
    beta.login("d1@example.org");
    let code = select(&beta.page("/delegate"), "#checkin-code").first().map(|e| e.text().collect::<String>());
    let code = code.expect("Beta's check-in code");
    let res = desk.post(&format!("/desk/{a}/code"), &[("csrf", &csrf), ("code", &code)]);
    assert_eq!(said(&desk, res), "Beta Forum is checked in, in the room.");
    // A refusal is a page in the visitor's own frame: heading, who is
    // logged in, the way out (an outside review found a bare page).
    let res = desk.post(&format!("/desk/{a}/code"), &[("csrf", &csrf), ("code", "ZZZZ-ZZZZ")]);
    assert!(res.status().is_client_error(), "{}", res.status());
    let doc = Html::parse_document(&res.text().unwrap_or_default());
    assert_eq!(select(&doc, "h1").len(), 1);
    assert_eq!(select(&doc, "form[action='/logout']").len(), 1, "{}", text_of(&doc));
    assert!(text_of(&doc).contains("Desk"), "{}", text_of(&doc));
    // On the desk's own page: why, beside the code, the code kept to
    // correct (the "use it" review of 2026-12-01 found a dead end).
    let error = select(&doc, "#checkin-by-code #code-error").first().map(|e| e.text().collect::<String>());
    assert!(error.is_some_and(|e| !e.is_empty()), "{}", text_of(&doc));
    let kept = select(&doc, "#checkin-by-code input[name=code]");
    assert_eq!(kept.first().and_then(|i| i.value().attr("value")), Some("ZZZZ-ZZZZ"));
    // Nothing is said without an action, and an unknown flag is ignored.
    assert!(select(&desk.page("/desk"), "#done").is_empty());
    assert!(select(&desk.page("/desk?done=<b>x</b>&org=1"), "#done").is_empty());

    let gamma = Browser::new(&n);
    gamma.login("d2@example.org");
    let csrf = input_value(&gamma.page("/delegate"), "csrf");
    assert_eq!(said(&gamma, gamma.post("/delegate/check-in", &[("csrf", &csrf)])), "You are checked in.");
    let res = gamma.post("/delegate/speak", &[("csrf", &csrf)]);
    assert_eq!(said(&gamma, res), "Your request to speak is in the queue.");

    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let csrf = input_value(&chair.page("/chair"), "csrf");
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Venue"}), 201)["id"]
        .as_i64()
        .expect("id");
    // Before it opens, the motion's rules are there to announce.
    let text = text_of(&chair.page("/chair"));
    assert!(text.contains("To carry: more than half of the votes cast (abstentions do not count)"), "{text}");
    let res = chair.post(&format!("/chair/motions/{motion}/open"), &[("csrf", &csrf), ("ballot", "secret")]);
    // Back at the motion's card, not at the top of a long page.
    let location = res.headers().get("location").and_then(|l| l.to_str().ok()).map(String::from);
    assert!(location.as_deref().is_some_and(|l| l.ends_with(&format!("#motion-{motion}"))), "{location:?}");
    assert_eq!(said(&chair, res), "The vote is open.");
    let res = chair.post(&format!("/chair/assemblies/{a}/transition"), &[("csrf", &csrf), ("to", "suspended")]);
    assert_eq!(said(&chair, res), "The assembly is now suspended.");
}

/// Long lists come in pages with a search: the register in pages of fifty
/// (the search kept from page to page), the desk's groups cut at fifty with
/// the rest counted, a search finding any of them.
fn long_lists_have_pages_and_a_search(db: TestDb) {
    let n = network(db);
    let mut csv = String::from("name,country,kind\n");
    for i in 0..120 {
        csv.push_str(&format!("Member {i:03},PT,full\n"));
    }
    let (status, report) = n.chair.post_csv("/api/v1/organisations/import", &csv);
    assert_eq!(status, 200, "{report}");
    let chair = Browser::new(&n);
    chair.login("chair@example.org");
    let doc = chair.page("/admin");
    assert_eq!(select(&doc, "#register tbody tr").len(), 50);
    let count = select(&doc, "#register-count").first().map(|e| e.text().collect::<String>());
    assert_eq!(count.as_deref(), Some("Organisations 1 to 50 of 124."));
    let next = select(&doc, "nav.pager a[rel=next]").first().and_then(|a| a.value().attr("href").map(String::from));
    let doc = chair.page(&next.expect("a next page"));
    assert!(text_of(&doc).contains("Page 2 of 3"), "{}", text_of(&doc));
    let doc = chair.page("/admin?q=pt&page=3");
    assert_eq!(select(&doc, "#register tbody tr").len(), 20, "the 120 in PT, third page");
    let prev = select(&doc, "nav.pager a[rel=prev]").first().and_then(|a| a.value().attr("href").map(String::from));
    assert_eq!(prev.as_deref(), Some("/admin?q=pt&page=2#register-heading"), "the search is kept");
    let doc = chair.page("/admin?q=member+11");
    let rows = select(&doc, "#register tbody tr td:first-child")
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>();
    assert_eq!(
        rows,
        vec![
            "Member 110",
            "Member 111",
            "Member 112",
            "Member 113",
            "Member 114",
            "Member 115",
            "Member 116",
            "Member 117",
            "Member 118",
            "Member 119"
        ]
    );
    // The desk: a group shows fifty and counts the rest; the search finds them.
    let doc = chair.page("/desk");
    assert!(text_of(&doc).contains("And 73 more: search to find them."), "{}", text_of(&doc));
    let doc = chair.page("/desk?q=Member+119");
    assert_eq!(select(&doc, "tr[id^=org-]").len(), 1);
    // A search offers the way back to everyone; the full list needs none.
    assert_eq!(select(&doc, "#show-all a[href='/desk']").len(), 1, "{}", text_of(&doc));
    assert!(select(&chair.page("/desk"), "#show-all").is_empty());
}

/// The auditor's record of an assembly stays a page at any size: arrivals
/// and proxies fifty at a time with a search by organisation; the sealed
/// votes in words under their motion; elections by candidate name with who
/// was elected, not identifiers or JSON.
fn the_auditor_record_pages_and_names(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let mut csv = String::from("name,country,kind\n");
    for i in 0..70 {
        csv.push_str(&format!("Member {i:03},PT,full\n"));
    }
    assert_eq!(n.chair.post_csv("/api/v1/organisations/import", &csv).0, 200);
    let (_, orgs) = n.chair.get("/api/v1/organisations");
    let members: Vec<i64> = orgs
        .as_array()
        .into_iter()
        .flatten()
        .filter(|o| o["name"].as_str().is_some_and(|n| n.starts_with("Member")))
        .filter_map(|o| o["id"].as_i64())
        .collect();
    assert_eq!(members.len(), 70);
    for id in &members {
        n.desk.check_in(a, *id, AttendanceMode::InPerson);
    }
    n.check_in(0, AttendanceMode::Remote);
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Work plan"}), 201)["id"].as_i64();
    let poll = n.chair.ok(&format!("/api/v1/motions/{}/polls", motion.expect("id")), json!({}), 201)["id"].as_i64();
    let poll = poll.expect("poll");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let ana = e["candidates"][0]["id"].as_i64().expect("candidate");
    let round = n.chair.ok(&format!("/api/v1/elections/{}/rounds", e["id"]), json!({}), 201)["rounds"][0]["id"]
        .as_i64()
        .expect("round");
    n.delegates[0].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": [ana]}), 201);
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);

    let auditor = Browser::new(&n);
    auditor.login("auditor@example.org");
    let doc = auditor.page(&format!("/audit/assemblies/{a}"));
    assert_eq!(select(&doc, "#stays tbody tr").len(), 50, "fifty arrivals a page");
    let text = text_of(&doc);
    assert!(text.contains("50 shown of 71."), "{text}");
    let next = select(&doc, "nav.pager a[rel=next]").first().and_then(|l| l.value().attr("href").map(String::from));
    let doc = auditor.page(&next.expect("a next page"));
    assert_eq!(select(&doc, "#stays tbody tr").len(), 21);
    let doc = auditor.page(&format!("/audit/assemblies/{a}?q=member+06"));
    let found: Vec<String> =
        select(&doc, "#stays tbody tr td:first-child").iter().map(|e| e.text().collect::<String>()).collect();
    assert_eq!(found.len(), 10, "{found:?}");
    assert!(found.iter().all(|f| f.starts_with("Member 06")), "{found:?}");
    // Results in words, elections by name.
    let polls = select(&doc, "#sealed-polls tbody tr").iter().map(|e| e.text().collect::<String>()).collect::<Vec<_>>();
    assert_eq!(polls.len(), 1, "{polls:?}");
    assert!(polls[0].contains("Work plan") && polls[0].contains("in favour"), "{polls:?}");
    assert!(polls[0].contains("Carried."), "the verdict itself: {polls:?}");
    let elections = select(&doc, "#elections").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(elections.contains("Ana Kovač") && elections.contains("Jonas Berg"), "{elections}");
    assert!(elections.contains("elected"), "{elections}");
    assert!(!text_of(&doc).contains(&format!("\"candidate\":{ana}")), "no raw JSON");
    let rounds =
        select(&doc, "#sealed-rounds tbody tr").iter().map(|e| e.text().collect::<String>()).collect::<Vec<_>>();
    assert!(rounds.len() == 1 && rounds[0].contains("Board"), "{rounds:?}");
}

/// The auditor pages through the whole ledger both ways: from the latest
/// events back to the first and forward again to the last, each event once,
/// actors by name, no page that says nothing matches.
fn the_ledger_pages_both_ways(db: TestDb) {
    let n = network(db);
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let mut csv = String::from("name,country,kind\n");
    for i in 0..260 {
        csv.push_str(&format!("Member {i:03},PT,full\n"));
    }
    assert_eq!(n.chair.post_csv("/api/v1/organisations/import", &csv).0, 200);
    let auditor = Browser::new(&n);
    auditor.login("auditor@example.org");
    let seqs = |doc: &Html| -> Vec<i64> {
        select(doc, "table.ledger tbody tr td:first-child")
            .iter()
            .filter_map(|e| e.text().collect::<String>().trim().parse().ok())
            .collect()
    };
    let href = |doc: &Html, id: &str| select(doc, id).first().and_then(|a| a.value().attr("href").map(String::from));
    // The chain is rechecked on demand (it reads every event), not on
    // every visit: the page says how many events there are and offers it.
    let mut doc = auditor.page("/audit");
    let head = select(&doc, "#ledger-head").first().map(|e| e.text().collect::<String>()).unwrap_or_default();
    assert!(head.contains("The ledger holds") && select(&doc, "a[href='/audit?check=true']").len() == 1, "{head}");
    let checked = text_of(&auditor.page("/audit?check=true"));
    assert!(checked.contains("events is intact."), "{checked}");
    // Back from the latest to the first.
    assert!(href(&doc, "#later").is_none(), "the latest page has nothing later");
    let mut seen: Vec<i64> = seqs(&doc);
    let total = *seen.last().expect("events");
    assert_eq!(seen.len(), 200);
    while let Some(earlier) = href(&doc, "#earlier") {
        doc = auditor.page(&earlier);
        let page = seqs(&doc);
        assert!(!page.is_empty(), "an empty page behind {earlier}");
        seen.splice(0..0, page);
    }
    assert_eq!(seen, (1..=total).collect::<Vec<_>>(), "every event once, in order");
    // Forward from the first to the last.
    let mut forward = seqs(&doc);
    while let Some(later) = href(&doc, "#later") {
        doc = auditor.page(&later);
        let page = seqs(&doc);
        assert!(!page.is_empty(), "an empty page behind {later}");
        forward.extend(page);
    }
    assert_eq!(forward, (1..=total).collect::<Vec<_>>());
    // A filter is kept while paging; actors are named.
    let doc = auditor.page("/audit?kind=organisation.&before=100000");
    assert_eq!(seqs(&doc).len(), 200);
    let actor = select(&doc, "table.ledger tbody tr td:nth-child(3)").last().map(|e| e.text().collect::<String>());
    let actor = actor.expect("an actor");
    assert!(actor.starts_with("chair") && actor.contains("account:"), "{actor}");
    let earlier = href(&doc, "#earlier").expect("earlier");
    assert!(earlier.contains("kind=organisation."), "{earlier}");
}

both!(
    a_delegate_sees_the_pause_and_whose_ballot_is_in,
    the_secretariat_sets_a_new_password,
    the_chair_leads_the_agenda_and_sees_who_speaks,
    the_hall_says_the_result_in_words,
    the_auditor_record_pages_and_names,
    the_ledger_pages_both_ways,
    long_lists_have_pages_and_a_search,
    every_action_says_what_it_did,
    irreversible_actions_ask_first,
    the_secretariat_writes_and_approves_the_minutes,
    the_auditor_filters_the_ledger_and_downloads_the_evidence,
    tellers_and_an_election_through_the_pages,
    the_secretariat_keeps_the_register_on_its_page,
    an_absent_member_gives_its_proxy_from_its_page,
    login_sets_a_safe_cookie_and_needs_the_form_token,
    a_delegate_checks_in_and_votes_on_a_phone,
    every_response_carries_the_security_headers,
    a_delegate_sees_its_place_in_the_queue,
);
