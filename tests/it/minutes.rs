//! The minutes: generated from the record, narrative and incidents added to
//! the draft, approved once the assembly is closed, then frozen and sealed;
//! exported as PDF, HTML, Markdown and CSV; carried in the bundle.

use crate::common;

use common::{full_assembly, network, TestDb};
use plenum::verify::{self, Kind};
use serde_json::{json, Value};

fn lines(csv: &str) -> Vec<&str> {
    csv.lines().collect()
}

fn minutes_come_from_the_record_and_freeze_when_approved(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    // Not while the assembly is in session.
    let (status, body) = n.chair.post(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}));
    assert_eq!((status, body["error"].as_str()), (409, Some("not_closed")), "{body}");
    n.chair.ok(
        &format!("/api/v1/assemblies/{a}/incidents"),
        json!({"body": "The video link dropped for four minutes; remote delegates reconnected."}),
        201,
    );
    let auditor = full_assembly(&n);
    let (status, body) = n.chair.put(
        &format!("/api/v1/assemblies/{a}/minutes"),
        json!({"narrative": "The chair opened the session at 9:05.\n\n*Thanks* to the hosts <script>alert(1)</script>.\n\n| Budget line | Amount |\n|---|---:|\n| Fees & dues | 1,200 |\n"}),
    );
    assert_eq!(status, 200, "{body}");

    // The draft, from the record.
    let (status, m) = auditor.get(&format!("/api/v1/assemblies/{a}/minutes"));
    assert_eq!(status, 200, "{m}");
    assert_eq!((m["status"].as_str(), m["approved_at"].is_null()), (Some("draft"), true));
    let at = &m["attendance"];
    assert_eq!(at["full_members"], 3);
    assert_eq!(at["remote"], json!(["Alpha Network"]));
    assert_eq!(at["in_room"], json!(["Beta Forum"]));
    assert_eq!(at["represented"], json!([["Gamma Alliance", "Alpha Network"]]));
    assert_eq!((at["affiliates"].clone(), at["absent"].clone()), (json!(["Delta Observers"]), json!([])));
    let motions = m["motions"].as_array().cloned().unwrap_or_default();
    assert_eq!(motions.len(), 3);
    let first = &motions[0]["polls"][0];
    assert_eq!(first["explanation"], "Carried: 2 of 3 votes cast (> 1/2); quorum 3 of 3 (>= 1/2).", "{first}");
    assert_eq!(
        first["roll_call"],
        json!([["Alpha Network", "yes"], ["Beta Forum", "no"], ["Gamma Alliance", "yes"]]),
        "{first}"
    );
    assert!(first["quorum"].as_str().unwrap_or("").contains("2 present and 1 represented of 3"), "{first}");
    assert_eq!(motions[1]["polls"][0]["roll_call"], json!([]), "a secret poll has no roll call");
    assert_eq!(m["elections"][0]["elected"], json!(["Ana Kovač"]));
    // Results in words, and a tellers vote's room apart from its online ballots.
    assert_eq!(first["in_words"][0], "2 in favour, 1 against, no abstention.", "{first}");
    let tellers = motions
        .iter()
        .flat_map(|m| m["polls"].as_array().cloned().unwrap_or_default())
        .find(|p| p["ballot"] == "tellers");
    let tellers = tellers.expect("a tellers poll");
    assert_eq!(tellers["room"]["organisations"], 1, "{tellers}");
    // The session is dated by the ledger's opening, not by the call.
    let (_, events) = auditor.get(&format!("/api/v1/audit/events?kind=assembly.transition&subject=assembly:{a}"));
    let opened = events["events"].as_array().and_then(|l| {
        l.iter()
            .find(|e| e["payload"].as_str().is_some_and(|p| p.contains("\"to\":\"in_session\"")))
            .map(|e| e["at"].clone())
    });
    let opened = opened.and_then(|v| v.as_str().map(|s| s[..19].to_string())).expect("the opening event");
    let said = m["assembly"]["opened_at"].as_str().map(|s| s[..19].to_string());
    assert_eq!(said.as_deref(), Some(opened.as_str()), "{}", m["assembly"]);
    assert_eq!(m["incidents"].as_array().map(Vec::len), Some(1));
    // Drafts are for the secretariat and the auditors.
    let (status, _) = n.delegates[0].get(&format!("/api/v1/assemblies/{a}/minutes"));
    assert_eq!(status, 403);

    // Every format.
    let (status, md) = auditor.get_text(&format!("/api/v1/assemblies/{a}/exports/minutes.md"));
    assert_eq!(status, 200);
    for want in [
        "# Minutes: Annual General Assembly",
        "## Attendance",
        "| Gamma Alliance | yes |",
        "Ana Kovač",
        "video link",
        "| Session opened | ",
        "| In the room (tellers, 1 organisation) |",
        "2 in favour, 1 against, no abstention.",
        // One of a thing is said in the singular (not "1 abstentions").
        "### Board (1 seat)",
        // A ballot naming no one is "blank", as on the chair's page (the
        // minutes said "abstention").
        "Round 1: 2 ballots, of which 1 blank; elected: Ana Kovač.",
    ] {
        assert!(md.contains(want), "{want} in\n{md}");
    }
    let (status, page) = auditor.get_text(&format!("/api/v1/assemblies/{a}/exports/minutes.html"));
    assert_eq!(status, 200);
    assert!(page.contains("<h2>Attendance</h2>") && page.contains("svg") && page.contains("<em>Thanks</em>"), "{page}");
    assert!(!page.contains("<script>"), "the narrative is sanitised");
    assert!(page.contains("<main>") && page.contains("<table>"), "one main landmark; the narrative's table: {page}");
    let pdf = auditor.get_bytes(&format!("/api/v1/assemblies/{a}/exports/minutes.pdf"));
    assert!(pdf.starts_with(b"%PDF"));
    // Kept for a person to look at (CI keeps target/tmp as an artifact).
    let _ = std::fs::write(format!("{}/minutes-{}.pdf", env!("CARGO_TARGET_TMPDIR"), n.app.db.backend), &pdf);
    let doc = lopdf::Document::load_mem(&pdf).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    // Lines wrap in the PDF: compare with whitespace folded.
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let folded = fold(&text);
    let counts = "3 full members: 1 in the room, 1 remote, 1 represented by proxy, 0 absent.";
    for want in ["Minutes: Annual General Assembly", counts, "Gamma Alliance", "Elected: Ana Kovač."] {
        assert!(folded.contains(want), "{want} in the PDF:\n{text}");
    }
    for poll in motions.iter().flat_map(|m| m["polls"].as_array().cloned().unwrap_or_default()) {
        let explanation = fold(poll["explanation"].as_str().unwrap_or_default());
        assert!(!explanation.is_empty() && folded.contains(&explanation), "{explanation} in the PDF:\n{text}");
    }
    assert!(text.contains(&format!("page 1 of {}", pages.len())), "{text}");
    // The narrative's table is a table (no pipes, no rule of dashes), its
    // "&" one character; the file is dated by the assembly, not by 1970.
    assert!(folded.contains("Budget line Amount") && folded.contains("Fees & dues 1,200"), "{text}");
    assert!(!text.contains("|---") && !text.contains("| Fees") && !text.contains("&amp;"), "{text}");
    let info = doc.trailer.get(b"Info").and_then(lopdf::Object::as_reference).and_then(|r| doc.get_dictionary(r));
    let created = info.and_then(|d| d.get(b"CreationDate")).and_then(lopdf::Object::as_str).map(|s| s.to_vec());
    let created = String::from_utf8_lossy(&created.expect("a creation date")).to_string();
    assert!(created.starts_with("D:2026"), "{created}");
    let (_, csv) = auditor.get_text(&format!("/api/v1/assemblies/{a}/exports/attendance.csv"));
    assert_eq!(lines(&csv)[0], "organisation,country,kind,mode,arrived_at,left_at");
    assert_eq!(lines(&csv).len(), 4, "{csv}");
    let (_, csv) = auditor.get_text(&format!("/api/v1/assemblies/{a}/exports/proxies.csv"));
    // Closed: the proxy was in force at the close, not "live" (an outside review).
    assert_eq!(lines(&csv)[1..], ["Gamma Alliance,Alpha Network,,in force at the close"], "{csv}");
    let (_, csv) = auditor.get_text(&format!("/api/v1/assemblies/{a}/exports/roll-call.csv"));
    let roll_calls: usize = motions
        .iter()
        .flat_map(|m| m["polls"].as_array().cloned().unwrap_or_default())
        .map(|p| p["roll_call"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(lines(&csv).len(), roll_calls + 1, "{csv}");
    assert!(csv.contains("Accounts 2025,Gamma Alliance,yes"), "{csv}");
    // Each line says its ballot type: a tellers poll's online ballots are
    // not taken for a roll call.
    assert_eq!(lines(&csv)[0], "poll,motion,organisation,choice,ballot");
    assert!(csv.contains("Accounts 2025,Gamma Alliance,yes,roll_call"), "{csv}");
    let (status, _) = auditor.get_text(&format!("/api/v1/assemblies/{a}/exports/minutes.docx"));
    assert_eq!(status, 404);

    // Approval freezes and seals them.
    let approved = n.chair.ok(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}), 200);
    assert_eq!(approved["status"], "approved");
    let (_, assembly) = n.chair.get(&format!("/api/v1/assemblies/{a}"));
    assert_eq!(assembly["state"], "minutes_approved");
    let (status, body) = n.chair.put(&format!("/api/v1/assemblies/{a}/minutes"), json!({"narrative": "rewritten"}));
    assert_eq!((status, body["error"].as_str()), (409, Some("minutes_approved")), "{body}");
    let (status, _) = n.chair.post(&format!("/api/v1/assemblies/{a}/incidents"), json!({"body": "late"}));
    assert_eq!(status, 409);
    let (status, _) = n.chair.post(&format!("/api/v1/assemblies/{a}/minutes/approve"), json!({}));
    assert_eq!(status, 409);
    // Anyone logged in reads the approved minutes, exactly as approved.
    let (status, frozen) = n.delegates[1].get(&format!("/api/v1/assemblies/{a}/minutes"));
    assert_eq!((status, &frozen), (200, &approved));
    {
        use diesel::connection::SimpleConnection;
        let mut conn = n.app.services.conn().expect("connection");
        let err = conn.batch_execute("UPDATE minutes SET narrative = 'forged'").expect_err("frozen");
        assert!(err.to_string().contains("never change"), "{err}");
    }

    // The bundle carries them; verify checks their seal.
    let (_, b) = auditor.get(&format!("/api/v1/assemblies/{a}/bundle"));
    let b: plenum::export::bundle::Bundle = serde_json::from_value(b).expect("bundle");
    let report = verify::verify(&b, None);
    assert!(report.ok && report.minutes, "{}", report.render());
    let sealed = b.minutes.clone().expect("minutes");
    assert_eq!(sealed.document, approved);
    let mut t = b.clone();
    if let Some(m) = t.minutes.as_mut() {
        m.document["narrative"] = Value::from("rewritten");
    }
    assert_eq!(verify::verify(&t, None).exit_code, Kind::SealAltered.exit_code());
    let mut t = b.clone();
    if let Some(m) = t.minutes.as_mut() {
        m.signature = format!("{}{}", if m.signature.starts_with('0') { "1" } else { "0" }, &m.signature[1..]);
    }
    assert_eq!(verify::verify(&t, None).exit_code, Kind::Signature.exit_code());
}

/// The demo assembly's draft minutes in Markdown, as a reviewed snapshot
/// (`tests/it/snapshots/`; the instance's key, which differs per run, is
/// replaced by a placeholder).
fn the_demo_minutes_read_as_reviewed(db: TestDb) {
    let app = common::TestApp::start(db);
    let seed = app.services.seed_demo().expect("seed").expect("seeded");
    let chair = {
        let api = app.anonymous();
        let (_, body) =
            api.post("/api/v1/session", json!({"email": "chair@demo.plenum.eu", "password": seed.password}));
        common::Api { token: body["token"].as_str().map(String::from), ..api }
    };
    let (_, assemblies) = chair.get("/api/v1/assemblies");
    let id = assemblies[0]["id"].as_i64().expect("assembly");
    let (status, md) = chair.get_text(&format!("/api/v1/assemblies/{id}/exports/minutes.md"));
    assert_eq!(status, 200);
    let key = chair.get("/api/v1/instance").1["public_key"].as_str().expect("key").to_string();
    insta::assert_snapshot!("demo_minutes", md.replace(&key, "<public key>"));
}

/// The minutes of a closed assembly describe its session by the register
/// as it stood at the close: a member added afterwards is not "absent", a
/// member made an affiliate afterwards is still the full member that
/// attended and held a proxy (an outside review sealed minutes that said
/// otherwise, unlike the poll seals).
fn the_minutes_keep_the_register_of_the_close(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let auditor = full_assembly(&n);
    let minutes = format!("/api/v1/assemblies/{a}/minutes");
    let (_, before) = auditor.get(&minutes);
    let attendance = before["attendance"].clone();
    assert_eq!(attendance["full_members"], 3, "{attendance}");
    // After the close: a new full member, and Alpha (which attended and
    // holds Gamma's proxy) made an affiliate.
    n.chair.ok("/api/v1/organisations", json!({"name": "Late Member", "country": "BE", "kind": "full"}), 201);
    let (status, body) = n.chair.patch(
        &format!("/api/v1/organisations/{}", n.orgs[0]),
        json!({"kind": "affiliate", "reason": "Changed category after the assembly"}),
    );
    assert_eq!(status, 200, "{body}");
    let (_, after) = auditor.get(&minutes);
    assert_eq!(after["attendance"], attendance, "the draft keeps the register of the close");
    // Its quorum too is the close's.
    let (_, quorum) = n.chair.get(&format!("/api/v1/assemblies/{a}/quorum"));
    assert_eq!(quorum["full_members"], 3, "{quorum}");
    let approved = n.chair.ok(&format!("{minutes}/approve"), json!({}), 200);
    assert_eq!(approved["attendance"], attendance, "so do the sealed minutes");
    assert!(!approved.to_string().contains("Late Member"), "{approved}");
}

both!(
    minutes_come_from_the_record_and_freeze_when_approved,
    the_demo_minutes_read_as_reviewed,
    the_minutes_keep_the_register_of_the_close
);
