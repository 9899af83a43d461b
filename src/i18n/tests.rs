//! The catalogue's tests: every language complete, the sentences right.

use super::*;
use crate::domain::fraction::Fraction;
use crate::domain::majority::Outcome;
use crate::domain::majority::{decide, MajorityRule};
use crate::domain::poll::Tally;
use crate::domain::quorum::QuorumRule;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn messages_take_their_arguments() {
    let m = Msg::AlreadyVoted { org: "Réseau Lille".into() };
    assert_eq!(m.en(), "Réseau Lille has already voted in this poll; its vote counts once.");
}

#[test]
fn explanation_matches_the_design_example() {
    let q = QuorumRule(Some(Fraction::new(1, 2, false).unwrap())).assess(52, 38, 0);
    let d = decide(MajorityRule::SIMPLE, Tally { yes: 31, no: 14, abstain: 2 }, q, None).unwrap();
    assert_eq!(explain(&d), "Carried: 31 of 45 votes cast (> 1/2); quorum 38 of 52 (>= 1/2).");
}

/// A tie says what it means once, not "Rejected: ... is rejected"
/// (an outside review).
#[test]
fn a_tie_is_said_once() {
    let q = QuorumRule(Some(Fraction::new(1, 2, false).unwrap())).assess(10, 8, 0);
    let d = decide(MajorityRule::SIMPLE, Tally { yes: 3, no: 3, abstain: 2 }, q, None).unwrap();
    assert_eq!(
        explain(&d),
        "Rejected: a tie of 3 for and 3 against does not carry the motion; quorum 8 of 10 (>= 1/2)."
    );
}

#[test]
fn a_decision_in_words() {
    use crate::domain::majority::{Base, MajorityRule, TieRule};
    let half = QuorumRule(Some(Fraction::new(1, 2, false).unwrap()));
    let two_thirds_present = MajorityRule {
        numerator: 2,
        denominator: 3,
        strict: false,
        base: Base::PresentAndRepresented,
        tie: TieRule::Rejected,
    };
    let chair = MajorityRule { tie: TieRule::ChairDecides, ..MajorityRule::SIMPLE };
    // (rule, tally, full members, present, chair's vote, sentences)
    type Row = (MajorityRule, Tally, u64, u64, Option<Outcome>, [&'static str; 3]);
    let table: [Row; 4] = [
        (MajorityRule::SIMPLE, Tally { yes: 9, no: 3, abstain: 1 }, 52, 38, None, [
            "9 in favour, 3 against, 1 abstention.",
            "Needed: more than half of the 12 votes cast, so at least 7 in favour. Abstentions are not votes cast.",
            "Quorum reached: 38 of 52 full members present or represented; at least 26 needed.",
        ]),
        (two_thirds_present, Tally { yes: 20, no: 2, abstain: 0 }, 52, 30, None, [
            "20 in favour, 2 against, no abstention.",
            "Needed: at least two thirds of the 30 full members present or represented, so at least 20 in favour. An abstention counts as not in favour.",
            "Quorum reached: 30 of 52 full members present or represented; at least 26 needed.",
        ]),
        (MajorityRule::SIMPLE, Tally { yes: 1, no: 0, abstain: 2 }, 52, 20, None, [
            "1 in favour, 0 against, 2 abstentions.",
            "Quorum not reached: 20 of 52 full members present or represented; at least 26 needed.",
            "",
        ]),
        (chair, Tally { yes: 4, no: 4, abstain: 0 }, 10, 8, Some(Outcome::Carried), [
            "4 in favour, 4 against, no abstention.",
            "Needed: more than half of the 9 votes cast, so at least 5 in favour, the chair's casting vote included. Abstentions are not votes cast.",
            "Quorum reached: 8 of 10 full members present or represented; at least 5 needed.",
        ]),
    ];
    for (rule, tally, full, present, vote, want) in table {
        let d = decide(rule, tally, half.assess(full, present, 0), vote).unwrap();
        let want: Vec<&str> = want.into_iter().filter(|w| !w.is_empty()).collect();
        assert_eq!(describe(Lang::En, &d), want);
    }
}

#[test]
fn rules_in_words() {
    use crate::domain::majority::{Base, MajorityRule, TieRule};
    let half = QuorumRule(Some(Fraction::new(1, 2, false).unwrap()));
    assert_eq!(
        rules(&MajorityRule::SIMPLE, half).en(),
        "To carry: more than half of the votes cast (abstentions do not count); a tie is rejected. \
         Quorum: at least half of the full members present or represented."
    );
    let statutes = MajorityRule {
        numerator: 2,
        denominator: 3,
        strict: false,
        base: Base::AllMembers,
        tie: TieRule::ChairDecides,
    };
    assert_eq!(
        rules(&statutes, QuorumRule(None)).en(),
        "To carry: at least two thirds of all full members; the chair decides a tie. Quorum: none required."
    );
}

#[test]
fn explanation_of_a_missing_quorum() {
    let q = QuorumRule(Some(Fraction::new(1, 2, false).unwrap())).assess(52, 20, 0);
    let d = decide(MajorityRule::SIMPLE, Tally { yes: 15, no: 3, abstain: 2 }, q, None).unwrap();
    assert_eq!(explain(&d), "Rejected: the quorum was not reached; quorum 20 of 52 (>= 1/2).");
}

/// The variables a pattern refers to, wherever they stand (in text,
/// selectors, variants, function calls).
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, out);
        }
    }
}

/// Each message of a Fluent file with the variables it uses.
fn messages_of(source: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables(p, &mut vars);
            }
            if out.insert(m.id.name.to_string(), vars).is_some() {
                return Err(format!("{} is defined twice", m.id.name));
            }
        }
    }
    Ok(out)
}

/// Every language has every message of the catalogue, with exactly the
/// catalogue's arguments, and nothing else: a translator's slip fails
/// here, not in front of a delegate.
#[test]
fn every_language_has_every_message_with_its_arguments() {
    let catalogue: BTreeMap<String, BTreeSet<String>> = Msg::SIGNATURES
        .iter()
        .map(|(name, args)| (bundles::fluent_id(name), args.iter().map(|a| a.to_string()).collect()))
        .collect();
    assert_eq!(catalogue.len(), Msg::SIGNATURES.len(), "two messages share an id");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        assert!(bundles::parse(*lang).is_ok(), "{}: {:?}", lang.tag(), bundles::parse(*lang));
        let file = match messages_of(lang.source()) {
            Ok(f) => f,
            Err(e) => {
                problems.push(format!("{}: {e}", lang.tag()));
                continue;
            }
        };
        for (id, args) in &catalogue {
            match file.get(id) {
                None => problems.push(format!("{}: {id} is missing", lang.tag())),
                Some(used) if used != args => {
                    problems.push(format!("{}: {id} uses {used:?}; the catalogue gives {args:?}", lang.tag()))
                }
                Some(_) => {}
            }
        }
        for id in file.keys().filter(|id| !catalogue.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in the catalogue", lang.tag()));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The test above would catch a file that lacks a message or changes its
/// arguments (it is not vacuous).
#[test]
fn the_completeness_check_sees_a_missing_message_and_a_wrong_argument() {
    let file = messages_of("already-voted = { $organisation } has voted.\n").unwrap();
    assert_eq!(file["already-voted"], BTreeSet::from(["organisation".to_string()]));
    assert!(!file.contains_key("poll-closed"));
    let select = messages_of("x = { $n ->\n    [one] one { $a }\n   *[other] { $b }\n}\n").unwrap();
    assert_eq!(select["x"], BTreeSet::from(["n".to_string(), "a".to_string(), "b".to_string()]));
}

#[test]
fn plurals_follow_each_language() {
    // (language, count, words)
    let table: &[(Lang, u64, &str)] =
        &[(Lang::En, 0, "no organisation"), (Lang::En, 1, "1 organisation"), (Lang::En, 2, "2 organisations")];
    for (lang, count, want) in table {
        assert_eq!(organisations(*lang, *count), *want, "{} {count}", lang.tag());
    }
}

#[test]
fn a_language_is_chosen_from_a_tag_or_a_ranking() {
    // (tag, language)
    let table: &[(&str, Option<Lang>)] = &[
        ("en", Some(Lang::En)),
        ("fr", Some(Lang::Fr)),
        ("fr-BE", Some(Lang::Fr)),
        ("DE", Some(Lang::De)),
        ("de_AT", Some(Lang::De)),
        ("pl-PL", Some(Lang::Pl)),
        ("es-419", Some(Lang::Es)),
        ("it-CH", Some(Lang::It)),
        ("en-XA", Some(Lang::Pseudo)),
        ("nl", None),
        ("", None),
        ("*", None),
        ("frr", None),
    ];
    for (tag, want) in table {
        assert_eq!(Lang::from_tag(tag), *want, "{tag:?}");
    }
    assert_eq!(Lang::negotiate(["nl-BE", "fr", "en"], false), Some(Lang::Fr));
    assert_eq!(Lang::negotiate(["en-XA", "de"], false), Some(Lang::De));
    assert_eq!(Lang::negotiate(["en-XA", "de"], true), Some(Lang::Pseudo));
    assert_eq!(Lang::negotiate(["nl", "sv"], false), None);
}

#[test]
fn the_pseudo_locale_is_longer_and_accented() {
    let en = Msg::PollClosed.en();
    let pseudo = Msg::PollClosed.text(Lang::Pseudo);
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    assert!(letters(&pseudo) * 10 >= letters(&en) * 14, "every word 40% longer: {pseudo}");
    assert!(!pseudo.is_ascii(), "{pseudo}");
    // Arguments pass as they are: only the catalogue's words change.
    let named = Msg::AlreadyVoted { org: "Réseau Lille".into() }.text(Lang::Pseudo);
    assert!(named.contains("Réseau Lille"), "{named}");
}

#[test]
fn dates_follow_each_language() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let at = day.and_hms_opt(14, 5, 0).unwrap();
    // (language, day, day and time): CLDR's long forms; a 24-hour clock
    // everywhere, English included (European English).
    let table: &[(Lang, &str, &str)] = &[
        (Lang::En, "1 December 2026", "1 December 2026 at 14:05"),
        (Lang::Fr, "1 décembre 2026", "1 décembre 2026 à 14:05"),
        (Lang::De, "1. Dezember 2026", "1. Dezember 2026 um 14:05"),
        (Lang::Es, "1 de diciembre de 2026", "1 de diciembre de 2026 a las 14:05"),
        (Lang::It, "1 dicembre 2026", "1 dicembre 2026 alle ore 14:05"),
        (Lang::Pl, "1 grudnia 2026", "1 grudnia 2026 14:05"),
    ];
    for (lang, day_words, at_words) in table {
        assert_eq!(date(*lang, day), *day_words);
        assert_eq!(date_time(*lang, at), *at_words);
        assert_eq!(time(*lang, at.time()), "14:05");
    }
}

#[test]
fn a_message_a_language_lacks_is_said_in_english() {
    // Every language has every message (the test above); the fallback is
    // for a file edited on a running instance's next build.
    assert_eq!(bundles::format(Lang::Fr, "NoSuchMessage", &FluentArgs::new()), "no-such-message");
    assert_eq!(bundles::fluent_id("AlreadyVoted"), "already-voted");
}

#[test]
fn a_message_inside_a_message_is_in_the_same_language() {
    let m = Msg::PollNotOpenable { state: Box::new(Msg::StateClosed) };
    assert_eq!(
        m.en(),
        format!("A poll can only be opened while the assembly is in session (it is {}).", Msg::StateClosed.en())
    );
}
