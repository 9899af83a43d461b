//! The member register.

use super::{record, Caller, Services};
use crate::audit::event::{Event, OrgStanding, OrganisationChanged, OrganisationCreated};
use crate::audit::Actor;
use crate::domain::ids::OrganisationId;
use crate::domain::organisation::{valid_country, OrgKind, OrgStatus};
use crate::domain::register::{NameIndex, NameMatch, RowProblem};
use crate::domain::role::Role;
use crate::domain::text::{Shape, TextProblem};
use crate::error::ErrorCode;
use crate::error::{check_text, text_error, AppError, AppResult};
use crate::i18n::Msg;
pub use crate::input::{NewOrganisationInput, OrganisationChange};
use crate::store::group_commit::Batch;
use crate::store::rows::{NewOrganisation, Organisation};
use crate::store::schema::organisations;
use crate::store::DbConn;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

/// An organisation as the API and pages show it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct OrganisationView {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub kind: OrgKind,
    pub status: OrgStatus,
    pub joined_on: Option<NaiveDate>,
}

impl OrganisationView {
    pub fn from_row(o: &Organisation) -> AppResult<Self> {
        Ok(OrganisationView {
            id: o.id,
            name: o.name.clone(),
            country: o.country.clone(),
            kind: o.kind,
            status: o.status,
            joined_on: o.joined_on,
        })
    }
}

/// Loads an organisation or 404.
pub fn load(conn: &mut DbConn, id: i64) -> AppResult<OrganisationView> {
    let row = organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::not_found(crate::i18n::Msg::ThingOrganisation))?;
    OrganisationView::from_row(&row)
}

/// [`load`], but in a large group-commit batch on PostgreSQL the register
/// is read once for the whole batch (no write in a batch changes it): one
/// round trip instead of one per ballot. SQLite answers a row faster than
/// it would read the register, so it keeps reading rows.
pub fn load_in_batch(b: &mut Batch<'_>, id: OrganisationId) -> AppResult<OrganisationView> {
    if b.reads().register.is_none() {
        if !b.reads_whole_tables() || !matches!(b.conn, DbConn::Pg(_)) {
            return load(b.conn, id.0);
        }
        read_register_into_batch(b)?;
    }
    match b.reads().register.as_ref().and_then(|register| register.get(&id)) {
        Some(row) => OrganisationView::from_row(row),
        None => Err(AppError::not_found(crate::i18n::Msg::ThingOrganisation)),
    }
}

/// Reads the whole register into the writer's batch, on PostgreSQL (see
/// [`load_in_batch`]); nothing on SQLite.
pub fn read_register_into_batch(b: &mut Batch<'_>) -> AppResult<()> {
    if !matches!(b.conn, DbConn::Pg(_)) {
        return Ok(());
    }
    // In no order: a map needs none, and sorting the register by name was
    // most of this read's time.
    let rows: Vec<Organisation> = organisations::table.select(Organisation::as_select()).load(b.conn)?;
    b.reads().register = Some(rows.into_iter().map(|o| (OrganisationId(o.id), o)).collect());
    Ok(())
}

/// The whole register, in alphabetical order ([`crate::i18n::by_name`]).
pub fn all(conn: &mut DbConn) -> AppResult<Vec<OrganisationView>> {
    let mut rows: Vec<Organisation> = organisations::table.select(Organisation::as_select()).load(conn)?;
    rows.sort_by(|a, b| crate::i18n::by_name(&a.name, &b.name));
    rows.iter().map(OrganisationView::from_row).collect()
}

/// The register's names, indexed for look-ups by name (exact, the same
/// after normalisation, or a look-alike): read once, in one query.
fn name_index(conn: &mut DbConn) -> AppResult<NameIndex<(i64, String)>> {
    let rows: Vec<(i64, String)> = organisations::table.select((organisations::id, organisations::name)).load(conn)?;
    let mut index = NameIndex::new();
    for (id, name) in rows {
        index.insert(&name.clone(), (id, name));
    }
    Ok(index)
}

/// Refuses a new name that is, or looks like, a registered one.
fn refuse_taken(found: NameMatch<(i64, String)>) -> AppResult<()> {
    match found {
        NameMatch::None => Ok(()),
        NameMatch::Exact((_, other)) | NameMatch::Same((_, other)) => {
            Err(AppError::conflict(ErrorCode::DuplicateOrganisation, Msg::DuplicateOrganisation { names: other }))
        }
        NameMatch::Ambiguous(list) => Err(AppError::conflict(
            ErrorCode::DuplicateOrganisation,
            Msg::DuplicateOrganisation { names: list.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", ") },
        )),
        NameMatch::LooksLike((_, other)) => Err(AppError::conflict(
            ErrorCode::LookalikeOrganisation,
            Msg::NameLooksLike { field: Box::new(Msg::FieldName), other },
        )),
    }
}

/// Checks a new organisation's name and country; returns them as stored.
fn checked(input: &NewOrganisationInput) -> AppResult<(String, String)> {
    let name = match crate::domain::text::name(&input.name) {
        Ok(name) => name,
        Err(TextProblem::Empty) => {
            return Err(AppError::bad_request(
                ErrorCode::InvalidName,
                Msg::TextEmpty { field: Box::new(Msg::FieldName) },
            ))
        }
        Err(TextProblem::TooLong { max }) => {
            return Err(AppError::bad_request(
                ErrorCode::InvalidName,
                Msg::TextTooLong { field: Box::new(Msg::FieldName), max: max.into() },
            ))
        }
        Err(p) => return Err(text_error(Msg::FieldName, p)),
    };
    let country = input.country.trim().to_uppercase();
    if !valid_country(&country) {
        return Err(AppError::bad_request(ErrorCode::InvalidCountry, Msg::InvalidCountry { country }));
    }
    Ok((name, country))
}

/// Inserts an organisation with its audit event, refusing a name that is,
/// after normalisation and case folding, or by its look, already
/// registered.
pub fn insert(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    input: &NewOrganisationInput,
) -> AppResult<OrganisationView> {
    let (name, country) = checked(input)?;
    refuse_taken(name_index(conn)?.find(&name))?;
    insert_checked(conn, now, actor, &name, &country, input.kind)
}

/// Inserts a checked organisation, whose name the caller knows is free.
fn insert_checked(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    name: &str,
    country: &str,
    kind: OrgKind,
) -> AppResult<OrganisationView> {
    let id: i64 = diesel::insert_into(organisations::table)
        .values(NewOrganisation {
            name,
            country,
            kind,
            status: OrgStatus::Active,
            created_at: now,
            joined_on: Some(now.date()),
        })
        .returning(organisations::id)
        .get_result(conn)?;
    record(
        conn,
        now,
        actor,
        format!("organisation:{id}"),
        Event::OrganisationCreated(OrganisationCreated { name: name.to_string(), country: country.to_string(), kind }),
    )?;
    Ok(OrganisationView {
        id,
        name: name.to_string(),
        country: country.to_string(),
        kind,
        status: OrgStatus::Active,
        joined_on: Some(now.date()),
    })
}

impl Services {
    /// Registers an organisation (secretariat).
    pub fn create_organisation(&self, caller: &Caller, input: NewOrganisationInput) -> AppResult<OrganisationView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| insert(conn, now, &caller.actor(), &input))
    }

    /// The register, by name.
    pub fn list_organisations(&self, _caller: &Caller) -> AppResult<Vec<OrganisationView>> {
        self.read(all)
    }
}

/// Applies a change, audited with its reason. Nothing is recorded when
/// nothing changes.
pub fn change(
    conn: &mut DbConn,
    now: NaiveDateTime,
    actor: &Actor,
    id: i64,
    change: &OrganisationChange,
) -> AppResult<(OrganisationView, bool)> {
    let before = load(conn, id)?;
    let kind = change.kind.unwrap_or(before.kind);
    let status = change.status.unwrap_or(before.status);
    let joined_on = change.joined_on.or(before.joined_on);
    if (kind, status, joined_on) == (before.kind, before.status, before.joined_on) {
        return Ok((before, false));
    }
    let reason = change.reason.trim();
    if reason.is_empty() {
        return Err(AppError::bad_request(ErrorCode::ReasonRequired, Msg::ReasonRequired));
    }
    check_text(Msg::FieldReason, reason, Shape::Lines, REASON_MAX)?;
    diesel::update(organisations::table.find(id))
        .set((organisations::kind.eq(kind), organisations::status.eq(status), organisations::joined_on.eq(joined_on)))
        .execute(conn)?;
    record(
        conn,
        now,
        actor,
        format!("organisation:{id}"),
        Event::OrganisationChanged(OrganisationChanged {
            from: OrgStanding { kind: before.kind, status: before.status, joined_on: before.joined_on },
            to: OrgStanding { kind, status, joined_on },
            reason: reason.to_string(),
        }),
    )?;
    Ok((load(conn, id)?, true))
}

/// The most characters a reason for the record may have.
pub const REASON_MAX: usize = 2_000;

/// What an import did, or why it did nothing.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub errors: Vec<ImportError>,
}

/// A bad row: its line and what is wrong, in a sentence.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct ImportError {
    pub line: u64,
    pub message: String,
}

impl Services {
    /// Changes an organisation's kind, status or joining date (secretariat).
    pub fn change_organisation(
        &self,
        caller: &Caller,
        id: i64,
        input: OrganisationChange,
    ) -> AppResult<OrganisationView> {
        caller.require(&[Role::Secretariat])?;
        self.write(|conn, now| Ok(change(conn, now, &caller.actor(), id, &input)?.0))
    }

    /// Imports a register file in one transaction: all rows or none. A row
    /// naming an existing organisation updates its country-independent
    /// fields (kind, status) if they differ, so importing the same file twice
    /// changes nothing. `progress(done, total)` is called as rows are applied.
    pub fn import_register(
        &self,
        caller: Option<&Caller>,
        text: &str,
        progress: &dyn Fn(u64, u64),
    ) -> AppResult<ImportReport> {
        let actor = match caller {
            Some(c) => {
                c.require(&[Role::Secretariat])?;
                c.actor()
            }
            None => Actor::System("cli"),
        };
        let (rows, errors) = crate::domain::register::parse_register(text);
        if !errors.is_empty() {
            let errors = errors
                .iter()
                .map(|e| ImportError { line: e.line, message: crate::i18n::row_problem(&e.problem).here() })
                .collect();
            return Ok(ImportReport { errors, ..Default::default() });
        }
        let total = rows.len() as u64;
        self.write(|conn, now| {
            let mut report = ImportReport::default();
            // Each row is matched to the register before anything is
            // written: the exact name first, else the one organisation with
            // the same name after normalisation and case folding; a name
            // matching several, or only looking like one (letters of
            // another script), is refused with its line.
            let index = name_index(conn)?;
            let mut matched = Vec::with_capacity(rows.len());
            for row in &rows {
                let problem = match index.find(&row.name) {
                    // A name neutralised in an export (`'=…`) is one stored
                    // before the text rule: it may name only that
                    // organisation, exactly, never a new one.
                    NameMatch::Exact((id, _)) if row.verbatim => {
                        matched.push(Some(id));
                        continue;
                    }
                    _ if row.verbatim => RowProblem::FormulaStart(row.name.chars().next().unwrap_or_default()),
                    NameMatch::Exact((id, _)) | NameMatch::Same((id, _)) => {
                        matched.push(Some(id));
                        continue;
                    }
                    NameMatch::None => {
                        matched.push(None);
                        continue;
                    }
                    NameMatch::Ambiguous(list) => RowProblem::Ambiguous(list.into_iter().map(|(_, n)| n).collect()),
                    NameMatch::LooksLike((_, other)) => RowProblem::LooksLikeRegistered(other),
                };
                report.errors.push(ImportError { line: row.line, message: crate::i18n::row_problem(&problem).here() });
            }
            if !report.errors.is_empty() {
                return Ok(report);
            }
            for (i, (row, found)) in rows.iter().zip(matched).enumerate() {
                let reason = format!("register import, line {}", row.line);
                match found {
                    None => {
                        let org = insert_checked(conn, now, &actor, &row.name, &row.country, row.kind)?;
                        if row.status != OrgStatus::Active {
                            let c = OrganisationChange { status: Some(row.status), reason, ..Default::default() };
                            change(conn, now, &actor, org.id, &c)?;
                        }
                        report.created += 1;
                    }
                    Some(id) => {
                        let c = OrganisationChange {
                            status: Some(row.status),
                            kind: Some(row.kind),
                            reason,
                            ..Default::default()
                        };
                        if change(conn, now, &actor, id, &c)?.1 {
                            report.updated += 1;
                        } else {
                            report.unchanged += 1;
                        }
                    }
                }
                progress(i as u64 + 1, total);
            }
            Ok(report)
        })
    }

    /// The register as CSV (`name,country,kind,status`).
    pub fn export_register(&self, caller: Option<&Caller>) -> AppResult<String> {
        if let Some(c) = caller {
            c.require(&[Role::Secretariat, Role::Auditor])?;
        }
        let orgs = self.read(all)?;
        Ok(crate::domain::register::write_register(
            orgs.iter().map(|o| (o.name.as_str(), o.country.as_str(), o.kind, o.status)),
        ))
    }
}
