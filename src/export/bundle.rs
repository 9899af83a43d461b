//! The evidence bundle: one JSON document with everything an auditor needs
//! to recheck an assembly offline: the whole ledger, the signed checkpoints,
//! every sealed poll and election round (ballots as the ballot type allows),
//! the attendance, the proxies, the register and the instance's public key.
//! `plenum verify` reads it with no database and no network.

use crate::audit::checkpoint::Checkpoint;
use crate::audit::LedgerEntry;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format this build writes and reads.
pub const FORMAT: &str = "plenum-bundle/1";

/// A bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: String,
    pub exported_at: String,
    /// The instance's Ed25519 public key (hex) that signed the seals and
    /// checkpoints. Compare it with the key the secretariat published.
    pub public_key: String,
    /// The assembly, as the API shows it.
    pub assembly: Value,
    /// The member register at the export (the ledger has its history).
    pub organisations: Vec<Value>,
    /// Arrivals and departures.
    pub attendance: Vec<Value>,
    pub proxies: Vec<Value>,
    /// Closed polls with their seals.
    pub polls: Vec<Sealed>,
    /// Closed election rounds with their seals.
    pub rounds: Vec<Sealed>,
    pub checkpoints: Vec<Checkpoint>,
    /// The approved minutes, sealed (`id` is the assembly's); `null` while
    /// they are a draft.
    #[serde(default)]
    pub minutes: Option<Sealed>,
    /// The whole ledger, from its first event to the head at the export.
    pub ledger: Vec<LedgerEntry>,
}

/// A sealed document: what was signed, its SHA-256 and the signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sealed {
    pub id: i64,
    pub document: Value,
    pub digest: String,
    pub signature: String,
}

impl Sealed {
    /// The sealed document as the type that defines it (a poll's, a
    /// round's), read strictly.
    pub fn read<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_value(self.document.clone())
    }
}

impl Bundle {
    /// The assembly's id, if the bundle names one.
    pub fn assembly_id(&self) -> Option<i64> {
        self.assembly.get("id").and_then(Value::as_i64)
    }
}
