//! Live updates as Server-Sent Events. One poller per instance watches the
//! ledger head (one cheap query every [`POLL_INTERVAL`]); when it moves, it
//! rebuilds the views of the assemblies someone is watching and broadcasts
//! them. Everything comes from the database, so a change made through any
//! instance reaches the watchers of every instance. A stream ends soon after
//! its session does (logout, a disabled or replaced account, expiry).

use super::auth::{bearer, cookie_value, SESSION_COOKIE};
use super::run;
use crate::domain::ids::AssemblyId;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult, ErrorKind};
use crate::i18n::{self, Lang, Msg};
use crate::service::live::LiveView;
use crate::service::Services;
use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::broadcast;

/// How often the poller looks at the ledger head.
pub const POLL_INTERVAL: Duration = Duration::from_millis(200);

/// One assembly's view, serialised once per language as an event for
/// every watcher (`Bytes` clones share the buffer: ten thousand watchers,
/// one copy for each language).
#[derive(Debug)]
pub struct Frame {
    pub assembly_id: i64,
    events: Vec<(Lang, Bytes)>,
}

impl Frame {
    /// The event in a watcher's language.
    pub fn event(&self, lang: Lang) -> Bytes {
        let said = self.events.iter().find(|(l, _)| *l == lang).or_else(|| self.events.first());
        said.map(|(_, e)| e.clone()).unwrap_or_default()
    }
}

/// What the poller tells every stream: an assembly's new view, or the
/// sessions that have ended (whose streams end).
#[derive(Debug)]
pub enum Message {
    View(Frame),
    Ended(Vec<i64>),
}

/// The instance's broadcaster and who is watching what.
pub struct Hub {
    tx: broadcast::Sender<Arc<Message>>,
    watched: Mutex<HashMap<i64, usize>>,
    /// The sessions behind the streams, with how many streams each.
    sessions: Mutex<HashMap<i64, usize>>,
}

impl Default for Hub {
    fn default() -> Self {
        let (tx, _) = broadcast::channel(256);
        Hub { tx, watched: Mutex::new(HashMap::new()), sessions: Mutex::new(HashMap::new()) }
    }
}

/// Counts a watcher, and its session, while it lives.
struct Watching {
    hub: Arc<Hub>,
    assembly_id: i64,
    session_id: i64,
}

fn uncount(map: &Mutex<HashMap<i64, usize>>, key: i64) {
    let mut w = map.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(n) = w.get_mut(&key) {
        *n -= 1;
        if *n == 0 {
            w.remove(&key);
        }
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        uncount(&self.hub.watched, self.assembly_id);
        uncount(&self.hub.sessions, self.session_id);
    }
}

impl Hub {
    /// Counts a new stream, unless its session already has `cap` of them.
    fn watch(
        self: &Arc<Self>,
        assembly_id: i64,
        session_id: i64,
        cap: usize,
    ) -> Option<(broadcast::Receiver<Arc<Message>>, Watching)> {
        {
            let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
            let n = sessions.entry(session_id).or_insert(0);
            if *n >= cap {
                return None;
            }
            *n += 1;
        }
        *self.watched.lock().unwrap_or_else(|e| e.into_inner()).entry(assembly_id).or_insert(0) += 1;
        Some((self.tx.subscribe(), Watching { hub: self.clone(), assembly_id, session_id }))
    }

    fn watched(&self) -> Vec<i64> {
        self.watched.lock().unwrap_or_else(|e| e.into_inner()).keys().copied().collect()
    }

    fn sessions(&self) -> Vec<i64> {
        self.sessions.lock().unwrap_or_else(|e| e.into_inner()).keys().copied().collect()
    }
}

/// Every this many polls, the watched sessions are checked whatever the
/// ledger says (sessions expire without an event; a stream that lagged
/// behind the broadcast may have missed its end): every five seconds.
const SESSION_CHECK_EVERY: u32 = 25;

fn frame(view: &LiveView) -> Frame {
    let events = Lang::ALL
        .iter()
        .chain([&Lang::Pseudo])
        .map(|lang| {
            let data = i18n::speaking(*lang, || serde_json::to_string(view)).unwrap_or_else(|_| "{}".into());
            (*lang, sse(&data))
        })
        .collect();
    Frame { assembly_id: view.assembly_id.0, events }
}

/// Runs the poller until the server stops.
pub async fn poller(services: web::Data<Services>, hub: Arc<Hub>) {
    let mut seen = -1;
    let mut ticks = 0u32;
    let mut ticker = tokio::time::interval(POLL_INTERVAL);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        let watched = hub.watched();
        if watched.is_empty() {
            seen = -1; // look afresh when someone watches again
            continue;
        }
        let before = seen;
        match run(&services, move |s| s.live_changes(seen, &watched)).await {
            Ok(Some((head, views))) => {
                seen = head;
                for v in &views {
                    let _ = hub.tx.send(Arc::new(Message::View(frame(v))));
                }
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "live poller"),
        }
        // The streams of sessions that have ended end too: looked for when
        // the ledger records something that can end one, and regularly.
        ticks = ticks.wrapping_add(1);
        let always = ticks % SESSION_CHECK_EVERY == 0 || before < 0;
        if always || seen != before {
            let sessions = hub.sessions();
            match run(&services, move |s| s.ended_sessions(before, &sessions, always)).await {
                Ok(ended) if !ended.is_empty() => {
                    let _ = hub.tx.send(Arc::new(Message::Ended(ended)));
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "live poller: sessions"),
            }
        }
    }
}

fn sse(data: &str) -> Bytes {
    Bytes::from(format!("event: snapshot\ndata: {data}\n\n"))
}

/// `GET /live/assemblies/{id}`: the assembly's live view as an event stream,
/// for a page (session cookie) or a program (bearer token).
pub async fn stream(
    services: web::Data<Services>,
    hub: web::Data<Arc<Hub>>,
    req: HttpRequest,
    id: web::Path<i64>,
) -> AppResult<HttpResponse> {
    let token = bearer(&req)
        .or_else(|| cookie_value(&req, SESSION_COOKIE, services.settings.cookie_secure))
        .ok_or_else(|| AppError::unauthorized(Msg::LoginRequired))?;
    let assembly_id = id.into_inner();
    let (session_id, first) = run(&services, move |s| {
        let auth = s.authenticate(&token)?;
        Ok((auth.session_id, s.live_view(AssemblyId(assembly_id))?))
    })
    .await?;
    serve(&services, &hub, assembly_id, session_id, first)
}

/// `GET /display/{token}/live`: the stream of the assembly a display link
/// shows, without a login; it ends when the link is revoked.
pub async fn display_stream(
    services: web::Data<Services>,
    hub: web::Data<Arc<Hub>>,
    token: web::Path<String>,
) -> AppResult<HttpResponse> {
    let token = token.into_inner();
    let (display, first) = run(&services, move |s| {
        let (display, assembly) = s.display_by_token(&token)?;
        Ok((display, s.live_view(AssemblyId(assembly))?))
    })
    .await?;
    let assembly_id = first.assembly_id;
    serve(&services, &hub, assembly_id.0, crate::service::displays::stream_key(display), first)
}

/// One stream of an assembly's view for a watcher (a session, or a display
/// under its key): the view now, then each new one, until the watcher ends.
fn serve(
    services: &Services,
    hub: &web::Data<Arc<Hub>>,
    assembly_id: i64,
    session_id: i64,
    first: LiveView,
) -> AppResult<HttpResponse> {
    let keep_alive = Duration::from_secs(services.settings.live_keep_alive_seconds);
    let cap = services.settings.max_live_streams_per_session;
    let (rx, guard) = hub
        .get_ref()
        .watch(assembly_id, session_id, cap)
        .ok_or_else(|| AppError::new(ErrorKind::TooManyRequests, ErrorCode::TooManyStreams, Msg::TooManyStreams))?;
    // The stream is read after this handler returns, outside the
    // request's language: it keeps the one it was opened in.
    let lang = i18n::current();
    let first = frame(&first).event(lang);
    let state = (Some(first), rx, guard);
    let body = futures_util::stream::unfold(state, move |(first, mut rx, guard)| async move {
        if let Some(first) = first {
            return Some((Ok::<_, actix_web::Error>(first), (None, rx, guard)));
        }
        loop {
            match tokio::time::timeout(keep_alive, rx.recv()).await {
                Err(_) => return Some((Ok(Bytes::from_static(b": keep-alive\n\n")), (None, rx, guard))),
                Ok(Ok(m)) => match m.as_ref() {
                    Message::View(f) if f.assembly_id == guard.assembly_id => {
                        return Some((Ok(f.event(lang)), (None, rx, guard)));
                    }
                    // Its session has ended: so does the stream.
                    Message::Ended(ended) if ended.contains(&guard.session_id) => return None,
                    _ => continue,
                },
                Ok(Err(broadcast::error::RecvError::Lagged(_))) => continue,
                Ok(Err(broadcast::error::RecvError::Closed)) => return None,
            }
        }
    });
    Ok(HttpResponse::Ok()
        .content_type("text/event-stream")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header(("X-Accel-Buffering", "no"))
        .streaming(body))
}
