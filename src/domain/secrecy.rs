//! What a secret ballot keeps, and what its seal publishes.
//!
//! A secret ballot is stored with its choice, the hash of its receipt and an
//! owner tag: the hash of the receipt and the organisation it was cast for,
//! under a label of its own. The tag lets the organisation, and only it,
//! replace its ballot (it must present the receipt, and the tag must match
//! the organisation it votes for); without the receipt nobody can tell from
//! the tag which organisation cast the ballot, and the tag is never
//! published.
//!
//! A closed secret poll's seal lists the receipt hashes and, apart, the
//! choices, each sorted on its own: a receipt shows its ballot was counted,
//! never which choice it carries (`docs/SECRET_BALLOT.md`).

use sha2::{Digest, Sha256};

/// The label every owner tag is taken under, so that no other hash plenum
/// computes (a receipt's, a token's, a ledger commitment's) can equal one.
const OWNER_TAG_LABEL: &str = "plenum/secret-ballot-owner/v1";

/// The SHA-256, hex, of a receipt code (normalised): what seals list and
/// what a receipt check looks for.
pub fn receipt_hash(receipt: &str) -> String {
    hex::encode(Sha256::digest(receipt.as_bytes()))
}

/// The owner tag of a secret ballot cast for `organisation` with `receipt`
/// (normalised). Every part is length-prefixed: no two pairs give the same
/// text.
pub fn owner_tag(receipt: &str, organisation: i64) -> String {
    let organisation = organisation.to_string();
    let mut h = Sha256::new();
    for part in [OWNER_TAG_LABEL, receipt, organisation.as_str()] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Whether `receipt` (normalised) proves that a ballot stored with `tag`
/// was cast for `organisation`.
pub fn owns(receipt: &str, organisation: i64, tag: &str) -> bool {
    owner_tag(receipt, organisation) == tag
}

/// A secret seal's two lists, each sorted on its own: the receipt hashes
/// and the choices. Whatever order the ballots come in, the lists are the
/// same, so nothing in them pairs a receipt with a choice.
pub fn apart<R: Ord, C: Ord>(ballots: impl IntoIterator<Item = (R, C)>) -> (Vec<R>, Vec<C>) {
    let (mut receipts, mut choices): (Vec<R>, Vec<C>) = ballots.into_iter().unzip();
    receipts.sort_unstable();
    choices.sort_unstable();
    (receipts, choices)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_tag_needs_both_the_receipt_and_the_organisation() {
        let cases = [
            // (receipt, organisation, other receipt, other organisation)
            ("ABCD-EFGH-JKLM", 1, "ABCD-EFGH-JKLM", 2),
            ("ABCD-EFGH-JKLM", 1, "ABCD-EFGH-JKLN", 1),
            ("ABCD-EFGH-JKL1", 1, "ABCD-EFGH-JKL", 11),
            ("", 12, "1", 2),
        ];
        for (r, o, r2, o2) in cases {
            let tag = owner_tag(r, o);
            assert!(owns(r, o, &tag), "{r} {o}");
            assert!(!owns(r2, o2, &tag), "{r} {o} vs {r2} {o2}");
            // Neither the receipt's hash nor a plain concatenation.
            for plain in [receipt_hash(r), receipt_hash(&format!("{r}{o}")), receipt_hash(&format!("{r}:{o}"))] {
                assert_ne!(tag, plain, "{r} {o}");
            }
        }
        assert_eq!(owner_tag("ABCD-EFGH-JKLM", 7), owner_tag("ABCD-EFGH-JKLM", 7), "stable");
        assert_eq!(owner_tag("A", 1).len(), 64);
    }

    #[test]
    fn the_lists_are_sorted_apart() {
        let (r, c) = apart([("cc", "yes"), ("aa", "no"), ("bb", "abstain")]);
        assert_eq!(r, ["aa", "bb", "cc"]);
        assert_eq!(c, ["abstain", "no", "yes"]);
    }

    proptest! {
        /// The published lists do not depend on how receipts and choices
        /// were paired: any pairing of the same receipts and the same
        /// choices gives the same seal.
        #[test]
        fn the_lists_forget_the_pairing(
            pairs in proptest::collection::vec(("[a-f0-9]{8}", 0u8..3), 0..40),
            rotate in 0usize..40,
        ) {
            let (receipts, choices): (Vec<String>, Vec<u8>) = pairs.iter().cloned().unzip();
            let mut shifted = choices.clone();
            if !shifted.is_empty() {
                let k = rotate % shifted.len();
                shifted.rotate_left(k);
            }
            let one = apart(receipts.iter().cloned().zip(choices));
            let other = apart(receipts.into_iter().zip(shifted));
            prop_assert_eq!(one, other);
        }

        #[test]
        fn tags_of_different_owners_differ(r in "[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", a in any::<i64>(), b in any::<i64>()) {
            prop_assume!(a != b);
            prop_assert_ne!(owner_tag(&r, a), owner_tag(&r, b));
        }
    }
}
