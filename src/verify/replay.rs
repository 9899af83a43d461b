//! Replays the ledger's register, attendance and proxy events to learn who
//! could vote at each opening of a poll or election round of the assembly:
//! full active members present, and those represented by a live proxy whose
//! holder is present (the same domain rule the server applies).

use super::Ledger;
use crate::domain::proxy::{represented, Live};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Who could vote when a poll or round opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub full_members: u64,
    /// (organisation, holder): `None` votes itself, `Some(h)` by proxy.
    pub eligible: Vec<(i64, Option<i64>)>,
}

/// The snapshots, by the subject of the opening event (`poll:7`, `round:2`).
pub struct Replay {
    at_open: HashMap<String, Snapshot>,
}

fn id_of(subject: &str, prefix: &str) -> Option<i64> {
    subject.strip_prefix(prefix)?.parse().ok()
}

fn int(v: &Value, key: &str) -> Option<i64> {
    v.get(key).and_then(Value::as_i64)
}

#[derive(Default)]
struct State {
    /// organisation -> (kind, status)
    register: BTreeMap<i64, (String, String)>,
    present: BTreeSet<i64>,
    /// proxy id -> (grantor, holder), live ones only
    proxies: BTreeMap<i64, (i64, i64)>,
}

impl State {
    fn apply(&mut self, e: &crate::audit::LedgerEntry, assembly: i64) {
        let p = &e.payload;
        let for_assembly = |p: &Value| int(p, "assembly") == Some(assembly);
        match e.kind.as_str() {
            "organisation.created" => {
                if let (Some(id), Some(kind)) =
                    (id_of(&e.subject, "organisation:"), p.get("kind").and_then(Value::as_str))
                {
                    self.register.insert(id, (kind.to_string(), "active".to_string()));
                }
            }
            "organisation.changed" => {
                if let Some(id) = id_of(&e.subject, "organisation:") {
                    let to = p.get("to");
                    let field = |k: &str| to.and_then(|t| t.get(k)).and_then(Value::as_str).map(str::to_string);
                    if let (Some(kind), Some(status)) = (field("kind"), field("status")) {
                        self.register.insert(id, (kind, status));
                    }
                }
            }
            "attendance.arrived" if id_of(&e.subject, "assembly:") == Some(assembly) => {
                if let Some(org) = int(p, "organisation") {
                    self.present.insert(org);
                }
            }
            "attendance.left" if id_of(&e.subject, "assembly:") == Some(assembly) => {
                if let Some(org) = int(p, "organisation") {
                    self.present.remove(&org);
                }
            }
            "proxy.granted" if for_assembly(p) => {
                if let (Some(id), Some(g), Some(h)) = (id_of(&e.subject, "proxy:"), int(p, "grantor"), int(p, "holder"))
                {
                    self.proxies.insert(id, (g, h));
                }
            }
            "proxy.revoked" | "proxy.void" if for_assembly(p) => {
                if let Some(id) = id_of(&e.subject, "proxy:") {
                    self.proxies.remove(&id);
                }
            }
            _ => {}
        }
    }

    fn snapshot(&self) -> Snapshot {
        let full_active: BTreeSet<i64> = self
            .register
            .iter()
            .filter(|(_, (kind, status))| kind == "full" && status == "active")
            .map(|(id, _)| *id)
            .collect();
        let present: Vec<i64> = self.present.iter().copied().filter(|o| full_active.contains(o)).collect();
        let live: Vec<Live> =
            self.proxies.values().map(|(grantor, holder)| Live { grantor: *grantor, holder: *holder }).collect();
        let mut eligible: Vec<(i64, Option<i64>)> = present.iter().map(|o| (*o, None)).collect();
        eligible.extend(
            represented(&live, &present)
                .into_iter()
                .filter(|l| full_active.contains(&l.grantor))
                .map(|l| (l.grantor, Some(l.holder))),
        );
        eligible.sort_unstable();
        Snapshot { full_members: full_active.len() as u64, eligible }
    }
}

impl Replay {
    /// One pass over the ledger, taking a snapshot at every opening.
    pub fn new(ledger: &Ledger<'_>, assembly: i64) -> Replay {
        let mut state = State::default();
        let mut at_open = HashMap::new();
        for e in ledger.events {
            if e.kind == "poll.opened" || e.kind == "election.round_opened" {
                at_open.insert(e.subject.clone(), state.snapshot());
            }
            state.apply(e, assembly);
        }
        Replay { at_open }
    }

    /// The snapshot at the opening event of `subject`.
    pub fn at_open(&self, subject: &str) -> Option<&Snapshot> {
        self.at_open.get(subject)
    }
}
