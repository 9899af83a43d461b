//! Member organisations and what their membership allows.

use super::labelled_enum;

labelled_enum! {
    /// Full members vote; affiliates attend in an advisory capacity only.
    OrgKind { Full => "full", Affiliate => "affiliate" }
}

labelled_enum! {
    /// A suspended full member attends but does not vote.
    OrgStatus { Active => "active", Suspended => "suspended" }
}

/// Why an organisation may not cast a ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ineligible {
    /// Affiliates are advisory members and never vote.
    Affiliate,
    /// A suspended full member attends but does not vote.
    Suspended,
    /// The organisation was not present or represented when the poll opened.
    NotPresent,
}

/// Whether an organisation of this kind and status counts as a voting member
/// (for quorum and for the `all_members` base).
pub fn is_voting_member(kind: OrgKind, status: OrgStatus) -> bool {
    kind == OrgKind::Full && status == OrgStatus::Active
}

/// Whether an organisation may vote in a poll, given its membership and
/// whether it was present or represented when the poll opened.
pub fn may_vote(kind: OrgKind, status: OrgStatus, present: bool) -> Result<(), Ineligible> {
    match (kind, status, present) {
        (OrgKind::Affiliate, _, _) => Err(Ineligible::Affiliate),
        (OrgKind::Full, OrgStatus::Suspended, _) => Err(Ineligible::Suspended),
        (OrgKind::Full, OrgStatus::Active, false) => Err(Ineligible::NotPresent),
        (OrgKind::Full, OrgStatus::Active, true) => Ok(()),
    }
}

/// A country code as used in the register: two ASCII capital letters.
pub fn valid_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eligibility_table() {
        use Ineligible as I;
        use OrgKind::*;
        use OrgStatus::*;
        let table = [
            (Full, Active, true, Ok(())),
            (Full, Active, false, Err(I::NotPresent)),
            (Full, Suspended, true, Err(I::Suspended)),
            (Full, Suspended, false, Err(I::Suspended)),
            (Affiliate, Active, true, Err(I::Affiliate)),
            (Affiliate, Suspended, true, Err(I::Affiliate)),
            (Affiliate, Active, false, Err(I::Affiliate)),
        ];
        for (kind, status, present, want) in table {
            assert_eq!(may_vote(kind, status, present), want, "{kind} {status} {present}");
        }
    }

    #[test]
    fn voting_members_are_full_and_active() {
        assert!(is_voting_member(OrgKind::Full, OrgStatus::Active));
        assert!(!is_voting_member(OrgKind::Full, OrgStatus::Suspended));
        assert!(!is_voting_member(OrgKind::Affiliate, OrgStatus::Active));
    }

    #[test]
    fn country_codes() {
        assert!(valid_country("BE"));
        assert!(!valid_country("be"));
        assert!(!valid_country("BEL"));
        assert!(!valid_country("B"));
    }

    #[test]
    fn labels_round_trip() {
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(OrgKind::parse("observer"), None);
    }
}
