//! Checks of one sealed election round.

use super::{Findings, Kind, Ledger};
use crate::audit::event::{Event, RoundClosed, RoundOpened};
use crate::audit::LedgerEntry;
use crate::domain::election::{count, RoundResult};
use crate::export::bundle::Sealed;
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Debug, Deserialize)]
struct Entry {
    organisation: i64,
    holder: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct Ballot {
    choices: Vec<i64>,
}

#[derive(Debug, Deserialize)]
struct Head {
    seq: i64,
    hash: String,
}

/// A round's sealed document, as `close_round` writes it.
#[derive(Debug, Deserialize)]
struct RoundSeal {
    round: i64,
    seats: u32,
    absolute_majority: bool,
    candidates: Vec<i64>,
    eligible: Vec<Entry>,
    participants: Vec<i64>,
    ballots: Vec<Ballot>,
    /// The receipt hashes, apart from the ballots (since issue 14; before,
    /// each ballot carried its own).
    #[serde(default)]
    receipts: Option<Vec<String>>,
    result: RoundResult,
    ledger_head: Option<Head>,
}

/// Runs every check on one sealed round.
pub(super) fn check(f: &mut Findings, ledger: &Ledger<'_>, public_key: &str, r: &Sealed) {
    let subject = format!("election round {}", r.id);
    if !super::seal_holds(f, &subject, r, public_key) {
        return;
    }
    let doc: RoundSeal = match serde_json::from_value(r.document.clone()) {
        Ok(d) => d,
        Err(e) => return f.add(Kind::Unreadable, &subject, format!("the sealed document cannot be read: {e}")),
    };
    if doc.round != r.id {
        f.add(Kind::SealAltered, &subject, format!("the sealed document is about round {}", doc.round));
    }
    let key = format!("round:{}", r.id);
    let events: Vec<(&LedgerEntry, &Event)> = ledger.events_about(&key).collect();
    let closed: Vec<(&LedgerEntry, &RoundClosed)> = events
        .iter()
        .filter_map(|(e, event)| match event {
            Event::RoundClosed(c) => Some((*e, c)),
            _ => None,
        })
        .collect();
    let opened: Vec<&RoundOpened> = events
        .iter()
        .filter_map(|(_, event)| match event {
            Event::RoundOpened(o) => Some(o),
            _ => None,
        })
        .collect();
    let cast = |(e, event): &(&LedgerEntry, &Event)| match event {
        Event::BallotCast(b) => Some((e.seq, b.organisation)),
        _ => None,
    };
    if opened.len() != 1 || closed.len() != 1 {
        f.add(Kind::SealLedger, &subject, "the ledger does not open and close it exactly once");
    }
    if let Some((close, said)) = closed.first() {
        if said.seal != r.digest {
            f.add(Kind::SealLedger, &subject, "the ledger's close carries another seal: changed after it was sealed");
        }
        match &doc.ledger_head {
            Some(h)
                if ledger.at_seq(h.seq).map(|e| e.hash.as_str()) == Some(h.hash.as_str()) && close.seq == h.seq + 1 => {
            }
            _ => f.add(Kind::SealLedger, &subject, "the sealed ledger head is not the event before the close"),
        }
        let voters: BTreeSet<i64> =
            events.iter().filter_map(cast).filter(|(seq, _)| *seq < close.seq).map(|(_, org)| org).collect();
        if voters != doc.participants.iter().copied().collect() {
            f.add(Kind::SealLedger, &subject, "the sealed participants are not the organisations the ledger saw vote");
        }
        if events.iter().filter_map(cast).any(|(seq, _)| seq > close.seq) {
            f.add(Kind::SealLedger, &subject, "a ballot after the close");
        }
    }
    let eligible: BTreeSet<i64> = doc.eligible.iter().map(|e| e.organisation).collect();
    if let Some(open) = opened.first() {
        let mut said = open.eligible.clone();
        said.sort_unstable();
        let mut sealed: Vec<(i64, Option<i64>)> = doc.eligible.iter().map(|e| (e.organisation, e.holder)).collect();
        sealed.sort_unstable();
        if said != sealed {
            f.add(Kind::Eligibility, &subject, "the sealed snapshot is not the one the ledger took at the opening");
        }
    }
    let mut seen = BTreeSet::new();
    for org in &doc.participants {
        if !eligible.contains(org) || !seen.insert(*org) {
            f.add(Kind::Eligibility, &subject, format!("organisation {org} voted but was not eligible, or twice"));
        }
    }
    if doc.participants.len() != doc.ballots.len() {
        f.add(Kind::Tally, &subject, format!("{} voters but {} ballots", doc.participants.len(), doc.ballots.len()));
    }
    if let Some(receipts) = &doc.receipts {
        // Sorted on their own, the lists say nothing of which receipt
        // carries which ballot; in any other order they could.
        let sorted = |l: &[Vec<i64>]| l.windows(2).all(|w| w[0] <= w[1]);
        let choices: Vec<Vec<i64>> = doc.ballots.iter().map(|b| b.choices.clone()).collect();
        if !receipts.windows(2).all(|w| w[0] <= w[1]) || !sorted(&choices) {
            f.add(
                Kind::Secrecy,
                &subject,
                "the receipts and ballots are not each sorted on their own: their order could pair them",
            );
        }
        let distinct: BTreeSet<&String> = receipts.iter().collect();
        if receipts.len() != doc.ballots.len() || distinct.len() != receipts.len() {
            f.add(
                Kind::Tally,
                &subject,
                format!(
                    "{} distinct receipts of {} listed for {} ballots",
                    distinct.len(),
                    receipts.len(),
                    doc.ballots.len()
                ),
            );
        }
    }
    let ballots: Vec<Vec<i64>> = doc.ballots.iter().map(|b| b.choices.clone()).collect();
    if count(doc.seats, doc.absolute_majority, &doc.candidates, &ballots) != doc.result {
        f.add(Kind::Tally, &subject, "the result is not the count of the sealed ballots");
    }
}
