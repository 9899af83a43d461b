//! Following the live stream (`/live/assemblies/{id}`) as a watcher does.

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Generous bound for the stream to deliver at all; not a performance
/// assertion.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// Follows a stream in a thread; snapshots (raw JSON text) arrive on the
/// channel with the instant they were read.
pub fn follow(base: &str, path: &str, token: &str) -> mpsc::Receiver<(Instant, String)> {
    let client = reqwest::blocking::Client::builder().timeout(None).build().expect("client");
    let res = client.get(format!("{base}{path}")).bearer_auth(token).send().expect("stream");
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("text/event-stream"));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(res).lines() {
            let Ok(line) = line else { break };
            if let Some(data) = line.strip_prefix("data: ") {
                if tx.send((Instant::now(), data.to_string())).is_err() {
                    break;
                }
            }
        }
    });
    rx
}

/// Waits for a snapshot that satisfies `want`; every snapshot seen on the
/// way goes through `check`. Returns the snapshot and when it arrived.
pub fn wait_for(
    rx: &mpsc::Receiver<(Instant, String)>,
    what: &str,
    check: &dyn Fn(&str),
    want: &dyn Fn(&Value) -> bool,
) -> (Instant, Value) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let (at, text) = rx.recv_timeout(left).unwrap_or_else(|_| panic!("no snapshot with {what}"));
        check(&text);
        let v: Value = serde_json::from_str(&text).expect("json");
        if want(&v) {
            return (at, v);
        }
    }
}
