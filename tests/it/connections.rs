//! The pool after the database server drops its connections (a restart, a
//! fail-over, an administrator): pooled connections that answered a moment
//! ago go out unchecked (no `SELECT 1` per request), so the first request on
//! a lost one fails with a clear 503; that loss casts doubt on the rest of
//! the pool, which is checked before use, and every request after it is
//! served. And a write whose lock fails leaves its connection clean.
//! PostgreSQL only: a SQLite file has no connection to lose.

use crate::common::{network, Network, TestDb};
use plenum::domain::assembly::AttendanceMode;
use serde_json::json;
use std::thread;

/// Every organisation's delegate and the chair read at once, so the pool
/// holds several connections.
fn fill_the_pool(n: &Network) {
    thread::scope(|s| {
        for _ in 0..4 {
            for api in n.delegates.iter().chain([&n.chair]) {
                s.spawn(move || {
                    let (status, body) = api.get(&format!("/api/v1/assemblies/{}/quorum", n.assembly));
                    assert_eq!(status, 200, "{body}");
                });
            }
        }
    });
}

#[test]
fn a_lost_connection_fails_one_request_and_the_pool_recovers() {
    let Some(db) = TestDb::postgres() else { return };
    let n = network(db);
    let a = n.assembly;
    for i in 0..3 {
        n.check_in(i, AttendanceMode::Remote);
    }
    let m = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Accounts 2025"}), 201)["id"]
        .as_i64()
        .expect("motion");
    let poll = n.chair.ok(&format!("/api/v1/motions/{m}/polls"), json!({"ballot": "roll_call"}), 201)["id"]
        .as_i64()
        .expect("poll");
    for round in 0..3 {
        fill_the_pool(&n);
        let ended = n.app.db.terminate_connections();
        assert!(ended >= 2, "round {round}: only {ended} connections to end");
        let mut statuses = Vec::new();
        for i in 0..40 {
            let api = &n.delegates[i % 3];
            let (status, body) = api.get(&format!("/api/v1/assemblies/{a}/quorum"));
            if status == 503 {
                assert_eq!(body["error"], "database_unavailable", "{body}");
            } else {
                assert_eq!(status, 200, "round {round}, request {i}: {body}");
            }
            statuses.push(status);
        }
        let failed = statuses.iter().filter(|s| **s == 503).count();
        eprintln!("round {round}: the server ended {ended} connections; {failed} request(s) failed");
        assert!(failed <= 1, "round {round}: {failed} requests failed after the server ended {ended} connections");
        assert_eq!(statuses.last(), Some(&200));
        // A ballot after the loss goes through the shared commit as any other.
        n.delegates[round].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    }
    let closed = n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    assert_eq!(closed["result"]["yes"], 3, "{closed}");
}

/// Every PostgreSQL write begins with `BEGIN` and the write lock in one
/// round trip. If the lock fails (here: `lock_timeout` while an outside
/// session holds it), the write is refused and the transaction block that
/// `BEGIN` opened is ended, so the pooled connection serves the next write.
#[test]
fn a_write_that_cannot_take_the_lock_leaves_its_connection_usable() {
    use diesel::connection::SimpleConnection;
    use diesel::{Connection, PgConnection};
    let Some(db) = TestDb::postgres() else { return };
    let n = network(db);
    let a = n.assembly;
    let url = n.app.db.url.clone();
    let mut outside = PgConnection::establish(&url).expect("outside connection");
    let name = url.rsplit('/').next().expect("database name").to_string();
    outside.batch_execute(&format!("ALTER DATABASE {name} SET lock_timeout = '300ms'")).expect("lock_timeout");
    // The pool's connections reconnect with the setting (one request may
    // meet a lost connection on the way).
    n.app.db.terminate_connections();
    let _ = n.chair.get(&format!("/api/v1/assemblies/{a}"));
    let mut outside = PgConnection::establish(&url).expect("outside connection");
    let lock = plenum::store::PG_WRITE_LOCK;
    outside.batch_execute(&format!("SELECT pg_advisory_lock({lock})")).expect("hold the write lock");

    let arrive = json!({"organisation_id": n.orgs[0], "mode": "remote"});
    let (status, body) = n.delegates[0].post(&format!("/api/v1/assemblies/{a}/attendance"), arrive.clone());
    assert_eq!((status, body["error"].as_str()), (503, Some("database_busy")), "a write without the lock: {body}");
    let (_, present) = n.chair.get(&format!("/api/v1/assemblies/{a}/attendance/stays"));
    assert_eq!(present.as_array().map(Vec::len), Some(0), "nothing was written: {present}");

    outside.batch_execute(&format!("SELECT pg_advisory_unlock({lock})")).expect("release");
    // The same connections write again: arrive and leave, ten times.
    for i in 0..10 {
        let (status, body) = n.delegates[0].post(&format!("/api/v1/assemblies/{a}/attendance"), arrive.clone());
        assert_eq!(status, 201, "arrival {i}: {body}");
        let (status, body) = n.desk.delete(&format!("/api/v1/assemblies/{a}/attendance/{}", n.orgs[0]));
        assert_eq!(status, 200, "departure {i}: {body}");
    }
}
