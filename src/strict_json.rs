//! JSON read strictly: an object never repeats a key (`{"name": "x", "name":
//! "y"}` is refused rather than read as its last value, so plenum and any
//! other reader of the same text cannot disagree on what it says), and,
//! where a reading sets a budget, no more values are built than the budget
//! allows (a file of `[[],[],…]` would otherwise take sixteen times its size
//! in memory). The API's request bodies ([`crate::web`]) and the evidence
//! bundle that `plenum verify` reads both go through it.

use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::cell::Cell;
use std::fmt;

/// A JSON value whose objects never repeat a key.
#[derive(Debug, Clone, PartialEq)]
pub struct Strict(pub Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Strict, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

/// For `#[serde(deserialize_with = "strict_json::value")]` on a `Value`.
pub fn value<'de, D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
    Strict::deserialize(d).map(|s| s.0)
}

/// For `#[serde(deserialize_with = "strict_json::values")]` on a `Vec<Value>`.
pub fn values<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Value>, D::Error> {
    Vec::<Strict>::deserialize(d).map(|list| list.into_iter().map(|s| s.0).collect())
}

thread_local! {
    /// Values (and object keys) the reading on this thread may still build;
    /// `None`: no bound.
    static BUDGET: Cell<Option<u64>> = const { Cell::new(None) };
}

/// The message of a reading that ran out of its budget.
pub const OVER_BUDGET: &str = "more JSON values than a document of this size holds";

/// Runs `read` with at most `values` strict values built on this thread (the
/// budget is this thread's, set for the call and removed after it, also when
/// `read` panics).
pub fn with_budget<T>(values: u64, read: impl FnOnce() -> T) -> T {
    struct Restore(Option<u64>);
    impl Drop for Restore {
        fn drop(&mut self) {
            BUDGET.with(|b| b.set(self.0));
        }
    }
    let _restore = Restore(BUDGET.with(|b| b.replace(Some(values))));
    read()
}

/// One more value built, if the budget allows it.
fn spend<E: serde::de::Error>() -> Result<(), E> {
    BUDGET.with(|b| match b.get() {
        None => Ok(()),
        Some(0) => Err(E::custom(OVER_BUDGET)),
        Some(n) => {
            b.set(Some(n - 1));
            Ok(())
        }
    })
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
        spend()?;
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        spend()?;
        Ok(Value::from(v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        spend()?;
        Ok(Value::from(v))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        spend()?;
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        spend()?;
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        spend()?;
        Ok(Value::String(v))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        spend()?;
        Ok(Value::Null)
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        spend()?;
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        value(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        spend()?;
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        spend()?;
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            // A key is built too: `{"a":0,"b":0,…}` takes as much as a list.
            spend()?;
            if out.contains_key(&key) {
                return Err(A::Error::custom(format!("the key `{key}` is given twice")));
            }
            let Strict(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(text: &str) -> Result<Value, serde_json::Error> {
        Strict::deserialize(&mut serde_json::Deserializer::from_str(text)).map(|s| s.0)
    }

    #[test]
    fn a_key_given_twice_is_refused_anywhere() {
        for text in [r#"{"name":"x","name":"y"}"#, r#"{"a":{"b":1,"b":2}}"#, r#"[{"k":1},{"k":1,"k":1}]"#] {
            let said = strict(text).map_err(|e| e.to_string());
            assert!(said.as_ref().is_err_and(|e| e.contains("is given twice")), "{text}: {said:?}");
        }
        // Escaped, the same key is the same key.
        assert!(strict(r#"{"tally":1,"t\u0061lly":2}"#).is_err());
    }

    #[test]
    fn everything_else_reads_as_serde_json_reads_it() {
        for text in [
            r#"{"name":"x","tally":{"yes":1,"no":2},"l":[1,2.5,null,true,"s",{"name":"y"}]}"#,
            "3",
            "-7",
            "18446744073709551615",
            r#""x""#,
            "[]",
            "{}",
        ] {
            assert_eq!(strict(text).ok(), serde_json::from_str::<Value>(text).ok(), "{text}");
        }
    }

    #[test]
    fn a_budget_bounds_the_values_built_and_is_removed_after() {
        // `[[],[]]` is three values.
        assert!(with_budget(3, || strict("[[],[]]")).is_ok());
        let over = with_budget(2, || strict("[[],[]]")).map_err(|e| e.to_string());
        assert!(over.as_ref().is_err_and(|e| e.contains(OVER_BUDGET)), "{over:?}");
        assert!(strict(&format!("[{}]", vec!["[]"; 10_000].join(","))).is_ok(), "no budget outside");
        // Keys count: `{"a":0}` is three values.
        assert!(with_budget(3, || strict(r#"{"a":0}"#)).is_ok());
        assert!(with_budget(2, || strict(r#"{"a":0}"#)).is_err());
        // Nested budgets restore the outer one.
        with_budget(10, || {
            assert!(with_budget(1, || strict("[1]")).is_err());
            assert!(strict("[1,2,3]").is_ok());
        });
    }
}
