//! What the live stream shows: the quorum, the open polls (how many voted,
//! never what), and the last result. Built from the database, so every
//! instance on one database shows the same.

use super::assemblies::{self, QuorumView};
use super::Services;
use crate::audit;
use crate::domain::poll::PollState;
use crate::domain::speakers::SpeakerState;
use crate::error::AppResult;
use crate::i18n::Msg;
use crate::store::rows::{Motion, Poll};
use crate::store::schema::{motions, polls};
use crate::store::DbConn;
use diesel::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// One poll as the live stream shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LivePoll {
    pub id: i64,
    pub motion_id: i64,
    pub title: String,
    pub state: PollState,
    pub cast: i64,
    pub eligible: i32,
    /// After the close only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<LiveResult>,
}

/// A closed poll's result.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LiveResult {
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub outcome: String,
    pub explanation: String,
}

/// The live state of one assembly.
#[derive(Debug, Clone, Serialize)]
pub struct LiveView {
    pub assembly_id: i64,
    pub title: String,
    pub state: String,
    /// The ledger head this view was read at.
    pub seq: i64,
    pub quorum: QuorumView,
    pub open_polls: Vec<LivePoll>,
    pub last_result: Option<LivePoll>,
    /// Who speaks and who waits.
    pub speakers: Vec<super::speakers::SpeakerView>,
    /// The sentences a page shows, keyed by what they bind to
    /// (`quorum`, `poll.{id}.cast`), in the catalogue's words.
    pub texts: BTreeMap<String, String>,
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
        format!("{}|{}|{}|{}|{}", self.state, open.join(","), last, self.quorum.quorate, speakers.join(","))
    }
}

fn live_poll(conn: &mut DbConn, p: &Poll, m: &Motion) -> AppResult<LivePoll> {
    // Every kind of poll: a secret poll's voters are in `participations`,
    // a tellers poll's room in `teller_organisations`.
    let cast = super::polls::cast_count(conn, p)?;
    let closed = p.state == PollState::Closed.as_str();
    let result = match (closed, p.yes, p.no, p.abstain, &p.outcome, &p.explanation) {
        (true, Some(yes), Some(no), Some(abstain), Some(outcome), Some(explanation)) => {
            Some(LiveResult { yes, no, abstain, outcome: outcome.clone(), explanation: explanation.clone() })
        }
        _ => None,
    };
    Ok(LivePoll {
        id: p.id,
        motion_id: m.id,
        title: m.title.clone(),
        state: if closed { PollState::Closed } else { PollState::Open },
        cast,
        eligible: p.eligible,
        result,
    })
}

/// Reads the live view of an assembly.
pub fn view(conn: &mut DbConn, assembly_id: i64) -> AppResult<LiveView> {
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
    for (p, m) in &rows {
        if p.state == PollState::Open.as_str() {
            open_polls.push(live_poll(conn, p, m)?);
        } else if last_result.as_ref().map(|l: &LivePoll| l.id < p.id).unwrap_or(true) {
            last_result = Some(live_poll(conn, p, m)?);
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
        Msg::PresentCount { present: (q.present + q.represented).to_string(), full: q.full_members.to_string() }.en(),
    );
    texts.insert("quorum.verdict".to_string(), if q.quorate { Msg::Quorate.en() } else { Msg::NotQuorate.en() });
    for p in &open_polls {
        texts.insert(
            format!("poll.{}.cast", p.id),
            Msg::VotesCastSoFar { cast: p.cast.to_string(), eligible: p.eligible.to_string() }.en(),
        );
    }
    Ok(LiveView { assembly_id, title: a.title, state: a.state, seq, quorum, open_polls, last_result, speakers, texts })
}

impl Services {
    /// The live view of an assembly now.
    pub fn live_view(&self, assembly_id: i64) -> AppResult<LiveView> {
        self.read(|conn| view(conn, assembly_id))
    }

    /// The ledger head, if it moved past `seen`, with fresh views of the
    /// given assemblies (one cheap query when nothing changed).
    pub fn live_changes(&self, seen: i64, assemblies: &[i64]) -> AppResult<Option<(i64, Vec<LiveView>)>> {
        self.read(|conn| {
            let head = audit::head(conn)?.map(|(s, _)| s).unwrap_or(0);
            if head == seen {
                return Ok(None);
            }
            let mut views = Vec::new();
            for id in assemblies {
                views.push(view(conn, *id)?);
            }
            Ok(Some((head, views)))
        })
    }
}
