//! The minutes: generated from the record, the secretariat's narrative and
//! the chair's incidents added to the draft; approving them (assembly state
//! `minutes_approved`) freezes and seals them. Exports in PDF, HTML,
//! Markdown, and CSV for attendance, proxies and roll-call votes.

use super::{api_time, assemblies, organisations, record, Caller, Services};
use crate::audit::checkpoint;
use crate::audit::event::{Event, IncidentRecorded, MinutesNarrative, Signed};
use crate::domain::assembly::AssemblyState;
use crate::domain::ids::{AssemblyId, MotionId};
use crate::domain::organisation::OrgKind;
use crate::domain::poll::PollState;
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::store::register_at_close::Member;
mod record;
use crate::i18n::Msg;
use crate::store::schema::{incidents, minutes as minutes_table, motions, polls};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
pub use record::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A file to download.
#[derive(Debug, Clone)]
pub struct Download {
    /// The instance's public key, sent with every export.
    pub public_key: String,
    pub content_type: &'static str,
    pub filename: String,
    pub body: Vec<u8>,
    /// The language the file is written in, if it is written in one.
    pub language: Option<crate::i18n::Lang>,
}

type MinutesRow = (String, NaiveDateTime, Option<NaiveDateTime>, Option<String>);

fn row(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<Option<MinutesRow>> {
    minutes_table::table
        .find(assembly_id)
        .select((
            minutes_table::narrative,
            minutes_table::updated_at,
            minutes_table::approved_at,
            minutes_table::document,
        ))
        .first(conn)
        .optional()
}

fn approved(conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<Option<Minutes>> {
    match row(conn, assembly_id)? {
        Some((_, _, Some(_), Some(document))) => Ok(Some(serde_json::from_str(&document).map_err(AppError::internal)?)),
        _ => Ok(None),
    }
}

/// The approved minutes' seal, for the bundle: (document, digest, signature).
pub(crate) fn sealed(conn: &mut DbConn, assembly_id: AssemblyId) -> QueryResult<Option<(String, String, String)>> {
    let r: Option<(Option<String>, Option<String>, Option<String>)> = minutes_table::table
        .find(assembly_id)
        .select((minutes_table::document, minutes_table::digest, minutes_table::signature))
        .first(conn)
        .optional()?;
    Ok(r.and_then(|(d, g, s)| Some((d?, g?, s?))))
}

fn quorum_words(q: Option<crate::domain::fraction::Fraction>) -> String {
    match q {
        None => "none required".to_string(),
        Some(f) => format!("{} {}/{} of the full members", f.sign(), f.numerator, f.denominator),
    }
}

impl Services {
    fn require_open_minutes(&self, conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<()> {
        let a = assemblies::load(conn, assembly_id)?;
        if a.state == AssemblyState::MinutesApproved {
            return Err(AppError::conflict(ErrorCode::MinutesApproved, Msg::MinutesFrozen));
        }
        Ok(())
    }

    /// Sets the narrative of the draft minutes (secretariat).
    pub fn set_narrative(&self, caller: &Caller, assembly_id: AssemblyId, narrative: &str) -> AppResult<()> {
        caller.require(&[Role::Secretariat])?;
        crate::error::check_text(
            Msg::FieldNarrative,
            narrative,
            crate::domain::text::Shape::Lines,
            self.settings.max_narrative_chars,
        )?;
        self.write(|conn, now| {
            self.require_open_minutes(conn, assembly_id)?;
            let exists = row(conn, assembly_id)?.is_some();
            if exists {
                diesel::update(minutes_table::table.find(assembly_id))
                    .set((minutes_table::narrative.eq(narrative), minutes_table::updated_at.eq(now)))
                    .execute(conn)?;
            } else {
                diesel::insert_into(minutes_table::table)
                    .values((
                        minutes_table::assembly_id.eq(assembly_id),
                        minutes_table::narrative.eq(narrative),
                        minutes_table::updated_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::MinutesNarrative(MinutesNarrative {
                    sha256: super::auth::secret_hash(narrative),
                    characters: narrative.chars().count() as u64,
                }),
            )?;
            Ok(())
        })
    }

    /// Records an incident (secretariat, as the chair).
    pub fn record_incident(&self, caller: &Caller, assembly_id: AssemblyId, body: &str) -> AppResult<()> {
        caller.require(&[Role::Secretariat])?;
        let body = body.trim();
        if body.is_empty() {
            return Err(AppError::bad_request(
                ErrorCode::InvalidIncident,
                Msg::TextEmpty { field: Box::new(Msg::FieldIncident) },
            ));
        }
        if body.chars().count() > 4000 {
            return Err(AppError::bad_request(
                ErrorCode::InvalidIncident,
                Msg::TextTooLong { field: Box::new(Msg::FieldIncident), max: 4000.into() },
            ));
        }
        crate::error::check_text(Msg::FieldIncident, body, crate::domain::text::Shape::Lines, 4000)?;
        self.write(|conn, now| {
            self.require_open_minutes(conn, assembly_id)?;
            diesel::insert_into(incidents::table)
                .values((
                    incidents::assembly_id.eq(assembly_id),
                    incidents::account_id.eq(caller.account_id),
                    incidents::at.eq(now),
                    incidents::body.eq(body),
                ))
                .execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::IncidentRecorded(IncidentRecorded { body: body.to_string() }),
            )?;
            Ok(())
        })
    }

    /// The minutes: the approved ones as frozen, else the draft from the
    /// record now. Drafts are for the secretariat and auditors.
    pub fn minutes(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<Minutes> {
        if let Some(m) = self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            approved(conn, assembly_id)
        })? {
            return Ok(m);
        }
        caller.require(&[Role::Secretariat, Role::Auditor])?;
        self.draft_minutes(assembly_id, None).map(|(m, _)| m)
    }

    /// Approves the minutes of a closed assembly (secretariat): the record is
    /// frozen as it stands, sealed, and the assembly moves to
    /// `minutes_approved`.
    pub fn approve_minutes(&self, caller: &Caller, assembly_id: AssemblyId) -> AppResult<Minutes> {
        caller.require(&[Role::Secretariat])?;
        let now = api_time(self.clock.now());
        // Counted before the draft is read: an incident recorded while the
        // approval is prepared changes the count, and the approval is
        // refused rather than sealing minutes without it.
        let incidents_of = |conn: &mut DbConn| -> AppResult<i64> {
            Ok(incidents::table.filter(incidents::assembly_id.eq(assembly_id)).count().get_result(conn)?)
        };
        let incidents_before = self.read(incidents_of)?;
        let (m, narrative_at) = self.draft_minutes(assembly_id, Some(now))?;
        let document = serde_json::to_value(&m).map_err(AppError::internal)?;
        let (digest, signature) = self.sealer.seal(&document);
        self.write(|conn, now| {
            // Nothing may have changed since the draft was taken.
            if row(conn, assembly_id)?.map(|r| r.1) != narrative_at || incidents_of(conn)? != incidents_before {
                return Err(AppError::conflict(ErrorCode::MinutesChanged, Msg::MinutesChanged));
            }
            assemblies::transition(
                conn,
                now,
                &caller.actor(),
                &self.sealer,
                assembly_id,
                AssemblyState::MinutesApproved,
            )?;
            let values = (
                minutes_table::narrative.eq(&m.narrative),
                minutes_table::updated_at.eq(now),
                minutes_table::approved_at.eq(now),
                minutes_table::document.eq(document.to_string()),
                minutes_table::digest.eq(&digest),
                minutes_table::signature.eq(&signature),
            );
            if narrative_at.is_some() {
                diesel::update(minutes_table::table.find(assembly_id)).set(values).execute(conn)?;
            } else {
                diesel::insert_into(minutes_table::table)
                    .values((minutes_table::assembly_id.eq(assembly_id), values))
                    .execute(conn)?;
            }
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::MinutesApproved(Signed { seal: digest.clone(), signature: signature.clone() }),
            )?;
            // The assembly's last checkpoint: its bundle's ledger ends here.
            checkpoint::take(conn, now, &self.sealer, assembly_id.0, checkpoint::MINUTES_APPROVED)?;
            Ok(())
        })?;
        Ok(m)
    }

    /// The draft from the record now, and when its narrative last changed.
    fn draft_minutes(
        &self,
        assembly_id: AssemblyId,
        approved_at: Option<String>,
    ) -> AppResult<(Minutes, Option<NaiveDateTime>)> {
        let a = self.read(|conn| assemblies::load(conn, assembly_id))?;
        let view = self.assembly_view(&a)?;
        if approved_at.is_some() && view.state != AssemblyState::Closed {
            return Err(AppError::conflict(
                ErrorCode::NotClosed,
                Msg::MinutesNeedClosed { state: crate::i18n::state_label(view.state).into() },
            ));
        }
        let (narrative, narrative_at) =
            self.read(|conn| Ok(row(conn, assembly_id)?))?.map_or((String::new(), None), |r| (r.0, Some(r.1)));
        // Closed: the register as it stood at the close; a draft of an open
        // assembly: the register now.
        let at_close = self.read(|conn| Ok(crate::store::register_at_close::of(conn, assembly_id)?))?;
        let orgs: BTreeMap<i64, Member> = match at_close {
            Some(members) => members.into_iter().map(|m| (m.id, m)).collect(),
            None => self
                .read(organisations::all)?
                .into_iter()
                .map(|o| (o.id, Member { id: o.id, name: o.name, kind: o.kind, status: o.status }))
                .collect(),
        };
        let name = |id: i64| orgs.get(&id).map_or_else(|| format!("organisation {id}"), |o| o.name.clone());

        // Attendance over the whole assembly.
        let stays = self.stays(assembly_id)?;
        let proxies = self.list_proxies(assembly_id)?;
        let mut in_room = BTreeSet::new();
        let mut remote = BTreeSet::new();
        for s in &stays {
            if s.mode == crate::domain::assembly::AttendanceMode::InPerson {
                in_room.insert(s.organisation_id);
            } else {
                remote.insert(s.organisation_id);
            }
        }
        let attended: BTreeSet<i64> = in_room.union(&remote).copied().collect();
        let is_full = |id: &i64| orgs.get(id).is_some_and(|o| o.kind == OrgKind::Full);
        let represented: Vec<(i64, i64)> = proxies
            .iter()
            .filter(|p| p.state != "revoked" && !attended.contains(&p.grantor_id))
            .map(|p| (p.grantor_id, p.holder_id))
            .collect();
        let full: Vec<i64> = orgs
            .values()
            .filter(|o| o.kind == OrgKind::Full && o.status == crate::domain::organisation::OrgStatus::Active)
            .map(|o| o.id)
            .collect();
        let represented_ids: BTreeSet<i64> = represented.iter().map(|(g, _)| *g).collect();
        let names = |ids: &mut dyn Iterator<Item = i64>| {
            let mut v: Vec<String> = ids.map(&name).collect();
            v.sort();
            v
        };
        let attendance = AttendancePart {
            full_members: full.len(),
            in_room: names(&mut in_room.iter().copied().filter(is_full)),
            remote: names(&mut remote.iter().copied().filter(|o| is_full(o) && !in_room.contains(o))),
            represented: {
                let mut v: Vec<(String, String)> = represented.iter().map(|(g, h)| (name(*g), name(*h))).collect();
                v.sort();
                v
            },
            absent: names(&mut full.iter().copied().filter(|o| !attended.contains(o) && !represented_ids.contains(o))),
            affiliates: names(&mut attended.iter().copied().filter(|o| !is_full(o))),
        };
        let proxies = proxies
            .iter()
            .map(|p| ProxyPart {
                grantor: name(p.grantor_id),
                holder: name(p.holder_id),
                document: p.document.clone(),
                state: p.state.to_string(),
            })
            .collect();
        let agenda = self
            .agenda_items(assembly_id)?
            .into_iter()
            .map(|i| AgendaPart { position: i.position, title: i.title, kind: i.kind.as_str().to_string() })
            .collect();

        // Motions and their closed polls.
        let motion_views = self.list_motions(assembly_id)?;
        let titles: HashMap<MotionId, String> = motion_views.iter().map(|m| (m.id, m.title.clone())).collect();
        let mut motion_parts = Vec::new();
        for mo in &motion_views {
            let poll_ids: Vec<i64> = self.read(|conn| {
                Ok(polls::table
                    .inner_join(motions::table)
                    .filter(polls::motion_id.eq(mo.id))
                    .filter(polls::state.eq(PollState::Closed))
                    .order(polls::id.asc())
                    .select(polls::id)
                    .load(conn)?)
            })?;
            let mut polls_parts = Vec::new();
            for id in poll_ids {
                let p = self.get_poll_unchecked(id)?;
                let seal = self.poll_seal(id)?;
                // The quorum's numbers are the sealed decision's (seals
                // written before it was typed carry them at the top).
                let q = seal.document.get("decision").map_or(&seal.document["quorum"], |d| &d["quorum"]);
                let Some(r) = &p.result else { continue };
                let decision = self.poll_decision(id)?.map(|d| crate::i18n::DecisionWords::from(&d));
                polls_parts.push(PollPart {
                    id,
                    ballot: p.ballot.as_str().to_string(),
                    closed_at: p.closed_at.clone().unwrap_or_default(),
                    yes: u64::try_from(r.yes).unwrap_or(0),
                    no: u64::try_from(r.no).unwrap_or(0),
                    abstain: u64::try_from(r.abstain).unwrap_or(0),
                    outcome: r.outcome.as_str().to_string(),
                    explanation: r.explanation.clone(),
                    quorum: format!(
                        "At the vote: {} present and {} represented of {} full members; {} eligible.",
                        q["present"], q["represented"], q["full_members"], p.eligible
                    ),
                    at_vote: Some(AtVotePart {
                        present: q["present"].as_u64().unwrap_or(0),
                        represented: q["represented"].as_u64().unwrap_or(0),
                        full_members: q["full_members"].as_u64().unwrap_or(0),
                        eligible: u64::try_from(p.eligible).unwrap_or(0),
                    }),
                    roll_call: p
                        .roll_call
                        .iter()
                        .flatten()
                        .map(|l| (l.organisation.clone(), l.choice.as_str().to_string()))
                        .collect(),
                    seal: r.seal.clone(),
                    in_words: decision.as_ref().map(|d| d.in_words(crate::i18n::Lang::En)).unwrap_or_default(),
                    decision,
                    room: p.room.as_ref().map(|room| RoomPart {
                        yes: u64::try_from(room.yes).unwrap_or(0),
                        no: u64::try_from(room.no).unwrap_or(0),
                        abstain: u64::try_from(room.abstain).unwrap_or(0),
                        organisations: room.organisations.len() as u64,
                    }),
                });
            }
            motion_parts.push(MotionPart {
                id: mo.id.into(),
                title: mo.title.clone(),
                kind: mo.kind.clone(),
                state: mo.state.as_str().to_string(),
                text: mo.text.clone(),
                proposer: mo.proposer_id.map(name),
                amends: mo.amends.map(|id| titles.get(&id).cloned().unwrap_or_else(|| format!("motion {id}"))),
                decision_reason: mo.decision_reason.clone(),
                opinions: mo.opinions.iter().map(|o| (o.organisation.clone(), o.text.clone())).collect(),
                polls: polls_parts,
                language: Some(mo.language.clone()),
                text_sha256: Some(super::auth::secret_hash(&mo.text)),
                translations: mo
                    .translations
                    .iter()
                    .map(|t| TranslationPart {
                        language: t.language.clone(),
                        title: t.title.clone(),
                        sha256: t.sha256.clone(),
                        by: t.by.clone(),
                        at: t.at.clone(),
                    })
                    .collect(),
            });
        }

        // Elections.
        let mut election_parts = Vec::new();
        for e in self.list_elections(assembly_id)? {
            let cand: HashMap<i64, String> = e.candidates.iter().map(|c| (c.id, c.name.clone())).collect();
            let cname = |id: &i64| cand.get(id).cloned().unwrap_or_else(|| format!("candidate {id}"));
            let seals = self.round_seals(e.id)?;
            let rounds = e
                .rounds
                .iter()
                .filter_map(|r| {
                    let res = r.result.as_ref()?;
                    Some(RoundPart {
                        round: r.round,
                        seats: r.seats,
                        ballots: res.ballots,
                        abstentions: res.abstentions,
                        ranking: res.ranking.iter().map(|s| (cname(&s.candidate), s.votes)).collect(),
                        elected: res.elected.iter().map(cname).collect(),
                        runoff: res.runoff.iter().map(cname).collect(),
                        seal: seals.get(&r.id).cloned().unwrap_or_default(),
                    })
                })
                .collect();
            election_parts.push(ElectionPart {
                title: e.title.clone(),
                seats: e.seats,
                rounds,
                elected: e.elected.iter().map(cname).collect(),
            });
        }

        // When the session opened and the assembly closed, as the ledger
        // recorded them (the first opening: a suspension resumes it).
        let (opened_at, closed_at) = self.read(|conn| {
            use crate::store::schema::audit_events;
            let moves: Vec<(NaiveDateTime, String)> = audit_events::table
                .filter(audit_events::subject.eq(format!("assembly:{assembly_id}")))
                .filter(audit_events::kind.eq(crate::audit::event::kinds::ASSEMBLY_TRANSITION))
                .order(audit_events::seq.asc())
                .select((audit_events::at, audit_events::payload))
                .load(conn)?;
            let first_to = |state: AssemblyState| {
                moves.iter().find_map(|(at, payload)| {
                    let to: serde_json::Value = serde_json::from_str(payload).ok()?;
                    (to["to"] == state.as_str()).then(|| api_time(*at))
                })
            };
            Ok((first_to(AssemblyState::InSession), first_to(AssemblyState::Closed)))
        })?;
        let speakers = self
            .speakers(assembly_id)?
            .into_iter()
            .filter_map(|s| {
                Some(SpeakerPart { organisation: s.organisation, started_at: s.started_at?, ended_at: s.ended_at })
            })
            .collect();
        let incidents = self.read(|conn| {
            let rows: Vec<(NaiveDateTime, String)> = incidents::table
                .filter(incidents::assembly_id.eq(assembly_id))
                .order(incidents::id.asc())
                .select((incidents::at, incidents::body))
                .load(conn)?;
            Ok(rows.into_iter().map(|(at, body)| IncidentPart { at: api_time(at), body }).collect())
        })?;
        let m = Minutes {
            assembly: AssemblyPart {
                id: view.id.0,
                title: view.title.clone(),
                kind: view.kind.as_str().to_string(),
                format: view.format.as_str().to_string(),
                venue: view.venue.clone(),
                starts_at: view.starts_at.clone(),
                convocation: view.convocation,
                notice_sent_on: view.notice_sent_on.map(|d| d.to_string()),
                quorum: quorum_words(view.quorum),
                quorum_rule: Some(QuorumPart { fraction: view.quorum }),
                languages: view.languages.clone(),
                opened_at,
                closed_at,
            },
            status: if approved_at.is_some() { MinutesStatus::Approved } else { MinutesStatus::Draft },
            approved_at,
            public_key: self.sealer.public_key_hex(),
            narrative,
            attendance,
            proxies,
            agenda,
            motions: motion_parts,
            elections: election_parts,
            speakers,
            incidents,
        };
        Ok((m, narrative_at))
    }
}
