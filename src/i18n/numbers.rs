//! Numbers in each language's own way (CLDR data through ICU4X): 12,400 in
//! English, 12 400 in French (a narrow no-break space), 12.400 in German,
//! Spanish and Italian, 12 400 in Polish (a no-break space). Where CLDR
//! groups only from five digits (Spanish, Italian, Polish), a four-digit
//! number stays ungrouped: 1240.

use super::Lang;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The CLDR locale whose conventions a language's numbers follow: English
/// groups with commas, as English readers everywhere expect.
fn locale(lang: Lang) -> Locale {
    let tag = match lang {
        Lang::Pseudo => "en",
        other => other.tag(),
    };
    Locale::try_from_str(tag).unwrap_or(icu_locale_core::locale!("en"))
}

static FORMATTERS: LazyLock<HashMap<Lang, DecimalFormatter>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .chain([&Lang::Pseudo])
        .filter_map(|lang| Some((*lang, DecimalFormatter::try_new(locale(*lang).into(), Default::default()).ok()?)))
        .collect()
});

/// A whole number as `lang` writes it.
pub fn integer(lang: Lang, n: i64) -> String {
    match FORMATTERS.get(&lang) {
        Some(f) => f.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_its_own_way() {
        // (language, 1240, 12400, 1240000)
        let table: &[(Lang, &str, &str, &str)] = &[
            (Lang::En, "1,240", "12,400", "1,240,000"),
            (Lang::Fr, "1\u{202f}240", "12\u{202f}400", "1\u{202f}240\u{202f}000"),
            (Lang::De, "1.240", "12.400", "1.240.000"),
            (Lang::Es, "1240", "12.400", "1.240.000"),
            (Lang::It, "1240", "12.400", "1.240.000"),
            (Lang::Pl, "1240", "12\u{a0}400", "1\u{a0}240\u{a0}000"),
        ];
        for (lang, a, b, c) in table {
            assert_eq!(
                (integer(*lang, 1240).as_str(), integer(*lang, 12400).as_str(), integer(*lang, 1_240_000).as_str()),
                (*a, *b, *c),
                "{lang:?}"
            );
        }
        for lang in Lang::ALL {
            assert_eq!(integer(*lang, 7), "7");
            assert_eq!(integer(*lang, 0), "0");
        }
    }
}

#[cfg(test)]
mod in_messages {
    use crate::i18n::{Lang, Msg};

    /// Every bundle's numbers follow its own language, plural selection
    /// unchanged (it reads the number, not its text).
    #[test]
    fn a_message_groups_its_numbers_in_its_language() {
        let msg = Msg::VotesCastSoFar { cast: 1i64.into(), eligible: 12400i64.into() };
        for lang in Lang::ALL {
            let said = msg.text(*lang);
            assert!(said.contains(&super::integer(*lang, 12400)), "{lang:?}: {said}");
        }
        assert!(msg.text(Lang::Fr).contains("12\u{202f}400"), "{}", msg.text(Lang::Fr));
        assert!(msg.text(Lang::De).contains("12.400"), "{}", msg.text(Lang::De));
        assert!(msg.text(Lang::En).contains("12,400"), "{}", msg.text(Lang::En));
    }
}
