//! Live updates as Server-Sent Events. One poller per instance watches the
//! ledger head (one cheap query every [`POLL_INTERVAL`]); when it moves, it
//! rebuilds the views of the assemblies someone is watching and broadcasts
//! them. Everything comes from the database, so a change made through any
//! instance reaches the watchers of every instance.

use super::auth::{bearer, SESSION_COOKIE};
use super::run;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
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

/// One assembly's view, serialised once as an event for every watcher
/// (`Bytes` clones share the buffer: ten thousand watchers, one copy).
#[derive(Debug)]
pub struct Frame {
    pub assembly_id: i64,
    pub event: Bytes,
}

/// The instance's broadcaster and who is watching what.
pub struct Hub {
    tx: broadcast::Sender<Arc<Frame>>,
    watched: Mutex<HashMap<i64, usize>>,
}

impl Default for Hub {
    fn default() -> Self {
        let (tx, _) = broadcast::channel(256);
        Hub { tx, watched: Mutex::new(HashMap::new()) }
    }
}

/// Counts a watcher while it lives.
struct Watching {
    hub: Arc<Hub>,
    assembly_id: i64,
}

impl Drop for Watching {
    fn drop(&mut self) {
        let mut w = self.hub.watched.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = w.get_mut(&self.assembly_id) {
            *n -= 1;
            if *n == 0 {
                w.remove(&self.assembly_id);
            }
        }
    }
}

impl Hub {
    fn watch(self: &Arc<Self>, assembly_id: i64) -> (broadcast::Receiver<Arc<Frame>>, Watching) {
        *self.watched.lock().unwrap_or_else(|e| e.into_inner()).entry(assembly_id).or_insert(0) += 1;
        (self.tx.subscribe(), Watching { hub: self.clone(), assembly_id })
    }

    fn watched(&self) -> Vec<i64> {
        self.watched.lock().unwrap_or_else(|e| e.into_inner()).keys().copied().collect()
    }
}

fn frame(view: &LiveView) -> Frame {
    let data = serde_json::to_string(view).unwrap_or_else(|_| "{}".into());
    Frame { assembly_id: view.assembly_id, event: sse(&data) }
}

/// Runs the poller until the server stops.
pub async fn poller(services: web::Data<Services>, hub: Arc<Hub>) {
    let mut seen = -1;
    let mut ticker = tokio::time::interval(POLL_INTERVAL);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        let watched = hub.watched();
        if watched.is_empty() {
            seen = -1; // look afresh when someone watches again
            continue;
        }
        match run(&services, move |s| s.live_changes(seen, &watched)).await {
            Ok(Some((head, views))) => {
                seen = head;
                for v in &views {
                    let _ = hub.tx.send(Arc::new(frame(v)));
                }
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "live poller"),
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
        .or_else(|| req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()))
        .ok_or_else(|| AppError::unauthorized(Msg::LoginRequired))?;
    let assembly_id = id.into_inner();
    let first = run(&services, move |s| {
        s.authenticate(&token)?;
        s.live_view(assembly_id)
    })
    .await?;
    let keep_alive = Duration::from_secs(services.settings.live_keep_alive_seconds);
    let (rx, guard) = hub.get_ref().watch(assembly_id);
    let first = frame(&first).event;
    let state = (Some(first), rx, guard);
    let body = futures_util::stream::unfold(state, move |(first, mut rx, guard)| async move {
        if let Some(first) = first {
            return Some((Ok::<_, actix_web::Error>(first), (None, rx, guard)));
        }
        loop {
            match tokio::time::timeout(keep_alive, rx.recv()).await {
                Err(_) => return Some((Ok(Bytes::from_static(b": keep-alive\n\n")), (None, rx, guard))),
                Ok(Ok(f)) if f.assembly_id == guard.assembly_id => {
                    return Some((Ok(f.event.clone()), (None, rx, guard)));
                }
                Ok(Ok(_)) | Ok(Err(broadcast::error::RecvError::Lagged(_))) => continue,
                Ok(Err(broadcast::error::RecvError::Closed)) => return None,
            }
        }
    });
    Ok(HttpResponse::Ok()
        .content_type("text/event-stream")
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header(("X-Accel-Buffering", "no"))
        .streaming(body))
}
