//! Polls and ballots: roll-call, secret and tellers; vote changes where the
//! assembly allows them; the close, the count and the result.

use super::motions::{
    load_motion, majority_of, motion_state, motion_view, quorum_of, undecided_amendments, MotionView,
};
use super::{api_time, assemblies, organisations, record, stored, Caller, Pending, Services};
use crate::audit::event::{Ballot, BallotRefused, Eligible, Event, PollClosed, PollOpened, TellersRecorded};
use crate::audit::poll_seal::{EligibleLine, LedgerHead, MotionRef, NamedBallot, PollDecision, PollSeal, RoomCount};
use crate::domain::assembly::AssemblyState;
use crate::domain::eligibility::{countable_in_room, may_cast, Refusal};
use crate::domain::majority::{decide, Decision, Outcome};
use crate::domain::motion::MotionState;
use crate::domain::poll::{BallotType, Choice, PollState, Tally};
use crate::domain::role::Role;
use crate::domain::secrecy;
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Lang, Msg};
pub use crate::input::{BallotInput, CloseInput, OpenPollInput, TellersInput};
use crate::store::rows::{Assembly, Motion, NewBallot, NewPoll, Poll};
use crate::store::schema::{
    ballots, election_ballots, election_rounds, motions, organisations as orgs, participations, poll_eligibility,
    polls, secret_ballots, teller_counts, teller_organisations,
};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::Rng;
use serde::Serialize;
use std::borrow::Cow;

/// A poll or round found by a receipt: id, state, sealed document, digest.
type SealedRef = (i64, String, Option<String>, Option<String>);

/// The result of a closed poll.
#[derive(Debug, Clone, Serialize)]
pub struct ResultView {
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub outcome: Outcome,
    pub quorate: bool,
    pub explanation: String,
    /// The SHA-256 of the sealed document (`GET /api/v1/polls/{id}/seal`).
    pub seal: String,
    /// The instance's Ed25519 signature over `seal`, hex.
    pub signature: String,
}

/// A poll's seal: the document, its digest, the signature, the public key.
#[derive(Debug, Clone, Serialize)]
pub struct SealView {
    pub poll_id: i64,
    pub document: serde_json::Value,
    pub digest: String,
    pub signature: String,
    pub public_key: String,
}

/// The room's part of a tellers poll, shown after the close.
#[derive(Debug, Clone, Serialize)]
pub struct RoomView {
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub organisations: Vec<i64>,
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
    /// Organisations whose vote is in (online or counted in the room).
    pub cast: i64,
    pub opened_at: String,
    pub closed_at: Option<String>,
    pub result: Option<ResultView>,
    /// Who voted what, after the close of a roll-call poll (and the online
    /// part of a tellers poll).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roll_call: Option<Vec<RollCallLine>>,
    /// The room's counts, after the close of a tellers poll.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomView>,
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
    /// Whether this ballot replaced the organisation's earlier one.
    pub replaced: bool,
}

/// A receipt check.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptCheck {
    /// The poll's or the election round's id.
    pub poll_id: i64,
    /// `poll` or `election_round`.
    pub kind: &'static str,
    /// True once closed, when the ballot is among the sealed ones.
    pub included: bool,
    pub poll_state: PollState,
    /// The seal's digest, to find it in the evidence bundle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seal: Option<String>,
    /// A roll call's choice (public after the close); never a secret one's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
}

/// An open tellers poll at the desk: whom the room may still count.
#[derive(Debug, Clone, Serialize)]
pub struct TellersPanel {
    pub poll_id: i64,
    pub title: String,
    /// The room's count once recorded: yes, no, abstain.
    pub recorded: Option<(i32, i32, i32)>,
    /// Eligible in person, not voted online.
    pub candidates: Vec<(i64, String)>,
}

/// A room's count the desk sent and had refused: shown again as it was
/// typed and ticked, with why, so that thirty ticks are not redone.
#[derive(Debug, Clone, Default)]
pub struct TellersDraft {
    pub poll_id: i64,
    pub yes: String,
    pub no: String,
    pub abstain: String,
    pub ticked: Vec<i64>,
    pub error: String,
}

/// A receipt code: 12 characters from an alphabet without look-alikes,
/// grouped by four (about 60 bits).
pub(crate) fn receipt_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    let chars: Vec<char> = (0..12).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// Normalises a receipt code as typed by a person.
pub(crate) fn normalise_receipt(code: &str) -> String {
    let clean: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    let chars: Vec<char> = clean.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

fn load_poll(conn: &mut DbConn, id: i64) -> AppResult<Poll> {
    polls::table.find(id).select(Poll::as_select()).first(conn).optional()?.ok_or_else(|| AppError::not_found("poll"))
}

pub(crate) fn ballot_type(p: &Poll) -> AppResult<BallotType> {
    stored(&p.ballot_type, BallotType::parse)
}

/// A closed poll's decision, read back from what the close stored (the
/// counts, the quorum's numbers, the motion's rules), to be said in words.
/// A chair's casting vote is not stored apart: a tie the chair decided
/// reads back as the stored outcome's vote. `None` while open.
pub(crate) fn decision_of(p: &Poll, m: &Motion, a: &Assembly) -> AppResult<Option<Decision>> {
    let (Some(yes), Some(no), Some(abstain), Some(outcome)) = (p.yes, p.no, p.abstain, &p.outcome) else {
        return Ok(None);
    };
    let count = |n: i32| u64::try_from(n).map_err(AppError::internal);
    let tally = Tally { yes: count(yes)?, no: count(no)?, abstain: count(abstain)? };
    let quorum = quorum_of(m, a).assess(count(p.full_members)?, count(p.present)?, count(p.represented)?);
    let rule = majority_of(m)?;
    let stored = stored(outcome, Outcome::parse)?;
    Ok(match decide(rule, tally, quorum, None) {
        Ok(d) if d.outcome == stored => Some(d),
        _ => decide(rule, tally, quorum, Some(stored)).ok().filter(|d| d.outcome == stored),
    })
}

/// Organisations whose vote is in, online or in the room (for a secret
/// poll, from who voted, never from the ballots).
pub(crate) fn cast_count(conn: &mut DbConn, p: &Poll) -> AppResult<i64> {
    Ok(match ballot_type(p)? {
        BallotType::Secret => {
            participations::table.filter(participations::poll_id.eq(p.id)).count().get_result(conn)?
        }
        BallotType::RollCall => ballots::table.filter(ballots::poll_id.eq(p.id)).count().get_result(conn)?,
        BallotType::Tellers => {
            let online: i64 = ballots::table.filter(ballots::poll_id.eq(p.id)).count().get_result(conn)?;
            let room: i64 =
                teller_organisations::table.filter(teller_organisations::poll_id.eq(p.id)).count().get_result(conn)?;
            online + room
        }
    })
}

/// The organisations of a public poll (roll call, tellers) whose vote is
/// not in yet, by name, for the chair; `None` for a secret poll, whose
/// voters are counted, never named while it is open.
pub(crate) fn waiting_for(conn: &mut DbConn, p: &Poll) -> AppResult<Option<Vec<String>>> {
    if ballot_type(p)? == BallotType::Secret {
        return Ok(None);
    }
    let online = ballots::table.filter(ballots::poll_id.eq(p.id)).select(ballots::organisation_id);
    let room = teller_organisations::table
        .filter(teller_organisations::poll_id.eq(p.id))
        .select(teller_organisations::organisation_id);
    let names = poll_eligibility::table
        .inner_join(orgs::table)
        .filter(poll_eligibility::poll_id.eq(p.id))
        .filter(diesel::dsl::not(poll_eligibility::organisation_id.eq_any(online)))
        .filter(diesel::dsl::not(poll_eligibility::organisation_id.eq_any(room)))
        .order(orgs::name.asc())
        .select(orgs::name)
        .load(conn)?;
    Ok(Some(names))
}

/// Whether an organisation's vote is in.
fn has_voted_in(conn: &mut DbConn, p: &Poll, org: i64) -> AppResult<bool> {
    let n: i64 = match ballot_type(p)? {
        BallotType::Secret => participations::table
            .filter(participations::poll_id.eq(p.id))
            .filter(participations::organisation_id.eq(org))
            .count()
            .get_result(conn)?,
        BallotType::RollCall | BallotType::Tellers => {
            let online: i64 = ballots::table
                .filter(ballots::poll_id.eq(p.id))
                .filter(ballots::organisation_id.eq(org))
                .count()
                .get_result(conn)?;
            let room: i64 = teller_organisations::table
                .filter(teller_organisations::poll_id.eq(p.id))
                .filter(teller_organisations::organisation_id.eq(org))
                .count()
                .get_result(conn)?;
            online + room
        }
    };
    Ok(n > 0)
}

fn poll_view(conn: &mut DbConn, p: &Poll) -> AppResult<PollView> {
    let state = stored(&p.state, PollState::parse)?;
    let kind = ballot_type(p)?;
    let cast = cast_count(conn, p)?;
    let result = match (state, p.yes, p.no, p.abstain, &p.outcome, p.quorate, &p.explanation) {
        (PollState::Closed, Some(yes), Some(no), Some(abstain), Some(outcome), Some(quorate), Some(explanation)) => {
            Some(ResultView {
                yes,
                no,
                abstain,
                outcome: stored(outcome, Outcome::parse)?,
                quorate,
                explanation: explanation.clone(),
                seal: p.seal_digest.clone().unwrap_or_default(),
                signature: p.seal_signature.clone().unwrap_or_default(),
            })
        }
        _ => None,
    };
    let closed = state == PollState::Closed;
    let roll_call = if closed && kind != BallotType::Secret {
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
    let room = if closed && kind == BallotType::Tellers {
        let counts: Option<(i32, i32, i32)> = teller_counts::table
            .find(p.id)
            .select((teller_counts::yes, teller_counts::no, teller_counts::abstain))
            .first(conn)
            .optional()?;
        let organisations = teller_organisations::table
            .filter(teller_organisations::poll_id.eq(p.id))
            .order(teller_organisations::organisation_id.asc())
            .select(teller_organisations::organisation_id)
            .load(conn)?;
        counts.map(|(yes, no, abstain)| RoomView { yes, no, abstain, organisations })
    } else {
        None
    };
    Ok(PollView {
        id: p.id,
        motion_id: p.motion_id,
        ballot: kind,
        state,
        eligible: p.eligible,
        cast,
        opened_at: api_time(p.opened_at),
        closed_at: p.closed_at.map(api_time),
        result,
        roll_call,
        room,
    })
}

fn assembly_state_of_motion(conn: &mut DbConn, m: &Motion) -> AppResult<AssemblyState> {
    let a = assemblies::load(conn, m.assembly_id)?;
    stored(&a.state, AssemblyState::parse)
}

/// The organisations present in person at an assembly now (an open stay
/// recorded `in_person`, which only the desk can record).
fn in_person_now(conn: &mut DbConn, assembly_id: i64) -> AppResult<std::collections::HashSet<i64>> {
    use crate::domain::assembly::AttendanceMode;
    use crate::store::schema::attendance;
    Ok(attendance::table
        .filter(attendance::assembly_id.eq(assembly_id))
        .filter(attendance::left_at.is_null())
        .filter(attendance::mode.eq(AttendanceMode::InPerson.as_str()))
        .select(attendance::organisation_id)
        .load::<i64>(conn)?
        .into_iter()
        .collect())
}

/// Refusal of a ballot for a reason the ledger must keep: the first
/// `keep` refusals of an organisation in a poll (or round) are recorded;
/// the later ones are answered the same but only counted
/// (`ballot_refusals`), so one client cannot grow the ledger without bound.
fn refuse<T>(
    conn: &mut DbConn,
    now: NaiveDateTime,
    caller: &Caller,
    b: &BallotBox<'_>,
    organisation_id: i64,
    err: AppError,
) -> AppResult<AppResult<T>> {
    use crate::store::schema::ballot_refusals as r;
    // In a batch of ballots, a write that changes rows itself takes its
    // savepoint first (the refusal's event is deferred like a ballot's).
    // One statement counts the refusal and returns the count.
    crate::store::group_commit::savepoint(conn)?;
    let upsert = diesel::insert_into(r::table)
        .values((r::subject.eq(b.subject), r::organisation_id.eq(organisation_id), r::refused.eq(1i64)))
        .on_conflict((r::subject, r::organisation_id))
        .do_update()
        .set(r::refused.eq(r::refused + 1))
        .returning(r::refused);
    // The multi-backend connection has no ON CONFLICT; each backend has.
    let refused: i64 = match conn {
        DbConn::Sqlite(c) => upsert.get_result(c)?,
        DbConn::Pg(c) => upsert.get_result(c)?,
    };
    if refused <= b.refusals_kept {
        record(
            conn,
            now,
            &caller.actor(),
            b.subject.to_string(),
            Event::BallotRefused(BallotRefused { organisation: organisation_id, reason: err.code.to_string() }),
        )?;
    }
    Ok(Err(err))
}

/// A ballot's event: cast, or changed when it replaced an earlier one.
fn ballot_event(replaced: bool, ballot: Ballot) -> Event {
    if replaced {
        Event::BallotChanged(ballot)
    } else {
        Event::BallotCast(ballot)
    }
}

/// Where a ballot is going: the poll (or election round) and its state.
pub(crate) struct BallotBox<'a> {
    /// `poll:{id}` or `round:{id}`, for the ledger.
    pub subject: &'a str,
    pub is_open: bool,
    pub assembly_state: AssemblyState,
    /// The snapshot's entry for the organisation: `None` if not eligible,
    /// `Some(None)` if it votes itself, `Some(Some(holder))` by proxy.
    pub entry: Option<Option<i64>>,
    /// How many refusals of one organisation here the ledger keeps.
    pub refusals_kept: i64,
}

/// Checks that `caller` may cast `organisation_id`'s ballot now. An error
/// outside (`Err`) refuses without a trace; inside (`Ok(Err)`) the refusal
/// is audited and must be committed.
pub(crate) fn check_voter(
    conn: &mut DbConn,
    now: NaiveDateTime,
    caller: &Caller,
    organisation_id: i64,
    b: &BallotBox<'_>,
) -> AppResult<AppResult<organisations::OrganisationView>> {
    let own = caller.organisation_id.unwrap_or_default();
    if organisation_id != own && b.entry != Some(Some(own)) {
        return Err(AppError::forbidden("not_your_organisation", Msg::NotYourOrganisation));
    }
    let org = organisations::load_in_batch(conn, organisation_id)?;
    if !b.is_open {
        return Ok(Err(AppError::conflict("poll_closed", Msg::PollClosed)));
    }
    if !b.assembly_state.accepts_votes() {
        let state = crate::i18n::state_label(b.assembly_state).en();
        return Ok(Err(AppError::conflict("not_in_session", Msg::VotingNotInSession { state })));
    }
    // The snapshot decides (docs/DECISIONS.md): the register is read only
    // to explain a refusal outside it.
    let e = match may_cast(b.entry, own, org.kind, org.status) {
        Ok(()) => return Ok(Ok(org)),
        Err(Refusal::Affiliate) => {
            AppError::forbidden("affiliate_cannot_vote", Msg::AffiliateCannotVote { org: org.name })
        }
        Err(Refusal::Suspended) => {
            AppError::forbidden("suspended_cannot_vote", Msg::SuspendedCannotVote { org: org.name })
        }
        Err(Refusal::NotEligible) => AppError::forbidden("not_eligible", Msg::NotEligible { org: org.name }),
        Err(Refusal::RepresentedBy(holder)) => {
            let holder = organisations::load(conn, holder)?;
            AppError::forbidden("represented_by_proxy", Msg::RepresentedByProxy { org: holder.name })
        }
    };
    refuse(conn, now, caller, b, organisation_id, e)
}

fn unique_to_already_voted(org: &str) -> impl Fn(diesel::result::Error) -> AppError + '_ {
    move |e| match e {
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
            AppError::conflict("already_voted", Msg::AlreadyVoted { org: org.to_string() })
        }
        other => other.into(),
    }
}

/// One ballot on its way in, checked for who may cast it.
struct Cast<'a> {
    caller: &'a Caller,
    poll: &'a Poll,
    organisation_id: i64,
    name: &'a str,
    choice: Choice,
    receipt: &'a str,
    changes_allowed: bool,
    /// For a secret change: the receipt of the ballot it replaces.
    replaces: Option<&'a str>,
}

/// A closing poll's ballots, read once in the seal's order and counted from
/// the same rows: who voted what (roll call, tellers' online ballots), or
/// only receipt hashes and choices (secret).
enum CountedBallots {
    /// (organisation, choice, receipt hash), by organisation.
    Named(Vec<(i64, String, String)>),
    /// (receipt hash, choice), by receipt hash.
    Secret(Vec<(String, String)>),
}

impl CountedBallots {
    fn read(conn: &mut DbConn, poll_id: i64, kind: BallotType) -> AppResult<CountedBallots> {
        Ok(if kind == BallotType::Secret {
            CountedBallots::Secret(
                secret_ballots::table
                    .filter(secret_ballots::poll_id.eq(poll_id))
                    .order(secret_ballots::receipt_hash.asc())
                    .select((secret_ballots::receipt_hash, secret_ballots::choice))
                    .load(conn)?,
            )
        } else {
            CountedBallots::Named(
                ballots::table
                    .filter(ballots::poll_id.eq(poll_id))
                    .order(ballots::organisation_id.asc())
                    .select((ballots::organisation_id, ballots::choice, ballots::receipt_hash))
                    .load(conn)?,
            )
        })
    }

    /// The tally of these ballots, and how many there are.
    fn tally(&self) -> AppResult<(Tally, u64)> {
        let choices: Vec<Choice> = match self {
            CountedBallots::Named(rows) => {
                rows.iter().map(|(_, c, _)| stored(c, Choice::parse)).collect::<AppResult<_>>()
            }
            CountedBallots::Secret(rows) => {
                rows.iter().map(|(_, c)| stored(c, Choice::parse)).collect::<AppResult<_>>()
            }
        }?;
        Ok((Tally::count(choices.iter().copied()), choices.len() as u64))
    }
}

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
    ballots: &'a CountedBallots,
    parts: SealParts<'a>,
) -> AppResult<String> {
    let eligible: Vec<(i64, Option<i64>)> = poll_eligibility::table
        .filter(poll_eligibility::poll_id.eq(p.id))
        .order(poll_eligibility::organisation_id.asc())
        .select((poll_eligibility::organisation_id, poll_eligibility::holder_id))
        .load(conn)?;
    let kind = ballot_type(p)?;
    let participants: Vec<i64> = if kind == BallotType::Secret {
        participations::table
            .filter(participations::poll_id.eq(p.id))
            .order(participations::organisation_id.asc())
            .select(participations::organisation_id)
            .load(conn)?
    } else {
        vec![]
    };
    let room = if kind == BallotType::Tellers {
        let counts: Option<(i32, i32, i32)> = teller_counts::table
            .find(p.id)
            .select((teller_counts::yes, teller_counts::no, teller_counts::abstain))
            .first(conn)
            .optional()?;
        let orgs_in_room: Vec<i64> = teller_organisations::table
            .filter(teller_organisations::poll_id.eq(p.id))
            .order(teller_organisations::organisation_id.asc())
            .select(teller_organisations::organisation_id)
            .load(conn)?;
        let count = |v: i32| u64::try_from(v).map_err(AppError::internal);
        counts
            .map(|(y, n, a)| {
                Ok::<_, AppError>(RoomCount {
                    abstain: count(a)?,
                    no: count(n)?,
                    organisations: orgs_in_room,
                    yes: count(y)?,
                })
            })
            .transpose()?
    } else {
        None
    };
    let head = crate::audit::head(conn)?;
    let (named, secret) = match ballots {
        CountedBallots::Named(rows) => (
            Some(
                rows.iter()
                    .map(|(o, c, r)| NamedBallot {
                        choice: Cow::Borrowed(c),
                        organisation: *o,
                        receipt_hash: Cow::Borrowed(r),
                    })
                    .collect(),
            ),
            None,
        ),
        // Receipts and choices apart, each sorted on its own: nothing pairs them.
        CountedBallots::Secret(rows) => {
            (None, Some(secrecy::apart(rows.iter().map(|(r, c)| (r.as_str(), c.as_str())))))
        }
    };
    let (receipts, choices) = secret.unzip();
    let cows = |list: Vec<&'a str>| list.into_iter().map(Cow::Borrowed).collect::<Vec<_>>();
    let document = PollSeal {
        ballot_type: kind,
        ballots: named,
        choices: choices.map(cows),
        closed_at: api_time(parts.closed_at),
        decision: PollDecision::of(parts.decision),
        eligible: eligible.iter().map(|&(organisation, holder)| EligibleLine { holder, organisation }).collect(),
        explanation: Cow::Borrowed(parts.explanation),
        ledger_head: head.map(|(seq, hash)| LedgerHead { hash, seq }),
        motion: MotionRef { id: m.id, kind: Cow::Borrowed(&m.kind), title: Cow::Borrowed(&m.title) },
        opened_at: api_time(p.opened_at),
        outcome: parts.decision.outcome,
        participants,
        participations: parts.participations,
        poll: p.id,
        receipts: receipts.map(cows),
        room,
        tally: parts.decision.tally.into(),
    };
    document.canonical().map_err(AppError::internal)
}

/// A poll's snapshot entry for an organisation: `None` if not eligible,
/// `Some(holder)` otherwise. The snapshot never changes once the poll is
/// open, so the group-commit writer reads it once and keeps it.
fn eligibility_entry(conn: &mut DbConn, poll_id: i64, organisation_id: i64) -> AppResult<Option<Option<i64>>> {
    use crate::store::group_commit::{in_batch_of, keep, kept, PREFETCH_FROM};
    type Snapshot = std::collections::HashMap<i64, Option<i64>>;
    let key = format!("eligibility:{poll_id}");
    if let Some(snapshot) = kept::<Snapshot>(&key) {
        return Ok(snapshot.get(&organisation_id).copied());
    }
    if in_batch_of(PREFETCH_FROM) {
        let rows: Vec<(i64, Option<i64>)> = poll_eligibility::table
            .filter(poll_eligibility::poll_id.eq(poll_id))
            .select((poll_eligibility::organisation_id, poll_eligibility::holder_id))
            .load(conn)?;
        let snapshot: Snapshot = rows.into_iter().collect();
        let entry = snapshot.get(&organisation_id).copied();
        keep(key, std::rc::Rc::new(snapshot));
        return Ok(entry);
    }
    Ok(poll_eligibility::table
        .filter(poll_eligibility::poll_id.eq(poll_id))
        .filter(poll_eligibility::organisation_id.eq(organisation_id))
        .select(poll_eligibility::holder_id)
        .first(conn)
        .optional()?)
}

/// A poll with its assembly, in one query, once per batch of the writer:
/// this is the ballot's hot path, and neither changes while a batch runs.
fn poll_with_assembly(conn: &mut DbConn, poll_id: i64) -> AppResult<(Poll, crate::store::rows::Assembly)> {
    type PollAndAssembly = (Poll, crate::store::rows::Assembly);
    let key = format!("poll+assembly:{poll_id}");
    let cached = crate::store::group_commit::with_batch(|b| {
        b.rows.get(&key).and_then(|r| r.downcast_ref::<PollAndAssembly>()).cloned()
    })
    .flatten();
    if let Some(found) = cached {
        return Ok(found);
    }
    let found: PollAndAssembly = polls::table
        .inner_join(motions::table.inner_join(crate::store::schema::assemblies::table))
        .filter(polls::id.eq(poll_id))
        .select((Poll::as_select(), crate::store::rows::Assembly::as_select()))
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found("poll"))?;
    crate::store::group_commit::with_batch(|b| b.rows.insert(key, Box::new(found.clone())));
    Ok(found)
}

/// Whether the organisation's ballot is in the database, as the writer's
/// batch knows it: a large batch reads who has voted once (kept while the
/// ledger head stands still; the writer adds each batch's ballots), a small
/// one asks for the one row.
fn voted_in_db(conn: &mut DbConn, poll: i64, org: i64) -> AppResult<bool> {
    use crate::store::group_commit::{in_batch_of, voted_key, with_batch, PREFETCH_FROM};
    type Voted = std::collections::HashSet<i64>;
    let key = voted_key(poll);
    let known =
        with_batch(|b| b.rows.get(&key).and_then(|r| r.downcast_ref::<Voted>()).map(|v| v.contains(&org))).flatten();
    Ok(match known {
        Some(v) => v,
        None if in_batch_of(PREFETCH_FROM) => {
            let voted: Voted = ballots::table
                .filter(ballots::poll_id.eq(poll))
                .select(ballots::organisation_id)
                .load(conn)?
                .into_iter()
                .collect();
            let v = voted.contains(&org);
            with_batch(|b| b.rows.insert(key, Box::new(voted)));
            v
        }
        None => {
            ballots::table
                .filter(ballots::poll_id.eq(poll))
                .filter(ballots::organisation_id.eq(org))
                .count()
                .get_result::<i64>(conn)?
                > 0
        }
    })
}

/// A roll-call or tellers ballot inside a group-commit batch: whether the
/// organisation has voted is known from the database (read once per large
/// batch) and from the ballots this batch holds; a new ballot joins the
/// batch's multi-row insert. `Ok(Ok(replaced))`, or `Ok(Err)` to refuse.
fn batched_ballot(
    conn: &mut DbConn,
    now: NaiveDateTime,
    c: &Cast<'_>,
    receipt_hash: &str,
) -> AppResult<AppResult<bool>> {
    use crate::store::group_commit::with_batch;
    let (poll, org) = (c.poll.id, c.organisation_id);
    let pending =
        with_batch(|b| b.ballots.iter().position(|x| x.poll_id == poll && x.organisation_id == org)).flatten();
    let in_db = voted_in_db(conn, poll, org)?;
    if (in_db || pending.is_some()) && !c.changes_allowed {
        return Ok(Err(AppError::conflict("already_voted", Msg::AlreadyVoted { org: c.name.to_string() })));
    }
    if let Some(i) = pending {
        with_batch(|b| {
            let x = &mut b.ballots[i];
            x.choice = c.choice.as_str().to_string();
            x.receipt_hash = receipt_hash.to_string();
            x.account_id = c.caller.account_id;
            x.cast_at = now;
        });
        return Ok(Ok(true));
    }
    if in_db {
        crate::store::group_commit::savepoint(conn)?;
        diesel::update(ballots::table.filter(ballots::poll_id.eq(poll)).filter(ballots::organisation_id.eq(org)))
            .set((
                ballots::choice.eq(c.choice.as_str()),
                ballots::receipt_hash.eq(receipt_hash),
                ballots::account_id.eq(c.caller.account_id),
                ballots::cast_at.eq(now),
            ))
            .execute(conn)?;
        return Ok(Ok(true));
    }
    with_batch(|b| {
        b.ballots.push(crate::store::rows::PendingBallot {
            poll_id: poll,
            organisation_id: org,
            account_id: c.caller.account_id,
            choice: c.choice.as_str().to_string(),
            receipt_hash: receipt_hash.to_string(),
            cast_at: now,
        })
    });
    Ok(Ok(false))
}

/// Records a ballot of a roll-call or tellers poll: a new one, or (where
/// allowed) a change of the organisation's earlier one.
fn roll_call_ballot(conn: &mut DbConn, now: NaiveDateTime, c: &Cast<'_>) -> AppResult<AppResult<bool>> {
    let Cast { caller, poll: p, organisation_id, name, choice, receipt, changes_allowed, .. } = *c;
    let in_room: i64 = if ballot_type(p)? == BallotType::Tellers {
        teller_organisations::table
            .filter(teller_organisations::poll_id.eq(p.id))
            .filter(teller_organisations::organisation_id.eq(organisation_id))
            .count()
            .get_result(conn)?
    } else {
        0
    };
    if in_room > 0 {
        return Ok(Err(AppError::conflict("counted_in_room", Msg::CountedInTheRoom { org: name.to_string() })));
    }
    let receipt_hash = super::auth::secret_hash(receipt);
    let commitment = super::auth::secret_hash(&format!("{receipt}:{choice}"));
    let replaced = if crate::store::group_commit::with_batch(|_| ()).is_some() {
        match batched_ballot(conn, now, c, &receipt_hash)? {
            Ok(replaced) => replaced,
            Err(refused) => return Ok(Err(refused)),
        }
    } else {
        // Without vote changes a second ballot is refused by the unique
        // constraint itself (mapped to 409 below): one statement fewer.
        let existing: Option<i64> = if changes_allowed {
            ballots::table
                .filter(ballots::poll_id.eq(p.id))
                .filter(ballots::organisation_id.eq(organisation_id))
                .select(ballots::id)
                .first(conn)
                .optional()?
        } else {
            None
        };
        match existing {
            Some(id) => {
                diesel::update(ballots::table.find(id))
                    .set((
                        ballots::choice.eq(choice.as_str()),
                        ballots::receipt_hash.eq(&receipt_hash),
                        ballots::account_id.eq(caller.account_id),
                        ballots::cast_at.eq(now),
                    ))
                    .execute(conn)?;
                true
            }
            None => {
                diesel::insert_into(ballots::table)
                    .values(NewBallot {
                        poll_id: p.id,
                        organisation_id,
                        account_id: caller.account_id,
                        choice: choice.as_str(),
                        receipt_hash: &receipt_hash,
                        cast_at: now,
                    })
                    .execute(conn)
                    .map_err(unique_to_already_voted(name))?;
                false
            }
        }
    };
    // No choice in the ledger while the poll is open (invariant 3): a
    // commitment only the receipt's holder can open.
    record(
        conn,
        now,
        &caller.actor(),
        format!("poll:{}", p.id),
        ballot_event(
            replaced,
            Ballot { organisation: organisation_id, receipt_hash: Some(receipt_hash), commitment: Some(commitment) },
        ),
    )?;
    Ok(Ok(replaced))
}

/// Records a secret ballot: who voted goes to `participations`, what was
/// voted to `secret_ballots` under a random key, with nothing joining them.
/// A change needs the earlier receipt, the only link, which the voter holds:
/// the ballot it names must carry the owner tag of that receipt and of the
/// organisation voted for (`domain::secrecy`), so another organisation's
/// receipt, or one of another poll, replaces nothing. Every refusal gives
/// the same answer, so it does not tell whose receipt it was.
fn secret_ballot(conn: &mut DbConn, now: NaiveDateTime, c: &Cast<'_>) -> AppResult<AppResult<bool>> {
    let Cast { caller, poll: p, organisation_id, name, choice, receipt, changes_allowed, replaces } = *c;
    // Secret ballots write their rows directly (they are rare next to roll
    // calls): in a batch, behind their own savepoint.
    crate::store::group_commit::savepoint(conn)?;
    let participated: i64 = participations::table
        .filter(participations::poll_id.eq(p.id))
        .filter(participations::organisation_id.eq(organisation_id))
        .count()
        .get_result(conn)?;
    let replaced = if participated > 0 {
        if !changes_allowed {
            return Ok(Err(AppError::conflict("already_voted", Msg::AlreadyVoted { org: name.to_string() })));
        }
        let Some(old) = replaces else {
            return Ok(Err(AppError::conflict("receipt_required", Msg::ReceiptRequired)));
        };
        let old = normalise_receipt(old);
        let removed = diesel::delete(
            secret_ballots::table
                .filter(secret_ballots::poll_id.eq(p.id))
                .filter(secret_ballots::receipt_hash.eq(secrecy::receipt_hash(&old)))
                .filter(secret_ballots::owner_tag.eq(secrecy::owner_tag(&old, organisation_id))),
        )
        .execute(conn)?;
        if removed != 1 {
            return Ok(Err(AppError::conflict("receipt_required", Msg::ReceiptRequired)));
        }
        true
    } else {
        diesel::insert_into(participations::table)
            .values((
                participations::poll_id.eq(p.id),
                participations::organisation_id.eq(organisation_id),
                participations::account_id.eq(caller.account_id),
            ))
            .execute(conn)
            .map_err(unique_to_already_voted(name))?;
        false
    };
    diesel::insert_into(secret_ballots::table)
        .values((
            secret_ballots::token.eq(super::auth::random_token().0),
            secret_ballots::poll_id.eq(p.id),
            secret_ballots::choice.eq(choice.as_str()),
            secret_ballots::receipt_hash.eq(secrecy::receipt_hash(receipt)),
            secret_ballots::owner_tag.eq(secrecy::owner_tag(receipt, organisation_id)),
        ))
        .execute(conn)?;
    // Who, never what nor which receipt.
    record(
        conn,
        now,
        &caller.actor(),
        format!("poll:{}", p.id),
        ballot_event(replaced, Ballot { organisation: organisation_id, receipt_hash: None, commitment: None }),
    )?;
    Ok(Ok(replaced))
}

impl Services {
    /// Opens a poll on an admitted motion (secretariat) and snapshots who
    /// may vote: full active members present, and those represented, each
    /// with who casts its vote. Amendments are voted before their motion.
    pub fn open_poll(&self, caller: &Caller, motion_id: i64, input: OpenPollInput) -> AppResult<PollView> {
        caller.require(&[Role::Secretariat])?;
        let view = self.open_poll_now(caller, motion_id, input)?;
        self.warm_ballot_writer(view.id);
        Ok(view)
    }

    /// Has the ballot writer read, as soon as a poll opens, what its
    /// ballots will need: the poll, its eligibility snapshot, who has voted
    /// and, on PostgreSQL, the register. The writer keeps these while the
    /// ledger head stands still, so the room's first ballots find them
    /// there instead of the first large batch reading them while the room
    /// waits. Nothing waits for this; if it fails, batches read as before.
    fn warm_ballot_writer(&self, poll_id: i64) {
        let queued = self.submit_grouped(move |conn, _now| {
            crate::store::group_commit::read_whole_tables();
            poll_with_assembly(conn, poll_id)?;
            eligibility_entry(conn, poll_id, 0)?;
            voted_in_db(conn, poll_id, 0)?;
            organisations::read_register_into_batch(conn)?;
            Ok(Ok(()))
        });
        if let Err(e) = queued {
            tracing::warn!(error = %e, "the ballot writer could not read ahead");
        }
    }

    fn open_poll_now(&self, caller: &Caller, motion_id: i64, input: OpenPollInput) -> AppResult<PollView> {
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            let state = assembly_state_of_motion(conn, &m)?;
            if !state.accepts_votes() {
                return Err(AppError::conflict(
                    "not_in_session",
                    Msg::PollNotOpenable { state: crate::i18n::state_label(state).en() },
                ));
            }
            let open: i64 = polls::table
                .filter(polls::motion_id.eq(motion_id))
                .filter(polls::state.eq(PollState::Open.as_str()))
                .count()
                .get_result(conn)?;
            if open > 0 {
                return Err(AppError::conflict("poll_already_open", Msg::PollAlreadyOpen));
            }
            let ms = motion_state(&m)?;
            if ms != MotionState::Admitted {
                return Err(AppError::conflict(
                    "motion_not_admitted",
                    Msg::MotionNotAdmitted { state: ms.to_string() },
                ));
            }
            if !undecided_amendments(conn, motion_id)?.is_empty() {
                return Err(AppError::conflict("amendments_first", Msg::AmendmentsFirst));
            }
            let a = assemblies::load(conn, m.assembly_id)?;
            let presence = assemblies::presence(conn, a.id)?;
            let quorum = quorum_of(&m, &a).assess(
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
            diesel::update(motions::table.find(motion_id))
                .set(motions::state.eq(MotionState::Voting.as_str()))
                .execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("poll:{id}"),
                Event::PollOpened(PollOpened {
                    motion: motion_id,
                    ballot: input.ballot,
                    eligible: eligible.iter().map(|(o, h)| Eligible { organisation: *o, holder: *h }).collect(),
                    full_members: quorum.full_members,
                    present: presence.present.clone(),
                    represented: presence.represented.clone(),
                }),
            )?;
            let p = load_poll(conn, id)?;
            poll_view(conn, &p)
        })
    }

    /// Casts (or, where the assembly allows it, changes) an organisation's
    /// ballot. Refusals for who the organisation is (affiliate, suspended,
    /// absent, represented by another) are audited.
    pub fn cast_ballot(&self, caller: &Caller, poll_id: i64, input: BallotInput) -> AppResult<BallotReceipt> {
        self.submit_ballot(caller, poll_id, input)?.wait()
    }

    /// [`Services::cast_ballot`], queued: returns at once (nothing here
    /// touches the database) with the answer to await.
    pub fn submit_ballot(
        &self,
        caller: &Caller,
        poll_id: i64,
        input: BallotInput,
    ) -> AppResult<Pending<BallotReceipt>> {
        caller.require(&[Role::Delegate])?;
        let organisation_id = input.organisation_id.unwrap_or(caller.organisation_id.unwrap_or_default());
        let receipt = receipt_code();
        let caller = caller.clone();
        let refusals_kept = self.settings.max_recorded_refusals_per_poll;
        // Ballots share commits: one durable commit for all that arrive together.
        self.submit_grouped(move |conn, now| {
            let caller = &caller;
            let (p, a) = poll_with_assembly(conn, poll_id)?;
            // Who casts this organisation's vote in this poll, as snapshotted
            // (the snapshot never changes: a batch reads it whole, once).
            let entry = eligibility_entry(conn, poll_id, organisation_id)?;
            let subject = format!("poll:{poll_id}");
            let ballot_box = BallotBox {
                subject: &subject,
                is_open: p.state == PollState::Open.as_str(),
                assembly_state: stored(&a.state, AssemblyState::parse)?,
                entry,
                refusals_kept,
            };
            let org = match check_voter(conn, now, caller, organisation_id, &ballot_box)? {
                Ok(org) => org,
                Err(refused) => return Ok(Err(refused)),
            };
            let cast = Cast {
                caller,
                poll: &p,
                organisation_id,
                name: &org.name,
                choice: input.choice,
                receipt: &receipt,
                changes_allowed: a.vote_changes,
                replaces: input.replaces.as_deref(),
            };
            let outcome = match ballot_type(&p)? {
                BallotType::Secret => secret_ballot(conn, now, &cast)?,
                BallotType::RollCall | BallotType::Tellers => roll_call_ballot(conn, now, &cast)?,
            };
            Ok(outcome.map(|replaced| BallotReceipt { poll_id, organisation_id, receipt: receipt.clone(), replaced }))
        })
    }

    /// Records the room's counts of a tellers poll with the organisations
    /// counted (a teller or the secretariat). An organisation that voted
    /// online cannot be counted in the room, nor the reverse.
    pub fn record_tellers(&self, caller: &Caller, poll_id: i64, input: TellersInput) -> AppResult<PollView> {
        caller.require(&[Role::Teller, Role::Secretariat])?;
        self.write(|conn, now| {
            let p = load_poll(conn, poll_id)?;
            if ballot_type(&p)? != BallotType::Tellers {
                return Err(AppError::conflict("not_a_tellers_poll", Msg::NotATellersPoll));
            }
            if p.state != PollState::Open.as_str() {
                return Err(AppError::conflict("poll_closed", Msg::PollClosed));
            }
            // The same rule as ballots: the room is counted in session only.
            let m = load_motion(conn, p.motion_id)?;
            let state = assembly_state_of_motion(conn, &m)?;
            if !state.accepts_votes() {
                return Err(AppError::conflict(
                    "not_in_session",
                    Msg::RoomCountNotInSession { state: crate::i18n::state_label(state).en() },
                ));
            }
            let recorded: i64 =
                teller_counts::table.filter(teller_counts::poll_id.eq(poll_id)).count().get_result(conn)?;
            if recorded > 0 {
                return Err(AppError::conflict("tellers_already_recorded", Msg::TellersAlreadyRecorded));
            }
            let mut ids = input.organisation_ids.clone();
            ids.sort_unstable();
            ids.dedup();
            let total = u64::from(input.yes) + u64::from(input.no) + u64::from(input.abstain);
            if ids.len() != input.organisation_ids.len() {
                return Err(AppError::unprocessable("teller_listed_twice", Msg::TellerListedTwice));
            }
            if total != ids.len() as u64 {
                return Err(AppError::unprocessable(
                    "teller_count_mismatch",
                    Msg::TellerCountMismatch {
                        total: total.to_string(),
                        listed: input.organisation_ids.len().to_string(),
                    },
                ));
            }
            let snapshot: Vec<(i64, Option<i64>)> = poll_eligibility::table
                .filter(poll_eligibility::poll_id.eq(poll_id))
                .select((poll_eligibility::organisation_id, poll_eligibility::holder_id))
                .load(conn)?;
            let eligible: Vec<i64> = snapshot.iter().map(|(o, _)| *o).collect();
            let names = |conn: &mut DbConn, list: &[i64]| -> AppResult<String> {
                let names: Vec<String> =
                    orgs::table.filter(orgs::id.eq_any(list)).order(orgs::name.asc()).select(orgs::name).load(conn)?;
                Ok(names.join(", "))
            };
            let outside: Vec<i64> = ids.iter().copied().filter(|id| !eligible.contains(id)).collect();
            if !outside.is_empty() {
                let list = names(conn, &outside)?;
                let list = if list.is_empty() { format!("{outside:?}") } else { list };
                return Err(AppError::unprocessable("not_eligible", Msg::NotEligibleInRoom { orgs: list }));
            }
            let online: Vec<i64> = ballots::table
                .filter(ballots::poll_id.eq(poll_id))
                .filter(ballots::organisation_id.eq_any(&ids))
                .select(ballots::organisation_id)
                .load(conn)?;
            if !online.is_empty() {
                let list = names(conn, &online)?;
                return Err(AppError::conflict("already_voted_online", Msg::AlreadyVotedOnline { orgs: list }));
            }
            // Only who is in the room is counted in it: the organisation
            // itself in person, or the holder of its proxy in person.
            let in_person = in_person_now(conn, m.assembly_id)?;
            let not_here: Vec<i64> = ids
                .iter()
                .copied()
                .filter(|id| {
                    let entry = snapshot.iter().find(|(o, _)| o == id).map(|(_, h)| *h);
                    !countable_in_room(entry, *id, |o| in_person.contains(&o))
                })
                .collect();
            if !not_here.is_empty() {
                let list = names(conn, &not_here)?;
                return Err(AppError::unprocessable("not_in_room", Msg::NotInTheRoom { orgs: list }));
            }
            let as_i32 = |v: u32| i32::try_from(v).map_err(AppError::internal);
            diesel::insert_into(teller_counts::table)
                .values((
                    teller_counts::poll_id.eq(poll_id),
                    teller_counts::yes.eq(as_i32(input.yes)?),
                    teller_counts::no.eq(as_i32(input.no)?),
                    teller_counts::abstain.eq(as_i32(input.abstain)?),
                    teller_counts::entered_by.eq(caller.account_id),
                    teller_counts::entered_at.eq(now),
                ))
                .execute(conn)?;
            for id in &ids {
                diesel::insert_into(teller_organisations::table)
                    .values((teller_organisations::poll_id.eq(poll_id), teller_organisations::organisation_id.eq(*id)))
                    .execute(conn)?;
            }
            // Who was counted in the room; the counts themselves join the
            // ledger with the close (invariant 3).
            record(
                conn,
                now,
                &caller.actor(),
                format!("poll:{poll_id}"),
                Event::TellersRecorded(TellersRecorded { organisations: ids.clone(), total }),
            )?;
            poll_view(conn, &p)
        })
    }

    /// The open tellers polls of an assembly, for the desk.
    pub fn tellers_panels(&self, assembly_id: i64) -> AppResult<Vec<TellersPanel>> {
        self.read(|conn| {
            let rows: Vec<(Poll, Motion)> = polls::table
                .inner_join(motions::table)
                .filter(motions::assembly_id.eq(assembly_id))
                .filter(polls::state.eq(PollState::Open.as_str()))
                .filter(polls::ballot_type.eq(BallotType::Tellers.as_str()))
                .select((Poll::as_select(), Motion::as_select()))
                .load(conn)?;
            let mut panels = Vec::new();
            for (p, m) in rows {
                let recorded: Option<(i32, i32, i32)> = teller_counts::table
                    .filter(teller_counts::poll_id.eq(p.id))
                    .select((teller_counts::yes, teller_counts::no, teller_counts::abstain))
                    .first(conn)
                    .optional()?;
                let online: Vec<i64> =
                    ballots::table.filter(ballots::poll_id.eq(p.id)).select(ballots::organisation_id).load(conn)?;
                // Only whom the tellers may count: in the room in person,
                // or represented by a holder in the room in person.
                let in_person = in_person_now(conn, assembly_id)?;
                let snapshot: Vec<(i64, String, Option<i64>)> = poll_eligibility::table
                    .inner_join(orgs::table)
                    .filter(poll_eligibility::poll_id.eq(p.id))
                    .order(orgs::name.asc())
                    .select((orgs::id, orgs::name, poll_eligibility::holder_id))
                    .load(conn)?;
                let mut candidates = Vec::new();
                for (id, name, holder) in &snapshot {
                    if online.contains(id) || !countable_in_room(Some(*holder), *id, |o| in_person.contains(&o)) {
                        continue;
                    }
                    // The holder raises the card: the teller is told whose.
                    let label = match holder {
                        None => name.clone(),
                        Some(h) => {
                            let holder = match snapshot.iter().find(|(o, _, _)| o == h) {
                                Some((_, holder, _)) => holder.clone(),
                                None => organisations::load(conn, *h)?.name,
                            };
                            Msg::RoomCardOf { org: name.clone(), holder }.en()
                        }
                    };
                    candidates.push((*id, label));
                }
                panels.push(TellersPanel { poll_id: p.id, title: m.title, recorded, candidates });
            }
            Ok(panels)
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
            let a = assemblies::load_unsealed(conn, m.assembly_id)?;
            let kind = ballot_type(&p)?;
            let counted = CountedBallots::read(conn, poll_id, kind)?;
            let (online, online_count) = counted.tally()?;
            let (tally, participations_count) = match kind {
                BallotType::RollCall => (online, online_count),
                BallotType::Secret => {
                    let who: i64 =
                        participations::table.filter(participations::poll_id.eq(poll_id)).count().get_result(conn)?;
                    (online, who as u64)
                }
                BallotType::Tellers => {
                    let room: Option<(i32, i32, i32)> = teller_counts::table
                        .find(poll_id)
                        .select((teller_counts::yes, teller_counts::no, teller_counts::abstain))
                        .first(conn)
                        .optional()?;
                    let in_room: i64 = teller_organisations::table
                        .filter(teller_organisations::poll_id.eq(poll_id))
                        .count()
                        .get_result(conn)?;
                    let (y, n, ab) = room.unwrap_or((0, 0, 0));
                    let tally = Tally {
                        yes: online.yes + y.max(0) as u64,
                        no: online.no + n.max(0) as u64,
                        abstain: online.abstain + ab.max(0) as u64,
                    };
                    (tally, online_count + in_room as u64)
                }
            };
            let eligible = u64::try_from(p.eligible).map_err(AppError::internal)?;
            tally
                .check(participations_count, eligible)
                .map_err(|_| AppError::internal("tally inconsistent").with_code("inconsistent_count"))?;
            let quorum = quorum_of(&m, &a).assess(
                u64::try_from(p.full_members).map_err(AppError::internal)?,
                u64::try_from(p.present).map_err(AppError::internal)?,
                u64::try_from(p.represented).map_err(AppError::internal)?,
            );
            let rule = majority_of(&m)?;
            let decision = decide(rule, tally, quorum, input.chair_decision)
                .map_err(|_| AppError::unprocessable("chair_must_decide", Msg::ChairMustDecide))?;
            let explanation = i18n::explain(Lang::En, &decision);
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
                    polls::state.eq(PollState::Closed.as_str()),
                    polls::closed_at.eq(now),
                    polls::yes.eq(to_i32(tally.yes)?),
                    polls::no.eq(to_i32(tally.no)?),
                    polls::abstain.eq(to_i32(tally.abstain)?),
                    polls::outcome.eq(decision.outcome.as_str()),
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
            diesel::update(motions::table.find(m.id)).set(motions::state.eq(motion_outcome.as_str())).execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("poll:{poll_id}"),
                Event::PollClosed(PollClosed {
                    motion: m.id,
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
                .ok_or_else(|| AppError::not_found("poll"))
        })?;
        match (&document, &p.seal_digest, &p.seal_signature) {
            (Some(document), Some(digest), Some(signature)) => Ok(SealView {
                poll_id,
                document: serde_json::from_str(document).map_err(AppError::internal)?,
                digest: digest.clone(),
                signature: signature.clone(),
                public_key: self.sealer.public_key_hex(),
            }),
            _ => Err(AppError::conflict("not_sealed", Msg::NotSealedYet)),
        }
    }

    /// A poll, as anyone logged in may see it.
    pub fn get_poll(&self, _caller: &Caller, poll_id: i64) -> AppResult<PollView> {
        self.get_poll_unchecked(poll_id)
    }

    /// A poll, for the services' own use.
    pub(crate) fn get_poll_unchecked(&self, poll_id: i64) -> AppResult<PollView> {
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

    /// The organisations a delegate's organisation votes for in a poll:
    /// itself if eligible in person, and those whose proxy it holds; each with
    /// its name and whether its vote is in.
    pub fn votes_for(&self, poll_id: i64, own: i64) -> AppResult<Vec<VoteFor>> {
        self.read(|conn| {
            let p = load_poll(conn, poll_id)?;
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
                let voted = has_voted_in(conn, &p, org)?;
                out.push(VoteFor { organisation_id: org, name, voted });
            }
            Ok(out)
        })
    }

    /// A closed poll's decision with every number that explains it, read
    /// back from what the close stored (the counts, the quorum's numbers,
    /// the motion's rules). A chair's casting vote is not stored apart: a
    /// tie the chair decided reads back as the stored outcome's vote.
    pub fn poll_decision(&self, poll_id: i64) -> AppResult<Option<crate::domain::majority::Decision>> {
        self.read(|conn| {
            let p = load_poll(conn, poll_id)?;
            let m = load_motion(conn, p.motion_id)?;
            decision_of(&p, &m, &assemblies::load(conn, m.assembly_id)?)
        })
    }

    /// A poll's snapshot entry for one organisation: `None` if it is not
    /// eligible, `Some(None)` if it votes itself, `Some(Some(holder))`.
    pub fn poll_entry(&self, poll_id: i64, organisation_id: i64) -> AppResult<Option<Option<i64>>> {
        self.read(|conn| eligibility_entry(conn, poll_id, organisation_id))
    }

    /// Whether a receipt's ballot is counted: after the close, whether its
    /// hash is among the sealed ballots, with the seal to check it against.
    /// Before the close nothing is said (`included: false`), so a receipt
    /// cannot watch a live count. For a secret poll or an election round it
    /// proves inclusion only, never the choice; a roll call's choice is
    /// public after the close, so it is shown.
    pub fn check_receipt(&self, code: &str) -> AppResult<ReceiptCheck> {
        let hash = super::auth::secret_hash(&normalise_receipt(code));
        self.read(|conn| {
            let in_poll = |conn: &mut DbConn, from_secret: bool| -> QueryResult<Option<SealedRef>> {
                let columns = (polls::id, polls::state, polls::seal_document, polls::seal_digest);
                if from_secret {
                    secret_ballots::table
                        .inner_join(polls::table)
                        .filter(secret_ballots::receipt_hash.eq(&hash))
                        .select(columns)
                        .first(conn)
                        .optional()
                } else {
                    ballots::table
                        .inner_join(polls::table)
                        .filter(ballots::receipt_hash.eq(&hash))
                        .select(columns)
                        .first(conn)
                        .optional()
                }
            };
            let (kind, found) = match in_poll(conn, false)? {
                Some(f) => ("poll", Some(f)),
                None => match in_poll(conn, true)? {
                    Some(f) => ("poll", Some(f)),
                    None => (
                        "election_round",
                        election_ballots::table
                            .inner_join(election_rounds::table)
                            .filter(election_ballots::receipt_hash.eq(&hash))
                            .select((
                                election_rounds::id,
                                election_rounds::state,
                                election_rounds::seal_document,
                                election_rounds::seal_digest,
                            ))
                            .first(conn)
                            .optional()?,
                    ),
                },
            };
            let (poll_id, state, document, digest) = found.ok_or_else(|| AppError::not_found("receipt"))?;
            let poll_state = stored(&state, PollState::parse)?;
            let document: Option<serde_json::Value> =
                document.map(|d| serde_json::from_str(&d)).transpose().map_err(AppError::internal)?;
            // A roll call's ballot names its organisation and choice; a
            // secret poll's or a round's receipt is only listed, apart from
            // the choices (seals from before issue 14 list it in `ballots`).
            let sealed_ballot = document.as_ref().and_then(|d| {
                d["ballots"].as_array()?.iter().find(|b| b["receipt_hash"].as_str() == Some(hash.as_str())).cloned()
            });
            let listed = document.as_ref().is_some_and(|d| {
                d["receipts"].as_array().is_some_and(|r| r.iter().any(|h| h.as_str() == Some(hash.as_str())))
            });
            Ok(ReceiptCheck {
                poll_id,
                kind,
                included: poll_state == PollState::Closed && (listed || sealed_ballot.is_some()),
                poll_state,
                seal: if poll_state == PollState::Closed { digest } else { None },
                choice: sealed_ballot
                    .as_ref()
                    .and_then(|b| b.get("organisation").and(b["choice"].as_str().map(String::from))),
            })
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
