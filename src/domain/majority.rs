//! Majority rules and the outcome of a poll.

use super::fraction::Fraction;
use super::labelled_enum;
use super::poll::Tally;
use super::quorum::QuorumStatus;
use serde::{Deserialize, Serialize};

labelled_enum! {
    /// What the threshold is measured against.
    Base {
        /// Yes + no; abstentions excluded.
        VotesCast => "votes_cast",
        /// Full active members present or represented when the poll opened.
        PresentAndRepresented => "present_and_represented",
        /// All full active members.
        AllMembers => "all_members",
    }
}

labelled_enum! {
    /// What a tie (as many yes as no) leads to.
    TieRule { Rejected => "rejected", ChairDecides => "chair_decides" }
}

labelled_enum! {
    /// The outcome of a poll on a motion.
    Outcome { Carried => "carried", Rejected => "rejected" }
}

/// A majority rule: `{"numerator": 1, "denominator": 2, "strict": true,
/// "base": "votes_cast", "tie": "rejected"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct MajorityRule {
    pub numerator: u32,
    pub denominator: u32,
    #[serde(default)]
    pub strict: bool,
    #[serde(default = "default_base")]
    pub base: Base,
    #[serde(default = "default_tie")]
    pub tie: TieRule,
}

fn default_base() -> Base {
    Base::VotesCast
}

fn default_tie() -> TieRule {
    TieRule::Rejected
}

impl MajorityRule {
    /// More than half of the votes cast; a tie is rejected.
    pub const SIMPLE: MajorityRule =
        MajorityRule { numerator: 1, denominator: 2, strict: true, base: Base::VotesCast, tie: TieRule::Rejected };

    /// The threshold as a fraction.
    pub fn threshold(&self) -> Fraction {
        Fraction { numerator: self.numerator, denominator: self.denominator, strict: self.strict }
    }
}

/// Why the outcome is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The threshold was met (or not) on the ballots alone.
    Threshold,
    /// The quorum was not reached, so nothing can be carried.
    NoQuorum,
    /// No vote in favour: nothing is carried without one.
    NoSupport,
    /// A tie, rejected by the rule.
    TieRejected,
    /// A tie, broken by the chair's casting vote.
    ChairCastingVote(Outcome),
}

/// The outcome with every number that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub outcome: Outcome,
    pub reason: Reason,
    pub tally: Tally,
    pub rule: MajorityRule,
    /// The yes count the threshold was applied to (with a casting vote, one more).
    pub support: u64,
    /// The count the threshold was measured against.
    pub base_count: u64,
    pub quorum: QuorumStatus,
}

/// A tie under `chair_decides` with no decision given yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChairMustDecide;

/// Applies a majority rule to a tally under a quorum.
///
/// `chair` is the chair's casting vote, used only for a tie under
/// [`TieRule::ChairDecides`]; it counts as one more vote for or against.
pub fn decide(
    rule: MajorityRule,
    tally: Tally,
    quorum: QuorumStatus,
    chair: Option<Outcome>,
) -> Result<Decision, ChairMustDecide> {
    let base_count = |extra: u64| match rule.base {
        Base::VotesCast => tally.votes_cast() + extra,
        Base::PresentAndRepresented => quorum.counted(),
        Base::AllMembers => quorum.full_members,
    };
    let decision =
        |outcome, reason, support, base| Decision { outcome, reason, tally, rule, support, base_count: base, quorum };
    let threshold = rule.threshold();
    if !quorum.quorate {
        return Ok(decision(Outcome::Rejected, Reason::NoQuorum, tally.yes, base_count(0)));
    }
    if tally.yes == 0 {
        return Ok(decision(Outcome::Rejected, Reason::NoSupport, 0, base_count(0)));
    }
    if tally.yes == tally.no {
        return match (rule.tie, chair) {
            (TieRule::Rejected, _) => Ok(decision(Outcome::Rejected, Reason::TieRejected, tally.yes, base_count(0))),
            (TieRule::ChairDecides, None) => Err(ChairMustDecide),
            (TieRule::ChairDecides, Some(vote)) => {
                let support = tally.yes + u64::from(vote == Outcome::Carried);
                let base = base_count(1);
                let outcome = if vote == Outcome::Carried && threshold.met(support, base) {
                    Outcome::Carried
                } else {
                    Outcome::Rejected
                };
                Ok(decision(outcome, Reason::ChairCastingVote(vote), support, base))
            }
        };
    }
    let base = base_count(0);
    let outcome = if threshold.met(tally.yes, base) { Outcome::Carried } else { Outcome::Rejected };
    Ok(decision(outcome, Reason::Threshold, tally.yes, base))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quorum::QuorumRule;
    use proptest::prelude::*;

    fn quorate(full: u64, counted: u64) -> QuorumStatus {
        QuorumRule(Some(Fraction::new(1, 2, false).unwrap())).assess(full, counted, 0)
    }

    fn rule(n: u32, d: u32, strict: bool, base: Base, tie: TieRule) -> MajorityRule {
        MajorityRule { numerator: n, denominator: d, strict, base, tie }
    }

    fn t(yes: u64, no: u64, abstain: u64) -> Tally {
        Tally { yes, no, abstain }
    }

    #[test]
    fn majority_table() {
        use Base::*;
        use Outcome::*;
        use TieRule as T;
        let simple = MajorityRule::SIMPLE;
        let two_thirds = rule(2, 3, false, VotesCast, T::Rejected);
        let four_fifths = rule(4, 5, false, VotesCast, T::Rejected);
        let half_present = rule(1, 2, true, PresentAndRepresented, T::Rejected);
        let half_all = rule(1, 2, true, AllMembers, T::Rejected);
        let at_least_half = rule(1, 2, false, VotesCast, T::Rejected);
        // (rule, tally, full members, present+represented, outcome, reason, base)
        let table = [
            (simple, t(31, 14, 0), 52, 45, Carried, Reason::Threshold, 45),
            (simple, t(23, 22, 5), 52, 50, Carried, Reason::Threshold, 45),
            (simple, t(22, 23, 5), 52, 50, Rejected, Reason::Threshold, 45),
            (simple, t(20, 20, 5), 52, 45, Rejected, Reason::TieRejected, 40),
            (at_least_half, t(20, 20, 0), 52, 45, Rejected, Reason::TieRejected, 40),
            (simple, t(0, 0, 0), 52, 45, Rejected, Reason::NoSupport, 0),
            (simple, t(0, 0, 30), 52, 45, Rejected, Reason::NoSupport, 0),
            (simple, t(1, 0, 29), 52, 45, Carried, Reason::Threshold, 1),
            (two_thirds, t(20, 10, 3), 52, 40, Carried, Reason::Threshold, 30),
            (two_thirds, t(19, 10, 3), 52, 40, Rejected, Reason::Threshold, 29),
            (four_fifths, t(40, 10, 0), 52, 50, Carried, Reason::Threshold, 50),
            (four_fifths, t(39, 10, 0), 52, 50, Rejected, Reason::Threshold, 49),
            (half_present, t(20, 5, 15), 52, 40, Rejected, Reason::Threshold, 40),
            (half_present, t(21, 5, 14), 52, 40, Carried, Reason::Threshold, 40),
            (half_all, t(26, 0, 0), 52, 40, Rejected, Reason::Threshold, 52),
            (half_all, t(27, 0, 0), 52, 40, Carried, Reason::Threshold, 52),
            (simple, t(20, 1, 0), 52, 21, Rejected, Reason::NoQuorum, 21),
        ];
        for (rule, tally, full, counted, outcome, reason, base) in table {
            let d = decide(rule, tally, quorate(full, counted), None).unwrap();
            let case = format!("{rule:?} {tally:?} {full} {counted}");
            assert_eq!(d.outcome, outcome, "{case}");
            assert_eq!(d.reason, reason, "{case}");
            assert_eq!(d.base_count, base, "{case}");
        }
    }

    #[test]
    fn ties_under_chair_decides() {
        let r = rule(1, 2, true, Base::VotesCast, TieRule::ChairDecides);
        let q = quorate(52, 45);
        assert_eq!(decide(r, t(20, 20, 5), q, None), Err(ChairMustDecide));
        let yes = decide(r, t(20, 20, 5), q, Some(Outcome::Carried)).unwrap();
        assert_eq!(yes.outcome, Outcome::Carried);
        assert_eq!((yes.support, yes.base_count), (21, 41));
        let no = decide(r, t(20, 20, 5), q, Some(Outcome::Rejected)).unwrap();
        assert_eq!(no.outcome, Outcome::Rejected);
        // A casting vote never carries a supermajority that the ballots missed.
        let r = rule(2, 3, false, Base::VotesCast, TieRule::ChairDecides);
        let d = decide(r, t(20, 20, 0), q, Some(Outcome::Carried)).unwrap();
        assert_eq!(d.outcome, Outcome::Rejected);
        // Without a tie the chair is not asked.
        let d = decide(r, t(30, 10, 0), q, None).unwrap();
        assert_eq!(d.outcome, Outcome::Carried);
    }

    fn any_rule() -> impl Strategy<Value = MajorityRule> {
        // Thresholds of one half or more, as assemblies use them.
        (1u32..5, 1u32..5, any::<bool>(), 0usize..3, any::<bool>()).prop_map(|(n, extra, strict, b, tie)| {
            MajorityRule {
                numerator: n,
                denominator: n + extra.min(n),
                strict,
                base: Base::ALL[b],
                tie: if tie { TieRule::ChairDecides } else { TieRule::Rejected },
            }
        })
    }

    proptest! {
        /// More support never turns a carried motion into a rejected one.
        #[test]
        fn outcome_is_monotone_in_support(r in any_rule(), yes in 0u64..60, no in 0u64..60, abstain in 0u64..20) {
            let q = quorate(200, 150);
            let chair = Some(Outcome::Rejected);
            let before = decide(r, t(yes, no, abstain), q, chair).unwrap();
            let after = decide(r, t(yes + 1, no, abstain), q, chair).unwrap();
            if before.outcome == Outcome::Carried {
                prop_assert_eq!(after.outcome, Outcome::Carried);
            }
        }

        /// Without a quorum nothing is carried.
        #[test]
        fn no_quorum_never_carries(r in any_rule(), yes in 0u64..60, no in 0u64..60) {
            let q = quorate(200, 10);
            let d = decide(r, t(yes, no, 0), q, Some(Outcome::Carried)).unwrap();
            prop_assert_eq!(d.outcome, Outcome::Rejected);
        }
    }
}
