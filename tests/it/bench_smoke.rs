//! The load harness works: a small burst on each database, every ballot
//! counted once, the close seen by every live subscriber, a ceiling
//! measured. No timing is asserted here; figures live in BENCHMARKS.md.

use crate::common;

use common::TestDb;
use plenum::bench::{run, Options};

fn the_harness_runs_a_small_burst(db: TestDb) {
    // The harness makes its own scratch database: on PostgreSQL, on the
    // server the test database lives on.
    let database = (db.backend == "postgres").then(common::postgres_admin_url);
    drop(db);
    let options =
        Options { orgs: 200, clients: 32, database, logins: 8, subscribers: 5, ceiling_seconds: 0.3, pool_size: 4 };
    let r = run(&options).expect("the bench runs");
    assert_eq!((r.burst.ballots, r.burst.errors), (200, 0), "{r:?}");
    // Choices rotate yes, no, abstain: 67 of 200 say yes.
    assert_eq!(r.sealed_yes, 67);
    assert_eq!((r.logins, r.pool_size), (8, 4));
    assert!(r.fanout_ms.is_some(), "every subscriber saw the close: {r:?}");
    assert!(r.ceiling.one_writer_per_s > 0.0 && r.burst.per_s > 0.0);
    assert!(r.markdown_row().starts_with(&format!("| {} | 200 | 32 |", r.backend)));
    // The assembly's bundle was exported and verified, and holds.
    assert!(r.bundle.bytes > 200 * 100 && r.bundle.export_ms > 0.0 && r.bundle.verify_ms > 0.0, "{r:?}");
    assert_eq!(r.bundle.exit_code, 0, "the bench's bundle verifies: {r:?}");
    assert_eq!(
        r.markdown_row().matches('|').count(),
        plenum::bench::MARKDOWN_HEADER.lines().next().map_or(0, |h| h.matches('|').count())
    );
}

fn micro_figures_run_on_a_small_scale() {
    let m = plenum::bench::micro::run(&[1_000], 2_000).expect("micro");
    assert_eq!((m.tally_seal.len(), m.verify_events), (1, 2_000));
    assert!(m.verify_bytes > 2_000 * 100);
}

/// The notices harness: a convocation to every delegate, delivered to a
/// real SMTP server while the room votes, each burst whole.
fn the_notices_harness_runs(db: TestDb) {
    let Some(sink) = common::smtp::Sink::start() else { return };
    let database = (db.backend == "postgres").then(common::postgres_admin_url);
    drop(db);
    let options = plenum::bench::notices::NoticeOptions {
        orgs: 60,
        clients: 8,
        database,
        pool_size: 4,
        smtp: format!("127.0.0.1:{}", sink.port),
        mail_batch: 10,
    };
    let r = plenum::bench::notices::run(&options).expect("the notices bench runs");
    for burst in [&r.before, &r.during, &r.after] {
        assert_eq!((burst.ballots, burst.errors), (60, 0), "{r:?}");
    }
    assert_eq!(sink.messages().len(), 60, "one convocation per delegate");
    assert!(r.queue_s > 0.0 && r.delivery_s > 0.0 && r.messages_per_s > 0.0 && r.ratio > 0.0, "{r:?}");
}

#[test]
fn micro_figures() {
    micro_figures_run_on_a_small_scale();
}

both!(the_harness_runs_a_small_burst, the_notices_harness_runs);
