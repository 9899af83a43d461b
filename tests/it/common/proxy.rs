//! A small reverse proxy for the tests, as an operator would run one in
//! front of plenum: it accepts each client's connection, opens its own to
//! plenum, and adds the client's address to `X-Forwarded-For` (appending to
//! whatever the client sent, as nginx's `$proxy_add_x_forwarded_for` does).
//! One request per connection: clients must not reuse connections
//! ([`client_from`] does not).

use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, TcpListener, TcpStream};

/// A running proxy; it forwards until the test process ends.
pub struct Proxy {
    pub base: String,
}

/// Starts a proxy in front of `upstream` (`host:port`), listening on
/// `127.0.0.1`, connecting from `127.0.0.1`.
pub fn start(upstream: &str) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let upstream = upstream.trim_start_matches("http://").to_string();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { continue };
            let upstream = upstream.clone();
            std::thread::spawn(move || forward(client, &upstream));
        }
    });
    Proxy { base }
}

fn forward(mut client: TcpStream, upstream: &str) {
    let Ok(peer) = client.peer_addr() else { return };
    // The request head, up to its blank line.
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match client.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let text = String::from_utf8_lossy(&head).to_string();
    let mut lines: Vec<String> = text.trim_end_matches("\r\n").split("\r\n").map(str::to_string).collect();
    let ip = peer.ip().to_string();
    let existing = lines.iter().position(|l| l.to_ascii_lowercase().starts_with("x-forwarded-for:"));
    match existing {
        Some(i) => lines[i] = format!("{}, {ip}", lines[i]),
        None => lines.insert(1, format!("X-Forwarded-For: {ip}")),
    }
    let Ok(mut server) = TcpStream::connect(upstream) else { return };
    let rewritten = format!("{}\r\n\r\n", lines.join("\r\n"));
    if server.write_all(rewritten.as_bytes()).is_err() {
        return;
    }
    let (Ok(mut from_client), Ok(mut to_client)) = (client.try_clone(), server.try_clone()) else { return };
    let up = std::thread::spawn(move || {
        let _ = std::io::copy(&mut from_client, &mut server);
        let _ = server.shutdown(Shutdown::Write);
    });
    let _ = std::io::copy(&mut to_client, &mut client);
    let _ = client.shutdown(Shutdown::Both);
    let _ = up.join();
}

/// A client whose connections come from `local` (any 127.0.0.0/8 address
/// on loopback), one connection per request.
pub fn client_from(local: IpAddr) -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .local_address(local)
        .pool_max_idle_per_host(0)
        .build()
        .expect("client")
}
