//! What each fuzz target checks on one input. Shared, through `#[path]`,
//! by the fuzz targets (`fuzz/fuzz_targets/`) and by the regression test
//! (`tests/it/fuzz_regressions.rs`), which runs every seed and every input
//! that once broke a check (`fuzz/regressions/<target>/`) on each
//! `cargo test`. A check fails by panicking.

#![allow(dead_code)]

use plenum::domain::majority::{decide, Outcome};
use plenum::domain::poll::Tally;
use plenum::domain::quorum::QuorumRule;
use plenum::domain::register::{parse_register, write_register};

/// The register CSV import: any bytes give rows and errors, never a panic;
/// every error names a line of the file; a file without errors writes back
/// and reads again to the same rows.
pub fn register_csv(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (rows, errors) = parse_register(&text);
    let lines = text.lines().count() as u64 + 1;
    for e in &errors {
        assert!(e.line <= lines, "error on line {} of a {lines}-line file: {e:?}", e.line);
    }
    for r in &rows {
        assert!(!r.name.trim().is_empty(), "an accepted row has a name: {r:?}");
    }
    if errors.is_empty() {
        let written = write_register(rows.iter().map(|r| (r.name.as_str(), r.country.as_str(), r.kind, r.status)));
        let (again, errors) = parse_register(&written);
        assert!(errors.is_empty(), "the written register reads back: {errors:?}\n{written}");
        let key = |rs: &[plenum::domain::register::RegisterRow]| {
            rs.iter().map(|r| (r.name.clone(), r.country.clone(), r.kind, r.status)).collect::<Vec<_>>()
        };
        assert_eq!(key(&again), key(&rows), "the round trip keeps every row");
    }
}

/// Counts an assembly can reach, read from the input's bytes.
fn counts(data: &[u8]) -> [u64; 6] {
    let mut out = [0u64; 6];
    for (i, chunk) in data.chunks(3).take(6).enumerate() {
        out[i] = chunk.iter().fold(0u64, |a, b| a * 256 + u64::from(*b)) % 5_000_000;
    }
    out
}

/// The API's JSON bodies: any bytes give a value or an error, never a
/// panic; a majority rule or quorum that validates decides any tally and
/// explains itself.
pub fn api_json(data: &[u8]) {
    use plenum::input::*;
    macro_rules! parse {
        ($($t:ty),* $(,)?) => { $( let _ = serde_json::from_slice::<$t>(data); )* };
    }
    parse!(
        NewAccountInput,
        AccountChange,
        Replacement,
        AgendaItemInput,
        AgendaOrder,
        AssemblyChange,
        NewAssemblyInput,
        CheckInInput,
        NewElectionInput,
        ElectionBallotInput,
        LedgerFilter,
        AdmissionInput,
        WithdrawalInput,
        OpinionInput,
        NewOrganisationInput,
        OrganisationChange,
        BallotInput,
        TellersInput,
        CloseInput,
        OpenPollInput,
        ProxyInput,
        SpeakInput,
    );
    let Ok(motion) = serde_json::from_slice::<NewMotionInput>(data) else { return };
    let [yes, no, abstain, full, present, represented] = counts(data);
    let quorum = match motion.quorum {
        Some(QuorumInput::Fraction(f)) if f.validate().is_ok() => QuorumRule(Some(f)),
        Some(QuorumInput::Fraction(_)) => return,
        _ => QuorumRule(None),
    };
    let status = quorum.assess(full, present.min(full), represented.min(full - present.min(full)));
    assert!(status.required <= full + 1, "a quorum never needs more than all the members: {status:?}");
    if let Some(rule) = motion.majority {
        if rule.threshold().validate().is_err() {
            return;
        }
        for chair in [None, Some(Outcome::Carried), Some(Outcome::Rejected)] {
            if let Ok(d) = decide(rule, Tally { yes, no, abstain }, status, chair) {
                let text = plenum::i18n::explain(&d);
                assert!(!text.is_empty());
                if d.outcome == Outcome::Carried {
                    assert!(status.quorate && d.support > 0, "carried without quorum or support: {text}");
                }
            }
        }
    }
}

/// The attributes a browser follows or loads as a URL (HTML's and SVG's).
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "poster",
    "cite",
    "background",
    "data",
    "codebase",
    "longdesc",
    "usemap",
    "xlink:href",
    "ping",
    "manifest",
    "icon",
    "lowsrc",
    "dynsrc",
];

/// The Markdown of motions and minutes: whatever the text, the HTML that
/// comes out has no script, frame, object or style element, no event
/// handler or style attribute, and no link or source with a script URL.
pub fn markdown(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let html = plenum::views::markdown::render(&text);
    for (name, attributes) in tags(&html) {
        let name = name.to_ascii_lowercase();
        for banned in ["script", "iframe", "frame", "object", "embed", "style", "svg", "math", "form", "base"] {
            assert_ne!(name, banned, "a <{banned}> element survived:\n{html}");
        }
        for (attribute, value) in attributes {
            let attribute = attribute.to_ascii_lowercase();
            assert!(!attribute.starts_with("on"), "an event handler survived: {attribute}\n{html}");
            assert!(attribute != "style" && attribute != "srcdoc", "{attribute} survived\n{html}");
            // As a browser's URL parser reads it (WHATWG): C0 controls and
            // spaces trimmed at both ends, tabs and newlines removed anywhere.
            let decoded = decode(&value);
            let value: String = decoded
                .trim_matches(|c: char| c <= ' ')
                .chars()
                .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                .collect::<String>()
                .to_ascii_lowercase();
            // Only an attribute a browser reads as a URL can run one: an
            // image's alt text that reads "javascript:..." is text.
            if !URL_ATTRIBUTES.contains(&attribute.as_str()) {
                continue;
            }
            for scheme in ["javascript:", "vbscript:", "data:text"] {
                assert!(!value.starts_with(scheme), "a {scheme} URL survived in {attribute}\n{html}");
            }
        }
    }
}

/// The start tags of an HTML fragment as written by the sanitiser (values
/// double-quoted): each element's name with its attributes.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if rest.starts_with('/') || rest.starts_with('!') {
            continue;
        }
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
        let name = rest[..name_end].to_string();
        rest = &rest[name_end..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let key_end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
            let key = rest[..key_end].to_string();
            rest = &rest[key_end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix("=\"") {
                let close = after.find('"').unwrap_or(after.len());
                value = after[..close].to_string();
                rest = &after[(close + 1).min(after.len())..];
            }
            attributes.push((key, value));
        }
        out.push((name, attributes));
    }
    out
}

/// Numeric character references and the few named ones a URL could hide
/// behind, decoded as a browser would.
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').unwrap_or(0);
        let entity = &rest[1..end.max(1)];
        let decoded = match entity {
            "colon" => Some(':'),
            "tab" | "newline" => Some(' '),
            "amp" => Some('&'),
            e if e.starts_with("#x") || e.starts_with("#X") => {
                u32::from_str_radix(&e[2..], 16).ok().and_then(char::from_u32)
            }
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (end, decoded) {
            (e, Some(c)) if e > 0 => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The bundle reader used by `plenum verify`: any bytes are read as a
/// bundle or refused, and a bundle read is verified without a panic.
pub fn bundle(data: &[u8]) {
    match plenum::verify::read(data) {
        Ok(bundle) => {
            let report = plenum::verify::verify(&bundle, None);
            let _ = report.render();
        }
        Err(report) => {
            assert!(!report.ok, "a refused bundle reports failure");
            let _ = report.render();
        }
    }
}
