//! The fuzz targets' checks (`fuzz/checks.rs`) on every seed
//! (`fuzz/seeds/<target>/`) and every input that once broke one
//! (`fuzz/regressions/<target>/`), on each `cargo test`: what the fuzzers
//! found stays found, without a nightly toolchain. Then tens of thousands
//! random mutations of the seeds through the same checks: blind, not
//! coverage-guided (that is cargo-fuzz's job, `.ci/fuzz`), but cheap enough
//! for every run. `PLENUM_FUZZ_SEED` replays a run; the seed is printed.

#[path = "../../fuzz/checks.rs"]
mod checks;

use rand::{Rng, SeedableRng};
use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut found = Vec::new();
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else { continue };
        for path in entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file()) {
            let data = std::fs::read(&path).expect("read input");
            found.push((path, data));
        }
    }
    found.sort();
    found
}

/// Fragments worth splicing in: syntax of the formats the targets read.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b",",
    b"\n",
    b"\r\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b"null",
    b"-1",
    b"4294967296",
    b"1e309",
    b"<",
    b">",
    b"javascript:",
    b"&#",
    b"](",
    b"<a href=\"",
    b" on",
    b"\\u0000",
    b"\xef\xbb\xbf",
    b"\xff",
];

fn mutate(rng: &mut rand::rngs::StdRng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.gen_range(0..seeds.len())].clone();
    for _ in 0..rng.gen_range(1..8) {
        let at = rng.gen_range(0..=data.len());
        match rng.gen_range(0..6) {
            0 if !data.is_empty() => {
                let i = rng.gen_range(0..data.len());
                data[i] ^= 1 << rng.gen_range(0..8);
            }
            1 => data.insert(at, rng.gen()),
            2 if at < data.len() => {
                let end = (at + rng.gen_range(1..64)).min(data.len());
                data.drain(at..end);
            }
            3 => {
                let token = TOKENS[rng.gen_range(0..TOKENS.len())];
                data.splice(at..at, token.iter().copied());
            }
            4 if at < data.len() => {
                let end = (at + rng.gen_range(1..256)).min(data.len());
                let chunk = data[at..end].to_vec();
                data.splice(at..at, chunk);
            }
            _ => {
                let other = &seeds[rng.gen_range(0..seeds.len())];
                let from = rng.gen_range(0..=other.len());
                let tail = other[from..].to_vec();
                data.truncate(at);
                data.extend(tail);
            }
        }
    }
    data
}

fn run(target: &str, check: fn(&[u8]), mutations: usize) {
    let all = inputs(target);
    assert!(!all.is_empty(), "the {target} target has seeds");
    for (path, data) in &all {
        if std::panic::catch_unwind(|| check(data)).is_err() {
            panic!("{target}: {} breaks its check", path.display());
        }
    }
    let seed: u64 =
        std::env::var("PLENUM_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| rand::thread_rng().gen());
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let seeds: Vec<Vec<u8>> = all.into_iter().map(|(_, d)| d).collect();
    for i in 0..mutations {
        let data = mutate(&mut rng, &seeds);
        if std::panic::catch_unwind(|| check(&data)).is_err() {
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-findings").join(target);
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("mutation-{seed}-{i}"));
            let _ = std::fs::write(&file, &data);
            panic!("{target}: mutation {i} of seed {seed} breaks its check; input kept at {}", file.display());
        }
    }
}

#[test]
fn register_csv() {
    run("register_csv", checks::register_csv, 20_000);
}

#[test]
fn api_json() {
    run("api_json", checks::api_json, 20_000);
}

#[test]
fn markdown() {
    run("markdown", checks::markdown, 20_000);
}

#[test]
fn bundle() {
    run("bundle", checks::bundle, 1_000);
}
