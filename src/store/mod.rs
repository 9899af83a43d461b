//! Storage: one diesel codebase over SQLite and PostgreSQL.
//!
//! The backend is chosen from the URL. Where the two must differ (connection
//! set-up, migrations, how a write transaction begins), this module matches
//! on the [`DbConn`] variant; nothing above it does.

pub mod group_commit;
mod ids;
mod labels;
pub mod liveness;
pub mod presence;
pub mod register_at_close;
pub mod rows;
pub mod schema;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use std::path::PathBuf;
use std::time::Duration;

/// A connection to either backend.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// A pool of connections.
pub type Pool = r2d2::Pool<ConnectionManager>;
/// A connection taken from the pool.
pub type PooledConn = r2d2::PooledConnection<ConnectionManager>;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const PG_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// The lock every PostgreSQL write transaction takes first, so writes (and
/// the audit chain's appends) are serialised as they are on SQLite.
pub const PG_WRITE_LOCK: i64 = 0x706c_656e_756d;

/// Which database a URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    Postgres(String),
    Sqlite(PathBuf),
}

impl Backend {
    /// `postgres://` or `postgresql://` is PostgreSQL; anything else is a
    /// SQLite file path (an optional `sqlite://` prefix is dropped).
    pub fn from_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres(url.to_string())
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            Backend::Sqlite(PathBuf::from(path))
        }
    }

    /// A short name for logs and reports.
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Postgres(_) => "postgresql",
            Backend::Sqlite(_) => "sqlite",
        }
    }
}

/// Why a connection could not be made, with the database's own reason.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot connect to PostgreSQL: {0}")]
    Postgres(String),
    #[error("cannot open the SQLite database {path}: {reason}")]
    Sqlite { path: String, reason: String },
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database pool: {0}")]
    Pool(#[from] r2d2::Error),
    #[error("migrations failed: {0}")]
    Migration(String),
}

/// Opens connections for the pool, with SQLite's durability settings.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    backend: Backend,
    busy_timeout_ms: u32,
    doubts: liveness::Doubts,
}

impl ConnectionManager {
    pub fn new(backend: Backend, busy_timeout_ms: u32) -> Self {
        ConnectionManager { backend, busy_timeout_ms, doubts: liveness::Doubts::default() }
    }

    /// Opens one connection, reporting the real reason when it fails.
    pub fn connect(&self) -> Result<DbConn, StoreError> {
        match &self.backend {
            Backend::Postgres(url) => {
                let mut conn =
                    PgConnection::establish(url).map_err(|e| StoreError::Postgres(e.to_string().trim().to_string()))?;
                conn.set_instrumentation(liveness::Liveness::new(&self.doubts));
                Ok(DbConn::Pg(conn))
            }
            Backend::Sqlite(path) => {
                let fail = |reason: String| StoreError::Sqlite { path: path.display().to_string(), reason };
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| fail(e.to_string()))?;
                }
                let path_str = path.to_str().ok_or_else(|| fail("the path is not valid UTF-8".into()))?;
                let mut conn = SqliteConnection::establish(path_str).map_err(|e| fail(e.to_string()))?;
                // WAL with synchronous=FULL: an acknowledged vote survives power loss.
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
                    self.busy_timeout_ms
                ))
                .map_err(|e| fail(e.to_string()))?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }
}

impl r2d2::ManageConnection for ConnectionManager {
    type Connection = DbConn;
    type Error = StoreError;

    fn connect(&self) -> Result<DbConn, StoreError> {
        ConnectionManager::connect(self)
    }

    /// A PostgreSQL connection that answered a moment ago, with no broken
    /// connection since, goes out without a round trip (`liveness`).
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), StoreError> {
        check(conn)
    }

    /// A connection left mid-transaction or lost (libpq reports it bad and
    /// diesel marks it) is dropped; a lost one casts doubt on the others.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        broken(conn)
    }
}

/// Makes sure a connection is usable before a use: a SQLite connection
/// answers `SELECT 1`; a PostgreSQL one is trusted without a round trip if
/// it answered a moment ago and no connection of its pool has broken since
/// (`liveness`), and asked otherwise.
pub fn check(conn: &mut DbConn) -> Result<(), StoreError> {
    if liveness_of(conn).is_some_and(|l| l.trusted(std::time::Instant::now())) {
        return Ok(());
    }
    conn.batch_execute("SELECT 1").map_err(StoreError::from)?;
    if let DbConn::Pg(pg) = conn {
        if let Some(l) = pg.instrumentation().downcast_mut::<liveness::Liveness>() {
            l.checked();
        }
    }
    Ok(())
}

/// Whether a connection must be dropped: left mid-transaction, or lost.
/// Either casts doubt on the other connections of its pool.
pub fn broken(conn: &mut DbConn) -> bool {
    let lost = liveness_of(conn).is_some_and(|l| l.lost());
    let broken = lost || <DbConn as Connection>::TransactionManager::is_broken_transaction_manager(conn);
    if broken {
        if let Some(l) = liveness_of(conn) {
            l.doubt_the_others();
        }
    }
    broken
}

/// A PostgreSQL connection's record of its liveness.
fn liveness_of(conn: &mut DbConn) -> Option<&liveness::Liveness> {
    match conn {
        DbConn::Pg(pg) => pg.instrumentation().downcast_ref::<liveness::Liveness>(),
        DbConn::Sqlite(_) => None,
    }
}

/// Connects to the database named by `url`: one connection first, so a wrong
/// URL or password fails at once with its real reason, then the pool.
pub fn connect(url: &str, pool_size: u32, busy_timeout_ms: u32) -> Result<Pool, StoreError> {
    let manager = ConnectionManager::new(Backend::from_url(url), busy_timeout_ms);
    drop(manager.connect()?);
    let pool = r2d2::Pool::builder()
        .max_size(pool_size)
        // Every connection is kept open, idle or not: votes come in bursts
        // after quiet minutes (a debate), and a pool that had shrunk would
        // open its connections in the middle of the burst (on PostgreSQL a
        // server process and TLS each: tens of milliseconds for a room).
        .min_idle(Some(pool_size))
        .connection_timeout(Duration::from_secs(10))
        .build(manager)?;
    Ok(pool)
}

/// Runs the pending migrations of the connection's backend; returns their names.
pub fn migrate(conn: &mut DbConn) -> Result<Vec<String>, StoreError> {
    let applied = match conn {
        DbConn::Pg(c) => c.run_pending_migrations(PG_MIGRATIONS).map(|v| v.iter().map(|m| m.to_string()).collect()),
        DbConn::Sqlite(c) => {
            c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.iter().map(|m| m.to_string()).collect())
        }
    };
    applied.map_err(|e| StoreError::Migration(e.to_string()))
}

/// Reverts every migration (tests of the migrations themselves).
pub fn revert_all(conn: &mut DbConn) -> Result<(), StoreError> {
    let reverted = match conn {
        DbConn::Pg(c) => c.revert_all_migrations(PG_MIGRATIONS).map(|_| ()),
        DbConn::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(|_| ()),
    };
    reverted.map_err(|e| StoreError::Migration(e.to_string()))
}

/// The last ledger event's seq and hash, if any.
pub fn ledger_head(conn: &mut DbConn) -> diesel::QueryResult<Option<(i64, String)>> {
    use diesel::prelude::*;
    use schema::audit_events;
    audit_events::table
        .select((audit_events::seq, audit_events::hash))
        .order(audit_events::seq.desc())
        .first::<(i64, String)>(conn)
        .optional()
}

/// Runs `f` in a write transaction: `BEGIN IMMEDIATE` on SQLite, and on
/// PostgreSQL a transaction that first takes the write lock. Writes are thus
/// serialised on both backends, which keeps the audit chain gap-free and
/// makes every check-then-write inside `f` race-free. Commits on `Ok`, rolls
/// back on `Err`.
pub fn write_tx<T, E, F>(conn: &mut DbConn, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    match conn {
        DbConn::Sqlite(inner) => AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?,
        // `BEGIN` and the lock in one round trip: the writer's batches pay
        // for each one (the ledger head is read by the next statement, whose
        // snapshot comes after the lock).
        DbConn::Pg(inner) => {
            let begin = format!("BEGIN; SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})");
            if let Err(e) = AnsiTransactionManager::begin_transaction_sql(inner, &begin) {
                // If `BEGIN` ran and the lock failed, the block it opened is
                // aborted and diesel does not count it: end it here.
                let _ = inner.batch_execute("ROLLBACK");
                return Err(e.into());
            }
        }
    }
    match f(conn) {
        Ok(value) => {
            if let Err(e) = <DbConn as Connection>::TransactionManager::commit_transaction(conn) {
                let _ = <DbConn as Connection>::TransactionManager::rollback_transaction(conn);
                return Err(e.into());
            }
            Ok(value)
        }
        Err(e) => {
            // A failed rollback marks the connection broken; the pool drops it.
            let _ = <DbConn as Connection>::TransactionManager::rollback_transaction(conn);
            Err(e)
        }
    }
}

/// Runs `f` in a read transaction, which sees one state and cannot write:
/// `BEGIN READ ONLY` on PostgreSQL (in the same round trip as `BEGIN`), and
/// on SQLite the connection is `query_only` until the transaction ends.
/// A write inside `f` fails with the database's own refusal, so a read
/// that changed anything (an unaudited change) cannot go unnoticed.
pub fn read_tx<T, E, F>(conn: &mut DbConn, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    match conn {
        DbConn::Sqlite(inner) => {
            if let Err(e) = AnsiTransactionManager::begin_transaction_sql(inner, "PRAGMA query_only = ON; BEGIN") {
                // The pragma may have taken while `BEGIN` failed: the
                // connection must not stay read-only for the next write.
                inner.batch_execute("PRAGMA query_only = OFF")?;
                return Err(e.into());
            }
        }
        DbConn::Pg(inner) => AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN READ ONLY")?,
    }
    let out = f(conn);
    let ended = match out {
        Ok(_) => <DbConn as Connection>::TransactionManager::commit_transaction(conn),
        // A failed rollback marks the connection broken; the pool drops it.
        Err(_) => <DbConn as Connection>::TransactionManager::rollback_transaction(conn),
    };
    if let DbConn::Sqlite(inner) = conn {
        inner.batch_execute("PRAGMA query_only = OFF")?;
    }
    match (out, ended) {
        (Ok(_), Err(e)) => {
            let _ = <DbConn as Connection>::TransactionManager::rollback_transaction(conn);
            Err(e.into())
        }
        (out, _) => out,
    }
}

/// The tables and their columns, as the database itself reports them
/// (used to prove both migration sets build the same schema).
pub fn table_columns(conn: &mut DbConn) -> Result<Vec<(String, String)>, StoreError> {
    use diesel::sql_types::Text;
    #[derive(diesel::QueryableByName)]
    struct Col {
        #[diesel(sql_type = Text)]
        table_name: String,
        #[diesel(sql_type = Text)]
        column_name: String,
    }
    let sql = match conn {
        DbConn::Pg(_) => {
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns WHERE table_schema = current_schema() \
             AND table_name NOT LIKE '__diesel%'"
        }
        DbConn::Sqlite(_) => {
            "SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m \
             JOIN pragma_table_info(m.name) p WHERE m.type = 'table' \
             AND m.name NOT LIKE '__diesel%' AND m.name NOT LIKE 'sqlite_%'"
        }
    };
    let mut cols: Vec<(String, String)> =
        diesel::sql_query(sql).load::<Col>(conn)?.into_iter().map(|c| (c.table_name, c.column_name)).collect();
    cols.sort();
    Ok(cols)
}
