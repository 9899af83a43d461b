//! What the live stream shows: the quorum, the open polls and election
//! rounds (how many voted, never what), and the last results. Built from
//! the database, so every instance on one database shows the same; every
//! count is the one the API gives (`voting::Urn::cast_count`).

use super::assemblies::{self, QuorumView};
use super::Services;
use crate::audit;
use crate::domain::assembly::AssemblyState;
use crate::domain::election::RoundResult;
use crate::domain::ids::{AssemblyId, ElectionId, MotionId};
use crate::domain::poll::PollState;
use crate::domain::speakers::SpeakerState;
use crate::error::{AppError, AppResult};
use crate::i18n::{Msg, Said};
use crate::store::rows::{Assembly, Motion, Poll};
use crate::store::schema::{agenda_items, candidates, election_rounds, elections, motions, polls};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// One poll as the live stream shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LivePoll {
    pub id: i64,
    pub motion_id: MotionId,
    pub title: String,
    /// Roll call, secret or tellers: the room is told how it votes.
    pub ballot: crate::domain::poll::BallotType,
    pub state: PollState,
    pub cast: i64,
    pub eligible: i32,
    /// After the close only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<LiveResult>,
    /// While a public poll is open, who has not voted yet, in words (sent
    /// as the text `poll.{id}.waiting`); never for a secret poll.
    #[serde(skip)]
    pub waiting: Option<Said>,
}

/// A closed poll's result.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LiveResult {
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub outcome: crate::domain::majority::Outcome,
    pub explanation: String,
    /// The decision in words, line by line, as the result page says it.
    pub in_words: Vec<Said>,
}

/// One election round as the live stream shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LiveRound {
    pub id: i64,
    pub election_id: ElectionId,
    /// The election's title.
    pub title: String,
    pub round: i32,
    pub seats: i32,
    pub cast: i64,
    pub eligible: i64,
    /// After the close only: each candidate with its approvals, most first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Vec<LiveStanding>>,
    /// After the close only: the seats this round left to fill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seats_left: Option<u32>,
    /// After the close only: everyone the election has elected so far,
    /// in this round and the rounds before it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub elected_so_far: Vec<String>,
}

/// A candidate's line in a closed round.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LiveStanding {
    pub name: String,
    pub votes: u64,
    pub elected: bool,
    /// Tied for the last seat: in the run-off (said only when so).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub runoff: bool,
}

/// The live state of one assembly.
#[derive(Debug, Clone, Serialize)]
pub struct LiveView {
    pub assembly_id: AssemblyId,
    pub title: String,
    pub state: AssemblyState,
    /// The ledger head this view was read at.
    pub seq: i64,
    pub quorum: QuorumView,
    pub open_polls: Vec<LivePoll>,
    pub last_result: Option<LivePoll>,
    pub open_rounds: Vec<LiveRound>,
    /// The last closed election round, with its result.
    pub last_round: Option<LiveRound>,
    /// Whether the last round was decided after the last poll (the
    /// projector shows the one decided last).
    #[serde(skip)]
    pub round_is_latest: bool,
    /// Who speaks and who waits.
    pub speakers: Vec<super::speakers::SpeakerView>,
    /// The agenda item the chair has taken up: "3. Accounts 2026".
    pub current_item: Option<String>,
    /// The chair finished the agenda: no item, and none next.
    pub agenda_finished: bool,
    /// The server's time when this view was read (a speaker's running time
    /// is counted from it, not from the browser's clock).
    #[serde(skip)]
    pub now: String,
    /// The sentences a page shows, keyed by what they bind to
    /// (`quorum`, `poll.{id}.cast`), in the catalogue's words.
    pub texts: BTreeMap<String, Said>,
}

impl LiveView {
    /// What, when it changes, calls for a fresh page rather than new
    /// numbers: the state, the open polls, the last result, the quorum's verdict.
    /// (`static/plenum.js` computes the same from the stream.)
    pub fn structure(&self) -> String {
        let open: Vec<String> = self.open_polls.iter().map(|p| p.id.to_string()).collect();
        let last = self.last_result.as_ref().map(|p| p.id.to_string()).unwrap_or_default();
        let speakers: Vec<String> =
            self.speakers.iter().map(|s| format!("{}{}", s.id, &s.state.as_str()[..1])).collect();
        let rounds: Vec<String> = self.open_rounds.iter().map(|r| r.id.to_string()).collect();
        let last_round = self.last_round.as_ref().map(|r| r.id.to_string()).unwrap_or_default();
        format!(
            "{}|{}|{}|{}|{}|{}|{}|{}|{}",
            self.state,
            open.join(","),
            last,
            self.quorum.quorate,
            speakers.join(","),
            rounds.join(","),
            last_round,
            self.current_item.as_deref().unwrap_or_default(),
            self.agenda_finished
        )
    }
}

fn live_poll(conn: &mut DbConn, p: &Poll, m: &Motion, a: &Assembly) -> AppResult<LivePoll> {
    let urn = super::voting::Urn::poll(p);
    let cast = urn.cast_count(conn)?;
    let closed = p.state == PollState::Closed;
    let result = match (closed, p.yes, p.no, p.abstain, &p.outcome, &p.explanation) {
        (true, Some(yes), Some(no), Some(abstain), Some(outcome), Some(explanation)) => {
            let in_words = super::polls::decision_of(p, m, a)?
                .map(|d| crate::i18n::describe_said(&d).into_iter().map(Said).collect())
                .unwrap_or_default();
            Some(LiveResult { yes, no, abstain, outcome: *outcome, explanation: explanation.clone(), in_words })
        }
        _ => None,
    };
    let waiting = match closed {
        true => None,
        false => urn.waiting_for(conn)?.map(|names| waiting_text(&names)),
    };
    Ok(LivePoll {
        id: p.id.0,
        motion_id: m.id,
        title: m.title.clone(),
        ballot: p.ballot_type,
        state: if closed { PollState::Closed } else { PollState::Open },
        cast,
        eligible: p.eligible,
        result,
        waiting,
    })
}

/// How many names the chair is shown of those who have not voted; the rest
/// are counted.
const WAITING_NAMED: usize = 20;

/// "Not voted yet: A, B and 3 more." / "Every organisation has voted."
fn waiting_text(names: &[String]) -> Said {
    if names.is_empty() {
        return Said(Msg::EveryoneVoted);
    }
    let shown = names.iter().take(WAITING_NAMED).cloned().collect::<Vec<_>>().join(", ");
    match names.len().saturating_sub(WAITING_NAMED) {
        0 => Said(Msg::NotVotedYet { names: shown }),
        more => Said(Msg::NotVotedYetMore { names: shown, more: more.into() }),
    }
}

/// Reads the live view of an assembly.
pub fn view(conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<LiveView> {
    let seq = audit::head(conn)?.map(|(s, _)| s).unwrap_or(0);
    let a = assemblies::load(conn, assembly_id)?;
    let quorum = assemblies::quorum_status(conn, &a)?.into();
    let rows: Vec<(Poll, Motion)> = polls::table
        .inner_join(motions::table)
        .filter(motions::assembly_id.eq(assembly_id))
        .order(polls::id.asc())
        .select((Poll::as_select(), Motion::as_select()))
        .load(conn)?;
    let mut open_polls = Vec::new();
    let mut last_result = None;
    let mut poll_closed_at = None;
    for (p, m) in &rows {
        if p.state == PollState::Open {
            open_polls.push(live_poll(conn, p, m, &a)?);
        } else if last_result.as_ref().map(|l: &LivePoll| l.id < p.id.0).unwrap_or(true) {
            last_result = Some(live_poll(conn, p, m, &a)?);
            poll_closed_at = p.closed_at;
        }
    }
    let speakers: Vec<super::speakers::SpeakerView> = super::speakers::list(conn, assembly_id)?
        .into_iter()
        .filter(|s| matches!(s.state, SpeakerState::Queued | SpeakerState::Speaking))
        .collect();
    let mut texts = BTreeMap::new();
    let q: &QuorumView = &quorum;
    texts.insert(
        "quorum".to_string(),
        Said(Msg::PresentCount { present: (q.present + q.represented).into(), full: q.full_members.into() }),
    );
    texts.insert("quorum.verdict".to_string(), Said(if q.quorate { Msg::Quorate } else { Msg::NotQuorate }));
    for p in &open_polls {
        texts.insert(
            format!("poll.{}.cast", p.id),
            Said(Msg::VotesCastSoFar { cast: p.cast.into(), eligible: p.eligible.into() }),
        );
        texts.insert(format!("poll.{}.missing", p.id), Said(crate::i18n::still_to_vote(p.cast, p.eligible.into())));
        if let Some(waiting) = &p.waiting {
            texts.insert(format!("poll.{}.waiting", p.id), waiting.clone());
        }
    }
    let (open_rounds, last_round) = rounds(conn, assembly_id)?;
    // Which was decided last, the round or the poll: the projector shows it.
    let round_is_latest = match (&last_round, &last_result) {
        (Some(_), None) => true,
        (Some((_, round_closed)), Some(_)) => round_closed >= &poll_closed_at,
        (None, _) => false,
    };
    let last_round = last_round.map(|(r, _)| r);
    for r in &open_rounds {
        texts.insert(
            format!("round.{}.cast", r.id),
            Said(Msg::VotesCastSoFar { cast: r.cast.into(), eligible: r.eligible.into() }),
        );
        texts.insert(format!("round.{}.missing", r.id), Said(crate::i18n::still_to_vote(r.cast, r.eligible)));
    }
    // After the close no item is "now".
    let over = matches!(a.state, AssemblyState::Closed | AssemblyState::MinutesApproved);
    let current_item = match a.current_item_id.filter(|_| !over) {
        Some(id) => agenda_items::table
            .find(id)
            .select((agenda_items::position, agenda_items::title))
            .first::<(i32, String)>(conn)
            .optional()?
            .map(|(position, title)| format!("{position}. {title}")),
        None => None,
    };
    Ok(LiveView {
        assembly_id,
        title: a.title,
        current_item,
        agenda_finished: a.agenda_finished,
        now: String::new(),
        state: a.state,
        seq,
        quorum,
        open_polls,
        last_result,
        open_rounds,
        last_round,
        round_is_latest,
        speakers,
        texts,
    })
}

/// The last closed election round, and when it closed.
type LastRound = Option<(LiveRound, Option<NaiveDateTime>)>;

/// The assembly's open election rounds, and its last closed one.
fn rounds(conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<(Vec<LiveRound>, LastRound)> {
    type Row = (i64, i64, String, i32, i32, PollState, String, Option<String>, Option<NaiveDateTime>);
    let rows: Vec<Row> = election_rounds::table
        .inner_join(elections::table)
        .filter(elections::assembly_id.eq(assembly_id))
        .order(election_rounds::id.asc())
        .select((
            election_rounds::id,
            elections::id,
            elections::title,
            election_rounds::round,
            election_rounds::seats,
            election_rounds::state,
            election_rounds::eligible,
            election_rounds::result,
            election_rounds::closed_at,
        ))
        .load(conn)?;
    let mut open = Vec::new();
    let mut last = None;
    // Each election's elected so far, round by round.
    let mut elected: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for (id, election_id, title, round, seats, state, eligible, result, closed_at) in rows {
        let eligible: Vec<serde_json::Value> = serde_json::from_str(&eligible).map_err(AppError::internal)?;
        let mut live = LiveRound {
            id,
            election_id: ElectionId(election_id),
            title,
            round,
            seats,
            cast: super::voting::Urn::round(id).cast_count(conn)?,
            eligible: eligible.len() as i64,
            result: None,
            seats_left: None,
            elected_so_far: Vec::new(),
        };
        if state == PollState::Open {
            open.push(live);
        } else if let Some(result) = result {
            let result: RoundResult = serde_json::from_str(&result).map_err(AppError::internal)?;
            let names: BTreeMap<i64, String> = candidates::table
                .filter(candidates::election_id.eq(election_id))
                .select((candidates::id, candidates::name))
                .load(conn)?
                .into_iter()
                .collect();
            live.result = Some(
                result
                    .ranking
                    .iter()
                    .map(|s| LiveStanding {
                        name: names.get(&s.candidate).cloned().unwrap_or_default(),
                        votes: s.votes,
                        elected: result.elected.contains(&s.candidate),
                        runoff: result.runoff.contains(&s.candidate),
                    })
                    .collect(),
            );
            let so_far = elected.entry(election_id).or_default();
            so_far.extend(result.elected.iter().map(|c| names.get(c).cloned().unwrap_or_default()));
            live.seats_left = Some(result.seats_left);
            live.elected_so_far = so_far.clone();
            last = Some((live, closed_at));
        }
    }
    Ok((open, last))
}

impl Services {
    /// The live view of an assembly now.
    pub fn live_view(&self, assembly_id: AssemblyId) -> AppResult<LiveView> {
        let now = super::api_time(self.clock.now());
        self.read(|conn| view(conn, assembly_id)).map(|v| LiveView { now, ..v })
    }

    /// The ledger head, if it moved past `seen`, with fresh views of the
    /// given assemblies (one cheap query when nothing changed).
    pub fn live_changes(&self, seen: i64, assemblies: &[i64]) -> AppResult<Option<(i64, Vec<LiveView>)>> {
        let now = super::api_time(self.clock.now());
        self.read(|conn| {
            let head = audit::head(conn)?.map(|(s, _)| s).unwrap_or(0);
            if head == seen {
                return Ok(None);
            }
            let mut views = Vec::new();
            for id in assemblies {
                views.push(LiveView { now: now.clone(), ..view(conn, AssemblyId(*id))? });
            }
            Ok(Some((head, views)))
        })
    }
}
