//! A closed poll's seal document: one type, written by the close and read
//! by `plenum verify`.
//!
//! The document (eligibility snapshot, ballots, tally, decision, outcome,
//! ledger head: see `service::polls`) is a megabyte for 10,000 ballots.
//! Built as a `serde_json::Value` first, it cost 20,000 maps and most of a
//! close's time; written from these typed rows it is one pass. The text is
//! the one a verifier gets by parsing the stored document and printing it
//! again (`seal::digest`), which the tests below hold for every shape.
//!
//! Every struct here declares its fields in sorted order, so that it
//! serialises straight to the canonical text (keys sorted, as `Value`
//! prints them), and refuses unknown fields when it is read. The close
//! borrows its rows' strings (`Cow::Borrowed`); a reader owns them.

use crate::domain::fraction::Fraction;
use crate::domain::majority::{Base, Decision, MajorityRule, Outcome, Reason, TieRule};
use crate::domain::poll::{BallotType, Tally};
use crate::domain::quorum::{QuorumRule, QuorumStatus};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A poll's seal document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollSeal<'a> {
    pub ballot_type: BallotType,
    /// Who voted what: a roll call's ballots, or a tellers poll's online
    /// ones. Never in a secret poll's seal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ballots: Option<Vec<NamedBallot<'a>>>,
    /// A secret poll's choices, sorted on their own: see `receipts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<Cow<'a, str>>>,
    pub closed_at: String,
    /// How the rule led from the tally to the outcome, as data: this is
    /// what `plenum verify` recomputes and compares.
    pub decision: PollDecision,
    pub eligible: Vec<EligibleLine>,
    /// The decision in words, as shown at the close (English). Presentation
    /// only: verify never compares it, so a reworded catalogue or another
    /// language leaves every sealed poll verifiable.
    pub explanation: Cow<'a, str>,
    pub ledger_head: Option<LedgerHead>,
    pub motion: MotionRef<'a>,
    pub opened_at: String,
    pub outcome: Outcome,
    pub participants: Vec<i64>,
    pub participations: u64,
    pub poll: i64,
    /// A secret poll's receipt hashes, sorted on their own, apart from the
    /// choices: a receipt shows its ballot was counted, never its choice
    /// (`domain::secrecy::apart`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipts: Option<Vec<Cow<'a, str>>>,
    /// A tellers poll's count in the room; `null` for any other poll.
    pub room: Option<RoomCount>,
    /// The count of the ballots (online and, for tellers, the room's).
    pub tally: TallyRecord,
}

/// A roll call's (or the tellers' online) ballot: who voted what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedBallot<'a> {
    pub choice: Cow<'a, str>,
    pub organisation: i64,
    pub receipt_hash: Cow<'a, str>,
}

/// An organisation of the eligibility snapshot, and its proxy holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EligibleLine {
    pub holder: Option<i64>,
    pub organisation: i64,
}

/// The ledger head before the close.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedgerHead {
    pub hash: String,
    pub seq: i64,
}

/// The motion voted on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MotionRef<'a> {
    pub id: i64,
    pub kind: Cow<'a, str>,
    /// The authoritative text's language, and its SHA-256 (the text itself
    /// is in the ledger's `motion.created`). Absent from seals made before
    /// motions had them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_sha256: Option<String>,
    pub title: Cow<'a, str>,
    /// The translations members could read, marked as such, by language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<TranslationRef>,
}

/// A translation of the motion: its language and the SHA-256 of its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationRef {
    pub language: String,
    pub sha256: String,
}

/// The tellers' count in the room, and whom they counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomCount {
    pub abstain: u64,
    pub no: u64,
    pub organisations: Vec<i64>,
    pub yes: u64,
}

/// A count of yes, no and abstain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TallyRecord {
    pub abstain: u64,
    pub no: u64,
    pub yes: u64,
}

impl From<Tally> for TallyRecord {
    fn from(t: Tally) -> Self {
        TallyRecord { abstain: t.abstain, no: t.no, yes: t.yes }
    }
}

impl From<TallyRecord> for Tally {
    fn from(t: TallyRecord) -> Self {
        Tally { yes: t.yes, no: t.no, abstain: t.abstain }
    }
}

/// A threshold: `numerator/denominator`, "more than" when `strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FractionRecord {
    pub denominator: u32,
    pub numerator: u32,
    pub strict: bool,
}

impl From<Fraction> for FractionRecord {
    fn from(f: Fraction) -> Self {
        FractionRecord { denominator: f.denominator, numerator: f.numerator, strict: f.strict }
    }
}

impl From<FractionRecord> for Fraction {
    fn from(f: FractionRecord) -> Self {
        Fraction { numerator: f.numerator, denominator: f.denominator, strict: f.strict }
    }
}

/// A majority rule: the threshold, what it is measured against, and what a
/// tie leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleRecord {
    pub base: Base,
    pub denominator: u32,
    pub numerator: u32,
    pub strict: bool,
    pub tie: TieRule,
}

impl From<MajorityRule> for RuleRecord {
    fn from(r: MajorityRule) -> Self {
        RuleRecord { base: r.base, denominator: r.denominator, numerator: r.numerator, strict: r.strict, tie: r.tie }
    }
}

impl From<RuleRecord> for MajorityRule {
    fn from(r: RuleRecord) -> Self {
        MajorityRule { numerator: r.numerator, denominator: r.denominator, strict: r.strict, base: r.base, tie: r.tie }
    }
}

/// For an auditor's eyes: "> 1/2 of votes_cast, a tie rejected".
impl fmt::Display for RuleRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let threshold = MajorityRule::from(*self).threshold();
        let tie = match self.tie {
            TieRule::Rejected => "a tie rejected",
            TieRule::ChairDecides => "a tie decided by the chair",
        };
        write!(f, "{threshold} of {}, {tie}", self.base)
    }
}

/// A quorum rule for an auditor's eyes: "quorum >= 1/2" or "no quorum".
pub fn quorum_words(rule: Option<FractionRecord>) -> String {
    match rule {
        Some(f) => format!("quorum {}", Fraction::from(f)),
        None => "no quorum".to_string(),
    }
}

/// The quorum at the opening, with the numbers that decide it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuorumRecord {
    /// Full active members.
    pub full_members: u64,
    /// Of those, present in the room or remote.
    pub present: u64,
    pub quorate: bool,
    /// Of those, not present but represented by a proxy.
    pub represented: u64,
    /// How many present or represented were needed.
    pub required: u64,
    /// The fraction of the full members required; `null`: no quorum.
    pub rule: Option<FractionRecord>,
}

impl From<QuorumStatus> for QuorumRecord {
    fn from(q: QuorumStatus) -> Self {
        QuorumRecord {
            full_members: q.full_members,
            present: q.present,
            quorate: q.quorate,
            represented: q.represented,
            required: q.required,
            rule: q.rule.0.map(FractionRecord::from),
        }
    }
}

impl QuorumRecord {
    /// The quorum its rule gives for its numbers.
    pub fn assess(&self) -> QuorumStatus {
        QuorumRule(self.rule.map(Fraction::from)).assess(self.full_members, self.present, self.represented)
    }
}

/// Why the outcome is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// The threshold was met (or not) on the ballots alone.
    Threshold,
    /// The quorum was not reached, so nothing could be carried.
    NoQuorum,
    /// No vote in favour.
    NoSupport,
    /// A tie, rejected by the rule.
    TieRejected,
    /// A tie, broken by the chair's casting vote (`casting_vote`).
    TieCastingVote,
}

impl Ground {
    pub fn as_str(self) -> &'static str {
        match self {
            Ground::Threshold => "threshold",
            Ground::NoQuorum => "no_quorum",
            Ground::NoSupport => "no_support",
            Ground::TieRejected => "tie_rejected",
            Ground::TieCastingVote => "tie_casting_vote",
        }
    }
}

/// The decision as data: the rule, the quorum, the counts the threshold
/// was applied to and against, why, and the tie's casting vote if there
/// was one. The outcome and the tally are the seal's own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PollDecision {
    /// The count the threshold was measured against (the rule's base; with
    /// a casting vote, one more where the base counts votes cast).
    pub base_count: u64,
    /// The chair's casting vote on a tie under `chair_decides`; else `null`.
    pub casting_vote: Option<Outcome>,
    pub quorum: QuorumRecord,
    pub reason: Ground,
    pub rule: RuleRecord,
    /// The yes count the threshold was applied to (with a casting vote for,
    /// one more).
    pub support: u64,
}

/// Why a sealed decision cannot be recomputed at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undecidable {
    /// A tie under `chair_decides` with no casting vote sealed.
    ChairMustDecide,
}

impl PollDecision {
    /// The record of a decision the rules made.
    pub fn of(d: &Decision) -> PollDecision {
        let (reason, casting_vote) = match d.reason {
            Reason::Threshold => (Ground::Threshold, None),
            Reason::NoQuorum => (Ground::NoQuorum, None),
            Reason::NoSupport => (Ground::NoSupport, None),
            Reason::TieRejected => (Ground::TieRejected, None),
            Reason::ChairCastingVote(vote) => (Ground::TieCastingVote, Some(vote)),
        };
        PollDecision {
            base_count: d.base_count,
            casting_vote,
            quorum: d.quorum.into(),
            reason,
            rule: d.rule.into(),
            support: d.support,
        }
    }

    /// The decision this record's rule and quorum numbers give for
    /// `tally`, with the sealed casting vote: what a verifier compares the
    /// record with (and the outcome with the sealed one).
    pub fn recompute(&self, tally: Tally) -> Result<(PollDecision, Outcome), Undecidable> {
        let d = crate::domain::majority::decide(self.rule.into(), tally, self.quorum.assess(), self.casting_vote)
            .map_err(|_| Undecidable::ChairMustDecide)?;
        Ok((PollDecision::of(&d), d.outcome))
    }

    /// The parts in which `self` (sealed) differs from `want` (recomputed),
    /// each as "name: sealed, recomputed".
    pub fn differences(&self, want: &PollDecision) -> Vec<String> {
        let mut out = Vec::new();
        let mut part = |name: &str, sealed: String, recomputed: String| {
            if sealed != recomputed {
                out.push(format!("{name} sealed {sealed}, the rule gives {recomputed}"));
            }
        };
        part("reason", self.reason.as_str().into(), want.reason.as_str().into());
        part("support", self.support.to_string(), want.support.to_string());
        part("base count", self.base_count.to_string(), want.base_count.to_string());
        let vote = |v: Option<Outcome>| v.map_or_else(|| "none".to_string(), |o| o.as_str().to_string());
        part("casting vote", vote(self.casting_vote), vote(want.casting_vote));
        part("quorate", self.quorum.quorate.to_string(), want.quorum.quorate.to_string());
        part("quorum required", self.quorum.required.to_string(), want.quorum.required.to_string());
        out
    }
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
    use crate::domain::majority::decide;

    fn quorum(rule: Option<(u32, u32, bool)>, full: u64, present: u64, represented: u64) -> QuorumStatus {
        QuorumRule(rule.map(|(n, d, s)| Fraction { numerator: n, denominator: d, strict: s })).assess(
            full,
            present,
            represented,
        )
    }

    fn rule(n: u32, d: u32, strict: bool, base: Base, tie: TieRule) -> MajorityRule {
        MajorityRule { numerator: n, denominator: d, strict, base, tie }
    }

    fn t(yes: u64, no: u64, abstain: u64) -> Tally {
        Tally { yes, no, abstain }
    }

    fn decision(r: MajorityRule, tally: Tally, q: QuorumStatus, chair: Option<Outcome>) -> (PollDecision, Outcome) {
        let d = decide(r, tally, q, chair).expect("decidable");
        (PollDecision::of(&d), d.outcome)
    }

    /// Every way a poll is decided, as data: the reason, the counts and the
    /// casting vote the record carries; and the record recomputes to
    /// itself from its own rule, quorum and the tally.
    #[test]
    fn the_decision_record_table() {
        use Base::*;
        use Outcome::*;
        let simple = MajorityRule::SIMPLE;
        let chair = rule(1, 2, true, VotesCast, TieRule::ChairDecides);
        let two_thirds_chair = rule(2, 3, false, VotesCast, TieRule::ChairDecides);
        let half_all = rule(1, 2, true, AllMembers, TieRule::Rejected);
        let half_present = rule(1, 2, true, PresentAndRepresented, TieRule::Rejected);
        let half = Some((1, 2, false));
        // (rule, tally, quorum, chair's vote, outcome, reason, support, base count, casting vote)
        let table = [
            (simple, t(31, 14, 2), quorum(half, 52, 38, 0), None, Carried, Ground::Threshold, 31, 45, None),
            (simple, t(14, 31, 2), quorum(half, 52, 38, 0), None, Rejected, Ground::Threshold, 14, 45, None),
            (simple, t(20, 1, 0), quorum(half, 52, 20, 1), None, Rejected, Ground::NoQuorum, 20, 21, None),
            (simple, t(0, 3, 9), quorum(half, 52, 30, 0), None, Rejected, Ground::NoSupport, 0, 3, None),
            (simple, t(20, 20, 5), quorum(half, 52, 45, 0), None, Rejected, Ground::TieRejected, 20, 40, None),
            // The chair's vote is sealed only when it broke a tie.
            (simple, t(20, 20, 5), quorum(half, 52, 45, 0), Some(Carried), Rejected, Ground::TieRejected, 20, 40, None),
            (chair, t(30, 10, 0), quorum(half, 52, 45, 0), Some(Rejected), Carried, Ground::Threshold, 30, 40, None),
            (
                chair,
                t(20, 20, 5),
                quorum(half, 52, 45, 0),
                Some(Carried),
                Carried,
                Ground::TieCastingVote,
                21,
                41,
                Some(Carried),
            ),
            (
                chair,
                t(20, 20, 5),
                quorum(half, 52, 45, 0),
                Some(Rejected),
                Rejected,
                Ground::TieCastingVote,
                20,
                41,
                Some(Rejected),
            ),
            (
                two_thirds_chair,
                t(20, 20, 0),
                quorum(half, 52, 45, 0),
                Some(Carried),
                Rejected,
                Ground::TieCastingVote,
                21,
                41,
                Some(Carried),
            ),
            (half_all, t(26, 0, 0), quorum(None, 52, 40, 0), None, Rejected, Ground::Threshold, 26, 52, None),
            (half_present, t(21, 5, 14), quorum(half, 52, 38, 2), None, Carried, Ground::Threshold, 21, 40, None),
        ];
        for (r, tally, q, vote, outcome, reason, support, base_count, casting_vote) in table {
            let case = format!("{r:?} {tally:?} {vote:?}");
            let (record, got) = decision(r, tally, q, vote);
            assert_eq!(got, outcome, "{case}");
            assert_eq!((record.reason, record.support, record.base_count), (reason, support, base_count), "{case}");
            assert_eq!(record.casting_vote, casting_vote, "{case}");
            assert_eq!(record.rule, RuleRecord::from(r), "{case}");
            assert_eq!(record.quorum, QuorumRecord::from(q), "{case}");
            assert_eq!(record.recompute(tally), Ok((record, outcome)), "{case}");
            // Read back from its text, the record is the same.
            let text = serde_json::to_string(&record).expect("text");
            assert_eq!(serde_json::from_str::<PollDecision>(&text).expect("read"), record, "{case}");
        }
    }

    /// A record that is not what its rule gives for the tally is told
    /// apart, part by part; a tie under `chair_decides` with no casting
    /// vote sealed cannot be recomputed.
    #[test]
    fn a_wrong_decision_record_is_found_out() {
        let q = quorum(Some((1, 2, false)), 52, 45, 0);
        let (record, _) = decision(MajorityRule::SIMPLE, t(31, 14, 0), q, None);
        let recheck = |r: PollDecision, tally: Tally| {
            let (want, outcome) = r.recompute(tally).expect("decidable");
            (r.differences(&want), outcome)
        };
        assert_eq!(recheck(record, t(31, 14, 0)), (vec![], Outcome::Carried));
        let mut wrong = record;
        wrong.support = 32;
        assert_eq!(recheck(wrong, t(31, 14, 0)).0, vec!["support sealed 32, the rule gives 31".to_string()]);
        let mut wrong = record;
        wrong.reason = Ground::NoSupport;
        assert_eq!(recheck(wrong, t(31, 14, 0)).0.len(), 1);
        let mut wrong = record;
        wrong.quorum.quorate = false;
        assert_eq!(recheck(wrong, t(31, 14, 0)).0, vec!["quorate sealed false, the rule gives true".to_string()]);
        // Another rule sealed with the same numbers: the outcome it gives.
        let mut other = record;
        other.rule = RuleRecord::from(rule(2, 3, false, Base::VotesCast, TieRule::Rejected));
        assert_eq!(recheck(other, t(25, 14, 0)).1, Outcome::Rejected);
        // A casting vote sealed without a tie: not what the rule gives.
        let mut wrong = record;
        wrong.casting_vote = Some(Outcome::Carried);
        assert_eq!(
            recheck(wrong, t(31, 14, 0)).0,
            vec!["casting vote sealed carried, the rule gives none".to_string()]
        );
        let tie = rule(1, 2, true, Base::VotesCast, TieRule::ChairDecides);
        let (mut record, _) = decision(tie, t(20, 20, 0), q, Some(Outcome::Carried));
        record.casting_vote = None;
        assert_eq!(record.recompute(t(20, 20, 0)), Err(Undecidable::ChairMustDecide));
        // Unknown fields are refused.
        let mut v = serde_json::to_value(record).expect("value");
        v["said"] = serde_json::json!("carried, by acclamation");
        assert!(serde_json::from_value::<PollDecision>(v).is_err());
    }

    /// The seal's text is the canonical JSON (what `Value` prints, keys
    /// sorted) for every shape a document takes, so a verifier that parses
    /// and prints it again gets the digest that was signed; and the same
    /// type reads it back.
    #[test]
    fn a_seal_document_is_written_in_canonical_form() {
        let named = [(3, "yes".to_string(), "ab".repeat(32)), (7, "no \"quoted\" é".to_string(), "cd".repeat(32))];
        let secret = [("ef".repeat(32), "abstain".to_string())];
        let (receipts, choices) = crate::domain::secrecy::apart(secret.iter().map(|(r, c)| (r.as_str(), c.as_str())));
        fn cows(l: Vec<&str>) -> Vec<Cow<'_, str>> {
            l.into_iter().map(Cow::Borrowed).collect()
        }
        type Shape<'a> = (
            BallotType,
            Option<Vec<NamedBallot<'a>>>,
            Option<(Vec<Cow<'a, str>>, Vec<Cow<'a, str>>)>,
            Option<RoomCount>,
            Option<LedgerHead>,
        );
        let shapes: [Shape<'_>; 3] = [
            (
                BallotType::RollCall,
                Some(
                    named
                        .iter()
                        .map(|(o, c, r)| NamedBallot {
                            choice: Cow::Borrowed(c),
                            organisation: *o,
                            receipt_hash: Cow::Borrowed(r),
                        })
                        .collect(),
                ),
                None,
                None,
                Some(LedgerHead { hash: "00".into(), seq: 41 }),
            ),
            (BallotType::Secret, None, Some((cows(receipts), cows(choices))), None, None),
            (
                BallotType::Tellers,
                Some(vec![]),
                None,
                Some(RoomCount { abstain: 0, no: 2, organisations: vec![4], yes: 1 }),
                None,
            ),
        ];
        let q = quorum(None, 52, 45, 3);
        let decisions = [
            decision(MajorityRule::SIMPLE, t(1, 1, 0), q, None).0,
            decision(rule(2, 3, false, Base::AllMembers, TieRule::ChairDecides), t(1, 1, 0), q, Some(Outcome::Carried))
                .0,
            decision(MajorityRule::SIMPLE, t(1, 1, 0), quorum(Some((2, 3, true)), 52, 3, 0), None).0,
        ];
        for ((ballot_type, ballots, secret, room, ledger_head), decision) in shapes.into_iter().zip(decisions) {
            let (receipts, choices) = secret.unzip();
            let document = PollSeal {
                ballot_type,
                ballots,
                choices,
                closed_at: "2026-05-16T10:00:00Z".into(),
                decision,
                eligible: vec![
                    EligibleLine { holder: None, organisation: 3 },
                    EligibleLine { holder: Some(3), organisation: 7 },
                ],
                explanation: "Carried: 1 yes\nagainst 1 no".into(),
                ledger_head,
                motion: MotionRef {
                    id: 9,
                    kind: "ordinary".into(),
                    language: Some("fr".into()),
                    text_sha256: Some("ab".into()),
                    title: "Accounts <2025>".into(),
                    translations: vec![TranslationRef { language: "de".into(), sha256: "cd".into() }],
                },
                opened_at: "2026-05-16T09:00:00Z".into(),
                outcome: Outcome::Rejected,
                participants: vec![3, 7],
                participations: 2,
                poll: 5,
                receipts,
                room,
                tally: Tally { yes: 1, no: 1, abstain: 0 }.into(),
            };
            let text = document.canonical().expect("text");
            let value: serde_json::Value = serde_json::from_str(&text).expect("json");
            assert_eq!(text, value.to_string(), "{ballot_type:?}");
            let read: PollSeal<'static> = serde_json::from_value(value.clone()).expect("read back");
            assert_eq!(read, document, "{ballot_type:?}");
            // One field more, anywhere, and it is not a poll seal.
            for path in ["", "/decision", "/decision/quorum", "/motion", "/motion/translations/0", "/tally"] {
                let mut v = value.clone();
                if let Some(serde_json::Value::Object(m)) = v.pointer_mut(path) {
                    m.insert("forged".into(), serde_json::json!(1));
                }
                assert!(serde_json::from_value::<PollSeal<'static>>(v).is_err(), "{ballot_type:?} {path}");
            }
        }
    }
}
