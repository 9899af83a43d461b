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
fn fraction(f: Fraction) -> Msg {
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
    describe_said(d).into_iter().map(|m| m.text(lang)).collect()
}

/// [`describe`]'s sentences as messages, to be said in any language.
pub fn describe_said(d: &Decision) -> Vec<Msg> {
    let t = d.tally;
    let mut out = vec![Msg::TallyLine { yes: t.yes.into(), no: t.no.into(), abstain: t.abstain.into() }];
    if d.reason != Reason::NoQuorum {
        let threshold = d.rule.threshold();
        out.push(Msg::DecisionNeeded {
            fraction: Box::new(fraction(threshold)),
            basis: basis(d.rule.base),
            count: d.base_count.into(),
            needed: threshold.required(d.base_count).into(),
            casting: if matches!(d.reason, Reason::ChairCastingVote(_)) { "yes" } else { "no" }.to_string(),
        });
    }
    let q = &d.quorum;
    let (counted, full, required) = (n(q.counted()), n(q.full_members), n(q.required));
    out.push(match q.rule.0 {
        None => Msg::DecisionNoQuorumRequired { counted, full },
        Some(_) if q.quorate => Msg::DecisionQuorumReached { counted, full, required },
        Some(_) => Msg::DecisionQuorumNotReached { counted, full, required },
    });
    out
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
