//! The JSON body of an API call: as `web::Json`, but text holding the NUL
//! character is refused (422 `invalid_text`) before it reaches a use case.
//! PostgreSQL cannot store it and SQLite would; refusing it at the door
//! keeps both databases, and every export, the same.

use crate::error::AppError;
use crate::i18n::Msg;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A request body parsed from JSON.
pub struct Body<T>(pub T);

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

impl<T: DeserializeOwned + 'static> FromRequest for Body<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = web::Json::<Value>::from_request(req, payload);
        Box::pin(async move {
            let value = json.await?.into_inner();
            if has_nul(&value) {
                return Err(AppError::unprocessable("invalid_text", Msg::TextWithNul).into());
            }
            serde_json::from_value(value)
                .map(Body)
                .map_err(|e| AppError::bad_request("invalid_json", Msg::InvalidJson { detail: e.to_string() }).into())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
