//! Closing a poll: its ballots read once ([`Urn::counted`]), the room's
//! part added, the decision taken, the seal's document built from the same
//! rows and signed, all in the close's transaction.

use super::super::motions::{load_motion, majority_of, quorum_of};
use super::super::voting::{Counted, RoomPart, Urn};
use super::super::{api_time, assemblies, record, Caller, Services};
use super::{load_poll, poll_view, CloseInput, PollView, SealView};
use crate::audit::event::{Event, PollClosed};
use crate::audit::poll_seal::{
    EligibleLine, LedgerHead, MotionRef, NamedBallot, PollDecision, PollSeal, RoomCount, TranslationRef,
};
use crate::domain::majority::{decide, Decision, Outcome};
use crate::domain::motion::MotionState;
use crate::domain::poll::{PollState, Tally};
use crate::domain::role::Role;
use crate::domain::secrecy;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Msg};
use crate::store::rows::{Motion, Poll};
use crate::store::schema::{motion_translations, motions, poll_eligibility, polls};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use std::borrow::Cow;

/// The parts of a seal decided at the close.
struct SealParts<'a> {
    decision: &'a Decision,
    participations: u64,
    explanation: &'a str,
    closed_at: NaiveDateTime,
}

/// The document a closed poll's seal covers: the eligibility snapshot, the
/// ballots as the type allows (who voted what for roll calls; for secret
/// polls the receipt hashes and the choices, apart, each sorted on its
/// own), the room's count, the tally, the decision (rule, quorum, counts,
/// tie), the outcome and the ledger head before the close. Canonical:
/// every list sorted, every map's keys sorted.
///
/// Returned as its canonical JSON text ([`PollSeal::canonical`]).
fn seal_document<'a>(
    conn: &mut DbConn,
    p: &Poll,
    m: &'a Motion,
    ballots: &'a Counted,
    parts: SealParts<'a>,
) -> AppResult<String> {
    let eligible: Vec<(i64, Option<i64>)> = poll_eligibility::table
        .filter(poll_eligibility::poll_id.eq(p.id))
        .order(poll_eligibility::organisation_id.asc())
        .select((poll_eligibility::organisation_id, poll_eligibility::holder_id))
        .load(conn)?;
    let urn = Urn::poll(p);
    let participants = urn.participants(conn)?;
    let count = |v: i32| u64::try_from(v).map_err(AppError::internal);
    let room = match urn.room(conn)? {
        Some(RoomPart { counts: Some((y, n, a)), organisations }) => {
            Some(RoomCount { abstain: count(a)?, no: count(n)?, organisations, yes: count(y)? })
        }
        _ => None,
    };
    let head = crate::audit::head(conn)?;
    let (named, secret) = match ballots {
        Counted::Named(rows) => (
            Some(
                rows.iter()
                    .map(|(o, c, r)| NamedBallot {
                        choice: Cow::Borrowed(c.as_str()),
                        organisation: *o,
                        receipt_hash: Cow::Borrowed(r),
                    })
                    .collect(),
            ),
            None,
        ),
        // Receipts and choices apart, each sorted on its own: nothing pairs them.
        Counted::Secret(rows) => (None, Some(secrecy::apart(rows.iter().map(|(r, c)| (r.as_str(), c.as_str()))))),
        Counted::Round(_) => return Err(AppError::internal("a round's ballots sealed as a poll's")),
    };
    let (receipts, choices) = secret.unzip();
    let cows = |list: Vec<&'a str>| list.into_iter().map(Cow::Borrowed).collect::<Vec<_>>();
    let document = PollSeal {
        ballot_type: p.ballot_type,
        ballots: named,
        choices: choices.map(cows),
        closed_at: api_time(parts.closed_at),
        decision: PollDecision::of(parts.decision),
        eligible: eligible.iter().map(|&(organisation, holder)| EligibleLine { holder, organisation }).collect(),
        explanation: Cow::Borrowed(parts.explanation),
        ledger_head: head.map(|(seq, hash)| LedgerHead { hash, seq }),
        motion: MotionRef {
            id: m.id.into(),
            kind: Cow::Borrowed(&m.kind),
            language: Some(m.language.clone()),
            text_sha256: Some(crate::service::auth::secret_hash(&m.body)),
            title: Cow::Borrowed(&m.title),
            translations: motion_translations::table
                .filter(motion_translations::motion_id.eq(m.id))
                .order(motion_translations::language.asc())
                .select((motion_translations::language, motion_translations::sha256))
                .load::<(String, String)>(conn)?
                .into_iter()
                .map(|(language, sha256)| TranslationRef { language, sha256 })
                .collect(),
        },
        opened_at: api_time(p.opened_at),
        outcome: parts.decision.outcome,
        participants,
        participations: parts.participations,
        poll: p.id.0,
        receipts: receipts.map(cows),
        room,
        tally: parts.decision.tally.into(),
    };
    document.canonical().map_err(AppError::internal)
}

impl Services {
    /// Closes a poll (secretariat): counts, decides, records the result.
    pub fn close_poll(&self, caller: &Caller, poll_id: i64, input: CloseInput) -> AppResult<PollView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let p = load_poll(conn, poll_id)?;
            if p.state != PollState::Open {
                return Err(AppError::conflict(ErrorCode::PollClosed, Msg::PollClosed));
            }
            let m = load_motion(conn, p.motion_id)?;
            let a = assemblies::load_unsealed(conn, m.assembly_id)?;
            let urn = Urn::poll(&p);
            let counted = urn.counted(conn)?;
            let (online, _) = counted.tally()?;
            let room = urn.room(conn)?;
            let participations_count = urn.participations(conn, &counted, room.as_ref())?;
            // A tellers poll adds the room's count to the online ballots.
            let tally = match room.and_then(|r| r.counts) {
                Some((y, n, ab)) => Tally {
                    yes: online.yes + y.max(0) as u64,
                    no: online.no + n.max(0) as u64,
                    abstain: online.abstain + ab.max(0) as u64,
                },
                None => online,
            };
            let eligible = u64::try_from(p.eligible).map_err(AppError::internal)?;
            tally
                .check(participations_count, eligible)
                .map_err(|_| AppError::internal("tally inconsistent").with_code(ErrorCode::InconsistentCount))?;
            let quorum = quorum_of(&m, &a).assess(
                u64::try_from(p.full_members).map_err(AppError::internal)?,
                u64::try_from(p.present).map_err(AppError::internal)?,
                u64::try_from(p.represented).map_err(AppError::internal)?,
            );
            let rule = majority_of(&m)?;
            let decision = decide(rule, tally, quorum, input.chair_decision)
                .map_err(|_| AppError::unprocessable(ErrorCode::ChairMustDecide, Msg::ChairMustDecide))?;
            let explanation = i18n::explain(&decision);
            let document = seal_document(
                conn,
                &p,
                &m,
                &counted,
                SealParts {
                    decision: &decision,
                    participations: participations_count,
                    explanation: &explanation,
                    closed_at: now,
                },
            )?;
            let (seal_digest, seal_signature) = self.sealer.seal_canonical(&document);
            let to_i32 = |v: u64| i32::try_from(v).map_err(AppError::internal);
            diesel::update(polls::table.find(poll_id))
                .set((
                    polls::state.eq(PollState::Closed),
                    polls::closed_at.eq(now),
                    polls::yes.eq(to_i32(tally.yes)?),
                    polls::no.eq(to_i32(tally.no)?),
                    polls::abstain.eq(to_i32(tally.abstain)?),
                    polls::outcome.eq(decision.outcome),
                    polls::quorate.eq(quorum.quorate),
                    polls::explanation.eq(&explanation),
                    polls::seal_document.eq(&document),
                    polls::seal_digest.eq(&seal_digest),
                    polls::seal_signature.eq(&seal_signature),
                ))
                .execute(conn)?;
            let motion_outcome = match decision.outcome {
                Outcome::Carried => MotionState::Carried,
                Outcome::Rejected => MotionState::Rejected,
            };
            diesel::update(motions::table.find(m.id)).set(motions::state.eq(motion_outcome)).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                urn.subject(),
                Event::PollClosed(PollClosed {
                    motion: m.id.into(),
                    yes: tally.yes,
                    no: tally.no,
                    abstain: tally.abstain,
                    participations: participations_count,
                    eligible,
                    outcome: decision.outcome,
                    quorate: quorum.quorate,
                    rule,
                    chair_decision: input.chair_decision,
                    explanation: explanation.clone(),
                    seal: seal_digest.clone(),
                    signature: seal_signature.clone(),
                }),
            )?;
            let p = load_poll(conn, poll_id)?;
            poll_view(conn, &p)
        })
    }

    /// A closed poll's seal, for anyone to check offline.
    pub fn poll_seal(&self, poll_id: i64) -> AppResult<SealView> {
        let (p, document): (Poll, Option<String>) = self.read(|conn| {
            polls::table
                .find(poll_id)
                .select((Poll::as_select(), polls::seal_document))
                .first(conn)
                .optional()?
                .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingPoll))
        })?;
        match (&document, &p.seal_digest, &p.seal_signature) {
            (Some(document), Some(digest), Some(signature)) => Ok(SealView {
                poll_id,
                document: serde_json::from_str(document).map_err(AppError::internal)?,
                digest: digest.clone(),
                signature: signature.clone(),
                public_key: self.sealer.public_key_hex(),
            }),
            _ => Err(AppError::conflict(ErrorCode::NotSealed, Msg::NotSealedYet)),
        }
    }
}
