//! Names in the order readers expect: CLDR's root collation (ICU4X), where
//! "Česká" sorts among the C's, "Österreich" among the O's and "Forum för
//! Civilsamhället" after "Fédération". One order for every reader and
//! every record, so that a list sealed in the minutes does not depend on
//! the language of whoever approved them; a language's own tailoring
//! (Swedish Ö after Z, Polish Ł after L) is not applied.

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use std::cmp::Ordering;
use std::sync::LazyLock;

static ROOT: LazyLock<Option<CollatorBorrowed<'static>>> =
    LazyLock::new(|| Collator::try_new(Default::default(), CollatorOptions::default()).ok());

/// Two names in alphabetical order; names the collation finds equal keep
/// their code point order, so that a sort is the same on every run.
pub fn by_name(a: &str, b: &str) -> Ordering {
    match ROOT.as_ref() {
        Some(c) => c.compare(a, b).then_with(|| a.cmp(b)),
        None => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::by_name;

    #[test]
    fn names_sort_as_readers_expect() {
        let mut names = vec![
            "Xarxa Catalana",
            "Österreichisches Netzwerk",
            "Česká rada",
            "Forum för Civilsamhället",
            "Fédération Occitane",
            "Vlaams Netwerk",
            "alpha forum",
            "Alpha Network",
            "Łódź Forum",
            "Lublin Forum",
            "Ελληνικό Δίκτυο",
            "Български център",
        ];
        names.sort_by(|a, b| by_name(a, b));
        assert_eq!(
            names,
            [
                "alpha forum",
                "Alpha Network",
                "Česká rada",
                "Fédération Occitane",
                "Forum för Civilsamhället",
                // Ł is an L with a mark at the root (Polish puts it after L).
                "Łódź Forum",
                "Lublin Forum",
                "Österreichisches Netzwerk",
                "Vlaams Netwerk",
                "Xarxa Catalana",
                "Ελληνικό Δίκτυο",
                "Български център",
            ]
        );
    }
}
