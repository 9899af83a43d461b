//! Real browsers: headless Chromium driven over WebDriver (Debian's
//! `chromium` and `chromium-driver`, installed by `.ci/run`). A delegate on a
//! phone-sized screen logs in, checks in, votes and sees the receipt; the
//! chair opens a poll and watches the count move without reloading, then
//! closes it; an auditor downloads the minutes; an affiliate sees no vote
//! button. Screenshots of each step are kept under
//! `target/tmp/screenshots/<backend>/`.
//!
//! Without Chromium the suite is skipped with a note, except under
//! `CI=true`, where it fails.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::stream::PATIENCE;
use common::{network, TestDb, PASSWORD};
use fantoccini::{Client, ClientBuilder, Locator};
use plenum::i18n::{Lang, Msg};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where the browser and its driver are: `PLENUM_CHROMIUM` and
/// `PLENUM_CHROMEDRIVER`, or Debian's paths.
fn binaries() -> Option<(PathBuf, PathBuf)> {
    let find = |var: &str, default: &str| {
        let path = std::env::var(var).map(PathBuf::from).unwrap_or_else(|_| PathBuf::from(default));
        path.exists().then_some(path)
    };
    let found = find("PLENUM_CHROMIUM", "/usr/bin/chromium").zip(find("PLENUM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if found.is_none() {
        assert!(!common::in_ci(), "CI needs chromium and chromedriver for the browser tests (.ci/run installs them)");
        eprintln!("note: browser test skipped: no chromium/chromedriver (apt-get install chromium chromium-driver)");
    }
    found
}

/// axe-core's script, from the npm registry (`npm ci --prefix tests/browser`,
/// which `.ci/run` does). Without it the pages are not checked, with a note,
/// except under `CI=true`, where that fails.
fn axe_source() -> Option<&'static str> {
    static AXE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    AXE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/axe-core/axe.min.js");
        let found = std::fs::read_to_string(&path).ok();
        if found.is_none() {
            assert!(!common::in_ci(), "CI checks every page with axe-core: npm ci --prefix tests/browser");
            eprintln!("note: pages not checked for accessibility: npm ci --prefix tests/browser installs axe-core");
        }
        found
    })
    .as_deref()
}

/// One Chromium, its chromedriver, and the blocking calls a test makes.
struct Browser {
    rt: tokio::runtime::Runtime,
    client: Option<Client>,
    driver: Child,
    base: String,
    shots: PathBuf,
    downloads: tempfile::TempDir,
    _profile: tempfile::TempDir,
}

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";

/// The three screens of an assembly: a delegate's phone, the chair's
/// laptop, the projector in the room.
enum Screen {
    Phone,
    Desktop,
    Projector,
}

impl Browser {
    fn open(base: &str, backend: &str, screen: Screen) -> Option<Browser> {
        Self::open_in(base, backend, screen, None)
    }

    /// A browser whose user reads `language` first (its `Accept-Language`).
    fn open_in(base: &str, backend: &str, screen: Screen, language: Option<&str>) -> Option<Browser> {
        let (chromium, chromedriver) = binaries()?;
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver");
        let webdriver = format!("http://127.0.0.1:{port}");
        let probe = common::client();
        let deadline = Instant::now() + PATIENCE;
        while !probe
            .get(format!("{webdriver}/status"))
            .send()
            .and_then(|r| r.json::<Value>())
            .is_ok_and(|v| v["value"]["ready"] == true)
        {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().expect("profile");
        let downloads = tempfile::tempdir().expect("downloads");
        let mut args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        if let Some(language) = language {
            args.push(format!("--lang={language}"));
            args.push(format!("--accept-lang={language}"));
        }
        let mut options = json!({
            "binary": chromium,
            "prefs": {
                "download.default_directory": downloads.path(),
                "download.prompt_for_download": false,
                "intl.accept_languages": language.unwrap_or("en-US,en"),
            },
        });
        match screen {
            Screen::Phone => {
                options["mobileEmulation"] = json!({
                    "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 3.0, "touch": true},
                    "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 \
                                  (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36",
                });
            }
            Screen::Desktop => args.push("--window-size=1440,900".into()),
            // The projector shows the page full screen: exactly 1920 by 1080.
            Screen::Projector => {
                options["mobileEmulation"] = json!({
                    "deviceMetrics": {"width": 1920, "height": 1080, "pixelRatio": 1.0, "touch": false},
                    "userAgent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
                                  Chrome/156.0 Safari/537.36",
                });
            }
        }
        options["args"] = json!(args);
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert("goog:chromeOptions".into(), options);
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client =
            rt.block_on(ClientBuilder::new(connector).capabilities(caps).connect(&webdriver)).expect("session");
        let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots").join(backend);
        std::fs::create_dir_all(&shots).expect("screenshots directory");
        Some(Browser { rt, client: Some(client), driver, base: base.to_string(), shots, downloads, _profile: profile })
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("open session")
    }

    fn goto(&self, path: &str) {
        self.rt.block_on(self.client().goto(&format!("{}{path}", self.base))).expect("navigate");
    }

    fn path(&self) -> String {
        self.rt.block_on(self.client().current_url()).expect("url").path().to_string()
    }

    fn all(&self, css: &str) -> usize {
        self.rt.block_on(self.client().find_all(Locator::Css(css))).map(|v| v.len()).unwrap_or(0)
    }

    fn click(&self, css: &str) {
        let c = self.client();
        self.rt.block_on(async { c.find(Locator::Css(css)).await?.click().await }).unwrap_or_else(|e| {
            panic!("click {css} on {}: {e}", self.path());
        });
    }

    fn fill(&self, css: &str, text: &str) {
        let c = self.client();
        self.rt.block_on(async { c.find(Locator::Css(css)).await?.send_keys(text).await }).expect("type");
    }

    /// Keys pressed in whatever has the focus (WebDriver codes: Tab
    /// `\u{E004}`, Enter `\u{E007}`).
    fn keys(&self, keys: &str) {
        let c = self.client();
        self.rt.block_on(async { c.active_element().await?.send_keys(keys).await }).expect("keys");
    }

    /// Presses Tab until the focus is on `css`, as a keyboard user would,
    /// and checks that the focus is drawn (a solid outline).
    fn tab_to(&self, css: &str) {
        for _ in 0..80 {
            if self.eval(&format!("return document.activeElement.matches({css:?})")).as_bool() == Some(true) {
                let outline = self.eval("return getComputedStyle(document.activeElement).outlineStyle");
                assert_eq!(outline, json!("solid"), "the focus on {css} is not drawn");
                return;
            }
            self.keys(TAB);
        }
        panic!("Tab never reached {css} on {}", self.path());
    }

    fn eval(&self, script: &str) -> Value {
        self.rt.block_on(self.client().execute(script, vec![])).expect("script")
    }

    fn body(&self) -> String {
        self.eval("return document.body.innerText").as_str().unwrap_or_default().to_string()
    }

    /// Waits until `check` gives a value, re-reading the page as it is.
    fn until<T>(&self, what: &str, check: impl Fn(&Browser) -> Option<T>) -> T {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(v) = check(self) {
                return v;
            }
            assert!(Instant::now() < deadline, "waited in vain for {what}; the page says:\n{}", self.body());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn text(&self, css: &str) -> Option<String> {
        let c = self.client();
        self.rt.block_on(async { c.find(Locator::Css(css)).await?.text().await }).ok()
    }

    /// A screenshot with `css` scrolled to the middle of the screen.
    fn shot_at(&self, name: &str, css: &str) {
        let script = format!("document.querySelector(\"{css}\").scrollIntoView({{block: 'center'}}); return null");
        self.eval(&script);
        self.shot(name);
    }

    /// A screenshot of the page as it is, which is also checked with
    /// axe-core against WCAG 2.1 A and AA: every state a test photographs
    /// is a state checked, and any violation fails the test.
    fn shot(&self, name: &str) {
        self.picture(name);
        let violations = self.axe();
        assert!(violations.is_empty(), "axe-core on {} ({name}):\n{}", self.path(), violations.join("\n"));
    }

    /// A screenshot only.
    fn picture(&self, name: &str) {
        let png = self.rt.block_on(self.client().screenshot()).expect("screenshot");
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        std::fs::write(self.shots.join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// axe-core's WCAG 2.1 A and AA violations on the page as it is, one
    /// line each: the rule, its impact, how many elements, the first one.
    fn axe(&self) -> Vec<String> {
        let Some(axe) = axe_source() else { return vec![] };
        let c = self.client();
        self.rt.block_on(c.execute(axe, vec![])).expect("inject axe-core");
        let run = "const done = arguments[arguments.length - 1];\
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})\
              .then(r => done(r.violations.map(v => `${v.id} (${v.impact}) x${v.nodes.length}: ${v.help}; \
                first at ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary.replace(/\\s+/g, ' ')}`)))\
              .catch(e => done(['axe failed: ' + e]));";
        let found = self.rt.block_on(c.execute_async(run, vec![])).expect("axe-core");
        found.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect()).unwrap_or_default()
    }

    fn log_in(&self, email: &str) {
        self.goto("/login");
        self.fill("input[name=email]", email);
        self.fill("input[name=password]", PASSWORD);
        self.click("form[action='/login'] button[type=submit]");
        self.until("the page after login", |b| (b.path() != "/login").then_some(()));
    }

    /// A file the browser downloaded, once it is complete.
    fn downloaded(&self, suffix: &str) -> Vec<u8> {
        self.until(&format!("the download of a {suffix} file"), |b| {
            std::fs::read_dir(b.downloads.path())
                .ok()?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .find(|p| p.to_string_lossy().ends_with(suffix))
                .and_then(|p| std::fs::read(p).ok())
                .filter(|bytes| !bytes.is_empty())
        })
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(c) = self.client.take() {
            let _ = self.rt.block_on(c.close());
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// No sideways scrolling: the page fits the screen it is shown on.
/// The page's width and the screen's. An emulated phone's window widens
/// with a page too wide for it, so on a touch screen the bound is the
/// screen's own width (an outside review found pages of 465 to 835 px on a
/// 390 px phone that the window's width let by).
const WIDTHS: &str = "return [document.documentElement.scrollWidth, \
    navigator.maxTouchPoints > 0 ? window.screen.width : window.innerWidth]";

fn fits_the_screen(b: &Browser) {
    let widths = b.eval(WIDTHS);
    assert!(widths[0].as_i64() <= widths[1].as_i64(), "the page is wider than the screen: {widths}");
}

fn a_delegate_votes_on_a_phone(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    let a = n.assembly;
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Phone) else { return };
    b.log_in("d0@example.org");
    b.goto("/delegate");
    assert!(b.body().contains("not checked in yet"), "{}", b.body());
    fits_the_screen(&b);
    // "Log out" is one line on a phone, beside the longest of names (an
    // outside review saw it wrap).
    let one_line = b.eval(
        "document.querySelector('header .who').textContent = \
           'Europäische Vereinigung der Zivilgesellschaftlichen Organisationen'; \
         var e = document.querySelector('form[action=\"/logout\"] button'); var s = getComputedStyle(e); \
         var line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.3; \
         return e.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) < 1.6 * line",
    );
    assert_eq!(one_line, json!(true), "the logout button wraps");
    b.shot("delegate-1-logged-in");
    b.click("form[action='/delegate/check-in'] button");
    b.until("the check-in", |b| b.body().contains("checked in (remote)").then_some(()));
    b.shot("delegate-2-checked-in");

    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Work plan 2027"}), 201);
    let motion = motion["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    b.goto("/delegate");
    assert_eq!(b.all(&format!("form[action='/delegate/polls/{poll}/confirm'] button")), 3, "yes, no, abstain");
    fits_the_screen(&b);
    b.shot_at("delegate-3-poll-open", &format!("form[action='/delegate/polls/{poll}/confirm']"));
    // A tap asks first, naming the vote; the cast is the second tap. Done
    // here by keyboard alone: Tab to "Yes", Enter, and Enter again on the
    // confirmation's button, which has the focus.
    b.tab_to(&format!("form[action='/delegate/polls/{poll}/confirm'] button.yes"));
    b.keys(ENTER);
    let question = b.until("the confirmation", |b| b.text(".confirm .question"));
    assert_eq!(question, "Vote YES for Alpha Network on “Work plan 2027”?");
    assert_eq!(n.chair.get(&format!("/api/v1/polls/{poll}")).1["cast"], 0, "nothing cast by asking");
    fits_the_screen(&b);
    b.shot("delegate-4-confirm");
    b.tab_to(&format!("form[action='/delegate/polls/{poll}/vote'] button"));
    b.keys(ENTER);
    let alpha = n.orgs[0];
    let css = format!("#receipt-p{poll}-{alpha}");
    let receipt = b.until("the receipt", |b| b.text(&css));
    assert_eq!(receipt.len(), 14, "{receipt}");
    assert!(b.body().contains("is recorded") && b.body().contains("Voted: Yes"), "{}", b.body());
    fits_the_screen(&b);
    b.shot("delegate-5-receipt");
    // A reload and the Back button cast nothing and lose nothing.
    b.eval("window.location.reload(); return null");
    b.until("the receipt after a reload", |b| (b.text(&css).as_deref() == Some(receipt.as_str())).then_some(()));
    // Back leads to the confirmation, a posted page the browser does not
    // post again by itself (the choice is in no address to replay).
    b.eval("history.back(); return null");
    b.until("the page before", |b| (!b.path().starts_with("/delegate?")).then_some(()));
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(n.chair.get(&format!("/api/v1/polls/{poll}")).1["cast"], 1, "Back cast nothing");
    b.goto("/delegate");
    assert_eq!(b.text(&css).as_deref(), Some(receipt.as_str()), "the receipt is still there");
    assert_eq!(b.all(&format!("form[action='/delegate/polls/{poll}/confirm']")), 0, "nothing to cast again");
    b.shot("delegate-6-back");

    // The vote counted: after the close, the receipt is in the sealed result.
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    b.goto("/delegate");
    b.click("#receipts form[action='/receipts'] button");
    b.until("the receipt check", |b| b.body().contains("in the sealed result").then_some(()));
    fits_the_screen(&b);
    b.shot("delegate-7-receipt-checked");
}

fn the_chair_watches_the_count_live(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    let a = n.assembly;
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Budget 2027"}), 201);
    let motion = motion["id"].as_i64().expect("id");
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Desktop) else { return };
    b.log_in("chair@example.org");
    b.goto("/chair");
    b.click(&format!("form[action='/chair/motions/{motion}/open'] button"));
    let cast = "p.cast[data-bind^='poll.']";
    let count = b.until("the open poll's count", |b| b.text(cast));
    assert_eq!(count, "0 of 2 have voted");
    b.shot_at("chair-1-poll-open", cast);
    // A mark on the page: if it survives, the count moved without a reload.
    b.eval("window.plenumMark = 1; return null");
    let poll = n.chair.get(&format!("/api/v1/motions/{motion}")).1["last_poll"].as_i64();
    let poll = poll.or_else(|| {
        let bind = b.eval(&format!("return document.querySelector(\"{cast}\").dataset.bind"));
        bind.as_str()?.split('.').nth(1)?.parse().ok()
    });
    let poll = poll.expect("the poll's id");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    b.until("the live count", |b| (b.text(cast).as_deref() == Some("1 of 2 have voted")).then_some(()));
    // A roll call: who has not voted yet, named, moving with the count.
    let waiting = b.until("who is yet to vote", |b| b.text("p.waiting").filter(|w| w == "Not voted yet: Beta Forum."));
    assert_eq!(waiting, "Not voted yet: Beta Forum.");
    assert_eq!(b.eval("return window.plenumMark"), json!(1), "the count moved without a reload");
    assert!(!b.body().contains("Yes:"), "no per-choice count while the poll is open");
    b.shot_at("chair-2-live-count", cast);
    // Closing, by keyboard alone: the button opens a confirmation naming
    // what will happen, and only its own button closes.
    b.tab_to(&format!("details:has(form[action='/chair/polls/{poll}/close']) > summary"));
    b.keys(ENTER);
    let warning = b.until("the confirmation", |b| b.text("details.confirm-action[open] .confirm-body p"));
    assert!(warning.contains("no ballot is accepted after it"), "{warning}");
    assert_eq!(n.chair.get(&format!("/api/v1/polls/{poll}")).1["state"], "open", "the first press closes nothing");
    b.shot_at("chair-3-confirm-close", "details.confirm-action[open]");
    b.tab_to(&format!("form[action='/chair/polls/{poll}/close'] button"));
    b.keys(ENTER);
    b.until("the result", |b| b.text("#explanation"));
    let explanation = b.text("#explanation").expect("explanation");
    assert!(explanation.starts_with("Carried: 1 of 1 votes cast"), "{explanation}");
    fits_the_screen(&b);
    b.shot("chair-4-result");
    // And the way back.
    b.click("a[href='/chair']");
    b.until("the chair's page", |b| (b.path() == "/chair").then_some(()));
}

fn an_auditor_downloads_the_minutes(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    let a = n.assembly;
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Desktop) else { return };
    b.log_in("auditor@example.org");
    b.goto(&format!("/audit/assemblies/{a}"));
    b.shot("auditor-1-record");
    b.click(&format!("a[href='/exports/assemblies/{a}/minutes.pdf?lang=en']"));
    let pdf = b.downloaded(".pdf");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let text = lopdf::Document::load_mem(&pdf).and_then(|d| d.extract_text(&[1])).expect("the PDF's first page");
    assert!(text.contains("Annual General Assembly"), "{text}");
    b.click(&format!("a[href='/exports/assemblies/{a}/minutes.md?lang=en']"));
    let md = String::from_utf8(b.downloaded(".md")).expect("UTF-8");
    assert!(md.starts_with("# Minutes: Annual General Assembly"), "{md}");
}

fn an_affiliate_sees_no_vote_button(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    let a = n.assembly;
    n.check_in(0, AttendanceMode::Remote);
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Statutes"}), 201);
    let motion = motion["id"].as_i64().expect("id");
    n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201);
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Phone) else { return };
    b.log_in("d3@example.org");
    b.goto("/delegate");
    b.click("form[action='/delegate/check-in'] button");
    b.until("the affiliate's check-in", |b| b.body().contains("checked in (remote)").then_some(()));
    let body = b.body();
    assert!(body.contains("you attend and may speak, but do not vote"), "{body}");
    assert!(body.contains("Statutes"), "the affiliate follows the motion: {body}");
    assert_eq!(b.all("form[action$='/vote']") + b.all("button.vote"), 0, "no vote button for an affiliate");
    assert!(body.contains("Your organisation is an affiliate member: it follows the vote"), "why not: {body}");
    b.eval("window.scrollTo(0, document.body.scrollHeight); return null");
    b.shot("affiliate-1-no-vote");
    // The accessibility check every screenshot makes does find a fault:
    // an image without a text alternative, added here.
    b.eval("document.querySelector('main').appendChild(document.createElement('img')); return null");
    let found = b.axe();
    assert!(axe_source().is_none() || found.iter().any(|v| v.starts_with("image-alt")), "{found:?}");
}

/// The projector (`/hall`) follows every kind of vote without a reload:
/// each count moves as the API's does, for a roll call, a secret poll, a
/// tellers poll (the room, then online) and an election round, whose result
/// then shows with names.
fn the_projector_follows_every_kind_of_vote(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::InPerson);
    // The projector needs no login: the chair gives it a display link.
    let display = common::PageSession::login(&n.app.base, "chair@example.org").display_link(n.assembly);
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Projector) else { return };
    b.goto(&display);
    assert!(!b.body().contains("Log out") && !b.body().contains("chair"), "{}", b.body());
    // Waits for the count bound to `bind` to read `want`, on the page as it
    // is; with `mark`, the page must not have been reloaded meanwhile.
    let count = |bind: &str, want: &str, mark: bool| {
        let css = format!("[data-bind='{bind}']");
        b.until(&format!("{bind} to read {want}"), |b| (b.text(&css).as_deref() == Some(want)).then_some(()));
        if mark {
            assert_eq!(b.eval("return window.plenumMark || 0"), json!(1), "{bind}: the page was reloaded");
        } else {
            b.eval("window.plenumMark = 1; return null");
        }
    };
    for (ballot, title) in [("roll_call", "Accounts"), ("secret", "Budget")] {
        let poll = n.open_poll(ballot, title);
        let bind = format!("poll.{poll}.cast");
        count(&bind, "0 of 2 have voted", false);
        n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
        count(&bind, "1 of 2 have voted", true);
        b.shot_at(&format!("hall-{ballot}-count"), &format!("[data-bind='{bind}']"));
        n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
        b.until("the result", |b| (b.all(&format!("[data-bind='{bind}']")) == 0).then_some(()));
    }
    let tellers = n.open_poll("tellers", "Work plan");
    let bind = format!("poll.{tellers}.cast");
    count(&bind, "0 of 2 have voted", false);
    n.desk.ok(
        &format!("/api/v1/polls/{tellers}/tellers"),
        json!({"yes": 1, "no": 0, "abstain": 0, "organisation_ids": [n.orgs[1]]}),
        201,
    );
    count(&bind, "1 of 2 have voted", true);
    n.delegates[0].ok(&format!("/api/v1/polls/{tellers}/ballots"), json!({"choice": "no"}), 201);
    count(&bind, "2 of 2 have voted", true);
    n.chair.ok(&format!("/api/v1/polls/{tellers}/close"), json!({}), 200);

    let (_, round, ana) = n.open_board_round();
    let bind = format!("round.{round}.cast");
    count(&bind, "0 of 2 have voted", false);
    n.delegates[0].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": [ana]}), 201);
    count(&bind, "1 of 2 have voted", true);
    b.shot_at("hall-round-count", &format!("[data-bind='{bind}']"));
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let result = b.until("the round's result", |b| b.text("#hall-round-result"));
    assert!(result.contains("Ana Kovač") && result.contains("elected"), "{result}");
    fits_the_screen(&b);
    b.shot_at("hall-round-result", "#hall-round-result");
    // Everything the room needs fits the projector's screen: nothing below it.
    let heights = b.eval("return [document.documentElement.scrollHeight, window.innerHeight]");
    assert!(heights[0].as_i64() <= heights[1].as_i64(), "the hall runs below the screen: {heights}");

    // A Board of five from twelve candidates, long names among them, still
    // fits the screen (the "use it" review of 2026-12-01 feared it would not).
    let names = [
        "Ana Kovač",
        "Jonas Berg",
        "Marta Nowak-Wiśniewska",
        "Luca Bianchi",
        "Sofia Papadopoulou",
        "Jean-Pierre Dubois-Lefèvre",
        "Eleni Georgiou",
        "Mikkel Sørensen",
        "Ioana Popescu",
        "Pieter van der Meulen",
        "Zsófia Horváth",
        "Tomás Ó Briain",
    ];
    let candidates: Vec<serde_json::Value> = names.iter().map(|name| json!({ "name": name })).collect();
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{}/elections", n.assembly),
        json!({"title": "Board members", "seats": 5, "candidates": candidates}),
        201,
    );
    let ids: Vec<i64> =
        e["candidates"].as_array().expect("candidates").iter().filter_map(|c| c["id"].as_i64()).collect();
    let election = e["id"].as_i64().expect("election");
    let round = n.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201)["rounds"][0]["id"]
        .as_i64()
        .expect("round");
    n.delegates[0].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": ids[..5]}), 201);
    n.delegates[1].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": ids[3..8]}), 201);
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let result =
        b.until("the Board's result", |b| b.text("#hall-round-result").filter(|t| t.contains("Tomás Ó Briain")));
    assert!(result.contains("Jean-Pierre Dubois-Lefèvre"), "{result}");
    // The room reads what follows as the chair does: the seats left for
    // another round and who is elected so far (the "use it" review of
    // 2026-12-01 found the projector and the phones silent on both).
    let (_, e) = n.chair.get(&format!("/api/v1/elections/{election}"));
    let count = &e["rounds"][0]["result"];
    let next = if count["runoff"].as_array().is_some_and(|r| !r.is_empty()) {
        "Tie for the last seat: a run-off is needed.".to_string()
    } else {
        format!("Seats still to fill: {}", count["seats_left"])
    };
    assert!(result.contains(&next), "{next}: {result}");
    assert!(result.contains("Elected: Luca Bianchi, Sofia Papadopoulou"), "{result}");
    fits_the_screen(&b);
    b.shot("hall-board-result");
    let heights = b.eval("return [document.documentElement.scrollHeight, window.innerHeight]");
    assert!(heights[0].as_i64() <= heights[1].as_i64(), "a Board of twelve runs below the screen: {heights}");
    // The screen shows what was decided last: the round's result, not
    // also the poll's before it; a poll decided next takes its place.
    assert_eq!(b.all("#hall-result"), 0, "the earlier poll's result beside the round's");
    n.app.clock.advance(chrono::Duration::minutes(5));
    let poll = n.open_poll("roll_call", "Budget 2028");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    let result = b.until("the poll's result", |b| b.text("#hall-result").filter(|t| t.contains("Budget 2028")));
    assert!(!result.is_empty());
    assert_eq!(b.all("#hall-round-result"), 0, "the round's result beside the poll decided after it");
}

/// The delegate's phone follows the session by itself: a vote the chair
/// opens appears, and its count moves, without the delegate reloading.
fn a_delegates_phone_follows_the_session(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Phone) else { return };
    b.log_in("d0@example.org");
    b.goto("/delegate");
    assert!(b.body().contains("No vote is open right now"), "{}", b.body());
    let poll = n.open_poll("roll_call", "Work plan 2027");
    let form = format!("form[action='/delegate/polls/{poll}/confirm'] button.yes");
    b.until("the vote the chair opened", |b| (b.all(&form) == 1).then_some(()));
    b.eval("window.plenumMark = 1; return null");
    n.delegates[1].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "no"}), 201);
    let css = format!("[data-bind='poll.{poll}.cast']");
    b.until("the count", |b| (b.text(&css).as_deref() == Some("1 of 2 have voted")).then_some(()));
    assert_eq!(b.eval("return window.plenumMark || 0"), json!(1), "the count moved without a reload");
    fits_the_screen(&b);
    b.shot("delegate-follows-1-vote-opened");
    // An election round opened while the delegate ticks a candidate: the
    // page says the session moved on instead of reloading under the tick.
    let (_, round, _) = n.open_board_round();
    let tick = format!("form[action='/delegate/rounds/{round}/confirm'] input[type=checkbox]");
    b.until("the round", |b| (b.all(&tick) == 2).then_some(()));
    b.click(&tick);
    // One seat: once a name is ticked the other box cannot be.
    let disabled = format!("form[action='/delegate/rounds/{round}/confirm'] input[type=checkbox]:disabled");
    assert_eq!(b.all(&disabled), 1, "a second tick past the seats");
    b.eval("window.plenumMark = 2; return null");
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    b.until("the notice", |b| b.eval("return !document.querySelector('[data-stale]').hidden").as_bool().filter(|v| *v));
    assert_eq!(b.eval("return window.plenumMark || 0"), json!(2), "reloaded under the delegate's tick");
    // In view where the delegate is, at the ballot.
    let top = b.eval("return document.querySelector('[data-stale]').getBoundingClientRect().top");
    assert!(top.as_f64().is_some_and(|t| (0.0..50.0).contains(&t)), "the notice is off screen: {top}");
    b.shot("delegate-follows-2-moved-on");
}

/// Every page each role uses, in the states an assembly brings (a tellers
/// vote and an election round open, a request to speak, a closed vote, a
/// refusal), on a phone and a laptop: each fits the screen and passes
/// axe-core (every screenshot is checked).
fn every_role_walks_its_pages(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    let a = n.assembly;
    n.app.account("auditor@example.org", plenum::domain::role::Role::Auditor, None);
    n.check_in(0, AttendanceMode::InPerson);
    n.check_in(1, AttendanceMode::Remote);
    let closed = n.open_poll("roll_call", "Accounts 2026");
    n.delegates[0].ok(&format!("/api/v1/polls/{closed}/ballots"), json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{closed}/close"), json!({}), 200);
    let tellers = n.open_poll("tellers", "Venue 2027");
    n.open_board_round();
    n.delegates[1].ok(&format!("/api/v1/assemblies/{a}/speakers"), json!({}), 201);
    // An admitted motion not yet put to the vote (its ballot choice), and
    // the agenda with an item taken up.
    n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Budget 2028"}), 201);
    let agenda = json!({"title": "Opening", "kind": "decision", "reason": "Agreed"});
    let items = n.chair.ok(&format!("/api/v1/assemblies/{a}/agenda"), agenda, 201);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/agenda/current"), json!({"item_id": items[0]["id"]}), 200);
    let pages: &[(&str, &[&str])] = &[
        (
            "chair@example.org",
            &[
                "/chair",
                "/hall",
                "/desk",
                "/admin",
                "/audit",
                &format!("/audit/assemblies/{a}"),
                &format!("/chair/assemblies/{a}/minutes"),
                &format!("/chair/assemblies/{a}/notices"),
                &format!("/polls/{closed}"),
                &format!("/polls/{tellers}"),
                "/polls/999999",
            ],
        ),
        ("desk@example.org", &["/desk", "/hall"]),
        ("auditor@example.org", &["/audit", &format!("/audit/assemblies/{a}")]),
        ("d1@example.org", &["/delegate", "/receipts"]),
        // Absent: the proxy form, whose list of holders once ran off a phone.
        ("d2@example.org", &["/delegate"]),
        ("d3@example.org", &["/delegate"]),
    ];
    // Every fault of every page at once, rather than the first.
    let mut faults = Vec::new();
    for (screen, size) in [(Screen::Phone, "phone"), (Screen::Desktop, "laptop")] {
        let Some(b) = Browser::open(&n.app.base, backend, screen) else { return };
        b.goto("/login");
        b.shot(&format!("walk-{size}-login"));
        for (who, paths) in pages {
            b.log_in(who);
            for path in *paths {
                b.goto(path);
                let widths = b.eval(WIDTHS);
                if widths[0].as_i64() > widths[1].as_i64() {
                    faults.push(format!("{size} {who} {path}: wider than the screen {widths}"));
                }
                let name = path.trim_start_matches('/').replace(['/', '?', '=', '&'], "-");
                let role = who.split('@').next().unwrap_or_default();
                b.picture(&format!("walk-{size}-{role}-{name}"));
                faults.extend(b.axe().into_iter().map(|v| format!("{size} {who} {path}: {v}")));
            }
            b.goto("/");
            b.eval("document.querySelector('form[action=\"/logout\"]').submit(); return null");
            b.until("the logout", |b| (b.path() == "/login").then_some(()));
        }
    }
    assert!(faults.is_empty(), "{} faults:\n{}", faults.len(), faults.join("\n"));
}

/// The secretariat sends the convocation from its notices page on a phone
/// and on a laptop: the button asks first, the message states follow, a
/// refused message shows the mail server's reason and is sent again.
fn the_secretariat_sends_the_convocation(db: TestDb) {
    let backend = db.backend;
    let Some(sink) = common::smtp::Sink::start() else { return };
    sink.rules(&["d2@example.org"], &[], 0.0);
    let n = common::network_on(common::TestApp::start_with(db, |s| sink.configure(s)));
    let body = json!({"title": "Extraordinary Assembly", "starts_at": "2026-06-20T09:30:00Z", "format": "hybrid",
                      "remote_link": "https://meet.network.example/ega"});
    let a = n.chair.ok("/api/v1/assemblies", body, 201)["id"].as_i64().expect("id");
    for (screen, size) in [(Screen::Phone, "phone"), (Screen::Desktop, "laptop")] {
        let Some(b) = Browser::open(&n.app.base, backend, screen) else { return };
        b.log_in("chair@example.org");
        b.goto(&format!("/chair/assemblies/{a}/notices"));
        // A draft is convened first: the page says so and offers no button.
        if size == "phone" {
            assert!(b.body().contains("Convene the assembly"), "{}", b.body());
            assert_eq!(b.all("#convocation details.confirm-action"), 0);
            n.chair.transition(a, "convened");
            b.goto(&format!("/chair/assemblies/{a}/notices"));
        }
        fits_the_screen(&b);
        assert!(b.axe().is_empty(), "{:?}", b.axe());
        b.shot(&format!("notices-{size}-1-page"));
        b.click("#convocation details.confirm-action > summary");
        let warning = b.until("the confirmation", |b| b.text("details.confirm-action[open] .confirm-body p"));
        assert!(warning.contains("Every delegate of every member organisation"), "{warning}");
        b.shot_at(&format!("notices-{size}-2-confirm"), "details.confirm-action[open]");
        b.click(&format!("form[action='/chair/assemblies/{a}/convocation'] button"));
        b.until("the notice", |b| b.text("p.notice.success"));
        // The sender delivers while the secretariat watches; a reload shows
        // where each message stands.
        let want =
            if size == "phone" { "Queued: 0 · sent: 3 · failed: 1" } else { "Queued: 0 · sent: 6 · failed: 2" };
        b.until("the messages sent", |b| {
            b.goto(&format!("/chair/assemblies/{a}/notices"));
            b.text("#outbox-counts").filter(|c| c == want)
        });
        let refused = b.text("tr[data-state='failed'] code").expect("the server's answer");
        assert!(refused.contains("550"), "{refused}");
        fits_the_screen(&b);
        assert!(b.axe().is_empty(), "{:?}", b.axe());
        b.shot(&format!("notices-{size}-3-sent"));
    }
    // The server takes it now: sent again from the page, once.
    sink.rules(&[], &[], 0.0);
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Desktop) else { return };
    b.log_in("chair@example.org");
    b.goto(&format!("/chair/assemblies/{a}/notices"));
    b.click("tr[data-state='failed'] form button");
    b.until("the notice", |b| b.text("p.notice.success"));
    b.until("sent again", |b| {
        b.goto(&format!("/chair/assemblies/{a}/notices"));
        b.text("#outbox-counts").filter(|c| c == "Queued: 0 · sent: 7 · failed: 1")
    });
    assert_eq!(sink.messages().len(), 7);
}

/// The desk counts the room on a phone: as it ticks and types, the page
/// keeps the two numbers side by side.
fn the_desk_counts_the_room_on_a_phone(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    n.check_in(0, AttendanceMode::InPerson);
    n.check_in(1, AttendanceMode::InPerson);
    let poll = n.open_poll("tellers", "Venue 2027");
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Phone) else { return };
    b.log_in("desk@example.org");
    b.goto("/desk");
    let tally = format!("#tellers-{poll} p.tally");
    let said = b.until("the tally", |b| b.text(&tally));
    assert_eq!(said, "Organisations ticked: 0. Votes counted: 0.");
    b.click(&format!("#tellers-{poll} input[name=organisation]"));
    let yes = format!("#tellers-{poll} input[name=yes]");
    b.eval(&format!("document.querySelector('{yes}').value = ''; return null"));
    b.fill(&yes, "2");
    let said = b.until("the tally to move", |b| b.text(&tally).filter(|t| t.contains("counted: 2")));
    assert_eq!(said, "Organisations ticked: 1. Votes counted: 2.");
    assert_eq!(
        b.eval(&format!("return document.querySelector('{tally}').classList.contains('mismatch')")),
        json!(true)
    );
    fits_the_screen(&b);
    b.shot("desk-tellers-tally");
    // Every organisation's button is within the phone's screen, not past
    // its edge in a table that scrolls sideways (the "use it" review of
    // 2026-12-01 found "Leaves" clipped).
    let widest = b.eval(
        "return Math.max(...[...document.querySelectorAll('table.desk-list summary, table.desk-list button')]\
         .map(e => e.getBoundingClientRect().right)) - window.innerWidth",
    );
    assert!(widest.as_f64().is_some_and(|over| over <= 0.0), "a desk button past the screen's edge by {widest}px");
    b.shot("desk-list-phone");
}

/// Elements whose text is cut off: wider inside than their box and not
/// scrolling (hidden overflow or an ellipsis), as a longer translation
/// would be.
const CLIPPED: &str = "return [...document.querySelectorAll('body *')].filter(e => { \
    const s = getComputedStyle(e); \
    return e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 \
      && (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis'); \
  }).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 60))";

/// The elements that reach past the right edge of the screen, innermost
/// first, to say what makes a page too wide.
const PAST_THE_EDGE: &str = "const w = navigator.maxTouchPoints > 0 ? window.screen.width : window.innerWidth; \
  return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 \
    && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1)) \
  .concat([...document.querySelectorAll('body *')].filter(e => e.scrollWidth > e.clientWidth + 1 \
    && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)) \
  .map(e => e.tagName + '.' + e.className + ' (' + Math.round(e.getBoundingClientRect().right) + 'px, ' \
    + e.scrollWidth + '/' + e.clientWidth + '): ' + e.textContent.trim().slice(0, 50))";

fn nothing_is_cut_off(b: &Browser, what: &str) {
    let widths = b.eval(WIDTHS);
    assert!(
        widths[0].as_i64() <= widths[1].as_i64(),
        "{what} is wider than the screen: {widths}: {}",
        b.eval(PAST_THE_EDGE)
    );
    assert_eq!(b.eval(CLIPPED), json!([]), "text cut off on {what}");
}

/// The language a page says it is in.
fn page_language(b: &Browser) -> String {
    b.eval("return document.documentElement.lang").as_str().unwrap_or_default().to_string()
}

/// A delegate on a phone chooses French at the foot of the page (a form:
/// no script needed) and votes; every label of the flow is the French
/// catalogue's, and the choice stays with the account.
fn a_delegate_votes_in_french(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    let a = n.assembly;
    let fr = Lang::Fr;
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Phone) else { return };
    b.log_in("d0@example.org");
    b.goto("/delegate");
    assert_eq!(page_language(&b), "en", "the browser asks for English");
    assert_eq!(b.text("footer.languages button[value=fr]").as_deref(), Some("Français"));
    b.click("footer.languages button[value=fr]");
    b.until("the page in French", |b| (page_language(b) == "fr").then_some(()));
    assert_eq!(b.path(), "/delegate", "back on the page it was on");
    assert!(b.body().contains(&Msg::NotCheckedInYet.text(fr)), "{}", b.body());
    assert_eq!(b.text("footer.languages [aria-current]").as_deref(), Some("Français"));
    fits_the_screen(&b);
    b.shot("fr-delegate-1-logged-in");
    let check_in = "form[action='/delegate/check-in'] button";
    assert_eq!(b.text(check_in), Some(Msg::CheckInRemote.text(fr)));
    b.click(check_in);
    let checked = Msg::CheckedIn { mode: Msg::ModeRemote.text(fr) }.text(fr);
    b.until("the check-in", |b| b.body().contains(&checked).then_some(()));

    // The motion is English; its French translation is marked as one.
    let body = json!({"title": "Work plan 2027", "text": "The assembly adopts the **work plan 2027**."});
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), body, 201);
    let motion = motion["id"].as_i64().expect("id");
    let french = json!({"language": "fr", "title": "Plan de travail 2027",
        "text": "L’assemblée adopte le **programme de travail 2027**."});
    n.chair.ok(&format!("/api/v1/motions/{motion}/translations"), french, 200);
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    b.goto("/delegate");
    let card = format!("#poll-{poll}");
    assert_eq!(b.text(&format!("{card} h3")).as_deref(), Some("Plan de travail 2027"));
    let mark = b.text(&format!("{card} .translation")).unwrap_or_default();
    assert!(mark.starts_with("Traduction (français)"), "marked as a translation: {mark}");
    assert!(!b.body().contains("adopts the"), "the English text waits behind its summary");
    b.click(&format!("{card} details.authoritative summary"));
    b.until("the authoritative text", |b| b.body().contains("adopts the").then_some(()));
    b.shot_at("fr-delegate-2a-translated-motion", &card);
    b.click(&format!("{card} details.authoritative summary"));
    let confirm = format!("form[action='/delegate/polls/{poll}/confirm']");
    for (class, choice) in [("yes", Msg::Yes), ("no", Msg::No), ("abstain", Msg::Abstain)] {
        assert_eq!(b.text(&format!("{confirm} button.{class}")), Some(choice.text(fr)), "{class}");
    }
    nothing_is_cut_off(&b, "the French ballot");
    b.shot_at("fr-delegate-2-poll-open", &confirm);
    b.click(&format!("{confirm} button.yes"));
    let question = b.until("the confirmation", |b| b.text(".confirm .question"));
    let yes = Msg::Yes.text(fr);
    let asked = Msg::ConfirmVote {
        choice: yes.to_uppercase(),
        org: "Alpha Network".into(),
        motion: "Plan de travail 2027".into(),
    };
    assert_eq!(question, asked.text(fr));
    b.shot("fr-delegate-3-confirm");
    b.click(&format!("form[action='/delegate/polls/{poll}/vote'] button"));
    let receipt = b.until("the receipt", |b| b.text(&format!("#receipt-p{poll}-{}", n.orgs[0])));
    assert_eq!(receipt.len(), 14, "{receipt}");
    assert!(b.body().contains(&Msg::YourChoice { choice: yes }.text(fr)), "{}", b.body());
    nothing_is_cut_off(&b, "the French receipt");
    b.shot("fr-delegate-4-receipt");
    // The choice is the account's: a new login, whatever the browser asks
    // for, is in French.
    let other = common::PageSession::login(&n.app.base, "d0@example.org");
    let (_, page) = other.text("/delegate");
    assert!(page.contains("<html lang=\"fr\""), "the account keeps French");
}

/// The chair's laptop asks for German (its browser's language): the
/// chair opens a vote, watches the count move on the live page in German,
/// and closes it through the German confirmation.
fn the_chair_closes_a_vote_in_german(db: TestDb) {
    let backend = db.backend;
    let n = network(db);
    let a = n.assembly;
    let de = Lang::De;
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Haushalt 2027"}), 201);
    let motion = motion["id"].as_i64().expect("id");
    let Some(b) = Browser::open_in(&n.app.base, backend, Screen::Desktop, Some("de")) else { return };
    b.goto("/login");
    assert_eq!(page_language(&b), "de", "the browser asks for German");
    assert_eq!(b.text("form[action='/login'] button[type=submit]"), Some(Msg::LogIn.text(de)));
    b.shot("de-chair-1-login");
    b.log_in("chair@example.org");
    b.goto("/chair");
    assert_eq!(page_language(&b), "de");
    // The secretariat adds a French translation from the motion's card.
    let fold = format!("#translations-{motion}");
    assert_eq!(
        b.text(&format!("{fold} > summary")),
        Some(Msg::TranslationsSummary { language: plenum::i18n::language_named("en"), count: 0i64.into() }.text(de))
    );
    b.click(&format!("{fold} > summary"));
    let form = format!("{fold} form[action='/chair/motions/{motion}/translations']");
    b.eval(&format!("document.querySelector(\"{form} select\").value = 'fr'; return null"));
    b.fill(&format!("{form} input[name=title]"), "Budget 2027");
    b.fill(&format!("{form} textarea[name=text]"), "Le budget 2027 est adopté.");
    b.shot_at("de-chair-1b-translation-form", &form);
    b.click(&format!("{form} button[type=submit]"));
    let saved = b.until("the translation saved", |b| b.text("p.notice.success"));
    assert_eq!(saved, Msg::DoneTranslationSaved.text(de));
    let (_, m) = n.chair.get(&format!("/api/v1/motions/{motion}"));
    assert_eq!(m["translations"][0]["language"], "fr", "{m}");
    b.click(&format!("form[action='/chair/motions/{motion}/open'] button"));
    let cast = "p.cast[data-bind^='poll.']";
    let count = b.until("the open poll's count", |b| b.text(cast));
    assert_eq!(count, Msg::VotesCastSoFar { cast: 0i64.into(), eligible: 2i64.into() }.text(de));
    b.eval("window.plenumMark = 1; return null");
    let bind = b.eval(&format!("return document.querySelector(\"{cast}\").dataset.bind"));
    let poll: i64 = bind.as_str().and_then(|s| s.split('.').nth(1)).and_then(|s| s.parse().ok()).expect("the poll");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    // The live stream speaks German too.
    let moved = Msg::VotesCastSoFar { cast: 1i64.into(), eligible: 2i64.into() }.text(de);
    b.until("the live count in German", |b| (b.text(cast).as_deref() == Some(moved.as_str())).then_some(()));
    let waiting = Msg::NotVotedYet { names: "Beta Forum".into() }.text(de);
    b.until("who is yet to vote, in German", |b| b.text("p.waiting").filter(|w| *w == waiting));
    assert_eq!(b.eval("return window.plenumMark"), json!(1), "the count moved without a reload");
    b.shot_at("de-chair-2-live-count", cast);
    b.click(&format!("details:has(form[action='/chair/polls/{poll}/close']) > summary"));
    let warning = b.until("the confirmation", |b| b.text("details.confirm-action[open] .confirm-body p"));
    assert_eq!(warning, Msg::ClosePollWarning.text(de));
    b.shot_at("de-chair-3-confirm-close", "details.confirm-action[open]");
    b.click(&format!("form[action='/chair/polls/{poll}/close'] button"));
    let verdict = b.until("the result", |b| b.text("#explanation"));
    assert_eq!(verdict, Msg::VerdictCarried.text(de));
    let words = b.text("#in-words").expect("the decision in words");
    assert!(
        words.starts_with(&Msg::TallyLine { yes: 1i64.into(), no: 0i64.into(), abstain: 0i64.into() }.text(de)),
        "{words}"
    );
    // The record's own sentence is shown as such, in English.
    assert!(b.text("p.record").is_some_and(|r| r.contains("Carried: 1 of 1 votes cast")));
    fits_the_screen(&b);
    b.shot("de-chair-4-result");
}

/// The pseudo-locale makes every word of the catalogue 40% longer and
/// accented: on a 390 px phone the delegate's pages, the desk and the
/// receipt check still fit, and no text is cut off.
fn longer_words_still_fit_a_phone(db: TestDb) {
    let backend = db.backend;
    let app = common::TestApp::start_with(db, |s| s.pseudo_locale = true);
    let n = common::network_on(app);
    let a = n.assembly;
    n.check_in(1, AttendanceMode::InPerson);
    let Some(b) = Browser::open(&n.app.base, backend, Screen::Phone) else { return };
    b.goto("/login");
    b.click("footer.languages button[value=en-XA]");
    b.until("the pseudo-locale", |b| (page_language(b) == "en-XA").then_some(()));
    nothing_is_cut_off(&b, "the login page");
    b.shot("pseudo-1-login");
    b.log_in("d0@example.org");
    b.goto("/delegate");
    assert_eq!(page_language(&b), "en-XA", "the switcher's choice");
    nothing_is_cut_off(&b, "the delegate's page");
    b.shot("pseudo-2-delegate");
    b.click("form[action='/delegate/check-in'] button");
    b.until("the check-in", |b| (b.all("form[action='/delegate/check-in']") == 0).then_some(()));
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Work plan 2027"}), 201);
    let motion = motion["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("id");
    b.goto("/delegate");
    nothing_is_cut_off(&b, "the ballot");
    b.shot_at("pseudo-3-ballot", &format!("form[action='/delegate/polls/{poll}/confirm']"));
    b.click(&format!("form[action='/delegate/polls/{poll}/confirm'] button.no"));
    b.until("the confirmation", |b| b.text(".confirm .question"));
    nothing_is_cut_off(&b, "the confirmation");
    b.shot("pseudo-4-confirm");
    b.click(&format!("form[action='/delegate/polls/{poll}/vote'] button"));
    b.until("the receipt", |b| b.text(&format!("#receipt-p{poll}-{}", n.orgs[0])));
    nothing_is_cut_off(&b, "the receipt");
    b.shot("pseudo-5-receipt");
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    b.goto("/delegate");
    b.click("#receipts form[action='/receipts'] button");
    b.until("the receipt check", |b| (b.path() == "/receipts").then_some(()));
    nothing_is_cut_off(&b, "the receipt check");
    b.shot("pseudo-6-receipt-checked");
    // The desk on a teller's phone.
    let desk = Browser::open(&n.app.base, backend, Screen::Phone).expect("a second browser");
    desk.goto("/login");
    desk.click("footer.languages button[value=en-XA]");
    desk.until("the pseudo-locale", |b| (page_language(b) == "en-XA").then_some(()));
    desk.log_in("desk@example.org");
    desk.goto("/desk");
    assert_eq!(page_language(&desk), "en-XA");
    nothing_is_cut_off(&desk, "the desk");
    desk.shot("pseudo-7-desk");
}

both!(
    a_delegate_votes_in_french,
    the_chair_closes_a_vote_in_german,
    longer_words_still_fit_a_phone,
    the_desk_counts_the_room_on_a_phone,
    every_role_walks_its_pages,
    a_delegate_votes_on_a_phone,
    the_chair_watches_the_count_live,
    an_auditor_downloads_the_minutes,
    an_affiliate_sees_no_vote_button,
    the_projector_follows_every_kind_of_vote,
    a_delegates_phone_follows_the_session,
    the_secretariat_sends_the_convocation,
);
