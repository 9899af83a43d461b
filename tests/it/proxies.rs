//! Proxies over HTTP: grant, every refusal, vote by proxy, revoke, void on
//! the grantor's arrival, and what they do to the quorum.

use crate::common;

use common::{network, TestDb};
use serde_json::json;

fn error(pair: (u16, serde_json::Value)) -> (u16, String) {
    (pair.0, pair.1["error"].as_str().unwrap_or_default().to_string())
}

fn proxies_are_capped_unchained_and_used_once(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, gamma, delta] = n.orgs;
    let proxies = format!("/api/v1/assemblies/{a}/proxies");
    n.desk.ok(
        &format!("/api/v1/assemblies/{a}/attendance"),
        json!({"organisation_id": alpha, "mode": "in_person"}),
        201,
    );

    // Gamma cannot attend and gives its vote to Alpha, by its own delegate.
    let p = n.delegates[2].ok(
        &proxies,
        json!({"grantor_id": gamma, "holder_id": alpha, "document": "letter 2026/14"}),
        201,
    );
    assert_eq!((p["state"].as_str(), p["document"].as_str()), (Some("live"), Some("letter 2026/14")), "{p}");
    let proxy = p["id"].as_i64().expect("id");

    // Every refusal says why.
    let cases = [
        (&n.delegates[3], json!({"grantor_id": delta, "holder_id": beta}), (422, "proxy_affiliate")),
        (&n.chair, json!({"grantor_id": beta, "holder_id": delta}), (422, "proxy_affiliate")),
        (&n.delegates[0], json!({"grantor_id": alpha, "holder_id": beta}), (422, "proxy_grantor_present")),
        (&n.delegates[1], json!({"grantor_id": beta, "holder_id": alpha}), (422, "proxy_cap_reached")),
        (&n.delegates[1], json!({"grantor_id": beta, "holder_id": gamma}), (422, "proxy_chain")),
        (&n.delegates[2], json!({"grantor_id": gamma, "holder_id": beta}), (422, "proxy_already_given")),
        (&n.delegates[1], json!({"grantor_id": beta, "holder_id": beta}), (422, "proxy_to_itself")),
        (&n.delegates[1], json!({"grantor_id": gamma, "holder_id": beta}), (403, "not_your_organisation")),
        (&n.desk, json!({"grantor_id": beta, "holder_id": alpha}), (403, "role_required")),
    ];
    for (who, body, (status, code)) in cases {
        let (got_status, got) = who.post(&proxies, body.clone());
        assert_eq!((got_status, got["error"].as_str().unwrap_or_default()), (status, code), "{body}: {got}");
        assert!(!got["message"].as_str().unwrap_or_default().is_empty());
    }
    let (_, refused) = n.delegates[1].post(&proxies, json!({"grantor_id": beta, "holder_id": alpha}));
    assert_eq!(refused["message"], "Alpha Network already holds 1 proxy(ies), the most allowed at this assembly.");

    // Gamma is represented: it counts for the quorum and may be voted for.
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!(
        (q["present"].as_u64(), q["represented"].as_u64(), q["quorate"].as_bool()),
        (Some(1), Some(1), Some(true)),
        "{q}"
    );
    let motion =
        n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M"}), 201)["id"].as_i64().expect("id");
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201);
    assert_eq!(poll["eligible"].as_i64(), Some(2), "{poll}");
    let ballots = format!("/api/v1/polls/{}/ballots", poll["id"]);
    // Only the holder votes for Gamma; each organisation's vote separately.
    assert_eq!(
        error(n.delegates[1].post(&ballots, json!({"choice": "no", "organisation_id": gamma}))),
        (403, "not_your_organisation".into())
    );
    n.delegates[0].ok(&ballots, json!({"choice": "yes"}), 201);
    n.delegates[0].ok(&ballots, json!({"choice": "no", "organisation_id": gamma}), 201);
    assert_eq!(
        error(n.delegates[0].post(&ballots, json!({"choice": "yes", "organisation_id": gamma}))),
        (409, "already_voted".into())
    );
    // Gamma's own delegate, absent, cannot vote as well.
    assert_eq!(error(n.delegates[2].post(&ballots, json!({"choice": "yes"}))), (403, "represented_by_proxy".into()));
    // Used: no longer revocable.
    assert_eq!(error(n.delegates[2].delete(&format!("/api/v1/proxies/{proxy}"))), (409, "proxy_used".into()));
    let closed = n.chair.ok(&format!("/api/v1/polls/{}/close", poll["id"]), json!({}), 200);
    assert_eq!((closed["result"]["yes"].as_i64(), closed["result"]["no"].as_i64()), (Some(1), Some(1)), "{closed}");
}

fn a_grantor_who_arrives_voids_its_proxy(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let [alpha, beta, _, _] = n.orgs;
    let proxies = format!("/api/v1/assemblies/{a}/proxies");
    n.desk.ok(
        &format!("/api/v1/assemblies/{a}/attendance"),
        json!({"organisation_id": beta, "mode": "in_person"}),
        201,
    );
    // Entered by the secretariat from a written proxy.
    let p = n.chair.ok(&proxies, json!({"grantor_id": alpha, "holder_id": beta, "document": "scan-0042.pdf"}), 201);
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!((q["present"].as_u64(), q["represented"].as_u64()), (Some(1), Some(1)), "{q}");
    // Alpha arrives after all: it votes itself and the proxy is void.
    n.delegates[0].ok(
        &format!("/api/v1/assemblies/{a}/attendance"),
        json!({"organisation_id": alpha, "mode": "remote"}),
        201,
    );
    let (_, list) = n.chair.get(&proxies);
    assert_eq!(list[0]["state"], "void", "{list}");
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!((q["present"].as_u64(), q["represented"].as_u64()), (Some(2), Some(0)), "{q}");
    assert_eq!(error(n.chair.delete(&format!("/api/v1/proxies/{}", p["id"]))), (409, "proxy_not_live".into()));
    // Leaving again does not revive it.
    n.delegates[0].delete(&format!("/api/v1/assemblies/{a}/attendance/{alpha}"));
    let (_, q) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!((q["present"].as_u64(), q["represented"].as_u64()), (Some(1), Some(0)), "{q}");

    // A new proxy can be given and revoked before use, audited each time.
    let p = n.delegates[0].ok(&proxies, json!({"grantor_id": alpha, "holder_id": beta}), 201);
    let revoked = n.delegates[0].delete(&format!("/api/v1/proxies/{}", p["id"]));
    assert_eq!((revoked.0, revoked.1["state"].as_str()), (200, Some("revoked")), "{}", revoked.1);
    let (_, events) = n.chair.get("/api/v1/audit/events?limit=10000");
    let kinds: Vec<&str> =
        events["events"].as_array().map(|a| a.iter().filter_map(|e| e["kind"].as_str()).collect()).unwrap_or_default();
    for kind in ["proxy.granted", "proxy.void", "proxy.revoked", "attendance.left"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

both!(proxies_are_capped_unchained_and_used_once, a_grantor_who_arrives_voids_its_proxy);
