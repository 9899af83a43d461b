//! The first reading of a bundle: one pass over the bytes that builds
//! nothing, refuses a key given twice anywhere (a forged `tally` placed
//! before the real one would otherwise be read as the last value), and
//! counts what the second reading would build (the seals and the ledger's
//! closes), so that a file of repeated seals is refused before it is parsed
//! into memory.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

/// What the first pass learns about a bundle.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Outline {
    /// The top-level `format`, when it is a string.
    pub format: Option<String>,
    pub polls: usize,
    pub rounds: usize,
    /// `poll.closed` and `election.round_closed` events in the ledger.
    pub poll_closes: usize,
    pub round_closes: usize,
}

/// Walks the whole document; an error is a syntax error or a key given
/// twice (a data error naming the key, with its line and column).
pub(crate) fn outline(bytes: &[u8]) -> Result<Outline, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let outline = (&mut de).deserialize_any(Top)?;
    de.end()?;
    Ok(outline)
}

/// The keys of one object, to find one given twice.
#[derive(Default)]
struct Keys<'de> {
    few: Vec<Cow<'de, str>>,
    many: Option<HashSet<Cow<'de, str>>>,
}

impl<'de> Keys<'de> {
    fn insert<E: de::Error>(&mut self, key: Cow<'de, str>) -> Result<(), E> {
        let twice = || E::custom(format!("the key `{key}` is given twice"));
        if let Some(many) = self.many.as_mut() {
            if many.contains(&key) {
                return Err(twice());
            }
            many.insert(key);
            return Ok(());
        }
        if self.few.contains(&key) {
            return Err(twice());
        }
        self.few.push(key);
        if self.few.len() > 32 {
            self.many = Some(self.few.drain(..).collect());
        }
        Ok(())
    }

    /// The next key of `map`, checked.
    fn next<A: MapAccess<'de>>(&mut self, map: &mut A) -> Result<Option<Cow<'de, str>>, A::Error> {
        let Some(key) = map.next_key_seed(Text)? else { return Ok(None) };
        let Some(key) = key else { return Err(de::Error::custom("an object key that is not a string")) };
        self.insert::<A::Error>(key.clone())?;
        Ok(Some(key))
    }
}

/// Any value: walked, checked, not built. A string comes back as itself
/// (borrowed when it has no escapes), anything else as `None`.
#[derive(Clone, Copy)]
struct Text;

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Option<Cow<'de, str>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(Text)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = Option<Cow<'de, str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v)))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element_seed(Text)?.is_some() {}
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut keys = Keys::default();
        while keys.next(&mut map)?.is_some() {
            map.next_value_seed(Text)?;
        }
        Ok(None)
    }
}

/// A list, counted (anything else walked, counted as none).
struct Count;

impl<'de> DeserializeSeed<'de> for Count {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_any(Count)
    }
}

impl<'de> Visitor<'de> for Count {
    type Value = usize;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut n = 0;
        while seq.next_element_seed(Text)?.is_some() {
            n += 1;
        }
        Ok(n)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<usize, A::Error> {
        Text.visit_map(map).map(|_| 0)
    }
    fn visit_bool<E>(self, _: bool) -> Result<usize, E> {
        Ok(0)
    }
    fn visit_i64<E>(self, _: i64) -> Result<usize, E> {
        Ok(0)
    }
    fn visit_u64<E>(self, _: u64) -> Result<usize, E> {
        Ok(0)
    }
    fn visit_f64<E>(self, _: f64) -> Result<usize, E> {
        Ok(0)
    }
    fn visit_str<E>(self, _: &str) -> Result<usize, E> {
        Ok(0)
    }
    fn visit_unit<E>(self) -> Result<usize, E> {
        Ok(0)
    }
}

/// The ledger: (poll closes, round closes) counted by each event's `kind`.
struct Closes;

impl<'de> DeserializeSeed<'de> for Closes {
    type Value = (usize, usize);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(Closes)
    }
}

impl<'de> Visitor<'de> for Closes {
    type Value = (usize, usize);
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of events")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let (mut polls, mut rounds) = (0, 0);
        while let Some(kind) = seq.next_element_seed(Kind)? {
            match kind.as_deref() {
                Some("poll.closed") => polls += 1,
                Some("election.round_closed") => rounds += 1,
                _ => {}
            }
        }
        Ok((polls, rounds))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Text.visit_map(map).map(|_| (0, 0))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok((0, 0))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok((0, 0))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok((0, 0))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok((0, 0))
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok((0, 0))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok((0, 0))
    }
}

/// One event: its `kind`, when it is an object with a string kind.
struct Kind;

impl<'de> DeserializeSeed<'de> for Kind {
    type Value = Option<Cow<'de, str>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(Kind)
    }
}

impl<'de> Visitor<'de> for Kind {
    type Value = Option<Cow<'de, str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut keys = Keys::default();
        let mut kind = None;
        while let Some(key) = keys.next(&mut map)? {
            let value = map.next_value_seed(Text)?;
            if key == "kind" {
                kind = value;
            }
        }
        Ok(kind)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Text.visit_seq(seq).map(|_| None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// The document itself.
struct Top;

impl<'de> Visitor<'de> for Top {
    type Value = Outline;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a bundle")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Outline, A::Error> {
        let mut keys = Keys::default();
        let mut o = Outline::default();
        while let Some(key) = keys.next(&mut map)? {
            match key.as_ref() {
                "format" => o.format = map.next_value_seed(Text)?.map(Cow::into_owned),
                "polls" => o.polls = map.next_value_seed(Count)?,
                "rounds" => o.rounds = map.next_value_seed(Count)?,
                "ledger" => (o.poll_closes, o.round_closes) = map.next_value_seed(Closes)?,
                _ => {
                    map.next_value_seed(Text)?;
                }
            }
        }
        Ok(o)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Outline, A::Error> {
        Text.visit_seq(seq).map(|_| Outline::default())
    }
    fn visit_bool<E>(self, _: bool) -> Result<Outline, E> {
        Ok(Outline::default())
    }
    fn visit_i64<E>(self, _: i64) -> Result<Outline, E> {
        Ok(Outline::default())
    }
    fn visit_u64<E>(self, _: u64) -> Result<Outline, E> {
        Ok(Outline::default())
    }
    fn visit_f64<E>(self, _: f64) -> Result<Outline, E> {
        Ok(Outline::default())
    }
    fn visit_str<E>(self, _: &str) -> Result<Outline, E> {
        Ok(Outline::default())
    }
    fn visit_unit<E>(self) -> Result<Outline, E> {
        Ok(Outline::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_given_twice_is_refused_at_any_depth() {
        for text in [
            r#"{"format": "x", "format": "y"}"#,
            r#"{"polls": [{"document": {"tally": {"yes": 9}, "tally": {"yes": 1}}}]}"#,
            r#"{"ledger": [{"kind": "a", "payload": {"x": 1, "x": 1}}]}"#,
            r#"{"ledger": [{"kind": "poll.closed", "kind": "poll.opened"}]}"#,
            r#"[{"a": 1, "b": {"c": [{"d": 1, "d": 2}]}}]"#,
        ] {
            let e = outline(text.as_bytes()).expect_err(text);
            assert!(e.is_data() && e.to_string().contains("is given twice"), "{text}: {e}");
        }
        // Many keys, past the short list: still found.
        let keys: Vec<String> = (0..100).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}, \"k57\": 0}}", keys.join(", "));
        assert!(outline(text.as_bytes()).is_err());
        assert!(outline(format!("{{{}}}", keys.join(", ")).as_bytes()).is_ok());
        // The same key in two objects, or escaped as itself, is no repeat.
        assert!(outline(br#"{"a": {"k": 1}, "b": {"k": 1}, "c": [{"k": 1}, {"k": 2}]}"#).is_ok());
        assert!(outline(br#"{"k": 1, "\u006b": 2}"#).is_err());
    }

    #[test]
    fn the_outline_counts_seals_and_closes() {
        let text = br#"{"format": "plenum-bundle/2", "polls": [{}, {}, {}], "rounds": [{}],
            "ledger": [{"kind": "poll.closed"}, {"payload": {"kind": "poll.closed"}, "kind": "x"},
                       {"kind": "election.round_closed"}, 3]}"#;
        let o = outline(text).expect("outline");
        assert_eq!(
            o,
            Outline { format: Some("plenum-bundle/2".into()), polls: 3, rounds: 1, poll_closes: 1, round_closes: 1 }
        );
        assert!(outline(b"{\"a\": 1} x").expect_err("trailing").is_syntax());
        assert!(outline(b"{\"a\": ").expect_err("cut").is_eof());
    }
}
