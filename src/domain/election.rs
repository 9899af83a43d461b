//! Elections by block approval: each ballot names up to `seats` candidates
//! (none is an abstention); the most approved are elected; a tie for the
//! last seat goes to a run-off; with an absolute majority required, seats
//! left unfilled go to a second round.

use serde::{Deserialize, Serialize};

/// What is wrong with a ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotProblem {
    TooMany { max: u32 },
    Unknown(i64),
    Duplicate(i64),
}

/// Checks a ballot against the round's seats and candidates.
pub fn check_ballot(seats: u32, candidates: &[i64], choices: &[i64]) -> Result<(), BallotProblem> {
    // A name twice or an unknown name is the more precise sentence, so it
    // is looked for before the count: `[6, 6]` for one seat names 6 twice.
    // Among the first `candidates + 1` names one is unknown or named twice
    // (pigeonhole), so a long list costs no more than a short one.
    for (i, c) in choices.iter().enumerate().take(candidates.len() + 1) {
        if !candidates.contains(c) {
            return Err(BallotProblem::Unknown(*c));
        }
        if choices[..i].contains(c) {
            return Err(BallotProblem::Duplicate(*c));
        }
    }
    if choices.len() > seats as usize {
        return Err(BallotProblem::TooMany { max: seats });
    }
    Ok(())
}

/// One candidate's approvals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Standing {
    pub candidate: i64,
    pub votes: u64,
}

/// The result of a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RoundResult {
    pub ballots: u64,
    pub abstentions: u64,
    /// Most approved first; equal votes by candidate id.
    pub ranking: Vec<Standing>,
    pub elected: Vec<i64>,
    /// Tied for the last seat(s): a run-off among them decides.
    pub runoff: Vec<i64>,
    /// Seats this round did not fill.
    pub seats_left: u32,
    /// The approvals an absolute majority needed, where one was required.
    pub majority_needed: Option<u64>,
}

/// Counts a round.
pub fn count(seats: u32, absolute_majority: bool, candidates: &[i64], ballots: &[Vec<i64>]) -> RoundResult {
    let mut ranking: Vec<Standing> = candidates
        .iter()
        .map(|c| Standing { candidate: *c, votes: ballots.iter().filter(|b| b.contains(c)).count() as u64 })
        .collect();
    ranking.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.candidate.cmp(&b.candidate)));
    let abstentions = ballots.iter().filter(|b| b.is_empty()).count() as u64;
    let valid = ballots.len() as u64 - abstentions;
    let majority_needed = absolute_majority.then_some(valid / 2 + 1);
    let qualified: Vec<Standing> =
        ranking.iter().copied().filter(|s| s.votes > 0 && majority_needed.is_none_or(|m| s.votes >= m)).collect();
    let mut elected = Vec::new();
    let mut runoff = Vec::new();
    let mut i = 0;
    while i < qualified.len() && elected.len() < seats as usize {
        let votes = qualified[i].votes;
        let group: Vec<i64> = qualified[i..].iter().take_while(|s| s.votes == votes).map(|s| s.candidate).collect();
        if elected.len() + group.len() <= seats as usize {
            elected.extend(&group);
            i += group.len();
        } else {
            runoff = group;
            break;
        }
    }
    let seats_left = seats - elected.len() as u32;
    RoundResult { ballots: ballots.len() as u64, abstentions, ranking, elected, runoff, seats_left, majority_needed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn b(list: &[i64]) -> Vec<i64> {
        list.to_vec()
    }

    #[test]
    fn ballots_are_checked() {
        assert_eq!(check_ballot(2, &[1, 2, 3], &[1, 3]), Ok(()));
        assert_eq!(check_ballot(2, &[1, 2, 3], &[]), Ok(()));
        assert_eq!(check_ballot(2, &[1, 2, 3], &[1, 2, 3]), Err(BallotProblem::TooMany { max: 2 }));
        assert_eq!(check_ballot(2, &[1, 2, 3], &[4]), Err(BallotProblem::Unknown(4)));
        assert_eq!(check_ballot(2, &[1, 2, 3], &[2, 2]), Err(BallotProblem::Duplicate(2)));
        // Named twice says so, even where it is also more than the seats.
        assert_eq!(check_ballot(1, &[6, 7], &[6, 6]), Err(BallotProblem::Duplicate(6)));
        assert_eq!(check_ballot(1, &[6, 7], &[6, 9]), Err(BallotProblem::Unknown(9)));
        let long: Vec<i64> = (0..100_000).map(|i| 6 + i % 2).collect();
        assert_eq!(check_ballot(1, &[6, 7], &long), Err(BallotProblem::Duplicate(6)));
    }

    #[test]
    fn the_most_approved_are_elected() {
        let r = count(2, false, &[1, 2, 3], &[b(&[1, 2]), b(&[1, 3]), b(&[1, 2]), b(&[])]);
        assert_eq!(r.elected, vec![1, 2]);
        assert_eq!((r.ballots, r.abstentions, r.seats_left), (4, 1, 0));
        assert_eq!(r.ranking[0], Standing { candidate: 1, votes: 3 });
        assert!(r.runoff.is_empty());
    }

    #[test]
    fn a_tie_for_the_last_seat_goes_to_a_runoff() {
        let r = count(2, false, &[1, 2, 3], &[b(&[1, 2]), b(&[1, 3])]);
        assert_eq!((r.elected.clone(), r.runoff.clone(), r.seats_left), (vec![1], vec![2, 3], 1));
        // A tie inside the seats is no problem.
        let r = count(2, false, &[1, 2, 3], &[b(&[1, 2]), b(&[1, 2]), b(&[3])]);
        assert_eq!((r.elected, r.runoff), (vec![1, 2], vec![]));
    }

    #[test]
    fn an_absolute_majority_may_leave_seats_for_a_second_round() {
        // 4 valid ballots: a majority is 3 approvals.
        let r = count(2, true, &[1, 2, 3], &[b(&[1, 2]), b(&[1, 3]), b(&[1, 2]), b(&[3])]);
        assert_eq!(r.majority_needed, Some(3));
        assert_eq!((r.elected, r.seats_left), (vec![1], 1));
        assert!(r.runoff.is_empty());
    }

    #[test]
    fn nobody_is_elected_without_a_vote() {
        let r = count(3, false, &[1, 2], &[b(&[1]), b(&[])]);
        assert_eq!((r.elected, r.seats_left), (vec![1], 2));
    }

    proptest! {
        /// Never more elected than seats; elected and run-off never overlap;
        /// the order of ballots does not matter.
        #[test]
        fn counting_invariants(seats in 1u32..4, majority: bool, mut ballots in proptest::collection::vec(proptest::collection::btree_set(1i64..6, 0..3), 0..30)) {
            let ballots: Vec<Vec<i64>> = ballots.iter_mut().map(|s| s.iter().copied().take(seats as usize).collect()).collect();
            let cands = [1, 2, 3, 4, 5];
            let r = count(seats, majority, &cands, &ballots);
            prop_assert!(r.elected.len() <= seats as usize);
            prop_assert_eq!(r.seats_left as usize, seats as usize - r.elected.len());
            prop_assert!(r.runoff.iter().all(|c| !r.elected.contains(c)));
            let mut reversed = ballots.clone();
            reversed.reverse();
            prop_assert_eq!(count(seats, majority, &cands, &reversed), r);
        }
    }
}
