//! View models for the role pages: everything one page shows, read in one
//! place so handlers stay thin.

use super::assemblies::AssemblyView;
use super::elections::{CandidateView, ElectionView, RoundView};
use super::live::LiveView;
use super::motions::MotionView;
use super::organisations::OrganisationView;
use super::polls::{PollView, VoteFor};
use super::proxies::ProxyView;
use super::{Caller, Services};
use crate::domain::assembly::AttendanceMode;
use crate::domain::organisation::{is_voting_member, OrgKind};
use crate::domain::role::Role;
use crate::domain::speakers::SpeakerState;
use crate::error::{AppError, AppResult};
use crate::i18n::Msg;

/// An open poll on the delegate's page.
#[derive(Debug, Clone)]
pub struct DelegatePoll {
    pub motion: MotionView,
    pub poll: PollView,
    /// The organisations this delegate votes for: itself and those whose
    /// proxy it holds.
    pub votes_for: Vec<VoteFor>,
}

/// What a delegate sees.
#[derive(Debug, Clone)]
pub struct DelegateHome {
    pub organisation: OrganisationView,
    pub assembly: Option<AssemblyView>,
    pub present: Option<AttendanceMode>,
    pub polls: Vec<DelegatePoll>,
    pub closed: Vec<MotionView>,
    /// The organisation's check-in code at the assembly.
    pub code: Option<String>,
    /// The live proxy this organisation gave, with its holder's name.
    pub proxy_given: Option<(ProxyView, String)>,
    /// Why that proxy cannot be revoked now (used, or counted by an open
    /// poll), or `None` if it can.
    pub proxy_revocation_refused: Option<crate::i18n::Msg>,
    /// Whom it could give its proxy to (full active members but itself),
    /// when it may give one now.
    pub proxy_candidates: Vec<(i64, String)>,
    /// The organisation's request to speak, while queued or speaking.
    pub speaking: Option<super::speakers::SpeakerView>,
    /// Its place in the queue (1: next), while queued.
    pub queue_position: Option<usize>,
    /// Open election rounds its delegate votes in.
    pub rounds: Vec<DelegateRound>,
    /// The assembly as the live stream shows it: the page follows it.
    pub live: Option<LiveView>,
}

/// What the chair sees.
#[derive(Debug, Clone)]
pub struct ChairHome {
    pub assemblies: Vec<AssemblyView>,
    pub current: Option<AssemblyView>,
    pub live: Option<LiveView>,
    /// Each motion of the current assembly with its open or last poll.
    pub motions: Vec<(MotionView, Option<PollView>)>,
    pub elections: Vec<ElectionView>,
}

/// An open election round on the delegate's page.
#[derive(Debug, Clone)]
pub struct DelegateRound {
    pub title: String,
    pub round: RoundView,
    pub candidates: Vec<CandidateView>,
    /// Whose ballots this delegate casts in the round: its organisation's
    /// and those whose proxy it holds there.
    pub votes_for: Vec<super::polls::VoteFor>,
}

impl Services {
    /// The chair's page.
    pub fn chair_home(&self, caller: &Caller) -> AppResult<ChairHome> {
        caller.require(&[Role::Secretariat])?;
        let assemblies = self.list_assemblies(caller)?;
        let current = self.current_assembly()?;
        let elections = match &current {
            Some(a) => self.list_elections(a.id)?,
            None => vec![],
        };
        let (live, motions) = match &current {
            None => (None, vec![]),
            Some(a) => {
                let mut motions = vec![];
                for m in self.list_motions(a.id)? {
                    let poll = match m.open_poll.or(m.last_poll) {
                        Some(id) => Some(self.get_poll(caller, id)?),
                        None => None,
                    };
                    motions.push((m, poll));
                }
                (Some(self.live_view(a.id)?), motions)
            }
        };
        Ok(ChairHome { assemblies, current, live, motions, elections })
    }

    /// The delegate's page.
    pub fn delegate_home(&self, caller: &Caller) -> AppResult<DelegateHome> {
        caller.require(&[Role::Delegate])?;
        let org_id = caller.organisation_id.ok_or_else(|| AppError::not_found("organisation"))?;
        let organisation = self.read(|conn| super::organisations::load(conn, org_id))?;
        let Some(assembly) = self.current_assembly()? else {
            return Ok(DelegateHome {
                organisation,
                assembly: None,
                present: None,
                polls: vec![],
                closed: vec![],
                code: None,
                proxy_given: None,
                proxy_revocation_refused: None,
                proxy_candidates: vec![],
                speaking: None,
                queue_position: None,
                rounds: vec![],
                live: None,
            });
        };
        let lines = self.attendance_list(assembly.id)?;
        let present = lines.iter().find(|l| l.organisation.id == org_id).and_then(|l| l.present);
        let mut polls = vec![];
        for (motion, poll) in self.open_polls(assembly.id)? {
            let votes_for = self.votes_for(poll.id, org_id)?;
            polls.push(DelegatePoll { motion, poll, votes_for });
        }
        let closed = self.list_motions(assembly.id)?.into_iter().filter(|m| m.last_poll.is_some()).collect();
        let code = Some(self.checkin_code(caller, assembly.id)?);
        let name = |id: i64| {
            lines.iter().find(|l| l.organisation.id == id).map(|l| l.organisation.name.clone()).unwrap_or_default()
        };
        let proxy_given =
            self.list_proxies(assembly.id)?.into_iter().find(|p| p.grantor_id == org_id && p.state == "live").map(
                |p| {
                    let holder = name(p.holder_id);
                    (p, holder)
                },
            );
        let proxy_revocation_refused = match &proxy_given {
            Some((p, _)) => self.proxy_revocation_refused(p.id)?,
            None => None,
        };
        let may_give = proxy_given.is_none()
            && present.is_none()
            && assembly.state.accepts_attendance()
            && is_voting_member(organisation.kind, organisation.status);
        let proxy_candidates = if may_give {
            lines
                .iter()
                .filter(|l| l.organisation.id != org_id && l.organisation.kind == OrgKind::Full)
                .filter(|l| is_voting_member(l.organisation.kind, l.organisation.status))
                .map(|l| (l.organisation.id, l.organisation.name.clone()))
                .collect()
        } else {
            vec![]
        };
        let speakers = self.speakers(assembly.id)?;
        // Its place in the queue, counting the requests still waiting before it.
        let queue_position = speakers
            .iter()
            .filter(|s| s.state == SpeakerState::Queued)
            .position(|s| s.organisation_id == org_id)
            .map(|i| i + 1);
        let speaking = speakers
            .into_iter()
            .find(|s| s.organisation_id == org_id && matches!(s.state, SpeakerState::Queued | SpeakerState::Speaking));
        let mut rounds = Vec::new();
        for e in self.list_elections(assembly.id)? {
            if let Some(r) = e.rounds.iter().find(|r| r.state == crate::domain::poll::PollState::Open) {
                let votes_for = self.round_votes_for(r.id, org_id)?;
                if !votes_for.is_empty() {
                    let candidates = e.candidates.iter().filter(|c| r.candidates.contains(&c.id)).cloned().collect();
                    rounds.push(DelegateRound { title: e.title.clone(), round: r.clone(), candidates, votes_for });
                }
            }
        }
        let live = Some(self.live_view(assembly.id)?);
        Ok(DelegateHome {
            live,
            rounds,
            speaking,
            queue_position,
            organisation,
            assembly: Some(assembly),
            present,
            polls,
            closed,
            code,
            proxy_given,
            proxy_revocation_refused,
            proxy_candidates,
        })
    }

    /// The delegate's organisation, or 403.
    pub fn own_organisation(caller: &Caller) -> AppResult<i64> {
        caller.organisation_id.ok_or_else(|| AppError::forbidden("not_your_organisation", Msg::NotYourOrganisation))
    }
}
