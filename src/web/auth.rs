//! Who is asking: bearer tokens for the API, a session cookie with a CSRF
//! token on every form for the pages.

use super::run;
use crate::domain::client::{client_ip, ForwardedHeader, TrustedProxies};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::service::auth::Authenticated;
use crate::service::Services;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::future::Future;
use std::pin::Pin;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "plenum_session";
/// The cookie holding the login form's CSRF token (before any session).
pub const LOGIN_CSRF_COOKIE: &str = "plenum_login_csrf";

type Fut<T, E> = Pin<Box<dyn Future<Output = Result<T, E>>>>;

fn services(req: &HttpRequest) -> Result<web::Data<Services>, AppError> {
    req.app_data::<web::Data<Services>>().cloned().ok_or_else(|| AppError::internal("services missing"))
}

/// The bearer token of a request, if any.
pub fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ").or_else(|| value.strip_prefix("bearer "))?;
    Some(token.trim().to_string()).filter(|t| !t.is_empty())
}

/// The address a request came from: the peer, or, when the peer is one of
/// the configured `trusted_proxies`, the client its `Forwarded` or
/// `X-Forwarded-For` header names (see [`crate::domain::client`]). Anyone
/// else's forwarding headers are ignored, since they are the client's to set.
pub fn client_address(req: &HttpRequest) -> String {
    let trusted = req.app_data::<web::Data<Forwarding>>().map(|t| t.get_ref());
    address_of(req.peer_addr(), req.headers(), trusted)
}

/// Whose forwarding header is believed, and which header.
#[derive(Debug, Clone)]
pub struct Forwarding {
    pub proxies: TrustedProxies,
    pub header: ForwardedHeader,
}

/// [`client_address`] from a request's parts (the access log has a
/// `ServiceRequest`).
pub fn address_of(
    peer: Option<std::net::SocketAddr>,
    headers: &header::HeaderMap,
    trusted: Option<&Forwarding>,
) -> String {
    let Some(peer) = peer else { return "unknown".into() };
    let Some(f) = trusted.filter(|f| !f.proxies.is_empty()) else { return peer.ip().to_canonical().to_string() };
    let values: Vec<&str> = headers.get_all(f.header.name()).filter_map(|v| v.to_str().ok()).collect();
    client_ip(peer.ip(), &f.proxies, f.header, &values).to_string()
}

/// An API caller, authenticated by its bearer token.
pub struct ApiAuth(pub Authenticated);

impl FromRequest for ApiAuth {
    type Error = AppError;
    type Future = Fut<Self, AppError>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = bearer(req);
        let svc = services(req);
        Box::pin(async move {
            let token = token.ok_or_else(|| AppError::unauthorized(Msg::LoginRequired))?;
            let auth = run(&svc?, move |s| s.authenticate(&token)).await?;
            speak(&auth);
            Ok(ApiAuth(auth))
        })
    }
}

/// Answers in the language the caller's account chose, if it chose one.
fn speak(auth: &Authenticated) {
    if let Some(lang) = auth.caller.language {
        crate::i18n::set_current(lang);
    }
}

/// A page visitor with a live session; anyone else is sent to the login page.
pub struct PageAuth(pub Authenticated);

fn to_login() -> actix_web::Error {
    let response = HttpResponse::SeeOther().insert_header((header::LOCATION, "/login")).finish();
    actix_web::error::InternalError::from_response("login required", response).into()
}

impl FromRequest for PageAuth {
    type Error = actix_web::Error;
    type Future = Fut<Self, actix_web::Error>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let token = cookie_value(req, SESSION_COOKIE, secure_cookies(req));
        let svc = services(req);
        Box::pin(async move {
            let token = token.ok_or_else(to_login)?;
            match run(&svc?, move |s| s.authenticate(&token)).await {
                Ok(auth) => {
                    speak(&auth);
                    Ok(PageAuth(auth))
                }
                Err(e) if e.kind == crate::error::ErrorKind::Unauthorized => Err(to_login()),
                Err(e) => Err(e.into()),
            }
        })
    }
}

/// Says in a 429 when to try again: `Retry-After` in seconds (for a login,
/// the window, after which the oldest failure no longer counts).
pub fn retry_after(res: &mut HttpResponse, seconds: i64) {
    if let Ok(value) = header::HeaderValue::from_str(&seconds.max(1).to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, value);
    }
}

/// How long a login form's token is good for, in seconds.
pub const LOGIN_FORM_TTL_SECONDS: i64 = 24 * 3600;

/// The key that signs the login form's tokens, loaded from the database at
/// its first use ([`Services::login_form_key`]) and kept.
#[derive(Debug, Default)]
pub struct LoginFormKey(std::sync::OnceLock<[u8; 32]>);

impl LoginFormKey {
    /// The key, loaded (or made) at the first call.
    pub async fn get(&self, svc: &web::Data<Services>) -> Result<[u8; 32], AppError> {
        if let Some(key) = self.0.get() {
            return Ok(*key);
        }
        let key = run(svc, |s| s.login_form_key()).await?;
        Ok(*self.0.get_or_init(|| key))
    }
}

fn form_mac(key: &[u8; 32], nonce: &str, expires: i64) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes any key"));
    mac.update(format!("plenum login form\n{nonce}\n{expires}").as_bytes());
    mac
}

/// A login form's token: a random nonce, when it expires (Unix seconds),
/// and the HMAC of both under the server's key, so that the client can
/// neither make one up nor alter one (a value it chose for both the cookie
/// and the field is refused).
pub fn issue_form_token(key: &[u8; 32], now: chrono::NaiveDateTime) -> String {
    let nonce = crate::service::auth::random_token().0;
    let expires = now.and_utc().timestamp() + LOGIN_FORM_TTL_SECONDS;
    let tag = hex::encode(form_mac(key, &nonce, expires).finalize().into_bytes());
    format!("{nonce}.{expires}.{tag}")
}

/// Whether `token` is one [`issue_form_token`] made with `key` and it has
/// not expired at `now`.
pub fn form_token_is_valid(key: &[u8; 32], token: &str, now: chrono::NaiveDateTime) -> bool {
    let mut parts = token.split('.');
    let (Some(nonce), Some(expires), Some(tag), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let (Ok(expires), Ok(tag)) = (expires.parse::<i64>(), hex::decode(tag)) else { return false };
    expires > now.and_utc().timestamp() && form_mac(key, nonce, expires).verify_slice(&tag).is_ok()
}

/// Compares two secrets in time that does not depend on where they differ
/// (`subtle`, whose comparison the optimiser cannot cut short; a length
/// difference answers at once, and lengths are not secret here).
pub fn same_secret(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// The name a cookie goes by. With `cookie_secure`, `__Host-` and the name:
/// a browser then takes the cookie only from this host over HTTPS with
/// `Path=/` and no `Domain`, so a sibling subdomain or a plain-HTTP answer
/// cannot plant one (a login token or a session of the attacker's choosing).
pub fn cookie_name(name: &'static str, secure: bool) -> std::borrow::Cow<'static, str> {
    if secure {
        format!("__Host-{name}").into()
    } else {
        name.into()
    }
}

/// The value of the cookie `name` (under [`cookie_name`]) in a request.
pub fn cookie_value(req: &HttpRequest, name: &'static str, secure: bool) -> Option<String> {
    req.cookie(&cookie_name(name, secure)).map(|c| c.value().to_string())
}

/// Whether this instance marks its cookies secure (`cookie_secure`).
pub fn secure_cookies(req: &HttpRequest) -> bool {
    req.app_data::<web::Data<Services>>().map(|s| s.settings.cookie_secure).unwrap_or(true)
}

/// A cookie as plenum sets them: HttpOnly, SameSite=Lax, Path=/, Secure
/// (and named `__Host-`) if configured.
pub fn cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(cookie_name(name, secure), value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .finish()
}

/// A cookie that removes one.
pub fn removal(name: &'static str, secure: bool) -> Cookie<'static> {
    let mut c = cookie(name, String::new(), secure);
    c.make_removal();
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_form_tokens_are_the_servers() {
        let key = [3u8; 32];
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap().naive_utc();
        let token = issue_form_token(&key, now);
        assert!(form_token_is_valid(&key, &token, now));
        assert!(!form_token_is_valid(&[4u8; 32], &token, now), "another key");
        let later = now + chrono::Duration::seconds(LOGIN_FORM_TTL_SECONDS);
        assert!(!form_token_is_valid(&key, &token, later), "expired");
        let (nonce, rest) = token.split_once('.').unwrap();
        let (expires, tag) = rest.split_once('.').unwrap();
        let longer = format!("{nonce}.{}.{tag}", expires.parse::<i64>().unwrap() + 1000);
        for bad in [
            "",
            "0000",
            "a.b.c",
            "a.1.00",
            &longer,
            &format!("x{token}"),
            &format!("{token}.x"),
            &format!("{nonce}.{expires}"),
        ] {
            assert!(!form_token_is_valid(&key, bad, now), "{bad}");
        }
        assert_ne!(issue_form_token(&key, now), token, "a fresh nonce each time");
    }

    #[test]
    fn secrets_compare() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
