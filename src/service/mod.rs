//! Use cases. Each is one transaction, with its audit event appended inside
//! it. Authorisation is checked here, against the [`Caller`], so no handler
//! can forget it.

pub mod accounts;
pub mod agenda;
pub mod assemblies;
pub mod attendance;
pub mod auth;
pub mod bundle;
pub mod demo;
pub mod displays;
pub mod elections;
pub mod home;
pub mod invitations;
pub mod ledger;
pub mod live;
#[cfg(feature = "bench")]
pub mod load;
pub mod minutes;
pub mod motions;
pub mod notices;
pub mod organisations;
pub mod polls;
pub mod proxies;
pub mod retention;
pub mod speakers;
pub mod translations;
pub mod voting;

use crate::audit::event::Event;
use crate::audit::{self, Actor, Entry, Ledger};
use crate::clock::Clock;
use crate::config::Settings;
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::store::group_commit::Batch;
use crate::store::{self, DbConn, Pool, PooledConn};
use chrono::NaiveDateTime;
use std::sync::Arc;

/// Everything a use case needs: the pool, the clock and the settings.
#[derive(Clone)]
pub struct Services {
    pub pool: Pool,
    pub clock: Arc<dyn Clock>,
    pub settings: Arc<Settings>,
    /// The instance's signing key for seals.
    pub sealer: Arc<crate::audit::seal::Sealer>,
    /// The writer that batches ballots into shared commits.
    group: Arc<crate::store::group_commit::GroupCommit>,
    /// As many permits as the pool has connections: the web layer takes
    /// one for each call that may read or write (`web::run`).
    pub gate: Arc<tokio::sync::Semaphore>,
}

/// The account acting, as the services see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    /// The language the account chose, if any.
    pub language: Option<crate::i18n::Lang>,
}

impl Caller {
    /// The actor recorded in the audit ledger.
    pub fn actor(&self) -> Actor {
        Actor::Account(self.account_id)
    }

    /// Refuses with 403 unless the caller has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> AppResult<()> {
        if roles.contains(&self.role) {
            Ok(())
        } else {
            let role = roles
                .iter()
                .map(|r| crate::i18n::role_label(*r))
                .reduce(|a, b| Msg::EitherOr { a: a.into(), b: b.into() })
                .unwrap_or(Msg::RoleSecretariat);
            Err(AppError::forbidden(ErrorCode::RoleRequired, Msg::RoleRequired { role: role.into() }))
        }
    }
}

/// A time as an API field: RFC 3339 in UTC.
pub fn api_time(at: NaiveDateTime) -> String {
    audit::canonical_time(at)
}

/// The most writes one group commit holds.
const GROUP_COMMIT_MAX: usize = 512;

impl Services {
    pub fn new(pool: Pool, clock: Arc<dyn Clock>, settings: Settings, sealer: crate::audit::seal::Sealer) -> Self {
        let group = crate::store::group_commit::GroupCommit::start(pool.clone(), GROUP_COMMIT_MAX);
        let gate = Arc::new(tokio::sync::Semaphore::new(pool.max_size() as usize));
        Services { pool, clock, settings: Arc::new(settings), sealer: Arc::new(sealer), group: Arc::new(group), gate }
    }

    /// Runs a use case in the shared commit of whatever other such writes
    /// are waiting: one durable commit for a batch. `f` writes through the
    /// [`Batch`] it is handed and answers a [`Verdict`]: a refusal still
    /// commits what it recorded. Returns at once with the answer to come,
    /// which arrives only once its batch is committed (or has failed): a
    /// request handler awaits it without holding a thread while the batch
    /// runs, other callers wait for it on their own thread
    /// ([`Pending::wait`]).
    pub fn submit_grouped<T, F>(&self, f: F) -> AppResult<Pending<T>>
    where
        T: Send + 'static,
        F: FnOnce(&mut Batch<'_>, NaiveDateTime) -> AppResult<Verdict<T>> + Send + 'static,
    {
        let (reply, answer) = tokio::sync::oneshot::channel::<AppResult<T>>();
        let clock = self.clock.clone();
        let job: crate::store::group_commit::Job = Box::new(move |batch| {
            let now = clock.now();
            let ran = crate::store::group_commit::in_write(batch, |b| f(b, now));
            Box::new(move |committed: Result<(), String>| {
                let out = match committed {
                    Ok(()) => ran.and_then(Verdict::into_result),
                    Err(reason) => Err(AppError::commit_failed(reason)),
                };
                let _ = reply.send(out);
            })
        });
        if !self.group.submit(job) {
            return Err(AppError::database_unavailable("the group-commit writer is gone".into()));
        }
        Ok(Pending(answer))
    }

    /// A connection from the pool.
    pub fn conn(&self) -> AppResult<PooledConn> {
        Ok(self.pool.get()?)
    }

    /// Runs a use case in one write transaction, with the current time.
    pub fn write<T>(&self, f: impl FnOnce(&mut DbConn, NaiveDateTime) -> AppResult<T>) -> AppResult<T> {
        let mut conn = self.conn()?;
        // The time is read once the write lock is held: writes are stamped
        // in the order they commit, so the ledger's times follow its `seq`
        // (a close that waited behind a batch of ballots is not stamped
        // before the ballots it counts).
        store::write_tx(&mut conn, |c| f(c, self.clock.now()))
    }

    /// Runs reads in one read-only transaction: they see one state, and
    /// the database refuses any write among them ([`store::read_tx`]).
    pub fn read<T>(&self, f: impl FnOnce(&mut DbConn) -> AppResult<T>) -> AppResult<T> {
        let mut pooled = self.conn()?;
        store::read_tx(&mut pooled, f)
    }

    /// Runs one statement that reads: alone it sees one state, so it needs
    /// no transaction (on PostgreSQL, a `BEGIN` and a `COMMIT` fewer: two
    /// round trips of the three a session lookup would cost).
    pub fn read_one<T>(&self, f: impl FnOnce(&mut DbConn) -> AppResult<T>) -> AppResult<T> {
        let mut pooled = self.conn()?;
        f(&mut pooled)
    }
}

/// What a write that may refuse answers: done, or refused with the
/// refusal on record. A refused write still commits what it wrote (the
/// ledger's record of the refusal), then answers the error; an `Err`
/// around it, by contrast, takes back everything the write did.
#[must_use]
#[derive(Debug)]
pub enum Verdict<T> {
    Done(T),
    Refused(AppError),
}

impl<T> Verdict<T> {
    /// The answer the caller sees.
    pub fn into_result(self) -> AppResult<T> {
        match self {
            Verdict::Done(value) => Ok(value),
            Verdict::Refused(err) => Err(err),
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Verdict<U> {
        match self {
            Verdict::Done(value) => Verdict::Done(f(value)),
            Verdict::Refused(err) => Verdict::Refused(err),
        }
    }
}

/// A grouped write's answer, due once its batch is committed (or has
/// failed). Dropped unanswered, the batch never ran: the database is away.
#[derive(Debug)]
pub struct Pending<T>(tokio::sync::oneshot::Receiver<AppResult<T>>);

impl<T> Pending<T> {
    /// Waits for the answer, blocking this thread (never an async worker's).
    pub fn wait(self) -> AppResult<T> {
        self.0.blocking_recv().unwrap_or_else(|_| Err(unanswered()))
    }

    /// Waits for the answer without holding a thread.
    pub async fn answer(self) -> AppResult<T> {
        self.0.await.unwrap_or_else(|_| Err(unanswered()))
    }
}

fn unanswered() -> AppError {
    AppError::database_unavailable("the batch was dropped unrun".into())
}

/// Appends an audit event inside the current transaction (or the ballot
/// writer's batch): one of the ledger's typed events ([`Event`]), written
/// as its kind and payload.
pub(crate) fn record(
    ledger: &mut (impl Ledger + ?Sized),
    at: NaiveDateTime,
    actor: &Actor,
    subject: String,
    event: Event,
) -> AppResult<()> {
    let payload = event.payload().map_err(AppError::internal)?;
    ledger.append(at, Entry { actor, kind: event.kind(), subject, payload })?;
    Ok(())
}
