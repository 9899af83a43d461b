//! The black-box suites, as one test binary: each module drives a real
//! plenum (in-process server over loopback HTTP, or the real binary) on a
//! database made for the test, and most run on SQLite and on PostgreSQL
//! (`both!`). One binary instead of one per file: the debug build links
//! plenum once, not twenty times, which keeps CI's disk use and link time
//! small.

#[macro_use]
mod common;

mod assemblies;
mod attendance;
mod authz;
mod ballots;
mod before_close;
mod bench_smoke;
mod browser;
mod bundle;
mod cli;
mod conformance;
mod connections;
mod crash;
mod demo;
mod display;
mod elections;
mod exports;
mod frozen;
mod full_disk;
mod fuzz_regressions;
mod golden;
mod hygiene;
mod injection;
mod input;
mod instances;
mod languages;
mod live;
mod logins;
mod minutes;
mod motions;
mod notices;
mod openapi;
mod outbox_faults;
mod pages;
mod personal_data;
mod proxies;
mod races;
mod register;
mod retention;
mod room;
mod schema;
mod seals;
mod second_round;
mod secrecy;
mod sessions;
mod speakers;
mod vote_slice;
