//! Crashes: the real binary killed with SIGKILL at random moments during a
//! voting burst and during the close, then restarted. Every acknowledged
//! ballot is there, no ballot is half-written (a ballot row without its
//! ledger event or the reverse), no poll is half-sealed, the chain verifies.
//!
//! CI kills 20 times; `PLENUM_LONG=1` kills 1,000 times.

use crate::common;

use common::process::{check_consistent, key_file, services, start};
use common::TestDb;
use plenum::service::Services;
use rand::Rng;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const ORGS: usize = 400;

struct Setup {
    poll: i64,
    chair_token: String,
    /// (organisation, token)
    delegates: Vec<(i64, String)>,
}

fn set_up(svc: &Services) -> Setup {
    let p = plenum::bench::prepare(svc, ORGS).expect("set-up");
    Setup {
        poll: p.poll,
        chair_token: p.chair_token,
        delegates: p.delegates.into_iter().map(|d| (d.organisation_id, d.token)).collect(),
    }
}

/// Closes `poll` (if the kill left it open) and opens a poll on a new motion.
fn next_poll(base: &str, token: &str, poll: i64) -> i64 {
    let client = common::client();
    let post = |path: String, body: Value| -> (u16, Value) {
        let r = client.post(format!("{base}{path}")).bearer_auth(token).json(&body).send().expect("request");
        (r.status().as_u16(), r.json().unwrap_or(Value::Null))
    };
    let (status, _) = post(format!("/api/v1/polls/{poll}/close"), json!({}));
    assert!(status == 200 || status == 409, "close: {status}");
    let (status, motion) = post("/api/v1/assemblies/1/motions".into(), json!({"title": format!("After poll {poll}")}));
    assert_eq!(status, 201, "{motion}");
    let (status, next) = post(format!("/api/v1/motions/{}/polls", motion["id"]), json!({}));
    assert_eq!(status, 201, "{next}");
    next["id"].as_i64().expect("poll")
}

fn kills() -> usize {
    if std::env::var("PLENUM_LONG").is_ok_and(|v| v == "1") {
        1000
    } else {
        20
    }
}

#[test]
fn acknowledged_ballots_survive_sigkill() {
    let db = TestDb::sqlite();
    let secret: [u8; 32] = rand::thread_rng().gen();
    let dir = tempfile::tempdir().expect("dir");
    let key = key_file(dir.path(), &secret);
    let svc = services(&db.url, secret);
    let setup = set_up(&svc);
    let mut poll = setup.poll;
    let acknowledged: Arc<Mutex<Vec<(i64, String)>>> = Arc::default();
    let pending: Arc<Mutex<Vec<(i64, String)>>> = Arc::new(Mutex::new(setup.delegates.clone()));
    let mut rng = rand::thread_rng();
    let total_kills = kills();
    for round in 0..total_kills {
        let mut server = start(&db.url, &key);
        let base = server.base.clone();
        if pending.lock().expect("lock").is_empty() {
            // Everyone has voted: close, and a new motion for the next burst.
            poll = next_poll(&base, &setup.chair_token, poll);
            acknowledged.lock().expect("lock").clear();
            *pending.lock().expect("lock") = setup.delegates.clone();
        }
        let last = round + 1 == total_kills;
        let workers: Vec<_> = (0..8)
            .map(|_| {
                let (pending, acknowledged, base) = (pending.clone(), acknowledged.clone(), base.clone());
                std::thread::spawn(move || {
                    let client =
                        reqwest::blocking::Client::builder().timeout(Duration::from_secs(5)).build().expect("client");
                    loop {
                        let next = pending.lock().expect("lock").pop();
                        let Some((org, token)) = next else { break };
                        let res = client
                            .post(format!("{base}/api/v1/polls/{poll}/ballots"))
                            .bearer_auth(&token)
                            .json(&json!({"choice": "yes"}))
                            .send();
                        match res.map(|r| (r.status().as_u16(), r.json::<Value>().ok())) {
                            Ok((201, Some(body))) => {
                                let receipt = body["receipt"].as_str().unwrap_or_default().to_string();
                                acknowledged.lock().expect("lock").push((org, receipt));
                            }
                            // Committed before the kill, not acknowledged: it is there.
                            Ok((409, _)) => {}
                            // The server died under it: try again after the restart.
                            _ => {
                                pending.lock().expect("lock").push((org, token));
                                break;
                            }
                        }
                    }
                })
            })
            .collect();
        if last {
            // The last kill hits the close.
            for w in workers {
                let _ = w.join();
            }
            let client = common::client();
            let token = setup.chair_token.clone();
            let close = std::thread::spawn(move || {
                let _ =
                    client.post(format!("{base}/api/v1/polls/{poll}/close")).bearer_auth(token).json(&json!({})).send();
            });
            std::thread::sleep(Duration::from_micros(rng.gen_range(0..3000)));
            server.kill();
            let _ = close.join();
        } else {
            std::thread::sleep(Duration::from_millis(rng.gen_range(5..60)));
            server.kill();
            for w in workers {
                let _ = w.join();
            }
        }
        let poll = poll;
        let orgs: Vec<i64> = acknowledged.lock().expect("lock").iter().map(|(org, _)| *org).collect();
        check_consistent(&svc, poll, &orgs);
        eprintln!(
            "kill {}: {} acknowledged so far, {} still to vote",
            round + 1,
            acknowledged.lock().expect("lock").len(),
            pending.lock().expect("lock").len()
        );
    }

    // After the last restart: the rest vote, the chair closes if the kill
    // left the poll open, and the evidence verifies end to end.
    let mut server = start(&db.url, &key);
    let client = common::client();
    let remaining: Vec<(i64, String)> = pending.lock().expect("lock").drain(..).collect();
    let state = |client: &reqwest::blocking::Client| -> Value {
        client
            .get(format!("{}/api/v1/polls/{poll}", server.base))
            .bearer_auth(&setup.chair_token)
            .send()
            .and_then(|r| r.json())
            .expect("poll")
    };
    if state(&client)["state"] == "open" {
        for (_, token) in &remaining {
            let status = client
                .post(format!("{}/api/v1/polls/{poll}/ballots", server.base))
                .bearer_auth(token)
                .json(&json!({"choice": "no"}))
                .send()
                .expect("ballot")
                .status()
                .as_u16();
            assert!(status == 201 || status == 409, "{status}");
        }
        let status = client
            .post(format!("{}/api/v1/polls/{poll}/close", server.base))
            .bearer_auth(&setup.chair_token)
            .json(&json!({}))
            .send()
            .expect("close")
            .status()
            .as_u16();
        assert_eq!(status, 200);
    }
    let closed = state(&client);
    assert_eq!(closed["state"], "closed");
    let acknowledged = acknowledged.lock().expect("lock").clone();
    for (_, receipt) in &acknowledged {
        let check: Value = client
            .get(format!("{}/api/v1/receipts/{receipt}", server.base))
            .send()
            .and_then(|r| r.json())
            .expect("receipt");
        assert_eq!(check["included"], true, "{receipt}: {check}");
    }
    let bundle: plenum::export::bundle::Bundle = client
        .get(format!("{}/api/v1/assemblies/1/bundle", server.base))
        .bearer_auth(&setup.chair_token)
        .send()
        .and_then(|r| r.json())
        .expect("bundle");
    let report = plenum::verify::verify(&bundle, None);
    assert!(report.ok, "{}", report.render());
    server.kill();
    let orgs: Vec<i64> = acknowledged.iter().map(|(org, _)| *org).collect();
    check_consistent(&svc, poll, &orgs);
    assert!(!acknowledged.is_empty());
}
