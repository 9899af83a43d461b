//! Motions: their kinds' presets and their lifecycle.

use super::fraction::Fraction;
use super::labelled_enum;
use super::majority::MajorityRule;
use serde::Deserialize;

/// The rules a motion kind brings unless the motion overrides them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct MotionKindPreset {
    pub majority: MajorityRule,
    /// A quorum of its own (e.g. 2/3 for statutes); `None`: the assembly's.
    #[serde(default)]
    pub quorum: Option<Fraction>,
}

labelled_enum! {
    /// `draft -> submitted -> admitted -> voting -> carried | rejected`,
    /// or `withdrawn` / `not_admitted` on the way.
    MotionState {
        Draft => "draft",
        Submitted => "submitted",
        Admitted => "admitted",
        Voting => "voting",
        Carried => "carried",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
        NotAdmitted => "not_admitted",
    }
}

/// A move the motion lifecycle does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IllegalMotionMove {
    pub from: MotionState,
    pub to: MotionState,
}

impl MotionState {
    /// The states this one may move to.
    pub fn next_states(self) -> &'static [MotionState] {
        use MotionState::*;
        match self {
            Draft => &[Submitted, Withdrawn],
            Submitted => &[Admitted, NotAdmitted, Withdrawn],
            Admitted => &[Voting, Withdrawn],
            Voting => &[Carried, Rejected],
            Carried | Rejected | Withdrawn | NotAdmitted => &[],
        }
    }

    /// Checks a move.
    pub fn move_to(self, to: MotionState) -> Result<MotionState, IllegalMotionMove> {
        if self.next_states().contains(&to) {
            Ok(to)
        } else {
            Err(IllegalMotionMove { from: self, to })
        }
    }

    /// Whether the motion is decided or gone: nothing more happens to it.
    pub fn is_final(self) -> bool {
        self.next_states().is_empty()
    }
}

/// Why a motion cannot be admitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooFewSeconders {
    pub have: usize,
    pub need: usize,
}

/// A motion is admitted only with enough seconders (the secretariat's own
/// motions need none).
pub fn check_seconders(by_secretariat: bool, seconders: usize, min: usize) -> Result<(), TooFewSeconders> {
    if by_secretariat || seconders >= min {
        Ok(())
    } else {
        Err(TooFewSeconders { have: seconders, need: min })
    }
}

#[cfg(test)]
mod tests {
    use super::MotionState::*;
    use super::*;

    #[test]
    fn lifecycle_table() {
        let allowed = [
            (Draft, Submitted),
            (Draft, Withdrawn),
            (Submitted, Admitted),
            (Submitted, NotAdmitted),
            (Submitted, Withdrawn),
            (Admitted, Voting),
            (Admitted, Withdrawn),
            (Voting, Carried),
            (Voting, Rejected),
        ];
        for from in MotionState::ALL {
            for to in MotionState::ALL {
                assert_eq!(from.move_to(*to).is_ok(), allowed.contains(&(*from, *to)), "{from} -> {to}");
            }
        }
        assert!(Carried.is_final() && Withdrawn.is_final() && !Voting.is_final());
    }

    #[test]
    fn seconders() {
        assert_eq!(check_seconders(false, 1, 2), Err(TooFewSeconders { have: 1, need: 2 }));
        assert_eq!(check_seconders(false, 2, 2), Ok(()));
        assert_eq!(check_seconders(true, 0, 2), Ok(()));
    }
}
