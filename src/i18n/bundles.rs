//! The Fluent bundles, one per language, built once from the files
//! compiled into the binary.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<Lang, Bundle>> =
    LazyLock::new(|| Lang::ALL.iter().chain([&Lang::Pseudo]).map(|l| (*l, bundle(*l))).collect());

/// A language's bundle. A file that does not parse keeps the messages
/// that do (the catalogue's test names the others).
fn bundle(lang: Lang) -> Bundle {
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(partial, _)| partial);
    let tag = lang.tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // Names and titles are inserted as they are: no bidi isolation marks,
    // which would reach JSON messages, CSV and logs as invisible
    // characters (plenum's languages are all left-to-right).
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    bundle.set_formatter(Some(match lang {
        Lang::En => numbers_in::<_, 0>,
        Lang::Fr => numbers_in::<_, 1>,
        Lang::De => numbers_in::<_, 2>,
        Lang::Es => numbers_in::<_, 3>,
        Lang::It => numbers_in::<_, 4>,
        Lang::Pl => numbers_in::<_, 5>,
        Lang::Pseudo => numbers_in::<_, 0>,
    }));
    // Entries that collide are reported by the catalogue's test.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Whole numbers in a message (counts, limits, pages) grouped as the
/// language groups them (see [`super::numbers`]); Fluent's own formatting
/// would write 1240000 in every language. A formatter is a plain function,
/// so the language is its parameter `L`, an index into [`Lang::ALL`].
fn numbers_in<M, const L: usize>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
            // Exact: a whole number below 2^53 converts without loss.
            #[allow(clippy::cast_possible_truncation)]
            let whole = n.value as i64;
            Some(super::numbers::integer(*Lang::ALL.get(L)?, whole))
        }
        _ => None,
    }
}

/// The pseudo-locale's words: accented, and each word 40% longer (two
/// letters of every five said twice), as the longest translations run.
fn pseudo(text: &str) -> Cow<'_, str> {
    let accented = fluent_pseudo::transform(text, false, false);
    if !accented.chars().any(char::is_alphabetic) {
        return accented;
    }
    let mut out = String::with_capacity(accented.len() * 2);
    let mut in_word = 0usize;
    for c in accented.chars() {
        out.push(c);
        if c.is_alphabetic() {
            if in_word % 5 < 2 {
                out.push(c);
            }
            in_word += 1;
        } else {
            in_word = 0;
        }
    }
    Cow::Owned(out)
}

/// A message's Fluent id: its name in kebab case (`AlreadyVoted` is
/// `already-voted`).
pub(super) fn fluent_id(name: &str) -> String {
    let mut id = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
        } else {
            id.push(c);
        }
    }
    id
}

/// Formats a message in `lang`; in English where the language lacks it
/// or cannot format it, and as its id where even English cannot (the
/// catalogue's test keeps both from happening).
pub(super) fn format(lang: Lang, name: &str, args: &FluentArgs<'_>) -> String {
    let id = fluent_id(name);
    for lang in [lang, Lang::En] {
        let Some(bundle) = BUNDLES.get(&lang) else { continue };
        let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else { continue };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            return text.into_owned();
        }
    }
    id
}

/// Every language's bundle, for the catalogue's test.
#[cfg(test)]
pub(super) fn parse(lang: Lang) -> Result<(), String> {
    FluentResource::try_new(lang.source().to_string()).map(|_| ()).map_err(|(_, errors)| format!("{errors:?}"))
}
