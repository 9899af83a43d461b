//! Both migration sets build the same tables and columns, and go down and
//! up again cleanly.

use crate::common;

use common::TestDb;
use plenum::store;

fn columns(db: &TestDb) -> Vec<(String, String)> {
    let pool = store::connect(&db.url, 1, 5000).expect("connect");
    let mut conn = pool.get().expect("connection");
    store::migrate(&mut conn).expect("migrate");
    store::table_columns(&mut conn).expect("columns")
}

#[test]
fn sqlite_and_postgres_schemas_match() {
    let sqlite = TestDb::sqlite();
    let Some(pg) = TestDb::postgres() else { return };
    let (s, p) = (columns(&sqlite), columns(&pg));
    assert!(s.len() > 50, "{s:?}");
    let only_sqlite: Vec<_> = s.iter().filter(|c| !p.contains(c)).collect();
    let only_pg: Vec<_> = p.iter().filter(|c| !s.contains(c)).collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "only in SQLite: {only_sqlite:?}; only in PostgreSQL: {only_pg:?}"
    );
}

fn migrations_are_reversible(db: TestDb) {
    let before = columns(&db);
    let pool = store::connect(&db.url, 1, 5000).expect("connect");
    let mut conn = pool.get().expect("connection");
    store::revert_all(&mut conn).expect("down");
    assert!(store::table_columns(&mut conn).expect("columns").is_empty());
    store::migrate(&mut conn).expect("up again");
    assert_eq!(store::table_columns(&mut conn).expect("columns"), before);
}

/// The pool opens all its connections at once and keeps them: a vote after
/// a quiet spell must not open connections while the room waits.
fn the_pool_keeps_every_connection_open(db: TestDb) {
    let pool = store::connect(&db.url, 4, 5000).expect("connect");
    assert_eq!(pool.state().connections, 4, "{:?}", pool.state());
    {
        let _in_use: Vec<_> = (0..4).map(|_| pool.get().expect("connection")).collect();
    }
    assert_eq!((pool.state().connections, pool.state().idle_connections), (4, 4), "{:?}", pool.state());
}

/// Labels are stored as text and read back as their enums
/// (`store/labels.rs`): every ballot type, state and outcome of a poll
/// round-trips (and the assembly's and organisations' labels with every
/// other test).
/// A label the binary does not know cannot be stored: each database's
/// CHECK refuses it, so a read never meets one (were it to, the read is a
/// fault, never another value).
fn stored_labels_round_trip_and_unknown_ones_are_refused(db: TestDb) {
    use diesel::connection::SimpleConnection;
    let n = common::network(db);
    for ballot in ["roll_call", "secret", "tellers"] {
        let poll = n.open_poll(ballot, &format!("A {ballot} vote"));
        let (_, open) = n.chair.get(&format!("/api/v1/polls/{poll}"));
        assert_eq!((open["ballot"].as_str(), open["state"].as_str()), (Some(ballot), Some("open")), "{open}");
        let closed = n.chair.close_poll(poll);
        assert_eq!(closed["state"], "closed", "{closed}");
        assert!(["carried", "rejected"].contains(&closed["result"]["outcome"].as_str().unwrap_or("")), "{closed}");
    }
    let poll = n.open_poll("roll_call", "Tampered");
    let mut conn = n.app.services.conn().expect("connection");
    let (a, org) = (n.assembly, n.orgs[0]);
    for (table, column, label, id) in [
        ("polls", "ballot_type", "ranked", poll),
        ("polls", "state", "paused", poll),
        ("polls", "outcome", "adjourned", poll),
        ("assemblies", "state", "recess", a),
        ("assemblies", "format", "postal", a),
        ("organisations", "kind", "observer", org),
        ("organisations", "status", "lapsed", org),
    ] {
        let tampered = conn.batch_execute(&format!("UPDATE {table} SET {column} = '{label}' WHERE id = {id}"));
        assert!(tampered.is_err(), "{table}.{column} = {label} was stored");
    }
    let (status, open) = n.chair.get(&format!("/api/v1/polls/{poll}"));
    assert_eq!((status, open["ballot"].as_str()), (200, Some("roll_call")), "{open}");
}

/// A read transaction cannot write: the database refuses the statement
/// (a change there would have no ledger event), nothing is changed, and
/// the connection writes again once the read is over, whether the read
/// failed or not.
fn a_read_cannot_write(db: TestDb) {
    use diesel::connection::SimpleConnection;
    let n = common::network(db);
    let org = n.orgs[0];
    let name = |n: &common::Network| n.chair.get(&format!("/api/v1/organisations/{org}")).1["name"].clone();
    let before = name(&n);
    let rename = format!("UPDATE organisations SET name = 'Renamed by a read' WHERE id = {org}");
    let refused = n.app.services.read(|conn| Ok(conn.batch_execute(&rename)?));
    assert!(refused.is_err(), "a write inside Services::read was allowed");
    assert_eq!(name(&n), before, "the read's write changed the register");

    let mut conn = n.app.services.conn().expect("connection");
    let on_one: Result<(), diesel::result::Error> = plenum::store::read_tx(&mut conn, |c| c.batch_execute(&rename));
    assert!(on_one.is_err(), "a write inside read_tx was allowed");
    let read: Result<(), diesel::result::Error> = plenum::store::read_tx(&mut conn, |c| c.batch_execute("SELECT 1"));
    assert!(read.is_ok(), "{read:?}");
    let touch = format!("UPDATE organisations SET name = name WHERE id = {org}");
    assert!(conn.batch_execute(&touch).is_ok(), "the connection stayed read-only after its reads");
}

/// A write takes its time once it holds the write lock, so the ledger's
/// times follow its order: a close that waited behind a batch of ballots
/// is not stamped before the ballots it counts (break-it review of
/// 2026-12-01: its time was read before it waited).
fn a_write_takes_its_time_once_it_holds_the_lock(db: TestDb) {
    use std::sync::mpsc;
    let app = common::TestApp::start(db);
    let (held, holding) = mpsc::channel();
    let (release, released) = mpsc::channel::<()>();
    let first = {
        let services = app.services.clone();
        std::thread::spawn(move || {
            services.write(|_, now| {
                let _ = held.send(now);
                let _ = released.recv();
                Ok(now)
            })
        })
    };
    let first_time = holding.recv().expect("the first write holds the lock");
    app.clock.advance(chrono::Duration::seconds(1));
    let second = {
        let services = app.services.clone();
        std::thread::spawn(move || services.write(|_, now| Ok(now)))
    };
    // The second write is waiting for the lock; time moves on meanwhile.
    std::thread::sleep(std::time::Duration::from_millis(300));
    app.clock.advance(chrono::Duration::seconds(1));
    let _ = release.send(());
    assert_eq!(first.join().expect("first").expect("first write"), first_time);
    let second_time = second.join().expect("second").expect("second write");
    assert_eq!(
        second_time,
        first_time + chrono::Duration::seconds(2),
        "the waiting write read its time before it held the lock"
    );
}

both!(
    a_write_takes_its_time_once_it_holds_the_lock,
    migrations_are_reversible,
    the_pool_keeps_every_connection_open,
    stored_labels_round_trip_and_unknown_ones_are_refused,
    a_read_cannot_write
);

/// SQLite runs in WAL with synchronous=FULL and foreign keys on, on every
/// pooled connection: an acknowledged vote survives power loss.
#[test]
fn sqlite_connections_are_durable() {
    use diesel::sql_types::{BigInt, Text};
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Mode {
        #[diesel(sql_type = Text)]
        journal_mode: String,
    }
    #[derive(diesel::QueryableByName)]
    struct Num {
        #[diesel(sql_type = BigInt)]
        value: i64,
    }
    let db = TestDb::sqlite();
    let pool = store::connect(&db.url, 3, 5000).expect("connect");
    let conns: Vec<_> = (0..3).map(|_| pool.get().expect("connection")).collect();
    for mut conn in conns {
        let c: &mut store::DbConn = &mut conn;
        let mode = diesel::sql_query("PRAGMA journal_mode").get_result::<Mode>(c).expect("journal_mode");
        assert_eq!(mode.journal_mode, "wal");
        let sync = diesel::sql_query("SELECT synchronous AS value FROM pragma_synchronous")
            .get_result::<Num>(c)
            .expect("sync");
        assert_eq!(sync.value, 2, "FULL");
        let fk = diesel::sql_query("SELECT foreign_keys AS value FROM pragma_foreign_keys")
            .get_result::<Num>(c)
            .expect("fk");
        assert_eq!(fk.value, 1);
    }
}

/// On PostgreSQL, seal documents (every ballot of a poll) are stored
/// without compression: compressing a megabyte inside the close's
/// transaction cost the close 10-20 ms at 10,000 organisations.
#[test]
fn seal_documents_are_stored_uncompressed_on_postgres() {
    use diesel::RunQueryDsl;
    let Some(pg) = TestDb::postgres() else { return };
    let _ = columns(&pg);
    let pool = store::connect(&pg.url, 1, 5000).expect("connect");
    let mut conn = pool.get().expect("connection");
    #[derive(diesel::QueryableByName, Debug, PartialEq)]
    struct Storage {
        #[diesel(sql_type = diesel::sql_types::Text)]
        table_name: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        storage: String,
    }
    let rows: Vec<Storage> = diesel::sql_query(
        "SELECT c.relname::text AS table_name, a.attstorage::text AS storage \
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
         WHERE a.attname = 'seal_document' AND c.relkind = 'r' ORDER BY 1",
    )
    .load(&mut *conn)
    .expect("storage");
    let want = ["election_rounds", "polls"].map(|t| Storage { table_name: t.into(), storage: "e".into() });
    assert_eq!(rows, want);
}
