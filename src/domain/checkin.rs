//! Check-in codes: a short code per organisation and assembly that the desk
//! types (or scans) instead of searching a name. Derived, not stored: the
//! SHA-256 of the assembly's random salt and the organisation's id, in
//! 8 characters from an alphabet without look-alikes (40 bits).

use sha2::{Digest, Sha256};

const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// The code of an organisation at an assembly, as `ABCD-EFGH`.
pub fn code(salt: &str, organisation_id: i64) -> String {
    let digest = Sha256::digest(format!("{salt}:{organisation_id}").as_bytes());
    let mut bits: u64 = 0;
    for b in &digest[..5] {
        bits = (bits << 8) | u64::from(*b);
    }
    let chars: String = (0..8).rev().map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char).collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// A code as a person typed it: case, spaces and dashes do not matter, and
/// the look-alikes O, I, 0 and 1 are read as the letters and digits we use.
pub fn normalise(input: &str) -> String {
    let clean: String = input
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' | '0' => 'Q',
            'I' | '1' => 'J',
            other => other,
        })
        .collect();
    if clean.len() == 8 {
        format!("{}-{}", &clean[..4], &clean[4..])
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn codes_are_stable_and_differ() {
        let a = code("salt", 1);
        assert_eq!(a, code("salt", 1));
        assert_ne!(a, code("salt", 2));
        assert_ne!(a, code("other salt", 1));
        assert_eq!(a.len(), 9);
    }

    #[test]
    fn typing_is_forgiving() {
        let c = code("s", 42);
        assert_eq!(normalise(&c.to_lowercase().replace('-', " ")), c);
        assert_eq!(normalise(&c.replace('-', "")), c);
    }

    proptest! {
        #[test]
        fn every_code_uses_the_alphabet(salt in ".{0,20}", id in any::<i64>()) {
            let c = code(&salt, id);
            prop_assert!(c.chars().all(|ch| ch == '-' || ALPHABET.contains(&(ch as u8))));
            prop_assert_eq!(normalise(&c), c.clone());
        }
    }
}
