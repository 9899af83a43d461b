//! The sender: claims the messages that are due, hands each to the mail
//! server, and records each outcome (`service::notices`). One runs in each
//! instance with `mail_enabled`; instances on one PostgreSQL share the
//! outbox, and a claim (a lease) keeps any message with one of them.

use super::Mailer;
use crate::error::AppResult;
use crate::service::Services;
use chrono::Duration;

/// One instance's sender.
pub struct Sender {
    services: Services,
    mailer: Mailer,
    /// This instance's name on its leases.
    instance: String,
    batch: i64,
    lease: Duration,
}

impl Sender {
    /// A sender with the instance's mail settings.
    pub fn new(services: Services) -> Result<Sender, String> {
        let s = services.settings.clone();
        let mailer = Mailer::from_settings(&s)?;
        let instance = format!("{}:{}", std::process::id(), crate::service::auth::random_token().0);
        // A lease outlasts the batch even if every message waits the whole
        // timeout, so no other instance takes a message this one still holds.
        let seconds = i64::try_from(s.mail_timeout_seconds).unwrap_or(i64::MAX / 4).saturating_mul(s.mail_batch + 1);
        Ok(Sender { services, mailer, instance, batch: s.mail_batch, lease: Duration::seconds(seconds) })
    }

    /// One round: the messages due now, each tried once and its outcome
    /// recorded. Answers how many were tried (0: nothing is due).
    pub fn round(&self) -> AppResult<usize> {
        let due = self.services.claim_notices(&self.instance, self.batch, self.lease)?;
        for m in &due {
            let delivery = self.mailer.deliver(m);
            match &delivery {
                crate::domain::outbox::Delivery::Accepted(_) => {}
                other => tracing::warn!(message = m.id, outcome = ?other, "a notice was not delivered"),
            }
            self.services.record_delivery(&self.instance, m.id, &delivery)?;
        }
        Ok(due.len())
    }
}
