//! Decisions and rules in words: the sentences the room hears and the
//! minutes print, built from the decision's numbers in any language.

use super::{Lang, Msg};
use crate::domain::fraction::Fraction;
use crate::domain::majority::{Base, Decision, MajorityRule, Outcome, Reason, TieRule};
use crate::domain::quorum::{QuorumRule, QuorumStatus};

/// The sentence stored with a closed poll's result, e.g. "Carried: 31 of
/// 45 votes cast (> 1/2); quorum 38 of 52 (>= 1/2)." It is part of the
/// record (DESIGN.md's example), so it is always English: pages and
/// minutes in other languages say the decision with [`describe`], from
/// the same numbers.
pub fn explain(d: &Decision) -> String {
    let verdict = match d.outcome {
        Outcome::Carried => "Carried",
        Outcome::Rejected => "Rejected",
    };
    let base = match d.rule.base {
        Base::VotesCast => "votes cast",
        Base::PresentAndRepresented => "present and represented",
        Base::AllMembers => "full members",
    };
    let threshold = d.rule.threshold();
    let quorum = quorum_en(&d.quorum);
    match d.reason {
        Reason::Threshold => {
            format!("{verdict}: {} of {} {base} ({threshold}); {quorum}.", d.support, d.base_count)
        }
        Reason::NoQuorum => format!("{verdict}: the quorum was not reached; {quorum}."),
        Reason::NoSupport => format!(
            "{verdict}: no vote in favour ({} against, {} abstentions); {quorum}.",
            d.tally.no, d.tally.abstain
        ),
        Reason::TieRejected => format!(
            "{verdict}: a tie of {} for and {} against does not carry the motion; {quorum}.",
            d.tally.yes, d.tally.no
        ),
        Reason::ChairCastingVote(vote) => format!(
            "{verdict} on the chair's casting vote ({}) after a tie of {} to {}: {} of {} {base} ({threshold}); {quorum}.",
            if vote == Outcome::Carried { "for" } else { "against" },
            d.tally.yes,
            d.tally.no,
            d.support,
            d.base_count
        ),
    }
}

fn quorum_en(q: &QuorumStatus) -> String {
    match q.rule.0 {
        None => format!("no quorum required ({} of {} present or represented)", q.counted(), q.full_members),
        Some(f) => format!("quorum {} of {} ({f})", q.counted(), q.full_members),
    }
}

/// A count as a message argument.
fn n(count: u64) -> super::Count {
    count.into()
}

/// What a majority is counted of, as the catalogue's selector knows it.
fn basis(base: Base) -> String {
    match base {
        Base::VotesCast => "votes-cast",
        Base::PresentAndRepresented => "present",
        Base::AllMembers => "all",
    }
    .to_string()
}

/// "more than half", "at least two thirds", "at least 3/5".
pub fn fraction(f: Fraction) -> Msg {
    let share = match (f.numerator, f.denominator) {
        (1, 2) => "half",
        (2, 3) => "two-thirds",
        (3, 4) => "three-quarters",
        (1, 3) => "one-third",
        (n, d) if n == d => "all",
        _ => "other",
    };
    Msg::Fraction {
        strict: if f.strict { "yes" } else { "no" }.to_string(),
        share: share.to_string(),
        numerator: f.numerator.into(),
        denominator: f.denominator.into(),
    }
}

/// A decision in words for the people in the room: how many were for and
/// against, what majority was needed of what, in numbers, and the quorum.
/// "9 in favour, 3 against, 1 abstention." / "Needed: more than half of
/// the 12 votes cast, so at least 7 in favour. Abstentions are not votes
/// cast." / "Quorum reached: 38 of 52 full members present or
/// represented; at least 26 needed."
pub fn describe(lang: Lang, d: &Decision) -> Vec<String> {
    DecisionWords::from(d).in_words(lang)
}

/// [`describe`]'s sentences as messages, to be said in any language.
pub fn describe_said(d: &Decision) -> Vec<Msg> {
    DecisionWords::from(d).said()
}

/// What [`describe`] says a decision from, as plain data: the minutes
/// keep it, so that they say a decision in any language from the same
/// sealed record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct DecisionWords {
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    pub majority: MajorityRule,
    /// The count the majority was measured against.
    pub base_count: u64,
    /// Carried or rejected on the chair's casting vote after a tie.
    pub casting_vote: bool,
    /// Whether a quorum was required at all.
    pub quorum_required: bool,
    pub quorate: bool,
    /// Full members present or represented, of `full_members`.
    pub counted: u64,
    pub full_members: u64,
    /// How many present or represented the quorum needed.
    pub required: u64,
}

impl From<&Decision> for DecisionWords {
    fn from(d: &Decision) -> Self {
        let q = &d.quorum;
        DecisionWords {
            yes: d.tally.yes,
            no: d.tally.no,
            abstain: d.tally.abstain,
            majority: d.rule,
            base_count: d.base_count,
            casting_vote: matches!(d.reason, Reason::ChairCastingVote(_)),
            quorum_required: q.rule.0.is_some(),
            quorate: q.quorate,
            counted: q.counted(),
            full_members: q.full_members,
            required: q.required,
        }
    }
}

impl DecisionWords {
    /// The sentences, as messages.
    pub fn said(&self) -> Vec<Msg> {
        let mut out = vec![Msg::TallyLine { yes: n(self.yes), no: n(self.no), abstain: n(self.abstain) }];
        // Without its quorum a vote carries nothing: no majority is weighed.
        if !self.quorum_required || self.quorate {
            let threshold = self.majority.threshold();
            out.push(Msg::DecisionNeeded {
                fraction: Box::new(fraction(threshold)),
                basis: basis(self.majority.base),
                count: n(self.base_count),
                needed: n(threshold.required(self.base_count)),
                casting: if self.casting_vote { "yes" } else { "no" }.to_string(),
            });
        }
        let (counted, full, required) = (n(self.counted), n(self.full_members), n(self.required));
        out.push(match (self.quorum_required, self.quorate) {
            (false, _) => Msg::DecisionNoQuorumRequired { counted, full },
            (true, true) => Msg::DecisionQuorumReached { counted, full, required },
            (true, false) => Msg::DecisionQuorumNotReached { counted, full, required },
        });
        out
    }

    /// The sentences in a language.
    pub fn in_words(&self, lang: Lang) -> Vec<String> {
        self.said().into_iter().map(|m| m.text(lang)).collect()
    }
}

/// A motion's rules before its vote opens, in words: what carries it and
/// the quorum, for the chair to announce.
pub fn rules(rule: &MajorityRule, quorum: QuorumRule) -> Msg {
    let majority = Msg::RulesMajority {
        fraction: Box::new(fraction(rule.threshold())),
        basis: basis(rule.base),
        tie: match rule.tie {
            TieRule::Rejected => "rejected",
            TieRule::ChairDecides => "chair",
        }
        .to_string(),
    };
    let quorum = match quorum.0 {
        None => Msg::QuorumNoneRequired,
        Some(f) => Msg::RulesQuorum { fraction: Box::new(fraction(f)) },
    };
    Msg::RulesBeforeOpening { majority: Box::new(majority), quorum: Box::new(quorum) }
}

/// "1 organisation", "12 organisations", "no organisation".
pub fn organisations(lang: Lang, count: u64) -> String {
    Msg::Organisations { count: count.into() }.text(lang)
}
