//! The receipts a delegate's browser keeps.
//!
//! A receipt code is shown once, when its ballot is cast, and the server
//! keeps only its hash: beside the choice for a secret ballot, so a code
//! kept on the server with its organisation would tie the organisation to
//! its choice for anyone reading the database (docs/SECRET_BALLOT.md).
//! The browser that cast the ballot keeps the code instead, in an HttpOnly
//! cookie, so that the delegate's page can show it again after a reload or
//! the Back button: what was voted on, when, and for a public ballot (roll
//! call, or online in a tellers poll) the choice. A secret choice is never
//! written here. Logging out removes the cookie.
//!
//! The value is `o{owner}` followed by `~{entry}` for each receipt, newest
//! last, each entry `{p|r}{id}.{organisation}.{code}.{unix seconds}.{choice}`
//! (`p` a poll, `r` an election round; choice `y`, `n`, `a`, or `-` when
//! secret). Anything else in the cookie is dropped on reading.

use crate::domain::poll::Choice;

/// The cookie's name (under `__Host-` where cookies are secure).
pub const COOKIE: &str = "plenum-receipts";

/// At most this many receipts are kept; the oldest go first.
pub const KEPT: usize = 30;

/// What a receipt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Poll(i64),
    Round(i64),
}

/// One kept receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub subject: Subject,
    /// The organisation whose ballot it was (the delegate's own, or one it
    /// held the proxy of).
    pub organisation_id: i64,
    pub code: String,
    /// When it was cast, in seconds since 1970 (UTC).
    pub at: i64,
    /// The choice, for a public ballot only.
    pub choice: Option<Choice>,
}

/// The receipts one delegate's organisation keeps in this browser.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeptReceipts {
    pub owner: i64,
    pub receipts: Vec<Kept>,
}

impl KeptReceipts {
    /// Reads a cookie's value for `owner`: another organisation's receipts
    /// (a browser shared between delegates) are not shown.
    pub fn read(value: Option<&str>, owner: i64) -> Self {
        let mut kept = KeptReceipts { owner, receipts: vec![] };
        let Some(value) = value else { return kept };
        let mut parts = value.split('~');
        if parts.next() != Some(format!("o{owner}").as_str()) {
            return kept;
        }
        kept.receipts = parts.filter_map(parse_entry).collect();
        let excess = kept.receipts.len().saturating_sub(KEPT);
        kept.receipts.drain(..excess);
        kept
    }

    /// Adds a receipt, replacing an earlier one for the same ballot (a
    /// changed vote gets a new code).
    pub fn add(&mut self, receipt: Kept) {
        self.receipts.retain(|r| !(r.subject == receipt.subject && r.organisation_id == receipt.organisation_id));
        self.receipts.push(receipt);
        let excess = self.receipts.len().saturating_sub(KEPT);
        self.receipts.drain(..excess);
    }

    /// The receipt kept for one ballot.
    pub fn find(&self, subject: Subject, organisation_id: i64) -> Option<&Kept> {
        self.receipts.iter().find(|r| r.subject == subject && r.organisation_id == organisation_id)
    }

    /// The cookie's value.
    pub fn value(&self) -> String {
        let mut out = format!("o{}", self.owner);
        for r in &self.receipts {
            let (kind, id) = match r.subject {
                Subject::Poll(id) => ('p', id),
                Subject::Round(id) => ('r', id),
            };
            let choice = match r.choice {
                Some(Choice::Yes) => 'y',
                Some(Choice::No) => 'n',
                Some(Choice::Abstain) => 'a',
                None => '-',
            };
            out.push_str(&format!("~{kind}{id}.{}.{}.{}.{choice}", r.organisation_id, r.code, r.at));
        }
        out
    }
}

fn parse_entry(entry: &str) -> Option<Kept> {
    let mut fields = entry.split('.');
    let subject = fields.next()?;
    let (kind, id) = subject.split_at_checked(1)?;
    let id: i64 = id.parse().ok()?;
    let subject = match kind {
        "p" => Subject::Poll(id),
        "r" => Subject::Round(id),
        _ => return None,
    };
    let organisation_id = fields.next()?.parse().ok()?;
    let code = fields.next()?;
    let well_formed = code.len() == 14
        && code
            .char_indices()
            .all(|(i, c)| if i % 5 == 4 { c == '-' } else { c.is_ascii_uppercase() || c.is_ascii_digit() });
    if !well_formed {
        return None;
    }
    let at = fields.next()?.parse().ok()?;
    let choice = match fields.next()? {
        "y" => Some(Choice::Yes),
        "n" => Some(Choice::No),
        "a" => Some(Choice::Abstain),
        "-" => None,
        _ => return None,
    };
    if fields.next().is_some() {
        return None;
    }
    Some(Kept { subject, organisation_id, code: code.to_string(), at, choice })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kept(subject: Subject, org: i64, code: &str, choice: Option<Choice>) -> Kept {
        Kept { subject, organisation_id: org, code: code.into(), at: 1_800_000_000, choice }
    }

    #[test]
    fn a_cookie_reads_back_what_was_written() {
        let mut k = KeptReceipts { owner: 7, receipts: vec![] };
        k.add(kept(Subject::Poll(3), 7, "ABCD-EFGH-JK23", Some(Choice::No)));
        k.add(kept(Subject::Round(4), 9, "ZZZZ-2345-6789", None));
        assert_eq!(k.value(), "o7~p3.7.ABCD-EFGH-JK23.1800000000.n~r4.9.ZZZZ-2345-6789.1800000000.-");
        assert_eq!(KeptReceipts::read(Some(&k.value()), 7), k);
        assert_eq!(k.find(Subject::Round(4), 9).map(|r| r.code.as_str()), Some("ZZZZ-2345-6789"));
        assert_eq!(k.find(Subject::Round(4), 7), None);
    }

    #[test]
    fn another_organisations_cookie_shows_nothing() {
        let value = "o7~p3.7.ABCD-EFGH-JK23.1800000000.n";
        assert!(KeptReceipts::read(Some(value), 8).receipts.is_empty());
        assert!(KeptReceipts::read(Some(value), 7).receipts.len() == 1);
        assert!(KeptReceipts::read(None, 7).receipts.is_empty());
    }

    #[test]
    fn malformed_entries_are_dropped() {
        let good = "p3.7.ABCD-EFGH-JK23.1800000000.n";
        for bad in [
            "x3.7.ABCD-EFGH-JK23.1800000000.n",
            "p.7.ABCD-EFGH-JK23.1800000000.n",
            "p3.7.abcd-efgh-jk23.1800000000.n",
            "p3.7.ABCD-EFGH-JK2.1800000000.n",
            "p3.7.ABCDEEFGHEJK23.1800000000.n",
            "p3.7.<scr-ipt>-JK23.1800000000.n",
            "p3.7.ABCD-EFGH-JK23.1800000000.q",
            "p3.7.ABCD-EFGH-JK23.1800000000.n.extra",
            "p3.7.ABCD-EFGH-JK23",
            "",
        ] {
            let k = KeptReceipts::read(Some(&format!("o7~{bad}~{good}")), 7);
            assert_eq!(k.receipts.len(), 1, "{bad}");
        }
    }

    #[test]
    fn a_changed_vote_replaces_its_receipt_and_the_oldest_go() {
        let mut k = KeptReceipts { owner: 1, receipts: vec![] };
        k.add(kept(Subject::Poll(1), 1, "AAAA-AAAA-AAAA", Some(Choice::Yes)));
        k.add(kept(Subject::Poll(1), 1, "BBBB-BBBB-BBBB", Some(Choice::No)));
        assert_eq!(k.receipts.len(), 1);
        assert_eq!(k.receipts[0].code, "BBBB-BBBB-BBBB");
        for id in 2..=(KEPT as i64 + 5) {
            k.add(kept(Subject::Poll(id), 1, "CCCC-CCCC-CCCC", None));
        }
        assert_eq!(k.receipts.len(), KEPT);
        assert_eq!(k.receipts[0].subject, Subject::Poll(6), "the oldest went first");
        // A cookie holding more than the limit is cut on reading.
        let long = format!("o1{}", "~p1.1.CCCC-CCCC-CCCC.1.-".repeat(KEPT + 10));
        assert_eq!(KeptReceipts::read(Some(&long), 1).receipts.len(), KEPT);
    }

    proptest! {
        #[test]
        fn any_value_reads_without_panicking_and_round_trips(value in "\\PC{0,200}") {
            let k = KeptReceipts::read(Some(&value), 1);
            prop_assert_eq!(KeptReceipts::read(Some(&k.value()), 1), k);
        }
    }
}
