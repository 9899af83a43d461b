//! Replays the ledger's register, attendance and proxy events to learn who
//! could vote at each opening of a poll or election round of the assembly:
//! full active members present, and those represented by a live proxy whose
//! holder is present (the same domain rule the server applies).

use super::Ledger;
use crate::audit::event::{Event, ProxyRevoked, ProxyVoid};
use crate::audit::LedgerEntry;
use crate::domain::organisation::{OrgKind, OrgStatus};
use crate::domain::proxy::{represented, Live};
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

#[derive(Default)]
struct State {
    /// organisation -> (kind, status)
    register: BTreeMap<i64, (OrgKind, OrgStatus)>,
    present: BTreeSet<i64>,
    /// proxy id -> (grantor, holder), live ones only
    proxies: BTreeMap<i64, (i64, i64)>,
}

impl State {
    fn apply(&mut self, e: &LedgerEntry, event: &Event, assembly: i64) {
        let here = || id_of(&e.subject, "assembly:") == Some(assembly);
        match event {
            Event::OrganisationCreated(p) => {
                if let Some(id) = id_of(&e.subject, "organisation:") {
                    self.register.insert(id, (p.kind, OrgStatus::Active));
                }
            }
            Event::OrganisationChanged(p) => {
                if let Some(id) = id_of(&e.subject, "organisation:") {
                    self.register.insert(id, (p.to.kind, p.to.status));
                }
            }
            Event::AttendanceArrived(p) if here() => {
                self.present.insert(p.organisation);
            }
            Event::AttendanceLeft(p) if here() => {
                self.present.remove(&p.organisation);
            }
            Event::ProxyGranted(p) if p.assembly == assembly => {
                if let Some(id) = id_of(&e.subject, "proxy:") {
                    self.proxies.insert(id, (p.grantor, p.holder));
                }
            }
            Event::ProxyRevoked(ProxyRevoked { assembly: a, .. }) | Event::ProxyVoid(ProxyVoid { assembly: a, .. })
                if *a == assembly =>
            {
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
            .filter(|(_, (kind, status))| *kind == OrgKind::Full && *status == OrgStatus::Active)
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
        for (e, event) in ledger.typed() {
            if matches!(event, Event::PollOpened(_) | Event::RoundOpened(_)) {
                at_open.insert(e.subject.clone(), state.snapshot());
            }
            state.apply(e, event, assembly);
        }
        Replay { at_open }
    }

    /// The snapshot at the opening event of `subject`.
    pub fn at_open(&self, subject: &str) -> Option<&Snapshot> {
        self.at_open.get(subject)
    }
}
