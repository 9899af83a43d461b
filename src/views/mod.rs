//! maud views: pure functions of view models. Every string comes from the
//! message catalogue; every value is escaped by maud.

#[cfg(feature = "server")]
pub mod admin;
#[cfg(feature = "server")]
pub mod audit;
#[cfg(feature = "server")]
pub mod charts;
pub mod markdown;
#[cfg(feature = "server")]
pub mod pages;
#[cfg(feature = "server")]
pub mod paging;

#[cfg(feature = "server")]
mod layout;
#[cfg(feature = "server")]
pub use layout::*;

/// An RFC 3339 time as people read it in minutes: `2026-05-16 09:00 UTC`.
pub fn when(t: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(t)
        .map(|d| d.with_timezone(&chrono::Utc).format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| t.to_string())
}
