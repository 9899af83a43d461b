//! Motions, polls and ballots.

use super::{api_time, assemblies, organisations, record, stored, Caller, Services};
use crate::domain::assembly::AssemblyState;
use crate::domain::majority::{decide, Base, MajorityRule, Outcome, TieRule};
use crate::domain::organisation::{may_vote, Ineligible};
use crate::domain::poll::{BallotType, Choice, PollState, Tally};
use crate::domain::quorum::QuorumStatus;
use crate::domain::role::Role;
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Lang, Msg};
use crate::store::rows::{Motion, NewBallot, NewMotion, NewPoll, Poll};
use crate::store::schema::{ballots, motions, organisations as orgs, poll_eligibility, polls};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::Rng;
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A new motion.
#[derive(Debug, Clone, Deserialize)]
pub struct NewMotionInput {
    pub title: String,
    #[serde(default)]
    pub text: String,
    #[serde(default = "default_kind")]
    pub kind: String,
    #[serde(default)]
    pub majority: Option<MajorityRule>,
    #[serde(default)]
    pub agenda_item_id: Option<i64>,
}

fn default_kind() -> String {
    "ordinary".into()
}

/// A motion as the API and pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct MotionView {
    pub id: i64,
    pub assembly_id: i64,
    pub title: String,
    pub text: String,
    pub kind: String,
    pub state: String,
    pub majority: MajorityRule,
    /// The poll open on this motion now, if any.
    pub open_poll: Option<i64>,
    /// The latest closed poll on this motion, if any.
    pub last_poll: Option<i64>,
}

fn majority_of(m: &Motion) -> AppResult<MajorityRule> {
    Ok(MajorityRule {
        numerator: u32::try_from(m.majority_numerator).map_err(AppError::internal)?,
        denominator: u32::try_from(m.majority_denominator).map_err(AppError::internal)?,
        strict: m.majority_strict,
        base: stored(&m.majority_base, Base::parse)?,
        tie: stored(&m.majority_tie, TieRule::parse)?,
    })
}

fn load_motion(conn: &mut DbConn, id: i64) -> AppResult<Motion> {
    motions::table
        .find(id)
        .select(Motion::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("motion"))
}

fn load_poll(conn: &mut DbConn, id: i64) -> AppResult<Poll> {
    polls::table.find(id).select(Poll::as_select()).first(conn).optional()?.ok_or_else(|| AppError::not_found("poll"))
}

fn motion_view(conn: &mut DbConn, m: &Motion) -> AppResult<MotionView> {
    let open_poll = polls::table
        .filter(polls::motion_id.eq(m.id))
        .filter(polls::state.eq(PollState::Open.as_str()))
        .select(polls::id)
        .first::<i64>(conn)
        .optional()?;
    let last_poll = polls::table
        .filter(polls::motion_id.eq(m.id))
        .filter(polls::state.eq(PollState::Closed.as_str()))
        .order(polls::id.desc())
        .select(polls::id)
        .first::<i64>(conn)
        .optional()?;
    Ok(MotionView {
        id: m.id,
        assembly_id: m.assembly_id,
        title: m.title.clone(),
        text: m.body.clone(),
        kind: m.kind.clone(),
        state: m.state.clone(),
        majority: majority_of(m)?,
        open_poll,
        last_poll,
    })
}

/// The result of a closed poll.
#[derive(Debug, Clone, Serialize)]
pub struct ResultView {
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub outcome: Outcome,
    pub quorate: bool,
    pub explanation: String,
    /// The poll's seal (the signed digest arrives with the audit capability;
    /// until then, the hash of the ledger event that closed the poll).
    pub seal: String,
}

/// A poll as the API and pages show it. Before the close, only how many
/// have voted: never a count per choice (invariant 3).
#[derive(Debug, Clone, Serialize)]
pub struct PollView {
    pub id: i64,
    pub motion_id: i64,
    pub ballot: BallotType,
    pub state: PollState,
    pub eligible: i32,
    pub cast: i64,
    pub opened_at: String,
    pub closed_at: Option<String>,
    pub result: Option<ResultView>,
    /// Roll-call ballots after the close: who voted what.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roll_call: Option<Vec<RollCallLine>>,
}

/// One line of a roll call.
#[derive(Debug, Clone, Serialize)]
pub struct RollCallLine {
    pub organisation_id: i64,
    pub organisation: String,
    pub choice: Choice,
}

/// An organisation a delegate casts the vote of, in one poll.
#[derive(Debug, Clone, Serialize)]
pub struct VoteFor {
    pub organisation_id: i64,
    pub name: String,
    pub voted: bool,
}

/// What a voter gets back.
#[derive(Debug, Clone, Serialize)]
pub struct BallotReceipt {
    pub poll_id: i64,
    pub organisation_id: i64,
    pub receipt: String,
}

/// A receipt check.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptCheck {
    pub poll_id: i64,
    pub included: bool,
    pub poll_state: PollState,
}

/// A ballot as sent.
#[derive(Debug, Clone, Deserialize)]
pub struct BallotInput {
    pub choice: Choice,
    #[serde(default)]
    pub organisation_id: Option<i64>,
}

/// A close, with the chair's casting vote for a tie where the rule asks for it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct CloseInput {
    #[serde(default)]
    pub chair_decision: Option<Outcome>,
}

/// A poll's opening.
#[derive(Debug, Clone, Deserialize)]
pub struct OpenPollInput {
    #[serde(default = "default_ballot")]
    pub ballot: BallotType,
}

fn default_ballot() -> BallotType {
    BallotType::RollCall
}

/// A receipt code: 12 characters from an alphabet without look-alikes,
/// grouped by four (about 60 bits).
fn receipt_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    let chars: Vec<char> = (0..12).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Normalises a receipt code as typed by a person.
fn normalise_receipt(code: &str) -> String {
    let clean: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    let chars: Vec<char> = clean.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

fn poll_view(conn: &mut DbConn, p: &Poll) -> AppResult<PollView> {
    let state = stored(&p.state, PollState::parse)?;
    let cast: i64 = ballots::table.filter(ballots::poll_id.eq(p.id)).count().get_result(conn)?;
    let result = match (state, p.yes, p.no, p.abstain, &p.outcome, p.quorate, &p.explanation) {
        (PollState::Closed, Some(yes), Some(no), Some(abstain), Some(outcome), Some(quorate), Some(explanation)) => {
            let seal = crate::store::schema::audit_events::table
                .filter(crate::store::schema::audit_events::kind.eq("poll.closed"))
                .filter(crate::store::schema::audit_events::subject.eq(format!("poll:{}", p.id)))
                .select(crate::store::schema::audit_events::hash)
                .first::<String>(conn)
                .optional()?
                .unwrap_or_default();
            Some(ResultView {
                yes,
                no,
                abstain,
                outcome: stored(outcome, Outcome::parse)?,
                quorate,
                explanation: explanation.clone(),
                seal,
            })
        }
        _ => None,
    };
    let roll_call = if state == PollState::Closed && p.ballot_type == BallotType::RollCall.as_str() {
        let rows: Vec<(i64, String, String)> = ballots::table
            .inner_join(orgs::table)
            .filter(ballots::poll_id.eq(p.id))
            .order(orgs::name.asc())
            .select((orgs::id, orgs::name, ballots::choice))
            .load(conn)?;
        Some(
            rows.into_iter()
                .map(|(organisation_id, organisation, choice)| {
                    Ok(RollCallLine { organisation_id, organisation, choice: stored(&choice, Choice::parse)? })
                })
                .collect::<AppResult<Vec<_>>>()?,
        )
    } else {
        None
    };
    Ok(PollView {
        id: p.id,
        motion_id: p.motion_id,
        ballot: stored(&p.ballot_type, BallotType::parse)?,
        state,
        eligible: p.eligible,
        cast,
        opened_at: api_time(p.opened_at),
        closed_at: p.closed_at.map(api_time),
        result,
        roll_call,
    })
}

fn assembly_state_of_motion(conn: &mut DbConn, m: &Motion) -> AppResult<AssemblyState> {
    let a = assemblies::load(conn, m.assembly_id)?;
    stored(&a.state, AssemblyState::parse)
}

/// Refusal of a ballot for a reason the ledger must keep.
fn refuse(
    conn: &mut DbConn,
    now: NaiveDateTime,
    caller: &Caller,
    poll_id: i64,
    organisation_id: i64,
    err: AppError,
) -> AppResult<AppResult<BallotReceipt>> {
    record(
        conn,
        now,
        &caller.actor(),
        "ballot.refused",
        format!("poll:{poll_id}"),
        json!({"organisation": organisation_id, "reason": err.code}),
    )?;
    Ok(Err(err))
}

impl Services {
    /// Adds a motion to an assembly (secretariat). Admitted at once in this
    /// slice; submission, seconders and admission come with motions proper.
    pub fn create_motion(&self, caller: &Caller, assembly_id: i64, input: NewMotionInput) -> AppResult<MotionView> {
        caller.require(&[Role::Secretariat])?;
        let rule = input.majority.unwrap_or(MajorityRule::SIMPLE);
        rule.threshold().validate().map_err(|e| {
            AppError::bad_request("invalid_majority", Msg::InvalidFraction { detail: format!("{e:?}") })
        })?;
        let title = input.title.trim().to_string();
        if title.is_empty() {
            return Err(AppError::bad_request("invalid_title", Msg::BadRequest { detail: "title is empty".into() }));
        }
        self.write(|conn, now| {
            assemblies::load(conn, assembly_id)?;
            let id: i64 = diesel::insert_into(motions::table)
                .values(NewMotion {
                    assembly_id,
                    agenda_item_id: input.agenda_item_id,
                    title: &title,
                    body: &input.text,
                    kind: input.kind.trim(),
                    state: "admitted",
                    majority_numerator: rule.numerator as i32,
                    majority_denominator: rule.denominator as i32,
                    majority_strict: rule.strict,
                    majority_base: rule.base.as_str(),
                    majority_tie: rule.tie.as_str(),
                    created_at: now,
                })
                .returning(motions::id)
                .get_result(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                "motion.created",
                format!("motion:{id}"),
                json!({"assembly": assembly_id, "title": title, "text": input.text, "kind": input.kind, "majority": rule}),
            )?;
            let m = load_motion(conn, id)?;
            motion_view(conn, &m)
        })
    }

    /// The motions of an assembly.
    pub fn list_motions(&self, assembly_id: i64) -> AppResult<Vec<MotionView>> {
        self.read(|conn| {
            let rows: Vec<Motion> = motions::table
                .filter(motions::assembly_id.eq(assembly_id))
                .order(motions::id.asc())
                .select(Motion::as_select())
                .load(conn)?;
            rows.iter().map(|m| motion_view(conn, m)).collect()
        })
    }

    /// Opens a poll on a motion (secretariat) and snapshots who may vote:
    /// full active members present now.
    pub fn open_poll(&self, caller: &Caller, motion_id: i64, input: OpenPollInput) -> AppResult<PollView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            let state = assembly_state_of_motion(conn, &m)?;
            if !state.accepts_votes() {
                return Err(AppError::conflict("not_in_session", Msg::PollNotOpenable { state: crate::i18n::state_label(state).en() }));
            }
            let open: i64 = polls::table
                .filter(polls::motion_id.eq(motion_id))
                .filter(polls::state.eq(PollState::Open.as_str()))
                .count()
                .get_result(conn)?;
            if open > 0 {
                return Err(AppError::conflict("poll_already_open", Msg::PollAlreadyOpen));
            }
            let a = assemblies::load(conn, m.assembly_id)?;
            let presence = assemblies::presence(conn, a.id)?;
            let quorum = assemblies::quorum_rule(&a).assess(
                presence.full_active.len() as u64,
                presence.present.len() as u64,
                presence.represented.len() as u64,
            );
            let eligible = presence.eligible();
            let to_i32 = |v: u64| i32::try_from(v).map_err(AppError::internal);
            let id: i64 = diesel::insert_into(polls::table)
                .values(NewPoll {
                    motion_id,
                    ballot_type: input.ballot.as_str(),
                    state: PollState::Open.as_str(),
                    opened_at: now,
                    eligible: to_i32(eligible.len() as u64)?,
                    full_members: to_i32(quorum.full_members)?,
                    present: to_i32(quorum.present)?,
                    represented: to_i32(quorum.represented)?,
                })
                .returning(polls::id)
                .get_result(conn)?;
            // The snapshot: who may vote in this poll, whatever happens next.
            for (org, holder) in &eligible {
                diesel::insert_into(poll_eligibility::table)
                    .values((
                        poll_eligibility::poll_id.eq(id),
                        poll_eligibility::organisation_id.eq(*org),
                        poll_eligibility::holder_id.eq(*holder),
                    ))
                    .execute(conn)?;
            }
            diesel::update(motions::table.find(motion_id)).set(motions::state.eq("voting")).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                "poll.opened",
                format!("poll:{id}"),
                json!({
                    "motion": motion_id, "ballot": input.ballot,
                    "eligible": eligible.iter().map(|(o, h)| json!({"organisation": o, "holder": h})).collect::<Vec<_>>(),
                    "full_members": quorum.full_members, "present": presence.present, "represented": presence.represented,
                }),
            )?;
            let p = load_poll(conn, id)?;
            poll_view(conn, &p)
        })
    }

    /// Casts an organisation's ballot (its delegate). Refusals for who the
    /// organisation is (affiliate, suspended, absent) are audited.
    pub fn cast_ballot(&self, caller: &Caller, poll_id: i64, input: BallotInput) -> AppResult<BallotReceipt> {
        caller.require(&[Role::Delegate])?;
        let own = caller.organisation_id.unwrap_or_default();
        let organisation_id = input.organisation_id.unwrap_or(own);
        let receipt = receipt_code();
        self.write_or_refuse(|conn, now| {
            let p = load_poll(conn, poll_id)?;
            // Who casts this organisation's vote in this poll, as snapshotted.
            let entry: Option<Option<i64>> = poll_eligibility::table
                .filter(poll_eligibility::poll_id.eq(poll_id))
                .filter(poll_eligibility::organisation_id.eq(organisation_id))
                .select(poll_eligibility::holder_id)
                .first(conn)
                .optional()?;
            if organisation_id != own && entry != Some(Some(own)) {
                return Err(AppError::forbidden("not_your_organisation", Msg::NotYourOrganisation));
            }
            let org = organisations::load(conn, organisation_id)?;
            match may_vote(org.kind, org.status, true) {
                Err(Ineligible::Affiliate) => {
                    let e = AppError::forbidden("affiliate_cannot_vote", Msg::AffiliateCannotVote { org: org.name });
                    return refuse(conn, now, caller, poll_id, organisation_id, e);
                }
                Err(Ineligible::Suspended) => {
                    let e = AppError::forbidden("suspended_cannot_vote", Msg::SuspendedCannotVote { org: org.name });
                    return refuse(conn, now, caller, poll_id, organisation_id, e);
                }
                _ => {}
            }
            if p.state != PollState::Open.as_str() {
                return Ok(Err(AppError::conflict("poll_closed", Msg::PollClosed)));
            }
            let m = load_motion(conn, p.motion_id)?;
            let state = assembly_state_of_motion(conn, &m)?;
            if !state.accepts_votes() {
                return Ok(Err(AppError::conflict(
                    "not_in_session",
                    Msg::VotingNotInSession { state: crate::i18n::state_label(state).en() },
                )));
            }
            match entry {
                None => {
                    let e = AppError::forbidden("not_eligible", Msg::NotEligible { org: org.name });
                    return refuse(conn, now, caller, poll_id, organisation_id, e);
                }
                Some(Some(holder)) if holder != own => {
                    let holder = organisations::load(conn, holder)?;
                    let e = AppError::forbidden("represented_by_proxy", Msg::RepresentedByProxy { org: holder.name });
                    return refuse(conn, now, caller, poll_id, organisation_id, e);
                }
                _ => {}
            }
            let voted: i64 = ballots::table
                .filter(ballots::poll_id.eq(poll_id))
                .filter(ballots::organisation_id.eq(organisation_id))
                .count()
                .get_result(conn)?;
            if voted > 0 {
                return Ok(Err(AppError::conflict("already_voted", Msg::AlreadyVoted { org: org.name })));
            }
            let receipt_hash = super::auth::secret_hash(&receipt);
            diesel::insert_into(ballots::table)
                .values(NewBallot {
                    poll_id,
                    organisation_id,
                    account_id: caller.account_id,
                    choice: input.choice.as_str(),
                    receipt_hash: &receipt_hash,
                    cast_at: now,
                })
                .execute(conn)
                .map_err(|e| match e {
                    diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
                        AppError::conflict("already_voted", Msg::AlreadyVoted { org: org.name.clone() })
                    }
                    other => other.into(),
                })?;
            record(
                conn,
                now,
                &caller.actor(),
                "ballot.cast",
                format!("poll:{poll_id}"),
                // No choice in the ledger while the poll is open (invariant 3):
                // a commitment only the receipt's holder can open.
                json!({
                    "organisation": organisation_id,
                    "receipt_hash": receipt_hash,
                    "commitment": super::auth::secret_hash(&format!("{receipt}:{}", input.choice)),
                }),
            )?;
            Ok(Ok(BallotReceipt { poll_id, organisation_id, receipt: receipt.clone() }))
        })
    }

    /// Closes a poll (secretariat): counts, decides, records the result.
    pub fn close_poll(&self, caller: &Caller, poll_id: i64, input: CloseInput) -> AppResult<PollView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let p = load_poll(conn, poll_id)?;
            if p.state != PollState::Open.as_str() {
                return Err(AppError::conflict("poll_closed", Msg::PollClosed));
            }
            let m = load_motion(conn, p.motion_id)?;
            let a = assemblies::load(conn, m.assembly_id)?;
            let choices: Vec<String> =
                ballots::table.filter(ballots::poll_id.eq(poll_id)).select(ballots::choice).load(conn)?;
            let choices = choices.iter().map(|c| stored(c, Choice::parse)).collect::<AppResult<Vec<_>>>()?;
            let tally = Tally::count(choices.iter().copied());
            let eligible = u64::try_from(p.eligible).map_err(AppError::internal)?;
            tally
                .check(choices.len() as u64, eligible)
                .map_err(|_| AppError::internal("tally inconsistent").with_code("inconsistent_count"))?;
            let quorum: QuorumStatus = assemblies::quorum_rule(&a).assess(
                u64::try_from(p.full_members).map_err(AppError::internal)?,
                u64::try_from(p.present).map_err(AppError::internal)?,
                u64::try_from(p.represented).map_err(AppError::internal)?,
            );
            let rule = majority_of(&m)?;
            let decision = decide(rule, tally, quorum, input.chair_decision)
                .map_err(|_| AppError::unprocessable("chair_must_decide", Msg::ChairMustDecide))?;
            let explanation = i18n::explain(Lang::En, &decision);
            let to_i32 = |v: u64| i32::try_from(v).map_err(AppError::internal);
            diesel::update(polls::table.find(poll_id))
                .set((
                    polls::state.eq(PollState::Closed.as_str()),
                    polls::closed_at.eq(now),
                    polls::yes.eq(to_i32(tally.yes)?),
                    polls::no.eq(to_i32(tally.no)?),
                    polls::abstain.eq(to_i32(tally.abstain)?),
                    polls::outcome.eq(decision.outcome.as_str()),
                    polls::quorate.eq(quorum.quorate),
                    polls::explanation.eq(&explanation),
                ))
                .execute(conn)?;
            diesel::update(motions::table.find(m.id))
                .set(motions::state.eq(decision.outcome.as_str()))
                .execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                "poll.closed",
                format!("poll:{poll_id}"),
                json!({
                    "motion": m.id, "yes": tally.yes, "no": tally.no, "abstain": tally.abstain,
                    "eligible": eligible, "outcome": decision.outcome, "quorate": quorum.quorate,
                    "rule": rule, "chair_decision": input.chair_decision, "explanation": explanation,
                }),
            )?;
            let p = load_poll(conn, poll_id)?;
            poll_view(conn, &p)
        })
    }

    /// A poll, as anyone logged in may see it.
    pub fn get_poll(&self, _caller: &Caller, poll_id: i64) -> AppResult<PollView> {
        self.read(|conn| {
            let p = load_poll(conn, poll_id)?;
            poll_view(conn, &p)
        })
    }

    /// The open polls of an assembly, with their motions.
    pub fn open_polls(&self, assembly_id: i64) -> AppResult<Vec<(MotionView, PollView)>> {
        self.read(|conn| {
            let rows: Vec<(Poll, Motion)> = polls::table
                .inner_join(motions::table)
                .filter(motions::assembly_id.eq(assembly_id))
                .filter(polls::state.eq(PollState::Open.as_str()))
                .order(polls::id.asc())
                .select((Poll::as_select(), Motion::as_select()))
                .load(conn)?;
            rows.iter().map(|(p, m)| Ok((motion_view(conn, m)?, poll_view(conn, p)?))).collect()
        })
    }

    /// One motion.
    pub fn get_motion(&self, id: i64) -> AppResult<MotionView> {
        self.read(|conn| {
            let m = load_motion(conn, id)?;
            motion_view(conn, &m)
        })
    }

    /// The organisations a delegate's organisation votes for in a poll:
    /// itself if eligible in person, and those whose proxy it holds; each with
    /// its name and whether its ballot is in.
    pub fn votes_for(&self, poll_id: i64, own: i64) -> AppResult<Vec<VoteFor>> {
        self.read(|conn| {
            let rows: Vec<(i64, Option<i64>, String)> = poll_eligibility::table
                .inner_join(orgs::table)
                .filter(poll_eligibility::poll_id.eq(poll_id))
                .filter(poll_eligibility::organisation_id.eq(own).or(poll_eligibility::holder_id.eq(own)))
                .order(orgs::name.asc())
                .select((orgs::id, poll_eligibility::holder_id, orgs::name))
                .load(conn)?;
            let mut out = Vec::new();
            for (org, holder, name) in rows {
                if org == own && holder.is_some() {
                    continue; // represented by someone else in this poll
                }
                let voted: i64 = ballots::table
                    .filter(ballots::poll_id.eq(poll_id))
                    .filter(ballots::organisation_id.eq(org))
                    .count()
                    .get_result(conn)?;
                out.push(VoteFor { organisation_id: org, name, voted: voted > 0 });
            }
            Ok(out)
        })
    }

    /// Whether an organisation is in a poll's eligibility snapshot.
    pub fn is_eligible(&self, poll_id: i64, organisation_id: i64) -> AppResult<bool> {
        self.read(|conn| {
            let n: i64 = poll_eligibility::table
                .filter(poll_eligibility::poll_id.eq(poll_id))
                .filter(poll_eligibility::organisation_id.eq(organisation_id))
                .count()
                .get_result(conn)?;
            Ok(n > 0)
        })
    }

    /// Whether an organisation has voted in a poll.
    pub fn has_voted(&self, poll_id: i64, organisation_id: i64) -> AppResult<bool> {
        self.read(|conn| {
            let n: i64 = ballots::table
                .filter(ballots::poll_id.eq(poll_id))
                .filter(ballots::organisation_id.eq(organisation_id))
                .count()
                .get_result(conn)?;
            Ok(n > 0)
        })
    }

    /// Whether a receipt's ballot is counted. Before the close nothing is
    /// said (`included: false`), so a receipt cannot watch a live count.
    pub fn check_receipt(&self, code: &str) -> AppResult<ReceiptCheck> {
        let hash = super::auth::secret_hash(&normalise_receipt(code));
        self.read(|conn| {
            let found: Option<(i64, String)> = ballots::table
                .inner_join(polls::table)
                .filter(ballots::receipt_hash.eq(&hash))
                .select((polls::id, polls::state))
                .first(conn)
                .optional()?;
            let (poll_id, state) = found.ok_or_else(|| AppError::not_found("receipt"))?;
            let poll_state = stored(&state, PollState::parse)?;
            Ok(ReceiptCheck { poll_id, included: poll_state == PollState::Closed, poll_state })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipt_codes_are_grouped_and_normalise() {
        let code = receipt_code();
        assert_eq!(code.len(), 14, "{code}");
        assert_eq!(normalise_receipt(&code.to_lowercase().replace('-', " ")), code);
        assert_ne!(receipt_code(), receipt_code());
    }
}
