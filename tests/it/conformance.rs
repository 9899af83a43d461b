//! One conformance suite for every kind of ballot (roll call, secret,
//! tellers, election round), run through both shapes of the ballot
//! writer's shared commit: ballots one at a time (a batch of one, which
//! asks the database for the one row it needs) and a burst queued behind
//! a held writer (one batch of many, which reads whole tables once and
//! defers its rows). Each kind must count the same in both shapes, on
//! both databases: how many voted, who has, the refusals the ledger
//! keeps, the live view, the result and the seal.

use crate::common::{TestApp, TestDb};
use diesel::prelude::*;
use plenum::bench::{prepare, Prepared};
use plenum::domain::assembly::AttendanceMode;
use plenum::domain::ids::{PollId, RoundId};
use plenum::domain::poll::{BallotType, Choice};
use plenum::domain::role::Role;
use plenum::error::AppResult;
use plenum::service::attendance::CheckInInput;
use plenum::service::elections::{CandidateInput, ElectionBallotInput, NewElectionInput};
use plenum::service::polls::{BallotInput, CloseInput, OpenPollInput, TellersInput};
use plenum::service::voting::{BallotReceipt, RoundReceipt};
use plenum::service::{Caller, Pending, Services};
use serde_json::Value;

/// Organisations in the network; the first `ROOM` are in the room for a
/// tellers poll, the last is away when a vote opens (outside its
/// snapshot), the two before it do not vote.
const ORGS: usize = 24;
const ROOM: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    RollCall,
    Secret,
    Tellers,
    Round,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Each ballot waits for its answer before the next is sent.
    OneByOne,
    /// Every ballot is queued while the writer is held, then released.
    Burst,
}

/// What one run of a kind through a shape counted: compared across shapes.
#[derive(Debug, PartialEq)]
struct Counted {
    accepted: usize,
    refused: Vec<(usize, String)>,
    cast_while_open: i64,
    live_cast: i64,
    voted: Vec<bool>,
    cast_events: i64,
    refused_events: i64,
    result: Value,
    sealed: Value,
    receipts_included: usize,
}

fn delegate(p: &Prepared, i: usize) -> Caller {
    let d = &p.delegates[i];
    Caller {
        account_id: d.account_id,
        name: format!("Delegate {i}"),
        email: d.email.clone(),
        role: Role::Delegate,
        organisation_id: Some(d.organisation_id),
        language: None,
    }
}

fn choice(i: usize) -> Choice {
    [Choice::Yes, Choice::No, Choice::Abstain][i % 3]
}

/// The ballots of one run, in order: organisation index and whether a
/// second ballot of the same organisation follows (refused: vote changes
/// are off), and the organisation outside the snapshot tries too.
fn voters() -> Vec<usize> {
    let mut order: Vec<usize> = (ROOM..ORGS - 3).collect();
    order.insert(3, ROOM); // a second ballot of the same organisation
    order.push(ORGS - 1); // away when the vote opened
    order
}

fn ledger_count(svc: &Services, kind: &str, subject: &str) -> i64 {
    use plenum::store::schema::audit_events as ev;
    let mut conn = svc.conn().expect("connection");
    ev::table.filter(ev::kind.eq(kind)).filter(ev::subject.eq(subject)).count().get_result(&mut *conn).expect("count")
}

/// A ballot queued to the writer: a poll's or a round's.
enum Queued {
    Poll(Pending<BallotReceipt>),
    Round(Pending<RoundReceipt>),
}

impl Queued {
    /// The answer: the receipt's code, or the refusal.
    fn wait(self) -> AppResult<String> {
        match self {
            Queued::Poll(p) => p.wait().map(|r| r.receipt),
            Queued::Round(p) => p.wait().map(|r| r.receipt),
        }
    }
}

/// Sends every ballot in `shape`; the answers (receipt codes) in order.
fn cast_all(
    svc: &Services,
    shape: Shape,
    ballots: Vec<Box<dyn FnOnce() -> AppResult<Queued>>>,
) -> Vec<AppResult<String>> {
    match shape {
        Shape::OneByOne => ballots.into_iter().map(|submit| submit().and_then(Queued::wait)).collect(),
        Shape::Burst => {
            // Hold the writer with a job that waits for the burst to be
            // queued: the burst then runs as one batch.
            let (release, held) = std::sync::mpsc::channel::<()>();
            let (started, writer_busy) = std::sync::mpsc::channel::<()>();
            let hold = svc
                .submit_grouped(move |_, _| {
                    let _ = started.send(());
                    let _ = held.recv();
                    Ok(plenum::service::Verdict::Done(()))
                })
                .expect("hold the writer");
            writer_busy.recv().expect("the writer took the hold");
            let pending: Vec<_> = ballots.into_iter().map(|submit| submit()).collect();
            release.send(()).expect("release");
            hold.wait().expect("the hold");
            pending.into_iter().map(|p| p.and_then(Queued::wait)).collect()
        }
    }
}

fn run(app: &TestApp, p: &Prepared, kind: Kind, shape: Shape, n: usize) -> Counted {
    let svc = &app.services;
    let chair = &p.chair;
    let orgs: Vec<i64> = p.delegates.iter().map(|d| d.organisation_id).collect();
    // The last organisation is away when the vote opens.
    svc.check_out(chair, plenum::domain::ids::AssemblyId(p.assembly), orgs[ORGS - 1]).expect("leaves");
    let (subject, id, candidates) = match kind {
        Kind::Round => {
            let e = svc
                .create_election(
                    chair,
                    plenum::domain::ids::AssemblyId(p.assembly),
                    NewElectionInput {
                        title: format!("Board {n}"),
                        seats: 2,
                        absolute_majority: false,
                        candidates: ["Ana", "Jonas", "Mira"]
                            .map(|c| CandidateInput { name: c.into(), organisation_id: None })
                            .to_vec(),
                    },
                )
                .expect("election");
            let e = svc.open_round(chair, e.id).expect("round");
            let round = e.rounds[0].id;
            (format!("round:{round}"), round, e.candidates.iter().map(|c| c.id).collect::<Vec<_>>())
        }
        _ => {
            let m = crate::common::motion(svc, chair, p.assembly, &format!("Motion {n}"));
            let ballot = match kind {
                Kind::RollCall => BallotType::RollCall,
                Kind::Secret => BallotType::Secret,
                _ => BallotType::Tellers,
            };
            let poll = svc.open_poll(chair, m, OpenPollInput { ballot }).expect("poll").id;
            (format!("poll:{poll}"), poll, vec![])
        }
    };
    svc.check_in(
        chair,
        plenum::domain::ids::AssemblyId(p.assembly),
        CheckInInput { organisation_id: orgs[ORGS - 1], mode: AttendanceMode::Remote },
    )
    .expect("back");
    if kind == Kind::Tellers {
        let input = TellersInput { yes: 2, no: 1, abstain: 1, organisation_ids: orgs[..ROOM].to_vec() };
        svc.record_tellers(chair, id, input).expect("the room's count");
    }
    let order = voters();
    let ballots: Vec<Box<dyn FnOnce() -> AppResult<Queued>>> = order
        .iter()
        .map(|&i| {
            let (svc, caller) = (svc.clone(), delegate(p, i));
            let approve: Vec<i64> = match i % 3 {
                0 => candidates.iter().take(1).copied().collect(),
                1 => candidates.iter().take(2).copied().collect(),
                _ => vec![],
            };
            Box::new(move || match kind {
                Kind::Round => svc
                    .submit_election_ballot(
                        &caller,
                        RoundId(id),
                        ElectionBallotInput { choices: approve, organisation_id: None },
                    )
                    .map(Queued::Round),
                _ => svc
                    .submit_ballot(
                        &caller,
                        PollId(id),
                        BallotInput { choice: choice(i), organisation_id: None, replaces: None },
                    )
                    .map(Queued::Poll),
            }) as Box<dyn FnOnce() -> AppResult<Queued>>
        })
        .collect();
    let answers = cast_all(svc, shape, ballots);
    let mut receipts = Vec::new();
    let mut refused = Vec::new();
    for (i, a) in order.iter().zip(answers) {
        match a {
            Ok(r) => receipts.push(r),
            Err(e) => refused.push((*i, e.code.to_string())),
        }
    }
    let (cast_while_open, live_cast) = match kind {
        Kind::Round => {
            let e = svc.election_of_round(plenum::domain::ids::RoundId(id)).expect("election");
            let live = svc.live_view(plenum::domain::ids::AssemblyId(p.assembly)).expect("live");
            let live_cast = live.open_rounds.iter().find(|r| r.id == id).expect("open round").cast;
            (e.rounds[0].cast, live_cast)
        }
        _ => {
            let poll = svc.get_poll(chair, id).expect("poll");
            let live = svc.live_view(plenum::domain::ids::AssemblyId(p.assembly)).expect("live");
            (poll.cast, live.open_polls.iter().find(|l| l.id == id).expect("open poll").cast)
        }
    };
    let voted: Vec<bool> = (0..ORGS)
        .map(|i| {
            let list = match kind {
                Kind::Round => svc.round_votes_for(plenum::domain::ids::RoundId(id), orgs[i]),
                _ => svc.votes_for(id, orgs[i]),
            }
            .expect("votes for");
            list.iter().any(|v| v.organisation_id == orgs[i] && v.voted)
        })
        .collect();
    let (result, sealed) = match kind {
        Kind::Round => {
            let e = svc.close_round(chair, plenum::domain::ids::RoundId(id)).expect("close");
            let result = serde_json::to_value(&e.rounds[0].result).expect("result");
            use plenum::store::schema::election_rounds as r;
            let mut conn = svc.conn().expect("connection");
            let doc: Option<String> =
                r::table.find(id).select(r::seal_document).first(&mut *conn).expect("seal document");
            (result, serde_json::from_str(&doc.expect("sealed")).expect("JSON"))
        }
        _ => {
            let closed = svc.close_poll(chair, id, CloseInput::default()).expect("close");
            let result = serde_json::to_value(&closed.result).expect("result");
            (result, svc.poll_seal(id).expect("seal").document)
        }
    };
    // A receipt the close did not count is not found, or not included.
    let receipts_included = receipts.iter().filter(|code| svc.check_receipt(code).is_ok_and(|c| c.included)).count();
    Counted {
        accepted: receipts.len(),
        refused,
        cast_while_open,
        live_cast,
        voted,
        cast_events: ledger_count(svc, "ballot.cast", &subject),
        refused_events: ledger_count(svc, "ballot.refused", &subject),
        result: comparable(result, &candidates),
        sealed: comparable(sealed, &candidates),
        receipts_included,
    }
}

/// A result or seal without what differs from run to run whatever the
/// count (ids of the vote, times, digests, receipt hashes, the ledger
/// head), and a round's candidates by their place on the ballot. The
/// organisations are the same in every run, so their ids stay.
fn comparable(v: Value, candidates: &[i64]) -> Value {
    const SPECIFIC: [&str; 12] = [
        "poll",
        "round",
        "election",
        "id",
        "opened_at",
        "closed_at",
        "ledger_head",
        "seal",
        "signature",
        "receipts",
        "receipt_hash",
        "motion",
    ];
    const CANDIDATE: [&str; 5] = ["candidate", "candidates", "elected", "runoff", "choices"];
    fn places(v: Value, candidates: &[i64]) -> Value {
        match v {
            Value::Number(n) => match n.as_i64().and_then(|id| candidates.iter().position(|c| *c == id)) {
                Some(place) => Value::String(format!("candidate {place}")),
                None => Value::Number(n),
            },
            Value::Array(list) => Value::Array(list.into_iter().map(|x| places(x, candidates)).collect()),
            other => other,
        }
    }
    match v {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(k, _)| !SPECIFIC.contains(&k.as_str()))
                .map(|(k, x)| {
                    let x = if CANDIDATE.contains(&k.as_str()) && !candidates.is_empty() {
                        places(x, candidates)
                    } else {
                        x
                    };
                    let x = comparable(x, candidates);
                    (k, x)
                })
                .collect(),
        ),
        Value::Array(list) => Value::Array(list.into_iter().map(|x| comparable(x, candidates)).collect()),
        other => other,
    }
}

fn every_kind_counts_alike_in_both_shapes(db: TestDb) {
    let app = TestApp::start(db);
    let p = prepare(&app.services, ORGS).expect("set-up");
    // The room: the first organisations are there in person.
    for d in &p.delegates[..ROOM] {
        app.services
            .check_out(&p.chair, plenum::domain::ids::AssemblyId(p.assembly), d.organisation_id)
            .expect("leaves");
        let input = CheckInInput { organisation_id: d.organisation_id, mode: AttendanceMode::InPerson };
        app.services.check_in(&p.chair, plenum::domain::ids::AssemblyId(p.assembly), input).expect("in the room");
    }
    let online = ORGS - 3 - ROOM; // the room, two that never vote and the one away
    for (n, kind) in [Kind::RollCall, Kind::Secret, Kind::Tellers, Kind::Round].into_iter().enumerate() {
        let one = run(&app, &p, kind, Shape::OneByOne, 2 * n);
        let burst = run(&app, &p, kind, Shape::Burst, 2 * n + 1);
        // What each kind must count, whatever the shape.
        let room = if kind == Kind::Tellers { ROOM } else { 0 };
        assert_eq!(one.accepted, online, "{kind:?}: {one:#?}");
        let want_refused = vec![(ROOM, "already_voted".to_string()), (ORGS - 1, "not_eligible".to_string())];
        assert_eq!(one.refused, want_refused, "{kind:?}");
        assert_eq!(one.cast_while_open, (online + room) as i64, "{kind:?}");
        assert_eq!(one.live_cast, one.cast_while_open, "{kind:?}: the live view counts as the API does");
        let voters: Vec<bool> = (0..ORGS).map(|i| (i < ROOM && room > 0) || (ROOM..ORGS - 3).contains(&i)).collect();
        assert_eq!(one.voted, voters, "{kind:?}");
        assert_eq!(one.cast_events, online as i64, "{kind:?}");
        // The refusal outside the snapshot is recorded; "already voted" is not a who-you-are refusal.
        assert_eq!(one.refused_events, 1, "{kind:?}");
        assert_eq!(one.receipts_included, online, "{kind:?}");
        // The seal counts who voted as the open poll did.
        if kind != Kind::Round {
            assert_eq!(one.sealed["participations"], one.cast_while_open, "{kind:?}: {}", one.sealed);
        }
        // Both shapes count and seal the same.
        assert_eq!(one.sealed, burst.sealed, "{kind:?}: sealed");
        assert_eq!(one.result, burst.result, "{kind:?}: result");
        assert_eq!(
            (one.accepted, one.refused, one.cast_while_open, one.live_cast, one.voted),
            (burst.accepted, burst.refused, burst.cast_while_open, burst.live_cast, burst.voted),
            "{kind:?}"
        );
        assert_eq!(
            (one.cast_events, one.refused_events, one.receipts_included),
            (burst.cast_events, burst.refused_events, burst.receipts_included),
            "{kind:?}"
        );
    }
}

both!(every_kind_counts_alike_in_both_shapes);
