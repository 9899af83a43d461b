//! The rules of a General Assembly, in pure code: no database, no web, no clock.
//!
//! Everything here is a function of its inputs, so every rule is tested with
//! plain table tests and property tests (see each module's `tests`).

pub mod assembly;
pub mod checkin;
pub mod client;
pub mod election;
pub mod eligibility;
pub mod fraction;
pub mod ids;
pub mod majority;
pub mod motion;
pub mod organisation;
pub mod outbox;
pub mod poll;
pub mod proxy;
pub mod quorum;
pub mod register;
pub mod role;
pub mod secrecy;
pub mod speakers;
pub mod text;

/// Declares a string-backed enum with `as_str`, `parse` and `ALL`, the shape
/// every stored domain label takes (kinds, states, modes, choices).
macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and wire label.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// Parses a stored or wire label.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($label => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use labelled_enum;
