//! The web: actix handlers for the pages and the JSON API. Handlers parse,
//! call one service function off the async workers, and render.

pub mod api;
pub mod auth;
pub mod body;
pub mod done;
mod downloads;
pub mod errors;
pub mod kept_receipts;
pub mod language;
pub mod limits;
pub mod live;
pub mod openapi;
pub mod pages;

use crate::domain::client::TrustedProxies;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
use crate::service::Services;
use actix_web::dev::Server;
use actix_web::http::header;
use actix_web::{middleware, web, App, HttpResponse, HttpServer};
use std::net::TcpListener;

/// The stylesheet, served from `/static/plenum.css`.
const CSS: &str = include_str!("static/plenum.css");
/// The small script that follows the live stream, served from `/static/plenum.js`.
const JS: &str = include_str!("static/plenum.js");

/// The security headers every response carries.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Runs a service call on the blocking pool, so the async workers never
/// wait on the database or on argon2.
pub async fn run<T, F>(services: &web::Data<Services>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Services) -> AppResult<T> + Send + 'static,
{
    // No more calls on the blocking pool than the database has connections
    // for: the rest wait here, in order, without a thread each.
    let _permit = services.gate.clone().acquire_owned().await;
    run_login(services, f).await
}

/// [`run`] for a login, which spends most of its time hashing a password:
/// it waits for the hashers' own cap (`max_concurrent_password_hashes`),
/// not for a database permit, so that a room logging in at once does not
/// hold up everyone else's calls behind it.
pub async fn run_login<T, F>(services: &web::Data<Services>, f: F) -> AppResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Services) -> AppResult<T> + Send + 'static,
{
    let services = services.clone();
    // The blocking pool's thread speaks the request's language too.
    let lang = crate::i18n::current();
    web::block(move || crate::i18n::speaking(lang, || f(&services))).await?
}

/// Routes, body limits and error shapes for bad input.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PayloadConfig::new(4 * 1024 * 1024))
        .app_data(web::JsonConfig::default().limit(64 * 1024).error_handler(|err, _| {
            AppError::bad_request(ErrorCode::InvalidJson, Msg::InvalidJson { detail: err.to_string() }).into()
        }))
        .app_data(web::PathConfig::default().error_handler(|err, _| {
            AppError::bad_request(ErrorCode::InvalidPath, Msg::BadRequest { detail: err.to_string() }).into()
        }))
        .app_data(web::QueryConfig::default().error_handler(|err, _| {
            AppError::bad_request(ErrorCode::InvalidQuery, Msg::BadRequest { detail: err.to_string() }).into()
        }))
        .app_data(web::FormConfig::default().limit(4 * 1024 * 1024).error_handler(|err, _| {
            AppError::bad_request(ErrorCode::InvalidForm, Msg::BadRequest { detail: err.to_string() }).into()
        }))
        .route("/static/plenum.css", web::get().to(css))
        .route("/static/plenum.js", web::get().to(js))
        .route("/live/assemblies/{id}", web::get().to(live::stream))
        .route("/display/{token}/live", web::get().to(live::display_stream))
        .route("/healthz", web::get().to(|| async { HttpResponse::Ok().body("ok") }))
        .route("/api/openapi.json", web::get().to(|| async { HttpResponse::Ok().json(openapi::document()) }))
        .service(
            web::scope("/api/v1")
                .configure(|c| api::configure(&mut utoipa_actix_web::service_config::ServiceConfig::new(c))),
        )
        .configure(pages::configure)
        .default_service(web::to(|| async {
            Err::<HttpResponse, _>(pages::PageError::from(AppError::not_found(crate::i18n::Msg::ThingPage)))
        }));
}

async fn css() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(CSS)
}

async fn js() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(JS)
}

/// The `Strict-Transport-Security` sent when the cookies are marked secure
/// (the instance is served over HTTPS): a year, this host only.
pub const HSTS: &str = "max-age=31536000";

/// The headers set on every response. Nothing is cached unless its answer
/// says otherwise (the static files do): pages, API answers and the answer
/// carrying a token are a session's own. `Strict-Transport-Security` when
/// `secure` (the setting `cookie_secure`).
pub fn security_headers(secure: bool) -> middleware::DefaultHeaders {
    let headers = middleware::DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CSP))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::REFERRER_POLICY, "no-referrer"))
        .add((header::CACHE_CONTROL, "no-store"));
    if secure {
        headers.add((header::STRICT_TRANSPORT_SECURITY, HSTS))
    } else {
        headers
    }
}

/// The access log's line: the client's address (as [`auth::client_address`]
/// sees it), the request line with its secrets redacted (receipt codes:
/// [`crate::domain::client::redacted_target`]), status and time.
fn access_log(trusted: auth::Forwarding) -> middleware::Logger {
    middleware::Logger::new("%{client}xi \"%{request}xi\" %s %Dms")
        .exclude("/healthz")
        .custom_request_replace("client", move |req| auth::address_of(req.peer_addr(), req.headers(), Some(&trusted)))
        .custom_request_replace("request", |req| {
            let target = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            format!("{} {} {:?}", req.method(), crate::domain::client::redacted_target(target), req.version())
        })
}

/// Erases the personal data past its retention period at start and then
/// every [`crate::service::retention::ERASE_EVERY`] (each run one
/// transaction, audited when it erased something). A failed run is logged
/// and tried again at the next.
async fn eraser(services: web::Data<Services>) {
    loop {
        match run(&services, |s| s.erase_expired_personal_data()).await {
            Ok(e) if e.sessions + e.login_failures > 0 => tracing::info!(
                sessions = e.sessions,
                login_failures = e.login_failures,
                before = %crate::audit::canonical_time(e.before),
                "personal data erased"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e.message(), "the erasure of expired personal data failed"),
        }
        actix_web::rt::time::sleep(crate::service::retention::ERASE_EVERY).await;
    }
}

/// Delivers the outbox while the server runs (`mail_enabled`): a round
/// of the sender on a blocking thread, again at once while messages are
/// due, else after a second.
async fn mail_sender(services: web::Data<Services>) {
    let sender = match crate::mail::sender::Sender::new(services.get_ref().clone()) {
        Ok(sender) => std::sync::Arc::new(sender),
        Err(e) => {
            tracing::error!(error = %e, "e-mail is on but cannot be set up: notices stay queued");
            return;
        }
    };
    loop {
        let round = sender.clone();
        let pause = match web::block(move || round.round()).await {
            Ok(Ok(0)) => std::time::Duration::from_secs(1),
            Ok(Ok(_)) => std::time::Duration::ZERO,
            Ok(Err(e)) => {
                tracing::warn!(error = %e.message(), "the outbox could not be read or written; trying again");
                std::time::Duration::from_secs(5)
            }
            Err(e) => {
                tracing::warn!(error = %e, "the sender's round did not finish; trying again");
                std::time::Duration::from_secs(5)
            }
        };
        if !pause.is_zero() {
            actix_web::rt::time::sleep(pause).await;
        }
    }
}

/// Starts the HTTP server on a bound listener.
/// How many connections may wait to be accepted. A whole room opens its
/// connections within a second when a poll opens; the standard library's
/// default of 128 would drop the rest's first SYN and stall them for the
/// one-second TCP retransmit.
pub const LISTEN_BACKLOG: i32 = 4096;

/// A listening socket on `addr` with [`LISTEN_BACKLOG`].
pub fn listen(addr: &str) -> std::io::Result<std::net::TcpListener> {
    use std::net::ToSocketAddrs;
    let addr = addr
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("{addr} names no address")))?;
    let socket = socket2::Socket::new(socket2::Domain::for_address(addr), socket2::Type::STREAM, None)?;
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(LISTEN_BACKLOG)?;
    Ok(socket.into())
}

pub fn server(services: Services, listener: TcpListener, workers: Option<usize>) -> std::io::Result<Server> {
    let settings = services.settings.clone();
    let invalid = |e: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, e);
    let trusted =
        TrustedProxies::parse(&settings.trusted_proxies).map_err(|e| invalid(format!("trusted_proxies: {e}")))?;
    let header = crate::domain::client::ForwardedHeader::parse(&settings.trusted_proxy_header)
        .map_err(|e| invalid(format!("trusted_proxy_header: {e}")))?;
    let forwarding = auth::Forwarding { proxies: trusted.clone(), header };
    let data = web::Data::new(services);
    let hub = web::Data::new(std::sync::Arc::new(live::Hub::default()));
    let trusted_data = web::Data::new(forwarding.clone());
    let deadline =
        web::Data::new(limits::BodyDeadline(std::time::Duration::from_secs(settings.body_read_timeout_seconds)));
    let form_key = web::Data::new(auth::LoginFormKey::default());
    actix_web::rt::spawn(live::poller(data.clone(), hub.get_ref().clone()));
    actix_web::rt::spawn(eraser(data.clone()));
    if settings.mail_enabled {
        actix_web::rt::spawn(mail_sender(data.clone()));
    }
    let counts = std::sync::Arc::new(limits::ConnectionCounts::default());
    let secure = settings.cookie_secure;
    let log_trusted = forwarding;
    let mut server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .app_data(hub.clone())
            .app_data(trusted_data.clone())
            .app_data(deadline.clone())
            .app_data(form_key.clone())
            .wrap(middleware::from_fn(limits::body_deadline))
            .wrap(security_headers(secure))
            .wrap(access_log(log_trusted.clone()))
            .wrap(middleware::from_fn(language::choose))
            .configure(configure)
    })
    .on_connect(limits::on_connect(counts, settings.max_connections_per_address, trusted))
    .listen(listener)?;
    if let Some(n) = workers {
        server = server.workers(n);
    }
    Ok(server.run())
}
