//! Polls, ballots and the count.

use super::labelled_enum;
use serde::Serialize;

labelled_enum! {
    /// How a poll is cast.
    BallotType { RollCall => "roll_call", Secret => "secret", Tellers => "tellers" }
}

labelled_enum! {
    /// A poll is open until the chair closes it; a closed poll never changes.
    PollState { Open => "open", Closed => "closed" }
}

labelled_enum! {
    /// A ballot's choice.
    Choice { Yes => "yes", No => "no", Abstain => "abstain" }
}

/// The count of a poll.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
}

/// A count that breaks invariant 6 (`yes + no + abstain = ballots <= eligible`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InconsistentCount {
    pub ballots: u64,
    pub eligible: u64,
}

impl Tally {
    /// Counts choices.
    pub fn count<I: IntoIterator<Item = Choice>>(choices: I) -> Tally {
        choices.into_iter().fold(Tally::default(), |mut t, c| {
            match c {
                Choice::Yes => t.yes += 1,
                Choice::No => t.no += 1,
                Choice::Abstain => t.abstain += 1,
            }
            t
        })
    }

    /// All ballots, abstentions included.
    pub fn ballots(&self) -> u64 {
        self.yes + self.no + self.abstain
    }

    /// Yes plus no: the votes cast, abstentions excluded.
    pub fn votes_cast(&self) -> u64 {
        self.yes + self.no
    }

    /// Checks the count against the participations and the eligible number.
    pub fn check(&self, participations: u64, eligible: u64) -> Result<(), InconsistentCount> {
        let ballots = self.ballots();
        if ballots == participations && ballots <= eligible {
            Ok(())
        } else {
            Err(InconsistentCount { ballots, eligible })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn choice() -> impl Strategy<Value = Choice> {
        prop_oneof![Just(Choice::Yes), Just(Choice::No), Just(Choice::Abstain)]
    }

    #[test]
    fn counts_each_choice() {
        let t = Tally::count([Choice::Yes, Choice::No, Choice::Yes, Choice::Abstain]);
        assert_eq!(t, Tally { yes: 2, no: 1, abstain: 1 });
        assert_eq!(t.votes_cast(), 3);
        assert_eq!(t.ballots(), 4);
        assert!(t.check(4, 4).is_ok());
        assert!(t.check(4, 3).is_err());
        assert!(t.check(3, 10).is_err());
    }

    proptest! {
        /// Invariant 6, and the count does not depend on ballot order.
        #[test]
        fn tally_is_consistent_and_order_free(mut choices in proptest::collection::vec(choice(), 0..300), extra in 0u64..50) {
            let t = Tally::count(choices.iter().copied());
            let n = choices.len() as u64;
            prop_assert_eq!(t.ballots(), n);
            prop_assert!(t.check(n, n + extra).is_ok());
            choices.reverse();
            prop_assert_eq!(Tally::count(choices.iter().copied()), t);
            choices.sort_by_key(|c| c.as_str());
            prop_assert_eq!(Tally::count(choices), t);
        }
    }
}
