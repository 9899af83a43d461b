//! The speakers' list: one queue for room and remote, affiliates too.

use crate::common;

use common::{network, TestDb};
use serde_json::json;

fn the_floor_goes_in_turn(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let list = format!("/api/v1/assemblies/{a}/speakers");
    // An affiliate in the room and a full member at home ask to speak.
    n.delegates[3].ok(&list, json!({}), 201);
    let queue = n.delegates[1].ok(&list, json!({}), 201);
    let names: Vec<&str> =
        queue.as_array().map(|l| l.iter().filter_map(|s| s["organisation"].as_str()).collect()).unwrap_or_default();
    assert_eq!(names, vec!["Delta Observers", "Beta Forum"]);
    let (status, body) = n.delegates[1].post(&list, json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("already_on_the_list")), "{body}");
    let (status, _) = n.delegates[0].post(&list, json!({"organisation_id": n.orgs[1]}));
    assert_eq!(status, 403);
    let first = queue[0]["id"].as_i64().expect("id");
    let second = queue[1]["id"].as_i64().expect("id");
    let (status, _) = n.delegates[3].post(&format!("/api/v1/speakers/{first}/floor"), json!({}));
    assert_eq!(status, 403, "only the chair gives the floor");
    let now = n.chair.ok(&format!("/api/v1/speakers/{first}/floor"), json!({}), 200);
    assert_eq!(now[0]["state"], "speaking");
    let (status, body) = n.chair.post(&format!("/api/v1/speakers/{second}/floor"), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("floor_taken")), "{body}");
    let (status, _) = n.delegates[0].delete(&format!("/api/v1/speakers/{second}"));
    assert_eq!(status, 403, "only Beta withdraws Beta's request");
    n.chair.ok(&format!("/api/v1/speakers/{first}/done"), json!({}), 200);
    let after = n.delegates[1].delete(&format!("/api/v1/speakers/{second}"));
    assert_eq!(after.0, 200);
    let (_, list_now) = n.chair.get(&list);
    let states: Vec<&str> =
        list_now.as_array().map(|l| l.iter().filter_map(|s| s["state"].as_str()).collect()).unwrap_or_default();
    assert_eq!(states, vec!["done"], "the withdrawn request leaves the list");
    // The same organisation may ask again once its turn is over.
    n.delegates[3].ok(&list, json!({}), 201);
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    let kinds: Vec<&str> =
        events["events"].as_array().map(|a| a.iter().filter_map(|e| e["kind"].as_str()).collect()).unwrap_or_default();
    assert_eq!(kinds.iter().filter(|k| **k == "speakers.asked").count(), 3);
    assert_eq!(kinds.iter().filter(|k| **k == "speakers.moved").count(), 3);
}

both!(the_floor_goes_in_turn);
