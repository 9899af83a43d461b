//! The assembly and its lifecycle.

use super::labelled_enum;

labelled_enum! {
    /// `draft -> convened -> in_session <-> suspended -> closed -> minutes_approved`.
    AssemblyState {
        Draft => "draft",
        Convened => "convened",
        InSession => "in_session",
        Suspended => "suspended",
        Closed => "closed",
        MinutesApproved => "minutes_approved",
    }
}

labelled_enum! {
    /// Ordinary (the annual one) or extraordinary.
    AssemblyKind { Ordinary => "ordinary", Extraordinary => "extraordinary" }
}

labelled_enum! {
    /// Where the assembly takes place.
    AssemblyFormat { InPerson => "in_person", Remote => "remote", Hybrid => "hybrid" }
}

labelled_enum! {
    /// How an organisation attends.
    AttendanceMode { InPerson => "in_person", Remote => "remote" }
}

/// A transition the lifecycle does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IllegalTransition {
    pub from: AssemblyState,
    pub to: AssemblyState,
}

impl AssemblyState {
    /// The states this one may move to.
    pub fn next_states(self) -> &'static [AssemblyState] {
        use AssemblyState::*;
        match self {
            Draft => &[Convened],
            Convened => &[InSession],
            InSession => &[Suspended, Closed],
            Suspended => &[InSession, Closed],
            Closed => &[MinutesApproved],
            MinutesApproved => &[],
        }
    }

    /// Checks a transition.
    pub fn transition(self, to: AssemblyState) -> Result<AssemblyState, IllegalTransition> {
        if self.next_states().contains(&to) {
            Ok(to)
        } else {
            Err(IllegalTransition { from: self, to })
        }
    }

    /// Whether delegates may check in: from the convocation until the close.
    pub fn accepts_attendance(self) -> bool {
        matches!(self, AssemblyState::Convened | AssemblyState::InSession | AssemblyState::Suspended)
    }

    /// Whether polls may be opened and ballots cast.
    pub fn accepts_votes(self) -> bool {
        self == AssemblyState::InSession
    }
}

/// Whether an attendance mode fits the assembly's format.
pub fn mode_allowed(format: AssemblyFormat, mode: AttendanceMode) -> bool {
    match format {
        AssemblyFormat::Hybrid => true,
        AssemblyFormat::InPerson => mode == AttendanceMode::InPerson,
        AssemblyFormat::Remote => mode == AttendanceMode::Remote,
    }
}

#[cfg(test)]
mod tests {
    use super::AssemblyState::*;
    use super::*;

    #[test]
    fn lifecycle_table() {
        let allowed = [
            (Draft, Convened),
            (Convened, InSession),
            (InSession, Suspended),
            (Suspended, InSession),
            (InSession, Closed),
            (Suspended, Closed),
            (Closed, MinutesApproved),
        ];
        for from in AssemblyState::ALL {
            for to in AssemblyState::ALL {
                let want = allowed.contains(&(*from, *to));
                assert_eq!(from.transition(*to).is_ok(), want, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn votes_only_in_session() {
        for s in AssemblyState::ALL {
            assert_eq!(s.accepts_votes(), *s == InSession, "{s}");
        }
        assert!(Convened.accepts_attendance());
        assert!(!Draft.accepts_attendance());
        assert!(!Closed.accepts_attendance());
    }

    #[test]
    fn modes_follow_the_format() {
        use AttendanceMode as M;
        assert!(mode_allowed(AssemblyFormat::Hybrid, M::Remote));
        assert!(mode_allowed(AssemblyFormat::Hybrid, M::InPerson));
        assert!(!mode_allowed(AssemblyFormat::InPerson, M::Remote));
        assert!(!mode_allowed(AssemblyFormat::Remote, M::InPerson));
    }
}
