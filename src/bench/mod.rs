//! `plenum bench`: the vote path under a burst, measured against the
//! database's own ceiling in the same run. See BENCHMARKS.md for the method.
//!
//! Set-up is untimed: N full members with a delegate each (one shared
//! password hash, sessions opened in bulk), all checked in, and a motion;
//! the logins are timed as their own figure; then the chair opens a
//! roll-call poll (untimed). Then, timed: every delegate casts its organisation's
//! ballot over real HTTP on loopback (keep-alive, bearer token, the real
//! audited and durable endpoint) with C concurrent clients; the chair closes
//! and seals; S live-stream subscribers wait for the close. Then the
//! database's ceiling: single-row insert transactions through the same pool.
//! Last, the assembly's evidence bundle: exported, then verified.

pub mod micro;
pub mod notices;

use crate::clock::SystemClock;
use crate::config::Settings;
use crate::domain::assembly::{AssemblyFormat, AssemblyState, AttendanceMode};
use crate::domain::ids::AssemblyId;
use crate::domain::role::Role;
use crate::service::accounts::NewAccountInput;
use crate::service::assemblies::NewAssemblyInput;
use crate::service::attendance::CheckInInput;
use crate::service::motions::NewMotionInput;
use crate::service::polls::OpenPollInput;
use crate::service::{Caller, Services};
use crate::store::{self, Backend};
use diesel::connection::SimpleConnection;
use diesel::Connection;
use serde::Serialize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    pub orgs: usize,
    pub clients: usize,
    /// A PostgreSQL server URL (a fresh database is made on it and dropped),
    /// or `None` for a fresh SQLite file.
    pub database: Option<String>,
    /// Logins to time, apart from the burst.
    pub logins: usize,
    /// Live-stream subscribers that must see the close.
    pub subscribers: usize,
    /// How long to measure the ceiling, per figure.
    pub ceiling_seconds: f64,
    /// Connections in the server's pool (the ceiling uses the same pool).
    pub pool_size: u32,
}

/// Latencies of a set of requests, in milliseconds.
#[derive(Debug, Clone, Serialize)]
pub struct Latency {
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
}

impl Latency {
    fn of(mut micros: Vec<u64>) -> Latency {
        micros.sort_unstable();
        let at = |q: f64| {
            if micros.is_empty() {
                return 0.0;
            }
            let i = ((micros.len() as f64 * q).ceil() as usize).clamp(1, micros.len()) - 1;
            micros[i] as f64 / 1000.0
        };
        Latency { p50_ms: at(0.50), p95_ms: at(0.95), p99_ms: at(0.99), max_ms: at(1.0) }
    }
}

/// The burst's figures.
#[derive(Debug, Clone, Serialize)]
pub struct Burst {
    pub ballots: usize,
    pub errors: usize,
    pub wall_s: f64,
    pub per_s: f64,
    pub latency: Latency,
}

/// The database's own ceiling, through the same pool and settings.
#[derive(Debug, Clone, Serialize)]
pub struct Ceiling {
    pub one_writer_per_s: f64,
    /// PostgreSQL only: `writers` concurrent writers.
    pub many_writers_per_s: Option<f64>,
    pub writers: usize,
}

/// Everything one run measured.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub backend: String,
    pub orgs: usize,
    pub clients: usize,
    pub pool_size: u32,
    pub cores: usize,
    pub setup_s: f64,
    pub logins: usize,
    pub logins_per_s: f64,
    pub burst: Burst,
    /// Ballots/s over the one-writer ceiling.
    pub ratio_to_ceiling: f64,
    pub close_seal_ms: f64,
    /// The tally the sealed result shows, checked against the burst.
    pub sealed_yes: i64,
    pub subscribers: usize,
    /// From sending the close to the last subscriber seeing it.
    pub fanout_ms: Option<f64>,
    /// The chair page for this many organisations, median of 5.
    pub chair_page_ms: f64,
    /// Every page a role uses, at this many organisations, after the close.
    pub pages: Vec<PageFigure>,
    pub ceiling: Ceiling,
    /// Peak RSS before the bundle's phases (server, client, set-up).
    pub peak_rss_mb: f64,
    /// The assembly's evidence bundle, exported and verified.
    pub bundle: BundleFigures,
}

/// One page as a browser gets it over loopback: the median of five
/// requests (the server's time plus a loopback round trip) and its size.
#[derive(Debug, Clone, Serialize)]
pub struct PageFigure {
    pub role: &'static str,
    pub path: String,
    pub median_ms: f64,
    pub max_ms: f64,
    pub bytes: usize,
}

/// The bundle of the bench's assembly (its poll sealed): exported as the
/// download does (the service's bundle serialised to bytes), then read and
/// verified as `plenum verify` does, each timed. Run last, after the peak
/// RSS above is taken.
#[derive(Debug, Clone, Serialize)]
pub struct BundleFigures {
    pub export_ms: f64,
    pub bytes: usize,
    pub verify_ms: f64,
    /// `plenum verify`'s exit code for it (0: everything holds).
    pub exit_code: i32,
    /// Peak RSS after both phases.
    pub peak_rss_mb: f64,
}

/// Exports the assembly's bundle and verifies it, timing each.
pub fn bundle_phases(svc: &Services, caller: &Caller, assembly: i64) -> Result<BundleFigures, String> {
    let started = Instant::now();
    let bundle = svc.bundle(Some(caller), AssemblyId(assembly)).map_err(|e| e.message())?;
    let bytes = serde_json::to_vec(&bundle).map_err(|e| e.to_string())?;
    let export_ms = started.elapsed().as_secs_f64() * 1000.0;
    drop(bundle);
    let started = Instant::now();
    let report = match crate::verify::read(&bytes) {
        Ok(read) => crate::verify::verify(&read, None),
        Err(report) => *report,
    };
    let verify_ms = started.elapsed().as_secs_f64() * 1000.0;
    Ok(BundleFigures {
        export_ms,
        bytes: bytes.len(),
        verify_ms,
        exit_code: report.exit_code,
        peak_rss_mb: peak_rss_mb(),
    })
}

impl Report {
    /// One row for BENCHMARKS.md's table.
    pub fn markdown_row(&self) -> String {
        format!(
            "| {} | {} | {} | {:.0} | {:.1} / {:.1} / {:.1} / {:.1} | {} | {:.0} | {:.2} | {:.1} | {} | {:.0} | {:.1} | {:.0} | {:.0} / {:.0}{} | {} |",
            self.backend,
            self.orgs,
            self.clients,
            self.burst.per_s,
            self.burst.latency.p50_ms,
            self.burst.latency.p95_ms,
            self.burst.latency.p99_ms,
            self.burst.latency.max_ms,
            self.burst.errors,
            self.ceiling.one_writer_per_s,
            self.ratio_to_ceiling,
            self.close_seal_ms,
            self.fanout_ms.map_or_else(|| "-".to_string(), |f| format!("{f:.0}")),
            self.logins_per_s,
            self.chair_page_ms,
            self.peak_rss_mb,
            self.bundle.export_ms,
            self.bundle.verify_ms,
            if self.bundle.exit_code == 0 { String::new() } else { format!(" (exit {})", self.bundle.exit_code) },
            self.cores,
        )
    }
}

/// The header of [`Report::markdown_row`].
pub const MARKDOWN_HEADER: &str = "| db | orgs | clients | ballots/s | p50 / p95 / p99 / max ms | errors | ceiling tx/s | ratio | close+seal ms | fan-out ms | logins/s | chair page ms | peak RSS MB | bundle export / verify ms | cores |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

/// The process's peak resident set, in MB (Linux; 0 elsewhere).
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A database made for one run and removed after it.
struct Scratch {
    url: String,
    drop: Box<dyn Fn()>,
}

impl Drop for Scratch {
    fn drop(&mut self) {
        (self.drop)();
    }
}

fn scratch(server: Option<&str>) -> Result<Scratch, String> {
    let nonce = format!("{}_{}", std::process::id(), crate::service::auth::random_token().0[..8].to_lowercase());
    match server {
        None => {
            let dir = std::env::temp_dir().join(format!("plenum-bench-{nonce}"));
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let url = dir.join("bench.sqlite3").display().to_string();
            Ok(Scratch { url, drop: Box::new(move || drop(std::fs::remove_dir_all(&dir))) })
        }
        Some(admin) => {
            let name = format!("plenum_bench_{nonce}");
            let mut conn = diesel::pg::PgConnection::establish(admin).map_err(|e| format!("{admin}: {e}"))?;
            conn.batch_execute(&format!("CREATE DATABASE {name}")).map_err(|e| e.to_string())?;
            let base = admin.rsplit_once('/').map_or(admin, |(b, _)| b).to_string();
            let url = format!("{base}/{name}");
            let admin = admin.to_string();
            Ok(Scratch {
                url,
                drop: Box::new(move || {
                    if let Ok(mut c) = diesel::pg::PgConnection::establish(&admin) {
                        let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                    }
                }),
            })
        }
    }
}

fn system_caller(svc: &Services, email: &str) -> Result<Caller, String> {
    let input = NewAccountInput {
        email: email.to_string(),
        name: "Bench chair".into(),
        password: PASSWORD.into(),
        role: Role::Secretariat,
        organisation_id: None,
    };
    let a = svc.create_account(None, input).map_err(|e| e.message())?;
    Ok(Caller {
        account_id: a.id,
        name: a.name,
        email: a.email,
        role: Role::Secretariat,
        organisation_id: None,
        language: None,
    })
}

/// The password of every account the load set-up makes (they are a
/// throw-away database's, never a real one's).
pub const PASSWORD: &str = "bench-password-1";

/// An assembly ready to vote: what [`prepare`] made.
pub struct Prepared {
    pub chair: Caller,
    pub assembly: i64,
    /// An open roll-call poll.
    pub poll: i64,
    /// One per organisation, each with an API token.
    pub delegates: Vec<crate::service::load::PreparedDelegate>,
    pub chair_token: String,
}

/// Sets up, in bulk, `orgs` full members with a delegate each, all checked
/// in (remote) to an assembly in session with an open roll-call poll; the
/// load tests' starting point.
pub fn prepare(svc: &Services, orgs: usize) -> Result<Prepared, String> {
    let (room, motion) = prepare_room(svc, orgs)?;
    let poll = open_poll(svc, &room.chair, motion)?;
    Ok(Prepared { poll, ..room })
}

/// Opens the motion's roll-call poll.
fn open_poll(svc: &Services, chair: &Caller, motion: crate::domain::ids::MotionId) -> Result<i64, String> {
    let input = OpenPollInput { ballot: crate::domain::poll::BallotType::RollCall };
    Ok(svc.open_poll(chair, motion, input).map_err(|e| e.message())?.id)
}

/// [`prepare`] up to the motion, whose id comes with it; the poll is not
/// open yet (`poll` is 0).
fn prepare_room(svc: &Services, orgs: usize) -> Result<(Prepared, crate::domain::ids::MotionId), String> {
    let chair = system_caller(svc, "chair@bench.plenum.eu")?;
    let csv: String = std::iter::once("name,country,kind".to_string())
        .chain((0..orgs).map(|i| format!("Member organisation {i:05},BE,full")))
        .collect::<Vec<_>>()
        .join("\n");
    svc.import_register(None, &csv, &|_, _| {}).map_err(|e| e.message())?;
    let ids: Vec<i64> = svc.list_organisations(&chair).map_err(|e| e.message())?.iter().map(|o| o.id).collect();
    let delegates = svc.prepare_delegates(&ids, PASSWORD).map_err(|e| e.message())?;
    let starts_at = chrono::DateTime::parse_from_rfc3339("2026-05-16T09:00:00Z").map_err(|e| e.to_string())?;
    let input =
        NewAssemblyInput::new("Benchmark assembly", starts_at.with_timezone(&chrono::Utc), AssemblyFormat::Hybrid);
    let assembly = svc.create_assembly(&chair, input).map_err(|e| e.message())?.id;
    for to in [AssemblyState::Convened, AssemblyState::InSession] {
        svc.transition_assembly(&chair, assembly, to).map_err(|e| e.message())?;
    }
    for org in &ids {
        svc.check_in(&chair, assembly, CheckInInput { organisation_id: *org, mode: AttendanceMode::Remote })
            .map_err(|e| e.message())?;
    }
    let motion = NewMotionInput::ordinary("Benchmark motion");
    let motion = svc.create_motion(&chair, assembly, motion).map_err(|e| e.message())?;
    let chair_token = svc.prepare_sessions_for(&[chair.account_id]).map_err(|e| e.message())?.remove(0);
    Ok((Prepared { chair, assembly: assembly.0, poll: 0, delegates, chair_token }, motion.id))
}

/// Runs the whole measurement.
pub fn run(o: &Options) -> Result<Report, String> {
    let db = scratch(o.database.as_deref())?;
    let backend = Backend::from_url(&db.url);
    let mut settings = Settings::defaults().map_err(|e| e.to_string())?;
    settings.database_url = db.url.clone();
    let pool_size = o.pool_size.max(1);
    settings.database_pool_size = pool_size;
    // The harness is many clients on one address, and each login is reserved
    // against the per-address limit before it is hashed: its concurrent
    // logins must not count as one client's.
    settings.login_max_failures_per_address =
        settings.login_max_failures_per_address.max((o.logins + o.clients) as i64);
    let svc = services_on(settings)?;

    // Set-up, untimed.
    let started = Instant::now();
    let (room, motion) = prepare_room(&svc, o.orgs)?;
    let Prepared { chair, assembly, delegates, chair_token, .. } = room;
    let setup_s = started.elapsed().as_secs_f64();

    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let (base, handle) = serve(&svc)?;

    let client = Client { base: base.clone(), clients: o.clients };
    let logins: Vec<String> = delegates.iter().take(o.logins).map(|d| d.email.clone()).collect();
    let (logins_done, login_s) = client.logins(&logins)?;
    // The delegates have arrived and logged in; then the chair opens the
    // poll (untimed, as the rest of the set-up) and the room votes.
    let poll = open_poll(&svc, &chair, motion)?;
    let tokens: Vec<String> = delegates.iter().map(|d| d.token.clone()).collect();
    let burst = client.burst(poll, &tokens)?;
    // Subscribers follow with the delegates' own sessions, as a room does.
    let followers: Vec<String> = tokens.iter().cycle().take(o.subscribers).cloned().collect();
    let (close_seal_ms, fanout_ms) = client.close(poll, assembly, &chair_token, &followers)?;
    let chair_page_ms = client.chair_page(&chair_token)?;
    // Every page a role uses (the secretariat stands in for the desk and
    // the auditor: the same pages, the same rows).
    let delegate_token = delegates.first().map(|d| d.token.clone()).unwrap_or_default();
    let mut pages = Vec::new();
    for (role, path, token) in [
        ("delegate", "/delegate".to_string(), &delegate_token),
        ("chair", "/chair".to_string(), &chair_token),
        ("chair", format!("/polls/{poll}"), &chair_token),
        ("projector", "/hall".to_string(), &chair_token),
        ("desk", "/desk".to_string(), &chair_token),
        ("desk", "/desk?q=00042".to_string(), &chair_token),
        ("secretariat", "/admin".to_string(), &chair_token),
        ("secretariat", "/admin?q=00042".to_string(), &chair_token),
        ("auditor", "/audit".to_string(), &chair_token),
        ("auditor", format!("/audit/assemblies/{assembly}"), &chair_token),
    ] {
        let (median_ms, max_ms, bytes) = client.page(&path, token)?;
        pages.push(PageFigure { role, path, median_ms, max_ms, bytes });
    }
    let sealed = svc.get_poll(&chair, poll).map_err(|e| e.message())?;
    let sealed_yes = sealed.result.as_ref().map_or(-1, |r| i64::from(r.yes));
    handle_stop(handle);

    let ceiling = ceiling(&svc, backend.clone(), o.ceiling_seconds, o.clients.min(16))?;
    let peak_rss_mb = peak_rss_mb();
    let bundle = bundle_phases(&svc, &chair, assembly)?;
    Ok(Report {
        backend: backend.name().to_string(),
        orgs: o.orgs,
        clients: o.clients,
        pool_size,
        cores: workers,
        setup_s,
        logins: logins_done,
        logins_per_s: if login_s > 0.0 { logins_done as f64 / login_s } else { 0.0 },
        ratio_to_ceiling: if ceiling.one_writer_per_s > 0.0 { burst.per_s / ceiling.one_writer_per_s } else { 0.0 },
        burst,
        close_seal_ms,
        sealed_yes,
        subscribers: o.subscribers,
        fanout_ms,
        chair_page_ms,
        pages,
        ceiling,
        peak_rss_mb,
        bundle,
    })
}

/// Services on the scratch database the settings name, migrated, with a
/// key made for the run.
fn services_on(settings: Settings) -> Result<Services, String> {
    let pool = store::connect(&settings.database_url, settings.database_pool_size, settings.sqlite_busy_timeout_ms)
        .map_err(|e| e.to_string())?;
    let mut first = pool.get().map_err(|e| e.to_string())?;
    store::migrate(&mut first).map_err(|e| e.to_string())?;
    drop(first);
    Ok(Services::new(pool, Arc::new(SystemClock), settings, crate::audit::seal::Sealer::generate()))
}

/// The server on loopback, one worker per core: its address and handle.
fn serve(svc: &Services) -> Result<(String, actix_web::dev::ServerHandle), String> {
    let listener = crate::web::listen("127.0.0.1:0").map_err(|e| e.to_string())?;
    let base = format!("http://{}", listener.local_addr().map_err(|e| e.to_string())?);
    let (tx, rx) = std::sync::mpsc::channel();
    let server_svc = svc.clone();
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            match crate::web::server(server_svc, listener, Some(workers)) {
                Ok(server) => {
                    let _ = tx.send(Ok(server.handle()));
                    let _ = server.await;
                }
                Err(e) => {
                    let _ = tx.send(Err(e.to_string()));
                }
            }
        })
    });
    let handle = rx.recv().map_err(|e| e.to_string())??;
    Ok((base, handle))
}

fn handle_stop(handle: actix_web::dev::ServerHandle) {
    actix_web::rt::System::new().block_on(handle.stop(false));
}

/// Single-row insert transactions per second through the same pool, with
/// the same durability settings: one writer, and on PostgreSQL `writers`.
fn ceiling(svc: &Services, backend: Backend, seconds: f64, writers: usize) -> Result<Ceiling, String> {
    let mut conn = svc.conn().map_err(|e| e.message())?;
    conn.batch_execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)")
        .map_err(|e| e.to_string())?;
    drop(conn);
    let next = Arc::new(AtomicUsize::new(0));
    let postgres = matches!(backend, Backend::Postgres(_));
    let measure = |threads: usize| -> Result<f64, String> {
        let deadline = Instant::now() + Duration::from_secs_f64(seconds);
        let started = Instant::now();
        let done = Arc::new(AtomicUsize::new(0));
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let svc = svc.clone();
                let next = next.clone();
                let done = done.clone();
                std::thread::spawn(move || -> Result<(), String> {
                    let mut pooled = svc.conn().map_err(|e| e.message())?;
                    let conn: &mut store::DbConn = &mut pooled;
                    while Instant::now() < deadline {
                        let id = next.fetch_add(1, Ordering::Relaxed);
                        let sql =
                            format!("INSERT INTO bench_ceiling (id, payload) VALUES ({id}, 'a ballot-sized row')");
                        let run = |c: &mut store::DbConn| diesel::sql_query(sql.clone()).execute(c).map(|_| ());
                        if postgres { conn.transaction(run) } else { store::write_tx(conn, run) }
                            .map_err(|e: diesel::result::Error| e.to_string())?;
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(())
                })
            })
            .collect();
        for h in handles {
            h.join().map_err(|_| "a writer panicked".to_string())??;
        }
        Ok(done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64())
    };
    use diesel::RunQueryDsl;
    let one = measure(1)?;
    let many = if postgres && writers > 1 { Some(measure(writers)?) } else { None };
    Ok(Ceiling { one_writer_per_s: one, many_writers_per_s: many, writers })
}

/// The load client: awc over keep-alive connections, on one thread.
struct Client {
    base: String,
    clients: usize,
}

impl Client {
    fn block<T>(&self, f: impl std::future::Future<Output = T>) -> T {
        actix_web::rt::System::new().block_on(f)
    }

    fn http(&self) -> awc::Client {
        awc::Client::builder()
            .timeout(Duration::from_secs(60))
            .connector(awc::Connector::new().limit(self.clients.max(1)))
            .finish()
    }

    /// Logs the accounts in (argon2 on every one), `clients` at a time.
    fn logins(&self, emails: &[String]) -> Result<(usize, f64), String> {
        let http = self.http();
        let url = format!("{}/api/v1/session", self.base);
        let next = Arc::new(AtomicUsize::new(0));
        let emails = Arc::new(emails.to_vec());
        let started = Instant::now();
        let ok = self.block(async {
            let tasks: Vec<_> = (0..self.clients.min(emails.len()).max(1))
                .map(|_| {
                    let (http, url, next, emails) = (http.clone(), url.clone(), next.clone(), emails.clone());
                    actix_web::rt::spawn(async move {
                        let mut ok = 0usize;
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(email) = emails.get(i) else { break };
                            let body = serde_json::json!({"email": email, "password": PASSWORD});
                            if let Ok(mut res) = http.post(&url).send_json(&body).await {
                                let _ = res.body().await;
                                if res.status().as_u16() == 201 {
                                    ok += 1;
                                }
                            }
                        }
                        ok
                    })
                })
                .collect();
            let mut total = 0;
            for t in tasks {
                total += t.await.unwrap_or(0);
            }
            total
        });
        Ok((ok, started.elapsed().as_secs_f64()))
    }

    /// Every token casts its organisation's ballot, `clients` at a time.
    fn burst(&self, poll: i64, tokens: &[String]) -> Result<Burst, String> {
        let http = self.http();
        let url = format!("{}/api/v1/polls/{poll}/ballots", self.base);
        let next = Arc::new(AtomicUsize::new(0));
        let tokens = Arc::new(tokens.to_vec());
        let started = Instant::now();
        let results: Vec<(Vec<u64>, usize)> = self.block(async {
            let tasks: Vec<_> = (0..self.clients.max(1))
                .map(|_| {
                    let (http, url, next, tokens) = (http.clone(), url.clone(), next.clone(), tokens.clone());
                    actix_web::rt::spawn(async move {
                        let mut lat = Vec::new();
                        let mut errors = 0usize;
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(token) = tokens.get(i) else { break };
                            let choice = ["yes", "no", "abstain"][i % 3];
                            let t0 = Instant::now();
                            match http
                                .post(&url)
                                .bearer_auth(token)
                                .send_json(&serde_json::json!({"choice": choice}))
                                .await
                            {
                                Ok(mut res) => {
                                    let _ = res.body().await;
                                    if res.status().as_u16() == 201 {
                                        lat.push(t0.elapsed().as_micros() as u64);
                                    } else {
                                        errors += 1;
                                    }
                                }
                                Err(_) => errors += 1,
                            }
                        }
                        (lat, errors)
                    })
                })
                .collect();
            let mut out = Vec::new();
            for t in tasks {
                out.push(t.await.unwrap_or_default());
            }
            out
        });
        let wall_s = started.elapsed().as_secs_f64();
        let errors = results.iter().map(|r| r.1).sum();
        let lat: Vec<u64> = results.into_iter().flat_map(|r| r.0).collect();
        Ok(Burst { ballots: lat.len(), errors, wall_s, per_s: lat.len() as f64 / wall_s, latency: Latency::of(lat) })
    }

    /// Closes the poll while one subscriber per token follows the
    /// assembly's live stream; returns the close's time and the time to the
    /// last subscriber.
    fn close(&self, poll: i64, assembly: i64, token: &str, followers: &[String]) -> Result<(f64, Option<f64>), String> {
        // Every subscriber holds its connection: the pool must have room for
        // all of them and the close.
        let http = awc::Client::builder()
            .timeout(Duration::from_secs(60))
            .connector(awc::Connector::new().limit(followers.len() + 2))
            .finish();
        let subscribers = followers.len();
        let followers = followers.to_vec();
        let live = format!("{}/live/assemblies/{assembly}", self.base);
        let close = format!("{}/api/v1/polls/{poll}/close", self.base);
        let token = token.to_string();
        self.block(async move {
            let seen = Arc::new(AtomicUsize::new(0));
            let (sent_tx, sent_rx) = tokio::sync::watch::channel(None::<Instant>);
            let mut waiters = Vec::new();
            for follower in &followers {
                let mut res = http
                    .get(&live)
                    .bearer_auth(follower)
                    .timeout(Duration::from_secs(120))
                    .send()
                    .await
                    .map_err(|e| format!("live stream: {e}"))?;
                let sent_rx = sent_rx.clone();
                let seen = seen.clone();
                waiters.push(actix_web::rt::spawn(async move {
                    use futures_util::StreamExt;
                    let mut buf = String::new();
                    while let Some(Ok(chunk)) = res.next().await {
                        buf.push_str(&String::from_utf8_lossy(&chunk));
                        let sent = *sent_rx.borrow();
                        if let Some(sent) = sent {
                            if buf.contains("\"closed\"") {
                                seen.fetch_add(1, Ordering::Relaxed);
                                return Some(sent.elapsed());
                            }
                        } else if buf.len() > 1 << 20 {
                            buf.clear();
                        }
                        if sent.is_none() {
                            buf.clear();
                        }
                    }
                    None
                }));
            }
            let t0 = Instant::now();
            let _ = sent_tx.send(Some(t0));
            let mut res = http
                .post(&close)
                .bearer_auth(&token)
                .send_json(&serde_json::json!({}))
                .await
                .map_err(|e| format!("close: {e}"))?;
            let _ = res.body().limit(1 << 24).await;
            let close_ms = t0.elapsed().as_secs_f64() * 1000.0;
            if res.status().as_u16() != 200 {
                return Err(format!("close answered {}", res.status()));
            }
            let mut last: Option<Duration> = None;
            for w in waiters {
                if let Ok(Some(d)) = w.await {
                    last = Some(last.map_or(d, |l: Duration| l.max(d)));
                }
            }
            let fanout = if subscribers == 0 || seen.load(Ordering::Relaxed) < subscribers {
                None
            } else {
                last.map(|d| d.as_secs_f64() * 1000.0)
            };
            Ok((close_ms, fanout))
        })
    }

    /// A page as a browser gets it: the median and the slowest of five, and
    /// its size.
    fn page(&self, path: &str, token: &str) -> Result<(f64, f64, usize), String> {
        let http = self.http();
        let url = format!("{}{path}", self.base);
        let cookie = format!("{}={token}", crate::web::auth::SESSION_COOKIE);
        let path = path.to_string();
        self.block(async move {
            let mut times = Vec::new();
            let mut bytes = 0;
            for _ in 0..5 {
                let t0 = Instant::now();
                let mut res = http
                    .get(&url)
                    .insert_header(("cookie", cookie.as_str()))
                    .send()
                    .await
                    .map_err(|e| format!("{path}: {e}"))?;
                let body = res.body().limit(1 << 28).await.map_err(|e| format!("{path}: {e}"))?;
                if res.status().as_u16() != 200 {
                    return Err(format!("{path} answered {}", res.status()));
                }
                times.push(t0.elapsed().as_secs_f64() * 1000.0);
                bytes = body.len();
            }
            times.sort_by(f64::total_cmp);
            Ok((times[2], times[4], bytes))
        })
    }

    /// The chair page as a browser gets it, median of five.
    fn chair_page(&self, token: &str) -> Result<f64, String> {
        self.page("/chair", token).map(|(median, _, _)| median)
    }
}
