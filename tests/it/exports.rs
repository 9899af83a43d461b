//! Exports that bite (issue 15, item 8): every CSV plenum writes is inert in
//! a spreadsheet even when the record holds names stored by an older
//! release, before the text rule refused a formula's first character; and
//! the register's export still imports as the same register.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, Api, TestDb, PASSWORD};
use diesel::prelude::*;
use plenum::store::schema::{motions, organisations, proxies};
use serde_json::json;
use std::collections::BTreeSet;

/// What starts a formula in a spreadsheet (OWASP's CSV injection list).
const DANGEROUS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Every cell of a CSV file, as a spreadsheet reads it.
fn cells(csv_text: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv_text.as_bytes());
    reader.records().flat_map(|r| r.expect("a CSV record").iter().map(str::to_string).collect::<Vec<_>>()).collect()
}

/// Checks that no cell of `file` starts a formula, and returns the formula
/// starts found behind the apostrophe that neutralised them.
fn inert(file: &str, csv_text: &str) -> BTreeSet<char> {
    let mut neutralised = BTreeSet::new();
    for cell in cells(csv_text) {
        assert!(!cell.starts_with(DANGEROUS), "{file}: the cell {cell:?} starts a formula\n{csv_text}");
        if let Some(c) = cell.strip_prefix('\'').and_then(|rest| rest.chars().next()) {
            neutralised.insert(c);
        }
    }
    neutralised
}

fn every_csv_is_inert_and_the_register_round_trips(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    // Two more full members with their delegates.
    let mut orgs = n.orgs.to_vec();
    let mut delegates: Vec<&Api> = n.delegates.iter().collect();
    let more: Vec<Api> = [("Epsilon Union", "NL"), ("Zeta League", "PT")]
        .into_iter()
        .enumerate()
        .map(|(i, (name, country))| {
            let org =
                n.chair.ok("/api/v1/organisations", json!({"name": name, "country": country, "kind": "full"}), 201);
            let id = org["id"].as_i64().expect("id");
            orgs.push(id);
            let email = format!("d{}@example.org", i + 4);
            n.chair.ok(
                "/api/v1/accounts",
                json!({"email": email, "name": format!("Delegate {}", i + 4), "password": PASSWORD,
                       "role": "delegate", "organisation_id": id}),
                201,
            );
            n.app.login(&email)
        })
        .collect();
    delegates.extend(more.iter());

    // Names as an older release stored them, before the text rule: each
    // begins with one of the characters that start a formula.
    let names =
        ["=Alpha Network", "+Beta Forum", "-Gamma Alliance", "@Delta Observers", "\tEpsilon Union", "\rZeta League"];
    let mut conn = n.app.services.conn().expect("connection");
    for (id, name) in orgs.iter().zip(names) {
        diesel::update(organisations::table.find(*id))
            .set(organisations::name.eq(name))
            .execute(&mut conn)
            .expect("name");
    }

    // Attendance: everyone arrives; Gamma and Epsilon leave again and give
    // their proxies to Alpha and Beta.
    let [alpha, beta, gamma, delta, epsilon, zeta] = [orgs[0], orgs[1], orgs[2], orgs[3], orgs[4], orgs[5]];
    for (who, org) in [(0, alpha), (1, beta), (2, gamma), (3, delta), (4, epsilon), (5, zeta)] {
        delegates[who].check_in(a, org, AttendanceMode::Remote);
    }
    for (who, org) in [(2, gamma), (4, epsilon)] {
        let (status, body) = delegates[who].delete(&format!("/api/v1/assemblies/{a}/attendance/{org}"));
        assert!(status < 300, "{org} leaves: {status} {body}");
    }
    for (who, grantor, holder) in [(2, gamma, alpha), (4, epsilon, beta)] {
        delegates[who].ok(
            &format!("/api/v1/assemblies/{a}/proxies"),
            json!({"grantor_id": grantor, "holder_id": holder, "document": "Mandate"}),
            201,
        );
    }
    // Proxy documents as an older release kept them.
    for (grantor, document) in [(gamma, "@SUM(1+1)*cmd|' /C calc'!A0"), (epsilon, "\r=1+1")] {
        diesel::update(proxies::table.filter(proxies::grantor_id.eq(grantor)))
            .set(proxies::document.eq(document))
            .execute(&mut conn)
            .expect("document");
    }

    // A roll call on a motion whose title an older release kept as typed.
    let motion = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Budget 2027"}), 201)["id"]
        .as_i64()
        .expect("motion");
    diesel::update(motions::table.find(motion))
        .set(motions::title.eq("@HYPERLINK(\"http://evil.example/\")"))
        .execute(&mut conn)
        .expect("title");
    drop(conn);
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({"ballot": "roll_call"}), 201)["id"]
        .as_i64()
        .expect("poll");
    let ballots = format!("/api/v1/polls/{poll}/ballots");
    delegates[0].ok(&ballots, json!({"choice": "yes"}), 201);
    delegates[0].ok(&ballots, json!({"choice": "yes", "organisation_id": gamma}), 201);
    delegates[1].ok(&ballots, json!({"choice": "no"}), 201);
    delegates[1].ok(&ballots, json!({"choice": "abstain", "organisation_id": epsilon}), 201);
    delegates[5].ok(&ballots, json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);

    // Every CSV: each cell inert, and every dangerous start is there,
    // neutralised (so the test saw the names it meant to).
    let all: BTreeSet<char> = DANGEROUS.into_iter().collect();
    let (status, register) = n.chair.get_text("/api/v1/organisations/export");
    assert_eq!(status, 200, "{register}");
    let page = common::PageSession::login(&n.app.base, "chair@example.org");
    let (status, register_page) = page.text("/admin/register.csv");
    assert_eq!(status, 200, "{register_page}");
    assert_eq!(register_page, register, "the page and the API export the same file");
    let mut files = vec![("register.csv".to_string(), register.clone())];
    for file in ["attendance.csv", "proxies.csv", "roll-call.csv"] {
        let (status, text) = n.chair.get_text(&format!("/api/v1/assemblies/{a}/exports/{file}"));
        assert_eq!(status, 200, "{file}: {text}");
        files.push((file.to_string(), text));
    }
    for (file, text) in &files {
        assert_eq!(inert(file, text), all, "{file}: every dangerous start, neutralised\n{text}");
    }

    // The register's export imports as the same register: nothing created,
    // nothing changed, the names as they were.
    let (status, report) = n.chair.post_csv("/api/v1/organisations/import", &register);
    assert_eq!(status, 200, "{report}");
    assert_eq!((report["created"].as_u64(), report["updated"].as_u64()), (Some(0), Some(0)), "{report}");
    assert_eq!(report["unchanged"].as_u64(), Some(orgs.len() as u64), "{report}");
    assert_eq!(n.chair.get_text("/api/v1/organisations/export").1, register);
    let mut conn = n.app.services.conn().expect("connection");
    let stored: Vec<String> = organisations::table
        .filter(organisations::id.eq_any(&orgs))
        .order(organisations::id)
        .select(organisations::name)
        .load(&mut conn)
        .expect("names");
    assert_eq!(stored, names);

    // The neutralised form is no way around the text rule: a new name
    // written so is refused, as the same name typed raw is.
    for row in ["'=New Network,BE,full", "=New Network,BE,full"] {
        let (status, out) = n.chair.post_csv("/api/v1/organisations/import", &format!("name,country,kind\n{row}\n"));
        assert_eq!((status, out["error"].as_str()), (422, Some("invalid_rows")), "{row}: {out}");
    }
}

both!(every_csv_is_inert_and_the_register_round_trips);
