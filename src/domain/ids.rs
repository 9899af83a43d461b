//! Ids with their own types: a poll's id cannot be passed where a round's
//! or an organisation's is meant (an outside review found a round's id
//! answered as a `poll_id`). Each is an `i64` in the database and a number
//! in JSON (serde `transparent`); `store/ids.rs` stores them.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }
    )*};
}

ids!(
    /// A poll's id (a vote on a motion).
    PollId,
    /// An election round's id.
    RoundId,
    /// A member organisation's id.
    OrganisationId,
    /// A motion's id (an amendment is a motion too).
    MotionId,
    /// An assembly's id (a General Assembly, one meeting).
    AssemblyId,
    /// An election's id (its rounds have their own, [`RoundId`]).
    ElectionId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_plain_number_in_json_and_in_text() {
        assert_eq!(serde_json::to_string(&PollId(12)).ok(), Some("12".to_string()));
        assert_eq!(serde_json::from_str::<OrganisationId>("7").ok(), Some(OrganisationId(7)));
        assert!(serde_json::from_str::<RoundId>("\"7\"").is_err(), "a string is not an id");
        assert_eq!(format!("poll:{}", PollId(3)), "poll:3");
        assert_eq!(i64::from(RoundId(5)), 5);
    }
}
