//! Both migration sets build the same tables and columns, and go down and
//! up again cleanly.

mod common;

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

both!(migrations_are_reversible);
