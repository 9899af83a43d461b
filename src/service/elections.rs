//! Elections (e.g. of the Board): candidates, rounds of secret approval
//! ballots, run-offs for a tied last seat, second rounds where an absolute
//! majority is required.

use super::voting::receipts::normalise_receipt;
use super::voting::voter::{check_voter, BallotBox, Submission};
use super::voting::{Counted, RoundReceipt, Urn, VoteFor};
use super::{api_time, assemblies, record, Caller, Pending, Services, Verdict};
use crate::audit::event::{Ballot, ElectionCreated, Event, RoundClosed, RoundOpened};
use crate::audit::poll_seal::{EligibleLine, LedgerHead};
use crate::audit::round_seal::{RoundBallot, RoundSeal};
use crate::domain::election::{check_ballot, count, BallotProblem, RoundResult};
use crate::domain::eligibility::Entry;
use crate::domain::ids::{AssemblyId, ElectionId, OrganisationId, RoundId};
use crate::domain::poll::PollState;
use crate::domain::role::Role;
use crate::domain::secrecy;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;
pub use crate::input::{CandidateInput, ElectionBallotInput, NewElectionInput};
use crate::store::schema::{candidates, election_ballots, election_participations, election_rounds, elections};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use serde_json::json;

/// A candidate as shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CandidateView {
    pub id: i64,
    pub name: String,
    pub organisation_id: Option<i64>,
}

/// A round as shown: how many voted while open; the result once closed.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RoundView {
    pub id: i64,
    pub round: i32,
    pub seats: i32,
    pub state: PollState,
    pub candidates: Vec<i64>,
    pub eligible: usize,
    pub cast: i64,
    pub opened_at: String,
    pub closed_at: Option<String>,
    pub result: Option<RoundResult>,
}

/// An election as shown.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ElectionView {
    pub id: ElectionId,
    pub assembly_id: AssemblyId,
    pub title: String,
    pub seats: i32,
    pub absolute_majority: bool,
    pub candidates: Vec<CandidateView>,
    pub rounds: Vec<RoundView>,
    /// Everyone elected so far, over all rounds.
    pub elected: Vec<i64>,
    /// Whether every seat is filled.
    pub complete: bool,
}

type RoundRow = (i64, i64, i32, i32, PollState, String, String, NaiveDateTime, Option<NaiveDateTime>, Option<String>);

fn round_view(conn: &mut DbConn, r: &RoundRow) -> AppResult<RoundView> {
    let candidates: Vec<i64> = serde_json::from_str(&r.5).map_err(AppError::internal)?;
    let eligible: Vec<(i64, Option<i64>)> = serde_json::from_str(&r.6).map_err(AppError::internal)?;
    let cast = Urn::round(r.0).cast_count(conn)?;
    let result = r.9.as_deref().map(serde_json::from_str::<RoundResult>).transpose().map_err(AppError::internal)?;
    Ok(RoundView {
        id: r.0,
        round: r.2,
        seats: r.3,
        state: r.4,
        candidates,
        eligible: eligible.len(),
        cast,
        opened_at: api_time(r.7),
        closed_at: r.8.map(api_time),
        result,
    })
}

fn rounds_of(conn: &mut DbConn, election_id: ElectionId) -> AppResult<Vec<RoundRow>> {
    Ok(election_rounds::table
        .filter(election_rounds::election_id.eq(election_id))
        .order(election_rounds::round.asc())
        .select((
            election_rounds::id,
            election_rounds::election_id,
            election_rounds::round,
            election_rounds::seats,
            election_rounds::state,
            election_rounds::candidates,
            election_rounds::eligible,
            election_rounds::opened_at,
            election_rounds::closed_at,
            election_rounds::result,
        ))
        .load(conn)?)
}

fn view(conn: &mut DbConn, id: ElectionId) -> AppResult<ElectionView> {
    let (eid, assembly_id, title, seats, absolute_majority): (i64, i64, String, i32, bool) = elections::table
        .find(id)
        .select((
            elections::id,
            elections::assembly_id,
            elections::title,
            elections::seats,
            elections::absolute_majority,
        ))
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingElection))?;
    let cands: Vec<(i64, String, Option<i64>)> = candidates::table
        .filter(candidates::election_id.eq(eid))
        .order(candidates::id.asc())
        .select((candidates::id, candidates::name, candidates::organisation_id))
        .load(conn)?;
    let rows = rounds_of(conn, ElectionId(eid))?;
    let rounds = rows.iter().map(|r| round_view(conn, r)).collect::<AppResult<Vec<_>>>()?;
    let elected: Vec<i64> = rounds.iter().filter_map(|r| r.result.as_ref()).flat_map(|r| r.elected.clone()).collect();
    Ok(ElectionView {
        id: ElectionId(eid),
        assembly_id: AssemblyId(assembly_id),
        title,
        seats,
        absolute_majority,
        candidates: cands
            .into_iter()
            .map(|(id, name, organisation_id)| CandidateView { id, name, organisation_id })
            .collect(),
        complete: elected.len() >= seats as usize,
        rounds,
        elected,
    })
}

fn ballot_problem(p: BallotProblem) -> AppError {
    let msg = match p {
        BallotProblem::TooMany { max } => Msg::TooManyChoices { max: max.into() },
        BallotProblem::Unknown(c) => Msg::UnknownCandidate { id: c.to_string() },
        BallotProblem::Duplicate(c) => Msg::DuplicateCandidate { id: c.to_string() },
    };
    AppError::bad_request(ErrorCode::InvalidBallot, msg)
}

/// How a closing round was counted: its rule, its candidates, its result.
struct RoundCount<'a> {
    seats: u32,
    absolute_majority: bool,
    candidates: &'a [i64],
    result: &'a RoundResult,
}

/// What a closed round's seal covers ([`RoundSeal`]), as its canonical
/// text: the election's rule for the round, the candidates, the
/// eligibility snapshot, who took part, the ballots (their choices only,
/// sorted: rounds are secret), apart from them the receipt hashes (sorted
/// on their own, so that nothing pairs a receipt with its choices), the
/// result and the ledger head before the close.
fn round_seal_document(
    conn: &mut DbConn,
    round_id: RoundId,
    election_id: ElectionId,
    count: RoundCount<'_>,
    rows: Vec<(String, Vec<i64>)>,
) -> AppResult<String> {
    let RoundCount { seats, absolute_majority, candidates, result } = count;
    let eligible: String = election_rounds::table.find(round_id).select(election_rounds::eligible).first(conn)?;
    let eligible: Vec<(i64, Option<i64>)> = serde_json::from_str(&eligible).map_err(AppError::internal)?;
    let participants = Urn::round(round_id.0).participants(conn)?;
    let pairs: Vec<(String, RoundBallot)> =
        rows.into_iter().map(|(receipt_hash, choices)| (receipt_hash, RoundBallot { choices })).collect();
    // Receipts and ballots apart, each sorted on its own: nothing pairs them.
    let (receipts, ballots) = secrecy::apart(pairs);
    let head = crate::audit::head(conn)?;
    RoundSeal {
        absolute_majority,
        ballots,
        candidates: candidates.to_vec(),
        election: election_id.0,
        eligible: eligible.iter().map(|&(organisation, holder)| EligibleLine { holder, organisation }).collect(),
        ledger_head: head.map(|(seq, hash)| LedgerHead { hash, seq }),
        participants,
        receipts,
        result: result.clone(),
        round: round_id.0,
        seats,
    }
    .canonical()
    .map_err(AppError::internal)
}

/// The most candidates one election may have.
pub const MAX_CANDIDATES: usize = 500;

impl Services {
    /// Sets up an election with its candidates (secretariat).
    pub fn create_election(
        &self,
        caller: &Caller,
        assembly_id: AssemblyId,
        input: NewElectionInput,
    ) -> AppResult<ElectionView> {
        caller.require(&[Role::Secretariat])?;
        let title = input.title.trim().to_string();
        if title.is_empty() || input.seats == 0 || input.candidates.is_empty() {
            return Err(AppError::bad_request(ErrorCode::InvalidElection, Msg::ElectionIncomplete));
        }
        crate::error::check_text(
            Msg::FieldTitle,
            &title,
            crate::domain::text::Shape::Line,
            self.settings.max_title_chars,
        )?;
        if input.candidates.len() > MAX_CANDIDATES {
            return Err(AppError::unprocessable(
                ErrorCode::TooManyCandidates,
                Msg::NumberOutOfRange {
                    field: Box::new(Msg::FieldCandidates),
                    min: "1".into(),
                    max: MAX_CANDIDATES.to_string(),
                },
            ));
        }
        // More seats than candidates elects nobody to the rest; the bound
        // also keeps the number within what the database stores.
        if input.seats as usize > input.candidates.len() {
            return Err(AppError::unprocessable(
                ErrorCode::InvalidSeats,
                Msg::SeatsAboveCandidates { candidates: input.candidates.len().into() },
            ));
        }
        let seats = i32::try_from(input.seats).map_err(AppError::internal)?;
        // Each candidate's name as a name: not blank, no invisible or
        // control character, one script; two the same after normalisation
        // (or looking alike) are one candidate twice.
        let mut names: crate::domain::register::NameIndex<usize> = crate::domain::register::NameIndex::new();
        let mut candidate_names = Vec::with_capacity(input.candidates.len());
        for (i, c) in input.candidates.iter().enumerate() {
            let name = crate::error::check_name(Msg::FieldCandidateName { number: (i + 1).into() }, &c.name)?;
            if !matches!(names.find(&name), crate::domain::register::NameMatch::None) {
                return Err(AppError::conflict(ErrorCode::DuplicateCandidate, Msg::DuplicateCandidateName { name }));
            }
            names.insert(&name, i);
            candidate_names.push(name);
        }
        self.write(|conn, now| {
            assemblies::load_open(conn, assembly_id)?;
            let id: i64 = diesel::insert_into(elections::table)
                .values((
                    elections::assembly_id.eq(assembly_id),
                    elections::title.eq(&title),
                    elections::seats.eq(seats),
                    elections::absolute_majority.eq(input.absolute_majority),
                    elections::created_at.eq(now),
                ))
                .returning(elections::id)
                .get_result(conn)?;
            for (c, name) in input.candidates.iter().zip(&candidate_names) {
                diesel::insert_into(candidates::table)
                    .values((
                        candidates::election_id.eq(id),
                        candidates::name.eq(name),
                        candidates::organisation_id.eq(c.organisation_id),
                    ))
                    .execute(conn)
                    .map_err(|e| match e {
                        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
                            AppError::conflict(
                                ErrorCode::DuplicateCandidate,
                                Msg::DuplicateCandidateName { name: c.name.clone() },
                            )
                        }
                        other => other.into(),
                    })?;
            }
            record(
                conn,
                now,
                &caller.actor(),
                format!("election:{id}"),
                Event::ElectionCreated(ElectionCreated {
                    assembly: assembly_id.0,
                    title: title.clone(),
                    seats: input.seats,
                    absolute_majority: input.absolute_majority,
                    candidates: candidate_names.clone(),
                }),
            )?;
            view(conn, ElectionId(id))
        })
    }

    /// Opens the next round: all candidates first; then the tied ones for
    /// a run-off, or those not yet elected for the seats left.
    pub fn open_round(&self, caller: &Caller, election_id: ElectionId) -> AppResult<ElectionView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let e = view(conn, election_id)?;
            let a = assemblies::load(conn, e.assembly_id)?;
            let state = a.state;
            if !state.accepts_votes() {
                return Err(AppError::conflict(
                    ErrorCode::NotInSession,
                    Msg::PollNotOpenable { state: crate::i18n::state_label(state).into() },
                ));
            }
            let (round, seats, cands) = match e.rounds.last() {
                None => (1, e.seats as u32, e.candidates.iter().map(|c| c.id).collect::<Vec<_>>()),
                Some(last) if last.state == PollState::Open => {
                    return Err(AppError::conflict(ErrorCode::PollAlreadyOpen, Msg::PollAlreadyOpen));
                }
                Some(last) => {
                    let r = last.result.clone().ok_or_else(|| AppError::internal("closed round without result"))?;
                    if r.seats_left == 0 {
                        return Err(AppError::conflict(ErrorCode::ElectionComplete, Msg::ElectionComplete));
                    }
                    let cands = if r.runoff.is_empty() {
                        e.candidates.iter().map(|c| c.id).filter(|c| !e.elected.contains(c)).collect()
                    } else {
                        r.runoff.clone()
                    };
                    (last.round + 1, r.seats_left, cands)
                }
            };
            let eligible = crate::store::presence::presence(conn, a.id)?.eligible();
            let id: i64 = diesel::insert_into(election_rounds::table)
                .values((
                    election_rounds::election_id.eq(election_id),
                    election_rounds::round.eq(round),
                    election_rounds::seats.eq(i32::try_from(seats).map_err(AppError::internal)?),
                    election_rounds::state.eq(PollState::Open),
                    election_rounds::candidates.eq(json!(cands).to_string()),
                    election_rounds::eligible.eq(json!(eligible).to_string()),
                    election_rounds::opened_at.eq(now),
                ))
                .returning(election_rounds::id)
                .get_result(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("round:{id}"),
                Event::RoundOpened(RoundOpened { election: election_id.0, round, seats, candidates: cands, eligible }),
            )?;
            view(conn, election_id)
        })
    }

    /// Casts an organisation's secret approval ballot in an open round.
    pub fn cast_election_ballot(
        &self,
        caller: &Caller,
        round_id: RoundId,
        input: ElectionBallotInput,
    ) -> AppResult<RoundReceipt> {
        self.submit_election_ballot(caller, round_id, input)?.wait()
    }

    /// [`Services::cast_election_ballot`], queued to the ballot writer as a
    /// poll's ballot is: a round's ballots share commits too.
    pub fn submit_election_ballot(
        &self,
        caller: &Caller,
        round_id: RoundId,
        input: ElectionBallotInput,
    ) -> AppResult<Pending<RoundReceipt>> {
        let Submission { caller, organisation_id, receipt, refusals_kept } =
            self.ballot_submission(caller, input.organisation_id)?;
        self.submit_grouped(move |b, now| {
            let caller = &caller;
            let (election_id, seats, state, cands, eligible): (i64, i32, PollState, String, String) =
                election_rounds::table
                    .find(round_id)
                    .select((
                        election_rounds::election_id,
                        election_rounds::seats,
                        election_rounds::state,
                        election_rounds::candidates,
                        election_rounds::eligible,
                    ))
                    .first(b.conn)
                    .optional()?
                    .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingElectionRound))?;
            let cands: Vec<i64> = serde_json::from_str(&cands).map_err(AppError::internal)?;
            let eligible: Vec<(i64, Option<i64>)> = serde_json::from_str(&eligible).map_err(AppError::internal)?;
            let assembly_id: AssemblyId =
                elections::table.find(election_id).select(elections::assembly_id).first(b.conn)?;
            let a = assemblies::load(b.conn, assembly_id)?;
            let subject = Urn::round(round_id.0).subject();
            let ballot_box = BallotBox {
                subject: &subject,
                is_open: state == PollState::Open,
                assembly_state: a.state,
                entry: Entry::from_row(
                    eligible.iter().find(|(o, _)| OrganisationId(*o) == organisation_id).map(|(_, h)| *h),
                ),
                refusals_kept,
            };
            let org = match check_voter(b, now, caller, organisation_id, &ballot_box)? {
                Verdict::Done(org) => org,
                Verdict::Refused(refused) => return Ok(Verdict::Refused(refused)),
            };
            check_ballot(u32::try_from(seats).unwrap_or(0), &cands, &input.choices).map_err(ballot_problem)?;
            if Urn::round(round_id.0).has_voted(b.conn, organisation_id.0)? {
                return Ok(Verdict::Refused(AppError::conflict(
                    ErrorCode::AlreadyVoted,
                    Msg::AlreadyVoted { org: org.name },
                )));
            }
            // A round's ballot writes its rows directly: in a batch, behind
            // its own savepoint.
            b.savepoint()?;
            diesel::insert_into(election_participations::table)
                .values((
                    election_participations::round_id.eq(round_id),
                    election_participations::organisation_id.eq(organisation_id),
                    election_participations::account_id.eq(caller.account_id),
                ))
                .execute(b.conn)?;
            let mut choices = input.choices.clone();
            choices.sort_unstable();
            diesel::insert_into(election_ballots::table)
                .values((
                    election_ballots::token.eq(super::auth::random_token().0),
                    election_ballots::round_id.eq(round_id),
                    election_ballots::choices.eq(json!(choices).to_string()),
                    election_ballots::receipt_hash.eq(secrecy::receipt_hash(&normalise_receipt(&receipt))),
                    // Rounds take one ballot per organisation; the tag keeps
                    // a round's ballot as provably owned as a poll's.
                    election_ballots::owner_tag.eq(secrecy::owner_tag(&normalise_receipt(&receipt), organisation_id.0)),
                ))
                .execute(b.conn)?;
            record(
                b,
                now,
                &caller.actor(),
                subject.clone(),
                Event::BallotCast(Ballot { organisation: organisation_id.0, receipt_hash: None, commitment: None }),
            )?;
            Ok(Verdict::Done(RoundReceipt { round_id, organisation_id, receipt: receipt.clone() }))
        })
    }

    /// Closes a round (secretariat): counts, ranks, flags ties.
    pub fn close_round(&self, caller: &Caller, round_id: RoundId) -> AppResult<ElectionView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let (election_id, seats, state, cands): (i64, i32, PollState, String) = election_rounds::table
                .find(round_id)
                .select((
                    election_rounds::election_id,
                    election_rounds::seats,
                    election_rounds::state,
                    election_rounds::candidates,
                ))
                .first(conn)
                .optional()?
                .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingElectionRound))?;
            if state != PollState::Open {
                return Err(AppError::conflict(ErrorCode::PollClosed, Msg::PollClosed));
            }
            let assembly_id: AssemblyId =
                elections::table.find(election_id).select(elections::assembly_id).first(conn)?;
            assemblies::load_unsealed(conn, assembly_id)?;
            let cands: Vec<i64> = serde_json::from_str(&cands).map_err(AppError::internal)?;
            let absolute: bool = elections::table.find(election_id).select(elections::absolute_majority).first(conn)?;
            let urn = Urn::round(round_id.0);
            let Counted::Round(rows) = urn.counted(conn)? else {
                return Err(AppError::internal("a round's ballots read as a poll's"));
            };
            let ballots: Vec<Vec<i64>> = rows.iter().map(|(_, choices)| choices.clone()).collect();
            if urn.cast_count(conn)? as usize != ballots.len() {
                return Err(AppError::internal("election count inconsistent").with_code(ErrorCode::InconsistentCount));
            }
            let seats = u32::try_from(seats).map_err(AppError::internal)?;
            let result = count(seats, absolute, &cands, &ballots);
            let counted = RoundCount { seats, absolute_majority: absolute, candidates: &cands, result: &result };
            let document = round_seal_document(conn, round_id, ElectionId(election_id), counted, rows)?;
            let (seal_digest, seal_signature) = self.sealer.seal_canonical(&document);
            diesel::update(election_rounds::table.find(round_id))
                .set((
                    election_rounds::state.eq(PollState::Closed),
                    election_rounds::closed_at.eq(now),
                    election_rounds::result.eq(json!(result).to_string()),
                    election_rounds::seal_document.eq(&document),
                    election_rounds::seal_digest.eq(&seal_digest),
                    election_rounds::seal_signature.eq(&seal_signature),
                ))
                .execute(conn)?;
            let closed = RoundClosed {
                ballots: result.ballots,
                abstentions: result.abstentions,
                ranking: result.ranking.clone(),
                elected: result.elected.clone(),
                runoff: result.runoff.clone(),
                seats_left: result.seats_left,
                majority_needed: result.majority_needed,
                seal: seal_digest,
                signature: seal_signature,
            };
            record(conn, now, &caller.actor(), format!("round:{round_id}"), Event::RoundClosed(closed))?;
            view(conn, ElectionId(election_id))
        })
    }

    /// The organisations a delegate of `own` votes for in an open round,
    /// from its eligibility snapshot: itself, unless another holds its
    /// proxy there, and each organisation whose proxy it holds; its own
    /// first, then by name.
    pub fn round_votes_for(&self, round_id: RoundId, own: i64) -> AppResult<Vec<VoteFor>> {
        use crate::store::schema::organisations as orgs;
        self.read(|conn| {
            let eligible: String =
                election_rounds::table.find(round_id).select(election_rounds::eligible).first(conn)?;
            let eligible: Vec<(i64, Option<i64>)> = serde_json::from_str(&eligible).map_err(AppError::internal)?;
            let mut out = Vec::new();
            for (org, holder) in eligible {
                if !((org == own && holder.is_none()) || holder == Some(own)) {
                    continue;
                }
                let name: String = orgs::table.find(org).select(orgs::name).first(conn)?;
                let voted = Urn::round(round_id.0).has_voted(conn, org)?;
                out.push(VoteFor { organisation_id: org, name, voted });
            }
            Ok(VoteFor::in_order(out, own))
        })
    }

    /// A round's snapshot entry for one organisation, as [`Services::poll_entry`].
    pub fn round_entry(&self, round_id: RoundId, organisation_id: i64) -> AppResult<Entry> {
        self.read(|conn| {
            let eligible: String =
                election_rounds::table.find(round_id).select(election_rounds::eligible).first(conn)?;
            let eligible: Vec<(i64, Option<i64>)> = serde_json::from_str(&eligible).map_err(AppError::internal)?;
            Ok(Entry::from_row(eligible.into_iter().find(|(org, _)| *org == organisation_id).map(|(_, holder)| holder)))
        })
    }

    /// The election a round belongs to.
    pub fn election_of_round(&self, round_id: RoundId) -> AppResult<ElectionView> {
        self.read(|conn| {
            let id: i64 = election_rounds::table
                .find(round_id)
                .select(election_rounds::election_id)
                .first(conn)
                .optional()?
                .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingRound))?;
            view(conn, ElectionId(id))
        })
    }

    /// One election.
    pub fn get_election(&self, id: ElectionId) -> AppResult<ElectionView> {
        self.read(|conn| view(conn, id))
    }

    /// The seal digests of an election's closed rounds, by round.
    pub(crate) fn round_seals(&self, election_id: ElectionId) -> AppResult<std::collections::HashMap<i64, String>> {
        self.read(|conn| {
            let rows: Vec<(i64, Option<String>)> = election_rounds::table
                .filter(election_rounds::election_id.eq(election_id))
                .select((election_rounds::id, election_rounds::seal_digest))
                .load(conn)?;
            Ok(rows.into_iter().filter_map(|(id, d)| Some((id, d?))).collect())
        })
    }

    /// The elections of an assembly.
    pub fn list_elections(&self, assembly_id: AssemblyId) -> AppResult<Vec<ElectionView>> {
        self.read(|conn| {
            // An assembly that does not exist has no empty list: 404.
            assemblies::load(conn, assembly_id)?;
            let ids: Vec<i64> = elections::table
                .filter(elections::assembly_id.eq(assembly_id))
                .order(elections::id.asc())
                .select(elections::id)
                .load(conn)?;
            ids.into_iter().map(|id| view(conn, ElectionId(id))).collect()
        })
    }
}
