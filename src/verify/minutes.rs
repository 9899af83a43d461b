//! The approved minutes' record against the rest of the bundle. The
//! minutes are printed in every official language from one sealed,
//! structured record; its wording is presentation, but what it states as
//! data must be what the ledger and the poll seals say: each motion's
//! title, text, language and translations as the ledger made them, and
//! each vote's seal, count and outcome as sealed. A holder of the
//! instance's key could otherwise re-seal minutes that say another
//! outcome, with every signature holding.
//!
//! Read as JSON, field by field, so that this check stands apart from the
//! server's types (and runs in the verifier built without them).

use super::{Findings, Kind, Ledger};
use crate::audit::event::Event;
use crate::export::bundle::Sealed;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

const SUBJECT: &str = "minutes";

/// Every statement of the record the ledger or a poll seal also makes.
pub(super) fn against_record(f: &mut Findings, ledger: &Ledger<'_>, polls: &[&Sealed], m: &Sealed) {
    let Some(motions) = m.document.get("motions").and_then(Value::as_array) else {
        return f.add(Kind::SealLedger, SUBJECT, "the minutes list no motions");
    };
    let sealed: BTreeMap<i64, &Sealed> = polls.iter().map(|p| (p.id, *p)).collect();
    let mut named: BTreeSet<i64> = BTreeSet::new();
    for motion in motions {
        let id = motion.get("id").and_then(Value::as_i64).unwrap_or(-1);
        motion_against_ledger(f, ledger, id, motion);
        for part in motion.get("polls").and_then(Value::as_array).into_iter().flatten() {
            let poll = part.get("id").and_then(Value::as_i64).unwrap_or(-1);
            named.insert(poll);
            match sealed.get(&poll) {
                Some(seal) => poll_against_seal(f, poll, part, seal),
                None => f.add(Kind::SealLedger, SUBJECT, format!("the minutes state poll {poll}, which no seal holds")),
            }
        }
    }
    for poll in sealed.keys().filter(|p| !named.contains(p)) {
        f.add(Kind::SealLedger, SUBJECT, format!("the minutes leave out sealed poll {poll}"));
    }
}

/// A motion as the minutes state it against its creation and translations
/// in the ledger.
fn motion_against_ledger(f: &mut Findings, ledger: &Ledger<'_>, id: i64, motion: &Value) {
    let about = format!("motion:{id}");
    let created = of_kind!(ledger, &about, Event::MotionCreated);
    let [(_, created)] = created.as_slice() else {
        return f.add(
            Kind::SealLedger,
            SUBJECT,
            format!("the minutes state motion {id}, which the ledger does not create once"),
        );
    };
    let text = motion.get("text").and_then(Value::as_str).unwrap_or_default();
    let title = motion.get("title").and_then(Value::as_str).unwrap_or_default();
    if title != created.title || text != created.text {
        f.add(Kind::SealLedger, SUBJECT, format!("the minutes give motion {id} another title or text than the ledger"));
    }
    let digest = hex::encode(Sha256::digest(created.text.as_bytes()));
    if motion.get("text_sha256").and_then(Value::as_str).is_some_and(|d| d != digest) {
        f.add(Kind::SealLedger, SUBJECT, format!("the minutes name another digest of motion {id}'s text"));
    }
    let language = created.language.as_deref().unwrap_or("en");
    if motion.get("language").and_then(Value::as_str).is_some_and(|l| l != language) {
        f.add(Kind::SealLedger, SUBJECT, format!("the minutes say motion {id} is in another language than the ledger"));
    }
    // Records made before motions had languages carry no translations.
    let Some(listed) = motion.get("translations").and_then(Value::as_array) else { return };
    let mut translated: BTreeMap<String, (String, String)> = BTreeMap::new();
    for (_, t) in of_kind!(ledger, &about, Event::MotionTranslated) {
        translated.insert(t.language.clone(), (t.sha256.clone(), t.title.clone()));
    }
    let stated: BTreeMap<String, (String, String)> = listed
        .iter()
        .map(|t| {
            let field = |k: &str| t.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
            (field("language"), (field("sha256"), field("title")))
        })
        .collect();
    if stated.len() != listed.len() || stated != translated {
        f.add(Kind::SealLedger, SUBJECT, format!("the minutes list other translations of motion {id} than the ledger"));
    }
}

/// A vote as the minutes state it against its seal.
fn poll_against_seal(f: &mut Findings, poll: i64, part: &Value, seal: &Sealed) {
    let count = |v: &Value, k: &str| v.get(k).and_then(Value::as_u64);
    let doc = &seal.document;
    let tally = &doc["tally"];
    let stated = ["yes", "no", "abstain"].map(|k| count(part, k));
    let sealed = ["yes", "no", "abstain"].map(|k| count(tally, k));
    if part.get("seal").and_then(Value::as_str) != Some(seal.digest.as_str()) {
        f.add(Kind::SealLedger, SUBJECT, format!("the minutes name another seal of poll {poll} than the bundle's"));
    }
    if stated != sealed || part.get("outcome") != doc.get("outcome") {
        f.add(
            Kind::SealLedger,
            SUBJECT,
            format!("the minutes state another count or outcome of poll {poll} than its seal"),
        );
    }
    if let Some(decision) = part.get("decision").filter(|d| !d.is_null()) {
        if ["yes", "no", "abstain"].map(|k| count(decision, k)) != sealed {
            f.add(Kind::SealLedger, SUBJECT, format!("the minutes' words for poll {poll} are said from another count"));
        }
    }
    // A roll call's names and choices: the seal has the ballots by
    // organisation id, the minutes by name; the choices must be the same
    // multiset.
    if let (Some(listed), Some(ballots)) =
        (part.get("roll_call").and_then(Value::as_array), doc.get("ballots").and_then(Value::as_array))
    {
        let mut stated: Vec<&str> = listed.iter().filter_map(|l| l.get(1).and_then(Value::as_str)).collect();
        let mut given: Vec<&str> = ballots.iter().filter_map(|b| b.get("choice").and_then(Value::as_str)).collect();
        stated.sort_unstable();
        given.sort_unstable();
        if !listed.is_empty() && stated != given {
            f.add(
                Kind::SealLedger,
                SUBJECT,
                format!("the minutes state other roll-call choices of poll {poll} than its seal"),
            );
        }
    }
}
