//! Checks of one sealed election round.

use super::replay::Replay;
use super::{Findings, Kind, Ledger};
use crate::audit::event::{ElectionCreated, Event, RoundClosed, RoundOpened};
use crate::audit::round_seal::RoundSeal;
use crate::audit::LedgerEntry;
use crate::domain::election::{count, RoundResult};
use crate::export::bundle::Sealed;
use serde::Deserialize;
use std::collections::BTreeSet;

/// Runs every check on one sealed round.
pub(super) fn check(f: &mut Findings, ledger: &Ledger<'_>, replay: &Replay, public_key: &str, r: &Sealed) {
    let subject = format!("election round {}", r.id);
    if !super::seal_holds(f, &subject, r, public_key) {
        return;
    }
    let doc: RoundSeal = match r.read() {
        Ok(d) => d,
        Err(e) => return f.add(Kind::Unreadable, &subject, format!("the sealed document cannot be read: {e}")),
    };
    if doc.round != r.id {
        f.add(Kind::SealAltered, &subject, format!("the sealed document is about round {}", doc.round));
    }
    let key = format!("round:{}", r.id);
    let events: Vec<(&LedgerEntry, &Event)> = ledger.events_about(&key).collect();
    let closed: Vec<(&LedgerEntry, &RoundClosed)> = of_kind!(ledger, &key, Event::RoundClosed);
    let opened: Vec<(&LedgerEntry, &RoundOpened)> = of_kind!(ledger, &key, Event::RoundOpened);
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
        if result_of(said).as_ref() != Some(&doc.result) {
            f.add(Kind::SealLedger, &subject, "the ledger's close records another result than the seal");
        }
        match &doc.ledger_head {
            Some(h) if ledger.hash_at(h.seq) == Some(h.hash.as_str()) && close.seq == h.seq + 1 => {}
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
    if let Some((_, open)) = opened.first() {
        let mut said = open.eligible.clone();
        said.sort_unstable();
        let mut sealed: Vec<(i64, Option<i64>)> = doc.eligible.iter().map(|e| (e.organisation, e.holder)).collect();
        sealed.sort_unstable();
        if said != sealed {
            f.add(Kind::Eligibility, &subject, "the sealed snapshot is not the one the ledger took at the opening");
        }
    }
    // Who could vote, replayed from the register, attendance and proxies,
    // as for a poll.
    let mut sealed: Vec<(i64, Option<i64>)> = doc.eligible.iter().map(|e| (e.organisation, e.holder)).collect();
    sealed.sort_unstable();
    match replay.at_open(&key) {
        Some(snap) if snap.eligible != sealed => f.add(
            Kind::Eligibility,
            &subject,
            "the snapshot is not who the register, attendance and proxies made eligible at the opening",
        ),
        Some(_) => {}
        None => f.add(Kind::Eligibility, &subject, "no opening in the ledger to replay the snapshot at"),
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
    // Sorted on their own, the lists say nothing of which receipt carries
    // which ballot; in any other order they could.
    let receipts = &doc.receipts;
    if !receipts.windows(2).all(|w| w[0] <= w[1]) || !doc.ballots.windows(2).all(|w| w[0] <= w[1]) {
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
    // The result recounted from the sealed ballots under the sealed rule,
    // compared as data: the ranking, who is elected, a tie for a run-off,
    // the seats left for a second round, the majority needed.
    let ballots: Vec<Vec<i64>> = doc.ballots.iter().map(|b| b.choices.clone()).collect();
    let want = count(doc.seats, doc.absolute_majority, &doc.candidates, &ballots);
    if want.ranking != doc.result.ranking
        || (want.ballots, want.abstentions) != (doc.result.ballots, doc.result.abstentions)
    {
        f.add(Kind::Tally, &subject, "the result is not the count of the sealed ballots");
    } else {
        for difference in result_differences(&doc.result, &want) {
            f.add(Kind::Rule, &subject, difference);
        }
    }
    if let Some((open, _)) = events.iter().find(|(_, event)| matches!(event, Event::RoundOpened(_))) {
        rule_against_ledger(f, ledger, &subject, &doc, open);
    }
}

/// The result a round's close event carries (the result's fields, without
/// the seal and its signature).
fn result_of(close: &RoundClosed) -> Option<RoundResult> {
    let mut payload = serde_json::to_value(close).ok()?;
    let fields = payload.as_object_mut()?;
    fields.remove("seal");
    fields.remove("signature");
    RoundResult::deserialize(payload).ok()
}

/// The round as the ledger opened it.
fn opened(o: &RoundOpened) -> Opened {
    Opened {
        election: o.election,
        round: u32::try_from(o.round).unwrap_or(0),
        seats: o.seats,
        candidates: o.candidates.clone(),
    }
}

/// The typed reading of the event at `at` about `subject`.
fn typed_at<'l>(ledger: &'l Ledger<'_>, subject: &str, at: i64) -> Option<&'l Event> {
    ledger.events_about(subject).find(|(e, _)| e.seq == at).map(|(_, event)| event)
}

/// The parts of a sealed round result the rule did not give.
fn result_differences(sealed: &RoundResult, want: &RoundResult) -> Vec<String> {
    let mut out = Vec::new();
    let mut part = |name: &str, sealed: String, want: String| {
        if sealed != want {
            out.push(format!("{name}: the seal says {sealed}, the rule gives {want}"));
        }
    };
    part("elected", format!("{:?}", sealed.elected), format!("{:?}", want.elected));
    part("run-off", format!("{:?}", sealed.runoff), format!("{:?}", want.runoff));
    part("seats left", sealed.seats_left.to_string(), want.seats_left.to_string());
    part("majority needed", format!("{:?}", sealed.majority_needed), format!("{:?}", want.majority_needed));
    out
}

/// The round as the ledger opened it.
#[derive(Deserialize)]
struct Opened {
    election: i64,
    round: u32,
    seats: u32,
    candidates: Vec<i64>,
}

/// The sealed rule of the round (its election, seats, candidates and
/// whether an absolute majority is needed) against the ledger: the round's
/// opening, the election's creation, and the rounds of the election before
/// it (a later round fills the seats the one before left, among its
/// run-off's tied candidates or else every candidate not yet elected).
fn rule_against_ledger(f: &mut Findings, ledger: &Ledger<'_>, subject: &str, doc: &RoundSeal, open: &LedgerEntry) {
    let Some(Event::RoundOpened(this)) = typed_at(ledger, &open.subject, open.seq) else {
        return f.add(Kind::SealLedger, subject, format!("the ledger's opening (event {}) cannot be read", open.seq));
    };
    let this = opened(this);
    if this.election != doc.election {
        f.add(
            Kind::SealLedger,
            subject,
            format!("the seal is about election {}, the ledger opened it for election {}", doc.election, this.election),
        );
    }
    let mut sealed_candidates = doc.candidates.clone();
    sealed_candidates.sort_unstable();
    let mut opened_candidates = this.candidates.clone();
    opened_candidates.sort_unstable();
    if (doc.seats, &sealed_candidates) != (this.seats, &opened_candidates) {
        f.add(
            Kind::Rule,
            subject,
            format!(
                "the seal counts {} seat(s) among candidates {sealed_candidates:?}; the ledger opened it for {} seat(s) among {opened_candidates:?}",
                doc.seats, this.seats
            ),
        );
    }
    // The election's creation: its seats and its method.
    let created: Vec<(&LedgerEntry, &ElectionCreated)> =
        of_kind!(ledger, &format!("election:{}", this.election), Event::ElectionCreated, before open.seq);
    let [(created_at, created)] = created.as_slice() else {
        return f.add(
            Kind::SealLedger,
            subject,
            format!(
                "the ledger creates election {} {} time(s) before the round, not once",
                this.election,
                created.len()
            ),
        );
    };
    let method = |absolute: bool| if absolute { "with an absolute majority" } else { "by the most approvals" };
    let absolute = created.absolute_majority;
    let seats = created.seats;
    if absolute != doc.absolute_majority {
        f.add(
            Kind::Rule,
            subject,
            format!(
                "the seal elects {}; election {} was created to elect {} (event {})",
                method(doc.absolute_majority),
                this.election,
                method(absolute),
                created_at.seq
            ),
        );
    }
    let names = created.candidates.len();
    if this.round == 1 && names != opened_candidates.len() {
        f.add(
            Kind::Rule,
            subject,
            format!(
                "the first round counts {} candidate(s); election {} was created with {} (event {})",
                opened_candidates.len(),
                this.election,
                names,
                created_at.seq
            ),
        );
    }
    // The rounds of the election before this one, by number.
    let mut earlier: Vec<(u32, Opened, Option<RoundResult>)> = Vec::new();
    for (e, event) in ledger.typed().filter(|(e, _)| e.seq < open.seq) {
        let Event::RoundOpened(o) = event else { continue };
        let o = opened(o);
        if o.election != this.election || o.round >= this.round {
            continue;
        }
        let result = ledger.events_about(&e.subject).find_map(|(_, c)| match c {
            Event::RoundClosed(c) => result_of(c),
            _ => None,
        });
        earlier.push((o.round, o, result));
    }
    earlier.sort_by_key(|(n, _, _)| *n);
    let numbers: Vec<u32> = earlier.iter().map(|(n, _, _)| *n).collect();
    let consecutive = numbers.iter().zip(1u32..).all(|(n, want)| *n == want);
    if this.round == 0 || !consecutive || numbers.len() as u64 != u64::from(this.round) - 1 {
        return f.add(
            Kind::SealLedger,
            subject,
            format!("the ledger opens round {} of election {} after rounds {numbers:?}", this.round, this.election),
        );
    }
    let (want_seats, mut want_candidates, whence) = match earlier.last() {
        None => (
            Some(seats),
            // The first round's candidates are all the election's: its
            // creation names them, the opening numbers them.
            opened_candidates.clone(),
            format!("election {} was created for {} seat(s) (event {})", this.election, seats, created_at.seq),
        ),
        Some((n, _, None)) => {
            return f.add(Kind::SealLedger, subject, format!("round {n} of election {} never closed", this.election))
        }
        Some((n, _, Some(last))) => {
            let candidates = if last.runoff.is_empty() {
                let elected: BTreeSet<i64> =
                    earlier.iter().filter_map(|(_, _, r)| r.as_ref()).flat_map(|r| r.elected.iter().copied()).collect();
                earlier[0].1.candidates.iter().copied().filter(|c| !elected.contains(c)).collect()
            } else {
                last.runoff.clone()
            };
            (
                Some(last.seats_left),
                candidates,
                format!(
                    "round {n} of election {} left {} seat(s), run-off {:?}",
                    this.election, last.seats_left, last.runoff
                ),
            )
        }
    };
    want_candidates.sort_unstable();
    if want_seats != Some(doc.seats) || want_candidates != sealed_candidates {
        f.add(
            Kind::Rule,
            subject,
            format!(
                "the seal counts round {} for {} seat(s) among candidates {sealed_candidates:?}; {whence}, so {} seat(s) among {want_candidates:?}",
                this.round,
                doc.seats,
                want_seats.map_or_else(|| "an unreadable number of".to_string(), |s| s.to_string()),
            ),
        );
    }
}
