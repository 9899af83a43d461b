//! The command line, run as the real binary.

use crate::common;

use std::process::{Command, Output};

fn plenum(args: &[&str], database_url: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plenum"))
        .args(args)
        .env_remove("PLENUM_CONFIG")
        .env("PLENUM_DATABASE_URL", database_url)
        .env("PLENUM_SIGNING_KEY_FILE", format!("{database_url}.ed25519"))
        .env("PLENUM_LOG", "warn")
        .output()
        .expect("run plenum")
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["demo", "--help"],
        vec!["account", "create", "--help"],
    ] {
        let out = plenum(&args, "unused.sqlite3");
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Usage"), "{args:?}");
    }
}

#[test]
fn a_wrong_database_gives_the_real_reason() {
    let refused = plenum(&["migrate"], "postgres://plenum@127.0.0.1:1/plenum");
    assert!(!refused.status.success());
    let err = text(&refused.stderr);
    assert!(err.contains("cannot connect to PostgreSQL") && err.contains("Connection refused"), "{err}");
    assert!(!err.contains("Invalid connection url"), "{err}");

    if let Some(db) = common::TestDb::postgres() {
        let mut url = url::Url::parse(&db.url).expect("url");
        url.set_username("no_such_role_here").expect("user");
        let out = plenum(&["migrate"], url.as_str());
        let err = text(&out.stderr);
        assert!(!out.status.success());
        assert!(err.contains("no_such_role_here") && err.contains("does not exist"), "{err}");
    }

    let dir = tempfile::tempdir().expect("dir");
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").expect("file");
    let out = plenum(&["migrate"], &blocker.join("db.sqlite3").display().to_string());
    let err = text(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("cannot open the SQLite database"), "{err}");
}

#[test]
fn migrate_demo_and_accounts_on_sqlite() {
    let db = common::TestDb::sqlite();
    let out = plenum(&["migrate"], &db.url);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("up to date (sqlite)"));

    let out = plenum(&["demo"], &db.url);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.contains("60 organisations") && stdout.contains("chair@demo.plenum.eu"), "{stdout}");
    // A second run changes nothing.
    let again = plenum(&["demo"], &db.url);
    assert!(again.status.success());
    assert!(text(&again.stdout).contains("not seeded"), "{}", text(&again.stdout));

    let out = plenum(
        &[
            "account",
            "create",
            "--email",
            "auditor2@example.org",
            "--name",
            "A. Auditor",
            "--role",
            "auditor",
            "--password",
            "long enough password",
        ],
        &db.url,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("auditor2@example.org"));
    let dup = plenum(
        &[
            "account",
            "create",
            "--email",
            "auditor2@example.org",
            "--name",
            "B",
            "--role",
            "auditor",
            "--password",
            "long enough password",
        ],
        &db.url,
    );
    assert!(!dup.status.success());
    assert!(text(&dup.stderr).contains("already exists"), "{}", text(&dup.stderr));
    let bad = plenum(
        &[
            "account",
            "create",
            "--email",
            "x@example.org",
            "--name",
            "X",
            "--role",
            "king",
            "--password",
            "long enough password",
        ],
        &db.url,
    );
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("unknown role"), "{}", text(&bad.stderr));
}

#[test]
fn import_names_bad_lines_and_export_round_trips() {
    let db = common::TestDb::sqlite();
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "name,country,kind\nAlpha,BE,full\nBeta,XX1,full\n").expect("write");
    let out = plenum(&["import", "register", &bad.display().to_string()], &db.url);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("nothing was imported") && err.contains("line 3"), "{err}");
    let good = dir.path().join("good.csv");
    std::fs::write(&good, "name,country,kind\nAlpha,BE,full\nBeta,FR,affiliate\n").expect("write");
    let out = plenum(&["import", "register", &good.display().to_string()], &db.url);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("2 created"), "{}", text(&out.stdout));
    let out = plenum(&["export", "register"], &db.url);
    assert_eq!(text(&out.stdout), "name,country,kind,status\nAlpha,BE,full,active\nBeta,FR,affiliate,active\n");
    let again = plenum(&["import", "register", &good.display().to_string()], &db.url);
    assert!(text(&again.stdout).contains("0 created, 0 updated, 2 unchanged"), "{}", text(&again.stdout));
}
