//! Building the evidence bundle of an assembly.

use super::{api_time, assemblies, organisations, Caller, Services};
use crate::audit::{self, checkpoint, LedgerEntry};
use crate::domain::poll::PollState;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::export::bundle::{Bundle, Sealed, FORMAT};
use crate::store::schema::{election_rounds, elections, motions, polls};
use diesel::prelude::*;
use serde_json::json;

type SealRow = (i64, Option<String>, Option<String>, Option<String>);

fn sealed(rows: Vec<SealRow>) -> AppResult<Vec<Sealed>> {
    rows.into_iter()
        .filter_map(|(id, document, digest, signature)| Some((id, document?, digest?, signature?)))
        .map(|(id, document, digest, signature)| {
            Ok(Sealed { id, document: serde_json::from_str(&document).map_err(AppError::internal)?, digest, signature })
        })
        .collect()
}

impl Services {
    /// The evidence bundle of an assembly (auditor, secretariat). The ledger
    /// is read last, in the same transaction, so it holds every event the
    /// rest of the bundle refers to.
    /// `None` is the command line, run by whoever holds the server.
    pub fn bundle(&self, caller: Option<&Caller>, assembly_id: i64) -> AppResult<Bundle> {
        self.evidence(caller, assembly_id, true)
    }

    /// The bundle as a file to download (API and auditor's page alike).
    pub fn bundle_download(&self, caller: &Caller, assembly_id: i64) -> AppResult<super::minutes::Download> {
        let bundle = self.bundle(Some(caller), assembly_id)?;
        Ok(super::minutes::Download {
            body: serde_json::to_vec(&bundle).map_err(AppError::internal)?,
            public_key: bundle.public_key,
            content_type: "application/json",
            filename: format!("plenum-assembly-{assembly_id}-bundle.json"),
        })
    }

    /// The bundle without the ledger: the auditor's page of an assembly.
    pub fn assembly_record(&self, caller: &Caller, assembly_id: i64) -> AppResult<Bundle> {
        self.evidence(Some(caller), assembly_id, false)
    }

    fn evidence(&self, caller: Option<&Caller>, assembly_id: i64, with_ledger: bool) -> AppResult<Bundle> {
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
                .filter(polls::state.eq(PollState::Closed.as_str()))
                .order(polls::id.asc())
                .select((polls::id, polls::seal_document, polls::seal_digest, polls::seal_signature))
                .load(conn)?;
            let round_rows: Vec<SealRow> = election_rounds::table
                .inner_join(elections::table)
                .filter(elections::assembly_id.eq(assembly_id))
                .filter(election_rounds::state.eq(PollState::Closed.as_str()))
                .order(election_rounds::id.asc())
                .select((
                    election_rounds::id,
                    election_rounds::seal_document,
                    election_rounds::seal_digest,
                    election_rounds::seal_signature,
                ))
                .load(conn)?;
            let checkpoints = checkpoint::of_assembly(conn, assembly_id)?;
            let minutes = super::minutes::sealed(conn, assembly_id)?
                .map(|(document, digest, signature)| {
                    Ok::<_, AppError>(Sealed {
                        id: assembly_id,
                        document: serde_json::from_str(&document).map_err(AppError::internal)?,
                        digest,
                        signature,
                    })
                })
                .transpose()?;
            let mut ledger = Vec::new();
            let mut after = 0;
            loop {
                let batch = if with_ledger { audit::events_after(conn, after, 10_000)? } else { vec![] };
                let Some(last) = batch.last() else { break };
                after = last.seq;
                for e in &batch {
                    ledger.push(LedgerEntry::from_event(e).ok_or_else(|| {
                        AppError::internal(format!("ledger event {} has a payload that is not JSON", e.seq))
                    })?);
                }
            }
            Ok(Bundle {
                format: FORMAT.to_string(),
                exported_at,
                public_key,
                assembly,
                organisations,
                attendance,
                proxies,
                polls: sealed(poll_rows)?,
                rounds: sealed(round_rows)?,
                checkpoints,
                minutes,
                ledger,
            })
        })
    }
}
