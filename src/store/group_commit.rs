//! Group commit: concurrent writes of the same kind (ballots) are queued to
//! one writer thread, which runs as many as are waiting in one write
//! transaction and commits once. Nothing is acknowledged before the commit
//! that holds it; a write that fails takes back what it did alone; a failed
//! commit fails every write in it.
//!
//! Each write is handed the [`Batch`] it runs in: the connection, what the
//! batch has read, and the rows it defers. A write defers its new rows
//! (ballots, ledger events) to the batch, which inserts them together
//! before the commit; a failed write's deferred rows are dropped. A write
//! that changes the database directly must first call
//! [`Batch::savepoint`], so that its failure rolls back its own changes;
//! the common write (a new ballot) changes nothing directly and pays for no
//! savepoint. Debug builds check this on SQLite: a write that changes rows
//! without its savepoint stops the writer.
//!
//! What the batch read (the register, who has voted, the poll: [`Reads`])
//! is carried to the next batch when nothing else has changed the database
//! in between: every change appends to the ledger in its own transaction,
//! so an unchanged ledger head at the start of a batch means unchanged
//! rows. What never changes once written (a poll's eligibility snapshot:
//! [`Kept`]) is kept for as long as the writer runs.
//!
//! Why: a write transaction costs one durable commit (an fsync on SQLite
//! with `synchronous=FULL`), and on SQLite concurrent writers also wait on
//! the database lock with sleeps. One writer with batches pays one commit
//! for many ballots and never waits on the lock.

use super::rows::{Assembly, AuditEvent, Organisation, PendingBallot, Poll};
use super::{write_tx, DbConn, Pool};
use crate::domain::ids::{OrganisationId, PollId};
use diesel::Connection;
use std::collections::{HashMap, HashSet};
use std::sync::mpsc;
use std::sync::Mutex;

/// The ledger's last event: its sequence number and hash (`None` for an
/// empty ledger).
pub type Head = Option<(i64, String)>;

/// What a batch read, by what it is. No write in a batch changes these
/// rows (closing a poll, moving an assembly or changing the register takes
/// the write lock, so never happens mid-batch); they are carried to the
/// next batch while the ledger head stands still.
#[derive(Debug, Default)]
pub struct Reads {
    /// The whole register by id, read once by a large batch on PostgreSQL.
    pub register: Option<HashMap<OrganisationId, Organisation>>,
    /// Polls with their assemblies, by poll id.
    pub polls: HashMap<PollId, (Poll, Assembly)>,
    /// By poll id, the organisations whose ballot is in the database; the
    /// writer adds each batch's committed ballots.
    pub voted: HashMap<PollId, HashSet<OrganisationId>>,
}

/// What never changes once written, kept by the writer across batches.
/// Each writer serves one database, so nothing here names it.
#[derive(Debug, Default)]
pub struct Kept {
    /// By poll id, its eligibility snapshot: organisation id to `None` (it
    /// votes itself) or `Some(holder)` (by proxy).
    eligibility: HashMap<PollId, HashMap<OrganisationId, Option<i64>>>,
}

impl Kept {
    /// At most this many polls' snapshots are kept.
    const MAX_POLLS: usize = 256;

    /// A poll's snapshot, if kept.
    pub fn eligibility(&self, poll_id: PollId) -> Option<&HashMap<OrganisationId, Option<i64>>> {
        self.eligibility.get(&poll_id)
    }

    /// Keeps a poll's snapshot (forgetting the others once too many are
    /// kept).
    pub fn keep_eligibility(&mut self, poll_id: PollId, snapshot: HashMap<OrganisationId, Option<i64>>) {
        if self.eligibility.len() >= Self::MAX_POLLS {
            self.eligibility.clear();
        }
        self.eligibility.insert(poll_id, snapshot);
    }
}

/// One batch's own state, for the length of its transaction.
#[derive(Debug, Default)]
struct BatchState {
    /// How many writes the batch holds: reading a whole table once pays
    /// only for a large batch.
    size: usize,
    /// The ledger head as of the last append in this batch (only this
    /// batch appends while it holds the write lock).
    head: Head,
    reads: Reads,
    /// New ballots and ledger events, written together as multi-row
    /// inserts when the batch ends, before its commit: two statements for
    /// the batch instead of two per ballot.
    ballots: Vec<PendingBallot>,
    events: Vec<AuditEvent>,
    /// Whether the write now running has opened its savepoint.
    savepoint_open: bool,
}

/// What a write queued to the writer runs in: the batch's connection
/// (inside its transaction), what the batch has read, and the rows it
/// defers.
pub struct Batch<'a> {
    pub conn: &'a mut DbConn,
    state: &'a mut BatchState,
    kept: &'a mut Kept,
}

/// The batch size from which a write reads a whole table once rather than
/// one row per write.
pub const PREFETCH_FROM: usize = 16;

impl Batch<'_> {
    /// Whether the batch is large enough for a write to read a whole table
    /// once rather than one row ([`PREFETCH_FROM`]).
    pub fn reads_whole_tables(&self) -> bool {
        self.state.size >= PREFETCH_FROM
    }

    /// Has the rest of the batch read whole tables as a large batch does
    /// (a warm-up job reading ahead for the writes to come).
    pub fn read_whole_tables(&mut self) {
        self.state.size = self.state.size.max(PREFETCH_FROM);
    }

    /// What the batch has read.
    pub fn reads(&mut self) -> &mut Reads {
        &mut self.state.reads
    }

    /// What the writer keeps across batches.
    pub fn kept(&mut self) -> &mut Kept {
        self.kept
    }

    /// The ballots this batch will insert when it ends.
    pub fn pending_ballots(&mut self) -> &mut Vec<PendingBallot> {
        &mut self.state.ballots
    }

    /// The ledger head as of the batch's last append.
    pub fn head(&self) -> &Head {
        &self.state.head
    }

    /// Defers a ledger event chained to [`Batch::head`], which it becomes.
    pub fn defer_event(&mut self, event: AuditEvent) {
        self.state.head = Some((event.seq, event.hash.clone()));
        self.state.events.push(event);
    }

    /// Opens the running write's savepoint before it changes the database
    /// directly (once per write).
    pub fn savepoint(&mut self) -> diesel::QueryResult<()> {
        use diesel::connection::TransactionManager;
        if self.state.savepoint_open {
            return Ok(());
        }
        <DbConn as Connection>::TransactionManager::begin_transaction(self.conn)?;
        self.state.savepoint_open = true;
        Ok(())
    }
}

/// What one batch read, carried to the next while the ledger head stays
/// where the batch left it.
struct Carried {
    head: Head,
    reads: Reads,
}

/// How many rows one multi-row insert carries (SQLite allows 32,766 bound
/// values, PostgreSQL 65,535; an event has 8 columns).
const INSERT_CHUNK: usize = 1000;

/// Writes what the batch deferred, in order.
fn flush(conn: &mut DbConn, ballots: &[PendingBallot], events: &[AuditEvent]) -> diesel::QueryResult<()> {
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

/// A queued write: runs inside the batch's transaction and returns what to
/// do once the batch is committed (or not).
pub type Job = Box<dyn FnOnce(&mut Batch<'_>) -> Box<dyn FnOnce(Result<(), String>) + Send> + Send>;

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
    let mut kept = Kept::default();
    let mut carried: Option<Carried> = None;
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
        let mut state = BatchState { size, ..BatchState::default() };
        let last = carried.take();
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
            if let Some(last) = last.filter(|l| l.head == head) {
                state.reads = last.reads;
            }
            state.head = head;
            phases[1] = started.elapsed();
            let mut batch = Batch { conn: c, state: &mut state, kept: &mut kept };
            for job in jobs {
                done.push(job(&mut batch));
            }
            phases[2] = started.elapsed();
            // A job's error can end the whole transaction under us (SQLite
            // rolls back by itself on a full disk, SQLITE_FULL). What was
            // deferred must then not be written in autocommit: the batch
            // fails as one.
            if !in_transaction(c) {
                return Err(diesel::result::Error::BrokenTransactionManager);
            }
            let ballots = std::mem::take(&mut state.ballots);
            flush(c, &ballots, &std::mem::take(&mut state.events))?;
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
        if let Ok(ballots) = &committed {
            for ballot in ballots {
                if let Some(voted) = state.reads.voted.get_mut(&ballot.poll_id) {
                    voted.insert(ballot.organisation_id);
                }
            }
            carried = Some(Carried { head: state.head, reads: state.reads });
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
/// one ([`Batch::savepoint`]), is rolled back; if it succeeds, its
/// savepoint is released.
pub fn in_write<T, E>(batch: &mut Batch<'_>, f: impl FnOnce(&mut Batch<'_>) -> Result<T, E>) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    use diesel::connection::TransactionManager;
    type Manager = <DbConn as Connection>::TransactionManager;
    batch.state.savepoint_open = false;
    let before = (batch.state.head.clone(), batch.state.ballots.len(), batch.state.events.len());
    #[cfg(debug_assertions)]
    let changes_before = sqlite_changes(batch.conn);
    let mut out = f(batch);
    let opened = std::mem::take(&mut batch.state.savepoint_open);
    #[cfg(debug_assertions)]
    if !opened {
        let changed = sqlite_changes(batch.conn).saturating_sub(changes_before);
        if changed > 0 {
            tracing::error!(changed, "a grouped write changed rows without taking its savepoint");
        }
        debug_assert_eq!(changed, 0, "a grouped write changed rows without calling Batch::savepoint");
    }
    if opened {
        let ended = match out {
            Ok(_) => Manager::commit_transaction(batch.conn),
            Err(_) => Manager::rollback_transaction(batch.conn),
        };
        if let Err(e) = ended {
            out = Err(e.into());
        }
    }
    if out.is_err() {
        let (head, ballots, events) = before;
        batch.state.head = head;
        batch.state.ballots.truncate(ballots);
        batch.state.events.truncate(events);
    }
    out
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
