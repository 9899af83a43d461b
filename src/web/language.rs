//! The language each request is answered in: the account's own choice,
//! else the switcher's (a cookie), else the browser's `Accept-Language`,
//! else the instance's default (`default_language`). Pages, the API's
//! `message` and the live pages follow it; the `error` codes, the record
//! and the CLI do not change with it.

use crate::i18n::{self, Lang};
use crate::service::Services;
use actix_web::body::MessageBody;
use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, Header, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, HttpRequest};

/// The cookie that keeps the switcher's choice (and, once logged in, the
/// account's).
pub const COOKIE: &str = "plenum_lang";

/// The languages the instance offers in its switcher.
pub fn offered(settings: &crate::config::Settings) -> Vec<Lang> {
    let mut langs = Lang::ALL.to_vec();
    if settings.pseudo_locale {
        langs.push(Lang::Pseudo);
    }
    langs
}

/// The language a request asks for before its caller is known: `?lang=`
/// in its address (a display link for the projector), the cookie, then
/// `Accept-Language` by its ranking, then the default.
pub fn requested(req: &HttpRequest, settings: &crate::config::Settings) -> Lang {
    let pseudo = settings.pseudo_locale;
    let allowed = |l: &Lang| pseudo || *l != Lang::Pseudo;
    // On an export, `?lang=` names the file's language (one of the
    // assembly's), not the reader's: a refusal is said in the reader's own.
    let asked = match req.path().contains("/exports/") {
        true => None,
        false => url::form_urlencoded::parse(req.query_string().as_bytes()).find(|(k, _)| k == "lang"),
    };
    if let Some(l) = asked.and_then(|(_, v)| Lang::from_tag(&v)).filter(allowed) {
        return l;
    }
    if let Some(l) = req.cookie(COOKIE).and_then(|c| Lang::from_tag(c.value())).filter(allowed) {
        return l;
    }
    if let Ok(accept) = header::AcceptLanguage::parse(req) {
        // `q=0` is "not this one": dropped before ranking (which sorts
        // by quality and keeps the listed order among equals).
        let acceptable =
            header::AcceptLanguage(accept.0.into_iter().filter(|q| q.quality > header::Quality::ZERO).collect());
        let ranked: Vec<String> = acceptable.ranked().iter().map(|p| p.to_string()).collect();
        if let Some(l) = Lang::negotiate(ranked.iter().map(String::as_str), pseudo) {
            return l;
        }
    }
    settings.default_lang()
}

/// What the switcher needs to know about the request being answered.
struct Here {
    /// The page, for the switcher to come back to.
    page: String,
    /// The languages the instance offers.
    offered: Vec<Lang>,
}

tokio::task_local! {
    static HERE: Here;
}

/// Where the switcher brings the visitor back to: the page being shown,
/// when it was fetched with GET; the front page otherwise.
pub fn page_path() -> String {
    HERE.try_with(|h| h.page.clone()).unwrap_or_else(|_| "/".to_string())
}

/// The languages the switcher offers on the page being answered.
pub fn offered_here() -> Vec<Lang> {
    HERE.try_with(|h| h.offered.clone()).unwrap_or_else(|_| Lang::ALL.to_vec())
}

/// A path the switcher may send a browser back to: one of plenum's own.
/// Only visible ASCII is taken (a page's address as the browser sent it,
/// percent-encoded): browsers drop tabs and newlines from an address, so
/// `/<TAB>/host` would become `//host`, another site; a backslash reads
/// as a slash; and a control character cannot go in a header at all.
pub fn local_path(back: &str) -> Option<&str> {
    let visible = back.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    let ok = visible && back.starts_with('/') && !back.starts_with("//") && back.len() <= 2000;
    ok.then_some(back)
}

/// Middleware: answers the request in its language, and says which in
/// `Content-Language`.
pub async fn choose(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let (lang, offered) = match req.app_data::<web::Data<Services>>() {
        Some(services) => (requested(req.request(), &services.settings), offered(&services.settings)),
        None => (Lang::default(), Lang::ALL.to_vec()),
    };
    let page = match *req.method() == actix_web::http::Method::GET {
        true => req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into()),
        false => "/".to_string(),
    };
    let work = HERE.scope(Here { page, offered }, async move {
        let mut res = next.call(req).await?;
        // The account's choice, once the caller is known, may differ.
        let said = i18n::current();
        // A file written in a language of its own (the minutes) says so.
        if let Ok(value) = HeaderValue::from_str(said.tag()) {
            if !res.headers().contains_key(header::CONTENT_LANGUAGE) {
                res.headers_mut().insert(header::CONTENT_LANGUAGE, value);
            }
        }
        Ok(res)
    });
    i18n::in_language(lang, work).await
}

/// The cookie that keeps `lang` for a year.
pub fn cookie(lang: Lang, secure: bool) -> Cookie<'static> {
    Cookie::build(COOKIE, lang.tag())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(Duration::days(365))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_plenums_own_pages_are_a_way_back() {
        for ok in ["/", "/delegate", "/polls/3?lang=fr", "/audit?kind=ballot.&from=2026-05-16T09%3A00", "/a/b#c"] {
            assert_eq!(local_path(ok), Some(ok), "{ok:?}");
        }
        for bad in [
            "",
            "delegate",
            "//evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "\t//evil.example",
            "/ /evil.example",
            "/\u{c}/x",
            "/\u{7f}/x",
            "/\u{a0}/x",
            "/\u{2028}/x",
            "https://evil.example/",
            "/évil",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
        assert_eq!(local_path(&format!("/{}", "a".repeat(2000))), None, "too long");
    }
}
