//! Group commit: concurrent writes of the same kind (ballots) are queued to
//! one writer thread, which runs as many as are waiting in one write
//! transaction, each inside its own savepoint, and commits once. Nothing is
//! acknowledged before the commit that holds it; a write that fails rolls
//! back its savepoint alone; a failed commit fails every write in it.
//!
//! Why: a write transaction costs one durable commit (an fsync on SQLite
//! with `synchronous=FULL`), and on SQLite concurrent writers also wait on
//! the database lock with sleeps. One writer with batches pays one commit
//! for many ballots and never waits on the lock.

use super::{write_tx, DbConn, Pool};
use diesel::Connection;
use std::sync::mpsc;
use std::sync::Mutex;

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
    while let Ok(first) = rx.recv() {
        let mut jobs = vec![first];
        while jobs.len() < max_batch {
            match rx.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        // Without a connection the jobs are dropped unrun: each caller sees
        // its reply channel close and answers that the database is away.
        let Ok(mut conn) = pool.get() else { continue };
        let conn: &mut DbConn = &mut conn;
        let mut done = Vec::with_capacity(jobs.len());
        let committed = write_tx(conn, |c| {
            for job in jobs {
                done.push(job(c));
            }
            Ok::<(), diesel::result::Error>(())
        });
        let outcome = committed.map_err(|e| e.to_string());
        for d in done {
            d(outcome.clone());
        }
    }
}

/// Runs `f` inside a savepoint of the batch: an `Err` rolls back `f`'s
/// writes alone.
pub fn in_savepoint<T, E>(conn: &mut DbConn, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    conn.transaction(f)
}
