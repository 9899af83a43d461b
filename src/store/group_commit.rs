//! Group commit: concurrent writes of the same kind (ballots) are queued to
//! one writer thread, which runs as many as are waiting in one write
//! transaction and commits once. Nothing is acknowledged before the commit
//! that holds it; a write that fails takes back what it did alone; a failed
//! commit fails every write in it.
//!
//! A write defers its new rows (ballots, ledger events) to the batch, which
//! inserts them together before the commit; a failed write's deferred rows
//! are dropped. A write that changes the database directly must first call
//! [`savepoint`], so that its failure rolls back its own changes; the common
//! write (a new ballot) changes nothing directly and pays for no savepoint.
//! Debug builds check this on SQLite: a write that changes rows without its
//! savepoint stops the writer.
//!
//! What the batch read (the register, who has voted, the poll) is carried
//! to the next batch when nothing else has changed the database in between:
//! every change appends to the ledger in its own transaction, so an
//! unchanged ledger head at the start of a batch means unchanged rows.
//!
//! Why: a write transaction costs one durable commit (an fsync on SQLite
//! with `synchronous=FULL`), and on SQLite concurrent writers also wait on
//! the database lock with sleeps. One writer with batches pays one commit
//! for many ballots and never waits on the lock.

use super::{write_tx, DbConn, Pool};
use diesel::Connection;
use std::cell::RefCell;
use std::sync::mpsc;
use std::sync::Mutex;

/// What stays true for the length of one batch's transaction, kept by the
/// writer thread so each write need not read it again: the ledger head
/// (only this batch appends while it holds the write lock) and rows no
/// write in a batch changes (a poll with its assembly: closing a poll or
/// moving an assembly takes the write lock, so never happens mid-batch).
#[derive(Debug, Default)]
pub struct BatchCache {
    /// How many writes the batch holds: reading a whole table once pays
    /// only for a large batch.
    pub size: usize,
    /// The ledger head as of the last append in this batch, once known.
    pub head: Option<Option<(i64, String)>>,
    /// Rows by key, as the batch first read them.
    pub rows: std::collections::HashMap<String, Box<dyn std::any::Any>>,
    /// New ballots and ledger events, written together as multi-row
    /// inserts when the batch ends, before its commit: two statements for
    /// the batch instead of two per ballot.
    pub ballots: Vec<super::rows::PendingBallot>,
    pub events: Vec<super::rows::AuditEvent>,
    /// Whether the write now running has opened its savepoint.
    savepoint_open: bool,
}

/// The key of a poll's set of organisations that have voted
/// (`HashSet<i64>`) in [`BatchCache::rows`]; the writer adds each batch's
/// committed ballots to it.
pub fn voted_key(poll_id: i64) -> String {
    format!("voted:{poll_id}")
}

/// What one batch read, carried to the next while the ledger head stays
/// where the batch left it.
struct Carried {
    head: Option<(i64, String)>,
    rows: std::collections::HashMap<String, Box<dyn std::any::Any>>,
}

/// How many rows one multi-row insert carries (SQLite allows 32,766 bound
/// values, PostgreSQL 65,535; an event has 8 columns).
const INSERT_CHUNK: usize = 1000;

/// Writes what the batch deferred, in order.
fn flush(
    conn: &mut DbConn,
    ballots: &[super::rows::PendingBallot],
    events: &[super::rows::AuditEvent],
) -> diesel::QueryResult<()> {
    use diesel::RunQueryDsl;
    // Multi-row inserts are written per backend: the two spell them apart.
    macro_rules! on_each_backend {
        ($c:ident => $body:expr) => {
            match conn {
                DbConn::Sqlite($c) => $body,
                DbConn::Pg($c) => $body,
            }
        };
    }
    for chunk in ballots.chunks(INSERT_CHUNK) {
        on_each_backend!(c => diesel::insert_into(super::schema::ballots::table).values(chunk).execute(c))?;
    }
    for chunk in events.chunks(INSERT_CHUNK) {
        on_each_backend!(c => diesel::insert_into(super::schema::audit_events::table).values(chunk).execute(c))?;
    }
    Ok(())
}

thread_local! {
    static BATCH: RefCell<Option<BatchCache>> = const { RefCell::new(None) };
    static CARRIED: RefCell<Option<Carried>> = const { RefCell::new(None) };
    /// What never changes once written (a poll's eligibility snapshot),
    /// kept by the writer thread across batches. Each writer serves one
    /// database, so keys need not name it.
    static KEPT: RefCell<Option<std::collections::HashMap<String, std::rc::Rc<dyn std::any::Any>>>> =
        const { RefCell::new(None) };
}

/// The writer thread's cache of immutable rows; `None` on other threads.
pub fn kept<T: 'static>(key: &str) -> Option<std::rc::Rc<T>> {
    KEPT.with(|k| k.borrow().as_ref()?.get(key).cloned()?.downcast::<T>().ok())
}

/// Keeps an immutable value on the writer thread (no-op elsewhere); at
/// most a few hundred keys are kept.
pub fn keep<T: 'static>(key: String, value: std::rc::Rc<T>) {
    KEPT.with(|k| {
        if let Some(map) = k.borrow_mut().as_mut() {
            if map.len() >= 256 {
                map.clear();
            }
            map.insert(key, value);
        }
    });
}

/// Whether this thread is the writer in a batch of at least `n` writes.
pub fn in_batch_of(n: usize) -> bool {
    with_batch(|b| b.size >= n).unwrap_or(false)
}

/// The batch size from which a write reads a whole table once rather than
/// one row per write.
pub const PREFETCH_FROM: usize = 16;

/// Has the rest of the current batch read whole tables as a large batch
/// does (a warm-up job reading ahead for the writes to come).
pub fn read_whole_tables() {
    with_batch(|b| b.size = b.size.max(PREFETCH_FROM));
}

/// Runs `f` on the current batch's cache, if this thread is the writer in a
/// batch; `None` elsewhere (every other write reads the database).
pub fn with_batch<T>(f: impl FnOnce(&mut BatchCache) -> T) -> Option<T> {
    BATCH.with(|b| b.borrow_mut().as_mut().map(f))
}

/// A queued write: runs inside the batch's transaction and returns what to
/// do once the batch is committed (or not).
pub type Job = Box<dyn FnOnce(&mut DbConn) -> Box<dyn FnOnce(Result<(), String>) + Send> + Send>;

/// The handle the services hold.
#[derive(Debug)]
pub struct GroupCommit {
    queue: Mutex<mpsc::Sender<Job>>,
}

impl GroupCommit {
    /// Starts the writer thread on `pool`, batching up to `max_batch`. If
    /// the thread cannot start, every grouped write answers that the
    /// database is unavailable (the error is logged).
    pub fn start(pool: Pool, max_batch: usize) -> GroupCommit {
        let (tx, rx) = mpsc::channel::<Job>();
        let spawned =
            std::thread::Builder::new().name("plenum-group-commit".into()).spawn(move || writer(&pool, &rx, max_batch));
        if let Err(e) = spawned {
            tracing::error!(error = %e, "cannot start the group-commit writer");
        }
        GroupCommit { queue: Mutex::new(tx) }
    }

    /// Queues a job; `false` if the writer is gone.
    pub fn submit(&self, job: Job) -> bool {
        let queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        queue.send(job).is_ok()
    }
}

fn writer(pool: &Pool, rx: &mpsc::Receiver<Job>, max_batch: usize) {
    KEPT.with(|k| *k.borrow_mut() = Some(std::collections::HashMap::new()));
    let mut held: Option<super::PooledConn> = None;
    while let Ok(first) = rx.recv() {
        let mut jobs = vec![first];
        while jobs.len() < max_batch {
            match rx.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        // The writer keeps its connection from batch to batch (unless the
        // pool has only the one): it never queues for one behind the
        // requests, and its server process keeps its prepared statements
        // and caches warm. It is checked as the pool checks a connection
        // going out; a broken one is given back, and the pool drops it.
        if !held.as_mut().is_some_and(|c| !super::broken(c) && super::check(c).is_ok()) {
            held = None;
        }
        // Without a connection the jobs are dropped unrun: each caller sees
        // its reply channel close and answers that the database is away.
        let Some(mut pooled) = held.take().or_else(|| pool.get().ok()) else { continue };
        let conn: &mut DbConn = &mut pooled;
        let mut done = Vec::with_capacity(jobs.len());
        let size = jobs.len();
        let carried = CARRIED.with(|c| c.borrow_mut().take());
        BATCH.with(|b| *b.borrow_mut() = Some(BatchCache { size, ..BatchCache::default() }));
        // When each phase ended, for the batch's debug line (what a burst
        // spends where: `PLENUM_LOG=plenum::store::group_commit=debug`).
        let started = std::time::Instant::now();
        let mut phases = [std::time::Duration::ZERO; 4];
        let committed = write_tx(conn, |c| {
            phases[0] = started.elapsed();
            // The ledger head, read once the write lock is held: the
            // batch's first append needs it, and it tells whether what the
            // last batch read still holds.
            let head = super::ledger_head(c)?;
            with_batch(|b| {
                if let Some(carried) = carried.filter(|k| k.head == head) {
                    b.rows = carried.rows;
                }
                b.head = Some(head);
            });
            phases[1] = started.elapsed();
            for job in jobs {
                done.push(job(c));
            }
            phases[2] = started.elapsed();
            // A job's error can end the whole transaction under us (SQLite
            // rolls back by itself on a full disk, SQLITE_FULL). What was
            // deferred must then not be written in autocommit: the batch
            // fails as one.
            if !in_transaction(c) {
                return Err(diesel::result::Error::BrokenTransactionManager);
            }
            let (ballots, events) = BATCH
                .with(|b| {
                    b.borrow_mut().as_mut().map(|b| (std::mem::take(&mut b.ballots), std::mem::take(&mut b.events)))
                })
                .unwrap_or_default();
            flush(c, &ballots, &events)?;
            phases[3] = started.elapsed();
            Ok(ballots)
        });
        let us = |from: std::time::Duration, to: std::time::Duration| to.saturating_sub(from).as_micros() as u64;
        tracing::debug!(
            size,
            begin_us = us(std::time::Duration::ZERO, phases[0]),
            head_us = us(phases[0], phases[1]),
            jobs_us = us(phases[1], phases[2]),
            flush_us = us(phases[2], phases[3]),
            commit_us = us(phases[3], started.elapsed()),
            ok = committed.is_ok(),
            "batch"
        );
        let batch = BATCH.with(|b| b.borrow_mut().take());
        if let (Ok(ballots), Some(mut batch)) = (&committed, batch) {
            for ballot in ballots {
                let voted = batch.rows.get_mut(&voted_key(ballot.poll_id));
                if let Some(voted) = voted.and_then(|v| v.downcast_mut::<std::collections::HashSet<i64>>()) {
                    voted.insert(ballot.organisation_id);
                }
            }
            if let Some(head) = batch.head {
                CARRIED.with(|c| *c.borrow_mut() = Some(Carried { head, rows: batch.rows }));
            }
        }
        if pool.max_size() > 1 {
            held = Some(pooled);
        }
        let outcome = committed.map(|_| ()).map_err(|e| e.to_string());
        for d in done {
            d(outcome.clone());
        }
    }
}

/// Whether the batch's transaction is still open and sound, as diesel's
/// transaction manager knows it (a savepoint whose rollback failed because
/// the database had already ended the transaction marks it broken).
fn in_transaction(conn: &mut DbConn) -> bool {
    use diesel::connection::TransactionManager;
    matches!(
        <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn).transaction_depth(),
        Ok(Some(_))
    )
}

/// Runs `f` as one write of the batch. If it fails, the rows it deferred
/// are dropped, the ledger head is restored, and its savepoint, if it took
/// one ([`savepoint`]), is rolled back; if it succeeds, its savepoint is
/// released.
pub fn in_write<T, E>(conn: &mut DbConn, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    use diesel::connection::TransactionManager;
    type Manager = <DbConn as Connection>::TransactionManager;
    let before = with_batch(|b| {
        b.savepoint_open = false;
        (b.head.clone(), b.ballots.len(), b.events.len())
    });
    #[cfg(debug_assertions)]
    let changes_before = sqlite_changes(conn);
    let mut out = f(conn);
    let opened = with_batch(|b| std::mem::take(&mut b.savepoint_open)).unwrap_or(false);
    #[cfg(debug_assertions)]
    if !opened {
        let changed = sqlite_changes(conn).saturating_sub(changes_before);
        if changed > 0 {
            tracing::error!(changed, "a grouped write changed rows without taking its savepoint");
        }
        debug_assert_eq!(changed, 0, "a grouped write changed rows without calling group_commit::savepoint");
    }
    if opened {
        let ended = match out {
            Ok(_) => Manager::commit_transaction(conn),
            Err(_) => Manager::rollback_transaction(conn),
        };
        if let Err(e) = ended {
            out = Err(e.into());
        }
    }
    if out.is_err() {
        if let Some((head, ballots, events)) = before {
            with_batch(|b| {
                b.head = head;
                b.ballots.truncate(ballots);
                b.events.truncate(events);
            });
        }
    }
    out
}

/// Opens the running write's savepoint before it changes the database
/// directly (once per write; a no-op outside a batch, where the write has
/// its own transaction).
pub fn savepoint(conn: &mut DbConn) -> diesel::QueryResult<()> {
    use diesel::connection::TransactionManager;
    if with_batch(|b| b.savepoint_open) != Some(false) {
        return Ok(());
    }
    <DbConn as Connection>::TransactionManager::begin_transaction(conn)?;
    with_batch(|b| b.savepoint_open = true);
    Ok(())
}

/// Rows changed so far on this connection, on SQLite (0 on PostgreSQL):
/// the debug check that writes without a savepoint change nothing.
#[cfg(debug_assertions)]
fn sqlite_changes(conn: &mut DbConn) -> i64 {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Changes {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    match conn {
        DbConn::Sqlite(c) => {
            diesel::sql_query("SELECT total_changes() AS n").get_result::<Changes>(c).map(|r| r.n).unwrap_or_default()
        }
        DbConn::Pg(_) => 0,
    }
}
