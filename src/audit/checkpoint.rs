//! Signed checkpoints of the ledger head. One is taken, in the transaction
//! of the change, whenever a session opens (`in_session`), whenever it is
//! suspended or closed, and when the minutes are approved. Whoever keeps a checkpoint can later tell a ledger
//! that was cut short or rewritten before it: the event at `seq` must still
//! exist and still have `hash`.

use super::seal::{self, SealError};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
#[cfg(feature = "server")]
use {
    super::seal::Sealer,
    crate::store::{schema::ledger_checkpoints, DbConn},
    chrono::NaiveDateTime,
    diesel::prelude::*,
};

/// Why a checkpoint was taken.
pub const SESSION_OPENED: &str = "session_opened";
pub const SESSION_CLOSED: &str = "session_closed";
/// Taken after the `minutes.approved` event: the last checkpoint of an
/// assembly, where its bundle's ledger ends.
pub const MINUTES_APPROVED: &str = "minutes_approved";

/// A checkpoint as stored and exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    pub assembly: i64,
    pub reason: String,
    /// The ledger head: the last event's seq and hash.
    pub seq: i64,
    pub hash: String,
    pub at: String,
    /// SHA-256 of [`Checkpoint::document`], signed.
    pub digest: String,
    pub signature: String,
}

impl Checkpoint {
    /// What the signature covers.
    pub fn document(&self) -> Value {
        document(self.assembly, &self.reason, self.seq, &self.hash, &self.at)
    }

    /// Checks the checkpoint's own digest and signature.
    pub fn verify_signature(&self, public_key: &str) -> Result<(), SealError> {
        seal::verify(&self.document(), &self.digest, &self.signature, public_key)
    }
}

fn document(assembly: i64, reason: &str, seq: i64, hash: &str, at: &str) -> Value {
    json!({"assembly": assembly, "reason": reason, "seq": seq, "hash": hash, "at": at})
}

/// Signs the current ledger head and stores the checkpoint. Call inside the
/// write transaction, after the event that motivates it.
#[cfg(feature = "server")]
pub fn take(
    conn: &mut DbConn,
    now: NaiveDateTime,
    sealer: &Sealer,
    assembly: i64,
    reason: &str,
) -> QueryResult<Option<Checkpoint>> {
    let Some((seq, hash)) = super::head(conn)? else { return Ok(None) };
    let at = super::canonical_time(now);
    let (digest, signature) = sealer.seal(&document(assembly, reason, seq, &hash, &at));
    diesel::insert_into(ledger_checkpoints::table)
        .values((
            ledger_checkpoints::assembly_id.eq(assembly),
            ledger_checkpoints::reason.eq(reason),
            ledger_checkpoints::seq.eq(seq),
            ledger_checkpoints::hash.eq(&hash),
            ledger_checkpoints::at.eq(now),
            ledger_checkpoints::digest.eq(&digest),
            ledger_checkpoints::signature.eq(&signature),
        ))
        .execute(conn)?;
    Ok(Some(Checkpoint { assembly, reason: reason.to_string(), seq, hash, at, digest, signature }))
}

/// The checkpoints of an assembly, in order.
#[cfg(feature = "server")]
pub fn of_assembly(conn: &mut DbConn, assembly: i64) -> QueryResult<Vec<Checkpoint>> {
    let rows: Vec<(i64, String, i64, String, NaiveDateTime, String, String)> = ledger_checkpoints::table
        .filter(ledger_checkpoints::assembly_id.eq(assembly))
        .order(ledger_checkpoints::id.asc())
        .select((
            ledger_checkpoints::assembly_id,
            ledger_checkpoints::reason,
            ledger_checkpoints::seq,
            ledger_checkpoints::hash,
            ledger_checkpoints::at,
            ledger_checkpoints::digest,
            ledger_checkpoints::signature,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(assembly, reason, seq, hash, at, digest, signature)| Checkpoint {
            assembly,
            reason,
            seq,
            hash,
            at: super::canonical_time(at),
            digest,
            signature,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkpoint_signature_covers_every_field() {
        let sealer = Sealer::generate();
        let pk = sealer.public_key_hex();
        let at = "2026-05-16T09:30:00.000000Z";
        let (digest, signature) = sealer.seal(&document(3, SESSION_OPENED, 41, "ab", at));
        let c = Checkpoint {
            assembly: 3,
            reason: SESSION_OPENED.into(),
            seq: 41,
            hash: "ab".into(),
            at: at.into(),
            digest,
            signature,
        };
        assert_eq!(c.verify_signature(&pk), Ok(()));
        let mutations: [fn(&mut Checkpoint); 5] = [
            |c| c.assembly += 1,
            |c| c.reason = SESSION_CLOSED.into(),
            |c| c.seq -= 1,
            |c| c.hash = "ac".into(),
            |c| c.at = "2026-05-16T09:30:00.000001Z".into(),
        ];
        for m in mutations {
            let mut t = c.clone();
            m(&mut t);
            assert_eq!(t.verify_signature(&pk), Err(SealError::Digest));
        }
        assert_eq!(c.verify_signature(&Sealer::generate().public_key_hex()), Err(SealError::Signature));
    }
}
