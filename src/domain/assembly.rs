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

    /// Whether the assembly's business may still change (attendance,
    /// motions, speakers, proxies, elections, polls, the room's counts):
    /// until it closes. After the close only the minutes' narrative and
    /// incidents change, until the minutes are approved; after that, nothing.
    pub fn accepts_business(self) -> bool {
        !matches!(self, AssemblyState::Closed | AssemblyState::MinutesApproved)
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

labelled_enum! {
    /// What an agenda item is for.
    AgendaKind { Information => "information", Discussion => "discussion", Decision => "decision", Election => "election" }
}

/// Why the agenda cannot be changed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaLocked {
    /// In session: only a chair's action with a reason for the record.
    NeedsReason,
    /// Closed: never.
    Final,
}

/// Whether the agenda may change: freely before the session, with a reason
/// (recorded) while it runs, never after it closed.
pub fn agenda_editable(state: AssemblyState, reason_given: bool) -> Result<(), AgendaLocked> {
    match state {
        AssemblyState::Draft | AssemblyState::Convened => Ok(()),
        AssemblyState::InSession | AssemblyState::Suspended if reason_given => Ok(()),
        AssemblyState::InSession | AssemblyState::Suspended => Err(AgendaLocked::NeedsReason),
        AssemblyState::Closed | AssemblyState::MinutesApproved => Err(AgendaLocked::Final),
    }
}

/// A notice sent too late: how many days it gave, and how many are required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShortNotice {
    pub given: i64,
    pub required: i64,
}

/// Checks the notice period: `Some` when the notice was sent fewer than
/// `required` days before the assembly starts.
pub fn notice_check(starts: chrono::NaiveDate, sent: chrono::NaiveDate, required: i64) -> Option<ShortNotice> {
    let given = (starts - sent).num_days();
    (given < required).then_some(ShortNotice { given, required })
}

/// The quorum an assembly gets when none is given: the configured one, or
/// none on a second convocation unless the statutes require it there too.
pub fn default_quorum<T>(convocation: i32, configured: T, on_second_convocation: bool) -> Option<T> {
    (convocation == 1 || on_second_convocation).then_some(configured)
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
    fn business_ends_with_the_close() {
        let table = [
            (Draft, true),
            (Convened, true),
            (InSession, true),
            (Suspended, true),
            (Closed, false),
            (MinutesApproved, false),
        ];
        for (state, want) in table {
            assert_eq!(state.accepts_business(), want, "{state}");
        }
        // Whatever accepts votes or attendance accepts business.
        for s in AssemblyState::ALL {
            assert!(!s.accepts_votes() || s.accepts_business(), "{s}");
            assert!(!s.accepts_attendance() || s.accepts_business(), "{s}");
        }
    }

    #[test]
    fn agenda_locking_table() {
        use AgendaLocked::*;
        let table = [
            (Draft, false, Ok(())),
            (Convened, false, Ok(())),
            (InSession, false, Err(NeedsReason)),
            (InSession, true, Ok(())),
            (Suspended, false, Err(NeedsReason)),
            (Suspended, true, Ok(())),
            (Closed, true, Err(Final)),
            (MinutesApproved, true, Err(Final)),
        ];
        for (state, reason, want) in table {
            assert_eq!(agenda_editable(state, reason), want, "{state} {reason}");
        }
    }

    #[test]
    fn notice_period_edges() {
        let d = |day| chrono::NaiveDate::from_ymd_opt(2026, 6, day).unwrap();
        assert_eq!(notice_check(d(16), d(1), 15), None, "exactly 15 days");
        assert_eq!(notice_check(d(16), d(2), 15), Some(ShortNotice { given: 14, required: 15 }));
        assert_eq!(notice_check(d(16), d(16), 15), Some(ShortNotice { given: 0, required: 15 }));
        assert_eq!(notice_check(d(16), d(1), 0), None);
    }

    #[test]
    fn second_convocation_quorum() {
        assert_eq!(default_quorum(1, "1/2", false), Some("1/2"));
        assert_eq!(default_quorum(2, "1/2", false), None);
        assert_eq!(default_quorum(2, "1/2", true), Some("1/2"));
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
