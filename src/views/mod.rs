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
pub mod notices;
#[cfg(feature = "server")]
pub mod pages;
#[cfg(feature = "server")]
pub mod paging;

#[cfg(feature = "server")]
mod layout;
#[cfg(feature = "server")]
pub use layout::*;

/// An RFC 3339 time as people read it, in the language being spoken:
/// `16 May 2026 at 09:00 UTC`, `16 mai 2026 à 09:00 UTC`.
pub fn when(t: &str) -> String {
    when_in(crate::i18n::current(), t)
}

/// [`when`] in a given language (the minutes' language).
pub fn when_in(lang: crate::i18n::Lang, t: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(t)
        .map(|d| format!("{} UTC", crate::i18n::date_time(lang, d.naive_utc())))
        .unwrap_or_else(|_| t.to_string())
}
