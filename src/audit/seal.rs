//! Seals: when a poll closes, a digest over everything that decided it
//! (ballots as the ballot type allows, the eligibility snapshot, the rule,
//! the tally, the outcome and the ledger head), signed with the instance's
//! Ed25519 key. Anyone with the public key can check a seal offline.

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rand::RngCore;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The instance's signing key.
pub struct Sealer {
    key: SigningKey,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sealer(public {})", self.public_key_hex())
    }
}

/// Why a key file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read or write the signing key {path}: {reason}")]
    Io { path: String, reason: String },
    #[error("the signing key {path} is not 64 hex characters")]
    Malformed { path: String },
}

impl Sealer {
    /// A fresh random key (tests, or a first start).
    pub fn generate() -> Sealer {
        let mut secret = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        Sealer { key: SigningKey::from_bytes(&secret) }
    }

    /// The key with this secret (tests that must forge as the instance could).
    pub fn from_secret(secret: [u8; 32]) -> Sealer {
        Sealer { key: SigningKey::from_bytes(&secret) }
    }

    /// Loads the key from `path`, creating it (owner-only) if it is missing.
    pub fn load_or_create(path: &Path) -> Result<Sealer, KeyError> {
        let io = |e: std::io::Error| KeyError::Io { path: path.display().to_string(), reason: e.to_string() };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let bytes =
                    hex::decode(text.trim()).map_err(|_| KeyError::Malformed { path: path.display().to_string() })?;
                let secret: [u8; 32] =
                    bytes.try_into().map_err(|_| KeyError::Malformed { path: path.display().to_string() })?;
                Ok(Sealer { key: SigningKey::from_bytes(&secret) })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let sealer = Sealer::generate();
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(path).map_err(io)?;
                std::io::Write::write_all(&mut file, hex::encode(sealer.key.to_bytes()).as_bytes()).map_err(io)?;
                Ok(sealer)
            }
            Err(e) => Err(io(e)),
        }
    }

    /// The public key, hex: printed in every export.
    pub fn public_key_hex(&self) -> String {
        hex::encode(self.key.verifying_key().to_bytes())
    }

    /// Seals a document: its digest and the signature over the digest.
    pub fn seal(&self, document: &Value) -> (String, String) {
        self.seal_canonical(&document.to_string())
    }

    /// Seals a document already in its canonical JSON (`Value::to_string`),
    /// for callers that store that text: a poll's document is a megabyte
    /// for 10,000 ballots, and writing it out once is enough.
    pub fn seal_canonical(&self, canonical: &str) -> (String, String) {
        let digest = digest_canonical(canonical);
        let signature = self.key.sign(digest.as_bytes());
        (digest, hex::encode(signature.to_bytes()))
    }
}

/// SHA-256 of the canonical JSON of a document (keys sorted), as hex.
pub fn digest(document: &Value) -> String {
    digest_canonical(&document.to_string())
}

/// SHA-256 of a text already in canonical JSON, as hex.
pub fn digest_text(canonical: &str) -> String {
    digest_canonical(canonical)
}

fn digest_canonical(canonical: &str) -> String {
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

/// Why a seal does not check out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the document does not match the sealed digest")]
    Digest,
    #[error("the signature is not valid for this public key")]
    Signature,
    #[error("the public key or signature is malformed")]
    Malformed,
}

/// Checks a sealed document against its digest, signature and public key.
pub fn verify(document: &Value, digest_hex: &str, signature_hex: &str, public_key_hex: &str) -> Result<(), SealError> {
    if digest(document) != digest_hex {
        return Err(SealError::Digest);
    }
    let key: [u8; 32] = hex::decode(public_key_hex).ok().and_then(|b| b.try_into().ok()).ok_or(SealError::Malformed)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| SealError::Malformed)?;
    let sig: [u8; 64] = hex::decode(signature_hex).ok().and_then(|b| b.try_into().ok()).ok_or(SealError::Malformed)?;
    key.verify(digest_hex.as_bytes(), &Signature::from_bytes(&sig)).map_err(|_| SealError::Signature)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_seal_checks_out_and_tampering_does_not() {
        let sealer = Sealer::generate();
        let doc = json!({"poll": 1, "tally": {"yes": 31, "no": 14, "abstain": 2}});
        let (d, s) = sealer.seal(&doc);
        let pk = sealer.public_key_hex();
        assert_eq!(verify(&doc, &d, &s, &pk), Ok(()));
        let tampered = json!({"poll": 1, "tally": {"yes": 32, "no": 14, "abstain": 2}});
        assert_eq!(verify(&tampered, &d, &s, &pk), Err(SealError::Digest));
        let other = Sealer::generate();
        let (d2, s2) = other.seal(&tampered);
        assert_eq!(verify(&tampered, &d2, &s2, &pk), Err(SealError::Signature), "re-signed with another key");
        assert_eq!(verify(&doc, &d, "00", &pk), Err(SealError::Malformed));
    }

    #[test]
    fn the_key_file_is_created_once_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/plenum.ed25519");
        let first = Sealer::load_or_create(&path).unwrap();
        let again = Sealer::load_or_create(&path).unwrap();
        assert_eq!(first.public_key_hex(), again.public_key_hex());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        std::fs::write(&path, "not a key").unwrap();
        assert!(matches!(Sealer::load_or_create(&path), Err(KeyError::Malformed { .. })));
    }
}
