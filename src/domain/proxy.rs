//! Proxies: a full member that cannot attend gives its vote to another full
//! member. Capped per holder, never chained, never to or from an affiliate,
//! void once the grantor attends itself.

use super::organisation::{OrgKind, OrgStatus};

/// What the proxy rules need to know of an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub kind: OrgKind,
    pub status: OrgStatus,
}

/// A live proxy (neither revoked nor void): grantor gives to holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Live {
    pub grantor: i64,
    pub holder: i64,
}

/// Who counts now at an assembly: the full active members, those of them
/// present, and those represented by a proxy whose holder is present.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presence {
    /// Ascending.
    pub full_active: Vec<i64>,
    /// Present, full and active; ascending.
    pub present: Vec<i64>,
    /// (grantor, holder), by grantor.
    pub represented: Vec<(i64, i64)>,
}

impl Presence {
    /// Presence from the register's full active members (ascending), those
    /// present (ascending) and the live proxies: a proxy represents its
    /// grantor while the grantor is a full active member who is absent and
    /// its holder is present.
    pub fn of(full_active: Vec<i64>, present: Vec<i64>, live: &[Live]) -> Presence {
        let represented = represented(live, &present)
            .into_iter()
            .filter(|p| full_active.binary_search(&p.grantor).is_ok())
            .map(|p| (p.grantor, p.holder))
            .collect();
        Presence { full_active, present, represented }
    }

    /// Present or represented: who may vote in a poll opened now, each with
    /// who casts its vote (`None`: itself; `Some(holder)`: by proxy).
    pub fn eligible(&self) -> Vec<(i64, Option<i64>)> {
        let mut all: Vec<(i64, Option<i64>)> = self.present.iter().map(|o| (*o, None)).collect();
        all.extend(self.represented.iter().map(|(g, h)| (*g, Some(*h))));
        all.sort_unstable();
        all
    }
}

/// Why a proxy cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    ToItself,
    GrantorAffiliate,
    HolderAffiliate,
    GrantorSuspended,
    HolderSuspended,
    /// The grantor is here: it votes itself.
    GrantorPresent,
    /// The grantor has already given a proxy for this assembly.
    AlreadyGiven,
    /// The holder has given its own vote away: a proxy would chain.
    HolderIsGrantor,
    /// The grantor holds proxies of others: a proxy would chain.
    GrantorIsHolder,
    /// The holder holds as many proxies as allowed.
    CapReached(u32),
}

/// Checks a new proxy against the rules and the live proxies of the assembly.
pub fn check_grant(
    grantor: Member,
    holder: Member,
    grantor_present: bool,
    live: &[Live],
    cap: u32,
) -> Result<(), Refusal> {
    if grantor.id == holder.id {
        return Err(Refusal::ToItself);
    }
    if grantor.kind == OrgKind::Affiliate {
        return Err(Refusal::GrantorAffiliate);
    }
    if holder.kind == OrgKind::Affiliate {
        return Err(Refusal::HolderAffiliate);
    }
    if grantor.status == OrgStatus::Suspended {
        return Err(Refusal::GrantorSuspended);
    }
    if holder.status == OrgStatus::Suspended {
        return Err(Refusal::HolderSuspended);
    }
    if grantor_present {
        return Err(Refusal::GrantorPresent);
    }
    if live.iter().any(|p| p.grantor == grantor.id) {
        return Err(Refusal::AlreadyGiven);
    }
    if live.iter().any(|p| p.grantor == holder.id) {
        return Err(Refusal::HolderIsGrantor);
    }
    if live.iter().any(|p| p.holder == grantor.id) {
        return Err(Refusal::GrantorIsHolder);
    }
    let held = live.iter().filter(|p| p.holder == holder.id).count();
    if held >= cap as usize {
        return Err(Refusal::CapReached(cap));
    }
    Ok(())
}

/// The grantors represented now: live proxies whose grantor is absent and
/// whose holder is present (both full and active, as the grant required).
pub fn represented(live: &[Live], present: &[i64]) -> Vec<Live> {
    let mut out: Vec<Live> =
        live.iter().filter(|p| !present.contains(&p.grantor) && present.contains(&p.holder)).copied().collect();
    out.sort_unstable_by_key(|p| p.grantor);
    out.dedup_by_key(|p| p.grantor);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrgKind::*;
    use OrgStatus::*;

    #[test]
    fn presence_counts_a_grantor_only_while_it_is_absent_and_its_holder_here() {
        // 1..=6 full and active; 7 is not (an affiliate or suspended).
        let full_active = vec![1, 2, 3, 4, 5, 6];
        let live = [
            Live { grantor: 1, holder: 2 }, // holder here: represented
            Live { grantor: 3, holder: 4 }, // grantor here too: not
            Live { grantor: 5, holder: 6 }, // holder absent: not
            Live { grantor: 7, holder: 2 }, // grantor no longer counts: not
        ];
        // (present, represented, eligible)
        type Case = (&'static [i64], Vec<(i64, i64)>, Vec<(i64, Option<i64>)>);
        let cases: [Case; 3] = [
            (&[2, 3, 4], vec![(1, 2)], vec![(1, Some(2)), (2, None), (3, None), (4, None)]),
            (&[1, 2, 6], vec![(5, 6)], vec![(1, None), (2, None), (5, Some(6)), (6, None)]),
            (&[], vec![], vec![]),
        ];
        for (present, represented, eligible) in cases {
            let p = Presence::of(full_active.clone(), present.to_vec(), &live);
            assert_eq!(p.represented, represented, "present {present:?}");
            assert_eq!(p.eligible(), eligible, "present {present:?}");
            assert_eq!(p.present, present.to_vec());
        }
    }

    fn m(id: i64, kind: OrgKind, status: OrgStatus) -> Member {
        Member { id, kind, status }
    }

    #[test]
    fn proxy_rules_table() {
        let a = m(1, Full, Active);
        let b = m(2, Full, Active);
        let c = m(3, Full, Active);
        let aff = m(4, Affiliate, Active);
        let susp = m(5, Full, Suspended);
        let l = |grantor, holder| Live { grantor, holder };
        // (grantor, holder, grantor present, live proxies, cap, expected)
        type Case = (Member, Member, bool, Vec<Live>, u32, Result<(), Refusal>);
        let table: Vec<Case> = vec![
            (a, b, false, vec![], 1, Ok(())),
            (a, a, false, vec![], 1, Err(Refusal::ToItself)),
            (aff, b, false, vec![], 1, Err(Refusal::GrantorAffiliate)),
            (a, aff, false, vec![], 1, Err(Refusal::HolderAffiliate)),
            (susp, b, false, vec![], 1, Err(Refusal::GrantorSuspended)),
            (a, susp, false, vec![], 1, Err(Refusal::HolderSuspended)),
            (a, b, true, vec![], 1, Err(Refusal::GrantorPresent)),
            (a, b, false, vec![l(1, 3)], 1, Err(Refusal::AlreadyGiven)),
            (a, b, false, vec![l(2, 3)], 1, Err(Refusal::HolderIsGrantor)),
            (a, b, false, vec![l(3, 1)], 2, Err(Refusal::GrantorIsHolder)),
            (a, b, false, vec![l(3, 2)], 1, Err(Refusal::CapReached(1))),
            (a, b, false, vec![l(3, 2)], 2, Ok(())),
            (a, b, false, vec![l(3, 2), l(6, 2)], 2, Err(Refusal::CapReached(2))),
            (c, b, false, vec![l(1, 9)], 1, Ok(())),
        ];
        for (i, (g, h, present, live, cap, want)) in table.into_iter().enumerate() {
            assert_eq!(check_grant(g, h, present, &live, cap), want, "case {i}");
        }
    }

    #[test]
    fn represented_needs_an_absent_grantor_and_a_present_holder() {
        let live = [Live { grantor: 1, holder: 2 }, Live { grantor: 3, holder: 4 }, Live { grantor: 5, holder: 2 }];
        let grantors = |present: &[i64]| represented(&live, present).iter().map(|p| p.grantor).collect::<Vec<_>>();
        assert_eq!(grantors(&[2]), vec![1, 5]);
        // The grantor arrived: it votes itself, its proxy represents nothing.
        assert_eq!(grantors(&[1, 2]), vec![5]);
        // The holder is not here: nobody carries the vote.
        assert_eq!(grantors(&[3]), Vec::<i64>::new());
    }
}
