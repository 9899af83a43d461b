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
