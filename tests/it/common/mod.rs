//! The test harness: a fresh database per test (a temporary SQLite file, or a
//! PostgreSQL database with a random name, dropped afterwards), a real plenum
//! server on a free loopback port, and a small JSON client.

#![allow(dead_code)]

use chrono::NaiveDate;
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::Connection;
use plenum::clock::ManualClock;
use plenum::config::Settings;
use plenum::domain::assembly::AttendanceMode;
use plenum::domain::role::Role;
use plenum::service::accounts::NewAccountInput;
use plenum::service::Services;
use plenum::store;
use rand::Rng;
use serde_json::{json, Value};
use sha2::Digest as _;
pub mod contract;
pub mod process;
pub mod proxy;
pub mod smtp;
pub mod stream;

use std::net::TcpListener;
use std::sync::{mpsc, Arc};

/// Where PostgreSQL is for the tests: a URL to a database we may connect to
/// in order to create and drop others.
pub fn postgres_admin_url() -> String {
    std::env::var("PLENUM_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

pub fn in_ci() -> bool {
    std::env::var("CI").map(|v| v == "true" || v == "1").unwrap_or(false)
}

/// A database made for one test and removed after it.
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temporary directory");
        let url = dir.path().join("plenum.sqlite3").display().to_string();
        TestDb { url, backend: "sqlite", pg_name: None, _dir: Some(dir) }
    }

    /// A fresh PostgreSQL database, or `None` (with a note) when no server
    /// answers outside CI. Under `CI=true` a missing server fails the test.
    pub fn postgres() -> Option<TestDb> {
        let admin = postgres_admin_url();
        let mut conn = match PgConnection::establish(&admin) {
            Ok(c) => c,
            Err(e) if in_ci() => panic!("PostgreSQL is required under CI but {admin} is unreachable: {e}"),
            Err(e) => {
                eprintln!("SKIPPED on PostgreSQL: {admin} is unreachable ({e}); set PLENUM_TEST_POSTGRES_URL");
                return None;
            }
        };
        let name = format!("plenum_test_{:016x}", rand::thread_rng().gen::<u64>());
        conn.batch_execute(&format!("CREATE DATABASE {name}")).expect("create test database");
        let mut url = url::Url::parse(&admin).expect("admin URL");
        url.set_path(&format!("/{name}"));
        Some(TestDb { url: url.to_string(), backend: "postgres", pg_name: Some(name), _dir: None })
    }
}

impl TestDb {
    /// Ends every server connection to this PostgreSQL database, as a
    /// restart or a fail-over would; returns how many were ended.
    pub fn terminate_connections(&self) -> i64 {
        use diesel::RunQueryDsl;
        let name = self.pg_name.as_deref().expect("a PostgreSQL database");
        let mut conn = PgConnection::establish(&postgres_admin_url()).expect("admin connection");
        #[derive(diesel::QueryableByName)]
        struct Ended {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            ended: i64,
        }
        let q = format!(
            "SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity \
             WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        );
        diesel::sql_query(q).get_result::<Ended>(&mut conn).expect("terminate").ended
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name {
            if let Ok(mut conn) = PgConnection::establish(&postgres_admin_url()) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// Runs a scenario on SQLite and on PostgreSQL: `both!(name, ...)` makes
/// `sqlite::name` and `postgres::name` tests calling `name(TestDb)`.
#[macro_export]
macro_rules! both {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $name() { super::$name($crate::common::TestDb::sqlite()) } )*
        }
        mod postgres {
            $( #[test] fn $name() { if let Some(db) = $crate::common::TestDb::postgres() { super::$name(db) } } )*
        }
    };
}

/// The instant tests start at.
pub fn t0() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 5, 16).and_then(|d| d.and_hms_opt(9, 0, 0)).expect("date")
}

/// A plenum server on its own database.
pub struct TestApp {
    pub base: String,
    pub services: Services,
    pub clock: Arc<ManualClock>,
    /// The instance's signing secret, for tests that forge as a thief of
    /// the key would.
    pub signing_secret: [u8; 32],
    handle: actix_web::dev::ServerHandle,
    pub db: TestDb,
}

impl TestApp {
    pub fn start(db: TestDb) -> TestApp {
        Self::start_with(db, |_| {})
    }

    pub fn start_with(db: TestDb, tweak: impl FnOnce(&mut Settings)) -> TestApp {
        let mut settings = Settings::defaults().expect("default settings");
        settings.database_url = db.url.clone();
        settings.database_pool_size = 8;
        tweak(&mut settings);
        let pool = store::connect(&settings.database_url, settings.database_pool_size, settings.sqlite_busy_timeout_ms)
            .expect("connect");
        store::migrate(&mut pool.get().expect("connection")).expect("migrate");
        let clock = Arc::new(ManualClock::new(t0()));
        let signing_secret: [u8; 32] = sha2::Sha256::digest(db.url.as_bytes()).into();
        let sealer = plenum::audit::seal::Sealer::from_secret(signing_secret);
        let services = Services::new(pool, clock.clone(), settings, sealer);
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let (tx, rx) = mpsc::channel();
        let svc = services.clone();
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let server = plenum::web::server(svc, listener, Some(2)).expect("server");
                let _ = tx.send(server.handle());
                let _ = server.await;
            })
        });
        let handle = rx.recv().expect("server handle");
        TestApp { base, services, clock, signing_secret, handle, db }
    }

    /// Creates an account as the CLI does (no caller), returning its id.
    pub fn account(&self, email: &str, role: Role, organisation_id: Option<i64>) -> i64 {
        self.services
            .create_account(
                None,
                NewAccountInput {
                    email: email.into(),
                    name: email.split('@').next().unwrap_or(email).into(),
                    password: PASSWORD.into(),
                    role,
                    organisation_id,
                },
            )
            .expect("account")
            .id
    }

    /// A client that is not logged in.
    pub fn anonymous(&self) -> Api {
        Api { base: self.base.clone(), client: client(), token: None }
    }

    /// A client logged in through the API.
    pub fn login(&self, email: &str) -> Api {
        let api = self.anonymous();
        let (status, body) = api.post("/api/v1/session", json!({"email": email, "password": PASSWORD}));
        assert_eq!(status, 201, "login {email}: {body}");
        let token = body["token"].as_str().expect("token").to_string();
        Api { token: Some(token), ..api }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        drop(self.handle.stop(false));
    }
}

/// The password of every test account.
pub const PASSWORD: &str = "a long test password";

pub fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .expect("client")
}

/// One request made through [`Api`] and its answer, as [`recording`] keeps it.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    pub path: String,
    pub status: u16,
    /// Whether the answer said it is JSON.
    pub json: bool,
    pub body: Value,
}

thread_local! {
    static EXCHANGES: std::cell::RefCell<Option<Vec<Exchange>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` and returns, with its result, every exchange it made through
/// [`Api`] on this thread.
pub fn recording<T>(f: impl FnOnce() -> T) -> (T, Vec<Exchange>) {
    EXCHANGES.with(|e| *e.borrow_mut() = Some(Vec::new()));
    let out = f();
    let list = EXCHANGES.with(|e| e.borrow_mut().take()).unwrap_or_default();
    (out, list)
}

/// A JSON client for the API.
pub struct Api {
    pub base: String,
    pub client: reqwest::blocking::Client,
    pub token: Option<String>,
}

impl Api {
    /// A client with a bearer token already issued (by a set-up in bulk).
    pub fn with_token(base: &str, token: &str) -> Api {
        Api { base: base.to_string(), client: client(), token: Some(token.to_string()) }
    }

    fn send(&self, req: reqwest::blocking::RequestBuilder) -> (u16, Value) {
        let req = match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        };
        let req = req.build().expect("request");
        let (method, path) = (req.method().as_str().to_lowercase(), req.url().path().to_string());
        let res = self.client.execute(req).expect("request");
        let status = res.status().as_u16();
        let json = res.headers().get("content-type").is_some_and(|c| c.as_bytes().starts_with(b"application/json"));
        let text = res.text().expect("body");
        let body =
            if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::String(text)) };
        if let Err(e) = contract::check(&method, &path, status, json, &body) {
            panic!("{e}");
        }
        EXCHANGES.with(|e| {
            if let Some(list) = e.borrow_mut().as_mut() {
                list.push(Exchange { method, path, status, json, body: body.clone() });
            }
        });
        (status, body)
    }

    pub fn get(&self, path: &str) -> (u16, Value) {
        self.send(self.client.get(format!("{}{path}", self.base)))
    }

    pub fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.client.post(format!("{}{path}", self.base)).json(&body))
    }

    pub fn post_csv(&self, path: &str, body: &str) -> (u16, Value) {
        self.send(
            self.client.post(format!("{}{path}", self.base)).header("content-type", "text/csv").body(body.to_string()),
        )
    }

    pub fn put(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.client.put(format!("{}{path}", self.base)).json(&body))
    }

    /// GETs a binary body (PDF), insisting on 200.
    pub fn get_bytes(&self, path: &str) -> Vec<u8> {
        let req = self.client.get(format!("{}{path}", self.base));
        let req = match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        };
        let res = req.send().expect("request");
        assert_eq!(res.status().as_u16(), 200, "GET {path}");
        res.bytes().expect("body").to_vec()
    }

    pub fn patch(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.client.patch(format!("{}{path}", self.base)).json(&body))
    }

    /// GETs text (CSV, HTML).
    pub fn get_text(&self, path: &str) -> (u16, String) {
        let req = self.client.get(format!("{}{path}", self.base));
        let req = match &self.token {
            Some(t) => req.bearer_auth(t),
            None => req,
        };
        let res = req.send().expect("request");
        (res.status().as_u16(), res.text().expect("body"))
    }

    pub fn delete(&self, path: &str) -> (u16, Value) {
        self.send(self.client.delete(format!("{}{path}", self.base)))
    }

    /// POSTs and insists on a status; returns the body.
    pub fn ok(&self, path: &str, body: Value, want: u16) -> Value {
        let (status, out) = self.post(path, body);
        assert_eq!(status, want, "POST {path}: {out}");
        out
    }
}

/// The API's addresses, written once.
pub mod routes {
    pub fn attendance(assembly: i64) -> String {
        format!("/api/v1/assemblies/{assembly}/attendance")
    }

    pub fn motions(assembly: i64) -> String {
        format!("/api/v1/assemblies/{assembly}/motions")
    }

    pub fn transition(assembly: i64) -> String {
        format!("/api/v1/assemblies/{assembly}/transition")
    }

    pub fn polls(motion: i64) -> String {
        format!("/api/v1/motions/{motion}/polls")
    }

    pub fn ballots(poll: i64) -> String {
        format!("/api/v1/polls/{poll}/ballots")
    }

    pub fn close(poll: i64) -> String {
        format!("/api/v1/polls/{poll}/close")
    }
}

/// What the tests do most, typed: each insists on the success status and
/// returns the answer; the `try_` forms return the status for a test that
/// expects a refusal.
impl Api {
    /// Records an organisation's arrival (a delegate remote; the desk in
    /// person), insisting on 201.
    pub fn check_in(&self, assembly: i64, organisation: i64, mode: AttendanceMode) -> Value {
        let (status, body) = self.try_check_in(assembly, organisation, mode);
        assert_eq!(status, 201, "check-in of {organisation} ({}): {body}", mode.as_str());
        body
    }

    pub fn try_check_in(&self, assembly: i64, organisation: i64, mode: AttendanceMode) -> (u16, Value) {
        self.post(&routes::attendance(assembly), json!({"organisation_id": organisation, "mode": mode.as_str()}))
    }

    /// Moves an assembly to `to` (`convened`, `in_session`, ...), insisting on 200.
    pub fn transition(&self, assembly: i64, to: &str) -> Value {
        self.ok(&routes::transition(assembly), json!({"to": to}), 200)
    }

    /// Submits a motion titled `title` (admitted at once when the chair
    /// submits it): its id.
    pub fn submit_motion(&self, assembly: i64, title: &str) -> i64 {
        self.ok(&routes::motions(assembly), json!({"title": title}), 201)["id"].as_i64().expect("motion")
    }

    /// Opens a poll of `ballot` (`roll_call`, `secret`, `tellers`) on a motion: its id.
    pub fn open_poll(&self, motion: i64, ballot: &str) -> i64 {
        self.ok(&routes::polls(motion), json!({"ballot": ballot}), 201)["id"].as_i64().expect("poll")
    }

    /// Casts the caller's organisation's ballot, insisting on 201: the receipt.
    pub fn vote(&self, poll: i64, choice: &str) -> Value {
        self.ok(&routes::ballots(poll), json!({"choice": choice}), 201)
    }

    /// Casts a ballot as given (another organisation's, a change).
    pub fn try_vote(&self, poll: i64, ballot: Value) -> (u16, Value) {
        self.post(&routes::ballots(poll), ballot)
    }

    /// Closes a poll, insisting on 200: the closed poll.
    pub fn close_poll(&self, poll: i64) -> Value {
        self.ok(&routes::close(poll), json!({}), 200)
    }
}

/// A small network: three full members (A, B, C), one affiliate (D), a
/// delegate each, a chair and a desk, an assembly in session.
pub struct Network {
    pub app: TestApp,
    pub chair: Api,
    pub desk: Api,
    pub orgs: [i64; 4],
    pub delegates: [Api; 4],
    pub assembly: i64,
}

impl Network {
    /// A new motion titled `title`, admitted by the chair, and a poll of
    /// `ballot` opened on it: the poll's id.
    pub fn open_poll(&self, ballot: &str, title: &str) -> i64 {
        let m = self.chair.submit_motion(self.assembly, title);
        self.chair.open_poll(m, ballot)
    }

    /// An election for one seat between Ana Kovač and Jonas Berg, its first
    /// round opened: (election, round, Ana's candidate id).
    pub fn open_board_round(&self) -> (i64, i64, i64) {
        let e = self.chair.ok(
            &format!("/api/v1/assemblies/{}/elections", self.assembly),
            json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
            201,
        );
        let (election, ana) = (e["id"].as_i64().expect("election"), e["candidates"][0]["id"].as_i64().expect("ana"));
        let round = self.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201)["rounds"][0]["id"]
            .as_i64()
            .expect("round");
        (election, round, ana)
    }

    /// Organisation `i` checks itself in through its delegate (remote), or
    /// is checked in by the desk (in person: only the desk records the room).
    pub fn check_in(&self, i: usize, mode: AttendanceMode) {
        let by = if mode == AttendanceMode::InPerson { &self.desk } else { &self.delegates[i] };
        by.check_in(self.assembly, self.orgs[i], mode);
    }
}

pub fn network(db: TestDb) -> Network {
    network_on(TestApp::start(db))
}

/// [`network`] on a server started with settings of the test's own.
pub fn network_on(app: TestApp) -> Network {
    network_with(app, json!({}))
}

/// [`network`] on a server of the test's own, its assembly made with
/// these fields besides its title, start and format (`languages`, say).
pub fn network_with(app: TestApp, assembly: Value) -> Network {
    app.account("chair@example.org", Role::Secretariat, None);
    let chair = app.login("chair@example.org");
    let mut orgs = [0i64; 4];
    for (i, (name, country, kind)) in [
        ("Alpha Network", "BE", "full"),
        ("Beta Forum", "FR", "full"),
        ("Gamma Alliance", "DE", "full"),
        ("Delta Observers", "NO", "affiliate"),
    ]
    .into_iter()
    .enumerate()
    {
        let org = chair.ok("/api/v1/organisations", json!({"name": name, "country": country, "kind": kind}), 201);
        assert_eq!(org["kind"], kind);
        orgs[i] = org["id"].as_i64().expect("id");
        chair.ok(
            "/api/v1/accounts",
            json!({"email": format!("d{i}@example.org"), "name": format!("Delegate {i}"),
                   "password": PASSWORD, "role": "delegate", "organisation_id": orgs[i]}),
            201,
        );
    }
    chair.ok(
        "/api/v1/accounts",
        json!({"email": "desk@example.org", "name": "Desk", "password": PASSWORD, "role": "teller"}),
        201,
    );
    let desk = app.login("desk@example.org");
    let delegates = [0, 1, 2, 3].map(|i| app.login(&format!("d{i}@example.org")));
    let mut body = json!({"title": "Annual General Assembly", "starts_at": "2026-05-16T09:00:00Z", "format": "hybrid"});
    if let (Some(body), Some(extra)) = (body.as_object_mut(), assembly.as_object()) {
        body.extend(extra.clone());
    }
    let assembly = chair.ok("/api/v1/assemblies", body, 201);
    assert_eq!(assembly["state"], "draft");
    let assembly = assembly["id"].as_i64().expect("id");
    for to in ["convened", "in_session"] {
        assert_eq!(chair.transition(assembly, to)["state"], to);
    }
    Network { app, chair, desk, orgs, delegates, assembly }
}

/// An assembly with a roll call (one vote by proxy), a secret poll, a tellers
/// poll and an election round, a suspension and the close; returns the
/// auditor.
pub fn full_assembly(n: &Network) -> Api {
    let a = n.assembly;
    let [alpha, beta, gamma, delta] = n.orgs;
    let attend = |who: &Api, org: i64| {
        who.ok(&format!("/api/v1/assemblies/{a}/attendance"), json!({"organisation_id": org, "mode": "remote"}), 201);
    };
    attend(&n.delegates[0], alpha);
    // Beta is in the room (the desk records it), so the tellers count it.
    n.desk.ok(
        &format!("/api/v1/assemblies/{a}/attendance"),
        json!({"organisation_id": beta, "mode": "in_person"}),
        201,
    );
    attend(&n.delegates[3], delta);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": gamma, "holder_id": alpha}),
        201,
    );
    let poll = |ballot: &str, title: &str| -> i64 {
        let m = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": title}), 201)["id"]
            .as_i64()
            .expect("motion");
        n.chair.ok(&format!("/api/v1/motions/{m}/polls"), json!({"ballot": ballot}), 201)["id"].as_i64().expect("poll")
    };
    let close = |p: i64| n.chair.ok(&format!("/api/v1/polls/{p}/close"), json!({}), 200);

    let roll_call = poll("roll_call", "Accounts 2025");
    let ballots = format!("/api/v1/polls/{roll_call}/ballots");
    n.delegates[0].ok(&ballots, json!({"choice": "yes"}), 201);
    n.delegates[0].ok(&ballots, json!({"choice": "yes", "organisation_id": gamma}), 201);
    n.delegates[1].ok(&ballots, json!({"choice": "no"}), 201);
    assert_eq!(close(roll_call)["result"]["outcome"], "carried");

    for to in ["suspended", "in_session"] {
        n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": to}), 200);
    }

    let secret = poll("secret", "Budget 2027");
    let ballots = format!("/api/v1/polls/{secret}/ballots");
    n.delegates[0].ok(&ballots, json!({"choice": "no"}), 201);
    n.delegates[1].ok(&ballots, json!({"choice": "abstain"}), 201);
    close(secret);

    let tellers = poll("tellers", "Work plan 2027");
    n.desk.ok(
        &format!("/api/v1/polls/{tellers}/tellers"),
        json!({"yes": 1, "no": 0, "abstain": 0, "organisation_ids": [beta]}),
        201,
    );
    n.delegates[0].ok(&format!("/api/v1/polls/{tellers}/ballots"), json!({"choice": "yes"}), 201);
    close(tellers);

    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
        201,
    );
    let election = e["id"].as_i64().expect("election");
    let first = e["candidates"][0]["id"].as_i64().expect("candidate");
    let e = n.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");
    n.delegates[0].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": [first]}), 201);
    n.delegates[1].ok(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": []}), 201);
    n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);

    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    n.app.account("auditor@example.org", Role::Auditor, None);
    n.app.login("auditor@example.org")
}

/// A browser's cookie session for one account, with its CSRF token.
pub struct PageSession {
    pub client: reqwest::blocking::Client,
    pub csrf: String,
    base: String,
}

impl PageSession {
    pub fn login(base: &str, email: &str) -> PageSession {
        let client = client();
        let page = client.get(format!("{base}/login")).send().expect("GET /login").text().expect("body");
        let csrf = hidden_csrf(&page).expect("the login form's token");
        let res = client
            .post(format!("{base}/login"))
            .form(&[("csrf", csrf.as_str()), ("email", email), ("password", PASSWORD)])
            .send()
            .expect("POST /login");
        assert_eq!(res.status(), 303, "login {email}");
        // The home page sends each role to its own page, which carries the
        // session's CSRF token in its forms (the logout form at least).
        let home = client.get(format!("{base}/")).send().expect("GET /");
        let own = home.headers().get("location").and_then(|l| l.to_str().ok()).expect("a role's page").to_string();
        let page = client.get(format!("{base}{own}")).send().expect("GET the role's page").text().expect("body");
        let csrf = hidden_csrf(&page).expect("the session's CSRF token");
        PageSession { client, csrf, base: base.to_string() }
    }
}

impl PageSession {
    /// Makes a display link for the projector as the chair does, and
    /// returns its path (`/display/<token>`).
    pub fn display_link(&self, assembly: i64) -> String {
        let res = self
            .client
            .post(format!("{}/chair/assemblies/{assembly}/displays", self.base))
            .form(&[("csrf", self.csrf.as_str())])
            .send()
            .expect("POST displays");
        assert_eq!(res.status(), 200, "a display link");
        let page = scraper::Html::parse_document(&res.text().expect("body"));
        let link: String = page
            .select(&scraper::Selector::parse("#display-link").expect("selector"))
            .next()
            .map(|e| e.text().collect())
            .expect("the link");
        let path = link.split_once("://").and_then(|(_, rest)| rest.split_once('/')).map(|(_, p)| format!("/{p}"));
        path.expect("the link's path")
    }

    /// GETs a page as this browser: its status and text.
    pub fn text(&self, path: &str) -> (u16, String) {
        let res = self.client.get(format!("{}{path}", self.base)).send().expect("GET");
        (res.status().as_u16(), res.text().expect("body"))
    }
}

fn hidden_csrf(html: &str) -> Option<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("input[name=csrf]").ok()?;
    doc.select(&sel).next()?.value().attr("value").map(str::to_string)
}

/// An ordinary motion titled `title`, submitted by the secretariat through
/// the services (so admitted at once): its id.
pub fn motion(
    svc: &Services,
    chair: &plenum::service::Caller,
    assembly: i64,
    title: &str,
) -> plenum::domain::ids::MotionId {
    let input = plenum::service::motions::NewMotionInput::ordinary(title);
    svc.create_motion(chair, plenum::domain::ids::AssemblyId(assembly), input).expect("motion").id
}
