//! Quorum: full active members present or represented, against a fraction of
//! all full active members.

use super::fraction::Fraction;
use serde::Serialize;

/// The quorum of an assembly (or of a motion kind). `None` means no quorum is
/// required (e.g. on a second convocation where the statutes say so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuorumRule(pub Option<Fraction>);

/// The quorum at a moment, with the numbers that decide it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuorumStatus {
    /// Full active members.
    pub full_members: u64,
    /// Of those, present in the room or remote.
    pub present: u64,
    /// Of those, not present but represented by a proxy.
    pub represented: u64,
    /// How many present or represented are needed.
    pub required: u64,
    pub quorate: bool,
    #[serde(skip)]
    pub rule: QuorumRule,
}

impl QuorumStatus {
    /// Present plus represented.
    pub fn counted(&self) -> u64 {
        self.present + self.represented
    }
}

impl QuorumRule {
    /// Assesses the quorum. `present` and `represented` count full active
    /// members only; the caller never passes affiliates or suspended members.
    pub fn assess(&self, full_members: u64, present: u64, represented: u64) -> QuorumStatus {
        let counted = present + represented;
        let (required, quorate) = match self.0 {
            None => (0, true),
            Some(f) => (f.required(full_members), f.met(counted, full_members)),
        };
        QuorumStatus { full_members, present, represented, required, quorate, rule: *self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quorum_table() {
        let half = QuorumRule(Some(Fraction::new(1, 2, false).unwrap()));
        let more_than_half = QuorumRule(Some(Fraction::new(1, 2, true).unwrap()));
        let two_thirds = QuorumRule(Some(Fraction::new(2, 3, false).unwrap()));
        let none = QuorumRule(None);
        // (rule, full members, present, represented, required, quorate)
        let table = [
            (half, 52, 26, 0, 26, true),
            (half, 52, 25, 0, 26, false),
            (half, 52, 25, 1, 26, true),
            (more_than_half, 52, 26, 0, 27, false),
            (more_than_half, 52, 26, 1, 27, true),
            (two_thirds, 51, 34, 0, 34, true),
            (two_thirds, 51, 33, 0, 34, false),
            (none, 52, 0, 0, 0, true),
            (half, 0, 0, 0, 0, true),
        ];
        for (rule, full, present, represented, required, quorate) in table {
            let s = rule.assess(full, present, represented);
            assert_eq!(s.required, required, "{rule:?} {full} {present} {represented}");
            assert_eq!(s.quorate, quorate, "{rule:?} {full} {present} {represented}");
            assert_eq!(s.counted(), present + represented);
        }
    }
}
