//! The outbox's rules: what a notice is, where a message stands, and when
//! a failed delivery is tried again. The sender (`mail::sender`) and the
//! services (`service::notices`) apply them; nothing here sends.

use super::labelled_enum;
use chrono::{Duration, NaiveDateTime};

labelled_enum! {
    /// What a message is for.
    NoticeKind { Convocation => "convocation", Invitation => "invitation" }
}

/// Where a message's one-time link goes in its words: the words are kept
/// with this mark, and the link (kept apart, and erased once the message
/// is sent) replaces it only as the message is handed to the server.
pub const LINK_MARK: &str = "%%ONE-TIME-LINK%%";

labelled_enum! {
    /// Where a message stands: waiting for the sender (also between
    /// attempts), accepted by the mail server, or given up on.
    OutboxState { Queued => "queued", Sent => "sent", Failed => "failed" }
}

/// How a mail server answered one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The server took the message (its answer, e.g. `250 2.0.0 Ok`).
    Accepted(String),
    /// Refused for now (a 4xx answer, or no answer: the server could not
    /// be reached, the connection broke): worth trying again.
    Transient(String),
    /// Refused for good (a 5xx answer: no such mailbox, not allowed).
    Permanent(String),
}

/// The waits between attempts: 1 minute, 5, 30, then 2 hours. After the
/// last, a message still refused for now is given up on (`failed`), and
/// the secretariat may send it again by hand.
pub const RETRY_AFTER_MINUTES: [i64; 4] = [1, 5, 30, 120];

/// What follows an attempt: the message's new state and, when it is to be
/// tried again, when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Next {
    pub state: OutboxState,
    pub retry_at: Option<NaiveDateTime>,
}

/// The state after attempt number `attempts` (1 for the first) ended in
/// `delivery` at `now`.
pub fn after_attempt(attempts: i32, delivery: &Delivery, now: NaiveDateTime) -> Next {
    match delivery {
        Delivery::Accepted(_) => Next { state: OutboxState::Sent, retry_at: None },
        Delivery::Permanent(_) => Next { state: OutboxState::Failed, retry_at: None },
        Delivery::Transient(_) => {
            let index = usize::try_from(attempts.max(1) - 1).unwrap_or(usize::MAX);
            match RETRY_AFTER_MINUTES.get(index) {
                Some(minutes) => Next { state: OutboxState::Queued, retry_at: Some(now + Duration::minutes(*minutes)) },
                None => Next { state: OutboxState::Failed, retry_at: None },
            }
        }
    }
}

/// The most attempts a message is given before it fails for good.
pub fn max_attempts() -> i32 {
    RETRY_AFTER_MINUTES.len() as i32 + 1
}

/// Whether the secretariat may send a message again: once it has failed,
/// or once sent (a delegate lost it), unless its one-time link is spent
/// (`link_kept`: a message with no link, or whose link is still kept). A
/// message still queued is on its way.
pub fn may_resend(state: OutboxState, link_kept: bool) -> bool {
    matches!(state, OutboxState::Failed | OutboxState::Sent) && link_kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t0() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 5, 1).and_then(|d| d.and_hms_opt(9, 0, 0)).expect("date")
    }

    #[test]
    fn attempts_table() {
        let soon = |m: i64| Some(t0() + Duration::minutes(m));
        let later = Delivery::Transient("421 busy".into());
        let cases = [
            (1, Delivery::Accepted("250 ok".into()), OutboxState::Sent, None),
            (5, Delivery::Accepted("250 ok".into()), OutboxState::Sent, None),
            (1, Delivery::Permanent("550 no such user".into()), OutboxState::Failed, None),
            (1, later.clone(), OutboxState::Queued, soon(1)),
            (2, later.clone(), OutboxState::Queued, soon(5)),
            (3, later.clone(), OutboxState::Queued, soon(30)),
            (4, later.clone(), OutboxState::Queued, soon(120)),
            (5, later.clone(), OutboxState::Failed, None),
            (99, later.clone(), OutboxState::Failed, None),
        ];
        for (attempts, delivery, state, retry_at) in cases {
            assert_eq!(after_attempt(attempts, &delivery, t0()), Next { state, retry_at }, "{attempts} {delivery:?}");
        }
        assert_eq!(max_attempts(), 5);
    }

    #[test]
    fn resend_only_what_is_not_on_its_way() {
        assert!(may_resend(OutboxState::Failed, true));
        assert!(may_resend(OutboxState::Sent, true));
        assert!(!may_resend(OutboxState::Queued, true));
        assert!(!may_resend(OutboxState::Sent, false), "an invitation whose link is spent");
        assert!(!may_resend(OutboxState::Failed, false));
    }

    proptest! {
        /// Whatever the answers, a message ends (sent or failed) within
        /// `max_attempts` attempts, and every retry is later than the
        /// attempt before it.
        #[test]
        fn every_message_ends(answers in proptest::collection::vec(0u8..3, 1..12)) {
            let mut now = t0();
            let mut ended = false;
            for (i, a) in answers.iter().enumerate() {
                let attempts = i as i32 + 1;
                let delivery = match a {
                    0 => Delivery::Accepted("250".into()),
                    1 => Delivery::Permanent("550".into()),
                    _ => Delivery::Transient("451".into()),
                };
                let next = after_attempt(attempts, &delivery, now);
                match next.retry_at {
                    Some(at) => {
                        prop_assert!(at > now);
                        prop_assert_eq!(next.state, OutboxState::Queued);
                        prop_assert!(attempts < max_attempts());
                        now = at;
                    }
                    None => {
                        prop_assert_ne!(next.state, OutboxState::Queued);
                        ended = true;
                        break;
                    }
                }
            }
            prop_assert!(ended || answers.len() < max_attempts() as usize);
        }
    }
}
