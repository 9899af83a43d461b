//! A Board election: approval ballots, a tie for the last seat, a run-off.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, TestDb};
use serde_json::{json, Value};

fn a_tie_for_the_last_seat_goes_to_a_runoff(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    for (i, org) in n.orgs.iter().enumerate() {
        n.delegates[i].check_in(a, *org, AttendanceMode::Remote);
    }
    // A candidate's organisation that does not exist: refused, nothing made.
    let (status, body) = n.chair.post(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "X", "organisation_id": 629_571_773}]}),
    );
    assert_eq!((status, body["error"].as_str()), (422, Some("unknown_reference")), "{body}");
    assert_eq!(n.chair.get(&format!("/api/v1/assemblies/{a}/elections")).1.as_array().map(Vec::len), Some(0));
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Election of the Board", "seats": 2,
               "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}, {"name": "Lea Rossi", "organisation_id": n.orgs[1]}]}),
        201,
    );
    let id = e["id"].as_i64().expect("id");
    let c: Vec<i64> =
        e["candidates"].as_array().map(|l| l.iter().filter_map(|x| x["id"].as_i64()).collect()).unwrap_or_default();
    let e = n.chair.ok(&format!("/api/v1/elections/{id}/rounds"), json!({}), 201);
    let round = e["rounds"][0]["id"].as_i64().expect("round");
    let ballots = format!("/api/v1/rounds/{round}/ballots");
    let invalid = |choices: Value, code: &str, status: u16| {
        let (s, body) = n.delegates[0].post(&ballots, json!({"choices": choices}));
        assert_eq!((s, body["error"].as_str()), (status, Some(code)), "{body}");
    };
    invalid(json!([c[0], c[1], c[2]]), "invalid_ballot", 400);
    invalid(json!([999]), "invalid_ballot", 400);
    invalid(json!([c[0], c[0]]), "invalid_ballot", 400);
    let answer = n.delegates[0].ok(&ballots, json!({"choices": [c[0], c[1]]}), 201);
    // The answer names the round as a round, never as a poll.
    assert_eq!((answer["round_id"].as_i64(), answer.get("poll_id")), (Some(round), None), "{answer}");
    let receipt = answer["receipt"].as_str().map(String::from).expect("receipt");
    n.delegates[1].ok(&ballots, json!({"choices": [c[0], c[2]]}), 201);
    n.delegates[2].ok(&ballots, json!({"choices": []}), 201);
    let (status, body) = n.delegates[0].post(&ballots, json!({"choices": [c[2]]}));
    assert_eq!((status, body["error"].as_str()), (409, Some("already_voted")), "{body}");
    let (status, body) = n.delegates[3].post(&ballots, json!({"choices": [c[2]]}));
    assert_eq!((status, body["error"].as_str()), (403, Some("affiliate_cannot_vote")), "{body}");
    // While open: how many voted, nothing of what.
    let (_, open) = n.chair.get(&format!("/api/v1/elections/{id}"));
    assert_eq!((open["rounds"][0]["cast"].as_i64(), open["rounds"][0]["result"].is_null()), (Some(3), true), "{open}");

    let e = n.chair.ok(&format!("/api/v1/rounds/{round}/close"), json!({}), 200);
    let r = &e["rounds"][0]["result"];
    assert_eq!(r["elected"], json!([c[0]]), "{e}");
    assert_eq!(r["runoff"], json!([c[1], c[2]]), "tied for the last seat");
    assert_eq!(
        (r["ballots"].as_u64(), r["abstentions"].as_u64(), r["seats_left"].as_u64()),
        (Some(3), Some(1), Some(1))
    );
    assert_eq!(e["complete"], false);
    // Every live view says what the chair's page says: who is in the
    // run-off, that one is needed, who is elected so far.
    let delegate = common::PageSession::login(&n.app.base, "d0@example.org");
    let read = |path: &str| {
        let (_, html) = delegate.text(path);
        scraper::Html::parse_document(&html).root_element().text().collect::<String>()
    };
    let page = read("/delegate");
    for said in ["in the run-off", "Tie for the last seat: a run-off is needed.", "Elected: Ana Kovač"] {
        assert!(page.contains(said), "{said}: {page}");
    }
    // The delegate page and the stream read the same view.
    let live = n.app.services.live_view(plenum::domain::ids::AssemblyId(a)).expect("live view");
    let last = live.last_round.expect("the round just closed");
    let runoff: Vec<&str> = last.result.iter().flatten().filter(|l| l.runoff).map(|l| l.name.as_str()).collect();
    assert_eq!(runoff, ["Jonas Berg", "Lea Rossi"]);
    assert_eq!(last.elected_so_far, ["Ana Kovač"]);
    // The database refuses any change to the closed round or its ballots.
    {
        use diesel::connection::SimpleConnection;
        let mut conn = n.app.services.conn().expect("connection");
        for sql in [
            format!("UPDATE election_rounds SET result = NULL WHERE id = {round}"),
            format!("DELETE FROM election_rounds WHERE id = {round}"),
            format!("UPDATE election_ballots SET choices = '[]' WHERE round_id = {round}"),
            format!("DELETE FROM election_ballots WHERE round_id = {round}"),
        ] {
            let err = conn.batch_execute(&sql).expect_err(&sql);
            assert!(err.to_string().contains("never changes"), "{sql}: {err}");
        }
    }
    let (_, check) = n.app.anonymous().get(&format!("/api/v1/receipts/{receipt}"));
    assert_eq!(check["included"], true, "{check}");

    // The run-off: the two tied, one seat.
    let e = n.chair.ok(&format!("/api/v1/elections/{id}/rounds"), json!({}), 201);
    let runoff = &e["rounds"][1];
    assert_eq!((runoff["candidates"].clone(), runoff["seats"].as_i64()), (json!([c[1], c[2]]), Some(1)), "{e}");
    let round2 = runoff["id"].as_i64().expect("round");
    let ballots = format!("/api/v1/rounds/{round2}/ballots");
    let (status, _) = n.delegates[0].post(&ballots, json!({"choices": [c[0]]}));
    assert_eq!(status, 400, "the elected candidate no longer stands");
    // One seat, one name twice: the sentence says twice, not "too many".
    let (status, body) = n.delegates[0].post(&ballots, json!({"choices": [c[1], c[1]]}));
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("named twice"), "{body}");
    n.delegates[0].ok(&ballots, json!({"choices": [c[1]]}), 201);
    n.delegates[1].ok(&ballots, json!({"choices": [c[2]]}), 201);
    n.delegates[2].ok(&ballots, json!({"choices": [c[1]]}), 201);
    let e = n.chair.ok(&format!("/api/v1/rounds/{round2}/close"), json!({}), 200);
    assert_eq!(e["elected"], json!([c[0], c[1]]));
    assert_eq!(e["complete"], true);
    // After the run-off the live views name the whole Board, not only the
    // run-off's winner.
    let page = read("/delegate");
    assert!(page.contains("Elected: Ana Kovač, Jonas Berg"), "{page}");
    let (status, body) = n.chair.post(&format!("/api/v1/elections/{id}/rounds"), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("election_complete")), "{body}");
    // The ledger knows who voted in each round, never for whom.
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    for ev in events["events"].as_array().cloned().unwrap_or_default().iter().filter(|e| e["kind"] == "ballot.cast") {
        assert!(!ev["payload"].as_str().unwrap_or("").contains("choices"), "{ev}");
    }
    // A closed round never changes, in the database too.
    let mut conn = n.app.services.conn().expect("connection");
    let sql = format!("UPDATE election_ballots SET choices = '[]' WHERE round_id = {round2}");
    assert!(diesel::connection::SimpleConnection::batch_execute(&mut *conn, &sql).is_err());
}

both!(a_tie_for_the_last_seat_goes_to_a_runoff);
