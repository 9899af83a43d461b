//! Who is asking: bearer tokens for the API, a session cookie with a CSRF
//! token on every form for the pages.

use super::run;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::service::auth::Authenticated;
use crate::service::Services;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
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

/// The address a request came from (the peer; no forwarded headers are
/// trusted, since they are the client's to set).
pub fn client_address(req: &HttpRequest) -> String {
    req.peer_addr().map(|a| a.ip().to_string()).unwrap_or_else(|| "unknown".into())
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
            Ok(ApiAuth(auth))
        })
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
        let token = req.cookie(SESSION_COOKIE).map(|c| c.value().to_string());
        let svc = services(req);
        Box::pin(async move {
            let token = token.ok_or_else(to_login)?;
            match run(&svc?, move |s| s.authenticate(&token)).await {
                Ok(auth) => Ok(PageAuth(auth)),
                Err(e) if e.kind == crate::error::ErrorKind::Unauthorized => Err(to_login()),
                Err(e) => Err(e.into()),
            }
        })
    }
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl PageAuth {
    /// Refuses a form whose CSRF token is not this session's.
    pub fn check_csrf(&self, sent: &str) -> Result<(), AppError> {
        if same_secret(sent, &self.0.csrf) {
            Ok(())
        } else {
            Err(AppError::forbidden("csrf_mismatch", Msg::CsrfMismatch))
        }
    }
}

/// A cookie as plenum sets them: HttpOnly, SameSite=Lax, Secure if configured.
pub fn cookie(name: &'static str, value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(name, value).path("/").http_only(true).same_site(SameSite::Lax).secure(secure).finish()
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
    fn secrets_compare() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
