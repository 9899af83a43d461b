//! When the pool trusts a PostgreSQL connection without asking the server.
//!
//! r2d2 checks a connection as it leaves the pool; a `SELECT 1` each time is
//! one round trip more on every request (a quarter of the statements a
//! ballot costs PostgreSQL). A connection that answered a moment ago and has
//! given no reason for doubt is as good as checked: it goes out unchecked.
//! It is checked when it sat idle longer than [`TRUSTED_FOR`], or when any
//! connection of the pool has broken since it was last checked (a restarted
//! or failed-over server takes every connection with it, so one lost
//! connection casts doubt on all of them).
//!
//! A lost connection is dropped, not reused: a statement on it fails with
//! diesel's `ClosedConnection` (libpq reports the connection bad) or
//! `UnableToSendCommand`, this record notes it, and the pool's `has_broken`
//! sees it. The request that met it fails with 503 (`database_unavailable`);
//! the requests after it get checked connections.

use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel::result::{DatabaseErrorKind, Error};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long after its last answer a connection goes out unchecked.
pub const TRUSTED_FOR: Duration = Duration::from_secs(1);

/// A pool's count of connections found broken: a connection checked before
/// the count last moved is checked again.
#[derive(Debug, Clone, Default)]
pub struct Doubts(Arc<AtomicU64>);

impl Doubts {
    /// Records a broken connection.
    pub fn raise(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }

    fn current(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// One connection's record: when the server last answered it, the pool's
/// doubts when it was last checked, and whether it was lost. Kept as the
/// connection's diesel instrumentation, which sees every statement finish.
#[derive(Debug)]
pub struct Liveness {
    answered_at: Instant,
    checked_at_doubts: u64,
    lost: bool,
    /// The pool's doubts, so that a connection held outside the pool (the
    /// ballot writer's) is judged by the same rule.
    doubts: Doubts,
}

impl Liveness {
    /// A connection that has just been opened: the server answered.
    pub fn new(doubts: &Doubts) -> Self {
        Liveness {
            answered_at: Instant::now(),
            checked_at_doubts: doubts.current(),
            lost: false,
            doubts: doubts.clone(),
        }
    }

    /// Whether the connection can go out without a round trip.
    pub fn trusted(&self, now: Instant) -> bool {
        !self.lost
            && self.checked_at_doubts == self.doubts.current()
            && now.saturating_duration_since(self.answered_at) < TRUSTED_FOR
    }

    /// Whether a statement found the connection gone.
    pub fn lost(&self) -> bool {
        self.lost
    }

    /// Records that this connection broke: every other connection of its
    /// pool is in doubt.
    pub fn doubt_the_others(&self) {
        self.doubts.raise();
    }

    /// Notes how a statement finished.
    fn finished(&mut self, error: Option<&Error>) {
        match error {
            None => self.answered_at = Instant::now(),
            Some(Error::DatabaseError(
                DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
                _,
            )) => self.lost = true,
            // Refused by the server, or by diesel before sending: it proves
            // nothing either way.
            Some(_) => {}
        }
    }

    /// The connection was just checked with a round trip.
    pub fn checked(&mut self) {
        self.answered_at = Instant::now();
        self.checked_at_doubts = self.doubts.current();
    }
}

impl Instrumentation for Liveness {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        if let InstrumentationEvent::FinishQuery { error, .. } = event {
            self.finished(error);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connection_is_trusted_only_while_fresh_and_undoubted() {
        let doubts = Doubts::default();
        let mut l = Liveness::new(&doubts);
        let now = Instant::now();
        assert!(l.trusted(now));
        // Idle too long: checked.
        assert!(!l.trusted(now + TRUSTED_FOR));
        // Another connection broke: every older check is void.
        doubts.raise();
        assert!(!l.trusted(now));
        l.checked();
        assert!(l.trusted(Instant::now()));
        // A statement answered later keeps it fresh.
        let later = l.answered_at + TRUSTED_FOR / 2;
        l.answered_at = later;
        assert!(l.trusted(later + TRUSTED_FOR / 2 - Duration::from_millis(1)));
    }

    #[test]
    fn a_statement_that_finds_the_connection_gone_marks_it_lost() {
        let doubts = Doubts::default();
        let mut l = Liveness::new(&doubts);
        let refused = Error::DatabaseError(DatabaseErrorKind::UniqueViolation, Box::new("duplicate".to_string()));
        l.finished(Some(&refused));
        assert!(!l.lost() && l.trusted(Instant::now()));
        for kind in [DatabaseErrorKind::ClosedConnection, DatabaseErrorKind::UnableToSendCommand] {
            let mut l = Liveness::new(&doubts);
            l.finished(Some(&Error::DatabaseError(kind, Box::new("server closed the connection".to_string()))));
            assert!(l.lost() && !l.trusted(Instant::now()));
            // Nothing it answers afterwards brings it back.
            l.finished(None);
            assert!(l.lost());
        }
    }
}
