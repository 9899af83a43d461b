//! Races, on both databases: many requests released together, repeated.
//! CI runs 100 rounds of the same-organisation race and 20 of the others;
//! `PLENUM_LONG=1` runs 1,000 of each.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{TestApp, TestDb};
use plenum::bench::{prepare, Prepared};
use plenum::domain::organisation::OrgStatus;
use plenum::domain::poll::BallotType;
use plenum::service::organisations::OrganisationChange;
use plenum::service::polls::{CloseInput, OpenPollInput};
use serde_json::{json, Value};
use std::sync::{Arc, Barrier};

fn rounds(ci: usize) -> usize {
    if std::env::var("PLENUM_LONG").is_ok_and(|v| v == "1") {
        1000
    } else {
        ci
    }
}

fn new_poll(app: &TestApp, p: &Prepared, round: usize) -> i64 {
    let m = common::motion(&app.services, &p.chair, p.assembly, &format!("Round {round}"));
    app.services.open_poll(&p.chair, m, OpenPollInput { ballot: BallotType::RollCall }).expect("poll").id
}

/// `n` threads, each with its own client, released together every round.
fn together<T: Send + 'static>(
    n: usize,
    rounds: usize,
    mut before: impl FnMut(usize) -> Arc<dyn Fn(usize, &reqwest::blocking::Client) -> T + Send + Sync>,
    mut after: impl FnMut(usize, Vec<T>),
) {
    for round in 0..rounds {
        let work = before(round);
        let barrier = Arc::new(Barrier::new(n));
        let out: Vec<T> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..n)
                .map(|i| {
                    let (work, barrier) = (work.clone(), barrier.clone());
                    s.spawn(move || {
                        let client = reqwest::blocking::Client::new();
                        barrier.wait();
                        work(i, &client)
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("thread")).collect()
        });
        after(round, out);
    }
}

fn one_organisation_many_ballots(db: TestDb) {
    let app = TestApp::start(db);
    let p = prepare(&app.services, 1).expect("set-up");
    let token = p.delegates[0].token.clone();
    let base = app.base.clone();
    let current = std::cell::Cell::new(0i64);
    together(
        200,
        rounds(100),
        |round| {
            let poll = new_poll(&app, &p, round);
            current.set(poll);
            let (token, base) = (token.clone(), base.clone());
            let url = format!("{base}/api/v1/polls/{poll}/ballots");
            Arc::new(move |i, client: &reqwest::blocking::Client| {
                let choice = ["yes", "no", "abstain"][i % 3];
                client
                    .post(&url)
                    .bearer_auth(&token)
                    .json(&json!({"choice": choice}))
                    .send()
                    .map_or(0, |r| r.status().as_u16())
            })
        },
        |round, statuses| {
            let poll = current.get();
            let ok = statuses.iter().filter(|s| **s == 201).count();
            let conflicts = statuses.iter().filter(|s| **s == 409).count();
            assert_eq!((ok, conflicts), (1, 199), "round {round}: {statuses:?}");
            let closed = app.services.close_poll(&p.chair, poll, Default::default()).expect("close");
            let r = closed.result.expect("result");
            assert_eq!(r.yes + r.no + r.abstain, 1, "round {round}: one counted ballot");
        },
    );
}

fn ballots_race_the_close(db: TestDb) {
    let app = TestApp::start(db);
    let p = prepare(&app.services, 60).expect("set-up");
    let tokens: Arc<Vec<String>> = Arc::new(p.delegates.iter().map(|d| d.token.clone()).collect());
    let base = app.base.clone();
    let chair = p.chair_token.clone();
    let current = std::cell::Cell::new(0i64);
    together(
        61,
        rounds(20),
        |round| {
            let poll = new_poll(&app, &p, round);
            current.set(poll);
            let (tokens, base, chair) = (tokens.clone(), base.clone(), chair.clone());
            Arc::new(move |i, client: &reqwest::blocking::Client| -> (usize, u16, Value) {
                let (token, path, body) = match tokens.get(i) {
                    Some(t) => (t.clone(), format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"})),
                    // The last thread is the chair, closing in the middle of it.
                    None => (chair.clone(), format!("/api/v1/polls/{poll}/close"), json!({})),
                };
                let res = client.post(format!("{base}{path}")).bearer_auth(token).json(&body).send().expect("request");
                let status = res.status().as_u16();
                (i, status, res.json().unwrap_or(Value::Null))
            })
        },
        |round, out| {
            let poll = current.get();
            assert!(out.iter().all(|(_, s, _)| *s < 500), "round {round}: {out:?}");
            let counted: Vec<&Value> = out.iter().filter(|(i, s, _)| *i < 60 && *s == 201).map(|(_, _, b)| b).collect();
            assert!(
                out.iter()
                    .filter(|(i, _, _)| *i < 60)
                    .all(|(_, s, b)| *s == 201 || (*s == 409 && b["error"] == "poll_closed")),
                "round {round}: a ballot is counted or refused as late: {out:?}"
            );
            let view = app.services.get_poll(&p.chair, poll).expect("poll");
            let r = view.result.expect("closed by the chair's request");
            assert_eq!(
                r.yes as usize,
                counted.len(),
                "round {round}: every acknowledged ballot is in the sealed count"
            );
            let seal = app.services.poll_seal(poll).expect("seal");
            let sealed: Vec<&str> = seal.document["ballots"]
                .as_array()
                .expect("ballots")
                .iter()
                .filter_map(|b| b["receipt_hash"].as_str())
                .collect();
            assert_eq!(sealed.len(), counted.len());
        },
    );
}

/// Ballots share commits, and a batch carries what it read (the register,
/// who has voted, the poll) to the next batch only while nothing else has
/// changed the database. A suspension between two bursts, and the close
/// after them, must be seen by the next ballot; a burst's ballots must be
/// known to the next batch. Rounds of 40 organisations voting at once.
fn what_a_batch_read_is_dropped_after_a_change(db: TestDb) {
    let app = TestApp::start(db);
    let orgs = 41;
    let p = prepare(&app.services, orgs).expect("set-up");
    let tokens: Arc<Vec<String>> = Arc::new(p.delegates.iter().map(|d| d.token.clone()).collect());
    let base = app.base.clone();
    let current = std::cell::Cell::new(0i64);
    let cast = |token: &str, poll: i64| -> (u16, Value) {
        let res = reqwest::blocking::Client::new()
            .post(format!("{base}/api/v1/polls/{poll}/ballots"))
            .bearer_auth(token)
            .json(&json!({"choice": "no"}))
            .send()
            .expect("request");
        (res.status().as_u16(), res.json().unwrap_or(Value::Null))
    };
    together(
        orgs - 1,
        rounds(5),
        |round| {
            // The organisation that will not vote in the burst is away when
            // the poll opens: outside the snapshot, the register explains
            // its refusal, so a stale register shows in the answer.
            app.services
                .check_out(&p.chair, plenum::domain::ids::AssemblyId(p.assembly), p.delegates[0].organisation_id)
                .expect("leave");
            let poll = new_poll(&app, &p, round);
            current.set(poll);
            let (tokens, base) = (tokens.clone(), base.clone());
            Arc::new(move |i, client: &reqwest::blocking::Client| -> u16 {
                client
                    .post(format!("{base}/api/v1/polls/{poll}/ballots"))
                    .bearer_auth(&tokens[i + 1])
                    .json(&json!({"choice": "yes"}))
                    .send()
                    .expect("request")
                    .status()
                    .as_u16()
            })
        },
        |round, out| {
            let poll = current.get();
            assert!(out.iter().all(|s| *s == 201), "round {round}: {out:?}");
            // Every ballot of the burst is known to the next batch.
            let (status, body) = cast(&tokens[1], poll);
            assert_eq!((status, body["error"].as_str()), (409, Some("already_voted")), "round {round}: {body}");
            // The organisation that has not voted is suspended, then votes:
            // "not eligible" would mean the register read before was kept.
            let org = p.delegates[0].organisation_id;
            let status =
                |status| OrganisationChange { status: Some(status), reason: "test".into(), ..Default::default() };
            app.services.change_organisation(&p.chair, org, status(OrgStatus::Suspended)).expect("suspend");
            let (code, body) = cast(&tokens[0], poll);
            assert_eq!((code, body["error"].as_str()), (403, Some("suspended_cannot_vote")), "round {round}: {body}");
            // After the close, no batch takes a ballot on the poll.
            app.services.close_poll(&p.chair, poll, CloseInput::default()).expect("close");
            let (code, body) = cast(&tokens[2], poll);
            assert_eq!((code, body["error"].as_str()), (409, Some("poll_closed")), "round {round}: {body}");
            let r = app.services.get_poll(&p.chair, poll).expect("poll").result.expect("closed");
            assert_eq!((r.yes, r.no), (orgs as i32 - 1, 0), "round {round}");
            app.services.change_organisation(&p.chair, org, status(OrgStatus::Active)).expect("reinstate");
            let back = plenum::service::attendance::CheckInInput {
                organisation_id: org,
                mode: plenum::domain::assembly::AttendanceMode::Remote,
            };
            app.services.check_in(&p.chair, plenum::domain::ids::AssemblyId(p.assembly), back).expect("back");
        },
    );
}

fn a_proxy_races_its_grantor_arriving(db: TestDb) {
    let app = TestApp::start(db);
    let p = prepare(&app.services, 0).expect("set-up");
    let base = app.base.clone();
    let chair = p.chair_token.clone();
    let a = p.assembly;
    together(
        2,
        rounds(20),
        |round| {
            // A fresh pair each round: the holder present, the grantor not yet.
            let mk = |name: String| {
                app.services
                    .create_organisation(
                        &p.chair,
                        plenum::service::organisations::NewOrganisationInput {
                            name,
                            country: "BE".into(),
                            kind: plenum::domain::organisation::OrgKind::Full,
                        },
                    )
                    .expect("organisation")
                    .id
            };
            let grantor = mk(format!("Grantor {round}"));
            let holder = mk(format!("Holder {round}"));
            app.services
                .check_in(
                    &p.chair,
                    plenum::domain::ids::AssemblyId(a),
                    plenum::service::attendance::CheckInInput {
                        organisation_id: holder,
                        mode: plenum::domain::assembly::AttendanceMode::Remote,
                    },
                )
                .expect("holder in");
            let (base, chair) = (base.clone(), chair.clone());
            Arc::new(move |i, client: &reqwest::blocking::Client| -> (i64, u16) {
                let (path, body) = if i == 0 {
                    (format!("/api/v1/assemblies/{a}/proxies"), json!({"grantor_id": grantor, "holder_id": holder}))
                } else {
                    (
                        format!("/api/v1/assemblies/{a}/attendance"),
                        json!({"organisation_id": grantor, "mode": "in_person"}),
                    )
                };
                let status =
                    client.post(format!("{base}{path}")).bearer_auth(&chair).json(&body).send().expect("request");
                (grantor, status.status().as_u16())
            })
        },
        |round, out| {
            assert!(out.iter().all(|(_, s)| *s < 500), "round {round}: {out:?}");
            let grantor = out[0].0;
            // Whatever the order, the grantor is present and votes itself:
            // its proxy never stays live beside it.
            let live = app
                .services
                .list_proxies(plenum::domain::ids::AssemblyId(a))
                .expect("proxies")
                .into_iter()
                .filter(|x| x.grantor_id == grantor && x.state == "live")
                .count();
            assert_eq!(live, 0, "round {round}: {out:?}");
            let q = app.services.quorum(&p.chair, plenum::domain::ids::AssemblyId(a)).expect("quorum");
            assert_eq!(q.represented, 0, "round {round}: nobody is represented while present");
        },
    );
}

/// One organisation, two delegates (both active): their ballots sent at the
/// same instant, for a roll call, a secret poll, a tellers poll's online
/// ballot and an election round: one is counted, the other is told the
/// organisation has voted. 20 rounds of each (1,000 with `PLENUM_LONG`).
fn two_delegates_of_one_organisation_vote_once(db: TestDb) {
    use plenum::domain::role::Role;
    let n = common::network(db);
    let (a, alpha) = (n.assembly, n.orgs[0]);
    n.app.account("d0-second@example.org", Role::Delegate, Some(alpha));
    let tokens: Arc<Vec<String>> = Arc::new(
        [n.delegates[0].token.clone(), n.app.login("d0-second@example.org").token.clone()]
            .into_iter()
            .map(|t| t.expect("a token"))
            .collect(),
    );
    n.check_in(0, AttendanceMode::Remote);
    n.check_in(1, AttendanceMode::Remote);
    let base = n.app.base.clone();
    for kind in ["roll_call", "secret", "tellers", "round"] {
        let target = std::cell::Cell::new((String::new(), Value::Null, String::new()));
        together(
            2,
            rounds(20),
            |round| {
                let (ballots, body, close) = if kind == "round" {
                    let e = n.chair.ok(
                        &format!("/api/v1/assemblies/{a}/elections"),
                        json!({"title": format!("Board {round}"), "seats": 1,
                               "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}]}),
                        201,
                    );
                    let first = e["candidates"][0]["id"].clone();
                    let e = n.chair.ok(&format!("/api/v1/elections/{}/rounds", e["id"]), json!({}), 201);
                    let r = &e["rounds"][0]["id"];
                    (
                        format!("/api/v1/rounds/{r}/ballots"),
                        json!({"choices": [first]}),
                        format!("/api/v1/rounds/{r}/close"),
                    )
                } else {
                    let m = n.chair.ok(
                        &format!("/api/v1/assemblies/{a}/motions"),
                        json!({"title": format!("{kind} {round}")}),
                        201,
                    );
                    let p = n.chair.ok(&format!("/api/v1/motions/{}/polls", m["id"]), json!({"ballot": kind}), 201);
                    let p = &p["id"];
                    (format!("/api/v1/polls/{p}/ballots"), json!({"choice": "yes"}), format!("/api/v1/polls/{p}/close"))
                };
                target.set((ballots.clone(), body.clone(), close));
                let (base, tokens) = (base.clone(), tokens.clone());
                Arc::new(move |i: usize, client: &reqwest::blocking::Client| {
                    let res = client
                        .post(format!("{base}{ballots}"))
                        .bearer_auth(&tokens[i])
                        .json(&body)
                        .send()
                        .expect("ballot");
                    let status = res.status().as_u16();
                    (status, res.json::<Value>().unwrap_or(Value::Null))
                })
            },
            |round, out| {
                let mut statuses: Vec<u16> = out.iter().map(|(s, _)| *s).collect();
                statuses.sort();
                assert_eq!(statuses, [201, 409], "{kind}, round {round}: {out:?}");
                let refused = out.iter().find(|(s, _)| *s == 409).map(|(_, b)| b["error"].clone());
                assert_eq!(refused, Some(json!("already_voted")), "{kind}, round {round}: {out:?}");
                let (_, _, close) = target.take();
                let closed = n.chair.ok(&close, json!({}), 200);
                if kind != "round" {
                    assert_eq!(closed["result"]["yes"], 1, "{kind}, round {round}: {closed}");
                }
            },
        );
    }
}

both!(
    two_delegates_of_one_organisation_vote_once,
    one_organisation_many_ballots,
    ballots_race_the_close,
    what_a_batch_read_is_dropped_after_a_change,
    a_proxy_races_its_grantor_arriving
);
