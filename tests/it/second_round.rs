//! An election that requires an absolute majority, through the API: a first
//! round where nobody reaches it (an empty ballot is an abstention, outside
//! the base), a second round among those not elected, and a bundle that
//! `plenum verify` accepts with both rounds in it.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, TestDb};
use serde_json::json;

fn an_absolute_majority_leaves_the_seat_to_a_second_round(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    for i in 0..3 {
        n.check_in(i, AttendanceMode::Remote);
    }
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "President", "seats": 1, "absolute_majority": true,
               "candidates": [{"name": "Ana Kovač"}, {"name": "Jonas Berg"}, {"name": "Lea Rossi"}]}),
        201,
    );
    let id = e["id"].as_i64().expect("election");
    let c: Vec<i64> = e["candidates"].as_array().expect("candidates").iter().filter_map(|x| x["id"].as_i64()).collect();

    // One for Ana, one for Jonas, one empty: 2 valid ballots need 2.
    let e = n.chair.ok(&format!("/api/v1/elections/{id}/rounds"), json!({}), 201);
    let first = e["rounds"][0]["id"].as_i64().expect("round");
    for (i, choices) in [json!([c[0]]), json!([c[1]]), json!([])].into_iter().enumerate() {
        n.delegates[i].ok(&format!("/api/v1/rounds/{first}/ballots"), json!({ "choices": choices }), 201);
    }
    let e = n.chair.ok(&format!("/api/v1/rounds/{first}/close"), json!({}), 200);
    let r = &e["rounds"][0]["result"];
    assert_eq!(
        (r["elected"].clone(), r["seats_left"].as_u64(), r["majority_needed"].as_u64(), r["abstentions"].as_u64()),
        (json!([]), Some(1), Some(2), Some(1)),
        "{e}"
    );
    assert_eq!(e["complete"], false, "{e}");

    // The second round: every candidate not elected, one seat.
    let e = n.chair.ok(&format!("/api/v1/elections/{id}/rounds"), json!({}), 201);
    let second = &e["rounds"][1];
    assert_eq!((second["candidates"].clone(), second["seats"].as_i64()), (json!(c), Some(1)), "{e}");
    let second = second["id"].as_i64().expect("round");
    for (i, choices) in [json!([c[0]]), json!([c[0]]), json!([c[1]])].into_iter().enumerate() {
        n.delegates[i].ok(&format!("/api/v1/rounds/{second}/ballots"), json!({ "choices": choices }), 201);
    }
    let e = n.chair.ok(&format!("/api/v1/rounds/{second}/close"), json!({}), 200);
    assert_eq!((e["elected"].clone(), e["complete"].clone()), (json!([c[0]]), json!(true)), "{e}");

    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    let (status, bundle) = n.chair.get(&format!("/api/v1/assemblies/{a}/bundle"));
    assert_eq!(status, 200);
    let bundle: plenum::export::bundle::Bundle = serde_json::from_value(bundle).expect("a bundle");
    let report = plenum::verify::verify(&bundle, None);
    assert!(report.ok, "{}", report.render());
    assert_eq!(report.rounds, 2, "both rounds were checked: {}", report.render());
}

both!(an_absolute_majority_leaves_the_seat_to_a_second_round);
