//! What the database itself refuses once a record is final: every table of
//! a closed roll call, secret poll, tellers poll and election round, and the
//! approved minutes, tried with UPDATE, DELETE and INSERT through a
//! connection of plenum's own pool (the application's database account),
//! on SQLite and on PostgreSQL. The record still verifies afterwards.

use crate::common;

use common::{full_assembly, network, TestDb};
use diesel::connection::SimpleConnection;
use serde_json::json;

fn a_final_record_is_refused_by_the_database(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let _auditor = full_assembly(&n);
    n.chair.ok(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}), 200);
    let gamma = n.orgs[2];
    let secret = "(SELECT id FROM polls WHERE ballot_type = 'secret')";
    let tellers = "(SELECT id FROM polls WHERE ballot_type = 'tellers')";
    let mut conn = n.app.services.conn().expect("connection");
    let statements = [
        "UPDATE ballots SET choice = 'no'".to_string(),
        "DELETE FROM ballots".to_string(),
        "UPDATE polls SET yes = 5".to_string(),
        "DELETE FROM polls".to_string(),
        "UPDATE secret_ballots SET choice = 'yes'".to_string(),
        "DELETE FROM secret_ballots".to_string(),
        format!("INSERT INTO secret_ballots (token, poll_id, choice, receipt_hash) SELECT 'forged', id, 'yes', 'x' FROM polls WHERE id = {secret}"),
        "UPDATE participations SET account_id = account_id".to_string(),
        "DELETE FROM participations".to_string(),
        format!("INSERT INTO participations (poll_id, organisation_id, account_id) SELECT id, {gamma}, 1 FROM polls WHERE id = {secret}"),
        "UPDATE teller_counts SET yes = yes + 1".to_string(),
        "DELETE FROM teller_counts".to_string(),
        format!("UPDATE teller_organisations SET organisation_id = {gamma}"),
        "DELETE FROM teller_organisations".to_string(),
        format!("INSERT INTO teller_organisations (poll_id, organisation_id) SELECT id, {gamma} FROM polls WHERE id = {tellers}"),
        "UPDATE election_rounds SET state = 'open'".to_string(),
        "DELETE FROM election_rounds".to_string(),
        "UPDATE election_participations SET account_id = account_id".to_string(),
        "DELETE FROM election_participations".to_string(),
        "UPDATE election_ballots SET choices = '[]'".to_string(),
        "DELETE FROM election_ballots".to_string(),
        "UPDATE minutes SET narrative = 'rewritten'".to_string(),
        "DELETE FROM minutes".to_string(),
        "UPDATE audit_events SET actor = 'someone else'".to_string(),
        "DELETE FROM audit_events".to_string(),
        "UPDATE ledger_checkpoints SET seq = 1".to_string(),
        "DELETE FROM ledger_checkpoints".to_string(),
    ];
    let mut accepted = Vec::new();
    for sql in &statements {
        if conn.batch_execute(sql).is_ok() {
            accepted.push(sql.as_str());
        }
    }
    assert!(accepted.is_empty(), "the database accepted:\n{}", accepted.join("\n"));
    drop(conn);
    let (status, bundle) = n.chair.get(&format!("/api/v1/assemblies/{a}/bundle"));
    assert_eq!(status, 200);
    let bundle: plenum::export::bundle::Bundle = serde_json::from_value(bundle).expect("a bundle");
    let report = plenum::verify::verify(&bundle, None);
    assert!(report.ok, "{}", report.render());
}

both!(a_final_record_is_refused_by_the_database);
