//! What one client may hold of the server: its request body must arrive
//! within `body_read_timeout_seconds` (the head within 5 s, actix's own
//! limit), and one address may hold at most `max_connections_per_address`
//! connections at once.

use crate::domain::client::TrustedProxies;
use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::web::Bytes;
use actix_web::{HttpMessage, HttpResponse};
use futures_util::Stream;
use std::cell::Cell;
use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

/// The longest a request's body may take to arrive.
#[derive(Debug, Clone, Copy)]
pub struct BodyDeadline(pub Duration);

/// A request body that fails once its deadline has passed.
struct Timed {
    inner: Payload,
    sleep: Pin<Box<tokio::time::Sleep>>,
    expired: Rc<Cell<bool>>,
    done: bool,
}

impl Stream for Timed {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        match Pin::new(&mut this.inner).poll_next(cx) {
            Poll::Ready(None) => {
                this.done = true;
                Poll::Ready(None)
            }
            Poll::Ready(Some(chunk)) => Poll::Ready(Some(chunk)),
            Poll::Pending => {
                if this.sleep.as_mut().poll(cx).is_ready() {
                    this.done = true;
                    this.expired.set(true);
                    let e = std::io::Error::new(std::io::ErrorKind::TimedOut, "the request body took too long");
                    Poll::Ready(Some(Err(PayloadError::Io(e))))
                } else {
                    Poll::Pending
                }
            }
        }
    }
}

/// Middleware: the body of every request must arrive within the
/// [`BodyDeadline`] in the app's data; a request whose body did not is
/// answered 408 and its connection closed.
pub async fn body_deadline(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let Some(limit) = req.app_data::<actix_web::web::Data<BodyDeadline>>().map(|d| d.0) else {
        return Ok(next.call(req).await?.map_into_left_body());
    };
    let expired = Rc::new(Cell::new(false));
    let timed = Timed {
        inner: req.take_payload(),
        sleep: Box::pin(tokio::time::sleep(limit)),
        expired: expired.clone(),
        done: false,
    };
    let boxed: Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>> = Box::pin(timed);
    req.set_payload(Payload::from(boxed));
    let res = next.call(req).await;
    if !expired.get() {
        return Ok(res?.map_into_left_body());
    }
    let cut = |req| {
        let body = crate::error::ErrorBody {
            error: crate::error::ErrorCode::BodyTimeout,
            message: crate::i18n::Msg::BodyTimeout.here(),
        };
        let answer = HttpResponse::RequestTimeout().force_close().json(body);
        ServiceResponse::new(req, answer).map_into_right_body()
    };
    match res {
        Ok(r) => Ok(cut(r.into_parts().0)),
        Err(e) => Err(e),
    }
}

/// How many connections each address holds, shared by every worker.
#[derive(Debug, Default)]
pub struct ConnectionCounts {
    open: Mutex<HashMap<IpAddr, usize>>,
    /// Connections refused since the last warning, and when that was: a
    /// flood of refusals makes one log line per [`WARN_EVERY`], not one each.
    refused: Mutex<(u64, Option<std::time::Instant>)>,
}

/// At most one warning about refused connections this often.
const WARN_EVERY: Duration = Duration::from_secs(10);

/// One counted connection; dropped (uncounted) with it.
pub struct Counted {
    counts: Arc<ConnectionCounts>,
    address: IpAddr,
}

impl Drop for Counted {
    fn drop(&mut self) {
        let mut open = self.counts.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.address) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.address);
            }
        }
    }
}

impl ConnectionCounts {
    /// Counts a new connection from `address` (an IPv6 one as its /64, as
    /// the login limits do), or refuses it (`None`) when it already holds
    /// `cap`.
    pub fn admit(self: &Arc<Self>, address: IpAddr, cap: usize) -> Option<Counted> {
        let address = crate::domain::client::holder(address);
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(address).or_insert(0);
        if *n >= cap {
            return None;
        }
        *n += 1;
        Some(Counted { counts: self.clone(), address })
    }

    /// Counts a refusal; says how many to report now, if it is time to.
    fn refused(&self) -> Option<u64> {
        let mut r = self.refused.lock().unwrap_or_else(|e| e.into_inner());
        r.0 += 1;
        let now = std::time::Instant::now();
        if r.1.is_some_and(|at| now.duration_since(at) < WARN_EVERY) {
            return None;
        }
        let n = r.0;
        *r = (0, Some(now));
        Some(n)
    }
}

/// The server's `on_connect` hook: counts each TCP connection against its
/// peer's cap (trusted proxies excepted), and shuts at once a connection
/// over the cap, before it is read.
pub fn on_connect(
    counts: Arc<ConnectionCounts>,
    cap: usize,
    trusted: TrustedProxies,
) -> impl Fn(&dyn std::any::Any, &mut actix_web::dev::Extensions) + Send + Sync + 'static {
    move |conn, ext| {
        let Some(tcp) = conn.downcast_ref::<actix_web::rt::net::TcpStream>() else { return };
        let Ok(peer) = tcp.peer_addr() else { return };
        if trusted.contains(peer.ip()) {
            return;
        }
        match counts.admit(peer.ip(), cap) {
            Some(counted) => {
                ext.insert(counted);
            }
            None => {
                if let Some(refused) = counts.refused() {
                    tracing::warn!(address = %peer.ip(), cap, refused, "connections refused: too many from one address");
                }
                let _ = socket2::SockRef::from(tcp).shutdown(std::net::Shutdown::Both);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_counts_per_address_and_frees_on_drop() {
        let counts = Arc::new(ConnectionCounts::default());
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        let held: Vec<_> = (0..3).map(|_| counts.admit(a, 3).expect("within the cap")).collect();
        assert!(counts.admit(a, 3).is_none());
        assert!(counts.admit(b, 3).is_some());
        assert!(counts.admit("::ffff:192.0.2.1".parse().unwrap(), 3).is_none(), "a mapped address is the same");
        let v6: Vec<_> = (1..=3).map(|i| counts.admit(format!("2001:db8::{i}").parse().unwrap(), 3)).collect();
        assert!(v6.iter().all(Option::is_some));
        assert!(counts.admit("2001:db8::ffff".parse().unwrap(), 3).is_none(), "one /64 is one holder");
        assert!(counts.admit("2001:db8:0:1::1".parse().unwrap(), 3).is_some(), "another /64");
        drop(v6);
        drop(held);
        assert!(counts.admit(a, 3).is_some());
        assert_eq!(counts.refused(), Some(1), "the first refusal is reported");
        assert_eq!((counts.refused(), counts.refused()), (None, None), "the next ones wait");
        assert!(counts.open.lock().unwrap().is_empty(), "nothing left counted");
    }
}
