//! What the ballot writer reads once and keeps: a poll with its assembly
//! and who has voted, for one batch (and the next while the ledger head
//! stands still); a poll's eligibility snapshot, which never changes, for
//! as long as the writer runs. A small batch asks for the one row instead.

use crate::domain::eligibility::Entry;
use crate::domain::ids::{OrganisationId, PollId};
use crate::error::{AppError, AppResult};
use crate::store::group_commit::Batch;
use crate::store::rows::{Assembly, Poll};
use crate::store::schema::{assemblies, ballots, motions, poll_eligibility, polls};
use crate::store::DbConn;
use diesel::prelude::*;

/// A poll's snapshot entry for an organisation. The snapshot never changes
/// once the poll is open, so the group-commit writer reads it once and
/// keeps it.
pub(crate) fn eligibility_entry(
    b: &mut Batch<'_>,
    poll_id: PollId,
    organisation_id: OrganisationId,
) -> AppResult<Entry> {
    if let Some(snapshot) = b.kept().eligibility(poll_id) {
        return Ok(Entry::from_row(snapshot.get(&organisation_id).copied()));
    }
    if b.reads_whole_tables() {
        let rows: Vec<(OrganisationId, Option<i64>)> = poll_eligibility::table
            .filter(poll_eligibility::poll_id.eq(poll_id))
            .select((poll_eligibility::organisation_id, poll_eligibility::holder_id))
            .load(b.conn)?;
        let snapshot: std::collections::HashMap<OrganisationId, Option<i64>> = rows.into_iter().collect();
        let entry = Entry::from_row(snapshot.get(&organisation_id).copied());
        b.kept().keep_eligibility(poll_id, snapshot);
        return Ok(entry);
    }
    snapshot_entry(b.conn, poll_id, organisation_id)
}

/// A poll's snapshot entry for an organisation, read from its row.
pub(crate) fn snapshot_entry(conn: &mut DbConn, poll_id: PollId, organisation_id: OrganisationId) -> AppResult<Entry> {
    Ok(Entry::from_row(
        poll_eligibility::table
            .filter(poll_eligibility::poll_id.eq(poll_id))
            .filter(poll_eligibility::organisation_id.eq(organisation_id))
            .select(poll_eligibility::holder_id)
            .first(conn)
            .optional()?,
    ))
}

/// A poll with its assembly, in one query, once per batch of the writer:
/// this is the ballot's hot path, and neither changes while a batch runs.
pub(crate) fn poll_with_assembly(b: &mut Batch<'_>, poll_id: PollId) -> AppResult<(Poll, Assembly)> {
    if let Some(found) = b.reads().polls.get(&poll_id) {
        return Ok(found.clone());
    }
    let found: (Poll, Assembly) = polls::table
        .inner_join(motions::table.inner_join(assemblies::table))
        .filter(polls::id.eq(poll_id))
        .select((Poll::as_select(), Assembly::as_select()))
        .first(b.conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingPoll))?;
    b.reads().polls.insert(poll_id, found.clone());
    Ok(found)
}

/// Whether the organisation's ballot is in the database, as the writer's
/// batch knows it: a large batch reads who has voted once (kept while the
/// ledger head stands still; the writer adds each batch's ballots), a small
/// one asks for the one row.
pub(crate) fn voted_in_db(b: &mut Batch<'_>, poll: PollId, org: OrganisationId) -> AppResult<bool> {
    if let Some(voted) = b.reads().voted.get(&poll) {
        return Ok(voted.contains(&org));
    }
    if b.reads_whole_tables() {
        let voted: std::collections::HashSet<OrganisationId> = ballots::table
            .filter(ballots::poll_id.eq(poll))
            .select(ballots::organisation_id)
            .load(b.conn)?
            .into_iter()
            .collect();
        let v = voted.contains(&org);
        b.reads().voted.insert(poll, voted);
        return Ok(v);
    }
    Ok(ballots::table
        .filter(ballots::poll_id.eq(poll))
        .filter(ballots::organisation_id.eq(org))
        .count()
        .get_result::<i64>(b.conn)?
        > 0)
}
