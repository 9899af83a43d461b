//! Checks of one sealed poll.

use super::replay::Replay;
use super::{Findings, Kind, Ledger};
use crate::audit::event::{AssemblyCreated, Event, MotionCreated, PollClosed, PollOpened};
use crate::audit::poll_seal::{quorum_words, FractionRecord, PollSeal, RuleRecord, Undecidable};
use crate::audit::LedgerEntry;
use crate::domain::poll::{BallotType, Choice, Tally};
use crate::export::bundle::Sealed;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// Runs every check on one sealed poll.
pub(super) fn check(f: &mut Findings, ledger: &Ledger<'_>, replay: &Replay, public_key: &str, p: &Sealed) {
    let subject = format!("poll {}", p.id);
    if !super::seal_holds(f, &subject, p, public_key) {
        return;
    }
    let doc: PollSeal<'static> = match p.read() {
        Ok(d) => d,
        Err(e) => return f.add(Kind::Unreadable, &subject, format!("the sealed document cannot be read: {e}")),
    };
    if doc.poll != p.id {
        f.add(Kind::SealAltered, &subject, format!("the sealed document is about poll {}", doc.poll));
    }
    let key = format!("poll:{}", p.id);
    let secret = doc.ballot_type == BallotType::Secret;
    // The lists a seal carries are its ballot type's: who voted what, or
    // (secret) receipts and choices apart.
    let named: &[_] = doc.ballots.as_deref().unwrap_or_default();
    if secret && doc.ballots.is_some() {
        f.add(Kind::Secrecy, &subject, "a secret poll's seal lists ballots with their receipts");
    }
    if secret != (doc.receipts.is_some() && doc.choices.is_some()) || (!secret && doc.ballots.is_none()) {
        f.add(
            Kind::Unreadable,
            &subject,
            format!("the sealed lists are not those of a {} poll", doc.ballot_type.as_str()),
        );
    }

    // The seal against the ledger, read through the ledger's event types.
    let events: Vec<(&LedgerEntry, &Event)> = ledger.events_about(&key).collect();
    let opened: Vec<(&LedgerEntry, &PollOpened)> = of_kind!(ledger, &key, Event::PollOpened);
    let closed: Vec<(&LedgerEntry, &PollClosed)> = of_kind!(ledger, &key, Event::PollClosed);
    if opened.len() != 1 || closed.len() != 1 {
        f.add(
            Kind::SealLedger,
            &subject,
            format!(
                "the ledger opens it {} time(s) and closes it {} time(s), not once each",
                opened.len(),
                closed.len()
            ),
        );
    }
    if let Some((_, open)) = opened.first().copied() {
        if open.motion != doc.motion.id {
            f.add(Kind::SealLedger, &subject, format!("the ledger opened it on another motion than {}", doc.motion.id));
        }
    }
    let close = closed.first().map(|(e, _)| *e);
    if let Some((close, said)) = closed.first().copied() {
        if said.seal != p.digest || said.signature != p.signature {
            f.add(Kind::SealLedger, &subject, "the ledger's close carries another seal: changed after it was sealed");
        }
        let tally = (doc.tally.yes, doc.tally.no, doc.tally.abstain);
        if (said.yes, said.no, said.abstain) != tally || said.outcome != doc.outcome {
            f.add(Kind::SealLedger, &subject, "the ledger's close records another count or outcome than the seal");
        }
        match &doc.ledger_head {
            Some(head) => {
                if ledger.hash_at(head.seq) != Some(head.hash.as_str()) {
                    f.add(
                        Kind::SealLedger,
                        &subject,
                        format!("the sealed ledger head (event {}) is not in the ledger", head.seq),
                    );
                }
                if close.seq != head.seq + 1 {
                    f.add(Kind::SealLedger, &subject, "the close is not the event right after the sealed ledger head");
                }
            }
            None => f.add(Kind::SealLedger, &subject, "the seal names no ledger head"),
        }
        let late = events
            .iter()
            .filter(|(e, event)| {
                e.seq > close.seq
                    && matches!(event, Event::BallotCast(_) | Event::BallotChanged(_) | Event::TellersRecorded(_))
            })
            .count();
        if late > 0 {
            f.add(Kind::SealLedger, &subject, format!("{late} ballot event(s) after the close"));
        }
    }
    // Ballots: the last recorded ballot of each organisation before the close.
    let before_close = |e: &LedgerEntry| close.is_none_or(|c| e.seq < c.seq);
    let mut recorded: BTreeMap<i64, Option<String>> = BTreeMap::new();
    for (_, event) in events.iter().filter(|(e, _)| before_close(e)) {
        if let Event::BallotCast(b) | Event::BallotChanged(b) = event {
            recorded.insert(b.organisation, b.receipt_hash.clone());
        }
    }
    if secret {
        let voters: BTreeSet<i64> = recorded.keys().copied().collect();
        let participants: BTreeSet<i64> = doc.participants.iter().copied().collect();
        if voters != participants {
            f.add(Kind::SealLedger, &subject, "the sealed participants are not the organisations the ledger saw vote");
        }
    } else {
        let sealed: BTreeMap<i64, Option<String>> =
            named.iter().map(|b| (b.organisation, Some(b.receipt_hash.to_string()))).collect();
        if sealed != recorded {
            f.add(Kind::SealLedger, &subject, "the sealed ballots are not the ballots the ledger recorded");
        }
    }
    let room_recorded: Option<Vec<i64>> =
        events.iter().filter(|(e, _)| before_close(e)).find_map(|(_, event)| match event {
            Event::TellersRecorded(t) => Some(t.organisations.clone()),
            _ => None,
        });
    let mut room_sealed = doc.room.as_ref().map(|r| r.organisations.clone());
    if let Some(r) = room_sealed.as_mut() {
        r.sort_unstable();
    }
    if room_recorded != room_sealed {
        f.add(Kind::SealLedger, &subject, "the room's organisations differ between the seal and the ledger");
    }

    // Eligibility.
    let sealed_quorum = &doc.decision.quorum;
    let eligible: Vec<(i64, Option<i64>)> = {
        let mut e: Vec<_> = doc.eligible.iter().map(|e| (e.organisation, e.holder)).collect();
        e.sort_unstable();
        e
    };
    if let Some((_, open)) = opened.first() {
        let mut said: Vec<(i64, Option<i64>)> = open.eligible.iter().map(|e| (e.organisation, e.holder)).collect();
        said.sort_unstable();
        if said != eligible {
            f.add(Kind::Eligibility, &subject, "the sealed snapshot is not the one the ledger took at the opening");
        }
    }
    match replay.at_open(&key) {
        Some(snap) => {
            if snap.eligible != eligible {
                f.add(
                    Kind::Eligibility,
                    &subject,
                    "the snapshot is not who the register, attendance and proxies made eligible at the opening",
                );
            }
            if snap.full_members != sealed_quorum.full_members {
                f.add(
                    Kind::Eligibility,
                    &subject,
                    format!(
                        "{} full members at the opening, the seal says {}",
                        snap.full_members, sealed_quorum.full_members
                    ),
                );
            }
        }
        None => f.add(Kind::Eligibility, &subject, "no opening in the ledger to replay the snapshot at"),
    }
    let present = eligible.iter().filter(|(_, h)| h.is_none()).count() as u64;
    if present != sealed_quorum.present || eligible.len() as u64 - present != sealed_quorum.represented {
        f.add(Kind::Eligibility, &subject, "the quorum's present and represented are not the snapshot's");
    }
    let may_vote: BTreeSet<i64> = eligible.iter().map(|(o, _)| *o).collect();
    let mut online = BTreeSet::new();
    let voters: Vec<i64> =
        if secret { doc.participants.clone() } else { named.iter().map(|b| b.organisation).collect() };
    for org in &voters {
        if !may_vote.contains(org) {
            f.add(Kind::Eligibility, &subject, format!("organisation {org} voted but was not eligible"));
        }
        if !online.insert(*org) {
            f.add(Kind::Eligibility, &subject, format!("organisation {org} voted twice"));
        }
    }
    if let Some(room) = &doc.room {
        for org in &room.organisations {
            if !may_vote.contains(org) {
                f.add(
                    Kind::Eligibility,
                    &subject,
                    format!("organisation {org} was counted in the room but not eligible"),
                );
            }
            if online.contains(org) {
                f.add(Kind::Eligibility, &subject, format!("organisation {org} was counted in the room and online"));
            }
        }
    }

    // The tally, recounted: from a secret poll's choices (listed apart
    // from its receipts), or from the named ballots.
    let listed: Vec<&str> = if secret {
        doc.choices.iter().flatten().map(|c| &**c).collect()
    } else {
        named.iter().map(|b| &*b.choice).collect()
    };
    let receipts: Vec<&str> = if secret {
        doc.receipts.iter().flatten().map(|r| &**r).collect()
    } else {
        named.iter().map(|b| &*b.receipt_hash).collect()
    };
    let mut choices = Vec::with_capacity(listed.len());
    for c in &listed {
        match Choice::parse(c) {
            Some(c) => choices.push(c),
            None => f.add(Kind::Tally, &subject, format!("a ballot's choice {c:?} is not yes, no or abstain")),
        }
    }
    // Sorted on their own, a secret poll's lists say nothing of which
    // receipt carries which choice; in any other order they could.
    if secret && (!is_sorted(&receipts) || !is_sorted(&listed)) {
        f.add(
            Kind::Secrecy,
            &subject,
            "the receipts and choices are not each sorted on their own: their order could pair them",
        );
    }
    let distinct: BTreeSet<&str> = receipts.iter().copied().collect();
    if distinct.len() != receipts.len() {
        f.add(Kind::Tally, &subject, "a receipt is listed twice");
    }
    let mut recount = Tally::count(choices);
    let mut participations = voters.len() as u64;
    if let Some(room) = &doc.room {
        recount.yes += room.yes;
        recount.no += room.no;
        recount.abstain += room.abstain;
        participations += room.organisations.len() as u64;
    }
    let tally = Tally::from(doc.tally);
    if recount != tally {
        f.add(
            Kind::Tally,
            &subject,
            format!(
                "the ballots count {}/{}/{} (yes/no/abstain), the seal says {}/{}/{}",
                recount.yes, recount.no, recount.abstain, tally.yes, tally.no, tally.abstain
            ),
        );
    }
    if secret && (doc.participants.len() != listed.len() || receipts.len() != listed.len()) {
        f.add(
            Kind::Tally,
            &subject,
            format!("{} voters, {} receipts but {} ballots", doc.participants.len(), receipts.len(), listed.len()),
        );
    }
    if participations != doc.participations || tally.check(participations, eligible.len() as u64).is_err() {
        f.add(
            Kind::Tally,
            &subject,
            format!("{} ballots from {} voters of {} eligible", tally.ballots(), participations, eligible.len()),
        );
    }

    // The decision, recomputed from the sealed rule, quorum numbers and
    // tally, and compared as data (never as the sentence).
    match doc.decision.recompute(tally) {
        Ok((want, outcome)) => {
            for difference in doc.decision.differences(&want) {
                f.add(Kind::Rule, &subject, difference);
            }
            if outcome != doc.outcome {
                f.add(
                    Kind::Rule,
                    &subject,
                    format!("the rule gives {}, the seal says {}", outcome.as_str(), doc.outcome.as_str()),
                );
            }
        }
        Err(Undecidable::ChairMustDecide) => {
            f.add(Kind::Rule, &subject, "a tie the chair had to decide, with no casting vote sealed")
        }
    }

    // The rule itself, against the one the ledger gave the motion.
    // (With no opening, reported above, there is nothing to compare with.)
    if let Some((open, _)) = opened.first().copied() {
        rule_against_ledger(f, ledger, &subject, &doc, open);
    }
}

/// The sealed majority and quorum rules against those the ledger gave the
/// motion before the poll opened: its creation's `majority`, and its
/// `quorum` or, when that is `null`, the assembly's at its creation. Read
/// through the events' types: no other kind of event carries a motion's or
/// an assembly's rules (an amendment is a motion of its own, and an
/// assembly's changes are its particulars), so none can change them.
fn rule_against_ledger(f: &mut Findings, ledger: &Ledger<'_>, subject: &str, doc: &PollSeal<'_>, open: &LedgerEntry) {
    let motion = doc.motion.id;
    let created: Vec<(&LedgerEntry, &MotionCreated)> =
        of_kind!(ledger, &format!("motion:{motion}"), Event::MotionCreated, before open.seq);
    let [(created_at, created)] = created.as_slice() else {
        return f.add(
            Kind::SealLedger,
            subject,
            format!("the ledger creates motion {motion} {} time(s) before the poll opens, not once", created.len()),
        );
    };
    texts_against_ledger(f, ledger, subject, doc, created, open);
    let sealed = doc.decision.rule;
    let given = RuleRecord::from(created.majority);
    if given != sealed {
        f.add(
            Kind::Rule,
            subject,
            format!(
                "the seal applies the majority {sealed}; the ledger gave motion {motion} the majority {given} (event {})",
                created_at.seq
            ),
        );
    }
    // The motion's own quorum, else the assembly's.
    let (given, whose) = match created.quorum {
        Some(q) => (Some(FractionRecord::from(q)), format!("motion {motion}'s own (event {})", created_at.seq)),
        None => {
            let assembly = created.assembly;
            let creations: Vec<(&LedgerEntry, &AssemblyCreated)> =
                of_kind!(ledger, &format!("assembly:{assembly}"), Event::AssemblyCreated, before open.seq);
            let [(a_at, a)] = creations.as_slice() else {
                return f.add(
                    Kind::SealLedger,
                    subject,
                    format!(
                        "the ledger creates assembly {assembly} {} time(s) before the poll opens, not once",
                        creations.len()
                    ),
                );
            };
            (a.quorum.map(FractionRecord::from), format!("assembly {assembly}'s (event {})", a_at.seq))
        }
    };
    if given != doc.decision.quorum.rule {
        f.add(
            Kind::Rule,
            subject,
            format!(
                "the seal applies {}; the ledger gave motion {motion} {}, {whose}",
                quorum_words(doc.decision.quorum.rule),
                quorum_words(given)
            ),
        );
    }
}

/// The texts a seal names: the authoritative text's language and SHA-256
/// are those of the motion the ledger created, and the translations are
/// the last of each language the ledger recorded before the vote opened.
/// Seals made before motions had languages name none, and are not held to
/// it.
fn texts_against_ledger(
    f: &mut Findings,
    ledger: &Ledger<'_>,
    subject: &str,
    doc: &PollSeal<'_>,
    created: &MotionCreated,
    open: &LedgerEntry,
) {
    let motion = doc.motion.id;
    // What the seal says the motion is: its title and kind as created (a
    // motion's title never changes).
    if doc.motion.title != created.title || doc.motion.kind != created.kind {
        f.add(
            Kind::SealLedger,
            subject,
            format!("the seal names motion {motion} by another title or kind than the ledger created it with"),
        );
    }
    // A motion made with a language is sealed with its language and text:
    // a seal without them would hide which text was voted on.
    if created.language.is_some() && (doc.motion.language.is_none() || doc.motion.text_sha256.is_none()) {
        f.add(
            Kind::SealLedger,
            subject,
            format!("the seal leaves out motion {motion}'s language or text, which the ledger has"),
        );
    }
    if let Some(sealed) = &doc.motion.text_sha256 {
        let given = hex::encode(Sha256::digest(created.text.as_bytes()));
        if *sealed != given {
            f.add(
                Kind::SealLedger,
                subject,
                format!("the seal names another text than motion {motion}'s in the ledger"),
            );
        }
    }
    if let Some(sealed) = &doc.motion.language {
        let given = created.language.as_deref().unwrap_or("en");
        if sealed != given {
            f.add(
                Kind::SealLedger,
                subject,
                format!("the seal says motion {motion}'s text is in {sealed}; the ledger says {given}"),
            );
        }
    }
    let mut translated: BTreeMap<String, String> = BTreeMap::new();
    for (_, t) in of_kind!(ledger, &format!("motion:{motion}"), Event::MotionTranslated, before open.seq) {
        translated.insert(t.language.clone(), t.sha256.clone());
    }
    // Seals made before motions had languages name none, and had no
    // translations to name.
    if doc.motion.text_sha256.is_none() && translated.is_empty() {
        return;
    }
    let sealed: BTreeMap<String, String> =
        doc.motion.translations.iter().map(|t| (t.language.clone(), t.sha256.clone())).collect();
    if sealed.len() != doc.motion.translations.len() {
        f.add(Kind::SealLedger, subject, format!("the seal names a translation of motion {motion} twice"));
    }
    if sealed != translated {
        f.add(
            Kind::SealLedger,
            subject,
            format!("the seal lists other translations of motion {motion} than the ledger recorded before the vote"),
        );
    }
}

fn is_sorted<T: Ord>(list: &[T]) -> bool {
    list.windows(2).all(|w| w[0] <= w[1])
}
