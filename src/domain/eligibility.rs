//! Who may cast an organisation's ballot in a poll or an election round, and
//! whom the tellers may count in the room.
//!
//! One rule decides: the eligibility snapshot taken when the poll (or round)
//! opened. An organisation in the snapshot votes in that poll, through
//! whoever the snapshot names, whatever happens to the register while the
//! poll is open (a suspension, an import that makes it an affiliate): the
//! poll already counts it among the eligible and in its quorum, so refusing
//! its ballot would make the count and the record disagree. The register's
//! reasons are only given for organisations outside the snapshot.

use super::organisation::{may_vote, Ineligible, OrgKind, OrgStatus};

/// An organisation's line in a poll's (or round's) snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Not in the snapshot: neither present nor represented at the opening.
    NotEligible,
    /// Votes itself.
    Itself,
    /// The holder of its proxy votes for it.
    ByProxy(i64),
}

impl Entry {
    /// From a snapshot row as stored: no row (not eligible), or the row's
    /// holder (`None`: it votes itself).
    pub fn from_row(row: Option<Option<i64>>) -> Entry {
        match row {
            None => Entry::NotEligible,
            Some(None) => Entry::Itself,
            Some(Some(holder)) => Entry::ByProxy(holder),
        }
    }
}

/// Why a ballot is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not in the snapshot, and an affiliate.
    Affiliate,
    /// Not in the snapshot, and suspended.
    Suspended,
    /// Not in the snapshot: neither present nor represented at the opening.
    NotEligible,
    /// In the snapshot, but the holder of its proxy votes for it.
    RepresentedBy(i64),
}

/// Whether a delegate of organisation `voter` may cast the ballot of an
/// organisation with snapshot line `entry` and, in the register now,
/// `kind` and `status` (used only to explain a refusal outside the
/// snapshot).
pub fn may_cast(entry: Entry, voter: i64, kind: OrgKind, status: OrgStatus) -> Result<(), Refusal> {
    match entry {
        Entry::Itself => Ok(()),
        Entry::ByProxy(holder) if holder == voter => Ok(()),
        Entry::ByProxy(holder) => Err(Refusal::RepresentedBy(holder)),
        Entry::NotEligible => match may_vote(kind, status, false) {
            Err(Ineligible::Affiliate) => Err(Refusal::Affiliate),
            Err(Ineligible::Suspended) => Err(Refusal::Suspended),
            _ => Err(Refusal::NotEligible),
        },
    }
}

/// Whether the tellers may count an organisation in the room: only if it
/// votes itself in this poll and is present in person, or the holder of its
/// proxy is present in person (the holder raises its card for it).
pub fn countable_in_room(entry: Entry, organisation: i64, in_person: impl Fn(i64) -> bool) -> bool {
    match entry {
        Entry::NotEligible => false,
        Entry::Itself => in_person(organisation),
        Entry::ByProxy(holder) => in_person(holder),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use OrgKind::*;
    use OrgStatus::*;

    #[test]
    fn the_snapshot_decides() {
        let (me, other) = (1, 2);
        let table: [(Entry, OrgKind, OrgStatus, Result<(), Refusal>); 12] = [
            (Entry::Itself, Full, Active, Ok(())),
            // Suspended or made an affiliate after the opening: still votes.
            (Entry::Itself, Full, Suspended, Ok(())),
            (Entry::Itself, Affiliate, Active, Ok(())),
            (Entry::ByProxy(me), Full, Active, Ok(())),
            (Entry::ByProxy(me), Full, Suspended, Ok(())),
            (Entry::ByProxy(me), Affiliate, Suspended, Ok(())),
            (Entry::ByProxy(other), Full, Active, Err(Refusal::RepresentedBy(other))),
            (Entry::ByProxy(other), Full, Suspended, Err(Refusal::RepresentedBy(other))),
            // Outside the snapshot the register explains the refusal.
            (Entry::NotEligible, Full, Active, Err(Refusal::NotEligible)),
            (Entry::NotEligible, Full, Suspended, Err(Refusal::Suspended)),
            (Entry::NotEligible, Affiliate, Active, Err(Refusal::Affiliate)),
            (Entry::NotEligible, Affiliate, Suspended, Err(Refusal::Affiliate)),
        ];
        for (entry, kind, status, want) in table {
            assert_eq!(may_cast(entry, me, kind, status), want, "{entry:?} {kind} {status}");
        }
    }

    #[test]
    fn the_room_counts_who_is_in_the_room() {
        let in_room = |o: i64| o == 10 || o == 11;
        let table: [(Entry, i64, bool); 6] = [
            (Entry::Itself, 10, true),
            (Entry::Itself, 20, false),      // votes itself but follows remotely
            (Entry::ByProxy(11), 21, true),  // represented by a holder in the room
            (Entry::ByProxy(22), 10, false), // represented by a remote holder, even if itself in the room
            (Entry::NotEligible, 10, false),
            (Entry::NotEligible, 20, false),
        ];
        for (entry, org, want) in table {
            assert_eq!(countable_in_room(entry, org, in_room), want, "{entry:?} {org}");
        }
    }

    proptest! {
        #[test]
        fn the_register_never_overrides_the_snapshot(
            holder in proptest::option::of(0i64..4),
            voter in 0i64..4,
            affiliate: bool,
            suspended: bool,
        ) {
            let kind = if affiliate { Affiliate } else { Full };
            let status = if suspended { Suspended } else { Active };
            let entry = Entry::from_row(Some(holder));
            let with_register = may_cast(entry, voter, kind, status);
            prop_assert_eq!(with_register, may_cast(entry, voter, Full, Active));
            prop_assert!(may_cast(Entry::NotEligible, voter, kind, status).is_err());
        }
    }
}
