//! Building the evidence bundle of an assembly.

use super::{api_time, assemblies, organisations, Caller, Services};
use crate::audit::{self, checkpoint, LedgerEntry};
use crate::domain::assembly::AssemblyState;
use crate::domain::ids::AssemblyId;
use crate::domain::poll::PollState;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::export::bundle::{in_scope, Bundle, Sealed, SignedManifest, SkippedRun, FORMAT};
use crate::store::schema::{election_rounds, elections, motions, polls, proxies};
use crate::store::DbConn;
use diesel::prelude::*;
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// An assembly's record for the auditor's page.
#[derive(Debug)]
pub struct AuditRecord {
    pub assembly: super::assemblies::AssemblyView,
    pub public_key: String,
    /// Every organisation's name, by id: stays and proxies name them.
    pub names: HashMap<i64, String>,
    pub stays: Vec<super::attendance::StayView>,
    pub proxies: Vec<super::proxies::ProxyView>,
    pub polls: Vec<SealLine>,
    pub elections: Vec<super::elections::ElectionView>,
    pub rounds: Vec<SealLine>,
    pub checkpoints: Vec<checkpoint::Checkpoint>,
}

/// A sealed poll or round: what it decided, in words, and its seal.
#[derive(Debug)]
pub struct SealLine {
    pub id: i64,
    pub title: String,
    pub explanation: String,
    /// A poll's decision, to be said in words; none for a round.
    pub decision: Option<crate::domain::majority::Decision>,
    pub digest: String,
    pub signature: String,
}

/// A closed poll: id, motion title, explanation, seal digest and signature.
type PollSealRow = (i64, String, Option<String>, Option<String>, Option<String>);

type SealRow = (i64, Option<String>, Option<String>, Option<String>);

fn sealed(rows: Vec<SealRow>) -> AppResult<Vec<Sealed>> {
    rows.into_iter()
        .filter_map(|(id, document, digest, signature)| Some((id, document?, digest?, signature?)))
        .map(|(id, document, digest, signature)| {
            Ok(Sealed { id, document: serde_json::from_str(&document).map_err(AppError::internal)?, digest, signature })
        })
        .collect()
}

/// The subjects of the ledger events that concern an assembly: its own,
/// and those of its motions, polls, elections, rounds and proxies (agenda
/// items, speakers, attendance, incidents and minutes are recorded under
/// the assembly itself).
fn subjects_of(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<HashSet<String>> {
    let motion_ids: Vec<i64> =
        motions::table.filter(motions::assembly_id.eq(assembly_id)).select(motions::id).load(conn)?;
    let poll_ids: Vec<i64> = polls::table
        .inner_join(motions::table)
        .filter(motions::assembly_id.eq(assembly_id))
        .select(polls::id)
        .load(conn)?;
    let election_ids: Vec<i64> =
        elections::table.filter(elections::assembly_id.eq(assembly_id)).select(elections::id).load(conn)?;
    let round_ids: Vec<i64> = election_rounds::table
        .inner_join(elections::table)
        .filter(elections::assembly_id.eq(assembly_id))
        .select(election_rounds::id)
        .load(conn)?;
    let proxy_ids: Vec<i64> =
        proxies::table.filter(proxies::assembly_id.eq(assembly_id)).select(proxies::id).load(conn)?;
    let mut subjects = HashSet::from([format!("assembly:{assembly_id}")]);
    for (prefix, ids) in [
        ("motion", motion_ids),
        ("poll", poll_ids),
        ("election", election_ids),
        ("round", round_ids),
        ("proxy", proxy_ids),
    ] {
        subjects.extend(ids.into_iter().map(|id| format!("{prefix}:{id}")));
    }
    Ok(subjects)
}

/// The scoped ledger up to `end` (inclusive): the events in scope, and the
/// maximal runs of those left out.
fn scoped_ledger(
    conn: &mut DbConn,
    subjects: &HashSet<String>,
    end: i64,
) -> AppResult<(Vec<LedgerEntry>, Vec<SkippedRun>)> {
    let mut ledger = Vec::new();
    let mut skipped: Vec<SkippedRun> = Vec::new();
    let mut open_run: Option<SkippedRun> = None;
    let mut after = 0;
    'read: loop {
        let batch = audit::events_after(conn, after, 10_000)?;
        let Some(last) = batch.last() else { break };
        after = last.seq;
        for e in &batch {
            if e.seq > end {
                break 'read;
            }
            if in_scope(subjects, &e.kind, &e.subject) {
                skipped.extend(open_run.take());
                ledger.push(LedgerEntry::from_event(e).ok_or_else(|| {
                    AppError::internal(format!("ledger event {} has a payload that is not JSON", e.seq))
                })?);
            } else {
                match open_run.as_mut() {
                    Some(run) => {
                        run.last_seq = e.seq;
                        run.hash.clone_from(&e.hash);
                    }
                    None => open_run = Some(SkippedRun { first_seq: e.seq, last_seq: e.seq, hash: e.hash.clone() }),
                }
            }
        }
    }
    skipped.extend(open_run);
    Ok((ledger, skipped))
}

impl Services {
    /// The evidence bundle of an assembly (auditor, secretariat). The ledger
    /// is read last, in the same transaction, so it holds every event the
    /// rest of the bundle refers to. A closed assembly's ledger ends at its
    /// last checkpoint (the close's, or the minutes' approval's), so every
    /// export of it holds the same ledger; an open one's at the head.
    /// `None` is the command line, run by whoever holds the server.
    pub fn bundle(&self, caller: Option<&Caller>, assembly_id: AssemblyId) -> AppResult<Bundle> {
        self.evidence(caller, assembly_id)
    }

    /// The bundle as a file to download (API and auditor's page alike).
    pub fn bundle_download(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<super::minutes::Download> {
        let bundle = self.bundle(Some(caller), assembly_id)?;
        Ok(super::minutes::Download {
            body: serde_json::to_vec(&bundle).map_err(AppError::internal)?,
            public_key: bundle.public_key,
            content_type: "application/json",
            filename: format!("plenum-assembly-{assembly_id}-bundle.json"),
            language: None,
        })
    }

    /// An assembly's record as the auditor's page shows it: read from the
    /// tables, not built as a bundle (the bundle holds every organisation
    /// and every seal's ballots: a megabyte at ten thousand members), with
    /// results in words and elections by name.
    pub fn assembly_record(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<AuditRecord> {
        caller.require(&[Role::Auditor, Role::Secretariat])?;
        let notice_days = self.settings.notice_period_days;
        let public_key = self.sealer.public_key_hex();
        let (assembly, names, stays, proxies, polls, rounds, checkpoints) = self.read(|conn| {
            let a = assemblies::load(conn, assembly_id)?;
            let assembly = super::assemblies::AssemblyView::from_row(&a, notice_days)?;
            let names: HashMap<i64, String> = crate::store::schema::organisations::table
                .select((crate::store::schema::organisations::id, crate::store::schema::organisations::name))
                .load::<(i64, String)>(conn)?
                .into_iter()
                .collect();
            let stays = super::attendance::stays_of(conn, assembly_id)?;
            let proxies = super::proxies::all_of(conn, assembly_id)?;
            let polls: Vec<PollSealRow> = polls::table
                .inner_join(motions::table)
                .filter(motions::assembly_id.eq(assembly_id))
                .filter(polls::state.eq(PollState::Closed))
                .order(polls::id.asc())
                .select((polls::id, motions::title, polls::explanation, polls::seal_digest, polls::seal_signature))
                .load(conn)?;
            let rounds: Vec<(i64, Option<String>, Option<String>)> = election_rounds::table
                .inner_join(elections::table)
                .filter(elections::assembly_id.eq(assembly_id))
                .filter(election_rounds::state.eq(PollState::Closed))
                .order(election_rounds::id.asc())
                .select((election_rounds::id, election_rounds::seal_digest, election_rounds::seal_signature))
                .load(conn)?;
            let checkpoints = checkpoint::of_assembly(conn, assembly_id.0)?;
            Ok::<_, AppError>((assembly, names, stays, proxies, polls, rounds, checkpoints))
        })?;
        let mut lines = Vec::with_capacity(polls.len());
        for (id, title, explanation, digest, signature) in polls {
            let (Some(digest), Some(signature)) = (digest, signature) else { continue };
            let decision = self.poll_decision(id)?;
            lines.push(SealLine {
                id,
                title,
                explanation: explanation.unwrap_or_default(),
                decision,
                digest,
                signature,
            });
        }
        let polls = lines;
        let elections = self.list_elections(assembly_id)?;
        let rounds = rounds
            .into_iter()
            .filter_map(|(id, digest, signature)| {
                let e = elections.iter().find(|e| e.rounds.iter().any(|r| r.id == id))?;
                let r = e.rounds.iter().find(|r| r.id == id)?;
                Some(SealLine {
                    id,
                    title: format!("{}, {}", e.title, crate::i18n::Msg::Round { round: r.round.to_string() }.en()),
                    explanation: String::new(),
                    decision: None,
                    digest: digest?,
                    signature: signature?,
                })
            })
            .collect();
        Ok(AuditRecord { assembly, public_key, names, stays, proxies, polls, elections, rounds, checkpoints })
    }

    fn evidence(&self, caller: Option<&Caller>, assembly_id: AssemblyId) -> AppResult<Bundle> {
        if let Some(c) = caller {
            c.require(&[Role::Auditor, Role::Secretariat])?;
        }
        let notice_days = self.settings.notice_period_days;
        let exported_at = api_time(self.clock.now());
        let public_key = self.sealer.public_key_hex();
        self.read(|conn| {
            let a = assemblies::load(conn, assembly_id)?;
            let assembly = json!(super::assemblies::AssemblyView::from_row(&a, notice_days)?);
            let organisations = organisations::all(conn)?.into_iter().map(|o| json!(o)).collect();
            let attendance = super::attendance::stays_of(conn, assembly_id)?.into_iter().map(|s| json!(s)).collect();
            let proxies = super::proxies::all_of(conn, assembly_id)?.into_iter().map(|p| json!(p)).collect();
            let poll_rows: Vec<SealRow> = polls::table
                .inner_join(motions::table)
                .filter(motions::assembly_id.eq(assembly_id))
                .filter(polls::state.eq(PollState::Closed))
                .order(polls::id.asc())
                .select((polls::id, polls::seal_document, polls::seal_digest, polls::seal_signature))
                .load(conn)?;
            let round_rows: Vec<SealRow> = election_rounds::table
                .inner_join(elections::table)
                .filter(elections::assembly_id.eq(assembly_id))
                .filter(election_rounds::state.eq(PollState::Closed))
                .order(election_rounds::id.asc())
                .select((
                    election_rounds::id,
                    election_rounds::seal_document,
                    election_rounds::seal_digest,
                    election_rounds::seal_signature,
                ))
                .load(conn)?;
            let checkpoints = checkpoint::of_assembly(conn, assembly_id.0)?;
            let closed = matches!(a.state, AssemblyState::Closed | AssemblyState::MinutesApproved);
            let minutes = super::minutes::sealed(conn, assembly_id)?
                .map(|(document, digest, signature)| {
                    Ok::<_, AppError>(Sealed {
                        id: assembly_id.0,
                        document: serde_json::from_str(&document).map_err(AppError::internal)?,
                        digest,
                        signature,
                    })
                })
                .transpose()?;
            let head = audit::head(conn)?.map_or(0, |(seq, _)| seq);
            let end = match checkpoints.iter().map(|c| c.seq).max() {
                Some(last) if closed => last,
                _ => head,
            };
            let subjects = subjects_of(conn, assembly_id)?;
            let (ledger, skipped) = scoped_ledger(conn, &subjects, end)?;
            let mut bundle = Bundle {
                format: FORMAT.to_string(),
                exported_at,
                public_key,
                manifest: SignedManifest::default(),
                assembly,
                organisations,
                attendance,
                proxies,
                polls: sealed(poll_rows)?,
                rounds: sealed(round_rows)?,
                checkpoints,
                minutes,
                ledger,
                skipped,
            };
            bundle.sign_manifest(&self.sealer);
            Ok(bundle)
        })
    }
}
