//! Casting a poll's ballot, through the shared commit: the voter checked
//! ([`crate::service::voting::voter`]), then a roll call's or tellers'
//! ballot deferred to the batch's multi-row insert, or a secret ballot
//! written apart from who cast it.

use super::super::voting::batch::{eligibility_entry, poll_with_assembly, voted_in_db};
use super::super::voting::receipts::normalise_receipt;
use super::super::voting::voter::{ballot_event, check_voter, unique_to_already_voted, BallotBox, Submission};
use super::super::voting::{BallotReceipt, Kind, Urn, VoteFor};
use super::super::{record, Caller, Pending, Services, Verdict};
use super::{load_poll, BallotInput};
use crate::audit::event::Ballot;
use crate::domain::ids::{OrganisationId, PollId};
use crate::domain::poll::{Choice, PollState};
use crate::domain::secrecy;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::store::group_commit::Batch;
use crate::store::rows::Poll;
use crate::store::schema::{ballots, organisations as orgs, participations, poll_eligibility, secret_ballots};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// One ballot on its way in, checked for who may cast it.
struct Cast<'a> {
    caller: &'a Caller,
    poll: &'a Poll,
    organisation_id: OrganisationId,
    name: &'a str,
    choice: Choice,
    receipt: &'a str,
    changes_allowed: bool,
    /// For a secret change: the receipt of the ballot it replaces.
    replaces: Option<&'a str>,
}

/// A roll-call or tellers ballot inside a group-commit batch: whether the
/// organisation has voted is known from the database (read once per large
/// batch) and from the ballots this batch holds; a new ballot joins the
/// batch's multi-row insert. `Ok(Ok(replaced))`, or `Ok(Err)` to refuse.
fn batched_ballot(b: &mut Batch<'_>, now: NaiveDateTime, c: &Cast<'_>, receipt_hash: &str) -> AppResult<Verdict<bool>> {
    let (poll, org) = (c.poll.id, c.organisation_id);
    let pending = b.pending_ballots().iter().position(|x| x.poll_id == poll && x.organisation_id == org);
    let in_db = voted_in_db(b, poll, org)?;
    if (in_db || pending.is_some()) && !c.changes_allowed {
        return Ok(Verdict::Refused(AppError::conflict(
            ErrorCode::AlreadyVoted,
            Msg::AlreadyVoted { org: c.name.to_string() },
        )));
    }
    if let Some(i) = pending {
        let x = &mut b.pending_ballots()[i];
        x.choice = c.choice;
        x.receipt_hash = receipt_hash.to_string();
        x.account_id = c.caller.account_id;
        x.cast_at = now;
        return Ok(Verdict::Done(true));
    }
    if in_db {
        b.savepoint()?;
        diesel::update(ballots::table.filter(ballots::poll_id.eq(poll)).filter(ballots::organisation_id.eq(org)))
            .set((
                ballots::choice.eq(c.choice),
                ballots::receipt_hash.eq(receipt_hash),
                ballots::account_id.eq(c.caller.account_id),
                ballots::cast_at.eq(now),
            ))
            .execute(b.conn)?;
        return Ok(Verdict::Done(true));
    }
    b.pending_ballots().push(crate::store::rows::PendingBallot {
        poll_id: poll,
        organisation_id: org,
        account_id: c.caller.account_id,
        choice: c.choice,
        receipt_hash: receipt_hash.to_string(),
        cast_at: now,
    });
    Ok(Verdict::Done(false))
}

/// Records a ballot of a roll-call or tellers poll: a new one, or (where
/// allowed) a change of the organisation's earlier one.
fn roll_call_ballot(b: &mut Batch<'_>, now: NaiveDateTime, c: &Cast<'_>) -> AppResult<Verdict<bool>> {
    let Cast { caller, poll: p, organisation_id, name, choice, receipt, .. } = *c;
    let urn = Urn::poll(p);
    if urn.kind == Kind::Tellers && urn.counted_in_room(b.conn, organisation_id.0)? {
        return Ok(Verdict::Refused(AppError::conflict(
            ErrorCode::CountedInRoom,
            Msg::CountedInTheRoom { org: name.to_string() },
        )));
    }
    let receipt_hash = crate::service::auth::secret_hash(receipt);
    let commitment = crate::service::auth::secret_hash(&format!("{receipt}:{choice}"));
    let replaced = match batched_ballot(b, now, c, &receipt_hash)? {
        Verdict::Done(replaced) => replaced,
        refused @ Verdict::Refused(_) => return Ok(refused),
    };
    // No choice in the ledger while the poll is open (invariant 3): a
    // commitment only the receipt's holder can open.
    record(
        b,
        now,
        &caller.actor(),
        urn.subject(),
        ballot_event(
            replaced,
            Ballot { organisation: organisation_id.0, receipt_hash: Some(receipt_hash), commitment: Some(commitment) },
        ),
    )?;
    Ok(Verdict::Done(replaced))
}

/// Records a secret ballot: who voted goes to `participations`, what was
/// voted to `secret_ballots` under a random key, with nothing joining them.
/// A change needs the earlier receipt, the only link, which the voter holds:
/// the ballot it names must carry the owner tag of that receipt and of the
/// organisation voted for (`domain::secrecy`), so another organisation's
/// receipt, or one of another poll, replaces nothing. Every refusal gives
/// the same answer, so it does not tell whose receipt it was.
fn secret_ballot(b: &mut Batch<'_>, now: NaiveDateTime, c: &Cast<'_>) -> AppResult<Verdict<bool>> {
    let Cast { caller, poll: p, organisation_id, name, choice, receipt, changes_allowed, replaces } = *c;
    // Secret ballots write their rows directly (they are rare next to roll
    // calls): in a batch, behind their own savepoint.
    b.savepoint()?;
    let conn = &mut *b.conn;
    let participated: i64 = participations::table
        .filter(participations::poll_id.eq(p.id))
        .filter(participations::organisation_id.eq(organisation_id))
        .count()
        .get_result(conn)?;
    let replaced = if participated > 0 {
        if !changes_allowed {
            return Ok(Verdict::Refused(AppError::conflict(
                ErrorCode::AlreadyVoted,
                Msg::AlreadyVoted { org: name.to_string() },
            )));
        }
        let Some(old) = replaces else {
            return Ok(Verdict::Refused(AppError::conflict(ErrorCode::ReceiptRequired, Msg::ReceiptRequired)));
        };
        let old = normalise_receipt(old);
        let removed = diesel::delete(
            secret_ballots::table
                .filter(secret_ballots::poll_id.eq(p.id))
                .filter(secret_ballots::receipt_hash.eq(secrecy::receipt_hash(&old)))
                .filter(secret_ballots::owner_tag.eq(secrecy::owner_tag(&old, organisation_id.0))),
        )
        .execute(conn)?;
        if removed != 1 {
            return Ok(Verdict::Refused(AppError::conflict(ErrorCode::ReceiptRequired, Msg::ReceiptRequired)));
        }
        true
    } else {
        // A first ballot replaces nothing: one that names a receipt to
        // replace is a client's mistake, refused as any receipt that
        // replaces nothing (the break-it review of 2026-12-01 found the
        // field read as absent).
        if replaces.is_some() {
            return Ok(Verdict::Refused(AppError::conflict(ErrorCode::ReceiptRequired, Msg::ReceiptRequired)));
        }
        diesel::insert_into(participations::table)
            .values((
                participations::poll_id.eq(p.id),
                participations::organisation_id.eq(organisation_id),
                participations::account_id.eq(caller.account_id),
            ))
            .execute(conn)
            .map_err(unique_to_already_voted(name))?;
        false
    };
    diesel::insert_into(secret_ballots::table)
        .values((
            secret_ballots::token.eq(crate::service::auth::random_token().0),
            secret_ballots::poll_id.eq(p.id),
            secret_ballots::choice.eq(choice),
            secret_ballots::receipt_hash.eq(secrecy::receipt_hash(receipt)),
            secret_ballots::owner_tag.eq(secrecy::owner_tag(receipt, organisation_id.0)),
        ))
        .execute(conn)?;
    // Who, never what nor which receipt.
    record(
        b,
        now,
        &caller.actor(),
        Urn::poll(p).subject(),
        ballot_event(replaced, Ballot { organisation: organisation_id.0, receipt_hash: None, commitment: None }),
    )?;
    Ok(Verdict::Done(replaced))
}

impl Services {
    /// Casts (or, where the assembly allows it, changes) an organisation's
    /// ballot. Refusals for who the organisation is (affiliate, suspended,
    /// absent, represented by another) are audited.
    pub fn cast_ballot(&self, caller: &Caller, poll_id: PollId, input: BallotInput) -> AppResult<BallotReceipt> {
        self.submit_ballot(caller, poll_id, input)?.wait()
    }

    /// [`Services::cast_ballot`], queued: returns at once (nothing here
    /// touches the database) with the answer to await.
    pub fn submit_ballot(
        &self,
        caller: &Caller,
        poll_id: PollId,
        input: BallotInput,
    ) -> AppResult<Pending<BallotReceipt>> {
        let Submission { caller, organisation_id, receipt, refusals_kept } =
            self.ballot_submission(caller, input.organisation_id)?;
        // Ballots share commits: one durable commit for all that arrive together.
        self.submit_grouped(move |b, now| {
            let caller = &caller;
            let (p, a) = poll_with_assembly(b, poll_id)?;
            // Who casts this organisation's vote in this poll, as snapshotted
            // (the snapshot never changes: a batch reads it whole, once).
            let entry = eligibility_entry(b, poll_id, organisation_id)?;
            let urn = Urn::poll(&p);
            let subject = urn.subject();
            let ballot_box = BallotBox {
                subject: &subject,
                is_open: p.state == PollState::Open,
                assembly_state: a.state,
                entry,
                refusals_kept,
            };
            let org = match check_voter(b, now, caller, organisation_id, &ballot_box)? {
                Verdict::Done(org) => org,
                Verdict::Refused(refused) => return Ok(Verdict::Refused(refused)),
            };
            let cast = Cast {
                caller,
                poll: &p,
                organisation_id,
                name: &org.name,
                choice: input.choice,
                receipt: &receipt,
                changes_allowed: a.vote_changes,
                replaces: input.replaces.as_deref(),
            };
            let outcome = match urn.kind {
                Kind::Secret => secret_ballot(b, now, &cast)?,
                Kind::RollCall | Kind::Tellers => roll_call_ballot(b, now, &cast)?,
                Kind::Round => return Err(AppError::internal("a round's ballot cast as a poll's")),
            };
            Ok(outcome.map(|replaced| BallotReceipt { poll_id, organisation_id, receipt: receipt.clone(), replaced }))
        })
    }

    /// The organisations a delegate's organisation votes for in a poll:
    /// itself if eligible in person, and those whose proxy it holds; each with
    /// its name and whether its vote is in.
    pub fn votes_for(&self, poll_id: i64, own: i64) -> AppResult<Vec<VoteFor>> {
        self.read(|conn| {
            let urn = Urn::poll(&load_poll(conn, poll_id)?);
            let rows: Vec<(i64, Option<i64>, String)> = poll_eligibility::table
                .inner_join(orgs::table)
                .filter(poll_eligibility::poll_id.eq(poll_id))
                .filter(poll_eligibility::organisation_id.eq(own).or(poll_eligibility::holder_id.eq(own)))
                .order(orgs::name.asc())
                .select((orgs::id, poll_eligibility::holder_id, orgs::name))
                .load(conn)?;
            let mut out = Vec::new();
            for (org, holder, name) in rows {
                if org == own && holder.is_some() {
                    continue; // represented by someone else in this poll
                }
                let voted = urn.has_voted(conn, org)?;
                out.push(VoteFor { organisation_id: org, name, voted });
            }
            Ok(VoteFor::in_order(out, own))
        })
    }
}
