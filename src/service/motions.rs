//! Motions: submission by a member before the deadline or by the
//! secretariat, seconders, admission, amendments (voted before their
//! motion), withdrawal, and affiliates' advisory opinions.

use super::assemblies::{self, QuorumInput};
use super::{api_time, organisations, record, Caller, Services};
use crate::audit::event::{ByOrganisation, Event, MotionCreated, MotionMoved, MotionOpinion};
use crate::domain::assembly::AssemblyState;
use crate::domain::fraction::Fraction;
use crate::domain::ids::{AssemblyId, MotionId};
use crate::domain::majority::MajorityRule;
use crate::domain::motion::{check_seconders, MotionState};
use crate::domain::organisation::{is_voting_member, OrgKind};
use crate::domain::poll::PollState;
use crate::domain::quorum::QuorumRule;
use crate::domain::role::Role;
use crate::domain::text::Shape;
use crate::error::ErrorCode;
use crate::error::{check_text, AppError, AppResult, ErrorKind};
use crate::i18n::{Lang, Languages, Msg};
pub use crate::input::{AdmissionInput, NewMotionInput, OpinionInput, WithdrawalInput};
use crate::store::rows::{Assembly, Motion, NewMotion};
use crate::store::schema::{
    accounts, motion_opinions, motion_seconders, motion_translations, motions, organisations as orgs, polls,
};
use crate::store::DbConn;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

/// An affiliate's advisory opinion.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OpinionView {
    pub organisation_id: i64,
    pub organisation: String,
    pub text: String,
    pub at: String,
}

/// A motion as the API and pages show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MotionView {
    pub id: MotionId,
    pub assembly_id: AssemblyId,
    pub title: String,
    /// Markdown, as written.
    pub text: String,
    pub kind: String,
    pub state: MotionState,
    pub majority: MajorityRule,
    /// Its own quorum; `null`: the assembly's.
    pub quorum: Option<Fraction>,
    /// The proposing organisation; `null`: the secretariat.
    pub proposer_id: Option<i64>,
    pub amends: Option<MotionId>,
    pub seconders: Vec<i64>,
    /// Amendments to this motion.
    pub amendments: Vec<MotionId>,
    pub opinions: Vec<OpinionView>,
    /// Why it was not admitted or was withdrawn.
    pub decision_reason: Option<String>,
    /// The poll open on this motion now, if any.
    pub open_poll: Option<i64>,
    /// The latest closed poll on this motion, if any.
    pub last_poll: Option<i64>,
    /// The language of `title` and `text`, the authoritative ones (a tag).
    pub language: String,
    /// Translations, marked as such: never the authoritative text.
    pub translations: Vec<TranslationView>,
}

/// A translation of a motion: its language, words, digest, by whom and when.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TranslationView {
    pub language: String,
    pub title: String,
    /// Markdown.
    pub text: String,
    /// The SHA-256 of `text` (UTF-8), as the ledger and the seals give it.
    pub sha256: String,
    /// The account that added it.
    pub by: String,
    pub at: String,
}

impl MotionView {
    /// The translation into `lang`, if there is one.
    pub fn translation(&self, lang: crate::i18n::Lang) -> Option<&TranslationView> {
        self.translations.iter().find(|t| crate::i18n::Lang::from_tag(&t.language) == Some(lang))
    }

    /// The title a reader of `lang` reads: the translation's where there
    /// is one, else the authoritative one.
    pub fn title_for(&self, lang: crate::i18n::Lang) -> &str {
        match self.translation(lang) {
            Some(t) if self.lang() != lang => &t.title,
            _ => &self.title,
        }
    }

    /// The authoritative text's language.
    pub fn lang(&self) -> crate::i18n::Lang {
        crate::i18n::Lang::from_tag(&self.language).unwrap_or_default()
    }
}

pub(crate) fn majority_of(m: &Motion) -> AppResult<MajorityRule> {
    Ok(MajorityRule {
        numerator: u32::try_from(m.majority_numerator).map_err(AppError::internal)?,
        denominator: u32::try_from(m.majority_denominator).map_err(AppError::internal)?,
        strict: m.majority_strict,
        base: m.majority_base,
        tie: m.majority_tie,
    })
}

fn own_quorum(m: &Motion) -> Option<Fraction> {
    match (m.quorum_numerator, m.quorum_denominator, m.quorum_strict) {
        (Some(n), Some(d), Some(strict)) => Some(Fraction {
            numerator: u32::try_from(n).unwrap_or(0),
            denominator: u32::try_from(d).unwrap_or(1),
            strict,
        }),
        _ => None,
    }
}

/// The quorum a poll on this motion needs: its own, else the assembly's.
/// A motion that waives the quorum stores 0/1, which any count meets.
pub(crate) fn quorum_of(m: &Motion, a: &Assembly) -> QuorumRule {
    match own_quorum(m) {
        Some(f) => QuorumRule(Some(f)),
        None => assemblies::quorum_rule(a),
    }
}

pub(crate) fn load_motion(conn: &mut DbConn, id: MotionId) -> AppResult<Motion> {
    motions::table
        .find(id)
        .select(Motion::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingMotion))
}

pub(crate) fn motion_state(m: &Motion) -> AppResult<MotionState> {
    Ok(m.state)
}

pub(crate) fn motion_view(conn: &mut DbConn, m: &Motion) -> AppResult<MotionView> {
    let open_poll = polls::table
        .filter(polls::motion_id.eq(m.id))
        .filter(polls::state.eq(PollState::Open))
        .select(polls::id)
        .first::<i64>(conn)
        .optional()?;
    let last_poll = polls::table
        .filter(polls::motion_id.eq(m.id))
        .filter(polls::state.eq(PollState::Closed))
        .order(polls::id.desc())
        .select(polls::id)
        .first::<i64>(conn)
        .optional()?;
    let seconders = motion_seconders::table
        .filter(motion_seconders::motion_id.eq(m.id))
        .order(motion_seconders::at.asc())
        .select(motion_seconders::organisation_id)
        .load(conn)?;
    let amendments =
        motions::table.filter(motions::amends_id.eq(m.id)).order(motions::id.asc()).select(motions::id).load(conn)?;
    let translations: Vec<(String, String, String, String, String, NaiveDateTime)> = motion_translations::table
        .inner_join(accounts::table)
        .filter(motion_translations::motion_id.eq(m.id))
        .order(motion_translations::language.asc())
        .select((
            motion_translations::language,
            motion_translations::title,
            motion_translations::body,
            motion_translations::sha256,
            accounts::name,
            motion_translations::at,
        ))
        .load(conn)?;
    let opinions: Vec<(i64, String, String, NaiveDateTime)> = motion_opinions::table
        .inner_join(orgs::table)
        .filter(motion_opinions::motion_id.eq(m.id))
        .order(motion_opinions::id.asc())
        .select((orgs::id, orgs::name, motion_opinions::body, motion_opinions::at))
        .load(conn)?;
    Ok(MotionView {
        id: m.id,
        assembly_id: m.assembly_id,
        title: m.title.clone(),
        text: m.body.clone(),
        kind: m.kind.clone(),
        state: motion_state(m)?,
        majority: majority_of(m)?,
        quorum: own_quorum(m),
        proposer_id: m.proposer_id,
        amends: m.amends_id,
        seconders,
        amendments,
        opinions: opinions
            .into_iter()
            .map(|(organisation_id, organisation, text, at)| OpinionView {
                organisation_id,
                organisation,
                text,
                at: api_time(at),
            })
            .collect(),
        decision_reason: m.decision_reason.clone(),
        open_poll,
        last_poll,
        language: m.language.clone(),
        translations: translations
            .into_iter()
            .map(|(language, title, text, sha256, by, at)| TranslationView {
                language,
                title,
                text,
                sha256,
                by,
                at: api_time(at),
            })
            .collect(),
    })
}

/// The language a motion's authoritative text is given in: one of the
/// assembly's official languages.
fn official_language_of_motion(official: &Languages, tag: &str) -> AppResult<Lang> {
    match Lang::from_tag(tag) {
        Some(lang) if official.contains(lang) => Ok(lang),
        Some(_) => Err(AppError::bad_request(
            ErrorCode::NotAnOfficialLanguage,
            Msg::MotionLanguageNotOfficial { tag: tag.to_string(), official: crate::i18n::languages_named(official) },
        )),
        None => Err(AppError::unknown_language(tag, Lang::ALL)),
    }
}

/// A motion's title and text as given: a title, and both within their
/// shapes and lengths. The title, trimmed.
pub(crate) fn checked_words(settings: &crate::config::Settings, title: &str, text: &str) -> AppResult<String> {
    let title = title.trim().to_string();
    if title.is_empty() {
        return Err(AppError::bad_request(
            ErrorCode::InvalidTitle,
            Msg::TextEmpty { field: Box::new(Msg::FieldTitle) },
        ));
    }
    check_text(Msg::FieldTitle, &title, Shape::Line, settings.max_title_chars)?;
    check_text(Msg::FieldText, text, Shape::Lines, settings.max_text_chars)?;
    Ok(title)
}

/// Amendments to a motion that are not decided yet (they are voted first).
pub(crate) fn undecided_amendments(conn: &mut DbConn, motion_id: MotionId) -> AppResult<Vec<MotionId>> {
    let rows: Vec<(MotionId, MotionState)> =
        motions::table.filter(motions::amends_id.eq(motion_id)).select((motions::id, motions::state)).load(conn)?;
    Ok(rows.into_iter().filter(|(_, s)| !s.is_final()).map(|(id, _)| id).collect())
}

fn move_motion(
    conn: &mut DbConn,
    now: NaiveDateTime,
    caller: &Caller,
    m: &Motion,
    to: MotionState,
    reason: Option<&str>,
) -> AppResult<()> {
    let from = motion_state(m)?;
    from.move_to(to).map_err(|e| {
        AppError::conflict(
            ErrorCode::IllegalMotionMove,
            Msg::IllegalMotionMove {
                from: crate::i18n::motion_state_label(e.from).into(),
                to: crate::i18n::motion_state_label(e.to).into(),
            },
        )
    })?;
    diesel::update(motions::table.find(m.id))
        .set((motions::state.eq(to), motions::decision_reason.eq(reason)))
        .execute(conn)?;
    record(
        conn,
        now,
        &caller.actor(),
        format!("motion:{}", m.id),
        Event::MotionMoved(MotionMoved { from, to, reason: reason.map(str::to_string) }),
    )?;
    Ok(())
}

impl Services {
    /// Adds a motion: the secretariat's is admitted at once; a member's is
    /// submitted (before the deadline) and waits for seconders and the chair.
    pub fn create_motion(
        &self,
        caller: &Caller,
        assembly_id: AssemblyId,
        input: NewMotionInput,
    ) -> AppResult<MotionView> {
        caller.require(&[Role::Secretariat, Role::Delegate])?;
        let kind = input.kind.trim().to_string();
        let preset = *self.settings.motion_kinds.get(&kind).ok_or_else(|| {
            let kinds: Vec<&str> = self.settings.motion_kinds.keys().map(String::as_str).collect();
            AppError::bad_request(
                ErrorCode::UnknownMotionKind,
                Msg::UnknownMotionKind { kind: kind.clone(), kinds: kinds.join(", ") },
            )
        })?;
        let rule = input.majority.unwrap_or(preset.majority);
        rule.threshold().validate().map_err(|e| {
            AppError::bad_request(ErrorCode::InvalidMajority, Msg::InvalidFraction { detail: format!("{e:?}") })
        })?;
        let quorum = match &input.quorum {
            None => preset.quorum,
            Some(QuorumInput::Fraction(f)) => Some(*f),
            Some(QuorumInput::Required(true)) => None,
            Some(QuorumInput::Required(false)) => Some(Fraction { numerator: 0, denominator: 1, strict: false }),
        };
        if let Some(q) = quorum {
            q.validate().map_err(|e| {
                AppError::bad_request(ErrorCode::InvalidQuorum, Msg::InvalidFraction { detail: format!("{e:?}") })
            })?;
        }
        let title = checked_words(&self.settings, &input.title, &input.text)?;
        let max_motions = self.settings.max_motions_per_organisation;
        self.write(|conn, now| {
            let a = assemblies::load(conn, assembly_id)?;
            let official = assemblies::official_languages(&a);
            let language = match input.language.as_deref() {
                None => official.first(),
                Some(tag) => official_language_of_motion(&official, tag)?,
            };
            let assembly_state = a.state;
            if matches!(assembly_state, AssemblyState::Closed | AssemblyState::MinutesApproved) {
                return Err(AppError::conflict(ErrorCode::AssemblyClosed, Msg::MotionsClosed));
            }
            let (state, proposer) = match caller.role {
                Role::Secretariat => (MotionState::Admitted, None),
                _ => {
                    let org = organisations::load(conn, Services::own_organisation(caller)?)?;
                    if !is_voting_member(org.kind, org.status) {
                        return Err(AppError::forbidden(
                            ErrorCode::NotAVotingMember,
                            Msg::OnlyVotingMembersPropose { org: org.name },
                        ));
                    }
                    if let Some(deadline) = a.motion_deadline.filter(|d| now > *d) {
                        return Err(AppError::unprocessable(
                            ErrorCode::MotionDeadlinePassed,
                            Msg::MotionDeadlinePassed { deadline: api_time(deadline) },
                        ));
                    }
                    let submitted: i64 = motions::table
                        .filter(motions::assembly_id.eq(assembly_id))
                        .filter(motions::proposer_id.eq(org.id))
                        .count()
                        .get_result(conn)?;
                    if submitted >= max_motions {
                        return Err(AppError::new(
                            ErrorKind::TooManyRequests,
                            ErrorCode::TooManyMotions,
                            Msg::TooManyMotions { org: org.name, max: max_motions.into() },
                        ));
                    }
                    (MotionState::Submitted, Some(org.id))
                }
            };
            if let Some(item) = input.agenda_item_id {
                use crate::store::schema::agenda_items;
                let of: Option<i64> =
                    agenda_items::table.find(item).select(agenda_items::assembly_id).first(conn).optional()?;
                if of != Some(assembly_id.0) {
                    return Err(AppError::unprocessable(
                        ErrorCode::AgendaItemElsewhere,
                        Msg::AgendaItemElsewhere { item: item.to_string() },
                    ));
                }
            }
            if let Some(parent) = input.amends {
                let p = load_motion(conn, parent)?;
                let ps = motion_state(&p)?;
                if p.assembly_id != assembly_id || ps.is_final() || ps == MotionState::Voting {
                    return Err(AppError::conflict(ErrorCode::CannotAmend, Msg::CannotAmend { title: p.title }));
                }
            }
            let to_i32 = |v: u32| {
                i32::try_from(v).map_err(|_| {
                    AppError::unprocessable(
                        ErrorCode::OutOfRange,
                        Msg::NumberOutOfRange {
                            field: Box::new(Msg::FieldMajorityOrQuorum),
                            min: "0".into(),
                            max: i32::MAX.to_string(),
                        },
                    )
                })
            };
            let id: MotionId = diesel::insert_into(motions::table)
                .values(NewMotion {
                    assembly_id,
                    agenda_item_id: input.agenda_item_id,
                    title: &title,
                    body: &input.text,
                    kind: &kind,
                    state,
                    majority_numerator: to_i32(rule.numerator)?,
                    majority_denominator: to_i32(rule.denominator)?,
                    majority_strict: rule.strict,
                    majority_base: rule.base,
                    majority_tie: rule.tie,
                    created_at: now,
                    quorum_numerator: quorum.map(|q| to_i32(q.numerator)).transpose()?,
                    quorum_denominator: quorum.map(|q| to_i32(q.denominator)).transpose()?,
                    quorum_strict: quorum.map(|q| q.strict),
                    proposer_id: proposer,
                    amends_id: input.amends,
                    language: language.tag(),
                })
                .returning(motions::id)
                .get_result(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("motion:{id}"),
                Event::MotionCreated(MotionCreated {
                    assembly: assembly_id.0,
                    title: title.clone(),
                    text: input.text.clone(),
                    kind: kind.clone(),
                    majority: rule,
                    quorum,
                    state: Some(state),
                    proposer,
                    amends: input.amends.map(i64::from),
                    language: Some(language.tag().to_string()),
                }),
            )?;
            let m = load_motion(conn, id)?;
            motion_view(conn, &m)
        })
    }

    /// Seconds a submitted motion (a delegate of another full member).
    pub fn second_motion(&self, caller: &Caller, motion_id: MotionId) -> AppResult<MotionView> {
        caller.require(&[Role::Delegate])?;
        let own = Services::own_organisation(caller)?;
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            assemblies::load_open(conn, m.assembly_id)?;
            if motion_state(&m)? != MotionState::Submitted {
                return Err(AppError::conflict(ErrorCode::NotSubmitted, Msg::SecondOnlySubmitted));
            }
            let org = organisations::load(conn, own)?;
            if !is_voting_member(org.kind, org.status) {
                return Err(AppError::forbidden(
                    ErrorCode::NotAVotingMember,
                    Msg::OnlyVotingMembersPropose { org: org.name },
                ));
            }
            if m.proposer_id == Some(own) {
                return Err(AppError::conflict(ErrorCode::OwnMotion, Msg::CannotSecondOwn));
            }
            let already: i64 = motion_seconders::table
                .filter(motion_seconders::motion_id.eq(motion_id))
                .filter(motion_seconders::organisation_id.eq(own))
                .count()
                .get_result(conn)?;
            if already > 0 {
                return Err(AppError::conflict(ErrorCode::AlreadySeconded, Msg::AlreadySeconded { org: org.name }));
            }
            diesel::insert_into(motion_seconders::table)
                .values((
                    motion_seconders::motion_id.eq(motion_id),
                    motion_seconders::organisation_id.eq(own),
                    motion_seconders::account_id.eq(caller.account_id),
                    motion_seconders::at.eq(now),
                ))
                .execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("motion:{motion_id}"),
                Event::MotionSeconded(ByOrganisation { organisation: own }),
            )?;
            let m = load_motion(conn, motion_id)?;
            motion_view(conn, &m)
        })
    }

    /// Admits a submitted motion, or does not, with a reason (the chair).
    pub fn decide_admission(
        &self,
        caller: &Caller,
        motion_id: MotionId,
        input: AdmissionInput,
    ) -> AppResult<MotionView> {
        caller.require(&[Role::Secretariat])?;
        let min = self.settings.min_seconders;
        let max_text = self.settings.max_text_chars;
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            assemblies::load_open(conn, m.assembly_id)?;
            let reason = input.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
            if let Some(r) = reason {
                check_text(Msg::FieldReason, r, Shape::Lines, max_text)?;
            }
            if input.admit {
                let seconders: i64 = motion_seconders::table
                    .filter(motion_seconders::motion_id.eq(motion_id))
                    .count()
                    .get_result(conn)?;
                check_seconders(m.proposer_id.is_none(), seconders as usize, min).map_err(|e| {
                    AppError::unprocessable(
                        ErrorCode::TooFewSeconders,
                        Msg::TooFewSeconders { have: e.have.into(), need: e.need.into() },
                    )
                })?;
                move_motion(conn, now, caller, &m, MotionState::Admitted, reason)?;
            } else {
                let reason =
                    reason.ok_or_else(|| AppError::bad_request(ErrorCode::ReasonRequired, Msg::ReasonRequired))?;
                move_motion(conn, now, caller, &m, MotionState::NotAdmitted, Some(reason))?;
            }
            let m = load_motion(conn, motion_id)?;
            motion_view(conn, &m)
        })
    }

    /// Withdraws a motion before its vote (its proposer, or the secretariat).
    pub fn withdraw_motion(
        &self,
        caller: &Caller,
        motion_id: MotionId,
        input: WithdrawalInput,
    ) -> AppResult<MotionView> {
        if let Some(r) = input.reason.as_deref() {
            check_text(Msg::FieldReason, r.trim(), Shape::Lines, self.settings.max_text_chars)?;
        }
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            // Who asks is checked before the assembly's state (ACCESS.md).
            let allowed = match caller.role {
                Role::Secretariat => true,
                Role::Delegate => m.proposer_id.is_some() && m.proposer_id == caller.organisation_id,
                _ => false,
            };
            if !allowed {
                return Err(AppError::forbidden(ErrorCode::NotTheProposer, Msg::OnlyProposerWithdraws));
            }
            assemblies::load_open(conn, m.assembly_id)?;
            let reason = input.reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
            move_motion(conn, now, caller, &m, MotionState::Withdrawn, reason)?;
            let m = load_motion(conn, motion_id)?;
            motion_view(conn, &m)
        })
    }

    /// Attaches an affiliate's advisory opinion to a motion.
    pub fn add_opinion(&self, caller: &Caller, motion_id: MotionId, input: OpinionInput) -> AppResult<MotionView> {
        caller.require(&[Role::Delegate])?;
        let own = Services::own_organisation(caller)?;
        let text = input.text.trim().to_string();
        if text.is_empty() {
            return Err(AppError::bad_request(
                ErrorCode::InvalidText,
                Msg::TextEmpty { field: Box::new(Msg::FieldOpinion) },
            ));
        }
        check_text(Msg::FieldText, &text, Shape::Lines, self.settings.max_text_chars)?;
        let max_opinions = self.settings.max_opinions_per_organisation;
        self.write(|conn, now| {
            let m = load_motion(conn, motion_id)?;
            assemblies::load_open(conn, m.assembly_id)?;
            let org = organisations::load(conn, own)?;
            if org.kind != OrgKind::Affiliate {
                return Err(AppError::forbidden(ErrorCode::AffiliatesOnly, Msg::OpinionsAreForAffiliates));
            }
            let given: i64 = motion_opinions::table
                .filter(motion_opinions::organisation_id.eq(own))
                .filter(
                    motion_opinions::motion_id
                        .eq_any(motions::table.filter(motions::assembly_id.eq(m.assembly_id)).select(motions::id)),
                )
                .count()
                .get_result(conn)?;
            if given >= max_opinions {
                return Err(AppError::new(
                    ErrorKind::TooManyRequests,
                    ErrorCode::TooManyOpinions,
                    Msg::TooManyOpinions { org: org.name, max: max_opinions.into() },
                ));
            }
            let id: i64 = diesel::insert_into(motion_opinions::table)
                .values((
                    motion_opinions::motion_id.eq(motion_id),
                    motion_opinions::organisation_id.eq(own),
                    motion_opinions::account_id.eq(caller.account_id),
                    motion_opinions::body.eq(&text),
                    motion_opinions::at.eq(now),
                ))
                .returning(motion_opinions::id)
                .get_result(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("motion:{motion_id}"),
                Event::MotionOpinion(MotionOpinion { opinion: id, organisation: own, text: text.clone() }),
            )?;
            motion_view(conn, &m)
        })
    }

    /// The motions of an assembly.
    pub fn list_motions(&self, assembly_id: AssemblyId) -> AppResult<Vec<MotionView>> {
        self.read(|conn| {
            // An assembly that does not exist has no empty list: 404.
            assemblies::load(conn, assembly_id)?;
            let rows: Vec<Motion> = motions::table
                .filter(motions::assembly_id.eq(assembly_id))
                .order(motions::id.asc())
                .select(Motion::as_select())
                .load(conn)?;
            rows.iter().map(|m| motion_view(conn, m)).collect()
        })
    }

    /// One motion.
    pub fn get_motion(&self, id: MotionId) -> AppResult<MotionView> {
        self.read(|conn| {
            let m = load_motion(conn, id)?;
            motion_view(conn, &m)
        })
    }
}
