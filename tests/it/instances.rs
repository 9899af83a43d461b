//! Two instances of plenum on one PostgreSQL database, sharing nothing but
//! the database (two processes of the real binary): every organisation's
//! ballot sent to both at once is counted once; a departure, an arrival and
//! a close made on one reach the live stream of the other; the login rate
//! limit counts failures made on either.

use crate::common;

use common::process::{check_consistent, key_file, services, start, Server};
use common::stream::{follow, wait_for};
use common::TestDb;
use rand::Rng;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ORGS: usize = 120;

/// Each organisation with the statuses its two simultaneous ballots got.
type Outcomes = Arc<Mutex<Vec<(i64, [u16; 2])>>>;

fn post(base: &str, token: &str, path: &str, body: Value) -> (u16, Value) {
    common::Api::with_token(base, token).post(path, body)
}

fn login(base: &str, email: &str, password: &str) -> u16 {
    let body = json!({"email": email, "password": password});
    common::client().post(format!("{base}/api/v1/session")).json(&body).send().expect("login").status().as_u16()
}

/// The time from `act` returning to the other instance's stream showing
/// what `want` looks for.
fn reaches(
    rx: &std::sync::mpsc::Receiver<(Instant, String)>,
    what: &str,
    act: impl FnOnce(),
    want: &dyn Fn(&Value) -> bool,
) -> Duration {
    act();
    let done = Instant::now();
    let (at, _) = wait_for(rx, what, &|_| {}, want);
    at.saturating_duration_since(done)
}

#[test]
fn two_instances_share_one_postgresql() {
    let Some(db) = TestDb::postgres() else { return };
    let secret: [u8; 32] = rand::thread_rng().gen();
    let dir = tempfile::tempdir().expect("dir");
    let key = key_file(dir.path(), &secret);
    let svc = services(&db.url, secret);
    let setup = plenum::bench::prepare(&svc, ORGS).expect("set-up");
    let (a, b): (Server, Server) = (start(&db.url, &key), start(&db.url, &key));
    let (chair, poll, assembly) = (setup.chair_token.clone(), setup.poll, setup.assembly);

    // Every organisation's ballot goes to both instances at the same moment.
    let queue =
        Arc::new(Mutex::new(setup.delegates.iter().map(|d| (d.organisation_id, d.token.clone())).collect::<Vec<_>>()));
    let outcomes: Outcomes = Arc::default();
    let workers: Vec<_> = (0..6)
        .map(|_| {
            let (queue, outcomes) = (queue.clone(), outcomes.clone());
            let bases = [a.base.clone(), b.base.clone()];
            std::thread::spawn(move || loop {
                let next = queue.lock().expect("lock").pop();
                let Some((org, token)) = next else { break };
                let barrier = std::sync::Barrier::new(2);
                let statuses = std::thread::scope(|s| {
                    let sent: Vec<_> = bases
                        .iter()
                        .map(|base| {
                            let (barrier, token) = (&barrier, &token);
                            s.spawn(move || {
                                barrier.wait();
                                post(base, token, &format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"})).0
                            })
                        })
                        .collect();
                    let got: Vec<u16> = sent.into_iter().map(|h| h.join().expect("request thread")).collect();
                    [got[0], got[1]]
                });
                outcomes.lock().expect("lock").push((org, statuses));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
    let outcomes = outcomes.lock().expect("lock").clone();
    assert_eq!(outcomes.len(), ORGS);
    let mut served = [0usize; 2];
    for (org, statuses) in &outcomes {
        let mut sorted = *statuses;
        sorted.sort_unstable();
        assert_eq!(sorted, [201, 409], "organisation {org}: one ballot counted, the other refused: {statuses:?}");
        served[usize::from(statuses[1] == 201)] += 1;
    }
    assert!(served[0] > 0 && served[1] > 0, "both instances counted ballots: {served:?}");
    let everyone: Vec<i64> = outcomes.iter().map(|(org, _)| *org).collect();
    check_consistent(&svc, poll, &everyone);

    // What happens on one instance reaches the other's stream.
    let rx_b = follow(&b.base, &format!("/live/assemblies/{assembly}"), &chair);
    let rx_a = follow(&a.base, &format!("/live/assemblies/{assembly}"), &chair);
    for rx in [&rx_a, &rx_b] {
        wait_for(rx, "the first snapshot", &|_| {}, &|v| v["quorum"]["present"] == ORGS);
    }
    let org = setup.delegates[0].organisation_id;
    let departure = reaches(
        &rx_b,
        "the departure made on the other instance",
        || {
            assert_eq!(
                common::Api::with_token(&a.base, &chair)
                    .delete(&format!("/api/v1/assemblies/{assembly}/attendance/{org}"))
                    .0,
                200
            )
        },
        &|v| v["quorum"]["present"] == ORGS - 1,
    );
    let arrival = reaches(
        &rx_a,
        "the arrival made on the other instance",
        || {
            let body = json!({"organisation_id": org, "mode": "in_person"});
            let (status, body) = post(&b.base, &chair, &format!("/api/v1/assemblies/{assembly}/attendance"), body);
            assert_eq!(status, 201, "{body}");
        },
        &|v| v["quorum"]["present"] == ORGS,
    );
    let close = reaches(
        &rx_b,
        "the close made on the other instance",
        || assert_eq!(post(&a.base, &chair, &format!("/api/v1/polls/{poll}/close"), json!({})).0, 200),
        &|v| v["last_result"]["id"] == poll,
    );
    eprintln!("across instances: departure {departure:?}, arrival {arrival:?}, close {close:?}");
    for (what, took) in [("departure", departure), ("arrival", arrival), ("close", close)] {
        assert!(took < Duration::from_secs(1), "the {what} reached the other instance's stream in {took:?}");
    }
    check_consistent(&svc, poll, &everyone);

    // The login rate limit counts failures on either instance.
    let email = setup.delegates[1].email.clone();
    let right = plenum::bench::PASSWORD;
    assert_eq!((login(&a.base, &email, right), login(&b.base, &email, right)), (201, 201));
    let failures = plenum::config::Settings::defaults().expect("settings").login_max_failures_per_account_and_address;
    for i in 0..failures {
        let base = if i % 2 == 0 { &a.base } else { &b.base };
        assert_eq!(login(base, &email, "not the password"), 401, "failure {}", i + 1);
    }
    assert_eq!(
        (login(&a.base, &email, right), login(&b.base, &email, right)),
        (429, 429),
        "after {failures} failures spread over both instances, both refuse even the right password"
    );
    let other = setup.delegates[2].email.clone();
    assert_eq!(login(&b.base, &other, right), 201, "another account is not held back");
}
