//! The agenda and the assembly's particulars, changed before the session
//! freely, during it only by the chair with a reason, never after it.

use super::{assemblies, record, Caller, Services};
use crate::audit::event::{AgendaItemAdded, AgendaReordered, AgendaTakenUp, AssemblyChanged, Event};
use crate::domain::assembly::{agenda_editable, AgendaKind, AgendaLocked, AssemblyState};
use crate::domain::ids::AssemblyId;
use crate::domain::role::Role;
use crate::error::ErrorCode;
use crate::error::{AppError, AppResult};
use crate::i18n::{state_label, Msg};
pub use crate::input::{AgendaItemInput, AgendaOrder, AssemblyChange, TakeUp};
use crate::store::rows::{AgendaItem, NewAgendaItem};
use crate::store::schema::{agenda_items, assemblies as assemblies_t};
use crate::store::DbConn;
use diesel::prelude::*;
use serde::Serialize;

/// An agenda item as the API shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AgendaItemView {
    pub id: i64,
    pub position: i32,
    pub title: String,
    pub kind: AgendaKind,
}

fn items(conn: &mut DbConn, assembly_id: AssemblyId) -> AppResult<Vec<AgendaItemView>> {
    let rows: Vec<AgendaItem> = agenda_items::table
        .filter(agenda_items::assembly_id.eq(assembly_id))
        .order(agenda_items::position.asc())
        .select(AgendaItem::as_select())
        .load(conn)?;
    rows.iter()
        .map(|r| Ok(AgendaItemView { id: r.id, position: r.position, title: r.title.clone(), kind: r.kind }))
        .collect()
}

/// Takes up an agenda item (or none), recorded; nothing when it is the
/// item already taken up.
pub(crate) fn take_up(
    conn: &mut DbConn,
    now: chrono::NaiveDateTime,
    actor: &crate::audit::Actor,
    assembly_id: AssemblyId,
    item: Option<i64>,
) -> AppResult<()> {
    let a = assemblies::load(conn, assembly_id)?;
    let state = a.state;
    if !matches!(state, AssemblyState::InSession | AssemblyState::Suspended) {
        return Err(AppError::conflict(
            ErrorCode::NotInSession,
            Msg::AgendaNotInSession { state: state_label(state).into() },
        ));
    }
    if let Some(id) = item {
        let owner: Option<i64> =
            agenda_items::table.find(id).select(agenda_items::assembly_id).first(conn).optional()?;
        if owner != Some(assembly_id.0) {
            return Err(AppError::not_found(crate::i18n::Msg::ThingAgendaItem));
        }
    }
    // No item after one (or after finishing) is the agenda finished; an
    // item taken up again opens it.
    let finished = item.is_none() && (a.current_item_id.is_some() || a.agenda_finished);
    if a.current_item_id != item || a.agenda_finished != finished {
        diesel::update(assemblies_t::table.find(assembly_id))
            .set((assemblies_t::current_item_id.eq(item), assemblies_t::agenda_finished.eq(finished)))
            .execute(conn)?;
        record(conn, now, actor, format!("assembly:{assembly_id}"), Event::AgendaTakenUp(AgendaTakenUp { item }))?;
    }
    Ok(())
}

/// Checks that the agenda may change now; returns the reason to record.
fn unlocked(state: AssemblyState, reason: Option<&str>) -> AppResult<Option<String>> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if let Some(r) = reason {
        let max = super::organisations::REASON_MAX;
        crate::error::check_text(Msg::FieldReason, r, crate::domain::text::Shape::Lines, max)?;
    }
    match agenda_editable(state, reason.is_some()) {
        Ok(()) => Ok(reason.map(String::from)),
        Err(AgendaLocked::NeedsReason) => Err(AppError::conflict(ErrorCode::AgendaLocked, Msg::AgendaNeedsReason)),
        Err(AgendaLocked::Final) => Err(AppError::conflict(ErrorCode::AgendaLocked, Msg::AgendaFinal)),
    }
}

impl Services {
    /// The agenda, in order.
    pub fn agenda_items(&self, assembly_id: AssemblyId) -> AppResult<Vec<AgendaItemView>> {
        self.read(|conn| {
            assemblies::load(conn, assembly_id)?;
            items(conn, assembly_id)
        })
    }

    /// Adds an item at the end of the agenda (secretariat).
    pub fn add_agenda_item(
        &self,
        caller: &Caller,
        assembly_id: AssemblyId,
        input: AgendaItemInput,
    ) -> AppResult<Vec<AgendaItemView>> {
        caller.require(&[Role::Secretariat])?;
        let title = input.title.trim().to_string();
        if title.is_empty() {
            return Err(AppError::bad_request(
                ErrorCode::InvalidTitle,
                Msg::TextEmpty { field: Box::new(Msg::FieldTitle) },
            ));
        }
        let line = crate::domain::text::Shape::Line;
        crate::error::check_text(Msg::FieldTitle, &title, line, self.settings.max_title_chars)?;

        self.write(|conn, now| {
            let a = assemblies::load(conn, assembly_id)?;
            let reason = unlocked(a.state, input.reason.as_deref())?;
            let last: Option<i32> = agenda_items::table
                .filter(agenda_items::assembly_id.eq(assembly_id))
                .select(diesel::dsl::max(agenda_items::position))
                .first(conn)?;
            let position = last.unwrap_or(0) + 1;
            let id: i64 = diesel::insert_into(agenda_items::table)
                .values(NewAgendaItem { assembly_id, position, title: &title, kind: input.kind })
                .returning(agenda_items::id)
                .get_result(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::AgendaItemAdded(AgendaItemAdded {
                    item: id,
                    position,
                    title: title.clone(),
                    kind: input.kind,
                    reason: reason.map(|r| r.to_string()),
                }),
            )?;
            items(conn, assembly_id)
        })
    }

    /// Puts the agenda in a new order (secretariat).
    pub fn reorder_agenda(
        &self,
        caller: &Caller,
        assembly_id: AssemblyId,
        input: AgendaOrder,
    ) -> AppResult<Vec<AgendaItemView>> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| {
            let a = assemblies::load(conn, assembly_id)?;
            let reason = unlocked(a.state, input.reason.as_deref())?;
            let before = items(conn, assembly_id)?;
            let mut have: Vec<i64> = before.iter().map(|i| i.id).collect();
            let mut want = input.order.clone();
            have.sort_unstable();
            want.sort_unstable();
            if have != want {
                return Err(AppError::unprocessable(ErrorCode::AgendaOrderMismatch, Msg::AgendaOrderMismatch));
            }
            // Two steps, so (assembly, position) stays unique throughout.
            for (i, id) in input.order.iter().enumerate() {
                diesel::update(agenda_items::table.find(id))
                    .set(agenda_items::position.eq(-(i as i32) - 1))
                    .execute(conn)?;
            }
            for (i, id) in input.order.iter().enumerate() {
                diesel::update(agenda_items::table.find(id))
                    .set(agenda_items::position.eq(i as i32 + 1))
                    .execute(conn)?;
            }
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{assembly_id}"),
                Event::AgendaReordered(AgendaReordered {
                    from: before.iter().map(|i| i.id).collect(),
                    to: input.order.clone(),
                    reason: reason.map(|r| r.to_string()),
                }),
            )?;
            items(conn, assembly_id)
        })
    }

    /// Takes up an agenda item, or none once the last is finished (the
    /// chair, while the session is held: in session or suspended). The
    /// chair's page, the projector and the delegates' phones show it.
    pub fn take_up_item(
        &self,
        caller: &Caller,
        assembly_id: AssemblyId,
        item: Option<i64>,
    ) -> AppResult<super::assemblies::AssemblyView> {
        caller.require(&[Role::Secretariat])?;
        let notice_days = self.settings.notice_period_days;
        self.write(|conn, now| {
            take_up(conn, now, &caller.actor(), assembly_id, item)?;
            super::assemblies::AssemblyView::from_row(&assemblies::load(conn, assembly_id)?, notice_days)
        })
    }

    /// Changes an assembly's title, venue, start, notice date or official
    /// languages (secretariat, before the session).
    pub fn change_assembly(
        &self,
        caller: &Caller,
        id: i64,
        change: AssemblyChange,
    ) -> AppResult<assemblies::AssemblyView> {
        caller.require(&[Role::Secretariat])?;
        let line = crate::domain::text::Shape::Line;
        if let Some(t) = change.title.as_deref() {
            crate::error::check_text(Msg::FieldTitle, t.trim(), line, self.settings.max_title_chars)?;
        }
        if let Some(v) = change.venue.as_deref() {
            crate::error::check_text(Msg::FieldVenue, v.trim(), line, self.settings.max_title_chars)?;
        }
        let languages = change.languages.as_deref().map(assemblies::languages_given).transpose()?;
        let remote_link = change.remote_link.as_deref().map(|l| assemblies::remote_link_given(Some(l))).transpose()?;
        let row = self.write(|conn, now| {
            let a = assemblies::load(conn, AssemblyId(id))?;
            let state = a.state;
            if !matches!(state, AssemblyState::Draft | AssemblyState::Convened) {
                return Err(AppError::conflict(
                    ErrorCode::AssemblyLocked,
                    Msg::ParticularsLocked { state: state_label(state).into() },
                ));
            }
            let title =
                change.title.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or(&a.title).to_string();
            let venue = change.venue.as_deref().map(str::trim).unwrap_or(&a.venue).to_string();
            let starts_at = change.starts_at.map(|d| d.naive_utc()).unwrap_or(a.starts_at);
            let notice = change.notice_sent_on.or(a.notice_sent_on);
            let remote_link = remote_link.clone().unwrap_or(a.remote_link.clone());
            // A motion's authoritative text stays in an official language.
            if let Some(new) = &languages {
                let used: Vec<String> = crate::store::schema::motions::table
                    .filter(crate::store::schema::motions::assembly_id.eq(AssemblyId(id)))
                    .select(crate::store::schema::motions::language)
                    .distinct()
                    .load(conn)?;
                let dropped: Vec<String> = used
                    .into_iter()
                    .filter(|tag| crate::i18n::Lang::from_tag(tag).is_none_or(|l| !new.contains(l)))
                    .collect();
                if !dropped.is_empty() {
                    return Err(AppError::conflict(
                        ErrorCode::LanguageInUse,
                        Msg::LanguageInUse {
                            languages: dropped.iter().map(|t| *crate::i18n::language_named(t)).collect(),
                        },
                    ));
                }
            }
            let languages = languages.clone().unwrap_or_else(|| assemblies::official_languages(&a));
            diesel::update(assemblies_t::table.find(id))
                .set((
                    assemblies_t::title.eq(&title),
                    assemblies_t::venue.eq(&venue),
                    assemblies_t::starts_at.eq(starts_at),
                    assemblies_t::notice_sent_on.eq(notice),
                    assemblies_t::languages.eq(languages.stored()),
                    assemblies_t::remote_link.eq(&remote_link),
                ))
                .execute(conn)?;
            record(
                conn,
                now,
                &caller.actor(),
                format!("assembly:{id}"),
                Event::AssemblyChanged(AssemblyChanged {
                    title: title.clone(),
                    venue: venue.clone(),
                    starts_at: super::api_time(starts_at),
                    notice_sent_on: notice,
                    languages: languages.tags(),
                    remote_link: remote_link.clone(),
                }),
            )?;
            assemblies::load(conn, AssemblyId(id))
        })?;
        self.assembly_view(&row)
    }
}
