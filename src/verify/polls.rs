//! Checks of one sealed poll.

use super::replay::Replay;
use super::{Findings, Kind, Ledger};
use crate::audit::event::{Event, PollClosed, PollOpened};
use crate::audit::LedgerEntry;
use crate::domain::fraction::Fraction;
use crate::domain::majority::{decide, MajorityRule, Outcome};
use crate::domain::poll::{Choice, Tally};
use crate::domain::quorum::QuorumRule;
use crate::export::bundle::Sealed;
use crate::i18n::{explain, Lang};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Deserialize)]
struct Entry {
    organisation: i64,
    holder: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct Ballot {
    organisation: Option<i64>,
    choice: String,
    receipt_hash: String,
}

#[derive(Debug, Deserialize)]
struct Room {
    yes: u64,
    no: u64,
    abstain: u64,
    organisations: Vec<i64>,
}

#[derive(Debug, Deserialize)]
struct SealedQuorum {
    rule: Option<Fraction>,
    full_members: u64,
    present: u64,
    represented: u64,
    quorate: bool,
}

#[derive(Debug, Deserialize)]
struct Head {
    seq: i64,
    hash: String,
}

#[derive(Debug, Deserialize)]
struct SealedTally {
    yes: u64,
    no: u64,
    abstain: u64,
}

/// A poll's sealed document, as `close_poll` writes it.
#[derive(Debug, Deserialize)]
struct PollSeal {
    poll: i64,
    ballot_type: String,
    eligible: Vec<Entry>,
    participants: Vec<i64>,
    /// Who voted what (roll calls, tellers' online ballots); a secret
    /// poll's seal of before issue 14 listed its choices here with their
    /// receipts.
    #[serde(default)]
    ballots: Vec<Ballot>,
    /// A secret poll's receipt hashes and, apart, its choices.
    #[serde(default)]
    receipts: Option<Vec<String>>,
    #[serde(default)]
    choices: Option<Vec<String>>,
    room: Option<Room>,
    participations: u64,
    rule: MajorityRule,
    quorum: SealedQuorum,
    tally: SealedTally,
    outcome: Outcome,
    chair_decision: Option<Outcome>,
    explanation: String,
    ledger_head: Option<Head>,
}

/// Runs every check on one sealed poll.
pub(super) fn check(f: &mut Findings, ledger: &Ledger<'_>, replay: &Replay, public_key: &str, p: &Sealed) {
    let subject = format!("poll {}", p.id);
    if !super::seal_holds(f, &subject, p, public_key) {
        return;
    }
    let doc: PollSeal = match serde_json::from_value(p.document.clone()) {
        Ok(d) => d,
        Err(e) => return f.add(Kind::Unreadable, &subject, format!("the sealed document cannot be read: {e}")),
    };
    if doc.poll != p.id {
        f.add(Kind::SealAltered, &subject, format!("the sealed document is about poll {}", doc.poll));
    }
    let key = format!("poll:{}", p.id);
    let secret = doc.ballot_type == "secret";

    // The seal against the ledger, read through the ledger's event types.
    let events: Vec<(&LedgerEntry, &Event)> = ledger.events_about(&key).collect();
    let opened: Vec<(&LedgerEntry, &PollOpened)> = events
        .iter()
        .filter_map(|(e, event)| match event {
            Event::PollOpened(o) => Some((*e, o)),
            _ => None,
        })
        .collect();
    let closed: Vec<(&LedgerEntry, &PollClosed)> = events
        .iter()
        .filter_map(|(e, event)| match event {
            Event::PollClosed(c) => Some((*e, c)),
            _ => None,
        })
        .collect();
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
                if ledger.at_seq(head.seq).map(|e| e.hash.as_str()) != Some(head.hash.as_str()) {
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
            doc.ballots.iter().filter_map(|b| Some((b.organisation?, Some(b.receipt_hash.clone())))).collect();
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
            if snap.full_members != doc.quorum.full_members {
                f.add(
                    Kind::Eligibility,
                    &subject,
                    format!(
                        "{} full members at the opening, the seal says {}",
                        snap.full_members, doc.quorum.full_members
                    ),
                );
            }
        }
        None => f.add(Kind::Eligibility, &subject, "no opening in the ledger to replay the snapshot at"),
    }
    let present = eligible.iter().filter(|(_, h)| h.is_none()).count() as u64;
    if present != doc.quorum.present || eligible.len() as u64 - present != doc.quorum.represented {
        f.add(Kind::Eligibility, &subject, "the quorum's present and represented are not the snapshot's");
    }
    let may_vote: BTreeSet<i64> = eligible.iter().map(|(o, _)| *o).collect();
    let mut online = BTreeSet::new();
    let voters: Vec<i64> =
        if secret { doc.participants.clone() } else { doc.ballots.iter().filter_map(|b| b.organisation).collect() };
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
    let listed: Vec<&str> = match (&doc.choices, secret) {
        (Some(c), true) => c.iter().map(String::as_str).collect(),
        _ => doc.ballots.iter().map(|b| b.choice.as_str()).collect(),
    };
    let receipts: Vec<&str> = match (&doc.receipts, secret) {
        (Some(r), true) => r.iter().map(String::as_str).collect(),
        _ => doc.ballots.iter().map(|b| b.receipt_hash.as_str()).collect(),
    };
    let mut choices = Vec::with_capacity(listed.len());
    for c in &listed {
        match Choice::parse(c) {
            Some(c) => choices.push(c),
            None => f.add(Kind::Tally, &subject, format!("a ballot's choice {c:?} is not yes, no or abstain")),
        }
    }
    if secret && doc.receipts.is_some() {
        // Sorted on their own, the lists say nothing of which receipt
        // carries which choice; in any other order they could.
        if !is_sorted(&receipts) || !is_sorted(&listed) || !doc.ballots.is_empty() {
            f.add(
                Kind::Secrecy,
                &subject,
                "the receipts and choices are not each sorted on their own: their order could pair them",
            );
        }
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
    let tally = Tally { yes: doc.tally.yes, no: doc.tally.no, abstain: doc.tally.abstain };
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

    // The rules, reapplied.
    let quorum =
        QuorumRule(doc.quorum.rule).assess(doc.quorum.full_members, doc.quorum.present, doc.quorum.represented);
    if quorum.quorate != doc.quorum.quorate {
        f.add(
            Kind::Rule,
            &subject,
            format!("the quorum rule gives quorate = {}, the seal says {}", quorum.quorate, doc.quorum.quorate),
        );
    }
    match decide(doc.rule, tally, quorum, doc.chair_decision) {
        Ok(d) => {
            if d.outcome != doc.outcome {
                f.add(
                    Kind::Rule,
                    &subject,
                    format!("the rule gives {}, the seal says {}", d.outcome.as_str(), doc.outcome.as_str()),
                );
            }
            if explain(Lang::En, &d) != doc.explanation {
                f.add(Kind::Rule, &subject, "the explanation is not the one the rule gives");
            }
        }
        Err(_) => f.add(Kind::Rule, &subject, "a tie the chair had to decide, with no decision recorded"),
    }
}

fn is_sorted<T: Ord>(list: &[T]) -> bool {
    list.windows(2).all(|w| w[0] <= w[1])
}
