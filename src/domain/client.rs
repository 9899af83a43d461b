//! Who the client is, and what of its request a log line may show.
//!
//! Behind a reverse proxy every connection comes from the proxy, which names
//! the client in a `Forwarded` (RFC 7239) or `X-Forwarded-For` header. That
//! header is believed only from a configured trusted proxy; each proxy
//! appends the address it saw, so the chain is read from the right, and the
//! client is the right-most address that is not itself a trusted proxy
//! (anything to its left is the client's own say, which it may forge).

use ipnet::IpNet;
use std::borrow::Cow;
use std::net::IpAddr;

/// The addresses and networks whose forwarding headers are believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    nets: Vec<IpNet>,
}

impl TrustedProxies {
    /// Parses a comma-separated list of addresses (`127.0.0.1`, `::1`) and
    /// networks (`10.0.0.0/8`); blank means none.
    pub fn parse(list: &str) -> Result<TrustedProxies, String> {
        let mut nets = Vec::new();
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let net = match item.parse::<IpNet>() {
                // Trusting every address would let anyone choose its own.
                Ok(net) if net.prefix_len() == 0 => return Err(format!("{item:?} would trust every address")),
                Ok(net) => net.trunc(),
                Err(_) => match item.parse::<IpAddr>() {
                    Ok(ip) => IpNet::from(ip.to_canonical()),
                    Err(_) => return Err(format!("{item:?} is neither an address nor a network")),
                },
            };
            nets.push(net);
        }
        Ok(TrustedProxies { nets })
    }

    /// Whether `ip` is one of them.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.nets.iter().any(|n| n.contains(&ip))
    }

    /// Whether none is configured.
    pub fn is_empty(&self) -> bool {
        self.nets.is_empty()
    }
}

/// One address as a forwarding header writes it: bare, with a port
/// (`192.0.2.1:8080`), in brackets (`[2001:db8::1]`, `[2001:db8::1]:80`),
/// or quoted; `None` for `unknown`, obfuscated names and garbage.
fn parse_node(node: &str) -> Option<IpAddr> {
    let node = node.trim().trim_matches('"').trim();
    if let Ok(ip) = node.parse::<IpAddr>() {
        return Some(ip.to_canonical());
    }
    if let Some(rest) = node.strip_prefix('[') {
        let (ip, _) = rest.split_once(']')?;
        return ip.parse::<IpAddr>().ok().map(|ip| ip.to_canonical());
    }
    let (ip, port) = node.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    ip.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

/// The `for=` nodes of `Forwarded` header values, left to right (`None`
/// where one is not an address).
fn forwarded_for(values: &[&str]) -> Vec<Option<IpAddr>> {
    let mut out = Vec::new();
    for element in values.iter().flat_map(|v| v.split(',')) {
        let node = element.split(';').find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            k.trim().eq_ignore_ascii_case("for").then_some(v)
        });
        if let Some(node) = node {
            out.push(parse_node(node));
        }
    }
    out
}

/// Which header the trusted proxies write the chain in. Only that one is
/// read: a proxy passes the other on as the client sent it, so believing
/// it would let the client choose its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1` (nginx, HAProxy, most others).
    XForwardedFor,
    /// `Forwarded: for=client, for=proxy1` (RFC 7239).
    Forwarded,
}

impl ForwardedHeader {
    /// The setting's value, `X-Forwarded-For` or `Forwarded` (any case).
    pub fn parse(name: &str) -> Result<ForwardedHeader, String> {
        match name.trim().to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Ok(ForwardedHeader::XForwardedFor),
            "forwarded" => Ok(ForwardedHeader::Forwarded),
            other => Err(format!("{other:?} is neither X-Forwarded-For nor Forwarded")),
        }
    }

    /// The header's name, as HTTP spells it in lower case.
    pub fn name(self) -> &'static str {
        match self {
            ForwardedHeader::XForwardedFor => "x-forwarded-for",
            ForwardedHeader::Forwarded => "forwarded",
        }
    }
}

/// The client's address: the peer, unless the peer is a trusted proxy, in
/// which case the chain `values` of its `header` give is read from the
/// right, past every trusted proxy, to the first address that is not one.
/// A node that is not an address stops the walk at the trusted hop that
/// reported it; a chain of trusted proxies only gives its left-most.
pub fn client_ip(peer: IpAddr, trusted: &TrustedProxies, header: ForwardedHeader, values: &[&str]) -> IpAddr {
    let peer = peer.to_canonical();
    if !trusted.contains(peer) {
        return peer;
    }
    let chain: Vec<Option<IpAddr>> = match header {
        ForwardedHeader::Forwarded => forwarded_for(values),
        ForwardedHeader::XForwardedFor => {
            values.iter().flat_map(|v| v.split(',')).filter(|s| !s.trim().is_empty()).map(parse_node).collect()
        }
    };
    let mut client = peer;
    for node in chain.iter().rev() {
        match node {
            Some(ip) => {
                client = *ip;
                if !trusted.contains(*ip) {
                    break;
                }
            }
            None => break,
        }
    }
    client
}

/// Who holds an address, as the limits count it: an IPv4 address itself,
/// an IPv6 address its /64's first address (one subscriber usually holds a
/// whole /64, and would otherwise have 2^64 addresses' worth of attempts
/// and connections).
pub fn holder(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(std::net::Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
        v4 => v4,
    }
}

/// What the login limits count an address as: [`holder`], an IPv6 one
/// written as its /64. Anything else (`unknown`) is itself.
pub fn limit_key(address: &str) -> String {
    match address.parse::<IpAddr>().map(holder) {
        Ok(IpAddr::V6(v6)) => format!("{v6}/64"),
        Ok(v4) => v4.to_string(),
        Err(_) => address.to_string(),
    }
}

/// What a log line may show of a request's target (path and query): the
/// path segments after `receipts`, `display` or `welcome` and every `code`
/// parameter's value are secrets (a receipt proves a ballot, a display
/// link shows the hall; whoever reads the log would hold them), and are
/// replaced by `[redacted]`.
pub fn redacted_target(target: &str) -> Cow<'_, str> {
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target, None),
    };
    let segments: Vec<&str> = path.split('/').collect();
    let secret_path = segments.iter().any(|s| joins_a_secret(s))
        || segments
            .iter()
            .position(|s| is_secret_parent(s))
            .is_some_and(|i| has_parameters(segments[i]) || segments[i + 1..].iter().any(|s| !s.is_empty()));
    let secret_query = query.is_some_and(|q| q.split('&').any(|p| is_code_param(p) || mentions_a_code(p)));
    if !secret_path && !secret_query {
        return Cow::Borrowed(target);
    }
    let mut out = String::with_capacity(target.len());
    let mut after_receipts = false;
    for (i, segment) in segments.iter().enumerate() {
        if i > 0 {
            out.push('/');
        }
        if after_receipts && !segment.is_empty() {
            out.push_str("[redacted]");
        } else if (is_secret_parent(segment) && has_parameters(segment)) || joins_a_secret(segment) {
            // `/receipts;code=…`: the segment carries its own parameters,
            // however spelt; the whole segment goes.
            out.push_str("[redacted]");
        } else {
            out.push_str(segment);
        }
        after_receipts = after_receipts || is_secret_parent(segment) || joins_a_secret(segment);
    }
    if let Some(q) = query {
        out.push('?');
        let params: Vec<String> = q
            .split('&')
            .map(|p| match p.split_once('=') {
                Some((k, _)) if is_code_param(p) => format!("{k}=[redacted]"),
                // A form no server reads as a code (`code%3D…`, `x=1;code=…`)
                // may still carry one: the whole parameter goes.
                _ if mentions_a_code(p) => "[redacted]".to_string(),
                _ => p.to_string(),
            })
            .collect();
        out.push_str(&params.join("&"));
    }
    Cow::Owned(out)
}

/// The texts a server might read in `part`: itself and its percent-decoded
/// forms (up to three layers), in lower case.
fn readings(part: &str) -> Vec<String> {
    let mut out = vec![part.to_ascii_lowercase()];
    let mut text = part.to_string();
    for _ in 0..3 {
        let decoded = percent_encoding::percent_decode_str(&text).decode_utf8_lossy().into_owned();
        if decoded == text {
            break;
        }
        out.push(decoded.to_ascii_lowercase());
        text = decoded;
    }
    out
}

/// Whether a query parameter, however spelt, names a code or a receipt.
fn mentions_a_code(param: &str) -> bool {
    readings(param).iter().any(|r| r.contains("code") || r.contains("receipt"))
}

/// Whether a path segment is `receipts` or `display` joined to what
/// follows by an encoded separator (`receipts%2FL22U-XGNM`), which some
/// servers split: the whole segment is a secret.
fn joins_a_secret(segment: &str) -> bool {
    readings(segment).iter().any(|r| {
        SECRET_PARENTS
            .iter()
            .any(|word| r.strip_prefix(word).and_then(|rest| rest.chars().next()).is_some_and(|c| !c.is_alphanumeric()))
    })
}

fn is_code_param(param: &str) -> bool {
    let name = param.split_once('=').map(|(k, _)| k).unwrap_or(param);
    reads_as(name, "code") || reads_as(name, "receipt")
}

/// Whether a path segment or parameter name is `word` as a server would
/// read it: percent-decoded (`%72eceipts`, and encoded again, `%2572`, up
/// to three times), case ignored.
/// A path segment whose followers are secrets.
/// The path segments whose followers are secrets: a receipt code, a
/// display link's token, a one-time link to choose a password.
const SECRET_PARENTS: [&str; 3] = ["receipts", "display", "welcome"];

fn is_secret_parent(segment: &str) -> bool {
    SECRET_PARENTS.iter().any(|word| reads_as(segment, word))
}

/// Whether a path segment carries parameters after a `;` (also encoded),
/// which some servers read and which an outside review found logged whole.
fn has_parameters(segment: &str) -> bool {
    let mut text = segment.to_string();
    for _ in 0..3 {
        if text.contains(';') {
            return true;
        }
        text = percent_encoding::percent_decode_str(&text).decode_utf8_lossy().into_owned();
    }
    text.contains(';')
}

fn reads_as(part: &str, word: &str) -> bool {
    let mut text = part.to_string();
    for _ in 0..3 {
        let base = text.split(';').next().unwrap_or_default();
        if text.eq_ignore_ascii_case(word) || base.eq_ignore_ascii_case(word) {
            return true;
        }
        let decoded = percent_encoding::percent_decode_str(&text).decode_utf8_lossy().into_owned();
        if decoded == text {
            break;
        }
        text = decoded;
    }
    text.eq_ignore_ascii_case(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn trusted_lists_parse() {
        let t = TrustedProxies::parse(" 127.0.0.1, 10.0.0.0/8 ,::1,fd00::/8").unwrap();
        for yes in ["127.0.0.1", "10.1.2.3", "::1", "fd12::5", "::ffff:10.9.9.9"] {
            assert!(t.contains(ip(yes)), "{yes}");
        }
        for no in ["127.0.0.2", "11.0.0.1", "::2", "fe80::1"] {
            assert!(!t.contains(ip(no)), "{no}");
        }
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert!(TrustedProxies::parse("  , ").unwrap().is_empty());
        for bad in ["localhost", "10.0.0.0/33", "1.2.3", "*", "0.0.0.0/0", "::/0"] {
            assert!(TrustedProxies::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_client_is_the_right_most_untrusted_hop() {
        let t = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap();
        let none = TrustedProxies::default();
        // Trusted, peer, Forwarded, X-Forwarded-For, the client (the
        // header read is the one the row fills; X-Forwarded-For if both).
        type Row<'a> = (&'a TrustedProxies, &'a str, &'a [&'a str], &'a [&'a str], &'a str);
        let table: &[Row] = &[
            // Nobody trusted: headers are ignored.
            (&none, "192.0.2.7", &[], &["203.0.113.9"], "192.0.2.7"),
            (&none, "192.0.2.7", &["for=203.0.113.9"], &[], "192.0.2.7"),
            // An untrusted peer's headers are its own say.
            (&t, "192.0.2.7", &[], &["203.0.113.9"], "192.0.2.7"),
            // One trusted proxy.
            (&t, "127.0.0.1", &[], &["203.0.113.9"], "203.0.113.9"),
            (&t, "127.0.0.1", &[], &["203.0.113.9:5000"], "203.0.113.9"),
            // The client prepended a forged address: the proxy's is right-most.
            (&t, "127.0.0.1", &[], &["6.6.6.6, 203.0.113.9"], "203.0.113.9"),
            (&t, "127.0.0.1", &[], &["6.6.6.6", "203.0.113.9"], "203.0.113.9"),
            // Two trusted hops.
            (&t, "127.0.0.1", &[], &["6.6.6.6, 203.0.113.9, 10.0.0.5"], "203.0.113.9"),
            // Only trusted hops: the left-most.
            (&t, "127.0.0.1", &[], &["10.0.0.9, 10.0.0.5"], "10.0.0.9"),
            // Garbage stops at the hop that reported it.
            (&t, "127.0.0.1", &[], &["203.0.113.9, nonsense"], "127.0.0.1"),
            (&t, "127.0.0.1", &[], &["203.0.113.9, nonsense, 10.0.0.5"], "10.0.0.5"),
            (&t, "127.0.0.1", &[], &[], "127.0.0.1"),
            // Forwarded.
            (&t, "127.0.0.1", &["for=203.0.113.9;proto=https"], &[], "203.0.113.9"),
            (&t, "127.0.0.1", &["for=6.6.6.6, For=\"[2001:db8::7]:4711\""], &[], "2001:db8::7"),
            (&t, "127.0.0.1", &["for=6.6.6.6", "for=203.0.113.9"], &[], "203.0.113.9"),
            (&t, "127.0.0.1", &["for=unknown"], &[], "127.0.0.1"),
            (&t, "127.0.0.1", &["for=_hidden, for=10.0.0.2"], &[], "10.0.0.2"),
            (&t, "127.0.0.1", &["by=10.0.0.1"], &[], "127.0.0.1"),
            // IPv4-mapped peers are their IPv4 selves.
            (&t, "::ffff:127.0.0.1", &[], &["203.0.113.9"], "203.0.113.9"),
        ];
        for (trusted, peer, fwd, xff, want) in table {
            let (header, values) =
                if xff.is_empty() { (ForwardedHeader::Forwarded, fwd) } else { (ForwardedHeader::XForwardedFor, xff) };
            assert_eq!(client_ip(ip(peer), trusted, header, values), ip(want), "{peer} {fwd:?} {xff:?}");
        }
    }

    #[test]
    fn only_the_configured_header_is_read() {
        let t = TrustedProxies::parse("127.0.0.1").unwrap();
        let peer = ip("127.0.0.1");
        // A proxy managing X-Forwarded-For passes the client's Forwarded on.
        assert_eq!(client_ip(peer, &t, ForwardedHeader::XForwardedFor, &[]), peer);
        assert_eq!(client_ip(peer, &t, ForwardedHeader::Forwarded, &["203.0.113.9"]), peer, "no for=");
        assert_eq!(ForwardedHeader::parse(" X-Forwarded-For ").unwrap(), ForwardedHeader::XForwardedFor);
        assert_eq!(ForwardedHeader::parse("forwarded").unwrap(), ForwardedHeader::Forwarded);
        assert!(ForwardedHeader::parse("X-Real-IP").is_err());
    }

    #[test]
    fn limits_count_ipv6_by_its_64() {
        let table = [
            ("192.0.2.7", "192.0.2.7"),
            ("::ffff:192.0.2.7", "192.0.2.7"),
            ("2001:db8:0:1::1", "2001:db8:0:1::/64"),
            ("2001:db8:0:1:ffff:ffff:ffff:ffff", "2001:db8:0:1::/64"),
            ("2001:db8:0:2::1", "2001:db8:0:2::/64"),
            ("::1", "::/64"),
            ("unknown", "unknown"),
        ];
        for (address, want) in table {
            assert_eq!(limit_key(address), want, "{address}");
        }
    }

    #[test]
    fn receipts_are_redacted() {
        let table = [
            ("/api/v1/receipts/ABCD-EFGH", "/api/v1/receipts/[redacted]"),
            ("/api/v1/receipts/ABCD-EFGH/", "/api/v1/receipts/[redacted]/"),
            ("/API/V1/RECEIPTS/abcd", "/API/V1/RECEIPTS/[redacted]"),
            ("/api/v1//receipts//x/y", "/api/v1//receipts//[redacted]/[redacted]"),
            ("/receipts?code=ABCD-EFGH", "/receipts?code=[redacted]"),
            ("/receipts?lang=en&Code=abcd&x=1", "/receipts?lang=en&Code=[redacted]&x=1"),
            ("/receipts?receipt=abcd", "/receipts?receipt=[redacted]"),
            ("/receipts", "/receipts"),
            ("/display/0123abcd/live", "/display/[redacted]/[redacted]"),
            ("/Display/0123abcd", "/Display/[redacted]"),
            ("/display", "/display"),
            ("/welcome/0123abcd", "/welcome/[redacted]"),
            ("/Welcome/0123abcd/", "/Welcome/[redacted]/"),
            ("/welcome%2F0123abcd", "/[redacted]"),
            ("/receipts/", "/receipts/"),
            ("/api/v1/polls/3/ballots", "/api/v1/polls/3/ballots"),
            ("/api/v1/audit/events?kind=ballot.&after=3", "/api/v1/audit/events?kind=ballot.&after=3"),
            // Spelt with percent-encoding, as a router decodes it.
            ("/api/v1/%72eceipts/L22U-XGNM", "/api/v1/%72eceipts/[redacted]"),
            ("/api/v1/%2572eceipts/L22U-XGNM", "/api/v1/%2572eceipts/[redacted]"),
            ("/api/v1/RECEIPT%53/abcd", "/api/v1/RECEIPT%53/[redacted]"),
            ("/receipts?%63ode=L22U-XGNM", "/receipts?%63ode=[redacted]"),
            ("/receipts?c%6Fde=x&%72eceipt=y", "/receipts?c%6Fde=[redacted]&%72eceipt=[redacted]"),
            // Parameters of the segment itself (an outside review's).
            ("/receipts;code=L22U-XGNM", "/[redacted]"),
            ("/api/v1/receipts;L22U-XGNM/x", "/api/v1/[redacted]/[redacted]"),
            ("/receipts%3Bcode=L22U-XGNM", "/[redacted]"),
            ("/receipts%253Bcode=L22U-XGNM", "/[redacted]"),
            // Forms no route reads, which still carry a code (the break-it
            // review of 2026-12-01 found them logged whole).
            ("/receipts?code%3dL22U-XGNM", "/receipts?[redacted]"),
            ("/receipts?code%253DL22U-XGNM&lang=en", "/receipts?[redacted]&lang=en"),
            ("/receipts?lang=en;code=L22U-XGNM", "/receipts?[redacted]"),
            ("/receipts?x=%72eceipt%3DL22U", "/receipts?[redacted]"),
            ("/api/v1/receipts%2FL22U-XGNM", "/api/v1/[redacted]"),
            ("/api/v1/receipts%252fL22U-XGNM/x", "/api/v1/[redacted]/[redacted]"),
            ("/display%2F0123abcd", "/[redacted]"),
            // Names that only begin like a secret's parent stay.
            ("/chair/displays/3/revoke", "/chair/displays/3/revoke"),
            ("/receiptsx/abc", "/receiptsx/abc"),
        ];
        for (target, want) in table {
            assert_eq!(redacted_target(target), want, "{target}");
        }
    }

    proptest! {
        #[test]
        fn no_receipt_survives_redaction(code in "[A-Z0-9]{4}(-[A-Z0-9]{4}){1,4}", prefix in "(/api/v1|/x|)", lang in "[a-z]{0,3}") {
            for target in [
                format!("{prefix}/receipts/{code}"),
                format!("/receipts?lang={lang}&code={code}"),
                format!("/receipts?code={code}&lang={lang}"),
                format!("{prefix}/receipts;code={code}"),
                format!("{prefix}/receipts;{lang}={code}/x"),
                format!("/receipts?code%3D{code}"),
                format!("/receipts?{lang};code={code}"),
                format!("{prefix}/receipts%2F{code}"),
            ] {
                let shown = redacted_target(&target);
                prop_assert!(!shown.contains(&code), "{} -> {}", target, shown);
            }
        }

        #[test]
        fn no_receipt_survives_redaction_percent_encoded(code in "[A-Z0-9]{4}(-[A-Z0-9]{4}){1,4}", i in 0usize..8, j in 0usize..4, lower: bool) {
            let enc = |word: &str, k: usize| -> String {
                word.char_indices()
                    .map(|(n, c)| if n == k { if lower { format!("%{:02x}", c as u32) } else { format!("%{:02X}", c as u32) } } else { c.to_string() })
                    .collect()
            };
            for target in [format!("/api/v1/{}/{code}", enc("receipts", i)), format!("/receipts?{}={code}", enc("code", j))] {
                let shown = redacted_target(&target);
                prop_assert!(!shown.contains(&code), "{} -> {}", target, shown);
            }
        }

        #[test]
        fn an_untrusted_peer_is_always_the_client(a in any::<[u8; 4]>(), xff in "[0-9., :a-f]{0,40}") {
            let t = TrustedProxies::parse("10.0.0.0/8").unwrap();
            let peer = IpAddr::from([11, a[1], a[2], a[3]]);
            for header in [ForwardedHeader::XForwardedFor, ForwardedHeader::Forwarded] {
                prop_assert_eq!(client_ip(peer, &t, header, &[xff.as_str()]), peer);
            }
        }
    }
}
