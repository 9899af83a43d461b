//! plenum: General Assembly voting and governance for networks of member
//! organisations.
//!
//! Arrows go one way: `web -> service -> {domain, store, audit}`; `web`
//! chooses the renderer, `views` (pages) or `export` (the minutes' files),
//! and both render the services' view models without touching the
//! database; `domain` imports nothing of the rest.
//!
//! The `server` feature (on by default) is everything that serves,
//! stores and typesets. Without it the crate is the pure part alone: the
//! rules (`domain`), what clients send (`input`), the Markdown renderer,
//! the ledger's hashing and the offline verifier; the fuzz build (`fuzz/`)
//! uses just that, so it compiles in minutes, not tens of minutes. The
//! `bench` feature adds the load harness (`plenum bench`), which the
//! served binary does without.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod audit;
#[cfg(feature = "bench")]
pub mod bench;
#[cfg(feature = "server")]
pub mod cli;
#[cfg(feature = "server")]
pub mod clock;
#[cfg(feature = "server")]
pub mod config;
pub mod domain;
#[cfg(feature = "server")]
pub mod error;
pub mod export;
pub mod i18n;
pub mod input;
#[cfg(feature = "server")]
pub mod mail;
#[cfg(feature = "server")]
pub mod service;
#[cfg(feature = "server")]
pub mod store;
pub mod strict_json;
pub mod verify;
pub mod views;
#[cfg(feature = "server")]
pub mod web;
