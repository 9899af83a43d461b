//! `plenum bench --notices`: the outbox at the scale of a large network.
//! One convocation to every delegate of `orgs` organisations is queued in
//! one step (one transaction), then delivered by the server's own sender to
//! a local SMTP server the operator runs (`--smtp`); meanwhile the room
//! votes. The vote burst while the sender works is compared with bursts
//! before and after it, in the same run, on the same server and database.

use super::{open_poll, prepare_room, scratch, Burst, Client, Prepared};
use crate::config::Settings;
use crate::domain::assembly::{AssemblyFormat, AssemblyState};
use crate::input::{CloseInput, NewAssemblyInput, NewMotionInput};
use crate::store::Backend;
use serde::Serialize;
use std::time::{Duration, Instant};

/// What the run measured.
#[derive(Debug, Clone, Serialize)]
pub struct NoticesReport {
    pub backend: String,
    pub orgs: usize,
    pub clients: usize,
    pub mail_batch: i64,
    /// Queuing the convocation for every delegate, in one transaction.
    pub queue_s: f64,
    /// From the queue's commit to the last message accepted by the server.
    pub delivery_s: f64,
    pub messages_per_s: f64,
    /// The room's burst before any notice, while the sender delivers, and
    /// after the last one.
    pub before: Burst,
    pub during: Burst,
    pub after: Burst,
    /// Messages delivered while the `during` burst ran (0 would mean the
    /// burst did not overlap the sending).
    pub sent_during_burst: i64,
    /// Ballots/s during over the mean of before and after.
    pub ratio: f64,
}

/// Options of the run.
pub struct NoticeOptions {
    pub orgs: usize,
    pub clients: usize,
    pub database: Option<String>,
    pub pool_size: u32,
    /// The SMTP server to deliver to (`host:port`, no TLS).
    pub smtp: String,
    pub mail_batch: i64,
}

pub fn run(o: &NoticeOptions) -> Result<NoticesReport, String> {
    let (host, port) = o.smtp.rsplit_once(':').ok_or("--smtp is host:port")?;
    let port: u16 = port.parse().map_err(|_| "--smtp is host:port")?;
    let db = scratch(o.database.as_deref())?;
    let backend = Backend::from_url(&db.url);
    let mut settings = Settings::defaults().map_err(|e| e.to_string())?;
    settings.database_url = db.url.clone();
    settings.database_pool_size = o.pool_size.max(1);
    settings.mail_enabled = true;
    settings.mail_host = host.to_string();
    settings.mail_port = port;
    settings.mail_tls = "none".into();
    settings.mail_batch = o.mail_batch.max(1);
    let svc = super::services_on(settings)?;

    let (room, first) = prepare_room(&svc, o.orgs)?;
    let Prepared { chair, assembly, delegates, .. } = room;
    let motion = |title: &str| {
        let input = NewMotionInput::ordinary(title);
        svc.create_motion(&chair, crate::domain::ids::AssemblyId(assembly), input)
            .map(|m| m.id)
            .map_err(|e| e.message())
    };
    let (second, third) = (motion("During the notices")?, motion("After the notices")?);
    let convened = svc
        .create_assembly(
            &chair,
            NewAssemblyInput {
                venue: Some("Brussels".into()),
                remote_link: Some("https://meet.example.org/ega".into()),
                ..NewAssemblyInput::new(
                    "Extraordinary General Assembly",
                    svc.clock.now().and_utc() + chrono::Duration::days(40),
                    AssemblyFormat::Hybrid,
                )
            },
        )
        .map_err(|e| e.message())?
        .id;
    svc.transition_assembly(&chair, convened, AssemblyState::Convened).map_err(|e| e.message())?;

    let (base, handle) = super::serve(&svc)?;
    let client = Client { base, clients: o.clients };
    let tokens: Vec<String> = delegates.iter().map(|d| d.token.clone()).collect();
    let burst = |motion| -> Result<Burst, String> {
        let poll = open_poll(&svc, &chair, motion)?;
        let b = client.burst(poll, &tokens)?;
        svc.close_poll(&chair, poll, CloseInput { chair_decision: None }).map_err(|e| e.message())?;
        Ok(b)
    };
    let before = burst(first)?;

    let started = Instant::now();
    svc.send_convocation(&chair, convened).map_err(|e| e.message())?;
    let queue_s = started.elapsed().as_secs_f64();
    let queued_at = Instant::now();
    let sent = || svc.outbox(&chair, convened).map(|p| p.counts).map_err(|e| e.message());
    let sent_before = sent()?.sent;
    let during = burst(second)?;
    let sent_during_burst = sent()?.sent - sent_before;
    let deadline = Instant::now() + Duration::from_secs(3600);
    loop {
        let c = sent()?;
        if c.queued == 0 {
            if c.failed > 0 {
                return Err(format!("{} messages failed: is the SMTP server at {} taking them?", c.failed, o.smtp));
            }
            break;
        }
        if Instant::now() > deadline {
            return Err(format!("not delivered within an hour: {c:?}"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let delivery_s = queued_at.elapsed().as_secs_f64();
    let after = burst(third)?;
    super::handle_stop(handle);
    let quiet = (before.per_s + after.per_s) / 2.0;
    let delivered = delegates.len() as f64;
    Ok(NoticesReport {
        backend: backend.name().to_string(),
        orgs: o.orgs,
        clients: o.clients,
        mail_batch: o.mail_batch,
        queue_s,
        delivery_s,
        messages_per_s: if delivery_s > 0.0 { delivered / delivery_s } else { 0.0 },
        ratio: if quiet > 0.0 { during.per_s / quiet } else { 0.0 },
        before,
        during,
        after,
        sent_during_burst,
    })
}
