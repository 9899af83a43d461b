//! A real SMTP server for the notice tests: `aiosmtpd` (PyPI) as a child
//! process on a free loopback port, writing each message it accepts to a
//! folder as JSON (`smtp_sink.py`). aiosmtpd is installed once into a
//! virtual environment under the target folder; without Python or PyPI the
//! tests that need it are skipped with a note, except under `CI=true`.

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SCRIPT: &str = include_str!("smtp_sink.py");
const AIOSMTPD: &str = "aiosmtpd==1.4.6";

/// The virtual environment's Python with aiosmtpd, made on first use:
/// once per process (`cargo test` runs the tests as threads of one), and
/// apart in each process (nextest runs each in its own).
fn python() -> Option<PathBuf> {
    static PYTHON: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    PYTHON.get_or_init(make_python).clone()
}

fn make_python() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let venv = root.join("smtp-venv");
    let python = venv.join("bin").join("python");
    let works = |p: &Path| Command::new(p).args(["-c", "import aiosmtpd"]).output().is_ok_and(|o| o.status.success());
    if works(&python) {
        return Some(python);
    }
    // Made apart and renamed into place: tests in parallel processes race
    // for it, and a half-made one is never taken.
    let mine = root.join(format!("smtp-venv.{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&mine);
    let made = Command::new("python3").args(["-m", "venv"]).arg(&mine).status().is_ok_and(|s| s.success())
        && Command::new(mine.join("bin").join("pip"))
            .args(["install", "-q", "--disable-pip-version-check", AIOSMTPD])
            .status()
            .is_ok_and(|s| s.success());
    if made && std::fs::rename(&mine, &venv).is_err() {
        let _ = std::fs::remove_dir_all(&mine);
    }
    if works(&python) {
        return Some(python);
    }
    assert!(!super::in_ci(), "CI needs Python with aiosmtpd from PyPI for the notice tests");
    eprintln!("note: notice test skipped: cannot install {AIOSMTPD} (python3 -m venv, pip)");
    None
}

/// A running mail server; stopped when dropped.
pub struct Sink {
    child: Child,
    pub port: u16,
    folder: tempfile::TempDir,
}

impl Sink {
    /// Starts one, or `None` (with a note) where aiosmtpd cannot be had.
    pub fn start() -> Option<Sink> {
        let python = python()?;
        let folder = tempfile::tempdir().expect("folder");
        let script = folder.path().join("smtp_sink.py");
        std::fs::write(&script, SCRIPT).expect("script");
        let mail = folder.path().join("mail");
        std::fs::create_dir(&mail).expect("mail folder");
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port();
        let mut child = Command::new(python)
            .arg(&script)
            .arg(port.to_string())
            .arg(&mail)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("smtp sink");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout).read_line(&mut line).expect("sink output");
        assert_eq!(line.trim(), "READY", "the mail server did not start");
        Some(Sink { child, port, folder })
    }

    fn mail(&self) -> PathBuf {
        self.folder.path().join("mail")
    }

    /// Sets what the server refuses: addresses for good, addresses for
    /// now, and a delay in seconds before it accepts a message.
    pub fn rules(&self, refuse: &[&str], later: &[&str], delay: f64) {
        let rules = serde_json::json!({"refuse": refuse, "later": later, "delay": delay});
        let tmp = self.mail().join(".rules.json");
        std::fs::write(&tmp, rules.to_string()).expect("rules");
        std::fs::rename(tmp, self.mail().join("rules.json")).expect("rules");
    }

    /// Every message accepted so far, in the order received.
    pub fn messages(&self) -> Vec<Value> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(self.mail())
            .expect("mail folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.ends_with(".json") && !name.starts_with('.') && name != "rules.json"
            })
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).expect("message")).expect("json"))
            .collect()
    }

    /// Waits until at least `n` messages have arrived (at most `limit`).
    pub fn wait_for(&self, n: usize, limit: Duration) -> Vec<Value> {
        let deadline = Instant::now() + limit;
        loop {
            let got = self.messages();
            if got.len() >= n {
                return got;
            }
            assert!(Instant::now() < deadline, "{} of {n} messages arrived in {limit:?}", got.len());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The settings that send to this server.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("PLENUM_MAIL_ENABLED", "true".into()),
            ("PLENUM_MAIL_HOST", "127.0.0.1".into()),
            ("PLENUM_MAIL_PORT", self.port.to_string()),
            ("PLENUM_MAIL_TLS", "none".into()),
            ("PLENUM_MAIL_FROM", "Secretariat <secretariat@network.example>".into()),
        ]
    }

    /// Applies [`Sink::env`] to in-process settings.
    pub fn configure(&self, s: &mut plenum::config::Settings) {
        s.mail_enabled = true;
        s.mail_host = "127.0.0.1".into();
        s.mail_port = self.port;
        s.mail_tls = "none".into();
        s.mail_from = "Secretariat <secretariat@network.example>".into();
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
