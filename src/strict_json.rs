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

/// Reads a `T` whose structs, at any depth, are read only from JSON
/// objects. Serde's derive also reads a struct from an array of its fields
/// in order (`["yes"]` for `{"choice": "yes"}`): a second spelling of the
/// same document, which other readers refuse and which has no keys for the
/// strict reading to check (an outside review had `plenum verify` accept a
/// bundle written so). Every deserializer below `d` is wrapped alike.
pub fn objects_only<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    T::deserialize(Objects(d))
}

/// A deserializer that reads a struct as a map only.
struct Objects<D>(D);

/// A visitor whose nested deserializers are [`Objects`].
struct Wrapped<V>(V);

/// The elements of a sequence or the entries of a map, each read by
/// [`Objects`].
struct Each<A>(A);

/// A seed that reads through [`Objects`].
struct Seed<S>(S);

macro_rules! forward_deserialize {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            self.0.$method(Wrapped(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Objects<D> {
    type Error = D::Error;

    forward_deserialize!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Wrapped(v))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrapped(v))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrapped(v))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrapped(v))
    }

    /// The point of it all: a struct is a map, never a sequence.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(Wrapped(v))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Wrapped(v))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: serde::de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.0.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrapped<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    forward_visit!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Objects(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Objects(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Each(a))
    }

    fn visit_map<A: MapAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Each(a))
    }

    // An enum's variant is read as the underlying format has it: no type
    // read through `objects_only` holds a struct inside an enum.
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(a)
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Each<A> {
    type Error = A::Error;

    fn next_element_seed<T: serde::de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Each<A> {
    type Error = A::Error;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed(seed))
    }

    fn next_value_seed<T: serde::de::DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, S: serde::de::DeserializeSeed<'de>> serde::de::DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Objects(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        name: String,
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        id: u32,
        inner: Inner,
        list: Vec<Inner>,
        maybe: Option<Inner>,
        #[serde(deserialize_with = "value")]
        free: Value,
    }

    /// A struct is read from an object only, at every depth; arrays stay
    /// arrays where the type has them, and free values keep theirs.
    #[test]
    fn structs_are_read_from_objects_only() {
        let read = |text: &str| {
            let mut de = serde_json::Deserializer::from_str(text);
            objects_only::<Outer, _>(&mut de).and_then(|o| de.end().map(|()| o))
        };
        let good = r#"{"id":1,"inner":{"name":"a"},"list":[{"name":"b"}],"maybe":{"name":"c"},"free":[1,[2]]}"#;
        let outer = read(good).expect("an object reads");
        assert_eq!(outer.list, [Inner { name: "b".into() }]);
        assert_eq!(outer.free, serde_json::json!([1, [2]]));
        for bad in [
            r#"[1,{"name":"a"},[],null,0]"#,
            r#"{"id":1,"inner":["a"],"list":[],"maybe":null,"free":0}"#,
            r#"{"id":1,"inner":{"name":"a"},"list":[["b"]],"maybe":null,"free":0}"#,
            r#"{"id":1,"inner":{"name":"a"},"list":[],"maybe":["c"],"free":0}"#,
        ] {
            let refused = read(bad).expect_err(bad).to_string();
            assert!(refused.contains("invalid type: sequence"), "{bad}: {refused}");
        }
        // The same from a `Value` (the API's bodies).
        let value: Value = serde_json::from_str(r#"["yes"]"#).expect("json");
        assert!(objects_only::<Inner, _>(value).is_err());
        let value: Value = serde_json::from_str(r#"{"name":"yes"}"#).expect("json");
        assert_eq!(objects_only::<Inner, _>(value).ok(), Some(Inner { name: "yes".into() }));
    }

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
