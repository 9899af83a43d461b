//! Assemblies: creation, lifecycle, quorum.

use super::{api_time, record, Caller, Services};
use crate::audit::checkpoint;
use crate::audit::event::{AgendaLine, AssemblyCreated, AssemblyTransition, Event};
use crate::audit::seal::Sealer;
use crate::audit::Actor;
use crate::config::AssemblyRules;
use crate::domain::assembly::{default_quorum, notice_check, AssemblyFormat, AssemblyKind, AssemblyState};
use crate::domain::fraction::Fraction;
use crate::domain::ids::AssemblyId;
use crate::domain::quorum::{QuorumRule, QuorumStatus};
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::{Languages, LanguagesError, Msg};
pub use crate::input::{AgendaInput, NewAssemblyInput, QuorumInput};
use crate::store::rows::{Assembly, NewAgendaItem, NewAssembly};
use crate::store::schema::{agenda_items, assemblies};
use crate::store::DbConn;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

/// An assembly as the API and pages show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AssemblyView {
    pub id: AssemblyId,
    pub title: String,
    pub kind: AssemblyKind,
    pub format: AssemblyFormat,
    pub venue: String,
    pub starts_at: String,
    pub convocation: i32,
    pub state: AssemblyState,
    /// `null` when no quorum is required.
    pub quorum: Option<Fraction>,
    pub proxy_cap: i32,
    pub notice_sent_on: Option<NaiveDate>,
    pub vote_changes: bool,
    pub motion_deadline: Option<String>,
    /// The agenda item the chair has taken up, if any.
    pub current_item: Option<i64>,
    /// The chair finished the agenda (`current_item` is then null, as it is
    /// before the first item is taken up).
    pub agenda_finished: bool,
    pub next_states: Vec<AssemblyState>,
    /// The official languages (BCP 47 tags), the first the one the minutes
    /// are offered in first.
    pub languages: Vec<String>,
    /// The video conference remote delegates join, if any.
    pub remote_link: Option<String>,
    /// What the secretariat should look at, e.g. a notice sent too late.
    pub warnings: Vec<Warning>,
}

/// A warning: a machine code and a sentence.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
}

impl AssemblyView {
    /// The view of a row, with warnings against a notice period of `notice_days`.
    pub fn from_row(a: &Assembly, notice_days: i64) -> AppResult<Self> {
        let state = a.state;
        let mut warnings = Vec::new();
        if let Some(sent) = a.notice_sent_on {
            if let Some(short) = notice_check(a.starts_at.date(), sent, notice_days) {
                warnings.push(Warning {
                    code: "short_notice",
                    message: Msg::ShortNotice { given: short.given.into(), required: short.required.into() }.here(),
                });
            }
        } else if state != AssemblyState::Draft {
            warnings.push(Warning { code: "notice_date_missing", message: Msg::NoticeDateMissing.here() });
        }
        Ok(AssemblyView {
            id: a.id,
            title: a.title.clone(),
            kind: a.kind,
            format: a.format,
            venue: a.venue.clone(),
            starts_at: api_time(a.starts_at),
            convocation: a.convocation,
            state,
            quorum: quorum_rule(a).0,
            proxy_cap: a.proxy_cap,
            notice_sent_on: a.notice_sent_on,
            vote_changes: a.vote_changes,
            motion_deadline: a.motion_deadline.map(api_time),
            current_item: a.current_item_id,
            agenda_finished: a.agenda_finished,
            next_states: state.next_states().to_vec(),
            languages: official_languages(a).tags(),
            remote_link: a.remote_link.clone(),
            warnings,
        })
    }
}

/// The official languages stored with an assembly.
pub fn official_languages(a: &Assembly) -> Languages {
    Languages::from_stored(&a.languages)
}

/// Official languages as given, checked: each a language plenum speaks.
pub fn languages_given(tags: &[String]) -> AppResult<Languages> {
    Languages::from_tags(tags).map_err(|e| match e {
        LanguagesError::Empty => AppError::bad_request(ErrorCode::UnknownLanguage, Msg::NoOfficialLanguage),
        LanguagesError::Unknown(tag) => AppError::unknown_language(&tag, crate::i18n::Lang::ALL),
    })
}

/// The longest remote link kept.
const REMOTE_LINK_MAX: usize = 500;

/// A remote link as given, checked: an absolute `https://` or `http://`
/// address a delegate can open (no spaces, no other scheme, at most
/// [`REMOTE_LINK_MAX`] characters); an empty text is none.
pub fn remote_link_given(given: Option<&str>) -> AppResult<Option<String>> {
    let Some(text) = given.map(str::trim).filter(|t| !t.is_empty()) else { return Ok(None) };
    let bad = || AppError::bad_request(ErrorCode::InvalidRemoteLink, Msg::RemoteLinkInvalid);
    if text.chars().count() > REMOTE_LINK_MAX || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let parsed = url::Url::parse(text).map_err(|_| bad())?;
    if !matches!(parsed.scheme(), "https" | "http") || parsed.host_str().is_none_or(str::is_empty) {
        return Err(bad());
    }
    Ok(Some(parsed.to_string()))
}

/// The quorum rule stored with an assembly.
pub fn quorum_rule(a: &Assembly) -> QuorumRule {
    QuorumRule(a.quorum_required.then_some(Fraction {
        numerator: u32::try_from(a.quorum_numerator).unwrap_or(0),
        denominator: u32::try_from(a.quorum_denominator).unwrap_or(1),
        strict: a.quorum_strict,
    }))
}

/// Loads an assembly or 404.
pub fn load(conn: &mut DbConn, id: AssemblyId) -> AppResult<Assembly> {
    assemblies::table
        .find(id)
        .select(Assembly::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingAssembly))
}

/// Loads an assembly whose business may still change, or refuses with 409
/// `assembly_closed`: once it is closed nothing in its session changes
/// (attendance, motions, speakers, proxies, elections, polls, the room's
/// counts), so the minutes describe a record that stays as they say.
pub fn load_open(conn: &mut DbConn, id: AssemblyId) -> AppResult<Assembly> {
    let a = load(conn, id)?;
    let state = a.state;
    if !state.accepts_business() {
        return Err(AppError::conflict(
            ErrorCode::AssemblyClosed,
            Msg::AssemblyClosedForChanges { state: crate::i18n::state_label(state).into() },
        ));
    }
    Ok(a)
}

/// Loads an assembly whose minutes are not approved yet, or refuses with
/// 409 `minutes_approved`. For closing a poll or an election round left
/// open when the assembly was closed before closing required every vote
/// closed: the chair closes it (its ballots were all cast in session)
/// before the minutes can be approved, never after.
pub fn load_unsealed(conn: &mut DbConn, id: AssemblyId) -> AppResult<Assembly> {
    let a = load(conn, id)?;
    if a.state == AssemblyState::MinutesApproved {
        return Err(AppError::conflict(ErrorCode::MinutesApproved, Msg::MinutesFrozen));
    }
    Ok(a)
}

/// What is still open for votes at an assembly, named for a sentence: its
/// open polls (by motion) and open election rounds.
pub fn open_votes(conn: &mut DbConn, id: AssemblyId) -> AppResult<Vec<Msg>> {
    use crate::domain::poll::PollState;
    use crate::store::schema::{election_rounds, elections, motions, polls};
    let open = PollState::Open.as_str();
    let poll_titles: Vec<String> = polls::table
        .inner_join(motions::table)
        .filter(motions::assembly_id.eq(id))
        .filter(polls::state.eq(open))
        .order(polls::id.asc())
        .select(motions::title)
        .load(conn)?;
    let rounds: Vec<(i32, String)> = election_rounds::table
        .inner_join(elections::table)
        .filter(elections::assembly_id.eq(id))
        .filter(election_rounds::state.eq(open))
        .order(election_rounds::id.asc())
        .select((election_rounds::round, elections::title))
        .load(conn)?;
    let mut what: Vec<Msg> = poll_titles.into_iter().map(|title| Msg::OpenPollOn { title }).collect();
    what.extend(rounds.into_iter().map(|(round, title)| Msg::OpenRoundOf { round: round.to_string(), title }));
    Ok(what)
}

/// Inserts an assembly in `draft` with its agenda, audited.
pub fn insert(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    rules: AssemblyRules,
    input: &NewAssemblyInput,
) -> AppResult<Assembly> {
    let title = input.title.trim();
    if title.is_empty() {
        return Err(AppError::bad_request(
            ErrorCode::InvalidTitle,
            Msg::TextEmpty { field: Box::new(Msg::FieldTitle) },
        ));
    }
    let convocation = input.convocation.unwrap_or(1);
    if !(1..=2).contains(&convocation) {
        return Err(AppError::bad_request(
            ErrorCode::InvalidConvocation,
            Msg::NumberOutOfRange { field: Box::new(Msg::FieldConvocation), min: "1".into(), max: "2".into() },
        ));
    }
    let quorum = match &input.quorum {
        None => default_quorum(convocation, rules.quorum, rules.second_convocation_quorum),
        Some(QuorumInput::Required(true)) => Some(rules.quorum),
        Some(QuorumInput::Required(false)) => None,
        Some(QuorumInput::Fraction(f)) => Some(*f),
    };
    if let Some(f) = quorum {
        f.validate().map_err(|e| {
            AppError::bad_request(ErrorCode::InvalidQuorum, Msg::InvalidFraction { detail: format!("{e:?}") })
        })?;
    }
    let proxy_cap = input.proxy_cap.unwrap_or(rules.proxy_cap);
    if proxy_cap == 0 {
        return Err(AppError::bad_request(
            ErrorCode::InvalidProxyCap,
            Msg::NumberAtLeast { field: Box::new(Msg::FieldProxyCap), min: 1.into() },
        ));
    }
    let languages = match &input.languages {
        Some(tags) => languages_given(tags)?,
        None => Languages::one(rules.language),
    };
    let remote_link = remote_link_given(input.remote_link.as_deref())?;
    let f = quorum.unwrap_or(rules.quorum);
    let kind = input.kind.unwrap_or(AssemblyKind::Ordinary);
    let venue = input.venue.as_deref().unwrap_or("").trim();
    let to_i32 =
        |v: u32| i32::try_from(v).map_err(|_| AppError::bad_request(ErrorCode::OutOfRange, Msg::NumberTooLarge));
    let id: i64 = diesel::insert_into(assemblies::table)
        .values(NewAssembly {
            title,
            kind,
            format: input.format,
            venue,
            starts_at: input.starts_at.naive_utc(),
            convocation,
            state: AssemblyState::Draft,
            quorum_required: quorum.is_some(),
            quorum_numerator: to_i32(f.numerator)?,
            quorum_denominator: to_i32(f.denominator)?,
            quorum_strict: f.strict,
            proxy_cap: to_i32(proxy_cap)?,
            created_at: now,
            notice_sent_on: input.notice_sent_on,
            checkin_salt: Some(super::auth::random_token().0),
            vote_changes: input.vote_changes.unwrap_or(rules.vote_changes),
            motion_deadline: input.motion_deadline.map(|d| d.naive_utc()),
            languages: languages.stored(),
            remote_link: remote_link.clone(),
        })
        .returning(assemblies::id)
        .get_result(conn)?;
    for (i, item) in input.agenda.iter().enumerate() {
        diesel::insert_into(agenda_items::table)
            .values(NewAgendaItem {
                assembly_id: AssemblyId(id),
                position: i as i32 + 1,
                title: item.title.trim(),
                kind: item.kind,
            })
            .execute(conn)?;
    }
    record(
        conn,
        now,
        actor,
        format!("assembly:{id}"),
        Event::AssemblyCreated(AssemblyCreated {
            title: title.to_string(),
            kind,
            format: input.format,
            venue: venue.to_string(),
            starts_at: api_time(input.starts_at.naive_utc()),
            convocation,
            quorum,
            proxy_cap,
            notice_sent_on: input.notice_sent_on,
            vote_changes: input.vote_changes.unwrap_or(rules.vote_changes),
            motion_deadline: input.motion_deadline.map(|d| api_time(d.naive_utc())),
            agenda: input.agenda.iter().map(|a| AgendaLine { title: a.title.clone(), kind: a.kind }).collect(),
            languages: languages.tags(),
            remote_link,
        }),
    )?;
    load(conn, AssemblyId(id))
}

/// Moves an assembly along its lifecycle, audited.
pub fn transition(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    sealer: &Sealer,
    id: AssemblyId,
    to: AssemblyState,
) -> AppResult<Assembly> {
    let a = load(conn, id)?;
    let from = a.state;
    from.transition(to).map_err(|e| {
        AppError::conflict(
            ErrorCode::IllegalTransition,
            Msg::IllegalTransition {
                from: crate::i18n::state_label(e.from).into(),
                to: crate::i18n::state_label(e.to).into(),
            },
        )
    })?;
    if to == AssemblyState::InSession {
        // One session at a time: the delegates' phones, the desk and the
        // projector follow "the assembly in session", and a second would
        // hide the first's open votes from every page.
        let held: Vec<String> = assemblies::table
            .filter(assemblies::id.ne(id))
            .filter(assemblies::state.eq_any([AssemblyState::InSession, AssemblyState::Suspended]))
            .select(assemblies::title)
            .load(conn)?;
        if let Some(other) = held.into_iter().next() {
            return Err(AppError::conflict(ErrorCode::AnotherSession, Msg::AnotherSessionHeld { title: other }));
        }
    }
    if matches!(to, AssemblyState::Closed | AssemblyState::MinutesApproved) {
        // Nothing may be decided after the close: every vote is closed (and
        // sealed) by the chair first, so the minutes show its result. (The
        // approval checks again, for a record closed before this rule.)
        let open = open_votes(conn, id)?;
        if !open.is_empty() {
            return Err(AppError::conflict(ErrorCode::VotesStillOpen, Msg::StillOpen { what: open }));
        }
    }
    diesel::update(assemblies::table.find(id)).set(assemblies::state.eq(to)).execute(conn)?;
    if to == AssemblyState::Closed {
        // The minutes describe the session by the register as it stood now.
        crate::store::register_at_close::take(conn, id)?;
    }
    record(conn, now, actor, format!("assembly:{id}"), Event::AssemblyTransition(AssemblyTransition { from, to }))?;
    // A session opens or ends: sign the ledger head.
    if to == AssemblyState::InSession {
        checkpoint::take(conn, now, sealer, id.0, checkpoint::SESSION_OPENED)?;
    } else if from == AssemblyState::InSession {
        checkpoint::take(conn, now, sealer, id.0, checkpoint::SESSION_CLOSED)?;
    }
    load(conn, id)
}

/// The quorum at an assembly now.
pub fn quorum_status(conn: &mut DbConn, a: &Assembly) -> AppResult<QuorumStatus> {
    let p = crate::store::presence::presence(conn, a.id)?;
    Ok(quorum_rule(a).assess(p.full_active.len() as u64, p.present.len() as u64, p.represented.len() as u64))
}

/// The live quorum as the API shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QuorumView {
    pub full_members: u64,
    pub present: u64,
    pub represented: u64,
    pub required: u64,
    pub quorate: bool,
    pub rule: Option<Fraction>,
}

impl From<QuorumStatus> for QuorumView {
    fn from(q: QuorumStatus) -> Self {
        QuorumView {
            full_members: q.full_members,
            present: q.present,
            represented: q.represented,
            required: q.required,
            quorate: q.quorate,
            rule: q.rule.0,
        }
    }
}

impl Services {
    /// The view of an assembly row, with this instance's notice period.
    pub fn assembly_view(&self, a: &Assembly) -> AppResult<AssemblyView> {
        AssemblyView::from_row(a, self.settings.notice_period_days)
    }

    /// Creates an assembly in `draft` (secretariat).
    pub fn create_assembly(&self, caller: &Caller, input: NewAssemblyInput) -> AppResult<AssemblyView> {
        caller.require(&[Role::Secretariat])?;
        // The same text rule as a change of particulars (`change_assembly`).
        let line = crate::domain::text::Shape::Line;
        crate::error::check_text(Msg::FieldTitle, input.title.trim(), line, self.settings.max_title_chars)?;
        if let Some(venue) = &input.venue {
            crate::error::check_text(Msg::FieldVenue, venue.trim(), line, self.settings.max_title_chars)?;
        }
        for (i, item) in input.agenda.iter().enumerate() {
            crate::error::check_text(
                Msg::FieldAgendaTitle { number: (i + 1).into() },
                item.title.trim(),
                line,
                self.settings.max_title_chars,
            )?;
        }
        let rules = self.settings.assembly_rules();
        let row = self.write(|conn, now| insert(conn, now, &caller.actor(), rules, &input))?;
        self.assembly_view(&row)
    }

    /// Every assembly, newest first.
    pub fn list_assemblies(&self, _caller: &Caller) -> AppResult<Vec<AssemblyView>> {
        self.read(|conn| {
            assemblies::table
                .order(assemblies::starts_at.desc())
                .select(Assembly::as_select())
                .load(conn)?
                .iter()
                .map(|a| self.assembly_view(a))
                .collect()
        })
    }

    /// One assembly.
    pub fn get_assembly(&self, _caller: &Caller, id: AssemblyId) -> AppResult<AssemblyView> {
        let row = self.read(|conn| load(conn, id))?;
        self.assembly_view(&row)
    }

    /// Moves an assembly along its lifecycle (secretariat).
    pub fn transition_assembly(&self, caller: &Caller, id: AssemblyId, to: AssemblyState) -> AppResult<AssemblyView> {
        caller.require(&[Role::Secretariat])?;
        if to == AssemblyState::MinutesApproved {
            return Err(AppError::conflict(ErrorCode::ApproveMinutes, Msg::ApproveMinutesInstead));
        }
        let row = self.write(|conn, now| transition(conn, now, &caller.actor(), &self.sealer, id, to))?;
        self.assembly_view(&row)
    }

    /// The quorum now.
    pub fn quorum(&self, _caller: &Caller, id: AssemblyId) -> AppResult<QuorumView> {
        self.read(|conn| {
            let a = load(conn, id)?;
            Ok(quorum_status(conn, &a)?.into())
        })
    }

    /// The assembly delegates work with: the one in session, else the next
    /// convened one, else the latest.
    pub fn current_assembly(&self) -> AppResult<Option<AssemblyView>> {
        self.read(|conn| {
            let all: Vec<Assembly> =
                assemblies::table.order(assemblies::starts_at.desc()).select(Assembly::as_select()).load(conn)?;
            let pick = |state: AssemblyState| all.iter().find(|a| a.state == state);
            let chosen = pick(AssemblyState::InSession)
                .or_else(|| pick(AssemblyState::Suspended))
                .or_else(|| pick(AssemblyState::Convened))
                .or_else(|| all.first());
            chosen.map(|a| self.assembly_view(a)).transpose()
        })
    }
}
