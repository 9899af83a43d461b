//! A closed poll's seal document, written as its canonical JSON text.
//!
//! The document (eligibility snapshot, ballots, tally, outcome, ledger head:
//! see `service::polls`) is a megabyte for 10,000 ballots. Built as a
//! `serde_json::Value` first, it cost 20,000 maps and most of a close's
//! time; written from these typed rows it is one pass. The text is the one
//! a verifier gets by parsing the stored document and printing it again
//! (`seal::digest`), which the tests below hold for every shape.

use crate::domain::majority::Outcome;
use crate::domain::poll::BallotType;
use serde::Serialize;

/// A poll's seal document. Its fields and its parts' are declared in
/// sorted order, so that it serialises straight to the canonical text (keys
/// sorted, as `Value` prints them; the parts given as a `Value` are sorted
/// by serde_json); see [`PollSeal::canonical`].
#[derive(Serialize)]
pub struct PollSeal<'a> {
    pub ballot_type: BallotType,
    /// Who voted what: a roll call's ballots, or a tellers poll's online
    /// ones. Never in a secret poll's seal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ballots: Option<Vec<NamedBallot<'a>>>,
    pub chair_decision: Option<Outcome>,
    /// A secret poll's choices, sorted on their own: see `receipts`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<&'a str>>,
    pub closed_at: String,
    pub eligible: Vec<EligibleLine>,
    pub explanation: &'a str,
    pub ledger_head: Option<LedgerHead>,
    pub motion: MotionRef<'a>,
    pub opened_at: String,
    pub outcome: Outcome,
    pub participants: Vec<i64>,
    pub participations: u64,
    pub poll: i64,
    pub quorum: serde_json::Value,
    /// A secret poll's receipt hashes, sorted on their own, apart from the
    /// choices: a receipt shows its ballot was counted, never its choice
    /// (`domain::secrecy::apart`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipts: Option<Vec<&'a str>>,
    pub room: Option<serde_json::Value>,
    pub rule: serde_json::Value,
    pub tally: serde_json::Value,
}

/// A roll call's (or the tellers' online) ballot: who voted what.
#[derive(Serialize)]
pub struct NamedBallot<'a> {
    pub choice: &'a str,
    pub organisation: i64,
    pub receipt_hash: &'a str,
}

/// An organisation of the eligibility snapshot, and its proxy holder.
#[derive(Serialize)]
pub struct EligibleLine {
    pub holder: Option<i64>,
    pub organisation: i64,
}

/// The ledger head before the close.
#[derive(Serialize)]
pub struct LedgerHead {
    pub hash: String,
    pub seq: i64,
}

/// The motion voted on.
#[derive(Serialize)]
pub struct MotionRef<'a> {
    pub id: i64,
    pub kind: &'a str,
    pub title: &'a str,
}

impl PollSeal<'_> {
    /// The canonical JSON text the seal's digest is taken over.
    pub fn canonical(&self) -> serde_json::Result<String> {
        serde_json::to_string(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::poll::Tally;
    use serde_json::json;

    /// The seal's text is the canonical JSON (what `Value` prints, keys
    /// sorted) for every shape a document takes, so a verifier that parses
    /// and prints it again gets the digest that was signed.
    #[test]
    fn a_seal_document_is_written_in_canonical_form() {
        let named = [(3, "yes".to_string(), "ab".repeat(32)), (7, "no \"quoted\" é".to_string(), "cd".repeat(32))];
        let secret = [("ef".repeat(32), "abstain".to_string())];
        let (receipts, choices) = crate::domain::secrecy::apart(secret.iter().map(|(r, c)| (r.as_str(), c.as_str())));
        type Shape<'a> = (
            BallotType,
            Option<Vec<NamedBallot<'a>>>,
            Option<(Vec<&'a str>, Vec<&'a str>)>,
            Option<serde_json::Value>,
            Option<LedgerHead>,
        );
        let shapes: [Shape<'_>; 3] = [
            (
                BallotType::RollCall,
                Some(
                    named
                        .iter()
                        .map(|(o, c, r)| NamedBallot { choice: c, organisation: *o, receipt_hash: r })
                        .collect(),
                ),
                None,
                None,
                Some(LedgerHead { hash: "00".into(), seq: 41 }),
            ),
            (BallotType::Secret, None, Some((receipts, choices)), None, None),
            (
                BallotType::Tellers,
                Some(vec![]),
                None,
                Some(json!({"yes": 1, "no": 2, "abstain": 0, "organisations": [4]})),
                None,
            ),
        ];
        for (ballot_type, ballots, secret, room, ledger_head) in shapes {
            let (receipts, choices) = secret.unzip();
            let document = PollSeal {
                ballot_type,
                ballots,
                chair_decision: Some(Outcome::Carried),
                choices,
                closed_at: "2026-05-16T10:00:00Z".into(),
                eligible: vec![
                    EligibleLine { holder: None, organisation: 3 },
                    EligibleLine { holder: Some(3), organisation: 7 },
                ],
                explanation: "Carried: 1 yes\nagainst 1 no",
                ledger_head,
                motion: MotionRef { id: 9, kind: "ordinary", title: "Accounts <2025>" },
                opened_at: "2026-05-16T09:00:00Z".into(),
                outcome: Outcome::Rejected,
                participants: vec![3, 7],
                participations: 2,
                poll: 5,
                quorum: json!({"rule": "1/2", "quorate": true, "present": 2}),
                receipts,
                room,
                rule: json!({"numerator": 1, "denominator": 2, "base": "votes_cast"}),
                tally: json!(Tally { yes: 1, no: 1, abstain: 0 }),
            };
            let text = document.canonical().expect("text");
            let value: serde_json::Value = serde_json::from_str(&text).expect("json");
            assert_eq!(text, value.to_string(), "{ballot_type:?}");
        }
    }
}
