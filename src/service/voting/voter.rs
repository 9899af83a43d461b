//! Who may cast a ballot, in a poll or an election round: the caller's
//! organisation or the one whose proxy it holds in the snapshot, in an open
//! vote of an assembly in session; a refusal for who the organisation is
//! joins the ledger (a bounded number of times).

use crate::audit::event::{Ballot, BallotRefused, Event};
use crate::domain::assembly::AssemblyState;
use crate::domain::eligibility::{may_cast, Entry, Refusal};
use crate::domain::ids::{OrganisationId, PollId, RoundId};
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::service::{organisations, record, Caller, Services, Verdict};
use crate::store::group_commit::Batch;
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

/// An organisation a delegate casts the vote of, in one poll.
#[derive(Debug, Clone, Serialize)]
pub struct VoteFor {
    pub organisation_id: i64,
    pub name: String,
    pub voted: bool,
}

impl VoteFor {
    /// The order a delegate's ballots are shown in, for a poll and a round
    /// alike: its own organisation's first, then those it holds the proxy
    /// of, by name.
    pub fn in_order(mut list: Vec<VoteFor>, own: i64) -> Vec<VoteFor> {
        list.sort_by(|a, b| (a.organisation_id != own).cmp(&(b.organisation_id != own)).then(a.name.cmp(&b.name)));
        list
    }
}

/// What a voter gets back.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct BallotReceipt {
    pub poll_id: PollId,
    pub organisation_id: OrganisationId,
    pub receipt: String,
    /// Whether this ballot replaced the organisation's earlier one.
    pub replaced: bool,
}

/// What a voter gets back from an election round: the round's id is
/// `round_id`, never a `poll_id` a client would look up as a poll.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RoundReceipt {
    pub round_id: RoundId,
    pub organisation_id: OrganisationId,
    pub receipt: String,
}

/// Refusal of a ballot for a reason the ledger must keep: the first
/// `keep` refusals of an organisation in a poll (or round) are recorded;
/// the later ones are answered the same but only counted
/// (`ballot_refusals`), so one client cannot grow the ledger without bound.
pub(crate) fn refuse<T>(
    b: &mut Batch<'_>,
    now: NaiveDateTime,
    caller: &Caller,
    ballot_box: &BallotBox<'_>,
    organisation_id: OrganisationId,
    err: AppError,
) -> AppResult<Verdict<T>> {
    use crate::store::schema::ballot_refusals as r;
    // In a batch of ballots, a write that changes rows itself takes its
    // savepoint first (the refusal's event is deferred like a ballot's).
    // One statement counts the refusal and returns the count.
    b.savepoint()?;
    let upsert = diesel::insert_into(r::table)
        .values((r::subject.eq(ballot_box.subject), r::organisation_id.eq(organisation_id), r::refused.eq(1i64)))
        .on_conflict((r::subject, r::organisation_id))
        .do_update()
        .set(r::refused.eq(r::refused + 1))
        .returning(r::refused);
    // The multi-backend connection has no ON CONFLICT; each backend has.
    let refused: i64 = match &mut *b.conn {
        DbConn::Sqlite(c) => upsert.get_result(c)?,
        DbConn::Pg(c) => upsert.get_result(c)?,
    };
    if refused <= ballot_box.refusals_kept {
        record(
            b,
            now,
            &caller.actor(),
            ballot_box.subject.to_string(),
            Event::BallotRefused(BallotRefused { organisation: organisation_id.0, reason: err.code.to_string() }),
        )?;
    }
    Ok(Verdict::Refused(err))
}

/// A ballot's event: cast, or changed when it replaced an earlier one.
pub(crate) fn ballot_event(replaced: bool, ballot: Ballot) -> Event {
    if replaced {
        Event::BallotChanged(ballot)
    } else {
        Event::BallotCast(ballot)
    }
}

/// Where a ballot is going: the poll (or election round) and its state.
pub(crate) struct BallotBox<'a> {
    /// `poll:{id}` or `round:{id}`, for the ledger.
    pub subject: &'a str,
    pub is_open: bool,
    pub assembly_state: AssemblyState,
    /// The snapshot's entry for the organisation.
    pub entry: Entry,
    /// How many refusals of one organisation here the ledger keeps.
    pub refusals_kept: i64,
}

/// Checks that `caller` may cast `organisation_id`'s ballot now. An error
/// (`Err`) refuses without a trace; [`Verdict::Refused`] is a refusal
/// audited, to be committed.
pub(crate) fn check_voter(
    b: &mut Batch<'_>,
    now: NaiveDateTime,
    caller: &Caller,
    organisation_id: OrganisationId,
    ballot_box: &BallotBox<'_>,
) -> AppResult<Verdict<organisations::OrganisationView>> {
    let own = caller.organisation_id.unwrap_or_default();
    if organisation_id != OrganisationId(own) && ballot_box.entry != Entry::ByProxy(own) {
        return Err(AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation));
    }
    let org = organisations::load_in_batch(b, organisation_id)?;
    let verdict = may_cast(ballot_box.entry, own, org.kind, org.status);
    // An affiliate never votes: said as such (403, audited) whatever the
    // state of the vote, as the access table has it; the other refusals
    // depend on the vote being open.
    if verdict == Err(Refusal::Affiliate) {
        let e = AppError::forbidden(ErrorCode::AffiliateCannotVote, Msg::AffiliateCannotVote { org: org.name });
        return refuse(b, now, caller, ballot_box, organisation_id, e);
    }
    if !ballot_box.is_open {
        return Ok(Verdict::Refused(AppError::conflict(ErrorCode::PollClosed, Msg::PollClosed)));
    }
    if !ballot_box.assembly_state.accepts_votes() {
        let state = crate::i18n::state_label(ballot_box.assembly_state).into();
        return Ok(Verdict::Refused(AppError::conflict(ErrorCode::NotInSession, Msg::VotingNotInSession { state })));
    }
    // The snapshot decides (docs/DECISIONS.md): the register is read only
    // to explain a refusal outside it.
    let e = match verdict {
        Ok(()) => return Ok(Verdict::Done(org)),
        Err(Refusal::Affiliate) => {
            AppError::forbidden(ErrorCode::AffiliateCannotVote, Msg::AffiliateCannotVote { org: org.name })
        }
        Err(Refusal::Suspended) => {
            AppError::forbidden(ErrorCode::SuspendedCannotVote, Msg::SuspendedCannotVote { org: org.name })
        }
        Err(Refusal::NotEligible) => AppError::forbidden(ErrorCode::NotEligible, Msg::NotEligible { org: org.name }),
        Err(Refusal::RepresentedBy(holder)) => {
            let holder = organisations::load(b.conn, holder)?;
            AppError::forbidden(ErrorCode::RepresentedByProxy, Msg::RepresentedByProxy { org: holder.name })
        }
    };
    refuse(b, now, caller, ballot_box, organisation_id, e)
}

pub(crate) fn unique_to_already_voted(org: &str) -> impl Fn(diesel::result::Error) -> AppError + '_ {
    move |e| match e {
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
            AppError::conflict(ErrorCode::AlreadyVoted, Msg::AlreadyVoted { org: org.to_string() })
        }
        other => other.into(),
    }
}

/// What every ballot, a poll's or a round's, settles before it is queued
/// to the ballot writer (nothing here touches the database): the caller is
/// a delegate; the organisation voted for is its own unless it names one
/// (whether it may is the writer's [`check_voter`]); a fresh receipt code;
/// how many refusals of one organisation the ledger keeps.
pub(crate) struct Submission {
    pub caller: Caller,
    pub organisation_id: OrganisationId,
    pub receipt: String,
    pub refusals_kept: i64,
}

impl Services {
    pub(crate) fn ballot_submission(&self, caller: &Caller, named: Option<i64>) -> AppResult<Submission> {
        caller.require(&[Role::Delegate])?;
        Ok(Submission {
            caller: caller.clone(),
            organisation_id: OrganisationId(named.unwrap_or(caller.organisation_id.unwrap_or_default())),
            receipt: super::receipts::receipt_code(),
            refusals_kept: self.settings.max_recorded_refusals_per_poll,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::VoteFor;

    /// A delegate's own ballot comes first, then its proxies' by name, in a
    /// poll and a round alike (polls were listed by name alone, so a
    /// grantor named "Aa..." came before the delegate's own).
    #[test]
    fn own_ballot_first_then_proxies_by_name() {
        let v = |id: i64, name: &str| VoteFor { organisation_id: id, name: name.into(), voted: false };
        let ordered = VoteFor::in_order(vec![v(3, "Zeta"), v(1, "Beta"), v(2, "Alpha")], 3);
        let ids: Vec<i64> = ordered.iter().map(|x| x.organisation_id).collect();
        assert_eq!(ids, [3, 2, 1]);
    }
}
