//! View models for the role pages: everything one page shows, read in one
//! place so handlers stay thin.

use super::assemblies::AssemblyView;
use super::elections::{CandidateView, ElectionView, RoundView};
use super::live::LiveView;
use super::motions::MotionView;
use super::organisations::OrganisationView;
use super::polls::PollView;
use super::proxies::ProxyView;
use super::voting::VoteFor;
use super::{Caller, Services};
use crate::domain::assembly::AttendanceMode;
use crate::domain::eligibility::{may_cast, Entry, Refusal};
use crate::domain::ids::{AssemblyId, RoundId};
use crate::domain::organisation::{is_voting_member, OrgKind};
use crate::domain::poll::BallotType;
use crate::domain::role::Role;
use crate::domain::speakers::SpeakerState;
use crate::error::ErrorCode;
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
    /// Why its own organisation does not vote here, when it does not.
    pub why_not: Option<Msg>,
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
    /// What each of the assembly's polls and election rounds was about, to
    /// name the receipts the delegate's browser keeps.
    pub poll_titles: Vec<(i64, String)>,
    pub round_titles: Vec<(i64, String)>,
    /// The organisations whose proxy it holds at the assembly, by name.
    pub proxies_held: Vec<(i64, String)>,
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
    /// The current assembly's agenda, in order.
    pub agenda: Vec<super::agenda::AgendaItemView>,
    /// The current assembly's display links that still work.
    /// Every display link still working, the current assembly's and any
    /// other's.
    pub displays: Vec<super::displays::DisplayView>,
}

/// An open election round on the delegate's page.
#[derive(Debug, Clone)]
pub struct DelegateRound {
    pub title: String,
    pub round: RoundView,
    pub candidates: Vec<CandidateView>,
    /// Whose ballots this delegate casts in the round: its organisation's
    /// and those whose proxy it holds there.
    pub votes_for: Vec<VoteFor>,
    /// Why its own organisation does not vote here, when it does not.
    pub why_not: Option<Msg>,
}

/// A ballot as its delegate is asked to confirm it before it is cast.
#[derive(Debug, Clone)]
pub struct BallotToConfirm {
    /// The motion's title, or the election's with its round.
    pub title: String,
    /// The organisation whose ballot it is.
    pub organisation_id: i64,
    pub organisation: String,
    /// A poll's ballot type; `None` for an election round (always secret).
    pub ballot: Option<BallotType>,
    /// An election round's seats, candidates, and the ones chosen.
    pub seats: i32,
    pub candidates: Vec<CandidateView>,
    pub chosen: Vec<i64>,
    /// Whether the assembly lets a vote be changed with its receipt.
    pub vote_changes: bool,
    /// Why it cannot be cast as it stands, if it cannot.
    pub refused: Option<Msg>,
}

/// An election round as a delegate reads it: "Board, round 2".
fn round_title(e: &ElectionView, r: &RoundView) -> String {
    Msg::RoundOf { election: e.title.clone(), round: r.round.to_string() }.here()
}

impl Services {
    /// The chair's page.
    pub fn chair_home(&self, caller: &Caller) -> AppResult<ChairHome> {
        caller.require(&[Role::Secretariat])?;
        let assemblies = self.list_assemblies(caller)?;
        let current = self.current_assembly()?;
        let (elections, agenda) = match &current {
            Some(a) => (self.list_elections(a.id)?, self.agenda_items(a.id)?),
            None => (vec![], vec![]),
        };
        let displays = self.list_all_displays(caller)?;
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
        Ok(ChairHome { assemblies, current, live, motions, elections, agenda, displays })
    }

    /// The delegate's page.
    pub fn delegate_home(&self, caller: &Caller) -> AppResult<DelegateHome> {
        caller.require(&[Role::Delegate])?;
        let org_id = caller.organisation_id.ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingOrganisation))?;
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
                poll_titles: vec![],
                round_titles: vec![],
                proxies_held: vec![],
            });
        };
        let lines = self.attendance_list(assembly.id)?;
        let present = lines.iter().find(|l| l.organisation.id == org_id).and_then(|l| l.present);
        let mut polls = vec![];
        for (motion, poll) in self.open_polls(assembly.id)? {
            let votes_for = self.votes_for(poll.id, org_id)?;
            let why_not = match votes_for.iter().any(|v| v.organisation_id == org_id) {
                true => None,
                false => Some(self.why_not(self.poll_entry(poll.id, org_id)?, &organisation, present.is_some())?),
            };
            polls.push(DelegatePoll { motion, poll, votes_for, why_not });
        }
        let motions = self.list_motions(assembly.id)?;
        // In the reader's language where the motion has a translation, as
        // its card and its confirmation showed it.
        let here = crate::i18n::current();
        let poll_titles = motions
            .iter()
            .flat_map(|m| {
                [m.open_poll, m.last_poll].into_iter().flatten().map(move |p| (p, m.title_for(here).to_string()))
            })
            .collect();
        let closed = motions.into_iter().filter(|m| m.last_poll.is_some()).collect();
        let code = Some(self.checkin_code(caller, assembly.id)?);
        let name = |id: i64| {
            lines.iter().find(|l| l.organisation.id == id).map(|l| l.organisation.name.clone()).unwrap_or_default()
        };
        let proxies = self.list_proxies(assembly.id)?;
        let proxies_held =
            proxies.iter().filter(|p| p.holder_id == org_id).map(|p| (p.grantor_id, name(p.grantor_id))).collect();
        let proxy_given = proxies.into_iter().find(|p| p.grantor_id == org_id && p.state == "live").map(|p| {
            let holder = name(p.holder_id);
            (p, holder)
        });
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
        let mut round_titles = Vec::new();
        for e in self.list_elections(assembly.id)? {
            for r in &e.rounds {
                round_titles.push((r.id, round_title(&e, r)));
            }
            if let Some(r) = e.rounds.iter().find(|r| r.state == crate::domain::poll::PollState::Open) {
                let votes_for = self.round_votes_for(RoundId(r.id), org_id)?;
                let why_not = match votes_for.iter().any(|v| v.organisation_id == org_id) {
                    true => None,
                    false => Some(self.why_not(
                        self.round_entry(RoundId(r.id), org_id)?,
                        &organisation,
                        present.is_some(),
                    )?),
                };
                let candidates = e.candidates.iter().filter(|c| r.candidates.contains(&c.id)).cloned().collect();
                rounds.push(DelegateRound { title: e.title.clone(), round: r.clone(), candidates, votes_for, why_not });
            }
        }
        let live = Some(self.live_view(assembly.id)?);
        Ok(DelegateHome {
            live,
            poll_titles,
            round_titles,
            proxies_held,
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

    /// Why a delegate's own organisation does not vote in a poll or round
    /// whose snapshot gives it `entry`: in words for the delegate.
    fn why_not(&self, entry: Entry, own: &OrganisationView, present: bool) -> AppResult<Msg> {
        Ok(match may_cast(entry, own.id, own.kind, own.status) {
            Err(Refusal::Affiliate) => Msg::WhyNotAffiliate,
            Err(Refusal::Suspended) => Msg::WhyNotSuspended,
            Err(Refusal::RepresentedBy(holder)) => {
                let holder = self.read(|conn| super::organisations::load(conn, holder))?;
                Msg::RepresentedByProxy { org: holder.name }
            }
            Err(Refusal::NotEligible) if present => Msg::WhyNotArrivedLate,
            // Eligible after all (the page raced the opening): nothing to explain.
            Err(Refusal::NotEligible) | Ok(()) => Msg::WhyNotAbsent,
        })
    }

    /// The organisation whose ballot a confirmation is for, by name, and why
    /// it cannot be cast if it cannot: already cast, or (for the delegate's
    /// own organisation, outside `votes_for`) why it does not vote there,
    /// from its snapshot `entry`. Another organisation's is 403.
    fn whose_ballot(
        &self,
        votes_for: &[VoteFor],
        target: i64,
        own: i64,
        assembly_id: AssemblyId,
        entry: impl FnOnce() -> AppResult<Entry>,
    ) -> AppResult<(String, Option<Msg>)> {
        Ok(match votes_for.iter().find(|v| v.organisation_id == target) {
            Some(v) if v.voted => (v.name.clone(), Some(Msg::AlreadyVoted { org: v.name.clone() })),
            Some(v) => (v.name.clone(), None),
            None if target != own => {
                return Err(AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation))
            }
            None => {
                let org = self.read(|conn| super::organisations::load(conn, own))?;
                let present =
                    self.attendance_list(assembly_id)?.iter().any(|l| l.organisation.id == own && l.present.is_some());
                let why = self.why_not(entry()?, &org, present)?;
                (org.name, Some(why))
            }
        })
    }

    /// A poll's ballot as the delegate is asked to confirm it: the motion,
    /// the organisation, the ballot type, and why it cannot be cast if it
    /// cannot (the cast itself checks again).
    pub fn poll_ballot_to_confirm(
        &self,
        caller: &Caller,
        poll_id: i64,
        organisation_id: Option<i64>,
    ) -> AppResult<BallotToConfirm> {
        caller.require(&[Role::Delegate])?;
        let own = Self::own_organisation(caller)?;
        let poll = self.get_poll_unchecked(poll_id)?;
        let motion = self.get_motion(poll.motion_id)?;
        let assembly = self.get_assembly(caller, motion.assembly_id)?;
        let target = organisation_id.unwrap_or(own);
        let votes_for = self.votes_for(poll_id, own)?;
        let (organisation, refused) =
            self.whose_ballot(&votes_for, target, own, assembly.id, || self.poll_entry(poll_id, own))?;
        let refused = match poll.state {
            crate::domain::poll::PollState::Open => refused,
            _ => Some(Msg::PollClosed),
        };
        Ok(BallotToConfirm {
            // In the reader's language where the motion is translated into it.
            title: motion.title_for(crate::i18n::current()).to_string(),
            organisation_id: target,
            organisation,
            ballot: Some(poll.ballot),
            seats: 0,
            candidates: vec![],
            chosen: vec![],
            vote_changes: assembly.vote_changes,
            refused,
        })
    }

    /// An election round's ballot as the delegate is asked to confirm it,
    /// with the candidates chosen; too many, or one not standing, is said
    /// here, before anything is cast.
    pub fn round_ballot_to_confirm(
        &self,
        caller: &Caller,
        round_id: i64,
        organisation_id: Option<i64>,
        chosen: Vec<i64>,
    ) -> AppResult<BallotToConfirm> {
        caller.require(&[Role::Delegate])?;
        let own = Self::own_organisation(caller)?;
        let election = self.election_of_round(RoundId(round_id))?;
        let round = election
            .rounds
            .iter()
            .find(|r| r.id == round_id)
            .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingRound))?;
        let assembly = self.get_assembly(caller, election.assembly_id)?;
        let target = organisation_id.unwrap_or(own);
        let votes_for = self.round_votes_for(RoundId(round_id), own)?;
        let (organisation, mut refused) =
            self.whose_ballot(&votes_for, target, own, assembly.id, || self.round_entry(RoundId(round_id), own))?;
        let candidates: Vec<CandidateView> =
            election.candidates.iter().filter(|c| round.candidates.contains(&c.id)).cloned().collect();
        let mut unique = chosen.clone();
        unique.sort_unstable();
        unique.dedup();
        if refused.is_none() {
            if unique.len() != chosen.len() || chosen.iter().any(|id| !candidates.iter().any(|c| c.id == *id)) {
                refused = Some(Msg::BallotCandidatesInvalid);
            } else if chosen.len() > usize::try_from(round.seats).unwrap_or(0) {
                refused = Some(Msg::TooManyChoices { max: round.seats.into() });
            }
        }
        if round.state != crate::domain::poll::PollState::Open {
            refused = Some(Msg::PollClosed);
        }
        Ok(BallotToConfirm {
            title: round_title(&election, round),
            organisation_id: target,
            organisation,
            ballot: None,
            seats: round.seats,
            candidates,
            chosen,
            vote_changes: false,
            refused,
        })
    }

    /// The delegate's organisation, or 403.
    pub fn own_organisation(caller: &Caller) -> AppResult<i64> {
        caller
            .organisation_id
            .ok_or_else(|| AppError::forbidden(ErrorCode::NotYourOrganisation, Msg::NotYourOrganisation))
    }
}
