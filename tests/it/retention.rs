//! Personal data kept outside the ledger (the client address of each login,
//! failed logins) is erased once `personal_data_retention_days` have passed:
//! by the service with the clock moved, by `plenum erase-expired`, and by
//! the server at start. Each erasure is one audited transaction, a second
//! run finds nothing and records nothing, and the chain still verifies.

use crate::common;

use common::process;
use common::{TestApp, TestDb};
use diesel::prelude::*;
use plenum::clock::Clock as _;
use plenum::domain::role::Role;
use plenum::service::Services;
use plenum::store::rows::AuditEvent;
use plenum::store::schema::{audit_events, login_failures, sessions};
use serde_json::{json, Value};

/// Every session's id and address, and every failed login's address.
fn stored(svc: &Services) -> (Vec<(i64, Option<String>)>, Vec<String>) {
    let mut conn = svc.conn().expect("connection");
    let s = sessions::table.order(sessions::id).select((sessions::id, sessions::address)).load(&mut conn);
    let f = login_failures::table.order(login_failures::id).select(login_failures::address).load(&mut conn);
    (s.expect("sessions"), f.expect("failures"))
}

/// The ledger, its chain checked.
fn ledger(svc: &Services) -> Vec<AuditEvent> {
    let mut conn = svc.conn().expect("connection");
    let events: Vec<AuditEvent> = audit_events::table
        .order(audit_events::seq.asc())
        .select(AuditEvent::as_select())
        .load(&mut conn)
        .expect("ledger");
    assert_eq!(plenum::audit::verify_chain(&events, None), Ok(events.len()), "the chain verifies");
    events
}

fn erasures(svc: &Services) -> Vec<(String, Value)> {
    ledger(svc)
        .into_iter()
        .filter(|e| e.kind == "personal_data.erased")
        .map(|e| (e.actor, serde_json::from_str(&e.payload).expect("payload")))
        .collect()
}

fn addresses_are_erased_after_the_retention_period(db: TestDb) {
    // One day's retention, and sessions that last two: a session still
    // valid past the retention period keeps its address until it ends.
    let app = TestApp::start_with(db, |s| {
        s.personal_data_retention_days = 1;
        s.session_ttl_hours = 48;
    });
    let svc = &app.services;
    app.account("sec@example.org", Role::Secretariat, None);
    let (status, body) =
        app.anonymous().post("/api/v1/session", json!({"email": "nobody@example.org", "password": "wrong guess"}));
    assert_eq!(status, 401, "{body}");
    let first = app.login("sec@example.org");
    let (kept, failures) = stored(svc);
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].1.as_deref(), Some("127.0.0.1"), "the login's address is kept with its session");
    assert_eq!(failures, vec!["127.0.0.1".to_string()]);
    let before_any = ledger(svc).len();

    // Within the period nothing goes, and nothing is recorded.
    app.clock.advance(chrono::Duration::hours(23));
    let e = svc.erase_expired_personal_data().expect("erase");
    assert_eq!((e.sessions, e.login_failures), (0, 0));
    assert_eq!(stored(svc), (kept.clone(), failures.clone()));
    assert_eq!(ledger(svc).len(), before_any, "an erasure of nothing is not recorded");

    // Past it: the failed login goes; the first session, still valid,
    // keeps its address and still works.
    app.clock.advance(chrono::Duration::hours(2));
    let e = svc.erase_expired_personal_data().expect("erase");
    assert_eq!((e.sessions, e.login_failures), (0, 1));
    let (now_kept, now_failures) = stored(svc);
    assert_eq!(now_kept, kept, "a valid session keeps its address");
    assert!(now_failures.is_empty(), "failed logins past the period are gone");
    assert_eq!(first.get("/api/v1/assemblies").0, 200);

    // A second login now; then the first session ends (48 h) and its row
    // and address go, while the second, logged in before the new cut-off
    // but still valid, keeps its own.
    let second = app.login("sec@example.org");
    app.clock.advance(chrono::Duration::hours(47));
    assert_eq!(first.get("/api/v1/assemblies").0, 401, "the first session has ended");
    let e = svc.erase_expired_personal_data().expect("erase");
    assert_eq!((e.sessions, e.login_failures), (1, 0));
    assert_eq!(plenum::audit::canonical_time(e.before), "2026-05-18T09:00:00.000000Z");
    let (left, _) = stored(svc);
    assert_eq!(left.len(), 1);
    assert_ne!(left[0].0, kept[0].0, "the first session's row is gone");
    assert_eq!(left[0].1.as_deref(), Some("127.0.0.1"), "the second keeps its address");
    assert_eq!(second.get("/api/v1/assemblies").0, 200);

    // Again at once: nothing more to erase, nothing recorded.
    let e = svc.erase_expired_personal_data().expect("erase");
    assert_eq!((e.sessions, e.login_failures), (0, 0));
    let erased = erasures(svc);
    assert_eq!(
        erased,
        vec![
            (
                "system:retention".to_string(),
                json!({"sessions": 0, "login_failures": 1, "before": "2026-05-16T10:00:00.000000Z"})
            ),
            (
                "system:retention".to_string(),
                json!({"sessions": 1, "login_failures": 0, "before": "2026-05-18T09:00:00.000000Z"})
            ),
        ]
    );
}

/// Writes an ended session (logged in on 1 January 2020) and a failed login
/// of the same day, as a release erasing nothing would have left them.
fn write_old_rows(svc: &Services, account: i64, address: &str) {
    let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).and_then(|d| d.and_hms_opt(8, 0, 0)).expect("date");
    let mut conn = svc.conn().expect("connection");
    diesel::insert_into(sessions::table)
        .values((
            sessions::account_id.eq(account),
            sessions::token_hash.eq(format!("{:064x}", rand::random::<u128>())),
            sessions::csrf_token.eq("csrf"),
            sessions::created_at.eq(day),
            sessions::expires_at.eq(day + chrono::Duration::hours(12)),
            sessions::address.eq(address),
        ))
        .execute(&mut conn)
        .expect("old session");
    diesel::insert_into(login_failures::table)
        .values((
            login_failures::account_key.eq("0".repeat(64)),
            login_failures::address.eq(address),
            login_failures::at.eq(day),
        ))
        .execute(&mut conn)
        .expect("old failure");
}

fn the_command_and_the_server_erase_what_is_due(db: TestDb) {
    let dir = tempfile::tempdir().expect("dir");
    let secret = [7u8; 32];
    let key = process::key_file(dir.path(), &secret);
    let svc = process::services(&db.url, secret);
    let account = svc
        .create_account(
            None,
            plenum::service::accounts::NewAccountInput {
                email: "sec@example.org".into(),
                name: "Secretariat".into(),
                password: common::PASSWORD.into(),
                role: Role::Secretariat,
                organisation_id: None,
            },
        )
        .expect("account")
        .id;
    write_old_rows(&svc, account, "192.0.2.7");
    // A session of today: kept.
    let now = plenum::clock::SystemClock.now();
    let mut conn = svc.conn().expect("connection");
    diesel::insert_into(sessions::table)
        .values((
            sessions::account_id.eq(account),
            sessions::token_hash.eq("f".repeat(64)),
            sessions::csrf_token.eq("csrf"),
            sessions::created_at.eq(now),
            sessions::expires_at.eq(now + chrono::Duration::hours(12)),
            sessions::address.eq("192.0.2.8"),
        ))
        .execute(&mut conn)
        .expect("today's session");
    drop(conn);

    let erase = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenum"))
            .arg("erase-expired")
            .env_remove("PLENUM_CONFIG")
            .env("PLENUM_DATABASE_URL", &db.url)
            .env("PLENUM_SIGNING_KEY_FILE", &key)
            .env("PLENUM_LOG", "warn")
            .output()
            .expect("run plenum");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let said = erase();
    assert!(said.contains("Erased 1 ended sessions") && said.contains("and 1 failed logins"), "{said}");
    let addresses = || {
        let (s, f) = stored(&svc);
        (s.into_iter().map(|(_, a)| a).collect::<Vec<_>>(), f)
    };
    let today = (vec![Some("192.0.2.8".to_string())], Vec::<String>::new());
    assert_eq!(addresses(), today, "only today's session is left");
    assert_eq!(erasures(&svc).len(), 1);
    // Run again (as a second instance would): nothing erased, nothing recorded.
    let said = erase();
    assert!(said.contains("Erased 0 ended sessions") && said.contains("and 0 failed logins"), "{said}");
    assert_eq!(erasures(&svc).len(), 1);

    // The server erases at start.
    write_old_rows(&svc, account, "192.0.2.9");
    let _server = process::start(&db.url, &key);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while addresses() != today {
        assert!(std::time::Instant::now() < deadline, "the server did not erase at start: {:?}", addresses());
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let erased = erasures(&svc);
    assert_eq!(erased.len(), 2);
    assert_eq!((&erased[1].1["sessions"], &erased[1].1["login_failures"]), (&json!(1), &json!(1)));
}

both!(addresses_are_erased_after_the_retention_period, the_command_and_the_server_erase_what_is_due);
