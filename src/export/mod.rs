//! What leaves plenum for auditors: the evidence bundle (and, as they land,
//! the minutes in their formats).

pub mod bundle;
#[cfg(feature = "server")]
pub mod minutes;
