//! The outbox under faults, with the real binary and a real SMTP server:
//! killed with SIGKILL again and again while it sends, then restarted,
//! nothing is lost and a message goes twice only when the kill fell
//! between the server's acceptance and its record (at most one per kill,
//! with the same Message-ID); two instances on one PostgreSQL send each
//! message exactly once.

use crate::common;

use common::process::{key_file, services, start_with, Server};
use common::smtp::Sink;
use common::TestDb;
use plenum::domain::assembly::{AssemblyFormat, AssemblyState};
use plenum::domain::ids::AssemblyId;
use plenum::service::{Caller, Services};
use rand::Rng;
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

/// A convened assembly of the prepared network with its convocation
/// queued (one message per organisation); answers its id.
fn queued_convocation(svc: &Services, chair: &Caller) -> AssemblyId {
    let input = plenum::input::NewAssemblyInput {
        venue: Some("Brussels".into()),
        ..plenum::input::NewAssemblyInput::new(
            "Convened for the outbox",
            svc.clock.now().and_utc() + chrono::Duration::days(60),
            AssemblyFormat::Hybrid,
        )
    };
    let id = svc.create_assembly(chair, input).expect("assembly").id;
    svc.transition_assembly(chair, id, AssemblyState::Convened).expect("convened");
    svc.send_convocation(chair, id).expect("convocation");
    id
}

/// The settings that send to `sink` in small batches with short leases,
/// so a killed instance's messages are taken again within seconds.
fn mail_env(sink: &Sink) -> Vec<(&'static str, String)> {
    let mut env = sink.env();
    env.push(("PLENUM_MAIL_BATCH", "2".into()));
    env.push(("PLENUM_MAIL_TIMEOUT_SECONDS", "1".into()));
    env
}

fn start(url: &str, key: &std::path::Path, env: &[(&'static str, String)]) -> Server {
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    start_with(url, key, &env)
}

/// Waits until every message of the assembly is sent.
fn all_sent(svc: &Services, chair: &Caller, assembly: AssemblyId, n: i64) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let page = svc.outbox(chair, assembly).expect("outbox");
        if page.counts.sent == n {
            return;
        }
        assert!(Instant::now() < deadline, "sent {} of {n}: {:?}", page.counts.sent, page.counts);
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The Message-IDs the outbox holds for the assembly.
fn kept_ids(svc: &Services, chair: &Caller, assembly: AssemblyId) -> BTreeSet<String> {
    svc.outbox(chair, assembly).expect("outbox").messages.into_iter().map(|m| m.message_id).collect()
}

/// How many times each Message-ID reached the server.
fn received(sink: &Sink) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for m in sink.messages() {
        *seen.entry(m["message_id"].as_str().unwrap_or("").to_string()).or_insert(0) += 1;
    }
    seen
}

fn sent_events(svc: &Services, chair: &Caller) -> Vec<String> {
    let filter =
        plenum::input::LedgerFilter { kind: Some("notice.sent".into()), limit: Some(10_000), ..Default::default() };
    svc.filter_ledger(chair, &filter).expect("ledger").into_iter().map(|e| e.subject).collect()
}

/// A network of `orgs` on the database at `url` with a convocation queued,
/// and the key file the servers read.
struct Queued {
    _dir: tempfile::TempDir,
    key: std::path::PathBuf,
    svc: Services,
    chair: Caller,
    assembly: AssemblyId,
}

fn queued(url: &str, orgs: usize) -> Queued {
    let secret: [u8; 32] = rand::thread_rng().gen();
    let dir = tempfile::tempdir().expect("dir");
    let key = key_file(dir.path(), &secret);
    let svc = services(url, secret);
    let chair = plenum::bench::prepare(&svc, orgs).expect("set-up").chair;
    let assembly = queued_convocation(&svc, &chair);
    Queued { _dir: dir, key, svc, chair, assembly }
}

#[test]
fn the_outbox_survives_sigkill_while_sending() {
    let Some(sink) = Sink::start() else { return };
    const ORGS: usize = 120;
    let db = TestDb::sqlite();
    let Queued { key, svc, chair, assembly, .. } = queued(&db.url, ORGS);
    // Each message takes the server a few milliseconds: kills fall inside
    // deliveries as well as between them.
    sink.rules(&[], &[], 0.01);
    let env = mail_env(&sink);
    let mut rng = rand::thread_rng();
    let kills = 6;
    for _ in 0..kills {
        let mut server = start(&db.url, &key, &env);
        std::thread::sleep(Duration::from_millis(rng.gen_range(150..600)));
        server.kill();
    }
    let before_last = sink.messages().len();
    assert!(before_last < ORGS, "the kills came while sending ({before_last} of {ORGS} arrived)");
    let _server = start(&db.url, &key, &env);
    all_sent(&svc, &chair, assembly, ORGS as i64);

    let seen = received(&sink);
    let kept = kept_ids(&svc, &chair, assembly);
    assert_eq!(seen.keys().cloned().collect::<BTreeSet<_>>(), kept, "every message arrived, and no other");
    let twice: usize = seen.values().map(|n| n - 1).sum();
    assert!(twice <= kills, "{twice} repeats for {kills} kills: {seen:?}");
    // Each message's delivery is on record exactly once.
    let events = sent_events(&svc, &chair);
    assert_eq!(events.len(), ORGS);
    assert_eq!(events.iter().collect::<BTreeSet<_>>().len(), ORGS);
    assert_eq!(svc.check_ledger(&chair).expect("ledger").broken_at, None);
}

#[test]
fn two_instances_send_each_message_once() {
    let Some(db) = TestDb::postgres() else { return };
    let Some(sink) = Sink::start() else { return };
    const ORGS: usize = 200;
    let Queued { key, svc, chair, assembly, .. } = queued(&db.url, ORGS);
    sink.rules(&[], &[], 0.002);
    let env = mail_env(&sink);
    let (_a, _b) = (start(&db.url, &key, &env), start(&db.url, &key, &env));
    all_sent(&svc, &chair, assembly, ORGS as i64);
    // Let a late second delivery show if there were one.
    std::thread::sleep(Duration::from_millis(500));
    let seen = received(&sink);
    assert_eq!(seen.len(), ORGS);
    assert!(seen.values().all(|n| *n == 1), "a message went twice: {seen:?}");
    assert_eq!(seen.keys().cloned().collect::<BTreeSet<_>>(), kept_ids(&svc, &chair, assembly));
    assert_eq!(sent_events(&svc, &chair).len(), ORGS);
}
