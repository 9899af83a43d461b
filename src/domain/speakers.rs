//! The speakers' list: one queue for the room and remote; affiliates may
//! speak. `queued -> speaking -> done`, or `withdrawn` while queued.

use super::labelled_enum;

labelled_enum! {
    /// Where a request to speak is.
    SpeakerState { Queued => "queued", Speaking => "speaking", Done => "done", Withdrawn => "withdrawn" }
}

/// Why a move on the list is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerRefusal {
    /// Someone has the floor: end it first.
    FloorTaken,
    /// The request is not where this move starts.
    WrongState(SpeakerState),
}

/// Giving the floor: only to a queued request, and only when nobody speaks.
pub fn give_floor(state: SpeakerState, someone_speaking: bool) -> Result<SpeakerState, SpeakerRefusal> {
    match (state, someone_speaking) {
        (SpeakerState::Queued, false) => Ok(SpeakerState::Speaking),
        (SpeakerState::Queued, true) => Err(SpeakerRefusal::FloorTaken),
        (other, _) => Err(SpeakerRefusal::WrongState(other)),
    }
}

/// Ending the floor.
pub fn end_floor(state: SpeakerState) -> Result<SpeakerState, SpeakerRefusal> {
    match state {
        SpeakerState::Speaking => Ok(SpeakerState::Done),
        other => Err(SpeakerRefusal::WrongState(other)),
    }
}

/// Withdrawing a request that has not been given the floor.
pub fn withdraw(state: SpeakerState) -> Result<SpeakerState, SpeakerRefusal> {
    match state {
        SpeakerState::Queued => Ok(SpeakerState::Withdrawn),
        other => Err(SpeakerRefusal::WrongState(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::SpeakerState::*;
    use super::*;

    #[test]
    fn speakers_table() {
        assert_eq!(give_floor(Queued, false), Ok(Speaking));
        assert_eq!(give_floor(Queued, true), Err(SpeakerRefusal::FloorTaken));
        assert_eq!(give_floor(Done, false), Err(SpeakerRefusal::WrongState(Done)));
        assert_eq!(end_floor(Speaking), Ok(Done));
        assert_eq!(end_floor(Queued), Err(SpeakerRefusal::WrongState(Queued)));
        assert_eq!(withdraw(Queued), Ok(Withdrawn));
        assert_eq!(withdraw(Speaking), Err(SpeakerRefusal::WrongState(Speaking)));
    }
}
