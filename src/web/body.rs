//! The JSON body of an API call: as `web::Json`, but text holding the NUL
//! character, or any other control or format character that
//! [`crate::domain::text`] refuses in a multi-line text (bidi overrides,
//! zero-width characters, C0 and C1 controls but newline and tab), is
//! refused (422 `invalid_text`, naming the field) before it reaches a use
//! case. PostgreSQL cannot store NUL and SQLite would; refusing it at the
//! door keeps both databases, and every export, the same. One-line fields
//! (names, titles) are checked again, with their own rule, by their use case,
//! which every other path (pages, the register file, the CLI) goes through.

use crate::error::AppError;
use crate::error::ErrorCode;
use crate::i18n::Msg;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A request body parsed from JSON.
pub struct Body<T>(pub T);

/// A JSON value whose objects never repeat a key (see [`crate::strict_json`]).
pub use crate::strict_json::Strict;

impl<T> Body<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Body<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// Whether any key or string in the value holds U+0000.
pub fn has_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(has_nul),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        _ => false,
    }
}

/// The first string (or key) in the value holding a character no stored
/// text may hold: its path (`candidates[1].name`) and the character.
pub fn forbidden_text(value: &Value) -> Option<(String, char)> {
    fn walk(value: &Value, path: &mut String) -> Option<(String, char)> {
        use crate::domain::text::{first_forbidden, Shape};
        match value {
            Value::String(s) => first_forbidden(s, Shape::Lines).map(|c| (path.clone(), c)),
            Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                let found = walk(v, path);
                path.truncate(len);
                found
            }),
            Value::Object(map) => map.iter().find_map(|(k, v)| {
                if let Some(c) = first_forbidden(k, Shape::Line) {
                    return Some((if path.is_empty() { "body".to_string() } else { path.clone() }, c));
                }
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                let found = walk(v, path);
                path.truncate(len);
                found
            }),
            _ => None,
        }
    }
    let mut path = String::new();
    walk(value, &mut path).map(|(p, c)| (if p.is_empty() { "body".to_string() } else { p }, c))
}

impl<T: DeserializeOwned + 'static> FromRequest for Body<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = web::Json::<Strict>::from_request(req, payload);
        Box::pin(async move {
            let value = json.await?.into_inner().0;
            if has_nul(&value) {
                return Err(AppError::unprocessable(ErrorCode::InvalidText, Msg::TextWithNul).into());
            }
            if let Some((field, c)) = forbidden_text(&value) {
                return Err(crate::error::text_error(
                    Msg::FieldAt { path: field },
                    crate::domain::text::TextProblem::Forbidden(c),
                )
                .into());
            }
            // A body is an object with its field names, never the array
            // of its fields that serde's derive would also read.
            crate::strict_json::objects_only(value).map(Body).map_err(|e| {
                AppError::bad_request(ErrorCode::InvalidJson, Msg::InvalidJson { detail: e.to_string() }).into()
            })
        })
    }
}

/// A body that may be left out: no body at all (no `Content-Length`, or
/// zero, and no chunked transfer) is `None`, for the use case's default.
/// A body that is there is read as [`Body`] is, strictly: a malformed or
/// misspelt one is refused, never taken for the default (an outside review
/// opened a public roll call from `{"ballot":"SECRET"}` when a failed
/// parse fell back to the default).
pub struct OptionalBody<T>(pub Option<T>);

impl<T> OptionalBody<T> {
    pub fn into_inner(self) -> Option<T> {
        self.0
    }
}

/// Whether a request carries a body.
fn has_body(req: &HttpRequest) -> bool {
    use actix_web::http::header::{CONTENT_LENGTH, TRANSFER_ENCODING};
    let length = req.headers().get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
    match length {
        Some(n) => n > 0,
        None => req.headers().contains_key(TRANSFER_ENCODING),
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for OptionalBody<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        if !has_body(req) {
            return Box::pin(async { Ok(OptionalBody(None)) });
        }
        let body = Body::<T>::from_request(req, payload);
        Box::pin(async move { Ok(OptionalBody(Some(body.await?.into_inner()))) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn forbidden_text_is_found_with_its_path() {
        for (value, found) in [
            (json!({"name": "Alpha", "text": "two\nlines\tand\r\na tab"}), None),
            (json!({"name": "A\u{202E}B"}), Some(("name".to_string(), '\u{202E}'))),
            (
                json!({"candidates": [{"name": "Ana"}, {"name": "Jo\u{200B}nas"}]}),
                Some(("candidates[1].name".to_string(), '\u{200B}')),
            ),
            (json!({"k\u{1B}": 1}), Some(("body".to_string(), '\u{1B}'))),
            (json!("\u{85}"), Some(("body".to_string(), '\u{85}'))),
            (json!({"n": 3, "b": true, "x": null}), None),
        ] {
            assert_eq!(forbidden_text(&value), found, "{value}");
        }
    }

    #[test]
    fn nul_is_found_anywhere() {
        for (value, found) in [
            (json!({"name": "Alpha"}), false),
            (json!({"name": "A\u{0}B"}), true),
            (json!({"list": [1, {"deep": ["x", "\u{0}"]}]}), true),
            (json!({"k\u{0}": 1}), true),
            (json!(["\\u0000 as text"]), false),
        ] {
            assert_eq!(has_nul(&value), found, "{value}");
        }
    }
}
