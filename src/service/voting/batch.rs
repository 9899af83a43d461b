//! What the ballot writer reads once and keeps: a poll with its assembly
//! and who has voted, for one batch (and the next while the ledger head
//! stands still); a poll's eligibility snapshot, which never changes, for
//! as long as the writer runs. A small batch asks for the one row instead.

use crate::error::{AppError, AppResult};
use crate::store::rows::{Assembly, Poll};
use crate::store::schema::{assemblies, ballots, motions, poll_eligibility, polls};
use crate::store::DbConn;
use diesel::prelude::*;

/// A poll's snapshot entry for an organisation: `None` if not eligible,
/// `Some(holder)` otherwise. The snapshot never changes once the poll is
/// open, so the group-commit writer reads it once and keeps it.
pub(crate) fn eligibility_entry(
    conn: &mut DbConn,
    poll_id: i64,
    organisation_id: i64,
) -> AppResult<Option<Option<i64>>> {
    use crate::store::group_commit::{in_batch_of, keep, kept, PREFETCH_FROM};
    type Snapshot = std::collections::HashMap<i64, Option<i64>>;
    let key = format!("eligibility:{poll_id}");
    if let Some(snapshot) = kept::<Snapshot>(&key) {
        return Ok(snapshot.get(&organisation_id).copied());
    }
    if in_batch_of(PREFETCH_FROM) {
        let rows: Vec<(i64, Option<i64>)> = poll_eligibility::table
            .filter(poll_eligibility::poll_id.eq(poll_id))
            .select((poll_eligibility::organisation_id, poll_eligibility::holder_id))
            .load(conn)?;
        let snapshot: Snapshot = rows.into_iter().collect();
        let entry = snapshot.get(&organisation_id).copied();
        keep(key, std::rc::Rc::new(snapshot));
        return Ok(entry);
    }
    Ok(poll_eligibility::table
        .filter(poll_eligibility::poll_id.eq(poll_id))
        .filter(poll_eligibility::organisation_id.eq(organisation_id))
        .select(poll_eligibility::holder_id)
        .first(conn)
        .optional()?)
}

/// A poll with its assembly, in one query, once per batch of the writer:
/// this is the ballot's hot path, and neither changes while a batch runs.
pub(crate) fn poll_with_assembly(conn: &mut DbConn, poll_id: i64) -> AppResult<(Poll, Assembly)> {
    type PollAndAssembly = (Poll, Assembly);
    let key = format!("poll+assembly:{poll_id}");
    let cached = crate::store::group_commit::with_batch(|b| {
        b.rows.get(&key).and_then(|r| r.downcast_ref::<PollAndAssembly>()).cloned()
    })
    .flatten();
    if let Some(found) = cached {
        return Ok(found);
    }
    let found: PollAndAssembly = polls::table
        .inner_join(motions::table.inner_join(assemblies::table))
        .filter(polls::id.eq(poll_id))
        .select((Poll::as_select(), Assembly::as_select()))
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("poll"))?;
    crate::store::group_commit::with_batch(|b| b.rows.insert(key, Box::new(found.clone())));
    Ok(found)
}

/// Whether the organisation's ballot is in the database, as the writer's
/// batch knows it: a large batch reads who has voted once (kept while the
/// ledger head stands still; the writer adds each batch's ballots), a small
/// one asks for the one row.
pub(crate) fn voted_in_db(conn: &mut DbConn, poll: i64, org: i64) -> AppResult<bool> {
    use crate::store::group_commit::{in_batch_of, voted_key, with_batch, PREFETCH_FROM};
    type Voted = std::collections::HashSet<i64>;
    let key = voted_key(poll);
    let known =
        with_batch(|b| b.rows.get(&key).and_then(|r| r.downcast_ref::<Voted>()).map(|v| v.contains(&org))).flatten();
    Ok(match known {
        Some(v) => v,
        None if in_batch_of(PREFETCH_FROM) => {
            let voted: Voted = ballots::table
                .filter(ballots::poll_id.eq(poll))
                .select(ballots::organisation_id)
                .load(conn)?
                .into_iter()
                .collect();
            let v = voted.contains(&org);
            with_batch(|b| b.rows.insert(key, Box::new(voted)));
            v
        }
        None => {
            ballots::table
                .filter(ballots::poll_id.eq(poll))
                .filter(ballots::organisation_id.eq(org))
                .count()
                .get_result::<i64>(conn)?
                > 0
        }
    })
}
