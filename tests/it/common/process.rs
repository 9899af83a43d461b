//! The real `plenum` binary as its own process: for the tests that kill it,
//! starve it of disk, or run two of it on one database.

use plenum::audit::seal::Sealer;
use plenum::clock::SystemClock;
use plenum::config::Settings;
use plenum::service::Services;
use plenum::store;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// In-process services on the same database, for set-up and for reading
/// what the server wrote.
pub fn services(url: &str, secret: [u8; 32]) -> Services {
    let mut settings = Settings::defaults().expect("settings");
    settings.database_url = url.to_string();
    let pool = store::connect(url, 4, settings.sqlite_busy_timeout_ms).expect("connect");
    store::migrate(&mut pool.get().expect("conn")).expect("migrate");
    Services::new(pool, Arc::new(SystemClock), settings, Sealer::from_secret(secret))
}

/// Writes the instance's signing key where the server will read it.
pub fn key_file(dir: &Path, secret: &[u8; 32]) -> PathBuf {
    let key = dir.join("signing.key");
    std::fs::write(&key, secret.iter().map(|b| format!("{b:02x}")).collect::<String>()).expect("key");
    key
}

/// A running `plenum serve`; killed when dropped.
pub struct Server {
    pub child: Child,
    pub base: String,
}

impl Server {
    /// SIGKILL, and wait for the process to be gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Starts the binary on `url` with the key file `key` and waits until it
/// answers `/healthz`.
pub fn start(url: &str, key: &Path) -> Server {
    start_with(url, key, &[])
}

/// As [`start`], with further `PLENUM_*` settings.
pub fn start_with(url: &str, key: &Path, env: &[(&str, &str)]) -> Server {
    start_writing_log(url, key, env, Stdio::null())
}

/// As [`start_with`], the server's log (its standard error, at the level
/// `PLENUM_LOG` in `env` sets) written to the file `log`.
pub fn start_logged(url: &str, key: &Path, env: &[(&str, &str)], log: &Path) -> Server {
    let file = std::fs::File::create(log).expect("log file");
    start_writing_log(url, key, env, Stdio::from(file))
}

fn start_writing_log(url: &str, key: &Path, env: &[(&str, &str)], stderr: Stdio) -> Server {
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port();
    let mut command = Command::new(env!("CARGO_BIN_EXE_plenum"));
    command
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env_remove("PLENUM_CONFIG")
        .env("PLENUM_DATABASE_URL", url)
        .env("PLENUM_SIGNING_KEY_FILE", key)
        .env("PLENUM_LOG", "error")
        .stdout(Stdio::null())
        .stderr(stderr);
    for (k, v) in env {
        command.env(k, v);
    }
    let child = command.spawn().expect("plenum serve");
    let base = format!("http://127.0.0.1:{port}");
    let client = super::client();
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut server = Server { child, base };
    while client.get(format!("{}/healthz", server.base)).send().map(|r| r.status().as_u16()).ok() != Some(200) {
        if Instant::now() > deadline {
            server.kill();
            panic!("plenum did not start");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    server
}

/// Everything the database holds about `poll` must agree: the chain
/// verifies, every ballot row has its ledger event and the reverse, every
/// acknowledged ballot is there, and the poll is either open and unsealed or
/// closed, sealed and its close recorded once.
pub fn check_consistent(svc: &Services, poll: i64, acknowledged: &[i64]) {
    use diesel::prelude::*;
    use plenum::store::schema::{audit_events, ballots, polls};
    let mut conn = svc.conn().expect("conn");
    let mut stored: Vec<i64> = ballots::table
        .filter(ballots::poll_id.eq(poll))
        .select(ballots::organisation_id)
        .load(&mut conn)
        .expect("ballots");
    let events: Vec<plenum::store::rows::AuditEvent> = audit_events::table
        .order(audit_events::seq.asc())
        .select(plenum::store::rows::AuditEvent::as_select())
        .load(&mut conn)
        .expect("ledger");
    assert_eq!(plenum::audit::verify_chain(&events, None), Ok(events.len()), "the chain verifies");
    let mut cast: Vec<i64> = events
        .iter()
        .filter(|e| e.kind == "ballot.cast" && e.subject == format!("poll:{poll}"))
        .filter_map(|e| serde_json::from_str::<Value>(&e.payload).ok()?["organisation"].as_i64())
        .collect();
    cast.sort_unstable();
    stored.sort_unstable();
    assert_eq!(stored, cast, "every ballot row has its ledger event and no event lacks its row");
    for org in acknowledged {
        assert!(stored.binary_search(org).is_ok(), "the acknowledged ballot of organisation {org} is there");
    }
    let (state, digest): (String, Option<String>) =
        polls::table.find(poll).select((polls::state, polls::seal_digest)).first(&mut conn).expect("poll");
    let closes = events.iter().filter(|e| e.kind == "poll.closed" && e.subject == format!("poll:{poll}")).count();
    match state.as_str() {
        "closed" => assert!(digest.is_some() && closes == 1, "a closed poll is sealed and its close recorded"),
        _ => assert!(digest.is_none() && closes == 0, "an open poll has no seal and no close"),
    }
}
