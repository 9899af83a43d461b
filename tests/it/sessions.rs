//! A session's life: it ends `session_ttl_hours` after the login, for the
//! API and for the pages alike, and the database keeps only the token's
//! hash, never the token.

use crate::common;

use common::{network, PageSession, TestDb};
use diesel::prelude::*;

fn a_session_ends_at_its_time_and_only_its_hash_is_kept(db: TestDb) {
    let n = network(db);
    let ttl = n.app.services.settings.session_ttl_hours;
    assert!(ttl > 0);
    let page = PageSession::login(&n.app.base, "d0@example.org");
    let token = n.delegates[0].token.clone().expect("token");

    // Only the hash is stored: no column of any session row holds the token.
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        row: String,
    }
    let mut conn = n.app.services.conn().expect("connection");
    let backend_text = match n.app.db.backend {
        "postgres" => "SELECT CAST(s.* AS TEXT) AS row FROM sessions s",
        _ => "SELECT token_hash || '|' || csrf_token || '|' || account_id || '|' || created_at || '|' || expires_at AS row FROM sessions",
    };
    let rows: Vec<Row> = diesel::sql_query(backend_text).load(&mut conn).expect("sessions");
    assert!(rows.len() >= 2, "the sessions are there");
    assert!(rows.iter().all(|r| !r.row.contains(&token)), "a raw token in the sessions table");
    drop(conn);

    // A second before the end, both work; at the end, neither does.
    n.app.clock.advance(chrono::Duration::hours(ttl) - chrono::Duration::seconds(1));
    assert_eq!(n.delegates[0].get("/api/v1/assemblies").0, 200);
    assert_eq!(page.text("/delegate").0, 200);
    n.app.clock.advance(chrono::Duration::seconds(2));
    let (status, body) = n.delegates[0].get("/api/v1/assemblies");
    assert_eq!(status, 401, "{body}");
    let res = page.client.get(format!("{}/delegate", n.app.base)).send().expect("GET");
    assert_eq!(
        (res.status().as_u16(), res.headers().get("location").and_then(|l| l.to_str().ok())),
        (303, Some("/login"))
    );
}

both!(a_session_ends_at_its_time_and_only_its_hash_is_kept);
