//! A full disk under the SQLite file: the real binary on a small tmpfs that
//! the test fills to the last byte in the middle of a vote. Every refused
//! write (a ballot, the close and its seal) says the disk is full (503
//! `storage_full`), reads go on, nothing is half-written, and once space returns the same process takes the
//! remaining ballots, closes and seals; the file passes SQLite's integrity
//! check and the chain verifies.
//!
//! Mounting needs root; under `CI=true` a failed mount fails the test,
//! elsewhere the test is skipped with a note.

use crate::common;

use common::process::{check_consistent, key_file, services, start};
use diesel::prelude::*;
use diesel::sql_types::Text;
use rand::Rng;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

const ORGS: usize = 80;

/// A tmpfs of `size`, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(at: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(at).expect("mount point");
        let done = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .status()
            .is_ok_and(|s| s.success());
        done.then(|| Mount(at.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Writes until the file system refuses another byte.
fn fill(path: &Path) {
    let mut f = std::fs::File::create(path).expect("filler");
    for chunk in [1 << 16, 1 << 12, 1 << 9, 1] {
        let block = vec![0u8; chunk];
        while f.write_all(&block).and_then(|_| f.sync_data()).is_ok() {}
    }
}

#[derive(QueryableByName)]
struct IntegrityCheck {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

#[test]
fn a_full_disk_refuses_clearly_and_recovers() {
    let dir = tempfile::tempdir().expect("dir");
    let Some(mount) = Mount::tmpfs(&dir.path().join("small"), "24m") else {
        assert!(!common::in_ci(), "CI must be able to mount a small tmpfs for the full-disk test (run as root)");
        eprintln!("note: full-disk test skipped: mounting a tmpfs needs root");
        return;
    };
    let url = mount.0.join("plenum.sqlite3").display().to_string();
    let secret: [u8; 32] = rand::thread_rng().gen();
    let key = key_file(dir.path(), &secret);
    let svc = services(&url, secret);
    let setup = plenum::bench::prepare(&svc, ORGS).expect("set-up");
    let poll = setup.poll;
    // Empty the write-ahead log, so the first write after the fill must grow it.
    diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&mut diesel::SqliteConnection::establish(&url).expect("sqlite"))
        .expect("checkpoint");
    let server = start(&url, &key);
    let chair = common::Api::with_token(&server.base, &setup.chair_token);
    let ballot = |token: &str| {
        common::Api::with_token(&server.base, token)
            .post(&format!("/api/v1/polls/{poll}/ballots"), json!({"choice": "yes"}))
    };

    let half = ORGS / 2;
    let mut counted = Vec::new();
    for d in &setup.delegates[..half / 2] {
        let (status, body) = ballot(&d.token);
        assert_eq!(status, 201, "{body}");
        counted.push(d.organisation_id);
    }
    diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&mut diesel::SqliteConnection::establish(&url).expect("sqlite"))
        .expect("checkpoint");

    let filler = mount.0.join("filler");
    fill(&filler);
    let mut refused = Vec::new();
    for d in &setup.delegates[half / 2..half] {
        match ballot(&d.token) {
            (201, _) => counted.push(d.organisation_id),
            (503, body) => {
                assert_eq!(body["error"], "storage_full", "{body}");
                assert!(body["message"].as_str().is_some_and(|m| m.contains("disk is full")), "{body}");
                refused.push(d);
            }
            (status, body) => panic!("a full disk must be named, not {status}: {body}"),
        }
    }
    assert!(!refused.is_empty(), "the disk was full: some ballots must have been refused");
    let (status, body) = chair.post(&format!("/api/v1/polls/{poll}/close"), json!({}));
    assert_eq!((status, body["error"].as_str()), (503, Some("storage_full")), "the close on a full disk: {body}");
    let (status, state) = chair.get(&format!("/api/v1/polls/{poll}"));
    assert_eq!((status, state["state"].as_str()), (200, Some("open")), "reads go on while the disk is full");
    check_consistent(&svc, poll, &counted);

    // Space returns: the same process goes on.
    std::fs::remove_file(&filler).expect("free the space");
    for d in refused.iter().copied().chain(&setup.delegates[half..]) {
        let (status, body) = ballot(&d.token);
        assert_eq!(status, 201, "after space returned: {body}");
        counted.push(d.organisation_id);
    }
    assert_eq!(chair.post(&format!("/api/v1/polls/{poll}/close"), json!({})).0, 200);
    drop(server);

    assert_eq!(counted.len(), ORGS);
    check_consistent(&svc, poll, &counted);
    let check: Vec<IntegrityCheck> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut diesel::SqliteConnection::establish(&url).expect("sqlite"))
        .expect("integrity check");
    assert_eq!(check.iter().map(|c| c.integrity_check.as_str()).collect::<Vec<_>>(), ["ok"]);
    drop(svc);
}
