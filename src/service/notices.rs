//! Notices by e-mail: composed and put in the outbox in the transaction of
//! the act that causes them (the ledger's `notice.queued` with it), then
//! delivered by the sender (`mail::sender`), whose claims and outcomes are
//! use cases here too: each attempt's outcome is recorded with its ledger
//! event in one transaction.
//!
//! Exactly one sender delivers a message at a time: a claim is a write,
//! and writes are serialised on both backends, across instances
//! (`store::write_tx`), so two instances never hold the same message. A
//! claim is a lease (`claimed_until`): a sender killed mid-batch leaves
//! messages that are taken again once it runs out. The one window SMTP
//! leaves is a kill after the server took a message and before `sent` is
//! recorded: that message goes again, with the same Message-ID.

use super::{record, Caller, Services};
use crate::audit::event::{Event, NoticeAttempt, NoticeQueued, QueuedNotice};
use crate::audit::Actor;
use crate::domain::assembly::AssemblyState;
use crate::domain::ids::AssemblyId;
use crate::domain::outbox::{after_attempt, may_resend, Delivery, NoticeKind, OutboxState};
use crate::domain::role::Role;
use crate::error::{AppError, AppResult, ErrorCode};
use crate::i18n::{Lang, Msg};
use crate::mail::compose::{self, Composed, Convocation, Recipient};
use crate::store::rows::{NewOutboxMessage, OutboxMessage};
use crate::store::schema::{accounts, agenda_items, assemblies, organisations, outbox};
use crate::store::DbConn;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The actor the sender's records carry.
const SENDER: Actor = Actor::System("mail");

/// What queuing the convocation did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConvocationQueued {
    /// Messages put in the outbox (one per active delegate account).
    pub queued: usize,
    /// Member organisations with no active delegate account to write to:
    /// the secretariat reaches them another way, or names a delegate.
    pub unreachable: Vec<String>,
    /// The day the notice counts as sent (`notice_sent_on`).
    pub notice_sent_on: chrono::NaiveDate,
}

/// A message of the outbox as the secretariat sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OutboxView {
    pub id: i64,
    pub kind: NoticeKind,
    pub account_id: i64,
    pub recipient: String,
    pub organisation: Option<String>,
    pub address: String,
    pub language: String,
    pub subject: String,
    pub message_id: String,
    pub state: OutboxState,
    pub attempts: i32,
    /// When the sender tries it next (a queued message).
    pub next_attempt_at: Option<String>,
    /// The mail server's last answer (or why none came).
    pub last_answer: Option<String>,
    pub sent_at: Option<String>,
    /// Whether the secretariat may send it again now.
    pub resendable: bool,
}

/// How many messages of an assembly stand where.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct OutboxCounts {
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
}

/// The outbox of an assembly: its counts and its messages (those not sent
/// first, then the latest sent).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OutboxPage {
    pub counts: OutboxCounts,
    /// Whether a sender is running here (`mail_enabled`): when not, queued
    /// messages wait.
    pub sending: bool,
    /// Member organisations with no active delegate account: no notice
    /// reaches them by e-mail.
    pub unreachable: Vec<String>,
    pub messages: Vec<OutboxView>,
}

/// The SHA-256 (hex) of a message as composed: subject, text, HTML and
/// attachments, each length-prefixed so no two messages share a digest by
/// moving a boundary.
pub fn digest(m: &OutboxMessage) -> String {
    let mut h = Sha256::new();
    for part in [&m.subject, &m.body_text, &m.body_html, &m.attachments] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// The most messages the outbox page lists at once.
const OUTBOX_PAGE: i64 = 500;

impl Services {
    /// Sends the convocation of a convened assembly (secretariat): one
    /// message to each active delegate account of each member organisation,
    /// in the account's language (else the assembly's first official one),
    /// with the calendar entry. The notice counts as sent today unless a
    /// date was recorded before (the first notice is the one the notice
    /// period is measured from).
    pub fn send_convocation(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<ConvocationQueued> {
        caller.require(&[Role::Secretariat])?;
        let settings = self.settings.clone();
        let domain = crate::mail::sender_domain(&settings);
        self.write(|conn, now| {
            let a = super::assemblies::load(conn, assembly_id)?;
            if a.state != AssemblyState::Convened {
                return Err(AppError::conflict(
                    ErrorCode::ConvocationNotNow,
                    Msg::ConvocationNotNow { state: crate::i18n::state_label(a.state).into() },
                ));
            }
            let sent_on = a.notice_sent_on.unwrap_or(now.date());
            let agenda: Vec<String> = agenda_items::table
                .filter(agenda_items::assembly_id.eq(assembly_id))
                .order(agenda_items::position.asc())
                .select(agenda_items::title)
                .load(conn)?;
            let facts = Convocation {
                assembly_id: assembly_id.0,
                title: a.title.clone(),
                kind: a.kind,
                format: a.format,
                starts_at: a.starts_at,
                venue: a.venue.clone(),
                remote_link: a.remote_link.clone(),
                agenda,
                quorum: super::assemblies::quorum_rule(&a),
                presets: settings.motion_kinds.iter().map(|(k, p)| (k.clone(), *p)).collect(),
                proxy_cap: a.proxy_cap,
                sent_on,
                notice_days: settings.notice_period_days,
                public_url: settings.public_url.clone(),
                calendar_uid: format!("assembly-{}@{domain}", assembly_id.0),
            };
            let fallback = super::assemblies::official_languages(&a).first();
            let recipients = delegates(conn)?;
            let mut queued = Vec::with_capacity(recipients.len());
            for r in &recipients {
                let language = r.language.as_deref().and_then(Lang::from_tag).unwrap_or(fallback);
                let to = Recipient { name: r.name.clone(), organisation: r.organisation.clone(), language };
                let composed = compose::convocation(&facts, &to);
                let to = Addressee { account_id: r.account_id, address: &r.email, language };
                let id = enqueue(conn, now, NoticeKind::Convocation, Some(assembly_id), &to, &composed, None, &domain)?;
                queued.push(QueuedNotice { id, account: r.account_id });
            }
            let unreachable = unreachable(conn, &recipients)?;
            if a.notice_sent_on.is_none() {
                diesel::update(assemblies::table.find(assembly_id))
                    .set(assemblies::notice_sent_on.eq(Some(sent_on)))
                    .execute(conn)?;
            }
            let count = queued.len();
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{}", assembly_id.0),
                Event::NoticeQueued(NoticeQueued {
                    kind: NoticeKind::Convocation,
                    notice_sent_on: Some(sent_on),
                    messages: queued,
                }),
            )?;
            Ok(ConvocationQueued { queued: count, unreachable, notice_sent_on: sent_on })
        })
    }

    /// The outbox of an assembly (secretariat).
    pub fn outbox(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<OutboxPage> {
        caller.require(&[Role::Secretariat])?;
        let sending = self.settings.mail_enabled;
        self.read(|conn| {
            super::assemblies::load(conn, assembly_id)?;
            let of_assembly = outbox::assembly_id.eq(Some(assembly_id));
            let counted: Vec<(OutboxState, i64)> = outbox::table
                .filter(of_assembly)
                .group_by(outbox::state)
                .select((outbox::state, diesel::dsl::count_star()))
                .load(conn)?;
            let mut counts = OutboxCounts::default();
            for (state, n) in counted {
                match state {
                    OutboxState::Queued => counts.queued = n,
                    OutboxState::Sent => counts.sent = n,
                    OutboxState::Failed => counts.failed = n,
                }
            }
            let waiting: Vec<OutboxMessage> = outbox::table
                .filter(of_assembly)
                .filter(outbox::state.ne(OutboxState::Sent))
                .order((outbox::state.asc(), outbox::id.asc()))
                .limit(OUTBOX_PAGE)
                .select(OutboxMessage::as_select())
                .load(conn)?;
            let room = OUTBOX_PAGE - waiting.len() as i64;
            let sent: Vec<OutboxMessage> = outbox::table
                .filter(of_assembly)
                .filter(outbox::state.eq(OutboxState::Sent))
                .order(outbox::id.desc())
                .limit(room.max(0))
                .select(OutboxMessage::as_select())
                .load(conn)?;
            let messages = waiting.into_iter().chain(sent).collect::<Vec<_>>();
            let people = names(conn, &messages)?;
            let messages = messages
                .into_iter()
                .map(|m| {
                    let (recipient, organisation) = people.get(&m.account_id).cloned().unwrap_or_default();
                    let resendable = may_resend(m.state, link_kept(&m));
                    OutboxView {
                        id: m.id,
                        kind: m.kind,
                        account_id: m.account_id,
                        recipient,
                        organisation,
                        address: m.address,
                        language: m.language,
                        subject: m.subject,
                        message_id: m.message_id,
                        state: m.state,
                        attempts: m.attempts,
                        next_attempt_at: (m.state == OutboxState::Queued).then(|| super::api_time(m.next_attempt_at)),
                        last_answer: m.last_answer,
                        sent_at: m.sent_at.map(super::api_time),
                        resendable,
                    }
                })
                .collect();
            let reached = delegates(conn)?;
            let unreachable = unreachable(conn, &reached)?;
            Ok(OutboxPage { counts, sending, unreachable, messages })
        })
    }

    /// Sends a message again (secretariat): one that failed, or one sent
    /// that its recipient lost. It goes as it was composed, with its
    /// Message-ID, at the sender's next round.
    /// Answers the message's assembly, if it has one.
    pub fn resend_notice(&self, caller: &Caller, id: i64) -> AppResult<Option<AssemblyId>> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let m = load(conn, id)?;
            if !link_kept(&m) {
                return Err(AppError::conflict(ErrorCode::InvitationSpent, Msg::InvitationSpent));
            }
            if !may_resend(m.state, true) {
                return Err(AppError::conflict(ErrorCode::NoticeOnItsWay, Msg::NoticeOnItsWay));
            }
            diesel::update(outbox::table.find(id))
                .set((
                    outbox::state.eq(OutboxState::Queued),
                    outbox::attempts.eq(0),
                    outbox::next_attempt_at.eq(now),
                    outbox::claimed_by.eq(None::<String>),
                    outbox::claimed_until.eq(None::<NaiveDateTime>),
                ))
                .execute(conn)?;
            record(conn, now, &caller.actor(), format!("notice:{id}"), Event::NoticeResent(Default::default()))?;
            Ok(m.assembly_id)
        })
    }

    /// The sender's claim: up to `limit` messages due now and held by no
    /// live lease, leased to `instance` until `lease` from now.
    pub fn claim_notices(&self, instance: &str, limit: i64, lease: Duration) -> AppResult<Vec<OutboxMessage>> {
        self.write(|conn, now| {
            let due: Vec<OutboxMessage> = outbox::table
                .filter(outbox::state.eq(OutboxState::Queued))
                .filter(outbox::next_attempt_at.le(now))
                .filter(outbox::claimed_until.is_null().or(outbox::claimed_until.lt(now)))
                .order(outbox::id.asc())
                .limit(limit)
                .select(OutboxMessage::as_select())
                .load(conn)?;
            if due.is_empty() {
                return Ok(due);
            }
            let ids: Vec<i64> = due.iter().map(|m| m.id).collect();
            diesel::update(outbox::table.filter(outbox::id.eq_any(&ids)))
                .set((outbox::claimed_by.eq(instance), outbox::claimed_until.eq(now + lease)))
                .execute(conn)?;
            Ok(due)
        })
    }

    /// Records how one attempt went, with its ledger event, and lets go of
    /// the message. A message this instance no longer holds (its lease ran
    /// out and another took it) is left to the holder.
    pub fn record_delivery(&self, instance: &str, id: i64, delivery: &Delivery) -> AppResult<OutboxState> {
        self.write(|conn, now| {
            let m = load(conn, id)?;
            if m.claimed_by.as_deref() != Some(instance) || m.state != OutboxState::Queued {
                return Ok(m.state);
            }
            let attempts = m.attempts + 1;
            let next = after_attempt(attempts, delivery, now);
            let (answer, event) = match delivery {
                Delivery::Accepted(a) => (a, Event::NoticeSent as fn(NoticeAttempt) -> Event),
                Delivery::Transient(a) if next.state == OutboxState::Queued => (a, Event::NoticeDeferred as _),
                Delivery::Transient(a) | Delivery::Permanent(a) => (a, Event::NoticeFailed as _),
            };
            diesel::update(outbox::table.find(id))
                .set((
                    outbox::state.eq(next.state),
                    outbox::attempts.eq(attempts),
                    outbox::next_attempt_at.eq(next.retry_at.unwrap_or(m.next_attempt_at)),
                    outbox::claimed_by.eq(None::<String>),
                    outbox::claimed_until.eq(None::<NaiveDateTime>),
                    outbox::last_answer.eq(Some(answer)),
                    outbox::sent_at.eq((next.state == OutboxState::Sent).then_some(now)),
                    // A one-time link leaves the outbox with the message.
                    outbox::secret.eq(if next.state == OutboxState::Queued { m.secret.clone() } else { None }),
                ))
                .execute(conn)?;
            let attempt = NoticeAttempt {
                attempts,
                code: reply_code(answer),
                retry_at: next.retry_at.map(super::api_time),
                sha256: (next.state == OutboxState::Sent).then(|| digest(&m)),
            };
            record(conn, now, &SENDER, format!("notice:{id}"), event(attempt))?;
            Ok(next.state)
        })
    }
}

/// Whether a message's one-time link, if its words wait for one, is kept.
fn link_kept(m: &OutboxMessage) -> bool {
    m.secret.is_some() || !m.body_text.contains(crate::domain::outbox::LINK_MARK)
}

/// The three-digit reply code an answer starts with, if any.
fn reply_code(answer: &str) -> Option<String> {
    let code: String = answer.chars().take_while(|c| c.is_ascii_digit()).collect();
    (code.len() == 3).then_some(code)
}

/// A delegate account that notices go to.
struct Delegate {
    account_id: i64,
    name: String,
    email: String,
    language: Option<String>,
    organisation_id: i64,
    organisation: String,
}

/// Every active delegate account, with its organisation, in the register's
/// order.
fn delegates(conn: &mut DbConn) -> AppResult<Vec<Delegate>> {
    let rows: Vec<(i64, String, String, Option<String>, i64, String)> = accounts::table
        .inner_join(organisations::table)
        .filter(accounts::active.eq(true))
        .filter(accounts::role.eq(Role::Delegate))
        .order((organisations::name.asc(), accounts::id.asc()))
        .select((
            accounts::id,
            accounts::name,
            accounts::email,
            accounts::language,
            organisations::id,
            organisations::name,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(account_id, name, email, language, organisation_id, organisation)| Delegate {
            account_id,
            name,
            email,
            language,
            organisation_id,
            organisation,
        })
        .collect())
}

/// The member organisations none of `reached` belongs to, by name.
fn unreachable(conn: &mut DbConn, reached: &[Delegate]) -> AppResult<Vec<String>> {
    let reached: std::collections::HashSet<i64> = reached.iter().map(|d| d.organisation_id).collect();
    let mut names: Vec<String> = organisations::table
        .select((organisations::id, organisations::name))
        .load::<(i64, String)>(conn)?
        .into_iter()
        .filter(|(id, _)| !reached.contains(id))
        .map(|(_, name)| name)
        .collect();
    names.sort_by(|a, b| crate::i18n::by_name(a, b));
    Ok(names)
}

/// Whom a message goes to.
pub(crate) struct Addressee<'a> {
    pub account_id: i64,
    pub address: &'a str,
    pub language: Lang,
}

/// Puts one composed message in the outbox, with the one-time link its
/// words wait for if any; returns its id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn enqueue(
    conn: &mut DbConn,
    now: NaiveDateTime,
    kind: NoticeKind,
    assembly_id: Option<AssemblyId>,
    to: &Addressee<'_>,
    composed: &Composed,
    secret: Option<&str>,
    domain: &str,
) -> AppResult<i64> {
    let attachments = serde_json::to_string(&composed.attachments).map_err(AppError::internal)?;
    let message_id = format!("<{}@{domain}>", super::auth::random_token().0);
    let id = diesel::insert_into(outbox::table)
        .values(NewOutboxMessage {
            kind,
            assembly_id,
            account_id: to.account_id,
            address: to.address,
            language: to.language.tag(),
            subject: &composed.subject,
            body_text: &composed.text,
            body_html: &composed.html,
            attachments: &attachments,
            message_id: &message_id,
            state: OutboxState::Queued,
            attempts: 0,
            next_attempt_at: now,
            secret,
            created_at: now,
        })
        .returning(outbox::id)
        .get_result(conn)?;
    Ok(id)
}

fn load(conn: &mut DbConn, id: i64) -> AppResult<OutboxMessage> {
    outbox::table
        .find(id)
        .select(OutboxMessage::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(Msg::ThingNotice))
}

/// Each account's name and organisation, for the messages listed.
fn names(
    conn: &mut DbConn,
    messages: &[OutboxMessage],
) -> AppResult<std::collections::HashMap<i64, (String, Option<String>)>> {
    let ids: Vec<i64> = messages.iter().map(|m| m.account_id).collect();
    let rows: Vec<(i64, String, Option<String>)> = accounts::table
        .left_join(organisations::table)
        .filter(accounts::id.eq_any(&ids))
        .select((accounts::id, accounts::name, organisations::name.nullable()))
        .load(conn)?;
    Ok(rows.into_iter().map(|(id, name, org)| (id, (name, org))).collect())
}
