//! A closed election round's seal document: one type, written by the
//! round's close and read by `plenum verify`.

use super::poll_seal::{EligibleLine, LedgerHead};
use crate::domain::election::RoundResult;
use serde::{Deserialize, Serialize};

/// A round's seal document: the election's rule for the round (seats, an
/// absolute majority or not), the candidates, the eligibility snapshot,
/// who took part, the ballots (their choices only, sorted: rounds are
/// secret), apart from them the receipt hashes (sorted on their own, so
/// that nothing pairs a receipt with its choices), the result (the
/// structured decision: the ranking, who is elected, a run-off's tie, the
/// seats left for a second round, the majority needed) and the ledger head
/// before the close.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundSeal {
    pub absolute_majority: bool,
    pub ballots: Vec<RoundBallot>,
    pub candidates: Vec<i64>,
    pub election: i64,
    pub eligible: Vec<EligibleLine>,
    pub ledger_head: Option<LedgerHead>,
    pub participants: Vec<i64>,
    pub receipts: Vec<String>,
    pub result: RoundResult,
    pub round: i64,
    pub seats: u32,
}

/// One ballot of a round: the candidates it approves, sorted.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundBallot {
    pub choices: Vec<i64>,
}

impl RoundSeal {
    /// The canonical JSON text the seal's digest is taken over. Through a
    /// `Value`, which sorts every map's keys: a round's document is small
    /// next to a poll's, and `RoundResult` keeps its fields in the order
    /// the API shows them.
    pub fn canonical(&self) -> serde_json::Result<String> {
        Ok(serde_json::to_value(self)?.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::election::count;

    #[test]
    fn a_round_seal_is_canonical_and_reads_back_strictly() {
        let ballots = vec![vec![1, 2], vec![], vec![2]];
        let seal = RoundSeal {
            absolute_majority: true,
            ballots: ballots.iter().map(|c| RoundBallot { choices: c.clone() }).collect(),
            candidates: vec![1, 2, 3],
            election: 4,
            eligible: vec![EligibleLine { holder: None, organisation: 7 }],
            ledger_head: Some(LedgerHead { hash: "ab".into(), seq: 3 }),
            participants: vec![7, 8, 9],
            receipts: vec!["aa".into(), "bb".into(), "cc".into()],
            result: count(2, true, &[1, 2, 3], &ballots),
            round: 5,
            seats: 2,
        };
        let text = seal.canonical().expect("text");
        let value: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(text, value.to_string());
        assert_eq!(serde_json::from_value::<RoundSeal>(value.clone()).expect("read"), seal);
        for path in ["", "/result", "/result/ranking/0", "/ballots/0", "/eligible/0", "/ledger_head"] {
            let mut v = value.clone();
            if let Some(serde_json::Value::Object(m)) = v.pointer_mut(path) {
                m.insert("forged".into(), serde_json::json!(1));
            }
            assert!(serde_json::from_value::<RoundSeal>(v).is_err(), "{path}");
        }
    }
}
