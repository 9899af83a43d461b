//! The evidence bundle: one JSON document with everything an auditor needs
//! to recheck an assembly offline: the assembly's part of the ledger (the
//! events left out kept as skipped runs, so the chain still checks), the
//! signed checkpoints, every sealed poll and election round (ballots as the
//! ballot type allows), the attendance, the proxies, the register and the
//! instance's public key, all listed in a signed manifest. `plenum verify`
//! reads it with no database and no network. `docs/BUNDLE.md` describes the
//! format.

use crate::audit::checkpoint::Checkpoint;
use crate::audit::seal::{self, Sealer};
pub use crate::audit::SkippedRun;
use crate::audit::{LedgerEntry, GENESIS};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format this build writes and reads.
pub const FORMAT: &str = "plenum-bundle/3";

/// The format of the bundles before manifests (read no more).
pub const FORMAT_V1: &str = "plenum-bundle/1";

/// The format whose manifest did not bind the included events (read no
/// more: an event just before a skipped run could be rewritten unseen).
pub const FORMAT_V2: &str = "plenum-bundle/2";

/// The format label as the API documents it: the one this build writes
/// (a reader accepts the earlier ones it still reads, hence a `String`).
#[cfg(feature = "server")]
pub struct WrittenFormat;

#[cfg(feature = "server")]
impl utoipa::PartialSchema for WrittenFormat {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new().schema_type(Type::String).enum_values(Some([FORMAT])).into()
    }
}

#[cfg(feature = "server")]
impl utoipa::ToSchema for WrittenFormat {}

/// A bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    #[cfg_attr(feature = "server", schema(value_type = WrittenFormat))]
    pub format: String,
    pub exported_at: String,
    /// The instance's Ed25519 public key (hex) that signed the seals,
    /// checkpoints and the manifest. Compare it with the key the secretariat
    /// published.
    pub public_key: String,
    /// What the bundle holds, signed at the export.
    pub manifest: SignedManifest,
    /// The assembly, as the API shows it.
    #[serde(deserialize_with = "crate::strict_json::value")]
    pub assembly: Value,
    /// The member register at the export (the ledger has its history).
    #[serde(deserialize_with = "crate::strict_json::values")]
    pub organisations: Vec<Value>,
    /// Arrivals and departures.
    #[serde(deserialize_with = "crate::strict_json::values")]
    pub attendance: Vec<Value>,
    #[serde(deserialize_with = "crate::strict_json::values")]
    pub proxies: Vec<Value>,
    /// Closed polls with their seals.
    pub polls: Vec<Sealed>,
    /// Closed election rounds with their seals.
    pub rounds: Vec<Sealed>,
    pub checkpoints: Vec<Checkpoint>,
    /// The approved minutes, sealed (`id` is the assembly's); `null` while
    /// they are a draft.
    pub minutes: Option<Sealed>,
    /// The ledger's events that concern the assembly (its own, its motions',
    /// polls', elections', rounds' and proxies', and the register's), in
    /// order.
    pub ledger: Vec<LedgerEntry>,
    /// The events left out, as maximal runs of consecutive events, each
    /// with the hash of its last event: the chain links across them.
    pub skipped: Vec<SkippedRun>,
}

/// Whether an event belongs in the bundle of the assembly whose subjects
/// are `subjects` (`assembly:N` and its motions', polls', elections',
/// rounds' and proxies'): one of them, or the register's (which verify
/// replays for eligibility). Never an account's or a login's. The export
/// chooses by it from the database, verify checks by it from the ledger.
pub fn in_scope(subjects: &std::collections::HashSet<String>, kind: &str, subject: &str) -> bool {
    if kind.starts_with("account.") || kind.starts_with("session.") {
        return false;
    }
    subjects.contains(subject) || (kind.starts_with("organisation.") && subject.starts_with("organisation:"))
}

/// A sealed document: what was signed, its SHA-256 and the signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Sealed {
    pub id: i64,
    #[serde(deserialize_with = "crate::strict_json::value")]
    pub document: Value,
    pub digest: String,
    pub signature: String,
}

impl Sealed {
    /// The sealed document read as `T`, without copying it.
    pub fn read<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(&self.document)
    }
}

/// The manifest with its digest and the instance's signature over it (the
/// scheme of the seals).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignedManifest {
    pub manifest: Manifest,
    pub digest: String,
    pub signature: String,
}

/// What a bundle holds: enough to tell a part missing, added or replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[cfg_attr(feature = "server", schema(value_type = WrittenFormat))]
    pub format: String,
    pub assembly: i64,
    pub exported_at: String,
    pub public_key: String,
    pub ledger: LedgerRange,
    /// Every sealed poll, by id, with its seal's digest.
    pub polls: Vec<PartDigest>,
    /// Every sealed election round, by id, with its seal's digest.
    pub rounds: Vec<PartDigest>,
    /// The approved minutes' seal digest, `null` while they are a draft.
    pub minutes: Option<String>,
    pub checkpoints: Vec<CheckpointRef>,
    /// SHA-256 of the canonical JSON of each part that has no seal.
    pub parts: PartDigests,
}

/// The ledger in the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LedgerRange {
    /// The first and last seq the bundle covers (included or skipped);
    /// 0 and 0 for an empty ledger.
    pub first_seq: i64,
    pub last_seq: i64,
    /// The hash of the last event (64 zeros for an empty ledger).
    pub head_hash: String,
    /// Events included.
    pub events: u64,
    /// Skipped runs, and the events in them.
    pub skipped_runs: u64,
    pub skipped_events: u64,
    /// SHA-256 (hex) of every included event's `seq` and `hash`, in order,
    /// one `"{seq}:{hash}\n"` line each: signed with the manifest, so an
    /// included event cannot be changed, added or taken out even where
    /// nothing after it in the bundle chains to it (the event before a
    /// skipped run: the run's hash cannot be recomputed).
    pub events_digest: String,
}

/// The [`LedgerRange::events_digest`] of a bundle's included events.
pub fn events_digest(events: &[LedgerEntry]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for e in events {
        hasher.update(format!("{}:{}\n", e.seq, e.hash).as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// A sealed part, by id and digest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PartDigest {
    pub id: i64,
    pub digest: String,
}

/// A checkpoint as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckpointRef {
    pub seq: i64,
    pub hash: String,
    pub reason: String,
}

/// The digests of the parts that have no seal of their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PartDigests {
    pub assembly: String,
    pub organisations: String,
    pub attendance: String,
    pub proxies: String,
}

/// SHA-256 (hex) of the canonical JSON of a part (keys sorted, no spaces).
pub fn part_digest<T: Serialize + ?Sized>(part: &T) -> String {
    // A `Value` or a list of them: serialising cannot fail.
    seal::digest_text(&serde_json::to_string(part).unwrap_or_default())
}

impl Manifest {
    /// The manifest a bundle's contents call for (the format, assembly,
    /// time and key as the bundle says them).
    pub fn describe(b: &Bundle) -> Manifest {
        let last_event = b.ledger.last().map(|e| (e.seq, e.hash.as_str()));
        let last_run = b.skipped.last().map(|r| (r.last_seq, r.hash.as_str()));
        let (last_seq, head_hash) = match (last_event, last_run) {
            (Some(e), Some(r)) => std::cmp::max_by_key(e, r, |x| x.0),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => (0, GENESIS),
        };
        let first_seq = [b.ledger.first().map(|e| e.seq), b.skipped.first().map(|r| r.first_seq)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(0);
        let digests =
            |list: &[Sealed]| list.iter().map(|s| PartDigest { id: s.id, digest: s.digest.clone() }).collect();
        Manifest {
            format: b.format.clone(),
            assembly: b.assembly_id().unwrap_or_default(),
            exported_at: b.exported_at.clone(),
            public_key: b.public_key.clone(),
            ledger: LedgerRange {
                first_seq,
                last_seq,
                head_hash: head_hash.to_string(),
                events: b.ledger.len() as u64,
                skipped_runs: b.skipped.len() as u64,
                skipped_events: SkippedRun::total(&b.skipped),
                events_digest: events_digest(&b.ledger),
            },
            polls: digests(&b.polls),
            rounds: digests(&b.rounds),
            minutes: b.minutes.as_ref().map(|m| m.digest.clone()),
            checkpoints: b
                .checkpoints
                .iter()
                .map(|c| CheckpointRef { seq: c.seq, hash: c.hash.clone(), reason: c.reason.clone() })
                .collect(),
            parts: PartDigests {
                assembly: part_digest(&b.assembly),
                organisations: part_digest(&b.organisations),
                attendance: part_digest(&b.attendance),
                proxies: part_digest(&b.proxies),
            },
        }
    }

    /// The manifest as the JSON its digest is taken over.
    pub fn document(&self) -> Value {
        // Strings, numbers and lists of them: serialising cannot fail.
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl SignedManifest {
    /// Checks the manifest's digest and signature.
    pub fn verify(&self, public_key: &str) -> Result<(), seal::SealError> {
        seal::verify(&self.manifest.document(), &self.digest, &self.signature, public_key)
    }
}

impl Bundle {
    /// The assembly's id, if the bundle names one.
    pub fn assembly_id(&self) -> Option<i64> {
        self.assembly.get("id").and_then(Value::as_i64)
    }

    /// Describes the bundle's contents in its manifest and signs it: the
    /// export's last step.
    pub fn sign_manifest(&mut self, sealer: &Sealer) {
        let manifest = Manifest::describe(self);
        let (digest, signature) = sealer.seal(&manifest.document());
        self.manifest = SignedManifest { manifest, digest, signature };
    }
}

impl Default for SignedManifest {
    /// An empty, unsigned manifest, to be replaced by [`Bundle::sign_manifest`].
    fn default() -> Self {
        SignedManifest {
            manifest: Manifest {
                format: FORMAT.to_string(),
                assembly: 0,
                exported_at: String::new(),
                public_key: String::new(),
                ledger: LedgerRange {
                    first_seq: 0,
                    last_seq: 0,
                    head_hash: GENESIS.to_string(),
                    events: 0,
                    skipped_runs: 0,
                    skipped_events: 0,
                    events_digest: events_digest(&[]),
                },
                polls: vec![],
                rounds: vec![],
                minutes: None,
                checkpoints: vec![],
                parts: PartDigests {
                    assembly: String::new(),
                    organisations: String::new(),
                    attendance: String::new(),
                    proxies: String::new(),
                },
            },
            digest: String::new(),
            signature: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn bundle() -> Bundle {
        Bundle {
            format: FORMAT.into(),
            exported_at: "2026-05-16T18:00:00.000000Z".into(),
            public_key: String::new(),
            manifest: SignedManifest::default(),
            assembly: json!({"id": 4, "title": "AGM"}),
            organisations: vec![json!({"id": 1, "name": "Alpha"})],
            attendance: vec![],
            proxies: vec![],
            polls: vec![Sealed { id: 7, document: json!({"poll": 7}), digest: "d7".into(), signature: "s".into() }],
            rounds: vec![],
            checkpoints: vec![],
            minutes: None,
            ledger: vec![],
            skipped: vec![
                SkippedRun { first_seq: 1, last_seq: 3, hash: "h3".into() },
                SkippedRun { first_seq: 5, last_seq: 9, hash: "h9".into() },
            ],
        }
    }

    /// The manifest signs what the bundle holds: change any part and the
    /// described manifest is another one; the signature holds only for the
    /// manifest signed.
    #[test]
    fn the_manifest_describes_and_signs_the_contents() {
        let sealer = Sealer::generate();
        let mut b = bundle();
        b.public_key = sealer.public_key_hex();
        b.sign_manifest(&sealer);
        let m = &b.manifest.manifest;
        assert_eq!((m.assembly, m.ledger.first_seq, m.ledger.last_seq, m.ledger.head_hash.as_str()), (4, 1, 9, "h9"));
        assert_eq!((m.ledger.events, m.ledger.skipped_runs, m.ledger.skipped_events), (0, 2, 8));
        assert_eq!(m.polls, vec![PartDigest { id: 7, digest: "d7".into() }]);
        assert_eq!(b.manifest.verify(&b.public_key), Ok(()));
        let changes: [fn(&mut Bundle); 5] = [
            |b| b.organisations[0]["name"] = json!("Alpha!"),
            |b| b.assembly["title"] = json!("EGM"),
            |b| b.polls[0].digest = "d8".into(),
            |b| b.skipped[1].hash = "hx".into(),
            |b| b.attendance.push(json!({})),
        ];
        for change in changes {
            let mut t = b.clone();
            change(&mut t);
            assert_ne!(Manifest::describe(&t), b.manifest.manifest);
        }
        let mut t = b.clone();
        t.manifest.manifest.ledger.events = 1;
        assert_eq!(t.manifest.verify(&b.public_key), Err(seal::SealError::Digest));
    }

    #[test]
    fn a_sealed_document_is_read_as_a_type() {
        #[derive(Deserialize)]
        struct Doc {
            poll: i64,
        }
        let b = bundle();
        assert_eq!(b.polls[0].read::<Doc>().map(|d| d.poll).ok(), Some(7));
        assert!(b.polls[0].read::<Vec<i64>>().is_err());
    }
}
