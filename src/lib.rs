//! plenum: General Assembly voting and governance for networks of member
//! organisations.
//!
//! Arrows go one way: `web -> service -> {domain, store, audit}`; `views`
//! render view models and never touch the database; `domain` imports nothing
//! of the rest.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod audit;
pub mod bench;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod error;
pub mod export;
pub mod i18n;
pub mod service;
pub mod store;
pub mod verify;
pub mod views;
pub mod web;
